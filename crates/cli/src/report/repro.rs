//! How to reproduce a scan: its command line, and fingerprints of the files it read.

use std::io::Read;
use std::path::Path;

use dg_model::Policy;
use sha2::{Digest, Sha256};

use crate::cmd::scan::Inputs;

/// One input file: its role, path as given, size and (for the small inputs) SHA-256.
#[derive(Debug, Clone)]
pub struct InputFile {
    /// `events`, `accounts`, `policy`, ...
    pub role: &'static str,
    /// As given on the command line.
    pub path: String,
    /// Size, or `None` when it cannot be read.
    pub bytes: Option<u64>,
    /// Hex SHA-256 of the bytes; `None` for event files (size only) or unreadable files.
    pub sha256: Option<String>,
}

/// What a reader needs to run the same scan again.
#[derive(Debug, Clone)]
pub struct Repro {
    /// `distillguard scan ...` with the same inputs and options.
    pub command: String,
    /// Every input file, events first.
    pub files: Vec<InputFile>,
    /// SHA-256 of the compiled-in weights when no `--weights` was given.
    pub default_weights_sha256: Option<String>,
    /// The policy's review, throttle and block thresholds (the policy's secret is never kept).
    pub thresholds: (f64, f64, f64),
    /// Restricted countries of the policy.
    pub restricted_countries: Vec<String>,
    /// Id of the key that hashed personal values (`unkeyed`: the demo key).
    pub hash_key_id: String,
    /// Whether the policy set a key of its own.
    pub hash_key_set: bool,
    /// Longest accepted line.
    pub max_line_bytes: usize,
    /// How far out of order events may arrive.
    pub reorder_window_ms: i64,
    /// Re-link period in minutes of event time.
    pub relink_minutes: u32,
    /// distillguard's version.
    pub version: &'static str,
}

impl Repro {
    /// Describes the scan of `inputs` into `out`. Event files are listed with their size
    /// only: hashing them would read every event twice. The policy is hashed whole: the hash
    /// of a file holding `hash_key` reveals no more about the key than the keyed values in
    /// `clusters.jsonl` already do.
    pub fn new(inputs: &Inputs, out: &Path, policy: &Policy, strict: bool) -> Self {
        let mut files = Vec::new();
        for p in &inputs.events {
            files.push(InputFile {
                role: "events",
                path: p.display().to_string(),
                bytes: std::fs::metadata(p).ok().map(|m| m.len()),
                sha256: None,
            });
        }
        let side = [
            ("accounts", &inputs.accounts),
            ("ip ranges", &inputs.ip_ranges),
            ("releases", &inputs.releases),
            ("policy", &inputs.policy),
            ("weights", &inputs.weights),
            ("known indicators", &inputs.known_indicators),
            ("import config", &inputs.import_config),
        ];
        for (role, p) in side {
            if let Some(p) = p {
                files.push(InputFile {
                    role,
                    path: p.display().to_string(),
                    bytes: std::fs::metadata(p).ok().map(|m| m.len()),
                    sha256: sha256_file(p),
                });
            }
        }
        let mut cmd = vec!["distillguard".to_string(), "scan".into(), "--events".into()];
        cmd.extend(
            inputs
                .events
                .iter()
                .map(|p| shell_word(&p.display().to_string())),
        );
        let flags = [
            ("--accounts", &inputs.accounts),
            ("--ip-ranges", &inputs.ip_ranges),
            ("--releases", &inputs.releases),
            ("--policy", &inputs.policy),
            ("--weights", &inputs.weights),
            ("--known-indicators", &inputs.known_indicators),
            ("--import-config", &inputs.import_config),
        ];
        for (flag, p) in flags {
            if let Some(p) = p {
                cmd.push(flag.into());
                cmd.push(shell_word(&p.display().to_string()));
            }
        }
        if inputs.format != dg_ingest::FormatChoice::default() {
            cmd.push(format!("--format {}", inputs.format.name()));
        }
        if inputs.relink_minutes != 180 {
            cmd.push(format!("--relink-minutes {}", inputs.relink_minutes));
        }
        let share = &inputs.share;
        if share.tlp != dg_intel::Tlp::default() {
            cmd.push(format!("--tlp {}", share.tlp.code()));
        }
        if share.producer != crate::cmd::share::Share::default().producer {
            cmd.push(format!("--producer {}", shell_word(&share.producer)));
        }
        if let Some(k) = &share.key {
            // The key's id only: the key itself never reaches the page.
            cmd.push(format!("--sharing-key-id {}", shell_word(&k.key_id)));
        }
        if strict {
            cmd.push("--strict".into());
        }
        cmd.push("--out".into());
        cmd.push(shell_word(&out.display().to_string()));
        let t = &policy.thresholds;
        Self {
            command: cmd.join(" "),
            files,
            default_weights_sha256: inputs.weights.is_none().then(|| {
                hex(&Sha256::digest(
                    dg_detect::score::DEFAULT_WEIGHTS.as_bytes(),
                ))
            }),
            thresholds: (t.review, t.throttle, t.block),
            restricted_countries: policy.restricted_countries.clone(),
            // The scan's own choice without a key (dg-detect's demo key and its id).
            hash_key_id: if policy.hash_key.is_empty() {
                "unkeyed".to_string()
            } else {
                policy.hash_key_id.clone()
            },
            hash_key_set: !policy.hash_key.is_empty(),
            max_line_bytes: policy.max_line_bytes,
            reorder_window_ms: policy.reorder_window_ms,
            relink_minutes: inputs.relink_minutes,
            version: env!("CARGO_PKG_VERSION"),
        }
    }
}

/// SHA-256 of a file's bytes in hex, or `None` if it cannot be read.
fn sha256_file(p: &Path) -> Option<String> {
    let mut f = std::fs::File::open(p).ok()?;
    let mut h = Sha256::new();
    let mut buf = vec![0u8; 64 * 1024];
    loop {
        let n = f.read(&mut buf).ok()?;
        if n == 0 {
            break;
        }
        h.update(&buf[..n]);
    }
    Some(hex(&h.finalize()))
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// `s` as one POSIX shell word: unchanged when it holds only safe characters, else quoted.
fn shell_word(s: &str) -> String {
    let safe = |c: char| c.is_ascii_alphanumeric() || "-_./=:,+@%".contains(c);
    if !s.is_empty() && s.chars().all(safe) {
        s.to_string()
    } else {
        format!("'{}'", s.replace('\'', "'\\''"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hashes_side_inputs_and_quotes_odd_paths() {
        let dir = tempfile::tempdir().expect("tempdir");
        let policy = dir.path().join("policy.toml");
        std::fs::write(&policy, "abc").expect("write");
        let inputs = Inputs {
            events: vec![dir.path().join("my events.jsonl")],
            policy: Some(policy),
            relink_minutes: 180,
            ..Inputs::default()
        };
        let r = Repro::new(&inputs, Path::new("out"), &Policy::default(), true);
        assert!(r.command.contains("--events '"), "{}", r.command);
        assert!(r.command.ends_with("--strict --out out"), "{}", r.command);
        let p = r
            .files
            .iter()
            .find(|f| f.role == "policy")
            .expect("policy listed");
        assert_eq!(
            p.sha256.as_deref(),
            Some("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        );
        assert_eq!(r.files[0].bytes, None, "a missing events file has no size");
        assert!(r.default_weights_sha256.is_some());
        assert_eq!(shell_word("it's"), "'it'\\''s'");
    }
}
