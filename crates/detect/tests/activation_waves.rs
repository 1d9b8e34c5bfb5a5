//! A campaign that buys aged accounts on a market has nothing young, nothing shared and often
//! a verification to show, but it switches its accounts on together and runs them on its
//! scheduler: an activation wave. A scanner driver walks ten days of a world in which 40 such
//! accounts start within three hours on day 3 and take long answers round the clock from
//! mobile-carrier addresses, next to the look-alikes that must stay `allow`: 40 dormant
//! customers who come back the same morning (a model release) and take as many long answers in
//! their waking hours, an evaluation company's aged staff accounts switched on together under
//! its org, 400 ordinary customers and 250 phone users on the farm's carriers.

mod scan_support;

use dg_detect::score::Weights;
use dg_model::{NetKind, SignupChannel};
use scan_support::*;

const HOUR: i64 = 3_600_000;
/// The morning the farm and the returning customers start.
const SWITCH_ON: i64 = START + 3 * DAY + 9 * HOUR;
/// The end of the ten days.
const END: i64 = START + 10 * DAY;

/// Where an account's requests come from: its fixed address, or (`None`) a new carrier address
/// each time.
struct Sender<'a> {
    id: String,
    ip: Option<String>,
    net: &'a dg_model::IpRange,
    fp: &'a str,
}

/// One request at `ts`: a long single-shot answer on a 16k cap when `taken`, else a chat turn.
fn ask(w: &mut World, r: &mut Lcg, s: &Sender<'_>, ts: i64, taken: bool) {
    let ip = s.ip.clone().unwrap_or_else(|| {
        format!(
            "10.{}.{}.{}",
            1 + r.below(200),
            r.below(250),
            1 + r.below(250)
        )
    });
    let prompt = plain(r);
    let (cap, out) = if taken { (16_000, 2_500) } else { (2_000, 300) };
    w.request(&s.id, ts, ip, s.net, s.fp, prompt, cap, out);
}

/// A time in waking hours (08:00–21:00) of a day between `from` and `END`.
fn waking(r: &mut Lcg, from: i64) -> i64 {
    let first_day = (from - START) / DAY + 1;
    let day = first_day + r.below((10 - first_day) as u64) as i64;
    START + day * DAY + (8 + r.below(13) as i64) * HOUR + r.below(HOUR as u64) as i64
}

/// A time between `from` and `END`, day or night.
fn any_time(r: &mut Lcg, from: i64) -> i64 {
    from + r.below((END - from) as u64) as i64
}

fn world() -> World {
    let mut w = World::new();
    let mut r = Lcg(23);
    let home = range("100.64.0.0/12", 64_505, NetKind::Isp);
    let mobile = range("10.0.0.0/8", 64_530, NetKind::Mobile);
    let cloud = range("198.18.0.0/15", 64_520, NetKind::Hosting);
    // The farm: 40 bought accounts, signed up 90 to 300 days ago on cards of their own, half
    // verified, switched on within three hours; 150 requests each round the clock until the
    // end, 70% of them long answers to long agent prompts, each from a carrier address.
    for k in 0..40u32 {
        let id = format!("aged_{k:02}");
        w.account(Who {
            group: "farm",
            id: id.clone(),
            created: START - (90 + r.below(210) as i64) * DAY,
            org: None,
            card: Some(format!("card_aged_{k}")),
            channel: SignupChannel::Standard,
            verified: k % 2 == 0,
        });
        let s = Sender {
            id,
            ip: None,
            net: &mobile,
            fp: "fp_sdk",
        };
        let on = SWITCH_ON + r.below(3 * HOUR as u64) as i64;
        for n in 0..150u64 {
            let ts = if n == 0 { on } else { any_time(&mut r, on) };
            ask(&mut w, &mut r, &s, ts, n % 10 < 7);
            // Agent steps carry their context: long prompts, answers four times as long.
            if let Some((e, _)) = w.events.last_mut() {
                e.input_tokens = 600;
            }
        }
    }
    // Dormant customers back on the same morning (a release): as many long answers, in their
    // waking hours from their home lines.
    for k in 0..40u32 {
        let id = format!("back_{k:02}");
        w.account(Who::plain(
            "returning",
            &id,
            START - (60 + r.below(500) as i64) * DAY,
        ));
        let ip = Some(format!("100.66.{}.{}", k >> 8, 1 + (k & 255)));
        let s = Sender {
            id,
            ip,
            net: &home,
            fp: "fp_sdk",
        };
        let on = SWITCH_ON + r.below(3 * HOUR as u64) as i64;
        for n in 0..150u64 {
            let ts = if n == 0 { on } else { waking(&mut r, on) };
            ask(&mut w, &mut r, &s, ts, n % 10 < 7);
        }
    }
    // An evaluation company: 25 aged staff accounts under its org, switched on together to run
    // a benchmark round the clock from the company's cloud range.
    for k in 0..25u32 {
        let id = format!("evals_{k:02}");
        w.account(Who {
            group: "eval_company",
            id: id.clone(),
            created: START - 200 * DAY + i64::from(k) * HOUR,
            org: Some("org_evals"),
            card: Some("card_evals".into()),
            channel: SignupChannel::Enterprise,
            verified: true,
        });
        let ip = Some(format!("198.19.200.{}", 10 + k));
        let s = Sender {
            id,
            ip,
            net: &cloud,
            fp: "fp_bench",
        };
        let on = SWITCH_ON + r.below(HOUR as u64) as i64;
        for n in 0..150u64 {
            let ts = any_time(&mut r, on);
            ask(&mut w, &mut r, &s, ts, n % 10 < 8);
        }
    }
    // Established customers, active from the first day: chat, one in ten also taking long
    // answers; some start later in the ten days, as weekly users do.
    for k in 0..400u32 {
        let id = format!("person_{k:03}");
        w.account(Who::plain(
            "individual",
            &id,
            START - (30 + r.below(600) as i64) * DAY,
        ));
        let ip = Some(format!("100.64.{}.{}", k >> 8, k & 255));
        let s = Sender {
            id,
            ip,
            net: &home,
            fp: "fp_browser",
        };
        let from = START - DAY + i64::from(k % 7) * DAY;
        let taken = if k % 10 == 0 { 40 } else { 0 };
        for n in 0..(30 + r.below(30) + taken) {
            let ts = waking(&mut r, from);
            ask(&mut w, &mut r, &s, ts, n < taken);
        }
    }
    // Phone users on the same carriers: chat from a new carrier address now and then.
    for k in 0..250u32 {
        let id = format!("phone_{k:03}");
        w.account(Who::plain(
            "phone",
            &id,
            START - (10 + r.below(900) as i64) * DAY,
        ));
        let s = Sender {
            id,
            ip: None,
            net: &mobile,
            fp: "fp_app",
        };
        for _ in 0..(12 + r.below(30)) {
            let ts = waking(&mut r, START - DAY);
            ask(&mut w, &mut r, &s, ts, false);
        }
    }
    w.events.sort_by_key(|(e, _)| e.ts);
    w
}

#[test]
fn aged_accounts_switched_on_together_are_caught_and_look_alikes_are_not() {
    let w = world();
    for (found, flagged) in scan_with_and_without_phrasing(&w) {
        assert!(
            flagged.get("farm").copied().unwrap_or(0) >= 36,
            "{flagged:?}"
        );
        for group in ["returning", "eval_company", "individual", "phone"] {
            assert_eq!(flagged.get(group), None, "{group}: {flagged:?}");
        }
        let member = found
            .iter()
            .find(|f| f.account_id == "aged_00")
            .expect("seen");
        let r = member
            .reasons
            .iter()
            .find(|r| r.code == dg_detect::wave::CODE);
        let r = r.unwrap_or_else(|| panic!("{:?}", member.reasons));
        assert!(
            r.detail.contains("first requests came within"),
            "{}",
            r.detail
        );
    }
}

#[test]
fn without_activation_waves_the_verified_bought_accounts_pass() {
    // The unverified half is flagged on its own traffic (long answers round the clock from a new
    // address each time); a verification halves that, and the wave is what catches the rest.
    let w = world();
    let mut weights = Weights::default_weights();
    weights.wave.activation_hours = 0.0;
    let (found, _) = scan(&w, weights);
    let verified_flagged = (0..40)
        .step_by(2)
        .map(|k| format!("aged_{k:02}"))
        .filter(|id| {
            found
                .iter()
                .any(|f| &f.account_id == id && f.decision.is_flagged())
        })
        .count();
    assert!(verified_flagged <= 2, "{verified_flagged} of 20");
}
