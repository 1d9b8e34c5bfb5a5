//! `policy.toml`: restricted regions, decision thresholds and reading limits.
//!
//! Every key has a built-in default, so an empty file is a valid policy. Parse errors give the
//! line and column but not the line's text, because the file holds the hashing secret
//! (`hash_key`). Unknown top-level keys are not an error (a newer policy file must still load)
//! but are returned so the caller can warn about likely typos.

use std::io::Read;
use std::path::{Path, PathBuf};

use dg_model::Policy;

use crate::error::{Error, Result};

/// Largest policy file read, in bytes.
pub const MAX_POLICY_BYTES: u64 = 1 << 20;
/// Smallest and largest accepted `max_line_bytes`.
pub const LINE_CAP_RANGE: (usize, usize) = (1 << 10, 1 << 30);
/// Largest accepted `reorder_window_ms` (one day): a bigger window only costs memory.
pub const MAX_REORDER_WINDOW_MS: i64 = 86_400_000;

/// A loaded policy and the top-level keys it ignored.
#[derive(Debug, Clone, PartialEq)]
pub struct PolicyFile {
    /// The policy with defaults filled in and country codes upper-cased.
    pub policy: Policy,
    /// Top-level keys this build does not know (sorted).
    pub unknown_keys: Vec<String>,
}

/// Reads and checks `policy.toml`.
pub fn read_policy(path: &Path) -> Result<PolicyFile> {
    let file = std::fs::File::open(path).map_err(|e| Error::io(path, e))?;
    let mut text = String::new();
    file.take(MAX_POLICY_BYTES + 1)
        .read_to_string(&mut text)
        .map_err(|e| Error::io(path, e))?;
    if text.len() as u64 > MAX_POLICY_BYTES {
        return Err(invalid(
            path,
            format!("file is larger than {MAX_POLICY_BYTES} bytes"),
        ));
    }
    parse_policy(&text, path)
}

/// Parses and checks policy text; `path` is only used in messages.
pub fn parse_policy(text: &str, path: &Path) -> Result<PolicyFile> {
    let table: toml::Table =
        toml::from_str(text).map_err(|e| invalid(path, toml_message(text, &e)))?;
    let known: Vec<String> = toml::Table::try_from(Policy::default())
        .map(|t| t.keys().cloned().collect())
        .unwrap_or_default();
    let mut unknown_keys: Vec<String> = table
        .keys()
        .filter(|k| !known.contains(k))
        .map(|k| crate::text::cap_chars(k, 60))
        .collect();
    unknown_keys.sort();
    let mut policy: Policy =
        toml::from_str(text).map_err(|e| invalid(path, toml_message(text, &e)))?;
    check(&mut policy).map_err(|m| invalid(path, m))?;
    Ok(PolicyFile {
        policy,
        unknown_keys,
    })
}

/// The checks serde cannot express; normalises country codes.
fn check(p: &mut Policy) -> Result<(), String> {
    for c in &mut p.restricted_countries {
        *c = crate::accounts::country_code(c).ok_or_else(|| {
            format!(
                "restricted_countries: {} is not an ISO 3166-1 alpha-2 code",
                crate::text::quote(c)
            )
        })?;
    }
    p.restricted_countries.sort();
    p.restricted_countries.dedup();
    let t = &p.thresholds;
    for (name, v) in [
        ("review", t.review),
        ("throttle", t.throttle),
        ("block", t.block),
    ] {
        if !(0.0..=1.0).contains(&v) {
            return Err(format!("thresholds.{name} = {v} is outside 0..1"));
        }
    }
    if !(t.review <= t.throttle && t.throttle <= t.block) {
        return Err(format!(
            "thresholds must satisfy review <= throttle <= block (got {}, {}, {})",
            t.review, t.throttle, t.block
        ));
    }
    let (lo, hi) = LINE_CAP_RANGE;
    if !(lo..=hi).contains(&p.max_line_bytes) {
        return Err(format!(
            "max_line_bytes = {} is outside {lo}..{hi}",
            p.max_line_bytes
        ));
    }
    if !(0..=MAX_REORDER_WINDOW_MS).contains(&p.reorder_window_ms) {
        return Err(format!(
            "reorder_window_ms = {} is outside 0..{MAX_REORDER_WINDOW_MS}",
            p.reorder_window_ms
        ));
    }
    Ok(())
}

/// A TOML error as `line L, column C: message`, without echoing the line (it may hold a secret).
fn toml_message(text: &str, e: &toml::de::Error) -> String {
    let msg = e.message().trim().replace('\n', " ");
    match e.span() {
        Some(span) => {
            let before = text.get(..span.start).unwrap_or("");
            let line = before.matches('\n').count() + 1;
            let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
            format!("line {line}, column {column}: {msg}")
        }
        None => msg,
    }
}

/// An [`Error::Policy`] for `path`.
fn invalid(path: &Path, message: String) -> Error {
    Error::Policy {
        path: PathBuf::from(path),
        message,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> Result<PolicyFile> {
        parse_policy(text, Path::new("policy.toml"))
    }

    #[test]
    fn the_contract_example_and_defaults() {
        let p =
            read_policy(&Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/policy.toml"))
                .unwrap();
        assert_eq!(p.policy.restricted_countries, ["CN", "IR", "KP", "RU"]);
        assert_eq!(p.policy.max_line_bytes, 1 << 20);
        assert!(p.unknown_keys.is_empty());
        assert_eq!(parse("").unwrap().policy, Policy::default());
    }

    #[test]
    fn thresholds_and_unknown_keys() {
        let p =
            parse("restricted_countries = [\"ru\"]\nthreshold = 1\n[thresholds]\nreview = 0.4\n")
                .unwrap();
        assert_eq!(p.policy.thresholds.review, 0.4);
        assert_eq!(p.policy.thresholds.block, 0.85);
        assert_eq!(p.policy.restricted_countries, ["RU"]);
        assert_eq!(p.unknown_keys, ["threshold"]);
        let e = parse("[thresholds]\nreveiw = 0.4\n")
            .unwrap_err()
            .to_string();
        assert!(e.contains("unknown field `reveiw`"), "{e}");
        let e = parse("[thresholds]\nreview = 0.9\n")
            .unwrap_err()
            .to_string();
        assert!(e.contains("review <= throttle <= block"), "{e}");
        let e = parse("restricted_countries = [\"Russia\"]")
            .unwrap_err()
            .to_string();
        assert!(e.contains("\"Russia\" is not an ISO"), "{e}");
    }

    #[test]
    fn syntax_errors_give_the_position_but_not_the_secret() {
        let e = parse("restricted_countries = []\nhash_key = \"s3cret\n")
            .unwrap_err()
            .to_string();
        assert!(
            e.starts_with("policy.toml: invalid policy: line 2, column"),
            "{e}"
        );
        assert!(!e.contains("s3cret"), "{e}");
    }
}
