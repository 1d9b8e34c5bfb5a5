//! Sharing what a scan found as STIX 2.1, and reading what partners share.
//!
//! [`export::build`] turns flagged clusters into a bundle (identity, campaigns, indicators,
//! relationships, sightings, TLP 2.0 markings and our frame-sketch extension); [`import::read`]
//! turns a partner's bundle back into indicators the scan matches (`--known-indicators`).
//! Pure: no files, no clock. Personal values leave only as HMAC-SHA256 under a sharing key.
//! The exception is [`taxii`], a TAXII 2.1 client that moves bundles over HTTP.

pub mod error;
pub mod export;
pub mod ids;
pub mod import;
pub mod pattern;
pub mod sketch;
pub mod taxii;
pub mod tlp;

pub use error::IntelError;
pub use export::{build, CampaignInput, ExportOptions};
pub use import::{read, ImportLimits, Imported};
pub use tlp::Tlp;
