//! The account graph: an inverted index from shared values to accounts, and the edges that
//! survive the base-rate weighting and the "two independent kinds agree" rule.

use super::collect::{
    AccountLinks, COACT_K, FRAME_BANDS, TOP_ASNS, TOP_CLIENTS, TOP_FRAMES, TOP_IPS, TOP_RHYTHMS,
    TOP_SUBNETS,
};
use super::community::Community;
use super::kind::{AttrKind, N_FAMILIES, N_KINDS};
use super::value::split;

/// Most values one account can hold (see `AccountLinks::keys`: the sketches, payment, email
/// pattern, org and two sign-up buckets), so per-account offsets fit in a byte.
const MAX_ACCOUNT_VALUES: usize = TOP_IPS
    + TOP_SUBNETS
    + TOP_ASNS
    + TOP_CLIENTS
    + TOP_FRAMES * FRAME_BANDS as usize
    + COACT_K
    + TOP_RHYTHMS
    + 5;
const _: () = assert!(MAX_ACCOUNT_VALUES <= u8::MAX as usize);

/// How much one kind of shared value is worth.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct KindWeight {
    /// Weight of one shared value held by two accounts only; rarity scales it down (see `Linker`).
    pub base: f32,
    /// Share of each further shared value of the kind added on top of the strongest one
    /// (0: further values are the same fact again, such as the neighbouring sign-up bucket).
    pub repeat: f32,
    /// Most the kind can contribute to one edge.
    pub cap: f32,
    /// The kind alone, at `solo_min`, makes an edge (payment, org, sustained co-activity).
    pub solo: bool,
}

const fn kw(base: f32, repeat: f32, cap: f32, solo: bool) -> KindWeight {
    KindWeight {
        base,
        repeat,
        cap,
        solo,
    }
}

/// The linking knobs; the defaults are the tested ones.
#[derive(Debug, Clone, PartialEq)]
pub struct LinkConfig {
    /// Per kind, indexed by `AttrKind::index`.
    pub kinds: [KindWeight; N_KINDS],
    /// Values held by more accounts than this link nobody (a cloud egress, the popular SDK).
    pub max_df: u32,
    /// Each member of a value is a candidate partner of the next `window` members (by account
    /// id); values with at most `window + 1` members pair everyone. Bounds work at O(df · window).
    pub window: u32,
    /// Least contribution for a family to count as agreeing.
    pub min_family: f32,
    /// Least total weight of an edge whose evidence comes from two or more families.
    pub edge_min: f32,
    /// Least contribution of a solo kind for it to make an edge by itself.
    pub solo_min: f32,
    /// Co-activity counts as the Jaccard similarity of two accounts' co-activity sketches: it
    /// reaches the kind's `cap` at this similarity and scales linearly below.
    pub coact_full_jaccard: f32,
    /// Co-activity counts only from this many shared keys on.
    pub coact_min_shared: u32,
    /// Frames an account sent fewer times than this are not link evidence (one-off prompts).
    pub min_frame_count: u32,
    pub community: Community,
    /// Threads for weighing candidate pairs (0: all cores); the output does not depend on it.
    pub threads: usize,
    /// Rounds of label propagation at most.
    pub max_rounds: u32,
    /// Evidence listed per kind in a cluster (the most widely shared values).
    pub max_links_per_kind: usize,
    /// Pools (see the `pool` module): two values of different families (or two addresses)
    /// whose holders are mostly the same accounts join those accounts' communities. Least
    /// holders of both values (0: no pools), least lift over chance (`both · N / (df_u ·
    /// df_v)`), least share of the smaller value's holders that hold the other.
    pub pool_min_members: u32,
    pub pool_min_lift: f32,
    /// Least lift for two addresses to be one address pool: lower than for two kinds, since
    /// each account's sketch keeps only its heaviest addresses of a large pool, and a pool
    /// that is a large share of a small population cannot reach a high lift.
    pub pool_min_address_lift: f32,
    /// Least overlap of two communities' activity windows, as a share of the shorter, for a
    /// pool to join them (one that starts when the other stops is its successor).
    pub pool_min_overlap: f32,
    pub pool_min_cover: f32,
}

impl Default for LinkConfig {
    fn default() -> Self {
        let mut kinds = [kw(0.0, 0.0, 0.0, false); N_KINDS];
        kinds[AttrKind::Ip.index()] = kw(1.5, 0.5, 2.5, false);
        kinds[AttrKind::Subnet.index()] = kw(0.75, 0.25, 1.0, false);
        kinds[AttrKind::Asn.index()] = kw(0.3, 0.0, 0.3, false);
        kinds[AttrKind::Payment.index()] = kw(4.0, 0.0, 4.0, true);
        kinds[AttrKind::ClientFingerprint.index()] = kw(0.5, 0.0, 0.5, false);
        kinds[AttrKind::EmailPattern.index()] = kw(0.75, 0.0, 0.75, false);
        kinds[AttrKind::SignupBurst.index()] = kw(0.75, 0.0, 0.75, false);
        kinds[AttrKind::Frame.index()] = kw(1.0, 0.1, 1.3, false);
        // Only `cap` and `solo` apply: co-activity is weighed by similarity, not rarity.
        kinds[AttrKind::CoActivity.index()] = kw(3.0, 0.0, 3.0, true);
        kinds[AttrKind::Org.index()] = kw(4.0, 0.0, 4.0, true);
        // A rhythm both accounts repeated makes an edge alone while it is rare, two of them
        // when it is widespread: people do not pause alike four times running, and do not
        // repeat it (see `AccountLinks::rhythms`).
        kinds[AttrKind::Rhythm.index()] = kw(3.0, 1.0, 3.0, true);
        Self {
            kinds,
            max_df: 2_000,
            window: 8,
            min_family: 0.3,
            edge_min: 2.0,
            solo_min: 2.0,
            coact_full_jaccard: 0.5,
            coact_min_shared: 3,
            min_frame_count: 2,
            community: Community::LabelPropagation,
            threads: 0,
            max_rounds: 30,
            max_links_per_kind: 5,
            pool_min_members: 3,
            pool_min_lift: 4.0,
            pool_min_address_lift: 2.0,
            pool_min_overlap: 0.5,
            pool_min_cover: 0.5,
        }
    }
}

/// Builds the graph.
#[derive(Debug, Clone, Default)]
pub struct Linker {
    cfg: LinkConfig,
}

/// Sizes of a built graph, for logs and benchmarks.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct GraphStats {
    pub accounts: usize,
    /// (account, value) pairs before any filtering.
    pub memberships: usize,
    /// Distinct values.
    pub values: usize,
    /// Values held by 2..=max_df accounts (the ones that can link).
    pub shared_values: usize,
    /// Values held by more than max_df accounts (ignored).
    pub capped_values: usize,
    /// Account pairs whose evidence was weighed.
    pub candidates: usize,
    /// Pairs that became edges.
    pub edges: usize,
}

/// The built graph: accounts, the shared values each holds, and weighted edges.
#[derive(Debug, Clone)]
pub struct Graph {
    pub(crate) cfg: LinkConfig,
    /// Account ids in ascending order; positions are the internal indices.
    pub(crate) ids: Vec<u32>,
    pub(crate) requests: Vec<u32>,
    pub(crate) created: Vec<Option<i64>>,
    /// Keys in each account's co-activity sketch (shared or not), for the Jaccard similarity.
    pub(crate) coact_len: Vec<u8>,
    /// Per shared value: its key, weight and holders.
    pub(crate) val_key: Vec<u64>,
    pub(crate) val_w: Vec<f32>,
    pub(crate) val_df: Vec<u32>,
    /// Per account, the shared values it holds (ascending, so grouped by kind): CSR.
    pub(crate) acct_off: Vec<u32>,
    pub(crate) acct_vals: Vec<u32>,
    /// Values of kind index `k` are `kind_start[k]..kind_start[k + 1]` (keys sort by kind).
    kind_start: [u32; N_KINDS + 1],
    /// Edges `(a, b, weight)` with `a < b` (internal indices), ascending.
    pub(crate) edges: Vec<Edge>,
    pub(crate) stats: GraphStats,
}

impl Linker {
    /// A linker with these knobs.
    pub fn new(cfg: LinkConfig) -> Self {
        Self { cfg }
    }

    /// The knobs.
    pub fn config(&self) -> &LinkConfig {
        &self.cfg
    }

    /// Builds the graph over accounts (ids unique; order does not matter).
    ///
    /// A shared value of kind `k` held by `df` of `N` accounts weighs
    /// `base(k) · ln(N/df) / ln(N/2)`: 1·base when two accounts share it, falling to 0 as it
    /// becomes universal, and nothing above `max_df` (co-activity is the exception: it weighs
    /// the Jaccard similarity of the two sketches, see `coact_full_jaccard`). Per pair, each kind contributes its
    /// strongest shared value plus `repeat` times the rest, up to `cap`; dependent kinds (IP,
    /// subnet, ASN; frame, co-activity) count once per family, at the best of them. A pair is an
    /// edge when a solo kind reaches `solo_min`, or when two families reach `min_family` and
    /// the families together reach `edge_min`.
    pub fn build(&self, accounts: &[(u32, &AccountLinks)]) -> Graph {
        self.build_tuned(accounts, Tuning::DEFAULT)
    }

    /// [`Linker::build`] with the internal size thresholds given: tests compare the paths.
    pub(crate) fn build_tuned(&self, accounts: &[(u32, &AccountLinks)], tune: Tuning) -> Graph {
        let cfg = &self.cfg;
        let mut order: Vec<(u32, &AccountLinks)> = accounts.to_vec();
        order.sort_by_key(|&(id, _)| id);
        order.dedup_by_key(|&mut (id, _)| id);
        let n = order.len();
        let ids: Vec<u32> = order.iter().map(|&(id, _)| id).collect();
        let requests: Vec<u32> = order.iter().map(|(_, l)| l.requests()).collect();
        let created: Vec<Option<i64>> = order.iter().map(|(_, l)| l.created_at()).collect();
        let coact_len: Vec<u8> = order.iter().map(|(_, l)| l.coact_len()).collect();
        let mut stats = GraphStats {
            accounts: n,
            ..GraphStats::default()
        };

        // 1. Every (value, account) membership, sorted by value.
        // Counted first: grown by doubling, the list (16 bytes a membership, the largest
        // thing the linker holds) would have its old and new copies alive at once.
        let mut tmp = Vec::with_capacity(128);
        let mut total = 0;
        for (_, l) in &order {
            tmp.clear();
            l.keys(cfg.min_frame_count, &mut tmp);
            total += tmp.len();
        }
        let mut members: Vec<(u64, u32)> = Vec::with_capacity(total);
        for (i, (_, l)) in order.iter().enumerate() {
            tmp.clear();
            l.keys(cfg.min_frame_count, &mut tmp);
            members.extend(tmp.iter().map(|&k| (k, i as u32)));
        }
        drop(order);
        // By key, then account: a stable radix sort by key gives that order too (accounts were
        // appended in order) and is quicker, but takes a buffer the size of its input.
        if members.len() <= tune.radix_sort_max {
            radix_sort_by_key(&mut members);
        } else {
            members.sort_unstable();
        }
        // An account can list a value twice (two frames agreeing on a band).
        members.dedup();
        stats.memberships = members.len();

        // 2. Shared values: weights, and value → members (in account order).
        let big_n = (n.max(3)) as f64;
        let norm = (big_n / 2.0).ln();
        let mut val_key = Vec::new();
        let mut val_w = Vec::new();
        let mut val_df = Vec::new();
        let mut val_off: Vec<u32> = vec![0];
        let mut val_members: Vec<u32> = Vec::new();
        let mut acct_cnt = vec![0u32; n + 1];
        let mut start = 0;
        while start < members.len() {
            let k = members[start].0;
            let mut end = start + 1;
            while end < members.len() && members[end].0 == k {
                end += 1;
            }
            let df = (end - start) as u32;
            stats.values += 1;
            if df > cfg.max_df {
                stats.capped_values += 1;
            } else if df >= 2 {
                let (kind, _) = split(k);
                let idf = ((big_n / f64::from(df)).ln() / norm).clamp(0.0, 1.0);
                val_key.push(k);
                val_w.push(cfg.kinds[kind.index()].base * idf as f32);
                val_df.push(df);
                for &(_, a) in &members[start..end] {
                    val_members.push(a);
                    acct_cnt[a as usize] += 1;
                }
                val_off.push(val_members.len() as u32);
            }
            start = end;
        }
        drop(members);
        stats.shared_values = val_key.len();

        // Account → shared values (counting sort; values stay ascending within an account).
        let mut acct_off = vec![0u32; n + 1];
        for i in 0..n {
            acct_off[i + 1] = acct_off[i] + acct_cnt[i];
        }
        drop(acct_cnt);
        let mut fill: Vec<u32> = acct_off[..n].to_vec();
        let mut acct_vals = vec![0u32; val_members.len()];
        // Where each of those memberships sits in `val_members`, so an account finds the
        // members after it in a value without searching (for the build only).
        let mut acct_pos = vec![0u32; val_members.len()];
        for v in 0..val_key.len() {
            for j in val_off[v]..val_off[v + 1] {
                let a = val_members[j as usize] as usize;
                acct_vals[fill[a] as usize] = v as u32;
                acct_pos[fill[a] as usize] = j;
                fill[a] += 1;
            }
        }
        drop(fill);

        let mut kind_start = [0u32; N_KINDS + 1];
        for (k, start) in kind_start.iter_mut().enumerate() {
            *start = val_key.partition_point(|&key| split(key).0.index() < k) as u32;
        }
        let mut g = Graph {
            cfg: cfg.clone(),
            ids,
            requests,
            created,
            coact_len,
            val_key,
            val_w,
            val_df,
            acct_off,
            acct_vals,
            kind_start,
            edges: Vec::new(),
            stats,
        };

        // 3. Candidate pairs from each value's window, then exact weighing of every candidate,
        // on `threads` threads over account ranges of similar work; results concatenate in order.
        let index = ValueIndex {
            off: &val_off,
            members: &val_members,
            pos: &acct_pos,
        };
        let threads = match cfg.threads {
            0 => std::thread::available_parallelism().map_or(1, |t| t.get()),
            t => t,
        }
        .min(n.max(1));
        let total = g.acct_vals.len().max(1);
        let mut bounds = vec![0usize];
        for t in 1..threads {
            let target = (total * t / threads) as u32;
            bounds.push(g.acct_off.partition_point(|&o| o < target).min(n));
        }
        bounds.push(n);
        let g_ref = &g;
        let stamps = n <= tune.stamp_max_accounts;
        let parts = parallel(&bounds, |range| g_ref.edges_in(&index, range, stamps));
        let mut edges = Vec::with_capacity(parts.iter().map(|p| p.0.len()).sum());
        for (e, c) in parts {
            edges.extend(e);
            g.stats.candidates += c;
        }
        g.stats.edges = edges.len();
        g.edges = edges;
        g
    }
}

/// Sorts pairs by their key, stably: a least-significant-digit radix sort, 11 bits a pass,
/// skipping digits all keys share.
fn radix_sort_by_key(v: &mut Vec<(u64, u32)>) {
    const BITS: usize = 11;
    const BUCKETS: usize = 1 << BITS;
    const PASSES: usize = 64_usize.div_ceil(BITS);
    let n = v.len();
    if n <= 4_096 {
        v.sort_by_key(|&(k, _)| k);
        return;
    }
    let digit = |k: u64, p: usize| (k >> (p * BITS)) as usize & (BUCKETS - 1);
    let mut hist = vec![[0u32; BUCKETS]; PASSES];
    for &(k, _) in v.iter() {
        for (p, h) in hist.iter_mut().enumerate() {
            h[digit(k, p)] += 1;
        }
    }
    let mut other = vec![(0u64, 0u32); n];
    for (p, h) in hist.iter().enumerate() {
        if h.iter().any(|&c| c as usize == n) {
            continue;
        }
        let mut next = [0u32; BUCKETS];
        let mut sum = 0;
        for (o, &c) in next.iter_mut().zip(h) {
            *o = sum;
            sum += c;
        }
        for &(k, a) in v.iter() {
            let d = digit(k, p);
            other[next[d] as usize] = (k, a);
            next[d] += 1;
        }
        std::mem::swap(v, &mut other);
    }
}

/// `m.max(w)` for a running maximum `m` that is never NaN (it starts at 0 and only ever takes a
/// larger `w`), in one `maxss`: `f32::max` spends extra instructions on a NaN `m`.
#[inline(always)]
fn fmax(m: f32, w: f32) -> f32 {
    if w > m {
        w
    } else {
        m
    }
}

/// `f` over the ranges `bounds[t]..bounds[t + 1]`, one thread each (on this thread when there
/// is one range), results in range order.
fn parallel<T: Send>(bounds: &[usize], f: impl Fn(std::ops::Range<usize>) -> T + Sync) -> Vec<T> {
    if bounds.len() <= 2 {
        return bounds.windows(2).map(|r| f(r[0]..r[1])).collect();
    }
    let f = &f;
    std::thread::scope(|scope| {
        let handles: Vec<_> = bounds
            .windows(2)
            .map(|r| {
                let range = r[0]..r[1];
                scope.spawn(move || f(range))
            })
            .collect();
        handles
            .into_iter()
            // A worker panics only on a bug here; surface it on the caller's thread.
            .map(|h| h.join().unwrap_or_else(|p| std::panic::resume_unwind(p)))
            .collect()
    })
}

/// Size thresholds between equivalent ways of building: each pair gives the same graph.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Tuning {
    /// Most memberships sorted with a radix sort (which takes a buffer as large as its input);
    /// more are sorted in place.
    pub(crate) radix_sort_max: usize,
    /// Most accounts for which candidates are deduplicated with a stamp per account (while
    /// the stamps stay in cache); more sort and deduplicate each account's candidates.
    pub(crate) stamp_max_accounts: usize,
}

impl Tuning {
    pub(crate) const DEFAULT: Tuning = Tuning {
        radix_sort_max: 1 << 20,
        stamp_max_accounts: 1 << 16,
    };
}

/// An edge between internal indices `a < b`, with its weight.
pub(crate) type Edge = (u32, u32, f32);

/// Value → member accounts (ascending), as CSR.
struct ValueIndex<'a> {
    off: &'a [u32],
    members: &'a [u32],
    /// Parallel to `Graph::acct_vals`: the membership's index in `members`.
    pos: &'a [u32],
}

/// Values one account can hold besides its co-activity keys: their positions in a pivot's list,
/// plus one, index the bits of a `u64` below [`COACT_BIT`].
const MAX_OTHER_VALUES: usize = MAX_ACCOUNT_VALUES - COACT_K;
/// The bit a pivot's co-activity keys map to; only their number counts.
const COACT_BIT: u8 = 63;
const _: () = assert!(MAX_OTHER_VALUES < COACT_BIT as usize);

/// One account's values, set up for weighing it against many candidates: each of its values
/// knows its position in the account's (ascending) list, so the values a candidate shares with
/// it come out as a bitmask of positions, in the order a merge of the two lists would meet them.
/// Co-activity keys only count, so they share one bit and are counted instead.
struct Pivot {
    /// Per value (graph-wide): 0 when the pivot does not hold it; [`COACT_BIT`] for its
    /// co-activity keys; else its position among its other values, plus one.
    local: Vec<u8>,
    /// Weight of the value at each position.
    w: [f32; MAX_OTHER_VALUES],
    /// Per kind, the pivot's positions of its values (co-activity: empty).
    range: [(u8, u8); N_KINDS],
}

impl Pivot {
    fn new(values: usize) -> Self {
        Self {
            local: vec![0; values],
            w: [0.0; MAX_OTHER_VALUES],
            range: [(0, 0); N_KINDS],
        }
    }

    /// Makes `a` the pivot.
    fn set(&mut self, g: &Graph, a: usize) {
        let va = g.vals(a);
        let (mut i, mut pos) = (0, 0);
        for k in 0..N_KINDS {
            let first = pos;
            while i < va.len() && va[i] < g.kind_start[k + 1] {
                let v = va[i] as usize;
                if k == COACT {
                    self.local[v] = COACT_BIT;
                } else {
                    self.w[pos] = g.val_w[v];
                    pos += 1;
                    self.local[v] = pos as u8;
                }
                i += 1;
            }
            self.range[k] = (first as u8, pos as u8);
        }
    }

    /// Forgets `a` (the pivot).
    fn clear(&mut self, g: &Graph, a: usize) {
        for &v in g.vals(a) {
            self.local[v as usize] = 0;
        }
    }
}

/// Index of the co-activity kind.
const COACT: usize = AttrKind::CoActivity as usize;

impl Graph {
    /// Edges from the accounts in `range` to later accounts, and the number of candidates.
    ///
    /// Candidates of `a` are deduplicated with a stamp per account (`seen[b] == a`), then
    /// sorted; `a` becomes the [`Pivot`], so weighing a candidate `b` is one pass over `b`'s
    /// values ([`Graph::pivot_contributions`]).
    fn edges_in(
        &self,
        index: &ValueIndex<'_>,
        range: std::ops::Range<usize>,
        stamps: bool,
    ) -> (Vec<Edge>, usize) {
        let window = self.cfg.window.max(1) as usize;
        let min_gen = self.cfg.min_family;
        let mut pivot = Pivot::new(self.val_key.len());
        // The pivot's weighing relies on finite weights (`w · 0` is `±0`); a knob of NaN or
        // infinity falls back to merging the lists.
        let merge = (!self.val_w.iter().all(|w| w.is_finite()))
            .then(|| self.val_key.iter().map(|&k| split(k).0).collect::<Vec<_>>());
        // Candidates are deduplicated with a stamp per account (`stamps`), or by sorting.
        let mut seen = if stamps {
            vec![u32::MAX; self.ids.len()]
        } else {
            Vec::new()
        };
        // Shared co-activity keys per candidate, when counted from the pivot's side.
        let mut coact_n = if stamps {
            vec![0u8; self.ids.len()]
        } else {
            Vec::new()
        };
        let mut cand: Vec<u32> = Vec::new();
        let mut runs: Vec<(u32, u32)> = Vec::new();
        let mut edges = Vec::new();
        let mut candidates = 0usize;
        for a in range {
            cand.clear();
            let run = self.acct_off[a] as usize..self.acct_off[a + 1] as usize;
            for (&v, &at) in self.acct_vals[run.clone()].iter().zip(&index.pos[run]) {
                // A value too weak to make a family agree cannot be why a pair qualifies (up to
                // repeats adding up); it weighs pairs found through other values but finds none.
                if self.val_w[v as usize] < min_gen {
                    continue;
                }
                // The next `window` members after `a`.
                let next = at as usize + 1;
                let end = (index.off[v as usize + 1] as usize).min(next + window);
                let after = &index.members[next..end];
                if !stamps {
                    cand.extend_from_slice(after);
                } else {
                    for &b in after {
                        if seen[b as usize] != a as u32 {
                            seen[b as usize] = a as u32;
                            cand.push(b);
                        }
                    }
                }
            }
            if cand.is_empty() {
                continue;
            }
            cand.sort_unstable();
            if !stamps {
                cand.dedup();
            }
            candidates += cand.len();
            // Fetch every candidate's value list before weighing any: independent loads that
            // overlap, where on a large graph each candidate would otherwise wait for memory.
            runs.clear();
            runs.extend(
                cand.iter()
                    .map(|&b| (self.acct_off[b as usize], self.acct_off[b as usize + 1])),
            );
            let mut touch = 0u32;
            for (&(s, e), &b) in runs.iter().zip(&cand) {
                if s < e {
                    touch ^= self.acct_vals[s as usize] ^ self.acct_vals[e as usize - 1];
                }
                touch ^= u32::from(self.coact_len[b as usize]);
            }
            std::hint::black_box(touch);
            let scatter = stamps
                && merge.is_none()
                && self.count_coact_by_walking(index, a, &cand, &seen, &mut coact_n);
            pivot.set(self, a);
            for (&b, &(s, e)) in cand.iter().zip(&runs) {
                let b = b as usize;
                let c = match &merge {
                    None => {
                        let vb = &self.acct_vals[s as usize..e as usize];
                        if scatter {
                            let coact = u32::from(std::mem::take(&mut coact_n[b]));
                            self.pivot_contributions_counted(&pivot, a, b, vb, coact)
                        } else {
                            self.pivot_contributions(&pivot, a, b, vb)
                        }
                    }
                    Some(kinds) => self.contributions(kinds, a, b),
                };
                if let Some(w) = self.qualify(&c) {
                    edges.push((a as u32, b as u32, w));
                }
            }
            pivot.clear(self, a);
        }
        (edges, candidates)
    }

    /// Shared co-activity keys of `a` and each of its candidates (`seen[b] == a`), counted
    /// into `coact_n` by walking the members after `a` of each of `a`'s keys, when that visits
    /// fewer entries than looking each candidate's keys up would (the keys are most of a busy
    /// account's values, and in a tight campaign each is held by a few members only). Returns
    /// whether it counted.
    fn count_coact_by_walking(
        &self,
        index: &ValueIndex<'_>,
        a: usize,
        cand: &[u32],
        seen: &[u32],
        coact_n: &mut [u8],
    ) -> bool {
        let coact_vals = self.kind_start[COACT]..self.kind_start[COACT + 1];
        let run = self.acct_off[a] as usize..self.acct_off[a + 1] as usize;
        let keys = || {
            self.acct_vals[run.clone()]
                .iter()
                .zip(&index.pos[run.clone()])
                .filter(|(v, _)| coact_vals.contains(v))
                .map(|(&v, &at)| at as usize + 1..index.off[v as usize + 1] as usize)
        };
        let walk: usize = keys().map(|after| after.len()).sum();
        let look: usize = cand
            .iter()
            .map(|&b| usize::from(self.coact_len[b as usize]))
            .sum();
        if walk >= look {
            return false;
        }
        for after in keys() {
            for &b in &index.members[after] {
                // At most `COACT_K` per candidate.
                coact_n[b as usize] += u8::from(seen[b as usize] == a as u32);
            }
        }
        true
    }

    /// [`Graph::contributions`] of the pivot `a` and `b`, bit for bit: the values they share
    /// as a mask of the pivot's positions, then per kind its shared values in ascending order,
    /// and the number of shared co-activity keys. A value the pivot holds and `b` does not
    /// weighs `±0.0` there, which changes neither the running maximum (never below `+0.0`) nor
    /// the sum (`x + ±0.0 == x` unless `x` is `-0.0`, which a sum starting at `+0.0` never is).
    fn pivot_contributions(&self, p: &Pivot, a: usize, b: usize, vb: &[u32]) -> [f32; N_KINDS] {
        // Bit `i` for the pivot's value at position `i - 1`; bit 0 collects `b`'s other values.
        let mut shared = 0u64;
        let mut coact = 0u32;
        for &v in vb {
            let l = p.local[v as usize];
            shared |= 1u64 << l;
            coact += u32::from(l == COACT_BIT);
        }
        self.fold(p, shared, coact, a, b)
    }

    /// [`Graph::pivot_contributions`] when the number of shared co-activity keys is known:
    /// `b`'s co-activity keys (all its values from the first one on, but an org) are skipped.
    fn pivot_contributions_counted(
        &self,
        p: &Pivot,
        a: usize,
        b: usize,
        vb: &[u32],
        coact: u32,
    ) -> [f32; N_KINDS] {
        let coact_start = self.kind_start[COACT];
        let mut shared = 0u64;
        for &v in vb {
            if v >= coact_start {
                break;
            }
            shared |= 1u64 << p.local[v as usize];
        }
        // Kinds after co-activity (the org).
        if let Some(&v) = vb.last() {
            if v >= self.kind_start[COACT + 1] {
                shared |= 1u64 << p.local[v as usize];
            }
        }
        self.fold(p, shared, coact, a, b)
    }

    /// Contributions from the mask of the pivot's positions `b` shares and the number of shared
    /// co-activity keys (see [`Graph::pivot_contributions`]).
    fn fold(&self, p: &Pivot, shared: u64, coact: u32, a: usize, b: usize) -> [f32; N_KINDS] {
        let mut kmax = [0f32; N_KINDS];
        let mut ksum = [0f32; N_KINDS];
        for k in 0..N_KINDS {
            let (lo, hi) = (usize::from(p.range[k].0), usize::from(p.range[k].1));
            let (mut m, mut sum) = (0f32, 0f32);
            for (i, &w) in p.w[lo..hi].iter().enumerate() {
                // `w` or `±0.0`, without a branch (weights are finite: see `edges_in`).
                let w = w * ((shared >> (lo + i + 1)) & 1) as f32;
                m = fmax(m, w);
                sum += w;
            }
            kmax[k] = m;
            ksum[k] = sum;
        }
        self.finish(kmax, ksum, coact, a, b)
    }

    /// Checks the pivot's weighing against the reference merge, bit for bit, for every pair of
    /// accounts; returns how many pairs share a value.
    #[cfg(test)]
    pub(crate) fn check_pivot_weighing(&self) -> usize {
        let kinds: Vec<AttrKind> = self.val_key.iter().map(|&k| split(k).0).collect();
        let mut pivot = Pivot::new(self.val_key.len());
        let mut sharing = 0;
        for a in 0..self.ids.len() {
            pivot.set(self, a);
            for b in 0..self.ids.len() {
                let fast = self.pivot_contributions(&pivot, a, b, self.vals(b));
                let slow = self.contributions(&kinds, a, b);
                assert_eq!(fast.map(f32::to_bits), slow.map(f32::to_bits), "{a} {b}");
                let coact = self
                    .vals(b)
                    .iter()
                    .filter(|&&v| pivot.local[v as usize] == COACT_BIT)
                    .count() as u32;
                let counted = self.pivot_contributions_counted(&pivot, a, b, self.vals(b), coact);
                assert_eq!(counted.map(f32::to_bits), slow.map(f32::to_bits), "{a} {b}");
                sharing += usize::from(slow.iter().any(|&c| c > 0.0));
            }
            pivot.clear(self, a);
        }
        sharing
    }

    /// Shared values held by account `a` (internal index).
    pub(crate) fn vals(&self, a: usize) -> &[u32] {
        &self.acct_vals[self.acct_off[a] as usize..self.acct_off[a + 1] as usize]
    }

    /// Per-kind contributions of the values `a` and `b` share (internal indices), by merging
    /// the two sorted value lists: the reference for [`Graph::pivot_contributions`], and what
    /// `explain` uses.
    fn contributions(&self, kinds: &[AttrKind], a: usize, b: usize) -> [f32; N_KINDS] {
        let (va, vb) = (self.vals(a), self.vals(b));
        let mut kmax = [0f32; N_KINDS];
        let mut ksum = [0f32; N_KINDS];
        let mut coact = 0u32;
        let (mut i, mut j) = (0, 0);
        while i < va.len() && j < vb.len() {
            match va[i].cmp(&vb[j]) {
                std::cmp::Ordering::Less => i += 1,
                std::cmp::Ordering::Greater => j += 1,
                std::cmp::Ordering::Equal => {
                    let v = va[i] as usize;
                    let k = kinds[v].index();
                    let w = self.val_w[v];
                    kmax[k] = kmax[k].max(w);
                    ksum[k] += w;
                    coact += u32::from(kinds[v] == AttrKind::CoActivity);
                    i += 1;
                    j += 1;
                }
            }
        }
        self.finish(kmax, ksum, coact, a, b)
    }

    /// Per-kind contributions from each kind's strongest shared value (`kmax`), the sum of its
    /// shared values (`ksum`) and the number of shared co-activity keys.
    fn finish(
        &self,
        kmax: [f32; N_KINDS],
        ksum: [f32; N_KINDS],
        coact: u32,
        a: usize,
        b: usize,
    ) -> [f32; N_KINDS] {
        let cfg = &self.cfg;
        let mut c = [0f32; N_KINDS];
        for k in 0..N_KINDS {
            if kmax[k] > 0.0 {
                let kw = &cfg.kinds[k];
                c[k] = (kmax[k] + kw.repeat * (ksum[k] - kmax[k])).min(kw.cap);
            }
        }
        // Co-activity: how much of the two accounts' timed frame activity coincides. Rarity
        // says little here (a bucket's df is its load), the overlap of the sketches does.
        let k = AttrKind::CoActivity.index();
        c[k] = 0.0;
        if coact >= cfg.coact_min_shared.max(1) {
            let union = u32::from(self.coact_len[a]) + u32::from(self.coact_len[b]) - coact;
            let jaccard = coact as f32 / union.max(1) as f32;
            let kw = &cfg.kinds[k];
            c[k] = (kw.cap * jaccard / cfg.coact_full_jaccard.max(1e-3)).min(kw.cap);
        }
        c
    }

    /// The weight of the edge with these per-kind contributions, or `None` when the evidence
    /// does not qualify.
    fn qualify(&self, c: &[f32; N_KINDS]) -> Option<f32> {
        let cfg = &self.cfg;
        let mut fam = [0f32; N_FAMILIES];
        let mut solo = false;
        for kind in AttrKind::ALL {
            let k = kind.index();
            solo |= cfg.kinds[k].solo && c[k] >= cfg.solo_min;
            let f = kind.family().index();
            fam[f] = fam[f].max(c[k]);
        }
        let total: f32 = fam.iter().sum();
        let agreeing = fam.iter().filter(|&&x| x >= cfg.min_family).count();
        (solo || (agreeing >= 2 && total >= cfg.edge_min)).then_some(total)
    }

    /// Why two accounts are (or are not) linked: each kind's contribution to their edge, and
    /// whether the edge qualifies. `None` when an id is unknown.
    pub fn explain(&self, a: u32, b: u32) -> Option<(Vec<(AttrKind, f32)>, bool)> {
        let ia = self.ids.binary_search(&a).ok()?;
        let ib = self.ids.binary_search(&b).ok()?;
        let kinds: Vec<AttrKind> = self.val_key.iter().map(|&k| split(k).0).collect();
        let c = self.contributions(&kinds, ia, ib);
        let parts = AttrKind::ALL
            .into_iter()
            .filter(|k| c[k.index()] > 0.0)
            .map(|k| (k, c[k.index()]))
            .collect();
        Some((parts, self.qualify(&c).is_some()))
    }

    /// Sizes of the graph.
    pub fn stats(&self) -> GraphStats {
        self.stats
    }

    /// Edges as `(account id, account id, weight)`, ascending.
    pub fn edges(&self) -> impl Iterator<Item = (u32, u32, f32)> + '_ {
        self.edges
            .iter()
            .map(|&(a, b, w)| (self.ids[a as usize], self.ids[b as usize], w))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::account::sketch::mix;

    #[test]
    fn radix_sort_is_a_stable_sort_by_key() {
        for (n, spread) in [(10_000u64, 0u64), (10_000, 300), (50_000, u64::MAX)] {
            let mut v: Vec<(u64, u32)> = (0..n)
                .map(|i| {
                    let k = if spread == 0 {
                        7 << 60
                    } else {
                        mix(i) % spread.max(1)
                    };
                    (k ^ (mix(i) & 0xf000_0000_0000_0000), i as u32)
                })
                .collect();
            let mut want = v.clone();
            want.sort_by_key(|&(k, _)| k);
            radix_sort_by_key(&mut v);
            assert_eq!(v, want, "{n} {spread}");
        }
    }
}
