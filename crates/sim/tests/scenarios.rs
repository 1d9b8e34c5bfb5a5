//! The preset scenarios (`simulate --scenario`): deterministic per seed, contract-valid, and
//! each with the structure it claims (sign-up waves, rotating exits, single-use accounts, ...).

mod common;

use std::collections::{BTreeMap, BTreeSet, HashMap};

use common::{share, DataSet, RangeIndex};
use dg_model::{Label, NetKind, SignupChannel, Timestamp};
use dg_sim::scenario::SCENARIOS;
use dg_sim::{Scale, SimConfig};

/// A scenario over a lighter background (the scenario's own populations at `size`).
fn config(name: &str, seed: u64, size: f64) -> SimConfig {
    let mut c = SimConfig::scenario(name, Scale::Small, seed).expect("known scenario");
    let p = &mut c.populations;
    p.individual.accounts = 120;
    p.app_backend.accounts = 3;
    p.enterprise.accounts = 15;
    p.university.accounts = 30;
    p.eval_company.accounts = 2;
    p.reseller_legit.rate_per_day = 400.0;
    p.coding_power_user.accounts = 4;
    if let Some(s) = c.scenario.as_mut() {
        s.size = size;
    }
    c
}

fn data(name: &str, size: f64) -> DataSet {
    DataSet::generate(config(name, 11, size))
}

fn files(dir: &std::path::Path) -> BTreeMap<String, Vec<u8>> {
    std::fs::read_dir(dir)
        .expect("read dir")
        .map(|e| {
            let p = e.expect("entry").path();
            let name = p.file_name().expect("name").to_string_lossy().into_owned();
            (name, std::fs::read(&p).expect("read"))
        })
        .collect()
}

#[test]
fn unknown_scenarios_are_refused_and_the_list_has_four_attacks_and_two_lookalikes() {
    assert!(SimConfig::scenario("no_such_thing", Scale::Small, 1).is_err());
    let attacks: BTreeSet<&str> = SCENARIOS
        .iter()
        .flat_map(|s| s.attacks.iter().map(|p| p.group()))
        .collect();
    let benign: BTreeSet<&str> = SCENARIOS
        .iter()
        .flat_map(|s| s.benign.iter().map(|p| p.group()))
        .collect();
    assert!(
        attacks.len() >= 4 && benign.len() >= 2,
        "{attacks:?} {benign:?}"
    );
    assert!(attacks.is_disjoint(&benign));
}

#[test]
fn every_scenario_is_byte_identical_per_seed_and_contract_valid() {
    for sc in SCENARIOS.iter().filter(|s| s.name != "all_new") {
        let cfg = config(sc.name, 5, 0.25);
        let a = tempfile::tempdir().expect("tmp");
        let b = tempfile::tempdir().expect("tmp");
        common::simulate_into(&cfg, a.path());
        common::simulate_into(&cfg, b.path());
        assert_eq!(
            files(a.path()),
            files(b.path()),
            "{}: same seed differs",
            sc.name
        );
        let other = tempfile::tempdir().expect("tmp");
        let mut cfg2 = cfg.clone();
        cfg2.seed = 6;
        common::simulate_into(&cfg2, other.path());
        assert_ne!(
            files(a.path()).get("accounts.jsonl"),
            files(other.path()).get("accounts.jsonl"),
            "{}: another seed gives the same accounts",
            sc.name
        );

        // Contract: every file parses through the contract's types; truth is consistent.
        let d = DataSet::generate(cfg);
        let campaigns: BTreeSet<&str> = d.campaigns.iter().map(|c| c.campaign.as_str()).collect();
        for p in sc.attacks {
            let members: Vec<_> = d.truth.iter().filter(|t| t.group == p.group()).collect();
            assert!(
                members.len() >= 2,
                "{}: {} has accounts",
                sc.name,
                p.group()
            );
            for t in &members {
                assert_eq!(t.label, Label::Attack);
                let c = t
                    .campaign
                    .as_deref()
                    .expect("attack accounts have a campaign");
                assert!(campaigns.contains(c), "{c} in campaigns.jsonl");
            }
            assert!(
                !d.events_of(p.group()).is_empty(),
                "{} makes traffic",
                p.group()
            );
            let row = d.campaign(p.group());
            assert!(row.active_from.millis() <= row.active_until.millis());
        }
        for p in sc.benign {
            let members: Vec<_> = d.truth.iter().filter(|t| t.group == p.group()).collect();
            assert!(!members.is_empty());
            assert!(members
                .iter()
                .all(|t| t.label == Label::Benign && t.hard == Some(true) && t.campaign.is_none()));
        }
        // Only the scenario's campaigns: the default ones are switched off.
        assert_eq!(d.campaigns.len(), sc.attacks.len(), "{}", sc.name);
        let (start, end) = (
            d.start(),
            d.start() + i64::from(d.cfg.days) * Timestamp::DAY,
        );
        assert!(d
            .events
            .iter()
            .all(|e| e.ts.millis() >= start && e.ts.millis() < end + 200_000));
        let created: HashMap<&str, i64> = d
            .accounts
            .iter()
            .map(|a| (a.account_id.as_str(), a.created_at.millis()))
            .collect();
        assert!(
            d.events
                .iter()
                .all(|e| created[e.account_id.as_str()] <= e.ts.millis()),
            "{}: an account is used before it exists",
            sc.name
        );
    }
}

#[test]
fn wave_hydra_signs_up_in_waves_on_few_cards_and_leaves_one_hosting_pool() {
    let d = data("wave_hydra", 0.4);
    let mut accts = d.accounts_of("wave_hydra");
    accts.sort_by_key(|a| a.created_at.millis());
    assert_eq!(accts.len(), 200);
    // Waves: runs of sign-ups separated by more than a few hours.
    let mut waves: Vec<Vec<&dg_model::Account>> = vec![Vec::new()];
    for a in &accts {
        let gap = waves
            .last()
            .and_then(|w| w.last())
            .map(|p| a.created_at.millis() - p.created_at.millis());
        if gap.is_some_and(|g| g > 3 * Timestamp::HOUR) {
            waves.push(Vec::new());
        }
        waves.last_mut().expect("a wave").push(a);
    }
    assert!(waves.len() >= 3, "{} waves", waves.len());
    for (i, w) in waves.iter().enumerate() {
        let span = w[w.len() - 1].created_at.millis() - w[0].created_at.millis();
        assert!(span <= Timestamp::HOUR, "wave {i} spans {span} ms");
        let cards: BTreeSet<_> = w
            .iter()
            .filter_map(|a| a.payment_fingerprint.as_ref())
            .collect();
        assert!(
            (1..=5).contains(&cards.len()),
            "wave {i}: {} cards",
            cards.len()
        );
        if i + 1 < waves.len() {
            assert!((40..=60).contains(&w.len()), "wave {i} has {}", w.len());
        }
    }
    let ev = d.events_of("wave_hydra");
    let ips: BTreeSet<_> = ev.iter().map(|e| e.ip).collect();
    assert!(
        (20..=45).contains(&ips.len()),
        "{} egress addresses",
        ips.len()
    );
    let idx = RangeIndex::new(&d.ranges);
    assert!(ips
        .iter()
        .all(|ip| idx.lookup(*ip).is_some_and(|r| r.kind == NetKind::Hosting)));
    let agent: Vec<_> = ev
        .iter()
        .filter(|e| {
            e.user_agent
                .as_deref()
                .is_some_and(|u| u.starts_with("claude-code/"))
        })
        .collect();
    let s = share(agent.len(), ev.len());
    assert!((0.12..=0.4).contains(&s), "coding-agent share {s}");
    assert!(agent.iter().all(|e| e.max_tokens == Some(32000)
        && e.system.as_deref().is_some_and(|s| s.len() > 2000)
        && e.tools.len() >= 5));
    // Long sessions: most agent steps carry a tool-result turn deep into a conversation.
    assert!(
        share(
            agent.iter().filter(|e| e.turns.unwrap_or(1) >= 21).count(),
            agent.len()
        ) > 0.4
    );

    // The look-alike: one card, one org, one cloud egress of two addresses.
    let st = d.accounts_of("startup_agents");
    let cards: BTreeSet<_> = st.iter().map(|a| a.payment_fingerprint.clone()).collect();
    assert_eq!(cards.len(), 1);
    let st_ips: BTreeSet<_> = d.events_of("startup_agents").iter().map(|e| e.ip).collect();
    assert!(st_ips.len() <= 2, "{st_ips:?}");
}

#[test]
fn residential_agentic_rotates_exits_on_one_rare_fingerprint_over_mixed_channels() {
    let d = data("residential_agentic", 1.0);
    let ev = d.events_of("residential_agentic");
    let ips: BTreeSet<_> = ev.iter().map(|e| e.ip).collect();
    let s = share(ips.len(), ev.len());
    assert!(s >= 0.8, "distinct-address share {s}");
    let fps: BTreeSet<_> = ev
        .iter()
        .filter_map(|e| e.client_fingerprint.as_deref())
        .collect();
    assert_eq!(fps.len(), 1, "{fps:?}");
    let fp = fps.iter().next().copied().unwrap_or_default();
    // Uncommon: nobody outside the pool presents it.
    let others = d
        .events
        .iter()
        .filter(|e| e.client_fingerprint.as_deref() == Some(fp))
        .filter(|e| d.group[&e.account_id] != "residential_agentic")
        .count();
    assert_eq!(others, 0);
    let accts = d.accounts_of("residential_agentic");
    assert_eq!(accts.len(), 250);
    for ch in [
        SignupChannel::Education,
        SignupChannel::Startup,
        SignupChannel::Standard,
    ] {
        let n = accts
            .iter()
            .filter(|a| a.signup_channel == Some(ch))
            .count();
        assert!(share(n, accts.len()) >= 0.15, "{ch:?}: {n}");
    }
    let mut per_card: HashMap<&str, usize> = HashMap::new();
    for a in accts
        .iter()
        .filter(|a| a.signup_channel == Some(SignupChannel::Standard))
    {
        if let Some(c) = a.payment_fingerprint.as_deref() {
            *per_card.entry(c).or_default() += 1;
        }
    }
    assert!(per_card.values().filter(|&&n| n >= 3).count() >= 10);
    // Tool use throughout; the reasoning-behind-the-calls turns (no tools declared, deep in a
    // conversation) only late in the week.
    assert!(share(ev.iter().filter(|e| !e.tools.is_empty()).count(), ev.len()) > 0.8);
    let late = d.at_day(4.2);
    let asks: Vec<_> = ev
        .iter()
        .filter(|e| e.tools.is_empty() && e.turns.unwrap_or(1) > 1)
        .collect();
    assert!(asks.len() >= 20, "{} asks", asks.len());
    assert!(asks.iter().all(|e| e.ts.millis() >= late));
    let distinct: BTreeSet<_> = asks.iter().map(|e| e.prompt.as_str()).collect();
    assert!(distinct.len() >= 3, "the asks are worded in several ways");
    let ranges = d
        .ranges
        .iter()
        .filter(|r| r.kind == NetKind::ResidentialProxy)
        .count();
    assert!(ranges > 50);
}

#[test]
fn single_use_farm_accounts_make_at_most_three_requests_right_after_sign_up() {
    let d = data("single_use_farm", 0.5);
    let ev = d.events_of("single_use_farm");
    let per = common::per_account(&ev);
    assert!(per.len() >= 700, "{} accounts used", per.len());
    assert!(per.values().all(|v| v.len() <= 3));
    let created: HashMap<&str, i64> = d
        .accounts_of("single_use_farm")
        .iter()
        .map(|a| (a.account_id.as_str(), a.created_at.millis()))
        .collect();
    for (a, v) in &per {
        let first = v.iter().map(|e| e.ts.millis()).min().unwrap_or(0);
        let age = first - created[a];
        assert!(
            (0..=3 * Timestamp::HOUR + 60_000).contains(&age),
            "{a}: {age}"
        );
    }
    let ips: BTreeSet<_> = ev.iter().map(|e| e.ip).collect();
    assert!(
        share(ips.len(), per.len()) > 0.9,
        "one address per account, nearly"
    );
    let prompts: BTreeSet<_> = ev.iter().map(|e| e.prompt.as_str()).collect();
    assert!(
        share(prompts.len(), ev.len()) > 0.9,
        "prompts are nearly all distinct"
    );
    // Bootcamp look-alike: the class signs up within one hour.
    let boot = d.accounts_of("bootcamp");
    let t: Vec<i64> = boot.iter().map(|a| a.created_at.millis()).collect();
    let span = t.iter().max().unwrap_or(&0) - t.iter().min().unwrap_or(&0);
    assert!(span <= Timestamp::HOUR);
}

#[test]
fn hackathon_signs_up_within_hours_at_the_venue_hacks_with_big_caps_then_stops() {
    let d = data("single_use_farm", 1.0);
    let accts = d.accounts_of("hackathon");
    assert!(accts.len() >= 100, "{} participants", accts.len());
    assert!(d
        .truth
        .iter()
        .filter(|t| t.group == "hackathon")
        .all(|t| t.hard == Some(true) && t.label == Label::Benign));
    // Most sign up in one sitting of a couple of hours (a few registered days ahead).
    let mut created: Vec<i64> = accts.iter().map(|a| a.created_at.millis()).collect();
    created.sort_unstable();
    let burst = (0..created.len())
        .map(|i| created[i..].partition_point(|&c| c <= created[i] + 3 * Timestamp::HOUR))
        .max()
        .unwrap_or(0);
    assert!(
        share(burst, created.len()) >= 0.75,
        "{burst} of {} in 3 h",
        created.len()
    );
    let ev = d.events_of("hackathon");
    let per = common::per_account(&ev);
    let mut n: Vec<usize> = per.values().map(Vec::len).collect();
    n.sort_unstable();
    let median = n[n.len() / 2];
    assert!((3..=40).contains(&median), "median {median} requests");
    // The venue's few NAT addresses carry most of the traffic.
    let mut by_ip: BTreeMap<std::net::IpAddr, usize> = BTreeMap::new();
    for e in &ev {
        *by_ip.entry(e.ip).or_default() += 1;
    }
    let mut counts: Vec<usize> = by_ip.values().copied().collect();
    counts.sort_unstable_by(|a, b| b.cmp(a));
    let top3: usize = counts.iter().take(3).sum();
    assert!(share(top3, ev.len()) >= 0.5, "venue share");
    // Generous caps, coding/agentic work.
    let big = ev
        .iter()
        .filter(|e| e.max_tokens.unwrap_or(0) >= 4096)
        .count();
    assert!(share(big, ev.len()) >= 0.95);
    let tools = ev.iter().filter(|e| !e.tools.is_empty()).count();
    assert!(share(tools, ev.len()) >= 0.3);
    // Most stop once the event is over.
    let last: Vec<i64> = per
        .values()
        .map(|v| v.iter().map(|e| e.ts.millis()).max().unwrap_or(0))
        .collect();
    let first_use = ev.iter().map(|e| e.ts.millis()).min().unwrap_or(0);
    let within = last
        .iter()
        .filter(|&&l| l <= first_use + 40 * Timestamp::HOUR)
        .count();
    assert!(share(within, last.len()) >= 0.7);
}

#[test]
fn model_pivot_moves_half_its_traffic_within_a_day_of_release() {
    let d = data("model_pivot", 1.0);
    let row = d.campaign("model_pivot");
    let release = d.released_at("helios-2");
    let pivot = row.pivot_at.expect("a pivot").millis();
    assert!(pivot > release && pivot - release < Timestamp::DAY);
    let ev = d.events_of("model_pivot");
    assert!(ev
        .iter()
        .filter(|e| e.ts.millis() < pivot)
        .all(|e| e.model != "helios-2"));
    let after: Vec<_> = ev.iter().filter(|e| e.ts.millis() >= pivot).collect();
    let s = share(
        after.iter().filter(|e| e.model == "helios-2").count(),
        after.len(),
    );
    assert!((0.4..=0.6).contains(&s), "new-model share {s}");
    let idx = RangeIndex::new(&d.ranges);
    let vpn = ev
        .iter()
        .filter(|e| idx.lookup(e.ip).is_some_and(|r| r.kind == NetKind::Vpn))
        .count();
    assert!(share(vpn, ev.len()) > 0.9);
    let restricted: BTreeSet<&str> = d
        .policy
        .restricted_countries
        .iter()
        .map(String::as_str)
        .collect();
    let leaks = ev
        .iter()
        .filter(|e| {
            idx.lookup(e.ip)
                .is_some_and(|r| restricted.contains(r.country.as_str()))
        })
        .count();
    assert!(leaks > 0 && share(leaks, ev.len()) < 0.05, "{leaks} leaks");
    // The research group re-runs its sweep on the new model within hours of the release.
    let sweep = d.events_of("research_sweep");
    let first_new = sweep
        .iter()
        .filter(|e| e.model == "helios-2")
        .map(|e| e.ts.millis())
        .min()
        .expect("a re-run");
    assert!(first_new - release < 12 * Timestamp::HOUR);
}

#[test]
fn edu_programme_uses_only_the_programme_channels_and_academic_addresses() {
    let d = data("edu_programme", 1.0);
    let accts = d.accounts_of("edu_programme");
    assert!(accts.iter().all(|a| matches!(
        a.signup_channel,
        Some(SignupChannel::Education | SignupChannel::Research)
    )));
    let domains: BTreeSet<_> = accts
        .iter()
        .filter_map(|a| a.email_domain.as_deref())
        .collect();
    assert!(domains.len() >= 6);
    assert!(domains
        .iter()
        .all(|d| d.contains(".edu") || d.contains(".ac.")));
    let unverified = accts.iter().filter(|a| a.verified != Some(true)).count();
    assert!(share(unverified, accts.len()) > 0.7);
}

#[test]
fn hidden_share_members_hide_a_small_harvesting_share_in_app_traffic() {
    let d = data("hidden_share", 0.5);
    let ev = d.events_of("hidden_share");
    let per = common::per_account(&ev);
    let mut checked = 0;
    for v in per.values().filter(|v| v.len() >= 300) {
        // Harvesting requests ask for long outputs; the app's own traffic never above 8k.
        let long = v
            .iter()
            .filter(|e| e.max_tokens.unwrap_or(0) > 8192)
            .count();
        let s = share(long, v.len());
        assert!((0.02..=0.22).contains(&s), "long-output share {s}");
        let with_system = v.iter().filter(|e| e.system.is_some()).count();
        assert!(share(with_system, v.len()) > 0.8);
        checked += 1;
    }
    assert!(checked >= 10, "{checked} members checked");
    let cards: BTreeSet<_> = d
        .accounts_of("hidden_share")
        .iter()
        .map(|a| a.payment_fingerprint.clone())
        .collect();
    assert_eq!(
        cards.len(),
        per.len().max(cards.len()),
        "each member its own card"
    );
}

#[test]
fn slow_crowd_members_are_few_requests_a_day_from_their_own_homes() {
    let d = data("slow_crowd", 1.0);
    let ev = d.events_of("slow_crowd");
    let per = common::per_account(&ev);
    let days = f64::from(d.cfg.days);
    assert!(per.values().all(|v| v.len() as f64 / days <= 12.0));
    let mean = ev.len() as f64 / per.len() as f64 / days;
    assert!(mean <= 6.0, "{mean} requests per account-day");
    // Each member its own home and phone; a shared address is only the odd mobile carrier NAT.
    let mut users: HashMap<std::net::IpAddr, BTreeSet<&str>> = HashMap::new();
    for e in &ev {
        users.entry(e.ip).or_default().insert(e.account_id.as_str());
    }
    let shared = users.values().filter(|u| u.len() > 1).count();
    assert!(
        share(shared, users.len()) < 0.05,
        "{shared} of {} shared",
        users.len()
    );
    assert!(users.values().all(|u| u.len() <= 3));
}
