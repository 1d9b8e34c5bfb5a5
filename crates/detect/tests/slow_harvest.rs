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

/// Where a taker sends from.
#[derive(Clone, Copy)]
enum Exit {
    /// A commercial VPN (198.51.100.0/24).
    Vpn,
    /// A cloud range (203.0.113.0/24).
    Cloud,
}

/// Two takers that each ask 105 plain questions with output cap `cap` over the week at human
/// hours, getting answers many times their prompts, and 300 people created from `youngest`
/// days before the week who chat, one in ten also taking 25 such answers from home.
fn world(seed: u64, cap: u32, youngest: u64, takers: [(Who<'static>, &str, Exit); 2]) -> World {
    let mut w = World::new();
    let mut r = Lcg(seed);
    let home = range("100.64.0.0/12", 64_505, NetKind::Isp);
    let vpn = range("198.51.100.0/24", 64_510, NetKind::Vpn);
    let cloud = range("203.0.113.0/24", 64_511, NetKind::Hosting);
    let take = |w: &mut World, r: &mut Lcg, id: &str, ip: &str, net, requests: u64| {
        for k in 0..requests {
            let ts = START + (k % 7) as i64 * DAY + (9 + r.below(10) as i64) * HOUR;
            let prompt = plain(r);
            w.request(id, ts, ip.to_string(), net, "fp_sdk", prompt, cap, 2_500);
        }
    };
    for (who, ip, exit) in takers {
        let id = who.id.clone();
        w.account(who);
        let net = match exit {
            Exit::Vpn => &vpn,
            Exit::Cloud => &cloud,
        };
        take(&mut w, &mut r, &id, ip, net, 105);
    }
    for k in 0..300u32 {
        let id = format!("person_{k:03}");
        let created = START - (youngest + r.below(600)) as i64 * DAY;
        w.account(Who::plain("individual", &id, created));
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

/// A slow harvester on a VPN with 16k caps, and an evaluation company taking the same answers
/// on its verified org account from the cloud.
fn slow_world() -> World {
    let slow = Who {
        card: Some("card_slow".into()),
        ..Who::plain("slow_harvester", "slow", START - 200 * DAY)
    };
    let evals = Who {
        org: Some("org_evals"),
        card: Some("card_evals".into()),
        channel: SignupChannel::Enterprise,
        verified: true,
        ..Who::plain("eval_company", "evals", START - 300 * DAY)
    };
    world(
        7,
        16_000,
        30,
        [
            (slow, "198.51.100.7", Exit::Vpn),
            (evals, "203.0.113.9", Exit::Cloud),
        ],
    )
}

/// A young account on a VPN taking long answers on its client's default 4k cap, and an
/// established customer's backend taking the same answers through the same VPN provider (a
/// company's egress); people from five days old.
fn uncapped_world() -> World {
    let young = Who {
        card: Some("card_young".into()),
        ..Who::plain("young_harvester", "young", START - 6 * DAY)
    };
    let backend = Who {
        org: Some("org_backend"),
        card: Some("card_backend".into()),
        ..Who::plain("established_backend", "backend", START - 400 * DAY)
    };
    world(
        17,
        4_096,
        5,
        [
            (young, "198.51.100.7", Exit::Vpn),
            (backend, "198.51.100.9", Exit::Vpn),
        ],
    )
}

#[test]
fn a_slow_harvester_is_caught_by_what_it_takes_and_look_alikes_are_not() {
    let w = slow_world();
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
    let w = slow_world();
    let mut weights = Weights::default_weights();
    weights.signals.insert("harvest_volume".into(), 0.0);
    let (found, _) = scan(&w, weights);
    assert_eq!(flagged_by_group(&w, &found).get("slow_harvester"), None);
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
    // Without the age bars the backend would be flagged too (its org is of long standing as
    // well: see the next test).
    let mut weights = Weights::default_weights();
    weights.signal_params.harvested_uncapped_age_days =
        dg_detect::features::Ramp { lo: 1e6, hi: 2e6 };
    weights.signal_params.aged_org_days = 1e9;
    let (found, _) = scan(&w, weights);
    assert_eq!(
        flagged_by_group(&w, &found).get("established_backend"),
        Some(&1)
    );
}

/// A product's backend on a declared org's account opened long ago (unverified, as most
/// self-serve customers are) and the same traffic on a declared org's account opened this
/// season, both through a VPN provider's exits (a company's egress) with 16k caps.
fn backend_world() -> World {
    let aged = Who {
        org: Some("org_writer_app"),
        card: Some("card_writer".into()),
        ..Who::plain("aged_backend", "aged_backend", START - 500 * DAY)
    };
    let young = Who {
        org: Some("org_new_front"),
        card: Some("card_front".into()),
        ..Who::plain("young_backend", "young_backend", START - 60 * DAY)
    };
    world(
        23,
        16_000,
        30,
        [
            (aged, "198.51.100.9", Exit::Vpn),
            (young, "198.51.100.7", Exit::Vpn),
        ],
    )
}

#[test]
fn an_org_account_of_long_standing_takes_long_answers_at_half_the_volume() {
    let w = backend_world();
    for (found, flagged) in scan_with_and_without_phrasing(&w) {
        assert_eq!(flagged.get("young_backend"), Some(&1), "{flagged:?}");
        assert_eq!(flagged.get("aged_backend"), None, "{flagged:?}");
        let aged = finding(&found, "aged_backend");
        let harvest = aged.reasons.iter().find(|r| r.code == "harvest_volume");
        assert!(
            harvest.is_some_and(|r| r.detail.contains("account of long standing")),
            "{:?}",
            aged.reasons
        );
    }
    // Without the age bar the backend is a taker like the young one.
    let mut weights = Weights::default_weights();
    weights.signal_params.aged_org_days = 1e9;
    let (found, _) = scan(&w, weights);
    assert_eq!(flagged_by_group(&w, &found).get("aged_backend"), Some(&1));
}
