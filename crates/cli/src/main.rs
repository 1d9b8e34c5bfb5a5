//! The `distillguard` binary: the only place that reads the environment and parses arguments.

use clap::Parser;

/// Detect, attribute and disrupt distillation campaigns on an LLM API.
#[derive(Parser)]
#[command(name = "distillguard", version)]
struct Cli {}

fn main() -> anyhow::Result<()> {
    let _cli = Cli::parse();
    Ok(())
}
