//! A resident's choice of projects ([`ProjectChoice`], as the page sends it) checked against a
//! budget's [`ProjectSelection`], and turned into the [`Ballot`] the rules count.
//!
//! The page runs [`check_choice`] as the resident chooses and the server runs it before storing,
//! as [`crate::validate`] for budgets of lines: every problem comes with the path of its field.

use super::{Ballot, BallotKind, BallotProblem, ProjectSelection};
use crate::locale::{Currency, Locale, MoneyStyle, format_money};
use crate::wire::{Problem, ProblemCode, ProjectChoice};

/// Every problem with `choice` under `selection`'s ballot (empty when it may be submitted).
///
/// Paths: `projects.approved[i]` for an unknown or repeated id in an approval, `projects.points.ID`
/// for an unknown or repeated id or a project's points, `projects.approved` / `projects.points` for the ballot as a
/// whole (too many projects, over the amount, too many points, nothing chosen).
pub fn check_choice(selection: &ProjectSelection, currency: Currency, choice: &ProjectChoice) -> Vec<Problem> {
    let mut problems = Vec::new();
    let whole = match choice {
        ProjectChoice::Approved(_) => "projects.approved",
        ProjectChoice::Points(_) => "projects.points",
    };
    match (&selection.ballot, choice) {
        (BallotKind::Approval { .. }, ProjectChoice::Points(_)) => {
            problems.push(Problem::new(
                whole,
                ProblemCode::WrongKind,
                "this ballot approves projects: send the ids approved (\"approved\"), not points",
            ));
            return problems;
        }
        (BallotKind::Cumulative { .. } | BallotKind::Ranking { .. }, ProjectChoice::Approved(_)) => {
            problems.push(Problem::new(
                whole,
                ProblemCode::WrongKind,
                "this ballot spreads points over projects: send points per project (\"points\")",
            ));
            return problems;
        }
        _ => {}
    }
    let ids: Vec<&str> = match choice {
        ProjectChoice::Approved(ids) => ids.iter().map(String::as_str).collect(),
        ProjectChoice::Points(points) => points.0.iter().map(|(id, _)| id.as_str()).collect(),
    };
    let path_of = |i: usize, id: &str| match choice {
        ProjectChoice::Approved(_) => format!("projects.approved[{i}]"),
        ProjectChoice::Points(_) => format!("projects.points.{id}"),
    };
    let mut seen = std::collections::BTreeSet::new();
    for (i, id) in ids.iter().enumerate() {
        if selection.project(id).is_none() {
            problems.push(Problem::new(
                path_of(i, id),
                ProblemCode::UnknownProject,
                format!("the budget has no project \"{id}\""),
            ));
        } else if !seen.insert(*id) {
            problems.push(Problem::new(
                path_of(i, id),
                ProblemCode::RepeatedProject,
                format!("project \"{id}\" is chosen more than once"),
            ));
        }
    }
    let given: u64 = match choice {
        ProjectChoice::Approved(ids) => ids.len() as u64,
        ProjectChoice::Points(points) => points.0.iter().fold(0u64, |sum, (_, n)| sum.saturating_add(*n)),
    };
    if given == 0 {
        problems.push(Problem::new(whole, ProblemCode::NoProjects, "choose at least one project"));
    }
    // The rest is counted on the projects the budget has, by the election's own check, as the
    // rules will count them (a project chosen twice counts twice here, as the resident sent it).
    let known = ballot_of(selection, choice);
    let election = selection.election(Vec::new());
    let money = |m| format_money(m, currency, Locale::En, MoneyStyle::Whole);
    for problem in election.check_ballot(&known) {
        problems.push(match problem {
            BallotProblem::TooMany { chosen, max } => Problem::new(
                whole,
                ProblemCode::TooManyProjects,
                format!("{chosen} projects are chosen and at most {max} may be"),
            ),
            BallotProblem::OverBudget { cost, max } => Problem::new(
                whole,
                ProblemCode::OverBudget,
                format!("the projects chosen cost {}, more than the {} available", money(cost), money(max)),
            ),
            BallotProblem::TooManyPoints { spent, max } => Problem::new(
                whole,
                ProblemCode::TooManyPoints,
                format!("{spent} points are given and there are {max} to give"),
            ),
            BallotProblem::TooManyPointsForOne { project, given, max } => Problem::new(
                format!("projects.points.{project}"),
                ProblemCode::TooManyPointsForOne,
                format!("project \"{project}\" gets {given} points and one project may get at most {max}"),
            ),
            // Unknown and repeated projects and the ballot's kind were settled above.
            BallotProblem::WrongKind | BallotProblem::UnknownProject { .. } | BallotProblem::Repeated { .. } => {
                continue;
            }
        });
    }
    problems
}

/// The ballot a choice makes, naming projects by their index in `selection`. Ids the budget does
/// not have are left out (a stored choice from an older budget file; [`check_choice`] refuses them
/// in a new one); points of zero are kept, as the resident sent them.
pub fn ballot_of(selection: &ProjectSelection, choice: &ProjectChoice) -> Ballot {
    let index = |id: &str| selection.project(id).map(|(i, _)| i);
    match choice {
        ProjectChoice::Approved(ids) => Ballot::Approval(ids.iter().filter_map(|id| index(id)).collect()),
        ProjectChoice::Points(points) => {
            Ballot::Points(points.0.iter().filter_map(|(id, n)| index(id).map(|i| (i, *n))).collect())
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::wire::{Points, ProblemCode, ProjectChoice, SubmissionRequest};
    use crate::{Budget, validate};

    const TOULOUSE: &str = include_str!("../../../../budgets/toulouse-2022-4.toml");
    const ID: &str = "67e55044-10b1-426f-9247-bb680e5fe0c8";

    /// The Toulouse demo with its ballot replaced by `ballot` (a TOML inline table).
    fn budget(ballot: &str) -> Budget {
        let text =
            TOULOUSE.replace(r#"ballot = { type = "at_most", max_projects = 3 }"#, &format!("ballot = {ballot}"));
        Budget::from_toml(&text).unwrap_or_else(|e| panic!("{e}"))
    }

    /// `(path, code)` of every problem with `json` (a submission body) sent to `budget`.
    fn check(budget: &Budget, json: &str) -> Vec<(String, ProblemCode)> {
        let request: SubmissionRequest = serde_json::from_str(json).unwrap_or_else(|e| panic!("{e}: {json}"));
        validate(budget, &request).into_iter().map(|p| (p.path, p.code)).collect()
    }

    fn approved(ids: &str) -> String {
        format!(r#"{{"id":"{ID}","projects":{{"approved":[{ids}]}}}}"#)
    }

    fn points(pairs: &str) -> String {
        format!(r#"{{"id":"{ID}","projects":{{"points":{{{pairs}}}}}}}"#)
    }

    fn p(path: &str, code: ProblemCode) -> (String, ProblemCode) {
        (path.to_owned(), code)
    }

    #[test]
    fn approval_of_at_most_k() {
        let b = budget(r#"{ type = "at_most", max_projects = 3 }"#);
        assert_eq!(check(&b, &approved(r#""104","100","108""#)), []);
        assert_eq!(
            check(&b, &approved(r#""104","100","108","105""#)),
            [p("projects.approved", ProblemCode::TooManyProjects)]
        );
        assert_eq!(
            check(&b, &approved(r#""104","999","104","100","108""#)),
            [
                p("projects.approved[1]", ProblemCode::UnknownProject),
                p("projects.approved[2]", ProblemCode::RepeatedProject),
                p("projects.approved", ProblemCode::TooManyProjects),
            ],
        );
        assert_eq!(check(&b, &approved(r#""104","104""#)), [p("projects.approved[1]", ProblemCode::RepeatedProject)]);
        assert_eq!(check(&b, &approved("")), [p("projects.approved", ProblemCode::NoProjects)]);
        assert_eq!(check(&b, &points(r#""104":1"#)), [p("projects.points", ProblemCode::WrongKind)]);
    }

    #[test]
    fn approval_within_the_budget() {
        let b = budget(r#"{ type = "within_budget" }"#);
        // 160,000 + 115,000 + 80,000 + 40,000 = 395,000: fits; with 10,000 more it does not.
        assert_eq!(check(&b, &approved(r#""101","103","202","107""#)), []);
        let over = check(&b, &approved(r#""101","103","202","107","100""#));
        assert_eq!(over, [p("projects.approved", ProblemCode::OverBudget)]);
        let request: SubmissionRequest =
            serde_json::from_str(&approved(r#""101","103","202","107","100""#)).unwrap_or_else(|e| panic!("{e}"));
        let message = validate(&b, &request).remove(0).message;
        assert_eq!(message, "the projects chosen cost €405,000, more than the €400,000 available");
    }

    #[test]
    fn cumulative_points() {
        let b = budget(r#"{ type = "cumulative", points = 10, max_per_project = 5 }"#);
        assert_eq!(check(&b, &points(r#""104":5,"100":5"#)), []);
        assert_eq!(check(&b, &points(r#""104":5,"100":0,"108":4"#)), [], "zero points are allowed");
        assert_eq!(
            check(&b, &points(r#""104":6,"100":5"#)),
            [
                p("projects.points", ProblemCode::TooManyPoints),
                p("projects.points.104", ProblemCode::TooManyPointsForOne)
            ]
        );
        assert_eq!(check(&b, &points(r#""104":1,"104":2"#)), [p("projects.points.104", ProblemCode::RepeatedProject)]);
        assert_eq!(check(&b, &points(r#""nope":1"#)), [p("projects.points.nope", ProblemCode::UnknownProject)]);
        assert_eq!(check(&b, &points(r#""104":0"#)), [p("projects.points", ProblemCode::NoProjects)]);
        assert_eq!(check(&b, &approved(r#""104""#)), [p("projects.approved", ProblemCode::WrongKind)]);
    }

    #[test]
    fn negative_or_fractional_points_are_refused_by_the_parser_naming_the_field() {
        for bad in ["-1", "1.5", "\"3\"", "1e3"] {
            let json = points(&format!(r#""104":{bad}"#));
            let mut de = serde_json::Deserializer::from_str(&json);
            let error = serde_path_to_error::deserialize::<_, SubmissionRequest>(&mut de).err();
            let (path, message) = error.map(|e| (e.path().to_string(), e.inner().to_string())).unwrap_or_default();
            assert_eq!(path, "projects.points.104", "{bad}");
            assert!(message.contains("expected a whole number of points, 0 or more"), "{bad}: {message}");
        }
    }

    #[test]
    fn lines_and_projects_go_to_their_own_kind_of_budget() {
        let b = budget(r#"{ type = "at_most", max_projects = 3 }"#);
        let json = format!(r#"{{"id":"{ID}","allocation":{{"police":1}},"projects":{{"approved":["104"]}}}}"#);
        assert_eq!(check(&b, &json), [p("allocation", ProblemCode::WrongKind)]);
        assert_eq!(check(&b, &format!(r#"{{"id":"{ID}"}}"#)), [p("projects", ProblemCode::NoProjects)]);
        let austin =
            Budget::from_toml(include_str!("../../../../budgets/austin-fy2017.toml")).unwrap_or_else(|e| panic!("{e}"));
        let mut request = SubmissionRequest {
            id: ID.into(),
            allocation: austin.baseline_allocation(),
            projects: Some(ProjectChoice::Points(Points(vec![("a".into(), 1)]))),
            ..SubmissionRequest::default()
        };
        let codes: Vec<_> = validate(&austin, &request).into_iter().map(|p| (p.path, p.code)).collect();
        assert_eq!(codes, [p("projects", ProblemCode::WrongKind)]);
        request.projects = None;
        assert_eq!(validate(&austin, &request), []);
    }

    #[test]
    fn a_choice_is_stored_as_sent() {
        let json = points(r#""108":2,"104":0,"100":3"#);
        let request: SubmissionRequest = serde_json::from_str(&json).unwrap_or_else(|e| panic!("{e}"));
        let again = serde_json::to_string(&request).unwrap_or_default();
        assert!(again.contains(r#""projects":{"points":{"108":2,"104":0,"100":3}}"#), "{again}");
    }
}
