//! Records taken in batch by batch keep the same counts and sponsorships as a recount over
//! every record held (`records.rs` keeps them up to date instead of recounting).

use std::collections::HashMap;

use dg_model::{Account, Event, Policy, SignupChannel, Timestamp};

use super::{
    mark_sponsored, pooled_card_orgs, record_counts, thin_orgs, ScanConfig, Scanner, Signup,
};
use crate::score::Weights;

const START: i64 = 1_770_000_000_000;
const DAY: i64 = Timestamp::DAY;

/// A small deterministic generator (the test needs no statistics, only variety).
struct Lcg(u64);

impl Lcg {
    fn below(&mut self, n: u64) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        (self.0 >> 33) % n
    }
}

/// Records drawn from a few orgs and many cards, so that cards, orgs and (org, card) payer
/// groups are shared (an org's card with accounts declaring no org too), verified or not, created from two years to a day before `START`.
fn record(r: &mut Lcg, n: usize) -> (String, Account) {
    let id = format!("acct_{n:04}");
    // Eight orgs of many accounts, and small ones that a batch may give a second account.
    let org = (r.below(3) > 0).then(|| match r.below(3) {
        0 => 8 + r.below(200),
        _ => r.below(8),
    });
    // An org's accounts mostly pay with the org's card; the rest with cards of their own,
    // some of which turn out shared (so counts go from one account to two in a batch).
    let card = match (org, r.below(5)) {
        (_, 0) => None,
        (Some(o), 1..=3) => Some(format!("card_org_{o}")),
        // Some accounts declaring no org pay with an org's card (a pooled card, once enough).
        (None, 1) => Some(format!("card_org_{}", r.below(3))),
        _ => Some(format!("card_{}", r.below(300))),
    };
    let a = Account {
        account_id: id.clone(),
        created_at: Timestamp(START - (1 + r.below(730) as i64) * DAY),
        org_id: org.map(|o| format!("org_{o}")),
        email_domain: None,
        email_local_shape: None,
        payment_fingerprint: card,
        billing_country: Some("US".into()),
        signup_channel: Some(SignupChannel::Standard),
        // Org 0 turns mostly unverified as later batches arrive, org 1 the other way round
        // (an org a verified member does not anchor, and one it does again).
        verified: Some(match (org, n < 150) {
            (Some(0), true) | (Some(1), false) => true,
            (Some(0), false) | (Some(1), true) => r.below(8) == 0,
            _ => r.below(3) > 0,
        }),
    };
    (id, a)
}

fn event(id: &str, n: usize) -> Event {
    Event {
        request_id: format!("r{n}"),
        ts: Timestamp(START + n as i64 * 1_000),
        account_id: id.to_string(),
        api_key_id: None,
        ip: "192.0.2.7".parse().expect("test address"),
        user_agent: None,
        client_fingerprint: None,
        model: "model-x".into(),
        prompt: "How do I keep a sourdough starter alive over a holiday?".into(),
        system: None,
        turns: Some(1),
        tools: Vec::new(),
        tool_calls: None,
        has_image: None,
        max_tokens: Some(1_000),
        input_tokens: 20,
        output_tokens: 300,
        thinking_tokens: None,
        stop_reason: None,
    }
}

/// Every record the scanner holds, waiting or taken, by id.
fn held(s: &Scanner) -> HashMap<String, Signup> {
    let waiting = s
        .pending
        .waiting()
        .map(|(id, a)| (id.to_string(), a.clone()));
    let taken = s
        .slots
        .iter()
        .enumerate()
        .filter_map(|(i, slot)| slot.signup.clone().map(|a| (s.ids.get(i).to_string(), a)));
    waiting.chain(taken).collect()
}

/// The counts and sponsorships the scanner holds equal a recount over its records.
fn assert_as_recounted(s: &Scanner, gap_ms: i64) {
    let mut records = held(s);
    let (cards, orgs) = record_counts(records.values());
    assert_eq!(s.card_df.shared, cards.shared, "accounts per card");
    assert_eq!(s.org_df.shared, orgs.shared, "accounts per org");
    let thin = thin_orgs(records.values(), s.cfg.weights.farm.vouch_verified_min);
    assert_eq!(s.org_thin, thin, "mostly unverified orgs");
    assert!(!thin.is_empty(), "the world has mostly unverified orgs");
    let pooled = pooled_card_orgs(records.values());
    assert_eq!(s.org_pooled_card, pooled, "orgs paying with a pooled card");
    assert!(
        !pooled.is_empty(),
        "the world has orgs paying with a pooled card"
    );
    let kept: HashMap<String, bool> = records
        .iter()
        .map(|(id, a)| (id.clone(), a.sponsored))
        .collect();
    let mut all: Vec<&mut Signup> = records.values_mut().collect();
    mark_sponsored(&mut all, gap_ms);
    let recounted: HashMap<String, bool> = records
        .iter()
        .map(|(id, a)| (id.clone(), a.sponsored))
        .collect();
    assert_eq!(kept, recounted, "sponsorships");
    assert!(
        recounted.values().any(|&v| v),
        "the world has sponsored accounts"
    );
}

#[test]
fn records_taken_in_batch_by_batch_count_as_a_recount_over_all_of_them() {
    let mut r = Lcg(7);
    let all: Vec<(String, Account)> = (0..400).map(|n| record(&mut r, n)).collect();
    let cfg = ScanConfig::with_demo_key(Policy::default(), Weights::default_weights(), vec![]);
    let gap_days = cfg.weights.signal_params.academic_identified_days;
    let gap_ms = (gap_days * DAY as f64) as i64;
    // The first 150 records at construction; 100 of their accounts send (their records move
    // into the slots) before any more arrive, and accounts of later batches send between them.
    let mut s = Scanner::new(cfg, all[..150].iter().cloned());
    for (n, (id, _)) in all[..100].iter().enumerate() {
        s.observe(&event(id, n), None);
    }
    let mut sent = 100;
    for batch in all[150..].chunks(37) {
        let before: HashMap<String, bool> = held(&s)
            .into_iter()
            .map(|(id, a)| (id, a.sponsored))
            .collect();
        let changed = s
            .add_accounts(batch.iter().cloned())
            .expect("unseen accounts");
        assert_as_recounted(&s, gap_ms);
        // What is reported changed: the accounts held in slots whose sponsorship flipped.
        let after = held(&s);
        let mut flipped: Vec<&str> = (0..s.slots.len())
            .map(|i| s.ids.get(i))
            .filter(|id| before.get(*id).copied() != after.get(*id).map(|a| a.sponsored))
            .collect();
        flipped.sort_unstable();
        let mut reported: Vec<&str> = changed.iter().map(AsRef::as_ref).collect();
        reported.sort_unstable();
        assert_eq!(reported, flipped);
        for (id, _) in &batch[..10] {
            s.observe(&event(id, sent), None);
            sent += 1;
        }
    }
    assert_as_recounted(&s, gap_ms);
}
