//! A campaign's distillation evidence is not only its members' wording: a coordinated pool whose
//! traffic leans to what harvesters take (the harvested capabilities, large output caps,
//! extended reasoning) beyond the population counts as distilling, with or without the phrasing
//! signals. A scanner driver walks a small world: a pool of accounts on a few dozen shared
//! exits of a home ISP, prompting on one frame in the same minutes with plain questions under
//! 16k-token caps (answers short enough that no account shows output hunger); beside it the
//! look-alikes — developers on the same ISP with ordinary caps, and a research lab's verified
//! staff on one office network taking long reasoning under their org.

mod scan_support;

use dg_detect::score::Weights;
use dg_model::{NetKind, SignupChannel};
use scan_support::*;

fn world() -> World {
    let mut w = World::new();
    let mut r = Lcg(41);
    let exits = range("100.70.0.0/16", 64_520, NetKind::Isp);
    for k in 0..24 {
        let id = format!("pool_{k:02}");
        let created = START - (40 + r.below(50) as i64) * DAY;
        w.account(Who::farmed("pool", &id, created, format!("card_{id}")));
        for _ in 0..40 {
            let slot = r.below(60) as i64;
            let ts = START + slot * (3 * DAY / 60) + r.below(300_000) as i64;
            let ip = format!("100.70.{}.{}", r.below(4), 1 + r.below(10));
            let prompt = format!(
                "Answer the question below about the tank. Problem {}: a tank holds {} litres and drains at {} litres a minute; when is it empty?",
                r.below(1_000_000),
                100 + r.below(900),
                1 + r.below(9)
            );
            w.request(&id, ts, ip, &exits, "fp_sdk", prompt, 16_000, 700);
        }
    }
    isp_developers(&mut w, &mut r, 60);
    let office = range("192.0.2.0/24", 64_530, NetKind::Enterprise);
    for k in 0..12 {
        let id = format!("lab_{k:02}");
        w.account(Who {
            org: Some("org_lab"),
            verified: true,
            channel: SignupChannel::Research,
            ..Who::farmed("lab", &id, START - 300 * DAY, "card_lab".into())
        });
        for _ in 0..(20 + r.below(20)) {
            let ts = START + r.below(3 * DAY as u64) as i64;
            let prompt = plain(&mut r);
            w.request(
                &id,
                ts,
                "192.0.2.7".into(),
                &office,
                "fp_sdk",
                prompt,
                32_000,
                3_000,
            );
            think(&mut w, 6_000);
        }
    }
    w.events.sort_by_key(|(e, _)| e.ts);
    w
}

#[test]
fn a_coordinated_pool_leaning_to_large_caps_is_a_campaign_whatever_its_wording() {
    let w = world();
    for weights in [
        Weights::default_weights(),
        Weights::default_weights().without_phrasing(),
    ] {
        let (found, clusters) = scan(&w, weights.clone());
        let flagged = flagged_by_group(&w, &found);
        let pool = clusters
            .iter()
            .find(|c| c.accounts.iter().any(|a| a == "pool_00"))
            .expect("the pool is linked");
        assert!(pool.decision.is_flagged(), "{pool:?}");
        assert!(
            flagged.get("pool").copied().unwrap_or(0) >= 20,
            "{flagged:?}"
        );
        for group in ["developer", "lab"] {
            assert_eq!(flagged.get(group), None, "{group}: {flagged:?}");
        }
        // Without the pool's targeting standing for distillation, its plain wording leaves it
        // unflagged.
        let mut off = weights;
        off.campaign.targeting = 0.0;
        let (found, _) = scan(&w, off);
        let flagged = flagged_by_group(&w, &found);
        assert!(
            flagged.get("pool").copied().unwrap_or(0) < 20,
            "{flagged:?}"
        );
    }
}
