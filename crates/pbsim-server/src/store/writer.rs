//! Group commit: one task per [`Store`](super::Store) writes every submission, many per
//! transaction.
//!
//! A durable commit costs one flush to disk (SQLite with `synchronous=FULL`, PostgreSQL with
//! `synchronous_commit=on`), and the flush costs the same for one row or a hundred. So requests do
//! not write themselves: each hands its insert to the writer over a channel with a one-shot reply
//! and waits. The writer takes everything waiting (at most [`MAX_BATCH`]), runs the inserts in ONE
//! transaction, commits, and only then replies to each request. While it flushes, the next
//! requests queue up and become the next batch, so the busier the server the larger the batches.
//!
//! What must stay true:
//! - a request hears `Created` only after the commit that stored its row returned;
//! - a batch is all or nothing: if any statement or the commit fails, the transaction is rolled
//!   back and every request of the batch gets an error (a 500), none a 201;
//! - the outcome of each insert is the one it would have had alone: the same id twice in one batch
//!   gives `Created` then `AlreadyStored` (or `IdConflict`), because the second insert sees the first
//!   row inside the transaction; servers sharing a PostgreSQL are kept apart by `ON CONFLICT`, which
//!   waits for the other transaction's row and then reads it;
//! - closing the store commits and answers everything already queued before the writer stops;
//! - a replacement (through a private edit link) marks the row it replaces and adds its own in the
//!   same transaction, and only if that row is still current, of this budget and of this link: the
//!   marking `UPDATE … WHERE superseded_by IS NULL` is one statement, so of two replacements of one
//!   row (two tabs, two servers) the second waits for the first and then finds it replaced; the
//!   unique index on a link's current row holds it even for rows inserted some other way.

use super::{Pool, Stored, now_rfc3339};
use anyhow::Context;
use pbsim_core::{SubmissionReceipt, SubmissionRequest};
use tokio::sync::{mpsc, oneshot};

/// The most inserts in one transaction. Large enough that a loaded server flushes a few hundred
/// submissions at once, small enough that one transaction stays short (PostgreSQL holds row locks
/// until it commits) and a failed batch fails few requests.
pub(super) const MAX_BATCH: usize = 256;

/// Inserts waiting for the writer; beyond this, requests wait to enqueue (back-pressure).
const QUEUE: usize = 4 * MAX_BATCH;

/// One submission to store, ready for SQL.
#[derive(Debug)]
pub(super) struct Insert {
    budget_id: String,
    id: String,
    /// The canonical JSON of the request, compared byte for byte when the id comes again.
    body: String,
    /// The keyed hash of the invite code to consume, when the budget requires one. A code that
    /// cannot be one of ours has a hash that matches no row, so it is refused like any unknown code.
    invite_hash: Option<String>,
    /// The SHA-256 of the private edit link's secret, when the page sent one.
    edit_key_hash: Option<String>,
    /// What reports read of the submission, and the fingerprint of its line ids
    /// ([`pbsim_core::report_row`]); no row, and [`NO_REPORT_ROW`](super::NO_REPORT_ROW), for a
    /// choice of projects.
    report_layout: i64,
    report_row: Option<Vec<u8>>,
    /// The submission this one replaces (sent through the edit link whose hash is above).
    replaces: Option<String>,
}

impl Insert {
    /// `invite_hash` is the keyed hash of the code to take (see `Store::invite_hash`), when the
    /// budget requires one.
    pub(super) fn new(
        budget_id: &str,
        request: &SubmissionRequest,
        invite_hash: Option<String>,
    ) -> anyhow::Result<Insert> {
        // The stored body keeps no trace of the invite code, not even a hash: a copy of the
        // database or an export must not tie a resident on a mailing list to their answers. A
        // retry carries the same body otherwise, so it still compares equal.
        // Nor of the edit link: its hash has a column of its own, and `replaces` is the old row's
        // `superseded_by`.
        let body = serde_json::to_string(&SubmissionRequest {
            invite: None,
            edit_key: None,
            replaces: None,
            ..request.clone()
        })
        .context("cannot encode a submission")?;
        let (report_layout, report_row) = match pbsim_core::report_row::encode(request) {
            Some((layout, row)) => (layout.as_i64(), Some(row)),
            None => (super::NO_REPORT_ROW, None),
        };
        Ok(Insert {
            report_layout,
            report_row,
            budget_id: budget_id.to_owned(),
            id: request.id.clone(),
            body,
            invite_hash,
            edit_key_hash: request.edit_key.as_deref().map(super::edit_key_hash),
            replaces: request.replaces.clone(),
        })
    }
}

/// What a waiting request hears back. The error is a message because one error answers a whole
/// batch (and `anyhow::Error` cannot be cloned).
type Reply = oneshot::Sender<Result<Stored, String>>;

enum Message {
    Insert(Insert, Reply),
    /// Commit what is queued, answer it, stop, then say so.
    Close(oneshot::Sender<()>),
}

/// The handle requests use to reach the writer task.
#[derive(Debug)]
pub(super) struct Writer {
    sender: mpsc::Sender<Message>,
}

impl Writer {
    /// Starts the writer task on the current tokio runtime. It stops when the store is closed or
    /// when the last handle is dropped.
    pub(super) fn start(pool: Pool) -> Writer {
        let (sender, receiver) = mpsc::channel(QUEUE);
        tokio::spawn(run(pool, receiver));
        Writer { sender }
    }

    /// Hands an insert to the writer and waits until it is committed (or failed).
    pub(super) async fn insert(&self, insert: Insert) -> anyhow::Result<Stored> {
        let (reply, answer) = oneshot::channel();
        self.sender
            .send(Message::Insert(insert, reply))
            .await
            .map_err(|_| anyhow::anyhow!("the store is closed: submission not stored"))?;
        match answer.await {
            Ok(Ok(stored)) => Ok(stored),
            Ok(Err(message)) => Err(anyhow::anyhow!(message)),
            Err(_) => anyhow::bail!("the writer stopped before committing the submission"),
        }
    }

    /// Commits and answers everything queued, then stops the writer. Later inserts fail.
    pub(super) async fn close(&self) {
        let (done, stopped) = oneshot::channel();
        if self.sender.send(Message::Close(done)).await.is_ok() {
            // An error here means the task is already gone, which is what we wanted.
            let _ = stopped.await;
        }
    }
}

async fn run(pool: Pool, mut receiver: mpsc::Receiver<Message>) {
    let mut messages = Vec::with_capacity(MAX_BATCH);
    let mut closing = None;
    loop {
        if receiver.recv_many(&mut messages, MAX_BATCH).await == 0 {
            break; // Every handle is gone and nothing is queued.
        }
        let mut batch = Vec::with_capacity(messages.len());
        for message in messages.drain(..) {
            match message {
                Message::Insert(insert, reply) => batch.push((insert, reply)),
                Message::Close(done) => {
                    // Refuse new inserts; those already queued are still received and committed.
                    receiver.close();
                    closing = Some(done);
                }
            }
        }
        commit(&pool, batch).await;
    }
    if let Some(done) = closing {
        let _ = done.send(());
    }
}

/// Stores one batch and answers each of its requests.
async fn commit(pool: &Pool, batch: Vec<(Insert, Reply)>) {
    if batch.is_empty() {
        return;
    }
    let (inserts, replies): (Vec<Insert>, Vec<Reply>) = batch.into_iter().unzip();
    let started = std::time::Instant::now();
    match store_batch(pool, &inserts).await {
        Ok(results) => {
            tracing::debug!(submissions = inserts.len(), elapsed = ?started.elapsed(), "batch committed");
            for (reply, result) in replies.into_iter().zip(results) {
                // A request whose client went away no longer listens; its row is stored anyway.
                let _ = reply.send(Ok(result));
            }
        }
        Err(e) => {
            tracing::error!(error = ?e, submissions = inserts.len(), "a batch of submissions was not committed");
            let message = format!("a batch of {} submissions was not committed: {e:#}", inserts.len());
            for reply in replies {
                let _ = reply.send(Err(message.clone()));
            }
        }
    }
}

/// Runs `inserts` in one transaction and commits it; the results are in the order of `inserts`.
/// On any error the transaction is rolled back (by dropping it) and nothing of the batch is stored.
pub(super) async fn store_batch(pool: &Pool, inserts: &[Insert]) -> anyhow::Result<Vec<Stored>> {
    // No conflict target: a row is skipped when its id is taken, and also when its edit key is
    // already the key of a current row (the index `submissions_current_edit_key`).
    const INSERT: &str = "INSERT INTO submissions \
                          (id, budget_id, received_at, body, edit_key_hash, report_layout, report_row) \
                          VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT DO NOTHING";
    const EXISTING: &str = "SELECT budget_id, received_at, body, edit_key_hash FROM submissions WHERE id = $1";
    // Marks the row a replacement replaces: only while it is current, of this budget and this link.
    const SUPERSEDE: &str = "UPDATE submissions SET superseded_by = $1, replaced_at = $2 \
                             WHERE id = $3 AND budget_id = $4 AND edit_key_hash = $5 AND superseded_by IS NULL";
    const UNMARK: &str = "UPDATE submissions SET superseded_by = NULL, replaced_at = NULL WHERE id = $1";
    const REPLACED: &str = "SELECT budget_id, superseded_by FROM submissions WHERE id = $1 AND edit_key_hash = $2";
    const KEY_IN_USE: &str = "SELECT COUNT(*) FROM submissions WHERE edit_key_hash = $1";
    // Only an unused code of this budget can be taken, and taking it is one statement, so two
    // servers racing for the same code cannot both get it: PostgreSQL makes the second UPDATE wait
    // for the first transaction and re-check `used_by IS NULL` after it commits.
    const USE_INVITE: &str = "UPDATE invites SET used_by = $1, used_at = $2 \
                              WHERE code_hash = $3 AND budget_id = $4 AND used_by IS NULL";
    const UNDO_INSERT: &str = "DELETE FROM submissions WHERE id = $1";
    // Rows are locked in id order, so two servers committing overlapping batches on one PostgreSQL
    // wait for each other instead of deadlocking.
    let mut order: Vec<usize> = (0..inserts.len()).collect();
    order.sort_by(|&a, &b| inserts[a].id.cmp(&inserts[b].id));
    let received_at = now_rfc3339();
    // The first insert of each id goes into ONE multi-row INSERT (a statement per row costs more
    // than the row); the rest (an id repeated in the batch) take the one-row path below.
    let mut first_of_id = vec![false; inserts.len()];
    for pair in order.windows(2) {
        first_of_id[pair[1]] = inserts[pair[0]].id != inserts[pair[1]].id;
    }
    if let Some(&first) = order.first() {
        first_of_id[first] = true;
    }
    // Replacements take the one-row path too: each first marks the row it replaces.
    let bulk: Vec<usize> = order.iter().copied().filter(|&i| first_of_id[i] && inserts[i].replaces.is_none()).collect();
    let mut bulk_sql = String::from(
        "INSERT INTO submissions (id, budget_id, received_at, body, edit_key_hash, report_layout, report_row) VALUES ",
    );
    for (k, _) in bulk.iter().enumerate() {
        let separator = if k == 0 { "" } else { ", " };
        let params: Vec<String> = (1..=7).map(|p| format!("${}", 7 * k + p)).collect();
        bulk_sql.push_str(&format!("{separator}({})", params.join(", ")));
    }
    bulk_sql.push_str(" ON CONFLICT DO NOTHING RETURNING id");
    // What an insert whose id already exists (committed, or earlier in this batch) gets. A retry
    // of the same submission carries the same body, so it is recognised without touching any
    // invite. (Macros, as `on_pool!`: the statements compile once per database type.)
    macro_rules! existing {
        ($tx:expr, $insert:expr) => {{
            let insert: &Insert = $insert;
            let existing: Option<(String, String, String, Option<String>)> = sqlx::query_as(EXISTING)
                .bind(&insert.id)
                .fetch_optional(&mut *$tx)
                .await
                .context("cannot read back an existing submission")?;
            match existing {
                Some((budget_id, existing_at, body, key))
                    if budget_id == insert.budget_id && body == insert.body && key == insert.edit_key_hash =>
                {
                    Stored::AlreadyStored(SubmissionReceipt { id: insert.id.clone(), received_at: existing_at })
                }
                Some(_) => Stored::IdConflict,
                // Skipped for its edit key, which a current row already has.
                None => Stored::EditKeyTaken,
            }
        }};
    }
    // Inserts one row; false when it was skipped (its id, or its edit key's current row, exists).
    macro_rules! insert_one {
        ($tx:expr, $insert:expr) => {{
            let insert: &Insert = $insert;
            sqlx::query(INSERT)
                .bind(&insert.id)
                .bind(&insert.budget_id)
                .bind(&received_at)
                .bind(&insert.body)
                .bind(&insert.edit_key_hash)
                .bind(insert.report_layout)
                .bind(&insert.report_row)
                .execute(&mut *$tx)
                .await
                .context("cannot store a submission")?
                .rows_affected()
                == 1
        }};
    }
    // Stores a replacement: the row it replaces is marked, then its own is added; or says why not.
    // The marking comes first because it is a write: SQLite takes its write lock there (waiting its
    // busy timeout), not after a read whose snapshot another connection's commit would make stale.
    // A replacement sent again (a retry) finds its row marked by its own id.
    macro_rules! replace {
        ($tx:expr, $insert:expr, $replaces:expr) => {{
            let insert: &Insert = $insert;
            let replaces: &str = $replaces;
            let marked = sqlx::query(SUPERSEDE)
                .bind(&insert.id)
                .bind(&received_at)
                .bind(replaces)
                .bind(&insert.budget_id)
                .bind(&insert.edit_key_hash)
                .execute(&mut *$tx)
                .await
                .context("cannot mark a replaced submission")?
                .rows_affected()
                == 1;
            if marked {
                if insert_one!($tx, insert) {
                    created(insert, &received_at)
                } else {
                    // Its id was taken by another submission: the old row stays current.
                    sqlx::query(UNMARK).bind(replaces).execute(&mut *$tx).await.context("cannot undo a replacement")?;
                    existing!($tx, insert)
                }
            } else {
                let old: Option<(String, Option<String>)> = sqlx::query_as(REPLACED)
                    .bind(replaces)
                    .bind(&insert.edit_key_hash)
                    .fetch_optional(&mut *$tx)
                    .await
                    .context("cannot read a replaced submission")?;
                match old {
                    // This very replacement, committed before (a retry, possibly to another server).
                    Some((_, Some(by))) if by == insert.id => existing!($tx, insert),
                    Some((budget_id, Some(_))) if budget_id == insert.budget_id => Stored::AlreadyReplaced,
                    Some(_) => Stored::EditKeyMismatch,
                    None => {
                        let in_use: i64 = sqlx::query_scalar(KEY_IN_USE)
                            .bind(&insert.edit_key_hash)
                            .fetch_one(&mut *$tx)
                            .await
                            .context("cannot look up an edit key")?;
                        if in_use > 0 { Stored::EditKeyMismatch } else { Stored::UnknownEditKey }
                    }
                }
            }
        }};
    }
    // Takes the invite code of a row just inserted, or takes the row back out when the code is not
    // there to take.
    macro_rules! take_invite {
        ($tx:expr, $insert:expr) => {{
            let insert: &Insert = $insert;
            let taken = sqlx::query(USE_INVITE)
                .bind(&insert.id)
                .bind(&received_at)
                .bind(&insert.invite_hash)
                .bind(&insert.budget_id)
                .execute(&mut *$tx)
                .await
                .context("cannot use an invite code")?
                .rows_affected()
                == 1;
            if taken {
                created(insert, &received_at)
            } else {
                // The row was only ever visible inside this transaction.
                sqlx::query(UNDO_INSERT).bind(&insert.id).execute(&mut *$tx).await.context("cannot undo an insert")?;
                Stored::InvalidInvite
            }
        }};
    }

    // Each statement's trigger locks the count rows of the budgets it wrote to
    // (`submission_counts`), in budget order, until the commit. The one multi-row INSERT takes
    // them in one go; the one-row statements after it would take them in id order, which two
    // servers' batches could do in opposite orders. So on PostgreSQL a batch with any of those takes
    // every count row it will write, in budget order. (Not otherwise: a batch waiting for another
    // server's uncommitted row of the same id must hold no count row that server needs. SQLite has
    // one writer at a time.)
    let one_row_path = order.iter().any(|&i| !first_of_id[i] || inserts[i].replaces.is_some());
    let lock_counts = (one_row_path && matches!(pool, Pool::Postgres(_))).then(|| {
        let budgets: std::collections::BTreeSet<&str> = inserts.iter().map(|i| i.budget_id.as_str()).collect();
        let values: Vec<String> = (1..=budgets.len()).map(|p| format!("(${p})")).collect();
        let sql = format!(
            "INSERT INTO submission_counts (budget_id) VALUES {} \
             ON CONFLICT (budget_id) DO UPDATE SET changes = submission_counts.changes",
            values.join(", ")
        );
        (sql, budgets)
    });

    let mut results: Vec<Option<Stored>> = vec![None; inserts.len()];
    on_pool!(pool, pool => {
        let mut tx = pool.begin().await.context("cannot start a transaction")?;
        if let Some((sql, budgets)) = &lock_counts {
            let mut query = sqlx::query(sql);
            for budget in budgets {
                query = query.bind(*budget);
            }
            query.execute(&mut *tx).await.context("cannot lock the budgets' counts")?;
        }
        let mut inserted_ids = std::collections::HashSet::new();
        if !bulk.is_empty() {
            let mut query = sqlx::query_scalar::<_, String>(&bulk_sql);
            for &i in &bulk {
                let insert = &inserts[i];
                query = query
                    .bind(&insert.id)
                    .bind(&insert.budget_id)
                    .bind(&received_at)
                    .bind(&insert.body)
                    .bind(&insert.edit_key_hash)
                    .bind(insert.report_layout)
                    .bind(&insert.report_row);
            }
            inserted_ids.extend(query.fetch_all(&mut *tx).await.context("cannot store submissions")?);
        }
        // Inserted rows that still need their invite code, taken below in code order.
        let mut pending = Vec::new();
        for &i in &bulk {
            let insert = &inserts[i];
            results[i] = if !inserted_ids.contains(&insert.id) {
                Some(existing!(tx, insert))
            } else if insert.invite_hash.is_some() {
                pending.push(i);
                None
            } else {
                Some(created(insert, &received_at))
            };
        }
        // Invite rows are locked in the order of their hashes, after every submission row, so two
        // servers taking the same codes for different submissions wait for each other instead of
        // each holding one code and waiting for the other's.
        pending.sort_by(|&a, &b| (&inserts[a].invite_hash, &inserts[a].id).cmp(&(&inserts[b].invite_hash, &inserts[b].id)));
        for i in pending {
            results[i] = Some(take_invite!(tx, &inserts[i]));
        }
        // A repeated id within the batch (a retry that arrived with its original) comes last, so
        // it sees whether its first copy was stored; so do replacements, in id order, each after
        // the new rows of the batch.
        for &i in order.iter().filter(|&&i| !first_of_id[i] || inserts[i].replaces.is_some()) {
            let insert = &inserts[i];
            if let Some(replaces) = &insert.replaces {
                results[i] = Some(replace!(tx, insert, replaces));
                continue;
            }
            results[i] = Some(if !insert_one!(tx, insert) {
                existing!(tx, insert)
            } else if insert.invite_hash.is_some() {
                take_invite!(tx, insert)
            } else {
                created(insert, &received_at)
            });
        }
        tx.commit().await.context("cannot commit a batch of submissions")?;
    });
    results.into_iter().map(|r| r.context("a submission of the batch got no result")).collect()
}

fn created(insert: &Insert, received_at: &str) -> Stored {
    Stored::Created(SubmissionReceipt { id: insert.id.clone(), received_at: received_at.to_owned() })
}
