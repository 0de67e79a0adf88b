//! The public figures of each budget (`GET /api/budgets/{id}/results`), kept in memory and
//! recomputed on a bounded schedule, behind one small interface: [`ResultsCache::get`].
//!
//! **Why a schedule rather than on every change.** Computing the figures reads every stored
//! submission of the budget (about a second for 100,000 submissions of a 30-line budget), so it
//! cannot happen on the request path. A reader gets the figures in memory at once; if they are
//! older than the refresh interval (`PBSIM_RESULTS_REFRESH_SECS`, 10 s by default), that reader
//! starts one recomputation in the background (never two at once for a budget) and still gets the
//! figures it found. So the figures are at most one interval plus one computation old, a busy
//! budget costs one computation per interval however many read it, a budget nobody reads costs
//! nothing, and servers sharing a PostgreSQL each see the others' submissions within an interval
//! (which a change notification from this server's writer alone would miss). Figures that move once
//! per interval rather than after each submission also make it harder to tell one resident's
//! choice from the step it causes. Only the very first read of a budget waits for a computation
//! (once: readers arriving meanwhile wait for the same one).
//!
//! **A refresh reads first whether anything changed.** The budget's data version
//! ([`Store::data_version`], one row whatever the number of submissions) is read before the rows
//! and kept with the figures; a refresh that finds the same version keeps the figures, with a new
//! `as_of`, and reads no submission. A budget whose consultation has closed, or that nobody is
//! submitting to at night, costs one small query per interval.
//!
//! An interval of zero computes on every read, with no cache: for tests and for trying pbsim out,
//! where a figure must include the submission just made.
//!
//! The interface is [`ResultsCache::new`] and [`ResultsCache::get`]: a shared report cache can
//! take its place without the route changing.

use crate::reports::Read;
use crate::store::{DataVersion, ReportRead, Store, now_rfc3339};
use pbsim_core::Budget;
use pbsim_core::aggregate::PublicColumns;
use pbsim_core::projects::{ballot_of, outcomes};
use pbsim_core::wire::{ProjectsOutcome, PublicLine, PublicProject, PublicProjects};
use std::collections::HashMap;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, RwLock};
use std::time::{Duration, Instant};

/// The refresh interval when `pbsim serve` is not given one.
pub const DEFAULT_REFRESH: Duration = Duration::from_secs(10);

/// A budget's figures as computed at one time.
#[derive(Clone, Debug, PartialEq)]
pub struct Snapshot {
    /// Submissions counted.
    pub submissions: u64,
    /// Every line's figures.
    pub lines: Vec<PublicLine>,
    /// A budget of projects' outcomes under every rule, from the same ballots (what the officers'
    /// report computes): [`public_projects`] says what of it is public.
    pub projects: Option<ProjectsOutcome>,
    /// When the computation read the submissions, RFC 3339 in UTC.
    pub as_of: String,
    /// The days (UTC) of the first and the last submission counted.
    pub days: Option<(String, String)>,
}

/// The latest figures of every budget that was asked for (see the module overview).
#[derive(Debug)]
pub struct ResultsCache {
    store: Store,
    refresh: Duration,
    slots: Mutex<HashMap<String, Arc<Slot>>>,
}

#[derive(Debug, Default)]
struct Slot {
    /// The figures, when they were taken, and the data version they were computed from.
    current: RwLock<Option<(Instant, Arc<Snapshot>, DataVersion)>>,
    refreshing: AtomicBool,
    first: tokio::sync::Mutex<()>,
}

impl Slot {
    fn current(&self) -> Option<(Instant, Arc<Snapshot>, DataVersion)> {
        self.current.read().map(|c| c.clone()).unwrap_or_else(|poisoned| poisoned.into_inner().clone())
    }

    fn set(&self, snapshot: Arc<Snapshot>, version: DataVersion, taken: Instant) {
        let mut current = self.current.write().unwrap_or_else(|poisoned| poisoned.into_inner());
        *current = Some((taken, snapshot, version));
    }
}

/// Lets the next stale read start a refresh, even if this one panicked or was cancelled.
struct Refreshing(Arc<Slot>);

impl Drop for Refreshing {
    fn drop(&mut self) {
        self.0.refreshing.store(false, Ordering::Release);
    }
}

impl ResultsCache {
    /// Figures of `store`'s submissions, recomputed when older than `refresh` (zero: every time).
    pub fn new(store: Store, refresh: Duration) -> ResultsCache {
        ResultsCache { store, refresh, slots: Mutex::default() }
    }

    /// The latest figures of `budget`'s submissions: at most the refresh interval plus one
    /// computation old (see the module overview).
    pub async fn get(&self, budget: &Arc<Budget>) -> anyhow::Result<Arc<Snapshot>> {
        if self.refresh.is_zero() {
            return compute(&self.store, budget).await.map(|(snapshot, _)| Arc::new(snapshot));
        }
        let slot = {
            let mut slots = self.slots.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
            slots.entry(budget.id.clone()).or_default().clone()
        };
        if let Some((taken, snapshot, version)) = slot.current() {
            if taken.elapsed() >= self.refresh && !slot.refreshing.swap(true, Ordering::AcqRel) {
                let (store, budget, guard) = (self.store.clone(), budget.clone(), Refreshing(slot.clone()));
                let old = snapshot.clone();
                tokio::spawn(async move {
                    let started = Instant::now();
                    match refresh(&store, &budget, &old, &version).await {
                        Ok((snapshot, version)) => guard.0.set(snapshot, version, started),
                        Err(e) => tracing::warn!(budget = %budget.id, error = ?e, "public results not refreshed"),
                    }
                    drop(guard);
                });
            }
            return Ok(snapshot);
        }
        let _first = slot.first.lock().await;
        if let Some((_, snapshot, _)) = slot.current() {
            return Ok(snapshot);
        }
        let started = Instant::now();
        let (snapshot, version) = compute(&self.store, budget).await?;
        let snapshot = Arc::new(snapshot);
        slot.set(snapshot.clone(), version, started);
        Ok(snapshot)
    }
}

/// The figures of `budget` now: `snapshot` again, with a new `as_of`, when the data version is
/// still `version` (nothing was added, replaced or changed since); computed afresh otherwise.
async fn refresh(
    store: &Store,
    budget: &Arc<Budget>,
    snapshot: &Arc<Snapshot>,
    version: &DataVersion,
) -> anyhow::Result<(Arc<Snapshot>, DataVersion)> {
    let as_of = now_rfc3339();
    if store.data_version(&budget.id).await? == *version {
        return Ok((Arc::new(Snapshot { as_of, ..Snapshot::clone(snapshot) }), version.clone()));
    }
    let (snapshot, version) = compute(store, budget).await?;
    Ok((Arc::new(snapshot), version))
}

/// Reads `budget`'s submissions as a stream (one snapshot, oldest first: see
/// [`Store::read_report_rows`]: report rows, or bodies) and computes its figures on a blocking thread, keeping one number
/// per line per submission and never the bodies, as reports do (`reports.rs`). The data version is
/// read before the rows, so figures that include a later submission are computed again at the next
/// refresh, never kept for a version that misses one.
async fn compute(store: &Store, budget: &Arc<Budget>) -> anyhow::Result<(Snapshot, DataVersion)> {
    let as_of = now_rfc3339();
    let version = store.data_version(&budget.id).await?;
    let reader = pbsim_core::report_row::RowReader::new(budget.lines().map(|l| l.id.as_str()));
    let rows = store.read_report_rows(&budget.id, reader.layout(), ReportRead::for_budget(budget));
    let budget = budget.clone();
    tokio::task::spawn_blocking(move || {
        let mut values = Vec::new();
        let mut columns = PublicColumns::new(&budget);
        if let Some(file) = crate::spill::working_file() {
            columns = columns.spill_to(&budget, file);
        }
        let mut days: Option<(String, String)> = None;
        // Counted here rather than by the columns: a budget of projects has none.
        let mut submissions = 0u64;
        // A budget of projects' ballots, as project indices, as the report keeps them.
        let mut ballots = Vec::new();
        for batch in rows {
            let batch = batch?;
            for row in batch.iter() {
                match crate::reports::read(&reader, row, &mut values)? {
                    Read::Row(_) => columns.push_in_order(&values),
                    Read::Body(fields) => {
                        columns.push(|id| fields.allocation.get(id).copied());
                        if let (Some(selection), Some(choice)) = (&budget.projects, &fields.projects) {
                            ballots.push(ballot_of(selection, choice));
                        }
                    }
                }
                submissions += 1;
                // `received_at` starts with its day (RFC 3339); rows come oldest first.
                let today = row.received_at.get(..10).unwrap_or(row.received_at);
                match &mut days {
                    None => days = Some((today.to_owned(), today.to_owned())),
                    Some((_, last)) if last != today => today.clone_into(last),
                    Some(_) => {}
                }
            }
        }
        let lines = columns.finish(&budget)?;
        let projects = budget.projects.as_ref().map(|selection| outcomes(selection, ballots));
        Ok((Snapshot { submissions, lines, projects, as_of, days }, version))
    })
    .await?
}

/// What the public reads of a budget of projects' `outcome`: every project's votes, and only when
/// the consultation is `closed`, what the budget's rule funds and the money it spends and leaves.
/// Before the close nothing is decided, so nothing says funded.
pub fn public_projects(budget: &Budget, outcome: &ProjectsOutcome, closed: bool) -> PublicProjects {
    let rule = budget.projects.as_ref().map(|p| p.rule).unwrap_or_default();
    let decided = outcome.rules.iter().find(|r| r.rule == rule).filter(|_| closed);
    let projects = outcome
        .projects
        .iter()
        .map(|p| PublicProject { id: p.id.clone(), votes: p.score, funded: decided.map(|d| d.winners.contains(&p.id)) })
        .collect();
    PublicProjects { projects, outcome: decided.cloned() }
}
