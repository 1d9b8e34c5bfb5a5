//! A farm that rents its machines from one address block no range feed lists — a card of
//! its own per account, sign-ups spread over two months, each account on its own IPv6 /64 —
//! links nowhere, and sits with the ordinary networks, whose crowd hides it. Counted by the
//! block's allocation (a provider segment), it is most of the block's active accounts, and it
//! runs round the clock: caught. A class on one unlisted block taking the same long answers
//! (but sleeping), home users of an unlisted ISP, and long-standing developers running agents
//! on a cloud are not.

mod scan_support;

use dg_detect::score::Weights;
use dg_model::NetKind;
use scan_support::*;

const HOUR: i64 = 3_600_000;

/// `chat` requests with 2k caps and `taken` long answers with 16k caps over `days` days, in
/// the hours `from..from + hours` of each day; the address is `ip(k)` for the k-th request,
/// `net` its listed range (`None`: an address no feed lists).
#[allow(clippy::too_many_arguments)]
fn traffic(
    w: &mut World,
    r: &mut Lcg,
    id: &str,
    ip: impl Fn(u64) -> String,
    net: Option<&dg_model::IpRange>,
    (days, from, hours): (i64, i64, u64),
    chat: u64,
    taken: u64,
) {
    // Any range will do for `World::request`; it is taken away again for unlisted addresses.
    let placeholder = range("0.0.0.0/32", 1, NetKind::Isp);
    for k in 0..chat + taken {
        let day = (k as i64) % days;
        let ts =
            START + day * DAY + (from + r.below(hours) as i64) * HOUR + r.below(HOUR as u64) as i64;
        let prompt = plain(r);
        let (cap, out) = if k < chat {
            (2_000, 300)
        } else {
            (16_000, 2_500)
        };
        w.request(
            id,
            ts,
            ip(k),
            net.unwrap_or(&placeholder),
            "fp_sdk",
            prompt,
            cap,
            out,
        );
        if net.is_none() {
            if let Some(last) = w.events.last_mut() {
                last.1 = None;
            }
        }
    }
}

/// The world: the farm, its look-alikes and an ordinary reference of developers at home.
fn world() -> World {
    let mut w = World::new();
    let mut r = Lcg(41);
    // The farm: 40 accounts signed up over two months, each on its own card and its own /64
    // of one unlisted IPv6 /32 (a new address every request), 20 chats and 60 long answers
    // over 12 days at any hour.
    for k in 0..40u64 {
        let id = format!("farm_{k:02}");
        let created = START - (30 + r.below(60) as i64) * DAY;
        w.account(Who::farmed("farm", &id, created, format!("card_farm_{k}")));
        let ip = move |n: u64| format!("2001:db8:{:x}:{:x}::{:x}", k / 4, k, n + 1);
        traffic(&mut w, &mut r, &id, ip, None, (12, 0, 24), 20, 60);
    }
    // A class: 40 students who signed up within two weeks, on their college's unlisted
    // block, taking the same long answers, in the daytime.
    for k in 0..40u64 {
        let id = format!("class_{k:02}");
        let created = START - (6 + r.below(14) as i64) * DAY;
        w.account(Who::farmed(
            "class",
            &id,
            created,
            format!("card_class_{k}"),
        ));
        let ip = move |n: u64| format!("10.77.{}.{}", k, n % 3 + 1);
        traffic(&mut w, &mut r, &id, ip, None, (12, 9, 8), 10, 30);
    }
    // Home users of an ISP no feed lists: mostly chat; one in ten takes long answers.
    for k in 0..150u64 {
        let id = format!("isp_{k:03}");
        let created = START - (60 + r.below(700) as i64) * DAY;
        w.account(Who::plain("isp_user", &id, created));
        let taken = if k % 10 == 0 { 25 } else { 1 };
        let ip = move |_| format!("10.88.{}.{}", k >> 8, k & 255);
        traffic(&mut w, &mut r, &id, ip, None, (10, 8, 14), 15, taken);
    }
    // Developers of long standing running agents round the clock from one cloud provider.
    let cloud = range("198.18.0.0/15", 64_520, NetKind::Hosting);
    for k in 0..40u64 {
        let id = format!("cloud_{k:02}");
        let created = START - (400 + r.below(400) as i64) * DAY;
        w.account(Who::farmed(
            "cloud_dev",
            &id,
            created,
            format!("card_cloud_{k}"),
        ));
        let ip = move |_| format!("198.18.{}.{}", k / 200, k % 200 + 1);
        traffic(&mut w, &mut r, &id, ip, Some(&cloud), (12, 0, 24), 10, 30);
    }
    // The ordinary networks' reference: developers at home, one in forty taking long answers.
    let home = range("100.64.0.0/12", 64_505, NetKind::Isp);
    for k in 0..200u64 {
        let id = format!("dev_{k:03}");
        let created = START - (30 + r.below(700) as i64) * DAY;
        w.account(Who::plain("developer", &id, created));
        let (chat, taken) = if k % 40 == 0 { (10, 30) } else { (20, 2) };
        let ip = move |_| format!("100.64.{}.{}", k >> 8, k & 255);
        traffic(
            &mut w,
            &mut r,
            &id,
            ip,
            Some(&home),
            (10, 8, 12),
            chat,
            taken,
        );
    }
    w.events.sort_by_key(|(e, _)| e.ts);
    w
}

#[test]
fn a_farm_on_an_unlisted_block_is_caught_by_its_provider_and_look_alikes_are_not() {
    let w = world();
    let [on, _] = assert_caught_and_spared(
        &w,
        "farm",
        36,
        &["class", "isp_user", "cloud_dev", "developer"],
    );
    let f = finding(&on, "farm_07");
    let reason = f
        .reasons
        .iter()
        .find(|r| r.code == dg_detect::segment::CODE)
        .unwrap_or_else(|| panic!("no segment reason: {:?}", f.reasons));
    assert!(
        reason.detail.contains("no range feed lists")
            && reason.detail.contains("run on a scheduler's clock"),
        "{}",
        reason.detail
    );
}

#[test]
fn without_provider_segments_the_farm_passes() {
    let w = world();
    let mut weights = Weights::default_weights().without_phrasing();
    weights.segment.providers = false;
    let (found, _) = scan(&w, weights);
    let flagged = flagged_by_group(&w, &found);
    assert!(
        flagged.get("farm").copied().unwrap_or(0) <= 4,
        "{flagged:?}"
    );
}

#[test]
fn a_provider_whose_matches_sleep_gives_no_evidence() {
    // The class alone would be judged a provider segment (40 young matches, no one else on
    // its block); its students keep a person's hours, and that is what spares them.
    let w = world();
    let mut weights = Weights::default_weights().without_phrasing();
    weights.segment.provider_automated_min = 0.0;
    let (found, _) = scan(&w, weights);
    let flagged = flagged_by_group(&w, &found);
    assert!(
        flagged.get("class").copied().unwrap_or(0) >= 20,
        "the class should be taken for a farm without the timing test: {flagged:?}"
    );
}
