//! distillguard's traffic simulator: an LLM provider's API logs in the contract formats, with
//! ordinary customers and distillation campaigns whose labels are known.
//!
//! Same seed and config give byte-identical files: every actor has its own seeded random stream
//! and the scheduler breaks ties by actor index.

pub mod config;
pub mod corpus;
pub mod frames;
pub mod netpool;
pub mod population;
pub mod request;
pub mod scenario;
pub mod timing;
pub mod world;
mod writer;

use std::path::{Path, PathBuf};

pub use config::{Scale, ScenarioSpec, SimConfig};
pub use corpus::Corpus;
pub use netpool::NetPool;
pub use world::CampaignTruth;
pub use writer::{simulate, Progress, SimStats};

/// What can go wrong while simulating.
#[derive(Debug, thiserror::Error)]
pub enum SimError {
    #[error("config: {0}")]
    Config(String),
    #[error("corpus: {0}")]
    Corpus(String),
    #[error("network data: {0}")]
    Net(String),
    #[error("{path}: {source}")]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
}

impl SimError {
    fn io(path: &Path, source: std::io::Error) -> Self {
        Self::Io {
            path: path.to_path_buf(),
            source,
        }
    }
}
