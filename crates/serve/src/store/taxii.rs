//! The TAXII 2.1 tables (migration 12): stored object versions, POST status resources and
//! the bookmarks of pulled partner collections. Kept apart from the event log's code.

use sqlx::any::AnyRow;
use sqlx::Row;

use super::Store;
use crate::error::ServeError;

/// One version of one object, as stored in a collection.
#[derive(Debug, Clone)]
pub struct TaxiiRow {
    /// The collection's id.
    pub collection_id: String,
    /// The STIX id (`type--uuid`).
    pub object_id: String,
    /// The STIX type.
    pub obj_type: String,
    /// The version (`modified`, else `created`, else the date added), epoch microseconds.
    pub version_us: i64,
    /// The version as the object spells it.
    pub version: String,
    /// `spec_version` (always `2.1` here).
    pub spec_version: String,
    /// When the server added it, epoch microseconds (strictly increasing over the store).
    pub date_added: i64,
    /// The object's JSON text.
    pub object: String,
}

/// Which versions of each object a query returns (`match[version]`), any of them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum VersionMatch {
    /// The newest version of the object.
    Last,
    /// The oldest version.
    First,
    /// Every version.
    All,
    /// The version with this timestamp (epoch microseconds).
    At(i64),
}

/// A read of one collection: the filters of `objects`, `manifest` and `versions`.
#[derive(Debug, Clone)]
pub struct TaxiiQuery {
    /// The collection's id.
    pub collection_id: String,
    /// Only rows added strictly after this (epoch microseconds).
    pub added_after: Option<i64>,
    /// Only these types (empty: any).
    pub types: Vec<String>,
    /// Only these ids (empty: any).
    pub ids: Vec<String>,
    /// Which versions (empty: the newest).
    pub versions: Vec<VersionMatch>,
    /// At most this many rows.
    pub limit: usize,
}

/// `$n` placeholders for `values`, numbered from `*n + 1`, binding nothing yet.
fn placeholders(n: &mut usize, count: usize) -> String {
    (0..count)
        .map(|_| {
            *n += 1;
            format!("${n}")
        })
        .collect::<Vec<_>>()
        .join(",")
}

fn row_of(r: &AnyRow) -> Result<TaxiiRow, ServeError> {
    Ok(TaxiiRow {
        collection_id: r.try_get(0)?,
        object_id: r.try_get(1)?,
        obj_type: r.try_get(2)?,
        version_us: r.try_get(3)?,
        version: r.try_get(4)?,
        spec_version: r.try_get(5)?,
        date_added: r.try_get(6)?,
        object: r.try_get(7)?,
    })
}

impl Store {
    /// The newest `date_added` in any collection (0 when none).
    pub async fn taxii_last_added(&self) -> Result<i64, ServeError> {
        let row = sqlx::query("SELECT COALESCE(MAX(date_added), 0) FROM dg_taxii_objects")
            .fetch_one(&self.pool)
            .await?;
        Ok(row.try_get(0)?)
    }

    /// Adds object versions in one transaction; a version already stored is left as it is.
    /// Returns, for each row, whether it was new.
    pub async fn taxii_insert(&self, rows: &[TaxiiRow]) -> Result<Vec<bool>, ServeError> {
        let mut tx = self.pool.begin().await?;
        let mut fresh = Vec::with_capacity(rows.len());
        for r in rows {
            let done = sqlx::query(
                "INSERT INTO dg_taxii_objects (collection_id, object_id, obj_type, version_us, \
                 version, spec_version, date_added, object) VALUES ($1,$2,$3,$4,$5,$6,$7,$8) \
                 ON CONFLICT (collection_id, object_id, version_us) DO NOTHING",
            )
            .bind(r.collection_id.as_str())
            .bind(r.object_id.as_str())
            .bind(r.obj_type.as_str())
            .bind(r.version_us)
            .bind(r.version.as_str())
            .bind(r.spec_version.as_str())
            .bind(r.date_added)
            .bind(r.object.as_str())
            .execute(&mut *tx)
            .await?;
            fresh.push(done.rows_affected() > 0);
        }
        tx.commit().await?;
        Ok(fresh)
    }

    /// The rows a query selects, oldest `date_added` first, at most `limit`.
    pub async fn taxii_query(&self, q: &TaxiiQuery) -> Result<Vec<TaxiiRow>, ServeError> {
        let mut n = 1usize;
        let mut sql = String::from(
            "SELECT o.collection_id, o.object_id, o.obj_type, o.version_us, o.version, \
             o.spec_version, o.date_added, o.object FROM dg_taxii_objects o \
             WHERE o.collection_id = $1",
        );
        if q.added_after.is_some() {
            n += 1;
            sql.push_str(&format!(" AND o.date_added > ${n}"));
        }
        if !q.types.is_empty() {
            sql.push_str(&format!(
                " AND o.obj_type IN ({})",
                placeholders(&mut n, q.types.len())
            ));
        }
        if !q.ids.is_empty() {
            sql.push_str(&format!(
                " AND o.object_id IN ({})",
                placeholders(&mut n, q.ids.len())
            ));
        }
        let mut at = Vec::new();
        let mut clauses = Vec::new();
        let versions: &[VersionMatch] = if q.versions.is_empty() {
            &[VersionMatch::Last]
        } else {
            &q.versions
        };
        let extreme = |f: &str| {
            format!(
                "o.version_us = (SELECT {f}(o2.version_us) FROM dg_taxii_objects o2 WHERE \
                 o2.collection_id = o.collection_id AND o2.object_id = o.object_id)"
            )
        };
        for v in versions {
            match v {
                VersionMatch::All => clauses.push("1 = 1".to_string()),
                VersionMatch::Last => clauses.push(extreme("MAX")),
                VersionMatch::First => clauses.push(extreme("MIN")),
                VersionMatch::At(t) => at.push(*t),
            }
        }
        if !at.is_empty() {
            clauses.push(format!(
                "o.version_us IN ({})",
                placeholders(&mut n, at.len())
            ));
        }
        sql.push_str(&format!(" AND ({})", clauses.join(" OR ")));
        n += 1;
        sql.push_str(&format!(" ORDER BY o.date_added LIMIT ${n}"));
        let mut query = sqlx::query(&sql).bind(q.collection_id.as_str());
        if let Some(a) = q.added_after {
            query = query.bind(a);
        }
        for t in &q.types {
            query = query.bind(t.as_str());
        }
        for i in &q.ids {
            query = query.bind(i.as_str());
        }
        for t in &at {
            query = query.bind(*t);
        }
        query = query.bind(i64::try_from(q.limit).unwrap_or(i64::MAX));
        let rows = query.fetch_all(&self.pool).await?;
        rows.iter().map(row_of).collect()
    }

    /// Stores (or replaces) a status resource's JSON text.
    pub async fn taxii_put_status(
        &self,
        id: &str,
        created: i64,
        body: &str,
    ) -> Result<(), ServeError> {
        sqlx::query(
            "INSERT INTO dg_taxii_status (id, created, body) VALUES ($1, $2, $3) \
             ON CONFLICT (id) DO UPDATE SET body = excluded.body",
        )
        .bind(id)
        .bind(created)
        .bind(body)
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    /// A status resource's JSON text, if there is one with this id.
    pub async fn taxii_status(&self, id: &str) -> Result<Option<String>, ServeError> {
        let row = sqlx::query("SELECT body FROM dg_taxii_status WHERE id = $1")
            .bind(id)
            .fetch_optional(&self.pool)
            .await?;
        Ok(match row {
            Some(r) => Some(r.try_get(0)?),
            None => None,
        })
    }

    /// The `added_after` bookmark of a pulled collection (`source`: its URL and id).
    pub async fn taxii_bookmark(&self, source: &str) -> Result<Option<String>, ServeError> {
        let row = sqlx::query("SELECT added_after FROM dg_taxii_bookmarks WHERE source = $1")
            .bind(source)
            .fetch_optional(&self.pool)
            .await?;
        Ok(match row {
            Some(r) => Some(r.try_get(0)?),
            None => None,
        })
    }

    /// Moves a pulled collection's bookmark.
    pub async fn taxii_set_bookmark(
        &self,
        source: &str,
        added_after: &str,
    ) -> Result<(), ServeError> {
        sqlx::query(
            "INSERT INTO dg_taxii_bookmarks (source, added_after) VALUES ($1, $2) \
             ON CONFLICT (source) DO UPDATE SET added_after = excluded.added_after",
        )
        .bind(source)
        .bind(added_after)
        .execute(&self.pool)
        .await?;
        Ok(())
    }
}
