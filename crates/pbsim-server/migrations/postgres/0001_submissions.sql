-- Residents' submissions. The same schema exists for SQLite in ../sqlite/.
--
-- `id` is the UUID the page chose for the draft: it is the idempotency key, so a retried POST finds
-- the row it already wrote instead of adding a second one. `body` is the canonical JSON of the
-- request (keys sorted), compared byte for byte when the same id comes again, and the source of
-- every export: the allocation is read back from it rather than spread over columns, because each
-- budget has its own lines.
CREATE TABLE submissions (
    id          TEXT PRIMARY KEY NOT NULL,
    budget_id   TEXT NOT NULL,
    received_at TEXT NOT NULL, -- RFC 3339, UTC, e.g. 2026-11-25T23:55:00.123Z
    body        TEXT NOT NULL
);

-- Exports and the dashboard read one budget's submissions in the order they arrived.
CREATE INDEX submissions_by_budget ON submissions (budget_id, received_at);
