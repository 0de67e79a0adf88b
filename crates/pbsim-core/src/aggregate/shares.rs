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

use super::quantile::quantile_in;
use super::{AggregateError, Histogram, Movement, Profile};
use serde::{Deserialize, Serialize};

/// Up to this many values (rows × lines), histograms are counted exactly, in one more pass.
pub const EXACT_HISTOGRAM_CELLS: usize = 1 << 22;
/// Shares below `2^-OCTAVES` (one in a billion) share one slot.
const OCTAVES: u64 = 30;
/// Rows handled together in pass 1: their totals and scales stay in the L1 cache.
const CHUNK: usize = 2048;
/// The most slot ranges read back per line: two extremes, three quartiles, the market span.
const MAX_RANGES: usize = 6;
/// Slots tested together in pass 2.
const BLOCK: usize = 64;
/// Below this many rows, threads cost more than they save.
const PARALLEL_ROWS: usize = 1 << 16;
/// Sums of slot edges are rounded; the bracket of `t*` is widened by this much so that rounding can
/// never put `t*` outside it.
const SLACK: f64 = 1e-12;

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
    let baselines = options.baselines.as_deref();
    if let Some(b) = baselines
        && b.len() != profile.ids().len()
    {
        return Err(AggregateError::BaselineCount { baselines: b.len(), lines: profile.ids().len() });
    }
    if let Some(w) = weights {
        if w.len() != profile.rows() {
            return Err(AggregateError::WeightCount { weights: w.len(), rows: profile.rows() });
        }
        if let Some(row) = w.iter().position(|w| !w.is_finite() || *w < 0.0) {
            return Err(AggregateError::BadWeight { row, weight: w[row] });
        }
    }
    let grid = Grid::for_rows(profile.rows());
    let sketch = Sketch::build(profile, weights, baselines, grid);
    if sketch.used == 0 || sketch.mass <= 0.0 {
        return Err(AggregateError::Empty);
    }
    let lines = profile.ids().len();
    let cum: Vec<Vec<f64>> = (0..lines).map(|j| sketch.cumulative(j)).collect();
    // geq[j][k]: the weight of line j's shares in slot k and above (at or above its lower edge).
    let geq: Vec<Vec<f64>> = cum
        .iter()
        .map(|c| std::iter::once(sketch.mass).chain(c.iter().map(|x| (sketch.mass - x).max(0.0))).collect())
        .collect();

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
        let market = (slot_at(&geq[j], grid, t_a), slot_at(&geq[j], grid, t_c));
        let (first, last) = (sketch.first_nonempty(j), sketch.last_nonempty(j));
        let mut ranges = vec![(first, first), (last, last), market];
        ranges.extend(quartiles);
        quartile_slots.push(quartiles);
        market_slots.push(market);
        wanted.push(ranges);
    }
    let values = sketch.extract(profile, weights, &wanted);

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
        // The first and last non-empty slots were read back, and `v` is sorted.
        let (min, max) = (v.first().map_or(0.0, |x| x.0), v.last().map_or(0.0, |x| x.0));
        out.push(ShareLine {
            id: profile.ids()[j].clone(),
            mean: sketch.sums[j] / sketch.mass,
            q1: quantile(0),
            median: quantile(1),
            q3: quantile(2),
            min,
            max,
            histogram: if profile.rows() * lines <= EXACT_HISTOGRAM_CELLS {
                sketch.exact_histogram(profile, weights, j, min, max, options.bins)
            } else {
                display_histogram(sketch.hist(j), grid, min, max, options.bins)
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
    let spans: Vec<Span> = (0..lines).map(|j| Span::new(&values[j], &geq[j], grid, market_slots[j])).collect();
    let (t_star, medians) = solve_t_star(&spans, t_a, t_c);
    for (line, m) in out.iter_mut().zip(medians) {
        line.independent_markets = m;
    }
    Ok(ShareSummary { used: sketch.used, excluded: sketch.excluded, mass: sketch.mass, t_star, lines: out })
}

/// The fine slots: slot 0 holds exact zeros, slot 1 the shares below the second slot's edge (just
/// above `2^-OCTAVES`), and each further slot the shares whose bit pattern, shifted right by
/// `shift`, is one value: `2^bits` slots per doubling. More rows get finer slots, so that each slot
/// holds a few hundred shares at most.
#[derive(Clone, Copy, Debug)]
struct Grid {
    shift: u32,
    base: u64,
    slots: usize,
}

/// The smallest share with a slot of its own: smaller positive shares share slot 1.
const SMALLEST: f64 = 1.0 / (1u64 << OCTAVES) as f64;

impl Grid {
    fn for_rows(rows: usize) -> Grid {
        // About log2(rows) - 9 bits: 2048 slots per doubling for a million rows, 16 for a thousand.
        let bits = (usize::BITS - rows.leading_zeros()).saturating_sub(9).clamp(4, 11);
        let base = (1023 - OCTAVES) << bits;
        Grid { shift: 52 - bits, base, slots: ((OCTAVES << bits) + 2) as usize }
    }

    /// The slot of a share in `[0, 1]`.
    #[inline]
    fn slot(self, share: f64) -> usize {
        // A non-negative double's bits order like its value; the exponent and leading mantissa
        // bits, less those of 2^-OCTAVES, count slots upward. Clamping first keeps the arithmetic
        // unsigned and branch-free, so the compiler vectorises it (no 64-bit signed compare), and a
        // share of at most 1 needs no upper clamp.
        let key = (share.max(SMALLEST).to_bits() >> self.shift) - self.base;
        if share == 0.0 { 0 } else { key as usize + 1 }
    }

    /// The smallest share slot `k` can hold (exactly representable).
    fn lower(self, k: usize) -> f64 {
        match k {
            0 => 0.0,
            1 => f64::from_bits(1),
            _ => f64::from_bits(((k - 1) as u64 + self.base) << self.shift),
        }
    }

    /// The lower edge of the next slot (1 for the last slot, which holds only 1).
    fn upper(self, k: usize) -> f64 {
        if k + 1 >= self.slots { 1.0 } else { self.lower(k + 1) }
    }
}

/// The first slot whose cumulative weight reaches `target`.
fn slot_reaching(cum: &[f64], target: f64) -> usize {
    cum.partition_point(|x| *x < target).min(cum.len() - 1)
}

/// The next slot after `b` that holds any weight.
fn next_nonempty(cum: &[f64], b: usize) -> Option<usize> {
    (b + 1..cum.len()).find(|&k| cum[k] > cum[b])
}

/// The slot holding a line's median at `t`: the median is at or above slot `k`'s lower edge exactly
/// when `t · geq[k] ≥ lower(k)`, which holds for a prefix of the slots (always for slot 0).
fn slot_at(geq: &[f64], grid: Grid, t: f64) -> usize {
    let (mut lo, mut hi) = (1usize, grid.slots);
    // Invariant: the predicate holds below `lo` and fails from `hi` on.
    while lo < hi {
        let mid = (lo + hi) / 2;
        if t * geq[mid] >= grid.lower(mid) { lo = mid + 1 } else { hi = mid }
    }
    lo - 1
}

/// The range `[t_a, t_c]` that must hold `t*`, from the histograms alone: at `t_a` the medians'
/// upper bounds sum to less than 1, at `t_c` their lower bounds sum to at least 1.
fn bracket_t_star(geq: &[Vec<f64>], grid: Grid, t_max: f64) -> (f64, f64) {
    let upper = |t: f64| geq.iter().map(|g| grid.upper(slot_at(g, grid, t))).sum::<f64>();
    let lower = |t: f64| geq.iter().map(|g| grid.lower(slot_at(g, grid, t))).sum::<f64>();
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
struct Span {
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
    fn new(values: &[(f64, f64)], geq: &[f64], grid: Grid, (lo, hi): (usize, usize)) -> Span {
        let above = geq[hi + 1];
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
fn solve_t_star(spans: &[Span], mut lo: f64, mut hi: f64) -> (f64, Vec<f64>) {
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

/// `bins` equal bins from `min` to `max`; each fine slot's weight goes to the bin holding its lower
/// edge (the first bin when that edge is below `min`).
fn display_histogram(hist: &[f64], grid: Grid, min: f64, max: f64, bins: usize) -> Histogram {
    let bins = bins.max(1);
    let width = (max - min) / bins as f64;
    let mut counts = vec![0.0; bins];
    for (k, h) in hist.iter().enumerate().filter(|(_, h)| **h > 0.0) {
        let bin = if width > 0.0 { ((grid.lower(k) - min).max(0.0) / width) as usize } else { 0 };
        counts[bin.min(bins - 1)] += h;
    }
    Histogram { start: min, width, counts }
}

/// Pass 1's result.
struct Sketch {
    lines: usize,
    rows: usize,
    grid: Grid,
    /// Per row: 1 / its total, or 0 for a row left out.
    scale: Vec<f64>,
    /// Per row and line, the share's slot; chunk by chunk, line-major inside each chunk.
    slots: Vec<u16>,
    /// Per line, the weight in each slot.
    hist: Vec<f64>,
    /// Per line, the weighted sum of shares.
    sums: Vec<f64>,
    /// Per line, the weight of rows above and below the baseline.
    raised: Vec<f64>,
    lowered: Vec<f64>,
    mass: f64,
    used: usize,
    excluded: usize,
    min_weight: f64,
}

/// One thread's share of pass 1.
struct Partial {
    /// Weight per slot (weighted profiles only).
    hist: Vec<f64>,
    /// Rows per slot (unweighted profiles only): integer increments are cheaper than float ones.
    counts: Vec<u32>,
    sums: Vec<f64>,
    raised: Vec<f64>,
    lowered: Vec<f64>,
    mass: f64,
    used: usize,
    excluded: usize,
    min_weight: f64,
}

impl Partial {
    fn new(lines: usize, slots: usize, weighted: bool) -> Partial {
        let (hist, counts) =
            if weighted { (vec![0.0; lines * slots], Vec::new()) } else { (Vec::new(), vec![0; lines * slots]) };
        Partial {
            hist,
            counts,
            sums: vec![0.0; lines],
            raised: vec![0.0; lines],
            lowered: vec![0.0; lines],
            mass: 0.0,
            used: 0,
            excluded: 0,
            min_weight: f64::INFINITY,
        }
    }

    fn merge(mut self, other: Partial) -> Partial {
        for (a, b) in self.hist.iter_mut().zip(&other.hist) {
            *a += b;
        }
        for (a, b) in self.counts.iter_mut().zip(&other.counts) {
            *a += b;
        }
        for (mine, theirs) in
            [(&mut self.sums, &other.sums), (&mut self.raised, &other.raised), (&mut self.lowered, &other.lowered)]
        {
            for (a, b) in mine.iter_mut().zip(theirs) {
                *a += b;
            }
        }
        self.mass += other.mass;
        self.used += other.used;
        self.excluded += other.excluded;
        self.min_weight = self.min_weight.min(other.min_weight);
        self
    }
}

/// How many threads a pass over `rows` rows should use.
fn threads_for(rows: usize) -> usize {
    if rows < PARALLEL_ROWS {
        return 1;
    }
    std::thread::available_parallelism().map_or(1, |n| n.get().min(8))
}

/// Runs `work` over `parts` (one thread each when there are several) and returns their results in
/// order.
fn run_parts<P: Send, R: Send>(parts: Vec<P>, work: impl Fn(P) -> R + Sync) -> Vec<R> {
    if parts.len() <= 1 {
        return parts.into_iter().map(work).collect();
    }
    std::thread::scope(|scope| {
        let handles: Vec<_> = parts.into_iter().map(|p| scope.spawn(|| work(p))).collect();
        handles.into_iter().map(|h| h.join().unwrap_or_else(|e| std::panic::resume_unwind(e))).collect()
    })
}

impl Sketch {
    fn build(profile: &Profile, weights: Option<&[f64]>, baselines: Option<&[f64]>, grid: Grid) -> Sketch {
        let (lines, rows) = (profile.ids().len(), profile.rows());
        let mut scale = vec![0.0; rows];
        let mut slots = vec![0u16; rows * lines];
        let chunks = rows.div_ceil(CHUNK);
        let threads = threads_for(rows).min(chunks.max(1));
        // Split at chunk boundaries so that each thread owns whole chunks of `scale` and `slots`.
        let per_thread = chunks.div_ceil(threads.max(1)).max(1);
        let mut parts = Vec::new();
        let (mut scale_rest, mut slots_rest) = (scale.as_mut_slice(), slots.as_mut_slice());
        let mut start = 0;
        while start < rows {
            let len = (per_thread * CHUNK).min(rows - start);
            let (s, s_rest) = scale_rest.split_at_mut(len);
            let (b, b_rest) = slots_rest.split_at_mut(len * lines);
            parts.push((start, s, b));
            (scale_rest, slots_rest) = (s_rest, b_rest);
            start += len;
        }
        let weighted = weights.is_some();
        let partial = run_parts(parts, |(start, scale, slots)| {
            let mut partial = Partial::new(lines, grid.slots, weighted);
            let mut offset = 0;
            while offset < scale.len() {
                let len = CHUNK.min(scale.len() - offset);
                pass_chunk(
                    profile,
                    weights,
                    baselines,
                    grid,
                    start + offset,
                    &mut scale[offset..offset + len],
                    &mut slots[offset * lines..(offset + len) * lines],
                    &mut partial,
                );
                offset += len;
            }
            partial
        })
        .into_iter()
        .reduce(Partial::merge)
        .unwrap_or_else(|| Partial::new(lines, grid.slots, weighted));
        let hist = if weighted { partial.hist } else { partial.counts.iter().map(|c| f64::from(*c)).collect() };
        Sketch {
            lines,
            rows,
            grid,
            scale,
            slots,
            hist,
            sums: partial.sums,
            raised: partial.raised,
            lowered: partial.lowered,
            mass: partial.mass,
            used: partial.used,
            excluded: partial.excluded,
            min_weight: partial.min_weight,
        }
    }

    fn hist(&self, j: usize) -> &[f64] {
        &self.hist[j * self.grid.slots..(j + 1) * self.grid.slots]
    }

    /// Cumulative weight of line `j` up to and including each slot.
    fn cumulative(&self, j: usize) -> Vec<f64> {
        let mut acc = 0.0;
        self.hist(j)
            .iter()
            .map(|h| {
                acc += h;
                acc
            })
            .collect()
    }

    fn first_nonempty(&self, j: usize) -> usize {
        self.hist(j).iter().position(|h| *h > 0.0).unwrap_or(0)
    }

    fn last_nonempty(&self, j: usize) -> usize {
        self.hist(j).iter().rposition(|h| *h > 0.0).unwrap_or(0)
    }

    /// Line `j`'s shares counted in `bins` equal bins from `min` to `max`, exactly.
    fn exact_histogram(
        &self,
        profile: &Profile,
        weights: Option<&[f64]>,
        j: usize,
        min: f64,
        max: f64,
        bins: usize,
    ) -> Histogram {
        let bins = bins.max(1);
        let width = (max - min) / bins as f64;
        let mut counts = vec![0.0; bins];
        for (i, (v, scale)) in profile.column(j).iter().zip(&self.scale).enumerate() {
            let w = weights.map_or(1.0, |w| w[i]);
            if *scale > 0.0 && w > 0.0 {
                let share = (v * scale).min(1.0);
                let bin = if width > 0.0 { ((share - min) / width) as usize } else { 0 };
                counts[bin.min(bins - 1)] += w;
            }
        }
        Histogram { start: min, width, counts }
    }

    /// Pass 2: for every line, the (share, weight) of each row whose slot is in one of `wanted`'s
    /// ranges, sorted by share. The exact zeros are not read back: slot 0 becomes one entry
    /// holding their total weight.
    fn extract(
        &self,
        profile: &Profile,
        weights: Option<&[f64]>,
        wanted: &[Vec<(usize, usize)>],
    ) -> Vec<Vec<(f64, f64)>> {
        let threads = threads_for(self.rows).min(self.lines);
        let parts: Vec<Vec<usize>> =
            (0..threads).map(|t| (0..self.lines).filter(|j| j % threads == t).collect()).collect();
        let mut results: Vec<(usize, Vec<(f64, f64)>)> = run_parts(parts, |part| {
            part.into_iter().map(|j| (j, self.extract_line(profile, weights, j, &wanted[j]))).collect::<Vec<_>>()
        })
        .into_iter()
        .flatten()
        .collect();
        results.sort_by_key(|(j, _)| *j);
        results.into_iter().map(|(_, v)| v).collect()
    }

    fn extract_line(
        &self,
        profile: &Profile,
        weights: Option<&[f64]>,
        j: usize,
        wanted: &[(usize, usize)],
    ) -> Vec<(f64, f64)> {
        // The wanted slots as disjoint ranges `lo..=hi` above slot 0, merged.
        let mut ranges: Vec<(u16, u16)> = Vec::new();
        let mut sorted: Vec<(usize, usize)> = wanted
            .iter()
            .map(|&(lo, hi)| (lo.max(1), hi.min(self.grid.slots - 1)))
            .filter(|(lo, hi)| lo <= hi)
            .collect();
        sorted.sort_unstable();
        for (lo, hi) in sorted {
            match ranges.last_mut() {
                Some(last) if usize::from(last.1) + 1 >= lo => last.1 = last.1.max(hi as u16),
                _ => ranges.push((lo as u16, hi as u16)),
            }
        }
        // `s - lo <= hi - lo` in wrapping arithmetic tests `lo <= s <= hi` with one comparison. A
        // fixed number of ranges lets the compiler unroll the test and vectorise it over a block;
        // unused ones start at u16::MAX, a slot that does not exist.
        let mut fixed = [(u16::MAX, 0u16); MAX_RANGES];
        for (f, (lo, hi)) in fixed.iter_mut().zip(ranges) {
            *f = (lo, hi - lo);
        }
        let column = profile.column(j);
        let mut out = Vec::new();
        let zeros = self.hist(j)[0];
        if zeros > 0.0 {
            out.push((0.0, zeros));
        }
        let mut start = 0;
        while start < self.rows {
            let len = CHUNK.min(self.rows - start);
            let slots = &self.slots[start * self.lines + j * len..start * self.lines + (j + 1) * len];
            // Most blocks hold no wanted slot: test 64 at a time. `d.saturating_sub(width) == 0`
            // is `d <= width` in the form SSE2 has (an unsigned saturating subtraction), so the
            // test vectorises even without wider instruction sets.
            for (block, chunk) in slots.chunks(BLOCK).enumerate() {
                let mut hit = [0u16; BLOCK];
                for &(lo, width) in &fixed {
                    for (h, s) in hit.iter_mut().zip(chunk) {
                        *h |= u16::from(s.wrapping_sub(lo).saturating_sub(width) == 0);
                    }
                }
                if hit.iter().fold(0, |a, h| a | h) == 0 {
                    continue;
                }
                for (k, h) in hit.iter().take(chunk.len()).enumerate() {
                    if *h != 0 {
                        let i = start + block * BLOCK + k;
                        let scale = self.scale[i];
                        if scale > 0.0 {
                            let w = weights.map_or(1.0, |w| w[i]);
                            if w > 0.0 {
                                out.push(((column[i] * scale).min(1.0), w));
                            }
                        }
                    }
                }
            }
            start += len;
        }
        out.sort_unstable_by(|a, b| a.0.total_cmp(&b.0));
        out
    }
}

/// Pass 1 over rows `start..start + scale.len()`.
#[allow(clippy::too_many_arguments)]
fn pass_chunk(
    profile: &Profile,
    weights: Option<&[f64]>,
    baselines: Option<&[f64]>,
    grid: Grid,
    start: usize,
    scale: &mut [f64],
    slots: &mut [u16],
    partial: &mut Partial,
) {
    let len = scale.len();
    let lines = profile.ids().len();
    let mut total = [0.0f64; CHUNK];
    let total = &mut total[..len];
    for j in 0..lines {
        for (t, v) in total.iter_mut().zip(&profile.column(j)[start..start + len]) {
            *t += v;
        }
    }
    let mut weight = [0.0f64; CHUNK];
    let weight = &mut weight[..len];
    let mut left_out = 0u32;
    for k in 0..len {
        let w = weights.map_or(1.0, |w| w[start + k]);
        if total[k] > 0.0 && w > 0.0 {
            scale[k] = 1.0 / total[k];
            weight[k] = w;
            partial.used += 1;
            partial.mass += w;
            partial.min_weight = partial.min_weight.min(w);
        } else {
            scale[k] = 0.0;
            weight[k] = 0.0;
            left_out += 1;
            if total[k] <= 0.0 {
                partial.excluded += 1;
            }
        }
    }
    let slot_count = grid.slots;
    for j in 0..lines {
        let column = &profile.column(j)[start..start + len];
        let out = &mut slots[j * len..(j + 1) * len];
        // Shares and slots in a loop the compiler vectorises; the sum with four accumulators (a
        // single float accumulator would serialise the loop); the histogram's scattered increments
        // in a third loop.
        let mut shares = [0.0f64; CHUNK];
        let shares = &mut shares[..len];
        for ((o, sh), (v, s)) in out.iter_mut().zip(shares.iter_mut()).zip(column.iter().zip(scale.iter())) {
            let share = (v * s).min(1.0);
            *sh = share;
            *o = grid.slot(share) as u16;
        }
        let mut acc = [0.0f64; 4];
        let (body, tail) = (shares.chunks_exact(4), shares.len() % 4);
        let weights_body = weight.chunks_exact(4);
        for (sh, w) in body.zip(weights_body) {
            for k in 0..4 {
                acc[k] += sh[k] * w[k];
            }
        }
        for k in len - tail..len {
            acc[0] += shares[k] * weight[k];
        }
        partial.sums[j] += (acc[0] + acc[1]) + (acc[2] + acc[3]);
        if let Some(baselines) = baselines {
            // Counted where the column is still in the cache, rather than in a pass of its own.
            let b = baselines[j];
            let (mut up, mut down) = (0.0, 0.0);
            if weights.is_some() {
                for (v, w) in column.iter().zip(weight.iter()) {
                    up += if *v > b { *w } else { 0.0 };
                    down += if *v < b { *w } else { 0.0 };
                }
            } else {
                let (u, d) = column.iter().zip(weight.iter()).fold((0u32, 0u32), |(u, d), (v, w)| {
                    let counted = *w > 0.0;
                    (u + u32::from(counted & (*v > b)), d + u32::from(counted & (*v < b)))
                });
                (up, down) = (f64::from(u), f64::from(d));
            }
            partial.raised[j] += up;
            partial.lowered[j] += down;
        }
        if weights.is_some() {
            let hist = &mut partial.hist[j * slot_count..(j + 1) * slot_count];
            for (o, w) in out.iter().zip(weight.iter()) {
                hist[usize::from(*o)] += w;
            }
        } else {
            // Every row counts 1; rows left out have scale 0, so share 0, and are taken back out
            // of slot 0.
            let counts = &mut partial.counts[j * slot_count..(j + 1) * slot_count];
            for o in out.iter() {
                counts[usize::from(*o)] += 1;
            }
            counts[0] -= left_out;
        }
    }
}
