//! What keeps expensive or guessable work bounded, shared by the handlers of one router: how many
//! password checks and heavy reports run at once, how many wrong guesses one officer's username
//! or one budget's invite codes and edit links take, what the honeypot answered, and how session cookies are
//! written.
//!
//! Everything here is in memory and per server: servers sharing a PostgreSQL each count their own
//! guesses, so N servers allow N times the guesses (still hopeless against invite codes of 77 bits).

use crate::error::ApiError;
use sha2::{Digest, Sha256};
use std::collections::{HashMap, VecDeque};
use std::hash::Hash;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};
use tokio::sync::{OwnedSemaphorePermit, Semaphore};

/// What the handlers of one router share.
#[derive(Debug)]
pub struct Guards {
    /// Password checks (argon2id, 19 MiB and tens of milliseconds of CPU each).
    pub password_checks: Gate,
    /// Failed logins per username.
    pub login_failures: FailureBuckets<String>,
    /// Wrong invite codes per budget.
    pub invite_failures: FailureBuckets<String>,
    /// Edit links that open nothing, per budget (counted at the invite codes' rate).
    pub edit_failures: FailureBuckets<String>,
    /// Reports with bootstrap intervals, the only admin work that takes seconds of CPU.
    pub heavy_reports: Gate,
    /// Reports computed once per change of the data, shared by the officers who ask.
    pub reports: crate::reports::ReportCache,
    /// What the honeypot answered, so a bot's retry meets a stored submission's answers.
    pub honeypot: HoneypotReceipts,
    /// How the session cookie is written.
    pub cookies: Cookies,
}

/// How the officers' session cookie is written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Cookies {
    /// `Secure` and the `__Host-` prefix: the browser sends the cookie over HTTPS only, and no
    /// other site on the same domain can set or overwrite it. Off only for plain-HTTP local use.
    pub secure: bool,
}

impl Default for Cookies {
    fn default() -> Cookies {
        Cookies { secure: true }
    }
}

impl Cookies {
    /// The cookie's name: the `__Host-` prefix needs `Secure`, so a plain-HTTP server uses the bare name.
    pub fn name(self) -> &'static str {
        if self.secure { crate::auth::SECURE_COOKIE } else { crate::auth::COOKIE }
    }
}

/// At most `permits` pieces of work at once, and at most `queue` more waiting for a turn; beyond
/// that a request is refused at once (503 with `Retry-After`) rather than holding memory and a
/// connection while it waits.
#[derive(Debug)]
pub struct Gate {
    semaphore: Arc<Semaphore>,
    waiting: AtomicUsize,
    queue: usize,
    retry_after: u64,
}

impl Gate {
    /// A gate of `permits` (at least 1) with `queue` waiting places.
    pub fn new(permits: usize, queue: usize, retry_after: u64) -> Gate {
        Gate { semaphore: Arc::new(Semaphore::new(permits.max(1))), waiting: AtomicUsize::new(0), queue, retry_after }
    }

    /// A turn, once one is free, or [`ApiError::Busy`] when the queue is full.
    pub async fn enter(&self) -> Result<OwnedSemaphorePermit, ApiError> {
        if let Ok(permit) = Arc::clone(&self.semaphore).try_acquire_owned() {
            return Ok(permit);
        }
        // Counted while waiting, and uncounted when the wait ends, also when the request is
        // dropped mid-wait (its client went away): a place in the queue is never lost.
        let place = Waiting(&self.waiting);
        if self.waiting.fetch_add(1, Ordering::AcqRel) >= self.queue {
            drop(place);
            return Err(ApiError::Busy(self.retry_after));
        }
        let permit = Arc::clone(&self.semaphore).acquire_owned().await;
        drop(place);
        // The semaphore is never closed.
        permit.map_err(|e| ApiError::Internal(e.into()))
    }
}

/// One place in a [`Gate`]'s queue, given back when dropped.
struct Waiting<'a>(&'a AtomicUsize);

impl Drop for Waiting<'_> {
    fn drop(&mut self) {
        self.0.fetch_sub(1, Ordering::AcqRel);
    }
}

/// The number of password checks that may run at once by default: one per core.
pub fn default_password_checks() -> usize {
    std::thread::available_parallelism().map_or(1, usize::from)
}

/// A leaky bucket of failures per key: each failure adds one, `per_minute` drain away each
/// minute, and a key whose bucket holds `per_minute` is refused until one has drained.
///
/// governor (the rate limiter of the routes) counts every request and cannot look without
/// counting; here only failures count, and a request is refused before its work is done when its
/// key is full, so this small counter is kept apart.
#[derive(Debug)]
pub struct FailureBuckets<K> {
    per_minute: u32,
    buckets: Mutex<HashMap<K, (f64, Instant)>>,
}

impl<K: Hash + Eq + Clone> FailureBuckets<K> {
    /// Buckets that let `per_minute` failures through at once, then one more every
    /// `60 / per_minute` seconds; 0 counts nothing.
    pub fn new(per_minute: u32) -> FailureBuckets<K> {
        FailureBuckets { per_minute, buckets: Mutex::new(HashMap::new()) }
    }

    fn level(&self, (level, at): (f64, Instant), now: Instant) -> f64 {
        let drained = now.saturating_duration_since(at).as_secs_f64() * f64::from(self.per_minute) / 60.0;
        (level - drained).max(0.0)
    }

    /// How long `key` must wait before its next attempt, if its bucket is full.
    pub fn blocked(&self, key: &K) -> Option<Duration> {
        if self.per_minute == 0 {
            return None;
        }
        let buckets = self.buckets.lock().unwrap_or_else(|e| e.into_inner());
        let level = self.level(*buckets.get(key)?, Instant::now());
        let capacity = f64::from(self.per_minute);
        // One failure drains in 60 / per_minute seconds.
        (level > capacity - 1.0).then(|| Duration::from_secs_f64((level - capacity + 1.0) * 60.0 / capacity))
    }

    /// Counts a failure for `key`.
    pub fn record(&self, key: &K) {
        if self.per_minute == 0 {
            return;
        }
        let now = Instant::now();
        let mut buckets = self.buckets.lock().unwrap_or_else(|e| e.into_inner());
        // Forget keys that have drained, so memory follows the recent failures only.
        if buckets.len() >= 10_000 {
            buckets.retain(|_, v| self.level(*v, now) > 0.0);
        }
        let level = buckets.get(key).map_or(0.0, |v| self.level(*v, now));
        buckets.insert(key.clone(), (level + 1.0, now));
    }
}

/// How many honeypot receipts are remembered (oldest forgotten first).
const HONEYPOT_MEMORY: usize = 10_000;

/// The honeypot's receipts by submission id, with a digest of the body each came with.
#[derive(Debug, Default)]
pub struct HoneypotReceipts {
    inner: Mutex<Remembered>,
}

/// Receipts by id (body digest, receipt time), and the ids oldest first.
#[derive(Debug, Default)]
struct Remembered {
    by_id: HashMap<String, ([u8; 32], String)>,
    order: VecDeque<String>,
}

/// What the honeypot answers a filled-in submission, as the store would have.
#[derive(Debug, PartialEq, Eq)]
pub enum Honeypot {
    /// First time: 201 with this receipt time.
    Created(String),
    /// The same body again: 200 with the first receipt time.
    AlreadyStored(String),
    /// The same id with another body: 409.
    IdConflict,
}

impl HoneypotReceipts {
    /// Answers a filled-in submission `id` whose canonical body is `body`, received at `now`.
    pub fn answer(&self, id: &str, body: &str, now: String) -> Honeypot {
        let digest: [u8; 32] = Sha256::digest(body.as_bytes()).into();
        let mut guard = self.inner.lock().unwrap_or_else(|e| e.into_inner());
        let Remembered { by_id: seen, order } = &mut *guard;
        if let Some((known, received_at)) = seen.get(id) {
            return if *known == digest { Honeypot::AlreadyStored(received_at.clone()) } else { Honeypot::IdConflict };
        }
        if order.len() >= HONEYPOT_MEMORY
            && let Some(oldest) = order.pop_front()
        {
            seen.remove(&oldest);
        }
        seen.insert(id.to_owned(), (digest, now.clone()));
        order.push_back(id.to_owned());
        Honeypot::Created(now)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn failures_fill_a_bucket_that_drains() {
        let buckets = FailureBuckets::new(3);
        let key = "alice".to_owned();
        assert_eq!(buckets.blocked(&key), None);
        for _ in 0..3 {
            assert_eq!(buckets.blocked(&key), None);
            buckets.record(&key);
        }
        let wait = buckets.blocked(&key).unwrap_or_default();
        assert!(wait > Duration::from_secs(19) && wait <= Duration::from_secs(20), "{wait:?}");
        assert_eq!(buckets.blocked(&"bob".to_owned()), None);
        let off = FailureBuckets::new(0);
        off.record(&key);
        assert_eq!(off.blocked(&key), None);
    }

    #[tokio::test]
    async fn a_wait_given_up_gives_its_place_back() {
        let gate = Gate::new(1, 1, 1);
        let held = gate.enter().await.unwrap_or_else(|e| panic!("{e}"));
        // A waiter whose request is dropped (its client left) before its turn.
        let waiting = tokio::time::timeout(Duration::from_millis(50), gate.enter()).await;
        assert!(waiting.is_err(), "it waited");
        // The queue has room again: the next one waits rather than being refused.
        let next = tokio::time::timeout(Duration::from_millis(50), gate.enter()).await;
        assert!(next.is_err(), "refused at once: the place was lost");
        drop(held);
        assert!(gate.enter().await.is_ok());
    }

    #[test]
    fn the_honeypot_answers_retries_as_the_store_does() {
        let receipts = HoneypotReceipts::default();
        assert_eq!(receipts.answer("a", "{1}", "t1".into()), Honeypot::Created("t1".into()));
        assert_eq!(receipts.answer("a", "{1}", "t2".into()), Honeypot::AlreadyStored("t1".into()));
        assert_eq!(receipts.answer("a", "{2}", "t3".into()), Honeypot::IdConflict);
    }
}
