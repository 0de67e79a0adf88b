//! The officers' API under `/api/admin`: log in and out, and, for officers only, the aggregate
//! report, the comments and the downloads of one budget's submissions.
//!
//! Every route but `login` and `logout` sits behind [`auth::require_officer`], applied as a layer
//! of this router (fallback included), so an unauthenticated request to any of them, or to any path
//! under `/api/admin` that does not exist, gets the same 401. Residents' pages never call these
//! routes, and the public API returns no submission.

use crate::auth::{self, MAX_USERNAME_CHARS, Officer, SESSION_HOURS};
use crate::error::{ApiError, ApiJson};
use crate::export::{self, Format};
use crate::guards::{Cookies, Guards};
use crate::store::StoredSubmission;
use crate::{AppState, Limits};
use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Extension, Json, Router, middleware};
use pbsim_core::aggregate::{
    AggregateError, BootstrapOptions, BudgetReport, ReportError, ReportOptions, Response as Answered, report_until,
};
use pbsim_core::{Budget, Problem, ProblemCode, QuestionKind};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

/// The routes under `/api/admin`.
pub fn routes(state: AppState, limits: &Limits) -> Router<AppState> {
    let protected = Router::new()
        .route("/me", get(me))
        .route("/budgets/{id}/report", get(budget_report))
        .route("/budgets/{id}/comments", get(comments))
        .route("/budgets/{id}/export/{format}", get(download))
        .fallback(|| async { ApiError::NotFound("no such admin route".into()) })
        .layer(middleware::from_fn_with_state(state, auth::require_officer));
    // Guessing passwords is slowed by the rate limit; the body limits keep a login small and quick.
    let login = limits.guard(&limits.logins, post(login));
    Router::new().route("/login", login).route("/logout", post(logout)).merge(protected)
}

/// `POST /api/admin/login`'s body.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Login {
    username: String,
    password: String,
}

/// Who is logged in, and until when.
#[derive(Debug, Serialize)]
struct SessionInfo {
    name: String,
    expires_at: Option<i64>,
}

fn cookie(value: &str, max_age: i64, cookies: Cookies) -> Result<HeaderValue, ApiError> {
    // `Secure` unless the operator runs plain HTTP on purpose (`--insecure-cookies`): a header
    // such as `X-Forwarded-Proto` that any client can send must not decide it.
    let secure = if cookies.secure { "; Secure" } else { "" };
    let name = cookies.name();
    HeaderValue::from_str(&format!("{name}={value}; Path=/; HttpOnly; SameSite=Strict; Max-Age={max_age}{secure}"))
        .map_err(|e| ApiError::Internal(e.into()))
}

/// `POST /api/admin/login`: 200 with a session cookie, or 401.
///
/// Password checks run a few at a time ([`Guards::password_checks`], 503 when too many wait), and
/// a username that failed too often is refused (429) before its password is checked, right or
/// wrong, until its failures drain.
async fn login(
    State(state): State<AppState>,
    Extension(guards): Extension<Arc<Guards>>,
    ApiJson(body): ApiJson<Login>,
) -> Result<Response, ApiError> {
    let chars = body.username.chars().count();
    if chars > MAX_USERNAME_CHARS {
        // No officer has such a name; it is not worth a password check, nor a place in the log.
        tracing::warn!(username_chars = chars, "failed officer login: username too long");
        return Ok(auth::unauthorized());
    }
    if let Some(wait) = guards.login_failures.blocked(&body.username) {
        let retry_after = wait.as_secs() + 1;
        tracing::warn!(username = ?body.username, "officer login refused: too many failed attempts");
        return Err(ApiError::Throttled {
            message: format!("too many failed logins for this username: try again in {retry_after} seconds"),
            retry_after,
        });
    }
    let turn = guards.password_checks.enter().await?;
    let ok = auth::check_password(&state.store, &body.username, &body.password).await?;
    drop(turn);
    if !ok {
        guards.login_failures.record(&body.username);
        // Debug formatting escapes control characters, so a name cannot forge a log line.
        tracing::warn!(username = ?body.username, "failed officer login");
        return Ok(auth::unauthorized());
    }
    let (value, expires_at) = auth::open_session(&state.store, &body.username).await?;
    tracing::info!(username = ?body.username, "officer logged in");
    let info = SessionInfo { name: body.username, expires_at: Some(expires_at) };
    Ok(([(header::SET_COOKIE, cookie(&value, SESSION_HOURS * 3600, guards.cookies)?)], Json(info)).into_response())
}

/// `POST /api/admin/logout`: ends the session the request proves it holds (id and secret), and
/// clears the cookie. A cookie with a known id but the wrong secret ends nothing.
async fn logout(
    State(state): State<AppState>,
    Extension(guards): Extension<Arc<Guards>>,
    headers: HeaderMap,
) -> Result<Response, ApiError> {
    if let Some((id, _)) = auth::valid_session(&state.store, &headers, guards.cookies.name()).await? {
        state.store.delete_admin_session(&id).await?;
    }
    Ok((StatusCode::NO_CONTENT, [(header::SET_COOKIE, cookie("", 0, guards.cookies)?)]).into_response())
}

/// `GET /api/admin/me`.
async fn me(Extension(officer): Extension<Officer>) -> Json<SessionInfo> {
    Json(SessionInfo { name: officer.name().to_owned(), expires_at: None })
}

/// Query parameters shared by the report, the comments and the downloads.
#[derive(Debug, Default, Deserialize)]
struct Params {
    /// Answers to keep, as `question:option` pairs separated by commas.
    #[serde(default)]
    filter: String,
    /// The question whose population shares weight the report.
    weight_by: Option<String>,
    /// Bootstrap replicates for confidence intervals (0 or absent: none; at most 1,000).
    bootstrap: Option<usize>,
    /// Histogram bins (default 20, at most 100).
    bins: Option<usize>,
    /// Text the comments must contain (any case).
    q: Option<String>,
}

impl Params {
    fn filters(&self) -> Result<Vec<(String, String)>, ApiError> {
        self.filter
            .split(',')
            .filter(|f| !f.trim().is_empty())
            .map(|f| {
                f.split_once(':')
                    .map(|(q, o)| (q.trim().to_owned(), o.trim().to_owned()))
                    .ok_or_else(|| invalid("filter", format!("\"{f}\" is not question:answer")))
            })
            .collect()
    }
}

fn invalid(path: &str, message: String) -> ApiError {
    ApiError::Invalid(vec![Problem::new(path, ProblemCode::Invalid, message)])
}

fn find_budget(state: &AppState, id: &str) -> Result<Arc<Budget>, ApiError> {
    state.budgets.get(id).cloned().ok_or_else(|| ApiError::NotFound(format!("there is no budget \"{id}\"")))
}

/// A budget's submissions that give every answer in `filters`. A filter naming a question the
/// budget does not ask, or an answer a choice question does not offer, is refused with the words
/// `pbsim report` uses (the core's [`ReportError`]): an empty report would read as "nobody gave
/// that answer" when the officer only mistyped it.
async fn filtered(
    state: &AppState,
    budget: &Budget,
    filters: &[(String, String)],
) -> Result<Vec<StoredSubmission>, ApiError> {
    for (question, option) in filters {
        let unknown = match budget.question(question).map(|q| &q.kind) {
            None => Some(ReportError::UnknownQuestion(question.clone())),
            Some(QuestionKind::Choice { options }) if !options.iter().any(|o| &o.id == option) => {
                Some(ReportError::UnknownOption { question: question.clone(), option: option.clone() })
            }
            Some(_) => None,
        };
        if let Some(error) = unknown {
            return Err(invalid("filter", error.to_string()));
        }
    }
    let mut rows = state.store.submissions(&budget.id).await?;
    rows.retain(|s| filters.iter().all(|(q, o)| s.request.answers.get(q) == Some(o)));
    Ok(rows)
}

/// Submissions received on one day (UTC).
#[derive(Debug, Serialize)]
struct DayCount {
    day: String,
    count: usize,
}

/// What the dashboard shows.
#[derive(Debug, Serialize)]
struct Dashboard {
    report: BudgetReport,
    per_day: Vec<DayCount>,
    /// The same figures in whole display units, for the dashboard page (see [`DisplayLine`]).
    display: Vec<DisplayLine>,
}

/// One line's figures as whole numbers: shares and fractions of residents in micro-percent
/// (100 % = 100,000,000, the unit of tax rates), money in minor units, rates in micro-percent. The
/// page, which shares its wasm with the resident's simulator, then neither parses nor prints a
/// floating-point number, which keeps that code out of every resident's download.
#[derive(Debug, Serialize)]
pub struct DisplayLine {
    id: String,
    /// `share` (spending, as shares), `money` or `rate` (revenue lines, in their unit).
    unit: &'static str,
    baseline: i64,
    mean: i64,
    median: i64,
    q1: i64,
    q3: i64,
    cw_median: Option<i64>,
    independent_markets: Option<i64>,
    raised: i64,
    lowered: i64,
    kept: i64,
    /// Bins from `start`, each `width` wide, with their (weighted, rounded) counts.
    start: i64,
    width: i64,
    counts: Vec<i64>,
}

/// A share or fraction in micro-percent.
fn micro_percent(x: f64) -> i64 {
    (x * 1e8).round() as i64
}

fn display_lines(report: &BudgetReport) -> Vec<DisplayLine> {
    use pbsim_core::LineKind;
    report
        .lines
        .iter()
        .filter_map(|l| {
            let m = &l.movement;
            let movement = (micro_percent(m.raised), micro_percent(m.lowered), micro_percent(m.kept));
            let counts = |c: &[f64]| c.iter().map(|x| x.round() as i64).collect();
            if let Some(s) = &l.share {
                let st = &s.stats;
                return Some(DisplayLine {
                    id: l.id.clone(),
                    unit: "share",
                    baseline: micro_percent(s.baseline),
                    mean: micro_percent(st.mean),
                    median: micro_percent(st.median),
                    q1: micro_percent(st.q1),
                    q3: micro_percent(st.q3),
                    cw_median: st.cw_median.map(micro_percent),
                    independent_markets: Some(micro_percent(st.independent_markets)),
                    raised: movement.0,
                    lowered: movement.1,
                    kept: movement.2,
                    start: micro_percent(st.histogram.start),
                    width: micro_percent(st.histogram.width),
                    counts: counts(&st.histogram.counts),
                });
            }
            let d = l.values.as_ref()?;
            let unit = if matches!(l.kind, LineKind::TaxRate { .. }) { "rate" } else { "money" };
            Some(DisplayLine {
                id: l.id.clone(),
                unit,
                baseline: l.baseline,
                mean: d.mean.round() as i64,
                median: d.median.round() as i64,
                q1: d.q1.round() as i64,
                q3: d.q3.round() as i64,
                cw_median: None,
                independent_markets: None,
                raised: movement.0,
                lowered: movement.1,
                kept: movement.2,
                start: d.histogram.start.round() as i64,
                width: d.histogram.width.round() as i64,
                counts: counts(&d.histogram.counts),
            })
        })
        .collect()
}

/// `GET /api/admin/budgets/{id}/report`: the aggregate report and the submissions per day.
///
/// A report with bootstrap intervals takes seconds of CPU: at most `heavy_reports` run at once
/// (503 beyond), and one whose client goes away (or whose time runs out) stops at its next
/// replicate instead of running on for nobody.
async fn budget_report(
    State(state): State<AppState>,
    Extension(guards): Extension<Arc<Guards>>,
    Path(id): Path<String>,
    Query(params): Query<Params>,
) -> Result<Response, ApiError> {
    let budget = find_budget(&state, &id)?;
    let heavy = params.bootstrap.is_some_and(|n| n > 0);
    let _turn = if heavy { Some(guards.heavy_reports.enter().await?) } else { None };
    let filters = params.filters()?;
    let total = state.store.submissions(&budget.id).await?.len();
    let rows = filtered(&state, &budget, &filters).await?;
    let mut per_day: BTreeMap<String, usize> = BTreeMap::new();
    for s in &rows {
        *per_day.entry(s.received_at.chars().take(10).collect()).or_default() += 1;
    }
    let options = ReportOptions {
        bins: params.bins.unwrap_or(20).clamp(1, 100),
        // Already filtered above; the report keeps every row it is given.
        filters: Vec::new(),
        weight_by: params.weight_by.clone().filter(|w| !w.is_empty()),
        bootstrap: params
            .bootstrap
            .filter(|n| *n > 0)
            .map(|n| BootstrapOptions { replicates: n.min(1_000), ..BootstrapOptions::default() }),
    };
    // The aggregation (and above all the bootstrap) is CPU work: off the async threads. When this
    // handler is dropped (the client left, or the request timed out), `stop` tells it to stop.
    let stop = StopOnDrop(Arc::new(AtomicBool::new(false)));
    let stopped = Arc::clone(&stop.0);
    let result = tokio::task::spawn_blocking(move || {
        let answered: Vec<Answered<'_>> =
            rows.iter().map(|s| Answered { allocation: &s.request.allocation, answers: &s.request.answers }).collect();
        let result = report_until(&budget, &answered, &options, &|| !stopped.load(Ordering::Relaxed));
        if matches!(result, Err(ReportError::Aggregate(AggregateError::Stopped))) {
            tracing::info!(budget = %budget.id, "report stopped: its client went away");
        }
        result
    })
    .await
    .map_err(|e| ApiError::Internal(e.into()))?;
    drop(stop);
    let mut report = result.map_err(|e| invalid("weight_by", e.to_string()))?;
    report.total_submissions = total;
    report.filters = filters;
    let display = display_lines(&report);
    let dashboard = Dashboard {
        report,
        per_day: per_day.into_iter().map(|(day, count)| DayCount { day, count }).collect(),
        display,
    };
    Ok((NO_STORE, Json(dashboard)).into_response())
}

/// Residents' answers and comments are kept out of browser and proxy caches.
const NO_STORE: [(header::HeaderName, &str); 1] = [(header::CACHE_CONTROL, "no-store")];

/// Sets its flag when dropped: the blocking report reads it between replicates.
struct StopOnDrop(Arc<AtomicBool>);

impl Drop for StopOnDrop {
    fn drop(&mut self) {
        self.0.store(true, Ordering::Relaxed);
    }
}

/// One comment a resident wrote.
#[derive(Debug, Serialize)]
struct Comment {
    submission: String,
    received_at: String,
    /// The section it is about; `None` for the final comment.
    section: Option<String>,
    text: String,
}

/// The comments matching a search, newest first.
#[derive(Debug, Serialize)]
struct Comments {
    /// How many match (all of them, even beyond `comments`).
    total: usize,
    /// The first 500.
    comments: Vec<Comment>,
}

/// `GET /api/admin/budgets/{id}/comments?q=…`.
async fn comments(
    State(state): State<AppState>,
    Path(id): Path<String>,
    Query(params): Query<Params>,
) -> Result<Response, ApiError> {
    let budget = find_budget(&state, &id)?;
    let rows = filtered(&state, &budget, &params.filters()?).await?;
    let needle = params.q.as_deref().unwrap_or("").trim().to_lowercase();
    let mut all = Vec::new();
    for s in rows.iter().rev() {
        let texts = s
            .request
            .section_comments
            .iter()
            .map(|(section, text)| (Some(section.clone()), text))
            .chain(std::iter::once((None, &s.request.comment)));
        for (section, text) in texts {
            if !text.trim().is_empty() && (needle.is_empty() || text.to_lowercase().contains(&needle)) {
                all.push(Comment {
                    submission: s.id.clone(),
                    received_at: s.received_at.clone(),
                    section,
                    text: text.clone(),
                });
            }
        }
    }
    let total = all.len();
    all.truncate(500);
    Ok((NO_STORE, Json(Comments { total, comments: all })).into_response())
}

/// `GET /api/admin/budgets/{id}/export/{csv|xlsx|json}`: a download of the (filtered) submissions.
async fn download(
    State(state): State<AppState>,
    Path((id, format)): Path<(String, String)>,
    Query(params): Query<Params>,
) -> Result<Response, ApiError> {
    let budget = find_budget(&state, &id)?;
    let format = match format.as_str() {
        "csv" => Format::Csv,
        "xlsx" => Format::Xlsx,
        "json" => Format::Json,
        other => return Err(ApiError::NotFound(format!("no export format \"{other}\" (csv, xlsx or json)"))),
    };
    let rows = filtered(&state, &budget, &params.filters()?).await?;
    let bytes = tokio::task::spawn_blocking(move || export::export(&budget, &rows, format))
        .await
        .map_err(|e| ApiError::Internal(e.into()))??;
    let disposition = format!("attachment; filename=\"{id}-submissions.{}\"", format.extension());
    Ok((
        [
            (header::CONTENT_TYPE, HeaderValue::from_static(format.content_type())),
            (
                header::CONTENT_DISPOSITION,
                HeaderValue::from_str(&disposition).map_err(|e| ApiError::Internal(e.into()))?,
            ),
            (header::CACHE_CONTROL, HeaderValue::from_static("no-store")),
        ],
        bytes,
    )
        .into_response())
}
