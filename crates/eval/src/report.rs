//! The evaluation report and the one function that builds it.

use std::collections::HashSet;

use dg_model::{Label, TruthRecord};
use serde::{Deserialize, Serialize};

use crate::accounts::{evaluate_method, MethodReport};
use crate::baselines::Baseline;
use crate::campaigns::{evaluate_campaigns, CampaignReport};
use crate::integrity::{check, Integrity};
use crate::{CampaignStarts, CampaignTruth, Predictions};

/// Name of the scan's method in [`EvalReport::methods`].
pub const SCAN: &str = "scan";

/// Detection quality of a scan (and baselines) against ground truth; serialisable as JSON
/// with no NaN anywhere (undefined account-level ratios are 0 with a note; a campaign's
/// undefined coverage or purity and unknown times are null).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EvalReport {
    /// Distinct accounts in the truth file.
    pub truth_accounts: u64,
    pub attack_accounts: u64,
    pub benign_accounts: u64,
    /// The scan first, then each baseline in the order given.
    pub methods: Vec<MethodReport>,
    /// The scan's clusters and detection delays per campaign.
    pub campaigns: CampaignReport,
    /// Contract checks on the scan's output.
    pub integrity: Integrity,
    /// Caveats about the inputs; per-method caveats are in each [`MethodReport`].
    pub notes: Vec<String>,
}

impl EvalReport {
    /// The scan's account-level report (always the first method of a report built by
    /// [`evaluate`]; panics on a hand-made report without methods).
    pub fn scan(&self) -> &MethodReport {
        &self.methods[0]
    }

    /// A method's report by name.
    pub fn method(&self, name: &str) -> Option<&MethodReport> {
        self.methods.iter().find(|m| m.method == name)
    }
}

/// Scores `preds` (and each baseline) against `truth`, and the scan's successor links
/// against `campaigns` (`campaigns.jsonl`; `None` when absent). An account in `truth` with
/// no line in the predictions counts as `allow` with score 0; a prediction for an account
/// the truth does not know is ignored by the metrics and counted by the checks.
pub fn evaluate(
    truth: &[TruthRecord],
    campaigns: Option<&[CampaignTruth]>,
    preds: &Predictions,
    starts: &CampaignStarts,
    baselines: &[Baseline],
) -> EvalReport {
    let mut notes = Vec::new();
    let mut seen = HashSet::new();
    let unique: Vec<TruthRecord> = truth
        .iter()
        .filter(|t| seen.insert(t.account_id.as_str()))
        .cloned()
        .collect();
    if unique.len() < truth.len() {
        notes.push(format!(
            "truth: {} repeated account lines ignored (first line kept)",
            truth.len() - unique.len()
        ));
    }
    let truth = unique;

    let mut methods = vec![evaluate_method(
        SCAN,
        "decision is not allow in accounts.jsonl",
        &truth,
        &preds.accounts,
    )];
    methods.extend(
        baselines
            .iter()
            .map(|b| evaluate_method(&b.name, &b.rule, &truth, &b.accounts)),
    );
    let attack = truth.iter().filter(|t| t.label == Label::Attack).count() as u64;
    EvalReport {
        truth_accounts: truth.len() as u64,
        attack_accounts: attack,
        benign_accounts: truth.len() as u64 - attack,
        campaigns: evaluate_campaigns(
            &truth,
            &preds.accounts,
            preds.clusters.as_deref(),
            campaigns,
            starts,
        ),
        integrity: check(&truth, preds, starts),
        methods,
        notes,
    }
}
