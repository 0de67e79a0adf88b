//! The request log, in a test binary of its own: a log subscriber set for one test sees the log
//! lines of every test running at the same time in the same process.

// A fixture that cannot be set up should stop the test loudly.
#![allow(clippy::expect_used, clippy::unwrap_used)]

use axum::body::Body;
use axum::extract::ConnectInfo;
use axum::http::{Request, StatusCode, header};
use http_body_util::BodyExt;
use pbsim_core::Budget;
use pbsim_server::budgets::Budgets;
use pbsim_server::limits::RateLimit;
use pbsim_server::store::Store;
use pbsim_server::{AppState, app_with};
use serde_json::{Value, json};
use std::net::SocketAddr;
use std::sync::{Arc, Mutex};
use tower::ServiceExt;

const AUSTIN: &str = include_str!("../../../budgets/austin-fy2017.toml");

/// Collects what the log subscriber writes.
#[derive(Clone, Default)]
struct Captured(Arc<Mutex<Vec<u8>>>);

impl std::io::Write for Captured {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

#[tokio::test]
async fn a_server_error_is_logged_with_its_request_id_and_never_the_client_address() {
    let log = Captured::default();
    let writer = log.clone();
    let subscriber = tracing_subscriber::fmt()
        .with_writer(move || writer.clone())
        .with_ansi(false)
        .with_max_level(tracing::Level::INFO)
        .finish();
    // `#[tokio::test]` runs on this thread only, so the subscriber sees every log line of it.
    let _guard = tracing::subscriber::set_default(subscriber);

    let dir = tempfile::tempdir().unwrap();
    let store = Store::connect(&format!("sqlite://{}", dir.path().join("test.db").display())).await.unwrap();
    let budget = Budget::from_toml(AUSTIN).unwrap();
    let mut allocation = budget.baseline_allocation();
    *allocation.get_mut("police").unwrap() += 500_000_00;
    *allocation.get_mut("libraries").unwrap() -= 500_000_00;
    let body = json!({ "id": "0b6f6a52-2d4b-4e43-9c55-4a3c1b2e7f10", "allocation": allocation });
    let state = AppState {
        budgets: Arc::new(Budgets::from_budgets([budget])),
        store: store.clone(),
        dist: None,
        security: Default::default(),
    };
    let router = app_with(state, RateLimit { per_minute: 5, ..RateLimit::default() });
    store.close().await; // the database goes away: storing fails on our side

    let mut request = Request::post("/api/budgets/austin-fy2017/submissions")
        .header(header::CONTENT_TYPE, "application/json")
        .body(Body::from(body.to_string()))
        .unwrap();
    request.extensions_mut().insert(ConnectInfo("192.0.2.77:1234".parse::<SocketAddr>().unwrap()));
    let response = router.oneshot(request).await.unwrap();
    assert_eq!(response.status(), StatusCode::INTERNAL_SERVER_ERROR);
    let request_id = response.headers()["x-request-id"].to_str().unwrap().to_owned();
    let answer: Value = serde_json::from_slice(&response.into_body().collect().await.unwrap().to_bytes()).unwrap();
    assert_eq!(answer["error"], "internal");
    assert_eq!(answer["message"], "something went wrong on our side", "no detail for the client");

    let log = String::from_utf8(log.0.lock().unwrap().clone()).unwrap();
    let error_lines: Vec<&str> = log.lines().filter(|l| l.contains("ERROR")).collect();
    assert!(!error_lines.is_empty(), "the failure is logged:\n{log}");
    for line in &error_lines {
        assert!(line.contains(&request_id), "error line without the request id {request_id}: {line}");
    }
    assert!(log.contains("method=POST") && log.contains("path=/api/budgets/austin-fy2017/submissions"), "{log}");
    assert!(log.contains("status=500"), "the response is logged with its status:\n{log}");
    assert!(!log.contains("192.0.2.77"), "the client's address never reaches the log:\n{log}");
}
