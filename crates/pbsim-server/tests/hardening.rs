//! What a hostile or merely misconfigured world meets (issue 12), through the real router: password
//! floods, forged proxy headers, invite codes and copies of the database, session cookies,
//! spreadsheets, the honeypot's retries, PostgreSQL lock order, heavy reports and caching.
//! Slow clients need real sockets and the real binary: see `slow_clients.rs`.

// Helpers outside `#[test]` functions set up fixtures: a failure there should stop the test loudly.
#![allow(clippy::expect_used, clippy::unwrap_used)]

#[path = "support/answer.rs"]
mod answer;
#[path = "support/db.rs"]
mod db;

use answer::Answer;
use axum::Router;
use axum::body::Body;
use axum::extract::ConnectInfo;
use axum::http::{HeaderName, Request, StatusCode, header};
use db::{Backend, TestDb};
use pbsim_core::{Budget, SubmissionRequest};
use pbsim_server::budgets::Budgets;
use pbsim_server::guards::Cookies;
use pbsim_server::limits::{ClientIp, RateLimit};
use pbsim_server::store::{InviteKey, Store, Stored};
use pbsim_server::{AppState, Options, app_with_options, auth};
use serde_json::{Value, json};
use std::net::SocketAddr;
use std::sync::Arc;

const TOWN: &str = include_str!("../../../e2e/fixtures/budgets/town.toml");
const SUBMIT: &str = "/api/budgets/town/submissions";
const KEY: [u8; 32] = [42; 32];

struct TestApp {
    router: Router,
    store: Store,
    db: TestDb,
}

async fn test_app(backend: Backend, budget: &str, options: Options) -> TestApp {
    let db = TestDb::new(backend).await;
    let store = Store::connect(&db.url).await.expect("open test database");
    store.use_invite_key(InviteKey::from_bytes(KEY)).await.expect("invite key");
    app_on(store, db, budget, options)
}

fn app_on(store: Store, db: TestDb, budget: &str, options: Options) -> TestApp {
    let state = AppState {
        budgets: Arc::new(Budgets::from_budgets([Budget::from_toml(budget).expect("budget loads")])),
        store: store.clone(),
        dist: None,
        security: Default::default(),
    };
    TestApp { router: app_with_options(state, options), store, db }
}

fn with_invites() -> String {
    format!("{TOWN}\n[submissions]\nrequire_invite = true\n")
}

/// A request from `peer` (as `pbsim serve` records it), with extra headers.
fn request(method: &str, uri: &str, body: Option<&Value>, peer: &str, headers: &[(&str, &str)]) -> Request<Body> {
    let mut builder = Request::builder().method(method).uri(uri);
    for (name, value) in headers {
        builder = builder.header(*name, *value);
    }
    if body.is_some() {
        builder = builder.header(header::CONTENT_TYPE, "application/json");
    }
    let mut request = builder.body(body.map_or_else(Body::empty, |b| Body::from(b.to_string()))).unwrap();
    request.extensions_mut().insert(ConnectInfo(peer.parse::<SocketAddr>().unwrap()));
    request
}

impl TestApp {
    async fn send(&self, request: Request<Body>) -> Answer {
        answer::send(&self.router, request).await
    }

    async fn submit(&self, body: &Value, peer: &str) -> Answer {
        self.send(request("POST", SUBMIT, Some(body), peer, &[])).await
    }

    async fn login(&self, username: &str, password: &str, peer: &str) -> Answer {
        let body = json!({ "username": username, "password": password });
        self.send(request("POST", "/api/admin/login", Some(&body), peer, &[])).await
    }

    async fn officer(&self, username: &str, password: &str) {
        let hash = auth::hash_password(password).unwrap();
        self.store.set_admin_user(username, &hash, auth::now()).await.unwrap();
    }
}

fn submission(n: u32, parks: i64) -> Value {
    json!({
        "id": format!("00000000-0000-4000-8000-{n:012}"),
        "allocation": { "parks": parks, "roads": 100_00 - parks },
    })
}

const PEER: &str = "192.0.2.1:40000";

on_both_databases!(
    a_copy_of_the_database_or_an_export_holds_no_invite_code,
    invite_codes_of_the_first_version_are_rekeyed_and_keep_working,
);

// ---- 2. Password checks cannot exhaust memory or CPU ----------------------------------------

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_flood_of_logins_queues_a_few_and_refuses_the_rest_with_503() {
    let options = Options { password_checks: 1, ..Options::default() };
    let t = Arc::new(test_app(Backend::Sqlite, TOWN, options).await);
    t.officer("alice", "a long password").await;
    let mut tasks = Vec::new();
    for n in 0..24 {
        let t = Arc::clone(&t);
        // Each from its own client and username, so neither the rate limit nor the per-user count acts.
        tasks.push(tokio::spawn(async move { t.login(&format!("user{n}"), "wrong", &format!("192.0.2.{n}:1")).await }));
    }
    let mut busy = 0;
    for task in tasks {
        let answer = task.await.unwrap();
        match answer.status {
            StatusCode::UNAUTHORIZED => {}
            StatusCode::SERVICE_UNAVAILABLE => {
                busy += 1;
                assert_eq!(answer.json["error"], "busy", "{}", answer.json);
                let retry: u64 = answer.headers[header::RETRY_AFTER].to_str().unwrap().parse().unwrap();
                assert!(retry >= 1);
            }
            other => panic!("{other}: {}", answer.json),
        }
    }
    // One check runs and four wait; of 24 sent at once, the rest cannot all have found a place.
    assert!(busy >= 24 - 5 - 4, "only {busy} of 24 simultaneous logins were refused");
    // Once the flood is over, an officer logs in.
    assert_eq!(t.login("alice", "a long password", PEER).await.status, StatusCode::OK);
}

#[tokio::test]
async fn a_username_that_failed_too_often_is_refused_even_with_its_password() {
    let options = Options { login_failures_per_user: 3, ..Options::default() };
    let t = test_app(Backend::Sqlite, TOWN, options).await;
    t.officer("alice", "a long password").await;
    t.officer("bob", "another long one").await;
    // Failures from three different addresses: the per-client limit alone would not see them.
    for n in 0..3 {
        let answer = t.login("alice", "guess", &format!("198.51.100.{n}:1")).await;
        assert_eq!(answer.status, StatusCode::UNAUTHORIZED, "{}", answer.json);
    }
    let answer = t.login("alice", "a long password", PEER).await;
    assert_eq!(answer.status, StatusCode::TOO_MANY_REQUESTS, "{}", answer.json);
    assert_eq!(answer.json["error"], "rate_limited");
    let retry: u64 = answer.headers[header::RETRY_AFTER].to_str().unwrap().parse().unwrap();
    assert!((1..=21).contains(&retry), "one failure drains every 20 s: {retry}");
    assert!(!answer.headers.contains_key(header::SET_COOKIE));
    // Another officer is not locked out by Alice's attacker.
    assert_eq!(t.login("bob", "another long one", PEER).await.status, StatusCode::OK);
}

#[tokio::test]
async fn ipv6_logins_count_by_the_48_and_submissions_by_the_64() {
    let options = Options { rate_limit: RateLimit { per_minute: 1, ..RateLimit::default() }, ..Options::default() };
    let t = test_app(Backend::Sqlite, TOWN, options).await;
    // Two /64s of one customer's /56 (or /48).
    let (a, b) = ("[2001:db8:7:100::1]:1", "[2001:db8:7:2ff::1]:1");
    assert_eq!(t.login("x", "y", a).await.status, StatusCode::UNAUTHORIZED);
    assert_eq!(t.login("x", "y", b).await.status, StatusCode::TOO_MANY_REQUESTS);
    // A resident on the other /64 still submits: homes are told apart by their /64.
    assert_eq!(t.submit(&submission(1, 70_00), a).await.status, StatusCode::CREATED);
    assert_eq!(t.submit(&submission(2, 70_00), b).await.status, StatusCode::CREATED);
}

// ---- 3. The rate limit cannot be escaped by a forged header -----------------------------------

#[tokio::test]
async fn only_the_header_the_proxy_writes_is_read() {
    // The proxy writes `Forwarded`; the client adds its own X-Forwarded-For on each request.
    let client_ip = ClientIp { header: Some(HeaderName::from_static("forwarded")), ..ClientIp::default() };
    let options = Options { rate_limit: RateLimit { per_minute: 1, client_ip }, ..Options::default() };
    let t = test_app(Backend::Sqlite, TOWN, options).await;
    let mut statuses = Vec::new();
    for n in 0..3u32 {
        let forged = format!("203.0.113.{n}");
        let headers = [("forwarded", "for=198.51.100.7;proto=https"), ("x-forwarded-for", forged.as_str())];
        let answer = t.send(request("POST", SUBMIT, Some(&submission(n, 70_00)), "10.0.0.1:1", &headers)).await;
        statuses.push(answer.status);
    }
    assert_eq!(statuses, [StatusCode::CREATED, StatusCode::TOO_MANY_REQUESTS, StatusCode::TOO_MANY_REQUESTS]);

    // With the proxies named, a client that reaches pbsim around them is counted by its own
    // address, whatever header it sends.
    let client_ip = ClientIp {
        header: Some(HeaderName::from_static("x-forwarded-for")),
        trusted_proxies: Arc::from(vec!["10.0.0.0/8".parse().unwrap()]),
    };
    let options = Options { rate_limit: RateLimit { per_minute: 1, client_ip }, ..Options::default() };
    let t = test_app(Backend::Sqlite, TOWN, options).await;
    let mut statuses = Vec::new();
    for n in 0..2u32 {
        let forged = format!("203.0.113.{n}");
        let answer = t
            .send(request("POST", SUBMIT, Some(&submission(n, 70_00)), PEER, &[("x-forwarded-for", forged.as_str())]))
            .await;
        statuses.push(answer.status);
    }
    assert_eq!(statuses, [StatusCode::CREATED, StatusCode::TOO_MANY_REQUESTS]);
    // Through the proxy, two residents are two clients.
    for n in 2..4u32 {
        let client = format!("203.0.113.{n}");
        let answer = t
            .send(request("POST", SUBMIT, Some(&submission(n, 70_00)), "10.0.0.1:1", &[("x-forwarded-for", &client)]))
            .await;
        assert_eq!(answer.status, StatusCode::CREATED, "{}", answer.json);
    }
}

// ---- 4. A copy of the database or an export hands out no invite codes -------------------------

/// Hex SHA-256 of a code as the first version stored it.
fn bare_sha256(code: &str) -> String {
    use sha2::Digest;
    let normal: String = code.chars().filter(|c| *c != '-').collect::<String>().to_uppercase();
    sha2::Sha256::digest(normal.as_bytes()).iter().map(|b| format!("{b:02x}")).collect()
}

/// Everything in the database as text: SQLite's files, or PostgreSQL's tables dumped row by row.
async fn database_text(t: &TestApp) -> String {
    match t.db.backend {
        Backend::Sqlite => {
            let path = t.db.url.trim_start_matches("sqlite://");
            let mut text = String::new();
            for file in [path.to_owned(), format!("{path}-wal")] {
                text.push_str(&String::from_utf8_lossy(&std::fs::read(file).unwrap_or_default()));
            }
            text
        }
        Backend::Postgres => {
            use sqlx::Connection;
            let mut conn = sqlx::PgConnection::connect(&t.db.url).await.unwrap();
            let mut text = String::new();
            for table in ["invites", "submissions", "settings"] {
                let rows: Vec<(String,)> =
                    sqlx::query_as(&format!("SELECT t::text FROM {table} t")).fetch_all(&mut conn).await.unwrap();
                rows.into_iter().for_each(|(r,)| text.push_str(&r));
            }
            text
        }
    }
}

async fn a_copy_of_the_database_or_an_export_holds_no_invite_code(backend: Backend) {
    let t = test_app(backend, &with_invites(), Options::default()).await;
    let codes: Vec<String> = (0..3).map(|_| pbsim_server::store::new_invite_code().unwrap()).collect();
    t.store.add_invites("town", &codes, 0).await.unwrap();
    for (n, code) in codes.iter().enumerate() {
        let mut body = submission(n as u32, 70_00);
        body["invite"] = json!(code.to_lowercase());
        let answer = t.submit(&body, PEER).await;
        assert_eq!(answer.status, StatusCode::CREATED, "{}", answer.json);
    }
    // Codes are long enough that guessing one online is hopeless: 16 of 29 characters.
    assert!(codes.iter().all(|c| c.replace('-', "").len() == 16), "{codes:?}");

    let text = database_text(&t).await;
    for code in &codes {
        for form in [code.clone(), code.replace('-', ""), bare_sha256(code)] {
            assert!(!text.contains(&form), "{form} of {code} is in the database");
        }
    }
    assert!(!text.contains("sha256:"), "a stored body keeps an invite hash");

    // Nor in any export an officer downloads.
    let hash = auth::hash_password("a long password").unwrap();
    t.store.set_admin_user("alice", &hash, auth::now()).await.unwrap();
    let login = t.login("alice", "a long password", PEER).await;
    let cookie = login.headers[header::SET_COOKIE].to_str().unwrap().split(';').next().unwrap().to_owned();
    for format in ["json", "csv"] {
        let uri = format!("/api/admin/budgets/town/export/{format}");
        let answer = t.send(request("GET", &uri, None, PEER, &[("cookie", &cookie)])).await;
        assert_eq!(answer.status, StatusCode::OK);
        let body = answer.json.to_string();
        assert!(!body.contains("invite"), "{format} export: {body}");
        for code in &codes {
            assert!(!body.contains(&bare_sha256(code)) && !body.to_uppercase().contains(code.as_str()));
        }
    }
}

async fn invite_codes_of_the_first_version_are_rekeyed_and_keep_working(backend: Backend) {
    // A database as the first version left it: a bare SHA-256 in `invites`, and a stored body
    // that kept `"invite":"sha256:…"`.
    let db = TestDb::new(backend).await;
    let old = Store::connect(&db.url).await.unwrap();
    old.close().await;
    let (used, unused) = ("7KQM-X4RT", "9PWC-3HNA");
    let earlier = SubmissionRequest {
        id: "00000000-0000-4000-8000-000000000099".into(),
        allocation: [("parks".to_owned(), 70_00), ("roads".to_owned(), 30_00)].into(),
        invite: Some(format!("sha256:{}", bare_sha256(used))),
        ..Default::default()
    };
    let body = serde_json::to_string(&earlier).unwrap();
    db.execute(&format!(
        "INSERT INTO invites (code_hash, budget_id, created_at, used_by, used_at) VALUES \
         ('{}', 'town', 0, '{}', '2026-11-27T10:00:00.000Z'), ('{}', 'town', 0, NULL, NULL); \
         INSERT INTO submissions (id, budget_id, received_at, body) VALUES ('{}', 'town', '2026-11-27T10:00:00.000Z', '{}');",
        bare_sha256(used),
        earlier.id,
        bare_sha256(unused),
        earlier.id,
        body.replace('\'', "''"),
    ))
    .await;

    // The upgraded server starts on it: the bodies lose their hashes, the rows get keyed.
    let store = Store::connect(&db.url).await.unwrap();
    store.use_invite_key(InviteKey::from_bytes(KEY)).await.unwrap();
    let t = app_on(store, db, &with_invites(), Options::default());
    let text = database_text(&t).await;
    assert!(!text.contains(&bare_sha256(used)) && !text.contains(&bare_sha256(unused)), "bare hashes are left");
    assert_eq!(t.store.submissions("town").await.unwrap()[0].request.invite, None);
    // The code mailed before the upgrade still works, once; the used one is still used.
    assert_eq!(t.store.invite_used_by(used).await.unwrap(), Some(Some(earlier.id.clone())));
    let mut body = submission(1, 70_00);
    body["invite"] = json!(unused);
    assert_eq!(t.submit(&body, PEER).await.status, StatusCode::CREATED);
    let mut again = submission(2, 70_00);
    again["invite"] = json!(unused);
    assert_eq!(t.submit(&again, PEER).await.status, StatusCode::UNPROCESSABLE_ENTITY);

    // A server given another key refuses to start rather than refuse every resident.
    let other = Store::connect(&t.db.url).await.unwrap();
    let err = other.use_invite_key(InviteKey::from_bytes([1; 32])).await.unwrap_err();
    assert!(format!("{err:#}").contains("made with another invite key"), "{err:#}");
}

#[tokio::test]
async fn wrong_invite_codes_are_counted_per_budget_from_every_client() {
    let options = Options { invite_failures_per_minute: 3, ..Options::default() };
    let t = test_app(Backend::Sqlite, &with_invites(), options).await;
    let code = pbsim_server::store::new_invite_code().unwrap();
    t.store.add_invites("town", std::slice::from_ref(&code), 0).await.unwrap();
    for n in 0..3u32 {
        let mut body = submission(n, 70_00);
        body["invite"] = json!(format!("AAAA-AAAA-AAAA-AAA{n}"));
        // Each guess from another address, as a botnet would send them.
        let answer = t.submit(&body, &format!("203.0.113.{n}:1")).await;
        assert_eq!(answer.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", answer.json);
    }
    let mut body = submission(9, 70_00);
    body["invite"] = json!(code);
    let answer = t.submit(&body, "203.0.113.99:1").await;
    assert_eq!(answer.status, StatusCode::TOO_MANY_REQUESTS, "{}", answer.json);
    assert!(answer.json["message"].as_str().unwrap().contains("invite codes"), "{}", answer.json);
    assert!(answer.headers.contains_key(header::RETRY_AFTER));
    assert_eq!(t.store.invite_used_by(&code).await.unwrap(), Some(None), "nothing was tried while throttled");
}

// ---- 5. Officers' sessions are safe by default ------------------------------------------------

#[tokio::test]
async fn the_session_cookie_is_secure_by_default_whatever_a_header_says() {
    let t = test_app(Backend::Sqlite, TOWN, Options { hsts_max_age: 31_536_000, ..Options::default() }).await;
    t.officer("alice", "a long password").await;
    let body = json!({ "username": "alice", "password": "a long password" });
    let answer = t.send(request("POST", "/api/admin/login", Some(&body), PEER, &[("x-forwarded-proto", "http")])).await;
    assert_eq!(answer.status, StatusCode::OK);
    let cookie = answer.headers[header::SET_COOKIE].to_str().unwrap();
    assert!(cookie.starts_with("__Host-pbsim_session="), "{cookie}");
    for attribute in ["; Secure", "; HttpOnly", "; SameSite=Strict", "; Path=/"] {
        assert!(cookie.contains(attribute), "{cookie} lacks {attribute}");
    }
    assert!(!cookie.contains("Domain"), "{cookie}");
    assert_eq!(answer.headers[header::STRICT_TRANSPORT_SECURITY], "max-age=31536000");
    let pair = cookie.split(';').next().unwrap();
    let me = t.send(request("GET", "/api/admin/me", None, PEER, &[("cookie", pair)])).await;
    assert_eq!(me.status, StatusCode::OK);
    // A bare cookie of the same value (one a sibling subdomain could have set) is not a session.
    let bare = pair.trim_start_matches("__Host-");
    let me = t.send(request("GET", "/api/admin/me", None, PEER, &[("cookie", bare)])).await;
    assert_eq!(me.status, StatusCode::UNAUTHORIZED);

    // The switch for plain HTTP on one's own machine.
    let insecure = Options { cookies: Cookies { secure: false }, ..Options::default() };
    let t = test_app(Backend::Sqlite, TOWN, insecure).await;
    t.officer("alice", "a long password").await;
    let answer = t.login("alice", "a long password", PEER).await;
    let cookie = answer.headers[header::SET_COOKIE].to_str().unwrap();
    assert!(cookie.starts_with("pbsim_session=") && !cookie.contains("Secure"), "{cookie}");
    assert!(!answer.headers.contains_key(header::STRICT_TRANSPORT_SECURITY));
}

#[tokio::test]
async fn a_new_password_ends_the_officers_sessions_and_logout_needs_the_secret() {
    let t = test_app(Backend::Sqlite, TOWN, Options::default()).await;
    t.officer("alice", "a long password").await;
    let login = t.login("alice", "a long password", PEER).await;
    let cookie = login.headers[header::SET_COOKIE].to_str().unwrap().split(';').next().unwrap().to_owned();
    let me = |cookie: String| request("GET", "/api/admin/me", None, PEER, &[("cookie", &cookie)]);
    assert_eq!(t.send(me(cookie.clone())).await.status, StatusCode::OK);

    // Knowing a session's id is not enough to end it.
    let (id, _) = cookie.split_once('.').unwrap();
    let forged = format!("{id}.{}", "0".repeat(64));
    let out = t.send(request("POST", "/api/admin/logout", None, PEER, &[("cookie", &forged)])).await;
    assert_eq!(out.status, StatusCode::NO_CONTENT);
    assert_eq!(t.send(me(cookie.clone())).await.status, StatusCode::OK, "a forged logout ended the session");

    // Setting a new password (`pbsim admin add-user` again) ends every session of the officer.
    t.officer("alice", "a new long password").await;
    assert_eq!(t.send(me(cookie)).await.status, StatusCode::UNAUTHORIZED);
}

// ---- 6. Spreadsheets never run residents' text ------------------------------------------------

#[tokio::test]
async fn every_text_cell_of_a_csv_is_quoted_and_formulas_are_neutralised() {
    let t = test_app(Backend::Sqlite, TOWN, Options::default()).await;
    let comments = ["ok;=HYPERLINK(\"http://evil\")", "  =1+1", "\t@SUM(A1)", "plain"];
    for (n, comment) in comments.iter().enumerate() {
        let mut body = submission(n as u32, 70_00);
        body["comment"] = json!(comment);
        assert_eq!(t.submit(&body, PEER).await.status, StatusCode::CREATED);
    }
    t.officer("alice", "a long password").await;
    let login = t.login("alice", "a long password", PEER).await;
    let cookie = login.headers[header::SET_COOKIE].to_str().unwrap().split(';').next().unwrap().to_owned();
    let csv = t.send(request("GET", "/api/admin/budgets/town/export/csv", None, PEER, &[("cookie", &cookie)])).await;
    let csv = csv.json.as_str().unwrap().to_owned();
    let rows: Vec<&str> = csv.lines().skip(1).collect();
    let ends = [
        ",7000,3000,\"\",\"\",\"ok;=HYPERLINK(\"\"http://evil\"\")\"",
        ",7000,3000,\"\",\"\",\"'  =1+1\"",
        ",7000,3000,\"\",\"\",\"'\t@SUM(A1)\"",
        ",7000,3000,\"\",\"\",\"plain\"",
    ];
    for (row, end) in rows.iter().zip(ends) {
        assert!(row.starts_with("\"00000000-") && row.ends_with(end), "{row}");
    }
}

// ---- 7. Smaller items ---------------------------------------------------------------------------

#[tokio::test]
async fn the_honeypot_answers_a_repeat_as_a_stored_submission_would() {
    let t = test_app(Backend::Sqlite, TOWN, Options::default()).await;
    // A real submission sent twice, then again with another body under its id.
    let real = submission(1, 70_00);
    let first = t.submit(&real, PEER).await;
    let second = t.submit(&real, PEER).await;
    let mut other = real.clone();
    other["comment"] = json!("changed");
    let third = t.submit(&other, PEER).await;
    // The same three from a bot that fills the hidden field.
    let mut bot = submission(2, 70_00);
    bot["website"] = json!("http://spam.example");
    let bot_first = t.submit(&bot, PEER).await;
    let bot_second = t.submit(&bot, PEER).await;
    bot["comment"] = json!("changed");
    let bot_third = t.submit(&bot, PEER).await;
    let statuses = |a: &[&Answer]| a.iter().map(|x| x.status).collect::<Vec<_>>();
    assert_eq!(statuses(&[&first, &second, &third]), [StatusCode::CREATED, StatusCode::OK, StatusCode::CONFLICT]);
    assert_eq!(statuses(&[&bot_first, &bot_second, &bot_third]), statuses(&[&first, &second, &third]));
    assert_eq!(bot_second.json, bot_first.json, "the repeat carries the first receipt");
    assert_eq!(bot_third.json["error"], third.json["error"]);
    assert_eq!(t.store.submissions("town").await.unwrap().len(), 1, "the bot's was not stored");
}

/// Two servers on one PostgreSQL take the same two invite codes for different submissions, each
/// listing them in the other order. Every invite update waits a little (a trigger), so both hold
/// one code while reaching for the other: taken in submission order, that is a deadlock and one
/// batch fails; taken in code order, the second waits and finds both codes used.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_servers_taking_the_same_invites_never_deadlock() {
    let db = TestDb::new(Backend::Postgres).await;
    let (a, b) = (Store::connect(&db.url).await.unwrap(), Store::connect(&db.url).await.unwrap());
    a.use_invite_key(InviteKey::from_bytes(KEY)).await.unwrap();
    b.use_invite_key(InviteKey::from_bytes(KEY)).await.unwrap();
    let (x, y) = ("XXXX-2222-3333-4444".to_owned(), "YYYY-2222-3333-4444".to_owned());
    a.add_invites("town", &[x.clone(), y.clone()], 0).await.unwrap();
    db.execute(
        "CREATE FUNCTION slow_invite() RETURNS trigger AS $$ BEGIN PERFORM pg_sleep(0.4); RETURN NEW; END $$ \
         LANGUAGE plpgsql; \
         CREATE TRIGGER slow_invite AFTER UPDATE ON invites FOR EACH ROW EXECUTE FUNCTION slow_invite();",
    )
    .await;
    let request = |n: u32| SubmissionRequest {
        id: format!("00000000-0000-4000-8000-{n:012}"),
        allocation: [("parks".to_owned(), 70_00), ("roads".to_owned(), 30_00)].into(),
        ..Default::default()
    };
    let (a1, a2, b1, b2) = (request(1), request(2), request(3), request(4));
    let batch_one = [("town", &a1, Some(x.as_str())), ("town", &a2, Some(y.as_str()))];
    let batch_two = [("town", &b1, Some(y.as_str())), ("town", &b2, Some(x.as_str()))];
    let (one, two) = (a.insert_batch(&batch_one), b.insert_batch(&batch_two));
    let (one, two) = tokio::join!(one, two);
    let (one, two) = (one.expect("first batch commits"), two.expect("second batch commits"));
    let all: Vec<&Stored> = one.iter().chain(&two).collect();
    assert_eq!(all.iter().filter(|s| matches!(s, Stored::Created(_))).count(), 2, "{all:?}");
    assert_eq!(all.iter().filter(|s| **s == &Stored::InvalidInvite).count(), 2, "{all:?}");
    a.close().await;
    b.close().await;
}

#[tokio::test]
async fn a_name_longer_than_a_username_can_be_is_refused_at_login_and_at_creation() {
    let t = test_app(Backend::Sqlite, TOWN, Options { password_checks: 1, ..Options::default() }).await;
    let answer = t.login(&"a".repeat(10_000), "x", PEER).await;
    assert_eq!(answer.status, StatusCode::UNAUTHORIZED);
    // Creating such an officer is refused as well.
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_pbsim"))
        .args(["admin", "add-user", &"b".repeat(65), "--database-url", &t.db.url])
        .env("PBSIM_ADMIN_PASSWORD", "a long password")
        .output()
        .unwrap();
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("at most 64 characters"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn reports_and_comments_are_not_cached_and_heavy_reports_take_turns() {
    let t = Arc::new(test_app(Backend::Sqlite, TOWN, Options { heavy_reports: 1, ..Options::default() }).await);
    let rows: Vec<SubmissionRequest> = (0..4000u32)
        .map(|n| SubmissionRequest {
            id: format!("00000000-0000-4000-8000-{n:012}"),
            allocation: [
                ("parks".to_owned(), i64::from(n % 11) * 10_00),
                ("roads".to_owned(), 100_00 - i64::from(n % 11) * 10_00),
            ]
            .into(),
            comment: format!("comment {n}"),
            ..Default::default()
        })
        .collect();
    let items: Vec<(&str, &SubmissionRequest, Option<&str>)> = rows.iter().map(|r| ("town", r, None)).collect();
    t.store.insert_batch(&items).await.unwrap();
    t.officer("alice", "a long password").await;
    let login = t.login("alice", "a long password", PEER).await;
    let cookie = login.headers[header::SET_COOKIE].to_str().unwrap().split(';').next().unwrap().to_owned();
    let get = |uri: &str| request("GET", uri, None, PEER, &[("cookie", &cookie)]);
    for uri in ["/api/admin/budgets/town/report", "/api/admin/budgets/town/comments?q=comment"] {
        let answer = t.send(get(uri)).await;
        assert_eq!(answer.status, StatusCode::OK, "{uri}");
        assert_eq!(answer.headers[header::CACHE_CONTROL], "no-store", "{uri}");
    }
    // While one report with 1,000 bootstrap replicates of 4,000 submissions runs, another heavy
    // report is refused (the same one would share the running computation: see `cache.rs`).
    let heavy = "/api/admin/budgets/town/report?bootstrap=1000";
    let other_heavy = "/api/admin/budgets/town/report?bootstrap=999";
    let first = tokio::spawn({
        let (t, request) = (Arc::clone(&t), get(heavy));
        async move { t.send(request).await }
    });
    let mut refused = None;
    for _ in 0..100 {
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
        let answer = t.send(get(other_heavy)).await;
        if answer.status == StatusCode::SERVICE_UNAVAILABLE {
            refused = Some(answer);
            break;
        }
    }
    let refused = refused.expect("a second heavy report is refused while the first runs");
    assert_eq!(refused.json["error"], "busy");
    assert!(refused.headers.contains_key(header::RETRY_AFTER));
    // Reports without bootstrap do not wait for it.
    assert_eq!(t.send(get("/api/admin/budgets/town/report")).await.status, StatusCode::OK);
    first.abort();
}

#[test]
fn a_budget_whose_text_answers_have_no_sensible_bound_does_not_load() {
    // The server sizes its body limit from the longest valid submission: a budget file must not
    // be able to lift it to terabytes.
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("town.toml");
    let question = "[[questions]]\nid = \"why\"\ntype = \"text\"\nlabel = { en = \"Why?\", fr = \"Pourquoi ?\" }\n";
    std::fs::write(&file, format!("{TOWN}\n{question}max_chars = 1000000000000\n")).unwrap();
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_pbsim")).arg("check-budgets").arg(&file).output().unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(!out.status.success(), "{text}");
    assert!(text.contains("max_chars") && text.contains("1 to 10000 characters"), "{text}");
    std::fs::write(&file, format!("{TOWN}\n{question}max_chars = 10000\n")).unwrap();
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_pbsim")).arg("check-budgets").arg(&file).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stdout));
}
