//! Operator policy (`policy.toml`): restricted regions and decision thresholds.

use serde::{Deserialize, Serialize};

use crate::Decision;

/// Score thresholds at which each decision starts.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Thresholds {
    pub review: f64,
    pub throttle: f64,
    pub block: f64,
}

impl Default for Thresholds {
    fn default() -> Self {
        Self {
            review: 0.5,
            throttle: 0.7,
            block: 0.85,
        }
    }
}

impl Thresholds {
    /// Maps a score to a decision.
    pub fn decide(&self, score: f64) -> Decision {
        if score >= self.block {
            Decision::Block
        } else if score >= self.throttle {
            Decision::Throttle
        } else if score >= self.review {
            Decision::Review
        } else {
            Decision::Allow
        }
    }
}

/// The whole policy; every field has a built-in default.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Policy {
    /// ISO codes where the service is not offered.
    pub restricted_countries: Vec<String>,
    pub thresholds: Thresholds,
    /// Largest accepted input line in bytes; longer lines are rejected, not truncated.
    pub max_line_bytes: usize,
    /// How far out of order events may arrive and still be processed in time order (ms).
    pub reorder_window_ms: i64,
    /// Key id and secret for hashing personal values in shared outputs.
    pub hash_key_id: String,
    pub hash_key: String,
}

impl Default for Policy {
    fn default() -> Self {
        Self {
            restricted_countries: Vec::new(),
            thresholds: Thresholds::default(),
            max_line_bytes: 1 << 20,
            reorder_window_ms: 10 * 60_000,
            hash_key_id: "default".into(),
            hash_key: String::new(),
        }
    }
}

impl Policy {
    /// Is this ISO country restricted?
    pub fn is_restricted(&self, country: &str) -> bool {
        !country.is_empty()
            && self
                .restricted_countries
                .iter()
                .any(|c| c.eq_ignore_ascii_case(country))
    }
}
