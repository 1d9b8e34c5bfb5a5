//! A throwaway farm that links nothing is caught by its number; ordinary sign-ups are not.
//!
//! Every farm account has its own home address, no card and a common browser, is created
//! just before use and sends one to three plain questions with large output caps. Around it:
//! established individuals (a few of them with large caps), a steady stream of organic new
//! users (some of whom try large caps too) and a class signing up together on campus.

mod scan_support;

use dg_detect::score::Weights;
use dg_model::{NetKind, SignupChannel};
use scan_support::*;

const HOUR: i64 = 3_600_000;

/// The world; `farm` adds the throwaway farm. Returns it with the ids of organic new users
/// whose requests are shaped like the farm's (large caps).
fn world(farm: bool) -> (World, Vec<String>) {
    world_with(farm, false)
}

/// [`world`]; with `proxied` the farm's accounts leave through 40 residential-proxy exits,
/// about eight accounts an exit (a hydra's single-use accounts reuse its pool's exits).
fn world_with(farm: bool, proxied: bool) -> (World, Vec<String>) {
    let mut w = World::new();
    let proxy = range("203.0.113.0/24", 64_530, NetKind::ResidentialProxy);
    let mut r = Lcg(11);
    let home = range("100.64.0.0/12", 64_505, NetKind::Isp);
    let campus = range("192.0.2.64/28", 64_504, NetKind::Education);
    let mut homes = HomeIps::default();
    let mut next_ip = || homes.next_ip();
    // Established individuals: light users, one in twenty asking for large outputs.
    for k in 0..400 {
        let id = format!("person_{k:03}");
        w.account(Who {
            group: "individual",
            id: id.clone(),
            created: START - (60 + r.below(600) as i64) * DAY,
            org: None,
            card: Some(format!("card_person_{k}")),
            channel: SignupChannel::Standard,
            verified: r.below(2) == 0,
        });
        let cap = if k % 20 == 0 { 16_000 } else { 2_000 };
        let ip = next_ip();
        for _ in 0..(2 + r.below(12)) {
            let ts = START + r.below(3 * DAY as u64) as i64;
            let prompt = plain(&mut r);
            w.request(&id, ts, ip.clone(), &home, "fp_browser", prompt, cap, 500);
        }
    }
    // Organic new users over three days: most try it once or twice; one in ten with large caps.
    let mut hungry_new = Vec::new();
    for k in 0..200 {
        let id = format!("new_{k:03}");
        let created = START + r.below(3 * DAY as u64 - 2 * HOUR as u64) as i64;
        w.account(Who::plain("new", &id, created));
        let cap = if k % 10 == 0 { 16_000 } else { 1_024 };
        if cap > 8_000 {
            hungry_new.push(id.clone());
        }
        let ip = next_ip();
        for _ in 0..(1 + r.below(4)) {
            let ts = created + 60_000 + r.below(HOUR as u64) as i64;
            let prompt = plain(&mut r);
            w.request(&id, ts, ip.clone(), &home, "fp_browser", prompt, cap, 400);
        }
    }
    // A class signing up together on campus, default caps, a few requests each.
    for k in 0..40 {
        let id = format!("class_{k:02}");
        let created = START + DAY + k * 30_000;
        w.account(Who {
            channel: SignupChannel::Education,
            ..Who::plain("class", &id, created)
        });
        for _ in 0..(1 + r.below(5)) {
            let ts = created + 30 * 60_000 + r.below(2 * HOUR as u64) as i64;
            let prompt = plain(&mut r);
            w.request(
                &id,
                ts,
                "192.0.2.70".into(),
                &campus,
                "fp_browser",
                prompt,
                4_000,
                600,
            );
        }
    }
    if farm {
        // The farm: 300 throwaway accounts over three days, nothing shared between any two.
        for k in 0..300 {
            let id = format!("farm_{k:03}");
            let created = START + r.below(3 * DAY as u64 - 2 * HOUR as u64) as i64;
            w.account(Who::plain("farm", &id, created));
            let cap = if k % 2 == 0 { 16_000 } else { 32_000 };
            let (ip, net) = if proxied {
                (format!("203.0.113.{}", k % 40), &proxy)
            } else {
                (next_ip(), &home)
            };
            for _ in 0..(1 + r.below(3)) {
                let ts = created + 5 * 60_000 + r.below(HOUR as u64) as i64;
                let prompt = plain(&mut r);
                w.request(&id, ts, ip.clone(), net, "fp_browser", prompt, cap, 2_500);
            }
        }
    }
    w.events.sort_by_key(|(e, _)| e.ts);
    (w, hungry_new)
}

#[test]
fn a_throwaway_farm_is_caught_by_its_number_whatever_it_asks() {
    let (w, hungry_new) = world(true);
    for weights in [
        Weights::default_weights(),
        Weights::default_weights().without_phrasing(),
    ] {
        let (found, _) = scan(&w, weights);
        let flagged = flagged_by_group(&w, &found);
        let farm = flagged.get("farm").copied().unwrap_or(0);
        assert!(
            farm >= 270,
            "{farm} of 300 farm accounts flagged: {flagged:?}"
        );
        assert_eq!(flagged.get("individual"), None, "{flagged:?}");
        assert_eq!(flagged.get("class"), None, "{flagged:?}");
        // Organic new users with default caps are never matches; the few shaped exactly like
        // the farm cannot be told apart from it while the flood lasts (the detail says how
        // many ordinary users the cohort is expected to hold).
        for f in &found {
            if f.decision.is_flagged() && w.group[&f.account_id] == "new" {
                assert!(hungry_new.contains(&f.account_id), "{}", f.account_id);
            }
        }
        let reason = reason(&found, "farm_000", dg_detect::cohort::CODE);
        assert!(reason.detail.contains("ordinary users"), "{reason:?}");
    }
}

#[test]
fn proxy_exits_shared_by_the_farm_are_no_crowd() {
    // Eight brief new accounts behind one address would be a class at one place; behind a
    // known residential-proxy exit they are whoever rents it, and still a cohort.
    let (w, _) = world_with(true, true);
    let (found, _) = scan(&w, Weights::default_weights().without_phrasing());
    let flagged = flagged_by_group(&w, &found);
    assert!(
        flagged.get("farm").copied().unwrap_or(0) >= 270,
        "{flagged:?}"
    );
    assert_eq!(flagged.get("class"), None, "{flagged:?}");
    assert_eq!(flagged.get("individual"), None, "{flagged:?}");
}

#[test]
fn the_farm_is_flagged_as_it_arrives() {
    let (w, _) = world(true);
    let (found, _) = scan(&w, Weights::default_weights().without_phrasing());
    // Once the cohort stands (a few hours in), a match is flagged within the hour it starts.
    let late = found
        .iter()
        .filter(|f| f.account_id.starts_with("farm_"))
        .filter(|f| {
            let first = w
                .events
                .iter()
                .find(|(e, _)| e.account_id == f.account_id)
                .map(|(e, _)| e.ts.millis())
                .expect("a request");
            f.first_flagged_at
                .is_none_or(|t| t.millis() - first > 4 * HOUR)
        })
        .count();
    assert!(
        late <= 60,
        "{late} of 300 farm accounts flagged late or never"
    );
}

#[test]
fn ordinary_sign_ups_alone_are_no_cohort() {
    // Without the farm the same new users, hungry ones included, are ordinary.
    let (w, _) = world(false);
    for weights in [
        Weights::default_weights(),
        Weights::default_weights().without_phrasing(),
    ] {
        let (found, _) = scan(&w, weights);
        let flagged = flagged_by_group(&w, &found);
        assert!(flagged.is_empty(), "{flagged:?}");
        assert!(found
            .iter()
            .all(|f| f.reasons.iter().all(|r| r.code != dg_detect::cohort::CODE)));
    }
}
