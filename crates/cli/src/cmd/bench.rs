//! `distillguard bench`: the whole scan's throughput on simulated traffic, gzip input included.

use std::path::PathBuf;
use std::time::Instant;

use dg_sim::{Corpus, NetPool, Scale, SimConfig};

/// Options of `bench`.
#[derive(clap::Args)]
pub struct Args {
    /// Scale of the simulated input.
    #[arg(long, default_value = "medium")]
    scale: Scale,
    #[arg(long, default_value_t = 9)]
    seed: u64,
    /// Where to keep the simulated input and scan output (reused when present).
    #[arg(long, default_value = "out/bench")]
    dir: PathBuf,
    /// Read plain `events.jsonl` instead of gzip.
    #[arg(long)]
    plain: bool,
}

/// Peak resident memory of this process in KiB (Linux), if known.
fn peak_rss_kib() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

/// Runs `bench`.
pub fn run(a: Args) -> anyhow::Result<()> {
    let data = a.dir.join(
        format!(
            "{:?}-{}-{}",
            a.scale,
            a.seed,
            if a.plain { "plain" } else { "gz" }
        )
        .to_lowercase(),
    );
    if !data.join("truth.jsonl").is_file() {
        let mut cfg = SimConfig::preset(a.scale, a.seed);
        cfg.gzip = !a.plain;
        eprintln!(
            "simulating {:?} traffic into {} ...",
            a.scale,
            data.display()
        );
        dg_sim::simulate(
            &cfg,
            &Corpus::embedded()?,
            NetPool::embedded()?,
            &data,
            &mut |_| {},
        )?;
    }
    let dir = super::data::DataDir::find(&data)?;
    let bytes: u64 = dir
        .events
        .iter()
        .filter_map(|p| std::fs::metadata(p).ok())
        .map(|m| m.len())
        .sum();
    let rss_before = peak_rss_kib().unwrap_or(0);
    let t0 = Instant::now();
    let s = super::scan::scan_data_dir(&dir, &a.dir.join("scan"), None)?;
    let secs = t0.elapsed().as_secs_f64();
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    println!(
        "{:<28} {:>14}",
        "input",
        dir.events
            .iter()
            .map(|p| p.display().to_string())
            .collect::<Vec<_>>()
            .join(" ")
    );
    println!("{:<28} {:>14.1}", "input MB (on disk)", bytes as f64 / 1e6);
    println!("{:<28} {:>14}", "lines", s.lines_read);
    println!("{:<28} {:>14}", "accounts", s.accounts);
    println!("{:<28} {:>14.2}", "seconds", secs);
    println!("{:<28} {:>14.0}", "events/s", s.lines_read as f64 / secs);
    let peak_kib = peak_rss_kib().unwrap_or(0).max(rss_before);
    println!(
        "{:<28} {:>14}",
        "per-account inline (bytes)",
        dg_detect::scanner::Scanner::inline_bytes_per_account()
    );
    println!("{:<28} {:>14}", "peak RSS (MiB)", peak_kib / 1024);
    // All in: event buffers and the linker included, so it overstates what one more account
    // costs on a small population (see scripts/bench_accounts.sh for a million accounts).
    println!(
        "{:<28} {:>14}",
        "peak RSS per account (bytes)",
        (peak_kib * 1024) / s.accounts.max(1)
    );
    println!("{:<28} {:>14}", "cores", cores);
    Ok(())
}
