//! The bounded reorder buffer that turns "roughly in order" events into event-time order.
//!
//! Events are held in a min-heap keyed by (ts, arrival sequence) and released once they are
//! older than the newest timestamp seen minus the window, so an event that arrives up to one
//! window late still comes out in place. An event later than that is not dropped: it is
//! released at once (out of order) and counted as late. Ties keep arrival order, so the output
//! is a deterministic function of the input.

use std::cmp::Reverse;
use std::collections::{BinaryHeap, VecDeque};

use dg_model::Event;

/// Reorders events (or anything with an event time) within a window of event time.
///
/// Most events arrive in order, so an item no older than the newest one held joins the back
/// of a sorted run (no sifting); only the others go to the heap, which orders `(ts, seq, slot)`
/// keys of items kept in a slab. Releasing takes the smaller front of the two, so the output is
/// exactly that of one heap.
#[derive(Debug)]
pub struct Reorder<T = Event> {
    /// How far (ms) an event may trail the newest one and still be placed in order.
    window: i64,
    /// Most events held; past it the oldest is released early so memory stays bounded.
    max_held: usize,
    /// Items that arrived in order, ascending by (ts, seq).
    run: VecDeque<(i64, u64, T)>,
    /// (ts, arrival sequence, slot) of the items that arrived out of order; the sequence
    /// breaks ties, so the slot never decides.
    heap: BinaryHeap<Reverse<(i64, u64, usize)>>,
    /// Items of the heap; `None` slots are listed in `free`.
    slots: Vec<Option<T>>,
    free: Vec<usize>,
    /// Arrival counter, the tie-breaker for equal timestamps.
    seq: u64,
    /// Newest timestamp seen.
    max_ts: Option<i64>,
    /// Timestamp of the last event released in order; anything older is late.
    floor: i64,
    /// Events released out of order because they came too late.
    late: u64,
}

impl<T> Reorder<T> {
    /// A buffer with the given window (negative counts as 0) and bound on held events (min 1).
    pub fn new(window_ms: i64, max_held: usize) -> Self {
        Self {
            window: window_ms.max(0),
            max_held: max_held.max(1),
            run: VecDeque::new(),
            heap: BinaryHeap::new(),
            slots: Vec::new(),
            free: Vec::new(),
            seq: 0,
            max_ts: None,
            floor: i64::MIN,
            late: 0,
        }
    }

    /// Adds an item with event time `ts` (epoch ms); appends to `out` every item that can now
    /// be released.
    pub fn push_at(&mut self, ts: i64, item: T, out: &mut Vec<T>) {
        let watermark = self.watermark();
        if ts < watermark || ts < self.floor {
            // Beyond the window: process it anyway, now, and say so in the counters.
            self.late += 1;
            out.push(item);
            return;
        }
        self.seq += 1;
        if self.run.back().is_none_or(|&(last, _, _)| ts >= last) {
            self.run.push_back((ts, self.seq, item));
        } else {
            let slot = match self.free.pop() {
                Some(i) => {
                    if let Some(s) = self.slots.get_mut(i) {
                        *s = Some(item);
                    }
                    i
                }
                None => {
                    self.slots.push(Some(item));
                    self.slots.len() - 1
                }
            };
            self.heap.push(Reverse((ts, self.seq, slot)));
        }
        self.max_ts = Some(self.max_ts.map_or(ts, |m| m.max(ts)));
        self.release(out);
    }

    /// Releases everything still held, in order; call at end of input.
    pub fn drain(&mut self, out: &mut Vec<T>) {
        while self.pop_min(out).is_some() {}
    }

    /// Events released out of order so far.
    pub fn late(&self) -> u64 {
        self.late
    }

    /// Events currently held.
    pub fn held(&self) -> usize {
        self.run.len() + self.heap.len()
    }

    /// Events older than this are past the window.
    fn watermark(&self) -> i64 {
        self.max_ts
            .map_or(i64::MIN, |m| m.saturating_sub(self.window))
    }

    /// (ts, seq) of the oldest held item, and whether it is the run's.
    fn min(&self) -> Option<(i64, bool)> {
        let run = self.run.front().map(|&(ts, seq, _)| (ts, seq));
        let heap = self.heap.peek().map(|&Reverse((ts, seq, _))| (ts, seq));
        match (run, heap) {
            (Some(r), Some(h)) => Some(if r < h { (r.0, true) } else { (h.0, false) }),
            (Some(r), None) => Some((r.0, true)),
            (None, Some(h)) => Some((h.0, false)),
            (None, None) => None,
        }
    }

    /// Moves the oldest held item to `out`; its time, or `None` when nothing is held.
    fn pop_min(&mut self, out: &mut Vec<T>) -> Option<i64> {
        let (ts, from_run) = self.min()?;
        if from_run {
            let (_, _, item) = self.run.pop_front()?;
            out.push(item);
        } else {
            let Reverse((_, _, slot)) = self.heap.pop()?;
            if let Some(item) = self.slots.get_mut(slot).and_then(Option::take) {
                out.push(item);
                self.free.push(slot);
            }
        }
        self.floor = ts;
        Some(ts)
    }

    /// Pops every held event older than the watermark, plus any over the bound.
    fn release(&mut self, out: &mut Vec<T>) {
        let watermark = self.watermark();
        while let Some((ts, _)) = self.min() {
            if ts >= watermark && self.held() <= self.max_held {
                break;
            }
            self.pop_min(out);
        }
    }
}

/// Where a [`Reorder`] stands besides the items it holds: what a snapshot saves with them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct ReorderMark {
    /// Newest timestamp seen.
    pub max_ts: Option<i64>,
    /// Timestamp of the last event released in order.
    pub floor: i64,
    /// Events released out of order so far.
    pub late: u64,
}

impl<T> Reorder<T> {
    /// The clock and counters, to save with [`held_in_order`](Self::held_in_order).
    pub fn mark(&self) -> ReorderMark {
        ReorderMark {
            max_ts: self.max_ts,
            floor: self.floor,
            late: self.late,
        }
    }

    /// The held items with their times, in the order they will be released.
    pub fn held_in_order(&self) -> Vec<(i64, &T)> {
        let mut heap: Vec<(i64, u64, usize)> = self.heap.iter().map(|r| r.0).collect();
        heap.sort_unstable();
        let mut out = Vec::with_capacity(self.held());
        let mut run = self.run.iter().peekable();
        let mut heap = heap.into_iter().peekable();
        loop {
            let take_run = match (run.peek(), heap.peek()) {
                (Some(r), Some(h)) => (r.0, r.1) < (h.0, h.1),
                (Some(_), None) => true,
                (None, Some(_)) => false,
                (None, None) => break,
            };
            if take_run {
                if let Some((ts, _, item)) = run.next() {
                    out.push((*ts, item));
                }
            } else if let Some((ts, _, slot)) = heap.next() {
                if let Some(Some(item)) = self.slots.get(slot) {
                    out.push((ts, item));
                }
            }
        }
        out
    }

    /// A buffer that holds `held` (in release order, as [`held_in_order`](Self::held_in_order)
    /// gave them) at `mark`: it releases the same items in the same order as the one saved.
    /// Arrival numbers restart, which changes nothing: only their order breaks ties.
    pub fn resume(
        window_ms: i64,
        max_held: usize,
        mark: ReorderMark,
        held: impl IntoIterator<Item = (i64, T)>,
    ) -> Self {
        let mut r = Self::new(window_ms, max_held);
        for (ts, item) in held {
            r.seq += 1;
            if r.run.back().is_none_or(|&(last, _, _)| ts >= last) {
                r.run.push_back((ts, r.seq, item));
            } else {
                // Not in release order after all: the heap keeps the order right anyway.
                r.slots.push(Some(item));
                r.heap.push(Reverse((ts, r.seq, r.slots.len() - 1)));
            }
        }
        r.max_ts = mark.max_ts;
        r.floor = mark.floor;
        r.late = mark.late;
        r
    }
}

impl Reorder<Event> {
    /// Adds an event; appends to `out` every event that can now be released.
    pub fn push(&mut self, event: Event, out: &mut Vec<Event>) {
        let ts = event.ts.millis();
        self.push_at(ts, event, out);
    }
}

#[cfg(test)]
mod tests {
    use dg_model::Timestamp;

    use super::*;

    fn ev(id: &str, ts: i64) -> Event {
        Event {
            request_id: id.into(),
            ts: Timestamp(ts),
            account_id: "a".into(),
            model: "m".into(),
            ..crate::events::blank_event()
        }
    }

    fn run(r: &mut Reorder, input: &[(&str, i64)]) -> Vec<String> {
        let mut out = Vec::new();
        for &(id, ts) in input {
            r.push(ev(id, ts), &mut out);
        }
        r.drain(&mut out);
        out.into_iter().map(|e| e.request_id).collect()
    }

    #[test]
    fn a_resumed_buffer_releases_what_the_saved_one_would() {
        let input: Vec<(i64, u32)> = (0..400u32)
            .map(|i| (i64::from((i * 7919) % 97) + i64::from(i / 3), i))
            .collect();
        for cut in [0, 1, 50, 199, 400] {
            let mut a: Reorder<u32> = Reorder::new(20, 30);
            let mut out_a = Vec::new();
            for &(ts, i) in &input[..cut] {
                a.push_at(ts, i, &mut out_a);
            }
            let held: Vec<(i64, u32)> = a
                .held_in_order()
                .into_iter()
                .map(|(t, &i)| (t, i))
                .collect();
            let mut b = Reorder::resume(20, 30, a.mark(), held);
            let mut out_b = out_a.clone();
            for &(ts, i) in &input[cut..] {
                a.push_at(ts, i, &mut out_a);
                b.push_at(ts, i, &mut out_b);
            }
            a.drain(&mut out_a);
            b.drain(&mut out_b);
            assert_eq!(out_a, out_b, "cut {cut}");
            assert_eq!(a.late(), b.late());
        }
    }

    #[test]
    fn shuffled_within_the_window_comes_out_sorted_ties_in_arrival_order() {
        let mut r = Reorder::new(100, 1000);
        let got = run(
            &mut r,
            &[
                ("c", 30),
                ("a", 10),
                ("d", 30),
                ("b", 20),
                ("e", 120),
                ("f", 40),
            ],
        );
        assert_eq!(got, ["a", "b", "c", "d", "f", "e"]);
        assert_eq!(r.late(), 0);
    }

    #[test]
    fn an_event_beyond_the_window_is_released_at_once_and_counted() {
        let mut r = Reorder::new(100, 1000);
        let mut out = Vec::new();
        r.push(ev("a", 1000), &mut out);
        r.push(ev("b", 1200), &mut out);
        assert_eq!(out.len(), 1, "a is older than 1200-100");
        r.push(ev("old", 500), &mut out);
        assert_eq!(r.late(), 1);
        r.drain(&mut out);
        let ids: Vec<_> = out.iter().map(|e| e.request_id.as_str()).collect();
        assert_eq!(ids, ["a", "old", "b"]);
    }

    /// The plain one-heap buffer the run + heap split must match exactly.
    fn reference(window: i64, max_held: usize, input: &[i64]) -> (Vec<usize>, u64) {
        let mut heap = BinaryHeap::new();
        let (mut max_ts, mut floor, mut late) = (i64::MIN, i64::MIN, 0);
        let mut out = Vec::new();
        for (seq, &ts) in input.iter().enumerate() {
            let watermark = if max_ts == i64::MIN {
                i64::MIN
            } else {
                max_ts - window
            };
            if ts < watermark || ts < floor {
                late += 1;
                out.push(seq);
                continue;
            }
            heap.push(Reverse((ts, seq)));
            max_ts = max_ts.max(ts);
            while let Some(&Reverse((t, _))) = heap.peek() {
                if t >= max_ts - window && heap.len() <= max_held {
                    break;
                }
                let Some(Reverse((t, s))) = heap.pop() else {
                    break;
                };
                floor = t;
                out.push(s);
            }
        }
        while let Some(Reverse((_, s))) = heap.pop() {
            out.push(s);
        }
        (out, late)
    }

    #[test]
    fn mostly_ordered_input_with_stragglers_matches_one_heap() {
        let mut x = 0x2545_f491_4f6c_dd1du64;
        let mut next = move || {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            x
        };
        for (window, max_held) in [(50, 1000), (50, 7), (0, 1000), (400, 30)] {
            let mut t = 0i64;
            let input: Vec<i64> = (0..5000)
                .map(|_| {
                    t += (next() % 5) as i64;
                    match next() % 10 {
                        0 => t - (next() % 100) as i64,
                        1 => t - (next() % 600) as i64,
                        _ => t,
                    }
                })
                .collect();
            let mut r = Reorder::new(window, max_held);
            let mut out = Vec::new();
            for (seq, &ts) in input.iter().enumerate() {
                r.push_at(ts, seq, &mut out);
                assert!(r.held() <= max_held);
            }
            r.drain(&mut out);
            assert_eq!((out, r.late()), reference(window, max_held, &input));
        }
    }

    #[test]
    fn the_bound_releases_early_and_later_stragglers_count_as_late() {
        let mut r = Reorder::new(1_000_000, 2);
        let mut out = Vec::new();
        for (id, ts) in [("a", 10), ("b", 20), ("c", 30)] {
            r.push(ev(id, ts), &mut out);
        }
        assert_eq!(r.held(), 2);
        assert_eq!(out[0].request_id, "a");
        r.push(ev("x", 5), &mut out);
        assert_eq!(r.late(), 1);
    }
}
