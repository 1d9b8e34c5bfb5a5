//! The OTLP JSON importer reads lines into borrowed views; `opentelemetry-proto`'s own serde
//! decoding of the same line into its owned types, mapped by the protobuf path, must give the
//! same records: the same events, the same rejections, for spans and log records built from
//! generated attribute values (numbers as strings, escapes, nested values, bad integers), and
//! a clear rejection (never a panic) for the same lines cut short or with bytes flipped.

use dg_ingest::gateway::otlp::{self, OtlpConfig};
use dg_ingest::gateway::Record;
use opentelemetry_proto::tonic::collector::logs::v1::ExportLogsServiceRequest;
use opentelemetry_proto::tonic::collector::trace::v1::ExportTraceServiceRequest;
use proptest::prelude::*;
use serde_json::{json, Value};

/// The reference: decode with opentelemetry-proto's serde, map as protobuf bodies are mapped.
fn reference(line: &str) -> Result<Vec<Record>, ()> {
    let v: Value = serde_json::from_str(line).map_err(|_| ())?;
    let mut out = Vec::new();
    let cfg = OtlpConfig::default();
    if v.get("resourceSpans").is_some() {
        let req: ExportTraceServiceRequest = serde_json::from_str(line).map_err(|_| ())?;
        otlp::spans_to_records(&cfg, &req.resource_spans, &mut out);
    }
    if v.get("resourceLogs").is_some() {
        let req: ExportLogsServiceRequest = serde_json::from_str(line).map_err(|_| ())?;
        otlp::logs_to_records(&cfg, &req.resource_logs, &mut out);
    }
    Ok(out)
}

fn views(line: &str) -> Vec<Record> {
    let mut out = Vec::new();
    otlp::import_json(&OtlpConfig::default(), line.as_bytes(), &mut out);
    out
}

/// An attribute value in one of the OTLP JSON spellings.
fn any_value() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        "[a-z\"\\\\é {}]{0,12}".prop_map(|s| json!({ "stringValue": s })),
        any::<i32>().prop_map(|i| json!({ "intValue": i.to_string() })),
        any::<u16>().prop_map(|i| json!({ "intValue": i })),
        // Rare: it makes the whole line undecodable.
        Just(json!({ "intValue": "12" })),
        (0.0f64..1e6).prop_map(|d| json!({ "doubleValue": d })),
        any::<bool>().prop_map(|b| json!({ "boolValue": b })),
        Just(json!({})),
        Just(json!({ "bytesValue": "aGk=" })),
    ];
    leaf.prop_recursive(3, 12, 3, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..3)
                .prop_map(|v| json!({ "arrayValue": { "values": v } })),
            prop::collection::vec(("[a-z]{1,5}", inner), 0..3).prop_map(|kv| {
                let values: Vec<Value> = kv
                    .into_iter()
                    .map(|(k, v)| json!({ "key": k, "value": v }))
                    .collect();
                json!({ "kvlistValue": { "values": values } })
            }),
        ]
    })
}

const KEYS: [&str; 12] = [
    "enduser.id",
    "user.id",
    "client.address",
    "user_agent.original",
    "gen_ai.operation.name",
    "gen_ai.request.model",
    "gen_ai.usage.input_tokens",
    "gen_ai.usage.output_tokens",
    "gen_ai.request.max_tokens",
    "gen_ai.response.finish_reasons",
    "gen_ai.input.messages",
    "gen_ai.tool.definitions",
];

/// Mostly a well-formed exchange (account, operation, model) plus generated attributes, which
/// may override them (a later duplicate key is not read: the first one wins in both paths).
fn attributes() -> impl Strategy<Value = Vec<Value>> {
    (any::<bool>(), 0u8..4, extra_attributes()).prop_map(|(base, acct, mut extra)| {
        let mut v = Vec::new();
        if base {
            v.push(
                json!({ "key": "enduser.id", "value": { "stringValue": format!("acct-{acct}") } }),
            );
            v.push(json!({ "key": "gen_ai.operation.name", "value": { "stringValue": "chat" } }));
            v.push(json!({ "key": "gen_ai.request.model", "value": { "stringValue": "m" } }));
            v.push(json!({ "key": "gen_ai.usage.input_tokens", "value": { "intValue": "17" } }));
        }
        v.append(&mut extra);
        v
    })
}

fn extra_attributes() -> impl Strategy<Value = Vec<Value>> {
    prop::collection::vec(
        (
            prop::sample::select(KEYS.to_vec()),
            prop_oneof![
                2 => any_value(),
                2 => "[a-z0-9 .]{1,10}".prop_map(|s| json!({ "stringValue": s })),
                1 => Just(json!({ "stringValue": "[{\"role\":\"user\",\"content\":\"hi \\\"x\\\"\"}]" })),
                1 => Just(json!({ "stringValue": "81.2.69.142" })),
            ],
        )
            .prop_map(|(k, v)| json!({ "key": k, "value": v })),
        0..4,
    )
}

fn id(bytes: usize) -> impl Strategy<Value = String> {
    prop_oneof![
        30 => prop::collection::vec(any::<u8>(), bytes).prop_map(|b| b.iter().map(|x| format!("{x:02X}")).collect()),
        1 => Just(String::new()),
        1 => Just("xyz".to_string()),
    ]
}

fn time() -> impl Strategy<Value = Value> {
    prop_oneof![
        10 => (1_600_000_000_000_000_000u64..1_900_000_000_000_000_000).prop_map(|t| json!(t.to_string())),
        10 => (1_600_000_000_000_000_000u64..1_900_000_000_000_000_000).prop_map(|t| json!(t)),
        1 => Just(json!("0")),
    ]
}

fn span() -> impl Strategy<Value = Value> {
    (id(16), id(8), time(), attributes(), attributes()).prop_map(|(t, s, ts, attrs, ev)| {
        json!({
            "traceId": t, "spanId": s, "name": "chat m", "kind": 3,
            "startTimeUnixNano": ts, "endTimeUnixNano": ts,
            "attributes": attrs,
            "events": [{ "name": "gen_ai.user.message", "attributes": ev }],
            "status": {}
        })
    })
}

fn log_record() -> impl Strategy<Value = Value> {
    (id(16), id(8), time(), attributes()).prop_map(|(t, s, ts, mut attrs)| {
        attrs.push(json!({ "key": "event.name",
            "value": { "stringValue": "gen_ai.client.inference.operation.details" } }));
        json!({ "traceId": t, "spanId": s, "timeUnixNano": ts, "attributes": attrs })
    })
}

fn line() -> impl Strategy<Value = String> {
    (
        prop::collection::vec(span(), 0..4),
        prop::collection::vec(log_record(), 0..3),
        attributes(),
        any::<bool>(),
    )
        .prop_map(|(spans, logs, resource, traces)| {
            let v = if traces {
                json!({ "resourceSpans": [{ "resource": { "attributes": resource },
                    "scopeSpans": [{ "scope": { "name": "x" }, "spans": spans }] }] })
            } else {
                json!({ "resourceLogs": [{ "resource": { "attributes": resource },
                    "scopeLogs": [{ "logRecords": logs }] }] })
            };
            v.to_string()
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn views_read_like_the_protobuf_types(line in line()) {
        let got = views(&line);
        match reference(&line) {
            Ok(want) => prop_assert_eq!(got, want),
            // A line the reference cannot decode is one rejection here too.
            Err(()) => {
                prop_assert_eq!(got.len(), 1);
                prop_assert!(got[0].is_err());
            }
        }
    }

    #[test]
    fn cut_or_flipped_lines_are_rejected_not_panicked(line in line(), cut in any::<prop::sample::Index>(), flip in any::<prop::sample::Index>()) {
        let bytes = line.as_bytes();
        let cut_at = cut.index(bytes.len().max(1));
        let mut out = Vec::new();
        otlp::import_json(&OtlpConfig::default(), &bytes[..cut_at], &mut out);
        prop_assert!(out.len() == 1 && out[0].is_err());
        let mut flipped = bytes.to_vec();
        if !flipped.is_empty() {
            let i = flip.index(flipped.len());
            flipped[i] ^= 0x5a;
        }
        let mut out = Vec::new();
        otlp::import_json(&OtlpConfig::default(), &flipped, &mut out);
        // A line that is no longer JSON is one rejection; one that still is decodes record by
        // record (each an event or its own rejection).
        if serde_json::from_slice::<serde::de::IgnoredAny>(&flipped).is_err() {
            prop_assert!(out.len() == 1 && out[0].is_err());
        }
    }
}
