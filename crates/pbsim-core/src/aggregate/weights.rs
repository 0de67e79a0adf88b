//! Post-stratification: weights that make the residents who answered a question count in the
//! proportions the budget file gives for the population (for example, by ward).
//!
//! If 10 % of the population lives in ward 1 but 30 % of the residents who answered live there,
//! each of them counts for 1/3. Residents who did not answer keep a weight of 1, and those who did
//! answer share out exactly their own number: the weights always sum to the number of submissions,
//! so a weighted count still reads as a number of residents. Groups nobody answered from get no
//! weight; their population share is spread over the others in proportion, and the
//! [`Weighting`] names them so that an officer can say so.

use crate::budget::{Question, QuestionKind};
use serde::{Deserialize, Serialize};

/// How the weights were made, for the officer to read alongside the results.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Weighting {
    /// The question the weights come from.
    pub question: String,
    /// Each option, in the question's order.
    pub groups: Vec<Group>,
    /// Submissions without an answer to the question (weight 1 each).
    pub unanswered: usize,
}

/// One answer's weight.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Group {
    /// The option id.
    pub option: String,
    /// Its share of the population, from the budget file.
    pub population_share: f64,
    /// Submissions that gave this answer.
    pub respondents: usize,
    /// Their share among the submissions that answered.
    pub sample_share: f64,
    /// The weight of each of them (0 when nobody gave this answer).
    pub weight: f64,
}

/// Why a question cannot weight the results.
#[derive(Clone, Debug, PartialEq, thiserror::Error)]
pub enum WeightError {
    /// The question is free text.
    #[error("question \"{0}\" is not a choice question, so it cannot weight the results")]
    NotAChoice(String),
    /// The budget file gives no population shares for it.
    #[error("question \"{0}\" has no population shares in the budget file")]
    NoPopulationShares(String),
    /// Nobody answered it.
    #[error("nobody answered question \"{0}\", so it cannot weight the results")]
    NoRespondents(String),
}

/// One weight per submission from its answer to `question` (`None`: not answered), and how they
/// were made. `answers` is read twice (to count each group, then to weigh each submission), so
/// nothing but the weights is held per submission.
pub fn poststratify<'a>(
    question: &Question,
    answers: impl IntoIterator<Item = Option<&'a str>> + Clone,
) -> Result<(Vec<f64>, Weighting), WeightError> {
    let QuestionKind::Choice { options } = &question.kind else {
        return Err(WeightError::NotAChoice(question.id.clone()));
    };
    let group = |a: Option<&str>| a.and_then(|a| options.iter().position(|o| o.id == a));
    let mut respondents = vec![0usize; options.len()];
    let mut unanswered = 0;
    for a in answers.clone() {
        match group(a) {
            Some(k) => respondents[k] += 1,
            None => unanswered += 1,
        }
    }
    let (weight_of, weighting) = by_group(question, &respondents, unanswered)?;
    let weights = answers.into_iter().map(|a| group(a).map_or(1.0, |k| weight_of[k])).collect();
    Ok((weights, weighting))
}

/// The weight of each of `question`'s answers (in its order), given how many submissions gave
/// each (`respondents`, in the same order) and how many gave none, and how they were made: what
/// [`poststratify`] gives each submission, for a caller that keeps each submission's answer as a
/// group number.
pub fn by_group(
    question: &Question,
    respondents: &[usize],
    unanswered: usize,
) -> Result<(Vec<f64>, Weighting), WeightError> {
    let QuestionKind::Choice { options } = &question.kind else {
        return Err(WeightError::NotAChoice(question.id.clone()));
    };
    let shares: Vec<f64> = options.iter().filter_map(|o| o.population_share).collect();
    if shares.len() != options.len() || options.is_empty() {
        return Err(WeightError::NoPopulationShares(question.id.clone()));
    }
    let respondents: Vec<usize> = (0..options.len()).map(|k| respondents.get(k).copied().unwrap_or(0)).collect();
    let answered: usize = respondents.iter().sum();
    if answered == 0 {
        return Err(WeightError::NoRespondents(question.id.clone()));
    }
    // Population shares of the groups that have respondents, rescaled to sum to 1.
    let present: f64 = shares.iter().zip(&respondents).filter(|(_, r)| **r > 0).map(|(s, _)| s).sum();
    let weight_of: Vec<f64> = shares
        .iter()
        .zip(&respondents)
        .map(|(s, r)| if *r == 0 || present <= 0.0 { 0.0 } else { answered as f64 * (s / present) / *r as f64 })
        .collect();
    let groups = options
        .iter()
        .enumerate()
        .map(|(k, o)| Group {
            option: o.id.clone(),
            population_share: shares[k],
            respondents: respondents[k],
            sample_share: respondents[k] as f64 / answered as f64,
            weight: weight_of[k],
        })
        .collect();
    Ok((weight_of, Weighting { question: question.id.clone(), groups, unanswered }))
}
