//! Quantiles of weighted values (the averaged inverse distribution function, Hyndman–Fan type 2),
//! and the full [`Distribution`] of one column in its own unit, by sorting.

use super::{AggregateError, Histogram, compensated_sum};
use serde::{Deserialize, Serialize};

/// Mean, quartiles, extremes and histogram of one line's values.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Distribution {
    /// The (weighted) mean.
    pub mean: f64,
    /// The first quartile.
    pub q1: f64,
    /// The median.
    pub median: f64,
    /// The third quartile.
    pub q3: f64,
    /// The smallest value (of a submission with a positive weight).
    pub min: f64,
    /// The largest value.
    pub max: f64,
    /// Counts over the range asked for (or the range of the values).
    pub histogram: Histogram,
}

/// The `p`-quantile of `values`, sorted ascending, each with its weight, when a mass of `before`
/// lies below the first of them: the first value whose cumulative weight reaches `target`
/// (`p` × total weight), averaged with the next value when it reaches it exactly.
///
/// When rounding leaves the cumulative weight just short of `target` at the end, the last value is
/// the answer: it is the one the exact sum would have picked.
pub(crate) fn quantile_in(values: &[(f64, f64)], before: f64, target: f64) -> f64 {
    let mut cum = before;
    for (k, &(v, w)) in values.iter().enumerate() {
        if w <= 0.0 {
            continue;
        }
        cum += w;
        if cum >= target {
            if cum == target
                && let Some(&(next, _)) = values[k + 1..].iter().find(|(_, w)| *w > 0.0)
            {
                return (v + next) / 2.0;
            }
            return v;
        }
    }
    values.iter().rev().find(|(_, w)| *w > 0.0).map_or(f64::NAN, |(v, _)| *v)
}

/// The (weighted) median of values paired with their weights, sorted ascending, none of zero
/// weight, as [`distribution_of_sorted`] gives it; `None` without values.
pub(crate) fn median_of_pairs(sorted: &[(f64, f64)]) -> Option<f64> {
    let total = compensated_sum(sorted.iter().map(|(_, w)| *w));
    (!sorted.is_empty()).then(|| quantile_in(sorted, 0.0, 0.5 * total))
}

/// The distribution of one column in its own unit (amounts, rates), with `bins` histogram bins
/// over `range` (a line's slider range) or, without one, over the values' own range.
pub fn distribution(
    values: &[f64],
    weights: Option<&[f64]>,
    bins: usize,
    range: Option<(f64, f64)>,
) -> Result<Distribution, AggregateError> {
    if let Some(w) = weights
        && w.len() != values.len()
    {
        return Err(AggregateError::WeightCount { weights: w.len(), rows: values.len() });
    }
    let weight = |i: usize| weights.map_or(1.0, |w| w[i]);
    let mut sorted: Vec<(f64, f64)> = Vec::with_capacity(values.len());
    for (i, &v) in values.iter().enumerate() {
        let w = weight(i);
        if !w.is_finite() || w < 0.0 {
            return Err(AggregateError::BadWeight { row: i, weight: w });
        }
        if w > 0.0 {
            sorted.push((v, w));
        }
    }
    sorted.sort_unstable_by(|a, b| a.0.total_cmp(&b.0));
    distribution_of_sorted(&sorted, bins, range)
}

/// [`distribution`] of values already paired with their weights and sorted ascending, none of
/// them of zero weight (several rows of one value may be one pair with their summed weight).
pub(crate) fn distribution_of_sorted(
    sorted: &[(f64, f64)],
    bins: usize,
    range: Option<(f64, f64)>,
) -> Result<Distribution, AggregateError> {
    if sorted.is_empty() {
        return Err(AggregateError::Empty);
    }
    let total = compensated_sum(sorted.iter().map(|(_, w)| *w));
    let mean = compensated_sum(sorted.iter().map(|(v, w)| v * w)) / total;
    let q = |p: f64| quantile_in(sorted, 0.0, p * total);
    let (min, max) = (sorted[0].0, sorted[sorted.len() - 1].0);
    let (lo, hi) = range.unwrap_or((min, max));
    let histogram = histogram_of(sorted, bins.max(1), lo, hi);
    Ok(Distribution { mean, q1: q(0.25), median: q(0.5), q3: q(0.75), min, max, histogram })
}

/// Weighted counts of values in `bins` equal bins over `[lo, hi]`; values outside fall in the
/// first or last bin (a line's range holds every value a resident could choose, so none do there).
fn histogram_of(values: &[(f64, f64)], bins: usize, lo: f64, hi: f64) -> Histogram {
    let span = hi - lo;
    if span <= 0.0 || !span.is_finite() {
        let counts = vec![compensated_sum(values.iter().map(|(_, w)| *w))];
        return Histogram { start: lo, width: 0.0, counts };
    }
    let width = span / bins as f64;
    let mut counts = vec![0.0; bins];
    for &(v, w) in values {
        let k = (((v - lo) / width).floor().max(0.0) as usize).min(bins - 1);
        counts[k] += w;
    }
    Histogram { start: lo, width, counts }
}
