//! The alerts table (migration 14): what the detector's re-links raised against the analyst
//! overrides in force (see `crate::alerts`). Append-only, numbered like the audit log, and
//! de-duplicated by a key naming the condition.

use sqlx::Row;

use super::admin::is_conflict;
use super::Store;
use crate::error::ServeError;

/// How many times an insert numbered `MAX + 1` is retried when another node took the number.
const NUMBER_RETRIES: usize = 8;

/// One alert, as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AlertRow {
    /// Its number, increasing (0 before it is stored).
    pub seq: i64,
    /// When it was raised, epoch ms (wall clock).
    pub at: i64,
    /// What happened: `allow_listed_member`, `allow_listed_cluster_grew`,
    /// `block_listed_cluster_grew`.
    pub kind: String,
    /// Names the condition: the same condition raises one alert, ever.
    pub dedupe_key: String,
    /// The override it concerns.
    pub override_id: i64,
    /// The cluster.
    pub cluster_id: String,
    /// The overridden account (an account override), if any.
    pub account_id: Option<String>,
    /// The detector's clock (event time of the newest folded event), epoch ms.
    pub as_of: Option<i64>,
    /// The details, a JSON object's text.
    pub detail: String,
}

const ALERT_COLUMNS: &str =
    "seq, at, kind, dedupe_key, override_id, cluster_id, account_id, as_of, detail";

impl Store {
    /// Stores an alert unless one with its `dedupe_key` is stored already; whether it was.
    pub async fn insert_alert(&self, a: &AlertRow) -> Result<bool, ServeError> {
        for _ in 0..NUMBER_RETRIES {
            let inserted = sqlx::query(&format!(
                "INSERT INTO dg_alerts ({ALERT_COLUMNS}) \
                 SELECT COALESCE(MAX(seq), 0) + 1, $1, $2, $3, $4, $5, $6, $7, $8 FROM dg_alerts \
                 WHERE NOT EXISTS (SELECT 1 FROM dg_alerts WHERE dedupe_key = $9)"
            ))
            .bind(a.at)
            .bind(a.kind.as_str())
            .bind(a.dedupe_key.as_str())
            .bind(a.override_id)
            .bind(a.cluster_id.as_str())
            .bind(a.account_id.as_deref())
            .bind(a.as_of)
            .bind(a.detail.as_str())
            .bind(a.dedupe_key.as_str())
            .execute(&self.pool)
            .await;
            match inserted {
                Ok(r) => return Ok(r.rows_affected() > 0),
                // Another node took the number, or raised the same alert meanwhile.
                Err(e) if is_conflict(&e) => {
                    let held = sqlx::query("SELECT 1 FROM dg_alerts WHERE dedupe_key = $1")
                        .bind(a.dedupe_key.as_str())
                        .fetch_optional(&self.pool)
                        .await?
                        .is_some();
                    if held {
                        return Ok(false);
                    }
                }
                Err(e) => return Err(e.into()),
            }
        }
        Err(ServeError::Config(
            "the alerts kept changing under the insert; try again".into(),
        ))
    }

    /// Alerts numbered after `after`, oldest first, at most `limit`.
    pub async fn alerts(&self, after: i64, limit: usize) -> Result<Vec<AlertRow>, ServeError> {
        let limit = limit.min(i64::MAX as usize) as i64;
        let rows = sqlx::query(&format!(
            "SELECT {ALERT_COLUMNS} FROM dg_alerts WHERE seq > $1 ORDER BY seq LIMIT $2"
        ))
        .bind(after)
        .bind(limit)
        .fetch_all(&self.pool)
        .await?;
        rows.iter()
            .map(|r| {
                Ok(AlertRow {
                    seq: r.try_get(0)?,
                    at: r.try_get(1)?,
                    kind: r.try_get(2)?,
                    dedupe_key: r.try_get(3)?,
                    override_id: r.try_get(4)?,
                    cluster_id: r.try_get(5)?,
                    account_id: r.try_get(6)?,
                    as_of: r.try_get(7)?,
                    detail: r.try_get(8)?,
                })
            })
            .collect::<Result<_, sqlx::Error>>()
            .map_err(ServeError::from)
    }
}
