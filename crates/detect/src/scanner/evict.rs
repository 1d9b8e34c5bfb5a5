//! Eviction of accounts idle beyond a horizon (`ScanConfig::evict_idle_ms`), so that a
//! long-running scanner (`distillguard serve`) holds the accounts still in play rather than
//! every account it has ever seen.
//!
//! It runs at the end of each periodic re-link, on the event-time clock, inside the fold: a
//! replay of the same log evicts the same accounts at the same points, and a snapshot taken
//! after an eviction restores to a scanner that folds on exactly as the original.
//!
//! Kept whatever their idleness:
//! - flagged accounts (first flagged at some point, or flagged now): a blocked account must
//!   not come back as a fresh, allowed one because it paused for longer than the horizon;
//! - members of a current cluster or of a remembered campaign: the cluster's evidence (its
//!   members, their traffic and sign-up records) must stay readable for analysts, and a
//!   campaign's anchors link its newcomers to it.
//!
//! An evicted account's state is dropped and its sign-up record goes back to the records
//! waiting, so that if it returns it starts afresh with its record. What other accounts
//! learned from it stays: orgs it anchored keep vouching, and the counts of cards and orgs
//! are over the sign-up records, not over the accounts held. What is judged over every
//! account held (throwaway cohorts, harvester waves, network segments, rarity in linking) is
//! judged without it afterwards, so with eviction on a scan's outputs differ from a scan
//! without it once an account was evicted.

use dg_model::Timestamp;

use super::Scanner;

/// Keeps the elements of `v` whose `keep` is true (an element past the end of `keep` is kept).
/// Gives the room back once the vector fills less than half of it: a service that evicts
/// holds fewer accounts than its peak, and room kept for them is memory it never returns.
fn compact<T>(v: &mut Vec<T>, keep: &[bool]) {
    let mut k = keep.iter();
    v.retain(|_| k.next().copied().unwrap_or(true));
    if v.capacity() > 2 * v.len() + 1024 {
        v.shrink_to_fit();
    }
}

impl Scanner {
    /// Accounts evicted as idle so far.
    pub fn evicted(&self) -> u64 {
        self.evicted
    }

    /// Whether the account is held (seen and not evicted since it last sent).
    pub fn holds(&self, account_id: &str) -> bool {
        self.ids.find(account_id).is_some()
    }

    /// Evicts the accounts whose last request is older than `evict_idle_ms` before `at`,
    /// except those the module documentation keeps; a no-op when eviction is off.
    pub(super) fn evict_idle(&mut self, at: Timestamp) {
        let horizon = self.cfg.evict_idle_ms;
        if horizon <= 0 {
            return;
        }
        let cutoff = at.millis().saturating_sub(horizon);
        let n = self.ids.len();
        let mut keep = vec![true; n];
        let mut any = false;
        for (i, k) in keep.iter_mut().enumerate() {
            // The cheap tests first: the verdict is computed only for idle, unflagged accounts.
            let s = &self.slots[i];
            if s.state.last_ts < cutoff && s.flagged_at().is_none() {
                *k = false;
                any = true;
            }
        }
        if !any {
            return;
        }
        for m in self
            .clusters
            .iter()
            .flat_map(|sc| &sc.cluster.members)
            .chain(self.past.iter().flat_map(|p| &p.members))
        {
            if let Some(k) = keep.get_mut(*m as usize) {
                *k = true;
            }
        }
        for (i, k) in keep.iter_mut().enumerate() {
            if !*k && self.verdict(i).0.is_flagged() {
                *k = true;
            }
        }
        let gone = keep.iter().filter(|&&k| !k).count();
        if gone == 0 {
            return;
        }
        // The sign-up records of the evicted, back to the waiting ones.
        let mut back = Vec::new();
        for (i, &k) in keep.iter().enumerate() {
            if k {
                continue;
            }
            if let Some(record) = self.slots[i].take_record() {
                back.push((Box::from(self.ids.get(i)), record));
            }
        }
        self.pending.put_back(back);
        // New slot numbers: the kept accounts in their order.
        let mut new_slot = vec![u32::MAX; n];
        let mut next = 0u32;
        for (i, &k) in keep.iter().enumerate() {
            if k {
                new_slot[i] = next;
                next += 1;
            }
        }
        let remap = |members: &mut Vec<u32>| {
            members.retain_mut(|m| match new_slot.get(*m as usize) {
                Some(&s) if s != u32::MAX => {
                    *m = s;
                    true
                }
                _ => false,
            });
        };
        for sc in &mut self.clusters {
            remap(&mut sc.cluster.members);
        }
        for p in &mut self.past {
            remap(&mut p.members);
        }
        self.waves = std::mem::take(&mut self.waves)
            .into_iter()
            .filter_map(|(m, w)| match new_slot.get(m as usize) {
                Some(&s) if s != u32::MAX => Some((s, w)),
                _ => None,
            })
            .collect();
        self.drops.remap(&new_slot);
        self.fan_out.remap(&new_slot);
        self.ids.retain(&keep);
        compact(&mut self.slots, &keep);
        self.evicted += gone as u64;
    }
}
