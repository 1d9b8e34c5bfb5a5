//! Counting the throwaway cohort (see [`crate::cohort`]) from the scan's per-account state.

use std::collections::{HashMap, HashSet};
use std::net::IpAddr;

use ahash::RandomState;
use dg_model::{Reason, Timestamp};

use super::{fixed_state, Scanner};
use crate::cohort::{self, CohortFacts, Shape};
use crate::score::round3;

/// Where an account stands for the cohort test.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Standing {
    /// Brief and new, not behind a crowded address: in the cohort.
    Cohort,
    /// Light, outside the cohort and not flagged: the reference for ordinary users.
    Reference,
    /// Neither (heavier, declared org, or no sign-up record).
    Other,
}

impl Scanner {
    fn shape(&self, i: usize) -> Shape {
        let s = &self.slots[i].state;
        Shape {
            requests: s.requests,
            hungry: s.hungry,
            single_turn: s.single_turn,
            input_tokens: s.input_tokens,
            output_tokens: s.output_tokens,
        }
    }

    /// Brief and new, whatever its address: no org, not verified, first request soon after
    /// sign-up, few requests. `None` without a sign-up record or with a declared org.
    fn brief_new(&self, i: usize) -> Option<bool> {
        let p = &self.cfg.weights.cohort;
        let slot = &self.slots[i];
        let a = slot.signup.as_ref()?;
        if a.has_org {
            return None;
        }
        let delay = slot.age_at_first()?;
        let fresh = (0..=(p.fresh_hours * Timestamp::HOUR as f64) as i64).contains(&delay);
        Some(fresh && slot.state.requests <= p.brief_max && a.verified != Some(true))
    }

    /// Whether most of the account's requests came through known VPN, residential-proxy or
    /// Tor exits: such an exit is shared by whoever rents it, not a place where a group sits
    /// together, so it neither makes a crowd nor shelters one.
    fn through_anonymisers(&self, i: usize) -> bool {
        let s = &self.slots[i].state;
        s.requests > 0 && 2 * s.anonymised() >= s.requests
    }

    /// Addresses behind which at least `crowd_min` brief new accounts send: a group at one
    /// place (a class, a venue's Wi-Fi, an office), not accounts used once and dropped.
    pub(super) fn crowded_addresses(&self) -> HashSet<IpAddr, RandomState> {
        let mut n: HashMap<IpAddr, u32, RandomState> = HashMap::with_hasher(fixed_state());
        for (i, slot) in self.slots.iter().enumerate() {
            if self.brief_new(i) == Some(true) && !self.through_anonymisers(i) {
                for (ip, _) in slot.links.ips() {
                    *n.entry(ip).or_default() += 1;
                }
            }
        }
        let min = self.cfg.weights.cohort.crowd_min;
        let mut out = HashSet::with_hasher(fixed_state());
        out.extend(n.into_iter().filter(|&(_, k)| k >= min).map(|(ip, _)| ip));
        out
    }

    fn standing(&self, i: usize) -> Standing {
        let p = &self.cfg.weights.cohort;
        let slot = &self.slots[i];
        let Some(brief_new) = self.brief_new(i) else {
            return Standing::Other;
        };
        if brief_new {
            let crowded = !self.cohort_crowded.is_empty()
                && !self.through_anonymisers(i)
                && slot
                    .links
                    .ips()
                    .any(|(ip, _)| self.cohort_crowded.contains(&ip));
            if crowded {
                Standing::Other
            } else {
                Standing::Cohort
            }
        } else if slot.state.requests <= p.reference_max && slot.flagged_at().is_none() {
            // Accounts already flagged are not ordinary users: they would raise the baseline.
            Standing::Reference
        } else {
            Standing::Other
        }
    }

    /// The account is a match of the cohort (brief, new, and shaped like a harvester).
    pub(super) fn cohort_match(&self, i: usize) -> bool {
        self.standing(i) == Standing::Cohort && self.shape(i).matches(&self.cfg.weights.cohort)
    }

    /// Counts the cohort and its reference over every account seen so far.
    pub(super) fn cohort_facts(&self) -> CohortFacts {
        let p = &self.cfg.weights.cohort;
        let mut f = CohortFacts::default();
        for i in 0..self.ids.len() {
            let hit = u64::from(self.shape(i).matches(p));
            match self.standing(i) {
                Standing::Cohort => {
                    f.cohort += 1;
                    f.matches += hit;
                }
                Standing::Reference => {
                    f.reference += 1;
                    f.reference_matches += hit;
                }
                Standing::Other => {}
            }
        }
        f
    }

    /// Log-odds an account gets from the cohort (0 unless it is a match of a judged cohort).
    pub(super) fn cohort_logit(&self, i: usize) -> f64 {
        if self.cohort.logit > 0.0 && self.cohort_match(i) {
            self.cohort.logit
        } else {
            0.0
        }
    }

    /// The cohort's reason for a match, when it adds anything beyond the account's cluster.
    pub(super) fn cohort_reason(&self, i: usize) -> Option<Reason> {
        let l = self.cohort_logit(i);
        let cluster = self.slots[i].inherited.as_ref().map_or(0.0, |x| x.farm);
        (l > cluster).then(|| Reason {
            code: cohort::CODE.to_string(),
            weight: round3(l - cluster),
            detail: format!("{} (purity {:.2})", self.cohort.detail, self.cohort.purity),
            evidence: Vec::new(),
        })
    }
}
