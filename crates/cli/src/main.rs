//! The `distillguard` binary: the only place that reads the environment and parses arguments.

mod cmd;
mod report;

// The scan allocates and frees every event's strings; mimalloc is markedly faster at that
// churn than the system allocator on glibc.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

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
