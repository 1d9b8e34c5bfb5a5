//! Isolation forest (Liu, Ting & Zhou 2008), written here rather than taken from crates.io:
//! the crates found there (`extended-isolation-forest` 0.2.3, last release 2022, and
//! `isolation_forest` 1.1.0) both draw from `rand::thread_rng()` with no way to pass a
//! seed, so their scores change from run to run and cannot back a reproducible report.
//!
//! Each tree isolates a random subsample by splitting on a random feature at a uniform
//! random value between that feature's minimum and maximum in the node; anomalies are
//! isolated in few splits. Score `s(x) = 2^(−E[h(x)] / c(ψ))`: near 1 is anomalous, about
//! 0.5 or less is ordinary.

use rand::seq::index::sample;
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;

/// How the forest is grown.
#[derive(Debug, Clone, PartialEq)]
pub struct ForestConfig {
    pub trees: usize,
    /// Rows per tree (ψ), capped at the number of rows.
    pub subsample: usize,
    pub seed: u64,
}

impl Default for ForestConfig {
    /// The paper's defaults: 100 trees of 256 rows.
    fn default() -> Self {
        Self {
            trees: 100,
            subsample: 256,
            seed: 0x5eed,
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
enum Node {
    /// Rows with `x[feature] < value` go to `left`, the rest to `right` (node indices).
    Split {
        feature: usize,
        value: f64,
        left: usize,
        right: usize,
    },
    /// Growth stopped with `size` training rows here.
    Leaf { size: usize },
}

/// A grown forest; nodes of each tree live in one vector, root first.
#[derive(Debug, Clone, PartialEq)]
pub struct IsolationForest {
    trees: Vec<Vec<Node>>,
    /// `c(ψ)`, the average path length that normalises scores.
    norm: f64,
}

/// Average path length of an unsuccessful binary-search-tree lookup among `n` rows.
fn c(n: usize) -> f64 {
    match n {
        0 | 1 => 0.0,
        2 => 1.0,
        _ => {
            let n = n as f64;
            2.0 * ((n - 1.0).ln() + 0.577_215_664_901_532_9) - 2.0 * (n - 1.0) / n
        }
    }
}

impl IsolationForest {
    /// Grows a forest over `rows`, all of the same width. Same rows and seed, same forest.
    pub fn fit<R: AsRef<[f64]>>(rows: &[R], config: &ForestConfig) -> Self {
        let psi = config.subsample.min(rows.len());
        if psi < 2 {
            return Self {
                trees: Vec::new(),
                norm: 0.0,
            };
        }
        let height_limit = (psi as f64).log2().ceil() as usize;
        let mut rng = ChaCha8Rng::seed_from_u64(config.seed);
        let trees = (0..config.trees)
            .map(|_| {
                let mut idx = sample(&mut rng, rows.len(), psi).into_vec();
                // The sample's order is irrelevant to the tree; sorting keeps it canonical.
                idx.sort_unstable();
                let mut nodes = Vec::new();
                grow(rows, &mut idx, 0, height_limit, &mut rng, &mut nodes);
                nodes
            })
            .collect();
        Self {
            trees,
            norm: c(psi),
        }
    }

    /// Anomaly score in (0, 1]; 0.5 for every row of a forest too small to grow.
    pub fn score(&self, x: &[f64]) -> f64 {
        if self.trees.is_empty() {
            return 0.5;
        }
        let mean_path =
            self.trees.iter().map(|t| path_length(t, x)).sum::<f64>() / self.trees.len() as f64;
        2f64.powf(-mean_path / self.norm)
    }
}

/// Appends the subtree over `idx` to `nodes` and returns its index.
fn grow<R: AsRef<[f64]>>(
    rows: &[R],
    idx: &mut [usize],
    depth: usize,
    height_limit: usize,
    rng: &mut ChaCha8Rng,
    nodes: &mut Vec<Node>,
) -> usize {
    let me = nodes.len();
    nodes.push(Node::Leaf { size: idx.len() });
    if depth >= height_limit || idx.len() <= 1 {
        return me;
    }
    // Only features that still vary in this node can split it.
    let width = rows[idx[0]].as_ref().len();
    let ranges: Vec<(usize, f64, f64)> = (0..width)
        .filter_map(|f| {
            let (lo, hi) = idx
                .iter()
                .fold((f64::INFINITY, f64::NEG_INFINITY), |(lo, hi), &i| {
                    let v = rows[i].as_ref()[f];
                    (lo.min(v), hi.max(v))
                });
            (lo < hi).then_some((f, lo, hi))
        })
        .collect();
    if ranges.is_empty() {
        return me;
    }
    let (feature, lo, hi) = ranges[rng.gen_range(0..ranges.len())];
    let value = rng.gen_range(lo..hi);
    // Partition in place: rows below the split first.
    let mut split = 0;
    for k in 0..idx.len() {
        if rows[idx[k]].as_ref()[feature] < value {
            idx.swap(k, split);
            split += 1;
        }
    }
    let (l, r) = idx.split_at_mut(split);
    let left = grow(rows, l, depth + 1, height_limit, rng, nodes);
    let right = grow(rows, r, depth + 1, height_limit, rng, nodes);
    nodes[me] = Node::Split {
        feature,
        value,
        left,
        right,
    };
    me
}

/// Edges from the root to `x`'s leaf, plus `c(size)` for the rows left unsplit there.
fn path_length(nodes: &[Node], x: &[f64]) -> f64 {
    let (mut at, mut depth) = (0, 0.0);
    loop {
        match nodes[at] {
            Node::Leaf { size } => return depth + c(size),
            Node::Split {
                feature,
                value,
                left,
                right,
            } => {
                at = if x[feature] < value { left } else { right };
                depth += 1.0;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// 300 ordinary rows on a small grid plus one far away, last.
    fn rows_with_outlier() -> Vec<[f64; 3]> {
        let mut rows: Vec<[f64; 3]> = (0..300)
            .map(|i| {
                let i = f64::from(i);
                [i % 10.0, (i / 10.0).floor() % 7.0, (i * 0.37) % 3.0]
            })
            .collect();
        rows.push([100.0, 80.0, 30.0]);
        rows
    }

    #[test]
    fn the_same_seed_gives_the_same_scores() {
        let rows = rows_with_outlier();
        let a = IsolationForest::fit(&rows, &ForestConfig::default());
        let b = IsolationForest::fit(&rows, &ForestConfig::default());
        let sa: Vec<f64> = rows.iter().map(|r| a.score(r)).collect();
        let sb: Vec<f64> = rows.iter().map(|r| b.score(r)).collect();
        assert_eq!(sa, sb);
        let other = IsolationForest::fit(
            &rows,
            &ForestConfig {
                seed: 7,
                ..ForestConfig::default()
            },
        );
        let so: Vec<f64> = rows.iter().map(|r| other.score(r)).collect();
        assert_ne!(sa, so, "a different seed should grow a different forest");
    }

    #[test]
    fn a_far_outlier_scores_highest_and_clearly_anomalous() {
        let rows = rows_with_outlier();
        let forest = IsolationForest::fit(&rows, &ForestConfig::default());
        let scores: Vec<f64> = rows.iter().map(|r| forest.score(r)).collect();
        let outlier = scores[300];
        let best_ordinary = scores[..300].iter().copied().fold(0.0, f64::max);
        assert!(outlier > best_ordinary, "{outlier} vs {best_ordinary}");
        assert!(outlier > 0.6, "outlier score {outlier}");
        assert!(best_ordinary < 0.6, "ordinary score {best_ordinary}");
    }

    #[test]
    fn path_normaliser_matches_the_paper() {
        assert_eq!(c(1), 0.0);
        assert_eq!(c(2), 1.0);
        // c(256) ≈ 10.24 (2·(ln 255 + γ) − 2·255/256).
        assert!((c(256) - 10.244).abs() < 0.01, "{}", c(256));
    }

    #[test]
    fn too_few_rows_score_neutral_without_panicking() {
        let one = IsolationForest::fit(&[[1.0, 2.0]], &ForestConfig::default());
        assert_eq!(one.score(&[1.0, 2.0]), 0.5);
        let none = IsolationForest::fit::<[f64; 2]>(&[], &ForestConfig::default());
        assert_eq!(none.score(&[0.0, 0.0]), 0.5);
    }
}
