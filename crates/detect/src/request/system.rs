//! A small cache of what system prompts contribute, so that requests sharing one (all requests
//! of an app, or of a harvesting campaign) skip normalising, lexing, cue scanning and
//! segmenting it.
//!
//! The system prompt comes first in the analysed buffer and ends with a blank line, so its
//! part of every stage can be kept and reused as it is:
//!
//! * the normalised bytes and their tokens and lines: tokens never cross the blank line, and
//!   the lexer carries no state over a newline (`lex::lex_from` resumes there);
//! * the cue hits, except those that start in its last `Cues::max_tail` tokens, which a
//!   phrase could extend into the prompt and which are therefore scanned again;
//! * the frame builder after the system prompt and the separator: segmenting the system
//!   prompt reads only its own lines and the hits that end inside them.
//!
//! A hit is exact: the entry keeps the bounded text it was made from (the whole system prompt,
//! or the head and tail that normalisation reads) and is used only when that text is equal.

use super::cues::Hit;
use super::frame::FrameBuilder;
use super::hash::{hash_bytes, mix64};
use super::lex::{Line, Tok};
use super::normalize::{bounds, SYSTEM_HEAD, SYSTEM_TAIL};

/// Entries (a power of two); direct-mapped by a hash of the system prompt's ends.
const SLOTS: usize = 64;

/// Bytes from each end of the system prompt hashed to pick its slot: enough to tell apart the
/// system prompts of different apps, and constant time for long ones. The slot only decides
/// where to look; equality of the bounded text decides a hit.
const KEY_BYTES: usize = 64;

/// What one system prompt contributes to the analysis.
#[derive(Clone)]
pub(crate) struct SystemPart {
    /// The bounded raw text: the head that normalisation reads, and the tail (empty when the
    /// whole prompt is read).
    head: Vec<u8>,
    tail: Vec<u8>,
    /// The normalised system prompt and the blank line after it.
    pub buf: Vec<u8>,
    pub toks: Vec<Tok>,
    pub lines: Vec<Line>,
    /// Hits that start before token `rescan_from`.
    pub hits: Vec<Hit>,
    /// The first token whose hits may depend on the prompt.
    pub rescan_from: usize,
    /// The frame builder after the system prompt and the separator.
    pub fb: FrameBuilder,
}

impl SystemPart {
    /// Is this the part of `system`?
    fn is_for(&self, system: &str) -> bool {
        let (head, tail) = bounded(system);
        self.head == head && self.tail == tail
    }
}

/// The raw text that normalisation reads: all of it, or its head and tail.
fn bounded(system: &str) -> (&[u8], &[u8]) {
    let b = system.as_bytes();
    match bounds(system, SYSTEM_HEAD, SYSTEM_TAIL) {
        None => (b, &[]),
        Some((h, t)) => (&b[..h], &b[t..]),
    }
}

/// The slot of a system prompt.
fn slot(system: &str) -> usize {
    let b = system.as_bytes();
    let n = b.len();
    let head = hash_bytes(&b[..n.min(KEY_BYTES)]);
    let tail = hash_bytes(&b[n.saturating_sub(KEY_BYTES)..]);
    mix64(head ^ tail.rotate_left(32) ^ n as u64) as usize & (SLOTS - 1)
}

/// The cache: fixed size, direct-mapped, entries replaced on a miss.
#[derive(Default)]
pub(crate) struct SystemCache {
    slots: Vec<Option<Box<SystemPart>>>,
}

impl std::fmt::Debug for SystemCache {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let used = self.slots.iter().filter(|s| s.is_some()).count();
        write!(f, "SystemCache({used} of {SLOTS})")
    }
}

impl SystemCache {
    /// The cached part of `system`, if any.
    pub(crate) fn get(&self, system: &str) -> Option<&SystemPart> {
        let part = self.slots.get(slot(system))?.as_deref()?;
        part.is_for(system).then_some(part)
    }

    /// Stores the part of `system` from the analysis state right after the system prompt was
    /// segmented: `buf[..prompt_start]`, the tokens and lines before `prompt_start`, and `hits`
    /// (of the whole text) that start before token `rescan_from`. Reuses the slot's buffers.
    #[allow(clippy::too_many_arguments)]
    pub(crate) fn put(
        &mut self,
        system: &str,
        buf: &[u8],
        toks: &[Tok],
        lines: &[Line],
        hits: &[Hit],
        tail_tokens: usize,
        fb: &FrameBuilder,
    ) {
        if self.slots.is_empty() {
            self.slots.resize_with(SLOTS, || None);
        }
        let prompt_start = buf.len();
        let sys_toks = toks.partition_point(|t| (t.start as usize) < prompt_start);
        let sys_lines = lines.partition_point(|l| (l.start as usize) < prompt_start);
        let rescan_from = sys_toks.saturating_sub(tail_tokens);
        let fixed = match toks.get(rescan_from) {
            Some(t) if rescan_from < sys_toks => hits.partition_point(|h| h.start < t.start),
            _ => hits.partition_point(|h| (h.start as usize) < prompt_start),
        };
        let (head, tail) = bounded(system);
        let slot = &mut self.slots[slot(system)];
        match slot {
            Some(part) => {
                fill(&mut part.head, head);
                fill(&mut part.tail, tail);
                fill(&mut part.buf, buf);
                fill(&mut part.toks, &toks[..sys_toks]);
                fill(&mut part.lines, &lines[..sys_lines]);
                fill(&mut part.hits, &hits[..fixed]);
                part.rescan_from = rescan_from;
                part.fb = fb.clone();
            }
            None => {
                *slot = Some(Box::new(SystemPart {
                    head: head.to_vec(),
                    tail: tail.to_vec(),
                    buf: buf.to_vec(),
                    toks: toks[..sys_toks].to_vec(),
                    lines: lines[..sys_lines].to_vec(),
                    hits: hits[..fixed].to_vec(),
                    rescan_from,
                    fb: fb.clone(),
                }))
            }
        }
    }
}

fn fill<T: Copy>(v: &mut Vec<T>, from: &[T]) {
    v.clear();
    v.extend_from_slice(from);
}

#[cfg(test)]
mod tests {
    use super::super::{tests::event, Analyzer};

    /// Requests analysed after others with the same system prompt (from the cache) get what a
    /// fresh analyzer gives.
    #[test]
    fn cached_system_prompts_give_fresh_results() {
        let long_a = format!(
            "Rate the answer. {} Be strict.",
            "Score it well. ".repeat(300)
        );
        let long_b = format!(
            "Rate the answer. {} Be strict.",
            "Grade it well. ".repeat(300)
        );
        let systems = [
            // Phrases that run on into the prompt: `step by step`, `you are an`,
            // `as detailed as possible`, `chain of thought`, `write a function`.
            "Think it through step by",
            "Remember: you are",
            "Answer as detailed as",
            "Reveal your chain of",
            "Please write a",
            "你是",
            "Ends with a URL https://example.com/a?b=1",
            "Time 3:",
            // Same ends, different middles: normalisation reads only the ends.
            &long_a,
            &long_b,
            "",
            "   ",
        ];
        let prompts = [
            "step, and give the answer.",
            "an expert grader. Rate the response on a scale of 1 to 10.",
            "possible about photosynthesis.",
            "thought before answering: 2+2?",
            "function that adds two numbers.",
            "一个严谨的数学老师。请一步一步地写出你完整的思考过程。",
            "45 pm: when does the train arrive?",
            "Problem: find x.\nAnswer: 3",
        ];
        let mut shared = Analyzer::new();
        for (i, s) in systems.iter().enumerate() {
            for p in prompts.iter().chain(prompts.iter().rev()) {
                let mut e = event(p);
                e.system = Some(s.to_string());
                let fresh = Analyzer::new().analyze(&e);
                assert_eq!(shared.analyze(&e), fresh, "system {i} {s:?}, prompt {p:?}");
            }
        }
    }

    /// More distinct system prompts than slots: entries are replaced, never confused.
    #[test]
    fn collisions_replace_entries() {
        let mut shared = Analyzer::new();
        for round in 0..3 {
            for k in 0..200 {
                let mut e = event("Summarise the text above in three bullet points.");
                e.system = Some(format!("You are assistant number {k}. Follow the rubric."));
                let fresh = Analyzer::new().analyze(&e);
                assert_eq!(shared.analyze(&e), fresh, "round {round}, system {k}");
            }
        }
    }
}
