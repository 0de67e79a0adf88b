//! The officers' API under `/api/admin`: log in and out, and, for officers only, the aggregate
//! report, the comments and the downloads of one budget's submissions.
//!
//! Every route but `login` and `logout` sits behind [`auth::require_officer`], applied as a layer
//! of this router (fallback included), so an unauthenticated request to any of them, or to any path
//! under `/api/admin` that does not exist, gets the same 401. Residents' pages never call these
//! routes, and the public API returns no submission.

use crate::auth::{self, COOKIE, Officer, SESSION_HOURS};
use crate::budgets::PathBudget;
use crate::error::{ApiError, ApiJson, ApiPath, ApiQuery};
use crate::export::{self, Format};
use crate::store::StoredSubmission;
use crate::{AppState, Limits};
use axum::extract::{DefaultBodyLimit, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Extension, Json, Router, middleware};
use pbsim_core::aggregate::{
    BootstrapOptions, ReportOptions, Response as Answered, check_filters, matches_filters, parse_filter, report,
};
use pbsim_core::wire::{Comment, Comments, DayCount, Login, MAX_COMMENTS, ReportPage, SessionInfo};
use pbsim_core::{Budget, Problem, ProblemCode};
use serde::Deserialize;
use std::collections::BTreeMap;

/// The routes under `/api/admin`.
pub fn routes(state: AppState, limits: &Limits) -> Router<AppState> {
    let protected = Router::new()
        .route("/me", get(me))
        .route("/budgets/{id}/report", get(budget_report))
        .route("/budgets/{id}/comments", get(comments))
        .route("/budgets/{id}/export/{format}", get(download))
        .fallback(|| async { ApiError::NotFound("no such admin route".into()) })
        .layer(middleware::from_fn_with_state(state, auth::require_officer));
    // Guessing passwords is slowed by the rate limit; the body limit keeps a login small.
    let login = limits.logins.apply(post(login).layer(DefaultBodyLimit::max(limits.body_bytes)));
    Router::new().route("/login", login).route("/logout", post(logout)).merge(protected)
}

fn cookie(value: &str, max_age: i64, headers: &HeaderMap) -> Result<HeaderValue, ApiError> {
    // `Secure` when the page was reached over HTTPS (directly or through a proxy that says so);
    // over plain HTTP, on a laptop or in tests, the browser would drop a Secure cookie.
    let https = headers.get("x-forwarded-proto").is_some_and(|v| v.as_bytes().eq_ignore_ascii_case(b"https"));
    let secure = if https { "; Secure" } else { "" };
    HeaderValue::from_str(&format!("{COOKIE}={value}; Path=/; HttpOnly; SameSite=Strict; Max-Age={max_age}{secure}"))
        .map_err(|e| ApiError::Internal(e.into()))
}

/// `POST /api/admin/login`: 200 with a session cookie, or 401.
async fn login(
    State(state): State<AppState>,
    headers: HeaderMap,
    ApiJson(body): ApiJson<Login>,
) -> Result<Response, ApiError> {
    if !auth::check_password(&state.store, &body.username, &body.password).await? {
        tracing::warn!(username = %body.username, "failed officer login");
        return Ok(auth::unauthorized());
    }
    let (value, expires_at) = auth::open_session(&state.store, &body.username).await?;
    tracing::info!(username = %body.username, "officer logged in");
    let info = SessionInfo { name: body.username, expires_at: Some(expires_at) };
    Ok(([(header::SET_COOKIE, cookie(&value, SESSION_HOURS * 3600, &headers)?)], Json(info)).into_response())
}

/// `POST /api/admin/logout`: ends the session, if any, and clears the cookie.
async fn logout(State(state): State<AppState>, headers: HeaderMap) -> Result<Response, ApiError> {
    if let Some((id, _)) = auth::session_cookie(&headers).and_then(|c| c.split_once('.')) {
        state.store.delete_admin_session(id).await?;
    }
    Ok((StatusCode::NO_CONTENT, [(header::SET_COOKIE, cookie("", 0, &headers)?)]).into_response())
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
async fn budget_report(
    State(state): State<AppState>,
    PathBudget(budget): PathBudget,
    ApiQuery(params): ApiQuery<Params>,
) -> Result<Json<ReportPage>, ApiError> {
    let options = params.report_options(&budget)?;
    // Every submission, read once: the report counts them all, and keeps those the filters select.
    let rows = state.store.submissions(&budget.id).await?;
    // The aggregation (and above all the bootstrap) is CPU work: off the async threads.
    tokio::task::spawn_blocking(move || {
        let answered: Vec<Answered<'_>> =
            rows.iter().map(|s| Answered { allocation: &s.request.allocation, answers: &s.request.answers }).collect();
        let report = report(&budget, &answered, &options).map_err(|e| invalid("weight_by", e.to_string()))?;
        let per_day = per_day(rows.iter().filter(|s| matches_filters(&options.filters, &s.request.answers)));
        Ok(Json(ReportPage { report, per_day }))
    })
    .await
    .map_err(|e| ApiError::Internal(e.into()))?
}

/// `GET /api/admin/budgets/{id}/comments?q=…`.
async fn comments(
    State(state): State<AppState>,
    PathBudget(budget): PathBudget,
    ApiQuery(params): ApiQuery<Params>,
) -> Result<Json<Comments>, ApiError> {
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
    Ok(Json(Comments { total, comments: all }))
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
