//! Sign-up records taken into a running scanner (`distillguard serve` receives them while it
//! folds events). For accounts it has no trace of, the scanner then answers as one built with
//! them would, with one difference that is the nature of a running service: what was decided
//! before a record came (a re-link, a first flag) did not count it, where a scan of a finished
//! export knows every record from its first event. A record that only concerns accounts not
//! seen yet changes nothing that was decided; one that shares a card or an org with accounts
//! already seen changes their counts from now on.
//!
//! What a record changes besides its own account is derived from all the records at once:
//! the accounts per card and per org, the orgs with a verified account, and which verified
//! accounts their org's card sponsors (a newcomer on the card shifts the balance of seniors
//! and newcomers for the others). Those are counted over every record held, waiting or
//! taken, so the answer does not depend on the order the records came in: all of them once,
//! at the first batch (`RecordTally`), then batch by batch only the counts of the batch's
//! cards and orgs and the sponsorships of the (org, card) groups its records join, so that a
//! gateway posting each sign-up as it happens costs the service a few hash look-ups, not a
//! pass over a million records. A record of an
//! account already seen is refused with the whole batch: its past requests were folded
//! without it (its billing country, its age at its first request), and only a scan over all
//! records gives what a scan would.

use dg_model::Account;

use super::{
    anchors_on_record, card_key, declared_org_key, fixed_state, org_key, payer, sponsored_among,
    Scanner, POOLED_CARD_MIN,
};
use crate::account::Signup;
use crate::link::SignupLinks;
use ahash::RandomState;
use std::collections::HashMap;
use std::sync::Arc;

/// Records refused by [`Scanner::add_accounts`]: their accounts were seen, or have a record
/// already (the scanner took nothing of the batch).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error(
    "{count} sign-up record(s) of accounts already seen or with a record (the first by id: \
     {first}): only a scan over all the records gives their answer"
)]
pub struct KnownAccounts {
    /// How many records of the batch were refused.
    pub count: usize,
    /// The smallest of their account ids.
    pub first: String,
    /// All of their account ids, sorted (a caller may take the rest of the batch without
    /// them).
    pub ids: Vec<String>,
}

impl Scanner {
    /// Takes sign-up records of accounts without a record that it has not seen (an account
    /// evicted as idle counts as not seen), as if they had been among the records it was built
    /// with, from now on (see the module documentation); an id given twice keeps its last
    /// record. Returns the accounts it holds whose standing changed with them (a card's
    /// sponsorship); their findings are as of now.
    /// Refuses the whole batch, changing nothing, if any record is of an account seen or with
    /// a record. A re-link handed out before the call computes with the counts it was given.
    pub fn add_accounts(
        &mut self,
        accounts: impl IntoIterator<Item = (String, Account)>,
    ) -> Result<Vec<Box<str>>, KnownAccounts> {
        let mut new: Vec<(Box<str>, (Signup, SignupLinks))> = accounts
            .into_iter()
            .map(|(id, a)| (id.into_boxed_str(), (Signup::of(&a), SignupLinks::of(&a))))
            .collect();
        // Stable: of an id given twice the later record stays last, and is the one kept.
        new.sort_by(|a, b| a.0.cmp(&b.0));
        new.reverse();
        new.dedup_by(|later, earlier| later.0 == earlier.0);
        new.reverse();
        let known: Vec<&str> = new
            .iter()
            .map(|(id, _)| id.as_ref())
            .filter(|id| self.ids.find(id).is_some() || self.pending.holds(id))
            .collect();
        if let Some(first) = known.first() {
            return Err(KnownAccounts {
                count: known.len(),
                first: first.to_string(),
                ids: known.iter().map(|id| id.to_string()).collect(),
            });
        }
        if new.is_empty() {
            return Ok(Vec::new());
        }
        for (_, (a, _)) in &new {
            if let Some(k) = org_key(a).filter(|_| a.verified == Some(true)) {
                if anchors_on_record(a) {
                    self.org_anchored.insert(k);
                } else {
                    self.org_startup.insert(k);
                }
            }
        }
        let gap_days = self.cfg.weights.signal_params.academic_identified_days;
        let gap_ms = (gap_days * dg_model::Timestamp::DAY as f64) as i64;
        let mut tally = match self.tally.take() {
            Some(t) => t,
            None => Box::new(self.tally_records()),
        };
        // What the new records change: the counts of their cards and orgs, and the
        // sponsorship of the (org, card) groups they join. Only the counts that reach two
        // accounts are shared with re-links (see `CardCounts`); a re-link holding the old
        // ones keeps them.
        let mut groups: Vec<(u64, u64)> = Vec::new();
        for (id, (a, _)) in &new {
            if let Some(k) = card_key(a) {
                let n = tally.cards.entry(k).or_default();
                *n += 1;
                if *n > 1 {
                    Arc::make_mut(&mut self.card_df).shared.insert(k, *n);
                }
            }
            if let Some(k) = declared_org_key(a) {
                let n = tally.orgs.entry(k).or_default();
                *n += 1;
                let all = *n;
                if all > 1 {
                    Arc::make_mut(&mut self.org_df).shared.insert(k, all);
                }
                if a.verified == Some(true) {
                    *tally.org_verified.entry(k).or_default() += 1;
                }
                let verified = tally.org_verified.get(&k).copied().unwrap_or(0);
                if super::thin(all, verified, self.cfg.weights.farm.vouch_verified_min) {
                    self.org_thin.insert(k);
                } else {
                    self.org_thin.remove(&k);
                }
            }
            self.org_pooled_card.extend(tally.note_card_org(a));
            if let Some(g) = payer(a) {
                tally
                    .payers
                    .entry(g)
                    .or_default()
                    .push((a.created_at.millis(), id.clone()));
                groups.push(g);
            }
        }
        groups.sort_unstable();
        groups.dedup();
        self.pending.add(new);
        let mut changed: Vec<usize> = Vec::new();
        for g in groups {
            let Some(members) = tally.payers.get(&g) else {
                continue;
            };
            let mut times: Vec<i64> = members.iter().map(|m| m.0).collect();
            times.sort_unstable();
            for (created, id) in members {
                let now = sponsored_among(&times, *created, gap_ms);
                if let Some(i) = self.ids.find(id) {
                    if let Some(a) = self.slots[i].signup.as_mut() {
                        if a.sponsored != now {
                            a.sponsored = now;
                            changed.push(i);
                        }
                    }
                } else if let Some(a) = self.pending.get_mut(id) {
                    a.sponsored = now;
                }
            }
        }
        self.tally = Some(tally);
        changed.sort_unstable();
        changed.dedup();
        Ok(changed
            .into_iter()
            .map(|i| Box::from(self.ids.get(i)))
            .collect())
    }

    /// Counts every sign-up record held, waiting or taken (built at the first records taken
    /// in, so a scan, which never takes any, does not pay for it).
    fn tally_records(&self) -> RecordTally {
        let mut t = RecordTally {
            cards: HashMap::with_hasher(fixed_state()),
            orgs: HashMap::with_hasher(fixed_state()),
            org_verified: HashMap::with_hasher(fixed_state()),
            payers: HashMap::with_hasher(fixed_state()),
            card_no_org: HashMap::with_hasher(fixed_state()),
            card_orgs: HashMap::with_hasher(fixed_state()),
        };
        let waiting = self.pending.waiting();
        let taken = self
            .slots
            .iter()
            .enumerate()
            .filter_map(|(i, s)| s.signup.as_ref().map(|a| (self.ids.get(i), a)));
        for (id, a) in waiting.chain(taken) {
            if let Some(k) = card_key(a) {
                *t.cards.entry(k).or_default() += 1;
            }
            if let Some(k) = declared_org_key(a) {
                *t.orgs.entry(k).or_default() += 1;
                if a.verified == Some(true) {
                    *t.org_verified.entry(k).or_default() += 1;
                }
            }
            if let Some(g) = payer(a) {
                t.payers
                    .entry(g)
                    .or_default()
                    .push((a.created_at.millis(), Box::from(id)));
            }
            t.note_card_org(a);
        }
        t
    }
}

/// Every sign-up record held by a scanner that has taken records in, counted: what
/// `record_counts` and `mark_sponsored` (in `mod.rs`) derive from all records, kept up to date one
/// batch at a time instead of recounted (a recount over a million records took tens of
/// milliseconds per batch, under the lock ingest waits on). Derived, so never snapshotted:
/// a restored scanner counts again at its first batch.
pub(super) struct RecordTally {
    /// Accounts per card, single ones included (`CardCounts` keeps only shared cards).
    cards: HashMap<u64, u32, RandomState>,
    /// Accounts per declared org.
    orgs: HashMap<u64, u32, RandomState>,
    /// Verified accounts per declared org (orgs with none are absent).
    org_verified: HashMap<u64, u32, RandomState>,
    /// The verified accounts paying with their declared org's card, by (org, card): when
    /// each was created, and its id.
    payers: HashMap<(u64, u64), Vec<Payer>, RandomState>,
    /// Accounts declaring no org per card (cards with none are absent).
    card_no_org: HashMap<u64, u32, RandomState>,
    /// The declared orgs of the accounts paying with each card.
    card_orgs: HashMap<u64, Vec<u64>, RandomState>,
}

impl RecordTally {
    /// Counts a record's card against its declared org (or its lack of one); gives the orgs
    /// that this record makes pay with a pooled card (see `pooled_card_orgs`).
    fn note_card_org(&mut self, a: &Signup) -> Vec<u64> {
        let Some(card) = card_key(a) else {
            return Vec::new();
        };
        let orgs = self.card_orgs.entry(card).or_default();
        match declared_org_key(a) {
            Some(k) => {
                if !orgs.contains(&k) {
                    orgs.push(k);
                }
                let pooled = self.card_no_org.get(&card).copied().unwrap_or(0) >= POOLED_CARD_MIN;
                if pooled {
                    vec![k]
                } else {
                    Vec::new()
                }
            }
            None => {
                let n = self.card_no_org.entry(card).or_default();
                *n += 1;
                if *n == POOLED_CARD_MIN {
                    orgs.clone()
                } else {
                    Vec::new()
                }
            }
        }
    }
}

/// A verified account of a payer group: when it was created, and its id.
type Payer = (i64, Box<str>);
