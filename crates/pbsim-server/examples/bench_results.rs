//! The public results endpoint's latency while submissions keep arriving (issue 13): stores
//! `SUBMISSIONS` random submissions of a budget in a new SQLite file, serves the real router
//! (default refresh interval) on a loopback socket, then for `SECONDS` posts submissions at `RATE`
//! a second while `READERS` clients read `GET /api/budgets/{id}/results` in a loop, and prints the
//! readers' latencies. Run by `scripts/bench-results`; method and figures in BENCHMARKS.md.
//!
//!   bench_results BUDGET.toml [SUBMISSIONS=100000] [SECONDS=30] [RATE=50] [READERS=4]

#![allow(clippy::expect_used, clippy::unwrap_used)]

use pbsim_core::{Budget, SubmissionRequest};
use pbsim_server::budgets::Budgets;
use pbsim_server::store::Store;
use pbsim_server::{AppState, Options, app_with_options};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::time::{Duration, Instant};

fn uuid(k: u64) -> String {
    format!("{:08x}-0000-4000-8000-{:012x}", k >> 48, k & 0xffff_ffff_ffff)
}

/// xorshift64*: reproducible values without a random source.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    let k = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[k.min(sorted.len() - 1)]
}

#[tokio::main]
async fn main() {
    let args: Vec<String> = std::env::args().collect();
    let budget_file = args.get(1).expect("usage: bench_results BUDGET.toml [SUBMISSIONS] [SECONDS] [RATE] [READERS]");
    let arg = |i: usize, default: u64| args.get(i).map_or(default, |a| a.parse().expect("a number"));
    let (count, seconds, rate, readers) = (arg(2, 100_000), arg(3, 30), arg(4, 50), arg(5, 4));
    let budget = Budget::from_toml(&std::fs::read_to_string(budget_file).expect("read budget")).expect("budget");
    let dir = tempfile::tempdir().expect("temp dir");
    let store = Store::connect(&format!("sqlite://{}", dir.path().join("bench.db").display())).await.expect("store");

    // Random values on each line's grid (the endpoint does not care whether they balance).
    let started = Instant::now();
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    let mut k = 0u64;
    while k < count {
        let requests: Vec<SubmissionRequest> = (0..1000.min(count - k))
            .map(|i| {
                let allocation = budget
                    .lines()
                    .map(|l| {
                        let steps = (l.max - l.min) / l.step;
                        (l.id.clone(), l.min + (rng.next() % (steps as u64 + 1)) as i64 * l.step)
                    })
                    .collect();
                SubmissionRequest { id: uuid(k + i), allocation, ..SubmissionRequest::default() }
            })
            .collect();
        let batch: Vec<(&str, &SubmissionRequest, Option<&str>)> =
            requests.iter().map(|r| (budget.id.as_str(), r, None)).collect();
        store.insert_batch(&batch).await.expect("insert");
        k += requests.len() as u64;
    }
    eprintln!("stored {count} submissions in {:.1} s", started.elapsed().as_secs_f64());

    let id = budget.id.clone();
    // A valid submission: one step from the second spending line to the third keeps the balance.
    let spending: Vec<_> = budget.lines().filter(|l| l.kind == pbsim_core::LineKind::Spending).collect();
    let mut valid = budget.baseline_allocation();
    *valid.get_mut(&spending[1].id).unwrap() += spending[1].step;
    *valid.get_mut(&spending[2].id).unwrap() -= spending[1].step;
    assert_eq!(spending[1].step, spending[2].step, "the benchmark budget's lines share a step");
    let state = AppState {
        budgets: Arc::new(Budgets::from_budgets([budget])),
        store: store.clone(),
        dist: None,
        security: Default::default(),
    };
    let router = app_with_options(state, Options::default());
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("bind");
    let addr = listener.local_addr().expect("address");
    tokio::spawn(async move { axum::serve(listener, router).await.expect("serve") });
    let client = reqwest::Client::new();
    let results_url = format!("http://{addr}/api/budgets/{id}/results");

    let cold = Instant::now();
    let first = client.get(&results_url).send().await.expect("first read").text().await.expect("body");
    let cold = cold.elapsed();
    assert!(first.contains("\"published\""), "{first}");

    let stop = Arc::new(AtomicBool::new(false));
    let posted = Arc::new(AtomicU64::new(0));
    let writer = {
        let (client, stop, posted) = (client.clone(), stop.clone(), posted.clone());
        let url = format!("http://{addr}/api/budgets/{id}/submissions");
        tokio::spawn(async move {
            let mut tick = tokio::time::interval(Duration::from_secs_f64(1.0 / rate.max(1) as f64));
            let mut k = count;
            while !stop.load(Ordering::Relaxed) {
                tick.tick().await;
                let body = serde_json::json!({ "id": uuid(k), "allocation": valid }).to_string();
                k += 1;
                let response =
                    client.post(&url).header("content-type", "application/json").body(body).send().await.expect("post");
                assert_eq!(response.status(), 201);
                posted.fetch_add(1, Ordering::Relaxed);
            }
        })
    };
    let deadline = Instant::now() + Duration::from_secs(seconds);
    let mut tasks = Vec::new();
    for _ in 0..readers {
        let (client, url) = (client.clone(), results_url.clone());
        tasks.push(tokio::spawn(async move {
            let (mut latencies, mut counts) = (Vec::new(), std::collections::BTreeSet::new());
            while Instant::now() < deadline {
                let t = Instant::now();
                let body = client.get(&url).send().await.expect("read").text().await.expect("body");
                latencies.push(t.elapsed());
                let value: serde_json::Value = serde_json::from_str(&body).expect("json");
                counts.insert(value["submissions"].as_u64().unwrap_or(0));
            }
            (latencies, counts)
        }));
    }
    let mut latencies = Vec::new();
    let mut counts = std::collections::BTreeSet::new();
    for task in tasks {
        let (l, c) = task.await.expect("reader");
        latencies.extend(l);
        counts.extend(c);
    }
    stop.store(true, Ordering::Relaxed);
    writer.await.expect("writer");
    latencies.sort();
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    println!(
        "{count} stored + {} posted during {seconds} s; {} reads by {readers} readers; cold first read {:.0} ms; \
         median {:.2} ms, p99 {:.2} ms, max {:.1} ms; distinct counts seen {} ({:?} … {:?})",
        posted.load(Ordering::Relaxed),
        latencies.len(),
        ms(cold),
        ms(percentile(&latencies, 0.5)),
        ms(percentile(&latencies, 0.99)),
        ms(*latencies.last().unwrap()),
        counts.len(),
        counts.first().unwrap(),
        counts.last().unwrap(),
    );
}
