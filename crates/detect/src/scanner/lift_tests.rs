//! A suspect member's lift (`Inherited::lift`: `campaign_member`, `card_sibling`) adds to
//! whatever else the account has. The cluster's farm evidence counts once with the cohort's,
//! wave's and segment's (the largest), and a lift counted in it vanished under a cohort's or a
//! segment's larger evidence: members promised review were left just under it (37 accounts of
//! the outside data sets' campaigns, all attackers).

use dg_model::Policy;

use super::operation_tests::{account, event};
use super::{Inherited, ScanConfig, Scanner};
use crate::cohort::{BandVerdict, CohortVerdict};
use crate::features::Family;
use crate::score::Weights;

const START: i64 = 1_770_000_000_000;

/// A brief new account taking two long single-shot answers an hour after signing up: a
/// throwaway cohort's match.
fn brief_account() -> Scanner {
    members(&["brief"], 2).0
}

fn farm_total(extras: &[(Family, f64)]) -> f64 {
    extras
        .iter()
        .filter(|(f, _)| *f == Family::Farm)
        .map(|(_, l)| l)
        .sum()
}

#[test]
fn a_lift_adds_to_a_larger_cohort_s_evidence() {
    let mut s = brief_account();
    let i = s.ids.find("brief").expect("the account");
    assert!(s.cohort_match(i), "the account should be a cohort match");
    s.cohort = CohortVerdict {
        fresh: BandVerdict {
            logit: 5.0,
            purity: 0.9,
            expected: 1.0,
            matches: 40,
            detail: String::new(),
            strata: Vec::new(),
        },
        young: BandVerdict::default(),
    };
    let inherited = |lift| Inherited {
        cluster_id: "cl_test".into(),
        logit: 0.3,
        farm: 1.0,
        lift,
        reasons: Vec::new(),
    };
    // The cluster's farm evidence (1.0) counts once with the cohort's (5.0): the larger.
    let without = farm_total(&s.extras_with(i, Some(&inherited(0.0))));
    assert!((without - 5.0).abs() < 1e-9, "{without}");
    // The lift comes on top of it.
    let with = farm_total(&s.extras_with(i, Some(&inherited(0.4))));
    assert!((with - 5.4).abs() < 1e-9, "{with}");
}

/// What a member inherits from the test cluster: `logit` in the coordination family, as much
/// in the farm family (two families, so a strong member is flagged on it).
fn from_cluster(logit: f64) -> Inherited {
    Inherited {
        cluster_id: "cl_test".into(),
        logit,
        farm: logit,
        lift: 0.0,
        reasons: Vec::new(),
    }
}

/// Sets what member `i` inherits so that its score lands in `lo..hi` (a bisection on the
/// inherited log-odds, so the test does not hang on the weights' exact values).
fn score_between(s: &mut Scanner, i: usize, lo: f64, hi: f64) -> f64 {
    let (mut a, mut b) = (-20.0, 20.0);
    for _ in 0..60 {
        let mid = (a + b) / 2.0;
        s.slots[i].inherited = Some(Box::new(from_cluster(mid)));
        let p = s.verdict(i).1;
        if p < lo {
            a = mid;
        } else if p >= hi {
            b = mid;
        } else {
            return p;
        }
    }
    panic!("no inherited evidence puts account {i} in {lo}..{hi}");
}

/// A scanner over accounts `ids`, each signed up an hour before `START` on a card of its own
/// and sending `requests` requests from one address; with the slot of each account.
fn members(ids: &[&str], requests: usize) -> (Scanner, Vec<usize>) {
    let cfg = ScanConfig::with_demo_key(Policy::default(), Weights::default_weights(), Vec::new());
    let mut s = Scanner::new(
        cfg,
        ids.iter()
            .enumerate()
            .map(|(k, id)| account(id, START - 3_600_000, &format!("card_{k}"))),
    );
    for (k, id) in ids.iter().enumerate() {
        for n in 0..requests {
            let e = event(
                k * 10 + n,
                id,
                START + n as i64 * 60_000,
                "192.0.2.7".into(),
                "fp",
            );
            s.observe(&e, None);
        }
    }
    let slots = ids
        .iter()
        .map(|id| s.ids.find(id).expect("the account"))
        .collect();
    (s, slots)
}

/// The test cluster over `slots`, judged with this coordination and distillation.
fn scored(slots: &[usize], coordination: f64, distillation: f64) -> super::Scored {
    let mut members: Vec<u32> = slots.iter().map(|&i| i as u32).collect();
    members.sort_unstable();
    super::Scored {
        cluster: crate::link::Cluster {
            id: "cl_test".into(),
            members,
            links: Vec::new(),
            coordination: Default::default(),
        },
        coordination,
        distillation,
        frames: Vec::new(),
        first_seen: START,
        last_seen: START,
        successor_of: None,
        known_actors: Vec::new(),
        farm: Default::default(),
    }
}

/// A campaign whose members are flagged by evidence the re-link's estimate did not have (as
/// a segment's, judged after it) lifts its suspect members to review, and only them.
#[test]
fn a_campaign_flagged_by_its_final_scores_lifts_its_suspects() {
    let (mut s, slots) = members(&["m0", "m1", "m2", "m3", "suspect", "clean"], 2);
    for &i in &slots[..4] {
        s.slots[i].inherited = Some(Box::new(from_cluster(8.0)));
        assert!(s.verdict(i).0.is_flagged(), "member {i} should be flagged");
    }
    let review = s.cfg.policy.thresholds.review;
    let (suspect, clean) = (slots[4], slots[5]);
    let before = score_between(&mut s, suspect, 0.15, 0.4);
    score_between(&mut s, clean, 0.0, 0.05);
    // No coordination or distillation of its own: four of its six members flagged carry it.
    let scored = scored(&slots, 0.0, 0.0);
    s.lift_late_members(std::slice::from_ref(&scored));
    let after = s.verdict(suspect).1;
    assert!(
        before < review && after >= review,
        "the suspect went from {before} to {after}"
    );
    let x = s.slots[suspect].inherited.as_deref().expect("inherited");
    assert!(
        x.reasons.iter().any(|r| r.code == "campaign_member"),
        "{:?}",
        x.reasons
    );
    assert!(
        s.verdict(clean).1 < 0.05,
        "a member with nothing of its own stays"
    );
    // Once lifted, a second pass adds nothing (the re-link's own lift is topped up elsewhere).
    let lift = x.lift;
    s.lift_late_members(std::slice::from_ref(&scored));
    let again = s.slots[suspect]
        .inherited
        .as_deref()
        .expect("inherited")
        .lift;
    assert!((again - lift).abs() < 1e-12, "{lift} then {again}");
}

/// The same cluster with its members' final scores low is no campaign: nobody is lifted.
#[test]
fn a_campaign_its_final_scores_leave_at_allow_lifts_nobody() {
    let (mut s, slots) = members(&["a", "b", "suspect"], 1);
    for &i in &slots[..2] {
        score_between(&mut s, i, 0.0, 0.05);
    }
    let suspect = slots[2];
    let before = score_between(&mut s, suspect, 0.15, 0.4);
    let scored = scored(&slots, 0.2, 0.2);
    s.lift_late_members(std::slice::from_ref(&scored));
    assert_eq!(s.verdict(suspect).1, before);
}
