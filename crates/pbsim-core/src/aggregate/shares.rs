//! Share statistics and the three aggregates, without sorting a single column.
//!
//! **Pass 1** reads each row once: its total, every line's share, and a fine histogram of every
//! line's shares with [`FINE`] slots (slot 0 holds the exact zeros, slot `b ≥ 1` the shares in
//! `((b−1)/FINE, b/FINE]`). The slot of each share is kept (2 bytes). Because `FINE` is a power of
//! two, `share × FINE` is exact, so "is this share above the edge `b/FINE`" is answered exactly by
//! the histogram: the weight strictly above every edge is known.
//!
//! **The independent-markets search** then works on the histograms alone. For a line whose
//! reports weigh `W⁺(y)` strictly above `y`, its median at `t` lies above `y` exactly when
//! `t · W⁺(y) > y` (see the module overview in `aggregate.rs`), so for any `t` the slot holding each
//! line's median is found by a binary search over the edges. Two bisections find the range of `t`
//! where the slots alone cannot tell whether the medians sum to less or more than 1; over that range
//! each line's median moves through a handful of slots.
//!
//! **Pass 2** reads back only the reports in those slots, and in the slots holding each quartile
//! and extreme (a few thousand values out of a million), and everything is finished exactly on
//! them: quartiles by walking the cumulative weight, and `t*` by bisecting until every line's median
//! is one linear piece, then solving that linear equation.
//!
//! Large profiles are split by rows over the machine's cores with scoped threads; on wasm32, which
//! has no threads, everything runs on the calling thread.

use super::quantile::quantile_in;
use super::{AggregateError, Histogram, Profile};
use serde::{Deserialize, Serialize};

/// The number of fine slots above zero per line. A power of two, so that edges are exact.
pub(crate) const FINE: usize = 1 << 14;
const SLOTS: usize = FINE + 1;
/// Rows handled together in pass 1: their totals and scales stay in the L1 cache.
const CHUNK: usize = 2048;
/// Below this many rows, threads cost more than they save.
const PARALLEL_ROWS: usize = 1 << 16;

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
    /// The distribution of shares; bin `k` holds shares above `start + k·width` up to and
    /// including `start + (k+1)·width` (its first bin starts just below 0 to hold the zeros).
    pub histogram: Histogram,
    /// The median scaled with every other line's so that they sum to 1; `None` when every median
    /// is zero.
    pub cw_median: Option<f64>,
    /// The independent-markets aggregate.
    pub independent_markets: f64,
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
    bins: usize,
) -> Result<ShareSummary, AggregateError> {
    if let Some(w) = weights {
        if w.len() != profile.rows() {
            return Err(AggregateError::WeightCount { weights: w.len(), rows: profile.rows() });
        }
        if let Some(row) = w.iter().position(|w| !w.is_finite() || *w < 0.0) {
            return Err(AggregateError::BadWeight { row, weight: w[row] });
        }
    }
    let sketch = Sketch::build(profile, weights);
    if sketch.used == 0 || sketch.mass <= 0.0 {
        return Err(AggregateError::Empty);
    }
    let lines = profile.ids().len();
    let cum: Vec<Vec<f64>> = (0..lines).map(|j| sketch.cumulative(j)).collect();

    // The slots each answer lies in, before reading any value back.
    let targets = [0.25, 0.5, 0.75].map(|p| p * sketch.mass);
    let t_max = if weights.is_some() { (1.0 / sketch.min_weight).max(1.0) } else { 1.0 };
    let above: Vec<Vec<f64>> = cum.iter().map(|c| c.iter().map(|x| (sketch.mass - x).max(0.0)).collect()).collect();
    let (t_a, t_c) = bracket_t_star(&above, t_max);
    // For each line: the slot ranges of each quartile (with the next non-empty slot when a
    // quartile is the mean of two values), of the extremes, and of the independent-markets median.
    let mut quartile_slots: Vec<[(usize, usize); 3]> = Vec::with_capacity(lines);
    let mut market_slots: Vec<(usize, usize)> = Vec::with_capacity(lines);
    let mut wanted: Vec<Vec<(usize, usize)>> = Vec::with_capacity(lines);
    for j in 0..lines {
        let c = &cum[j];
        let quartiles = targets.map(|target| {
            let b = slot_reaching(c, target);
            (b, if c[b] == target { next_nonempty(c, b).unwrap_or(b) } else { b })
        });
        let market = (slot_at(&above[j], t_a), slot_at(&above[j], t_c));
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
            let start = v.partition_point(|x| slot_of(x.0) < b);
            let stop = v.partition_point(|x| slot_of(x.0) <= end);
            let before = if b == 0 { 0.0 } else { c[b - 1] };
            quantile_in(&v[start..stop], before, targets[k])
        };
        out.push(ShareLine {
            id: profile.ids()[j].clone(),
            mean: sketch.sums[j] / sketch.mass,
            q1: quantile(0),
            median: quantile(1),
            q3: quantile(2),
            // The first and last non-empty slots were read back, and `v` is sorted.
            min: v.first().map_or(0.0, |x| x.0),
            max: v.last().map_or(0.0, |x| x.0),
            histogram: display_histogram(
                &sketch.hist[j * SLOTS..(j + 1) * SLOTS],
                sketch.first_nonempty(j),
                sketch.last_nonempty(j),
                bins,
            ),
            cw_median: None,
            independent_markets: 0.0,
        });
    }
    let median_sum: f64 = out.iter().map(|l| l.median).sum();
    if median_sum > 0.0 {
        for line in &mut out {
            line.cw_median = Some(line.median / median_sum);
        }
    }
    let spans: Vec<Span> = (0..lines).map(|j| Span::new(&values[j], &above[j], market_slots[j])).collect();
    let (t_star, medians) = solve_t_star(&spans, t_a, t_c);
    for (line, m) in out.iter_mut().zip(medians) {
        line.independent_markets = m;
    }
    Ok(ShareSummary { used: sketch.used, excluded: sketch.excluded, mass: sketch.mass, t_star, lines: out })
}

/// The slot of a share: 0 for exactly zero, else `ceil(share × FINE)`.
#[inline]
fn slot_of(share: f64) -> usize {
    // `share × FINE` is exact (a power of two), so the edge test is exact too.
    ((share * FINE as f64).ceil() as usize).min(FINE)
}

/// The edge `b / FINE` (the upper edge of slot `b`).
#[inline]
fn edge(b: usize) -> f64 {
    b as f64 / FINE as f64
}

/// The first slot whose cumulative weight reaches `target`.
fn slot_reaching(cum: &[f64], target: f64) -> usize {
    cum.partition_point(|x| *x < target).min(FINE)
}

/// The next slot after `b` that holds any weight.
fn next_nonempty(cum: &[f64], b: usize) -> Option<usize> {
    (b + 1..SLOTS).find(|&k| cum[k] > cum[b])
}

/// The slot holding a line's median at `t`, given `above[b]`, the weight strictly above edge `b`:
/// the median lies above edge `b` exactly when `t · above[b] > b / FINE`, which holds for a prefix
/// of the edges.
fn slot_at(above: &[f64], t: f64) -> usize {
    let (mut lo, mut hi) = (0usize, FINE);
    // Invariant: the predicate holds for every edge below `lo` and fails at `hi` (or hi == FINE).
    while lo < hi {
        let mid = (lo + hi) / 2;
        if t * above[mid] > edge(mid) { lo = mid + 1 } else { hi = mid }
    }
    lo
}

/// The range `[t_a, t_c]` that must hold `t*`, from the histograms alone: below `t_a` the medians'
/// upper bounds sum to less than 1, from `t_c` their lower bounds sum to at least 1.
fn bracket_t_star(above: &[Vec<f64>], t_max: f64) -> (f64, f64) {
    let upper = |t: f64| above.iter().map(|a| edge(slot_at(a, t))).sum::<f64>();
    let lower = |t: f64| above.iter().map(|a| edge(slot_at(a, t).saturating_sub(1))).sum::<f64>();
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
    let (t_a, _) = bisect(0.0, t_max, &|t| upper(t) < 1.0);
    let t_c = if lower(t_max) >= 1.0 { bisect(t_a, t_max, &|t| lower(t) < 1.0).1 } else { t_max };
    (t_a, t_c)
}

/// The reports of one line near its independent-markets median, largest first, with the weight at
/// or above each of them.
struct Span {
    /// Weight strictly above the span's top edge.
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
    fn new(values: &[(f64, f64)], above: &[f64], (lo, hi): (usize, usize)) -> Span {
        let top = above[hi.min(FINE)];
        let start = values.partition_point(|x| slot_of(x.0) < lo);
        let end = values.partition_point(|x| slot_of(x.0) <= hi);
        let mut cum = top;
        let values = values[start..end]
            .iter()
            .rev()
            .filter(|(_, w)| *w > 0.0)
            .map(|&(v, w)| {
                cum += w;
                (v, cum)
            })
            .collect();
        Span { above: top, values }
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

/// Display bins made of whole fine slots, from the first to the last slot holding any weight.
fn display_histogram(hist: &[f64], first: usize, last: usize, bins: usize) -> Histogram {
    let span = last - first + 1;
    let group = span.div_ceil(bins.max(1));
    let counts = hist[first..=last].chunks(group).map(|c| c.iter().sum()).collect();
    Histogram { start: edge(first) - edge(1), width: edge(group), counts }
}

/// Pass 1's result.
struct Sketch {
    lines: usize,
    rows: usize,
    /// Per row: 1 / its total, or 0 for a row left out.
    scale: Vec<f64>,
    /// Per row and line, the share's slot; chunk by chunk, line-major inside each chunk.
    slots: Vec<u16>,
    /// Per line, the weight in each slot.
    hist: Vec<f64>,
    /// Per line, the weighted sum of shares.
    sums: Vec<f64>,
    mass: f64,
    used: usize,
    excluded: usize,
    min_weight: f64,
}

/// One thread's share of pass 1.
struct Partial {
    hist: Vec<f64>,
    sums: Vec<f64>,
    mass: f64,
    used: usize,
    excluded: usize,
    min_weight: f64,
}

impl Partial {
    fn new(lines: usize) -> Partial {
        Partial {
            hist: vec![0.0; lines * SLOTS],
            sums: vec![0.0; lines],
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
        for (a, b) in self.sums.iter_mut().zip(&other.sums) {
            *a += b;
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
    fn build(profile: &Profile, weights: Option<&[f64]>) -> Sketch {
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
        let partial = run_parts(parts, |(start, scale, slots)| {
            let mut partial = Partial::new(lines);
            let mut offset = 0;
            while offset < scale.len() {
                let len = CHUNK.min(scale.len() - offset);
                pass_chunk(
                    profile,
                    weights,
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
        .unwrap_or_else(|| Partial::new(lines));
        Sketch {
            lines,
            rows,
            scale,
            slots,
            hist: partial.hist,
            sums: partial.sums,
            mass: partial.mass,
            used: partial.used,
            excluded: partial.excluded,
            min_weight: partial.min_weight,
        }
    }

    /// Cumulative weight of line `j` up to and including each slot.
    fn cumulative(&self, j: usize) -> Vec<f64> {
        let mut acc = 0.0;
        self.hist[j * SLOTS..(j + 1) * SLOTS]
            .iter()
            .map(|h| {
                acc += h;
                acc
            })
            .collect()
    }

    fn first_nonempty(&self, j: usize) -> usize {
        self.hist[j * SLOTS..(j + 1) * SLOTS].iter().position(|h| *h > 0.0).unwrap_or(0)
    }

    fn last_nonempty(&self, j: usize) -> usize {
        self.hist[j * SLOTS..(j + 1) * SLOTS].iter().rposition(|h| *h > 0.0).unwrap_or(0)
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
        let lines: Vec<usize> = (0..self.lines).collect();
        let threads = threads_for(self.rows).min(self.lines);
        let parts: Vec<Vec<usize>> =
            (0..threads).map(|t| lines.iter().copied().filter(|j| j % threads == t).collect()).collect();
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
        let mut table = vec![false; SLOTS];
        for &(lo, hi) in wanted {
            for slot in &mut table[lo.max(1)..=hi.min(FINE)] {
                *slot = true;
            }
        }
        let column = profile.column(j);
        let mut out = Vec::new();
        let zeros = self.hist[j * SLOTS];
        if zeros > 0.0 {
            out.push((0.0, zeros));
        }
        let mut start = 0;
        while start < self.rows {
            let len = CHUNK.min(self.rows - start);
            let slots = &self.slots[start * self.lines + j * len..start * self.lines + (j + 1) * len];
            // Most blocks hold no wanted slot: test 16 at a time without branching.
            for (block, chunk) in slots.chunks(16).enumerate() {
                if !chunk.iter().fold(false, |any, s| any | table[usize::from(*s)]) {
                    continue;
                }
                for (k, s) in chunk.iter().enumerate() {
                    if table[usize::from(*s)] {
                        let i = start + block * 16 + k;
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
fn pass_chunk(
    profile: &Profile,
    weights: Option<&[f64]>,
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
            if total[k] <= 0.0 {
                partial.excluded += 1;
            }
        }
    }
    for j in 0..lines {
        let column = &profile.column(j)[start..start + len];
        let hist = &mut partial.hist[j * SLOTS..(j + 1) * SLOTS];
        let out = &mut slots[j * len..(j + 1) * len];
        let mut sum = 0.0;
        for k in 0..len {
            let share = (column[k] * scale[k]).min(1.0);
            let slot = slot_of(share);
            out[k] = slot as u16;
            hist[slot] += weight[k];
            sum += weight[k] * share;
        }
        partial.sums[j] += sum;
    }
}
