//! The fine slots of pass 1: cut from the bits of each share, so that every slot's lower edge is a
//! float, exactly; and what the slots alone tell (cumulative weights, the displayed histogram).

use crate::aggregate::Histogram;

/// Shares below `2^-OCTAVES` (one in a billion) share one slot.
const OCTAVES: u64 = 30;

/// The fine slots: slot 0 holds exact zeros, slot 1 the shares below the second slot's edge (just
/// above `2^-OCTAVES`), and each further slot the shares whose bit pattern, shifted right by
/// `shift`, is one value: `2^bits` slots per doubling. More rows get finer slots, so that each slot
/// holds a few hundred shares at most.
#[derive(Clone, Copy, Debug)]
pub(super) struct Grid {
    shift: u32,
    base: u64,
    pub(super) slots: usize,
}

/// The smallest share with a slot of its own: smaller positive shares share slot 1.
const SMALLEST: f64 = 1.0 / (1u64 << OCTAVES) as f64;

impl Grid {
    pub(super) fn for_rows(rows: usize) -> Grid {
        // About log2(rows) - 9 bits: 2048 slots per doubling for a million rows, 16 for a thousand.
        let bits = (usize::BITS - rows.leading_zeros()).saturating_sub(9).clamp(4, 11);
        let base = (1023 - OCTAVES) << bits;
        Grid { shift: 52 - bits, base, slots: ((OCTAVES << bits) + 2) as usize }
    }

    /// The slot of a share in `[0, 1]`.
    #[inline]
    pub(super) fn slot(self, share: f64) -> usize {
        // A non-negative double's bits order like its value; the exponent and leading mantissa
        // bits, less those of 2^-OCTAVES, count slots upward. Clamping first keeps the arithmetic
        // unsigned and branch-free, so the compiler vectorises it (no 64-bit signed compare), and a
        // share of at most 1 needs no upper clamp.
        let key = (share.max(SMALLEST).to_bits() >> self.shift) - self.base;
        if share == 0.0 { 0 } else { key as usize + 1 }
    }

    /// The smallest share slot `k` can hold (exactly representable).
    pub(super) fn lower(self, k: usize) -> f64 {
        match k {
            0 => 0.0,
            1 => f64::from_bits(1),
            _ => f64::from_bits(((k - 1) as u64 + self.base) << self.shift),
        }
    }

    /// The lower edge of the next slot (1 for the last slot, which holds only 1).
    pub(super) fn upper(self, k: usize) -> f64 {
        if k + 1 >= self.slots { 1.0 } else { self.lower(k + 1) }
    }
}

/// The first slot whose cumulative weight reaches `target`.
pub(super) fn slot_reaching(cum: &[f64], target: f64) -> usize {
    cum.partition_point(|x| *x < target).min(cum.len() - 1)
}

/// The next slot after `b` that holds any weight.
pub(super) fn next_nonempty(cum: &[f64], b: usize) -> Option<usize> {
    (b + 1..cum.len()).find(|&k| cum[k] > cum[b])
}

/// `bins` equal bins from `min` to `max`; each fine slot's weight goes to the bin holding its lower
/// edge (the first bin when that edge is below `min`).
pub(super) fn display_histogram(hist: &[f64], grid: Grid, min: f64, max: f64, bins: usize) -> Histogram {
    let bins = bins.max(1);
    let width = (max - min) / bins as f64;
    let mut counts = vec![0.0; bins];
    for (k, h) in hist.iter().enumerate().filter(|(_, h)| **h > 0.0) {
        let bin = if width > 0.0 { ((grid.lower(k) - min).max(0.0) / width) as usize } else { 0 };
        counts[bin.min(bins - 1)] += h;
    }
    Histogram { start: min, width, counts }
}
