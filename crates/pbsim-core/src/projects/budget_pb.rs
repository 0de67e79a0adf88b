//! Between budget files of projects and Pabulib files: a budget of projects and its ballots as a
//! [`PbFile`] ([`to_pb`], for `pbsim export --format pb`), and a Pabulib file as the text of a
//! budget file ([`to_budget_toml`], for `pbsim budget import-pb`), so a city can rerun last year's
//! election.

use super::pabulib::{Columns, PbFile, money};
use super::{Ballot, BallotKind};
use crate::budget::{Budget, BudgetErrors};
use crate::locale::Currency;
use crate::wire::RuleId;
use std::fmt::Write as _;

/// META keys pbsim writes from the budget and its votes; a budget file's `[projects.pabulib]`
/// cannot set them, and an import does not keep them (the file's `rule` becomes `[projects] rule`
/// when pbsim runs it: [`rule_of`]).
pub const COMPUTED_META: [&str; 12] = [
    "num_projects",
    "num_votes",
    "budget",
    "vote_type",
    "min_length",
    "max_length",
    "max_sum_cost",
    "max_sum_points",
    "max_points",
    "currency",
    "language",
    "rule",
];

/// The rule a budget made of `file` decides by: the one its META `rule` names, among those pbsim
/// runs (`greedy`; `equalshares`, MES without completion; `equalshares/add1`, MES completed by
/// Add1, after which pbsim spends by greedy what Add1 leaves, as the equalshares.net tool does).
/// Any other value (`greedy-threshold`, `unknown`, …) or none is an `Err` saying so in one line:
/// the budget then keeps pbsim's default rule.
pub fn rule_of(file: &PbFile) -> Result<RuleId, String> {
    let default = RuleId::default().as_str();
    let named = file.meta.iter().find(|(k, _)| k == "rule").map(|(_, v)| v.trim()).filter(|v| !v.is_empty());
    match named {
        Some("greedy") => Ok(RuleId::Greedy),
        Some("equalshares") => Ok(RuleId::Mes),
        Some("equalshares/add1") => Ok(RuleId::MesAdd1),
        Some(name) => Err(format!(
            "the file's rule \"{name}\" is not one pbsim runs (greedy, equalshares, equalshares/add1): the \
             budget's [projects] rule is the default, {default}; change it if the city decides otherwise"
        )),
        None => Err(format!(
            "the file names no rule: the budget's [projects] rule is the default, {default}; change it if the city \
             decides otherwise"
        )),
    }
}

/// A budget of projects and its ballots as a Pabulib file (`None` for a budget of lines).
/// `voter_ids` name the ballots (the submissions' ids); `dates` are the first and last day of
/// voting as Pabulib writes them (`DD.MM.YYYY`), used when `[projects.pabulib]` gives none. Points
/// of zero are left out of a ballot: Pabulib lists the projects a voter gave points to. Meta the
/// checker requires and the budget does not say get neutral values: `country` `Worldwide`, `unit`
/// and `instance` the budget's id, `description` its English title.
pub fn to_pb(budget: &Budget, ballots: Vec<Ballot>, voter_ids: Vec<String>, dates: (String, String)) -> Option<PbFile> {
    let selection = budget.projects.as_ref()?;
    let ballots = ballots
        .into_iter()
        .map(|b| match b {
            Ballot::Points(ps) => Ballot::Points(ps.into_iter().filter(|&(_, n)| n > 0).collect()),
            other => other,
        })
        .collect();
    let election = selection.election(ballots);
    let mut meta: Vec<(String, String)> = selection.pabulib.iter().map(|(k, v)| (k.clone(), v.clone())).collect();
    let mut default = |key: &str, value: String| {
        if !meta.iter().any(|(k, _)| k == key) {
            meta.push((key.to_owned(), value));
        }
    };
    default("description", budget.title.en.clone());
    default("country", "Worldwide".to_owned());
    default("unit", budget.id.clone());
    default("instance", budget.id.clone());
    default("date_begin", dates.0);
    default("date_end", dates.1);
    meta.push(("currency".to_owned(), budget.currency.code().to_owned()));
    meta.push(("language".to_owned(), "en".to_owned()));
    let vote_type = match selection.ballot {
        BallotKind::Approval { max_projects, max_cost } => {
            meta.push(("min_length".to_owned(), "1".to_owned()));
            if let Some(k) = max_projects {
                meta.push(("max_length".to_owned(), k.to_string()));
            }
            if let Some(c) = max_cost {
                meta.push(("max_sum_cost".to_owned(), money(c)));
            }
            "approval"
        }
        BallotKind::Cumulative { points, max_per_project } => {
            meta.push(("max_sum_points".to_owned(), points.to_string()));
            if let Some(m) = max_per_project {
                meta.push(("max_points".to_owned(), m.to_string()));
            }
            "cumulative"
        }
        BallotKind::Ranking { .. } => "ordinal",
    };
    Some(PbFile {
        meta,
        election,
        vote_type: vote_type.to_owned(),
        voter_ids,
        warnings: Vec::new(),
        selected: None,
        project_extra: Columns::default(),
        vote_extra: Columns::default(),
    })
}

/// Why a Pabulib file cannot become a budget file.
#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    /// The file's currency is not one a budget may be kept in.
    #[error("the file's currency is {0:?}, and a budget is kept in USD, CAD, EUR or GBP: give --currency")]
    Currency(String),
    /// Ranked ballots: a budget asks residents to approve or to give points.
    #[error("the file's votes are rankings (ordinal), which a budget file does not ask for")]
    Ranking,
    /// Two project ids become the same budget id (`A-1` and `a_1` both `a-1`).
    #[error("projects {0} and {1} would have the same id in the budget file ({2})")]
    SameId(String, String, String),
    /// The budget written does not load (a project dearer than the amount, …).
    #[error("the budget file made from it does not load:\n{0}")]
    Invalid(BudgetErrors),
}

/// A budget id made of `raw`: lowercase, with every character other than a–z, 0–9, `-` and `_`
/// turned into `-`, at most 64 characters.
pub fn budget_id(raw: &str) -> String {
    let id: String = raw
        .chars()
        .map(|c| c.to_ascii_lowercase())
        .map(|c| if c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_' || c == '-' { c } else { '-' })
        .take(64)
        .collect();
    if id.is_empty() { "project".to_owned() } else { id }
}

/// The text of a budget file (`kind = "projects"`) holding `file`'s election: its amount, its
/// projects (titles, categories and districts in the file's one language, written as both the
/// English and the French text, to be translated), its ballot and its rule ([`rule_of`]: pbsim's
/// default, with a comment saying why, when pbsim does not run the file's), with the file's other
/// META kept in `[projects.pabulib]` for the export. The votes are not kept: residents vote again. The
/// text is checked by loading it, so what is returned is a budget that loads.
pub fn to_budget_toml(
    file: &PbFile,
    id: &str,
    currency: Option<Currency>,
    source_name: &str,
) -> Result<String, ImportError> {
    let meta = |key: &str| file.meta.iter().find(|(k, _)| k == key).map(|(_, v)| v.as_str());
    let currency = match currency {
        Some(c) => c,
        None => {
            let code = meta("currency").unwrap_or("");
            Currency::from_code(code).ok_or_else(|| ImportError::Currency(code.to_owned()))?
        }
    };
    let e = &file.election;
    let n = e.projects.len();
    let ballot = match e.kind {
        BallotKind::Approval { max_projects: Some(k), .. } => {
            format!("{{ type = \"at_most\", max_projects = {} }}", (k as usize).clamp(1, n.max(1)))
        }
        BallotKind::Approval { max_projects: None, max_cost: Some(_) } => "{ type = \"within_budget\" }".to_owned(),
        BallotKind::Approval { max_projects: None, max_cost: None } => {
            format!("{{ type = \"at_most\", max_projects = {} }}", n.max(1))
        }
        BallotKind::Cumulative { points, max_per_project } => {
            let points = points.max(1);
            match max_per_project.filter(|&m| m >= 1 && m <= points) {
                Some(m) => format!("{{ type = \"cumulative\", points = {points}, max_per_project = {m} }}"),
                None => format!("{{ type = \"cumulative\", points = {points} }}"),
            }
        }
        BallotKind::Ranking { .. } => return Err(ImportError::Ranking),
    };
    let quote = |s: &str| toml::Value::String(s.to_owned()).to_string();
    let both = |s: &str| format!("{{ en = {q}, fr = {q} }}", q = quote(s));
    let title = meta("description").or(meta("instance")).unwrap_or(id);
    let language = meta("language").unwrap_or("und");

    let mut out = String::new();
    let _ = writeln!(out, "# Made by `pbsim budget import-pb` from {source_name} (Pabulib).");
    let _ = writeln!(
        out,
        "# Its texts are in the file's language ({language}), written as both the English and the French"
    );
    let _ = writeln!(
        out,
        "# text: translate them before publishing. Money is in minor units (cents). The votes are not kept."
    );
    let _ = writeln!(out, "\nkind = \"projects\"\nid = {}\ncurrency = \"{}\"", quote(&budget_id(id)), currency.code());
    let _ = writeln!(out, "title = {}", both(title));
    let _ = writeln!(
        out,
        "\n[source]\nname = {}\nurl = \"https://pabulib.org\"",
        quote(&format!("Pabulib: {source_name}"))
    );
    let _ = writeln!(out, "\n[projects]\namount = {}\nballot = {ballot}", e.budget.0);
    match rule_of(file) {
        Ok(rule) => {
            let _ = writeln!(out, "rule = \"{}\"", rule.as_str());
        }
        Err(why) => {
            let _ = writeln!(out, "# {why}.\nrule = \"{}\"", RuleId::default().as_str());
        }
    }
    let mut seen: std::collections::BTreeMap<String, String> = std::collections::BTreeMap::new();
    for p in &e.projects {
        let pid = budget_id(&p.id);
        if let Some(other) = seen.insert(pid.clone(), p.id.clone()) {
            return Err(ImportError::SameId(other, p.id.clone(), pid));
        }
        let name = p.titles.values().next().map_or(p.id.as_str(), String::as_str);
        let _ =
            writeln!(out, "\n[[projects.project]]\nid = {}\ntitle = {}\ncost = {}", quote(&pid), both(name), p.cost.0);
        if !p.categories.is_empty() {
            let _ = writeln!(out, "category = {}", both(&p.categories.join(", ")));
        }
        if let Some(area) = &p.area {
            let _ = writeln!(out, "area = {}", both(area));
        }
    }
    let kept: Vec<&(String, String)> = file
        .meta
        .iter()
        .filter(|(k, v)| !COMPUTED_META.contains(&k.as_str()) && !v.is_empty())
        .filter(|(k, _)| !k.is_empty() && k.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_'))
        .collect();
    if !kept.is_empty() {
        let _ = writeln!(out, "\n[projects.pabulib]");
        for (k, v) in kept {
            let _ = writeln!(out, "{k} = {}", quote(v));
        }
    }
    Budget::from_toml(&out).map_err(ImportError::Invalid)?;
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::projects::pabulib;

    const TOULOUSE: &str = include_str!(
        "../../tests/data/pabulib/France_Toulouse_2022_4_-_Lapujade_Bonnefoy_Periole_Marengo_La_Colonne.pb"
    );

    /// Last year's election in, a budget file out, and with the same ballots back to a Pabulib
    /// file that holds the same election.
    #[test]
    fn a_pabulib_election_makes_a_budget_that_writes_the_same_election_back() {
        let file = pabulib::read(TOULOUSE).unwrap_or_else(|e| panic!("{e}"));
        let toml = to_budget_toml(&file, "Toulouse 4", None, "toulouse.pb").unwrap_or_else(|e| panic!("{e}"));
        let budget = Budget::from_toml(&toml).unwrap_or_else(|e| panic!("{e}\n{toml}"));
        assert_eq!(budget.id, "toulouse-4");
        let Some(selection) = &budget.projects else { panic!("not a budget of projects") };
        assert_eq!((selection.amount, &selection.ballot), (file.election.budget, &BallotKind::at_most(3)));
        assert_eq!(selection.pabulib.get("country").map(String::as_str), Some("France"));
        assert_eq!(selection.rule, RuleId::Greedy, "the file says rule;greedy");
        assert_eq!(selection.projects[0].title.fr, "Piste cyclable chemin Caillibens");

        let dates = ("03.10.2022".to_owned(), "31.10.2022".to_owned());
        let back = to_pb(&budget, file.election.ballots.clone(), file.voter_ids.clone(), dates)
            .unwrap_or_else(|| panic!("a budget of projects"));
        let text = pabulib::write(&back, None);
        let again = pabulib::read(&text).unwrap_or_else(|e| panic!("{e}\n{text}"));
        assert_eq!(again.election.ballots, file.election.ballots);
        assert_eq!(again.voter_ids, file.voter_ids);
        let costs = |f: &PbFile| f.election.projects.iter().map(|p| (p.id.clone(), p.cost)).collect::<Vec<_>>();
        assert_eq!(costs(&again), costs(&file));
        // The META the file had is kept, and what pbsim computes is written from the budget.
        let meta = |f: &PbFile, k: &str| f.meta.iter().find(|(key, _)| key == k).map(|(_, v)| v.clone());
        assert_eq!(meta(&again, "unit").as_deref(), Some("Toulouse"));
        assert_eq!(meta(&again, "max_length").as_deref(), Some("3"));
        assert_eq!(meta(&again, "currency").as_deref(), Some("EUR"));
    }

    /// The city's rule comes along when pbsim runs it; otherwise the budget keeps the default, and
    /// says why in a comment above its `rule`.
    #[test]
    fn the_files_rule_becomes_the_budgets_when_pbsim_runs_it() {
        let check = |meta_rule: Option<&str>, expected: RuleId, note: Option<&str>| {
            let mut file = pabulib::read(TOULOUSE).unwrap_or_else(|e| panic!("{e}"));
            file.meta.retain(|(k, _)| k != "rule");
            if let Some(value) = meta_rule {
                file.meta.push(("rule".to_owned(), value.to_owned()));
            }
            let toml = to_budget_toml(&file, "t", None, "t.pb").unwrap_or_else(|e| panic!("{e}"));
            let budget = Budget::from_toml(&toml).unwrap_or_else(|e| panic!("{e}\n{toml}"));
            let Some(selection) = &budget.projects else { panic!("not a budget of projects") };
            assert_eq!(selection.rule, expected, "{meta_rule:?}");
            assert_eq!(selection.pabulib.get("rule"), None, "the rule lives in [projects] rule only");
            assert_eq!(rule_of(&file).err().as_deref(), note, "{meta_rule:?}");
            if let Some(note) = note {
                assert!(toml.contains(&format!("# {note}.\nrule = \"mes_add1\"\n")), "{toml}");
            }
        };
        check(Some("greedy"), RuleId::Greedy, None);
        // Written by hand in `[projects.pabulib]`, it would say one rule and decide by another.
        let file = pabulib::read(TOULOUSE).unwrap_or_else(|e| panic!("{e}"));
        let toml = to_budget_toml(&file, "t", None, "t.pb").unwrap_or_else(|e| panic!("{e}"));
        let twice = toml.replace("[projects.pabulib]\n", "[projects.pabulib]\nrule = \"greedy\"\n");
        let errors = Budget::from_toml(&twice).err().map(|e| e.to_string()).unwrap_or_default();
        assert!(errors.contains("projects.pabulib.rule: is written from the budget itself"), "{errors}");
        check(Some("equalshares"), RuleId::Mes, None);
        check(Some("equalshares/add1"), RuleId::MesAdd1, None);
        check(
            Some("greedy-threshold"),
            RuleId::MesAdd1,
            Some(
                "the file's rule \"greedy-threshold\" is not one pbsim runs (greedy, equalshares, equalshares/add1): \
                 the budget's [projects] rule is the default, mes_add1; change it if the city decides otherwise",
            ),
        );
        check(
            None,
            RuleId::MesAdd1,
            Some(
                "the file names no rule: the budget's [projects] rule is the default, mes_add1; change it if the \
                 city decides otherwise",
            ),
        );
    }

    #[test]
    fn what_a_budget_file_cannot_hold_is_refused() {
        let mut file = pabulib::read(TOULOUSE).unwrap_or_else(|e| panic!("{e}"));
        file.meta.retain(|(k, _)| k != "currency");
        assert!(matches!(to_budget_toml(&file, "t", None, "t.pb"), Err(ImportError::Currency(c)) if c.is_empty()));
        assert!(to_budget_toml(&file, "t", Some(Currency::EUR), "t.pb").is_ok());
        file.election.kind = BallotKind::Ranking { max_projects: None };
        assert!(matches!(to_budget_toml(&file, "t", Some(Currency::EUR), "t.pb"), Err(ImportError::Ranking)));
        file.election.kind = BallotKind::at_most(3);
        file.election.projects[1].id = "1 04".into();
        file.election.projects[0].id = "1-04".into();
        assert!(
            matches!(to_budget_toml(&file, "t", Some(Currency::EUR), "t.pb"), Err(ImportError::SameId(..))),
            "\"1-04\" and \"1 04\" both become 1-04"
        );
        file.election.projects[0].id = "104".into();
        file.election.projects[0].cost = crate::Money(file.election.budget.0 + 1);
        assert!(matches!(to_budget_toml(&file, "t", Some(Currency::EUR), "t.pb"), Err(ImportError::Invalid(_))));
    }
}
