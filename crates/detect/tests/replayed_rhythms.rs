//! A script that drives many phone accounts and replays recorded human pauses between requests
//! (so that no clock, no regularity and no shared address gives it away) repeats those pauses on
//! every account. The accounts are linked by the rhythm they share, into one cluster with the
//! rhythm as its evidence; people, whose pauses never repeat, are not linked by it.

mod scan_support;

use dg_detect::score::Weights;
use dg_model::NetKind;
use scan_support::*;

const SECOND: i64 = 1_000;
const HOUR: i64 = 3_600_000;

/// Prompts asking for worked reasoning half of the time (both groups: candidates for linking).
fn prompt(r: &mut Lcg) -> String {
    if r.below(2) == 0 {
        format!(
            "Show your full thinking process before answering: what is {} times {}?",
            r.below(1000),
            r.below(1000)
        )
    } else {
        plain(r)
    }
}

fn world() -> World {
    let mut w = World::new();
    let mut r = Lcg(31);
    let mobile = range("100.80.0.0/12", 64_700, NetKind::Mobile);
    let home = range("100.64.0.0/12", 64_640, NetKind::Isp);
    // Five recorded rhythms of five pauses each (seconds).
    let recorded: Vec<Vec<f64>> = (0..5)
        .map(|_| (0..5).map(|_| 15.0 + r.below(220) as f64).collect())
        .collect();
    for k in 0..30u64 {
        let id = format!("replay_{k:02}");
        w.account(Who::farmed(
            "replay",
            &id,
            START - (5 + r.below(35) as i64) * DAY,
            format!("card_replay_{k}"),
        ));
        for session in 0..24 {
            let mut t =
                START + session / 2 * DAY + (8 + 6 * (session % 2) + r.below(6) as i64) * HOUR;
            let ip = format!(
                "100.{}.{}.{}",
                80 + r.below(15),
                r.below(256),
                1 + r.below(250)
            );
            let rhythm = &recorded[r.below(5) as usize];
            // The script scales its recording by up to half a percent either way.
            let scale = 0.995 + r.below(11) as f64 / 1000.0;
            let p = prompt(&mut r);
            w.request(&id, t, ip.clone(), &mobile, "fp_ios", p, 4_000, 300);
            for gap in rhythm {
                t += (gap * scale * SECOND as f64) as i64;
                let p = prompt(&mut r);
                w.request(&id, t, ip.clone(), &mobile, "fp_ios", p, 4_000, 300);
            }
        }
    }
    for k in 0..200u64 {
        let id = format!("person_{k:03}");
        w.account(Who::farmed(
            "individual",
            &id,
            START - (60 + r.below(600) as i64) * DAY,
            format!("card_person_{k}"),
        ));
        let ip = format!(
            "100.{}.{}.{}",
            64 + r.below(15),
            r.below(256),
            1 + r.below(250)
        );
        for d in 0..12 {
            let mut t = START + d * DAY + (8 + r.below(12) as i64) * HOUR;
            for _ in 0..6 {
                let p = prompt(&mut r);
                w.request(&id, t, ip.clone(), &home, "fp_ios", p, 4_000, 300);
                t += (5 + r.below(240) as i64) * SECOND;
            }
        }
    }
    w.events.sort_by_key(|(e, _)| e.ts);
    w
}

#[test]
fn accounts_replaying_recorded_pauses_are_one_cluster_and_people_are_not_linked_by_theirs() {
    let w = world();
    for (phrasing, weights) in [
        (true, Weights::default_weights()),
        (false, Weights::default_weights().without_phrasing()),
    ] {
        let (found, clusters) = scan(&w, weights);
        let with_rhythm: Vec<_> = clusters
            .iter()
            .filter(|c| c.links.iter().any(|l| l.kind == "rhythm"))
            .collect();
        let largest = with_rhythm
            .iter()
            .max_by_key(|c| c.accounts.len())
            .expect("a cluster linked by rhythm");
        let replayers = largest
            .accounts
            .iter()
            .filter(|a| a.starts_with("replay_"))
            .count();
        assert!(replayers >= 27, "{replayers} of 30 in one cluster");
        for c in &with_rhythm {
            assert!(
                c.accounts.iter().all(|a| a.starts_with("replay_")),
                "{:?}",
                c.accounts
            );
        }
        // The rhythm is coordination: it counts as far as the pool is distilling, which here
        // only the wording of its prompts (the same as the people's) says.
        if phrasing {
            let member = finding(&found, &largest.accounts[0]);
            assert!(
                member.reasons.iter().any(|x| x.code == "cluster_rhythm"),
                "{:?}",
                member.reasons
            );
        }
    }
}
