//! What is evaluated: a scan's output directory and the start of each campaign.

use std::collections::{BTreeMap, HashMap};

use dg_model::{AccountFinding, ClusterFinding, Summary, Timestamp, TruthRecord};

/// The contents of a `scan --out` directory that evaluation reads.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Predictions {
    /// `accounts.jsonl`, in file order.
    pub accounts: Vec<AccountFinding>,
    /// `clusters.jsonl`; `None` when the file is absent (not the same as empty).
    pub clusters: Option<Vec<ClusterFinding>>,
    /// `summary.json`, when present.
    pub summary: Option<Summary>,
}

/// When each campaign began (its first event), for detection delays.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CampaignStarts {
    campaigns: BTreeMap<String, Timestamp>,
    /// Each account's first event, when known; tells a missing account that never made a
    /// request (nothing to report) from one the scan dropped.
    account_first_seen: Option<BTreeMap<String, Timestamp>>,
}

impl CampaignStarts {
    /// Starts given directly, campaign → first event time.
    pub fn from_campaigns(campaigns: BTreeMap<String, Timestamp>) -> Self {
        Self {
            campaigns,
            account_first_seen: None,
        }
    }

    /// Starts derived from each account's first event: a campaign starts at the earliest
    /// first event of its accounts in `truth`.
    pub fn from_account_first_seen(
        truth: &[TruthRecord],
        first_seen: BTreeMap<String, Timestamp>,
    ) -> Self {
        let mut campaigns: BTreeMap<String, Timestamp> = BTreeMap::new();
        for t in truth {
            let (Some(c), Some(&ts)) = (&t.campaign, first_seen.get(&t.account_id)) else {
                continue;
            };
            campaigns
                .entry(c.clone())
                .and_modify(|s| *s = (*s).min(ts))
                .or_insert(ts);
        }
        Self {
            campaigns,
            account_first_seen: Some(first_seen),
        }
    }

    /// When `campaign` began, if known.
    pub fn campaign(&self, campaign: &str) -> Option<Timestamp> {
        self.campaigns.get(campaign).copied()
    }

    /// Each account's first event, if the starts were derived from them.
    pub fn account_first_seen(&self) -> Option<&BTreeMap<String, Timestamp>> {
        self.account_first_seen.as_ref()
    }
}

/// Findings by account id; on a duplicated id the first line wins (duplicates are
/// reported by the integrity checks, not silently merged).
pub(crate) fn by_account(findings: &[AccountFinding]) -> HashMap<&str, &AccountFinding> {
    let mut map = HashMap::with_capacity(findings.len());
    for f in findings {
        map.entry(f.account_id.as_str()).or_insert(f);
    }
    map
}
