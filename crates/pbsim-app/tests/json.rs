//! The page reads and writes JSON through the browser's `JSON.parse`/`JSON.stringify`
//! (`pbsim_app::json`), the server through `serde_json`: the same bytes must mean the same values on
//! both sides. Run in headless Chromium by wasm-bindgen-test-runner.

#![cfg(target_arch = "wasm32")]
#![allow(clippy::expect_used, clippy::unwrap_used)]

use pbsim_app::draft::Draft;
use pbsim_app::json;
use pbsim_core::wire::{Points, ProjectChoice};
use pbsim_core::{Budget, Locale, SubmissionRequest};
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};

wasm_bindgen_test_configure!(run_in_browser);

const BUDGETS: [(&str, &str); 3] = [
    ("austin", include_str!("../../../budgets/austin-fy2017.toml")),
    ("markham", include_str!("../../../budgets/markham-2023.toml")),
    ("toulouse", include_str!("../../../budgets/toulouse-2022-4.toml")),
];

#[wasm_bindgen_test]
fn every_demo_budget_the_server_sends_is_read_whole() {
    for (name, toml) in BUDGETS {
        let budget = Budget::from_toml(toml).expect(name);
        // What `GET /api/budgets/{id}` sends: the budget written by serde_json.
        let sent = serde_json::to_string(&budget).unwrap();
        let read: Budget = json::parse(&sent).unwrap_or_else(|e| panic!("{name}: {e}"));
        assert_eq!(read, budget, "{name}");
    }
}

fn request() -> SubmissionRequest {
    let budget = Budget::from_toml(BUDGETS[0].1).unwrap();
    let mut allocation = budget.baseline_allocation();
    allocation.insert("fire".into(), 189_513_831_00);
    SubmissionRequest {
        id: "0b7f5c2e-8a1d-4c3e-9f00-5a6b7c8d9e0f".into(),
        allocation,
        section_comments: [("safety".to_owned(), "More \"patrols\", not fewer: é, ü, 🚒\nline two".to_owned())].into(),
        comment: "Keep the libraries open".into(),
        answers: [("zip".to_owned(), "78701".to_owned())].into(),
        locale: Locale::Fr,
        invite: Some("7KQM-X4RT".into()),
        ..SubmissionRequest::default()
    }
}

#[wasm_bindgen_test]
fn a_submission_written_by_the_page_is_the_one_the_server_reads() {
    let lines = request();
    let sent = json::stringify(&lines).unwrap();
    assert_eq!(serde_json::from_str::<SubmissionRequest>(&sent).unwrap(), lines, "{sent}");
    // Fields left out of serde_json's JSON are left out of the page's too (`deny_unknown_fields`
    // and stored bodies depend on it): no `null` for an absent project choice or edit key.
    assert!(!sent.contains("null"), "{sent}");

    // Points per project: a JSON object lists whole-number keys first, in ascending order, so the
    // pairs arrive in that order (nothing depends on their order: they are summed per project).
    let points = SubmissionRequest {
        projects: Some(ProjectChoice::Points(Points(vec![("101".into(), 2), ("104".into(), 3), ("park".into(), 1)]))),
        ..request()
    };
    let sent = json::stringify(&points).unwrap();
    assert_eq!(serde_json::from_str::<SubmissionRequest>(&sent).unwrap(), points, "{sent}");
}

#[wasm_bindgen_test]
fn a_stored_draft_reads_back_the_same_whoever_wrote_it() {
    let draft = Draft {
        id: "0b7f5c2e-8a1d-4c3e-9f00-5a6b7c8d9e0f".into(),
        allocation: request().allocation,
        assessed_value: Some(pbsim_core::Money(412_000_00)),
        comment: "à bientôt".into(),
        ..Draft::default()
    };
    let by_page = json::stringify(&draft).unwrap();
    assert_eq!(json::parse::<Draft>(&by_page).unwrap(), draft);
    // A draft an earlier release stored with serde_json still opens.
    assert_eq!(json::parse::<Draft>(&serde_json::to_string(&draft).unwrap()).unwrap(), draft);
}

#[wasm_bindgen_test]
fn what_cannot_be_read_says_why() {
    let missing = json::parse::<SubmissionRequest>(r#"{"allocation":{}}"#).unwrap_err();
    assert!(missing.contains("id"), "{missing}");
    let wrong = json::parse::<SubmissionRequest>(r#"{"id":"x","allocation":{"fire":"lots"}}"#).unwrap_err();
    assert!(wrong.contains("lots") || wrong.contains("string"), "{wrong}");
    // Unlike the server, the page passes over fields it does not know: serde-wasm-bindgen reads a
    // struct's own fields from the object, so an answer from a newer server still opens.
    let newer = json::parse::<SubmissionRequest>(r#"{"id":"x","added_later":1}"#).unwrap();
    assert_eq!(newer.id, "x");
    let not_json = json::parse::<SubmissionRequest>("{").unwrap_err();
    assert!(!not_json.is_empty());
    // Money beyond what a JavaScript number holds exactly is refused, not rounded.
    let huge = json::parse::<SubmissionRequest>(r#"{"id":"x","allocation":{"fire":12345678901234567890}}"#);
    assert!(huge.is_err(), "{huge:?}");
}
