//! `distillguard simulate`: write a data set with ground truth.

use std::path::PathBuf;
use std::time::Instant;

use anyhow::Context;
use dg_sim::{Corpus, NetPool, Scale, SimConfig};

/// Options of `simulate`.
#[derive(clap::Args)]
pub struct Args {
    /// Directory to write the data set into.
    #[arg(long, required_unless_present = "scenario")]
    out: Option<PathBuf>,
    /// A preset scenario: the benign background plus one threat shape and its look-alikes
    /// (`--scenario list` prints the names).
    #[arg(long)]
    scenario: Option<String>,
    /// Random seed; the same seed and config give byte-identical files.
    #[arg(long, default_value_t = 1)]
    seed: u64,
    /// Population sizes: small (~150 k events, < 1 s), medium (~1 M events), large (≥ 5 M events, gzip).
    #[arg(long, default_value = "small")]
    scale: Scale,
    /// A sim.toml overriding any preset field.
    #[arg(long)]
    config: Option<PathBuf>,
    /// Full corpora fetched by scripts/fetch-corpora.sh (default: the compiled-in sample).
    #[arg(long)]
    corpora: Option<PathBuf>,
    /// An ip_ranges.csv to draw addresses from (default: the compiled-in sample).
    #[arg(long)]
    ip_ranges: Option<PathBuf>,
    /// Write events.jsonl.gz (default for --scale large).
    #[arg(long)]
    gzip: bool,
}

/// Runs `simulate`.
pub fn run(a: Args) -> anyhow::Result<()> {
    if a.scenario.as_deref() == Some("list") {
        for s in dg_sim::scenario::SCENARIOS {
            println!("{:<20} {}", s.name, s.about);
        }
        return Ok(());
    }
    let out = a
        .out
        .clone()
        .context("--out is required unless --scenario list")?;
    let mut cfg = match (&a.config, &a.scenario) {
        (Some(_), Some(_)) => anyhow::bail!("--config and --scenario cannot be combined"),
        (Some(p), None) => {
            let text =
                std::fs::read_to_string(p).with_context(|| format!("reading {}", p.display()))?;
            SimConfig::from_toml(a.scale, a.seed, &text)?
        }
        (None, Some(name)) => SimConfig::scenario(name, a.scale, a.seed)?,
        (None, None) => SimConfig::preset(a.scale, a.seed),
    };
    cfg.seed = a.seed;
    cfg.gzip |= a.gzip;
    let corpus = match &a.corpora {
        Some(d) => Corpus::from_dir(d)?,
        None => Corpus::embedded()?,
    };
    let net = match &a.ip_ranges {
        Some(p) => NetPool::from_csv(
            std::fs::File::open(p).with_context(|| format!("opening {}", p.display()))?,
        )?,
        None => NetPool::embedded()?,
    };
    let t0 = Instant::now();
    let pb = super::progress::bar(
        1000,
        "{elapsed_precise} [{bar:40}] {percent}% sim-time  {msg}",
    );
    let stats = dg_sim::simulate(&cfg, &corpus, net, &out, &mut |p| {
        pb.set_position((p.fraction * 1000.0) as u64);
        let secs = t0.elapsed().as_secs_f64().max(1e-3);
        pb.set_message(format!(
            "{} events, {:.0}/s",
            p.events,
            p.events as f64 / secs
        ));
    })?;
    pb.finish_and_clear();
    let secs = t0.elapsed().as_secs_f64();
    eprintln!(
        "wrote {} events ({} re-sends) for {} accounts to {} in {:.1}s ({:.0} events/s)",
        stats.events,
        stats.duplicates,
        stats.accounts,
        out.display(),
        secs,
        stats.events as f64 / secs.max(1e-9)
    );
    eprintln!("{:<22} {:>9} {:>11}", "group", "accounts", "events");
    for (g, n) in &stats.accounts_per_group {
        eprintln!(
            "{:<22} {:>9} {:>11}",
            g,
            n,
            stats.events_per_group.get(g).copied().unwrap_or(0)
        );
    }
    Ok(())
}
