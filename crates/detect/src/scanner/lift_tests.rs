//! A suspect member's lift (`Inherited::lift`: `campaign_member`, `card_sibling`) adds to
//! whatever else the account has. The cluster's farm evidence counts once with the cohort's,
//! wave's and segment's (the largest), and a lift counted in it vanished under a cohort's or a
//! segment's larger evidence: members promised review were left just under it (37 accounts of
//! the outside data sets' campaigns, all attackers).

use dg_model::{Account, Event, Policy, SignupChannel, Timestamp};

use super::{Inherited, ScanConfig, Scanner};
use crate::cohort::CohortVerdict;
use crate::features::Family;
use crate::score::Weights;

const START: i64 = 1_770_000_000_000;

/// A brief new account taking two long single-shot answers an hour after signing up: a
/// throwaway cohort's match.
fn brief_account() -> Scanner {
    let a = Account {
        account_id: "brief".into(),
        created_at: Timestamp(START - 3_600_000),
        org_id: None,
        email_domain: Some("mail.example".into()),
        email_local_shape: Some("aaaa".into()),
        payment_fingerprint: Some("card_1".into()),
        billing_country: Some("US".into()),
        signup_channel: Some(SignupChannel::Standard),
        verified: Some(false),
    };
    let cfg = ScanConfig::with_demo_key(Policy::default(), Weights::default_weights(), Vec::new());
    let mut s = Scanner::new(cfg, [("brief".to_string(), a)]);
    for n in 0..2 {
        let e = Event {
            request_id: format!("r{n}"),
            ts: Timestamp(START + n * 60_000),
            account_id: "brief".into(),
            api_key_id: None,
            ip: "192.0.2.7".parse().expect("test address"),
            user_agent: None,
            client_fingerprint: Some("fp".into()),
            model: "model-x".into(),
            prompt: format!("Tell me about item {n} and its history, please."),
            system: None,
            turns: Some(1),
            tools: Vec::new(),
            tool_calls: None,
            has_image: None,
            max_tokens: Some(16_000),
            input_tokens: 40,
            output_tokens: 2_000,
            thinking_tokens: None,
            stop_reason: None,
        };
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
