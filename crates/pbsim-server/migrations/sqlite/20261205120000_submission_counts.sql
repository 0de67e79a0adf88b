-- Each budget's count of submissions, kept by the database itself (issue 17, "Results at the scale
-- of a country"). The same migration exists for the other database (../postgres).
--
-- The dashboard's report, the public figures and `pbsim report` ask "has anything changed since
-- the last computation?" before every read. Counting the rows to answer it grew with the budget's
-- submissions, on every request. Here the answer is one row: `current` is the number of current
-- submissions (`superseded_by IS NULL`), and `changes` goes up by one for every row added, deleted
-- or changed in what a report reads of it (its budget, whether it is current, its body), so two
-- reads of the same pair saw the same rows. Writing a report row (`report_layout`, `report_row`)
-- is not a change: it says what the body already says.
--
-- The triggers count every statement that touches the table, the server's and an operator's own
-- SQL alike; they run inside the statement, so the count commits with the rows.
CREATE TABLE submission_counts (
    budget_id TEXT PRIMARY KEY NOT NULL,
    current   INTEGER NOT NULL DEFAULT 0,
    changes   INTEGER NOT NULL DEFAULT 0
);

CREATE TRIGGER submissions_counted_insert AFTER INSERT ON submissions
BEGIN
    INSERT INTO submission_counts (budget_id, current, changes)
        VALUES (NEW.budget_id, NEW.superseded_by IS NULL, 1)
        ON CONFLICT (budget_id) DO UPDATE SET current = current + excluded.current, changes = changes + 1;
END;

CREATE TRIGGER submissions_counted_update AFTER UPDATE OF budget_id, superseded_by, body ON submissions
WHEN OLD.budget_id IS NOT NEW.budget_id OR OLD.superseded_by IS NOT NEW.superseded_by OR OLD.body IS NOT NEW.body
BEGIN
    -- A row leaves its old budget's count and joins its new one's (the same budget, mostly).
    UPDATE submission_counts SET current = current - (OLD.superseded_by IS NULL), changes = changes + 1
        WHERE budget_id = OLD.budget_id;
    INSERT INTO submission_counts (budget_id, current, changes)
        VALUES (NEW.budget_id, NEW.superseded_by IS NULL, 1)
        ON CONFLICT (budget_id) DO UPDATE SET current = current + excluded.current, changes = changes + 1;
END;

CREATE TRIGGER submissions_counted_delete AFTER DELETE ON submissions
BEGIN
    UPDATE submission_counts SET current = current - (OLD.superseded_by IS NULL), changes = changes + 1
        WHERE budget_id = OLD.budget_id;
END;

-- The migration runs in one transaction, which holds the write lock: nothing is written between
-- this count and the triggers taking over.
INSERT INTO submission_counts (budget_id, current, changes)
    SELECT budget_id, SUM(superseded_by IS NULL), COUNT(*) FROM submissions GROUP BY budget_id;
