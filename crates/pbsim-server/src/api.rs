//! The JSON API residents' pages talk to.

use crate::budgets::PathBudget;
use crate::error::{ApiError, ApiJson};
use crate::guards::{Guards, Honeypot};
use crate::store::{Stored, now_rfc3339};
use crate::{AppState, Limits};
use axum::Extension;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::{Json, Router};
use pbsim_core::wire::BudgetSummary;
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
async fn submit(
    State(state): State<AppState>,
    Extension(guards): Extension<Arc<Guards>>,
    PathBudget(budget): PathBudget,
    ApiJson(request): ApiJson<SubmissionRequest>,
) -> Result<Response, ApiError> {
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
    // The code is used up with the insert, in one transaction, only when the budget asks for one.
    let invite = if budget.submissions.require_invite { request.invite.as_deref() } else { None };
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
    }
}

fn id_conflict(id: &str) -> ApiError {
    ApiError::Conflict(format!("submission id {id} was already used for a different submission"))
}
