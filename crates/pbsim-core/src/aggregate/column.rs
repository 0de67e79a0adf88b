//! One line's values, one per submission, held as compactly as they allow.
//!
//! A line's values are integers on its slider's grid (`min + k·step`), so a column stores the step
//! number `k` in the narrowest unsigned integer that holds the line's range (a byte for a slider of
//! up to 256 positions) instead of an `f64`: 1 to 4 bytes a value instead of 8. A value that is off
//! the grid or beyond what the width holds (a stored submission from an older budget file) turns
//! the column into plain `f64` values, so every value reads back exactly as `value as f64`, as if
//! it had been stored that way: no figure depends on the representation.

use super::row_weights::Weights;
use super::spill::{SpillArea, Spilled, Width};
use crate::budget::Budget;
use std::borrow::Cow;

/// Rows decoded at a time by [`Column::chunk`].
pub(crate) const CHUNK: usize = 2048;

/// A column of values.
#[derive(Clone, Debug, PartialEq)]
pub(crate) enum Column {
    /// The values themselves.
    Values(Vec<f64>),
    /// Integer values `min + k·step`, stored as `k`.
    Steps {
        /// The value of step 0.
        min: i64,
        /// The step (positive).
        step: i64,
        /// Each value's step number.
        codes: Codes,
    },
}

impl Default for Column {
    fn default() -> Self {
        Column::Values(Vec::new())
    }
}

/// Step numbers in the narrowest width a line's range allows.
#[derive(Clone, Debug, PartialEq)]
pub(crate) enum Codes {
    U8(Vec<u8>),
    U16(Vec<u16>),
    U32(Vec<u32>),
    /// In a spill, 1, 2 or 4 bytes each (see `spill.rs`).
    Spilled(Spilled),
}

impl Column {
    /// An empty column for integer values on the grid `min, min + step, …, max`; plain values when
    /// the grid is not one (a step that is not positive) or has more positions than a `u32` holds.
    pub(crate) fn for_grid(min: i64, max: i64, step: i64) -> Column {
        if step <= 0 || max < min {
            return Column::Values(Vec::new());
        }
        let positions = (i128::from(max) - i128::from(min)) / i128::from(step);
        let codes = if positions <= i128::from(u8::MAX) {
            Codes::U8(Vec::new())
        } else if positions <= i128::from(u16::MAX) {
            Codes::U16(Vec::new())
        } else if positions <= i128::from(u32::MAX) {
            Codes::U32(Vec::new())
        } else {
            return Column::Values(Vec::new());
        };
        Column::Steps { min, step, codes }
    }

    /// [`Column::for_grid`], keeping the step numbers in `area` instead of in memory.
    pub(crate) fn for_grid_in(min: i64, max: i64, step: i64, area: &SpillArea) -> Column {
        match Column::for_grid(min, max, step) {
            Column::Steps { min, step, codes } => {
                let width = match codes {
                    Codes::U8(_) => Width::One,
                    Codes::U16(_) => Width::Two,
                    _ => Width::Four,
                };
                Column::Steps { min, step, codes: Codes::Spilled(Spilled::new(width, area.clone())) }
            }
            values => values,
        }
    }

    /// The number of values.
    pub(crate) fn len(&self) -> usize {
        match self {
            Column::Values(v) => v.len(),
            Column::Steps { codes: Codes::U8(c), .. } => c.len(),
            Column::Steps { codes: Codes::U16(c), .. } => c.len(),
            Column::Steps { codes: Codes::U32(c), .. } => c.len(),
            Column::Steps { codes: Codes::Spilled(c), .. } => c.len(),
        }
    }

    /// Makes room for `more` values.
    pub(crate) fn reserve_exact(&mut self, more: usize) {
        match self {
            Column::Values(v) => v.reserve_exact(more),
            Column::Steps { codes: Codes::U8(c), .. } => c.reserve_exact(more),
            Column::Steps { codes: Codes::U16(c), .. } => c.reserve_exact(more),
            Column::Steps { codes: Codes::U32(c), .. } => c.reserve_exact(more),
            // Written out a block at a time: nothing grows.
            Column::Steps { codes: Codes::Spilled(_), .. } => {}
        }
    }

    /// Appends `value`: as its step number when it is on the grid and the width holds it, else
    /// the column becomes plain values (once) and keeps `value as f64`.
    pub(crate) fn push(&mut self, value: i64) {
        if let Column::Steps { min, step, codes } = self {
            // In `i64` (an `i128` division is a call, and this runs once per value); an offset
            // that does not fit is off any grid a `u32` can number anyway.
            let step = *step;
            let k = value
                .checked_sub(*min)
                .filter(|offset| *offset >= 0 && offset % step == 0)
                .and_then(|offset| u32::try_from(offset / step).ok());
            let pushed = match (codes, k) {
                (Codes::U8(c), Some(k)) => u8::try_from(k).map(|k| c.push(k)).is_ok(),
                (Codes::U16(c), Some(k)) => u16::try_from(k).map(|k| c.push(k)).is_ok(),
                (Codes::U32(c), Some(k)) => {
                    c.push(k);
                    true
                }
                (Codes::Spilled(c), Some(k)) if k <= c.width.max() => {
                    c.push(k);
                    true
                }
                (Codes::Spilled(_), Some(_)) => false,
                (_, None) => false,
            };
            if pushed {
                return;
            }
            self.widen();
        }
        if let Column::Values(v) = self {
            v.push(value as f64);
        }
    }

    /// Turns the column into plain values, keeping the room reserved.
    fn widen(&mut self) {
        if let Column::Steps { codes, .. } = self {
            let capacity = match codes {
                Codes::U8(c) => c.capacity(),
                Codes::U16(c) => c.capacity(),
                Codes::U32(c) => c.capacity(),
                // A value off the grid in a spilled column: its values come back into memory
                // (only a stored body from an older budget file can do this).
                Codes::Spilled(c) => c.len(),
            };
            let mut values = Vec::with_capacity(capacity);
            values.extend_from_slice(&self.values());
            *self = Column::Values(values);
        }
    }

    /// Value `i`.
    pub(crate) fn get(&self, i: usize) -> f64 {
        match self {
            Column::Values(v) => v[i],
            Column::Steps { min, step, codes } => {
                let k = match codes {
                    Codes::U8(c) => i64::from(c[i]),
                    Codes::U16(c) => i64::from(c[i]),
                    Codes::U32(c) => i64::from(c[i]),
                    Codes::Spilled(c) => {
                        let mut k = [0u32];
                        c.read(i, &mut k);
                        i64::from(k[0])
                    }
                };
                decode(*min, *step, k)
            }
        }
    }

    /// Values `start..start + len` (`len` at most [`CHUNK`]): borrowed when stored as values,
    /// decoded into `buffer` otherwise.
    pub(crate) fn chunk<'a>(&'a self, start: usize, len: usize, buffer: &'a mut [f64; CHUNK]) -> &'a [f64] {
        let (min, step, codes) = match self {
            Column::Values(v) => return &v[start..start + len],
            Column::Steps { min, step, codes } => (*min, *step, codes),
        };
        let out = &mut buffer[..len];
        match codes {
            Codes::U8(c) => decode_into(min, step, &c[start..start + len], out),
            Codes::U16(c) => decode_into(min, step, &c[start..start + len], out),
            Codes::U32(c) => decode_into(min, step, &c[start..start + len], out),
            Codes::Spilled(c) => c.read_as(start, out, |k| decode(min, step, i64::from(k))),
        }
        out
    }

    /// Every value: borrowed when stored as values, decoded otherwise.
    pub(crate) fn values(&self) -> Cow<'_, [f64]> {
        match self {
            Column::Values(v) => Cow::Borrowed(v),
            Column::Steps { .. } => {
                let mut out = vec![0.0; self.len()];
                let mut buffer = [0.0; CHUNK];
                for (k, slot) in out.chunks_mut(CHUNK).enumerate() {
                    slot.copy_from_slice(self.chunk(k * CHUNK, slot.len(), &mut buffer));
                }
                Cow::Owned(out)
            }
        }
    }

    /// Every value the column holds with its total weight (each row's from `weights`, 1 each
    /// without), ascending, values of no weight left out: what a line's statistics in its own unit
    /// read, in memory that does not grow with the rows. `None` when the column is plain values or
    /// its steps take 4 bytes (a grid of more than 65,536 positions): those are read row by row.
    /// `weights` has one weight per row.
    pub(crate) fn tally(&self, weights: Option<Weights<'_>>) -> Option<Vec<(f64, f64)>> {
        let Column::Steps { min, step, codes } = self else {
            return None;
        };
        let positions = match codes {
            Codes::U8(_) => 1 << 8,
            Codes::U16(_) => 1 << 16,
            Codes::Spilled(c) if c.width != Width::Four => c.width.max() as usize + 1,
            _ => return None,
        };
        let by_step = weigh_chunks(codes, self.len(), weights, positions);
        Some(
            by_step
                .into_iter()
                .enumerate()
                .filter(|(_, w)| *w > 0.0)
                .map(|(k, w)| (decode(*min, *step, k as i64), w))
                .collect(),
        )
    }

    /// The column's values, each once with the total weight of the rows that chose it (1 a row
    /// without weights), ascending and none of zero weight: its [`Column::tally`] when it has one,
    /// in memory that does not grow with the rows; otherwise (values off the grid) read row by row,
    /// sorted and merged, each value's weights summed in row order as the tally sums them, so that
    /// both give the same pairs and every figure read from them is the same.
    pub(crate) fn value_weights(&self, weights: Option<Weights<'_>>) -> Vec<(f64, f64)> {
        if let Some(tally) = self.tally(weights) {
            return tally;
        }
        let values = self.values();
        let mut pairs: Vec<(f64, f64)> = match weights {
            Some(w) => values.iter().copied().zip(w.iter()).collect(),
            None => values.iter().map(|v| (*v, 1.0)).collect(),
        };
        // Stable: the rows of one value stay in row order.
        pairs.sort_by(|a, b| a.0.total_cmp(&b.0));
        let mut merged: Vec<(f64, f64)> = Vec::new();
        for (v, w) in pairs {
            match merged.last_mut() {
                Some(last) if last.0 == v => last.1 += w,
                _ => merged.push((v, w)),
            }
        }
        merged.retain(|(_, w)| *w > 0.0);
        merged
    }
}

/// Replaces every empty column of `columns` (one per line of `budget`, in its order) by one that
/// keeps its step numbers in `area`: what `spill_to` does for reports and for the public figures.
pub(crate) fn spill_empty(columns: &mut [Column], budget: &Budget, area: &SpillArea) {
    for (column, line) in columns.iter_mut().zip(budget.lines()) {
        if column.len() == 0 {
            *column = Column::for_grid_in(line.min, line.max, line.step, area);
        }
    }
}

/// Step numbers `start..start + out.len()` of `codes`.
fn step_numbers(codes: &Codes, start: usize, out: &mut [u32]) {
    let end = start + out.len();
    match codes {
        Codes::U8(c) => out.iter_mut().zip(&c[start..end]).for_each(|(o, k)| *o = u32::from(*k)),
        Codes::U16(c) => out.iter_mut().zip(&c[start..end]).for_each(|(o, k)| *o = u32::from(*k)),
        Codes::U32(c) => out.copy_from_slice(&c[start..end]),
        Codes::Spilled(c) => c.read(start, out),
    }
}

/// The weight of the `rows` rows at each step (1 each without weights), a chunk at a time, summed
/// in row order.
fn weigh_chunks(codes: &Codes, rows: usize, weights: Option<Weights<'_>>, positions: usize) -> Vec<f64> {
    let mut sums = vec![0.0f64; positions];
    let mut numbers = [0u32; CHUNK];
    let mut weight_buffer = [0.0f64; CHUNK];
    for start in (0..rows).step_by(CHUNK) {
        let len = CHUNK.min(rows - start);
        let numbers = &mut numbers[..len];
        step_numbers(codes, start, numbers);
        match &weights {
            // Whole numbers below 2^53: summed exactly, as a count.
            None => numbers.iter().for_each(|k| sums[*k as usize] += 1.0),
            Some(w) => {
                let w = w.chunk(start, len, &mut weight_buffer);
                numbers.iter().zip(w).for_each(|(k, w)| sums[*k as usize] += w);
            }
        }
    }
    sums
}

/// The value of step `k`. `min + k·step` was a stored `i64`, so the integer arithmetic cannot
/// overflow, and converting it gives exactly the `f64` the value itself converts to.
#[inline]
fn decode(min: i64, step: i64, k: i64) -> f64 {
    min.wrapping_add(k.wrapping_mul(step)) as f64
}

fn decode_into<K: Copy + Into<i64>>(min: i64, step: i64, codes: &[K], out: &mut [f64]) {
    for (o, k) in out.iter_mut().zip(codes) {
        *o = decode(min, step, (*k).into());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read_all(c: &Column) -> Vec<f64> {
        (0..c.len()).map(|i| c.get(i)).collect()
    }

    #[test]
    fn a_grid_picks_the_narrowest_width_that_holds_its_positions() {
        let width = |c: &Column| match c {
            Column::Values(_) => 8,
            Column::Steps { codes: Codes::U8(_), .. } => 1,
            Column::Steps { codes: Codes::U16(_), .. } => 2,
            Column::Steps { codes: Codes::U32(_), .. } => 4,
            Column::Steps { codes: Codes::Spilled(c), .. } => c.width as usize,
        };
        assert_eq!(width(&Column::for_grid(-40, 40, 1)), 1, "81 positions");
        assert_eq!(width(&Column::for_grid(0, 255, 1)), 1);
        assert_eq!(width(&Column::for_grid(0, 256, 1)), 2);
        assert_eq!(width(&Column::for_grid(0, 1 << 20, 1)), 4);
        assert_eq!(width(&Column::for_grid(i64::MIN, i64::MAX, 1)), 8, "more positions than a u32");
        assert_eq!(width(&Column::for_grid(0, 10, 0)), 8, "no grid");
    }

    #[test]
    fn values_read_back_exactly_on_and_off_the_grid() {
        let mut c = Column::for_grid(-1_000, 1_000, 25);
        c.reserve_exact(8);
        for v in [-1_000, 0, 975, 1_000] {
            c.push(v);
        }
        assert!(matches!(c, Column::Steps { .. }));
        assert_eq!(read_all(&c), vec![-1_000.0, 0.0, 975.0, 1_000.0]);
        // Off the grid: the column becomes plain values, and nothing read before changes.
        c.push(7);
        assert!(matches!(c, Column::Values(_)));
        c.push(5_000);
        assert_eq!(read_all(&c), vec![-1_000.0, 0.0, 975.0, 1_000.0, 7.0, 5_000.0]);

        // Beyond the range but on the grid and within the width: still steps.
        let mut c = Column::for_grid(0, 100, 10);
        c.push(2_000);
        assert!(matches!(c, Column::Steps { .. }));
        c.push(10 * 256);
        assert!(matches!(c, Column::Values(_)), "step 256 does not fit a byte");
        c.push(-10);
        assert_eq!(read_all(&c), vec![2_000.0, 2_560.0, -10.0]);

        // Extreme values convert as `as f64` would.
        let mut c = Column::for_grid(i64::MAX - 4, i64::MAX, 2);
        c.push(i64::MAX - 2);
        assert!(matches!(c, Column::Steps { .. }));
        assert_eq!(c.get(0), (i64::MAX - 2) as f64);
    }

    #[test]
    fn a_tally_holds_each_value_once_with_its_weight_in_order() {
        let mut c = Column::for_grid(-50, 50, 5);
        for v in [10, -50, 10, 50, 0, 10] {
            c.push(v);
        }
        assert_eq!(c.tally(None), Some(vec![(-50.0, 1.0), (0.0, 1.0), (10.0, 3.0), (50.0, 1.0)]));
        let weights = [0.5, 2.0, 0.25, 0.0, 1.0, 0.25];
        assert_eq!(
            c.tally(Some(Weights::Rows(&weights))),
            Some(vec![(-50.0, 2.0), (0.0, 1.0), (10.0, 1.0)]),
            "summed per value; a value of no weight is left out"
        );
        // Two-byte steps too.
        let mut wide = Column::for_grid(0, 100_000, 10);
        wide.push(99_990);
        wide.push(20);
        assert_eq!(wide.tally(None), Some(vec![(20.0, 1.0), (99_990.0, 1.0)]));
        // Plain values and four-byte steps are not counted per step.
        c.push(7);
        assert_eq!(c.tally(None), None);
        let mut huge = Column::for_grid(0, 1 << 20, 1);
        huge.push(3);
        assert_eq!(huge.tally(None), None);
    }

    #[test]
    fn chunks_and_the_whole_column_decode_alike() {
        let mut c = Column::for_grid(0, 100_000, 1);
        for v in 0..(CHUNK as i64 * 2 + 17) {
            c.push(v * 3 % 100_000);
        }
        let all = c.values();
        let mut buffer = [0.0; CHUNK];
        assert_eq!(c.chunk(CHUNK, 17, &mut buffer), &all[CHUNK..CHUNK + 17]);
        assert_eq!(all.len(), c.len());
        assert_eq!(all[5], 15.0);
    }
}
