//! `distillguard serve`: the online service (see docs/serve.md).

use std::net::SocketAddr;
use std::path::PathBuf;

/// Options of `serve`.
#[derive(clap::Args)]
pub struct Args {
    /// Address to listen on.
    #[arg(long, default_value = "127.0.0.1:8080")]
    listen: SocketAddr,
    /// Directory of the embedded SQLite store (distillguard.db), created if missing.
    #[arg(long, default_value = "distillguard-data")]
    data_dir: PathBuf,
    /// Store in PostgreSQL (postgres://…) or another SQLite file (sqlite:…) instead.
    #[arg(long)]
    database_url: Option<String>,
    /// Restricted regions, thresholds, hash key, reorder window, line cap (policy.toml).
    #[arg(long)]
    policy: Option<PathBuf>,
    /// Network intelligence (ip_ranges.csv), as for `scan`.
    #[arg(long)]
    ip_ranges: Option<PathBuf>,
    /// Model release times (releases.csv), as for `scan`.
    #[arg(long)]
    releases: Option<PathBuf>,
    /// Largest request body in bytes (compressed size for gzip).
    #[arg(long, default_value_t = 16 << 20)]
    max_body_bytes: usize,
    /// Ingest requests handled at once; more are answered 429 with Retry-After.
    #[arg(long, default_value_t = 4)]
    ingest_slots: usize,
}

/// Runs `serve` until SIGINT or SIGTERM.
pub fn run(a: Args) -> anyhow::Result<()> {
    let mut cfg = dg_serve::ServeConfig::new(a.data_dir);
    cfg.listen = a.listen;
    cfg.database_url = a.database_url;
    cfg.policy = a.policy;
    cfg.ip_ranges = a.ip_ranges;
    cfg.releases = a.releases;
    cfg.limits.max_body_bytes = a.max_body_bytes;
    cfg.limits.max_inflated_bytes = cfg.limits.max_inflated_bytes.max(a.max_body_bytes);
    cfg.limits.ingest_slots = a.ingest_slots.max(1);
    dg_serve::run_blocking(cfg)?;
    Ok(())
}
