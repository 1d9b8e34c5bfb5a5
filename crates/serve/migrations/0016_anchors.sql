-- Each node's snapshot anchor: the last logged event its latest snapshot covers (`seq`, which
-- its next start checks the log still holds) and when it wrote it. A compaction keeps every
-- event from the oldest anchor of the nodes still writing snapshots, so that one node's
-- compaction does not make another's snapshot stale.
CREATE TABLE IF NOT EXISTS dg_anchors (
    node TEXT PRIMARY KEY,
    seq BIGINT NOT NULL,
    at_ms BIGINT NOT NULL
);
