//! The baselines, fed events the way the CLI feeds them.

use std::net::{IpAddr, Ipv4Addr};

use dg_eval::baselines::{self, AccountAggregates, Baseline};
use dg_eval::{evaluate, Predictions};
use dg_model::{Decision, Event, Label, Timestamp, TruthRecord};

const T0: i64 = 1_770_000_000_000;

#[allow(clippy::too_many_arguments)]
fn event(account: &str, n: u64, ts: i64, ip: u32, turns: u32, input: u64, output: u64) -> Event {
    Event {
        request_id: format!("{account}-{n}"),
        ts: Timestamp(ts),
        account_id: account.into(),
        api_key_id: None,
        ip: IpAddr::V4(Ipv4Addr::from(ip)),
        user_agent: None,
        client_fingerprint: None,
        model: "helios-1".into(),
        prompt: String::new(),
        system: None,
        turns: Some(turns),
        tools: Vec::new(),
        tool_calls: None,
        has_image: None,
        max_tokens: Some(1024),
        input_tokens: input,
        output_tokens: output,
        thinking_tokens: None,
        stop_reason: Some("end_turn".into()),
    }
}

/// 200 ordinary accounts making 5 requests a day for 2 days, and `whale` making 100 times
/// as many with otherwise the same habits.
fn population() -> AccountAggregates {
    let mut aggs = AccountAggregates::new();
    let mut feed = |account: &str, per_day: u64, seed: u64| {
        for day in 0..2 {
            for k in 0..per_day {
                let n = day * per_day + k;
                let ts = T0 + day as i64 * Timestamp::DAY + (9 + (k % 8) as i64) * Timestamp::HOUR;
                let jitter = (seed * 31 + n * 7) % 50;
                aggs.observe(&event(
                    account,
                    n,
                    ts,
                    0x0a00_0000 + seed as u32,
                    1 + (n % 3) as u32,
                    150 + jitter,
                    300 + 2 * jitter,
                ));
            }
        }
    };
    for i in 0..200u64 {
        feed(&format!("u{i:03}"), 5, i);
    }
    feed("whale", 500, 999);
    aggs
}

fn finding<'a>(b: &'a Baseline, account: &str) -> &'a dg_model::AccountFinding {
    b.accounts.iter().find(|f| f.account_id == account).unwrap()
}

#[test]
fn aggregates_sum_what_the_events_say() {
    let aggs = population();
    assert_eq!(aggs.len(), 201);
    let u = aggs.get("u000").unwrap();
    assert_eq!((u.requests, u.active_days()), (10, 2));
    assert_eq!(u.requests_per_active_day(), 5.0);
    assert_eq!(u.distinct_ips(), 1.0);
    assert_eq!(u.first_seen, Timestamp(T0 + 9 * Timestamp::HOUR));
    // Hours 9..=13 of each day: 5 of 24.
    assert_eq!(u.hours_of_day_share(), 5.0 / 24.0);
    // turns cycle 1, 2, 3: 4 of the 10 requests are single-shot.
    assert_eq!(u.single_turn, 4);
    assert_eq!(u.at_cap, 0);
    assert_eq!(aggs.get("whale").unwrap().requests_per_active_day(), 500.0);
}

#[test]
fn the_isolation_forest_ranks_a_hundredfold_volume_first() {
    let aggs = population();
    let forest = baselines::iforest_baseline(&aggs, &baselines::ForestConfig::default());
    let whale = finding(&forest, "whale");
    let others = forest.accounts.iter().filter(|f| f.account_id != "whale");
    assert!(
        others.clone().all(|f| f.score < whale.score),
        "whale {}",
        whale.score
    );
    assert_eq!(whale.decision, Decision::Review);
    assert!(others.filter(|f| f.decision.is_flagged()).count() <= 10);
}

#[test]
fn baselines_are_deterministic() {
    let a = baselines::all(&population());
    let b = baselines::all(&population());
    assert_eq!(a, b);
    assert_eq!(
        a.iter().map(|b| b.name.as_str()).collect::<Vec<_>>(),
        ["volume", "iforest"]
    );
}

#[test]
fn the_volume_rule_flags_the_whale_and_nobody_tied_below_it() {
    let aggs = population();
    let volume = baselines::volume_baseline(&aggs);
    assert_eq!(finding(&volume, "whale").decision, Decision::Review);
    assert_eq!(finding(&volume, "whale").score, 1.0);
    // Everyone else makes 5 a day: all tied at the 95th percentile, none above it.
    assert_eq!(
        volume
            .accounts
            .iter()
            .filter(|f| f.decision.is_flagged())
            .count(),
        1
    );
}

#[test]
fn baselines_go_through_the_same_metrics_as_the_scan() {
    let aggs = population();
    let truth: Vec<TruthRecord> = aggs
        .iter()
        .map(|(id, _)| TruthRecord {
            account_id: id.into(),
            label: if id == "whale" {
                Label::Attack
            } else {
                Label::Benign
            },
            group: if id == "whale" {
                "reseller_hydra".into()
            } else {
                "individual".into()
            },
            campaign: (id == "whale").then(|| "camp-w".into()),
            hard: None,
        })
        .collect();
    let starts = aggs.campaign_starts(&truth);
    assert_eq!(
        starts.campaign("camp-w"),
        Some(Timestamp(T0 + 9 * Timestamp::HOUR))
    );
    let report = evaluate(
        &truth,
        None,
        &Predictions::default(),
        &starts,
        &baselines::all(&aggs),
    );
    assert_eq!(report.methods.len(), 3);
    let volume = report.method("volume").unwrap();
    assert_eq!((volume.all.precision, volume.all.recall), (1.0, 1.0));
    assert_eq!(volume.all.average_precision, 1.0);
    let forest = report.method("iforest").unwrap();
    assert_eq!(forest.all.recall, 1.0);
    assert_eq!(forest.all.average_precision, 1.0);
    // An empty scan output: every truth account is missing and counted as allowed.
    assert_eq!(report.integrity.missing, 201);
    assert_eq!(report.integrity.missing_without_events, Some(0));
    assert_eq!(report.scan().all.recall, 0.0);
}
