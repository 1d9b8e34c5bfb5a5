//! Who in a farm's cluster shows the farm's marks (`Scanner::farm_verdicts`, `shows`): the
//! pool's core rotates, holds its client and signed up in its wave; a member sharing an exit
//! with the core shows its operation; a member on its own fixed address, with its own client,
//! card and sign-up time, linked by what it asks, shows nothing and inherits no farm evidence.

use dg_model::{Account, Event, IpRange, NetKind, Policy, SignupChannel, Timestamp};

use super::{ScanConfig, Scanner};
use crate::link::{Cluster, CoordinationFacts};
use crate::score::Weights;

const START: i64 = 1_770_000_000_000;

/// A standard, unverified sign-up paying with `card` (shared with `lift_tests`).
pub(super) fn account(id: &str, created: i64, card: &str) -> (String, Account) {
    let a = Account {
        account_id: id.to_string(),
        created_at: Timestamp(created),
        org_id: None,
        email_domain: Some("mail.example".into()),
        email_local_shape: Some("aaaa".into()),
        payment_fingerprint: Some(card.to_string()),
        billing_country: Some("US".into()),
        signup_channel: Some(SignupChannel::Standard),
        verified: Some(false),
    };
    (id.to_string(), a)
}

/// A single-turn request with a 16k cap taking a 2,000-token answer (shared with
/// `lift_tests`).
pub(super) fn event(n: usize, id: &str, ts: i64, ip: String, fp: &str) -> Event {
    Event {
        request_id: format!("r{n}"),
        ts: Timestamp(ts),
        account_id: id.to_string(),
        api_key_id: None,
        ip: ip.parse().expect("test address"),
        user_agent: None,
        client_fingerprint: Some(fp.to_string()),
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
    }
}

fn net(cidr: &str, kind: NetKind) -> IpRange {
    IpRange {
        cidr: cidr.parse().expect("test range"),
        asn: 64_501,
        as_org: "AS64501".into(),
        country: "US".into(),
        kind,
    }
}

#[test]
fn only_members_showing_the_farms_marks_inherit_it() {
    let mut accounts: Vec<(String, Account)> = (0..12)
        .map(|k| {
            account(
                &format!("farm_{k:02}"),
                START - 86_400_000,
                &format!("card_{}", k % 3),
            )
        })
        .collect();
    // Signed up on their own, weeks before the farm's wave.
    accounts.push(account("backend", START - 40 * 86_400_000, "card_backend"));
    accounts.push(account(
        "neighbour",
        START - 50 * 86_400_000,
        "card_neighbour",
    ));
    let cfg = ScanConfig::with_demo_key(Policy::default(), Weights::default_weights(), vec![]);
    let mut s = Scanner::new(cfg, accounts);
    let proxy = net("203.0.113.0/24", NetKind::ResidentialProxy);
    let cloud = net("198.51.100.0/24", NetKind::Hosting);
    let mut n = 0;
    for round in 0..40i64 {
        let ts = START + round * 600_000;
        for k in 0..12 {
            // The core: a new proxy exit each request, the pool's rare client.
            let ip = format!("203.0.113.{}", 1 + (round * 12 + k) % 250);
            s.observe(
                &event(n, &format!("farm_{k:02}"), ts + k, ip, "fp_rare"),
                Some(&proxy),
            );
            n += 1;
        }
        // Its own fixed cloud address and client.
        let e = event(n, "backend", ts + 100, "198.51.100.7".into(), "fp_backend");
        s.observe(&e, Some(&cloud));
        n += 1;
        // Its own client and a fixed address, but on an exit the core uses too.
        let e = event(n, "neighbour", ts + 200, "203.0.113.5".into(), "fp_other");
        s.observe(&e, Some(&proxy));
        n += 1;
    }
    let slots: std::collections::HashMap<String, u32> = (0..s.ids.len())
        .map(|i| (s.ids.get(i).to_string(), i as u32))
        .collect();
    let slot = |id: &str| *slots.get(id).expect("seen account");
    let mut members: Vec<u32> = (0..12).map(|k| slot(&format!("farm_{k:02}"))).collect();
    members.push(slot("backend"));
    members.push(slot("neighbour"));
    members.sort_unstable();
    let cluster = Cluster {
        id: "cl_test".into(),
        members: members.clone(),
        links: Vec::new(),
        coordination: CoordinationFacts {
            network_share: 0.9,
            ..CoordinationFacts::default()
        },
    };
    let input = s.input_over(Timestamp(START), members.clone());
    let v = input.farm_verdicts(&cluster, &input.population);
    assert!(v.full.logit > 0.0, "{:?}", v.full);
    let shows = |id: &str| v.shows[members.iter().position(|&m| m == slot(id)).expect("member")];
    assert!(shows("farm_00") && shows("farm_11"));
    assert!(shows("neighbour"), "shares an exit with the core");
    assert!(!shows("backend"), "nothing of the farm's own");
}
