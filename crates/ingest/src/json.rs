//! Parsing one JSONL line into a type, with the contract's one-line error messages.
//!
//! The fast path is a single `serde_json` pass. Only when it fails is the line parsed a second
//! time with field-path tracking, to say which field was wrong; quoted values in messages are
//! capped (see [`crate::text::sanitize`]) because they are attacker-written.

use serde::Deserialize;

use crate::text::{cap_chars, sanitize};

/// Checks UTF-8 and object shape, then deserialises; errors are ready for `rejected.jsonl`.
pub fn parse_line<'a, T: Deserialize<'a>>(line: &'a [u8]) -> Result<T, String> {
    // SIMD check first; std's slower one only on failure, for the position.
    let text = match simdutf8::basic::from_utf8(line) {
        Ok(text) => text,
        Err(_) => return Err(format!("invalid UTF-8 at byte {}", utf8_error_at(line))),
    };
    // Checked up front so `[1,2]` is not described in terms of a struct the reader never sees.
    if !text.trim_start().starts_with('{') {
        return Err("not a JSON object".into());
    }
    serde_json::from_str::<T>(text).map_err(|e| describe::<T>(text, &e))
}

/// 1-based position of the first byte that is not valid UTF-8.
fn utf8_error_at(line: &[u8]) -> usize {
    match std::str::from_utf8(line) {
        Ok(_) => 0,
        Err(e) => e.valid_up_to() + 1,
    }
}

/// Turns a serde_json failure into the contract's one-line style.
fn describe<'a, T: Deserialize<'a>>(text: &'a str, e: &serde_json::Error) -> String {
    use serde_json::error::Category;
    match e.classify() {
        Category::Syntax | Category::Eof | Category::Io => format!(
            "invalid JSON at column {}: {}",
            e.column(),
            sanitize(&without_position(e))
        ),
        Category::Data => {
            // Rare path: parse again, tracking the field path, to say which field was wrong.
            let de = &mut serde_json::Deserializer::from_str(text);
            match serde_path_to_error::deserialize::<_, T>(de) {
                Err(pe) => {
                    let path = pe.path().to_string();
                    let msg = sanitize(&without_position(pe.inner()));
                    if path == "." {
                        msg
                    } else {
                        format!("invalid {}: {msg}", cap_chars(&path, 60))
                    }
                }
                // Cannot happen (same input, same types); keep the first message regardless.
                Ok(_) => sanitize(&without_position(e)),
            }
        }
    }
}

/// serde_json's message without its ` at line L column C` suffix (lines are single lines).
fn without_position(e: &serde_json::Error) -> String {
    let full = e.to_string();
    let suffix = format!(" at line {} column {}", e.line(), e.column());
    match full.strip_suffix(&suffix) {
        Some(msg) => msg.to_string(),
        None => full,
    }
}

/// The line as UTF-8 text, or the contract's message for where it is not.
pub fn utf8(line: &[u8]) -> Result<&str, String> {
    simdutf8::basic::from_utf8(line)
        .map_err(|_| format!("invalid UTF-8 at byte {}", utf8_error_at(line)))
}

/// A syntax or type error of a whole line, in the contract's one-line style.
pub fn describe_syntax(e: &serde_json::Error) -> String {
    format!(
        "invalid JSON at column {}: {}",
        e.column(),
        sanitize(&without_position(e))
    )
}

/// A serde_json error without its position, sanitised (for errors inside a nested value).
pub fn short(e: &serde_json::Error) -> String {
    sanitize(&without_position(e))
}
