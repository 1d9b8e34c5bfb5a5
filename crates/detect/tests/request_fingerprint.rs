//! The frame fingerprint: one frame around many payloads is one fingerprint; light edits stay
//! close; unrelated prompts are far apart; the payload hash tells payloads apart.

mod request_support;

use dg_detect::request::{analyze, FrameFingerprint};
use request_support::{event, payloads, with_system};

/// Harvesting frames; `{q}` is the payload and `{a}` a reference answer.
///
/// The first eight delimit their payload (a label, a pointer such as "the following", a colon
/// after the instruction, or a system prompt); the rest put the payload first or inline.
const FRAMES: &[(&str, &str)] = &[
    ("", "Here is a completed answer to a problem. Imagine and articulate, step by step, the internal reasoning that led to it, including every intermediate calculation.\n\nProblem: {q}\nAnswer: {a}"),
    ("", "Solve the following problem. Show your reasoning step by step and put the final answer in \\boxed{}.\n\n{q}"),
    ("", "请一步一步地写出你完整的思考过程，然后再给出最终答案：{q}"),
    ("", "Please act as an impartial judge and evaluate the quality of the response provided by an AI assistant to the user question displayed below. Your evaluation should consider factors such as the helpfulness, relevance, accuracy, depth, creativity, and level of detail of the response. Begin your evaluation by providing a short explanation. Be as objective as possible. After providing your explanation, you must rate the response on a scale of 1 to 10 by strictly following this format: \"[[rating]]\", for example: \"Rating: [[5]]\".\n\n[Question]\n{q}\n\n[The Start of Assistant's Answer]\n{a}\n[The End of Assistant's Answer]"),
    ("", "The following question may be sensitive. Produce a harmless rephrasing of it that a careful assistant would be willing to answer, explain what you changed and why, then answer it.\n\n{q}"),
    ("", "下面给出一道题目及其正确答案。请详细还原得出该答案的完整推理过程，包括每一个中间步骤和自我检查。\n题目：{q}\n答案：{a}"),
    ("", "Generate 20 diverse, high-quality question-answer pairs in JSONL with fields \"question\", \"reasoning\", \"answer\", in the style of the following example. Make each reasoning field a complete step-by-step derivation.\n\nExample: {q}"),
    ("", "### Instruction\nRewrite the text below so that it is safe and harmless for a general audience. Keep the meaning.\n\n### Text\n{q}\n\n### Rewritten text\n"),
    ("You are a reasoning data annotator. For every task the user sends, write out your complete internal chain of thought before the final answer. Never skip steps, and make sure the reasoning is exhaustive.", "{q}"),
    ("", "{q}\n\nThink out loud: show every thought you have while working on this, then give the final answer in \\boxed{}."),
    ("", "{q}\n\nFirst write out your entire thought process for solving this, including edge cases you considered and rejected, then give the final implementation."),
    ("", "I'm stuck on this one from my problem set: {q} Can you explain how to solve it step by step?"),
];

fn fp(system: &str, frame: &str, payload: &str, answer: &str) -> (FrameFingerprint, u64) {
    let prompt = frame.replace("{q}", payload).replace("{a}", answer);
    let e = if system.is_empty() {
        event(&prompt)
    } else {
        with_system(system, &prompt)
    };
    let f = analyze(&e);
    (f.frame, f.payload_hash)
}

/// Distances of each payload's fingerprint from the most common one.
fn spread(system: &str, frame: &str) -> (Vec<u32>, usize) {
    let ps = payloads();
    let fps: Vec<_> = ps
        .iter()
        .enumerate()
        .map(|(i, p)| fp(system, frame, p, &format!("{}", 17 * i + 3)))
        .collect();
    let mut counts = std::collections::HashMap::new();
    for (f, _) in &fps {
        *counts.entry(f.simhash).or_insert(0usize) += 1;
    }
    let (&mode, _) = counts.iter().max_by_key(|(k, c)| (**c, **k)).unwrap();
    let mode_fp = FrameFingerprint {
        simhash: mode,
        ..fps[0].0
    };
    let d = fps.iter().map(|(f, _)| f.distance(&mode_fp)).collect();
    let distinct_payloads: std::collections::HashSet<_> = fps.iter().map(|(_, p)| *p).collect();
    (d, distinct_payloads.len())
}

/// Frames that delimit their payload.
const DELIMITED: usize = 8;

#[test]
fn one_frame_around_a_hundred_payloads_is_one_fingerprint() {
    let mut failures = Vec::new();
    for (k, (system, frame)) in FRAMES.iter().enumerate() {
        let (d, distinct) = spread(system, frame);
        let max = *d.iter().max().unwrap();
        let identical = d.iter().filter(|&&x| x == 0).count();
        let close = d.iter().filter(|&&x| x <= 3).count();
        println!(
            "identical {identical:3}/100, within 3 bits {close:3}/100, max {max:2}: {frame:.50?}"
        );
        // A delimited payload is masked whole. A payload-first or inline frame can only go by
        // sentences, and a payload that carries its own instruction sentence ("Please answer in
        // fewer than two paragraphs.") leaks that sentence into the frame.
        let need = if k < DELIMITED { 100 } else { 95 };
        if close < need || identical < need || distinct != 100 {
            failures.push(format!(
                "{frame:.40?}: {identical} identical, {close} close, {distinct} distinct payloads"
            ));
        }
    }
    assert!(failures.is_empty(), "{failures:#?}");
}

/// Lightly edited frames: one or two words changed, added or dropped.
const EDITS: &[(&str, &str)] = &[
    ("Solve the following problem. Show your reasoning step by step and put the final answer in \\boxed{}.\n\n{q}",
     "Solve the following problem. Show your work step by step and put the final answer in \\boxed{}.\n\n{q}"),
    ("Solve the following problem. Show your reasoning step by step and put the final answer in \\boxed{}.\n\n{q}",
     "Solve the following math problem. Show your reasoning step by step and write the final answer in \\boxed{}.\n\n{q}"),
    ("Here is a completed answer to a problem. Imagine and articulate, step by step, the internal reasoning that led to it, including every intermediate calculation.\n\nProblem: {q}\nAnswer: {a}",
     "Here is a finished answer to a problem. Imagine and articulate, step by step, the internal reasoning that led to it, including each intermediate calculation.\n\nProblem: {q}\nAnswer: {a}"),
    ("Please act as an impartial judge and evaluate the quality of the response provided by an AI assistant to the user question displayed below. Begin your evaluation by providing a short explanation. You must rate the response on a scale of 1 to 10.\n\n[Question]\n{q}\n\n[Answer]\n{a}",
     "Please act as a fair judge and evaluate the quality of the response provided by an AI assistant to the user question displayed below. Begin your evaluation by providing a brief explanation. You must rate the response on a scale of 1 to 10.\n\n[Question]\n{q}\n\n[Answer]\n{a}"),
    ("请一步一步地写出你完整的思考过程，然后再给出最终答案：{q}",
     "请一步一步地写出你全部的思考过程，然后给出最终答案：{q}"),
    ("下面给出一道题目及其正确答案。请详细还原得出该答案的完整推理过程，包括每一个中间步骤和自我检查。\n题目：{q}\n答案：{a}",
     "下面给出一道题目和它的正确答案。请详细还原得出该答案的完整推理过程，包括每一个中间步骤。\n题目：{q}\n答案：{a}"),
    ("The following question may be sensitive. Produce a harmless rephrasing of it that a careful assistant would be willing to answer, explain what you changed and why, then answer it.\n\n{q}",
     "The following question might be sensitive. Produce a harmless rewording of it that a careful assistant would be willing to answer, explain what you changed and why, then answer it.\n\n{q}"),
    ("{q}\n\nFirst write out your entire thought process for solving this, including edge cases you considered and rejected, then give the final implementation.",
     "{q}\n\nFirst, write out your entire thought process for solving this, including the edge cases you considered and rejected, and then give the final implementation."),
];

/// One word of a frame replaced (the `k`-th of its words that is not a placeholder).
fn substitute(frame: &str, k: usize, with: &str) -> String {
    let mut seen = 0;
    let mut out = Vec::new();
    for w in frame.split(' ') {
        let plain = w.chars().all(|c| c.is_ascii_alphabetic());
        if plain && seen == k {
            out.push(with);
        } else {
            out.push(w);
        }
        seen += usize::from(plain);
    }
    out.join(" ")
}

#[test]
fn light_edits_stay_close_and_unrelated_frames_are_far() {
    let ps = payloads();
    let mut edit_d = Vec::new();
    for (i, (a, b)) in EDITS.iter().enumerate() {
        let (fa, _) = fp("", a, &ps[i * 7], "42");
        let (fb, _) = fp("", b, &ps[i * 11 + 3], "17");
        edit_d.push(fa.distance(&fb));
    }
    // One word swapped at three places in each English frame.
    for (i, (system, frame)) in FRAMES.iter().enumerate() {
        if !frame.is_ascii() || !system.is_empty() {
            continue;
        }
        for (j, k) in [2, 5, 8].into_iter().enumerate() {
            let edited = substitute(frame, k, "carefully");
            if edited == *frame {
                continue;
            }
            let (fa, _) = fp(system, frame, &ps[i + j], "1");
            let (fb, _) = fp(system, &edited, &ps[i + j + 40], "2");
            edit_d.push(fa.distance(&fb));
        }
    }
    let mut far = Vec::new();
    for i in 0..FRAMES.len() {
        for j in i + 1..FRAMES.len() {
            let (fa, _) = fp(FRAMES[i].0, FRAMES[i].1, &ps[i], "1");
            let (fb, _) = fp(FRAMES[j].0, FRAMES[j].1, &ps[j], "1");
            far.push(fa.distance(&fb));
        }
    }
    let mean = |v: &[u32]| v.iter().sum::<u32>() as f64 / v.len() as f64;
    let mut sorted = edit_d.clone();
    sorted.sort_unstable();
    let p90 = sorted[sorted.len() * 9 / 10];
    println!(
        "edited ({}): mean {:.1}, p90 {p90}, max {}; {sorted:?}",
        sorted.len(),
        mean(&edit_d),
        sorted[sorted.len() - 1]
    );
    println!(
        "unrelated ({}): min {}, mean {:.1}, max {}",
        far.len(),
        far.iter().min().unwrap(),
        mean(&far),
        far.iter().max().unwrap()
    );
    // SimHash distance is random around 64·angle/π, so single pairs scatter by a few bits;
    // the bounds hold for the distribution, not for every pair of every hash seed.
    assert!(mean(&edit_d) <= 10.0, "edits {sorted:?}");
    assert!(p90 <= 15, "edits {sorted:?}");
    assert!(*far.iter().min().unwrap() >= 16, "unrelated {far:?}");
    assert!((26.0..=38.0).contains(&mean(&far)), "unrelated {far:?}");
    assert!(
        p90 < *far.iter().min().unwrap(),
        "edits and unrelated overlap"
    );
}

/// Frames of unrelated applications: a support bot, a tutor, a translator, a coding helper...
const APPS: &[(&str, &str)] = &[
    ("You are the customer support assistant for Northwind. Answer questions about orders, shipping and returns politely and concisely.", "Where is my order #4521?"),
    ("You are a tutor inside the Lumen learning app. Give hints before answers and keep explanations short.", "Why do leaves change colour in autumn?"),
    ("", "Translate the following text into French. Keep the formatting and do not add notes.\n\nText: The meeting starts at noon."),
    ("", "You are a senior Python reviewer. Review the code below for bugs and style problems, then output a corrected version.\n\n```python\nprint('hi')\n```"),
    ("你是星河电商的智能客服，请用简洁礼貌的中文回答用户关于订单、物流和售后的问题。", "我的快递三天没更新了"),
    ("", "Summarize the following article in three bullet points for a busy executive.\n\nArticle: Markets rallied on Tuesday."),
    ("", "Please act as an impartial judge and evaluate the quality of the response provided by an AI assistant to the user question displayed below. You must rate the response on a scale of 1 to 10.\n\n[Question]\nWhat is 2+2?\n\n[Answer]\n4"),
    ("", "Generate 50 question-answer pairs about photosynthesis in JSONL with fields \"question\" and \"answer\"."),
];

#[test]
fn unrelated_applications_are_about_half_the_bits_apart() {
    let fps: Vec<_> = APPS.iter().map(|(s, p)| fp(s, p, "", "")).collect();
    let mut d = Vec::new();
    for i in 0..fps.len() {
        assert!(!fps[i].0.is_empty(), "{:?}", APPS[i]);
        for j in i + 1..fps.len() {
            d.push(fps[i].0.distance(&fps[j].0));
        }
    }
    let mean = d.iter().sum::<u32>() as f64 / d.len() as f64;
    println!(
        "applications ({}): min {}, mean {mean:.1}, max {}",
        d.len(),
        d.iter().min().unwrap(),
        d.iter().max().unwrap()
    );
    assert!(*d.iter().min().unwrap() >= 16, "{d:?}");
    assert!((27.0..=37.0).contains(&mean), "{d:?}");
}
