//! Exact rational numbers for the rules: 128-bit fractions while they fit, big integers after,
//! and [`Num`], which computes them only when a comparison needs them.
//!
//! The Method of Equal Shares divides money among voters, so voters' remaining budgets are
//! fractions whose denominators grow with every payment. pabutools computes them exactly (gmpy2's
//! `mpq`), and outcomes differ on ties and near-ties if we round, so we must be exact too. Nearly
//! every value fits in an `i128` fraction; the rare one that does not moves to a `BigRational`,
//! and moves back when an operation brings it into range again. A value is always in its canonical
//! form (the small one whenever it fits, in lowest terms).

use num_bigint::BigInt;
use num_rational::{BigRational, Ratio};
use num_traits::{CheckedAdd, CheckedDiv, CheckedMul, CheckedSub, ToPrimitive, Zero};
use std::cell::OnceCell;
use std::cmp::Ordering;
use std::rc::Rc;

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

impl Q {
    /// An interval of floats around the value: nearest floats of numerator and denominator, their
    /// quotient, widened by two steps each way to cover the three roundings.
    fn bounds(&self) -> (f64, f64) {
        let (n, d) = match self {
            Q::Small(r) => (*r.numer() as f64, *r.denom() as f64),
            Q::Big(r) => (r.numer().to_f64().unwrap_or(f64::NAN), r.denom().to_f64().unwrap_or(f64::NAN)),
        };
        let v = n / d;
        if v.is_finite() {
            (v.next_down().next_down(), v.next_up().next_up())
        } else {
            (f64::NEG_INFINITY, f64::INFINITY)
        }
    }
}

/// An interval of floats holding a value: every operation rounds outward, so the exact result is
/// always inside.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Iv {
    lo: f64,
    hi: f64,
}

impl Iv {
    pub(crate) fn int(n: i128) -> Iv {
        let v = n as f64;
        Iv::new(v, v)
    }

    fn new(lo: f64, hi: f64) -> Iv {
        if lo.is_nan() || hi.is_nan() {
            Iv { lo: f64::NEG_INFINITY, hi: f64::INFINITY }
        } else {
            Iv { lo: lo.next_down(), hi: hi.next_up() }
        }
    }

    pub(crate) fn add(self, o: Iv) -> Iv {
        Iv::new(self.lo + o.lo, self.hi + o.hi)
    }

    pub(crate) fn sub(self, o: Iv) -> Iv {
        Iv::new(self.lo - o.hi, self.hi - o.lo)
    }

    /// Times a count or a satisfaction (never negative).
    pub(crate) fn mul_int(self, n: i128) -> Iv {
        let n = n as f64;
        let (a, b) = (self.lo * n, self.hi * n);
        Iv::new(a.min(b), a.max(b))
    }

    /// Divided by a positive count or satisfaction.
    pub(crate) fn div_int(self, n: i128) -> Iv {
        let n = n as f64;
        if n > 0.0 { Iv::new(self.lo / n, self.hi / n) } else { Iv::new(f64::NAN, f64::NAN) }
    }

    /// The order of the two values when the intervals show it; `None` when they overlap.
    pub(crate) fn cmp(self, o: Iv) -> Option<Ordering> {
        if self.hi < o.lo {
            Some(Ordering::Less)
        } else if self.lo > o.hi {
            Some(Ordering::Greater)
        } else {
            None
        }
    }

    /// A key to sort by when ties may be left in any order.
    pub(crate) fn low(self) -> f64 {
        self.lo
    }
}

/// A share or a price in a run of MES: an interval of floats ([`Iv`]), with its exact value
/// ([`Q`]) computed only when a comparison cannot be settled by the floats (the values are equal,
/// or closer than rounding can tell apart), then kept.
///
/// MES's shares are fractions whose denominators multiply with every payment: on a city's
/// election they reach thousands of digits, and computing them all exactly is what made the rule
/// slow. Nearly every comparison is decided by the floats; ties (common: two projects backed by as
/// many voters cost each of them the same per unit of cost) and near-ties fall back to exact
/// values, so outcomes are still exactly pabutools'. Each value remembers how it was computed,
/// which is what lets its exact value be recovered at any time.
#[derive(Clone)]
pub(crate) struct Num(Rc<Node>);

struct Node {
    iv: Iv,
    exact: OnceCell<Q>,
    op: Op,
}

enum Op {
    Leaf,
    /// A project's price per unit of satisfaction: `(cost − Σ count × share) / sat_left`, the
    /// shares being those of the supporters who pay all they have.
    Price {
        cost: i128,
        poor: Vec<(Num, u128)>,
        sat_left: i128,
    },
    /// A share after paying `price × sat` out of it (known to be less than the share).
    Left {
        share: Num,
        price: Num,
        sat: u64,
    },
}

impl Drop for Node {
    /// Drops the graph below iteratively: dropping a long chain recursively would overflow the
    /// stack.
    fn drop(&mut self) {
        fn take(op: &mut Op, stack: &mut Vec<Num>) {
            match std::mem::replace(op, Op::Leaf) {
                Op::Price { poor, .. } => stack.extend(poor.into_iter().map(|(n, _)| n)),
                Op::Left { share, price, .. } => {
                    stack.push(share);
                    stack.push(price);
                }
                Op::Leaf => {}
            }
        }
        let mut stack = Vec::new();
        take(&mut self.op, &mut stack);
        while let Some(n) = stack.pop() {
            if let Ok(mut node) = Rc::try_unwrap(n.0) {
                take(&mut node.op, &mut stack);
            }
        }
    }
}

impl std::fmt::Debug for Num {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:?}", self.0.iv)
    }
}

impl Num {
    pub(crate) fn exact(q: Q) -> Num {
        let (lo, hi) = q.bounds();
        let exact = OnceCell::new();
        let _ = exact.set(q);
        Num(Rc::new(Node { iv: Iv { lo, hi }, exact, op: Op::Leaf }))
    }

    pub(crate) fn int(n: i128) -> Num {
        Num::exact(Q::int(n))
    }

    /// A price, whose interval `iv` the caller computed from the same terms.
    pub(crate) fn price(cost: i128, poor: Vec<(Num, u128)>, sat_left: i128, iv: Iv) -> Num {
        Num(Rc::new(Node { iv, exact: OnceCell::new(), op: Op::Price { cost, poor, sat_left } }))
    }

    /// `share − price × sat`, whose interval `iv` the caller computed.
    pub(crate) fn left(share: Num, price: Num, sat: u64, iv: Iv) -> Num {
        Num(Rc::new(Node { iv, exact: OnceCell::new(), op: Op::Left { share, price, sat } }))
    }

    pub(crate) fn iv(&self) -> Iv {
        self.0.iv
    }

    /// The exact value, computing (and keeping) whatever it depends on that is not known yet.
    /// Iterative, as the graph can be deep (a share depends on every payment before it).
    pub(crate) fn value(&self) -> Q {
        let mut stack: Vec<Num> = vec![self.clone()];
        while let Some(top) = stack.last().cloned() {
            if top.0.exact.get().is_some() {
                stack.pop();
                continue;
            }
            let missing: Vec<Num> = match &top.0.op {
                Op::Leaf => Vec::new(),
                Op::Price { poor, .. } => {
                    poor.iter().filter(|(n, _)| n.0.exact.get().is_none()).map(|(n, _)| n.clone()).collect()
                }
                Op::Left { share, price, .. } => {
                    [share, price].into_iter().filter(|n| n.0.exact.get().is_none()).cloned().collect()
                }
            };
            if !missing.is_empty() {
                stack.extend(missing);
                continue;
            }
            let known = |n: &Num| n.0.exact.get().cloned().unwrap_or_else(|| Q::int(0));
            let v = match &top.0.op {
                // A leaf is created with its value; unreachable, but a zero keeps this total.
                Op::Leaf => Q::int(0),
                Op::Price { cost, poor, sat_left } => {
                    let paid = poor.iter().fold(Q::int(0), |sum, (n, m)| sum.add(&known(n).mul(&Q::int(*m as i128))));
                    Q::int(*cost).sub(&paid).div(&Q::int(*sat_left))
                }
                Op::Left { share, price, sat } => known(share).sub(&known(price).mul(&Q::int(i128::from(*sat)))),
            };
            let _ = top.0.exact.set(v);
            stack.pop();
        }
        self.0.exact.get().cloned().unwrap_or_else(|| Q::int(0))
    }

    /// Exact comparison: by the floats when they settle it, by the exact values otherwise.
    pub(crate) fn cmp(&self, o: &Num) -> Ordering {
        self.0.iv.cmp(o.0.iv).unwrap_or_else(|| self.value().cmp(&o.value()))
    }
}

#[cfg(test)]
mod tests {
    use super::{Iv, Num, Q};
    use std::cmp::Ordering;

    #[test]
    fn lazy_numbers_compare_exactly_when_floats_cannot_tell() {
        // Three voters with a third each pay for a project of cost 1: the price is 0 exactly,
        // though the floats of 1 − (1/3 + 1/3 + 1/3) only say "about 0".
        let third = Num::exact(Q::ratio(1, 3));
        let poor = vec![(third.clone(), 3)];
        let iv = Iv::int(1).sub(third.iv().mul_int(3)).div_int(1);
        let price = Num::price(1, poor, 1, iv);
        assert_eq!(price.cmp(&Num::int(0)), Ordering::Equal);
        // 10^20 + 1 − 10^20 × 1 = 1 exactly; the floats lose the 1.
        let big = Num::int(10i128.pow(20));
        let share = Num::int(10i128.pow(20) + 1);
        let left = Num::left(share.clone(), big.clone(), 1, share.iv().sub(big.iv()));
        assert_eq!(left.cmp(&Num::int(1)), Ordering::Equal);
        assert_eq!(left.cmp(&Num::int(0)), Ordering::Greater);
        // A long chain of payments is evaluated, and dropped, without deep recursion.
        let mut s = Num::exact(Q::int(1_000_000));
        let tiny = Num::exact(Q::ratio(1, 7));
        for _ in 0..200_000 {
            let iv = s.iv().sub(tiny.iv());
            s = Num::left(s, tiny.clone(), 1, iv);
        }
        assert_eq!(s.value(), Q::ratio(7_000_000 - 200_000, 7));
        assert_eq!(s.cmp(&Num::exact(Q::ratio(6_800_000, 7))), Ordering::Equal);
    }

    #[test]
    fn overflowing_results_move_to_big_integers_and_come_back() {
        let third = Q::ratio(1, 3);
        let huge = Q::int(i128::MAX / 2);
        let big = huge.mul(&Q::int(1000));
        assert!(matches!(big, Q::Big(_)), "{big:?}");
        // Back in range: canonical small again, and equal to the value computed directly.
        let back = big.div(&Q::int(1000));
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
