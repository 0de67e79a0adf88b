//! Share statistics and the three aggregates, without sorting a single column.
//!
//! **Pass 1** reads each row once: its total, every line's share, and a fine histogram of every
//! line's shares. The slots of that histogram are cut from the bits of the share itself: a
//! non-negative `f64`'s bit pattern orders like its value, so its exponent and leading mantissa bits
//! name a slot, each slot spans the same *relative* width (1/2048 of a doubling for a million rows),
//! and every slot's lower edge is a float, exactly. Small lines (0.3 % of the budget) get as many
//! slots as large ones, and "how much weight lies at or above this edge" is answered exactly by the
//! histogram. Slot 0 holds the exact zeros. The slot of each share is kept (2 bytes).
//!
//! **The independent-markets search** then works on the histograms alone. A line's median at `t`
//! is at or above `y` exactly when `t · W(y) ≥ y`, where `W(y)` is the weight of the reports at or
//! above `y` (see the module overview in `aggregate.rs`), so for any `t` the slot holding each
//! line's median is found by a binary search over the edges. Two bisections find the range of `t`
//! where the slots alone cannot tell whether the medians sum to less or more than 1; over that range
//! each line's median moves through a few slots.
//!
//! **Pass 2** reads back only the reports in those slots, and in the slots holding each quartile
//! and extreme (a few thousand values out of a million), and everything is finished exactly on
//! them: quartiles by walking the cumulative weight, and `t*` by bisecting until every line's median
//! is one linear piece, then solving that linear equation.
//!
//! Large profiles are split by rows over the machine's cores with scoped threads; on wasm32, which
//! has no threads, everything runs on the calling thread.
//!
//! Here are the results and the steps in order; `grid.rs` is the slots, `sketch.rs` the two passes
//! over the rows, `markets.rs` the search for `t*`.

mod grid;
mod markets;
mod sketch;

use super::quantile::quantile_in;
use super::row_weights::Weights;
use super::{AggregateError, Histogram, Movement, Profile};
use grid::{Grid, display_histogram, next_nonempty, slot_reaching};
use markets::{AtOrAbove, Span, bracket_t_star, slot_at, solve_t_star};
use serde::{Deserialize, Serialize};
use sketch::Sketch;

/// Up to this many values (rows × lines), histograms are counted exactly, in one more pass.
pub const EXACT_HISTOGRAM_CELLS: usize = 1 << 22;

/// What residents said about one line, as shares of their totals.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ShareLine {
    /// The line id.
    pub id: String,
    /// The (weighted) mean share: the mean aggregate.
    pub mean: f64,
    /// The first quartile of the shares.
    pub q1: f64,
    /// The median share.
    pub median: f64,
    /// The third quartile.
    pub q3: f64,
    /// The smallest share reported.
    pub min: f64,
    /// The largest share reported.
    pub max: f64,
    /// The distribution of shares in equal bins from `min` to `max` (each bin holds its lower edge,
    /// the last one also `max`). Counts are exact for profiles of up to [`EXACT_HISTOGRAM_CELLS`]
    /// values; beyond, they come from the fine histogram, each fine slot (1/2048 of a doubling wide
    /// for a million rows) counted in the bin that holds its lower edge.
    pub histogram: Histogram,
    /// The median scaled with every other line's so that they sum to 1; `None` when every median
    /// is zero.
    pub cw_median: Option<f64>,
    /// The independent-markets aggregate.
    pub independent_markets: f64,
    /// Who raised, lowered or kept the line, when baselines were given.
    pub movement: Option<Movement>,
}

/// What [`summarize_shares`] computes besides the aggregates.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ShareOptions {
    /// Histogram bins per line (at least 1).
    pub bins: usize,
    /// Each line's baseline, in the profile's unit: with them, each line's [`Movement`] is counted
    /// in the same pass.
    pub baselines: Option<Vec<f64>>,
}

/// Share statistics of every line of a profile.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ShareSummary {
    /// Rows aggregated (a positive total and a positive weight).
    pub used: usize,
    /// Rows left out because their total is zero.
    pub excluded: usize,
    /// The total weight of the rows aggregated (`used` when unweighted).
    pub mass: f64,
    /// The `t*` of the independent-markets aggregate.
    pub t_star: f64,
    /// Every line, in profile order.
    pub lines: Vec<ShareLine>,
}

/// Per-line share statistics and the mean, normalised coordinate-wise median and independent-markets
/// aggregates of `profile`, each row read as shares of its own total; rows whose total is zero are
/// left out. `weights` (one per row, not negative) count a row as that many residents.
pub fn summarize_shares(
    profile: &Profile,
    weights: Option<&[f64]>,
    options: &ShareOptions,
) -> Result<ShareSummary, AggregateError> {
    summarize(profile, weights.map(Weights::Rows), options)
}

/// [`summarize_shares`] with weights however they are held.
pub(crate) fn summarize(
    profile: &Profile,
    weights: Option<Weights<'_>>,
    options: &ShareOptions,
) -> Result<ShareSummary, AggregateError> {
    let baselines = options.baselines.as_deref();
    if let Some(b) = baselines
        && b.len() != profile.ids().len()
    {
        return Err(AggregateError::BaselineCount { baselines: b.len(), lines: profile.ids().len() });
    }
    if let Some(w) = &weights {
        if w.len() != profile.rows() {
            return Err(AggregateError::WeightCount { weights: w.len(), rows: profile.rows() });
        }
        if let Some((row, weight)) = w.first_bad() {
            return Err(AggregateError::BadWeight { row, weight });
        }
    }
    let grid = Grid::for_rows(profile.rows());
    let sketch = Sketch::build(profile, weights, baselines, grid);
    if sketch.used == 0 || sketch.mass <= 0.0 {
        return Err(AggregateError::Empty);
    }
    let lines = profile.ids().len();
    let cum: Vec<Vec<f64>> = (0..lines).map(|j| sketch.cumulative(j)).collect();
    // geq[j].get(k): the weight of line j's shares in slot k and above (at or above its lower edge).
    let geq: Vec<AtOrAbove<'_>> = cum.iter().map(|c| AtOrAbove::new(c, sketch.mass)).collect();

    // The slots each answer lies in, before reading any value back: each quartile's (with the
    // next non-empty slot when it is the mean of two values), the extremes', and the range the
    // independent-markets median moves through while `t` crosses the bracket of `t*`.
    let targets = [0.25, 0.5, 0.75].map(|p| p * sketch.mass);
    let t_max = if weights.is_some() { (1.0 / sketch.min_weight).max(1.0) } else { 1.0 };
    let (t_a, t_c) = bracket_t_star(&geq, grid, t_max);
    let mut quartile_slots: Vec<[(usize, usize); 3]> = Vec::with_capacity(lines);
    let mut market_slots: Vec<(usize, usize)> = Vec::with_capacity(lines);
    let mut wanted: Vec<Vec<(usize, usize)>> = Vec::with_capacity(lines);
    for j in 0..lines {
        let c = &cum[j];
        let quartiles = targets.map(|target| {
            let b = slot_reaching(c, target);
            (b, if c[b] == target { next_nonempty(c, b).unwrap_or(b) } else { b })
        });
        let market = (slot_at(geq[j], grid, t_a), slot_at(geq[j], grid, t_c));
        let (first, last) = (sketch.first_nonempty(j), sketch.last_nonempty(j));
        let mut ranges = vec![(first, first), (last, last), market];
        ranges.extend(quartiles);
        quartile_slots.push(quartiles);
        market_slots.push(market);
        wanted.push(ranges);
    }
    let values = sketch.extract(profile, weights, &wanted);
    // The first and last non-empty slots were read back, and each line's values are sorted.
    let extremes: Vec<(f64, f64)> =
        values.iter().map(|v| (v.first().map_or(0.0, |x| x.0), v.last().map_or(0.0, |x| x.0))).collect();
    let mut exact = if profile.rows() * lines <= EXACT_HISTOGRAM_CELLS {
        sketch.exact_histograms(profile, weights, &extremes, options.bins).into_iter().map(Some).collect()
    } else {
        vec![None; lines]
    };

    let mut out = Vec::with_capacity(lines);
    for j in 0..lines {
        let c = &cum[j];
        let v = &values[j];
        let quantile = |k: usize| {
            let (b, end) = quartile_slots[j][k];
            let start = v.partition_point(|x| grid.slot(x.0) < b);
            let stop = v.partition_point(|x| grid.slot(x.0) <= end);
            let before = if b == 0 { 0.0 } else { c[b - 1] };
            quantile_in(&v[start..stop], before, targets[k])
        };
        let (min, max) = extremes[j];
        out.push(ShareLine {
            id: profile.ids()[j].clone(),
            mean: sketch.sums[j] / sketch.mass,
            q1: quantile(0),
            median: quantile(1),
            q3: quantile(2),
            min,
            max,
            histogram: match exact[j].take() {
                Some(h) => h,
                None => display_histogram(sketch.hist(j), grid, min, max, options.bins),
            },
            cw_median: None,
            independent_markets: 0.0,
            movement: baselines.map(|_| {
                let (raised, lowered) = (sketch.raised[j] / sketch.mass, sketch.lowered[j] / sketch.mass);
                Movement { raised, lowered, kept: (1.0 - raised - lowered).max(0.0) }
            }),
        });
    }
    let median_sum: f64 = out.iter().map(|l| l.median).sum();
    if median_sum > 0.0 {
        for line in &mut out {
            line.cw_median = Some(line.median / median_sum);
        }
    }
    let spans: Vec<Span> = (0..lines).map(|j| Span::new(&values[j], geq[j], grid, market_slots[j])).collect();
    let (t_star, medians) = solve_t_star(&spans, t_a, t_c);
    for (line, m) in out.iter_mut().zip(medians) {
        line.independent_markets = m;
    }
    Ok(ShareSummary { used: sketch.used, excluded: sketch.excluded, mass: sketch.mass, t_star, lines: out })
}
