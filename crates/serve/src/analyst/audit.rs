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
use utoipa::{IntoParams, ToSchema};

use super::{bad_query, page_size};
use crate::api::retry_later;
use crate::store::rfc3339_ms;
use crate::App;

/// The query of `GET /v1/audit`.
#[derive(Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub(crate) struct AuditQuery {
    /// The last `seq` of the previous page.
    #[param(minimum = 0)]
    after: Option<i64>,
    /// Rows per page (default 100, at most 1,000).
    #[param(minimum = 1, maximum = 1_000)]
    limit: Option<usize>,
}

/// One entry of the audit log.
#[derive(Serialize, ToSchema)]
pub(crate) struct AuditEntry {
    /// Its number.
    seq: i64,
    /// When, RFC 3339.
    #[schema(format = DateTime)]
    at: String,
    /// A token's name, or `cli`.
    actor: String,
    /// `override.create`, `override.revoke`, `token.create` or `token.revoke`.
    action: String,
    /// `override:ID` or `token:NAME`.
    subject: String,
    /// What changed (the override or token's fields).
    #[schema(value_type = Object)]
    detail: serde_json::Value,
}

/// A page of the audit log.
#[derive(Serialize, ToSchema)]
pub(crate) struct AuditList {
    /// The entries of this page, oldest first.
    entries: Vec<AuditEntry>,
    /// The `after` of the next page, if any.
    next_after: Option<i64>,
}

/// The append-only audit log, oldest first, paged by `after` (the last `seq` read).
#[utoipa::path(
    get,
    path = "/v1/audit",
    tag = "analyst",
    security(("bearer" = ["analyst"])),
    params(AuditQuery),
    responses(
        (status = 200, description = "a page of entries", body = AuditList),
        (status = 400, description = "bad query", body = crate::api::ErrorOut),
        (status = 401, response = crate::openapi::Unauthorized),
        (status = 403, response = crate::openapi::Forbidden),
        (status = 503, response = crate::openapi::StoreDown),
    )
)]
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
