//! Counting harvester waves (see [`crate::wave`]) from the scan's per-account state.

use std::collections::HashMap;

use ahash::RandomState;
use dg_model::{Reason, Timestamp};

use super::{fixed_state, Scanner};
use crate::score::round3;
use crate::wave::{self, WaveFacts, WaveVerdict};

/// The matches of judged waves at the latest re-link, by account slot.
pub(super) type Waves = HashMap<u32, (WaveFacts, WaveVerdict), RandomState>;

impl Scanner {
    /// Whether an account's own traffic makes it a wave's match: the raw `harvest_volume`
    /// strength (no discounts) reaches its bar, or the account took at least the answers from
    /// which that signal starts and they were most of what it sent.
    fn harvest_match(&self, i: usize) -> bool {
        let p = &self.cfg.weights;
        let volume = &p.signal_params.harvested;
        let s = &self.states[i];
        let h = f64::from(s.harvested);
        let share = h / f64::from(s.requests.max(1));
        volume.of(h) * p.signal_params.harvested_share.of(share) >= p.wave.harvest_min
            || (h >= volume.lo && share >= p.wave.harvested_share_min)
    }

    /// Judges every match's wave over the accounts seen so far: one sort by sign-up time and
    /// two binary searches per match.
    pub(super) fn harvester_waves(&self) -> Waves {
        let p = &self.cfg.weights.wave;
        let mut out = HashMap::with_hasher(fixed_state());
        // (created, counts as a match, slot) of every active account with a sign-up record and
        // no org. A match its linked cluster already flags counts for neither side: the wave is
        // what links do not show, and an ordinary heavy user created in the week a linked
        // campaign was must not be judged by that campaign's accounts.
        let mut active: Vec<(i64, bool, u32)> = Vec::new();
        let mut judged: Vec<(i64, u32)> = Vec::new();
        for i in 0..self.ids.len() {
            let Some(a) = self.account_meta[i].as_ref() else {
                continue;
            };
            if a.has_org || self.states[i].requests < p.active_min {
                continue;
            }
            let created = a.created_at.millis();
            if self.harvest_match(i) {
                judged.push((created, i as u32));
                if self.flagged_by_cluster(i) {
                    continue;
                }
                active.push((created, true, i as u32));
            } else {
                active.push((created, false, i as u32));
            }
        }
        let matches_total = active.iter().filter(|x| x.1).count() as u64;
        if matches_total < p.min_matches {
            return out;
        }
        active.sort_unstable();
        let measured = matches_total as f64 / active.len().max(1) as f64;
        // Prefix counts of matches, so a window's matches are a difference.
        let mut before = Vec::with_capacity(active.len() + 1);
        before.push(0u64);
        for x in &active {
            before.push(before.last().copied().unwrap_or(0) + u64::from(x.1));
        }
        let half = (p.window_days * Timestamp::DAY as f64) as i64;
        for &(t, slot) in &judged {
            let lo = active.partition_point(|x| x.0 < t.saturating_sub(half));
            let hi = active.partition_point(|x| x.0 <= t.saturating_add(half));
            // An explained match is not in `active`: it adds itself to its window.
            let own = u64::from(self.flagged_by_cluster(slot as usize));
            let matches = before[hi] - before[lo] + own;
            let f = WaveFacts {
                matches,
                others: (hi - lo) as u64 - matches,
                measured,
            };
            let v = wave::judge(p, &f, self.cfg.weights.bias);
            if v.logit > 0.0 {
                out.insert(slot, (f, v));
            }
        }
        out
    }

    /// Log-odds an account gets from its wave (0 unless it is a match of a judged wave),
    /// halved for passed verification and for an account established before its first
    /// request. Not `member_fit`: that also discounts a card of its own, which guards against
    /// honest services drawn into a pool by a shared cloud and SDK; a wave's match is judged
    /// on its own traffic, and a farm buys a card per account as easily as it shares one.
    pub(super) fn wave_logit(&self, i: usize) -> f64 {
        let Some((_, v)) = self.waves.get(&(i as u32)) else {
            return 0.0;
        };
        // A wave's matches all have sign-up records.
        if self.account_meta[i].is_none() {
            return 0.0;
        }
        v.logit * 0.5f64.powi(self.customer_marks(i))
    }

    /// The wave's reason for a match, when it adds anything beyond its cluster and cohort.
    pub(super) fn wave_reason(&self, i: usize) -> Option<Reason> {
        let l = self.wave_logit(i);
        let (f, v) = self.waves.get(&(i as u32))?;
        let before = self.outside_farm_without_wave(i);
        (l > before).then(|| Reason {
            code: wave::CODE.to_string(),
            weight: round3(l - before),
            detail: format!(
                "{} (purity {:.2})",
                wave::detail(&self.cfg.weights.wave, f, v),
                v.purity
            ),
            evidence: Vec::new(),
        })
    }
}
