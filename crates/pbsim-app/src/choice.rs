//! The resident's choice of projects on a budget of projects, as the page holds it: a
//! [`ProjectChoice`] (the same type the server receives), with what the page does to it: start
//! empty, fit a stored one to the budget, change one project, count what it costs, and write it
//! into or read it from a share link (`#p=104.100`, or `#p=104:3.100:2` for points).
//!
//! Whether a choice is allowed is never decided here: [`pbsim_core::projects::check_choice`], the
//! function the server runs before storing, decides, and the page words its answer.

use pbsim_core::projects::{BallotKind, ProjectSelection, check_choice};
use pbsim_core::wire::{Points, Problem, ProblemCode, ProjectChoice};
use pbsim_core::{Currency, Money, ShareError};

/// The fragment key that introduces a choice of projects: `#p=…`.
const FRAGMENT_KEY: &str = "p=";

/// Nothing chosen yet, in the ballot's kind.
pub fn empty(selection: &ProjectSelection) -> ProjectChoice {
    match selection.ballot {
        BallotKind::Cumulative { .. } => ProjectChoice::Points(Points::default()),
        _ => ProjectChoice::Approved(Vec::new()),
    }
}

/// A stored choice made to fit the budget: of the ballot's kind, naming only its projects, each
/// once, without zero points. Anything else starts empty rather than failing.
pub fn fit(selection: &ProjectSelection, stored: Option<ProjectChoice>) -> ProjectChoice {
    let known = |id: &str, seen: &mut Vec<String>| {
        let fits = selection.project(id).is_some() && !seen.iter().any(|s| s == id);
        if fits {
            seen.push(id.to_owned());
        }
        fits
    };
    let mut seen = Vec::new();
    match (empty(selection), stored) {
        (ProjectChoice::Approved(_), Some(ProjectChoice::Approved(ids))) => {
            ProjectChoice::Approved(ids.into_iter().filter(|id| known(id, &mut seen)).collect())
        }
        (ProjectChoice::Points(_), Some(ProjectChoice::Points(points))) => ProjectChoice::Points(Points(
            points.0.into_iter().filter(|(id, n)| *n > 0 && known(id, &mut seen)).collect(),
        )),
        (fresh, _) => fresh,
    }
}

/// The points `choice` gives project `id` (1 for an approved project, 0 when not chosen).
pub fn given(choice: &ProjectChoice, id: &str) -> u64 {
    match choice {
        ProjectChoice::Approved(ids) => u64::from(ids.iter().any(|i| i == id)),
        ProjectChoice::Points(points) => points.0.iter().find(|(i, _)| i == id).map_or(0, |(_, n)| *n),
    }
}

/// `choice` with project `id` given `n` (for an approval, chosen when `n > 0`): a chosen project
/// stays where it was, a newly chosen one goes last, and one set to 0 leaves the choice.
pub fn with(choice: &ProjectChoice, id: &str, n: u64) -> ProjectChoice {
    let mut next = choice.clone();
    match &mut next {
        ProjectChoice::Approved(ids) => {
            let at = ids.iter().position(|i| i == id);
            match (at, n > 0) {
                (None, true) => ids.push(id.to_owned()),
                (Some(at), false) => {
                    ids.remove(at);
                }
                _ => {}
            }
        }
        ProjectChoice::Points(points) => match (points.0.iter().position(|(i, _)| i == id), n > 0) {
            (Some(at), true) => points.0[at].1 = n,
            (Some(at), false) => {
                points.0.remove(at);
            }
            (None, true) => points.0.push((id.to_owned(), n)),
            (None, false) => {}
        },
    }
    next
}

/// What the chosen projects cost together (each project given points counts once).
pub fn cost(selection: &ProjectSelection, choice: &ProjectChoice) -> Money {
    let ids: Vec<&str> = match choice {
        ProjectChoice::Approved(ids) => ids.iter().map(String::as_str).collect(),
        ProjectChoice::Points(points) => points.0.iter().filter(|(_, n)| *n > 0).map(|(i, _)| i.as_str()).collect(),
    };
    ids.into_iter().filter_map(|id| selection.project(id)).map(|(_, p)| p.cost).sum()
}

/// The points `choice` gives in all (the number of projects approved, for an approval).
pub fn points_given(choice: &ProjectChoice) -> u64 {
    match choice {
        ProjectChoice::Approved(ids) => ids.len() as u64,
        ProjectChoice::Points(points) => points.0.iter().fold(0, |sum, (_, n)| sum.saturating_add(*n)),
    }
}

/// Why `choice` breaks the ballot's rule, if it does: the first problem
/// [`check_choice`] finds, leaving out "nothing chosen yet" (a choice on its way is not refused
/// for being empty).
pub fn breaks_rule(selection: &ProjectSelection, currency: Currency, choice: &ProjectChoice) -> Option<Problem> {
    check_choice(selection, currency, choice).into_iter().find(|p| p.code != ProblemCode::NoProjects)
}

/// The share link's fragment (without `#`) for `choice`.
pub fn fragment(choice: &ProjectChoice) -> String {
    let parts: Vec<String> = match choice {
        ProjectChoice::Approved(ids) => ids.clone(),
        ProjectChoice::Points(points) => points.0.iter().map(|(id, n)| format!("{id}:{n}")).collect(),
    };
    format!("{FRAGMENT_KEY}{}", parts.join("."))
}

/// Reads a fragment made by [`fragment`]: `NotAShareLink` without `p=`, `OutOfRange` naming the
/// first part that is not one of the budget's projects (or not a number of points) or a choice the
/// ballot refuses.
pub fn from_fragment(
    selection: &ProjectSelection,
    currency: Currency,
    fragment: &str,
) -> Result<ProjectChoice, ShareError> {
    let fragment = fragment.strip_prefix('#').unwrap_or(fragment);
    let body = fragment.split('&').find_map(|part| part.strip_prefix(FRAGMENT_KEY)).ok_or(ShareError::NotAShareLink)?;
    let parts = body.split('.').filter(|p| !p.is_empty());
    let bad = |part: &str| ShareError::OutOfRange { line: part.to_owned() };
    let choice = match empty(selection) {
        ProjectChoice::Approved(_) => ProjectChoice::Approved(parts.map(str::to_owned).collect()),
        ProjectChoice::Points(_) => {
            let mut points = Vec::new();
            for part in parts {
                let (id, n) = part.split_once(':').ok_or_else(|| bad(part))?;
                points.push((id.to_owned(), n.parse().map_err(|_| bad(part))?));
            }
            ProjectChoice::Points(Points(points))
        }
    };
    match breaks_rule(selection, currency, &choice) {
        Some(problem) => Err(bad(&problem.path)),
        None => Ok(choice),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use pbsim_core::Budget;
    use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};

    wasm_bindgen_test_configure!(run_in_browser);

    fn selection(ballot: &str) -> ProjectSelection {
        let text = include_str!("../../../budgets/toulouse-2022-4.toml")
            .replace(r#"ballot = { type = "at_most", max_projects = 3 }"#, &format!("ballot = {ballot}"));
        let budget = Budget::from_toml(&text).unwrap_or_else(|e| panic!("{e}"));
        budget.projects.unwrap_or_else(|| panic!("a budget of projects"))
    }

    #[wasm_bindgen_test]
    fn a_choice_changes_one_project_at_a_time_and_keeps_its_order() {
        let s = selection(r#"{ type = "at_most", max_projects = 3 }"#);
        let c = with(&with(&empty(&s), "104", 1), "100", 1);
        assert_eq!(c, ProjectChoice::Approved(vec!["104".into(), "100".into()]));
        assert_eq!(cost(&s, &c), Money(60_000_00));
        assert_eq!(with(&c, "104", 0), ProjectChoice::Approved(vec!["100".into()]));
        let p = selection(r#"{ type = "cumulative", points = 10, max_per_project = 5 }"#);
        let c = with(&with(&with(&empty(&p), "104", 3), "100", 2), "104", 4);
        assert_eq!(c, ProjectChoice::Points(Points(vec![("104".into(), 4), ("100".into(), 2)])));
        assert_eq!((points_given(&c), given(&c, "104"), given(&c, "107")), (6, 4, 0));
    }

    #[wasm_bindgen_test]
    fn the_rule_is_the_servers_and_an_empty_choice_is_not_refused() {
        let s = selection(r#"{ type = "at_most", max_projects = 2 }"#);
        assert_eq!(breaks_rule(&s, Currency::EUR, &empty(&s)), None);
        let three = ProjectChoice::Approved(vec!["104".into(), "100".into(), "107".into()]);
        assert_eq!(breaks_rule(&s, Currency::EUR, &three).map(|p| p.code), Some(ProblemCode::TooManyProjects));
    }

    #[wasm_bindgen_test]
    fn a_share_link_gives_back_the_choice_and_refuses_what_the_ballot_refuses() {
        let p = selection(r#"{ type = "cumulative", points = 10, max_per_project = 5 }"#);
        let c = ProjectChoice::Points(Points(vec![("104".into(), 3), ("100".into(), 2)]));
        assert_eq!(fragment(&c), "p=104:3.100:2");
        assert_eq!(from_fragment(&p, Currency::EUR, "#p=104:3.100:2"), Ok(c));
        assert_eq!(from_fragment(&p, Currency::EUR, "#a=1.2"), Err(ShareError::NotAShareLink));
        assert!(from_fragment(&p, Currency::EUR, "#p=104:6").is_err(), "over the points one project may get");
        assert!(from_fragment(&p, Currency::EUR, "#p=104:x").is_err());
        let s = selection(r#"{ type = "at_most", max_projects = 3 }"#);
        assert!(from_fragment(&s, Currency::EUR, "#p=104.nope").is_err());
        assert_eq!(
            fit(&s, Some(ProjectChoice::Approved(vec!["104".into(), "nope".into(), "104".into()]))),
            ProjectChoice::Approved(vec!["104".into()])
        );
    }
}
