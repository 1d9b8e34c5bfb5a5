//! Unit tests that look inside the pipeline: what the frame keeps and masks.

use super::Analyzer;

/// The masked frame of a request, as text (`<*>` for a run of payload).
pub(crate) fn frame_of(system: &str, prompt: &str) -> String {
    let mut a = Analyzer::new();
    let (fb, _, _) = a.read(system, prompt);
    fb.trace.trim_end().to_string()
}

#[test]
fn dump() {
    for p in std::env::var("DG_DUMP").unwrap_or_default().split("|||") {
        if !p.is_empty() {
            println!("{p:?}\n  => {}", frame_of("", &p.replace("\\n", "\n")));
        }
    }
}

#[test]
#[ignore]
fn stage_timing() {
    use super::cues::Cues;
    use super::normalize::{push_normalised, TextStats};
    use std::time::Instant;
    let p = std::fs::read_to_string("/tmp/p.txt").unwrap();
    let mut buf = Vec::new();
    let mut hits = Vec::new();
    let n = 20000;
    let t = Instant::now();
    for _ in 0..n {
        buf.clear();
        let mut st = TextStats::default();
        push_normalised(&mut buf, &p, 4096, 1024, &mut st);
    }
    println!("normalise {:?}/req ({} bytes)", t.elapsed() / n, buf.len());
    let t = Instant::now();
    for _ in 0..n {
        Cues::get().scan(&buf, &mut hits);
    }
    println!("cues {:?}/req ({} hits)", t.elapsed() / n, hits.len());
    let mut a = Analyzer::new();
    let t = Instant::now();
    for _ in 0..n {
        let (fb, _, _) = a.read("", &p);
        std::hint::black_box(fb.finish(None));
    }
    println!("read+finish {:?}/req", t.elapsed() / n);
}

#[test]
#[ignore]
fn ac_variants() {
    use aho_corasick::{AhoCorasick, AhoCorasickKind, MatchKind};
    use std::time::Instant;
    let p = std::fs::read_to_string("/tmp/p.txt")
        .unwrap()
        .to_lowercase();
    let pats: Vec<&str> = super::cues::PATTERNS
        .iter()
        .map(|(p, _)| p.trim_end_matches('*'))
        .collect();
    let n = 20000;
    for (name, mk, kind) in [
        ("std-dfa", MatchKind::Standard, AhoCorasickKind::DFA),
        ("ll-dfa", MatchKind::LeftmostLongest, AhoCorasickKind::DFA),
        (
            "ll-cnfa",
            MatchKind::LeftmostLongest,
            AhoCorasickKind::ContiguousNFA,
        ),
    ] {
        let ac = AhoCorasick::builder()
            .match_kind(mk)
            .kind(Some(kind))
            .build(&pats)
            .unwrap();
        let t = Instant::now();
        let mut c = 0;
        for _ in 0..n {
            if mk == MatchKind::Standard {
                c += ac.find_overlapping_iter(p.as_bytes()).count();
            } else {
                c += ac.find_iter(p.as_bytes()).count();
            }
        }
        println!(
            "{name}: {:?}/req, {} matches",
            t.elapsed() / n,
            c / n as usize
        );
    }
    let t = Instant::now();
    let mut c = 0u64;
    for _ in 0..n {
        c += p.bytes().map(|b| b as u64).sum::<u64>();
    }
    println!("sum loop: {:?}/req {c}", t.elapsed() / n);
    let t = Instant::now();
    let mut h = 0u64;
    for _ in 0..n {
        for b in p.bytes() {
            h = (h ^ b as u64).wrapping_mul(0x100000001b3);
        }
    }
    println!("fnv loop: {:?}/req {h}", t.elapsed() / n);
    let t = Instant::now();
    let mut s2 = 0u64;
    let mut state = 0usize;
    let table: Vec<u16> = (0..65536).map(|i| ((i * 7919) % 64) as u16).collect();
    for _ in 0..n {
        for b in p.bytes() {
            state = table[(state << 8 | b as usize) & 0xFFFF] as usize;
            s2 += state as u64;
        }
    }
    println!("table-walk loop: {:?}/req {s2}", t.elapsed() / n);
}
