//! Eviction of idle accounts (`ScanConfig::evict_idle_ms`): ordinary accounts that went quiet
//! leave the scanner, a flagged farm and its cluster stay, an evicted account that returns
//! starts afresh with its sign-up record, eviction off changes nothing, and a snapshot taken
//! after evictions restores to a scanner that folds on exactly as the original.

mod scan_support;

use dg_detect::scanner::snapshot::State;
use dg_detect::scanner::Scanner;
use dg_detect::score::Weights;
use scan_support::relink_world::{comeback, evicting_config, farm_quiet_and_steady};
use scan_support::*;

/// Eviction horizon of the tests.
const HORIZON: i64 = 2 * DAY;

/// The re-link world (`scan_support::relink_world`); the first five quiet customers belong
/// to a company: their first requests make the org vouch for its accounts, which must outlive
/// their eviction (and a restore after it).
fn world() -> World {
    farm_quiet_and_steady(23, Some("acme_corp"))
}

fn ids(w: &World, group: &str) -> Vec<String> {
    let mut v: Vec<String> = w
        .group
        .iter()
        .filter(|(_, &g)| g == group)
        .map(|(id, _)| id.clone())
        .collect();
    v.sort();
    v
}

#[test]
fn idle_accounts_are_evicted_while_a_flagged_farm_and_its_cluster_are_kept() {
    let w = world();
    let mut s = Scanner::new(evicting_config(HORIZON), w.accounts.clone());
    for (e, net) in &w.events {
        s.observe(e, net.as_ref());
    }
    let early = ids(&w, "early");
    let farm = ids(&w, "farm");
    let steady = ids(&w, "steady");
    for id in &early {
        assert!(!s.holds(id), "{id} idle since day 1 is evicted");
        assert!(s.current_finding(id).is_none(), "{id} has no finding");
    }
    assert_eq!(s.evicted(), early.len() as u64, "only the quiet customers");
    assert_eq!(s.accounts(), farm.len() + steady.len());
    for id in &steady {
        assert!(s.holds(id), "{id} is active");
    }
    for id in &farm {
        let f = s.current_finding(id).expect("a flagged account is kept");
        assert!(f.decision.is_flagged(), "{id}: {:?}", f.decision);
        assert!(f.cluster_id.is_some(), "{id} keeps its cluster evidence");
    }
    // The farm, idle for seven days, is kept to the end with its cluster whole; the quiet
    // customers are not reported.
    let (found, clusters) = s.finish();
    assert_eq!(found.len(), farm.len() + steady.len());
    assert_eq!(flagged_by_group(&w, &found).get("farm"), Some(&farm.len()));
    for f in found.iter().filter(|f| f.account_id.starts_with("farm_")) {
        let c = clusters
            .iter()
            .find(|c| Some(&c.cluster_id) == f.cluster_id.as_ref())
            .expect("its cluster is listed");
        assert!(c.accounts.contains(&f.account_id), "{}", f.account_id);
        assert!(c.decision.is_flagged(), "{}", c.cluster_id);
    }
}

#[test]
fn an_evicted_account_that_returns_starts_afresh_with_its_sign_up_record() {
    let mut w = world();
    let back = "early_07";
    let before = w
        .events
        .iter()
        .filter(|(e, _)| e.account_id == back)
        .count();
    assert!(before > 0);
    comeback(&mut w, back, START + 10 * DAY);
    let mut s = Scanner::new(evicting_config(HORIZON), w.accounts.clone());
    for (e, net) in &w.events {
        s.observe(e, net.as_ref());
    }
    let (_, state, signup, _) = s
        .states()
        .find(|(id, ..)| *id == back)
        .expect("the returning account is held again");
    assert_eq!(state.requests, 1, "its earlier {before} requests are gone");
    let signup = signup.expect("it has its sign-up record back");
    assert_eq!(signup.created_at, w.accounts[back].created_at);
    let f = s.current_finding(back).expect("it has a finding");
    assert!(!f.decision.is_flagged());
    assert_eq!(s.evicted(), ids(&w, "early").len() as u64);
}

#[test]
fn with_eviction_off_or_beyond_the_data_the_outputs_are_the_default_ones() {
    let w = world();
    let default = scan(&w, Weights::default_weights());
    assert_eq!(scan_with(&w, evicting_config(0)), default);
    // The eviction pass runs at every re-link but finds nobody idle for a year.
    assert_eq!(scan_with(&w, evicting_config(365 * DAY)), default);
    // And it does change them when it evicts (the quiet customers are not reported).
    assert_ne!(scan_with(&w, evicting_config(HORIZON)).0, default.0);
}

#[test]
fn a_snapshot_after_evictions_restores_to_a_scanner_that_folds_on_as_the_original() {
    let mut w = world();
    comeback(&mut w, "early_03", START + 10 * DAY);
    comeback(&mut w, "early_11", START + 10 * DAY + 60_000);
    let mut whole = Scanner::new(evicting_config(HORIZON), w.accounts.clone());
    for (e, net) in &w.events {
        whole.observe(e, net.as_ref());
    }
    let cut = w
        .events
        .iter()
        .position(|(e, _)| e.ts.millis() >= START + 8 * DAY)
        .expect("events after day 8");
    for cut in [cut, w.events.len() - 1] {
        let mut first = Scanner::new(evicting_config(HORIZON), w.accounts.clone());
        for (e, net) in &w.events[..cut] {
            first.observe(e, net.as_ref());
        }
        assert!(first.evicted() > 0, "evictions before the cut at {cut}");
        let bytes = rmp_serde::to_vec(&first.state()).expect("state encodes");
        let state: State = rmp_serde::from_slice(&bytes).expect("state decodes");
        let mut second = Scanner::restore(evicting_config(HORIZON), w.accounts.clone(), state)
            .expect("state restores");
        assert_eq!(
            rmp_serde::to_vec(&second.state()).expect("encodes"),
            bytes,
            "a restored scanner saves what it was restored from"
        );
        assert_eq!(second.evicted(), first.evicted());
        assert_eq!(second.accounts(), first.accounts());
        assert!(
            second.current_findings().eq(first.current_findings()),
            "findings differ right after the restore at {cut}"
        );
        for (e, net) in &w.events[cut..] {
            first.observe(e, net.as_ref());
            second.observe(e, net.as_ref());
        }
        assert_eq!(
            rmp_serde::to_vec(&second.state()).expect("encodes"),
            rmp_serde::to_vec(&whole.state()).expect("encodes"),
            "state differs after folding on from the restore at {cut}"
        );
        assert_eq!(second.finish(), first.finish(), "restore at {cut}");
    }
    assert!(whole.holds("early_03") && whole.holds("early_11"));
    let expected = whole.finish();
    let mut again = Scanner::new(evicting_config(HORIZON), w.accounts.clone());
    for (e, net) in &w.events {
        again.observe(e, net.as_ref());
    }
    assert_eq!(
        again.finish(),
        expected,
        "a replay evicts the same accounts"
    );
}
