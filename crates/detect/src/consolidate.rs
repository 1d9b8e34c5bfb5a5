//! Campaign consolidation: clusters that are pieces of one campaign become one.
//!
//! Residential proxies and per-account identities leave a campaign as many small clusters
//! (accounts that share a card, or a sign-up run). Two clusters are merged when both are risky
//! on their own members' evidence and they share two independent kinds of evidence that are
//! rare across all accounts: a sign-up email pattern, and most of their prompt frames (Jaccard
//! ≥ 0.5 of their rare frames: one shared template can be a coincidence, a shared workload not). Benign groups are not
//! merged: they are not risky, and their common patterns (gmail.com, popular frames) are not rare.
//! Pieces of one campaign also work at the same time: a pool that starts when another stops is
//! its successor (`successor_of`), a campaign of its own, and is never merged into it.

use std::collections::BTreeMap;

use crate::link::{AttrKind, Cluster, CoordinationFacts, LinkEvidence};

/// Campaign evidence of one cluster: its members' rare email patterns and rare frames.
#[derive(Debug, Clone, Default)]
pub struct Signature {
    pub emails: Vec<u64>,
    pub frames: Vec<u64>,
    /// First and last request of the cluster's members (epoch ms).
    pub active: (i64, i64),
}

/// Least overlap of two clusters' activity windows, as a share of the shorter window, for them
/// to be pieces of one campaign rather than one pool taking over from another.
pub const MIN_ACTIVE_OVERLAP: f64 = 0.5;

/// Whether two activity windows overlap by at least [`MIN_ACTIVE_OVERLAP`] of the shorter.
fn concurrent(a: (i64, i64), b: (i64, i64)) -> bool {
    let overlap = (a.1.min(b.1) - a.0.max(b.0)).max(0) as f64;
    let shorter = (a.1 - a.0).min(b.1 - b.0).max(1) as f64;
    overlap >= MIN_ACTIVE_OVERLAP * shorter
}

fn shares(a: &[u64], b: &[u64]) -> bool {
    a.iter().any(|x| b.binary_search(x).is_ok())
}

/// Jaccard similarity of two sorted sets.
fn jaccard(a: &[u64], b: &[u64]) -> f64 {
    let inter = a.iter().filter(|x| b.binary_search(x).is_ok()).count();
    let union = a.len() + b.len() - inter;
    if union == 0 {
        0.0
    } else {
        inter as f64 / union as f64
    }
}

/// Least Jaccard similarity of two clusters' rare frames for them to be one campaign: one
/// shared template is a coincidence two campaigns can have; the same workload is not.
pub const MIN_FRAME_JACCARD: f64 = 0.5;

fn find(parent: &mut [usize], mut x: usize) -> usize {
    while parent[x] != x {
        parent[x] = parent[parent[x]];
        x = parent[x];
    }
    x
}

/// Merges risky clusters that share a rare email pattern and most of their rare frames, and
/// were active at the same time.
///
/// `signatures[i]` must have sorted vectors; `risky[i]` says whether cluster `i` is risky;
/// `requests(member)` gives a member's request count (for the merged volume spread).
pub fn consolidate(
    clusters: Vec<Cluster>,
    signatures: &[Signature],
    risky: &[bool],
    requests: impl Fn(u32) -> u32,
) -> Vec<Cluster> {
    let n = clusters.len();
    let mut parent: Vec<usize> = (0..n).collect();
    let candidates: Vec<usize> = (0..n).filter(|&i| risky[i]).collect();
    for (k, &i) in candidates.iter().enumerate() {
        for &j in &candidates[k + 1..] {
            let (a, b) = (&signatures[i], &signatures[j]);
            if shares(&a.emails, &b.emails)
                && jaccard(&a.frames, &b.frames) >= MIN_FRAME_JACCARD
                && concurrent(a.active, b.active)
            {
                let (ri, rj) = (find(&mut parent, i), find(&mut parent, j));
                if ri != rj {
                    parent[ri.max(rj)] = ri.min(rj);
                }
            }
        }
    }
    let mut groups: BTreeMap<usize, Vec<Cluster>> = BTreeMap::new();
    for (i, c) in clusters.into_iter().enumerate() {
        let r = find(&mut parent, i);
        groups.entry(r).or_default().push(c);
    }
    groups.into_values().map(|g| merge(g, &requests)).collect()
}

fn merge(mut parts: Vec<Cluster>, requests: &impl Fn(u32) -> u32) -> Cluster {
    // Groups are never empty: each holds at least the cluster that named it.
    if parts.len() == 1 {
        if let Some(c) = parts.pop() {
            return c;
        }
    }
    parts.sort_by_key(|c| c.members.first().copied().unwrap_or(u32::MAX));
    let total: f64 = parts.iter().map(|c| c.members.len() as f64).sum();
    let avg = |f: &dyn Fn(&CoordinationFacts) -> f64| -> f64 {
        parts
            .iter()
            .map(|c| f(&c.coordination) * c.members.len() as f64)
            .sum::<f64>()
            / total
    };
    let mut members: Vec<u32> = parts
        .iter()
        .flat_map(|c| c.members.iter().copied())
        .collect();
    members.sort_unstable();
    members.dedup();
    let counts: Vec<f64> = members.iter().map(|&m| f64::from(requests(m))).collect();
    let mean = counts.iter().sum::<f64>() / counts.len().max(1) as f64;
    let var = counts.iter().map(|c| (c - mean).powi(2)).sum::<f64>() / counts.len().max(1) as f64;
    let mut kinds: Vec<AttrKind> = parts
        .iter()
        .flat_map(|c| c.coordination.kinds.iter().copied())
        .collect();
    kinds.sort();
    kinds.dedup();
    let mut link_counts: BTreeMap<(AttrKind, u64), u32> = BTreeMap::new();
    for c in &parts {
        for l in &c.links {
            *link_counts.entry((l.kind, l.value_hash)).or_default() += l.accounts;
        }
    }
    let mut links: Vec<LinkEvidence> = link_counts
        .into_iter()
        .map(|((kind, value_hash), accounts)| LinkEvidence {
            kind,
            value_hash,
            accounts,
        })
        .collect();
    links.sort_by(|a, b| {
        a.kind
            .cmp(&b.kind)
            .then(b.accounts.cmp(&a.accounts))
            .then(a.value_hash.cmp(&b.value_hash))
    });
    let mut per_kind: BTreeMap<AttrKind, usize> = BTreeMap::new();
    links.retain(|l| {
        let k = per_kind.entry(l.kind).or_default();
        *k += 1;
        *k <= 5
    });
    let edges: u32 = parts.iter().map(|c| c.coordination.edges).sum();
    let coordination = CoordinationFacts {
        kinds,
        strong_share: avg(&|f| f.strong_share),
        org_share: avg(&|f| f.org_share),
        signup_burst_share: avg(&|f| f.signup_burst_share),
        volume_cv: if mean > 0.0 { var.sqrt() / mean } else { 0.0 },
        interleave_share: avg(&|f| f.interleave_share),
        network_share: avg(&|f| f.network_share),
        requests: parts.iter().map(|c| c.coordination.requests).sum(),
        edges,
        mean_edge_weight: avg(&|f| f.mean_edge_weight),
    };
    Cluster {
        id: parts[0].id.clone(),
        members,
        links,
        coordination,
    }
}
