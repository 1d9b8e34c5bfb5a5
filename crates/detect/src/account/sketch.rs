//! Fixed-size sketches for per-account state: distinct counts and the heaviest frames.
//!
//! Written by hand because the state must be a few hundred bytes per account, inline, with no
//! heap: the HyperLogLog crates on crates.io allocate registers on the heap and are sized for
//! much larger precision than we need.

/// A 64-register HyperLogLog: distinct counts within about ±13%, in 64 bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Hll64 {
    regs: [u8; 64],
}

impl Default for Hll64 {
    fn default() -> Self {
        Self { regs: [0; 64] }
    }
}

impl Hll64 {
    /// Adds an already well-mixed 64-bit hash.
    pub fn insert(&mut self, hash: u64) {
        let idx = (hash >> 58) as usize;
        let rest = hash << 6;
        let rank = (rest.leading_zeros() + 1).min(58) as u8;
        if rank > self.regs[idx] {
            self.regs[idx] = rank;
        }
    }

    /// Estimated number of distinct values inserted.
    pub fn estimate(&self) -> f64 {
        const M: f64 = 64.0;
        let alpha = 0.709;
        let mut sum = 0.0;
        let mut zeros = 0;
        for &r in &self.regs {
            sum += 2f64.powi(-i32::from(r));
            if r == 0 {
                zeros += 1;
            }
        }
        let raw = alpha * M * M / sum;
        if raw <= 2.5 * M && zeros > 0 {
            M * (M / f64::from(zeros)).ln()
        } else {
            raw
        }
    }
}

/// Mixes a 64-bit value into a well-distributed hash (SplitMix64 finaliser).
pub fn mix(mut x: u64) -> u64 {
    x = x.wrapping_add(0x9E37_79B9_7F4A_7C15);
    x = (x ^ (x >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    x = (x ^ (x >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    x ^ (x >> 31)
}

/// Slots in the frame heavy-hitter table.
pub const TOP_FRAMES: usize = 6;

/// Space-Saving heavy hitters over frame SimHashes; near-identical frames share a slot.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct TopFrames {
    keys: [u64; TOP_FRAMES],
    counts: [u32; TOP_FRAMES],
}

/// Frames within this many SimHash bits count as the same frame.
pub const FRAME_RADIUS: u32 = 4;

impl TopFrames {
    /// Counts one frame and returns its slot.
    pub fn insert(&mut self, simhash: u64) -> usize {
        self.insert_reporting(simhash).0
    }

    /// Counts one frame; returns its slot and whether the frame just took the slot over from
    /// another (so per-slot extras can start afresh).
    pub fn insert_reporting(&mut self, simhash: u64) -> (usize, bool) {
        let mut min_i = 0;
        for i in 0..TOP_FRAMES {
            if self.counts[i] > 0 && (self.keys[i] ^ simhash).count_ones() <= FRAME_RADIUS {
                self.counts[i] = self.counts[i].saturating_add(1);
                return (i, false);
            }
            if self.counts[i] < self.counts[min_i] {
                min_i = i;
            }
        }
        // Space-Saving: the newcomer inherits the smallest count (an over-estimate, bounded).
        self.keys[min_i] = simhash;
        self.counts[min_i] = self.counts[min_i].saturating_add(1);
        (min_i, true)
    }

    /// The heaviest frame and its (over-)estimated count.
    pub fn top(&self) -> Option<(u64, u32)> {
        (0..TOP_FRAMES)
            .filter(|&i| self.counts[i] > 0)
            .max_by_key(|&i| (self.counts[i], std::cmp::Reverse(i)))
            .map(|i| (self.keys[i], self.counts[i]))
    }

    /// All tracked frames with counts, heaviest first.
    pub fn entries(&self) -> Vec<(u64, u32)> {
        let mut v: Vec<_> = (0..TOP_FRAMES)
            .filter(|&i| self.counts[i] > 0)
            .map(|i| (self.keys[i], self.counts[i]))
            .collect();
        v.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        v
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hll_counts_within_twenty_percent() {
        for n in [10u64, 100, 1000, 10_000] {
            let mut h = Hll64::default();
            for i in 0..n {
                h.insert(mix(i));
                h.insert(mix(i)); // repeats do not count
            }
            let e = h.estimate();
            assert!(
                (e - n as f64).abs() / (n as f64) < 0.3,
                "n={n} estimate={e}"
            );
        }
    }

    #[test]
    fn top_frames_finds_the_heavy_frame_among_noise() {
        let mut t = TopFrames::default();
        for i in 0..1000u64 {
            t.insert(0xABCD_0000_1234_5678 ^ (i % 2)); // one frame, 1-bit jitter
            t.insert(mix(i)); // unrelated frames
        }
        let (key, count) = t.top().unwrap();
        assert_eq!(key & !1, 0xABCD_0000_1234_5678);
        assert!(count >= 1000);
    }
}
