//! The HTTP routes.

use std::sync::atomic::Ordering::Relaxed;
use std::sync::Arc;

use axum::body::Body;
use axum::extract::{DefaultBodyLimit, Path, State};
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use dg_model::{AccountFinding, Decision, Reason, Timestamp};
use serde::{Deserialize, Serialize};
use tracing::warn;

use crate::body::{self, BodyError};
use crate::engine::{check_line, Checked};
use crate::store::{AccountRow, EventRow};
use crate::{replay, App};

/// Seconds a client is asked to wait after a 429 or 503.
const RETRY_AFTER_SECS: &str = "1";

/// Largest `POST /v1/decisions:batch` body.
const MAX_BATCH_BODY: usize = 4 << 20;

pub(crate) fn router(app: Arc<App>) -> Router {
    Router::new()
        .route("/healthz", get(healthz))
        .route("/readyz", get(readyz))
        .route("/metrics", get(metrics))
        .route("/v1/status", get(status))
        .route("/v1/events", post(post_events))
        .route("/v1/accounts", post(post_accounts))
        .route("/v1/decisions/{account_id}", get(get_decision))
        .route(
            "/v1/decisions:batch",
            post(post_batch).layer(DefaultBodyLimit::max(MAX_BATCH_BODY)),
        )
        .with_state(app)
}

/// A JSON error answer: `{"error": "..."}`.
fn error(status: StatusCode, msg: impl Into<String>) -> Response {
    #[derive(Serialize)]
    struct E {
        error: String,
    }
    (status, Json(E { error: msg.into() })).into_response()
}

/// 429 or 503 with `Retry-After`.
fn retry_later(status: StatusCode, msg: &str) -> Response {
    let mut r = error(status, msg);
    r.headers_mut().insert(
        header::RETRY_AFTER,
        HeaderValue::from_static(RETRY_AFTER_SECS),
    );
    r
}

fn body_error(e: BodyError) -> Response {
    let status = match e {
        BodyError::TooLarge(_) => StatusCode::PAYLOAD_TOO_LARGE,
        BodyError::Encoding(_) => StatusCode::UNSUPPORTED_MEDIA_TYPE,
        BodyError::Bad(_) => StatusCode::BAD_REQUEST,
    };
    error(status, e.to_string())
}

async fn healthz() -> &'static str {
    "ok\n"
}

async fn readyz(State(app): State<Arc<App>>) -> Response {
    if app.ready.load(Relaxed) && app.store.ping().await {
        (StatusCode::OK, "ready\n").into_response()
    } else {
        (StatusCode::SERVICE_UNAVAILABLE, "not ready\n").into_response()
    }
}

async fn metrics(State(app): State<Arc<App>>) -> Response {
    let (folded, held, accounts) = {
        let e = app.engine();
        (e.folded(), e.held(), e.accounts())
    };
    let text = app.metrics.render(&[
        (
            "distillguard_events_folded",
            "Accepted events folded into the detector.",
            folded as f64,
        ),
        (
            "distillguard_events_held",
            "Accepted events held by the reorder window.",
            held as f64,
        ),
        (
            "distillguard_accounts",
            "Accounts the detector has seen.",
            accounts as f64,
        ),
        (
            "distillguard_ingest_slots_free",
            "Ingest requests that could start now.",
            app.slots.available_permits() as f64,
        ),
    ]);
    (
        [(
            header::CONTENT_TYPE,
            HeaderValue::from_static("text/plain; version=0.0.4"),
        )],
        text,
    )
        .into_response()
}

#[derive(Serialize)]
struct StatusOut {
    backend: &'static str,
    events_folded: u64,
    events_held: usize,
    accounts: usize,
    as_of: Option<Timestamp>,
}

async fn status(State(app): State<Arc<App>>) -> Json<StatusOut> {
    let e = app.engine();
    Json(StatusOut {
        backend: app.store.backend(),
        events_folded: e.folded(),
        events_held: e.held(),
        accounts: e.accounts(),
        as_of: e.as_of(),
    })
}

/// One rejected line of an ingest body.
#[derive(Serialize)]
struct LineError {
    line: u64,
    error: String,
}

#[derive(Serialize)]
struct IngestOut {
    accepted: u64,
    rejected: u64,
    duplicates: u64,
    errors: Vec<LineError>,
}

/// Validation of a whole body: the lines that passed and the rejections (all counted, the
/// first `max_listed` kept).
struct Validated<T> {
    ok: Vec<T>,
    rejected: u64,
    errors: Vec<LineError>,
}

fn validate<T>(
    bytes: &[u8],
    cap: usize,
    max_listed: usize,
    mut check: impl FnMut(&[u8], u64) -> Result<T, String>,
) -> Validated<T> {
    let mut v = Validated {
        ok: Vec::new(),
        rejected: 0,
        errors: Vec::new(),
    };
    for (n, line) in body::lines(bytes, cap) {
        match line.and_then(|l| check(l, n)) {
            Ok(t) => v.ok.push(t),
            Err(error) => {
                v.rejected += 1;
                if v.errors.len() < max_listed {
                    v.errors.push(LineError { line: n, error });
                }
            }
        }
    }
    v
}

async fn post_events(State(app): State<Arc<App>>, headers: HeaderMap, body: Body) -> Response {
    let Ok(_slot) = Arc::clone(&app.slots).try_acquire_owned() else {
        app.metrics.ingest_throttled.fetch_add(1, Relaxed);
        return retry_later(StatusCode::TOO_MANY_REQUESTS, "ingest is busy; retry later");
    };
    let l = &app.limits;
    let bytes = match body::read(&headers, body, l.max_body_bytes, l.max_inflated_bytes).await {
        Ok(b) => b,
        Err(e) => return body_error(e),
    };
    let cap = app.setup.policy().max_line_bytes;
    let max_listed = l.max_errors_listed;
    let table = app.setup.ip_table.clone();
    let checked = tokio::task::spawn_blocking(move || {
        validate(&bytes, cap, max_listed, |line, n| {
            check_line(line, n, table.as_deref())
        })
    })
    .await;
    let Ok(v) = checked else {
        return error(StatusCode::INTERNAL_SERVER_ERROR, "validation failed");
    };
    app.metrics.events_rejected.fetch_add(v.rejected, Relaxed);

    // From here on one request at a time, so that de-duplication, the log's order and the
    // detector's order are the same.
    let mut seq = app.seq.lock().await;
    let mut fresh = crate::Seen::default();
    let mut duplicates = 0u64;
    let mut accepted: Vec<Checked> = Vec::with_capacity(v.ok.len());
    for c in v.ok {
        if seq.seen.contains(&c.id_hash) || !fresh.insert(c.id_hash) {
            duplicates += 1;
        } else {
            accepted.push(c);
        }
    }
    app.metrics.events_duplicate.fetch_add(duplicates, Relaxed);
    let rows: Vec<EventRow> = accepted
        .iter_mut()
        .map(|c| EventRow {
            request_id: std::mem::take(&mut c.request_id),
            account_id: std::mem::take(&mut c.account_id),
            ts: c.ts,
            line: std::mem::take(&mut c.text),
        })
        .collect();
    let first = seq.next_event_seq;
    // Numbers are used up even if the commit fails (its outcome may be unknown).
    seq.next_event_seq += rows.len() as i64;
    if !rows.is_empty() {
        if let Err(e) = app.store.append_events(first, &rows).await {
            warn!(error = %e, "appending events failed");
            return retry_later(
                StatusCode::SERVICE_UNAVAILABLE,
                "the event log is unavailable; nothing was stored",
            );
        }
    }
    drop(rows);
    // Durable: now the detector may see them.
    let n = accepted.len() as u64;
    seq.seen.extend(fresh);
    let app2 = Arc::clone(&app);
    let folded = tokio::task::spawn_blocking(move || {
        app2.engine_mut()
            .push(accepted.into_iter().map(|c| (c.ts, c.ready)));
    })
    .await;
    drop(seq);
    app.metrics.events_accepted.fetch_add(n, Relaxed);
    if folded.is_err() {
        // Stored but not folded: a restart replays them.
        return error(
            StatusCode::INTERNAL_SERVER_ERROR,
            "events stored but the detector failed; restart to replay",
        );
    }
    (
        StatusCode::ACCEPTED,
        Json(IngestOut {
            accepted: n,
            rejected: v.rejected,
            duplicates,
            errors: v.errors,
        }),
    )
        .into_response()
}

#[derive(Serialize)]
struct AccountsOut {
    accepted: u64,
    rejected: u64,
    errors: Vec<LineError>,
}

async fn post_accounts(State(app): State<Arc<App>>, headers: HeaderMap, body: Body) -> Response {
    let Ok(_slot) = Arc::clone(&app.slots).try_acquire_owned() else {
        app.metrics.ingest_throttled.fetch_add(1, Relaxed);
        return retry_later(StatusCode::TOO_MANY_REQUESTS, "ingest is busy; retry later");
    };
    let l = &app.limits;
    let bytes = match body::read(&headers, body, l.max_body_bytes, l.max_inflated_bytes).await {
        Ok(b) => b,
        Err(e) => return body_error(e),
    };
    let cap = app.setup.policy().max_line_bytes;
    let v = validate(&bytes, cap, l.max_errors_listed, |line, _| {
        let a = dg_ingest::accounts::parse_account(line)?;
        Ok(AccountRow {
            account_id: a.account_id,
            line: String::from_utf8_lossy(line).into_owned(),
        })
    });
    app.metrics.accounts_rejected.fetch_add(v.rejected, Relaxed);
    let mut seq = app.seq.lock().await;
    let n = v.ok.len() as u64;
    if n > 0 {
        let first = seq.next_account_seq;
        seq.next_account_seq += n as i64;
        if let Err(e) = app.store.append_accounts(first, &v.ok).await {
            warn!(error = %e, "appending account records failed");
            return retry_later(
                StatusCode::SERVICE_UNAVAILABLE,
                "the store is unavailable; nothing was stored",
            );
        }
        // The scanner takes sign-up records when it is built: rebuild it from the store
        // (decisions are served from the old one meanwhile; ingest waits on `seq`).
        match replay(&app.store, Arc::clone(&app.setup)).await {
            Ok((engine, seen)) => {
                *app.engine_mut() = engine;
                seq.seen = seen;
            }
            Err(e) => {
                warn!(error = %e, "rebuilding the detector failed");
                return error(
                    StatusCode::INTERNAL_SERVER_ERROR,
                    "records stored but the detector could not be rebuilt; restart to replay",
                );
            }
        }
    }
    drop(seq);
    app.metrics.accounts_accepted.fetch_add(n, Relaxed);
    (
        StatusCode::ACCEPTED,
        Json(AccountsOut {
            accepted: n,
            rejected: v.rejected,
            errors: v.errors,
        }),
    )
        .into_response()
}

/// The answer for one account.
#[derive(Serialize)]
pub(crate) struct DecisionOut {
    account_id: String,
    decision: Decision,
    score: f64,
    reasons: Vec<Reason>,
    cluster_id: Option<String>,
    first_flagged_at: Option<Timestamp>,
    /// Wall-clock time of the answer.
    decided_at: String,
    /// Event time of the newest event folded (the detector's clock).
    as_of: Option<Timestamp>,
}

fn decide(app: &App, account_id: &str, now: &str) -> DecisionOut {
    let (finding, as_of) = {
        let e = app.engine();
        (e.finding(account_id), e.as_of())
    };
    let out = match finding {
        Some(AccountFinding {
            account_id,
            score,
            decision,
            first_flagged_at,
            cluster_id,
            reasons,
            ..
        }) => DecisionOut {
            account_id,
            decision,
            score,
            reasons,
            cluster_id,
            first_flagged_at,
            decided_at: now.to_string(),
            as_of,
        },
        None => DecisionOut {
            account_id: account_id.to_string(),
            decision: Decision::Allow,
            score: 0.0,
            reasons: vec![Reason {
                code: "unknown_account".into(),
                weight: 0.0,
                detail: "no events of this account have been seen".into(),
                evidence: Vec::new(),
            }],
            cluster_id: None,
            first_flagged_at: None,
            decided_at: now.to_string(),
            as_of,
        },
    };
    app.metrics.decided(out.decision);
    out
}

fn now_rfc3339() -> String {
    chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Millis, true)
}

fn check_id(id: &str) -> Result<(), String> {
    if id.trim().is_empty() {
        return Err("empty account_id".into());
    }
    if id.len() > dg_ingest::events::MAX_ID_BYTES {
        return Err(format!(
            "account_id of {} bytes exceeds the {}-byte cap",
            id.len(),
            dg_ingest::events::MAX_ID_BYTES
        ));
    }
    Ok(())
}

async fn get_decision(State(app): State<Arc<App>>, Path(account_id): Path<String>) -> Response {
    if let Err(e) = check_id(&account_id) {
        return error(StatusCode::BAD_REQUEST, e);
    }
    Json(decide(&app, &account_id, &now_rfc3339())).into_response()
}

#[derive(Deserialize)]
struct BatchIn {
    account_ids: Vec<String>,
}

#[derive(Serialize)]
struct BatchOut {
    decisions: Vec<DecisionOut>,
}

async fn post_batch(State(app): State<Arc<App>>, Json(req): Json<BatchIn>) -> Response {
    if req.account_ids.len() > app.limits.max_batch_ids {
        return error(
            StatusCode::BAD_REQUEST,
            format!(
                "{} account ids, more than the cap of {}",
                req.account_ids.len(),
                app.limits.max_batch_ids
            ),
        );
    }
    for id in &req.account_ids {
        if let Err(e) = check_id(id) {
            return error(StatusCode::BAD_REQUEST, e);
        }
    }
    let now = now_rfc3339();
    let decisions = req
        .account_ids
        .iter()
        .map(|id| decide(&app, id, &now))
        .collect();
    Json(BatchOut { decisions }).into_response()
}
