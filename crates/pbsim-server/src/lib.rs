//! The pbsim server: publishes budgets, serves the simulator app, and validates and stores
//! residents' submissions.
//!
//! [`app`] builds the whole HTTP service from an [`AppState`], so tests drive it without a socket;
//! `main.rs` only parses the configuration and runs it.
//!
//! A request passes, in order: the connection's limits ([`serve`]: time to send the headers, a cap
//! on connections), the request id ([`telemetry`]), the request log, the time to answer
//! ([`limits::answer_within`]), the client's rate limit, the body's size and time limits
//! ([`limits`], on the routes that write), the JSON extractor ([`error::ApiJson`]), the budget's
//! rules (`pbsim_core::validate`), and the store.

#![deny(missing_docs)]

pub mod admin;
pub mod api;
pub mod assets;
pub mod auth;
pub mod budgets;
pub mod cache;
pub mod cli;
pub mod config;
pub mod error;
pub mod export;
pub mod guards;
pub mod import;
pub mod limits;
pub mod pb;
pub mod public_results;
pub mod reports;
pub mod security;
pub mod serve;
mod spill;
pub mod store;
pub mod telemetry;

use axum::extract::{DefaultBodyLimit, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::routing::{MethodRouter, get};
use axum::{Extension, Router};
use budgets::Budgets;
use guards::{Cookies, FailureBuckets, Gate, Guards, HoneypotReceipts};
use limits::{Limiter, RateLimit, Timeouts};
use std::path::PathBuf;
use std::sync::Arc;
use store::Store;
use tower_http::compression::CompressionLayer;
use tower_http::compression::predicate::{NotForContentType, Predicate, SizeAbove};
use tower_http::set_header::SetResponseHeaderLayer;

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
    /// The time a client has to send a request body to the routes that write.
    pub body_timeout: std::time::Duration,
}

impl Limits {
    /// A route that writes with its guards: the rate limit first (a client over its quota costs
    /// no body read), then the body read within the size and time limits.
    pub fn guard<S: Clone + Send + Sync + 'static>(
        &self,
        limiter: &Limiter,
        route: MethodRouter<S>,
    ) -> MethodRouter<S> {
        let read = axum::middleware::from_fn_with_state((self.body_timeout, self.body_bytes), limits::read_body_within);
        limiter.apply(route.layer(DefaultBodyLimit::max(self.body_bytes)).layer(read))
    }
}

/// Everything `pbsim serve` configures about the HTTP service; [`Options::default`] is what
/// [`app`] uses: no rate limit, and every other guard at its default.
#[derive(Clone, Debug)]
pub struct Options {
    /// The per-client rate limit of the routes that write.
    pub rate_limit: RateLimit,
    /// How long a body and an answer may take.
    pub timeouts: Timeouts,
    /// How the session cookie is written.
    pub cookies: Cookies,
    /// `Strict-Transport-Security: max-age=N` on every response; 0 sends none.
    pub hsts_max_age: u64,
    /// Password checks that may run at once.
    pub password_checks: usize,
    /// Failed logins one username may take at once (then one more a minute; 0: not counted).
    pub login_failures_per_user: u32,
    /// Wrong invite codes one budget may take per minute, and as many edit links that open nothing
    /// (0: not counted).
    pub invite_failures_per_minute: u32,
    /// Reports with bootstrap intervals that may run at once.
    pub heavy_reports: usize,
    /// How old the public figures may get before a read recomputes them (zero: every read).
    pub results_refresh: std::time::Duration,
}

impl Default for Options {
    fn default() -> Options {
        Options {
            rate_limit: RateLimit::default(),
            timeouts: Timeouts::default(),
            cookies: Cookies::default(),
            hsts_max_age: 0,
            password_checks: guards::default_password_checks(),
            login_failures_per_user: 10,
            invite_failures_per_minute: 60,
            heavy_reports: 1,
            results_refresh: public_results::DEFAULT_REFRESH,
        }
    }
}

/// The whole HTTP service (API, health check, the embedding script and the app's files, with the
/// security headers on every response) without a rate limit: what tests and benchmarks drive. `pbsim serve`
/// uses [`app_with`].
pub fn app(state: AppState) -> Router {
    app_with(state, RateLimit::default())
}

/// The whole HTTP service: API, health check and the app's files, with `rate_limit` on the
/// routes that write and every other guard at its default.
pub fn app_with(state: AppState, rate_limit: RateLimit) -> Router {
    app_with_options(state, Options { rate_limit, ..Options::default() })
}

/// Reports kept by the dashboard's cache: a budget with a few filters and options each.
const REPORT_CACHE_KEYS: usize = 256;

/// The whole HTTP service as `pbsim serve` configures it.
pub fn app_with_options(state: AppState, options: Options) -> Router {
    let limits = Limits {
        submissions: Limiter::new(&options.rate_limit, limits::SUBMISSION_V6_PREFIX),
        logins: Limiter::new(&options.rate_limit, limits::LOGIN_V6_PREFIX),
        body_bytes: limits::max_body_bytes(&state.budgets),
        body_timeout: options.timeouts.body,
    };
    let password_checks = options.password_checks.max(1);
    let guards = Arc::new(Guards {
        // A few logins may wait their turn; a flood of them is refused at once.
        password_checks: Gate::new(password_checks, 4 * password_checks, 1),
        login_failures: FailureBuckets::new(options.login_failures_per_user),
        invite_failures: FailureBuckets::new(options.invite_failures_per_minute),
        edit_failures: FailureBuckets::new(options.invite_failures_per_minute),
        heavy_reports: Gate::new(options.heavy_reports, 0, 10),
        reports: reports::ReportCache::new(REPORT_CACHE_KEYS),
        honeypot: HoneypotReceipts::default(),
        cookies: options.cookies,
    });
    let mut router = Router::new()
        // Officers' routes carry their own authentication layer (see admin.rs).
        .nest("/api/admin", admin::routes(state.clone(), &limits).layer(compress_large()))
        .nest("/api", api::routes(&limits).layer(compress_large()))
        .route("/healthz", get(healthz))
        .route("/embed.js", get(security::embed_js))
        .with_state(state.clone());
    if let Some(dist) = &state.dist {
        // The built app, read once with its compressed forms (see assets.rs). Paths that are not
        // files (`/b/austin-fy2017`, `/admin`) are routes of the single-page app: they are answered
        // with its index.html, and the app picks the page. The officers' dashboard is a second
        // build of the app (dist/admin/, see admin.html), so the residents' page never downloads it;
        // so is the page of a budget of projects (dist/projects/, see projects.html), which each
        // such budget's `/b/{id}` and `/embed/{id}` serve instead of the simulator's.
        let budgets = state.budgets.iter().map(|b| (b.id.as_str(), b.projects.is_some()));
        let files = match assets::Assets::load(dist).and_then(|files| files.with_budget_pages(budgets)) {
            Ok(files) => files,
            Err(e) => {
                tracing::error!(dist = %dist.display(), error = %e, "cannot read the built app: serving the API only");
                assets::Assets::default()
            }
        };
        router = router.fallback_service(Router::new().fallback(assets::serve).with_state(Arc::new(files)));
    }
    let results = Arc::new(public_results::ResultsCache::new(state.store.clone(), options.results_refresh));
    let mut router = router
        .layer(Extension(guards))
        .layer(Extension(results))
        .layer(axum::middleware::from_fn_with_state(options.timeouts.request, limits::answer_within))
        .layer(axum::middleware::from_fn_with_state(state, security::headers));
    // Browsers obey the header only over HTTPS, so it is harmless on a plain-HTTP test server.
    if options.hsts_max_age > 0
        && let Ok(value) = HeaderValue::from_str(&format!("max-age={}", options.hsts_max_age))
    {
        router = router.layer(SetResponseHeaderLayer::overriding(header::STRICT_TRANSPORT_SECURITY, value));
    }
    telemetry::layer(router)
}

/// The API's larger answers (a budget's definition, the officers' reports) compressed as they are
/// sent, with brotli or gzip as the client accepts (and `Vary: Accept-Encoding`). Small answers are
/// not worth a compressor's setup; workbooks are zip files already. Downloads (an answer with
/// `Content-Disposition`, the streamed exports) are sent as they are: Chromium cancelled a
/// streamed CSV export sent with brotli (`e2e/tests/officer-dashboard.spec.ts`); why was not
/// found in the time there was.
fn compress_large() -> CompressionLayer<impl Predicate> {
    let not_a_download =
        |_: StatusCode, _: axum::http::Version, headers: &axum::http::HeaderMap, _: &axum::http::Extensions| {
            !headers.contains_key(header::CONTENT_DISPOSITION)
        };
    let predicate = SizeAbove::new(1024)
        .and(NotForContentType::IMAGES)
        .and(NotForContentType::const_new("application/vnd.openxmlformats"))
        .and(not_a_download);
    CompressionLayer::new().compress_when(predicate)
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
