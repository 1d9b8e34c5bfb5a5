//! File input: `truth.jsonl` and a `scan --out` directory, plain or gzip-compressed.
//!
//! The only module of the crate that touches the file system; everything else is pure.

use std::fs::File;
use std::io::{BufRead, BufReader, Read};
use std::path::{Path, PathBuf};

use dg_model::TruthRecord;
use flate2::read::MultiGzDecoder;
use serde::de::DeserializeOwned;

use crate::{CampaignTruth, EvalError, Predictions};

/// Reads the simulator's ground truth, one [`TruthRecord`] per line.
pub fn load_truth(path: &Path) -> Result<Vec<TruthRecord>, EvalError> {
    read_jsonl(path)
}

/// Reads the simulator's extra truth about campaigns (`campaigns.jsonl`), one
/// [`CampaignTruth`] per line.
pub fn load_campaigns(path: &Path) -> Result<Vec<CampaignTruth>, EvalError> {
    read_jsonl(path)
}

/// Reads a `scan --out` directory: `accounts.jsonl` is required, `clusters.jsonl` and
/// `summary.json` are optional. Each `.jsonl` may also be present as `.jsonl.gz`.
pub fn load_predictions(dir: &Path) -> Result<Predictions, EvalError> {
    let accounts_path =
        existing_jsonl(dir, "accounts").unwrap_or_else(|| dir.join("accounts.jsonl"));
    let accounts = read_jsonl(&accounts_path)?;
    let clusters = match existing_jsonl(dir, "clusters") {
        Some(path) => Some(read_jsonl(&path)?),
        None => None,
    };
    let summary_path = dir.join("summary.json");
    let summary = if summary_path.is_file() {
        let text = read_to_string(&summary_path)?;
        let summary = serde_json::from_str(&text).map_err(|source| EvalError::Parse {
            path: summary_path.clone(),
            line: 0,
            source,
        })?;
        Some(summary)
    } else {
        None
    };
    Ok(Predictions {
        accounts,
        clusters,
        summary,
    })
}

/// `DIR/NAME.jsonl`, else `DIR/NAME.jsonl.gz`, if either exists.
fn existing_jsonl(dir: &Path, name: &str) -> Option<PathBuf> {
    [format!("{name}.jsonl"), format!("{name}.jsonl.gz")]
        .into_iter()
        .map(|f| dir.join(f))
        .find(|p| p.is_file())
}

fn open(path: &Path) -> Result<Box<dyn Read>, EvalError> {
    let file = File::open(path).map_err(|source| EvalError::Io {
        path: path.to_owned(),
        source,
    })?;
    if path.extension().is_some_and(|e| e == "gz") {
        Ok(Box::new(MultiGzDecoder::new(file)))
    } else {
        Ok(Box::new(file))
    }
}

fn read_to_string(path: &Path) -> Result<String, EvalError> {
    let mut text = String::new();
    open(path)?
        .read_to_string(&mut text)
        .map_err(|source| EvalError::Io {
            path: path.to_owned(),
            source,
        })?;
    Ok(text)
}

/// One `T` per non-blank line; the first bad line is an error naming its number.
fn read_jsonl<T: DeserializeOwned>(path: &Path) -> Result<Vec<T>, EvalError> {
    let reader = BufReader::new(open(path)?);
    let mut out = Vec::new();
    for (i, line) in reader.lines().enumerate() {
        let line = line.map_err(|source| EvalError::Io {
            path: path.to_owned(),
            source,
        })?;
        if line.trim().is_empty() {
            continue;
        }
        let value = serde_json::from_str(&line).map_err(|source| EvalError::Parse {
            path: path.to_owned(),
            line: i as u64 + 1,
            source,
        })?;
        out.push(value);
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use std::io::Write;

    use dg_model::{Decision, Label};
    use flate2::write::GzEncoder;
    use flate2::Compression;

    use super::*;

    #[test]
    fn a_scan_directory_reads_with_optional_files_absent() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(
            dir.path().join("accounts.jsonl"),
            concat!(
                r#"{"account_id":"a","score":0.9,"decision":"block","first_flagged_at":"2026-02-02T09:15:00.000Z","cluster_id":"c1","reasons":[]}"#,
                "\n\n",
                r#"{"account_id":"b","score":0.1,"decision":"allow","first_flagged_at":null,"cluster_id":null,"reasons":[],"extra":1}"#,
                "\n"
            ),
        )
        .unwrap();
        let preds = load_predictions(dir.path()).unwrap();
        assert_eq!(preds.accounts.len(), 2);
        assert_eq!(preds.accounts[0].decision, Decision::Block);
        assert!(preds.clusters.is_none());
        assert!(preds.summary.is_none());
    }

    #[test]
    fn gzip_truth_reads_like_plain_truth() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("truth.jsonl.gz");
        let mut gz = GzEncoder::new(File::create(&path).unwrap(), Compression::fast());
        writeln!(
            gz,
            r#"{{"account_id":"a","label":"attack","group":"low_and_slow","campaign":"c1"}}"#
        )
        .unwrap();
        gz.finish().unwrap();
        let truth = load_truth(&path).unwrap();
        assert_eq!(truth.len(), 1);
        assert_eq!(truth[0].label, Label::Attack);
        assert_eq!(truth[0].campaign.as_deref(), Some("c1"));
    }

    #[test]
    fn a_bad_line_is_reported_with_its_number() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("truth.jsonl");
        std::fs::write(
            &path,
            "{\"account_id\":\"a\",\"label\":\"benign\",\"group\":\"individual\",\"campaign\":null}\n{oops\n",
        )
        .unwrap();
        match load_truth(&path) {
            Err(EvalError::Parse { line, .. }) => assert_eq!(line, 2),
            other => panic!("expected a parse error, got {other:?}"),
        }
    }

    #[test]
    fn a_missing_accounts_file_is_an_io_error() {
        let dir = tempfile::tempdir().unwrap();
        assert!(matches!(
            load_predictions(dir.path()),
            Err(EvalError::Io { .. })
        ));
    }
}
