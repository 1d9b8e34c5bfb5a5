//! The kinds of attribute two accounts can share, and which of them are independent evidence.

/// What two linked accounts have in common.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
pub enum AttrKind {
    /// The exact client address.
    Ip,
    /// The address's IPv4 /24 or IPv6 /48.
    Subnet,
    /// The autonomous system announcing the address.
    Asn,
    /// The payment instrument's fingerprint.
    Payment,
    /// The TLS/HTTP client fingerprint.
    ClientFingerprint,
    /// Sign-up email domain and the shape of its local part.
    EmailPattern,
    /// Sign-up channel and sign-up time, bucketed.
    SignupBurst,
    /// One LSH band of a prompt frame's SimHash: near-identical frames share a band.
    Frame,
    /// The same frame band in the same short time bucket: accounts working in lockstep.
    CoActivity,
    /// The declared organisation; a benign explanation of linking, not evidence of attack.
    Org,
    /// A session's rhythm: the first gaps between its requests, each to within 10%. People
    /// pause as they read and type, never twice the same; a script that replays recorded
    /// human timing on every account repeats it.
    Rhythm,
}

/// Number of kinds.
pub const N_KINDS: usize = 11;

/// Groups of kinds that are not independent of each other (an IP implies its subnet and ASN;
/// co-activity implies a shared frame). An edge that needs "two kinds agreeing" needs two families.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum LinkFamily {
    Network,
    Payment,
    Client,
    Email,
    Signup,
    Content,
    Org,
    Timing,
}

/// Number of families.
pub const N_FAMILIES: usize = 8;

impl AttrKind {
    /// All kinds in index order (the order of `code`s in outputs).
    pub const ALL: [AttrKind; N_KINDS] = [
        Self::Ip,
        Self::Subnet,
        Self::Asn,
        Self::Payment,
        Self::ClientFingerprint,
        Self::EmailPattern,
        Self::SignupBurst,
        Self::Frame,
        Self::CoActivity,
        Self::Org,
        Self::Rhythm,
    ];

    /// The stable spelling in outputs (`links[].kind`).
    pub fn code(self) -> &'static str {
        match self {
            Self::Ip => "ip",
            Self::Subnet => "subnet",
            Self::Asn => "asn",
            Self::Payment => "payment",
            Self::ClientFingerprint => "client_fp",
            Self::EmailPattern => "email_pattern",
            Self::SignupBurst => "signup_burst",
            Self::Frame => "frame",
            Self::CoActivity => "co_activity",
            Self::Org => "org",
            Self::Rhythm => "rhythm",
        }
    }

    /// Parses a `code`.
    pub fn from_code(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.code() == s)
    }

    /// Index into per-kind arrays.
    pub fn index(self) -> usize {
        self as usize
    }

    /// Which independence family the kind belongs to.
    pub fn family(self) -> LinkFamily {
        match self {
            Self::Ip | Self::Subnet | Self::Asn => LinkFamily::Network,
            Self::Payment => LinkFamily::Payment,
            Self::ClientFingerprint => LinkFamily::Client,
            Self::EmailPattern => LinkFamily::Email,
            Self::SignupBurst => LinkFamily::Signup,
            Self::Frame | Self::CoActivity => LinkFamily::Content,
            Self::Org => LinkFamily::Org,
            Self::Rhythm => LinkFamily::Timing,
        }
    }

    /// Strong kinds: hard to share by accident (counted in `CoordinationFacts::strong_share`).
    pub fn is_strong(self) -> bool {
        matches!(self, Self::Payment | Self::SignupBurst | Self::CoActivity)
    }

    /// Values that identify or locate a person or customer; written only as keyed hashes.
    ///
    /// ASNs are public routing facts; frame bands are already SimHash bits of masked templates;
    /// sign-up and co-activity buckets are a channel or band plus a time window; a rhythm is a
    /// few rounded gaps. Everything else
    /// (addresses, subnets, payment, client fingerprint, email pattern, org) is keyed.
    pub fn is_personal(self) -> bool {
        !matches!(
            self,
            Self::Asn | Self::Frame | Self::SignupBurst | Self::CoActivity | Self::Rhythm
        )
    }

    fn from_index(i: usize) -> Option<Self> {
        Self::ALL.get(i).copied()
    }

    /// The kind stored in a value key's top bits.
    pub(crate) fn from_tag(tag: u64) -> Option<Self> {
        Self::from_index(tag as usize)
    }
}

impl LinkFamily {
    /// Index into per-family arrays.
    pub fn index(self) -> usize {
        self as usize
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_round_trip_and_are_unique() {
        for k in AttrKind::ALL {
            assert_eq!(AttrKind::from_code(k.code()), Some(k));
            assert_eq!(AttrKind::ALL[k.index()], k);
        }
        let mut codes: Vec<_> = AttrKind::ALL.iter().map(|k| k.code()).collect();
        codes.sort();
        codes.dedup();
        assert_eq!(codes.len(), N_KINDS);
        assert!(AttrKind::ALL
            .iter()
            .all(|k| k.family().index() < N_FAMILIES));
    }
}
