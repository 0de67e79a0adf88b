//! Calls to the officers' API (`/api/admin`). The session cookie travels with each request; a 401
//! means the officer must log in (again).

use gloo_net::http::Request;
use pbsim_core::Text;
use pbsim_core::aggregate::BudgetReport;
use serde::{Deserialize, Serialize};

/// Submissions received on one day.
#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct DayCount {
    /// `2026-11-26`.
    pub day: String,
    /// How many.
    pub count: usize,
}

/// `GET /api/admin/budgets/{id}/report`.
#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct Dashboard {
    /// The aggregate report.
    pub report: BudgetReport,
    /// Submissions per day, oldest first.
    pub per_day: Vec<DayCount>,
}

/// One comment.
#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct Comment {
    /// When it was sent.
    pub received_at: String,
    /// The section it is about (`None`: the final comment).
    pub section: Option<String>,
    /// What the resident wrote.
    pub text: String,
}

/// `GET /api/admin/budgets/{id}/comments`.
#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct Comments {
    /// How many match.
    pub total: usize,
    /// The newest of them.
    pub comments: Vec<Comment>,
}

/// One published budget.
#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct BudgetSummary {
    /// Its id.
    pub id: String,
    /// Its title.
    pub title: Text,
}

#[derive(Serialize)]
struct Login<'a> {
    username: &'a str,
    password: &'a str,
}

#[derive(Deserialize)]
struct Me {
    name: String,
}

/// Why a call failed.
#[derive(Clone, Debug, PartialEq)]
pub enum Failure {
    /// Not logged in (any more).
    Unauthorized,
    /// Anything else, said in a sentence.
    Other(String),
}

impl std::fmt::Display for Failure {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Failure::Unauthorized => f.write_str("not logged in"),
            Failure::Other(e) => f.write_str(e),
        }
    }
}

async fn get<T: for<'de> Deserialize<'de>>(url: &str) -> Result<T, Failure> {
    let response = Request::get(url).send().await.map_err(|e| Failure::Other(e.to_string()))?;
    match response.status() {
        401 => Err(Failure::Unauthorized),
        s if !(200..300).contains(&s) => Err(Failure::Other(format!("the server answered {s}"))),
        _ => response.json().await.map_err(|e| Failure::Other(e.to_string())),
    }
}

/// The logged-in officer's name, or `None`.
pub async fn me() -> Result<Option<String>, Failure> {
    match get::<Me>("/api/admin/me").await {
        Ok(me) => Ok(Some(me.name)),
        Err(Failure::Unauthorized) => Ok(None),
        Err(e) => Err(e),
    }
}

/// Logs in; `false` when the server refuses the username or password.
pub async fn login(username: &str, password: &str) -> Result<bool, Failure> {
    let response = Request::post("/api/admin/login")
        .json(&Login { username, password })
        .map_err(|e| Failure::Other(e.to_string()))?
        .send()
        .await
        .map_err(|e| Failure::Other(e.to_string()))?;
    match response.status() {
        200 => Ok(true),
        401 => Ok(false),
        s => Err(Failure::Other(format!("the server answered {s}"))),
    }
}

/// Logs out.
pub async fn logout() -> Result<(), Failure> {
    Request::post("/api/admin/logout").send().await.map(drop).map_err(|e| Failure::Other(e.to_string()))
}

/// The published budgets.
pub async fn budgets() -> Result<Vec<BudgetSummary>, Failure> {
    get("/api/budgets").await
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

/// The report of budget `id`.
pub async fn report(id: &str, filter: &str, weight_by: Option<&str>) -> Result<Dashboard, Failure> {
    get(&format!("/api/admin/budgets/{id}/report{}", query(filter, &[("weight_by", weight_by.unwrap_or(""))]))).await
}

/// The comments of budget `id` that contain `search`.
pub async fn comments(id: &str, filter: &str, search: &str) -> Result<Comments, Failure> {
    get(&format!("/api/admin/budgets/{id}/comments{}", query(filter, &[("q", search)]))).await
}
