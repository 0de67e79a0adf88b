//! Budgets of projects through the server: the budget as JSON, residents' choices stored exactly
//! as chosen (or refused with every problem named, nothing stored), on the same path as a budget of
//! lines (idempotent retry, invite codes, honeypot, consultation window), and what officers read:
//! every rule's outcome in the report, the downloads with a column per project, the JSON export
//! with the outcomes and the Pabulib export. Each case runs on SQLite and PostgreSQL.

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
use axum::http::{Request, StatusCode, header};
use db::Backend;
use pbsim_core::projects::pabulib;
use pbsim_core::wire::{ProjectChoice, ReportPage, RuleId};
use pbsim_server::auth;
use serde_json::{Value, json};

const TOULOUSE: &str = include_str!("../../../budgets/toulouse-2022-4.toml");
const SUBMIT: &str = "/api/budgets/toulouse-2022-4/submissions";

on_both_databases!(
    a_budget_of_projects_is_served_with_its_projects_and_ballot,
    a_choice_is_stored_as_chosen_and_a_retry_is_recognised,
    bad_choices_are_refused_with_every_problem_and_nothing_is_stored,
    points_that_are_not_whole_numbers_are_refused_naming_the_field,
    invites_honeypot_and_window_work_for_projects,
    officers_see_every_rule_side_by_side_and_download_the_ballots,
);

async fn app_with(backend: Backend, tomls: &[&str]) -> TestApp {
    Setup::new(tomls).on(backend).await
}

impl TestApp {
    async fn post(&self, uri: &str, body: &Value) -> Answer {
        let request = Request::builder()
            .method("POST")
            .uri(uri)
            .header(header::CONTENT_TYPE, "application/json")
            .body(Body::from(body.to_string()))
            .expect("request");
        self.send(request).await
    }

    async fn get(&self, uri: &str, cookie: Option<&str>) -> Answer {
        let mut builder = Request::builder().uri(uri);
        if let Some(cookie) = cookie {
            builder = builder.header(header::COOKIE, cookie);
        }
        self.send(builder.body(Body::empty()).expect("request")).await
    }

    async fn stored(&self) -> usize {
        self.stored_count("toulouse-2022-4").await
    }
}

fn uuid(n: usize) -> String {
    format!("00000000-0000-4000-8000-{n:012}")
}

fn approve(n: usize, ids: &[&str]) -> Value {
    json!({ "id": uuid(n), "projects": { "approved": ids }, "locale": "fr" })
}

/// `(path, code)` pairs.
type Problems = Vec<(String, String)>;

/// `(path, code)` of every problem in a 422 answer.
fn problems(answer: &Answer) -> Problems {
    answer.json["problems"]
        .as_array()
        .map(|ps| {
            ps.iter()
                .map(|p| (p["path"].as_str().unwrap_or("").to_owned(), p["code"].as_str().unwrap_or("").to_owned()))
                .collect()
        })
        .unwrap_or_default()
}

fn pairs(expected: &[(&str, &str)]) -> Problems {
    expected.iter().map(|(p, c)| ((*p).to_owned(), (*c).to_owned())).collect()
}

/// The Toulouse demo with its ballot replaced (a TOML inline table).
fn toulouse_with(ballot: &str) -> String {
    let text = TOULOUSE.replace(r#"ballot = { type = "at_most", max_projects = 3 }"#, &format!("ballot = {ballot}"));
    assert_ne!(text, TOULOUSE, "the demo no longer has the ballot this test replaces");
    text
}

async fn a_budget_of_projects_is_served_with_its_projects_and_ballot(backend: Backend) {
    let t = app_with(backend, &[TOULOUSE, budgets::AUSTIN]).await;
    let r = t.get("/api/budgets/toulouse-2022-4", None).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text());
    let projects = &r.json["projects"];
    assert_eq!(projects["amount"], 400_000_00);
    assert_eq!(projects["ballot"], json!({ "kind": "approval", "max_projects": 3, "max_cost": null }));
    assert_eq!(projects["projects"].as_array().map(Vec::len), Some(10));
    assert_eq!(projects["projects"][3]["title"]["fr"], "Kiosque au Jardin Michelet");
    assert_eq!(r.json["sections"], json!([]));
    // A budget of lines' JSON has no `projects`.
    let austin = t.get("/api/budgets/austin-fy2017", None).await;
    assert!(austin.json.get("projects").is_none(), "{}", austin.text());
}

async fn a_choice_is_stored_as_chosen_and_a_retry_is_recognised(backend: Backend) {
    let t = app_with(backend, &[TOULOUSE]).await;
    let body = approve(1, &["108", "100", "104"]);
    let first = t.post(SUBMIT, &body).await;
    assert_eq!(first.status, StatusCode::CREATED, "{}", first.text());
    let again = t.post(SUBMIT, &body).await;
    assert_eq!((again.status, &again.json), (StatusCode::OK, &first.json));
    let other = t.post(SUBMIT, &approve(1, &["108"])).await;
    assert_eq!(other.status, StatusCode::CONFLICT, "{}", other.text());

    let stored = t.store.submissions("toulouse-2022-4").await.expect("read");
    assert_eq!(stored.len(), 1);
    // Exactly what was chosen, in the order chosen.
    assert_eq!(
        stored[0].request.projects,
        Some(ProjectChoice::Approved(vec!["108".into(), "100".into(), "104".into()]))
    );
    assert!(stored[0].request.allocation.is_empty());
}

async fn bad_choices_are_refused_with_every_problem_and_nothing_is_stored(backend: Backend) {
    let within = toulouse_with(r#"{ type = "within_budget" }"#).replace("toulouse-2022-4", "within");
    let points = toulouse_with(r#"{ type = "cumulative", points = 10, max_per_project = 5 }"#)
        .replace("toulouse-2022-4", "points");
    let t = app_with(backend, &[TOULOUSE, &within, &points, budgets::AUSTIN]).await;
    let cases: Vec<(&str, Value, Problems)> = vec![
        (
            SUBMIT,
            approve(1, &["104", "999", "104", "100", "108"]),
            pairs(&[
                ("projects.approved[1]", "unknown_project"),
                ("projects.approved[2]", "repeated_project"),
                ("projects.approved", "too_many_projects"),
            ]),
        ),
        (SUBMIT, approve(2, &[]), pairs(&[("projects.approved", "no_projects")])),
        (SUBMIT, json!({ "id": uuid(3) }), pairs(&[("projects", "no_projects")])),
        (
            SUBMIT,
            json!({ "id": uuid(4), "allocation": { "police": 1 }, "projects": { "approved": ["104"] } }),
            pairs(&[("allocation", "wrong_kind")]),
        ),
        (
            SUBMIT,
            json!({ "id": uuid(5), "projects": { "points": { "104": 1 } } }),
            pairs(&[("projects.points", "wrong_kind")]),
        ),
        // €160,000 + €115,000 + €80,000 + €50,000 = €405,000 of €400,000.
        (
            "/api/budgets/within/submissions",
            approve(6, &["101", "103", "202", "104"]),
            pairs(&[("projects.approved", "over_budget")]),
        ),
        (
            "/api/budgets/points/submissions",
            json!({ "id": uuid(7), "projects": { "points": { "104": 6, "100": 5, "nope": 1 } } }),
            pairs(&[
                ("projects.points.nope", "unknown_project"),
                ("projects.points", "too_many_points"),
                ("projects.points.104", "too_many_points_for_one"),
            ]),
        ),
        (
            "/api/budgets/points/submissions",
            json!({ "id": uuid(8), "projects": { "approved": ["104"] } }),
            pairs(&[("projects.approved", "wrong_kind")]),
        ),
        (
            "/api/budgets/austin-fy2017/submissions",
            json!({ "id": uuid(9), "allocation": budgets::austin_allocation(), "projects": { "approved": ["104"] } }),
            pairs(&[("projects", "wrong_kind")]),
        ),
    ];
    for (uri, body, expected) in cases {
        let r = t.post(uri, &body).await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{body}: {}", r.text());
        assert_eq!(r.json["error"], "invalid_submission", "{body}");
        assert_eq!(problems(&r), expected, "{body}");
    }
    let over = t.post("/api/budgets/within/submissions", &approve(6, &["101", "103", "202", "104"])).await;
    assert_eq!(
        over.json["problems"][0]["message"],
        "the projects chosen cost €405,000, more than the €400,000 available"
    );
    for budget in ["toulouse-2022-4", "within", "points", "austin-fy2017"] {
        assert_eq!(t.stored_count(budget).await, 0, "{budget}");
    }
    // Within the rules, each is stored.
    assert_eq!(
        t.post("/api/budgets/within/submissions", &approve(10, &["101", "103", "202", "107"])).await.status,
        StatusCode::CREATED
    );
    let fine = json!({ "id": uuid(11), "projects": { "points": { "104": 5, "100": 0, "108": 4 } } });
    assert_eq!(t.post("/api/budgets/points/submissions", &fine).await.status, StatusCode::CREATED);
}

async fn points_that_are_not_whole_numbers_are_refused_naming_the_field(backend: Backend) {
    let points = toulouse_with(r#"{ type = "cumulative", points = 10 }"#);
    let t = app_with(backend, &[&points]).await;
    for bad in ["-1", "1.5", "\"2\"", "null"] {
        let bad: Value = serde_json::from_str(bad).expect("a JSON value");
        let body = json!({ "id": uuid(1), "projects": { "points": { "104": bad } } });
        let r = t.post(SUBMIT, &body).await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{body}: {}", r.text());
        assert_eq!(r.json["error"], "malformed_body", "{body}");
        assert_eq!(problems(&r), pairs(&[("projects.points.104", "malformed_body")]), "{body}");
        let message = r.json["problems"][0]["message"].as_str().unwrap_or("");
        assert!(message.contains("a whole number of points, 0 or more"), "{bad}: {message}");
    }
    assert_eq!(t.stored().await, 0);
}

async fn invites_honeypot_and_window_work_for_projects(backend: Backend) {
    let invited = format!("{TOULOUSE}\n[submissions]\nrequire_invite = true\n");
    let t = app_with(backend, &[&invited]).await;
    t.store.use_invite_key(pbsim_server::store::InviteKey::from_bytes([7; 32])).await.expect("invite key");
    t.store.add_invites("toulouse-2022-4", &["7KQM-X4RT".to_owned()], 0).await.expect("store codes");
    let r = t.post(SUBMIT, &approve(1, &["104"])).await;
    assert_eq!(problems(&r), pairs(&[("invite", "invalid_invite")]));
    let mut with_code = approve(1, &["104"]);
    with_code["invite"] = json!("7kqm-x4rt");
    assert_eq!(t.post(SUBMIT, &with_code).await.status, StatusCode::CREATED);
    let mut reused = approve(2, &["100"]);
    reused["invite"] = json!("7KQM-X4RT");
    assert_eq!(problems(&t.post(SUBMIT, &reused).await), pairs(&[("invite", "invalid_invite")]));
    // A bot filling the honeypot gets a receipt and stores nothing.
    let mut bot = approve(3, &["100"]);
    bot["invite"] = json!("ANY");
    bot["website"] = json!("http://spam.example");
    assert_eq!(t.post(SUBMIT, &bot).await.status, StatusCode::CREATED);
    assert_eq!(t.stored().await, 1);
    // The public figures answer (a budget of projects has no line figures yet).
    let results = t.get("/api/budgets/toulouse-2022-4/results", None).await;
    assert_eq!(results.status, StatusCode::OK, "{}", results.text());
    assert_eq!((results.json["status"].as_str(), &results.json["lines"]), (Some("below_threshold"), &json!([])));

    let closed = format!("{TOULOUSE}\n[consultation]\ncloses = 2020-03-01T17:00:00+01:00\n");
    let t = app_with(Backend::Sqlite, &[&closed]).await;
    let r = t.post(SUBMIT, &approve(4, &["104"])).await;
    assert_eq!((r.status, r.json["error"].as_str()), (StatusCode::FORBIDDEN, Some("consultation_closed")));
    assert_eq!(t.stored().await, 0);
}

async fn officer(t: &TestApp) -> String {
    let hash = auth::hash_password("a long password").expect("hash");
    t.store.set_admin_user("alice", &hash, auth::now()).await.expect("add officer");
    let r = t.post("/api/admin/login", &json!({ "username": "alice", "password": "a long password" })).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text());
    let cookie = r.headers[header::SET_COOKIE].to_str().expect("cookie").to_owned();
    cookie.split(';').next().expect("pair").to_owned()
}

/// Three residents for a bicycle majority, two for the schools' plants and compost: greedy funds
/// the majority's projects and then what still fits; Equal Shares gives the two their share.
async fn officers_see_every_rule_side_by_side_and_download_the_ballots(backend: Backend) {
    let with_question = format!(
        "{TOULOUSE}\n[[questions]]\nid = \"age\"\nlabel = {{ en = \"Age\", fr = \"Âge\" }}\n\
         options = [{{ id = \"young\", label = {{ en = \"Under 30\", fr = \"Moins de 30 ans\" }} }}, \
         {{ id = \"old\", label = {{ en = \"30 or more\", fr = \"30 ans ou plus\" }} }}]\n"
    );
    let t = app_with(backend, &[&with_question, budgets::AUSTIN]).await;
    for (n, ids, age) in [
        (1, vec!["104", "106", "107"], "young"),
        (2, vec!["104", "106", "107"], "young"),
        (3, vec!["104", "106", "107"], "old"),
        (4, vec!["101", "108"], "old"),
        (5, vec!["101", "108"], "old"),
    ] {
        let mut body = approve(n, &ids);
        body["answers"] = json!({ "age": age });
        assert_eq!(t.post(SUBMIT, &body).await.status, StatusCode::CREATED);
    }
    let cookie = officer(&t).await;
    let r = t.get("/api/admin/budgets/toulouse-2022-4/report", Some(&cookie)).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text());
    let page: ReportPage = serde_json::from_slice(&r.bytes).expect("a report page");
    assert_eq!((page.report.submissions, page.report.total_submissions), (5, 5));
    let outcome = page.projects.expect("a budget of projects' outcome");
    assert_eq!(outcome.ballots, 5);
    let sorted = |ids: &[String]| {
        let mut ids = ids.to_vec();
        ids.sort();
        ids
    };
    let rules: Vec<(RuleId, Vec<String>, i64, i64)> =
        outcome.rules.iter().map(|r| (r.rule, sorted(&r.winners), r.spent.0, r.unspent.0)).collect();
    let ids = |v: &[&str]| v.iter().map(|s| (*s).to_owned()).collect::<Vec<_>>();
    // Greedy: 104, 106 and 107 (3 votes, €140,000), 101 and 108 (2 votes, €195,000), then what
    // still fits of the projects nobody chose, by id: 100 (€10,000) and 102 (€50,000). MES: each
    // resident's share is €80,000; the three buy their €140,000, the two exactly 101 (€160,000)
    // and nothing more; Add1 then completes as greedy would.
    let greedy = ids(&["100", "101", "102", "104", "106", "107", "108"]);
    assert_eq!(
        rules,
        [
            (RuleId::Greedy, greedy.clone(), 395_000_00, 5_000_00),
            (RuleId::Mes, ids(&["101", "104", "106", "107"]), 300_000_00, 100_000_00),
            (RuleId::MesAdd1, greedy, 395_000_00, 5_000_00),
        ]
    );
    assert_eq!(outcome.rules[0].winners[..3], ids(&["104", "106", "107"]), "greedy's winners in the order chosen");
    let figures = |id: &str| outcome.projects.iter().find(|p| p.id == id).map(|p| (p.votes, p.cost.0, p.won.clone()));
    assert_eq!(figures("108"), Some((2, 35_000_00, vec![RuleId::Greedy, RuleId::MesAdd1])));
    assert_eq!(figures("104"), Some((3, 50_000_00, vec![RuleId::Greedy, RuleId::Mes, RuleId::MesAdd1])));
    assert_eq!(figures("202"), Some((0, 80_000_00, vec![])));

    // Filtered by an answer: the three over 30.
    let r = t.get("/api/admin/budgets/toulouse-2022-4/report?filter=age:old", Some(&cookie)).await;
    let page: ReportPage = serde_json::from_slice(&r.bytes).expect("a report page");
    assert_eq!(page.report.submissions, 3);
    assert_eq!(page.projects.map(|p| p.ballots), Some(3));

    // Downloads: a column per project (1 approved), the JSON with the outcomes, the Pabulib file.
    let csv = t.get("/api/admin/budgets/toulouse-2022-4/export/csv", Some(&cookie)).await;
    let csv = csv.text();
    let mut lines = csv.lines();
    assert_eq!(
        lines.next(),
        Some(
            "submission,received_at,locale,project:104,project:107,project:106,project:100,project:202,project:105,\
             project:102,project:101,project:108,project:103,answer:age,comment"
        )
    );
    assert!(lines.next().is_some_and(|l| l.ends_with(",\"fr\",1,1,1,0,0,0,0,0,0,0,\"young\",\"\"")), "{csv}");
    let json = t.get("/api/admin/budgets/toulouse-2022-4/export/json", Some(&cookie)).await;
    assert_eq!(json.status, StatusCode::OK, "{}", json.text());
    assert_eq!(json.json["submissions"].as_array().map(Vec::len), Some(5), "{}", json.text());
    assert_eq!(json.json["submissions"][3]["submission"]["projects"], json!({ "approved": ["101", "108"] }));
    assert_eq!(json.json["outcomes"]["rules"][1]["rule"], "mes");
    assert_eq!(json.json["outcomes"]["rules"][1]["unspent"], 100_000_00);

    let pb = t.get("/api/admin/budgets/toulouse-2022-4/export/pb", Some(&cookie)).await;
    assert_eq!(pb.status, StatusCode::OK);
    let file = pabulib::read(&pb.text()).unwrap_or_else(|e| panic!("{e}\n{}", pb.text()));
    assert_eq!(file.election.ballots.len(), 5);
    assert_eq!(file.voter_ids[0], uuid(1));
    assert_eq!(file.election.budget.0, 400_000_00);
    let selected = selected_ids(&file);
    assert_eq!(selected.len(), 7, "greedy's selection: {selected:?}");
    let lines_budget = t.get("/api/admin/budgets/austin-fy2017/export/pb", Some(&cookie)).await;
    assert_eq!(lines_budget.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", lines_budget.text());
    assert_eq!(problems(&lines_budget), pairs(&[("format", "invalid")]));
}

/// A small square's budget of projects (€500, approval within the amount) deciding by `rule`.
fn square(id: &str, rule: &str) -> String {
    let project = |pid: &str, cost: &str| {
        format!("\n[[projects.project]]\nid = \"{pid}\"\ntitle = {{ en = \"{pid}\", fr = \"{pid}\" }}\ncost = {cost}\n")
    };
    format!(
        "kind = \"projects\"\nid = \"{id}\"\ncurrency = \"EUR\"\ntitle = {{ en = \"Square\", fr = \"Place\" }}\n\
         [source]\nname = \"a test\"\n\n[projects]\namount = 500_00\nballot = {{ type = \"within_budget\" }}\n\
         rule = \"{rule}\"\n{}{}{}",
        project("a", "300_00"),
        project("b", "200_00"),
        project("c", "200_00"),
    )
}

/// The Pabulib export marks the winners of the budget's own rule, and names that rule in META.
///
/// Three residents approve a and b, two approve c. Greedy: a and b have 3 votes each, c 2, so a
/// (€300) and b (€200) spend the €500 and c no longer fits: {a, b}. Equal Shares: each resident's
/// share is €100; a costs its 3 supporters €100 each (1/3 of a euro per euro of cost), b €66.67
/// each (also 1/3), c its 2 supporters €100 each (1/2). a comes first (tied with b, id first);
/// then a's supporters have nothing left, so b cannot be paid and c can: {a, c}, €500 spent. Add1
/// cannot change this: shares high enough for b to be paid too would fund a, b and c (€700), over
/// the €500; and greedy finds nothing left to fund. So MES + Add1 funds {a, c}, unlike greedy.
#[tokio::test]
async fn the_pabulib_export_selects_what_the_budgets_own_rule_funds() {
    let cases = [
        ("square-greedy", "greedy", "greedy", vec!["a", "b"]),
        ("square-mes", "mes", "equalshares", vec!["a", "c"]),
        // Pabulib's `equalshares/add1` stops after Add1; pbsim's rule then completes by greedy, so
        // it is written `unknown` with a comment saying what selected the projects.
        ("square-add1", "mes_add1", "unknown", vec!["a", "c"]),
    ];
    let tomls: Vec<String> = cases.iter().map(|(id, rule, ..)| square(id, rule)).collect();
    let t = app_with(Backend::Sqlite, &tomls.iter().map(String::as_str).collect::<Vec<_>>()).await;
    let cookie = officer(&t).await;
    for (k, (id, _, meta_rule, winners)) in cases.iter().enumerate() {
        let ballots: [&[&str]; 5] = [&["a", "b"], &["a", "b"], &["a", "b"], &["c"], &["c"]];
        for (n, ids) in ballots.iter().enumerate() {
            let r = t.post(&format!("/api/budgets/{id}/submissions"), &approve(10 * k + n, ids)).await;
            assert_eq!(r.status, StatusCode::CREATED, "{}", r.text());
        }
        let pb = t.get(&format!("/api/admin/budgets/{id}/export/pb"), Some(&cookie)).await;
        assert_eq!(pb.status, StatusCode::OK, "{}", pb.text());
        let file = pabulib::read(&pb.text()).unwrap_or_else(|e| panic!("{e}\n{}", pb.text()));
        let mut selected = selected_ids(&file);
        selected.sort_unstable();
        assert_eq!(&selected, winners, "{id}:\n{}", pb.text());
        let meta = |key: &str| file.meta.iter().find(|(k, _)| k == key).map(|(_, v)| v.as_str());
        assert_eq!(meta("rule"), Some(*meta_rule), "{id}:\n{}", pb.text());
        if *meta_rule == "unknown" {
            assert!(meta("comment").is_some_and(|c| c.contains("Add1, then greedy")), "{}", pb.text());
        }
    }
}

/// The ids a Pabulib file marks as selected, in the file's order.
fn selected_ids(file: &pabulib::PbFile) -> Vec<&str> {
    file.election
        .projects
        .iter()
        .zip(file.selected.as_deref().unwrap_or_default())
        .filter(|(_, s)| s.as_str() == "1")
        .map(|(p, _)| p.id.as_str())
        .collect()
}
