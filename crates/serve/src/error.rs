//! Errors of the service.

/// Why the service cannot start or a store operation failed.
#[derive(Debug, thiserror::Error)]
pub enum ServeError {
    /// A bad option or side input.
    #[error("{0}")]
    Config(String),
    /// A side input could not be read.
    #[error(transparent)]
    Ingest(#[from] dg_ingest::Error),
    /// The store failed.
    #[error("store: {0}")]
    Store(#[from] sqlx::Error),
    /// A stored line no longer parses (the store was edited, or the validation changed).
    #[error("stored {what} #{seq} no longer validates: {error}")]
    Replay {
        /// `event` or `account record`.
        what: &'static str,
        /// Its position in the log (1-based).
        seq: u64,
        /// The validation error.
        error: String,
    },
    /// Binding or serving the listener failed.
    #[error("listener: {0}")]
    Io(#[from] std::io::Error),
    /// A snapshot could not be written.
    #[error("snapshot: {0}")]
    Snapshot(String),
    /// A background task panicked or was cancelled.
    #[error("background task failed: {0}")]
    Task(String),
}

impl From<crate::work::Failed> for ServeError {
    fn from(_: crate::work::Failed) -> Self {
        ServeError::Task("a work thread panicked".into())
    }
}

impl From<tokio::task::JoinError> for ServeError {
    fn from(e: tokio::task::JoinError) -> Self {
        ServeError::Task(e.to_string())
    }
}
