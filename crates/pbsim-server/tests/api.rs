//! The HTTP API, driven through `app(state)` without a socket, against a real SQLite file and a
//! real PostgreSQL (each test runs on both).

// Helpers outside `#[test]` functions set up fixtures: a failure there should stop the test loudly.
#![allow(clippy::expect_used, clippy::unwrap_used)]

#[path = "support/answer.rs"]
mod answer;
#[path = "support/app.rs"]
mod app;
#[path = "support/budgets.rs"]
mod budgets;
#[path = "support/db.rs"]
mod db;

use app::{Setup, TestApp};
use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use budgets::AUSTIN;
use db::Backend;
use serde_json::{Value, json};
use std::sync::Arc;

async fn test_app(backend: Backend) -> TestApp {
    test_app_with(backend, AUSTIN).await
}

async fn test_app_with(backend: Backend, budget: &str) -> TestApp {
    Setup::new(&[budget]).on(backend).await
}

impl TestApp {
    async fn request(&self, method: &str, uri: &str, body: Option<String>) -> (StatusCode, Value) {
        let mut builder = Request::builder().method(method).uri(uri);
        if body.is_some() {
            builder = builder.header(header::CONTENT_TYPE, "application/json");
        }
        let request = builder.body(body.map(Body::from).unwrap_or_else(Body::empty)).expect("request");
        let answer = self.send(request).await;
        (answer.status, answer.json)
    }

    async fn submit(&self, body: &Value) -> (StatusCode, Value) {
        self.request("POST", "/api/budgets/austin-fy2017/submissions", Some(body.to_string())).await
    }

    async fn stored(&self) -> usize {
        self.stored_count("austin-fy2017").await
    }
}

/// A valid submission: $500,000 moved from Libraries to Police.
fn valid_submission(id: &str) -> Value {
    json!({ "id": id, "allocation": budgets::austin_allocation(), "comment": "More patrols downtown." })
}

on_both_databases!(
    lists_and_serves_budgets,
    a_balanced_submission_is_stored_once,
    every_problem_is_listed_and_nothing_is_stored,
    an_unbalanced_budget_is_refused_with_the_shortfall,
    malformed_bodies_get_the_same_error_format,
    unknown_api_routes_are_json_404s,
    health_check_answers,
    invites_are_required_and_single_use,
    concurrent_submissions_are_each_committed_once,
);

const ID: &str = "0b6f6a52-2d4b-4e43-9c55-4a3c1b2e7f10";

async fn lists_and_serves_budgets(backend: Backend) {
    let t = test_app(backend).await;
    let (status, list) = t.request("GET", "/api/budgets", None).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(list[0]["id"], "austin-fy2017");
    assert_eq!(list[0]["title"]["fr"], "Fonds général d’Austin, exercice 2017");

    let (status, budget) = t.request("GET", "/api/budgets/austin-fy2017", None).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(budget["sections"][0]["lines"][0]["id"], "police");
    assert_eq!(budget["sections"][0]["lines"][0]["baseline"], 386_573_423_00i64);

    let (status, body) = t.request("GET", "/api/budgets/nowhere", None).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert_eq!(body["error"], "not_found");
}

async fn a_balanced_submission_is_stored_once(backend: Backend) {
    let t = test_app(backend).await;
    let (status, receipt) = t.submit(&valid_submission(ID)).await;
    assert_eq!(status, StatusCode::CREATED, "{receipt}");
    assert_eq!(receipt["id"], ID);
    let stored = t.store.submissions("austin-fy2017").await.expect("read");
    assert_eq!(stored.len(), 1);
    assert_eq!(stored[0].request.comment, "More patrols downtown.");
    assert_eq!(stored[0].request.allocation["police"], 387_073_423_00);

    // A retry of the same submission returns the original receipt and stores nothing new.
    let (status, again) = t.submit(&valid_submission(ID)).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(again, receipt);
    assert_eq!(t.stored().await, 1);

    // The same id with a different body is refused.
    let mut other = valid_submission(ID);
    other["comment"] = json!("Something else");
    let (status, body) = t.submit(&other).await;
    assert_eq!(status, StatusCode::CONFLICT);
    assert_eq!(body["error"], "conflict");
    assert_eq!(t.stored().await, 1);
}

async fn every_problem_is_listed_and_nothing_is_stored(backend: Backend) {
    let t = test_app(backend).await;
    let mut body = valid_submission("not-a-uuid");
    body["allocation"]["police"] = json!(1);
    body["allocation"]["fire"] = json!(189_013_831_01i64);
    body["allocation"]["stadium"] = json!(5);
    body["allocation"].as_object_mut().expect("object").remove("ems");
    let (status, err) = t.submit(&body).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{err}");
    assert_eq!(err["error"], "invalid_submission");
    let problems: Vec<(String, String)> = err["problems"]
        .as_array()
        .expect("problems")
        .iter()
        .map(|p| (p["path"].as_str().unwrap_or("").to_owned(), p["code"].as_str().unwrap_or("").to_owned()))
        .collect();
    let expected = [
        ("id", "invalid_id"),
        ("allocation.fire", "off_step"),
        ("allocation.police", "out_of_range"),
        ("allocation.stadium", "unknown_line"),
        ("allocation.ems", "missing_line"),
    ];
    assert_eq!(problems, expected.map(|(p, c)| (p.to_owned(), c.to_owned())));
    assert_eq!(t.stored().await, 0);
}

async fn an_unbalanced_budget_is_refused_with_the_shortfall(backend: Backend) {
    let t = test_app(backend).await;
    let mut body = valid_submission(ID);
    body["allocation"]["libraries"] = json!(47_167_036_00i64);
    let (status, err) = t.submit(&body).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(err["problems"][0]["code"], "deficit");
    assert_eq!(err["problems"][0]["message"], "The budget is short by $500,000: cut spending or raise revenue.");
    assert_eq!(t.stored().await, 0);
}

async fn malformed_bodies_get_the_same_error_format(backend: Backend) {
    let t = test_app(backend).await;
    let cases = [
        ("{not json", StatusCode::BAD_REQUEST, ""),
        ("{\"id\": 5}", StatusCode::UNPROCESSABLE_ENTITY, "id"),
        (r#"{"id": "x", "allocation": {}, "extra": 1}"#, StatusCode::UNPROCESSABLE_ENTITY, "extra"),
        (r#"{"allocation": {}}"#, StatusCode::UNPROCESSABLE_ENTITY, "id"),
    ];
    for (body, expected_status, expected_path) in cases {
        let (status, err) = t.request("POST", "/api/budgets/austin-fy2017/submissions", Some(body.into())).await;
        assert_eq!(status, expected_status, "{body}: {err}");
        assert_eq!(err["error"], "malformed_body", "{body}");
        assert_eq!(err["problems"][0]["path"], expected_path, "{body}: {err}");
        assert_eq!(err["problems"][0]["code"], "malformed_body");
    }
    // No content type at all.
    let request = Request::builder()
        .method("POST")
        .uri("/api/budgets/austin-fy2017/submissions")
        .body(Body::from("{}"))
        .expect("request");
    assert_eq!(t.send(request).await.status, StatusCode::UNSUPPORTED_MEDIA_TYPE);
    assert_eq!(t.stored().await, 0);
}

async fn unknown_api_routes_are_json_404s(backend: Backend) {
    let t = test_app(backend).await;
    let (status, body) = t.request("GET", "/api/nothing/here", None).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert_eq!(body["error"], "not_found");
}

async fn health_check_answers(backend: Backend) {
    let t = test_app(backend).await;
    let (status, body) = t.request("GET", "/healthz", None).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(body, "ok");
}

/// A submission with its own id: $100,000 moved from Libraries to Police.
fn numbered_submission(n: usize) -> Value {
    let mut body = valid_submission(&format!("00000000-0000-4000-8000-{n:012}"));
    body["comment"] = json!(format!("Resident {n}"));
    body
}

async fn invites_are_required_and_single_use(backend: Backend) {
    let t = test_app_with(backend, &format!("{AUSTIN}\n[submissions]\nrequire_invite = true\n")).await;
    let codes = ["7KQM-X4RT".to_owned(), "9PWC-3HNA".to_owned()];
    t.store.add_invites("austin-fy2017", &codes, 0).await.expect("store codes");
    let problem = |body: &Value| (body["problems"][0]["path"].clone(), body["problems"][0]["code"].clone());

    let (status, err) = t.submit(&valid_submission(ID)).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{err}");
    assert_eq!(problem(&err), (json!("invite"), json!("invalid_invite")));

    let mut with_code = valid_submission(ID);
    with_code["invite"] = json!("AAAA-AAAA");
    let (status, err) = t.submit(&with_code).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{err}");
    assert_eq!(problem(&err), (json!("invite"), json!("invalid_invite")));
    assert_eq!(err["problems"][0]["message"], "this invite code is not valid or was already used");
    assert_eq!(t.stored().await, 0);

    // Typed in lower case, the first code works; a retry is recognised, not refused as "used".
    with_code["invite"] = json!("7kqm-x4rt");
    let (status, receipt) = t.submit(&with_code).await;
    assert_eq!(status, StatusCode::CREATED, "{receipt}");
    let (status, again) = t.submit(&with_code).await;
    assert_eq!((status, &again), (StatusCode::OK, &receipt));

    // Another submission cannot reuse it.
    let mut second = numbered_submission(2);
    second["invite"] = json!("7KQM-X4RT");
    let (status, err) = t.submit(&second).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{err}");
    assert_eq!(t.stored().await, 1);
    second["invite"] = json!("9PWC 3HNA");
    assert_eq!(t.submit(&second).await.0, StatusCode::CREATED);

    assert_eq!(t.store.invite_used_by("7KQM-X4RT").await.expect("read"), Some(Some(ID.to_owned())));
    // No code is stored in the clear, not even inside the submissions.
    for stored in t.store.submissions("austin-fy2017").await.expect("read") {
        let invite = stored.request.invite.expect("invite kept as a hash");
        assert!(invite.starts_with("sha256:") && invite.len() == 71, "{invite}");
    }
}

async fn concurrent_submissions_are_each_committed_once(backend: Backend) {
    let t = Arc::new(test_app(backend).await);
    let mut tasks = Vec::new();
    for n in 0..120 {
        let t = Arc::clone(&t);
        // Every tenth submission is sent three times at once, as a flaky network's retries would.
        let copies = if n % 10 == 0 { 3 } else { 1 };
        for _ in 0..copies {
            let t = Arc::clone(&t);
            tasks.push(tokio::spawn(async move { (n, t.submit(&numbered_submission(n)).await) }));
        }
    }
    let mut created = std::collections::BTreeMap::new();
    for task in tasks {
        let (n, (status, receipt)) = task.await.expect("task");
        assert!(status == StatusCode::CREATED || status == StatusCode::OK, "{status}: {receipt}");
        if status == StatusCode::CREATED {
            assert!(created.insert(n, receipt).is_none(), "submission {n} was created twice");
        }
    }
    assert_eq!(created.len(), 120);
    let stored = t.store.submissions("austin-fy2017").await.expect("read");
    assert_eq!(stored.len(), 120);
    for s in stored {
        let n: usize = s.id[24..].parse().expect("numbered id");
        assert_eq!(s.request.comment, format!("Resident {n}"));
        assert_eq!(created[&n]["received_at"], s.received_at.as_str());
    }
}
