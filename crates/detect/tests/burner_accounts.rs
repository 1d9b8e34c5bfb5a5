//! Burner accounts: new at their first request, paid from one country, run from others through
//! a new address nearly every time (a payment-fraud farm on stolen cards and rented mobile
//! exits), are caught whatever they ask, one by one, with no link between them. Each of the
//! three facts alone is an ordinary customer's: a new customer abroad on a few addresses, a new
//! phone at home changing address, a long-standing customer on a rotating foreign exit.

mod scan_support;

use dg_model::{IpRange, NetKind};
use scan_support::*;

fn mobile(cidr: &str, asn: u32, country: &str) -> IpRange {
    IpRange {
        country: country.into(),
        ..range(cidr, asn, NetKind::Mobile)
    }
}

/// 300 plain requests with short answers, round the clock over two days from `start` (an agent
/// loop, a shift of workers), from `ip(k)`, with the browser everyone uses.
fn work(
    w: &mut World,
    r: &mut Lcg,
    id: &str,
    start: i64,
    net: &IpRange,
    ip: impl Fn(u64) -> String,
) {
    for k in 0..300 {
        let ts = start + r.below(2 * DAY as u64) as i64;
        let prompt = plain(r);
        w.request(id, ts, ip(k), net, "fp_browser", prompt, 4_000, 120);
    }
}

/// An account of `group` paying with its own card, signed up `age_days` (and some hours)
/// before `START`.
fn customer(w: &mut World, r: &mut Lcg, group: &'static str, id: &str, age_days: u64) {
    let created = START - (age_days as i64) * DAY - r.below(DAY as u64) as i64;
    w.account(Who::farmed(group, id, created, format!("card_{id}")));
}

fn world() -> World {
    let mut w = World::new();
    let mut r = Lcg(73);
    // Foreign carriers (every account here is billed in the US) and a domestic one.
    let abroad = mobile("100.90.0.0/16", 64_900, "ID");
    let home_carrier = mobile("100.91.0.0/16", 64_901, "US");
    for k in 0..24u64 {
        // Burners: a few days old, a stolen card each, a new foreign address nearly every
        // request; a few sign up each day, as cards are bought.
        let id = format!("burner_{k:02}");
        customer(&mut w, &mut r, "burner", &id, 1 + k / 4);
        work(&mut w, &mut r, &id, START, &abroad, |n| {
            format!("100.90.{}.{}", (k * 7 + n) % 200, (n * 13 + k) % 250 + 1)
        });
        // Travellers: new customers abroad, on a phone that keeps its address for hours.
        let id = format!("traveller_{k:02}");
        customer(&mut w, &mut r, "traveller", &id, 1 + k / 4);
        work(&mut w, &mut r, &id, START, &abroad, |n| {
            format!("100.90.{}.{}", 200 + k, n / 100 + 1)
        });
        // New phones at home: the carrier changes their address all the time, in their country.
        let id = format!("phone_{k:02}");
        customer(&mut w, &mut r, "phone", &id, 1 + k / 4);
        work(&mut w, &mut r, &id, START, &home_carrier, |n| {
            format!("100.91.{}.{}", (k * 5 + n) % 250, (n * 11 + k) % 250 + 1)
        });
        // Long-standing customers on the same rotating foreign exits.
        let id = format!("regular_{k:02}");
        customer(&mut w, &mut r, "regular", &id, 400 + 10 * k);
        work(&mut w, &mut r, &id, START, &abroad, |n| {
            format!("100.90.{}.{}", (k * 3 + n) % 200, (n * 17 + k) % 250 + 1)
        });
    }
    home_users(&mut w, &mut r, 300, |r| (plain(r), 2_000));
    w.events.sort_by_key(|(e, _)| e.ts);
    w
}

#[test]
fn new_accounts_paid_from_home_and_run_from_rotating_foreign_exits_are_burners() {
    let w = world();
    let spared = ["traveller", "phone", "regular", "individual"];
    for found in assert_caught_and_spared(&w, "burner", 22, &spared) {
        assert!(finding(&found, "burner_00")
            .reasons
            .iter()
            .any(|x| x.code == "burner_account"));
    }
    // Without the conjunction, each of its parts is too weak to act on.
    let mut weights = dg_detect::score::Weights::default_weights();
    weights.signals.insert("burner_account".into(), 0.0);
    let (found, _) = scan(&w, weights);
    let flagged = flagged_by_group(&w, &found);
    assert_eq!(flagged.get("burner"), None, "{flagged:?}");
}
