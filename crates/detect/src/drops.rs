//! Drops: moments when many accounts start a session together, far beyond what that time of day
//! usually brings, and the accounts that keep showing up in them.
//!
//! A task platform that relays a data vendor's prompts to paid workers ("ask the assistant this
//! and paste back the whole answer") harvests through real people's own accounts: aged,
//! unrelated, each on its own card, home line and browser. Nothing links the accounts to one
//! another; the only coordination is *when*: the platform posts a batch of tasks and its workers
//! come online within minutes of it. One such drop is a crowd like any other (a webinar, an
//! outage ending, a release); an account that starts a large share of its sessions in drops, on
//! many different days, is following someone's clock.
//!
//! What counts, in the scan's event time:
//! - an *onset* is an account's request after at least `session_gap_minutes` of silence (its
//!   first request included): the start of a session;
//! - onsets are counted per 5-minute slot, and judged over 10-minute windows (two slots; each
//!   slot is in two windows, so a drop that straddles a boundary is still seen whole); a
//!   window's *background* is the median count of the same window on the previous
//!   `background_days` days (those the scan has seen, at least `min_background_days`), so a
//!   team's daily stand-up or a school's timetable is the usual;
//! - a window is a *drop* when its count reaches `ratio` × the background, `sigmas` Poisson
//!   errors above it and `min_onsets`, and the drop is *human-paced*: the busiest two minutes of
//!   the 20 minutes around it (5 before, the 10 of the window, 5 after) hold less than
//!   `paced_share` of its onsets. Schedulers start on the same second; a batch of workers reading
//!   a notification arrives over minutes. Machine-started crowds are left to the timing and
//!   network signals that see schedulers;
//! - a slot is in a drop when either of its windows is one; it is judged once both windows'
//!   pace spans have passed (15 minutes after it ends), and the onsets it held count for their
//!   accounts then.
//!
//! The account's signal (`drop_follower`, see [`crate::features`]) needs a share of its onsets in
//! drops *and* drops on several days, and it is one family of evidence, never alone: a contest
//! held in rounds brings its entrants online together on a few days too.
//!
//! Limits: the count is over all accounts, so a platform's drop must be visible in the
//! provider's total onsets; a provider whose every 10 minutes hold tens of thousands of onsets
//! sees only drops of thousands of workers.

use serde::{Deserialize, Serialize};

/// Minutes per slot of onsets; a window is two consecutive slots.
pub const SLOT_MINUTES: i64 = 5;
/// Slots per day.
const SLOTS_PER_DAY: i64 = 24 * 60 / SLOT_MINUTES;
/// Minutes on either side of a window that its pace is judged over.
const PACE_MARGIN: i64 = 5;
/// Slots of onset counts kept: eight days, enough for a week of background.
const RING_SLOTS: usize = 8 * SLOTS_PER_DAY as usize;
/// Minutes of onset counts kept: the pace windows of a slot and the time until it is judged,
/// with room.
const RING_MINUTES: usize = 40;
const MINUTE_MS: i64 = 60_000;

/// What makes a window a drop (`[drops]` in the weights file; every key optional, unknown keys
/// refused). The account's side (share of onsets in drops, days with drops) is in
/// [`crate::features::SignalParams`].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct DropParams {
    /// Silence (minutes) after which a request starts a new session.
    pub session_gap_minutes: f64,
    /// Previous days whose same window make the background.
    pub background_days: u32,
    /// Fewest such days seen before a window can be judged (the first days of a scan have no
    /// usual to compare with).
    pub min_background_days: u32,
    /// A drop holds at least this many times the background's onsets...
    pub ratio: f64,
    /// ...at least this many Poisson standard errors above it...
    pub sigmas: f64,
    /// ...and at least this many onsets.
    pub min_onsets: u32,
    /// A drop is human-paced when its busiest two minutes hold less than this share of its
    /// window's onsets.
    pub paced_share: f64,
    /// Sessions in drops counted for one account on one day, at most.
    pub per_day: u16,
}

impl Default for DropParams {
    fn default() -> Self {
        Self {
            session_gap_minutes: 30.0,
            background_days: 7,
            min_background_days: 2,
            ratio: 1.5,
            sigmas: 3.5,
            min_onsets: 8,
            paced_share: 0.35,
            per_day: 2,
        }
    }
}

impl DropParams {
    /// The session gap in milliseconds.
    pub fn gap_ms(&self) -> i64 {
        (self.session_gap_minutes * MINUTE_MS as f64) as i64
    }
}

/// A judged onset: the account's slot in the scanner, the day of its time slot (days since
/// the Unix epoch), whether a human-paced drop held it, and the share of all onsets judged so far that
/// fell in such drops (what chance alone would put in one, for an account that keeps no one's
/// clock).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct JudgedOnset {
    pub slot: u32,
    pub day: i64,
    pub in_drop: bool,
    pub chance: f64,
}

/// A ring of counts keyed by an index (time slot or minute): an entry holds the count of the
/// index it was last written for, so an index overwritten by a later one reads as 0.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
struct Ring {
    slots: Vec<(i64, u32)>,
}

impl Ring {
    fn add(&mut self, len: usize, index: i64) {
        if self.slots.len() != len {
            self.slots = vec![(i64::MIN, 0); len];
        }
        let k = index.rem_euclid(len as i64) as usize;
        let s = &mut self.slots[k];
        if s.0 == index {
            s.1 = s.1.saturating_add(1);
        } else {
            *s = (index, 1);
        }
    }

    fn get(&self, index: i64) -> u32 {
        if self.slots.is_empty() {
            return 0;
        }
        let k = index.rem_euclid(self.slots.len() as i64) as usize;
        match self.slots[k] {
            (i, c) if i == index => c,
            _ => 0,
        }
    }
}

/// The scan's onset counts and the onsets waiting for their slot to be judged: a few
/// kilobytes whatever the traffic, plus one entry per onset of the last 20 minutes.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct DropClock {
    slots: Ring,
    minutes: Ring,
    /// The first slot with an onset: slots before it were not seen, not empty.
    first_slot: Option<i64>,
    /// The latest minute seen.
    clock_minute: Option<i64>,
    /// Onsets whose slot is not judged yet: (time slot, account), in arrival order.
    pending: Vec<(i64, u32)>,
    /// The latest windows judged (first slot, drop): a slot's two windows are each shared
    /// with a neighbour.
    recent: [Option<(i64, bool)>; 2],
    /// Windows judged a human-paced drop so far, and machine-paced ones.
    drops: u32,
    machine_drops: u32,
    /// The usual onsets (each judged slot's background) summed over the judged slots, and over
    /// those in human-paced drops: what chance puts in a drop is the drops' share of the usual
    /// traffic, not of the traffic seen, which the followers themselves swell.
    usual: f64,
    usual_in_drops: f64,
}

impl DropClock {
    /// Records an onset of the account `account` at `t_ms`. Call [`advance`](Self::advance) to
    /// `t_ms` first.
    pub fn onset(&mut self, t_ms: i64, account: u32) {
        let minute = t_ms.div_euclid(MINUTE_MS);
        let slot = minute.div_euclid(SLOT_MINUTES);
        self.slots.add(RING_SLOTS, slot);
        self.minutes.add(RING_MINUTES, minute);
        self.first_slot = Some(self.first_slot.map_or(slot, |b| b.min(slot)));
        self.clock_minute = Some(self.clock_minute.map_or(minute, |m| m.max(minute)));
        // A late event whose slot was judged already counts in the background only.
        if !self.closed(slot) {
            self.pending.push((slot, account));
        }
    }

    /// Whether both windows of the slot, and their pace margins, have passed on the clock.
    fn closed(&self, slot: i64) -> bool {
        self.clock_minute
            .is_some_and(|m| m >= (slot + 2) * SLOT_MINUTES + PACE_MARGIN)
    }

    /// Moves the clock to `t_ms` and judges every slot whose windows have passed; the onsets
    /// they held are appended to `out`.
    pub fn advance(&mut self, p: &DropParams, t_ms: i64, out: &mut Vec<JudgedOnset>) {
        let minute = t_ms.div_euclid(MINUTE_MS);
        self.clock_minute = Some(self.clock_minute.map_or(minute, |m| m.max(minute)));
        if self.pending.is_empty() || !self.closed(self.pending[0].0) {
            return;
        }
        let pending = std::mem::take(&mut self.pending);
        let mut judged: Option<(i64, bool)> = None;
        let from = out.len();
        for (slot, account) in pending {
            if !self.closed(slot) {
                self.pending.push((slot, account));
                continue;
            }
            let in_drop = match judged {
                Some((b, d)) if b == slot => d,
                _ => {
                    // Both windows judged, whatever the first says: each is counted once.
                    let before = self.window(p, slot - 1);
                    let d = self.window(p, slot) || before;
                    if let Some(usual) = self.background(p, slot, |c, b| c.slots.get(b)) {
                        self.usual += usual;
                        if d {
                            self.usual_in_drops += usual;
                        }
                    }
                    judged = Some((slot, d));
                    d
                }
            };
            out.push(JudgedOnset {
                slot: account,
                day: slot.div_euclid(SLOTS_PER_DAY),
                in_drop,
                chance: 0.0,
            });
        }
        let chance = self.chance();
        for o in &mut out[from..] {
            o.chance = chance;
        }
    }

    /// The share of the usual onsets of the slots judged so far that fell in human-paced
    /// drops: where an account that keeps no one's clock lands by chance.
    pub fn chance(&self) -> f64 {
        if self.usual <= 0.0 {
            0.0
        } else {
            self.usual_in_drops / self.usual
        }
    }

    /// The median of `count` at the same time on the previous `background_days` days the scan
    /// has seen; `None` before `min_background_days` of them.
    fn background(
        &self,
        p: &DropParams,
        first: i64,
        count: impl Fn(&Self, i64) -> u32,
    ) -> Option<f64> {
        let seen = self.first_slot?;
        let mut usual: Vec<u32> = (1..=i64::from(p.background_days))
            .map(|k| first - k * SLOTS_PER_DAY)
            .filter(|&b| b >= seen)
            .map(|b| count(self, b))
            .collect();
        if usual.len() < p.min_background_days.max(1) as usize {
            return None;
        }
        let mid = usual.len() / 2;
        Some(f64::from(*usual.select_nth_unstable(mid).1))
    }

    /// Onsets in the window of the slot `first` and the next.
    fn count(&self, first: i64) -> u32 {
        self.slots
            .get(first)
            .saturating_add(self.slots.get(first + 1))
    }

    /// Whether the window starting at slot `first` is a human-paced drop (remembered for the
    /// neighbour that shares it; drops counted once).
    fn window(&mut self, p: &DropParams, first: i64) -> bool {
        if let Some((_, d)) = self.recent.iter().flatten().find(|(w, _)| *w == first) {
            return *d;
        }
        let (drop, paced) = self.judge(p, first);
        if drop {
            if paced {
                self.drops += 1;
            } else {
                self.machine_drops += 1;
            }
        }
        self.recent = [self.recent[1], Some((first, drop && paced))];
        drop && paced
    }

    /// Whether the window starting at slot `first` is a drop, and whether it is human-paced.
    fn judge(&self, p: &DropParams, first: i64) -> (bool, bool) {
        let Some(background) = self.background(p, first, Self::count) else {
            return (false, false);
        };
        let count = f64::from(self.count(first));
        let bar = (p.ratio * background)
            .max(background + p.sigmas * background.sqrt())
            .max(f64::from(p.min_onsets));
        if count < bar {
            return (false, false);
        }
        let start = first * SLOT_MINUTES - PACE_MARGIN;
        let minutes: Vec<u32> = (start..(first + 2) * SLOT_MINUTES + PACE_MARGIN)
            .map(|m| self.minutes.get(m))
            .collect();
        let total: u32 = minutes.iter().sum();
        let busiest = minutes.windows(2).map(|w| w[0] + w[1]).max().unwrap_or(0);
        (
            true,
            total > 0 && f64::from(busiest) < p.paced_share * f64::from(total),
        )
    }

    /// Human-paced and machine-paced drops judged so far.
    pub fn drops(&self) -> (u32, u32) {
        (self.drops, self.machine_drops)
    }

    /// The accounts of the onsets waiting for their slot to be judged.
    pub fn pending_slots(&self) -> impl Iterator<Item = u32> + '_ {
        self.pending.iter().map(|p| p.1)
    }

    /// Renumbers the waiting onsets' accounts after an eviction (`new_slot[old]`, `u32::MAX`
    /// for an evicted account, whose onsets are dropped).
    pub fn remap(&mut self, new_slot: &[u32]) {
        self.pending
            .retain_mut(|(_, s)| match new_slot.get(*s as usize) {
                Some(&n) if n != u32::MAX => {
                    *s = n;
                    true
                }
                _ => false,
            });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const DAY_MS: i64 = 86_400_000;

    /// Onsets of `n` accounts (slots from `first`) spread over `spread_s` seconds from `at`.
    fn burst(c: &mut DropClock, p: &DropParams, at: i64, n: u32, first: u32, spread_s: i64) {
        let mut out = Vec::new();
        for k in 0..n {
            let t = at + i64::from(k) * spread_s * 1000 / i64::from(n.max(1));
            c.advance(p, t, &mut out);
            c.onset(t, first + k);
        }
        assert!(out.is_empty(), "nothing is judged inside one window");
    }

    fn settle(c: &mut DropClock, p: &DropParams, t: i64) -> Vec<JudgedOnset> {
        let mut out = Vec::new();
        c.advance(p, t, &mut out);
        out.retain(|o| o.in_drop);
        out
    }

    /// Three quiet days of 2 onsets at 09:00, then the fourth day brings `n` over `spread_s`.
    fn fourth_day(n: u32, spread_s: i64) -> (DropClock, Vec<JudgedOnset>) {
        let p = DropParams::default();
        let mut c = DropClock::default();
        let nine = 9 * 3_600_000;
        for d in 0..3 {
            burst(&mut c, &p, d * DAY_MS + nine, 2, 100, 300);
            assert!(settle(&mut c, &p, d * DAY_MS + nine + 3_600_000).is_empty());
        }
        burst(&mut c, &p, 3 * DAY_MS + nine + 60_000, n, 0, spread_s);
        let out = settle(&mut c, &p, 3 * DAY_MS + nine + 3_600_000);
        (c, out)
    }

    #[test]
    fn a_crowd_arriving_over_minutes_far_above_the_usual_is_a_drop() {
        let (c, out) = fourth_day(20, 7 * 60);
        assert_eq!(out.len(), 20);
        assert!(out.iter().all(|o| o.day == 3));
        let (paced, machine) = c.drops();
        assert!(paced >= 1 && machine == 0, "{paced} {machine}");
    }

    #[test]
    fn a_crowd_starting_on_the_same_second_is_machine_paced() {
        let (c, out) = fourth_day(20, 1);
        assert!(out.is_empty());
        let (paced, machine) = c.drops();
        assert!(paced == 0 && machine >= 1, "{paced} {machine}");
    }

    #[test]
    fn a_crowd_straddling_two_slots_is_held_whole() {
        // 09:03 to 09:12: no 5-minute slot holds the crowd, a window does.
        let p = DropParams::default();
        let mut c = DropClock::default();
        let t0 = 9 * 3_600_000 + 3 * 60_000;
        for d in 0..3 {
            burst(&mut c, &p, d * DAY_MS + t0, 2, 100, 300);
            assert!(settle(&mut c, &p, d * DAY_MS + t0 + 3_600_000).is_empty());
        }
        burst(&mut c, &p, 3 * DAY_MS + t0, 12, 0, 9 * 60);
        let out = settle(&mut c, &p, 3 * DAY_MS + t0 + 3_600_000);
        assert_eq!(out.len(), 12);
    }

    #[test]
    fn a_crowd_within_the_usual_is_not_a_drop() {
        let (_, out) = fourth_day(4, 7 * 60);
        assert!(out.is_empty());
    }

    #[test]
    fn the_same_crowd_every_day_becomes_the_usual() {
        let p = DropParams::default();
        let mut c = DropClock::default();
        let nine = 9 * 3_600_000;
        let mut drops_on = Vec::new();
        for d in 0..6 {
            burst(&mut c, &p, d * DAY_MS + nine, 30, 0, 7 * 60);
            if !settle(&mut c, &p, d * DAY_MS + nine + 3_600_000).is_empty() {
                drops_on.push(d);
            }
        }
        // The first two days have no background to judge by; from then on it is the usual.
        assert!(drops_on.is_empty(), "{drops_on:?}");
    }

    #[test]
    fn evicted_accounts_leave_the_waiting_onsets() {
        let p = DropParams::default();
        let mut c = DropClock::default();
        c.onset(0, 0);
        c.onset(1_000, 1);
        c.remap(&[u32::MAX, 0]);
        assert_eq!(c.pending, vec![(0, 0)]);
        let _ = settle(&mut c, &p, DAY_MS);
        assert!(c.pending.is_empty());
    }
}
