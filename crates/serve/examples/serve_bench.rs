//! Benchmarks of `distillguard serve` as a separate process on loopback (see docs/serve.md,
//! "Benchmarks"): sustained ingest into SQLite, decision latency at a fixed rate while ingest
//! runs (at full speed, and paced at `--pace` events/s), restart time for 100 k accounts from
//! a snapshot and from a replay of the whole log, and overload at 10× the sustainable ingest
//! rate.
//!
//! ```sh
//! cargo build --release -p distillguard
//! cargo run --release -p dg-serve --example serve_bench -- \
//!     --bin target/release/distillguard [--dir out/serve-bench] [ingest|restart|overload|all]
//! ```
//!
//! The server and this client share the machine, as a gateway and distillguard would not:
//! the client's own CPU is part of every figure. Figures are printed, never asserted.

use std::collections::BTreeMap;
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering::Relaxed};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

type Res<T> = Result<T, Box<dyn std::error::Error + Send + Sync>>;

struct Opts {
    bin: PathBuf,
    dir: PathBuf,
    what: String,
    /// Concurrent ingest clients.
    clients: usize,
    /// Events per ingest request.
    chunk: usize,
    /// Decisions per second asked while ingest runs.
    decide_rate: u64,
    /// Overload: seconds, and the sustainable rate it multiplies (measured when 0).
    overload_secs: u64,
    rate: f64,
    /// `serve --ingest-slots`.
    slots: usize,
    /// Events per second of the paced ingest run (the issue's sustained target).
    pace: f64,
    /// `limits.parse_workers` of the server, when given.
    parse_workers: Option<usize>,
    /// `limits.work_nice` of the server, when given.
    work_nice: Option<i32>,
    /// `limits.work_idle` of the server, when given.
    work_idle: Option<bool>,
    /// Decisions asked on a decision listener of their own (`decision_listen`).
    decision_listen: bool,
    /// Nice value of this client's ingest threads (the decision client's thread keeps 0).
    client_nice: i32,
}

fn opts() -> Res<Opts> {
    let mut o = Opts {
        bin: PathBuf::from("target/release/distillguard"),
        dir: PathBuf::from("out/serve-bench"),
        what: "all".into(),
        clients: 4,
        chunk: 2000,
        decide_rate: 5000,
        overload_secs: 30,
        rate: 0.0,
        slots: 4,
        pace: 50_000.0,
        parse_workers: None,
        work_nice: None,
        work_idle: None,
        decision_listen: false,
        client_nice: 10,
    };
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        let mut val = || args.next().ok_or_else(|| format!("{a} needs a value"));
        match a.as_str() {
            "--bin" => o.bin = val()?.into(),
            "--dir" => o.dir = val()?.into(),
            "--clients" => o.clients = val()?.parse()?,
            "--chunk" => o.chunk = val()?.parse()?,
            "--decide-rate" => o.decide_rate = val()?.parse()?,
            "--overload-secs" => o.overload_secs = val()?.parse()?,
            "--rate" => o.rate = val()?.parse()?,
            "--slots" => o.slots = val()?.parse()?,
            "--pace" => o.pace = val()?.parse()?,
            "--parse-workers" => o.parse_workers = Some(val()?.parse()?),
            "--work-nice" => o.work_nice = Some(val()?.parse()?),
            "--work-idle" => o.work_idle = Some(val()?.parse()?),
            "--decision-listen" => o.decision_listen = true,
            "--client-nice" => o.client_nice = val()?.parse()?,
            "ingest" | "restart" | "overload" | "all" => o.what = a,
            _ => return Err(format!("unknown argument {a}").into()),
        }
    }
    Ok(o)
}

/// A simulated data set in `dir/name`, made once by `distillguard simulate` (deterministic).
fn data(o: &Opts, name: &str, scale: &str, seed: u64, toml: &str) -> Res<PathBuf> {
    let out = o.dir.join(name);
    if out.join("events.jsonl").is_file() {
        return Ok(out);
    }
    eprintln!("simulating {name} ...");
    let cfg = o.dir.join(format!("{name}.toml"));
    std::fs::write(&cfg, toml)?;
    let tmp = o.dir.join(format!("{name}.tmp"));
    let _ = std::fs::remove_dir_all(&tmp);
    let status = Command::new(&o.bin)
        .args([
            "simulate",
            "--scale",
            scale,
            "--seed",
            &seed.to_string(),
            "--config",
        ])
        .arg(&cfg)
        .arg("--out")
        .arg(&tmp)
        .status()?;
    if !status.success() {
        return Err(format!("simulate failed: {status}").into());
    }
    std::fs::rename(&tmp, &out)?;
    Ok(out)
}

fn lines(p: &Path) -> Res<Vec<String>> {
    Ok(std::fs::read_to_string(p)?
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(str::to_string)
        .collect())
}

/// NDJSON bodies of `chunk` lines each.
fn bodies(lines: &[String], chunk: usize) -> Vec<Vec<u8>> {
    lines
        .chunks(chunk)
        .map(|c| {
            let mut b = c.join("\n").into_bytes();
            b.push(b'\n');
            b
        })
        .collect()
}

/// A `distillguard serve` child process.
struct Served {
    child: Child,
    base: String,
    /// Where decisions are asked: `base`, or the decision listener with `--decision-listen`.
    decide_base: String,
    /// Spawn to "listening": the log replay included.
    startup: Duration,
}

impl Served {
    fn start(o: &Opts, data: &Path, store: &Path) -> Res<Self> {
        Self::start_with(o, data, store, &[])
    }

    /// [`start`](Self::start) with environment overrides of the configuration.
    fn start_with(o: &Opts, data: &Path, store: &Path, env: &[(&str, &str)]) -> Res<Self> {
        let t0 = Instant::now();
        let workers = o.parse_workers.map(|n| n.to_string());
        let nice = o.work_nice.map(|n| n.to_string());
        let idle = o.work_idle.map(|b| b.to_string());
        let own = o.decision_listen.then_some("127.0.0.1:0");
        let mut child = Command::new(&o.bin)
            .envs(env.iter().copied())
            .envs(
                workers
                    .iter()
                    .map(|n| ("DISTILLGUARD_LIMITS__PARSE_WORKERS", n.as_str())),
            )
            .envs(
                nice.iter()
                    .map(|n| ("DISTILLGUARD_LIMITS__WORK_NICE", n.as_str())),
            )
            .envs(
                idle.iter()
                    .map(|b| ("DISTILLGUARD_LIMITS__WORK_IDLE", b.as_str())),
            )
            .envs(
                own.iter()
                    .map(|a| ("DISTILLGUARD_DECISION_LISTEN", format!("\"{a}\""))),
            )
            .arg("serve")
            .args(["--listen", "127.0.0.1:0", "--data-dir"])
            .arg(store)
            .arg("--policy")
            .arg(data.join("policy.toml"))
            .arg("--ip-ranges")
            .arg(data.join("ip_ranges.csv"))
            .arg("--releases")
            .arg(data.join("releases.csv"))
            .args(["--ingest-slots", &o.slots.to_string()])
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()?;
        let stderr = child.stderr.take().ok_or("no stderr")?;
        let (tx, rx) = std::sync::mpsc::channel();
        let (dtx, drx) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            let mut tx = Some(tx);
            let mut dtx = Some(dtx);
            for line in BufReader::new(stderr).lines().map_while(Result::ok) {
                if let Some(rest) = line.split("listening on http://").nth(1) {
                    if let Some(tx) = tx.take() {
                        let _ = tx.send(rest.split_whitespace().next().unwrap_or("").to_string());
                    }
                }
                if let Some(rest) = line.split("decisions on http://").nth(1) {
                    if let Some(tx) = dtx.take() {
                        let _ = tx.send(rest.split_whitespace().next().unwrap_or("").to_string());
                    }
                }
            }
        });
        let addr = rx
            .recv_timeout(Duration::from_secs(1800))
            .map_err(|_| "serve did not start")?;
        let decide_addr = if own.is_some() {
            drx.recv_timeout(Duration::from_secs(60))
                .map_err(|_| "serve printed no decision listener")?
        } else {
            addr.clone()
        };
        Ok(Self {
            child,
            base: format!("http://{addr}"),
            decide_base: format!("http://{decide_addr}"),
            startup: t0.elapsed(),
        })
    }

    /// `(VmRSS, VmHWM)` of the server in MiB.
    fn rss(&self) -> (f64, f64) {
        let s = std::fs::read_to_string(format!("/proc/{}/status", self.child.id()))
            .unwrap_or_default();
        let get = |k: &str| {
            s.lines()
                .find(|l| l.starts_with(k))
                .and_then(|l| l.split_whitespace().nth(1))
                .and_then(|v| v.parse::<f64>().ok())
                .map_or(0.0, |kib| kib / 1024.0)
        };
        (get("VmRSS:"), get("VmHWM:"))
    }

    /// CPU seconds (user + system) the server has used so far.
    fn cpu(&self) -> f64 {
        let s =
            std::fs::read_to_string(format!("/proc/{}/stat", self.child.id())).unwrap_or_default();
        // Fields after the parenthesised command name: utime and stime are the 12th and 13th.
        let rest = s.rsplit(')').next().unwrap_or("");
        let f: Vec<f64> = rest
            .split_whitespace()
            .skip(11)
            .take(2)
            .filter_map(|v| v.parse().ok())
            .collect();
        // Clock ticks: 100 a second on Linux.
        f.iter().sum::<f64>() / 100.0
    }

    /// Per thread name (`comm`): (CPU time, time runnable but waiting for a CPU), in seconds,
    /// summed over the server's threads (`/proc/PID/task/*/schedstat`).
    fn threads(&self) -> BTreeMap<String, (f64, f64)> {
        let mut out = BTreeMap::<String, (f64, f64)>::new();
        let dir = format!("/proc/{}/task", self.child.id());
        for t in std::fs::read_dir(dir).into_iter().flatten().flatten() {
            let comm = std::fs::read_to_string(t.path().join("comm")).unwrap_or_default();
            let st = std::fs::read_to_string(t.path().join("schedstat")).unwrap_or_default();
            let v: Vec<f64> = st
                .split_whitespace()
                .take(2)
                .filter_map(|x| x.parse().ok())
                .collect();
            if v.len() == 2 {
                let e = out.entry(comm.trim().to_string()).or_default();
                e.0 += v[0] / 1e9;
                e.1 += v[1] / 1e9;
            }
        }
        out
    }

    fn stop(mut self) -> Res<()> {
        Command::new("kill")
            .args(["-TERM", &self.child.id().to_string()])
            .status()?;
        self.child.wait()?;
        Ok(())
    }
}

impl Drop for Served {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn load() -> String {
    std::fs::read_to_string("/proc/loadavg")
        .unwrap_or_default()
        .split_whitespace()
        .take(3)
        .collect::<Vec<_>>()
        .join(" ")
}

async fn post(http: &reqwest::Client, url: &str, body: Vec<u8>) -> Res<(u16, bool, String)> {
    let r = http.post(url).body(body).send().await?;
    let code = r.status().as_u16();
    let retry = r.headers().contains_key("retry-after");
    Ok((code, retry, r.text().await?))
}

/// Posts every body with `clients` concurrent clients (a 429 is retried after a pause);
/// returns accepted events and wall time. With `pace` (events per second of `chunk`-event
/// bodies), body `i` is not sent before `i · chunk / pace` seconds: ingest at a sustained rate
/// instead of as fast as the server takes it.
async fn ingest(
    http: &reqwest::Client,
    base: &str,
    bodies: Arc<Vec<Vec<u8>>>,
    clients: usize,
) -> Res<(u64, Duration)> {
    let (n, t, _) = ingest_paced(http, base, bodies, clients, None).await?;
    Ok((n, t))
}

/// How the ingest requests were answered: the latency of each `202` (request sent to answer
/// read, µs) and the `429`/`503` answers retried.
#[derive(Default)]
struct Answered {
    lat: Vec<u32>,
    retried: u64,
}

async fn ingest_paced(
    http: &reqwest::Client,
    base: &str,
    bodies: Arc<Vec<Vec<u8>>>,
    clients: usize,
    pace: Option<(f64, usize)>,
) -> Res<(u64, Duration, Answered)> {
    let next = Arc::new(AtomicUsize::new(0));
    let accepted = Arc::new(AtomicU64::new(0));
    let answered = Arc::new(Mutex::new(Answered::default()));
    let t0 = Instant::now();
    let start = tokio::time::Instant::now();
    let mut tasks = Vec::new();
    for _ in 0..clients {
        let (http, url, bodies, next, accepted, answered) = (
            http.clone(),
            format!("{base}/v1/events"),
            Arc::clone(&bodies),
            Arc::clone(&next),
            Arc::clone(&accepted),
            Arc::clone(&answered),
        );
        tasks.push(tokio::spawn(async move {
            loop {
                let i = next.fetch_add(1, Relaxed);
                let Some(b) = bodies.get(i) else {
                    return Ok::<_, String>(());
                };
                if let Some((rate, chunk)) = pace {
                    let due = Duration::from_secs_f64(i as f64 * chunk as f64 / rate);
                    tokio::time::sleep_until(start + due).await;
                }
                loop {
                    let sent = Instant::now();
                    let (code, _, text) = post(&http, &url, b.clone())
                        .await
                        .map_err(|e| e.to_string())?;
                    let us = sent.elapsed().as_micros().min(u128::from(u32::MAX)) as u32;
                    {
                        let mut a = answered.lock().unwrap_or_else(|e| e.into_inner());
                        if code == 202 {
                            a.lat.push(us);
                        } else {
                            a.retried += 1;
                        }
                    }
                    if code == 202 {
                        let v: serde_json::Value =
                            serde_json::from_str(&text).map_err(|e| e.to_string())?;
                        accepted.fetch_add(v["accepted"].as_u64().unwrap_or(0), Relaxed);
                        break;
                    }
                    if code != 429 && code != 503 {
                        return Err(format!("ingest answered {code}: {text}"));
                    }
                    tokio::time::sleep(Duration::from_millis(50)).await;
                }
            }
        }));
    }
    for t in tasks {
        t.await??;
    }
    let elapsed = t0.elapsed();
    let answered = std::mem::take(&mut *answered.lock().unwrap_or_else(|e| e.into_inner()));
    Ok((accepted.load(Relaxed), elapsed, answered))
}

/// Waits until the server's detector is done with every acknowledged event (`events_pending`
/// 0; a server from before that field answers after its fold, so it has none to wait for).
async fn settle(http: &reqwest::Client, base: &str) -> Res<()> {
    loop {
        let s: serde_json::Value = http
            .get(format!("{base}/v1/status"))
            .send()
            .await?
            .json()
            .await?;
        if s["events_pending"].as_u64().unwrap_or(0) == 0 {
            return Ok(());
        }
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
}

/// What the decision client saw: latencies in µs (request sent to answer read), how late each
/// request was sent after its due time (µs), and the failed (or, past 256 in flight, not sent).
struct Decided {
    lat: Vec<u32>,
    late: Vec<u32>,
    failed: u64,
}

/// [`decide_load`] on a thread of its own with its own single-threaded runtime and
/// connections, as a gateway would be: its timing does not depend on the ingest clients'
/// tasks (which copy megabyte bodies) being scheduled.
fn decide_thread(
    base: String,
    ids: Arc<Vec<String>>,
    rate: u64,
    stop: Arc<AtomicUsize>,
) -> std::thread::JoinHandle<Res<Decided>> {
    // Named, so its scheduling can be read (and set) from outside by thread name.
    let spawned = std::thread::Builder::new()
        .name("decide-client".into())
        .spawn(move || {
            let rt = tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()?;
            let http = reqwest::Client::builder()
                .pool_max_idle_per_host(512)
                .build()?;
            Ok(rt.block_on(decide_load(http, base, ids, rate, stop)))
        });
    spawned.expect("spawn the decision client's thread")
}

/// Asks `rate` decisions a second (open loop, 1 ms ticks, at most 256 in flight) until `stop`
/// is set.
async fn decide_load(
    http: reqwest::Client,
    base: String,
    ids: Arc<Vec<String>>,
    rate: u64,
    stop: Arc<AtomicUsize>,
) -> Decided {
    let t0 = Instant::now();
    let mut late = Vec::new();
    let lat = Arc::new(Mutex::new(Vec::<u32>::new()));
    let failed = Arc::new(AtomicU64::new(0));
    let mut tick = tokio::time::interval(Duration::from_millis(1));
    tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Burst);
    let per_tick = rate as f64 / 1000.0;
    let mut owed = 0.0;
    let mut k: u64 = 0;
    let mut k_sent: u64 = 0;
    let mut pending = Vec::new();
    let in_flight = Arc::new(AtomicUsize::new(0));
    while stop.load(Relaxed) == 0 {
        tick.tick().await;
        owed += per_tick;
        while owed >= 1.0 {
            owed -= 1.0;
            // Due at the n-th 1/rate interval since the start.
            let due = Duration::from_secs_f64((k_sent as f64) / rate as f64);
            k_sent += 1;
            late.push(
                t0.elapsed()
                    .saturating_sub(due)
                    .as_micros()
                    .min(u32::MAX as u128) as u32,
            );
            // A client that cannot keep up (a loaded machine) would otherwise open a
            // connection per late request, tens of thousands: beyond 256 in flight the
            // decision is counted as failed, not sent.
            if in_flight.load(Relaxed) >= 256 {
                failed.fetch_add(1, Relaxed);
                continue;
            }
            k = k
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            let id = &ids[(k >> 33) as usize % ids.len()];
            let url = format!("{base}/v1/decisions/{id}");
            let (http, lat, failed) = (http.clone(), Arc::clone(&lat), Arc::clone(&failed));
            let in_flight = Arc::clone(&in_flight);
            in_flight.fetch_add(1, Relaxed);
            pending.push(tokio::spawn(async move {
                let t = Instant::now();
                let _done = Done(in_flight);
                match http.get(&url).send().await {
                    Ok(r) if r.status().is_success() => {
                        if r.bytes().await.is_ok() {
                            let us = t.elapsed().as_micros().min(u32::MAX as u128) as u32;
                            lat.lock().unwrap_or_else(|e| e.into_inner()).push(us);
                            return;
                        }
                        failed.fetch_add(1, Relaxed);
                    }
                    _ => {
                        failed.fetch_add(1, Relaxed);
                    }
                }
            }));
        }
        if pending.len() > 4096 {
            pending.retain(|h: &tokio::task::JoinHandle<()>| !h.is_finished());
        }
    }
    for h in pending {
        let _ = h.await;
    }
    let v = std::mem::take(&mut *lat.lock().unwrap_or_else(|e| e.into_inner()));
    Decided {
        lat: v,
        late,
        failed: failed.load(Relaxed),
    }
}

/// Counts a request out of flight when its task ends, however it ends.
struct Done(Arc<AtomicUsize>);

impl Drop for Done {
    fn drop(&mut self) {
        self.0.fetch_sub(1, Relaxed);
    }
}

/// The server's `/metrics` lines of the decision histogram and the board's lock waits.
async fn scrape(http: &reqwest::Client, base: &str) -> BTreeMap<String, f64> {
    let Ok(r) = http.get(format!("{base}/metrics")).send().await else {
        return BTreeMap::new();
    };
    let text = r.text().await.unwrap_or_default();
    text.lines()
        .filter(|l| {
            l.starts_with("distillguard_decision_seconds")
                || l.starts_with("distillguard_board_wait")
        })
        .filter_map(|l| {
            let (k, v) = l.rsplit_once(' ')?;
            Some((k.to_string(), v.parse().ok()?))
        })
        .collect()
}

/// Prints what the server measured itself between two scrapes: its decision histogram (board
/// look-up only) and how many decisions waited for a publication's lock.
fn print_server_side(before: &BTreeMap<String, f64>, after: &BTreeMap<String, f64>) {
    let d = |k: &str| after.get(k).copied().unwrap_or(0.0) - before.get(k).copied().unwrap_or(0.0);
    let total = d("distillguard_decision_seconds_count");
    let mut buckets = String::new();
    for (k, _) in after.iter().filter(|(k, _)| k.contains("_bucket")) {
        let le = k.split('"').nth(1).unwrap_or("?");
        buckets.push_str(&format!(" ≤{le}s:{:.0}", d(k)));
    }
    println!(
        "server side: {total:.0} decisions, mean board look-up {:.1} µs; cumulative buckets{buckets}",
        d("distillguard_decision_seconds_sum") / total.max(1.0) * 1e6
    );
    println!(
        "server side: {:.0} decisions waited for a publication's lock on the board, {:.3} ms in all",
        d("distillguard_board_waits_total"),
        d("distillguard_board_wait_seconds_total") * 1e3
    );
}

/// Prints the server's CPU and run-queue wait by thread name between two readings.
fn print_threads(before: &BTreeMap<String, (f64, f64)>, after: &BTreeMap<String, (f64, f64)>) {
    let rows: Vec<String> = after
        .iter()
        .map(|(k, (cpu, wait))| {
            let (c0, w0) = before.get(k).copied().unwrap_or_default();
            format!(
                "{k}: cpu {:.2} s, waited for a CPU {:.2} s",
                cpu - c0,
                wait - w0
            )
        })
        .collect();
    println!("server threads: {}", rows.join("; "));
}

fn pct(sorted: &[u32], p: f64) -> f64 {
    if sorted.is_empty() {
        return f64::NAN;
    }
    let i = ((sorted.len() as f64 * p).ceil() as usize).clamp(1, sorted.len()) - 1;
    sorted[i] as f64 / 1000.0
}

async fn post_accounts(http: &reqwest::Client, base: &str, data: &Path) -> Res<()> {
    for b in bodies(&lines(&data.join("accounts.jsonl"))?, 50_000) {
        let (code, _, text) = post(http, &format!("{base}/v1/accounts"), b).await?;
        if code != 202 {
            return Err(format!("accounts answered {code}: {text}").into());
        }
    }
    Ok(())
}

fn account_ids(data: &Path) -> Res<Vec<String>> {
    lines(&data.join("accounts.jsonl"))?
        .iter()
        .map(|l| {
            let v: serde_json::Value = serde_json::from_str(l)?;
            Ok(v["account_id"].as_str().unwrap_or("").to_string())
        })
        .collect()
}

/// Ingest alone, then ingest with decisions at `decide_rate`; returns the sustained rate of
/// the first run.
async fn bench_ingest(o: &Opts, http: &reqwest::Client) -> Res<f64> {
    let data = data(o, "medium-9", "medium", 9, "")?;
    let events = lines(&data.join("events.jsonl"))?;
    let mb: usize = events.iter().map(|l| l.len() + 1).sum();
    let bodies = Arc::new(bodies(&events, o.chunk));
    let ids = Arc::new(account_ids(&data)?);
    drop(events);
    let mut rate = 0.0;
    for (with_decisions, paced) in [(false, false), (true, false), (true, true)] {
        let pace = paced.then_some((o.pace, o.chunk));
        let store = o.dir.join("store-ingest");
        let _ = std::fs::remove_dir_all(&store);
        let s = Served::start(o, &data, &store)?;
        post_accounts(http, &s.base, &data).await?;
        let stop = Arc::new(AtomicUsize::new(0));
        let dec = with_decisions.then(|| {
            decide_thread(
                s.decide_base.clone(),
                Arc::clone(&ids),
                o.decide_rate,
                Arc::clone(&stop),
            )
        });
        let load0 = load();
        let cpu0 = s.cpu();
        let threads0 = s.threads();
        let metrics0 = scrape(http, &s.base).await;
        let (n, t, mut answered) =
            ingest_paced(http, &s.base, Arc::clone(&bodies), o.clients, pace).await?;
        stop.store(1, Relaxed);
        answered.lat.sort_unstable();
        let a = &answered.lat;
        println!(
            "ingest answers (POST /v1/events, {} events each): {} answered 202, latency ms p50 \
             {:.3} p90 {:.3} p99 {:.3} p99.9 {:.3} max {:.3}; {} answered 429/503 and retried",
            o.chunk,
            a.len(),
            pct(a, 0.5),
            pct(a, 0.9),
            pct(a, 0.99),
            pct(a, 0.999),
            pct(a, 1.0),
            answered.retried
        );
        let t_settle = Instant::now();
        settle(http, &s.base).await?;
        println!(
            "detector caught up {:.2} s after the last answer",
            t_settle.elapsed().as_secs_f64()
        );
        let cpu = s.cpu() - cpu0;
        let r = n as f64 / t.as_secs_f64();
        let (_, hwm) = s.rss();
        println!(
            "ingest{}{}: {n} events ({:.0} MB NDJSON) in {:.1} s = {r:.0} events/s ({:.1} MB/s); \
             {} clients × {} events/request; server CPU {cpu:.1} s = {:.1} µs/event \
             ({:.0} events per server CPU-second); server peak RSS {hwm:.0} MiB; \
             load before {load0}, after {}",
            if paced {
                format!(" paced at {:.0} events/s", o.pace)
            } else {
                String::new()
            },
            if with_decisions { " + decisions" } else { "" },
            mb as f64 / 1e6,
            t.as_secs_f64(),
            mb as f64 / 1e6 / t.as_secs_f64(),
            o.clients,
            o.chunk,
            cpu * 1e6 / n.max(1) as f64,
            n as f64 / cpu.max(1e-9),
            load()
        );
        if let Some(d) = dec {
            let Decided {
                mut lat,
                mut late,
                failed,
            } = tokio::task::spawn_blocking(move || d.join())
                .await?
                .map_err(|_| "the decision client panicked")??;
            late.sort_unstable();
            println!(
                "decision client: sent late by ms p50 {:.3} p99 {:.3} max {:.3} (its own scheduling)",
                pct(&late, 0.5),
                pct(&late, 0.99),
                pct(&late, 1.0)
            );
            print_server_side(&metrics0, &scrape(http, &s.base).await);
            print_threads(&threads0, &s.threads());
            lat.sort_unstable();
            println!(
                "decisions during {} ingest: {} answered ({:.0}/s asked over {:.1} s), {failed} failed; \
                 latency ms p50 {:.3} p90 {:.3} p99 {:.3} p99.9 {:.3} max {:.3}",
                if paced { "paced" } else { "full-speed" },
                lat.len(),
                o.decide_rate,
                t.as_secs_f64(),
                pct(&lat, 0.5),
                pct(&lat, 0.9),
                pct(&lat, 0.99),
                pct(&lat, 0.999),
                pct(&lat, 1.0)
            );
        } else {
            rate = r;
        }
        s.stop()?;
    }
    Ok(rate)
}

/// Stores a day with 100 k accounts, stops the server and times the restart.
async fn bench_restart(o: &Opts, http: &reqwest::Client) -> Res<()> {
    let data = data(
        o,
        "restart-100k",
        "medium",
        11,
        "days = 1\n[populations.individual]\naccounts = 100000\nrate_per_day = 3.0\n",
    )?;
    let store = o.dir.join("store-restart");
    let _ = std::fs::remove_dir_all(&store);
    let s = Served::start(o, &data, &store)?;
    post_accounts(http, &s.base, &data).await?;
    let bodies = Arc::new(bodies(&lines(&data.join("events.jsonl"))?, o.chunk));
    let (n, _) = ingest(http, &s.base, bodies, o.clients).await?;
    settle(http, &s.base).await?;
    let status: serde_json::Value = http
        .get(format!("{}/v1/status", s.base))
        .send()
        .await?
        .json()
        .await?;
    // The graceful stop writes the snapshot the `snapshot` runs restore.
    s.stop()?;
    let snapshot_bytes = std::fs::metadata(store.join("detector.snapshot"))
        .map(|m| m.len())
        .unwrap_or(0);
    // Alternated, so that both kinds see the same neighbours' load.
    for (run, from) in [
        (1, "replay"),
        (1, "snapshot"),
        (2, "replay"),
        (2, "snapshot"),
    ] {
        let load0 = load();
        let env: &[(&str, &str)] = if from == "replay" {
            &[("DISTILLGUARD_SNAPSHOT__ENABLED", "false")]
        } else {
            &[]
        };
        let s = Served::start_with(o, &data, &store, env)?;
        let cpu = s.cpu();
        let again: serde_json::Value = http
            .get(format!("{}/v1/status", s.base))
            .send()
            .await?
            .json()
            .await?;
        let (_, hwm) = s.rss();
        println!(
            "restart {run} from {from}: {} accounts with events ({} sign-up records), {n} events \
             in the log: ready in {:.2} s ({}), server CPU {cpu:.1} s; peak RSS {hwm:.0} MiB; \
             load before {load0}",
            again["accounts"],
            account_ids(&data)?.len(),
            s.startup.as_secs_f64(),
            if from == "replay" {
                "replay of the whole log".to_string()
            } else {
                format!(
                    "snapshot of {:.1} MB, nothing after it",
                    snapshot_bytes as f64 / 1e6
                )
            }
        );
        if again["events_folded"] != status["events_folded"] {
            return Err(format!("restart changed the counts: {status} vs {again}").into());
        }
        s.stop()?;
    }
    Ok(())
}

/// Event bodies with room for a fresh prefix on every request id, so that every request of
/// the overload carries new events (re-sent ones would be cheap duplicates).
struct Fresh {
    template: Vec<u8>,
    /// Offsets of the 10 prefix digits of each line.
    slots: Vec<usize>,
}

fn fresh_templates(lines: &[String], chunk: usize) -> Vec<Fresh> {
    const KEY: &str = "\"request_id\":\"";
    lines
        .chunks(chunk)
        .map(|c| {
            let mut template = Vec::new();
            let mut slots = Vec::new();
            for l in c {
                match l.find(KEY) {
                    Some(at) => {
                        let cut = at + KEY.len();
                        template.extend_from_slice(&l.as_bytes()[..cut]);
                        slots.push(template.len());
                        template.extend_from_slice(b"0000000000-");
                        template.extend_from_slice(&l.as_bytes()[cut..]);
                    }
                    None => template.extend_from_slice(l.as_bytes()),
                }
                template.push(b'\n');
            }
            Fresh { template, slots }
        })
        .collect()
}

/// 10× the sustainable rate for `overload_secs`: answers by status, peak RSS, recovery.
async fn bench_overload(o: &Opts, http: &reqwest::Client, sustainable: f64) -> Res<()> {
    let data = data(o, "medium-9", "medium", 9, "")?;
    let events = lines(&data.join("events.jsonl"))?;
    let templates = Arc::new(fresh_templates(
        &events[..events.len().min(200_000)],
        o.chunk,
    ));
    drop(events);
    let store = o.dir.join("store-overload");
    let _ = std::fs::remove_dir_all(&store);
    let s = Served::start(o, &data, &store)?;
    let (rss0, _) = s.rss();
    let offered = sustainable * 10.0;
    let per_sec = offered / o.chunk as f64;
    println!(
        "overload: offering {offered:.0} events/s ({per_sec:.0} requests/s of {} events) for {} s; \
         sustainable {sustainable:.0}/s; load before {}",
        o.chunk,
        o.overload_secs,
        load()
    );
    let counts = Arc::new(Mutex::new(BTreeMap::<String, u64>::new()));
    let in_flight = Arc::new(AtomicUsize::new(0));
    let peak_rss = Arc::new(Mutex::new(0f64));
    let t0 = Instant::now();
    let end = t0 + Duration::from_secs(o.overload_secs);
    let mut tick = tokio::time::interval(Duration::from_millis(10));
    tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Burst);
    let mut owed = 0.0;
    let mut n: u64 = 0;
    let mut skipped = 0u64;
    let mut handles = Vec::new();
    let url = format!("{}/v1/events", s.base);
    while Instant::now() < end {
        tick.tick().await;
        owed += per_sec / 100.0;
        let (rss, _) = s.rss();
        {
            let mut p = peak_rss.lock().unwrap_or_else(|e| e.into_inner());
            *p = p.max(rss);
        }
        while owed >= 1.0 {
            owed -= 1.0;
            // A client cannot hold unbounded connections either: beyond 256 requests in
            // flight the offered request is counted as not sent.
            if in_flight.load(Relaxed) >= 256 {
                skipped += 1;
                continue;
            }
            n += 1;
            let t = &templates[(n as usize) % templates.len()];
            let mut body = t.template.clone();
            let digits = format!("{:010}", n);
            for &at in &t.slots {
                body[at..at + 10].copy_from_slice(digits.as_bytes());
            }
            let (http, url, counts, in_flight) = (
                http.clone(),
                url.clone(),
                Arc::clone(&counts),
                Arc::clone(&in_flight),
            );
            in_flight.fetch_add(1, Relaxed);
            handles.push(tokio::spawn(async move {
                let key = match post(&http, &url, body).await {
                    Ok((code, retry, _)) => {
                        format!("{code}{}", if retry { " with Retry-After" } else { "" })
                    }
                    Err(_) => "connection error".into(),
                };
                in_flight.fetch_sub(1, Relaxed);
                *counts
                    .lock()
                    .unwrap_or_else(|e| e.into_inner())
                    .entry(key)
                    .or_default() += 1;
            }));
        }
        if handles.len() > 4096 {
            handles.retain(|h: &tokio::task::JoinHandle<()>| !h.is_finished());
        }
    }
    for h in handles {
        let _ = h.await;
    }
    let elapsed = t0.elapsed();
    let (rss_end, hwm) = s.rss();
    println!(
        "overload: {n} requests sent in {:.1} s, {skipped} not sent (256 in flight); answers: {:?}",
        elapsed.as_secs_f64(),
        counts.lock().unwrap_or_else(|e| e.into_inner())
    );
    println!(
        "overload: server RSS {rss0:.0} MiB before, {:.0} MiB max sampled, {rss_end:.0} MiB after; \
         peak (VmHWM) {hwm:.0} MiB; load after {}",
        *peak_rss.lock().unwrap_or_else(|e| e.into_inner()),
        load()
    );
    // Recovery: a fresh request is accepted and a decision answers.
    let t1 = Instant::now();
    let t = &templates[0];
    let mut body = t.template.clone();
    for &at in &t.slots {
        body[at..at + 10].copy_from_slice(b"9999999999");
    }
    let accepted = loop {
        let (code, _, text) = post(http, &url, body.clone()).await?;
        if code == 202 {
            break text;
        }
        if t1.elapsed() > Duration::from_secs(60) {
            return Err(format!("not recovered after 60 s: {code}").into());
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    };
    let d = http
        .get(format!("{}/v1/decisions/nobody", s.base))
        .send()
        .await?;
    println!(
        "recovery: a fresh request accepted {:.2} s after the overload ({accepted}); decision answers {}",
        t1.elapsed().as_secs_f64(),
        d.status()
    );
    s.stop()?;
    Ok(())
}

fn main() -> Res<()> {
    let o = opts()?;
    let nice = o.client_nice;
    // The ingest clients stand in for log shippers on other machines: their threads yield to
    // the server's request workers and to the decision client (which keeps this thread's
    // priority, as does the server process).
    tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .on_thread_start(move || {
            dg_serve::work::set_own_priority(dg_serve::work::Priority { nice, idle: false })
        })
        .build()?
        .block_on(run(o))
}

async fn run(o: Opts) -> Res<()> {
    std::fs::create_dir_all(&o.dir)?;
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    println!("machine: {cores} cores; load {}", load());
    let http = reqwest::Client::builder()
        .pool_max_idle_per_host(512)
        .build()?;
    let mut rate = o.rate;
    if o.what == "ingest" || o.what == "all" {
        rate = bench_ingest(&o, &http).await?;
    }
    if o.what == "restart" || o.what == "all" {
        bench_restart(&o, &http).await?;
    }
    if o.what == "overload" || o.what == "all" {
        if rate <= 0.0 {
            return Err("overload needs --rate (events/s) or the ingest run first".into());
        }
        bench_overload(&o, &http, rate).await?;
    }
    Ok(())
}
