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
mod backfill;
mod edits;
mod invites;
mod pg_copy;
mod responses;
mod sqlite_read;
mod writer;

pub use admin::StoredSession;
pub use backfill::{Backfilled, NO_REPORT_ROW};
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

/// What reports read of up to [`BATCH_ROWS`] submissions, packed into two buffers (two
/// allocations a batch, where an id, a time and a row of their own were three a submission: at a
/// million rows, allocating on the reader's thread and freeing on the report's was a tenth of a
/// report). Read with [`ReportBatch::iter`].
#[derive(Debug, Default)]
pub struct ReportBatch {
    /// Each submission's id, arrival time and (when it has no report row) body, one after the other.
    text: String,
    /// Each submission's report row, one after the other.
    rows: Vec<u8>,
    /// Where each submission ends in `text` and `rows`.
    ends: Vec<Ends>,
}

/// The end of one submission's parts in a [`ReportBatch`]'s buffers.
#[derive(Clone, Copy, Debug)]
struct Ends {
    id: usize,
    received_at: usize,
    /// The end of its body in `text` (its arrival time's end when it has none).
    body: usize,
    /// The end of its report row in `rows`.
    row: usize,
    /// Whether it is read from its report row (else from its body).
    has_row: bool,
}

/// A submission as reports read it, borrowed from a [`ReportBatch`]: its report row when the row
/// fits the budget's lines, its body otherwise (see [`Store::read_report_rows`]).
#[derive(Clone, Copy, Debug)]
pub struct ReportSource<'a> {
    /// The submission id.
    pub id: &'a str,
    /// When it was received (RFC 3339, UTC).
    pub received_at: &'a str,
    /// What to read.
    pub data: ReportData<'a>,
}

/// What a report reads of one submission.
#[derive(Clone, Copy, Debug)]
pub enum ReportData<'a> {
    /// Its report row ([`pbsim_core::report_row`]), of the layout asked for.
    Row(&'a [u8]),
    /// Its canonical JSON body: a row from before report rows, of other lines, or a choice of
    /// projects.
    Body(&'a str),
}

impl ReportBatch {
    /// Adds a submission from the columns [`SELECT_REPORT_ROWS`] selects: its row when there is
    /// one, else its body.
    fn push(&mut self, id: &str, received_at: &str, row: Option<&[u8]>, body: Option<&str>) {
        self.text.push_str(id);
        let id = self.text.len();
        self.text.push_str(received_at);
        let received_at = self.text.len();
        if row.is_none() {
            self.text.push_str(body.unwrap_or_default());
        }
        self.rows.extend_from_slice(row.unwrap_or_default());
        self.ends.push(Ends { id, received_at, body: self.text.len(), row: self.rows.len(), has_row: row.is_some() });
    }

    /// Every submission of the batch, in the order read.
    pub fn iter(&self) -> impl Iterator<Item = ReportSource<'_>> {
        let mut starts = (0, 0);
        self.ends.iter().map(move |e| {
            let (text, row) = starts;
            starts = (e.body, e.row);
            let data = if e.has_row {
                ReportData::Row(self.rows.get(row..e.row).unwrap_or_default())
            } else {
                ReportData::Body(self.text.get(e.received_at..e.body).unwrap_or_default())
            };
            ReportSource {
                id: self.text.get(text..e.id).unwrap_or_default(),
                received_at: self.text.get(e.id..e.received_at).unwrap_or_default(),
                data,
            }
        })
    }
}

/// A batch a streamed read fills, then hands over.
pub trait Batch: Send + 'static {
    /// An empty batch with room for [`BATCH_ROWS`] rows.
    fn with_room() -> Self;
    /// Rows in it.
    fn filled(&self) -> usize;
}

impl<T: Send + 'static> Batch for Vec<T> {
    fn with_room() -> Self {
        Vec::with_capacity(BATCH_ROWS)
    }
    fn filled(&self) -> usize {
        self.len()
    }
}

impl Batch for ReportBatch {
    fn with_room() -> Self {
        // About a report row's size each; the buffers grow once for bodies.
        ReportBatch {
            text: String::with_capacity(BATCH_ROWS * 64),
            rows: Vec::with_capacity(BATCH_ROWS * 128),
            ends: Vec::with_capacity(BATCH_ROWS),
        }
    }
    fn filled(&self) -> usize {
        self.ends.len()
    }
}

/// Every current submission to a budget (`$1`), oldest first.
const SELECT_SUBMISSIONS: &str = "SELECT id, received_at, body FROM submissions \
                                  WHERE budget_id = $1 AND superseded_by IS NULL ORDER BY received_at, id";

/// What reports read of every current submission to a budget (`$1`), oldest first: the report row
/// when it has the layout `$2`, else the body, given by `$body` (`r` is the row). The two selects
/// below differ only in how they reach the body.
macro_rules! select_report {
    ($body:literal) => {
        concat!(
            "SELECT id, received_at, CASE WHEN report_layout = $2 THEN report_row END AS report_row, ",
            "CASE WHEN report_layout = $2 THEN NULL ELSE ",
            $body,
            " END AS body FROM submissions r WHERE budget_id = $1 AND superseded_by IS NULL ",
            "ORDER BY received_at, id"
        )
    };
}

/// One ordered scan of the index `submissions_for_reports`, which holds everything but the body,
/// so neither database sorts anything or reads the table for a row that has its report row (on
/// PostgreSQL, once the table is vacuumed, as autovacuum does after a load); only a row without
/// one (stored before report rows, of other lines, or a choice of projects) is looked up by its id
/// for its body. (Two ordered halves merged, as this was before, became on PostgreSQL two full
/// scans of the table and a sort of every row on disk: BENCHMARKS.md, "One scan of the index".)
const SELECT_REPORT_ROWS: &str = select_report!("(SELECT b.body FROM submissions b WHERE b.id = r.id)");

/// [`SELECT_REPORT_ROWS`] for a budget whose rows are expected to have no report row (a choice of
/// projects has none): one pass over the table, sorted, instead of a lookup by id per row, which
/// took 2.5 times as long at 1,000,000 bodies on PostgreSQL (BENCHMARKS.md, "One scan of the
/// index").
const SELECT_REPORT_BODIES: &str = select_report!("body");

/// What a report expects most of a budget's rows to be read from: the same rows either way, in the
/// same order, read the way that is fast for the common case.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ReportRead {
    /// Report rows (a budget of lines): the index alone, a body looked up only where a row has none.
    Rows,
    /// Bodies (a budget of projects, whose choices have no report row): the table, in one pass.
    Bodies,
}

impl ReportRead {
    /// How `budget`'s rows are best read.
    pub fn for_budget(budget: &pbsim_core::Budget) -> ReportRead {
        if budget.projects.is_some() { ReportRead::Bodies } else { ReportRead::Rows }
    }

    fn select(self) -> &'static str {
        match self {
            ReportRead::Rows => SELECT_REPORT_ROWS,
            ReportRead::Bodies => SELECT_REPORT_BODIES,
        }
    }
}

/// Batches streamed by a reader task or thread: an iterator for a blocking thread (it waits for the
/// reader). After the last batch it yields the reader's error, if the read failed, so a read cut
/// short never passes for all the rows. Dropping it stops the reader.
#[derive(Debug)]
pub struct Batches<B> {
    rx: tokio::sync::mpsc::Receiver<B>,
    reader: Option<tokio::task::JoinHandle<anyhow::Result<()>>>,
    runtime: tokio::runtime::Handle,
}

impl<B> Iterator for Batches<B> {
    type Item = anyhow::Result<B>;

    fn next(&mut self) -> Option<anyhow::Result<B>> {
        match self.rx.blocking_recv() {
            Some(batch) => Some(Ok(batch)),
            None => {
                let reader = self.reader.take()?;
                match self.runtime.block_on(reader) {
                    Ok(Ok(())) => None,
                    Ok(Err(e)) => Some(Err(e)),
                    Err(e) => Some(Err(anyhow::Error::new(e).context("the submissions' reader failed"))),
                }
            }
        }
    }
}

impl<B: Send + 'static> Batches<B> {
    /// Runs `read` on its own task, handing it the sending end (two batches wait at most).
    fn spawn<F>(read: impl FnOnce(tokio::sync::mpsc::Sender<B>) -> F) -> Batches<B>
    where
        F: std::future::Future<Output = anyhow::Result<()>> + Send + 'static,
    {
        Batches::start(|tx| tokio::spawn(read(tx)))
    }

    /// Runs `read` on a blocking thread of its own, handing it the sending end (two batches wait
    /// at most); `read` sends with `blocking_send` and stops when the receiver is gone.
    fn spawn_blocking(
        read: impl FnOnce(tokio::sync::mpsc::Sender<B>) -> anyhow::Result<()> + Send + 'static,
    ) -> Batches<B> {
        Batches::start(|tx| tokio::task::spawn_blocking(move || read(tx)))
    }

    /// The channel of two batches, and the reader `start` runs with its sending end.
    fn start(
        start: impl FnOnce(tokio::sync::mpsc::Sender<B>) -> tokio::task::JoinHandle<anyhow::Result<()>>,
    ) -> Batches<B> {
        let (tx, rx) = tokio::sync::mpsc::channel(2);
        Batches { rx, reader: Some(start(tx)), runtime: tokio::runtime::Handle::current() }
    }
}

/// Rows streamed by [`Store::read_submissions`], one at a time: see [`Batches`].
#[derive(Debug)]
pub struct Rows<T> {
    batches: Batches<Vec<T>>,
    batch: std::vec::IntoIter<T>,
}

/// Stored submissions, streamed: see [`Rows`].
pub type SubmissionRows = Rows<SubmissionRow>;

/// What reports read of stored submissions, streamed: see [`Store::read_report_rows`].
pub type ReportRows = Batches<ReportBatch>;

impl<T> Iterator for Rows<T> {
    type Item = anyhow::Result<T>;

    fn next(&mut self) -> Option<anyhow::Result<T>> {
        loop {
            if let Some(row) = self.batch.next() {
                return Some(Ok(row));
            }
            match self.batches.next()? {
                Ok(batch) => self.batch = batch.into_iter(),
                Err(e) => return Some(Err(e)),
            }
        }
    }
}

impl<T> From<Batches<Vec<T>>> for Rows<T> {
    fn from(batches: Batches<Vec<T>>) -> Rows<T> {
        Rows { batches, batch: Vec::new().into_iter() }
    }
}

/// Rows per batch a streaming read hands over.
pub const BATCH_ROWS: usize = 512;

/// A budget's submissions at one moment: see [`Store::data_version`].
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct DataVersion {
    /// How many are counted: the current ones, each resident's latest budget.
    pub count: i64,
    /// How many changes the budget's rows have seen: every row added or deleted, and every change
    /// to a row's budget, body or replacement. A replacement adds a row and marks another without
    /// changing `count`; this is what tells the version apart after one.
    pub changes: i64,
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

    /// How far a budget's submissions have changed: the number of current ones and of changes to
    /// its rows, one row of `submission_counts` that the database's triggers keep in the same
    /// transaction as every change (migration `20261205120000_submission_counts`), so two reads
    /// that give the same version saw the same rows, on every server sharing the database. It
    /// costs the same for ten submissions or ten million.
    pub async fn data_version(&self, budget_id: &str) -> anyhow::Result<DataVersion> {
        const SELECT: &str = "SELECT current, changes FROM submission_counts WHERE budget_id = $1";
        let counts: Option<(i64, i64)> =
            on_pool!(&self.pool, pool => sqlx::query_as(SELECT).bind(budget_id).fetch_optional(pool).await)
                .context("cannot read the number of submissions")?;
        let (count, changes) = counts.unwrap_or_default();
        Ok(DataVersion { count, changes })
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
        let push = |batch: &mut Vec<SubmissionRow>, (id, received_at, body): (String, String, String)| {
            batch.push(SubmissionRow { id, received_at, body });
        };
        self.stream(SELECT_SUBMISSIONS, budget_id, None, rows, push).await
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
        read: ReportRead,
        rows: tokio::sync::mpsc::Sender<ReportBatch>,
    ) -> anyhow::Result<()> {
        type Selected = (String, String, Option<Vec<u8>>, Option<String>);
        let push = |batch: &mut ReportBatch, (id, received_at, row, body): Selected| {
            batch.push(&id, &received_at, row.as_deref(), body.as_deref());
        };
        self.stream(read.select(), budget_id, Some(layout.as_i64()), rows, push).await
    }

    /// Runs `select` (bound to `budget_id`, then `layout` when given) in one read-only transaction,
    /// handing its rows, made by `make`, to `rows` in batches of [`BATCH_ROWS`]; stops as soon as
    /// the receiver is dropped.
    async fn stream<O, B: Batch>(
        &self,
        select: &str,
        budget_id: &str,
        layout: Option<i64>,
        rows: tokio::sync::mpsc::Sender<B>,
        push: impl Fn(&mut B, O),
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
                let mut batch = B::with_room();
                while let Some(row) = cursor.try_next().await.context("cannot read submissions")? {
                    push(&mut batch, row);
                    if batch.filled() == BATCH_ROWS && rows.send(std::mem::replace(&mut batch, B::with_room())).await.is_err() {
                        return Ok(());
                    }
                }
                if batch.filled() > 0 && rows.send(batch).await.is_err() {
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
            return Rows::from(Batches::spawn_blocking(move |tx| {
                sqlite_read::stream(&file, SELECT_SUBMISSIONS, (&budget_id,), tx, |batch: &mut Vec<_>, row| {
                    batch.push(SubmissionRow { id: row.get(0)?, received_at: row.get(1)?, body: row.get(2)? });
                    Ok(())
                })
            }));
        }
        let store = self.clone();
        Rows::from(Batches::spawn(move |tx| async move { store.stream_submissions(&budget_id, tx).await }))
    }

    /// [`Store::stream_report_rows`] on its own task, read as [`Store::read_submissions`] reads, a
    /// packed batch at a time.
    pub fn read_report_rows(
        &self,
        budget_id: &str,
        layout: pbsim_core::report_row::Layout,
        read: ReportRead,
    ) -> ReportRows {
        let budget_id = budget_id.to_owned();
        if let Some(file) = self.sqlite_file.clone() {
            return Batches::spawn_blocking(move |tx| {
                let params = (&budget_id, layout.as_i64());
                sqlite_read::stream(&file, read.select(), params, tx, |batch: &mut ReportBatch, row| {
                    // Borrowed from SQLite's row, copied once, into the batch.
                    let (id, received_at) = (row.get_ref(0)?.as_str()?, row.get_ref(1)?.as_str()?);
                    let (report_row, body) = (row.get_ref(2)?.as_blob_or_null()?, row.get_ref(3)?.as_str_or_null()?);
                    batch.push(id, received_at, report_row, body);
                    Ok(())
                })
            });
        }
        if let Pool::Postgres(pool) = &self.pool {
            let pool = pool.clone();
            return Batches::spawn(move |tx| async move {
                pg_copy::stream_report_rows(&pool, read.select(), &budget_id, layout.as_i64(), tx).await
            });
        }
        let store = self.clone();
        Batches::spawn(move |tx| async move { store.stream_report_rows(&budget_id, layout, read, tx).await })
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
    fn a_packed_batch_gives_back_each_submission_as_it_was_pushed() {
        let mut batch = ReportBatch::default();
        batch.push("a", "2026-11-01T10:00:00.000Z", Some(&[1, 2, 3]), None);
        batch.push("bé", "2026-11-02T10:00:00.000Z", None, Some(r#"{"allocation":{}}"#));
        batch.push("c", "2026-11-03T10:00:00.000Z", Some(&[]), Some("ignored when there is a row"));
        batch.push("d", "2026-11-04T10:00:00.000Z", None, None);
        batch.push("e", "2026-11-05T10:00:00.000Z", Some(&[9]), None);
        let read: Vec<(&str, &str, String)> = batch
            .iter()
            .map(|r| {
                let data = match r.data {
                    ReportData::Row(bytes) => format!("row {bytes:?}"),
                    ReportData::Body(body) => format!("body {body}"),
                };
                (r.id, r.received_at, data)
            })
            .collect();
        assert_eq!(
            read,
            [
                ("a", "2026-11-01T10:00:00.000Z", "row [1, 2, 3]".to_owned()),
                ("bé", "2026-11-02T10:00:00.000Z", r#"body {"allocation":{}}"#.to_owned()),
                ("c", "2026-11-03T10:00:00.000Z", "row []".to_owned()),
                ("d", "2026-11-04T10:00:00.000Z", "body ".to_owned()),
                ("e", "2026-11-05T10:00:00.000Z", "row [9]".to_owned()),
            ]
        );
        assert_eq!(batch.filled(), 5);
    }

    #[test]
    fn passwords_never_reach_logs() {
        assert_eq!(redact("postgres://pb:secret@db:5432/pb"), "postgres://pb:***@db:5432/pb");
        assert_eq!(redact("postgres://pb@db/pb"), "postgres://pb@db/pb");
        assert_eq!(redact("sqlite://data/pbsim.db"), "sqlite://data/pbsim.db");
    }
}
