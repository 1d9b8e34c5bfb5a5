//! Shared body of the parse benches: generates a gzip events file and times `EventSource`.

use std::io::Write;
use std::time::Instant;

use dg_ingest::{EventSource, SourceOptions};
use flate2::write::GzEncoder;
use flate2::Compression;

/// A tiny deterministic generator so the file is the same on every run.
struct XorShift(u64);

impl XorShift {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}

const WORDS: &[&str] = &[
    "the",
    "reasoning",
    "step",
    "by",
    "explain",
    "function",
    "answer",
    "problem",
    "dataset",
    "rewrite",
    "grade",
    "rubric",
    "integer",
    "proof",
    "compute",
    "因此",
    "答案",
    "café",
    "résumé",
    "tool",
    "assistant",
    "please",
    "carefully",
    "example",
    "output",
    "json",
    "list",
    "and",
];

fn line(rng: &mut XorShift, i: u64) -> String {
    let mut prompt = String::new();
    while prompt.len() < 1100 + rng.below(400) as usize {
        prompt.push_str(WORDS[rng.below(WORDS.len() as u64) as usize]);
        prompt.push(' ');
    }
    // Mostly in order, some jitter within a minute.
    let ts = 1_770_000_000_000 + i as i64 * 50 - rng.below(60_000) as i64;
    let ip = format!(
        "{}.{}.{}.{}",
        rng.below(223) + 1,
        rng.below(256),
        rng.below(256),
        rng.below(256)
    );
    serde_json::json!({
        "request_id": format!("req_{i:010}_{:08x}", rng.next() as u32),
        "ts": ts,
        "account_id": format!("acct_{:06}", rng.below(50_000)),
        "api_key_id": format!("key_{:04x}", rng.below(65_536)),
        "ip": ip,
        "user_agent": "anthropic-python/0.49.0",
        "client_fingerprint": "t13d1516h2_8daaf6152771_02713d6af862",
        "model": "helios-1",
        "system": "You are a helpful assistant.",
        "prompt": prompt,
        "turns": rng.below(20) + 1,
        "tools": ["bash", "edit_file"],
        "tool_calls": rng.below(4),
        "max_tokens": 8192,
        "input_tokens": rng.below(20_000),
        "output_tokens": rng.below(8_000),
        "stop_reason": "end_turn",
    })
    .to_string()
}

/// Generates (or reuses `DG_BENCH_FILE`) and times each mode in `DG_BENCH_THREADS` (0,1,2).
pub fn run() -> Result<(), Box<dyn std::error::Error>> {
    let lines: u64 = std::env::args()
        .skip(1)
        .find_map(|a| a.parse().ok())
        .unwrap_or(200_000);
    let dir = tempfile::tempdir()?;
    // DG_BENCH_FILE keeps the generated file between runs (handy under a profiler).
    let path = match std::env::var_os("DG_BENCH_FILE") {
        Some(p) => std::path::PathBuf::from(p),
        None => dir.path().join("events.jsonl.gz"),
    };
    let mut raw_bytes = 0usize;
    if path.exists() {
        let mut r = dg_ingest::LineReader::new([&path], usize::MAX);
        while let Some((_, item)) = r.next_line()? {
            if let dg_ingest::LineItem::Line(b) = item {
                raw_bytes += b.len() + 1;
            }
        }
    } else {
        let mut rng = XorShift(0x9e37_79b9_7f4a_7c15);
        let mut enc = GzEncoder::new(std::fs::File::create(&path)?, Compression::default());
        for i in 0..lines {
            let l = line(&mut rng, i);
            raw_bytes += l.len() + 1;
            enc.write_all(l.as_bytes())?;
            enc.write_all(b"\n")?;
        }
        enc.finish()?;
    }
    let gz_bytes = std::fs::metadata(&path)?.len();
    println!(
        "{lines} lines, {:.1} MB raw ({} B/line), {:.1} MB gzip",
        raw_bytes as f64 / 1e6,
        raw_bytes as u64 / lines.max(1),
        gz_bytes as f64 / 1e6
    );
    {
        let start = Instant::now();
        let mut r = dg_ingest::LineReader::new([&path], 1 << 20);
        let mut n = 0u64;
        let mut kept = Vec::new();
        while let Some((_, item)) = r.next_line()? {
            if let dg_ingest::LineItem::Line(b) = item {
                if kept.len() < 20_000 {
                    kept.push(b.to_vec());
                }
            }
            n += 1;
        }
        let secs = start.elapsed().as_secs_f64();
        println!(
            "read+gunzip only: {n} lines in {secs:.3} s = {:.0} lines/s",
            n as f64 / secs
        );
        let start = Instant::now();
        for l in &kept {
            std::hint::black_box(dg_ingest::parse_event(l).is_ok());
        }
        let secs = start.elapsed().as_secs_f64();
        println!("parse only: {:.0} lines/s", kept.len() as f64 / secs);
    }
    let modes: Vec<usize> = match std::env::var("DG_BENCH_THREADS") {
        Ok(v) => v.split(',').filter_map(|t| t.trim().parse().ok()).collect(),
        Err(_) => vec![0, 1, 2],
    };
    for threads in modes {
        let opts = SourceOptions {
            parse_threads: threads,
            ..SourceOptions::default()
        };
        let start = Instant::now();
        let mut rejected = 0u64;
        let mut src = EventSource::open([&path], opts, |_| rejected += 1)?;
        let mut batch = Vec::new();
        let mut n = 0u64;
        while src.next_batch(&mut batch)? {
            n += batch.len() as u64;
            batch.clear();
        }
        let c = src.counters();
        drop(src);
        let secs = start.elapsed().as_secs_f64();
        assert_eq!(n, lines);
        assert_eq!(rejected, 0);
        println!(
            "parse_threads={threads}: {n} events in {secs:.3} s = {:.0} events/s ({:.0} MB/s raw), late {}",
            n as f64 / secs,
            raw_bytes as f64 / 1e6 / secs,
            c.late
        );
    }
    Ok(())
}
