//! Calls to the officers' API (`/api/admin`). The session cookie travels with each request; an
//! `unauthorized` error means the officer must log in (again). Bodies are `pbsim_core::wire`'s types.

use gloo_net::http::Request;
use pbsim_app::api::{self, ApiError, network, read, send_ok, with_body};
use pbsim_core::wire::{BudgetSummary, Comments, ErrorCode, Login, ReportPage, SessionInfo};
use serde::de::DeserializeOwned;

/// Sends `request` and reads the answer as `T`, or the error it carries.
async fn fetch<T: DeserializeOwned>(request: Result<Request, ApiError>) -> Result<T, ApiError> {
    read(send_ok(request?).await?).await
}

fn get(url: &str) -> Result<Request, ApiError> {
    Request::get(url).build().map_err(network)
}

/// Whether the server refused because nobody (or nobody any more) is logged in.
pub fn is_unauthorized(e: &ApiError) -> bool {
    e.code() == Some(ErrorCode::Unauthorized)
}

/// The logged-in officer's name, or `None`.
pub async fn me() -> Result<Option<String>, ApiError> {
    match fetch::<SessionInfo>(get("/api/admin/me")).await {
        Ok(me) => Ok(Some(me.name)),
        Err(e) if is_unauthorized(&e) => Ok(None),
        Err(e) => Err(e),
    }
}

/// Logs in; `false` when the server refuses the username or password.
pub async fn login(username: String, password: String) -> Result<bool, ApiError> {
    match fetch::<SessionInfo>(with_body(Request::post("/api/admin/login"), &Login { username, password })).await {
        Ok(_) => Ok(true),
        Err(e) if is_unauthorized(&e) => Ok(false),
        Err(e) => Err(e),
    }
}

/// Logs out. Whether or not the server heard, the page forgets the session.
pub async fn logout() {
    let _ = Request::post("/api/admin/logout").send().await;
}

/// The published budgets.
pub async fn budgets() -> Result<Vec<BudgetSummary>, ApiError> {
    api::fetch_budgets().await
}

fn encode(s: &str) -> String {
    String::from(js_sys::encode_uri_component(s))
}

/// The query string for a filter (`question:option,…`), and more parameters.
pub fn query(filter: &str, extra: &[(&str, &str)]) -> String {
    let mut parts = Vec::new();
    if !filter.is_empty() {
        parts.push(format!("filter={}", encode(filter)));
    }
    parts.extend(extra.iter().filter(|(_, v)| !v.is_empty()).map(|(k, v)| format!("{k}={}", encode(v))));
    if parts.is_empty() { String::new() } else { format!("?{}", parts.join("&")) }
}

/// The report of budget `id`; `intervals`: with the aggregate's bootstrap intervals (200 resamples).
pub async fn report(id: &str, filter: &str, weight_by: Option<&str>, intervals: bool) -> Result<ReportPage, ApiError> {
    let extra = [("weight_by", weight_by.unwrap_or("")), ("bootstrap", if intervals { "200" } else { "" })];
    fetch(get(&format!("/api/admin/budgets/{id}/report{}", query(filter, &extra)))).await
}

/// The comments of budget `id` that contain `search`.
pub async fn comments(id: &str, filter: &str, search: &str) -> Result<Comments, ApiError> {
    fetch(get(&format!("/api/admin/budgets/{id}/comments{}", query(filter, &[("q", search)])))).await
}

/// Publishes the council's response to budget `id`.
pub async fn publish_response(
    id: &str,
    response: &pbsim_core::wire::CouncilResponse,
) -> Result<pbsim_core::wire::PublishedResponse, ApiError> {
    fetch(with_body(Request::post(&format!("/api/admin/budgets/{id}/response")), response)).await
}
