//! `distillguard eval`: score a scan (or any predictions directory) against ground truth.

use std::path::{Path, PathBuf};

use anyhow::Context;
use dg_eval::baselines::{self, AccountAggregates};
use dg_ingest::{EventSource, SourceOptions};

use super::data::DataDir;

/// Options of `eval`.
#[derive(clap::Args)]
pub struct Args {
    /// A simulated data set (as written by `simulate`), with truth.jsonl.
    #[arg(long)]
    data: PathBuf,
    /// Where the scan writes its outputs (default: DATA/scan).
    #[arg(long)]
    out: Option<PathBuf>,
    /// Score this directory of scan outputs instead of running the scan.
    #[arg(long)]
    predictions: Option<PathBuf>,
    /// Account model weights for the scan (default: the compiled-in fit).
    #[arg(long)]
    weights: Option<PathBuf>,
    /// Switch a group of signals off for this run: `phrasing` zeroes the weights of the signals
    /// that read the prompts' wording (cot_elicitation, distill_tasks, templated_harvest).
    #[arg(long, value_enum)]
    ablate: Option<Ablation>,
    /// Print the report as JSON instead of a table.
    #[arg(long)]
    json: bool,
}

/// Signal groups `eval --ablate` can switch off.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Ablation {
    /// The signals that read the prompts' wording.
    Phrasing,
}

/// Runs `eval`.
pub fn run(a: Args) -> anyhow::Result<()> {
    let data = DataDir::find(&a.data)?;
    let pred_dir = match &a.predictions {
        Some(p) => {
            anyhow::ensure!(
                a.ablate.is_none(),
                "--ablate changes the scan; it cannot apply to --predictions"
            );
            p.clone()
        }
        None => {
            let out = a.out.clone().unwrap_or_else(|| a.data.join("scan"));
            let weights = match a.ablate {
                None => a.weights.clone(),
                Some(Ablation::Phrasing) => Some(ablated_weights(a.weights.as_deref(), &out)?),
            };
            super::scan::scan_data_dir(&data, &out, weights)?;
            out
        }
    };
    report(&data, &pred_dir, a.json)
}

/// Writes the weights (given or built in) with the phrasing signals at 0 next to the scan's
/// output directory (`OUT.ablated-weights.toml`), so the run can be reproduced with `--weights`.
fn ablated_weights(from: Option<&Path>, out: &Path) -> anyhow::Result<PathBuf> {
    let w = match from {
        Some(p) => {
            let text =
                std::fs::read_to_string(p).with_context(|| format!("reading {}", p.display()))?;
            dg_detect::score::Weights::from_toml(&text)?
        }
        None => dg_detect::score::Weights::from_toml(dg_detect::score::DEFAULT_WEIGHTS)?,
    };
    let mut name = out.file_name().unwrap_or_default().to_os_string();
    name.push(".ablated-weights.toml");
    let path = out.with_file_name(name);
    std::fs::write(&path, w.without_phrasing().to_toml())
        .with_context(|| format!("writing {}", path.display()))?;
    Ok(path)
}

/// Scores the predictions in `pred_dir` against `data`'s truth and prints the report.
pub fn report(data: &DataDir, pred_dir: &Path, json: bool) -> anyhow::Result<()> {
    let truth_path = data
        .truth
        .clone()
        .context("the data set has no truth.jsonl")?;
    let truth = dg_eval::load_truth(&truth_path)?;
    // The simulator writes campaigns.jsonl next to truth.jsonl; without it successor links
    // go unjudged rather than failing the whole evaluation (errors name the file).
    let campaigns = match campaigns_next_to(&truth_path) {
        Some(p) => Some(dg_eval::load_campaigns(&p)?),
        None => None,
    };
    let preds = dg_eval::load_predictions(pred_dir)?;

    // The baselines and campaign start times come from the same events the scan read.
    let mut aggs = AccountAggregates::new();
    let mut source = EventSource::open(data.events.clone(), SourceOptions::default(), |_| {})?;
    let mut batch = Vec::with_capacity(4096);
    while source.next_batch(&mut batch)? {
        for ev in batch.drain(..) {
            aggs.observe(&ev);
        }
    }
    let starts = aggs.campaign_starts(&truth);
    let report = dg_eval::evaluate(
        &truth,
        campaigns.as_deref(),
        &preds,
        &starts,
        &baselines::all(&aggs),
    );
    if json {
        println!("{}", serde_json::to_string_pretty(&report)?);
    } else {
        print!("{}", report.render_table());
    }
    Ok(())
}

/// `campaigns.jsonl` (or `.jsonl.gz`) in the directory of `truth`, if present.
fn campaigns_next_to(truth: &Path) -> Option<PathBuf> {
    let dir = truth.parent()?;
    ["campaigns.jsonl", "campaigns.jsonl.gz"]
        .into_iter()
        .map(|n| dir.join(n))
        .find(|p| p.is_file())
}
