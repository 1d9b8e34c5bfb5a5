//! Model release times (`releases.csv`).

use serde::{Deserialize, Serialize};

use crate::Timestamp;

/// A model and when it became available.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Release {
    pub model: String,
    pub released_at: Timestamp,
}
