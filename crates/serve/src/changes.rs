//! Decision changes: every time an account's published decision changes, as the decision
//! routes, the guardrail and ext_authz see it (`distillguard_decision_changes_total`, and the
//! change feed `GET /v1/decision-changes`).
//!
//! A change is recorded when the engine publishes an account's finding whose decision differs
//! from the one the board held (an account never published counts as `allow`, the answer for
//! an unknown account), when a rebuild replaces the board, and when an evicted account leaves
//! it. That is exactly what a gateway can observe: decisions are answered from the board, so a
//! decision that went and came back between two publications (at most 200 ms apart under
//! ingest) was never answered. Detecting it per folded event instead would need the account's
//! verdict before and after every event, work the fold itself avoids (it rescores an account
//! only every few requests). The changes are the detector's decisions; analyst overrides are in
//! the audit log.
//!
//! The feed keeps the last `limits.decision_changes_kept` changes in memory, numbered from 1
//! at each start (`epoch` says which start): a consumer that polls with the last `seq` it read
//! gets what followed, and `gap` when some of it was dropped already (then it re-reads the
//! decisions it caches, e.g. with `POST /v1/decisions:batch`).

use std::collections::VecDeque;
use std::sync::atomic::{AtomicU64, Ordering::Relaxed};
use std::sync::{Mutex, PoisonError};

use dg_model::{Decision, Timestamp};
use serde::Serialize;
use utoipa::ToSchema;

/// Changes kept when no limit is configured.
pub const DEFAULT_KEPT: usize = 10_000;

/// One change of an account's published decision.
#[derive(Debug, Clone, PartialEq, Serialize, ToSchema)]
pub struct Change {
    /// Its number, from 1 at each start.
    pub seq: u64,
    /// The account.
    pub account_id: String,
    /// The decision before (`allow` for an account not published before).
    #[schema(value_type = crate::openapi::Decision)]
    pub from: Decision,
    /// The decision now.
    #[schema(value_type = crate::openapi::Decision)]
    pub to: Decision,
    /// The score now.
    pub score: f64,
    /// The account's cluster now, if any.
    pub cluster_id: Option<String>,
    /// The detector's clock (event time of the newest folded event) at the change.
    #[schema(value_type = Option<String>, format = DateTime)]
    pub as_of: Option<Timestamp>,
    /// When it was published, RFC 3339 (wall clock).
    #[schema(format = DateTime)]
    pub at: String,
}

/// A change about to be recorded (numbered and timed by [`Changes::record`]).
#[derive(Debug, Clone, PartialEq)]
pub struct NewChange {
    /// The account.
    pub account_id: String,
    /// The decision before.
    pub from: Decision,
    /// The decision now.
    pub to: Decision,
    /// The score now.
    pub score: f64,
    /// The account's cluster now.
    pub cluster_id: Option<String>,
}

/// A page of the feed.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct Page {
    /// The changes after the asked `seq`, oldest first.
    pub changes: Vec<Change>,
    /// The `after` of the next page: the last `seq` given (or the asked one if none).
    pub next_after: u64,
    /// Changes after the asked `seq` were dropped from memory before this read: what the
    /// consumer caches may be stale.
    pub gap: bool,
    /// Wall-clock epoch ms of this start: numbers restart from 1 when it changes.
    pub epoch: i64,
}

#[derive(Debug, Default)]
struct Ring {
    /// The number the next change gets.
    next: u64,
    kept: VecDeque<Change>,
}

/// The decision changes of this run: counted by tier pair, the last ones kept for the feed.
#[derive(Debug)]
pub struct Changes {
    max_kept: usize,
    ring: Mutex<Ring>,
    /// Changes counted by (from, to) tier: allow, review, throttle, block.
    counts: [[AtomicU64; 4]; 4],
    epoch: i64,
}

impl Default for Changes {
    fn default() -> Self {
        Self::new(DEFAULT_KEPT)
    }
}

/// The index of a tier in the counters.
pub fn tier_index(d: Decision) -> usize {
    match d {
        Decision::Allow => 0,
        Decision::Review => 1,
        Decision::Throttle => 2,
        Decision::Block => 3,
    }
}

impl Changes {
    /// A feed keeping the last `max_kept` changes (0: none kept, only counted).
    pub fn new(max_kept: usize) -> Self {
        Self {
            max_kept,
            ring: Mutex::new(Ring {
                next: 1,
                kept: VecDeque::new(),
            }),
            counts: Default::default(),
            epoch: chrono::Utc::now().timestamp_millis(),
        }
    }

    /// Records changes published together (numbered in order) at detector clock `as_of`.
    pub fn record(&self, changes: Vec<NewChange>, as_of: Option<Timestamp>) {
        if changes.is_empty() {
            return;
        }
        for c in &changes {
            self.counts[tier_index(c.from)][tier_index(c.to)].fetch_add(1, Relaxed);
        }
        let at = crate::api::now_rfc3339();
        let mut ring = self.ring.lock().unwrap_or_else(PoisonError::into_inner);
        for c in changes {
            let seq = ring.next;
            ring.next += 1;
            if self.max_kept == 0 {
                continue;
            }
            if ring.kept.len() >= self.max_kept {
                ring.kept.pop_front();
            }
            ring.kept.push_back(Change {
                seq,
                account_id: c.account_id,
                from: c.from,
                to: c.to,
                score: c.score,
                cluster_id: c.cluster_id,
                as_of,
                at: at.clone(),
            });
        }
    }

    /// The changes numbered after `after`, at most `limit`.
    pub fn after(&self, after: u64, limit: usize) -> Page {
        let ring = self.ring.lock().unwrap_or_else(PoisonError::into_inner);
        // The oldest number still held (the next one when none is).
        let oldest = ring.kept.front().map_or(ring.next, |c| c.seq);
        let gap = after.saturating_add(1) < oldest && after.saturating_add(1) < ring.next;
        let start = after.saturating_add(1).max(oldest);
        let skip = usize::try_from(start - oldest).unwrap_or(usize::MAX);
        let changes: Vec<Change> = ring.kept.iter().skip(skip).take(limit).cloned().collect();
        Page {
            next_after: changes.last().map_or(after, |c| c.seq),
            changes,
            gap,
            epoch: self.epoch,
        }
    }

    /// The count of changes from tier `from` to tier `to` (indices of [`tier_index`]).
    pub fn count(&self, from: usize, to: usize) -> u64 {
        self.counts
            .get(from)
            .and_then(|r| r.get(to))
            .map_or(0, |c| c.load(Relaxed))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn change(id: &str, from: Decision, to: Decision) -> NewChange {
        NewChange {
            account_id: id.into(),
            from,
            to,
            score: 0.5,
            cluster_id: None,
        }
    }

    #[test]
    fn the_feed_pages_by_number_and_says_when_it_dropped_some() {
        use Decision::{Allow, Block, Review};
        let c = Changes::new(3);
        assert!(c.after(0, 10).changes.is_empty() && !c.after(0, 10).gap);
        c.record(
            vec![change("a", Allow, Review), change("b", Allow, Block)],
            None,
        );
        let p = c.after(0, 1);
        assert_eq!((p.changes[0].seq, p.next_after, p.gap), (1, 1, false));
        let p = c.after(1, 10);
        assert_eq!(p.changes.len(), 1);
        assert_eq!(p.changes[0].account_id, "b");
        c.record(
            vec![change("a", Review, Block), change("c", Allow, Review)],
            Some(Timestamp(7)),
        );
        // Four changes, three kept: reading from the start misses the first.
        let p = c.after(0, 10);
        assert!(p.gap);
        let seqs: Vec<u64> = p.changes.iter().map(|x| x.seq).collect();
        assert_eq!(seqs, vec![2, 3, 4]);
        assert!(!c.after(1, 10).gap, "the one after 1 is still held");
        assert!(c.after(4, 10).changes.is_empty() && !c.after(4, 10).gap);
        assert_eq!(c.count(tier_index(Allow), tier_index(Review)), 2);
        assert_eq!(c.count(tier_index(Review), tier_index(Block)), 1);
    }
}
