//! Cheap normalisation of a bounded head and tail of a text into one scratch buffer.
//!
//! Cue matching and the frame fingerprint both read this form: ASCII letters lowercased,
//! carriage returns dropped, typographic quotes and apostrophes made ASCII, and the common
//! full-width Chinese punctuation (`：，。？！（）、`) mapped to its ASCII twin, so the rules
//! handle one spelling. Blanks are left as they are (the lexer and the line reader skip them),
//! which keeps the common case, ASCII text, to a vectorised copy and lowercase. Other bytes,
//! CJK included, are copied as they are, so the buffer stays UTF-8.

/// Bytes of the prompt read from its start and from its end; a longer middle is skipped.
pub(crate) const PROMPT_HEAD: usize = 4096;
pub(crate) const PROMPT_TAIL: usize = 1024;
/// Bytes of the system prompt read from its start and from its end.
pub(crate) const SYSTEM_HEAD: usize = 2048;
pub(crate) const SYSTEM_TAIL: usize = 512;

/// Stands in for a skipped middle; it reads as a separate payload paragraph.
pub(crate) const ELISION: u8 = 0x01;

/// Counts gathered while normalising.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct TextStats {
    /// CJK ideographs, kana and hangul seen.
    pub cjk: u32,
    /// Characters seen (of the bounded part only).
    pub chars: u32,
}

/// Appends the normalised, bounded form of `text` to `out`.
pub(crate) fn push_normalised(
    out: &mut Vec<u8>,
    text: &str,
    head: usize,
    tail: usize,
    stats: &mut TextStats,
) {
    let start = out.len();
    if let Some((h, t)) = bounds(text, head, tail) {
        push_slice(out, &text.as_bytes()[..h], stats);
        push_newline(out, start);
        out.extend_from_slice(&[b'\n', ELISION, b'\n', b'\n']);
        push_slice(out, &text.as_bytes()[t..], stats);
    } else {
        push_slice(out, text.as_bytes(), stats);
    }
    while out.len() > start && matches!(out.last(), Some(b' ' | b'\n' | b'\t')) {
        out.pop();
    }
}

/// Where the read head ends and the read tail starts (on char boundaries), or `None` when the
/// whole text is read.
pub(crate) fn bounds(text: &str, head: usize, tail: usize) -> Option<(usize, usize)> {
    (text.len() > head + tail).then(|| {
        (
            floor_boundary(text, head),
            ceil_boundary(text, text.len() - tail),
        )
    })
}

fn floor_boundary(s: &str, mut i: usize) -> usize {
    while i > 0 && !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

fn ceil_boundary(s: &str, mut i: usize) -> usize {
    while i < s.len() && !s.is_char_boundary(i) {
        i += 1;
    }
    i
}

/// Is this 3-byte UTF-8 sequence a CJK ideograph, kana or hangul syllable?
#[inline]
pub(crate) fn is_cjk3(a: u8, b: u8) -> bool {
    (a == 0xE3 && b >= 0x81) || (0xE4..=0xED).contains(&a)
}

/// Length of the UTF-8 sequence that starts with `lead`.
#[inline]
pub(crate) fn utf8_len(lead: u8) -> usize {
    match lead {
        0x00..=0x7F => 1,
        0xC0..=0xDF => 2,
        0xE0..=0xEF => 3,
        0xF0..=0xFF => 4,
        // A continuation byte cannot start a char in valid UTF-8; step over it.
        _ => 1,
    }
}

fn push_newline(out: &mut Vec<u8>, start: usize) {
    if out.len() > start && out.last() != Some(&b'\n') {
        out.push(b'\n');
    }
}

fn push_slice(out: &mut Vec<u8>, b: &[u8], stats: &mut TextStats) {
    if b.is_ascii() && memchr::memchr(b'\r', b).is_none() {
        stats.chars += b.len() as u32;
        // Copying and lowercasing in one vectorised pass.
        out.extend(b.iter().map(u8::to_ascii_lowercase));
        return;
    }
    push_mixed(out, b, stats);
}

/// [`push_slice`] for text with non-ASCII bytes or carriage returns: one pass over its
/// characters that copies runs, maps the punctuation above and counts characters and CJK.
fn push_mixed(out: &mut Vec<u8>, b: &[u8], stats: &mut TextStats) {
    let w = out.len();
    out.reserve(b.len());
    let (mut chars, mut cjk) = (0u32, 0u32);
    // Start of the bytes not copied yet.
    let mut run = 0;
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        // Characters are the bytes that do not continue a UTF-8 sequence.
        chars += 1;
        if c < 0x80 {
            if c == b'\r' {
                out.extend_from_slice(&b[run..i]);
                run = i + 1;
            }
            i += 1;
            continue;
        }
        let len = utf8_len(c).min(b.len() - i);
        let ch = &b[i..i + len];
        // CJK ideographs and hangul lead with E4..=ED, kana and extension A with E3 81...
        if (0xE4..=0xED).contains(&c) || (len == 3 && c == 0xE3 && is_cjk3(c, ch[1])) {
            cjk += 1;
        } else if let Some(m) = mapped(ch) {
            out.extend_from_slice(&b[run..i]);
            out.push(m);
            run = i + len;
        }
        i += len;
    }
    out.extend_from_slice(&b[run..]);
    // Lowercasing ASCII never touches the bytes of multi-byte characters.
    out[w..].make_ascii_lowercase();
    stats.chars += chars;
    stats.cjk += cjk;
}

/// The ASCII stand-in of a typographic quote, NBSP, or CJK or full-width punctuation mark.
#[inline]
fn mapped(ch: &[u8]) -> Option<u8> {
    Some(match ch {
        [0xE2, 0x80, 0x98 | 0x99] => b'\'',
        [0xE2, 0x80, 0x9C | 0x9D] => b'"',
        [0xC2, 0xA0] | [0xE3, 0x80, 0x80] => b' ',
        [0xEF, 0xBC, 0x9A] => b':',
        [0xEF, 0xBC, 0x8C] | [0xE3, 0x80, 0x81] => b',',
        [0xE3, 0x80, 0x82] => b'.',
        [0xEF, 0xBC, 0x9F] => b'?',
        [0xEF, 0xBC, 0x81] => b'!',
        [0xEF, 0xBC, 0x88] => b'(',
        [0xEF, 0xBC, 0x89] => b')',
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn norm(s: &str) -> String {
        let mut out = Vec::new();
        let mut st = TextStats::default();
        push_normalised(&mut out, s, PROMPT_HEAD, PROMPT_TAIL, &mut st);
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn lowercases_and_maps_punctuation() {
        assert_eq!(
            norm("  Think  Step-by-Step\r\n\nNow  "),
            "  think  step-by-step\n\nnow"
        );
        assert_eq!(norm("“Don’t”"), "\"don't\"");
        assert_eq!(norm("题目：一，二。"), "题目:一,二.");
    }

    #[test]
    fn long_texts_keep_head_and_tail_on_char_boundaries() {
        let long = "中".repeat(3000);
        let n = norm(&long);
        assert!(n.len() < long.len());
        assert!(n.contains('\u{1}'));
    }

    #[test]
    fn counts_cjk() {
        let mut out = Vec::new();
        let mut st = TextStats::default();
        push_normalised(&mut out, "请改写 abc", 100, 100, &mut st);
        assert_eq!(st.cjk, 3);
        assert_eq!(st.chars, 7);
        let mut st = TextStats::default();
        push_normalised(&mut out, "abc def", 100, 100, &mut st);
        assert_eq!((st.chars, st.cjk), (7, 0));
    }
}
