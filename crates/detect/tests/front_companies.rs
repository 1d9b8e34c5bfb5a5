//! A front company: an org registered through the startup programme eleven days before it
//! starts, every seat verified, one company card, its "office" a few machines of a hosting
//! range, taking long answers around the clock. The startup programme verifies whoever
//! registers a company, so such a verification makes its org a customer of record only once
//! the account is old enough, or once the org's people show: a young startup of the same
//! shape whose staff also work from home lines and phones is vouched for.
//!
//! The prompts are plain (no wording a list knows), and the test runs with the phrasing
//! signals off as well.

mod scan_support;

use dg_model::{NetKind, SignupChannel};
use scan_support::*;

/// Twenty verified seats of `org` made `age_days` before the window within an hour through
/// the startup programme, on one card, each sending `n` requests over three days, `long` per
/// cent of them long single-shot answers under 16k caps; `home` per cent of a seat's requests
/// leave from its own home line (an `isp` range), the rest from four machines of `subnet`
/// (a /24 of a hosting range).
#[allow(clippy::too_many_arguments)]
fn company(
    w: &mut World,
    r: &mut Lcg,
    group: &'static str,
    org: &'static str,
    age_days: i64,
    subnet: &str,
    home: u64,
    n: u64,
    long: u64,
) {
    let cloud = range(&format!("{subnet}.0/24"), 64_810, NetKind::Hosting);
    let isp = range("100.64.0.0/16", 64_811, NetKind::Isp);
    for k in 0..20 {
        let id = format!("{group}_{k:02}");
        let created = START - age_days * DAY + k * 3 * 60_000;
        w.account(Who {
            org: Some(org),
            channel: SignupChannel::Startup,
            verified: true,
            card: Some(format!("card_{group}")),
            ..Who::plain(group, &id, created)
        });
        let own_home = format!("100.64.{}.{}", 10 + r.below(50), 1 + r.below(250));
        for _ in 0..n {
            let ts = START + r.below(3 * DAY as u64) as i64;
            let (cap, out) = if r.below(100) < long {
                (16_000, 3_500)
            } else {
                (2_000, 300)
            };
            let prompt = plain(r);
            if r.below(100) < home {
                w.request(&id, ts, own_home.clone(), &isp, "fp_sdk", prompt, cap, out);
            } else {
                let ip = format!("{subnet}.{}", 10 + r.below(4));
                w.request(&id, ts, ip, &cloud, "fp_sdk", prompt, cap, out);
            }
        }
    }
}

fn world() -> World {
    let mut w = World::new();
    let mut r = Lcg(83);
    home_users(&mut w, &mut r, 300, |r| (plain(r), 2_000));
    // The front: eleven days old, nothing but its rented machines.
    company(
        &mut w,
        &mut r,
        "front",
        "org_front",
        11,
        "203.0.113",
        0,
        60,
        70,
    );
    // A three-week-old startup doing much of the same work, its staff also at home.
    company(
        &mut w,
        &mut r,
        "startup",
        "org_startup",
        21,
        "198.51.100",
        30,
        60,
        70,
    );
    w.events.sort_by_key(|(e, _)| e.ts);
    w
}

#[test]
fn a_fresh_startup_programme_org_vouches_only_once_its_people_show() {
    assert_caught_and_spared(&world(), "front", 16, &["startup", "individual"]);
}
