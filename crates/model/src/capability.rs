//! The contract's capability classes of a request.

use serde::{Deserialize, Serialize};

/// What a request asks the model to do; exactly the contract's classes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Capability {
    Reasoning,
    Coding,
    Agentic,
    Vision,
    Grading,
    Rewrite,
    DataGeneration,
    Chat,
}

impl Capability {
    /// All classes, in contract order.
    pub const ALL: [Capability; 8] = [
        Self::Reasoning,
        Self::Coding,
        Self::Agentic,
        Self::Vision,
        Self::Grading,
        Self::Rewrite,
        Self::DataGeneration,
        Self::Chat,
    ];

    /// The contract's spelling.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Reasoning => "reasoning",
            Self::Coding => "coding",
            Self::Agentic => "agentic",
            Self::Vision => "vision",
            Self::Grading => "grading",
            Self::Rewrite => "rewrite",
            Self::DataGeneration => "data_generation",
            Self::Chat => "chat",
        }
    }

    /// Index into per-class arrays.
    pub fn index(self) -> usize {
        self as usize
    }
}
