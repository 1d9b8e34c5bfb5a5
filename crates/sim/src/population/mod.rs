//! The populations of the simulated provider: ordinary customers and distillation campaigns.

pub mod attack;
pub mod benign;
mod content;

pub use content::*;
