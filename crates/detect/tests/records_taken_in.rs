//! Sign-up records taken into a running scanner (`Scanner::add_accounts`): a scanner given
//! some records late, before their accounts' first requests, answers exactly as one built
//! with all of them, and a record of an account already seen is refused whole.
//!
//! The world: a wave farm whose second wave's records come late (their cards are shared by
//! five accounts each, so the card counts must follow), developers at home, and a company
//! whose verified staff pay with the org's card: a newcomer sponsored by two seniors stops
//! being sponsored when two more newcomers' records arrive after its first request; and a
//! team working like the farm whose org only its verified admins' records anchor (they send
//! nothing), which softens the team's farm evidence. An account evicted as idle counts
//! as not seen: it takes a late record and returns with it; one whose record was put back
//! when it was evicted is refused like any account with a record.

mod scan_support;

use std::collections::HashMap;

use dg_detect::scanner::{KnownAccounts, ScanConfig, Scanner};
use dg_detect::score::Weights;
use dg_model::{Account, NetKind, Policy, SignupChannel};
use scan_support::*;

/// The company: two seniors signed up 400 days before `START`, a newcomer two days before it
/// (its first request before everyone's) and two more a day before it, all verified
/// startup-programme sign-ups on the org's card; ids `acme_*`, group `company`.
fn company(w: &mut World, r: &mut Lcg) {
    let office = range("198.51.100.0/24", 64_900, NetKind::Enterprise);
    for (id, created) in [
        ("acme_s1", START - 400 * DAY),
        ("acme_s2", START - 400 * DAY),
        ("acme_n1", START - 2 * DAY),
        ("acme_n2", START - DAY),
        ("acme_n3", START - DAY),
    ] {
        w.account(Who {
            org: Some("acme"),
            card: Some("card_acme".into()),
            channel: SignupChannel::Startup,
            verified: true,
            ..Who::plain("company", id, created)
        });
        for k in 0..12 {
            let ts = START - 3_600_000 + k * (DAY / 5) + r.below(60_000) as i64;
            let prompt = plain(r);
            w.request(
                id,
                ts,
                "198.51.100.7".into(),
                &office,
                "fp_sdk",
                prompt,
                8_000,
                900,
            );
        }
    }
}

/// A team of five fresh unverified accounts of org `beta` on one card, working like the farm
/// (the same hosting exits and rare client), and the org's three verified admins of long
/// standing, who send nothing: only their records anchor the org (group `team`, ids `beta_*`).
fn team(w: &mut World, r: &mut Lcg, hosting: &dg_model::IpRange) {
    // Three verified admins of eight records: an org at least a third verified, which a
    // verified record anchors (one verified admin beside seven unverified members would not).
    for admin in ["beta_admin", "beta_admin2", "beta_admin3"] {
        w.account(Who {
            org: Some("beta"),
            card: Some("card_beta".into()),
            verified: true,
            ..Who::plain("team", admin, START - 300 * DAY)
        });
    }
    for k in 0..5 {
        let id = format!("beta_{k}");
        w.account(Who {
            org: Some("beta"),
            ..Who::farmed("team", &id, START - DAY + k * 60_000, "card_beta".into())
        });
        for _ in 0..20 {
            let ts = START + r.below(3 * DAY as u64) as i64;
            let ip = format!("203.0.113.{}", 10 + r.below(12));
            let prompt = plain(r);
            w.request(&id, ts, ip, hosting, "fp_rare", prompt, 32_000, 3_000);
        }
    }
}

fn world() -> World {
    let mut w = World::new();
    let mut r = Lcg(83);
    let hosting = range("203.0.113.0/24", 64_801, NetKind::Hosting);
    wave_farm(&mut w, &mut r, &hosting);
    isp_developers(&mut w, &mut r, 40);
    company(&mut w, &mut r);
    team(&mut w, &mut r, &hosting);
    w.events.sort_by_key(|(e, _)| e.ts);
    w
}

fn config() -> ScanConfig {
    ScanConfig::with_demo_key(Policy::default(), Weights::default_weights(), Vec::new())
}

fn late(id: &str) -> bool {
    id.starts_with("farm_1_") || id.starts_with("beta_") || id == "acme_n2" || id == "acme_n3"
}

#[test]
fn records_taken_in_before_their_accounts_arrive_answer_as_records_given_at_the_start() {
    let w = world();
    let (all_found, all_clusters) = scan_with(&w, config());
    // The test means something: the farm is caught, developers and the company are not.
    let flagged = flagged_by_group(&w, &all_found);
    let team = finding(&all_found, "beta_0").score;
    assert!(team < 0.99, "the org vouches for the team: {team}");
    assert!(
        flagged.get("farm").copied().unwrap_or(0) >= 25,
        "{flagged:?}"
    );
    assert_eq!(flagged.get("developer"), None, "{flagged:?}");
    assert_eq!(flagged.get("company"), None, "{flagged:?}");
    let (early, later): (HashMap<String, Account>, HashMap<String, Account>) = w
        .accounts
        .clone()
        .into_iter()
        .partition(|(id, _)| !late(id));
    assert_eq!(later.len(), 25);
    let mut s = Scanner::new(config(), early);
    let mut later = Some(later);
    let mut changed = None;
    for (e, net) in &w.events {
        if late(&e.account_id) {
            if let Some(records) = later.take() {
                assert!(s.holds("acme_n1") && !s.holds(&e.account_id));
                changed = Some(s.add_accounts(records).expect("none of them seen"));
            }
        }
        s.observe(e, net.as_ref());
    }
    // The newcomer already seen is no longer sponsored: two of the card's five records are
    // seniors now, against three newcomers.
    assert_eq!(changed, Some(vec![Box::from("acme_n1")]));
    // A record of an account seen is refused, with the rest of its batch, and changes nothing.
    let again: Vec<(String, Account)> = ["farm_0_03", "acme_n9", "developer_07"]
        .iter()
        .map(|id| {
            let mut a = w.accounts["acme_n1"].clone();
            a.account_id = id.to_string();
            (id.to_string(), a)
        })
        .collect();
    assert_eq!(
        s.add_accounts(again),
        Err(KnownAccounts {
            count: 2,
            first: "developer_07".into(),
            ids: vec!["developer_07".into(), "farm_0_03".into()],
        })
    );
    let (found, clusters) = s.finish();
    assert_eq!(found, all_found);
    assert_eq!(clusters, all_clusters);
}

#[test]
fn a_record_given_twice_keeps_the_later_and_records_of_known_accounts_are_refused() {
    let w = world();
    let policy = Policy {
        restricted_countries: vec!["DE".into()],
        ..Policy::default()
    };
    let cfg = ScanConfig::with_demo_key(policy, Weights::default_weights(), Vec::new());
    let mut s = Scanner::new(cfg, HashMap::<String, Account>::new());
    let mut a = w.accounts["farm_0_00"].clone();
    let mut b = a.clone();
    b.billing_country = Some("DE".into());
    assert_eq!(
        s.add_accounts([
            ("farm_0_00".to_string(), a.clone()),
            ("farm_0_00".into(), b)
        ]),
        Ok(Vec::new())
    );
    // Its record is waiting: a second batch with it is refused.
    a.account_id = "farm_0_00".into();
    let refused = s.add_accounts([("farm_0_00".to_string(), a)]);
    assert_eq!(refused.map_err(|e| e.count), Err(1));
    let (e, net) = w
        .events
        .iter()
        .find(|(e, _)| e.account_id == "farm_0_00")
        .expect("an event");
    s.observe(e, net.as_ref());
    let (found, _) = s.finish();
    let f = finding(&found, "farm_0_00");
    // The later record's billing country, restricted by the policy.
    assert!(
        f.reasons.iter().any(|r| r.code == "restricted_region"),
        "{:?}",
        f.reasons
    );
}

#[test]
fn an_account_evicted_as_idle_takes_a_late_record_and_one_with_a_record_is_refused() {
    use scan_support::relink_world::{comeback, evicting_config, farm_quiet_and_steady};
    let mut w = farm_quiet_and_steady(23, None);
    // early_07 came without a record; it asked on day 1 and went quiet (evicted after two
    // days idle), and comes back on day 10.
    let record = w.accounts.remove("early_07").expect("a quiet customer");
    let back_at = START + 10 * DAY;
    comeback(&mut w, "early_07", back_at);
    let mut s = Scanner::new(evicting_config(2 * DAY), w.accounts.clone());
    let (before, after): (Vec<_>, Vec<_>) = w.events.iter().partition(|(e, _)| e.ts.0 < back_at);
    for (e, net) in before {
        s.observe(e, net.as_ref());
    }
    assert!(!s.holds("early_07") && !s.holds("early_03"), "both evicted");
    // early_03's record went back to the waiting ones at its eviction: refused.
    let again = w.accounts["early_03"].clone();
    assert_eq!(
        s.add_accounts([("early_03".to_string(), again)])
            .map_err(|e| e.count),
        Err(1)
    );
    assert_eq!(
        s.add_accounts([("early_07".to_string(), record.clone())]),
        Ok(Vec::new())
    );
    for (e, net) in after {
        s.observe(e, net.as_ref());
    }
    let (_, state, signup, _) = s
        .states()
        .find(|(id, ..)| *id == "early_07")
        .expect("the returning account is held again");
    assert_eq!(state.requests, 1, "it starts afresh");
    assert_eq!(signup.map(|a| a.created_at), Some(record.created_at));
}
