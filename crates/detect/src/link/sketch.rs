//! Bounded, allocation-light sketches for an account's link attributes.
//!
//! Most accounts hold one or two values of each kind, so the slots live in a `SmallVec` with
//! room for one inline and grow on the heap only up to the sketch's bound: an account with a
//! single address costs no allocation, and a million of them cost a few hundred bytes each
//! instead of every sketch's full width. The insertion rules are those of the fixed arrays
//! they replace (slots fill in order; the tests check them against the arrays).

use smallvec::SmallVec;

use crate::account::sketch::mix;

/// Space-Saving heavy hitters: the `N` most frequent keys with (over-)estimated counts.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct TopK<K, const N: usize> {
    /// Filled slots in slot order, at most `N`.
    slots: SmallVec<[(K, u32); 1]>,
}

impl<K, const N: usize> Default for TopK<K, N> {
    fn default() -> Self {
        Self {
            slots: SmallVec::new(),
        }
    }
}

impl<K: Copy + Eq, const N: usize> TopK<K, N> {
    /// Counts one key.
    pub fn insert(&mut self, k: K) {
        self.insert_by(k, |a, b| a == b);
    }

    /// Counts one key; `same` says when a tracked key counts as the newcomer.
    pub fn insert_by(&mut self, k: K, same: impl Fn(&K, &K) -> bool) {
        let mut min_i = 0;
        for i in 0..self.slots.len() {
            let (key, count) = self.slots[i];
            if same(&key, &k) {
                self.slots[i].1 = count.saturating_add(1);
                return;
            }
            if count < self.slots[min_i].1 {
                min_i = i;
            }
        }
        if self.slots.len() < N {
            // A free slot: the key is new.
            self.slots.push((k, 1));
            return;
        }
        // The newcomer inherits the smallest count plus one (Space-Saving's bounded over-estimate).
        if let Some((key, count)) = self.slots.get_mut(min_i) {
            *key = k;
            *count = count.saturating_add(1);
        }
    }

    /// Tracked keys with their counts, in slot order.
    pub fn entries(&self) -> impl Iterator<Item = (K, u32)> + '_ {
        self.slots.iter().copied()
    }
}

/// Bottom-k sketch: the `K` distinct keys with the smallest hashes seen, a consistent sample.
///
/// Two accounts with overlapping key sets keep the same keys from the overlap (the hash order is
/// global), so shared entries estimate the overlap: about `K · Jaccard` of them are shared.
#[derive(Debug, Clone, PartialEq, Eq, Default, serde::Serialize, serde::Deserialize)]
pub struct BottomK<const K: usize> {
    /// Sorted by `mix(key)` ascending, at most `K`.
    keys: SmallVec<[u64; 2]>,
}

impl<const K: usize> BottomK<K> {
    /// Offers a key; kept when it is among the `K` smallest hashes.
    pub fn insert(&mut self, key: u64) {
        let h = mix(key);
        let len = self.keys.len();
        if len == K && self.keys.last().is_some_and(|&last| h >= mix(last)) {
            return;
        }
        let pos = self.keys.partition_point(|&k| mix(k) < h);
        if pos < len && self.keys[pos] == key {
            return;
        }
        if len == K {
            self.keys.pop();
        }
        self.keys.insert(pos, key);
    }

    /// The kept keys.
    pub fn keys(&self) -> &[u64] {
        &self.keys
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn top_k_keeps_the_heavy_keys_among_noise() {
        let mut t: TopK<u64, 4> = TopK::default();
        for i in 0..1000u64 {
            t.insert(7);
            if i % 2 == 0 {
                t.insert(8);
            }
            t.insert(1000 + i);
        }
        let e: Vec<_> = t.entries().collect();
        assert!(e.iter().any(|&(k, c)| k == 7 && c >= 1000));
        assert!(e.iter().any(|&(k, c)| k == 8 && c >= 500));
    }

    #[test]
    fn bottom_k_is_a_consistent_sample_of_the_overlap() {
        let mut a: BottomK<32> = BottomK::default();
        let mut b: BottomK<32> = BottomK::default();
        for k in 0..1000u64 {
            a.insert(k);
            a.insert(k); // repeats are ignored
        }
        for k in 500..1500u64 {
            b.insert(k);
        }
        assert_eq!(a.keys().len(), 32);
        let shared = a.keys().iter().filter(|k| b.keys().contains(k)).count();
        // Jaccard = 500/1500: about 11 of 32 shared.
        assert!((4..=20).contains(&shared), "{shared}");
        let mut sorted = a.keys().to_vec();
        sorted.sort_by_key(|&k| mix(k));
        assert_eq!(sorted, a.keys());
    }

    /// The fixed arrays these sketches replaced, kept as the reference for their rules.
    mod reference {
        use crate::account::sketch::mix;

        pub struct TopK<K, const N: usize> {
            pub keys: [K; N],
            pub counts: [u32; N],
        }

        impl<K: Copy + Eq + Default, const N: usize> TopK<K, N> {
            pub fn new() -> Self {
                Self {
                    keys: [K::default(); N],
                    counts: [0; N],
                }
            }

            pub fn insert(&mut self, k: K) {
                let mut min_i = 0;
                for i in 0..N {
                    if self.counts[i] == 0 {
                        self.keys[i] = k;
                        self.counts[i] = 1;
                        return;
                    }
                    if self.keys[i] == k {
                        self.counts[i] = self.counts[i].saturating_add(1);
                        return;
                    }
                    if self.counts[i] < self.counts[min_i] {
                        min_i = i;
                    }
                }
                self.keys[min_i] = k;
                self.counts[min_i] = self.counts[min_i].saturating_add(1);
            }

            pub fn entries(&self) -> Vec<(K, u32)> {
                (0..N)
                    .filter(|&i| self.counts[i] > 0)
                    .map(|i| (self.keys[i], self.counts[i]))
                    .collect()
            }
        }

        pub struct BottomK<const K: usize> {
            pub keys: [u64; K],
            pub len: u16,
        }

        impl<const K: usize> BottomK<K> {
            pub fn insert(&mut self, key: u64) {
                let h = mix(key);
                let len = usize::from(self.len);
                if len == K && h >= mix(self.keys[K - 1]) {
                    return;
                }
                let pos = self.keys[..len].partition_point(|&k| mix(k) < h);
                if pos < len && self.keys[pos] == key {
                    return;
                }
                let end = if len == K { K - 1 } else { len };
                self.keys.copy_within(pos..end, pos + 1);
                self.keys[pos] = key;
                if len < K {
                    self.len += 1;
                }
            }
        }
    }

    #[test]
    fn growable_sketches_keep_the_fixed_arrays_rules() {
        // Skewed keys from a small alphabet, so slots fill, hit, and get taken over.
        let mut x = 7u64;
        for alphabet in [3u64, 9, 40, 1000] {
            let mut t: TopK<u64, 8> = TopK::default();
            let mut r = reference::TopK::<u64, 8>::new();
            let mut b: BottomK<32> = BottomK::default();
            let mut rb = reference::BottomK::<32> {
                keys: [0; 32],
                len: 0,
            };
            for _ in 0..5000 {
                x = mix(x);
                let k = (x % alphabet) * (x >> 60).max(1) % alphabet;
                t.insert(k);
                r.insert(k);
                b.insert(k);
                rb.insert(k);
                assert_eq!(t.entries().collect::<Vec<_>>(), r.entries());
                assert_eq!(b.keys(), &rb.keys[..usize::from(rb.len)]);
            }
        }
    }
}
