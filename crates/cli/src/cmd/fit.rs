//! `distillguard fit`: refit the account model's weights on labelled (simulated) data.

use std::collections::HashMap;
use std::path::PathBuf;

use anyhow::Context;
use dg_detect::fit::{self, FitOptions, Row};
use dg_detect::score::Weights;
use dg_model::Label;

use super::data::DataDir;
use super::scan::{walk, Inputs};

/// Options of `fit`.
#[derive(clap::Args)]
pub struct Args {
    /// Simulated data sets with truth.jsonl (fit on several seeds and configs, check on another).
    #[arg(long, num_args = 1.., required = true)]
    data: Vec<PathBuf>,
    /// Where to write the fitted weights.
    #[arg(long)]
    out: PathBuf,
    /// Start from (and regularise towards) these weights (default: the compiled-in ones).
    #[arg(long)]
    prior: Option<PathBuf>,
    /// Attack groups left out of the fit (the low-and-slow campaign is meant to stay hard).
    #[arg(long, default_value = "low_and_slow")]
    exclude_group: Vec<String>,
    /// Weight of a benign account relative to an attacker (> 1 favours precision).
    #[arg(long, default_value_t = 3.0)]
    benign_weight: f64,
    /// Signals whose weights stay at the prior's (codes as in weights.toml, e.g. `new_account`).
    #[arg(long, value_delimiter = ',')]
    freeze: Vec<String>,
    /// Fit without the evidence accounts inherit from their clusters (as fits before
    /// December 2026 did); by default it is a fixed offset of each account's log-odds.
    #[arg(long)]
    no_offsets: bool,
}

/// Runs `fit`.
pub fn run(a: Args) -> anyhow::Result<()> {
    let prior = match &a.prior {
        Some(p) => Weights::from_toml(
            &std::fs::read_to_string(p).with_context(|| format!("reading {}", p.display()))?,
        )?,
        None => Weights::default_weights(),
    };
    let mut rows = Vec::new();
    for dir in &a.data {
        let data = DataDir::find(dir)?;
        let truth_path = data
            .truth
            .clone()
            .with_context(|| format!("{} has no truth.jsonl", dir.display()))?;
        let truth: HashMap<String, (Label, String)> = dg_eval::load_truth(&truth_path)?
            .into_iter()
            .map(|t| (t.account_id, (t.label, t.group)))
            .collect();
        let scratch = dir.join("fit-scan");
        let inputs = Inputs {
            events: data.events.clone(),
            accounts: data.accounts.clone(),
            ip_ranges: data.ip_ranges.clone(),
            releases: data.releases.clone(),
            policy: data.policy.clone(),
            weights: None,
            relink_minutes: 0,
            known_indicators: None,
            ..Inputs::default()
        };
        let mut walked = walk(&inputs, &scratch, false)?;
        for (id, f, offset) in walked.scanner.fit_rows() {
            let Some((label, group)) = truth.get(&id) else {
                continue;
            };
            if a.exclude_group.iter().any(|g| g == group) {
                continue;
            }
            rows.push(Row {
                x: f.values,
                offset: if a.no_offsets { 0.0 } else { offset },
                attack: *label == Label::Attack,
            });
        }
        eprintln!("{}: {} labelled accounts", dir.display(), rows.len());
    }
    let frozen = a
        .freeze
        .iter()
        .map(|c| {
            dg_detect::features::Signal::from_code(c)
                .with_context(|| format!("--freeze: no signal called {c:?}"))
        })
        .collect::<anyhow::Result<Vec<_>>>()?;
    let opts = FitOptions {
        benign_weight: a.benign_weight,
        frozen,
        ..FitOptions::default()
    };
    let w = fit::fit(&rows, &prior, &opts);
    let header = format!(
        "# Account model weights fitted by `distillguard fit` on {} accounts from {} data set(s)\n# ({}); excluded groups: {}.\n",
        rows.len(),
        a.data.len(),
        a.data.iter().map(|p| p.display().to_string()).collect::<Vec<_>>().join(", "),
        a.exclude_group.join(", ")
    );
    std::fs::write(&a.out, header + &w.to_toml())
        .with_context(|| format!("writing {}", a.out.display()))?;
    eprintln!("wrote {}", a.out.display());
    print!("{}", w.to_toml());
    Ok(())
}
