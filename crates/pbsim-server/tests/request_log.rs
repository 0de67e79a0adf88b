//! The request log, in a test binary of its own: a log subscriber set for one test sees the log
//! lines of every test running at the same time in the same process.

// A fixture that cannot be set up should stop the test loudly.
#![allow(clippy::expect_used, clippy::unwrap_used)]

#[path = "support/answer.rs"]
mod answer;
#[path = "support/app.rs"]
mod app;
#[path = "support/budgets.rs"]
mod budgets;
#[path = "support/db.rs"]
mod db;

use axum::body::Body;
use axum::extract::ConnectInfo;
use axum::http::{Request, StatusCode, header};
use pbsim_server::limits::RateLimit;
use serde_json::json;
use std::net::SocketAddr;
use std::sync::{Arc, Mutex};

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

    let body = json!({ "id": "0b6f6a52-2d4b-4e43-9c55-4a3c1b2e7f10", "allocation": budgets::austin_allocation() });
    let t = app::Setup::new(&[budgets::AUSTIN])
        .rate_limit(RateLimit { per_minute: 5, trust_forwarded_for: false })
        .on_sqlite()
        .await;
    t.store.close().await; // the database goes away: storing fails on our side

    let mut request = Request::post("/api/budgets/austin-fy2017/submissions")
        .header(header::CONTENT_TYPE, "application/json")
        .body(Body::from(body.to_string()))
        .unwrap();
    request.extensions_mut().insert(ConnectInfo("192.0.2.77:1234".parse::<SocketAddr>().unwrap()));
    let answer = t.send(request).await;
    assert_eq!(answer.status, StatusCode::INTERNAL_SERVER_ERROR);
    let request_id = answer.headers["x-request-id"].to_str().unwrap().to_owned();
    let answer = answer.json;
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
