//! Ground truth written by the simulator (`truth.jsonl`).

use serde::{Deserialize, Serialize};

/// Whether an account takes part in a distillation campaign.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Label {
    Attack,
    Benign,
}

/// One account's truth: its label, population group and campaign (attacks only).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TruthRecord {
    pub account_id: String,
    pub label: Label,
    pub group: String,
    pub campaign: Option<String>,
    /// A benign group that looks like an attack on purpose (scored among the hard benign groups).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hard: Option<bool>,
}
