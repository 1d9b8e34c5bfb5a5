//! distillguard: readers and validation for the contract's input formats.
//!
//! Every input is hostile: sizes are bounded, bad lines and rows become
//! [`dg_model::Rejected`] records (nothing is dropped silently) and error messages never echo
//! more than a short quoted piece of the input.

pub mod accounts;
pub mod chunk;
mod csvfile;
pub mod dedupe;
pub mod error;
pub mod events;
pub mod ipdb;
pub mod iptable;
mod json;
pub mod lines;
pub mod pipeline;
pub mod policy;
pub mod releases;
pub mod reorder;
pub mod source;
mod text;

pub use accounts::{read_accounts, AccountStats, Accounts};
pub use error::{Error, Result};
pub use events::parse_event;
pub use ipdb::{import, ImportOptions, ImportStats};
pub use iptable::{read_ip_ranges, IpTable};
pub use lines::{LineItem, LinePos, LineReader};
pub use policy::{read_policy, PolicyFile};
pub use releases::read_releases;
pub use source::{Counters, EventSource, Events, SourceOptions};
