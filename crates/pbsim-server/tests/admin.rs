//! The officers' API: nothing without credentials, then reports, comments and downloads for an
//! officer logged in with a password or an API token. Driven through `app(state)` without a socket.

// Helpers outside `#[test]` functions set up fixtures: a failure there should stop the test loudly.
#![allow(clippy::expect_used, clippy::unwrap_used)]

use axum::Router;
use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use http_body_util::BodyExt;
use pbsim_core::Budget;
use pbsim_server::budgets::Budgets;
use pbsim_server::store::Store;
use pbsim_server::{AppState, app, auth};
use serde_json::{Value, json};
use std::sync::Arc;
use tower::ServiceExt;

#[path = "support/db.rs"]
mod db;
use db::{Backend, TestDb};

const BUDGET: &str = r#"
id = "town"
currency = "USD"
title = { en = "Town", fr = "Ville" }
other_revenue = 100_00
[source]
name = "Test"
[balance]
rule = "balanced"
[[sections]]
id = "all"
title = { en = "All", fr = "Tout" }
[[sections.lines]]
id = "parks"
label = { en = "Parks", fr = "Parcs" }
baseline = 60_00
min = 0
max = 100_00
step = 10_00
[[sections.lines]]
id = "roads"
label = { en = "Roads", fr = "Routes" }
baseline = 40_00
min = 0
max = 100_00
step = 10_00
[[questions]]
id = "ward"
type = "choice"
label = { en = "Ward?", fr = "Quartier ?" }
[[questions.options]]
id = "north"
label = { en = "North", fr = "Nord" }
population_share = 0.5
[[questions.options]]
id = "south"
label = { en = "South", fr = "Sud" }
population_share = 0.5
"#;

on_both_databases!(
    every_admin_route_answers_401_without_credentials,
    wrong_passwords_and_unknown_officers_are_refused,
    an_officer_reads_the_report_filters_and_weights,
    comments_are_searched_in_any_case,
    downloads_hold_every_submission_with_formulas_neutralised,
    tokens_work_until_revoked_and_sessions_until_they_expire_or_log_out,
    malformed_queries_and_paths_get_the_json_error_body,
);

struct TestApp {
    router: Router,
    store: Store,
    _db: Option<TestDb>,
}

async fn app_on(store: Store, db: Option<TestDb>) -> TestApp {
    let budget = Budget::from_toml(BUDGET).expect("test budget loads");
    let state = AppState {
        budgets: Arc::new(Budgets::from_budgets([budget])),
        store: store.clone(),
        dist: None,
        security: Default::default(),
    };
    TestApp { router: app(state), store, _db: db }
}

async fn test_app(backend: Backend) -> TestApp {
    let db = TestDb::new(backend).await;
    let store = Store::connect(&db.url).await.expect("open test database");
    app_on(store, Some(db)).await
}

struct Answer {
    status: StatusCode,
    headers: axum::http::HeaderMap,
    body: Vec<u8>,
}

impl Answer {
    fn json(&self) -> Value {
        serde_json::from_slice(&self.body).unwrap_or(Value::Null)
    }
    fn text(&self) -> String {
        String::from_utf8_lossy(&self.body).into_owned()
    }
}

impl TestApp {
    async fn call(&self, method: &str, uri: &str, auth: Option<(&str, &str)>, body: Option<Value>) -> Answer {
        let mut builder = Request::builder().method(method).uri(uri);
        if let Some((name, value)) = auth {
            builder = builder.header(name, value);
        }
        if body.is_some() {
            builder = builder.header(header::CONTENT_TYPE, "application/json");
        }
        let request =
            builder.body(body.map(|b| Body::from(b.to_string())).unwrap_or_else(Body::empty)).expect("request");
        let response = self.router.clone().oneshot(request).await.expect("router answers");
        let (status, headers) = (response.status(), response.headers().clone());
        let body = response.into_body().collect().await.expect("body").to_bytes().to_vec();
        Answer { status, headers, body }
    }

    async fn submit(&self, id: &str, parks: i64, ward: Option<&str>, comment: &str) {
        let mut body = json!({
            "id": id,
            "allocation": { "parks": parks, "roads": 100_00 - parks },
            "comment": comment,
        });
        if let Some(w) = ward {
            body["answers"] = json!({ "ward": w });
        }
        let r = self.call("POST", "/api/budgets/town/submissions", None, Some(body)).await;
        assert_eq!(r.status, StatusCode::CREATED, "{}", r.text());
    }

    async fn seed(&self) {
        self.submit("00000000-0000-4000-8000-000000000001", 60_00, Some("north"), "Keep the parks").await;
        self.submit("00000000-0000-4000-8000-000000000002", 80_00, Some("north"), "=HYPERLINK(\"http://x\")").await;
        self.submit("00000000-0000-4000-8000-000000000003", 20_00, Some("south"), "Fix the ROADS first").await;
        self.submit("00000000-0000-4000-8000-000000000004", 50_00, None, "").await;
    }

    /// Logs in and returns the `Cookie` header value.
    async fn login(&self, user: &str, password: &str) -> Answer {
        self.call("POST", "/api/admin/login", None, Some(json!({ "username": user, "password": password }))).await
    }
}

async fn officer(t: &TestApp) -> String {
    let hash = auth::hash_password("a long password").expect("hash");
    t.store.set_admin_user("alice", &hash, auth::now()).await.expect("add officer");
    let r = t.login("alice", "a long password").await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text());
    let cookie = r.headers[header::SET_COOKIE].to_str().expect("cookie").to_owned();
    assert!(cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict"), "{cookie}");
    cookie.split(';').next().expect("pair").to_owned()
}

const ADMIN_ROUTES: &[&str] = &[
    "/api/admin/me",
    "/api/admin/budgets/town/report",
    "/api/admin/budgets/town/comments",
    "/api/admin/budgets/town/export/csv",
    "/api/admin/budgets/town/export/xlsx",
    "/api/admin/budgets/town/export/json",
    "/api/admin/budgets/nowhere/report",
    "/api/admin/no-such-route",
];

async fn every_admin_route_answers_401_without_credentials(backend: Backend) {
    let t = test_app(backend).await;
    t.seed().await;
    let bad: &[Option<(&str, &str)>] = &[
        None,
        Some(("cookie", "pbsim_session=0123.4567")),
        Some(("authorization", "Bearer pbsim_0123_4567")),
        Some(("authorization", "Bearer nonsense")),
    ];
    for route in ADMIN_ROUTES {
        for auth in bad {
            let r = t.call("GET", route, *auth, None).await;
            assert_eq!(r.status, StatusCode::UNAUTHORIZED, "{route} with {auth:?}");
            assert_eq!(r.json()["error"], "unauthorized");
            assert!(!r.text().contains("HYPERLINK"));
        }
    }
    // The public API never hands out submissions.
    let r = t.call("GET", "/api/budgets/town/submissions", None, None).await;
    assert_ne!(r.status, StatusCode::OK);
}

async fn wrong_passwords_and_unknown_officers_are_refused(backend: Backend) {
    let t = test_app(backend).await;
    officer(&t).await;
    assert_eq!(t.login("alice", "not the password").await.status, StatusCode::UNAUTHORIZED);
    assert_eq!(t.login("bob", "a long password").await.status, StatusCode::UNAUTHORIZED);
    let r = t.call("POST", "/api/admin/login", None, Some(json!({ "username": "alice" }))).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
}

async fn an_officer_reads_the_report_filters_and_weights(backend: Backend) {
    let t = test_app(backend).await;
    t.seed().await;
    let cookie = officer(&t).await;
    let auth = Some(("cookie", cookie.as_str()));
    let r = t.call("GET", "/api/admin/me", auth, None).await;
    assert_eq!(r.json()["name"], "alice");

    let r = t.call("GET", "/api/admin/budgets/town/report", auth, None).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text());
    let body = r.json();
    assert_eq!(body["report"]["submissions"], 4);
    assert_eq!(body["per_day"][0]["count"], 4);
    let parks = &body["report"]["lines"][0];
    assert_eq!(parks["id"], "parks");
    // Shares of parks: 0.6, 0.8, 0.2, 0.5: median 0.55, mean 0.525.
    assert!((parks["share"]["median"].as_f64().unwrap() - 0.55).abs() < 1e-12);
    assert!((parks["share"]["mean"].as_f64().unwrap() - 0.525).abs() < 1e-12);
    let im = parks["share"]["independent_markets"].as_f64().unwrap()
        + body["report"]["lines"][1]["share"]["independent_markets"].as_f64().unwrap();
    assert!((im - 1.0).abs() < 1e-12);

    let r = t.call("GET", "/api/admin/budgets/town/report?filter=ward:south", auth, None).await;
    assert_eq!(r.json()["report"]["submissions"], 1);
    assert_eq!(r.json()["report"]["total_submissions"], 4);
    let r = t.call("GET", "/api/admin/budgets/town/report?weight_by=ward&bootstrap=20", auth, None).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text());
    assert_eq!(r.json()["report"]["weighting"]["question"], "ward");
    assert!(r.json()["report"]["lines"][0]["share"]["intervals"]["mean"]["low"].is_number());
    let r = t.call("GET", "/api/admin/budgets/town/report?filter=age:young", auth, None).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    let r = t.call("GET", "/api/admin/budgets/town/report?weight_by=nothing", auth, None).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
}

async fn comments_are_searched_in_any_case(backend: Backend) {
    let t = test_app(backend).await;
    t.seed().await;
    let cookie = officer(&t).await;
    let auth = Some(("cookie", cookie.as_str()));
    let r = t.call("GET", "/api/admin/budgets/town/comments", auth, None).await;
    assert_eq!(r.json()["total"], 3);
    let r = t.call("GET", "/api/admin/budgets/town/comments?q=roads", auth, None).await;
    assert_eq!(r.json()["total"], 1);
    assert_eq!(r.json()["comments"][0]["text"], "Fix the ROADS first");
    let r = t.call("GET", "/api/admin/budgets/town/comments?q=parks&filter=ward:south", auth, None).await;
    assert_eq!(r.json()["total"], 0);
}

async fn downloads_hold_every_submission_with_formulas_neutralised(backend: Backend) {
    let t = test_app(backend).await;
    t.seed().await;
    let cookie = officer(&t).await;
    let auth = Some(("cookie", cookie.as_str()));
    let r = t.call("GET", "/api/admin/budgets/town/export/csv", auth, None).await;
    assert_eq!(r.status, StatusCode::OK);
    assert!(r.headers[header::CONTENT_DISPOSITION].to_str().unwrap().contains("town-submissions.csv"));
    let csv = r.text();
    let lines: Vec<&str> = csv.lines().collect();
    assert_eq!(lines[0], "submission,received_at,locale,parks,roads,answer:ward,comment:all,comment");
    assert_eq!(lines.len(), 5);
    assert!(lines[2].ends_with(",8000,2000,north,,\"'=HYPERLINK(\"\"http://x\"\")\""), "{}", lines[2]);

    let r = t.call("GET", "/api/admin/budgets/town/export/xlsx", auth, None).await;
    assert_eq!(r.status, StatusCode::OK);
    assert_eq!(&r.body[..2], b"PK");
    let r = t.call("GET", "/api/admin/budgets/town/export/json?filter=ward:north", auth, None).await;
    assert_eq!(r.json().as_array().map(Vec::len), Some(2));
    let r = t.call("GET", "/api/admin/budgets/town/export/pdf", auth, None).await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);
}

/// A query parameter or path segment the route cannot read is answered in the same JSON error
/// body as every other mistake, naming what is wrong, never axum's plain-text rejection.
async fn malformed_queries_and_paths_get_the_json_error_body(backend: Backend) {
    let t = test_app(backend).await;
    t.seed().await;
    let cookie = officer(&t).await;
    let auth = Some(("cookie", cookie.as_str()));
    for (uri, field) in [
        ("/api/admin/budgets/town/report?bins=x", "bins"),
        ("/api/admin/budgets/town/report?bootstrap=-1", "bootstrap"),
        ("/api/admin/budgets/town/comments?bins=many", "bins"),
        ("/api/admin/budgets/town/export/csv?bins=1.5", "bins"),
    ] {
        let r = t.call("GET", uri, auth, None).await;
        assert_eq!(r.status, StatusCode::BAD_REQUEST, "{uri}: {}", r.text());
        assert_eq!(r.json()["error"], "malformed_query", "{uri}: {}", r.text());
        assert_eq!(r.json()["problems"][0]["path"], field, "{uri}: {}", r.text());
    }
    for uri in [
        "/api/admin/budgets/town/export/pdf",
        "/api/admin/budgets/nowhere/report",
        "/api/admin/budgets/nowhere/export/csv",
        "/api/admin/budgets/%FF/comments",
    ] {
        let r = t.call("GET", uri, auth, None).await;
        assert_eq!(r.status, StatusCode::NOT_FOUND, "{uri}: {}", r.text());
        assert_eq!(r.json()["error"], "not_found", "{uri}: {}", r.text());
        assert!(r.json()["message"].as_str().is_some_and(|m| !m.is_empty()), "{uri}: {}", r.text());
    }
    // A filter that can match nothing names the answer the question does not offer.
    let r = t.call("GET", "/api/admin/budgets/town/comments?filter=ward:east", auth, None).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", r.text());
    assert_eq!(r.json()["problems"][0]["path"], "filter");
    assert!(r.text().contains("east"), "{}", r.text());
}

async fn tokens_work_until_revoked_and_sessions_until_they_expire_or_log_out(backend: Backend) {
    let t = test_app(backend).await;
    let token = auth::create_token(&t.store, "reporting").await.expect("token");
    let bearer = format!("Bearer {token}");
    let r = t.call("GET", "/api/admin/me", Some(("authorization", &bearer)), None).await;
    assert_eq!(r.status, StatusCode::OK);
    assert_eq!(r.json()["name"], "reporting");
    // Right id, wrong secret (the last character changed, whatever it was).
    let swap = if bearer.ends_with('0') { '1' } else { '0' };
    let forged = format!("{}{swap}", &bearer[..bearer.len() - 1]);
    assert_eq!(
        t.call("GET", "/api/admin/me", Some(("authorization", &forged)), None).await.status,
        StatusCode::UNAUTHORIZED
    );
    assert!(t.store.revoke_admin_token("reporting").await.expect("revoke"));
    assert_eq!(
        t.call("GET", "/api/admin/me", Some(("authorization", &bearer)), None).await.status,
        StatusCode::UNAUTHORIZED
    );

    // An expired session is refused.
    t.store
        .create_admin_session("old", &auth::secret_hash("s3cret"), "alice", auth::now() - 1, auth::now())
        .await
        .expect("session");
    let r = t.call("GET", "/api/admin/me", Some(("cookie", "pbsim_session=old.s3cret")), None).await;
    assert_eq!(r.status, StatusCode::UNAUTHORIZED);

    let cookie = officer(&t).await;
    let r = t.call("POST", "/api/admin/logout", Some(("cookie", &cookie)), None).await;
    assert_eq!(r.status, StatusCode::NO_CONTENT);
    assert!(r.headers[header::SET_COOKIE].to_str().unwrap().contains("Max-Age=0"));
    assert_eq!(t.call("GET", "/api/admin/me", Some(("cookie", &cookie)), None).await.status, StatusCode::UNAUTHORIZED);
}

/// Two servers on one PostgreSQL database accept each other's sessions: a load balancer may send
/// an officer's next request to either.
#[tokio::test]
async fn servers_sharing_postgres_share_sessions() {
    let db = TestDb::new(Backend::Postgres).await;
    let (a, b) = (Store::connect(&db.url).await.expect("store a"), Store::connect(&db.url).await.expect("store b"));
    let (one, two) = (app_on(a, None).await, app_on(b, None).await);
    let cookie = officer(&one).await;
    let r = two.call("GET", "/api/admin/me", Some(("cookie", &cookie)), None).await;
    assert_eq!(r.status, StatusCode::OK);
    one.store.close().await;
    two.store.close().await;
}
