//! Linking accounts into coordinated clusters: shared infrastructure, sign-up patterns and
//! lockstep prompting, weighted by how rare each shared value is. Pure: no I/O.
//!
//! (Method notes are completed below once measured.)

mod cluster;
mod collect;
mod community;
mod graph;
mod kind;
mod sketch;
mod value;

#[cfg(test)]
mod tests;

pub use cluster::{Cluster, CoordinationFacts, LinkEvidence};
pub use collect::{
    AccountLinks, COACT_BUCKET_MS, COACT_K, FRAME_BANDS, SIGNUP_BUCKET_MS, TOP_ASNS, TOP_CLIENTS,
    TOP_FRAMES, TOP_IPS, TOP_SUBNETS,
};
pub use community::Community;
pub use graph::{Graph, GraphStats, KindWeight, LinkConfig, Linker};
pub use kind::{AttrKind, LinkFamily, N_FAMILIES, N_KINDS};
pub use sketch::{BottomK, TopK};
pub use value::{keyed_value, text_hash, value_payload};
