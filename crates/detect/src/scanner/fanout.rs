//! Fan-out: the same request sent by several unrelated accounts within moments of each other.
//!
//! A best-of-n harvester sends each problem verbatim to a handful of its accounts at once and
//! keeps the best answer; every account looks like a quiet consumer on its own home line, and
//! no two of them share a card, an address or a client. What they share is the moment: the
//! same text, from four or more accounts, within a few minutes, again and again. People do
//! not do that for most of what they ask; a class pasting the teacher's exercise does it now
//! and then, and a team running one suite does it under its organisation's name, so senders
//! of one declared organisation count as one sender.
//!
//! A *burst* is every send of one request text (its frame and payload hash, see
//! [`crate::request::RequestFacts`]) within `span` of the burst's first send. When the event
//! clock passes the burst's end, it is judged: if it holds between `quorum` and `max_units`
//! senders, each of its accounts counts one fan-out request. The upper bound is what tells a
//! task dealt out to a handful of accounts from public text: a headline, a contest's problem
//! or a webinar's exercise is pasted by a crowd, a best-of-n sampler's problem by the few
//! accounts it was dealt to and nobody else. The table holds the last few minutes of traffic,
//! never more than [`MAX_BURSTS`] bursts (a new text finding the table full starts no burst).

use std::collections::{HashMap, VecDeque};

use serde::{Deserialize, Serialize};

/// Most bursts held at once: a few minutes of distinct prompts at any plausible rate. Past it,
/// new texts start no burst until old ones expire (fan-out is then undercounted, never
/// invented).
pub(super) const MAX_BURSTS: usize = 1 << 20;

/// Senders remembered per burst: more than any `max_units` allowed (see [`Rule`]).
const MAX_SENDERS: usize = 33;

/// When a burst is fan-out.
#[derive(Debug, Clone, Copy)]
pub(super) struct Rule {
    pub(super) span_ms: i64,
    /// Least distinct senders.
    pub(super) quorum: usize,
    /// Most distinct senders (at most 32): a crowd's text is public, not dealt out.
    pub(super) max_units: usize,
}

/// One sender of a burst: the account's slot and its unit (its declared organisation's hash,
/// or a value unique to the account).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
struct Sender {
    slot: u32,
    unit: u64,
}

/// Every send of one text within the span of its first.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
struct Burst {
    start_ms: i64,
    senders: Vec<Sender>,
}

impl Burst {
    /// Pushes its senders to `out` if the rule makes it fan-out.
    fn judge(&self, rule: &Rule, out: &mut Vec<u32>) {
        // Most texts are sent once: nothing to count, nothing to allocate.
        if self.senders.len() < rule.quorum.max(2) {
            return;
        }
        let mut units: Vec<u64> = self.senders.iter().map(|s| s.unit).collect();
        units.sort_unstable();
        units.dedup();
        let max = rule.max_units.min(MAX_SENDERS - 1);
        if (rule.quorum.max(2)..=max).contains(&units.len()) {
            out.extend(self.senders.iter().map(|s| s.slot));
        }
    }
}

/// The bursts of the last `span`, oldest first.
#[derive(Debug, Clone, Default)]
pub(super) struct FanOut {
    bursts: HashMap<u64, Burst>,
    order: VecDeque<(i64, u64)>,
}

/// [`FanOut`] as plain data: its bursts in the order they started.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub(super) struct FanOutState(Vec<(u64, Burst)>);

impl FanOutState {
    /// The account slots the bursts name (a restore checks them).
    pub(super) fn slots(&self) -> impl Iterator<Item = u32> + '_ {
        self.0
            .iter()
            .flat_map(|(_, b)| b.senders.iter().map(|s| s.slot))
    }
}

impl FanOut {
    /// Judges the bursts that ended before `ms` (pushing to `out` the slots that count one
    /// fan-out request each), then notes that `slot` (of `unit`) sent the text `key` at `ms`.
    pub(super) fn observe(
        &mut self,
        key: u64,
        slot: u32,
        unit: u64,
        ms: i64,
        rule: &Rule,
        out: &mut Vec<u32>,
    ) {
        self.advance(ms, rule, out);
        if !self.bursts.contains_key(&key) {
            if self.bursts.len() >= MAX_BURSTS {
                return;
            }
            self.order.push_back((ms, key));
        }
        let burst = self.bursts.entry(key).or_insert_with(|| Burst {
            start_ms: ms,
            senders: Vec::new(),
        });
        // The same account sending it again (a retry, a regeneration) is not fan-out.
        if burst.senders.len() < MAX_SENDERS && burst.senders.iter().all(|s| s.slot != slot) {
            burst.senders.push(Sender { slot, unit });
        }
    }

    /// Judges the bursts that ended before `ms`.
    pub(super) fn advance(&mut self, ms: i64, rule: &Rule, out: &mut Vec<u32>) {
        while let Some(&(start, k)) = self.order.front() {
            if start.saturating_add(rule.span_ms) >= ms {
                break;
            }
            self.order.pop_front();
            if let Some(b) = self.bursts.remove(&k) {
                b.judge(rule, out);
            }
        }
    }

    /// Judges every burst still open (the end of a scan).
    pub(super) fn close(&mut self, rule: &Rule, out: &mut Vec<u32>) {
        self.advance(
            i64::MAX,
            &Rule {
                span_ms: 0,
                ..*rule
            },
            out,
        );
    }

    /// Renumbers slots after an eviction (`new_slot[old]`, `u32::MAX` for an evicted one).
    pub(super) fn remap(&mut self, new_slot: &[u32]) {
        for b in self.bursts.values_mut() {
            b.senders
                .retain_mut(|s| match new_slot.get(s.slot as usize) {
                    Some(&n) if n != u32::MAX => {
                        s.slot = n;
                        true
                    }
                    _ => false,
                });
        }
    }

    /// The bursts as plain data, for a snapshot.
    pub(super) fn state(&self) -> FanOutState {
        FanOutState(
            self.order
                .iter()
                .filter_map(|(_, k)| self.bursts.get(k).map(|b| (*k, b.clone())))
                .collect(),
        )
    }

    /// Rebuilds the bursts of a snapshot.
    pub(super) fn restore(state: FanOutState) -> Self {
        let mut f = Self::default();
        for (k, b) in state.0 {
            f.order.push_back((b.start_ms, k));
            f.bursts.insert(k, b);
        }
        f
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const RULE: Rule = Rule {
        span_ms: 300_000,
        quorum: 4,
        max_units: 6,
    };

    fn send(f: &mut FanOut, key: u64, slot: u32, unit: u64, ms: i64) -> Vec<u32> {
        let mut out = Vec::new();
        f.observe(key, slot, unit, ms, &RULE, &mut out);
        out
    }

    fn closed(f: &mut FanOut) -> Vec<u32> {
        let mut out = Vec::new();
        f.close(&RULE, &mut out);
        out.sort_unstable();
        out
    }

    #[test]
    fn a_handful_of_senders_is_fan_out_once_the_burst_ends() {
        let mut f = FanOut::default();
        for (slot, ms) in [(0, 0), (1, 10_000), (1, 20_000), (2, 30_000), (3, 40_000)] {
            assert!(send(&mut f, 7, slot, 100 + u64::from(slot), ms).is_empty());
        }
        // Another text after the span ends the burst: its four accounts count, the repeat
        // of account 1 does not make a fifth.
        assert_eq!(send(&mut f, 8, 9, 109, 300_001), vec![0, 1, 2, 3]);
        assert!(closed(&mut f).is_empty());
    }

    #[test]
    fn three_senders_a_crowd_and_one_organisation_are_not() {
        let mut f = FanOut::default();
        for slot in 0..3 {
            send(&mut f, 1, slot, u64::from(slot), 0);
        }
        for slot in 10..20 {
            send(&mut f, 2, slot, u64::from(slot), 0);
        }
        for slot in 30..36 {
            send(&mut f, 3, slot, 500, 0);
        }
        assert!(closed(&mut f).is_empty());
        // The fourth sender after the span starts a new burst: no quorum either way.
        for slot in 0..3 {
            send(&mut f, 4, slot, u64::from(slot), 0);
        }
        send(&mut f, 4, 3, 3, RULE.span_ms + 1);
        assert!(closed(&mut f).is_empty());
    }

    #[test]
    fn state_round_trips_and_remap_drops_the_evicted() {
        let mut f = FanOut::default();
        for slot in 0..4 {
            send(&mut f, 1, slot, u64::from(slot), 0);
            send(&mut f, 2, slot, u64::from(slot), 1_000);
        }
        let mut g = FanOut::restore(f.state());
        assert_eq!(g.state(), f.state());
        assert_eq!(closed(&mut g), vec![0, 0, 1, 1, 2, 2, 3, 3]);
        // Slot 1 evicted, slots 2 and 3 become 1 and 2: three senders left, one more to count.
        f.remap(&[0, u32::MAX, 1, 2]);
        send(&mut f, 1, 5, 5, 2_000);
        assert_eq!(closed(&mut f), vec![0, 1, 2, 5]);
    }
}
