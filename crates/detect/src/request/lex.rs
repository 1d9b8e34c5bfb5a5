//! Tokens of the normalised text, hashed once and shared by cue matching and the fingerprint.
//!
//! A token is an ASCII word (letters, digits, `_`, an inner `'`), a run of letters of another
//! script, one CJK character, a number (a digit-led run such as `42`, `3x`, `1.5`, masked as
//! payload), a URL (also masked), or one of the few symbols that patterns or quote masking
//! need (`[ ] < > + # : \ & " ` $` and 「」『』《》). Everything else separates tokens.
//!
//! Working on words rather than bytes is what keeps cue matching cheap: a byte automaton over
//! hundreds of phrases does not fit in L1 and pays a dependent cache miss per byte, while a
//! word costs one chunked hash and one probe of a small table.

use super::hash::hash_bytes;
use super::normalize::{is_cjk3, utf8_len};

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
}

/// One token: its byte range in the normalised buffer and its hash.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Tok {
    pub start: u32,
    pub end: u32,
    pub hash: u64,
    pub kind: Kind,
}

/// Byte classes for ASCII.
const C_SEP: u8 = 0;
const C_ALPHA: u8 = 1;
const C_DIGIT: u8 = 2;
const C_SYM: u8 = 3;
const C_HIGH: u8 = 4;

const CLASS: [u8; 256] = {
    let mut t = [C_SEP; 256];
    let mut b = 0;
    while b < 256 {
        t[b] = match b as u8 {
            b'a'..=b'z' | b'A'..=b'Z' | b'_' => C_ALPHA,
            b'0'..=b'9' => C_DIGIT,
            b'[' | b']' | b'<' | b'>' | b'+' | b'#' | b':' | b'\\' | b'&' | b'"' | b'`' | b'$' => {
                C_SYM
            }
            0x80..=0xFF => C_HIGH,
            _ => C_SEP,
        };
        b += 1;
    }
    t
};

#[inline]
fn is_word_byte(c: u8) -> bool {
    c.is_ascii_alphanumeric() || c == b'_'
}

/// Is this multi-byte character a CJK quote bracket (「」『』《》)?
#[inline]
fn is_cjk_quote(ch: &[u8]) -> bool {
    matches!(ch, [0xE3, 0x80, 0x8A | 0x8B | 0x8C | 0x8D | 0x8E | 0x8F])
}

/// Appends the tokens of `b` (positions offset by `base`) to `out`.
pub(crate) fn lex(b: &[u8], base: usize, out: &mut Vec<Tok>) {
    let n = b.len();
    let mut i = 0;
    let push = |out: &mut Vec<Tok>, s: usize, e: usize, kind: Kind| {
        out.push(Tok {
            start: (base + s) as u32,
            end: (base + e) as u32,
            hash: hash_bytes(&b[s..e]),
            kind,
        });
    };
    while i < n {
        let c = b[i];
        match CLASS[c as usize] {
            C_SEP => i += 1,
            C_ALPHA => {
                let s = i;
                i += 1;
                while i < n {
                    let d = b[i];
                    if is_word_byte(d)
                        || (d == b'\'' && i + 1 < n && b[i + 1].is_ascii_alphabetic())
                    {
                        i += 1;
                    } else {
                        break;
                    }
                }
                // A possessive `'s` is not part of the word (`assistant's` -> `assistant`);
                // contractions such as `let's` and `here's` stay whole.
                let mut we = i;
                if i - s > 2
                    && b[i - 2] == b'\''
                    && b[i - 1] == b's'
                    && !matches!(
                        &b[s..i - 2],
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
                {
                    we = i - 2;
                }
                if b[i..].starts_with(b"://") {
                    while i < n && !matches!(b[i], b' ' | b'\n') {
                        i += 1;
                    }
                    push(out, s, i, Kind::Num);
                } else {
                    push(out, s, we, Kind::Word);
                }
            }
            C_DIGIT => {
                // Numbers and what is glued to them (`3x`, `2nd`, `1.5`, `1,000`).
                let s = i;
                i += 1;
                while i < n {
                    let d = b[i];
                    if is_word_byte(d)
                        || (matches!(d, b'.' | b',') && i + 1 < n && b[i + 1].is_ascii_digit())
                    {
                        i += 1;
                    } else {
                        break;
                    }
                }
                push(out, s, i, Kind::Num);
            }
            C_SYM => {
                push(out, i, i + 1, Kind::Sym);
                i += 1;
            }
            _ => {
                let len = utf8_len(c).min(n - i);
                let ch = &b[i..i + len];
                if len == 3 && is_cjk3(ch[0], ch[1]) {
                    push(out, i, i + 3, Kind::Cjk);
                    i += 3;
                } else if is_cjk_quote(ch) {
                    push(out, i, i + 3, Kind::Sym);
                    i += 3;
                } else if len >= 2 && !matches!(c, 0xE2 | 0xE3 | 0xEF) {
                    // Letters of other scripts (accented Latin, Cyrillic, Greek...) form words.
                    let s = i;
                    i += len;
                    while i < n && b[i] >= 0x80 && !matches!(b[i], 0xE2 | 0xE3 | 0xEF) {
                        let l2 = utf8_len(b[i]).min(n - i);
                        if l2 == 3 && is_cjk3(b[i], b[i + 1]) {
                            break;
                        }
                        i += l2;
                    }
                    push(out, s, i, Kind::Word);
                } else {
                    // Punctuation and symbols of the general blocks separate tokens.
                    i += len;
                }
            }
        }
    }
}

/// Index of the first token that starts at or after byte `pos`.
#[inline]
pub(crate) fn first_at(toks: &[Tok], pos: usize) -> usize {
    toks.partition_point(|t| (t.start as usize) < pos)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(s: &str) -> Vec<(String, Kind)> {
        let mut out = Vec::new();
        lex(s.as_bytes(), 0, &mut out);
        out.iter()
            .map(|t| (s[t.start as usize..t.end as usize].to_string(), t.kind))
            .collect()
    }

    #[test]
    fn words_numbers_symbols_and_cjk() {
        assert_eq!(texts("the assistant's answer")[1].0, "assistant");
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
