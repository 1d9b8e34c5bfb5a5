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
    /// A brief new account sent its first request within this many hours of signing up (the
    /// *fresh* band)...
    pub fresh_hours: f64,
    /// ...or, in the *young* band, later but within this many days: a farm that ages its
    /// accounts for weeks before using each a few times (low and slow) is judged apart from
    /// the accounts used at once, each band against its own ordinary users.
    pub young_days: f64,
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
    /// How many matches a client's stratum needs before its own purity outweighs the band's
    /// (pseudo-counts at the band's purity; see [`stratum_purity`]).
    pub stratum_prior: f64,
}

impl Default for CohortParams {
    fn default() -> Self {
        Self {
            fresh_hours: 24.0,
            young_days: 90.0,
            brief_max: 10,
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
            stratum_prior: 10.0,
        }
    }
}

/// The two bands of the cohort: accounts used within hours of sign-up, and accounts aged for
/// up to `young_days` first.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Band {
    Fresh,
    Young,
}

/// One client's share of a band: brief accounts whose main client fingerprint is `client`, and
/// the matches among them.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct StratumFacts {
    pub client: u64,
    pub cohort: u64,
    pub matches: u64,
}

/// Counts of one band.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct BandFacts {
    /// Brief accounts in the band, and the matches among them.
    pub cohort: u64,
    pub matches: u64,
    /// The same per main client fingerprint (0: none seen), sorted by client.
    pub strata: Vec<StratumFacts>,
}

/// Counts over the population at one moment of the scan.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CohortFacts {
    pub fresh: BandFacts,
    pub young: BandFacts,
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

/// One band's verdict: log-odds for each match, and why.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct BandVerdict {
    /// Log-odds of a match whose client has no stratum of its own (0: the band is no cohort).
    pub logit: f64,
    pub purity: f64,
    /// Matches that ordinary users explain.
    pub expected: f64,
    pub matches: u64,
    pub detail: String,
    /// Purity and log-odds by main client fingerprint, sorted by client, for the clients seen
    /// in the band (empty when the band is no cohort).
    #[serde(default)]
    pub strata: Vec<Stratum>,
}

/// One client's figures in a judged band.
#[derive(Debug, Clone, Copy, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Stratum {
    pub client: u64,
    pub purity: f64,
    pub logit: f64,
}

impl BandVerdict {
    /// Purity and log-odds of a match of this band whose main client fingerprint is `client`
    /// (the band's own for a client it has not seen; log-odds 0 when the band is no cohort).
    pub fn for_client(&self, client: u64) -> (f64, f64) {
        if self.logit <= 0.0 {
            return (self.purity, 0.0);
        }
        match self.strata.binary_search_by_key(&client, |s| s.client) {
            Ok(k) => (self.strata[k].purity, self.strata[k].logit),
            Err(_) => (self.purity, self.logit),
        }
    }

    /// Log-odds of a match of this band whose main client fingerprint is `client`.
    pub fn logit_for(&self, client: u64) -> f64 {
        self.for_client(client).1
    }
}

/// The cohort's verdict, band by band.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CohortVerdict {
    pub fresh: BandVerdict,
    pub young: BandVerdict,
}

impl CohortVerdict {
    /// The verdict of `band`.
    pub fn band(&self, band: Band) -> &BandVerdict {
        match band {
            Band::Fresh => &self.fresh,
            Band::Young => &self.young,
        }
    }

    /// Whether either band is a cohort.
    pub fn any(&self) -> bool {
        self.fresh.logit > 0.0 || self.young.logit > 0.0
    }
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

/// The chance that a match on one client is a farmed account: the band's excess estimate
/// made again inside the stratum (its own non-matches explain its ordinary matches), with
/// `prior` pseudo-matches at the band's purity so a stratum of a few accounts keeps about the
/// band's figure. A farm runs one tool, ordinary users many: the stratum where the farm's
/// matches sit keeps its purity while ordinary users' matches, on the clients their
/// non-matching neighbours use, lose theirs.
pub fn stratum_purity(s: &StratumFacts, baseline: f64, band_purity: f64, prior: f64) -> f64 {
    let (expected, _) = excess(
        s.matches,
        s.cohort.saturating_sub(s.matches) as f64,
        baseline,
    );
    let ordinary = expected + prior * (1.0 - band_purity);
    (1.0 - ordinary / (s.matches as f64 + prior).max(f64::MIN_POSITIVE)).clamp(0.0, 1.0)
}

/// Judges both bands; `bias` is the account model's, so a match starts at its purity.
pub fn judge(p: &CohortParams, f: &CohortFacts, bias: f64) -> CohortVerdict {
    let measured = if f.reference >= p.reference_min {
        f.reference_matches as f64 / f.reference as f64
    } else {
        0.0
    };
    let band = |b: &BandFacts, when: String| judge_band(p, b, f, measured, bias, &when);
    CohortVerdict {
        fresh: band(
            &f.fresh,
            format!("within {:.0} h of signing up", p.fresh_hours),
        ),
        young: band(
            &f.young,
            format!(
                "later than {:.0} h but within {:.0} days of signing up",
                p.fresh_hours, p.young_days
            ),
        ),
    }
}

fn judge_band(
    p: &CohortParams,
    b: &BandFacts,
    f: &CohortFacts,
    measured: f64,
    bias: f64,
    when: &str,
) -> BandVerdict {
    let baseline = measured.max(p.baseline_floor);
    let non_matches = b.cohort.saturating_sub(b.matches) as f64;
    let (expected, purity) = excess(b.matches, non_matches, baseline);
    let strong = b.matches >= p.min_matches && purity >= p.purity_min && measured <= p.baseline_max;
    let at = |purity: f64| {
        if purity >= p.purity_min {
            starting_logit(purity, p.purity_cap, bias, p.max_logit)
        } else {
            0.0
        }
    };
    let (logit, strata) = if strong {
        let strata = b
            .strata
            .iter()
            .map(|s| {
                let purity = stratum_purity(s, baseline, purity, p.stratum_prior);
                Stratum {
                    client: s.client,
                    purity,
                    logit: at(purity),
                }
            })
            .collect();
        (at(purity), strata)
    } else {
        (0.0, Vec::new())
    };
    let detail = format!(
        "one of {} accounts that sent their first request {} and at most {} requests, single-shot, mostly with output caps ≥ 8k or extended reasoning and answers ≥ {:.0}× the prompts; the {} such brief accounts that do not look like this are ordinary users, and if {:.0}% of ordinary users look alike ({:.1}% of {} light accounts do) they explain about {:.0} of the {}, counted again among the accounts on each client",
        b.matches,
        when,
        p.brief_max,
        p.output_ratio_min,
        non_matches,
        baseline * 100.0,
        measured * 100.0,
        f.reference,
        expected,
        b.matches,
    );
    BandVerdict {
        logit,
        purity,
        expected,
        matches: b.matches,
        detail,
        strata,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const BIAS: f64 = -8.3;

    /// Facts with one band filled (no strata: every client on the band's figure).
    fn facts(cohort: u64, matches: u64, reference: u64, reference_matches: u64) -> CohortFacts {
        CohortFacts {
            fresh: BandFacts {
                cohort,
                matches,
                strata: Vec::new(),
            },
            young: BandFacts::default(),
            reference,
            reference_matches,
        }
    }

    #[test]
    fn a_flood_of_one_shot_harvesters_is_a_cohort() {
        let f = facts(1_200, 1_100, 3_000, 60);
        let v = judge(&CohortParams::default(), &f, BIAS);
        assert!(v.fresh.purity > 0.95, "{v:?}");
        // The match starts near its purity: block territory before its own evidence.
        assert!(v.fresh.logit + BIAS > 2.5, "{v:?}");
        // The other band is empty, and no cohort.
        assert_eq!(v.young.logit, 0.0);
    }

    #[test]
    fn ordinary_sign_ups_are_not_a_cohort() {
        // A week of curious new users: as many look like harvesters as light users do.
        let f = facts(2_000, 110, 3_000, 150);
        let v = judge(&CohortParams::default(), &f, BIAS);
        assert_eq!(v.fresh.logit, 0.0, "{v:?}");
        // A small excess is not enough either.
        let f = facts(2_000, 300, 3_000, 150);
        assert_eq!(judge(&CohortParams::default(), &f, BIAS).fresh.logit, 0.0);
        // New users trying a reasoning model with large caps: a quarter of them match, far
        // more than light established users do, and still no cohort.
        let f = facts(400, 100, 3_000, 30);
        assert_eq!(judge(&CohortParams::default(), &f, BIAS).fresh.logit, 0.0);
    }

    #[test]
    fn a_few_matches_are_no_cohort() {
        let f = facts(20, 20, 3_000, 0);
        assert_eq!(judge(&CohortParams::default(), &f, BIAS).fresh.logit, 0.0);
    }

    #[test]
    fn an_unmeasured_reference_falls_back_to_the_floor() {
        let f = facts(500, 400, 10, 10);
        let v = judge(&CohortParams::default(), &f, BIAS);
        // 100 non-matches at the floor of 25% bring 33 ordinary matches with them.
        assert!((v.fresh.expected - 100.0 / 3.0).abs() < 1e-9, "{v:?}");
        assert!(v.fresh.logit > 0.0);
    }

    #[test]
    fn the_excess_is_counted_again_on_each_client() {
        // Accounts aged for weeks, then used a few times each: 250 farm accounts on one SDK
        // (10 of them not matching), and ordinary users on two browsers, 20 of whom match.
        let strata = vec![
            StratumFacts {
                client: 1,
                cohort: 260,
                matches: 250,
            },
            StratumFacts {
                client: 2,
                cohort: 120,
                matches: 12,
            },
            StratumFacts {
                client: 3,
                cohort: 80,
                matches: 8,
            },
        ];
        let f = CohortFacts {
            fresh: BandFacts::default(),
            young: BandFacts {
                cohort: 460,
                matches: 270,
                strata,
            },
            reference: 3_000,
            reference_matches: 100,
        };
        let v = judge(&CohortParams::default(), &f, BIAS);
        assert_eq!(v.fresh.logit, 0.0);
        let band = v.band(Band::Young);
        assert!(band.purity > 0.75 && band.purity < 0.9, "{band:?}");
        // The farm's client is purer than the band; the browsers' matches are explained by
        // their non-matching neighbours and get nothing; an unseen client gets the band's.
        assert!(band.logit_for(1) > band.logit, "{band:?}");
        assert_eq!(band.logit_for(2), 0.0, "{band:?}");
        assert_eq!(band.logit_for(3), 0.0, "{band:?}");
        assert_eq!(band.logit_for(9), band.logit);
        // A stratum of three matches and nothing else keeps about the band's purity.
        let few = StratumFacts {
            client: 4,
            cohort: 3,
            matches: 3,
        };
        let p = stratum_purity(&few, 0.25, band.purity, 10.0);
        assert!(p >= band.purity && p < band.purity + 0.1, "{p}");
        // Without a cohort in the band no client gets anything.
        let none = BandVerdict::default();
        assert_eq!(none.logit_for(1), 0.0);
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
