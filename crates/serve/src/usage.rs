//! `GET /v1/usage` (admin): events and token totals per account, read from the durable event
//! log, so an operator (or the gateway end-to-end test) can compare what serve holds with a
//! `scan` of the same traffic.
//!
//! It reads the whole log, as a restart's replay does (a line stored twice counts once), so it
//! is an audit route, not one to poll on a busy service.

use std::borrow::Cow;
use std::collections::BTreeMap;
use std::sync::Arc;

use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::Json;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::api::error;
use crate::{App, Seen};

/// One account's share of the event log.
#[derive(Serialize, Default, ToSchema)]
pub(crate) struct AccountUsage {
    /// The account.
    account_id: String,
    /// Its events (a `request_id` stored twice counts once).
    events: u64,
    /// Its input tokens.
    input_tokens: u64,
    /// Its output tokens.
    output_tokens: u64,
}

/// The answer: totals, then one entry per account in id order.
#[derive(Serialize, ToSchema)]
pub(crate) struct UsageOut {
    /// Events in the log.
    events: u64,
    /// Input tokens of all of them.
    input_tokens: u64,
    /// Output tokens of all of them.
    output_tokens: u64,
    /// Per account, in id order.
    accounts: Vec<AccountUsage>,
}

/// The fields of a stored contract line this route reads; the line was validated on ingest.
#[derive(Deserialize)]
struct Line<'a> {
    #[serde(borrow)]
    request_id: Cow<'a, str>,
    #[serde(borrow)]
    account_id: Cow<'a, str>,
    #[serde(default)]
    input_tokens: u64,
    #[serde(default)]
    output_tokens: u64,
}

/// Folds stored lines into per-account totals, skipping request ids already counted.
fn tally(
    lines: &[String],
    seen: &mut Seen,
    by_account: &mut BTreeMap<String, AccountUsage>,
) -> Result<(), String> {
    for line in lines {
        let l: Line =
            serde_json::from_str(line).map_err(|e| format!("a stored event line: {e}"))?;
        if !seen.insert(dg_ingest::dedupe::id_hash(&l.request_id)) {
            continue;
        }
        let u = by_account
            .entry(l.account_id.to_string())
            .or_insert_with(|| AccountUsage {
                account_id: l.account_id.to_string(),
                ..AccountUsage::default()
            });
        u.events += 1;
        u.input_tokens = u.input_tokens.saturating_add(l.input_tokens);
        u.output_tokens = u.output_tokens.saturating_add(l.output_tokens);
    }
    Ok(())
}

/// Events and input/output token totals per account, read from the durable event log.
///
/// A line stored twice counts once, as in a replay. It reads the whole log: for audits and
/// tests (the gateway end-to-end test compares it with a `scan`), not for polling.
#[utoipa::path(
    get,
    path = "/v1/usage",
    tag = "admin",
    security(("bearer" = ["admin"])),
    responses(
        (status = 200, description = "usage", body = UsageOut),
        (status = 401, response = crate::openapi::Unauthorized),
        (status = 403, response = crate::openapi::Forbidden),
        (status = 503, response = crate::openapi::StoreDown),
    )
)]
pub(crate) async fn get_usage(State(app): State<Arc<App>>) -> Response {
    let (tx, mut rx) = tokio::sync::mpsc::channel::<Vec<String>>(2);
    let folder = crate::work::run("dg-usage", app.limits.work(), move || {
        let mut seen = Seen::default();
        let mut by_account = BTreeMap::new();
        while let Some(lines) = rx.blocking_recv() {
            tally(&lines, &mut seen, &mut by_account)?;
        }
        Ok::<_, String>(by_account)
    });
    let read = app.store.send_event_lines(8192, tx).await;
    let by_account = match (folder.await, read) {
        (Ok(Ok(m)), Ok(_)) => m,
        (Ok(Err(e)), _) => {
            tracing::error!("usage: {e}");
            return error(
                StatusCode::INTERNAL_SERVER_ERROR,
                "the event log is unreadable",
            );
        }
        (_, Err(e)) => {
            tracing::error!("usage: reading the event log: {e}");
            return error(
                StatusCode::SERVICE_UNAVAILABLE,
                "the event log is unreachable",
            );
        }
        (Err(_), _) => return error(StatusCode::INTERNAL_SERVER_ERROR, "usage failed"),
    };
    let accounts: Vec<AccountUsage> = by_account.into_values().collect();
    let out = UsageOut {
        events: accounts.iter().map(|a| a.events).sum(),
        input_tokens: accounts.iter().map(|a| a.input_tokens).sum(),
        output_tokens: accounts.iter().map(|a| a.output_tokens).sum(),
        accounts,
    };
    (StatusCode::OK, Json(out)).into_response()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_line_stored_twice_counts_once_and_tokens_add_per_account() {
        let lines: Vec<String> = [
            r#"{"request_id":"r1","account_id":"a","input_tokens":3,"output_tokens":4}"#,
            r#"{"request_id":"r2","account_id":"b","input_tokens":5}"#,
            r#"{"request_id":"r1","account_id":"a","input_tokens":3,"output_tokens":4}"#,
            r#"{"request_id":"r3","account_id":"a","input_tokens":1,"output_tokens":1}"#,
        ]
        .map(String::from)
        .to_vec();
        let mut seen = Seen::default();
        let mut m = BTreeMap::new();
        tally(&lines, &mut seen, &mut m).unwrap();
        let a = &m["a"];
        assert_eq!((a.events, a.input_tokens, a.output_tokens), (2, 4, 5));
        let b = &m["b"];
        assert_eq!((b.events, b.input_tokens, b.output_tokens), (1, 5, 0));
        assert!(tally(&["not json".to_string()], &mut seen, &mut m).is_err());
    }
}
