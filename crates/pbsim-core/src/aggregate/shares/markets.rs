//! The independent-markets search: the range of `t` that must hold `t*`, from the slots alone,
//! then `t*` itself, exactly, from the few reports read back near each line's median.

use super::grid::Grid;

/// Sums of slot edges are rounded; the bracket of `t*` is widened by this much so that rounding can
/// never put `t*` outside it.
const SLACK: f64 = 1e-12;

/// The weight of one line's shares in each slot and above (at or above its lower edge), read from
/// its cumulative weights per slot rather than kept beside them (a slot array per line is 15 MB
/// over 30 lines at a million rows): `get(0)` is the whole mass, `get(slots)` what lies above the
/// last slot (none).
#[derive(Clone, Copy)]
pub(super) struct AtOrAbove<'a> {
    cum: &'a [f64],
    mass: f64,
}

impl<'a> AtOrAbove<'a> {
    pub(super) fn new(cum: &'a [f64], mass: f64) -> AtOrAbove<'a> {
        AtOrAbove { cum, mass }
    }

    #[inline]
    pub(super) fn get(self, k: usize) -> f64 {
        if k == 0 { self.mass } else { (self.mass - self.cum[k - 1]).max(0.0) }
    }
}

/// The slot holding a line's median at `t`: the median is at or above slot `k`'s lower edge exactly
/// when `t · geq[k] ≥ lower(k)`, which holds for a prefix of the slots (always for slot 0).
pub(super) fn slot_at(geq: AtOrAbove<'_>, grid: Grid, t: f64) -> usize {
    let (mut lo, mut hi) = (1usize, grid.slots);
    // Invariant: the predicate holds below `lo` and fails from `hi` on.
    while lo < hi {
        let mid = (lo + hi) / 2;
        if t * geq.get(mid) >= grid.lower(mid) { lo = mid + 1 } else { hi = mid }
    }
    lo - 1
}

/// The range `[t_a, t_c]` that must hold `t*`, from the histograms alone: at `t_a` the medians'
/// upper bounds sum to less than 1, at `t_c` their lower bounds sum to at least 1.
pub(super) fn bracket_t_star(geq: &[AtOrAbove<'_>], grid: Grid, t_max: f64) -> (f64, f64) {
    let upper = |t: f64| geq.iter().map(|g| grid.upper(slot_at(*g, grid, t))).sum::<f64>();
    let lower = |t: f64| geq.iter().map(|g| grid.lower(slot_at(*g, grid, t))).sum::<f64>();
    let bisect = |mut lo: f64, mut hi: f64, below: &dyn Fn(f64) -> bool| {
        for _ in 0..200 {
            let mid = lo + (hi - lo) / 2.0;
            if mid <= lo || mid >= hi {
                break;
            }
            if below(mid) { lo = mid } else { hi = mid }
        }
        (lo, hi)
    };
    let (t_a, _) = bisect(0.0, t_max, &|t| upper(t) < 1.0 - SLACK);
    let t_c = if lower(t_max) >= 1.0 + SLACK { bisect(t_a, t_max, &|t| lower(t) < 1.0 + SLACK).1 } else { t_max };
    (t_a, t_c)
}

/// The reports of one line near its independent-markets median, largest first, with the weight at
/// or above each of them.
pub(super) struct Span {
    /// Weight above the span's slots.
    above: f64,
    /// (share, weight at or above it), shares descending.
    values: Vec<(f64, f64)>,
}

/// Which linear piece a line's median is on at some `t`: `t · slope` or a constant report.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Piece {
    Linear(f64),
    Constant(f64),
}

impl Span {
    pub(super) fn new(values: &[(f64, f64)], geq: AtOrAbove<'_>, grid: Grid, (lo, hi): (usize, usize)) -> Span {
        let above = geq.get(hi + 1);
        let start = values.partition_point(|x| grid.slot(x.0) < lo);
        let end = values.partition_point(|x| grid.slot(x.0) <= hi);
        let mut cum = above;
        let values = values[start..end]
            .iter()
            .rev()
            .filter(|(_, w)| *w > 0.0)
            .map(|&(v, w)| {
                cum += w;
                (v, cum)
            })
            .collect();
        Span { above, values }
    }

    /// The median at `t` (valid for `t` in the bracket the span was read for) and its piece: the
    /// largest of `min(v_k, t·W_k)` over the reports, where the last report with `v_k ≥ t·W_k`
    /// marks where the increasing line `t·W` crosses the decreasing reports.
    fn median(&self, t: f64) -> (f64, Piece) {
        let r = self.values.partition_point(|&(v, w)| v >= t * w);
        let weight = if r == 0 { self.above } else { self.values[r - 1].1 };
        let linear = t * weight;
        match self.values.get(r) {
            Some(&(v, _)) if v > linear => (v, Piece::Constant(v)),
            _ => (linear, Piece::Linear(weight)),
        }
    }
}

/// `t*` and every line's median there: bisect until every line stays on one linear piece across
/// the bracket, then solve `Σ medians = 1` on it exactly.
pub(super) fn solve_t_star(spans: &[Span], mut lo: f64, mut hi: f64) -> (f64, Vec<f64>) {
    let pieces = |t: f64| spans.iter().map(|s| s.median(t)).collect::<Vec<_>>();
    let sum = |m: &[(f64, Piece)]| m.iter().map(|x| x.0).sum::<f64>();
    let mut at_hi = pieces(hi);
    for _ in 0..200 {
        let at_lo = pieces(lo);
        if at_lo.iter().zip(&at_hi).all(|(a, b)| a.1 == b.1) {
            break;
        }
        let mid = lo + (hi - lo) / 2.0;
        if mid <= lo || mid >= hi {
            break;
        }
        let at_mid = pieces(mid);
        if sum(&at_mid) < 1.0 {
            lo = mid;
        } else {
            hi = mid;
            at_hi = at_mid;
        }
    }
    let (slope, constant) = at_hi.iter().fold((0.0, 0.0), |(s, c), (_, p)| match p {
        Piece::Linear(w) => (s + w, c),
        Piece::Constant(v) => (s, c + v),
    });
    let t = if slope > 0.0 { ((1.0 - constant) / slope).clamp(lo, hi) } else { hi };
    (t, spans.iter().map(|s| s.median(t).0).collect())
}
