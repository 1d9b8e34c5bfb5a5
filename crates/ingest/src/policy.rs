//! `policy.toml`: restricted regions, decision thresholds, reading limits and the hashing key.
//!
//! One checked reader: every key is known and checked against its type and range, so a typo
//! (`restricted_countrys`) or a nonsensical value (`review` above `block`) is an error naming the
//! file, the key and the reason instead of a silent default. Every key has a built-in default,
//! so an empty file is a valid policy. Errors never echo the file's text, because it holds the
//! hashing secret (`hash_key`): syntax errors give only line and column.

use std::io::Read;
use std::path::{Path, PathBuf};

use dg_model::{Policy, Thresholds};

use crate::error::{Error, Result};
use crate::text::quote;

/// Largest policy file read, in bytes.
pub const MAX_POLICY_BYTES: u64 = 1 << 20;
/// Smallest and largest accepted `max_line_bytes`.
pub const LINE_CAP_RANGE: (usize, usize) = (1 << 10, 1 << 30);
/// Largest accepted `reorder_window_ms` (one day): a bigger window only costs memory.
pub const MAX_REORDER_WINDOW_MS: i64 = 86_400_000;
/// Shortest accepted non-empty `hash_key`, in bytes: a shorter secret can be guessed.
pub const MIN_HASH_KEY_BYTES: usize = 16;
/// Longest accepted `hash_key_id`, in characters (it is written into every keyed value).
pub const MAX_HASH_KEY_ID_CHARS: usize = 64;
/// The keys a policy may hold, in the order the docs list them.
pub const KEYS: [&str; 6] = [
    "restricted_countries",
    "thresholds",
    "max_line_bytes",
    "reorder_window_ms",
    "hash_key",
    "hash_key_id",
];
/// The keys of the `[thresholds]` table.
pub const THRESHOLD_KEYS: [&str; 3] = ["review", "throttle", "block"];

/// ISO 3166-1 alpha-2 codes (the 249 officially assigned ones, and `XK`, which geolocation
/// databases use for Kosovo).
const ISO_COUNTRIES: &str = "\
AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ \
BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ \
CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ \
DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR \
GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY \
HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP \
KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY \
MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ \
NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY \
QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ \
TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ \
VA VC VE VG VI VN VU WF WS XK YE YT ZA ZM ZW";

/// Is `code` (upper case) an ISO 3166-1 alpha-2 country code?
pub fn is_iso_country(code: &str) -> bool {
    code.len() == 2 && ISO_COUNTRIES.split(' ').any(|c| c == code)
}

/// Reads and checks `policy.toml`.
pub fn read_policy(path: &Path) -> Result<Policy> {
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

/// Parses and checks policy text; `path` is only used in messages. A leading byte-order mark
/// is accepted.
pub fn parse_policy(text: &str, path: &Path) -> Result<Policy> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let table: toml::Table =
        toml::from_str(text).map_err(|e| invalid(path, toml_message(text, &e)))?;
    from_table(&table).map_err(|m| invalid(path, m))
}

/// Builds the policy from parsed TOML, key by key; the message starts with the key.
fn from_table(table: &toml::Table) -> Result<Policy, String> {
    let mut p = Policy::default();
    for (key, value) in table {
        match key.as_str() {
            "restricted_countries" => p.restricted_countries = countries(value)?,
            "thresholds" => p.thresholds = thresholds(value)?,
            "max_line_bytes" => {
                let (lo, hi) = LINE_CAP_RANGE;
                p.max_line_bytes = integer(key, value, lo as i64, hi as i64)? as usize;
            }
            "reorder_window_ms" => {
                p.reorder_window_ms = integer(key, value, 0, MAX_REORDER_WINDOW_MS)?;
            }
            "hash_key" => {
                let k = string(key, value)?;
                if !k.is_empty() && k.len() < MIN_HASH_KEY_BYTES {
                    return Err(format!(
                        "hash_key: too short ({} bytes); use at least {MIN_HASH_KEY_BYTES} random \
                         bytes, or leave it out for the public demo key",
                        k.len()
                    ));
                }
                p.hash_key = k.to_string();
            }
            "hash_key_id" => p.hash_key_id = key_id(value)?,
            other => {
                return Err(format!(
                    "{}: unknown key (expected one of {})",
                    quote(other),
                    KEYS.join(", ")
                ))
            }
        }
    }
    Ok(p)
}

/// TOML's name for a value's type, for messages that must not show the value.
fn type_name(v: &toml::Value) -> &'static str {
    v.type_str()
}

fn string<'v>(key: &str, v: &'v toml::Value) -> Result<&'v str, String> {
    v.as_str()
        .ok_or_else(|| format!("{key}: expected a string, found {}", type_name(v)))
}

fn integer(key: &str, v: &toml::Value, lo: i64, hi: i64) -> Result<i64, String> {
    let n = v
        .as_integer()
        .ok_or_else(|| format!("{key}: expected an integer, found {}", type_name(v)))?;
    if !(lo..=hi).contains(&n) {
        return Err(format!("{key}: {n} is outside {lo}..={hi}"));
    }
    Ok(n)
}

/// `restricted_countries`: upper-cased, checked against ISO 3166-1, sorted, de-duplicated.
fn countries(v: &toml::Value) -> Result<Vec<String>, String> {
    let key = "restricted_countries";
    let items = v.as_array().ok_or_else(|| {
        format!(
            "{key}: expected an array of strings, found {}",
            type_name(v)
        )
    })?;
    let mut out = Vec::with_capacity(items.len());
    for item in items {
        let s = item.as_str().ok_or_else(|| {
            format!(
                "{key}: expected an array of strings, found {} in it",
                type_name(item)
            )
        })?;
        let code = s.trim().to_ascii_uppercase();
        if !is_iso_country(&code) {
            return Err(format!(
                "{key}: {} is not an ISO 3166-1 alpha-2 country code (e.g. \"RU\", \"GB\")",
                quote(s)
            ));
        }
        out.push(code);
    }
    out.sort();
    out.dedup();
    Ok(out)
}

/// `[thresholds]`: each in 0..=1 and `review <= throttle <= block`; missing ones default.
fn thresholds(v: &toml::Value) -> Result<Thresholds, String> {
    let table = v
        .as_table()
        .ok_or_else(|| format!("thresholds: expected a table, found {}", type_name(v)))?;
    let mut t = Thresholds::default();
    for (key, value) in table {
        let slot = match key.as_str() {
            "review" => &mut t.review,
            "throttle" => &mut t.throttle,
            "block" => &mut t.block,
            other => {
                return Err(format!(
                    "thresholds.{}: unknown key (expected one of {})",
                    crate::text::cap_chars(other, 40),
                    THRESHOLD_KEYS.join(", ")
                ))
            }
        };
        let x = match value {
            toml::Value::Float(f) => *f,
            toml::Value::Integer(i) => *i as f64,
            other => {
                return Err(format!(
                    "thresholds.{key}: expected a number, found {}",
                    type_name(other)
                ))
            }
        };
        if !(0.0..=1.0).contains(&x) {
            return Err(format!("thresholds.{key}: {x} is outside 0..=1"));
        }
        *slot = x;
    }
    if !(t.review <= t.throttle && t.throttle <= t.block) {
        return Err(format!(
            "thresholds: must satisfy review <= throttle <= block, got review = {}, throttle = {}, \
             block = {} (keys left out take their defaults 0.5, 0.7, 0.85)",
            t.review, t.throttle, t.block
        ));
    }
    Ok(t)
}

/// `hash_key_id`: written into every keyed value as `hmac-sha256:<id>:<hex>`, so it must be
/// short and hold no `:`.
fn key_id(v: &toml::Value) -> Result<String, String> {
    let id = string("hash_key_id", v)?;
    let ok_chars = id
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-'));
    if id.is_empty() || id.chars().count() > MAX_HASH_KEY_ID_CHARS || !ok_chars {
        return Err(format!(
            "hash_key_id: must be 1 to {MAX_HASH_KEY_ID_CHARS} characters of A-Z, a-z, 0-9, \
             '.', '_' or '-'"
        ));
    }
    Ok(id.to_string())
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

    fn parse(text: &str) -> Result<Policy> {
        parse_policy(text, Path::new("policy.toml"))
    }

    fn err(text: &str) -> String {
        parse(text).unwrap_err().to_string()
    }

    #[test]
    fn the_contract_example_and_defaults() {
        let p =
            read_policy(&Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/policy.toml"))
                .unwrap();
        assert_eq!(p.restricted_countries, ["CN", "IR", "KP", "RU"]);
        assert_eq!(p.max_line_bytes, 1 << 20);
        assert_eq!(parse("").unwrap(), Policy::default());
    }

    #[test]
    fn every_field_of_the_policy_is_a_known_key() {
        // A field added to dg_model::Policy must be read here too, or it could never be set.
        let fields: Vec<String> = toml::Table::try_from(Policy::default())
            .unwrap()
            .keys()
            .cloned()
            .collect();
        let mut keys: Vec<String> = KEYS.iter().map(|k| k.to_string()).collect();
        keys.sort();
        assert_eq!(fields, keys);
        let full = "restricted_countries = [\"ru\", \"CN\", \"RU\"]\nmax_line_bytes = 4096\n\
                    reorder_window_ms = 0\nhash_key = \"0123456789abcdef\"\nhash_key_id = \"k-2026.1\"\n\
                    [thresholds]\nreview = 0.4\nthrottle = 0.6\nblock = 1\n";
        let p = parse(full).unwrap();
        assert_eq!(p.restricted_countries, ["CN", "RU"]);
        assert_eq!(p.max_line_bytes, 4096);
        assert_eq!(p.reorder_window_ms, 0);
        assert_eq!(p.hash_key, "0123456789abcdef");
        assert_eq!(p.hash_key_id, "k-2026.1");
        assert_eq!(
            (
                p.thresholds.review,
                p.thresholds.throttle,
                p.thresholds.block
            ),
            (0.4, 0.6, 1.0)
        );
    }

    #[test]
    fn unknown_keys_are_errors_naming_the_key() {
        assert_eq!(
            err("restricted_countrys = [\"RU\"]"),
            "policy.toml: invalid policy: \"restricted_countrys\": unknown key (expected one of \
             restricted_countries, thresholds, max_line_bytes, reorder_window_ms, hash_key, \
             hash_key_id)"
        );
        assert_eq!(
            err("[thresholds]\nreveiw = 0.4\n"),
            "policy.toml: invalid policy: thresholds.reveiw: unknown key (expected one of review, \
             throttle, block)"
        );
    }

    #[test]
    fn thresholds_must_be_ordered_and_in_range() {
        assert_eq!(
            err("[thresholds]\nreview = 0.9\nblock = 0.5\n"),
            "policy.toml: invalid policy: thresholds: must satisfy review <= throttle <= block, \
             got review = 0.9, throttle = 0.7, block = 0.5 (keys left out take their defaults \
             0.5, 0.7, 0.85)"
        );
        assert_eq!(
            err("[thresholds]\nblock = 1.5\n"),
            "policy.toml: invalid policy: thresholds.block: 1.5 is outside 0..=1"
        );
        assert_eq!(
            err("[thresholds]\nreview = \"high\"\n"),
            "policy.toml: invalid policy: thresholds.review: expected a number, found string"
        );
        assert_eq!(
            err("thresholds = 0.5"),
            "policy.toml: invalid policy: thresholds: expected a table, found float"
        );
        let p = parse("[thresholds]\nreview = 0.4\n").unwrap();
        assert_eq!(p.thresholds.review, 0.4);
        assert_eq!(p.thresholds.block, 0.85);
    }

    #[test]
    fn country_codes_must_be_iso() {
        assert_eq!(
            err("restricted_countries = [\"Russia\"]"),
            "policy.toml: invalid policy: restricted_countries: \"Russia\" is not an ISO 3166-1 \
             alpha-2 country code (e.g. \"RU\", \"GB\")"
        );
        // Two letters are not enough: "UK" is reserved, not assigned (Britain is GB).
        assert!(err("restricted_countries = [\"UK\"]").contains("\"UK\" is not an ISO"));
        assert_eq!(
            err("restricted_countries = \"RU\""),
            "policy.toml: invalid policy: restricted_countries: expected an array of strings, \
             found string"
        );
        assert_eq!(ISO_COUNTRIES.split(' ').count(), 250);
        assert!(is_iso_country("KP") && is_iso_country("GB") && !is_iso_country("EU"));
    }

    #[test]
    fn absurd_limits_are_errors() {
        assert_eq!(
            err("max_line_bytes = 10"),
            "policy.toml: invalid policy: max_line_bytes: 10 is outside 1024..=1073741824"
        );
        assert_eq!(
            err("reorder_window_ms = -1"),
            "policy.toml: invalid policy: reorder_window_ms: -1 is outside 0..=86400000"
        );
        assert_eq!(
            err("max_line_bytes = \"1MiB\""),
            "policy.toml: invalid policy: max_line_bytes: expected an integer, found string"
        );
        assert_eq!(
            err("hash_key_id = \"a:b\""),
            "policy.toml: invalid policy: hash_key_id: must be 1 to 64 characters of A-Z, a-z, \
             0-9, '.', '_' or '-'"
        );
    }

    #[test]
    fn the_secret_is_never_echoed() {
        assert_eq!(
            err("hash_key = \"s3cret\""),
            "policy.toml: invalid policy: hash_key: too short (6 bytes); use at least 16 random \
             bytes, or leave it out for the public demo key"
        );
        assert_eq!(
            err("hash_key = 123456789"),
            "policy.toml: invalid policy: hash_key: expected a string, found integer"
        );
        for bad in [
            "restricted_countries = []\nhash_key = \"s3cret-s3cret-s3cret\n",
            "hash_key = s3cret-s3cret-s3cret\n",
            "hash_key = \"s3cret-s3cret-s3cret\" trailing\n",
            "hash_key = \"s3cret-s3cret-s3cret\"\nhash_key = \"s3cret-s3cret-s3cret\"\n",
            "hash_key = [\"s3cret-s3cret-s3cret\"\n",
            "[hash_key = \"s3cret-s3cret-s3cret\"]\n",
            "hash_key = \"s3cret-s3cret-s3cret\\q\"\n",
        ] {
            let e = err(bad);
            assert!(e.starts_with("policy.toml: invalid policy: line "), "{e}");
            assert!(!e.contains("s3cret"), "{e}");
        }
        assert!(err("restricted_countries = []\nhash_key = \"s3cret\n")
            .starts_with("policy.toml: invalid policy: line 2, column"));
    }

    #[test]
    fn a_byte_order_mark_is_accepted() {
        let p = parse("\u{feff}restricted_countries = [\"IR\"]\n").unwrap();
        assert_eq!(p.restricted_countries, ["IR"]);
    }
}
