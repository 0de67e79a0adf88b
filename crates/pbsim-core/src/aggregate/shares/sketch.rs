//! The passes over the rows: pass 1 ([`Sketch::build`]) reads every row once for its total, its
//! shares, their slots and the fine histograms; pass 2 ([`Sketch::extract`]) reads back only the
//! shares in the slots that hold an answer, computing each row's total and each share's slot again
//! as pass 1 did rather than keeping them (8 bytes a row for the total, 2 a value for the slot:
//! more than the values themselves, which take 1 on most sliders), so the passes hold nothing per
//! row. Large profiles are split by rows over threads.

use super::grid::Grid;
use crate::aggregate::column::CHUNK;
use crate::aggregate::row_weights::{Weights, weight_at};
use crate::aggregate::{Histogram, Profile};
/// The most slot ranges read back per line: two extremes, three quartiles, the market span.
const MAX_RANGES: usize = 6;
/// Slots tested together in pass 2.
const BLOCK: usize = 64;
/// Below this many rows, threads cost more than they save.
const PARALLEL_ROWS: usize = 1 << 16;

/// Pass 1's result.
pub(super) struct Sketch {
    pub(super) lines: usize,
    pub(super) rows: usize,
    pub(super) grid: Grid,
    /// Per line, the weight in each slot.
    pub(super) hist: Vec<f64>,
    /// Per line, the weighted sum of shares.
    pub(super) sums: Vec<f64>,
    /// Per line, the weight of rows above and below the baseline.
    pub(super) raised: Vec<f64>,
    pub(super) lowered: Vec<f64>,
    pub(super) mass: f64,
    pub(super) used: usize,
    pub(super) excluded: usize,
    pub(super) min_weight: f64,
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
    pub(super) fn build(
        profile: &Profile,
        weights: Option<Weights<'_>>,
        baselines: Option<&[f64]>,
        grid: Grid,
    ) -> Sketch {
        let (lines, rows) = (profile.ids().len(), profile.rows());
        let weighted = weights.is_some();
        let partial = run_parts(row_parts(rows), |(start, end)| {
            let mut partial = Partial::new(lines, grid.slots, weighted);
            let mut scale = [0.0f64; CHUNK];
            for at in (start..end).step_by(CHUNK) {
                let len = CHUNK.min(end - at);
                pass_chunk(profile, weights, baselines, grid, at, &mut scale[..len], &mut partial);
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

    pub(super) fn hist(&self, j: usize) -> &[f64] {
        &self.hist[j * self.grid.slots..(j + 1) * self.grid.slots]
    }

    /// Cumulative weight of line `j` up to and including each slot.
    pub(super) fn cumulative(&self, j: usize) -> Vec<f64> {
        let mut acc = 0.0;
        self.hist(j)
            .iter()
            .map(|h| {
                acc += h;
                acc
            })
            .collect()
    }

    pub(super) fn first_nonempty(&self, j: usize) -> usize {
        self.hist(j).iter().position(|h| *h > 0.0).unwrap_or(0)
    }

    pub(super) fn last_nonempty(&self, j: usize) -> usize {
        self.hist(j).iter().rposition(|h| *h > 0.0).unwrap_or(0)
    }

    /// Every line's shares counted in `bins` equal bins from its `(min, max)` in `ranges`, exactly,
    /// in one more pass over the rows.
    pub(super) fn exact_histograms(
        &self,
        profile: &Profile,
        weights: Option<Weights<'_>>,
        ranges: &[(f64, f64)],
        bins: usize,
    ) -> Vec<Histogram> {
        let bins = bins.max(1);
        let widths: Vec<f64> = ranges.iter().map(|(min, max)| (max - min) / bins as f64).collect();
        let mut counts = vec![vec![0.0; bins]; self.lines];
        let mut buffer = [0.0; CHUNK];
        let mut scale = [0.0; CHUNK];
        for start in (0..self.rows).step_by(CHUNK) {
            let len = CHUNK.min(self.rows - start);
            let scale = &mut scale[..len];
            row_scales(profile, start, scale);
            let mut weight_buffer = [0.0; CHUNK];
            let chunk_weights = weights.as_ref().map(|w| w.chunk(start, len, &mut weight_buffer));
            for (j, counts) in counts.iter_mut().enumerate() {
                let ((min, _), width) = (ranges[j], widths[j]);
                let values = profile.stored(j).chunk(start, len, &mut buffer);
                for (k, (v, scale)) in values.iter().zip(scale.iter()).enumerate() {
                    let w = weight_at(chunk_weights, k);
                    if *scale > 0.0 && w > 0.0 {
                        let share = (v * scale).min(1.0);
                        let bin = if width > 0.0 { ((share - min) / width) as usize } else { 0 };
                        counts[bin.min(bins - 1)] += w;
                    }
                }
            }
        }
        counts
            .into_iter()
            .zip(ranges.iter().zip(widths))
            .map(|(counts, ((min, _), width))| Histogram { start: *min, width, counts })
            .collect()
    }

    /// Pass 2: for every line, the (share, weight) of each row whose slot is in one of `wanted`'s
    /// ranges, sorted by share. The exact zeros are not read back: slot 0 becomes one entry
    /// holding their total weight.
    pub(super) fn extract(
        &self,
        profile: &Profile,
        weights: Option<Weights<'_>>,
        wanted: &[Vec<(usize, usize)>],
    ) -> Vec<Vec<(f64, f64)>> {
        let fixed: Vec<[(u16, u16); MAX_RANGES]> = wanted.iter().map(|w| self.fixed_ranges(w)).collect();
        let found: Vec<Vec<Vec<(f64, f64)>>> = run_parts(row_parts(self.rows), |(start, end)| {
            let mut out = vec![Vec::new(); self.lines];
            let mut buffer = [0.0f64; CHUNK];
            let mut scale = [0.0f64; CHUNK];
            let mut slot_buffer = [0u16; CHUNK];
            for at in (start..end).step_by(CHUNK) {
                let len = CHUNK.min(end - at);
                let scale = &mut scale[..len];
                row_scales(profile, at, scale);
                let mut weight_buffer = [0.0; CHUNK];
                let chunk_weights = weights.as_ref().map(|w| w.chunk(at, len, &mut weight_buffer));
                for (j, out) in out.iter_mut().enumerate() {
                    let values = profile.stored(j).chunk(at, len, &mut buffer);
                    let slots = &mut slot_buffer[..len];
                    share_slots(self.grid, values, scale, slots);
                    collect_wanted(&fixed[j], slots, values, scale, chunk_weights, out);
                }
            }
            out
        });
        // Per line: the zeros, then the rows in row order (the parts are in row order), sorted.
        (0..self.lines)
            .map(|j| {
                let zeros = self.hist(j)[0];
                let mut values: Vec<(f64, f64)> = if zeros > 0.0 { vec![(0.0, zeros)] } else { Vec::new() };
                for part in &found {
                    values.extend_from_slice(&part[j]);
                }
                values.sort_unstable_by(|a, b| a.0.total_cmp(&b.0));
                values
            })
            .collect()
    }

    /// The wanted slots as disjoint ranges `lo..=hi` above slot 0, merged, as `(lo, hi - lo)`; unused
    /// ones start at `u16::MAX`, a slot that does not exist.
    fn fixed_ranges(&self, wanted: &[(usize, usize)]) -> [(u16, u16); MAX_RANGES] {
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
        let mut fixed = [(u16::MAX, 0u16); MAX_RANGES];
        for (f, (lo, hi)) in fixed.iter_mut().zip(ranges) {
            *f = (lo, hi - lo);
        }
        fixed
    }
}

/// Rows `0..rows` cut at chunk boundaries into one part per thread, `(start, end)`.
fn row_parts(rows: usize) -> Vec<(usize, usize)> {
    let chunks = rows.div_ceil(CHUNK);
    let threads = threads_for(rows).min(chunks.max(1));
    let per_thread = chunks.div_ceil(threads.max(1)).max(1) * CHUNK;
    (0..rows).step_by(per_thread.max(1)).map(|start| (start, (start + per_thread).min(rows))).collect()
}

/// Each row's `1 / total` over every column (0 for a total that is not positive), for the rows
/// `start..start + scale.len()`: summed in the columns' order, as pass 1 sums them, so both passes
/// get the same shares to the bit.
fn row_scales(profile: &Profile, start: usize, scale: &mut [f64]) {
    profile.chunk_totals(start, scale);
    for s in scale.iter_mut() {
        *s = if *s > 0.0 { 1.0 / *s } else { 0.0 };
    }
}

/// Pass 2 over one chunk of one line: pushes to `out` the (share, weight) of each row whose slot is
/// in `fixed`'s ranges, with a positive total and weight (`weights`: the chunk's).
fn collect_wanted(
    fixed: &[(u16, u16); MAX_RANGES],
    slots: &[u16],
    values: &[f64],
    scale: &[f64],
    weights: Option<&[f64]>,
    out: &mut Vec<(f64, f64)>,
) {
    // `s - lo <= hi - lo` in wrapping arithmetic tests `lo <= s <= hi` with one comparison. A
    // fixed number of ranges lets the compiler unroll the test and vectorise it over a block.
    // Most blocks hold no wanted slot: test 64 at a time. `d.saturating_sub(width) == 0` is
    // `d <= width` in the form SSE2 has (an unsigned saturating subtraction), so the test
    // vectorises even without wider instruction sets.
    for (block, chunk) in slots.chunks(BLOCK).enumerate() {
        let mut hit = [0u16; BLOCK];
        for &(lo, width) in fixed {
            for (h, s) in hit.iter_mut().zip(chunk) {
                *h |= u16::from(s.wrapping_sub(lo).saturating_sub(width) == 0);
            }
        }
        if hit.iter().fold(0, |a, h| a | h) == 0 {
            continue;
        }
        for (k, h) in hit.iter().take(chunk.len()).enumerate() {
            if *h != 0 {
                let i = block * BLOCK + k;
                let scale = scale[i];
                if scale > 0.0 {
                    let w = weight_at(weights, i);
                    if w > 0.0 {
                        out.push(((values[i] * scale).min(1.0), w));
                    }
                }
            }
        }
    }
}

/// The shares `values · scale` (at most 1) and their slots, in a loop the compiler vectorises:
/// pass 1 and pass 2 compute every slot the same way.
#[inline]
fn shares_and_slots(grid: Grid, values: &[f64], scale: &[f64], shares: &mut [f64], slots: &mut [u16]) {
    for ((o, sh), (v, s)) in slots.iter_mut().zip(shares.iter_mut()).zip(values.iter().zip(scale)) {
        let share = (v * s).min(1.0);
        *sh = share;
        *o = grid.slot(share) as u16;
    }
}

/// The slots alone (pass 2).
fn share_slots(grid: Grid, values: &[f64], scale: &[f64], slots: &mut [u16]) {
    let mut shares = [0.0f64; CHUNK];
    shares_and_slots(grid, values, scale, &mut shares[..values.len()], slots);
}

/// Pass 1 over rows `start..start + scale.len()`.
fn pass_chunk(
    profile: &Profile,
    weights: Option<Weights<'_>>,
    baselines: Option<&[f64]>,
    grid: Grid,
    start: usize,
    scale: &mut [f64],
    partial: &mut Partial,
) {
    let len = scale.len();
    let lines = profile.ids().len();
    row_scales(profile, start, scale);
    // Columns stored as steps are decoded a chunk at a time into `buffer`.
    let mut buffer = [0.0f64; CHUNK];
    let mut weight = [0.0f64; CHUNK];
    let weight = &mut weight[..len];
    let mut left_out = 0u32;
    let mut weight_buffer = [0.0; CHUNK];
    let chunk_weights = weights.as_ref().map(|w| w.chunk(start, len, &mut weight_buffer));
    for k in 0..len {
        let w = weight_at(chunk_weights, k);
        let positive = scale[k] > 0.0;
        if positive && w > 0.0 {
            weight[k] = w;
            partial.used += 1;
            partial.mass += w;
            partial.min_weight = partial.min_weight.min(w);
        } else {
            scale[k] = 0.0;
            weight[k] = 0.0;
            left_out += 1;
            if !positive {
                partial.excluded += 1;
            }
        }
    }
    let slot_count = grid.slots;
    let mut slots = [0u16; CHUNK];
    for j in 0..lines {
        let column = profile.stored(j).chunk(start, len, &mut buffer);
        let out = &mut slots[..len];
        // Shares and slots in a loop the compiler vectorises; the sum with four accumulators (a
        // single float accumulator would serialise the loop); the histogram's scattered increments
        // in a third loop.
        let mut shares = [0.0f64; CHUNK];
        let shares = &mut shares[..len];
        shares_and_slots(grid, column, scale, shares, out);
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
