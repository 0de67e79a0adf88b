//! Calls to the officers' API (`/api/admin`). The session cookie travels with each request; a 401
//! means the officer must log in (again).

use gloo_net::http::Request;
use pbsim_core::Text;
use serde::{Deserialize, Serialize};

/// Submissions received on one day.
#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct DayCount {
    /// `2026-11-26`.
    pub day: String,
    /// How many.
    pub count: usize,
}

/// `GET /api/admin/budgets/{id}/report`, as much of it as the page reads: the counts and the
/// figures in whole display units (the server's `DisplayLine`), so that no float is parsed here.
#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct Dashboard {
    /// The report's counts.
    pub report: Counts,
    /// Submissions per day, oldest first.
    pub per_day: Vec<DayCount>,
    /// Every line's figures.
    pub display: Vec<LineFigures>,
}

/// How many submissions the report covers.
#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct Counts {
    /// That match the filters.
    pub submissions: usize,
    /// Stored.
    pub total_submissions: usize,
}

/// One line's figures: shares and fractions in micro-percent (100 % = 100,000,000), money in
/// minor units, rates in micro-percent.
#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct LineFigures {
    /// The line id.
    pub id: String,
    /// `share`, `money` or `rate`.
    pub unit: String,
    /// This year's value.
    pub baseline: i64,
    /// The mean.
    pub mean: i64,
    /// The median.
    pub median: i64,
    /// The first quartile.
    pub q1: i64,
    /// The third quartile.
    pub q3: i64,
    /// The normalised coordinate-wise median (spending lines).
    pub cw_median: Option<i64>,
    /// The independent-markets aggregate (spending lines).
    pub independent_markets: Option<i64>,
    /// Residents who raised the line.
    pub raised: i64,
    /// Who lowered it.
    pub lowered: i64,
    /// Who kept it.
    pub kept: i64,
    /// The histogram's first edge.
    pub start: i64,
    /// Its bins' width.
    pub width: i64,
    /// Its counts.
    pub counts: Vec<i64>,
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

/// `GET url` as text. One function for every call rather than one per response type: each async
/// function is a state machine of its own in the wasm, and this page shares the resident's download.
async fn get_text(url: String) -> Result<String, Failure> {
    let response = Request::get(&url).send().await.map_err(|e| Failure::Other(e.to_string()))?;
    match response.status() {
        401 => Err(Failure::Unauthorized),
        s if !(200..300).contains(&s) => Err(Failure::Other(format!("the server answered {s}"))),
        _ => response.text().await.map_err(|e| Failure::Other(e.to_string())),
    }
}

fn parse<T: for<'de> Deserialize<'de>>(text: Result<String, Failure>) -> Result<T, Failure> {
    serde_json::from_str(&text?).map_err(|e| Failure::Other(e.to_string()))
}

/// `POST url` with an optional JSON body; the status.
async fn post(url: &'static str, body: Option<String>) -> Result<u16, Failure> {
    let request = Request::post(url);
    let request = match body {
        Some(b) => request.header("content-type", "application/json").body(b),
        None => request.build(),
    }
    .map_err(|e| Failure::Other(e.to_string()))?;
    request.send().await.map(|r| r.status()).map_err(|e| Failure::Other(e.to_string()))
}

/// The logged-in officer's name, or `None`.
pub async fn me() -> Result<Option<String>, Failure> {
    match parse::<Me>(get_text("/api/admin/me".into()).await) {
        Ok(me) => Ok(Some(me.name)),
        Err(Failure::Unauthorized) => Ok(None),
        Err(e) => Err(e),
    }
}

/// Logs in; `false` when the server refuses the username or password.
pub async fn login(username: &str, password: &str) -> Result<bool, Failure> {
    let body = serde_json::to_string(&Login { username, password }).map_err(|e| Failure::Other(e.to_string()))?;
    match post("/api/admin/login", Some(body)).await? {
        200 => Ok(true),
        401 => Ok(false),
        s => Err(Failure::Other(format!("the server answered {s}"))),
    }
}

/// Logs out.
pub async fn logout() -> Result<(), Failure> {
    post("/api/admin/logout", None).await.map(drop)
}

/// The published budgets.
pub async fn budgets() -> Result<Vec<BudgetSummary>, Failure> {
    parse(get_text("/api/budgets".into()).await)
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
    let url = format!("/api/admin/budgets/{id}/report{}", query(filter, &[("weight_by", weight_by.unwrap_or(""))]));
    parse(get_text(url).await)
}

/// The comments of budget `id` that contain `search`.
pub async fn comments(id: &str, filter: &str, search: &str) -> Result<Comments, Failure> {
    parse(get_text(format!("/api/admin/budgets/{id}/comments{}", query(filter, &[("q", search)]))).await)
}
