//! Reading officers' CSV files: allocations from any budget tool (for `pbsim aggregate`), and a
//! simple table of lines that becomes a budget file (`pbsim budget import-csv`).
//!
//! Every problem names the file's line number (the header is line 1) and the column, and all of
//! them are reported at once, up to [`MAX_PROBLEMS`].

use anyhow::{Context, bail};
use pbsim_core::Budget;
use pbsim_core::aggregate::Profile;
use std::fmt::Write as _;

/// The most problems listed before the rest are only counted.
pub const MAX_PROBLEMS: usize = 20;

/// Columns of a pbsim export that are not lines: `pbsim aggregate` reads a pbsim export too.
fn is_metadata(column: &str) -> bool {
    matches!(column, "submission" | "id" | "received_at" | "locale" | "comment")
        || column.starts_with("answer:")
        || column.starts_with("comment:")
}

/// Problems found so far, each as `line N, column "c": what`.
#[derive(Default)]
struct Problems(Vec<String>, usize);

impl Problems {
    fn add(&mut self, line: u64, column: &str, what: impl std::fmt::Display) {
        self.1 += 1;
        if self.0.len() < MAX_PROBLEMS {
            self.0.push(format!("line {line}, column \"{column}\": {what}"));
        }
    }

    fn check(self, name: &str) -> anyhow::Result<()> {
        if self.1 == 0 {
            return Ok(());
        }
        let mut message = format!("{name}: {} problem(s)", self.1);
        for p in &self.0 {
            let _ = write!(message, "\n  {p}");
        }
        if self.1 > self.0.len() {
            let _ = write!(message, "\n  … and {} more", self.1 - self.0.len());
        }
        bail!(message)
    }
}

fn reader(text: &str) -> csv::Reader<&[u8]> {
    csv::ReaderBuilder::new().trim(csv::Trim::All).from_reader(text.as_bytes())
}

/// Allocations from a CSV file: a header of line ids and one row per submission, amounts or
/// shares. Columns of a pbsim export that are not lines are skipped.
pub fn read_allocations(name: &str, text: &str) -> anyhow::Result<Profile> {
    let mut reader = reader(text);
    let header = reader.headers().with_context(|| format!("{name}: cannot read the header"))?.clone();
    let columns: Vec<(usize, String)> =
        header.iter().enumerate().filter(|(_, h)| !is_metadata(h)).map(|(i, h)| (i, h.to_owned())).collect();
    if columns.is_empty() {
        bail!("{name}: the header names no line (expected one column per line id)");
    }
    let mut seen = std::collections::BTreeSet::new();
    let mut problems = Problems::default();
    for (_, id) in &columns {
        if id.is_empty() {
            problems.add(1, id, "a column has no name");
        } else if !seen.insert(id.clone()) {
            problems.add(1, id, "this column appears twice");
        }
    }
    let mut values: Vec<Vec<f64>> = vec![Vec::new(); columns.len()];
    for record in reader.records() {
        let record = match record {
            Ok(r) => r,
            Err(e) => {
                let line = e.position().map_or(0, |p| p.line());
                problems.add(line, "", format!("not a valid CSV row ({e})"));
                continue;
            }
        };
        let line = record.position().map_or(0, |p| p.line());
        for (k, (i, id)) in columns.iter().enumerate() {
            let cell = record.get(*i).unwrap_or("");
            // No thousands separators: in "0,5" a comma may be a decimal point, and guessing
            // wrong would change the data silently. Such a cell is refused with its position.
            match cell.replace(['_', ' ', '$'], "").parse::<f64>() {
                Ok(v) if v.is_finite() && v >= 0.0 => values[k].push(v),
                Ok(v) if v < 0.0 => problems.add(line, id, format!("{cell} is negative")),
                _ if cell.is_empty() => problems.add(line, id, "the cell is empty"),
                _ => problems.add(line, id, format!("\"{cell}\" is not a number")),
            }
        }
    }
    problems.check(name)?;
    if values[0].is_empty() {
        bail!("{name}: there is no submission (only a header)");
    }
    Profile::from_columns(columns.into_iter().map(|(_, id)| id).collect(), values).with_context(|| name.to_owned())
}

/// An amount of money written for people (`1,234.56`, `$1234`, `1 234`) in minor units, exactly.
/// Commas are thousands separators only where they group three digits: `0,5` is refused rather
/// than read as 5 (it may be a decimal comma).
fn parse_money(cell: &str) -> Option<i64> {
    let trimmed: String = cell.chars().filter(|c| !matches!(c, '_' | ' ' | '$' | '€' | '£')).collect();
    let whole_part = trimmed.split('.').next().unwrap_or("").trim_start_matches('-');
    if whole_part.contains(',') {
        let groups: Vec<&str> = whole_part.split(',').collect();
        let grouped = (1..=3).contains(&groups[0].len()) && groups[1..].iter().all(|g| g.len() == 3);
        if !grouped {
            return None;
        }
    }
    let cleaned: String = trimmed.chars().filter(|c| *c != ',').collect();
    let (negative, digits) = match cleaned.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, cleaned.as_str()),
    };
    let (whole, cents) = digits.split_once('.').unwrap_or((digits, ""));
    if whole.is_empty()
        || !whole.bytes().all(|b| b.is_ascii_digit())
        || cents.len() > 2
        || !cents.bytes().all(|b| b.is_ascii_digit())
    {
        return None;
    }
    let whole: i64 = whole.parse().ok()?;
    let cents: i64 = if cents.is_empty() { 0 } else { format!("{cents:0<2}").parse().ok()? };
    let value = whole.checked_mul(100)?.checked_add(cents)?;
    Some(if negative { -value } else { value })
}

/// A lowercase id made of letters, digits and `-` from a name.
fn slug(name: &str) -> String {
    let mut out = String::new();
    for c in name.to_lowercase().chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c);
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    let out = out.trim_end_matches('-').to_owned();
    if out.is_empty() { "line".into() } else { out }
}

/// What the budget file says about itself.
#[derive(Clone, Debug)]
pub struct BudgetMeta {
    /// The budget id (`city-2027`).
    pub id: String,
    /// Its title.
    pub title: String,
    /// `USD`, `CAD`, `EUR` or `GBP`.
    pub currency: String,
    /// Where the figures come from.
    pub source: String,
}

struct ImportedLine {
    section: String,
    name: String,
    kind: String,
    baseline: i64,
    min: i64,
    max: i64,
    step: i64,
}

fn quoted(s: &str) -> String {
    toml::Value::String(s.to_owned()).to_string()
}

/// A budget file from a CSV of lines with the columns `section, line, baseline, min, max, step`
/// (amounts in the currency's units, such as dollars: `1,234.56`) and optionally `type`
/// (`spending` or `revenue`). Revenue the file does not list is added, fixed, so that the
/// published budget balances. The result passes the budget loader, or this fails naming why.
pub fn budget_from_csv(name: &str, text: &str, meta: &BudgetMeta) -> anyhow::Result<String> {
    let mut reader = reader(text);
    let header: Vec<String> = reader
        .headers()
        .with_context(|| format!("{name}: cannot read the header"))?
        .iter()
        .map(str::to_lowercase)
        .collect();
    let column = |wanted: &str| header.iter().position(|h| h == wanted);
    let required = ["section", "line", "baseline", "min", "max", "step"];
    let missing: Vec<&str> = required.iter().copied().filter(|c| column(c).is_none()).collect();
    if !missing.is_empty() {
        bail!(
            "{name}: line 1: the header lacks the column(s) {} (expected {})",
            missing.join(", "),
            required.join(", ")
        );
    }
    let at = |c: &str| column(c).unwrap_or(0);
    let kind_column = column("type");
    let mut problems = Problems::default();
    let mut lines = Vec::new();
    for record in reader.records() {
        let record = match record {
            Ok(r) => r,
            Err(e) => {
                problems.add(e.position().map_or(0, |p| p.line()), "", format!("not a valid CSV row ({e})"));
                continue;
            }
        };
        let n = record.position().map_or(0, |p| p.line());
        let text = |c: &str| record.get(at(c)).unwrap_or("").to_owned();
        let mut money = |c: &str| {
            let cell = text(c);
            let value = parse_money(&cell);
            if value.is_none() {
                problems.add(n, c, format!("\"{cell}\" is not an amount (write it like 1234.56)"));
            }
            value
        };
        let (baseline, min, max, step) = (money("baseline"), money("min"), money("max"), money("step"));
        let (section, line_name) = (text("section"), text("line"));
        if section.is_empty() {
            problems.add(n, "section", "the section is empty");
        }
        if line_name.is_empty() {
            problems.add(n, "line", "the line's name is empty");
        }
        let kind = kind_column.map_or("spending".to_owned(), |k| record.get(k).unwrap_or("").to_lowercase());
        let kind = if kind.is_empty() { "spending".to_owned() } else { kind };
        if kind != "spending" && kind != "revenue" {
            problems.add(n, "type", format!("\"{kind}\" is not spending or revenue"));
        }
        let (Some(baseline), Some(min), Some(max), Some(step)) = (baseline, min, max, step) else { continue };
        if step <= 0 {
            problems.add(n, "step", "the step must be more than zero");
        } else if min > baseline || baseline > max {
            problems.add(n, "baseline", "min <= baseline <= max does not hold");
        } else if (max - min) % step != 0 || (baseline - min) % step != 0 {
            problems.add(
                n,
                "step",
                "the step must divide both max − min and baseline − min, so the slider can reach them",
            );
        }
        if min < 0 {
            problems.add(n, "min", "amounts cannot be negative");
        }
        lines.push(ImportedLine { section, name: line_name, kind, baseline, min, max, step });
    }
    problems.check(name)?;
    if lines.is_empty() {
        bail!("{name}: there is no line (only a header)");
    }

    let (spending, revenue): (i64, i64) = lines
        .iter()
        .fold((0, 0), |(s, r), l| if l.kind == "revenue" { (s, r + l.baseline) } else { (s + l.baseline, r) });
    let mut out = String::new();
    let _ = writeln!(out, "# Imported from {name} by `pbsim budget import-csv`.");
    let _ = writeln!(out, "# The French texts repeat the English ones: translate them before publishing.");
    let _ = writeln!(out, "id = {}", quoted(&meta.id));
    let _ = writeln!(out, "currency = {}", quoted(&meta.currency));
    let _ = writeln!(out, "title = {{ en = {0}, fr = {0} }}", quoted(&meta.title));
    let _ = writeln!(out, "# Fixed amounts that make this year's budget balance.");
    let _ = writeln!(out, "other_revenue = {}", (spending - revenue).max(0));
    let _ = writeln!(out, "other_spending = {}", (revenue - spending).max(0));
    let _ = writeln!(out, "\n[source]\nname = {}", quoted(&meta.source));
    let _ = writeln!(out, "\n[balance]\nrule = \"balanced\"\ntolerance = 0");
    let mut sections: Vec<(String, Vec<&ImportedLine>)> = Vec::new();
    for line in &lines {
        match sections.iter_mut().find(|(s, _)| *s == line.section) {
            Some((_, members)) => members.push(line),
            None => sections.push((line.section.clone(), vec![line])),
        }
    }
    let mut used = std::collections::BTreeSet::new();
    let mut unique = |base: String| {
        let mut id = base.clone();
        let mut k = 2;
        while !used.insert(id.clone()) {
            id = format!("{base}-{k}");
            k += 1;
        }
        id
    };
    for (section, members) in &sections {
        let _ = writeln!(out, "\n[[sections]]\nid = {}", quoted(&unique(slug(section))));
        let _ = writeln!(out, "title = {{ en = {0}, fr = {0} }}", quoted(section));
        for l in members {
            let _ = writeln!(out, "\n[[sections.lines]]\nid = {}", quoted(&unique(slug(&l.name))));
            let _ = writeln!(out, "label = {{ en = {0}, fr = {0} }}", quoted(&l.name));
            let _ = writeln!(out, "type = {}", quoted(&l.kind));
            let _ = writeln!(out, "baseline = {}\nmin = {}\nmax = {}\nstep = {}", l.baseline, l.min, l.max, l.step);
        }
    }
    // The loader has the last word: a file this command writes always loads.
    Budget::from_toml(&out).map_err(|e| anyhow::anyhow!("{name}: the budget made from it is not valid:\n{e}"))?;
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn meta() -> BudgetMeta {
        BudgetMeta { id: "town-2027".into(), title: "Town 2027".into(), currency: "USD".into(), source: "Town".into() }
    }

    #[test]
    fn money_is_read_exactly() {
        assert_eq!(parse_money("1,234.56"), Some(123_456));
        assert_eq!(parse_money("$1234"), Some(123_400));
        assert_eq!(parse_money("0.5"), Some(50));
        assert_eq!(parse_money("-3"), Some(-300));
        assert_eq!(parse_money("1.234"), None);
        assert_eq!(parse_money("0,5"), None);
        assert_eq!(parse_money("12,34"), None);
        assert_eq!(parse_money("12,345,678"), Some(1_234_567_800));
        assert_eq!(parse_money("abc"), None);
        assert_eq!(parse_money(""), None);
    }

    #[test]
    fn a_csv_of_lines_becomes_a_budget_that_loads() {
        let csv = "section,line,baseline,min,max,step\n\
                   Safety,Police,\"1,000,000\",800000,1200000,50000\n\
                   Safety,Fire,500000,400000,600000,50000\n\
                   Culture,Libraries,250000.50,200000.50,300000.50,10000\n";
        let toml = budget_from_csv("lines.csv", csv, &meta()).expect("import");
        let budget = Budget::from_toml(&toml).expect("loads");
        assert_eq!(budget.id, "town-2027");
        assert_eq!(budget.sections.len(), 2);
        let police = budget.line("police").expect("police");
        assert_eq!((police.baseline, police.step), (100_000_000, 5_000_000));
        assert_eq!(budget.line("libraries").expect("libraries").baseline, 25_000_050);
        assert_eq!(budget.balance_problem(&budget.baseline_allocation()), None);
    }

    #[test]
    fn bad_rows_are_named_by_line_and_column() {
        let csv = "section,line,baseline,min,max,step\n\
                   Safety,Police,abc,800000,1200000,50000\n\
                   Safety,Fire,500000,600000,700000,50000\n\
                   Safety,Parks,500000,400000,600000,30000\n";
        let e = budget_from_csv("lines.csv", csv, &meta()).unwrap_err().to_string();
        assert!(e.contains("line 2, column \"baseline\": \"abc\" is not an amount"), "{e}");
        assert!(e.contains("line 3, column \"baseline\": min <= baseline <= max"), "{e}");
        assert!(e.contains("line 4, column \"step\""), "{e}");
        let e = budget_from_csv("x.csv", "section,line,baseline\n", &meta()).unwrap_err().to_string();
        assert!(e.contains("lacks the column(s) min, max, step"), "{e}");
    }

    #[test]
    fn allocations_are_read_and_export_columns_skipped() {
        let csv = "submission,received_at,police,fire,answer:ward,comment\n\
                   a,2026-01-01,60,40,north,\"=1+1\"\n\
                   b,2026-01-02,0.2,0.8,,\n";
        let profile = read_allocations("x.csv", csv).expect("read");
        assert_eq!(profile.ids(), ["police", "fire"]);
        assert_eq!(profile.row(1), vec![0.2, 0.8]);
        let e = read_allocations("x.csv", "a,b\n\"0,5\",1\n").unwrap_err().to_string();
        assert!(e.contains("line 2, column \"a\": \"0,5\" is not a number"), "{e}");
        let e = read_allocations("x.csv", "a,b\n1,x\n-2,3\n1\n").unwrap_err().to_string();
        assert!(e.contains("line 2, column \"b\": \"x\" is not a number"), "{e}");
        assert!(e.contains("line 3, column \"a\": -2 is negative"), "{e}");
        assert!(e.contains("line 4"), "{e}");
    }
}
