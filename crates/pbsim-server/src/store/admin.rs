//! SQL for officers' accounts, API tokens and sessions (schema: `migrations/*/20261126130000_admin.sql`).

use super::{Pool, Store};
use anyhow::Context;

/// A session as stored.
#[derive(Clone, Debug)]
pub struct StoredSession {
    /// Hex SHA-256 of the session's secret half.
    pub secret_hash: String,
    /// Whose session it is.
    pub username: String,
    /// Unix seconds after which it is refused.
    pub expires_at: i64,
}

impl Store {
    /// Creates an officer, or sets a new password for an existing one and ends every session they
    /// have (a password is changed because it may be known to someone else, who may be logged in).
    /// True when created.
    pub async fn set_admin_user(&self, username: &str, password_hash: &str, now: i64) -> anyhow::Result<bool> {
        const EXISTS: &str = "SELECT COUNT(*) FROM admin_users WHERE username = $1";
        const UPSERT: &str = "INSERT INTO admin_users (username, password_hash, created_at) VALUES ($1, $2, $3) \
                              ON CONFLICT (username) DO UPDATE SET password_hash = excluded.password_hash";
        const END_SESSIONS: &str = "DELETE FROM admin_sessions WHERE username = $1";
        let existed: i64 = on_pool!(&self.pool, pool => {
            let mut tx = pool.begin().await.context("cannot start a transaction")?;
            let existed: i64 = sqlx::query_scalar(EXISTS).bind(username).fetch_one(&mut *tx).await
                .context("cannot read officers")?;
            sqlx::query(UPSERT).bind(username).bind(password_hash).bind(now).execute(&mut *tx).await
                .context("cannot store the officer")?;
            sqlx::query(END_SESSIONS).bind(username).execute(&mut *tx).await.context("cannot end the sessions")?;
            tx.commit().await.context("cannot store the officer")?;
            existed
        });
        Ok(existed == 0)
    }

    /// Removes an officer and their sessions. True when they existed.
    pub async fn remove_admin_user(&self, username: &str) -> anyhow::Result<bool> {
        let removed = on_pool!(&self.pool, pool => {
            let mut tx = pool.begin().await.context("cannot start a transaction")?;
            sqlx::query("DELETE FROM admin_sessions WHERE username = $1").bind(username).execute(&mut *tx).await?;
            let r = sqlx::query("DELETE FROM admin_users WHERE username = $1").bind(username).execute(&mut *tx).await?;
            tx.commit().await?;
            r.rows_affected()
        });
        Ok(removed > 0)
    }

    /// The password hash of an officer.
    pub async fn admin_password_hash(&self, username: &str) -> anyhow::Result<Option<String>> {
        const SELECT: &str = "SELECT password_hash FROM admin_users WHERE username = $1";
        on_pool!(&self.pool, pool => sqlx::query_scalar(SELECT).bind(username).fetch_optional(pool).await)
            .context("cannot read officers")
    }

    /// Stores a new API token. Fails if the name is taken.
    pub async fn add_admin_token(&self, id: &str, name: &str, secret_hash: &str, now: i64) -> anyhow::Result<()> {
        const INSERT: &str = "INSERT INTO admin_tokens (id, name, secret_hash, created_at) VALUES ($1, $2, $3, $4)";
        on_pool!(&self.pool, pool => sqlx::query(INSERT).bind(id).bind(name).bind(secret_hash).bind(now).execute(pool).await.map(drop))
            .with_context(|| format!("cannot store the token (is the name \"{name}\" already used?)"))
    }

    /// A token's name and secret hash, by its public id.
    pub async fn admin_token(&self, id: &str) -> anyhow::Result<Option<(String, String)>> {
        const SELECT: &str = "SELECT name, secret_hash FROM admin_tokens WHERE id = $1";
        on_pool!(&self.pool, pool => sqlx::query_as(SELECT).bind(id).fetch_optional(pool).await)
            .context("cannot read tokens")
    }

    /// Deletes the token with this name. True when it existed.
    pub async fn revoke_admin_token(&self, name: &str) -> anyhow::Result<bool> {
        const DELETE: &str = "DELETE FROM admin_tokens WHERE name = $1";
        let r =
            on_pool!(&self.pool, pool => sqlx::query(DELETE).bind(name).execute(pool).await.map(|r| r.rows_affected()))
                .context("cannot delete the token")?;
        Ok(r > 0)
    }

    /// Stores a new session, and deletes the expired ones while at it.
    pub async fn create_admin_session(
        &self,
        id: &str,
        secret_hash: &str,
        username: &str,
        expires_at: i64,
        now: i64,
    ) -> anyhow::Result<()> {
        const PURGE: &str = "DELETE FROM admin_sessions WHERE expires_at < $1";
        const INSERT: &str =
            "INSERT INTO admin_sessions (id, secret_hash, username, expires_at) VALUES ($1, $2, $3, $4)";
        on_pool!(&self.pool, pool => sqlx::query(PURGE).bind(now).execute(pool).await.map(drop))
            .context("cannot purge sessions")?;
        on_pool!(&self.pool, pool => sqlx::query(INSERT).bind(id).bind(secret_hash).bind(username).bind(expires_at).execute(pool).await.map(drop))
            .context("cannot store the session")
    }

    /// A session by its public id.
    pub async fn admin_session(&self, id: &str) -> anyhow::Result<Option<StoredSession>> {
        const SELECT: &str = "SELECT secret_hash, username, expires_at FROM admin_sessions WHERE id = $1";
        let row: Option<(String, String, i64)> =
            on_pool!(&self.pool, pool => sqlx::query_as(SELECT).bind(id).fetch_optional(pool).await)
                .context("cannot read sessions")?;
        Ok(row.map(|(secret_hash, username, expires_at)| StoredSession { secret_hash, username, expires_at }))
    }

    /// Ends a session.
    pub async fn delete_admin_session(&self, id: &str) -> anyhow::Result<()> {
        const DELETE: &str = "DELETE FROM admin_sessions WHERE id = $1";
        on_pool!(&self.pool, pool => sqlx::query(DELETE).bind(id).execute(pool).await.map(drop))
            .context("cannot end the session")
    }
}
