//! Everything the scanner keeps about one account, in one struct: an account's slot number
//! (see `ids.rs`) indexes `Scanner::slots`.
//!
//! One vector of slots rather than a vector per field: the fold reads and writes most of an
//! account's fields on each of its events, eviction and the final link move them all
//! together, and a field added here is carried along by every one of them.

use dg_model::Timestamp;

use super::evidence::SampleCounts;
use super::Inherited;
use crate::account::{AccountState, Signup};
use crate::features::{self, Features, SignalParams};
use crate::link::{AccountLinks, SignupLinks};

/// What the scanner knows about one account.
///
/// No larger than the per-field vectors it replaced (see the test below): `flagged_at` is a
/// flag and a time rather than an `Option<Timestamp>`, whose tag would pad to 8 bytes; the
/// flag shares that word with `billing_restricted` instead.
pub(super) struct Slot {
    /// Behaviour state folded from the account's requests.
    pub(super) state: AccountState,
    /// Link attributes (addresses, networks, frames, clients, sign-up values) for the linker.
    pub(super) links: AccountLinks,
    /// The account's sign-up record as the scan uses it, when the export has one.
    pub(super) signup: Option<Signup>,
    /// What the account inherits from the cluster it was last linked into. Boxed: most
    /// accounts inherit nothing, and `None` costs 8 bytes instead of 48.
    pub(super) inherited: Option<Box<Inherited>>,
    /// Content log-odds, the request count it was computed at, and sample counts.
    pub(super) content: ContentCache,
    /// Event time (ms) the account first left `allow`; meaningful only when `flagged`.
    flagged_ms: i64,
    flagged: bool,
    /// Whether the sign-up record's billing country is one the policy restricts.
    pub(super) billing_restricted: bool,
}

/// Every field named, none skipped with `..`: a field added to the slot fails to compile here
/// until someone decides whether a snapshot must carry it (`Scanner::state` saves a list per
/// saved field), as a field added to the scanner fails to compile there.
const _: fn(&Slot) = |slot| {
    let Slot {
        state: _,
        links: _,
        // Rebuilt from the sign-up records at restore, with `billing_restricted`.
        signup: _,
        inherited: _,
        // Saved without the sample counts (see `Scanner::observe_sampled`).
        content: _,
        // Saved together, as `flagged_at`.
        flagged_ms: _,
        flagged: _,
        billing_restricted: _,
    } = slot;
};

/// An account's content log-odds and the request count it was computed at; beside them, in
/// what would otherwise be the pair's padding (16 bytes either way), how many of its requests
/// showed each request-level signal so far, up to the samples kept per reason (see
/// [`Scanner::observe_sampled`](super::Scanner::observe_sampled)). A million accounts fit in
/// 1 GiB only while per-account state does not grow, so the counts take no byte of their own.
#[derive(Debug, Clone, Copy, Default)]
pub(super) struct ContentCache {
    pub(super) requests: u32,
    pub(super) samples: SampleCounts,
    pub(super) logit: f64,
}

impl Slot {
    /// A new account's slot: no requests yet, its sign-up record and the record's link values
    /// if it has one, and whether the record's billing country is restricted.
    pub(super) fn new(
        signup: Option<Signup>,
        signup_links: Option<&SignupLinks>,
        billing_restricted: bool,
    ) -> Self {
        let mut links = AccountLinks::new();
        if let Some(l) = signup_links {
            links.set_signup(l);
        }
        Self {
            state: AccountState::default(),
            links,
            signup,
            inherited: None,
            content: ContentCache::default(),
            flagged_ms: 0,
            flagged: false,
            billing_restricted,
        }
    }

    /// Judges the account without its declared org from now on (see
    /// `FarmParams::server_orgs`): no vouching, no org link.
    pub(super) fn void_org(&mut self) {
        if let Some(a) = self.signup.as_mut() {
            a.has_org = false;
        }
        self.links.clear_org();
    }

    /// A copy of what a re-link reads, for a periodic re-link's input. What the account
    /// inherited stays behind: the re-link computes it anew, and copying it would allocate.
    pub(super) fn relink_copy(&self) -> Self {
        Self {
            state: self.state.clone(),
            links: self.links.clone(),
            signup: self.signup.clone(),
            inherited: None,
            content: self.content,
            flagged_ms: self.flagged_ms,
            flagged: self.flagged,
            billing_restricted: self.billing_restricted,
        }
    }

    /// When the account first left `allow`, if it has.
    pub(super) fn flagged_at(&self) -> Option<Timestamp> {
        self.flagged.then_some(Timestamp(self.flagged_ms))
    }

    /// Records that the account left `allow` at `at`, unless it had already: the first time
    /// is the one reported.
    pub(super) fn flag(&mut self, at: Timestamp) {
        if !self.flagged {
            self.flagged = true;
            self.flagged_ms = at.millis();
        }
    }

    /// The account's signal values from its own state and sign-up record.
    pub(super) fn features(&self, p: &SignalParams) -> Features {
        features::values(
            p,
            &self.state,
            self.signup.as_ref(),
            self.billing_restricted,
        )
    }

    /// Time from sign-up to the first request, when the account has a sign-up record.
    pub(super) fn age_at_first(&self) -> Option<i64> {
        let a = self.signup.as_ref()?;
        Some(self.state.first_ts - a.created_at.millis())
    }

    /// The cached content log-odds, if the account has sent nothing since they were computed.
    pub(super) fn cached_content(&self) -> Option<f64> {
        (self.content.requests == self.state.requests).then_some(self.content.logit)
    }

    /// Caches content log-odds computed at the account's current request count.
    pub(super) fn cache_content(&mut self, logit: f64) {
        self.content.requests = self.state.requests;
        self.content.logit = logit;
    }

    /// Takes the sign-up record and its link values, to give back to the records waiting
    /// when the account is evicted.
    pub(super) fn take_record(&mut self) -> Option<(Signup, SignupLinks)> {
        let signup = self.signup.take()?;
        Some((signup, self.links.signup()?))
    }
}

#[cfg(test)]
mod tests {
    use std::mem::size_of;

    use super::*;

    /// One slot costs no more than the seven per-field vectors it replaced did per account.
    #[test]
    fn slot_is_no_larger_than_the_vectors_it_replaced() {
        let before = size_of::<AccountState>()
            + size_of::<AccountLinks>()
            + size_of::<Option<Signup>>()
            + size_of::<Option<Box<Inherited>>>()
            + size_of::<Option<Timestamp>>()
            + size_of::<ContentCache>()
            + size_of::<bool>();
        assert!(
            size_of::<Slot>() <= before,
            "{} > {before}",
            size_of::<Slot>()
        );
    }

    #[test]
    fn the_first_flag_is_kept() {
        let mut s = Slot::new(None, None, false);
        assert_eq!(s.flagged_at(), None);
        s.flag(Timestamp(5));
        s.flag(Timestamp(3));
        assert_eq!(s.flagged_at(), Some(Timestamp(5)));
    }
}
