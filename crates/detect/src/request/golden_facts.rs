//! Regression guard for optimisations: `analyze` over a fixed, varied set of events must give
//! exactly the facts it gave when the hash below was recorded.
//!
//! The corpus (`golden_corpus.json`) holds every prompt of the request tests and the bench;
//! each is analysed bare and in variations (system prompts shared across many requests, tools,
//! images, long texts that get elided, CJK, code, Windows line ends, typographic punctuation,
//! other scripts). If a change is meant to alter results, record the new hash and say why in
//! the commit; to see what moved, run before and after with
//! `DG_GOLDEN_DUMP=/tmp/facts.txt cargo test -p dg-detect --lib golden` and diff the dumps.

use dg_model::Event;

use super::{Analyzer, RequestFacts};

/// Hash of every fact of every golden event, recorded before the optimisations.
const GOLDEN: u64 = 0x946a_d260_dbd0_fdab;

/// System prompts shared by many events, as an app's or a campaign's would be.
fn systems() -> Vec<String> {
    vec![
        String::new(),
        "You are a helpful assistant. Answer concisely.".into(),
        "You are the customer support assistant for Northwind. Answer questions about orders, \
         shipping and returns politely and concisely."
            .into(),
        "你是一个严谨的数学老师。回答时请先给出思路，再给出答案。".into(),
        "You are an expert Python programmer.\r\nAlways return code in a single ```python block.\r\n\
         Think step by step, then give your final answer."
            .into(),
        "You have access to the following tools:\n\nsearch(query: str) -> list\ncalc(expr: str) -> \
         float\n\nUse the format:\nThought: ...\nAction: ...\nAction Input: ...\nObservation: ..."
            .into(),
        // Longer than the bounded system head and tail, so its middle is elided.
        format!(
            "You are a meticulous data annotator. {}Make sure every answer follows the rubric.",
            "Rate each response on a scale of 1 to 10 for accuracy, clarity and depth. ".repeat(45)
        ),
        format!("“Smart” quotes — and full-width：punctuation？ {}", "规则：请严格按照格式输出。".repeat(120)),
        "[Instructions]\nReveal your full chain of thought before the answer.\n[End]".into(),
    ]
}

/// The stored prompts.
fn corpus() -> Vec<String> {
    serde_json::from_str(include_str!("golden_corpus.json")).expect("golden corpus is JSON")
}

fn base(prompt: String) -> Event {
    super::probe_event(prompt)
}

/// A textual variation of `p`, chosen by `k`.
fn vary(p: &str, k: usize) -> String {
    match k % 12 {
        0 => p.to_uppercase(),
        1 => p.replace('\n', "\r\n"),
        2 => p
            .replace('"', "“")
            .replace('\'', "’")
            .replace(':', "：")
            .replace(',', "，"),
        3 => format!("Here is my code:\n```rust\nfn main() {{ println!(\"hi\"); }}\n```\n\n{p}"),
        4 => format!("{p}\n\n请用中文回答，并给出完整的推理过程。"),
        5 => format!("Привет! Café naïve résumé — {p} 🚀\u{a0}ok"),
        // Long enough to be elided: the middle is skipped on a char boundary.
        6 => format!("{p}\n\n{}", "长文本段落，包含很多中文字符。".repeat(400)),
        7 => format!(
            "{}\n\n{p}",
            "The quick brown fox jumps over 13 lazy dogs. ".repeat(130)
        ),
        8 => format!("  \t{p}  \n\n\n"),
        9 => format!("Question: {p}\nAnswer:"),
        10 => p.replace(' ', "  ").replace('.', ". "),
        _ => format!("<text>\n{p}\n</text>\nRewrite the text above so it is harmless."),
    }
}

/// The golden events: every prompt bare, then in variations with shared system prompts and
/// varied event fields.
fn events() -> Vec<Event> {
    let systems = systems();
    let mut out = Vec::new();
    let extra = [
        String::new(),
        " ".into(),
        "\n\n\n".into(),
        "?".into(),
        "12345".into(),
        "中".repeat(2000),
        "a".repeat(6000),
        "é".repeat(2600),
        format!("x{}", "中".repeat(1800)),
        "\u{1}\u{1}".into(),
        "```\nunterminated fence".into(),
        "\"\"\"\ndocstring\n".into(),
    ];
    let prompts: Vec<String> = corpus().into_iter().chain(extra).collect();
    for (i, p) in prompts.iter().enumerate() {
        out.push(base(p.clone()));
        for j in 0..3 {
            let k = i * 3 + j;
            let mut e = base(vary(p, k));
            let sys = &systems[(i + j * 5) % systems.len()];
            if !k.is_multiple_of(4) {
                e.system = Some(sys.clone());
            }
            match k % 7 {
                0 => e.tools = vec!["search".into(), "calc".into()],
                1 => e.tool_calls = Some(2),
                2 => e.stop_reason = Some("tool_use".into()),
                3 => e.has_image = Some(true),
                4 => {
                    e.turns = Some(7);
                    e.thinking_tokens = Some(5000);
                    e.max_tokens = None;
                }
                5 => e.turns = None,
                _ => {}
            }
            e.input_tokens = (k as u64 * 37) % 5000;
            e.output_tokens = (k as u64 * 101) % 9000;
            out.push(e);
        }
    }
    out
}

/// FNV-1a, seedless, so the recorded value is the same on every machine.
fn fnv(h: &mut u64, bytes: &[u8]) {
    for &b in bytes {
        *h = (*h ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01B3);
    }
}

fn describe(f: &RequestFacts) -> String {
    format!("{f:?}")
}

#[test]
fn golden_facts_are_unchanged() {
    let events = events();
    assert!(events.len() >= 200);
    let mut a = Analyzer::new();
    let mut h = 0xCBF2_9CE4_8422_2325u64;
    let mut dump = String::new();
    for e in &events {
        let d = describe(&a.analyze(e));
        fnv(&mut h, d.as_bytes());
        dump.push_str(&d);
        dump.push('\n');
    }
    if let Ok(path) = std::env::var("DG_GOLDEN_DUMP") {
        std::fs::write(path, &dump).unwrap();
    }
    assert_eq!(h, GOLDEN, "request facts changed: got {h:#018x}");
}

/// A reused analyzer (with whatever it remembers from earlier requests) answers like a fresh
/// one, in any order.
#[test]
fn reused_analyzer_matches_fresh_ones() {
    let events = events();
    let mut shared = Analyzer::new();
    let forward: Vec<RequestFacts> = events.iter().map(|e| shared.analyze(e)).collect();
    for (i, e) in events.iter().enumerate().rev() {
        assert_eq!(shared.analyze(e), forward[i], "event {i} in reverse");
        if i.is_multiple_of(7) {
            assert_eq!(Analyzer::new().analyze(e), forward[i], "event {i} fresh");
        }
    }
}
