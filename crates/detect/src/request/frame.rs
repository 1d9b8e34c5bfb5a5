//! Splits a prompt into its fixed frame and its variable payload, and fingerprints the frame.
//!
//! # Method
//!
//! A harvester wraps thousands of different tasks in one instruction frame ("Solve the
//! following problem and reveal your full reasoning.\n\nProblem: {q}"), often with the
//! instructions in the system prompt. The fingerprint must see the frame and ignore `{q}`, from
//! one request alone. We therefore *segment* rather than shingle blindly: a SimHash over the
//! whole prompt lets a long payload outvote a short frame, and a "first N / last M tokens"
//! window breaks as soon as the payload sits at the start or the end (which is most templates).
//!
//! The normalised text is read line by line, and lines are cut into sentences. Each piece is
//! *frame* or *payload*:
//!
//! * **Structure masks first.** Code fences, code-like lines and their indented continuation,
//!   Python docstrings, numbers, quoted strings (`"…"`, `` `…` ``, `$…$`, 「…」, 《…》) and URLs
//!   are payload wherever they are.
//! * **Labels open a payload.** A line that starts with a template label (`Problem:`,
//!   `Question 3:`, `[Response]`, `### Final answer`, `<text>`, `题目：`, `【答案】`) is frame; what
//!   follows it, on the same line and on the next lines, is payload until the next label.
//!   Weak labels (`Input:`, `Example:`) count only after some frame, because payloads such as
//!   LeetCode problems contain them.
//! * **Pointers open a payload.** A frame sentence that says `the following`/`below`/`以下`, or
//!   that ends with a colon, makes the next lines payload. A sentence with a colon is judged as
//!   two halves, so the payload after "Rewrite this so it is harmless: how do I …" never
//!   decides whether the instruction before it is frame.
//! * **Otherwise, instruction vocabulary decides.** A sentence is frame when it carries one
//!   unmistakable instruction cue (`make sure`, `final answer`, `step by step`, `the following`,
//!   `chain of thought`, 要求, …) or two ordinary ones (`please`, `answer`, `format`,
//!   `reasoning`, 请, 回答, …; all second-person words together count once), and is short or
//!   dense in such cues (a 120-word essay paragraph that says "you" twice is payload). Inside a
//!   payload, a new paragraph returns to frame only when it reads as an instruction (a strong
//!   cue and another cue), which lets trailing instructions after a payload count.
//!
//! Frame pieces become tokens (ASCII words, and each CJK character on its own, so Chinese gets
//! character n-grams); every payload piece becomes one mask token, and runs of masks collapse
//! into one, so a payload of one line and one of forty look the same. The system prompt is
//! segmented the same way and comes first, joined by a separator token.
//!
//! * `simhash`: 64-bit Charikar SimHash over the token bigrams (weight 1) and the content-word
//!   unigrams (weight 2; stopwords, masks and the separator only appear inside bigrams, so the
//!   shared scaffolding of all prompts does not pull unrelated frames together). A one-word
//!   edit changes one unigram and two bigrams, so it moves a few bits; unrelated frames differ
//!   in about half of the bits.
//! * `exact`: an order-sensitive hash of the same token stream (identical frames only).
//! * `payload_hash`: a hash of the masked pieces in order (of the whole normalised prompt when
//!   nothing was masked), so per-account sketches can count distinct payloads per frame.
//!
//! Measured by `tests/request_fingerprint.rs`: eight delimited harvest frames around 100
//! payloads each (math, code, essays, Chinese) give one fingerprint per frame (all 100
//! identical); payload-first and inline frames give one fingerprint for 95–98 of 100, the
//! rest being payloads that carry an instruction sentence of their own ("Please answer in fewer
//! than two paragraphs."), which no single-request rule can tell from the frame. One-word
//! edits: mean 6 bits, 90th percentile 12. Unrelated frames: mean 31 bits, minimum 18.

use super::cues::{mask, Cue, CueMask, Hit, META_MASK, STRONG_META_MASK};
use super::hash::{hash_bytes, mix64, SimHash, Stream};
use super::label::label;
use super::lex::{Kind, Line, Tok};
use super::normalize::ELISION;
use super::shape::{plain_shape, shape, Shape};

use std::sync::OnceLock;

/// Token standing for any masked payload piece.
const MASK: u64 = 0x6D61_736B_6D61_736B;
/// Token between the system prompt's frame and the prompt's frame.
const SEPARATOR: u64 = 0x7379_7374_656D_7C7C;

/// The fingerprint of a request's fixed frame.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, Default, serde::Serialize, serde::Deserialize,
)]
pub struct FrameFingerprint {
    /// SimHash of the masked frame: near-duplicate frames are a few bits apart.
    pub simhash: u64,
    /// Exact hash of the masked frame.
    pub exact: u64,
    /// Frame words seen (saturating); 0 means the request had no recognisable frame and both
    /// hashes are 0, which downstream state should not treat as a shared template.
    pub words: u16,
}

impl FrameFingerprint {
    /// Hamming distance between two SimHashes (0..=64).
    pub fn distance(&self, other: &FrameFingerprint) -> u32 {
        (self.simhash ^ other.simhash).count_ones()
    }

    /// Did the request have a frame at all?
    pub fn is_empty(&self) -> bool {
        self.words == 0
    }
}

/// Accumulates frame tokens and payload pieces of one request.
#[derive(Debug, Clone)]
pub(crate) struct FrameBuilder {
    sim: SimHash,
    exact: Stream,
    payload: Stream,
    payload_pieces: u32,
    whole: Stream,
    prev: u64,
    tokens: u32,
    words: u32,
    last_mask: bool,
    /// The masked frame as text, for tests that show what was kept (off unless set to Some).
    #[cfg(test)]
    pub(crate) trace: Option<String>,
}

impl FrameBuilder {
    pub(crate) fn new() -> Self {
        Self {
            sim: SimHash::new(),
            exact: Stream::new(1),
            payload: Stream::new(2),
            payload_pieces: 0,
            whole: Stream::new(3),
            prev: 0,
            tokens: 0,
            words: 0,
            last_mask: false,
            #[cfg(test)]
            trace: None,
        }
    }

    /// Adds a token: its bigram with the previous token, and itself (weight 2) unless a
    /// stopword.
    #[inline]
    fn token(&mut self, h: u64, stopword: bool) {
        if self.tokens >= 1 {
            self.sim.add(mix64(self.prev.rotate_left(21) ^ h ^ 0xB16A));
        }
        if !stopword {
            // Content words weigh double: a one-word edit then moves fewer bits.
            self.sim.add_twice(mix64(h ^ 0x0111));
        }
        self.prev = h;
        self.tokens += 1;
        self.exact.push(h);
    }

    /// Adds a frame word; `bytes` only feed the test trace.
    #[inline]
    #[cfg_attr(not(test), allow(unused_variables))]
    fn word(&mut self, h: u64, stopword: bool, bytes: &[u8]) {
        #[cfg(test)]
        if let Some(t) = &mut self.trace {
            t.push_str(&String::from_utf8_lossy(bytes));
            t.push(' ');
        }
        self.whole.push(h);
        self.words += 1;
        self.last_mask = false;
        self.token(h, stopword);
    }

    /// Adds a run of frame words (`Word` and `Cjk` tokens of `buf`), what [`FrameBuilder::word`]
    /// does for each, with the running state in registers and no branch per feature.
    fn words(&mut self, toks: &[Tok], stop: &StopSet, buf: &[u8]) {
        for chunk in toks.chunks(WORD_CHUNK) {
            #[cfg(test)]
            if self.trace.is_some() {
                for t in chunk {
                    let bytes = &buf[t.start as usize..t.end as usize];
                    self.word(t.hash, is_stopword(stop, t.hash), bytes);
                }
                continue;
            }
            // Three units of weight at most per word; near saturation (never, for bounded
            // prompts) the order of the features would matter, so add them one by one.
            if !self.sim.has_room(3 * chunk.len() as u32) {
                for t in chunk {
                    let bytes = &buf[t.start as usize..t.end as usize];
                    self.word(t.hash, is_stopword(stop, t.hash), bytes);
                }
                continue;
            }
            self.word_chunk(chunk, stop);
        }
    }

    #[inline]
    fn word_chunk(&mut self, toks: &[Tok], stop: &StopSet) {
        let (mut prev, mut tokens) = (self.prev, self.tokens);
        let (mut exact, mut whole) = (self.exact, self.whole);
        for t in toks {
            let h = t.hash;
            whole.push(h);
            // No branch on whether a feature counts (stopwords come and go unpredictably).
            let bigram = mix64(prev.rotate_left(21) ^ h ^ 0xB16A);
            self.sim.add_if(bigram, 0, tokens >= 1);
            let unigram = mix64(h ^ 0x0111);
            self.sim.add_if(unigram, 1, !is_stopword(stop, h));
            prev = h;
            tokens += 1;
            exact.push(h);
        }
        (self.prev, self.tokens) = (prev, tokens);
        (self.exact, self.whole) = (exact, whole);
        self.words += toks.len() as u32;
        self.last_mask = false;
    }

    /// Masks a payload piece: one mask token for a run of pieces, the bytes go to the payload.
    #[inline]
    fn mask(&mut self, bytes: &[u8]) {
        let h = hash_bytes(bytes);
        self.payload.push(h);
        self.whole.push(h);
        self.payload_pieces += 1;
        if !self.last_mask {
            #[cfg(test)]
            if let Some(t) = &mut self.trace {
                t.push_str("<*> ");
            }
            self.last_mask = true;
            self.token(MASK, true);
        }
    }

    /// Back to the state of [`FrameBuilder::new`].
    pub(crate) fn reset(&mut self) {
        *self = Self::new();
    }

    /// Marks the start of the prompt after a system prompt.
    pub(crate) fn separator(&mut self) {
        #[cfg(test)]
        if let Some(t) = &mut self.trace {
            t.push_str("|| ");
        }
        self.last_mask = false;
        self.token(SEPARATOR, true);
    }

    /// The fingerprint and the payload hash; `elided_len` is the prompt's length when its
    /// middle was skipped (so two long documents that differ only there still differ).
    pub(crate) fn finish(&mut self, elided_len: Option<usize>) -> (FrameFingerprint, u64) {
        let payload = if self.payload_pieces == 0 {
            self.whole
        } else {
            self.payload
        };
        let mut payload = payload;
        if let Some(len) = elided_len {
            payload.push(len as u64);
        }
        let payload_hash = payload.finish();
        if self.words == 0 {
            return (FrameFingerprint::default(), payload_hash);
        }
        if self.sim.features() == 0 {
            // A lone stopword: one feature from what there is.
            self.sim.add(mix64(self.prev));
        }
        let fp = FrameFingerprint {
            simhash: self.sim.finish(),
            exact: self.exact.finish(),
            words: self.words.min(u32::from(u16::MAX)) as u16,
        };
        (fp, payload_hash)
    }
}

/// Function words that say nothing about a frame on their own (they still count in bigrams).
const STOPWORDS: &[&str] = &[
    "the", "a", "an", "to", "of", "and", "or", "in", "on", "for", "is", "it", "this", "that",
    "with", "as", "be", "by", "at", "are", "you", "your", "i", "my", "me", "we", "then", "if",
    "what", "how", "from", "all", "any", "each", "not", "do", "can", "will", "would", "should",
    "的", "了", "是", "和", "在", "一", "个", "你", "我",
];

/// Slots of the stopword set (a power of two, at least twice the list).
const STOP_SLOTS: usize = 128;

/// The stopwords' hashes by open addressing (0 marks an empty slot).
type StopSet = [u64; STOP_SLOTS];

/// Frame words handed to [`FrameBuilder::word_chunk`] at a time.
const WORD_CHUNK: usize = 32;

/// The stopwords as an open-addressing set of token hashes (0 marks an empty slot).
fn stop_set() -> &'static [u64; STOP_SLOTS] {
    static SET: OnceLock<[u64; STOP_SLOTS]> = OnceLock::new();
    SET.get_or_init(|| {
        let mut t = [0u64; STOP_SLOTS];
        for w in STOPWORDS {
            let h = hash_bytes(w.as_bytes());
            let mut i = h as usize & (STOP_SLOTS - 1);
            while t[i] != 0 {
                i = (i + 1) & (STOP_SLOTS - 1);
            }
            t[i] = h;
        }
        t
    })
}

#[inline]
fn is_stopword(set: &[u64; STOP_SLOTS], h: u64) -> bool {
    let mut i = h as usize & (STOP_SLOTS - 1);
    loop {
        match set[i] {
            0 => return false,
            x if x == h => return true,
            _ => i = (i + 1) & (STOP_SLOTS - 1),
        }
    }
}

/// Structure facts gathered line by line.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct Structure {
    /// Code fence lines (```` ``` ```` or `~~~`).
    pub fences: u32,
    /// Lines that look like source code.
    pub code_lines: u32,
    /// Lines that open a definition (`def f(`, `class X`, `#include`, `function f(`).
    pub def_lines: u32,
    /// LaTeX commands, math symbols and short equations (`3x + 5 = 20`), weighted.
    pub math: u32,
}

impl Structure {
    pub(crate) fn has_code(&self) -> bool {
        self.fences > 0 || self.code_lines >= 2 || self.def_lines > 0
    }

    pub(crate) fn has_math(&self) -> bool {
        self.math >= 2
    }
}

/// Cue counts over a range.
#[derive(Debug, Clone, Copy, Default)]
struct Meta {
    total: u32,
    strong: u32,
    following: bool,
}

const SECOND_PERSON: CueMask = mask(&[Cue::You, Cue::Your]);

fn meta_in(hits: &[Hit], s: usize, e: usize) -> Meta {
    let lo = hits.partition_point(|h| (h.start as usize) < s);
    let mut m = Meta::default();
    let mut second_person = false;
    for h in &hits[lo..] {
        if h.start as usize >= e {
            break;
        }
        if h.end as usize > e || !h.any(META_MASK) {
            continue;
        }
        // "you … your … you" is one cue: chat payloads talk to the reader too.
        if h.any(SECOND_PERSON) && h.mask & !SECOND_PERSON & META_MASK == 0 {
            if second_person {
                continue;
            }
            second_person = true;
        }
        m.total += 1;
        if h.any(STRONG_META_MASK) {
            m.strong += 1;
        }
        if h.is(Cue::Following) {
            m.following = true;
        }
    }
    m
}

/// Words and CJK characters among some tokens, for a rough word count.
#[derive(Debug, Clone, Copy, Default)]
struct Words {
    words: u32,
    cjk: u32,
}

impl Words {
    /// Words plus one per two CJK characters.
    fn count(self) -> u32 {
        self.words + self.cjk.div_ceil(2)
    }

    fn minus(self, o: Words) -> Words {
        Words {
            words: self.words - o.words,
            cjk: self.cjk - o.cjk,
        }
    }
}

fn is_frame(m: Meta, words: u32) -> bool {
    (m.strong >= 1 || m.total >= 2) && (words <= 30 || m.total * 10 >= words)
}

fn is_instruction(m: Meta, words: u32) -> bool {
    m.strong >= 1 && m.total >= 2 && (words <= 30 || m.total * 10 >= words)
}

fn trim(b: &[u8], mut s: usize, mut e: usize) -> (usize, usize) {
    while s < e && matches!(b[s], b' ' | b'\t') {
        s += 1;
    }
    while e > s && matches!(b[e - 1], b' ' | b'\t') {
        e -= 1;
    }
    (s, e)
}

/// The first colon of a sentence that is not part of a time like `3:45`.
#[derive(Debug, Clone, Copy)]
struct Colon {
    /// Its byte position.
    at: usize,
    /// Its token.
    tok: usize,
    /// The words before it in the sentence.
    before: Words,
}

/// One sentence of a line, read from its first token.
#[derive(Debug, Clone, Copy)]
struct Sentence {
    /// Just after its `.`, `?` or `!` token, or the line end.
    end: usize,
    /// The token after its last one.
    tok_end: usize,
    colon: Option<Colon>,
    words: Words,
}

impl Sentence {
    /// The words after the colon (all of them without one).
    fn words_after_colon(&self) -> Words {
        self.colon
            .map_or(self.words, |c| self.words.minus(c.before))
    }
}

/// The sentence whose first token is `from` (the first token at or after its start), in a
/// line that ends at `e`.
fn next_sentence(buf: &[u8], toks: &[Tok], from: usize, e: usize) -> Sentence {
    let mut colon = None;
    let mut words = Words::default();
    let mut j = from;
    while let Some(t) = toks.get(j) {
        if t.start as usize >= e {
            break;
        }
        match t.kind {
            Kind::Word => words.words += 1,
            Kind::Cjk => words.cjk += 1,
            Kind::Num => {}
            Kind::End => {
                return Sentence {
                    end: t.end as usize,
                    tok_end: j + 1,
                    colon,
                    words,
                }
            }
            Kind::Sym => {
                if colon.is_none() && buf[t.start as usize] == b':' && !is_time(toks, j) {
                    colon = Some(Colon {
                        at: t.start as usize,
                        tok: j,
                        before: words,
                    });
                }
            }
        }
        j += 1;
    }
    Sentence {
        end: e,
        tok_end: j,
        colon,
        words,
    }
}

/// Is the colon token `j` part of a time like `3:45` (numbers glued on both sides)?
fn is_time(toks: &[Tok], j: usize) -> bool {
    let t = toks[j];
    j > 0
        && j + 1 < toks.len()
        && toks[j - 1].kind == Kind::Num
        && toks[j - 1].end == t.start
        && toks[j + 1].kind == Kind::Num
        && toks[j + 1].start == t.end
}

/// Does the line end by opening a code fence (`Here is my code: ```python`)?
fn opens_fence(l: &[u8]) -> bool {
    let lang = l
        .iter()
        .rev()
        .take_while(|&&c| c.is_ascii_alphanumeric() || matches!(c, b'+' | b'#'))
        .count();
    let head = &l[..l.len() - lang];
    head.len() > 3 && head.ends_with(b"```")
}

/// Does the line hold an odd number of `"""` or `'''` (opening or closing a docstring)?
fn toggles_docstring(l: &[u8]) -> bool {
    let n = l
        .windows(3)
        .filter(|w| *w == b"\"\"\"" || *w == b"'''")
        .count();
    n % 2 == 1
}

/// The shape of `buf[a..z)`, a part of line `ln`: read byte by byte only when the part may
/// hold a shape mark.
fn shape_in(buf: &[u8], ln: &Line, a: usize, z: usize) -> Shape {
    let (first, end) = (ln.marks.0 as usize, ln.marks.1 as usize);
    if end <= a || first >= z {
        plain_shape(&buf[a..z])
    } else {
        shape(&buf[a..z])
    }
}

/// The analysed text that segmentation reads.
#[derive(Clone, Copy)]
pub(crate) struct Text<'a> {
    pub buf: &'a [u8],
    pub toks: &'a [Tok],
    pub lines: &'a [Line],
    pub hits: &'a [Hit],
}

/// Reads the part `[start, end)` (system prompt or prompt) into the builder.
pub(crate) fn segment(
    text: Text<'_>,
    start: usize,
    end: usize,
    fb: &mut FrameBuilder,
    st: &mut Structure,
) {
    let Text {
        buf,
        toks,
        lines,
        hits,
    } = text;
    let mut in_payload = false;
    let mut in_code = false;
    let mut in_doc = false;
    let mut prev_code = false;
    let mut seen_frame = false;
    let mut para_start = true;
    let first = lines.partition_point(|l| (l.start as usize) < start);
    for ln in &lines[first..] {
        let (ls, le) = (ln.start as usize, ln.end as usize);
        if ls >= end {
            break;
        }
        // Indented by a tab or at least two spaces (continuation lines of code).
        let indented = buf[ls..le].starts_with(b"\t") || buf[ls..le].starts_with(b"  ");
        let (s, e) = trim(buf, ls, le);
        // Blanks hold no tokens, so the line's first token is also the first at `s`.
        let t0 = ln.tok as usize;
        let line = &buf[s..e];
        if line.is_empty() {
            para_start = true;
            continue;
        }
        if line.starts_with(b"```") || line.starts_with(b"~~~") {
            st.fences += 1;
            in_code = !in_code;
            fb.mask(line);
            continue;
        }
        if in_code || in_doc || line == [ELISION] {
            if in_doc && toggles_docstring(line) {
                in_doc = false;
            }
            fb.mask(line);
            continue;
        }
        if let Some(p) = label(line, in_payload, seen_frame) {
            emit_frame(buf, toks, t0, s + p, fb);
            seen_frame = true;
            in_payload = true;
            para_start = false;
            prev_code = false;
            let (ps, pe) = trim(buf, s + p, e);
            let rest = &buf[ps..pe];
            if rest.is_empty() {
                continue;
            }
            fb.mask(rest);
            if rest.starts_with(b"```") {
                st.fences += 1;
                in_code = rest.len() < 6 || !rest.ends_with(b"```");
            } else {
                let sh = shape_in(buf, ln, ps, pe);
                st.code_lines += u32::from(sh.code);
                st.def_lines += u32::from(sh.def);
                st.math += sh.math;
                prev_code = sh.code;
                in_doc = sh.code && toggles_docstring(rest);
            }
            continue;
        }
        let mut sh = ln.shape;
        if sh.code && !in_payload && !prev_code {
            // `请写出思考过程：def f(x) -> int:` is a frame sentence with code after its colon.
            let colon = next_sentence(buf, toks, t0, e).colon;
            if let Some(Colon { at: c, before, .. }) = colon.filter(|c| c.at + 1 < e) {
                let m = meta_in(hits, s, c);
                if !shape_in(buf, ln, s, c).code && is_frame(m, before.count()) {
                    emit_frame(buf, toks, t0, c + 1, fb);
                    seen_frame = true;
                    in_payload = true;
                    let (rs, re) = trim(buf, c + 1, e);
                    sh = shape_in(buf, ln, rs, re);
                    if !sh.code {
                        fb.mask(&buf[c + 1..e]);
                        continue;
                    }
                }
            }
        }
        if sh.code || (prev_code && indented) {
            st.code_lines += 1;
            st.def_lines += u32::from(sh.def);
            in_doc = toggles_docstring(line);
            prev_code = true;
            para_start = false;
            fb.mask(line);
            continue;
        }
        prev_code = false;
        st.math += sh.math;
        let was_para_start = para_start;
        para_start = false;
        if opens_fence(line) {
            st.fences += 1;
            in_code = true;
        }
        if in_payload {
            let back_to_frame = was_para_start && {
                let first = next_sentence(buf, toks, t0, e);
                is_instruction(meta_in(hits, s, first.end), first.words.count())
            };
            if !back_to_frame {
                fb.mask(line);
                continue;
            }
            in_payload = false;
        }
        let mut payload_after_line = false;
        let mut i = s;
        let mut ti = t0;
        while i < e {
            let sentence = next_sentence(buf, toks, ti, e);
            let se = sentence.end;
            let (ss, se2) = trim(buf, i, se);
            // Its first token is `ti`, also the first at `ss` (blanks hold none).
            let first = ti;
            i = se;
            ti = sentence.tok_end;
            if ss == se2 {
                continue;
            }
            if in_payload {
                fb.mask(&buf[ss..se2]);
                continue;
            }
            let Some(colon) = sentence.colon.filter(|c| c.at >= ss && c.at < se2) else {
                let m = meta_in(hits, ss, se2);
                if is_frame(m, sentence.words.count()) {
                    emit_frame(buf, toks, first, se2, fb);
                    seen_frame = true;
                    payload_after_line |= m.following;
                } else {
                    fb.mask(&buf[ss..se2]);
                }
                continue;
            };
            // `Instruction: rest`: each side is judged on its own, so the payload after the
            // colon cannot decide whether the instruction before it is frame.
            let c = colon.at;
            let m = meta_in(hits, ss, c);
            let head_frame = is_frame(m, colon.before.count());
            if head_frame {
                emit_frame(buf, toks, first, c + 1, fb);
                seen_frame = true;
                payload_after_line |= m.following;
            } else {
                fb.mask(&buf[ss..c]);
            }
            let (rs, re) = trim(buf, c + 1, se2);
            if rs == re {
                payload_after_line |= head_frame;
                continue;
            }
            // The tokens after the colon start at `rs` (blanks hold none).
            let rm = meta_in(hits, rs, re);
            if is_frame(rm, sentence.words_after_colon().count()) {
                emit_frame(buf, toks, colon.tok + 1, re, fb);
                seen_frame = true;
                payload_after_line |= rm.following;
            } else {
                fb.mask(&buf[rs..re]);
                in_payload |= head_frame;
            }
        }
        if payload_after_line {
            in_payload = true;
        }
    }
}

/// The closing quote for an opening quote token, if it is one.
fn closing_quote(open: &[u8]) -> Option<&'static [u8]> {
    match open {
        b"\"" => Some(b"\""),
        b"`" => Some(b"`"),
        b"$" => Some(b"$"),
        [0xE3, 0x80, 0x8C] => Some("」".as_bytes()),
        [0xE3, 0x80, 0x8E] => Some("』".as_bytes()),
        [0xE3, 0x80, 0x8A] => Some("》".as_bytes()),
        _ => None,
    }
}

/// Emits the tokens of a frame piece that starts with token `from` and ends before byte `e`;
/// numbers, URLs and quoted text are masked.
fn emit_frame(buf: &[u8], toks: &[Tok], from: usize, e: usize, fb: &mut FrameBuilder) {
    let stop = stop_set();
    let mut i = from;
    while i < toks.len() && (toks[i].start as usize) < e {
        let t = toks[i];
        let bytes = &buf[t.start as usize..t.end as usize];
        i += 1;
        match t.kind {
            Kind::Word | Kind::Cjk => {
                // The run of words from here, at once.
                let mut j = i;
                while j < toks.len()
                    && (toks[j].start as usize) < e
                    && matches!(toks[j].kind, Kind::Word | Kind::Cjk)
                {
                    j += 1;
                }
                fb.words(&toks[i - 1..j], stop, buf);
                i = j;
            }
            Kind::Num => fb.mask(bytes),
            Kind::End => {}
            Kind::Sym => {
                let Some(close) = closing_quote(bytes) else {
                    continue;
                };
                let mut j = i;
                while j < toks.len() && (toks[j].start as usize) < e {
                    let u = toks[j];
                    if u.kind == Kind::Sym && &buf[u.start as usize..u.end as usize] == close {
                        break;
                    }
                    j += 1;
                }
                if j < toks.len() && (toks[j].start as usize) < e {
                    fb.mask(&buf[t.end as usize..toks[j].start as usize]);
                    i = j + 1;
                }
            }
        }
    }
}
