//! SQL for councils' published responses (schema: `migrations/*/20261202120000_responses.sql`).

use super::{Pool, Store};
use anyhow::Context;

/// One publication of a council's response, as stored.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StoredResponse {
    /// When it was published (RFC 3339, UTC).
    pub published_at: String,
    /// Who published it.
    pub author: String,
    /// The response as JSON.
    pub body: String,
}

impl Store {
    /// Publishes a response: a new row, so every earlier publication is kept.
    pub async fn publish_response(&self, budget_id: &str, author: &str, body: &str, at: &str) -> anyhow::Result<()> {
        const INSERT: &str = "INSERT INTO responses (budget_id, published_at, author, body) VALUES ($1, $2, $3, $4)";
        on_pool!(&self.pool, pool => sqlx::query(INSERT).bind(budget_id).bind(at).bind(author).bind(body)
            .execute(pool).await.map(drop))
        .context("cannot store the response")
    }

    /// Every publication of a budget's response, oldest first.
    pub async fn responses(&self, budget_id: &str) -> anyhow::Result<Vec<StoredResponse>> {
        const SELECT: &str = "SELECT published_at, author, body FROM responses WHERE budget_id = $1 \
                              ORDER BY published_at, author";
        let rows: Vec<(String, String, String)> =
            on_pool!(&self.pool, pool => sqlx::query_as(SELECT).bind(budget_id).fetch_all(pool).await)
                .context("cannot read responses")?;
        Ok(rows.into_iter().map(|(published_at, author, body)| StoredResponse { published_at, author, body }).collect())
    }

    /// The latest publication of a budget's response, if any.
    pub async fn latest_response(&self, budget_id: &str) -> anyhow::Result<Option<StoredResponse>> {
        const SELECT: &str = "SELECT published_at, author, body FROM responses WHERE budget_id = $1 \
                              ORDER BY published_at DESC LIMIT 1";
        let row: Option<(String, String, String)> =
            on_pool!(&self.pool, pool => sqlx::query_as(SELECT).bind(budget_id).fetch_optional(pool).await)
                .context("cannot read responses")?;
        Ok(row.map(|(published_at, author, body)| StoredResponse { published_at, author, body }))
    }
}
