//! The written files are in the contract's formats, with the realistic untidiness a scan must
//! cope with: mixed timestamp forms, a little disorder, a few exact re-sends.

mod common;

use std::collections::{BTreeSet, HashMap};
use std::sync::OnceLock;

use common::{read_csv, RangeIndex};
use dg_model::{Event, IpRange, Policy, Release, Timestamp};
use dg_sim::{Scale, SimConfig, SimStats};

/// One small-preset run: its config, stats and the raw lines of every file.
struct Run {
    cfg: SimConfig,
    stats: SimStats,
    events: String,
    ranges: Vec<IpRange>,
    releases: Vec<Release>,
    policy: String,
}

fn run() -> &'static Run {
    static RUN: OnceLock<Run> = OnceLock::new();
    RUN.get_or_init(|| {
        let cfg = SimConfig::preset(Scale::Small, 3);
        let (dir, stats) = common::simulate(&cfg);
        let p = dir.path();
        Run {
            events: String::from_utf8(common::events_bytes(p)).expect("UTF-8"),
            ranges: read_csv(&p.join("ip_ranges.csv")),
            releases: read_csv(&p.join("releases.csv")),
            policy: std::fs::read_to_string(p.join("policy.toml")).expect("policy.toml"),
            cfg,
            stats,
        }
    })
}

fn start_end(cfg: &SimConfig) -> (i64, i64) {
    let start = Timestamp::parse_rfc3339(&cfg.start)
        .expect("start")
        .millis();
    (start, start + i64::from(cfg.days) * Timestamp::DAY)
}

#[test]
fn every_line_is_an_event_with_either_timestamp_form() {
    let r = run();
    let (mut text_ts, mut int_ts, mut lines) = (0usize, 0usize, 0usize);
    for (i, line) in r.events.lines().enumerate() {
        lines += 1;
        let ev: Event = serde_json::from_str(line)
            .unwrap_or_else(|e| panic!("line {}: {e}: {line:.200}", i + 1));
        let raw: serde_json::Value = serde_json::from_str(line).expect("JSON");
        match &raw["ts"] {
            serde_json::Value::String(s) => {
                // The contract's output form: UTC with milliseconds.
                assert_eq!(s, &ev.ts.to_rfc3339(), "line {}", i + 1);
                text_ts += 1;
            }
            serde_json::Value::Number(n) => {
                assert_eq!(n.as_i64(), Some(ev.ts.millis()), "line {}", i + 1);
                int_ts += 1;
            }
            other => panic!("line {}: ts is {other}", i + 1),
        }
        assert!(!ev.model.is_empty() && !ev.account_id.is_empty());
        if let Some(cap) = ev.max_tokens {
            assert!(
                ev.output_tokens <= u64::from(cap),
                "line {}: {} output tokens over a cap of {cap}",
                i + 1,
                ev.output_tokens
            );
        }
    }
    assert_eq!(
        lines as u64,
        r.stats.events + r.stats.duplicates,
        "lines = events + re-sends"
    );
    let int_share = int_ts as f64 / lines as f64;
    assert!(
        text_ts > 0 && int_ts > 0,
        "{text_ts} text, {int_ts} integer"
    );
    assert!(
        (r.cfg.epoch_ms_share / 2.0..r.cfg.epoch_ms_share * 2.0).contains(&int_share),
        "integer timestamps on {int_share:.4} of lines, configured {}",
        r.cfg.epoch_ms_share
    );
}

#[test]
fn events_are_time_ordered_but_for_a_little_bounded_disorder() {
    let r = run();
    let (start, end) = start_end(&r.cfg);
    let max_lag = i64::from(r.cfg.max_disorder_s) * 1000;
    let (mut high, mut late, mut lines, mut worst) = (i64::MIN, 0usize, 0usize, 0i64);
    for line in r.events.lines() {
        let ev: Event = serde_json::from_str(line).expect("event");
        let t = ev.ts.millis();
        assert!((start..end).contains(&t), "{} outside the window", ev.ts);
        if t < high {
            late += 1;
            worst = worst.max(high - t);
        }
        high = high.max(t);
        lines += 1;
    }
    let late_share = late as f64 / lines as f64;
    assert!(
        late > 0,
        "no disorder at all (configured {})",
        r.cfg.disorder_share
    );
    assert!(late_share <= 0.05, "{late_share:.4} of lines out of order");
    assert!(
        worst <= max_lag,
        "a line is {worst} ms late, more than {max_lag} ms"
    );
}

#[test]
fn exact_resends_are_few_and_counted_in_stats() {
    let r = run();
    let mut first: HashMap<&str, &str> = HashMap::new();
    let mut repeats = 0u64;
    for line in r.events.lines() {
        let ev: Event = serde_json::from_str(line).expect("event");
        let id = line
            .split('"')
            .nth(3)
            .filter(|id| *id == ev.request_id)
            .expect("request_id is the first field");
        match first.get(id) {
            Some(prev) => {
                assert_eq!(*prev, line, "request id {id} reused for another exchange");
                repeats += 1;
            }
            None => {
                first.insert(id, line);
            }
        }
    }
    assert!(repeats > 0, "no re-sends");
    assert_eq!(repeats, r.stats.duplicates, "SimStats.duplicates");
    assert_eq!(first.len() as u64, r.stats.events, "SimStats.events");
    assert!(
        repeats * 1000 < r.stats.events,
        "{repeats} re-sends in {} events",
        r.stats.events
    );
}

#[test]
fn nobody_uses_a_model_before_its_release() {
    let r = run();
    let released: HashMap<&str, i64> = r
        .releases
        .iter()
        .map(|x| (x.model.as_str(), x.released_at.millis()))
        .collect();
    assert_eq!(
        released.keys().copied().collect::<BTreeSet<_>>(),
        ["helios-1", "helios-1-mini", "helios-2"]
            .into_iter()
            .collect()
    );
    let (start, end) = start_end(&r.cfg);
    let new = released["helios-2"];
    assert!((start..end).contains(&new), "release outside the window");
    for line in r.events.lines() {
        let ev: Event = serde_json::from_str(line).expect("event");
        let at = released
            .get(ev.model.as_str())
            .unwrap_or_else(|| panic!("model {} not in releases.csv", ev.model));
        assert!(ev.ts.millis() >= *at, "{} used at {}", ev.model, ev.ts);
    }
}

#[test]
fn network_and_policy_files_parse_and_cover_the_traffic() {
    let r = run();
    let policy: Policy = toml::from_str(&r.policy).expect("policy.toml is a dg_model::Policy");
    assert!(policy.is_restricted("CN") && !policy.is_restricted("US"));
    assert!(policy.thresholds.review < policy.thresholds.throttle);
    assert!(policy.thresholds.throttle < policy.thresholds.block);

    let cidrs: BTreeSet<_> = r.ranges.iter().map(|x| x.cidr).collect();
    assert_eq!(cidrs.len(), r.ranges.len(), "a CIDR is listed twice");
    assert!(
        r.ranges.iter().all(|x| x.cidr == x.cidr.trunc()),
        "host bits set"
    );

    // Simulated clients come from listed networks, so network facts are known for nearly all.
    let index = RangeIndex::new(&r.ranges);
    let (mut known, mut lines) = (0usize, 0usize);
    for line in r.events.lines().step_by(7) {
        let ev: Event = serde_json::from_str(line).expect("event");
        known += usize::from(index.lookup(ev.ip).is_some());
        lines += 1;
    }
    assert!(
        known as f64 >= 0.99 * lines as f64,
        "{known} of {lines} sampled addresses are in ip_ranges.csv"
    );
}
