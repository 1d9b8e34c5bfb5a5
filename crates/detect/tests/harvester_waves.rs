//! A campaign whose accounts share nothing (own card, own cloud address, common SDK) and hide
//! their harvesting among customer traffic is still caught as a wave: its accounts were
//! created within two days of each other and each took many long single-shot answers. Heavy
//! users who signed up at their own times, and an evaluation company whose staff signed up
//! on one day and run a reasoning benchmark, are not.

mod scan_support;

use dg_detect::features::Ramp;
use dg_detect::score::Weights;
use dg_model::{NetKind, SignupChannel};
use scan_support::*;

const HOUR: i64 = 3_600_000;

/// `chat` customer-style requests (2k caps) and `taken` long single-shot answers (16k caps)
/// spread over the week at working hours.
#[allow(clippy::too_many_arguments)]
fn traffic(
    w: &mut World,
    r: &mut Lcg,
    id: &str,
    ip: &str,
    net: &dg_model::IpRange,
    fp: &str,
    chat: u64,
    taken: u64,
) {
    for k in 0..chat + taken {
        let ts = START
            + (k % 7) as i64 * DAY
            + (8 + r.below(12) as i64) * HOUR
            + r.below(HOUR as u64) as i64;
        let prompt = plain(r);
        if k < chat {
            w.request(id, ts, ip.to_string(), net, fp, prompt, 2_000, 300);
        } else {
            w.request(id, ts, ip.to_string(), net, fp, prompt, 16_000, 2_500);
        }
    }
}

fn world() -> World {
    let mut w = World::new();
    let mut r = Lcg(11);
    let home = range("100.64.0.0/12", 64_505, NetKind::Isp);
    let cloud = range("198.18.0.0/15", 64_520, NetKind::Hosting);
    // The wave: 40 "startups", created within two days three weeks ago, each on its own card
    // and its own cloud /24, half of them verified; 300 customer requests and 70 harvested
    // answers each.
    for k in 0..40u32 {
        let id = format!("wave_{k:02}");
        w.account(Who {
            group: "wave",
            id: id.clone(),
            created: START - 21 * DAY + r.below(2 * DAY as u64) as i64,
            org: None,
            card: Some(format!("card_wave_{k}")),
            channel: if k % 3 == 0 {
                SignupChannel::Standard
            } else {
                SignupChannel::Startup
            },
            verified: k % 2 == 0,
        });
        let ip = format!("198.18.{}.{}", k + 1, 10 + k);
        traffic(&mut w, &mut r, &id, &ip, &cloud, "fp_sdk", 300, 70);
    }
    // Heavy users who take as much, signed up at their own times over two years.
    for k in 0..15u32 {
        let id = format!("heavy_{k:02}");
        w.account(Who {
            group: "heavy",
            id: id.clone(),
            created: START - (40 + 45 * i64::from(k)) * DAY,
            org: None,
            card: Some(format!("card_heavy_{k}")),
            channel: SignupChannel::Standard,
            verified: k % 2 == 0,
        });
        let ip = format!("100.70.{k}.9");
        traffic(&mut w, &mut r, &id, &ip, &home, "fp_sdk", 60, 80);
    }
    // An evaluation company: 25 staff accounts under its org, created on one day, each
    // running a reasoning benchmark from the company's cloud range.
    for k in 0..25u32 {
        let id = format!("evals_{k:02}");
        w.account(Who {
            group: "eval_company",
            id: id.clone(),
            created: START - 60 * DAY + i64::from(k) * HOUR,
            org: Some("org_evals"),
            card: Some("card_evals".into()),
            channel: SignupChannel::Enterprise,
            verified: true,
        });
        let ip = format!("198.19.200.{}", 10 + k);
        traffic(&mut w, &mut r, &id, &ip, &cloud, "fp_bench", 10, 80);
    }
    // People: plain chat, some with a long answer now and then; some signed up in the same
    // days as the wave.
    let people = People {
        wave_start: START - 21 * DAY,
        chat: (10, 30),
        taken: 20,
    };
    people.add(&mut w, &mut r, &home, |k| k % 8 == 0);
    w.events.sort_by_key(|(e, _)| e.ts);
    w
}

/// 400 people on home lines who chat (`chat.0` plus up to `chat.1` requests), one in ten
/// also taking `taken` long answers; those `in_wave` picks signed up within two days of
/// `wave_start`, the others over the 600 days before the scan.
struct People {
    wave_start: i64,
    chat: (u64, u64),
    taken: u64,
}

impl People {
    fn add(
        &self,
        w: &mut World,
        r: &mut Lcg,
        home: &dg_model::IpRange,
        in_wave: impl Fn(u32) -> bool,
    ) {
        for k in 0..400u32 {
            let id = format!("person_{k:03}");
            let created = if in_wave(k) {
                self.wave_start + r.below(2 * DAY as u64) as i64
            } else {
                START - (30 + r.below(600) as i64) * DAY
            };
            w.account(Who::plain("individual", &id, created));
            let ip = format!("100.64.{}.{}", k >> 8, k & 255);
            let taken = if k % 10 == 0 { self.taken } else { 0 };
            let chat = self.chat.0 + r.below(self.chat.1);
            traffic(w, r, &id, &ip, home, "fp_browser", chat, taken);
        }
    }
}

#[test]
fn a_wave_of_harvesters_is_caught_and_look_alikes_are_not() {
    let w = world();
    for weights in [
        Weights::default_weights(),
        Weights::default_weights().without_phrasing(),
    ] {
        let (found, _) = scan(&w, weights);
        let flagged = flagged_by_group(&w, &found);
        assert!(
            flagged.get("wave").copied().unwrap_or(0) >= 36,
            "{flagged:?}"
        );
        assert_eq!(flagged.get("heavy"), None, "{flagged:?}");
        assert_eq!(flagged.get("eval_company"), None, "{flagged:?}");
        assert_eq!(flagged.get("individual"), None, "{flagged:?}");
        let member = found.iter().find(|f| f.account_id == "wave_01").unwrap();
        assert!(
            member
                .reasons
                .iter()
                .any(|r| r.code == dg_detect::wave::CODE),
            "{:?}",
            member.reasons
        );
    }
}

#[test]
fn without_the_wave_its_accounts_pass() {
    // The check above is the wave's doing: each account alone stays allowed.
    let w = world();
    let mut weights = Weights::default_weights();
    weights.wave.min_matches = u64::MAX;
    let (found, _) = scan(&w, weights);
    let flagged = flagged_by_group(&w, &found);
    assert!(
        flagged.get("wave").copied().unwrap_or(0) <= 4,
        "{flagged:?}"
    );
}

/// A trial-credit farm: 60 accounts created within two days, no card, each on its own home
/// address, each spending its trial on 40 requests in its first day (32 harvested answers)
/// and then dropped. Too few answers each for the volume bar; nothing else taken. 40 people
/// signed up in the same days chat for a few dozen requests, a tenth of them with a handful
/// of long answers; 360 established people are the rest of the population.
fn trial_farm_world() -> World {
    let mut w = World::new();
    let mut r = Lcg(17);
    let home = range("100.64.0.0/12", 64_505, NetKind::Isp);
    let wave_day = START + 3 * DAY;
    for k in 0..60u32 {
        let id = format!("trial_{k:02}");
        let created = wave_day + r.below(2 * DAY as u64) as i64;
        w.account(Who {
            card: None,
            ..Who::plain("trial", &id, created)
        });
        let ip = format!("100.80.{}.{}", k >> 4, 16 + k);
        for n in 0..40u64 {
            let ts = created + HOUR + (n as i64) * 20 * 60_000;
            let (cap, out) = if n % 5 == 0 {
                (2_000, 300)
            } else {
                (16_000, 2_500)
            };
            w.request(
                &id,
                ts,
                ip.clone(),
                &home,
                "fp_sdk",
                plain(&mut r),
                cap,
                out,
            );
        }
    }
    let people = People {
        wave_start: wave_day,
        chat: (25, 20),
        taken: 6,
    };
    people.add(&mut w, &mut r, &home, |k| k < 40);
    w.events.sort_by_key(|(e, _)| e.ts);
    w
}

#[test]
fn a_wave_that_spends_its_trial_and_leaves_is_caught_by_its_share_of_harvested_answers() {
    let w = trial_farm_world();
    for (_, flagged) in scan_with_and_without_phrasing(&w) {
        assert!(
            flagged.get("trial").copied().unwrap_or(0) >= 54,
            "{flagged:?}"
        );
        assert_eq!(flagged.get("individual"), None, "{flagged:?}");
    }
    // By volume alone (the share bar out of reach) the same accounts pass.
    let mut weights = Weights::default_weights();
    weights.wave.harvested_share_min = 1.1;
    let (found, _) = scan(&w, weights);
    let flagged = flagged_by_group(&w, &found);
    assert!(
        flagged.get("trial").copied().unwrap_or(0) <= 6,
        "{flagged:?}"
    );
}

/// A contest: `entrants` accounts created within a day of each other two days before the
/// scan, each on its own card and home address, taking long answers to the round's tasks
/// (three rounds a day apart, 11 requests each, 8k caps); `idle` more accounts signed up in
/// the same day and only chat. Among 400 people who signed up at their own times. With
/// `students`, the entrants signed up through the education programme, unverified (a family
/// of their own).
fn contest_world(entrants: u32, idle: u32, students: bool) -> World {
    let mut w = World::new();
    let mut r = Lcg(71);
    let home = range("100.64.0.0/12", 64_505, NetKind::Isp);
    let opened = START - 2 * DAY;
    for k in 0..entrants + idle {
        let group = if k < entrants {
            "entrant"
        } else {
            "idle_signup"
        };
        let id = format!("{group}_{k:03}");
        let who = Who::farmed(
            group,
            &id,
            opened + r.below(DAY as u64) as i64,
            format!("card_c_{k}"),
        );
        w.account(if students && k < entrants {
            Who {
                channel: SignupChannel::Education,
                ..who
            }
        } else {
            who
        });
        let ip = format!("100.80.{}.{}", k / 200, 1 + k % 200);
        for round in 0..3 {
            for _ in 0..11 {
                let ts = START + round * DAY + 17 * HOUR + r.below(2 * HOUR as u64) as i64;
                let prompt = plain(&mut r);
                let (cap, out) = if k < entrants {
                    (8_192, 1_200)
                } else {
                    (2_000, 300)
                };
                w.request(&id, ts, ip.clone(), &home, "fp_browser", prompt, cap, out);
            }
        }
    }
    let people = People {
        wave_start: START - 300 * DAY,
        chat: (10, 30),
        taken: 20,
    };
    people.add(&mut w, &mut r, &home, |_| false);
    w.events.sort_by_key(|(e, _)| e.ts);
    w
}

/// The weights with the audience discount of waves switched off.
fn without_audience() -> Weights {
    let mut weights = Weights::default_weights();
    weights.wave.audience = Ramp { lo: 2.0, hi: 3.0 };
    weights
}

#[test]
fn a_contest_that_signed_up_together_is_an_audience_not_a_wave() {
    // 30 entrants took long answers together, 25 who signed up with them did not. All their
    // work falls in the three rounds' hours: an audience's schedule, so the wave says
    // nothing, with or without the phrasing signals.
    let w = contest_world(30, 25, false);
    for (phrasing, (found, flagged)) in ["on", "off"]
        .into_iter()
        .zip(scan_with_and_without_phrasing(&w))
    {
        assert_eq!(
            flagged.get("entrant"),
            None,
            "phrasing {phrasing}: {flagged:?}"
        );
        let f = finding(&found, "entrant_000");
        assert!(
            !f.reasons.iter().any(|r| r.code == "farm_harvester_wave"),
            "phrasing {phrasing}: {:?}",
            f.reasons
        );
    }
    // Without the discount, the wave's purity is 0.86: evidence of its own family, so
    // entrants without a family of their own besides stay allowed...
    let (found, _) = scan(&w, without_audience());
    assert_eq!(flagged_by_group(&w, &found).get("entrant"), None);
    let f = finding(&found, "entrant_000");
    let reason = f.reasons.iter().find(|r| r.code == "farm_harvester_wave");
    assert!(
        reason.is_some_and(|r| r.detail.contains("(purity 0.8")),
        "{:?}",
        f.reasons
    );
    let explain = f.explain.as_ref().expect("explained");
    assert!(explain.families.contains_key("wave"), "{explain:?}");
    assert!(!explain.counted.iter().any(|c| c == "farm"), "{explain:?}");
    // ...and with the bar lowered under the wave's purity it stands alone and takes the
    // contest.
    let mut weights = without_audience();
    weights.wave.alone_purity = 0.8;
    let (found, _) = scan(&w, weights);
    assert_eq!(flagged_by_group(&w, &found).get("entrant"), Some(&30));
}

#[test]
fn students_entering_a_contest_are_not_taken_for_a_wave() {
    // The same contest entered by students who signed up through the education programme:
    // that is a family of the entrants' own, so the sub-alone wave would flag them; its
    // audience's schedule keeps it out.
    let w = contest_world(30, 25, true);
    let (found, _) = scan(&w, Weights::default_weights());
    assert_eq!(
        flagged_by_group(&w, &found).get("entrant"),
        None,
        "{:?}",
        finding(&found, "entrant_000")
    );
    let (found, _) = scan(&w, without_audience());
    let flagged = flagged_by_group(&w, &found);
    assert!(
        flagged.get("entrant").copied().unwrap_or(0) >= 25,
        "{flagged:?}"
    );
}
