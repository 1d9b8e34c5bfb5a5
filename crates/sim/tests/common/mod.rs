//! Shared helpers of the simulator's integration tests: run a simulation into a temporary
//! directory and read every file it wrote back through the contract's types.
#![allow(dead_code)] // each test binary uses its own subset

use std::collections::{BTreeMap, HashMap};
use std::io::Read;
use std::net::IpAddr;
use std::path::{Path, PathBuf};

use dg_model::{Account, Event, IpRange, Policy, Release, Timestamp, TruthRecord};
use dg_sim::{Corpus, NetPool, Scale, SimConfig, SimStats};
use ipnet::IpNet;
use serde::Deserialize;
use tempfile::TempDir;

/// One line of `campaigns.jsonl` (the simulator's extra truth about a campaign).
#[derive(Debug, Clone, Deserialize)]
pub struct CampaignRow {
    pub campaign: String,
    pub group: String,
    pub accounts: usize,
    pub active_from: Timestamp,
    pub active_until: Timestamp,
    pub successor_of: Option<String>,
    pub pivot_at: Option<Timestamp>,
}

/// A config from the small preset overridden by `toml` (as `sim.toml` would).
pub fn config(seed: u64, toml: &str) -> SimConfig {
    SimConfig::from_toml(Scale::Small, seed, toml).expect("valid override")
}

/// Runs the simulator with the embedded corpus and network data into a fresh directory.
pub fn simulate(cfg: &SimConfig) -> (TempDir, SimStats) {
    let dir = tempfile::tempdir().expect("temp dir");
    let stats = simulate_into(cfg, dir.path());
    (dir, stats)
}

/// Runs the simulator into `out`.
pub fn simulate_into(cfg: &SimConfig, out: &Path) -> SimStats {
    let corpus = Corpus::embedded().expect("embedded corpus");
    let net = NetPool::embedded().expect("embedded network data");
    dg_sim::simulate(cfg, &corpus, net, out, &mut |_| {}).expect("simulate")
}

/// The events file a run wrote (plain or gzip).
pub fn events_path(dir: &Path) -> PathBuf {
    let gz = dir.join("events.jsonl.gz");
    if gz.exists() {
        gz
    } else {
        dir.join("events.jsonl")
    }
}

/// The decompressed bytes of a run's events file.
pub fn events_bytes(dir: &Path) -> Vec<u8> {
    let p = events_path(dir);
    let raw = std::fs::read(&p).unwrap_or_else(|e| panic!("{}: {e}", p.display()));
    if p.extension().is_some_and(|x| x == "gz") {
        let mut out = Vec::new();
        flate2::read::GzDecoder::new(raw.as_slice())
            .read_to_end(&mut out)
            .expect("valid gzip");
        out
    } else {
        raw
    }
}

/// Parses every line of a `.jsonl` file into `T`, naming the line on failure.
pub fn read_jsonl<T: for<'de> Deserialize<'de>>(path: &Path) -> Vec<T> {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    parse_lines(&text, &path.display().to_string())
}

/// Parses `.jsonl` text.
pub fn parse_lines<T: for<'de> Deserialize<'de>>(text: &str, name: &str) -> Vec<T> {
    text.lines()
        .enumerate()
        .map(|(i, l)| {
            serde_json::from_str(l).unwrap_or_else(|e| panic!("{name}:{}: {e}: {l:.200}", i + 1))
        })
        .collect()
}

/// Parses a CSV file with a header into `T`.
pub fn read_csv<T: for<'de> Deserialize<'de>>(path: &Path) -> Vec<T> {
    csv::Reader::from_path(path)
        .unwrap_or_else(|e| panic!("{}: {e}", path.display()))
        .deserialize()
        .map(|r| r.unwrap_or_else(|e| panic!("{}: {e}", path.display())))
        .collect()
}

/// Longest-prefix lookup over `ip_ranges.csv`, as the contract defines it.
pub struct RangeIndex {
    by_net: HashMap<IpNet, IpRange>,
}

impl RangeIndex {
    pub fn new(rows: &[IpRange]) -> Self {
        Self {
            by_net: rows.iter().map(|r| (r.cidr.trunc(), r.clone())).collect(),
        }
    }

    /// The most specific range containing `ip`.
    pub fn lookup(&self, ip: IpAddr) -> Option<&IpRange> {
        let max = if ip.is_ipv4() { 32 } else { 128 };
        (0..=max).rev().find_map(|len| {
            let net = IpNet::new(ip, len).ok()?.trunc();
            self.by_net.get(&net)
        })
    }
}

/// Everything one run wrote, parsed (the files themselves are deleted once read).
pub struct DataSet {
    pub cfg: SimConfig,
    pub stats: SimStats,
    pub events: Vec<Event>,
    pub accounts: Vec<Account>,
    /// `accounts.jsonl` as written, to look for give-aways in raw values.
    pub accounts_text: String,
    pub truth: Vec<TruthRecord>,
    pub campaigns: Vec<CampaignRow>,
    pub ranges: Vec<IpRange>,
    pub releases: Vec<Release>,
    pub policy: Policy,
    /// account id → group
    pub group: HashMap<String, String>,
}

impl DataSet {
    /// Simulates `cfg` and reads everything back.
    pub fn generate(cfg: SimConfig) -> Self {
        let (dir, stats) = simulate(&cfg);
        let p = dir.path();
        let text = String::from_utf8(events_bytes(p)).expect("events are UTF-8");
        let events: Vec<Event> = parse_lines(&text, "events");
        drop(text);
        let accounts_text = std::fs::read_to_string(p.join("accounts.jsonl")).expect("accounts");
        let accounts: Vec<Account> = parse_lines(&accounts_text, "accounts.jsonl");
        let truth: Vec<TruthRecord> = read_jsonl(&p.join("truth.jsonl"));
        let campaigns: Vec<CampaignRow> = read_jsonl(&p.join("campaigns.jsonl"));
        let ranges: Vec<IpRange> = read_csv(&p.join("ip_ranges.csv"));
        let releases: Vec<Release> = read_csv(&p.join("releases.csv"));
        let policy: Policy =
            toml::from_str(&std::fs::read_to_string(p.join("policy.toml")).expect("policy.toml"))
                .expect("policy.toml parses as dg_model::Policy");
        let group = truth
            .iter()
            .map(|t| (t.account_id.clone(), t.group.clone()))
            .collect();
        drop(dir);
        Self {
            cfg,
            stats,
            events,
            accounts,
            accounts_text,
            truth,
            campaigns,
            ranges,
            releases,
            policy,
            group,
        }
    }

    /// Events of the accounts of one group, in file order.
    pub fn events_of(&self, group: &str) -> Vec<&Event> {
        self.events
            .iter()
            .filter(|e| self.group.get(&e.account_id).map(String::as_str) == Some(group))
            .collect()
    }

    /// Accounts of one group.
    pub fn accounts_of(&self, group: &str) -> Vec<&Account> {
        self.accounts
            .iter()
            .filter(|a| self.group.get(&a.account_id).map(String::as_str) == Some(group))
            .collect()
    }

    /// The one campaign of a group.
    pub fn campaign(&self, group: &str) -> &CampaignRow {
        let mut it = self.campaigns.iter().filter(|c| c.group == group);
        let c = it
            .next()
            .unwrap_or_else(|| panic!("no campaign for {group}"));
        assert!(it.next().is_none(), "several campaigns for {group}");
        c
    }

    /// When a model was released (releases.csv), in epoch ms.
    pub fn released_at(&self, model: &str) -> i64 {
        self.releases
            .iter()
            .find(|r| r.model == model)
            .unwrap_or_else(|| panic!("{model} not in releases.csv"))
            .released_at
            .millis()
    }

    /// First instant of the simulated window.
    pub fn start(&self) -> i64 {
        Timestamp::parse_rfc3339(&self.cfg.start)
            .expect("start")
            .millis()
    }

    /// Instant at a (fractional) day offset of the window.
    pub fn at_day(&self, day: f64) -> i64 {
        self.start() + (day * Timestamp::DAY as f64) as i64
    }
}

/// Events per account id.
pub fn per_account<'a>(events: &[&'a Event]) -> BTreeMap<&'a str, Vec<&'a Event>> {
    let mut m: BTreeMap<&str, Vec<&Event>> = BTreeMap::new();
    for e in events {
        m.entry(e.account_id.as_str()).or_default().push(e);
    }
    m
}

/// Share of `n` in `d` (0 when `d` is 0).
pub fn share(n: usize, d: usize) -> f64 {
    if d == 0 {
        0.0
    } else {
        n as f64 / d as f64
    }
}
