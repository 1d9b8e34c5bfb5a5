//! Harvester waves: accounts created together that each go on to take answers in bulk.
//!
//! A campaign that gives every account its own card, its own cloud address and its own
//! company name leaves no pair of accounts linked, and each account can hide its harvesting
//! among ordinary customer traffic. It still had to create its accounts, and it creates them
//! when it needs them: a burst of sign-ups (often through an entry programme) whose members
//! all turn into heavy takers of long single-shot answers. Ordinary customers who take as much
//! are rare and signed up at their own times.
//!
//! The wave is judged per match, over the accounts created within `window_days` of it, like
//! the throwaway cohort (see [`crate::cohort`]): a *match* is an account whose own traffic
//! holds many single-turn answers at least 4× their prompts with large caps or extended
//! reasoning (the raw `harvest_volume` strength, before the discounts for an org or a
//! verification, at least `harvest_min`), or holds at least as many as that signal starts
//! counting at and little else (`harvested_share_min` of its requests: a trial-credit farm
//! spends each account's credit and drops it); the *others* are the active accounts created in the
//! same window that do not look like this (matches their linked cluster already flags count
//! for neither: they are explained by it). If a share `b` of active accounts match anyway,
//! the others bring `others × b / (1 − b)` matches with them; `b` is measured over every
//! active account of the scan (campaigns included, so it errs towards ordinary) with a floor.
//! The rest of the window's matches is the wave, and `purity = 1 − expected / matches` is the
//! chance that a match is one of its accounts; a match starts from that chance instead of the
//! population's prior, scaled by how far its own record leaves room for a farmed account
//! (`member_fit`). Accounts with a declared org are outside the test: an evaluation company
//! signs up its staff on one day and runs a reasoning benchmark from all of them.
//!
//! An **activation wave** is the same test keyed on the first request instead of the sign-up:
//! a campaign that buys aged accounts on a market (old, often verified, a card each) cannot
//! fake their sign-ups, but it switches them on when it needs them, a batch at a time, and
//! runs them on its scheduler. Its candidates are accounts whose first request in the scan came
//! at least `activation_age_days` after sign-up; a match also has a scheduler's timing (people
//! who come back to the API together, a class at the start of term or developers trying a new
//! model, sleep); the window is `activation_hours` either side of the match's first request.
//! At the start of a log every established customer "activates" at once, so that window holds
//! the population and its purity is nil: a campaign switched on before the log began is not
//! seen this way.
//!
//! The evidence is structure and traffic shape, never wording: it holds with the phrasing
//! signals switched off.

use serde::{Deserialize, Serialize};

use crate::cohort::{excess, starting_logit};
use crate::features::Ramp;

/// The reason code of wave evidence (documented in docs/reasons.md).
pub const CODE: &str = "farm_harvester_wave";

/// The knobs of wave scoring (`[wave]` in the weights file; every key optional).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct WaveParams {
    /// Accounts created within this many days of a match are its wave's candidates.
    pub window_days: f64,
    /// Least raw `harvest_volume` strength (in [0, 1]) of a match...
    pub harvest_min: f64,
    /// ...or least share of its requests that were harvested answers, once it took as many as
    /// `harvest_volume` starts counting at: an account that spends its trial credit on a few
    /// dozen harvested answers and is dropped never reaches the volume, but took nothing else.
    pub harvested_share_min: f64,
    /// An account is active (could have matched) from this many requests on.
    pub active_min: u32,
    /// Least share of active accounts assumed to match, whatever the scan measures.
    pub baseline_floor: f64,
    /// Most share of ordinary accounts matching for the test to say anything: a shape most
    /// accounts have (every app's default cap is 8k, say) singles nobody out.
    pub baseline_max: f64,
    /// Fewest matches in a window for a wave to exist.
    pub min_matches: u64,
    /// Least purity for any evidence, and the purity the evidence is capped at.
    pub purity_min: f64,
    pub purity_cap: f64,
    /// Least purity at which the evidence counts as farm evidence (two families, enough to
    /// flag alone); below it, it is its own family (`wave`) and the account must show a family
    /// of its own too. People sign up together as well (a contest's entrants a day before the
    /// first round, a course in its first week) and may all take long answers: at purity `p`
    /// about `1 − p` of the matches are such people, and acting on the wave alone is kept for
    /// waves where that is at most one in twenty.
    pub alone_purity: f64,
    /// Most log-odds a match gets.
    pub max_logit: f64,
    /// Activation waves: accounts whose first requests fall within this many hours either side
    /// of a match's are its window (0 turns activation waves off).
    pub activation_hours: f64,
    /// An activation wave's candidates came to their first request at least this many days
    /// after signing up (younger accounts are the sign-up wave's).
    pub activation_age_days: f64,
    /// Least automation (the stronger of `no_sleep` and `clockwork_timing`, in [0, 1]) of an
    /// activation wave's match.
    pub activation_automation_min: f64,
    /// An audience: the matches' active hours (each match's hours with a request, folded mod
    /// 64) that fall in the window's `audience_hours` busiest. A contest's entrants or a class
    /// work in the same few hours (the rounds, the lectures); a harvester pool has answers to
    /// take and spreads over many. The evidence is scaled by `1 − audience.of(share)`.
    pub audience_hours: usize,
    pub audience: Ramp,
}

impl Default for WaveParams {
    fn default() -> Self {
        Self {
            window_days: 3.5,
            harvest_min: 0.5,
            harvested_share_min: 0.6,
            active_min: 30,
            baseline_floor: 0.02,
            baseline_max: 0.5,
            min_matches: 20,
            purity_min: 0.8,
            purity_cap: 0.97,
            alone_purity: 0.95,
            max_logit: 12.0,
            activation_hours: 6.0,
            activation_age_days: 30.0,
            activation_automation_min: 0.5,
            audience_hours: 12,
            audience: Ramp { lo: 0.6, hi: 0.8 },
        }
    }
}

/// What a wave's window is keyed on.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum WaveKind {
    /// Sign-up time: accounts created together.
    #[default]
    Signup,
    /// First-request time of aged accounts: accounts switched on together.
    Activation,
}

/// Counts around one match.
#[derive(Debug, Clone, Copy, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct WaveFacts {
    /// What the window is keyed on.
    pub kind: WaveKind,
    /// Matches created within the window (the account itself included).
    pub matches: u64,
    /// Active accounts created within the window that do not match.
    pub others: u64,
    /// Share of all active accounts of the scan that match.
    pub measured: f64,
    /// Share of the window's matches' active hours in its busiest few (see
    /// `WaveParams::audience`); 0 when not measured.
    #[serde(default)]
    pub audience: f64,
}

/// One match's verdict: the log-odds it starts from, and why.
#[derive(Debug, Clone, Copy, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct WaveVerdict {
    pub logit: f64,
    pub purity: f64,
    pub expected: f64,
    pub baseline: f64,
}

/// Whether a judged wave's evidence stands alone (counts as farm evidence).
pub fn stands_alone(p: &WaveParams, v: &WaveVerdict) -> bool {
    v.logit > 0.0 && v.purity >= p.alone_purity
}

/// Judges a match's wave; `bias` is the account model's, so a match starts at `purity`.
pub fn judge(p: &WaveParams, f: &WaveFacts, bias: f64) -> WaveVerdict {
    let baseline = f.measured.max(p.baseline_floor).min(0.95);
    let (expected, purity) = excess(f.matches, f.others as f64, baseline);
    let strong =
        f.matches >= p.min_matches && purity >= p.purity_min && f.measured <= p.baseline_max;
    let logit = if strong {
        starting_logit(purity, p.purity_cap, bias, p.max_logit) * (1.0 - p.audience.of(f.audience))
    } else {
        0.0
    };
    WaveVerdict {
        logit,
        purity,
        expected,
        baseline,
    }
}

/// The sentence behind a match's evidence.
pub fn detail(p: &WaveParams, f: &WaveFacts, v: &WaveVerdict) -> String {
    if f.kind == WaveKind::Activation {
        return format!(
            "one of {} accounts, each signed up at least {:.0} days before its first request, whose first requests came within {:.0} hours of each other and that each took many long single-shot answers on a scheduler's clock; the {} other active accounts of that age that started then explain about {:.0} of them if {:.1}% of them look alike ({:.1}% of this scan's do)",
            f.matches,
            p.activation_age_days,
            p.activation_hours,
            f.others,
            v.expected,
            v.baseline * 100.0,
            f.measured * 100.0,
        ) + &audience_note(p, f);
    }
    format!(
        "one of {} accounts created within {:.1} days of each other that each took many long single-shot answers or little else; the {} other active accounts created then explain about {:.0} of them if {:.1}% of active accounts look alike ({:.1}% of this scan's do){}",
        f.matches,
        p.window_days,
        f.others,
        v.expected,
        v.baseline * 100.0,
        f.measured * 100.0,
        audience_note(p, f),
    )
}

/// What the detail adds when the matches worked in the same few hours, like an audience.
fn audience_note(p: &WaveParams, f: &WaveFacts) -> String {
    let cut = p.audience.of(f.audience);
    if cut <= 0.0 {
        return String::new();
    }
    format!(
        "; {:.0}% of their active hours fall in the {} busiest, as an audience's do (a contest's rounds, a class's lectures): evidence scaled down by {:.0}%",
        f.audience * 100.0,
        p.audience_hours,
        cut * 100.0
    )
}

/// The audience share of a window (see [`WaveParams::audience`]) from the number of its
/// matches active in each of the 64 folded hours.
pub fn audience_share(p: &WaveParams, counts: &[u32; 64]) -> f64 {
    let total: u64 = counts.iter().map(|&c| u64::from(c)).sum();
    if total == 0 {
        return 0.0;
    }
    let mut sorted = *counts;
    sorted.sort_unstable_by(|a, b| b.cmp(a));
    let top: u64 = sorted
        .iter()
        .take(p.audience_hours)
        .map(|&c| u64::from(c))
        .sum();
    top as f64 / total as f64
}

#[cfg(test)]
mod tests {
    use super::*;

    const BIAS: f64 = -8.3;

    #[test]
    fn a_burst_of_harvesters_is_a_wave() {
        let f = WaveFacts {
            kind: WaveKind::Signup,
            matches: 230,
            others: 100,
            measured: 0.05,
            audience: 0.0,
        };
        let v = judge(&WaveParams::default(), &f, BIAS);
        assert!(v.purity > 0.95, "{v:?}");
        assert!(v.logit + BIAS > 2.0, "{v:?}");
    }

    #[test]
    fn heavy_users_among_ordinary_sign_ups_are_no_wave() {
        // A week of sign-ups in a busy population: a few heavy takers among hundreds.
        let f = WaveFacts {
            kind: WaveKind::Signup,
            matches: 25,
            others: 900,
            measured: 0.02,
            audience: 0.0,
        };
        assert_eq!(judge(&WaveParams::default(), &f, BIAS).logit, 0.0);
        // A campaign's wave met by many ordinary sign-ups: the excess is not pure enough.
        let f = WaveFacts {
            kind: WaveKind::Signup,
            matches: 57,
            others: 215,
            measured: 0.09,
            audience: 0.0,
        };
        assert_eq!(judge(&WaveParams::default(), &f, BIAS).logit, 0.0);
    }

    #[test]
    fn a_few_matches_are_no_wave() {
        let f = WaveFacts {
            kind: WaveKind::Signup,
            matches: 12,
            others: 0,
            measured: 0.0,
            audience: 0.0,
        };
        assert_eq!(judge(&WaveParams::default(), &f, BIAS).logit, 0.0);
    }

    #[test]
    fn an_audience_works_in_a_few_hours_and_its_wave_is_scaled_down() {
        let p = WaveParams::default();
        // 40 entrants, each active in the same 6 hours (three rounds of two) and in about two
        // hours of its own, spread over the other 58.
        let mut contest = [0u32; 64];
        for (h, c) in contest.iter_mut().enumerate() {
            *c = if h < 6 { 40 } else { 1 + u32::from(h % 3 == 0) };
        }
        let share = audience_share(&p, &contest);
        assert!(share > 0.75, "{share}");
        // A pool that harvests around the clock for days: every folded hour about alike.
        let pool = [30u32; 64];
        assert!((audience_share(&p, &pool) - 12.0 / 64.0).abs() < 1e-9);
        assert_eq!(audience_share(&p, &[0; 64]), 0.0);
        let f = WaveFacts {
            kind: WaveKind::Signup,
            matches: 230,
            others: 100,
            measured: 0.05,
            audience: share,
        };
        let full = judge(&p, &WaveFacts { audience: 0.0, ..f }, BIAS).logit;
        let scaled = judge(&p, &f, BIAS).logit;
        assert!(full > 0.0 && scaled < 0.3 * full, "{scaled} of {full}");
        assert!(detail(&p, &f, &judge(&p, &f, BIAS)).contains("as an audience's do"));
    }

    #[test]
    fn unknown_keys_are_refused() {
        assert!(toml::from_str::<WaveParams>("window = 3").is_err());
        let p: WaveParams = toml::from_str("window_days = 2.0").unwrap_or_default();
        assert_eq!(p.window_days, 2.0);
    }
}
