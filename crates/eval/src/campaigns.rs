//! Campaign-level quality of the scan: how much of each campaign lands in one cluster, how
//! pure that cluster is, how long after the campaign began it was caught, and whether a
//! successor campaign was linked to its predecessor.

use std::collections::{BTreeMap, HashMap};

use dg_model::{AccountFinding, ClusterFinding, Timestamp, TruthRecord};
use serde::{Deserialize, Serialize};

use crate::predictions::by_account;
use crate::stats::{median, ratio};
use crate::successors::{evaluate_successors, CampaignTruth, SuccessorReport};
use crate::{CampaignStarts, LOW_AND_SLOW};

/// Least `cluster_coverage` of a campaign that counts as clustered.
pub const CLUSTERED_COVERAGE: f64 = 0.9;
/// Least `cluster_purity` of a campaign that counts as clustered.
pub const CLUSTERED_PURITY: f64 = 0.95;

/// One campaign of the ground truth.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CampaignRow {
    pub campaign: String,
    /// The truth group of its accounts (of the first one, should they disagree).
    pub group: String,
    pub accounts: u64,
    pub flagged: u64,
    /// `flagged / accounts`.
    pub recall: f64,
    /// The cluster holding most of the campaign's accounts (ties: smallest id).
    pub largest_cluster: Option<String>,
    /// Share of the campaign's accounts in `largest_cluster`; unclustered accounts count
    /// against it. `None` for a campaign of one account: clusters have two or more members,
    /// so a lone account is never "covered" and 0 would read as a miss.
    pub cluster_coverage: Option<f64>,
    /// Share of `largest_cluster`'s members (by `cluster_id` in `accounts.jsonl`) that
    /// belong to this campaign; `None` without a cluster, and for a campaign of one account.
    pub cluster_purity: Option<f64>,
    /// First event of the campaign, when known.
    pub start: Option<Timestamp>,
    /// Earliest `first_flagged_at` of its accounts minus `start`, in hours; `None` when no
    /// account was ever flagged or the start is unknown.
    pub first_detection_delay_hours: Option<f64>,
    /// Median over its flagged accounts of `first_flagged_at − start`, in hours.
    pub median_account_delay_hours: Option<f64>,
}

/// All campaigns, by id.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct CampaignReport {
    pub campaigns: Vec<CampaignRow>,
    /// Campaigns with at least one account flagged at the end of the scan.
    pub detected: u64,
    /// Median over campaigns of `first_detection_delay_hours` (campaigns with one).
    pub median_first_detection_delay_hours: Option<f64>,
    /// Campaigns of two or more accounts, `low_and_slow` excluded: the ones a scan is
    /// expected to cluster (low-and-slow accounts share no identity on purpose).
    pub multi_account: u64,
    /// Of `multi_account`, those with coverage ≥ [`CLUSTERED_COVERAGE`] and purity ≥
    /// [`CLUSTERED_PURITY`].
    pub clustered: u64,
    /// Successor campaigns of the truth and the scan's `successor_of` links.
    pub successors: SuccessorReport,
}

fn hours(ms: i64) -> f64 {
    ms as f64 / Timestamp::HOUR as f64
}

/// Per-campaign coverage, purity, recall and delays of `findings`, and the successor links
/// of `clusters` (`clusters.jsonl`, `None` when absent) against `campaign_truth`
/// (`campaigns.jsonl`, `None` when absent).
pub(crate) fn evaluate_campaigns(
    truth: &[TruthRecord],
    findings: &[AccountFinding],
    clusters: Option<&[ClusterFinding]>,
    campaign_truth: Option<&[CampaignTruth]>,
    starts: &CampaignStarts,
) -> CampaignReport {
    let index = by_account(findings);
    let campaign_of: HashMap<&str, &str> = truth
        .iter()
        .filter_map(|t| Some((t.account_id.as_str(), t.campaign.as_deref()?)))
        .collect();
    // Cluster members as `accounts.jsonl` states them, first line per account only.
    let mut members: HashMap<&str, Vec<&str>> = HashMap::new();
    for (account, f) in &index {
        if let Some(c) = f.cluster_id.as_deref() {
            members.entry(c).or_default().push(account);
        }
    }
    let mut by_campaign: BTreeMap<&str, (&str, Vec<&str>)> = BTreeMap::new();
    for t in truth {
        if let Some(c) = t.campaign.as_deref() {
            by_campaign
                .entry(c)
                .or_insert_with(|| (&t.group, Vec::new()))
                .1
                .push(&t.account_id);
        }
    }

    let rows: Vec<CampaignRow> = by_campaign
        .into_iter()
        .map(|(campaign, (group, accounts))| {
            let found: Vec<&AccountFinding> = accounts
                .iter()
                .filter_map(|a| index.get(a).copied())
                .collect();
            let flagged: Vec<&AccountFinding> = found
                .iter()
                .copied()
                .filter(|f| f.decision.is_flagged())
                .collect();

            let mut cluster_sizes: BTreeMap<&str, u64> = BTreeMap::new();
            for f in &found {
                if let Some(c) = f.cluster_id.as_deref() {
                    *cluster_sizes.entry(c).or_default() += 1;
                }
            }
            // Largest count; on a tie the smallest id (BTreeMap order, first max kept).
            let largest = cluster_sizes
                .iter()
                .fold(None, |best: Option<(&str, u64)>, (&c, &n)| match best {
                    Some((_, m)) if m >= n => best,
                    _ => Some((c, n)),
                });
            // One account cannot make up a cluster of two or more on its own, so coverage
            // and purity say nothing about it (see `cluster_coverage`).
            let single = accounts.len() < 2;
            let purity = largest.filter(|_| !single).map(|(c, _)| {
                let m = &members[c];
                let ours = m
                    .iter()
                    .filter(|a| campaign_of.get(*a) == Some(&campaign))
                    .count();
                ratio(ours as u64, m.len() as u64)
            });

            let start = starts.campaign(campaign);
            let delay =
                |f: &&AccountFinding| Some(hours(f.first_flagged_at?.millis() - start?.millis()));
            // The campaign was first caught when any account first left `allow`, even one
            // whose final decision went back to `allow`.
            let first_delay = found.iter().filter_map(delay).reduce(f64::min);
            let flagged_delays: Vec<f64> = flagged.iter().filter_map(delay).collect();
            CampaignRow {
                campaign: campaign.to_owned(),
                group: group.to_owned(),
                accounts: accounts.len() as u64,
                flagged: flagged.len() as u64,
                recall: ratio(flagged.len() as u64, accounts.len() as u64),
                largest_cluster: largest.map(|(c, _)| c.to_owned()),
                cluster_coverage: (!single)
                    .then(|| ratio(largest.map_or(0, |(_, n)| n), accounts.len() as u64)),
                cluster_purity: purity,
                start,
                first_detection_delay_hours: first_delay,
                median_account_delay_hours: median(&flagged_delays),
            }
        })
        .collect();

    let first_delays: Vec<f64> = rows
        .iter()
        .filter_map(|r| r.first_detection_delay_hours)
        .collect();
    let clusterable: Vec<&CampaignRow> = rows
        .iter()
        .filter(|r| r.cluster_coverage.is_some() && r.group != LOW_AND_SLOW)
        .collect();
    let clustered = clusterable
        .iter()
        .filter(|r| {
            r.cluster_coverage.is_some_and(|c| c >= CLUSTERED_COVERAGE)
                && r.cluster_purity.is_some_and(|p| p >= CLUSTERED_PURITY)
        })
        .count() as u64;
    let largest: HashMap<&str, &str> = rows
        .iter()
        .filter_map(|r| Some((r.campaign.as_str(), r.largest_cluster.as_deref()?)))
        .collect();
    let successors =
        evaluate_successors(campaign_truth, &largest, &members, &campaign_of, clusters);
    CampaignReport {
        detected: rows.iter().filter(|r| r.flagged > 0).count() as u64,
        median_first_detection_delay_hours: median(&first_delays),
        multi_account: clusterable.len() as u64,
        clustered,
        successors,
        campaigns: rows,
    }
}
