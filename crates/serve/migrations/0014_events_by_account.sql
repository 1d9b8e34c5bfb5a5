-- Issue 10: the event log by account, in event-time order, so the analyst's account route
-- reads the sample requests behind an account's reasons from that account's rows only
-- (never the whole log). Portable SQL (SQLite and PostgreSQL).
CREATE INDEX IF NOT EXISTS dg_events_by_account ON dg_events (account_id, ts, seq)
