-- Residents' private edit links ("Changing one's mind until the close"). The same migration exists
-- for the other database (../sqlite).
--
-- `edit_key_hash` is the hex SHA-256 of the link's secret (128 random bits chosen by the page,
-- never stored). A plain hash is enough for a secret of that entropy: a copy of the database cannot
-- be turned back into links by trying secrets. Submissions sent without a secret (other clients,
-- rows from before this migration) have none and cannot be edited.
--
-- A replacement adds a row and marks the one it replaces in the same transaction: `superseded_by`
-- is the id of the row that replaced it and `replaced_at` when (RFC 3339, UTC). Rows are never
-- deleted: replaced ones stay for audit, and every count, report, public figure and export reads
-- only rows whose `superseded_by` is NULL, so each resident is counted once, with their latest
-- budget. Every version of a resident's budget carries the same hash, so the link keeps opening
-- their latest version.
ALTER TABLE submissions ADD COLUMN edit_key_hash TEXT;
ALTER TABLE submissions ADD COLUMN superseded_by TEXT;
ALTER TABLE submissions ADD COLUMN replaced_at TEXT;

-- At most one current row per link, whatever races: two edits sent at once through the same link
-- (two tabs, two servers sharing a PostgreSQL) cannot both leave their row current. It is also how
-- a link finds its current row.
CREATE UNIQUE INDEX submissions_current_edit_key ON submissions (edit_key_hash) WHERE superseded_by IS NULL;
