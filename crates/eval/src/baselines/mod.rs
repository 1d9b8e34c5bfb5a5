//! Naive detectors scored on the same data as the scan, so its numbers have a floor to be
//! compared with. Each turns [`AccountAggregates`] into ordinary [`AccountFinding`]s that
//! go through the same metric code as the scan's.
//!
//! Both flag the same budget, the top [`FLAG_SHARE`] of accounts, so they differ only in
//! what they rank by: one by volume alone, one by how unusual the whole usage profile is.

mod aggregates;
mod iforest;
mod sketch;
mod volume;

use dg_model::{AccountFinding, Decision};
use serde::{Deserialize, Serialize};

pub use aggregates::{AccountAggregate, AccountAggregates, FEATURES, FEATURE_NAMES};
pub use iforest::{ForestConfig, IsolationForest};
pub use sketch::DistinctSketch;
pub use volume::volume_baseline;

/// Share of accounts a baseline flags: a review queue of 5% of the customer base.
pub const FLAG_SHARE: f64 = 0.05;

/// One baseline's verdicts, in the output contract's shape.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Baseline {
    /// Short name used as a column heading.
    pub name: String,
    /// The rule in words.
    pub rule: String,
    /// One finding per account seen, sorted by account id; flagged ones are `review`.
    pub accounts: Vec<AccountFinding>,
}

/// Every baseline, in report order.
pub fn all(aggs: &AccountAggregates) -> Vec<Baseline> {
    vec![
        volume_baseline(aggs),
        iforest_baseline(aggs, &ForestConfig::default()),
    ]
}

/// Isolation forest over [`AccountAggregate::features`], flagging the top [`FLAG_SHARE`]
/// by anomaly score; the score is the forest's.
pub fn iforest_baseline(aggs: &AccountAggregates, config: &ForestConfig) -> Baseline {
    let rows: Vec<[f64; FEATURES]> = aggs.iter().map(|(_, a)| a.features()).collect();
    let forest = IsolationForest::fit(&rows, config);
    let scores: Vec<f64> = rows.iter().map(|r| forest.score(r)).collect();
    Baseline {
        name: "iforest".into(),
        rule: format!(
            "top {:.0}% by isolation-forest score over {FEATURES} usage aggregates \
             ({} trees, {} rows each, seed {:#x})",
            FLAG_SHARE * 100.0,
            config.trees,
            config.subsample,
            config.seed
        ),
        accounts: findings(aggs, &scores, &scores),
    }
}

/// The value above which a value is in the top `share`: the nearest-rank `1 − share`
/// quantile. Values equal to it are not above it, so at most `share` of them are.
pub fn top_share_threshold(values: &[f64], share: f64) -> f64 {
    if values.is_empty() {
        return f64::INFINITY;
    }
    let mut sorted = values.to_vec();
    sorted.sort_by(f64::total_cmp);
    let rank = ((1.0 - share) * sorted.len() as f64).ceil() as usize;
    sorted[rank.clamp(1, sorted.len()) - 1]
}

/// Findings in account-id order: flagged (`review`) when `rank_by` is above the top-share
/// threshold, with `scores` as the score.
fn findings(aggs: &AccountAggregates, rank_by: &[f64], scores: &[f64]) -> Vec<AccountFinding> {
    let threshold = top_share_threshold(rank_by, FLAG_SHARE);
    aggs.iter()
        .zip(rank_by.iter().zip(scores))
        .map(|((account, _), (&v, &score))| AccountFinding {
            account_id: account.to_owned(),
            score,
            decision: if v > threshold {
                Decision::Review
            } else {
                Decision::Allow
            },
            first_flagged_at: None,
            cluster_id: None,
            reasons: Vec::new(),
            explain: None,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_threshold_leaves_at_most_the_share_above_it() {
        let values: Vec<f64> = (1..=100).map(f64::from).collect();
        let t = top_share_threshold(&values, 0.05);
        assert_eq!(t, 95.0);
        assert_eq!(values.iter().filter(|&&v| v > t).count(), 5);
        // All equal: nobody stands out, nobody is flagged.
        let flat = [3.0; 50];
        assert!(!flat.iter().any(|&v| v > top_share_threshold(&flat, 0.05)));
        assert_eq!(top_share_threshold(&[], 0.05), f64::INFINITY);
    }
}
