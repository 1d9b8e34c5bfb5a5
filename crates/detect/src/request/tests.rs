//! Unit tests that look inside the pipeline: what the frame keeps and masks.

use super::Analyzer;

/// The masked frame of a request, as text (`<*>` for a run of payload).
pub(crate) fn frame_of(system: &str, prompt: &str) -> String {
    let mut a = Analyzer::new();
    let mut fb = super::frame::FrameBuilder::new();
    fb.trace = Some(String::new());
    let (fb, _, _) = a.read_with(system, prompt, fb);
    fb.trace.unwrap_or_default().trim_end().to_string()
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
    let n: u32 = std::env::var("DG_N")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(20000);
    let t = Instant::now();
    for _ in 0..n {
        buf.clear();
        let mut st = TextStats::default();
        push_normalised(&mut buf, &p, 4096, 1024, &mut st);
    }
    println!("normalise {:?}/req ({} bytes)", t.elapsed() / n, buf.len());
    let mut toks = Vec::new();
    let t = Instant::now();
    for _ in 0..n {
        toks.clear();
        super::lex::lex(&buf, &mut toks, &mut Vec::new());
    }
    println!("lex {:?}/req ({} tokens)", t.elapsed() / n, toks.len());
    let t = Instant::now();
    for _ in 0..n {
        Cues::get().scan(&buf, &toks, &mut hits);
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
