//! The `distillguard` binary: the only place that reads the environment and parses arguments.

mod cmd;
mod report;

// The scan allocates and frees every event's strings; mimalloc is markedly faster at that
// churn than the system allocator on glibc.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// mimalloc's `mi_option_purge_delay` (its place in `mi_option_e`, mimalloc.h; the sys crate's
/// bindings do not name it).
const MI_OPTION_PURGE_DELAY: libmimalloc_sys::mi_option_t = 15;

/// Hands freed pages back to the OS after 1 ms instead of mimalloc's 10. A scan frees its
/// events' buffers and the re-links' scratch in bursts; with the longer delay the freed pages
/// of one burst are still held when the next allocates: 100–150 MB of the peak for a million
/// accounts (1,040–1,092 → 941–954 MiB). 0 ms saved no more and cost a few percent of
/// events/s; 1 ms costs at most that, within this VM's noise (332–356 k against 345–361 k
/// events/s on `bench --scale medium`). The environment (`MIMALLOC_PURGE_DELAY`) still
/// decides when set.
fn purge_freed_memory_soon() {
    if std::env::var_os("MIMALLOC_PURGE_DELAY").is_none() {
        // SAFETY: sets one integer option of the allocator, which mimalloc allows at any time.
        unsafe { libmimalloc_sys::mi_option_set(MI_OPTION_PURGE_DELAY, 1) };
    }
}

use clap::{Parser, Subcommand};

/// Detect, attribute and disrupt distillation campaigns on an LLM API.
#[derive(Parser)]
#[command(name = "distillguard", version, about)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Simulate a small week of traffic, scan it and score the scan (the quick start).
    Demo(cmd::demo::Args),
    /// Write realistic API traffic with ground truth in the contract formats.
    Simulate(cmd::simulate::Args),
    /// Score every account of exported logs; write findings, clusters and a summary.
    Scan(cmd::scan::Args),
    /// Turn gateway logs (LiteLLM, OTLP JSON, Bedrock) into the contract's events.jsonl.
    Convert(cmd::convert::Args),
    /// Network intelligence: build ip_ranges.csv from open data.
    #[command(subcommand)]
    Ipdb(cmd::ipdb::Command),
    /// Measure the whole scan's throughput on simulated traffic.
    Bench(cmd::bench::Args),
    /// Refit the account model's weights on labelled simulated data.
    Fit(cmd::fit::Args),
    /// Score scan outputs against a simulated data set's ground truth.
    Eval(cmd::eval::Args),
    /// Run the online service: ingest over HTTP into a durable log, decisions from memory.
    Serve(cmd::serve::Args),
    /// API tokens for `serve`: make one, or hash one for serve.toml.
    #[command(subcommand)]
    Token(cmd::token::Command),
    /// Share with partners over TAXII 2.1: pull a collection into a bundle, push a bundle.
    #[command(subcommand)]
    Intel(cmd::intel::Command),
}

fn main() -> anyhow::Result<()> {
    use std::io::IsTerminal;
    purge_freed_memory_soon();
    // Warnings are for the person at the terminal: level and message, no time or module.
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_env("DISTILLGUARD_LOG")
                .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("warn")),
        )
        .with_writer(cmd::progress::LogWriter)
        .with_ansi(std::io::stderr().is_terminal())
        .without_time()
        .with_target(false)
        .init();
    match Cli::parse().command {
        Command::Demo(a) => cmd::demo::run(a),
        Command::Simulate(a) => cmd::simulate::run(a),
        Command::Eval(a) => cmd::eval::run(a),
        Command::Scan(a) => cmd::scan::run(a),
        Command::Convert(a) => cmd::convert::run(a),
        Command::Fit(a) => cmd::fit::run(a),
        Command::Bench(a) => cmd::bench::run(a),
        Command::Ipdb(c) => cmd::ipdb::run(c),
        Command::Serve(a) => cmd::serve::run(a),
        Command::Token(c) => cmd::token::run(c),
        Command::Intel(c) => cmd::intel::run(c),
    }
}
