//! Pools: groups of accounts held together by what they share as a group, not pair by pair.
//!
//! Pairwise evidence is weighed by rarity, so a value held by 250 accounts (a farm's client
//! fingerprint, a residential-proxy network, the few dozen hosting addresses a hydra leaves
//! from) links no pair strongly, and a farm whose accounts rotate addresses and cards comes
//! out in pieces or not at all. What holds it together is that two values of independent
//! families are held by the *same* accounts far beyond chance: the pool's fingerprint and its
//! proxy network, its address pool and its sign-up wave. For every such pair of values `(u, v)`
//! (families differ; `both ≥ pool_min_members`; lift `both · N / (df_u · df_v) ≥ pool_min_lift`;
//! `both ≥ pool_min_cover · min(df_u, df_v)`), the accounts holding both get an edge of
//! `pool_weight` to a hub node of their own. Label propagation then treats the pool as one
//! neighbourhood; an account that belongs elsewhere (a bridge paying with an enterprise's card)
//! still follows the side with more weight.
//!
//! Innocent pools exist (a class on its campus network and its sign-up hour, an enterprise's
//! NAT and card): the pool only makes a cluster; whether a cluster is a farm or a campaign is
//! judged after, on its structure and traffic. Popular values pair with everything at a lift
//! near 1 (a browser and an ISP), so they make no pools.

use std::collections::HashMap;

use ahash::RandomState;

use super::graph::Graph;
use super::kind::{AttrKind, LinkFamily};
use super::value::split;

/// Kinds that can make a pool: where accounts come from and how they were made. Content
/// (frames, co-activity) is left out so pools stand without wording; org is a benign fact.
fn pool_family(kind: AttrKind) -> Option<LinkFamily> {
    match kind {
        AttrKind::Ip
        | AttrKind::Subnet
        | AttrKind::Asn
        | AttrKind::ClientFingerprint
        | AttrKind::Payment
        | AttrKind::EmailPattern
        | AttrKind::SignupBurst => Some(kind.family()),
        AttrKind::Frame | AttrKind::CoActivity | AttrKind::Org => None,
    }
}

impl Graph {
    /// Hub edges `(account, hub, weight)`, hubs numbered from `n` (the account count) on.
    pub(crate) fn pool_edges(&self) -> Vec<(u32, u32, f32)> {
        let n = self.ids.len();
        let cfg = &self.cfg;
        if n < 3 || cfg.pool_weight <= 0.0 {
            return Vec::new();
        }
        let fixed = || RandomState::with_seeds(0x706f_6f6c, 0x6875_6273, 0x6c69_6674, 0x6a6f_696e);
        // Each account's pool values: (value, family), ascending by value.
        let pool_vals = |a: usize, out: &mut Vec<(u32, LinkFamily)>| {
            out.clear();
            for &v in self.vals(a) {
                if self.val_df[v as usize] < cfg.pool_min_members {
                    continue;
                }
                if let Some(f) = pool_family(split(self.val_key[v as usize]).0) {
                    out.push((v, f));
                }
            }
        };
        let mut both: HashMap<(u32, u32), u32, RandomState> = HashMap::with_hasher(fixed());
        let mut vals = Vec::new();
        for a in 0..n {
            pool_vals(a, &mut vals);
            for (i, &(u, fu)) in vals.iter().enumerate() {
                for &(v, fv) in &vals[i + 1..] {
                    if fu != fv {
                        *both.entry((u, v)).or_default() += 1;
                    }
                }
            }
        }
        let big_n = n as f64;
        let mut hub_of: HashMap<(u32, u32), u32, RandomState> = HashMap::with_hasher(fixed());
        let mut qualifying: Vec<(u32, u32)> = both
            .into_iter()
            .filter(|&((u, v), c)| {
                let (du, dv) = (
                    f64::from(self.val_df[u as usize]),
                    f64::from(self.val_df[v as usize]),
                );
                let c = f64::from(c);
                c >= f64::from(cfg.pool_min_members)
                    && c * big_n / (du * dv) >= f64::from(cfg.pool_min_lift)
                    && c >= f64::from(cfg.pool_min_cover) * du.min(dv)
            })
            .map(|(k, _)| k)
            .collect();
        // Hub numbers in value order, so the output does not depend on hashing.
        qualifying.sort_unstable();
        for (h, k) in qualifying.into_iter().enumerate() {
            hub_of.insert(k, (n + h) as u32);
        }
        if hub_of.is_empty() {
            return Vec::new();
        }
        let mut edges = Vec::new();
        let mut mine = Vec::new();
        for a in 0..n {
            pool_vals(a, &mut vals);
            mine.clear();
            for (i, &(u, _)) in vals.iter().enumerate() {
                for &(v, _) in &vals[i + 1..] {
                    if let Some(&h) = hub_of.get(&(u, v)) {
                        mine.push(h);
                    }
                }
            }
            // One pool seen through many value pairs is still one pool: an account's hub
            // edges weigh at most twice `pool_weight` together, so pools never drown the
            // pairwise evidence that keeps a bridge on its own side.
            let w = cfg.pool_weight * (2.0 / mine.len().max(1) as f32).min(1.0);
            edges.extend(mine.iter().map(|&h| (a as u32, h, w)));
        }
        edges
    }
}
