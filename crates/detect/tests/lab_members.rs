//! A lab's new member on the lab's card is the lab's: a verified research sign-up opened this
//! month that runs a benchmark sweep from a cloud machine is identified by the card its
//! organisation has paid with for months, while the same sweep from a verified account of the
//! same declared org on a card of its own, or on a card whose accounts are all new, is not;
//! nor are seats slipped into a company's org and card that outnumber its staff of record.
//!
//! A scanner driver walks a small world: a farm of fresh accounts asking for long answers from
//! cloud addresses (a hosting segment the farm makes pure), ordinary users at home, the lab's
//! two long-standing members on its campus network, and three sweeping accounts.

mod scan_support;

use dg_model::{NetKind, SignupChannel};
use scan_support::*;

/// `n` single-shot requests over three days from `ip` on `net`, each a long answer under a 16k
/// cap: a benchmark sweep, or a harvest, in plain words.
fn sweep(w: &mut World, r: &mut Lcg, id: &str, ip: &str, net: &dg_model::IpRange, n: u64) {
    for _ in 0..n {
        let ts = START + r.below(3 * DAY as u64) as i64;
        let prompt = plain(r);
        w.request(id, ts, ip.into(), net, "fp_httpx", prompt, 16_000, 4_000);
    }
}

fn lab(group: &'static str, id: &str, created: i64, card: &str) -> Who<'static> {
    Who {
        org: Some("org_vattern_lab"),
        channel: SignupChannel::Research,
        verified: true,
        card: Some(card.into()),
        ..Who::plain(group, id, created)
    }
}

fn world() -> World {
    let mut w = World::new();
    let mut r = Lcg(53);
    let cloud = range("203.0.113.0/24", 64_701, NetKind::Hosting);
    let campus = range("198.18.0.0/16", 64_702, NetKind::Education);
    // The farm: 60 fresh accounts, a card and a cloud address each, nothing shared.
    for k in 0..60 {
        let id = format!("farm_{k:02}");
        w.account(Who::farmed(
            "farm",
            &id,
            START - DAY,
            format!("card_farm_{k}"),
        ));
        let ip = format!("203.0.113.{}", 10 + k);
        sweep(&mut w, &mut r, &id, &ip, &cloud, 20);
    }
    // Ordinary users at home, chatting.
    home_users(&mut w, &mut r, 300, |r| (plain(r), 2_000));
    // The lab's members of record: verified, on the lab's card, opened long ago, on campus.
    for k in 0..2 {
        let id = format!("lab_senior_{k}");
        w.account(lab("lab_senior", &id, START - 300 * DAY, "card_vattern"));
        for _ in 0..12 {
            let ts = START + r.below(3 * DAY as u64) as i64;
            let prompt = plain(&mut r);
            w.request(
                &id,
                ts,
                "198.18.4.2".into(),
                &campus,
                "fp_browser",
                prompt,
                4_000,
                700,
            );
        }
    }
    // A new member, opened this month on the lab's card, sweeping from a cloud machine.
    w.account(lab(
        "lab_new_member",
        "lab_new",
        START - 10 * DAY,
        "card_vattern",
    ));
    sweep(&mut w, &mut r, "lab_new", "198.51.100.7", &cloud, 120);
    // The same sweep under the lab's name on a card of its own, and on a card whose accounts
    // were all opened this month.
    w.account(lab("own_card", "own_card", START - 10 * DAY, "card_own"));
    sweep(&mut w, &mut r, "own_card", "198.51.100.8", &cloud, 120);
    for k in 0..2 {
        let id = format!("new_card_{k}");
        w.account(lab("new_card", &id, START - (12 - k) * DAY, "card_new"));
        let ip = format!("198.51.100.{}", 9 + k);
        sweep(&mut w, &mut r, &id, &ip, &cloud, 120);
    }
    // A company whose card and org took on eight seats last week, more than its three members
    // of record: the seats sweep from the cloud too.
    let office = range("192.0.2.0/24", 64_704, NetKind::Enterprise);
    for k in 0..3 {
        let id = format!("staff_{k}");
        w.account(Who {
            org: Some("org_quill"),
            channel: SignupChannel::Startup,
            verified: true,
            card: Some("card_quill".into()),
            ..Who::plain("staff", &id, START - 400 * DAY)
        });
        for _ in 0..12 {
            let ts = START + r.below(3 * DAY as u64) as i64;
            let prompt = plain(&mut r);
            w.request(
                &id,
                ts,
                "192.0.2.9".into(),
                &office,
                "fp_browser",
                prompt,
                4_000,
                700,
            );
        }
    }
    for k in 0..8 {
        let id = format!("seat_{k}");
        w.account(Who {
            org: Some("org_quill"),
            channel: SignupChannel::Startup,
            verified: true,
            card: Some("card_quill".into()),
            ..Who::plain("seat", &id, START - 5 * DAY)
        });
        let ip = format!("198.51.100.{}", 20 + k);
        sweep(&mut w, &mut r, &id, &ip, &cloud, 120);
    }
    w.events.sort_by_key(|(e, _)| e.ts);
    w
}

#[test]
fn a_new_member_on_the_labs_card_is_the_labs_and_the_same_sweep_elsewhere_is_not() {
    let w = world();
    for (phrasing, (found, flagged)) in ["on", "off"]
        .into_iter()
        .zip(scan_with_and_without_phrasing(&w))
    {
        assert!(
            flagged.get("farm").copied().unwrap_or(0) >= 55,
            "phrasing {phrasing}: {flagged:?}"
        );
        for group in ["individual", "lab_senior", "lab_new_member"] {
            assert_eq!(flagged.get(group), None, "phrasing {phrasing}: {flagged:?}");
        }
        let member = finding(&found, "lab_new");
        assert!(
            !member
                .reasons
                .iter()
                .any(|r| r.code == "farm_segment_excess"),
            "phrasing {phrasing}: {:?}",
            member.reasons
        );
        // Without the lab's card of record the sweep is what a harvester's would be.
        assert_eq!(
            flagged.get("staff"),
            None,
            "phrasing {phrasing}: {flagged:?}"
        );
        assert_eq!(
            flagged.get("seat"),
            Some(&8),
            "phrasing {phrasing}: {flagged:?}"
        );
        for id in ["own_card", "new_card_0", "new_card_1"] {
            let f = finding(&found, id);
            assert!(f.decision.is_flagged(), "phrasing {phrasing}: {id} {f:?}");
        }
    }
}

/// A university lab's students: education sign-ups of this month under the lab's org, not
/// verified, each running an overnight sweep of long, reasoned answers from the campus network.
fn campus_sweeps() -> World {
    let mut w = world();
    let mut r = Lcg(59);
    let campus = range("198.18.0.0/16", 64_702, NetKind::Education);
    for k in 0..3 {
        let id = format!("student_{k}");
        w.account(Who {
            org: Some("org_vattern_lab"),
            channel: SignupChannel::Education,
            verified: false,
            card: Some("card_vattern".into()),
            ..Who::plain("student", &id, START - 20 * DAY)
        });
        for _ in 0..400 {
            let ts = START + r.below(3 * DAY as u64) as i64;
            let prompt = format!(
                "Work through this step by step and show your reasoning: {}",
                plain(&mut r)
            );
            let ip = format!("198.18.9.{}", 10 + k);
            w.request(&id, ts, ip, &campus, "fp_httpx", prompt, 16_000, 4_000);
            if let Some((e, _)) = w.events.last_mut() {
                e.thinking_tokens = Some(2_000);
            }
        }
    }
    w.events.sort_by_key(|(e, _)| e.ts);
    w
}

/// With phrasing on and off: no account of `group` is flagged, at least `min` of `caught`
/// are, and `id`'s harvest volume says it was scaled down for its campus network.
fn assert_campus_vouches(w: &World, group: &str, id: &str, caught: &str, min: usize) {
    for (phrasing, (found, flagged)) in ["on", "off"]
        .into_iter()
        .zip(scan_with_and_without_phrasing(w))
    {
        assert_eq!(flagged.get(group), None, "phrasing {phrasing}: {flagged:?}");
        assert!(
            flagged.get(caught).copied().unwrap_or(0) >= min,
            "phrasing {phrasing}: {flagged:?}"
        );
        let f = finding(&found, id);
        let harvest = f.reasons.iter().find(|r| r.code == "harvest_volume");
        assert!(
            harvest.is_some_and(|r| r.detail.contains("identified customer on its campus")),
            "phrasing {phrasing}: {:?}",
            f.reasons
        );
    }
}

#[test]
fn a_labs_students_sweeping_from_campus_are_the_labs() {
    // The campus network vouches for the claimed institution: the students' long answers
    // count at the identified customer's strength, as their wording does, and they pass;
    // the farm beside them is still caught.
    assert_campus_vouches(&campus_sweeps(), "student", "student_0", "farm", 55);
}

/// Researchers on personal accounts (standard sign-ups, no org, a card each) running the same
/// overnight sweep from the campus cluster, and the same sweep from rented servers on personal
/// accounts a few weeks old.
fn personal_sweeps() -> World {
    let mut w = World::new();
    let mut r = Lcg(61);
    home_users(&mut w, &mut r, 300, |r| (plain(r), 2_000));
    let campus = range("198.18.0.0/16", 64_702, NetKind::Education);
    let cloud = range("192.0.2.0/24", 64_703, NetKind::Hosting);
    let lab_item = |r: &mut Lcg| {
        format!(
            "Benchmark item {} from our held-out set. Think it through carefully before you answer: {}",
            r.below(1_000_000),
            plain(r)
        )
    };
    let harvest_item = |r: &mut Lcg| {
        format!(
            "Work through this step by step and show your reasoning: {}",
            plain(r)
        )
    };
    // Each on its own client build and wording; the researchers signed up over the past year.
    for (group, net, prefix, days, client, ask) in [
        (
            "personal_campus",
            &campus,
            "198.18.7",
            150,
            "fp_lab_python",
            &lab_item as &dyn Fn(&mut Lcg) -> String,
        ),
        (
            "personal_cloud",
            &cloud,
            "192.0.2",
            20,
            "fp_httpx",
            &harvest_item,
        ),
    ] {
        for k in 0..3 {
            let id = format!("{group}_{k}");
            w.account(Who::farmed(
                group,
                &id,
                START - (days + 61 * k) as i64 * DAY,
                format!("card_{id}"),
            ));
            for _ in 0..400 {
                let ts = START + r.below(3 * DAY as u64) as i64;
                let prompt = ask(&mut r);
                let ip = format!("{prefix}.{}", 40 + k);
                w.request(&id, ts, ip, net, client, prompt, 16_000, 4_000);
                if let Some((e, _)) = w.events.last_mut() {
                    e.thinking_tokens = Some(2_000);
                }
            }
        }
    }
    w.events.sort_by_key(|(e, _)| e.ts);
    w
}

#[test]
fn a_personal_account_sweeping_from_campus_is_the_campus_and_from_a_cloud_is_not() {
    // The campus network vouches whatever the sign-up says: a researcher's personal account
    // counts as identified there, and the same sweep from rented servers is still caught.
    assert_campus_vouches(
        &personal_sweeps(),
        "personal_campus",
        "personal_campus_0",
        "personal_cloud",
        3,
    );
}
