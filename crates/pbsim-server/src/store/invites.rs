//! Single-use invite codes (schema: `migrations/*/20261126140000_invites.sql` and
//! `20261201120000_keyed_invites.sql`): making them, hashing them under the server's key, storing
//! them. Using one happens with the insert, in the writer's transaction.
//!
//! A code is 16 characters from an alphabet without look-alikes (no 0/O, 1/I/L, U/V), shown as
//! four groups of four: `7KQM-X4RT-9PWC-3HNA`, about 78 bits: at any rate a server answers, no one
//! guesses one. Residents may type it in any case, with or without dashes or spaces. Codes of the
//! first version (8 characters) keep working.
//!
//! The database keeps HMAC-SHA-256(key, SHA-256(code)) with a key that lives in a file outside
//! the database ([`InviteKey`]), so a copy of the database (a backup, a dump) cannot be turned back
//! into codes by trying them all offline, nor tie a code from a mailing list to its submission.
//! Hashing the SHA-256 (rather than the code) lets rows of the first version, which held the bare
//! SHA-256, be re-keyed at start-up without knowing their codes.

use super::{Pool, Store};
use anyhow::Context;
use hmac::{Hmac, Mac};
use sha2::{Digest, Sha256};
use std::path::Path;

/// 29 characters that cannot be mistaken for one another when read aloud or off paper.
const ALPHABET: &[u8; 29] = b"23456789ABCDEFGHJKMNPQRSTWXYZ";

/// Characters in a code, without its dashes.
pub const CODE_CHARS: usize = 16;

/// What the key check in the `settings` table is the HMAC of.
const KEY_CHECK: &[u8] = b"pbsim invite key check";

/// The secret invite codes are hashed with. Read from a file (64 hex digits) that is created
/// with a fresh random key, readable by its owner only, the first time it is needed.
#[derive(Clone)]
pub struct InviteKey([u8; 32]);

impl std::fmt::Debug for InviteKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("InviteKey(..)")
    }
}

impl InviteKey {
    /// A key of these bytes (tests; servers read theirs with [`InviteKey::load_or_create`]).
    pub fn from_bytes(bytes: [u8; 32]) -> InviteKey {
        InviteKey(bytes)
    }

    /// The key in `path`, or a new random one written there (mode 0600) when the file is missing.
    pub fn load_or_create(path: &Path) -> anyhow::Result<InviteKey> {
        match std::fs::read_to_string(path) {
            Ok(text) => Self::parse(text.trim())
                .with_context(|| format!("{} is not an invite key file (64 hexadecimal digits)", path.display())),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Self::create(path),
            Err(e) => Err(e).with_context(|| format!("cannot read the invite key file {}", path.display())),
        }
    }

    fn parse(hex: &str) -> Option<InviteKey> {
        if hex.len() != 64 || !hex.is_ascii() {
            return None;
        }
        let mut key = [0u8; 32];
        for (i, byte) in key.iter_mut().enumerate() {
            *byte = u8::from_str_radix(&hex[2 * i..2 * i + 2], 16).ok()?;
        }
        Some(InviteKey(key))
    }

    fn create(path: &Path) -> anyhow::Result<InviteKey> {
        use std::io::Write;
        let mut key = [0u8; 32];
        getrandom::fill(&mut key).map_err(|e| anyhow::anyhow!("no random source: {e}"))?;
        if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
            std::fs::create_dir_all(parent)
                .with_context(|| format!("cannot create the folder {}", parent.display()))?;
        }
        let mut options = std::fs::OpenOptions::new();
        options.write(true).create_new(true);
        #[cfg(unix)]
        std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
        match options.open(path) {
            Ok(mut file) => {
                let hex: String = key.iter().map(|b| format!("{b:02x}")).collect();
                file.write_all(format!("{hex}\n").as_bytes())
                    .and_then(|()| file.sync_all())
                    .with_context(|| format!("cannot write the invite key file {}", path.display()))?;
                tracing::info!(file = %path.display(), "created a new invite key: back it up apart from the database");
                Ok(InviteKey(key))
            }
            // Another process (a second server, `pbsim invite create`) created it first: use theirs.
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => Self::load_or_create(path),
            Err(e) => Err(e).with_context(|| format!("cannot create the invite key file {}", path.display())),
        }
    }

    fn mac(&self, message: &[u8]) -> String {
        // HMAC takes a key of any length, so this cannot fail with our 32 bytes.
        let mut mac = <Hmac<Sha256> as Mac>::new_from_slice(&self.0).unwrap_or_else(|_| unreachable!());
        mac.update(message);
        mac.finalize().into_bytes().iter().map(|b| format!("{b:02x}")).collect()
    }

    /// The stored form of a code: HMAC of the SHA-256 of [`unkeyed_hash`]'s input.
    pub fn hash(&self, code: &str) -> String {
        self.mac(unkeyed_hash(code).as_bytes())
    }
}

/// A fresh random code, `XXXX-XXXX-XXXX-XXXX`.
pub fn new_invite_code() -> anyhow::Result<String> {
    let mut code = String::with_capacity(CODE_CHARS + 3);
    let mut chars = 0;
    while chars < CODE_CHARS {
        let mut byte = [0u8; 1];
        getrandom::fill(&mut byte).map_err(|e| anyhow::anyhow!("no random source: {e}"))?;
        // 232 = 8 × 29: rejecting the top 24 values keeps every character equally likely.
        if byte[0] < 232 {
            if chars > 0 && chars % 4 == 0 {
                code.push('-');
            }
            code.push(char::from(ALPHABET[usize::from(byte[0]) % 29]));
            chars += 1;
        }
    }
    Ok(code)
}

/// The first version's stored form, and what the key is applied to: hex SHA-256 of the code's
/// characters in upper case, without separators.
fn unkeyed_hash(code: &str) -> String {
    let normal: String =
        code.chars().filter(|c| !c.is_whitespace() && *c != '-').map(|c| c.to_ascii_uppercase()).collect();
    Sha256::digest(normal.as_bytes()).iter().map(|b| format!("{b:02x}")).collect()
}

impl Store {
    /// Hashes invite codes with `key` from now on. Checks first that the codes already in the
    /// database were made with the same key (refusing to start otherwise), and re-keys the rows
    /// of the first version, which held a bare SHA-256. Servers sharing a database may run this at
    /// the same time: each row is re-keyed once.
    pub async fn use_invite_key(&self, key: InviteKey) -> anyhow::Result<()> {
        const READ: &str = "SELECT value FROM settings WHERE name = 'invite_key_check'";
        const CLAIM: &str =
            "INSERT INTO settings (name, value) VALUES ('invite_key_check', $1) ON CONFLICT (name) DO NOTHING";
        const REPLACE: &str = "UPDATE settings SET value = $1 WHERE name = 'invite_key_check'";
        const KEYED: &str = "SELECT COUNT(*) FROM invites WHERE keyed = TRUE";
        const UNKEYED: &str = "SELECT code_hash FROM invites WHERE keyed = FALSE";
        const REKEY: &str = "UPDATE invites SET code_hash = $1, keyed = TRUE WHERE code_hash = $2 AND keyed = FALSE";
        let check = key.mac(KEY_CHECK);
        on_pool!(&self.pool, pool => sqlx::query(CLAIM).bind(&check).execute(pool).await.map(drop))
            .context("cannot record the invite key check")?;
        let recorded: String = on_pool!(&self.pool, pool => sqlx::query_scalar(READ).fetch_one(pool).await)
            .context("cannot read the invite key check")?;
        if recorded != check {
            let keyed: i64 = on_pool!(&self.pool, pool => sqlx::query_scalar(KEYED).fetch_one(pool).await)
                .context("cannot count invite codes")?;
            if keyed > 0 {
                anyhow::bail!(
                    "the {keyed} invite code(s) in this database were made with another invite key: start pbsim \
                     with the key file they were made with (PBSIM_INVITE_KEY_FILE; every server sharing a \
                     database needs the same file). If that file is lost, those codes cannot be checked any \
                     more: delete them (DELETE FROM invites WHERE used_by IS NULL) and make new ones."
                );
            }
            // No code depends on the old key: this key takes its place.
            on_pool!(&self.pool, pool => sqlx::query(REPLACE).bind(&check).execute(pool).await.map(drop))
                .context("cannot record the invite key check")?;
        }
        let rekeyed = on_pool!(&self.pool, pool => {
            let mut tx = pool.begin().await.context("cannot start a transaction")?;
            let old: Vec<String> = sqlx::query_scalar(UNKEYED).fetch_all(&mut *tx).await.context("cannot read invite codes")?;
            for hash in &old {
                sqlx::query(REKEY).bind(key.mac(hash.as_bytes())).bind(hash).execute(&mut *tx).await
                    .context("cannot re-key an invite code")?;
            }
            tx.commit().await.context("cannot re-key the invite codes")?;
            old.len()
        });
        if rekeyed > 0 {
            self.flush_old_versions().await?;
            tracing::info!(codes = rekeyed, "invite codes of the first version re-keyed");
        }
        if self.invite_key.set(key).is_err() {
            anyhow::bail!("this store already has an invite key");
        }
        Ok(())
    }

    /// The stored form of `code`, under the key given to [`Store::use_invite_key`].
    pub fn invite_hash(&self, code: &str) -> anyhow::Result<String> {
        let key = self.invite_key.get().context("no invite key: the server must be given one to check invite codes")?;
        Ok(key.hash(code))
    }

    /// Stores new invite codes for a budget (their keyed hashes only).
    pub async fn add_invites(&self, budget_id: &str, codes: &[String], now: i64) -> anyhow::Result<()> {
        const INSERT: &str = "INSERT INTO invites (code_hash, budget_id, created_at, keyed) VALUES ($1, $2, $3, TRUE)";
        let hashes = codes.iter().map(|c| self.invite_hash(c)).collect::<anyhow::Result<Vec<_>>>()?;
        on_pool!(&self.pool, pool => {
            let mut tx = pool.begin().await.context("cannot start a transaction")?;
            for hash in &hashes {
                sqlx::query(INSERT).bind(hash).bind(budget_id).bind(now).execute(&mut *tx).await
                    .context("cannot store an invite code")?;
            }
            tx.commit().await.context("cannot store the invite codes")?;
        });
        Ok(())
    }

    /// The submission that used a code, `Some(None)` when the code is unused, `None` when unknown.
    pub async fn invite_used_by(&self, code: &str) -> anyhow::Result<Option<Option<String>>> {
        const SELECT: &str = "SELECT used_by FROM invites WHERE code_hash = $1";
        let hash = self.invite_hash(code)?;
        on_pool!(&self.pool, pool => sqlx::query_scalar(SELECT).bind(hash).fetch_optional(pool).await)
            .context("cannot read invite codes")
    }

    /// Removes invite codes (even as hashes) from stored submissions written before they were
    /// kept out: each such body is read, written again without its `invite`, in the same
    /// canonical JSON. Run at every start, when the store connects; it finds nothing once done.
    /// Only rows without a report layout are read (through the partial index
    /// `submissions_without_report_row`): every row with one was written by a version that keeps
    /// codes out of bodies, or given its layout by the backfill (`backfill.rs`), which `pbsim
    /// serve` starts after this check. So a start does not read every body of a large database.
    pub(super) async fn forget_invites_in_bodies(&self) -> anyhow::Result<()> {
        const SELECT: &str =
            r#"SELECT id, body FROM submissions WHERE report_layout IS NULL AND body LIKE '%"invite":%'"#;
        const UPDATE: &str = "UPDATE submissions SET body = $1 WHERE id = $2 AND body = $3";
        let rows: Vec<(String, String)> = on_pool!(&self.pool, pool => sqlx::query_as(SELECT).fetch_all(pool).await)
            .context("cannot read submissions")?;
        let mut cleaned = 0;
        for (id, body) in rows {
            let Ok(mut request) = serde_json::from_str::<pbsim_core::SubmissionRequest>(&body) else { continue };
            if request.invite.take().is_none() {
                continue;
            }
            let new_body = serde_json::to_string(&request).context("cannot encode a submission")?;
            on_pool!(&self.pool, pool => sqlx::query(UPDATE).bind(&new_body).bind(&id).bind(&body).execute(pool).await.map(drop))
                .context("cannot rewrite a stored submission")?;
            cleaned += 1;
        }
        if cleaned > 0 {
            self.flush_old_versions().await?;
            tracing::info!(submissions = cleaned, "invite code hashes removed from stored submissions");
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_four_groups_of_unambiguous_characters() {
        let code = new_invite_code().unwrap_or_default();
        assert_eq!(code.len(), 19, "{code}");
        assert_eq!(code.split('-').map(str::len).collect::<Vec<_>>(), [4, 4, 4, 4], "{code}");
        assert!(code.chars().filter(|&c| c != '-').all(|c| ALPHABET.contains(&(c as u8))), "{code}");
        assert!(!code.contains(['0', 'O', '1', 'I', 'L', 'U', 'V']), "{code}");
    }

    #[test]
    fn typing_variations_hash_alike_and_keys_differ() {
        let key = InviteKey::from_bytes([7; 32]);
        assert_eq!(key.hash("7kqm-x4rt"), key.hash("7KQM X4RT"));
        assert_eq!(key.hash("7KQMX4RT"), key.hash("7KQM-X4RT"));
        assert_ne!(key.hash("7KQM-X4RT"), key.hash("7KQM-X4RW"));
        assert_ne!(key.hash("7KQM-X4RT"), InviteKey::from_bytes([8; 32]).hash("7KQM-X4RT"));
        // A first-version row re-keyed gives what the code now hashes to.
        assert_eq!(key.mac(unkeyed_hash("7KQM-X4RT").as_bytes()), key.hash("7kqm x4rt"));
    }

    #[test]
    fn a_key_file_is_made_once_for_its_owner_and_read_back() {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let path = dir.path().join("sub/invite-key");
        let made = InviteKey::load_or_create(&path).unwrap_or_else(|e| panic!("{e:#}"));
        let read = InviteKey::load_or_create(&path).unwrap_or_else(|e| panic!("{e:#}"));
        assert_eq!(made.0, read.0);
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(&path).map(|m| m.permissions().mode()).unwrap_or(0);
            assert_eq!(mode & 0o777, 0o600);
        }
        std::fs::write(&path, "not a key").unwrap_or_else(|e| panic!("{e}"));
        let err = InviteKey::load_or_create(&path).map(|_| ()).unwrap_err();
        assert!(format!("{err:#}").contains("is not an invite key file"), "{err:#}");
    }
}
