//! The set of request ids seen so far in a scan, kept as 64-bit hashes.
//!
//! Trade-off: storing an 8-byte hash instead of the id keeps a 100-million-event scan under a
//! gigabyte of dedupe state, at the price that two different ids may collide and the second be
//! counted as a duplicate. With a good 64-bit hash the chance for n distinct ids is about
//! n²/2⁶⁵: 3·10⁻⁸ for a million ids, 3·10⁻⁴ for a hundred million. The hash is XXH3 with a
//! fixed seed, a specified algorithm, so a collision (however unlikely) happens the same way on
//! every machine and the output stays deterministic. Ids are assigned by the provider's edge,
//! not chosen by API clients, so an attacker cannot aim for a collision to hide requests.

use std::hash::Hasher;

/// Fixed seed so every run hashes alike; changing it only changes which ids would collide.
const SEED: u64 = 0x6469_7374_696c_6c67; // "distillg"

/// The hash an [`IdSet`] keeps for `id`.
pub fn id_hash(id: &str) -> u64 {
    xxhash_rust::xxh3::xxh3_64_with_seed(id.as_bytes(), SEED)
}

/// Slots of the first table (a power of two).
const MIN_SLOTS: usize = 1 << 10;

/// Request ids seen so far, as hashes.
///
/// An open-addressing table of the hashes themselves (linear probing, at most three quarters
/// full) rather than a `HashSet<u64>`: the set is larger than the caches (8 bytes a distinct
/// id) and every probe of a new id misses them, so the consumer thread, which de-duplicates
/// alone, waited on memory for each event (4% of a scan's CPU time). Here the slot of an id is
/// known before it is inserted, so [`Self::prefetch`] can fetch a whole batch's slots at once.
/// The answers are exactly a set's: a hash is kept once, whatever its value.
#[derive(Debug, Default)]
pub struct IdSet {
    /// Each slot holds a hash or 0 for none; the hash 0 itself is `zero`.
    slots: Vec<u64>,
    /// Nonzero hashes in `slots`.
    filled: usize,
    /// The hash 0 was recorded.
    zero: bool,
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
    #[inline]
    pub fn insert_hash(&mut self, hash: u64) -> bool {
        if hash == 0 {
            return !std::mem::replace(&mut self.zero, true);
        }
        if (self.filled + 1) * 4 > self.slots.len() * 3 {
            self.grow();
        }
        let mask = self.slots.len() - 1;
        let mut i = hash as usize & mask;
        loop {
            match self.slots[i] {
                0 => {
                    self.slots[i] = hash;
                    self.filled += 1;
                    return true;
                }
                k if k == hash => return false,
                _ => i = (i + 1) & mask,
            }
        }
    }

    /// Starts loading the slot where `hash` would be looked for into the cache, so that its
    /// [`Self::insert_hash`] a little later does not wait for memory. Only a hint.
    #[inline]
    pub fn prefetch(&self, hash: u64) {
        if self.slots.is_empty() {
            return;
        }
        let slot = &self.slots[hash as usize & (self.slots.len() - 1)];
        prefetch_read(std::ptr::from_ref(slot).cast());
    }

    /// Doubles the table (or makes the first one) and re-inserts the hashes.
    #[cold]
    fn grow(&mut self) {
        let size = (self.slots.len() * 2).max(MIN_SLOTS);
        let old = std::mem::replace(&mut self.slots, vec![0; size]);
        let mask = size - 1;
        for h in old.into_iter().filter(|&h| h != 0) {
            let mut i = h as usize & mask;
            while self.slots[i] != 0 {
                i = (i + 1) & mask;
            }
            self.slots[i] = h;
        }
    }

    /// Number of distinct ids recorded.
    pub fn len(&self) -> usize {
        self.filled + usize::from(self.zero)
    }

    /// Whether nothing was recorded yet.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// A cache prefetch of the line holding `p`.
#[inline(always)]
fn prefetch_read(p: *const i8) {
    #[cfg(target_arch = "x86_64")]
    // SAFETY: a prefetch is a hint that never faults nor reads memory into the program, whatever
    // the address; SSE, which it needs, is part of every x86-64 target.
    unsafe {
        std::arch::x86_64::_mm_prefetch::<{ std::arch::x86_64::_MM_HINT_T0 }>(p);
    }
    #[cfg(not(target_arch = "x86_64"))]
    let _ = p;
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

    #[test]
    fn answers_as_a_hash_set_through_growth() {
        use std::collections::HashSet;
        let mut s = IdSet::new();
        let mut want = HashSet::new();
        // Hashes that share low bits (long probe runs), 0 and u64::MAX included.
        let mut x = 0x1234_5678_9abc_def0u64;
        for k in 0..20_000u64 {
            x = x
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            let h = match k % 5 {
                0 => 0,
                1 => u64::MAX,
                2 => (x >> 40) << 20,
                _ => x % 30_000,
            };
            s.prefetch(h);
            assert_eq!(s.insert_hash(h), want.insert(h), "{h}");
            assert_eq!(s.len(), want.len());
        }
    }
}
