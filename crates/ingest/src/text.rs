//! Small text helpers for error messages that must never echo much of an attacker's input.

/// Longest piece of an input value quoted in an error message, in characters.
pub const QUOTE_CHARS: usize = 40;

/// Longest error message, in characters; anything longer is cut with `…`.
pub const MESSAGE_CHARS: usize = 300;

/// The first `n` characters of `s`, with `…` appended when something was cut.
pub fn cap_chars(s: &str, n: usize) -> String {
    match s.char_indices().nth(n) {
        Some((cut, _)) => format!("{}…", &s[..cut]),
        None => s.to_string(),
    }
}

/// `s` as a Rust-escaped quoted string, at most [`QUOTE_CHARS`] characters of it.
pub fn quote(s: &str) -> String {
    match s.char_indices().nth(QUOTE_CHARS) {
        Some((cut, _)) => format!("{:?}…", &s[..cut]),
        None => format!("{s:?}"),
    }
}

/// Caps every `"…"`-quoted value inside a message (as serde writes them) and the whole length.
///
/// serde's `invalid type: string "…", expected u64` quotes the offending value in full; a
/// megabyte prompt sent in a numeric field must not come back a megabyte long.
pub fn sanitize(msg: &str) -> String {
    let mut out = String::with_capacity(msg.len().min(MESSAGE_CHARS + 8));
    let mut chars = msg.chars();
    while let Some(c) = chars.next() {
        if c != '"' {
            out.push(if c.is_control() { ' ' } else { c });
            continue;
        }
        out.push('"');
        let mut kept = 0usize;
        let mut cut = false;
        let mut escaped = false;
        for c in chars.by_ref() {
            if !escaped && c == '"' {
                break;
            }
            escaped = !escaped && c == '\\';
            if kept < QUOTE_CHARS {
                out.push(if c.is_control() { ' ' } else { c });
                kept += 1;
            } else {
                cut = true;
            }
        }
        // Do not leave a dangling backslash that would escape the closing quote.
        if cut && out.ends_with('\\') {
            out.pop();
        }
        out.push('"');
        if cut {
            out.push('…');
        }
    }
    cap_chars(&out, MESSAGE_CHARS)
}

/// `n` with `,` between groups of three digits (`2,400,000`), as the error messages show sizes.
pub fn thousands(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, d) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(d);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn thousands_groups_digits() {
        assert_eq!(thousands(0), "0");
        assert_eq!(thousands(999), "999");
        assert_eq!(thousands(1_000), "1,000");
        assert_eq!(thousands(2_400_000), "2,400,000");
        assert_eq!(thousands(1_048_576), "1,048,576");
    }

    #[test]
    fn quote_caps_at_forty_chars() {
        assert_eq!(quote("999.1.1.1"), "\"999.1.1.1\"");
        let q = quote(&"é".repeat(100));
        assert_eq!(q, format!("\"{}\"…", "é".repeat(40)));
    }

    #[test]
    fn sanitize_caps_quoted_values_and_length() {
        let msg = format!("invalid type: string {:?}, expected u64", "a".repeat(5000));
        let s = sanitize(&msg);
        assert_eq!(
            s,
            format!("invalid type: string \"{}\"…, expected u64", "a".repeat(40))
        );
        let escaped = format!("x {:?} y", "\\\"".repeat(100));
        let s = sanitize(&escaped);
        assert!(s.ends_with("…, y") || s.ends_with("… y"), "{s}");
        assert!(sanitize(&"z".repeat(10_000)).chars().count() <= MESSAGE_CHARS + 1);
    }
}
