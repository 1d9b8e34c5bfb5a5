//! Unit tests that look inside the pipeline: what the frame keeps and what it masks.

use super::frame::FrameBuilder;
use super::Analyzer;

/// The masked frame of a request, as text (`<*>` for a run of payload, `||` after the system
/// prompt).
fn frame_of(system: &str, prompt: &str) -> String {
    let mut a = Analyzer::new();
    let mut fb = FrameBuilder::new();
    fb.trace = Some(String::new());
    let (fb, _, _) = a.read_with(system, prompt, fb);
    fb.trace.unwrap_or_default().trim_end().to_string()
}

#[test]
fn labels_and_pointers_open_a_payload() {
    assert_eq!(
        frame_of("", "Solve the following problem. Show your reasoning step by step.\n\nA train travels 60 miles in 1.5 hours. What is its average speed?"),
        "solve the following problem show your reasoning step by step <*>"
    );
    assert_eq!(
        frame_of("", "Explain the internal reasoning that led to it.\n\nProblem: Find x if 2x+3=7.\nAnswer: 2"),
        "explain the internal reasoning that led to it problem <*> answer <*>"
    );
    assert_eq!(
        frame_of("", "[Question]\nWhat is 2+2?\n\n[The Start of Assistant's Answer]\n4\n[The End of Assistant's Answer]"),
        "question <*> the start of assistant answer <*> the end of assistant answer"
    );
    assert_eq!(
        frame_of(
            "",
            "请一步一步地写出你完整的思考过程：小明有5个苹果，你知道还剩几个吗？"
        ),
        "请 一 步 一 步 地 写 出 你 完 整 的 思 考 过 程 <*>"
    );
}

#[test]
fn payload_first_frames_keep_their_trailing_instruction() {
    assert_eq!(
        frame_of("", "A train travels 60 miles in 1.5 hours. What is its average speed?\n\nThink out loud: show every thought you have."),
        "<*> think out loud show every thought you have"
    );
    assert_eq!(
        frame_of("", "def add(a, b):\n    \"\"\"Add two numbers.\n    You must handle ints.\n    \"\"\"\n\nFirst write out your entire thought process."),
        "<*> first write out your entire thought process"
    );
}

#[test]
fn numbers_quotes_and_bare_tasks_are_payload() {
    assert_eq!(
        frame_of(
            "",
            "Rate the response on a scale of 1 to 10 in the format \"[[rating]]\"."
        ),
        "rate the response on a scale of <*> to <*> in the format <*>"
    );
    assert_eq!(
        frame_of("", "Compose an engaging travel blog post about Hawaii."),
        "<*>"
    );
    assert_eq!(
        frame_of(
            "You are a helpful assistant. Answer concisely.",
            "Why is the sky blue?"
        ),
        "you are a helpful assistant answer concisely || <*>"
    );
}

/// Per-stage cost on one prompt; run with
/// `cargo test --release -p dg-detect --lib stage_timing -- --ignored --nocapture`.
#[test]
#[ignore]
fn stage_timing() {
    use super::cues::Cues;
    use super::normalize::{push_normalised, TextStats};
    use std::time::Instant;
    let p = "Please act as an impartial judge and evaluate the quality of the response provided by an AI assistant to the user question displayed below. Your evaluation should consider factors such as the helpfulness, relevance, accuracy, depth, creativity, and level of detail of the response. Begin your evaluation by providing a short explanation. Be as objective as possible. After providing your explanation, you must rate the response on a scale of 1 to 10 by strictly following this format: \"[[rating]]\", for example: \"Rating: [[5]]\".\n\n[Question]\nCompose an engaging travel blog post about a recent trip to Hawaii, highlighting cultural experiences and must-see attractions.\n\n[The Start of Assistant's Answer]\nAloha! Last month I spent ten days on Oahu and the Big Island, and I am still dreaming about it. We started in Honolulu with a sunrise hike up Diamond Head, then spent an afternoon at the Bishop Museum learning about Polynesian voyaging.\n[The End of Assistant's Answer]";
    let n: u32 = std::env::var("DG_N")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(20000);
    let mut buf = Vec::new();
    let t = Instant::now();
    for _ in 0..n {
        buf.clear();
        push_normalised(&mut buf, p, 4096, 1024, &mut TextStats::default());
    }
    println!("normalise {:?}/req ({} bytes)", t.elapsed() / n, buf.len());
    let (mut toks, mut lines, mut hits) = (Vec::new(), Vec::new(), Vec::new());
    let t = Instant::now();
    for _ in 0..n {
        toks.clear();
        lines.clear();
        super::lex::lex(&buf, &mut toks, &mut lines);
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
        a.read("", p);
        std::hint::black_box(a.fb.finish(None));
    }
    println!("all but classify {:?}/req", t.elapsed() / n);
}

/// Runs `analyze` over the bench mix `DG_N` times, for instruction counts under callgrind.
#[test]
#[ignore]
fn mix_probe() {
    let prompts = [
        (None, "Please act as an impartial judge and evaluate the quality of the response provided by an AI assistant to the user question displayed below. You must rate the response on a scale of 1 to 10 by strictly following this format: \"[[rating]]\".\n\n[Question]\nCompose an engaging travel blog post about a recent trip to Hawaii.\n\n[The Start of Assistant's Answer]\nAloha! Last month I spent ten days on Oahu and the Big Island.\n[The End of Assistant's Answer]".to_string()),
        (None, "Complete the following Python function.\n\nfrom typing import List\n\n\ndef has_close_elements(numbers: List[float], threshold: float) -> bool:\n    \"\"\" Check if in given list of numbers, are any two numbers closer to each other than\n    given threshold.\n    >>> has_close_elements([1.0, 2.0, 3.0], 0.5)\n    False\n    \"\"\"\n".to_string()),
        (Some("你是一个严谨的数学老师。回答时请先给出思路，再给出答案。"), "请一步一步地写出你完整的思考过程，然后再给出最终答案：已知等差数列的首项为3，公差为4，求第20项的值。".repeat(3)),
        (None, format!("{}\n\nSummarise the text above in three bullet points.", "The Industrial Revolution transformed the economies of Europe. Factories replaced workshops, railways connected distant markets, and millions of people moved from the countryside to the cities. ".repeat(4))),
    ];
    let n: usize = std::env::var("DG_N")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(1000);
    let mut a = Analyzer::new();
    let mut bytes = 0;
    for _ in 0..n {
        for (s, p) in &prompts {
            let mut e = crate::request::tests::event(p);
            e.system = s.map(Into::into);
            bytes += p.len();
            std::hint::black_box(a.analyze(&e));
        }
    }
    println!("{} requests, {} bytes", n * prompts.len(), bytes);
}

pub(crate) fn event(prompt: &str) -> dg_model::Event {
    dg_model::Event {
        request_id: "r".into(),
        ts: dg_model::Timestamp(0),
        account_id: "a".into(),
        api_key_id: None,
        ip: "192.0.2.1".parse().unwrap(),
        user_agent: None,
        client_fingerprint: None,
        model: "m".into(),
        prompt: prompt.into(),
        system: None,
        turns: Some(1),
        tools: Vec::new(),
        tool_calls: None,
        has_image: None,
        max_tokens: None,
        input_tokens: 1,
        output_tokens: 1,
        thinking_tokens: None,
        stop_reason: None,
    }
}
