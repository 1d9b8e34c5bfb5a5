//! Counting harvester waves (see [`crate::wave`]) from the scan's per-account state.

use std::collections::HashMap;

use ahash::RandomState;
use dg_model::{Reason, Timestamp};

use super::{fixed_state, Scanner};
use crate::account::{AccountState, Signup};
use crate::score::round3;
use crate::wave::{self, WaveFacts, WaveKind, WaveVerdict};

/// The matches of judged waves at the latest re-link, by account slot.
pub(super) type Waves = HashMap<u32, (WaveFacts, WaveVerdict), RandomState>;

/// An active account of the wave tests (sign-up record, no org, enough requests).
struct Active {
    slot: u32,
    /// Takes answers in bulk (see `harvest_match`).
    harvest: bool,
    /// A harvester its linked cluster already flags.
    explained: bool,
}

impl Scanner {
    /// Whether an account's own traffic makes it a wave's match: the raw `harvest_volume`
    /// strength (no discounts) reaches its bar, or the account took at least the answers from
    /// which that signal starts and they were most of what it sent.
    fn harvest_match(&self, i: usize) -> bool {
        let p = &self.cfg.weights;
        let volume = &p.signal_params.harvested;
        let s = &self.slots[i].state;
        let h = f64::from(s.harvested);
        let share = h / f64::from(s.requests.max(1));
        volume.of(h) * p.signal_params.harvested_share.of(share) >= p.wave.harvest_min
            || (h >= volume.lo && share >= p.wave.harvested_share_min)
    }

    /// Judges every match's waves over the accounts seen so far, by sign-up time and, for aged
    /// accounts, by first-request time; an account that matches both keeps the stronger.
    pub(super) fn harvester_waves(&self) -> Waves {
        let p = &self.cfg.weights.wave;
        // Each active account is judged once (its match and its cluster's verdict), for both
        // kinds of wave.
        let active: Vec<Active> = (0..self.ids.len())
            .filter(|&i| {
                let s = &self.slots[i];
                s.signup
                    .as_ref()
                    .is_some_and(|a| !a.has_org && s.state.requests >= p.active_min)
            })
            .map(|i| {
                let harvest = self.harvest_match(i);
                Active {
                    slot: i as u32,
                    harvest,
                    explained: harvest && self.flagged_by_cluster(i),
                }
            })
            .collect();
        let mut out = self.waves_keyed(
            WaveKind::Signup,
            (p.window_days * Timestamp::DAY as f64) as i64,
            &active,
            |_, a| Some(a.created_at.millis()),
            |x| x.harvest,
        );
        if p.activation_hours > 0.0 {
            let aged = (p.activation_age_days * Timestamp::DAY as f64) as i64;
            let automation = &self.cfg.weights.signal_params;
            let by_first = self.waves_keyed(
                WaveKind::Activation,
                (p.activation_hours * 3_600_000.0) as i64,
                &active,
                |s, a| (s.first_ts - a.created_at.millis() >= aged).then_some(s.first_ts),
                |x| {
                    x.harvest
                        && crate::features::automation(
                            automation,
                            &self.slots[x.slot as usize].state,
                        ) >= p.activation_automation_min
                },
            );
            for (slot, w) in by_first {
                match out.get(&slot) {
                    Some(old) if old.1.logit >= w.1.logit => {}
                    _ => {
                        out.insert(slot, w);
                    }
                }
            }
        }
        out
    }

    /// Judges every match's window of `half` either side of its key (`key`: an active
    /// account's time, `None` when it is no candidate): one sort and two binary searches per
    /// match.
    fn waves_keyed(
        &self,
        kind: WaveKind,
        half: i64,
        all: &[Active],
        key: impl Fn(&AccountState, &Signup) -> Option<i64>,
        is_match: impl Fn(&Active) -> bool,
    ) -> Waves {
        let p = &self.cfg.weights.wave;
        let mut out = HashMap::with_hasher(fixed_state());
        // (key, counts as a match, slot) of every candidate. A match its linked cluster already
        // flags counts for neither side: the wave is what links do not show, and an ordinary
        // heavy user created in the week a linked campaign was must not be judged by that
        // campaign's accounts.
        let mut active: Vec<(i64, bool, u32)> = Vec::new();
        let mut judged: Vec<(i64, u32, bool)> = Vec::new();
        // The baseline is measured over every active account, candidate or not (for an
        // activation wave, the young too): a campaign of aged accounts is a large part of the
        // aged ones and would make its own baseline.
        let (mut matches_total, mut active_total) = (0u64, 0u64);
        for x in all {
            let i = x.slot as usize;
            let matched = is_match(x);
            // A match is a harvester, so `explained` is its cluster's verdict.
            let explained = matched && x.explained;
            if !explained {
                active_total += 1;
                matches_total += u64::from(matched);
            }
            let s = &self.slots[i];
            let Some(a) = s.signup.as_ref() else {
                continue;
            };
            let Some(t) = key(&s.state, a) else {
                continue;
            };
            if matched {
                judged.push((t, x.slot, explained));
            }
            if !explained {
                active.push((t, matched, x.slot));
            }
        }
        if (active.iter().filter(|x| x.1).count() as u64) < p.min_matches {
            return out;
        }
        active.sort_unstable();
        let measured = matches_total as f64 / active_total.max(1) as f64;
        // Prefix counts of matches, so a window's matches are a difference.
        let mut before = Vec::with_capacity(active.len() + 1);
        before.push(0u64);
        for x in &active {
            before.push(before.last().copied().unwrap_or(0) + u64::from(x.1));
        }
        // The matches' active hours in the window, kept by a sweep over the judged in key
        // order (both ends of the window only move forward): 64 counters, not a set per match.
        judged.sort_unstable();
        let mut hours = [0u32; 64];
        let (mut in_lo, mut in_hi) = (0usize, 0usize);
        let bits = |slot: u32| self.slots[slot as usize].state.hour_bits;
        for &(t, slot, explained) in &judged {
            let lo = active.partition_point(|x| x.0 < t.saturating_sub(half));
            let hi = active.partition_point(|x| x.0 <= t.saturating_add(half));
            for (k, x) in active.iter().enumerate().take(hi).skip(in_hi) {
                if x.1 {
                    count_hours(&mut hours, bits(x.2), 1);
                }
                in_hi = k + 1;
            }
            for (k, x) in active.iter().enumerate().take(lo).skip(in_lo) {
                if x.1 {
                    count_hours(&mut hours, bits(x.2), -1);
                }
                in_lo = k + 1;
            }
            // An explained match is not in `active`: it adds itself to its window.
            let matches = before[hi] - before[lo] + u64::from(explained);
            let f = WaveFacts {
                kind,
                matches,
                others: ((hi - lo) as u64).saturating_sub(matches),
                measured,
                audience: wave::audience_share(p, &hours),
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
        self.wave_evidence(i).0
    }

    /// [`wave_logit`](Self::wave_logit), and whether the wave is pure enough for it to stand
    /// alone (see [`wave::stands_alone`]), from one lookup.
    pub(super) fn wave_evidence(&self, i: usize) -> (f64, bool) {
        let Some((f, v)) = self.waves.get(&(i as u32)) else {
            return (0.0, false);
        };
        // A wave's matches all have sign-up records.
        let Some(a) = self.slots[i].signup.as_ref() else {
            return (0.0, false);
        };
        // An activation wave's matches are established by definition: only verification
        // (bought with an aged account as often as not, so it still only halves) counts.
        let marks = match f.kind {
            WaveKind::Signup => self.customer_marks(i),
            WaveKind::Activation => i32::from(a.verified == Some(true)),
        };
        (
            v.logit * 0.5f64.powi(marks),
            wave::stands_alone(&self.cfg.weights.wave, v),
        )
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

/// Adds (`d` = 1) or removes (`d` = −1) one match's active hours from a window's counters.
fn count_hours(hours: &mut [u32; 64], bits: u64, d: i32) {
    for (h, c) in hours.iter_mut().enumerate() {
        if bits >> h & 1 == 1 {
            *c = c.saturating_add_signed(d);
        }
    }
}
