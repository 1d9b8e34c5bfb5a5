//! `distillguard scan`: score every account of exported logs and write the contract outputs.
//!
//! Outputs are all-or-nothing: they are written into a hidden staging directory inside `--out`
//! and moved into place only when the whole scan succeeded, so a failed run leaves the previous
//! outputs untouched. Partial input (a file cut short, a file without one accepted event,
//! rejected lines) is reported on stderr; `--strict` turns any rejected line into a failure.

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
use dg_model::{AccountFinding, Event, Policy, Rejected, Summary, CONTRACT_VERSION};
use tracing::warn;

use super::data::DataDir;
use super::sample_log::SampleLog;
use crate::report::{self, RejectStats, Repro};

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
    /// ip, subnet, email_pattern, client_fp, org, asn, frame, ...; raw or keyed values), or a
    /// partner's STIX 2.1 bundle such as indicators.stix.json (see docs/sharing.md).
    #[arg(long)]
    known_indicators: Option<PathBuf>,
    /// Re-link clusters every this many minutes of event time (0: only at the end). Shorter
    /// periods date `first_flagged_at` of cluster-only evidence more finely, at a cost.
    #[arg(long, default_value_t = 180)]
    relink_minutes: u32,
    /// Output directory.
    #[arg(long)]
    out: PathBuf,
    /// No progress, summary or advice (such as which defaults apply); warnings about the
    /// input and errors are still printed.
    #[arg(long, short)]
    quiet: bool,
    /// Fail (non-zero exit, no outputs written) if any input line is rejected.
    #[arg(long)]
    strict: bool,
    /// Format of the event files: contract, litellm (LiteLLM logging payloads), otlp-json
    /// (OpenTelemetry GenAI traces/logs), bedrock (model invocation logs), or auto (each
    /// file's format from its first record). See docs/importers.md.
    #[arg(long, default_value = "contract", value_parser = parse_format)]
    format: dg_ingest::FormatChoice,
    /// Identity mapping of the importers (TOML: [litellm] account, [otlp] account/address/
    /// user_agent/api_key, [bedrock] account). See docs/importers.md.
    #[arg(long)]
    import_config: Option<PathBuf>,
    /// What indicators.stix.json holds and how it is marked (see docs/sharing.md).
    #[command(flatten)]
    share: super::share::ShareArgs,
}

pub(crate) fn parse_format(s: &str) -> Result<dg_ingest::FormatChoice, String> {
    dg_ingest::FormatChoice::from_name(s)
        .ok_or_else(|| "expected contract, litellm, otlp-json, bedrock or auto".to_string())
}

/// The files a scan writes into `--out`, all replaced together.
pub const OUTPUT_FILES: [&str; 7] = [
    "accounts.jsonl",
    "clusters.jsonl",
    "summary.json",
    "rejected.jsonl",
    "rejected_inputs.jsonl",
    "report.html",
    super::share::BUNDLE_FILE,
];

/// How a scan reports and how strict it is.
#[derive(Debug, Clone, Copy, Default)]
pub struct ScanOptions {
    /// Draw a progress bar (on a terminal).
    pub progress: bool,
    /// Say which defaults apply (no policy, demo hash key).
    pub advice: bool,
    /// Any rejected line fails the scan.
    pub strict: bool,
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
    /// Format of the event files (`--format`).
    pub format: dg_ingest::FormatChoice,
    /// Importers' identity mapping (`--import-config`).
    pub import_config: Option<PathBuf>,
    /// What `indicators.stix.json` holds, and the sharing key that also matches keyed partner
    /// values.
    pub share: super::share::Share,
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
        format: a.format,
        import_config: a.import_config,
        share: a.share.load()?,
    };
    let opts = ScanOptions {
        progress: !a.quiet,
        advice: !a.quiet,
        strict: a.strict,
    };
    let summary = scan_with(&inputs, &a.out, &opts)?;
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
        ..Inputs::default()
    };
    scan(&inputs, out, false)
}

/// The checked policy, or the defaults; with `advice`, says on stderr which defaults apply.
pub fn load_policy(path: Option<&Path>, advice: bool) -> anyhow::Result<Policy> {
    let policy = match path {
        Some(p) => dg_ingest::read_policy(p)?,
        None => Policy::default(),
    };
    if advice {
        if path.is_none() {
            let t = &policy.thresholds;
            warn!(
                "no --policy given: using the defaults (no restricted countries, thresholds \
                 review {} / throttle {} / block {}, max_line_bytes {}) and the public demo hash \
                 key (key id `unkeyed`): keyed values in the outputs are not private",
                t.review, t.throttle, t.block, policy.max_line_bytes
            );
        } else if policy.hash_key.is_empty() {
            warn!(
                "no hash_key in the policy: cluster evidence is hashed with a public demo key \
                 (key id `unkeyed`); set hash_key before sharing outputs"
            );
        }
    }
    Ok(policy)
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
    /// Rejected lines of the side inputs (accounts, ranges, releases).
    pub side_rejected: u64,
    /// The first rejected line of any input, for messages.
    pub first_rejected: Option<Rejected>,
    /// Rejected lines of all inputs tallied for the report.
    pub rejects: RejectStats,
    /// The request ids the fold marked as possible samples behind reasons, in scan order.
    pub samples: SampleLog,
    /// The network ranges of the scan, for the shared indicators.
    pub ip_table: Option<Arc<dg_ingest::IpTable>>,
    /// The local key that names shared campaigns (the scan's hash key; never shared).
    pub id_key: Vec<u8>,
}

/// Runs a whole scan and writes the contract outputs into `out`.
pub fn scan(inputs: &Inputs, out: &Path, progress: bool) -> anyhow::Result<Summary> {
    let opts = ScanOptions {
        progress,
        ..ScanOptions::default()
    };
    scan_with(inputs, out, &opts)
}

/// Runs a whole scan into a staging directory and moves the outputs into `out` only if it
/// succeeded; on failure `out` keeps what it held.
pub fn scan_with(inputs: &Inputs, out: &Path, opts: &ScanOptions) -> anyhow::Result<Summary> {
    // Checked before anything touches the disk: a bad policy must not cost a scan.
    let policy = load_policy(inputs.policy.as_deref(), opts.advice)?;
    let created = !out.exists();
    std::fs::create_dir_all(out).with_context(|| format!("creating {}", out.display()))?;
    let result = scan_staged(inputs, policy, out, opts);
    if result.is_err() && created {
        // Only succeeds if empty: a first run that failed leaves no empty directory behind.
        let _ = std::fs::remove_dir(out);
    }
    result
}

/// [`scan_with`] after the policy: stage, check, publish. The staging directory is removed
/// when it goes out of scope, whatever happened.
fn scan_staged(
    inputs: &Inputs,
    policy: Policy,
    out: &Path,
    opts: &ScanOptions,
) -> anyhow::Result<Summary> {
    let staging = tempfile::Builder::new()
        .prefix(".distillguard-scan-")
        .tempdir_in(out)
        .with_context(|| format!("creating a staging directory in {}", out.display()))?;
    let repro = Repro::new(inputs, out, &policy, opts.strict);
    let walked = walk_policy(inputs, policy, staging.path(), opts)?;
    if opts.strict {
        let rejected = walked.counters.events_rejected + walked.side_rejected;
        if rejected > 0 {
            let first = walked
                .first_rejected
                .as_ref()
                .map(|r| format!("; first: {}:{}: {}", r.file, r.line, r.error))
                .unwrap_or_default();
            anyhow::bail!(
                "--strict: {rejected} input lines rejected ({} of {} event lines, {} side-input \
                 lines){first}; no outputs written, {} left as it was",
                walked.counters.events_rejected,
                walked.counters.lines_read,
                walked.side_rejected,
                out.display()
            );
        }
    }
    let Walked {
        scanner,
        counters,
        started,
        rejects,
        samples,
        ip_table,
        id_key,
        ..
    } = walked;
    let summary = write_outputs(
        scanner,
        counters,
        started,
        staging.path(),
        &rejects,
        &repro,
        (samples, ip_table.as_deref()),
        (&inputs.share, &id_key),
    )?;
    publish(staging.path(), out)?;
    Ok(summary)
}

/// Moves every output file from `staging` into `out` (same file system: renames).
fn publish(staging: &Path, out: &Path) -> anyhow::Result<()> {
    for name in OUTPUT_FILES {
        let (from, to) = (staging.join(name), out.join(name));
        std::fs::rename(&from, &to)
            .with_context(|| format!("moving {} into place", to.display()))?;
    }
    Ok(())
}

/// Reads every input and walks the events through the scanner; rejected lines go to `out`.
pub fn walk(inputs: &Inputs, out: &Path, progress: bool) -> anyhow::Result<Walked> {
    let policy = load_policy(inputs.policy.as_deref(), false)?;
    std::fs::create_dir_all(out).with_context(|| format!("creating {}", out.display()))?;
    let opts = ScanOptions {
        progress,
        ..ScanOptions::default()
    };
    walk_policy(inputs, policy, out, &opts)
}

/// [`walk`] with a checked policy; rejected lines go to `out`, which must exist.
fn walk_policy(
    inputs: &Inputs,
    policy: Policy,
    out: &Path,
    opts: &ScanOptions,
) -> anyhow::Result<Walked> {
    let progress = opts.progress;
    let t0 = Instant::now();
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
    let mut first_rejected: Option<Rejected> = None;
    let mut rejects = RejectStats::default();
    let mut side_sink = |r: Rejected| {
        side_rejected += 1;
        rejects.record(&r, true);
        if dg_ingest::is_read_error(&r.error) {
            warn!("{}: {} (at line {})", r.file, r.error, r.line);
        }
        if first_rejected.is_none() {
            first_rejected = Some(r.clone());
        }
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
        }
        None => Default::default(),
    };
    if let Some(e) = side_err {
        return Err(e).context("writing rejected_inputs.jsonl");
    }
    side_rejects.flush()?;

    // Without a hash_key the user was told (see `announce_defaults`): the demo key is an
    // explicit choice here, not a default of the library.
    let mut cfg = if policy.hash_key.is_empty() {
        ScanConfig::with_demo_key(policy.clone(), weights, releases)
    } else {
        ScanConfig::new(policy.clone(), weights, releases)?
    };
    cfg.relink_every_ms = i64::from(inputs.relink_minutes) * 60_000;
    cfg.sharing_key = inputs.share.key.clone();
    if let Some(p) = &inputs.known_indicators {
        if super::share::is_stix(p)? {
            super::share::read_bundle(p, &inputs.share, &mut cfg)?;
        } else {
            cfg.indicators = read_indicators(p)?;
        }
    }
    let id_key = cfg.hash_key.clone();
    let mut scanner = Scanner::new(cfg, accounts);

    let mut rejected = create(out, "rejected.jsonl")?;
    let mut write_err: Option<std::io::Error> = None;
    let sink = |r: Rejected| {
        rejects.record(&r, false);
        if first_rejected.is_none() {
            first_rejected = Some(r.clone());
        }
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
    let mut source_opts = SourceOptions::from_policy(&policy);
    source_opts.format = inputs.format;
    if let Some(p) = &inputs.import_config {
        let text =
            std::fs::read_to_string(p).with_context(|| format!("reading {}", p.display()))?;
        let cfg = dg_ingest::ImportConfig::from_toml(&text)
            .map_err(|e| anyhow::anyhow!("{}: invalid import config: {e}", p.display()))?;
        source_opts.import = Arc::new(cfg);
    }
    let mut source = EventSource::open_with(inputs.events.clone(), source_opts, sink, || {
        let mut analyzer = Analyzer::new();
        let table = ip_table.clone();
        move |ev: &mut Event| {
            let range = table.as_ref().and_then(|t| t.lookup_index(ev.ip));
            // With the request id: the fold may mark the request as a sample.
            (Scanner::detach_with_request_id(&mut analyzer, ev), range)
        }
    })?;
    if inputs.format == dg_ingest::FormatChoice::Auto {
        for (name, f) in source.file_names().iter().zip(source.file_formats()) {
            tracing::info!("{name}: read as {}", f.name());
        }
    }
    let ranges = ip_table.as_ref().map_or(&[][..], |t| t.ranges());
    let pb = if progress {
        super::progress::bar(0, "{spinner} {elapsed_precise} {msg}")
    } else {
        indicatif::ProgressBar::hidden()
    };
    let mut batch = Vec::with_capacity(8192);
    let mut seen = 0u64;
    let mut next_tick = 0u64;
    let mut samples = SampleLog::new(out, super::sample_log::MEMORY_BOUND);
    let sample_err = |e| anyhow::Error::from(e).context("keeping sample request ids");
    while source.next_batch(&mut batch)? {
        seen += batch.len() as u64;
        // Folded in place: moving each record out of the batch (`drain`) copied it again.
        for (ev, range) in &batch {
            if let Some(mark) = scanner.observe_sampled(ev, range.and_then(|i| ranges.get(i))) {
                let id = ev.request_id().expect("detached with its request id");
                samples.push(mark, id).map_err(sample_err)?;
            }
        }
        batch.clear();
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
    warn_partial(source.file_names(), source.file_stats(), &counters);
    drop(source);
    samples.end_walk().map_err(sample_err)?;
    tracing::debug!(
        "sample request ids kept: {} bytes",
        samples.bytes().map_err(sample_err)?
    );
    if let Some(e) = write_err {
        return Err(e).context("writing rejected.jsonl");
    }
    rejected.flush()?;
    if side_rejected > 0 {
        warn!(
            "{side_rejected} lines of side inputs (accounts, ip ranges, releases) rejected; see \
             rejected_inputs.jsonl"
        );
    }
    Ok(Walked {
        scanner,
        counters,
        started: t0,
        side_rejected,
        first_rejected,
        rejects,
        samples,
        ip_table,
        id_key,
    })
}

/// Warns about events input that was not read whole: a file cut short by a read failure, a
/// file without one accepted event, and rejected lines in total.
fn warn_partial(names: &[String], files: &[dg_ingest::FileStats], c: &dg_ingest::Counters) {
    for (name, f) in names.iter().zip(files) {
        if let Some((line, error)) = &f.read_error {
            warn!(
                "{name}: {error} (at line {line}); {} events accepted from the {} lines before it",
                f.events_accepted,
                line.saturating_sub(1)
            );
        } else if f.events_accepted == 0 {
            warn!(
                "{name}: no accepted events ({} lines read: {} rejected, {} duplicates)",
                f.lines_read, f.events_rejected, f.duplicates
            );
        }
    }
    if c.events_rejected > 0 {
        warn!(
            "{} of {} event lines rejected; see rejected.jsonl",
            c.events_rejected, c.lines_read
        );
    }
}

/// Writes the findings, clusters, summary, the report rendered from them and the shareable
/// indicators (`share`: the sharing settings and the local key naming campaigns) into `out`.
#[allow(clippy::too_many_arguments)]
fn write_outputs(
    mut scanner: Scanner,
    counters: dg_ingest::Counters,
    t0: Instant,
    out: &Path,
    rejects: &RejectStats,
    repro: &Repro,
    (samples, ip_table): (SampleLog, Option<&dg_ingest::IpTable>),
    share: (&super::share::Share, &[u8]),
) -> anyhow::Result<Summary> {
    let mut done = scanner.finalize();
    // The samples behind flagged accounts' reasons, from the requests the fold marked.
    if done.wants_samples() {
        samples
            .replay(|mark, id| done.add_sample(mark, id))
            .context("reading back sample request ids")?;
    }
    let clusters = &done.clusters;
    // The findings go to the file one at a time (all of them at once cost more than the scan
    // state, ~1 KiB an account); the page keeps only what it shows: the top accounts and the
    // members of flagged clusters, in file order, and the count per decision.
    let shown: std::collections::HashSet<&str> = clusters
        .iter()
        .filter(|c| c.decision.is_flagged())
        .flat_map(|c| c.accounts.iter().map(String::as_str))
        .collect();
    let flagged_clusters: std::collections::HashSet<&str> = clusters
        .iter()
        .filter(|c| c.decision.is_flagged())
        .map(|c| c.cluster_id.as_str())
        .collect();
    let mut tally = super::share::ReasonTally::default();
    let mut kept: Vec<AccountFinding> = Vec::new();
    let mut decisions = report::DecisionCounts::default();
    let mut w = create(out, "accounts.jsonl")?;
    for (rank, f) in done.findings().enumerate() {
        serde_json::to_writer(&mut w, &f)?;
        w.write_all(b"\n")?;
        decisions.add(f.decision);
        tally.add(&f, &flagged_clusters);
        if rank < report::TOP_ACCOUNTS || shown.contains(f.account_id.as_str()) {
            kept.push(f);
        }
    }
    w.flush()?;
    let mut w = create(out, "clusters.jsonl")?;
    for c in clusters {
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
        accounts: done.accounts() as u64,
        accounts_flagged: decisions.flagged(),
        clusters: clusters.len() as u64,
        clusters_flagged: clusters.iter().filter(|c| c.decision.is_flagged()).count() as u64,
        elapsed_ms: t0.elapsed().as_millis() as u64,
    };
    let mut w = create(out, "summary.json")?;
    serde_json::to_writer_pretty(&mut w, &summary)?;
    w.write_all(b"\n")?;
    w.flush()?;
    let page = report::render(&report::ReportInput {
        summary: &summary,
        findings: &kept,
        decisions: &decisions,
        clusters,
        rejects,
        repro,
    });
    let mut w = create(out, "report.html")?;
    w.write_all(page.as_bytes())?;
    w.flush()?;
    super::share::write_bundle(&done, clusters, &tally, share.0, share.1, ip_table, out)?;
    Ok(summary)
}

/// Reads `kind,value,actor` rows under that header. A malformed row, an unknown kind or a raw
/// address or ASN that does not parse is an error naming its row; a kind and value given twice
/// is a warning (the later actor wins).
fn read_indicators(path: &Path) -> anyhow::Result<Vec<dg_detect::scanner::Indicator>> {
    use dg_detect::link::AttrKind;
    let mut rd = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_path(path)
        .with_context(|| format!("opening {}", path.display()))?;
    let mut out = Vec::new();
    let mut seen = std::collections::HashSet::new();
    let mut repeated = 0u64;
    for (i, row) in rd.records().enumerate() {
        let n = i + 1;
        let row = row.with_context(|| format!("{}: row {n}", path.display()))?;
        let cells: Vec<&str> = row.iter().map(str::trim).collect();
        if i == 0 {
            let header: Vec<String> = cells
                .iter()
                .map(|c| c.trim_start_matches('\u{feff}').to_ascii_lowercase())
                .collect();
            anyhow::ensure!(
                header == ["kind", "value", "actor"],
                "{}: row 1: expected the header kind,value,actor",
                path.display()
            );
            continue;
        }
        let [kind, value, actor] = cells[..] else {
            anyhow::bail!(
                "{}: row {n}: expected kind,value,actor, found {} fields",
                path.display(),
                cells.len()
            );
        };
        let short = |s: &str| format!("{:?}", s.chars().take(40).collect::<String>());
        let Some(attr) = AttrKind::from_code(kind) else {
            anyhow::bail!(
                "{}: row {n}: unknown kind {} (expected one of {})",
                path.display(),
                short(kind),
                AttrKind::ALL.map(AttrKind::code).join(", ")
            );
        };
        anyhow::ensure!(
            !value.is_empty() && !actor.is_empty(),
            "{}: row {n}: empty value or actor",
            path.display()
        );
        if !value.starts_with("hmac-sha256:") {
            let digits = value.trim_start_matches(['A', 'S', 'a', 's']);
            let ok = match attr {
                AttrKind::Ip => value.parse::<std::net::IpAddr>().is_ok(),
                AttrKind::Subnet => value
                    .split('/')
                    .next()
                    .is_some_and(|a| a.parse::<std::net::IpAddr>().is_ok()),
                AttrKind::Asn => digits.parse::<u32>().is_ok(),
                _ => true,
            };
            anyhow::ensure!(
                ok,
                "{}: row {n}: {} is not a valid {kind} value",
                path.display(),
                short(value)
            );
        }
        if !seen.insert((kind.to_string(), value.to_string())) {
            repeated += 1;
        }
        out.push(dg_detect::scanner::Indicator {
            kind: kind.to_string(),
            value: value.to_string(),
            actor: actor.to_string(),
            confidence: 1.0,
        });
    }
    if repeated > 0 {
        warn!(
            "{}: {repeated} rows repeat an earlier kind and value; the later actor wins",
            path.display()
        );
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
