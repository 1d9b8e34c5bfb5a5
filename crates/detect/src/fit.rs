//! Fitting the account model: logistic regression with non-negative weights and an L2 pull
//! towards the prior, by projected gradient descent. Small and deterministic, so a fit is
//! reproducible and auditable; a general ML crate would add weight without adding clarity.

use std::collections::BTreeMap;

use crate::features::{Signal, N_SIGNALS};
use crate::score::Weights;

/// One labelled account: its signal strengths and whether it is an attacker.
#[derive(Debug, Clone)]
pub struct Row {
    pub x: [f64; N_SIGNALS],
    /// Log-odds the account gets from outside itself (its cluster's evidence), held fixed.
    pub offset: f64,
    pub attack: bool,
}

/// Fitting options.
#[derive(Debug, Clone)]
pub struct FitOptions {
    /// Strength of the pull towards the prior weights (per account, summed over signals).
    pub l2: f64,
    pub iterations: usize,
    pub learning_rate: f64,
    /// Weight of each benign account relative to an attacker (> 1 favours precision).
    pub benign_weight: f64,
    /// Signals whose weights stay at the prior's (a design choice the data must not move, e.g.
    /// that a new account alone is weak evidence where classes and promotions sign up together).
    pub frozen: Vec<Signal>,
}

impl Default for FitOptions {
    fn default() -> Self {
        Self {
            l2: 0.01,
            iterations: 3000,
            learning_rate: 0.5,
            benign_weight: 3.0,
            frozen: Vec::new(),
        }
    }
}

fn sigmoid(x: f64) -> f64 {
    1.0 / (1.0 + (-x).exp())
}

/// Fits weights to `rows`, starting from and regularised towards `prior`.
pub fn fit(rows: &[Row], prior: &Weights, opts: &FitOptions) -> Weights {
    let p0 = prior.dense();
    let mut w = p0;
    let mut b = prior.bias;
    if rows.is_empty() {
        return prior.clone();
    }
    let total: f64 = rows
        .iter()
        .map(|r| if r.attack { 1.0 } else { opts.benign_weight })
        .sum();
    for _ in 0..opts.iterations {
        let mut gw = [0.0; N_SIGNALS];
        let mut gb = 0.0;
        for r in rows {
            let z = b + r.offset + r.x.iter().zip(&w).map(|(x, w)| x * w).sum::<f64>();
            let y = f64::from(u8::from(r.attack));
            let sw = if r.attack { 1.0 } else { opts.benign_weight };
            let e = (sigmoid(z) - y) * sw;
            gb += e;
            for (g, x) in gw.iter_mut().zip(&r.x) {
                *g += e * x;
            }
        }
        b -= opts.learning_rate * gb / total;
        for k in 0..N_SIGNALS {
            if opts.frozen.iter().any(|s| *s as usize == k) {
                continue;
            }
            let g = gw[k] / total + opts.l2 * (w[k] - p0[k]);
            w[k] = (w[k] - opts.learning_rate * g).max(0.0);
        }
    }
    let mut signals = BTreeMap::new();
    for s in Signal::ALL {
        signals.insert(
            s.code().to_string(),
            (w[s as usize] * 1000.0).round() / 1000.0,
        );
    }
    Weights {
        bias: (b * 1000.0).round() / 1000.0,
        min_family_logit: prior.min_family_logit,
        signals,
        farm: prior.farm.clone(),
        campaign: prior.campaign.clone(),
        cohort: prior.cohort.clone(),
        wave: prior.wave.clone(),
        segment: prior.segment.clone(),
        drops: prior.drops.clone(),
        signal_params: prior.signal_params.clone(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fit_raises_the_weight_of_a_separating_signal_and_keeps_weights_non_negative() {
        let mut rows = Vec::new();
        for i in 0..200 {
            let mut x = [0.0; N_SIGNALS];
            let attack = i % 4 == 0;
            x[Signal::CotElicitation as usize] = if attack { 0.9 } else { 0.05 };
            // An anti-correlated signal must not get a negative weight.
            x[Signal::HostingNetwork as usize] = if attack { 0.0 } else { 1.0 };
            rows.push(Row {
                x,
                offset: 0.0,
                attack,
            });
        }
        let prior = Weights::default_weights();
        let w = fit(&rows, &prior, &FitOptions::default());
        assert!(w.signals["cot_elicitation"] > prior.signals["cot_elicitation"]);
        assert!(w.signals.values().all(|&v| v >= 0.0));
        assert_eq!(w.signals["hosting_network"], 0.0);
    }

    #[test]
    fn evidence_held_as_an_offset_lowers_the_bias_that_benign_cohorts_would_cross() {
        // The same accounts twice: once as the account model sees them alone, once with the
        // evidence a benign cohort's cluster lends its members (+3 log-odds on a third of the
        // benign rows). The fit that sees the offset must keep those members allowed, so its
        // bias ends lower; a frozen signal keeps its prior weight.
        let mut plain = Vec::new();
        let mut offset = Vec::new();
        for i in 0..300 {
            let mut x = [0.0; N_SIGNALS];
            let attack = i % 3 == 0;
            x[Signal::DistillTasks as usize] = if attack { 0.8 } else { 0.2 };
            x[Signal::NewAccount as usize] = if attack || i % 3 == 1 { 1.0 } else { 0.0 };
            plain.push(Row {
                x,
                offset: 0.0,
                attack,
            });
            let cohort = !attack && i % 3 == 1;
            offset.push(Row {
                x,
                offset: if cohort { 3.0 } else { 0.0 },
                attack,
            });
        }
        let prior = Weights::default_weights();
        let opts = FitOptions {
            frozen: vec![Signal::NewAccount],
            ..FitOptions::default()
        };
        let a = fit(&plain, &prior, &opts);
        let b = fit(&offset, &prior, &opts);
        assert!(b.bias < a.bias, "{} vs {}", b.bias, a.bias);
        assert_eq!(a.signals["new_account"], prior.signals["new_account"]);
        assert_eq!(b.signals["new_account"], prior.signals["new_account"]);
    }
}
