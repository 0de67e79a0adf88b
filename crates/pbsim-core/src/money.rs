//! Money as integer minor units (cents), and the arithmetic the budget needs.
//!
//! Floats never hold money: a budget of a billion dollars summed in `f64` loses cents, and a balance
//! that is "almost zero" is not balanced. Statistics and charts convert to `f64` at the edge.

use serde::{Deserialize, Serialize};
use std::fmt;
use std::iter::Sum;
use std::ops::{Add, AddAssign, Neg, Sub, SubAssign};

/// An amount of money in minor units (cents for dollars).
///
/// Budget files and the wire format carry plain integers; this newtype keeps them from being mixed up
/// with tax rates, which are also integers but in a different unit.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Money(pub i64);

impl Money {
    /// No money.
    pub const ZERO: Money = Money(0);

    /// The amount in minor units.
    pub fn cents(self) -> i64 {
        self.0
    }

    /// The amount in major units, for charts and statistics only.
    pub fn as_major_f64(self) -> f64 {
        self.0 as f64 / 100.0
    }

    /// Reads an amount typed in major units (`829995`, `829995.5`, `829995.50`), exactly, without
    /// floats. `None` for anything else: signs, separators, exponents, more than two decimals.
    pub fn from_major_str(typed: &str) -> Option<Money> {
        let typed = typed.trim();
        let (whole, frac) = typed.split_once('.').unwrap_or((typed, ""));
        let digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
        if whole.is_empty() || !digits(whole) || !digits(frac) || frac.len() > 2 {
            return None;
        }
        let cents: i64 = format!("{frac:0<2}").parse().ok()?;
        whole.parse::<i64>().ok()?.checked_mul(100)?.checked_add(cents).map(Money)
    }

    /// The absolute value.
    pub fn abs(self) -> Money {
        Money(self.0.saturating_abs())
    }
}

impl Add for Money {
    type Output = Money;
    fn add(self, rhs: Money) -> Money {
        // Budget loading bounds every amount (see `budget::MAX_AMOUNT`), so sums of a budget's lines
        // cannot overflow; saturating keeps a corrupted value from panicking all the same.
        Money(self.0.saturating_add(rhs.0))
    }
}

impl AddAssign for Money {
    fn add_assign(&mut self, rhs: Money) {
        *self = *self + rhs;
    }
}

impl Sub for Money {
    type Output = Money;
    fn sub(self, rhs: Money) -> Money {
        Money(self.0.saturating_sub(rhs.0))
    }
}

impl SubAssign for Money {
    fn sub_assign(&mut self, rhs: Money) {
        *self = *self - rhs;
    }
}

impl Neg for Money {
    type Output = Money;
    fn neg(self) -> Money {
        Money(self.0.saturating_neg())
    }
}

impl Sum for Money {
    fn sum<I: Iterator<Item = Money>>(iter: I) -> Money {
        iter.fold(Money::ZERO, Add::add)
    }
}

impl fmt::Display for Money {
    /// A locale-free rendering for logs and CLI tables: `-1234567.89`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let sign = if self.0 < 0 { "-" } else { "" };
        let abs = self.0.unsigned_abs();
        write!(f, "{sign}{}.{:02}", abs / 100, abs % 100)
    }
}

/// Rounds `numerator / denominator` to the nearest integer, halves away from zero.
///
/// Used where money is derived from a rate (tax revenue, a household's bill), so that the browser and
/// the server round the same way.
pub fn div_round(numerator: i128, denominator: i128) -> i128 {
    debug_assert!(denominator > 0);
    let half = denominator / 2;
    if numerator >= 0 { (numerator + half) / denominator } else { (numerator - half) / denominator }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn display_is_plain_decimal() {
        assert_eq!(Money(123_456_789).to_string(), "1234567.89");
        assert_eq!(Money(-5).to_string(), "-0.05");
        assert_eq!(Money(0).to_string(), "0.00");
    }

    #[test]
    fn rounding_is_half_away_from_zero() {
        let check = |n: i128, d: i128, expected: i128| assert_eq!(div_round(n, d), expected, "{n}/{d}");
        check(5, 10, 1);
        check(4, 10, 0);
        check(-5, 10, -1);
        check(-4, 10, 0);
        check(15, 10, 2);
        check(0, 7, 0);
    }

    #[test]
    fn typed_amounts_are_read_exactly() {
        let check = |typed: &str, expected: Option<i64>| assert_eq!(Money::from_major_str(typed), expected.map(Money));
        check("829995", Some(829_995_00));
        check(" 829995.5 ", Some(829_995_50));
        check("0.01", Some(1));
        check("1.005", None);
        check("-5", None);
        check("1,000", None);
        check("", None);
        check(".5", None);
        check("99999999999999999999", None);
    }

    #[test]
    fn sums_saturate_instead_of_panicking() {
        assert_eq!(Money(i64::MAX) + Money(1), Money(i64::MAX));
        assert_eq!([Money(1), Money(2), Money(3)].into_iter().sum::<Money>(), Money(6));
    }
}
