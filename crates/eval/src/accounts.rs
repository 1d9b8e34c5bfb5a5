//! Account-level quality of one method: confusion counts, P/R/F1, average precision, and
//! recall or false-positive rate per population group.

use std::collections::{BTreeMap, HashMap};

use dg_model::{AccountFinding, Label, TruthRecord};
use serde::{Deserialize, Serialize};

use crate::stats::{average_precision, f1, ratio};
use crate::{HARD_BENIGN_GROUPS, LOW_AND_SLOW};

/// Precision, recall, F1 and AP over a set of truth accounts (attack = positive).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AccountMetrics {
    pub accounts: u64,
    pub flagged: u64,
    pub true_positives: u64,
    pub false_positives: u64,
    pub false_negatives: u64,
    pub true_negatives: u64,
    /// 0 when nothing was flagged (see the report's notes).
    pub precision: f64,
    /// 0 when there is no attack account (see the report's notes).
    pub recall: f64,
    pub f1: f64,
    /// Average precision of the score ranking; 0 when there is no attack account.
    pub average_precision: f64,
}

/// Flagged out of total.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Rate {
    pub flagged: u64,
    pub total: u64,
    /// `flagged / total`, 0 for an empty set.
    pub rate: f64,
}

impl Rate {
    fn new(flagged: u64, total: u64) -> Self {
        Self {
            flagged,
            total,
            rate: ratio(flagged, total),
        }
    }
}

/// One population group: for an attack group `rate` is its recall, for a benign group its
/// false-positive rate.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct GroupRate {
    pub group: String,
    pub label: Label,
    /// One of [`HARD_BENIGN_GROUPS`]: benign users who look most like attackers.
    pub hard_benign: bool,
    #[serde(flatten)]
    pub counts: Rate,
}

/// Everything account-level about one method (the scan or a baseline).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MethodReport {
    /// `scan`, `volume`, `iforest`, ...
    pub method: String,
    /// What "flagged" means for this method, in words.
    pub rule: String,
    pub all: AccountMetrics,
    /// Every group but [`LOW_AND_SLOW`] attackers; benign accounts all included.
    pub without_low_and_slow: AccountMetrics,
    /// False-positive rate over all hard benign groups together.
    pub hard_benign: Rate,
    /// Attack groups first, then benign ones, each by name.
    pub groups: Vec<GroupRate>,
    /// Undefined quantities reported as 0, and similar caveats.
    pub notes: Vec<String>,
}

/// One truth account and what the method said about it (absent = allow, score 0).
struct Outcome {
    attack: bool,
    flagged: bool,
    score: f64,
}

/// Scores `findings` against `truth` (one record per account).
pub(crate) fn evaluate_method(
    method: &str,
    rule: &str,
    truth: &[TruthRecord],
    findings: &[AccountFinding],
) -> MethodReport {
    let index = crate::predictions::by_account(findings);
    let outcome = |t: &TruthRecord| {
        let f = index.get(t.account_id.as_str());
        Outcome {
            attack: t.label == Label::Attack,
            flagged: f.is_some_and(|f| f.decision.is_flagged()),
            score: f.map_or(0.0, |f| f.score),
        }
    };
    let mut notes = Vec::new();
    let all: Vec<Outcome> = truth.iter().map(outcome).collect();
    let without: Vec<Outcome> = truth
        .iter()
        .filter(|t| !(t.label == Label::Attack && t.group == LOW_AND_SLOW))
        .map(outcome)
        .collect();
    let all_metrics = metrics(&all, &format!("{method}, all groups"), &mut notes);
    let without_metrics = metrics(
        &without,
        &format!("{method}, without {LOW_AND_SLOW}"),
        &mut notes,
    );
    MethodReport {
        method: method.to_owned(),
        rule: rule.to_owned(),
        all: all_metrics,
        without_low_and_slow: without_metrics,
        hard_benign: hard_benign_rate(truth, &index),
        groups: group_rates(truth, &index),
        notes,
    }
}

fn metrics(outcomes: &[Outcome], scope: &str, notes: &mut Vec<String>) -> AccountMetrics {
    let count = |attack: bool, flagged: bool| {
        outcomes
            .iter()
            .filter(|o| o.attack == attack && o.flagged == flagged)
            .count() as u64
    };
    let (tp, fp, fn_, tn) = (
        count(true, true),
        count(false, true),
        count(true, false),
        count(false, false),
    );
    if tp + fp == 0 {
        notes.push(format!(
            "{scope}: nothing flagged, precision is undefined and shown as 0"
        ));
    }
    if tp + fn_ == 0 {
        notes.push(format!(
            "{scope}: no attack account, recall and AP are undefined and shown as 0"
        ));
    }
    let ranking: Vec<(f64, bool)> = outcomes.iter().map(|o| (o.score, o.attack)).collect();
    let precision = ratio(tp, tp + fp);
    let recall = ratio(tp, tp + fn_);
    AccountMetrics {
        accounts: outcomes.len() as u64,
        flagged: tp + fp,
        true_positives: tp,
        false_positives: fp,
        false_negatives: fn_,
        true_negatives: tn,
        precision,
        recall,
        f1: f1(precision, recall),
        average_precision: average_precision(&ranking).unwrap_or(0.0),
    }
}

fn is_flagged(index: &HashMap<&str, &AccountFinding>, account: &str) -> bool {
    index.get(account).is_some_and(|f| f.decision.is_flagged())
}

fn hard_benign_rate(truth: &[TruthRecord], index: &HashMap<&str, &AccountFinding>) -> Rate {
    let hard: Vec<&TruthRecord> = truth.iter().filter(|t| is_hard_benign(t)).collect();
    let flagged = hard
        .iter()
        .filter(|t| is_flagged(index, &t.account_id))
        .count();
    Rate::new(flagged as u64, hard.len() as u64)
}

/// A benign account of a hard look-alike group: one of [`HARD_BENIGN_GROUPS`], or marked
/// `hard` in its truth record.
pub(crate) fn is_hard_benign(t: &TruthRecord) -> bool {
    t.label == Label::Benign
        && (t.hard == Some(true) || HARD_BENIGN_GROUPS.contains(&t.group.as_str()))
}

fn group_rates(truth: &[TruthRecord], index: &HashMap<&str, &AccountFinding>) -> Vec<GroupRate> {
    // Attack groups sort before benign ones; a group name used under both labels gets a
    // row for each.
    let mut groups: BTreeMap<(bool, &str), (u64, u64, bool)> = BTreeMap::new();
    for t in truth {
        let slot = groups
            .entry((t.label == Label::Benign, t.group.as_str()))
            .or_default();
        slot.0 += u64::from(is_flagged(index, &t.account_id));
        slot.1 += 1;
        slot.2 |= is_hard_benign(t);
    }
    groups
        .into_iter()
        .map(|((benign, group), (flagged, total, hard))| GroupRate {
            group: group.to_owned(),
            label: if benign { Label::Benign } else { Label::Attack },
            hard_benign: benign && hard,
            counts: Rate::new(flagged, total),
        })
        .collect()
}
