//! distillguard's detection library: pure functions and fixed-size state, no I/O.

pub mod account;
pub mod campaign;
pub mod cohort;
pub mod consolidate;
pub mod drops;
pub mod farm;
pub mod features;
pub mod fit;
pub mod link;
pub mod request;
pub mod scanner;
pub mod score;
pub mod segment;
pub mod wave;
