//! What a long-running caller (`distillguard serve`) reads of a scan in progress, so that it
//! can publish decisions without holding the scanner: which account an event is for, every
//! account's current finding, and when the latest re-link ran.
//!
//! Between two re-links an account's finding changes only when one of its own events is
//! folded (its cluster, cohort, wave and segment evidence are set by the re-link), and a re-link
//! changes only the findings of accounts with such outside evidence before or after it. So a
//! caller that re-reads the accounts it folded, and after a re-link those that had or have
//! outside evidence, holds what [`Scanner::current_finding`] would answer for every account.
//! Evidence a re-link sets for an account must be named in
//! [`has_outside_evidence`](Scanner::has_outside_evidence), or such a caller goes stale.
//! A re-link may also evict idle accounts (see `evict.rs`): when
//! [`evicted`](Scanner::evicted) moves, the caller drops the accounts the scanner no longer
//! [`holds`](Scanner::holds).

use dg_model::{AccountFinding, ClusterFinding, Timestamp};

use super::{Detached, Scanner};

impl Detached {
    /// The account the event is for.
    pub fn account_id(&self) -> &str {
        self.view().account_id
    }
}

impl Scanner {
    /// The event time of the latest periodic re-link (`None` before the first): when it
    /// changes, any account's finding may have changed.
    pub fn last_relink(&self) -> Option<Timestamp> {
        self.last_relink
    }

    /// Whether the account's finding draws on what a re-link sets: its cluster, the throwaway
    /// cohort's verdict (and crowded addresses), a harvester wave or a network segment; `false` if never seen.
    pub fn has_outside_evidence(&self, account_id: &str) -> bool {
        self.ids.find(account_id).is_some_and(|i| self.outside(i))
    }

    /// The accounts for which [`has_outside_evidence`](Self::has_outside_evidence) holds.
    pub fn with_outside_evidence(&self) -> impl Iterator<Item = &str> + '_ {
        (0..self.ids.len())
            .filter(|&i| self.outside(i))
            .map(|i| self.ids.get(i))
    }

    fn outside(&self, i: usize) -> bool {
        self.inherited[i].is_some()
            || self.cohort_logit(i) > 0.0
            || self.waves.contains_key(&(i as u32))
            || self.segment_logit(i) > 0.0
    }

    /// Every account's current finding, in first-seen order, as
    /// [`current_finding`](Self::current_finding) gives each.
    pub fn current_findings(&self) -> impl Iterator<Item = AccountFinding> + '_ {
        (0..self.ids.len()).map(|i| self.finding(i))
    }

    /// The clusters of the latest periodic re-link as `clusters.jsonl` would state them now
    /// (members' current scores, no final re-link), sorted by score descending then id; only
    /// clustered accounts are scored.
    pub fn current_clusters(&self) -> Vec<ClusterFinding> {
        let mut scores = vec![0.0; self.ids.len()];
        for sc in &self.clusters {
            for &m in &sc.cluster.members {
                scores[m as usize] = self.verdict(m as usize).1;
            }
        }
        self.cluster_findings(&scores)
    }
}
