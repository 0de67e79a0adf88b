//! Calls to the pbsim server, with `gloo-net`. Bodies are `pbsim_core::wire`'s types, the same the
//! server serialises, and every error answer is a [`wire::ErrorBody`] with a stable code.

use gloo_net::http::{Request, Response};
use pbsim_core::wire::{BudgetSummary, ErrorBody, ErrorCode};
use pbsim_core::{Budget, SubmissionReceipt, SubmissionRequest};

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

/// A failure to reach the server, or to read its answer.
pub fn network(e: gloo_net::Error) -> ApiError {
    ApiError::Network(e.to_string())
}

/// An answer whose body could not be read (cut off, or not what the page expects); like a network
/// failure, worth retrying.
pub fn unreadable(e: String) -> ApiError {
    ApiError::Network(e)
}

/// Reads a successful answer's JSON body.
pub async fn read<T: serde::de::DeserializeOwned>(response: Response) -> Result<T, ApiError> {
    crate::json::read(response).await.map_err(unreadable)
}

/// A request with a JSON body.
pub fn with_body<T: serde::Serialize + ?Sized>(
    request: gloo_net::http::RequestBuilder,
    value: &T,
) -> Result<Request, ApiError> {
    crate::json::body(request, value).map_err(unreadable)
}

/// The error an answer that is not a success carries.
pub async fn refused(response: Response) -> ApiError {
    let status = response.status();
    match crate::json::read::<ErrorBody>(response).await {
        Ok(body) => ApiError::Refused(body),
        Err(_) => ApiError::Status(status),
    }
}

// One function per call, not one generic `get::<T>`: every instance of a generic async function
// is a state machine of its own in the wasm, and the three below cost the residents' page 700
// bytes (gzip) less written out than through a generic helper (measured; the dashboard, a bundle
// of its own, has one in `pages/dashboard/api.rs`).

/// `GET /api/budgets`.
pub async fn fetch_budgets() -> Result<Vec<BudgetSummary>, ApiError> {
    let response = Request::get("/api/budgets").send().await.map_err(network)?;
    if !response.ok() {
        return Err(refused(response).await);
    }
    read(response).await
}

/// `GET /api/budgets/{id}`.
pub async fn fetch_budget(id: &str) -> Result<Budget, ApiError> {
    let response = Request::get(&format!("/api/budgets/{id}")).send().await.map_err(network)?;
    if !response.ok() {
        return Err(refused(response).await);
    }
    read(response).await
}

/// `POST /api/budgets/{id}/submissions`. Resending the same request (same id) after a network
/// failure is safe: the server stores it at most once.
pub async fn submit(budget_id: &str, request: &SubmissionRequest) -> Result<SubmissionReceipt, ApiError> {
    let url = format!("/api/budgets/{budget_id}/submissions");
    read(send_ok(with_body(Request::post(&url), request)?).await?).await
}

/// `POST /api/budgets/{id}/edit`: the budget a private edit link opens (the secret goes in the
/// body, never in a URL).
pub async fn open_edit(budget_id: &str, edit_key: &str) -> Result<pbsim_core::wire::StoredBudget, ApiError> {
    let body = pbsim_core::wire::EditKey { edit_key: edit_key.to_owned() };
    let url = format!("/api/budgets/{budget_id}/edit");
    read(send_ok(with_body(Request::post(&url), &body)?).await?).await
}

/// Sends a request the caller built and gives back its answer when it is a success.
pub async fn send_ok(request: Request) -> Result<Response, ApiError> {
    let response = request.send().await.map_err(network)?;
    if !response.ok() {
        return Err(refused(response).await);
    }
    Ok(response)
}

/// `GET /api/budgets/{id}/results`: the public figures, or why there are none yet.
pub async fn fetch_results(budget_id: &str) -> Result<pbsim_core::wire::PublicResults, ApiError> {
    let response = Request::get(&format!("/api/budgets/{budget_id}/results")).send().await.map_err(network)?;
    if !response.ok() {
        return Err(refused(response).await);
    }
    read(response).await
}

/// `GET /api/budgets/{id}/response`: the council's latest published response; `Ok(None)` before
/// the first one.
pub async fn fetch_response(budget_id: &str) -> Result<Option<pbsim_core::wire::PublishedResponse>, ApiError> {
    let response = Request::get(&format!("/api/budgets/{budget_id}/response")).send().await.map_err(network)?;
    if response.status() == 404 {
        return Ok(None);
    }
    if !response.ok() {
        return Err(refused(response).await);
    }
    read(response).await.map(Some)
}
