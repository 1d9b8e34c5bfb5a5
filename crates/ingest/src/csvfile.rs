//! Reading the contract's CSV inputs: columns found by header name, one result per row with
//! its line number, bad rows to a [`Rejected`] sink, gzip recognised by magic bytes.

use std::io::Read;
use std::path::{Path, PathBuf};

use dg_model::Rejected;

use crate::error::{Error, Result};
use crate::lines::open_input;
use crate::text::sanitize;

/// A CSV reader with the settings every input CSV shares.
pub(crate) fn csv_reader<R: Read>(input: R, has_headers: bool) -> csv::Reader<R> {
    csv::ReaderBuilder::new()
        .has_headers(has_headers)
        // Row length is checked per row, so one short row is a rejection, not a failed file.
        .flexible(true)
        .trim(csv::Trim::All)
        .from_reader(input)
}

/// Reads `path` with header `wanted` (by name, any order, extra columns ignored), calling
/// `row` with each record and the wanted columns' indices; `Err` rows go to `sink`.
pub(crate) fn read_rows(
    path: &Path,
    wanted: &[&str],
    sink: &mut dyn FnMut(Rejected),
    mut row: impl FnMut(&csv::ByteRecord, &[usize]) -> Result<(), String>,
) -> Result<()> {
    let name = path.display().to_string();
    let mut csv = csv_reader(open_input(path)?, true);
    let cols = header_columns(path, &mut csv, wanted)?;
    let mut rec = csv::ByteRecord::new();
    loop {
        match csv.read_byte_record(&mut rec) {
            Ok(false) => return Ok(()),
            Ok(true) => {
                if let Err(error) = row(&rec, &cols) {
                    let line = rec.position().map_or(0, csv::Position::line);
                    sink(Rejected {
                        file: name.clone(),
                        line,
                        error,
                    });
                }
            }
            Err(e) => {
                let line = e.position().map_or(0, csv::Position::line);
                // An I/O error (a corrupt gzip stream) would repeat forever: stop the file.
                let fatal = matches!(e.kind(), csv::ErrorKind::Io(_));
                let error = if fatal {
                    format!(
                        "{}{}; rest of file skipped",
                        crate::lines::READ_ERROR_PREFIX,
                        sanitize(&e.to_string())
                    )
                } else {
                    sanitize(&e.to_string())
                };
                sink(Rejected {
                    file: name.clone(),
                    line,
                    error,
                });
                if fatal {
                    return Ok(());
                }
            }
        }
    }
}

/// Indices of the `wanted` columns in the header, found by name (extra columns are ignored).
fn header_columns<R: Read>(
    path: &Path,
    csv: &mut csv::Reader<R>,
    wanted: &[&str],
) -> Result<Vec<usize>> {
    let header = csv.byte_headers().map_err(|source| Error::Csv {
        path: PathBuf::from(path),
        source,
    })?;
    let names: Vec<String> = header
        .iter()
        .map(|h| {
            // A byte-order mark before the first name is common in files saved by spreadsheets.
            String::from_utf8_lossy(h)
                .trim_start_matches('\u{feff}')
                .trim()
                .to_ascii_lowercase()
        })
        .collect();
    wanted
        .iter()
        .map(|w| {
            names
                .iter()
                .position(|n| n == w)
                .ok_or_else(|| Error::Header {
                    path: PathBuf::from(path),
                    message: format!(
                        "header has no `{w}` column (expected `{}`)",
                        wanted.join(",")
                    ),
                })
        })
        .collect()
}

/// Field `i` of the wanted columns as text.
pub(crate) fn field<'r>(
    rec: &'r csv::ByteRecord,
    cols: &[usize],
    i: usize,
    name: &str,
) -> Result<&'r str, String> {
    let raw = cols
        .get(i)
        .and_then(|&c| rec.get(c))
        .ok_or_else(|| format!("row has {} fields, missing `{name}`", rec.len()))?;
    std::str::from_utf8(raw)
        .map_err(|e| format!("invalid UTF-8 in `{name}` at byte {}", e.valid_up_to() + 1))
}
