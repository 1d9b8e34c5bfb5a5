//! Gateway ingest: what LiteLLM's `generic_api` logging callback posts (`/v1/ingest/litellm`)
//! and OTLP/HTTP exports of GenAI traces and logs (`/v1/traces`, `/v1/logs`).
//!
//! The ingest crate's importers turn each record into a contract event; the event is written
//! as a contract line and validated by the same [`check_line`] as `POST /v1/events`, so the
//! event log holds contract lines whatever the source, replay needs no importer, and the
//! commit (de-duplication, one transaction, fold after commit) is [`commit_events`]'s.

use std::sync::Arc;

use axum::body::Body;
use axum::extract::State;
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;
use dg_ingest::gateway::{litellm, otlp, Record};
use dg_ingest::IpTable;
use opentelemetry_proto::tonic::collector::logs::v1::{
    ExportLogsPartialSuccess, ExportLogsServiceRequest, ExportLogsServiceResponse,
};
use opentelemetry_proto::tonic::collector::trace::v1::{
    ExportTracePartialSuccess, ExportTraceServiceRequest, ExportTraceServiceResponse,
};
use opentelemetry_proto::tonic::logs::v1::ResourceLogs;
use opentelemetry_proto::tonic::trace::v1::ResourceSpans;
use prost::Message;
use serde::Deserialize;

use crate::api::{commit_events, error, slot_and_body, IngestOut, Validated};
use crate::body;
use crate::engine::{check_line, Checked};
use crate::App;

/// Validates one importer record as a contract line of the body's line `n`.
fn admit(
    r: Record,
    n: u64,
    table: Option<&IpTable>,
    v: &mut Validated<Checked>,
    max_listed: usize,
) {
    let checked = r.and_then(|ev| {
        let line = serde_json::to_vec(&ev).map_err(|e| format!("cannot encode the event: {e}"))?;
        check_line(&line, n, table)
    });
    match checked {
        Ok(c) => v.ok.push(c),
        Err(e) => v.reject(n, e, max_listed),
    }
}

/// LiteLLM `StandardLoggingPayload`s from its `generic_api` callback.
///
/// One payload (`log_format: single`), NDJSON of them (`ndjson`) or a JSON array of them
/// (`json_array`, which may span lines); each becomes a contract event, counted as
/// `POST /v1/events` counts lines.
#[utoipa::path(
    post,
    path = "/v1/ingest/litellm",
    tag = "ingest",
    security(("bearer" = ["ingest"])),
    request_body(
        description = "StandardLoggingPayloads: one, NDJSON, or a JSON array",
        content(("application/json"), ("application/x-ndjson"))
    ),
    responses(
        (status = 202, description = "as for `POST /v1/events`", body = crate::api::IngestOut),
        crate::openapi::IngestRefusals,
        crate::openapi::UnreadableBody,
    )
)]
pub(crate) async fn post_litellm(
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
    let app2 = Arc::clone(&app);
    // The semaphore is never closed; parsing waits for a worker's turn.
    let _parse = app.parse.acquire().await.ok();
    let validated = crate::work::run("dg-parse", l.work(), move || {
        let cfg = &app2.cfg.import.litellm;
        let table = app2.setup.ip_table.as_deref();
        let mut v = Validated::new();
        let mut records = Vec::new();
        let mut import = |n: u64, line: &[u8], v: &mut Validated<Checked>| {
            litellm::import(cfg, line, &mut records);
            for r in records.drain(..) {
                admit(r, n, table, v, max_listed);
            }
        };
        let trimmed = bytes.trim_ascii_start();
        let trimmed = trimmed
            .strip_prefix(&dg_ingest::lines::UTF8_BOM[..])
            .unwrap_or(trimmed);
        if trimmed.starts_with(b"[") {
            // A json_array batch is one record set, however it is broken into lines.
            import(1, trimmed, &mut v);
        } else {
            for (n, line) in body::lines(&bytes, cap) {
                match line {
                    Ok(line) => import(n, line, &mut v),
                    Err(e) => v.reject(n, e, max_listed),
                }
            }
        }
        v
    })
    .await;
    let Ok(v) = validated else {
        return error(StatusCode::INTERNAL_SERVER_ERROR, "validation failed");
    };
    match commit_events(&app, v, slot).await {
        Ok(out) => (StatusCode::ACCEPTED, Json(out)).into_response(),
        Err(r) => r,
    }
}

/// Which OTLP export.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Signal {
    Traces,
    Logs,
}

/// The two encodings of OTLP/HTTP.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Encoding {
    Protobuf,
    Json,
}

/// OTLP JSON export requests (the JSON mapping's field names).
#[derive(Deserialize)]
struct TracesJson {
    #[serde(default, rename = "resourceSpans")]
    resource_spans: Vec<ResourceSpans>,
}

#[derive(Deserialize)]
struct LogsJson {
    #[serde(default, rename = "resourceLogs")]
    resource_logs: Vec<ResourceLogs>,
}

/// `google.rpc.Status`, the body of an OTLP/HTTP error answer in protobuf.
#[derive(Clone, PartialEq, prost::Message)]
struct RpcStatus {
    #[prost(int32, tag = "1")]
    code: i32,
    #[prost(string, tag = "2")]
    message: String,
}

/// `google.rpc.Code.INVALID_ARGUMENT`.
const INVALID_ARGUMENT: i32 = 3;

fn otlp_error(enc: Encoding, status: StatusCode, message: String) -> Response {
    match enc {
        Encoding::Json => error(status, message),
        Encoding::Protobuf => {
            let body = RpcStatus {
                code: INVALID_ARGUMENT,
                message,
            }
            .encode_to_vec();
            (
                status,
                [(
                    header::CONTENT_TYPE,
                    HeaderValue::from_static("application/x-protobuf"),
                )],
                body,
            )
                .into_response()
        }
    }
}

fn encoding(headers: &HeaderMap) -> Result<Encoding, String> {
    let ct = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("");
    let media = ct
        .split(';')
        .next()
        .unwrap_or("")
        .trim()
        .to_ascii_lowercase();
    match media.as_str() {
        "application/x-protobuf" | "application/protobuf" => Ok(Encoding::Protobuf),
        "application/json" => Ok(Encoding::Json),
        _ => Err(format!(
            "unsupported content-type {:?}: OTLP/HTTP takes application/x-protobuf or application/json",
            ct.chars().take(80).collect::<String>()
        )),
    }
}

/// OTLP/HTTP trace export: GenAI spans become contract events.
#[utoipa::path(
    post,
    path = "/v1/traces",
    tag = "ingest",
    security(("bearer" = ["ingest"])),
    request_body(
        description = "an ExportTraceServiceRequest, gzip allowed",
        content(("application/x-protobuf"), ("application/json"))
    ),
    responses(
        (status = 200, description = "ExportTraceServiceResponse in the request's encoding \
            (`partial_success` counts the rejected spans)"),
        (status = 400, description = "an undecodable body (a `google.rpc.Status`)"),
        (status = 415, description = "a content type other than `application/x-protobuf` or \
            `application/json`, or an encoding other than gzip"),
        crate::openapi::IngestRefusals,
    )
)]
pub(crate) async fn post_traces(
    State(app): State<Arc<App>>,
    headers: HeaderMap,
    body: Body,
) -> Response {
    post_otlp(app, headers, body, Signal::Traces).await
}

/// OTLP/HTTP logs export: GenAI log records become contract events.
#[utoipa::path(
    post,
    path = "/v1/logs",
    tag = "ingest",
    security(("bearer" = ["ingest"])),
    request_body(
        description = "an ExportLogsServiceRequest, gzip allowed",
        content(("application/x-protobuf"), ("application/json"))
    ),
    responses(
        (status = 200, description = "ExportLogsServiceResponse in the request's encoding \
            (`partial_success` counts the rejected records)"),
        (status = 400, description = "an undecodable body (a `google.rpc.Status`)"),
        (status = 415, description = "a content type other than `application/x-protobuf` or \
            `application/json`, or an encoding other than gzip"),
        crate::openapi::IngestRefusals,
    )
)]
pub(crate) async fn post_logs(
    State(app): State<Arc<App>>,
    headers: HeaderMap,
    body: Body,
) -> Response {
    post_otlp(app, headers, body, Signal::Logs).await
}

/// Decodes one export request into importer records, or says why the body is not one.
fn otlp_records(
    app: &App,
    signal: Signal,
    enc: Encoding,
    bytes: &[u8],
) -> Result<Vec<Record>, String> {
    let cfg = &app.cfg.import.otlp;
    let mut out = Vec::new();
    let bad_json = |e: serde_json::Error| {
        format!(
            "invalid OTLP JSON: {}",
            e.to_string().chars().take(200).collect::<String>()
        )
    };
    let bad_proto = |e: prost::DecodeError| {
        format!(
            "invalid OTLP protobuf: {}",
            e.to_string().chars().take(200).collect::<String>()
        )
    };
    match (signal, enc) {
        (Signal::Traces, Encoding::Protobuf) => {
            let req = ExportTraceServiceRequest::decode(bytes).map_err(bad_proto)?;
            otlp::spans_to_records(cfg, &req.resource_spans, &mut out);
        }
        (Signal::Traces, Encoding::Json) => {
            let req: TracesJson = serde_json::from_slice(bytes).map_err(bad_json)?;
            otlp::spans_to_records(cfg, &req.resource_spans, &mut out);
        }
        (Signal::Logs, Encoding::Protobuf) => {
            let req = ExportLogsServiceRequest::decode(bytes).map_err(bad_proto)?;
            otlp::logs_to_records(cfg, &req.resource_logs, &mut out);
        }
        (Signal::Logs, Encoding::Json) => {
            let req: LogsJson = serde_json::from_slice(bytes).map_err(bad_json)?;
            otlp::logs_to_records(cfg, &req.resource_logs, &mut out);
        }
    }
    Ok(out)
}

/// The OTLP answer: 200 with an export response, `partial_success` naming the rejected
/// records (the first reason and the count), in the request's encoding.
fn otlp_success(signal: Signal, enc: Encoding, out: &IngestOut) -> Response {
    let message = match out.errors.first() {
        Some(e) if out.rejected > 1 => {
            format!("{} records rejected; the first: {}", out.rejected, e.error)
        }
        Some(e) => e.error.clone(),
        None => String::new(),
    };
    let rejected = out.rejected as i64;
    match enc {
        Encoding::Protobuf => {
            let body = match signal {
                Signal::Traces => ExportTraceServiceResponse {
                    partial_success: (rejected > 0).then_some(ExportTracePartialSuccess {
                        rejected_spans: rejected,
                        error_message: message,
                    }),
                }
                .encode_to_vec(),
                Signal::Logs => ExportLogsServiceResponse {
                    partial_success: (rejected > 0).then_some(ExportLogsPartialSuccess {
                        rejected_log_records: rejected,
                        error_message: message,
                    }),
                }
                .encode_to_vec(),
            };
            (
                StatusCode::OK,
                [(
                    header::CONTENT_TYPE,
                    HeaderValue::from_static("application/x-protobuf"),
                )],
                body,
            )
                .into_response()
        }
        Encoding::Json => {
            let field = match signal {
                Signal::Traces => "rejectedSpans",
                Signal::Logs => "rejectedLogRecords",
            };
            let body = if rejected > 0 {
                serde_json::json!({
                    "partialSuccess": { field: rejected.to_string(), "errorMessage": message }
                })
            } else {
                serde_json::json!({})
            };
            (StatusCode::OK, Json(body)).into_response()
        }
    }
}

async fn post_otlp(app: Arc<App>, headers: HeaderMap, body: Body, signal: Signal) -> Response {
    let enc = match encoding(&headers) {
        Ok(e) => e,
        Err(msg) => return error(StatusCode::UNSUPPORTED_MEDIA_TYPE, msg),
    };
    let (slot, bytes) = match slot_and_body(&app, &headers, body).await {
        Ok(x) => x,
        Err(r) => return r,
    };
    let l = &app.limits;
    let max_listed = l.max_errors_listed;
    let app2 = Arc::clone(&app);
    // The semaphore is never closed; parsing waits for a worker's turn.
    let _parse = app.parse.acquire().await.ok();
    let validated = crate::work::run("dg-parse", l.work(), move || {
        let records = otlp_records(&app2, signal, enc, &bytes)?;
        let table = app2.setup.ip_table.as_deref();
        let mut v = Validated::new();
        for r in records {
            admit(r, 1, table, &mut v, max_listed);
        }
        Ok::<_, String>(v)
    })
    .await;
    let v = match validated {
        Ok(Ok(v)) => v,
        Ok(Err(msg)) => return otlp_error(enc, StatusCode::BAD_REQUEST, msg),
        Err(_) => return error(StatusCode::INTERNAL_SERVER_ERROR, "validation failed"),
    };
    match commit_events(&app, v, slot).await {
        Ok(out) => otlp_success(signal, enc, &out),
        Err(r) => r,
    }
}
