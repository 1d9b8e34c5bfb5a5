//! The crate's one error type: failures that stop a read, as opposed to bad input lines.
//!
//! A malformed line or row is never an `Error`: it becomes a [`dg_model::Rejected`] record and
//! reading goes on. An `Error` means the input as a whole cannot be used (a file that cannot be
//! opened, a header that is not the contract's, a policy that does not parse).

use std::path::PathBuf;

/// Why an input could not be read at all.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// A file could not be opened or read from the start.
    #[error("cannot read {path}: {source}")]
    Io {
        /// The file as the caller named it.
        path: PathBuf,
        /// What the operating system said.
        source: std::io::Error,
    },
    /// Writing an output (the `ipdb import` CSV) failed.
    #[error("cannot write output: {0}")]
    Write(#[source] std::io::Error),
    /// A CSV file's header is not the one the contract or source format defines.
    #[error("{path}: {message}")]
    Header {
        /// The file as the caller named it.
        path: PathBuf,
        /// What is wrong with the header.
        message: String,
    },
    /// A CSV file could not be read as CSV at all (as opposed to one bad row).
    #[error("{path}: {source}")]
    Csv {
        /// The file as the caller named it.
        path: PathBuf,
        /// The csv crate's error.
        source: csv::Error,
    },
    /// `policy.toml` does not parse or holds values that make no sense.
    #[error("{path}: invalid policy: {message}")]
    Policy {
        /// The file as the caller named it.
        path: PathBuf,
        /// The TOML error or the failed check, on one line.
        message: String,
    },
    /// A database file for `ipdb import` is not in the format expected.
    #[error("{path}: {message}")]
    Format {
        /// The file as the caller named it.
        path: PathBuf,
        /// What is wrong.
        message: String,
    },
    /// A background reader or parser thread died (a bug: input problems never panic).
    #[error("ingest worker thread stopped unexpectedly")]
    Worker,
}

/// Shorthand for this crate's results.
pub type Result<T, E = Error> = std::result::Result<T, E>;

impl Error {
    /// Wraps an I/O error with the file it happened on.
    pub(crate) fn io(path: impl Into<PathBuf>, source: std::io::Error) -> Self {
        Self::Io {
            path: path.into(),
            source,
        }
    }
}
