//! What `scan --out DIR` writes: account findings, clusters, summary, rejected lines.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::{Decision, Timestamp};

/// One piece of evidence behind a score.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Reason {
    /// Stable machine-readable code (documented in README).
    pub code: String,
    /// Contribution to the score.
    pub weight: f64,
    /// Sentence a person can read and defend.
    pub detail: String,
    /// Up to three `request_id`s of requests that showed the signal (flagged accounts, for
    /// signals a single request can show; absent otherwise).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub evidence: Vec<String>,
}

/// One line of `accounts.jsonl`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AccountFinding {
    pub account_id: String,
    pub score: f64,
    pub decision: Decision,
    /// Event time at which the decision first left `allow`.
    pub first_flagged_at: Option<Timestamp>,
    pub cluster_id: Option<String>,
    /// Strongest first.
    #[serde(default)]
    pub reasons: Vec<Reason>,
    /// What reproduces the score by hand (absent in files written before it existed).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub explain: Option<Explanation>,
}

/// How an account's score comes about: `score = sigmoid(logit)`, `logit = bias + Σ families`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Explanation {
    /// The model's bias (log-odds with no evidence at all).
    pub bias: f64,
    /// `bias` plus every family's contribution.
    pub logit: f64,
    /// Log-odds per family of evidence (content, behaviour, network, entry, model,
    /// coordination, farm), families with nothing left out.
    pub families: BTreeMap<String, f64>,
    /// Least contribution for a family to count towards the two-family rule.
    pub min_family_logit: f64,
    /// Families that counted (farm counts twice: it already needs two facets to agree); a
    /// decision other than `allow` needs two.
    pub counted: Vec<String>,
    /// Every signal of the account's own with a strength above 0: strength in [0, 1] and
    /// weight; the contribution is their product.
    pub signals: Vec<SignalTerm>,
}

/// One signal's strength and weight.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SignalTerm {
    pub code: String,
    pub strength: f64,
    pub weight: f64,
}

/// One piece of shared evidence in a cluster.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ClusterLink {
    pub kind: String,
    /// Keyed hash for personal data, never raw.
    pub value: String,
    pub accounts: u64,
}

/// One line of `clusters.jsonl`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ClusterFinding {
    pub cluster_id: String,
    pub accounts: Vec<String>,
    pub score: f64,
    pub decision: Decision,
    pub links: Vec<ClusterLink>,
    /// Share of the cluster's traffic per capability class.
    pub capabilities: BTreeMap<String, f64>,
    pub first_seen: Timestamp,
    pub last_seen: Timestamp,
    pub requests: u64,
}

/// `summary.json`; `lines_read = events_accepted + events_rejected + duplicates`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Summary {
    pub contract_version: u32,
    pub lines_read: u64,
    pub events_accepted: u64,
    pub events_rejected: u64,
    pub duplicates: u64,
    pub accounts: u64,
    pub accounts_flagged: u64,
    pub clusters: u64,
    pub clusters_flagged: u64,
    pub elapsed_ms: u64,
}

impl Summary {
    /// The contract invariant on line accounting.
    pub fn invariant_holds(&self) -> bool {
        // Summaries are read back from disk (eval): counts may be hostile, so no overflow.
        self.events_accepted
            .checked_add(self.events_rejected)
            .and_then(|x| x.checked_add(self.duplicates))
            == Some(self.lines_read)
    }
}

/// One line of `rejected.jsonl`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Rejected {
    pub file: String,
    pub line: u64,
    pub error: String,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn invariant_on_hostile_counts_is_false_not_a_panic() {
        let mut s = Summary {
            contract_version: 1,
            lines_read: 10,
            events_accepted: 7,
            events_rejected: 2,
            duplicates: 1,
            accounts: 0,
            accounts_flagged: 0,
            clusters: 0,
            clusters_flagged: 0,
            elapsed_ms: 0,
        };
        assert!(s.invariant_holds());
        s.events_accepted = u64::MAX;
        assert!(!s.invariant_holds());
    }
}
