//! The durable store: an append-only event log and the sign-up records, in SQLite or
//! PostgreSQL through one sqlx code path (the `Any` driver, portable SQL, `$n` parameters,
//! which both back ends read positionally).
//!
//! Rows hold the accepted lines as they were posted (after gzip), so a replay parses them with
//! the same code as ingest and rebuilds the same state.

use std::path::Path;

use futures_util::TryStreamExt;
use sqlx::any::{AnyPoolOptions, AnyRow};
use sqlx::{AnyPool, Row};

use crate::error::ServeError;

mod admin;
mod alerts;
mod taxii;
pub use admin::{AuditRow, NewOverride, OverrideRow, TokenError, TokenRow};
pub use alerts::AlertRow;
pub use taxii::{TaxiiQuery, TaxiiRow, VersionMatch};

/// Migrations in order: (version, description, SQL statements separated by `;`).
const MIGRATIONS: &[(i64, &str, &str)] = &[
    (
        1,
        "event log and sign-up records",
        include_str!("../migrations/0001_event_log.sql"),
    ),
    (
        12,
        "TAXII 2.1 objects, status and pull bookmarks",
        include_str!("../migrations/0012_taxii.sql"),
    ),
    (
        13,
        "API tokens, analyst overrides and the audit log",
        include_str!("../migrations/0013_tokens_overrides_audit.sql"),
    ),
    (
        14,
        "alerts raised against the analyst overrides",
        include_str!("../migrations/0014_alerts.sql"),
    ),
    (
        15,
        "compactions of the event log",
        include_str!("../migrations/0015_compactions.sql"),
    ),
    (
        16,
        "each node's snapshot anchor in the event log",
        include_str!("../migrations/0016_anchors.sql"),
    ),
];

/// Event numbers per DELETE statement of a compaction: short statements, so that ingest's
/// commits (SQLite has one connection) get the store between two.
const COMPACT_PAGE: i64 = 5_000;

/// Epoch ms as RFC 3339 UTC with milliseconds (the outputs' time format).
pub fn rfc3339_ms(ms: i64) -> String {
    chrono::DateTime::from_timestamp_millis(ms)
        .unwrap_or_default()
        .to_rfc3339_opts(chrono::SecondsFormat::Millis, true)
}

/// Rows per INSERT statement on PostgreSQL (5 parameters a row stays far below its limit).
const ROWS_PER_INSERT: usize = 500;

/// Rows per INSERT statement on SQLite. sqlx looks up every parameter's name when binding,
/// and SQLite finds a name by a linear scan of the statement's named parameters: numbered
/// `$n` parameters made binding quadratic (a quarter of the server's CPU at 500 rows). SQLite
/// statements use anonymous `?` parameters, which have no name to scan for, so a statement
/// can carry many rows (1,280 parameters, far below SQLite's 32,766) and the round trips to
/// sqlx's SQLite worker thread are few.
const ROWS_PER_INSERT_SQLITE: usize = 256;

/// Event numbers one statement of [`Store::send_account_events`] reads (about 15 ms of
/// SQLite on the project's VM): the longest an ingest commit waits for an analyst's read.
pub const ACCOUNT_SCAN_PAGE: i64 = 20_000;

/// An event line to append.
#[derive(Debug, Clone)]
pub struct EventRow {
    /// The request id.
    pub request_id: String,
    /// The account.
    pub account_id: String,
    /// Event time, epoch ms.
    pub ts: i64,
    /// The line as posted.
    pub line: String,
}

/// A sign-up record line to append.
#[derive(Debug, Clone)]
pub struct AccountRow {
    /// The account.
    pub account_id: String,
    /// The line as posted.
    pub line: String,
}

/// The store behind the service.
#[derive(Clone, Debug)]
pub struct Store {
    pool: AnyPool,
    /// `sqlite` or `postgres`, for messages and metrics.
    backend: &'static str,
}

impl Store {
    /// Opens (creating if needed) the store at `database_url`, or a SQLite file
    /// `distillguard.db` in `data_dir`, and applies the migrations.
    pub async fn open(database_url: Option<&str>, data_dir: &Path) -> Result<Self, ServeError> {
        let same = crate::work::Priority {
            nice: 0,
            idle: false,
        };
        Self::open_with(database_url, data_dir, same).await
    }

    /// [`open`](Self::open), with SQLite's connection threads (where statements and commits
    /// run) at the work threads' priority `prio` (`limits.work_nice`, `limits.work_idle`, see
    /// `work.rs`).
    pub async fn open_with(
        database_url: Option<&str>,
        data_dir: &Path,
        prio: crate::work::Priority,
    ) -> Result<Self, ServeError> {
        sqlx::any::install_default_drivers();
        let (url, backend, max) = match database_url {
            Some(u) if u.starts_with("postgres://") || u.starts_with("postgresql://") => {
                (u.to_string(), "postgres", 4)
            }
            Some(u) if u.starts_with("sqlite:") => (u.to_string(), "sqlite", 1),
            Some(_) => {
                return Err(ServeError::Config(
                    "--database-url must start with postgres://, postgresql:// or sqlite:".into(),
                ))
            }
            None => {
                std::fs::create_dir_all(data_dir).map_err(|e| {
                    ServeError::Config(format!("creating {}: {e}", data_dir.display()))
                })?;
                let file = data_dir.join("distillguard.db");
                (format!("sqlite://{}?mode=rwc", file.display()), "sqlite", 1)
            }
        };
        // SQLite takes one writer at a time: one connection, so a reader never meets a lock.
        let sqlite = backend == "sqlite";
        let pool = AnyPoolOptions::new()
            .max_connections(max)
            .after_connect(move |conn, _| {
                Box::pin(async move {
                    // A commit is on disk before it is acknowledged: in WAL mode with
                    // `synchronous = FULL` every commit fsyncs the write-ahead log, so an
                    // acknowledged transaction survives a power cut, not only a crash
                    // (`NORMAL` would not). WAL turns each commit into one sequential append
                    // and one fsync, where the rollback journal writes and syncs twice.
                    if sqlite {
                        sqlx::query("PRAGMA journal_mode = WAL")
                            .execute(&mut *conn)
                            .await?;
                        sqlx::query("PRAGMA synchronous = FULL")
                            .execute(conn)
                            .await?;
                        // The connection's thread exists now.
                        crate::work::lower_sqlite_threads(prio);
                    }
                    Ok(())
                })
            })
            .connect(&url)
            .await?;
        let store = Self { pool, backend };
        store.migrate().await?;
        Ok(store)
    }

    /// `sqlite` or `postgres`.
    pub fn backend(&self) -> &'static str {
        self.backend
    }

    /// Whether statements number their parameters (`$1`, PostgreSQL) or not (`?`, SQLite).
    fn numbered(&self) -> bool {
        self.backend != "sqlite"
    }

    fn rows_per_insert(&self) -> usize {
        if self.backend == "sqlite" {
            ROWS_PER_INSERT_SQLITE
        } else {
            ROWS_PER_INSERT
        }
    }

    /// Applies the migrations not applied yet, each in its own transaction. Each version is
    /// looked up by itself (not against the highest applied), so migrations numbered on
    /// separate branches still all apply whatever order they were merged in.
    async fn migrate(&self) -> Result<(), ServeError> {
        sqlx::query(
            "CREATE TABLE IF NOT EXISTS dg_schema (version BIGINT PRIMARY KEY, description TEXT \
             NOT NULL)",
        )
        .execute(&self.pool)
        .await?;
        let applied: Vec<i64> = sqlx::query("SELECT version FROM dg_schema")
            .fetch_all(&self.pool)
            .await?
            .iter()
            .map(|r| r.try_get::<i64, _>(0))
            .collect::<Result<_, _>>()?;
        for &(version, description, sql) in MIGRATIONS {
            if applied.contains(&version) {
                continue;
            }
            let mut tx = self.pool.begin().await?;
            for stmt in sql
                .split(';')
                .map(strip_comments)
                .filter(|s| !s.trim().is_empty())
            {
                sqlx::query(&stmt).execute(&mut *tx).await?;
            }
            sqlx::query("INSERT INTO dg_schema (version, description) VALUES ($1, $2)")
                .bind(version)
                .bind(description)
                .execute(&mut *tx)
                .await?;
            tx.commit().await?;
        }
        Ok(())
    }

    /// Whether the store answers.
    pub async fn ping(&self) -> bool {
        sqlx::query("SELECT 1").fetch_one(&self.pool).await.is_ok()
    }

    /// The next free event sequence number (1 for an empty log).
    pub async fn next_event_seq(&self) -> Result<i64, ServeError> {
        self.next_seq("SELECT COALESCE(MAX(seq), 0) FROM dg_events")
            .await
    }

    /// The next free account-record sequence number.
    pub async fn next_account_seq(&self) -> Result<i64, ServeError> {
        self.next_seq("SELECT COALESCE(MAX(seq), 0) FROM dg_accounts")
            .await
    }

    async fn next_seq(&self, sql: &str) -> Result<i64, ServeError> {
        let row = sqlx::query(sql).fetch_one(&self.pool).await?;
        let max: i64 = row.try_get(0)?;
        Ok(max + 1)
    }

    /// Appends `rows` as `first_seq..` in one transaction; returns only after the commit.
    pub async fn append_events(&self, first_seq: i64, rows: &[EventRow]) -> Result<(), ServeError> {
        let per = self.rows_per_insert();
        let mut tx = self.pool.begin().await?;
        for (c, chunk) in rows.chunks(per).enumerate() {
            let sql = insert_sql(
                "INSERT INTO dg_events (seq, request_id, account_id, ts, line) VALUES ",
                5,
                chunk.len(),
                self.numbered(),
            );
            let mut q = sqlx::query(&sql);
            let base = first_seq + (c * per) as i64;
            for (k, r) in chunk.iter().enumerate() {
                q = q
                    .bind(base + k as i64)
                    .bind(r.request_id.as_str())
                    .bind(r.account_id.as_str())
                    .bind(r.ts)
                    .bind(r.line.as_str());
            }
            q.execute(&mut *tx).await?;
        }
        tx.commit().await?;
        Ok(())
    }

    /// Appends sign-up records as `first_seq..` in one transaction.
    pub async fn append_accounts(
        &self,
        first_seq: i64,
        rows: &[AccountRow],
    ) -> Result<(), ServeError> {
        let per = self.rows_per_insert();
        let mut tx = self.pool.begin().await?;
        for (c, chunk) in rows.chunks(per).enumerate() {
            let sql = insert_sql(
                "INSERT INTO dg_accounts (seq, account_id, line) VALUES ",
                3,
                chunk.len(),
                self.numbered(),
            );
            let mut q = sqlx::query(&sql);
            let base = first_seq + (c * per) as i64;
            for (k, r) in chunk.iter().enumerate() {
                q = q
                    .bind(base + k as i64)
                    .bind(r.account_id.as_str())
                    .bind(r.line.as_str());
            }
            q.execute(&mut *tx).await?;
        }
        tx.commit().await?;
        Ok(())
    }

    /// Every sign-up record line with its number, in arrival order.
    pub async fn account_lines(&self) -> Result<Vec<(i64, String)>, ServeError> {
        let rows = sqlx::query("SELECT seq, line FROM dg_accounts ORDER BY seq")
            .fetch_all(&self.pool)
            .await?;
        rows.iter()
            .map(|r: &AnyRow| Ok((r.try_get::<i64, _>(0)?, r.try_get::<String, _>(1)?)))
            .collect()
    }

    /// The event time of event `seq`, if it is stored.
    pub async fn event_time(&self, seq: i64) -> Result<Option<i64>, ServeError> {
        let row = sqlx::query("SELECT ts FROM dg_events WHERE seq = $1")
            .bind(seq)
            .fetch_optional(&self.pool)
            .await?;
        Ok(match row {
            Some(r) => Some(r.try_get(0)?),
            None => None,
        })
    }

    /// Deletes the events numbered below `keep_from` that came before event time `cut_ts`,
    /// and records the compaction; returns how many went. The log is in arrival order, which
    /// is event time order up to the reorder window, so the first event at or after the cut
    /// is found by a binary search over numbers (a few dozen look-ups by primary key), and
    /// everything numbered below it goes, a page of numbers per statement.
    pub async fn compact_events(&self, keep_from: i64, cut_ts: i64) -> Result<u64, ServeError> {
        let Some((first, first_ts)) = self.event_from(0).await? else {
            return Ok(0);
        };
        if first >= keep_from || first_ts >= cut_ts {
            return Ok(0);
        }
        // Smallest number in (first, keep_from] whose next stored event is at or after the cut.
        let (mut lo, mut hi) = (first, keep_from);
        while hi - lo > 1 {
            let mid = lo + (hi - lo) / 2;
            match self.event_from(mid).await? {
                Some((_, ts)) if ts < cut_ts => lo = mid,
                _ => hi = mid,
            }
        }
        let upto = hi;
        let mut deleted = 0u64;
        let mut from = first;
        while from < upto {
            let to = from.saturating_add(COMPACT_PAGE).min(upto);
            let done = sqlx::query("DELETE FROM dg_events WHERE seq >= $1 AND seq < $2")
                .bind(from)
                .bind(to)
                .execute(&self.pool)
                .await?;
            deleted += done.rows_affected();
            from = to;
        }
        if deleted == 0 {
            return Ok(0);
        }
        sqlx::query(
            "INSERT INTO dg_compactions (upto_seq, cut_ts, deleted, at_ms) VALUES ($1, $2, $3, $4)",
        )
        .bind(upto)
        .bind(cut_ts)
        .bind(deleted as i64)
        .bind(chrono::Utc::now().timestamp_millis())
        .execute(&self.pool)
        .await?;
        Ok(deleted)
    }

    /// Records that node `node`'s latest snapshot covers the log up to event `seq` (its
    /// anchor), written at `at_ms`.
    pub async fn put_anchor(&self, node: &str, seq: i64, at_ms: i64) -> Result<(), ServeError> {
        sqlx::query(
            "INSERT INTO dg_anchors (node, seq, at_ms) VALUES ($1, $2, $3) \
             ON CONFLICT (node) DO UPDATE SET seq = excluded.seq, at_ms = excluded.at_ms",
        )
        .bind(node)
        .bind(seq)
        .bind(at_ms)
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    /// The oldest anchor (see [`put_anchor`](Self::put_anchor)) of the nodes other than
    /// `node` that wrote a snapshot at or after `since_ms`, with its node.
    pub async fn oldest_anchor(
        &self,
        node: &str,
        since_ms: i64,
    ) -> Result<Option<(i64, String)>, ServeError> {
        let row = sqlx::query(
            "SELECT seq, node FROM dg_anchors WHERE node <> $1 AND at_ms >= $2 \
             ORDER BY seq, node LIMIT 1",
        )
        .bind(node)
        .bind(since_ms)
        .fetch_optional(&self.pool)
        .await?;
        Ok(match row {
            Some(r) => Some((r.try_get(0)?, r.try_get(1)?)),
            None => None,
        })
    }

    /// The latest compaction of the event log (events numbered below, event time cut), if
    /// the log was ever compacted.
    pub async fn compacted(&self) -> Result<Option<(i64, i64)>, ServeError> {
        let row = sqlx::query(
            "SELECT upto_seq, cut_ts FROM dg_compactions ORDER BY upto_seq DESC LIMIT 1",
        )
        .fetch_optional(&self.pool)
        .await?;
        Ok(match row {
            Some(r) => Some((r.try_get(0)?, r.try_get(1)?)),
            None => None,
        })
    }

    /// Sends every event line in arrival order to `tx`, in batches of at most `batch` lines;
    /// returns how many were read. Stops early (without error) if the receiver is gone.
    pub async fn send_event_lines(
        &self,
        batch: usize,
        tx: tokio::sync::mpsc::Sender<Vec<String>>,
    ) -> Result<u64, ServeError> {
        self.send_event_lines_after(0, batch, tx).await
    }

    /// [`send_event_lines`](Self::send_event_lines) of the events numbered after `after` only
    /// (the log's tail after a snapshot).
    pub async fn send_event_lines_after(
        &self,
        after: i64,
        batch: usize,
        tx: tokio::sync::mpsc::Sender<Vec<String>>,
    ) -> Result<u64, ServeError> {
        let mut rows = sqlx::query("SELECT line FROM dg_events WHERE seq > $1 ORDER BY seq")
            .bind(after)
            .fetch(&self.pool);
        let mut buf = Vec::with_capacity(batch);
        let mut n = 0u64;
        while let Some(row) = rows.try_next().await? {
            buf.push(row.try_get::<String, _>(0)?);
            n += 1;
            if buf.len() >= batch {
                let full = std::mem::replace(&mut buf, Vec::with_capacity(batch));
                if tx.send(full).await.is_err() {
                    return Ok(n);
                }
            }
        }
        if !buf.is_empty() {
            let _ = tx.send(buf).await;
        }
        Ok(n)
    }

    /// The number and event time of the first stored event numbered `seq` or after, if any.
    pub async fn event_from(&self, seq: i64) -> Result<Option<(i64, i64)>, ServeError> {
        let row = sqlx::query("SELECT seq, ts FROM dg_events WHERE seq >= $1 ORDER BY seq LIMIT 1")
            .bind(seq)
            .fetch_optional(&self.pool)
            .await?;
        match row {
            Some(r) => Ok(Some((r.try_get(0)?, r.try_get(1)?))),
            None => Ok(None),
        }
    }

    /// Sends the request ids, event times and lines of `account_id`'s events numbered in
    /// `from..to`, in order, to `tx`; returns how many were sent. The rows of the range are
    /// read by number (the log's primary key) and filtered, so the cost is the range, not the
    /// log; one statement per [`ACCOUNT_SCAN_PAGE`] numbers, so that ingest commits (SQLite has
    /// one connection) get the store between two. Stops early (without error) once the
    /// receiver is gone.
    pub async fn send_account_events(
        &self,
        account_id: &str,
        from: i64,
        to: i64,
        tx: tokio::sync::mpsc::Sender<Vec<(String, i64, String)>>,
    ) -> Result<u64, ServeError> {
        let mut n = 0u64;
        let mut lo = from;
        while lo < to {
            let hi = lo.saturating_add(ACCOUNT_SCAN_PAGE).min(to);
            let rows = sqlx::query(
                "SELECT request_id, ts, line FROM dg_events WHERE seq >= $1 AND seq < $2 \
                 AND account_id = $3 ORDER BY seq",
            )
            .bind(lo)
            .bind(hi)
            .bind(account_id)
            .fetch_all(&self.pool)
            .await?;
            lo = hi;
            if rows.is_empty() {
                if tx.is_closed() {
                    return Ok(n);
                }
                continue;
            }
            let batch = rows
                .iter()
                .map(|r| Ok((r.try_get(0)?, r.try_get(1)?, r.try_get(2)?)))
                .collect::<Result<Vec<(String, i64, String)>, sqlx::Error>>()?;
            n += batch.len() as u64;
            if tx.send(batch).await.is_err() {
                return Ok(n);
            }
        }
        Ok(n)
    }

    /// The number and request id of the last event stored at or before `seq`, if any: what
    /// a snapshot checks to know it was taken of this log.
    pub async fn event_at_or_before(&self, seq: i64) -> Result<Option<(i64, String)>, ServeError> {
        let row = sqlx::query(
            "SELECT seq, request_id FROM dg_events WHERE seq <= $1 ORDER BY seq DESC LIMIT 1",
        )
        .bind(seq)
        .fetch_optional(&self.pool)
        .await?;
        match row {
            Some(r) => Ok(Some((r.try_get(0)?, r.try_get(1)?))),
            None => Ok(None),
        }
    }

    /// Closes the pool (the SQLite file is released when this returns).
    pub async fn close(&self) {
        self.pool.close().await;
    }
}

/// `prefix` followed by `rows` groups of `cols` parameters, numbered (`$1`) or not (`?`).
fn insert_sql(prefix: &str, cols: usize, rows: usize, numbered: bool) -> String {
    let mut s = String::with_capacity(prefix.len() + rows * cols * 6);
    s.push_str(prefix);
    let mut n = 0;
    for r in 0..rows {
        if r > 0 {
            s.push(',');
        }
        s.push('(');
        for c in 0..cols {
            if c > 0 {
                s.push(',');
            }
            n += 1;
            if numbered {
                s.push('$');
                s.push_str(&n.to_string());
            } else {
                s.push('?');
            }
        }
        s.push(')');
    }
    s
}

/// A statement without its `--` comment lines.
fn strip_comments(stmt: &str) -> String {
    stmt.lines()
        .filter(|l| !l.trim_start().starts_with("--"))
        .collect::<Vec<_>>()
        .join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn insert_statements_number_their_parameters() {
        assert_eq!(insert_sql("I ", 2, 2, true), "I ($1,$2),($3,$4)");
        assert_eq!(insert_sql("I ", 2, 2, false), "I (?,?),(?,?)");
    }
}
