//! Storage of submissions: SQLite (a file, the embedded default) or PostgreSQL, chosen by URL.
//! All SQL lives in this module; both databases get the same schema from `migrations/`.

mod admin;

pub use admin::StoredSession;

use anyhow::Context;
use pbsim_core::{SubmissionReceipt, SubmissionRequest};
use sqlx::postgres::{PgPool, PgPoolOptions};
use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePool, SqlitePoolOptions, SqliteSynchronous};
use std::str::FromStr;
use std::time::Duration;
use time::OffsetDateTime;
use time::macros::format_description;

/// Where submissions live.
#[derive(Clone, Debug)]
pub enum Store {
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

impl Store {
    /// Connects to `url` (`sqlite://…` or `postgres://…`) and brings its schema up to date.
    pub async fn connect(url: &str) -> anyhow::Result<Store> {
        let store = if url.starts_with("postgres://") || url.starts_with("postgresql://") {
            let pool = PgPoolOptions::new()
                .max_connections(16)
                .acquire_timeout(Duration::from_secs(10))
                .connect(url)
                .await
                .with_context(|| format!("cannot connect to PostgreSQL at {}", redact(url)))?;
            Store::Postgres(pool)
        } else if url.starts_with("sqlite:") {
            let options = SqliteConnectOptions::from_str(url)
                .with_context(|| format!("not a valid SQLite URL: {url}"))?
                .create_if_missing(true)
                // WAL lets readers (exports, the dashboard) run while residents submit; FULL
                // synchronous makes every commit durable before it is acknowledged.
                .journal_mode(SqliteJournalMode::Wal)
                .synchronous(SqliteSynchronous::Full)
                .busy_timeout(Duration::from_secs(10));
            if let Some(parent) = std::path::Path::new(options.get_filename()).parent()
                && !parent.as_os_str().is_empty()
            {
                std::fs::create_dir_all(parent)
                    .with_context(|| format!("cannot create the database folder {}", parent.display()))?;
            }
            let pool = SqlitePoolOptions::new()
                .max_connections(8)
                .connect_with(options)
                .await
                .with_context(|| format!("cannot open the SQLite database {url}"))?;
            Store::Sqlite(pool)
        } else {
            anyhow::bail!("unsupported database URL {}: use sqlite://PATH or postgres://…", redact(url));
        };
        store.migrate().await?;
        Ok(store)
    }

    async fn migrate(&self) -> anyhow::Result<()> {
        match self {
            Store::Sqlite(pool) => sqlx::migrate!("migrations/sqlite").run(pool).await,
            Store::Postgres(pool) => sqlx::migrate!("migrations/postgres").run(pool).await,
        }
        .context("cannot bring the database schema up to date")
    }

    /// Stores a validated submission unless its id is already taken, and says which happened.
    /// A `Created` result means the row is committed.
    pub async fn insert_submission(&self, budget_id: &str, request: &SubmissionRequest) -> anyhow::Result<Stored> {
        let body = serde_json::to_string(request).context("cannot encode a submission")?;
        let received_at = now_rfc3339();
        const INSERT: &str = "INSERT INTO submissions (id, budget_id, received_at, body) VALUES ($1, $2, $3, $4) \
                              ON CONFLICT (id) DO NOTHING";
        const EXISTING: &str = "SELECT budget_id, received_at, body FROM submissions WHERE id = $1";
        let inserted = match self {
            Store::Sqlite(pool) => {
                sqlx::query(INSERT).bind(&request.id).bind(budget_id).bind(&received_at).bind(&body).execute(pool).await
            }
            .map(|r| r.rows_affected()),
            Store::Postgres(pool) => {
                sqlx::query(INSERT).bind(&request.id).bind(budget_id).bind(&received_at).bind(&body).execute(pool).await
            }
            .map(|r| r.rows_affected()),
        }
        .context("cannot store a submission")?;
        if inserted == 1 {
            return Ok(Stored::Created(SubmissionReceipt { id: request.id.clone(), received_at }));
        }
        let existing: (String, String, String) = match self {
            Store::Sqlite(pool) => sqlx::query_as(EXISTING).bind(&request.id).fetch_one(pool).await,
            Store::Postgres(pool) => sqlx::query_as(EXISTING).bind(&request.id).fetch_one(pool).await,
        }
        .context("cannot read back an existing submission")?;
        let (existing_budget, existing_at, existing_body) = existing;
        Ok(if existing_budget == budget_id && existing_body == body {
            Stored::AlreadyStored(SubmissionReceipt { id: request.id.clone(), received_at: existing_at })
        } else {
            Stored::IdConflict
        })
    }

    /// Every submission to a budget, oldest first.
    pub async fn submissions(&self, budget_id: &str) -> anyhow::Result<Vec<StoredSubmission>> {
        const SELECT: &str =
            "SELECT id, received_at, body FROM submissions WHERE budget_id = $1 ORDER BY received_at, id";
        let rows: Vec<(String, String, String)> = match self {
            Store::Sqlite(pool) => sqlx::query_as(SELECT).bind(budget_id).fetch_all(pool).await,
            Store::Postgres(pool) => sqlx::query_as(SELECT).bind(budget_id).fetch_all(pool).await,
        }
        .context("cannot read submissions")?;
        rows.into_iter()
            .map(|(id, received_at, body)| {
                let request =
                    serde_json::from_str(&body).with_context(|| format!("stored submission {id} is not readable"))?;
                Ok(StoredSubmission { id, received_at, request })
            })
            .collect()
    }

    /// Checks that the database answers.
    pub async fn ping(&self) -> anyhow::Result<()> {
        match self {
            Store::Sqlite(pool) => sqlx::query("SELECT 1").execute(pool).await.map(drop),
            Store::Postgres(pool) => sqlx::query("SELECT 1").execute(pool).await.map(drop),
        }
        .context("the database does not answer")
    }

    /// Waits for every connection to finish its work and closes the pool.
    pub async fn close(&self) {
        match self {
            Store::Sqlite(pool) => pool.close().await,
            Store::Postgres(pool) => pool.close().await,
        }
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
