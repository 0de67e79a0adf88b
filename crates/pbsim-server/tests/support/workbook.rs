//! An exported XLSX workbook read back as a spreadsheet reads it, with calamine rather than the
//! library that wrote it, so a test sees the cells an officer would.

// Each test file uses the part it needs.
#![allow(dead_code)]

use calamine::{Data, Reader, Xlsx};
use std::io::Cursor;

fn open(bytes: &[u8]) -> Xlsx<Cursor<Vec<u8>>> {
    calamine::open_workbook_from_rs(Cursor::new(bytes.to_vec())).expect("an XLSX workbook")
}

/// Every cell of the "Submissions" sheet, row by row.
pub fn cells(bytes: &[u8]) -> Vec<Vec<Data>> {
    let sheet = open(bytes).worksheet_range("Submissions").expect("a sheet named Submissions");
    sheet.rows().map(<[Data]>::to_vec).collect()
}

/// The cells written as formulas (which a spreadsheet would run).
pub fn formulas(bytes: &[u8]) -> Vec<String> {
    let formulas = open(bytes).worksheet_formula("Submissions").expect("a sheet named Submissions");
    formulas.used_cells().map(|(_, _, f)| f.clone()).filter(|f| !f.is_empty()).collect()
}

/// A text cell as it reads back (an empty text is an empty cell).
pub fn text(s: &str) -> Data {
    if s.is_empty() { Data::Empty } else { Data::String(s.to_owned()) }
}

/// A number cell.
pub fn number(x: f64) -> Data {
    Data::Float(x)
}
