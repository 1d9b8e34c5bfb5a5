//! A lone harvester that stays slow is caught by how much it takes, not by its wording; an
//! evaluation company taking the same answers on its verified org account, and people who
//! now and then ask for a long answer, are not.
//!
//! Every prompt is a plain question no cue list knows; the harvester asks one question per
//! request with a 16k cap and gets answers many times its prompt, about fifteen a day through
//! a commercial VPN.

mod scan_support;

use dg_detect::score::Weights;
use dg_model::{NetKind, SignupChannel};
use scan_support::*;

const HOUR: i64 = 3_600_000;

fn world() -> World {
    let mut w = World::new();
    let mut r = Lcg(7);
    let home = range("100.64.0.0/12", 64_505, NetKind::Isp);
    let vpn = range("198.51.100.0/24", 64_510, NetKind::Vpn);
    let cloud = range("203.0.113.0/24", 64_511, NetKind::Hosting);
    let harvest = |w: &mut World, r: &mut Lcg, id: &str, ip: &str, net, requests: u64| {
        for k in 0..requests {
            // Human hours, spread over the week.
            let ts = START + (k % 7) as i64 * DAY + (9 + r.below(10) as i64) * HOUR;
            let prompt = plain(r);
            w.request(id, ts, ip.to_string(), net, "fp_sdk", prompt, 16_000, 2_500);
        }
    };
    w.account(Who {
        group: "slow_harvester",
        id: "slow".into(),
        created: START - 200 * DAY,
        org: None,
        card: Some("card_slow".into()),
        channel: SignupChannel::Standard,
        verified: false,
    });
    harvest(&mut w, &mut r, "slow", "198.51.100.7", &vpn, 105);
    w.account(Who {
        group: "eval_company",
        id: "evals".into(),
        created: START - 300 * DAY,
        org: Some("org_evals"),
        card: Some("card_evals".into()),
        channel: SignupChannel::Enterprise,
        verified: true,
    });
    harvest(&mut w, &mut r, "evals", "203.0.113.9", &cloud, 105);
    // People: plain chat, and some who ask for a long answer now and then (up to 25 a week).
    for k in 0..300u32 {
        let id = format!("person_{k:03}");
        w.account(Who::plain(
            "individual",
            &id,
            START - (30 + r.below(600) as i64) * DAY,
        ));
        let ip = format!("100.64.{}.{}", k >> 8, k & 255);
        for _ in 0..(5 + r.below(20)) {
            let ts = START + r.below(7 * DAY as u64) as i64;
            let prompt = plain(&mut r);
            w.request(&id, ts, ip.clone(), &home, "fp_browser", prompt, 2_000, 300);
        }
        if k % 10 == 0 {
            harvest(&mut w, &mut r, &id, &ip, &home, 25);
        }
    }
    w.events.sort_by_key(|(e, _)| e.ts);
    w
}

#[test]
fn a_slow_harvester_is_caught_by_what_it_takes_and_look_alikes_are_not() {
    let w = world();
    for weights in [
        Weights::default_weights(),
        Weights::default_weights().without_phrasing(),
    ] {
        let (found, _) = scan(&w, weights);
        let flagged = flagged_by_group(&w, &found);
        assert_eq!(flagged.get("slow_harvester"), Some(&1), "{flagged:?}");
        assert_eq!(flagged.get("eval_company"), None, "{flagged:?}");
        assert_eq!(flagged.get("individual"), None, "{flagged:?}");
        let slow = found.iter().find(|f| f.account_id == "slow").unwrap();
        assert!(
            slow.reasons.iter().any(|r| r.code == "harvest_volume"),
            "{:?}",
            slow.reasons
        );
    }
}

#[test]
fn without_harvest_volume_the_slow_harvester_passes() {
    // The check above is this signal's doing: its share-based neighbours alone leave it allowed.
    let w = world();
    let mut weights = Weights::default_weights();
    weights.signals.insert("harvest_volume".into(), 0.0);
    let (found, _) = scan(&w, weights);
    assert_eq!(flagged_by_group(&w, &found).get("slow_harvester"), None);
}

/// A young account on a VPN taking long answers on its client's default 4k cap, an established
/// customer's backend taking the same answers through the same VPN provider (a company's egress),
/// and people who now and then get a long uncapped answer.
fn uncapped_world() -> World {
    let mut w = World::new();
    let mut r = Lcg(17);
    let home = range("100.64.0.0/12", 64_505, NetKind::Isp);
    let vpn = range("198.51.100.0/24", 64_510, NetKind::Vpn);
    let take = |w: &mut World, r: &mut Lcg, id: &str, ip: &str, net, requests: u64| {
        for k in 0..requests {
            let ts = START + (k % 7) as i64 * DAY + (9 + r.below(10) as i64) * HOUR;
            let prompt = plain(r);
            w.request(id, ts, ip.to_string(), net, "fp_sdk", prompt, 4_096, 2_500);
        }
    };
    w.account(Who {
        group: "young_harvester",
        id: "young".into(),
        created: START - 6 * DAY,
        org: None,
        card: Some("card_young".into()),
        channel: SignupChannel::Standard,
        verified: false,
    });
    take(&mut w, &mut r, "young", "198.51.100.7", &vpn, 105);
    w.account(Who {
        group: "established_backend",
        id: "backend".into(),
        created: START - 400 * DAY,
        org: Some("org_backend"),
        card: Some("card_backend".into()),
        channel: SignupChannel::Standard,
        verified: false,
    });
    take(&mut w, &mut r, "backend", "198.51.100.9", &vpn, 105);
    for k in 0..300u32 {
        let id = format!("person_{k:03}");
        w.account(Who::plain(
            "individual",
            &id,
            START - (5 + r.below(600) as i64) * DAY,
        ));
        let ip = format!("100.64.{}.{}", k >> 8, k & 255);
        for _ in 0..(5 + r.below(20)) {
            let ts = START + r.below(7 * DAY as u64) as i64;
            let prompt = plain(&mut r);
            w.request(&id, ts, ip.clone(), &home, "fp_browser", prompt, 2_000, 300);
        }
        if k % 10 == 0 {
            take(&mut w, &mut r, &id, &ip, &home, 25);
        }
    }
    w.events.sort_by_key(|(e, _)| e.ts);
    w
}

#[test]
fn a_young_harvester_on_its_default_cap_is_caught_and_an_established_backend_is_not() {
    let w = uncapped_world();
    for (found, flagged) in scan_with_and_without_phrasing(&w) {
        assert_eq!(flagged.get("young_harvester"), Some(&1), "{flagged:?}");
        assert_eq!(flagged.get("established_backend"), None, "{flagged:?}");
        assert_eq!(flagged.get("individual"), None, "{flagged:?}");
        let young = found.iter().find(|f| f.account_id == "young").unwrap();
        assert!(
            young.reasons.iter().any(|r| r.code == "harvest_volume"),
            "{:?}",
            young.reasons
        );
    }
    // Without the uncapped count the young harvester passes: its 4k cap is below the hungry bar.
    let mut weights = Weights::default_weights();
    weights.signal_params.harvested_uncapped_share = dg_detect::features::Ramp { lo: 2.0, hi: 3.0 };
    let (found, _) = scan(&w, weights);
    assert_eq!(flagged_by_group(&w, &found).get("young_harvester"), None);
    // Without the age bar the backend would be flagged too.
    let mut weights = Weights::default_weights();
    weights.signal_params.harvested_uncapped_age_days =
        dg_detect::features::Ramp { lo: 1e6, hi: 2e6 };
    let (found, _) = scan(&w, weights);
    assert_eq!(
        flagged_by_group(&w, &found).get("established_backend"),
        Some(&1)
    );
}
