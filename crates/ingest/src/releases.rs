//! `releases.csv`: when each model became available.
//!
//! Header `model,released_at`; the time is RFC 3339 or integer epoch milliseconds (in a CSV
//! both are text). Bad rows become [`Rejected`] records. The result is sorted by release time,
//! then model, so it does not depend on row order.

use std::path::Path;

use dg_model::{Rejected, Release, Timestamp};

use crate::csvfile::{field, read_rows};
use crate::error::Result;
use crate::events::{required, MAX_MODEL_BYTES};
use crate::text::quote;

/// The contract's header, in order.
pub const HEADER: [&str; 2] = ["model", "released_at"];

/// Reads `releases.csv` (gzip allowed); bad rows go to `sink`.
pub fn read_releases(path: &Path, mut sink: impl FnMut(Rejected)) -> Result<Vec<Release>> {
    let mut out = Vec::new();
    read_rows(path, &HEADER, &mut sink, |rec, cols| {
        out.push(parse_row(rec, cols)?);
        Ok(())
    })?;
    out.sort_by(|a, b| (a.released_at, &a.model).cmp(&(b.released_at, &b.model)));
    Ok(out)
}

/// Parses one row.
fn parse_row(rec: &csv::ByteRecord, cols: &[usize]) -> Result<Release, String> {
    let model = field(rec, cols, 0, "model")?;
    required("model", model, MAX_MODEL_BYTES)?;
    let released_at = parse_time(field(rec, cols, 1, "released_at")?)
        .map_err(|e| format!("invalid released_at: {e}"))?;
    Ok(Release {
        model: model.to_string(),
        released_at,
    })
}

/// A timestamp given as text: all digits means epoch milliseconds, anything else RFC 3339.
pub fn parse_time(s: &str) -> Result<Timestamp, String> {
    let parsed = if !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit()) {
        s.parse::<i64>()
            .map_err(|_| dg_model::time::TimeError::OutOfRange)
            .and_then(Timestamp::from_millis)
    } else {
        Timestamp::parse_rfc3339(s)
    };
    parsed.map_err(|e| format!("{} ({e})", quote(s)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_contract_example_and_both_time_forms() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("releases.csv");
        let example = std::fs::read_to_string(
            Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/releases.csv"),
        )
        .unwrap();
        std::fs::write(
            &p,
            format!("{example}helios-0,1700000000000\n\"helios-x\",soon\n,2026-01-01T00:00:00Z\n"),
        )
        .unwrap();
        let mut rejected = Vec::new();
        let r = read_releases(&p, |x| rejected.push(x)).unwrap();
        let got: Vec<(&str, String)> = r
            .iter()
            .map(|r| (r.model.as_str(), r.released_at.to_rfc3339()))
            .collect();
        assert_eq!(
            got,
            [
                ("helios-0", "2023-11-14T22:13:20.000Z".to_string()),
                ("helios-1", "2025-10-01T00:00:00.000Z".to_string()),
                ("helios-2", "2026-02-05T16:00:00.000Z".to_string()),
            ]
        );
        let errs: Vec<(u64, &str)> = rejected
            .iter()
            .map(|r| (r.line, r.error.as_str()))
            .collect();
        assert_eq!(
            errs,
            [
                (
                    5,
                    r#"invalid released_at: "soon" (invalid RFC 3339 timestamp)"#
                ),
                (6, "empty model"),
            ]
        );
    }
}
