//! Tests of the project-selection rules and the Pabulib reader: small elections checked by hand,
//! malformed files, and properties on random elections against a plain exact reference of MES.

use super::pabulib::{self, PbFile};
use super::{Ballot, BallotKind, BallotProblem, Completion, Election, Money, Project, Rule, select};
use num_bigint::BigInt;
use num_rational::BigRational;
use num_traits::Zero;
use proptest::prelude::*;
use std::collections::BTreeMap;

const GREEDY: Rule = Rule::Greedy;
const MES: Rule = Rule::EqualShares { completion: Completion::None };
const ADD1: Rule = Rule::EqualShares { completion: Completion::Add1 };

fn project(id: &str, cost: i64) -> Project {
    Project { id: id.to_owned(), cost: Money(cost * 100), titles: BTreeMap::new(), categories: Vec::new(), area: None }
}

/// An approval election: `budget` and costs in currency units; each ballot names projects by id,
/// `n×` in front repeats it n times ("3×A B").
fn approval(budget: i64, projects: &[(&str, i64)], ballots: &[&str]) -> Election {
    let projects: Vec<Project> = projects.iter().map(|&(id, cost)| project(id, cost)).collect();
    let index = |id: &str| projects.iter().position(|p| p.id == id).unwrap_or(usize::MAX);
    let mut out = Vec::new();
    for b in ballots {
        let (times, names) = match b.split_once('×') {
            Some((n, rest)) => (n.parse().unwrap_or(1), rest),
            None => (1, *b),
        };
        for _ in 0..times {
            out.push(Ballot::Approval(names.split_whitespace().map(index).collect()));
        }
    }
    Election {
        budget: Money(budget * 100),
        kind: BallotKind::within_budget(Money(budget * 100)),
        projects,
        ballots: out,
    }
}

/// The winners' ids in the order the rule chose them, and what it leaves unspent (units).
fn check(election: &Election, rule: Rule, winners: &str, unspent: i64) {
    let outcome = select(election, rule);
    let ids: Vec<&str> = outcome.winners.iter().map(|w| w.id.as_str()).collect();
    assert_eq!(ids.join(" "), winners, "{rule:?}");
    assert_eq!(outcome.unspent, Money(unspent * 100), "{rule:?}");
    assert_eq!(outcome.cost + outcome.unspent, election.budget);
}

#[test]
fn greedy_funds_most_approved_first_and_skips_what_no_longer_fits() {
    let e = approval(10, &[("a", 6), ("b", 5), ("c", 4)], &["3×a", "2×b", "c", "b c"]);
    check(&e, GREEDY, "a c", 0);
}

#[test]
fn greedy_breaks_ties_by_id_in_byte_order() {
    // "10" sorts before "9" as text, as in pabutools (ids are strings).
    let e = approval(10, &[("9", 6), ("10", 6)], &["9", "10"]);
    check(&e, GREEDY, "10", 4);
}

#[test]
fn greedy_funds_projects_nobody_chose_last_if_they_fit() {
    // pabutools' greedy keeps going down the list to projects with no votes.
    let e = approval(10, &[("a", 5), ("b", 3)], &["a"]);
    check(&e, GREEDY, "a b", 2);
}

#[test]
fn equal_shares_gives_a_minority_its_share_where_greedy_gives_the_majority_everything() {
    // 7 of 10 voters want A and B, 3 want C; each voter's share is 10. Greedy spends everything
    // on the majority. Under MES, A and B tie at 60/7 and 40/7 a head (1/7 per unit of cost):
    // A wins the tie by id, then the seven have 10/7 each, too little for B; the three pay 10
    // each for C.
    let e = approval(100, &[("A", 60), ("B", 40), ("C", 30)], &["7×A B", "3×C"]);
    check(&e, GREEDY, "A B", 0);
    check(&e, MES, "A C", 10);
    // What MES leaves (10) buys nothing, so Add1 and the completion change nothing.
    check(&e, ADD1, "A C", 10);
    assert_eq!(select(&e, ADD1).share_raised_by, Some(Money(0)));
}

#[test]
fn add1_raises_shares_until_the_outcome_is_exhaustive() {
    // Five voters want A (60), five want B (40); shares of 10 buy only B. At 12 a head (raised by
    // 2) A is affordable too, at the same price per unit of cost as B (1/5): A wins the tie by id,
    // and both fit the real budget.
    let e = approval(100, &[("A", 60), ("B", 40)], &["5×A", "5×B"]);
    check(&e, MES, "B", 60);
    check(&e, ADD1, "A B", 0);
    assert_eq!(select(&e, ADD1).share_raised_by, Some(Money(200)));
}

#[test]
fn add1_keeps_the_last_outcome_that_fits_then_completes_greedily() {
    // Six voters, shares of 5: only C (two voters, 10) is affordable, and B (10) would still fit.
    // Raised by 1, 2, 3 (shares 6 to 8) A's three voters have less than its 25; at 9 they have
    // 27 and A comes first (1/3 per unit of cost, against C's 1/2), then C: 35 > 30, too much.
    // Add1 keeps the outcome at 8, {C}; the greedy completion then adds what fits of the rest,
    // most votes first: A (3 votes, 25) does not fit in 20, B (1 vote, 10) does.
    let e = approval(30, &[("A", 25), ("B", 10), ("C", 10)], &["3×A", "B", "2×C"]);
    check(&e, MES, "C", 20);
    check(&e, ADD1, "C B", 10);
    assert_eq!(select(&e, ADD1).share_raised_by, Some(Money(300)));
}

#[test]
fn cumulative_points_are_utilities_for_equal_shares_and_votes_for_greedy() {
    // Budget 10, two voters with shares of 5. Voter 1 gives P 3 points and Q 1; voter 2 the
    // reverse. Q costs 1 a point (voter 1 pays 1, voter 2 pays 3), P 1.5 a point: Q first.
    // Then voter 1 has 4 and voter 2 has 2; P at 2 a point takes all of voter 1's 4 (4 < 3 × 2)
    // and 2 × 1 from voter 2: exactly 6.
    let projects = vec![project("P", 6), project("Q", 4)];
    let e = Election {
        budget: Money(1000),
        kind: BallotKind::Cumulative { points: 4, max_per_project: None },
        projects,
        ballots: vec![Ballot::Points(vec![(0, 3), (1, 1)]), Ballot::Points(vec![(0, 1), (1, 3)])],
    };
    check(&e, MES, "Q P", 0);
    // Greedy: 4 points each, the tie goes to P.
    check(&e, GREEDY, "P Q", 0);
}

#[test]
fn ranked_ballots_score_by_position() {
    // Ranked 1st of 3 is 3 points, 2nd 2, 3rd 1 (Kraków's score column).
    assert_eq!(Ballot::Ranking(vec![4, 2, 7]).points(), vec![(4, 3), (2, 2), (7, 1)]);
    let projects = vec![project("a", 5), project("b", 5), project("c", 5)];
    let e = Election {
        budget: Money(1000),
        kind: BallotKind::Ranking { max_projects: Some(3) },
        projects,
        ballots: vec![Ballot::Ranking(vec![2, 1, 0]), Ballot::Ranking(vec![1, 2])],
    };
    // Scores: a 1, b 2 + 2 = 4, c 3 + 1 = 4: b and c tie, b first.
    assert_eq!(e.scores(), vec![1, 4, 4]);
    check(&e, GREEDY, "b c", 0);
}

#[test]
fn a_free_project_with_support_is_funded_by_equal_shares_only_with_points() {
    // pabutools: with cost satisfaction a free project gives no satisfaction, so MES never picks
    // it (greedy and the completion do); with points it is funded up front.
    let e = approval(10, &[("a", 0), ("b", 10)], &["a b"]);
    check(&e, MES, "b", 0);
    check(&e, ADD1, "b a", 0);
    let e = Election {
        budget: Money(1000),
        kind: BallotKind::Cumulative { points: 2, max_per_project: None },
        projects: vec![project("a", 0), project("b", 10)],
        ballots: vec![Ballot::Points(vec![(0, 1), (1, 1)])],
    };
    check(&e, MES, "a b", 0);
}

#[test]
fn no_ballots_fund_nothing_under_equal_shares() {
    let e = approval(10, &[("a", 5)], &[]);
    check(&e, MES, "", 10);
    check(&e, GREEDY, "a", 5);
}

#[test]
fn ballot_checks_name_each_problem() {
    let e = approval(10, &[("a", 6), ("b", 5)], &[]);
    assert_eq!(e.check_ballot(&Ballot::Approval(vec![0])), vec![]);
    assert_eq!(
        e.check_ballot(&Ballot::Approval(vec![0, 1, 0, 9])),
        vec![
            BallotProblem::Repeated { project: "a".to_owned() },
            BallotProblem::UnknownProject { index: 9 },
            BallotProblem::OverBudget { cost: Money(1700), max: Money(1000) },
        ]
    );
    let k = Election { kind: BallotKind::at_most(1), ..e.clone() };
    assert_eq!(k.check_ballot(&Ballot::Approval(vec![0, 1])), vec![BallotProblem::TooMany { chosen: 2, max: 1 }]);
    let c = Election { kind: BallotKind::Cumulative { points: 5, max_per_project: Some(3) }, ..e.clone() };
    assert_eq!(
        c.check_ballot(&Ballot::Points(vec![(0, 4), (1, 2)])),
        vec![
            BallotProblem::TooManyPoints { spent: 6, max: 5 },
            BallotProblem::TooManyPointsForOne { project: "a".to_owned(), given: 4, max: 3 },
        ]
    );
    assert_eq!(c.check_ballot(&Ballot::Approval(vec![0])), vec![BallotProblem::WrongKind]);
}

// --- Pabulib ---------------------------------------------------------------------------------

const GOOD: &str = "META
key;value
description;Test
country;Poland
unit;Testowo
instance;2024
num_projects;3
num_votes;3
budget;1000.50
vote_type;cumulative
rule;greedy
date_begin;01.09.2024
date_end;30.09.2024
max_sum_points;5
language;pl
PROJECTS
project_id;cost;votes;score;name;category;selected
1;600;2;5;\"Park; nowy\";environmental protection,culture;1
2;400.5;2;4;Boisko;sport;1
3;300;1;1;Plac;none;0
VOTES
voter_id;vote;points;age;sex
v1;1,2;3,2;30;F
v2;1,3;2,1;41;M
v3;2;2;none;F
";

fn read_ok(text: &str) -> PbFile {
    match pabulib::read(text) {
        Ok(f) => f,
        Err(e) => panic!("{e}"),
    }
}

#[test]
fn a_pabulib_file_reads_into_an_election() {
    let f = read_ok(GOOD);
    let e = &f.election;
    assert_eq!(e.budget, Money(1000_50));
    assert_eq!(e.kind, BallotKind::Cumulative { points: 5, max_per_project: None });
    assert_eq!(e.projects[0].titles.get("pl").map(String::as_str), Some("Park; nowy"));
    assert_eq!(e.projects[0].categories, vec!["environmental protection", "culture"]);
    assert!(e.projects[2].categories.is_empty());
    assert_eq!(e.projects[1].cost, Money(400_50));
    assert_eq!(e.ballots[1], Ballot::Points(vec![(0, 2), (2, 1)]));
    assert_eq!(f.voter_ids, vec!["v1", "v2", "v3"]);
    assert_eq!(f.vote_extra.names, vec!["age", "sex"]);
    assert_eq!(f.selected, Some(vec!["1".to_owned(), "1".to_owned(), "0".to_owned()]));
    assert_eq!(e.scores(), vec![5, 4, 1]);
}

#[test]
fn what_pbsim_writes_reads_back_the_same() {
    let f = read_ok(GOOD);
    let outcome = select(&f.election, GREEDY);
    let written = pabulib::write(&f, Some(&outcome));
    let again = read_ok(&written);
    assert_eq!(again.election, f.election);
    assert_eq!(again.voter_ids, f.voter_ids);
    assert_eq!(again.vote_extra, f.vote_extra);
    // Greedy by points: 1 (5 points, 600) then 2 (4, 400.50) fits in 1000.50; 3 does not.
    assert_eq!(again.selected, Some(vec!["1".to_owned(), "1".to_owned(), "0".to_owned()]));
    assert!(written.contains("\"Park; nowy\""), "{written}");
    assert!(written.contains("\nbudget;1000.50\n"), "{written}");
    // Without an outcome the file's own selection is kept.
    assert_eq!(read_ok(&pabulib::write(&f, None)).selected, f.selected);
}

/// Reading `text` fails, and one of the problems is `expected` (line and message).
fn check_err(text: &str, expected: &str) {
    match pabulib::read(text) {
        Ok(_) => panic!("read without error; expected {expected}"),
        Err(e) => {
            let all: Vec<String> = e.0.iter().map(ToString::to_string).collect();
            assert!(all.iter().any(|m| m == expected), "expected {expected:?} among {all:#?}");
        }
    }
}

fn broken(from: &str, to: &str) -> String {
    assert!(GOOD.contains(from), "{from}");
    GOOD.replacen(from, to, 1)
}

#[test]
fn malformed_pabulib_files_name_each_problem_and_its_line() {
    check_err(
        &broken("META\nkey", "PROJECTS\nkey"),
        "line 1: section PROJECTS where META was expected (the order is META, PROJECTS, VOTES)",
    );
    check_err(&broken("VOTES\n", "PROJECTS\n"), "line 21: a second PROJECTS section; each section comes once");
    check_err(
        &broken("VOTES\nvoter_id;vote;points;age;sex\nv1;1,2;3,2;30;F\nv2;1,3;2,1;41;M\nv3;2;2;none;F\n", ""),
        "the file has no VOTES section",
    );
    check_err(
        &format!("hello\n{GOOD}"),
        "line 1: text before the META section; a Pabulib file starts with a line `META`",
    );
    check_err(
        &broken("budget;1000.50", "budget;1 000"),
        "line 9: budget `1 000` is not an amount (digits, with at most two decimals)",
    );
    check_err(&broken("budget;1000.50\n", ""), "META has no `budget`");
    check_err(
        &broken("vote_type;cumulative", "vote_type;scoring"),
        "line 10: vote_type `scoring` is not one pbsim reads (approval, choose-1, cumulative, ordinal)",
    );
    check_err(
        &broken("max_sum_points;5", "max_sum_points;five"),
        "line 14: max_sum_points `five` is not a whole number",
    );
    check_err(
        &broken("language;pl", "language;pl\nlanguage;fr"),
        "line 16: META key `language` appears twice (first on line 15)",
    );
    check_err(
        &broken("2;400.5;", "2;four hundred;"),
        "line 19: project 2: cost `four hundred` is not an amount (digits, with at most two decimals)",
    );
    check_err(
        &broken("2;400.5;", "2;-400;"),
        "line 19: project 2: cost `-400` is not an amount (digits, with at most two decimals)",
    );
    check_err(&broken("3;300;", "1;300;"), "line 20: project 1 is listed twice");
    check_err(
        &broken("project_id;cost;", "cost;project_id;"),
        "line 17: the PROJECTS header must start with project_id;cost; it is `cost;project_id;votes;score;name;category;selected`",
    );
    check_err(
        &broken("3;300;1;1;Plac;none;0", "3;300;1;1;Plac;none"),
        "line 20: 6 fields where the PROJECTS header has 7",
    );
    check_err(&broken("\"Park; nowy\"", "\"Park; nowy"), "line 18: a quoted field is not closed on this line");
    check_err(&broken("v2;1,3;2,1", "v2;1,7;2,1"), "line 24: voter v2 votes for project `7`, which is not in PROJECTS");
    check_err(&broken("v2;1,3;2,1", "v2;1,1;2,1"), "line 24: voter v2 names project 1 twice");
    check_err(
        &broken("v2;1,3;2,1", "v2;1,1;2,1").replace("cumulative", "ordinal"),
        "line 24: voter v2 names project 1 twice",
    );
    check_err(&broken("v2;1,3;2,1", "v2;1,3;2"), "line 24: voter v2 names 2 projects but gives 1 points values");
    check_err(
        &broken("v2;1,3;2,1", "v2;1,3;2,-1"),
        "line 24: voter v2: points `-1` is not a whole number of points (0 or more)",
    );
    check_err(
        &broken("v2;1,3;2,1", "v2;1,3;2,0.5"),
        "line 24: voter v2: points `0.5` is not a whole number of points (0 or more)",
    );
    check_err(&broken("v3;2;2", "v1;2;2"), "line 25: voter v1 votes twice (first on line 23)");
    check_err(
        &broken("voter_id;vote;points;", "voter_id;vote;pts;"),
        "cumulative votes need a `points` column in VOTES",
    );
}

#[test]
fn an_approval_given_twice_counts_once_with_a_warning() {
    let text = broken("vote_type;cumulative", "vote_type;approval").replacen("v2;1,3;2,1", "v2;1,3,1;2,1", 1);
    let f = read_ok(&text);
    assert_eq!(f.election.ballots[1], Ballot::Approval(vec![0, 2]));
    let warnings: Vec<String> = f.warnings.iter().map(ToString::to_string).collect();
    assert_eq!(warnings, vec!["line 24: voter v2 names project 1 twice; counted once"]);
}

#[test]
fn every_problem_in_a_file_is_reported_at_once() {
    let text = broken("2;400.5;", "2;x;").replacen("v2;1,3;2,1", "v2;1,9;2,1", 1);
    let errors = pabulib::read(&text).err().map(|e| e.0.len());
    assert_eq!(errors, Some(2));
}

// --- Properties against a plain reference ----------------------------------------------------

/// MES as pabutools' `naive_mes` defines it, voter by voter in exact fractions, with ties to the
/// lowest id: no groups, no interned shares, no stale prices. The rules must agree with it.
fn reference_mes(e: &Election, share_raise: i64) -> Vec<usize> {
    let n = e.ballots.len();
    if n == 0 {
        return Vec::new();
    }
    let approval = matches!(e.kind, BallotKind::Approval { .. });
    let sat = |v: usize, p: usize| -> i64 {
        e.ballots[v]
            .points()
            .iter()
            .find(|&&(q, _)| q == p)
            .map_or(0, |&(_, pts)| if approval { e.projects[p].cost.cents() } else { pts as i64 })
    };
    let q = |x: i64| BigRational::from_integer(BigInt::from(x));
    let start = BigRational::new(BigInt::from(e.budget.cents()), BigInt::from(n)) + q(share_raise);
    let mut budget = vec![start; n];
    let mut chosen: Vec<usize> =
        (0..e.projects.len()).filter(|&p| e.projects[p].cost.cents() == 0 && (0..n).any(|v| sat(v, p) > 0)).collect();
    chosen.sort_by(|&a, &b| e.projects[a].id.cmp(&e.projects[b].id));
    loop {
        let mut best: Option<(BigRational, usize)> = None;
        for p in 0..e.projects.len() {
            let cost = q(e.projects[p].cost.cents());
            let supporters: Vec<usize> = (0..n).filter(|&v| sat(v, p) > 0).collect();
            if chosen.contains(&p) || cost.is_zero() || supporters.is_empty() {
                continue;
            }
            let available: BigRational = supporters.iter().map(|&v| budget[v].clone()).sum();
            if available < cost {
                continue;
            }
            // The smallest price r with Σ min(budget, r × sat) ≥ cost, by trying each voter's
            // budget/sat as the point where the poor ones stop.
            let mut ratios: Vec<BigRational> = supporters.iter().map(|&v| budget[v].clone() / q(sat(v, p))).collect();
            ratios.sort();
            let mut price = None;
            for r in std::iter::once(BigRational::zero()).chain(ratios.iter().cloned()) {
                let poor: BigRational = supporters
                    .iter()
                    .filter(|&&v| budget[v].clone() / q(sat(v, p)) <= r)
                    .map(|&v| budget[v].clone())
                    .sum();
                let rich_sat: i64 =
                    supporters.iter().filter(|&&v| budget[v].clone() / q(sat(v, p)) > r).map(|&v| sat(v, p)).sum();
                if rich_sat == 0 {
                    price = Some(r);
                    break;
                }
                let candidate = (cost.clone() - poor) / q(rich_sat);
                let next = ratios.iter().find(|x| **x > r).cloned();
                if candidate >= r && next.as_ref().is_none_or(|next| candidate <= *next) {
                    price = Some(candidate);
                    break;
                }
            }
            let Some(price) = price else { continue };
            let better = match &best {
                None => true,
                Some((b, bp)) => price < *b || (price == *b && e.projects[p].id < e.projects[*bp].id),
            };
            if better {
                best = Some((price, p));
            }
        }
        let Some((price, p)) = best else { return chosen };
        chosen.push(p);
        for (v, share) in budget.iter_mut().enumerate() {
            let s = sat(v, p);
            if s > 0 {
                let due = price.clone() * q(s);
                *share = if due >= *share { BigRational::zero() } else { share.clone() - due };
            }
        }
    }
}

fn elections() -> impl Strategy<Value = Election> {
    let costs = prop::collection::vec(0i64..8, 1..6);
    (costs, 1i64..30, any::<bool>())
        .prop_flat_map(|(costs, budget, cumulative)| {
            let m = costs.len();
            let ballot = prop::collection::vec((0..m, 0u64..4), 0..m + 1);
            (Just(costs), Just(budget), Just(cumulative), prop::collection::vec(ballot, 0..7))
        })
        .prop_map(|(costs, budget, cumulative, raw)| {
            let projects: Vec<Project> = costs.iter().enumerate().map(|(i, &c)| project(&format!("p{i}"), c)).collect();
            let ballots = raw
                .into_iter()
                .map(|mut items| {
                    items.sort_unstable();
                    items.dedup_by_key(|x| x.0);
                    if cumulative {
                        Ballot::Points(items)
                    } else {
                        Ballot::Approval(items.into_iter().map(|x| x.0).collect())
                    }
                })
                .collect();
            let kind = if cumulative {
                BallotKind::Cumulative { points: 100, max_per_project: None }
            } else {
                BallotKind::within_budget(Money(budget * 100))
            };
            Election { budget: Money(budget * 100), projects, kind, ballots }
        })
}

fn ids(e: &Election, rule: Rule) -> Vec<usize> {
    select(e, rule).winners.iter().map(|w| w.index).collect()
}

proptest! {
    #[test]
    fn every_rule_stays_within_the_budget_and_funds_each_project_once(e in elections()) {
        for rule in [GREEDY, MES, ADD1] {
            let o = select(&e, rule);
            prop_assert!(o.cost <= e.budget);
            prop_assert_eq!(o.cost + o.unspent, e.budget);
            let mut w: Vec<usize> = o.winners.iter().map(|w| w.index).collect();
            w.sort_unstable();
            w.dedup();
            prop_assert_eq!(w.len(), o.winners.len());
        }
    }

    #[test]
    fn greedy_and_completed_equal_shares_leave_nothing_that_fits(e in elections()) {
        for rule in [GREEDY, ADD1] {
            let o = select(&e, rule);
            for (p, project) in e.projects.iter().enumerate() {
                prop_assert!(o.winners.iter().any(|w| w.index == p) || project.cost > o.unspent);
            }
        }
    }

    #[test]
    fn equal_shares_matches_the_plain_reference(e in elections()) {
        prop_assert_eq!(ids(&e, MES), reference_mes(&e, 0));
    }

    #[test]
    fn add1_outcome_is_the_reference_at_the_raised_share(e in elections()) {
        let o = select(&e, ADD1);
        let raised = o.share_raised_by.map_or(0, |m| m.cents());
        let mes: Vec<usize> = reference_mes(&e, raised);
        // The completion only adds after MES's own choices.
        prop_assert_eq!(&ids(&e, ADD1)[..mes.len()], &mes[..]);
    }

    #[test]
    fn with_one_ballot_for_all_equal_shares_is_greedy_over_what_they_chose(
        e in elections(),
        copies in 1usize..6,
    ) {
        // All voters cast the same approval ballot: every affordable project costs each the same
        // per unit of cost, so MES takes them by id as greedy does, skipping what does not fit.
        let mut e = e;
        let chosen: Vec<usize> = (0..e.projects.len()).filter(|p| p % 2 == 0).collect();
        e.ballots = vec![Ballot::Approval(chosen.clone()); copies];
        let greedy: Vec<usize> = ids(&e, GREEDY).into_iter().filter(|p| chosen.contains(p) && e.projects[*p].cost.cents() > 0).collect();
        prop_assert_eq!(ids(&e, MES), greedy);
        prop_assert_eq!(ids(&e, ADD1).len() >= ids(&e, MES).len(), true);
    }
}
