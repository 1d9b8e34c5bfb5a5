//! Sample request ids behind a flagged account's reasons are its first three requests that
//! show each reason's signal. A whole scan marks them while it folds (`observe_sampled`, handed
//! back with `add_sample`); they must be exactly those a second walk over the events finds
//! (`add_evidence`, what `distillguard scan` did before).

mod scan_support;

use dg_detect::request::Analyzer;
use dg_detect::scanner::{Detached, ScanConfig, Scanner};
use dg_detect::score::Weights;
use dg_model::{AccountFinding, IpRange, NetKind, Policy};
use scan_support::*;

const HOUR: i64 = 3_600_000;

/// The world's events as a whole scan's parser threads hand them over (with their request
/// ids), and the ids again for the second walk.
fn detached(w: &World) -> Vec<(Detached, Option<IpRange>, String)> {
    let mut analyzer = Analyzer::new();
    w.events
        .iter()
        .map(|(e, net)| {
            (
                Scanner::detach_with_request_id(&mut analyzer, e),
                net.clone(),
                e.request_id.clone(),
            )
        })
        .collect()
}

fn config() -> ScanConfig {
    ScanConfig::with_demo_key(Policy::default(), Weights::default_weights(), Vec::new())
}

/// One walk: the fold marks sample requests, kept in order and handed back at the end.
fn one_walk(w: &World) -> Vec<AccountFinding> {
    let events = detached(w);
    let mut s = Scanner::new(config(), w.accounts.clone());
    let mut marks = Vec::new();
    for (ev, net, _) in &events {
        if let Some(mark) = s.observe_sampled(ev, net.as_ref()) {
            marks.push((mark, ev.request_id().expect("kept")));
        }
    }
    let mut done = s.finalize();
    if done.wants_samples() {
        for (mark, id) in marks {
            done.add_sample(mark, id);
        }
    }
    done.findings().collect()
}

/// Two walks: the scan, then every event offered again for the flagged accounts.
fn two_walks(w: &World) -> Vec<AccountFinding> {
    let events = detached(w);
    let mut s = Scanner::new(config(), w.accounts.clone());
    for (ev, net, _) in &events {
        s.observe_detached(ev, net.as_ref());
    }
    let mut done = s.finalize();
    if !done.evidence_wanted().is_empty() {
        for (ev, net, id) in &events {
            done.add_evidence(ev, net.as_ref(), id);
        }
    }
    done.findings().collect()
}

fn cot(r: &mut Lcg) -> String {
    format!(
        "Before answering, write out your complete internal reasoning and every step of your \
         chain of thought, then the answer. Question {}: {}",
        r.below(100_000),
        plain(r)
    )
}

/// The samples of each reason of one account's finding.
fn samples<'a>(found: &'a [AccountFinding], id: &str) -> Vec<(&'a str, &'a [String])> {
    let f = found.iter().find(|f| f.account_id == id).expect("account");
    f.reasons
        .iter()
        .filter(|r| !r.evidence.is_empty())
        .map(|r| (r.code.as_str(), r.evidence.as_slice()))
        .collect()
}

/// One harvester whose first requests each show a different mix of signals, among people.
fn harvester_world() -> (World, Vec<String>) {
    let mut w = World::new();
    let mut r = Lcg(5);
    let home = range("100.64.0.0/12", 64_505, NetKind::Isp);
    let vpn = range("198.51.100.0/24", 64_510, NetKind::Vpn);
    w.account(Who::plain("harvester", "harv", START - 2 * DAY));
    for k in 0..30u32 {
        w.account(Who::plain(
            "individual",
            &format!("person_{k:02}"),
            START - 300 * DAY,
        ));
    }
    // The harvester's requests, one an hour, each followed by a person's: ids `r{n}` by
    // position, so the harvester's are every other one.
    let mut ids = Vec::new();
    for k in 0..60i64 {
        let ts = START + k * HOUR;
        let n = w.events.len();
        ids.push(format!("r{n}"));
        let vpn_ip = format!("198.51.100.{}", 1 + k % 40);
        match k {
            // Plain, at home, a small cap: single-turn only.
            0 => w.request(
                "harv",
                ts,
                "100.64.1.1".into(),
                &home,
                "fp_sdk",
                plain(&mut r),
                1_024,
                300,
            ),
            // Reasoning asked for (in the template all its later requests share), at home, a
            // small cap.
            1 => w.request(
                "harv",
                ts,
                "100.64.1.1".into(),
                &home,
                "fp_sdk",
                cot(&mut r),
                1_024,
                300,
            ),
            // Plain, through a VPN, a 32k cap and a long answer.
            2 => w.request(
                "harv",
                ts,
                vpn_ip,
                &vpn,
                "fp_sdk",
                plain(&mut r),
                32_000,
                6_000,
            ),
            // Then all of it.
            _ => w.request(
                "harv",
                ts,
                vpn_ip,
                &vpn,
                "fp_sdk",
                cot(&mut r),
                32_000,
                6_000,
            ),
        }
        let p = format!("person_{:02}", k % 30);
        let ip = format!("100.64.2.{}", k % 30);
        w.request(
            &p,
            ts + 60_000,
            ip,
            &home,
            "fp_browser",
            plain(&mut r),
            1_024,
            300,
        );
    }
    (w, ids)
}

#[test]
fn samples_are_the_first_three_requests_showing_each_reason() {
    let (w, ids) = harvester_world();
    let found = one_walk(&w);
    let harv = found.iter().find(|f| f.account_id == "harv").unwrap();
    assert!(harv.decision.is_flagged(), "{harv:?}");
    let expected = |picks: [usize; 3]| picks.map(|k| ids[k].clone()).to_vec();
    let got = samples(&found, "harv");
    // Reasoning, templates, long outputs, harvesting, the VPN and single turns: six reasons
    // whose first three requests differ.
    assert_eq!(got.len(), 6, "{got:?}");
    for (code, ids) in &got {
        let want = match *code {
            "cot_elicitation" | "templated_harvest" => expected([1, 3, 4]),
            "single_turn" => expected([0, 1, 2]),
            "output_hunger" | "anonymised_network" | "harvest_volume" => expected([2, 3, 4]),
            other => panic!("unexpected reason with samples: {other}"),
        };
        assert_eq!(*ids, want.as_slice(), "{code}");
    }
    // Unflagged accounts carry none.
    for f in found.iter().filter(|f| !f.decision.is_flagged()) {
        assert!(f.reasons.iter().all(|r| r.evidence.is_empty()), "{f:?}");
    }
    assert_eq!(found, two_walks(&w));
}

#[test]
fn one_walk_keeps_the_samples_a_second_walk_finds() {
    // A farm behind a hosting pool, harvesters asking for reasoning through VPNs, and people,
    // their requests interleaved in time.
    let mut w = World::new();
    let mut r = Lcg(17);
    let hosting = range("203.0.113.0/24", 64_501, NetKind::Hosting);
    let vpn = range("198.51.100.0/24", 64_510, NetKind::Vpn);
    let home = range("100.64.0.0/12", 64_505, NetKind::Isp);
    wave_farm(&mut w, &mut r, &hosting);
    for h in 0..6u64 {
        let id = format!("harv_{h}");
        w.account(Who::plain("harvester", &id, START - 3 * DAY));
        for _ in 0..(20 + r.below(60)) {
            let ts = START + r.below(3 * DAY as u64) as i64;
            let ip = format!("198.51.100.{}", 1 + r.below(50));
            let (prompt, cap) = if r.below(3) == 0 {
                (plain(&mut r), 1_024)
            } else {
                (cot(&mut r), 32_000)
            };
            w.request(&id, ts, ip, &vpn, "fp_sdk", prompt, cap, 4_000);
        }
    }
    for k in 0..60u64 {
        let id = format!("person_{k:02}");
        w.account(Who::plain("individual", &id, START - 400 * DAY));
        for _ in 0..(1 + r.below(15)) {
            let ts = START + r.below(3 * DAY as u64) as i64;
            let ip = format!("100.64.{k}.{}", 1 + r.below(3));
            w.request(&id, ts, ip, &home, "fp_browser", plain(&mut r), 1_024, 300);
        }
    }
    w.events.sort_by_key(|(e, _)| e.ts);

    let one = one_walk(&w);
    let two = two_walks(&w);
    let with_samples: std::collections::BTreeSet<&str> = one
        .iter()
        .flat_map(|f| &f.reasons)
        .filter(|r| !r.evidence.is_empty())
        .map(|r| r.code.as_str())
        .collect();
    assert!(
        with_samples.len() >= 3,
        "the world must show samples of several reasons: {with_samples:?}"
    );
    assert_eq!(one, two);
}
