//! Wall time and memory of linking: graph build and communities over synthetic accounts with a
//! realistic degree distribution (most values rare, a few huge), plus embedded hydras.
//!
//! Run: `cargo bench -p dg-detect --bench link` (1,000,000 accounts; set `LINK_BENCH_ACCOUNTS`
//! for another size). Prints one table; peak heap is counted by a wrapping allocator, so it
//! covers the linker alone (the `AccountLinks` themselves are reported separately). For the
//! process's peak RSS run the bench binary under `/usr/bin/time -v`. `LINK_BENCH_COMMUNITY=
//! components`, `LINK_BENCH_THREADS` and `LINK_BENCH_WINDOW` change the linker's knobs.

use std::alloc::{GlobalAlloc, Layout, System};
use std::net::{IpAddr, Ipv4Addr};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Instant;

use dg_detect::account::sketch::mix;
use dg_detect::link::{AccountLinks, Community, LinkConfig, Linker};
use dg_model::{Account, SignupChannel, Timestamp};

struct Counting;

static CURRENT: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

// SAFETY: defers to the system allocator and only counts bytes.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, l: Layout) -> *mut u8 {
        let p = unsafe { System.alloc(l) };
        if !p.is_null() {
            let now = CURRENT.fetch_add(l.size(), Ordering::Relaxed) + l.size();
            PEAK.fetch_max(now, Ordering::Relaxed);
        }
        p
    }
    unsafe fn dealloc(&self, p: *mut u8, l: Layout) {
        unsafe { System.dealloc(p, l) };
        CURRENT.fetch_sub(l.size(), Ordering::Relaxed);
    }
    unsafe fn realloc(&self, p: *mut u8, l: Layout, new: usize) -> *mut u8 {
        let q = unsafe { System.realloc(p, l, new) };
        if !q.is_null() {
            if new >= l.size() {
                let now = CURRENT.fetch_add(new - l.size(), Ordering::Relaxed) + new - l.size();
                PEAK.fetch_max(now, Ordering::Relaxed);
            } else {
                CURRENT.fetch_sub(l.size() - new, Ordering::Relaxed);
            }
        }
        q
    }
}

#[global_allocator]
static ALLOC: Counting = Counting;

const T0: i64 = 1_770_000_000_000;
const DAY: i64 = Timestamp::DAY;

struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        mix(self.0)
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n.max(1)
    }
    fn unit(&mut self) -> f64 {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64
    }
    /// Zipf-like rank in 0..n (exponent about 1): rank 0 is huge, most ranks are rare.
    fn zipf(&mut self, n: u64) -> u64 {
        let u = self.unit();
        (((n as f64 + 1.0).powf(u) - 1.0) as u64).min(n - 1)
    }
    fn heavy(&mut self, max: u32) -> u32 {
        let u = self.unit();
        ((1.0 / (1.0 - u * 0.999)).powf(1.2) as u32).clamp(1, max)
    }
}

fn ip(x: u64) -> IpAddr {
    IpAddr::V4(Ipv4Addr::from((x as u32) | 0x0100_0000))
}

fn account(created: i64, domain: &str, shape: &str, payment: Option<String>) -> Account {
    Account {
        account_id: String::new(),
        created_at: Timestamp(created),
        org_id: None,
        email_domain: Some(domain.into()),
        email_local_shape: Some(shape.into()),
        payment_fingerprint: payment,
        billing_country: None,
        signup_channel: Some(SignupChannel::Standard),
        verified: None,
    }
}

/// `n` accounts: people, shared-NAT households and offices, cloud and mobile egress, popular
/// SDKs and app frames, and hydras of 200..2,000 accounts (about 1% of all accounts).
fn population(n: usize) -> (Vec<AccountLinks>, Vec<u32>, u64) {
    let mut rng = Rng(2026);
    let mut out = Vec::with_capacity(n);
    let mut hydra_of = vec![0u32; n];
    let domains: Vec<String> = (0..5_000).map(|i| format!("d{i}.example")).collect();
    let shapes: Vec<String> = (0..300)
        .map(|i| format!("{}{}", "a".repeat(3 + i % 9), "9".repeat(i / 9 % 4)))
        .collect();
    let mut events = 0u64;
    let hydra_total = n / 100;
    let mut hydra_left = 0usize;
    let mut hydra_id = 0u64;
    #[allow(clippy::needless_range_loop)] // `i` is also the account's position and id seed
    for i in 0..n {
        let mut l = AccountLinks::new();
        if i < hydra_total {
            if hydra_left == 0 {
                hydra_left = 200 + (rng.below(1_800) as usize);
                hydra_id += 1;
            }
            hydra_left -= 1;
            hydra_of[i] = hydra_id as u32;
            let created = T0 - (hydra_id as i64 % 30) * DAY - rng.below(3_600_000) as i64;
            let pay = format!("h{hydra_id}-{}", rng.below(12));
            l.set_account(&account(created, "gmail.com", "aaaaaaa999", Some(pay)));
            let frame = mix(hydra_id << 20);
            for _ in 0..150 {
                let t = T0 + rng.below(3 * DAY as u64) as i64;
                let exit = ip(mix(hydra_id) ^ rng.below(40));
                l.observe(t, exit, Some(14_061), frame, Some("sdk0"));
                events += 1;
            }
            out.push(l);
            continue;
        }
        let created = T0 - rng.below(700 * DAY as u64) as i64;
        let domain = if rng.unit() < 0.4 {
            "gmail.com"
        } else {
            &domains[rng.zipf(domains.len() as u64) as usize]
        };
        let shape = &shapes[rng.zipf(shapes.len() as u64) as usize];
        let pay = (rng.unit() < 0.7).then(|| format!("p{}", rng.next() >> 40));
        l.set_account(&account(created, domain, shape, pay));
        // Where from: home (unique), a shared NAT (household/office), mobile CGNAT, cloud egress.
        let r = rng.unit();
        let home = if r < 0.6 {
            ip(rng.next())
        } else if r < 0.8 {
            ip(mix(1 + rng.zipf(200_000)))
        } else if r < 0.95 {
            ip(mix(2_000_000 + rng.below(20_000)))
        } else {
            ip(mix(9_000_000 + rng.zipf(50)))
        };
        let asn = 1 + rng.zipf(3_000) as u32;
        let client = format!("sdk{}", rng.zipf(60));
        let app = (rng.unit() < 0.4).then(|| mix(77 + rng.zipf(20_000)));
        // Half the people write free-form prompts: no recognisable frame (SimHash 0).
        let own = if rng.unit() < 0.5 { 0 } else { rng.next() };
        for _ in 0..rng.heavy(200) / 2 + 1 {
            let t = T0 + rng.below(3 * DAY as u64) as i64;
            let f = match app {
                Some(a) if rng.unit() < 0.8 => a,
                _ => own,
            };
            let addr = if rng.unit() < 0.9 {
                home
            } else {
                ip(rng.next())
            };
            l.observe(t, addr, Some(asn), f, Some(&client));
            events += 1;
        }
        out.push(l);
    }
    (out, hydra_of, events)
}

fn mib(b: usize) -> f64 {
    b as f64 / (1024.0 * 1024.0)
}

fn main() {
    // `cargo bench` passes `--bench`; any other argument is ignored too.
    let n: usize = std::env::var("LINK_BENCH_ACCOUNTS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(1_000_000);
    let t = Instant::now();
    let (links, hydra_of, events) = population(n);
    let gen = t.elapsed();
    let input: Vec<(u32, &AccountLinks)> = links
        .iter()
        .enumerate()
        .map(|(i, l)| (i as u32, l))
        .collect();

    let base = CURRENT.load(Ordering::Relaxed);
    PEAK.store(base, Ordering::Relaxed);
    let t = Instant::now();
    let mut cfg = LinkConfig::default();
    if std::env::var("LINK_BENCH_COMMUNITY").as_deref() == Ok("components") {
        cfg.community = Community::Components;
    }
    if let Some(t) = std::env::var("LINK_BENCH_THREADS")
        .ok()
        .and_then(|s| s.parse().ok())
    {
        cfg.threads = t;
    }
    if let Some(w) = std::env::var("LINK_BENCH_WINDOW")
        .ok()
        .and_then(|s| s.parse().ok())
    {
        cfg.window = w;
    }
    println!(
        "config: {:?} threads {} window {}",
        cfg.community, cfg.threads, cfg.window
    );
    let graph = Linker::new(cfg).build(&input);
    let build = t.elapsed();
    let build_peak = PEAK.load(Ordering::Relaxed) - base;
    let graph_bytes = CURRENT.load(Ordering::Relaxed) - base;

    let base2 = CURRENT.load(Ordering::Relaxed);
    PEAK.store(base2, Ordering::Relaxed);
    let t = Instant::now();
    let clusters = graph.clusters();
    let comm = t.elapsed();
    let comm_peak = PEAK.load(Ordering::Relaxed) - base2;

    let s = graph.stats();
    let clustered: usize = clusters.iter().map(|c| c.members.len()).sum();
    let biggest = clusters.iter().map(|c| c.members.len()).max().unwrap_or(0);
    println!("link bench: {n} accounts, {events} events folded into AccountLinks in {gen:.2?}");
    println!(
        "  AccountLinks: {} B each, {:.0} MiB in all",
        std::mem::size_of::<AccountLinks>(),
        mib(std::mem::size_of::<AccountLinks>() * n)
    );
    println!("| step | wall | peak heap (linker) |");
    println!("|---|---|---|");
    println!(
        "| build (index + edges) | {build:.2?} | {:.0} MiB |",
        mib(build_peak)
    );
    println!(
        "| clusters (communities + facts) | {comm:.2?} | {:.0} MiB |",
        mib(graph_bytes + comm_peak)
    );
    println!("| total | {:.2?} | |", build + comm);
    println!(
        "  memberships {} | values {} | shared {} | capped {} | candidates {} | edges {} | graph {:.0} MiB",
        s.memberships, s.values, s.shared_values, s.capped_values, s.candidates, s.edges, mib(graph_bytes)
    );
    // Per hydra: the cluster holding most of it; coverage and purity of that cluster.
    let hydras = hydra_of.iter().copied().max().unwrap_or(0);
    let (mut worst_cov, mut worst_pur, mut benign_clustered) = (1.0f64, 1.0f64, 0usize);
    for h in 1..=hydras {
        let size = hydra_of.iter().filter(|&&x| x == h).count();
        let (hit, len) = clusters
            .iter()
            .map(|c| {
                let hit = c
                    .members
                    .iter()
                    .filter(|&&m| hydra_of[m as usize] == h)
                    .count();
                (hit, c.members.len())
            })
            .max()
            .unwrap_or((0, 1));
        worst_cov = worst_cov.min(hit as f64 / size as f64);
        worst_pur = worst_pur.min(hit as f64 / len as f64);
    }
    for c in &clusters {
        benign_clustered += c
            .members
            .iter()
            .filter(|&&m| hydra_of[m as usize] == 0)
            .count();
    }
    println!(
        "  clusters {} | accounts clustered {clustered} | biggest {biggest} | benign clustered {benign_clustered}",
        clusters.len()
    );
    let mut benign: Vec<_> = clusters
        .iter()
        .filter(|c| hydra_of[c.members[0] as usize] == 0)
        .collect();
    benign.sort_by_key(|c| std::cmp::Reverse(c.members.len()));
    let mut sizes = [0usize; 4];
    for c in &benign {
        sizes[match c.members.len() {
            2 => 0,
            3..=5 => 1,
            6..=20 => 2,
            _ => 3,
        }] += 1;
    }
    println!(
        "  benign clusters by size: 2: {}, 3-5: {}, 6-20: {}, >20: {}",
        sizes[0], sizes[1], sizes[2], sizes[3]
    );
    for c in benign.iter().take(3) {
        let kinds: Vec<_> = c.coordination.kinds.iter().map(|k| k.code()).collect();
        println!(
            "  largest benign: {} accounts, kinds {kinds:?}",
            c.members.len()
        );
    }
    println!(
        "  hydras {hydras} ({} accounts): worst coverage {worst_cov:.3}, worst purity {worst_pur:.3}",
        n / 100
    );
}
