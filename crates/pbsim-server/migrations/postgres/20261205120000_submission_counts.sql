-- Each budget's count of submissions, kept by the database itself (issue 17, "Results at the scale
-- of a country"). The same migration exists for the other database (../sqlite).
--
-- The dashboard's report, the public figures and `pbsim report` ask "has anything changed since
-- the last computation?" before every read. Counting the rows to answer it took half a second for
-- a budget of 1,000,000 submissions on PostgreSQL (an index-only scan), on every request. Here the
-- answer is one row: `current` is the number of current submissions (`superseded_by IS NULL`), and
-- `changes` goes up by one for every row added, deleted or changed in what a report reads of it
-- (its budget, whether it is current, its body), so two reads of the same pair saw the same rows,
-- on every server sharing the database. Writing a report row (`report_layout`, `report_row`) is
-- not a change: it says what the body already says.
--
-- The triggers count every statement that touches the table, the server's and an operator's own
-- SQL alike. They fire once per statement with the rows it changed (transition tables), so the
-- writer's multi-row INSERT updates each budget's row once, in budget order.
CREATE TABLE submission_counts (
    budget_id TEXT PRIMARY KEY NOT NULL,
    current   BIGINT NOT NULL DEFAULT 0,
    changes   BIGINT NOT NULL DEFAULT 0
);

-- `SET search_path FROM CURRENT`: the function finds `submission_counts` in the schema it was
-- created in, whatever the search path of the session whose statement fires it.
CREATE FUNCTION count_submissions() RETURNS trigger LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO submission_counts AS c (budget_id, current, changes)
            SELECT budget_id, COUNT(*) FILTER (WHERE superseded_by IS NULL), COUNT(*)
            FROM new_rows GROUP BY budget_id ORDER BY budget_id
            ON CONFLICT (budget_id) DO UPDATE
            SET current = c.current + EXCLUDED.current, changes = c.changes + EXCLUDED.changes;
    ELSIF TG_OP = 'DELETE' THEN
        INSERT INTO submission_counts AS c (budget_id, current, changes)
            SELECT budget_id, -COUNT(*) FILTER (WHERE superseded_by IS NULL), COUNT(*)
            FROM old_rows GROUP BY budget_id ORDER BY budget_id
            ON CONFLICT (budget_id) DO UPDATE
            SET current = c.current + EXCLUDED.current, changes = c.changes + EXCLUDED.changes;
    ELSIF TG_OP = 'UPDATE' THEN
        -- A row leaves its old budget's count and joins its new one's (the same budget, mostly).
        INSERT INTO submission_counts AS c (budget_id, current, changes)
            SELECT budget_id, SUM(current), SUM(changes) FROM (
                SELECT o.budget_id, -(o.superseded_by IS NULL)::int AS current, 1 AS changes
                FROM old_rows o JOIN new_rows n ON n.id = o.id
                WHERE (o.budget_id, o.superseded_by, o.body) IS DISTINCT FROM (n.budget_id, n.superseded_by, n.body)
                UNION ALL
                SELECT n.budget_id, (n.superseded_by IS NULL)::int, 1
                FROM old_rows o JOIN new_rows n ON n.id = o.id
                WHERE (o.budget_id, o.superseded_by, o.body) IS DISTINCT FROM (n.budget_id, n.superseded_by, n.body)
            ) AS moved
            GROUP BY budget_id ORDER BY budget_id
            ON CONFLICT (budget_id) DO UPDATE
            SET current = c.current + EXCLUDED.current, changes = c.changes + EXCLUDED.changes;
    ELSE -- TRUNCATE
        UPDATE submission_counts SET current = 0, changes = changes + 1;
    END IF;
    RETURN NULL;
END
$$;

-- Nothing may be written between the first count and the triggers taking over.
LOCK TABLE submissions IN SHARE ROW EXCLUSIVE MODE;

CREATE TRIGGER submissions_counted_insert AFTER INSERT ON submissions
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION count_submissions();
CREATE TRIGGER submissions_counted_update AFTER UPDATE ON submissions
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION count_submissions();
CREATE TRIGGER submissions_counted_delete AFTER DELETE ON submissions
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION count_submissions();
CREATE TRIGGER submissions_counted_truncate AFTER TRUNCATE ON submissions
    FOR EACH STATEMENT EXECUTE FUNCTION count_submissions();

INSERT INTO submission_counts (budget_id, current, changes)
    SELECT budget_id, COUNT(*) FILTER (WHERE superseded_by IS NULL), COUNT(*) FROM submissions GROUP BY budget_id;
