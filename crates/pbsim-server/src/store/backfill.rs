//! Report rows for the rows stored without one: those written before report rows existed
//! (migration `20261204120000_report_rows`), which every report would otherwise read through their
//! bodies, one lookup of about a kilobyte per row, for as long as they are kept.
//!
//! `pbsim serve` runs [`Store::backfill_report_rows`] in the background at every start; it finds
//! nothing to do once done. Each row's report row is derived from its body exactly as the writer
//! derives it from the request (`pbsim_core::report_row::encode`), and written only while the row
//! still has none, so a server writing the same rows at the same time (another instance on one
//! PostgreSQL, an older one mid-upgrade) is never overwritten. What a report reads does not change,
//! nor does the data version (`submission_counts` counts changes of the body, the budget and the
//! replacement, not of the report row): a report computed before and after gives the same figures.

use super::{Pool, Store};
use anyhow::Context;

/// The `report_layout` of a row that has no report row and never will: a choice of projects, or
/// a row longer than `report_row::MAX_ROW`. Reports read such rows from their bodies, as they read
/// NULL ones; the difference is that the backfill and the start's check of old bodies skip them.
/// A real layout is a 64-bit fingerprint: a budget whose lines hash to 0 would read these rows as
/// having neither a report row nor a body, and the report fails naming the row, never miscounts.
pub const NO_REPORT_ROW: i64 = 0;

/// Rows read and written per transaction: each transaction is short, so submissions arriving
/// meanwhile wait for at most one of them.
const BATCH: i64 = 500;

/// What [`Store::backfill_report_rows`] did.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Backfilled {
    /// Rows that got a report row.
    pub rows: u64,
    /// Rows that have none and never will (choices of projects, very long rows): marked
    /// [`NO_REPORT_ROW`].
    pub without_row: u64,
    /// Rows whose body is not a submission pbsim can read: left as they were, for the report to
    /// name.
    pub unreadable: u64,
}

impl Store {
    /// Writes a report row for every row stored without one (see the module overview), in
    /// transactions of a few hundred rows, in id order. Safe to run while the server takes
    /// submissions, and on several servers at once.
    pub async fn backfill_report_rows(&self) -> anyhow::Result<Backfilled> {
        const SELECT: &str =
            "SELECT id, body FROM submissions WHERE report_layout IS NULL AND id > $1 ORDER BY id LIMIT $2";
        const UPDATE: &str = "UPDATE submissions SET report_layout = $1, report_row = $2 \
                              WHERE id = $3 AND report_layout IS NULL";
        let mut done = Backfilled::default();
        let mut after = String::new();
        loop {
            let rows: Vec<(String, String)> = on_pool!(&self.pool, pool => {
                sqlx::query_as(SELECT).bind(&after).bind(BATCH).fetch_all(pool).await
            })
            .context("cannot read submissions without a report row")?;
            let Some((last, _)) = rows.last() else { break };
            after = last.clone();
            let mut updates = Vec::with_capacity(rows.len());
            for (id, body) in rows {
                let Ok(request) = serde_json::from_str::<pbsim_core::SubmissionRequest>(&body) else {
                    done.unreadable += 1;
                    continue;
                };
                match pbsim_core::report_row::encode(&request) {
                    Some((layout, row)) => {
                        done.rows += 1;
                        updates.push((layout.as_i64(), Some(row), id));
                    }
                    None => {
                        done.without_row += 1;
                        updates.push((NO_REPORT_ROW, None, id));
                    }
                }
            }
            on_pool!(&self.pool, pool => {
                let mut tx = pool.begin().await.context("cannot start a transaction")?;
                for (layout, row, id) in &updates {
                    sqlx::query(UPDATE).bind(layout).bind(row).bind(id).execute(&mut *tx).await
                        .context("cannot write a report row")?;
                }
                tx.commit().await.context("cannot commit report rows")?;
            });
        }
        if done.rows + done.without_row > 0 {
            // Reports read the index alone only where PostgreSQL knows a page holds no dead
            // versions: the rows just rewritten would otherwise send each read to the table until
            // autovacuum comes by (23.8 s for a report of 1,000,000 such rows, 1.5 s after this).
            if let Pool::Postgres(pool) = &self.pool {
                sqlx::query("VACUUM (ANALYZE) submissions")
                    .execute(pool)
                    .await
                    .context("cannot vacuum the submissions after writing report rows")?;
            }
        }
        Ok(done)
    }
}
