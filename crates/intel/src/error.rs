//! What can go wrong reading a partner's bundle or configuring an export.

/// Errors of `dg-intel`.
#[derive(Debug, thiserror::Error)]
pub enum IntelError {
    /// The bundle is larger than the import accepts.
    #[error("bundle of {size} bytes exceeds the {cap}-byte cap")]
    TooLarge { size: usize, cap: usize },
    /// The bundle holds more objects than the import accepts.
    #[error("bundle holds {count} objects, more than the cap of {cap}")]
    TooManyObjects { count: usize, cap: usize },
    /// Not JSON at all.
    #[error("not JSON: {0}")]
    Json(#[from] serde_json::Error),
    /// JSON, but not a STIX 2.1 bundle.
    #[error("not a STIX 2.1 bundle: {0}")]
    NotABundle(String),
    /// An unknown TLP level.
    #[error("unknown TLP level {0:?} (expected clear, green, amber, amber+strict or red)")]
    Tlp(String),
    /// A sharing key too short to protect anything.
    #[error("sharing key too short ({0} bytes); use at least 16 random bytes")]
    ShortKey(usize),
    /// A sharing key id outside `A-Z a-z 0-9 . _ -`, 1..64 characters.
    #[error("sharing key id must be 1 to 64 characters of A-Z, a-z, 0-9, '.', '_' or '-'")]
    KeyId,
    /// A TAXII request could not be sent or its answer not read.
    #[error("TAXII: {0}")]
    Http(String),
    /// A TAXII server answered with an unexpected status.
    #[error("TAXII server answered {status}: {message}")]
    Taxii {
        /// The HTTP status.
        status: u16,
        /// The server's error title and description.
        message: String,
    },
}
