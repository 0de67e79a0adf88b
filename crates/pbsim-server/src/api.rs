//! The JSON API residents' pages talk to.

use crate::budgets::PathBudget;
use crate::error::{ApiError, ApiJson};
use crate::store::{Stored, now_rfc3339};
use crate::{AppState, Limits};
use axum::extract::{DefaultBodyLimit, State};
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
    let submit = limits.submissions.apply(axum::routing::post(submit).layer(DefaultBodyLimit::max(limits.body_bytes)));
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
/// program: it gets a receipt like any other, so the program learns nothing, and is not stored.
async fn submit(
    State(state): State<AppState>,
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
        let receipt = SubmissionReceipt { id: request.id, received_at: now_rfc3339() };
        return Ok((StatusCode::CREATED, Json(receipt)).into_response());
    }
    // The code is used up with the insert, in one transaction, only when the budget asks for one.
    let invite = if budget.submissions.require_invite { request.invite.as_deref() } else { None };
    match state.store.insert_submission(&budget.id, &request, invite).await? {
        Stored::Created(receipt) => {
            tracing::info!(budget = %budget.id, submission = %receipt.id, "submission stored");
            Ok((StatusCode::CREATED, Json(receipt)).into_response())
        }
        Stored::AlreadyStored(receipt) => Ok((StatusCode::OK, Json(receipt)).into_response()),
        Stored::IdConflict => {
            Err(ApiError::Conflict(format!("submission id {} was already used for a different submission", request.id)))
        }
        Stored::InvalidInvite => Err(ApiError::Invalid(vec![Problem::new(
            "invite",
            ProblemCode::InvalidInvite,
            "this invite code is not valid or was already used",
        )])),
    }
}
