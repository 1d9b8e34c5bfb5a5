//! Scanning events files end to end: the contract's example, gzip, reordering, thread modes.

use std::io::Write;
use std::path::{Path, PathBuf};

use dg_ingest::{Counters, EventSource, SourceOptions};
use dg_model::{Event, Rejected};
use flate2::write::GzEncoder;
use flate2::Compression;

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
}

/// Reads everything; returns events, rejections and counters.
fn scan(paths: &[PathBuf], opts: SourceOptions) -> (Vec<Event>, Vec<Rejected>, Counters) {
    let mut rejected = Vec::new();
    let mut events = Vec::new();
    let counters = {
        let mut src = EventSource::open(paths, opts, |r| rejected.push(r)).unwrap();
        let mut batch = Vec::new();
        while src.next_batch(&mut batch).unwrap() {
            events.append(&mut batch);
        }
        src.counters()
    };
    (events, rejected, counters)
}

fn modes() -> Vec<SourceOptions> {
    let base = SourceOptions {
        chunk_lines: 3,
        ..SourceOptions::default()
    };
    vec![
        base.clone().sequential(),
        SourceOptions {
            parse_threads: 1,
            ..base.clone()
        },
        SourceOptions {
            parse_threads: 3,
            ..base
        },
    ]
}

fn gzip_copy(src: &Path, dir: &Path) -> PathBuf {
    let out = dir.join("events.jsonl.gz");
    let mut enc = GzEncoder::new(std::fs::File::create(&out).unwrap(), Compression::fast());
    enc.write_all(&std::fs::read(src).unwrap()).unwrap();
    enc.finish().unwrap();
    out
}

#[test]
fn the_contract_example_counts_as_its_readme_says() {
    let dir = tempfile::tempdir().unwrap();
    let plain = fixture("events.jsonl");
    let gz = gzip_copy(&plain, dir.path());
    for path in [plain, gz] {
        for opts in modes() {
            let (events, rejected, c) = scan(std::slice::from_ref(&path), opts);
            assert_eq!(
                (
                    c.lines_read,
                    c.events_accepted,
                    c.duplicates,
                    c.events_rejected
                ),
                (9, 5, 1, 3)
            );
            assert!(c.invariant_holds());
            let ids: Vec<_> = events.iter().map(|e| e.request_id.as_str()).collect();
            assert_eq!(
                ids,
                [
                    "req_7f3a91c2",
                    "req_19bd04e7",
                    "req_c0e55a10",
                    "req_5d2e8b44",
                    "req_a1b2c3d4"
                ]
            );
            let got: Vec<(u64, &str)> = rejected
                .iter()
                .map(|r| (r.line, r.error.as_str()))
                .collect();
            assert_eq!(
                got,
                [
                    (7, r#"invalid ts: "yesterday" (invalid RFC 3339 timestamp)"#),
                    (8, "missing field `ip`"),
                    (9, "invalid JSON at column 74: EOF while parsing an object"),
                ]
            );
            assert!(rejected
                .iter()
                .all(|r| r.file == path.display().to_string()));
        }
    }
}

fn event_line(id: &str, ts: i64) -> String {
    format!(
        r#"{{"request_id":"{id}","ts":{ts},"account_id":"a","ip":"10.0.0.1","model":"m","prompt":"p","input_tokens":1,"output_tokens":1}}"#
    )
}

#[test]
fn events_shuffled_within_the_window_come_out_sorted_and_one_beyond_it_is_late() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("e.jsonl");
    let base = 1_770_000_000_000i64;
    let minute = 60_000;
    // Arrival order jumbles events by up to 9 minutes; "straggler" is 30 minutes behind.
    let ts_minutes = [0, 5, 2, 9, 1, 12, 4, 14, 11, 13, 18, 10, 20, 17, 25, 10];
    let mut lines: Vec<String> = ts_minutes
        .iter()
        .enumerate()
        .map(|(i, m)| event_line(&format!("e{i:02}"), base + m * minute))
        .collect();
    lines[15] = event_line("straggler", base + 10 * minute);
    std::fs::write(&path, lines.join("\n")).unwrap();
    for opts in modes() {
        let (events, rejected, c) = scan(std::slice::from_ref(&path), opts);
        assert!(rejected.is_empty());
        assert_eq!(c.events_accepted, 16);
        assert_eq!(c.late, 1, "only the straggler is past the 10-minute window");
        let in_order: Vec<_> = events
            .iter()
            .filter(|e| e.request_id != "straggler")
            .map(|e| e.ts)
            .collect();
        assert!(in_order.windows(2).all(|w| w[0] <= w[1]));
        assert!(events.iter().any(|e| e.request_id == "straggler"));
    }
}

/// Two files with shuffled times, repeats of the first file's ids (every 7th) and broken lines
/// (every 11th otherwise) in the second, which ends lines with CRLF.
fn files_with_duplicates(dir: &Path) -> [PathBuf; 2] {
    let a = dir.join("a.jsonl");
    let b = dir.join("b.jsonl");
    let mut la = Vec::new();
    let mut lb = Vec::new();
    for i in 0..500 {
        la.push(event_line(
            &format!("r{i}"),
            1_770_000_000_000 + (i * 7919) % 100_000,
        ));
        if i % 7 == 0 {
            lb.push(event_line(&format!("r{i}"), 1_770_000_000_000));
        } else if i % 11 == 0 {
            lb.push(format!("{{\"broken\": {i}"));
        } else {
            lb.push(event_line(
                &format!("s{i}"),
                1_770_000_000_000 + (i * 104_729) % 100_000,
            ));
        }
    }
    std::fs::write(&a, la.join("\n")).unwrap();
    std::fs::write(&b, lb.join("\r\n") + "\r\n").unwrap();
    [a, b]
}

#[test]
fn duplicates_are_found_across_files_and_every_mode_gives_the_same_output() {
    let dir = tempfile::tempdir().unwrap();
    let paths = files_with_duplicates(dir.path());
    let (first, first_rej, first_c) = scan(&paths, SourceOptions::default().sequential());
    let dups = (0..500).filter(|i| i % 7 == 0).count() as u64;
    let broken = (0..500).filter(|i| i % 7 != 0 && i % 11 == 0).count() as u64;
    assert_eq!(first_c.duplicates, dups);
    assert_eq!(first_c.events_rejected, broken);
    assert!(first_c.invariant_holds());
    for opts in modes() {
        let (events, rejected, c) = scan(&paths, opts);
        assert_eq!(c, first_c);
        assert_eq!(rejected, first_rej);
        assert_eq!(events, first);
    }
}

#[test]
fn a_hook_sees_every_valid_line_on_the_parsers_and_its_results_come_out_in_event_order() {
    let dir = tempfile::tempdir().unwrap();
    let paths = files_with_duplicates(dir.path());
    let (plain, plain_rej, plain_c) = scan(&paths, SourceOptions::default().sequential());
    for opts in modes() {
        let threads = opts.parse_threads;
        let mut rejected = Vec::new();
        let mut out = Vec::new();
        let calls = std::sync::Arc::new(std::sync::atomic::AtomicU64::new(0));
        let c = {
            let mut src = EventSource::open_with(
                &paths,
                opts,
                |r| rejected.push(r),
                || {
                    let calls = std::sync::Arc::clone(&calls);
                    move |ev: &mut Event| {
                        calls.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                        // Emptying the id and time must not change de-duplication or order.
                        let id = std::mem::take(&mut ev.request_id);
                        let ts = std::mem::replace(&mut ev.ts, dg_model::Timestamp(0));
                        (id, ts, std::thread::current().id())
                    }
                },
            )
            .unwrap();
            let mut batch = Vec::new();
            while src.next_batch(&mut batch).unwrap() {
                out.append(&mut batch);
            }
            src.counters()
        };
        assert_eq!(c, plain_c);
        assert_eq!(rejected, plain_rej);
        let got: Vec<_> = out.iter().map(|(id, ts, _)| (id.clone(), *ts)).collect();
        let want: Vec<_> = plain.iter().map(|e| (e.request_id.clone(), e.ts)).collect();
        assert_eq!(got, want);
        // Duplicates are parsed (and hooked) before they are recognised.
        assert_eq!(
            calls.load(std::sync::atomic::Ordering::Relaxed),
            c.events_accepted + c.duplicates
        );
        let on_caller = out
            .iter()
            .any(|(_, _, t)| *t == std::thread::current().id());
        assert_eq!(on_caller, threads == 0);
    }
}

#[test]
fn the_iterator_yields_the_same_events() {
    let path = fixture("events.jsonl");
    let mut rejected = 0;
    let mut src = EventSource::open([&path], SourceOptions::default(), |_| rejected += 1).unwrap();
    let ids: Vec<String> = src.events().map(|e| e.unwrap().request_id).collect();
    assert_eq!(ids.len(), 5);
    assert_eq!(src.counters().events_rejected, 3);
    drop(src);
    assert_eq!(rejected, 3);
}

#[test]
fn a_missing_file_fails_before_reading() {
    let r = EventSource::open(
        [fixture("events.jsonl"), fixture("nope.jsonl")],
        SourceOptions::default(),
        |_| {},
    );
    assert!(matches!(r, Err(dg_ingest::Error::Io { .. })));
}

#[test]
fn dropping_a_threaded_source_early_stops_its_threads() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("big.jsonl");
    let lines: Vec<String> = (0..20_000)
        .map(|i| event_line(&format!("x{i}"), 1_770_000_000_000 + i))
        .collect();
    std::fs::write(&path, lines.join("\n")).unwrap();
    let opts = SourceOptions {
        parse_threads: 2,
        chunk_lines: 64,
        ..SourceOptions::default()
    };
    let mut src = EventSource::open([&path], opts, |_| {}).unwrap();
    let mut batch = Vec::new();
    assert!(src.next_batch(&mut batch).unwrap());
    drop(src); // must return: joins the reader and parsers
}

#[test]
fn per_file_counts_name_a_truncated_gzip_and_a_bom_is_accepted() {
    let dir = tempfile::tempdir().unwrap();
    let base = 1_770_000_000_000i64;
    let body: String = (0..4000)
        .map(|i| event_line(&format!("r{i}"), base + i * 1000) + "\n")
        .collect();
    let full = {
        let mut enc = GzEncoder::new(Vec::new(), Compression::fast());
        enc.write_all(body.as_bytes()).unwrap();
        enc.finish().unwrap()
    };
    let cut = dir.path().join("cut.jsonl.gz");
    std::fs::write(&cut, &full[..full.len() / 2]).unwrap();
    let bom = dir.path().join("bom.jsonl");
    std::fs::write(
        &bom,
        format!("\u{feff}{}\n", event_line("with-bom", base)).as_bytes(),
    )
    .unwrap();
    for opts in modes() {
        let mut src = EventSource::open([&cut, &bom], opts, |_| {}).unwrap();
        let mut batch = Vec::new();
        while src.next_batch(&mut batch).unwrap() {}
        let stats = src.file_stats().to_vec();
        let c = src.counters();
        assert_eq!(stats.len(), 2);
        let (line, msg) = stats[0].read_error.clone().expect("truncation is reported");
        assert!(msg.starts_with("read error: ") && msg.ends_with("rest of file skipped"));
        assert_eq!(stats[0].events_rejected, 1);
        assert_eq!(stats[0].events_accepted, line - 1);
        assert!(stats[0].events_accepted > 0 && stats[0].events_accepted < 4000);
        assert_eq!(stats[1].events_accepted, 1, "the BOM line is an event");
        assert_eq!(stats[1].read_error, None);
        assert_eq!(
            c.lines_read,
            stats.iter().map(|s| s.lines_read).sum::<u64>()
        );
        assert!(c.invariant_holds());
    }
}
