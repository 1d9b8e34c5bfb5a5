//! The administrative tables (migration 13): API tokens made with `distillguard token create`,
//! analyst overrides, and the append-only audit log. Every change to a token or an override
//! is written together with its audit entry, in one transaction.
//!
//! The audit log is append-only: this module only ever inserts into `dg_audit` (a unit test
//! checks that no statement in the crate updates or deletes it).

use sqlx::any::AnyRow;
use sqlx::{Any, Row, Transaction};

use super::Store;
use crate::error::ServeError;

/// How many times an insert numbered `MAX + 1` is retried when another writer (a second node,
/// or the CLI next to the service) took the number first.
const NUMBER_RETRIES: usize = 8;

/// One stored API token (never its text: the SHA-256 of it).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TokenRow {
    /// Who holds it: the "who" of the audit log.
    pub name: String,
    /// Lowercase hex SHA-256 of the token.
    pub sha256: String,
    /// Role names (`ingest`, `decide`, `analyst`, `admin`, `intel-read`, `intel-write`).
    pub roles: Vec<String>,
    /// When it was made, epoch ms.
    pub created_at: i64,
    /// When it was revoked, epoch ms.
    pub revoked_at: Option<i64>,
}

/// One analyst override, as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OverrideRow {
    /// Its number.
    pub id: i64,
    /// `account` or `cluster`.
    pub target: String,
    /// The account or cluster id.
    pub target_id: String,
    /// `allow`, `block`, `throttle` or `review`.
    pub action: String,
    /// Why (the analyst's words).
    pub reason: String,
    /// The name of the token that made it.
    pub created_by: String,
    /// When, epoch ms.
    pub created_at: i64,
    /// When it stops by itself, epoch ms.
    pub expires_at: Option<i64>,
    /// When it was withdrawn, epoch ms.
    pub revoked_at: Option<i64>,
    /// Who withdrew it.
    pub revoked_by: Option<String>,
    /// Why it was withdrawn.
    pub revoke_reason: Option<String>,
}

/// A new override to store (its number and audit entry are assigned by the store).
#[derive(Debug, Clone)]
pub struct NewOverride {
    /// `account` or `cluster`.
    pub target: String,
    /// The account or cluster id.
    pub target_id: String,
    /// `allow`, `block`, `throttle` or `review`.
    pub action: String,
    /// Why.
    pub reason: String,
    /// Who (a token's name).
    pub created_by: String,
    /// When, epoch ms.
    pub created_at: i64,
    /// When it stops by itself, epoch ms.
    pub expires_at: Option<i64>,
}

/// One entry of the audit log.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AuditRow {
    /// Its number, increasing.
    pub seq: i64,
    /// When, epoch ms.
    pub at: i64,
    /// Who: a token's name, or `cli` for the command line.
    pub actor: String,
    /// What: `override.create`, `override.revoke`, `token.create`, `token.revoke`.
    pub action: String,
    /// What it was done to: `override:7`, `token:alice`.
    pub subject: String,
    /// The details, a JSON object's text.
    pub detail: String,
}

/// What an audited change records, besides its number.
struct Entry<'a> {
    at: i64,
    actor: &'a str,
    action: &'a str,
    subject: &'a str,
    detail: &'a str,
}

/// Whether a database error is a unique-key violation (the number or name was taken).
pub(super) fn is_conflict(e: &sqlx::Error) -> bool {
    match e {
        sqlx::Error::Database(d) => {
            matches!(d.kind(), sqlx::error::ErrorKind::UniqueViolation)
                || d.message().contains("UNIQUE constraint failed")
                || d.code().as_deref() == Some("23505")
        }
        _ => false,
    }
}

/// Appends an audit entry inside `tx`, numbered after the highest so far.
async fn append_audit(tx: &mut Transaction<'_, Any>, e: &Entry<'_>) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO dg_audit (seq, at, actor, action, subject, detail) \
         SELECT COALESCE(MAX(seq), 0) + 1, $1, $2, $3, $4, $5 FROM dg_audit",
    )
    .bind(e.at)
    .bind(e.actor)
    .bind(e.action)
    .bind(e.subject)
    .bind(e.detail)
    .execute(&mut **tx)
    .await?;
    Ok(())
}

fn token_row(r: &AnyRow) -> Result<TokenRow, sqlx::Error> {
    let roles: String = r.try_get(2)?;
    Ok(TokenRow {
        name: r.try_get(0)?,
        sha256: r.try_get(1)?,
        roles: roles
            .split(',')
            .filter(|s| !s.is_empty())
            .map(str::to_string)
            .collect(),
        created_at: r.try_get(3)?,
        revoked_at: r.try_get(4)?,
    })
}

const OVERRIDE_COLUMNS: &str = "id, target, target_id, action, reason, created_by, created_at, \
     expires_at, revoked_at, revoked_by, revoke_reason";

fn override_row(r: &AnyRow) -> Result<OverrideRow, sqlx::Error> {
    Ok(OverrideRow {
        id: r.try_get(0)?,
        target: r.try_get(1)?,
        target_id: r.try_get(2)?,
        action: r.try_get(3)?,
        reason: r.try_get(4)?,
        created_by: r.try_get(5)?,
        created_at: r.try_get(6)?,
        expires_at: r.try_get(7)?,
        revoked_at: r.try_get(8)?,
        revoked_by: r.try_get(9)?,
        revoke_reason: r.try_get(10)?,
    })
}

/// Why a token could not be made.
#[derive(Debug, thiserror::Error)]
pub enum TokenError {
    /// The name is taken (by a live or a revoked token: names are never reused).
    #[error("a token named `{0}` exists already (names are never reused, even once revoked)")]
    NameTaken(String),
    /// The store failed.
    #[error(transparent)]
    Store(#[from] ServeError),
}

impl Store {
    /// Stores a new token (its hash) with an audit entry by `actor`.
    pub async fn create_token(&self, row: &TokenRow, actor: &str) -> Result<(), TokenError> {
        let detail = serde_json::json!({ "roles": row.roles }).to_string();
        let subject = format!("token:{}", row.name);
        for _ in 0..NUMBER_RETRIES {
            let mut tx = self.pool.begin().await.map_err(ServeError::from)?;
            let inserted = sqlx::query(
                "INSERT INTO dg_tokens (name, sha256, roles, created_at, revoked_at) \
                 VALUES ($1, $2, $3, $4, NULL)",
            )
            .bind(row.name.as_str())
            .bind(row.sha256.as_str())
            .bind(row.roles.join(","))
            .bind(row.created_at)
            .execute(&mut *tx)
            .await;
            match inserted {
                Err(e) if is_conflict(&e) => return Err(TokenError::NameTaken(row.name.clone())),
                r => r.map_err(ServeError::from)?,
            };
            let entry = Entry {
                at: row.created_at,
                actor,
                action: "token.create",
                subject: &subject,
                detail: &detail,
            };
            match append_audit(&mut tx, &entry).await {
                Err(e) if is_conflict(&e) => continue,
                r => r.map_err(ServeError::from)?,
            }
            tx.commit().await.map_err(ServeError::from)?;
            return Ok(());
        }
        Err(TokenError::Store(ServeError::Config(
            "the audit log kept changing under the insert; try again".into(),
        )))
    }

    /// Every stored token, revoked ones included, by name.
    pub async fn tokens(&self) -> Result<Vec<TokenRow>, ServeError> {
        let rows = sqlx::query(
            "SELECT name, sha256, roles, created_at, revoked_at FROM dg_tokens ORDER BY name",
        )
        .fetch_all(&self.pool)
        .await?;
        Ok(rows.iter().map(token_row).collect::<Result<_, _>>()?)
    }

    /// Revokes the live token `name` (with an audit entry by `actor`); `false` if there is no
    /// such live token.
    pub async fn revoke_token(&self, name: &str, at: i64, actor: &str) -> Result<bool, ServeError> {
        let subject = format!("token:{name}");
        for _ in 0..NUMBER_RETRIES {
            let mut tx = self.pool.begin().await?;
            let n = sqlx::query(
                "UPDATE dg_tokens SET revoked_at = $1 WHERE name = $2 AND revoked_at IS NULL",
            )
            .bind(at)
            .bind(name)
            .execute(&mut *tx)
            .await?
            .rows_affected();
            if n == 0 {
                return Ok(false);
            }
            let entry = Entry {
                at,
                actor,
                action: "token.revoke",
                subject: &subject,
                detail: "{}",
            };
            match append_audit(&mut tx, &entry).await {
                Err(e) if is_conflict(&e) => continue,
                r => r?,
            }
            tx.commit().await?;
            return Ok(true);
        }
        Err(ServeError::Config(
            "the audit log kept changing under the insert; try again".into(),
        ))
    }

    /// Stores an override with its audit entry; returns it with its number.
    pub async fn create_override(&self, o: &NewOverride) -> Result<OverrideRow, ServeError> {
        for _ in 0..NUMBER_RETRIES {
            let mut tx = self.pool.begin().await?;
            let id: i64 = sqlx::query("SELECT COALESCE(MAX(id), 0) + 1 FROM dg_overrides")
                .fetch_one(&mut *tx)
                .await?
                .try_get(0)?;
            let inserted = sqlx::query(&format!(
                "INSERT INTO dg_overrides ({OVERRIDE_COLUMNS}) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, NULL, NULL, NULL)"
            ))
            .bind(id)
            .bind(o.target.as_str())
            .bind(o.target_id.as_str())
            .bind(o.action.as_str())
            .bind(o.reason.as_str())
            .bind(o.created_by.as_str())
            .bind(o.created_at)
            .bind(o.expires_at)
            .execute(&mut *tx)
            .await;
            match inserted {
                Err(e) if is_conflict(&e) => continue,
                r => r?,
            };
            let detail = serde_json::json!({
                "target": o.target,
                "id": o.target_id,
                "action": o.action,
                "reason": o.reason,
                "expires_at": o.expires_at.map(crate::store::rfc3339_ms),
            })
            .to_string();
            let entry = Entry {
                at: o.created_at,
                actor: &o.created_by,
                action: "override.create",
                subject: &format!("override:{id}"),
                detail: &detail,
            };
            match append_audit(&mut tx, &entry).await {
                Err(e) if is_conflict(&e) => continue,
                r => r?,
            }
            tx.commit().await?;
            return Ok(OverrideRow {
                id,
                target: o.target.clone(),
                target_id: o.target_id.clone(),
                action: o.action.clone(),
                reason: o.reason.clone(),
                created_by: o.created_by.clone(),
                created_at: o.created_at,
                expires_at: o.expires_at,
                revoked_at: None,
                revoked_by: None,
                revoke_reason: None,
            });
        }
        Err(ServeError::Config(
            "the overrides kept changing under the insert; try again".into(),
        ))
    }

    /// Withdraws override `id` (with an audit entry); `None` if there is no such override,
    /// `Some(false)` if it was withdrawn already.
    pub async fn revoke_override(
        &self,
        id: i64,
        at: i64,
        actor: &str,
        reason: &str,
    ) -> Result<Option<bool>, ServeError> {
        for _ in 0..NUMBER_RETRIES {
            let mut tx = self.pool.begin().await?;
            let n = sqlx::query(
                "UPDATE dg_overrides SET revoked_at = $1, revoked_by = $2, revoke_reason = $3 \
                 WHERE id = $4 AND revoked_at IS NULL",
            )
            .bind(at)
            .bind(actor)
            .bind(reason)
            .bind(id)
            .execute(&mut *tx)
            .await?
            .rows_affected();
            if n == 0 {
                let exists = sqlx::query("SELECT 1 FROM dg_overrides WHERE id = $1")
                    .bind(id)
                    .fetch_optional(&mut *tx)
                    .await?
                    .is_some();
                return Ok(exists.then_some(false));
            }
            let detail = serde_json::json!({ "reason": reason }).to_string();
            let entry = Entry {
                at,
                actor,
                action: "override.revoke",
                subject: &format!("override:{id}"),
                detail: &detail,
            };
            match append_audit(&mut tx, &entry).await {
                Err(e) if is_conflict(&e) => continue,
                r => r?,
            }
            tx.commit().await?;
            return Ok(Some(true));
        }
        Err(ServeError::Config(
            "the audit log kept changing under the insert; try again".into(),
        ))
    }

    /// Overrides numbered after `after`, by number, at most `limit`; only those in force at
    /// `active_at` (epoch ms) when given.
    pub async fn overrides(
        &self,
        after: i64,
        limit: usize,
        active_at: Option<i64>,
    ) -> Result<Vec<OverrideRow>, ServeError> {
        let limit = limit.min(i64::MAX as usize) as i64;
        let rows = match active_at {
            Some(now) => {
                sqlx::query(&format!(
                    "SELECT {OVERRIDE_COLUMNS} FROM dg_overrides WHERE id > $1 \
                     AND revoked_at IS NULL AND (expires_at IS NULL OR expires_at > $2) \
                     ORDER BY id LIMIT $3"
                ))
                .bind(after)
                .bind(now)
                .bind(limit)
                .fetch_all(&self.pool)
                .await?
            }
            None => {
                sqlx::query(&format!(
                    "SELECT {OVERRIDE_COLUMNS} FROM dg_overrides WHERE id > $1 ORDER BY id LIMIT $2"
                ))
                .bind(after)
                .bind(limit)
                .fetch_all(&self.pool)
                .await?
            }
        };
        Ok(rows.iter().map(override_row).collect::<Result<_, _>>()?)
    }

    /// Audit entries numbered after `after`, oldest first, at most `limit`.
    pub async fn audit(&self, after: i64, limit: usize) -> Result<Vec<AuditRow>, ServeError> {
        let limit = limit.min(i64::MAX as usize) as i64;
        let rows = sqlx::query(
            "SELECT seq, at, actor, action, subject, detail FROM dg_audit WHERE seq > $1 \
             ORDER BY seq LIMIT $2",
        )
        .bind(after)
        .bind(limit)
        .fetch_all(&self.pool)
        .await?;
        rows.iter()
            .map(|r| {
                Ok(AuditRow {
                    seq: r.try_get(0)?,
                    at: r.try_get(1)?,
                    actor: r.try_get(2)?,
                    action: r.try_get(3)?,
                    subject: r.try_get(4)?,
                    detail: r.try_get(5)?,
                })
            })
            .collect::<Result<_, sqlx::Error>>()
            .map_err(ServeError::from)
    }
}

#[cfg(test)]
mod tests {
    /// The audit log and the alerts are append-only: no statement of this crate updates or
    /// deletes their rows.
    #[test]
    fn nothing_updates_or_deletes_the_audit_log() {
        let sources = [
            include_str!("admin.rs"),
            include_str!("alerts.rs"),
            include_str!("../alerts.rs"),
            include_str!("../analyst/alerts.rs"),
            include_str!("taxii.rs"),
            include_str!("../store.rs"),
            include_str!("../analyst/mod.rs"),
            include_str!("../analyst/overrides.rs"),
            include_str!("../analyst/audit.rs"),
            include_str!("../api.rs"),
            include_str!("../lib.rs"),
        ];
        // Built from parts, so that this test does not find itself.
        for table in [["dg", "audit"].join("_"), ["dg", "alerts"].join("_")] {
            for s in sources {
                let s = s.to_ascii_lowercase();
                for verb in ["update ", "delete from ", "drop table ", "truncate "] {
                    let needle = format!("{verb}{table}");
                    assert!(!s.contains(&needle), "{needle}");
                }
            }
        }
    }
}
