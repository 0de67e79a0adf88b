//! Private edit links (schema: `migrations/*/20261203120000_edit_links.sql`): what a link's secret
//! is stored as, and the submission it opens. Replacing that submission happens in the writer's
//! transaction (`writer.rs`).

use super::{Pool, Store, SubmissionRow};
use anyhow::Context;
use sha2::{Digest, Sha256};

/// The stored form of an edit link's secret: its SHA-256, in hex. The secret is 128 random bits,
/// so the hash cannot be turned back into it by trying secrets; a key (as invite codes have, whose
/// 78 bits are typed by people) would add nothing but a file to lose.
pub fn edit_key_hash(key: &str) -> String {
    Sha256::digest(key.as_bytes()).iter().map(|b| format!("{b:02x}")).collect()
}

/// The submission an edit link opens: its current version, with its budget.
#[derive(Clone, Debug)]
pub struct EditTarget {
    /// The budget it was sent to.
    pub budget_id: String,
    /// The current version.
    pub row: SubmissionRow,
}

impl Store {
    /// The current submission whose edit link has the secret `key`, if any.
    pub async fn edit_target(&self, key: &str) -> anyhow::Result<Option<EditTarget>> {
        const SELECT: &str = "SELECT budget_id, id, received_at, body FROM submissions \
                              WHERE edit_key_hash = $1 AND superseded_by IS NULL";
        let hash = edit_key_hash(key);
        let row: Option<(String, String, String, String)> =
            on_pool!(&self.pool, pool => sqlx::query_as(SELECT).bind(&hash).fetch_optional(pool).await)
                .context("cannot look up an edit link")?;
        Ok(row.map(|(budget_id, id, received_at, body)| EditTarget {
            budget_id,
            row: SubmissionRow { id, received_at, body },
        }))
    }

    /// Every version of a budget's submissions, replaced ones included, oldest first, as `(id,
    /// superseded_by)`: the audit trail of edits (tests and tools; exports read current rows only).
    pub async fn submission_versions(&self, budget_id: &str) -> anyhow::Result<Vec<(String, Option<String>)>> {
        const SELECT: &str = "SELECT id, superseded_by FROM submissions WHERE budget_id = $1 ORDER BY received_at, id";
        on_pool!(&self.pool, pool => sqlx::query_as(SELECT).bind(budget_id).fetch_all(pool).await)
            .context("cannot read submissions")
    }
}
