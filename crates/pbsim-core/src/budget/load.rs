//! Reading a budget file (TOML) into a checked [`Budget`], reporting every problem at once.
//!
//! The file is first read into a loose shape where nearly every field is optional and tables carry
//! their position in the file; the checks then walk that shape and collect one [`BudgetError`] per
//! problem, each with the path of the field and, where the file says it, its line number. Only when
//! no check failed is the [`Budget`] built, so a `Budget` value is always a valid one.
//!
//! Syntax and type errors (a string where a number belongs, an unknown field) stop the parser, so
//! they come one at a time, with the line the parser reports.

use super::{
    Balance, BalanceRule, Budget, Consequence, Household, Line, LineKind, MAX_AMOUNT, MAX_LINES, Question,
    QuestionKind, QuestionOption, RATE_UNITS_PER_PERCENT, Renters, Section, Source, SubmissionRules, Threshold,
};
use crate::locale::{Currency, Locale, Text};
use crate::money::Money;
use serde::Deserialize;
use std::collections::{BTreeMap, BTreeSet};
use std::fmt;
use toml::Spanned;

mod consultation;
mod projects;
mod theme;

pub use projects::{MAX_POINTS, MAX_PROJECTS};

/// One problem in a budget file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BudgetError {
    /// 1-based line in the file, where known.
    pub line: Option<usize>,
    /// Path of the field: `sections[0].lines[2].min`.
    pub path: String,
    /// What is wrong, in a sentence.
    pub message: String,
}

impl fmt::Display for BudgetError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (self.line, self.path.is_empty()) {
            (Some(line), false) => write!(f, "line {line}: {}: {}", self.path, self.message),
            (Some(line), true) => write!(f, "line {line}: {}", self.message),
            (None, false) => write!(f, "{}: {}", self.path, self.message),
            (None, true) => f.write_str(&self.message),
        }
    }
}

/// Every problem found in a budget file.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub struct BudgetErrors(pub Vec<BudgetError>);

impl fmt::Display for BudgetErrors {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let n = self.0.len();
        writeln!(f, "{n} problem{} in the budget file:", if n == 1 { "" } else { "s" })?;
        for e in &self.0 {
            writeln!(f, "  {e}")?;
        }
        Ok(())
    }
}

type FileText = BTreeMap<String, String>;
type Num = Option<Spanned<i64>>;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FileBudget {
    kind: Option<Spanned<String>>,
    projects: Option<Spanned<projects::FileProjects>>,
    id: Option<Spanned<String>>,
    title: Option<Spanned<FileText>>,
    intro: Option<Spanned<FileText>>,
    currency: Option<Spanned<String>>,
    source: Option<Spanned<FileSource>>,
    other_revenue: Num,
    other_spending: Num,
    balance: Option<Spanned<FileBalance>>,
    household: Option<Spanned<FileHousehold>>,
    #[serde(default)]
    sections: Vec<Spanned<FileSection>>,
    #[serde(default)]
    questions: Vec<Spanned<FileQuestion>>,
    embed: Option<Spanned<theme::FileEmbed>>,
    theme: Option<Spanned<theme::FileTheme>>,
    #[serde(default)]
    submissions: FileSubmissions,
    consultation: Option<Spanned<consultation::FileConsultation>>,
    results: Option<Spanned<consultation::FileResults>>,
}

#[derive(Default, Deserialize)]
#[serde(deny_unknown_fields, default)]
struct FileSubmissions {
    require_invite: bool,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FileSource {
    name: Option<String>,
    url: Option<String>,
    note: Option<FileText>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FileBalance {
    rule: Option<String>,
    tolerance: Num,
    max_deficit: Num,
    #[serde(default)]
    must_change: bool,
    #[serde(default)]
    helper_moves_rates: bool,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FileHousehold {
    assessed_value: Num,
    renters: Option<Spanned<FileRenters>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FileRenters {
    pass_through_percent: Num,
    pass_through_source: Option<String>,
    value_per_monthly_rent: Num,
    value_source: Option<FileText>,
}

/// The largest home value per unit of monthly rent a file may state (a home worth 10,000 months of
/// its rent, over 800 years): beyond it the figure is a typo.
const MAX_VALUE_PER_MONTHLY_RENT: i64 = 10_000;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FileSection {
    id: Option<String>,
    title: Option<FileText>,
    description: Option<FileText>,
    #[serde(default)]
    lines: Vec<Spanned<FileLine>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FileLine {
    id: Option<String>,
    label: Option<FileText>,
    description: Option<FileText>,
    #[serde(rename = "type")]
    kind: Option<String>,
    tax_base: Num,
    baseline: Num,
    min: Num,
    max: Num,
    step: Num,
    #[serde(default)]
    consequences: Vec<Spanned<FileConsequence>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FileConsequence {
    at_or_below: Option<i64>,
    at_or_above: Option<i64>,
    text: Option<FileText>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FileQuestion {
    id: Option<String>,
    label: Option<FileText>,
    #[serde(rename = "type")]
    kind: Option<String>,
    max_chars: Option<usize>,
    #[serde(default)]
    options: Vec<Spanned<FileOption>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FileOption {
    id: Option<String>,
    label: Option<FileText>,
    population_share: Option<f64>,
}

/// Collects problems while walking the file, turning byte offsets into line numbers.
struct Checker<'a> {
    source: &'a str,
    errors: Vec<BudgetError>,
}

impl Checker<'_> {
    fn line_of(&self, offset: usize) -> usize {
        let end = offset.min(self.source.len());
        self.source.as_bytes()[..end].iter().filter(|b| **b == b'\n').count() + 1
    }

    fn error(&mut self, offset: Option<usize>, path: impl Into<String>, message: impl Into<String>) {
        let line = offset.map(|o| self.line_of(o));
        self.errors.push(BudgetError { line, path: path.into(), message: message.into() });
    }

    /// A text in every locale. `required`: whether an absent text is a problem.
    fn text(&mut self, at: usize, path: &str, text: Option<&FileText>, required: bool) -> Text {
        let Some(text) = text else {
            if required {
                self.error(Some(at), path, "is missing (give it in English and French: `{ en = \"…\", fr = \"…\" }`)");
            }
            return Text::default();
        };
        for key in text.keys() {
            if Locale::from_tag(key).is_none_or(|l| l.tag() != key) {
                self.error(
                    Some(at),
                    format!("{path}.{key}"),
                    format!("\"{key}\" is not a supported language (en, fr)"),
                );
            }
        }
        let mut get = |locale: Locale| -> String {
            match text.get(locale.tag()) {
                Some(s) if !s.trim().is_empty() => s.clone(),
                _ => {
                    let name = match locale {
                        Locale::En => "English",
                        Locale::Fr => "French",
                    };
                    self.error(Some(at), format!("{path}.{}", locale.tag()), format!("missing {name} translation"));
                    String::new()
                }
            }
        };
        Text { en: get(Locale::En), fr: get(Locale::Fr) }
    }

    fn id(&mut self, at: usize, path: &str, id: Option<&String>, seen: &mut BTreeSet<String>, what: &str) -> String {
        let Some(id) = id else {
            self.error(Some(at), format!("{path}.id"), format!("the {what} has no id"));
            return String::new();
        };
        if !well_formed_id(id) {
            self.error(
                Some(at),
                format!("{path}.id"),
                format!("{what} id \"{id}\" must be 1 to 64 lowercase letters, digits, '-' or '_'"),
            );
        }
        if !seen.insert(id.clone()) {
            self.error(Some(at), format!("{path}.id"), format!("duplicate {what} id \"{id}\""));
        }
        id.clone()
    }

    /// A money amount (or rate) within the budget-wide bounds.
    fn amount(&mut self, at: usize, path: &str, value: &Num, required: bool) -> Option<i64> {
        match value {
            None => {
                if required {
                    self.error(Some(at), path, "is missing");
                }
                None
            }
            Some(v) => {
                let n = *v.get_ref();
                if !(-MAX_AMOUNT..=MAX_AMOUNT).contains(&n) {
                    self.error(
                        Some(v.span().start),
                        path,
                        format!("{n} is beyond the largest amount allowed ({MAX_AMOUNT})"),
                    );
                    None
                } else {
                    Some(n)
                }
            }
        }
    }
}

impl Budget {
    /// Reads a budget from the text of a TOML budget file, checking every rule and reporting every
    /// problem found (see `budgets/README.md` for the format).
    pub fn from_toml(source: &str) -> Result<Budget, BudgetErrors> {
        let file: FileBudget = toml::from_str(source).map_err(|e| {
            let line = e
                .span()
                .map(|s| source.as_bytes()[..s.start.min(source.len())].iter().filter(|b| **b == b'\n').count() + 1);
            BudgetErrors(vec![BudgetError { line, path: String::new(), message: e.message().trim().to_owned() }])
        })?;
        let mut c = Checker { source, errors: Vec::new() };
        let budget = check_budget(&mut c, file);
        if c.errors.is_empty() { Ok(budget) } else { Err(BudgetErrors(c.errors)) }
    }
}

fn check_budget(c: &mut Checker<'_>, file: FileBudget) -> Budget {
    let mut ids = BTreeSet::new();
    let id = match &file.id {
        Some(id) => c.id(id.span().start, "", Some(id.get_ref()), &mut ids, "budget"),
        None => {
            c.error(None, "id", "the budget has no id");
            String::new()
        }
    };
    let title = c.text(span_start(&file.title), "title", file.title.as_ref().map(Spanned::get_ref), true);
    let intro = c.text(span_start(&file.intro), "intro", file.intro.as_ref().map(Spanned::get_ref), false);
    let currency = match &file.currency {
        None => Currency::default(),
        Some(code) => Currency::from_code(code.get_ref()).unwrap_or_else(|| {
            let codes: Vec<&str> = Currency::ALL.iter().map(|c| c.code()).collect();
            let (last, rest) = codes.split_last().unwrap_or((&"", &[]));
            c.error(
                Some(code.span().start),
                "currency",
                format!("unknown currency \"{}\" ({} or {last})", code.get_ref(), rest.join(", ")),
            );
            Currency::default()
        }),
    };
    let source = check_source(c, file.source.as_ref());
    let other_revenue = Money(c.amount(0, "other_revenue", &file.other_revenue, false).unwrap_or(0));
    let other_spending = Money(c.amount(0, "other_spending", &file.other_spending, false).unwrap_or(0));
    if other_revenue.0 < 0 || other_spending.0 < 0 {
        c.error(None, "other_revenue", "other revenue and other spending cannot be negative");
    }
    let balance = check_balance(c, file.balance.as_ref());
    let household = file.household.as_ref().and_then(|h| {
        let at = h.span().start;
        let value = c.amount(at, "household.assessed_value", &h.get_ref().assessed_value, true)?;
        if value <= 0 {
            c.error(Some(at), "household.assessed_value", "the assessed value must be positive");
        }
        let renters = h.get_ref().renters.as_ref().and_then(|r| check_renters(c, r));
        Some(Household { assessed_value: Money(value), renters })
    });

    let projects = check_kind(c, &file);
    let of_projects = file.kind.as_ref().is_some_and(|k| k.get_ref() == "projects");
    if file.sections.is_empty() && !of_projects {
        c.error(None, "sections", "the budget has no sections: add at least one [[sections]] with [[sections.lines]]");
    }
    let mut section_ids = BTreeSet::new();
    let mut line_ids = BTreeSet::new();
    let sections: Vec<Section> = file
        .sections
        .iter()
        .enumerate()
        .map(|(i, s)| check_section(c, i, s, &mut section_ids, &mut line_ids))
        .collect();
    let line_count: usize = sections.iter().map(|s| s.lines.len()).sum();
    if line_count > MAX_LINES {
        c.error(None, "sections", format!("{line_count} lines is more than the {MAX_LINES} a budget may have"));
    }
    let has_tax = sections.iter().flat_map(|s| &s.lines).any(|l| matches!(l.kind, LineKind::TaxRate { .. }));
    if has_tax && household.is_none() {
        c.error(
            None,
            "household",
            "a budget with a tax-rate line needs [household] assessed_value, for the household impact",
        );
    }
    let renters_at = file.household.as_ref().and_then(|h| h.get_ref().renters.as_ref()).map(|r| r.span().start);
    if let (false, Some(at)) = (has_tax, renters_at) {
        c.error(
            Some(at),
            "household.renters",
            "has nothing to work on: the renters' estimate follows a tax-rate line, and the budget has none",
        );
    }

    let mut question_ids = BTreeSet::new();
    let questions =
        file.questions.iter().enumerate().map(|(i, q)| check_question(c, i, q, &mut question_ids)).collect();
    if c.errors.is_empty() {
        check_balance_reachable(c, &balance, other_revenue, other_spending, &sections, span_start(&file.balance));
    }
    let embed = theme::check_embed(c, file.embed.as_ref());
    let theme = theme::check_theme(c, file.theme.as_ref());
    let consultation = consultation::check_consultation(c, file.consultation.as_ref());
    let results = consultation::check_results(c, file.results.as_ref());

    Budget {
        id,
        title,
        intro,
        currency,
        source,
        other_revenue,
        other_spending,
        balance,
        household,
        sections,
        projects,
        questions,
        embed,
        theme,
        submissions: SubmissionRules { require_invite: file.submissions.require_invite },
        consultation,
        results,
    }
}

/// The budget's kind: lines (`kind = "lines"`, the default) or projects (`kind = "projects"`, with
/// a `[projects]` table and none of a budget of lines' tables). Returns the projects when the budget
/// is of projects, whether or not they are valid (their problems are reported).
fn check_kind(c: &mut Checker<'_>, file: &FileBudget) -> Option<crate::projects::ProjectSelection> {
    let projects_kind = match &file.kind {
        None => false,
        Some(k) if k.get_ref() == "lines" => false,
        Some(k) if k.get_ref() == "projects" => true,
        Some(k) => {
            c.error(
                Some(k.span().start),
                "kind",
                format!("unknown budget kind \"{}\" (lines or projects)", k.get_ref()),
            );
            return None;
        }
    };
    if !projects_kind {
        if let Some(p) = &file.projects {
            c.error(
                Some(p.span().start),
                "projects",
                "only a budget of projects has [projects]: add kind = \"projects\" at the top of the file",
            );
        }
        return None;
    }
    let Some(projects) = &file.projects else {
        c.error(
            file.kind.as_ref().map(|k| k.span().start),
            "projects",
            "a budget of projects needs a [projects] table: amount, ballot and [[projects.project]] entries",
        );
        return None;
    };
    // A budget has either lines or projects: the tables of a budget of lines would be ignored.
    let lines_tables = [
        ("sections", file.sections.first().map(|s| s.span().start)),
        ("balance", file.balance.as_ref().map(|b| b.span().start)),
        ("household", file.household.as_ref().map(|h| h.span().start)),
        ("other_revenue", file.other_revenue.as_ref().map(|v| v.span().start)),
        ("other_spending", file.other_spending.as_ref().map(|v| v.span().start)),
    ];
    for (name, at) in lines_tables {
        if let Some(at) = at {
            c.error(Some(at), name, format!("a budget of projects has no {name}: it belongs to a budget of lines"));
        }
    }
    Some(projects::check_projects(c, projects))
}

fn span_start<T>(value: &Option<Spanned<T>>) -> usize {
    value.as_ref().map_or(0, |v| v.span().start)
}

fn check_source(c: &mut Checker<'_>, source: Option<&Spanned<FileSource>>) -> Source {
    let Some(source) = source else {
        c.error(None, "source", "the budget does not say where its figures come from: add [source] name = \"…\"");
        return Source { name: String::new(), url: None, note: Text::default() };
    };
    let at = source.span().start;
    let s = source.get_ref();
    let name = s.name.clone().unwrap_or_default();
    if name.trim().is_empty() {
        c.error(Some(at), "source.name", "is missing: name the publication the figures come from");
    }
    let note = c.text(at, "source.note", s.note.as_ref(), false);
    Source { name, url: s.url.clone(), note }
}

/// `[household.renters]`: both figures present, in range, and each with its source.
fn check_renters(c: &mut Checker<'_>, renters: &Spanned<FileRenters>) -> Option<Renters> {
    let at = renters.span().start;
    let r = renters.get_ref();
    let mut ok = true;
    let mut figure =
        |c: &mut Checker<'_>, name: &str, value: &Num, range: std::ops::RangeInclusive<i64>, what: &str| {
            let path = format!("household.renters.{name}");
            match value {
                None => {
                    c.error(Some(at), path, format!("is missing: {what}"));
                    ok = false;
                    0
                }
                Some(v) if !range.contains(v.get_ref()) => {
                    let (lo, hi) = (range.start(), range.end());
                    c.error(Some(v.span().start), path, format!("{} is outside {lo} to {hi}: {what}", v.get_ref()));
                    ok = false;
                    0
                }
                Some(v) => *v.get_ref(),
            }
        };
    let pass_through_percent = figure(
        c,
        "pass_through_percent",
        &r.pass_through_percent,
        0..=100,
        "the percentage of a property-tax change that reaches a rent (0 to 100 %)",
    );
    let value_per_monthly_rent = figure(
        c,
        "value_per_monthly_rent",
        &r.value_per_monthly_rent,
        1..=MAX_VALUE_PER_MONTHLY_RENT,
        "a home's assessed value per unit of its monthly rent",
    );
    let mut source = |c: &mut Checker<'_>, name: &str, text: &Option<String>, what: &str| match text {
        Some(t) if !t.trim().is_empty() => t.clone(),
        _ => {
            c.error(Some(at), format!("household.renters.{name}"), format!("is missing: {what}"));
            ok = false;
            String::new()
        }
    };
    let pass_through_source =
        source(c, "pass_through_source", &r.pass_through_source, "name the study the pass-through comes from");
    let errors_before = c.errors.len();
    let value_source = c.text(at, "household.renters.value_source", r.value_source.as_ref(), false);
    if r.value_source.is_none() {
        c.error(
            Some(at),
            "household.renters.value_source",
            "is missing: say where the value per monthly rent comes from, or that it is the city's own assumption, in English and French",
        );
    }
    ok &= c.errors.len() == errors_before;
    ok.then_some(Renters { pass_through_percent, pass_through_source, value_per_monthly_rent, value_source })
}

fn check_balance(c: &mut Checker<'_>, balance: Option<&Spanned<FileBalance>>) -> Balance {
    let Some(balance) = balance else {
        return Balance {
            rule: BalanceRule::Balanced { tolerance: Money::ZERO },
            must_change: false,
            helper_moves_rates: false,
        };
    };
    let at = balance.span().start;
    let b = balance.get_ref();
    let non_negative = |c: &mut Checker<'_>, name: &str, value: &Num| {
        let v = c.amount(at, &format!("balance.{name}"), value, false).unwrap_or(0);
        if v < 0 {
            c.error(Some(at), format!("balance.{name}"), "cannot be negative");
        }
        Money(v.max(0))
    };
    let rule = match b.rule.as_deref() {
        None | Some("balanced") => BalanceRule::Balanced { tolerance: non_negative(c, "tolerance", &b.tolerance) },
        Some("deficit_allowed") => {
            BalanceRule::DeficitAllowed { max_deficit: non_negative(c, "max_deficit", &b.max_deficit) }
        }
        Some("surplus_allowed") => BalanceRule::SurplusAllowed,
        Some(other) => {
            c.error(
                Some(at),
                "balance.rule",
                format!("unknown rule \"{other}\" (balanced, deficit_allowed or surplus_allowed)"),
            );
            BalanceRule::SurplusAllowed
        }
    };
    Balance { rule, must_change: b.must_change, helper_moves_rates: b.helper_moves_rates }
}

fn check_section(
    c: &mut Checker<'_>,
    index: usize,
    section: &Spanned<FileSection>,
    section_ids: &mut BTreeSet<String>,
    line_ids: &mut BTreeSet<String>,
) -> Section {
    let at = section.span().start;
    let s = section.get_ref();
    let path = format!("sections[{index}]");
    let id = c.id(at, &path, s.id.as_ref(), section_ids, "section");
    let title = c.text(at, &format!("{path}.title"), s.title.as_ref(), true);
    let description = c.text(at, &format!("{path}.description"), s.description.as_ref(), false);
    if s.lines.is_empty() {
        c.error(Some(at), format!("{path}.lines"), format!("section \"{id}\" has no lines"));
    }
    let lines = s
        .lines
        .iter()
        .enumerate()
        .filter_map(|(j, l)| check_line(c, &format!("{path}.lines[{j}]"), l, line_ids))
        .collect();
    Section { id, title, description, lines }
}

fn check_line(c: &mut Checker<'_>, path: &str, line: &Spanned<FileLine>, ids: &mut BTreeSet<String>) -> Option<Line> {
    let at = line.span().start;
    let l = line.get_ref();
    let id = c.id(at, path, l.id.as_ref(), ids, "line");
    let label = c.text(at, &format!("{path}.label"), l.label.as_ref(), true);
    let description = c.text(at, &format!("{path}.description"), l.description.as_ref(), false);
    let kind = check_line_kind(c, at, path, l);
    let baseline = c.amount(at, &format!("{path}.baseline"), &l.baseline, true);
    let min = c.amount(at, &format!("{path}.min"), &l.min, true);
    let max = c.amount(at, &format!("{path}.max"), &l.max, true);
    let step = c.amount(at, &format!("{path}.step"), &l.step, true);
    let range = LineRange { at, path, id: &id, kind, baseline, min, max, step };
    // Checked whatever the type, so every problem of the line is reported at once.
    let range_ok = check_line_range(c, l, &range);
    let ok = kind.is_some() && range_ok;
    let consequences = check_consequences(c, l, &range);
    match (ok, kind, baseline, min, max, step) {
        (true, Some(kind), Some(baseline), Some(min), Some(max), Some(step)) => {
            Some(Line { id, label, description, kind, baseline, min, max, step, consequences })
        }
        _ => None,
    }
}

/// A line's type, with the tax base a tax rate needs (and only a tax rate has).
fn check_line_kind(c: &mut Checker<'_>, at: usize, path: &str, l: &FileLine) -> Option<LineKind> {
    let kind = match l.kind.as_deref() {
        None | Some("spending") => Some(LineKind::Spending),
        Some("revenue") => Some(LineKind::Revenue),
        Some("tax_rate") => {
            let base = c.amount(at, &format!("{path}.tax_base"), &l.tax_base, true);
            match base {
                Some(b) if b > 0 => Some(LineKind::TaxRate { tax_base: Money(b) }),
                Some(_) => {
                    c.error(Some(at), format!("{path}.tax_base"), "the tax base must be positive");
                    None
                }
                None => None,
            }
        }
        Some(other) => {
            c.error(
                Some(at),
                format!("{path}.type"),
                format!("unknown line type \"{other}\" (spending, revenue or tax_rate)"),
            );
            None
        }
    };
    if l.tax_base.is_some() && !matches!(kind, Some(LineKind::TaxRate { .. }) | None) {
        c.error(Some(at), format!("{path}.tax_base"), "only a line of type \"tax_rate\" has a tax base");
    }
    kind
}

/// What a line's range is checked with: its place in the file and its amounts as read (`None`
/// where an amount was missing or unreadable, already reported).
struct LineRange<'a> {
    at: usize,
    path: &'a str,
    id: &'a str,
    kind: Option<LineKind>,
    baseline: Option<i64>,
    min: Option<i64>,
    max: Option<i64>,
    step: Option<i64>,
}

/// Checks that `min ≤ baseline ≤ max`, that the step divides the range and the baseline lies on
/// it, and that a tax rate stays within 100 %. True when the range is usable.
fn check_line_range(c: &mut Checker<'_>, l: &FileLine, r: &LineRange<'_>) -> bool {
    let (path, id) = (r.path, r.id);
    let pos = |n: &Num| n.as_ref().map_or(r.at, |v| v.span().start);
    let (Some(min), Some(max)) = (r.min, r.max) else { return false };
    let mut ok = true;
    if min > max {
        c.error(
            Some(pos(&l.min)),
            format!("{path}.min"),
            format!("line \"{id}\": min ({min}) is greater than max ({max})"),
        );
        ok = false;
    }
    if min < 0 {
        c.error(Some(pos(&l.min)), format!("{path}.min"), format!("line \"{id}\": min ({min}) cannot be negative"));
        ok = false;
    }
    if let Some(LineKind::TaxRate { .. }) = r.kind
        && max > 100 * RATE_UNITS_PER_PERCENT
    {
        c.error(
            Some(pos(&l.max)),
            format!("{path}.max"),
            format!("line \"{id}\": a tax rate above 100% ({max} micro-percent) is not possible"),
        );
        ok = false;
    }
    if let Some(baseline) = r.baseline
        && !(min..=max).contains(&baseline)
    {
        c.error(
            Some(pos(&l.baseline)),
            format!("{path}.baseline"),
            format!("line \"{id}\": baseline ({baseline}) is outside [min, max] = [{min}, {max}]"),
        );
        ok = false;
    }
    match r.step {
        Some(step) if step <= 0 => {
            c.error(
                Some(pos(&l.step)),
                format!("{path}.step"),
                format!("line \"{id}\": step ({step}) must be positive"),
            );
            ok = false;
        }
        Some(step) => {
            if min <= max && (max - min) % step != 0 {
                c.error(
                    Some(pos(&l.step)),
                    format!("{path}.step"),
                    format!("line \"{id}\": step ({step}) does not divide the range max - min ({})", max - min),
                );
                ok = false;
            }
            if let Some(baseline) = r.baseline
                && (min..=max).contains(&baseline)
                && (baseline - min) % step != 0
            {
                c.error(
                    Some(pos(&l.baseline)),
                    format!("{path}.baseline"),
                    format!("line \"{id}\": baseline ({baseline}) is not min plus a whole number of steps ({step})"),
                );
                ok = false;
            }
        }
        None => ok = false,
    }
    ok
}

/// A line's consequences, each with exactly one threshold that the slider can reach.
fn check_consequences(c: &mut Checker<'_>, l: &FileLine, r: &LineRange<'_>) -> Vec<Consequence> {
    let (path, id) = (r.path, r.id);
    l.consequences
        .iter()
        .enumerate()
        .filter_map(|(k, cq)| {
            let cat = cq.span().start;
            let cpath = format!("{path}.consequences[{k}]");
            let f = cq.get_ref();
            let text = c.text(cat, &format!("{cpath}.text"), f.text.as_ref(), true);
            let when = match (f.at_or_below, f.at_or_above) {
                (Some(t), None) => Threshold::AtOrBelow(t),
                (None, Some(t)) => Threshold::AtOrAbove(t),
                _ => {
                    c.error(Some(cat), cpath, "give exactly one of at_or_below or at_or_above");
                    return None;
                }
            };
            // A threshold the slider cannot reach is a typo (a missing digit, cents for dollars):
            // its sentence would never be shown, and nobody would notice.
            if let (Some(min), Some(max)) = (r.min, r.max) {
                let (key, t, unreachable) = match when {
                    Threshold::AtOrBelow(t) => ("at_or_below", t, t < min),
                    Threshold::AtOrAbove(t) => ("at_or_above", t, t > max),
                };
                if unreachable {
                    c.error(
                        Some(cat),
                        format!("{cpath}.{key}"),
                        format!(
                            "line \"{id}\": {key} ({t}) is outside [min, max] = [{min}, {max}], so it never applies"
                        ),
                    );
                }
            }
            Some(Consequence { when, text })
        })
        .collect()
}

/// The largest `max_chars` of a text question. The server sizes its body limit from the longest
/// valid submission, so an unbounded value here would let one budget file lift that limit for
/// every route (or overflow it); a comment is 2,000 characters, an answer may be as long as five.
pub const MAX_TEXT_ANSWER_CHARS: usize = 10_000;

fn check_question(
    c: &mut Checker<'_>,
    index: usize,
    question: &Spanned<FileQuestion>,
    ids: &mut BTreeSet<String>,
) -> Question {
    let at = question.span().start;
    let q = question.get_ref();
    let path = format!("questions[{index}]");
    let id = c.id(at, &path, q.id.as_ref(), ids, "question");
    let label = c.text(at, &format!("{path}.label"), q.label.as_ref(), true);
    let kind = match q.kind.as_deref() {
        Some("text") => {
            let max_chars = q.max_chars.unwrap_or(500);
            if !(1..=MAX_TEXT_ANSWER_CHARS).contains(&max_chars) {
                c.error(
                    Some(at),
                    format!("{path}.max_chars"),
                    format!("max_chars is {max_chars}: a text answer may hold 1 to {MAX_TEXT_ANSWER_CHARS} characters"),
                );
            }
            QuestionKind::Text { max_chars: max_chars.clamp(1, MAX_TEXT_ANSWER_CHARS) }
        }
        None | Some("choice") => {
            if q.options.is_empty() {
                c.error(Some(at), format!("{path}.options"), format!("choice question \"{id}\" has no options"));
            }
            let mut option_ids = BTreeSet::new();
            let options: Vec<QuestionOption> = q
                .options
                .iter()
                .enumerate()
                .map(|(k, o)| {
                    let oat = o.span().start;
                    let opath = format!("{path}.options[{k}]");
                    let f = o.get_ref();
                    let id = c.id(oat, &opath, f.id.as_ref(), &mut option_ids, "option");
                    let label = c.text(oat, &format!("{opath}.label"), f.label.as_ref(), true);
                    if let Some(share) = f.population_share
                        && !(0.0..=1.0).contains(&share)
                    {
                        c.error(
                            Some(oat),
                            format!("{opath}.population_share"),
                            format!("{share} is not a share between 0 and 1"),
                        );
                    }
                    QuestionOption { id, label, population_share: f.population_share }
                })
                .collect();
            let with_share = options.iter().filter(|o| o.population_share.is_some()).count();
            if with_share > 0 && with_share < options.len() {
                c.error(
                    Some(at),
                    format!("{path}.options"),
                    "give population_share for every option of the question, or for none",
                );
            } else if with_share > 0 {
                let total: f64 = options.iter().filter_map(|o| o.population_share).sum();
                if (total - 1.0).abs() > 1e-6 {
                    c.error(Some(at), format!("{path}.options"), format!("population shares sum to {total}, not 1"));
                }
            }
            QuestionKind::Choice { options }
        }
        Some(other) => {
            c.error(Some(at), format!("{path}.type"), format!("unknown question type \"{other}\" (choice or text)"));
            QuestionKind::Text { max_chars: 0 }
        }
    };
    Question { id, label, kind }
}

/// A budget no resident can balance is a broken file, not a hard budget: the helper ("Balance it
/// for me") and the residents would look for an answer that does not exist. Two ways it happens:
/// the lines' ranges cannot reach the rule's window (every line at its limit still leaves a
/// deficit), or, for an exact rule on money lines, their steps cannot land in the window (steps of
/// $10 around a balance that is $5 off). Checked only once the lines themselves are valid.
fn check_balance_reachable(
    c: &mut Checker<'_>,
    balance: &Balance,
    other_revenue: Money,
    other_spending: Money,
    sections: &[Section],
    at: usize,
) {
    let lines = || sections.iter().flat_map(|s| &s.lines);
    let (mut lowest, mut highest) = (i128::from(other_revenue.0 - other_spending.0), 0);
    highest += lowest;
    let mut baseline = lowest;
    for l in lines() {
        let (at_min, at_max) = (i128::from(l.money(l.min).0), i128::from(l.money(l.max).0));
        let sign = if l.is_revenue() { 1 } else { -1 };
        lowest += (sign * at_min).min(sign * at_max);
        highest += (sign * at_min).max(sign * at_max);
        baseline += sign * i128::from(l.money(l.baseline).0);
    }
    let (low, high) = match balance.rule {
        BalanceRule::Balanced { tolerance } => (-i128::from(tolerance.0), i128::from(tolerance.0)),
        BalanceRule::DeficitAllowed { max_deficit } => (-i128::from(max_deficit.0), i128::MAX),
        BalanceRule::SurplusAllowed => (0, i128::MAX),
    };
    let line = (at > 0).then_some(at);
    if highest < low || lowest > high {
        let (what, by) = if highest < low { ("deficit", low - highest) } else { ("surplus", lowest - high) };
        c.error(
            line,
            "balance",
            format!("no budget can meet the balance rule: with every line at its limit, a {what} of {by} remains"),
        );
        return;
    }
    // Money lines move the balance by whole steps; with no tax rate, every reachable balance is the
    // baseline's plus a multiple of the steps' greatest common divisor.
    if high != i128::MAX && lines().all(|l| !matches!(l.kind, LineKind::TaxRate { .. })) {
        let step = lines().fold(0i128, |g, l| gcd(g, i128::from(l.step)));
        if step > 1 {
            let first = low + (baseline - low).rem_euclid(step);
            if first > high {
                c.error(
                    line,
                    "balance",
                    format!(
                        "no budget can meet the balance rule: the lines move in steps of {step}, which cannot \
                         bring the balance ({baseline} at baseline) to within {high} of zero"
                    ),
                );
            }
        }
    }
}

fn gcd(a: i128, b: i128) -> i128 {
    if b == 0 { a.abs() } else { gcd(b, a % b) }
}

/// Whether `id` may name a budget, a section, a line or a question: 1 to 64 lowercase ASCII
/// letters, digits, `-` or `_`. A budget's id goes into URLs and, on PostgreSQL, where `COPY`
/// takes no parameters, into SQL as a literal: nothing else is ever accepted.
pub fn well_formed_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= 64
        && id.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'_')
}
