//! Per-request analysis: a pure function of one event.
//!
//! [`analyze`] (or a reusable [`Analyzer`]) turns one [`Event`] into [`RequestFacts`]: a small
//! `Copy` value that per-account state folds into fixed-size sketches. It answers three
//! questions about the request, cheaply enough to run on every event:
//!
//! * what capability it exercises ([`RequestFacts::capability`], rules in `classify`);
//! * whether it asks the model to write out its internal reasoning
//!   ([`RequestFacts::cot_elicitation`], rule in `classify`);
//! * which fixed frame wraps its variable payload ([`RequestFacts::frame`], method in `frame`),
//!   and which payload it is ([`RequestFacts::payload_hash`]).
//!
//! Pipeline, over a bounded text (the first 4 KiB and last 1 KiB of the prompt, the first
//! 2 KiB and last 512 B of the system prompt, both in one reused buffer):
//!
//! 1. `normalize`: lowercase ASCII and map typographic and full-width punctuation (a
//!    vectorised copy for ASCII text);
//! 2. `lex`: one pass that cuts hashed tokens and lines, working out each line's code and math
//!    `shape` on the way;
//! 3. `cues`: every English and Chinese cue phrase, by looking tokens up in a table built once
//!    per process;
//! 4. `frame`: walks lines and sentences to split frame from payload (with `label`) and builds
//!    the fingerprint;
//! 5. `classify`: combines cues, structure and the event's own fields.
//!
//! The system prompt's part of steps 1–4 is cached per analyzer (`system`), so requests that
//! share a system prompt, as an app's or a campaign's do, pay only for their prompt.
//!
//! Nothing is allocated per call once the scratch buffers have grown. Cost on the bench mix
//! (`benches/request.rs`, 731-byte prompts): about 33,000 instructions per request (45 per
//! byte), about 2.0–2.5 µs on the shared development VM. Lexing is about 40% of it (a
//! scalar, branchy pass: a dispatch per token and a hash and store per token), segmentation
//! and the fingerprint about 30%, the cue scan about 12%.

mod classify;
mod cues;
mod frame;
mod hash;
mod label;
mod lex;
mod normalize;
mod shape;
mod system;

use std::cell::RefCell;

use dg_model::{Capability, Event};

pub use frame::FrameFingerprint;

use classify::EventShape;
use cues::{Cues, Hit};
use frame::{FrameBuilder, Structure};
use lex::{Line, Tok};
use normalize::{TextStats, PROMPT_HEAD, PROMPT_TAIL, SYSTEM_HEAD, SYSTEM_TAIL};
use system::SystemCache;

/// A set of capability classes, one bit per class in contract order.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, Default, serde::Serialize, serde::Deserialize,
)]
pub struct CapabilitySet(u8);

impl CapabilitySet {
    /// The empty set.
    pub const EMPTY: CapabilitySet = CapabilitySet(0);

    /// Is `c` in the set?
    pub fn contains(self, c: Capability) -> bool {
        self.0 & (1 << c.index()) != 0
    }

    /// Adds `c`.
    pub fn insert(&mut self, c: Capability) {
        self.0 |= 1 << c.index();
    }

    /// The members, in contract order.
    pub fn iter(self) -> impl Iterator<Item = Capability> {
        Capability::ALL
            .into_iter()
            .filter(move |&c| self.contains(c))
    }

    /// Number of members.
    pub fn len(self) -> u32 {
        self.0.count_ones()
    }

    /// Is the set empty?
    pub fn is_empty(self) -> bool {
        self.0 == 0
    }

    /// The raw bits (bit `c.index()` for class `c`).
    pub fn bits(self) -> u8 {
        self.0
    }
}

/// How strongly a prompt asks for the model's reasoning (rule in the `classify` module).
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    Hash,
    Default,
    serde::Serialize,
    serde::Deserialize,
)]
pub enum CotLevel {
    /// No ask for reasoning.
    #[default]
    None,
    /// A generic step-by-step ask ("show your work", "Let's think step by step."); not
    /// elicitation.
    Weak,
    /// Asks for the model's own internal or complete reasoning to be written out or
    /// reconstructed; this is chain-of-thought elicitation.
    Strong,
}

/// What one request is, as far as a single event can tell. Small and `Copy`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub struct RequestFacts {
    /// Primary capability class.
    pub capability: Capability,
    /// Every class with evidence, the primary included.
    pub capabilities: CapabilitySet,
    /// The prompt asks the model to reveal or reconstruct its internal reasoning.
    pub cot_elicitation: bool,
    /// Graded form of `cot_elicitation` (which is `cot_level == Strong`).
    pub cot_level: CotLevel,
    /// A rewrite that should make a sensitive text harmless or safe.
    pub safe_rewrite: bool,
    /// Fingerprint of the fixed frame (system prompt and prompt, payload masked).
    pub frame: FrameFingerprint,
    /// Hash of the masked-out payload (of the whole normalised prompt when nothing was
    /// masked): many distinct values under one frame means many distinct tasks.
    pub payload_hash: u64,
    /// Prompt length in bytes and in characters (saturating).
    pub prompt_bytes: u32,
    pub prompt_chars: u32,
    /// System prompt length in bytes (0 when absent).
    pub system_bytes: u32,
    /// The prompt is largely CJK text (at least 8 CJK characters and 10% of its characters).
    pub cjk: bool,
    /// Source code in the prompt: fences, code-like lines or a definition.
    pub has_code: bool,
    /// Math notation in the prompt: LaTeX, math symbols or short equations.
    pub has_math: bool,
    /// Asks for long or exhaustive output ("as detailed as possible", "at least 2000 words",
    /// 尽可能详细).
    pub long_output: bool,
    /// At most one message in the conversation (`turns` absent counts as single-turn).
    pub single_turn: bool,
    /// `turns` as given, 0 when absent (saturating).
    pub turns: u16,
    /// Tools declared (saturating).
    pub tools: u8,
    /// Tool-use blocks in the response (saturating).
    pub tool_calls: u16,
    /// Requested output cap, 0 when absent.
    pub max_tokens: u32,
    /// Billed token counts (saturating); `thinking_tokens` is 0 when absent.
    pub input_tokens: u32,
    pub output_tokens: u32,
    pub thinking_tokens: u32,
}

impl RequestFacts {
    /// Asked for a long answer (a cap of 8k tokens or more) or got extended reasoning: what a
    /// harvester pays for, whatever its prompt says.
    pub fn hungry(&self) -> bool {
        self.max_tokens >= 8_000 || self.thinking_tokens > 0
    }

    /// A single-shot answer of at least 512 tokens and four times its prompt: a long answer
    /// taken whether or not the request set a cap (many clients send none, and a harvester
    /// that leaves the cap at its default still takes what it came for).
    pub fn long_answer(&self) -> bool {
        self.single_turn
            && self.output_tokens >= 512
            && u64::from(self.output_tokens) >= 4 * u64::from(self.input_tokens.max(1))
    }

    /// A hungry single-turn request whose answer is at least four times its prompt: one
    /// harvested answer.
    pub fn harvested(&self) -> bool {
        self.hungry()
            && self.single_turn
            && u64::from(self.output_tokens) >= 4 * u64::from(self.input_tokens.max(1))
    }

    /// Output tokens per input token (input counted as at least 1).
    pub fn output_ratio(&self) -> f32 {
        self.output_tokens as f32 / self.input_tokens.max(1) as f32
    }
}

/// Analyses requests with reusable scratch buffers; the cue matcher is shared process-wide.
#[derive(Debug)]
pub struct Analyzer {
    cues: &'static Cues,
    buf: Vec<u8>,
    toks: Vec<Tok>,
    lines: Vec<Line>,
    hits: Vec<Hit>,
    /// Where the prompt sits in `buf` after the last `read`.
    prompt_at: (usize, usize),
    /// Recently seen system prompts.
    systems: SystemCache,
    /// The frame builder of the request being read (kept to spare moving it around).
    fb: FrameBuilder,
}

impl Default for Analyzer {
    fn default() -> Self {
        Self::new()
    }
}

impl Analyzer {
    /// A new analyzer (the first one in a process compiles the cue matcher, about a millisecond).
    pub fn new() -> Self {
        Self {
            cues: Cues::get(),
            buf: Vec::with_capacity(PROMPT_HEAD + PROMPT_TAIL + SYSTEM_HEAD + SYSTEM_TAIL + 64),
            toks: Vec::with_capacity(1024),
            lines: Vec::with_capacity(128),
            prompt_at: (0, 0),
            hits: Vec::with_capacity(256),
            systems: SystemCache::default(),
            fb: FrameBuilder::new(),
        }
    }

    /// The facts of one event.
    pub fn analyze(&mut self, event: &Event) -> RequestFacts {
        let system = event.system.as_deref().unwrap_or("");
        let prompt = event.prompt.as_str();
        let (structure, stats) = self.read(system, prompt);
        let elided = (prompt.len() > PROMPT_HEAD + PROMPT_TAIL).then_some(prompt.len());
        let (fingerprint, payload_hash) = self.fb.finish(elided);

        let shape = EventShape {
            tools: !event.tools.is_empty()
                || event.tool_calls.unwrap_or(0) > 0
                || event.stop_reason.as_deref() == Some("tool_use"),
            image: event.has_image.unwrap_or(false),
            digits: self
                .toks
                .iter()
                .rev()
                .take_while(|t| t.start as usize >= self.prompt_at.0)
                .any(|t| t.kind == lex::Kind::Num),
        };
        let verdict = classify::decide(&self.buf, &self.hits, &structure, shape);

        let sat32 = |v: u64| v.min(u64::from(u32::MAX)) as u32;
        let prompt_chars = if prompt.len() <= PROMPT_HEAD + PROMPT_TAIL {
            stats.chars
        } else {
            sat32(prompt.chars().count() as u64)
        };
        let turns = event.turns.unwrap_or(0);
        RequestFacts {
            capability: verdict.capability,
            capabilities: CapabilitySet(verdict.set),
            cot_elicitation: verdict.cot == CotLevel::Strong,
            cot_level: verdict.cot,
            safe_rewrite: verdict.safe_rewrite,
            frame: fingerprint,
            payload_hash,
            prompt_bytes: sat32(prompt.len() as u64),
            prompt_chars,
            system_bytes: sat32(system.len() as u64),
            cjk: stats.cjk >= 8 && stats.cjk * 10 >= stats.chars,
            has_code: structure.has_code(),
            has_math: structure.has_math(),
            long_output: verdict.long_output,
            single_turn: turns <= 1,
            turns: turns.min(u32::from(u16::MAX)) as u16,
            tools: event.tools.len().min(usize::from(u8::MAX)) as u8,
            tool_calls: event.tool_calls.unwrap_or(0).min(u32::from(u16::MAX)) as u16,
            max_tokens: event.max_tokens.unwrap_or(0),
            input_tokens: sat32(event.input_tokens),
            output_tokens: sat32(event.output_tokens),
            thinking_tokens: sat32(event.thinking_tokens.unwrap_or(0)),
        }
    }
}

impl Analyzer {
    /// Normalises, scans cues and segments frame from payload; leaves buffer, hits and frame
    /// builder filled. The system prompt's part comes from the cache when it was seen recently.
    fn read(&mut self, system: &str, prompt: &str) -> (Structure, TextStats) {
        let stats = match self.systems.get(system) {
            Some(part) => {
                self.buf.clear();
                self.buf.extend_from_slice(&part.buf);
                self.toks.clear();
                self.toks.extend_from_slice(&part.toks);
                self.lines.clear();
                self.lines.extend_from_slice(&part.lines);
                self.hits.clear();
                self.hits.extend_from_slice(&part.hits);
                self.fb.clone_from(&part.fb);
                let rescan_from = part.rescan_from;
                let stats = self.push_prompt(prompt);
                let prompt_start = self.prompt_at.0;
                lex::lex_from(&self.buf, prompt_start, &mut self.toks, &mut self.lines);
                (self.cues).scan_from(&self.buf, &self.toks, rescan_from, &mut self.hits);
                stats
            }
            None => {
                self.fb.reset();
                let stats = self.read_fresh(system, prompt);
                let prompt_start = self.prompt_at.0;
                // Worth keeping only when the system prompt left something (it ends in `\n\n`).
                if prompt_start > 2 {
                    self.systems.put(
                        system,
                        &self.buf[..prompt_start],
                        &self.toks,
                        &self.lines,
                        &self.hits,
                        self.cues.max_tail(),
                        &self.fb,
                    );
                }
                stats
            }
        };
        (self.segment_prompt(), stats)
    }

    /// [`Analyzer::read`] without the cache, into a given builder (tests trace it).
    #[cfg(test)]
    fn read_with(
        &mut self,
        system: &str,
        prompt: &str,
        fb: FrameBuilder,
    ) -> (FrameBuilder, Structure, TextStats) {
        self.fb = fb;
        let stats = self.read_fresh(system, prompt);
        let structure = self.segment_prompt();
        let fb = std::mem::replace(&mut self.fb, FrameBuilder::new());
        (fb, structure, stats)
    }

    /// Analyses both texts up to the segmentation of the prompt, the system prompt's frame
    /// (and the separator) going into the builder; returns the prompt's counts.
    fn read_fresh(&mut self, system: &str, prompt: &str) -> TextStats {
        self.buf.clear();
        let mut sys_stats = TextStats::default();
        normalize::push_normalised(
            &mut self.buf,
            system,
            SYSTEM_HEAD,
            SYSTEM_TAIL,
            &mut sys_stats,
        );
        let sys_end = self.buf.len();
        self.buf.extend_from_slice(b"\n\n");
        let stats = self.push_prompt(prompt);

        self.toks.clear();
        self.lines.clear();
        lex::lex(&self.buf, &mut self.toks, &mut self.lines);
        self.cues.scan(&self.buf, &self.toks, &mut self.hits);

        if sys_end > 0 {
            // The system prompt's frame counts; its code and math do not describe the request.
            let mut sys_structure = Structure::default();
            let (text, fb) = self.text();
            frame::segment(text, 0, sys_end, fb, &mut sys_structure);
            fb.separator();
        }
        stats
    }

    /// Appends the normalised prompt to the buffer and records where it sits.
    fn push_prompt(&mut self, prompt: &str) -> TextStats {
        let prompt_start = self.buf.len();
        let mut stats = TextStats::default();
        normalize::push_normalised(&mut self.buf, prompt, PROMPT_HEAD, PROMPT_TAIL, &mut stats);
        self.prompt_at = (prompt_start, self.buf.len());
        stats
    }

    /// Segments the prompt into the builder.
    fn segment_prompt(&mut self) -> Structure {
        let mut structure = Structure::default();
        let (start, end) = self.prompt_at;
        let (text, fb) = self.text();
        frame::segment(text, start, end, fb, &mut structure);
        structure
    }

    /// The analysed text, and the builder to segment it into.
    fn text(&mut self) -> (frame::Text<'_>, &mut FrameBuilder) {
        let text = frame::Text {
            buf: &self.buf,
            toks: &self.toks,
            lines: &self.lines,
            hits: &self.hits,
        };
        (text, &mut self.fb)
    }
}

/// A bare single-turn request carrying `prompt`: the fixed probe the analyser's golden test
/// and the snapshot's analyser fingerprint both run through it.
pub(crate) fn probe_event(prompt: String) -> Event {
    Event {
        request_id: "probe".into(),
        ts: dg_model::Timestamp(1_770_000_000_000),
        account_id: "probe".into(),
        api_key_id: None,
        ip: std::net::IpAddr::from([192, 0, 2, 9]),
        user_agent: None,
        client_fingerprint: None,
        model: "m".into(),
        prompt,
        system: None,
        turns: Some(1),
        tools: Vec::new(),
        tool_calls: None,
        has_image: None,
        max_tokens: Some(2048),
        input_tokens: 100,
        output_tokens: 300,
        thinking_tokens: None,
        stop_reason: Some("end_turn".into()),
    }
}

#[cfg(test)]
mod golden_facts;
#[cfg(test)]
pub(crate) mod tests;

/// The facts of one event, with a per-thread [`Analyzer`].
pub fn analyze(event: &Event) -> RequestFacts {
    thread_local! {
        static ANALYZER: RefCell<Analyzer> = RefCell::new(Analyzer::new());
    }
    ANALYZER.with(|a| a.borrow_mut().analyze(event))
}
