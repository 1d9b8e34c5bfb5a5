//! distillguard's detection library: pure functions and fixed-size state, no I/O.

pub mod request;
