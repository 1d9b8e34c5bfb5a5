//! Analyst overrides over HTTP: set (`POST /v1/overrides`), list, and withdraw
//! (`DELETE /v1/overrides/{id}`), each change stored with its audit entry and applied to the
//! overrides in force at once.

use std::sync::Arc;

use axum::extract::rejection::{JsonRejection, QueryRejection};
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::{Extension, Json};
use serde::{Deserialize, Serialize};
use tracing::{info, warn};
use utoipa::{IntoParams, ToSchema};

use super::{
    bad_query, check_cluster_id, clusters, now_ms, page_size, MAX_LIVE_OVERRIDES, MAX_REASON_BYTES,
};
use crate::api::{check_id, error, retry_later};
use crate::auth::Caller;
use crate::overrides::{action_from_name, Override, Target};
use crate::store::{rfc3339_ms, NewOverride, OverrideRow};
use crate::App;

/// Where an override stands.
#[derive(Serialize, ToSchema)]
#[serde(rename_all = "lowercase")]
pub(crate) enum OverrideState {
    /// In force.
    Active,
    /// Past its `expires_at`.
    Expired,
    /// Withdrawn.
    Revoked,
}

/// An override as the analyst routes give it (with its reason and state).
#[derive(Serialize, ToSchema)]
pub(crate) struct OverrideOut {
    /// Its number (`DELETE /v1/overrides/{id}`).
    id: i64,
    /// What it is set on.
    #[schema(value_type = Target)]
    target: String,
    /// The account or cluster id.
    target_id: String,
    /// The decision it sets.
    #[schema(value_type = crate::openapi::Decision)]
    action: String,
    /// The analyst's reason.
    reason: String,
    /// The name of the token that set it.
    created_by: String,
    /// When, RFC 3339.
    #[schema(format = DateTime)]
    created_at: String,
    /// When it stops by itself (`null`: when withdrawn).
    #[schema(format = DateTime)]
    expires_at: Option<String>,
    /// When it was withdrawn.
    #[schema(format = DateTime)]
    revoked_at: Option<String>,
    /// The name of the token that withdrew it.
    revoked_by: Option<String>,
    /// Why it was withdrawn.
    revoke_reason: Option<String>,
    /// `active`, `expired` or `revoked`.
    state: OverrideState,
}

impl OverrideOut {
    fn new(r: OverrideRow, now: i64) -> Self {
        let state = if r.revoked_at.is_some() {
            OverrideState::Revoked
        } else if r.expires_at.is_some_and(|t| t <= now) {
            OverrideState::Expired
        } else {
            OverrideState::Active
        };
        Self {
            id: r.id,
            target: r.target,
            target_id: r.target_id,
            action: r.action,
            reason: r.reason,
            created_by: r.created_by,
            created_at: rfc3339_ms(r.created_at),
            expires_at: r.expires_at.map(rfc3339_ms),
            revoked_at: r.revoked_at.map(rfc3339_ms),
            revoked_by: r.revoked_by,
            revoke_reason: r.revoke_reason,
            state,
        }
    }
}

/// The body of `POST /v1/overrides`.
#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub(crate) struct OverrideIn {
    /// `account` or `cluster`.
    #[schema(value_type = Target)]
    target: String,
    /// The account or cluster id (a cluster of the latest re-link).
    #[schema(max_length = 256)]
    id: String,
    /// The decision to set: `allow`, `review`, `throttle` or `block`.
    #[schema(value_type = crate::openapi::Decision)]
    action: String,
    /// Why (required; kept in the store and the audit log, never in decision answers).
    #[schema(max_length = 2_000)]
    reason: String,
    /// When it stops by itself, RFC 3339, in the future; absent: until withdrawn.
    #[serde(default)]
    #[schema(format = DateTime)]
    expires_at: Option<String>,
}

fn check_reason(reason: &str) -> Result<(), String> {
    if reason.trim().is_empty() {
        return Err("a reason is required".into());
    }
    if reason.len() > MAX_REASON_BYTES {
        return Err(format!(
            "reason of {} bytes exceeds the {MAX_REASON_BYTES}-byte cap",
            reason.len()
        ));
    }
    Ok(())
}

/// Sets an analyst override: stored, audited, and in force at once.
///
/// In force on every decision route, the guardrail and ext_authz as soon as it is answered;
/// `201` with it.
#[utoipa::path(
    post,
    path = "/v1/overrides",
    tag = "analyst",
    security(("bearer" = ["analyst"])),
    request_body = OverrideIn,
    responses(
        (status = 201, description = "the override set", body = OverrideOut),
        (status = 400, description = "bad target, id, action, reason or expires_at",
            body = crate::api::ErrorOut),
        (status = 404, description = "no such cluster", body = crate::api::ErrorOut),
        (status = 409, description = "too many overrides in force", body = crate::api::ErrorOut),
        (status = 413, description = "body over 16 KiB"),
        (status = 401, response = crate::openapi::Unauthorized),
        (status = 403, response = crate::openapi::Forbidden),
        (status = 503, response = crate::openapi::StoreDown),
    )
)]
pub(crate) async fn post_override(
    State(app): State<Arc<App>>,
    Extension(caller): Extension<Caller>,
    body: Result<Json<OverrideIn>, JsonRejection>,
) -> Response {
    let req = match body {
        Ok(Json(r)) => r,
        Err(e) => return error(e.status(), e.body_text()),
    };
    let Some(target) = Target::from_name(&req.target) else {
        return error(
            StatusCode::BAD_REQUEST,
            "target must be `account` or `cluster`",
        );
    };
    if action_from_name(&req.action).is_none() {
        return error(
            StatusCode::BAD_REQUEST,
            "action must be allow, block, throttle or review",
        );
    }
    match target {
        Target::Account => {
            if let Err(e) = check_id(&req.id) {
                return error(StatusCode::BAD_REQUEST, e);
            }
        }
        Target::Cluster => {
            if let Err(e) = check_cluster_id(&req.id) {
                return error(StatusCode::BAD_REQUEST, e);
            }
        }
    }
    if let Err(e) = check_reason(&req.reason) {
        return error(StatusCode::BAD_REQUEST, e);
    }
    let now = now_ms();
    let expires_at = match req.expires_at.as_deref() {
        None => None,
        Some(t) => match chrono::DateTime::parse_from_rfc3339(t) {
            Ok(t) if t.timestamp_millis() > now => Some(t.timestamp_millis()),
            Ok(_) => return error(StatusCode::BAD_REQUEST, "expires_at is not in the future"),
            Err(_) => {
                return error(
                    StatusCode::BAD_REQUEST,
                    "expires_at must be an RFC 3339 timestamp",
                )
            }
        },
    };
    if target == Target::Cluster {
        // A cluster override names a cluster the analyst has seen: refuse a mistyped id rather
        // than store an override that never applies.
        let all = match clusters(&app).await {
            Ok(c) => c,
            Err(r) => return r,
        };
        if !all.iter().any(|c| c.cluster_id == req.id) {
            return error(
                StatusCode::NOT_FOUND,
                "no such cluster at the latest re-link",
            );
        }
    }
    // Changes and re-reads take turns, so a re-read never drops a change it did not see.
    let _turn = app.override_turn.lock().await;
    if app.overrides.len() >= MAX_LIVE_OVERRIDES {
        return error(
            StatusCode::CONFLICT,
            format!("{MAX_LIVE_OVERRIDES} overrides are in force already; withdraw some first"),
        );
    }
    let new = NewOverride {
        target: target.name().into(),
        target_id: req.id,
        action: req.action,
        reason: req.reason,
        created_by: caller.name.to_string(),
        created_at: now,
        expires_at,
    };
    let row = match app.store.create_override(&new).await {
        Ok(r) => r,
        Err(e) => {
            warn!(error = %e, "storing an override failed");
            return retry_later(
                StatusCode::SERVICE_UNAVAILABLE,
                "the store is unavailable; the override was not set",
            );
        }
    };
    if let Some(o) = Override::from_row(&row) {
        app.overrides.add(o);
    }
    drop(_turn);
    // What the override is set on now: an allow-listed account already in a flagged cluster,
    // and the members later growth is measured from.
    crate::alerts::check_now(&app).await;
    info!(id = row.id, by = %caller.name, "analyst override set");
    (StatusCode::CREATED, Json(OverrideOut::new(row, now))).into_response()
}

/// The query of `GET /v1/overrides`.
#[derive(Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub(crate) struct OverrideQuery {
    /// `active` (default: those in force) or `all` (every one ever set).
    state: Option<String>,
    /// The last id of the previous page.
    #[param(minimum = 0)]
    after: Option<i64>,
    /// Rows per page (default 100, at most 1,000).
    #[param(minimum = 1, maximum = 1_000)]
    limit: Option<usize>,
}

/// A page of overrides.
#[derive(Serialize, ToSchema)]
pub(crate) struct OverrideList {
    /// The overrides of this page, by id.
    overrides: Vec<OverrideOut>,
    /// The `after` of the next page, if any.
    next_after: Option<i64>,
}

/// Overrides in force (`state=all`: every one ever set), by id.
#[utoipa::path(
    get,
    path = "/v1/overrides",
    tag = "analyst",
    security(("bearer" = ["analyst"])),
    params(OverrideQuery),
    responses(
        (status = 200, description = "a page of overrides", body = OverrideList),
        (status = 400, description = "bad query", body = crate::api::ErrorOut),
        (status = 401, response = crate::openapi::Unauthorized),
        (status = 403, response = crate::openapi::Forbidden),
        (status = 503, response = crate::openapi::StoreDown),
    )
)]
pub(crate) async fn list_overrides(
    State(app): State<Arc<App>>,
    q: Result<Query<OverrideQuery>, QueryRejection>,
) -> Response {
    let Query(q) = match q {
        Ok(q) => q,
        Err(e) => return bad_query(e),
    };
    let now = now_ms();
    let active = match q.state.as_deref() {
        None | Some("active") => Some(now),
        Some("all") => None,
        Some(_) => return error(StatusCode::BAD_REQUEST, "state must be `active` or `all`"),
    };
    let limit = page_size(q.limit);
    match app
        .store
        .overrides(q.after.unwrap_or(0), limit, active)
        .await
    {
        Ok(rows) => {
            let next_after = (rows.len() == limit)
                .then(|| rows.last().map(|r| r.id))
                .flatten();
            Json(OverrideList {
                overrides: rows.into_iter().map(|r| OverrideOut::new(r, now)).collect(),
                next_after,
            })
            .into_response()
        }
        Err(e) => {
            warn!(error = %e, "reading overrides failed");
            retry_later(StatusCode::SERVICE_UNAVAILABLE, "the store is unavailable")
        }
    }
}

/// The query of `DELETE /v1/overrides/{id}`.
#[derive(Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub(crate) struct WithdrawQuery {
    /// Why it is withdrawn (kept with the row and in the audit log).
    #[param(max_length = 2_000)]
    reason: Option<String>,
}

/// Withdraws an override: the row is kept, marked revoked, and the withdrawal audited.
///
/// `200` with it, `404` unknown, `409` withdrawn already.
#[utoipa::path(
    delete,
    path = "/v1/overrides/{id}",
    tag = "analyst",
    security(("bearer" = ["analyst"])),
    params(("id" = i64, Path, description = "the override's number"), WithdrawQuery),
    responses(
        (status = 200, description = "the withdrawn override", body = OverrideOut),
        (status = 204, description = "withdrawn, but the store could not be read back"),
        (status = 400, description = "bad query, or a reason over 2,000 bytes",
            body = crate::api::ErrorOut),
        (status = 404, description = "no such override", body = crate::api::ErrorOut),
        (status = 409, description = "withdrawn already", body = crate::api::ErrorOut),
        (status = 401, response = crate::openapi::Unauthorized),
        (status = 403, response = crate::openapi::Forbidden),
        (status = 503, response = crate::openapi::StoreDown),
    )
)]
pub(crate) async fn delete_override(
    State(app): State<Arc<App>>,
    Extension(caller): Extension<Caller>,
    Path(id): Path<i64>,
    q: Result<Query<WithdrawQuery>, QueryRejection>,
) -> Response {
    let Query(q) = match q {
        Ok(q) => q,
        Err(e) => return bad_query(e),
    };
    let reason = q.reason.unwrap_or_default();
    if reason.len() > MAX_REASON_BYTES {
        return error(
            StatusCode::BAD_REQUEST,
            format!("reason exceeds the {MAX_REASON_BYTES}-byte cap"),
        );
    }
    let now = now_ms();
    let _turn = app.override_turn.lock().await;
    match app
        .store
        .revoke_override(id, now, &caller.name, &reason)
        .await
    {
        Ok(Some(true)) => {
            app.overrides.remove(id);
            info!(id, by = %caller.name, "analyst override withdrawn");
            match app.store.overrides(id.saturating_sub(1), 1, None).await {
                Ok(rows) => match rows.into_iter().next() {
                    Some(r) => Json(OverrideOut::new(r, now)).into_response(),
                    None => error(StatusCode::NOT_FOUND, "no such override"),
                },
                Err(_) => StatusCode::NO_CONTENT.into_response(),
            }
        }
        Ok(Some(false)) => error(StatusCode::CONFLICT, "this override was withdrawn already"),
        Ok(None) => error(StatusCode::NOT_FOUND, "no such override"),
        Err(e) => {
            warn!(error = %e, "withdrawing an override failed");
            retry_later(
                StatusCode::SERVICE_UNAVAILABLE,
                "the store is unavailable; the override is still in force",
            )
        }
    }
}
