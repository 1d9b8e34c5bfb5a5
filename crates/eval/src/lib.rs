//! distillguard: detection quality measured against ground truth.
//!
//! [`evaluate`] scores a scan's output ([`Predictions`], read by [`load_predictions`])
//! against the simulator's truth ([`load_truth`], and [`load_campaigns`] for successor
//! campaigns), next to naive [`baselines`] computed
//! from the same events, and returns an [`EvalReport`] that serialises to JSON and
//! renders as a plain-text table ([`EvalReport::render_table`]).
//!
//! ```text
//! events ──► baselines::AccountAggregates::observe ──► baselines::all ──┐
//!        └─► AccountAggregates::campaign_starts ───────────────────────┤
//! truth.jsonl, campaigns.jsonl, scan --out DIR ────────────────────────┴─► evaluate ─► EvalReport
//! ```
//!
//! Only `load` touches files; every metric is a pure function of its inputs.

mod accounts;
pub mod baselines;
mod campaigns;
mod error;
mod integrity;
mod load;
mod predictions;
mod report;
mod stats;
mod successors;
mod table;

pub use accounts::{AccountMetrics, GroupRate, MethodReport, Rate};
pub use campaigns::{CampaignReport, CampaignRow, CLUSTERED_COVERAGE, CLUSTERED_PURITY};
pub use error::EvalError;
pub use integrity::{Integrity, InvariantStatus};
pub use load::{load_campaigns, load_predictions, load_truth};
pub use predictions::{CampaignStarts, Predictions};
pub use report::{evaluate, EvalReport, SCAN};
pub use stats::{average_precision, median};
pub use successors::{CampaignTruth, LinkStatus, SuccessorReport, SuccessorRow, SUCCESSOR_LINK};
pub use table::WIDTH;

/// Benign groups whose usage looks most like an attack; their false-positive rate is the
/// one an operator feels (these are paying customers with heavy, automated traffic).
pub const HARD_BENIGN_GROUPS: [&str; 6] = [
    "enterprise",
    "university",
    "eval_company",
    "reseller_legit",
    "coding_power_user",
    "hackathon",
];

/// The attack group that stays under every volume threshold on purpose; the report also
/// gives account-level numbers without it.
pub const LOW_AND_SLOW: &str = "low_and_slow";
