//! Per-account state: what the scan remembers about each account, in fixed size.

pub mod signup;
pub mod sketch;
pub mod state;

pub use signup::Signup;
pub use state::{AccountState, ModelFacts, NetFacts};
