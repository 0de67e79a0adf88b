//! The officers' subcommands, run as the real `pbsim` binary: what an officer types and reads.

// Helpers outside `#[test]` functions set up fixtures: a failure there should stop the test loudly.
#![allow(clippy::expect_used, clippy::unwrap_used)]

use std::path::Path;
use std::process::{Command, Output};

fn pbsim(args: &[&str], env: &[(&str, &str)]) -> Output {
    let mut command = Command::new(env!("CARGO_BIN_EXE_pbsim"));
    command.args(args).env("RUST_LOG", "warn");
    for (k, v) in env {
        command.env(k, v);
    }
    command.output().expect("pbsim runs")
}

fn text(o: &Output) -> String {
    format!("{}{}", String::from_utf8_lossy(&o.stdout), String::from_utf8_lossy(&o.stderr))
}

#[test]
fn aggregate_prints_the_worked_example_as_json() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("allocations.csv");
    // The worked example, in amounts rather than shares.
    std::fs::write(&file, "police,fire,parks\n20,0,80\n4,4,2\n7,0,0\n100,0,0\n").unwrap();
    let out = pbsim(&["aggregate", file.to_str().unwrap(), "--format", "json"], &[]);
    assert!(out.status.success(), "{}", text(&out));
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    let close = |v: &serde_json::Value, x: f64| (v.as_f64().unwrap() - x).abs() < 1e-12;
    assert!(close(&json["police"]["independent_markets"], 0.5));
    assert!(close(&json["fire"]["independent_markets"], 0.25));
    assert!(close(&json["parks"]["independent_markets"], 0.25));
    assert!(close(&json["police"]["mean"], 0.65));
    assert!(close(&json["police"]["median"], 0.7));
    assert!(close(&json["police"]["cw_median"], 0.875));

    let table = pbsim(&["aggregate", file.to_str().unwrap()], &[]);
    assert!(text(&table).contains("police"), "{}", text(&table));
    assert!(text(&table).contains("50.00%"));
}

/// A server never starts with half its budgets: one broken file stops `pbsim serve` before it
/// listens, naming the file, the line and the problem.
#[test]
fn serve_refuses_to_start_with_a_broken_budget_file() {
    let dir = tempfile::tempdir().unwrap();
    let budgets = dir.path().join("budgets");
    std::fs::create_dir(&budgets).unwrap();
    std::fs::copy(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../../budgets/austin-fy2017.toml"),
        budgets.join("austin.toml"),
    )
    .unwrap();
    std::fs::write(budgets.join("broken.toml"), "id = \"broken\"\ncurrency = \"XYZ\"\n").unwrap();
    let database = format!("sqlite://{}", dir.path().join("pbsim.db").display());
    let mut server = Command::new(env!("CARGO_BIN_EXE_pbsim"))
        .args(["serve", "--addr", "127.0.0.1:0", "--budgets", budgets.to_str().unwrap()])
        .env("DATABASE_URL", &database)
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("pbsim runs");
    // It must exit by itself; a server that started is stopped and fails the test.
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(60);
    while server.try_wait().unwrap().is_none() {
        if std::time::Instant::now() > deadline {
            server.kill().unwrap();
            panic!("pbsim serve started with a broken budget file");
        }
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    let out = server.wait_with_output().unwrap();
    assert!(!out.status.success());
    let message = text(&out);
    assert!(message.contains("broken.toml") && message.contains("unknown currency \"XYZ\""), "{message}");
}

#[test]
fn aggregate_names_every_bad_cell() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("bad.csv");
    std::fs::write(&file, "police,fire\n1,two\n-3,4\n").unwrap();
    let out = pbsim(&["aggregate", file.to_str().unwrap()], &[]);
    assert!(!out.status.success());
    let message = text(&out);
    assert!(message.contains("line 2, column \"fire\": \"two\" is not a number"), "{message}");
    assert!(message.contains("line 3, column \"police\": -3 is negative"), "{message}");
    let missing = pbsim(&["aggregate", dir.path().join("nowhere.csv").to_str().unwrap()], &[]);
    assert!(text(&missing).contains("cannot read"), "{}", text(&missing));
}

#[test]
fn import_csv_writes_a_budget_the_server_accepts() {
    let dir = tempfile::tempdir().unwrap();
    let csv = dir.path().join("lines.csv");
    std::fs::write(
        &csv,
        "section,line,baseline,min,max,step\nSafety,Police,\"1,000,000\",800000,1200000,50000\nParks,Trees,250000,200000,300000,10000\n",
    )
    .unwrap();
    let budget = dir.path().join("city.toml");
    let out = pbsim(
        &[
            "budget",
            "import-csv",
            csv.to_str().unwrap(),
            "--id",
            "city-2027",
            "--title",
            "City",
            "-o",
            budget.to_str().unwrap(),
        ],
        &[],
    );
    assert!(out.status.success(), "{}", text(&out));
    let check = pbsim(&["check-budgets", budget.to_str().unwrap()], &[]);
    assert!(check.status.success(), "{}", text(&check));
    assert!(text(&check).contains("ok (budget \"city-2027\", 2 lines)"), "{}", text(&check));

    std::fs::write(&csv, "section,line,baseline,min,max,step\nSafety,Police,100,150,200,10\n").unwrap();
    let bad = pbsim(&["budget", "import-csv", csv.to_str().unwrap(), "--id", "x"], &[]);
    assert!(!bad.status.success());
    assert!(text(&bad).contains("line 2, column \"baseline\""), "{}", text(&bad));
}

fn seed(database_url: &str, budgets: &Path) {
    // Submissions go in through the server's own storage code, as the API would store them.
    let runtime = tokio::runtime::Runtime::new().unwrap();
    runtime.block_on(async {
        let store = pbsim_server::store::Store::connect(database_url).await.unwrap();
        let budget = pbsim_server::budgets::load_file(&budgets.join("town.toml")).unwrap();
        for (k, (parks, ward, comment)) in
            [(60_00, "north", "Fine"), (80_00, "north", "@SUM(A1)"), (20_00, "south", "Roads!")].iter().enumerate()
        {
            let request = pbsim_core::SubmissionRequest {
                id: format!("00000000-0000-4000-8000-00000000000{}", k + 1),
                allocation: [("parks".to_owned(), *parks), ("roads".to_owned(), 100_00 - parks)].into(),
                answers: [("ward".to_owned(), (*ward).to_owned())].into(),
                comment: (*comment).to_owned(),
                ..Default::default()
            };
            assert!(pbsim_core::validate(&budget, &request).is_empty());
            store.insert_submission("town", &request, None).await.unwrap();
        }
        store.close().await;
    });
}

#[test]
fn report_and_export_read_the_database() {
    let dir = tempfile::tempdir().unwrap();
    let budgets = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../e2e/fixtures/budgets");
    let url = format!("sqlite://{}", dir.path().join("pbsim.db").display());
    seed(&url, &budgets);
    let budgets_arg = budgets.to_str().unwrap();

    let report = pbsim(&["report", "--budget", "town", "--budgets", budgets_arg, "--database-url", &url], &[]);
    assert!(report.status.success(), "{}", text(&report));
    let table = text(&report);
    assert!(table.contains("town: 3 submissions reported on (of 3)"), "{table}");
    assert!(table.contains("parks"), "{table}");
    let json = pbsim(
        &[
            "report",
            "--budget",
            "town",
            "--budgets",
            budgets_arg,
            "--database-url",
            &url,
            "--filter",
            "ward:south",
            "--format",
            "json",
        ],
        &[],
    );
    let json: serde_json::Value = serde_json::from_slice(&json.stdout).expect("JSON report");
    assert_eq!(json["submissions"], 1);
    assert_eq!(json["lines"][0]["share"]["median"], 0.2);

    let csv = pbsim(
        &["export", "--budget", "town", "--budgets", budgets_arg, "--database-url", &url, "--format", "csv"],
        &[],
    );
    assert!(csv.status.success(), "{}", text(&csv));
    let csv = String::from_utf8(csv.stdout).unwrap();
    assert_eq!(csv.lines().count(), 4);
    assert!(csv.contains(",'@SUM(A1)"), "{csv}");
    let xlsx = dir.path().join("town.xlsx");
    let out = pbsim(
        &[
            "export",
            "--budget",
            "town",
            "--budgets",
            budgets_arg,
            "--database-url",
            &url,
            "--format",
            "xlsx",
            "-o",
            xlsx.to_str().unwrap(),
        ],
        &[],
    );
    assert!(out.status.success(), "{}", text(&out));
    assert_eq!(&std::fs::read(&xlsx).unwrap()[..2], b"PK");
}

#[test]
fn admin_users_need_a_long_enough_password() {
    let dir = tempfile::tempdir().unwrap();
    let url = format!("sqlite://{}", dir.path().join("pbsim.db").display());
    let short = pbsim(&["admin", "add-user", "alice", "--database-url", &url], &[("PBSIM_ADMIN_PASSWORD", "short")]);
    assert!(!short.status.success());
    assert!(text(&short).contains("at least 10 characters"), "{}", text(&short));
    let ok =
        pbsim(&["admin", "add-user", "alice", "--database-url", &url], &[("PBSIM_ADMIN_PASSWORD", "a long password")]);
    assert!(text(&ok).contains("officer \"alice\" created"), "{}", text(&ok));
    let again =
        pbsim(&["admin", "add-user", "alice", "--database-url", &url], &[("PBSIM_ADMIN_PASSWORD", "another password")]);
    assert!(text(&again).contains("password changed"), "{}", text(&again));
    let token = pbsim(&["admin", "create-token", "nightly", "--database-url", &url], &[]);
    assert!(String::from_utf8_lossy(&token.stdout).starts_with("pbsim_"));
    let gone = pbsim(&["admin", "revoke-token", "nobody", "--database-url", &url], &[]);
    assert!(text(&gone).contains("there is no token \"nobody\""), "{}", text(&gone));
}

#[path = "support/db.rs"]
mod db;

/// `pbsim invite create` on either database: N distinct codes printed, each accepted once by the
/// server's storage, and none of them readable in the database.
fn invite_codes_are_printed_once_and_stored_hashed(backend: db::Backend) {
    let runtime = tokio::runtime::Runtime::new().unwrap();
    let db = runtime.block_on(db::TestDb::new(backend));
    let dir = tempfile::tempdir().unwrap();
    let town = include_str!("../../../e2e/fixtures/budgets/town.toml");
    std::fs::write(dir.path().join("town.toml"), format!("{town}\n[submissions]\nrequire_invite = true\n")).unwrap();
    let budgets = dir.path().to_str().unwrap();

    let out = pbsim(
        &["invite", "create", "--budget", "town", "--count", "5", "--budgets", budgets],
        &[("DATABASE_URL", &db.url)],
    );
    assert!(out.status.success(), "{}", text(&out));
    let printed = String::from_utf8(out.stdout).unwrap();
    let codes: Vec<&str> = printed.lines().collect();
    assert_eq!(codes.len(), 5, "{printed}");
    assert_eq!(codes.iter().collect::<std::collections::BTreeSet<_>>().len(), 5, "codes repeat: {printed}");
    for code in &codes {
        assert!(
            code.len() == 9
                && code.chars().enumerate().all(|(i, c)| if i == 4 { c == '-' } else { c.is_ascii_alphanumeric() }),
            "{code}"
        );
    }

    let unknown =
        pbsim(&["invite", "create", "--budget", "nowhere", "--budgets", budgets], &[("DATABASE_URL", &db.url)]);
    assert!(!unknown.status.success());
    assert!(text(&unknown).contains("no budget \"nowhere\""), "{}", text(&unknown));

    runtime.block_on(async {
        let store = pbsim_server::store::Store::connect(&db.url).await.unwrap();
        let request = pbsim_core::SubmissionRequest {
            id: "00000000-0000-4000-8000-000000000001".into(),
            allocation: [("parks".to_owned(), 70_00), ("roads".to_owned(), 30_00)].into(),
            invite: Some(codes[2].to_lowercase()),
            ..Default::default()
        };
        let first = store.insert_submission("town", &request, request.invite.as_deref()).await.unwrap();
        assert!(matches!(first, pbsim_server::store::Stored::Created(_)), "{first:?}");
        let reuse = pbsim_core::SubmissionRequest { id: "00000000-0000-4000-8000-000000000002".into(), ..request };
        let second = store.insert_submission("town", &reuse, reuse.invite.as_deref()).await.unwrap();
        assert_eq!(second, pbsim_server::store::Stored::InvalidInvite);
        store.close().await;
    });
    if backend == db::Backend::Sqlite {
        let file = std::fs::read(db.url.trim_start_matches("sqlite://")).unwrap_or_default();
        let wal = std::fs::read(format!("{}-wal", db.url.trim_start_matches("sqlite://"))).unwrap_or_default();
        for code in &codes {
            for form in [code.to_string(), code.replace('-', "")] {
                let found = |bytes: &[u8]| bytes.windows(form.len()).any(|w| w == form.as_bytes());
                assert!(!found(&file) && !found(&wal), "{form} is stored in the clear");
            }
        }
    }
}

#[test]
fn invite_codes_on_sqlite() {
    invite_codes_are_printed_once_and_stored_hashed(db::Backend::Sqlite);
}

#[test]
fn invite_codes_on_postgres() {
    invite_codes_are_printed_once_and_stored_hashed(db::Backend::Postgres);
}

#[test]
fn an_invite_for_a_budget_that_does_not_ask_for_them_comes_with_a_note() {
    let dir = tempfile::tempdir().unwrap();
    let url = format!("sqlite://{}", dir.path().join("pbsim.db").display());
    let budgets = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../e2e/fixtures/budgets");
    let out = pbsim(
        &["invite", "create", "--budget", "town", "--budgets", budgets.to_str().unwrap(), "--database-url", &url],
        &[],
    );
    assert!(out.status.success(), "{}", text(&out));
    assert_eq!(String::from_utf8_lossy(&out.stdout).lines().count(), 1);
    assert!(String::from_utf8_lossy(&out.stderr).contains("does not require invite codes"), "{}", text(&out));
}
