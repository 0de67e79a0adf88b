//! The Pabulib `.pb` format: read an election with its votes, write one back.
//!
//! A `.pb` file (pabulib.org/format) is three `;`-separated sections, each a marker line and a
//! header line: `META` (key;value pairs: budget, vote_type, rule, …), `PROJECTS` (project_id;cost;
//! and optional columns: name, category, votes, score, selected, …) and `VOTES` (voter_id;vote;
//! and for cumulative ballots points;, then optional columns: age, sex, …). [`read`] checks all of
//! it and reports every problem with its line, as the budget loader does; [`write`] writes a file
//! that pabulib-checker accepts (fields in its order, votes and scores recomputed from the ballots,
//! `selected` from an outcome). Text in, text out: no I/O.

use super::{Ballot, BallotKind, Election, Outcome, Project};
use crate::money::Money;
use std::collections::{BTreeMap, HashMap};
use std::fmt;

/// A Pabulib file: the election and whatever else the file says, so it can be written back.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PbFile {
    /// The META section, in file order (budget and vote_type included, as written).
    pub meta: Vec<(String, String)>,
    /// The election the file describes.
    pub election: Election,
    /// The Pabulib vote type: `approval`, `choose-1`, `cumulative` or `ordinal`.
    pub vote_type: String,
    /// Each voter's id, in the order of `election.ballots`.
    pub voter_ids: Vec<String>,
    /// What was read but is odd, with its line (an approval given twice, counted once).
    pub warnings: Vec<PbError>,
    /// The `selected` column as the file has it, if it has one (0 not selected, 1 selected; 2 and
    /// 3 are Pabulib's marks for special cases, kept as they are).
    pub selected: Option<Vec<String>>,
    /// Project columns the election does not hold (description, latitude, …), by project.
    pub project_extra: Columns,
    /// Vote columns other than voter_id, vote and points (age, sex, …), by voter.
    pub vote_extra: Columns,
}

/// Extra columns of a section: their names and, per row, their values.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Columns {
    /// Column names, in file order.
    pub names: Vec<String>,
    /// Per row, one value per name.
    pub rows: Vec<Vec<String>>,
}

/// One problem in a `.pb` file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PbError {
    /// 1-based line in the file; 0 when the problem is with the file as a whole.
    pub line: usize,
    /// What is wrong, in a sentence.
    pub message: String,
}

impl fmt::Display for PbError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.line == 0 { f.write_str(&self.message) } else { write!(f, "line {}: {}", self.line, self.message) }
    }
}

/// Every problem found in a `.pb` file.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub struct PbErrors(pub Vec<PbError>);

/// How many problems [`PbErrors`] prints before saying how many more there are.
const SHOWN: usize = 50;

impl fmt::Display for PbErrors {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let n = self.0.len();
        writeln!(f, "{n} problem{} in the Pabulib file:", if n == 1 { "" } else { "s" })?;
        for e in self.0.iter().take(SHOWN) {
            writeln!(f, "  {e}")?;
        }
        if n > SHOWN {
            writeln!(f, "  … and {} more", n - SHOWN)?;
        }
        Ok(())
    }
}

/// Project columns the election holds; any other column is kept in [`PbFile::project_extra`].
/// `votes` and `score` are recomputed from the ballots when writing.
const PROJECT_OWN: [&str; 8] = ["project_id", "cost", "votes", "score", "name", "category", "district", "selected"];

/// The order pabulib-checker expects for META keys (its `META_FIELDS_ORDER`); unknown keys follow.
const META_ORDER: [&str; 45] = [
    "description",
    "country",
    "unit",
    "district",
    "subunit",
    "instance",
    "num_projects",
    "num_votes",
    "budget",
    "vote_type",
    "rule",
    "date_begin",
    "date_end",
    "min_length",
    "max_length",
    "min_sum_cost",
    "max_sum_cost",
    "min_points",
    "max_points",
    "min_sum_points",
    "max_sum_points",
    "default_score",
    "min_project_cost",
    "max_project_cost",
    "min_project_score_threshold",
    "neighborhoods",
    "subdistricts",
    "categories",
    "edition",
    "language",
    "currency",
    "fully_funded",
    "experimental",
    "comment",
    "acknowledgments",
    "leftover_budget",
    "budget_per_category",
    "budget_per_neighborhood",
    "min_length_per_category",
    "max_length_per_category",
    "min_sum_cost_per_category",
    "max_sum_cost_per_category",
    // Not in the checker's list, but written by pbsim only when the source had them.
    "key",
    "value",
    "",
];

/// The order pabulib-checker expects for PROJECTS columns (its `PROJECTS_FIELDS_ORDER`).
const PROJECT_ORDER: [&str; 16] = [
    "project_id",
    "cost",
    "votes",
    "score",
    "name",
    "category",
    "beneficiaries",
    "selected",
    "neighborhood",
    "subunit",
    "district",
    "description",
    "proposer",
    "public_id",
    "latitude",
    "longitude",
];

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Section {
    Meta,
    Projects,
    Votes,
}

impl Section {
    fn name(self) -> &'static str {
        match self {
            Section::Meta => "META",
            Section::Projects => "PROJECTS",
            Section::Votes => "VOTES",
        }
    }
}

/// Splits one line into fields: `;`-separated, with `"` quoting (`""` is a quote) as CSV has it.
fn fields(line: &str) -> Result<Vec<String>, String> {
    let mut out = Vec::new();
    let mut field = String::new();
    let mut chars = line.chars().peekable();
    let mut quoted = false;
    let mut at_start = true;
    while let Some(c) = chars.next() {
        if quoted {
            if c == '"' {
                if chars.peek() == Some(&'"') {
                    chars.next();
                    field.push('"');
                } else {
                    quoted = false;
                }
            } else {
                field.push(c);
            }
        } else if c == '"' && at_start {
            quoted = true;
            at_start = false;
        } else if c == ';' {
            out.push(std::mem::take(&mut field));
            at_start = true;
        } else {
            field.push(c);
            at_start = false;
        }
    }
    if quoted {
        return Err("a quoted field is not closed on this line".to_owned());
    }
    out.push(field);
    Ok(out)
}

/// A number of points or projects: a whole number, `2.0` allowed (some files write integers so).
fn whole(value: &str) -> Option<u64> {
    let v = value.trim();
    let v = v.strip_suffix(".0").unwrap_or(v);
    if v.is_empty() || !v.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    v.parse().ok()
}

/// An amount in the file's currency: digits, with up to two decimals after `.` (or `,`, which
/// pabutools also reads).
fn amount(value: &str) -> Option<Money> {
    Money::from_major_str(&value.trim().replace(',', "."))
}

/// Reads a `.pb` file. Every problem is reported, each with its line.
pub fn read(text: &str) -> Result<PbFile, PbErrors> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut errors: Vec<PbError> = Vec::new();
    macro_rules! err {
        ($line:expr, $message:expr) => {
            errors.push(PbError { line: $line, message: $message })
        };
    }

    let mut section: Option<Section> = None;
    let mut skipping = false;
    let mut seen: Vec<Section> = Vec::new();
    let mut header: Option<Vec<String>> = None;
    let mut meta: Vec<(String, String)> = Vec::new();
    let mut meta_lines: HashMap<String, usize> = HashMap::new();
    // Rows as read, with their line numbers, checked once all sections are in.
    let mut project_rows: Vec<(usize, Vec<String>)> = Vec::new();
    let mut vote_rows: Vec<(usize, Vec<String>)> = Vec::new();
    let mut project_header: Vec<String> = Vec::new();
    let mut vote_header: Vec<String> = Vec::new();

    for (i, raw) in text.split('\n').enumerate() {
        let line = i + 1;
        let raw = raw.strip_suffix('\r').unwrap_or(raw);
        if raw.trim().is_empty() {
            continue;
        }
        let row = match fields(raw) {
            Ok(row) => row,
            Err(e) => {
                err!(line, e);
                continue;
            }
        };
        let marker = match row[0].trim().to_ascii_lowercase().as_str() {
            "meta" => Some(Section::Meta),
            "projects" => Some(Section::Projects),
            "votes" => Some(Section::Votes),
            _ => None,
        };
        if let Some(next) = marker
            && row.iter().skip(1).all(|f| f.trim().is_empty())
        {
            let expected = [Section::Meta, Section::Projects, Section::Votes][seen.len().min(2)];
            if seen.contains(&next) {
                err!(line, format!("a second {} section; each section comes once", next.name()));
            } else if next != expected {
                err!(
                    line,
                    format!(
                        "section {} where {} was expected (the order is META, PROJECTS, VOTES)",
                        next.name(),
                        expected.name()
                    )
                );
            }
            // The rows of a section that comes twice are not read: they were reported once.
            skipping = seen.contains(&next);
            if !skipping {
                seen.push(next);
            }
            section = Some(next);
            header = None;
            continue;
        }
        if skipping {
            continue;
        }
        let Some(current) = section else {
            err!(line, "text before the META section; a Pabulib file starts with a line `META`".to_owned());
            // One such error is enough: everything until the first marker is in the wrong place.
            section = Some(Section::Meta);
            header = Some(Vec::new());
            continue;
        };
        let Some(columns) = &header else {
            let names: Vec<String> = row.iter().map(|f| f.trim().to_owned()).collect();
            let required: &[&str] = match current {
                Section::Meta => &["key", "value"],
                Section::Projects => &["project_id", "cost"],
                Section::Votes => &["voter_id", "vote"],
            };
            for (k, r) in required.iter().enumerate() {
                let at = names.iter().position(|n| n == r);
                let ok = if current == Section::Meta { at.is_some() } else { at == Some(k) };
                if !ok {
                    err!(
                        line,
                        format!(
                            "the {} header must start with {}; it is `{}`",
                            current.name(),
                            required.join(";"),
                            raw.trim()
                        )
                    );
                    // Rows under a header we cannot read would only repeat the problem.
                    skipping = true;
                    break;
                }
            }
            for (k, n) in names.iter().enumerate() {
                if names[..k].contains(n) {
                    err!(line, format!("column `{n}` appears twice in the {} header", current.name()));
                }
            }
            match current {
                Section::Projects => project_header = names.clone(),
                Section::Votes => vote_header = names.clone(),
                Section::Meta => {}
            }
            header = Some(names);
            continue;
        };
        match current {
            Section::Meta => {
                if columns.is_empty() {
                    continue;
                }
                if row.len() < 2 {
                    err!(line, format!("a META line is key;value; this one has no value: `{}`", raw.trim()));
                    continue;
                }
                let key = row[0].trim().to_owned();
                let value = row[1].trim().to_owned();
                if let Some(first) = meta_lines.get(&key) {
                    err!(line, format!("META key `{key}` appears twice (first on line {first})"));
                    continue;
                }
                meta_lines.insert(key.clone(), line);
                meta.push((key, value));
            }
            Section::Projects | Section::Votes => {
                if row.len() != columns.len() {
                    err!(
                        line,
                        format!("{} fields where the {} header has {}", row.len(), current.name(), columns.len())
                    );
                    continue;
                }
                let row: Vec<String> = row.iter().map(|f| f.trim().to_owned()).collect();
                if current == Section::Projects { project_rows.push((line, row)) } else { vote_rows.push((line, row)) }
            }
        }
    }
    for s in [Section::Meta, Section::Projects, Section::Votes] {
        if !seen.contains(&s) {
            err!(0, format!("the file has no {} section", s.name()));
        }
    }

    // META: what the rules need.
    let get = |key: &str| meta.iter().find(|(k, _)| k == key).map(|(_, v)| v.as_str());
    let line_of = |key: &str| meta_lines.get(key).copied().unwrap_or(0);
    let budget = match get("budget") {
        None => {
            err!(0, "META has no `budget`".to_owned());
            Money::ZERO
        }
        Some(v) => amount(v).unwrap_or_else(|| {
            err!(line_of("budget"), format!("budget `{v}` is not an amount (digits, with at most two decimals)"));
            Money::ZERO
        }),
    };
    let vote_type = get("vote_type").unwrap_or_default().to_owned();
    let mut number = |key: &str| -> Option<u64> {
        let v = get(key)?;
        let n = whole(v);
        if n.is_none() {
            errors.push(PbError { line: line_of(key), message: format!("{key} `{v}` is not a whole number") });
        }
        n
    };
    let max_length = number("max_length").map(|n| u32::try_from(n).unwrap_or(u32::MAX));
    let max_sum_points = number("max_sum_points");
    let max_points = number("max_points");
    let max_sum_cost = get("max_sum_cost").and_then(|v| {
        let a = amount(v);
        if a.is_none() {
            err!(line_of("max_sum_cost"), format!("max_sum_cost `{v}` is not an amount"));
        }
        a
    });
    let kind = match vote_type.as_str() {
        "approval" => Some(BallotKind::Approval { max_projects: max_length, max_cost: max_sum_cost }),
        "choose-1" => Some(BallotKind::Approval { max_projects: Some(1), max_cost: None }),
        // Points are filled in below when the file does not say how many a voter has.
        "cumulative" => {
            Some(BallotKind::Cumulative { points: max_sum_points.unwrap_or(0), max_per_project: max_points })
        }
        "ordinal" => Some(BallotKind::Ranking { max_projects: max_length }),
        "" => {
            err!(0, "META has no `vote_type`".to_owned());
            None
        }
        other => {
            err!(
                line_of("vote_type"),
                format!("vote_type `{other}` is not one pbsim reads (approval, choose-1, cumulative, ordinal)")
            );
            None
        }
    };

    // PROJECTS.
    let language = get("language").unwrap_or("und").to_owned();
    let col = |header: &[String], name: &str| header.iter().position(|h| h == name);
    let (name_col, category_col, district_col, selected_col) = (
        col(&project_header, "name"),
        col(&project_header, "category"),
        col(&project_header, "district"),
        col(&project_header, "selected"),
    );
    let extra_cols: Vec<usize> =
        (0..project_header.len()).filter(|&k| !PROJECT_OWN.contains(&project_header[k].as_str())).collect();
    let mut projects: Vec<Project> = Vec::new();
    let mut index: HashMap<String, usize> = HashMap::new();
    let mut project_extra =
        Columns { names: extra_cols.iter().map(|&k| project_header[k].clone()).collect(), rows: Vec::new() };
    let mut selected: Vec<String> = Vec::new();
    let present = |v: &str| !v.is_empty() && !v.eq_ignore_ascii_case("none");
    for (line, row) in project_rows.iter().filter(|(_, row)| row.len() == project_header.len()) {
        let id = row[0].clone();
        if id.is_empty() {
            err!(*line, "a project without a project_id".to_owned());
            continue;
        }
        if id.contains(',') {
            err!(*line, format!("project_id `{id}` has a comma, which would split it in votes"));
            continue;
        }
        if index.contains_key(&id) {
            err!(*line, format!("project {id} is listed twice"));
            continue;
        }
        let cost = amount(&row[1]).unwrap_or_else(|| {
            // The project stays listed (the file fails anyway), so votes for it are not reported too.
            err!(
                *line,
                format!("project {id}: cost `{}` is not an amount (digits, with at most two decimals)", row[1])
            );
            Money::ZERO
        });
        let mut titles = BTreeMap::new();
        if let Some(c) = name_col
            && present(&row[c])
        {
            titles.insert(language.clone(), row[c].clone());
        }
        let categories = category_col
            .filter(|&c| present(&row[c]))
            .map(|c| row[c].split(',').map(|s| s.trim().to_owned()).filter(|s| !s.is_empty()).collect())
            .unwrap_or_default();
        let area = district_col.filter(|&c| present(&row[c])).map(|c| row[c].clone());
        index.insert(id.clone(), projects.len());
        projects.push(Project { id, cost, titles, categories, area });
        project_extra.rows.push(extra_cols.iter().map(|&k| row[k].clone()).collect());
        if let Some(c) = selected_col {
            selected.push(row[c].clone());
        }
    }

    // VOTES.
    let points_col = col(&vote_header, "points");
    let vote_extra_cols: Vec<usize> = (2..vote_header.len()).filter(|&k| vote_header[k] != "points").collect();
    let mut vote_extra =
        Columns { names: vote_extra_cols.iter().map(|&k| vote_header[k].clone()).collect(), rows: Vec::new() };
    if vote_type == "cumulative" && points_col.is_none() && !vote_header.is_empty() {
        err!(0, "cumulative votes need a `points` column in VOTES".to_owned());
    }
    let mut ballots: Vec<Ballot> = Vec::new();
    let mut voter_ids: Vec<String> = Vec::new();
    let mut voter_lines: HashMap<String, usize> = HashMap::new();
    let mut most_points = 0u64;
    let approval = matches!(vote_type.as_str(), "approval" | "choose-1");
    let mut warnings: Vec<PbError> = Vec::new();
    for (line, row) in vote_rows.iter().filter(|(_, row)| row.len() == vote_header.len()) {
        let voter = row[0].clone();
        if let Some(first) = voter_lines.get(&voter) {
            err!(*line, format!("voter {voter} votes twice (first on line {first})"));
            continue;
        }
        let names: Vec<&str> = if row[1].is_empty() { Vec::new() } else { row[1].split(',').map(str::trim).collect() };
        let mut chosen: Vec<usize> = Vec::new();
        let mut ok = true;
        for name in &names {
            match index.get(*name) {
                None => {
                    err!(*line, format!("voter {voter} votes for project `{name}`, which is not in PROJECTS"));
                    ok = false;
                }
                // An approval given twice is still one approval (pabutools reads a set), and real
                // files have such votes; twice in points or a ranking has no single meaning.
                Some(&p) if chosen.contains(&p) && approval => warnings.push(PbError {
                    line: *line,
                    message: format!("voter {voter} names project {name} twice; counted once"),
                }),
                Some(&p) if chosen.contains(&p) => {
                    err!(*line, format!("voter {voter} names project {name} twice"));
                    ok = false;
                }
                Some(&p) => chosen.push(p),
            }
        }
        let ballot = match vote_type.as_str() {
            "cumulative" => {
                let raw = points_col.map(|c| row[c].as_str()).unwrap_or_default();
                let given: Vec<&str> =
                    if raw.is_empty() { Vec::new() } else { raw.split(',').map(str::trim).collect() };
                if given.len() != names.len() {
                    err!(
                        *line,
                        format!("voter {voter} names {} projects but gives {} points values", names.len(), given.len())
                    );
                    ok = false;
                }
                let mut points = Vec::new();
                for g in &given {
                    match whole(g) {
                        Some(n) => points.push(n),
                        None => {
                            err!(
                                *line,
                                format!("voter {voter}: points `{g}` is not a whole number of points (0 or more)")
                            );
                            ok = false;
                        }
                    }
                }
                most_points = most_points.max(points.iter().sum());
                Ballot::Points(chosen.iter().copied().zip(points).collect())
            }
            "ordinal" => Ballot::Ranking(chosen),
            _ => Ballot::Approval(chosen),
        };
        if ok {
            voter_lines.insert(voter.clone(), *line);
            voter_ids.push(voter);
            ballots.push(ballot);
            vote_extra.rows.push(vote_extra_cols.iter().map(|&k| row[k].clone()).collect());
        }
    }

    if !errors.is_empty() {
        return Err(PbErrors(errors));
    }
    let kind = match kind {
        Some(BallotKind::Cumulative { points: 0, max_per_project }) => {
            BallotKind::Cumulative { points: most_points, max_per_project }
        }
        Some(kind) => kind,
        None => return Err(PbErrors(vec![PbError { line: 0, message: "no vote_type".to_owned() }])),
    };
    let has_selected = selected_col.is_some();
    Ok(PbFile {
        meta,
        election: Election { budget, projects, kind, ballots },
        vote_type,
        voter_ids,
        warnings,
        selected: has_selected.then_some(selected),
        project_extra,
        vote_extra,
    })
}

/// The name Pabulib gives a rule's outcome in META `rule`, and a comment when it has none.
fn rule_name(outcome: &Outcome) -> (&'static str, Option<&'static str>) {
    use super::{Completion, Rule};
    match outcome.rule {
        Rule::Greedy => ("greedy", None),
        Rule::EqualShares { completion: Completion::None } => ("equalshares", None),
        // Pabulib's `equalshares/add1` is Add1 without the greedy completion (pabulib-checker
        // recomputes it so), so the completed rule is described in a comment instead.
        Rule::EqualShares { completion: Completion::Add1 } => (
            "unknown",
            Some("#1: selected by pbsim: Method of Equal Shares (cost satisfaction), Add1, then greedy completion"),
        ),
    }
}

/// A PROJECTS column: a project's value by its index.
type Cell<'a> = Box<dyn Fn(usize) -> String + 'a>;

/// Quotes a field if it holds a `;`, a quote or a line break.
fn field(value: &str) -> String {
    if value.contains([';', '"', '\n', '\r']) {
        format!("\"{}\"", value.replace('"', "\"\""))
    } else {
        value.to_owned()
    }
}

pub(super) fn money(m: Money) -> String {
    let c = m.cents();
    if c % 100 == 0 { (c / 100).to_string() } else { format!("{}.{:02}", c / 100, c % 100) }
}

/// Writes `file` as Pabulib text. With an `outcome`, its winners are the `selected` column and its
/// rule is META `rule`; without one, the file's own `selected` column and rule are kept.
pub fn write(file: &PbFile, outcome: Option<&Outcome>) -> String {
    let e = &file.election;
    let mut out = String::new();
    let line = |out: &mut String, fields: &[String]| {
        let row: Vec<String> = fields.iter().map(|f| field(f)).collect();
        out.push_str(&row.join(";"));
        out.push('\n');
    };

    // META, with the counts and amounts the election holds and the checker's key order.
    let mut meta: Vec<(String, String)> = file.meta.clone();
    let mut set = |key: &str, value: String| match meta.iter_mut().find(|(k, _)| k == key) {
        Some(slot) => slot.1 = value,
        None => meta.push((key.to_owned(), value)),
    };
    set("num_projects", e.projects.len().to_string());
    set("num_votes", e.ballots.len().to_string());
    set("budget", money(e.budget));
    set("vote_type", file.vote_type.clone());
    if let Some(outcome) = outcome {
        let (rule, comment) = rule_name(outcome);
        set("rule", rule.to_owned());
        if let Some(comment) = comment {
            set("comment", comment.to_owned());
        }
        // A threshold on scores is part of the city's rule, not of the one applied here.
        meta.retain(|(k, _)| k != "min_project_score_threshold");
    }
    let position = |k: &str| META_ORDER.iter().position(|o| *o == k).unwrap_or(META_ORDER.len());
    meta.sort_by_key(|(k, _)| position(k));
    out.push_str("META\nkey;value\n");
    for (k, v) in &meta {
        line(&mut out, &[k.clone(), v.clone()]);
    }

    // PROJECTS: the election's columns, recomputed votes and score, then the rest in the
    // checker's order (unknown columns last, as read).
    let supporters = e.supporters();
    let scores = e.scores();
    let with_score = matches!(e.kind, BallotKind::Cumulative { .. } | BallotKind::Ranking { .. });
    let has_titles = e.projects.iter().any(|p| !p.titles.is_empty());
    let has_categories = e.projects.iter().any(|p| !p.categories.is_empty());
    let has_area = e.projects.iter().any(|p| p.area.is_some());
    let selected: Option<Vec<String>> = match outcome {
        Some(o) => {
            let mut s = vec!["0".to_owned(); e.projects.len()];
            for w in &o.winners {
                if let Some(slot) = s.get_mut(w.index) {
                    *slot = "1".to_owned();
                }
            }
            Some(s)
        }
        None => file.selected.clone(),
    };
    let mut columns: Vec<(String, Cell<'_>)> = vec![
        ("project_id".to_owned(), Box::new(|p| e.projects[p].id.clone())),
        ("cost".to_owned(), Box::new(|p| money(e.projects[p].cost))),
        ("votes".to_owned(), Box::new(|p| supporters[p].to_string())),
    ];
    if with_score {
        columns.push(("score".to_owned(), Box::new(|p| scores[p].to_string())));
    }
    // pabulib-checker needs a name for every selected project: one without a title is written
    // with its id as its name.
    if has_titles || selected.is_some() {
        columns.push((
            "name".to_owned(),
            Box::new(|p| e.projects[p].titles.values().next().cloned().unwrap_or_else(|| e.projects[p].id.clone())),
        ));
    }
    if has_categories {
        columns.push(("category".to_owned(), Box::new(|p| e.projects[p].categories.join(","))));
    }
    if let Some(selected) = &selected {
        columns.push(("selected".to_owned(), Box::new(move |p| selected.get(p).cloned().unwrap_or_default())));
    }
    if has_area {
        columns.push(("district".to_owned(), Box::new(|p| e.projects[p].area.clone().unwrap_or_default())));
    }
    for (k, name) in file.project_extra.names.iter().enumerate() {
        columns.push((
            name.clone(),
            Box::new(move |p| file.project_extra.rows.get(p).and_then(|r| r.get(k)).cloned().unwrap_or_default()),
        ));
    }
    let position = |k: &str| PROJECT_ORDER.iter().position(|o| *o == k).unwrap_or(PROJECT_ORDER.len());
    columns.sort_by_key(|(name, _)| position(name));
    // With an outcome, rows go most votes (or points) first, ties by id: pabulib-checker verifies
    // a greedy `selected` by sorting rows by votes and keeping file order for ties, so this order
    // makes its tie-breaking pbsim's. Without one, the file's order is kept.
    let mut order: Vec<usize> = (0..e.projects.len()).collect();
    if outcome.is_some() {
        let key = |p: usize| if with_score { scores[p] } else { supporters[p] };
        order.sort_by(|&a, &b| key(b).cmp(&key(a)).then_with(|| e.projects[a].id.cmp(&e.projects[b].id)));
    }
    out.push_str("PROJECTS\n");
    line(&mut out, &columns.iter().map(|(n, _)| n.clone()).collect::<Vec<_>>());
    for p in order {
        line(&mut out, &columns.iter().map(|(_, f)| f(p)).collect::<Vec<_>>());
    }

    // VOTES.
    let points = matches!(e.kind, BallotKind::Cumulative { .. });
    let mut header = vec!["voter_id".to_owned(), "vote".to_owned()];
    if points {
        header.push("points".to_owned());
    }
    header.extend(file.vote_extra.names.iter().cloned());
    out.push_str("VOTES\n");
    line(&mut out, &header);
    for (v, ballot) in e.ballots.iter().enumerate() {
        let id = |p: &usize| e.projects.get(*p).map(|p| p.id.clone()).unwrap_or_default();
        let mut row = vec![file.voter_ids.get(v).cloned().unwrap_or_else(|| (v + 1).to_string())];
        match ballot {
            Ballot::Approval(ps) | Ballot::Ranking(ps) => row.push(ps.iter().map(id).collect::<Vec<_>>().join(",")),
            Ballot::Points(ps) => {
                row.push(ps.iter().map(|(p, _)| id(p)).collect::<Vec<_>>().join(","));
                row.push(ps.iter().map(|(_, n)| n.to_string()).collect::<Vec<_>>().join(","));
            }
        }
        if let Some(extra) = file.vote_extra.rows.get(v) {
            row.extend(extra.iter().cloned());
        }
        line(&mut out, &row);
    }
    out
}
