//! The scan treats one address as one address, however the log spells it.

use std::collections::HashMap;

use dg_detect::scanner::{ScanConfig, Scanner};
use dg_detect::score::Weights;
use dg_model::{Event, Policy, Timestamp};

fn event(i: i64, ip: &str) -> Event {
    Event {
        request_id: format!("r{i}"),
        ts: Timestamp(1_770_000_000_000 + i * 60_000),
        account_id: "acct_mapped".into(),
        api_key_id: None,
        ip: ip.parse().unwrap(),
        user_agent: None,
        client_fingerprint: None,
        model: "model-x".into(),
        prompt: format!("What is {i} times {i}?"),
        system: None,
        turns: Some(1),
        tools: Vec::new(),
        tool_calls: None,
        has_image: None,
        max_tokens: Some(1024),
        input_tokens: 20,
        output_tokens: 40,
        thinking_tokens: None,
        stop_reason: None,
    }
}

#[test]
fn ipv4_mapped_ipv6_is_the_same_address() {
    let cfg = ScanConfig::with_demo_key(Policy::default(), Weights::default_weights(), Vec::new());
    let mut scan = Scanner::new(cfg, HashMap::new());
    for i in 0..40 {
        let ip = if i % 2 == 0 {
            "198.51.100.7"
        } else {
            "::ffff:198.51.100.7"
        };
        scan.observe(&event(i, ip), None);
    }
    let (_, state, _, _) = scan.states().next().unwrap();
    let distinct = state.ips.estimate();
    assert!(distinct < 1.5, "{distinct} distinct addresses");
}

#[test]
fn a_policy_without_a_hash_key_needs_the_demo_key_chosen_explicitly() {
    let err = ScanConfig::new(Policy::default(), Weights::default_weights(), Vec::new());
    assert!(err.is_err(), "no quiet public key");
    let keyed = Policy {
        hash_key: "0123456789abcdef0123".into(),
        hash_key_id: "k1".into(),
        ..Policy::default()
    };
    let cfg = ScanConfig::new(keyed, Weights::default_weights(), Vec::new()).expect("keyed");
    assert_eq!(cfg.hash_key_id, "k1");
    let demo = ScanConfig::with_demo_key(Policy::default(), Weights::default_weights(), Vec::new());
    assert_eq!(demo.hash_key_id, "unkeyed");
}
