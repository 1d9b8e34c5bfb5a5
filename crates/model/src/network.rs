//! Network intelligence rows (`ip_ranges.csv`).

use ipnet::IpNet;
use serde::{Deserialize, Serialize};

/// What kind of network a range belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum NetKind {
    Isp,
    Mobile,
    Hosting,
    Vpn,
    ResidentialProxy,
    Tor,
    Education,
    Enterprise,
}

impl NetKind {
    /// All kinds, in contract order.
    pub const ALL: [NetKind; 8] = [
        Self::Isp,
        Self::Mobile,
        Self::Hosting,
        Self::Vpn,
        Self::ResidentialProxy,
        Self::Tor,
        Self::Education,
        Self::Enterprise,
    ];

    /// The contract's spelling.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Isp => "isp",
            Self::Mobile => "mobile",
            Self::Hosting => "hosting",
            Self::Vpn => "vpn",
            Self::ResidentialProxy => "residential_proxy",
            Self::Tor => "tor",
            Self::Education => "education",
            Self::Enterprise => "enterprise",
        }
    }

    /// Parses the contract's spelling.
    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.as_str() == s)
    }

    /// Networks that hide the real client (anonymisers).
    pub fn is_anonymising(self) -> bool {
        matches!(self, Self::Vpn | Self::ResidentialProxy | Self::Tor)
    }
}

/// One row of `ip_ranges.csv`; the longest matching prefix wins.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct IpRange {
    pub cidr: IpNet,
    pub asn: u32,
    pub as_org: String,
    /// ISO 3166-1 alpha-2, or empty when unknown.
    pub country: String,
    pub kind: NetKind,
}
