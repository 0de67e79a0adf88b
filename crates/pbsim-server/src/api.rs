//! The JSON API residents' pages talk to.

use crate::budgets::PathBudget;
use crate::error::{ApiError, ApiJson};
use crate::guards::{Guards, Honeypot};
use crate::public_results::ResultsCache;
use crate::store::{Stored, now_rfc3339};
use crate::{AppState, Limits};
use axum::Extension;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::{Json, Router};
use pbsim_core::Locale;
use pbsim_core::consultation::{Phase, Visibility, format_moment};
use pbsim_core::submission::is_edit_key;
use pbsim_core::wire::{BudgetSummary, EditKey, PublicProjects, PublicResults, ResultsStatus, StoredBudget};
use pbsim_core::{Budget, Problem, ProblemCode, SubmissionReceipt, SubmissionRequest, validate};
use std::sync::Arc;

/// The API routes, under `/api`.
pub fn routes(limits: &Limits) -> Router<AppState> {
    // The rate limit comes first, so a client over its quota costs no body read.
    let submit = limits.guard(&limits.submissions, axum::routing::post(submit));
    Router::new()
        .route("/budgets", get(list_budgets))
        .route("/budgets/{id}", get(get_budget))
        .route("/budgets/{id}/submissions", submit)
        .route("/budgets/{id}/edit", limits.guard(&limits.submissions, axum::routing::post(open_edit)))
        .route("/budgets/{id}/results", get(public_results))
        .route("/budgets/{id}/results.csv", get(public_results_csv))
        .route("/budgets/{id}/response", get(council_response))
        .fallback(|| async { ApiError::NotFound("no such API route".into()) })
}

async fn list_budgets(State(state): State<AppState>) -> Json<Vec<BudgetSummary>> {
    Json(
        state
            .budgets
            .iter()
            .map(|b| BudgetSummary { id: b.id.clone(), title: b.title.clone(), intro: b.intro.clone() })
            .collect(),
    )
}

async fn get_budget(PathBudget(budget): PathBudget) -> Json<Arc<Budget>> {
    Json(budget)
}

/// `POST /api/budgets/{id}/submissions`: 201 with the receipt when stored, 200 with the original
/// receipt when the same submission was already stored, 409 when its id was used for another one,
/// 422 with every problem when it breaks the budget's rules (or its invite code is not valid).
///
/// A submission whose honeypot field (`website`, which people never see) is filled was sent by a
/// program: it gets the answers a stored one would get (201, then 200 for the same body again and
/// 409 for another body under its id), so the program learns nothing, and is not stored.
///
/// Wrong invite codes are counted per budget: past `invite_failures_per_minute`, the budget's
/// submissions that carry a code get 429 until the count drains, so guessing codes from many
/// addresses at once is as slow as from one.
///
/// Outside the budget's consultation window (`[consultation]`), every submission is refused with
/// 403 (`not_open_yet` or `consultation_closed`) before its body is looked at, and nothing is
/// stored.
///
/// With `replaces` and `edit_key` (the private edit link), the submission replaces that one, which
/// is kept for audit and no longer counted; no second invite code is needed or taken. A
/// malformed secret is 400 (`malformed_edit_key`), one that opens nothing 403
/// (`unknown_edit_key`, counted per budget like wrong invite codes), one of another budget or
/// submission 403 (`edit_key_mismatch`), a version already replaced 409 (`already_replaced`).
async fn submit(
    State(state): State<AppState>,
    Extension(guards): Extension<Arc<Guards>>,
    PathBudget(budget): PathBudget,
    body: Result<ApiJson<SubmissionRequest>, ApiError>,
) -> Result<Response, ApiError> {
    check_window(&budget)?;
    let ApiJson(request) = body?;
    match (&request.edit_key, &request.replaces) {
        (Some(key), _) if !is_edit_key(key) => return Err(malformed_edit_key()),
        (None, Some(_)) => {
            return Err(ApiError::MalformedEditKey("a change to a budget needs the secret of its edit link".into()));
        }
        _ => {}
    }
    let problems = validate(&budget, &request);
    if !problems.is_empty() {
        return Err(ApiError::Invalid(problems));
    }
    if !request.website.is_empty() {
        // Logged without the body: it is a bot's, and may carry anything.
        tracing::info!(budget = %budget.id, "honeypot filled: answered as stored, not stored");
        let body = serde_json::to_string(&request).map_err(|e| ApiError::Internal(e.into()))?;
        let (status, received_at) = match guards.honeypot.answer(&request.id, &body, now_rfc3339()) {
            Honeypot::Created(at) => (StatusCode::CREATED, at),
            Honeypot::AlreadyStored(at) => (StatusCode::OK, at),
            Honeypot::IdConflict => return Err(id_conflict(&request.id)),
        };
        return Ok((status, Json(SubmissionReceipt { id: request.id, received_at })).into_response());
    }
    if request.replaces.is_some() {
        edits_allowed(&guards, &budget)?;
    }
    // The code is used up with the insert, in one transaction, only when the budget asks for one
    // and this is not a replacement (let in by the code of the budget it replaces).
    let invite =
        if budget.submissions.require_invite && request.replaces.is_none() { request.invite.as_deref() } else { None };
    if invite.is_some()
        && let Some(wait) = guards.invite_failures.blocked(&budget.id)
    {
        let retry_after = wait.as_secs() + 1;
        return Err(ApiError::Throttled {
            message: format!("too many wrong invite codes for this budget: try again in {retry_after} seconds"),
            retry_after,
        });
    }
    match state.store.insert_submission(&budget.id, &request, invite).await? {
        Stored::Created(receipt) => {
            tracing::info!(budget = %budget.id, submission = %receipt.id, "submission stored");
            Ok((StatusCode::CREATED, Json(receipt)).into_response())
        }
        Stored::AlreadyStored(receipt) => Ok((StatusCode::OK, Json(receipt)).into_response()),
        Stored::IdConflict => Err(id_conflict(&request.id)),
        Stored::InvalidInvite => {
            guards.invite_failures.record(&budget.id);
            tracing::info!(budget = %budget.id, "invite code refused");
            Err(ApiError::Invalid(vec![Problem::new(
                "invite",
                ProblemCode::InvalidInvite,
                "this invite code is not valid or was already used",
            )]))
        }
        Stored::EditKeyTaken => Err(ApiError::Conflict(
            "this edit link's secret is already used by another submission: make a new one".into(),
        )),
        Stored::UnknownEditKey => Err(unknown_edit_key(&guards, &budget)),
        Stored::EditKeyMismatch => Err(ApiError::EditKeyMismatch),
        Stored::AlreadyReplaced => Err(ApiError::AlreadyReplaced),
    }
}

/// `POST /api/budgets/{id}/edit` with the secret of a private edit link (in the body, so it reaches
/// no log): the budget the resident sent last through that link, to change and send again while the
/// consultation is open. Refused like a replacement: outside the window (`not_open_yet`,
/// `consultation_closed`), a malformed secret (400), one that opens nothing (403, counted per
/// budget), one of another budget (403). Never cached.
async fn open_edit(
    State(state): State<AppState>,
    Extension(guards): Extension<Arc<Guards>>,
    PathBudget(budget): PathBudget,
    body: Result<ApiJson<EditKey>, ApiError>,
) -> Result<Response, ApiError> {
    check_window(&budget)?;
    let ApiJson(EditKey { edit_key }) = body?;
    if !is_edit_key(&edit_key) {
        return Err(malformed_edit_key());
    }
    edits_allowed(&guards, &budget)?;
    let Some(target) = state.store.edit_target(&edit_key).await? else {
        return Err(unknown_edit_key(&guards, &budget));
    };
    if target.budget_id != budget.id {
        return Err(ApiError::EditKeyMismatch);
    }
    let stored = target.row.parse()?;
    let sent = stored.request;
    let answer = StoredBudget {
        id: stored.id,
        received_at: stored.received_at,
        allocation: sent.allocation,
        section_comments: sent.section_comments,
        comment: sent.comment,
        answers: sent.answers,
    };
    let no_store = [(axum::http::header::CACHE_CONTROL, axum::http::HeaderValue::from_static("no-store"))];
    Ok((no_store, Json(answer)).into_response())
}

fn malformed_edit_key() -> ApiError {
    ApiError::MalformedEditKey("this is not an edit link's secret: check that you copied the whole link".into())
}

/// Refuses edits of a budget whose edit links were guessed at too often lately.
fn edits_allowed(guards: &Guards, budget: &Budget) -> Result<(), ApiError> {
    match guards.edit_failures.blocked(&budget.id) {
        Some(wait) => {
            let retry_after = wait.as_secs() + 1;
            Err(ApiError::Throttled {
                message: format!("too many wrong edit links for this budget: try again in {retry_after} seconds"),
                retry_after,
            })
        }
        None => Ok(()),
    }
}

/// Counts an edit link that opened nothing against its budget, and says so.
fn unknown_edit_key(guards: &Guards, budget: &Budget) -> ApiError {
    guards.edit_failures.record(&budget.id);
    tracing::info!(budget = %budget.id, "edit link refused");
    ApiError::UnknownEditKey
}

/// The current time in Unix seconds.
pub fn now_unix() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| i64::try_from(d.as_secs()).unwrap_or(i64::MAX))
}

/// Refuses a submission outside the budget's consultation window, saying when it opens or closed.
fn check_window(budget: &Budget) -> Result<(), ApiError> {
    let window = budget.consultation;
    match (window.phase(now_unix()), window.opens, window.closes) {
        (Phase::NotOpen, Some(opens), _) => Err(ApiError::NotOpenYet(format!(
            "this consultation opens on {}: nothing was stored",
            format_moment(opens, Locale::En)
        ))),
        (Phase::Closed, _, Some(closes)) => Err(ApiError::ConsultationClosed(format!(
            "this consultation closed on {}: nothing was stored",
            format_moment(closes, Locale::En)
        ))),
        _ => Ok(()),
    }
}

/// `GET /api/budgets/{id}/results`: the budget's public figures (per line the median and the
/// independent-markets aggregate, and the number of submissions), only when its `[results]` make
/// them public now and at least its threshold of submissions is stored; otherwise only the reason
/// (`status`). Never a submission, a comment or an answer. Figures come from [`ResultsCache`].
async fn public_results(
    Extension(cache): Extension<Arc<ResultsCache>>,
    PathBudget(budget): PathBudget,
) -> Result<Json<PublicResults>, ApiError> {
    published(&cache, &budget).await.map(Json)
}

/// What `GET /api/budgets/{id}/results` answers (see there).
async fn published(cache: &ResultsCache, budget: &Arc<Budget>) -> Result<PublicResults, ApiError> {
    let nothing = |status| PublicResults {
        status,
        submissions: None,
        as_of: None,
        days: None,
        lines: Vec::new(),
        projects: None,
    };
    match budget.results.public {
        Visibility::Never => return Ok(nothing(ResultsStatus::NotPublic)),
        Visibility::AfterClose if budget.consultation.phase(now_unix()) != Phase::Closed => {
            return Ok(nothing(ResultsStatus::AfterClose));
        }
        _ => {}
    }
    let snapshot = cache.get(budget).await?;
    if snapshot.submissions < u64::from(budget.results.threshold) {
        return Ok(nothing(ResultsStatus::BelowThreshold));
    }
    Ok(PublicResults {
        status: ResultsStatus::Published,
        submissions: Some(snapshot.submissions),
        as_of: Some(snapshot.as_of.clone()),
        days: snapshot.days.clone(),
        lines: snapshot.lines.clone(),
        projects: snapshot.projects.as_ref().map(|outcome| {
            crate::public_results::public_projects(
                budget,
                outcome,
                budget.consultation.phase(now_unix()) == Phase::Closed,
            )
        }),
    })
}

/// `GET /api/budgets/{id}/results.csv`: the same figures as a spreadsheet, every text cell quoted;
/// `404` (`not_found`) when they are not public now. A budget of lines has one row per line (its
/// id, English and French labels, unit, this year's value, median and aggregate, in the budget
/// file's units); a budget of projects one row per project ([`project_rows`]).
async fn public_results_csv(
    Extension(cache): Extension<Arc<ResultsCache>>,
    PathBudget(budget): PathBudget,
) -> Result<Response, ApiError> {
    let results = published(&cache, &budget).await?;
    if results.status != ResultsStatus::Published {
        return Err(ApiError::NotFound("this budget's results are not public now".into()));
    }
    let rows = match &results.projects {
        Some(projects) => project_rows(&budget, projects),
        None => line_rows(&budget, &results.lines),
    };
    let mut writer = csv::WriterBuilder::new().quote_style(csv::QuoteStyle::NonNumeric).from_writer(Vec::new());
    for row in rows {
        writer.write_record(row).map_err(|e| ApiError::Internal(e.into()))?;
    }
    let bytes = writer.into_inner().map_err(|e| ApiError::Internal(anyhow::anyhow!("{e}")))?;
    let disposition = format!("attachment; filename=\"{}-results.csv\"", budget.id);
    let headers = [
        (axum::http::header::CONTENT_TYPE, axum::http::HeaderValue::from_static("text/csv; charset=utf-8")),
        (
            axum::http::header::CONTENT_DISPOSITION,
            axum::http::HeaderValue::from_str(&disposition).map_err(|e| ApiError::Internal(e.into()))?,
        ),
    ];
    Ok((headers, bytes).into_response())
}

/// A text cell of `results.csv`: the council's text, but still never a formula in a spreadsheet.
fn cell(text: &str) -> String {
    crate::export::neutralise(text).into_owned()
}

/// `results.csv` of a budget of lines: a header, then one row per line.
fn line_rows(budget: &Budget, lines: &[pbsim_core::wire::PublicLine]) -> Vec<Vec<String>> {
    let header = ["line", "label_en", "label_fr", "unit", "this_year", "median", "aggregate"];
    let mut rows = vec![header.map(str::to_owned).to_vec()];
    for figures in lines {
        let Some(line) = budget.line(&figures.id) else { continue };
        let unit = match line.kind {
            pbsim_core::LineKind::TaxRate { .. } => "micro-percent",
            _ => "cents",
        };
        let aggregate = figures.aggregate.map(|a| a.to_string()).unwrap_or_default();
        rows.push(vec![
            line.id.clone(),
            cell(&line.label.en),
            cell(&line.label.fr),
            unit.to_owned(),
            line.baseline.to_string(),
            figures.median.to_string(),
            aggregate,
        ]);
    }
    rows
}

/// `results.csv` of a budget of projects: a header, then per project what the public figures
/// ([`PublicProjects`]) hold: its id, English and French titles, cost in cents and votes (approvals,
/// or points), and once the consultation has closed (`funded` is decided then, and only then) a
/// `funded` column saying `yes` or `no` under the city's rule.
fn project_rows(budget: &Budget, public: &PublicProjects) -> Vec<Vec<String>> {
    let decided = public.outcome.is_some();
    let mut header = vec!["project", "title_en", "title_fr", "cost_cents", "votes"];
    if decided {
        header.push("funded");
    }
    let mut rows = vec![header.into_iter().map(str::to_owned).collect()];
    let selection = budget.projects.as_ref();
    for figures in &public.projects {
        let Some((_, project)) = selection.and_then(|s| s.project(&figures.id)) else { continue };
        let (en, fr) = (cell(&project.title.en), cell(&project.title.fr));
        let mut row = vec![project.id.clone(), en, fr, project.cost.0.to_string(), figures.votes.to_string()];
        if decided {
            row.push(if figures.funded == Some(true) { "yes" } else { "no" }.to_owned());
        }
        rows.push(row);
    }
    rows
}

/// `GET /api/budgets/{id}/response`: the council's latest published response (without its author),
/// or `404` (`not_found`) before the first publication.
async fn council_response(
    State(state): State<AppState>,
    PathBudget(budget): PathBudget,
) -> Result<Json<pbsim_core::wire::PublishedResponse>, ApiError> {
    let Some(stored) = state.store.latest_response(&budget.id).await? else {
        return Err(ApiError::NotFound("the council has not published a response yet".into()));
    };
    let response = serde_json::from_str(&stored.body).map_err(|e| ApiError::Internal(e.into()))?;
    Ok(Json(pbsim_core::wire::PublishedResponse { response, published_at: stored.published_at }))
}

fn id_conflict(id: &str) -> ApiError {
    ApiError::Conflict(format!("submission id {id} was already used for a different submission"))
}
