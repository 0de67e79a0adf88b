//! A submission's *report row*: what reports and public figures read of a stored submission (every
//! line's value and the answers), in a few dozen bytes kept beside its JSON body.
//!
//! A report over a million submissions used to read and parse a million JSON bodies of about a
//! kilobyte each, comments and all, to use a few numbers of each: that was most of its time. The
//! server now writes this row with the body, in the same statement, and reports read it instead
//! (`pbsim-server`'s `reports.rs`). The body stays the record; the row is derived from it, so a row
//! that is missing or does not fit the budget is never a problem: the report parses the body.
//!
//! A row holds the allocation's values in the order of its line ids (sorted, as the allocation's
//! map keeps them), without the ids: its [`Layout`] is a 64-bit fingerprint of those ids, kept in a
//! column of its own. A report asks for the rows whose layout is the fingerprint of the budget's
//! own line ids, and those rows hold exactly one value per line of the budget; any other row (an
//! allocation missing a line, a budget file that gained or renamed a line since) is read from its
//! body. A choice of projects has no row.
//!
//! Format, version 1 (integers as LEB128 varints, values zigzag-encoded so small negative numbers
//! stay short):
//!
//! ```text
//! 0x01  n  value₁ … valueₙ  m  (len question, len answer) × m
//! ```

use crate::SubmissionRequest;
use std::fmt;

/// The version byte rows start with.
const VERSION: u8 = 1;

/// The longest row written, in bytes. A submission whose row would be longer (hundreds of lines,
/// long free-text answers) has none, and is read from its body: rows live in an index, and an
/// index entry must stay well within PostgreSQL's limit of about 2,700 bytes.
pub const MAX_ROW: usize = 1024;

/// The fingerprint of a row's line ids (64-bit FNV-1a over the ids in sorted order, each followed
/// by a zero byte): the same on every machine and in every build.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Layout(pub u64);

impl Layout {
    fn of_sorted<'a>(ids: impl IntoIterator<Item = &'a str>) -> Layout {
        const OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
        const PRIME: u64 = 0x0000_0100_0000_01b3;
        let mut hash = OFFSET;
        for id in ids {
            for byte in id.bytes().chain(std::iter::once(0)) {
                hash ^= u64::from(byte);
                hash = hash.wrapping_mul(PRIME);
            }
        }
        Layout(hash)
    }

    /// The layout as a signed integer, as databases store 64 bits.
    pub fn as_i64(self) -> i64 {
        i64::from_ne_bytes(self.0.to_ne_bytes())
    }
}

/// A submission's report row and its layout, or `None` for a choice of projects (its ballot is
/// read from the body) and for a row longer than [`MAX_ROW`].
pub fn encode(request: &SubmissionRequest) -> Option<(Layout, Vec<u8>)> {
    if request.projects.is_some() {
        return None;
    }
    let mut out = Vec::with_capacity(8 + 5 * request.allocation.len());
    out.push(VERSION);
    put(&mut out, request.allocation.len() as u64);
    for value in request.allocation.values() {
        put(&mut out, zigzag(*value));
    }
    put(&mut out, request.answers.len() as u64);
    for (question, answer) in &request.answers {
        put_str(&mut out, question);
        put_str(&mut out, answer);
    }
    if out.len() > MAX_ROW {
        return None;
    }
    Some((Layout::of_sorted(request.allocation.keys().map(String::as_str)), out))
}

/// Why a stored row cannot be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RowError(&'static str);

impl fmt::Display for RowError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "the report row is damaged: {}", self.0)
    }
}

impl std::error::Error for RowError {}

/// How a report reads rows of one budget: which layout they must have, and where each value goes.
#[derive(Clone, Debug)]
pub struct RowReader {
    layout: Layout,
    /// For each line of the budget, in budget order, its position among the sorted ids.
    positions: Vec<usize>,
}

/// A row's answers, read in place (checked when the row was read).
#[derive(Clone, Copy, Debug)]
pub struct Answers<'a> {
    count: usize,
    bytes: &'a [u8],
}

impl<'a> Answers<'a> {
    /// The answer to `question`.
    pub fn get(&self, question: &str) -> Option<&'a str> {
        self.iter().find(|(q, _)| *q == question).map(|(_, a)| a)
    }

    /// Every (question, answer), in question order.
    pub fn iter(&self) -> impl Iterator<Item = (&'a str, &'a str)> + use<'a> {
        let mut input = Input(self.bytes);
        (0..self.count).map_while(move |_| Some((input.str().ok()?, input.str().ok()?)))
    }
}

impl RowReader {
    /// A reader for rows of these line ids, in the budget's order (all distinct).
    pub fn new<'a>(line_ids: impl IntoIterator<Item = &'a str>) -> RowReader {
        let ids: Vec<&str> = line_ids.into_iter().collect();
        let mut sorted = ids.clone();
        sorted.sort_unstable();
        let positions = ids.iter().map(|id| sorted.partition_point(|s| s < id)).collect();
        RowReader { layout: Layout::of_sorted(sorted.iter().copied()), positions }
    }

    /// The layout of the rows this reader reads.
    pub fn layout(&self) -> Layout {
        self.layout
    }

    /// Reads `row`, a row of this reader's layout: its values go into `values` in the budget's
    /// line order (line `j`'s is `values[j]`), and its answers are returned.
    pub fn read<'a>(&self, row: &'a [u8], values: &mut Vec<i64>) -> Result<Answers<'a>, RowError> {
        let mut input = Input(row);
        if input.byte()? != VERSION {
            return Err(RowError("unknown version"));
        }
        let n = input.len()?;
        if n != self.positions.len() {
            return Err(RowError("its number of values is not the budget's number of lines"));
        }
        let mut sorted = [0i64; 64];
        let mut spilled = Vec::new();
        let sorted: &mut [i64] = if n <= sorted.len() {
            &mut sorted[..n]
        } else {
            spilled.resize(n, 0);
            &mut spilled
        };
        for slot in sorted.iter_mut() {
            *slot = unzigzag(input.varint()?);
        }
        values.clear();
        values.extend(self.positions.iter().map(|&k| sorted[k]));
        let count = input.len()?;
        let answers = Answers { count, bytes: input.0 };
        for _ in 0..count {
            input.str()?;
            input.str()?;
        }
        if !input.0.is_empty() {
            return Err(RowError("bytes after its end"));
        }
        Ok(answers)
    }
}

fn zigzag(v: i64) -> u64 {
    ((v << 1) ^ (v >> 63)) as u64
}

fn unzigzag(u: u64) -> i64 {
    ((u >> 1) as i64) ^ -((u & 1) as i64)
}

fn put(out: &mut Vec<u8>, mut v: u64) {
    while v >= 0x80 {
        out.push((v as u8) | 0x80);
        v >>= 7;
    }
    out.push(v as u8);
}

fn put_str(out: &mut Vec<u8>, s: &str) {
    put(out, s.len() as u64);
    out.extend_from_slice(s.as_bytes());
}

struct Input<'a>(&'a [u8]);

impl<'a> Input<'a> {
    fn byte(&mut self) -> Result<u8, RowError> {
        let (&b, rest) = self.0.split_first().ok_or(RowError("it ends early"))?;
        self.0 = rest;
        Ok(b)
    }

    fn varint(&mut self) -> Result<u64, RowError> {
        let mut v = 0u64;
        for shift in (0..64).step_by(7) {
            let b = self.byte()?;
            v |= u64::from(b & 0x7f) << shift;
            if b < 0x80 {
                return Ok(v);
            }
        }
        Err(RowError("a number is too long"))
    }

    fn len(&mut self) -> Result<usize, RowError> {
        let n = usize::try_from(self.varint()?).map_err(|_| RowError("a length is too large"))?;
        if n > self.0.len() {
            return Err(RowError("a length runs past its end"));
        }
        Ok(n)
    }

    fn str(&mut self) -> Result<&'a str, RowError> {
        let n = self.len()?;
        let (text, rest) = self.0.split_at(n);
        self.0 = rest;
        std::str::from_utf8(text).map_err(|_| RowError("a text is not UTF-8"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeMap;

    fn request(allocation: &[(&str, i64)], answers: &[(&str, &str)]) -> SubmissionRequest {
        SubmissionRequest {
            id: "00000000-0000-4000-8000-000000000000".into(),
            allocation: allocation.iter().map(|(k, v)| ((*k).to_owned(), *v)).collect(),
            answers: answers.iter().map(|(k, v)| ((*k).to_owned(), (*v).to_owned())).collect(),
            comment: "a long comment that the row does not carry".into(),
            ..SubmissionRequest::default()
        }
    }

    #[test]
    fn a_row_reads_back_every_value_in_the_budgets_order_and_every_answer() {
        let extremes = [i64::MIN, -1, 0, 1, 63, 64, -65, 1 << 40, i64::MAX];
        let allocation: Vec<(String, i64)> =
            extremes.iter().enumerate().map(|(k, v)| (format!("line-{}", 9 - k), *v)).collect();
        let allocation: Vec<(&str, i64)> = allocation.iter().map(|(k, v)| (k.as_str(), *v)).collect();
        let answers = [("ward", "north"), ("age", "35-44"), ("note", "é, \"quoted\"\n")];
        let (layout, row) = encode(&request(&allocation, &answers)).expect("a budget of lines has a row");

        // The budget lists its lines in its own order, not the ids' order.
        let reader = RowReader::new(allocation.iter().map(|(id, _)| *id));
        assert_eq!(reader.layout(), layout);
        let mut values = Vec::new();
        let read = reader.read(&row, &mut values).expect("readable");
        assert_eq!(values, extremes.to_vec());
        assert_eq!(read.get("ward"), Some("north"));
        assert_eq!(read.get("note"), Some("é, \"quoted\"\n"));
        assert_eq!(read.get("income"), None);
        let answers: BTreeMap<&str, &str> = answers.into_iter().collect();
        assert_eq!(read.iter().collect::<Vec<_>>(), answers.into_iter().collect::<Vec<_>>());
    }

    #[test]
    fn a_row_is_a_small_fraction_of_its_body() {
        let allocation: Vec<(String, i64)> = (0..30).map(|k| (format!("department-{k}"), 1_250_000_00 + k)).collect();
        let allocation: Vec<(&str, i64)> = allocation.iter().map(|(k, v)| (k.as_str(), *v)).collect();
        let request = request(&allocation, &[("ward", "north")]);
        let (_, row) = encode(&request).expect("a row");
        let body = serde_json::to_string(&request).expect("json");
        assert!(row.len() * 5 < body.len(), "row {} bytes, body {} bytes", row.len(), body.len());
    }

    #[test]
    fn another_set_of_lines_has_another_layout() {
        let reader = RowReader::new(["police", "parks", "library"]);
        let same = encode(&request(&[("library", 1), ("parks", 2), ("police", 3)], &[])).expect("a row");
        assert_eq!(same.0, reader.layout());
        for other in [
            vec![("library", 1), ("parks", 2)],
            vec![("library", 1), ("parks", 2), ("police", 3), ("roads", 4)],
            vec![("library", 1), ("park", 2), ("police", 3)],
            // Ids are separated: "ab" + "c" is not "a" + "bc".
        ] {
            assert_ne!(encode(&request(&other, &[])).expect("a row").0, reader.layout(), "{other:?}");
        }
        let layout = |ids: [&'static str; 2]| RowReader::new(ids).layout();
        assert_ne!(layout(["ab", "c"]), layout(["a", "bc"]));
        assert_eq!(layout(["b", "a"]), layout(["a", "b"]));
    }

    #[test]
    fn a_damaged_row_is_an_error_never_a_wrong_value() {
        let reader = RowReader::new(["a", "b"]);
        let (_, row) = encode(&request(&[("a", 300), ("b", -7)], &[("q", "yes")])).expect("a row");
        assert!(reader.read(&row, &mut Vec::new()).is_ok());
        for cut in 0..row.len() {
            assert!(reader.read(&row[..cut], &mut Vec::new()).is_err(), "cut at {cut}");
        }
        let mut longer = row.clone();
        longer.push(0);
        assert!(reader.read(&longer, &mut Vec::new()).is_err());
        let mut version = row.clone();
        version[0] = 2;
        assert!(reader.read(&version, &mut Vec::new()).is_err());
        // A row of three values read as a budget of two lines.
        let (_, three) = encode(&request(&[("a", 1), ("b", 2), ("c", 3)], &[])).expect("a row");
        assert!(reader.read(&three, &mut Vec::new()).is_err());
    }

    #[test]
    fn a_row_longer_than_an_index_entry_may_be_is_not_written() {
        let long = "a".repeat(MAX_ROW);
        assert_eq!(encode(&request(&[("a", 1)], &[("note", &long)])), None);
        let (_, row) = encode(&request(&[("a", 1)], &[("note", &long[..MAX_ROW - 20])])).expect("a row");
        assert!(row.len() <= MAX_ROW);
    }

    #[test]
    fn a_choice_of_projects_has_no_row() {
        let mut r = request(&[], &[]);
        r.projects = Some(crate::wire::ProjectChoice::Approved(vec!["a".into()]));
        assert_eq!(encode(&r), None);
    }
}
