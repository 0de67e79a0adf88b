//! Calls to the pbsim server, with `gloo-net`. Bodies are `pbsim_core::wire`'s types, the same the
//! server serialises, and every error answer is a [`wire::ErrorBody`] with a stable code.

use gloo_net::http::{Request, Response};
use pbsim_core::wire::{BudgetSummary, ErrorBody, ErrorCode};
use pbsim_core::{Budget, SubmissionReceipt, SubmissionRequest};
use serde::de::DeserializeOwned;

/// Why a call to the server did not succeed.
#[derive(Clone, Debug, PartialEq)]
pub enum ApiError {
    /// The server could not be reached (offline, server down): worth retrying.
    Network(String),
    /// An error status without pbsim's error body: a proxy's or a gateway's own page.
    Status(u16),
    /// The server refused the request and said why.
    Refused(ErrorBody),
}

impl ApiError {
    /// The server's code, when pbsim itself answered.
    pub fn code(&self) -> Option<ErrorCode> {
        match self {
            ApiError::Refused(body) => Some(body.error),
            _ => None,
        }
    }

    /// Whether sending the same request again may succeed: after a network failure, a failure of
    /// the server (or of a gateway in front of it), or a rate limit, which lifts by itself.
    pub fn retryable(&self) -> bool {
        match self {
            ApiError::Network(_) => true,
            ApiError::Status(status) => *status >= 500 || *status == 429,
            ApiError::Refused(body) => matches!(body.error, ErrorCode::RateLimited | ErrorCode::Internal),
        }
    }
}

impl std::fmt::Display for ApiError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ApiError::Network(e) => write!(f, "the server could not be reached ({e})"),
            ApiError::Status(status) => write!(f, "the server answered {status}"),
            ApiError::Refused(body) => f.write_str(&body.message),
        }
    }
}

impl std::error::Error for ApiError {}

fn network(e: gloo_net::Error) -> ApiError {
    ApiError::Network(e.to_string())
}

/// A response's body as `T`, or the error it carries.
pub async fn read<T: DeserializeOwned>(response: Response) -> Result<T, ApiError> {
    if !response.ok() {
        let status = response.status();
        return Err(match response.json::<ErrorBody>().await {
            Ok(body) => ApiError::Refused(body),
            Err(_) => ApiError::Status(status),
        });
    }
    response.json().await.map_err(network)
}

/// `GET url`, read as `T`.
pub async fn get<T: DeserializeOwned>(url: &str) -> Result<T, ApiError> {
    read(Request::get(url).send().await.map_err(network)?).await
}

/// `POST url` with `body` as JSON, the answer read as `T`.
pub async fn post<T: DeserializeOwned>(url: &str, body: &impl serde::Serialize) -> Result<T, ApiError> {
    read(Request::post(url).json(body).map_err(network)?.send().await.map_err(network)?).await
}

/// `GET /api/budgets`.
pub async fn fetch_budgets() -> Result<Vec<BudgetSummary>, ApiError> {
    get("/api/budgets").await
}

/// `GET /api/budgets/{id}`.
pub async fn fetch_budget(id: &str) -> Result<Budget, ApiError> {
    get(&format!("/api/budgets/{id}")).await
}

/// `POST /api/budgets/{id}/submissions`. Resending the same request (same id) after a network
/// failure is safe: the server stores it at most once.
pub async fn submit(budget_id: &str, request: &SubmissionRequest) -> Result<SubmissionReceipt, ApiError> {
    post(&format!("/api/budgets/{budget_id}/submissions"), request).await
}
