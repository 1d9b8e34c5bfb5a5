//! Reading `accounts.jsonl(.gz)` into a map from account id to a validated [`Account`].
//!
//! Same line rules as the events reader (size cap, gzip by magic bytes, blank lines skipped,
//! bad lines reported as [`Rejected`] records with file and line). When an account id appears
//! on several lines the last one wins, as an export that appends updates expects; replacements
//! are counted.

use std::collections::BTreeMap;
use std::path::PathBuf;

use dg_model::{Account, Rejected};

use crate::error::Result;
use crate::events::{optional, required, too_long_message, MAX_ID_BYTES};
use crate::json::parse_line;
use crate::lines::{LineItem, LineReader};

/// Longest e-mail domain (DNS names are at most 253 bytes).
pub const MAX_DOMAIN_BYTES: usize = 253;

/// What reading the accounts files found.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct AccountStats {
    /// Non-blank lines read.
    pub lines_read: u64,
    /// Lines that became (or replaced) an account.
    pub accepted: u64,
    /// Lines reported as rejected.
    pub rejected: u64,
    /// Accepted lines whose account id had been seen before (the later line won).
    pub replaced: u64,
}

/// The accounts by id (sorted, so iteration order is deterministic) and the reading counts.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Accounts {
    /// Account id → account.
    pub by_id: BTreeMap<String, Account>,
    /// What was read.
    pub stats: AccountStats,
}

impl Accounts {
    /// The account with this id, if listed.
    pub fn get(&self, account_id: &str) -> Option<&Account> {
        self.by_id.get(account_id)
    }
}

/// Reads accounts from `paths` in order; bad lines go to `sink`, unreadable files are errors.
pub fn read_accounts<P: Into<PathBuf>>(
    paths: impl IntoIterator<Item = P>,
    max_line_bytes: usize,
    mut sink: impl FnMut(Rejected),
) -> Result<Accounts> {
    let mut reader = LineReader::new(paths, max_line_bytes);
    let names = std::sync::Arc::clone(reader.names());
    let mut out = Accounts::default();
    while let Some((pos, item)) = reader.next_line()? {
        out.stats.lines_read += 1;
        let parsed = match item {
            LineItem::Line(bytes) => parse_account(bytes),
            LineItem::TooLong { len } => Err(too_long_message(len, max_line_bytes)),
            LineItem::ReadError(msg) => Err(msg),
        };
        match parsed {
            Ok(account) => {
                out.stats.accepted += 1;
                if out
                    .by_id
                    .insert(account.account_id.clone(), account)
                    .is_some()
                {
                    out.stats.replaced += 1;
                }
            }
            Err(error) => {
                out.stats.rejected += 1;
                sink(Rejected {
                    file: names.get(pos.file).cloned().unwrap_or_default(),
                    line: pos.line,
                    error,
                });
            }
        }
    }
    Ok(out)
}

/// Parses and validates one `accounts.jsonl` line.
///
/// `billing_country` is upper-cased; an empty one counts as absent.
pub fn parse_account(line: &[u8]) -> Result<Account, String> {
    let mut a: Account = parse_line(line)?;
    required("account_id", &a.account_id, MAX_ID_BYTES)?;
    optional("org_id", a.org_id.as_deref(), MAX_ID_BYTES)?;
    optional("email_domain", a.email_domain.as_deref(), MAX_DOMAIN_BYTES)?;
    optional(
        "email_local_shape",
        a.email_local_shape.as_deref(),
        MAX_ID_BYTES,
    )?;
    optional(
        "payment_fingerprint",
        a.payment_fingerprint.as_deref(),
        MAX_ID_BYTES,
    )?;
    a.billing_country = match a.billing_country.take() {
        None => None,
        Some(c) if c.is_empty() => None,
        Some(c) => Some(country_code(&c).ok_or_else(|| {
            format!(
                "invalid billing_country: {} (expected ISO 3166-1 alpha-2)",
                crate::text::quote(&c)
            )
        })?),
    };
    Ok(a)
}

/// A two-letter country code, upper-cased; `None` if `s` is not two ASCII letters.
pub(crate) fn country_code(s: &str) -> Option<String> {
    (s.len() == 2 && s.bytes().all(|b| b.is_ascii_alphabetic())).then(|| s.to_ascii_uppercase())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_contract_example_reads_whole() {
        let path =
            std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/accounts.jsonl");
        let mut rejected = Vec::new();
        let accounts = read_accounts([path], 1 << 20, |r| rejected.push(r)).unwrap();
        assert!(rejected.is_empty(), "{rejected:?}");
        assert_eq!(accounts.by_id.len(), 4);
        let a = accounts.get("acct_w8n3rb").unwrap();
        assert_eq!(a.billing_country.as_deref(), Some("SG"));
        assert_eq!(a.created_at.to_rfc3339(), "2026-01-31T02:12:09.000Z");
    }

    #[test]
    fn bad_lines_are_reported_and_the_last_duplicate_wins() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("accounts.jsonl");
        let body = [
            r#"{"account_id":"a1","created_at":"2026-01-01T00:00:00Z","org_id":"old"}"#,
            r#"{"account_id":"a2"}"#,
            "",
            r#"{"account_id":"a1","created_at":1767225600000,"org_id":"new","billing_country":"gb"}"#,
            r#"{"account_id":"a3","created_at":"2026-01-01T00:00:00Z","billing_country":"Britain"}"#,
            r#"{"account_id":"","created_at":"2026-01-01T00:00:00Z"}"#,
            r#"{"account_id":"a4","created_at":"2026-01-01T00:00:00Z","signup_channel":"galactic"}"#,
        ]
        .join("\n");
        std::fs::write(&path, body).unwrap();
        let mut rejected = Vec::new();
        let accounts = read_accounts([&path], 1 << 20, |r| rejected.push(r)).unwrap();
        let errors: Vec<_> = rejected
            .iter()
            .map(|r| (r.line, r.error.as_str()))
            .collect();
        assert_eq!(
            errors,
            [
                (2, "missing field `created_at`"),
                (
                    5,
                    r#"invalid billing_country: "Britain" (expected ISO 3166-1 alpha-2)"#
                ),
                (6, "empty account_id"),
            ]
        );
        assert_eq!(
            accounts.stats,
            AccountStats {
                lines_read: 6,
                accepted: 3,
                rejected: 3,
                replaced: 1
            }
        );
        let a1 = accounts.get("a1").unwrap();
        assert_eq!(a1.org_id.as_deref(), Some("new"));
        assert_eq!(a1.billing_country.as_deref(), Some("GB"));
        assert!(
            accounts.get("a4").is_some(),
            "unknown signup channels are not an error"
        );
    }
}
