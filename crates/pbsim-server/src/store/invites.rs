//! Single-use invite codes (schema: `migrations/*/20261126140000_invites.sql`): making them,
//! hashing them, storing them. Using one happens with the insert, in the writer's transaction.
//!
//! A code is 8 characters from an alphabet without look-alikes (no 0/O, 1/I/L, U/V), shown as two
//! groups of four: `7KQM-X4RT`. Only its SHA-256 is stored, so a copy of the database does not
//! hand out usable codes. Residents may type it in any case, with or without the dash or spaces.

use super::{Pool, Store};
use anyhow::Context;
use sha2::{Digest, Sha256};

/// 29 characters that cannot be mistaken for one another when read aloud or off paper.
const ALPHABET: &[u8; 29] = b"23456789ABCDEFGHJKMNPQRSTWXYZ";

/// A fresh random code, `XXXX-XXXX` (about 39 bits: guessing one takes hundreds of billions of tries).
pub fn new_invite_code() -> anyhow::Result<String> {
    let mut code = String::with_capacity(9);
    while code.len() < 9 {
        let mut byte = [0u8; 1];
        getrandom::fill(&mut byte).map_err(|e| anyhow::anyhow!("no random source: {e}"))?;
        // 232 = 8 × 29: rejecting the top 24 values keeps every character equally likely.
        if byte[0] < 232 {
            if code.len() == 4 {
                code.push('-');
            }
            code.push(char::from(ALPHABET[usize::from(byte[0]) % 29]));
        }
    }
    Ok(code)
}

/// The stored form of a code: hex SHA-256 of its characters in upper case, without separators.
pub fn invite_hash(code: &str) -> String {
    let normal: String =
        code.chars().filter(|c| !c.is_whitespace() && *c != '-').map(|c| c.to_ascii_uppercase()).collect();
    Sha256::digest(normal.as_bytes()).iter().map(|b| format!("{b:02x}")).collect()
}

impl Store {
    /// Stores new invite codes for a budget (their hashes only).
    pub async fn add_invites(&self, budget_id: &str, codes: &[String], now: i64) -> anyhow::Result<()> {
        const INSERT: &str = "INSERT INTO invites (code_hash, budget_id, created_at) VALUES ($1, $2, $3)";
        on_pool!(&self.pool, pool => {
            let mut tx = pool.begin().await.context("cannot start a transaction")?;
            for code in codes {
                sqlx::query(INSERT).bind(invite_hash(code)).bind(budget_id).bind(now).execute(&mut *tx).await
                    .context("cannot store an invite code")?;
            }
            tx.commit().await.context("cannot store the invite codes")?;
        });
        Ok(())
    }

    /// The submission that used a code, `Some(None)` when the code is unused, `None` when unknown.
    pub async fn invite_used_by(&self, code: &str) -> anyhow::Result<Option<Option<String>>> {
        const SELECT: &str = "SELECT used_by FROM invites WHERE code_hash = $1";
        on_pool!(&self.pool, pool => sqlx::query_scalar(SELECT).bind(invite_hash(code)).fetch_optional(pool).await)
            .context("cannot read invite codes")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_two_groups_of_unambiguous_characters() {
        let code = new_invite_code().unwrap_or_default();
        assert_eq!(code.len(), 9, "{code}");
        assert_eq!(&code[4..5], "-");
        assert!(code.chars().filter(|&c| c != '-').all(|c| ALPHABET.contains(&(c as u8))), "{code}");
        assert!(!code.contains(['0', 'O', '1', 'I', 'L', 'U', 'V']), "{code}");
    }

    #[test]
    fn typing_variations_hash_alike() {
        assert_eq!(invite_hash("7kqm-x4rt"), invite_hash("7KQM X4RT"));
        assert_eq!(invite_hash("7KQMX4RT"), invite_hash("7KQM-X4RT"));
        assert_ne!(invite_hash("7KQM-X4RT"), invite_hash("7KQM-X4RW"));
    }
}
