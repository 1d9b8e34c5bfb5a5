//! Clusters of linked accounts: members, the shared evidence, and how coordinated they look.

use super::collect::SIGNUP_BUCKET_MS;
use super::community::communities;
use super::graph::Graph;
use super::kind::{AttrKind, N_KINDS};
use super::pool::{could_join, join_pools, Joinable, Pool};

/// Community labels of a graph's accounts (a label is the smallest index of its community).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Communities(Vec<u32>, Vec<u32>);
use super::value::{render, split};
use crate::account::sketch::mix;

/// One shared value inside a cluster.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct LinkEvidence {
    pub kind: AttrKind,
    /// The value's 60-bit payload (a hash, or a packed bucket/band/ASN); never written raw for
    /// personal kinds, see [`render`](Self::render).
    pub value_hash: u64,
    /// Members of the cluster holding it.
    pub accounts: u32,
}

impl LinkEvidence {
    /// The value as the contract writes it: `hmac-sha256:<key_id>:<hex>` for personal kinds,
    /// `AS13335`, `band2:abcd`, `standard@<bucket start>`, `band1:ffff@<bucket start>` otherwise.
    pub fn render(&self, key: &[u8], key_id: &str) -> String {
        render(self.kind, self.value_hash, key, key_id)
    }

    /// The prefix of a `subnet` value (IPv4 /24 or IPv6 /48); `None` for other kinds.
    pub fn subnet(&self) -> Option<(std::net::IpAddr, u8)> {
        (self.kind == AttrKind::Subnet)
            .then(|| super::value::subnet_of_payload(self.value_hash))
            .flatten()
    }
}

/// How coordinated a cluster looks; facts for the scorer, not a verdict. A shared org or one
/// company card makes a tight cluster of honest people too: the scorer weighs these with content.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CoordinationFacts {
    /// Kinds of value shared by at least two members, in kind order.
    pub kinds: Vec<AttrKind>,
    /// Share of members sharing a strong-kind value (payment, sign-up burst, co-activity) with
    /// another member.
    pub strong_share: f64,
    /// Share of members sharing a declared org with another member (a benign explanation).
    pub org_share: f64,
    /// Share of members (among those with a sign-up record) created within 15 minutes of at
    /// least two other members: scripted sign-up runs, but also enterprise provisioning batches.
    pub signup_burst_share: f64,
    /// Coefficient of variation of member request counts: near 0 when traffic is load-balanced
    /// across the accounts, above 1 for organic groups with a few heavy users.
    pub volume_cv: f64,
    /// Share of members active on the same frame in the same 10-minute bucket as another member.
    pub interleave_share: f64,
    /// Share of members holding an address or subnet that another member holds too.
    pub network_share: f64,
    /// Share of members whose sessions replay a rhythm another member's sessions replay.
    pub rhythm_share: f64,
    /// Requests made by all members.
    pub requests: u64,
    /// Edges inside the cluster, and their mean weight.
    pub edges: u32,
    pub mean_edge_weight: f64,
}

/// A linked cluster of two or more accounts.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Cluster {
    /// `cl_` and 16 hex digits of a bijective mix of the smallest member id: unique in a scan
    /// (the scanner renames clusters after the smallest account id, stable across scans).
    pub id: String,
    /// Member account ids, ascending.
    pub members: Vec<u32>,
    /// Shared values, by kind then most widely shared; at most `max_links_per_kind` per kind.
    pub links: Vec<LinkEvidence>,
    pub coordination: CoordinationFacts,
}

impl Graph {
    /// The clusters of two or more accounts, ordered by smallest member id.
    pub fn clusters(&self) -> Vec<Cluster> {
        self.clusters_joined(self.communities(), &[], |_| Joinable::Yes, |_| (0, 0))
    }

    /// Per account, whether it holds an address that an account of another community (by
    /// `label`) holds too: the exits an operator's accounts share across the pieces of a pool.
    fn shared_exits(&self, label: &[u32]) -> Vec<bool> {
        let n = self.ids.len();
        // Per value: the first holder's community, and whether another community holds it
        // (addresses only).
        let mut first = vec![(u32::MAX, false); self.val_key.len()];
        for (a, &l) in label.iter().enumerate().take(n) {
            for &v in self.vals(a) {
                if split(self.val_key[v as usize]).0 != AttrKind::Ip {
                    continue;
                }
                let e = &mut first[v as usize];
                if e.0 == u32::MAX {
                    e.0 = l;
                }
                e.1 |= e.0 != l;
            }
        }
        (0..n)
            .map(|a| self.vals(a).iter().any(|&v| first[v as usize].1))
            .collect()
    }

    /// The communities of the edges alone (label propagation), before any pool joins them.
    pub fn communities(&self) -> Communities {
        let n = self.ids.len();
        let label = communities(n, &self.edges, self.cfg.community, self.cfg.max_rounds);
        let mut size = vec![0u32; n];
        for &l in &label {
            size[l as usize] += 1;
        }
        Communities(label, size)
    }

    /// Whether joining through `pool` could change `communities`: it holds at least half of
    /// two or more of them. Only such pools need judging.
    pub fn could_join(&self, communities: &Communities, pool: &Pool) -> bool {
        could_join(&communities.0, &communities.1, pool)
    }

    /// Pools as clusters (its members, shared evidence and coordination facts), so the
    /// caller can judge whether it is a farm before joining through it.
    pub fn pool_clusters(&self, pools: &[&Pool]) -> Vec<Cluster> {
        let mut held = vec![0u32; self.val_key.len()];
        pools
            .iter()
            .map(|p| self.cluster(&p.0, 0, 0.0, &mut held))
            .collect()
    }

    /// The clusters, after joining `communities` through the given pools (see
    /// [`join_pools`]): the caller passes the pools it judged to be farms.
    /// `joinable(account id)` says whether an account may be drawn into a pool, `active(account
    /// id)` its first and last request (epoch ms).
    pub fn clusters_joined(
        &self,
        communities: Communities,
        pools: &[&Pool],
        joinable: impl Fn(u32) -> Joinable,
        active: impl Fn(u32) -> (i64, i64),
    ) -> Vec<Cluster> {
        let n = self.ids.len();
        let mut label = communities.0;
        if !pools.is_empty() {
            let able: Vec<Joinable> = self.ids.iter().map(|&id| joinable(id)).collect();
            let windows: Vec<(i64, i64)> = self.ids.iter().map(|&id| active(id)).collect();
            let shared_exit = self.shared_exits(&label);
            join_pools(
                &mut label,
                pools,
                &able,
                &shared_exit,
                &windows,
                self.cfg.pool_min_members,
                f64::from(self.cfg.pool_min_overlap),
            );
        }
        // Group members by label (labels are the smallest index of their group).
        let mut order: Vec<u32> = (0..n as u32).collect();
        order.sort_by_key(|&x| (label[x as usize], x));
        let mut groups: Vec<&[u32]> = Vec::new();
        let mut start = 0;
        while start < n {
            let l = label[order[start] as usize];
            let mut end = start + 1;
            while end < n && label[order[end] as usize] == l {
                end += 1;
            }
            if end - start >= 2 {
                groups.push(&order[start..end]);
            }
            start = end;
        }
        // Edge tallies per group.
        let mut group_of = vec![u32::MAX; n];
        for (g, members) in groups.iter().enumerate() {
            for &m in *members {
                group_of[m as usize] = g as u32;
            }
        }
        let mut edge_n = vec![0u32; groups.len()];
        let mut edge_w = vec![0f64; groups.len()];
        for &(a, b, w) in &self.edges {
            let g = group_of[a as usize];
            if g != u32::MAX && g == group_of[b as usize] {
                edge_n[g as usize] += 1;
                edge_w[g as usize] += f64::from(w);
            }
        }
        let mut held = vec![0u32; self.val_key.len()];
        groups
            .iter()
            .enumerate()
            .map(|(g, members)| self.cluster(members, edge_n[g], edge_w[g], &mut held))
            .collect()
    }

    /// One cluster; `held` is a zeroed count per value, left zeroed.
    fn cluster(&self, members: &[u32], edges: u32, edge_w: f64, held: &mut [u32]) -> Cluster {
        // Values held by two or more members, with how many, ascending.
        let mut touched: Vec<u32> = Vec::new();
        for &m in members {
            for &v in self.vals(m as usize) {
                if held[v as usize] == 0 {
                    touched.push(v);
                }
                held[v as usize] += 1;
            }
        }
        touched.sort_unstable();
        let shared: Vec<(u32, u32)> = touched
            .iter()
            .map(|&v| (v, held[v as usize]))
            .filter(|&(_, c)| c >= 2)
            .collect();
        let is_shared = |v: u32| held[v as usize] >= 2;

        let size = members.len() as f64;
        let mut has_strong = 0usize;
        let mut has_org = 0usize;
        let mut has_coact = 0usize;
        let mut has_network = 0usize;
        let mut has_rhythm = 0usize;
        for &m in members {
            let mut strong = false;
            let mut org = false;
            let mut coact = false;
            let mut network = false;
            let mut rhythm = false;
            for &v in self.vals(m as usize) {
                let kind = split(self.val_key[v as usize]).0;
                network |= matches!(kind, AttrKind::Ip | AttrKind::Subnet) && is_shared(v);
                rhythm |= kind == AttrKind::Rhythm && is_shared(v);
                if (kind.is_strong() || kind == AttrKind::Org) && is_shared(v) {
                    strong |= kind.is_strong();
                    org |= kind == AttrKind::Org;
                    coact |= kind == AttrKind::CoActivity;
                }
            }
            has_strong += usize::from(strong);
            has_org += usize::from(org);
            has_coact += usize::from(coact);
            has_network += usize::from(network);
            has_rhythm += usize::from(rhythm);
        }

        // Evidence: per kind, the most widely shared values.
        let mut per_kind: Vec<Vec<LinkEvidence>> = vec![Vec::new(); N_KINDS];
        for &(v, count) in &shared {
            let (kind, payload) = split(self.val_key[v as usize]);
            per_kind[kind.index()].push(LinkEvidence {
                kind,
                value_hash: payload,
                accounts: count,
            });
        }
        let mut kinds = Vec::new();
        let mut links = Vec::new();
        for (k, mut ev) in per_kind.into_iter().enumerate() {
            if ev.is_empty() {
                continue;
            }
            kinds.push(AttrKind::ALL[k]);
            ev.sort_by(|a, b| {
                b.accounts
                    .cmp(&a.accounts)
                    .then(a.value_hash.cmp(&b.value_hash))
            });
            ev.truncate(self.cfg.max_links_per_kind);
            links.extend(ev);
        }

        // Sign-up burstiness: members created within 15 minutes of two or more other members.
        let mut created: Vec<i64> = members
            .iter()
            .filter_map(|&m| self.created[m as usize])
            .collect();
        created.sort_unstable();
        let bursty = in_signup_bursts(&created)
            .into_iter()
            .filter(|&b| b)
            .count();
        let signup_burst_share = if created.is_empty() {
            0.0
        } else {
            bursty as f64 / created.len() as f64
        };

        // Load balancing: spread of request counts.
        let counts: Vec<f64> = members
            .iter()
            .map(|&m| f64::from(self.requests[m as usize]))
            .collect();
        let requests: f64 = counts.iter().sum();
        let mean = requests / size;
        let var = counts.iter().map(|c| (c - mean) * (c - mean)).sum::<f64>() / size;
        let volume_cv = if mean > 0.0 { var.sqrt() / mean } else { 0.0 };

        for &v in &touched {
            held[v as usize] = 0;
        }
        let smallest = self.ids[members[0] as usize];
        let mut ids: Vec<u32> = members.iter().map(|&m| self.ids[m as usize]).collect();
        ids.sort_unstable();
        Cluster {
            id: format!("cl_{:016x}", mix(u64::from(smallest))),
            members: ids,
            links,
            coordination: CoordinationFacts {
                kinds,
                strong_share: has_strong as f64 / size,
                org_share: has_org as f64 / size,
                signup_burst_share,
                volume_cv,
                interleave_share: has_coact as f64 / size,
                network_share: has_network as f64 / size,
                rhythm_share: has_rhythm as f64 / size,
                requests: requests as u64,
                edges,
                mean_edge_weight: if edges > 0 {
                    edge_w / f64::from(edges)
                } else {
                    0.0
                },
            },
        }
    }
}

/// For sign-up times sorted ascending, whether each was created within `SIGNUP_BUCKET_MS` of
/// two or more others (a scripted sign-up run, or an enterprise's provisioning batch).
pub(crate) fn in_signup_bursts(sorted: &[i64]) -> Vec<bool> {
    let (mut lo, mut hi) = (0, 0);
    (0..sorted.len())
        .map(|i| {
            while sorted[i] - sorted[lo] > SIGNUP_BUCKET_MS {
                lo += 1;
            }
            while hi + 1 < sorted.len() && sorted[hi + 1] - sorted[i] <= SIGNUP_BUCKET_MS {
                hi += 1;
            }
            hi - lo + 1 >= 3
        })
        .collect()
}
