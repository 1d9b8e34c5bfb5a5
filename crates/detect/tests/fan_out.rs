//! Fan-out: a best-of-n sampler deals each problem, word for word, to five of its accounts at
//! once and keeps the best answer. Every account is a quiet consumer on its own home line with
//! its own card and a browser; nothing links them but the moment. They are caught by it, with
//! phrasing signals on and off. A crowd pasting the same texts at the same moments (a contest's
//! entrants, a headline's readers) and a team of one organisation running one suite together
//! take the same long answers and are not.

mod scan_support;

use dg_model::{Account, NetKind};
use scan_support::*;

/// Long single-shot answers: what all three groups take.
const CAP: u32 = 16_000;
const ANSWER: u64 = 3_000;

/// A problem text of its own (every problem is distinct; the same text goes to its senders).
fn problem(n: u64) -> String {
    format!(
        "Let a_1 = {} and a_(k+1) = a_k^2 mod {}. Find the least k with a_k = a_1, and justify each step.",
        3 + n % 89,
        1_009 + 2 * n
    )
}

fn world() -> World {
    let mut w = World::new();
    let mut r = Lcg(91);
    let home = range("100.66.0.0/16", 64_650, NetKind::Isp);
    let send = |w: &mut World, r: &mut Lcg, id: &str, ts: i64, ip: &str, prompt: String| {
        let ts = ts + r.below(150_000) as i64;
        w.request(
            id,
            ts,
            ip.to_string(),
            &home,
            "fp_browser",
            prompt,
            CAP,
            ANSWER,
        );
    };
    // Samplers: aged consumer accounts, each its own card and home address.
    for k in 0..40u64 {
        let id = format!("sampler_{k:02}");
        let created = START - (90 + 7 * k as i64) * DAY;
        w.account(Who::farmed("sampler", &id, created, format!("card_s{k}")));
    }
    // 480 problems over three days, each to 5 samplers within 150 s: 60 each on average.
    for n in 0..480u64 {
        let at = START + (n as i64) * (3 * DAY / 480);
        let mut dealt: Vec<u64> = Vec::new();
        while dealt.len() < 5 {
            let k = r.below(40);
            if !dealt.contains(&k) {
                dealt.push(k);
            }
        }
        for k in dealt {
            let ip = format!("100.66.1.{}", k + 1);
            send(
                &mut w,
                &mut r,
                &format!("sampler_{k:02}"),
                at,
                &ip,
                problem(n),
            );
        }
    }
    // A crowd: 30 entrants each paste the same 60 texts within minutes of each other.
    for k in 0..30u64 {
        let id = format!("entrant_{k:02}");
        let created = START - (60 + 5 * k as i64) * DAY;
        w.account(Who::farmed("crowd", &id, created, format!("card_e{k}")));
    }
    for n in 0..60u64 {
        let at = START + (n as i64) * (3 * DAY / 60) + 1_000;
        for k in 0..30u64 {
            let ip = format!("100.66.2.{}", k + 1);
            let prompt = problem(10_000 + n);
            send(&mut w, &mut r, &format!("entrant_{k:02}"), at, &ip, prompt);
        }
    }
    // A team of one verified organisation, each on their home line, running the same suite.
    for k in 0..8u64 {
        let id = format!("team_{k}");
        let created = START - (400 + k as i64) * DAY;
        w.account(Who {
            org: Some("org_bench"),
            verified: true,
            ..Who::farmed("team", &id, created, format!("card_t{k}"))
        });
    }
    for n in 0..60u64 {
        let at = START + (n as i64) * (3 * DAY / 60) + 2_000;
        for k in 0..8u64 {
            let ip = format!("100.66.3.{}", k + 1);
            send(
                &mut w,
                &mut r,
                &format!("team_{k}"),
                at,
                &ip,
                problem(20_000 + n),
            );
        }
    }
    home_users(&mut w, &mut r, 300, |r| (plain(r), 2_000));
    w.events.sort_by_key(|(e, _)| e.ts);
    w
}

#[test]
fn a_sampler_dealing_each_problem_to_a_few_accounts_is_caught_by_the_moment() {
    let w = world();
    let spared = ["crowd", "team", "individual"];
    for found in assert_caught_and_spared(&w, "sampler", 36, &spared) {
        assert!(finding(&found, "sampler_00")
            .reasons
            .iter()
            .any(|x| x.code == "fan_out"));
    }
    // Without fan-out the samplers are quiet consumers taking long answers: a few of them
    // take enough to be flagged on that alone.
    let mut weights = dg_detect::score::Weights::default_weights();
    weights.signals.insert("fan_out".into(), 0.0);
    let (found, _) = scan(&w, weights);
    let flagged = flagged_by_group(&w, &found);
    assert!(
        flagged.get("sampler").copied().unwrap_or(0) <= 4,
        "{flagged:?}"
    );
}

#[test]
fn a_crowd_is_told_by_its_size() {
    // Were a burst of 30 senders fan-out, the crowd would be dealt out work too.
    let w = world();
    let mut weights = dg_detect::score::Weights::default_weights();
    weights.signal_params.fan_out_max_senders = 32;
    let (found, _) = scan(&w, weights);
    assert!(finding(&found, "entrant_00")
        .reasons
        .iter()
        .any(|x| x.code == "fan_out"));
}

#[test]
fn an_organisation_is_one_sender() {
    // The same world with the team's organisation taken away: eight unrelated accounts
    // sending each text at once, a handful, so they count as fan-out.
    let mut w = world();
    for a in w
        .accounts
        .values_mut()
        .filter(|a: &&mut Account| a.org_id.is_some())
    {
        a.org_id = None;
    }
    let (found, _) = scan(&w, dg_detect::score::Weights::default_weights());
    assert!(finding(&found, "team_0")
        .reasons
        .iter()
        .any(|x| x.code == "fan_out"));
}
