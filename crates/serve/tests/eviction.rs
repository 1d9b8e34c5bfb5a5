//! `[detector] evict_idle_days` end to end: customers who come for a day and go quiet are
//! evicted from the live detector (counted in `/v1/status` and `/metrics`), so the accounts it
//! holds stop growing; a flagged farm idle as long is kept; an evicted account is answered as
//! unknown, saying it may have been evicted; and a restart from the snapshot holds the same.

use dg_serve::{ServeConfig, Server};

mod common;
use serde_json::{json, Value};

const START: i64 = 1_770_000_000_000;
const HOUR: i64 = 3_600_000;
const DAY: i64 = 24 * HOUR;

/// Days of traffic, and new customers a day (each busy for one day only).
const DAYS: i64 = 8;
const CUSTOMERS_A_DAY: i64 = 15;
const FARM: usize = 30;

/// A tiny deterministic generator.
struct Lcg(u64);

impl Lcg {
    fn below(&mut self, n: u64) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        (self.0 >> 33) % n.max(1)
    }
}

fn prompt(r: &mut Lcg) -> String {
    const TOPICS: [&str; 6] = [
        "the harbour",
        "my garden",
        "a bicycle",
        "the old mill",
        "river trout",
        "a wool coat",
    ];
    format!(
        "Could you tell me something about {} and {} for item {}?",
        TOPICS[r.below(6) as usize],
        TOPICS[r.below(6) as usize],
        r.below(100_000)
    )
}

fn account(id: &str, created: i64, card: Option<String>) -> String {
    json!({
        "account_id": id,
        "created_at": created,
        "email_domain": "mail.example",
        "email_local_shape": "aaaa.aaaa",
        "payment_fingerprint": card,
        "billing_country": "US",
        "signup_channel": "standard",
        "verified": false,
    })
    .to_string()
}

#[allow(clippy::too_many_arguments)]
fn event(
    n: usize,
    id: &str,
    ts: i64,
    ip: String,
    fp: &str,
    p: String,
    max: u32,
    out: u64,
) -> Value {
    json!({
        "request_id": format!("r{n}"),
        "ts": ts,
        "account_id": id,
        "ip": ip,
        "client_fingerprint": fp,
        "model": "model-x",
        "prompt": p,
        "turns": 1,
        "max_tokens": max,
        "input_tokens": 40,
        "output_tokens": out,
    })
}

/// The test's traffic: sign-up record lines, event lines with their times (in time order),
/// and the ids of the farm's accounts and of the customers.
struct World {
    accounts: Vec<String>,
    events: Vec<(i64, String)>,
    farm: Vec<String>,
    customers: Vec<String>,
}

/// A farm on three cards behind a hosting pool, busy for the first three days, and each
/// day's new customers at home, busy that day only.
fn world() -> World {
    let mut r = Lcg(31);
    let (mut accounts, mut events) = (Vec::new(), Vec::new());
    let mut farm = Vec::new();
    for k in 0..FARM {
        let id = format!("farm_{k:02}");
        accounts.push(account(
            &id,
            START - DAY + k as i64 * 30_000,
            Some(format!("card_{}", k % 3)),
        ));
        for _ in 0..20 {
            let ts = START + r.below(3 * DAY as u64) as i64;
            let ip = format!("203.0.113.{}", 10 + r.below(12));
            events.push((ts, id.clone(), ip, "fp_rare", prompt(&mut r), 32_000, 3_000));
        }
        farm.push(id);
    }
    let mut customers = Vec::new();
    for day in 0..DAYS {
        for k in 0..CUSTOMERS_A_DAY {
            let id = format!("cust_{day}_{k:02}");
            accounts.push(account(&id, START - 400 * DAY, None));
            for _ in 0..3 {
                let ts = START + day * DAY + r.below(DAY as u64) as i64;
                let ip = format!("100.64.{}.{}", day * 20 + k, 1 + r.below(3));
                events.push((ts, id.clone(), ip, "fp_browser", prompt(&mut r), 1_024, 300));
            }
            customers.push(id);
        }
    }
    events.sort_by_key(|e| e.0);
    let events = events
        .into_iter()
        .enumerate()
        .map(|(n, (ts, id, ip, fp, p, max, out))| {
            (ts, event(n, &id, ts, ip, fp, p, max, out).to_string())
        })
        .collect();
    World {
        accounts,
        events,
        farm,
        customers,
    }
}

impl common::Client {
    /// Posts NDJSON lines without a token (the test service has none), answered 202, and
    /// waits for the decisions to reflect them.
    async fn post(&self, path: &str, lines: &[String]) -> Value {
        let body = (lines.join("\n") + "\n").into_bytes();
        let (s, b) = self.send("POST", path, None, &[], body).await;
        assert_eq!(s, 202, "{b}");
        self.settler.settle().await;
        serde_json::from_str(&b).expect("json")
    }

    /// A GET answered 200.
    async fn get(&self, path: &str) -> String {
        let (s, b) = self.send("GET", path, None, &[], Vec::new()).await;
        assert_eq!(s, 200, "{path}");
        b
    }

    async fn json(&self, path: &str) -> Value {
        serde_json::from_str(&self.get(path).await).expect("json")
    }
}

fn config(dir: &std::path::Path, days: u32) -> ServeConfig {
    let ranges = dir.join("ip_ranges.csv");
    std::fs::write(
        &ranges,
        "cidr,asn,as_org,country,kind\n\
         203.0.113.0/24,64501,Example Hosting,US,hosting\n\
         100.64.0.0/16,64505,Example Home ISP,US,isp\n",
    )
    .expect("write ranges");
    let mut cfg = ServeConfig::new(dir.join("data"));
    cfg.listen = "127.0.0.1:0".parse().expect("addr");
    cfg.ip_ranges = Some(ranges);
    cfg.detector.evict_idle_days = days;
    cfg
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn idle_customers_are_evicted_a_flagged_farm_is_kept_and_the_count_stops_growing() {
    let dir = tempfile::tempdir().expect("dir");
    let cfg = config(dir.path(), 1);
    let World {
        accounts,
        events,
        farm,
        customers,
    } = world();
    let server = Server::start(cfg.clone()).await.expect("start");
    let c = common::Client::new(&server);
    assert_eq!(
        c.post("/v1/accounts", &accounts).await["accepted"],
        accounts.len()
    );
    // Posted a day at a time: the accounts held after each day.
    let mut held = Vec::new();
    for day in 0..DAYS {
        let lines: Vec<String> = events
            .iter()
            .filter(|(ts, _)| (ts - START) / DAY == day)
            .map(|(_, l)| l.clone())
            .collect();
        c.post("/v1/events", &lines).await;
        held.push(
            c.json("/v1/status").await["accounts"]
                .as_u64()
                .expect("accounts"),
        );
    }
    let status = c.json("/v1/status").await;
    let evicted = status["accounts_evicted"].as_u64().expect("evicted");
    eprintln!("accounts held after each day: {held:?}; evicted: {evicted}");
    // Every customer of the first five days is gone; those of the last two may not be yet.
    assert!(
        evicted >= 5 * CUSTOMERS_A_DAY as u64,
        "{status} (held after each day: {held:?})"
    );
    // Without eviction the detector would hold the farm and every customer (150 accounts);
    // with it, the farm and two or three days of customers.
    let bound = (FARM as i64 + 3 * CUSTOMERS_A_DAY) as u64;
    assert!(
        held[3..].iter().all(|&h| h <= bound),
        "held after each day: {held:?}"
    );
    assert_eq!(
        status["accounts"].as_u64().expect("held") + evicted,
        (FARM + customers.len()) as u64
    );
    let metrics = c.get("/metrics").await;
    assert!(
        metrics.contains(&format!("distillguard_accounts_evicted_total {evicted}")),
        "{metrics}"
    );
    // The farm went quiet after day 3, longer ago than the horizon, and is kept: flagged.
    for id in &farm {
        let d = c.json(&format!("/v1/decisions/{id}")).await;
        assert_ne!(d["decision"], "allow", "{d}");
        assert!(d["cluster_id"].is_string(), "{d}");
    }
    // A customer of day 0 is unknown now, and the answer says it may have been evicted.
    let d = c.json(&format!("/v1/decisions/{}", customers[0])).await;
    assert_eq!(d["decision"], "allow", "{d}");
    assert_eq!(d["reasons"][0]["code"], "unknown_account", "{d}");
    let detail = d["reasons"][0]["detail"].as_str().unwrap_or("");
    assert!(detail.contains("evicted"), "{detail}");
    server.stop().await.expect("stop");

    // A restart from the snapshot written at shutdown holds the same accounts.
    let server = Server::start(cfg).await.expect("restart");
    assert!(server.started().from_snapshot, "{:?}", server.started());
    let c = common::Client::new(&server);
    let again = c.json("/v1/status").await;
    assert_eq!(again["accounts"], status["accounts"]);
    assert_eq!(again["accounts_evicted"], status["accounts_evicted"]);
    let d = c.json(&format!("/v1/decisions/{}", customers[0])).await;
    assert_eq!(d["reasons"][0]["code"], "unknown_account", "{d}");
    server.stop().await.expect("stop");
}
