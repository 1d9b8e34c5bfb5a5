//! From signals to a score, reasons and a decision: a logistic model over named signals.
//!
//! `score = sigmoid(bias + Σ weightᵢ · strengthᵢ)`. Weights are non-negative log-odds, fitted on
//! simulated data (`distillguard fit`) and shipped in `weights.toml`. A decision other than
//! `allow` also needs at least two independent families of evidence, each contributing at least
//! `min_family_logit`, so no single weak signal (a cloud address, a shared NAT, an education
//! account, a step-by-step prompt) can flag an account by itself. Farm evidence (see
//! [`crate::farm`]) counts as two families: it needs two facets to agree before it exists.

use std::collections::BTreeMap;

use dg_model::{Decision, Explanation, Reason, SignalTerm, Thresholds};
use serde::{Deserialize, Serialize};

use crate::campaign::CampaignParams;
use crate::cohort::CohortParams;
use crate::drops::DropParams;
use crate::farm::FarmParams;
use crate::features::{Family, Features, Signal, SignalParams, SignalValue, N_SIGNALS};
use crate::segment::SegmentParams;
use crate::wave::WaveParams;

/// Compiled-in default weights.
pub const DEFAULT_WEIGHTS: &str = include_str!("weights.toml");

/// Fitted weights of the account model, and the knobs of cluster-level evidence.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Weights {
    pub bias: f64,
    /// Least contribution (log-odds) for a family to count towards the two-family rule.
    pub min_family_logit: f64,
    /// Weight per reason code.
    pub signals: BTreeMap<String, f64>,
    /// Account-farm scoring (see [`crate::farm`]).
    #[serde(default)]
    pub farm: FarmParams,
    /// Campaign risk of linked clusters (see [`crate::campaign`]).
    #[serde(default)]
    pub campaign: CampaignParams,
    /// Throwaway cohorts of brief new accounts (see [`crate::cohort`]).
    #[serde(default)]
    pub cohort: CohortParams,
    /// Harvester waves of accounts created together (see [`crate::wave`]).
    #[serde(default)]
    pub wave: WaveParams,
    /// Network segments with more harvesters than their ordinary users explain (see
    /// [`crate::segment`]).
    #[serde(default)]
    pub segment: SegmentParams,
    /// What makes a moment a drop of accounts coming online together (see [`crate::drops`]).
    #[serde(default)]
    pub drops: DropParams,
    /// Where each signal starts and is full (see [`SignalParams`]).
    #[serde(default)]
    pub signal_params: SignalParams,
}

/// Why weights could not be read.
#[derive(Debug, thiserror::Error)]
pub enum WeightsError {
    #[error("weights: {0}")]
    Parse(String),
    #[error("weights: unknown signal `{0}`")]
    Unknown(String),
}

impl Weights {
    /// Parses `weights.toml`.
    pub fn from_toml(text: &str) -> Result<Self, WeightsError> {
        let w: Weights = toml::from_str(text).map_err(|e| WeightsError::Parse(e.to_string()))?;
        for k in w.signals.keys() {
            if Signal::from_code(k).is_none() {
                return Err(WeightsError::Unknown(k.clone()));
            }
        }
        Ok(w)
    }

    /// The compiled-in weights. They are part of the build, not input: a file that does not
    /// parse is a bug caught by the tests, never a quiet fallback to other weights.
    pub fn default_weights() -> Self {
        #[allow(clippy::expect_used)]
        Self::from_toml(DEFAULT_WEIGHTS).expect("the compiled-in weights.toml parses")
    }

    /// The same weights with the phrasing signals (those that read the prompts' wording) at 0:
    /// what the detector still catches when attackers word their prompts in ways it never saw.
    pub fn without_phrasing(&self) -> Self {
        let mut w = self.clone();
        for s in Signal::PHRASING {
            w.signals.insert(s.code().to_string(), 0.0);
        }
        w
    }

    /// Weights as a dense vector in signal order.
    pub fn dense(&self) -> [f64; N_SIGNALS] {
        let mut v = [0.0; N_SIGNALS];
        for s in Signal::ALL {
            v[s as usize] = self.signals.get(s.code()).copied().unwrap_or(0.0);
        }
        v
    }

    /// Serialises as TOML.
    pub fn to_toml(&self) -> String {
        toml::to_string(self).unwrap_or_default()
    }
}

/// An account's verdict.
#[derive(Debug, Clone, PartialEq)]
pub struct Verdict {
    pub score: f64,
    pub decision: Decision,
    pub reasons: Vec<Reason>,
}

fn sigmoid(x: f64) -> f64 {
    1.0 / (1.0 + (-x).exp())
}

/// Scores features; `extra` adds contributions from outside the account (cluster evidence).
pub fn score(
    w: &[f64; N_SIGNALS],
    weights: &Weights,
    f: &Features,
    extra: &[(Family, f64)],
    thresholds: &Thresholds,
) -> (f64, Decision) {
    let mut z = weights.bias;
    let mut fam: BTreeMap<Family, f64> = BTreeMap::new();
    for s in Signal::ALL {
        let c = w[s as usize] * f.values[s as usize];
        z += c;
        *fam.entry(s.family()).or_default() += c;
    }
    for (family, c) in extra {
        z += c;
        *fam.entry(*family).or_default() += c;
    }
    let p = sigmoid(z);
    // Farm evidence counts twice: it already needs two facets to agree (how the accounts came
    // to be, and how they are run), see `crate::farm`.
    let families = fam
        .iter()
        .filter(|(_, &c)| c >= weights.min_family_logit)
        .map(|(f, _)| if *f == Family::Farm { 2 } else { 1 })
        .sum::<usize>();
    let decision = if families >= 2 {
        thresholds.decide(p)
    } else {
        Decision::Allow
    };
    (p, decision)
}

/// What reproduces a score by hand: bias, per-family log-odds, the families that counted, and
/// each signal's strength and weight (the same sums as [`score`]).
pub fn explain(
    w: &[f64; N_SIGNALS],
    weights: &Weights,
    f: &Features,
    extra: &[(Family, f64)],
) -> Explanation {
    let mut fam: BTreeMap<Family, f64> = BTreeMap::new();
    let mut signals = Vec::new();
    for s in Signal::ALL {
        let v = f.values[s as usize];
        *fam.entry(s.family()).or_default() += w[s as usize] * v;
        if v > 0.0 {
            signals.push(SignalTerm {
                code: s.code().to_string(),
                strength: round3(v),
                weight: w[s as usize],
            });
        }
    }
    for (family, c) in extra {
        *fam.entry(*family).or_default() += c;
    }
    let logit = weights.bias + fam.values().sum::<f64>();
    let counted = fam
        .iter()
        .filter(|(_, &c)| c >= weights.min_family_logit)
        .map(|(f, _)| f.as_str().to_string())
        .collect();
    Explanation {
        bias: weights.bias,
        logit: round3(logit),
        families: fam
            .into_iter()
            .filter(|(_, c)| *c != 0.0)
            .map(|(f, c)| (f.as_str().to_string(), round3(c)))
            .collect(),
        min_family_logit: weights.min_family_logit,
        counted,
        signals,
    }
}

/// The readable reasons behind a score, strongest first (only signals that contributed).
pub fn reasons(w: &[f64; N_SIGNALS], values: &[SignalValue], extra: Vec<Reason>) -> Vec<Reason> {
    let mut r: Vec<Reason> = values
        .iter()
        .map(|v| (v, w[v.signal as usize] * v.strength))
        .filter(|(_, c)| *c >= 0.05)
        .map(|(v, c)| Reason {
            code: v.signal.code().to_string(),
            weight: round3(c),
            detail: v.detail.clone(),
            evidence: Vec::new(),
        })
        .collect();
    r.extend(extra);
    r.sort_by(|a, b| {
        b.weight
            .total_cmp(&a.weight)
            .then_with(|| a.code.cmp(&b.code))
    });
    r
}

/// Rounds to three decimals so outputs are stable and readable.
pub fn round3(x: f64) -> f64 {
    (x * 1000.0).round() / 1000.0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_compiled_in_weights_parse_with_every_signal() {
        let w = Weights::from_toml(DEFAULT_WEIGHTS).expect("weights.toml parses");
        for s in Signal::ALL {
            assert!(
                w.signals.contains_key(s.code()),
                "{} has no weight",
                s.code()
            );
        }
        assert!(toml::from_str::<Weights>(
            "bias = 1.0\nmin_family_logit = 1.0\nbais = 2.0\n[signals]\n"
        )
        .is_err());
    }
}
