//! Account records from the provider's billing system (`accounts.jsonl`).

use serde::{Deserialize, Serialize};

use crate::Timestamp;

/// How the account signed up; programmes with discounts are entry points attackers favour.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SignupChannel {
    Standard,
    Education,
    Research,
    Startup,
    Enterprise,
    Reseller,
    /// Any value this build does not know; unknown values are not an error.
    #[serde(other)]
    Other,
}

impl SignupChannel {
    /// The contract's spelling.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Standard => "standard",
            Self::Education => "education",
            Self::Research => "research",
            Self::Startup => "startup",
            Self::Enterprise => "enterprise",
            Self::Reseller => "reseller",
            Self::Other => "other",
        }
    }
}

/// One account; only `account_id` and `created_at` are required.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Account {
    pub account_id: String,
    /// Sign-up time.
    pub created_at: Timestamp,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub org_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email_domain: Option<String>,
    /// Local part with letters→`a`, digits→`9`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email_local_shape: Option<String>,
    /// Stable hash of the payment instrument.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payment_fingerprint: Option<String>,
    /// ISO 3166-1 alpha-2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub billing_country: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub signup_channel: Option<SignupChannel>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub verified: Option<bool>,
}
