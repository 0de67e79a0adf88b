//! Exact rational numbers for the rules: 128-bit fractions while they fit, big integers after.
//!
//! The Method of Equal Shares divides money among voters, so voters' remaining budgets are
//! fractions whose denominators grow with every payment. pabutools computes them exactly (gmpy2's
//! `mpq`), and outcomes differ on ties and near-ties if we round, so we must be exact too. Nearly
//! every value fits in an `i128` fraction; the rare one that does not moves to a `BigRational`,
//! and moves back when an operation brings it into range again. A value is always in its canonical
//! form (the small one whenever it fits, in lowest terms), so equal numbers hash alike.

use num_bigint::BigInt;
use num_rational::{BigRational, Ratio};
use num_traits::{CheckedAdd, CheckedDiv, CheckedMul, CheckedSub, ToPrimitive, Zero};
use std::cmp::Ordering;
use std::hash::{Hash, Hasher};

/// An exact rational number.
#[derive(Clone, Debug)]
pub(crate) enum Q {
    Small(Ratio<i128>),
    Big(BigRational),
}

impl Q {
    /// The integer `n`.
    pub(crate) fn int(n: i128) -> Q {
        Q::Small(Ratio::from_integer(n))
    }

    /// `numer / denom`; `denom` must not be zero (callers divide by positive counts).
    pub(crate) fn ratio(numer: i128, denom: i128) -> Q {
        if denom == 0 {
            // Unreachable by construction; a zero rather than a panic keeps a bug from crashing the
            // server, and the agreement tests would show the wrong outcome.
            return Q::int(0);
        }
        Q::Small(Ratio::new(numer, denom))
    }

    pub(crate) fn is_zero(&self) -> bool {
        match self {
            Q::Small(r) => r.is_zero(),
            Q::Big(r) => r.is_zero(),
        }
    }

    fn big(&self) -> BigRational {
        match self {
            Q::Small(r) => BigRational::new_raw(BigInt::from(*r.numer()), BigInt::from(*r.denom())),
            Q::Big(r) => r.clone(),
        }
    }

    /// The canonical form of a big result: small again when it fits.
    fn from_big(r: BigRational) -> Q {
        match (r.numer().to_i128(), r.denom().to_i128()) {
            (Some(n), Some(d)) => Q::Small(Ratio::new_raw(n, d)),
            _ => Q::Big(r),
        }
    }

    fn op(
        &self,
        other: &Q,
        small: impl Fn(&Ratio<i128>, &Ratio<i128>) -> Option<Ratio<i128>>,
        big: impl Fn(BigRational, BigRational) -> BigRational,
    ) -> Q {
        if let (Q::Small(a), Q::Small(b)) = (self, other)
            && let Some(r) = small(a, b)
        {
            return Q::Small(r);
        }
        Q::from_big(big(self.big(), other.big()))
    }

    pub(crate) fn add(&self, other: &Q) -> Q {
        self.op(other, |a, b| a.checked_add(b), |a, b| a + b)
    }

    pub(crate) fn sub(&self, other: &Q) -> Q {
        self.op(other, |a, b| a.checked_sub(b), |a, b| a - b)
    }

    pub(crate) fn mul(&self, other: &Q) -> Q {
        self.op(other, |a, b| a.checked_mul(b), |a, b| a * b)
    }

    /// `self / other`; `other` must not be zero (callers divide by positive satisfaction).
    pub(crate) fn div(&self, other: &Q) -> Q {
        if other.is_zero() {
            return Q::int(0);
        }
        self.op(other, |a, b| a.checked_div(b), |a, b| a / b)
    }

    pub(crate) fn mul_int(&self, n: i128) -> Q {
        self.mul(&Q::int(n))
    }

    pub(crate) fn div_int(&self, n: i128) -> Q {
        self.div(&Q::int(n))
    }
}

impl PartialEq for Q {
    fn eq(&self, other: &Q) -> bool {
        self.cmp(other) == Ordering::Equal
    }
}

impl Eq for Q {}

impl PartialOrd for Q {
    fn partial_cmp(&self, other: &Q) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Q {
    fn cmp(&self, other: &Q) -> Ordering {
        match (self, other) {
            // num-rational compares without overflowing (by continued fractions).
            (Q::Small(a), Q::Small(b)) => a.cmp(b),
            _ => self.big().cmp(&other.big()),
        }
    }
}

impl Hash for Q {
    fn hash<H: Hasher>(&self, state: &mut H) {
        // Canonical forms make equal values the same variant with the same parts.
        match self {
            Q::Small(r) => {
                0u8.hash(state);
                r.numer().hash(state);
                r.denom().hash(state);
            }
            Q::Big(r) => {
                1u8.hash(state);
                r.numer().hash(state);
                r.denom().hash(state);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Q;

    #[test]
    fn overflowing_results_move_to_big_integers_and_come_back() {
        let third = Q::ratio(1, 3);
        let huge = Q::int(i128::MAX / 2);
        let big = huge.mul_int(1000);
        assert!(matches!(big, Q::Big(_)), "{big:?}");
        // Back in range: canonical small again, and equal to the value computed directly.
        let back = big.div_int(1000);
        assert!(matches!(back, Q::Small(_)));
        assert_eq!(back, huge);
        assert_eq!(third.add(&third).add(&third), Q::int(1));
        // A denominator past i128: (1/p)(1/q) with p, q near 2^100.
        let p = Q::ratio(1, 1i128 << 100);
        let pq = p.mul(&p);
        assert!(matches!(pq, Q::Big(_)));
        assert!(pq < p && pq > Q::int(0));
        assert_eq!(pq.div(&p), p);
    }
}
