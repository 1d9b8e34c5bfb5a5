//! The populations of the simulated provider: ordinary customers and distillation campaigns.

pub mod attack;
pub mod benign;
mod content;
pub mod signups;
mod variety;

pub use content::*;
