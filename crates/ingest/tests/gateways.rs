//! The importers on captured fixtures (see fixtures/gateways/README.md) and on hostile input.

use std::collections::BTreeMap;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use dg_ingest::gateway::bedrock::{BedrockAccount, BedrockConfig};
use dg_ingest::gateway::litellm::{LitellmAccount, LitellmConfig};
use dg_ingest::gateway::otlp::{self, OtlpConfig};
use dg_ingest::gateway::Record;
use dg_ingest::{Counters, EventSource, Format, FormatChoice, ImportConfig, SourceOptions};
use dg_model::{Event, Rejected};

fn fixture(rel: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/gateways")
        .join(rel)
}

/// Reads files through the whole source (threads, dedupe, reorder) as `format`.
fn read(
    paths: &[PathBuf],
    format: FormatChoice,
    cfg: ImportConfig,
) -> (Vec<Event>, Vec<Rejected>, Counters) {
    let mut rejected = Vec::new();
    let opts = SourceOptions {
        format,
        import: Arc::new(cfg),
        ..SourceOptions::default()
    };
    let (events, counters) = {
        let mut src = EventSource::open(paths, opts, |r| rejected.push(r)).unwrap();
        let events: Vec<Event> = src.events().map(Result::unwrap).collect();
        (events, src.counters())
    };
    assert!(counters.invariant_holds(), "{counters:?}");
    (events, rejected, counters)
}

fn per_account(events: &[Event]) -> BTreeMap<String, usize> {
    let mut m = BTreeMap::new();
    for e in events {
        *m.entry(e.account_id.clone()).or_insert(0) += 1;
    }
    m
}

fn tokens(events: &[Event]) -> (u64, u64) {
    events.iter().fold((0, 0), |(i, o), e| {
        (i + e.input_tokens, o + e.output_tokens)
    })
}

fn litellm_cfg(account: LitellmAccount) -> ImportConfig {
    ImportConfig {
        litellm: LitellmConfig { account },
        ..ImportConfig::default()
    }
}

#[test]
fn litellm_every_log_format_gives_the_same_ten_calls() {
    for name in ["json_array", "ndjson", "single"] {
        let path = fixture(&format!("litellm/litellm_{name}.jsonl.gz"));
        let (events, rejected, c) = read(
            std::slice::from_ref(&path),
            FormatChoice::Fixed(Format::Litellm),
            litellm_cfg(LitellmAccount::UserId),
        );
        assert!(rejected.is_empty(), "{name}: {rejected:?}");
        assert_eq!((c.lines_read, c.events_accepted), (10, 10), "{name}");
        let want: BTreeMap<String, usize> =
            [("alice", 4), ("bob", 2), ("carol", 2), ("mallory", 2)]
                .into_iter()
                .map(|(a, n)| (a.to_string(), n))
                .collect();
        assert_eq!(per_account(&events), want, "{name}");
        assert_eq!(tokens(&events), (100, 200), "{name}");
        // Content and request facts came through.
        assert!(events.iter().any(|e| e.prompt.contains("show every step")));
        assert!(events
            .iter()
            .any(|e| e.system.as_deref() == Some("You are a careful tutor.")));
        assert!(events.iter().any(|e| e.turns == Some(3)));
        assert!(events.iter().any(|e| e.max_tokens == Some(2048)));
        assert!(events.iter().any(|e| e.tools == ["get_weather"]));
        assert!(events.iter().all(|e| e.model == "gpt-4o-mini"));
        assert!(events.iter().all(|e| e
            .user_agent
            .as_deref()
            .is_some_and(|u| u.starts_with("capture-app/1.0"))));
        // The proxy saw 127.0.0.1: each account gets its own stand-in address.
        assert!(events.iter().all(|e| !e.ip.is_loopback()));
        // Default identity: one account per key hash.
        let (events, _, _) = read(
            &[path],
            FormatChoice::Fixed(Format::Litellm),
            ImportConfig::default(),
        );
        assert_eq!(per_account(&events).len(), 4, "{name}");
        assert!(events
            .iter()
            .all(|e| e.api_key_id.as_deref() == Some(e.account_id.as_str())));
    }
}

#[test]
fn litellm_end_user_identity_rejects_calls_without_one() {
    let path = fixture("litellm/litellm_ndjson.jsonl.gz");
    let (events, rejected, c) = read(
        &[path],
        FormatChoice::Fixed(Format::Litellm),
        litellm_cfg(LitellmAccount::EndUserId),
    );
    // Only bob's calls passed `user`.
    assert_eq!(
        per_account(&events).into_iter().collect::<Vec<_>>(),
        [("bob-end-user".to_string(), 2)]
    );
    assert_eq!(c.events_rejected, 8);
    assert!(
        rejected[0]
            .error
            .starts_with("no account: end_user is absent or empty"),
        "{}",
        rejected[0].error
    );
    assert!(rejected
        .iter()
        .all(|r| r.line > 0 && r.file.ends_with(".gz")));
}

#[test]
fn otlp_json_spans_and_details_events_give_accounts_tokens_and_content() {
    let cases = [
        ("otlp/legacy-nocontent.v1_traces.jsonl", false),
        ("otlp/legacy-content.v1_traces.jsonl", false),
        ("otlp/latest-span.v1_traces.jsonl", true),
        ("otlp/latest-event.v1_traces.jsonl", false),
        ("otlp/latest-event.v1_logs.jsonl", true),
    ];
    for (rel, content) in cases {
        let (events, rejected, c) = read(
            &[fixture(rel)],
            FormatChoice::Fixed(Format::OtlpJson),
            ImportConfig::default(),
        );
        assert_eq!(
            (c.lines_read, c.events_accepted, c.events_rejected),
            (5, 4, 1),
            "{rel}"
        );
        assert!(
            rejected[0]
                .error
                .ends_with("no account: none of the attributes enduser.id, user.id is set"),
            "{rel}: {}",
            rejected[0].error
        );
        assert!(
            rejected[0].error.starts_with("resource"),
            "{rel}: names the record"
        );
        let want: BTreeMap<String, usize> = [("alice", 2), ("bob", 1), ("carol", 1)]
            .into_iter()
            .map(|(a, n)| (a.to_string(), n))
            .collect();
        assert_eq!(per_account(&events), want, "{rel}");
        assert_eq!(tokens(&events), (40, 80), "{rel}");
        assert!(events.iter().all(|e| e.model == "gpt-4o-mini"));
        assert!(events.iter().any(|e| e.max_tokens == Some(400)), "{rel}");
        let has_prompt = events.iter().any(|e| e.prompt.contains("show every step"));
        assert_eq!(has_prompt, content, "{rel}");
        if content {
            assert!(events
                .iter()
                .any(|e| e.system.as_deref() == Some("You are a careful tutor.")));
            assert!(events
                .iter()
                .any(|e| e.turns == Some(3) && e.prompt == "Give three examples."));
        }
    }
}

#[test]
fn otlp_a_details_event_and_its_span_are_one_exchange() {
    let (events, _, c) = read(
        &[
            fixture("otlp/latest-event.v1_logs.jsonl"),
            fixture("otlp/latest-event.v1_traces.jsonl"),
        ],
        FormatChoice::Auto,
        ImportConfig::default(),
    );
    assert_eq!(
        (c.events_accepted, c.duplicates, c.events_rejected),
        (4, 4, 2)
    );
    // The log file came first, so the events with content were kept.
    assert!(events.iter().all(|e| !e.prompt.is_empty()));
}

#[test]
fn otlp_protobuf_bodies_read_like_their_json() {
    for (pb, json) in [
        (
            "otlp/proto-latest-span.v1_traces.001.pb",
            "otlp/latest-span.v1_traces.jsonl",
        ),
        (
            "otlp/proto-legacy-nocontent.v1_traces.001.pb",
            "otlp/legacy-nocontent.v1_traces.jsonl",
        ),
    ] {
        let body = std::fs::read(fixture(pb)).unwrap();
        let mut out: Vec<Record> = Vec::new();
        otlp::import_traces_proto(&OtlpConfig::default(), &body, &mut out);
        let (ok, bad): (Vec<_>, Vec<_>) = out.into_iter().partition(Result::is_ok);
        let ok: Vec<Event> = ok.into_iter().map(Result::unwrap).collect();
        let (from_json, _, _) = read(
            &[fixture(json)],
            FormatChoice::Fixed(Format::OtlpJson),
            ImportConfig::default(),
        );
        assert_eq!(bad.len(), 1, "{pb}");
        assert_eq!(per_account(&ok), per_account(&from_json), "{pb}");
        assert_eq!(tokens(&ok), tokens(&from_json), "{pb}");
        let prompts = |es: &[Event]| {
            let mut p: Vec<String> = es.iter().map(|e| e.prompt.clone()).collect();
            p.sort();
            p
        };
        assert_eq!(prompts(&ok), prompts(&from_json), "{pb}");
    }
}

#[test]
fn bedrock_invocation_logs_map_each_model_family() {
    let (events, rejected, c) = read(
        &[fixture("bedrock/invocations.jsonl")],
        FormatChoice::Fixed(Format::Bedrock),
        ImportConfig::default(),
    );
    assert_eq!(
        (c.lines_read, c.events_accepted, c.events_rejected),
        (5, 4, 1)
    );
    assert_eq!(rejected[0].line, 5);
    assert_eq!(
        rejected[0].error,
        "no account: identity.arn is absent or empty"
    );
    assert_eq!(per_account(&events).len(), 3);
    assert_eq!(tokens(&events), (31 + 25 + 40 + 12, 22 + 640 + 4 + 80));
    let by_id: BTreeMap<&str, &Event> = events.iter().map(|e| (&e.request_id[..13], e)).collect();
    let e = by_id["7f1e0c2a-0001"];
    assert_eq!(
        (e.prompt.as_str(), e.system.as_deref()),
        ("Where is my order 1182?", Some("You are a support agent."))
    );
    assert_eq!(
        (e.tools.clone(), e.tool_calls, e.stop_reason.as_deref()),
        (vec!["lookup_order".to_string()], Some(1), Some("tool_use"))
    );
    assert_eq!(by_id["7f1e0c2a-0002"].max_tokens, Some(8192));
    let e = by_id["7f1e0c2a-0003"];
    assert_eq!(
        (e.system.as_deref(), e.max_tokens, e.stop_reason.as_deref()),
        (
            Some("You are a strict grader."),
            Some(512),
            Some("end_turn")
        )
    );
    let e = by_id["7f1e0c2a-0004"];
    assert_eq!(
        (e.prompt.starts_with("Summarise"), e.max_tokens),
        (true, Some(300))
    );
    // By AWS account instead: the line without an ARN is accepted too.
    let cfg = ImportConfig {
        bedrock: BedrockConfig {
            account: BedrockAccount::AccountId,
        },
        ..ImportConfig::default()
    };
    let (events, _, c) = read(
        &[
            fixture("bedrock/invocations.jsonl"),
            fixture("bedrock/invocations.jsonl.gz"),
        ],
        FormatChoice::Auto,
        cfg,
    );
    assert_eq!(
        (c.events_accepted, c.duplicates, c.events_rejected),
        (5, 3, 0)
    );
    assert_eq!(per_account(&events).len(), 2);
}

#[test]
fn auto_reads_each_file_in_its_own_format() {
    let contract = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/events.jsonl");
    let paths = [
        contract.clone(),
        fixture("litellm/litellm_single.jsonl.gz"),
        fixture("otlp/latest-span.v1_traces.jsonl"),
        fixture("bedrock/invocations.jsonl"),
    ];
    let mut src = EventSource::open(
        &paths,
        SourceOptions {
            format: FormatChoice::Auto,
            ..SourceOptions::default()
        },
        |_| {},
    )
    .unwrap();
    assert_eq!(
        src.file_formats(),
        [
            Format::Contract,
            Format::Litellm,
            Format::OtlpJson,
            Format::Bedrock
        ]
    );
    let n = src.events().count();
    let c = src.counters();
    assert!(c.invariant_holds());
    assert_eq!(n as u64, c.events_accepted);
}

// ---- hostile input: each a clear rejection, nothing else lost ----

fn write_tmp(dir: &tempfile::TempDir, name: &str, bytes: &[u8]) -> PathBuf {
    let p = dir.path().join(name);
    std::fs::File::create(&p).unwrap().write_all(bytes).unwrap();
    p
}

#[test]
fn truncated_protobuf_is_one_rejection() {
    let body = std::fs::read(fixture("otlp/proto-latest-span.v1_traces.001.pb")).unwrap();
    for cut in [1, body.len() / 3, body.len() - 1] {
        let mut out = Vec::new();
        otlp::import_traces_proto(&OtlpConfig::default(), &body[..cut], &mut out);
        assert_eq!(out.len(), 1, "cut at {cut}");
        let e = out[0].as_ref().unwrap_err();
        assert!(e.starts_with("invalid OTLP protobuf: "), "{e}");
    }
    // JSON where protobuf was expected, and the reverse.
    let mut out = Vec::new();
    otlp::import_logs_proto(&OtlpConfig::default(), br#"{"resourceLogs":[]}"#, &mut out);
    assert!(out[0]
        .as_ref()
        .unwrap_err()
        .starts_with("invalid OTLP protobuf"));
    let mut out = Vec::new();
    otlp::import_json(&OtlpConfig::default(), &body, &mut out);
    assert_eq!(out.len(), 1);
    assert!(out[0].is_err());
}

#[test]
fn wrong_content_for_the_format_is_rejected_line_by_line() {
    let dir = tempfile::tempdir().unwrap();
    let otlp_text = std::fs::read(fixture("otlp/latest-span.v1_traces.jsonl")).unwrap();
    let p = write_tmp(&dir, "traces.jsonl", &otlp_text);
    // OTLP read as LiteLLM, as Bedrock; a contract file read as OTLP.
    let (_, rej, c) = read(
        std::slice::from_ref(&p),
        FormatChoice::Fixed(Format::Litellm),
        ImportConfig::default(),
    );
    assert_eq!((c.lines_read, c.events_rejected), (1, 1));
    assert_eq!(
        rej[0].error,
        "missing field `id` (nor `litellm_call_id`, `request_id`)"
    );
    let (_, rej, _) = read(
        &[p],
        FormatChoice::Fixed(Format::Bedrock),
        ImportConfig::default(),
    );
    assert_eq!(rej[0].error, "missing field `timestamp`");
    let contract = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/events.jsonl");
    let (_, rej, c) = read(
        &[contract],
        FormatChoice::Fixed(Format::OtlpJson),
        ImportConfig::default(),
    );
    assert_eq!(c.events_rejected, c.lines_read);
    assert!(
        rej.iter().all(|r| r.error
            == "not an OTLP export request (no resourceSpans or resourceLogs)"
            || r.error.starts_with("invalid")),
        "{rej:?}"
    );
}

fn span_line(attrs: &str) -> String {
    format!(
        r#"{{"resourceSpans":[{{"resource":{{"attributes":[]}},"scopeSpans":[{{"spans":[{{"traceId":"0af7651916cd43dd8448eb211c80319c","spanId":"b7ad6b7169203331","name":"chat m","startTimeUnixNano":"1770023700500000000","attributes":[{{"key":"gen_ai.operation.name","value":{{"stringValue":"chat"}}}},{attrs}]}},{{"traceId":"0af7651916cd43dd8448eb211c80319c","spanId":"c7ad6b7169203332","name":"chat m","startTimeUnixNano":"1770023700600000000","attributes":[{{"key":"gen_ai.operation.name","value":{{"stringValue":"chat"}}}},{{"key":"enduser.id","value":{{"stringValue":"ok"}}}}]}}]}}]}}]}}"#
    )
}

#[test]
fn huge_attribute_values_reject_their_record_only() {
    let big = "x".repeat(10_000);
    let cases = [
        (format!(r#"{{"key":"enduser.id","value":{{"stringValue":"{big}"}}}}"#), "account_id of 10,000 bytes exceeds the 256-byte cap"),
        (format!(r#"{{"key":"enduser.id","value":{{"stringValue":"a"}}}},{{"key":"user_agent.original","value":{{"stringValue":"{big}"}}}}"#), "user_agent of 10,000 bytes exceeds the 1,024-byte cap"),
        (format!(r#"{{"key":"enduser.id","value":{{"stringValue":"a"}}}},{{"key":"gen_ai.request.model","value":{{"stringValue":"{big}"}}}}"#), "model of 10,000 bytes exceeds the 128-byte cap"),
        (r#"{"key":"enduser.id","value":{"stringValue":"a"}},{"key":"gen_ai.usage.input_tokens","value":{"intValue":"-4"}}"#.to_string(), "invalid gen_ai.usage.input_tokens: -4"),
        (r#"{"key":"enduser.id","value":{"boolValue":true}}"#.to_string(), "account attribute is not a string"),
    ];
    for (attrs, want) in cases {
        let mut out = Vec::new();
        otlp::import_json(
            &OtlpConfig::default(),
            span_line(&attrs).as_bytes(),
            &mut out,
        );
        assert_eq!(out.len(), 2);
        assert_eq!(
            out[0].as_ref().unwrap_err(),
            &format!("resourceSpans[0].scopeSpans[0].spans[0]: {want}")
        );
        assert_eq!(
            out[1].as_ref().unwrap().account_id,
            "ok",
            "the other span is kept"
        );
    }
    // A huge prompt is kept but cut to the text cap.
    let huge = "p".repeat(600_000);
    let line = format!(
        r#"{{"id":"c","startTime":1770023700.5,"model":"m","metadata":{{"user_api_key_hash":"h"}},"messages":[{{"role":"user","content":"{huge}"}}]}}"#
    );
    let mut out = Vec::new();
    dg_ingest::gateway::litellm::import(&LitellmConfig::default(), line.as_bytes(), &mut out);
    assert_eq!(
        out[0].as_ref().unwrap().prompt.len(),
        dg_ingest::gateway::MAX_TEXT_BYTES
    );
}

#[test]
fn deeply_nested_json_is_rejected_without_harm() {
    let deep = |n: usize| format!("{}1{}", "[".repeat(n), "]".repeat(n));
    // In a LiteLLM payload's messages, a Bedrock body, an OTLP attribute value.
    let lines = [
        (
            Format::Litellm,
            format!(
                r#"{{"id":"c","startTime":1,"model":"m","metadata":{{"user_api_key_hash":"h"}},"messages":{}}}"#,
                deep(5000)
            ),
        ),
        (
            Format::Bedrock,
            format!(
                r#"{{"timestamp":"2026-02-02T09:14:03Z","identity":{{"arn":"a"}},"requestId":"r","modelId":"m","input":{{"inputBodyJson":{}}}}}"#,
                deep(5000)
            ),
        ),
        (
            Format::OtlpJson,
            span_line(&format!(
                r#"{{"key":"gen_ai.input.messages","value":{}}}"#,
                "{\"arrayValue\":{\"values\":[".repeat(400) + &"]}}".repeat(400)
            )),
        ),
    ];
    for (format, line) in lines {
        let dir = tempfile::tempdir().unwrap();
        let p = write_tmp(&dir, "x.jsonl", format!("{line}\n").as_bytes());
        let (_, rej, c) = read(&[p], FormatChoice::Fixed(format), ImportConfig::default());
        assert!(c.invariant_holds());
        assert_eq!(c.events_rejected, 1, "{format:?}");
        assert!(
            rej[0].error.contains("recursion limit exceeded"),
            "{format:?}: {}",
            rej[0].error
        );
    }
    // Nested structured values just under the JSON limit but over the attribute cap.
    let nested =
        "{\"arrayValue\":{\"values\":[".repeat(30) + "{\"stringValue\":\"x\"}" + &"]}}".repeat(30);
    let attrs = format!(
        r#"{{"key":"enduser.id","value":{{"stringValue":"a"}}}},{{"key":"gen_ai.input.messages","value":{nested}}}"#
    );
    let mut out = Vec::new();
    otlp::import_json(
        &OtlpConfig::default(),
        span_line(&attrs).as_bytes(),
        &mut out,
    );
    assert!(out[0]
        .as_ref()
        .unwrap_err()
        .ends_with("attribute value nested deeper than 24 levels"));
    assert!(out[1].is_ok());
}

#[test]
fn missing_identity_is_a_clear_rejection_in_every_format() {
    let dir = tempfile::tempdir().unwrap();
    let litellm = r#"{"id":"c1","startTime":1770023700.5,"model":"m","metadata":{}}"#;
    let good =
        r#"{"id":"c2","startTime":1770023700.5,"model":"m","metadata":{"user_api_key_hash":"h"}}"#;
    let p = write_tmp(&dir, "l.jsonl", format!("{litellm}\n{good}\n").as_bytes());
    let (ev, rej, c) = read(
        &[p],
        FormatChoice::Fixed(Format::Litellm),
        ImportConfig::default(),
    );
    assert_eq!((c.lines_read, ev.len(), rej.len()), (2, 1, 1));
    assert_eq!((rej[0].line, rej[0].error.as_str()), (1, "no account: metadata.user_api_key_hash is absent or empty (identity `user_api_key_hash`)"));
    let cfg = ImportConfig::from_toml("[otlp]\naccount = [\"tenant.id\"]\n").unwrap();
    let mut out = Vec::new();
    otlp::import_json(
        &cfg.otlp,
        span_line(r#"{"key":"enduser.id","value":{"stringValue":"a"}}"#).as_bytes(),
        &mut out,
    );
    assert!(out.iter().all(|r| r
        .as_ref()
        .unwrap_err()
        .ends_with("no account: none of the attributes tenant.id is set")));
    assert!(ImportConfig::from_toml("[litellm]\naccount = \"email\"\n").is_err());
    assert!(ImportConfig::from_toml("[otlp]\nacount = []\n").is_err());
}
