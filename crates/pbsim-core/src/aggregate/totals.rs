//! The median of residents' spending totals, in memory that does not grow with the rows.
//!
//! A row's total is the sum of its values over a profile's columns, recomputed a chunk at a time
//! rather than kept (8 bytes a row). **Pass 1** counts the totals' weight in coarse slots cut from
//! the bits of each total (a non-negative `f64`'s bits order like its value: the exponent and the
//! leading 8 bits of the mantissa name a slot, so each slot spans 1/256 of a doubling); the slot
//! that holds the median follows from the cumulative weights. **Pass 2** reads back only the totals
//! in that slot (and the next non-empty one, when the median is the mean of two values) and walks
//! their cumulative weight exactly as [`super::distribution`] does over all of them.

use super::Profile;
use super::column::CHUNK;
use super::quantile::quantile_in;
use super::row_weights::{Weights, weight_at};

/// Slot 0 holds the totals of 0 (and anything below), slots 1.. one 256th of a doubling each from
/// 1 up to 2^64; the last slot also holds every larger total.
const SLOTS: usize = (64 << 8) + 2;

/// The slot of a total: monotonic in the total, which is all the passes need.
#[inline]
fn slot(total: f64) -> usize {
    if total.is_nan() || total <= 0.0 {
        return 0;
    }
    let key = (total.to_bits() >> 44).saturating_sub(1023 << 8) as usize + 1;
    key.min(SLOTS - 1)
}

/// Calls `visit(total, weight)` for every row of `profile`, a chunk at a time.
fn each_total(profile: &Profile, weights: Option<Weights<'_>>, mut visit: impl FnMut(f64, f64)) {
    let rows = profile.rows();
    let mut totals = [0.0f64; CHUNK];
    let mut weight_buffer = [0.0f64; CHUNK];
    for start in (0..rows).step_by(CHUNK) {
        let len = CHUNK.min(rows - start);
        let totals = &mut totals[..len];
        profile.chunk_totals(start, totals);
        let chunk_weights = weights.as_ref().map(|w| w.chunk(start, len, &mut weight_buffer));
        for (k, t) in totals.iter().enumerate() {
            visit(*t, weight_at(chunk_weights, k));
        }
    }
}

/// The (weighted) median of every row's total over `profile`'s columns, as the report's quantiles
/// define it (the mean of the two middle totals for an even count); `None` without rows or weight.
/// `weights`, when given, has one weight per row.
pub(super) fn median_total(profile: &Profile, weights: Option<Weights<'_>>) -> Option<f64> {
    if weights.as_ref().is_some_and(|w| w.len() != profile.rows()) {
        return None;
    }
    let mut hist = vec![0.0f64; SLOTS];
    each_total(profile, weights, |t, w| {
        if w > 0.0 {
            hist[slot(t)] += w;
        }
    });
    let mut cum = hist;
    let mut acc = 0.0;
    for c in &mut cum {
        acc += *c;
        *c = acc;
    }
    let mass = acc;
    if mass <= 0.0 {
        return None;
    }
    let target = 0.5 * mass;
    let first = cum.partition_point(|c| *c < target).min(SLOTS - 1);
    // When the weight up to `first` is exactly half, the median is the mean of its last total and
    // the next one, which lies in the next slot that holds any weight.
    let last =
        if cum[first] == target { (first + 1..SLOTS).find(|&k| cum[k] > cum[first]).unwrap_or(first) } else { first };
    let before = if first == 0 { 0.0 } else { cum[first - 1] };
    let mut near = Vec::new();
    each_total(profile, weights, |t, w| {
        if w > 0.0 && (first..=last).contains(&slot(t)) {
            near.push((t, w));
        }
    });
    near.sort_unstable_by(|a, b| a.0.total_cmp(&b.0));
    Some(quantile_in(&near, before, target))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn profile(rows: &[[f64; 2]]) -> Profile {
        Profile::from_rows(vec!["a".into(), "b".into()], rows).unwrap_or_else(|e| panic!("{e}"))
    }

    /// The median by sorting every total, as the report computed it before.
    fn sorted_median(totals: &[f64], weights: Option<&[f64]>) -> Option<f64> {
        let mut pairs: Vec<(f64, f64)> = totals
            .iter()
            .enumerate()
            .map(|(i, t)| (*t, weights.map_or(1.0, |w| w[i])))
            .filter(|(_, w)| *w > 0.0)
            .collect();
        if pairs.is_empty() {
            return None;
        }
        pairs.sort_unstable_by(|a, b| a.0.total_cmp(&b.0));
        let mass: f64 = pairs.iter().map(|p| p.1).sum();
        Some(quantile_in(&pairs, 0.0, 0.5 * mass))
    }

    #[test]
    fn the_median_total_is_the_middle_total_or_the_mean_of_the_two_middle_ones() {
        assert_eq!(median_total(&profile(&[[1.0, 2.0], [10.0, 0.0], [0.0, 0.0]]), None), Some(3.0));
        assert_eq!(median_total(&profile(&[[1.0, 2.0], [10.0, 0.0], [0.0, 0.0], [4.0, 4.0]]), None), Some(5.5));
        // Two middle totals in slots far apart: the next non-empty slot is read back too.
        assert_eq!(median_total(&profile(&[[0.0, 0.0], [1e12, 0.0]]), None), Some(5e11));
        assert_eq!(median_total(&profile(&[]), None), None);
        // Weighted: the heavy row is the median; no weight at all is no median.
        let p = profile(&[[1.0, 0.0], [2.0, 0.0], [3.0, 0.0]]);
        assert_eq!(median_total(&p, Some(Weights::Rows(&[0.5, 0.5, 3.0]))), Some(3.0));
        assert_eq!(median_total(&p, Some(Weights::Rows(&[0.0, 0.0, 0.0]))), None);
    }

    #[test]
    fn the_median_total_equals_sorting_every_total() {
        // Totals that share slots, ties, zeros and wide ranges, over several chunks.
        let mut seed = 0x2545_f491_4f6c_dd1du64;
        let mut next = || {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed
        };
        for n in [1usize, 2, 3, 7, CHUNK - 1, CHUNK + 1, 3 * CHUNK + 5] {
            let rows: Vec<[f64; 2]> = (0..n)
                .map(|_| {
                    let scale = [1u64, 100, 1_000_000, 1 << 40][(next() % 4) as usize];
                    [(next() % 50 * scale) as f64, (next() % 3) as f64]
                })
                .collect();
            let totals: Vec<f64> = rows.iter().map(|r| r[0] + r[1]).collect();
            let p = profile(&rows);
            assert_eq!(median_total(&p, None), sorted_median(&totals, None), "{n} rows");
            let weights: Vec<f64> = (0..n).map(|_| (next() % 4) as f64 * 0.5).collect();
            assert_eq!(
                median_total(&p, Some(Weights::Rows(&weights))),
                sorted_median(&totals, Some(&weights)),
                "{n} rows, weighted"
            );
        }
    }
}
