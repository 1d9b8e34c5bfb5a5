//! Successor links: whether the scan marked a campaign that took over another's workload
//! (`successor_of` in `campaigns.jsonl`) as the successor of the right cluster, and how many
//! of its `successor_of` links join clusters whose campaigns are not related at all.

use std::collections::{BTreeMap, HashMap, HashSet};

use dg_model::ClusterFinding;
use serde::{Deserialize, Serialize};

/// Kind of the cluster link that names the predecessor's `cluster_id` (README, link kinds).
pub const SUCCESSOR_LINK: &str = "successor_of";

/// One line of `campaigns.jsonl`, the simulator's extra truth about a campaign; only the
/// fields evaluation uses are read (the activity window and pivot time are ignored).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CampaignTruth {
    pub campaign: String,
    /// The campaign whose workload this one took over (a standby pool after a ban).
    #[serde(default)]
    pub successor_of: Option<String>,
}

/// What the scan said about one true successor campaign.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum LinkStatus {
    /// The successor's cluster names the predecessor's cluster in `successor_of`.
    Linked,
    /// The successor's cluster has no `successor_of`, or there is no cluster to carry one.
    NotLinked,
    /// The successor's cluster names some other cluster.
    WrongCluster,
    /// `clusters.jsonl` is absent, so the links cannot be read.
    Unknown,
}

impl LinkStatus {
    /// Words for tables.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Linked => "linked",
            Self::NotLinked => "not linked",
            Self::WrongCluster => "linked to wrong cluster",
            Self::Unknown => "unknown",
        }
    }
}

/// One campaign of the truth that is the successor of another.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SuccessorRow {
    /// The successor campaign.
    pub campaign: String,
    /// The campaign it took over from.
    pub successor_of: String,
    /// The cluster holding most of the successor's accounts.
    pub cluster: Option<String>,
    /// The cluster holding most of the predecessor's accounts.
    pub predecessor_cluster: Option<String>,
    /// The `successor_of` values `cluster` carries in `clusters.jsonl`.
    pub linked_to: Vec<String>,
    pub status: LinkStatus,
}

/// Successor links of the scan against the truth's successor campaigns.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct SuccessorReport {
    /// One row per campaign of `campaigns.jsonl` with a `successor_of`, by campaign id.
    pub successors: Vec<SuccessorRow>,
    /// `successor_of` links in `clusters.jsonl`; `None` when the file is absent.
    pub links: Option<u64>,
    /// Of `links`, those whose two clusters' campaigns (the campaign holding most of each
    /// cluster's members, benign accounts counting as "no campaign") are neither one
    /// campaign (its own turnover) nor a successor and its predecessor in the truth; `None`
    /// when `clusters.jsonl` or `campaigns.jsonl` is absent.
    pub false_links: Option<u64>,
    /// False when no `campaigns.jsonl` was given: no successor is known and no link judged.
    pub truth_given: bool,
}

/// Each cluster's `successor_of` values, in link order.
fn successor_links(clusters: &[ClusterFinding]) -> BTreeMap<&str, Vec<&str>> {
    clusters
        .iter()
        .map(|c| {
            let targets = c
                .links
                .iter()
                .filter(|l| l.kind == SUCCESSOR_LINK)
                .map(|l| l.value.as_str())
                .collect();
            (c.cluster_id.as_str(), targets)
        })
        .collect()
}

/// The campaign holding most of `members`, `None` when benign accounts (or accounts the
/// truth does not know) outnumber every campaign. Ties go to a campaign over "none", then
/// to the smallest id, so the answer does not depend on member order.
fn dominant_campaign<'a>(
    members: &[&'a str],
    campaign_of: &HashMap<&'a str, &'a str>,
) -> Option<&'a str> {
    let mut counts: BTreeMap<Option<&str>, u64> = BTreeMap::new();
    for m in members {
        *counts.entry(campaign_of.get(m).copied()).or_default() += 1;
    }
    // Most members first, then a campaign over "none", then the smaller id.
    counts
        .into_iter()
        .max_by(|(a, n), (b, m)| {
            n.cmp(m)
                .then_with(|| a.is_some().cmp(&b.is_some()))
                .then_with(|| b.cmp(a))
        })
        .and_then(|(c, _)| c)
}

/// Judges the scan's successor links against `truth` (`campaigns.jsonl`, `None` when
/// absent). `largest` maps each campaign to the cluster holding
/// most of its accounts, `members` each cluster to its accounts (both by `cluster_id` in
/// `accounts.jsonl`, as coverage and purity use them), `campaign_of` each account to its
/// campaign; `clusters` is `clusters.jsonl`, `None` when absent.
pub(crate) fn evaluate_successors<'a>(
    truth: Option<&[CampaignTruth]>,
    largest: &HashMap<&str, &str>,
    members: &HashMap<&'a str, Vec<&'a str>>,
    campaign_of: &HashMap<&'a str, &'a str>,
    clusters: Option<&[ClusterFinding]>,
) -> SuccessorReport {
    let links = clusters.map(successor_links);
    let mut pairs: HashSet<(&str, &str)> = HashSet::new();
    let mut successors: Vec<SuccessorRow> = Vec::new();
    for t in truth.unwrap_or_default() {
        let Some(pred) = t.successor_of.as_deref() else {
            continue;
        };
        pairs.insert((t.campaign.as_str(), pred));
        let cluster = largest.get(t.campaign.as_str()).copied();
        let predecessor_cluster = largest.get(pred).copied();
        let linked_to: Vec<&str> = match (&links, cluster) {
            (Some(l), Some(c)) => l.get(c).cloned().unwrap_or_default(),
            _ => Vec::new(),
        };
        let status = if links.is_none() {
            LinkStatus::Unknown
        } else if linked_to.is_empty() {
            LinkStatus::NotLinked
        } else if predecessor_cluster.is_some_and(|p| linked_to.contains(&p)) {
            LinkStatus::Linked
        } else {
            LinkStatus::WrongCluster
        };
        successors.push(SuccessorRow {
            campaign: t.campaign.clone(),
            successor_of: pred.to_owned(),
            cluster: cluster.map(str::to_owned),
            predecessor_cluster: predecessor_cluster.map(str::to_owned),
            linked_to: linked_to.iter().map(|s| s.to_string()).collect(),
            status,
        });
    }
    successors.sort_by(|a, b| a.campaign.cmp(&b.campaign));

    let campaign_of_cluster = |c: &str| {
        members
            .get(c)
            .and_then(|m| dominant_campaign(m, campaign_of))
    };
    let (total, false_links) = match &links {
        None => (None, None),
        Some(links) => {
            let mut total = 0u64;
            let mut wrong = 0u64;
            for (&from, targets) in links {
                for &to in targets {
                    total += 1;
                    // A campaign's own turnover (replacement accounts succeeding its
                    // earlier ones, in another cluster) is a true succession too.
                    let related = match (campaign_of_cluster(from), campaign_of_cluster(to)) {
                        (Some(s), Some(p)) => s == p || pairs.contains(&(s, p)),
                        _ => false,
                    };
                    if !related {
                        wrong += 1;
                    }
                }
            }
            // Without the truth's successor pairs no link can be judged.
            (Some(total), truth.is_some().then_some(wrong))
        }
    };
    SuccessorReport {
        successors,
        links: total,
        false_links,
        truth_given: truth.is_some(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_dominant_campaign_prefers_campaigns_on_ties_then_small_ids() {
        let campaign_of: HashMap<&str, &str> =
            HashMap::from([("a", "camp_b"), ("b", "camp_a"), ("c", "camp_b")]);
        assert_eq!(
            dominant_campaign(&["a", "b", "c"], &campaign_of),
            Some("camp_b")
        );
        assert_eq!(dominant_campaign(&["a", "b"], &campaign_of), Some("camp_a"));
        // One benign account against one of camp_b: the campaign wins the tie.
        assert_eq!(dominant_campaign(&["a", "x"], &campaign_of), Some("camp_b"));
        assert_eq!(dominant_campaign(&["a", "x", "y"], &campaign_of), None);
        assert_eq!(dominant_campaign(&[], &campaign_of), None);
    }
}
