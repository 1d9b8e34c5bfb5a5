//! The decision board: every account's finding as of the latest folded batch, published by
//! the fold and read by the decision routes without touching the detector.
//!
//! The detector is a single writer that can hold its lock for a long time (a re-link over all
//! suspects takes seconds at scale); a decision must answer in well under a millisecond. So
//! the fold publishes each batch's results here, and a decision takes one shard's read lock
//! for one map look-up. Writers hold a shard's lock only to insert findings computed before.

use std::collections::hash_map::RandomState;
use std::collections::HashMap;
use std::hash::BuildHasher;
use std::sync::atomic::{AtomicI64, AtomicU64, Ordering::Relaxed};
use std::sync::{Arc, PoisonError, RwLock};

use dg_model::{AccountFinding, Timestamp};

/// Shards of the board: enough that a publishing batch rarely holds the shard a decision
/// wants, few enough that a full republish takes each lock once.
const SHARDS: usize = 64;

/// One shard: findings by account id.
type Shard = HashMap<Box<str>, Arc<AccountFinding>>;

/// Published findings and the detector's counters, readable without its lock.
pub struct Board {
    /// Which shard an id lives in.
    hasher: RandomState,
    shards: Box<[RwLock<Shard>]>,
    /// Event time of the newest folded event; `i64::MIN` before the first.
    as_of: AtomicI64,
    folded: AtomicU64,
    held: AtomicU64,
    accounts: AtomicU64,
    /// TEMPORARY instrument (issue 10 p99): look-ups that found their shard write-locked,
    /// their total and longest wait, and the longest a writer held a shard.
    pub probe_read_waits: AtomicU64,
    pub probe_read_wait_ns: AtomicU64,
    pub probe_read_wait_max_ns: AtomicU64,
    pub probe_write_hold_max_ns: AtomicU64,
    pub probe_write_hold_ns: AtomicU64,
}

/// The detector's counters at a publication.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Counts {
    /// Events folded into the detector.
    pub folded: u64,
    /// Events held by the reorder window.
    pub held: u64,
    /// Accounts the detector has seen.
    pub accounts: u64,
    /// Event time of the newest folded event.
    pub as_of: Option<Timestamp>,
}

impl Default for Board {
    fn default() -> Self {
        Self {
            hasher: RandomState::new(),
            shards: (0..SHARDS).map(|_| RwLock::new(Shard::new())).collect(),
            as_of: AtomicI64::new(i64::MIN),
            folded: AtomicU64::new(0),
            held: AtomicU64::new(0),
            accounts: AtomicU64::new(0),
            probe_read_waits: AtomicU64::new(0),
            probe_read_wait_ns: AtomicU64::new(0),
            probe_read_wait_max_ns: AtomicU64::new(0),
            probe_write_hold_max_ns: AtomicU64::new(0),
            probe_write_hold_ns: AtomicU64::new(0),
        }
    }
}

impl Board {
    fn shard_of(&self, id: &str) -> usize {
        (self.hasher.hash_one(id) % SHARDS as u64) as usize
    }

    /// The account's published finding; `None` if none of its events was folded yet.
    pub fn get(&self, account_id: &str) -> Option<Arc<AccountFinding>> {
        let lock = &self.shards[self.shard_of(account_id)];
        let shard = match lock.try_read() {
            Ok(g) => g,
            Err(_) => {
                let t = std::time::Instant::now();
                let g = lock.read().unwrap_or_else(PoisonError::into_inner);
                let ns = t.elapsed().as_nanos() as u64;
                self.probe_read_waits.fetch_add(1, Relaxed);
                self.probe_read_wait_ns.fetch_add(ns, Relaxed);
                self.probe_read_wait_max_ns.fetch_max(ns, Relaxed);
                g
            }
        };
        shard.get(account_id).cloned()
    }

    /// Publishes findings (newer ones replace older ones of the same account).
    pub fn publish(&self, findings: impl IntoIterator<Item = AccountFinding>) {
        let mut by_shard: Vec<Vec<AccountFinding>> = (0..SHARDS).map(|_| Vec::new()).collect();
        for f in findings {
            by_shard[self.shard_of(&f.account_id)].push(f);
        }
        for (s, batch) in by_shard.into_iter().enumerate() {
            if batch.is_empty() {
                continue;
            }
            // Built before the lock is taken, so the lock covers only the inserts.
            let entries: Vec<(Box<str>, Arc<AccountFinding>)> = batch
                .into_iter()
                .map(|f| (f.account_id.clone().into_boxed_str(), Arc::new(f)))
                .collect();
            let mut shard = self.shards[s]
                .write()
                .unwrap_or_else(PoisonError::into_inner);
            let t = std::time::Instant::now();
            shard.extend(entries);
            drop(shard);
            let ns = t.elapsed().as_nanos() as u64;
            self.probe_write_hold_ns.fetch_add(ns, Relaxed);
            self.probe_write_hold_max_ns.fetch_max(ns, Relaxed);
        }
    }

    /// Replaces every published finding with `findings` (a rebuilt detector).
    pub fn replace_all(&self, findings: impl IntoIterator<Item = AccountFinding>) {
        let mut fresh: Vec<Shard> = (0..SHARDS).map(|_| Shard::new()).collect();
        for f in findings {
            let s = self.shard_of(&f.account_id);
            fresh[s].insert(f.account_id.clone().into_boxed_str(), Arc::new(f));
        }
        for (s, new) in fresh.into_iter().enumerate() {
            let old = std::mem::replace(
                &mut *self.shards[s]
                    .write()
                    .unwrap_or_else(PoisonError::into_inner),
                new,
            );
            // Freed outside the lock.
            drop(old);
        }
    }

    /// Publishes the detector's counters.
    pub fn set_counts(&self, c: Counts) {
        self.folded.store(c.folded, Relaxed);
        self.held.store(c.held, Relaxed);
        self.accounts.store(c.accounts, Relaxed);
        self.as_of
            .store(c.as_of.map_or(i64::MIN, |t| t.millis()), Relaxed);
    }

    /// The counters of the latest publication (each read on its own: they may straddle one).
    pub fn counts(&self) -> Counts {
        let as_of = self.as_of.load(Relaxed);
        Counts {
            folded: self.folded.load(Relaxed),
            held: self.held.load(Relaxed),
            accounts: self.accounts.load(Relaxed),
            as_of: (as_of != i64::MIN).then_some(Timestamp(as_of)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use dg_model::Decision;

    fn finding(id: &str, score: f64) -> AccountFinding {
        AccountFinding {
            account_id: id.into(),
            score,
            decision: Decision::Allow,
            first_flagged_at: None,
            cluster_id: None,
            reasons: Vec::new(),
            explain: None,
        }
    }

    #[test]
    fn a_later_publication_replaces_an_account_and_replace_all_forgets_the_rest() {
        let b = Board::default();
        assert!(b.get("a").is_none());
        b.publish([finding("a", 0.1), finding("b", 0.2)]);
        b.publish([finding("a", 0.3)]);
        assert_eq!(b.get("a").map(|f| f.score), Some(0.3));
        assert_eq!(b.get("b").map(|f| f.score), Some(0.2));
        b.replace_all([finding("b", 0.5)]);
        assert!(b.get("a").is_none());
        assert_eq!(b.get("b").map(|f| f.score), Some(0.5));
    }

    #[test]
    fn counts_round_trip_with_no_clock_yet() {
        let b = Board::default();
        assert_eq!(b.counts(), Counts::default());
        let c = Counts {
            folded: 3,
            held: 1,
            accounts: 2,
            as_of: Some(Timestamp(5)),
        };
        b.set_counts(c);
        assert_eq!(b.counts(), c);
    }
}
