//! Many budgets on one server, and embedding them on council sites: each budget keeps its own
//! submissions, and answers with the framing (CSP), CORS and security headers its file asks for.
//! Driven through `app(state)` without a socket, against a real SQLite file.

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
use axum::http::{HeaderMap, Request, StatusCode, header};
use budgets::AUSTIN;
use pbsim_core::Budget;
use pbsim_server::security::Security;
use serde_json::{Value, json};

const NORTH_SITE: &str = "https://www.north.example";
const SOUTH_SITE: &str = "https://south.example:8443";
const SERVER_WIDE: &str = "https://partner.example";

/// The Austin budget under another id, embeddable by `site`.
fn budget(id: &str, site: &str) -> Budget {
    let text = AUSTIN.replacen("id = \"austin-fy2017\"", &format!("id = \"{id}\""), 1)
        + &format!("\n[embed]\nallowed_origins = [\"{site}\"]\n");
    Budget::from_toml(&text).expect("test budget loads")
}

/// A server with two budgets, `north` and `south`, each embeddable by its own council's site, and
/// a server-wide partner allowed to frame and call every budget.
async fn test_app() -> TestApp {
    let security = Security::new(&[SERVER_WIDE.into()], &[SERVER_WIDE.into()]).expect("valid origins");
    Setup::of([budget("north", NORTH_SITE), budget("south", SOUTH_SITE)]).security(security).on_sqlite().await
}

impl TestApp {
    async fn call(&self, request: Request<Body>) -> (StatusCode, HeaderMap, Value) {
        let answer = self.send(request).await;
        (answer.status, answer.headers, answer.json)
    }

    async fn get(&self, uri: &str, origin: Option<&str>) -> (StatusCode, HeaderMap, Value) {
        let mut builder = Request::builder().uri(uri).header(header::HOST, "pbsim.example");
        if let Some(origin) = origin {
            builder = builder.header(header::ORIGIN, origin);
        }
        self.call(builder.body(Body::empty()).expect("request")).await
    }

    async fn submit(&self, budget: &str, body: &Value, origin: Option<&str>) -> (StatusCode, HeaderMap, Value) {
        let mut builder = Request::builder()
            .method("POST")
            .uri(format!("/api/budgets/{budget}/submissions"))
            .header(header::HOST, "pbsim.example")
            .header(header::CONTENT_TYPE, "application/json");
        if let Some(origin) = origin {
            builder = builder.header(header::ORIGIN, origin);
        }
        self.call(builder.body(Body::from(body.to_string())).expect("request")).await
    }

    async fn stored(&self, budget: &str) -> Vec<(String, String)> {
        let rows = self.store.submissions(budget).await.expect("read submissions");
        rows.into_iter().map(|s| (s.id, s.request.comment)).collect()
    }
}

/// A valid submission for either budget (they share Austin's lines).
fn submission(id: &str, comment: &str) -> Value {
    json!({ "id": id, "allocation": budgets::austin_allocation(), "comment": comment })
}

const NORTH_ID: &str = "0b6f6a52-2d4b-4e43-9c55-4a3c1b2e7f10";
const SOUTH_ID: &str = "1c7a7b63-3e5c-4f54-8d66-5b4d2c3f8a21";

fn header<'a>(headers: &'a HeaderMap, name: &str) -> &'a str {
    headers.get(name).map_or("", |v| v.to_str().expect("ASCII header"))
}

#[tokio::test]
async fn two_budgets_on_one_server_keep_their_submissions_apart() {
    let t = test_app().await;
    let (status, _, list) = t.get("/api/budgets", None).await;
    assert_eq!(status, StatusCode::OK);
    let ids: Vec<&str> = list.as_array().expect("a list").iter().map(|b| b["id"].as_str().expect("id")).collect();
    assert_eq!(ids, ["north", "south"]);

    assert_eq!(t.submit("north", &submission(NORTH_ID, "north resident"), None).await.0, StatusCode::CREATED);
    assert_eq!(t.submit("south", &submission(SOUTH_ID, "south resident"), None).await.0, StatusCode::CREATED);
    assert_eq!(t.stored("north").await, [(NORTH_ID.to_owned(), "north resident".to_owned())]);
    assert_eq!(t.stored("south").await, [(SOUTH_ID.to_owned(), "south resident".to_owned())]);

    // North's submission id sent to South, even with the very same body, is refused: South's
    // submitter does not learn North's receipt, and nothing moves between budgets.
    let (status, _, body) = t.submit("south", &submission(NORTH_ID, "north resident"), None).await;
    assert_eq!(status, StatusCode::CONFLICT, "{body}");
    assert_eq!(body["error"], "conflict");
    assert!(body.get("received_at").is_none(), "{body}");
    assert_eq!(t.stored("south").await.len(), 1);
    assert_eq!(t.stored("north").await, [(NORTH_ID.to_owned(), "north resident".to_owned())]);
}

#[tokio::test]
async fn each_budgets_pages_may_be_framed_by_its_own_council_only() {
    let t = test_app().await;
    for path in ["/b/north", "/embed/north", "/b/north/results", "/embed/north/results"] {
        let (_, headers, _) = t.get(path, None).await;
        let csp = header(&headers, "content-security-policy");
        assert!(csp.ends_with(&format!("frame-ancestors 'self' {NORTH_SITE} {SERVER_WIDE}")), "{path}: {csp}");
        assert!(!csp.contains(SOUTH_SITE), "{path}: {csp}");
        assert_eq!(header(&headers, "x-frame-options"), "", "{path}: third parties may frame it");
    }
    let (_, headers, _) = t.get("/embed/south", None).await;
    assert!(header(&headers, "content-security-policy").ends_with(&format!("'self' {SOUTH_SITE} {SERVER_WIDE}")));

    // Pages of no budget: only pbsim itself and the server-wide list.
    let (_, headers, _) = t.get("/", None).await;
    assert!(header(&headers, "content-security-policy").ends_with(&format!("frame-ancestors 'self' {SERVER_WIDE}")));
    // The officers' dashboard and the API: nobody.
    for path in ["/admin", "/api/budgets/north"] {
        let (_, headers, _) = t.get(path, None).await;
        assert!(header(&headers, "content-security-policy").ends_with("frame-ancestors 'none'"), "{path}");
        assert_eq!(header(&headers, "x-frame-options"), "DENY", "{path}");
    }
}

#[tokio::test]
async fn a_page_nobody_else_may_frame_also_says_so_to_old_browsers() {
    let t = Setup::new(&[AUSTIN]).on_sqlite().await;
    let (_, headers, _) =
        t.call(Request::builder().uri("/b/austin-fy2017").body(Body::empty()).expect("request")).await;
    assert_eq!(header(&headers, "x-frame-options"), "SAMEORIGIN");
    assert!(header(&headers, "content-security-policy").ends_with("frame-ancestors 'self'"));
}

#[tokio::test]
async fn pages_get_a_strict_content_security_policy_and_the_usual_headers() {
    let t = test_app().await;
    for path in ["/b/north", "/api/budgets/north", "/healthz"] {
        let (_, headers, _) = t.get(path, None).await;
        assert_eq!(header(&headers, "x-content-type-options"), "nosniff", "{path}");
        assert_eq!(header(&headers, "referrer-policy"), "same-origin", "{path}");
        assert!(header(&headers, "permissions-policy").contains("camera=()"), "{path}");
    }
    let (_, headers, _) = t.get("/b/north", None).await;
    let csp = header(&headers, "content-security-policy");
    assert!(csp.starts_with("default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self';"), "{csp}");
    assert!(!csp.contains("unsafe-inline"), "{csp}");
}

#[tokio::test]
async fn embed_js_is_served_as_a_cacheable_script() {
    let t = test_app().await;
    let (status, headers, body) = t.get("/embed.js", None).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(header(&headers, "content-type"), "text/javascript; charset=utf-8");
    assert_eq!(header(&headers, "cache-control"), "public, max-age=3600");
    assert!(body.as_str().expect("text").contains("pbsim:resize"));
}

#[tokio::test]
async fn a_budgets_council_may_call_its_api_from_the_browser() {
    let t = test_app().await;
    let (status, headers, _) = t.get("/api/budgets/north", Some(NORTH_SITE)).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(header(&headers, "access-control-allow-origin"), NORTH_SITE);
    // The answer depends on the origin (and, being large, on the encodings the client accepts).
    let vary: Vec<&str> = headers.get_all("vary").iter().map(|v| v.to_str().expect("ASCII header")).collect();
    assert!(vary.contains(&"origin"), "{vary:?}");

    let (status, headers, body) = t.submit("north", &submission(NORTH_ID, "from the council"), Some(NORTH_SITE)).await;
    assert_eq!(status, StatusCode::CREATED, "{body}");
    assert_eq!(header(&headers, "access-control-allow-origin"), NORTH_SITE);

    // The server-wide partner may call every budget.
    let (status, headers, _) = t.get("/api/budgets/south", Some(SERVER_WIDE)).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(header(&headers, "access-control-allow-origin"), SERVER_WIDE);

    // The preflight a browser sends before a JSON POST.
    let preflight = Request::builder()
        .method("OPTIONS")
        .uri("/api/budgets/north/submissions")
        .header(header::HOST, "pbsim.example")
        .header(header::ORIGIN, NORTH_SITE)
        .header(header::ACCESS_CONTROL_REQUEST_METHOD, "POST")
        .header(header::ACCESS_CONTROL_REQUEST_HEADERS, "content-type")
        .body(Body::empty())
        .expect("request");
    let (status, headers, _) = t.call(preflight).await;
    assert_eq!(status, StatusCode::NO_CONTENT);
    assert_eq!(header(&headers, "access-control-allow-origin"), NORTH_SITE);
    assert_eq!(header(&headers, "access-control-allow-methods"), "GET, POST");
    assert_eq!(header(&headers, "access-control-allow-headers"), "content-type");
}

#[tokio::test]
async fn other_sites_are_refused_in_the_apis_error_format() {
    let t = test_app().await;
    // South's council is not North's: it may not read or submit to North's budget.
    let (status, headers, body) = t.get("/api/budgets/north", Some(SOUTH_SITE)).await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    assert_eq!(body["error"], "forbidden_origin");
    assert_eq!(
        body["message"],
        format!("pages from {SOUTH_SITE} may not call this API: the budget does not allow that site")
    );
    assert_eq!(header(&headers, "access-control-allow-origin"), "");

    let (status, _, body) = t.submit("north", &submission(NORTH_ID, "forged"), Some("https://evil.example")).await;
    assert_eq!(status, StatusCode::FORBIDDEN, "{body}");
    assert!(t.stored("north").await.is_empty(), "nothing stored");

    let preflight = Request::builder()
        .method("OPTIONS")
        .uri("/api/budgets/north/submissions")
        .header(header::HOST, "pbsim.example")
        .header(header::ORIGIN, "null")
        .header(header::ACCESS_CONTROL_REQUEST_METHOD, "POST")
        .body(Body::empty())
        .expect("request");
    assert_eq!(t.call(preflight).await.0, StatusCode::FORBIDDEN);

    // pbsim's own pages send their origin on a POST too: always allowed.
    let (status, _, body) = t.submit("north", &submission(NORTH_ID, "own page"), Some("http://pbsim.example")).await;
    assert_eq!(status, StatusCode::CREATED, "{body}");
}

#[tokio::test]
async fn the_built_pages_inline_loader_is_allowed_by_its_hash() {
    let dist = tempfile::tempdir().expect("temp dir");
    // Trunk's loader, as it writes it into index.html.
    let loader = "\nimport init from '/pbsim-app.js';\nawait init();\n";
    std::fs::write(
        dist.path().join("index.html"),
        format!("<!DOCTYPE html><html><head><script type=\"module\">{loader}</script></head><body></body></html>"),
    )
    .expect("write index.html");
    let security = Security::new(&[], &[]).expect("no origins").with_scripts_of(dist.path()).expect("reads dist");
    let t = Setup::of([budget("north", NORTH_SITE)]).security(security).dist(dist.path()).on_sqlite().await;
    let (status, headers, _) =
        t.call(Request::builder().uri("/embed/north").body(Body::empty()).expect("request")).await;
    assert_eq!(status, StatusCode::OK);
    let csp = header(&headers, "content-security-policy").to_owned();
    // The hash a browser computes: SHA-256 of the script element's text, base64.
    assert!(csp.contains("script-src 'self' 'wasm-unsafe-eval' 'sha256-"), "{csp}");
    let hash = csp.split("'sha256-").nth(1).and_then(|h| h.split('\'').next()).expect("a hash");
    use base64::Engine;
    use sha2::Digest;
    assert_eq!(hash, base64::engine::general_purpose::STANDARD.encode(sha2::Sha256::digest(loader.as_bytes())));
    assert!(csp.ends_with(&format!("frame-ancestors 'self' {NORTH_SITE}")), "{csp}");
}
