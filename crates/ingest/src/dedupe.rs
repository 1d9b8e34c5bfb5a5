//! The set of request ids seen so far in a scan, kept as 64-bit hashes.
//!
//! Trade-off: storing an 8-byte hash instead of the id keeps a 100-million-event scan under a
//! gigabyte of dedupe state, at the price that two different ids may collide and the second be
//! counted as a duplicate. With a good 64-bit hash the chance for n distinct ids is about
//! n²/2⁶⁵: 3·10⁻⁸ for a million ids, 3·10⁻⁴ for a hundred million. The hash is XXH3 with a
//! fixed seed, a specified algorithm, so a collision (however unlikely) happens the same way on
//! every machine and the output stays deterministic. Ids are assigned by the provider's edge,
//! not chosen by API clients, so an attacker cannot aim for a collision to hide requests.

use std::collections::HashSet;
use std::hash::{BuildHasherDefault, Hasher};

/// Fixed seed so every run hashes alike; changing it only changes which ids would collide.
const SEED: u64 = 0x6469_7374_696c_6c67; // "distillg"

/// The hash an [`IdSet`] keeps for `id`.
pub fn id_hash(id: &str) -> u64 {
    xxhash_rust::xxh3::xxh3_64_with_seed(id.as_bytes(), SEED)
}

/// Request ids seen so far, as hashes.
#[derive(Debug, Default)]
pub struct IdSet {
    /// Hashes of the ids; the set's own hasher passes them through unchanged.
    seen: HashSet<u64, BuildHasherDefault<PassThrough>>,
}

impl IdSet {
    /// An empty set.
    pub fn new() -> Self {
        Self::default()
    }

    /// Records `id`; `false` when it (or a colliding id) was seen before.
    pub fn insert(&mut self, id: &str) -> bool {
        self.insert_hash(id_hash(id))
    }

    /// Records an id by its [`id_hash`] (computed where the id was parsed); as [`Self::insert`].
    pub fn insert_hash(&mut self, hash: u64) -> bool {
        self.seen.insert(hash)
    }

    /// Number of distinct ids recorded.
    pub fn len(&self) -> usize {
        self.seen.len()
    }

    /// Whether nothing was recorded yet.
    pub fn is_empty(&self) -> bool {
        self.seen.is_empty()
    }
}

/// A hasher for keys that already are well-mixed 64-bit hashes: hashing them again is waste.
#[derive(Debug, Default)]
pub struct PassThrough(u64);

impl Hasher for PassThrough {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        // Only `write_u64` is used by `HashSet<u64>`; fold anything else in so it stays correct.
        for &b in bytes {
            self.0 = self.0.rotate_left(8) ^ u64::from(b);
        }
    }

    fn write_u64(&mut self, n: u64) {
        self.0 = n;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn repeats_are_detected() {
        let mut s = IdSet::new();
        assert!(s.insert("req_1"));
        assert!(s.insert("req_2"));
        assert!(!s.insert("req_1"));
        assert_eq!(s.len(), 2);
    }
}
