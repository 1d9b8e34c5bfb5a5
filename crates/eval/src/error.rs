//! The one error type of the crate: reading truth and prediction files.

use std::path::PathBuf;

/// Why an input file could not be used.
#[derive(Debug, thiserror::Error)]
pub enum EvalError {
    /// The file could not be opened or read.
    #[error("cannot read {path}: {source}")]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    /// A line (or the whole file, `line` 0) is not the JSON the contract describes.
    #[error("{path}:{line}: {source}")]
    Parse {
        path: PathBuf,
        line: u64,
        #[source]
        source: serde_json::Error,
    },
}
