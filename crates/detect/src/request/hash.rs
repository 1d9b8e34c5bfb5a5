//! Small deterministic hashes and the SimHash accumulator behind the frame fingerprint.
//!
//! Everything here is seedless and platform independent, so the same prompt hashes to the same
//! value in every run and on every machine (golden tests and scale-out equivalence need that).

/// Golden-ratio multiplier used by the word mixer.
const K: u64 = 0x9E37_79B9_7F4A_7C15;

/// The splitmix64 finaliser: a cheap bijection with full avalanche.
#[inline]
pub(crate) fn mix64(mut z: u64) -> u64 {
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

#[inline]
fn read8(b: &[u8], i: usize) -> u64 {
    let mut w = [0u8; 8];
    w.copy_from_slice(&b[i..i + 8]);
    u64::from_le_bytes(w)
}

#[inline]
fn read4(b: &[u8], i: usize) -> u64 {
    let mut w = [0u8; 4];
    w.copy_from_slice(&b[i..i + 4]);
    u64::from(u32::from_le_bytes(w))
}

/// Hash of a byte string, tuned for words: short strings are read with two overlapping loads
/// (as in wyhash), longer ones eight bytes at a time, then mixed once.
#[inline]
pub(crate) fn hash_bytes(b: &[u8]) -> u64 {
    let n = b.len();
    let seed = (n as u64).wrapping_mul(K);
    let v = if n <= 8 {
        if n >= 4 {
            (read4(b, 0) << 32) | read4(b, n - 4)
        } else if n > 0 {
            (u64::from(b[0]) << 16) | (u64::from(b[n / 2]) << 8) | u64::from(b[n - 1])
        } else {
            0
        }
    } else {
        let mut h = 0u64;
        let mut i = 0;
        while i + 8 < n {
            h = (h ^ read8(b, i)).wrapping_mul(K).rotate_left(29);
            i += 8;
        }
        h ^ read8(b, n - 8).rotate_left(17)
    };
    // One multiply and a fold: a bijection of `v`, enough for table indexes; features that
    // feed the SimHash go through `mix64` on top.
    let x = (v ^ seed).wrapping_mul(0xD6E8_FEB8_6659_FD93);
    x ^ (x >> 32)
}

/// An order-sensitive running hash of 64-bit values.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Stream(u64);

impl Stream {
    pub(crate) fn new(seed: u64) -> Self {
        Self(mix64(seed))
    }

    #[inline]
    pub(crate) fn push(&mut self, v: u64) {
        self.0 = (self.0.rotate_left(23) ^ v).wrapping_mul(K);
    }

    pub(crate) fn finish(self) -> u64 {
        mix64(self.0)
    }
}

/// A fixed set of nonzero 64-bit hashes with a value each, by open addressing (`N`, a power
/// of two, at least twice the number of keys): a probe or two in a few cache lines, where a
/// `HashMap` would run SipHash on every look-up.
#[derive(Debug, Clone)]
pub(crate) struct HashTable<const N: usize, V: Copy> {
    keys: [u64; N],
    values: [V; N],
}

impl<const N: usize, V: Copy + Default> HashTable<N, V> {
    pub(crate) fn new() -> Self {
        Self {
            keys: [0; N],
            values: [V::default(); N],
        }
    }

    /// Sets the value of `h` (nonzero).
    pub(crate) fn insert(&mut self, h: u64, v: V) {
        assert!(h != 0, "0 marks an empty slot");
        let mut i = h as usize & (N - 1);
        while self.keys[i] != 0 && self.keys[i] != h {
            i = (i + 1) & (N - 1);
        }
        self.keys[i] = h;
        self.values[i] = v;
    }

    /// The value of `h`, if it is in the table.
    #[inline]
    pub(crate) fn get(&self, h: u64) -> Option<V> {
        let mut i = h as usize & (N - 1);
        loop {
            match self.keys[i] {
                0 => return None,
                k if k == h => return Some(self.values[i]),
                _ => i = (i + 1) & (N - 1),
            }
        }
    }
}

/// Bit planes of the SimHash counters: up to 2^PLANES - 1 feature weight per bit.
const PLANES: usize = 20;

/// Features buffered per weight before they are folded into the planes.
const BATCH: usize = 16;

/// Charikar's SimHash over 64-bit features with small integer weights.
///
/// The 64 per-bit counters are kept bit-sliced: plane `p` holds bit `p` of every counter.
/// Adding features one at a time would ripple a carry word through the planes, and with 64
/// counters some bit nearly always carries on for about seven planes. So features are
/// buffered and folded in sixteen at a time: a carry-save tree (Harley-Seal) turns the batch
/// into the five bit planes of its per-bit counts, which one bit-sliced addition adds to the
/// counters. The counts, and so the result, are exactly those of adding one by one.
#[derive(Debug, Clone)]
pub(crate) struct SimHash {
    planes: [u64; PLANES],
    weight: u32,
    /// Buffered features of weight 1 (`[0]`) and weight 2 (`[1]`).
    pending: [[u64; BATCH]; 2],
    pending_len: [usize; 2],
}

/// Carry-save adder: the sum and the carry bit of `a + b + c`, 64 lanes at once.
#[inline(always)]
fn csa(a: u64, b: u64, c: u64) -> (u64, u64) {
    let u = a ^ b;
    (u ^ c, (a & b) | (u & c))
}

/// The per-bit counts of 16 features as five bit planes (weights 1, 2, 4, 8, 16).
#[inline]
fn count_planes(r: &[u64; BATCH]) -> [u64; 5] {
    let (ones, twos_a) = csa(0, r[0], r[1]);
    let (ones, twos_b) = csa(ones, r[2], r[3]);
    let (twos, fours_a) = csa(0, twos_a, twos_b);
    let (ones, twos_a) = csa(ones, r[4], r[5]);
    let (ones, twos_b) = csa(ones, r[6], r[7]);
    let (twos, fours_b) = csa(twos, twos_a, twos_b);
    let (fours, eights_a) = csa(0, fours_a, fours_b);
    let (ones, twos_a) = csa(ones, r[8], r[9]);
    let (ones, twos_b) = csa(ones, r[10], r[11]);
    let (twos, fours_a) = csa(twos, twos_a, twos_b);
    let (ones, twos_a) = csa(ones, r[12], r[13]);
    let (ones, twos_b) = csa(ones, r[14], r[15]);
    let (twos, fours_b) = csa(twos, twos_a, twos_b);
    let (fours, eights_b) = csa(fours, fours_a, fours_b);
    let (eights, sixteens) = csa(0, eights_a, eights_b);
    [ones, twos, fours, eights, sixteens]
}

impl SimHash {
    pub(crate) fn new() -> Self {
        Self {
            planes: [0; PLANES],
            weight: 0,
            pending: [[0; BATCH]; 2],
            pending_len: [0; 2],
        }
    }

    /// Adds a feature with weight 1.
    #[inline]
    pub(crate) fn add(&mut self, h: u64) {
        self.add_at(h, 0);
    }

    /// Adds a feature with weight 2.
    #[inline]
    pub(crate) fn add_twice(&mut self, h: u64) {
        self.add_at(h, 1);
    }

    #[inline]
    fn add_at(&mut self, h: u64, plane: usize) {
        if self.weight >= (1 << (PLANES - 1)) {
            return; // saturated; unreachable for bounded prompts
        }
        self.weight += 1 << plane;
        let n = self.pending_len[plane];
        self.pending[plane][n] = h;
        self.pending_len[plane] = n + 1;
        if n + 1 == BATCH {
            self.flush(plane);
        }
    }

    /// Can features of total weight `w` be added without reaching saturation? Then they
    /// may be added in any order, as [`SimHash::add_if`] allows.
    #[inline]
    pub(crate) fn has_room(&self, w: u32) -> bool {
        self.weight + w <= (1 << (PLANES - 1))
    }

    /// Adds `h` with weight `2^plane` (0 or 1) when `keep`, without a branch on `keep`; the
    /// caller checked [`SimHash::has_room`].
    #[inline(always)]
    pub(crate) fn add_if(&mut self, h: u64, plane: usize, keep: bool) {
        self.weight += u32::from(keep) << plane;
        let n = self.pending_len[plane];
        self.pending[plane][n] = h;
        self.pending_len[plane] = n + usize::from(keep);
        if self.pending_len[plane] == BATCH {
            self.flush(plane);
        }
    }

    /// Folds the buffered features of weight `2^level` into the planes.
    fn flush(&mut self, level: usize) {
        let n = self.pending_len[level];
        if n < BATCH {
            // Only the last, partial batch: absent rows count as zero features.
            self.pending[level][n..].fill(0);
        }
        let counts = count_planes(&self.pending[level]);
        self.pending_len[level] = 0;
        self.add_counts(counts, level);
    }

    /// Adds per-bit counts given as five bit planes, at plane `level`: a bit-sliced addition,
    /// then the carry runs on (rarely far).
    #[inline]
    fn add_counts(&mut self, counts: [u64; 5], level: usize) {
        let planes = &mut self.planes[level..];
        let (p0, c) = csa(planes[0], counts[0], 0);
        let (p1, c) = csa(planes[1], counts[1], c);
        let (p2, c) = csa(planes[2], counts[2], c);
        let (p3, c) = csa(planes[3], counts[3], c);
        let (p4, mut carry) = csa(planes[4], counts[4], c);
        planes[..5].copy_from_slice(&[p0, p1, p2, p3, p4]);
        for plane in &mut planes[5..] {
            if carry == 0 {
                break;
            }
            let next = *plane & carry;
            *plane ^= carry;
            carry = next;
        }
    }

    /// Total weight added so far.
    pub(crate) fn features(&self) -> u32 {
        self.weight
    }

    /// Bit `b` is set when the features with bit `b` set carry more than half the weight.
    ///
    /// All 64 counters are compared with `weight / 2` at once, bit-sliced, from the top plane
    /// down: `gt` marks counters already known to be greater, `eq` those equal so far.
    pub(crate) fn finish(&mut self) -> u64 {
        self.flush(0);
        self.flush(1);
        let half = self.weight / 2;
        let mut gt = 0u64;
        let mut eq = u64::MAX;
        for p in (0..PLANES).rev() {
            if (half >> p) & 1 == 1 {
                eq &= self.planes[p];
            } else {
                gt |= eq & self.planes[p];
                eq &= !self.planes[p];
            }
        }
        gt
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn simhash_of_one_feature_is_that_feature() {
        let mut s = SimHash::new();
        s.add(0xDEAD_BEEF_0123_4567);
        assert_eq!(s.finish(), 0xDEAD_BEEF_0123_4567);
    }

    #[test]
    fn double_weight_counts_twice() {
        let mut s = SimHash::new();
        s.add_twice(u64::MAX);
        s.add(0);
        assert_eq!(s.finish(), u64::MAX);
        let mut s = SimHash::new();
        for _ in 0..300 {
            s.add_twice(0xF0F0);
            s.add(0x0F0F);
            s.add(0x0F0F);
            s.add(0x0F0F);
        }
        assert_eq!(s.finish(), 0x0F0F);
    }

    #[test]
    fn simhash_counts_survive_lane_flushes() {
        let mut s = SimHash::new();
        for _ in 0..1000 {
            s.add(u64::MAX);
        }
        for _ in 0..999 {
            s.add(0);
        }
        assert_eq!(s.finish(), u64::MAX);
    }

    /// The batched planes count exactly like 64 plain counters.
    #[test]
    fn batched_counts_match_plain_counters() {
        let mut x = 0x1234_5678_9ABC_DEF0u64;
        for len in [0usize, 1, 5, 15, 16, 17, 31, 33, 100, 1000, 4097] {
            let mut s = SimHash::new();
            let mut counts = [0u32; 64];
            let mut weight = 0u32;
            for k in 0..len {
                x = mix64(x.wrapping_add(k as u64));
                // Skewed features too, so some counters run high.
                let h = if k.is_multiple_of(3) {
                    x | 0xFF00_0000_0000_00FF
                } else {
                    x
                };
                let w = if x >> 63 == 1 { 2 } else { 1 };
                if w == 2 {
                    s.add_twice(h);
                } else {
                    s.add(h);
                }
                weight += w;
                for (b, c) in counts.iter_mut().enumerate() {
                    *c += w * ((h >> b) as u32 & 1);
                }
            }
            let want = (0..64).fold(0u64, |m, b| m | (u64::from(counts[b] > weight / 2) << b));
            assert_eq!(s.features(), weight);
            assert_eq!(s.finish(), want, "{len} features");
        }
    }

    #[test]
    fn hashes_are_stable_and_length_aware() {
        assert_eq!(hash_bytes(b"abc"), hash_bytes(b"abc"));
        assert_ne!(hash_bytes(b"abc"), hash_bytes(b"abc\0"));
        assert_ne!(hash_bytes(b""), hash_bytes(b"\0"));
    }
}
