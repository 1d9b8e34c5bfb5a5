//! Rules that turn cues and structure into a capability class, a chain-of-thought level and
//! the long-output flag.
//!
//! # Capability
//!
//! Each class gets a strength: 3 for request structure (tools, images), 2 for strong evidence,
//! 1 for weak evidence. The primary class is the strongest one, ties broken in the order
//! agentic > vision > grading > data_generation > rewrite > coding > reasoning; a request with
//! no class at strength 1 or more (2 or more for agentic, vision, grading and data generation,
//! whose weak cues such as "the image", "function call" or "on a scale of 1 to 10" are common
//! in chat) is `chat`. Every class at strength 1 or more is in the `capabilities` set.
//!
//! * agentic: tools declared, tool calls in the response or `stop_reason: tool_use` (3); a
//!   ReAct-style transcript or tool talk in the text (2 with two cues, else 1).
//! * vision: an image (3); talk about "this image" (1).
//! * grading: a judge or rubric set-up (`impartial judge`, `rubric`, `[[rating]]`, `is the
//!   answer correct`, 评分标准, 打分), or a scoring verb right before its object (`rate the response`, `score the answer`,
//!   评估…回答) (2); a scale or a reference answer alone (1). "5th grade" is not grading.
//! * data_generation: a generating verb before a data-set noun (`produce JSONL training
//!   examples`, 生成…问答对) or before a count of at least 10 items (`generate 50 questions`,
//!   生成100条数据) with no code words in between (2).
//! * rewrite: a rewriting verb (`rewrite`, `paraphrase`, `rephrase`, 改写, 润色, 重写) (2);
//!   editing or translation asks (1). When the thing rewritten is code ("rewrite this function
//!   in Rust", or code in the prompt) the request is coding and rewrite drops to 1: the
//!   provider wants to know that coding ability is being harvested. `safe_rewrite` is set when
//!   a rewriting verb meets a safety qualifier (`harmless`, `safely`, 无害).
//! * coding: code in the prompt (fences, code-like lines, a `def`), an unmistakable coding ask
//!   (`write a function`, `traceback`, 代码实现), or a language name with programming vocabulary
//!   (2); a language name alone or two programming words (1). A single ambiguous word (`rust`,
//!   `program`) is nothing.
//! * reasoning: math notation or mathematics and logic vocabulary (`prove that`, `integer`,
//!   方程) (2); problem-solving words (`how many`, `calculate`, 多少) in a prompt with digits,
//!   step-by-step asks or chain-of-thought asks (1).
//! * translation counts as a weak rewrite (text rewritten into another language); a summary is
//!   chat.
//!
//! # Chain-of-thought elicitation
//!
//! *Strong* (counted as elicitation) when the prompt asks for the model's own internal or
//! complete reasoning as a thing to be written out or reconstructed:
//!
//! * a thought-process noun (`thought process`, `chain of thought`, `reasoning process`,
//!   思考过程, 思维链, 推理过程) right after `your`, a reveal verb (`show`, `write out`,
//!   `articulate`, 写出, 展示), a reconstruct verb (`reconstruct`, 还原, 反推) or a qualifier
//!   (`internal`, `hidden`, `full`, `complete`, `intermediate`, 完整, 内部);
//! * `reasoning`/`thoughts`/`thinking` right after such a qualifier ("your hidden reasoning",
//!   "all of your intermediate thoughts", "every thought"), after a reconstruct verb, or tied to
//!   a given answer ("the reasoning that led to this answer", 得出该答案的推理过程);
//! * phrases that mean it on their own: `think out loud`, `keep to yourself`, `<think>`.
//!
//! *Weak* (not elicitation): generic step-by-step asks (`step by step`, `show your work`,
//! `explain your reasoning`, `Let's think step by step.`, 一步一步, 写出解题过程) and a
//! thought-process noun with nothing that makes it the model's own ("describe the character's
//! thought process"). "What are your thoughts on…" and 我的思考是… are nothing.

use dg_model::Capability;

use super::cues::{mask, Cue, CueMask, Hit};
use super::frame::Structure;
use super::CotLevel;

/// Structural facts of the event that the rules need.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct EventShape {
    pub tools: bool,
    pub image: bool,
    /// The prompt contains a digit (problem-solving words alone do not make a math problem).
    pub digits: bool,
}

/// What the rules decided.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Verdict {
    pub capability: Capability,
    pub set: u8,
    pub cot: CotLevel,
    pub safe_rewrite: bool,
    pub long_output: bool,
}

/// Cue hits with their union, for the proximity rules.
#[derive(Clone, Copy)]
struct Hits<'a> {
    buf: &'a [u8],
    hits: &'a [Hit],
    present: CueMask,
}

impl Hits<'_> {
    fn has(&self, c: Cue) -> bool {
        self.present & c.bit() != 0
    }

    fn count(&self, c: Cue) -> usize {
        self.hits.iter().filter(|h| h.is(c)).count()
    }

    /// Is there an `a` cue followed by a `b` cue that starts at most `gap` bytes after it?
    fn near(&self, a: CueMask, b: CueMask, gap: u32) -> bool {
        self.near_by(a, b, gap, |_, _| true)
    }

    fn near_by(&self, a: CueMask, b: CueMask, gap: u32, ok: impl Fn(&Hit, &Hit) -> bool) -> bool {
        if self.present & a == 0 || self.present & b == 0 {
            return false;
        }
        for (i, x) in self.hits.iter().enumerate() {
            if !x.any(a) {
                continue;
            }
            for y in &self.hits[i + 1..] {
                if y.start > x.end + gap {
                    break;
                }
                if y.start >= x.end && y.any(b) && ok(x, y) {
                    return true;
                }
            }
        }
        false
    }

    /// Largest number written with digits in `buf[s..e)` (`1,000` reads 1000).
    fn max_number(&self, s: usize, e: usize) -> u64 {
        let mut best = 0;
        let mut cur: Option<u64> = None;
        for &c in &self.buf[s..e.min(self.buf.len())] {
            if c.is_ascii_digit() {
                cur = Some(cur.unwrap_or(0).saturating_mul(10) + u64::from(c - b'0'));
            } else if c == b',' && cur.is_some() {
                continue;
            } else if let Some(v) = cur.take() {
                best = best.max(v);
            }
        }
        best.max(cur.unwrap_or(0))
    }

    /// Is any hit of `c` inside `[s, e)`?
    fn any_in(&self, m: CueMask, s: u32, e: u32) -> bool {
        self.hits
            .iter()
            .any(|h| h.start >= s && h.end <= e && h.any(m))
    }
}

const CODE_WORDS: CueMask = mask(&[Cue::CodeStrong, Cue::CodeLang, Cue::CodeTerm]);

/// Applies the rules.
pub(crate) fn decide(buf: &[u8], hits: &[Hit], st: &Structure, shape: EventShape) -> Verdict {
    let present = hits.iter().fold(0, |m, h| m | h.mask);
    let h = Hits { buf, hits, present };
    let cot = cot_level(&h);
    let mut strength = [0u8; 8];
    let mut set = |c: Capability, s: u8| {
        let slot = &mut strength[c.index()];
        *slot = (*slot).max(s);
    };

    // Agentic and vision: structure first.
    if shape.tools {
        set(Capability::Agentic, 3);
    }
    match h.count(Cue::AgentText) {
        0 => {}
        1 => set(Capability::Agentic, 1),
        _ => set(Capability::Agentic, 2),
    }
    if shape.image {
        set(Capability::Vision, 3);
    }
    if h.has(Cue::VisionText) {
        set(Capability::Vision, 1);
    }

    // Grading.
    let grade_pair = h.near(
        Cue::GradeVerb.bit(),
        mask(&[Cue::GradeObject, Cue::GradeItem, Cue::GradeStrong]),
        24,
    );
    if h.has(Cue::GradeStrong)
        || grade_pair
        || (h.has(Cue::Scale)
            && h.has(Cue::GradeVerb)
            && (h.has(Cue::GradeObject) || h.has(Cue::GradeItem)))
    {
        set(Capability::Grading, 2);
    } else if h.has(Cue::Scale) || h.has(Cue::GradeWeak) {
        set(Capability::Grading, 1);
    }

    // Data generation: a generating verb, then the data noun, with no code words between.
    let no_code_between = |x: &Hit, y: &Hit| !h.any_in(CODE_WORDS, x.end, y.start);
    let gen_dataset = h.near_by(
        Cue::GenVerb.bit(),
        Cue::DataNounStrong.bit(),
        48,
        no_code_between,
    );
    let counted = |min: u64| {
        h.near_by(Cue::GenVerb.bit(), Cue::DataNoun.bit(), 48, |x, y| {
            no_code_between(x, y)
                && (h.max_number(x.end as usize, y.start as usize) >= min
                    || h.any_in(Cue::CountWord.bit(), x.end, y.start))
        })
    };
    let gen_many = counted(10);
    if gen_dataset || gen_many {
        set(Capability::DataGeneration, 2);
    } else if h.has(Cue::DataNounStrong) || counted(5) {
        set(Capability::DataGeneration, 1);
    }

    // Rewrite, and rewrites of code, which are coding.
    let safe_rewrite = h.has(Cue::RewriteVerb) && h.has(Cue::SafeQual);
    let code_object =
        h.near(Cue::RewriteVerb.bit(), CODE_WORDS, 40) || (st.has_code() && !safe_rewrite);
    if h.has(Cue::RewriteVerb) {
        if code_object {
            set(Capability::Rewrite, 1);
            set(Capability::Coding, 2);
        } else {
            set(Capability::Rewrite, 2);
        }
    } else if h.has(Cue::RewriteWeak) || h.has(Cue::Translate) {
        set(Capability::Rewrite, 1);
    }

    // Coding.
    if st.has_code() || h.has(Cue::CodeStrong) || (h.has(Cue::CodeLang) && h.has(Cue::CodeTerm)) {
        set(Capability::Coding, 2);
    } else if h.has(Cue::CodeLang) || h.count(Cue::CodeTerm) >= 2 {
        set(Capability::Coding, 1);
    }

    // Reasoning.
    if st.has_math() || h.has(Cue::MathStrong) {
        set(Capability::Reasoning, 2);
    } else if (h.has(Cue::MathWeak) && shape.digits)
        || h.has(Cue::StepWeak)
        || cot != CotLevel::None
    {
        set(Capability::Reasoning, 1);
    }

    let mut bits = 0u8;
    let mut best: Option<(u8, Capability)> = None;
    for c in PRIORITY {
        let s = strength[c.index()];
        if s == 0 {
            continue;
        }
        bits |= 1 << c.index();
        let min = match c {
            Capability::Agentic
            | Capability::Vision
            | Capability::Grading
            | Capability::DataGeneration => 2,
            _ => 1,
        };
        if s >= min && best.is_none_or(|(b, _)| s > b) {
            best = Some((s, c));
        }
    }
    let capability = best.map_or(Capability::Chat, |(_, c)| c);
    bits |= 1 << capability.index();

    Verdict {
        capability,
        set: bits,
        cot,
        safe_rewrite,
        long_output: long_output(&h),
    }
}

/// Tie-break order, most specific first.
const PRIORITY: [Capability; 7] = [
    Capability::Agentic,
    Capability::Vision,
    Capability::Grading,
    Capability::DataGeneration,
    Capability::Rewrite,
    Capability::Coding,
    Capability::Reasoning,
];

fn cot_level(h: &Hits) -> CotLevel {
    use Cue::*;
    let context = mask(&[Your, Reveal, Reconstruct, CotQual]);
    let strong = h.has(CotStandalone)
        || h.near(context, ThoughtNoun.bit(), 32)
        || h.near(CotQual.bit(), mask(&[ThinkNoun, ReasonNoun]), 24)
        || h.near(Reconstruct.bit(), mask(&[ReasonNoun, ThinkNoun]), 48)
        || h.near(mask(&[ReasonNoun, ThoughtNoun]), LedTo.bit(), 16)
        || h.near(LedTo.bit(), mask(&[ReasonNoun, ThoughtNoun]), 12);
    if strong {
        CotLevel::Strong
    } else if h.has(StepWeak)
        || h.has(ThoughtNoun)
        || h.near(mask(&[Your, Reveal]), ReasonNoun.bit(), 24)
    {
        CotLevel::Weak
    } else {
        CotLevel::None
    }
}

fn long_output(h: &Hits) -> bool {
    if h.has(Cue::LongOut) {
        return true;
    }
    if !h.has(Cue::LengthUnit) {
        return false;
    }
    h.hits.iter().any(|u| {
        if !u.is(Cue::LengthUnit) {
            return false;
        }
        // The number right before the unit: `2000 words`, `5000-word`, `3000字`.
        let mut e = u.start as usize;
        while e > 0 && matches!(h.buf[e - 1], b' ' | b'-') {
            e -= 1;
        }
        let mut s = e;
        while s > 0 && (h.buf[s - 1].is_ascii_digit() || h.buf[s - 1] == b',') {
            s -= 1;
        }
        if s == e {
            return false;
        }
        let n = h.max_number(s, e);
        n >= 1000
            || (n >= 300
                && h.hits
                    .iter()
                    .any(|a| a.is(Cue::AtLeast) && a.end as usize <= s && s - a.end as usize <= 4))
    })
}
