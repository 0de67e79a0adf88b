-- Invite codes become HMAC-SHA-256 under a key kept outside the database (PBSIM_INVITE_KEY_FILE),
-- so a copy of the database can no longer be turned back into codes by trying every code offline.
-- The same migration exists for the other database (../sqlite or ../postgres).
--
-- The stored value is HMAC(key, SHA-256 of the code), so rows written before this migration (the
-- bare SHA-256, `keyed = FALSE`) are re-keyed by the server at its next start without knowing the
-- codes: their codes keep working, and their bare hashes are gone from the table. A server never
-- writes an unkeyed row again.
ALTER TABLE invites ADD COLUMN keyed BOOLEAN NOT NULL DEFAULT FALSE;

-- Small facts about the database itself. `invite_key_check` holds HMAC(key, a fixed text): a
-- server started with another key file than the one the codes were made with is refused with a
-- clear message, instead of refusing every resident's code.
CREATE TABLE settings (
    name  TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
);
