//! The officers' subcommands, run as the real `pbsim` binary: what an officer types and reads.

// Helpers outside `#[test]` functions set up fixtures: a failure there should stop the test loudly.
#![allow(clippy::expect_used, clippy::unwrap_used)]

#[path = "support/budgets.rs"]
mod budgets;
#[path = "support/db.rs"]
mod db;
#[path = "support/workbook.rs"]
mod workbook;

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
    let requests = [(60_00, "north", "Fine"), (80_00, "north", "@SUM(A1)"), (20_00, "south", "Roads!")].map(
        |(parks, ward, comment)| pbsim_core::SubmissionRequest {
            allocation: [("parks".to_owned(), parks), ("roads".to_owned(), 100_00 - parks)].into(),
            answers: [("ward".to_owned(), ward.to_owned())].into(),
            comment: comment.to_owned(),
            ..Default::default()
        },
    );
    store_submissions(database_url, &budgets.join("town.toml"), requests);
}

/// Stores `requests` (numbered 1, 2, …) through the server's own storage code, as the API would
/// store them, after checking that the budget accepts each.
fn store_submissions(
    database_url: &str,
    budget_file: &Path,
    requests: impl IntoIterator<Item = pbsim_core::SubmissionRequest>,
) {
    let runtime = tokio::runtime::Runtime::new().unwrap();
    runtime.block_on(async {
        let store = pbsim_server::store::Store::connect(database_url).await.unwrap();
        let budget = pbsim_server::budgets::load_file(budget_file).unwrap();
        for (k, request) in requests.into_iter().enumerate() {
            let request =
                pbsim_core::SubmissionRequest { id: format!("00000000-0000-4000-8000-{:012}", k + 1), ..request };
            assert_eq!(pbsim_core::validate(&budget, &request), []);
            store.insert_submission(&budget.id, &request, None).await.unwrap();
        }
        store.close().await;
    });
}

#[test]
fn report_and_export_read_the_database() {
    let dir = tempfile::tempdir().unwrap();
    let budgets = budgets::e2e_budgets_dir();
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

    // A filter on an answer the question does not offer is refused, naming it, as the officers'
    // API refuses it (tests/admin.rs): an empty report would read as "nobody answered that".
    for (filter, message) in [
        ("ward:east", "\"east\" is not one of the answers to \"ward\""),
        ("age:young", "the budget asks no question \"age\""),
    ] {
        let refused = pbsim(
            &["report", "--budget", "town", "--budgets", budgets_arg, "--database-url", &url, "--filter", filter],
            &[],
        );
        assert!(!refused.status.success(), "{filter}: {}", text(&refused));
        assert!(refused.stdout.is_empty(), "{filter}: no report is printed: {}", text(&refused));
        assert!(text(&refused).contains(message), "{filter}: {}", text(&refused));
    }

    let csv = pbsim(
        &["export", "--budget", "town", "--budgets", budgets_arg, "--database-url", &url, "--format", "csv"],
        &[],
    );
    assert!(csv.status.success(), "{}", text(&csv));
    let csv = String::from_utf8(csv.stdout).unwrap();
    assert_eq!(csv.lines().count(), 4);
    assert!(csv.contains(",\"'@SUM(A1)\""), "{csv}");
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
    // Read back as a spreadsheet reads it: numbers as numbers, the resident's exact text as text.
    let bytes = std::fs::read(&xlsx).unwrap();
    let sheet = workbook::cells(&bytes);
    assert_eq!(sheet.len(), 4, "{sheet:?}");
    assert_eq!(sheet[0][3..], ["parks", "roads", "answer:ward", "comment:all", "comment"].map(workbook::text));
    let row = |k: usize| sheet[k][3..].to_vec();
    assert_eq!(
        row(1),
        [
            workbook::number(6000.0),
            workbook::number(4000.0),
            workbook::text("north"),
            workbook::text(""),
            workbook::text("Fine")
        ]
    );
    assert_eq!(row(2)[4], workbook::text("@SUM(A1)"));
    assert_eq!(row(3)[..3], [workbook::number(2000.0), workbook::number(8000.0), workbook::text("south")]);
    assert!(workbook::formulas(&bytes).is_empty(), "no cell is a formula");
}

/// `pbsim report` on a budget that raises money as well as spends it: revenue and tax-rate lines
/// in their own unit (dollars, percent), beside the spending shares.
#[test]
fn report_shows_revenue_and_tax_rate_lines_in_their_unit() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("town.toml"), budgets::town_with_revenue()).unwrap();
    let url = format!("sqlite://{}", dir.path().join("pbsim.db").display());
    // (parks, roads, fees, levy): fees $0–30, the levy kept at 1 % by four, raised to 2 % by one.
    let residents = [
        (60_00, 40_00, 10_00, 1_000_000),
        (70_00, 40_00, 20_00, 1_000_000),
        (50_00, 40_00, 0, 1_000_000),
        (60_00, 60_00, 30_00, 1_000_000),
        (60_00, 50_00, 10_00, 2_000_000),
    ];
    let requests = residents.map(|(parks, roads, fees, levy)| pbsim_core::SubmissionRequest {
        allocation: [("parks", parks), ("roads", roads), ("fees", fees), ("levy", levy)]
            .map(|(id, v)| (id.to_owned(), v))
            .into(),
        ..Default::default()
    });
    store_submissions(&url, &dir.path().join("town.toml"), requests);
    let budgets_arg = dir.path().to_str().unwrap();

    let report = pbsim(&["report", "--budget", "town", "--budgets", budgets_arg, "--database-url", &url], &[]);
    assert!(report.status.success(), "{}", text(&report));
    let table = String::from_utf8(report.stdout).unwrap();
    let row = |id: &str| -> Vec<String> {
        let line = table.lines().find(|l| l.split_whitespace().next() == Some(id));
        line.unwrap_or_else(|| panic!("no row {id}:\n{table}")).split_whitespace().map(str::to_owned).collect()
    };
    assert!(table.contains("Revenue, in the line's unit"), "{table}");
    // line, baseline, mean, median, raised, lowered.
    assert_eq!(row("fees"), ["fees", "10", "14", "10", "40.00%", "20.00%"], "{table}");
    assert_eq!(row("levy"), ["levy", "1.0000%", "1.2000%", "1.0000%", "20.00%", "0.00%"], "{table}");
    // Parks' share of spending (parks and roads only): 0.6, 70/110, 50/90, 0.5 and 60/110, so a
    // mean of 56.75 % and a median of 50/90.
    assert_eq!(row("parks")[..4], ["parks", "60.00%", "56.75%", "55.56%"], "{table}");

    let json = pbsim(
        &["report", "--budget", "town", "--budgets", budgets_arg, "--database-url", &url, "--format", "json"],
        &[],
    );
    let json: serde_json::Value = serde_json::from_slice(&json.stdout).expect("JSON report");
    let line = |id: &str| json["lines"].as_array().unwrap().iter().find(|l| l["id"] == id).cloned().unwrap();
    assert_eq!(line("fees")["kind"]["type"], "revenue");
    assert_eq!(line("fees")["values"]["mean"], 14_00.0);
    assert!(line("fees")["share"].is_null());
    assert_eq!(line("levy")["kind"]["type"], "tax_rate");
    assert_eq!(line("levy")["values"]["mean"], 1_200_000.0);
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

/// `pbsim invite create` on either database: N distinct codes printed, each accepted once by the
/// server's storage, and none of them readable in the database.
fn invite_codes_are_printed_once_and_stored_hashed(backend: db::Backend) {
    let runtime = tokio::runtime::Runtime::new().unwrap();
    let db = runtime.block_on(db::TestDb::new(backend));
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("town.toml"), format!("{}\n[submissions]\nrequire_invite = true\n", budgets::TOWN))
        .unwrap();
    let budgets = dir.path().to_str().unwrap();

    let key_file = dir.path().join("invite-key");
    let key_file = key_file.to_str().unwrap();
    let out = pbsim(
        &["invite", "create", "--budget", "town", "--count", "5", "--budgets", budgets],
        &[("DATABASE_URL", &db.url), ("PBSIM_INVITE_KEY_FILE", key_file)],
    );
    assert!(out.status.success(), "{}", text(&out));
    let printed = String::from_utf8(out.stdout).unwrap();
    let codes: Vec<&str> = printed.lines().collect();
    assert_eq!(codes.len(), 5, "{printed}");
    assert_eq!(codes.iter().collect::<std::collections::BTreeSet<_>>().len(), 5, "codes repeat: {printed}");
    for code in &codes {
        assert!(
            code.len() == 19
                && code.chars().enumerate().all(|(i, c)| if i % 5 == 4 { c == '-' } else { c.is_ascii_alphanumeric() }),
            "{code}"
        );
    }

    let unknown = pbsim(
        &["invite", "create", "--budget", "nowhere", "--budgets", budgets],
        &[("DATABASE_URL", &db.url), ("PBSIM_INVITE_KEY_FILE", key_file)],
    );
    assert!(!unknown.status.success());
    assert!(text(&unknown).contains("no budget \"nowhere\""), "{}", text(&unknown));

    runtime.block_on(async {
        let store = pbsim_server::store::Store::connect(&db.url).await.unwrap();
        let key = pbsim_server::store::InviteKey::load_or_create(Path::new(key_file)).unwrap();
        store.use_invite_key(key).await.unwrap();
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
        let path = db.url.trim_start_matches("sqlite://");
        let file = std::fs::read(path).unwrap_or_else(|e| panic!("cannot read the database {path}: {e}"));
        // The write-ahead log is folded into the file when the last connection closes; read it
        // when it is still there.
        let wal = std::fs::read(format!("{path}-wal")).unwrap_or_default();
        // The bytes read are the database's: the submission stored above is in them.
        let stored_id = b"00000000-0000-4000-8000-000000000001";
        let holds = |bytes: &[u8], needle: &[u8]| bytes.windows(needle.len()).any(|w| w == needle);
        assert!(holds(&file, stored_id) || holds(&wal, stored_id), "{path} does not hold the stored submission");
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
    let budgets = budgets::e2e_budgets_dir();
    let out = pbsim(
        &["invite", "create", "--budget", "town", "--budgets", budgets.to_str().unwrap(), "--database-url", &url],
        &[],
    );
    assert!(out.status.success(), "{}", text(&out));
    assert_eq!(String::from_utf8_lossy(&out.stdout).lines().count(), 1);
    assert!(String::from_utf8_lossy(&out.stderr).contains("does not require invite codes"), "{}", text(&out));
}

/// A city reruns last year's election: `import-pb` writes a budget of projects that loads, and a
/// malformed `.pb` is refused with every problem's line, writing nothing.
#[test]
fn import_pb_writes_a_budget_of_projects_the_server_accepts() {
    let dir = tempfile::tempdir().unwrap();
    let pb =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../pbsim-core/tests/data/pabulib/Poland_Gdansk_2020_Rudniki.pb");
    let budget = dir.path().join("rudniki.toml");
    let args = ["budget", "import-pb", pb.to_str().unwrap(), "--id", "rudniki", "--out", budget.to_str().unwrap()];
    let refused = pbsim(&args, &[]);
    assert!(!refused.status.success());
    assert!(text(&refused).contains("the file's currency is \"PLN\""), "{}", text(&refused));
    let out = pbsim(&[&args[..], &["--currency", "EUR"]].concat(), &[]);
    assert!(out.status.success(), "{}", text(&out));
    let check = pbsim(&["check-budgets", budget.to_str().unwrap()], &[]);
    assert!(text(&check).contains("ok (budget \"rudniki\", "), "{}", text(&check));
    let written = std::fs::read_to_string(&budget).unwrap();
    assert!(written.contains("kind = \"projects\"") && written.contains("type = \"cumulative\""), "{written}");
    // Gdańsk decided by greedy (META `rule;greedy`), and so does the budget, with nothing to say.
    assert!(written.contains("\nrule = \"greedy\"\n"), "{written}");
    assert!(!String::from_utf8_lossy(&out.stderr).contains("rule"), "{}", text(&out));

    // A rule pbsim does not run leaves the default, said in one line naming the file's value.
    let threshold = dir.path().join("threshold.pb");
    std::fs::write(
        &threshold,
        "META\nkey;value\nbudget;1000\nvote_type;approval\ncurrency;EUR\nrule;greedy-threshold\n\
         PROJECTS\nproject_id;cost\n1;100\n2;300\nVOTES\nvoter_id;vote\nv1;1,2\n",
    )
    .unwrap();
    let out_file = dir.path().join("threshold.toml");
    let out = pbsim(&["budget", "import-pb", threshold.to_str().unwrap(), "--out", out_file.to_str().unwrap()], &[]);
    assert!(out.status.success(), "{}", text(&out));
    let stderr = String::from_utf8_lossy(&out.stderr);
    let notes: Vec<&str> = stderr.lines().filter(|l| l.contains("rule")).collect();
    assert_eq!(
        notes,
        [format!(
            "{}: the file's rule \"greedy-threshold\" is not one pbsim runs (greedy, equalshares, \
             equalshares/add1): the budget's [projects] rule is the default, mes_add1; change it if the city \
             decides otherwise",
            threshold.display()
        )],
        "{stderr}"
    );
    let written = std::fs::read_to_string(&out_file).unwrap();
    assert!(written.contains("\nrule = \"mes_add1\"\n"), "{written}");

    let broken = dir.path().join("broken.pb");
    std::fs::write(
        &broken,
        "META\nkey;value\nbudget;1000\nvote_type;approval\nPROJECTS\nproject_id;cost\n1;12x\n2;300\n\
         VOTES\nvoter_id;vote\nv1;1,9\n",
    )
    .unwrap();
    let out_file = dir.path().join("broken.toml");
    let bad = pbsim(&["budget", "import-pb", broken.to_str().unwrap(), "--out", out_file.to_str().unwrap()], &[]);
    assert!(!bad.status.success());
    assert!(text(&bad).contains("line 7: project 1: cost `12x` is not an amount"), "{}", text(&bad));
    assert!(text(&bad).contains("line 11: voter v1 votes for project `9`, which is not in PROJECTS"), "{}", text(&bad));
    assert!(!out_file.exists());
}

/// An officer reads a budget of projects from the command line: the table names every rule's
/// funded projects and the money each leaves, the JSON holds the same outcomes, and the Pabulib
/// export holds every ballot.
#[test]
fn report_and_export_of_a_budget_of_projects() {
    let dir = tempfile::tempdir().unwrap();
    let file = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../budgets/toulouse-2022-4.toml");
    let url = format!("sqlite://{}", dir.path().join("pbsim.db").display());
    let choice = |ids: &[&str]| pbsim_core::SubmissionRequest {
        projects: Some(pbsim_core::wire::ProjectChoice::Approved(ids.iter().map(|s| (*s).to_owned()).collect())),
        ..Default::default()
    };
    let three = ["104", "106", "107"];
    store_submissions(&url, &file, [choice(&three), choice(&three), choice(&three), choice(&["101", "108"])]);
    let budgets_arg = file.to_str().unwrap();
    let args = ["report", "--budget", "toulouse-2022-4", "--budgets", budgets_arg, "--database-url", &url];

    let table = text(&pbsim(&args, &[]));
    assert!(table.contains("toulouse-2022-4: 4 ballots counted (of 4)"), "{table}");
    // The fourth resident's share (€100,000) buys 108 (€35,000) under Equal Shares, not 101.
    assert!(table.contains("101                     1        1       €160,000  greedy, MES+Add1"), "{table}");
    assert!(table.contains("108                     1        1        €35,000  greedy, MES, MES+Add1"), "{table}");
    assert!(table.contains("MES               4       €175,000       €225,000"), "{table}");

    let json = pbsim(&[&args[..], &["--format", "json"]].concat(), &[]);
    let json: serde_json::Value = serde_json::from_slice(&json.stdout).expect("JSON report");
    assert_eq!(json["submissions"], 4);
    assert_eq!(
        json["projects"]["rules"][1],
        serde_json::json!({
            "rule": "mes", "winners": ["104", "106", "107", "108"], "spent": 175_000_00, "unspent": 225_000_00
        })
    );

    let out = dir.path().join("toulouse.pb");
    let export = pbsim(
        &[
            "export",
            "--budget",
            "toulouse-2022-4",
            "--budgets",
            budgets_arg,
            "--database-url",
            &url,
            "--format",
            "pb",
            "--output",
            out.to_str().unwrap(),
        ],
        &[],
    );
    assert!(export.status.success(), "{}", text(&export));
    let written = pbsim_core::projects::pabulib::read(&std::fs::read_to_string(&out).unwrap()).expect("a .pb file");
    assert_eq!(written.election.ballots.len(), 4);
    assert_eq!(written.voter_ids[3], "00000000-0000-4000-8000-000000000004");
}
