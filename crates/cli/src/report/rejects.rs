//! What the scan rejected, tallied for the report: counts per file and kind of error, and
//! a few examples located by file and line, never with the line's text.

use std::collections::BTreeMap;

use dg_model::Rejected;

/// Distinct (file, kind) groups kept; further ones are counted together.
const MAX_GROUPS: usize = 64;
/// Examples kept in all, and per group.
const MAX_EXAMPLES: usize = 12;
const EXAMPLES_PER_GROUP: u64 = 2;

/// One rejected line, located but without its content.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Example {
    /// The path as given on the command line.
    pub file: String,
    /// Physical line number, 1-based.
    pub line: u64,
    /// [`error_kind`] of the error text.
    pub kind: String,
}

/// Rejected lines of one scan, bounded in memory whatever the input.
#[derive(Debug, Default)]
pub struct RejectStats {
    /// (file, kind, side input?) → lines.
    groups: BTreeMap<(String, String, bool), u64>,
    /// Lines whose group did not fit in [`MAX_GROUPS`].
    other: u64,
    examples: Vec<Example>,
}

impl RejectStats {
    /// Counts one rejected line; `side` marks the accounts, ranges and releases inputs.
    pub fn record(&mut self, r: &Rejected, side: bool) {
        let kind = error_kind(&r.error);
        let key = (r.file.clone(), kind, side);
        let full = self.groups.len() >= MAX_GROUPS;
        let n = match self.groups.get_mut(&key) {
            Some(n) => {
                *n += 1;
                *n
            }
            None if !full => {
                self.groups.insert(key.clone(), 1);
                1
            }
            None => {
                self.other += 1;
                return;
            }
        };
        if n <= EXAMPLES_PER_GROUP && self.examples.len() < MAX_EXAMPLES {
            self.examples.push(Example {
                file: key.0,
                line: r.line,
                kind: key.1,
            });
        }
    }

    /// (file, kind, side input?, lines), most lines first.
    pub fn groups(&self) -> Vec<(&str, &str, bool, u64)> {
        let mut g: Vec<_> = self
            .groups
            .iter()
            .map(|((f, k, s), n)| (f.as_str(), k.as_str(), *s, *n))
            .collect();
        g.sort_by(|a, b| b.3.cmp(&a.3).then(a.0.cmp(b.0)).then(a.1.cmp(b.1)));
        g
    }

    /// Lines in groups beyond the kept ones.
    pub fn other(&self) -> u64 {
        self.other
    }

    /// A few rejected lines, in the order met.
    pub fn examples(&self) -> &[Example] {
        &self.examples
    }

    /// All rejected lines counted.
    pub fn total(&self) -> u64 {
        self.groups.values().sum::<u64>() + self.other
    }
}

/// The kind of an error text, without what it quotes of the input: the text before its first
/// `:` or quote, with numbers as `N` (`invalid ts: "x" (…)` → `invalid ts`, `account_id of
/// 300 bytes exceeds the 256-byte cap` → `account_id of N bytes exceeds the N-byte cap`).
pub fn error_kind(error: &str) -> String {
    let head = error.split([':', '"']).next().unwrap_or_default().trim();
    let mut out = String::with_capacity(head.len());
    let mut in_number = false;
    for c in head.chars() {
        if c.is_ascii_digit() || (in_number && c == ',') {
            if !in_number {
                out.push('N');
                in_number = true;
            }
        } else {
            in_number = false;
            out.push(c);
        }
    }
    let out: String = out.chars().take(80).collect();
    if out.is_empty() {
        "(unspecified)".to_string()
    } else {
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rej(file: &str, line: u64, error: &str) -> Rejected {
        Rejected {
            file: file.into(),
            line,
            error: error.into(),
        }
    }

    #[test]
    fn kinds_drop_what_the_error_quotes() {
        assert_eq!(
            error_kind("invalid ts: \"yesterday\" (invalid RFC 3339 timestamp)"),
            "invalid ts"
        );
        assert_eq!(
            error_kind("line of 2,400,000 bytes exceeds the 1,048,576-byte cap"),
            "line of N bytes exceeds the N-byte cap"
        );
        assert_eq!(error_kind("missing field `ip`"), "missing field `ip`");
        assert_eq!(
            error_kind("invalid tools[0]: invalid type"),
            "invalid tools[N]"
        );
        assert_eq!(error_kind("\"<script>\""), "(unspecified)");
    }

    #[test]
    fn counts_per_file_and_kind_with_bounded_examples() {
        let mut s = RejectStats::default();
        for line in 1..=5 {
            s.record(&rej("a.jsonl", line, "not a JSON object"), false);
        }
        s.record(
            &rej("acc.jsonl", 9, "invalid billing_country: \"Russia\""),
            true,
        );
        assert_eq!(s.total(), 6);
        assert_eq!(
            s.groups(),
            vec![
                ("a.jsonl", "not a JSON object", false, 5),
                ("acc.jsonl", "invalid billing_country", true, 1)
            ]
        );
        let lines: Vec<u64> = s.examples().iter().map(|e| e.line).collect();
        assert_eq!(lines, [1, 2, 9], "two examples per group");
        for i in 0..200 {
            s.record(&rej(&format!("f{i}"), 1, "x"), false);
        }
        assert_eq!(s.groups().len(), MAX_GROUPS);
        assert_eq!(s.total(), 206);
        assert!(s.other() > 0);
        assert!(s.examples().len() <= MAX_EXAMPLES);
    }
}
