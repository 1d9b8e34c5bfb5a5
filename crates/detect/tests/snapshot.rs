//! A scanner saved mid-stream and restored answers as the one that never stopped: the same
//! findings and clusters after the rest of the events, whatever was in flight (a farm half
//! linked, re-links already run, accounts not yet seen).

mod scan_support;

use dg_detect::scanner::snapshot::State;
use dg_detect::scanner::{ScanConfig, Scanner};
use dg_detect::score::Weights;
use dg_model::{NetKind, Policy};
use scan_support::*;

/// A farm of two waves on three cards behind a hosting pool, and individuals at home.
fn world() -> World {
    let mut w = World::new();
    let mut r = Lcg(11);
    let hosting = range("203.0.113.0/24", 64_501, NetKind::Hosting);
    let home = range("100.64.0.0/16", 64_505, NetKind::Isp);
    wave_farm(&mut w, &mut r, &hosting);
    for k in 0..40 {
        let id = format!("user_{k:02}");
        w.account(Who::plain("individual", &id, START - 400 * DAY));
        for _ in 0..1 + r.below(10) {
            let ts = START + r.below(3 * DAY as u64) as i64;
            let ip = format!("100.64.{}.{}", k, 1 + r.below(3));
            let prompt = plain(&mut r);
            w.request(&id, ts, ip, &home, "fp_browser", prompt, 1_024, 300);
        }
    }
    w.events.sort_by_key(|(e, _)| e.ts);
    w
}

fn config() -> ScanConfig {
    ScanConfig::with_demo_key(Policy::default(), Weights::default_weights(), Vec::new())
}

#[test]
fn a_restored_scanner_finishes_as_the_one_that_never_stopped() {
    let w = world();
    let mut whole = Scanner::new(config(), w.accounts.clone());
    for (e, net) in &w.events {
        whole.observe(e, net.as_ref());
    }
    let expected = whole.finish();
    assert!(
        flagged_by_group(&w, &expected.0)
            .get("farm")
            .copied()
            .unwrap_or(0)
            > 0,
        "the world must hold something to carry over"
    );

    for cut in [w.events.len() / 3, w.events.len() * 2 / 3] {
        let mut first = Scanner::new(config(), w.accounts.clone());
        for (e, net) in &w.events[..cut] {
            first.observe(e, net.as_ref());
        }
        let bytes = rmp_serde::to_vec(&first.state()).expect("state encodes");
        let state: State = rmp_serde::from_slice(&bytes).expect("state decodes");
        let mut second =
            Scanner::restore(config(), w.accounts.clone(), state).expect("state restores");
        for (e, net) in &w.events[cut..] {
            second.observe(e, net.as_ref());
        }
        let got = second.finish();
        assert_eq!(
            got.0, expected.0,
            "findings differ after a restore at event {cut}"
        );
        assert_eq!(
            got.1, expected.1,
            "clusters differ after a restore at event {cut}"
        );
    }
}
