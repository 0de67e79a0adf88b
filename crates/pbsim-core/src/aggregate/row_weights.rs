//! Each row's weight, read a chunk at a time as the passes read the columns: one `f64` per row (a
//! caller's weights), each row's group and one weight per group (a weighting question's answers: a
//! column of small group numbers, in a working file when the columns are, and a handful of
//! weights), or a bootstrap replicate's (how many times it drew each row, a byte a row, times the
//! row's own weight), so that a weighted report, bootstrapped or not, holds at most a byte per row.

use super::column::{CHUNK, Column};
use std::collections::BTreeMap;

/// The weights of a profile's rows.
#[derive(Clone, Copy, Debug)]
pub(crate) enum Weights<'a> {
    /// One weight per row.
    Rows(&'a [f64]),
    /// Row `i` weighs `weight_of[groups[i]]`.
    Groups {
        /// Each row's group number, `0..weight_of.len()`.
        groups: &'a Column,
        /// Each group's weight.
        weight_of: &'a [f64],
    },
    /// A bootstrap replicate: row `i` weighs `draws[i] × base[i] × scale` (`base` 1 without).
    Replicate {
        /// How many times each row was drawn.
        draws: &'a Draws,
        /// The rows' own weights.
        base: Option<&'a Weights<'a>>,
        /// What makes the replicate weigh what the sample weighs.
        scale: f64,
    },
}

/// How many times a bootstrap replicate drew each row: a byte a row, and the rare row drawn 255
/// times or more counted on beside it, so that the count is exact whatever it is.
#[derive(Clone, Debug)]
pub(crate) struct Draws {
    counts: Vec<u8>,
    more: BTreeMap<usize, u32>,
}

impl Draws {
    /// No draws yet of `rows` rows.
    pub(crate) fn new(rows: usize) -> Draws {
        Draws { counts: vec![0; rows], more: BTreeMap::new() }
    }

    /// Back to no draws.
    pub(crate) fn clear(&mut self) {
        self.counts.fill(0);
        self.more.clear();
    }

    /// Row `i` drawn once more.
    #[inline]
    pub(crate) fn add(&mut self, i: usize) {
        let c = &mut self.counts[i];
        if *c < u8::MAX {
            *c += 1;
        } else {
            *self.more.entry(i).or_default() += 1;
        }
    }

    /// How many times row `i` was drawn.
    #[inline]
    pub(crate) fn get(&self, i: usize) -> u32 {
        match self.counts[i] {
            u8::MAX => u32::from(u8::MAX) + self.more.get(&i).copied().unwrap_or(0),
            c => u32::from(c),
        }
    }

    /// The number of rows.
    pub(crate) fn len(&self) -> usize {
        self.counts.len()
    }
}

impl Weights<'_> {
    /// The number of rows weighed.
    pub(crate) fn len(&self) -> usize {
        match self {
            Weights::Rows(w) => w.len(),
            Weights::Groups { groups, .. } => groups.len(),
            Weights::Replicate { draws, .. } => draws.len(),
        }
    }

    /// The weights of rows `start..start + len` (`len` at most [`CHUNK`]).
    pub(crate) fn chunk<'b>(&'b self, start: usize, len: usize, buffer: &'b mut [f64; CHUNK]) -> &'b [f64] {
        match self {
            Weights::Rows(w) => &w[start..start + len],
            Weights::Groups { groups, weight_of } => {
                let mut numbers = [0.0f64; CHUNK];
                let numbers = groups.chunk(start, len, &mut numbers);
                let out = &mut buffer[..len];
                for (o, g) in out.iter_mut().zip(numbers) {
                    *o = weight_of.get(*g as usize).copied().unwrap_or(0.0);
                }
                out
            }
            Weights::Replicate { draws, base, scale } => {
                let mut own = [0.0f64; CHUNK];
                let base = base.map(|b| b.chunk(start, len, &mut own));
                let out = &mut buffer[..len];
                for (k, o) in out.iter_mut().enumerate() {
                    *o = f64::from(draws.get(start + k)) * weight_at(base, k) * scale;
                }
                out
            }
        }
    }

    /// Every weight in row order, read a chunk at a time.
    pub(crate) fn iter(self) -> impl Iterator<Item = f64> {
        let n = self.len();
        let mut buffer = [0.0f64; CHUNK];
        let (mut start, mut at) = (0, 0);
        std::iter::from_fn(move || {
            if start + at >= n {
                return None;
            }
            if at == 0 {
                let len = CHUNK.min(n - start);
                let mut decoded = [0.0f64; CHUNK];
                buffer[..len].copy_from_slice(self.chunk(start, len, &mut decoded));
            }
            let w = buffer[at];
            at += 1;
            if at == CHUNK {
                (start, at) = (start + CHUNK, 0);
            }
            Some(w)
        })
    }

    /// The first weight that is negative or not finite, with its row.
    pub(crate) fn first_bad(&self) -> Option<(usize, f64)> {
        let bad = |w: f64| !w.is_finite() || w < 0.0;
        if let Weights::Groups { weight_of, .. } = self
            && !weight_of.iter().any(|w| bad(*w))
        {
            return None;
        }
        // Without weights of its own, a replicate's are draws times a positive, finite scale.
        if let Weights::Replicate { base: None, scale, .. } = self
            && scale.is_finite()
            && *scale > 0.0
        {
            return None;
        }
        self.iter().enumerate().find(|(_, w)| bad(*w))
    }
}

/// A row's weight from a chunk of weights (`None`: unweighted, 1).
#[inline]
pub(crate) fn weight_at(chunk: Option<&[f64]>, k: usize) -> f64 {
    chunk.map_or(1.0, |w| w[k])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn draws_count_exactly_past_a_byte() {
        let mut d = Draws::new(3);
        for _ in 0..300 {
            d.add(1);
        }
        d.add(2);
        assert_eq!((d.get(0), d.get(1), d.get(2)), (0, 300, 1));
        d.clear();
        assert_eq!(d.get(1), 0);
    }

    #[test]
    fn a_replicate_weighs_draws_times_the_row_times_the_scale() {
        let mut d = Draws::new(CHUNK + 3);
        for i in [0, 0, CHUNK + 2] {
            d.add(i);
        }
        let own = vec![0.5; CHUNK + 3];
        let base = Weights::Rows(&own);
        let w = Weights::Replicate { draws: &d, base: Some(&base), scale: 3.0 };
        let all: Vec<f64> = w.iter().collect();
        assert_eq!(all.len(), CHUNK + 3);
        assert_eq!((all[0], all[1], all[CHUNK + 2]), (3.0, 0.0, 1.5));
        assert_eq!(w.first_bad(), None);
        let bad = vec![-1.0; CHUNK + 3];
        let bad = Weights::Rows(&bad);
        let w = Weights::Replicate { draws: &d, base: Some(&bad), scale: 3.0 };
        assert_eq!(w.first_bad(), Some((0, -6.0)));
    }
}
