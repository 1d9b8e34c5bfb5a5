//! `distillguard scan`: score every account of exported logs and write the contract outputs.

use std::fs::File;
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Instant;

use anyhow::Context;
use dg_detect::request::Analyzer;
use dg_detect::scanner::{ScanConfig, Scanner};
use dg_detect::score::Weights;
use dg_ingest::{EventSource, SourceOptions};
use dg_model::{Event, Policy, Rejected, Summary, CONTRACT_VERSION};

use super::data::DataDir;

/// Options of `scan`.
#[derive(clap::Args)]
pub struct Args {
    /// Event files (.jsonl or .jsonl.gz), read in order and merged in event time.
    #[arg(long, num_args = 1.., required = true)]
    events: Vec<PathBuf>,
    /// Sign-up records (accounts.jsonl).
    #[arg(long)]
    accounts: Option<PathBuf>,
    /// Network intelligence (ip_ranges.csv).
    #[arg(long)]
    ip_ranges: Option<PathBuf>,
    /// Model release times (releases.csv).
    #[arg(long)]
    releases: Option<PathBuf>,
    /// Restricted regions and thresholds (policy.toml).
    #[arg(long)]
    policy: Option<PathBuf>,
    /// Account model weights (default: the compiled-in fit).
    #[arg(long)]
    weights: Option<PathBuf>,
    /// Known indicators of named actors: CSV `kind,value,actor` (kinds as in `links`: payment,
    /// ip, subnet, email_pattern, client_fp, org, asn, frame, ...; raw or keyed values).
    #[arg(long)]
    known_indicators: Option<PathBuf>,
    /// Re-link clusters every this many minutes of event time (0: only at the end). Shorter
    /// periods date `first_flagged_at` of cluster-only evidence more finely, at a cost.
    #[arg(long, default_value_t = 180)]
    relink_minutes: u32,
    /// Output directory.
    #[arg(long)]
    out: PathBuf,
    /// Print nothing but errors.
    #[arg(long, short)]
    quiet: bool,
}

/// Input files of one scan.
#[derive(Debug, Clone, Default)]
pub struct Inputs {
    pub events: Vec<PathBuf>,
    pub accounts: Option<PathBuf>,
    pub ip_ranges: Option<PathBuf>,
    pub releases: Option<PathBuf>,
    pub policy: Option<PathBuf>,
    pub weights: Option<PathBuf>,
    /// Re-link period in minutes of event time (0: only at the end).
    pub relink_minutes: u32,
    /// Known indicators CSV.
    pub known_indicators: Option<PathBuf>,
}

/// Runs `scan`.
pub fn run(a: Args) -> anyhow::Result<()> {
    let inputs = Inputs {
        events: a.events,
        accounts: a.accounts,
        ip_ranges: a.ip_ranges,
        releases: a.releases,
        policy: a.policy,
        weights: a.weights,
        relink_minutes: a.relink_minutes,
        known_indicators: a.known_indicators,
    };
    let summary = scan(&inputs, &a.out, !a.quiet)?;
    if !a.quiet {
        print_summary(&summary);
    }
    Ok(())
}

/// Scans a data directory into `out` (used by `eval` and the demo).
pub fn scan_data_dir(
    data: &DataDir,
    out: &Path,
    weights: Option<PathBuf>,
) -> anyhow::Result<Summary> {
    let inputs = Inputs {
        events: data.events.clone(),
        accounts: data.accounts.clone(),
        ip_ranges: data.ip_ranges.clone(),
        releases: data.releases.clone(),
        policy: data.policy.clone(),
        weights,
        relink_minutes: 180,
        known_indicators: None,
    };
    scan(&inputs, out, false)
}

fn load_policy(path: Option<&Path>) -> anyhow::Result<Policy> {
    match path {
        Some(p) => {
            let text =
                std::fs::read_to_string(p).with_context(|| format!("reading {}", p.display()))?;
            toml::from_str(&text).with_context(|| format!("parsing {}", p.display()))
        }
        None => Ok(Policy::default()),
    }
}

fn create(dir: &Path, name: &str) -> anyhow::Result<BufWriter<File>> {
    let p = dir.join(name);
    Ok(BufWriter::new(
        File::create(&p).with_context(|| format!("creating {}", p.display()))?,
    ))
}

/// A finished walk over the events: the scanner's state and the line counters.
pub struct Walked {
    pub scanner: Scanner,
    pub counters: dg_ingest::Counters,
    pub started: Instant,
}

/// Runs a whole scan and writes the contract outputs into `out`.
pub fn scan(inputs: &Inputs, out: &Path, progress: bool) -> anyhow::Result<Summary> {
    let Walked {
        scanner,
        counters,
        started: t0,
    } = walk(inputs, out, progress)?;
    write_outputs(scanner, counters, t0, out)
}

/// Reads every input and walks the events through the scanner; rejected lines go to `out`.
pub fn walk(inputs: &Inputs, out: &Path, progress: bool) -> anyhow::Result<Walked> {
    let t0 = Instant::now();
    std::fs::create_dir_all(out).with_context(|| format!("creating {}", out.display()))?;
    let policy = load_policy(inputs.policy.as_deref())?;
    let weights = match &inputs.weights {
        Some(p) => Weights::from_toml(
            &std::fs::read_to_string(p).with_context(|| format!("reading {}", p.display()))?,
        )?,
        None => Weights::default_weights(),
    };
    // Rejected lines of the side inputs go to their own file: rejected.jsonl is the events'.
    let mut side_rejects = create(out, "rejected_inputs.jsonl")?;
    let mut side_rejected = 0u64;
    let mut side_err: Option<std::io::Error> = None;
    let mut side_sink = |r: Rejected| {
        side_rejected += 1;
        if let Err(e) = serde_json::to_writer(&mut side_rejects, &r)
            .map_err(std::io::Error::from)
            .and_then(|_| side_rejects.write_all(b"\n"))
        {
            side_err.get_or_insert(e);
        }
    };
    let ip_table = match &inputs.ip_ranges {
        Some(p) => Some(dg_ingest::read_ip_ranges([p], &mut side_sink)?),
        None => None,
    };
    let releases = match &inputs.releases {
        Some(p) => dg_ingest::read_releases(p, &mut side_sink)?,
        None => Vec::new(),
    };
    let accounts = match &inputs.accounts {
        Some(p) => {
            dg_ingest::accounts::read_accounts([p.clone()], policy.max_line_bytes, &mut side_sink)?
                .by_id
                .into_iter()
                .collect()
        }
        None => Default::default(),
    };
    if let Some(e) = side_err {
        return Err(e).context("writing rejected_inputs.jsonl");
    }
    side_rejects.flush()?;

    if policy.hash_key.is_empty() {
        eprintln!(
            "warning: no hash_key in the policy: cluster evidence is hashed with a public demo key \
             (key id `unkeyed`); set hash_key before sharing outputs"
        );
    }
    let mut cfg = ScanConfig::new(policy.clone(), weights, releases);
    cfg.relink_every_ms = i64::from(inputs.relink_minutes) * 60_000;
    if let Some(p) = &inputs.known_indicators {
        cfg.indicators = read_indicators(p)?;
    }
    let mut scanner = Scanner::new(cfg, accounts);

    let mut rejected = create(out, "rejected.jsonl")?;
    let mut write_err: Option<std::io::Error> = None;
    let sink = |r: Rejected| {
        if let Err(e) = serde_json::to_writer(&mut rejected, &r)
            .map_err(std::io::Error::from)
            .and_then(|_| rejected.write_all(b"\n"))
        {
            write_err.get_or_insert(e);
        }
    };
    // The analysis and the address lookup are pure, so they run on the parser threads while
    // the line is hot in cache; this thread only de-duplicates, reorders and folds.
    let ip_table = ip_table.map(Arc::new);
    let mut source = EventSource::open_with(
        inputs.events.clone(),
        SourceOptions::from_policy(&policy),
        sink,
        || {
            let mut analyzer = Analyzer::new();
            let table = ip_table.clone();
            move |ev: &mut Event| {
                let range = table.as_ref().and_then(|t| t.lookup_index(ev.ip));
                (Scanner::detach(&mut analyzer, ev), range)
            }
        },
    )?;
    let ranges = ip_table.as_ref().map_or(&[][..], |t| t.ranges());
    let pb = if progress {
        super::progress::bar(0, "{spinner} {elapsed_precise} {msg}")
    } else {
        indicatif::ProgressBar::hidden()
    };
    let mut batch = Vec::with_capacity(8192);
    let mut seen = 0u64;
    let mut next_tick = 0u64;
    while source.next_batch(&mut batch)? {
        seen += batch.len() as u64;
        for (ev, range) in batch.drain(..) {
            scanner.observe_detached(&ev, range.and_then(|i| ranges.get(i)));
        }
        if progress && seen >= next_tick {
            next_tick = seen + 65_536;
            let secs = t0.elapsed().as_secs_f64().max(1e-3);
            pb.set_message(format!(
                "{seen} events, {:.0}/s, {} accounts",
                seen as f64 / secs,
                scanner.accounts()
            ));
            pb.tick();
        }
    }
    pb.finish_and_clear();
    let counters = source.counters();
    drop(source);
    if let Some(e) = write_err {
        return Err(e).context("writing rejected.jsonl");
    }
    rejected.flush()?;
    if side_rejected > 0 {
        eprintln!(
            "warning: {side_rejected} lines of side inputs rejected; see {}",
            out.join("rejected_inputs.jsonl").display()
        );
    }
    Ok(Walked {
        scanner,
        counters,
        started: t0,
    })
}

fn write_outputs(
    mut scanner: Scanner,
    counters: dg_ingest::Counters,
    t0: Instant,
    out: &Path,
) -> anyhow::Result<Summary> {
    let (findings, clusters) = scanner.finish();
    let mut w = create(out, "accounts.jsonl")?;
    for f in &findings {
        serde_json::to_writer(&mut w, f)?;
        w.write_all(b"\n")?;
    }
    w.flush()?;
    let mut w = create(out, "clusters.jsonl")?;
    for c in &clusters {
        serde_json::to_writer(&mut w, c)?;
        w.write_all(b"\n")?;
    }
    w.flush()?;
    let summary = Summary {
        contract_version: CONTRACT_VERSION,
        lines_read: counters.lines_read,
        events_accepted: counters.events_accepted,
        events_rejected: counters.events_rejected,
        duplicates: counters.duplicates,
        accounts: findings.len() as u64,
        accounts_flagged: findings.iter().filter(|f| f.decision.is_flagged()).count() as u64,
        clusters: clusters.len() as u64,
        clusters_flagged: clusters.iter().filter(|c| c.decision.is_flagged()).count() as u64,
        elapsed_ms: t0.elapsed().as_millis() as u64,
    };
    let mut w = create(out, "summary.json")?;
    serde_json::to_writer_pretty(&mut w, &summary)?;
    w.write_all(b"\n")?;
    w.flush()?;
    Ok(summary)
}

/// Reads `kind,value,actor` rows; a malformed row is an error naming its line.
fn read_indicators(path: &Path) -> anyhow::Result<Vec<dg_detect::scanner::Indicator>> {
    let mut rd =
        csv::Reader::from_path(path).with_context(|| format!("opening {}", path.display()))?;
    let mut out = Vec::new();
    for (i, row) in rd.records().enumerate() {
        let row = row.with_context(|| format!("{}: row {}", path.display(), i + 2))?;
        let (Some(kind), Some(value), Some(actor)) = (row.get(0), row.get(1), row.get(2)) else {
            anyhow::bail!(
                "{}: row {}: expected kind,value,actor",
                path.display(),
                i + 2
            );
        };
        anyhow::ensure!(
            dg_detect::link::AttrKind::from_code(kind.trim()).is_some(),
            "{}: row {}: unknown kind {:?}",
            path.display(),
            i + 2,
            kind.chars().take(40).collect::<String>()
        );
        out.push(dg_detect::scanner::Indicator {
            kind: kind.trim().to_string(),
            value: value.trim().to_string(),
            actor: actor.trim().to_string(),
        });
    }
    Ok(out)
}

/// The short table at the end of a scan.
pub fn print_summary(s: &Summary) {
    let secs = s.elapsed_ms as f64 / 1000.0;
    eprintln!("{:<18} {:>12}", "lines read", s.lines_read);
    eprintln!("{:<18} {:>12}", "events accepted", s.events_accepted);
    eprintln!("{:<18} {:>12}", "events rejected", s.events_rejected);
    eprintln!("{:<18} {:>12}", "duplicates", s.duplicates);
    eprintln!("{:<18} {:>12}", "accounts", s.accounts);
    eprintln!("{:<18} {:>12}", "accounts flagged", s.accounts_flagged);
    eprintln!("{:<18} {:>12}", "clusters", s.clusters);
    eprintln!(
        "{:<18} {:>12.1}s ({:.0} events/s)",
        "elapsed",
        secs,
        s.lines_read as f64 / secs.max(1e-3)
    );
}
