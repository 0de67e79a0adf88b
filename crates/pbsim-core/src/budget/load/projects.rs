//! A budget file of the second kind (`kind = "projects"`): its `[projects]` table, the amount,
//! the ballot and the projects residents choose from.

use super::{Checker, FileText, Num};
use crate::budget::MAX_AMOUNT;
use crate::money::Money;
use crate::projects::{BallotKind, BudgetProject, ProjectSelection};
use crate::wire::RuleId;
use serde::Deserialize;
use std::collections::{BTreeMap, BTreeSet};
use toml::Spanned;

/// The most projects a budget may list (Pabulib's largest elections have about 200).
pub const MAX_PROJECTS: usize = 500;

/// The most points a cumulative ballot may give.
pub const MAX_POINTS: i64 = 1_000_000;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct FileProjects {
    amount: Num,
    ballot: Option<Spanned<FileBallot>>,
    rule: Option<Spanned<String>>,
    #[serde(default)]
    project: Vec<Spanned<FileProject>>,
    pabulib: Option<Spanned<BTreeMap<String, String>>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FileBallot {
    #[serde(rename = "type")]
    kind: Option<String>,
    max_projects: Num,
    points: Num,
    max_per_project: Num,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FileProject {
    id: Option<String>,
    title: Option<FileText>,
    description: Option<FileText>,
    cost: Num,
    category: Option<FileText>,
    area: Option<FileText>,
}

/// `[projects]`: a positive amount, a ballot residents can fill, and 1 to [`MAX_PROJECTS`]
/// projects with unique ids, each costing more than nothing and no more than the amount.
pub(super) fn check_projects(c: &mut Checker<'_>, projects: &Spanned<FileProjects>) -> ProjectSelection {
    let at = projects.span().start;
    let file = projects.get_ref();
    let amount = c.amount(at, "projects.amount", &file.amount, true).unwrap_or(0);
    if file.amount.is_some() && amount <= 0 {
        c.error(Some(pos(&file.amount, at)), "projects.amount", "the amount available must be positive");
    }
    if file.project.is_empty() {
        c.error(Some(at), "projects.project", "the budget has no projects: add [[projects.project]] entries");
    } else if file.project.len() > MAX_PROJECTS {
        c.error(
            Some(at),
            "projects.project",
            format!("{} projects is more than the {MAX_PROJECTS} a budget may have", file.project.len()),
        );
    }
    let mut ids = BTreeSet::new();
    let list: Vec<BudgetProject> =
        file.project.iter().enumerate().map(|(i, p)| check_project(c, i, p, amount, &mut ids)).collect();
    let ballot = check_ballot(c, at, file.ballot.as_ref(), amount, list.len());
    let pabulib = file.pabulib.as_ref().map(|p| check_pabulib(c, p)).unwrap_or_default();
    let rule = file.rule.as_ref().map(|r| check_rule(c, r)).unwrap_or_default();
    ProjectSelection { amount: Money(amount), ballot, projects: list, rule, pabulib }
}

/// `rule`: the city's rule, one of [`RuleId::ALL`] by its name (`greedy`, `mes`, `mes_add1`).
fn check_rule(c: &mut Checker<'_>, rule: &Spanned<String>) -> RuleId {
    let name = rule.get_ref();
    RuleId::ALL.into_iter().find(|r| r.as_str() == name).unwrap_or_else(|| {
        c.error(Some(rule.span().start), "projects.rule", format!("unknown rule \"{name}\" (greedy, mes or mes_add1)"));
        RuleId::default()
    })
}

/// `[projects.pabulib]`: META fields kept for the `.pb` export, none of those pbsim computes.
fn check_pabulib(c: &mut Checker<'_>, meta: &Spanned<BTreeMap<String, String>>) -> BTreeMap<String, String> {
    let at = meta.span().start;
    for key in meta.get_ref().keys() {
        if crate::projects::COMPUTED_META.contains(&key.as_str()) {
            c.error(
                Some(at),
                format!("projects.pabulib.{key}"),
                "is written from the budget itself (its amount, projects, ballot, rule and votes): leave it out",
            );
        } else if key.is_empty() || !key.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_') {
            c.error(Some(at), format!("projects.pabulib.{key}"), "a META key is lowercase letters, digits and _");
        }
    }
    meta.get_ref().clone()
}

fn pos(value: &Num, fallback: usize) -> usize {
    value.as_ref().map_or(fallback, |v| v.span().start)
}

fn check_project(
    c: &mut Checker<'_>,
    index: usize,
    project: &Spanned<FileProject>,
    amount: i64,
    ids: &mut BTreeSet<String>,
) -> BudgetProject {
    let at = project.span().start;
    let p = project.get_ref();
    let path = format!("projects.project[{index}]");
    let id = c.id(at, &path, p.id.as_ref(), ids, "project");
    let title = c.text(at, &format!("{path}.title"), p.title.as_ref(), true);
    let description = c.text(at, &format!("{path}.description"), p.description.as_ref(), false);
    let cost = c.amount(at, &format!("{path}.cost"), &p.cost, true).unwrap_or(0);
    if p.cost.is_some() && cost <= 0 {
        c.error(Some(pos(&p.cost, at)), format!("{path}.cost"), format!("project \"{id}\": the cost must be positive"));
    } else if amount > 0 && cost > amount {
        c.error(
            Some(pos(&p.cost, at)),
            format!("{path}.cost"),
            format!(
                "project \"{id}\" costs {cost}, more than the amount available ({amount}): it could never be funded"
            ),
        );
    }
    let category = p.category.as_ref().map(|t| c.text(at, &format!("{path}.category"), Some(t), true));
    let area = p.area.as_ref().map(|t| c.text(at, &format!("{path}.area"), Some(t), true));
    BudgetProject { id, title, description, cost: Money(cost), category, area }
}

/// The ballot: `within_budget` (approve any projects whose total cost fits the amount),
/// `at_most` (approve at most `max_projects`), or `cumulative` (`points`, and optionally
/// `max_per_project`). Fields of another type are refused, so a typo cannot go unnoticed.
fn check_ballot(
    c: &mut Checker<'_>,
    at: usize,
    ballot: Option<&Spanned<FileBallot>>,
    amount: i64,
    projects: usize,
) -> BallotKind {
    let within = BallotKind::within_budget(Money(amount));
    let Some(ballot) = ballot else {
        c.error(
            Some(at),
            "projects.ballot",
            "is missing: ballot = { type = \"within_budget\" }, { type = \"at_most\", max_projects = K } or \
             { type = \"cumulative\", points = N }",
        );
        return within;
    };
    let bat = ballot.span().start;
    let b = ballot.get_ref();
    let not_for = |c: &mut Checker<'_>, name: &str, value: &Num, kind: &str| {
        if let Some(v) = value {
            c.error(
                Some(v.span().start),
                format!("projects.ballot.{name}"),
                format!("a ballot of type \"{kind}\" has no {name}"),
            );
        }
    };
    let whole = |c: &mut Checker<'_>, name: &str, value: &Num, range: std::ops::RangeInclusive<i64>, what: &str| {
        let path = format!("projects.ballot.{name}");
        match value {
            None => {
                c.error(Some(bat), path, format!("is missing: {what}"));
                None
            }
            Some(v) if !range.contains(v.get_ref()) => {
                let (lo, hi) = (range.start(), range.end());
                c.error(Some(v.span().start), path, format!("{} is outside {lo} to {hi}: {what}", v.get_ref()));
                None
            }
            Some(v) => Some(*v.get_ref()),
        }
    };
    match b.kind.as_deref() {
        Some("within_budget") => {
            for (name, value) in
                [("max_projects", &b.max_projects), ("points", &b.points), ("max_per_project", &b.max_per_project)]
            {
                not_for(c, name, value, "within_budget");
            }
            within
        }
        Some("at_most") => {
            not_for(c, "points", &b.points, "at_most");
            not_for(c, "max_per_project", &b.max_per_project, "at_most");
            let top = i64::try_from(projects.max(1)).unwrap_or(i64::MAX);
            let k = whole(c, "max_projects", &b.max_projects, 1..=top, "the most projects a resident may approve");
            BallotKind::at_most(k.and_then(|k| u32::try_from(k).ok()).unwrap_or(1))
        }
        Some("cumulative") => {
            not_for(c, "max_projects", &b.max_projects, "cumulative");
            let points =
                whole(c, "points", &b.points, 1..=MAX_POINTS, "the points each resident spreads over projects");
            let max_per_project = b.max_per_project.as_ref().and_then(|_| {
                whole(
                    c,
                    "max_per_project",
                    &b.max_per_project,
                    1..=points.unwrap_or(MAX_POINTS),
                    "the most points one project may get from one resident, at most the points",
                )
            });
            BallotKind::Cumulative {
                points: points.and_then(|p| u64::try_from(p).ok()).unwrap_or(1),
                max_per_project: max_per_project.and_then(|p| u64::try_from(p).ok()),
            }
        }
        other => {
            let what = other.map_or("is missing".to_owned(), |o| format!("unknown ballot type \"{o}\""));
            c.error(Some(bat), "projects.ballot.type", format!("{what} (within_budget, at_most or cumulative)"));
            within
        }
    }
}

// Every cost is at most MAX_AMOUNT (`Checker::amount`), so the cost of every project together, which
// a ballot within the budget sums, fits an i64.
const _: () = assert!((MAX_AMOUNT as i128) * (MAX_PROJECTS as i128) < i64::MAX as i128);
