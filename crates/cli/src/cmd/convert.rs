//! `distillguard convert`: gateway logs (LiteLLM, OTLP JSON, Bedrock) to the contract's
//! `events.jsonl`, through the same reader, importers and rejection accounting as `scan`.
//!
//! The output is what `scan --format contract` would accept line for line: the events `scan
//! --format X` folds, in the order it folds them (merged in event time, duplicates dropped).
//! It is written to a temporary file beside `--out` and renamed into place only on success,
//! so a failed run leaves an earlier output untouched.

use std::io::{BufWriter, Write};
use std::path::PathBuf;
use std::sync::Arc;

use anyhow::Context;
use dg_ingest::{EventSource, FormatChoice, SourceOptions};
use dg_model::Rejected;

/// Options of `convert`.
#[derive(clap::Args)]
pub struct Args {
    /// Input files (.jsonl or .jsonl.gz), read in order and merged in event time.
    #[arg(required = true, num_args = 1..)]
    files: Vec<PathBuf>,
    /// Format of the input files: litellm, otlp-json, bedrock, contract, or auto (each file's
    /// format from its first record). See docs/importers.md.
    #[arg(long, default_value = "auto", value_parser = super::scan::parse_format)]
    format: FormatChoice,
    /// Identity mapping of the importers (TOML, as `scan --import-config`).
    #[arg(long)]
    import_config: Option<PathBuf>,
    /// Line cap and reorder window (policy.toml, as `scan --policy`; default the built-in one).
    #[arg(long)]
    policy: Option<PathBuf>,
    /// Where to write the contract events (NDJSON).
    #[arg(long)]
    out: PathBuf,
    /// Where to write the rejected records (JSON lines: file, line, error), as scan's
    /// rejected.jsonl; default: only counted, the first few printed.
    #[arg(long)]
    rejected: Option<PathBuf>,
    /// Fail (non-zero exit, no output written) if any record is rejected.
    #[arg(long)]
    strict: bool,
    /// No summary on stderr.
    #[arg(long, short)]
    quiet: bool,
}

/// Rejections printed on stderr when they go to no file.
const SHOWN_REJECTIONS: usize = 5;

/// Runs `convert`.
pub fn run(a: Args) -> anyhow::Result<()> {
    let policy = super::scan::load_policy(a.policy.as_deref(), false)?;
    let mut opts = SourceOptions::from_policy(&policy);
    opts.format = a.format;
    if let Some(p) = &a.import_config {
        let text =
            std::fs::read_to_string(p).with_context(|| format!("reading {}", p.display()))?;
        let cfg = dg_ingest::ImportConfig::from_toml(&text)
            .map_err(|e| anyhow::anyhow!("{}: invalid import config: {e}", p.display()))?;
        opts.import = Arc::new(cfg);
    }
    let dir = a
        .out
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or_else(|| std::path::Path::new("."));
    let tmp = tempfile::NamedTempFile::new_in(dir)
        .with_context(|| format!("creating a temporary file in {}", dir.display()))?;
    let mut out = BufWriter::new(tmp.as_file());
    let mut rejected_file = match &a.rejected {
        Some(p) => Some(BufWriter::new(
            std::fs::File::create(p).with_context(|| format!("creating {}", p.display()))?,
        )),
        None => None,
    };
    let mut shown = Vec::new();
    let mut reject_err: Option<std::io::Error> = None;
    let sink = |r: Rejected| {
        if let Some(w) = rejected_file.as_mut() {
            if let Err(e) = serde_json::to_writer(&mut *w, &r)
                .map_err(std::io::Error::from)
                .and_then(|_| w.write_all(b"\n"))
            {
                reject_err.get_or_insert(e);
            }
        } else if shown.len() < SHOWN_REJECTIONS {
            shown.push(r);
        }
    };
    let mut source = EventSource::open(a.files.clone(), opts, sink)?;
    if !a.quiet {
        for (name, f) in source.file_names().iter().zip(source.file_formats()) {
            eprintln!("{name}: read as {}", f.name());
        }
    }
    let mut batch = Vec::with_capacity(8192);
    while source.next_batch(&mut batch)? {
        for ev in batch.drain(..) {
            serde_json::to_writer(&mut out, &ev).context("writing an event")?;
            out.write_all(b"\n").context("writing an event")?;
        }
    }
    let c = source.counters();
    let stats = source.file_stats().to_vec();
    let names = source.file_names().to_vec();
    drop(source);
    if let Some(e) = reject_err {
        return Err(e).context("writing the rejected records");
    }
    if let Some(w) = rejected_file.as_mut() {
        w.flush().context("writing the rejected records")?;
    }
    out.flush().context("writing the events")?;
    drop(out);
    for (name, f) in names.iter().zip(&stats) {
        if let Some((line, error)) = &f.read_error {
            eprintln!("warning: {name}: {error} (at line {line})");
        }
    }
    if !a.quiet || c.events_rejected > 0 {
        eprintln!(
            "{} records read: {} events written, {} rejected, {} duplicates",
            c.lines_read, c.events_accepted, c.events_rejected, c.duplicates
        );
        for r in &shown {
            eprintln!("  rejected {}:{}: {}", r.file, r.line, r.error);
        }
    }
    if a.strict && c.events_rejected > 0 {
        anyhow::bail!(
            "{} records rejected (--strict); {} not written",
            c.events_rejected,
            a.out.display()
        );
    }
    tmp.persist(&a.out)
        .with_context(|| format!("writing {}", a.out.display()))?;
    Ok(())
}
