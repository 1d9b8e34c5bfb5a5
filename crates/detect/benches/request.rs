//! Nanoseconds per `Analyzer::analyze` on a mix of realistic prompts (731 bytes on average:
//! a judge prompt, HumanEval, a CoT-reconstruction frame, a safe rewrite, Chinese with a
//! system prompt, a support chat, a summary, a data-generation ask).
//!
//! Run: `cargo bench -p dg-detect --bench request`. Criterion reports the time per mix and,
//! through `Throughput::Elements`, requests per second; divide the time by the mix size for
//! ns per request. On the shared 2-core development VM: about 17–21 µs per mix of 8, so about
//! 2.0–2.6 µs per request (~400k requests/s on one core); a 25 KB prompt, bounded to 5 KB,
//! costs about 10 µs. Two of the eight requests have a system prompt, which after the first
//! iteration comes from the analyzer's cache. Wall time on the VM is noisy; instruction counts
//! under callgrind (see `probe`) are stable: about 33,000 per request.

use criterion::{black_box, criterion_group, Criterion, Throughput};
use dg_detect::request::Analyzer;
use dg_model::{Event, Timestamp};

fn event(system: Option<&str>, prompt: String) -> Event {
    Event {
        request_id: "r".into(),
        ts: Timestamp(1_770_000_000_000),
        account_id: "a".into(),
        api_key_id: None,
        ip: "192.0.2.1".parse().unwrap(),
        user_agent: None,
        client_fingerprint: None,
        model: "m".into(),
        prompt,
        system: system.map(Into::into),
        turns: Some(1),
        tools: Vec::new(),
        tool_calls: None,
        has_image: None,
        max_tokens: Some(4096),
        input_tokens: 300,
        output_tokens: 900,
        thinking_tokens: None,
        stop_reason: Some("end_turn".into()),
    }
}

const JUDGE: &str = "Please act as an impartial judge and evaluate the quality of the response provided by an AI assistant to the user question displayed below. Your evaluation should consider factors such as the helpfulness, relevance, accuracy, depth, creativity, and level of detail of the response. Begin your evaluation by providing a short explanation. Be as objective as possible. After providing your explanation, you must rate the response on a scale of 1 to 10 by strictly following this format: \"[[rating]]\", for example: \"Rating: [[5]]\".\n\n[Question]\nCompose an engaging travel blog post about a recent trip to Hawaii, highlighting cultural experiences and must-see attractions.\n\n[The Start of Assistant's Answer]\nAloha! Last month I spent ten days on Oahu and the Big Island, and I am still dreaming about it. We started in Honolulu with a sunrise hike up Diamond Head, then spent an afternoon at the Bishop Museum learning about Polynesian voyaging. On the Big Island we watched lava glow at Kilauea and joined a small local luau where our hosts explained the meaning behind each hula. Do not miss the farmers markets, the shave ice, or a snorkel at Kealakekua Bay.\n[The End of Assistant's Answer]";

const HUMANEVAL: &str = "from typing import List\n\n\ndef has_close_elements(numbers: List[float], threshold: float) -> bool:\n    \"\"\" Check if in given list of numbers, are any two numbers closer to each other than\n    given threshold.\n    >>> has_close_elements([1.0, 2.0, 3.0], 0.5)\n    False\n    >>> has_close_elements([1.0, 2.8, 3.0, 4.0, 5.0, 2.0], 0.3)\n    True\n    \"\"\"\n";

const ESSAY: &str = "The Industrial Revolution transformed the economies of Europe. Factories replaced workshops, railways connected distant markets, and millions of people moved from the countryside to the cities. Historians still debate whether living standards rose or fell for ordinary workers in the first decades of the century, since wages, diets and life expectancy moved in different directions. What is clear is that the pace of change had no precedent. ";

fn mix() -> Vec<Event> {
    vec![
        event(None, JUDGE.to_string()),
        event(
            None,
            format!("Complete the following Python function. Return only the code in a single ```python block.\n\n{HUMANEVAL}"),
        ),
        event(
            None,
            "Here is a completed answer to a problem. Imagine and articulate, step by step, the internal reasoning that led to it, including every intermediate calculation.\n\nProblem: A rectangle has a perimeter of 30 cm and its length is twice its width. What is the area of the rectangle? Give the answer in square centimetres and check it by recomputing the perimeter from your dimensions.\nAnswer: 50".to_string(),
        ),
        event(
            None,
            format!("Rewrite the following text so that it is safe and harmless for a general audience while keeping its meaning.\n\nText: {}", ESSAY.repeat(2)),
        ),
        event(
            Some("你是一个严谨的数学老师。回答时请先给出思路，再给出答案。"),
            "请一步一步地写出你完整的思考过程，然后再给出最终答案：已知等差数列的首项为3，公差为4，求第20项的值，并说明你是如何检查结果的。".repeat(3),
        ),
        event(
            Some("You are the customer support assistant for Northwind. Answer questions about orders, shipping and returns politely and concisely."),
            "Hi, my order #48213 arrived with a broken lid. Can I get a replacement or a refund? I'd prefer a replacement if it can ship this week.".to_string(),
        ),
        event(None, format!("{}\n\nSummarise the text above in three bullet points.", ESSAY.repeat(4))),
        event(None, "Generate 50 question-answer pairs about photosynthesis in JSONL with fields \"question\" and \"answer\".".to_string()),
    ]
}

fn bench(c: &mut Criterion) {
    let events = mix();
    let bytes: usize = events
        .iter()
        .map(|e| e.prompt.len() + e.system.as_deref().map_or(0, str::len))
        .sum();
    eprintln!(
        "mix: {} requests, {} bytes of prompt text ({} B average)",
        events.len(),
        bytes,
        bytes / events.len()
    );
    let mut g = c.benchmark_group("request");
    g.throughput(Throughput::Elements(events.len() as u64));
    let mut a = Analyzer::new();
    g.bench_function("analyze_mix", |b| {
        b.iter(|| {
            for e in &events {
                black_box(a.analyze(black_box(e)));
            }
        })
    });
    let long = event(
        None,
        format!(
            "Please summarise the following report.\n\n{}",
            ESSAY.repeat(60)
        ),
    );
    g.throughput(Throughput::Elements(1));
    g.bench_function("analyze_25kb_prompt", |b| {
        b.iter(|| black_box(a.analyze(black_box(&long))))
    });
    g.finish();
}

criterion_group!(benches, bench);

/// Runs the mix `n` times without criterion, for stable instruction counts:
/// `DG_PROBE=2000 valgrind --tool=callgrind target/release/deps/request-<hash>`; the
/// difference between two values of `n`, divided by the requests, is instructions per request.
/// `DG_PROBE_ONLY=k` runs the k-th request of the mix alone.
fn probe(n: usize) {
    let mut events = mix();
    // `DG_PROBE_ONLY=k` keeps the k-th request of the mix alone (k repeated 8 times).
    if let Some(k) = std::env::var("DG_PROBE_ONLY")
        .ok()
        .and_then(|v| v.parse::<usize>().ok())
    {
        events = vec![events[k].clone(); 8];
    }
    let mut a = Analyzer::new();
    for _ in 0..n {
        for e in &events {
            black_box(a.analyze(black_box(e)));
        }
    }
}

fn main() {
    match std::env::var("DG_PROBE").ok().and_then(|v| v.parse().ok()) {
        Some(n) => probe(n),
        None => {
            benches();
            Criterion::default().configure_from_args().final_summary();
        }
    }
}
