//! The council's response to a consultation ("What we heard"): a general text and an optional note
//! per line, in every language, checked here so the server refuses a bad one with every problem.
//!
//! Responses are plain text: paragraphs separated by blank lines, and `https://` addresses, which
//! pages turn into links. Markup is refused rather than escaped, so an officer who pasted HTML
//! learns it at once instead of residents reading tags; pages still write every text escaped.

use crate::budget::Budget;
use crate::locale::{Locale, Text};
use crate::wire::{CouncilResponse, Problem, ProblemCode};

/// The longest general text, per language, in characters.
pub const MAX_GENERAL_CHARS: usize = 10_000;

/// The longest note on one line, per language, in characters.
pub const MAX_NOTE_CHARS: usize = 1_000;

/// Whether `text` holds something a browser would read as markup: `<` followed by a letter, `/`,
/// `!` or `?` (a tag, a closing tag, a comment or a declaration).
fn has_markup(text: &str) -> bool {
    text.as_bytes()
        .windows(2)
        .any(|w| w[0] == b'<' && (w[1].is_ascii_alphabetic() || matches!(w[1], b'/' | b'!' | b'?')))
}

fn check_text(problems: &mut Vec<Problem>, path: &str, text: &Text, max: usize, required: bool) {
    for locale in Locale::ALL {
        let value = text.get(locale);
        let at = format!("{path}.{}", locale.tag());
        if value.trim().is_empty() {
            if required {
                problems.push(Problem::new(at, ProblemCode::Invalid, "is missing: write it in every language"));
            }
            continue;
        }
        let chars = value.chars().count();
        if chars > max {
            problems.push(Problem::new(
                &at,
                ProblemCode::TooLong,
                format!("is {chars} characters long; at most {max} are allowed"),
            ));
        }
        if has_markup(value) {
            problems.push(Problem::new(
                at,
                ProblemCode::Invalid,
                "holds markup (<…>): write plain text, with links as https:// addresses",
            ));
        }
    }
}

/// Every problem with `response` to `budget`; empty when it can be published.
pub fn check_response(budget: &Budget, response: &CouncilResponse) -> Vec<Problem> {
    let mut problems = Vec::new();
    check_text(&mut problems, "general", &response.general, MAX_GENERAL_CHARS, true);
    for (id, note) in &response.lines {
        let path = format!("lines.{id}");
        if budget.line(id).is_none() {
            problems.push(Problem::new(&path, ProblemCode::UnknownLine, format!("the budget has no line \"{id}\"")));
            continue;
        }
        let empty = Locale::ALL.iter().all(|l| note.get(*l).trim().is_empty());
        if !empty {
            check_text(&mut problems, &path, note, MAX_NOTE_CHARS, true);
        }
    }
    problems
}

/// A piece of a paragraph as pages show it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Piece<'a> {
    /// Plain text.
    Text(&'a str),
    /// An `https://` address, shown as a link to itself.
    Link(&'a str),
}

/// `text` as paragraphs (split at blank lines), each as text and links, for pages to write with
/// every piece escaped.
pub fn paragraphs(text: &str) -> Vec<Vec<Piece<'_>>> {
    let mut out = Vec::new();
    let mut rest = text;
    while !rest.is_empty() {
        let (paragraph, next) = match rest.find("\n\n") {
            Some(i) => (&rest[..i], &rest[i + 2..]),
            None => (rest, ""),
        };
        rest = next;
        let paragraph = paragraph.trim();
        if !paragraph.is_empty() {
            out.push(pieces(paragraph));
        }
    }
    out
}

fn pieces(paragraph: &str) -> Vec<Piece<'_>> {
    let mut out = Vec::new();
    let mut rest = paragraph;
    while let Some(start) = rest.find("https://") {
        let len = rest[start..].find(char::is_whitespace).unwrap_or(rest.len() - start);
        // A sentence's last full stop or comma is not part of the address.
        let link = rest[start..start + len].trim_end_matches(['.', ',', ')', ';', ':']);
        if start > 0 {
            out.push(Piece::Text(&rest[..start]));
        }
        out.push(Piece::Link(link));
        rest = &rest[start + link.len()..];
    }
    if !rest.is_empty() {
        out.push(Piece::Text(rest));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeMap;

    fn town() -> Budget {
        let text = include_str!("../../../e2e/fixtures/budgets/town.toml");
        Budget::from_toml(text).unwrap_or_else(|e| panic!("{e}"))
    }

    fn both(s: &str) -> Text {
        Text { en: s.to_owned(), fr: s.to_owned() }
    }

    #[test]
    fn every_problem_with_a_response_is_listed() {
        let ok = CouncilResponse { general: both("We heard you."), lines: BTreeMap::new() };
        assert_eq!(check_response(&town(), &ok), Vec::new());
        let bad = CouncilResponse {
            general: Text { en: "<script>alert(1)</script>".into(), fr: String::new() },
            lines: [
                ("parks".to_owned(), both(&"x".repeat(MAX_NOTE_CHARS + 1))),
                ("zoo".to_owned(), both("Funded")),
                ("roads".to_owned(), Text::default()),
            ]
            .into(),
        };
        let found: Vec<(String, ProblemCode)> =
            check_response(&town(), &bad).into_iter().map(|p| (p.path, p.code)).collect();
        assert_eq!(
            found,
            [
                ("general.en".to_owned(), ProblemCode::Invalid),
                ("general.fr".to_owned(), ProblemCode::Invalid),
                ("lines.parks.en".to_owned(), ProblemCode::TooLong),
                ("lines.parks.fr".to_owned(), ProblemCode::TooLong),
                ("lines.zoo".to_owned(), ProblemCode::UnknownLine),
            ]
        );
        // A comparison is not markup.
        assert!(!has_markup("a < b and 3<4"));
    }

    #[test]
    fn paragraphs_split_at_blank_lines_and_addresses_become_links() {
        let text = "We heard you.\n\nRead more at https://example.ca/budget. Thanks\n\n\n";
        assert_eq!(
            paragraphs(text),
            vec![
                vec![Piece::Text("We heard you.")],
                vec![Piece::Text("Read more at "), Piece::Link("https://example.ca/budget"), Piece::Text(". Thanks")],
            ]
        );
    }
}
