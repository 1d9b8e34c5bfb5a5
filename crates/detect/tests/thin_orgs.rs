//! A farm dressed as a company: thirty accounts of one declared org, made in an afternoon
//! three weeks ago through the standard sign-up, four of them verified, on three cards, all
//! sending from six machines of one hosting range. Four verified accounts do not make it a
//! customer of record; a company whose staff are mostly verified does the same work from the
//! same kind of machines and is vouched for, and so is an old company whose records are
//! mostly unverified but whose members go back years.
//!
//! The prompts are plain (no wording a list knows), and the test runs with the phrasing
//! signals off as well. (Through the startup programme a young org's verification anchors it
//! only once its people show: `front_companies.rs`.)

mod scan_support;

use dg_detect::score::Weights;
use dg_model::{NetKind, SignupChannel};
use scan_support::*;

/// Thirty accounts of `org` made `age_days` before the window within two hours, `verified` of
/// them verified, paying with `cards` cards, each sending 40 long single-shot answers over
/// three days from one of six machines of `subnet` (a /24 of a hosting range).
#[allow(clippy::too_many_arguments)]
fn company(
    w: &mut World,
    r: &mut Lcg,
    group: &'static str,
    org: &'static str,
    age_days: i64,
    verified: usize,
    cards: usize,
    subnet: &str,
) {
    let cloud = range(&format!("{subnet}.0/24"), 64_800, NetKind::Hosting);
    for k in 0..30 {
        let id = format!("{group}_{k:02}");
        let created = START - age_days * DAY + (k as i64) * 4 * 60_000;
        w.account(Who {
            org: Some(org),
            channel: SignupChannel::Standard,
            verified: k < verified,
            card: Some(format!("card_{group}_{}", k % cards)),
            ..Who::plain(group, &id, created)
        });
        for _ in 0..40 {
            let ts = START + r.below(3 * DAY as u64) as i64;
            let ip = format!("{subnet}.{}", 10 + r.below(6));
            let prompt = plain(r);
            w.request(&id, ts, ip, &cloud, "fp_sdk", prompt, 16_000, 3_500);
        }
    }
}

fn world() -> World {
    let mut w = World::new();
    let mut r = Lcg(71);
    home_users(&mut w, &mut r, 300, |r| (plain(r), 2_000));
    // The farm: 4 of 30 verified, three weeks old.
    company(&mut w, &mut r, "shell", "org_shell", 21, 4, 3, "203.0.113");
    // A young company whose staff are mostly verified.
    company(
        &mut w,
        &mut r,
        "staffed",
        "org_staffed",
        21,
        24,
        1,
        "198.51.100",
    );
    // An old company (accounts opened two years ago), mostly unverified.
    company(&mut w, &mut r, "old", "org_old", 700, 4, 1, "192.0.2");
    w.events.sort_by_key(|(e, _)| e.ts);
    w
}

#[test]
fn a_company_of_few_verified_accounts_does_not_vouch_for_the_rest() {
    assert_caught_and_spared(&world(), "shell", 24, &["staffed", "old", "individual"]);
}

#[test]
fn any_verified_member_vouching_lets_the_shell_pass() {
    // With the rule off (any verified member anchors the org) the shell is vouched for like
    // the companies, and passes.
    let w = world();
    let mut weights = Weights::default_weights().without_phrasing();
    weights.farm.vouch_verified_min = 0.0;
    let (found, _) = scan(&w, weights);
    let flagged = flagged_by_group(&w, &found);
    let shell = flagged.get("shell").copied().unwrap_or(0);
    assert!(
        shell <= 6,
        "{shell} of 30 shell accounts flagged: {flagged:?}"
    );
}
