//! The aggregate report of one budget's submissions: what officers read on the dashboard, in
//! `pbsim report` and in exports.
//!
//! Spending lines are compared as shares of each resident's total spending on the lines the
//! simulator opens (spending it holds fixed is left out); revenue and tax-rate lines are reported
//! alongside in their own unit (money or rate), since residents set them, not divide them.

use super::bootstrap::{BootstrapOptions, LineIntervals, bootstrap_weighted};
use super::column::{Column, spill_empty};
use super::quantile::{Distribution, distribution_of_sorted, median_of_pairs};
use super::row_weights::Weights;
use super::shares::{ShareLine, ShareOptions, summarize};
use super::spill::SpillArea;
use super::totals::median_total as median_total_of;
use super::weights::{WeightError, Weighting, by_group};
use super::{AggregateError, Profile, ProfileError, compensated_sum};
use crate::budget::{Allocation, Budget, LineKind, QuestionKind};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// One submission as the report reads it.
#[derive(Clone, Copy, Debug)]
pub struct Response<'a> {
    /// The value of every line.
    pub allocation: &'a Allocation,
    /// Answers by question id.
    pub answers: &'a BTreeMap<String, String>,
}

/// What to compute.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ReportOptions {
    /// Histogram bins per line.
    pub bins: usize,
    /// Keep only the submissions that gave each of these answers (question id, option id).
    pub filters: Vec<(String, String)>,
    /// Weight by the population shares of this question's answers.
    pub weight_by: Option<String>,
    /// Bootstrap confidence intervals of the spending shares.
    pub bootstrap: Option<BootstrapOptions>,
}

impl Default for ReportOptions {
    fn default() -> Self {
        ReportOptions { bins: 20, filters: Vec::new(), weight_by: None, bootstrap: None }
    }
}

/// Why a report cannot be made with these options.
#[derive(Clone, Debug, PartialEq, thiserror::Error)]
pub enum ReportError {
    /// A filter names a question the budget does not ask.
    #[error("the budget asks no question \"{0}\"")]
    UnknownQuestion(String),
    /// A filter names an answer the question does not offer.
    #[error("\"{option}\" is not one of the answers to \"{question}\"")]
    UnknownOption {
        /// The question.
        question: String,
        /// The answer.
        option: String,
    },
    /// The weighting question cannot weight.
    #[error(transparent)]
    Weights(#[from] WeightError),
    /// The computation refused its input.
    #[error(transparent)]
    Aggregate(#[from] AggregateError),
    /// A submission's values cannot be read as shares.
    #[error(transparent)]
    Profile(#[from] ProfileError),
}

/// Reads a filter written `question:option` (as the dashboard's query and `pbsim report --filter`
/// write it); `None` when there is no colon.
pub fn parse_filter(text: &str) -> Option<(String, String)> {
    text.split_once(':').map(|(q, o)| (q.trim().to_owned(), o.trim().to_owned()))
}

/// Checks that every filter names a question the budget asks and, for a choice question, one of
/// its answers: a filter that can match nothing is a mistake to report, not an empty result.
pub fn check_filters(budget: &Budget, filters: &[(String, String)]) -> Result<(), ReportError> {
    for (question, option) in filters {
        let q = budget.question(question).ok_or_else(|| ReportError::UnknownQuestion(question.clone()))?;
        if let QuestionKind::Choice { options } = &q.kind
            && !options.iter().any(|o| &o.id == option)
        {
            return Err(ReportError::UnknownOption { question: question.clone(), option: option.clone() });
        }
    }
    Ok(())
}

/// Whether a submission's `answers` give every answer in `filters`: the one selection the report,
/// the comments and the downloads all make.
pub fn matches_filters(filters: &[(String, String)], answers: &BTreeMap<String, String>) -> bool {
    filters.iter().all(|(q, o)| answers.get(q) == Some(o))
}

/// Residents who raised, lowered or kept a line, as fractions of the (weighted) submissions.
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Movement {
    /// Chose more than the baseline.
    pub raised: f64,
    /// Chose less.
    pub lowered: f64,
    /// Kept the baseline.
    pub kept: f64,
}

/// Who raised, lowered or kept a line whose `values` (one per submission) are compared with its
/// `baseline`, as fractions of the (weighted) submissions.
pub fn movement(values: &[f64], baseline: f64, weights: Option<&[f64]>) -> Movement {
    match weights {
        // Unweighted, the three counts are plain comparisons that vectorise.
        None => {
            let (up, down) = values
                .iter()
                .fold((0u64, 0u64), |(up, down), v| (up + u64::from(*v > baseline), down + u64::from(*v < baseline)));
            fractions(up as f64, down as f64, (values.len() as u64 - up - down) as f64)
        }
        Some(w) => movement_of_pairs(values.iter().copied().zip(w.iter().copied()), baseline),
    }
}

/// A spending line's shares.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ShareReport {
    /// The line's share of this year's total (of the lines residents can move).
    pub baseline: f64,
    /// The statistics and aggregates.
    #[serde(flatten)]
    pub stats: ShareLine,
    /// Bootstrap intervals, when asked for.
    pub intervals: Option<LineIntervals>,
}

/// One line of the report.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct LineReport {
    /// The line id.
    pub id: String,
    /// The section id.
    pub section: String,
    /// Spending, revenue or tax rate.
    pub kind: LineKind,
    /// This year's value.
    pub baseline: i64,
    /// The (weighted) mean value chosen, in the line's unit.
    pub mean_value: f64,
    /// The (weighted) median value chosen, in the line's unit (0 without submissions): the
    /// overview's "median" in money, the figure the public results show as the median.
    #[serde(default)]
    pub median_value: f64,
    /// Who raised, lowered or kept it.
    pub movement: Movement,
    /// For revenue and tax-rate lines: the distribution in the line's unit.
    pub values: Option<Distribution>,
    /// For spending lines: shares of the resident's total spending.
    pub share: Option<ShareReport>,
}

/// Everything an officer reads about a budget's submissions.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct BudgetReport {
    /// The budget id.
    pub budget: String,
    /// Submissions stored.
    pub total_submissions: usize,
    /// Submissions that match the filters: the ones reported on.
    pub submissions: usize,
    /// Of those, left out of the shares because their spending total is zero.
    pub excluded: usize,
    /// The filters applied.
    pub filters: Vec<(String, String)>,
    /// How the submissions were weighted, if they were.
    pub weighting: Option<Weighting>,
    /// The `t*` of the independent-markets aggregate (when there are shares).
    pub t_star: Option<f64>,
    /// The (weighted) median of residents' spending totals (the lines they can move; a negative
    /// value counts as 0), to which the overview applies the shares to read them in money, as the
    /// public results do (`public.rs`); `None` without spending lines or submissions.
    #[serde(default)]
    pub median_total: Option<f64>,
    /// Every line, in the budget's order.
    pub lines: Vec<LineReport>,
}

/// The report of `responses` to `budget`.
pub fn report(
    budget: &Budget,
    responses: &[Response<'_>],
    options: &ReportOptions,
) -> Result<BudgetReport, ReportError> {
    report_until(budget, responses, options, &|| true)
}

/// [`report`], whose bootstrap asks `keep_going` before each replicate and stops with
/// [`AggregateError::Stopped`] when it says no.
pub fn report_until(
    budget: &Budget,
    responses: &[Response<'_>],
    options: &ReportOptions,
    keep_going: &dyn Fn() -> bool,
) -> Result<BudgetReport, ReportError> {
    let mut input = ReportInput::new(budget, options)?;
    for r in responses {
        input.push(r.allocation, r.answers);
    }
    input.finish(budget, options, keep_going)
}

/// Submissions reduced, one at a time, to what a report reads: each line's value as a number and,
/// when the report is weighted, the answer to the weighting question. A caller that reads
/// submissions from a file or a database pushes each one and drops it, so memory holds one number
/// per line per selected submission, never the submissions themselves. Each number is the value's
/// step on the line's slider grid, in 1, 2 or 4 bytes as the line's range needs (1 for a slider
/// of up to 256 positions); a line that receives a value off its grid (a stored submission from an
/// older budget file) keeps `f64` values from then on. Either way every value reads back exactly
/// as `value as f64`, so the report does not depend on how the values were held.
///
/// [`report_until`] is this type fed from a slice, so both give the same report.
#[derive(Clone, Debug)]
pub struct ReportInput {
    /// Every submission pushed, selected or not.
    total: usize,
    /// The submissions that match the filters (a budget of projects has no column to count them).
    selected: usize,
    /// The filters (checked against the budget by [`ReportInput::new`]).
    filters: Vec<(String, String)>,
    /// `(line id, baseline)` in the budget's order.
    lines: Vec<(String, i64)>,
    /// One column per line of `lines`, one value per selected submission.
    columns: Vec<Column>,
    /// Whether a column holds a negative value (only a stored body that no longer fits its budget
    /// file can): shares then read it as 0, so the column cannot serve both.
    negative: Vec<bool>,
    /// The weighting question, when there is one.
    weight_by: Option<String>,
    /// Per selected submission, its answer to `weight_by` as a group number: the answer's index in
    /// `weight_options`, or `weight_options.len()` for no answer (or one the question does not
    /// offer, which weighting ignores too). A column like the lines', so it spills with them.
    weight_groups: Column,
    /// Per answer of `weight_options`, then for no answer: the selected submissions in the group.
    group_counts: Vec<usize>,
    /// The answers `weight_by` offers, when it is a choice question (weighting refuses any other).
    weight_options: Vec<String>,
    /// Where the columns keep their step numbers, when not in memory.
    spill: Option<SpillArea>,
}

impl ReportInput {
    /// An empty input for a report of `budget` with `options`; fails on a filter that names a
    /// question or an answer the budget does not have.
    pub fn new(budget: &Budget, options: &ReportOptions) -> Result<ReportInput, ReportError> {
        check_filters(budget, &options.filters)?;
        let lines: Vec<(String, i64)> = budget.lines().map(|l| (l.id.clone(), l.baseline)).collect();
        let weight_options: Vec<String> = options
            .weight_by
            .as_deref()
            .and_then(|id| budget.question(id))
            .map(|q| match &q.kind {
                QuestionKind::Choice { options } => options.iter().map(|o| o.id.clone()).collect(),
                _ => Vec::new(),
            })
            .unwrap_or_default();
        let no_answer = weight_options.len() as i64;
        Ok(ReportInput {
            total: 0,
            selected: 0,
            filters: options.filters.clone(),
            columns: budget.lines().map(|l| Column::for_grid(l.min, l.max, l.step)).collect(),
            negative: vec![false; lines.len()],
            lines,
            weight_by: options.weight_by.clone(),
            weight_groups: Column::for_grid(0, no_answer, 1),
            group_counts: vec![0; weight_options.len() + 1],
            weight_options,
            spill: None,
        })
    }

    /// Keeps the columns' step numbers in `area` rather than in memory (see
    /// [`crate::aggregate::spill`]), so that the report's memory does not grow with the submissions.
    /// Call it before the first push: columns that already hold values stay where they are.
    pub fn spill_to(mut self, budget: &Budget, area: SpillArea) -> ReportInput {
        spill_empty(&mut self.columns, budget, &area);
        if self.weight_groups.len() == 0 {
            self.weight_groups = Column::for_grid_in(0, self.weight_options.len() as i64, 1, &area);
        }
        self.spill = Some(area);
        self
    }

    /// Adds one submission: counted in the total, and kept (as numbers) when it matches the filters.
    /// Returns whether it matched them.
    pub fn push(&mut self, allocation: &Allocation, answers: &BTreeMap<String, String>) -> bool {
        self.push_with(|id| allocation.get(id).copied(), |q| answers.get(q).map(String::as_str))
    }

    /// [`ReportInput::push`] for a submission read some other way (say, borrowed from the text
    /// of a stored body): `value` gives a line's value by line id, `answer` a question's answer.
    /// Selects exactly as [`matches_filters`] does.
    pub fn push_with<'a>(
        &mut self,
        value: impl Fn(&str) -> Option<i64>,
        answer: impl Fn(&str) -> Option<&'a str>,
    ) -> bool {
        self.push_by(|_, id| value(id), answer)
    }

    /// [`ReportInput::push`] for a submission whose values are already in the budget's line order
    /// (as [`Budget::lines`] lists them: a stored report row, see [`crate::report_row`]).
    pub fn push_in_order<'a>(&mut self, values: &[i64], answer: impl Fn(&str) -> Option<&'a str>) -> bool {
        self.push_by(|j, _| values.get(j).copied(), answer)
    }

    fn push_by<'a>(
        &mut self,
        value: impl Fn(usize, &str) -> Option<i64>,
        answer: impl Fn(&str) -> Option<&'a str>,
    ) -> bool {
        self.total += 1;
        if !self.filters.iter().all(|(q, o)| answer(q) == Some(o.as_str())) {
            return false;
        }
        self.selected += 1;
        for (j, (id, baseline)) in self.lines.iter().enumerate() {
            let v = value(j, id).unwrap_or(*baseline);
            self.negative[j] |= v < 0;
            self.columns[j].push(v);
        }
        if let Some(question) = &self.weight_by {
            let group = answer(question)
                .and_then(|a| self.weight_options.iter().position(|o| o == a))
                .unwrap_or(self.weight_options.len());
            self.group_counts[group] += 1;
            self.weight_groups.push(group as i64);
        }
        true
    }

    /// Makes room for `rows` more selected submissions at once, when their number is known (a
    /// count read with the rows): the columns then never grow by copying themselves.
    pub fn reserve(&mut self, rows: usize) {
        for column in &mut self.columns {
            column.reserve_exact(rows);
        }
        if self.weight_by.is_some() {
            self.weight_groups.reserve_exact(rows);
        }
    }

    /// Submissions pushed so far, selected or not.
    pub fn total(&self) -> usize {
        self.total
    }

    /// Submissions pushed so far that match the filters.
    pub fn selected(&self) -> usize {
        self.selected
    }

    /// The report of every submission pushed; `keep_going` as in [`report_until`].
    pub fn finish(
        self,
        budget: &Budget,
        options: &ReportOptions,
        keep_going: &dyn Fn() -> bool,
    ) -> Result<BudgetReport, ReportError> {
        let ReportInput { total, selected: n, mut columns, negative, weight_groups, group_counts, spill, .. } = self;
        let (weights, weighting) = match &options.weight_by {
            Some(id) if n > 0 => {
                let question = budget.question(id).ok_or_else(|| ReportError::UnknownQuestion(id.clone()))?;
                let (answered, unanswered) = group_counts.split_at(group_counts.len() - 1);
                let (mut weight_of, how) = by_group(question, answered, unanswered[0])?;
                // No answer: a weight of 1.
                weight_of.push(1.0);
                (Some(weight_of), Some(how))
            }
            Some(id) if budget.question(id).is_none() => return Err(ReportError::UnknownQuestion(id.clone())),
            _ => (None, None),
        };
        // Each submission's weight is its group's, read with its group a chunk at a time.
        let weights = weights.as_deref().map(|weight_of| Weights::Groups { groups: &weight_groups, weight_of });
        let mass = match weights {
            Some(w) => compensated_sum(w.iter()),
            None => compensated_sum((0..n).map(|_| 1.0)),
        };
        let index: BTreeMap<&str, usize> = budget.lines().enumerate().map(|(j, l)| (l.id.as_str(), j)).collect();

        // Shares of the spending lines. A column without negative values is moved into the
        // profile rather than copied (shares read a value below 0 as 0), and read back from it.
        let spending: Vec<_> = budget.lines().filter(|l| matches!(l.kind, LineKind::Spending)).collect();
        let mut shares = BTreeMap::new();
        let mut t_star = None;
        let mut excluded = 0;
        let mut profile = None;
        let mut median_total = None;
        if n > 0 && !spending.is_empty() {
            let ids = spending.iter().map(|l| l.id.clone()).collect();
            let profile_columns = spending
                .iter()
                .map(|l| {
                    let j = index[l.id.as_str()];
                    if negative[j] {
                        Column::Values(columns[j].values().iter().map(|v| v.max(0.0)).collect())
                    } else {
                        std::mem::take(&mut columns[j])
                    }
                })
                .collect();
            let built = Profile::from_encoded(ids, profile_columns)?;
            let share_options = ShareOptions {
                bins: options.bins,
                baselines: Some(spending.iter().map(|l| l.baseline.max(0) as f64).collect()),
            };
            match summarize(&built, weights, &share_options) {
                Ok(summary) => {
                    let intervals = match &options.bootstrap {
                        Some(b) => Some(bootstrap_weighted(&built, weights, b, keep_going)?),
                        None => None,
                    };
                    let baseline_total: i64 = spending.iter().map(|l| l.baseline.max(0)).sum();
                    for (k, stats) in summary.lines.into_iter().enumerate() {
                        let line = spending[k];
                        let baseline =
                            if baseline_total > 0 { line.baseline.max(0) as f64 / baseline_total as f64 } else { 0.0 };
                        let intervals = intervals.as_ref().map(|i| i[k].clone());
                        shares.insert(line.id.clone(), ShareReport { baseline, stats, intervals });
                    }
                    t_star = Some(summary.t_star);
                    excluded = summary.excluded;
                }
                Err(AggregateError::Empty) => excluded = n,
                Err(e) => return Err(e.into()),
            }
            median_total = median_total_of(&built, weights);
            profile = Some(built);
        }
        let spending_column: BTreeMap<&str, usize> =
            spending.iter().enumerate().map(|(k, l)| (l.id.as_str(), k)).collect();

        let mut lines = Vec::new();
        for section in &budget.sections {
            for line in &section.lines {
                let j = index[line.id.as_str()];
                let column = match (&profile, spending_column.get(line.id.as_str())) {
                    (Some(p), Some(&k)) if !negative[j] => p.stored(k),
                    _ => &columns[j],
                };
                // Each value once with its weight: counted per grid step, one line at a time.
                let values = column.value_weights(weights);
                let movement = movement_of_pairs(values.iter().copied(), line.baseline as f64);
                let mean_value =
                    if mass > 0.0 { compensated_sum(values.iter().map(|(v, w)| v * w)) / mass } else { 0.0 };
                let spending_line = matches!(line.kind, LineKind::Spending);
                let distribution = if spending_line || n == 0 {
                    None
                } else {
                    match distribution_of_sorted(&values, options.bins, Some((line.min as f64, line.max as f64))) {
                        Ok(d) => Some(d),
                        Err(AggregateError::Empty) => None,
                        Err(e) => return Err(e.into()),
                    }
                };
                let median_value = match &distribution {
                    Some(d) => d.median,
                    None if spending_line => median_of_pairs(&values).unwrap_or(0.0),
                    None => 0.0,
                };
                lines.push(LineReport {
                    id: line.id.clone(),
                    section: section.id.clone(),
                    kind: line.kind,
                    baseline: line.baseline,
                    mean_value,
                    median_value,
                    movement,
                    values: distribution,
                    share: shares.remove(&line.id),
                });
            }
        }
        if let Some(e) = spill.as_ref().and_then(SpillArea::error) {
            return Err(AggregateError::Spill(e.to_owned()).into());
        }
        Ok(BudgetReport {
            budget: budget.id.clone(),
            total_submissions: total,
            submissions: n,
            excluded,
            filters: options.filters.clone(),
            weighting,
            t_star,
            median_total,
            lines,
        })
    }
}

/// [`movement`] of values paired with their weights.
fn movement_of_pairs(values: impl IntoIterator<Item = (f64, f64)>, baseline: f64) -> Movement {
    let (mut raised, mut lowered, mut kept) = (0.0, 0.0, 0.0);
    for (v, w) in values {
        match v.total_cmp(&baseline) {
            std::cmp::Ordering::Greater => raised += w,
            std::cmp::Ordering::Less => lowered += w,
            std::cmp::Ordering::Equal => kept += w,
        }
    }
    fractions(raised, lowered, kept)
}

/// Raised, lowered and kept weights as fractions of their sum (all 0 without weight).
fn fractions(raised: f64, lowered: f64, kept: f64) -> Movement {
    let total = raised + lowered + kept;
    if total <= 0.0 {
        return Movement::default();
    }
    Movement { raised: raised / total, lowered: lowered / total, kept: kept / total }
}
