//! Wall time and memory of linking: graph build and communities over synthetic accounts with a
//! realistic degree distribution (most values rare, a few huge), plus embedded hydras; and the
//! two dense inputs the scanner links on the medium simulation.
//!
//! Run: `cargo bench -p dg-detect --bench link`. `LINK_BENCH=dense` runs only the dense
//! workloads, `LINK_BENCH=million` only the large one (1,000,000 accounts; set
//! `LINK_BENCH_ACCOUNTS` for another size).
//!
//! * **Dense** (timed loop, min and median of `LINK_BENCH_REPS` (default 30) repetitions of
//!   `build` + `clusters`): `relink` mimics a periodic relink, 1,000 candidate accounts of which
//!   800 belong to four campaigns (200 each: 50 proxy exits in six /24s rotated per request,
//!   cards shared by runs of 20-25, 2-5 frames, traffic in most 10-minute buckets for three
//!   days, sign-up bursts) and 200 organic ones; `final` the final link over 7,600 accounts
//!   (6,000 individuals with home addresses, popular clients and gmail-like email patterns, an
//!   enterprise of 300 on 3 NAT addresses with one card and org, a university of 400 on 3
//!   campus addresses, 100 users of an app behind a cloud egress, and the 800 attackers).
//!   Account ids are shuffled, as the scanner's are. `LINK_BENCH_DENSE=relink` (or `final`)
//!   runs one of the two; with `LINK_BENCH_REPS=1` under `valgrind --tool=callgrind` that
//!   gives stable instruction counts on a shared machine.
//! * **Million**: one build and one clustering; peak heap is counted by a wrapping allocator,
//!   so it covers the linker alone (the `AccountLinks` themselves are reported separately). For
//!   the process's peak RSS run the bench binary under `/usr/bin/time -v`.
//!
//! `LINK_BENCH_COMMUNITY=components`, `LINK_BENCH_THREADS` and `LINK_BENCH_WINDOW` change the
//! linker's knobs in both.

use std::alloc::{GlobalAlloc, Layout, System};
use std::net::{IpAddr, Ipv4Addr};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

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

/// The linker's knobs, from the environment (see the module docs).
fn config() -> LinkConfig {
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
    cfg
}

fn main() {
    // `cargo bench` passes `--bench`; any other argument is ignored too.
    let which = std::env::var("LINK_BENCH").unwrap_or_default();
    if which != "million" {
        dense();
    }
    if which != "dense" {
        million();
    }
}

/// Who a dense-world account is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Who {
    Campaign(u8),
    Individual,
    Enterprise,
    Student,
    AppUser,
}

const POPULAR_CLIENTS: [&str; 5] = [
    "t13d1516h2_8daaf6152771_popular_sdk",
    "t13d1517h2_chrome",
    "t13d1715h2_python_requests",
    "t13d1516h2_node_fetch",
    "t13d1812h2_safari",
];
const SHAPES: [&str; 8] = [
    "aaaa.aaaaa",
    "aaaaaaaa",
    "aaaaaa99",
    "aaaa.aaaaaa",
    "aaaaa.aaaa",
    "aaaaaaa",
    "aaaaa99",
    "aaaa9999",
];

fn signup(
    created: i64,
    channel: SignupChannel,
    domain: &str,
    shape: &str,
    payment: Option<String>,
    org: Option<&str>,
) -> AccountLinks {
    let mut a = account(created, domain, shape, payment);
    a.signup_channel = Some(channel);
    a.org_id = org.map(Into::into);
    let mut l = AccountLinks::new();
    l.set_account(&a);
    l
}

fn v4(a: u8, b: u8, c: u8, d: u8) -> IpAddr {
    IpAddr::V4(Ipv4Addr::new(a, b, c, d))
}

/// A frame SimHash with up to `max_bits` random bits flipped.
fn jitter(rng: &mut Rng, frame: u64, max_bits: u64) -> u64 {
    let mut f = frame;
    for _ in 0..rng.below(max_bits + 1) {
        f ^= 1 << rng.below(64);
    }
    f
}

/// The 7,600 accounts of the dense world (see the module docs), in generation order.
fn dense_world() -> Vec<(Who, AccountLinks)> {
    let mut rng = Rng(7_600);
    let mut out: Vec<(Who, AccountLinks)> = Vec::new();
    let range = |rng: &mut Rng, lo: i64, hi: i64| lo + rng.below((hi - lo) as u64) as i64;
    // Campaigns.
    for c in 0..4u8 {
        let first = out.len();
        let (mut card, mut card_left, mut burst) = (String::new(), 0, 0);
        for i in 0..200 {
            if card_left == 0 {
                card = format!("card_{:016x}", rng.next());
                card_left = range(&mut rng, 20, 26);
            }
            card_left -= 1;
            if i % 20 == 0 {
                burst = T0 - range(&mut rng, 3 * DAY, 40 * DAY);
            }
            let created = burst + range(&mut rng, 0, 20 * 60_000);
            let shape = if rng.unit() < 0.7 {
                "aaaaaaa999"
            } else {
                SHAPES[rng.below(8) as usize]
            };
            let domain = ["gmail.com", "outlook.com", "proton.me"][rng.below(3) as usize];
            let l = signup(
                created,
                SignupChannel::Standard,
                domain,
                shape,
                Some(card.clone()),
                None,
            );
            out.push((Who::Campaign(c), l));
        }
        let pool: Vec<IpAddr> = (0..50)
            .map(|i| v4(45, 60 + c, 100 + (i % 6) as u8, 10 + i as u8))
            .collect();
        let frames: Vec<u64> = (0..2 + u64::from(c) % 4)
            .map(|f| mix(0xC0FFEE + (u64::from(c) << 8) + f))
            .collect();
        let mut t = T0;
        while t < T0 + 3 * DAY {
            let k = rng.below(200) as usize;
            let ip = pool[rng.below(50) as usize];
            let f = frames[rng.below(frames.len() as u64) as usize];
            let f = jitter(&mut rng, f, 2);
            let client = if k.is_multiple_of(7) {
                "t13d1715h2_other_sdk"
            } else {
                POPULAR_CLIENTS[0]
            };
            let asn = 14_061 + u32::from(c);
            out[first + k].1.observe(t, ip, Some(asn), f, Some(client));
            t += range(&mut rng, 2_000, 12_000);
        }
    }
    // Individuals.
    let app_frames: Vec<u64> = (0..5).map(|i| mix(0xA99 + i)).collect();
    let domains = [
        "gmail.com",
        "gmail.com",
        "gmail.com",
        "outlook.com",
        "yahoo.com",
    ];
    for _ in 0..6_000 {
        let created = T0 - range(&mut rng, DAY, 365 * DAY);
        let shape = SHAPES[rng.below(8) as usize];
        let domain = domains[rng.below(5) as usize];
        let card = (rng.unit() < 0.7).then(|| format!("card_{:016x}", rng.next()));
        let mut l = signup(created, SignupChannel::Standard, domain, shape, card, None);
        let x = rng.next();
        let home = v4(
            (x % 150) as u8 + 20,
            (x >> 8) as u8,
            (x >> 16) as u8,
            (x >> 24) as u8,
        );
        let own = rng.next();
        let app = (rng.unit() < 0.33).then(|| app_frames[rng.below(5) as usize]);
        let asn = 7922 + rng.below(20) as u32;
        let client = POPULAR_CLIENTS[rng.zipf(5) as usize];
        for _ in 0..rng.heavy(60) {
            let t = T0 + range(&mut rng, 0, 3 * DAY);
            let f = match app {
                Some(a) if rng.unit() < 0.8 => a,
                _ => own,
            };
            let f = jitter(&mut rng, f, 1);
            l.observe(t, home, Some(asn), f, Some(client));
        }
        out.push((Who::Individual, l));
    }
    // Enterprise: one card, one org, three NAT addresses, provisioning batches, a tool frame.
    let card = format!("card_{:016x}", rng.next());
    let nat = [v4(198, 18, 7, 1), v4(198, 18, 7, 2), v4(198, 18, 7, 3)];
    let mut batch = 0;
    for i in 0..300 {
        if i % 30 == 0 {
            batch = T0 - range(&mut rng, 10 * DAY, 200 * DAY);
        }
        let created = batch + range(&mut rng, 0, 45 * 60_000);
        let shape = ["aaaa.aaaaa", "aaaaa.aaaaaa", "a.aaaaaa"][i % 3];
        let mut l = signup(
            created,
            SignupChannel::Enterprise,
            "acme-corp.com",
            shape,
            Some(card.clone()),
            Some("org_acme"),
        );
        let own = rng.next();
        let client = if rng.unit() < 0.8 {
            "t13d1516h2_corp_proxy"
        } else {
            POPULAR_CLIENTS[0]
        };
        for _ in 0..rng.heavy(400) {
            let t =
                T0 + range(&mut rng, 0, 3) * DAY + range(&mut rng, 8 * 3_600_000, 17 * 3_600_000);
            let f = if rng.unit() < 0.5 {
                0x7777_0000_1111_2222
            } else {
                own
            };
            let f = jitter(&mut rng, f, 1);
            l.observe(t, nat[rng.below(3) as usize], Some(64_600), f, Some(client));
        }
        out.push((Who::Enterprise, l));
    }
    // University: three campus addresses, lab-session sign-ups, an assignment frame.
    let campus = [v4(192, 0, 2, 200), v4(192, 0, 2, 201), v4(192, 0, 3, 9)];
    let mut session = 0;
    for i in 0..400 {
        if i % 50 == 0 {
            session = T0 - 20 * DAY + range(&mut rng, 0, 5 * DAY);
        }
        let created = session + range(&mut rng, 0, 50 * 60_000);
        let shape = if i % 2 == 0 { "aaaa9999" } else { "aaaaa.aaaa" };
        let mut l = signup(
            created,
            SignupChannel::Education,
            "uni.example.edu",
            shape,
            None,
            None,
        );
        let own = rng.next();
        for _ in 0..rng.heavy(40) {
            let t = T0 + range(&mut rng, 0, 3 * DAY);
            let f = if rng.unit() < 0.4 {
                0x0dd0_beef_cafe_0042
            } else {
                own
            };
            let ip = campus[rng.below(3) as usize];
            l.observe(
                t,
                ip,
                Some(64_700),
                f,
                Some(POPULAR_CLIENTS[rng.zipf(5) as usize]),
            );
        }
        out.push((Who::Student, l));
    }
    // Users of an app calling through one cloud egress.
    for _ in 0..100 {
        let created = T0 - range(&mut rng, DAY, 365 * DAY);
        let card = Some(format!("card_{:016x}", rng.next()));
        let shape = SHAPES[rng.below(8) as usize];
        let mut l = signup(
            created,
            SignupChannel::Standard,
            "gmail.com",
            shape,
            card,
            None,
        );
        for _ in 0..rng.heavy(30) {
            let t = T0 + range(&mut rng, 0, 3 * DAY);
            l.observe(
                t,
                v4(3, 5, 140, 2),
                Some(16_509),
                0x4444_5555_6666_7777,
                Some(POPULAR_CLIENTS[0]),
            );
        }
        out.push((Who::AppUser, l));
    }
    out
}

/// Min and median of `reps` timings of `f`.
fn time_it(reps: usize, mut f: impl FnMut()) -> (Duration, Duration) {
    let mut t: Vec<Duration> = (0..reps)
        .map(|_| {
            let s = Instant::now();
            f();
            s.elapsed()
        })
        .collect();
    t.sort();
    (t[0], t[t.len() / 2])
}

/// The periodic-relink and final-link workloads, timed.
fn dense() {
    let reps: usize = std::env::var("LINK_BENCH_REPS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(30)
        .max(1);
    let world = dense_world();
    // Shuffled ids, as the scanner numbers accounts in order of first appearance.
    let mut ids: Vec<u32> = (0..world.len() as u32).collect();
    let mut rng = Rng(17);
    for i in (1..ids.len()).rev() {
        ids.swap(i, rng.below(i as u64 + 1) as usize);
    }
    let all: Vec<(u32, &AccountLinks)> = world
        .iter()
        .zip(&ids)
        .map(|((_, l), &id)| (id, l))
        .collect();
    // The relink's candidates: the attackers and 200 organic accounts spread over the groups.
    let mut organic = 0;
    let relink: Vec<(u32, &AccountLinks)> = world
        .iter()
        .zip(&ids)
        .enumerate()
        .filter(|&(i, ((who, _), _))| {
            matches!(who, Who::Campaign(_))
                || (i % 34 == 0 && {
                    organic += 1;
                    organic <= 200
                })
        })
        .map(|(_, ((_, l), &id))| (id, l))
        .collect();
    let mut who = vec![Who::Individual; world.len()];
    for (i, &id) in ids.iter().enumerate() {
        who[id as usize] = world[i].0;
    }
    let who_of = |id: u32| who[id as usize];
    let cfg = config();
    let linker = Linker::new(cfg);
    println!("dense workloads: {reps} repetitions each; times are per build + clusters");
    println!("| workload | accounts | candidates | edges | clusters | build min / median | clusters min / median | total min / median |");
    println!("|---|---|---|---|---|---|---|---|");
    let only = std::env::var("LINK_BENCH_DENSE").unwrap_or_default();
    for (name, input) in [("relink", &relink), ("final", &all)] {
        if !only.is_empty() && only != name {
            continue;
        }
        let graph = linker.build(input);
        let clusters = graph.clusters();
        let s = graph.stats();
        let (b_min, b_med) = time_it(reps, || {
            std::hint::black_box(linker.build(input));
        });
        let (c_min, c_med) = time_it(reps, || {
            std::hint::black_box(graph.clusters());
        });
        let (t_min, t_med) = time_it(reps, || {
            std::hint::black_box(linker.build(input).clusters());
        });
        println!(
            "| {name} | {} | {} | {} | {} | {b_min:.2?} / {b_med:.2?} | {c_min:.2?} / {c_med:.2?} | {t_min:.2?} / {t_med:.2?} |",
            s.accounts,
            s.candidates,
            s.edges,
            clusters.len(),
        );
        let mut sizes: Vec<(usize, String)> = clusters
            .iter()
            .map(|c| {
                let mut w: Vec<Who> = c.members.iter().map(|&m| who_of(m)).collect();
                w.dedup();
                (c.members.len(), format!("{:?}", &w[..w.len().min(3)]))
            })
            .collect();
        sizes.sort_by_key(|b| std::cmp::Reverse(b.0));
        sizes.truncate(8);
        println!("  {name}: {s:?}");
        println!("  {name}: largest clusters {sizes:?}");
    }
}

fn million() {
    let n: usize = std::env::var("LINK_BENCH_ACCOUNTS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(1_000_000);
    let t = Instant::now();
    let before = CURRENT.load(Ordering::Relaxed);
    let (links, hydra_of, events) = population(n);
    // What the population holds at the end: the AccountLinks, inline and their grown sketches
    // (and the small hydra table).
    let held = CURRENT.load(Ordering::Relaxed).saturating_sub(before);
    let gen = t.elapsed();
    let input: Vec<(u32, &AccountLinks)> = links
        .iter()
        .enumerate()
        .map(|(i, l)| (i as u32, l))
        .collect();

    let base = CURRENT.load(Ordering::Relaxed);
    PEAK.store(base, Ordering::Relaxed);
    let t = Instant::now();
    let cfg = config();
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
        "  AccountLinks: {} B each inline, {:.0} MiB inline in all, {:.0} MiB with their heap",
        std::mem::size_of::<AccountLinks>(),
        mib(std::mem::size_of::<AccountLinks>() * n),
        mib(held)
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
