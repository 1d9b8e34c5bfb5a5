//! The pending sign-up records' hash index answers as the binary search it stands in for.

use std::collections::HashMap;

use dg_model::{Account, Timestamp};

use super::Pending;

fn account(id: &str, ms: i64) -> (String, Account) {
    let a = Account {
        account_id: id.to_string(),
        created_at: Timestamp(ms),
        org_id: None,
        email_domain: None,
        email_local_shape: None,
        payment_fingerprint: None,
        billing_country: None,
        signup_channel: None,
        verified: None,
    };
    (id.to_string(), a)
}

/// Two ids whose index keys collide (32 bits: found among some 10⁵ ids by the birthday bound).
fn colliding_ids() -> (String, String) {
    let mut seen = HashMap::new();
    for n in 0..2_000_000u32 {
        let id = format!("acct_{n}");
        if let Some(other) = seen.insert(Pending::key(&id), id.clone()) {
            return (other, id);
        }
    }
    panic!("no colliding ids among two million");
}

#[test]
fn ids_whose_keys_collide_each_find_their_own_record() {
    let (a, b) = colliding_ids();
    let mut p = Pending::new([account(&a, 1), account(&b, 2), account("acct_x", 3)]);
    assert!(p.take(&format!("{a}_absent")).is_none());
    assert_eq!(p.take(&b).map(|r| r.0.created_at), Some(Timestamp(2)));
    assert_eq!(p.take(&a).map(|r| r.0.created_at), Some(Timestamp(1)));
    // Taken records are gone, and the compaction's rebuilt index still finds the rest.
    assert!(p.take(&a).is_none());
    assert_eq!(p.take("acct_x").map(|r| r.0.created_at), Some(Timestamp(3)));
    assert!(p.take("acct_y").is_none());
}

#[test]
fn an_id_given_twice_keeps_its_last_record() {
    let mut p = Pending::new([account("acct_a", 1), account("acct_a", 2)]);
    assert_eq!(p.take("acct_a").map(|r| r.0.created_at), Some(Timestamp(2)));
    assert!(p.take("acct_a").is_none());
}

#[test]
fn a_record_put_back_is_taken_again_whether_or_not_it_was_compacted_away() {
    let ids: Vec<String> = (0..6).map(|n| format!("acct_{n}")).collect();
    let mut p = Pending::new(ids.iter().enumerate().map(|(k, id)| account(id, k as i64)));
    // Two taken: still in the list (not compacted). Then a third: compacted away.
    let r1 = p.take("acct_1").expect("record");
    let r4 = p.take("acct_4").expect("record");
    p.put_back(vec![("acct_1".into(), r1)]);
    let r3 = p.take("acct_3").expect("record");
    let r5 = p.take("acct_5").expect("record");
    assert!(p.records.len() < ids.len(), "compacted");
    p.put_back(vec![
        ("acct_5".into(), r5),
        ("acct_3".into(), r3),
        ("acct_4".into(), r4),
    ]);
    for (k, id) in ids.iter().enumerate() {
        assert_eq!(
            p.take(id).map(|r| r.0.created_at),
            Some(Timestamp(k as i64)),
            "{id}"
        );
        assert!(p.take(id).is_none(), "{id} taken once");
    }
}

#[test]
fn records_added_while_running_are_found_before_and_after_they_are_merged() {
    use crate::account::Signup;
    use crate::link::SignupLinks;
    let record = |id: &str, ms: i64| {
        let (id, a) = account(id, ms);
        (id.into_boxed_str(), (Signup::of(&a), SignupLinks::of(&a)))
    };
    let mut p = Pending::new((0..100).map(|k| account(&format!("acct_{k:04}"), k)));
    // A few: kept apart, found by every look-up.
    p.add(vec![record("late_a", 1_000), record("late_b", 1_001)]);
    assert!(!p.late.is_empty(), "kept apart");
    assert!(p.holds("late_a") && p.holds("acct_0042") && !p.holds("late_z"));
    p.get_mut("late_b").expect("waiting").sponsored = true;
    assert_eq!(p.waiting().count(), 102);
    assert_eq!(
        p.take("late_a").map(|r| r.0.created_at),
        Some(Timestamp(1_000))
    );
    assert!(!p.holds("late_a") && p.take("late_a").is_none());
    // Many: merged into the sorted records, still found, the change made in place kept.
    p.add(
        (0..1_100)
            .map(|k| record(&format!("more_{k:04}"), 2_000 + k))
            .collect(),
    );
    assert!(p.late.is_empty(), "merged");
    assert!(p.take("late_b").is_some_and(|r| r.0.sponsored));
    for k in (0..1_100).step_by(97) {
        let id = format!("more_{k:04}");
        assert_eq!(
            p.take(&id).map(|r| r.0.created_at),
            Some(Timestamp(2_000 + k)),
            "{id}"
        );
    }
    assert_eq!(
        p.take("acct_0042").map(|r| r.0.created_at),
        Some(Timestamp(42))
    );
}
