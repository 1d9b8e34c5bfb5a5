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
//!
//! A caller that decides per event (a gateway hook folding each request as it passes) uses
//! [`observe_decided`](Scanner::observe_decided) instead: the account's decision after the
//! event and whether folding it changed that decision, without a finding's reasons.

use dg_model::{AccountFinding, ClusterFinding, Decision, Event, IpRange, Timestamp};

use super::{Detached, Scanner};
use crate::score::round3;

/// What folding one event left its account at (see [`Scanner::observe_decided`]).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct EventDecision {
    /// The account's decision after the event, as [`Scanner::current_finding`] states it.
    pub decision: Decision,
    /// The account's score after the event, rounded as in its finding.
    pub score: f64,
    /// Whether `decision` differs from the account's decision just before the event was folded
    /// (an account never seen was `allow`). A re-link the event ran counts: it may move the
    /// account's cluster, cohort, wave or segment evidence.
    pub changed: bool,
}

impl Detached {
    /// The account the event is for.
    pub fn account_id(&self) -> &str {
        self.view().account_id
    }
}

impl Scanner {
    /// Folds one event as [`observe`](Self::observe) does and answers what it left the
    /// account at: its decision and score, and whether the fold changed the decision. Two
    /// verdicts per call (before and after) and no reasons: cheaper than reading the finding.
    pub fn observe_decided(&mut self, ev: &Event, range: Option<&IpRange>) -> EventDecision {
        let before = self.decision_of(&ev.account_id);
        self.observe(ev, range);
        self.decided(&ev.account_id, before)
    }

    /// [`observe_decided`](Self::observe_decided) for an event made by
    /// [`detach`](Self::detach).
    pub fn observe_detached_decided(
        &mut self,
        ev: &Detached,
        range: Option<&IpRange>,
    ) -> EventDecision {
        let before = self.decision_of(ev.account_id());
        self.observe_detached(ev, range);
        self.decided(ev.account_id(), before)
    }

    /// The account's current decision (`allow` if never seen).
    fn decision_of(&self, account_id: &str) -> Decision {
        self.ids
            .find(account_id)
            .map_or(Decision::Allow, |i| self.verdict(i).0)
    }

    fn decided(&self, account_id: &str, before: Decision) -> EventDecision {
        let (decision, score) = self
            .ids
            .find(account_id)
            .map_or((Decision::Allow, 0.0), |i| self.verdict(i));
        EventDecision {
            decision,
            score: round3(score),
            changed: decision != before,
        }
    }

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
        self.slots[i].inherited.is_some()
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
