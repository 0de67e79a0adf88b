//! Changing one's mind until the close: a resident's private edit link (`edit_key`) opens the
//! budget they sent (`POST /api/budgets/{id}/edit`) and replaces it (`replaces`). The old version
//! is kept for audit and no longer counted; reports, public figures and exports count each resident
//! once, with their latest budget; every bad secret gets its own error and changes nothing.

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

use app::TestApp;
use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use budgets::{AUSTIN, TOWN};
use db::{Backend, TestDb};
use pbsim_core::Budget;
use pbsim_core::aggregate::ReportOptions;
use pbsim_server::budgets::Budgets;
use pbsim_server::store::Store;
use pbsim_server::{AppState, Options, app_with_options};
use serde_json::{Value, json};
use std::sync::Arc;
use std::time::Duration;

/// The town budget with `extra` tables, public figures from 5 submissions.
fn town(extra: &str) -> String {
    format!("{TOWN}\n[results]\nthreshold = 5\n{extra}\n")
}

fn server_on(store: Store, budgets: &[&str], options: Options) -> TestApp {
    let budgets = budgets.iter().map(|b| Budget::from_toml(b).expect("budget loads"));
    let state = AppState {
        budgets: Arc::new(Budgets::from_budgets(budgets)),
        store: store.clone(),
        dist: None,
        security: Default::default(),
    };
    TestApp { router: app_with_options(state, options), store, db: None }
}

async fn server(backend: Backend, budgets: &[&str]) -> TestApp {
    let db = TestDb::new(backend).await;
    let store = Store::connect(&db.url).await.expect("open test database");
    let options = Options { results_refresh: Duration::ZERO, ..Options::default() };
    TestApp { db: Some(db), ..server_on(store, budgets, options) }
}

impl TestApp {
    async fn call(&self, method: &str, uri: &str, body: Option<Value>) -> (StatusCode, Value) {
        let mut builder = Request::builder().method(method).uri(uri);
        if body.is_some() {
            builder = builder.header(header::CONTENT_TYPE, "application/json");
        }
        let body = body.map(|b| Body::from(b.to_string())).unwrap_or_else(Body::empty);
        let answer = self.send(builder.body(body).unwrap()).await;
        (answer.status, answer.json)
    }

    async fn submit(&self, budget: &str, body: Value) -> (StatusCode, Value) {
        self.call("POST", &format!("/api/budgets/{budget}/submissions"), Some(body)).await
    }

    async fn open(&self, budget: &str, key: &str) -> (StatusCode, Value) {
        self.call("POST", &format!("/api/budgets/{budget}/edit"), Some(json!({ "edit_key": key }))).await
    }

    /// Every stored version of `budget`'s submissions as (id, replaced by).
    async fn versions(&self, budget: &str) -> Vec<(String, Option<String>)> {
        self.store.submission_versions(budget).await.expect("read versions")
    }

    /// The town report's number of submissions and mean spending on parks, as officers read it.
    async fn town_report(&self) -> (usize, f64) {
        let budget = Arc::new(Budget::from_toml(&town("")).expect("town"));
        let version = self.store.data_version(&budget.id).await.expect("version");
        let Ok(page) =
            pbsim_server::reports::report_page(&self.store, budget, ReportOptions::default(), version.count, || true)
                .await
        else {
            panic!("the town's report failed");
        };
        let parks = page.report.lines.iter().find(|l| l.id == "parks").expect("parks line");
        (page.report.total_submissions, parks.mean_value)
    }
}

fn uuid(k: usize) -> String {
    format!("00000000-0000-4000-8000-{k:012}")
}

fn key(k: usize) -> String {
    format!("{k:032x}")
}

/// A town resident's budget `k`, `parks` on parks and the rest on roads, with link secret `key`.
fn town_budget(k: usize, parks: i64, key: &str) -> Value {
    json!({
        "id": uuid(k),
        "allocation": { "parks": parks, "roads": 100_00 - parks },
        "comment": format!("comment {k}"),
        "answers": { "ward": "north" },
        "edit_key": key,
    })
}

/// Budget `k` replacing submission `old` through the link `key`.
fn replacement(k: usize, old: usize, parks: i64, key: &str) -> Value {
    let mut body = town_budget(k, parks, key);
    body["replaces"] = json!(uuid(old));
    body["comment"] = json!(format!("changed my mind {k}"));
    body
}

/// The public figures' number of submissions and median of parks.
async fn parks_median(app: &TestApp) -> (u64, i64) {
    let (status, public) = app.call("GET", "/api/budgets/town/results", None).await;
    assert_eq!((status, &public["status"]), (StatusCode::OK, &json!("published")), "{public}");
    let parks = public["lines"].as_array().unwrap().iter().find(|l| l["id"] == "parks").cloned().unwrap();
    (public["submissions"].as_u64().unwrap(), parks["median"].as_i64().unwrap())
}

on_both_databases!(
    a_replacement_is_counted_once_and_the_old_version_is_kept,
    every_bad_edit_is_refused_with_its_own_code_and_changes_nothing,
    two_edits_through_one_link_at_once_leave_one_current_budget,
    an_edit_needs_no_second_invite_code,
);

async fn a_replacement_is_counted_once_and_the_old_version_is_kept(backend: Backend) {
    let app = server(backend, &[&town("")]).await;
    let (status, first) = app.submit("town", town_budget(1, 70_00, &key(1))).await;
    assert_eq!(status, StatusCode::CREATED, "{first}");
    assert_eq!(app.submit("town", town_budget(2, 40_00, &key(2))).await.0, StatusCode::CREATED);
    for (k, parks) in [(5, 10_00), (6, 10_00), (7, 90_00)] {
        assert_eq!(app.submit("town", town_budget(k, parks, &key(k))).await.0, StatusCode::CREATED);
    }
    let before = app.store.data_version("town").await.unwrap();
    assert_eq!(app.town_report().await, (5, 44_00.0));
    assert_eq!(parks_median(&app).await, (5, 40_00));

    // The link opens what was sent: allocation, answers, comment; no secret comes back.
    let (status, opened) = app.open("town", &key(1)).await;
    assert_eq!(status, StatusCode::OK, "{opened}");
    assert_eq!(opened["received_at"], first["received_at"]);
    assert_eq!(opened["id"], uuid(1));
    assert_eq!(opened["allocation"], json!({ "parks": 70_00, "roads": 30_00 }));
    assert_eq!(opened["answers"], json!({ "ward": "north" }));
    assert_eq!(opened["comment"], "comment 1");
    assert!(!opened.to_string().contains(&key(1)), "{opened}");
    assert!(opened.get("edit_key").is_none(), "{opened}");

    let (status, receipt) = app.submit("town", replacement(3, 1, 20_00, &key(1))).await;
    assert_eq!(status, StatusCode::CREATED, "{receipt}");
    assert_eq!(receipt["id"], uuid(3));
    // The same replacement again (a retry) is the same receipt, stored once.
    let (status, again) = app.submit("town", replacement(3, 1, 20_00, &key(1))).await;
    assert_eq!((status, &again), (StatusCode::OK, &receipt));

    // The old version is kept, marked; only the new one is current and counted.
    let kept = |id: usize| (uuid(id), None);
    assert_eq!(app.versions("town").await, [(uuid(1), Some(uuid(3))), kept(2), kept(5), kept(6), kept(7), kept(3)]);
    let current: Vec<_> = app.store.submissions("town").await.unwrap().into_iter().map(|s| s.id).collect();
    assert_eq!(current, [uuid(2), uuid(5), uuid(6), uuid(7), uuid(3)]);
    // A new version of the data for the report's cache, the same count of residents.
    let after = app.store.data_version("town").await.unwrap();
    assert_ne!(after, before);
    assert_eq!(after.count, 5);
    assert_eq!(app.town_report().await, (5, 34_00.0));
    assert_eq!(parks_median(&app).await, (5, 20_00));

    // The link now opens the latest version, and can change it again.
    let (_, reopened) = app.open("town", &key(1)).await;
    assert_eq!(reopened["id"], uuid(3));
    assert_eq!(reopened["comment"], "changed my mind 3");
    assert_eq!(app.submit("town", replacement(4, 3, 90_00, &key(1))).await.0, StatusCode::CREATED);
    assert_eq!(app.town_report().await, (5, 48_00.0));
    assert_eq!(parks_median(&app).await, (5, 40_00));
    assert_eq!(app.versions("town").await.len(), 7);
}

async fn every_bad_edit_is_refused_with_its_own_code_and_changes_nothing(backend: Backend) {
    let other = TOWN.replacen("id = \"town\"", "id = \"village\"", 1);
    let app = server(backend, &[&town(""), &other]).await;
    assert_eq!(app.submit("town", town_budget(1, 70_00, &key(1))).await.0, StatusCode::CREATED);
    assert_eq!(app.submit("town", town_budget(2, 40_00, &key(2))).await.0, StatusCode::CREATED);
    assert_eq!(app.submit("village", town_budget(5, 40_00, &key(5))).await.0, StatusCode::CREATED);
    assert_eq!(app.submit("town", replacement(3, 1, 20_00, &key(1))).await.0, StatusCode::CREATED);
    let stored = (app.versions("town").await, app.versions("village").await);

    let refused = |status: StatusCode, code: &'static str| (status, Some(code));
    let code = |(status, body): (StatusCode, Value)| (status, body["error"].as_str().map(str::to_owned));
    let expect = |got: (StatusCode, Option<String>), want: (StatusCode, Option<&str>), case: &str| {
        assert_eq!((got.0, got.1.as_deref()), want, "{case}");
    };
    let malformed = refused(StatusCode::BAD_REQUEST, "malformed_edit_key");
    for bad in ["", "short", &key(0xabc).to_uppercase(), &format!("{}0", key(1)), "../../../../etc/passwd"] {
        expect(code(app.open("town", bad).await), malformed, bad);
        expect(code(app.submit("town", replacement(9, 3, 20_00, bad)).await), malformed, bad);
    }
    let mut keyless = replacement(9, 3, 20_00, &key(1));
    keyless.as_object_mut().unwrap().remove("edit_key");
    let (status, body) = app.submit("town", keyless).await;
    expect(code((status, body.clone())), malformed, "a change without its secret");
    assert_eq!(body["message"], "a change to a budget needs the secret of its edit link");

    // A guessed secret opens nothing and replaces nothing.
    let guessed = refused(StatusCode::FORBIDDEN, "unknown_edit_key");
    expect(code(app.open("town", &key(77)).await), guessed, "guessed");
    expect(code(app.submit("town", replacement(9, 3, 20_00, &key(77))).await), guessed, "guessed");
    // Another budget's link; a link used on another resident's submission.
    let mismatch = refused(StatusCode::FORBIDDEN, "edit_key_mismatch");
    expect(code(app.open("town", &key(5)).await), mismatch, "another budget's link");
    expect(code(app.submit("town", replacement(9, 5, 20_00, &key(5))).await), mismatch, "another budget's link");
    expect(code(app.submit("town", replacement(9, 2, 20_00, &key(1))).await), mismatch, "another submission");
    // The version the link opened before it was changed in another tab.
    let (status, body) = app.submit("town", replacement(9, 1, 20_00, &key(1))).await;
    expect(code((status, body.clone())), refused(StatusCode::CONFLICT, "already_replaced"), "replaced");
    assert!(body["message"].as_str().unwrap_or("").contains("open your link again"), "{body}");
    // A new submission reusing a link that is in use.
    let (status, body) = app.submit("town", town_budget(9, 20_00, &key(2))).await;
    expect(code((status, body)), refused(StatusCode::CONFLICT, "conflict"), "a second budget on one link");
    assert_eq!((app.versions("town").await, app.versions("village").await), stored);

    // After the close: neither opened nor replaced, on the same database.
    let closed = server_on(
        app.store.clone(),
        &[&town("[consultation]\ncloses = 2020-03-01T17:00:00-05:00")],
        Options::default(),
    );
    let after_close = refused(StatusCode::FORBIDDEN, "consultation_closed");
    expect(code(closed.open("town", &key(1)).await), after_close, "closed");
    expect(code(closed.submit("town", replacement(9, 3, 20_00, &key(1))).await), after_close, "closed");
    assert_eq!(app.versions("town").await, stored.0);
}

async fn two_edits_through_one_link_at_once_leave_one_current_budget(backend: Backend) {
    let app = server(backend, &[&town("")]).await;
    assert_eq!(app.submit("town", town_budget(1, 70_00, &key(1))).await.0, StatusCode::CREATED);
    // Two servers sharing the database, each with its own writer, and the same link in two tabs.
    let url = &app.db.as_ref().unwrap().url;
    let second = server_on(Store::connect(url).await.unwrap(), &[&town("")], Options::default());
    for round in 0..5 {
        let current = app.store.submissions("town").await.unwrap()[0].id.clone();
        let old: usize = current.rsplit('-').next().unwrap().parse().unwrap();
        let (a, b) = (10 * round + 10, 10 * round + 11);
        let (first, other) = tokio::join!(
            app.submit("town", replacement(a, old, 20_00, &key(1))),
            second.submit("town", replacement(b, old, 80_00, &key(1))),
        );
        let mut statuses = [first.0, other.0];
        statuses.sort();
        assert_eq!(statuses, [StatusCode::CREATED, StatusCode::CONFLICT], "{} {}", first.1, other.1);
        let refused = if first.0 == StatusCode::CONFLICT { &first.1 } else { &other.1 };
        assert_eq!(refused["error"], "already_replaced");
        let current = app.store.submissions("town").await.unwrap();
        assert_eq!(current.len(), 1, "round {round}: {current:?}");
    }
    // The same in one batch of one writer.
    let current = app.store.submissions("town").await.unwrap()[0].id.clone();
    let old: usize = current.rsplit('-').next().unwrap().parse().unwrap();
    let request =
        |k| serde_json::from_value::<pbsim_core::SubmissionRequest>(replacement(k, old, 20_00, &key(1))).unwrap();
    let (a, b) = (request(100), request(101));
    let results = app.store.insert_batch(&[("town", &a, None), ("town", &b, None)]).await.unwrap();
    assert!(matches!(results[0], pbsim_server::store::Stored::Created(_)), "{results:?}");
    assert_eq!(results[1], pbsim_server::store::Stored::AlreadyReplaced);
    assert_eq!(app.store.submissions("town").await.unwrap().len(), 1);
    second.store.close().await;
}

async fn an_edit_needs_no_second_invite_code(backend: Backend) {
    let app = server(backend, &[&town("[submissions]\nrequire_invite = true")]).await;
    app.store.use_invite_key(pbsim_server::store::InviteKey::from_bytes([7; 32])).await.unwrap();
    app.store.add_invites("town", &["7KQM-X4RT".to_owned(), "9PWC-3HNA".to_owned()], 0).await.unwrap();
    let mut first = town_budget(1, 70_00, &key(1));
    first["invite"] = json!("7KQM-X4RT");
    assert_eq!(app.submit("town", first).await.0, StatusCode::CREATED);
    let (status, body) = app.submit("town", replacement(2, 1, 20_00, &key(1))).await;
    assert_eq!(status, StatusCode::CREATED, "{body}");
    // A code sent with the change is not taken either.
    let mut with_code = replacement(3, 2, 30_00, &key(1));
    with_code["invite"] = json!("9PWC-3HNA");
    assert_eq!(app.submit("town", with_code).await.0, StatusCode::CREATED);
    assert_eq!(app.store.invite_used_by("7KQM-X4RT").await.unwrap(), Some(Some(uuid(1))));
    assert_eq!(app.store.invite_used_by("9PWC-3HNA").await.unwrap(), Some(None));
    assert_eq!(app.stored_count("town").await, 1);
}

#[tokio::test]
async fn guessing_edit_links_is_slowed_per_budget() {
    let db = TestDb::new(Backend::Sqlite).await;
    let store = Store::connect(&db.url).await.expect("open test database");
    let options = Options { invite_failures_per_minute: 3, ..Options::default() };
    let app = server_on(store, &[&town(""), AUSTIN], options);
    assert_eq!(app.submit("town", town_budget(1, 70_00, &key(1))).await.0, StatusCode::CREATED);
    for guess in 0..3 {
        assert_eq!(app.open("town", &key(100 + guess)).await.1["error"], "unknown_edit_key");
    }
    // Even the right secret waits now, for a change as for opening; other budgets do not.
    let (status, body) = app.open("town", &key(1)).await;
    assert_eq!((status, body["error"].as_str()), (StatusCode::TOO_MANY_REQUESTS, Some("rate_limited")), "{body}");
    let (status, _) = app.submit("town", replacement(2, 1, 20_00, &key(1))).await;
    assert_eq!(status, StatusCode::TOO_MANY_REQUESTS);
    assert_eq!(app.open("austin-fy2017", &key(9)).await.1["error"], "unknown_edit_key");
    // Submissions without a link are not slowed.
    assert_eq!(app.submit("town", town_budget(3, 40_00, &key(3))).await.0, StatusCode::CREATED);
    drop(db);
}
