//! `convert` turns gateway logs into contract events that `scan` reads as it reads the logs
//! themselves, with the same rejection accounting; hostile records are rejected, not written.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use serde_json::Value;

const BIN: &str = env!("CARGO_BIN_EXE_distillguard");

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../ingest/tests/fixtures/gateways")
        .join(name)
}

fn run(args: &[&str]) -> Output {
    Command::new(BIN)
        .args(args)
        .env_remove("DISTILLGUARD_LOG")
        .output()
        .expect("binary runs")
}

fn s(p: &Path) -> &str {
    p.to_str().expect("utf-8 temp path")
}

fn summary(out: &Path) -> Value {
    serde_json::from_slice(&std::fs::read(out.join("summary.json")).expect("summary"))
        .expect("json")
}

#[test]
fn converted_events_scan_like_the_gateway_logs_they_came_from() {
    let dir = tempfile::tempdir().unwrap();
    let inputs = [
        fixture("litellm/litellm_ndjson.jsonl.gz"),
        fixture("otlp/latest-span.v1_traces.jsonl"),
        fixture("bedrock/invocations.jsonl"),
    ];
    let inputs: Vec<&str> = inputs.iter().map(|p| s(p)).collect();
    let events = dir.path().join("events.jsonl");
    let rejected = dir.path().join("rejected.jsonl");
    let mut args = vec!["convert", "--out", s(&events), "--rejected", s(&rejected)];
    args.extend(&inputs);
    let o = run(&args);
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(o.status.success(), "{err}");
    assert!(
        err.contains("litellm_ndjson.jsonl.gz: read as litellm"),
        "{err}"
    );
    assert!(
        err.contains("latest-span.v1_traces.jsonl: read as otlp-json"),
        "{err}"
    );
    assert!(err.contains("invocations.jsonl: read as bedrock"), "{err}");

    let text = std::fs::read_to_string(&events).unwrap();
    let written = text.lines().count() as u64;
    let n_rejected = std::fs::read_to_string(&rejected).unwrap().lines().count() as u64;
    assert!(written > 10 && n_rejected > 0, "{written} {n_rejected}");
    // Every rejection names its file and line.
    for line in std::fs::read_to_string(&rejected).unwrap().lines() {
        let r: Value = serde_json::from_str(line).unwrap();
        assert!(r["line"].as_u64().unwrap() >= 1 && !r["error"].as_str().unwrap().is_empty());
    }

    // The contract scan of the output and the gateway scan of the inputs agree.
    let a = dir.path().join("a");
    let o = run(&["scan", "-q", "--events", s(&events), "--out", s(&a)]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let b = dir.path().join("b");
    let mut args = vec!["scan", "-q", "--format", "auto", "--out", s(&b), "--events"];
    args.extend(&inputs);
    let o = run(&args);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let (a, b) = (summary(&a), summary(&b));
    assert_eq!(a["events_rejected"], 0);
    assert_eq!(a["events_accepted"].as_u64(), Some(written));
    assert_eq!(b["events_accepted"].as_u64(), Some(written));
    assert_eq!(b["events_rejected"].as_u64(), Some(n_rejected));
    assert_eq!(a["accounts"], b["accounts"]);
    let accepted = std::fs::read(dir.path().join("a/accounts.jsonl")).unwrap();
    let accepted_b = std::fs::read(dir.path().join("b/accounts.jsonl")).unwrap();
    assert_eq!(accepted, accepted_b, "the same findings");
}

#[test]
fn strict_refuses_hostile_records_and_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let logs = dir.path().join("litellm.jsonl");
    let deep = format!("{}1{}", "[".repeat(5000), "]".repeat(5000));
    std::fs::write(
        &logs,
        format!(
            "{}\n{}\n{}\n",
            r#"{"id":"c1","startTime":1770023700.5,"model":"m","metadata":{"user_api_key_hash":"h"},"prompt_tokens":3}"#,
            r#"{"id":"c2","startTime":1770023700.5,"model":"m","metadata":{}}"#,
            format_args!(
                r#"{{"id":"c3","startTime":1,"model":"m","metadata":{{"user_api_key_hash":"h"}},"messages":{deep}}}"#
            ),
        ),
    )
    .unwrap();
    let out = dir.path().join("events.jsonl");
    let o = run(&[
        "convert",
        "--format",
        "litellm",
        "--strict",
        "--out",
        s(&out),
        s(&logs),
    ]);
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(!o.status.success());
    assert!(
        err.contains("3 records read: 1 events written, 2 rejected, 0 duplicates"),
        "{err}"
    );
    assert!(err.contains("no account"), "{err}");
    assert!(err.contains("recursion limit exceeded"), "{err}");
    assert!(!out.exists(), "nothing written under --strict");
    // Without --strict the good record is written and the others only counted.
    let o = run(&[
        "convert",
        "--format",
        "litellm",
        "-q",
        "--out",
        s(&out),
        s(&logs),
    ]);
    assert!(o.status.success());
    let text = std::fs::read_to_string(&out).unwrap();
    let ev: Value = serde_json::from_str(text.trim()).unwrap();
    assert_eq!(
        (ev["account_id"].as_str(), ev["input_tokens"].as_u64()),
        (Some("h"), Some(3))
    );
}
