//! The cheap per-request facts: lengths, language, code, math, long-output asks, turn and
//! token counts, and what the payload hash means.

mod request_support;

use dg_detect::request::{analyze, Analyzer};
use request_support::{event, facts, with_system};

#[test]
fn long_output_asks() {
    for p in [
        "Explain the causes of the First World War as detailed as possible.",
        "Write an essay of at least 2000 words on climate policy.",
        "Describe this image in exhaustive detail.",
        "请尽可能详细地介绍一下量子计算的发展历史。",
        "写一篇不少于3000字的关于乡村振兴的报告。",
        "Write a 5000-word short story about a lighthouse keeper.",
    ] {
        assert!(facts(p).long_output, "{p}");
    }
    for p in [
        "Summarise this article in 50 words.",
        "Write a 200 word bio for my website.",
        "What is the capital of Peru?",
        "这个字怎么读？",
    ] {
        assert!(!facts(p).long_output, "{p}");
    }
}

#[test]
fn language_code_and_math_hints() {
    let zh = facts("请帮我写一个论文大纲，题目是人工智能在医疗领域的应用。");
    assert!(zh.cjk);
    assert!(zh.prompt_bytes > zh.prompt_chars);
    let en = facts("Please write an outline for a paper on AI in medicine.");
    assert!(!en.cjk);
    assert_eq!(en.prompt_bytes, en.prompt_chars);
    // One Chinese name in an English prompt is not a Chinese prompt.
    assert!(
        !facts("Write a short bio of 李白 for a school poster, about a hundred words long.").cjk
    );

    assert!(facts("def f(x):\n    return x * 2\n\nWhat does f(3) return?").has_code);
    assert!(facts("Fix this:\n```js\nconsole.log('hi')\n```").has_code);
    assert!(!facts("Tell me about the history of the class system in Britain.").has_code);

    assert!(facts("Compute $\\int_0^1 x^2 \\, dx$.").has_math);
    assert!(facts("Solve 3x + 5 = 20 and 2y - 4 = 10.").has_math);
    assert!(!facts("I have 3 cats and 2 dogs at home.").has_math);
}

#[test]
fn turn_and_token_counts() {
    let mut e = event("Thanks! Can you explain the second point in more detail?");
    e.turns = Some(5);
    e.max_tokens = Some(32_000);
    e.input_tokens = 1200;
    e.output_tokens = 3600;
    e.thinking_tokens = Some(9000);
    e.tools = vec!["search".into()];
    e.tool_calls = Some(2);
    let f = analyze(&e);
    assert!(!f.single_turn);
    assert_eq!(f.turns, 5);
    assert_eq!(f.max_tokens, 32_000);
    assert_eq!(
        (f.input_tokens, f.output_tokens, f.thinking_tokens),
        (1200, 3600, 9000)
    );
    assert_eq!((f.tools, f.tool_calls), (1, 2));
    assert!((f.output_ratio() - 3.0).abs() < 1e-6);

    let mut e = event("hi");
    e.turns = None;
    e.max_tokens = None;
    e.thinking_tokens = None;
    let f = analyze(&e);
    assert!(f.single_turn);
    assert_eq!((f.turns, f.max_tokens, f.thinking_tokens), (0, 0, 0));
    assert_eq!(f.system_bytes, 0);
    assert_eq!(analyze(&with_system("Be brief.", "hi")).system_bytes, 9);
}

#[test]
fn payload_hash_separates_items_and_repeats_them() {
    let frame = "Solve the following problem. Show your reasoning step by step.\n\n";
    let a = facts(&format!("{frame}What is 12 times 13?"));
    let b = facts(&format!("{frame}What is 14 times 15?"));
    let a2 = facts(&format!("{frame}What is 12 times 13?"));
    assert_eq!(a.frame, b.frame, "one frame");
    assert_ne!(a.payload_hash, b.payload_hash, "two tasks");
    assert_eq!(
        a.payload_hash, a2.payload_hash,
        "an evaluation suite repeats its items"
    );
    // The same item in two frames is the same payload.
    let c = facts("Answer the question below.\n\nWhat is 12 times 13?");
    assert_ne!(a.frame, c.frame);
    assert_eq!(a.payload_hash, c.payload_hash);
    // Prompts with no payload at all still get distinct hashes.
    assert_ne!(
        facts("Please answer in English.").payload_hash,
        facts("Please answer in French.").payload_hash
    );
}

#[test]
fn frames_are_empty_without_instructions() {
    // A bare task has no frame to share; both hashes are zero and words is 0.
    let f = facts("Compose an engaging travel blog post about a recent trip to Hawaii.");
    assert!(f.frame.is_empty());
    assert_eq!((f.frame.simhash, f.frame.exact), (0, 0));
    // A system prompt alone is a frame.
    let f = analyze(&with_system(
        "You are a helpful assistant. Answer concisely.",
        "Write a haiku about autumn.",
    ));
    assert!(!f.frame.is_empty());
}

#[test]
fn analysis_is_deterministic_and_reusable() {
    let prompts = [
        "Please act as an impartial judge and rate the response on a scale of 1 to 10.",
        "请一步一步地写出你完整的思考过程：1+1=?",
        "def f(x):\n    return x",
        &"long text with many words. ".repeat(2000),
        "",
    ];
    let mut a = Analyzer::new();
    for p in prompts {
        let e = event(p);
        assert_eq!(a.analyze(&e), analyze(&e));
        assert_eq!(a.analyze(&e), a.analyze(&e));
    }
    let long = facts(&"long text with many words. ".repeat(2000));
    assert_eq!(long.prompt_chars, 27 * 2000);
}

#[test]
fn odd_text_never_panics() {
    // A small deterministic generator over an alphabet of the characters the rules look at.
    let alphabet: Vec<char> = "aZ0 9_'\"`$:\\[]<>#+&.?!,;{}()=-*/^|\n\t\r【】「」《》“”’：，。？！题目请你的思考过程\u{1}é€😀"
        .chars()
        .collect();
    let mut state = 0x2545_F491_4F6C_DD1Du64;
    let mut a = Analyzer::new();
    for len in [0, 1, 2, 3, 7, 50, 300, 6000] {
        for _ in 0..40 {
            let s: String = (0..len)
                .map(|_| {
                    state ^= state << 13;
                    state ^= state >> 7;
                    state ^= state << 17;
                    alphabet[(state % alphabet.len() as u64) as usize]
                })
                .collect();
            let system: String = s.chars().take(len / 3).collect();
            let e = with_system(&system, &s);
            let f = a.analyze(&e);
            assert_eq!(f, analyze(&e));
            assert_eq!(f.prompt_chars as usize, s.chars().count());
        }
    }
}

#[test]
fn facts_stay_small() {
    // Folded into fixed-size per-account state on every event.
    let size = std::mem::size_of::<dg_detect::request::RequestFacts>();
    println!("RequestFacts: {size} bytes");
    assert!(size <= 80, "{size}");
}
