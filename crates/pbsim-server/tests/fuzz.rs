//! Throws 100,000 generated and mutated request bodies at the router and checks what no client
//! may ever cause: a 5xx, a panic, an error in another format than the API's, or a stored row for
//! a body that breaks the budget's rules.
//!
//! The bodies come from one seeded generator (SplitMix64, a few lines below), not from proptest:
//! the test needs byte-level mutation of serialized bodies and a hundred thousand requests through
//! one router and one runtime within a minute of a debug build, and a failure is reproduced from
//! the seed and the case number it prints. `PBSIM_FUZZ_SEED` picks another seed (any u64) and
//! `PBSIM_FUZZ_CASES` another number of bodies.

// A fixture that cannot be set up should stop the test loudly.
#![allow(clippy::expect_used, clippy::unwrap_used)]

#[path = "support/answer.rs"]
mod answer;
#[path = "support/app.rs"]
mod app;
#[path = "support/budgets.rs"]
mod budgets;
#[path = "support/db.rs"]
mod db;

use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use pbsim_core::{Budget, QuestionKind, SubmissionRequest};
use pbsim_server::store::Store;
use serde_json::{Map, Value, json};

const BUDGETS: [&str; 2] = [budgets::AUSTIN, budgets::MARKHAM];
const DEFAULT_SEED: u64 = 0x5EED_2026_0004;
const DEFAULT_CASES: usize = 100_000;

/// SplitMix64: tiny, fast and good enough to pick fuzz cases; the same seed gives the same cases.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    /// A number in `0..n` (n > 0).
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    /// True with probability `percent` / 100.
    fn chance(&mut self, percent: u64) -> bool {
        self.next() % 100 < percent
    }
    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

fn env_or<T: std::str::FromStr>(name: &str, default: T) -> T {
    match std::env::var(name) {
        Ok(v) => v.parse().unwrap_or_else(|_| panic!("{name}={v} is not a number")),
        Err(_) => default,
    }
}

fn uuid(rng: &mut Rng) -> String {
    let hex = format!("{:016x}{:016x}", rng.next(), rng.next());
    format!("{}-{}-{}-{}-{}", &hex[..8], &hex[8..12], &hex[12..16], &hex[16..20], &hex[20..])
}

/// Text of up to `max` characters from a mix of scripts, controls, quotes and emoji.
fn text(rng: &mut Rng, max: usize) -> String {
    const PIECES: [&str; 14] =
        ["a", "Z", " ", "é", "ß", "\"", "\\", "\n", "\u{0}", "\u{1f}", "😀", "中", "\u{202e}", "</script>"];
    let n = rng.below(max + 1);
    (0..n).map(|_| *rng.pick(&PIECES)).collect::<String>().chars().take(max).collect()
}

/// A value of any JSON type, sometimes deeply nested.
fn junk(rng: &mut Rng, depth: usize) -> Value {
    match rng.below(if depth > 40 { 6 } else { 8 }) {
        0 => Value::Null,
        1 => json!(rng.chance(50)),
        2 => json!(rng.next() as i64),
        3 => json!(f64::from_bits(rng.next() & 0x7FEF_FFFF_FFFF_FFFF)),
        4 => json!(text(rng, 12)),
        5 => json!(u64::MAX),
        6 => Value::Array((0..rng.below(3) + 1).map(|_| junk(rng, depth + 1)).collect()),
        _ => {
            let mut m = Map::new();
            for _ in 0..rng.below(3) + 1 {
                m.insert(text(rng, 6), junk(rng, depth + 1));
            }
            Value::Object(m)
        }
    }
}

/// A submission to `budget` that is valid unless the dice say otherwise, built field by field.
fn generated(rng: &mut Rng, budget: &Budget) -> Value {
    let lines: Vec<_> = budget.lines().collect();
    let mut allocation = budget.baseline_allocation();
    // Usually a balanced change: some steps moved from one spending line to another with the
    // same step (both real budgets have such pairs), or nothing changed.
    if rng.chance(80) {
        let a = rng.pick(&lines);
        let b = rng.pick(&lines);
        if a.step == b.step && a.kind == b.kind {
            let k = rng.below(5) as i64;
            let up = a.baseline + k * a.step;
            let down = b.baseline - k * b.step;
            if a.id != b.id && up <= a.max && down >= b.min {
                allocation.insert(a.id.clone(), up);
                allocation.insert(b.id.clone(), down);
            }
        }
    }
    let mut allocation: Map<String, Value> = allocation.into_iter().map(|(k, v)| (k, json!(v))).collect();
    // Break the allocation more often than not: most of what a fuzzer sends is invalid, and each
    // valid body costs a write to the database.
    if rng.chance(70) {
        let line = rng.pick(&lines);
        let value = match rng.below(8) {
            0 => json!(line.min - 1),
            1 => json!(line.max + 1),
            2 => json!(line.baseline + 1),
            3 => json!(i64::MIN),
            4 => json!(i64::MAX),
            5 => json!(-line.baseline),
            6 => json!(line.min + line.step * rng.below(1_000) as i64),
            _ => junk(rng, 0),
        };
        allocation.insert(line.id.clone(), value);
    }
    if rng.chance(5) {
        let line = rng.pick(&lines);
        allocation.remove(&line.id);
    }
    if rng.chance(5) {
        allocation.insert(text(rng, 10), json!(rng.next() as i64 % 1_000_000));
    }

    let id = match rng.below(12) {
        0 => json!(text(rng, 40)),
        1 => json!(uuid(rng).to_uppercase()),
        2 => junk(rng, 0),
        _ => json!(uuid(rng)),
    };
    let mut body = Map::new();
    body.insert("id".into(), id);
    body.insert("allocation".into(), Value::Object(allocation));
    if rng.chance(50) {
        let mut comments = Map::new();
        for s in &budget.sections {
            if rng.chance(40) {
                let max = if rng.chance(2) { 2_050 } else { 300 };
                comments.insert(s.id.clone(), json!(text(rng, max)));
            }
        }
        if rng.chance(5) {
            comments.insert(text(rng, 8), json!("?"));
        }
        body.insert("section_comments".into(), Value::Object(comments));
    }
    if rng.chance(50) {
        let max = if rng.chance(2) { 2_050 } else { 400 };
        body.insert("comment".into(), json!(text(rng, max)));
    }
    if rng.chance(50) {
        let mut answers = Map::new();
        for q in &budget.questions {
            if rng.chance(50) {
                let answer = match &q.kind {
                    QuestionKind::Choice { options } if rng.chance(90) => rng.pick(options).id.clone(),
                    QuestionKind::Text { max_chars } => text(rng, max_chars + 3),
                    QuestionKind::Choice { .. } => text(rng, 5),
                };
                answers.insert(q.id.clone(), json!(answer));
            }
        }
        body.insert("answers".into(), Value::Object(answers));
    }
    if rng.chance(30) {
        body.insert("locale".into(), json!(*rng.pick(&["en", "fr", "de", "EN", ""])));
    }
    if rng.chance(3) {
        body.insert("website".into(), json!(text(rng, 30)));
    }
    if rng.chance(3) {
        // A field the API does not have, or one of its fields with a value of the wrong type.
        let field = rng.pick(&["extra", "id", "allocation", "comment", "answers", "locale", "website"]).to_string();
        body.insert(field, junk(rng, 0));
    }
    if rng.chance(1) {
        // Deep nesting, deeper than the parser's recursion limit.
        let depth = 100 + rng.below(400);
        let nested = format!("{}1{}", "[".repeat(depth), "]".repeat(depth));
        body.insert("comment".into(), serde_json::from_str(&nested).unwrap_or(Value::Null));
    }
    Value::Object(body)
}

/// Whether an accepted body keeps every rule of `budget`, checked from the budget's figures alone
/// (independently of `pbsim_core::validate`): only the API's fields; a UUID; every line present,
/// none unknown, each an integer in its range and on its step; revenue and spending recomputed
/// (tax rates as `base × rate`, rounded to the cent) within the balance rule; known sections and
/// questions, options among the choices, texts within their lengths.
fn obeys_the_rules(budget: &Budget, body: &Value) -> Result<(), String> {
    let body = body.as_object().ok_or("not an object")?;
    const FIELDS: [&str; 8] =
        ["id", "allocation", "section_comments", "comment", "answers", "locale", "website", "invite"];
    if let Some(field) = body.keys().find(|k| !FIELDS.contains(&k.as_str())) {
        return Err(format!("unknown field {field:?}"));
    }
    let id = body.get("id").and_then(Value::as_str).ok_or("no id")?;
    let groups: Vec<&str> = id.split('-').collect();
    let hex = |g: &str, n: usize| g.len() == n && g.chars().all(|c| c.is_ascii_hexdigit());
    if groups.len() != 5 || !groups.iter().zip([8, 4, 4, 4, 12]).all(|(g, n)| hex(g, n)) {
        return Err(format!("id {id:?} is not a UUID"));
    }

    let allocation = body.get("allocation").and_then(Value::as_object).ok_or("no allocation")?;
    let lines: Vec<_> = budget.lines().collect();
    if allocation.len() != lines.len() {
        return Err(format!("{} values for {} lines", allocation.len(), lines.len()));
    }
    let (mut revenue, mut spending) = (i128::from(budget.other_revenue.0), i128::from(budget.other_spending.0));
    let mut changed = false;
    for line in &lines {
        let value = allocation.get(&line.id).ok_or(format!("no value for {}", line.id))?;
        let v = value.as_i64().ok_or(format!("{}: {value} is not an integer", line.id))?;
        if !(line.min..=line.max).contains(&v) || (v - line.min) % line.step != 0 {
            return Err(format!("{}: {v} is not a step from {} to {} by {}", line.id, line.min, line.max, line.step));
        }
        changed |= v != line.baseline;
        match line.kind {
            pbsim_core::LineKind::Spending => spending += i128::from(v),
            pbsim_core::LineKind::Revenue => revenue += i128::from(v),
            pbsim_core::LineKind::TaxRate { tax_base } => {
                // 100 % is 10^8 micro-percent; round half away from zero to the cent.
                let exact = i128::from(tax_base.0) * i128::from(v);
                let half = 50_000_000 * exact.signum();
                revenue += (exact + half) / 100_000_000;
            }
        }
    }
    let balance = revenue - spending;
    let fits = match budget.balance.rule {
        pbsim_core::BalanceRule::Balanced { tolerance } => balance.abs() <= i128::from(tolerance.0),
        pbsim_core::BalanceRule::DeficitAllowed { max_deficit } => balance >= -i128::from(max_deficit.0),
        pbsim_core::BalanceRule::SurplusAllowed => balance >= 0,
    };
    if !fits {
        return Err(format!("revenue {revenue} and spending {spending} break the balance rule"));
    }
    if budget.balance.must_change && !changed {
        return Err("nothing changed".into());
    }

    let text_within = |value: &Value, max: usize, what: &str| -> Result<(), String> {
        let text = value.as_str().ok_or(format!("{what} is not text"))?;
        let n = text.chars().count();
        if n > max { Err(format!("{what} has {n} characters, more than {max}")) } else { Ok(()) }
    };
    if let Some(comments) = body.get("section_comments") {
        for (section, text) in comments.as_object().ok_or("section_comments is not an object")? {
            if !budget.sections.iter().any(|s| &s.id == section) {
                return Err(format!("no section {section:?}"));
            }
            text_within(text, 2_000, section)?;
        }
    }
    if let Some(comment) = body.get("comment") {
        text_within(comment, 2_000, "comment")?;
    }
    if let Some(answers) = body.get("answers") {
        for (question, answer) in answers.as_object().ok_or("answers is not an object")? {
            let q = budget.questions.iter().find(|q| &q.id == question).ok_or(format!("no question {question:?}"))?;
            match &q.kind {
                QuestionKind::Choice { options } => {
                    if !options.iter().any(|o| Some(o.id.as_str()) == answer.as_str()) {
                        return Err(format!("{answer} is not an option of {question}"));
                    }
                }
                QuestionKind::Text { max_chars } => text_within(answer, *max_chars, question)?,
            }
        }
    }
    if let Some(locale) = body.get("locale")
        && !matches!(locale.as_str(), Some("en" | "fr"))
    {
        return Err(format!("locale {locale}"));
    }
    if let Some(website) = body.get("website") {
        website.as_str().ok_or("website is not text")?;
    }
    if let Some(invite) = body.get("invite").filter(|i| !i.is_null()) {
        text_within(invite, 32, "invite")?;
    }
    Ok(())
}

/// `body` with byte-level damage: flips, cuts, insertions, duplications, deletions.
fn mutated(rng: &mut Rng, mut body: Vec<u8>) -> Vec<u8> {
    for _ in 0..rng.below(4) + 1 {
        if body.is_empty() {
            body.push(b'{');
        }
        let at = rng.below(body.len());
        match rng.below(7) {
            0 => body[at] ^= 1 << rng.below(8),
            1 => body.truncate(at),
            2 => body.insert(at, rng.next() as u8),
            3 => {
                const TOKENS: [&[u8]; 11] = [b"\"", b"{", b"}", b"[", b"]", b",", b":", b"\\", b"\xff", b"null", b"-"];
                let token = rng.pick(&TOKENS);
                body.splice(at..at, token.iter().copied());
            }
            4 => {
                let end = (at + rng.below(64)).min(body.len());
                let piece = body[at..end].to_vec();
                body.splice(at..at, piece);
            }
            5 => {
                let end = (at + rng.below(16)).min(body.len());
                body.drain(at..end);
            }
            _ => body[at] = rng.next() as u8,
        }
    }
    body
}

#[tokio::test(flavor = "current_thread")]
async fn no_body_causes_a_5xx_or_stores_an_invalid_submission() {
    let seed = env_or("PBSIM_FUZZ_SEED", DEFAULT_SEED);
    let cases = env_or("PBSIM_FUZZ_CASES", DEFAULT_CASES);
    // Shown by cargo test when the test fails, so the run can be repeated.
    eprintln!("fuzz: seed {seed} ({cases} cases); rerun with PBSIM_FUZZ_SEED={seed}");
    let mut rng = Rng(seed);

    // The database on a RAM disk where there is one: this test checks what is stored, not that it
    // survives a power cut, and an fsync per stored body would be most of its time.
    let shm = std::path::Path::new("/dev/shm");
    let dir = if shm.is_dir() { tempfile::tempdir_in(shm) } else { tempfile::tempdir() }.unwrap();
    let store = Store::connect(&format!("sqlite://{}", dir.path().join("fuzz.db").display())).await.unwrap();
    let budgets: Vec<Budget> = BUDGETS.iter().map(|t| Budget::from_toml(t).unwrap()).collect();
    let t = app::Setup::of(budgets.iter().cloned()).on_store(store);

    let mut recent: Vec<Vec<u8>> = Vec::new();
    let mut created = 0usize;
    let mut counts = std::collections::BTreeMap::<u16, usize>::new();
    for case in 0..cases {
        let which = rng.below(budgets.len());
        let budget = &budgets[which];
        let body: Vec<u8> = match rng.below(100) {
            // Structurally plausible submissions, valid or not.
            0..55 => serde_json::to_vec(&generated(&mut rng, budget)).unwrap(),
            // Damaged copies of them, or of a recent body.
            55..90 => {
                let base = match recent.len() {
                    0 => serde_json::to_vec(&generated(&mut rng, budget)).unwrap(),
                    n => recent[rng.below(n)].clone(),
                };
                mutated(&mut rng, base)
            }
            // Any JSON at all.
            90..95 => serde_json::to_vec(&junk(&mut rng, 0)).unwrap(),
            // Bytes.
            _ => (0..rng.below(200)).map(|_| rng.next() as u8).collect(),
        };
        if recent.len() < 64 {
            recent.push(body.clone());
        } else {
            let slot = rng.below(64);
            recent[slot] = body.clone();
        }
        let budget_id = match rng.below(50) {
            0 => "nowhere".to_owned(),
            1 => "%FF%FE".to_owned(),
            _ => budget.id.clone(),
        };
        let mut request = Request::post(format!("/api/budgets/{budget_id}/submissions"));
        match rng.below(50) {
            0 => {}
            1 => request = request.header(header::CONTENT_TYPE, "text/plain"),
            _ => request = request.header(header::CONTENT_TYPE, "application/json"),
        }
        let request = request.body(Body::from(body.clone())).unwrap();
        let answer::Answer { status, bytes, .. } = t.send(request).await;
        *counts.entry(status.as_u16()).or_default() += 1;

        let shown = || String::from_utf8_lossy(&body).chars().take(300).collect::<String>();
        let context = || format!("seed {seed}, case {case}: {status} for {}", shown());
        assert!(!status.is_server_error(), "{}: {}", context(), String::from_utf8_lossy(&bytes));
        let answer: Value = serde_json::from_slice(&bytes)
            .unwrap_or_else(|e| panic!("{}: the answer is not JSON ({e}): {:?}", context(), bytes));
        if status.is_success() {
            // Accepted: it must be a submission the budget's rules accept, checked here from the
            // budget file's figures, not with the `validate` the server itself runs.
            let request: SubmissionRequest = serde_json::from_slice(&body)
                .unwrap_or_else(|e| panic!("{}: accepted but not a submission: {e}", context()));
            assert_eq!(budget_id, budget.id, "{}", context());
            let json: Value = serde_json::from_slice(&body).unwrap();
            if let Err(problem) = obeys_the_rules(budget, &json) {
                panic!("{}: accepted a submission that breaks a rule: {problem}", context());
            }
            assert_eq!(answer["id"], request.id.as_str(), "{}", context());
            if status == StatusCode::CREATED && request.website.is_empty() {
                created += 1;
            }
        } else {
            assert!(status.is_client_error(), "{}", context());
            assert!(answer["error"].is_string() && answer["message"].is_string(), "{}: {answer}", context());
            assert!(answer["problems"].is_array(), "{}: {answer}", context());
        }
    }

    let mut rows = 0;
    for b in &budgets {
        rows += t.stored_count(&b.id).await;
    }
    eprintln!("fuzz: answers by status {counts:?}; {created} stored");
    assert_eq!(rows, created, "seed {seed}: rows stored != new submissions answered 201");
    // The generator must reach every outcome, or this test proves little.
    for status in [201, 400, 404, 409, 415, 422] {
        assert!(counts.get(&status).copied().unwrap_or(0) > 0, "seed {seed}: no {status} in {counts:?}");
    }
    assert!(created * 50 > cases, "seed {seed}: only {created} of {cases} bodies were valid: {counts:?}");
}
