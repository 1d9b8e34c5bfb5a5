-- Issue 10: API tokens made with `distillguard token create`, analyst overrides, and the
-- append-only audit log. Portable SQL (SQLite and PostgreSQL). Times are epoch milliseconds.
-- A token is kept as the SHA-256 of its text, never the text. A revoked token keeps its row,
-- so its name is never reused: names are the "who" of the audit log.
CREATE TABLE IF NOT EXISTS dg_tokens (
    name TEXT PRIMARY KEY,
    sha256 TEXT NOT NULL UNIQUE,
    roles TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    revoked_at BIGINT
);
-- An override is withdrawn by setting `revoked_at` (and an audit entry), never deleted.
CREATE TABLE IF NOT EXISTS dg_overrides (
    id BIGINT PRIMARY KEY,
    target TEXT NOT NULL,
    target_id TEXT NOT NULL,
    action TEXT NOT NULL,
    reason TEXT NOT NULL,
    created_by TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    expires_at BIGINT,
    revoked_at BIGINT,
    revoked_by TEXT,
    revoke_reason TEXT
);
-- Append-only: the code only ever inserts here.
CREATE TABLE IF NOT EXISTS dg_audit (
    seq BIGINT PRIMARY KEY,
    at BIGINT NOT NULL,
    actor TEXT NOT NULL,
    action TEXT NOT NULL,
    subject TEXT NOT NULL,
    detail TEXT NOT NULL
)
