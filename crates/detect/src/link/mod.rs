//! Linking accounts into coordinated clusters: shared infrastructure, sign-up patterns and
//! lockstep prompting, weighted by how rare each shared value is. Pure: no I/O.
//!
//! # Flow
//!
//! 1. **Collect** ([`AccountLinks`], 224 bytes inline per account, growing on the heap only as
//!    an account's values outgrow one of each kind): the sign-up
//!    record (payment, email domain + local-part shape, channel + sign-up time, org) and, per
//!    request, bounded sketches: the 8 heaviest addresses and /24-or-/48 subnets, 2 ASNs, 2
//!    client fingerprints and 4 frames (Space-Saving), and a bottom-32 sample of co-activity
//!    keys `(frame band, 10-minute bucket)`, where the band rotates with the bucket so each
//!    request adds one key.
//! 2. **Index** ([`Linker::build`]): every (value, account) membership, sorted; a value held by
//!    `df` of `N` accounts weighs `base(kind) · ln(N/df) / ln(N/2)`, and values held by more than
//!    `max_df` (2,000) accounts link nobody — a cloud egress, the popular SDK, gmail.com with a
//!    common shape. Co-activity is weighed by the Jaccard similarity of two accounts' sketches
//!    instead (a bucket's df is its load, not rarity: rarity-weighting made heavy users of one
//!    popular app frame look like a hydra in the tests).
//! 3. **Edges**: candidate pairs come from each value's member list in account order, every
//!    member paired with the next `window` (8) members, so a value costs O(df · window), never
//!    O(df²); each candidate pair is then weighed exactly over *all* values the two share. Per
//!    kind: strongest value plus `repeat` × the rest, capped. Dependent kinds count once per
//!    family (IP/subnet/ASN; frame/co-activity). An edge needs two families agreeing with a
//!    total ≥ 2.0, or one solo kind ≥ 2.0 (payment, org, co-activity at Jaccard ≥ 1/3).
//!    Weighing is per account `a` against all its candidates at once: `a`'s values get their
//!    positions in a value-indexed byte map, so a candidate's shared values come out of one
//!    pass over its own list as a bitmask, and each kind folds its shared weights without
//!    branches, in the order a merge of the two lists would (bit for bit the same result,
//!    checked against the merge in the tests). Shared co-activity keys, most of a busy
//!    account's values, are counted from `a`'s side instead when its keys have few members.
//! 4. **Communities** ([`Graph::clusters`]): weighted label propagation, then components within
//!    each label; clusters of 2+ with [`LinkEvidence`] and [`CoordinationFacts`].
//!
//! # Why label propagation
//!
//! Candidates considered: connected components over thresholded edges, label propagation, and
//! FRAUDAR-style dense-subgraph peeling. Components are single linkage: one qualifying edge
//! merges two groups. In the scenario test where five hydra accounts pay with an enterprise's
//! card, use its email pattern and its NAT (real, qualifying edges), components return one
//! 600-account cluster at purity 0.50; label propagation returns the hydra and the enterprise
//! apart at coverage 1.000 / purity 1.000 each, because a node follows the label with most
//! edge weight around it and the bridge nodes have far more weight on their own side. Peeling
//! finds the densest block well, but yields one block per pass and says nothing about the rest;
//! we need every cluster, so it would have to be repeated and still need a partition after.
//! Label propagation is near-linear (30 rounds at most; it settles in a few on these graphs)
//! and deterministic here: nodes update in ascending order, ties keep the current label or take
//! the smallest, so output does not depend on thread count or input order. Its known failure,
//! one label flooding a graph, is held off by the edge rule: popular values never make edges.
//! [`Community::Components`] stays available for comparison.
//!
//! # Measured (synthetic, 2-core AMD EPYC, `cargo bench -p dg-detect --bench link`)
//!
//! The machine is shared and wall times are noisy; these are the better runs.
//!
//! Dense inputs, `build` + `clusters`, min of 30 (2 threads / 1 thread): a periodic relink's
//! 1,000 candidates, 800 of them in four campaigns (61.6 k candidate pairs, 15.7 k edges),
//! 8–10 / 10 ms; the final link's 7,600 accounts (123.6 k candidates, 42.1 k edges),
//! 15–19 / 18 ms.
//!
//! 1,000,000 accounts (13.0 M memberships, 5.0 M distinct values, 227 over the cap): build
//! 2.6–3.6 s on 2 threads, 3.3 s on one (21 M candidate pairs, 465 k edges), communities and
//! facts 0.1 s; the linker's peak heap 280 MiB, on top of the `AccountLinks` (191 MiB inline,
//! 245 MiB with their grown sketches; 626 MiB before the sketches started small). All
//! nine embedded hydras (10,000 accounts) come out whole and pure. `window = 4` builds in
//! 2.0 s and finds the same hydras (7 fewer benign pairs); 8 is kept for margin where a hydra's
//! members are spread thinly through large shared values.
//!
//! # Output values
//!
//! Personal values (addresses, subnets, payment, client fingerprint, email pattern, org) are
//! written only as `hmac-sha256:<key_id>:<16 hex>` ([`keyed_value`], [`LinkEvidence::render`]);
//! ASNs, frame bands and sign-up / co-activity buckets are written decoded.

mod cluster;
mod collect;
mod community;
mod graph;
mod kind;
mod pool;
mod sketch;
mod value;

#[cfg(test)]
mod tests;

pub(crate) use cluster::in_signup_bursts;
pub use cluster::{Cluster, Communities, CoordinationFacts, LinkEvidence};
pub use collect::{
    AccountLinks, SignupLinks, COACT_BUCKET_MS, COACT_K, FRAME_BANDS, SIGNUP_BUCKET_MS, TOP_ASNS,
    TOP_CLIENTS, TOP_FRAMES, TOP_IPS, TOP_SUBNETS,
};
pub use community::Community;
pub use graph::{Graph, GraphStats, KindWeight, LinkConfig, Linker};
pub use kind::{AttrKind, LinkFamily, N_FAMILIES, N_KINDS};
pub use pool::{Joinable, Pool};
pub use sketch::{BottomK, TopK};
pub(crate) use value::subnet_hash32;
pub use value::{keyed_value, text_hash, value_payload};
