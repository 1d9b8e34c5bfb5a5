//! Runs the world's actors in event-time order and writes the data set to disk, streaming.

use std::cmp::Reverse;
use std::collections::{BTreeMap, BinaryHeap};
use std::fs::File;
use std::io::{BufWriter, Write};
use std::path::Path;

use dg_model::{Event, Timestamp};
use flate2::write::GzEncoder;
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;
use serde::Serialize;

use crate::config::SimConfig;
use crate::corpus::Corpus;
use crate::netpool::NetPool;
use crate::population::{attack, benign};
use crate::world::{at_day, Ctx, World, MODEL_MAIN, MODEL_MINI, MODEL_NEW};
use crate::SimError;

/// Progress report: events written so far and the share of simulated time done.
#[derive(Debug, Clone, Copy)]
pub struct Progress {
    pub events: u64,
    pub fraction: f64,
}

/// What a simulation produced.
#[derive(Debug, Clone, Default, Serialize)]
pub struct SimStats {
    pub accounts: usize,
    pub events: u64,
    /// Exact re-sends written on purpose (the scan must count them as duplicates).
    pub duplicates: u64,
    pub events_per_group: BTreeMap<String, u64>,
    pub accounts_per_group: BTreeMap<String, u64>,
}

fn create(dir: &Path, name: &str) -> Result<BufWriter<File>, SimError> {
    let p = dir.join(name);
    File::create(&p)
        .map(|f| BufWriter::with_capacity(1 << 20, f))
        .map_err(|e| SimError::io(&p, e))
}

fn write_jsonl<T: Serialize>(dir: &Path, name: &str, rows: &[T]) -> Result<(), SimError> {
    let p = dir.join(name);
    let mut w = create(dir, name)?;
    for r in rows {
        serde_json::to_writer(&mut w, r).map_err(|e| SimError::io(&p, e.into()))?;
        w.write_all(b"\n").map_err(|e| SimError::io(&p, e))?;
    }
    w.flush().map_err(|e| SimError::io(&p, e))
}

/// Builds the world for a config.
fn build_world(cfg: &SimConfig, corpus: &Corpus, net: NetPool) -> Result<World, SimError> {
    let start = Timestamp::parse_rfc3339(&cfg.start)
        .map_err(|e| SimError::Config(format!("start {:?}: {e}", cfg.start)))?
        .millis();
    if cfg.days == 0 || cfg.days > 366 {
        return Err(SimError::Config("days must be 1..=366".into()));
    }
    let end = start + i64::from(cfg.days) * Timestamp::DAY;
    let release = at_day(start, cfg.release_day);
    let ban = at_day(start, cfg.ban_day);
    let mut w = World::new(cfg.seed, net, start, end, release, ban);
    w.operator_seed = cfg.operator_seed;
    benign::build(&mut w, &cfg.populations, corpus);
    attack::build(
        &mut w,
        &cfg.populations,
        cfg.hydra_distill_share.clamp(0.0, 1.0),
    );
    if let Some(s) = &cfg.scenario {
        crate::scenario::build(&mut w, s)?;
    }
    // Last, so that the populations above draw the same accounts and traffic as before it.
    crate::population::signups::build(&mut w, &cfg.populations.new_signup);
    Ok(w)
}

/// Writes the whole data set for `cfg` into `out`; `progress` is called now and then.
pub fn simulate(
    cfg: &SimConfig,
    corpus: &Corpus,
    net: NetPool,
    out: &Path,
    progress: &mut dyn FnMut(Progress),
) -> Result<SimStats, SimError> {
    std::fs::create_dir_all(out).map_err(|e| SimError::io(out, e))?;
    let mut w = build_world(cfg, corpus, net)?;
    let mut stats = SimStats {
        accounts: w.accounts.len(),
        ..SimStats::default()
    };

    // Static files, sorted so that nothing but the seed decides their order.
    let mut order: Vec<usize> = (0..w.accounts.len()).collect();
    order.sort_by(|&a, &b| w.accounts[a].account_id.cmp(&w.accounts[b].account_id));
    let accounts: Vec<_> = order.iter().map(|&i| &w.accounts[i]).collect();
    let truth: Vec<_> = order.iter().map(|&i| &w.truth[i]).collect();
    write_jsonl(out, "accounts.jsonl", &accounts)?;
    write_jsonl(out, "truth.jsonl", &truth)?;
    let mut campaigns = w.campaigns.clone();
    campaigns.sort_by(|a, b| a.campaign.cmp(&b.campaign));
    write_jsonl(out, "campaigns.jsonl", &campaigns)?;
    for t in &w.truth {
        *stats.accounts_per_group.entry(t.group.clone()).or_default() += 1;
    }
    write_ip_ranges(out, &w.net)?;
    write_releases(out, w.release)?;
    write_policy(out)?;

    // Events, in event-time order with a little realistic disorder.
    let name = if cfg.gzip {
        "events.jsonl.gz"
    } else {
        "events.jsonl"
    };
    let path = out.join(name);
    let file = create(out, name)?;
    let mut sink: Box<dyn Write> = if cfg.gzip {
        Box::new(ThreadedGz::start(file))
    } else {
        Box::new(file)
    };
    let account_ids: Vec<String> = w.accounts.iter().map(|a| a.account_id.clone()).collect();
    let groups: Vec<String> = w.truth.iter().map(|t| t.group.clone()).collect();
    let index: std::collections::HashMap<&str, usize> = account_ids
        .iter()
        .enumerate()
        .map(|(i, a)| (a.as_str(), i))
        .collect();
    let ctx = Ctx {
        corpus,
        account_ids: &account_ids,
        key_ids: &w.key_ids,
        end: w.end,
        release: w.release,
    };
    let mut heap: BinaryHeap<Reverse<(i64, usize)>> = w
        .actors
        .iter()
        .enumerate()
        .filter(|(_, a)| a.next < w.end)
        .map(|(i, a)| Reverse((a.next, i)))
        .collect();
    let mut export: BinaryHeap<Reverse<(i64, u64, usize)>> = BinaryHeap::new();
    let mut pending: BTreeMap<u64, Event> = BTreeMap::new();
    let mut seq = 0u64;
    let mut fx = ChaCha8Rng::seed_from_u64(cfg.seed ^ 0x5eed_d15a_11e5);
    let mut buf: Vec<Event> = Vec::with_capacity(4);
    let mut line = Vec::with_capacity(8192);
    let span = (w.end - w.start).max(1) as f64;
    while let Some(Reverse((t, i))) = heap.pop() {
        let actor = &mut w.actors[i];
        let next = actor.behaviour.fire(&mut actor.rng, t, &ctx, &mut buf);
        if let Some(n) = next {
            heap.push(Reverse((n.max(t + 1), i)));
        }
        for ev in buf.drain(..) {
            let delay = if fx.gen::<f64>() < cfg.disorder_share {
                fx.gen_range(0..i64::from(cfg.max_disorder_s.max(1)) * 1000)
            } else {
                0
            };
            let acct = index.get(ev.account_id.as_str()).copied().unwrap_or(0);
            export.push(Reverse((ev.ts.millis() + delay, seq, acct)));
            pending.insert(seq, ev);
            seq += 1;
        }
        // Everything keyed at or before `t` is final: later events have later timestamps.
        while let Some(Reverse((k, s, acct))) = export.peek().copied() {
            if k > t {
                break;
            }
            export.pop();
            if let Some(ev) = pending.remove(&s) {
                write_event(&mut sink, &mut line, &ev, cfg, &mut fx, &path, &mut stats)?;
                *stats
                    .events_per_group
                    .entry(groups[acct].clone())
                    .or_default() += 1;
                if stats.events.is_multiple_of(50_000) {
                    progress(Progress {
                        events: stats.events,
                        fraction: ((t - w.start) as f64 / span).clamp(0.0, 1.0),
                    });
                }
            }
        }
    }
    while let Some(Reverse((_, s, acct))) = export.pop() {
        if let Some(ev) = pending.remove(&s) {
            write_event(&mut sink, &mut line, &ev, cfg, &mut fx, &path, &mut stats)?;
            *stats
                .events_per_group
                .entry(groups[acct].clone())
                .or_default() += 1;
        }
    }
    sink.flush().map_err(|e| SimError::io(&path, e))?;
    drop(sink); // joins the compressing thread and reports its error, if any, via flush above
    progress(Progress {
        events: stats.events,
        fraction: 1.0,
    });
    Ok(stats)
}

/// Gzip on its own thread: compression is the slowest stage at large scale, and a second core
/// can do it while the actors make traffic. Order is kept: one writer, one channel.
struct ThreadedGz {
    buf: Vec<u8>,
    tx: Option<std::sync::mpsc::SyncSender<Vec<u8>>>,
    handle: Option<std::thread::JoinHandle<std::io::Result<()>>>,
}

impl ThreadedGz {
    const CHUNK: usize = 1 << 20;

    fn start(file: BufWriter<File>) -> Self {
        let (tx, rx) = std::sync::mpsc::sync_channel::<Vec<u8>>(4);
        let handle = std::thread::spawn(move || -> std::io::Result<()> {
            let mut gz = GzEncoder::new(file, flate2::Compression::fast());
            for chunk in rx {
                gz.write_all(&chunk)?;
            }
            gz.finish()?.flush()
        });
        Self {
            buf: Vec::with_capacity(Self::CHUNK),
            tx: Some(tx),
            handle: Some(handle),
        }
    }

    fn send(&mut self) -> std::io::Result<()> {
        if self.buf.is_empty() {
            return Ok(());
        }
        let chunk = std::mem::replace(&mut self.buf, Vec::with_capacity(Self::CHUNK));
        match &self.tx {
            Some(tx) => tx
                .send(chunk)
                .map_err(|_| std::io::Error::other("gzip writer thread stopped")),
            None => Err(std::io::Error::other("gzip writer closed")),
        }
    }

    /// Sends what is buffered, closes the channel and waits for the file to be complete.
    fn finish(&mut self) -> std::io::Result<()> {
        self.send()?;
        self.tx = None;
        match self.handle.take() {
            Some(h) => h
                .join()
                .map_err(|_| std::io::Error::other("gzip writer thread panicked"))?,
            None => Ok(()),
        }
    }
}

impl Write for ThreadedGz {
    fn write(&mut self, data: &[u8]) -> std::io::Result<usize> {
        self.buf.extend_from_slice(data);
        if self.buf.len() >= Self::CHUNK {
            self.send()?;
        }
        Ok(data.len())
    }

    /// Completes the file: the simulator flushes once, at the end.
    fn flush(&mut self) -> std::io::Result<()> {
        self.finish()
    }
}

fn write_event(
    sink: &mut dyn Write,
    line: &mut Vec<u8>,
    ev: &Event,
    cfg: &SimConfig,
    fx: &mut ChaCha8Rng,
    path: &Path,
    stats: &mut SimStats,
) -> Result<(), SimError> {
    line.clear();
    serde_json::to_writer(&mut *line, ev).map_err(|e| SimError::io(path, e.into()))?;
    if fx.gen::<f64>() < cfg.epoch_ms_share {
        // Exporters differ: some write epoch milliseconds. `ts` follows `request_id`, both ours.
        let text = String::from_utf8_lossy(line).replacen(
            &format!("\"ts\":\"{}\"", ev.ts.to_rfc3339()),
            &format!("\"ts\":{}", ev.ts.millis()),
            1,
        );
        line.clear();
        line.extend_from_slice(text.as_bytes());
    }
    line.push(b'\n');
    sink.write_all(line).map_err(|e| SimError::io(path, e))?;
    stats.events += 1;
    if fx.gen::<f64>() < 0.0003 {
        // An exact re-send, as exporters' retries produce.
        sink.write_all(line).map_err(|e| SimError::io(path, e))?;
        stats.duplicates += 1;
    }
    Ok(())
}

fn write_ip_ranges(out: &Path, net: &NetPool) -> Result<(), SimError> {
    let p = out.join("ip_ranges.csv");
    let mut rows: Vec<_> = net.ranges.iter().collect();
    rows.sort_by(|a, b| {
        (
            a.cidr.addr().is_ipv6(),
            a.cidr.network(),
            a.cidr.prefix_len(),
        )
            .cmp(&(
                b.cidr.addr().is_ipv6(),
                b.cidr.network(),
                b.cidr.prefix_len(),
            ))
    });
    rows.dedup_by(|a, b| a.cidr == b.cidr);
    let mut w = csv::Writer::from_writer(create(out, "ip_ranges.csv")?);
    let err = |e: csv::Error| SimError::Net(format!("{}: {e}", p.display()));
    w.write_record(["cidr", "asn", "as_org", "country", "kind"])
        .map_err(err)?;
    for r in rows {
        w.write_record([
            r.cidr.to_string(),
            r.asn.to_string(),
            r.as_org.clone(),
            r.country.clone(),
            r.kind.as_str().to_string(),
        ])
        .map_err(err)?;
    }
    w.flush().map_err(|e| SimError::io(&p, e))
}

fn write_releases(out: &Path, release: i64) -> Result<(), SimError> {
    let p = out.join("releases.csv");
    let mut w = create(out, "releases.csv")?;
    let text = format!(
        "model,released_at\n{MODEL_MAIN},2025-10-01T00:00:00.000Z\n{MODEL_MINI},2025-11-15T00:00:00.000Z\n{MODEL_NEW},{}\n",
        Timestamp(release).to_rfc3339()
    );
    w.write_all(text.as_bytes())
        .and_then(|_| w.flush())
        .map_err(|e| SimError::io(&p, e))
}

fn write_policy(out: &Path) -> Result<(), SimError> {
    let p = out.join("policy.toml");
    let mut w = create(out, "policy.toml")?;
    let text = "# Operator policy for the simulated provider.\nrestricted_countries = [\"CN\", \"RU\", \"KP\", \"IR\"]\n\n[thresholds]\nreview = 0.5\nthrottle = 0.7\nblock = 0.85\n";
    w.write_all(text.as_bytes())
        .and_then(|_| w.flush())
        .map_err(|e| SimError::io(&p, e))
}
