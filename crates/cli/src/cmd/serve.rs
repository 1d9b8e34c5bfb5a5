//! `distillguard serve`: the online service (see docs/serve.md).
//!
//! Configuration layers, later wins: defaults, `--config serve.toml`, `DISTILLGUARD_…`
//! environment variables, then the options given on the command line.

use std::net::SocketAddr;
use std::path::PathBuf;

use anyhow::Context;

/// Options of `serve`.
#[derive(clap::Args)]
pub struct Args {
    /// Configuration file (TOML; every key in docs/serve.md). Environment variables
    /// DISTILLGUARD_KEY and DISTILLGUARD_SECTION__KEY override it.
    #[arg(long)]
    config: Option<PathBuf>,
    /// Address to listen on [default: 127.0.0.1:8080].
    #[arg(long)]
    listen: Option<SocketAddr>,
    /// Directory of the embedded SQLite store (distillguard.db), created if missing
    /// [default: distillguard-data].
    #[arg(long)]
    data_dir: Option<PathBuf>,
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
    /// Largest request body in bytes (compressed size for gzip) [default: 16 MiB].
    #[arg(long)]
    max_body_bytes: Option<usize>,
    /// Ingest requests handled at once; more are answered 429 with Retry-After [default: 4].
    #[arg(long)]
    ingest_slots: Option<usize>,
    /// monitor (decide and count, never deny) or enforce [default: monitor]: the top-level
    /// `mode`, the default of every enforcement point and tier (`[modes]`, `[guardrail] mode`,
    /// `[ext_authz] mode` and their per-tier keys in the config still win over it).
    #[arg(long, value_parser = ["monitor", "enforce"])]
    mode: Option<String>,
}

/// Reads the configuration: the file (if any) with the environment's overrides, then the
/// command line's options.
fn load(a: Args) -> anyhow::Result<dg_serve::ServeConfig> {
    let text = match &a.config {
        Some(p) => std::fs::read_to_string(p)
            .with_context(|| format!("cannot read the config file {}", p.display()))?,
        None => String::new(),
    };
    let mut cfg =
        dg_serve::ServeConfig::from_toml_and_env(&text, std::env::vars()).map_err(|e| match &a
            .config
        {
            Some(p) => anyhow::anyhow!("{}: {e}", p.display()),
            None => anyhow::anyhow!("configuration from the environment: {e}"),
        })?;
    if let Some(v) = a.listen {
        cfg.listen = v;
    }
    if let Some(v) = a.data_dir {
        cfg.data_dir = v;
    }
    if a.database_url.is_some() {
        cfg.database_url = a.database_url;
    }
    if a.policy.is_some() {
        cfg.policy = a.policy;
    }
    if a.ip_ranges.is_some() {
        cfg.ip_ranges = a.ip_ranges;
    }
    if a.releases.is_some() {
        cfg.releases = a.releases;
    }
    if let Some(v) = a.max_body_bytes {
        cfg.limits.max_body_bytes = v;
        cfg.limits.max_inflated_bytes = cfg.limits.max_inflated_bytes.max(v);
    }
    if let Some(v) = a.ingest_slots {
        cfg.limits.ingest_slots = v;
    }
    match a.mode.as_deref() {
        Some("enforce") => cfg.mode = dg_serve::Mode::Enforce,
        Some(_) => cfg.mode = dg_serve::Mode::Monitor,
        None => {}
    }
    cfg.limits.ingest_slots = cfg.limits.ingest_slots.max(1);
    Ok(cfg)
}

/// Runs `serve` until SIGINT or SIGTERM.
pub fn run(a: Args) -> anyhow::Result<()> {
    let cfg = load(a)?;
    dg_serve::run_blocking(cfg)?;
    Ok(())
}
