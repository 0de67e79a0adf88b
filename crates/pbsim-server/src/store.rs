//! Storage of submissions: SQLite (a file, the embedded default) or PostgreSQL, chosen by URL.
//! All SQL lives in this module; both databases get the same schema from `migrations/`.
//!
//! Submissions are written by one task per store ([`writer`]), which commits whatever is waiting
//! in one durable transaction (group commit) and only then answers each request.

/// Runs the same code on either pool: the body is compiled once per database type.
macro_rules! on_pool {
    ($pool:expr, $p:ident => $body:expr) => {
        match $pool {
            Pool::Sqlite($p) => $body,
            Pool::Postgres($p) => $body,
        }
    };
}

mod admin;
mod edits;
mod invites;
mod responses;
mod sqlite_read;
mod writer;

pub use admin::StoredSession;
pub use edits::{EditTarget, edit_key_hash};
pub use invites::{InviteKey, new_invite_code};
pub use responses::StoredResponse;

use anyhow::Context;
use pbsim_core::{SubmissionReceipt, SubmissionRequest};
use sqlx::postgres::{PgConnectOptions, PgPool, PgPoolOptions};
use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePool, SqlitePoolOptions, SqliteSynchronous};
use std::str::FromStr;
use std::sync::Arc;
use std::time::Duration;
use time::OffsetDateTime;
use time::macros::format_description;

/// Where submissions live. Clones share the pool and the writer.
#[derive(Clone, Debug)]
pub struct Store {
    pool: Pool,
    writer: Arc<writer::Writer>,
    /// The key invite codes are hashed with, once [`Store::use_invite_key`] gave one; shared by
    /// every clone.
    invite_key: Arc<std::sync::OnceLock<InviteKey>>,
    /// The SQLite file, when the store is one on disk: streamed reads go through
    /// [`sqlite_read`] rather than the pool.
    sqlite_file: Option<Arc<std::path::PathBuf>>,
}

/// The database behind a [`Store`].
#[derive(Clone, Debug)]
enum Pool {
    /// An embedded SQLite file.
    Sqlite(SqlitePool),
    /// A PostgreSQL server, possibly shared by several pbsim servers.
    Postgres(PgPool),
}

/// What storing a submission did.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Stored {
    /// The submission is new and now committed.
    Created(SubmissionReceipt),
    /// The same submission (same id, same body) was stored before: here is the original receipt.
    AlreadyStored(SubmissionReceipt),
    /// The id was used before for a different submission.
    IdConflict,
    /// The budget needs an invite code and this one is unknown, for another budget, or was used by
    /// another submission. Nothing was stored.
    InvalidInvite,
    /// A new submission's edit key is already the key of another current submission. Nothing was
    /// stored.
    EditKeyTaken,
    /// A replacement's edit key is the key of no submission (mistyped or guessed). Nothing was
    /// stored.
    UnknownEditKey,
    /// A replacement's edit key belongs to another budget's submission, or to another submission
    /// than the one it names. Nothing was stored.
    EditKeyMismatch,
    /// The submission a replacement names was replaced already. Nothing was stored.
    AlreadyReplaced,
}

/// One stored submission, as exports read it back.
#[derive(Clone, Debug)]
pub struct StoredSubmission {
    /// The submission id.
    pub id: String,
    /// When it was received (RFC 3339, UTC).
    pub received_at: String,
    /// What the resident sent.
    pub request: SubmissionRequest,
}

/// A submission's row as stored: what streaming readers get, one at a time.
#[derive(Clone, Debug)]
pub struct SubmissionRow {
    /// The submission id.
    pub id: String,
    /// When it was received (RFC 3339, UTC).
    pub received_at: String,
    /// The canonical JSON of the request.
    pub body: String,
}

impl SubmissionRow {
    /// The row's body read back as the request the resident sent.
    pub fn parse(self) -> anyhow::Result<StoredSubmission> {
        let request = serde_json::from_str(&self.body)
            .with_context(|| format!("stored submission {} is not readable", self.id))?;
        Ok(StoredSubmission { id: self.id, received_at: self.received_at, request })
    }
}

/// A submission as reports read it: its report row when the row fits the budget's lines, its body
/// otherwise (see [`Store::read_report_rows`]).
#[derive(Clone, Debug)]
pub struct ReportSource {
    /// The submission id.
    pub id: String,
    /// When it was received (RFC 3339, UTC).
    pub received_at: String,
    /// What to read.
    pub data: ReportData,
}

impl ReportSource {
    /// From the columns [`SELECT_REPORT_ROWS`] selects: the row when there is one, else the body.
    fn new(id: String, received_at: String, row: Option<Vec<u8>>, body: Option<String>) -> ReportSource {
        let data = match (row, body) {
            (Some(row), _) => ReportData::Row(row),
            (None, body) => ReportData::Body(body.unwrap_or_default()),
        };
        ReportSource { id, received_at, data }
    }
}

/// Every current submission to a budget (`$1`), oldest first.
const SELECT_SUBMISSIONS: &str = "SELECT id, received_at, body FROM submissions \
                                  WHERE budget_id = $1 AND superseded_by IS NULL ORDER BY received_at, id";

/// What reports read of every current submission to a budget (`$1`), oldest first: the report row
/// when it has the layout `$2`, else the body. Two ordered halves merged by the database (SQLite's
/// MERGE (UNION ALL), PostgreSQL's Merge Append): the rows with a report row of this layout, read
/// from the index `submissions_for_reports` alone, and the others with their bodies.
const SELECT_REPORT_ROWS: &str = "SELECT id, received_at, report_row, NULL AS body FROM submissions \
                                  WHERE budget_id = $1 AND superseded_by IS NULL AND report_layout = $2 \
                                  UNION ALL \
                                  SELECT id, received_at, NULL AS report_row, body FROM submissions \
                                  WHERE budget_id = $1 AND superseded_by IS NULL \
                                  AND (report_layout IS NULL OR report_layout <> $2) \
                                  ORDER BY received_at, id";

/// What a report reads of one submission.
#[derive(Clone, Debug)]
pub enum ReportData {
    /// Its report row ([`pbsim_core::report_row`]), of the layout asked for.
    Row(Vec<u8>),
    /// Its canonical JSON body: a row from before report rows, of other lines, or a choice of
    /// projects.
    Body(String),
}

/// Rows streamed by [`Store::read_submissions`] (and [`Store::read_report_rows`]): an iterator for
/// a blocking thread (it waits for the reader task). After the last row it yields the reader's
/// error, if the read failed, so a read cut short never passes for all the rows. Dropping it stops
/// the reader.
#[derive(Debug)]
pub struct Rows<T> {
    rx: tokio::sync::mpsc::Receiver<Vec<T>>,
    batch: std::vec::IntoIter<T>,
    reader: Option<tokio::task::JoinHandle<anyhow::Result<()>>>,
    runtime: tokio::runtime::Handle,
}

/// Stored submissions, streamed: see [`Rows`].
pub type SubmissionRows = Rows<SubmissionRow>;

impl<T> Iterator for Rows<T> {
    type Item = anyhow::Result<T>;

    fn next(&mut self) -> Option<anyhow::Result<T>> {
        loop {
            if let Some(row) = self.batch.next() {
                return Some(Ok(row));
            }
            match self.rx.blocking_recv() {
                Some(batch) => self.batch = batch.into_iter(),
                None => {
                    let reader = self.reader.take()?;
                    return match self.runtime.block_on(reader) {
                        Ok(Ok(())) => None,
                        Ok(Err(e)) => Some(Err(e)),
                        Err(e) => Some(Err(anyhow::Error::new(e).context("the submissions' reader failed"))),
                    };
                }
            }
        }
    }
}

impl<T: Send + 'static> Rows<T> {
    /// Runs `read` on its own task, handing it the sending end (two batches wait at most).
    fn spawn<F>(read: impl FnOnce(tokio::sync::mpsc::Sender<Vec<T>>) -> F) -> Rows<T>
    where
        F: std::future::Future<Output = anyhow::Result<()>> + Send + 'static,
    {
        let (tx, rx) = tokio::sync::mpsc::channel(2);
        let reader = tokio::spawn(read(tx));
        Rows { rx, batch: Vec::new().into_iter(), reader: Some(reader), runtime: tokio::runtime::Handle::current() }
    }
}

impl<T: Send + 'static> Rows<T> {
    /// Runs `read` on a blocking thread of its own, handing it the sending end (two batches wait
    /// at most); `read` sends with `blocking_send` and stops when the receiver is gone.
    fn spawn_blocking(
        read: impl FnOnce(tokio::sync::mpsc::Sender<Vec<T>>) -> anyhow::Result<()> + Send + 'static,
    ) -> Rows<T> {
        let (tx, rx) = tokio::sync::mpsc::channel(2);
        let reader = tokio::task::spawn_blocking(move || read(tx));
        Rows { rx, batch: Vec::new().into_iter(), reader: Some(reader), runtime: tokio::runtime::Handle::current() }
    }
}

/// Rows per batch a streaming read hands over.
pub const BATCH_ROWS: usize = 512;

/// A budget's submissions at one moment: see [`Store::data_version`].
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct DataVersion {
    /// How many are counted: the current ones, each resident's latest budget.
    pub count: i64,
    /// How many rows are stored, replaced ones included: a replacement adds a row without changing
    /// `count`, so this is what tells the version apart after one.
    pub rows: i64,
    /// The latest `received_at` (empty when there is none).
    pub latest: String,
}

impl Store {
    /// Connects to `url` (`sqlite://…` or `postgres://…`) and brings its schema up to date.
    pub async fn connect(url: &str) -> anyhow::Result<Store> {
        let mut sqlite_file = None;
        let pool = if url.starts_with("postgres://") || url.starts_with("postgresql://") {
            let options = PgConnectOptions::from_str(url)
                .with_context(|| format!("not a valid PostgreSQL URL: {}", redact(url)))?
                // A commit returns once it is flushed to disk, whatever the server's default: a
                // 201 must never be sent for a submission a crash could lose.
                .options([("synchronous_commit", "on")]);
            let pool = PgPoolOptions::new()
                .max_connections(16)
                .acquire_timeout(Duration::from_secs(10))
                .connect_with(options)
                .await
                .with_context(|| format!("cannot connect to PostgreSQL at {}", redact(url)))?;
            Pool::Postgres(pool)
        } else if url.starts_with("sqlite:") {
            let options = SqliteConnectOptions::from_str(url)
                .with_context(|| format!("not a valid SQLite URL: {url}"))?
                .create_if_missing(true)
                // WAL lets readers (exports, the dashboard) run while residents submit; FULL
                // synchronous makes every commit durable before it is acknowledged.
                .journal_mode(SqliteJournalMode::Wal)
                .synchronous(SqliteSynchronous::Full)
                // Deleted and overwritten content (a re-keyed invite hash, a body rewritten
                // without its invite) is zeroed on disk, so a copy of the file holds no old value.
                .pragma("secure_delete", "ON")
                .busy_timeout(Duration::from_secs(10));
            if let Some(parent) = std::path::Path::new(options.get_filename()).parent()
                && !parent.as_os_str().is_empty()
            {
                std::fs::create_dir_all(parent)
                    .with_context(|| format!("cannot create the database folder {}", parent.display()))?;
            }
            // An in-memory database (`sqlite::memory:`) is only reachable through the pool.
            if !url.contains(":memory:") && !url.contains("mode=memory") {
                sqlite_file = Some(Arc::new(options.get_filename().to_path_buf()));
            }
            let pool = SqlitePoolOptions::new()
                .max_connections(8)
                .connect_with(options)
                .await
                .with_context(|| format!("cannot open the SQLite database {url}"))?;
            Pool::Sqlite(pool)
        } else {
            anyhow::bail!("unsupported database URL {}: use sqlite://PATH or postgres://…", redact(url));
        };
        match &pool {
            Pool::Sqlite(pool) => sqlx::migrate!("migrations/sqlite").run(pool).await,
            Pool::Postgres(pool) => sqlx::migrate!("migrations/postgres").run(pool).await,
        }
        .context("cannot bring the database schema up to date")?;
        let writer = Arc::new(writer::Writer::start(pool.clone()));
        let store = Store { pool, writer, invite_key: Arc::default(), sqlite_file };
        store.forget_invites_in_bodies().await?;
        Ok(store)
    }

    /// Stores a validated submission unless its id is already taken, and says which happened.
    /// A `Created` result means the row is committed to disk.
    ///
    /// `invite` is the code to consume when the budget requires one (`None` when it does not):
    /// it is used up in the same transaction as the insert, so either both happen or neither.
    /// The submission waits for the store's writer to commit it with whatever else is waiting.
    pub async fn insert_submission(
        &self,
        budget_id: &str,
        request: &SubmissionRequest,
        invite: Option<&str>,
    ) -> anyhow::Result<Stored> {
        let insert = writer::Insert::new(budget_id, request, invite.map(|c| self.invite_hash(c)).transpose()?)?;
        self.writer.insert(insert).await
    }

    /// Stores several submissions in one transaction, in the order given, exactly as the writer
    /// does with a batch: all are committed, or (on an error) none is. Each item is
    /// `(budget id, request, invite code to consume)`. The server goes through
    /// [`Store::insert_submission`]; this is for tools and tests that need one batch exactly.
    pub async fn insert_batch(
        &self,
        items: &[(&str, &SubmissionRequest, Option<&str>)],
    ) -> anyhow::Result<Vec<Stored>> {
        let inserts = items
            .iter()
            .map(|(budget_id, request, invite)| {
                writer::Insert::new(budget_id, request, invite.map(|c| self.invite_hash(c)).transpose()?)
            })
            .collect::<anyhow::Result<Vec<_>>>()?;
        writer::store_batch(&self.pool, &inserts).await
    }

    /// Every current submission to a budget (replaced ones left out), oldest first.
    pub async fn submissions(&self, budget_id: &str) -> anyhow::Result<Vec<StoredSubmission>> {
        let rows: Vec<(String, String, String)> =
            on_pool!(&self.pool, pool => sqlx::query_as(SELECT_SUBMISSIONS).bind(budget_id).fetch_all(pool).await)
                .context("cannot read submissions")?;
        rows.into_iter().map(|(id, received_at, body)| SubmissionRow { id, received_at, body }.parse()).collect()
    }

    /// How far a budget's submissions have changed: the number of current ones, of all rows, and
    /// the latest arrival, read in one query. Rows are only ever added (a replacement adds one and
    /// marks the one it replaces in the same transaction), so two reads that give the same version
    /// saw the same rows, on every server sharing the database.
    pub async fn data_version(&self, budget_id: &str) -> anyhow::Result<DataVersion> {
        const SELECT: &str = "SELECT COALESCE(SUM(CASE WHEN superseded_by IS NULL THEN 1 ELSE 0 END), 0), \
                              COUNT(*), COALESCE(MAX(received_at), '') FROM submissions WHERE budget_id = $1";
        let (count, rows, latest): (i64, i64, String) =
            on_pool!(&self.pool, pool => sqlx::query_as(SELECT).bind(budget_id).fetch_one(pool).await)
                .context("cannot read the number of submissions")?;
        Ok(DataVersion { count, rows, latest })
    }

    /// Every current submission to a budget (replaced ones left out), oldest first, read through a
    /// cursor and handed to `rows` in batches of [`BATCH_ROWS`]: memory holds the batches in the
    /// channel, never the whole table.
    /// The rows are read in one transaction, so they are one consistent snapshot. Stops, closing
    /// the cursor, as soon as the receiver is dropped (a download whose client went away).
    pub async fn stream_submissions(
        &self,
        budget_id: &str,
        rows: tokio::sync::mpsc::Sender<Vec<SubmissionRow>>,
    ) -> anyhow::Result<()> {
        self.stream(SELECT_SUBMISSIONS, budget_id, None, rows, |(id, received_at, body): (String, String, String)| {
            SubmissionRow { id, received_at, body }
        })
        .await
    }

    /// What reports read of every current submission to a budget, as [`Store::stream_submissions`]
    /// reads them: the report row of each submission whose row has `layout` (the fingerprint of
    /// the budget's line ids), the body of any other. A report row is a few dozen bytes where a
    /// body is a kilobyte or more, and the body is not even read from the database when the row
    /// will do.
    pub async fn stream_report_rows(
        &self,
        budget_id: &str,
        layout: pbsim_core::report_row::Layout,
        rows: tokio::sync::mpsc::Sender<Vec<ReportSource>>,
    ) -> anyhow::Result<()> {
        type Selected = (String, String, Option<Vec<u8>>, Option<String>);
        let make = |(id, received_at, row, body): Selected| ReportSource::new(id, received_at, row, body);
        self.stream(SELECT_REPORT_ROWS, budget_id, Some(layout.as_i64()), rows, make).await
    }

    /// Runs `select` (bound to `budget_id`, then `layout` when given) in one read-only transaction,
    /// handing its rows, made by `make`, to `rows` in batches of [`BATCH_ROWS`]; stops as soon as
    /// the receiver is dropped.
    async fn stream<O, T>(
        &self,
        select: &str,
        budget_id: &str,
        layout: Option<i64>,
        rows: tokio::sync::mpsc::Sender<Vec<T>>,
        make: impl Fn(O) -> T,
    ) -> anyhow::Result<()>
    where
        O: for<'r> sqlx::FromRow<'r, sqlx::sqlite::SqliteRow>
            + for<'r> sqlx::FromRow<'r, sqlx::postgres::PgRow>
            + Send
            + Unpin,
    {
        use futures_util::TryStreamExt;
        on_pool!(&self.pool, pool => {
            let mut tx = pool.begin().await.context("cannot start reading submissions")?;
            {
                let mut query = sqlx::query_as::<_, O>(select).bind(budget_id);
                if let Some(layout) = layout {
                    query = query.bind(layout);
                }
                // sqlx reads one row at a time from the database: SQLite's worker hands rows over
                // a bounded channel, PostgreSQL's rows stay in its socket until they are read.
                let mut cursor = query.fetch(&mut *tx);
                let mut batch = Vec::with_capacity(BATCH_ROWS);
                while let Some(row) = cursor.try_next().await.context("cannot read submissions")? {
                    batch.push(make(row));
                    if batch.len() == BATCH_ROWS && rows.send(std::mem::replace(&mut batch, Vec::with_capacity(BATCH_ROWS))).await.is_err() {
                        return Ok(());
                    }
                }
                if !batch.is_empty() && rows.send(batch).await.is_err() {
                    return Ok(());
                }
            }
            tx.rollback().await.context("cannot finish reading submissions")?;
        });
        Ok(())
    }

    /// [`Store::stream_submissions`] on its own task, read from a blocking thread as an iterator.
    /// Two batches wait at most. Call it within the Tokio runtime. A SQLite file is read on a
    /// blocking thread of its own through [`sqlite_read`] (same query, same order, same batches).
    pub fn read_submissions(&self, budget_id: &str) -> SubmissionRows {
        let budget_id = budget_id.to_owned();
        if let Some(file) = self.sqlite_file.clone() {
            return Rows::spawn_blocking(move |tx| {
                sqlite_read::stream(&file, SELECT_SUBMISSIONS, (&budget_id,), tx, |row| {
                    Ok(SubmissionRow { id: row.get(0)?, received_at: row.get(1)?, body: row.get(2)? })
                })
            });
        }
        let store = self.clone();
        Rows::spawn(move |tx| async move { store.stream_submissions(&budget_id, tx).await })
    }

    /// [`Store::stream_report_rows`] on its own task, read as [`Store::read_submissions`] reads.
    pub fn read_report_rows(&self, budget_id: &str, layout: pbsim_core::report_row::Layout) -> Rows<ReportSource> {
        let budget_id = budget_id.to_owned();
        if let Some(file) = self.sqlite_file.clone() {
            return Rows::spawn_blocking(move |tx| {
                sqlite_read::stream(&file, SELECT_REPORT_ROWS, (&budget_id, layout.as_i64()), tx, |row| {
                    Ok(ReportSource::new(row.get(0)?, row.get(1)?, row.get(2)?, row.get(3)?))
                })
            });
        }
        let store = self.clone();
        Rows::spawn(move |tx| async move { store.stream_report_rows(&budget_id, layout, tx).await })
    }

    /// After rewriting rows that must not survive in a copy of the file: on SQLite, moves the
    /// write-ahead log into the database and empties it, since the log keeps old page images.
    async fn flush_old_versions(&self) -> anyhow::Result<()> {
        if let Pool::Sqlite(pool) = &self.pool {
            sqlx::query("PRAGMA wal_checkpoint(TRUNCATE)")
                .execute(pool)
                .await
                .context("cannot checkpoint the database")?;
        }
        Ok(())
    }

    /// Checks that the database answers.
    pub async fn ping(&self) -> anyhow::Result<()> {
        on_pool!(&self.pool, pool => sqlx::query("SELECT 1").execute(pool).await.map(drop))
            .context("the database does not answer")
    }

    /// Commits every submission already handed to the writer (and answers its request), refuses
    /// new ones, then waits for every connection to finish its work and closes the pool.
    pub async fn close(&self) {
        self.writer.close().await;
        on_pool!(&self.pool, pool => pool.close().await)
    }
}

/// Where the invite key lives when not configured: `invite-key` beside the SQLite file (the data
/// folder), or `data/invite-key` for PostgreSQL, whose data is not on this machine.
pub fn default_invite_key_file(database_url: &str) -> std::path::PathBuf {
    let sqlite_dir = database_url
        .starts_with("sqlite:")
        .then(|| SqliteConnectOptions::from_str(database_url).ok())
        .flatten()
        .and_then(|o| o.get_filename().parent().map(std::path::Path::to_path_buf));
    match sqlite_dir {
        Some(dir) => dir.join("invite-key"),
        None => std::path::PathBuf::from("data/invite-key"),
    }
}

/// The current time as RFC 3339 in UTC with exactly three decimals, so that the text sorts in time
/// order in both databases.
pub fn now_rfc3339() -> String {
    let now = OffsetDateTime::now_utc();
    let format = format_description!("[year]-[month]-[day]T[hour]:[minute]:[second].[subsecond digits:3]Z");
    now.format(&format).unwrap_or_else(|_| now.unix_timestamp().to_string())
}

/// A database URL with any password replaced, fit for logs and error messages.
pub fn redact(url: &str) -> String {
    match (url.find("://"), url.rfind('@')) {
        (Some(scheme_end), Some(at)) if at > scheme_end => {
            let userinfo = &url[scheme_end + 3..at];
            match userinfo.split_once(':') {
                Some((user, _)) => format!("{}://{user}:***{}", &url[..scheme_end], &url[at..]),
                None => url.to_owned(),
            }
        }
        _ => url.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn passwords_never_reach_logs() {
        assert_eq!(redact("postgres://pb:secret@db:5432/pb"), "postgres://pb:***@db:5432/pb");
        assert_eq!(redact("postgres://pb@db/pb"), "postgres://pb@db/pb");
        assert_eq!(redact("sqlite://data/pbsim.db"), "sqlite://data/pbsim.db");
    }
}
