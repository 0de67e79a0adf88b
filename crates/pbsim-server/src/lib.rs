//! The pbsim server: publishes budgets, serves the simulator app, and validates and stores
//! residents' submissions.
//!
//! [`app`] builds the whole HTTP service from an [`AppState`], so tests drive it without a socket;
//! `main.rs` only parses the configuration and runs it.
//!
//! A request passes, in order: the request id ([`telemetry`]), the request log, the client's rate
//! limit and the body size limit ([`limits`], on the routes that write), the JSON extractor
//! ([`error::ApiJson`]), the budget's rules (`pbsim_core::validate`), and the store.

#![deny(missing_docs)]

pub mod admin;
pub mod api;
pub mod auth;
pub mod budgets;
pub mod cli;
pub mod config;
pub mod error;
pub mod export;
pub mod import;
pub mod limits;
pub mod pb;
pub mod security;
pub mod store;
pub mod telemetry;

use axum::Router;
use axum::extract::State;
use axum::http::StatusCode;
use axum::routing::get;
use budgets::Budgets;
use limits::{Limiter, RateLimit};
use std::path::PathBuf;
use std::sync::Arc;
use store::Store;
use tower_http::services::{ServeDir, ServeFile};

/// What every request handler can reach.
#[derive(Clone, Debug)]
pub struct AppState {
    /// The published budgets.
    pub budgets: Arc<Budgets>,
    /// Where submissions are stored.
    pub store: Store,
    /// The built app to serve (Trunk's `dist/`); `None` serves the API only.
    pub dist: Option<PathBuf>,
    /// Who may embed the pages and call the API from other sites, and the pages' script hashes.
    pub security: Arc<security::Security>,
}

/// What the routes that write are protected by.
#[derive(Clone, Debug)]
pub struct Limits {
    /// The rate limit of `POST /api/budgets/{id}/submissions`.
    pub submissions: Limiter,
    /// The rate limit of `POST /api/admin/login`, counted apart from submissions.
    pub logins: Limiter,
    /// The largest request body the routes that write accept, in bytes.
    pub body_bytes: usize,
}

/// The whole HTTP service (API, health check, the embedding script and the app's files, with the
/// security headers on every response) without a rate limit: what tests and benchmarks drive. `pbsim serve`
/// uses [`app_with`].
pub fn app(state: AppState) -> Router {
    app_with(state, RateLimit::default())
}

/// The whole HTTP service: API, health check and the app's files, with `rate_limit` on the
/// routes that write.
pub fn app_with(state: AppState, rate_limit: RateLimit) -> Router {
    let limits = Limits {
        submissions: Limiter::new(rate_limit),
        logins: Limiter::new(rate_limit),
        body_bytes: limits::max_body_bytes(&state.budgets),
    };
    let mut router = Router::new()
        // Officers' routes carry their own authentication layer (see admin.rs).
        .nest("/api/admin", admin::routes(state.clone(), &limits))
        .nest("/api", api::routes(&limits))
        .route("/healthz", get(healthz))
        .route("/embed.js", get(security::embed_js))
        .with_state(state.clone());
    if let Some(dist) = &state.dist {
        // Paths that are not files (`/b/austin-fy2017`, `/admin`) are routes of the single-page
        // app: answer them with its index.html and let the app pick the page.
        let index = ServeFile::new(dist.join("index.html"));
        // The officers' dashboard is a second build of the app (dist/admin/, see admin.html), so the
        // residents' page never downloads it; its paths are answered the same way.
        let admin = dist.join("admin");
        router =
            router.nest_service("/admin", ServeDir::new(&admin).fallback(ServeFile::new(admin.join("index.html"))));
        router = router.fallback_service(ServeDir::new(dist).fallback(index));
    }
    let router = router.layer(axum::middleware::from_fn_with_state(state, security::headers));
    telemetry::layer(router)
}

/// `GET /healthz`: 200 when the database answers, 503 when it does not.
async fn healthz(State(state): State<AppState>) -> (StatusCode, &'static str) {
    match state.store.ping().await {
        Ok(()) => (StatusCode::OK, "ok"),
        Err(e) => {
            tracing::warn!(error = ?e, "health check failed");
            (StatusCode::SERVICE_UNAVAILABLE, "database unavailable")
        }
    }
}
