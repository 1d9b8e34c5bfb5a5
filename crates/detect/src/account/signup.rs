//! What the scan keeps of an account's sign-up record: the fields the signals and farm facts
//! read, with the payment instrument and e-mail pattern already reduced to their keys.

use dg_model::{Account, SignupChannel, Timestamp};

/// An account's sign-up record as the scan uses it (80 bytes, against ~250 for the record
/// with its strings: the id, e-mail and payment strings are not kept).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Signup {
    pub created_at: Timestamp,
    pub org_id: Option<Box<str>>,
    /// Whether `org_id` is there and not blank, worked out once: the re-links ask it of
    /// every account each time, and trimming a string behind a pointer per account was 8% of
    /// a 1 M-account scan.
    pub has_org: bool,
    /// ISO 3166-1 alpha-2, as given.
    pub billing_country: Option<Box<str>>,
    pub signup_channel: Option<SignupChannel>,
    pub verified: Option<bool>,
    /// Hash of the trimmed payment instrument, when it has one.
    pub card: Option<u64>,
    /// Hash of the lower-cased e-mail domain and local-part shape, when it has a domain.
    pub email: Option<u64>,
    /// A verified account paying with the card of its org's verified accounts of record, opened
    /// long after them (`[signal_params] academic_identified_days`), while they are at least as
    /// many as the card's newer verified accounts: a new member of a customer its organisation
    /// pays for. Set by the scanner from all the sign-up records.
    pub sponsored: bool,
}

impl Signup {
    /// The parts of `a` the scan reads.
    pub fn of(a: &Account) -> Self {
        let card = a
            .payment_fingerprint
            .as_deref()
            .map(str::trim)
            .filter(|p| !p.is_empty())
            .map(|p| crate::link::text_hash(p.as_bytes()));
        let email = a.email_domain.as_deref().map(|d| {
            let shape = a.email_local_shape.as_deref().unwrap_or("");
            crate::link::text_hash(format!("{}/{shape}", d.to_ascii_lowercase()).as_bytes())
        });
        Self {
            created_at: a.created_at,
            org_id: a.org_id.as_deref().map(Box::from),
            has_org: a.org_id.as_deref().is_some_and(|o| !o.trim().is_empty()),
            billing_country: a.billing_country.as_deref().map(Box::from),
            signup_channel: a.signup_channel,
            verified: a.verified,
            card,
            email,
            sponsored: false,
        }
    }
}
