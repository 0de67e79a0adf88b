//! Results computed once per change of the data, shared by every request that asks for them.
//!
//! A [`SharedCache`] maps a key (what is computed: a budget and the report's options) to the
//! latest result and the [`DataVersion`] of the submissions it was computed from. A request reads
//! the version (one cheap query), and
//!
//! - if the cache holds a result for that key and version, gets it without computing;
//! - if a computation for that key and version is running, waits for it (single flight): ten
//!   officers opening the dashboard at once cost one computation, not ten;
//! - otherwise starts one, on its own task, and waits for it.
//!
//! A computation keeps running while at least one request waits for it, and is told to stop
//! (its `keep_going` says no) once every one of them has gone away; a stopped or failed
//! computation leaves nothing behind, so the next request starts afresh. The version comes from
//! the database, so several servers sharing one PostgreSQL each compute at most once per change
//! and never serve a result older than the data they were asked about.
//!
//! The cache holds only results (a report is a few kilobytes), at most [`SharedCache::new`]'s
//! `capacity` keys; the oldest key makes room for a new one.

use crate::store::DataVersion;
use std::collections::HashMap;
use std::future::Future;
use std::sync::{Arc, Mutex, Weak};
use tokio::sync::watch;

/// What a computation ends with, as every waiter receives it.
type Outcome<T, E> = Option<Result<Arc<T>, E>>;

/// One computation (running or done) of one key at one version.
struct Flight<T, E> {
    version: DataVersion,
    /// Filled once the computation ends.
    outcome: watch::Receiver<Outcome<T, E>>,
    /// Held (strongly) by every waiting request; the computation holds it weakly.
    interest: Weak<Interest>,
    /// Its place in eviction order.
    serial: u64,
}

/// The waiters' stake in a computation: while one exists, the computation goes on.
#[derive(Debug)]
pub struct Interest;

/// Tells a running computation whether anyone still waits for it.
#[derive(Clone, Debug)]
pub struct KeepGoing(Weak<Interest>);

impl KeepGoing {
    /// Whether at least one request still waits for the result.
    pub fn wanted(&self) -> bool {
        self.0.strong_count() > 0
    }
}

/// A computation's task ended without a result: it panicked (the runtime logged the panic).
#[derive(Clone, Copy, Debug)]
pub struct ComputationLost;

impl From<ComputationLost> for String {
    fn from(_: ComputationLost) -> String {
        "the computation ended without a result".to_owned()
    }
}

/// Results by key, each for the latest version it was computed at. Clones share the cache.
pub struct SharedCache<T, E> {
    inner: Arc<Inner<T, E>>,
}

struct Inner<T, E> {
    flights: Mutex<HashMap<String, Flight<T, E>>>,
    capacity: usize,
    next_serial: std::sync::atomic::AtomicU64,
}

impl<T, E> Clone for SharedCache<T, E> {
    fn clone(&self) -> Self {
        SharedCache { inner: Arc::clone(&self.inner) }
    }
}

impl<T, E> std::fmt::Debug for SharedCache<T, E> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SharedCache").field("capacity", &self.inner.capacity).finish_non_exhaustive()
    }
}

impl<T, E> SharedCache<T, E>
where
    T: Send + Sync + 'static,
    E: Clone + Send + Sync + From<ComputationLost> + 'static,
{
    /// An empty cache that keeps at most `capacity` keys.
    pub fn new(capacity: usize) -> SharedCache<T, E> {
        SharedCache {
            inner: Arc::new(Inner {
                flights: Mutex::new(HashMap::new()),
                capacity: capacity.max(1),
                next_serial: std::sync::atomic::AtomicU64::new(0),
            }),
        }
    }

    /// The result for `key` at `version`: the stored one, the one being computed, or one that
    /// `compute` starts now on its own task. `compute` gets a [`KeepGoing`] to ask, between
    /// steps, whether anyone still wants the result.
    pub async fn get_or_compute<F, Fut>(&self, key: &str, version: DataVersion, compute: F) -> Result<Arc<T>, E>
    where
        F: FnOnce(KeepGoing) -> Fut,
        Fut: Future<Output = Result<T, E>> + Send + 'static,
    {
        let (mut outcome, _interest) = self.join_or_start(key, version, compute);
        loop {
            if let Some(result) = outcome.borrow_and_update().clone() {
                return result;
            }
            if outcome.changed().await.is_err() {
                // The task ended without an outcome: it panicked (the runtime logged it).
                if let Some(result) = outcome.borrow().clone() {
                    return result;
                }
                return Err(E::from(ComputationLost));
            }
        }
    }

    /// Joins the flight for `key` at `version`, or starts one.
    fn join_or_start<F, Fut>(
        &self,
        key: &str,
        version: DataVersion,
        compute: F,
    ) -> (watch::Receiver<Outcome<T, E>>, Arc<Interest>)
    where
        F: FnOnce(KeepGoing) -> Fut,
        Fut: Future<Output = Result<T, E>> + Send + 'static,
    {
        let mut flights = self.inner.flights.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        if let Some(flight) = flights.get(key)
            && flight.version == version
        {
            let done = flight.outcome.borrow().is_some();
            if done {
                return (flight.outcome.clone(), Arc::new(Interest));
            }
            if let Some(interest) = flight.interest.upgrade() {
                return (flight.outcome.clone(), interest);
            }
            // Running but abandoned by everyone: it is stopping; start afresh.
        }
        if !flights.contains_key(key) && flights.len() >= self.inner.capacity {
            let oldest = flights.iter().min_by_key(|(_, f)| f.serial).map(|(k, _)| k.clone());
            if let Some(oldest) = oldest {
                flights.remove(&oldest);
            }
        }
        let interest = Arc::new(Interest);
        let (tx, rx) = watch::channel(None);
        let serial = self.inner.next_serial.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        let future = compute(KeepGoing(Arc::downgrade(&interest)));
        flights.insert(
            key.to_owned(),
            Flight { version, outcome: rx.clone(), interest: Arc::downgrade(&interest), serial },
        );
        drop(flights);
        let inner = Arc::downgrade(&self.inner);
        let key = key.to_owned();
        tokio::spawn(async move {
            let result = future.await.map(Arc::new);
            // A failure (or a stop) is not kept: it leaves the map before its waiters hear of it,
            // so a request arriving meanwhile starts afresh rather than receiving it.
            if result.is_err()
                && let Some(inner) = inner.upgrade()
            {
                let mut flights = inner.flights.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
                if flights.get(&key).is_some_and(|f| f.serial == serial) {
                    flights.remove(&key);
                }
            }
            tx.send_replace(Some(result));
        });
        (rx, interest)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::atomic::{AtomicUsize, Ordering};
    use std::time::Duration;

    fn version(count: i64) -> DataVersion {
        DataVersion { count, changes: count }
    }

    #[tokio::test]
    async fn concurrent_requests_share_one_computation_per_version() {
        let cache: SharedCache<usize, String> = SharedCache::new(8);
        let runs = Arc::new(AtomicUsize::new(0));
        let ask = |v: i64| {
            let cache = cache.clone();
            let runs = Arc::clone(&runs);
            async move {
                cache
                    .get_or_compute("k", version(v), move |_| async move {
                        tokio::time::sleep(Duration::from_millis(50)).await;
                        Ok(runs.fetch_add(1, Ordering::SeqCst) + 1)
                    })
                    .await
            }
        };
        let results = futures_util::future::join_all((0..8).map(|_| ask(1))).await;
        assert!(results.iter().all(|r| r.as_deref() == Ok(&1)), "{results:?}");
        assert_eq!(runs.load(Ordering::SeqCst), 1, "eight requests, one computation");
        assert_eq!(ask(1).await.as_deref(), Ok(&1), "a later request gets the stored result");
        assert_eq!(ask(2).await.as_deref(), Ok(&2), "new data, a new computation");
        assert_eq!(runs.load(Ordering::SeqCst), 2);
    }

    #[tokio::test]
    async fn a_computation_nobody_waits_for_is_told_to_stop_and_is_not_kept() {
        let cache: SharedCache<usize, String> = SharedCache::new(8);
        let stopped = Arc::new(AtomicUsize::new(0));
        let seen = Arc::clone(&stopped);
        let waiting = cache.get_or_compute("k", version(1), move |keep_going| async move {
            while keep_going.wanted() {
                tokio::time::sleep(Duration::from_millis(5)).await;
            }
            seen.fetch_add(1, Ordering::SeqCst);
            Err("stopped".to_owned())
        });
        // The only waiter gives up.
        assert!(tokio::time::timeout(Duration::from_millis(30), waiting).await.is_err());
        for _ in 0..100 {
            if stopped.load(Ordering::SeqCst) == 1 {
                break;
            }
            tokio::time::sleep(Duration::from_millis(5)).await;
        }
        assert_eq!(stopped.load(Ordering::SeqCst), 1, "the computation saw that nobody waits");
        let again = cache.get_or_compute("k", version(1), |_| async { Ok(7) }).await;
        assert_eq!(again.as_deref(), Ok(&7), "the stopped computation left nothing behind");
    }

    #[tokio::test]
    async fn the_oldest_key_makes_room() {
        let cache: SharedCache<usize, String> = SharedCache::new(2);
        for (k, v) in [("a", 1), ("b", 2), ("c", 3)] {
            assert_eq!(cache.get_or_compute(k, version(1), move |_| async move { Ok(v) }).await.as_deref(), Ok(&v));
        }
        let a = cache.get_or_compute("a", version(1), |_| async { Ok(10) }).await;
        assert_eq!(a.as_deref(), Ok(&10), "\"a\" was evicted, so it is computed again");
        let c = cache.get_or_compute("c", version(1), |_| async { Ok(30) }).await;
        assert_eq!(c.as_deref(), Ok(&3), "\"c\" is still there");
    }
}
