//! Enforcement points that ask for a decision inline: the LiteLLM Generic Guardrail API and
//! Envoy's HTTP `ext_authz`. Both read the decision from memory, as `GET /v1/decisions` does,
//! and turn it into the gateway's verdict; in monitor mode they always allow and only count
//! (and log, without the account or any text) what they would have denied.

use std::sync::atomic::Ordering::Relaxed;
use std::sync::Arc;

use axum::extract::State;
use axum::http::{HeaderMap, HeaderName, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;
use dg_ingest::gateway::litellm::LitellmAccount;
use dg_model::Decision;
use serde::de::IgnoredAny;
use serde::{Deserialize, Serialize};
use tracing::info;
use utoipa::ToSchema;

use crate::api::{check_id, decide, error, now_rfc3339, DecisionOut};
use crate::config::{Mode, Point};
use crate::App;

/// Header naming the decision tier on every ext_authz answer (and for LiteLLM logs).
pub const DECISION_HEADER: &str = "x-distillguard-decision";
/// Header carrying the decision's reason codes (comma-separated) on ext_authz answers.
pub const REASON_HEADER: &str = "x-distillguard-reason";
/// Header saying `monitor` or `enforce` on ext_authz answers.
pub const MODE_HEADER: &str = "x-distillguard-mode";

/// What an enforcement point does with a decision.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Verdict {
    /// Let it through (allow, review, or anything in monitor mode).
    Pass,
    /// Slow down: 429 with `Retry-After`.
    Throttle,
    /// Refuse.
    Deny,
}

/// What `point` does with decision `d`, in the mode configured for that point and tier
/// ([`crate::ServeConfig::mode_for`]); refusals, done or only monitored, are counted.
fn verdict(app: &App, point: Point, d: Decision) -> Verdict {
    let wanted = match d {
        Decision::Allow | Decision::Review => Verdict::Pass,
        Decision::Throttle => Verdict::Throttle,
        Decision::Block => Verdict::Deny,
    };
    if wanted == Verdict::Pass {
        return Verdict::Pass;
    }
    let mode = app.cfg.mode_for(point, d);
    app.metrics.denial(point, d, mode);
    match mode {
        Mode::Enforce => {
            app.metrics.enforced_denials.fetch_add(1, Relaxed);
            wanted
        }
        Mode::Monitor => {
            app.metrics.monitored_denials.fetch_add(1, Relaxed);
            info!(
                point = point.name(),
                decision = ?d,
                "monitor mode: would have refused this request"
            );
            Verdict::Pass
        }
    }
}

/// One line for a gateway to show: the tier and the reason codes, no evidence.
fn reason_line(d: &DecisionOut) -> String {
    let codes: Vec<&str> = d.reasons.iter().map(|r| r.code.as_str()).collect();
    format!(
        "distillguard: account {} (score {:.2}; {})",
        tier(d.decision),
        d.score,
        if codes.is_empty() {
            "no reason".to_string()
        } else {
            codes.join(", ")
        }
    )
}

fn tier(d: Decision) -> &'static str {
    match d {
        Decision::Allow => "allow",
        Decision::Review => "review",
        Decision::Throttle => "throttle",
        Decision::Block => "block",
    }
}

/// LiteLLM's `request_data`: the identities of the virtual key used (other fields ignored);
/// `[guardrail] account_from` names the one that is the account.
#[derive(Deserialize, Default, ToSchema)]
#[serde(default)]
pub(crate) struct KeyIdentity {
    /// The virtual key's hash.
    user_api_key_hash: Option<String>,
    /// The key's user.
    user_api_key_user_id: Option<String>,
    /// The key's team.
    user_api_key_team_id: Option<String>,
    /// The end user the key acts for.
    user_api_key_end_user_id: Option<String>,
}

/// A Generic Guardrail API request. The texts, images and tools are skipped unread: the
/// decision is about the account, and nothing of what it wrote is kept or logged.
#[derive(Deserialize, ToSchema)]
pub(crate) struct GuardrailIn {
    /// The texts of the call: skipped unread.
    #[serde(default)]
    #[allow(dead_code)]
    #[schema(value_type = Option<Vec<String>>)]
    texts: Option<IgnoredAny>,
    /// The identities of the virtual key used; without one the answer is `NONE`.
    #[serde(default)]
    request_data: Option<KeyIdentity>,
    /// `request` or `response`.
    #[serde(default)]
    input_type: Option<String>,
}

/// The guardrail's verdict.
#[derive(Serialize, ToSchema)]
pub(crate) enum GuardrailAction {
    /// Refuse the call: the account is decided `block` or `throttle` (a guardrail cannot slow
    /// a caller down) and the guardrail enforces that tier.
    #[serde(rename = "BLOCKED")]
    Blocked,
    /// Let it through (always, in monitor mode).
    #[serde(rename = "NONE")]
    None,
}

/// A Generic Guardrail API answer.
#[derive(Serialize, ToSchema)]
pub(crate) struct GuardrailOut {
    /// `BLOCKED` or `NONE`.
    action: GuardrailAction,
    /// Why, when blocked: the decision, score and reason codes in one line.
    blocked_reason: Option<String>,
}

fn account_of(id: &KeyIdentity, from: LitellmAccount) -> Option<&str> {
    let v = match from {
        LitellmAccount::UserApiKeyHash => &id.user_api_key_hash,
        LitellmAccount::UserId => &id.user_api_key_user_id,
        LitellmAccount::TeamId => &id.user_api_key_team_id,
        LitellmAccount::EndUserId => &id.user_api_key_end_user_id,
    };
    v.as_deref().filter(|s| !s.trim().is_empty())
}

/// LiteLLM's Generic Guardrail API: `BLOCKED` for an account decided `block` or `throttle`.
///
/// `BLOCKED` for an account decided `block` (and `throttle`: a guardrail cannot slow a caller
/// down) in enforce mode, else `NONE`. The account is read from `request_data` as
/// `[guardrail] account_from` says; the texts are never read.
#[utoipa::path(
    post,
    path = "/beta/litellm_basic_guardrail_api",
    tag = "decide",
    security(("bearer" = ["decide"])),
    request_body = GuardrailIn,
    responses(
        (status = 200, description = "the verdict (always NONE in monitor mode)",
            body = GuardrailOut),
        (status = 400, description = "bad JSON, bad `input_type`, or an over-long account id",
            body = crate::api::ErrorOut),
        (status = 401, response = crate::openapi::Unauthorized),
        (status = 403, response = crate::openapi::Forbidden),
        (status = 413, description = "body over `limits.max_check_body_bytes`"),
    )
)]
pub(crate) async fn guardrail(
    State(app): State<Arc<App>>,
    body: Result<Json<GuardrailIn>, axum::extract::rejection::JsonRejection>,
) -> Response {
    let req = match body {
        Ok(Json(r)) => r,
        Err(e) => return error(e.status(), e.body_text()),
    };
    if let Some(t) = req.input_type.as_deref() {
        if t != "request" && t != "response" {
            return error(
                StatusCode::BAD_REQUEST,
                "input_type must be `request` or `response`",
            );
        }
    }
    let none = || {
        Json(GuardrailOut {
            action: GuardrailAction::None,
            blocked_reason: None,
        })
        .into_response()
    };
    let identity = req.request_data.unwrap_or_default();
    let Some(account) = account_of(&identity, app.cfg.guardrail.account_from) else {
        // No identity to judge (a request made outside a virtual key): not ours to refuse.
        app.metrics.checks_without_account.fetch_add(1, Relaxed);
        return none();
    };
    if let Err(e) = check_id(account) {
        return error(StatusCode::BAD_REQUEST, e);
    }
    let d = decide(&app, account, &now_rfc3339());
    match verdict(&app, Point::Guardrail, d.decision) {
        Verdict::Pass => none(),
        Verdict::Throttle | Verdict::Deny => Json(GuardrailOut {
            action: GuardrailAction::Blocked,
            blocked_reason: Some(reason_line(&d)),
        })
        .into_response(),
    }
}

fn put(headers: &mut HeaderMap, name: &str, value: &str) {
    if let (Ok(n), Ok(v)) = (HeaderName::try_from(name), HeaderValue::from_str(value)) {
        headers.insert(n, v);
    }
}

/// An ext_authz answer, whatever the transport: the status the gateway gives the client (200
/// to let the request through), headers, and a body for a refusal.
pub(crate) struct AuthzAnswer {
    /// 200, 403 or 429.
    pub(crate) status: u16,
    /// `x-distillguard-*` and, when throttled, `retry-after`.
    pub(crate) headers: Vec<(&'static str, String)>,
    /// One line for a refused client; empty when allowed.
    pub(crate) body: String,
}

/// Why an ext_authz check could not be judged.
pub(crate) enum AuthzError {
    /// The account header is over the id bounds.
    BadAccount(String),
}

/// The ext_authz verdict for the account a request names (`None`: no account header).
pub(crate) fn authz(app: &App, account: Option<&str>) -> Result<AuthzAnswer, AuthzError> {
    let cfg = &app.cfg.ext_authz;
    let account = account.map(str::trim).filter(|s| !s.is_empty());
    let Some(account) = account else {
        app.metrics.checks_without_account.fetch_add(1, Relaxed);
        // Refusing a request without an account is a block: enforced if `block` is.
        let mode = app.cfg.mode_for(Point::ExtAuthz, Decision::Block);
        let refuse = !cfg.allow_missing_account && mode == Mode::Enforce;
        return Ok(AuthzAnswer {
            status: if refuse { 403 } else { 200 },
            headers: vec![
                (REASON_HEADER, "no_account".into()),
                (MODE_HEADER, mode.name().into()),
            ],
            body: if refuse {
                "distillguard: no account header\n".into()
            } else {
                String::new()
            },
        });
    };
    check_id(account).map_err(AuthzError::BadAccount)?;
    let d = decide(app, account, &now_rfc3339());
    let codes: Vec<&str> = d.reasons.iter().map(|r| r.code.as_str()).collect();
    let mode = app.cfg.mode_for(Point::ExtAuthz, d.decision);
    let mut headers = vec![
        (DECISION_HEADER, tier(d.decision).to_string()),
        (REASON_HEADER, codes.join(",")),
        (MODE_HEADER, mode.name().to_string()),
    ];
    let (status, body) = match verdict(app, Point::ExtAuthz, d.decision) {
        Verdict::Pass => (200, String::new()),
        Verdict::Deny => (403, format!("{}\n", reason_line(&d))),
        Verdict::Throttle => {
            headers.push(("retry-after", cfg.retry_after_secs.to_string()));
            (429, format!("{}\n", reason_line(&d)))
        }
    };
    Ok(AuthzAnswer {
        status,
        headers,
        body,
    })
}

/// Envoy HTTP ext_authz: 200 allow, 403 block, 429 throttle (any method).
///
/// The original method and headers, as Envoy's HTTP ext_authz forwards them; the account is
/// read from `[ext_authz] account_header`. Every answer carries the decision and mode headers
/// (`x-distillguard-decision`, `-reason`, `-mode`); `review` is an allow whose header the
/// gateway can log.
#[utoipa::path(
    method(get, post, put, patch, delete, head, options),
    path = "/ext_authz",
    tag = "decide",
    security(("bearer" = ["decide"])),
    responses(
        (status = 200, description = "allow (review adds x-distillguard-decision: review)"),
        (status = 400, description = "an over-long account id", body = crate::api::ErrorOut),
        (status = 401, response = crate::openapi::Unauthorized),
        (status = 403, description = "block (enforce mode), or no account header with \
            `allow_missing_account = false`; or a token without the decide role"),
        (status = 429, description = "throttle (enforce mode), with Retry-After"),
    )
)]
pub(crate) async fn ext_authz(State(app): State<Arc<App>>, headers: HeaderMap) -> Response {
    let account = headers
        .get(app.cfg.ext_authz.account_header.as_str())
        .and_then(|v| v.to_str().ok());
    match authz(&app, account) {
        Ok(a) => {
            let status = StatusCode::from_u16(a.status).unwrap_or(StatusCode::FORBIDDEN);
            let mut r = (status, a.body).into_response();
            for (k, v) in &a.headers {
                put(r.headers_mut(), k, v);
            }
            r
        }
        Err(AuthzError::BadAccount(e)) => error(StatusCode::BAD_REQUEST, e),
    }
}

/// Envoy HTTP ext_authz with the original path appended (Envoy's `path_prefix`).
///
/// The same check as `/ext_authz`; the appended path is not read.
#[utoipa::path(
    method(get, post, put, patch, delete, head, options),
    path = "/ext_authz/{rest}",
    tag = "decide",
    security(("bearer" = ["decide"])),
    params(("rest" = String, Path, description = "the client's original path")),
    responses(
        (status = 200, description = "allow (review adds x-distillguard-decision: review)"),
        (status = 400, description = "an over-long account id", body = crate::api::ErrorOut),
        (status = 401, response = crate::openapi::Unauthorized),
        (status = 403, description = "block (enforce mode), or no account header with \
            `allow_missing_account = false`; or a token without the decide role"),
        (status = 429, description = "throttle (enforce mode), with Retry-After"),
    )
)]
pub(crate) async fn ext_authz_rest(app: State<Arc<App>>, headers: HeaderMap) -> Response {
    ext_authz(app, headers).await
}
