//! Throughput of each importer against the contract reader, through the whole `EventSource`
//! (reader thread, parser threads, de-duplication, reordering), on records cloned from the
//! fixtures with fresh ids.
//!
//! `cargo run --release -p dg-ingest --example gateway_bench [-- N]` (N records per format,
//! default 200,000); prints events/s and MB/s per format.

use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::time::Instant;

use dg_ingest::{EventSource, Format, FormatChoice, SourceOptions};
use serde_json::Value;

/// 2026-02-02T00:00:00Z.
const BASE_MS: i64 = 1_769_990_400_000;

fn fixture(rel: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(rel)
}

fn lines(path: &Path) -> Vec<Value> {
    let f = std::fs::File::open(path).expect("fixture");
    let r: Box<dyn std::io::Read> = if path.extension().is_some_and(|e| e == "gz") {
        Box::new(flate2::read::MultiGzDecoder::new(f))
    } else {
        Box::new(f)
    };
    BufReader::new(r)
        .lines()
        .map_while(Result::ok)
        .filter(|l| !l.trim().is_empty())
        .filter_map(|l| serde_json::from_str(&l).ok())
        .collect()
}

/// Writes `n` records of `format` (ids made unique) and returns the file and its record count.
fn write(dir: &Path, format: Format, n: usize) -> (PathBuf, usize) {
    let path = dir.join(format!("{}.jsonl", format.name()));
    let mut out = std::io::BufWriter::new(std::fs::File::create(&path).expect("create"));
    let mut records = 0;
    let mut i = 0usize;
    while records < n {
        match format {
            Format::Contract => {
                for mut v in lines(&fixture("events.jsonl")) {
                    if v.get("request_id").is_none() || v.get("ip").is_none() {
                        continue;
                    }
                    v["request_id"] = Value::String(format!("r{i}"));
                    // Rising times, so every format meets the reorder window alike.
                    v["ts"] = Value::from(BASE_MS + i as i64);
                    i += 1;
                    records += 1;
                    writeln!(out, "{v}").expect("write");
                }
            }
            Format::Litellm => {
                for mut v in lines(&fixture("gateways/litellm/litellm_ndjson.jsonl.gz")) {
                    v["id"] = Value::String(format!("c{i}"));
                    v["startTime"] = Value::from((BASE_MS + i as i64) as f64 / 1000.0);
                    i += 1;
                    records += 1;
                    writeln!(out, "{v}").expect("write");
                }
            }
            Format::OtlpJson => {
                for mut v in lines(&fixture("gateways/otlp/latest-span.v1_traces.jsonl")) {
                    if let Some(spans) = v.pointer_mut("/resourceSpans/0/scopeSpans/0/spans") {
                        for s in spans.as_array_mut().into_iter().flatten() {
                            s["spanId"] = Value::String(format!("{i:016x}"));
                            s["startTimeUnixNano"] =
                                Value::String(((BASE_MS + i as i64) * 1_000_000).to_string());
                            i += 1;
                            // 4 of the 5 spans have an account.
                        }
                        records += 4;
                    }
                    writeln!(out, "{v}").expect("write");
                }
            }
            Format::Bedrock => {
                for mut v in lines(&fixture("gateways/bedrock/invocations.jsonl"))
                    .into_iter()
                    .take(4)
                {
                    v["requestId"] = Value::String(format!("q{i}"));
                    let t = dg_model::Timestamp(BASE_MS + 1000 * i as i64).to_rfc3339();
                    v["timestamp"] = Value::String(t);
                    i += 1;
                    records += 1;
                    writeln!(out, "{v}").expect("write");
                }
            }
        }
    }
    (path, records)
}

fn main() {
    let n: usize = std::env::args()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(200_000);
    let dir = tempfile::tempdir().expect("tempdir");
    println!("format      records   events/s      MB/s   bytes/event");
    for format in [
        Format::Contract,
        Format::Litellm,
        Format::OtlpJson,
        Format::Bedrock,
    ] {
        let (path, _) = write(dir.path(), format, n);
        let bytes = std::fs::metadata(&path).map(|m| m.len()).unwrap_or(0);
        let mut best = f64::MAX;
        let mut accepted = 0;
        for _ in 0..3 {
            let t = Instant::now();
            let opts = SourceOptions {
                format: FormatChoice::Fixed(format),
                ..SourceOptions::default()
            };
            let mut src = EventSource::open([&path], opts, |_| {}).expect("open");
            let mut batch = Vec::new();
            while src.next_batch(&mut batch).expect("read") {
                batch.clear();
            }
            accepted = src.counters().events_accepted;
            best = best.min(t.elapsed().as_secs_f64());
        }
        println!(
            "{:<10} {:>8} {:>10.0} {:>9.1} {:>13.0}",
            format.name(),
            accepted,
            accepted as f64 / best,
            bytes as f64 / best / 1e6,
            bytes as f64 / accepted.max(1) as f64
        );
    }
}
