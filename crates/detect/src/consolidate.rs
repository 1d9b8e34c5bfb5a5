//! Campaign consolidation: clusters that are pieces of one campaign become one.
//!
//! Residential proxies and per-account identities leave a campaign as many small clusters
//! (accounts that share a card, or a sign-up run). Two clusters are merged when both are risky
//! on their own members' evidence and they share two independent kinds of evidence that are
//! rare across all accounts: a sign-up email pattern, and most of their prompt frames (Jaccard
//! ≥ 0.5 of their rare frames, or, when the pattern is each one's own — held by several of
//! its members, not one stray member — at least half of the smaller cluster's rare frames: one
//! shared template can be a coincidence, a shared workload not). Benign groups are not
//! merged: they are not risky, and their common patterns (gmail.com, popular frames) are not rare.
//! Pieces of one campaign also work at the same time: a pool that starts when another stops is
//! its successor (`successor_of`), a campaign of its own, and is never merged into it.
//!
//! Clusters working at the same time are also merged, risky or not, when their members share
//! *boxes*: an operator rents servers and runs the keys of a few accounts on each, mixing
//! accounts of different cards and sign-up batches on one machine, so the cards make small
//! clusters and the machines join them. A box is the hosting address that carries nearly all
//! of an account's traffic and that only a handful of accounts ever used (see
//! `FarmParams::box_share`): a cloud egress or an office proxy that many accounts touch is
//! nobody's box, and an account that rotates addresses has none. The merged cluster is only
//! linked: whether it is a farm or a campaign is judged after, on its structure and traffic.

use std::collections::BTreeMap;

use crate::link::{AttrKind, Cluster, CoordinationFacts, LinkEvidence};

/// Campaign evidence of one cluster: its members' rare email patterns and rare frames.
#[derive(Debug, Clone, Default)]
pub struct Signature {
    pub emails: Vec<u64>,
    /// The patterns of `emails` that several members hold (the cluster's own, not a stray
    /// member's).
    pub own_emails: Vec<u64>,
    pub frames: Vec<u64>,
    /// The members' boxes that another account used too (link payloads of the addresses).
    pub boxes: Vec<u64>,
    /// First and last request of the cluster's members (epoch ms).
    pub active: (i64, i64),
    /// The median member's first and last request (epoch ms): when the cluster worked, not
    /// stretched by one long-lived member.
    pub core: (i64, i64),
}

impl Signature {
    /// Sorts the signature and finds its own patterns: call once `emails` holds one entry per
    /// member holding a rare pattern and `frames` the members' rare frames, in any order.
    pub fn seal(&mut self) {
        self.emails.sort_unstable();
        self.own_emails = self
            .emails
            .chunk_by(|a, b| a == b)
            .filter(|run| run.len() >= 2)
            .map(|run| run[0])
            .collect();
        for v in [&mut self.emails, &mut self.frames, &mut self.boxes] {
            v.sort_unstable();
            v.dedup();
        }
    }
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

/// Whether two activity windows overlap by at least [`MIN_ACTIVE_OVERLAP`] of the longer: the
/// two worked through mostly the same period (a day's cohort inside a campaign that ran for
/// two weeks did not).
fn same_period(a: (i64, i64), b: (i64, i64)) -> bool {
    let overlap = (a.1.min(b.1) - a.0.max(b.0)).max(0) as f64;
    let longer = (a.1 - a.0).max(b.1 - b.0).max(1) as f64;
    overlap >= MIN_ACTIVE_OVERLAP * longer
}

fn shares(a: &[u64], b: &[u64]) -> bool {
    a.iter().any(|x| b.binary_search(x).is_ok())
}

/// Whether two clusters share a rare e-mail pattern that is each one's own: a pattern one of
/// them has on a stray member (two or three people anywhere share it) is no operator's mark.
fn share_own_pattern(a: &Signature, b: &Signature) -> bool {
    shares(&a.own_emails, &b.own_emails)
}

/// Whether two risky clusters are one operator's workload: a rare e-mail pattern in common and
/// most of their rare frames (Jaccard ≥ [`MIN_FRAME_JACCARD`]), or a pattern that is each
/// one's own and most of the smaller one's rare frames (overlap ≥ [`MIN_FRAME_OVERLAP`]). The looser
/// frame measure lets a piece join its bulk, whose members' own rare frames add up; it needs
/// the stronger pattern (or two operators drawing on common templates, each with a stray
/// member on the same pattern, become one) and the same working period (or an operator's daily
/// cohorts, each a campaign of its own, gather into whichever cluster spans their days).
fn one_workload(a: &Signature, b: &Signature) -> bool {
    (shares(&a.emails, &b.emails) && jaccard(&a.frames, &b.frames) >= MIN_FRAME_JACCARD)
        || (share_own_pattern(a, b)
            && overlap(&a.frames, &b.frames) >= MIN_FRAME_OVERLAP
            && same_period(a.core, b.core))
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

/// Least Jaccard similarity of two clusters' rare frames for them to be one campaign on any
/// shared rare pattern.
pub const MIN_FRAME_JACCARD: f64 = 0.5;

/// Overlap of two sorted sets: their intersection over the smaller. A piece of a campaign
/// holds a few of its rare frames, the bulk holds them all and many more (each member's own
/// rare frames add up); Jaccard similarity measured the bulk's size, not the piece's overlap
/// (on `simulate --scale medium --seed 212` the agentic harvester stayed in pieces of 120
/// and 27 that share their workload, their client and a rare e-mail pattern).
fn overlap(a: &[u64], b: &[u64]) -> f64 {
    let (small, large) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    if small.is_empty() {
        return 0.0;
    }
    let inter = small
        .iter()
        .filter(|x| large.binary_search(x).is_ok())
        .count();
    inter as f64 / small.len() as f64
}

/// Least overlap of two clusters' rare frames for them to be one campaign on a pattern that is
/// one's own: most of the smaller cluster's rare frames are the larger one's (one shared
/// template is a coincidence two campaigns can have; the same workload is not).
pub const MIN_FRAME_OVERLAP: f64 = 0.5;

fn find(parent: &mut [usize], mut x: usize) -> usize {
    while parent[x] != x {
        parent[x] = parent[parent[x]];
        x = parent[x];
    }
    x
}

/// Merges risky clusters that share a rare email pattern and most of their rare frames, and
/// clusters that share a box, when they were active at the same time.
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
            if concurrent(a.active, b.active) && one_workload(a, b) {
                let (ri, rj) = (find(&mut parent, i), find(&mut parent, j));
                if ri != rj {
                    parent[ri.max(rj)] = ri.min(rj);
                }
            }
        }
    }
    // Boxes: each box's clusters, in order; each joins the first one it worked alongside.
    let mut on_box: BTreeMap<u64, Vec<usize>> = BTreeMap::new();
    for (i, sig) in signatures.iter().enumerate().take(n) {
        for &b in &sig.boxes {
            on_box.entry(b).or_default().push(i);
        }
    }
    for held in on_box.values().filter(|v| v.len() >= 2) {
        for (k, &i) in held.iter().enumerate() {
            for &j in &held[k + 1..] {
                if concurrent(signatures[i].active, signatures[j].active) {
                    let (ri, rj) = (find(&mut parent, i), find(&mut parent, j));
                    if ri != rj {
                        parent[ri.max(rj)] = ri.min(rj);
                    }
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

/// Orders a cluster's link evidence (by kind, then most widely held) and keeps the `max` most
/// widely held values of each kind.
pub fn tidy_links(links: &mut Vec<LinkEvidence>, max: usize) {
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
        *k <= max
    });
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
    tidy_links(&mut links, 5);
    let edges: u32 = parts.iter().map(|c| c.coordination.edges).sum();
    let coordination = CoordinationFacts {
        kinds,
        strong_share: avg(&|f| f.strong_share),
        org_share: avg(&|f| f.org_share),
        signup_burst_share: avg(&|f| f.signup_burst_share),
        volume_cv: if mean > 0.0 { var.sqrt() / mean } else { 0.0 },
        interleave_share: avg(&|f| f.interleave_share),
        network_share: avg(&|f| f.network_share),
        rhythm_share: avg(&|f| f.rhythm_share),
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

#[cfg(test)]
mod tests {
    use super::*;

    fn cluster(first: u32, n: u32) -> Cluster {
        Cluster {
            id: format!("cl_{first}"),
            members: (first..first + n).collect(),
            links: Vec::new(),
            coordination: CoordinationFacts::default(),
        }
    }

    fn signature(emails: &[u64], frames: &[u64]) -> Signature {
        let mut sig = Signature {
            emails: emails.to_vec(),
            frames: frames.to_vec(),
            active: (0, 100),
            core: (0, 100),
            ..Signature::default()
        };
        sig.seal();
        sig
    }

    /// How many clusters two clusters of 30 with these signatures and risk become.
    fn merged_count(sigs: &[Signature; 2], risky: [bool; 2]) -> usize {
        consolidate(vec![cluster(0, 30), cluster(100, 30)], sigs, &risky, |_| 10).len()
    }

    #[test]
    fn a_piece_of_a_campaign_joins_its_bulk() {
        // The bulk: 120 members on the operator's pattern (7) and its six workload frames,
        // plus thirty rare frames of single members. The piece: 27 members, the same pattern,
        // four of the workload frames. Jaccard 4/36 would keep them apart.
        let bulk_frames: Vec<u64> = (1..=6).chain(100..130).collect();
        let sigs = [
            signature(&[7; 60], &bulk_frames),
            signature(&[7; 20], &[1, 2, 3, 4]),
        ];
        let out = consolidate(
            vec![cluster(0, 120), cluster(200, 27)],
            &sigs,
            &[true, true],
            |_| 10,
        );
        assert_eq!(out.len(), 1);
        assert_eq!(out[0].members.len(), 147);
    }

    #[test]
    fn two_campaigns_with_one_stray_pattern_each_stay_apart() {
        // Most of the smaller one's frames are the larger one's (common templates), but the
        // only shared pattern is one member's on each side (a pattern two or three people
        // anywhere share): two operators, not one.
        let large: Vec<u64> = (1..=3).chain(100..120).collect();
        let sigs = [
            signature(&[7, 7, 7, 9], &large),
            signature(&[8, 8, 8, 9], &[1, 2, 3, 4]),
        ];
        assert_eq!(merged_count(&sigs, [true, true]), 2);
        // The same workload in full (Jaccard ≥ 0.5) is one campaign on any shared pattern.
        let sigs = [
            signature(&[7, 7, 7, 9], &[1, 2, 3]),
            signature(&[8, 8, 8, 9], &[1, 2, 3]),
        ];
        assert_eq!(merged_count(&sigs, [true, true]), 1);
        // Nor are an operator's daily cohorts, each a campaign of its own, though one pattern
        // and one workload run through them: a cohort whose members worked one day is not a
        // piece of a cluster whose members worked the week (one long-lived member stretches
        // the cluster's first-to-last window, not its median member's).
        let mut sigs = [
            signature(&[7, 7, 7], &large),
            signature(&[7, 7], &[1, 2, 3, 4]),
        ];
        sigs[0].active = (0, 700);
        sigs[0].core = (0, 700);
        sigs[1].active = (300, 400);
        sigs[1].core = (300, 400);
        assert_eq!(merged_count(&sigs, [true, true]), 2);
        // Nor are clusters that are not risky on their own members' evidence merged.
        let sigs = [signature(&[7, 7], &[1, 2]), signature(&[7, 7], &[1, 2])];
        assert_eq!(merged_count(&sigs, [true, false]), 2);
    }
}
