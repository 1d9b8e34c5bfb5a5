//! A campaign is judged as a whole: the accounts it spreads its harvest over thinly, each
//! suspect but below the line, are reviewed once the campaign they are linked into is flagged.
//! A scanner driver walks a small world: a pool of accounts sharing a few dozen exits on a
//! home ISP's range, prompting on one frame in the same minutes, half of them heavy harvesters
//! flagged on their own and half light ones that ask for the same answers a few times a day;
//! beside it the look-alikes the rule must leave alone — developers with the same SDK on the
//! same ISP asking their own questions, a company's staff and contractors on one office network and card, and
//! a study group on its campus network, some of each asking for worked solutions too.

mod scan_support;

use dg_detect::score::Weights;
use dg_model::{Decision, IpRange, NetKind, SignupChannel};
use scan_support::*;

/// The pool's frame: the same request shape, a new problem each time.
fn harvest(r: &mut Lcg) -> String {
    format!(
        "Work through this step by step and show all of your reasoning before the final answer. Problem {}: a tank holds {} litres and drains at {} litres a minute; when is it empty?",
        r.below(1_000_000),
        100 + r.below(900),
        1 + r.below(9)
    )
}

/// An account of the pool's operator, a few months old on its own card: `n` requests over
/// three days, each sent in one of the pool's 60 shared ten-minute slots from one of its 40
/// exits on a home ISP's range, with the SDK half the developers use; `ask` gives each
/// request's prompt, cap and output.
fn pool_account(
    w: &mut World,
    r: &mut Lcg,
    group: &'static str,
    id: &str,
    n: u64,
    mut ask: impl FnMut(&mut Lcg) -> (String, u32, u64),
) {
    let exits = range("100.70.0.0/16", 64_520, NetKind::Isp);
    let created = START - (40 + r.below(50) as i64) * DAY;
    w.account(Who::farmed(group, id, created, format!("card_{id}")));
    for _ in 0..n {
        let slot = r.below(60) as i64;
        let ts = START + slot * (3 * DAY / 60) + r.below(300_000) as i64;
        let ip = format!("100.70.{}.{}", r.below(4), 1 + r.below(10));
        let (prompt, cap, out) = ask(r);
        w.request(id, ts, ip, &exits, "fp_sdk", prompt, cap, out);
    }
}

/// One account of the pool: `share` per cent of its requests are harvest prompts. Nothing in
/// how it was made or run marks a farm.
fn pool_member(w: &mut World, r: &mut Lcg, id: &str, group: &'static str, n: u64, share: u64) {
    pool_account(w, r, group, id, n, |r| {
        if r.below(100) < share {
            (harvest(r), 16_000, 4_000)
        } else {
            (plain(r), 2_000, 300)
        }
    });
}

/// `n` requests over three days from one desk's address `ip` on `net` with the common SDK: a
/// worked solution under a 16k cap when `pick` says so, else a plain question.
fn at_desk(
    w: &mut World,
    r: &mut Lcg,
    id: &str,
    ip: &str,
    net: &IpRange,
    n: u64,
    mut pick: impl FnMut(&mut Lcg) -> bool,
) {
    for _ in 0..n {
        let ts = START + r.below(3 * DAY as u64) as i64;
        let (prompt, cap, out) = if pick(r) {
            (harvest(r), 16_000, 4_000)
        } else {
            (plain(r), 4_000, 800)
        };
        w.request(id, ts, ip.into(), net, "fp_sdk", prompt, cap, out);
    }
}

fn world() -> World {
    let mut w = World::new();
    let mut r = Lcg(29);
    for k in 0..14 {
        pool_member(&mut w, &mut r, &format!("heavy_{k:02}"), "heavy", 90, 95);
    }
    for k in 0..14 {
        pool_member(&mut w, &mut r, &format!("thin_{k:02}"), "thin", 16, 25);
    }
    // Developers with the same SDK, each on a home address of the same ISP.
    isp_developers(&mut w, &mut r, 60);
    // A company's staff: one office address, the company card and org, some of them asking
    // for worked solutions of their own; and three contractors on the same network and card
    // whom no org vouches for, asking for some too. Their cluster is not flagged.
    let office = range("192.0.2.0/24", 64_530, NetKind::Enterprise);
    for k in 0..12 {
        let id = format!("staff_{k:02}");
        w.account(Who {
            org: Some("org_acme"),
            channel: SignupChannel::Enterprise,
            ..Who::farmed("company", &id, START - 200 * DAY, "card_acme".into())
        });
        let n = 10 + r.below(20);
        at_desk(&mut w, &mut r, &id, "192.0.2.7", &office, n, |_| k < 4);
    }
    for k in 0..3 {
        let id = format!("contractor_{k}");
        w.account(Who::farmed(
            "contractor",
            &id,
            START - (50 + 20 * k) * DAY,
            "card_acme".into(),
        ));
        let n = 10 + r.below(10);
        at_desk(&mut w, &mut r, &id, "192.0.2.7", &office, n, |r| {
            r.below(100) < 40
        });
    }
    // A study group on its campus network, no org to vouch for it: a third of it asks for
    // worked solutions on the same frame, and no member is flagged.
    let campus = range("198.18.0.0/16", 64_540, NetKind::Education);
    for k in 0..12 {
        let id = format!("student_{k:02}");
        w.account(Who {
            channel: SignupChannel::Education,
            ..Who::farmed(
                "study_group",
                &id,
                START - (60 + 7 * k) * DAY,
                format!("card_st_{k}"),
            )
        });
        let n = 10 + r.below(20);
        at_desk(&mut w, &mut r, &id, "198.18.3.9", &campus, n, |_| k < 4);
    }
    w.events.sort_by_key(|(e, _)| e.ts);
    w
}

#[test]
fn suspect_members_of_a_flagged_campaign_are_reviewed_and_look_alikes_are_not() {
    let w = world();
    let mut off = Weights::default_weights();
    off.campaign.member = 0.0;
    let (before, _) = scan(&w, off);
    let (after, clusters) = scan(&w, Weights::default_weights());
    let flagged = flagged_by_group(&w, &after);
    let campaign = clusters
        .iter()
        .find(|c| c.accounts.iter().any(|a| a == "heavy_00"))
        .expect("the pool is linked");
    assert!(campaign.decision.is_flagged(), "{campaign:?}");
    let mut lifted = 0;
    for k in 0..14 {
        let id = format!("thin_{k:02}");
        let (b, a) = (finding(&before, &id), finding(&after, &id));
        let member = campaign.accounts.contains(&id);
        let reason = a.reasons.iter().find(|r| r.code == "campaign_member");
        if member && !b.decision.is_flagged() && b.score >= 0.1 {
            // Membership earns a review, not a block.
            assert_eq!(
                a.decision,
                Decision::Review,
                "{id}: {} -> {}",
                b.score,
                a.score
            );
            assert!(reason.is_some_and(|r| r.detail.contains(&campaign.cluster_id)));
            lifted += 1;
        } else if !b.decision.is_flagged() {
            assert_eq!(a.decision, b.decision, "{id}: {} -> {}", b.score, a.score);
            assert!(reason.is_none(), "{id}: {:?}", a.reasons);
        }
    }
    assert!(lifted >= 7, "{lifted} of 14 light members lifted");
    // A contractor is as suspect as the light members, but its cluster is not flagged.
    assert!(
        (0..3).any(|k| finding(&after, &format!("contractor_{k}")).score >= 0.1),
        "the unflagged cluster holds a suspect account"
    );
    for group in ["developer", "company", "contractor", "study_group"] {
        assert_eq!(flagged.get(group), None, "{group}: {flagged:?}");
    }
}

/// A slow teammate of the pool (or, with `share` 0, a customer of its exits): `n` requests
/// over the three days in the pool's slots from its exits, one in ten on its frame and the rest
/// plain questions; `share` per cent of them take a long answer under an 8k cap.
fn slow_member(w: &mut World, r: &mut Lcg, group: &'static str, id: &str, n: u64, share: u64) {
    pool_account(w, r, group, id, n, |r| {
        let (cap, out) = if r.below(100) < share {
            (8_000, 1_500)
        } else {
            (2_000, 300)
        };
        let prompt = if r.below(100) < 10 {
            harvest(r)
        } else {
            plain(r)
        };
        (prompt, cap, out)
    });
}

/// The pool above, with slow teammates that take long answers on ordinary questions and use
/// the pool's frame now and then, and customers of the same exits who do the same but take
/// ordinary answers; judged with the phrasing signals off, where nothing reads their wording.
fn slow_world() -> World {
    let mut w = World::new();
    let mut r = Lcg(31);
    for k in 0..14 {
        pool_member(&mut w, &mut r, &format!("heavy_{k:02}"), "heavy", 90, 95);
    }
    for k in 0..10 {
        slow_member(
            &mut w,
            &mut r,
            "slow",
            &format!("slow_{k:02}"),
            40 + k * 2,
            80,
        );
    }
    for k in 0..6 {
        slow_member(
            &mut w,
            &mut r,
            "customer",
            &format!("cust_{k:02}"),
            40 + k * 2,
            0,
        );
    }
    isp_developers(&mut w, &mut r, 60);
    w.events.sort_by_key(|(e, _)| e.ts);
    w
}

#[test]
fn members_under_the_floor_are_reviewed_only_when_they_take_what_the_campaign_takes() {
    let w = slow_world();
    // The pool's leaning to long answers stands for its distillation (`targeting`); in full
    // it lends every member, teammate or customer, enough of the campaign's coordination to
    // leave none under the floor. At half, the campaign is flagged and the members keep
    // mostly their own evidence: the floor is what this test is about.
    let mut on = Weights::default_weights().without_phrasing();
    on.campaign.targeting = 0.5;
    let mut off = on.clone();
    off.campaign.member_taken_min = 0.0;
    let (before, _) = scan(&w, off);
    let (after, clusters) = scan(&w, on);
    let campaign = clusters
        .iter()
        .find(|c| c.accounts.iter().any(|a| a == "heavy_00"))
        .expect("the pool is linked");
    assert!(campaign.decision.is_flagged(), "{campaign:?}");
    let under = |id: &str| {
        let b = finding(&before, id);
        campaign.accounts.iter().any(|a| a == id) && !b.decision.is_flagged() && b.score < 0.1
    };
    let reason = |id: &str| {
        finding(&after, id)
            .reasons
            .iter()
            .any(|r| r.code == "campaign_member")
    };
    let slow: Vec<String> = (0..10)
        .map(|k| format!("slow_{k:02}"))
        .filter(|id| under(id))
        .collect();
    assert!(slow.len() >= 2, "slow teammates under the floor: {slow:?}");
    for id in &slow {
        assert_eq!(finding(&after, id).decision, Decision::Review, "{id}");
        assert!(reason(id), "{id}");
    }
    let customers: Vec<String> = (0..6)
        .map(|k| format!("cust_{k:02}"))
        .filter(|id| under(id))
        .collect();
    assert!(
        customers.len() >= 4,
        "customers under the floor: {customers:?}"
    );
    for id in &customers {
        assert_eq!(finding(&after, id).decision, Decision::Allow, "{id}");
        assert!(!reason(id), "{id}");
    }
    assert_eq!(flagged_by_group(&w, &after).get("developer"), None);
}
