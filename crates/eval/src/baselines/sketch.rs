//! Distinct-count sketch (k minimum values) for the IP addresses of one account: exact up
//! to `K` distinct values, about 13% relative error beyond, fixed size.

use std::net::IpAddr;

const K: usize = 64;

/// The `K` smallest distinct 64-bit hashes seen so far, ascending.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DistinctSketch {
    mins: Vec<u64>,
}

impl DistinctSketch {
    /// Counts `ip` once however often it is seen.
    pub fn insert(&mut self, ip: IpAddr) {
        let h = hash_ip(ip);
        if self.mins.len() == K && h >= self.mins[K - 1] {
            return;
        }
        if let Err(i) = self.mins.binary_search(&h) {
            self.mins.insert(i, h);
            self.mins.truncate(K);
        }
    }

    /// Estimated number of distinct values.
    pub fn estimate(&self) -> f64 {
        if self.mins.len() < K {
            self.mins.len() as f64
        } else {
            // (K − 1) / (k-th smallest hash as a fraction of the hash space).
            (K - 1) as f64 / (self.mins[K - 1] as f64 / u64::MAX as f64)
        }
    }
}

/// A fixed, platform-independent hash, so estimates repeat across machines.
fn hash_ip(ip: IpAddr) -> u64 {
    match ip {
        IpAddr::V4(v4) => mix(u64::from(u32::from(v4))),
        IpAddr::V6(v6) => {
            let bits = u128::from(v6);
            mix((bits >> 64) as u64 ^ mix(bits as u64 ^ 0x9e37_79b9_7f4a_7c15))
        }
    }
}

/// splitmix64's finaliser.
fn mix(mut z: u64) -> u64 {
    z = z.wrapping_add(0x9e37_79b9_7f4a_7c15);
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^ (z >> 31)
}

#[cfg(test)]
mod tests {
    use std::net::Ipv4Addr;

    use super::*;

    #[test]
    fn small_counts_are_exact_and_repeats_count_once() {
        let mut s = DistinctSketch::default();
        for i in 0..40u32 {
            s.insert(IpAddr::V4(Ipv4Addr::from(i)));
            s.insert(IpAddr::V4(Ipv4Addr::from(i)));
        }
        assert_eq!(s.estimate(), 40.0);
    }

    #[test]
    fn large_counts_are_close() {
        let mut s = DistinctSketch::default();
        for i in 0..10_000u32 {
            s.insert(IpAddr::V4(Ipv4Addr::from(i.wrapping_mul(2_654_435_761))));
        }
        let e = s.estimate();
        assert!((6_000.0..14_000.0).contains(&e), "estimate {e}");
    }
}
