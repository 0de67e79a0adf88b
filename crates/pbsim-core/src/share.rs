//! A resident's allocation written compactly for a "share my budget" link, and read back.
//!
//! The link carries the allocation in its URL fragment (`/b/austin-fy2017#a=2.0.-1…`), which
//! browsers never send to the server: sharing a budget tells the server nothing. Each line is written
//! as its distance from the baseline in whole steps, in the budget's display order, so a link for a
//! 30-line budget stays short and a baseline line costs one character.
//!
//! Reading a link checks it against the budget as strictly as a submission: a link made for another
//! version of the budget (a line added, a range narrowed) is refused with a reason rather than
//! silently applied to the wrong lines.

use crate::budget::{Allocation, Budget};
use std::fmt;

/// The fragment key that introduces an allocation: `#a=…`.
pub const FRAGMENT_KEY: &str = "a=";

/// Why a shared link cannot be read as an allocation of this budget.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ShareError {
    /// The fragment holds no allocation (`#a=` missing): not a share link.
    NotAShareLink,
    /// The link has a different number of lines than the budget: it was made for another version.
    WrongLineCount {
        /// Lines in the link.
        found: usize,
        /// Lines in the budget.
        expected: usize,
    },
    /// A value is not a whole number of steps.
    NotANumber {
        /// 0-based position of the line in display order.
        index: usize,
    },
    /// A value lies outside its line's range.
    OutOfRange {
        /// The line's id.
        line: String,
    },
}

impl fmt::Display for ShareError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ShareError::NotAShareLink => f.write_str("the link holds no budget"),
            ShareError::WrongLineCount { found, expected } => write!(
                f,
                "the link has {found} lines but this budget has {expected}: it was made for another version of the budget"
            ),
            ShareError::NotANumber { index } => write!(f, "value {} of the link is not a number", index + 1),
            ShareError::OutOfRange { line } => write!(f, "the value for \"{line}\" is outside its range"),
        }
    }
}

impl std::error::Error for ShareError {}

impl Budget {
    /// The fragment (without `#`) of a link that reproduces `allocation`. Lines missing from the
    /// allocation are written at their baseline.
    pub fn share_fragment(&self, allocation: &Allocation) -> String {
        let steps: Vec<String> = self
            .lines()
            .map(|l| {
                let value = allocation.get(&l.id).copied().unwrap_or(l.baseline);
                ((value - l.baseline) / l.step).to_string()
            })
            .collect();
        format!("{FRAGMENT_KEY}{}", steps.join("."))
    }

    /// Reads a fragment made by [`Budget::share_fragment`] (with or without its leading `#`).
    pub fn allocation_from_fragment(&self, fragment: &str) -> Result<Allocation, ShareError> {
        let fragment = fragment.strip_prefix('#').unwrap_or(fragment);
        let body =
            fragment.split('&').find_map(|part| part.strip_prefix(FRAGMENT_KEY)).ok_or(ShareError::NotAShareLink)?;
        let parts: Vec<&str> = if body.is_empty() { Vec::new() } else { body.split('.').collect() };
        let expected = self.lines().count();
        if parts.len() != expected {
            return Err(ShareError::WrongLineCount { found: parts.len(), expected });
        }
        let mut allocation = Allocation::new();
        for (index, (line, part)) in self.lines().zip(parts).enumerate() {
            let steps: i64 = part.parse().map_err(|_| ShareError::NotANumber { index })?;
            let value = steps
                .checked_mul(line.step)
                .and_then(|d| d.checked_add(line.baseline))
                .filter(|v| line.accepts(*v))
                .ok_or_else(|| ShareError::OutOfRange { line: line.id.clone() })?;
            allocation.insert(line.id.clone(), value);
        }
        Ok(allocation)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const AUSTIN: &str = include_str!("../../../budgets/austin-fy2017.toml");

    fn austin() -> Budget {
        Budget::from_toml(AUSTIN).unwrap_or_else(|e| panic!("{e}"))
    }

    #[test]
    fn a_link_reproduces_the_allocation() {
        let budget = austin();
        let mut allocation = budget.baseline_allocation();
        allocation.insert("police".into(), 387_573_423_00);
        allocation.insert("libraries".into(), 46_167_036_00);
        let fragment = budget.share_fragment(&allocation);
        assert_eq!(fragment, "a=2.0.0.0.0.0.-2.0.0.0");
        assert_eq!(budget.allocation_from_fragment(&format!("#{fragment}")), Ok(allocation));
    }

    #[test]
    fn the_baseline_is_all_zeros() {
        let budget = austin();
        assert_eq!(budget.share_fragment(&Allocation::new()), "a=0.0.0.0.0.0.0.0.0.0");
        assert_eq!(budget.allocation_from_fragment("a=0.0.0.0.0.0.0.0.0.0"), Ok(budget.baseline_allocation()));
    }

    #[test]
    fn bad_links_are_refused_with_a_reason() {
        let budget = austin();
        let check = |fragment: &str, expected: ShareError| {
            assert_eq!(budget.allocation_from_fragment(fragment), Err(expected), "{fragment}");
        };
        check("", ShareError::NotAShareLink);
        check("#top", ShareError::NotAShareLink);
        check("a=", ShareError::WrongLineCount { found: 0, expected: 10 });
        check("a=0.0.0", ShareError::WrongLineCount { found: 3, expected: 10 });
        check("a=0.0.x.0.0.0.0.0.0.0", ShareError::NotANumber { index: 2 });
        check("a=0.0.1,5.0.0.0.0.0.0.0", ShareError::NotANumber { index: 2 });
        check("a=1000.0.0.0.0.0.0.0.0.0", ShareError::OutOfRange { line: "police".into() });
        check("a=9223372036854775807.0.0.0.0.0.0.0.0.0", ShareError::OutOfRange { line: "police".into() });
    }
}
