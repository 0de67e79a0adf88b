//! The aggregate report of a budget's stored submissions, read as a stream: what `pbsim report`
//! prints and the dashboard's report route sends.
//!
//! Rows come from [`Store::read_report_rows`] a batch at a time: each submission's report row
//! ([`pbsim_core::report_row`]: its values and answers in a few dozen bytes, written with the body)
//! when it fits the budget's lines, else its body, parsed for its allocation and answers only
//! (comments are skipped by the parser). Either is pushed into a [`ReportInput`] as one number per
//! line, and dropped. Memory holds one grid step per line per
//! selected submission (1 to 4 bytes, or 8 for a line with values off its grid) and a few batches
//! of rows, never the bodies. [`ReportCache`] shares one computation
//! among the requests that ask for the same report of the same data (see `cache.rs`).

use crate::cache::SharedCache;
use crate::store::{ReportData, ReportRead, ReportSource, Store};
use pbsim_core::Budget;
use pbsim_core::aggregate::{AggregateError, ReportError, ReportInput, ReportOptions};
use pbsim_core::projects::{ballot_of, outcomes};
use pbsim_core::report_row::{Answers, RowReader};
use pbsim_core::wire::{DayCount, ProjectChoice, ReportPage};
use serde::Deserialize;
use std::borrow::Cow;
use std::collections::BTreeMap;
use std::sync::Arc;

/// Reports by budget, options and data version, shared by the dashboard's requests.
pub type ReportCache = SharedCache<ReportPage, ReportFailure>;

/// Why a streamed report has no result.
#[derive(Clone, Debug, thiserror::Error)]
pub enum ReportFailure {
    /// The options do not fit the data (a weighting question nobody answered, …), or the
    /// computation was asked to stop.
    #[error(transparent)]
    Report(#[from] ReportError),
    /// The bootstrap took longer than the time it is given.
    #[error("the bootstrap took longer than {0} seconds: ask for fewer replicates")]
    TooLong(u64),
    /// The server is at its limit of heavy reports; retry after this many seconds.
    #[error("the server is busy: try again in {0} seconds")]
    Busy(u64),
    /// The database or a stored body could not be read.
    #[error("{0:#}")]
    Internal(Arc<anyhow::Error>),
}

impl From<anyhow::Error> for ReportFailure {
    fn from(e: anyhow::Error) -> Self {
        ReportFailure::Internal(Arc::new(e))
    }
}

impl From<crate::cache::ComputationLost> for ReportFailure {
    fn from(_: crate::cache::ComputationLost) -> Self {
        ReportFailure::Internal(Arc::new(anyhow::anyhow!("the report's computation ended without a result")))
    }
}

/// What a report reads of a stored body; the rest (comments, locale) is skipped unread. Ids and
/// answers borrow from the body's text (they are copied only when written with escapes).
#[derive(Deserialize)]
pub(crate) struct ReportFields<'a> {
    #[serde(borrow, default)]
    pub(crate) allocation: BTreeMap<Cow<'a, str>, i64>,
    #[serde(default)]
    pub(crate) projects: Option<ProjectChoice>,
    #[serde(borrow, default)]
    pub(crate) answers: BTreeMap<Cow<'a, str>, Cow<'a, str>>,
}

/// A submission as reports and the public figures read it.
pub(crate) enum Read<'a> {
    /// Its report row: the values went into the caller's buffer, the answers are read in place.
    Row(Answers<'a>),
    /// Its body's fields (a row from before report rows, of other lines, or a choice of projects).
    Body(ReportFields<'a>),
}

/// Reads `row`: its report row, with its values put into `values` in the budget's line order, or
/// its body parsed for the fields reports use. An error names the submission.
pub(crate) fn read<'a>(reader: &RowReader, row: ReportSource<'a>, values: &mut Vec<i64>) -> anyhow::Result<Read<'a>> {
    let unreadable = |e: &dyn std::fmt::Display| anyhow::anyhow!("stored submission {} is not readable: {e}", row.id);
    match row.data {
        ReportData::Row(bytes) => reader.read(bytes, values).map(Read::Row).map_err(|e| unreadable(&e)),
        ReportData::Body(body) => serde_json::from_str(body).map(Read::Body).map_err(|e| unreadable(&e)),
    }
}

/// The report of `budget`'s stored submissions with `options`, and the selected submissions per
/// day, read as a stream. `expected` is how many rows the caller last counted
/// ([`Store::data_version`]): it sizes the columns once (a few more rows may arrive before the read
/// starts; they are still read). `keep_going` is asked between batches of rows and between bootstrap
/// replicates; when it says no, the result is `ReportError::Aggregate(AggregateError::Stopped)`.
pub async fn report_page(
    store: &Store,
    budget: Arc<Budget>,
    options: ReportOptions,
    expected: i64,
    keep_going: impl Fn() -> bool + Send + 'static,
) -> Result<ReportPage, ReportFailure> {
    let expected = usize::try_from(expected).unwrap_or(0);
    let reader = RowReader::new(budget.lines().map(|l| l.id.as_str()));
    let rows = store.read_report_rows(&budget.id, reader.layout(), ReportRead::for_budget(&budget));
    // Parsing and aggregating are CPU work: off the async threads.
    tokio::task::spawn_blocking(move || {
        let mut values = Vec::new();
        let started = std::time::Instant::now();
        let mut input = ReportInput::new(&budget, &options)?;
        if let Some(file) = crate::spill::working_file() {
            input = input.spill_to(&budget, file);
        }
        input.reserve(expected);
        let mut days: BTreeMap<String, usize> = BTreeMap::new();
        // A budget of projects' ballots, as project indices (a few bytes each); the bodies are dropped.
        let mut ballots = Vec::new();
        for batch in rows {
            let batch = batch?;
            if !keep_going() {
                return Err(ReportFailure::Report(AggregateError::Stopped.into()));
            }
            for row in batch.iter() {
                let selected = match read(&reader, row, &mut values)? {
                    Read::Row(answers) => input.push_in_order(&values, |q| answers.get(q)),
                    Read::Body(fields) => {
                        let answer = |q: &str| fields.answers.get(q).map(|a| a.as_ref());
                        let selected = input.push_with(|id| fields.allocation.get(id).copied(), answer);
                        if selected && let (Some(selection), Some(choice)) = (&budget.projects, &fields.projects) {
                            ballots.push(ballot_of(selection, choice));
                        }
                        selected
                    }
                };
                if selected {
                    let day = row.received_at.get(..10).unwrap_or(row.received_at);
                    match days.get_mut(day) {
                        Some(count) => *count += 1,
                        None => {
                            days.insert(day.to_owned(), 1);
                        }
                    }
                }
            }
        }
        let read = started.elapsed();
        let rows = input.total();
        let report = input.finish(&budget, &options, &keep_going).map_err(|e| match e {
            // The working file, not the options: the server's fault.
            ReportError::Aggregate(AggregateError::Spill(e)) => {
                anyhow::anyhow!("the report's working file failed: {e}").into()
            }
            e => ReportFailure::Report(e),
        })?;
        tracing::debug!(rows, ?read, aggregated = ?(started.elapsed() - read), "report computed");
        let per_day = days.into_iter().map(|(day, count)| DayCount { day, count }).collect();
        let projects = budget.projects.as_ref().map(|selection| outcomes(selection, ballots));
        Ok(ReportPage { report, per_day, projects })
    })
    .await
    .map_err(|e| ReportFailure::from(anyhow::Error::new(e)))?
}
