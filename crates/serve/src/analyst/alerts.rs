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
use utoipa::{IntoParams, ToSchema};

use super::{bad_query, page_size};
use crate::api::retry_later;
use crate::store::rfc3339_ms;
use crate::App;

/// The query of `GET /v1/alerts`.
#[derive(Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub(crate) struct AlertQuery {
    /// The last `seq` of the previous page.
    #[param(minimum = 0)]
    after: Option<i64>,
    /// Rows per page (default 100, at most 1,000).
    #[param(minimum = 1, maximum = 1_000)]
    limit: Option<usize>,
}

/// One alert raised against an override in force.
#[derive(Serialize, ToSchema)]
pub(crate) struct AlertOut {
    /// Its number.
    seq: i64,
    /// When it was raised (wall clock).
    #[schema(format = DateTime)]
    at: String,
    /// `allow_listed_member`, `allow_listed_cluster_grew` or `block_listed_cluster_grew`.
    kind: String,
    /// The override it is about.
    override_id: i64,
    /// The cluster concerned.
    cluster_id: String,
    /// The overridden account, for an account override.
    account_id: Option<String>,
    /// The detector's clock (event time of the newest folded event) when it was raised.
    #[schema(value_type = Option<String>, format = DateTime)]
    as_of: Option<Timestamp>,
    /// `override_action`, `cluster_decision`, `cluster_score`, `cluster_size`; for growth
    /// `joined` and `new_members` (at most 100).
    #[schema(value_type = Object)]
    detail: serde_json::Value,
}

/// A page of alerts.
#[derive(Serialize, ToSchema)]
pub(crate) struct AlertList {
    /// The alerts of this page, oldest first.
    alerts: Vec<AlertOut>,
    /// The `after` of the next page, if any.
    next_after: Option<i64>,
}

/// Alerts raised against the analyst overrides in force, oldest first.
///
/// Raised at the detector's re-links: an allow-listed account in a flagged cluster, an
/// overridden cluster that gained members. Paged by `after` (the last `seq` read).
#[utoipa::path(
    get,
    path = "/v1/alerts",
    tag = "analyst",
    security(("bearer" = ["analyst"])),
    params(AlertQuery),
    responses(
        (status = 200, description = "a page of alerts", body = AlertList),
        (status = 400, description = "bad query", body = crate::api::ErrorOut),
        (status = 401, response = crate::openapi::Unauthorized),
        (status = 403, response = crate::openapi::Forbidden),
        (status = 503, response = crate::openapi::StoreDown),
    )
)]
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
