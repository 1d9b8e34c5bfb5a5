//! The HTTP routes.

use std::collections::BTreeMap;
use std::sync::atomic::Ordering::Relaxed;
use std::sync::Arc;

use axum::body::Body;
use axum::extract::{DefaultBodyLimit, Path, Request, State};
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::middleware::{from_fn_with_state, Next};
use axum::response::{IntoResponse, Response};
use axum::routing::{any, delete, get, post};
use axum::{Json, Router};
use dg_model::{Account, AccountFinding, Decision, Reason, Timestamp};
use serde::{Deserialize, Serialize};
use tracing::{info, warn};
use utoipa::{IntoParams, ToSchema};

use crate::auth::{Role, Verdict};
use crate::body::{self, BodyError};
use crate::engine::{check_line, Checked};
use crate::store::{AccountRow, EventRow};
use crate::{replay, App};

/// Seconds a client is asked to wait after a 429 or 503.
const RETRY_AFTER_SECS: &str = "1";

/// Largest `POST /v1/decisions:batch` body.
const MAX_BATCH_BODY: usize = 4 << 20;

pub(crate) fn router(app: Arc<App>) -> Router {
    let role = |r: Role| from_fn_with_state((Arc::clone(&app), r), require);
    let ingest = Router::new()
        .route("/v1/events", post(post_events))
        .route("/v1/accounts", post(post_accounts))
        .route("/v1/ingest/litellm", post(crate::gateway::post_litellm))
        .route("/v1/traces", post(crate::gateway::post_traces))
        .route("/v1/logs", post(crate::gateway::post_logs))
        .route_layer(role(Role::Ingest));
    let decide = decide_routes(&app);
    let analyst = Router::new()
        .route("/v1/clusters", get(crate::analyst::list_clusters))
        .route(
            "/v1/clusters/{cluster_id}",
            get(crate::analyst::get_cluster),
        )
        .route(
            "/v1/accounts/{account_id}",
            get(crate::analyst::get_account),
        )
        .route(
            "/v1/overrides",
            get(crate::analyst::list_overrides)
                .post(crate::analyst::post_override)
                .layer(DefaultBodyLimit::max(crate::analyst::MAX_OVERRIDE_BODY)),
        )
        .route(
            "/v1/overrides/{id}",
            delete(crate::analyst::delete_override),
        )
        .route("/v1/audit", get(crate::analyst::get_audit))
        .route("/v1/alerts", get(crate::analyst::get_alerts))
        .route_layer(role(Role::Analyst));
    let admin = Router::new()
        .route("/metrics", get(metrics))
        .route("/v1/status", get(status))
        .route("/v1/usage", get(crate::usage::get_usage))
        .route_layer(role(Role::Admin));
    Router::new()
        .route("/healthz", get(healthz))
        .route("/readyz", get(readyz))
        .route("/openapi.json", get(openapi))
        .merge(ingest)
        .merge(decide)
        .merge(analyst)
        .merge(admin)
        .merge(crate::taxii::router(Arc::clone(&app)))
        .with_state(app)
}

/// The routes a gateway calls on its request path (decisions, the LiteLLM guardrail,
/// ext_authz), with their role check: the main router's and the decision listener's.
fn decide_routes(app: &Arc<App>) -> Router<Arc<App>> {
    let check_body = DefaultBodyLimit::max(app.limits.max_check_body_bytes);
    let role = |r: Role| from_fn_with_state((Arc::clone(app), r), require);
    Router::new()
        .route("/v1/decisions/{account_id}", get(get_decision))
        .route(
            "/v1/decisions:batch",
            post(post_batch).layer(DefaultBodyLimit::max(MAX_BATCH_BODY)),
        )
        .route(
            "/beta/litellm_basic_guardrail_api",
            post(crate::enforce::guardrail).layer(check_body),
        )
        .route("/v1/decision-changes", get(get_changes))
        .route("/ext_authz", any(crate::enforce::ext_authz))
        .route("/ext_authz/{*rest}", any(crate::enforce::ext_authz_rest))
        .route_layer(role(Role::Decide))
}

/// The decision listener's router (`decision_listen`): the gateway's routes and `/healthz`
/// only, served on a runtime of their own (see `decide.rs`).
pub(crate) fn decision_router(app: Arc<App>) -> Router {
    Router::new()
        .route("/healthz", get(healthz))
        .merge(decide_routes(&app))
        .with_state(app)
}

/// The header a gateway may use for distillguard's token when `Authorization` carries the
/// client's own credentials (Envoy forwards it to ext_authz).
pub(crate) const TOKEN_HEADER: &str = "x-distillguard-token";

/// The presented token: `x-distillguard-token`, else `Authorization: Bearer …`, else
/// `x-api-key` (where LiteLLM's generic guardrail puts its `api_key`).
fn presented_token(headers: &HeaderMap) -> Option<&str> {
    if let Some(v) = headers.get(TOKEN_HEADER) {
        return v.to_str().ok();
    }
    if let Some(v) = headers.get(header::AUTHORIZATION) {
        let v = v.to_str().ok()?.trim();
        let (scheme, token) = v.split_once(' ')?;
        return scheme
            .eq_ignore_ascii_case("bearer")
            .then_some(token.trim());
    }
    headers.get("x-api-key")?.to_str().ok()
}

/// Lets a request through if its token has the role, with its [`crate::auth::Caller`] as an
/// extension (who set an override): 401 without a known token, 403 without the role.
async fn require(
    State((app, role)): State<(Arc<App>, Role)>,
    mut req: Request,
    next: Next,
) -> Response {
    let verdict = match app.auth.identify(presented_token(req.headers()), role) {
        Ok(caller) => {
            req.extensions_mut().insert(caller);
            Verdict::Pass
        }
        Err(v) => v,
    };
    match verdict {
        Verdict::Pass => next.run(req).await,
        Verdict::Unauthenticated => {
            app.metrics.auth_refused.fetch_add(1, Relaxed);
            let mut r = error(
                StatusCode::UNAUTHORIZED,
                "a valid API token is required (Authorization: Bearer …)",
            );
            r.headers_mut().insert(
                header::WWW_AUTHENTICATE,
                HeaderValue::from_static("Bearer realm=\"distillguard\""),
            );
            r
        }
        Verdict::Forbidden => {
            app.metrics.auth_refused.fetch_add(1, Relaxed);
            error(
                StatusCode::FORBIDDEN,
                format!("this token lacks the `{}` role", role.name()),
            )
        }
    }
}

/// A JSON error answer: what every refusal of the JSON routes carries.
#[derive(Serialize, ToSchema)]
pub(crate) struct ErrorOut {
    /// Why, as a sentence.
    error: String,
}

/// A JSON error answer: `{"error": "..."}`.
pub(crate) fn error(status: StatusCode, msg: impl Into<String>) -> Response {
    (status, Json(ErrorOut { error: msg.into() })).into_response()
}

/// 429 or 503 with `Retry-After`.
pub(crate) fn retry_later(status: StatusCode, msg: &str) -> Response {
    let mut r = error(status, msg);
    r.headers_mut().insert(
        header::RETRY_AFTER,
        HeaderValue::from_static(RETRY_AFTER_SECS),
    );
    r
}

pub(crate) fn body_error(e: BodyError) -> Response {
    let (status, unread) = match e {
        BodyError::TooLarge(_) => (StatusCode::PAYLOAD_TOO_LARGE, true),
        BodyError::Encoding(_) => (StatusCode::UNSUPPORTED_MEDIA_TYPE, false),
        BodyError::Bad(_) => (StatusCode::BAD_REQUEST, false),
    };
    let mut r = error(status, e.to_string());
    if unread {
        // The rest of the body was never read, so the connection cannot carry another
        // request: say so, or a client's pool reuses it and its next request fails.
        r.headers_mut()
            .insert(header::CONNECTION, HeaderValue::from_static("close"));
    }
    r
}

/// This document: the OpenAPI 3.1 description of every route, generated from the code.
#[utoipa::path(
    get,
    path = "/openapi.json",
    tag = "public",
    responses((status = 200, description = "OpenAPI 3.1", content_type = "application/json"))
)]
pub(crate) async fn openapi() -> Response {
    (
        [(
            header::CONTENT_TYPE,
            HeaderValue::from_static("application/json"),
        )],
        crate::openapi::document(),
    )
        .into_response()
}

/// Liveness: 200 while the process runs.
#[utoipa::path(
    get,
    path = "/healthz",
    tag = "public",
    responses((status = 200, description = "ok", body = String, content_type = "text/plain"))
)]
pub(crate) async fn healthz() -> &'static str {
    "ok\n"
}

/// Readiness: 200 once the log is replayed and while the store answers.
#[utoipa::path(
    get,
    path = "/readyz",
    tag = "public",
    responses(
        (status = 200, description = "ready", body = String, content_type = "text/plain"),
        (status = 503, description = "not ready: replaying, or the store does not answer",
            body = String, content_type = "text/plain"),
    )
)]
pub(crate) async fn readyz(State(app): State<Arc<App>>) -> Response {
    if app.ready.load(Relaxed) && app.store.ping().await {
        (StatusCode::OK, "ready\n").into_response()
    } else {
        (StatusCode::SERVICE_UNAVAILABLE, "not ready\n").into_response()
    }
}

/// Prometheus text exposition (counters, gauges, the decision-latency histogram).
///
/// The metric names and their meanings are listed in docs/serve.md ("Endpoints").
#[utoipa::path(
    get,
    path = "/metrics",
    tag = "admin",
    security(("bearer" = ["admin"])),
    responses(
        (status = 200, description = "metrics", body = String,
            content_type = "text/plain; version=0.0.4"),
        (status = 401, response = crate::openapi::Unauthorized),
        (status = 403, response = crate::openapi::Forbidden),
    )
)]
pub(crate) async fn metrics(State(app): State<Arc<App>>) -> Response {
    let c = app.board.counts();
    let (folded, held, accounts) = (c.folded, c.held, c.accounts);
    let (waits, waited) = app.board.waits();
    let board = [
        (
            "distillguard_accounts_evicted_total",
            "Accounts the detector evicted as idle ([detector] evict_idle_days).",
            c.evicted as f64,
        ),
        (
            "distillguard_board_waits_total",
            "Decisions that found the board's shard or account cell locked by a publication.",
            waits as f64,
        ),
        (
            "distillguard_board_wait_seconds_total",
            "Time those decisions waited for the publication.",
            waited.as_secs_f64(),
        ),
    ];
    let mut changes = String::new();
    {
        use std::fmt::Write;
        let name = "distillguard_decision_changes_total";
        let _ = writeln!(
            changes,
            "# HELP {name} Changes of an account's published decision (what the decision routes answer), by tier before and after.\n# TYPE {name} counter"
        );
        const TIERS: [&str; 4] = ["allow", "review", "throttle", "block"];
        for (f, from) in TIERS.iter().enumerate() {
            for (t, to) in TIERS.iter().enumerate() {
                if f != t {
                    let n = app.board.changes.count(f, t);
                    let _ = writeln!(changes, "{name}{{from=\"{from}\",to=\"{to}\"}} {n}");
                }
            }
        }
    }
    let mut text = app.metrics.render_with(
        &board,
        &[
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
                "Accounts the detector holds (seen, and not evicted as idle since).",
                accounts as f64,
            ),
            (
                "distillguard_ingest_slots_free",
                "Ingest requests that could start now.",
                app.slots.available_permits() as f64,
            ),
            (
                "distillguard_overrides_in_force",
                "Analyst overrides held in force (expired ones leave at the next re-read of the store).",
                app.overrides.len() as f64,
            ),
            (
                "distillguard_events_pending",
                "Acknowledged events the detector is not done with (not folded, or waiting for a re-link).",
                app.queue.pending() as f64,
            ),
            (
                "distillguard_events_queued",
                "Committed events waiting for the detector (at most limits.max_queued_events).",
                app.queue.queued() as f64,
            ),
            (
                "distillguard_ingest_queue_depth",
                "Ingest requests in progress (at most limits.ingest_slots; more are answered 429).",
                app.limits
                    .ingest_slots
                    .max(1)
                    .saturating_sub(app.slots.available_permits()) as f64,
            ),
        ],
    );
    text.push_str(&changes);
    (
        [(
            header::CONTENT_TYPE,
            HeaderValue::from_static("text/plain; version=0.0.4"),
        )],
        text,
    )
        .into_response()
}

/// The query of `GET /v1/decision-changes`.
#[derive(Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub(crate) struct ChangesQuery {
    /// The last `seq` read (default 0: from the first change kept).
    #[param(minimum = 0)]
    after: Option<u64>,
    /// Changes per page (default 1,000, at most 10,000).
    #[param(minimum = 1, maximum = 10_000)]
    limit: Option<usize>,
}

/// Changes of published decisions after `after` (the last `seq` read), oldest first.
///
/// What the decision routes, the guardrail and ext_authz answer, kept in memory for this run
/// (`limits.decision_changes_kept`), numbered from 1 at each start (see `epoch`); `gap` when
/// some were dropped from memory before this read (then re-read the decisions you cache).
#[utoipa::path(
    get,
    path = "/v1/decision-changes",
    tag = "decide",
    security(("bearer" = ["decide"])),
    params(ChangesQuery),
    responses(
        (status = 200, description = "a page of changes", body = crate::changes::Page),
        (status = 400, description = "bad query", body = ErrorOut),
        (status = 401, response = crate::openapi::Unauthorized),
        (status = 403, response = crate::openapi::Forbidden),
    )
)]
pub(crate) async fn get_changes(
    State(app): State<Arc<App>>,
    q: Result<axum::extract::Query<ChangesQuery>, axum::extract::rejection::QueryRejection>,
) -> Response {
    let axum::extract::Query(q) = match q {
        Ok(q) => q,
        Err(e) => return error(StatusCode::BAD_REQUEST, e.body_text()),
    };
    let limit = q.limit.unwrap_or(1_000).clamp(1, 10_000);
    Json(app.board.changes.after(q.after.unwrap_or(0), limit)).into_response()
}

/// The answer of `GET /v1/status`.
#[derive(Serialize, ToSchema)]
pub(crate) struct StatusOut {
    /// The store's back end: `sqlite` or `postgres`.
    backend: &'static str,
    /// Accepted events folded into the detector.
    events_folded: u64,
    /// Accepted events held by the reorder window.
    events_held: u64,
    /// Acknowledged events the detector is not done with: committed, and not yet folded
    /// (nor held by the window), or waiting for a re-link in flight. 0 once ingest pauses
    /// means every answer reflects every acknowledged event and every alert they raised is
    /// listed.
    events_pending: u64,
    /// Accounts the detector holds (seen, and not evicted as idle since).
    accounts: u64,
    /// Accounts the detector evicted as idle so far (`[detector] evict_idle_days`).
    accounts_evicted: u64,
    /// Event time of the newest folded event (the detector's clock).
    #[schema(value_type = Option<String>, format = DateTime)]
    as_of: Option<Timestamp>,
    /// The policy in force, as decisions name it.
    #[schema(value_type = String)]
    policy_version: Arc<str>,
    /// The mode of each enforcement point (`guardrail`, `ext_authz`) per refusing tier, as
    /// configured (`mode`, `[modes]`, `[guardrail]`, `[ext_authz]`).
    modes: std::collections::BTreeMap<&'static str, ModesOut>,
}

/// One enforcement point's modes in `/v1/status`.
#[derive(Serialize, ToSchema)]
pub(crate) struct ModesOut {
    /// `monitor` or `enforce`, for an account decided `throttle`.
    throttle: &'static str,
    /// `monitor` or `enforce`, for an account decided `block`.
    block: &'static str,
}

/// Counts of the detector, the store's back end, the policy and the enforcement modes.
#[utoipa::path(
    get,
    path = "/v1/status",
    tag = "admin",
    security(("bearer" = ["admin"])),
    responses(
        (status = 200, description = "status", body = StatusOut),
        (status = 401, response = crate::openapi::Unauthorized),
        (status = 403, response = crate::openapi::Forbidden),
    )
)]
pub(crate) async fn status(State(app): State<Arc<App>>) -> Json<StatusOut> {
    let c = app.board.counts();
    Json(StatusOut {
        backend: app.store.backend(),
        events_folded: c.folded,
        events_held: c.held,
        events_pending: app.queue.pending(),
        accounts: c.accounts,
        accounts_evicted: c.evicted,
        as_of: c.as_of,
        policy_version: Arc::clone(&app.policy_version),
        modes: crate::config::Point::ALL
            .iter()
            .map(|&p| {
                let m = |d| app.cfg.mode_for(p, d).name();
                (
                    p.name(),
                    ModesOut {
                        throttle: m(Decision::Throttle),
                        block: m(Decision::Block),
                    },
                )
            })
            .collect(),
    })
}

/// One rejected line of an ingest body.
#[derive(Serialize, ToSchema)]
pub(crate) struct LineError {
    /// 1-based physical line of the body (1 for a body that is one record set).
    pub(crate) line: u64,
    /// Why, naming the record inside the line where a line holds several.
    pub(crate) error: String,
}

/// The answer to an ingest request: every non-blank line (or array element) is accepted,
/// rejected or a duplicate, exactly as `scan` counts a file's lines.
#[derive(Serialize, ToSchema)]
pub(crate) struct IngestOut {
    /// Events committed to the durable log (and then folded into the detector).
    pub(crate) accepted: u64,
    /// Lines that failed validation (all counted).
    pub(crate) rejected: u64,
    /// Lines whose `request_id` the service had already accepted (ever, not per request).
    pub(crate) duplicates: u64,
    /// The first rejections (`limits.max_errors_listed`, 100); the counts are complete.
    pub(crate) errors: Vec<LineError>,
}

/// Validation of a whole body: the lines that passed and the rejections (all counted, the
/// first `max_listed` kept).
pub(crate) struct Validated<T> {
    pub(crate) ok: Vec<T>,
    pub(crate) rejected: u64,
    pub(crate) errors: Vec<LineError>,
}

impl<T> Validated<T> {
    pub(crate) fn new() -> Self {
        Self {
            ok: Vec::new(),
            rejected: 0,
            errors: Vec::new(),
        }
    }

    /// Counts one rejection, listing it if fewer than `max_listed` are listed.
    pub(crate) fn reject(&mut self, line: u64, error: String, max_listed: usize) {
        self.rejected += 1;
        if self.errors.len() < max_listed {
            self.errors.push(LineError { line, error });
        }
    }
}

pub(crate) fn validate<T>(
    bytes: &[u8],
    cap: usize,
    max_listed: usize,
    mut check: impl FnMut(&[u8], u64) -> Result<T, String>,
) -> Validated<T> {
    let mut v = Validated::new();
    for (n, line) in body::lines(bytes, cap) {
        match line.and_then(|l| check(l, n)) {
            Ok(t) => v.ok.push(t),
            Err(error) => v.reject(n, error, max_listed),
        }
    }
    v
}

/// Validates an events body: NDJSON lines, or one JSON array of events when its first byte
/// after a byte-order mark and blanks is `[`. Each element of an array is checked exactly as a
/// line would be (the same size cap, parser and error texts), `line` being its 1-based
/// position in the array. `Err`: the array is not valid JSON (the whole body is refused).
pub(crate) fn validate_events<T>(
    bytes: &[u8],
    cap: usize,
    max_listed: usize,
    mut check: impl FnMut(&[u8], u64) -> Result<T, String>,
) -> Result<Validated<T>, String> {
    let body = bytes
        .strip_prefix(&dg_ingest::lines::UTF8_BOM[..])
        .unwrap_or(bytes);
    if body.iter().find(|b| !b.is_ascii_whitespace()) != Some(&b'[') {
        return Ok(validate(bytes, cap, max_listed, check));
    }
    let elements: Vec<&serde_json::value::RawValue> =
        serde_json::from_slice(body).map_err(|e| {
            format!(
                "invalid JSON array at line {} column {}: {e}",
                e.line(),
                e.column()
            )
        })?;
    let mut v = Validated::new();
    for (i, raw) in elements.into_iter().enumerate() {
        let n = i as u64 + 1;
        let text = raw.get();
        if text.len() > cap {
            let e = dg_ingest::events::too_long_message(text.len() as u64, cap);
            v.reject(n, e, max_listed);
            continue;
        }
        // The event log holds one event per row as a line: an element spread over several
        // lines (a pretty-printed array) is stored compacted; its meaning is unchanged.
        let compact;
        let line = if text.contains(['\n', '\r']) {
            compact = serde_json::from_str::<serde_json::Value>(text)
                .map(|x| x.to_string())
                .unwrap_or_else(|_| text.replace(['\n', '\r'], " "));
            compact.as_bytes()
        } else {
            text.as_bytes()
        };
        match check(line, n) {
            Ok(t) => v.ok.push(t),
            Err(e) => v.reject(n, e, max_listed),
        }
    }
    Ok(v)
}

/// Contract events as NDJSON, or one JSON array of events; gzip allowed.
///
/// Each line is validated with `scan`'s parser, bounds and error texts (docs/formats.md), then
/// the accepted events are committed to the durable log in one transaction and only then
/// acknowledged and folded into the detector. `Content-Encoding: gzip` or gzip magic bytes.
#[utoipa::path(
    post,
    path = "/v1/events",
    tag = "ingest",
    security(("bearer" = ["ingest"])),
    request_body(
        description = "NDJSON, one contract event a line; or, when the first character after a \
            byte-order mark and blanks is `[`, one JSON array of events, each element validated \
            as a line is (`line` being its 1-based position)",
        content(
            (String = "application/x-ndjson"),
            (Vec<Object> = "application/json"),
        )
    ),
    responses(
        (status = 202, description = "every non-blank line accepted, rejected or a duplicate; \
            sent only after the accepted events are committed", body = IngestOut),
        crate::openapi::IngestRefusals,
        crate::openapi::UnreadableBody,
    )
)]
pub(crate) async fn post_events(
    State(app): State<Arc<App>>,
    headers: HeaderMap,
    body: Body,
) -> Response {
    let (slot, bytes) = match slot_and_body(&app, &headers, body).await {
        Ok(x) => x,
        Err(r) => return r,
    };
    let l = &app.limits;
    let cap = app.setup.policy().max_line_bytes;
    let max_listed = l.max_errors_listed;
    let table = app.setup.ip_table.clone();
    // The semaphore is never closed; parsing waits for a worker's turn.
    let _parse = app.parse.acquire().await.ok();
    let checked = crate::work::run("dg-parse", l.work(), move || {
        validate_events(&bytes, cap, max_listed, |line, n| {
            check_line(line, n, table.as_deref())
        })
    })
    .await;
    let v = match checked {
        Ok(Ok(v)) => v,
        Ok(Err(e)) => return error(StatusCode::BAD_REQUEST, e),
        Err(_) => return error(StatusCode::INTERNAL_SERVER_ERROR, "validation failed"),
    };
    match commit_events(&app, v, slot).await {
        Ok(out) => (StatusCode::ACCEPTED, Json(out)).into_response(),
        Err(r) => r,
    }
}

/// An ingest request in progress: its slot (held until it is answered), and its place in the
/// count of requests whose fold is still to come.
pub(crate) struct Slot {
    _permit: tokio::sync::OwnedSemaphorePermit,
    active: Active,
}

impl Slot {
    fn new(app: &Arc<App>, permit: tokio::sync::OwnedSemaphorePermit) -> Self {
        Self {
            _permit: permit,
            active: Active::new(app),
        }
    }
}

/// A request in the count of ingest requests in progress, from its slot until its events are
/// folded (it travels with them to the detector). The last of them to leave publishes the
/// detector's findings (see [`crate::Engine::publish`]), so that once ingest pauses decisions
/// hold every fold.
pub(crate) struct Active {
    app: Arc<App>,
    counted: bool,
}

impl Active {
    fn new(app: &Arc<App>) -> Self {
        app.ingest_active
            .fetch_add(1, std::sync::atomic::Ordering::AcqRel);
        Self {
            app: Arc::clone(app),
            counted: true,
        }
    }

    /// Leaves the count; `true` if no other request is in progress (the caller publishes).
    pub(crate) fn leave(mut self) -> bool {
        self.take()
    }

    fn take(&mut self) -> bool {
        if !std::mem::take(&mut self.counted) {
            return false;
        }
        self.app
            .ingest_active
            .fetch_sub(1, std::sync::atomic::Ordering::AcqRel)
            == 1
    }
}

impl Drop for Active {
    fn drop(&mut self) {
        // A request that ends without events to fold (an error, a refused body, only
        // duplicates) and was the last in progress publishes what earlier folds left
        // unpublished.
        if self.take() {
            let app = Arc::clone(&self.app);
            let prio = app.limits.work();
            crate::work::spawn("dg-publish", prio, move || app.engine_mut().publish());
        }
    }
}

/// Takes an ingest slot (held while the returned [`Slot`] lives) and reads the bounded body:
/// the start every ingest route shares; `Err` is the answer to send (429, 413, 400, 415).
pub(crate) async fn slot_and_body(
    app: &Arc<App>,
    headers: &HeaderMap,
    body: Body,
) -> Result<(Slot, Vec<u8>), Response> {
    let Ok(slot) = Arc::clone(&app.slots).try_acquire_owned() else {
        // Dropped as it arrives (memory stays flat), so that the client reads the 429.
        body::discard(body, app.limits.max_body_bytes).await;
        return Err(busy(app));
    };
    let l = &app.limits;
    let slot = Slot::new(app, slot);
    match body::read(headers, body, l.max_body_bytes, l.max_inflated_bytes).await {
        Ok(b) => Ok((slot, b)),
        Err(e) => Err(body_error(e)),
    }
}

/// 429 with `Retry-After` when every ingest slot is taken.
pub(crate) fn busy(app: &App) -> Response {
    app.metrics.ingest_throttled.fetch_add(1, Relaxed);
    retry_later(StatusCode::TOO_MANY_REQUESTS, "ingest is busy; retry later")
}

/// Stores the validated events of one request and hands them to the detector: de-duplication
/// by request id, one transaction, the detector only after the commit. Answered once
/// committed: the detector folds them after (see `detector.rs`). Every ingest route ends here.
pub(crate) async fn commit_events(
    app: &Arc<App>,
    v: Validated<Checked>,
    slot: Slot,
) -> Result<IngestOut, Response> {
    // A client that hangs up drops this future. Dropped between the commit and the hand-over,
    // the log would hold events the live detector never folded nor remembered as seen (a
    // retry would store them twice, and the decisions would change at the next restart): so
    // the commit runs in a task of their own, which finishes whatever the client does.
    // The task outlives a request that hung up, and with it its events: at most
    // `ingest_slots` such tasks exist at once, so memory stays bounded by the slots.
    let Ok(permit) = Arc::clone(&app.committing).acquire_owned().await else {
        return Err(error(StatusCode::SERVICE_UNAVAILABLE, "shutting down"));
    };
    let task = commit(Arc::clone(app), v, slot);
    match tokio::spawn(async move {
        let r = task.await;
        drop(permit);
        r
    })
    .await
    {
        Ok(r) => r,
        Err(_) => Err(error(StatusCode::INTERNAL_SERVER_ERROR, "ingest failed")),
    }
}

async fn commit(app: Arc<App>, v: Validated<Checked>, slot: Slot) -> Result<IngestOut, Response> {
    let app = &app;
    app.metrics.events_rejected.fetch_add(v.rejected, Relaxed);
    // Room in the detector's queue first: while it is behind (a re-link in flight and ingest
    // faster than it), commits wait here, holding their slots, and new requests meet 429.
    let mut room = app.queue.room(v.ok.len()).await;

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
            return Err(retry_later(
                StatusCode::SERVICE_UNAVAILABLE,
                "the event log is unavailable; nothing was stored",
            ));
        }
    }
    drop(rows);
    // Durable: now the detector may see them.
    let n = accepted.len() as u64;
    seq.seen.extend(fresh);
    // Duplicates need no room.
    if let Some(r) = room.as_mut() {
        let extra = (r.num_permits() as u64).saturating_sub(n) as usize;
        drop(r.split(extra));
    }
    let Slot {
        _permit: permit,
        active,
    } = slot;
    if n > 0 {
        // Under the sequencer's lock: the detector receives the events in commit order.
        app.queue.send(crate::detector::Committed {
            events: accepted.into_iter().map(|c| (c.ts, c.ready)).collect(),
            room,
            active,
        });
    } else {
        drop(active);
    }
    drop(seq);
    drop(permit);
    app.metrics.events_accepted.fetch_add(n, Relaxed);
    Ok(IngestOut {
        accepted: n,
        rejected: v.rejected,
        duplicates,
        errors: v.errors,
    })
}

/// The answer to `POST /v1/accounts`.
#[derive(Serialize, ToSchema)]
pub(crate) struct AccountsOut {
    /// Records stored (and applied, but for the deferred ones).
    accepted: u64,
    /// Of those, records of accounts the detector had seen, stored but not applied: the
    /// event log was compacted (`[snapshot] keep_log_days`), so no rebuild can replay it.
    deferred: u64,
    /// Records that failed validation (all counted).
    rejected: u64,
    /// The first rejections (`limits.max_errors_listed`); the counts are complete.
    errors: Vec<LineError>,
}

/// Sign-up records as NDJSON. Records of accounts the detector has not seen are taken in at
/// once; a record of an account it has seen rebuilds it over all stored records and the whole
/// event log (once the log was compacted, such a record is stored and deferred instead).
///
/// Decisions are served from the old detector during a rebuild; ingest waits for it.
#[utoipa::path(
    post,
    path = "/v1/accounts",
    tag = "ingest",
    security(("bearer" = ["ingest"])),
    request_body(
        description = "NDJSON sign-up records (docs/formats.md), gzip allowed",
        content((String = "application/x-ndjson"))
    ),
    responses(
        (status = 202, description = "stored and applied", body = AccountsOut),
        crate::openapi::IngestRefusals,
        crate::openapi::UnreadableBody,
        (status = 500, description = "stored, but the detector could not be rebuilt: restart \
            to replay", body = ErrorOut),
    )
)]
pub(crate) async fn post_accounts(
    State(app): State<Arc<App>>,
    headers: HeaderMap,
    body: Body,
) -> Response {
    let (_slot, bytes) = match slot_and_body(&app, &headers, body).await {
        Ok(x) => x,
        Err(r) => return r,
    };
    let l = &app.limits;
    let cap = app.setup.policy().max_line_bytes;
    let v = validate(&bytes, cap, l.max_errors_listed, |line, _| {
        let a = dg_ingest::accounts::parse_account(line)?;
        let row = AccountRow {
            account_id: a.account_id.clone(),
            line: String::from_utf8_lossy(line).into_owned(),
        };
        Ok((row, a))
    });
    app.metrics.accounts_rejected.fetch_add(v.rejected, Relaxed);
    // As for events: storing and rebuilding finish even if the client hangs up.
    let Ok(permit) = Arc::clone(&app.committing).acquire_owned().await else {
        return error(StatusCode::SERVICE_UNAVAILABLE, "shutting down");
    };
    let task = store_accounts(Arc::clone(&app), v);
    match tokio::spawn(async move {
        let r = task.await;
        drop(permit);
        r
    })
    .await
    {
        Ok(r) => r,
        Err(_) => error(StatusCode::INTERNAL_SERVER_ERROR, "ingest failed"),
    }
}

async fn store_accounts(app: Arc<App>, v: Validated<(AccountRow, Account)>) -> Response {
    let Validated {
        ok,
        rejected,
        errors,
    } = v;
    // The later record of an id wins, as in `scan`.
    let (rows, records): (Vec<AccountRow>, BTreeMap<String, Account>) = ok
        .into_iter()
        .map(|(row, a)| {
            let id = row.account_id.clone();
            (row, (id, a))
        })
        .unzip();
    let mut seq = app.seq.lock().await;
    // Folds of committed events (and re-links in flight) finish before the detector takes
    // the records or is rebuilt from the log (the rebuilt one replaces it whole).
    if !crate::detector::drained(&app).await {
        return error(
            StatusCode::INTERNAL_SERVER_ERROR,
            "the detector failed; restart to replay",
        );
    }
    let _turn = app.fold.lock().await;
    let n = rows.len() as u64;
    let mut deferred = 0;
    if n > 0 {
        let first = seq.next_account_seq;
        seq.next_account_seq += n as i64;
        if let Err(e) = app.store.append_accounts(first, &rows).await {
            warn!(error = %e, "appending account records failed");
            return retry_later(
                StatusCode::SERVICE_UNAVAILABLE,
                "the store is unavailable; nothing was stored",
            );
        }
        // Records of accounts the detector has no trace of are taken in as they come; one of
        // an account already seen was missing when its requests were folded, and only a
        // rebuild over all records answers as `scan` would.
        // Once the log was compacted no rebuild can replay it: such records are stored and
        // deferred (the detector keeps the record it had), the rest taken in.
        let app2 = Arc::clone(&app);
        let compacted = app.compacted.load(Relaxed);
        let added = crate::work::run("dg-publish", app.limits.work(), move || {
            crate::take_records(&mut app2.engine_mut(), records, compacted)
        })
        .await;
        match added {
            Ok(Ok(d)) => {
                if d > 0 {
                    warn!(
                        records = d,
                        "sign-up records of accounts already seen are stored but not applied: \
                         the event log was compacted, so the detector cannot be rebuilt from it"
                    );
                    app.metrics.accounts_deferred.fetch_add(d, Relaxed);
                }
                deferred = d;
                app.engine_account_seq.store(first + n as i64 - 1, Relaxed);
            }
            Ok(Err(known)) => {
                info!(
                    records = known.count,
                    "sign-up records of accounts already seen: rebuilding the detector from \
                     the whole log"
                );
                if let Err(r) = rebuild(&app, &mut seq, first + n as i64 - 1).await {
                    return r;
                }
            }
            Err(_) => {
                return error(
                    StatusCode::INTERNAL_SERVER_ERROR,
                    "records stored but the detector could not take them; restart to replay",
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
            deferred,
            rejected,
            errors,
        }),
    )
        .into_response()
}

/// Rebuilds the detector from the store (decisions are served from the old one meanwhile;
/// ingest waits on `seq`), as holding the sign-up records up to number `account_seq`.
async fn rebuild(
    app: &Arc<App>,
    seq: &mut crate::Sequencer,
    account_seq: i64,
) -> Result<(), Response> {
    let failed = || {
        error(
            StatusCode::INTERNAL_SERVER_ERROR,
            "records stored but the detector could not be rebuilt; restart to replay",
        )
    };
    let (mut engine, seen) =
        match replay(&app.store, Arc::clone(&app.setup), app.limits.work()).await {
            Ok(x) => x,
            Err(e) => {
                warn!(error = %e, "rebuilding the detector failed");
                return Err(failed());
            }
        };
    let board = Arc::clone(&app.board);
    // Publishing every account is CPU work: off the async workers.
    let engine = crate::work::run("dg-publish", app.limits.work(), move || {
        engine.attach(board);
        engine
    })
    .await
    .map_err(|_| failed())?;
    let covered = engine.folded() + engine.held() as u64;
    *app.engine_mut() = engine;
    app.queue.reset(covered);
    seq.seen = seen;
    // The rebuilt detector holds the records up to these: its snapshots say so.
    app.engine_account_seq.store(account_seq, Relaxed);
    app.metrics.detector_rebuilds.fetch_add(1, Relaxed);
    Ok(())
}

/// The answer for one account (an account never seen, or evicted as idle, is `allow` with the
/// reason `unknown_account`).
#[derive(Serialize, ToSchema)]
pub(crate) struct DecisionOut {
    /// The account asked about.
    pub(crate) account_id: String,
    /// The decision in force: the detector's, or an analyst override's.
    #[schema(value_type = crate::openapi::Decision)]
    pub(crate) decision: Decision,
    /// The detector's score in [0, 1].
    pub(crate) score: f64,
    /// The evidence behind the score, strongest first (an override adds `analyst_override`
    /// first).
    #[schema(value_type = Vec<crate::openapi::Reason>)]
    pub(crate) reasons: Vec<Reason>,
    /// The account's cluster, if it is in one.
    pub(crate) cluster_id: Option<String>,
    /// Event time at which the decision first left `allow`.
    #[schema(value_type = Option<String>, format = DateTime)]
    pub(crate) first_flagged_at: Option<Timestamp>,
    /// Wall-clock time of the answer.
    #[schema(format = DateTime)]
    pub(crate) decided_at: String,
    /// Event time of the newest event folded (the detector's clock).
    #[schema(value_type = Option<String>, format = DateTime)]
    pub(crate) as_of: Option<Timestamp>,
    /// The policy in force (`Setup::policy_version`): `pv-` and 12 hex digits of a SHA-256
    /// over the policy (its key hashed) and the weights.
    #[schema(value_type = String)]
    pub(crate) policy_version: Arc<str>,
    /// The detector's own decision, present only when an analyst override replaced it.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schema(value_type = Option<crate::openapi::Decision>)]
    pub(crate) detector_decision: Option<Decision>,
    /// The analyst override that decided, present only if one did (its reason stays on the
    /// analyst routes).
    #[serde(rename = "override", skip_serializing_if = "Option::is_none")]
    #[schema(value_type = Option<crate::overrides::Override>)]
    pub(crate) overridden_by: Option<Arc<crate::overrides::Override>>,
}

/// The answer for one account, counted in the decision metrics: what the decision routes,
/// the guardrail and ext_authz give.
pub(crate) fn decide(app: &App, account_id: &str, now: &str) -> DecisionOut {
    let t0 = std::time::Instant::now();
    let out = decision_of(app, account_id, now);
    app.metrics.decided(out.decision);
    app.metrics.decision_latency.observe(t0.elapsed());
    out
}

/// The detector's finding for the account from the board, with an analyst override in force
/// applied: the override's action becomes the decision, and a first reason
/// `analyst_override` names it (the detector's score and reasons follow unchanged).
pub(crate) fn decision_of(app: &App, account_id: &str, now: &str) -> DecisionOut {
    let mut out = detector_decision(app, account_id, now);
    if app.overrides.is_empty() {
        return out;
    }
    let at = crate::analyst::now_ms();
    if let Some(o) = app
        .overrides
        .deciding(account_id, out.cluster_id.as_deref(), at)
    {
        out.reasons.insert(
            0,
            Reason {
                code: "analyst_override".into(),
                weight: 0.0,
                detail: format!(
                    "analyst override {} on {} {} by {}: {} {}",
                    o.id,
                    o.target.name(),
                    o.target_id,
                    o.created_by,
                    crate::overrides::action_name(o.action),
                    match &o.expires_at {
                        Some(t) => format!("until {t}"),
                        None => "until withdrawn".into(),
                    }
                ),
                evidence: Vec::new(),
            },
        );
        out.detector_decision = Some(out.decision);
        out.decision = o.action;
        out.overridden_by = Some(o);
    }
    out
}

fn detector_decision(app: &App, account_id: &str, now: &str) -> DecisionOut {
    // The board, never the detector: a decision does not wait for a fold or a re-link.
    let finding = app.board.get(account_id);
    let as_of = app.board.counts().as_of;
    match finding.as_deref() {
        Some(AccountFinding {
            account_id,
            score,
            decision,
            first_flagged_at,
            cluster_id,
            reasons,
            ..
        }) => DecisionOut {
            account_id: account_id.clone(),
            decision: *decision,
            score: *score,
            reasons: reasons.clone(),
            cluster_id: cluster_id.clone(),
            first_flagged_at: *first_flagged_at,
            decided_at: now.to_string(),
            as_of,
            policy_version: Arc::clone(&app.policy_version),
            detector_decision: None,
            overridden_by: None,
        },
        None => DecisionOut {
            account_id: account_id.to_string(),
            decision: Decision::Allow,
            score: 0.0,
            reasons: vec![Reason {
                code: "unknown_account".into(),
                weight: 0.0,
                detail: unknown_detail(app.setup.scan.evict_idle_ms),
                evidence: Vec::new(),
            }],
            cluster_id: None,
            first_flagged_at: None,
            decided_at: now.to_string(),
            as_of,
            policy_version: Arc::clone(&app.policy_version),
            detector_decision: None,
            overridden_by: None,
        },
    }
}

/// Why the detector has no finding for an account. With eviction on it cannot tell an
/// account never seen from one evicted as idle (remembering the evicted would grow without
/// bound again), so it names both; either way nothing holds the account against it.
fn unknown_detail(evict_idle_ms: i64) -> String {
    if evict_idle_ms > 0 {
        format!(
            "no events of this account are held: never seen, or idle for more than {} days \
             and evicted (not flagged, in no cluster or campaign)",
            evict_idle_ms / Timestamp::DAY
        )
    } else {
        "no events of this account have been seen".into()
    }
}

pub(crate) fn now_rfc3339() -> String {
    chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Millis, true)
}

pub(crate) fn check_id(id: &str) -> Result<(), String> {
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

/// An account's current decision, from memory.
///
/// Read from the decision board the detector publishes to: it never waits for a fold or a
/// re-link.
#[utoipa::path(
    get,
    path = "/v1/decisions/{account_id}",
    tag = "decide",
    security(("bearer" = ["decide"])),
    params(("account_id" = String, Path, description = "the account (at most 256 bytes)")),
    responses(
        (status = 200, description = "the decision (an unknown account is allow with the \
            reason unknown_account)", body = DecisionOut),
        (status = 400, description = "empty or over-long id", body = ErrorOut),
        (status = 401, response = crate::openapi::Unauthorized),
        (status = 403, response = crate::openapi::Forbidden),
    )
)]
pub(crate) async fn get_decision(
    State(app): State<Arc<App>>,
    Path(account_id): Path<String>,
) -> Response {
    if let Err(e) = check_id(&account_id) {
        return error(StatusCode::BAD_REQUEST, e);
    }
    Json(decide(&app, &account_id, &now_rfc3339())).into_response()
}

/// The body of `POST /v1/decisions:batch`.
#[derive(Deserialize, ToSchema)]
pub(crate) struct BatchIn {
    /// The accounts, at most `limits.max_batch_ids` (10,000 by default).
    account_ids: Vec<String>,
}

/// The answer of `POST /v1/decisions:batch`.
#[derive(Serialize, ToSchema)]
pub(crate) struct BatchOut {
    /// One decision per id asked, in the order asked.
    decisions: Vec<DecisionOut>,
}

/// Many decisions, in the order asked.
#[utoipa::path(
    post,
    path = "/v1/decisions:batch",
    tag = "decide",
    security(("bearer" = ["decide"])),
    request_body = BatchIn,
    responses(
        (status = 200, description = "the decisions", body = BatchOut),
        (status = 400, description = "too many ids, or an empty or over-long one", body = ErrorOut),
        (status = 401, response = crate::openapi::Unauthorized),
        (status = 403, response = crate::openapi::Forbidden),
        (status = 413, description = "body over 4 MiB"),
        (status = 415, description = "not `Content-Type: application/json`"),
        (status = 422, description = "not a JSON object with `account_ids`"),
    )
)]
pub(crate) async fn post_batch(State(app): State<Arc<App>>, Json(req): Json<BatchIn>) -> Response {
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
