//! `distillguard demo`: simulate a small week of traffic, scan it, and score the scan.

use std::path::PathBuf;

use dg_sim::{Corpus, NetPool, Scale, SimConfig};

/// Options of `demo`.
#[derive(clap::Args)]
pub struct Args {
    /// Where to write the simulated data and the scan outputs.
    #[arg(long, default_value = "out/demo")]
    out: PathBuf,
    /// Random seed of the simulated traffic.
    #[arg(long, default_value_t = 42)]
    seed: u64,
}

/// Runs `demo`.
pub fn run(a: Args) -> anyhow::Result<()> {
    let data = a.out.join("data");
    let cfg = SimConfig::preset(Scale::Small, a.seed);
    eprintln!(
        "simulating a small week of API traffic into {} ...",
        data.display()
    );
    let stats = dg_sim::simulate(
        &cfg,
        &Corpus::embedded()?,
        NetPool::embedded()?,
        &data,
        &mut |_| {},
    )?;
    eprintln!(
        "{} events from {} accounts; scanning ...",
        stats.events, stats.accounts
    );
    let dir = super::data::DataDir::find(&data)?;
    let scan_out = a.out.join("scan");
    let summary = super::scan::scan_data_dir(&dir, &scan_out, None)?;
    super::scan::print_summary(&summary);
    eprintln!(
        "findings in {}; scoring against the simulator's ground truth:\n",
        scan_out.display()
    );
    super::eval::report(&dir, &scan_out, false)
}
