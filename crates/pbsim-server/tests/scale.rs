//! Reports and downloads read submissions as a stream (issue 17): what they give must be what
//! reading every submission into memory gave, on both databases, across many read batches.

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

use app::{Setup, TestApp};
use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use budgets::TOWN;
use db::Backend;
use pbsim_core::aggregate::{BootstrapOptions, ReportOptions, Response, report};
use pbsim_core::wire::{DayCount, ReportPage};
use pbsim_core::{Budget, SubmissionRequest};
use pbsim_server::export::{self, Format};
use pbsim_server::store::{BATCH_ROWS, ReportData, ReportRead, Store, SubmissionRow};
use pbsim_server::{auth, reports};
use std::collections::BTreeMap;
use std::sync::Arc;

on_both_databases!(
    streamed_reports_equal_reports_of_every_submission_in_memory,
    streamed_exports_equal_todays_exports,
    comments_are_the_newest_that_match_and_their_count,
    rows_without_a_report_row_are_read_from_their_bodies,
    a_download_that_fails_is_never_a_whole_file,
    a_read_stopped_midway_leaves_the_store_as_it_was,
);

/// More submissions than four read batches and than a block of a report's working file (2,048
/// rows, written to the file and read back from it), over two days, with every kind of answer: the
/// values are spread (not a few repeated rows) so quantiles and intervals have work to do.
const ROWS: usize = 4 * BATCH_ROWS + 17;

async fn seeded(backend: Backend) -> (TestApp, Arc<Budget>) {
    let t = Setup::new(&[TOWN]).on(backend).await;
    let rows: Vec<SubmissionRequest> = (0..ROWS)
        .map(|n| {
            let parks = ((n * 7919) % 11) as i64 * 10_00;
            let mut answers = BTreeMap::new();
            match n % 5 {
                0 | 1 => answers.insert("ward".to_owned(), "north".to_owned()),
                2 => answers.insert("ward".to_owned(), "south".to_owned()),
                _ => None,
            };
            SubmissionRequest {
                id: format!("00000000-0000-4000-8000-{n:012}"),
                allocation: [("parks".to_owned(), parks), ("roads".to_owned(), 100_00 - parks)].into(),
                answers,
                comment: if n % 3 == 0 { format!("=comment {n}, \"quoted\"") } else { String::new() },
                ..Default::default()
            }
        })
        .collect();
    // Several batches, so arrival times differ as they do in a real consultation.
    for chunk in rows.chunks(400) {
        let items: Vec<_> = chunk.iter().map(|r| ("town", r, None)).collect();
        t.store.insert_batch(&items).await.expect("store submissions");
    }
    let budget = Arc::new(Budget::from_toml(TOWN).expect("town loads"));
    (t, budget)
}

/// Logs an officer in; the `Cookie` header value.
async fn officer(t: &TestApp) -> String {
    let hash = auth::hash_password("a long password").unwrap();
    t.store.set_admin_user("alice", &hash, auth::now()).await.unwrap();
    let login = t
        .send(
            Request::post("/api/admin/login")
                .header(header::CONTENT_TYPE, "application/json")
                .body(Body::from(r#"{"username":"alice","password":"a long password"}"#))
                .unwrap(),
        )
        .await;
    login.headers[header::SET_COOKIE].to_str().unwrap().split(';').next().unwrap().to_owned()
}

/// The report as it was computed before streaming: every submission read, then aggregated.
async fn in_memory(store: &Store, budget: &Budget, options: &ReportOptions) -> ReportPage {
    let rows = store.submissions(&budget.id).await.expect("read submissions");
    let responses: Vec<Response<'_>> =
        rows.iter().map(|s| Response { allocation: &s.request.allocation, answers: &s.request.answers }).collect();
    let report = report(budget, &responses, options).expect("report");
    let mut days: BTreeMap<String, usize> = BTreeMap::new();
    for s in rows.iter().filter(|s| pbsim_core::aggregate::matches_filters(&options.filters, &s.request.answers)) {
        *days.entry(s.received_at[..10].to_owned()).or_default() += 1;
    }
    ReportPage {
        report,
        per_day: days.into_iter().map(|(day, count)| DayCount { day, count }).collect(),
        projects: None,
    }
}

async fn streamed_reports_equal_reports_of_every_submission_in_memory(backend: Backend) {
    let (t, budget) = seeded(backend).await;
    let bootstrap = Some(BootstrapOptions { replicates: 50, ..BootstrapOptions::default() });
    let north = vec![("ward".to_owned(), "north".to_owned())];
    let ward = Some("ward".to_owned());
    for options in [
        ReportOptions::default(),
        ReportOptions { filters: north.clone(), ..ReportOptions::default() },
        ReportOptions { weight_by: ward.clone(), bins: 7, ..ReportOptions::default() },
        ReportOptions { filters: north, weight_by: ward, bootstrap, bins: 10 },
    ] {
        let expected = t.store.data_version(&budget.id).await.expect("data version").count;
        let streamed = reports::report_page(&t.store, Arc::clone(&budget), options.clone(), expected, || true)
            .await
            .expect("streamed report");
        assert_eq!(streamed.report.total_submissions, ROWS);
        assert_eq!(streamed, in_memory(&t.store, &budget, &options).await, "{options:?}");
    }

    // The dashboard sends the same figures, and the same again once they are cached.
    let cookie = officer(&t).await;
    let weighted = ReportOptions { weight_by: Some("ward".into()), ..Default::default() };
    // Compared as the bytes sent: floats read back from JSON text may differ in their last bit.
    let expected = serde_json::to_vec(&in_memory(&t.store, &budget, &weighted).await).unwrap();
    for _ in 0..2 {
        let get = Request::get("/api/admin/budgets/town/report?weight_by=ward").header(header::COOKIE, &cookie);
        let answer = t.send(get.body(Body::empty()).unwrap()).await;
        assert_eq!(answer.status, StatusCode::OK, "{}", answer.text());
        assert!(answer.bytes == expected, "{}", answer.text());
    }
    // A new submission is a new version of the data: the next report counts it.
    let late = SubmissionRequest {
        id: "00000000-0000-4000-9000-000000000000".into(),
        allocation: [("parks".to_owned(), 100_00), ("roads".to_owned(), 0)].into(),
        ..Default::default()
    };
    t.store.insert_batch(&[("town", &late, None)]).await.unwrap();
    let get = Request::get("/api/admin/budgets/town/report").header(header::COOKIE, &cookie);
    let answer = t.send(get.body(Body::empty()).unwrap()).await;
    assert_eq!(answer.json["report"]["total_submissions"], ROWS + 1);
}

/// Report rows (`pbsim_core::report_row`) are a copy: a report that reads them is the report of
/// the bodies, and rows stored before them, or whose lines are not the budget's, are read from
/// their bodies with the same result. A damaged row is an error naming the submission, never a
/// wrong figure.
async fn rows_without_a_report_row_are_read_from_their_bodies(backend: Backend) {
    let (t, budget) = seeded(backend).await;
    let db = t.db.as_ref().expect("a test database");
    let options = [
        ReportOptions::default(),
        ReportOptions { filters: vec![("ward".to_owned(), "north".to_owned())], ..ReportOptions::default() },
        ReportOptions { weight_by: Some("ward".to_owned()), bins: 7, ..ReportOptions::default() },
    ];
    let page = |options: ReportOptions| {
        let budget = Arc::clone(&budget);
        let store = t.store.clone();
        async move {
            let expected = store.data_version(&budget.id).await.expect("data version").count;
            reports::report_page(&store, budget, options, expected, || true).await
        }
    };
    let mut from_rows = Vec::new();
    for o in &options {
        from_rows.push(page(o.clone()).await.expect("report from report rows"));
    }
    let public_from_rows = public(&t).await;

    // A third of the rows as stored before report rows, a third as if the budget had other lines
    // when they arrived; the rest keep their rows.
    db.execute(
        "UPDATE submissions SET report_layout = NULL, report_row = NULL WHERE id LIKE '%0' OR id LIKE '%3' OR id LIKE '%6';
         UPDATE submissions SET report_layout = 12345 WHERE id LIKE '%1' OR id LIKE '%4' OR id LIKE '%7';",
    )
    .await;
    // Both ways of reading give the same rows, in the same order, each from its row or its body.
    let layout = pbsim_core::report_row::RowReader::new(budget.lines().map(|l| l.id.as_str())).layout();
    let by_rows = read_all(&t.store, layout, ReportRead::Rows).await;
    assert_eq!(by_rows, read_all(&t.store, layout, ReportRead::Bodies).await);
    assert_eq!(by_rows.len(), ROWS);
    let bodies = by_rows.iter().filter(|(_, _, data)| data.is_err()).count();
    assert!(bodies > 0 && bodies < ROWS, "{bodies} of {ROWS} rows read from their bodies");
    for (o, expected) in options.iter().zip(&from_rows) {
        let mixed = page(o.clone()).await.expect("report from rows and bodies");
        assert_eq!(&mixed, expected, "{o:?}");
        assert_eq!(mixed, in_memory(&t.store, &budget, o).await, "{o:?}");
    }
    // Public figures are cached for a while: a server started now reads the mixed rows.
    let fresh = Setup::new(&[TOWN]).on_store(t.store.clone());
    assert_eq!(public(&fresh).await, public_from_rows);
    assert!(public_from_rows.as_array().is_some_and(|lines| !lines.is_empty()), "{public_from_rows}");

    // The backfill gives the rows stored before report rows theirs, once, and leaves alone those
    // whose row is of other lines (the body is the record; their row is not ours to guess). The
    // reports and the data version stay as they were.
    let version = t.store.data_version(&budget.id).await.expect("data version");
    let stored_without = by_rows.iter().filter(|(id, _, _)| id.ends_with(['0', '3', '6'])).count();
    let done = t.store.backfill_report_rows().await.expect("backfill");
    assert_eq!((done.rows, done.without_row, done.unreadable), (stored_without as u64, 0, 0), "{done:?}");
    assert_eq!(t.store.backfill_report_rows().await.expect("backfill again"), Default::default());
    let after = read_all(&t.store, layout, ReportRead::Rows).await;
    let still_bodies: Vec<&String> = after.iter().filter(|(_, _, data)| data.is_err()).map(|(id, _, _)| id).collect();
    assert!(
        !still_bodies.is_empty() && still_bodies.iter().all(|id| id.ends_with(['1', '4', '7'])),
        "{still_bodies:?}"
    );
    for (o, expected) in options.iter().zip(&from_rows) {
        assert_eq!(&page(o.clone()).await.expect("report after the backfill"), expected, "{o:?}");
    }
    assert_eq!(t.store.data_version(&budget.id).await.expect("data version"), version);

    // A damaged row: the report stops with an error that names the submission.
    let one_byte = match backend {
        Backend::Sqlite => "X'01'",
        Backend::Postgres => "'\\x01'::bytea",
    };
    db.execute(&format!(
        "UPDATE submissions SET report_row = {one_byte} WHERE id = '00000000-0000-4000-8000-000000000002'"
    ))
    .await;
    let error = page(ReportOptions::default()).await.expect_err("a damaged row is not a figure");
    let message = error.to_string();
    assert!(message.contains("00000000-0000-4000-8000-000000000002") && message.contains("damaged"), "{message}");
}

/// The public results' figures per line.
async fn public(t: &TestApp) -> serde_json::Value {
    let answer = t.send(Request::get("/api/budgets/town/results").body(Body::empty()).unwrap()).await;
    answer.json["lines"].clone()
}

async fn streamed_exports_equal_todays_exports(backend: Backend) {
    let (t, budget) = seeded(backend).await;
    let all = t.store.submissions("town").await.unwrap();
    let cookie = officer(&t).await;
    for format in [Format::Csv, Format::Json, Format::Xlsx] {
        let rows = t.store.read_submissions("town");
        let streamed = {
            let budget = Arc::clone(&budget);
            tokio::task::spawn_blocking(move || {
                let mut out = Vec::new();
                let submissions = rows.map(|row| row.and_then(SubmissionRow::parse));
                export::write_export(&budget, format, submissions, &mut out).map(|()| out)
            })
            .await
            .unwrap()
            .expect("streamed export")
        };
        let today = export::export(&budget, &all, format).expect("export in memory");
        // The download is the same file, streamed.
        let uri = format!("/api/admin/budgets/town/export/{}", format.extension());
        let download = t.send(Request::get(uri).header(header::COOKIE, &cookie).body(Body::empty()).unwrap()).await;
        assert_eq!(download.status, StatusCode::OK);
        assert_eq!(download.headers[header::CONTENT_TYPE], format.content_type());
        if format != Format::Xlsx {
            assert!(download.bytes == today, "the {format:?} download differs from the export in memory");
        } else {
            assert_eq!(workbook::cells(&download.bytes), workbook::cells(&today));
        }
        match format {
            // A workbook's zip differs (inline strings, timestamps); its cells are the same.
            Format::Xlsx => {
                let cells = workbook::cells(&streamed);
                assert_eq!(cells.len(), ROWS + 1);
                assert_eq!(cells, workbook::cells(&today));
                assert!(workbook::formulas(&streamed).is_empty(), "no cell is a formula");
            }
            _ => assert!(streamed == today, "{format:?} differs from the export in memory"),
        }
    }
    // The empty export is as it was too.
    for format in [Format::Csv, Format::Json] {
        let rows = t.store.read_submissions("nobody");
        let budget = Arc::clone(&budget);
        let streamed = tokio::task::spawn_blocking(move || {
            let mut out = Vec::new();
            export::write_export(&budget, format, rows.map(|r| r.and_then(SubmissionRow::parse)), &mut out)
                .map(|()| out)
        })
        .await
        .unwrap()
        .unwrap();
        let budget = Budget::from_toml(TOWN).unwrap();
        assert_eq!(streamed, export::export(&budget, &[], format).unwrap(), "{format:?}");
    }
}

async fn comments_are_the_newest_that_match_and_their_count(backend: Backend) {
    let (t, _) = seeded(backend).await;
    let cookie = officer(&t).await;
    let all = t.store.submissions("town").await.unwrap();
    for (query, needle, filter) in [("", "", None), ("?q=COMMENT%201&filter=ward:north", "comment 1", Some("north"))] {
        // What reading every submission gave: newest first, cut at the answer's maximum.
        let mut expected = Vec::new();
        for s in all
            .iter()
            .rev()
            .filter(|s| filter.is_none_or(|f| s.request.answers.get("ward").map(String::as_str) == Some(f)))
        {
            if !s.request.comment.is_empty() && s.request.comment.to_lowercase().contains(needle) {
                expected.push((s.id.clone(), s.request.comment.clone()));
            }
        }
        let uri = format!("/api/admin/budgets/town/comments{query}");
        let answer = t.send(Request::get(uri).header(header::COOKIE, &cookie).body(Body::empty()).unwrap()).await;
        assert_eq!(answer.status, StatusCode::OK, "{}", answer.text());
        assert_eq!(answer.json["total"], expected.len(), "{query}");
        expected.truncate(pbsim_core::wire::MAX_COMMENTS);
        let got: Vec<(String, String)> = answer.json["comments"]
            .as_array()
            .unwrap()
            .iter()
            .map(|c| (c["submission"].as_str().unwrap().to_owned(), c["text"].as_str().unwrap().to_owned()))
            .collect();
        assert_eq!(got, expected, "{query}");
    }
    assert!(all.iter().filter(|s| !s.request.comment.is_empty()).count() > pbsim_core::wire::MAX_COMMENTS);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn servers_sharing_postgres_report_the_same_data() {
    let db = db::TestDb::new(Backend::Postgres).await;
    let (a, b) = (Store::connect(&db.url).await.unwrap(), Store::connect(&db.url).await.unwrap());
    let (one, two) = (Setup::new(&[TOWN]).on_store(a), Setup::new(&[TOWN]).on_store(b));
    let cookie = officer(&one).await;
    assert_eq!(submit(&one, 1).await.status, StatusCode::CREATED);
    // Each server computes and keeps its report of one submission.
    for t in [&one, &two] {
        assert_eq!(dashboard_report(t, &cookie).await.json["report"]["total_submissions"], 1);
    }
    // A submission through one server changes the data version both read.
    assert_eq!(submit(&two, 2).await.status, StatusCode::CREATED);
    let (first, second) = (dashboard_report(&one, &cookie).await, dashboard_report(&two, &cookie).await);
    assert_eq!(first.json["report"]["total_submissions"], 2);
    assert!(first.bytes == second.bytes, "both servers send the same report");
    one.store.close().await;
    two.store.close().await;
}

async fn dashboard_report(t: &TestApp, cookie: &str) -> answer::Answer {
    let get = Request::get("/api/admin/budgets/town/report").header(header::COOKIE, cookie);
    t.send(get.body(Body::empty()).unwrap()).await
}

async fn submit(t: &TestApp, n: u32) -> answer::Answer {
    let body = serde_json::json!({
        "id": format!("00000000-0000-4000-8000-{n:012}"),
        "allocation": { "parks": 50_00, "roads": 50_00 },
    });
    let post = Request::post("/api/budgets/town/submissions").header(header::CONTENT_TYPE, "application/json");
    t.send(post.body(Body::from(body.to_string())).unwrap()).await
}

/// A SQLite file is streamed through a connection of its own (`store/sqlite_read.rs`); an
/// in-memory database (`sqlite::memory:`) can only be reached through the pool, and reports and
/// downloads read it there, with the same figures.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_in_memory_database_is_streamed_through_its_pool() {
    let store = Store::connect("sqlite::memory:").await.expect("in-memory SQLite");
    let budget = Arc::new(Budget::from_toml(TOWN).unwrap());
    let requests: Vec<SubmissionRequest> = (0..BATCH_ROWS + 3)
        .map(|n| {
            let parks = (n % 11) as i64 * 10_00;
            SubmissionRequest {
                id: format!("00000000-0000-4000-8000-{n:012}"),
                allocation: [("parks".to_owned(), parks), ("roads".to_owned(), 100_00 - parks)].into(),
                ..Default::default()
            }
        })
        .collect();
    let items: Vec<_> = requests.iter().map(|r| ("town", r, None)).collect();
    store.insert_batch(&items).await.unwrap();

    let ids: Vec<String> = tokio::task::spawn_blocking({
        let rows = store.read_submissions("town");
        move || rows.map(|r| r.map(|r| r.id)).collect::<anyhow::Result<_>>()
    })
    .await
    .unwrap()
    .expect("streamed rows");
    assert_eq!(ids, requests.iter().map(|r| r.id.clone()).collect::<Vec<_>>());

    let options = ReportOptions::default();
    let streamed = reports::report_page(&store, Arc::clone(&budget), options.clone(), 0, || true).await.unwrap();
    assert_eq!(streamed.report.total_submissions, BATCH_ROWS + 3);
    assert_eq!(streamed, in_memory(&store, &budget, &options).await);
}

/// A stored body that cannot be read stops a download: before the first row, the answer is the
/// API's 500 (an officer's browser shows an error, not a file); later, once the file has begun,
/// the body ends with an error, so the download is broken, never a shorter file that looks whole.
async fn a_download_that_fails_is_never_a_whole_file(backend: Backend) {
    let (t, _) = seeded(backend).await;
    let db = t.db.as_ref().expect("a test database");
    let cookie = officer(&t).await;
    let download = |format: &str| {
        Request::get(format!("/api/admin/budgets/town/export/{format}"))
            .header(header::COOKIE, &cookie)
            .body(Body::empty())
            .unwrap()
    };
    let first = "00000000-0000-4000-8000-000000000000";
    db.execute(&format!("UPDATE submissions SET body = 'not json' WHERE id = '{first}'")).await;
    for format in ["csv", "json", "xlsx"] {
        let answer = t.send(download(format)).await;
        assert_eq!(answer.status, StatusCode::INTERNAL_SERVER_ERROR, "{format}: {}", answer.text());
        assert_eq!(answer.json["error"], "internal", "{format}: {}", answer.text());
        assert_eq!(answer.headers[header::CONTENT_TYPE], "application/json", "{format}");
    }

    // The last row damaged instead: the CSV has begun (it is longer than a chunk) when the read
    // reaches it.
    let last = format!("00000000-0000-4000-8000-{:012}", ROWS - 1);
    db.execute(&format!(
        "UPDATE submissions SET body = (SELECT body FROM submissions WHERE id = '{last}') WHERE id = '{first}';
         UPDATE submissions SET body = 'not json' WHERE id = '{last}';"
    ))
    .await;
    let response = tower::ServiceExt::oneshot(t.router.clone(), download("csv")).await.unwrap();
    assert_eq!(response.status(), StatusCode::OK);
    let body = http_body_util::BodyExt::collect(response.into_body()).await;
    assert!(body.is_err(), "a download that failed midway ended as if it were whole");
}

/// Every row [`Store::read_report_rows`] gives, in order: id, time, and its report row or its body.
async fn read_all(
    store: &Store,
    layout: pbsim_core::report_row::Layout,
    read: ReportRead,
) -> Vec<(String, String, Result<Vec<u8>, String>)> {
    let rows = store.read_report_rows("town", layout, read);
    tokio::task::spawn_blocking(move || {
        let mut all = Vec::new();
        for batch in rows {
            for row in batch.expect("read").iter() {
                let data = match row.data {
                    ReportData::Row(bytes) => Ok(bytes.to_vec()),
                    ReportData::Body(body) => Err(body.to_owned()),
                };
                all.push((row.id.to_owned(), row.received_at.to_owned(), data));
            }
        }
        all
    })
    .await
    .expect("read")
}

/// A report whose officer went away drops its read after a batch: the reader stops (on
/// PostgreSQL its connection, with the rest of the copy still on its way, is closed rather than
/// handed to the next query), and the next reads get every row.
async fn a_read_stopped_midway_leaves_the_store_as_it_was(backend: Backend) {
    let (t, budget) = seeded(backend).await;
    let layout = pbsim_core::report_row::RowReader::new(budget.lines().map(|l| l.id.as_str())).layout();
    for read in [ReportRead::Rows, ReportRead::Bodies, ReportRead::Rows] {
        let mut rows = t.store.read_report_rows("town", layout, read);
        let first =
            tokio::task::spawn_blocking(move || rows.next().map(|b| b.map(|b| b.iter().count()))).await.unwrap();
        assert_eq!(first.expect("a first batch").expect("read"), BATCH_ROWS);
    }
    let options = ReportOptions::default();
    let expected = t.store.data_version("town").await.unwrap().count;
    let page = reports::report_page(&t.store, Arc::clone(&budget), options.clone(), expected, || true).await.unwrap();
    assert_eq!(page.report.total_submissions, ROWS);
    assert_eq!(page, in_memory(&t.store, &budget, &options).await);
}
