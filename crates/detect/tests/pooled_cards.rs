//! A proxy service registers part of its accounts under a shell company (verified, the
//! reseller channel) and the rest as free-mail sign-ups declaring no org, all on the same
//! company cards. The org would vouch for its seats and discount the pool's coordination; a
//! card that pays both for an org's seats and for a crowd of accounts declaring no org is an
//! operator's, so that org vouches for no one. A legitimate aggregator whose every seat
//! declares it, on its own card and gateways, keeps its org's word.

mod scan_support;

use dg_model::{NetKind, SignupChannel};
use scan_support::*;

/// A hydra of 30 accounts (group `hydra`) on two company cards: 14 seats of a verified
/// shell company, 16 free-mail sign-ups declaring no org; all traffic through six shared
/// hosting exits; one request in five a 32k-capped answer with extended reasoning, the rest
/// short customer chat.
fn hydra(w: &mut World, r: &mut Lcg) {
    let hosting = range("203.0.113.0/24", 64_600, NetKind::Hosting);
    for k in 0..30 {
        let id = format!("hydra_{k:02}");
        let created = START - (40 + r.below(60) as i64) * DAY;
        let card = format!("card_relay_{}", k % 2);
        let who = if k < 14 {
            Who {
                org: Some("org_relay"),
                verified: true,
                channel: SignupChannel::Reseller,
                ..Who::farmed("hydra", &id, created, card)
            }
        } else {
            Who::farmed("hydra", &id, created, card)
        };
        w.account(who);
        for n in 0..80 {
            let ts = START + r.below(3 * DAY as u64) as i64;
            let ip = format!("203.0.113.{}", 10 + r.below(6));
            if n % 5 == 0 {
                w.request(&id, ts, ip, &hosting, "fp_gw", plain(r), 32_000, 2_500);
                think(w, 4_000);
            } else {
                w.request(&id, ts, ip, &hosting, "fp_gw", plain(r), 1_000, 200);
            }
        }
    }
}

/// An aggregator of 30 seats (group `aggregator`), all declaring its verified org, on its one
/// card, through four gateway addresses of its own, relaying its customers' short chat.
fn aggregator(w: &mut World, r: &mut Lcg) {
    let hosting = range("198.51.100.0/24", 64_610, NetKind::Hosting);
    for k in 0..30 {
        let id = format!("agg_{k:02}");
        w.account(Who {
            org: Some("org_switch"),
            verified: true,
            channel: SignupChannel::Reseller,
            ..Who::farmed(
                "aggregator",
                &id,
                START - (40 + r.below(200) as i64) * DAY,
                "card_switch".into(),
            )
        });
        for _ in 0..80 {
            let ts = START + r.below(3 * DAY as u64) as i64;
            let ip = format!("198.51.100.{}", 10 + r.below(4));
            w.request(&id, ts, ip, &hosting, "fp_switch", plain(r), 1_000, 250);
        }
    }
}

fn world() -> World {
    let mut w = World::new();
    let mut r = Lcg(59);
    hydra(&mut w, &mut r);
    aggregator(&mut w, &mut r);
    isp_developers(&mut w, &mut r, 80);
    home_users(&mut w, &mut r, 300, |r| (plain(r), 2_000));
    w.events.sort_by_key(|(e, _)| e.ts);
    w
}

#[test]
fn a_shell_company_sharing_its_cards_with_free_mail_accounts_vouches_for_no_one() {
    let w = world();
    assert_caught_and_spared(&w, "hydra", 25, &["aggregator", "developer", "individual"]);
}
