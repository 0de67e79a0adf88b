-- Finance officers' access to the results. The same schema exists for the other database (../sqlite or ../postgres).
--
-- Nothing here is a secret in the clear: passwords are argon2id PHC strings, and tokens and sessions
-- are stored as the SHA-256 of their secret half. Their public half (`id`) finds the row, and the
-- server compares the secret's hash in constant time. Sessions live in the database, not in one
-- server's memory, so several servers sharing one PostgreSQL accept the same session, and a server
-- restart logs nobody out. Times are Unix seconds.
CREATE TABLE admin_users (
    username      TEXT PRIMARY KEY NOT NULL,
    password_hash TEXT NOT NULL,
    created_at    BIGINT NOT NULL
);

-- API tokens for scripts (`pbsim admin create-token`), shown once when created.
CREATE TABLE admin_tokens (
    id          TEXT PRIMARY KEY NOT NULL,
    name        TEXT NOT NULL UNIQUE,
    secret_hash TEXT NOT NULL,
    created_at  BIGINT NOT NULL
);

-- Logged-in browsers. A session past `expires_at` is refused and later deleted.
CREATE TABLE admin_sessions (
    id          TEXT PRIMARY KEY NOT NULL,
    secret_hash TEXT NOT NULL,
    username    TEXT NOT NULL,
    expires_at  BIGINT NOT NULL
);
CREATE INDEX admin_sessions_by_expiry ON admin_sessions (expires_at);
