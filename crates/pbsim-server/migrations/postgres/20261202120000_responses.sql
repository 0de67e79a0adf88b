-- Councils' responses to a consultation ("What we heard"). The same schema exists for the other database (../sqlite or ../postgres).
--
-- Every publication is a new row and none is ever changed or deleted: the public reads the latest
-- one of a budget, and the rows before it say what was published when, and by whom. `body` is the
-- response as JSON (pbsim_core::wire::CouncilResponse); `published_at` is RFC 3339 in UTC with
-- milliseconds, so it sorts in time order as text; `author` is the officer's (or API token's) name.
CREATE TABLE responses (
    budget_id    TEXT NOT NULL,
    published_at TEXT NOT NULL,
    author       TEXT NOT NULL,
    body         TEXT NOT NULL
);
CREATE INDEX responses_by_budget ON responses (budget_id, published_at);
