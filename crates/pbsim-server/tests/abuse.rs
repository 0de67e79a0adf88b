//! What a careless or hostile client meets: every rule listed at once, bodies too large or not
//! JSON, the per-client rate limit, the honeypot, and request ids on every answer and in the log.

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

use answer::Answer;
use app::{Setup, TestApp};
use axum::body::Body;
use axum::extract::ConnectInfo;
use axum::http::{Request, StatusCode, header};
use budgets::{AUSTIN, MARKHAM};
use pbsim_core::Budget;
use pbsim_server::limits::RateLimit;
use serde_json::{Value, json};
use std::net::SocketAddr;

const SUBMIT: &str = "/api/budgets/austin-fy2017/submissions";

async fn test_app_with(budgets: &[&str], rate_limit: Option<RateLimit>) -> TestApp {
    let setup = Setup::new(budgets);
    match rate_limit {
        Some(limit) => setup.rate_limit(limit),
        None => setup,
    }
    .on_sqlite()
    .await
}

async fn test_app() -> TestApp {
    test_app_with(&[AUSTIN, MARKHAM], None).await
}

impl TestApp {
    async fn post(&self, uri: &str, body: impl Into<Body>, peer: Option<&str>) -> Answer {
        let mut request =
            Request::post(uri).header(header::CONTENT_TYPE, "application/json").body(body.into()).unwrap();
        if let Some(peer) = peer {
            request.extensions_mut().insert(ConnectInfo(peer.parse::<SocketAddr>().unwrap()));
        }
        self.send(request).await
    }

    async fn submit(&self, body: &Value) -> Answer {
        self.post(SUBMIT, body.to_string(), None).await
    }

    async fn stored(&self, budget: &str) -> usize {
        self.stored_count(budget).await
    }
}

/// A valid submission to Austin: $500,000 moved from Libraries to Police.
fn valid(id: &str) -> Value {
    json!({ "id": id, "allocation": budgets::austin_allocation(), "comment": "More patrols downtown." })
}

fn id(n: u32) -> String {
    format!("0b6f6a52-2d4b-4e43-9c55-{n:012}")
}

fn problems(answer: &Answer) -> Vec<(String, String)> {
    answer.json["problems"]
        .as_array()
        .expect("problems")
        .iter()
        .map(|p| (p["path"].as_str().unwrap().to_owned(), p["code"].as_str().unwrap().to_owned()))
        .collect()
}

fn pairs(expected: &[(&str, &str)]) -> Vec<(String, String)> {
    expected.iter().map(|(p, c)| ((*p).to_owned(), (*c).to_owned())).collect()
}

#[tokio::test]
async fn every_rule_breaks_in_one_answer() {
    let t = test_app().await;
    // Every rule that does not depend on the balance, broken at once.
    let mut body = valid("not-a-uuid");
    body["allocation"]["police"] = json!(1); // below the minimum
    body["allocation"]["fire"] = json!(189_013_831_01i64); // between two steps
    body["allocation"]["stadium"] = json!(5); // no such line
    body["allocation"].as_object_mut().unwrap().remove("ems");
    body["section_comments"] = json!({ "safety": "x".repeat(2_001), "sports": "Go team" });
    body["comment"] = json!("é".repeat(2_001));
    body["answers"] = json!({ "district": "11", "shoe-size": "9", "priority": "p".repeat(501), "age": "25-44" });
    let answer = t.submit(&body).await;
    assert_eq!(answer.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", answer.json);
    assert_eq!(answer.json["error"], "invalid_submission");
    assert_eq!(
        problems(&answer),
        pairs(&[
            ("id", "invalid_id"),
            ("allocation.fire", "off_step"),
            ("allocation.police", "out_of_range"),
            ("allocation.stadium", "unknown_line"),
            ("allocation.ems", "missing_line"),
            ("section_comments.safety", "too_long"),
            ("section_comments.sports", "unknown_section"),
            ("comment", "too_long"),
            ("answers.district", "unknown_option"),
            ("answers.priority", "too_long"),
            ("answers.shoe-size", "unknown_question"),
        ])
    );
    assert_eq!(answer.json["problems"][7]["message"], "2001 characters is more than the 2000 allowed");

    // The balance rules, listed together with the other problems of the same body.
    for (line, change, code) in [("police", 500_000_00, "deficit"), ("libraries", -500_000_00, "surplus")] {
        let mut body = valid("still-not-a-uuid");
        body["allocation"] = json!(Budget::from_toml(AUSTIN).unwrap().baseline_allocation());
        body["allocation"][line] = json!(body["allocation"][line].as_i64().unwrap() + change);
        body["answers"] = json!({ "age": "ninety" });
        let answer = t.submit(&body).await;
        assert_eq!(
            problems(&answer),
            pairs(&[("id", "invalid_id"), ("allocation", code), ("answers.age", "unknown_option")]),
            "{}",
            answer.json
        );
    }
    assert_eq!(t.stored("austin-fy2017").await, 0);

    // A budget that asks for a change refuses the untouched baseline.
    let strict = AUSTIN.replace("must_change = false", "must_change = true");
    let t = test_app_with(&[&strict], None).await;
    let mut body = valid(&id(1));
    body["allocation"] = json!(Budget::from_toml(AUSTIN).unwrap().baseline_allocation());
    let answer = t.submit(&body).await;
    assert_eq!(problems(&answer), pairs(&[("allocation", "unchanged")]), "{}", answer.json);
    assert_eq!(t.stored("austin-fy2017").await, 0);
}

/// The largest valid submission a resident can make to `toml`'s budget: every comment and text
/// answer at its longest, written with `ch`.
fn largest_submission(toml: &str, ch: char, n: u32) -> (String, String) {
    let budget = Budget::from_toml(toml).unwrap();
    let mut allocation = budget.baseline_allocation();
    // Move one step from the last line to the first, for a change that keeps the balance
    // wherever both are spending (true of both real budgets' first and last lines).
    let lines: Vec<_> = budget.lines().collect();
    let step = lines[lines.len() - 1].step.max(lines[0].step);
    let text = |n: usize| std::iter::repeat_n(ch, n).collect::<String>();
    let mut body = json!({
        "id": id(n),
        "allocation": allocation.clone(),
        "comment": text(pbsim_core::submission::MAX_COMMENT_CHARS),
        "section_comments": budget.sections.iter().map(|s| (s.id.clone(), json!(text(pbsim_core::submission::MAX_COMMENT_CHARS)))).collect::<serde_json::Map<_, _>>(),
        "answers": budget.questions.iter().map(|q| (q.id.clone(), match &q.kind {
            pbsim_core::QuestionKind::Choice { options } => json!(options.last().unwrap().id),
            pbsim_core::QuestionKind::Text { max_chars } => json!(text(*max_chars)),
        })).collect::<serde_json::Map<_, _>>(),
    });
    if budget.balance_problem(&allocation).is_none() {
        // Already valid at baseline.
    } else {
        *allocation.get_mut(&lines[0].id).unwrap() += step;
        body["allocation"] = json!(allocation);
    }
    (budget.id.clone(), body.to_string())
}

#[tokio::test]
async fn the_largest_real_submission_fits_and_a_larger_body_is_413() {
    let t = test_app().await;
    for (n, (toml, ch)) in [(AUSTIN, '\u{1}'), (MARKHAM, '😀'), (AUSTIN, '"')].into_iter().enumerate() {
        let (budget, body) = largest_submission(toml, ch, n as u32);
        let answer = t.post(&format!("/api/budgets/{budget}/submissions"), body.clone(), None).await;
        assert!(answer.status.is_success(), "{budget} with {ch:?} ({} bytes): {}", body.len(), answer.json);
    }
    assert_eq!(t.stored("austin-fy2017").await, 2);
    assert_eq!(t.stored("markham-2023").await, 1);

    let too_big = format!(r#"{{"id": "{}", "allocation": {{}}, "comment": "{}"}}"#, id(9), "a".repeat(1 << 20));
    let answer = t.post(SUBMIT, too_big, None).await;
    assert_eq!(answer.status, StatusCode::PAYLOAD_TOO_LARGE);
    assert_eq!(answer.json["error"], "body_too_large", "{}", answer.json);
    assert!(answer.json["message"].as_str().unwrap().contains("larger"));
    assert_eq!(t.stored("austin-fy2017").await, 2);
}

#[tokio::test]
async fn bodies_that_are_not_submissions_get_the_error_format_with_a_path() {
    let t = test_app().await;
    let whole = valid(&id(2)).to_string();
    let cases: Vec<(Vec<u8>, StatusCode, &str)> = vec![
        (b"{\"id\": \"\xff\xfe\"}".to_vec(), StatusCode::BAD_REQUEST, "id"),
        (whole.as_bytes()[..whole.len() / 2].to_vec(), StatusCode::BAD_REQUEST, "allocation"),
        (format!("{whole} trailing").into_bytes(), StatusCode::BAD_REQUEST, ""),
        (br#"{"id": 5}"#.to_vec(), StatusCode::UNPROCESSABLE_ENTITY, "id"),
        (
            br#"{"id": "x", "allocation": {"police": "lots"}}"#.to_vec(),
            StatusCode::UNPROCESSABLE_ENTITY,
            "allocation.police",
        ),
        (
            br#"{"id": "x", "allocation": {"police": 1e99}}"#.to_vec(),
            StatusCode::UNPROCESSABLE_ENTITY,
            "allocation.police",
        ),
        (
            br#"{"id": "x", "allocation": {"police": 9223372036854775808}}"#.to_vec(),
            StatusCode::UNPROCESSABLE_ENTITY,
            "allocation.police",
        ),
        (
            br#"{"id": "x", "allocation": {}, "answers": {"age": ["a"]}}"#.to_vec(),
            StatusCode::UNPROCESSABLE_ENTITY,
            "answers.age",
        ),
        (br#"{"id": "x", "allocation": {}, "locale": "de"}"#.to_vec(), StatusCode::UNPROCESSABLE_ENTITY, "locale"),
        (br#"{"id": "x", "allocation": {}, "webSite": ""}"#.to_vec(), StatusCode::UNPROCESSABLE_ENTITY, "webSite"),
        (br#"{"allocation": {}}"#.to_vec(), StatusCode::UNPROCESSABLE_ENTITY, "id"),
        (br#"[]"#.to_vec(), StatusCode::UNPROCESSABLE_ENTITY, ""),
        (
            format!(r#"{{"comment": {}{}}}"#, "[".repeat(10_000), "]".repeat(10_000)).into_bytes(),
            StatusCode::UNPROCESSABLE_ENTITY,
            "comment",
        ),
        (Vec::new(), StatusCode::BAD_REQUEST, ""),
    ];
    for (body, expected, path) in cases {
        let shown = String::from_utf8_lossy(&body).chars().take(80).collect::<String>();
        let answer = t.post(SUBMIT, body, None).await;
        assert_eq!(answer.status, expected, "{shown}: {}", answer.json);
        assert_eq!(answer.json["error"], "malformed_body", "{shown}");
        assert_eq!(answer.json["problems"][0]["path"], path, "{shown}: {}", answer.json);
        assert_eq!(answer.json["problems"][0]["code"], "malformed_body");
    }
    // Without the JSON content type, whatever the body.
    for content_type in [None, Some("text/plain"), Some("application/x-www-form-urlencoded")] {
        let mut request = Request::post(SUBMIT);
        if let Some(ct) = content_type {
            request = request.header(header::CONTENT_TYPE, ct);
        }
        let answer = t.send(request.body(Body::from(whole.clone())).unwrap()).await;
        assert_eq!(answer.status, StatusCode::UNSUPPORTED_MEDIA_TYPE, "{content_type:?}");
        assert_eq!(answer.json["error"], "malformed_body", "{content_type:?}");
        assert!(answer.json["message"].as_str().unwrap().contains("application/json"));
    }
    assert_eq!(t.stored("austin-fy2017").await, 0);
}

#[tokio::test]
async fn a_client_over_its_rate_limit_gets_429_and_others_are_unaffected() {
    let t = test_app_with(&[AUSTIN], Some(RateLimit { per_minute: 3, trust_forwarded_for: false })).await;
    let alice = Some("192.0.2.10:50000");
    let bob = Some("198.51.100.20:40000");
    for n in 0..3 {
        let answer = t.post(SUBMIT, valid(&id(n)).to_string(), alice).await;
        assert_eq!(answer.status, StatusCode::CREATED, "submission {n}: {}", answer.json);
    }
    // The fourth within the minute, even from another port of the same address.
    let answer = t.post(SUBMIT, valid(&id(3)).to_string(), Some("192.0.2.10:50001")).await;
    assert_eq!(answer.status, StatusCode::TOO_MANY_REQUESTS, "{}", answer.json);
    assert_eq!(answer.json["error"], "rate_limited");
    let message = answer.json["message"].as_str().unwrap();
    assert!(message.starts_with("too many requests from your connection: try again in"), "{message}");
    let retry_after: u64 = answer.headers[header::RETRY_AFTER].to_str().unwrap().parse().unwrap();
    assert!((1..=21).contains(&retry_after), "one request comes back every 20 s: {retry_after}");
    assert_eq!(t.stored("austin-fy2017").await, 3, "a refused request stores nothing");

    // Another client, and reading, are not limited.
    let answer = t.post(SUBMIT, valid(&id(4)).to_string(), bob).await;
    assert_eq!(answer.status, StatusCode::CREATED, "{}", answer.json);
    let mut read = Request::get("/api/budgets/austin-fy2017").body(Body::empty()).unwrap();
    read.extensions_mut().insert(ConnectInfo("192.0.2.10:50000".parse::<SocketAddr>().unwrap()));
    assert_eq!(t.send(read).await.status, StatusCode::OK);

    // Officers' logins count apart: Alice's submissions did not use up her login attempts.
    let login = json!({ "username": "nobody", "password": "wrong" }).to_string();
    for _ in 0..3 {
        assert_eq!(t.post("/api/admin/login", login.clone(), alice).await.status, StatusCode::UNAUTHORIZED);
    }
    let answer = t.post("/api/admin/login", login, alice).await;
    assert_eq!(answer.status, StatusCode::TOO_MANY_REQUESTS);
    assert_eq!(answer.json["error"], "rate_limited");
}

#[tokio::test]
async fn behind_a_trusted_proxy_clients_are_told_apart_by_forwarded_for() {
    let proxy: SocketAddr = "10.0.0.1:60000".parse().unwrap();
    for (trust, second_status) in [(true, StatusCode::CREATED), (false, StatusCode::TOO_MANY_REQUESTS)] {
        let t = test_app_with(&[AUSTIN], Some(RateLimit { per_minute: 1, trust_forwarded_for: trust })).await;
        let mut statuses = Vec::new();
        for (n, client) in ["203.0.113.1", "203.0.113.2"].iter().enumerate() {
            let mut request = Request::post(SUBMIT)
                .header(header::CONTENT_TYPE, "application/json")
                // A client-written entry first, then the one the proxy added.
                .header("x-forwarded-for", format!("192.0.2.99, {client}"))
                .body(Body::from(valid(&id(n as u32)).to_string()))
                .unwrap();
            request.extensions_mut().insert(ConnectInfo(proxy));
            statuses.push(t.send(request).await.status);
        }
        assert_eq!(statuses, [StatusCode::CREATED, second_status], "trust_forwarded_for = {trust}");
    }
}

#[tokio::test]
async fn requests_without_a_peer_address_share_one_bucket_and_never_fail() {
    let t = test_app_with(&[AUSTIN], Some(RateLimit { per_minute: 2, trust_forwarded_for: false })).await;
    let mut statuses = Vec::new();
    for n in 0..3 {
        statuses.push(t.submit(&valid(&id(n))).await.status);
    }
    assert_eq!(statuses, [StatusCode::CREATED, StatusCode::CREATED, StatusCode::TOO_MANY_REQUESTS]);
}

#[tokio::test]
async fn the_rate_limit_sees_real_sockets() {
    // Served as `pbsim serve` serves: with the peer address of each connection.
    let t = test_app_with(&[AUSTIN], Some(RateLimit { per_minute: 2, trust_forwarded_for: false })).await;
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let service = t.router.clone().into_make_service_with_connect_info::<SocketAddr>();
    let server = tokio::spawn(async move { axum::serve(listener, service).await });
    let mut statuses = Vec::new();
    for n in 0..3 {
        statuses.push(raw_post(addr, SUBMIT, &valid(&id(n)).to_string()).await);
    }
    server.abort();
    assert_eq!(statuses, ["201", "201", "429"]);
    assert_eq!(t.stored("austin-fy2017").await, 2);
}

/// POSTs JSON over a fresh connection and returns the status code. Blocking I/O on its own
/// thread, so the server keeps running on the test's.
async fn raw_post(addr: SocketAddr, path: &str, body: &str) -> String {
    use std::io::{Read, Write};
    let request = format!(
        "POST {path} HTTP/1.1\r\nHost: {addr}\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
        body.len()
    );
    tokio::task::spawn_blocking(move || {
        let mut stream = std::net::TcpStream::connect(addr).unwrap();
        stream.write_all(request.as_bytes()).unwrap();
        let mut response = String::new();
        stream.read_to_string(&mut response).unwrap();
        response.split(' ').nth(1).unwrap().to_owned()
    })
    .await
    .unwrap()
}

#[tokio::test]
async fn a_filled_honeypot_looks_stored_but_is_not() {
    let t = test_app().await;
    let mut body = valid(&id(1));
    body["website"] = json!("http://cheap-pills.example");
    let answer = t.submit(&body).await;
    assert_eq!(answer.status, StatusCode::CREATED, "{}", answer.json);
    assert_eq!(answer.json["id"], id(1).as_str());
    assert!(answer.json["received_at"].as_str().unwrap().ends_with('Z'), "{}", answer.json);
    assert_eq!(answer.json.as_object().unwrap().len(), 2, "a receipt like any other: {}", answer.json);
    assert_eq!(t.stored("austin-fy2017").await, 0);

    // A bot's invalid body is refused like anyone's: the honeypot does not reveal itself.
    let mut bad = body.clone();
    bad["allocation"]["police"] = json!(1);
    assert_eq!(t.submit(&bad).await.status, StatusCode::UNPROCESSABLE_ENTITY);

    // Left empty, as people leave it, the submission is stored, and without the field.
    let mut body = valid(&id(2));
    body["website"] = json!("");
    assert_eq!(t.submit(&body).await.status, StatusCode::CREATED);
    let stored = t.store.submissions("austin-fy2017").await.unwrap();
    assert_eq!(stored.len(), 1);
    assert!(!serde_json::to_string(&stored[0].request).unwrap().contains("website"));
}

#[tokio::test]
async fn every_answer_carries_a_request_id() {
    let t = test_app().await;
    let get = |id: Option<&str>| {
        let mut request = Request::get("/api/budgets");
        if let Some(id) = id {
            request = request.header("x-request-id", id);
        }
        request.body(Body::empty()).unwrap()
    };
    let answer = t.send(get(None)).await;
    let made = answer.headers["x-request-id"].to_str().unwrap().to_owned();
    assert!(pbsim_core::submission::is_uuid(&made), "{made}");
    let again = t.send(get(None)).await;
    assert_ne!(again.headers["x-request-id"], made.as_str(), "a new id per request");

    // A caller's own id is kept when it is a sane token, replaced when it is not.
    let answer = t.send(get(Some("lb-7f3a.42"))).await;
    assert_eq!(answer.headers["x-request-id"], "lb-7f3a.42");
    let answer = t.send(get(Some("a b\" injected=1"))).await;
    assert!(pbsim_core::submission::is_uuid(answer.headers["x-request-id"].to_str().unwrap()));

    // Errors too, and the rate limiter's.
    let answer = t.post(SUBMIT, "{", None).await;
    assert!(answer.headers.contains_key("x-request-id"));
}
