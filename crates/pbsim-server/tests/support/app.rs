//! The server as the integration tests drive it: `app(state)` (or `app_with` and a rate limit) over
//! the budgets a test names, on a database of its own, without a socket. One way to build the
//! state, so a field added to `AppState` is added here once.

// Each test file uses the part it needs.
#![allow(dead_code)]

use crate::answer::{self, Answer};
use crate::db::{Backend, TestDb};
use axum::Router;
use axum::body::Body;
use axum::http::Request;
use pbsim_core::Budget;
use pbsim_server::budgets::Budgets;
use pbsim_server::limits::RateLimit;
use pbsim_server::security::Security;
use pbsim_server::store::Store;
use pbsim_server::{AppState, app, app_with};
use std::path::PathBuf;
use std::sync::Arc;

/// A router over some budgets and the store it writes to.
pub struct TestApp {
    pub router: Router,
    pub store: Store,
    /// Kept so that the database outlives the test's requests.
    pub db: Option<TestDb>,
}

/// What a test server is made of, before it has a database.
pub struct Setup {
    budgets: Vec<Budget>,
    security: Security,
    dist: Option<PathBuf>,
    rate_limit: Option<RateLimit>,
}

impl Setup {
    /// A server publishing the budget files `tomls` (each must load).
    pub fn new(tomls: &[&str]) -> Setup {
        Setup::of(tomls.iter().map(|toml| Budget::from_toml(toml).expect("test budget loads")))
    }

    /// A server publishing `budgets`.
    pub fn of(budgets: impl IntoIterator<Item = Budget>) -> Setup {
        Setup { budgets: budgets.into_iter().collect(), security: Security::default(), dist: None, rate_limit: None }
    }

    /// The server-wide embedding policy, applied to every budget as `pbsim serve` applies it.
    pub fn security(mut self, security: Security) -> Setup {
        self.security = security;
        self
    }

    /// Serve the built pages of `dist`.
    pub fn dist(mut self, dist: impl Into<PathBuf>) -> Setup {
        self.dist = Some(dist.into());
        self
    }

    /// Rate-limit as `pbsim serve` does (`app_with`), instead of `app`'s unlimited router.
    pub fn rate_limit(mut self, limit: RateLimit) -> Setup {
        self.rate_limit = Some(limit);
        self
    }

    /// The server on a fresh database of `backend`.
    pub async fn on(self, backend: Backend) -> TestApp {
        let db = TestDb::new(backend).await;
        let store = Store::connect(&db.url).await.expect("open test database");
        let mut t = self.on_store(store);
        t.db = Some(db);
        t
    }

    /// The server on a fresh SQLite file (for tests about HTTP, not about the database).
    pub async fn on_sqlite(self) -> TestApp {
        self.on(Backend::Sqlite).await
    }

    /// The server on a store the test opened itself (one shared by two servers, say); the test keeps
    /// the database alive.
    pub fn on_store(self, store: Store) -> TestApp {
        let mut budgets = Budgets::from_budgets(self.budgets);
        budgets.allow_embedding_by(&self.security.frame_ancestors);
        let state = AppState {
            budgets: Arc::new(budgets),
            store: store.clone(),
            dist: self.dist,
            security: Arc::new(self.security),
        };
        let router = match self.rate_limit {
            Some(limit) => app_with(state, limit),
            None => app(state),
        };
        TestApp { router, store, db: None }
    }
}

impl TestApp {
    /// Sends `request` and reads the whole answer.
    pub async fn send(&self, request: Request<Body>) -> Answer {
        answer::send(&self.router, request).await
    }

    /// How many submissions are stored for `budget`.
    pub async fn stored_count(&self, budget: &str) -> usize {
        self.store.submissions(budget).await.expect("read submissions").len()
    }
}
