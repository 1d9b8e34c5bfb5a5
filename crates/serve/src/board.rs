//! The decision board: every account's finding as of the latest folded batch, published by
//! the fold and read by the decision routes without touching the detector.
//!
//! The detector is a single writer that can hold its lock for a long time (a re-link over all
//! suspects takes seconds at scale); a decision must answer in well under a millisecond. So
//! the fold publishes each batch's results here, and a decision reads them without waiting
//! for a writer:
//!
//! - each account's finding sits in a cell of its own (an `Arc` behind a mutex held only to
//!   copy or swap that pointer, never to allocate or free), so republishing an account that is
//!   already on the board replaces its pointer while readers of every other account, and of
//!   the same shard, go on;
//! - a shard's map is write-locked only to add accounts the board has never held, with the
//!   cells built beforehand, and its memory is never freed under a lock (replaced findings
//!   are dropped after the locks are released).
//!
//! Writers run at a lower priority than the request workers (see `work.rs`), so a writer
//! holding a lock a reader needs could be preempted while holding it; the critical sections
//! above are a few pointer operations, which makes that wait negligible.

use std::collections::hash_map::RandomState;
use std::collections::HashMap;
use std::hash::BuildHasher;
use std::sync::atomic::{AtomicI64, AtomicU64, Ordering::Relaxed};
use std::sync::{Arc, Mutex, PoisonError, RwLock};

use dg_model::{AccountFinding, Timestamp};

use crate::changes::Changes;

/// Shards of the board: new accounts write-lock one of them at a time.
const SHARDS: usize = 64;

/// One account's finding: swapped, never edited in place.
type Cell = Mutex<Arc<AccountFinding>>;

/// One shard: findings by account id.
type Shard = HashMap<Box<str>, Cell>;

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
    evicted: AtomicU64,
    /// Look-ups that found their shard or cell locked by a publication, and their total wait
    /// in nanoseconds (`distillguard_board_waits_total`, `…_wait_seconds_total`).
    waits: AtomicU64,
    wait_ns: AtomicU64,
    /// Every change of a published decision (see `changes.rs`).
    pub changes: Changes,
}

/// The detector's counters at a publication.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Counts {
    /// Events folded into the detector.
    pub folded: u64,
    /// Events held by the reorder window.
    pub held: u64,
    /// Accounts the detector holds (seen, and not evicted as idle since).
    pub accounts: u64,
    /// Accounts the detector evicted as idle (`[detector] evict_idle_days`).
    pub evicted: u64,
    /// Event time of the newest folded event.
    pub as_of: Option<Timestamp>,
}

impl Default for Board {
    fn default() -> Self {
        Self::with_changes_kept(crate::changes::DEFAULT_KEPT)
    }
}

impl Board {
    /// An empty board whose change feed keeps the last `kept` changes.
    pub fn with_changes_kept(kept: usize) -> Self {
        Self {
            hasher: RandomState::new(),
            shards: (0..SHARDS).map(|_| RwLock::new(Shard::new())).collect(),
            as_of: AtomicI64::new(i64::MIN),
            folded: AtomicU64::new(0),
            held: AtomicU64::new(0),
            accounts: AtomicU64::new(0),
            evicted: AtomicU64::new(0),
            waits: AtomicU64::new(0),
            wait_ns: AtomicU64::new(0),
            changes: Changes::new(kept),
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
        // Whether a publication held what this look-up needs is counted (it should not be:
        // see the module's comment), the wait included.
        let mut waited: Option<std::time::Instant> = None;
        let shard = lock.try_read().unwrap_or_else(|_| {
            waited = Some(std::time::Instant::now());
            lock.read().unwrap_or_else(PoisonError::into_inner)
        });
        let cell = shard.get(account_id);
        let f = cell.map(|c| {
            let g = c.try_lock().unwrap_or_else(|_| {
                waited.get_or_insert_with(std::time::Instant::now);
                c.lock().unwrap_or_else(PoisonError::into_inner)
            });
            Arc::clone(&g)
        });
        if let Some(t) = waited {
            self.waits.fetch_add(1, Relaxed);
            self.wait_ns
                .fetch_add(t.elapsed().as_nanos().min(u64::MAX as u128) as u64, Relaxed);
        }
        f
    }

    /// Publishes findings (newer ones replace older ones of the same account).
    pub fn publish(&self, findings: impl IntoIterator<Item = AccountFinding>) {
        let mut by_shard: Vec<Vec<AccountFinding>> = (0..SHARDS).map(|_| Vec::new()).collect();
        for f in findings {
            by_shard[self.shard_of(&f.account_id)].push(f);
        }
        // Replaced findings, freed once no lock is held.
        let mut replaced: Vec<Arc<AccountFinding>> = Vec::new();
        for (s, batch) in by_shard.into_iter().enumerate() {
            if batch.is_empty() {
                continue;
            }
            let mut fresh: Vec<(Box<str>, Cell)> = Vec::new();
            {
                // Accounts already on the board: their cells' pointers are swapped under the
                // shard's read lock (readers of the shard go on).
                let shard = self.shards[s]
                    .read()
                    .unwrap_or_else(PoisonError::into_inner);
                for f in batch {
                    let f = Arc::new(f);
                    match shard.get(f.account_id.as_str()) {
                        Some(cell) => {
                            let old = std::mem::replace(
                                &mut *cell.lock().unwrap_or_else(PoisonError::into_inner),
                                f,
                            );
                            replaced.push(old);
                        }
                        None => fresh.push((f.account_id.clone().into_boxed_str(), Mutex::new(f))),
                    }
                }
            }
            if fresh.is_empty() {
                continue;
            }
            // New accounts: the shard's write lock, only for the inserts (cells built above).
            let mut shard = self.shards[s]
                .write()
                .unwrap_or_else(PoisonError::into_inner);
            for (id, cell) in fresh {
                // Another writer may have added the account meanwhile: the later one wins,
                // and the cell it replaces is freed after the lock.
                if let Some(old) = shard.insert(id, cell) {
                    replaced.push(old.into_inner().unwrap_or_else(PoisonError::into_inner));
                }
            }
            drop(shard);
        }
        drop(replaced);
    }

    /// Whether no account is published.
    pub fn is_empty(&self) -> bool {
        self.shards
            .iter()
            .all(|s| s.read().unwrap_or_else(PoisonError::into_inner).is_empty())
    }

    /// Forgets the accounts for which `keep` is false (accounts the detector evicted), one
    /// shard at a time; returns their findings (freed by the caller, after the locks).
    pub fn retain(&self, keep: impl Fn(&str) -> bool) -> Vec<Arc<AccountFinding>> {
        let mut removed = Vec::new();
        for lock in self.shards.iter() {
            // Read first: most shards lose nobody, and their readers need not wait.
            let gone: Vec<Box<str>> = lock
                .read()
                .unwrap_or_else(PoisonError::into_inner)
                .keys()
                .filter(|id| !keep(id))
                .cloned()
                .collect();
            if gone.is_empty() {
                continue;
            }
            let mut freed = Vec::with_capacity(gone.len());
            {
                let mut shard = lock.write().unwrap_or_else(PoisonError::into_inner);
                for id in &gone {
                    freed.extend(shard.remove(id));
                }
            }
            removed.extend(
                freed
                    .into_iter()
                    .map(|c| c.into_inner().unwrap_or_else(PoisonError::into_inner)),
            );
        }
        removed
    }

    /// [`retain`](Self::retain), adding to `changed` the accounts that leave with a decision
    /// other than `allow` (their answer becomes the unknown account's `allow`).
    pub fn retain_then(
        &self,
        keep: impl Fn(&str) -> bool,
        changed: &mut Vec<crate::changes::NewChange>,
    ) {
        let removed = self.retain(keep);
        changed.extend(
            removed
                .iter()
                .filter(|f| f.decision != dg_model::Decision::Allow)
                .map(|f| crate::changes::NewChange {
                    account_id: f.account_id.clone(),
                    from: f.decision,
                    to: dg_model::Decision::Allow,
                    score: 0.0,
                    cluster_id: None,
                }),
        );
        drop(removed);
    }

    /// Replaces every published finding with `findings` (a rebuilt detector).
    pub fn replace_all(&self, findings: impl IntoIterator<Item = AccountFinding>) {
        let mut fresh: Vec<Shard> = (0..SHARDS).map(|_| Shard::new()).collect();
        for f in findings {
            let s = self.shard_of(&f.account_id);
            fresh[s].insert(
                f.account_id.clone().into_boxed_str(),
                Mutex::new(Arc::new(f)),
            );
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

    /// Look-ups that waited for a publication's lock, and their total wait.
    pub fn waits(&self) -> (u64, std::time::Duration) {
        (
            self.waits.load(Relaxed),
            std::time::Duration::from_nanos(self.wait_ns.load(Relaxed)),
        )
    }

    /// Publishes the detector's counters.
    pub fn set_counts(&self, c: Counts) {
        self.folded.store(c.folded, Relaxed);
        self.held.store(c.held, Relaxed);
        self.accounts.store(c.accounts, Relaxed);
        self.evicted.store(c.evicted, Relaxed);
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
            evicted: self.evicted.load(Relaxed),
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
    fn retain_forgets_the_evicted_and_keeps_the_rest() {
        let b = Board::default();
        let ids: Vec<String> = (0..200).map(|k| format!("acct_{k}")).collect();
        b.publish(ids.iter().map(|id| finding(id, 0.1)));
        let gone = b.retain(|id| !id.ends_with('7'));
        assert_eq!(gone.len(), 20);
        for id in &ids {
            assert_eq!(b.get(id).is_some(), !id.ends_with('7'), "{id}");
        }
    }

    #[test]
    fn counts_round_trip_with_no_clock_yet() {
        let b = Board::default();
        assert_eq!(b.counts(), Counts::default());
        let c = Counts {
            folded: 3,
            held: 1,
            accounts: 2,
            evicted: 4,
            as_of: Some(Timestamp(5)),
        };
        b.set_counts(c);
        assert_eq!(b.counts(), c);
    }
}
