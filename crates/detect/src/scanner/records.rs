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
//! and newcomers for the others). Those are recounted over every record held, waiting or
//! taken, so the answer does not depend on the order the records came in. A record of an
//! account already seen is refused with the whole batch: its past requests were folded
//! without it (its billing country, its age at its first request), and only a scan over all
//! records gives what a scan would.

use dg_model::Account;

use super::{mark_sponsored, org_key, record_counts, Scanner};
use crate::account::Signup;
use crate::link::SignupLinks;
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
            });
        }
        if new.is_empty() {
            return Ok(Vec::new());
        }
        for (_, (a, _)) in &new {
            if let Some(k) = org_key(a).filter(|_| a.verified == Some(true)) {
                self.org_anchored.insert(k);
            }
        }
        self.pending.put_back(new);
        let (card_df, org_df) = record_counts(
            self.pending
                .signups()
                .chain(self.slots.iter().filter_map(|s| s.signup.as_ref())),
        );
        self.card_df = Arc::new(card_df);
        self.org_df = Arc::new(org_df);
        let before: Vec<bool> = self
            .slots
            .iter()
            .map(|s| s.signup.as_ref().is_some_and(|a| a.sponsored))
            .collect();
        let gap_days = self.cfg.weights.signal_params.academic_identified_days;
        let gap_ms = (gap_days * dg_model::Timestamp::DAY as f64) as i64;
        let mut records: Vec<&mut Signup> = self
            .pending
            .records
            .iter_mut()
            .filter_map(|(_, r)| r.as_mut().map(|r| &mut r.0))
            .chain(self.slots.iter_mut().filter_map(|s| s.signup.as_mut()))
            .collect();
        mark_sponsored(&mut records, gap_ms);
        Ok(self
            .slots
            .iter()
            .zip(before)
            .enumerate()
            .filter(|(_, (s, was))| s.signup.as_ref().is_some_and(|a| a.sponsored) != *was)
            .map(|(i, _)| Box::from(self.ids.get(i)))
            .collect())
    }
}
