//! Loads N made-up submissions of a budget into a database, through the store's own batch insert,
//! for `scripts/bench-scale`: every line gets a value on its grid within its range, half the
//! residents answer the budget's first choice question, a quarter leave a comment.
//!
//!     cargo run --release -p pbsim-server --example load_submissions -- DATABASE_URL BUDGET.toml N
//!
//! The values come from a fixed-seed generator, so two runs load the same submissions.

use anyhow::Context;
use pbsim_core::budget::QuestionKind;
use pbsim_core::{Budget, SubmissionRequest};
use pbsim_server::store::Store;
use std::collections::BTreeMap;

/// Rows per transaction: well under SQLite's limit on bound variables.
const BATCH: usize = 500;

fn main() -> anyhow::Result<()> {
    let args: Vec<String> = std::env::args().collect();
    let [_, url, budget, n] = args.as_slice() else {
        anyhow::bail!("usage: load_submissions DATABASE_URL BUDGET.toml N");
    };
    let budget = Budget::from_toml(&std::fs::read_to_string(budget).with_context(|| format!("cannot read {budget}"))?)
        .map_err(|e| anyhow::anyhow!("{budget} does not load: {e:?}"))?;
    let n: usize = n.parse().context("N must be a number")?;
    let choice = budget.questions.iter().find_map(|q| match &q.kind {
        QuestionKind::Choice { options } => {
            Some((q.id.clone(), options.iter().map(|o| o.id.clone()).collect::<Vec<_>>()))
        }
        _ => None,
    });
    tokio::runtime::Runtime::new()?.block_on(async {
        let store = Store::connect(url).await?;
        let mut state = 0x9E37_79B9_7F4A_7C15u64;
        let mut next = move || {
            // xorshift64*: plenty for made-up data, and no dependency.
            state ^= state >> 12;
            state ^= state << 25;
            state ^= state >> 27;
            state.wrapping_mul(0x2545_F491_4F6C_DD1D)
        };
        let mut done = 0;
        while done < n {
            let rows: Vec<SubmissionRequest> = (done..n.min(done + BATCH))
                .map(|i| {
                    let allocation = budget
                        .lines()
                        .map(|l| {
                            let steps = ((l.max - l.min) / l.step.max(1)) as u64 + 1;
                            (l.id.clone(), l.min + (next() % steps) as i64 * l.step)
                        })
                        .collect();
                    let mut answers = BTreeMap::new();
                    if let Some((question, options)) = &choice
                        && next() % 2 == 0
                    {
                        answers.insert(question.clone(), options[(next() % options.len() as u64) as usize].clone());
                    }
                    let comment = if next() % 4 == 0 {
                        format!("Comment number {i}: keep the libraries open.")
                    } else {
                        String::new()
                    };
                    SubmissionRequest {
                        id: format!("{:08x}-0000-4000-8000-{:012x}", next() as u32, i),
                        allocation,
                        answers,
                        comment,
                        ..Default::default()
                    }
                })
                .collect();
            let items: Vec<_> = rows.iter().map(|r| (budget.id.as_str(), r, None)).collect();
            store.insert_batch(&items).await?;
            done += rows.len();
        }
        store.close().await;
        println!("loaded {n} submissions of {}", budget.id);
        anyhow::Ok(())
    })
}
