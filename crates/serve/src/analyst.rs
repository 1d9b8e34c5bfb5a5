//! The `analyst` role's routes: clusters and accounts with their evidence, read from the live
//! detector (the shapes of `clusters.jsonl` and `accounts.jsonl`), analyst overrides with
//! expiry, and the append-only audit log.

use std::collections::BTreeMap;
use std::sync::Arc;

use axum::extract::rejection::{JsonRejection, QueryRejection};
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::{Extension, Json};
use dg_model::{ClusterFinding, ClusterLink, Decision, Explanation, Timestamp};
use serde::{Deserialize, Serialize};
use tracing::{info, warn};

use crate::api::{check_id, decision_of, error, now_rfc3339, retry_later, DecisionOut};
use crate::auth::Caller;
use crate::overrides::{action_from_name, Override, Target};
use crate::store::{rfc3339_ms, NewOverride, OverrideRow};
use crate::App;

/// Largest `POST /v1/overrides` body.
pub(crate) const MAX_OVERRIDE_BODY: usize = 16 << 10;

/// Longest override or withdrawal reason, in bytes.
const MAX_REASON_BYTES: usize = 2_000;

/// Most overrides in force at once: each is held in memory and consulted by every decision.
pub(crate) const MAX_LIVE_OVERRIDES: usize = 100_000;

/// Rows per page when the client gives no `limit`, and the most whatever it asks.
const PAGE: usize = 100;
const MAX_PAGE: usize = 1_000;

/// The wall clock, epoch ms.
pub(crate) fn now_ms() -> i64 {
    chrono::Utc::now().timestamp_millis()
}

fn page_size(limit: Option<usize>) -> usize {
    limit.unwrap_or(PAGE).clamp(1, MAX_PAGE)
}

fn bad_query(e: QueryRejection) -> Response {
    error(StatusCode::BAD_REQUEST, e.body_text())
}

/// The detector's clusters now (cached until the next fold), off the async workers: the
/// detector's lock may be held by a fold.
async fn clusters(app: &Arc<App>) -> Result<Arc<Vec<ClusterFinding>>, Response> {
    let a = Arc::clone(app);
    crate::work::run("dg-analyst", app.limits.work_nice, move || {
        a.engine_mut().clusters()
    })
    .await
    .map_err(|_| {
        error(
            StatusCode::INTERNAL_SERVER_ERROR,
            "reading the clusters failed",
        )
    })
}

/// The decision a cluster override sets over the detector's, if one is in force.
fn cluster_decision(app: &App, c: &ClusterFinding, now: i64) -> (Decision, Option<Arc<Override>>) {
    match app
        .overrides
        .on_cluster(&c.cluster_id, now)
        .into_iter()
        .next()
    {
        Some(o) => (o.action, Some(o)),
        None => (c.decision, None),
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct ClusterQuery {
    limit: Option<usize>,
    offset: Option<usize>,
    /// Only clusters with this decision (after overrides).
    decision: Option<String>,
}

/// One cluster in the list.
#[derive(Serialize)]
struct ClusterSummary {
    cluster_id: String,
    size: usize,
    score: f64,
    decision: Decision,
    #[serde(skip_serializing_if = "Option::is_none")]
    detector_decision: Option<Decision>,
    #[serde(rename = "override", skip_serializing_if = "Option::is_none")]
    overridden_by: Option<Arc<Override>>,
    first_seen: Timestamp,
    last_seen: Timestamp,
    requests: u64,
}

#[derive(Serialize)]
struct ClusterList {
    clusters: Vec<ClusterSummary>,
    /// Clusters matching the filter.
    total: usize,
    /// The `offset` of the next page, if any.
    next_offset: Option<usize>,
    as_of: Option<Timestamp>,
    policy_version: Arc<str>,
}

/// `GET /v1/clusters`: the clusters of the latest re-link, by score descending then id.
pub(crate) async fn list_clusters(
    State(app): State<Arc<App>>,
    q: Result<Query<ClusterQuery>, QueryRejection>,
) -> Response {
    let Query(q) = match q {
        Ok(q) => q,
        Err(e) => return bad_query(e),
    };
    let want = match q.decision.as_deref().map(action_from_name) {
        None => None,
        Some(Some(d)) => Some(d),
        Some(None) => {
            return error(
                StatusCode::BAD_REQUEST,
                "decision must be allow, review, throttle or block",
            )
        }
    };
    let all = match clusters(&app).await {
        Ok(c) => c,
        Err(r) => return r,
    };
    let now = now_ms();
    let matching: Vec<ClusterSummary> = all
        .iter()
        .filter_map(|c| {
            let (decision, o) = cluster_decision(&app, c, now);
            if want.is_some_and(|w| w != decision) {
                return None;
            }
            Some(ClusterSummary {
                cluster_id: c.cluster_id.clone(),
                size: c.accounts.len(),
                score: c.score,
                decision,
                detector_decision: o.as_ref().map(|_| c.decision),
                overridden_by: o,
                first_seen: c.first_seen,
                last_seen: c.last_seen,
                requests: c.requests,
            })
        })
        .collect();
    let total = matching.len();
    let offset = q.offset.unwrap_or(0).min(total);
    let limit = page_size(q.limit);
    let clusters: Vec<ClusterSummary> = matching.into_iter().skip(offset).take(limit).collect();
    let next = offset + clusters.len();
    Json(ClusterList {
        clusters,
        total,
        next_offset: (next < total).then_some(next),
        as_of: app.board.counts().as_of,
        policy_version: Arc::clone(&app.policy_version),
    })
    .into_response()
}

/// A member of a cluster, as the decisions give it.
#[derive(Serialize)]
struct Member {
    account_id: String,
    decision: Decision,
    score: f64,
    first_flagged_at: Option<Timestamp>,
    /// Its reason codes, strongest first.
    reasons: Vec<String>,
}

/// How many members carry a reason, and its mean weight among them.
#[derive(Serialize)]
struct ReasonSummary {
    code: String,
    accounts: usize,
    mean_weight: f64,
}

#[derive(Serialize)]
struct ClusterDetail {
    #[serde(flatten)]
    cluster: ClusterFinding,
    #[serde(skip_serializing_if = "Option::is_none")]
    detector_decision: Option<Decision>,
    #[serde(rename = "override", skip_serializing_if = "Option::is_none")]
    overridden_by: Option<Arc<Override>>,
    /// Every override in force on the cluster, newest first.
    overrides: Vec<Arc<Override>>,
    members: Vec<Member>,
    reasons: Vec<ReasonSummary>,
    as_of: Option<Timestamp>,
    policy_version: Arc<str>,
}

fn check_cluster_id(id: &str) -> Result<(), String> {
    if id.is_empty() || id.len() > dg_ingest::events::MAX_ID_BYTES {
        return Err("empty or over-long cluster id".into());
    }
    Ok(())
}

/// `GET /v1/clusters/{id}`: a cluster as `clusters.jsonl` states it (members, link evidence,
/// capabilities), with its members' decisions and the reasons they share.
pub(crate) async fn get_cluster(State(app): State<Arc<App>>, Path(id): Path<String>) -> Response {
    if let Err(e) = check_cluster_id(&id) {
        return error(StatusCode::BAD_REQUEST, e);
    }
    let all = match clusters(&app).await {
        Ok(c) => c,
        Err(r) => return r,
    };
    let Some(c) = all.iter().find(|c| c.cluster_id == id) else {
        return error(
            StatusCode::NOT_FOUND,
            "no such cluster at the latest re-link",
        );
    };
    let now_text = now_rfc3339();
    let now = now_ms();
    let mut codes: BTreeMap<String, (usize, f64)> = BTreeMap::new();
    let members: Vec<Member> = c
        .accounts
        .iter()
        .map(|a| {
            let d = decision_of(&app, a, &now_text);
            for r in &d.reasons {
                let e = codes.entry(r.code.clone()).or_default();
                e.0 += 1;
                e.1 += r.weight;
            }
            Member {
                account_id: d.account_id,
                decision: d.decision,
                score: d.score,
                first_flagged_at: d.first_flagged_at,
                reasons: d.reasons.into_iter().map(|r| r.code).collect(),
            }
        })
        .collect();
    let mut reasons: Vec<ReasonSummary> = codes
        .into_iter()
        .map(|(code, (n, w))| ReasonSummary {
            code,
            accounts: n,
            mean_weight: (w / n.max(1) as f64 * 1000.0).round() / 1000.0,
        })
        .collect();
    reasons.sort_by(|a, b| {
        b.accounts
            .cmp(&a.accounts)
            .then_with(|| a.code.cmp(&b.code))
    });
    let (decision, o) = cluster_decision(&app, c, now);
    let mut cluster = c.clone();
    let detector_decision = o.as_ref().map(|_| cluster.decision);
    cluster.decision = decision;
    Json(ClusterDetail {
        cluster,
        detector_decision,
        overridden_by: o,
        overrides: app.overrides.on_cluster(&id, now),
        members,
        reasons,
        as_of: app.board.counts().as_of,
        policy_version: Arc::clone(&app.policy_version),
    })
    .into_response()
}

/// The cluster an account belongs to, in short.
#[derive(Serialize)]
struct ClusterBrief {
    cluster_id: String,
    size: usize,
    score: f64,
    decision: Decision,
    links: Vec<ClusterLink>,
}

#[derive(Serialize)]
struct AccountDetail {
    #[serde(flatten)]
    decision: DecisionOut,
    /// What reproduces the score by hand, as the detector holds it now.
    explain: Option<Explanation>,
    cluster: Option<ClusterBrief>,
    /// Every override in force on the account or its cluster, the deciding one first.
    overrides: Vec<Arc<Override>>,
}

/// `GET /v1/accounts/{id}`: the account's decision as the decision routes give it, with the
/// score's explanation, its cluster's link evidence and the overrides in force.
pub(crate) async fn get_account(State(app): State<Arc<App>>, Path(id): Path<String>) -> Response {
    if let Err(e) = check_id(&id) {
        return error(StatusCode::BAD_REQUEST, e);
    }
    let d = decision_of(&app, &id, &now_rfc3339());
    let a = Arc::clone(&app);
    let acct = id.clone();
    let read = crate::work::run("dg-analyst", app.limits.work_nice, move || {
        let mut engine = a.engine_mut();
        let explain = engine.finding(&acct).and_then(|f| f.explain);
        (explain, engine.clusters())
    })
    .await;
    let Ok((explain, all)) = read else {
        return error(
            StatusCode::INTERNAL_SERVER_ERROR,
            "reading the detector failed",
        );
    };
    let cluster = d.cluster_id.as_deref().and_then(|cid| {
        all.iter()
            .find(|c| c.cluster_id == cid)
            .map(|c| ClusterBrief {
                cluster_id: c.cluster_id.clone(),
                size: c.accounts.len(),
                score: c.score,
                decision: c.decision,
                links: c.links.clone(),
            })
    });
    let overrides = app
        .overrides
        .applying(&id, d.cluster_id.as_deref(), now_ms());
    Json(AccountDetail {
        decision: d,
        explain,
        cluster,
        overrides,
    })
    .into_response()
}

/// An override as the analyst routes give it (with its reason and state).
#[derive(Serialize)]
struct OverrideOut {
    id: i64,
    target: String,
    target_id: String,
    action: String,
    reason: String,
    created_by: String,
    created_at: String,
    expires_at: Option<String>,
    revoked_at: Option<String>,
    revoked_by: Option<String>,
    revoke_reason: Option<String>,
    /// `active`, `expired` or `revoked`.
    state: &'static str,
}

impl OverrideOut {
    fn new(r: OverrideRow, now: i64) -> Self {
        let state = if r.revoked_at.is_some() {
            "revoked"
        } else if r.expires_at.is_some_and(|t| t <= now) {
            "expired"
        } else {
            "active"
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

/// `POST /v1/overrides`.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct OverrideIn {
    target: String,
    id: String,
    action: String,
    reason: String,
    #[serde(default)]
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

/// `POST /v1/overrides`: sets an override (stored, audited, in force at once); `201` with it.
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
    info!(id = row.id, by = %caller.name, "analyst override set");
    (StatusCode::CREATED, Json(OverrideOut::new(row, now))).into_response()
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct OverrideQuery {
    /// `active` (default) or `all`.
    state: Option<String>,
    after: Option<i64>,
    limit: Option<usize>,
}

#[derive(Serialize)]
struct OverrideList {
    overrides: Vec<OverrideOut>,
    /// The `after` of the next page, if any.
    next_after: Option<i64>,
}

/// `GET /v1/overrides`: the overrides in force (`state=all`: every one ever set), by number.
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

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct WithdrawQuery {
    reason: Option<String>,
}

/// `DELETE /v1/overrides/{id}`: withdraws an override (the row is kept, marked withdrawn,
/// and the withdrawal is audited); `200` with it, `404` unknown, `409` withdrawn already.
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
            match app.store.overrides(id - 1, 1, None).await {
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
