//! Throwaway cohorts: farms whose accounts are used once and never linked to each other.
//!
//! A farm can make every account unlinkable — its own card or none, its own residential or
//! mobile address, a common browser or SDK — and use each one for a handful of requests right
//! after sign-up. No pair of its accounts shares anything, but the farm still leaves a mark on
//! the population: a cohort of brand-new accounts, far larger than ordinary sign-ups explain,
//! whose few requests all ask for long single-shot answers.
//!
//! The cohort is judged as a whole, like a prior. Its members are the *brief new* accounts (no
//! org, not verified, first request within `fresh_hours` of sign-up, at most `brief_max`
//! requests so far, not `crowd_min` or more behind one address unless that address is a known
//! VPN, residential-proxy or Tor exit, which whoever rents it shares); its *matches* are those
//! whose requests mostly ask for output caps ≥ 8k or get extended reasoning, one question per
//! request, with answers far longer than the prompts (the shape of the traffic, not its
//! wording: a farm writing prompts nobody's classifier knows still pays for long answers).
//!
//! How many matches ordinary new users explain is estimated from the cohort's *non-matches*:
//! a farm's accounts all match, so the non-matches are ordinary new users, and if a share `b`
//! of ordinary new users match they bring `non-matches × b / (1 − b)` matches with them. `b` is
//! the larger of the share measured on the *light* accounts outside the cohort (at most
//! `reference_max` requests, no org, not flagged) and `baseline_floor`: people trying the API
//! for the first time do what established light users do not (a reasoning model with a large
//! cap), so the floor sits well above what light users show. The rest of the matches is the
//! farm, and `purity = 1 − expected / matches` is the chance that a match is a farmed account.
//! Each match then starts from that chance instead of the population's prior:
//! `logit = logit(min(purity, purity_cap)) − bias`, given only when `purity ≥ purity_min` and
//! the matches are at least `min_matches`. A class or a hackathon signs up together too, but
//! behind one address, in conversations, and mostly with default caps.

use serde::{Deserialize, Serialize};

/// The reason code of cohort evidence (documented in docs/reasons.md).
pub const CODE: &str = "farm_throwaway_cohort";

/// The knobs of cohort scoring (`[cohort]` in the weights file; every key optional).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct CohortParams {
    /// A brief new account sent its first request within this many hours of signing up...
    pub fresh_hours: f64,
    /// ...and at most this many requests so far.
    pub brief_max: u32,
    /// A match has at least this share of requests with an output cap of 8k tokens or more or
    /// with extended reasoning...
    pub hungry_min: f64,
    /// ...at least this share of single-turn requests (a harvester asks once per answer; a
    /// person trying the API, or a hackathon team, iterates in conversations)...
    pub single_turn_min: f64,
    /// ...and answers at least this many times longer than its prompts, in tokens. Not higher:
    /// rubric grading and rewrites send the text they work on, so a grading farm's answers
    /// are a few times its prompts, not tens of times (at 8 a third of one such farm slipped).
    pub output_ratio_min: f64,
    /// Brief new accounts behind one address from which they are a group at one place (a
    /// class, a venue's Wi-Fi, an office) rather than throwaways: out of the cohort.
    pub crowd_min: u32,
    /// Light accounts (the reference for ordinary users) sent at most this many requests.
    pub reference_max: u32,
    /// Fewest light accounts for the reference to be trusted; below it `baseline_floor` alone.
    pub reference_min: u64,
    /// Least share of ordinary new users assumed to match, whatever the reference says (light
    /// established users match far less often than people trying the API for the first time).
    pub baseline_floor: f64,
    /// Most share of ordinary accounts matching for the test to say anything: a shape most
    /// accounts have (every app's default cap is 8k, say) singles nobody out.
    pub baseline_max: f64,
    /// Fewest matches for a cohort to exist.
    pub min_matches: u64,
    /// Least purity for any evidence, and the purity evidence is capped at.
    pub purity_min: f64,
    pub purity_cap: f64,
    /// Most log-odds a match gets.
    pub max_logit: f64,
}

impl Default for CohortParams {
    fn default() -> Self {
        Self {
            fresh_hours: 24.0,
            brief_max: 5,
            hungry_min: 0.5,
            single_turn_min: 0.8,
            output_ratio_min: 4.0,
            crowd_min: 4,
            reference_max: 20,
            reference_min: 200,
            baseline_floor: 0.25,
            baseline_max: 0.5,
            min_matches: 30,
            purity_min: 0.75,
            purity_cap: 0.98,
            max_logit: 12.0,
        }
    }
}

/// Counts over the population at one moment of the scan.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct CohortFacts {
    /// Brief new accounts, and the matches among them.
    pub cohort: u64,
    pub matches: u64,
    /// Light accounts outside the cohort, and those among them with the same request shape.
    pub reference: u64,
    pub reference_matches: u64,
}

/// What one account's traffic looks like to the cohort test.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Shape {
    pub requests: u32,
    /// Requests with an output cap ≥ 8k or extended reasoning.
    pub hungry: u32,
    pub single_turn: u32,
    pub input_tokens: u64,
    pub output_tokens: u64,
}

impl Shape {
    /// Mostly single-shot long-output or reasoning requests, answers far longer than prompts.
    pub fn matches(&self, p: &CohortParams) -> bool {
        let n = f64::from(self.requests);
        self.requests > 0
            && f64::from(self.hungry) >= p.hungry_min * n
            && f64::from(self.single_turn) >= p.single_turn_min * n
            && self.output_tokens as f64 >= p.output_ratio_min * self.input_tokens.max(1) as f64
    }
}

/// The cohort's verdict: log-odds for each match, and why.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CohortVerdict {
    pub logit: f64,
    pub purity: f64,
    /// Matches that ordinary new users explain.
    pub expected: f64,
    pub matches: u64,
    pub detail: String,
}

/// Log-odds of a probability (shared with [`crate::wave`]).
pub(crate) fn logit(p: f64) -> f64 {
    (p / (1.0 - p)).ln()
}

/// How many of `matches` the `others` ordinary accounts explain if a share `baseline` of
/// ordinary accounts match, and the chance that a match is not one of them (`purity`): the
/// estimate the cohort, waves and network segments share.
pub(crate) fn excess(matches: u64, others: f64, baseline: f64) -> (f64, f64) {
    let expected = others * baseline / (1.0 - baseline.min(0.95));
    let purity = if matches == 0 {
        0.0
    } else {
        (1.0 - expected / matches as f64).max(0.0)
    };
    (expected, purity)
}

/// The log-odds a match starts from at `purity` (capped at `cap`), above the model's `bias`.
pub(crate) fn starting_logit(purity: f64, cap: f64, bias: f64, max_logit: f64) -> f64 {
    (logit(purity.min(cap)) - bias).clamp(0.0, max_logit)
}

/// Judges the cohort; `bias` is the account model's, so a match starts at `purity`.
pub fn judge(p: &CohortParams, f: &CohortFacts, bias: f64) -> CohortVerdict {
    let measured = if f.reference >= p.reference_min {
        f.reference_matches as f64 / f.reference as f64
    } else {
        0.0
    };
    let baseline = measured.max(p.baseline_floor);
    let non_matches = f.cohort.saturating_sub(f.matches) as f64;
    let (expected, purity) = excess(f.matches, non_matches, baseline);
    let strong = f.matches >= p.min_matches && purity >= p.purity_min && measured <= p.baseline_max;
    let logit = if strong {
        starting_logit(purity, p.purity_cap, bias, p.max_logit)
    } else {
        0.0
    };
    let detail = format!(
        "one of {} accounts that sent their first request within {:.0} h of signing up and at most {} requests, single-shot, mostly with output caps ≥ 8k or extended reasoning and answers ≥ {:.0}× the prompts; the {} brief new accounts that do not look like this are ordinary new users, and if {:.0}% of ordinary new users look alike ({:.1}% of {} light accounts do) they explain about {:.0} of the {}",
        f.matches,
        p.fresh_hours,
        p.brief_max,
        p.output_ratio_min,
        non_matches,
        baseline * 100.0,
        measured * 100.0,
        f.reference,
        expected,
        f.matches,
    );
    CohortVerdict {
        logit,
        purity,
        expected,
        matches: f.matches,
        detail,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const BIAS: f64 = -8.3;

    #[test]
    fn a_flood_of_one_shot_harvesters_is_a_cohort() {
        let f = CohortFacts {
            cohort: 1_200,
            matches: 1_100,
            reference: 3_000,
            reference_matches: 60,
        };
        let v = judge(&CohortParams::default(), &f, BIAS);
        assert!(v.purity > 0.95, "{v:?}");
        // The match starts near its purity: block territory before its own evidence.
        assert!(v.logit + BIAS > 2.5, "{v:?}");
    }

    #[test]
    fn ordinary_sign_ups_are_not_a_cohort() {
        // A week of curious new users: as many look like harvesters as light users do.
        let f = CohortFacts {
            cohort: 2_000,
            matches: 110,
            reference: 3_000,
            reference_matches: 150,
        };
        let v = judge(&CohortParams::default(), &f, BIAS);
        assert_eq!(v.logit, 0.0, "{v:?}");
        // A small excess is not enough either.
        let f = CohortFacts { matches: 300, ..f };
        assert_eq!(judge(&CohortParams::default(), &f, BIAS).logit, 0.0);
        // New users trying a reasoning model with large caps: a quarter of them match, far
        // more than light established users do, and still no cohort.
        let f = CohortFacts {
            cohort: 400,
            matches: 100,
            reference: 3_000,
            reference_matches: 30,
        };
        assert_eq!(judge(&CohortParams::default(), &f, BIAS).logit, 0.0);
    }

    #[test]
    fn a_few_matches_are_no_cohort() {
        let f = CohortFacts {
            cohort: 20,
            matches: 20,
            reference: 3_000,
            reference_matches: 0,
        };
        assert_eq!(judge(&CohortParams::default(), &f, BIAS).logit, 0.0);
    }

    #[test]
    fn an_unmeasured_reference_falls_back_to_the_floor() {
        let f = CohortFacts {
            cohort: 500,
            matches: 400,
            reference: 10,
            reference_matches: 10,
        };
        let v = judge(&CohortParams::default(), &f, BIAS);
        // 100 non-matches at the floor of 25% bring 33 ordinary matches with them.
        assert!((v.expected - 100.0 / 3.0).abs() < 1e-9, "{v:?}");
        assert!(v.logit > 0.0);
    }

    #[test]
    fn shapes() {
        let p = CohortParams::default();
        let hungry = Shape {
            requests: 2,
            hungry: 1,
            single_turn: 2,
            input_tokens: 100,
            output_tokens: 3_000,
        };
        assert!(hungry.matches(&p));
        let chat = Shape {
            hungry: 0,
            ..hungry
        };
        assert!(!chat.matches(&p));
        let session = Shape {
            single_turn: 1,
            ..hungry
        };
        assert!(!session.matches(&p));
        let short = Shape {
            output_tokens: 300,
            ..hungry
        };
        assert!(!short.matches(&p));
        // Grading sends the text it grades: answers four times the prompt still match.
        let grading = Shape {
            input_tokens: 700,
            ..hungry
        };
        assert!(grading.matches(&p));
        assert!(!Shape::default().matches(&p));
    }

    #[test]
    fn unknown_keys_are_refused() {
        assert!(toml::from_str::<CohortParams>("brief = 3").is_err());
    }
}
