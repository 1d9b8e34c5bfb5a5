//! The per-event decision call: folding each event with `observe_decided` answers what the
//! account's finding would say right after it, and flags the events that moved the decision.
//!
//! A scanner driver walks a small world in time order: a wave farm on hosting exits that its
//! re-links flag, one heavy harvester flagged on its own evidence, and developers at home who
//! stay `allow` throughout.

mod scan_support;

use std::collections::HashMap;

use dg_detect::scanner::{ScanConfig, Scanner};
use dg_detect::score::Weights;
use dg_model::{Decision, NetKind, Policy};
use scan_support::*;

fn world() -> World {
    let mut w = World::new();
    let mut r = Lcg(61);
    let hosting = range("203.0.113.0/24", 64_801, NetKind::Hosting);
    wave_farm(&mut w, &mut r, &hosting);
    isp_developers(&mut w, &mut r, 60);
    // One harvester at home: a fresh account taking long answers under 32k caps, all day.
    let home = range("100.66.0.0/16", 64_802, NetKind::Isp);
    w.account(Who::farmed(
        "harvester",
        "harvester",
        START - DAY,
        "card_h".into(),
    ));
    for k in 0..400 {
        let ts = START + k * (3 * DAY / 400) + r.below(60_000) as i64;
        let prompt = plain(&mut r);
        w.request(
            "harvester",
            ts,
            "100.66.1.1".into(),
            &home,
            "fp_sdk",
            prompt,
            32_000,
            6_000,
        );
    }
    w.events.sort_by_key(|(e, _)| e.ts);
    w
}

#[test]
fn each_event_answers_the_accounts_current_decision_and_whether_it_moved() {
    let w = world();
    let cfg = ScanConfig::with_demo_key(Policy::default(), Weights::default_weights(), Vec::new());
    let mut s = Scanner::new(cfg, w.accounts.clone());
    // Per group: events whose fold changed the account's decision, and events seen flagged.
    let mut changes: HashMap<&str, usize> = HashMap::new();
    let mut flagged: HashMap<&str, usize> = HashMap::new();
    let mut last: HashMap<String, Decision> = HashMap::new();
    for (e, net) in &w.events {
        let before = s
            .current_finding(&e.account_id)
            .map_or(Decision::Allow, |f| f.decision);
        let d = s.observe_decided(e, net.as_ref());
        let now = s.current_finding(&e.account_id).expect("folded");
        assert_eq!(d.decision, now.decision, "{}", e.account_id);
        assert_eq!(d.score, now.score, "{}", e.account_id);
        assert_eq!(d.changed, d.decision != before, "{}", e.account_id);
        let group = w.group[&e.account_id];
        *changes.entry(group).or_default() += usize::from(d.changed);
        *flagged.entry(group).or_default() += usize::from(d.decision.is_flagged());
        last.insert(e.account_id.clone(), d.decision);
    }
    // The harvester crosses the line on one of its own events and stays over it.
    assert!(last["harvester"].is_flagged(), "{last:?}");
    assert!((1..=3).contains(&changes["harvester"]), "{changes:?}");
    // The farm is flagged by its re-links. A member whose own event ran the re-link sees the
    // change on that event; one flagged by a re-link another account's event ran is already
    // flagged when its next event comes, and that event changes nothing.
    let farm_flagged = last
        .iter()
        .filter(|(id, d)| w.group[id.as_str()] == "farm" && d.is_flagged())
        .count();
    assert!(farm_flagged >= 25, "{farm_flagged} of 30: {last:?}");
    assert!(
        (10..=farm_flagged).contains(&changes["farm"]),
        "{changes:?}"
    );
    // Developers are allow at every event, so no event changes them.
    assert_eq!(changes.get("developer").copied().unwrap_or(0), 0);
    assert_eq!(flagged.get("developer").copied().unwrap_or(0), 0);
}
