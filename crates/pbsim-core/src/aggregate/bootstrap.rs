//! Bootstrap confidence intervals: how much the mean, the median and the independent-markets
//! aggregate of each line could move had other residents, drawn from the same population, taken part.
//!
//! Each replicate draws `n` whole submissions with replacement (so a resident's lines stay
//! together) and recomputes every aggregate. Drawing a submission `c` times is the same as giving it
//! weight `c`, so a replicate runs the ordinary weighted computation on the original table: nothing
//! is copied. The random draws come from ChaCha8 seeded by the caller, one stream per replicate, so
//! the same seed gives the same intervals on every machine, in the browser as on the server.

use super::quantile::quantile_in;
use super::row_weights::{Draws, Weights};
use super::shares::summarize;
use super::{AggregateError, Profile, ShareOptions};
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;
use serde::{Deserialize, Serialize};

/// How to bootstrap.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct BootstrapOptions {
    /// Number of resamples (200 is plenty for 95 % intervals).
    pub replicates: usize,
    /// The seed: the same seed gives the same intervals.
    pub seed: u64,
    /// The confidence level, such as 0.95.
    pub level: f64,
}

impl Default for BootstrapOptions {
    fn default() -> Self {
        BootstrapOptions { replicates: 200, seed: 2026, level: 0.95 }
    }
}

/// A confidence interval.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct Interval {
    /// The lower bound.
    pub low: f64,
    /// The upper bound.
    pub high: f64,
}

/// Confidence intervals of one line's aggregates (as shares).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct LineIntervals {
    /// The line id.
    pub id: String,
    /// Of the mean share.
    pub mean: Interval,
    /// Of the median share.
    pub median: Interval,
    /// Of the independent-markets share.
    pub independent_markets: Interval,
}

/// Percentile intervals of every line's mean, median and independent-markets share over
/// `options.replicates` resamples of whole submissions. `weights` are kept within each resample.
pub fn bootstrap(
    profile: &Profile,
    weights: Option<&[f64]>,
    options: &BootstrapOptions,
) -> Result<Vec<LineIntervals>, AggregateError> {
    bootstrap_until(profile, weights, options, &|| true)
}

/// [`bootstrap`], asking `keep_going` before each replicate and stopping with
/// [`AggregateError::Stopped`] when it says no: a server drops the work of a client that left.
pub fn bootstrap_until(
    profile: &Profile,
    weights: Option<&[f64]>,
    options: &BootstrapOptions,
    keep_going: &dyn Fn() -> bool,
) -> Result<Vec<LineIntervals>, AggregateError> {
    bootstrap_weighted(profile, weights.map(Weights::Rows), options, keep_going)
}

/// [`bootstrap_until`] with weights however they are held. A replicate's weights are read a chunk
/// at a time from how many times it drew each row (a byte a row), never held one per row.
pub(crate) fn bootstrap_weighted(
    profile: &Profile,
    weights: Option<Weights<'_>>,
    options: &BootstrapOptions,
    keep_going: &dyn Fn() -> bool,
) -> Result<Vec<LineIntervals>, AggregateError> {
    let n = profile.rows();
    if n == 0 {
        return Err(AggregateError::Empty);
    }
    if let Some(w) = &weights
        && w.len() != n
    {
        return Err(AggregateError::WeightCount { weights: w.len(), rows: n });
    }
    // Summed in row order, as one weight per row was.
    let base = |draws: Option<&Draws>| -> f64 {
        let draws_of = |i: usize| draws.map_or(1.0, |d| f64::from(d.get(i)));
        match weights {
            Some(w) => w.iter().enumerate().map(|(i, w)| draws_of(i) * w).sum(),
            None => (0..n).map(|i| draws_of(i) * 1.0).sum(),
        }
    };
    let base_total = base(None);
    let lines = profile.ids().len();
    // samples[j][statistic] holds one value per replicate.
    let mut samples = vec![[Vec::new(), Vec::new(), Vec::new()]; lines];
    let mut draws = Draws::new(n);
    for r in 0..options.replicates {
        if !keep_going() {
            return Err(AggregateError::Stopped);
        }
        let mut rng = ChaCha8Rng::seed_from_u64(options.seed);
        rng.set_stream(r as u64);
        draws.clear();
        for _ in 0..n {
            draws.add(rng.random_range(0..n));
        }
        let drawn = base(Some(&draws));
        if drawn <= 0.0 {
            continue;
        }
        // Scaled so the replicate weighs what the sample weighs: the independent-markets phantoms
        // count residents, so the number of residents must not change.
        let scale = base_total / drawn;
        let replicate = Weights::Replicate { draws: &draws, base: weights.as_ref(), scale };
        let summary = match summarize(profile, Some(replicate), &ShareOptions { bins: 1, baselines: None }) {
            Ok(s) => s,
            // A resample can miss every submission with a positive total; it says nothing.
            Err(AggregateError::Empty) => continue,
            Err(e) => return Err(e),
        };
        for (j, line) in summary.lines.iter().enumerate() {
            samples[j][0].push(line.mean);
            samples[j][1].push(line.median);
            samples[j][2].push(line.independent_markets);
        }
    }
    let tail = (1.0 - options.level.clamp(0.0, 1.0)) / 2.0;
    let interval = |values: &mut Vec<f64>| {
        values.sort_unstable_by(f64::total_cmp);
        let weighted: Vec<(f64, f64)> = values.iter().map(|v| (*v, 1.0)).collect();
        let count = weighted.len() as f64;
        Interval {
            low: quantile_in(&weighted, 0.0, tail * count),
            high: quantile_in(&weighted, 0.0, (1.0 - tail) * count),
        }
    };
    Ok(profile
        .ids()
        .iter()
        .zip(samples.iter_mut())
        .map(|(id, [mean, median, markets])| LineIntervals {
            id: id.clone(),
            mean: interval(mean),
            median: interval(median),
            independent_markets: interval(markets),
        })
        .collect())
}
