//! Calls to the pbsim server, with `gloo-net`.

use gloo_net::http::{Request, Response};
use pbsim_core::{Budget, Problem, SubmissionReceipt, SubmissionRequest};
use serde::Deserialize;

/// Why a call to the server did not succeed.
#[derive(Clone, Debug, PartialEq)]
pub enum ApiError {
    /// The server could not be reached (offline, server down): worth retrying.
    Network(String),
    /// The server refused the request and said why.
    Refused {
        /// The HTTP status.
        status: u16,
        /// The server's sentence.
        message: String,
        /// Each problem with its field.
        problems: Vec<Problem>,
    },
}

impl std::fmt::Display for ApiError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ApiError::Network(e) => write!(f, "the server could not be reached ({e})"),
            ApiError::Refused { message, .. } => f.write_str(message),
        }
    }
}

impl std::error::Error for ApiError {}

/// The error body every pbsim API error has.
#[derive(Deserialize)]
struct ErrorBody {
    message: String,
    #[serde(default)]
    problems: Vec<Problem>,
}

async fn refused(response: Response) -> ApiError {
    let status = response.status();
    match response.json::<ErrorBody>().await {
        Ok(body) => ApiError::Refused { status, message: body.message, problems: body.problems },
        Err(_) => ApiError::Refused { status, message: format!("the server answered {status}"), problems: Vec::new() },
    }
}

/// `GET /api/budgets/{id}`.
pub async fn fetch_budget(id: &str) -> Result<Budget, ApiError> {
    let response =
        Request::get(&format!("/api/budgets/{id}")).send().await.map_err(|e| ApiError::Network(e.to_string()))?;
    if !response.ok() {
        return Err(refused(response).await);
    }
    response.json().await.map_err(|e| ApiError::Network(e.to_string()))
}

/// `POST /api/budgets/{id}/submissions`. Resending the same request (same id) after a network
/// failure is safe: the server stores it at most once.
pub async fn submit(budget_id: &str, request: &SubmissionRequest) -> Result<SubmissionReceipt, ApiError> {
    let response = Request::post(&format!("/api/budgets/{budget_id}/submissions"))
        .json(request)
        .map_err(|e| ApiError::Network(e.to_string()))?
        .send()
        .await
        .map_err(|e| ApiError::Network(e.to_string()))?;
    if !response.ok() {
        return Err(refused(response).await);
    }
    response.json().await.map_err(|e| ApiError::Network(e.to_string()))
}
