//! The same seed and config give byte-identical files; another seed gives another world; gzip
//! changes the encoding and nothing else.

mod common;

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use dg_model::{Account, Event};

/// Every population, over a short window that still holds the release and the ban.
const SHORT: &str = "
days = 3
release_day = 1.2
ban_day = 2.0
[populations.individual]
accounts = 150
rate_per_day = 6.0
[populations.app_backend]
accounts = 4
rate_per_day = 200.0
";

/// File name → bytes (events decompressed), for every file a run wrote.
fn files(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    std::fs::read_dir(dir)
        .expect("read dir")
        .map(|e| {
            let p = e.expect("entry").path();
            let name = p.file_name().expect("name").to_string_lossy().into_owned();
            (name, std::fs::read(&p).expect("read"))
        })
        .collect()
}

fn account_ids(dir: &Path) -> BTreeSet<String> {
    common::read_jsonl::<Account>(&dir.join("accounts.jsonl"))
        .into_iter()
        .map(|a| a.account_id)
        .collect()
}

#[test]
fn same_seed_same_bytes_other_seed_other_world() {
    let cfg = common::config(11, SHORT);
    let (a, stats_a) = common::simulate(&cfg);
    let (b, stats_b) = common::simulate(&cfg);
    let (fa, fb) = (files(a.path()), files(b.path()));
    assert_eq!(
        fa.keys().collect::<Vec<_>>(),
        [
            "accounts.jsonl",
            "campaigns.jsonl",
            "events.jsonl",
            "ip_ranges.csv",
            "policy.toml",
            "releases.csv",
            "truth.jsonl"
        ]
    );
    assert_eq!(fa.keys().collect::<Vec<_>>(), fb.keys().collect::<Vec<_>>());
    for (name, bytes) in &fa {
        assert!(!bytes.is_empty(), "{name} is empty");
        assert!(bytes == &fb[name], "{name} differs between identical runs");
    }
    assert_eq!(stats_a.events, stats_b.events);
    assert_eq!(stats_a.events_per_group, stats_b.events_per_group);
    assert!(stats_a.events > 10_000, "{} events", stats_a.events);

    let other = common::config(12, SHORT);
    let (c, _) = common::simulate(&other);
    let fc = files(c.path());
    assert!(
        fa["events.jsonl"] != fc["events.jsonl"],
        "seed ignored by events"
    );
    let (ids_a, ids_c) = (account_ids(a.path()), account_ids(c.path()));
    assert_eq!(ids_a.len(), ids_c.len());
    assert!(
        ids_a.is_disjoint(&ids_c),
        "{} account ids survive a change of seed",
        ids_a.intersection(&ids_c).count()
    );
    let first = |f: &BTreeMap<String, Vec<u8>>| -> Event {
        let text = std::str::from_utf8(&f["events.jsonl"]).expect("UTF-8");
        serde_json::from_str(text.lines().next().expect("a line")).expect("event")
    };
    assert_ne!(first(&fa).request_id, first(&fc).request_id);
}

#[test]
fn gzip_output_holds_the_same_lines() {
    let plain_cfg = common::config(5, SHORT);
    let mut gz_cfg = plain_cfg.clone();
    gz_cfg.gzip = true;
    let (plain, _) = common::simulate(&plain_cfg);
    let (gz, stats) = common::simulate(&gz_cfg);
    assert!(!gz.path().join("events.jsonl").exists());
    let packed = std::fs::read(gz.path().join("events.jsonl.gz")).expect("events.jsonl.gz");
    let unpacked = common::events_bytes(gz.path());
    assert!(packed.len() * 3 < unpacked.len(), "barely compressed");
    assert!(
        unpacked == std::fs::read(plain.path().join("events.jsonl")).expect("events.jsonl"),
        "gzip changed the content"
    );
    let lines = unpacked.iter().filter(|&&b| b == b'\n').count() as u64;
    assert_eq!(lines, stats.events + stats.duplicates);
}

#[test]
fn bad_configs_are_refused() {
    assert!(dg_sim::SimConfig::from_toml(dg_sim::Scale::Small, 1, "dayz = 3").is_err());
    let mut cfg = common::config(1, "days = 0");
    let dir = tempfile::tempdir().expect("temp dir");
    let corpus = dg_sim::Corpus::embedded().expect("corpus");
    let net = dg_sim::NetPool::embedded().expect("net");
    assert!(dg_sim::simulate(&cfg, &corpus, net, dir.path(), &mut |_| {}).is_err());
    cfg.days = 1;
    cfg.start = "last monday".into();
    let net = dg_sim::NetPool::embedded().expect("net");
    assert!(dg_sim::simulate(&cfg, &corpus, net, dir.path(), &mut |_| {}).is_err());
}
