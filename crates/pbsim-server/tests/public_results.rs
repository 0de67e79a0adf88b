//! Closing the loop: the consultation window (submissions refused before it opens and after it
//! closes, nothing stored) and the public figures (`GET /api/budgets/{id}/results`): nothing before
//! the threshold, the budget's choice of when, only aggregates ever, and a cache whose figures
//! catch up within its interval.

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
use pbsim_core::{Budget, SubmissionRequest};
use pbsim_server::budgets::Budgets;
use pbsim_server::public_results::ResultsCache;
use pbsim_server::store::Store;
use pbsim_server::{AppState, Options, app_with_options};
use serde_json::{Value, json};
use std::sync::Arc;
use std::time::{Duration, Instant};

/// A server publishing `budget`, whose public figures are computed on every read.
async fn server(backend: Backend, budget: &str) -> TestApp {
    let db = TestDb::new(backend).await;
    let store = Store::connect(&db.url).await.expect("open test database");
    let state = AppState {
        budgets: Arc::new(Budgets::from_budgets([Budget::from_toml(budget).expect("budget loads")])),
        store: store.clone(),
        dist: None,
        security: Default::default(),
    };
    let options = Options { results_refresh: Duration::ZERO, ..Options::default() };
    TestApp { router: app_with_options(state, options), store, db: Some(db) }
}

impl TestApp {
    async fn call(&self, method: &str, uri: &str, body: Option<String>) -> (StatusCode, Value) {
        let mut builder = Request::builder().method(method).uri(uri);
        if body.is_some() {
            builder = builder.header(header::CONTENT_TYPE, "application/json");
        }
        let answer = self.send(builder.body(body.map(Body::from).unwrap_or_else(Body::empty)).unwrap()).await;
        (answer.status, answer.json)
    }

    async fn submit_town(&self, k: usize, parks: i64) -> (StatusCode, Value) {
        self.call("POST", "/api/budgets/town/submissions", Some(town_submission(k, parks).to_string())).await
    }

    async fn results(&self, budget: &str) -> Value {
        let (status, body) = self.call("GET", &format!("/api/budgets/{budget}/results"), None).await;
        assert_eq!(status, StatusCode::OK, "{body}");
        body
    }
}

fn uuid(k: usize) -> String {
    format!("00000000-0000-4000-8000-{k:012}")
}

/// A town resident's budget: `parks` on parks, the rest of $100 on roads, with a comment and an
/// answer that must never reach the public figures.
fn town_submission(k: usize, parks: i64) -> Value {
    json!({
        "id": uuid(k),
        "allocation": { "parks": parks, "roads": 100_00 - parks },
        "comment": format!("secret comment {k}"),
        "answers": { "ward": if k.is_multiple_of(2) { "north" } else { "south" } },
    })
}

/// The town budget with these extra tables.
fn town(extra: &str) -> String {
    format!("{TOWN}\n{extra}\n")
}

// --- The window -----------------------------------------------------------------------------------

on_both_databases!(
    a_submission_after_the_close_is_refused_and_nothing_is_stored,
    figures_appear_only_from_the_threshold_and_hold_only_aggregates,
    a_budget_of_projects_shows_votes_then_what_its_rule_funds_once_closed,
);

async fn a_submission_after_the_close_is_refused_and_nothing_is_stored(backend: Backend) {
    let app = server(backend, &town("[consultation]\ncloses = 2020-03-01T17:00:00-05:00")).await;
    let (status, body) = app.submit_town(1, 60_00).await;
    assert_eq!(status, StatusCode::FORBIDDEN, "{body}");
    assert_eq!(body["error"], "consultation_closed");
    assert_eq!(
        body["message"],
        "this consultation closed on March 1, 2020, 5:00 p.m. (UTC\u{2212}05:00): nothing was stored"
    );
    // A malformed body, or a bot's filled honeypot, gets the same answer: closed is closed.
    let (status, body) = app.call("POST", "/api/budgets/town/submissions", Some("{not json".into())).await;
    assert_eq!((status, body["error"].as_str()), (StatusCode::FORBIDDEN, Some("consultation_closed")));
    let mut bot = town_submission(2, 60_00);
    bot["website"] = json!("http://spam.example");
    let (status, _) = app.call("POST", "/api/budgets/town/submissions", Some(bot.to_string())).await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    assert_eq!(app.stored_count("town").await, 0);
}

#[tokio::test]
async fn a_submission_before_the_opening_is_refused_and_one_inside_the_window_is_stored() {
    let early = server(Backend::Sqlite, &town("[consultation]\nopens = 2999-01-10T09:00:00+01:00")).await;
    let (status, body) = early.submit_town(1, 60_00).await;
    assert_eq!(status, StatusCode::FORBIDDEN, "{body}");
    assert_eq!(body["error"], "not_open_yet");
    assert_eq!(
        body["message"],
        "this consultation opens on January 10, 2999, 9:00 a.m. (UTC+01:00): nothing was stored"
    );
    assert_eq!(early.stored_count("town").await, 0);

    let window = "[consultation]\nopens = 2020-01-01T00:00:00Z\ncloses = \"2999-01-01T00:00:00Z\"";
    let open = server(Backend::Sqlite, &town(window)).await;
    assert_eq!(open.submit_town(1, 60_00).await.0, StatusCode::CREATED);
    // A budget without dates stays open, as before.
    let always = server(Backend::Sqlite, AUSTIN).await;
    let body = json!({ "id": uuid(2), "allocation": budgets::austin_allocation() });
    let (status, _) = always.call("POST", "/api/budgets/austin-fy2017/submissions", Some(body.to_string())).await;
    assert_eq!(status, StatusCode::CREATED);
}

// --- The public figures ---------------------------------------------------------------------------

/// The independent-markets aggregate from its definition (Freeman et al.): each line's value is the
/// median of the `n` reported shares and the `n + 1` phantoms `min(1, t·(n − k))`, at the `t` where
/// those medians sum to 1, found by bisection. Written apart from pbsim-core on purpose.
fn reference_aggregate(reports: &[Vec<f64>]) -> Vec<f64> {
    let n = reports.len();
    let lines = reports[0].len();
    let medians = |t: f64| -> Vec<f64> {
        (0..lines)
            .map(|j| {
                let mut values: Vec<f64> = reports.iter().map(|r| r[j] / r.iter().sum::<f64>()).collect();
                values.extend((0..=n).map(|k| (t * (n - k) as f64).min(1.0)));
                values.sort_by(f64::total_cmp);
                values[n]
            })
            .collect()
    };
    let (mut lo, mut hi) = (0.0, 1.0);
    for _ in 0..200 {
        let mid = (lo + hi) / 2.0;
        if medians(mid).iter().sum::<f64>() < 1.0 { lo = mid } else { hi = mid }
    }
    medians(hi)
}

async fn figures_appear_only_from_the_threshold_and_hold_only_aggregates(backend: Backend) {
    let app = server(backend, &town("[results]\nthreshold = 5")).await;
    let parks = [60_00, 80_00, 80_00, 20_00, 100_00];
    for (k, p) in parks.iter().enumerate().take(4) {
        assert_eq!(app.submit_town(k, *p).await.0, StatusCode::CREATED);
    }
    // Four of five: nothing but the reason.
    assert_eq!(app.results("town").await, json!({ "status": "below_threshold", "lines": [] }));
    assert_eq!(app.submit_town(4, parks[4]).await.0, StatusCode::CREATED);
    let body = app.results("town").await;
    assert_eq!(body["status"], "published");
    assert_eq!(body["submissions"], 5);
    let reports: Vec<Vec<f64>> = parks.iter().map(|p| vec![*p as f64, (100_00 - p) as f64]).collect();
    let expected = reference_aggregate(&reports);
    // Every total is $100, so the aggregate's money is its share of $100.
    let lines = body["lines"].as_array().unwrap();
    assert_eq!(lines.len(), 2);
    assert_eq!((lines[0]["id"].as_str(), lines[0]["median"].as_i64()), (Some("parks"), Some(80_00)));
    assert_eq!((lines[1]["id"].as_str(), lines[1]["median"].as_i64()), (Some("roads"), Some(20_00)));
    for (line, share) in lines.iter().zip(&expected) {
        let got = line["aggregate"].as_i64().unwrap();
        assert!((got - (share * 100_00.0).round() as i64).abs() <= 1, "{line}: expected {share} of $100");
    }
    // Only aggregates: no id, comment, answer or single choice of anyone.
    let keys: Vec<&str> = body.as_object().unwrap().keys().map(String::as_str).collect();
    assert_eq!(keys, ["as_of", "days", "lines", "status", "submissions"]);
    let today = pbsim_server::store::now_rfc3339()[..10].to_owned();
    assert_eq!(body["days"], json!([today, today]));
    for line in lines {
        let keys: Vec<&str> = line.as_object().unwrap().keys().map(String::as_str).collect();
        assert_eq!(keys, ["aggregate", "id", "median"]);
    }
    let text = body.to_string();
    for leak in ["secret comment", "north", "south", uuid(0).as_str()] {
        assert!(!text.contains(leak), "{leak} in {text}");
    }
}

#[tokio::test]
async fn the_budget_file_chooses_when_figures_are_public() {
    let stored = |store: Store| async move {
        for k in 0..5 {
            let request: SubmissionRequest = serde_json::from_value(town_submission(k, 60_00)).unwrap();
            store.insert_submission("town", &request, None).await.unwrap();
        }
    };
    let never = server(Backend::Sqlite, &town("[results]\npublic = \"never\"\nthreshold = 5")).await;
    stored(never.store.clone()).await;
    assert_eq!(never.results("town").await, json!({ "status": "not_public", "lines": [] }));

    let future = "[consultation]\ncloses = 2999-01-01T00:00:00Z\n[results]\npublic = \"after_close\"\nthreshold = 5";
    let open = server(Backend::Sqlite, &town(future)).await;
    stored(open.store.clone()).await;
    assert_eq!(open.results("town").await, json!({ "status": "after_close", "lines": [] }));

    // The same submissions once the consultation has closed (stored before, straight in the store).
    let past = "[consultation]\ncloses = 2020-01-01T00:00:00Z\n[results]\npublic = \"after_close\"\nthreshold = 5";
    let closed = server(Backend::Sqlite, &town(past)).await;
    stored(closed.store.clone()).await;
    let body = closed.results("town").await;
    assert_eq!((body["status"].as_str(), body["submissions"].as_u64()), (Some("published"), Some(5)));

    let (status, body) = closed.call("GET", "/api/budgets/nowhere/results", None).await;
    assert_eq!((status, body["error"].as_str()), (StatusCode::NOT_FOUND, Some("not_found")));
}

#[tokio::test]
async fn cached_figures_are_served_at_once_and_catch_up_within_the_interval() {
    let db = TestDb::new(Backend::Sqlite).await;
    let store = Store::connect(&db.url).await.expect("open test database");
    let budget = Arc::new(Budget::from_toml(TOWN).unwrap());
    let insert = |k: usize| {
        let store = store.clone();
        async move {
            let request: SubmissionRequest = serde_json::from_value(town_submission(k, 60_00)).unwrap();
            store.insert_submission("town", &request, None).await.unwrap();
        }
    };
    insert(0).await;
    let interval = Duration::from_millis(300);
    let cache = ResultsCache::new(store.clone(), interval);
    assert_eq!(cache.get(&budget).await.unwrap().submissions, 1);
    insert(1).await;
    // Within the interval the figures in memory are served, without reading the store.
    assert_eq!(cache.get(&budget).await.unwrap().submissions, 1);
    // After it, a read starts a refresh and the figures catch up.
    let started = Instant::now();
    loop {
        let n = cache.get(&budget).await.unwrap().submissions;
        if n == 2 {
            break;
        }
        assert!(started.elapsed() < Duration::from_secs(10), "the figures never caught up");
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    // Unchanged data is confirmed, not read again. With every report row damaged behind the
    // store's back (which is no change of the data version), a refresh still brings figures with a
    // new `as_of`, which a computation, failing on those rows, could not.
    let confirmed = cache.get(&budget).await.unwrap();
    db.execute("UPDATE submissions SET report_row = X'01'").await;
    let started = Instant::now();
    loop {
        tokio::time::sleep(Duration::from_millis(20)).await;
        let now = cache.get(&budget).await.unwrap();
        if now.as_of != confirmed.as_of {
            assert_eq!((now.submissions, &now.lines), (2, &confirmed.lines));
            break;
        }
        assert!(started.elapsed() < Duration::from_secs(10), "unchanged figures were never confirmed");
    }
    // The rows, derived again from their bodies, are read by the next computation.
    db.execute("UPDATE submissions SET report_layout = NULL, report_row = NULL").await;
    assert_eq!(store.backfill_report_rows().await.unwrap().rows, 2);

    // With no interval, every read counts every submission.
    let uncached = ResultsCache::new(store.clone(), Duration::ZERO);
    insert(2).await;
    assert_eq!(uncached.get(&budget).await.unwrap().submissions, 3);
}

#[tokio::test]
async fn the_figures_download_as_csv_only_when_public() {
    let app = server(Backend::Sqlite, &town("[results]\nthreshold = 5")).await;
    for (k, parks) in [60_00, 80_00, 80_00, 20_00].into_iter().enumerate() {
        assert_eq!(app.submit_town(k, parks).await.0, StatusCode::CREATED);
    }
    let (status, body) = app.call("GET", "/api/budgets/town/results.csv", None).await;
    assert_eq!((status, body["error"].as_str()), (StatusCode::NOT_FOUND, Some("not_found")), "{body}");
    assert_eq!(app.submit_town(4, 100_00).await.0, StatusCode::CREATED);
    let answer = app.send(Request::get("/api/budgets/town/results.csv").body(Body::empty()).unwrap()).await;
    assert_eq!(answer.status, StatusCode::OK);
    assert_eq!(answer.headers[header::CONTENT_TYPE], "text/csv; charset=utf-8");
    assert_eq!(answer.headers[header::CONTENT_DISPOSITION], "attachment; filename=\"town-results.csv\"");
    let json = app.results("town").await;
    let aggregate = |i: usize| json["lines"][i]["aggregate"].as_i64().unwrap();
    assert_eq!(
        answer.text(),
        format!(
            "\"line\",\"label_en\",\"label_fr\",\"unit\",\"this_year\",\"median\",\"aggregate\"\n\
             \"parks\",\"Parks\",\"Parcs\",\"cents\",6000,8000,{}\n\
             \"roads\",\"Roads\",\"Routes\",\"cents\",4000,2000,{}\n",
            aggregate(0),
            aggregate(1)
        )
    );
}

#[test]
fn check_budgets_names_a_bad_window_with_its_line() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("town.toml");
    let text = town(
        "[consultation]\nopens = 2027-02-10T09:00:00\ncloses = 2027-01-10T09:00:00Z\n[results]\npublic = \"later\"",
    );
    let first = TOWN.lines().count() + 2;
    std::fs::write(&file, &text).unwrap();
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_pbsim"))
        .args(["check-budgets", file.to_str().unwrap()])
        .env("RUST_LOG", "warn")
        .output()
        .unwrap();
    let said = format!("{}{}", String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr));
    assert!(!out.status.success(), "{said}");
    assert!(said.contains(&format!("line {}: consultation.opens: has no offset from UTC", first + 1)), "{said}");
    assert!(said.contains(&format!("line {}: results.public: unknown value \"later\"", first + 4)), "{said}");
}

const TOULOUSE: &str = include_str!("../../../budgets/toulouse-2022-4.toml");

/// Toulouse residents' approvals (at most 3 of its 10 projects), with a comment that must never
/// reach the public figures.
fn toulouse_ballots() -> Vec<Value> {
    let sets: [&[&str]; 7] = [
        &["104", "100"],
        &["104", "107", "101"],
        &["100"],
        &["102", "104"],
        &["107", "100", "103"],
        &["104"],
        &["105", "100", "104"],
    ];
    sets.iter()
        .enumerate()
        .map(|(k, ids)| {
            json!({ "id": uuid(100 + k), "projects": { "approved": ids }, "comment": format!("secret comment {k}") })
        })
        .collect()
}

/// `(id, votes)` of every project of `budget`, counted here from `ballots`.
fn votes_of(budget: &Budget, ballots: &[Value]) -> Vec<(String, u64)> {
    let projects = &budget.projects.as_ref().unwrap().projects;
    projects
        .iter()
        .map(|p| {
            let votes = ballots
                .iter()
                .filter(|b| b["projects"]["approved"].as_array().unwrap().iter().any(|id| id == p.id.as_str()))
                .count();
            (p.id.clone(), votes as u64)
        })
        .collect()
}

/// `(id, votes)` of every project in a `/results` answer.
fn public_votes(body: &Value) -> Vec<(String, u64)> {
    body["projects"]["projects"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| (p["id"].as_str().unwrap().to_owned(), p["votes"].as_u64().unwrap()))
        .collect()
}

/// Greedy as the test understands it: most votes first (ties: the id first), each project that
/// still fits the amount is funded.
fn greedy(budget: &Budget, votes: &[(String, u64)]) -> (Vec<String>, i64) {
    let selection = budget.projects.as_ref().unwrap();
    let mut order: Vec<&(String, u64)> = votes.iter().collect();
    order.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    let (mut funded, mut left) = (Vec::new(), selection.amount.0);
    for (id, _) in order {
        let cost = selection.project(id).unwrap().1.cost.0;
        if cost <= left {
            left -= cost;
            funded.push(id.clone());
        }
    }
    (funded, left)
}

/// A budget of projects publishes each project's votes (counted here from the ballots posted) from
/// the threshold on, never "funded" while the consultation is open, and once it has closed what
/// the budget's rule (greedy for Toulouse) funds, with the money spent and left. Never a ballot.
async fn a_budget_of_projects_shows_votes_then_what_its_rule_funds_once_closed(backend: Backend) {
    let ballots = toulouse_ballots();
    let open = format!("{TOULOUSE}\n[results]\nthreshold = 7\n");
    let app = server(backend, &open).await;
    for ballot in &ballots[..6] {
        let (status, body) =
            app.call("POST", "/api/budgets/toulouse-2022-4/submissions", Some(ballot.to_string())).await;
        assert_eq!(status, StatusCode::CREATED, "{body}");
    }
    let below = app.results("toulouse-2022-4").await;
    assert_eq!(below, json!({ "status": "below_threshold", "lines": [] }));
    let (status, body) =
        app.call("POST", "/api/budgets/toulouse-2022-4/submissions", Some(ballots[6].to_string())).await;
    assert_eq!(status, StatusCode::CREATED, "{body}");
    let body = app.results("toulouse-2022-4").await;
    let budget = Budget::from_toml(&open).unwrap();
    let votes = votes_of(&budget, &ballots);
    assert_eq!((body["status"].as_str(), body["submissions"].as_u64()), (Some("published"), Some(7)));
    assert_eq!(public_votes(&body), votes);
    assert!(votes.iter().any(|(_, v)| *v == 0), "a project nobody chose is still listed, with 0");
    let text = body.to_string();
    assert!(!text.contains("funded") && !text.contains("outcome") && !text.contains("winners"), "{text}");
    assert!(!text.contains("secret") && !text.contains("00000000-"), "{text}");

    // The same ballots once the consultation has closed (stored before, straight in the store).
    let closed = format!("{open}\n[consultation]\ncloses = 2020-03-01T17:00:00+01:00\n");
    let app = server(backend, &closed).await;
    for ballot in &ballots {
        let request: SubmissionRequest = serde_json::from_value(ballot.clone()).unwrap();
        app.store.insert_submission("toulouse-2022-4", &request, None).await.unwrap();
    }
    let body = app.results("toulouse-2022-4").await;
    assert_eq!(public_votes(&body), votes);
    let (funded, left) = greedy(&budget, &votes);
    let outcome = &body["projects"]["outcome"];
    assert_eq!(outcome["rule"], "greedy");
    let winners: Vec<String> = serde_json::from_value(outcome["winners"].clone()).unwrap();
    assert_eq!(winners, funded);
    let amount = budget.projects.as_ref().unwrap().amount.0;
    assert_eq!((outcome["spent"].as_i64(), outcome["unspent"].as_i64()), (Some(amount - left), Some(left)));
    for p in body["projects"]["projects"].as_array().unwrap() {
        let id = p["id"].as_str().unwrap().to_owned();
        assert_eq!(p["funded"].as_bool(), Some(funded.contains(&id)), "{p}");
    }

    // The city's rule decides: the Method of Equal Shares never funds a project nobody chose.
    let mes = closed.replace("rule = \"greedy\"", "rule = \"mes\"");
    let app = server(backend, &mes).await;
    for ballot in &ballots {
        let request: SubmissionRequest = serde_json::from_value(ballot.clone()).unwrap();
        app.store.insert_submission("toulouse-2022-4", &request, None).await.unwrap();
    }
    let body = app.results("toulouse-2022-4").await;
    assert_eq!(body["projects"]["outcome"]["rule"], "mes");
    for (p, (_, v)) in body["projects"]["projects"].as_array().unwrap().iter().zip(&votes) {
        if *v == 0 {
            assert_eq!(p["funded"].as_bool(), Some(false), "{p}");
        }
    }
}

/// The CSV a budget of projects' `results.csv` should be: a row per project with its titles, cost
/// and `votes` (counted here), and with `funded` (the ids the city's rule funds) once decided.
fn projects_csv(budget: &Budget, votes: &[(String, u64)], funded: Option<&[String]>) -> String {
    let quoted = |s: &str| format!("\"{}\"", s.replace('"', "\"\""));
    let mut csv = String::from("\"project\",\"title_en\",\"title_fr\",\"cost_cents\",\"votes\"");
    csv.push_str(if funded.is_some() { ",\"funded\"\n" } else { "\n" });
    for (id, n) in votes {
        let (_, p) = budget.projects.as_ref().unwrap().project(id).unwrap();
        csv.push_str(&format!("{id},{},{},{},{n}", quoted(&p.title.en), quoted(&p.title.fr), p.cost.0));
        match funded {
            Some(funded) => csv.push_str(if funded.contains(id) { ",\"yes\"\n" } else { ",\"no\"\n" }),
            None => csv.push('\n'),
        }
    }
    csv
}

/// A budget of projects' spreadsheet holds what its public figures hold: nothing before the
/// threshold, then every project's votes, and what the city's rule (greedy for Toulouse) funds
/// only once the consultation has closed.
#[tokio::test]
async fn a_budget_of_projects_downloads_its_votes_then_what_is_funded_as_csv() {
    let ballots = toulouse_ballots();
    let open = format!("{TOULOUSE}\n[results]\nthreshold = 7\n");
    let budget = Budget::from_toml(&open).unwrap();
    let votes = votes_of(&budget, &ballots);
    let app = server(Backend::Sqlite, &open).await;
    for ballot in &ballots[..6] {
        let (status, body) =
            app.call("POST", "/api/budgets/toulouse-2022-4/submissions", Some(ballot.to_string())).await;
        assert_eq!(status, StatusCode::CREATED, "{body}");
    }
    let (status, body) = app.call("GET", "/api/budgets/toulouse-2022-4/results.csv", None).await;
    assert_eq!((status, body["error"].as_str()), (StatusCode::NOT_FOUND, Some("not_found")), "{body}");
    let (status, _) = app.call("POST", "/api/budgets/toulouse-2022-4/submissions", Some(ballots[6].to_string())).await;
    assert_eq!(status, StatusCode::CREATED);
    let answer = app.send(Request::get("/api/budgets/toulouse-2022-4/results.csv").body(Body::empty()).unwrap()).await;
    assert_eq!(answer.status, StatusCode::OK);
    assert_eq!(answer.headers[header::CONTENT_DISPOSITION], "attachment; filename=\"toulouse-2022-4-results.csv\"");
    let text = answer.text();
    assert_eq!(text, projects_csv(&budget, &votes, None));
    assert_eq!(text.lines().count(), 11, "a header and Toulouse's ten projects: {text}");
    assert!(!text.contains("secret") && !text.contains("00000000-"), "{text}");

    let closed = format!("{open}\n[consultation]\ncloses = 2020-03-01T17:00:00+01:00\n");
    let app = server(Backend::Sqlite, &closed).await;
    for ballot in &ballots {
        let request: SubmissionRequest = serde_json::from_value(ballot.clone()).unwrap();
        app.store.insert_submission("toulouse-2022-4", &request, None).await.unwrap();
    }
    let answer = app.send(Request::get("/api/budgets/toulouse-2022-4/results.csv").body(Body::empty()).unwrap()).await;
    assert_eq!(answer.status, StatusCode::OK);
    let (funded, _) = greedy(&budget, &votes);
    assert!(!funded.is_empty() && funded.len() < votes.len(), "some funded, some not: {funded:?}");
    assert_eq!(answer.text(), projects_csv(&budget, &votes, Some(&funded)));
}
