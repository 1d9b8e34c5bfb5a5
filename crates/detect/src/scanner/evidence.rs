//! Sample `request_id`s behind the reasons of flagged accounts.
//!
//! A reason's samples are the first [`EVIDENCE_PER_REASON`] requests of the account (in the
//! order the scan folded them) that show the reason's signal, tested with the same facts the
//! fold counted (the analyser, the network facts and model facts of [`Scanner`]), so a sample
//! is a request the signal's counter counted.
//!
//! Which accounts will be flagged, and for which reasons, is known only at the end, and the
//! scan keeps counters, not requests. So a whole scan asks the fold, request by request
//! ([`Scanner::observe_sampled`]), whether the request is among its account's first three of
//! some request-level signal: two bits per signal and account ([`SampleCounts`], in padding
//! the account's state had anyway) answer it, and the caller keeps the request id of each
//! such request with its [`SampleMark`] — at most three per signal and account, whatever the
//! account's traffic — and hands them back after the scan ([`Finished::add_sample`]), which
//! keeps those of the flagged accounts' reasons. Where the caller keeps them (memory, a file)
//! is its business: `distillguard scan` keeps them in memory up to a bound and in a file in
//! its staging directory beyond it.
//!
//! [`Finished::add_evidence`] is the same choice made from a second walk over the events
//! (offered every accepted request again): what `distillguard scan` did before, kept as the
//! reference the first-walk samples are tested against, and what a caller that keeps its own
//! log of requests can do.

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
    let set = shown_set(f, net, model);
    REQUEST_LEVEL
        .into_iter()
        .filter(|&s| set & bit(s) != 0)
        .collect()
}

/// [`shown`] as a set.
fn shown_set(f: &RequestFacts, net: &NetFacts, model: &ModelFacts) -> SignalSet {
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
        (Signal::HarvestVolume, f.harvested() || f.long_answer()),
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
        // The requests that leaked from a restricted country are what the subnet was seen on.
        (Signal::SharedRestrictedExit, net.restricted),
    ];
    let mut set = 0;
    for (k, (s, yes)) in checks.into_iter().enumerate() {
        debug_assert_eq!(s, REQUEST_LEVEL[k], "checks in the order of REQUEST_LEVEL");
        set |= SignalSet::from(yes) << (2 * k);
    }
    set
}

/// A set of request-level signals: bit `2k` for the `k`th of [`REQUEST_LEVEL`], the layout of
/// [`SampleCounts`], so that counting a request takes no loop.
type SignalSet = u32;

/// The bits of [`SignalSet`]'s signals.
const SIGNAL_BITS: SignalSet = 0x0155_5555;

/// `s` as a set (empty for a signal no single request shows).
fn bit(s: Signal) -> SignalSet {
    REQUEST_LEVEL
        .iter()
        .position(|&x| x == s)
        .map_or(0, |k| 1 << (2 * k))
}

// Two bits per signal count to three, and one of them is the signal's bit in a `SignalSet`.
const _: () = assert!(EVIDENCE_PER_REASON == 3 && REQUEST_LEVEL.len() == 13);

/// How many of an account's requests showed each request-level signal so far, counting up to
/// [`EVIDENCE_PER_REASON`]: two bits per signal, laid out as in [`SignalSet`] (so the count
/// of the `k`th signal of [`REQUEST_LEVEL`] is bits `2k` and `2k + 1`). Enough to tell whether
/// a request is among the first that can be a reason's samples.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(super) struct SampleCounts(u32);

impl SampleCounts {
    /// Counts a request that shows the signals `shown`; returns those it is among the first
    /// [`EVIDENCE_PER_REASON`] of.
    fn count(&mut self, shown: SignalSet) -> SignalSet {
        // A count at three has both its bits set; adding a signal's bit to a count below
        // three carries into no other.
        let full = self.0 & (self.0 >> 1) & SIGNAL_BITS;
        let first = shown & !full;
        self.0 += first;
        first
    }
}

/// A request that is among its account's first [`EVIDENCE_PER_REASON`] requests showing some
/// request-level signals (see [`Scanner::observe_sampled`]): which account, which signals.
/// Its request id is a possible sample of those reasons; give both to
/// [`Finished::add_sample`] after the scan.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SampleMark {
    slot: u32,
    signals: SignalSet,
}

impl SampleMark {
    /// The mark as one number, for a caller that stores marks (the inverse of
    /// [`from_bits`](Self::from_bits)).
    pub fn to_bits(self) -> u64 {
        u64::from(self.slot) << 32 | u64::from(self.signals)
    }

    /// A mark from [`to_bits`](Self::to_bits).
    pub fn from_bits(bits: u64) -> Self {
        Self {
            slot: (bits >> 32) as u32,
            signals: bits as u32,
        }
    }
}

/// Samples per flagged account slot: (signal, request ids).
#[derive(Debug, Default)]
pub(super) struct Samples {
    by_slot: HashMap<u32, Vec<(Signal, Vec<String>)>, RandomState>,
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
    /// Folds one event like [`observe_detached`](Self::observe_detached) and tells whether
    /// it is among its account's first [`EVIDENCE_PER_REASON`] requests showing some
    /// request-level signal: then its request id may be a sample behind one of the account's
    /// reasons at the end, and the caller keeps it with the mark for
    /// [`Finished::add_sample`]. Every event of the scan must come through here for the
    /// samples to be those of [`Finished::add_evidence`]; at most three marks per signal and
    /// account come back, however many requests the account sends.
    ///
    /// A mark names its account by its place in the scan, which eviction of idle accounts
    /// changes: panics if [`ScanConfig::evict_idle_ms`](super::ScanConfig::evict_idle_ms) is
    /// set (a whole scan never evicts). The counts behind the marks are not part of a
    /// snapshot ([`Scanner::state`]).
    pub fn observe_sampled(
        &mut self,
        ev: &Detached,
        range: Option<&IpRange>,
    ) -> Option<SampleMark> {
        assert!(
            self.cfg.evict_idle_ms <= 0,
            "sample marks name accounts by their slot, which eviction renumbers"
        );
        self.fold(&ev.view(), &ev.facts, range, true)
    }

    /// The sample mark of a request of account `i` with these facts, counted (see
    /// [`observe_sampled`](Self::observe_sampled)).
    pub(super) fn sample_mark(
        &mut self,
        i: usize,
        f: &RequestFacts,
        net: &NetFacts,
        model: &ModelFacts,
    ) -> Option<SampleMark> {
        let shown = shown_set(f, net, model);
        if shown == 0 {
            return None;
        }
        let signals = self.slots[i].content.samples.count(shown);
        (signals != 0).then_some(SampleMark {
            slot: i as u32,
            signals,
        })
    }

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
const REQUEST_LEVEL: [Signal; 13] = [
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
    Signal::SharedRestrictedExit,
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
        Some(dg_model::Timestamp(self.slots[i].state.first_ts))
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
    /// Narrows `flagged` to the accounts with reasons a request can show and notes those
    /// signals in `wanted` (once).
    fn want(&mut self) -> &[SignalSet] {
        if self.wanted.is_none() {
            let scanner = self.scanner;
            let wanted: Vec<SignalSet> = self
                .flagged
                .iter()
                .map(|&i| wanted(&scanner.finding(i as usize).reasons))
                .collect();
            let mut keep = wanted.iter().map(|&w| w != 0);
            self.flagged.retain(|_| keep.next().unwrap_or(false));
            self.wanted = Some(wanted.into_iter().filter(|&w| w != 0).collect());
        }
        self.wanted.as_deref().unwrap_or_default()
    }

    /// Whether any flagged account has reasons a request can show: whether samples offered
    /// to [`add_sample`](Self::add_sample) or [`add_evidence`](Self::add_evidence) can be kept.
    pub fn wants_samples(&mut self) -> bool {
        !self.want().is_empty()
    }

    /// Offers a request id with the mark [`Scanner::observe_sampled`] gave its request: kept
    /// behind each of the marked signals that is a reason of its account, if the account is
    /// flagged. Offered in the order of the scan, every mark of the scan with its id, the
    /// samples are those [`add_evidence`](Self::add_evidence) keeps from a second walk.
    pub fn add_sample(&mut self, mark: SampleMark, request_id: &str) {
        self.want();
        let Ok(k) = self.flagged.binary_search(&mark.slot) else {
            return;
        };
        let want = self.wanted.as_ref().map_or(0, |w| w[k]) & mark.signals;
        if want == 0 {
            return;
        }
        for s in REQUEST_LEVEL {
            if want & bit(s) != 0 {
                self.samples.add(mark.slot, s, request_id);
            }
        }
    }

    /// Account ids of the flagged accounts with reasons a request can show, whose requests
    /// [`add_evidence`](Self::add_evidence) wants; an account's position in this list is the
    /// number `add_evidence` returns for it (none: no second walk is needed).
    pub fn evidence_wanted(&mut self) -> Vec<String> {
        self.want();
        self.flagged
            .iter()
            .map(|&i| self.scanner.ids.get(i as usize).to_string())
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
        self.want();
        let (slot, signals) = self.scanner.shown_by(&self.flagged, ev, range)?;
        let k = self.flagged.binary_search(&slot).ok()?;
        let want = self.wanted.as_ref().map_or(0, |w| w[k]);
        let mut full = 0;
        for s in signals {
            if want & bit(s) != 0 {
                full = self.samples.add(slot, s, request_id);
            }
        }
        (full & want == want).then_some(k)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_mark_the_first_three_requests_of_each_signal() {
        // Requests showing pseudo-random mixes of signals, against counting one by one.
        let mut counts = SampleCounts::default();
        let mut naive = [0usize; REQUEST_LEVEL.len()];
        let mut x = 0x9e37_79b9_7f4a_7c15u64;
        for _ in 0..200 {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            let shown: SignalSet = (0..REQUEST_LEVEL.len())
                .filter(|k| (x >> k) & 1 == 1)
                .fold(0, |acc, k| acc | 1 << (2 * k));
            let mut want = 0;
            for (k, n) in naive.iter_mut().enumerate() {
                if shown & (1 << (2 * k)) != 0 && *n < EVIDENCE_PER_REASON {
                    *n += 1;
                    want |= 1 << (2 * k);
                }
            }
            assert_eq!(counts.count(shown), want);
        }
        assert!(naive.iter().all(|&n| n == EVIDENCE_PER_REASON));
        assert_eq!(counts.count(SIGNAL_BITS), 0);
    }

    #[test]
    fn a_signal_is_its_place_in_the_request_level_list() {
        for (k, s) in REQUEST_LEVEL.into_iter().enumerate() {
            assert_eq!(bit(s), 1 << (2 * k));
        }
        assert_eq!(bit(Signal::Volume), 0);
        let all = REQUEST_LEVEL.into_iter().fold(0, |acc, s| acc | bit(s));
        assert_eq!(all, SIGNAL_BITS);
    }
}
