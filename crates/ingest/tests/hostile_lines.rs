//! Property tests: whatever the lines hold, every line is accounted for exactly once.
//!
//! Inputs mix valid events, repeated ids, random bytes, truncated and mutated lines, lines
//! over a small cap, blank lines, CRLF, several files and gzip; the source must report
//! `lines_read = accepted + rejected + duplicates`, reject exactly the bad lines (each once,
//! at its physical line number), and give the same result in every thread mode.

use std::collections::{BTreeMap, BTreeSet};
use std::io::Write;
use std::path::PathBuf;

use dg_ingest::{Counters, EventSource, SourceOptions};
use flate2::write::GzEncoder;
use flate2::Compression;
use proptest::prelude::*;

const CAP: usize = 600;

/// One generated line and what the source should make of it.
#[derive(Debug, Clone)]
enum Spec {
    /// A valid event with id `req_{n}` (small pool, so ids repeat).
    Valid(u8, u32),
    /// A valid event with one field removed.
    Without(u8, &'static str),
    /// A valid event with one field given a wrong type.
    Mistyped(u8, &'static str),
    /// Arbitrary bytes (no newline).
    Garbage(Vec<u8>),
    /// A valid event cut short.
    Truncated(u8, usize),
    /// A valid event whose prompt pushes it over the cap.
    Huge(u8, usize),
    /// Whitespace only: not a record.
    Blank(usize),
}

const REQUIRED: [&str; 8] = [
    "request_id",
    "ts",
    "account_id",
    "ip",
    "model",
    "prompt",
    "input_tokens",
    "output_tokens",
];
const OPTIONAL: [&str; 3] = ["user_agent", "turns", "tools"];

fn event(id: u8, ts_off: u32) -> serde_json::Value {
    serde_json::json!({
        "request_id": format!("req_{id}"),
        "ts": 1_770_000_000_000u64 + u64::from(ts_off),
        "account_id": "acct_1",
        "ip": "2001:db8::1",
        "model": "helios-1",
        "prompt": "solve step by step",
        "user_agent": "ua/1",
        "turns": 2,
        "tools": ["bash"],
        "input_tokens": 10,
        "output_tokens": 20,
    })
}

/// The line's bytes, and whether it should be accepted (`Some(id)`), rejected, or skipped.
fn render(spec: &Spec) -> (Vec<u8>, Expect) {
    match spec {
        Spec::Valid(id, ts) => (event(*id, *ts).to_string().into_bytes(), Expect::Event(*id)),
        Spec::Without(id, field) => {
            let mut v = event(*id, 0);
            v.as_object_mut().map(|o| o.remove(*field));
            let expect = if OPTIONAL.contains(field) {
                Expect::Event(*id)
            } else {
                Expect::Reject
            };
            (v.to_string().into_bytes(), expect)
        }
        Spec::Mistyped(id, field) => {
            let mut v = event(*id, 0);
            v[*field] = match *field {
                "input_tokens" | "output_tokens" | "turns" | "ts" => serde_json::json!("many"),
                _ => serde_json::json!(12345),
            };
            (v.to_string().into_bytes(), Expect::Reject)
        }
        Spec::Garbage(bytes) => {
            let blank = bytes.iter().all(u8::is_ascii_whitespace);
            (
                bytes.clone(),
                if blank { Expect::Blank } else { Expect::Reject },
            )
        }
        Spec::Truncated(id, cut) => {
            let s = event(*id, 0).to_string().into_bytes();
            let cut = 1 + cut % (s.len() - 1);
            (s[..cut].to_vec(), Expect::Reject)
        }
        Spec::Huge(id, extra) => {
            let mut v = event(*id, 0);
            v["prompt"] = serde_json::json!("x".repeat(CAP + extra));
            (v.to_string().into_bytes(), Expect::Reject)
        }
        Spec::Blank(n) => (b" \t".repeat(*n).to_vec(), Expect::Blank),
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Expect {
    Event(u8),
    Reject,
    Blank,
}

fn spec() -> impl Strategy<Value = Spec> {
    prop_oneof![
        4 => (0u8..12, 0u32..600_000).prop_map(|(i, t)| Spec::Valid(i, t)),
        1 => (0u8..12, prop::sample::select(REQUIRED.iter().chain(OPTIONAL.iter()).copied().collect::<Vec<_>>()))
            .prop_map(|(i, f)| Spec::Without(i, f)),
        1 => (0u8..12, prop::sample::select(REQUIRED.to_vec())).prop_map(|(i, f)| Spec::Mistyped(i, f)),
        1 => prop::collection::vec(any::<u8>().prop_filter("no newline", |b| *b != b'\n'), 0..80)
            .prop_map(Spec::Garbage),
        1 => (0u8..12, any::<usize>()).prop_map(|(i, c)| Spec::Truncated(i, c)),
        1 => (0u8..12, 1usize..3000).prop_map(|(i, e)| Spec::Huge(i, e)),
        1 => (0usize..4).prop_map(Spec::Blank),
    ]
}

/// A file's bytes from its specs, with the chosen line ending and no final newline sometimes.
fn file_bytes(lines: &[Vec<u8>], crlf: bool, final_newline: bool) -> Vec<u8> {
    let sep: &[u8] = if crlf { b"\r\n" } else { b"\n" };
    let mut out = lines.join(sep);
    if final_newline && !lines.is_empty() {
        out.extend_from_slice(sep);
    }
    out
}

fn gzip(bytes: &[u8]) -> Vec<u8> {
    let mut enc = GzEncoder::new(Vec::new(), Compression::fast());
    enc.write_all(bytes).unwrap_or_default();
    enc.finish().unwrap_or_default()
}

/// Scans and returns counters, rejected (file index, line) list and accepted ids.
fn scan(paths: &[PathBuf], opts: SourceOptions) -> (Counters, Vec<(usize, u64)>, Vec<String>) {
    let names: Vec<String> = paths.iter().map(|p| p.display().to_string()).collect();
    let mut rejected = Vec::new();
    let mut ids = Vec::new();
    let counters = {
        let mut src = EventSource::open(paths, opts, |r| {
            let file = names
                .iter()
                .position(|n| *n == r.file)
                .unwrap_or(usize::MAX);
            assert!(r.error.len() < 400, "error too long: {}", r.error.len());
            rejected.push((file, r.line));
        })
        .unwrap();
        let mut batch = Vec::new();
        while src.next_batch(&mut batch).unwrap() {
            ids.extend(batch.drain(..).map(|e| e.request_id));
        }
        src.counters()
    };
    (counters, rejected, ids)
}

fn options(threads: usize) -> SourceOptions {
    SourceOptions {
        max_line_bytes: CAP,
        parse_threads: threads,
        chunk_lines: 5,
        ..SourceOptions::default()
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 96, ..ProptestConfig::default() })]

    #[test]
    fn every_line_is_accounted_for_exactly_once(
        files in prop::collection::vec(prop::collection::vec(spec(), 0..40), 1..3),
        crlf in any::<bool>(),
        final_newline in any::<bool>(),
        gz in any::<bool>(),
    ) {
        let dir = tempfile::tempdir().unwrap();
        let mut paths = Vec::new();
        let mut expected_rejects = BTreeSet::new();
        let mut expected_ids = BTreeMap::<u8, u32>::new();
        let mut duplicates = 0u64;
        let mut lines_read = 0u64;
        for (f, specs) in files.iter().enumerate() {
            let rendered: Vec<(Vec<u8>, Expect)> = specs.iter().map(render).collect();
            for (i, (_, expect)) in rendered.iter().enumerate() {
                let line = i as u64 + 1;
                match expect {
                    Expect::Blank => {}
                    Expect::Reject => {
                        lines_read += 1;
                        expected_rejects.insert((f, line));
                    }
                    Expect::Event(id) => {
                        lines_read += 1;
                        let n = expected_ids.entry(*id).or_default();
                        if *n > 0 { duplicates += 1; }
                        *n += 1;
                    }
                }
            }
            let lines: Vec<Vec<u8>> = rendered.into_iter().map(|(b, _)| b).collect();
            let mut bytes = file_bytes(&lines, crlf, final_newline);
            if gz {
                bytes = gzip(&bytes);
            }
            let p = dir.path().join(format!("events{f}.jsonl"));
            std::fs::write(&p, bytes).unwrap();
            paths.push(p);
        }
        let (c, rejected, ids) = scan(&paths, options(0));
        prop_assert!(c.invariant_holds(), "{c:?}");
        prop_assert_eq!(c.lines_read, lines_read);
        prop_assert_eq!(c.duplicates, duplicates);
        let got: BTreeSet<_> = rejected.iter().copied().collect();
        prop_assert_eq!(got.len(), rejected.len(), "a line was reported twice");
        prop_assert_eq!(got, expected_rejects);
        let mut want: Vec<String> = expected_ids.keys().map(|i| format!("req_{i}")).collect();
        let mut have = ids.clone();
        want.sort();
        have.sort();
        prop_assert_eq!(have, want);
        for threads in [1, 3] {
            let (c2, rejected2, ids2) = scan(&paths, options(threads));
            prop_assert_eq!(c2, c);
            prop_assert_eq!(&rejected2, &rejected);
            prop_assert_eq!(&ids2, &ids);
        }
    }

    #[test]
    fn a_truncated_gzip_still_balances(
        specs in prop::collection::vec(spec(), 1..200),
        keep in 0.0f64..1.0,
    ) {
        let dir = tempfile::tempdir().unwrap();
        let lines: Vec<Vec<u8>> = specs.iter().map(|s| render(s).0).collect();
        let full = gzip(&file_bytes(&lines, false, true));
        let cut = ((full.len() as f64) * keep) as usize;
        let a = dir.path().join("a.jsonl.gz");
        std::fs::write(&a, &full[..cut.max(2)]).unwrap();
        let b = dir.path().join("b.jsonl");
        std::fs::write(&b, event(200, 0).to_string()).unwrap();
        let paths = [a, b];
        let (c, rejected, ids) = scan(&paths, options(0));
        prop_assert!(c.invariant_holds(), "{c:?}");
        let set: BTreeSet<_> = rejected.iter().copied().collect();
        prop_assert_eq!(set.len(), rejected.len());
        prop_assert!(ids.contains(&"req_200".to_string()), "the next file is still read");
        let (c2, rejected2, ids2) = scan(&paths, options(2));
        prop_assert_eq!(c2, c);
        prop_assert_eq!(rejected2, rejected);
        prop_assert_eq!(ids2, ids);
    }
}
