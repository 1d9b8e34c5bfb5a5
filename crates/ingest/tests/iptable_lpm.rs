//! Property test: the flattened interval table answers exactly like a brute-force
//! longest-prefix match (later row wins between identical CIDRs).

use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};

use dg_ingest::IpTable;
use dg_model::{IpRange, NetKind};
use ipnet::{IpNet, Ipv4Net, Ipv6Net};
use proptest::prelude::*;

fn brute(ranges: &[IpRange], ip: IpAddr) -> Option<&IpRange> {
    let ip = match ip {
        IpAddr::V6(a) => a.to_ipv4_mapped().map_or(ip, IpAddr::V4),
        v4 => v4,
    };
    let mut best: Option<&IpRange> = None;
    for r in ranges {
        if r.cidr.contains(&ip) && best.is_none_or(|b| r.cidr.prefix_len() >= b.cidr.prefix_len()) {
            best = Some(r);
        }
    }
    best
}

fn range(i: usize, cidr: IpNet) -> IpRange {
    IpRange {
        cidr: cidr.trunc(),
        asn: i as u32,
        as_org: format!("r{i}"),
        country: String::new(),
        kind: NetKind::Isp,
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn matches_brute_force(
        // Addresses packed into 10.0.0.0/16 and 2001:db8::/112 so that prefixes nest often.
        v4 in prop::collection::vec((0u32..65_536, 16u8..=32), 0..40),
        v6 in prop::collection::vec((0u128..65_536, 112u8..=128), 0..20),
        probes in prop::collection::vec((any::<bool>(), 0u32..65_536, any::<bool>()), 1..200),
    ) {
        let base4 = u32::from(Ipv4Addr::new(10, 0, 0, 0));
        let base6 = u128::from("2001:db8::".parse::<Ipv6Addr>().unwrap());
        let mut ranges = Vec::new();
        for (a, len) in v4 {
            let net = Ipv4Net::new(Ipv4Addr::from(base4 + a), len).unwrap();
            ranges.push(range(ranges.len(), IpNet::V4(net)));
        }
        for (a, len) in v6 {
            let net = Ipv6Net::new(Ipv6Addr::from(base6 + a), len).unwrap();
            ranges.push(range(ranges.len(), IpNet::V6(net)));
        }
        let table = IpTable::new(ranges.clone());
        for (is_v6, off, mapped) in probes {
            let ip = if is_v6 {
                IpAddr::V6(Ipv6Addr::from(base6 + u128::from(off)))
            } else if mapped {
                IpAddr::V6(Ipv4Addr::from(base4 + off).to_ipv6_mapped())
            } else {
                IpAddr::V4(Ipv4Addr::from(base4 + off))
            };
            let want = brute(&ranges, ip).map(|r| &r.as_org);
            let got = table.lookup(ip).map(|r| &r.as_org);
            prop_assert_eq!(got, want, "ip {}", ip);
        }
    }
}
