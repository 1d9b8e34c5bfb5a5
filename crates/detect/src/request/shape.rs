//! What a line looks like: source code (and whether it opens a definition) and math marks.
//!
//! The lexer feeds every punctuation byte of a line to a [`ShapeAcc`] as it goes, so the
//! shape costs no pass of its own; [`shape`] runs the same accumulator over a lone slice.

use super::normalize::utf8_len;

/// If the line starts like code, whether that start also opens English sentences (`from the
/// start`, `class of 2020`) and so needs a code symbol on the line to count.
pub(crate) fn code_start(l: &[u8]) -> Option<bool> {
    let any = |ps: &[&[u8]]| ps.iter().any(|p| l.starts_with(p));
    match l.first()? {
        b'd' if any(&[b"def "]) => Some(false),
        b'c' if any(&[b"console."]) => Some(false),
        b'c' if any(&[b"class ", b"const "]) => Some(true),
        b'i' if any(&[b"if ("]) => Some(false),
        b'i' if any(&[b"import "]) => Some(true),
        b'f' if any(&[b"function ", b"fn ", b"func ", b"for ("]) => Some(false),
        b'f' if any(&[b"from "]) => Some(true),
        b'#' if any(&[b"#include", b"#!"]) => Some(false),
        b'r' if any(&[b"return "]) => Some(true),
        b'p' if any(&[b"print("]) => Some(false),
        b'p' if any(&[b"public ", b"private ", b"package "]) => Some(true),
        b's' if any(&[b"static "]) => Some(true),
        b'l' if any(&[b"let "]) => Some(true),
        b'v' if any(&[b"var "]) => Some(true),
        b'u' if any(&[b"using "]) => Some(true),
        b'>' if any(&[b">>>"]) => Some(false),
        b'e' if any(&[b"elif ", b"else:", b"except"]) => Some(false),
        b't' if any(&[b"try:"]) => Some(false),
        b'w' if any(&[b"while ("]) => Some(false),
        b'/' if any(&[b"//", b"/*"]) => Some(false),
        b'@' => Some(true),
        b'{' | b'}' => Some(false),
        _ => None,
    }
}

const DEF_STARTS: &[&[u8]] = &[
    b"def ",
    b"class ",
    b"#include",
    b"function ",
    b"fn ",
    b"func ",
];

/// The shape of one line.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct Shape {
    /// The line looks like source code.
    pub code: bool,
    /// It opens a definition (`def f(`, `class X:`, `#include`, `function f(`).
    pub def: bool,
    /// Weighted math marks (LaTeX commands, math symbols, short equations such as
    /// `3x + 5 = 20`); 0 on code lines.
    pub math: u32,
}

/// The bytes [`ShapeAcc::punct`] reacts to: second bytes of [`is_digraph`], `(` after an
/// identifier with `_`, and the math marks.
const PUNCT_MATTERS: [bool; 256] = {
    let mut t = [false; 256];
    let marks = b")>=&|:;\"(\\$^+*/<";
    let mut k = 0;
    while k < marks.len() {
        t[marks[k] as usize] = true;
        k += 1;
    }
    t
};

/// Bytes that can change a shape: those [`ShapeAcc::punct`] reacts to and the lead bytes
/// [`ShapeAcc::high`] marks. A slice without any has the shape of an empty accumulator.
const MARKS: [bool; 256] = {
    let mut t = PUNCT_MATTERS;
    t[0xC2] = true;
    t[0xC3] = true;
    t[0xCF] = true;
    t[0xE2] = true;
    t
};

/// Can this byte change a line's shape (see [`plain_shape`])?
#[inline]
pub(crate) fn is_mark(c: u8) -> bool {
    MARKS[c as usize]
}

/// The shape of a trimmed slice that holds no [`is_mark`] byte: what [`shape`] gives, without
/// reading it byte by byte.
pub(crate) fn plain_shape(l: &[u8]) -> Shape {
    ShapeAcc::default().finish(l)
}

/// Code digraphs: `()`, `=>`, `->`, `==`, `!=`, `&&`, `||`, `::`, `+=`, `):`, `);`, `""`.
#[inline]
fn is_digraph(prev: u8, c: u8) -> bool {
    match prev {
        b'(' => c == b')',
        b'=' => matches!(c, b'>' | b'='),
        b'-' => c == b'>',
        b'!' => c == b'=',
        b'&' => c == b'&',
        b'|' => c == b'|',
        b':' => c == b':',
        b'+' => c == b'=',
        b')' => matches!(c, b':' | b';'),
        b'"' => c == b'"',
        _ => false,
    }
}

/// Shape evidence gathered byte by byte over one line.
#[derive(Debug, Clone, Copy)]
pub(crate) struct ShapeAcc {
    code: bool,
    math: u32,
    dollars: u32,
    /// Offset just after the last word that contains `_`, to catch `has_close(`.
    underscore_end: usize,
}

impl Default for ShapeAcc {
    fn default() -> Self {
        Self {
            code: false,
            math: 0,
            dollars: 0,
            underscore_end: usize::MAX,
        }
    }
}

impl ShapeAcc {
    /// A word `l[s..e)` ended; `underscore` if it holds a `_`.
    #[inline]
    pub(crate) fn word(&mut self, e: usize, underscore: bool) {
        if underscore {
            self.underscore_end = e;
        }
    }

    /// Can [`ShapeAcc::punct`] change anything for this byte? Most punctuation in prose
    /// (`, . ' - ? !`) cannot: it is neither a digraph's second byte nor a math or call mark.
    #[inline]
    pub(crate) fn punct_matters(c: u8) -> bool {
        PUNCT_MATTERS[c as usize]
    }

    /// The ASCII punctuation byte `l[i]`.
    #[inline]
    pub(crate) fn punct(&mut self, l: &[u8], i: usize) {
        let c = l[i];
        if (i > 0 && is_digraph(l[i - 1], c)) || (c == b'(' && self.underscore_end == i) {
            self.code = true;
        }
        match c {
            b'\\' if l.get(i + 1).is_some_and(u8::is_ascii_alphabetic) => self.math += 2,
            b'$' => self.dollars += 1,
            b'^' => self.math += 1,
            b'=' | b'+' | b'*' | b'/' | b'<' | b'>' if short_operands(l, i) => self.math += 1,
            _ => {}
        }
    }

    /// The multi-byte character that starts at `l[i]`: math symbols (`× ÷ ² ³ ½ π ∑ ≤ …`).
    #[inline]
    pub(crate) fn high(&mut self, l: &[u8], i: usize) {
        let next = l.get(i + 1).copied();
        let mark = match l[i] {
            0xC3 => matches!(next, Some(0x97 | 0xB7)),
            0xC2 => matches!(next, Some(0xB2 | 0xB3 | 0xBD)),
            0xCF => next == Some(0x80),
            0xE2 => matches!(next, Some(0x88..=0x8B)),
            _ => false,
        };
        if mark {
            self.math += 2;
        }
    }

    /// The shape of the trimmed line `l`, given what was seen on it.
    pub(crate) fn finish(self, l: &[u8]) -> Shape {
        let start = code_start(l).is_some_and(|needs_symbol| {
            if !needs_symbol {
                true
            } else if l.starts_with(b"from ") || l.starts_with(b"import ") {
                // `from typing import List`, `import numpy as np`; not `from the start, …`.
                !matches!(l.last(), Some(b'.' | b'?' | b'!' | b','))
                    && (l.starts_with(b"import ") || memchr::memmem::find(l, b" import ").is_some())
            } else {
                l.iter()
                    .any(|&c| matches!(c, b'(' | b':' | b'=' | b'{' | b';' | b'<' | b'"'))
            }
        });
        let code = start || self.code || matches!(l.last(), Some(b';' | b'{' | b'}'));
        if code {
            let def = DEF_STARTS.iter().any(|p| l.starts_with(p))
                && l.iter().any(|&c| matches!(c, b'(' | b':' | b'{' | b'<'));
            Shape { code, def, math: 0 }
        } else {
            Shape {
                code,
                def: false,
                math: self.math + (self.dollars / 2) * 2,
            }
        }
    }
}

/// Byte classes for [`shape`].
const S_OTHER: u8 = 0;
const S_WORD: u8 = 1;
const S_PUNCT: u8 = 2;
const S_HIGH: u8 = 3;

const SHAPE_CLASS: [u8; 256] = {
    let mut t = [S_OTHER; 256];
    let mut b = 0;
    while b < 256 {
        let c = b as u8;
        t[b] = if c.is_ascii_alphanumeric() || c == b'_' {
            S_WORD
        } else if c.is_ascii_punctuation() {
            S_PUNCT
        } else if c >= 0x80 {
            S_HIGH
        } else {
            S_OTHER
        };
        b += 1;
    }
    t
};

/// The shape of a lone trimmed slice (the lexer computes it for whole lines on the way).
pub(crate) fn shape(l: &[u8]) -> Shape {
    let mut acc = ShapeAcc::default();
    let mut i = 0;
    while i < l.len() {
        let c = l[i];
        match SHAPE_CLASS[c as usize] {
            S_WORD => {
                let s = i;
                i += 1;
                while i < l.len() && SHAPE_CLASS[l[i] as usize] == S_WORD {
                    i += 1;
                }
                // Underscores only matter in a word right before `(` (`has_close(`), so only
                // such a word is searched for one, as the lexer does.
                if l.get(i) == Some(&b'(') && l[s..i].contains(&b'_') {
                    acc.word(i, true);
                }
            }
            S_PUNCT => {
                acc.punct(l, i);
                i += 1;
            }
            S_HIGH => {
                acc.high(l, i);
                i += utf8_len(c);
            }
            _ => i += 1,
        }
    }
    acc.finish(l)
}

/// Is the operator at `i` between short alphanumeric operands, one of them with a digit?
pub(crate) fn short_operands(l: &[u8], i: usize) -> bool {
    let mut j = i;
    if j > 0 && l[j - 1] == b' ' {
        j -= 1;
    }
    let mut left = 0;
    let mut left_digit = false;
    while j > 0 && l[j - 1].is_ascii_alphanumeric() && left < 6 {
        left_digit |= l[j - 1].is_ascii_digit();
        left += 1;
        j -= 1;
    }
    let mut k = i + 1;
    if k < l.len() && l[k] == b' ' {
        k += 1;
    }
    let mut right = 0;
    let mut right_digit = false;
    while k < l.len() && l[k].is_ascii_alphanumeric() && right < 6 {
        right_digit |= l[k].is_ascii_digit();
        right += 1;
        k += 1;
    }
    let left_ok = left > 0 && left <= 4 && (j == 0 || !l[j - 1].is_ascii_alphanumeric());
    let right_ok = right > 0 && right <= 4 && (k == l.len() || !l[k].is_ascii_alphanumeric());
    left_ok && right_ok && (left_digit || right_digit || (l[i] == b'=' && left == 1 && right == 1))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slices_without_marks_have_the_plain_shape() {
        let texts = [
            "from typing import list",
            "class of 2020 was great",
            "return the book, please",
            "import numpy as np",
            "public static void main",
            "let x be the answer",
            "— a dash, é, ² and π are marks",
            "} done",
            "hello world",
            "@decorator here",
        ];
        for t in texts {
            let b = t.as_bytes();
            for a in 0..b.len() {
                for z in a..=b.len() {
                    let l = &b[a..z];
                    if std::str::from_utf8(l).is_ok() && !l.iter().any(|&c| is_mark(c)) {
                        assert_eq!(shape(l), plain_shape(l), "{:?}", std::str::from_utf8(l));
                    }
                }
            }
        }
    }

    #[test]
    fn code_and_math_lines() {
        assert!(shape(b"def has_close(numbers: list) -> bool:").def);
        assert!(shape(b">>> has_close([1.0, 2.0], 0.5)").code);
        assert!(shape(b"x = compute_total(items)").code);
        assert!(!shape(b"from the start, the plan was clear.").code);
        assert!(!shape(b"solve 3x + 5 = 20 for x.").code);
        assert_eq!(shape(b"solve 3x + 5 = 20 for x.").math, 2);
        assert!(shape(b"compute $\\frac{1}{2}$").math >= 2);
    }
}
