//! Shared restricted exits: a lab in a restricted region runs its harvest through a dozen fake
//! start-ups, each with its own org, card and rented server, and its proxies now and then fail
//! open: one request in a hundred and twenty leaves from the operator's own two subnets at home. Nothing else
//! ties the fronts together; the leak does, whatever they ask. Travellers who spend a day there
//! (most of that day's traffic from one hotel), residents leaking from their own lines, and one
//! organisation's staff leaking from their branch office are not coordination.

mod scan_support;

use dg_detect::request::Analyzer;
use dg_detect::scanner::{ScanConfig, Scanner};
use dg_detect::score::Weights;
use dg_model::{AccountFinding, IpRange, NetKind, Policy, SignupChannel};
use scan_support::*;

fn restricted(cidr: &str, asn: u32, kind: NetKind) -> IpRange {
    IpRange {
        country: "CN".into(),
        ..range(cidr, asn, kind)
    }
}

fn world() -> World {
    let mut w = World::new();
    let mut r = Lcg(29);
    let hosting = range("198.51.100.0/24", 64_700, NetKind::Hosting);
    let home = range("100.64.0.0/16", 64_640, NetKind::Isp);
    let operator = restricted("202.96.0.0/16", 4_134, NetKind::Isp);
    let hotel = restricted("202.97.0.0/16", 4_812, NetKind::Isp);
    let lines = restricted("202.98.0.0/16", 4_837, NetKind::Isp);
    // Twelve fronts of three accounts: own org, own card, own server.
    for f in 0..12u64 {
        for k in 0..3u64 {
            let id = format!("front_{f:02}_{k}");
            let org = Box::leak(format!("org_front_{f}").into_boxed_str());
            w.account(Who {
                org: Some(org),
                channel: SignupChannel::Startup,
                ..Who::farmed(
                    "front",
                    &id,
                    START - (20 + 5 * f + 2 * k) as i64 * DAY,
                    format!("card_f{f}"),
                )
            });
            for n in 0..120u64 {
                let ts = START + r.below(3 * DAY as u64) as i64;
                let prompt = plain(&mut r);
                if n == 7 {
                    let ip = format!("202.96.{}.{}", 1 + (f + k) % 2, 10 + r.below(50));
                    w.request(&id, ts, ip, &operator, "fp_browser", prompt, 4_096, 100);
                } else {
                    let ip = format!("198.51.100.{}", 10 + f);
                    w.request(&id, ts, ip, &hosting, "fp_browser", prompt, 4_096, 100);
                }
            }
        }
    }
    // Travellers: a day of three in one hotel.
    for k in 0..20u64 {
        let id = format!("traveller_{k:02}");
        w.account(Who::farmed(
            "traveller",
            &id,
            START - (100 + 9 * k) as i64 * DAY,
            format!("card_v{k}"),
        ));
        for _ in 0..18 {
            let ts = START + r.below(3 * DAY as u64) as i64;
            let prompt = plain(&mut r);
            if ts < START + DAY {
                let ip = format!("202.97.5.{}", 10 + r.below(100));
                w.request(&id, ts, ip, &hotel, "fp_browser", prompt, 2_000, 500);
            } else {
                let ip = format!("100.64.7.{}", 10 + k);
                w.request(&id, ts, ip, &home, "fp_browser", prompt, 2_000, 500);
            }
        }
    }
    // Residents behind a VPN that now and then fails open, each from their own line.
    for k in 0..20u64 {
        let id = format!("resident_{k:02}");
        w.account(Who::farmed(
            "resident",
            &id,
            START - (80 + 7 * k) as i64 * DAY,
            format!("card_r{k}"),
        ));
        for n in 0..30u64 {
            let ts = START + r.below(3 * DAY as u64) as i64;
            let prompt = plain(&mut r);
            if n == 3 {
                let ip = format!("202.98.{}.{}", 10 + k, 20);
                w.request(&id, ts, ip, &lines, "fp_browser", prompt, 2_000, 500);
            } else {
                let ip = format!("198.51.100.{}", 100 + k);
                w.request(&id, ts, ip, &hosting, "fp_browser", prompt, 2_000, 500);
            }
        }
    }
    // One organisation's staff, leaking now and then from their branch office.
    for k in 0..6u64 {
        let id = format!("staff_{k}");
        w.account(Who {
            org: Some("org_branch"),
            verified: true,
            ..Who::farmed(
                "staff",
                &id,
                START - (300 + k) as i64 * DAY,
                "card_branch".into(),
            )
        });
        for n in 0..120u64 {
            let ts = START + r.below(3 * DAY as u64) as i64;
            let prompt = plain(&mut r);
            if n == 7 {
                let ip = format!("202.96.9.{}", 10 + k);
                w.request(&id, ts, ip, &operator, "fp_browser", prompt, 4_096, 100);
            } else {
                let ip = format!("198.51.100.{}", 200 + k);
                w.request(&id, ts, ip, &hosting, "fp_browser", prompt, 4_096, 100);
            }
        }
    }
    home_users(&mut w, &mut r, 300, |r| (plain(r), 2_000));
    w.events.sort_by_key(|(e, _)| e.ts);
    w
}

fn scan_cn(w: &World, weights: Weights) -> Vec<AccountFinding> {
    let policy = Policy {
        restricted_countries: vec!["CN".into()],
        ..Policy::default()
    };
    scan_with(w, ScanConfig::with_demo_key(policy, weights, Vec::new())).0
}

#[test]
fn fronts_leaking_from_one_operators_subnets_are_coordinated() {
    let w = world();
    for weights in [
        Weights::default_weights(),
        Weights::default_weights().without_phrasing(),
    ] {
        let found = scan_cn(&w, weights);
        let flagged = flagged_by_group(&w, &found);
        assert!(
            flagged.get("front").copied().unwrap_or(0) >= 32,
            "{flagged:?}"
        );
        for spared in ["traveller", "resident", "staff", "individual"] {
            assert_eq!(flagged.get(spared), None, "{spared}: {flagged:?}");
        }
        assert!(finding(&found, "front_00_0")
            .reasons
            .iter()
            .any(|x| x.code == "shared_restricted_exit"));
        // One organisation is one sender: its staff share the branch's subnet with nobody.
        assert!(!finding(&found, "staff_0")
            .reasons
            .iter()
            .any(|x| x.code == "shared_restricted_exit"));
    }
    // Without the signal the fronts are a dozen small companies on their own servers.
    let mut weights = Weights::default_weights();
    weights.signals.insert("shared_restricted_exit".into(), 0.0);
    let flagged = flagged_by_group(&w, &scan_cn(&w, weights));
    assert!(
        flagged.get("front").copied().unwrap_or(0) <= 4,
        "{flagged:?}"
    );
}

#[test]
fn the_leaked_requests_are_the_evidence() {
    // A second walk over the events for the flagged accounts, as `distillguard scan` offers
    // them: the reason names the front's request that left from the operator's subnet.
    let w = world();
    let policy = Policy {
        restricted_countries: vec!["CN".into()],
        ..Policy::default()
    };
    let cfg = ScanConfig::with_demo_key(policy, Weights::default_weights(), Vec::new());
    let mut s = Scanner::new(cfg, w.accounts.clone());
    let mut analyzer = Analyzer::new();
    let events: Vec<_> = w
        .events
        .iter()
        .map(|(e, net)| (Scanner::detach(&mut analyzer, e), net.clone(), e))
        .collect();
    for (ev, net, _) in &events {
        s.observe_detached(ev, net.as_ref());
    }
    let mut done = s.finalize();
    for (ev, net, e) in &events {
        done.add_evidence(ev, net.as_ref(), &e.request_id);
    }
    let found: Vec<AccountFinding> = done.findings().collect();
    let reason = finding(&found, "front_00_0")
        .reasons
        .iter()
        .find(|x| x.code == "shared_restricted_exit")
        .expect("the reason");
    let leaked: Vec<&str> = w
        .events
        .iter()
        .filter(|(e, _)| e.account_id == "front_00_0" && e.ip.to_string().starts_with("202.96."))
        .map(|(e, _)| e.request_id.as_str())
        .collect();
    assert!(!reason.evidence.is_empty());
    assert!(
        reason
            .evidence
            .iter()
            .all(|id| leaked.contains(&id.as_str())),
        "{:?} {leaked:?}",
        reason.evidence
    );
}

#[test]
fn a_trip_is_not_a_leak() {
    // Were a third of an account's traffic a leak, the hotel's guests would share one.
    let w = world();
    let mut weights = Weights::default_weights();
    weights.signal_params.shared_exit_max_share = 0.5;
    let found = scan_cn(&w, weights);
    assert!(finding(&found, "traveller_00")
        .reasons
        .iter()
        .any(|x| x.code == "shared_restricted_exit"));
}
