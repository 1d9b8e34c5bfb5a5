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
        AttrKind::Frame | AttrKind::CoActivity | AttrKind::Org | AttrKind::Rhythm => None,
    }
}

/// Whether the caller lets an account be drawn into a pool.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Joinable {
    /// An established customer: never drawn in.
    No,
    /// Through pools of two precise values, or with its community.
    Yes,
    /// Even alone through a pool's client fingerprint: it is run the way farms are run.
    Alone,
    /// As `Alone`, but only by leaving through hosting ranges: an app's backend on its own
    /// cloud addresses leaves that way too. Through a client fingerprint alone such an account
    /// counts as run the way farms are run only where it shares an address with an account of
    /// another community (the operator's gateways): a backend's addresses are its own.
    Hosted,
}

impl Joinable {
    /// Whether the account is run the way farms are run (`Alone` or `Hosted`).
    pub fn run_alike(self) -> bool {
        matches!(self, Self::Alone | Self::Hosted)
    }
}

/// A pool: internal account indices of the graph, ascending, and what may join through it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pool(pub(crate) Vec<u32>, pub(crate) Reach);

/// Which communities a pool may draw together.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Reach {
    /// Two values that identify an operator (addresses, cards, client fingerprints, sign-up
    /// bursts): lone accounts join too.
    Lone,
    /// Two values of which one is coarse (a subnet, an ASN, an email pattern many people
    /// share), or an address pool: communities of `pool_min_members` or more (two people on
    /// one ISP with a popular client are no pool's members), and lone accounts or pairs run
    /// the way farms are run.
    Pairs,
    /// One client fingerprint alone: communities of `pool_min_members` or more, never a
    /// lone account or a pair that happens to use the same client.
    Groups,
}

/// Kinds precise enough for a lone account holding two of them to belong to the pool.
fn precise(kind: AttrKind) -> bool {
    matches!(
        kind,
        AttrKind::Ip | AttrKind::Payment | AttrKind::ClientFingerprint | AttrKind::SignupBurst
    )
}

impl Pool {
    /// Number of accounts in the pool.
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// Whether the pool is the holders of one client fingerprint (not a pair of values): such
    /// a pool marks a farm's tooling only when its holders are run alike (the caller checks).
    pub fn is_client(&self) -> bool {
        self.1 == Reach::Groups
    }

    /// Whether the pool is empty (never, for pools from [`Graph::pools`]).
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl Graph {
    /// The pools: the holders of both values of each qualifying pair, then the holders of
    /// each client fingerprint held by at least `pool_min_members` accounts (a fingerprint
    /// rare in the population and common in a pool marks the pool's tooling). Pools are
    /// candidates only: the caller judges each and joins through those it finds to be farms.
    pub fn pools(&self) -> Vec<Pool> {
        let n = self.ids.len();
        let cfg = &self.cfg;
        if n < 3 || cfg.pool_min_members == 0 {
            return Vec::new();
        }
        let fixed = || RandomState::with_seeds(0x706f_6f6c, 0x6875_6273, 0x6c69_6674, 0x6a6f_696e);
        // Each account's pool values: (value, kind), ascending by value.
        let pool_vals = |a: usize, out: &mut Vec<(u32, AttrKind)>| {
            out.clear();
            for &v in self.vals(a) {
                if self.val_df[v as usize] < cfg.pool_min_members {
                    continue;
                }
                let kind = split(self.val_key[v as usize]).0;
                if pool_family(kind).is_some() {
                    out.push((v, kind));
                }
            }
        };
        // Values of different families pair; two addresses held together beyond chance are
        // one address pool (a hydra's exits, an enterprise's NAT), gathered below. Subnet and
        // ASN only repeat the address.
        let mut both: HashMap<(u32, u32), u32, RandomState> = HashMap::with_hasher(fixed());
        let mut addr: HashMap<(u32, u32), u32, RandomState> = HashMap::with_hasher(fixed());
        let mut vals = Vec::new();
        for a in 0..n {
            pool_vals(a, &mut vals);
            for (i, &(u, ku)) in vals.iter().enumerate() {
                for &(v, kv) in &vals[i + 1..] {
                    if ku.family() != kv.family() {
                        *both.entry((u, v)).or_default() += 1;
                    } else if ku == AttrKind::Ip && kv == AttrKind::Ip {
                        *addr.entry((u, v)).or_default() += 1;
                    }
                }
            }
        }
        let big_n = n as f64;
        let lift = |u: u32, v: u32, c: u32| {
            f64::from(c) * big_n
                / (f64::from(self.val_df[u as usize]) * f64::from(self.val_df[v as usize]))
        };
        // Address pools: addresses joined by pairs held together beyond chance (no cover
        // rule: each account's sketch keeps only its heaviest addresses of a large pool).
        let mut group: HashMap<u32, u32, RandomState> = HashMap::with_hasher(fixed());
        {
            let mut links: Vec<(u32, u32)> = addr
                .into_iter()
                .filter(|&((u, v), c)| {
                    c >= cfg.pool_min_members
                        && lift(u, v, c) >= f64::from(cfg.pool_min_address_lift)
                })
                .map(|(k, _)| k)
                .collect();
            links.sort_unstable();
            // An exit two operators both use would chain their address pools into one.
            let shared = shared_exits(&links, ADDRESS_POOL_MIN_SIDE);
            links.retain(|(u, v)| {
                shared.binary_search(u).is_err() && shared.binary_search(v).is_err()
            });
            let mut parent: HashMap<u32, u32, RandomState> = HashMap::with_hasher(fixed());
            fn root(p: &mut HashMap<u32, u32, RandomState>, x: u32) -> u32 {
                let mut r = x;
                while let Some(&q) = p.get(&r) {
                    if q == r {
                        break;
                    }
                    r = q;
                }
                p.insert(x, r);
                r
            }
            for &(u, v) in &links {
                parent.entry(u).or_insert(u);
                parent.entry(v).or_insert(v);
                let (a, b) = (root(&mut parent, u), root(&mut parent, v));
                if a != b {
                    parent.insert(a.max(b), a.min(b));
                }
            }
            let mut roots: Vec<u32> = parent.keys().copied().collect();
            roots.sort_unstable();
            let mut number: HashMap<u32, u32, RandomState> = HashMap::with_hasher(fixed());
            for v in roots {
                let r = root(&mut parent, v);
                let next = number.len() as u32;
                let g = *number.entry(r).or_insert(next);
                group.insert(v, g);
            }
        }
        let groups = group.values().copied().max().map_or(0, |g| g as usize + 1);
        let mut qualifying: Vec<(u32, u32)> = both
            .into_iter()
            .filter(|&((u, v), c)| {
                let (du, dv) = (
                    f64::from(self.val_df[u as usize]),
                    f64::from(self.val_df[v as usize]),
                );
                c >= cfg.pool_min_members
                    && lift(u, v, c) >= f64::from(cfg.pool_min_lift)
                    && f64::from(c) >= f64::from(cfg.pool_min_cover) * du.min(dv)
            })
            .map(|(k, _)| k)
            .collect();
        // Pool numbers in value order, so the output does not depend on hashing.
        qualifying.sort_unstable();
        let pool_of: HashMap<(u32, u32), usize, RandomState> = {
            let mut m = HashMap::with_hasher(fixed());
            m.extend(qualifying.iter().enumerate().map(|(i, &k)| (k, i)));
            m
        };
        // Rare: a fingerprint a tenth of the population uses is a popular client, not a mark.
        let rare = (n / 10).max(cfg.pool_min_members as usize) as u32;
        let clients: Vec<u32> = (0..self.val_key.len() as u32)
            .filter(|&v| {
                split(self.val_key[v as usize]).0 == AttrKind::ClientFingerprint
                    && (cfg.pool_min_members..=rare).contains(&self.val_df[v as usize])
            })
            .collect();
        let client_pool = |v: u32| clients.binary_search(&v).ok().map(|i| qualifying.len() + i);
        let first_group = qualifying.len() + clients.len();
        let mut pools = vec![Vec::new(); first_group + groups];
        let coarse = |(u, v): (u32, u32)| {
            let kind = |x: u32| split(self.val_key[x as usize]).0;
            [kind(u), kind(v)]
                .iter()
                .any(|k| matches!(k, AttrKind::Subnet | AttrKind::Asn))
        };
        // Per pool of a coarse pair, its holders in each address pool (see below).
        let mut coarse_groups: HashMap<(usize, usize), u32, RandomState> =
            HashMap::with_hasher(fixed());
        let mut mine: Vec<usize> = Vec::new();
        for a in 0..n {
            pool_vals(a, &mut vals);
            mine.clear();
            mine.extend(
                vals.iter()
                    .filter_map(|(u, _)| group.get(u))
                    .map(|&g| first_group + g as usize),
            );
            mine.sort_unstable();
            mine.dedup();
            for &p in &mine {
                pools[p].push(a as u32);
            }
            for (i, &(u, _)) in vals.iter().enumerate() {
                if let Some(p) = client_pool(u) {
                    pools[p].push(a as u32);
                }
                for &(v, _) in &vals[i + 1..] {
                    if let Some(&p) = pool_of.get(&(u, v)) {
                        pools[p].push(a as u32);
                        if coarse((u, v)) {
                            for &g in &mine {
                                *coarse_groups.entry((p, g)).or_default() += 1;
                            }
                        }
                    }
                }
            }
        }
        // A subnet or an ASN only repeats the addresses in it. When its holders leave from two
        // address pools of their own (two operators renting exits in one hosting /24), the
        // coarse value is what the two have in common, not a pool: each address pool stands
        // as one, and the pair makes none.
        let mut split_pools: HashMap<usize, u32, RandomState> = HashMap::with_hasher(fixed());
        for (&(p, _), &c) in &coarse_groups {
            if c >= cfg.pool_min_members {
                *split_pools.entry(p).or_default() += 1;
            }
        }
        for (p, sides) in split_pools {
            if sides >= 2 {
                pools[p].clear();
            }
        }
        let reach = |i: usize| match qualifying.get(i) {
            None if i >= first_group => Reach::Pairs,
            None => Reach::Groups,
            Some(&(u, v)) => {
                let kind = |x: u32| split(self.val_key[x as usize]).0;
                if precise(kind(u)) && precise(kind(v)) {
                    Reach::Lone
                } else {
                    Reach::Pairs
                }
            }
        };
        pools
            .into_iter()
            .enumerate()
            .map(|(i, p)| Pool(p, reach(i)))
            .filter(|p| !p.is_empty())
            .collect()
    }
}

/// Least addresses on each side of a shared exit for it to be left out of address pools.
const ADDRESS_POOL_MIN_SIDE: usize = 3;

/// Neighbourhoods larger than this are not examined (a hub address of a huge pool; the check
/// is quadratic in the neighbourhood).
const SHARED_EXIT_MAX_DEGREE: usize = 512;

/// Addresses (sorted) linked to two or more address groups that are not linked to each other
/// except through them, each at least `min_side` addresses: an exit of a proxy service two
/// campaigns both rent. Each pool keeps its own addresses; the shared exit joins neither.
fn shared_exits(links: &[(u32, u32)], min_side: usize) -> Vec<u32> {
    let mut adj: HashMap<u32, Vec<u32>, RandomState> = HashMap::default();
    for &(u, v) in links {
        adj.entry(u).or_default().push(v);
        adj.entry(v).or_default().push(u);
    }
    let mut out = Vec::new();
    for (&x, near) in &adj {
        if near.len() < 2 * min_side || near.len() > SHARED_EXIT_MAX_DEGREE {
            continue;
        }
        // Components of x's neighbours over the links among them (x left out).
        let mut sorted = near.clone();
        sorted.sort_unstable();
        let mut parent: Vec<usize> = (0..sorted.len()).collect();
        fn root(p: &mut [usize], mut i: usize) -> usize {
            while p[i] != i {
                p[i] = p[p[i]];
                i = p[i];
            }
            i
        }
        for (i, a) in sorted.iter().enumerate() {
            for b in &adj[a] {
                if let Ok(j) = sorted.binary_search(b) {
                    let (ra, rb) = (root(&mut parent, i), root(&mut parent, j));
                    if ra != rb {
                        parent[ra.max(rb)] = ra.min(rb);
                    }
                }
            }
        }
        let mut size: HashMap<usize, usize, RandomState> = HashMap::default();
        for i in 0..sorted.len() {
            *size.entry(root(&mut parent, i)).or_default() += 1;
        }
        if size.values().filter(|&&c| c >= min_side).count() >= 2 {
            out.push(x);
        }
    }
    out.sort_unstable();
    out
}

/// Whether a pool holds at least half of two or more communities (the most joining could do).
pub(crate) fn could_join(label: &[u32], size: &[u32], pool: &Pool) -> bool {
    let mut tally: Vec<u32> = pool.0.iter().map(|&a| label[a as usize]).collect();
    tally.sort_unstable();
    let mut halves = 0;
    let mut i = 0;
    while i < tally.len() {
        let l = tally[i];
        let mut j = i;
        while j < tally.len() && tally[j] == l {
            j += 1;
        }
        halves += usize::from((j - i) as u32 * 2 >= size[l as usize]);
        if halves >= 2 {
            return true;
        }
        i = j;
    }
    false
}

/// Joins communities through pools: every community with at least half of its members in
/// one pool merges with the pool's other such communities. A community with most of its
/// members elsewhere keeps them (an enterprise whose card a few farm accounts borrowed is not
/// drawn into the farm's pool); so does one whose members are mostly not `joinable` (the
/// caller's judgement: established customers). How small a community may join depends on
/// the pool's [`Reach`].
///
/// Communities join only when they worked at the same time (their activity windows overlap
/// by `min_overlap` of the shorter): a pool that takes over when another stops is its
/// successor, a campaign of its own, even when the same operator's cards and exits tie them.
///
/// `shared_exit[a]`: account `a` holds an address that an account of another community holds
/// too; a `Hosted` account counts as run alike through a client fingerprint only then.
pub(crate) fn join_pools(
    label: &mut [u32],
    pools: &[&Pool],
    joinable: &[Joinable],
    shared_exit: &[bool],
    active: &[(i64, i64)],
    min: u32,
    min_overlap: f64,
) {
    let n = label.len();
    let mut size = vec![0u32; n];
    let mut able = vec![0u32; n];
    let mut alone = vec![0u32; n];
    // Run alike as a client fingerprint's pool needs it (see `Joinable::Hosted`).
    let mut client_alike = vec![0u32; n];
    let mut window = vec![(i64::MAX, i64::MIN); n];
    for (a, &l) in label.iter().enumerate() {
        let j = joinable.get(a).copied();
        size[l as usize] += 1;
        able[l as usize] += u32::from(j.is_none_or(|j| j != Joinable::No));
        alone[l as usize] += u32::from(j.is_some_and(Joinable::run_alike));
        client_alike[l as usize] += u32::from(match j {
            Some(Joinable::Alone) => true,
            Some(Joinable::Hosted) => shared_exit.get(a).copied().unwrap_or(false),
            _ => false,
        });
        if let Some(&(s, e)) = active.get(a) {
            let w = &mut window[l as usize];
            *w = (w.0.min(s), w.1.max(e));
        }
    }
    let concurrent = |a: (i64, i64), b: (i64, i64)| {
        if a.0 > a.1 || b.0 > b.1 {
            return true; // no activity known: nothing to tell them apart by
        }
        let overlap = (a.1.min(b.1) - a.0.max(b.0)) as f64;
        let shorter = (a.1 - a.0).min(b.1 - b.0) as f64;
        overlap >= 0.0 && overlap >= min_overlap * shorter
    };
    let mut parent: Vec<u32> = (0..n as u32).collect();
    fn find(p: &mut [u32], mut x: u32) -> u32 {
        while p[x as usize] != x {
            p[x as usize] = p[p[x as usize] as usize];
            x = p[x as usize];
        }
        x
    }
    // A lone account joins through pairs of precise values only when two or more such pools
    // hold it: one shared VPN exit and a popular client can be anybody's.
    let mut lone_pools = vec![0u32; n];
    for pool in pools.iter().filter(|p| p.1 == Reach::Lone) {
        for &a in &pool.0 {
            let l = label[a as usize];
            if size[l as usize] == 1 {
                lone_pools[l as usize] += 1;
            }
        }
    }
    let mut tally: Vec<u32> = Vec::new();
    for pool in pools {
        tally.clear();
        tally.extend(pool.0.iter().map(|&a| label[a as usize]));
        tally.sort_unstable();
        let mut first: Option<u32> = None;
        let mut first_lone: Option<u32> = None;
        let mut i = 0;
        while i < tally.len() {
            let l = tally[i];
            let mut j = i;
            while j < tally.len() && tally[j] == l {
                j += 1;
            }
            let s = size[l as usize];
            let least = match pool.1 {
                Reach::Lone if lone_pools[l as usize] >= 2 => 1,
                Reach::Lone => 2,
                Reach::Pairs => min,
                Reach::Groups => min,
            };
            // A lone account, or a small group (two accounts on one card), every member run
            // the way such pools are run (rotating addresses, hosting or anonymising exits),
            // may join through the pool's fingerprint alone, or through a pool of a coarse
            // value and another (a small hosting provider's ASN and the farm's client): the
            // caller joins only through pools it judged to be farms, and two people on one
            // ISP with a popular client are not run that way. A farm that gives each account
            // a few exits of its own shares no address between most pairs of its accounts,
            // so its accounts meet only in such pools.
            let alike = if pool.1 == Reach::Groups {
                client_alike[l as usize]
            } else {
                alone[l as usize]
            };
            let lone_alike =
                s < least && matches!(pool.1, Reach::Groups | Reach::Pairs) && alike == s;
            // A client fingerprint alone is a tool anybody may run (a coding agent, an SDK): a
            // community joins through it only when most of its members are run the way farms
            // are run, not a class or a team that happens to use the farm's tool, nor a
            // startup's backends on cloud addresses of their own.
            let run_alike = pool.1 != Reach::Groups || alike * 2 > s;
            if (j - i) as u32 * 2 >= s
                && able[l as usize] * 2 > s
                && run_alike
                && (s >= least || lone_alike)
            {
                // Lone accounts that come in through a coarse pool gather with each other
                // (a cohort of one-off accounts on a provider's exits), never into a formed
                // community: one new account on a big cloud with a popular client is not a
                // member of every farm that runs there.
                let slot = if pool.1 == Reach::Pairs && s < least {
                    &mut first_lone
                } else {
                    &mut first
                };
                match *slot {
                    None => *slot = Some(l),
                    Some(f) => {
                        let (a, b) = (find(&mut parent, f), find(&mut parent, l));
                        if a != b && concurrent(window[a as usize], window[b as usize]) {
                            let (lo, hi) = (a.min(b), a.max(b));
                            parent[hi as usize] = lo;
                            let (wa, wb) = (window[lo as usize], window[hi as usize]);
                            window[lo as usize] = (wa.0.min(wb.0), wa.1.max(wb.1));
                        }
                    }
                }
            }
            i = j;
        }
    }
    for l in label.iter_mut() {
        *l = find(&mut parent, *l);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Three communities of four: two farm pieces run alike, and a class whose members
    /// happen to use the farm's client; `class` says how the class is run.
    fn join_with_class_run(class: Joinable) -> Vec<u32> {
        let mut label: Vec<u32> = (0..12).map(|a| a / 4 * 4).collect();
        let pool = Pool((0..12).collect(), Reach::Groups);
        let mut able = vec![Joinable::Alone; 8];
        able.extend([class; 4]);
        let active = vec![(0, 100); 12];
        join_pools(&mut label, &[&pool], &able, &[false; 12], &active, 3, 0.5);
        label
    }

    #[test]
    fn a_client_pool_joins_farm_pieces_but_not_a_class_using_the_same_tool() {
        let label = join_with_class_run(Joinable::Yes);
        assert!(label[..8].iter().all(|&l| l == 0), "{label:?}");
        assert!(label[8..].iter().all(|&l| l == 8), "{label:?}");
    }

    #[test]
    fn a_client_pool_joins_a_community_run_like_the_farm() {
        let label = join_with_class_run(Joinable::Alone);
        assert!(label.iter().all(|&l| l == 0), "{label:?}");
    }

    #[test]
    fn hosted_communities_join_a_client_pool_only_through_exits_they_share_with_others() {
        // Two farm pieces and a startup, all leaving through hosting ranges with one client.
        let run = |shared: bool| {
            let mut label: Vec<u32> = (0..12).map(|a| a / 4 * 4).collect();
            let pool = Pool((0..12).collect(), Reach::Groups);
            let mut exits = vec![true; 8];
            exits.extend([shared; 4]);
            let able = [Joinable::Hosted; 12];
            join_pools(&mut label, &[&pool], &able, &exits, &[(0, 100); 12], 3, 0.5);
            label
        };
        // The startup's backends on addresses of their own: the farm's pieces join, it does not.
        let label = run(false);
        assert!(label[..8].iter().all(|&l| l == 0), "{label:?}");
        assert!(label[8..].iter().all(|&l| l == 8), "{label:?}");
        // On the farm's gateways it is one of the farm's pieces.
        assert!(run(true).iter().all(|&l| l == 0));
    }

    #[test]
    fn small_groups_join_a_client_pool_only_when_every_member_is_run_alike() {
        // A farm piece of four, then pairs: one run alike, one with a member that is not.
        let mut label = vec![0, 0, 0, 0, 4, 4, 6, 6];
        let pool = Pool((0..8).collect(), Reach::Groups);
        let mut able = vec![Joinable::Alone; 7];
        able.push(Joinable::Yes);
        join_pools(
            &mut label,
            &[&pool],
            &able,
            &[false; 8],
            &[(0, 100); 8],
            3,
            0.5,
        );
        assert_eq!(label, vec![0, 0, 0, 0, 0, 0, 6, 6]);
    }

    #[test]
    fn lone_accounts_run_like_a_farm_join_through_a_coarse_pool_and_others_do_not() {
        // Six lone accounts holding a hosting ASN and one client together (a daily cohort
        // whose exits rotate inside the provider): five on its exits, one a customer of the
        // provider with a fixed address.
        let mut label: Vec<u32> = (0..6).collect();
        let pool = Pool((0..6).collect(), Reach::Pairs);
        let mut able = vec![Joinable::Alone; 5];
        able.push(Joinable::Yes);
        join_pools(
            &mut label,
            &[&pool],
            &able,
            &[false; 6],
            &[(0, 100); 6],
            3,
            0.5,
        );
        assert_eq!(label, vec![0, 0, 0, 0, 0, 5]);
    }

    #[test]
    fn a_lone_account_does_not_join_a_formed_community_through_a_coarse_pool() {
        // A community of four (a farm linked by its cards) and one new account on the same
        // cloud with the same client: the pool does not draw the account into the farm.
        let mut label = vec![0, 0, 0, 0, 4];
        let pool = Pool((0..5).collect(), Reach::Pairs);
        join_pools(
            &mut label,
            &[&pool],
            &[Joinable::Alone; 5],
            &[false; 5],
            &[(0, 100); 5],
            3,
            0.5,
        );
        assert_eq!(label, vec![0, 0, 0, 0, 4]);
    }

    /// Every pair of `addrs` linked: one operator's exits, held together by its accounts.
    fn clique(addrs: &[u32], links: &mut Vec<(u32, u32)>) {
        for (i, &u) in addrs.iter().enumerate() {
            for &v in &addrs[i + 1..] {
                links.push((u.min(v), u.max(v)));
            }
        }
    }

    #[test]
    fn an_exit_two_operators_share_joins_neither_pool() {
        let mut links = Vec::new();
        clique(&[1, 2, 3, 4, 5], &mut links);
        clique(&[11, 12, 13, 14], &mut links);
        // Address 99 is used by both operators' accounts.
        for v in [1, 2, 3, 4, 5, 11, 12, 13, 14] {
            links.push((v, 99));
        }
        assert_eq!(shared_exits(&links, 3), vec![99]);
        // One operator's pool has no shared exit, however its addresses are held.
        let mut one = Vec::new();
        clique(&[1, 2, 3, 4, 5, 6, 7, 8, 9], &mut one);
        assert!(shared_exits(&one, 3).is_empty());
        // A side of two addresses is too small to tell from chance.
        let mut small = Vec::new();
        clique(&[1, 2, 3, 4, 5], &mut small);
        small.extend([
            (1, 99),
            (2, 99),
            (3, 99),
            (4, 99),
            (5, 99),
            (21, 99),
            (22, 99),
            (21, 22),
        ]);
        assert!(shared_exits(&small, 3).is_empty());
    }
}
