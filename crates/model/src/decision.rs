//! What the provider should do about an account or cluster.

use serde::{Deserialize, Serialize};

/// Decisions in increasing severity.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, Default,
)]
#[serde(rename_all = "snake_case")]
pub enum Decision {
    #[default]
    Allow,
    Review,
    Throttle,
    Block,
}

impl Decision {
    /// The contract's spelling.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Allow => "allow",
            Self::Review => "review",
            Self::Throttle => "throttle",
            Self::Block => "block",
        }
    }

    /// Anything but `allow` counts as flagged.
    pub fn is_flagged(self) -> bool {
        self != Self::Allow
    }
}
