//! What officers read of a budget of projects: who wins under each rule, side by side.

use super::{Ballot, ProjectSelection, select};
use crate::wire::{ProjectFigures, ProjectsOutcome, RuleId, RuleOutcome};

/// Who wins `selection` under greedy, MES and MES with Add1, from `ballots` (one per resident,
/// as [`super::ballot_of`] makes them).
pub fn outcomes(selection: &ProjectSelection, ballots: Vec<Ballot>) -> ProjectsOutcome {
    let count = ballots.len() as u64;
    let election = selection.election(ballots);
    let (votes, scores) = (election.supporters(), election.scores());
    let rules: Vec<RuleOutcome> = RuleId::ALL
        .into_iter()
        .map(|rule| {
            let outcome = select(&election, rule.rule());
            RuleOutcome {
                rule,
                winners: outcome.winners.into_iter().map(|w| w.id).collect(),
                spent: outcome.cost,
                unspent: outcome.unspent,
            }
        })
        .collect();
    let projects = selection
        .projects
        .iter()
        .enumerate()
        .map(|(i, p)| ProjectFigures {
            id: p.id.clone(),
            cost: p.cost,
            votes: votes.get(i).copied().unwrap_or(0),
            score: scores.get(i).copied().unwrap_or(0),
            won: rules.iter().filter(|r| r.winners.contains(&p.id)).map(|r| r.rule).collect(),
        })
        .collect();
    ProjectsOutcome { ballots: count, amount: selection.amount, projects, rules }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::money::Money;
    use crate::projects::{BallotKind, BudgetProject};
    use crate::wire::RuleId::{Greedy, Mes, MesAdd1};

    fn project(id: &str, cost: i64) -> BudgetProject {
        BudgetProject {
            id: id.into(),
            title: crate::Text::same(id),
            description: crate::Text::default(),
            cost: Money(cost),
            category: None,
            area: None,
        }
    }

    /// The classic example where the rules differ: a majority of 3 likes two costly projects, a
    /// minority of 2 likes a third. Greedy gives the majority everything; MES gives the minority
    /// its share.
    #[test]
    fn greedy_and_equal_shares_side_by_side() {
        let selection = ProjectSelection {
            amount: Money(500),
            ballot: BallotKind::within_budget(Money(500)),
            projects: vec![project("a", 300), project("b", 200), project("c", 200)],
            rule: RuleId::default(),
            pabulib: Default::default(),
        };
        let ballots = [vec![0, 1], vec![0, 1], vec![0, 1], vec![2], vec![2]].map(Ballot::Approval).to_vec();
        let report = outcomes(&selection, ballots);
        assert_eq!(report.ballots, 5);
        let winners: Vec<(RuleId, Vec<String>, Money)> =
            report.rules.iter().map(|r| (r.rule, r.winners.clone(), r.unspent)).collect();
        assert_eq!(
            winners,
            [
                (Greedy, vec!["a".to_owned(), "b".to_owned()], Money(0)),
                (Mes, vec!["a".to_owned(), "c".to_owned()], Money(0)),
                (MesAdd1, vec!["a".to_owned(), "c".to_owned()], Money(0)),
            ]
        );
        let figures: Vec<(&str, u64, Vec<RuleId>)> =
            report.projects.iter().map(|p| (p.id.as_str(), p.votes, p.won.clone())).collect();
        assert_eq!(
            figures,
            [("a", 3, vec![Greedy, Mes, MesAdd1]), ("b", 3, vec![Greedy]), ("c", 2, vec![Mes, MesAdd1])]
        );
    }

    /// Without ballots MES funds nothing, while greedy, as pabutools runs it, still funds what fits
    /// (every score is 0, ties go to the id first), and so does Add1's greedy completion.
    #[test]
    fn without_ballots_only_greedy_funds_anything() {
        let selection = ProjectSelection {
            amount: Money(500),
            ballot: BallotKind::at_most(1),
            projects: vec![project("a", 300)],
            rule: RuleId::default(),
            pabulib: Default::default(),
        };
        let report = outcomes(&selection, Vec::new());
        let unspent: Vec<(RuleId, Money)> = report.rules.iter().map(|r| (r.rule, r.unspent)).collect();
        assert_eq!(unspent, [(Greedy, Money(200)), (Mes, Money(500)), (MesAdd1, Money(200))]);
    }

    #[test]
    fn rules_and_ballot_kinds_read_back_as_written() {
        for rule in RuleId::ALL {
            let json = serde_json::to_string(&rule).unwrap_or_default();
            assert_eq!(json, format!("\"{}\"", rule.as_str()));
            assert_eq!(serde_json::from_str::<RuleId>(&json).ok(), Some(rule));
        }
        let kinds = [
            BallotKind::within_budget(Money(500)),
            BallotKind::at_most(3),
            BallotKind::Cumulative { points: 10, max_per_project: Some(4) },
            BallotKind::Cumulative { points: 10, max_per_project: None },
            BallotKind::Ranking { max_projects: Some(2) },
        ];
        for kind in kinds {
            let json = serde_json::to_string(&kind).unwrap_or_default();
            assert_eq!(serde_json::from_str::<BallotKind>(&json).ok(), Some(kind), "{json}");
        }
        assert!(serde_json::from_str::<BallotKind>(r#"{"kind":"cumulative"}"#).is_err());
        assert!(serde_json::from_str::<BallotKind>(r#"{"kind":"lottery"}"#).is_err());
    }
}
