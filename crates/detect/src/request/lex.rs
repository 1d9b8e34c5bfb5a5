//! Tokens of the normalised text, hashed once and shared by cue matching and the fingerprint.
//!
//! A token is an ASCII word (letters, digits, `_`, an inner `'`), a run of letters of another
//! script, one CJK character, a number (a digit-led run such as `42`, `3x`, `1.5`, masked as
//! payload), a URL (also masked), a sentence end (`.`, `?`, `!` before a blank), or one of the
//! few symbols that patterns or quote masking need (`[ ] < > + # : \ & " ` $` and 「」『』《》).
//! Everything else separates tokens.
//!
//! The same pass cuts the text into [`Line`]s and works out each line's [`Shape`] (code or
//! prose, math marks), so later stages never rescan bytes for them.
//!
//! Working on words rather than bytes is what keeps cue matching cheap: a byte automaton over
//! hundreds of phrases does not fit in L1 and pays a dependent cache miss per byte, while a
//! word costs one chunked hash and one probe of a small table.

use super::hash::hash_bytes;
use super::normalize::{is_cjk3, utf8_len};
use super::shape::{is_mark, Shape, ShapeAcc};

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    /// A word of letters (ASCII or another alphabetic script).
    Word,
    /// One CJK character.
    Cjk,
    /// A number or URL: payload wherever it appears.
    Num,
    /// A symbol that matters to patterns or to quote masking.
    Sym,
    /// `.`, `?` or `!` followed by a blank, a non-ASCII character or the end.
    End,
}

/// One token: its byte range in the normalised buffer and its hash.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Tok {
    pub start: u32,
    pub end: u32,
    pub hash: u64,
    pub kind: Kind,
}

/// One line of the buffer, `[start, end)` without its newline.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Line {
    pub start: u32,
    pub end: u32,
    /// Index of the line's first token (of the first token after it when it has none).
    pub tok: u32,
    /// Where its first shape mark (`shape::is_mark`) is and where its last one ends, so that
    /// the shape of a part of the line without any can skip reading it; `(u32::MAX, 0)` for
    /// none. Bytes inside URLs count as marks.
    pub marks: (u32, u32),
    pub shape: Shape,
}

/// Byte classes.
const C_BLANK: u8 = 0;
const C_NEWLINE: u8 = 1;
const C_ALPHA: u8 = 2;
const C_DIGIT: u8 = 3;
const C_PUNCT: u8 = 4;
const C_HIGH: u8 = 5;

const CLASS: [u8; 256] = {
    let mut t = [C_BLANK; 256];
    let mut b = 0;
    while b < 256 {
        t[b] = match b as u8 {
            b'\n' => C_NEWLINE,
            b'a'..=b'z' | b'A'..=b'Z' | b'_' => C_ALPHA,
            b'0'..=b'9' => C_DIGIT,
            0x21..=0x7E => C_PUNCT,
            0x80..=0xFF => C_HIGH,
            _ => C_BLANK,
        };
        b += 1;
    }
    t
};

/// Bytes that start a word (`C_ALPHA`).
const WORD_START: [bool; 256] = {
    let mut t = [false; 256];
    let mut b = 0;
    while b < 256 {
        t[b] = CLASS[b] == C_ALPHA;
        b += 1;
    }
    t
};

/// Punctuation that becomes a `Sym` token.
#[inline]
fn is_sym(c: u8) -> bool {
    matches!(
        c,
        b'[' | b']' | b'<' | b'>' | b'+' | b'#' | b':' | b'\\' | b'&' | b'"' | b'`' | b'$'
    )
}

/// ASCII letters, digits and `_`.
const WORD: [bool; 256] = {
    let mut t = [false; 256];
    let mut b = 0;
    while b < 256 {
        t[b] = matches!(b as u8, b'a'..=b'z' | b'A'..=b'Z' | b'0'..=b'9' | b'_');
        b += 1;
    }
    t
};

/// Where the run of [`WORD`] bytes from `i` on ends.
///
/// Eight bytes at a time while eight remain: the byte loop's exit branch, taken after an
/// unpredictable number of letters, mispredicted about once a word and was the lexer's
/// costliest line. The word test only recognises what the normalised buffer holds (ASCII
/// lower case, digits, `_`); it stops at anything else, upper case included, and the byte
/// loop after it has the last word, so the result is exactly the byte loop's.
#[inline(always)]
fn word_run(b: &[u8], mut i: usize) -> usize {
    while let Some(&[b0, b1, b2, b3, b4, b5, b6, b7]) = b.get(i..i + 8) {
        let stop = not_word_lanes(u64::from_le_bytes([b0, b1, b2, b3, b4, b5, b6, b7]));
        if stop != 0 {
            i += (stop.trailing_zeros() / 8) as usize;
            break;
        }
        i += 8;
    }
    while i < b.len() && WORD[b[i] as usize] {
        i += 1;
    }
    i
}

/// The high bit of every byte of `x` that is not an ASCII lower-case letter, digit or `_`.
///
/// Per byte, on its low seven bits `y`: `y + (0x80 - lo)` has its high bit set exactly when
/// `y >= lo`, and no lane carries into the next (at most 0x7F + 0x80); bytes with the high bit
/// set are never word bytes.
#[inline(always)]
fn not_word_lanes(x: u64) -> u64 {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const LOW7: u64 = 0x7F7F_7F7F_7F7F_7F7F;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let y = x & LOW7;
    let at_least = |lo: u8| (y + ONES * u64::from(0x80 - lo)) & HIGH;
    let lower = at_least(b'a') & !at_least(b'z' + 1);
    let digit = at_least(b'0') & !at_least(b'9' + 1);
    // A zero lane of `v` is an `_`; `(v + 0x7F) | v` has the high bit set for the others.
    let v = y ^ (ONES * u64::from(b'_'));
    let underscore = !((v + LOW7) | v) & HIGH;
    !((lower | digit | underscore) & !x) & HIGH
}

/// Is this multi-byte character a CJK quote bracket (「」『』《》)?
#[inline]
fn is_cjk_quote(ch: &[u8]) -> bool {
    matches!(ch, [0xE3, 0x80, 0x8A..=0x8F])
}

/// Contractions whose `'s` stays on the word.
fn keeps_s(stem: &[u8]) -> bool {
    matches!(
        stem,
        b"let"
            | b"here"
            | b"it"
            | b"that"
            | b"what"
            | b"he"
            | b"she"
            | b"there"
            | b"who"
            | b"where"
            | b"how"
    )
}

/// Bytes after a word run that may change the token: an inner `'` (`don't`), a call's `(`
/// (for the line's shape) and the `:` of a URL.
const AFTER_WORD: [bool; 256] = {
    let mut t = [false; 256];
    t[b'\'' as usize] = true;
    t[b'(' as usize] = true;
    t[b':' as usize] = true;
    t
};

/// Cuts `b` into tokens (appended to `out`) and lines (appended to `lines`).
///
/// One dispatch per token start or separator byte; the common word (a run of letters followed
/// by a blank or ordinary punctuation) takes one table test after its run.
pub(crate) fn lex(b: &[u8], out: &mut Vec<Tok>, lines: &mut Vec<Line>) {
    lex_from(b, 0, out, lines);
}

/// Lexes `b[start..]` as if `b` had been lexed from 0 and a line began at `start` (the
/// bytes before are only read for positions): after a newline the lexer carries nothing over,
/// so a cached prefix that ends with one can be reused as it is.
pub(crate) fn lex_from(b: &[u8], start: usize, out: &mut Vec<Tok>, lines: &mut Vec<Line>) {
    // At most one token per byte, so the pushes below never reallocate.
    out.reserve(b.len() - start);
    let n = b.len();
    let mut i = start;
    let mut ls = start;
    let mut lt = out.len();
    let mut acc = ShapeAcc::default();
    let mut marks = Marks::NONE;
    while i < n {
        let c = b[i];
        // Spaces and words first, as plain branches on the byte and on a table of their own
        // (tests on the class would be merged into the jump table below, whose indirect jump
        // waits for the byte and its class and mispredicts at most tokens).
        if c == b' ' {
            i += 1;
            continue;
        }
        if WORD_START[c as usize] {
            i = word(b, i, ls, &mut acc, &mut marks, out);
            continue;
        }
        // Most CJK characters (what `high` does with them, without the call).
        if (0xE4..=0xED).contains(&c) && i + 3 <= n {
            push(out, b, i, i + 3, Kind::Cjk);
            i += 3;
            continue;
        }
        match CLASS[c as usize] {
            C_BLANK => i += 1,
            C_NEWLINE => {
                end_line(b, (ls, i), lt, marks, acc, lines);
                acc = ShapeAcc::default();
                marks = Marks::NONE;
                i += 1;
                ls = i;
                lt = out.len();
            }
            C_DIGIT => i = number(b, i, out),
            C_PUNCT => {
                if ShapeAcc::punct_matters(c) {
                    acc.punct(&b[ls..], i - ls);
                    marks.add(i, i + 1);
                }
                if matches!(c, b'.' | b'?' | b'!') {
                    if i + 1 >= n || matches!(b[i + 1], b' ' | b'\n' | b'\t' | 0x80..=0xFF) {
                        push(out, b, i, i + 1, Kind::End);
                    }
                } else if is_sym(c) {
                    push(out, b, i, i + 1, Kind::Sym);
                }
                i += 1;
            }
            C_HIGH => i = high(b, i, ls, &mut acc, &mut marks, out),
            _ => unreachable!("words are handled above"),
        }
    }
    end_line(b, (ls, n), lt, marks, acc, lines);
}

/// The span from a line's first shape mark to the end of its last.
#[derive(Debug, Clone, Copy)]
struct Marks(u32, u32);

impl Marks {
    const NONE: Marks = Marks(u32::MAX, 0);

    #[inline]
    fn add(&mut self, s: usize, e: usize) {
        self.0 = self.0.min(s as u32);
        self.1 = self.1.max(e as u32);
    }
}

#[inline(always)]
fn push(out: &mut Vec<Tok>, b: &[u8], s: usize, e: usize, kind: Kind) {
    out.push(Tok {
        start: s as u32,
        end: e as u32,
        hash: hash_bytes(&b[s..e]),
        kind,
    });
}

/// The word that starts at `s` (a letter or `_`); returns where it ends.
#[inline(always)]
fn word(
    b: &[u8],
    s: usize,
    ls: usize,
    acc: &mut ShapeAcc,
    marks: &mut Marks,
    out: &mut Vec<Tok>,
) -> usize {
    let n = b.len();
    let i = word_run(b, s + 1);
    if i < n && AFTER_WORD[b[i] as usize] {
        return word_end(b, s, i, ls, acc, marks, out);
    }
    push(out, b, s, i, Kind::Word);
    // The space that usually follows is stepped over here, where its byte is at hand: the
    // main loop would only step over it, at the cost of a round of its dispatch.
    i + usize::from(i < n && b[i] == b' ')
}

/// A word whose first run ends at `i` before `'`, `(` or `:`.
#[inline(never)]
fn word_end(
    b: &[u8],
    s: usize,
    mut i: usize,
    ls: usize,
    acc: &mut ShapeAcc,
    marks: &mut Marks,
    out: &mut Vec<Tok>,
) -> usize {
    let n = b.len();
    let mut apostrophe = false;
    // An inner apostrophe: `don't`, `let's`, `assistant's`.
    while i + 1 < n && b[i] == b'\'' && b[i + 1].is_ascii_alphabetic() {
        apostrophe = true;
        i = word_run(b, i + 1);
    }
    if i < n && b[i] == b'(' {
        // Only a call needs to know about underscores (`has_close_elements(`).
        acc.word(i - ls, b[s..i].contains(&b'_'));
    }
    if i < n && b[i] == b':' && b[i..].starts_with(b"://") {
        let url = i;
        while i < n && !matches!(b[i], b' ' | b'\n' | b'\t') {
            i += 1;
        }
        // The lexer does not dispatch on the URL's bytes; count them all as marks.
        marks.add(url, i);
        push(out, b, s, i, Kind::Num);
        return i;
    }
    // A possessive `'s` is not part of the word (`assistant's` -> `assistant`).
    let e = if apostrophe && i - s > 2 && &b[i - 2..i] == b"'s" && !keeps_s(&b[s..i - 2]) {
        i - 2
    } else {
        i
    };
    push(out, b, s, e, Kind::Word);
    i
}

/// The number that starts at digit `s`, with what is glued to it (`3x`, `2nd`, `1.5`,
/// `1,000`); returns where it ends.
#[inline(always)]
fn number(b: &[u8], s: usize, out: &mut Vec<Tok>) -> usize {
    let n = b.len();
    let mut i = s + 1;
    loop {
        i = word_run(b, i);
        if i + 1 < n && matches!(b[i], b'.' | b',') && b[i + 1].is_ascii_digit() {
            i += 1;
        } else {
            break;
        }
    }
    push(out, b, s, i, Kind::Num);
    i
}

/// The multi-byte character at `i`: a CJK token, a CJK quote, a word of another script or a
/// separator; returns where it ends.
fn high(
    b: &[u8],
    i: usize,
    ls: usize,
    acc: &mut ShapeAcc,
    marks: &mut Marks,
    out: &mut Vec<Tok>,
) -> usize {
    let n = b.len();
    let c = b[i];
    if is_mark(c) {
        marks.add(i, i + 1);
    }
    let len = utf8_len(c).min(n - i);
    let ch = &b[i..i + len];
    if len == 3 && is_cjk3(ch[0], ch[1]) {
        push(out, b, i, i + 3, Kind::Cjk);
        i + 3
    } else if is_cjk_quote(ch) {
        push(out, b, i, i + 3, Kind::Sym);
        i + 3
    } else if len >= 2 && !matches!(c, 0xE2 | 0xE3 | 0xEF) {
        // Letters of other scripts (accented Latin, Cyrillic, Greek...) form words.
        acc.high(&b[ls..], i - ls);
        let s = i;
        let mut i = i + len;
        while i < n && b[i] >= 0x80 && !matches!(b[i], 0xE2 | 0xE3 | 0xEF) {
            let l2 = utf8_len(b[i]).min(n - i);
            if l2 == 3 && is_cjk3(b[i], b[i + 1]) {
                break;
            }
            if is_mark(b[i]) {
                marks.add(i, i + 1);
            }
            i += l2;
        }
        push(out, b, s, i, Kind::Word);
        i
    } else {
        // Punctuation and symbols of the general blocks separate tokens.
        acc.high(&b[ls..], i - ls);
        i + len
    }
}

/// Records the line `[ls, le)`, whose first token is `lt`, with its shape.
fn end_line(
    b: &[u8],
    (ls, le): (usize, usize),
    lt: usize,
    marks: Marks,
    acc: ShapeAcc,
    lines: &mut Vec<Line>,
) {
    let mut s = ls;
    let mut e = le;
    while s < e && matches!(b[s], b' ' | b'\t') {
        s += 1;
    }
    while e > s && matches!(b[e - 1], b' ' | b'\t') {
        e -= 1;
    }
    lines.push(Line {
        start: ls as u32,
        end: le as u32,
        tok: lt as u32,
        marks: (marks.0, marks.1),
        shape: acc.finish(&b[s..e]),
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(s: &str) -> Vec<(String, Kind)> {
        let mut out = Vec::new();
        lex(s.as_bytes(), &mut out, &mut Vec::new());
        out.iter()
            .map(|t| (s[t.start as usize..t.end as usize].to_string(), t.kind))
            .collect()
    }

    #[test]
    fn words_numbers_symbols_and_cjk() {
        assert_eq!(texts("the assistant's answer")[1].0, "assistant");
        assert_eq!(texts("Done. 3.14 e.g.x")[1], (".".to_string(), Kind::End));
        let t = texts("let's rate c++ 3x [[5]] 改写 https://x.io/a?b ok");
        let words: Vec<&str> = t.iter().map(|(w, _)| w.as_str()).collect();
        assert_eq!(
            words,
            vec![
                "let's",
                "rate",
                "c",
                "+",
                "+",
                "3x",
                "[",
                "[",
                "5",
                "]",
                "]",
                "改",
                "写",
                "https://x.io/a?b",
                "ok"
            ]
        );
        assert_eq!(t[5].1, Kind::Num);
        assert_eq!(t[11].1, Kind::Cjk);
        assert_eq!(t[13].1, Kind::Num);
    }
}

#[cfg(test)]
mod run_tests {
    use super::*;

    /// The byte loop `word_run` stands for.
    fn run_bytewise(b: &[u8], mut i: usize) -> usize {
        while i < b.len() && WORD[b[i] as usize] {
            i += 1;
        }
        i
    }

    #[test]
    fn word_runs_end_where_the_byte_loop_ends() {
        // Every byte value at every place of a word-filled window, and at its edges.
        for fill in [b'a', b'z', b'0', b'9', b'_', b'm'] {
            for len in [0usize, 1, 7, 8, 9, 15, 16, 17, 24] {
                for at in 0..=len {
                    for c in 0..=255u8 {
                        let mut v = vec![fill; len];
                        if at < len {
                            v[at] = c;
                        } else {
                            v.push(c);
                        }
                        for from in [0, 1, 3] {
                            let from = from.min(v.len());
                            assert_eq!(word_run(&v, from), run_bytewise(&v, from), "{v:?} {from}");
                        }
                    }
                }
            }
        }
    }
}

#[cfg(test)]
mod line_tests {
    use super::*;

    #[test]
    fn lines_carry_their_shape() {
        let text = b"Solve 3x + 5 = 20.\n\ndef f(x):\n    return x_y(1)\nplain words";
        let mut toks = Vec::new();
        let mut lines = Vec::new();
        lex(text, &mut toks, &mut lines);
        assert_eq!(lines.len(), 5);
        assert!(lines[0].shape.math >= 2 && !lines[0].shape.code);
        assert!(lines[1].start == lines[1].end);
        assert!(lines[2].shape.code && lines[2].shape.def);
        assert!(lines[3].shape.code);
        assert_eq!(lines[4].shape, Shape::default());
    }
}
