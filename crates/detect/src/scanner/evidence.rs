//! Sample `request_id`s behind the reasons of flagged accounts.
//!
//! The scan keeps counters, not requests, so the samples come from a second walk over the
//! events after the scan ([`Finished::add_evidence`]), for flagged accounts only: the walk costs
//! nothing when nothing is flagged, and memory grows with flagged accounts (three ids per
//! signal at most), never with every account. Each request is tested with the same facts the
//! fold counted (the analyser, the network facts and model facts of [`Scanner`]), so a sample
//! is a request the signal's counter counted.

use std::collections::HashMap;

use ahash::RandomState;
use dg_model::{IpRange, NetKind};

use super::{fixed_state, Detached, Finished, Scanner};
use crate::account::state::is_distill_task;
use crate::account::{ModelFacts, NetFacts};
use crate::features::Signal;
use crate::request::{CotLevel, RequestFacts};

/// Sample requests kept per reason.
pub const EVIDENCE_PER_REASON: usize = 3;

/// The signals one request shows on its own: those whose strength counts such requests.
/// Signals of an account's whole traffic (timing, volume, quiet hours, rotation) and of its
/// sign-up record have no single request to show.
pub(super) fn shown(f: &RequestFacts, net: &NetFacts, model: &ModelFacts) -> Vec<Signal> {
    let mut out = Vec::new();
    let cot = f.cot_level == CotLevel::Strong;
    let task = f.safe_rewrite || is_distill_task(f.capability);
    let checks = [
        (Signal::CotElicitation, cot),
        (Signal::DistillTasks, task),
        (
            Signal::OutputHunger,
            f.long_output
                || f.max_tokens >= 16_000
                || (f.max_tokens > 0 && f.output_tokens >= f.max_tokens),
        ),
        (Signal::Thinking, f.thinking_tokens > 0),
        (Signal::HarvestVolume, f.harvested()),
        (Signal::TemplatedHarvest, f.frame.words > 0 && (cot || task)),
        (Signal::SingleTurn, f.single_turn),
        (
            Signal::AnonymisedNetwork,
            matches!(
                net.kind,
                Some(NetKind::Vpn | NetKind::ResidentialProxy | NetKind::Tor)
            ),
        ),
        (Signal::HostingNetwork, net.kind == Some(NetKind::Hosting)),
        (Signal::RestrictedRegion, net.restricted),
        (Signal::GeoMismatch, net.geo_mismatch),
        (Signal::FastModelPivot, model.to_new_model),
    ];
    for (s, yes) in checks {
        if yes {
            out.push(s);
        }
    }
    out
}

/// Samples per flagged account slot: (signal, request ids).
#[derive(Debug, Default)]
pub(super) struct Samples {
    by_slot: HashMap<u32, Vec<(Signal, Vec<String>)>, RandomState>,
}

/// A set of signals, one bit per signal index.
type SignalSet = u32;

fn bit(s: Signal) -> SignalSet {
    1 << (s as u32)
}

impl Samples {
    pub(super) fn new() -> Self {
        Self {
            by_slot: HashMap::with_hasher(fixed_state()),
        }
    }

    /// Adds a sample of `signal` to `slot`; returns the signals of the slot that hold all
    /// their samples.
    fn add(&mut self, slot: u32, signal: Signal, request_id: &str) -> SignalSet {
        let v = self.by_slot.entry(slot).or_default();
        let ids = match v.iter().position(|(s, _)| *s == signal) {
            Some(k) => &mut v[k].1,
            None => {
                v.push((signal, Vec::new()));
                let k = v.len() - 1;
                &mut v[k].1
            }
        };
        if ids.len() < EVIDENCE_PER_REASON && !ids.iter().any(|x| x == request_id) {
            ids.push(request_id.to_string());
        }
        v.iter()
            .filter(|(_, ids)| ids.len() >= EVIDENCE_PER_REASON)
            .fold(0, |acc, (s, _)| acc | bit(*s))
    }

    /// The samples of a slot's signal with this reason code.
    pub(super) fn of(&self, slot: u32, code: &str) -> Option<&[String]> {
        let s = Signal::from_code(code)?;
        self.by_slot
            .get(&slot)?
            .iter()
            .find(|(x, _)| *x == s)
            .map(|(_, ids)| ids.as_slice())
    }
}

impl Scanner {
    /// The flagged account's slot and the signals its request `ev` shows, when its account
    /// is in `flagged` (sorted slots).
    fn shown_by(
        &self,
        flagged: &[u32],
        ev: &Detached,
        range: Option<&IpRange>,
    ) -> Option<(u32, Vec<Signal>)> {
        let view = ev.view();
        let i = self.ids.find(view.account_id)?;
        flagged.binary_search(&(i as u32)).ok()?;
        let net = self.net_facts(i, range);
        let model = self.model_facts(&view);
        Some((i as u32, shown(&ev.facts, &net, &model)))
    }
}

/// The signals a single request can show (those [`shown`] tests).
const REQUEST_LEVEL: [Signal; 12] = [
    Signal::CotElicitation,
    Signal::DistillTasks,
    Signal::OutputHunger,
    Signal::Thinking,
    Signal::HarvestVolume,
    Signal::TemplatedHarvest,
    Signal::SingleTurn,
    Signal::AnonymisedNetwork,
    Signal::HostingNetwork,
    Signal::RestrictedRegion,
    Signal::GeoMismatch,
    Signal::FastModelPivot,
];

/// The request-level signals among a finding's reasons.
fn wanted(reasons: &[dg_model::Reason]) -> SignalSet {
    reasons
        .iter()
        .filter_map(|r| Signal::from_code(&r.code))
        .filter(|s| REQUEST_LEVEL.contains(s))
        .fold(0, |acc, s| acc | bit(s))
}

impl Scanner {
    /// Sample requests kept per reason ([`EVIDENCE_PER_REASON`]).
    pub const EVIDENCE_PER_REASON: usize = EVIDENCE_PER_REASON;

    /// Whether a reason code names a signal one request can show on its own (one that
    /// [`evidence_codes`](Self::evidence_codes) may return): the reasons with sample requests.
    pub fn is_request_level(code: &str) -> bool {
        Signal::from_code(code).is_some_and(|s| REQUEST_LEVEL.contains(&s))
    }

    /// Event time of the account's first folded request (`None` if the account is not held):
    /// where a caller's own log of requests starts to hold the account's.
    pub fn first_seen(&self, account_id: &str) -> Option<dg_model::Timestamp> {
        let i = self.ids.find(account_id)?;
        Some(dg_model::Timestamp(self.states[i].first_ts))
    }

    /// The reason codes of the signals one accepted request (made by [`Scanner::detach`], with
    /// its address's range) of a held account shows on its own, tested exactly as
    /// [`Finished::add_evidence`] tests it (the same facts the fold counted): what a caller that
    /// keeps its own log of an account's requests (`distillguard serve`) needs to pick sample
    /// request ids behind the account's reasons. `None` if the account is not held.
    pub fn evidence_codes(
        &self,
        ev: &Detached,
        range: Option<&IpRange>,
    ) -> Option<Vec<&'static str>> {
        let view = ev.view();
        let i = self.ids.find(view.account_id)?;
        let net = self.net_facts(i, range);
        let model = self.model_facts(&view);
        Some(
            shown(&ev.facts, &net, &model)
                .into_iter()
                .map(Signal::code)
                .collect(),
        )
    }
}

impl Finished<'_> {
    /// Account ids of the flagged accounts with reasons a request can show, whose requests
    /// [`add_evidence`](Self::add_evidence) wants; an account's position in this list is the
    /// number `add_evidence` returns for it (none: no second walk is needed).
    pub fn evidence_wanted(&mut self) -> Vec<String> {
        let scanner = self.scanner;
        let wanted: Vec<SignalSet> = self
            .flagged
            .iter()
            .map(|&i| wanted(&scanner.finding(i as usize).reasons))
            .collect();
        let mut keep = wanted.iter().map(|&w| w != 0);
        self.flagged.retain(|_| keep.next().unwrap_or(false));
        self.wanted = wanted.into_iter().filter(|&w| w != 0).collect();
        self.flagged
            .iter()
            .map(|&i| scanner.ids.get(i as usize).to_string())
            .collect()
    }

    /// Offers one accepted request (made by [`Scanner::detach`], with its address's range and
    /// its `request_id`) as evidence: kept, up to three per reason, when its account is flagged
    /// and the request shows one of its reasons' signals. Returns the account's position in
    /// [`evidence_wanted`](Self::evidence_wanted) once it holds every sample it can, so the
    /// caller can stop analysing its requests (later ones could add nothing).
    pub fn add_evidence(
        &mut self,
        ev: &Detached,
        range: Option<&IpRange>,
        request_id: &str,
    ) -> Option<usize> {
        let (slot, signals) = self.scanner.shown_by(&self.flagged, ev, range)?;
        let k = self.flagged.binary_search(&slot).ok()?;
        let want = self.wanted.get(k).copied().unwrap_or(0);
        let mut full = 0;
        for s in signals {
            if want & bit(s) != 0 {
                full = self.samples.add(slot, s, request_id);
            }
        }
        (full & want == want).then_some(k)
    }
}
