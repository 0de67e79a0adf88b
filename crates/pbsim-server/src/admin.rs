//! The officers' API under `/api/admin`: log in and out, and, for officers only, the aggregate
//! report, the comments and the downloads of one budget's submissions.
//!
//! Every route but `login` and `logout` sits behind [`auth::require_officer`], applied as a layer
//! of this router (fallback included), so an unauthenticated request to any of them, or to any path
//! under `/api/admin` that does not exist, gets the same 401. Residents' pages never call these
//! routes, and the public API returns no submission.

use crate::auth::{self, MAX_USERNAME_CHARS, Officer, SESSION_HOURS};
use crate::budgets::PathBudget;
use crate::error::{ApiError, ApiJson, ApiPath, ApiQuery};
use crate::export::{self, Format};
use crate::guards::{Cookies, Guards};
use crate::store::StoredSubmission;
use crate::{AppState, Limits};
use axum::extract::State;
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Extension, Json, Router, middleware};
use pbsim_core::aggregate::{
    AggregateError, BootstrapOptions, ReportError, ReportOptions, Response as Answered, check_filters, matches_filters,
    parse_filter, report_until,
};
use pbsim_core::wire::{Comment, Comments, DayCount, Login, MAX_COMMENTS, ReportPage, SessionInfo};
use pbsim_core::{Budget, Problem, ProblemCode};
use serde::Deserialize;
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
        .route("/budgets/{id}/response", post(publish_response))
        .fallback(|| async { ApiError::NotFound("no such admin route".into()) })
        .layer(middleware::from_fn_with_state(state, auth::require_officer));
    // Guessing passwords is slowed by the rate limit; the body limits keep a login small and quick.
    let login = limits.guard(&limits.logins, post(login));
    Router::new().route("/login", login).route("/logout", post(logout)).merge(protected)
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
    /// The filters, each naming a question the budget asks and one of its answers.
    fn filters(&self, budget: &Budget) -> Result<Vec<(String, String)>, ApiError> {
        let filters = self
            .filter
            .split(',')
            .filter(|f| !f.trim().is_empty())
            .map(|f| parse_filter(f).ok_or_else(|| invalid("filter", format!("\"{f}\" is not question:answer"))))
            .collect::<Result<Vec<_>, _>>()?;
        check_filters(budget, &filters).map_err(|e| invalid("filter", e.to_string()))?;
        Ok(filters)
    }

    /// What the report computes.
    fn report_options(&self, budget: &Budget) -> Result<ReportOptions, ApiError> {
        Ok(ReportOptions {
            bins: self.bins.unwrap_or(20).clamp(1, 100),
            filters: self.filters(budget)?,
            weight_by: self.weight_by.clone().filter(|w| !w.is_empty()),
            bootstrap: self
                .bootstrap
                .filter(|n| *n > 0)
                .map(|n| BootstrapOptions { replicates: n.min(1_000), ..BootstrapOptions::default() }),
        })
    }
}

fn invalid(path: &str, message: String) -> ApiError {
    ApiError::Invalid(vec![Problem::new(path, ProblemCode::Invalid, message)])
}

/// A budget's submissions that give every answer in `filters` (checked by [`Params::filters`]).
async fn selected(
    state: &AppState,
    budget: &Budget,
    filters: &[(String, String)],
) -> Result<Vec<StoredSubmission>, ApiError> {
    let mut rows = state.store.submissions(&budget.id).await?;
    rows.retain(|s| matches_filters(filters, &s.request.answers));
    Ok(rows)
}

/// How many of `rows` arrived on each day (UTC), oldest first.
fn per_day<'a>(rows: impl Iterator<Item = &'a StoredSubmission>) -> Vec<DayCount> {
    let mut days: BTreeMap<String, usize> = BTreeMap::new();
    for s in rows {
        *days.entry(s.received_at.chars().take(10).collect()).or_default() += 1;
    }
    days.into_iter().map(|(day, count)| DayCount { day, count }).collect()
}

/// `GET /api/admin/budgets/{id}/report`: the aggregate report and the submissions per day.
///
/// A report with bootstrap intervals takes seconds of CPU: at most `heavy_reports` run at once
/// (503 beyond), and one whose client goes away (or whose time runs out) stops at its next
/// replicate instead of running on for nobody.
async fn budget_report(
    State(state): State<AppState>,
    Extension(guards): Extension<Arc<Guards>>,
    PathBudget(budget): PathBudget,
    ApiQuery(params): ApiQuery<Params>,
) -> Result<Response, ApiError> {
    let options = params.report_options(&budget)?;
    let heavy = options.bootstrap.is_some();
    let _turn = if heavy { Some(guards.heavy_reports.enter().await?) } else { None };
    // Every submission, read once: the report counts them all, and keeps those the filters select.
    let rows = state.store.submissions(&budget.id).await?;
    // The aggregation (and above all the bootstrap) is CPU work: off the async threads. When this
    // handler is dropped (the client left, or the request timed out), `stop` tells it to stop.
    let stop = StopOnDrop(Arc::new(AtomicBool::new(false)));
    let stopped = Arc::clone(&stop.0);
    let page = tokio::task::spawn_blocking(move || {
        let answered: Vec<Answered<'_>> =
            rows.iter().map(|s| Answered { allocation: &s.request.allocation, answers: &s.request.answers }).collect();
        let result = report_until(&budget, &answered, &options, &|| !stopped.load(Ordering::Relaxed));
        if matches!(result, Err(ReportError::Aggregate(AggregateError::Stopped))) {
            tracing::info!(budget = %budget.id, "report stopped: its client went away");
        }
        let report = result.map_err(|e| invalid("weight_by", e.to_string()))?;
        let per_day = per_day(rows.iter().filter(|s| matches_filters(&options.filters, &s.request.answers)));
        Ok::<_, ApiError>(ReportPage { report, per_day })
    })
    .await
    .map_err(|e| ApiError::Internal(e.into()))??;
    drop(stop);
    Ok((NO_STORE, Json(page)).into_response())
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

/// `GET /api/admin/budgets/{id}/comments?q=…`.
async fn comments(
    State(state): State<AppState>,
    PathBudget(budget): PathBudget,
    ApiQuery(params): ApiQuery<Params>,
) -> Result<Response, ApiError> {
    let rows = selected(&state, &budget, &params.filters(&budget)?).await?;
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
    all.truncate(MAX_COMMENTS);
    Ok((NO_STORE, Json(Comments { total, comments: all })).into_response())
}

/// The `{format}` of an export's path (an unknown one is a 404, as for any path that names nothing).
#[derive(Debug, Deserialize)]
struct ExportPath {
    format: Format,
}

/// `GET /api/admin/budgets/{id}/export/{csv|xlsx|json}`: a download of the (filtered) submissions.
async fn download(
    State(state): State<AppState>,
    PathBudget(budget): PathBudget,
    ApiPath(ExportPath { format }): ApiPath<ExportPath>,
    ApiQuery(params): ApiQuery<Params>,
) -> Result<Response, ApiError> {
    let rows = selected(&state, &budget, &params.filters(&budget)?).await?;
    let id = budget.id.clone();
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

/// `POST /api/admin/budgets/{id}/response`: publishes the council's response (a
/// [`CouncilResponse`](pbsim_core::wire::CouncilResponse)) as the officer logged in: `201` with
/// the published response and its time, or `422` with every problem (a missing translation, a
/// text over its limit, markup, a line the budget does not have) and nothing stored. Earlier
/// publications are kept, with their time and author.
async fn publish_response(
    State(state): State<AppState>,
    Extension(officer): Extension<Officer>,
    PathBudget(budget): PathBudget,
    ApiJson(response): ApiJson<pbsim_core::wire::CouncilResponse>,
) -> Result<Response, ApiError> {
    let problems = pbsim_core::response::check_response(&budget, &response);
    if !problems.is_empty() {
        return Err(ApiError::Invalid(problems));
    }
    let body = serde_json::to_string(&response).map_err(|e| ApiError::Internal(e.into()))?;
    let published_at = crate::store::now_rfc3339();
    state.store.publish_response(&budget.id, officer.name(), &body, &published_at).await?;
    tracing::info!(budget = %budget.id, author = ?officer.name(), "council response published");
    let published = pbsim_core::wire::PublishedResponse { response, published_at };
    Ok((StatusCode::CREATED, Json(published)).into_response())
}
