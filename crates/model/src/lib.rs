//! distillguard's data types: the public contract's inputs and outputs, serde only, no I/O.

pub mod account;
pub mod capability;
pub mod decision;
pub mod event;
pub mod network;
pub mod output;
pub mod policy;
pub mod release;
pub mod time;
pub mod truth;

pub use account::{Account, SignupChannel};
pub use capability::Capability;
pub use decision::Decision;
pub use event::Event;
pub use network::{IpRange, NetKind};
pub use output::{
    AccountFinding, ClusterFinding, ClusterLink, Explanation, Reason, Rejected, SignalTerm, Summary,
};
pub use policy::{Policy, Thresholds};
pub use release::Release;
pub use time::Timestamp;
pub use truth::{Label, TruthRecord};

/// Version of the data contract this build reads and writes.
pub const CONTRACT_VERSION: u32 = 1;
