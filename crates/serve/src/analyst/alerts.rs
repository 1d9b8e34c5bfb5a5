//! `GET /v1/alerts`: what the detector's re-links raised against the analyst overrides in
//! force (see `crate::alerts`), oldest first.

use std::sync::Arc;

use axum::extract::rejection::QueryRejection;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::Json;
use dg_model::Timestamp;
use serde::{Deserialize, Serialize};
use tracing::warn;

use super::{bad_query, page_size};
use crate::api::retry_later;
use crate::store::rfc3339_ms;
use crate::App;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct AlertQuery {
    after: Option<i64>,
    limit: Option<usize>,
}

#[derive(Serialize)]
struct AlertOut {
    seq: i64,
    /// When it was raised (wall clock).
    at: String,
    kind: String,
    override_id: i64,
    cluster_id: String,
    /// The overridden account, for an account override.
    account_id: Option<String>,
    /// The detector's clock (event time of the newest folded event) when it was raised.
    as_of: Option<Timestamp>,
    detail: serde_json::Value,
}

#[derive(Serialize)]
struct AlertList {
    alerts: Vec<AlertOut>,
    /// The `after` of the next page, if any.
    next_after: Option<i64>,
}

/// `GET /v1/alerts`: the alerts, oldest first, paged by `after` (the last `seq` read).
pub(crate) async fn get_alerts(
    State(app): State<Arc<App>>,
    q: Result<Query<AlertQuery>, QueryRejection>,
) -> Response {
    let Query(q) = match q {
        Ok(q) => q,
        Err(e) => return bad_query(e),
    };
    let limit = page_size(q.limit);
    match app.store.alerts(q.after.unwrap_or(0), limit).await {
        Ok(rows) => {
            let next_after = (rows.len() == limit)
                .then(|| rows.last().map(|r| r.seq))
                .flatten();
            let alerts = rows
                .into_iter()
                .map(|r| AlertOut {
                    seq: r.seq,
                    at: rfc3339_ms(r.at),
                    kind: r.kind,
                    override_id: r.override_id,
                    cluster_id: r.cluster_id,
                    account_id: r.account_id,
                    as_of: r.as_of.map(Timestamp),
                    detail: serde_json::from_str(&r.detail)
                        .unwrap_or(serde_json::Value::String(r.detail)),
                })
                .collect();
            Json(AlertList { alerts, next_after }).into_response()
        }
        Err(e) => {
            warn!(error = %e, "reading the alerts failed");
            retry_later(StatusCode::SERVICE_UNAVAILABLE, "the store is unavailable")
        }
    }
}
