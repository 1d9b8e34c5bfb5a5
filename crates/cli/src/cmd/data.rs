//! Where a simulated (or exported) data set keeps each contract file.

use std::path::{Path, PathBuf};

/// The contract files of a data directory; optional ones are `None` when absent.
#[derive(Debug, Clone)]
pub struct DataDir {
    pub events: Vec<PathBuf>,
    pub accounts: Option<PathBuf>,
    pub ip_ranges: Option<PathBuf>,
    pub releases: Option<PathBuf>,
    pub policy: Option<PathBuf>,
    pub truth: Option<PathBuf>,
}

fn existing(dir: &Path, names: &[&str]) -> Option<PathBuf> {
    names.iter().map(|n| dir.join(n)).find(|p| p.is_file())
}

impl DataDir {
    /// Finds the files of `dir`; events may be plain or gzip.
    pub fn find(dir: &Path) -> anyhow::Result<Self> {
        let events: Vec<PathBuf> = existing(dir, &["events.jsonl", "events.jsonl.gz"])
            .into_iter()
            .collect();
        anyhow::ensure!(
            !events.is_empty(),
            "{} has no events.jsonl or events.jsonl.gz",
            dir.display()
        );
        Ok(Self {
            events,
            accounts: existing(dir, &["accounts.jsonl", "accounts.jsonl.gz"]),
            ip_ranges: existing(dir, &["ip_ranges.csv"]),
            releases: existing(dir, &["releases.csv"]),
            policy: existing(dir, &["policy.toml"]),
            truth: existing(dir, &["truth.jsonl", "truth.jsonl.gz"]),
        })
    }
}
