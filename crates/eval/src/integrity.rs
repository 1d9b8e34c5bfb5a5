//! Contract checks on a scan's output: the line-accounting invariant of `summary.json`,
//! one `accounts.jsonl` line per truth account, and agreement with `clusters.jsonl`.

use std::collections::{HashMap, HashSet};

use dg_model::TruthRecord;
use serde::{Deserialize, Serialize};

use crate::{CampaignStarts, Predictions};

/// State of `lines_read = events_accepted + events_rejected + duplicates`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum InvariantStatus {
    Ok,
    Violated,
    /// No `summary.json`.
    Absent,
}

impl InvariantStatus {
    /// Lower-case word for tables.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Ok => "ok",
            Self::Violated => "violated",
            Self::Absent => "absent",
        }
    }
}

/// What the checks found; all counts 0 and the invariant `ok` is a clean output.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Integrity {
    pub summary_invariant: InvariantStatus,
    pub contract_version: Option<u32>,
    pub truth_accounts: u64,
    /// Truth accounts with no line in `accounts.jsonl` (scored as allow, score 0).
    pub missing: u64,
    /// Of `missing`, those that made no request at all, so had nothing to report; `None`
    /// when first-seen times were not given.
    pub missing_without_events: Option<u64>,
    /// Account ids with more than one line (the first line is used).
    pub duplicated: u64,
    /// Account ids in `accounts.jsonl` that the truth does not know.
    pub unknown: u64,
    /// Lines whose decision is not `allow` but whose `first_flagged_at` is null.
    pub flagged_without_time: u64,
    /// Accounts whose `cluster_id` disagrees with the membership in `clusters.jsonl`;
    /// `None` when `clusters.jsonl` is absent.
    pub cluster_mismatches: Option<u64>,
}

impl Integrity {
    /// Every check passed (an absent summary or clusters file is not a failure).
    pub fn is_clean(&self) -> bool {
        self.summary_invariant != InvariantStatus::Violated
            && self.missing == self.missing_without_events.unwrap_or(0)
            && self.duplicated == 0
            && self.unknown == 0
            && self.flagged_without_time == 0
            && self.cluster_mismatches.unwrap_or(0) == 0
    }
}

pub(crate) fn check(
    truth: &[TruthRecord],
    preds: &Predictions,
    starts: &CampaignStarts,
) -> Integrity {
    let mut lines: HashMap<&str, u64> = HashMap::new();
    for f in &preds.accounts {
        *lines.entry(f.account_id.as_str()).or_default() += 1;
    }
    let known: HashSet<&str> = truth.iter().map(|t| t.account_id.as_str()).collect();
    let missing: Vec<&str> = known
        .iter()
        .copied()
        .filter(|a| !lines.contains_key(a))
        .collect();
    let missing_without_events = starts
        .account_first_seen()
        .map(|seen| missing.iter().filter(|a| !seen.contains_key(**a)).count() as u64);

    let cluster_mismatches = preds.clusters.as_ref().map(|clusters| {
        let mut listed: HashMap<&str, &str> = HashMap::new();
        for c in clusters {
            for a in &c.accounts {
                listed.insert(a, &c.cluster_id);
            }
        }
        let index = crate::predictions::by_account(&preds.accounts);
        let stated = index
            .iter()
            .filter(|(a, f)| f.cluster_id.as_deref() != listed.get(*a).copied())
            .count();
        let unlisted = listed.keys().filter(|a| !index.contains_key(*a)).count();
        (stated + unlisted) as u64
    });

    Integrity {
        summary_invariant: match &preds.summary {
            None => InvariantStatus::Absent,
            Some(s) if s.invariant_holds() => InvariantStatus::Ok,
            Some(_) => InvariantStatus::Violated,
        },
        contract_version: preds.summary.as_ref().map(|s| s.contract_version),
        truth_accounts: known.len() as u64,
        missing: missing.len() as u64,
        missing_without_events,
        duplicated: lines.values().filter(|&&n| n > 1).count() as u64,
        unknown: lines.keys().filter(|a| !known.contains(*a)).count() as u64,
        flagged_without_time: preds
            .accounts
            .iter()
            .filter(|f| f.decision.is_flagged() && f.first_flagged_at.is_none())
            .count() as u64,
        cluster_mismatches,
    }
}
