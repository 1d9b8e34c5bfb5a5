//! The append-only audit log over HTTP (`GET /v1/audit`): every change to a token or an
//! override, oldest first.

use std::sync::Arc;

use axum::extract::rejection::QueryRejection;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::Json;
use serde::{Deserialize, Serialize};
use tracing::warn;

use super::{bad_query, page_size};
use crate::api::retry_later;
use crate::store::rfc3339_ms;
use crate::App;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct AuditQuery {
    after: Option<i64>,
    limit: Option<usize>,
}

#[derive(Serialize)]
struct AuditEntry {
    seq: i64,
    at: String,
    actor: String,
    action: String,
    subject: String,
    detail: serde_json::Value,
}

#[derive(Serialize)]
struct AuditList {
    entries: Vec<AuditEntry>,
    /// The `after` of the next page, if any.
    next_after: Option<i64>,
}

/// `GET /v1/audit`: the audit log, oldest first, paged by `after` (the last `seq` read).
pub(crate) async fn get_audit(
    State(app): State<Arc<App>>,
    q: Result<Query<AuditQuery>, QueryRejection>,
) -> Response {
    let Query(q) = match q {
        Ok(q) => q,
        Err(e) => return bad_query(e),
    };
    let limit = page_size(q.limit);
    match app.store.audit(q.after.unwrap_or(0), limit).await {
        Ok(rows) => {
            let next_after = (rows.len() == limit)
                .then(|| rows.last().map(|r| r.seq))
                .flatten();
            let entries = rows
                .into_iter()
                .map(|r| AuditEntry {
                    seq: r.seq,
                    at: rfc3339_ms(r.at),
                    actor: r.actor,
                    action: r.action,
                    subject: r.subject,
                    detail: serde_json::from_str(&r.detail)
                        .unwrap_or(serde_json::Value::String(r.detail)),
                })
                .collect();
            Json(AuditList {
                entries,
                next_after,
            })
            .into_response()
        }
        Err(e) => {
            warn!(error = %e, "reading the audit log failed");
            retry_later(StatusCode::SERVICE_UNAVAILABLE, "the store is unavailable")
        }
    }
}
