//! Real network ranges to draw simulated client addresses from, grouped by kind and country.
//!
//! The compiled-in sample (`crates/sim/netdata/ip_ranges.csv`) is a deterministic subset of
//! `distillguard ipdb import` output over open data (see THIRD_PARTY.md).

use std::collections::BTreeMap;
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};

use dg_model::{IpRange, NetKind};
use ipnet::IpNet;
use rand::Rng;

use crate::SimError;

const EMBEDDED: &str = include_str!("../netdata/ip_ranges.csv");

/// Ranges indexed by kind and by (kind, country).
#[derive(Debug, Default)]
pub struct NetPool {
    pub ranges: Vec<IpRange>,
    by_kind: BTreeMap<NetKind, Vec<usize>>,
    by_kind_country: BTreeMap<(NetKind, String), Vec<usize>>,
}

impl NetPool {
    /// The compiled-in sample.
    pub fn embedded() -> Result<Self, SimError> {
        Self::from_csv(EMBEDDED.as_bytes())
    }

    /// Any file in the contract's `ip_ranges.csv` format.
    pub fn from_csv(r: impl std::io::Read) -> Result<Self, SimError> {
        let mut rd = csv::Reader::from_reader(r);
        let mut pool = NetPool::default();
        for (i, row) in rd.deserialize::<IpRange>().enumerate() {
            let row = row.map_err(|e| SimError::Net(format!("row {}: {e}", i + 2)))?;
            pool.push(row);
        }
        for kind in [NetKind::Isp, NetKind::Hosting] {
            if pool.by_kind.get(&kind).is_none_or(Vec::is_empty) {
                return Err(SimError::Net(format!("no `{}` ranges", kind.as_str())));
            }
        }
        Ok(pool)
    }

    fn push(&mut self, row: IpRange) {
        let i = self.ranges.len();
        self.by_kind.entry(row.kind).or_default().push(i);
        self.by_kind_country
            .entry((row.kind, row.country.clone()))
            .or_default()
            .push(i);
        self.ranges.push(row);
    }

    /// Adds an overlay row (simulated threat intelligence) and returns its index.
    pub fn add(&mut self, row: IpRange) -> usize {
        self.push(row);
        self.ranges.len() - 1
    }

    /// A random range of a kind, preferring the country, then any country, then `fallback` kind.
    pub fn pick(&self, rng: &mut impl Rng, kind: NetKind, country: Option<&str>) -> &IpRange {
        let idx = country
            .and_then(|c| self.by_kind_country.get(&(kind, c.to_string())))
            .filter(|v| !v.is_empty())
            .or_else(|| {
                // A person's address: same country, ordinary ISP space, before the same kind
                // abroad (a foreign address would look like travel or a VPN). A VPN or cloud
                // exit keeps its kind first.
                let personal = matches!(kind, NetKind::Isp | NetKind::Mobile | NetKind::Education);
                country
                    .filter(|_| personal)
                    .and_then(|c| self.by_kind_country.get(&(NetKind::Isp, c.to_string())))
                    .filter(|v| !v.is_empty())
            })
            .or_else(|| self.by_kind.get(&kind).filter(|v| !v.is_empty()))
            .or_else(|| self.by_kind.get(&NetKind::Isp))
            .map(|v| v[rng.gen_range(0..v.len())])
            .unwrap_or(0);
        &self.ranges[idx]
    }

    /// A random IPv4 range of a kind and country (IPv6-only sampling is rarely what a caller wants).
    pub fn pick_v4(&self, rng: &mut impl Rng, kind: NetKind, country: Option<&str>) -> &IpRange {
        for _ in 0..32 {
            let r = self.pick(rng, kind, country);
            if matches!(r.cidr, IpNet::V4(_)) {
                return r;
            }
        }
        self.pick(rng, kind, country)
    }

    /// Countries that have ranges of this kind.
    pub fn countries(&self, kind: NetKind) -> Vec<&str> {
        self.by_kind_country
            .keys()
            .filter(|(k, c)| *k == kind && !c.is_empty())
            .map(|(_, c)| c.as_str())
            .collect()
    }
}

/// A uniformly random host address inside a network (avoiding .0 and broadcast in IPv4).
pub fn addr_in(rng: &mut impl Rng, net: &IpNet) -> IpAddr {
    match net {
        IpNet::V4(n) => {
            let base = u32::from(n.network());
            let host_bits = 32 - u32::from(n.prefix_len());
            let size: u64 = 1u64 << host_bits;
            let off = if size > 4 {
                rng.gen_range(1..size - 1)
            } else {
                rng.gen_range(0..size)
            };
            IpAddr::V4(Ipv4Addr::from(base.wrapping_add(off as u32)))
        }
        IpNet::V6(n) => {
            let base = u128::from(n.network());
            let host_bits = 128 - u32::from(n.prefix_len());
            let off: u128 = if host_bits >= 128 {
                rng.gen()
            } else {
                rng.gen::<u128>() & ((1u128 << host_bits) - 1)
            };
            IpAddr::V6(Ipv6Addr::from(base | off.max(1)))
        }
    }
}

/// The /24 (IPv4) or /48 (IPv6) network containing a random address of `net`, as a new subnet.
pub fn subnet_in(rng: &mut impl Rng, net: &IpNet) -> IpNet {
    let a = addr_in(rng, net);
    let len = match (a, net.prefix_len()) {
        (IpAddr::V4(_), p) => p.max(24),
        (IpAddr::V6(_), p) => p.max(48),
    };
    IpNet::new(a, len).map(|n| n.trunc()).unwrap_or(*net)
}

/// Approximate UTC offset in minutes of a country's population centre.
pub fn utc_offset_minutes(country: &str) -> i32 {
    match country {
        "US" | "CA" => -300,
        "MX" => -360,
        "BR" | "AR" => -180,
        "GB" | "IE" | "PT" => 0,
        "DE" | "FR" | "NL" | "ES" | "IT" | "PL" | "SE" | "CH" | "BE" | "AT" | "NO" | "DK" => 60,
        "TR" | "RU" | "UA" | "IL" => 180,
        "IR" => 210,
        "AE" => 240,
        "IN" => 330,
        "VN" | "ID" | "TH" => 420,
        "CN" | "SG" | "HK" | "TW" | "MY" | "PH" => 480,
        "JP" | "KR" | "KP" => 540,
        "AU" => 600,
        "NZ" => 720,
        _ => 0,
    }
}
