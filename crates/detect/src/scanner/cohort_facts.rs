//! Counting the throwaway cohort (see [`crate::cohort`]) from the scan's per-account state.

use std::collections::{HashMap, HashSet};
use std::net::IpAddr;

use ahash::RandomState;
use dg_model::{Reason, Timestamp};

use super::{fixed_state, Scanner};
use crate::cohort::{self, Band, BandFacts, CohortFacts, Shape, StratumFacts};
use crate::score::round3;

/// Where an account stands for the cohort test.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Standing {
    /// Brief and new or young, not behind a crowded address: in the cohort's band.
    Cohort(Band),
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

    /// The cohort band of a brief account, whatever its address: no org, not verified, few
    /// requests, first request soon after sign-up (fresh) or within weeks of it (young).
    /// `None` without a sign-up record or with a declared org; `Some(None)` outside the bands.
    fn brief_band(&self, i: usize) -> Option<Option<Band>> {
        let p = &self.cfg.weights.cohort;
        let slot = &self.slots[i];
        let a = slot.signup.as_ref()?;
        if a.has_org {
            return None;
        }
        let delay = slot.age_at_first()?;
        if slot.state.requests > p.brief_max || a.verified == Some(true) || delay < 0 {
            return Some(None);
        }
        let hours = delay as f64 / Timestamp::HOUR as f64;
        Some(if hours <= p.fresh_hours {
            Some(Band::Fresh)
        } else if hours <= p.young_days * 24.0 {
            Some(Band::Young)
        } else {
            None
        })
    }

    /// Whether most of the account's requests came through known VPN, residential-proxy or
    /// Tor exits: such an exit is shared by whoever rents it, not a place where a group sits
    /// together, so it neither makes a crowd nor shelters one.
    fn through_anonymisers(&self, i: usize) -> bool {
        let s = &self.slots[i].state;
        s.requests > 0 && 2 * s.anonymised() >= s.requests
    }

    /// Addresses behind which at least `crowd_min` brief new or young accounts send: a group at one
    /// place (a class, a venue's Wi-Fi, an office), not accounts used once and dropped.
    pub(super) fn crowded_addresses(&self) -> HashSet<IpAddr, RandomState> {
        let mut n: HashMap<IpAddr, u32, RandomState> = HashMap::with_hasher(fixed_state());
        for (i, slot) in self.slots.iter().enumerate() {
            if matches!(self.brief_band(i), Some(Some(_))) && !self.through_anonymisers(i) {
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
        let Some(band) = self.brief_band(i) else {
            return Standing::Other;
        };
        if let Some(band) = band {
            let crowded = !self.cohort_crowded.is_empty()
                && !self.through_anonymisers(i)
                && slot
                    .links
                    .ips()
                    .any(|(ip, _)| self.cohort_crowded.contains(&ip));
            if crowded {
                Standing::Other
            } else {
                Standing::Cohort(band)
            }
        } else if slot.state.requests <= p.reference_max && slot.flagged_at().is_none() {
            // Accounts already flagged are not ordinary users: they would raise the baseline.
            Standing::Reference
        } else {
            Standing::Other
        }
    }

    /// The band of which the account is a match (brief, new or young, and shaped like a
    /// harvester).
    pub(super) fn cohort_band(&self, i: usize) -> Option<Band> {
        match self.standing(i) {
            Standing::Cohort(b) if self.shape(i).matches(&self.cfg.weights.cohort) => Some(b),
            _ => None,
        }
    }

    /// The account is a match of either band.
    pub(super) fn cohort_match(&self, i: usize) -> bool {
        self.cohort_band(i).is_some()
    }

    /// The account's main client fingerprint (0 when none was seen): the cohort's strata.
    fn main_client(&self, i: usize) -> u64 {
        self.slots[i].links.main_client().unwrap_or(0)
    }

    /// Counts both bands, client by client, and their reference over every account seen so far.
    pub(super) fn cohort_facts(&self) -> CohortFacts {
        let p = &self.cfg.weights.cohort;
        let mut f = CohortFacts::default();
        let mut strata: [HashMap<u64, (u64, u64), RandomState>; 2] = [
            HashMap::with_hasher(fixed_state()),
            HashMap::with_hasher(fixed_state()),
        ];
        for i in 0..self.ids.len() {
            let hit = u64::from(self.shape(i).matches(p));
            match self.standing(i) {
                Standing::Cohort(b) => {
                    let (band, k) = match b {
                        Band::Fresh => (&mut f.fresh, 0),
                        Band::Young => (&mut f.young, 1),
                    };
                    band.cohort += 1;
                    band.matches += hit;
                    let s = strata[k].entry(self.main_client(i)).or_default();
                    s.0 += 1;
                    s.1 += hit;
                }
                Standing::Reference => {
                    f.reference += 1;
                    f.reference_matches += hit;
                }
                Standing::Other => {}
            }
        }
        let [fresh, young] = strata;
        fill_strata(&mut f.fresh, fresh);
        fill_strata(&mut f.young, young);
        f
    }

    /// Purity and log-odds an account gets from the cohort (log-odds 0 unless it is a match of
    /// a judged band).
    fn cohort_figures(&self, i: usize) -> Option<(Band, f64, f64)> {
        let band = self.cohort_band(i)?;
        let (purity, logit) = self.cohort.band(band).for_client(self.main_client(i));
        Some((band, purity, logit))
    }

    /// Log-odds an account gets from the cohort (0 unless it is a match of a judged band).
    pub(super) fn cohort_logit(&self, i: usize) -> f64 {
        if !self.cohort.any() {
            return 0.0;
        }
        self.cohort_figures(i).map_or(0.0, |(_, _, l)| l)
    }

    /// The cohort's reason for a match, when it adds anything beyond the account's cluster.
    pub(super) fn cohort_reason(&self, i: usize) -> Option<Reason> {
        let (band, purity, l) = self.cohort_figures(i)?;
        let cluster = self.slots[i].inherited.as_ref().map_or(0.0, |x| x.farm);
        let b = self.cohort.band(band);
        (l > cluster).then(|| Reason {
            code: cohort::CODE.to_string(),
            weight: round3(l - cluster),
            detail: format!(
                "{} (purity {:.2}; {:.2} among the brief accounts on its client)",
                b.detail, b.purity, purity
            ),
            evidence: Vec::new(),
        })
    }
}

/// Moves per-client counts into the band, sorted by client (the verdict looks clients up).
fn fill_strata(band: &mut BandFacts, counts: HashMap<u64, (u64, u64), RandomState>) {
    band.strata = counts
        .into_iter()
        .map(|(client, (cohort, matches))| StratumFacts {
            client,
            cohort,
            matches,
        })
        .collect();
    band.strata.sort_unstable_by_key(|s| s.client);
}
