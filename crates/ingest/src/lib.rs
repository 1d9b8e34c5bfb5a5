//! distillguard: readers and validation for the contract's input formats.
//!
//! Every input is hostile: sizes are bounded, bad lines and rows become
//! [`dg_model::Rejected`] records (nothing is dropped silently) and error messages never echo
//! more than a short quoted piece of the input.
//!
//! | input | reader |
//! |---|---|
//! | `events.jsonl(.gz)` | [`EventSource`]: validated, de-duplicated events in event-time order |
//! | `accounts.jsonl(.gz)` | [`read_accounts`] |
//! | `ip_ranges.csv` | [`read_ip_ranges`] → [`IpTable`] (longest-prefix match) |
//! | `releases.csv` | [`read_releases`] |
//! | `policy.toml` | [`read_policy`] |
//! | open ASN / country / cloud data | [`import`] writes an `ip_ranges.csv` (`ipdb import`) |
//! | LiteLLM, OTLP GenAI, Bedrock logs | [`gateway`] importers, through [`EventSource`] with [`SourceOptions::format`] |
//!
//! ```no_run
//! use dg_ingest::{EventSource, SourceOptions};
//! # fn main() -> dg_ingest::Result<()> {
//! let mut rejected = Vec::new();
//! let mut source = EventSource::open(
//!     ["events.jsonl.gz"],
//!     SourceOptions::default(),
//!     |r| rejected.push(r), // or stream straight to rejected.jsonl
//! )?;
//! let mut batch = Vec::new();
//! while source.next_batch(&mut batch)? {
//!     for event in batch.drain(..) {
//!         // events arrive in event-time order
//!         let _ = event;
//!     }
//! }
//! assert!(source.counters().invariant_holds());
//! # Ok(())
//! # }
//! ```

#![warn(missing_docs)]

pub mod accounts;
mod chunk;
mod csvfile;
pub mod dedupe;
pub mod error;
pub mod events;
mod fastjson;
pub mod gateway;
pub mod ipdb;
pub mod iptable;
mod json;
pub mod lines;
mod pipeline;
pub mod policy;
pub mod releases;
pub mod reorder;
pub mod source;
mod text;

pub use accounts::{read_accounts, AccountStats, Accounts};
pub use error::{Error, Result};
pub use events::parse_event;
pub use gateway::{Format, FormatChoice, ImportConfig};
pub use ipdb::{import, ImportOptions, ImportStats};
pub use iptable::{read_ip_ranges, IpTable};
pub use lines::{is_read_error, LineItem, LinePos, LineReader, LineSpan};
pub use policy::read_policy;
pub use releases::read_releases;
pub use source::{Counters, EventSource, Events, FileStats, SourceOptions};
