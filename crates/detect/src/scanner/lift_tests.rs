//! A suspect member's lift (`Inherited::lift`: `campaign_member`, `card_sibling`) adds to
//! whatever else the account has. The cluster's farm evidence counts once with the cohort's,
//! wave's and segment's (the largest), and a lift counted in it vanished under a cohort's or a
//! segment's larger evidence: members promised review were left just under it (37 accounts of
//! the outside data sets' campaigns, all attackers).

use dg_model::Policy;

use super::operation_tests::{account, event};
use super::{Inherited, ScanConfig, Scanner};
use crate::cohort::CohortVerdict;
use crate::features::Family;
use crate::score::Weights;

const START: i64 = 1_770_000_000_000;

/// A brief new account taking two long single-shot answers an hour after signing up: a
/// throwaway cohort's match.
fn brief_account() -> Scanner {
    let cfg = ScanConfig::with_demo_key(Policy::default(), Weights::default_weights(), Vec::new());
    let mut s = Scanner::new(cfg, [account("brief", START - 3_600_000, "card_1")]);
    for n in 0..2 {
        let e = event(
            n,
            "brief",
            START + n as i64 * 60_000,
            "192.0.2.7".into(),
            "fp",
        );
        s.observe(&e, None);
    }
    s
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
        logit: 5.0,
        purity: 0.9,
        expected: 1.0,
        matches: 40,
        detail: String::new(),
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
