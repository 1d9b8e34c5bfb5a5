//! Communities over the weighted edges: connected components, or deterministic weighted label
//! propagation (the default; see the module docs of `link` for why).

/// How edges become clusters.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Community {
    /// Connected components: every edge joins its two clusters (single linkage).
    Components,
    /// Weighted label propagation, then components within each label.
    #[default]
    LabelPropagation,
}

/// Union-find with union by smaller root, so a set's root is its smallest member.
struct Dsu {
    parent: Vec<u32>,
}

impl Dsu {
    fn new(n: usize) -> Self {
        Self {
            parent: (0..n as u32).collect(),
        }
    }

    fn find(&mut self, mut x: u32) -> u32 {
        while self.parent[x as usize] != x {
            let p = self.parent[x as usize];
            self.parent[x as usize] = self.parent[p as usize];
            x = p;
        }
        x
    }

    fn union(&mut self, a: u32, b: u32) {
        let (ra, rb) = (self.find(a), self.find(b));
        if ra != rb {
            let (lo, hi) = if ra < rb { (ra, rb) } else { (rb, ra) };
            self.parent[hi as usize] = lo;
        }
    }
}

/// Labels of `n` nodes: nodes with the same label form one cluster; a label is the smallest
/// node index of its cluster. Deterministic for a given edge list.
pub(crate) fn communities(
    n: usize,
    edges: &[(u32, u32, f32)],
    method: Community,
    max_rounds: u32,
) -> Vec<u32> {
    let label = match method {
        Community::Components => None,
        Community::LabelPropagation => Some(propagate(n, edges, max_rounds)),
    };
    let mut dsu = Dsu::new(n);
    for &(a, b, _) in edges {
        if label
            .as_ref()
            .is_none_or(|l| l[a as usize] == l[b as usize])
        {
            dsu.union(a, b);
        }
    }
    (0..n as u32).map(|x| dsu.find(x)).collect()
}

/// Asynchronous weighted label propagation in ascending node order. A node takes the label with
/// the largest total edge weight among its neighbours; on a tie it keeps its own label if tied,
/// else takes the smallest. Stops when a round changes nothing, or after `max_rounds`.
fn propagate(n: usize, edges: &[(u32, u32, f32)], max_rounds: u32) -> Vec<u32> {
    let mut off = vec![0u32; n + 1];
    for &(a, b, _) in edges {
        off[a as usize + 1] += 1;
        off[b as usize + 1] += 1;
    }
    for i in 0..n {
        off[i + 1] += off[i];
    }
    let mut fill: Vec<u32> = off[..n].to_vec();
    let mut adj = vec![(0u32, 0f32); edges.len() * 2];
    for &(a, b, w) in edges {
        adj[fill[a as usize] as usize] = (b, w);
        fill[a as usize] += 1;
        adj[fill[b as usize] as usize] = (a, w);
        fill[b as usize] += 1;
    }
    drop(fill);
    let mut label: Vec<u32> = (0..n as u32).collect();
    // Whether a neighbour's label changed since the node was last weighed: a node whose
    // neighbourhood is unchanged would choose as it did (keeping the label it then kept or
    // took, since its own label wins ties), so it is skipped with the same outcome.
    let mut dirty = vec![true; n];
    let mut tally: Vec<(u32, f32)> = Vec::new();
    for _ in 0..max_rounds {
        let mut changed = 0usize;
        for x in 0..n {
            let nb = &adj[off[x] as usize..off[x + 1] as usize];
            if nb.is_empty() || !dirty[x] {
                continue;
            }
            dirty[x] = false;
            tally.clear();
            tally.extend(nb.iter().map(|&(y, w)| (label[y as usize], w)));
            tally.sort_unstable_by_key(|&(l, _)| l);
            let own = label[x];
            let (mut best, mut best_w) = (own, f32::NEG_INFINITY);
            let mut own_w = f32::NEG_INFINITY;
            let mut i = 0;
            while i < tally.len() {
                let l = tally[i].0;
                let mut w = 0.0;
                while i < tally.len() && tally[i].0 == l {
                    w += tally[i].1;
                    i += 1;
                }
                if l == own {
                    own_w = w;
                }
                // Ascending labels: a strictly larger weight wins, so ties keep the smallest.
                if w > best_w {
                    best = l;
                    best_w = w;
                }
            }
            if own_w >= best_w {
                best = own;
            }
            if best != own {
                label[x] = best;
                changed += 1;
                for &(y, _) in nb {
                    dirty[y as usize] = true;
                }
            }
        }
        if changed == 0 {
            break;
        }
    }
    label
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Two 20-cliques joined by one edge as heavy as an inner one.
    fn two_cliques() -> Vec<(u32, u32, f32)> {
        let mut e = Vec::new();
        for base in [0u32, 20] {
            for a in 0..20 {
                for b in a + 1..20 {
                    e.push((base + a, base + b, 2.0));
                }
            }
        }
        e.push((5, 25, 2.0));
        e.sort_by_key(|x| (x.0, x.1));
        e
    }

    #[test]
    fn components_chain_through_a_bridge_and_propagation_does_not() {
        let e = two_cliques();
        let cc = communities(41, &e, Community::Components, 30);
        assert!(cc[..40].iter().all(|&l| l == 0));
        let lp = communities(41, &e, Community::LabelPropagation, 30);
        assert!(lp[..20].iter().all(|&l| l == 0), "{lp:?}");
        assert!(lp[20..40].iter().all(|&l| l == 20), "{lp:?}");
        assert_eq!(lp[40], 40, "an isolated node is its own label");
    }
}
