//! Fixed-size, allocation-free sketches for an account's link attributes.

use crate::account::sketch::mix;

/// Space-Saving heavy hitters: the `N` most frequent keys with (over-)estimated counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TopK<K, const N: usize> {
    keys: [K; N],
    counts: [u32; N],
}

impl<K: Copy + Default, const N: usize> Default for TopK<K, N> {
    fn default() -> Self {
        Self {
            keys: [K::default(); N],
            counts: [0; N],
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
        for i in 0..N {
            if self.counts[i] == 0 {
                // Slots fill in order, so the first empty slot means the key is new.
                self.keys[i] = k;
                self.counts[i] = 1;
                return;
            }
            if same(&self.keys[i], &k) {
                self.counts[i] = self.counts[i].saturating_add(1);
                return;
            }
            if self.counts[i] < self.counts[min_i] {
                min_i = i;
            }
        }
        // The newcomer inherits the smallest count plus one (Space-Saving's bounded over-estimate).
        self.keys[min_i] = k;
        self.counts[min_i] = self.counts[min_i].saturating_add(1);
    }

    /// Tracked keys with their counts, in slot order.
    pub fn entries(&self) -> impl Iterator<Item = (K, u32)> + '_ {
        (0..N)
            .filter(|&i| self.counts[i] > 0)
            .map(|i| (self.keys[i], self.counts[i]))
    }
}

/// Bottom-k sketch: the `K` distinct keys with the smallest hashes seen, a consistent sample.
///
/// Two accounts with overlapping key sets keep the same keys from the overlap (the hash order is
/// global), so shared entries estimate the overlap: about `K · Jaccard` of them are shared.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct BottomK<const K: usize> {
    /// Sorted by `mix(key)` ascending; the first `len` are valid.
    keys: [u64; K],
    len: u16,
}

impl<const K: usize> Default for BottomK<K> {
    fn default() -> Self {
        Self {
            keys: [0; K],
            len: 0,
        }
    }
}

impl<const K: usize> BottomK<K> {
    /// Offers a key; kept when it is among the `K` smallest hashes.
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

    /// The kept keys.
    pub fn keys(&self) -> &[u64] {
        &self.keys[..usize::from(self.len)]
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
}
