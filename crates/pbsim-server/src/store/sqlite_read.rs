//! Streamed reads of a SQLite file through rusqlite, on the calling (blocking) thread.
//!
//! sqlx runs each SQLite connection on a worker thread of its own and hands every row to the
//! async side over a channel, copying each value: 2.5 to 8 µs a row on the machines measured,
//! which was most of a report of a million submissions (BENCHMARKS.md). Reports and exports read
//! whole tables in order, so they open the file once more, read-only, and step the same query in
//! place, a batch of rows at a time, into the same channel [`Batches`](super::Batches) reads. The pool still does every
//! write and every other read; WAL lets this reader run beside them, and one statement reads one
//! snapshot of the table.

use super::{BATCH_ROWS, Batch};
use anyhow::Context;
use rusqlite::{Connection, OpenFlags, Params, Row};
use std::path::Path;
use std::time::Duration;

/// Runs `select` with `params` on the SQLite file at `path`, handing its rows, each added to a
/// batch by `push`, to `rows` in batches of [`BATCH_ROWS`]; stops as soon as the receiver is
/// dropped. Run it on a blocking thread.
pub(super) fn stream<B: Batch>(
    path: &Path,
    select: &str,
    params: impl Params,
    rows: tokio::sync::mpsc::Sender<B>,
    push: impl Fn(&mut B, &Row<'_>) -> rusqlite::Result<()>,
) -> anyhow::Result<()> {
    // Read-write without create (a read-only connection cannot always open a WAL file's shared
    // memory), then refused any write.
    let flags = OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX;
    let connection = Connection::open_with_flags(path, flags)
        .with_context(|| format!("cannot open the SQLite database {} to read submissions", path.display()))?;
    connection.busy_timeout(Duration::from_secs(10)).context("cannot read submissions")?;
    connection.pragma_update(None, "query_only", true).context("cannot read submissions")?;
    // The selects number their parameters as PostgreSQL does (`$1`); SQLite reads `$1` as a
    // parameter *named* `$1`, numbered where it first appears, and `?1` as parameter 1, which is
    // what the positional `params` mean. (The selects hold no `$` of their own.)
    let mut statement = connection.prepare(&select.replace('$', "?")).context("cannot read submissions")?;
    let mut cursor = statement.query(params).context("cannot read submissions")?;
    let mut batch = B::with_room();
    while let Some(row) = cursor.next().context("cannot read submissions")? {
        push(&mut batch, row).context("cannot read submissions")?;
        if batch.filled() == BATCH_ROWS && rows.blocking_send(std::mem::replace(&mut batch, B::with_room())).is_err() {
            return Ok(());
        }
    }
    if batch.filled() > 0 {
        // A receiver gone by now wanted nothing more.
        let _ = rows.blocking_send(batch);
    }
    Ok(())
}
