//! Low and slow: a farm that ages its accounts for weeks, then uses each a few times, is
//! caught by its number in the young band; ordinary light users on the same days are not.
//!
//! The farm's 250 accounts were made 5 to 70 days before the window, each with its own card and
//! home address, and send one to four plain questions with large output caps through one
//! scripting SDK. Around them: established individuals, and young ordinary users (accounts of a
//! few days to a few months) who try the API a few times from a browser, one in eight with
//! large caps; a handful of developers on the farm's SDK.

mod scan_support;

use dg_detect::score::Weights;
use dg_model::NetKind;
use scan_support::*;

struct Aged {
    world: World,
    /// Young ordinary browser and app users whose requests are shaped like the farm's (large caps).
    hungry_browsers: Vec<String>,
}

fn world(farm: bool) -> Aged {
    let mut w = World::new();
    let mut r = Lcg(29);
    let home = range("100.64.0.0/12", 64_505, NetKind::Isp);
    let mut homes = HomeIps::default();
    let mut next_ip = || homes.next_ip();
    let mut ask = |w: &mut World, r: &mut Lcg, id: &str, n: u64, fp: &str, cap: u32, out: u64| {
        let ip = next_ip();
        for _ in 0..n {
            let ts = START + r.below(5 * DAY as u64) as i64;
            let prompt = plain(r);
            w.request(id, ts, ip.clone(), &home, fp, prompt, cap, out);
        }
    };
    // Established individuals: light users, one in twenty asking for large outputs.
    for k in 0..400 {
        let id = format!("person_{k:03}");
        w.account(Who {
            verified: k % 2 == 0,
            ..Who::farmed(
                "individual",
                &id,
                START - (200 + k as i64) * DAY,
                format!("c_p{k}"),
            )
        });
        let cap = if k % 20 == 0 { 16_000 } else { 2_000 };
        let n = 2 + r.below(12);
        ask(&mut w, &mut r, &id, n, "fp_browser", cap, 500);
    }
    // Young ordinary users trying the API: created 2 to 85 days before, a few requests each.
    let mut hungry_browsers = Vec::new();
    for k in 0..160 {
        let id = format!("young_{k:03}");
        let created = START - (2 + r.below(84) as i64) * DAY;
        w.account(Who::farmed("young", &id, created, format!("c_y{k}")));
        let fp = if k % 2 == 0 {
            "fp_browser"
        } else {
            "fp_mobile"
        };
        let cap = if k % 8 == 0 { 16_000 } else { 1_024 };
        if cap > 8_000 {
            hungry_browsers.push(id.clone());
        }
        let n = 1 + r.below(4);
        ask(&mut w, &mut r, &id, n, fp, cap, 400);
    }
    // Developers on the SDK, established and busier.
    for k in 0..40 {
        let id = format!("dev_{k:02}");
        w.account(Who::farmed(
            "developer",
            &id,
            START - 400 * DAY,
            format!("c_d{k}"),
        ));
        let n = 10 + r.below(20);
        ask(&mut w, &mut r, &id, n, "fp_sdk", 4_000, 700);
    }
    if farm {
        for k in 0..250 {
            let id = format!("farm_{k:03}");
            let created = START - (5 + r.below(65) as i64) * DAY - r.below(DAY as u64) as i64;
            w.account(Who::farmed("farm", &id, created, format!("c_f{k}")));
            let cap = if k % 2 == 0 { 16_000 } else { 32_000 };
            let n = 1 + r.below(4);
            ask(&mut w, &mut r, &id, n, "fp_sdk", cap, 2_800);
        }
    }
    w.events.sort_by_key(|(e, _)| e.ts);
    Aged {
        world: w,
        hungry_browsers,
    }
}

#[test]
fn an_aged_farm_used_a_few_times_per_account_is_caught_in_the_young_band() {
    let aged = world(true);
    for (found, flagged) in scan_with_and_without_phrasing(&aged.world) {
        let farm = flagged.get("farm").copied().unwrap_or(0);
        assert!(
            farm >= 225,
            "{farm} of 250 farm accounts flagged: {flagged:?}"
        );
        assert_eq!(flagged.get("individual"), None, "{flagged:?}");
        assert_eq!(flagged.get("developer"), None, "{flagged:?}");
        // Young users asking for large caps from a browser are counted with their browser's
        // non-matching neighbours, who explain them: none is flagged.
        assert_eq!(flagged.get("young"), None, "{flagged:?}");
        let reason = reason(&found, "farm_000", dg_detect::cohort::CODE);
        assert!(reason.detail.contains("within 90 days"), "{reason:?}");
    }
}

#[test]
fn without_counting_client_by_client_the_young_browsers_would_share_the_farm_s_purity() {
    // The same band judged as one pool (a stratum prior so large that every client keeps the
    // band's purity): the hungry young browser users are flagged with the farm.
    let aged = world(true);
    let mut weights = Weights::default_weights().without_phrasing();
    weights.cohort.stratum_prior = 1e12;
    let (found, _) = scan(&aged.world, weights);
    let flagged = found
        .iter()
        .filter(|f| f.decision.is_flagged() && aged.hungry_browsers.contains(&f.account_id))
        .count();
    assert!(
        flagged * 2 >= aged.hungry_browsers.len(),
        "{flagged} of {} hungry young browser users",
        aged.hungry_browsers.len()
    );
}

#[test]
fn young_light_users_alone_are_no_cohort() {
    let aged = world(false);
    for (found, flagged) in scan_with_and_without_phrasing(&aged.world) {
        assert!(flagged.is_empty(), "{flagged:?}");
        assert!(found
            .iter()
            .all(|f| f.reasons.iter().all(|r| r.code != dg_detect::cohort::CODE)));
    }
}

#[test]
fn the_fresh_band_is_judged_apart() {
    // The young band reaches 90 days; with it closed (young_days no longer than the fresh
    // band's day) the aged farm is not a cohort at all.
    let aged = world(true);
    let mut weights = Weights::default_weights().without_phrasing();
    weights.cohort.young_days = 1.0;
    let (found, _) = scan(&aged.world, weights);
    let farm = found
        .iter()
        .filter(|f| f.decision.is_flagged() && f.account_id.starts_with("farm_"))
        .count();
    assert!(farm < 25, "{farm} of 250 farm accounts flagged");
}
