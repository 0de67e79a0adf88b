-- Single-use invite codes, for budgets that only accept submissions from invited residents
-- (`[submissions] require_invite = true` in the budget file). The same schema exists in ../postgres/.
--
-- `pbsim invite create` prints each code once; only its SHA-256 (hex, of the code in upper case
-- without separators) is kept, so this table cannot be turned back into usable codes. Taking a code
-- and storing the submission happen in one transaction: `used_by` is set only for a submission
-- that was committed, and a code can be taken once (`UPDATE ... WHERE used_by IS NULL`). Nothing
-- here says who the resident is: no address, no name, only which submission used the code.
CREATE TABLE invites (
    code_hash  TEXT PRIMARY KEY NOT NULL,
    budget_id  TEXT NOT NULL,
    created_at BIGINT NOT NULL,  -- Unix seconds
    used_by    TEXT,             -- the submission id, once used
    used_at    TEXT              -- RFC 3339, UTC, like submissions.received_at
);
