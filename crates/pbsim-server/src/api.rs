//! The JSON API residents' pages talk to.

use crate::AppState;
use crate::error::{ApiError, ApiJson};
use crate::store::Stored;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::{Json, Router};
use pbsim_core::{Budget, Problem, ProblemCode, SubmissionRequest, Text, validate};
use serde::Serialize;
use std::sync::Arc;

/// The API routes, under `/api`.
pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/budgets", get(list_budgets))
        .route("/budgets/{id}", get(get_budget))
        .route("/budgets/{id}/submissions", axum::routing::post(submit))
        .fallback(|| async { ApiError::NotFound("no such API route".into()) })
}

/// One entry of `GET /api/budgets`.
#[derive(Debug, Serialize)]
struct BudgetSummary {
    id: String,
    title: Text,
    intro: Text,
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

fn find_budget(state: &AppState, id: &str) -> Result<Arc<Budget>, ApiError> {
    state.budgets.get(id).cloned().ok_or_else(|| ApiError::NotFound(format!("there is no budget \"{id}\"")))
}

async fn get_budget(State(state): State<AppState>, Path(id): Path<String>) -> Result<Json<Arc<Budget>>, ApiError> {
    find_budget(&state, &id).map(Json)
}

/// `POST /api/budgets/{id}/submissions`: 201 with the receipt when stored, 200 with the original
/// receipt when the same submission was already stored, 409 when its id was used for another one,
/// 422 with every problem when it breaks the budget's rules (or its invite code is not valid).
async fn submit(
    State(state): State<AppState>,
    Path(id): Path<String>,
    ApiJson(request): ApiJson<SubmissionRequest>,
) -> Result<Response, ApiError> {
    let budget = find_budget(&state, &id)?;
    let problems = validate(&budget, &request);
    if !problems.is_empty() {
        return Err(ApiError::Invalid(problems));
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
