//! The checks a resident's submission must pass (the submission itself is [`crate::wire::SubmissionRequest`]).
//!
//! The page runs the same [`validate`] before enabling its submit button that the server runs before
//! storing, so a resident never meets a rule on the server that the page did not show.

use crate::budget::{BalanceProblem, Budget, QuestionKind};
use crate::locale::{Currency, Locale, MoneyStyle, format_money};
use crate::wire::{Problem, ProblemCode, SubmissionRequest};

/// The longest comment (per section, or final) accepted, in characters.
pub const MAX_COMMENT_CHARS: usize = 2_000;

/// The longest invite code accepted, in characters (ours are 9; this leaves room for spaces).
pub const MAX_INVITE_CHARS: usize = 32;

/// True when `s` is a UUID in its usual hyphenated form (any version): 8-4-4-4-12 hex digits.
pub fn is_uuid(s: &str) -> bool {
    let groups: Vec<&str> = s.split('-').collect();
    groups.len() == 5
        && groups.iter().zip([8, 4, 4, 4, 12]).all(|(g, n)| g.len() == n && g.bytes().all(|b| b.is_ascii_hexdigit()))
}

/// Bytes of randomness in an edit link's secret: 128 bits, so no one guesses one.
pub const EDIT_KEY_BYTES: usize = 16;

/// True when `s` has the form of an edit link's secret: [`EDIT_KEY_BYTES`] as lowercase hex.
pub fn is_edit_key(s: &str) -> bool {
    s.len() == 2 * EDIT_KEY_BYTES && s.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f'))
}

/// Describes a balance problem for residents, in English (the server's message) or French.
pub fn describe_balance_problem(problem: BalanceProblem, currency: Currency, locale: Locale) -> String {
    let money = |m| format_money(m, currency, locale, MoneyStyle::Whole);
    match (problem, locale) {
        (BalanceProblem::Deficit { over_by }, Locale::En) => {
            format!("The budget is short by {}: cut spending or raise revenue.", money(over_by))
        }
        (BalanceProblem::Deficit { over_by }, Locale::Fr) => {
            format!("Il manque {} : réduisez les dépenses ou augmentez les revenus.", money(over_by))
        }
        (BalanceProblem::Surplus { over_by }, Locale::En) => {
            format!("The budget has {} left over: spend it or lower revenue.", money(over_by))
        }
        (BalanceProblem::Surplus { over_by }, Locale::Fr) => {
            format!("Il reste {} : dépensez-les ou réduisez les revenus.", money(over_by))
        }
        (BalanceProblem::Unchanged, Locale::En) => "Change at least one line before you submit.".to_owned(),
        (BalanceProblem::Unchanged, Locale::Fr) => "Modifiez au moins une ligne avant d’envoyer.".to_owned(),
    }
}

/// Checks a submission against its budget and returns every problem found (empty when valid).
pub fn validate(budget: &Budget, request: &SubmissionRequest) -> Vec<Problem> {
    let mut problems = Vec::new();
    if !is_uuid(&request.id) {
        problems.push(Problem::new("id", ProblemCode::InvalidId, "the submission id must be a UUID"));
    }

    match (&budget.projects, &request.projects) {
        (Some(selection), Some(choice)) => {
            problems.extend(crate::projects::check_choice(selection, budget.currency, choice));
        }
        (Some(_), None) => problems.push(Problem::new(
            "projects",
            ProblemCode::NoProjects,
            "this budget is a choice of projects: send the projects chosen (\"projects\")",
        )),
        (None, Some(_)) => problems.push(Problem::new(
            "projects",
            ProblemCode::WrongKind,
            "this budget has lines, not projects: send a value per line (\"allocation\")",
        )),
        (None, None) => {}
    }
    if budget.projects.is_some() {
        if !request.allocation.is_empty() {
            problems.push(Problem::new(
                "allocation",
                ProblemCode::WrongKind,
                "this budget is a choice of projects and has no lines: leave \"allocation\" out",
            ));
        }
    } else {
        check_allocation(budget, request, &mut problems);
    }
    check_texts(budget, request, &mut problems);
    problems
}

/// The allocation of a budget of lines: a value on every line's grid, and the balance rule met.
fn check_allocation(budget: &Budget, request: &SubmissionRequest, problems: &mut Vec<Problem>) {
    for (id, value) in &request.allocation {
        let path = format!("allocation.{id}");
        let Some(line) = budget.line(id) else {
            problems.push(Problem::new(path, ProblemCode::UnknownLine, format!("the budget has no line \"{id}\"")));
            continue;
        };
        if !(line.min..=line.max).contains(value) {
            problems.push(Problem::new(
                path,
                ProblemCode::OutOfRange,
                format!("{value} is outside the range of \"{id}\" ({} to {})", line.min, line.max),
            ));
        } else if !line.accepts(*value) {
            problems.push(Problem::new(
                path,
                ProblemCode::OffStep,
                format!("{value} is not a step of \"{id}\" (steps of {} from {})", line.step, line.min),
            ));
        }
    }
    for line in budget.lines() {
        if !request.allocation.contains_key(&line.id) {
            problems.push(Problem::new(
                format!("allocation.{}", line.id),
                ProblemCode::MissingLine,
                format!("no value for line \"{}\"", line.id),
            ));
        }
    }
    // The balance only means something when every value is one the resident could have chosen.
    if problems.iter().all(|p| !p.path.starts_with("allocation"))
        && let Some(problem) = budget.balance_problem(&request.allocation)
    {
        let code = match problem {
            BalanceProblem::Deficit { .. } => ProblemCode::Deficit,
            BalanceProblem::Surplus { .. } => ProblemCode::Surplus,
            BalanceProblem::Unchanged => ProblemCode::Unchanged,
        };
        problems.push(Problem::new("allocation", code, describe_balance_problem(problem, budget.currency, Locale::En)));
    }
}

/// Comments, answers and the invite code, the same for both kinds of budget.
fn check_texts(budget: &Budget, request: &SubmissionRequest, problems: &mut Vec<Problem>) {
    for (section, text) in &request.section_comments {
        let path = format!("section_comments.{section}");
        if budget.section(section).is_none() {
            problems.push(Problem::new(
                path,
                ProblemCode::UnknownSection,
                format!("the budget has no section \"{section}\""),
            ));
        } else {
            check_length(problems, path, text, MAX_COMMENT_CHARS);
        }
    }
    check_length(problems, "comment".to_owned(), &request.comment, MAX_COMMENT_CHARS);

    for (question, answer) in &request.answers {
        let path = format!("answers.{question}");
        let Some(q) = budget.question(question) else {
            problems.push(Problem::new(
                path,
                ProblemCode::UnknownQuestion,
                format!("the budget asks no question \"{question}\""),
            ));
            continue;
        };
        match &q.kind {
            QuestionKind::Choice { options } => {
                if !options.iter().any(|o| &o.id == answer) {
                    problems.push(Problem::new(
                        path,
                        ProblemCode::UnknownOption,
                        format!("\"{answer}\" is not one of the answers to \"{question}\""),
                    ));
                }
            }
            QuestionKind::Text { max_chars } => check_length(problems, path, answer, *max_chars),
        }
    }

    // Whether the code exists and is unused only the server's database knows; it checks that when
    // it stores the submission.
    // A replacement (through the private edit link) was let in by its first version's code.
    let invite = request.invite.as_deref().map(str::trim).unwrap_or("");
    if budget.submissions.require_invite && invite.is_empty() && request.replaces.is_none() {
        problems.push(Problem::new(
            "invite",
            ProblemCode::InvalidInvite,
            "this budget needs an invite code: type the one you received",
        ));
    } else if let Some(code) = &request.invite {
        check_length(problems, "invite".to_owned(), code, MAX_INVITE_CHARS);
    }
}

fn check_length(problems: &mut Vec<Problem>, path: String, text: &str, max: usize) {
    let n = text.chars().count();
    if n > max {
        problems.push(Problem::new(
            path,
            ProblemCode::TooLong,
            format!("{n} characters is more than the {max} allowed"),
        ));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn uuids() {
        assert!(is_uuid("67e55044-10b1-426f-9247-bb680e5fe0c8"));
        assert!(is_uuid("67E55044-10B1-426F-9247-BB680E5FE0C8"));
        assert!(!is_uuid("67e55044-10b1-426f-9247-bb680e5fe0c"));
        assert!(!is_uuid("67e5504410b1426f9247bb680e5fe0c8"));
        assert!(!is_uuid("67e55044-10b1-426f-9247-bb680e5fe0cg"));
        assert!(!is_uuid(""));
    }

    #[test]
    fn edit_keys_are_32_lowercase_hex_digits() {
        assert!(is_edit_key("0123456789abcdef0123456789abcdef"));
        assert!(!is_edit_key("0123456789ABCDEF0123456789abcdef"));
        assert!(!is_edit_key("0123456789abcdef0123456789abcde"));
        assert!(!is_edit_key("0123456789abcdef0123456789abcdefa"));
        assert!(!is_edit_key("0123456789abcdef0123456789abcdeg"));
        assert!(!is_edit_key(""));
    }

    const AUSTIN: &str = include_str!("../../../budgets/austin-fy2017.toml");

    /// The problems of a balanced Austin budget with `invite`, replacing another submission
    /// through its edit link when `replacement`, in a budget that requires a code when `require`.
    fn invite_problems(require: bool, invite: Option<&str>, replacement: bool) -> Vec<(String, ProblemCode)> {
        let mut budget = Budget::from_toml(AUSTIN).unwrap_or_else(|e| panic!("{e}"));
        budget.submissions.require_invite = require;
        let mut allocation = budget.baseline_allocation();
        *allocation.entry("police".into()).or_default() += 500_000_00;
        *allocation.entry("libraries".into()).or_default() -= 500_000_00;
        let request = SubmissionRequest {
            id: "67e55044-10b1-426f-9247-bb680e5fe0c8".into(),
            allocation,
            invite: invite.map(Into::into),
            edit_key: replacement.then(|| "0123456789abcdef0123456789abcdef".into()),
            replaces: replacement.then(|| "67e55044-10b1-426f-9247-bb680e5fe0c9".into()),
            ..SubmissionRequest::default()
        };
        validate(&budget, &request).into_iter().map(|p| (p.path, p.code)).collect()
    }

    #[test]
    fn an_invite_is_asked_for_only_when_the_budget_requires_one() {
        let missing = vec![("invite".to_owned(), ProblemCode::InvalidInvite)];
        assert_eq!(invite_problems(true, None, false), missing);
        assert_eq!(invite_problems(true, Some("  "), false), missing);
        assert_eq!(invite_problems(true, Some("7KQM-X4RT"), false), []);
        assert_eq!(invite_problems(false, None, false), []);
        let too_long = [("invite".to_owned(), ProblemCode::TooLong)];
        assert_eq!(invite_problems(true, Some(&"X".repeat(33)), false), too_long);
        // A change through the edit link was let in by the code of the budget it replaces.
        assert_eq!(invite_problems(true, None, true), []);
    }

    #[test]
    fn a_submission_without_invite_keeps_its_json() {
        let request = SubmissionRequest { id: "x".into(), ..SubmissionRequest::default() };
        let json = serde_json::to_string(&request).unwrap_or_default();
        assert!(!json.contains("invite"), "{json}");
        let with = SubmissionRequest { invite: Some("7KQM-X4RT".into()), ..request };
        assert!(serde_json::to_string(&with).unwrap_or_default().contains(r#""invite":"7KQM-X4RT""#));
    }
}
