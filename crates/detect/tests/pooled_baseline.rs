//! A pool's capability targeting is measured against ordinary traffic, not against the
//! campaigns in the same scan: pooled by request, a heavy harvester's own traffic would set
//! the baseline and hide every other pool's leaning (the more campaigns a scan holds, the less
//! any of them stands out). So the baseline pools the accounts never flagged. A class on its
//! campus, which leans to reasoning with extended thinking as a harvest does and shares a
//! payer, a sign-up hour and problem sets as a farm does, is explained by its institution.

mod scan_support;

use dg_model::{NetKind, SignupChannel};
use scan_support::*;

/// Plain homework problems with numbers of their own.
fn homework(r: &mut Lcg) -> String {
    format!(
        "Problem {}: a train leaves at {} and another at {}; when do they meet if the gap is {} km?",
        r.below(1_000_000),
        r.below(24),
        r.below(24),
        10 + r.below(500)
    )
}

/// A heavy harvester (group `heavy`): 30 accounts with their own cards on a VPN, each taking
/// 150 long answers with extended reasoning; caught on its own evidence.
fn heavy(w: &mut World, r: &mut Lcg) {
    let vpn = range("198.18.0.0/16", 64_800, NetKind::Vpn);
    for k in 0..30 {
        let id = format!("heavy_{k:02}");
        w.account(Who::farmed(
            "heavy",
            &id,
            START - 2 * DAY,
            format!("card_h_{k}"),
        ));
        for _ in 0..150 {
            let ts = START + r.below(3 * DAY as u64) as i64;
            let ip = format!("198.18.{}.{}", r.below(200), 1 + r.below(200));
            w.request(&id, ts, ip, &vpn, "fp_heavy", homework(r), 32_000, 6_000);
            think(w, 12_000);
        }
    }
}

/// A reseller hydra (group `hydra`): 24 accounts signed up over two weeks on three cards,
/// all traffic through 8 shared hosting exits with one client build; four requests in five
/// are short customer chat, the fifth a 16k-capped answer with extended reasoning.
fn hydra(w: &mut World, r: &mut Lcg) {
    let hosting = range("203.0.113.0/24", 64_600, NetKind::Hosting);
    for k in 0..24 {
        let id = format!("hydra_{k:02}");
        let created = START - (20 + r.below(14) as i64) * DAY;
        w.account(Who::farmed(
            "hydra",
            &id,
            created,
            format!("card_hy_{}", k % 3),
        ));
        for n in 0..60 {
            let ts = START + r.below(3 * DAY as u64) as i64;
            let ip = format!("203.0.113.{}", 10 + r.below(8));
            if n % 5 == 0 {
                w.request(&id, ts, ip, &hosting, "fp_gw", homework(r), 16_000, 900);
                think(w, 3_000);
            } else {
                w.request(&id, ts, ip, &hosting, "fp_gw", plain(r), 1_000, 200);
            }
        }
    }
}

/// A university class (group `class`): 30 students of the education programme signed up in
/// one hour on the department's card, working the same problem sets with extended reasoning
/// in the same evening hours, two requests in three from the campus network, the rest from
/// home.
fn class(w: &mut World, r: &mut Lcg) {
    let campus = range("192.0.2.0/24", 64_900, NetKind::Education);
    let home = range("100.66.0.0/16", 64_901, NetKind::Isp);
    for k in 0..30 {
        let id = format!("class_{k:02}");
        w.account(Who {
            channel: SignupChannel::Education,
            ..Who::farmed("class", &id, START - DAY + k * 60_000, "card_dept".into())
        });
        for n in 0..30 {
            let day = r.below(3) as i64;
            let ts = START + day * DAY + 18 * 3_600_000 + r.below(3 * 3_600_000) as i64;
            let (ip, net) = if n % 3 == 2 {
                (format!("100.66.{}.{}", k, 1 + r.below(3)), &home)
            } else {
                (format!("192.0.2.{}", 1 + r.below(4)), &campus)
            };
            w.request(&id, ts, ip, net, "fp_browser", homework(r), 16_000, 3_000);
            think(w, 6_000);
        }
    }
}

fn world() -> World {
    let mut w = World::new();
    let mut r = Lcg(53);
    heavy(&mut w, &mut r);
    hydra(&mut w, &mut r);
    class(&mut w, &mut r);
    isp_developers(&mut w, &mut r, 80);
    home_users(&mut w, &mut r, 300, |r| (plain(r), 2_000));
    w.events.sort_by_key(|(e, _)| e.ts);
    w
}

#[test]
fn a_heavy_campaign_does_not_hide_a_hydra_leaning_to_reasoning_and_a_class_on_campus_stays_clear() {
    let w = world();
    let [on, _] = assert_caught_and_spared(&w, "hydra", 20, &["class", "developer", "individual"]);
    let flagged = flagged_by_group(&w, &on);
    assert!(
        flagged.get("heavy").copied().unwrap_or(0) >= 25,
        "{flagged:?}"
    );
    let t = reason(&on, "hydra_00", "farm_targeting");
    assert!(t.detail.contains("thinking tokens per request"), "{t:?}");
}
