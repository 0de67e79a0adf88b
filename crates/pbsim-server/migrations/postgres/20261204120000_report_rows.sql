-- Report rows (issue 17, "Results at the scale of a country"). The same migration exists for the
-- other database (../sqlite).
--
-- `report_row` is what reports and public figures read of a submission: every line's value and the
-- answers, a few dozen bytes (pbsim_core::report_row), written with the body in the same
-- statement. `report_layout` is the fingerprint of the line ids those values belong to: a report
-- reads the row only when it is the fingerprint of its budget's lines, and parses the body
-- otherwise. The body stays the record; rows from before this migration (NULL here) and choices of
-- projects are read from their bodies, as before.
ALTER TABLE submissions ADD COLUMN report_layout BIGINT;
ALTER TABLE submissions ADD COLUMN report_row BYTEA;

-- Reports read a budget's current rows in order from this index alone: it holds what they select
-- of a row that has a report row of the budget's layout, so the database never reads those rows'
-- bodies (about a kilobyte each), and what the data version counts. It replaces the index on
-- (budget_id, received_at), of which it is an extension, so every query that used that one uses
-- this one. A report row is at most 1,024 bytes (longer ones are not written: the body is read),
-- so an entry stays far below PostgreSQL's limit for one.
DROP INDEX submissions_by_budget;
CREATE INDEX submissions_for_reports ON submissions (budget_id, received_at, id) INCLUDE (superseded_by, report_layout, report_row);

-- The rows without a report row: those stored before this migration, and choices of projects.
-- Only they can still hold an invite code's hash in their body (see store/invites.rs), so the
-- check run at every start reads them alone.
CREATE INDEX submissions_without_report_row ON submissions (id) WHERE report_layout IS NULL;
