//! The volume baseline: what an operator with a billing dashboard and no detector would do.
//!
//! Rule: flag an account whose requests per active day are above the 95th percentile of
//! all accounts. Per active day rather than in total, so that a long-lived steady customer
//! is not flagged for its age; a percentile rather than a fixed number, so the rule needs
//! no tuning per data set. Score: the share of accounts at or below this one's volume, so
//! the volume ranking gets an average precision as well.

use super::{findings, AccountAggregates, Baseline, FLAG_SHARE};

/// Flags the top requests-per-active-day accounts; see the module doc.
pub fn volume_baseline(aggs: &AccountAggregates) -> Baseline {
    let volumes: Vec<f64> = aggs
        .iter()
        .map(|(_, a)| a.requests_per_active_day())
        .collect();
    let mut sorted = volumes.clone();
    sorted.sort_by(f64::total_cmp);
    let n = sorted.len().max(1) as f64;
    // Empirical CDF: accounts with volume ≤ v, as a share.
    let scores: Vec<f64> = volumes
        .iter()
        .map(|v| sorted.partition_point(|s| s <= v) as f64 / n)
        .collect();
    Baseline {
        name: "volume".into(),
        rule: format!(
            "requests per active day above the {:.0}th percentile",
            (1.0 - FLAG_SHARE) * 100.0
        ),
        accounts: findings(aggs, &volumes, &scores),
    }
}
