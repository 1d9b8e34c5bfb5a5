//! The `analyst` role's routes: clusters and accounts with their evidence, read from the live
//! detector (the shapes of `clusters.jsonl` and `accounts.jsonl`) here; analyst overrides with
//! expiry in `overrides.rs`, the append-only audit log in `audit.rs`.

pub(crate) mod alerts;
pub(crate) mod audit;
mod evidence;
pub(crate) mod overrides;

pub(crate) use alerts::get_alerts;
pub(crate) use audit::get_audit;
pub(crate) use overrides::{delete_override, list_overrides, post_override};

use std::collections::BTreeMap;
use std::sync::Arc;

use axum::extract::rejection::QueryRejection;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::Json;
use dg_model::{ClusterFinding, ClusterLink, Decision, Explanation, Timestamp};
use serde::{Deserialize, Serialize};
use tracing::warn;
use utoipa::{IntoParams, ToSchema};

use crate::api::{check_id, decision_of, error, now_rfc3339, DecisionOut};
use crate::overrides::{action_from_name, Override};
use crate::App;

/// Largest `POST /v1/overrides` body.
pub(crate) const MAX_OVERRIDE_BODY: usize = 16 << 10;

/// Longest override or withdrawal reason, in bytes.
pub(crate) const MAX_REASON_BYTES: usize = 2_000;

/// Most overrides in force at once: each is held in memory and consulted by every decision.
pub(crate) const MAX_LIVE_OVERRIDES: usize = 100_000;

/// Rows per page when the client gives no `limit`, and the most whatever it asks.
const PAGE: usize = 100;
const MAX_PAGE: usize = 1_000;

/// The wall clock, epoch ms.
pub(crate) fn now_ms() -> i64 {
    chrono::Utc::now().timestamp_millis()
}

/// Rows of one page: the client's `limit`, within 1 and [`MAX_PAGE`].
pub(crate) fn page_size(limit: Option<usize>) -> usize {
    limit.unwrap_or(PAGE).clamp(1, MAX_PAGE)
}

/// A query string that does not parse (unknown key, a number that is not one): 400.
pub(crate) fn bad_query(e: QueryRejection) -> Response {
    error(StatusCode::BAD_REQUEST, e.body_text())
}

/// The detector's clusters now (cached until the next fold), off the async workers: the
/// detector's lock may be held by a fold.
pub(crate) async fn clusters(app: &Arc<App>) -> Result<Arc<Vec<ClusterFinding>>, Response> {
    let a = Arc::clone(app);
    crate::work::run("dg-analyst", app.limits.work(), move || {
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

/// The query of `GET /v1/clusters`.
#[derive(Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub(crate) struct ClusterQuery {
    /// Rows per page (default 100, at most 1,000).
    #[param(minimum = 1, maximum = 1_000)]
    limit: Option<usize>,
    /// Rows to skip.
    #[param(minimum = 0)]
    offset: Option<usize>,
    /// Only clusters with this decision (after overrides).
    #[param(value_type = Option<crate::openapi::Decision>)]
    decision: Option<String>,
}

/// One cluster in the list.
#[derive(Serialize, ToSchema)]
pub(crate) struct ClusterSummary {
    /// The cluster's id.
    cluster_id: String,
    /// Its member accounts.
    size: usize,
    /// Its score.
    score: f64,
    /// Its decision, after a cluster override.
    #[schema(value_type = crate::openapi::Decision)]
    decision: Decision,
    /// The detector's own decision, present only when an override replaced it.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schema(value_type = Option<crate::openapi::Decision>)]
    detector_decision: Option<Decision>,
    /// The cluster override that decided, present only if one did.
    #[serde(rename = "override", skip_serializing_if = "Option::is_none")]
    #[schema(value_type = Option<Override>)]
    overridden_by: Option<Arc<Override>>,
    /// Event time of its first request.
    #[schema(value_type = String, format = DateTime)]
    first_seen: Timestamp,
    /// Event time of its last request.
    #[schema(value_type = String, format = DateTime)]
    last_seen: Timestamp,
    /// Its requests.
    requests: u64,
}

/// A page of `GET /v1/clusters`.
#[derive(Serialize, ToSchema)]
pub(crate) struct ClusterList {
    /// The clusters of this page.
    clusters: Vec<ClusterSummary>,
    /// Clusters matching the filter.
    total: usize,
    /// The `offset` of the next page, if any.
    next_offset: Option<usize>,
    /// The detector's clock (event time of the newest folded event).
    #[schema(value_type = Option<String>, format = DateTime)]
    as_of: Option<Timestamp>,
    /// The policy in force, as decisions name it.
    #[schema(value_type = String)]
    policy_version: Arc<str>,
}

/// The clusters of the latest re-link, by score descending then id.
#[utoipa::path(
    get,
    path = "/v1/clusters",
    tag = "analyst",
    security(("bearer" = ["analyst"])),
    params(ClusterQuery),
    responses(
        (status = 200, description = "a page of clusters", body = ClusterList),
        (status = 400, description = "bad query", body = crate::api::ErrorOut),
        (status = 401, response = crate::openapi::Unauthorized),
        (status = 403, response = crate::openapi::Forbidden),
    )
)]
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
#[derive(Serialize, ToSchema)]
pub(crate) struct Member {
    /// The account.
    account_id: String,
    /// Its decision, as the decision routes give it.
    #[schema(value_type = crate::openapi::Decision)]
    decision: Decision,
    /// Its score.
    score: f64,
    /// Event time at which its decision first left `allow`.
    #[schema(value_type = Option<String>, format = DateTime)]
    first_flagged_at: Option<Timestamp>,
    /// Its reason codes, strongest first.
    reasons: Vec<String>,
}

/// How many members carry a reason, and its mean weight among them.
#[derive(Serialize, ToSchema)]
pub(crate) struct ReasonSummary {
    /// The reason code.
    code: String,
    /// Members that carry it.
    accounts: usize,
    /// Its mean weight among them.
    mean_weight: f64,
}

/// The answer of `GET /v1/clusters/{cluster_id}`: a line of `clusters.jsonl` (its `decision`
/// after a cluster override) and what the analyst needs beside it.
#[derive(Serialize, ToSchema)]
pub(crate) struct ClusterDetail {
    /// The cluster, as `clusters.jsonl` states it.
    #[serde(flatten)]
    #[schema(value_type = crate::openapi::Cluster)]
    cluster: ClusterFinding,
    /// The detector's own decision, present only when an override replaced it.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schema(value_type = Option<crate::openapi::Decision>)]
    detector_decision: Option<Decision>,
    /// The cluster override that decided, present only if one did.
    #[serde(rename = "override", skip_serializing_if = "Option::is_none")]
    #[schema(value_type = Option<Override>)]
    overridden_by: Option<Arc<Override>>,
    /// Every override in force on the cluster, newest first.
    #[schema(value_type = Vec<Override>)]
    overrides: Vec<Arc<Override>>,
    /// Its members' decisions.
    members: Vec<Member>,
    /// The reasons the members carry, most common first.
    reasons: Vec<ReasonSummary>,
    /// The detector's clock (event time of the newest folded event).
    #[schema(value_type = Option<String>, format = DateTime)]
    as_of: Option<Timestamp>,
    /// The policy in force, as decisions name it.
    #[schema(value_type = String)]
    policy_version: Arc<str>,
}

pub(crate) fn check_cluster_id(id: &str) -> Result<(), String> {
    if id.is_empty() || id.len() > dg_ingest::events::MAX_ID_BYTES {
        return Err("empty or over-long cluster id".into());
    }
    Ok(())
}

/// One cluster: members, link evidence, shared reasons, overrides.
///
/// The cluster as `clusters.jsonl` states it (members, link evidence, capabilities), with its
/// members' decisions and the reasons they share.
#[utoipa::path(
    get,
    path = "/v1/clusters/{cluster_id}",
    tag = "analyst",
    security(("bearer" = ["analyst"])),
    params(("cluster_id" = String, Path, description = "the cluster (at most 256 bytes)")),
    responses(
        (status = 200, description = "the cluster", body = ClusterDetail),
        (status = 400, description = "empty or over-long id", body = crate::api::ErrorOut),
        (status = 401, response = crate::openapi::Unauthorized),
        (status = 403, response = crate::openapi::Forbidden),
        (status = 404, description = "no such cluster at the latest re-link",
            body = crate::api::ErrorOut),
    )
)]
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
#[derive(Serialize, ToSchema)]
pub(crate) struct ClusterBrief {
    /// The cluster's id.
    cluster_id: String,
    /// Its member accounts.
    size: usize,
    /// Its score.
    score: f64,
    /// Its decision (the detector's).
    #[schema(value_type = crate::openapi::Decision)]
    decision: Decision,
    /// The evidence that links its members.
    #[schema(value_type = Vec<crate::openapi::ClusterLink>)]
    links: Vec<ClusterLink>,
}

/// The answer of `GET /v1/accounts/{account_id}`: the decision answer and the evidence.
#[derive(Serialize, ToSchema)]
pub(crate) struct AccountDetail {
    /// The decision, as the decision routes give it.
    #[serde(flatten)]
    decision: DecisionOut,
    /// What reproduces the score by hand, as the detector holds it now (`accounts.jsonl`'s
    /// `explain`: bias, logit, families, counted families, signals).
    #[schema(value_type = Option<Object>)]
    explain: Option<Explanation>,
    /// The account's cluster, if it is in one.
    cluster: Option<ClusterBrief>,
    /// Every override in force on the account or its cluster, the deciding one first.
    #[schema(value_type = Vec<Override>)]
    overrides: Vec<Arc<Override>>,
    /// How much of the account's event log was read for the sample request ids in
    /// `reasons[].evidence`; `null` when the store could not be read (then no samples).
    evidence_read: Option<evidence::EvidenceRead>,
}

/// One account: its decision with the evidence behind it.
///
/// The decision as the decision routes give it, the score's explanation, up to three sample
/// request ids behind each request-level reason (read from the event log), its cluster's link
/// evidence, and the overrides in force.
#[utoipa::path(
    get,
    path = "/v1/accounts/{account_id}",
    tag = "analyst",
    security(("bearer" = ["analyst"])),
    params(("account_id" = String, Path, description = "the account (at most 256 bytes)")),
    responses(
        (status = 200, description = "the account", body = AccountDetail),
        (status = 400, description = "empty or over-long id", body = crate::api::ErrorOut),
        (status = 401, response = crate::openapi::Unauthorized),
        (status = 403, response = crate::openapi::Forbidden),
    )
)]
pub(crate) async fn get_account(State(app): State<Arc<App>>, Path(id): Path<String>) -> Response {
    if let Err(e) = check_id(&id) {
        return error(StatusCode::BAD_REQUEST, e);
    }
    let d = decision_of(&app, &id, &now_rfc3339());
    let a = Arc::clone(&app);
    let acct = id.clone();
    let read = crate::work::run("dg-analyst", app.limits.work(), move || {
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
    // Sample request ids behind the request-level reasons, from the account's stored events
    // (as `accounts.jsonl` has them): the store and a work thread, never the decision path.
    let mut d = d;
    let codes: Vec<String> = d.reasons.iter().map(|r| r.code.clone()).collect();
    let evidence_read = match evidence::samples(&app, &id, &codes).await {
        Ok(s) => {
            for r in &mut d.reasons {
                if let Some((_, ids)) = s.by_code.iter().find(|(c, _)| *c == r.code) {
                    r.evidence = ids.clone();
                }
            }
            Some(s.read)
        }
        Err(e) => {
            warn!(error = %e, "reading an account's sample requests failed");
            None
        }
    };
    Json(AccountDetail {
        decision: d,
        explain,
        cluster,
        overrides,
        evidence_read,
    })
    .into_response()
}
