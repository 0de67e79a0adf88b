//! The officers' API: nothing without credentials, then reports, comments and downloads for an
//! officer logged in with a password or an API token. Driven through `app(state)` without a socket.

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
#[path = "support/workbook.rs"]
mod workbook;

use answer::Answer;
use app::{Setup, TestApp};
use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use budgets::TOWN;
use db::{Backend, TestDb};
use pbsim_core::aggregate::{Unit, figures};
use pbsim_core::wire::ReportPage;
use pbsim_server::auth;
use pbsim_server::store::Store;
use serde_json::{Value, json};

on_both_databases!(
    every_admin_route_answers_401_without_credentials,
    wrong_passwords_and_unknown_officers_are_refused,
    an_officer_reads_the_report_filters_and_weights,
    comments_are_searched_in_any_case,
    downloads_hold_every_submission_with_formulas_neutralised,
    downloads_hold_only_the_filtered_submissions,
    a_filter_naming_an_answer_the_question_does_not_have_is_refused,
    revenue_and_tax_rate_lines_are_reported_in_their_own_unit,
    tokens_work_until_revoked_and_sessions_until_they_expire_or_log_out,
    malformed_queries_and_paths_get_the_json_error_body,
);

async fn test_app(backend: Backend) -> TestApp {
    Setup::new(&[TOWN]).on(backend).await
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
        self.send(request).await
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
            assert_eq!(r.json["error"], "unauthorized");
            assert!(!r.text().contains("HYPERLINK"));
        }
    }
    // The public API never hands out submissions: its submissions route only takes them in.
    let r = t.call("GET", "/api/budgets/town/submissions", None, None).await;
    assert_eq!(r.status, StatusCode::METHOD_NOT_ALLOWED, "{}", r.text());
    assert_eq!(r.headers[header::ALLOW], "POST");
    for comment in ["Keep the parks", "HYPERLINK", "ROADS"] {
        assert!(!r.text().contains(comment), "{}", r.text());
    }
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
    assert_eq!(r.json["name"], "alice");

    let r = t.call("GET", "/api/admin/budgets/town/report", auth, None).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text());
    let body = r.json;
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
    assert_eq!(r.json["report"]["submissions"], 1);
    assert_eq!(r.json["report"]["total_submissions"], 4);
    assert_eq!(r.json["report"]["lines"][0]["share"]["median"], 0.2, "the south's one resident gave parks 20 %");

    // Weighted by ward: three residents answered, two from the north and one from the south, and
    // each ward is half the population, so each northerner weighs 3 · ½ / 2 = ¾ and the
    // southerner 3 · ½ / 1 = 3/2; the resident who did not answer keeps 1.
    let r = t.call("GET", "/api/admin/budgets/town/report?weight_by=ward&bootstrap=200", auth, None).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text());
    let weighting = &r.json["report"]["weighting"];
    assert_eq!(weighting["question"], "ward");
    assert_eq!(weighting["unanswered"], 1);
    assert_eq!((&weighting["groups"][0]["option"], &weighting["groups"][0]["weight"]), (&json!("north"), &json!(0.75)));
    assert_eq!((&weighting["groups"][1]["option"], &weighting["groups"][1]["weight"]), (&json!("south"), &json!(1.5)));
    // Parks' weighted mean share: (¾·0.6 + ¾·0.8 + 3/2·0.2 + 1·0.5) / 4 = 1.85 / 4; its weighted
    // median: sorted 0.2 (3/2), 0.5 (1), 0.6 (¾), 0.8 (¾), half the weight (2) is reached at 0.5.
    let parks = &r.json["report"]["lines"][0]["share"];
    assert!((parks["mean"].as_f64().unwrap() - 1.85 / 4.0).abs() < 1e-12, "{parks}");
    assert!((parks["median"].as_f64().unwrap() - 0.5).abs() < 1e-12, "{parks}");
    // Each bootstrap interval holds its estimate, and the mean's is an interval, not a point.
    for line in r.json["report"]["lines"].as_array().unwrap() {
        let share = &line["share"];
        for statistic in ["mean", "median", "independent_markets"] {
            let (estimate, interval) = (share[statistic].as_f64().unwrap(), &share["intervals"][statistic]);
            let (low, high) = (interval["low"].as_f64().unwrap(), interval["high"].as_f64().unwrap());
            assert!(low <= estimate && estimate <= high, "{} {statistic}: {estimate} outside {interval}", line["id"]);
        }
        let mean = &share["intervals"]["mean"];
        assert!(mean["low"].as_f64().unwrap() < mean["high"].as_f64().unwrap(), "{}: {mean}", line["id"]);
    }
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
    assert_eq!(r.json["total"], 3);
    let r = t.call("GET", "/api/admin/budgets/town/comments?q=roads", auth, None).await;
    assert_eq!(r.json["total"], 1);
    assert_eq!(r.json["comments"][0]["text"], "Fix the ROADS first");
    let r = t.call("GET", "/api/admin/budgets/town/comments?q=parks&filter=ward:south", auth, None).await;
    assert_eq!(r.json["total"], 0);
    // Filtered to the north: its two residents' comments, newest first, and none of the south's.
    let r = t.call("GET", "/api/admin/budgets/town/comments?filter=ward:north", auth, None).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text());
    let texts: Vec<&str> = r.json["comments"].as_array().unwrap().iter().map(|c| c["text"].as_str().unwrap()).collect();
    assert_eq!(texts, ["=HYPERLINK(\"http://x\")", "Keep the parks"]);
    assert_eq!(r.json["total"], 2);
    let r = t.call("GET", "/api/admin/budgets/town/comments?q=PARKS&filter=ward:north", auth, None).await;
    assert_eq!(r.json["total"], 1);
    assert_eq!(r.json["comments"][0]["submission"], "00000000-0000-4000-8000-000000000001");
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
    // Every text cell quoted (empty ones too), numbers bare, the formula neutralised.
    assert!(lines[2].ends_with(",8000,2000,\"north\",\"\",\"'=HYPERLINK(\"\"http://x\"\")\""), "{}", lines[2]);

    let r = t.call("GET", "/api/admin/budgets/town/export/xlsx", auth, None).await;
    assert_eq!(r.status, StatusCode::OK);
    assert!(r.headers[header::CONTENT_DISPOSITION].to_str().unwrap().contains("town-submissions.xlsx"));
    let sheet = workbook::cells(&r.bytes);
    assert_eq!(sheet.len(), 5, "a header and a row per submission: {sheet:?}");
    assert_eq!(
        sheet[0],
        ["submission", "received_at", "locale", "parks", "roads", "answer:ward", "comment:all", "comment"]
            .map(workbook::text)
    );
    // A spreadsheet reads the amounts as numbers and the resident's text as text, exactly as
    // written: a string cell is never run as a formula, so nothing needs neutralising there.
    assert_eq!(sheet[2][0], workbook::text("00000000-0000-4000-8000-000000000002"));
    assert_eq!(
        sheet[2][2..],
        [
            workbook::text("en"),
            workbook::number(8000.0),
            workbook::number(2000.0),
            workbook::text("north"),
            workbook::text(""),
            workbook::text("=HYPERLINK(\"http://x\")")
        ]
    );
    assert_eq!(sheet[4][3..6], [workbook::number(5000.0), workbook::number(5000.0), workbook::text("")]);
    let received: Vec<String> = t.store.submissions("town").await.unwrap().into_iter().map(|s| s.received_at).collect();
    let in_sheet: Vec<String> = sheet[1..].iter().map(|row| row[1].to_string()).collect();
    assert_eq!(in_sheet, received);
    assert!(workbook::formulas(&r.bytes).is_empty(), "no cell is a formula");

    let r = t.call("GET", "/api/admin/budgets/town/export/json", auth, None).await;
    assert_eq!(r.status, StatusCode::OK);
    let rows = r.json.as_array().unwrap();
    assert_eq!(rows.len(), 4);
    assert_eq!(rows[1]["id"], "00000000-0000-4000-8000-000000000002");
    assert_eq!(rows[1]["submission"]["allocation"], json!({ "parks": 80_00, "roads": 20_00 }));
    assert_eq!(rows[1]["submission"]["comment"], "=HYPERLINK(\"http://x\")", "JSON keeps the exact text");
    let r = t.call("GET", "/api/admin/budgets/town/export/pdf", auth, None).await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);
}

/// Every download with `?filter=` holds exactly the submissions that gave that answer.
async fn downloads_hold_only_the_filtered_submissions(backend: Backend) {
    let t = test_app(backend).await;
    t.seed().await;
    let cookie = officer(&t).await;
    let auth = Some(("cookie", cookie.as_str()));
    let north = ["00000000-0000-4000-8000-000000000001", "00000000-0000-4000-8000-000000000002"];

    let r = t.call("GET", "/api/admin/budgets/town/export/json?filter=ward:north", auth, None).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text());
    let rows = r.json.as_array().unwrap();
    assert_eq!(rows.iter().map(|row| row["id"].as_str().unwrap()).collect::<Vec<_>>(), north);
    assert!(rows.iter().all(|row| row["submission"]["answers"]["ward"] == "north"), "{}", r.json);

    let r = t.call("GET", "/api/admin/budgets/town/export/csv?filter=ward:south", auth, None).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text());
    let csv = r.text();
    let lines: Vec<&str> = csv.lines().collect();
    assert_eq!(lines.len(), 2, "the header and the south's one submission: {csv}");
    assert_eq!(lines[0], "submission,received_at,locale,parks,roads,answer:ward,comment:all,comment");
    // Every text cell is quoted (so no separator a spreadsheet guesses can split a resident's text).
    assert!(lines[1].starts_with("\"00000000-0000-4000-8000-000000000003\","), "{csv}");
    assert!(lines[1].ends_with(",\"en\",2000,8000,\"south\",\"\",\"Fix the ROADS first\""), "{csv}");

    let r = t.call("GET", "/api/admin/budgets/town/export/csv?filter=ward:north", auth, None).await;
    let csv = r.text();
    let ids: Vec<&str> = csv.lines().skip(1).map(|l| l.split(',').next().unwrap().trim_matches('"')).collect();
    assert_eq!(ids, north);

    let r = t.call("GET", "/api/admin/budgets/town/export/xlsx?filter=ward:north", auth, None).await;
    let sheet = workbook::cells(&r.bytes);
    let ids: Vec<String> = sheet[1..].iter().map(|row| row[0].to_string()).collect();
    assert_eq!(ids, north);
}

/// A filter on an answer the question does not offer (a typo, an old option) is refused with a
/// message naming it, as `pbsim report` refuses it: an officer never reads an empty report as
/// "nobody answered that".
async fn a_filter_naming_an_answer_the_question_does_not_have_is_refused(backend: Backend) {
    let t = test_app(backend).await;
    t.seed().await;
    let cookie = officer(&t).await;
    let auth = Some(("cookie", cookie.as_str()));
    for route in ["report", "comments", "export/csv", "export/xlsx", "export/json"] {
        let r = t.call("GET", &format!("/api/admin/budgets/town/{route}?filter=ward:east"), auth, None).await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{route}: {}", r.text());
        assert_eq!(r.json["problems"][0]["path"], "filter", "{route}: {}", r.json);
        assert_eq!(r.json["problems"][0]["message"], "\"east\" is not one of the answers to \"ward\"", "{route}");
        let r = t.call("GET", &format!("/api/admin/budgets/town/{route}?filter=age:young"), auth, None).await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{route}: {}", r.text());
        assert_eq!(r.json["problems"][0]["message"], "the budget asks no question \"age\"", "{route}");
    }
}

/// Revenue and tax-rate lines are reported in their own unit beside the spending shares, and the
/// shares are of spending only.
async fn revenue_and_tax_rate_lines_are_reported_in_their_own_unit(backend: Backend) {
    let t = Setup::new(&[&budgets::town_with_revenue()]).on(backend).await;
    // (parks, roads, fees, levy): each balances $80 + fees + levy (1 % = $10) against spending.
    let residents = [
        (60_00, 40_00, 10_00, 1_000_000),
        (70_00, 40_00, 20_00, 1_000_000),
        (50_00, 40_00, 0, 1_000_000),
        (60_00, 60_00, 30_00, 1_000_000),
        (60_00, 50_00, 10_00, 2_000_000),
    ];
    for (k, (parks, roads, fees, levy)) in residents.iter().enumerate() {
        let body = json!({
            "id": format!("00000000-0000-4000-8000-00000000000{}", k + 1),
            "allocation": { "parks": parks, "roads": roads, "fees": fees, "levy": levy },
        });
        let r = t.call("POST", "/api/budgets/town/submissions", None, Some(body)).await;
        assert_eq!(r.status, StatusCode::CREATED, "{}", r.text());
    }
    let cookie = officer(&t).await;
    let r = t.call("GET", "/api/admin/budgets/town/report", Some(("cookie", &cookie)), None).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text());
    let lines = r.json["report"]["lines"].as_array().unwrap();
    assert_eq!(lines.iter().map(|l| l["id"].as_str().unwrap()).collect::<Vec<_>>(), ["parks", "roads", "fees", "levy"]);

    // Fees in dollars: 0, 10, 10, 20, 30 (cents). Median 10, mean 14, quartiles 10 and 20.
    let fees = &lines[2];
    assert_eq!(fees["kind"]["type"], "revenue");
    assert!(fees["share"].is_null(), "revenue is not a share of spending: {fees}");
    let values = &fees["values"];
    assert_eq!((values["median"].as_f64(), values["mean"].as_f64()), (Some(10_00.0), Some(14_00.0)), "{values}");
    assert_eq!((values["q1"].as_f64(), values["q3"].as_f64()), (Some(10_00.0), Some(20_00.0)), "{values}");
    assert_eq!((values["min"].as_f64(), values["max"].as_f64()), (Some(0.0), Some(30_00.0)), "{values}");
    assert_eq!(fees["movement"], json!({ "raised": 0.4, "lowered": 0.2, "kept": 0.4 }));
    // The levy in micro-percent: four kept 1 %, one raised it to 2 %.
    let levy = &lines[3];
    assert_eq!(levy["kind"]["type"], "tax_rate");
    assert_eq!(levy["values"]["median"].as_f64(), Some(1_000_000.0));
    assert_eq!(levy["values"]["mean"].as_f64(), Some(1_200_000.0));
    assert_eq!(levy["movement"], json!({ "raised": 0.2, "lowered": 0.0, "kept": 0.8 }));
    // Parks' shares are of parks and roads only: 0.6, 70/110, 50/90, 0.5, 60/110.
    let parks_mean = (0.6 + 70.0 / 110.0 + 50.0 / 90.0 + 0.5 + 60.0 / 110.0) / 5.0;
    assert!((lines[0]["share"]["mean"].as_f64().unwrap() - parks_mean).abs() < 1e-12, "{}", lines[0]);

    // The dashboard's figures, computed as the dashboard computes them from this answer (read as
    // the wire type it deserialises): money in cents, rates in micro-percent, whole numbers.
    let page: ReportPage = serde_json::from_value(r.json.clone()).expect("the answer is a ReportPage");
    let display = figures(&page.report);
    let by_id = |id: &str| display.iter().find(|d| d.id == id).unwrap_or_else(|| panic!("no {id} in {display:?}"));
    let fees = by_id("fees");
    assert_eq!((fees.unit, fees.baseline, fees.median, fees.mean), (Unit::Money, 10_00, 10_00, 14_00));
    assert_eq!((fees.raised, fees.lowered), (40_000_000, 20_000_000));
    let levy = by_id("levy");
    assert_eq!((levy.unit, levy.baseline, levy.mean), (Unit::Rate, 1_000_000, 1_200_000));
    assert_eq!(by_id("parks").unit, Unit::Share);
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
        assert_eq!(r.json["error"], "malformed_query", "{uri}: {}", r.text());
        assert_eq!(r.json["problems"][0]["path"], field, "{uri}: {}", r.text());
    }
    for uri in [
        "/api/admin/budgets/town/export/pdf",
        "/api/admin/budgets/nowhere/report",
        "/api/admin/budgets/nowhere/export/csv",
        "/api/admin/budgets/%FF/comments",
    ] {
        let r = t.call("GET", uri, auth, None).await;
        assert_eq!(r.status, StatusCode::NOT_FOUND, "{uri}: {}", r.text());
        assert_eq!(r.json["error"], "not_found", "{uri}: {}", r.text());
        assert!(r.json["message"].as_str().is_some_and(|m| !m.is_empty()), "{uri}: {}", r.text());
    }
}

async fn tokens_work_until_revoked_and_sessions_until_they_expire_or_log_out(backend: Backend) {
    let t = test_app(backend).await;
    let token = auth::create_token(&t.store, "reporting").await.expect("token");
    let bearer = format!("Bearer {token}");
    let r = t.call("GET", "/api/admin/me", Some(("authorization", &bearer)), None).await;
    assert_eq!(r.status, StatusCode::OK);
    assert_eq!(r.json["name"], "reporting");
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
    let expired = format!("{}=old.s3cret", auth::SECURE_COOKIE);
    let r = t.call("GET", "/api/admin/me", Some(("cookie", &expired)), None).await;
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
    let (one, two) = (Setup::new(&[TOWN]).on_store(a), Setup::new(&[TOWN]).on_store(b));
    let cookie = officer(&one).await;
    let r = two.call("GET", "/api/admin/me", Some(("cookie", &cookie)), None).await;
    assert_eq!(r.status, StatusCode::OK);
    one.store.close().await;
    two.store.close().await;
}
