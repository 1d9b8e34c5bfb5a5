//! Every population of the small preset shows its intended behaviour in the written files,
//! checked from `events.jsonl` joined with `truth.jsonl` and the other files, never from the
//! simulator's internals.
//!
//! `DG_SIM_TEST_SEED=n` runs the same specification against another seed.

mod common;

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};
use std::net::IpAddr;
use std::sync::OnceLock;

use common::{per_account, share, DataSet, RangeIndex};
use dg_model::{Event, Label, NetKind, SignupChannel, Timestamp};
use dg_sim::{Scale, SimConfig};

const NEW_MODEL: &str = "helios-2";
const HOUR: i64 = Timestamp::HOUR;
const DAY: i64 = Timestamp::DAY;

fn seed() -> u64 {
    std::env::var("DG_SIM_TEST_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(7)
}

/// The small preset, simulated once per test binary.
fn data() -> &'static DataSet {
    static DATA: OnceLock<DataSet> = OnceLock::new();
    DATA.get_or_init(|| DataSet::generate(SimConfig::preset(Scale::Small, seed())))
}

/// Monday = 0 … Sunday = 6, in UTC.
fn weekday(ms: i64) -> i64 {
    // 1970-01-01 was a Thursday.
    (ms.div_euclid(DAY) + 3).rem_euclid(7)
}

fn utc_hour(ms: i64) -> usize {
    (ms.rem_euclid(DAY) / HOUR) as usize
}

fn distinct<'a, T: Ord + 'a>(it: impl IntoIterator<Item = T>) -> usize {
    it.into_iter().collect::<BTreeSet<T>>().len()
}

fn contains_any(text: &str, needles: &[&str]) -> bool {
    let lower = text.to_lowercase();
    needles.iter().any(|n| lower.contains(n))
}

fn text_share(events: &[&Event], needles: &[&str]) -> f64 {
    share(
        events
            .iter()
            .filter(|e| contains_any(&e.prompt, needles))
            .count(),
        events.len(),
    )
}

/// The configured populations as (group name, accounts), read through serde so that a new
/// population cannot be forgotten here.
fn configured_groups(cfg: &SimConfig) -> Vec<(String, u64)> {
    let v = serde_json::to_value(&cfg.populations).expect("populations serialise");
    v.as_object()
        .expect("populations are a table")
        .iter()
        .map(|(k, p)| (k.clone(), p["accounts"].as_u64().expect("accounts")))
        .collect()
}

#[test]
fn every_configured_group_is_in_truth_with_its_size_and_has_traffic() {
    let d = data();
    let groups = configured_groups(&d.cfg);
    assert_eq!(groups.len(), 14, "{groups:?}");
    let mut truth_count: BTreeMap<&str, u64> = BTreeMap::new();
    for t in &d.truth {
        *truth_count.entry(t.group.as_str()).or_default() += 1;
    }
    let mut event_ids: BTreeMap<&str, HashSet<&str>> = BTreeMap::new();
    for e in &d.events {
        let g = d
            .group
            .get(&e.account_id)
            .unwrap_or_else(|| panic!("event of unknown account {}", e.account_id));
        event_ids
            .entry(g.as_str())
            .or_default()
            .insert(&e.request_id);
    }
    for (g, n) in &groups {
        assert!(*n > 0, "the small preset has no {g}");
        assert_eq!(truth_count.get(g.as_str()), Some(n), "accounts of {g}");
        assert_eq!(d.stats.accounts_per_group.get(g), Some(n), "stats of {g}");
        let events = event_ids.get(g.as_str()).map_or(0, HashSet::len) as u64;
        assert!(events > 0, "{g} made no requests");
        assert_eq!(
            d.stats.events_per_group.get(g),
            Some(&events),
            "SimStats events of {g} disagree with the file"
        );
    }
    assert_eq!(
        truth_count.len(),
        groups.len(),
        "truth has groups that are not configured: {truth_count:?}"
    );
    assert_eq!(d.stats.accounts, d.accounts.len());
    assert_eq!(d.accounts.len(), d.truth.len());
    let ids: HashSet<&str> = d.accounts.iter().map(|a| a.account_id.as_str()).collect();
    assert!(d.truth.iter().all(|t| ids.contains(t.account_id.as_str())));
}

#[test]
fn truth_labels_and_campaigns_agree() {
    let d = data();
    let campaigns: BTreeMap<&str, &common::CampaignRow> = d
        .campaigns
        .iter()
        .map(|c| (c.campaign.as_str(), c))
        .collect();
    assert_eq!(campaigns.len(), d.campaigns.len(), "campaign ids repeat");
    let mut members: BTreeMap<&str, usize> = BTreeMap::new();
    for t in &d.truth {
        match (&t.label, &t.campaign) {
            (Label::Attack, Some(c)) => {
                let row = campaigns
                    .get(c.as_str())
                    .unwrap_or_else(|| panic!("campaign {c} not in campaigns.jsonl"));
                assert_eq!(row.group, t.group, "{}", t.account_id);
                *members.entry(c.as_str()).or_default() += 1;
            }
            (Label::Benign, None) => {
                assert!(
                    !d.campaigns.iter().any(|c| c.group == t.group),
                    "benign account in campaign group {}",
                    t.group
                );
            }
            other => panic!("{}: label and campaign disagree: {other:?}", t.account_id),
        }
    }
    for c in &d.campaigns {
        assert_eq!(members.get(c.campaign.as_str()), Some(&c.accounts), "{c:?}");
        assert!(c.active_from <= c.active_until, "{c:?}");
    }
    let attack_groups: BTreeSet<&str> = d.campaigns.iter().map(|c| c.group.as_str()).collect();
    assert_eq!(
        attack_groups,
        [
            "agentic_harvester",
            "low_and_slow",
            "reasoning_harvester",
            "reseller_hydra",
            "standby_pool",
            "vpn_heavy"
        ]
        .into_iter()
        .collect()
    );
}

#[test]
fn enterprise_is_one_org_behind_a_nat_in_us_office_hours() {
    let d = data();
    let accts = d.accounts_of("enterprise");
    let payments: BTreeSet<_> = accts.iter().map(|a| &a.payment_fingerprint).collect();
    let orgs: BTreeSet<_> = accts.iter().map(|a| &a.org_id).collect();
    assert_eq!(payments.len(), 1, "{payments:?}");
    assert!(payments.iter().all(|p| p.is_some()));
    assert_eq!(orgs.len(), 1, "{orgs:?}");
    assert!(orgs.iter().all(|o| o.is_some()));
    assert!(accts
        .iter()
        .all(|a| a.signup_channel == Some(SignupChannel::Enterprise)));

    let ev = d.events_of("enterprise");
    let ips = distinct(ev.iter().map(|e| e.ip));
    assert!(ips <= 3, "enterprise uses {ips} addresses");

    let weekday_events: Vec<_> = ev.iter().filter(|e| weekday(e.ts.millis()) < 5).collect();
    // US east (UTC-5), office 7–19 local = 12–24 UTC.
    let in_office = weekday_events
        .iter()
        .filter(|e| utc_hour(e.ts.millis()) >= 12)
        .count();
    let office_share = share(in_office, weekday_events.len());
    assert!(
        office_share >= 0.9,
        "only {office_share:.3} of weekday traffic in office hours"
    );

    let (mut weekdays, mut weekend_days) = (0, 0);
    for day in 0..i64::from(d.cfg.days) {
        if weekday(d.start() + day * DAY) < 5 {
            weekdays += 1;
        } else {
            weekend_days += 1;
        }
    }
    assert!(weekend_days > 0, "the window has no weekend");
    let weekend_events = ev.len() - weekday_events.len();
    let weekday_rate = weekday_events.len() as f64 / f64::from(weekdays);
    let weekend_rate = weekend_events as f64 / f64::from(weekend_days);
    // A weekend coding-agent session is long, so allow some slack over the profile's 0.05.
    assert!(
        weekend_rate < 0.25 * weekday_rate,
        "weekend {weekend_rate:.1}/day vs weekday {weekday_rate:.1}/day"
    );
}

#[test]
fn university_signs_up_in_class_bursts_and_asks_for_homework_help() {
    let d = data();
    let accts = d.accounts_of("university");
    assert!(accts
        .iter()
        .all(|a| a.signup_channel == Some(SignupChannel::Education)));
    let mut created: Vec<i64> = accts.iter().map(|a| a.created_at.millis()).collect();
    created.sort_unstable();
    let burst = (0..created.len())
        .map(|i| created[i..].partition_point(|&c| c <= created[i] + 2 * HOUR))
        .max()
        .unwrap_or(0);
    assert!(burst >= 20, "largest 2-hour sign-up burst: {burst}");

    const HOMEWORK: &[&str] = &["show your work", "step by step", "写出", "show all steps"];
    let uni = text_share(&d.events_of("university"), HOMEWORK);
    let ind = text_share(&d.events_of("individual"), HOMEWORK);
    assert!(uni >= 0.08, "homework share {uni:.3}");
    assert!(
        uni > 3.0 * ind,
        "homework share {uni:.3} vs individuals {ind:.3}"
    );
}

#[test]
fn new_signups_arrive_all_week_and_most_try_the_api_briefly() {
    let d = data();
    let start = d.start();
    let end = start + i64::from(d.cfg.days) * DAY;
    let accts = d.accounts_of("new_signup");
    assert_eq!(accts.len() as u32, d.cfg.populations.new_signup.accounts);
    let created: HashMap<&str, i64> = accts
        .iter()
        .map(|a| (a.account_id.as_str(), a.created_at.millis()))
        .collect();
    assert!(created.values().all(|&c| c >= start - DAY && c < end));
    // Spread over the week, not a burst.
    let days = distinct(created.values().map(|c| (c - start).div_euclid(DAY)));
    assert!(days >= 5, "sign-ups on {days} days");
    let in_window = created.values().filter(|&&c| c >= start).count();
    assert!(share(in_window, accts.len()) > 0.7);

    let ev = d.events_of("new_signup");
    let per = per_account(&ev);
    assert!(share(per.len(), accts.len()) > 0.5, "{} active", per.len());
    let brief = per.values().filter(|v| v.len() <= 2).count();
    assert!(
        share(brief, per.len()) >= 0.35,
        "{brief} of {} brief",
        per.len()
    );
    assert!(per.values().all(|v| v.len() <= 60));
    let mut within_hour = 0;
    for (a, v) in &per {
        let first = v.iter().map(|e| e.ts.millis()).min().unwrap_or(0);
        let age = first - created[a];
        assert!(age >= 0, "{a} used before sign-up");
        if age <= HOUR {
            within_hour += 1;
        }
    }
    assert!(
        share(within_hour, per.len()) >= 0.3,
        "{within_hour} within an hour"
    );
    // Text as diverse as the background's; caps copied from examples, 1024 the usual one.
    let prompts = distinct(ev.iter().map(|e| e.prompt.as_str()));
    assert!(share(prompts, ev.len()) >= 0.8);
    let mut caps: BTreeMap<u32, usize> = BTreeMap::new();
    for e in &ev {
        *caps.entry(e.max_tokens.unwrap_or(0)).or_default() += 1;
    }
    let top = caps.iter().max_by_key(|(_, n)| **n).map(|(c, _)| *c);
    assert!(caps.len() >= 4, "{caps:?}");
    assert!(
        matches!(top, Some(1024 | 2048 | 4096)),
        "most common cap {top:?}: {caps:?}"
    );
    // Mostly unverified, mostly without an org.
    let verified = accts.iter().filter(|a| a.verified == Some(true)).count();
    assert!(share(verified, accts.len()) < 0.3);
}

#[test]
fn eval_company_reruns_its_suite_on_the_new_model_within_hours() {
    let d = data();
    let release = d.released_at(NEW_MODEL);
    let ev = d.events_of("eval_company");
    let new: Vec<_> = ev.iter().filter(|e| e.model == NEW_MODEL).collect();
    let first = new
        .iter()
        .map(|e| e.ts.millis())
        .min()
        .expect("no eval traffic on the new model");
    assert!(
        (release..=release + 6 * HOUR).contains(&first),
        "first new-model eval {} h after release",
        (first - release) as f64 / HOUR as f64
    );
    let old_prompts: BTreeSet<&str> = ev
        .iter()
        .filter(|e| e.model != NEW_MODEL)
        .map(|e| e.prompt.as_str())
        .collect();
    let new_prompts: BTreeSet<&str> = new.iter().map(|e| e.prompt.as_str()).collect();
    assert!(
        new_prompts.is_superset(&old_prompts),
        "the re-run is not the whole suite"
    );
    assert!(new.len() >= 2 * new_prompts.len(), "no repeated samples");
    let ratio = share(distinct(ev.iter().map(|e| e.prompt.as_str())), ev.len());
    assert!(ratio <= 0.5, "distinct prompts / requests = {ratio:.3}");
}

#[test]
fn reseller_hydra_pivots_to_the_new_model_and_mixes_customer_traffic() {
    let d = data();
    let release = d.released_at(NEW_MODEL);
    let pivot = d
        .campaign("reseller_hydra")
        .pivot_at
        .expect("hydra has a pivot")
        .millis();
    assert!(
        (release..=release + DAY).contains(&pivot),
        "pivot {} h after release",
        (pivot - release) as f64 / HOUR as f64
    );
    let ev = d.events_of("reseller_hydra");
    let new_share = |from: i64, to: i64| {
        let w: Vec<_> = ev
            .iter()
            .filter(|e| (from..to).contains(&e.ts.millis()))
            .collect();
        (
            share(w.iter().filter(|e| e.model == NEW_MODEL).count(), w.len()),
            w.len(),
        )
    };
    let (before, n_before) = new_share(release - DAY, release);
    assert!(
        n_before > 100,
        "{n_before} requests in the day before release"
    );
    assert_eq!(before, 0.0, "new model used before its release");
    let (between, n_between) = new_share(release, pivot);
    if n_between >= 30 {
        assert!(
            between < 0.1,
            "{between:.3} on the new model before the pivot"
        );
    }
    let (after, n_after) = new_share(pivot, i64::MAX);
    assert!(n_after > 100, "{n_after} requests after the pivot");
    assert!(
        after >= 0.25,
        "only {after:.3} on the new model after pivot"
    );

    // Customer traffic of the proxy service: app system prompts over ordinary text.
    let with_system = share(ev.iter().filter(|e| e.system.is_some()).count(), ev.len());
    assert!(
        (0.1..0.6).contains(&with_system),
        "{with_system:.3} of hydra requests carry a system prompt"
    );
}

const REASONING: &[&str] = &[
    "reasoning",
    "thought process",
    "think out loud",
    "thinking",
    "step by step",
    "思考过程",
    "推理",
    "思维链",
];

#[test]
fn reasoning_harvester_is_one_payer_round_robin_asking_for_reasoning() {
    let d = data();
    let accts = d.accounts_of("reasoning_harvester");
    assert!(accts.iter().all(|a| a.payment_fingerprint.is_some()));
    let payments = distinct(accts.iter().map(|a| &a.payment_fingerprint));
    assert!(
        payments * 5 < accts.len(),
        "{payments} payments for {} accounts",
        accts.len()
    );

    let ev = d.events_of("reasoning_harvester");
    let by_acct = per_account(&ev);
    assert_eq!(by_acct.len(), accts.len(), "some accounts are idle");
    let counts: Vec<f64> = by_acct.values().map(|v| v.len() as f64).collect();
    let mean = counts.iter().sum::<f64>() / counts.len() as f64;
    let var = counts.iter().map(|c| (c - mean).powi(2)).sum::<f64>() / counts.len() as f64;
    let cv = var.sqrt() / mean;
    assert!(cv < 0.2, "per-account volume CV {cv:.3}");

    let harvest = text_share(&ev, REASONING);
    let people = text_share(&d.events_of("individual"), REASONING);
    // A third of its traffic harvests thinking on bare problems, with no eliciting words.
    assert!(harvest > 0.35, "reasoning asks: {harvest:.3}");
    assert!(
        people < 0.2,
        "individuals ask for reasoning in {people:.3} of requests"
    );
}

#[test]
fn standby_pool_takes_over_exactly_when_the_reasoning_campaign_is_banned() {
    let d = data();
    let ban = d.at_day(d.cfg.ban_day);
    let reasoning = d.campaign("reasoning_harvester");
    let standby = d.campaign("standby_pool");
    assert_eq!(reasoning.active_until.millis(), ban);
    assert_eq!(
        standby.successor_of.as_deref(),
        Some(reasoning.campaign.as_str())
    );

    let last = d
        .events_of("reasoning_harvester")
        .iter()
        .map(|e| e.ts.millis())
        .max()
        .expect("reasoning traffic");
    assert!(last < ban, "reasoning traffic after the ban");
    assert!(
        last > ban - HOUR,
        "reasoning traffic stopped long before the ban"
    );

    let standby_ev = d.events_of("standby_pool");
    let first = standby_ev
        .iter()
        .map(|e| e.ts.millis())
        .min()
        .expect("standby traffic");
    assert!(
        first >= ban && first <= ban + 4 * HOUR,
        "standby starts {} h after the ban",
        (first - ban) as f64 / HOUR as f64
    );
    assert!(standby.active_from.millis() >= ban);
    // Dormant, not new: the pool was registered well before the window.
    let start = d.start();
    for a in d.accounts_of("standby_pool") {
        assert!(a.created_at.millis() < start - 7 * DAY, "{}", a.account_id);
    }
    let harvest = text_share(&standby_ev, REASONING);
    assert!(harvest > 0.35, "standby reasoning asks: {harvest:.3}");
}

/// The IPv4 /24 (or IPv6 /48) containing an address.
fn slash24(ip: IpAddr) -> ipnet::IpNet {
    let len = if ip.is_ipv4() { 24 } else { 48 };
    ipnet::IpNet::new(ip, len).expect("prefix").trunc()
}

#[test]
fn agentic_harvester_rotates_residential_proxies_and_uses_tools_and_images() {
    let d = data();
    let ev = d.events_of("agentic_harvester");
    let ips = distinct(ev.iter().map(|e| e.ip));
    assert!(
        ips as f64 >= 0.5 * ev.len() as f64,
        "{ips} addresses for {} requests",
        ev.len()
    );
    let tools = share(ev.iter().filter(|e| !e.tools.is_empty()).count(), ev.len());
    assert!(tools > 0.5, "tools declared on {tools:.3}");
    let images = ev.iter().filter(|e| e.has_image == Some(true)).count();
    assert!(images > 0, "no image requests");
    let channels = distinct(
        d.accounts_of("agentic_harvester")
            .iter()
            .map(|a| a.signup_channel),
    );
    assert!(channels >= 3, "{channels} sign-up channels");

    let index = RangeIndex::new(&d.ranges);
    let nets: BTreeSet<_> = ev.iter().map(|e| e.ip).collect();
    let mut kinds: BTreeMap<ipnet::IpNet, Option<NetKind>> = BTreeMap::new();
    for ip in nets {
        kinds
            .entry(slash24(ip))
            .or_insert_with(|| index.lookup(ip).map(|r| r.kind));
    }
    let listed = kinds
        .values()
        .filter(|k| **k == Some(NetKind::ResidentialProxy))
        .count();
    let unlisted = kinds.len() - listed;
    assert!(
        listed > 0 && unlisted > 0,
        "{listed} exit /24s listed as residential_proxy, {unlisted} not"
    );
}

#[test]
fn low_and_slow_accounts_are_separate_identities_with_low_volume() {
    let d = data();
    let accts = d.accounts_of("low_and_slow");
    assert!(accts.iter().all(|a| a.payment_fingerprint.is_some()));
    let payments = distinct(accts.iter().map(|a| &a.payment_fingerprint));
    assert_eq!(payments, accts.len(), "accounts share payment instruments");
    let ev = d.events_of("low_and_slow");
    let by_acct = per_account(&ev);
    assert_eq!(by_acct.len(), accts.len(), "some accounts are idle");
    for (a, v) in &by_acct {
        let per_day = v.len() as f64 / f64::from(d.cfg.days);
        assert!(per_day < 60.0, "{a}: {per_day:.1} requests/day");
    }
}

#[test]
fn vpn_heavy_hides_a_restricted_region_behind_vpn_exits_with_leaks() {
    let d = data();
    assert!(!d.policy.restricted_countries.is_empty());
    for a in d.accounts_of("vpn_heavy") {
        let cc = a.billing_country.as_deref().unwrap_or("");
        assert!(!d.policy.is_restricted(cc), "billing country {cc}");
    }
    let index = RangeIndex::new(&d.ranges);
    let ev = d.events_of("vpn_heavy");
    let (mut vpn, mut cn) = (0, 0);
    for e in &ev {
        if let Some(r) = index.lookup(e.ip) {
            vpn += usize::from(r.kind == NetKind::Vpn);
            cn += usize::from(r.country == "CN");
        }
    }
    let vpn_share = share(vpn, ev.len());
    let cn_share = share(cn, ev.len());
    assert!(vpn_share >= 0.8, "vpn share {vpn_share:.3}");
    assert!(cn > 0, "no leak of the real (CN) address");
    assert!(cn_share < 0.1, "CN share {cn_share:.3}");
    assert!(d.policy.is_restricted("CN"));
}

/// Share of an account's events in its quietest 6 consecutive UTC hours.
fn quietest_six_hours(events: &[&Event]) -> f64 {
    let mut by_hour = [0usize; 24];
    for e in events {
        by_hour[utc_hour(e.ts.millis())] += 1;
    }
    let quiet = (0..24)
        .map(|h| (0..6).map(|k| by_hour[(h + k) % 24]).sum::<usize>())
        .min()
        .unwrap_or(0);
    share(quiet, events.len())
}

fn mean_quiet_share(d: &DataSet, group: &str) -> (f64, usize) {
    let ev = d.events_of(group);
    let shares: Vec<f64> = per_account(&ev)
        .values()
        .filter(|v| v.len() >= 30)
        .map(|v| quietest_six_hours(v))
        .collect();
    (
        shares.iter().sum::<f64>() / shares.len().max(1) as f64,
        shares.len(),
    )
}

#[test]
fn individuals_sleep_and_harvesters_do_not() {
    let d = data();
    let (people, n_people) = mean_quiet_share(d, "individual");
    let (harvest, n_harvest) = mean_quiet_share(d, "reasoning_harvester");
    assert!(
        n_people >= 50,
        "only {n_people} individuals with 30+ requests"
    );
    assert!(n_harvest >= 10);
    assert!(people < 0.10, "individuals' quietest 6 h hold {people:.3}");
    assert!(harvest > 0.15, "harvesters' quietest 6 h hold {harvest:.3}");
}

/// `prefix` then exactly `len` characters of `alphabet`.
fn id_shape(s: &str, prefix: &str, len: usize, alphabet: fn(char) -> bool) -> bool {
    s.strip_prefix(prefix)
        .is_some_and(|rest| rest.chars().count() == len && rest.chars().all(alphabet))
}

fn lower_alnum(c: char) -> bool {
    c.is_ascii_lowercase() || c.is_ascii_digit()
}

fn hex(c: char) -> bool {
    c.is_ascii_digit() || ('a'..='f').contains(&c)
}

#[test]
fn ids_and_account_fields_give_nothing_away() {
    let d = data();
    let mut giveaways: Vec<String> = configured_groups(&d.cfg)
        .into_iter()
        .map(|(g, _)| g)
        .collect();
    giveaways.extend(d.campaigns.iter().map(|c| c.campaign.clone()));
    giveaways.extend(
        [
            "camp_", "attack", "benign", "harvest", "hydra", "standby", "campaign",
        ]
        .map(String::from),
    );

    for a in &d.accounts {
        assert!(
            id_shape(&a.account_id, "acct_", 10, lower_alnum),
            "{}",
            a.account_id
        );
    }
    for line in d.accounts_text.lines() {
        let v: serde_json::Value = serde_json::from_str(line).expect("account line");
        for (k, val) in v.as_object().expect("object") {
            if k == "signup_channel" {
                // The contract's own vocabulary (`enterprise`, `education`, …), not a label.
                let c: SignupChannel = serde_json::from_value(val.clone()).expect("channel");
                assert_ne!(c, SignupChannel::Other, "{val}");
                continue;
            }
            let text = match val {
                serde_json::Value::String(s) => s.to_lowercase(),
                other => other.to_string(),
            };
            for g in &giveaways {
                assert!(!text.contains(g.as_str()), "{k} = {text:?} names {g:?}");
            }
        }
    }
    for e in &d.events {
        assert!(id_shape(&e.request_id, "req_", 16, hex), "{}", e.request_id);
        assert!(id_shape(&e.account_id, "acct_", 10, lower_alnum));
        let key = e.api_key_id.as_deref().unwrap_or("");
        assert!(id_shape(key, "key_", 8, lower_alnum), "{key}");
        for field in [
            e.user_agent.as_deref().unwrap_or(""),
            e.client_fingerprint.as_deref().unwrap_or(""),
            e.model.as_str(),
        ] {
            let lower = field.to_lowercase();
            assert!(
                !giveaways.iter().any(|g| lower.contains(g.as_str())),
                "{field:?}"
            );
        }
    }
}
