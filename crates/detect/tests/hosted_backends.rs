//! A farm's client is sometimes an ordinary SDK build that honest customers run too: an
//! accelerator's startups, each with its backends on cloud addresses of its own, share the
//! farm's fingerprint and its cloud provider and nothing else. The fingerprint's pool may join
//! pieces of the farm that leave through its gateways, but not the startups, whose addresses
//! are their own (see `Joinable::Hosted`).

mod scan_support;

use dg_detect::score::Weights;
use dg_model::NetKind;
use scan_support::*;

/// Eight startups of four accounts (group `startup`, ids `startup_{s}_{k}`), each signed up
/// together a week before `START` on the company card, its backends on one cloud address of
/// its own (each startup on a provider of its own), with the farm's client build: 30 short
/// answers each over three days.
fn startups(w: &mut World, r: &mut Lcg) {
    for s in 0..8 {
        let cloud = range(
            &format!("198.51.{}.0/24", 100 + s),
            64_700 + s as u32,
            NetKind::Hosting,
        );
        for k in 0..4 {
            let id = format!("startup_{s}_{k}");
            let created = START - 7 * DAY + s * 3_600_000 + k * 60_000;
            w.account(Who::farmed("startup", &id, created, format!("card_st_{s}")));
            let ip = format!("198.51.{}.10", 100 + s);
            for _ in 0..30 {
                let ts = START + r.below(3 * DAY as u64) as i64;
                let prompt = plain(r);
                w.request(&id, ts, ip.clone(), &cloud, "fp_rare", prompt, 1_000, 250);
            }
        }
    }
}

fn world() -> World {
    let mut w = World::new();
    let mut r = Lcg(47);
    let hosting = range("203.0.113.0/24", 64_600, NetKind::Hosting);
    wave_farm(&mut w, &mut r, &hosting);
    startups(&mut w, &mut r);
    // A population in which the farm's client is rare.
    isp_developers(&mut w, &mut r, 300);
    home_users(&mut w, &mut r, 400, |r| (plain(r), 2_000));
    w.events.sort_by_key(|(e, _)| e.ts);
    w
}

#[test]
fn startups_on_their_own_cloud_addresses_are_not_drawn_into_a_farm_that_shares_their_sdk() {
    let w = world();
    for weights in [
        Weights::default_weights(),
        Weights::default_weights().without_phrasing(),
    ] {
        let (found, clusters) = scan(&w, weights);
        let flagged = flagged_by_group(&w, &found);
        assert!(
            flagged.get("farm").copied().unwrap_or(0) >= 25,
            "{flagged:?}"
        );
        for group in ["startup", "developer", "individual"] {
            assert_eq!(flagged.get(group), None, "{group}: {flagged:?}");
        }
        for c in &clusters {
            let farm = c.accounts.iter().any(|a| a.starts_with("farm_"));
            let startup = c.accounts.iter().any(|a| a.starts_with("startup_"));
            assert!(
                !(farm && startup),
                "one cluster holds both: {:?}",
                c.accounts
            );
            // A startup's cluster is its own company, at most.
            if startup {
                let first = &c.accounts[0][..9];
                assert!(
                    c.accounts.iter().all(|a| a.starts_with(first)),
                    "{:?}",
                    c.accounts
                );
            }
        }
    }
}
