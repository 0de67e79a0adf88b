//! Submissions as a table officers can open: CSV, XLSX (Excel, LibreOffice) or JSON.
//!
//! One row per submission: its id, when it arrived, the resident's language, the value of every line
//! (in the budget file's unit: minor units of money, micro-percent for rates), every answer, and
//! every comment. Residents wrote the answers and comments, so in CSV every text cell is quoted
//! (a spreadsheet that splits on `;`, as French locales do, must not cut a comment such as
//! `ok;=HYPERLINK(…)` into a second cell), and any that a spreadsheet would run as a formula
//! (starting, after any spaces, with `=`, `+`, `-`, `@`, or with a tab, carriage return or line
//! feed) is prefixed with `'` (OWASP's advice against CSV injection). XLSX cells are written as
//! strings, which spreadsheets never evaluate, so they keep the resident's exact text. No export
//! holds an invite code, not even hashed.

use crate::store::StoredSubmission;
use anyhow::Context;
use pbsim_core::Budget;
use pbsim_core::projects::pabulib;
use pbsim_core::projects::{ProjectSelection, ballot_of, outcomes, select, to_pb};
use pbsim_core::wire::{ProjectChoice, ProjectsOutcome};
use std::borrow::Cow;
use std::io::Write;

/// A cell of the table.
#[derive(Clone, Debug, PartialEq)]
pub enum Cell {
    /// A number (a line's value).
    Number(i64),
    /// Text: an id, a time, an answer, a comment.
    Text(String),
}

/// The export table: a header and one row per submission.
#[derive(Clone, Debug, PartialEq)]
pub struct Table {
    /// Column names: `submission`, `received_at`, `locale`, the line ids, `answer:<question>`,
    /// `comment:<section>`, `comment`.
    pub header: Vec<String>,
    /// One row per submission, as long as the header.
    pub rows: Vec<Vec<Cell>>,
}

/// The file formats, named the same on the command line (`--format csv`) and in a download's
/// path (`/export/csv`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Format {
    /// Comma-separated values, UTF-8.
    Csv,
    /// An Excel workbook.
    Xlsx,
    /// JSON: every submission as it was received (a budget of projects adds every rule's outcome).
    Json,
    /// Pabulib (`.pb`): a budget of projects' election with its votes, the `selected` column by
    /// the budget's rule. Only for a budget of projects.
    Pb,
}

impl Format {
    /// The file extension.
    pub fn extension(self) -> &'static str {
        match self {
            Format::Csv => "csv",
            Format::Xlsx => "xlsx",
            Format::Json => "json",
            Format::Pb => "pb",
        }
    }

    /// The media type for a download.
    pub fn content_type(self) -> &'static str {
        match self {
            Format::Csv => "text/csv; charset=utf-8",
            Format::Xlsx => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            Format::Json => "application/json",
            Format::Pb => "text/plain; charset=utf-8",
        }
    }
}

/// The table of `submissions` to `budget`.
pub fn table(budget: &Budget, submissions: &[StoredSubmission]) -> Table {
    let header = header(budget);
    let rows = submissions.iter().map(|s| row(budget, s)).collect();
    Table { header, rows }
}

/// The table's header for `budget`.
fn header(budget: &Budget) -> Vec<String> {
    let mut header: Vec<String> = vec!["submission".into(), "received_at".into(), "locale".into()];
    header.extend(budget.lines().map(|l| l.id.clone()));
    header.extend(budget.projects.iter().flat_map(|p| &p.projects).map(|p| format!("project:{}", p.id)));
    header.extend(budget.questions.iter().map(|q| format!("answer:{}", q.id)));
    header.extend(budget.sections.iter().map(|s| format!("comment:{}", s.id)));
    header.push("comment".into());
    header
}

/// The table's row for one submission.
fn row(budget: &Budget, s: &StoredSubmission) -> Vec<Cell> {
    let r = &s.request;
    let mut row = vec![Cell::Text(s.id.clone()), Cell::Text(s.received_at.clone()), Cell::Text(r.locale.tag().into())];
    row.extend(budget.lines().map(|l| Cell::Number(r.allocation.get(&l.id).copied().unwrap_or(l.baseline))));
    if let Some(selection) = &budget.projects {
        row.extend(project_cells(selection, r.projects.as_ref()));
    }
    row.extend(budget.questions.iter().map(|q| Cell::Text(r.answers.get(&q.id).cloned().unwrap_or_default())));
    row.extend(
        budget.sections.iter().map(|sec| Cell::Text(r.section_comments.get(&sec.id).cloned().unwrap_or_default())),
    );
    row.push(Cell::Text(r.comment.clone()));
    row
}

/// A budget of projects' columns: per project 1 if approved (0 if not), or the points given.
fn project_cells(selection: &ProjectSelection, choice: Option<&ProjectChoice>) -> Vec<Cell> {
    let mut cells = vec![0i64; selection.projects.len()];
    if let Some(choice) = choice {
        for (p, n) in ballot_of(selection, choice).points() {
            if let Some(cell) = cells.get_mut(p) {
                *cell = i64::try_from(n).unwrap_or(i64::MAX);
            }
        }
    }
    cells.into_iter().map(Cell::Number).collect()
}

/// A resident's text made safe for a spreadsheet: one that would be read as a formula gets a
/// leading `'`. Spreadsheets drop leading spaces before they look for a formula, so the first
/// character after them counts; a leading tab, carriage return or line feed counts by itself.
pub fn neutralise(text: &str) -> Cow<'_, str> {
    if text.starts_with(['\t', '\r', '\n']) || text.trim_start_matches(' ').starts_with(['=', '+', '-', '@']) {
        Cow::Owned(format!("'{text}"))
    } else {
        Cow::Borrowed(text)
    }
}

/// The table as CSV: the header as the csv crate writes it (ids from the budget file), then every
/// text cell in double quotes (a `"` inside doubled, as RFC 4180 says) and every number bare, so
/// spreadsheets still read numbers as numbers. The csv crate quotes a field only when it must,
/// so the rows are written here.
pub fn to_csv(table: &Table) -> anyhow::Result<Vec<u8>> {
    let mut writer = csv::Writer::from_writer(Vec::new());
    writer.write_record(&table.header).context("cannot write the CSV header")?;
    let mut out = writer.into_inner().context("cannot finish the CSV header")?;
    for row in &table.rows {
        csv_row(row, &mut out);
    }
    Ok(out)
}

/// One CSV row, with its line feed, appended to `out`.
fn csv_row(row: &[Cell], out: &mut Vec<u8>) {
    for (i, cell) in row.iter().enumerate() {
        if i > 0 {
            out.push(b',');
        }
        match cell {
            Cell::Number(n) => out.extend_from_slice(n.to_string().as_bytes()),
            Cell::Text(t) => {
                out.push(b'"');
                out.extend_from_slice(neutralise(t).replace('"', "\"\"").as_bytes());
                out.push(b'"');
            }
        }
    }
    out.push(b'\n');
}

/// The table as an XLSX workbook with one sheet, "Submissions".
pub fn to_xlsx(table: &Table) -> anyhow::Result<Vec<u8>> {
    use rust_xlsxwriter::{Format as CellFormat, Workbook};
    let mut workbook = Workbook::new();
    let sheet = workbook.add_worksheet();
    sheet.set_name("Submissions").context("cannot name the sheet")?;
    let bold = CellFormat::new().set_bold();
    for (c, name) in table.header.iter().enumerate() {
        sheet.write_string_with_format(0, col(c)?, name, &bold).context("cannot write the header")?;
    }
    for (r, row) in table.rows.iter().enumerate() {
        let r = u32::try_from(r + 1).context("too many rows for a worksheet")?;
        for (c, cell) in row.iter().enumerate() {
            match cell {
                // Amounts are at most 10^15 (the budget model's bound), exact in a double.
                Cell::Number(n) => sheet.write_number(r, col(c)?, *n as f64),
                Cell::Text(t) => sheet.write_string(r, col(c)?, t),
            }
            .context("cannot write a cell")?;
        }
    }
    sheet.set_freeze_panes(1, 0).context("cannot freeze the header")?;
    workbook.save_to_buffer().context("cannot write the workbook")
}

fn col(c: usize) -> anyhow::Result<u16> {
    u16::try_from(c).context("too many columns for a worksheet")
}

/// The submissions as JSON, oldest first: `[{id, received_at, submission}]`.
pub fn to_json(submissions: &[StoredSubmission]) -> anyhow::Result<Vec<u8>> {
    let json: Vec<serde_json::Value> = submissions.iter().map(json_item).collect();
    serde_json::to_vec_pretty(&json).context("cannot encode the export")
}

/// One element of the JSON export.
fn json_item(s: &StoredSubmission) -> serde_json::Value {
    // Stored bodies hold no invite code; this keeps it so for any that might.
    let request = pbsim_core::SubmissionRequest { invite: None, ..s.request.clone() };
    serde_json::json!({ "id": s.id, "received_at": s.received_at, "submission": request })
}

/// `submissions` to `budget` in `format`.
pub fn export(budget: &Budget, submissions: &[StoredSubmission], format: Format) -> anyhow::Result<Vec<u8>> {
    match format {
        Format::Csv => to_csv(&table(budget, submissions)),
        Format::Xlsx => to_xlsx(&table(budget, submissions)),
        Format::Json => to_json(submissions),
        Format::Pb => {
            let mut out = Vec::new();
            write_pb(budget, submissions.iter().cloned().map(Ok), &mut out)?;
            Ok(out)
        }
    }
}

/// Writes `submissions` (oldest first) to `budget` in `format` to `out` as they come, holding one
/// submission at a time: CSV and JSON a row at a time, XLSX into a constant-memory worksheet
/// (rows go to a temporary file) zipped into `out` at the end. The bytes equal [`export`]'s for
/// CSV and JSON; the workbook holds the same cells (its strings inline rather than shared).
/// Stops at the first error, from `submissions` or from `out` (a client that went away).
pub fn write_export(
    budget: &Budget,
    format: Format,
    submissions: impl Iterator<Item = anyhow::Result<StoredSubmission>>,
    out: impl Write + Send,
) -> anyhow::Result<()> {
    match format {
        Format::Csv => write_csv(budget, submissions, out),
        Format::Xlsx => write_xlsx(budget, submissions, out),
        Format::Json => match &budget.projects {
            None => write_json(submissions, out),
            Some(selection) => write_json_with_outcomes(selection, submissions, out),
        },
        Format::Pb => write_pb(budget, submissions, out),
    }
}

/// A budget of projects' election as a Pabulib file: its projects, every submission's ballot
/// (voter ids are the submission ids; the dates of voting those of the first and last submission
/// unless `[projects.pabulib]` says them), with the winners under the budget's own rule
/// (`[projects] rule`, what residents are told decided) as its `selected` column and that rule as
/// META `rule`. The ballots are held as project indices while the submissions stream by; the file
/// is written at the end.
pub fn write_pb(
    budget: &Budget,
    submissions: impl Iterator<Item = anyhow::Result<StoredSubmission>>,
    mut out: impl Write,
) -> anyhow::Result<()> {
    let Some(selection) = &budget.projects else {
        anyhow::bail!("only a budget of projects exports to Pabulib (.pb); \"{}\" is a budget of lines", budget.id)
    };
    let (mut ballots, mut voters, mut days) = (Vec::new(), Vec::new(), None::<(String, String)>);
    for s in submissions {
        let s = s?;
        let Some(choice) = &s.request.projects else { continue };
        ballots.push(ballot_of(selection, choice));
        let day = pabulib_day(&s.received_at);
        days = Some(match days {
            None => (day.clone(), day),
            Some((first, _)) => (first, day),
        });
        voters.push(s.id);
    }
    let dates = days.unwrap_or_else(|| {
        let today = pabulib_day(&crate::store::now_rfc3339());
        (today.clone(), today)
    });
    let file = to_pb(budget, ballots, voters, dates).context("not a budget of projects")?;
    let outcome = select(&file.election, selection.rule.rule());
    out.write_all(pabulib::write(&file, Some(&outcome)).as_bytes()).context(WRITE_FAILED)?;
    out.flush().context(WRITE_FAILED)
}

/// `2026-11-30T…` as Pabulib writes a date: `30.11.2026`.
fn pabulib_day(rfc3339: &str) -> String {
    match (rfc3339.get(0..4), rfc3339.get(5..7), rfc3339.get(8..10)) {
        (Some(y), Some(m), Some(d)) => format!("{d}.{m}.{y}"),
        _ => rfc3339.to_owned(),
    }
}

/// A budget of projects' JSON export: `{"submissions": [...], "outcomes": {...}}`, the submissions
/// as [`write_json`] writes them and every rule's outcome of their ballots (a [`ProjectsOutcome`]:
/// votes, cost and winners under greedy, MES and MES with Add1). Ballots are kept as project
/// indices while the submissions stream by.
pub fn write_json_with_outcomes(
    selection: &ProjectSelection,
    submissions: impl Iterator<Item = anyhow::Result<StoredSubmission>>,
    mut out: impl Write,
) -> anyhow::Result<()> {
    let mut ballots = Vec::new();
    let counted = submissions.inspect(|s| {
        if let Ok(s) = s
            && let Some(choice) = &s.request.projects
        {
            ballots.push(ballot_of(selection, choice));
        }
    });
    out.write_all(b"{\n\"submissions\": ").context(WRITE_FAILED)?;
    write_json(counted, &mut out)?;
    let outcomes: ProjectsOutcome = outcomes(selection, ballots);
    out.write_all(b",\n\"outcomes\": ").context(WRITE_FAILED)?;
    serde_json::to_writer_pretty(&mut out, &outcomes).context("cannot encode the outcomes")?;
    out.write_all(b"\n}\n").context(WRITE_FAILED)?;
    out.flush().context(WRITE_FAILED)
}

/// The CSV of [`to_csv`], written a row at a time.
pub fn write_csv(
    budget: &Budget,
    submissions: impl Iterator<Item = anyhow::Result<StoredSubmission>>,
    mut out: impl Write,
) -> anyhow::Result<()> {
    let mut writer = csv::Writer::from_writer(Vec::new());
    writer.write_record(header(budget)).context("cannot write the CSV header")?;
    let mut line = writer.into_inner().context("cannot finish the CSV header")?;
    for s in submissions {
        csv_row(&row(budget, &s?), &mut line);
        out.write_all(&line).context(WRITE_FAILED)?;
        line.clear();
    }
    out.write_all(&line).context(WRITE_FAILED)?;
    out.flush().context(WRITE_FAILED)
}

/// The JSON of [`to_json`], written an element at a time: each element is pretty-printed on its
/// own and indented one level, which is what pretty-printing the whole array gives.
pub fn write_json(
    submissions: impl Iterator<Item = anyhow::Result<StoredSubmission>>,
    mut out: impl Write,
) -> anyhow::Result<()> {
    out.write_all(b"[").context(WRITE_FAILED)?;
    let mut empty = true;
    for s in submissions {
        let text = serde_json::to_string_pretty(&json_item(&s?)).context("cannot encode the export")?;
        out.write_all(if empty { b"\n" } else { b",\n" }).context(WRITE_FAILED)?;
        for (i, line) in text.split('\n').enumerate() {
            // JSON strings escape their line feeds, so every '\n' here ends a line of layout.
            out.write_all(if i == 0 { b"  " } else { b"\n  " }).context(WRITE_FAILED)?;
            out.write_all(line.as_bytes()).context(WRITE_FAILED)?;
        }
        empty = false;
    }
    out.write_all(if empty { b"]" } else { b"\n]" }).context(WRITE_FAILED)?;
    out.flush().context(WRITE_FAILED)
}

/// The workbook of [`to_xlsx`], its rows written one at a time to a constant-memory worksheet.
pub fn write_xlsx(
    budget: &Budget,
    submissions: impl Iterator<Item = anyhow::Result<StoredSubmission>>,
    mut out: impl Write + Send,
) -> anyhow::Result<()> {
    use rust_xlsxwriter::{Format as CellFormat, Workbook};
    let mut workbook = Workbook::new();
    let sheet =
        workbook.add_worksheet_with_constant_memory().context("cannot create the worksheet's temporary file")?;
    sheet.set_name("Submissions").context("cannot name the sheet")?;
    let bold = CellFormat::new().set_bold();
    for (c, name) in header(budget).iter().enumerate() {
        sheet.write_string_with_format(0, col(c)?, name, &bold).context("cannot write the header")?;
    }
    sheet.set_freeze_panes(1, 0).context("cannot freeze the header")?;
    for (r, s) in submissions.enumerate() {
        let r = u32::try_from(r + 1).context("too many rows for a worksheet")?;
        for (c, cell) in row(budget, &s?).iter().enumerate() {
            match cell {
                // Amounts are at most 10^15 (the budget model's bound), exact in a double.
                Cell::Number(n) => sheet.write_number(r, col(c)?, *n as f64),
                Cell::Text(t) => sheet.write_string(r, col(c)?, t),
            }
            .with_context(|| format!("cannot write row {r} of the worksheet"))?;
        }
    }
    workbook.save_to_writer(&mut out).context("cannot write the workbook")?;
    out.flush().context(WRITE_FAILED)
}

const WRITE_FAILED: &str = "cannot write the export";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formulas_in_residents_text_are_neutralised() {
        for (text, safe) in [
            ("=HYPERLINK(\"http://evil\")", "'=HYPERLINK(\"http://evil\")"),
            ("+1+1", "'+1+1"),
            ("-2+3", "'-2+3"),
            ("@SUM(A1)", "'@SUM(A1)"),
            ("\tx", "'\tx"),
            ("\r=1", "'\r=1"),
            ("\n=1", "'\n=1"),
            ("  =1+1", "'  =1+1"),
            (" @SUM(A1)", "' @SUM(A1)"),
            ("More parks, please", "More parks, please"),
            ("ok;=HYPERLINK(\"http://evil\")", "ok;=HYPERLINK(\"http://evil\")"),
            ("", ""),
            ("a=b", "a=b"),
        ] {
            assert_eq!(neutralise(text), safe, "{text:?}");
        }
    }

    #[test]
    fn csv_cells_are_quoted_and_neutralised_but_numbers_are_not() {
        let table = Table {
            header: vec!["submission".into(), "police".into(), "comment".into()],
            rows: vec![
                vec![Cell::Text("a".into()), Cell::Number(-5), Cell::Text("=1+1, \"really\"".into())],
                vec![Cell::Text("b".into()), Cell::Number(7), Cell::Text("ok;=HYPERLINK(\"x\")".into())],
            ],
        };
        let csv = String::from_utf8(to_csv(&table).expect("csv")).expect("utf-8");
        assert_eq!(
            csv,
            "submission,police,comment\n\"a\",-5,\"'=1+1, \"\"really\"\"\"\n\"b\",7,\"ok;=HYPERLINK(\"\"x\"\")\"\n"
        );
        // Read back by a CSV reader, every cell is whole.
        let mut reader = csv::Reader::from_reader(csv.as_bytes());
        let rows: Vec<csv::StringRecord> = reader.records().map(|r| r.expect("row")).collect();
        assert_eq!(&rows[1][2], "ok;=HYPERLINK(\"x\")");
    }

    #[test]
    fn xlsx_cells_read_back_as_written() {
        use calamine::{Data, Reader, Xlsx};
        let table = Table {
            header: vec!["submission".into(), "police".into(), "comment".into()],
            rows: vec![
                vec![Cell::Text("a".into()), Cell::Number(-5), Cell::Text("=1+1, \"really\"".into())],
                vec![Cell::Text("b".into()), Cell::Number(999_999_999_999_999), Cell::Text("é 😀".into())],
            ],
        };
        let bytes = to_xlsx(&table).expect("xlsx");
        // Read as a spreadsheet reads it, by another library than the one that wrote it.
        let mut book: Xlsx<_> = calamine::open_workbook_from_rs(std::io::Cursor::new(bytes)).expect("a workbook");
        let sheet = book.worksheet_range("Submissions").expect("the Submissions sheet");
        let text = |s: &str| Data::String(s.into());
        let rows: Vec<Vec<Data>> = sheet.rows().map(<[Data]>::to_vec).collect();
        assert_eq!(
            rows,
            [
                vec![text("submission"), text("police"), text("comment")],
                // The resident's text stays exact: a string cell is never evaluated.
                vec![text("a"), Data::Float(-5.0), text("=1+1, \"really\"")],
                // The largest amount the model allows is exact in the workbook's doubles.
                vec![text("b"), Data::Float(999_999_999_999_999.0), text("é 😀")],
            ]
        );
        let formulas = book.worksheet_formula("Submissions").expect("the Submissions sheet");
        assert!(formulas.used_cells().all(|(_, _, f)| f.is_empty()), "no cell is a formula");
    }
}
