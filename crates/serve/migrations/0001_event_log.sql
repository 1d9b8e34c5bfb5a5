-- The durable event log and the sign-up records, in arrival order. Portable SQL: the same
-- text runs on SQLite and PostgreSQL. `seq` is assigned by the server (one writer).
CREATE TABLE IF NOT EXISTS dg_events (
    seq BIGINT PRIMARY KEY,
    request_id TEXT NOT NULL,
    account_id TEXT NOT NULL,
    ts BIGINT NOT NULL,
    line TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS dg_accounts (
    seq BIGINT PRIMARY KEY,
    account_id TEXT NOT NULL,
    line TEXT NOT NULL
);
