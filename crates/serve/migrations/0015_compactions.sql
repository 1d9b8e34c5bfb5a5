-- Compactions of the event log (`[snapshot] keep_log_days`): each deleted the events numbered
-- below `upto_seq` whose event time was before `cut_ts`, all covered by a snapshot.
CREATE TABLE IF NOT EXISTS dg_compactions (
    upto_seq BIGINT PRIMARY KEY,
    cut_ts BIGINT NOT NULL,
    deleted BIGINT NOT NULL,
    at_ms BIGINT NOT NULL
);
