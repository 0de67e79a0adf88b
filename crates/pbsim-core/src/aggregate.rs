//! What residents want, taken together: statistics of many submissions, and aggregates that a
//! finance officer can defend in council.
//!
//! Every submission's spending is read as **shares of its total** (a resident who spends 20 % of
//! their budget on police reports 0.2, whatever the total), which makes submissions of different
//! totals comparable. From those shares this module computes, per line:
//!
//! - the mean, the median, the quartiles and a histogram ([`ShareSummary`], computed by
//!   [`summarize_shares`]);
//! - three aggregates that each sum to 1: the **mean**, the **normalised coordinate-wise median**,
//!   and the **independent-markets** aggregate of Freeman, Pennock, Peters and Wortman Vaughan
//!   ("Truthful aggregation of budget proposals", EC 2019 / JET 2021), which is strategy-proof: no
//!   resident can pull it towards their wish by exaggerating, unlike the mean;
//! - seeded bootstrap confidence intervals ([`bootstrap`]).
//!
//! [`report`] applies all of that to a [`Budget`](crate::Budget)'s submissions: spending lines as
//! shares, revenue and tax-rate lines in their own units alongside, the share of residents who
//! raised, lowered or kept each line, filters by answer and post-stratification weights
//! ([`weights::poststratify`]).
//!
//! # The independent-markets aggregate
//!
//! With `n` submissions, add `n + 1` *phantom* reports `f_k(t) = min(1, t·(n − k))` for
//! `k = 0..=n`; for a given `t` each line's value is the median of its `n` reported shares and the
//! `n + 1` phantoms. The sum of those medians grows continuously from 0 at `t = 0` to at least 1 at
//! `t = 1`; the aggregate is the medians at the `t*` where the sum is exactly 1.
//!
//! Counting how many values lie at or above `y` shows that the median is
//! `m(t) = sup { y : y ≤ t · R(y) }`, where `R(y)` is the number of reports at or above `y`. That
//! form needs no phantoms at all, extends to weighted submissions (`R(y)` becomes the weight at or
//! above `y`; a submission of weight 2 counts as two residents), and is what makes the computation
//! fast: whether `m(t) ≥ y` depends only on `R(y)`, which a histogram gives exactly at its bucket
//! edges. So [`summarize_shares`] first narrows `t*` down with a fine histogram of every line
//! (`shares.rs`), then reads the few thousand reports that lie near the answer, and solves exactly
//! on the last linear piece of the sum. No column is ever sorted.
//!
//! # Quantiles
//!
//! Medians and quartiles use the "averaged inverse distribution function" definition (Hyndman and
//! Fan's type 2; numpy's `method="averaged_inverted_cdf"`): the smallest value whose cumulative
//! weight reaches the fraction `p` of the total, averaged with the next value when it reaches it
//! exactly. For an even number of submissions the median is the mean of the two middle ones, as
//! everyone expects, and the same definition carries over to weights unchanged.

mod bootstrap;
mod column;
mod figures;
mod overview;
mod public;
mod quantile;
mod report;
mod row_weights;
mod shares;
pub mod spill;
mod totals;
pub mod weights;

#[cfg(test)]
mod tests;

pub use bootstrap::{BootstrapOptions, Interval, LineIntervals, bootstrap, bootstrap_until};
pub use figures::{LineFigures, Unit, figures};
pub use overview::{LineChange, axis, by_size, changes_axis, public_changes, report_changes};
pub use public::{PublicColumns, median, public_figures};
pub use quantile::{Distribution, distribution};
pub use report::{
    BudgetReport, LineReport, Movement, ReportError, ReportInput, ReportOptions, Response, ShareReport, check_filters,
    matches_filters, movement, parse_filter, report, report_until,
};
pub use shares::{ShareLine, ShareOptions, ShareSummary, summarize_shares};

use column::Column;
use serde::{Deserialize, Serialize};
use std::borrow::Cow;

/// Submissions as a table: one column per line, one row per submission, values that are amounts
/// or shares (each row is read as shares of its own total). Stored column by column, because every
/// statistic walks one line at a time; a column of a line's values may be stored as steps of the
/// line's grid (see `column.rs`), which read back exactly as the values themselves.
#[derive(Clone, Debug)]
pub struct Profile {
    ids: Vec<String>,
    rows: usize,
    /// One column per id, `rows` values each.
    columns: Vec<Column>,
}

/// Profiles are equal when their ids and values are, however their columns are stored.
impl PartialEq for Profile {
    fn eq(&self, other: &Profile) -> bool {
        self.ids == other.ids
            && self.rows == other.rows
            && self.columns.len() == other.columns.len()
            && self.columns.iter().zip(&other.columns).all(|(a, b)| a == b || a.values() == b.values())
    }
}

/// Why a table of values cannot be aggregated. Rows and columns are counted from 0.
#[derive(Clone, Debug, PartialEq, thiserror::Error)]
pub enum ProfileError {
    /// The table has no column.
    #[error("there are no lines to aggregate")]
    NoLines,
    /// Columns of different lengths.
    #[error("line \"{line}\" has {len} values where the first line has {expected}")]
    Ragged {
        /// The line id.
        line: String,
        /// Its number of values.
        len: usize,
        /// The first column's number of values.
        expected: usize,
    },
    /// A negative value: a share of a total cannot be negative.
    #[error("row {row}, line \"{line}\": {value} is negative, and shares of a total cannot be")]
    Negative {
        /// The row.
        row: usize,
        /// The line id.
        line: String,
        /// The value.
        value: f64,
    },
    /// Not a number, or infinite.
    #[error("row {row}, line \"{line}\": the value is not a finite number")]
    NotFinite {
        /// The row.
        row: usize,
        /// The line id.
        line: String,
    },
}

/// Why an aggregate cannot be computed.
#[derive(Clone, Debug, PartialEq, thiserror::Error)]
pub enum AggregateError {
    /// No submission with a positive total (and a positive weight) is left to aggregate.
    #[error("no submission to aggregate (none left, or every total is zero)")]
    Empty,
    /// The caller asked the computation to stop (its client went away) before it finished.
    #[error("the computation was stopped before it finished")]
    Stopped,
    /// Weights were given, but not one per row.
    #[error("{weights} weights were given for {rows} submissions")]
    WeightCount {
        /// Weights given.
        weights: usize,
        /// Rows in the profile.
        rows: usize,
    },
    /// Baselines were given, but not one per line.
    #[error("{baselines} baselines were given for {lines} lines")]
    BaselineCount {
        /// Baselines given.
        baselines: usize,
        /// Lines in the profile.
        lines: usize,
    },
    /// A weight is negative or not finite.
    #[error("the weight of row {row} is {weight}: weights must be finite and not negative")]
    BadWeight {
        /// The row.
        row: usize,
        /// The weight.
        weight: f64,
    },
    /// The spill that held the submissions' values failed (see [`spill`]): no figure is given.
    #[error("the computation's working file failed: {0}")]
    Spill(String),
}

impl Profile {
    /// A profile from its columns, one per line id, all of the same length. Every value must be a
    /// finite number, not negative.
    pub fn from_columns(ids: Vec<String>, columns: Vec<Vec<f64>>) -> Result<Profile, ProfileError> {
        Profile::from_encoded(ids, columns.into_iter().map(Column::Values).collect())
    }

    /// [`Profile::from_columns`] for columns however they are stored.
    pub(crate) fn from_encoded(ids: Vec<String>, columns: Vec<Column>) -> Result<Profile, ProfileError> {
        let Some(first) = columns.first() else {
            return Err(ProfileError::NoLines);
        };
        let rows = first.len();
        for (id, column) in ids.iter().zip(&columns) {
            if column.len() != rows {
                return Err(ProfileError::Ragged { line: id.clone(), len: column.len(), expected: rows });
            }
        }
        Profile::checked(ids, rows, columns)
    }

    /// A profile from its rows, each with one value per line id, in the order of `ids`.
    pub fn from_rows<R: AsRef<[f64]>>(ids: Vec<String>, rows: &[R]) -> Result<Profile, ProfileError> {
        if ids.is_empty() {
            return Err(ProfileError::NoLines);
        }
        let n = rows.len();
        let mut columns = vec![vec![0.0; n]; ids.len()];
        for (i, row) in rows.iter().enumerate() {
            let row = row.as_ref();
            if row.len() != ids.len() {
                return Err(ProfileError::Ragged { line: format!("(row {i})"), len: row.len(), expected: ids.len() });
            }
            for (column, v) in columns.iter_mut().zip(row) {
                column[i] = *v;
            }
        }
        Profile::checked(ids, n, columns.into_iter().map(Column::Values).collect())
    }

    fn checked(ids: Vec<String>, rows: usize, columns: Vec<Column>) -> Result<Profile, ProfileError> {
        if ids.is_empty() || columns.is_empty() {
            return Err(ProfileError::NoLines);
        }
        // One pass that usually finds nothing (steps from a minimum of 0 or more cannot be bad);
        // the error names the first bad cell in row order.
        let suspect = |c: &Column| match c {
            Column::Values(v) => v.iter().any(|v| !v.is_finite() || *v < 0.0),
            Column::Steps { min, .. } => *min < 0,
        };
        if columns.iter().any(suspect) {
            // A chunk of every column at a time (a spilled column reads a block at once), then the
            // cells of that chunk in row order.
            let mut decoded: Vec<Vec<f64>> = vec![Vec::with_capacity(column::CHUNK); columns.len()];
            let mut buffer = [0.0; column::CHUNK];
            for start in (0..rows).step_by(column::CHUNK) {
                let len = column::CHUNK.min(rows - start);
                for (d, column) in decoded.iter_mut().zip(&columns) {
                    d.clear();
                    d.extend_from_slice(column.chunk(start, len, &mut buffer));
                }
                for k in 0..len {
                    for (id, d) in ids.iter().zip(&decoded) {
                        let (v, row) = (d[k], start + k);
                        if !v.is_finite() {
                            return Err(ProfileError::NotFinite { row, line: id.clone() });
                        }
                        if v < 0.0 {
                            return Err(ProfileError::Negative { row, line: id.clone(), value: v });
                        }
                    }
                }
            }
        }
        Ok(Profile { ids, rows, columns })
    }

    /// The line ids, in column order.
    pub fn ids(&self) -> &[String] {
        &self.ids
    }

    /// The number of rows (submissions).
    pub fn rows(&self) -> usize {
        self.rows
    }

    /// The values of line `j`, one per row (decoded when the column is stored as steps).
    pub fn column(&self, j: usize) -> Cow<'_, [f64]> {
        self.columns[j].values()
    }

    /// How line `j`'s values are stored.
    pub(crate) fn stored(&self, j: usize) -> &Column {
        &self.columns[j]
    }

    /// The totals of rows `start..start + totals.len()` over every column (at most [`column::CHUNK`]
    /// rows), summed in column order from 0: every pass that needs a row's total (its shares, the
    /// median total) gets the same bits.
    pub(crate) fn chunk_totals(&self, start: usize, totals: &mut [f64]) {
        let len = totals.len();
        totals.fill(0.0);
        let mut buffer = [0.0f64; column::CHUNK];
        for column in &self.columns {
            for (t, v) in totals.iter_mut().zip(column.chunk(start, len, &mut buffer)) {
                *t += v;
            }
        }
    }

    /// Each row's value of every line, in the order of [`Profile::ids`].
    pub fn row(&self, i: usize) -> Vec<f64> {
        self.columns.iter().map(|c| c.get(i)).collect()
    }
}

/// Counts of values in equal-width bins: bin `k` holds `[start + k·width, start + (k+1)·width)`,
/// and the last bin also holds its upper edge. Counts are weights when the data are weighted.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Histogram {
    /// The lower edge of the first bin.
    pub start: f64,
    /// The width of every bin.
    pub width: f64,
    /// The (weighted) count in each bin.
    pub counts: Vec<f64>,
}

/// The total of a slice, with Neumaier's compensation: a mean over a million shares stays exact to
/// the last digits that matter.
pub(crate) fn compensated_sum(values: impl IntoIterator<Item = f64>) -> f64 {
    let (mut sum, mut compensation) = (0.0f64, 0.0f64);
    for v in values {
        let t = sum + v;
        if sum.abs() >= v.abs() {
            compensation += (sum - t) + v;
        } else {
            compensation += (v - t) + sum;
        }
        sum = t;
    }
    sum + compensation
}
