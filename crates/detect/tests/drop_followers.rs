//! Workers of a task platform relaying a data vendor's prompts through their own real accounts
//! (aged, each on its own card, home line and browser, nothing shared) are caught by when they
//! work: they keep coming online within minutes of the platform's task drops, at moments the
//! usual day does not explain. Crowds that come online together for a reason of their own are
//! not: a webinar's audience (one day), a contest's entrants (three rounds), a hackathon's
//! participants (kick-offs on two days), a team's daily stand-up (the same time every day is the
//! usual), and everyday users.

mod scan_support;

use dg_detect::score::Weights;
use dg_model::NetKind;
use scan_support::*;

const MINUTE: i64 = 60_000;
const HOUR: i64 = 60 * MINUTE;
const DAYS: i64 = 12;

/// A session of `n` requests from `at`, a minute or three apart (one onset).
#[allow(clippy::too_many_arguments)]
fn session(
    w: &mut World,
    r: &mut Lcg,
    id: &str,
    ip: &str,
    net: &dg_model::IpRange,
    at: i64,
    n: u64,
    long: bool,
) {
    let mut t = at;
    for _ in 0..n {
        let prompt = plain(r);
        let (cap, out) = if long { (16_000, 2_500) } else { (2_000, 300) };
        w.request(id, t, ip.to_string(), net, "fp_browser", prompt, cap, out);
        t += MINUTE + r.below(2 * MINUTE as u64) as i64;
    }
}

/// An aged account of its own (own card, signed up 100-600 days before `START`).
fn own_account(w: &mut World, r: &mut Lcg, group: &'static str, id: &str) {
    w.account(Who::farmed(
        group,
        id,
        START - (100 + r.below(500) as i64) * DAY,
        format!("card_{id}"),
    ));
}

/// A home address anywhere in the ISP's space: the accounts share no network.
fn home_ip(r: &mut Lcg) -> String {
    format!(
        "100.{}.{}.{}",
        64 + r.below(60),
        r.below(256),
        1 + r.below(250)
    )
}

/// Ordinary sessions: `per_day` a day at random times, short answers.
fn ordinary(w: &mut World, r: &mut Lcg, id: &str, ip: &str, net: &dg_model::IpRange, per_day: u64) {
    for d in 0..DAYS {
        for _ in 0..per_day {
            let at = START + d * DAY + r.below(DAY as u64 - HOUR as u64) as i64;
            let n = 2 + r.below(3);
            session(w, r, id, ip, net, at, n, false);
        }
    }
}

fn world() -> World {
    let mut w = World::new();
    let mut r = Lcg(23);
    let home = range("100.64.0.0/10", 64_640, NetKind::Isp);
    // Everyday users: two sessions a day each.
    for k in 0..300u64 {
        let id = format!("person_{k:03}");
        own_account(&mut w, &mut r, "individual", &id);
        let ip = home_ip(&mut r);
        ordinary(&mut w, &mut r, &id, &ip, &home, 2);
    }
    // The platform posts four drops a day at random times; each of its 50 workers takes a
    // drop it is awake for with probability 0.8, opening the chat 1-8 minutes after it is posted and pasting
    // back four long answers; besides, each uses the account for itself once a day.
    let drops: Vec<i64> = (0..DAYS)
        .flat_map(|d| (0..4).map(move |_| d))
        .map(|d| START + d * DAY + r.below(DAY as u64 - HOUR as u64) as i64)
        .collect();
    for k in 0..50u64 {
        let id = format!("worker_{k:02}");
        own_account(&mut w, &mut r, "worker", &id);
        let ip = home_ip(&mut r);
        ordinary(&mut w, &mut r, &id, &ip, &home, 1);
        // Workers live in many time zones and sleep: each takes drops only in its waking hours.
        let zone = r.below(24) as i64 * HOUR;
        for &at in &drops {
            let local_hour = (at + zone).rem_euclid(DAY) / HOUR;
            if local_hour >= 7 && r.below(10) < 8 {
                let join = at + MINUTE + r.below(7 * MINUTE as u64) as i64;
                session(&mut w, &mut r, &id, &ip, &home, join, 4, true);
            }
        }
    }
    // A webinar's 80 attendees come online within ten minutes on day 6 and take long answers
    // through it.
    let webinar = START + 6 * DAY + 15 * HOUR;
    for k in 0..80u64 {
        let id = format!("attendee_{k:02}");
        own_account(&mut w, &mut r, "webinar", &id);
        let ip = home_ip(&mut r);
        ordinary(&mut w, &mut r, &id, &ip, &home, 1);
        let join = webinar + r.below(10 * MINUTE as u64) as i64;
        session(&mut w, &mut r, &id, &ip, &home, join, 12, true);
    }
    // A contest in three rounds (days 3, 6 and 9, at different hours): each of 40 entrants
    // joins each round within ten minutes and takes 20 long answers in it.
    let rounds = [
        3 * DAY + 10 * HOUR,
        6 * DAY + 17 * HOUR,
        9 * DAY + 13 * HOUR,
    ];
    for k in 0..40u64 {
        let id = format!("entrant_{k:02}");
        own_account(&mut w, &mut r, "contest", &id);
        let ip = home_ip(&mut r);
        ordinary(&mut w, &mut r, &id, &ip, &home, 1);
        for at in rounds {
            let join = START + at + r.below(10 * MINUTE as u64) as i64;
            session(&mut w, &mut r, &id, &ip, &home, join, 20, true);
        }
    }
    // A hackathon over days 7 and 8: five kick-offs a day bring its 40 participants online
    // within minutes, and each session takes ten long answers.
    for k in 0..40u64 {
        let id = format!("hacker_{k:02}");
        own_account(&mut w, &mut r, "hackathon", &id);
        let ip = home_ip(&mut r);
        ordinary(&mut w, &mut r, &id, &ip, &home, 1);
        for d in [7, 8] {
            for h in [
                9 * HOUR,
                11 * HOUR + 30 * MINUTE,
                14 * HOUR,
                16 * HOUR + 30 * MINUTE,
                20 * HOUR,
            ] {
                if r.below(10) < 9 {
                    let join = START + d * DAY + h + MINUTE + r.below(7 * MINUTE as u64) as i64;
                    session(&mut w, &mut r, &id, &ip, &home, join, 10, true);
                }
            }
        }
    }
    // A team of 30 whose stand-up at 09:00 every day brings them online together.
    for k in 0..30u64 {
        let id = format!("teammate_{k:02}");
        own_account(&mut w, &mut r, "standup", &id);
        let ip = home_ip(&mut r);
        ordinary(&mut w, &mut r, &id, &ip, &home, 1);
        for d in 0..DAYS {
            let join = START + d * DAY + 9 * HOUR + r.below(8 * MINUTE as u64) as i64;
            session(&mut w, &mut r, &id, &ip, &home, join, 3, false);
        }
    }
    // The scanner reads events in time order.
    w.events.sort_by_key(|(e, _)| e.ts);
    w
}

#[test]
fn task_platform_workers_are_caught_by_the_drops_they_follow_and_crowds_are_not() {
    let w = world();
    for (found, flagged) in scan_with_and_without_phrasing(&w) {
        let workers = flagged.get("worker").copied().unwrap_or(0);
        assert!(
            workers >= 45,
            "workers flagged: {workers} of 50 ({flagged:?})"
        );
        for group in ["individual", "webinar", "contest", "hackathon", "standup"] {
            assert_eq!(flagged.get(group), None, "{group} flagged: {flagged:?}");
        }
        let f = finding(&found, "worker_00");
        assert!(
            f.reasons.iter().any(|x| x.code == "drop_follower"),
            "{:?}",
            f.reasons
        );
    }
}

#[test]
fn without_the_drop_signal_the_workers_pass() {
    let w = world();
    let mut weights = Weights::default_weights();
    weights.signals.insert("drop_follower".into(), 0.0);
    let (found, _) = scan(&w, weights);
    let flagged = flagged_by_group(&w, &found);
    assert_eq!(flagged.get("worker"), None, "{flagged:?}");
}
