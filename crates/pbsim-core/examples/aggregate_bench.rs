//! Benchmark of the aggregation: synthetic submissions, every per-line statistic and the
//! independent-markets aggregate, timed over several runs. `scripts/bench-aggregate` runs it and
//! then the numpy implementation on the same data file, and compares the two.
//!
//! Usage: `aggregate_bench ROWS LINES DATA_FILE RESULT_FILE [RUNS]`. Writes the data (little-endian
//! f64, one line after the other) to DATA_FILE and the baselines, timings and results as JSON to
//! RESULT_FILE.

use pbsim_core::aggregate::{Profile, ShareOptions, ShareSummary, summarize_shares};
use std::io::Write;
use std::time::Instant;

/// xorshift64*: a few lines, deterministic, good enough for synthetic budgets.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> f64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        (self.0.wrapping_mul(0x2545_f491_4f6c_dd1d) >> 11) as f64 / (1u64 << 53) as f64
    }
}

/// Submissions that look like a city's: 20 lines of very different sizes; each resident moves most
/// lines up or down by up to half, keeps about one in five at this year's amount, and cuts about
/// one in fifty to zero. Amounts are whole dollars.
fn synthetic(rows: usize, lines: usize) -> (Vec<f64>, Vec<Vec<f64>>) {
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    let baselines: Vec<f64> =
        (0..lines).map(|j| (2_000_000.0 * (1.0 + (j * 7 % 13) as f64).powf(1.6)).round()).collect();
    let columns = baselines
        .iter()
        .map(|b| {
            (0..rows)
                .map(|_| {
                    let u = rng.next();
                    if u < 0.2 {
                        *b
                    } else if u < 0.22 {
                        0.0
                    } else {
                        (b * (0.5 + rng.next())).round()
                    }
                })
                .collect()
        })
        .collect();
    (baselines, columns)
}

/// CPU seconds this process has used (user + system, all threads), from /proc/self/stat; `None`
/// off Linux. On a shared machine wall time also counts other programs' turns; CPU time does not.
fn cpu_seconds() -> Option<f64> {
    let stat = std::fs::read_to_string("/proc/self/stat").ok()?;
    // The fields after the command name, which is in parentheses and may hold spaces.
    let fields: Vec<&str> = stat.rsplit_once(')')?.1.split_whitespace().collect();
    let ticks: f64 = fields.get(11)?.parse::<f64>().ok()? + fields.get(12)?.parse::<f64>().ok()?;
    // Linux reports clock ticks of 1/100 s on every architecture pbsim runs on.
    Some(ticks / 100.0)
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().collect();
    if args.len() < 5 {
        return Err("usage: aggregate_bench ROWS LINES DATA_FILE RESULT_FILE [RUNS]".into());
    }
    let rows: usize = args[1].parse()?;
    let lines: usize = args[2].parse()?;
    let runs: usize = args.get(5).map_or(Ok(7), |r| r.parse())?;
    let (baselines, columns) = synthetic(rows, lines);

    let mut data = std::io::BufWriter::new(std::fs::File::create(&args[3])?);
    for column in &columns {
        for v in column {
            data.write_all(&v.to_le_bytes())?;
        }
    }
    data.flush()?;

    let ids = (0..lines).map(|j| format!("line{j:02}")).collect();
    let profile = Profile::from_columns(ids, columns)?;
    // The raised/lowered/kept counts against each baseline are part of every run.
    let options = ShareOptions { bins: 20, baselines: Some(baselines.clone()) };
    let mut times = Vec::new();
    let mut last: Option<ShareSummary> = None;
    let cpu_start = cpu_seconds();
    for _ in 0..runs {
        let start = Instant::now();
        let summary = summarize_shares(&profile, None, &options)?;
        times.push(start.elapsed().as_secs_f64());
        last = Some(summary);
    }
    let cpu_per_run = cpu_start.zip(cpu_seconds()).map(|(a, b)| (b - a) / runs as f64);
    let summary = last.ok_or("no run")?;
    let result = serde_json::json!({
        "rows": rows,
        "lines": lines,
        "baselines": baselines,
        "seconds": times,
        "cpu_seconds_per_run": cpu_per_run,
        "threads": std::thread::available_parallelism().map_or(1, |n| n.get()),
        "t_star": summary.t_star,
        "stats": summary.lines.iter().map(|l| (l, l.movement.unwrap_or_default())).map(|(l, m)| serde_json::json!({
            "mean": l.mean, "q1": l.q1, "median": l.median, "q3": l.q3, "min": l.min, "max": l.max,
            "cw_median": l.cw_median, "independent_markets": l.independent_markets,
            "histogram": l.histogram.counts, "raised": m.raised, "lowered": m.lowered, "kept": m.kept,
        })).collect::<Vec<_>>(),
    });
    std::fs::write(&args[4], serde_json::to_string_pretty(&result)?)?;
    Ok(())
}
