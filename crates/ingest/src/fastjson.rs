//! A hand-written reader of the plain JSON an event line usually is, tried before serde_json.
//!
//! Why not only a library: serde_json's generic path (a visitor per field, a byte-at-a-time
//! string scan) was a quarter of a scan's instructions (callgrind, 200 k simulated lines:
//! about 12,800 instructions a line), and the SIMD JSON crates parse into their own tape or
//! value first, which would only move the cost. This reader scans strings with `memchr` and
//! a vectorisable control-byte test and borrows them from the line when they hold no escape.
//!
//! It only accepts; it never explains. Whatever it is not sure about (an escape in a key, a
//! number that is not a plain unsigned integer, a lone surrogate, any syntax error) makes it
//! give up with `None`, and the caller parses the line with serde_json as before, so which
//! lines are rejected and with which message does not depend on it. What it accepts it must
//! read exactly as serde_json would: differential tests (`events::fast_tests`, with proptest)
//! hold it to that on hostile and randomly spliced lines.

use std::borrow::Cow;

/// A cursor over one line of UTF-8 text.
pub(crate) struct Reader<'a> {
    text: &'a str,
    i: usize,
    /// The line holds no control byte at all (the usual case: encoders escape them), so no
    /// string needs the test on its own.
    plain: bool,
}

impl<'a> Reader<'a> {
    pub(crate) fn new(text: &'a str) -> Self {
        Self {
            text,
            i: 0,
            plain: !has_control(text.as_bytes()),
        }
    }

    /// Does `s`, a piece of a string, hold a control byte?
    #[inline]
    fn control_in(&self, s: &[u8]) -> bool {
        !self.plain && has_control(s)
    }

    fn bytes(&self) -> &'a [u8] {
        self.text.as_bytes()
    }

    /// Skips JSON whitespace (what serde_json skips: space, tab, CR, LF).
    #[inline]
    fn ws(&mut self) {
        let b = self.bytes();
        while let Some(c) = b.get(self.i) {
            if matches!(c, b' ' | b'\t' | b'\n' | b'\r') {
                self.i += 1;
            } else {
                break;
            }
        }
    }

    /// The next byte after whitespace, not consumed.
    #[inline]
    pub(crate) fn peek(&mut self) -> Option<u8> {
        self.ws();
        self.bytes().get(self.i).copied()
    }

    /// Consumes `c` after whitespace.
    #[inline]
    pub(crate) fn eat(&mut self, c: u8) -> Option<()> {
        (self.peek()? == c).then(|| self.i += 1)
    }

    /// Only whitespace is left.
    pub(crate) fn at_end(&mut self) -> bool {
        self.ws();
        self.i == self.text.len()
    }

    /// Consumes `word` (`null`, `true`, `false`) after whitespace when it is next.
    pub(crate) fn literal(&mut self, word: &str) -> bool {
        self.ws();
        let hit = self
            .bytes()
            .get(self.i..)
            .is_some_and(|rest| rest.starts_with(word.as_bytes()));
        if hit {
            self.i += word.len();
        }
        hit
    }

    /// An object key without escapes and the `:` after it.
    #[inline]
    pub(crate) fn key(&mut self) -> Option<&'a str> {
        self.eat(b'"')?;
        let b = self.bytes();
        let start = self.i;
        let end = find_special(b, start)?;
        if b[end] != b'"' || self.control_in(&b[start..end]) {
            return None;
        }
        self.i = end + 1;
        self.eat(b':')?;
        self.text.get(start..end)
    }

    /// A string value: borrowed when it has no escape, else unescaped into a new string.
    #[inline]
    pub(crate) fn string(&mut self) -> Option<Cow<'a, str>> {
        self.eat(b'"')?;
        let b = self.bytes();
        let start = self.i;
        let end = find_special(b, start)?;
        if self.control_in(&b[start..end]) {
            return None;
        }
        if b[end] == b'"' {
            self.i = end + 1;
            return self.text.get(start..end).map(Cow::Borrowed);
        }
        self.escaped(start, end).map(Cow::Owned)
    }

    /// The rest of a string whose first escape is at `at` (the text from `start` has none
    /// before it and no control byte).
    #[inline(never)]
    fn escaped(&mut self, start: usize, mut at: usize) -> Option<String> {
        let b = self.bytes();
        let mut out = String::with_capacity(b.len() - start);
        let mut seg = start;
        loop {
            out.push_str(self.text.get(seg..at)?);
            if b[at] == b'"' {
                self.i = at + 1;
                return Some(out);
            }
            // `at` is a backslash.
            seg = at + 2;
            match *b.get(at + 1)? {
                b'"' => out.push('"'),
                b'\\' => out.push('\\'),
                b'/' => out.push('/'),
                b'b' => out.push('\u{8}'),
                b'f' => out.push('\u{c}'),
                b'n' => out.push('\n'),
                b'r' => out.push('\r'),
                b't' => out.push('\t'),
                b'u' => {
                    let (c, used) = unicode_escape(b.get(at + 2..)?)?;
                    out.push(c);
                    seg = at + 2 + used;
                }
                _ => return None,
            }
            at = find_special(b, seg)?;
            if self.control_in(&b[seg..at]) {
                return None;
            }
        }
    }

    /// A plain unsigned integer: `0` or digits without a leading zero that fit in a `u64`, not
    /// followed by a fraction or an exponent (those, signs and larger numbers are left to
    /// serde_json).
    #[inline]
    pub(crate) fn uint(&mut self) -> Option<u64> {
        self.ws();
        let b = self.bytes();
        let s = self.i;
        let mut i = s;
        let mut v: u64 = 0;
        while let Some(&c) = b.get(i) {
            if !c.is_ascii_digit() {
                break;
            }
            v = v.checked_mul(10)?.checked_add(u64::from(c - b'0'))?;
            i += 1;
        }
        if i == s || (b[s] == b'0' && i - s > 1) || matches!(b.get(i), Some(b'.' | b'e' | b'E')) {
            return None;
        }
        self.i = i;
        Some(v)
    }
}

/// Epoch milliseconds of the one timestamp form writers use most, `YYYY-MM-DDTHH:MM:SS.mmmZ`
/// (exactly three fraction digits, upper-case `T` and `Z`, a real date, no leap second);
/// `None` for anything else, which is left to chrono (`Timestamp::parse_rfc3339`): its
/// general parse was about 450 instructions a timestamp, this is a few dozen.
pub(crate) fn rfc3339_millis(s: &str) -> Option<i64> {
    let b: &[u8; 24] = s.as_bytes().try_into().ok()?;
    let shape_ok = b[4] == b'-'
        && b[7] == b'-'
        && b[10] == b'T'
        && b[13] == b':'
        && b[16] == b':'
        && b[19] == b'.'
        && b[23] == b'Z';
    if !shape_ok {
        return None;
    }
    let num = |r: std::ops::Range<usize>| -> Option<i64> {
        b[r].iter().try_fold(0i64, |v, &c| {
            c.is_ascii_digit().then(|| v * 10 + i64::from(c - b'0'))
        })
    };
    let (year, month, day) = (num(0..4)?, num(5..7)?, num(8..10)?);
    let (hour, minute, second, milli) = (num(11..13)?, num(14..16)?, num(17..19)?, num(20..23)?);
    let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
    let month_days = match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return None,
    };
    if day < 1 || day > month_days || hour > 23 || minute > 59 || second > 59 {
        return None;
    }
    // Days from 1970-01-01 to the civil date (H. Hinnant's `days_from_civil`; years from
    // March, so the leap day ends a year).
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let doy = (153 * ((month + 9) % 12) + 2) / 5 + day - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    let days = era * 146_097 + doe - 719_468;
    Some(((days * 24 + hour) * 60 + minute) * 60_000 + second * 1000 + milli)
}

/// The address of the one form writers use for IPv4, a dotted quad in canonical form (one to
/// three digits per octet, no leading zero, at most 255); `None` for anything else, which is
/// left to std's parser (generic, and about 4% of the JSON reading's time). Whatever this accepts
/// std's parser reads as the same address.
pub(crate) fn ipv4_quad(s: &str) -> Option<std::net::Ipv4Addr> {
    let b = s.as_bytes();
    let mut octets = [0u8; 4];
    let mut i = 0;
    for (k, octet) in octets.iter_mut().enumerate() {
        if k > 0 {
            if b.get(i) != Some(&b'.') {
                return None;
            }
            i += 1;
        }
        let start = i;
        let mut v: u32 = 0;
        while let Some(&c) = b.get(i) {
            if !c.is_ascii_digit() || i - start == 3 {
                break;
            }
            v = v * 10 + u32::from(c - b'0');
            i += 1;
        }
        let len = i - start;
        if len == 0 || (len > 1 && b[start] == b'0') {
            return None;
        }
        *octet = u8::try_from(v).ok()?;
    }
    (i == b.len()).then_some(std::net::Ipv4Addr::from(octets))
}

/// The character of a `\u` escape whose four hex digits start `b`, and how many bytes it
/// took (4, or 10 for a surrogate pair); `None` for a lone surrogate or bad digits.
fn unicode_escape(b: &[u8]) -> Option<(char, usize)> {
    let hi = hex4(b.get(..4)?)?;
    match hi {
        0xD800..=0xDBFF => {
            let rest = b.get(4..10)?;
            if &rest[..2] != b"\\u" {
                return None;
            }
            let lo = hex4(&rest[2..])?;
            if !(0xDC00..=0xDFFF).contains(&lo) {
                return None;
            }
            let c = 0x10000 + ((hi - 0xD800) << 10) + (lo - 0xDC00);
            Some((char::from_u32(c)?, 10))
        }
        0xDC00..=0xDFFF => None,
        _ => Some((char::from_u32(hi)?, 4)),
    }
}

/// Four hex digits.
fn hex4(b: &[u8]) -> Option<u32> {
    b.iter().try_fold(0u32, |v, &c| {
        let d = char::from(c).to_digit(16)?;
        Some(v << 4 | d)
    })
}

/// Where the next `"` or `\\` is from `from` on. The first words go through a word-at-a-time
/// test: most strings of a line (identifiers, times, addresses) end within them, and that is
/// cheaper than `memchr`'s set-up; longer strings (prompts) go on with `memchr`.
#[inline]
fn find_special(b: &[u8], from: usize) -> Option<usize> {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let mut i = from;
    for _ in 0..4 {
        let Some(&[b0, b1, b2, b3, b4, b5, b6, b7]) = b.get(i..i + 8) else {
            break;
        };
        let x = u64::from_le_bytes([b0, b1, b2, b3, b4, b5, b6, b7]);
        let q = x ^ (ONES * u64::from(b'"'));
        let s = x ^ (ONES * u64::from(b'\\'));
        // A zero byte of `q` or `s` is a match; the lowest flagged byte is always a real one
        // (borrows only flag bytes above a real zero).
        let hit = ((q.wrapping_sub(ONES) & !q) | (s.wrapping_sub(ONES) & !s)) & HIGH;
        if hit != 0 {
            return Some(i + (hit.trailing_zeros() / 8) as usize);
        }
        i += 8;
    }
    memchr::memchr2(b'"', b'\\', b.get(i..)?).map(|k| i + k)
}

/// Is any byte a control character (below 0x20), which JSON strings may not hold raw?
/// Eight bytes at a time: `(x - 0x20..) & !x & 0x80..` is non-zero exactly when some byte of
/// `x` is below 0x20 (the "has less than" word trick, exact for bounds up to 0x80).
fn has_control(s: &[u8]) -> bool {
    const LOW: u64 = 0x2020_2020_2020_2020;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let mut words = s.chunks_exact(8);
    let mut any = 0u64;
    for w in &mut words {
        let x = u64::from_le_bytes([w[0], w[1], w[2], w[3], w[4], w[5], w[6], w[7]]);
        any |= x.wrapping_sub(LOW) & !x & HIGH;
    }
    any != 0 || words.remainder().iter().any(|&c| c < 0x20)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn string(s: &str) -> Option<String> {
        let mut r = Reader::new(s);
        let v = r.string()?;
        r.at_end().then(|| v.into_owned())
    }

    #[test]
    fn strings_match_serde_json() {
        for s in [
            r#""plain""#,
            r#""a\nb\"c\\d\/e\tf\rg\bh\fi""#,
            r#""\u00e9\u4e2d\ud83d\ude00 x""#,
            r#""""#,
            r#""中文 é""#,
            r#""\u0000""#,
        ] {
            let want: String = serde_json::from_str(s).unwrap();
            assert_eq!(string(s).as_deref(), Some(want.as_str()), "{s}");
        }
    }

    #[test]
    fn what_it_is_unsure_of_is_left_to_serde_json() {
        for s in [
            r#""\ud83d""#,
            r#""\ude00""#,
            r#""\ud83d\u0041""#,
            r#""\x""#,
            r#""\u12G4""#,
            "\"a\u{1}b\"",
            "\"a\tb\"",
            r#""open"#,
            r#""a\"#,
        ] {
            assert_eq!(string(s), None, "{s}");
        }
    }

    #[test]
    fn timestamps_read_as_chrono_reads_them() {
        use dg_model::Timestamp;
        use proptest::prelude::*;
        // chrono's reading through the model type (which also checks the range).
        let chrono_ms = |s: &str| Timestamp::parse_rfc3339(s).ok().map(Timestamp::millis);
        let fast_ms = |s: &str| {
            rfc3339_millis(s)
                .and_then(|ms| Timestamp::from_millis(ms).ok())
                .map(Timestamp::millis)
        };
        let mut runner = proptest::test_runner::TestRunner::default();
        let fields = (
            0..10_000i64,
            0..14i64,
            0..33i64,
            0..25i64,
            0..61i64,
            0..61i64,
            0..1000i64,
        );
        runner
            .run(&fields, |(y, mo, d, h, mi, s, ms)| {
                let t = format!("{y:04}-{mo:02}-{d:02}T{h:02}:{mi:02}:{s:02}.{ms:03}Z");
                match rfc3339_millis(&t) {
                    Some(_) => prop_assert_eq!(fast_ms(&t), chrono_ms(&t), "{}", t),
                    // Refused only when chrono refuses too, or for a leap second.
                    None => prop_assert!(chrono_ms(&t).is_none() || s == 60, "{}", t),
                }
                Ok(())
            })
            .unwrap();
        for t in [
            "2026-02-02T09:14:03.120Z",
            "2024-02-29T23:59:59.999Z",
            "2000-02-29T00:00:00.000Z",
            "1970-01-01T00:00:00.000Z",
            "1969-12-31T23:59:59.999Z",
            "0000-03-01T00:00:00.000Z",
        ] {
            assert_eq!(fast_ms(t), chrono_ms(t), "{t}");
            assert!(rfc3339_millis(t).is_some(), "{t}");
        }
        for t in [
            "2026-02-02T09:14:03Z",
            "2026-02-02t09:14:03.120Z",
            "2026-02-02T09:14:03.120z",
            "2026-02-02T09:14:03.120+00:00",
            "2026-02-02 09:14:03.120Z",
            "2023-02-29T00:00:00.000Z",
            "1900-02-29T00:00:00.000Z",
            "2026-13-02T09:14:03.120Z",
            "2026-02-02T24:14:03.120Z",
            "2026-02-02T09:14:60.120Z",
            "+026-02-02T09:14:03.120Z",
            "2026-02-02T09:14:03.1a0Z",
        ] {
            assert_eq!(rfc3339_millis(t), None, "{t}");
        }
    }

    #[test]
    fn quotes_and_backslashes_are_found_where_memchr_finds_them() {
        use proptest::prelude::*;
        let mut runner = proptest::test_runner::TestRunner::default();
        let bytes = proptest::collection::vec(
            prop_oneof![
                Just(b'"'),
                Just(b'\\'),
                Just(b'a'),
                Just(0x22 ^ 0x80),
                Just(0x5c ^ 1),
                any::<u8>()
            ],
            0..80,
        );
        runner
            .run(&(bytes, 0..90usize), |(b, from)| {
                let want = b
                    .get(from..)
                    .and_then(|r| memchr::memchr2(b'"', b'\\', r))
                    .map(|k| from + k);
                prop_assert_eq!(find_special(&b, from), want);
                Ok(())
            })
            .unwrap();
    }

    #[test]
    fn dotted_quads_read_as_std_reads_them() {
        use proptest::prelude::*;
        use std::net::Ipv4Addr;
        let check = |t: &str| match ipv4_quad(t) {
            Some(a) => assert_eq!(Some(a), t.parse::<Ipv4Addr>().ok(), "{t}"),
            None => assert!(
                t.parse::<Ipv4Addr>().is_err(),
                "refused what std reads: {t}"
            ),
        };
        for t in [
            "0.0.0.0",
            "255.255.255.255",
            "192.0.2.9",
            "10.0.0.1",
            "256.0.0.1",
            "01.2.3.4",
            "1.2.3",
            "1.2.3.4.5",
            "1.2.3.4 ",
            " 1.2.3.4",
            "1..3.4",
            "1.2.3.",
            "1000.2.3.4",
            "1.2.3.0004",
            "::1",
            "::ffff:1.2.3.4",
            "",
            "1.2.3.4a",
            "+1.2.3.4",
        ] {
            check(t);
        }
        let mut runner = proptest::test_runner::TestRunner::default();
        let parts = proptest::collection::vec(
            prop_oneof![
                (0..300u32).prop_map(|v| v.to_string()),
                Just("0".to_string()),
                Just("00".to_string()),
                Just("007".to_string()),
                Just("".to_string()),
                Just("1a".to_string()),
            ],
            0..6,
        );
        runner
            .run(&parts, |p| {
                check(&p.join("."));
                Ok(())
            })
            .unwrap();
    }

    #[test]
    fn integers_are_plain_or_refused() {
        let uint = |s: &str| Reader::new(s).uint();
        assert_eq!(uint("0"), Some(0));
        assert_eq!(uint(" 42,"), Some(42));
        assert_eq!(uint("18446744073709551615"), Some(u64::MAX));
        for s in [
            "",
            "-1",
            "01",
            "1.5",
            "1e3",
            "1E3",
            "18446744073709551616",
            "x",
        ] {
            assert_eq!(uint(s), None, "{s}");
        }
    }

    #[test]
    fn control_bytes_are_found_in_words_and_tails() {
        for n in [0, 1, 7, 8, 9, 31, 32, 33, 64, 100] {
            for fill in [b'a', b' ', 0x21, 0x7f, 0x80, 0xff] {
                let mut v = vec![fill; n];
                assert!(!has_control(&v));
                for at in 0..n {
                    for c in [0u8, 0x1f, b'\n'] {
                        v[at] = c;
                        assert!(has_control(&v), "{n} {at} {c}");
                    }
                    v[at] = fill;
                }
            }
        }
        // Every byte value, next to every other in one word.
        for a in 0..=255u8 {
            for b in 0..=255u8 {
                let w = [a, b, b'x', b'x', b'x', b'x', b'x', b'x'];
                assert_eq!(has_control(&w), a < 0x20 || b < 0x20, "{a} {b}");
            }
        }
    }
}
