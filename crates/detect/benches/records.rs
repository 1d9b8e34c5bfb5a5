//! Time to take sign-up records into a running scanner (`Scanner::add_accounts`, what
//! `distillguard serve` does for `POST /v1/accounts`) as the records held grow: the first
//! batch counts every record held once; later batches only touch their own cards, orgs and
//! payer groups.
//!
//! Run: `cargo bench -p dg-detect --bench records`. `RECORDS_BENCH_SIZES` (comma-separated,
//! default `10000,100000,1000000`) sets the records held, each account also seen once (one
//! request, so its record sits in its slot, as in a service that has run a while).
//! `RECORDS_BENCH_SEEN` (default 1) is the share of the accounts seen; the rest's records
//! wait for their first requests. `RECORDS_BENCH_POSTS` (default 500) single-record batches are timed after the first.
//! "first batch MiB" is how much the resident set grew during the first batch (the counts
//! kept from then on, as the allocator reports them to the system).

use std::time::Instant;

use dg_detect::scanner::{ScanConfig, Scanner};
use dg_detect::score::Weights;
use dg_model::{Account, Event, Policy, SignupChannel, Timestamp};

const START: i64 = 1_770_000_000_000;
const DAY: i64 = Timestamp::DAY;

/// A record like a self-serve provider's: most accounts on cards of their own, a few teams
/// sharing an org and its card, a tenth verified.
fn record(n: u64) -> (String, Account) {
    let id = format!("acct_{n:08}");
    let h = n.wrapping_mul(0x9e37_79b9_7f4a_7c15);
    let team = h.is_multiple_of(20).then_some(h / 20 % 5_000);
    let a = Account {
        account_id: id.clone(),
        created_at: Timestamp(START - (1 + (h >> 20) as i64 % 700) * DAY),
        org_id: team.map(|t| format!("org_{t}")),
        email_domain: Some("mail.example".into()),
        email_local_shape: Some("aaaa.aaaa".into()),
        payment_fingerprint: Some(match team {
            Some(t) => format!("card_org_{t}"),
            None => format!("card_{n}"),
        }),
        billing_country: Some("US".into()),
        signup_channel: Some(SignupChannel::Standard),
        verified: Some(h.is_multiple_of(10)),
    };
    (id, a)
}

fn event(id: &str, n: u64) -> Event {
    Event {
        request_id: format!("r{n}"),
        ts: Timestamp(START + n as i64),
        account_id: id.to_string(),
        api_key_id: None,
        ip: "192.0.2.7".parse().expect("bench address"),
        user_agent: None,
        client_fingerprint: None,
        model: "model-x".into(),
        prompt: "hello".into(),
        system: None,
        turns: Some(1),
        tools: Vec::new(),
        tool_calls: None,
        has_image: None,
        max_tokens: Some(1_000),
        input_tokens: 2,
        output_tokens: 30,
        thinking_tokens: None,
        stop_reason: None,
    }
}

/// The process's resident set in MiB (Linux; 0 elsewhere).
fn rss_mib() -> f64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmRSS:"))
                .and_then(|l| l.split_whitespace().nth(1))
                .and_then(|kb| kb.parse::<f64>().ok())
        })
        .map_or(0.0, |kb| kb / 1024.0)
}

fn env_or(name: &str, default: &str) -> String {
    std::env::var(name).unwrap_or_else(|_| default.to_string())
}

fn main() {
    let sizes: Vec<u64> = env_or("RECORDS_BENCH_SIZES", "10000,100000,1000000")
        .split(',')
        .filter_map(|s| s.trim().parse().ok())
        .collect();
    let posts: u64 = env_or("RECORDS_BENCH_POSTS", "500").parse().unwrap_or(500);
    let seen: f64 = env_or("RECORDS_BENCH_SEEN", "1").parse().unwrap_or(1.0);
    println!(
        "{:>10} | {:>12} | {:>14} | {:>16} | {:>14} | {:>14}",
        "records",
        "build+fold s",
        "first batch ms",
        "first batch MiB",
        "later p50 ms",
        "later max ms"
    );
    for n in sizes {
        let cfg = ScanConfig::with_demo_key(Policy::default(), Weights::default_weights(), vec![]);
        let t = Instant::now();
        let mut s = Scanner::new(cfg, (0..n).map(record));
        // Relinks would dominate the fold and are not what is measured.
        s.defer_relinks(true);
        for k in 0..(n as f64 * seen) as u64 {
            s.observe(&event(&format!("acct_{k:08}"), k), None);
        }
        let built = t.elapsed().as_secs_f64();
        let rss = rss_mib();
        let t = Instant::now();
        s.add_accounts([record(n)]).expect("an unseen account");
        let first = t.elapsed().as_secs_f64() * 1e3;
        let grown = rss_mib() - rss;
        let mut later: Vec<f64> = (1..=posts)
            .map(|k| {
                let t = Instant::now();
                s.add_accounts([record(n + k)]).expect("an unseen account");
                t.elapsed().as_secs_f64() * 1e3
            })
            .collect();
        later.sort_by(f64::total_cmp);
        let p50 = later.get(later.len() / 2).copied().unwrap_or(0.0);
        let max = later.last().copied().unwrap_or(0.0);
        println!(
            "{n:>10} | {built:>12.1} | {first:>14.2} | {grown:>16.1} | {p50:>14.4} | {max:>14.3}"
        );
    }
}
