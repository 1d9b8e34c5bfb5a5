-- Issue 10: alerts for the analyst, raised by the detector's re-links against the overrides in
-- force: an allow-listed account that joined a flagged cluster, a cluster whose allow-listing
-- now shelters new members, a block-listed account's or cluster's campaign that gained members.
-- Portable SQL (SQLite and PostgreSQL). `at` is the wall clock and `as_of` the detector's
-- event-time clock, both epoch ms. `dedupe_key` names the condition, so a condition still true
-- at the next re-link, on another node or after a restart raises no second alert.
-- Append-only: the code only ever inserts here.
CREATE TABLE IF NOT EXISTS dg_alerts (
    seq BIGINT PRIMARY KEY,
    at BIGINT NOT NULL,
    kind TEXT NOT NULL,
    dedupe_key TEXT NOT NULL UNIQUE,
    override_id BIGINT NOT NULL,
    cluster_id TEXT NOT NULL,
    account_id TEXT,
    as_of BIGINT,
    detail TEXT NOT NULL
)
