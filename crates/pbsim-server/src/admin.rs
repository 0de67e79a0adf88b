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
use crate::reports::{self, ReportFailure};
use crate::store::SubmissionRow;
use crate::{AppState, Limits};
use axum::body::Bytes;
use axum::extract::State;
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Extension, Json, Router, middleware};
use pbsim_core::aggregate::{
    AggregateError, BootstrapOptions, ReportError, ReportOptions, check_filters, matches_filters, parse_filter,
};
use pbsim_core::wire::{Comment, Comments, Login, MAX_COMMENTS, SessionInfo};
use pbsim_core::{Budget, Problem, ProblemCode};
use serde::Deserialize;
use std::sync::Arc;

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

/// `GET /api/admin/budgets/{id}/report`: the aggregate report and the submissions per day.
///
/// The report is computed once per change of the data ([`crate::cache`]): requests for the same
/// budget and options at the same [`DataVersion`](crate::store::DataVersion) share one
/// computation, which reads the submissions as a stream ([`reports::report_page`]). A report with
/// bootstrap intervals takes seconds of CPU: at most `heavy_reports` computations run at once (503
/// beyond), each stops after [`BOOTSTRAP_TIME_LIMIT`], and one that every client has left stops
/// at its next replicate instead of running on for nobody.
async fn budget_report(
    State(state): State<AppState>,
    Extension(guards): Extension<Arc<Guards>>,
    PathBudget(budget): PathBudget,
    ApiQuery(params): ApiQuery<Params>,
) -> Result<Response, ApiError> {
    let options = params.report_options(&budget)?;
    let key = format!(
        "report\u{1f}{}\u{1f}{}",
        budget.id,
        serde_json::to_string(&options).map_err(|e| ApiError::Internal(e.into()))?
    );
    let version = state.store.data_version(&budget.id).await?;
    let expected = version.count;
    let store = state.store.clone();
    let gate = Arc::clone(&guards);
    let page = guards
        .reports
        .get_or_compute(&key, version, move |wanted| async move {
            let heavy = options.bootstrap.is_some();
            let _turn = if heavy {
                Some(gate.heavy_reports.enter().await.map_err(|e| match e {
                    ApiError::Busy(retry_after) => ReportFailure::Busy(retry_after),
                    other => ReportFailure::from(anyhow::Error::new(other)),
                })?)
            } else {
                None
            };
            let deadline = std::time::Instant::now() + BOOTSTRAP_TIME_LIMIT;
            let keep_going = move || wanted.wanted() && (!heavy || std::time::Instant::now() < deadline);
            let id = budget.id.clone();
            match reports::report_page(&store, budget, options, expected, keep_going).await {
                Err(ReportFailure::Report(ReportError::Aggregate(AggregateError::Stopped))) => {
                    if heavy && std::time::Instant::now() >= deadline {
                        tracing::warn!(budget = %id, "report stopped: the bootstrap ran out of time");
                        Err(ReportFailure::TooLong(BOOTSTRAP_TIME_LIMIT.as_secs()))
                    } else {
                        tracing::info!(budget = %id, "report stopped: its clients went away");
                        Err(ReportFailure::Report(AggregateError::Stopped.into()))
                    }
                }
                other => other,
            }
        })
        .await
        .map_err(|e| match e {
            ReportFailure::Report(e) => invalid("weight_by", e.to_string()),
            e @ ReportFailure::TooLong(_) => invalid("bootstrap", e.to_string()),
            ReportFailure::Busy(retry_after) => ApiError::Busy(retry_after),
            ReportFailure::Internal(e) => ApiError::Internal(anyhow::anyhow!("{e:#}")),
        })?;
    Ok((NO_STORE, Json(page.as_ref())).into_response())
}

/// How long a report with bootstrap intervals may compute, reading included: a bound on the CPU one
/// request can take, whatever the replicates and the number of submissions.
pub const BOOTSTRAP_TIME_LIMIT: std::time::Duration = std::time::Duration::from_secs(60);

/// Residents' answers and comments are kept out of browser and proxy caches.
const NO_STORE: [(header::HeaderName, &str); 1] = [(header::CACHE_CONTROL, "no-store")];

/// `GET /api/admin/budgets/{id}/comments?q=…`: the newest [`MAX_COMMENTS`] comments that match,
/// and how many match in all. Rows stream oldest first; only the newest submissions whose
/// comments can still be among the first `MAX_COMMENTS` are kept.
async fn comments(
    State(state): State<AppState>,
    PathBudget(budget): PathBudget,
    ApiQuery(params): ApiQuery<Params>,
) -> Result<Response, ApiError> {
    let filters = params.filters(&budget)?;
    let needle = params.q.as_deref().unwrap_or("").trim().to_lowercase();
    let rows = state.store.read_submissions(&budget.id);
    let page = tokio::task::spawn_blocking(move || {
        // Each submission's matching comments, newest submission first.
        let mut kept: std::collections::VecDeque<Vec<Comment>> = std::collections::VecDeque::new();
        let (mut total, mut held) = (0usize, 0usize);
        for row in rows {
            let s = row.and_then(SubmissionRow::parse)?;
            if !matches_filters(&filters, &s.request.answers) {
                continue;
            }
            let texts = s
                .request
                .section_comments
                .iter()
                .map(|(section, text)| (Some(section.clone()), text))
                .chain(std::iter::once((None, &s.request.comment)));
            let mut group = Vec::new();
            for (section, text) in texts {
                if !text.trim().is_empty() && (needle.is_empty() || text.to_lowercase().contains(&needle)) {
                    group.push(Comment {
                        submission: s.id.clone(),
                        received_at: s.received_at.clone(),
                        section,
                        text: text.clone(),
                    });
                }
            }
            if group.is_empty() {
                continue;
            }
            total += group.len();
            held += group.len();
            kept.push_front(group);
            // The oldest group can go once the newer ones fill the answer without it.
            while kept.back().is_some_and(|oldest| held - oldest.len() >= MAX_COMMENTS) {
                held -= kept.pop_back().map_or(0, |g| g.len());
            }
        }
        let mut comments: Vec<Comment> = kept.into_iter().flatten().collect();
        comments.truncate(MAX_COMMENTS);
        anyhow::Ok(Comments { total, comments })
    })
    .await
    .map_err(|e| ApiError::Internal(e.into()))??;
    Ok((NO_STORE, Json(page)).into_response())
}

/// The `{format}` of an export's path (an unknown one is a 404, as for any path that names nothing).
#[derive(Debug, Deserialize)]
struct ExportPath {
    format: Format,
}

/// `GET /api/admin/budgets/{id}/export/{csv|xlsx|json|pb}`: a download of the (filtered) submissions,
/// streamed: rows are read through a cursor and written into the response as they come, a
/// chunk of [`DOWNLOAD_CHUNK`] bytes at a time, so memory does not grow with the number of
/// submissions. When the client goes away, the next chunk finds nobody to take it and the export
/// stops, closing the cursor. The answer waits for the first selected row: a read that fails
/// before it is a 500 with the API's error body; one that fails later ends the body with an
/// error, so the client sees a broken download, never a shorter file.
async fn download(
    State(state): State<AppState>,
    PathBudget(budget): PathBudget,
    ApiPath(ExportPath { format }): ApiPath<ExportPath>,
    ApiQuery(params): ApiQuery<Params>,
) -> Result<Response, ApiError> {
    let filters = params.filters(&budget)?;
    if format == Format::Pb && budget.projects.is_none() {
        return Err(invalid("format", "only a budget of projects exports to Pabulib (.pb)".into()));
    }
    let id = budget.id.clone();
    let disposition = format!("attachment; filename=\"{id}-submissions.{}\"", format.extension());
    let disposition = HeaderValue::from_str(&disposition).map_err(|e| ApiError::Internal(e.into()))?;
    let rows = state.store.read_submissions(&budget.id);
    let (tx, rx) = tokio::sync::mpsc::channel::<Result<Bytes, std::io::Error>>(4);
    // Whether the read got as far as its first selected row (or found none): until then nothing
    // is sent, so a database that cannot be read, or a first row that cannot, is an error answer,
    // not a 200 with a broken file.
    let (started, first_row) = tokio::sync::oneshot::channel::<anyhow::Result<()>>();
    tokio::task::spawn_blocking(move || {
        let mut selected = rows
            .filter_map(|row| match row.and_then(SubmissionRow::parse) {
                Ok(s) if !matches_filters(&filters, &s.request.answers) => None,
                other => Some(other),
            })
            .peekable();
        if let Some(Err(_)) = selected.peek() {
            if let Some(Err(e)) = selected.next() {
                let _ = started.send(Err(e));
            }
            return;
        }
        if started.send(Ok(())).is_err() {
            return;
        }
        let mut out = ChunkSender { tx, chunk: Vec::with_capacity(DOWNLOAD_CHUNK) };
        if let Err(e) = export::write_export(&budget, format, selected, &mut out) {
            if out.tx.is_closed() {
                tracing::info!(budget = %budget.id, "export stopped: its client went away");
            } else {
                tracing::error!(budget = %budget.id, "export failed: {e:#}");
                // The body ends with an error, so the client sees a broken download, not a
                // shorter file.
                let _ = out.tx.blocking_send(Err(std::io::Error::other("the export failed")));
            }
        }
    });
    match first_row.await {
        Ok(Ok(())) => {}
        Ok(Err(e)) => return Err(ApiError::Internal(e.context(format!("the {format:?} export of {id} failed")))),
        Err(_) => {
            return Err(ApiError::Internal(anyhow::anyhow!("the {format:?} export of {id} ended before it began")));
        }
    }
    let body = axum::body::Body::from_stream(futures_util::stream::unfold(rx, |mut rx| async move {
        rx.recv().await.map(|chunk| (chunk, rx))
    }));
    Ok((
        [
            (header::CONTENT_TYPE, HeaderValue::from_static(format.content_type())),
            (header::CONTENT_DISPOSITION, disposition),
            (header::CACHE_CONTROL, HeaderValue::from_static("no-store")),
        ],
        body,
    )
        .into_response())
}

/// Bytes a streamed download hands to the connection at a time.
const DOWNLOAD_CHUNK: usize = 64 * 1024;

/// A `Write` that sends what it is given to a response body in chunks; writing fails once the
/// body is dropped (the client went away). Used from a blocking thread.
struct ChunkSender {
    tx: tokio::sync::mpsc::Sender<Result<Bytes, std::io::Error>>,
    chunk: Vec<u8>,
}

impl ChunkSender {
    fn send(&mut self) -> std::io::Result<()> {
        if self.chunk.is_empty() {
            return Ok(());
        }
        let chunk = Bytes::from(std::mem::replace(&mut self.chunk, Vec::with_capacity(DOWNLOAD_CHUNK)));
        self.tx
            .blocking_send(Ok(chunk))
            .map_err(|_| std::io::Error::new(std::io::ErrorKind::BrokenPipe, "the client went away"))
    }
}

impl std::io::Write for ChunkSender {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.chunk.extend_from_slice(buf);
        if self.chunk.len() >= DOWNLOAD_CHUNK {
            self.send()?;
        }
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        self.send()
    }
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
