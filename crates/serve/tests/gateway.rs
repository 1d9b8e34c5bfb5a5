//! Gateway ingest over HTTP: LiteLLM's `generic_api` payloads and OTLP/HTTP exports (the
//! captured fixtures of the ingest crate) land as the importers read them, with the same
//! de-duplication and rejection accounting as `/v1/events`, and hostile bodies are refused.

use dg_ingest::gateway::{litellm, otlp};
use dg_serve::{ServeConfig, Server};
use opentelemetry_proto::tonic::collector::trace::v1::ExportTraceServiceResponse;
use prost::Message;
use serde_json::Value;

mod common;
use common::{fixtures, gzip, read_maybe_gz};

struct Client {
    http: reqwest::Client,
    base: String,
    /// Ingest is answered once committed and folded after: reads of the detector wait with
    /// this for it to catch up.
    settler: dg_serve::Settler,
}

impl Client {
    fn new(server: &Server) -> Self {
        Self {
            http: reqwest::Client::new(),
            base: format!("http://{}", server.addr()),
            settler: server.settler(),
        }
    }

    async fn post(&self, path: &str, ctype: &str, gz: bool, body: Vec<u8>) -> (u16, Vec<u8>) {
        let mut req = self
            .http
            .post(format!("{}{path}", self.base))
            .header("content-type", ctype);
        if gz {
            req = req.header("content-encoding", "gzip");
        }
        let resp = req.body(body).send().await.expect("post");
        let s = resp.status().as_u16();
        (s, resp.bytes().await.expect("body").to_vec())
    }

    async fn post_json(&self, path: &str, ctype: &str, body: Vec<u8>) -> (u16, Value) {
        let (s, b) = self.post(path, ctype, false, body).await;
        (s, serde_json::from_slice(&b).unwrap_or(Value::Null))
    }

    async fn folded_and_held(&self) -> u64 {
        self.settler.settle().await;
        let v: Value = self
            .http
            .get(format!("{}/v1/status", self.base))
            .send()
            .await
            .expect("status")
            .json()
            .await
            .expect("json");
        v["events_folded"].as_u64().expect("folded") + v["events_held"].as_u64().expect("held")
    }
}

fn config(store: &std::path::Path) -> ServeConfig {
    let mut cfg = ServeConfig::new(store);
    cfg.listen = "127.0.0.1:0".parse().expect("addr");
    cfg
}

/// (events, rejections) the importer makes of a LiteLLM fixture's lines.
fn litellm_counts(bytes: &[u8]) -> (u64, u64) {
    let mut out = Vec::new();
    for line in bytes.split(|&b| b == b'\n').filter(|l| !l.is_empty()) {
        litellm::import(&Default::default(), line, &mut out);
    }
    let ok = out.iter().filter(|r| r.is_ok()).count() as u64;
    (ok, out.len() as u64 - ok)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn litellm_payloads_land_once_in_every_log_format() {
    let store = tempfile::tempdir().expect("store");
    let server = Server::start(config(store.path())).await.expect("start");
    let c = Client::new(&server);
    let dir = fixtures().join("litellm");
    let array = read_maybe_gz(&dir.join("litellm_json_array.jsonl.gz"));
    let (want, want_rejected) = litellm_counts(&array);
    assert!(want >= 10, "{want}");

    // json_array: one body, one array.
    let (s, v) = c
        .post_json("/v1/ingest/litellm", "application/json", array.clone())
        .await;
    assert_eq!(s, 202, "{v}");
    assert_eq!(
        (v["accepted"].as_u64(), v["rejected"].as_u64()),
        (Some(want), Some(want_rejected))
    );
    assert_eq!(c.folded_and_held().await, want);

    // The same calls as ndjson (gzip) and as single posts are duplicates, not new events.
    let ndjson = read_maybe_gz(&dir.join("litellm_ndjson.jsonl.gz"));
    let (s, b) = c
        .post(
            "/v1/ingest/litellm",
            "application/x-ndjson",
            true,
            gzip(&ndjson),
        )
        .await;
    let v: Value = serde_json::from_slice(&b).expect("json");
    assert_eq!(s, 202, "{v}");
    assert_eq!(v["accepted"], 0);
    assert_eq!(v["duplicates"].as_u64(), Some(want));
    for line in read_maybe_gz(&dir.join("litellm_single.jsonl.gz")).split(|&b| b == b'\n') {
        if line.is_empty() {
            continue;
        }
        let (s, v) = c
            .post_json("/v1/ingest/litellm", "application/json", line.to_vec())
            .await;
        assert_eq!((s, v["duplicates"].as_u64()), (202, Some(1)), "{v}");
    }
    assert_eq!(c.folded_and_held().await, want);

    // Hostile: a record without identity, a truncated body, deep nesting; each one rejection.
    let bad = b"{\"id\":\"x1\",\"startTime\":1700000000,\"model\":\"m\",\"messages\":[]}\n\
                {\"id\":\"x2\",\"startTime\":\n\
                [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[\n";
    let (s, v) = c
        .post_json("/v1/ingest/litellm", "application/json", bad[..].to_vec())
        .await;
    // The last line starts with '[' but the body does not: it is read line by line.
    assert_eq!(s, 202, "{v}");
    assert_eq!(
        (v["accepted"].as_u64(), v["rejected"].as_u64()),
        (Some(0), Some(3)),
        "{v}"
    );
    assert_eq!(v["errors"][0]["line"], 1);
    assert!(
        v["errors"][0]["error"]
            .as_str()
            .expect("error")
            .contains("account"),
        "{v}"
    );
    // A huge attribute value (a 10 KB user agent) rejects its record only.
    let huge = format!(
        r#"{{"id":"x4","startTime":1700000000,"model":"m","metadata":{{"user_api_key_hash":"h"}},"user_agent":"{}"}}"#,
        "u".repeat(10_000)
    );
    let (s, v) = c
        .post_json("/v1/ingest/litellm", "application/json", huge.into_bytes())
        .await;
    assert_eq!((s, v["rejected"].as_u64()), (202, Some(1)), "{v}");
    assert!(
        v["errors"][0]["error"]
            .as_str()
            .expect("error")
            .contains("user_agent of 10,000 bytes"),
        "{v}"
    );
    server.stop().await.expect("stop");

    // Durable: a restart replays them.
    let server = Server::start(config(store.path())).await.expect("restart");
    let c = Client::new(&server);
    assert_eq!(c.folded_and_held().await, want);

    // /v1/usage reports the importer's events and token totals per account.
    let mut events = Vec::new();
    for line in array.split(|&b| b == b'\n').filter(|l| !l.is_empty()) {
        litellm::import(&Default::default(), line, &mut events);
    }
    let mut by_account = std::collections::BTreeMap::<String, (u64, u64, u64)>::new();
    for ev in events.iter().flatten() {
        let e = by_account.entry(ev.account_id.clone()).or_default();
        *e = (e.0 + 1, e.1 + ev.input_tokens, e.2 + ev.output_tokens);
    }
    let usage: Value = c
        .http
        .get(format!("{}/v1/usage", c.base))
        .send()
        .await
        .expect("usage")
        .json()
        .await
        .expect("json");
    assert_eq!(usage["events"].as_u64(), Some(want), "{usage}");
    let got: std::collections::BTreeMap<String, (u64, u64, u64)> = usage["accounts"]
        .as_array()
        .expect("accounts")
        .iter()
        .map(|a| {
            let n = |k: &str| a[k].as_u64().expect("count");
            (
                a["account_id"].as_str().expect("id").to_string(),
                (n("events"), n("input_tokens"), n("output_tokens")),
            )
        })
        .collect();
    assert_eq!(got, by_account);
    assert!(by_account.len() >= 2, "{by_account:?}");
    server.stop().await.expect("stop");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn otlp_traces_and_logs_land_in_both_encodings() {
    let store = tempfile::tempdir().expect("store");
    let server = Server::start(config(store.path())).await.expect("start");
    let c = Client::new(&server);
    let dir = fixtures().join("otlp");
    let mut total = 0u64;

    // JSON, one export request per fixture line; the record without identity is rejected and
    // named in partialSuccess.
    for (file, path) in [
        ("legacy-nocontent.v1_traces.jsonl", "/v1/traces"),
        ("latest-span.v1_traces.jsonl", "/v1/traces"),
        ("latest-event.v1_logs.jsonl", "/v1/logs"),
    ] {
        let body = std::fs::read(dir.join(file)).expect("fixture");
        let mut want = Vec::new();
        otlp::import_json(&Default::default(), body.trim_ascii(), &mut want);
        let ok = want.iter().filter(|r| r.is_ok()).count() as u64;
        let rejected = want.len() as u64 - ok;
        assert!(ok > 0 && rejected > 0, "{file}");
        let before = c.folded_and_held().await;
        let (s, v) = c.post_json(path, "application/json", body).await;
        assert_eq!(s, 200, "{file}: {v}");
        let field = if path == "/v1/traces" {
            "rejectedSpans"
        } else {
            "rejectedLogRecords"
        };
        assert_eq!(
            v["partialSuccess"][field],
            rejected.to_string(),
            "{file}: {v}"
        );
        assert!(v["partialSuccess"]["errorMessage"]
            .as_str()
            .expect("msg")
            .contains("account"));
        let after = c.folded_and_held().await;
        // Traces and logs of one run describe the same exchanges under the same ids only in
        // part; what is new is counted once.
        assert!(after - before <= ok, "{file}");
        total = after;
    }

    // Protobuf, gzip, answered in protobuf.
    for file in [
        "proto-latest-span.v1_traces.001.pb",
        "proto-legacy-nocontent.v1_traces.001.pb",
    ] {
        let body = std::fs::read(dir.join(file)).expect("fixture");
        let mut want = Vec::new();
        otlp::import_traces_proto(&Default::default(), &body, &mut want);
        let rejected = want.iter().filter(|r| r.is_err()).count() as i64;
        let (s, b) = c
            .post("/v1/traces", "application/x-protobuf", true, gzip(&body))
            .await;
        assert_eq!(s, 200);
        let resp = ExportTraceServiceResponse::decode(&b[..]).expect("protobuf answer");
        let p = resp.partial_success.expect("partial success");
        assert_eq!(p.rejected_spans, rejected);
        total = c.folded_and_held().await;
    }
    assert!(total >= 8, "{total}");

    // Re-sending is idempotent.
    let body = std::fs::read(dir.join("legacy-nocontent.v1_traces.jsonl")).expect("fixture");
    let (s, _) = c.post_json("/v1/traces", "application/json", body).await;
    assert_eq!(s, 200);
    assert_eq!(c.folded_and_held().await, total);

    // Hostile bodies: wrong content type, truncated protobuf, not OTLP JSON.
    let (s, _) = c
        .post("/v1/traces", "text/plain", false, b"hello".to_vec())
        .await;
    assert_eq!(s, 415);
    let pb = std::fs::read(dir.join("proto-latest-span.v1_traces.001.pb")).expect("fixture");
    let (s, b) = c
        .post(
            "/v1/traces",
            "application/x-protobuf",
            false,
            pb[..pb.len() / 2].to_vec(),
        )
        .await;
    assert_eq!(s, 400);
    assert!(String::from_utf8_lossy(&b).contains("invalid OTLP protobuf"));
    let (s, v) = c
        .post_json("/v1/logs", "application/json", b"[1,2".to_vec())
        .await;
    assert_eq!(s, 400, "{v}");
    // A huge attribute value is cut by the importer, not refused whole.
    let huge = "x".repeat(600_000);
    let span = serde_json::json!({"resourceSpans":[{"resource":{"attributes":[]},"scopeSpans":[{"spans":[{
    "traceId":"0102030405060708090a0b0c0d0e0f10","spanId":"0102030405060708",
    "name":"chat m","startTimeUnixNano":"1700000000000000000","endTimeUnixNano":"1700000001000000000",
    "attributes":[
        {"key":"gen_ai.request.model","value":{"stringValue":"m"}},
        {"key":"gen_ai.operation.name","value":{"stringValue":"chat"}},
        {"key":"enduser.id","value":{"stringValue":"huge-1"}},
        {"key":"gen_ai.input.messages","value":{"stringValue":huge}}
    ]}]}]}]});
    let (s, v) = c
        .post_json(
            "/v1/traces",
            "application/json",
            serde_json::to_vec(&span).expect("json"),
        )
        .await;
    assert_eq!(s, 200, "{v}");
    assert_eq!(c.folded_and_held().await, total + 1);
    // Deeply nested attribute values: the body is refused whole (serde_json's recursion
    // limit), nothing lands.
    let deep = "{\"arrayValue\":{\"values\":[".repeat(400) + &"]}}".repeat(400);
    let body = format!(
        r#"{{"resourceSpans":[{{"scopeSpans":[{{"spans":[{{"traceId":"0102030405060708090a0b0c0d0e0f11","spanId":"0102030405060709","startTimeUnixNano":"1700000000000000000","attributes":[{{"key":"gen_ai.operation.name","value":{{"stringValue":"chat"}}}},{{"key":"enduser.id","value":{{"stringValue":"deep"}}}},{{"key":"gen_ai.input.messages","value":{deep}}}]}}]}}]}}]}}"#
    );
    let (s, v) = c
        .post_json("/v1/traces", "application/json", body.into_bytes())
        .await;
    assert_eq!(s, 400, "{v}");
    assert!(
        v["error"]
            .as_str()
            .expect("error")
            .contains("recursion limit"),
        "{v}"
    );
    assert_eq!(c.folded_and_held().await, total + 1);
    server.stop().await.expect("stop");
}
