//! One module per subcommand.

pub mod bench;
pub mod convert;
pub mod data;
pub mod demo;
pub mod eval;
pub mod fit;
pub mod intel;
pub mod ipdb;
pub mod progress;
pub mod sample_log;
pub mod scan;
pub mod serve;
pub mod share;
pub mod simulate;
pub mod token;
