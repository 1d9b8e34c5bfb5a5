//! `ip_ranges.csv` and the longest-prefix-match table built from it.
//!
//! CIDR prefixes are either nested or disjoint, never partly overlapping, so the table is
//! flattened at load time into disjoint address intervals, each labelled with its most specific
//! (longest) prefix. A lookup is then one binary search: O(log n), no per-prefix-length probing.
//! Loading half a million rows takes a fraction of a second; lookups run at millions per second.
//!
//! Row rules: host bits in a CIDR (`10.1.2.3/24`) are cleared silently; a bare address counts
//! as a /32 or /128; an empty `asn` is 0 and an `AS` prefix is allowed; `country` is empty or
//! two letters (upper-cased); `kind` is one of the contract's eight values. IPv4-mapped IPv6
//! (`::ffff:1.2.3.4`) is looked up, and may be given in the file, as IPv4. When the same CIDR
//! appears twice the later row wins, so an operator can append overrides (threat-intel feeds).

use std::net::IpAddr;
use std::path::Path;

use dg_model::{IpRange, NetKind, Rejected};
use ipnet::{IpNet, Ipv4Net};

use crate::csvfile::{field, read_rows};
use crate::error::Result;
use crate::text::{quote, thousands};

/// Longest `as_org`, in bytes.
pub const MAX_ORG_BYTES: usize = 256;

/// The contract's header, in order.
pub const HEADER: [&str; 5] = ["cidr", "asn", "as_org", "country", "kind"];

/// Label of an interval that no range covers.
const NONE: u32 = u32::MAX;

/// An address as an integer key: `u32` for IPv4, `u128` for IPv6.
trait Key: Copy + Ord {
    const ZERO: Self;
    /// The next address, `None` past the last one.
    fn succ(self) -> Option<Self>;
}

impl Key for u32 {
    const ZERO: Self = 0;
    fn succ(self) -> Option<Self> {
        self.checked_add(1)
    }
}

impl Key for u128 {
    const ZERO: Self = 0;
    fn succ(self) -> Option<Self> {
        self.checked_add(1)
    }
}

/// Disjoint intervals covering the whole address space: interval `i` runs from `starts[i]` to
/// just before `starts[i + 1]` and belongs to range `labels[i]` (or none).
#[derive(Debug, Clone)]
struct Intervals<K> {
    starts: Vec<K>,
    labels: Vec<u32>,
}

impl<K: Key> Intervals<K> {
    /// Flattens `(first, last, range index)` triples; on identical bounds the highest index wins.
    fn build(mut items: Vec<(K, K, u32)>) -> Self {
        // Outer ranges before the ranges nested in them; equal bounds by row order.
        items.sort_unstable_by(|a, b| a.0.cmp(&b.0).then(b.1.cmp(&a.1)).then(a.2.cmp(&b.2)));
        items.dedup_by(|later, kept| {
            let same = later.0 == kept.0 && later.1 == kept.1;
            if same {
                kept.2 = later.2;
            }
            same
        });
        let mut out = Self {
            starts: Vec::new(),
            labels: Vec::new(),
        };
        // Ranges that contain the cursor, innermost last.
        let mut open: Vec<(K, u32)> = Vec::new();
        // First address not yet given to an interval (`None` once past the last address).
        let mut cursor = Some(K::ZERO);
        for (first, last, label) in items {
            while let Some(&(end, outer)) = open.last() {
                if end >= first {
                    break;
                }
                out.close(&mut cursor, end, outer);
                open.pop();
            }
            if let Some(c) = cursor {
                if c < first {
                    out.push(c, open.last().map_or(NONE, |o| o.1));
                }
            }
            cursor = Some(first);
            open.push((last, label));
        }
        while let Some((end, label)) = open.pop() {
            out.close(&mut cursor, end, label);
        }
        if let Some(c) = cursor {
            out.push(c, NONE);
        }
        out
    }

    /// Gives `cursor..=end` to `label` and moves the cursor past `end`.
    fn close(&mut self, cursor: &mut Option<K>, end: K, label: u32) {
        if let Some(c) = *cursor {
            if c <= end {
                self.push(c, label);
                *cursor = end.succ();
            }
        }
    }

    /// Starts a new interval at `start` (merging with the previous one when labels agree).
    fn push(&mut self, start: K, label: u32) {
        if self.labels.last() == Some(&label) {
            return;
        }
        if self.starts.last() == Some(&start) {
            // A zero-length interval: the new label replaces it.
            if let Some(l) = self.labels.last_mut() {
                *l = label;
            }
            return;
        }
        self.starts.push(start);
        self.labels.push(label);
    }

    /// The label of the interval holding `key`.
    fn find(&self, key: K) -> Option<u32> {
        let i = self.starts.partition_point(|&s| s <= key);
        let label = *self.labels.get(i.checked_sub(1)?)?;
        (label != NONE).then_some(label)
    }
}

/// Longest-prefix-match table over IPv4 and IPv6 ranges.
#[derive(Debug, Clone)]
pub struct IpTable {
    ranges: Vec<IpRange>,
    v4: Intervals<u32>,
    v6: Intervals<u128>,
}

impl Default for IpTable {
    fn default() -> Self {
        Self::new(Vec::new())
    }
}

impl IpTable {
    /// Builds the table; for identical CIDRs the later range wins.
    pub fn new(ranges: Vec<IpRange>) -> Self {
        let mut v4 = Vec::new();
        let mut v6 = Vec::new();
        for (i, r) in ranges.iter().enumerate() {
            // More than 4 billion rows cannot be loaded anyway; the cast is checked regardless.
            let Ok(i) = u32::try_from(i) else { break };
            match r.cidr {
                IpNet::V4(n) => v4.push((u32::from(n.network()), u32::from(n.broadcast()), i)),
                IpNet::V6(n) => v6.push((u128::from(n.network()), u128::from(n.broadcast()), i)),
            }
        }
        Self {
            v4: Intervals::build(v4),
            v6: Intervals::build(v6),
            ranges,
        }
    }

    /// The most specific range holding `ip`; `::ffff:a.b.c.d` is looked up as `a.b.c.d`.
    pub fn lookup(&self, ip: IpAddr) -> Option<&IpRange> {
        self.lookup_index(ip).and_then(|i| self.ranges.get(i))
    }

    /// [`lookup`](Self::lookup) as an index into [`ranges`](Self::ranges): small and `Copy`,
    /// so it can be found on one thread and used on another.
    pub fn lookup_index(&self, ip: IpAddr) -> Option<usize> {
        let label = match ip {
            IpAddr::V4(a) => self.v4.find(u32::from(a)),
            IpAddr::V6(a) => match a.to_ipv4_mapped() {
                Some(v4) => self.v4.find(u32::from(v4)),
                None => self.v6.find(u128::from(a)),
            },
        }?;
        Some(label as usize)
    }

    /// All ranges as loaded (including ones shadowed by a later identical CIDR).
    pub fn ranges(&self) -> &[IpRange] {
        &self.ranges
    }

    /// Number of ranges loaded.
    pub fn len(&self) -> usize {
        self.ranges.len()
    }

    /// Whether no range was loaded.
    pub fn is_empty(&self) -> bool {
        self.ranges.is_empty()
    }
}

/// Reads `ip_ranges.csv` files (gzip allowed) in order; bad rows go to `sink`.
pub fn read_ip_ranges<P: AsRef<Path>>(
    paths: impl IntoIterator<Item = P>,
    mut sink: impl FnMut(Rejected),
) -> Result<IpTable> {
    let mut ranges = Vec::new();
    for path in paths {
        read_rows(path.as_ref(), &HEADER, &mut sink, |rec, cols| {
            ranges.push(parse_row(rec, cols)?);
            Ok(())
        })?;
    }
    Ok(IpTable::new(ranges))
}

/// Parses one row into a range.
fn parse_row(rec: &csv::ByteRecord, cols: &[usize]) -> Result<IpRange, String> {
    let cidr = parse_cidr(field(rec, cols, 0, "cidr")?)?;
    let asn = parse_asn(field(rec, cols, 1, "asn")?)?;
    let as_org = field(rec, cols, 2, "as_org")?;
    if as_org.len() > MAX_ORG_BYTES {
        return Err(format!(
            "as_org of {} bytes exceeds the {MAX_ORG_BYTES}-byte cap",
            thousands(as_org.len() as u64)
        ));
    }
    let country = field(rec, cols, 3, "country")?;
    let country = if country.is_empty() {
        String::new()
    } else {
        crate::accounts::country_code(country).ok_or_else(|| {
            format!(
                "invalid country: {} (expected ISO 3166-1 alpha-2 or empty)",
                quote(country)
            )
        })?
    };
    let kind_text = field(rec, cols, 4, "kind")?;
    let kind = NetKind::parse(&kind_text.to_ascii_lowercase()).ok_or_else(|| {
        format!(
            "invalid kind: {} (expected one of {})",
            quote(kind_text),
            NetKind::ALL.map(NetKind::as_str).join(", ")
        )
    })?;
    Ok(IpRange {
        cidr,
        asn,
        as_org: as_org.to_string(),
        country,
        kind,
    })
}

/// A CIDR (or bare address) with host bits cleared; IPv4-mapped IPv6 becomes IPv4.
pub fn parse_cidr(s: &str) -> Result<IpNet, String> {
    let net = match s.parse::<IpNet>() {
        Ok(n) => n,
        Err(_) => match s.parse::<IpAddr>() {
            Ok(a) => IpNet::from(a),
            Err(_) => return Err(format!("invalid cidr: {}", quote(s))),
        },
    };
    Ok(unmap(net).trunc())
}

/// `::ffff:a.b.c.d/96+n` → `a.b.c.d/n`, so such rows match IPv4 lookups.
fn unmap(net: IpNet) -> IpNet {
    if let IpNet::V6(n) = net {
        if n.prefix_len() >= 96 {
            if let Some(v4) = n.network().to_ipv4_mapped() {
                if let Ok(v4net) = Ipv4Net::new(v4, n.prefix_len() - 96) {
                    return IpNet::V4(v4net);
                }
            }
        }
    }
    net
}

/// An AS number: digits, optionally prefixed `AS`; empty means 0 (unknown).
pub fn parse_asn(s: &str) -> Result<u32, String> {
    let digits = s
        .strip_prefix("AS")
        .or_else(|| s.strip_prefix("as"))
        .unwrap_or(s);
    if digits.is_empty() {
        return Ok(0);
    }
    digits
        .parse()
        .map_err(|_| format!("invalid asn: {} (expected an integer)", quote(s)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn range(cidr: &str, org: &str) -> IpRange {
        IpRange {
            cidr: parse_cidr(cidr).unwrap(),
            asn: 1,
            as_org: org.into(),
            country: String::new(),
            kind: NetKind::Isp,
        }
    }

    fn org<'a>(t: &'a IpTable, ip: &str) -> Option<&'a str> {
        t.lookup(ip.parse().unwrap()).map(|r| r.as_org.as_str())
    }

    #[test]
    fn nested_prefixes_the_longest_wins() {
        let t = IpTable::new(vec![
            range("10.0.0.0/8", "eight"),
            range("10.1.0.0/16", "sixteen"),
            range("10.1.2.0/24", "twentyfour"),
            range("10.1.2.128/25", "twentyfive"),
            range("10.2.0.0/16", "other16"),
            range("0.0.0.0/0", "default"),
        ]);
        assert_eq!(org(&t, "10.1.2.3"), Some("twentyfour"));
        assert_eq!(org(&t, "10.1.2.200"), Some("twentyfive"));
        assert_eq!(org(&t, "10.1.3.1"), Some("sixteen"));
        assert_eq!(org(&t, "10.1.255.255"), Some("sixteen"));
        assert_eq!(org(&t, "10.2.0.0"), Some("other16"));
        assert_eq!(org(&t, "10.3.0.0"), Some("eight"));
        assert_eq!(org(&t, "10.255.255.255"), Some("eight"));
        assert_eq!(org(&t, "11.0.0.0"), Some("default"));
        assert_eq!(org(&t, "255.255.255.255"), Some("default"));
        assert_eq!(org(&t, "0.0.0.0"), Some("default"));
    }

    #[test]
    fn gaps_edges_and_ipv6() {
        let t = IpTable::new(vec![
            range("1.0.0.0/24", "a"),
            range("1.0.1.0/24", "b"),
            range("255.255.255.255/32", "last"),
            range("2001:db8::/32", "doc"),
            range("2001:db8:4f1::/48", "doc48"),
            range("ffff:ffff:ffff:ffff:ffff:ffff:ffff:ff00/120", "v6last"),
        ]);
        assert_eq!(org(&t, "0.255.255.255"), None);
        assert_eq!(org(&t, "1.0.0.255"), Some("a"));
        assert_eq!(org(&t, "1.0.1.0"), Some("b"));
        assert_eq!(org(&t, "1.0.2.0"), None);
        assert_eq!(org(&t, "255.255.255.254"), None);
        assert_eq!(org(&t, "255.255.255.255"), Some("last"));
        assert_eq!(org(&t, "2001:db8:4f1::23"), Some("doc48"));
        assert_eq!(org(&t, "2001:db8:4f2::1"), Some("doc"));
        assert_eq!(org(&t, "2001:db9::1"), None);
        assert_eq!(
            org(&t, "ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff"),
            Some("v6last")
        );
        assert_eq!(org(&t, "::"), None);
    }

    #[test]
    fn mapped_ipv6_looks_up_as_ipv4_and_host_bits_are_cleared() {
        let t = IpTable::new(vec![
            range("10.1.2.3/24", "net"),
            range("::ffff:192.0.2.0/120", "mapped-row"),
        ]);
        assert_eq!(t.ranges()[0].cidr.to_string(), "10.1.2.0/24");
        assert_eq!(t.ranges()[1].cidr.to_string(), "192.0.2.0/24");
        assert_eq!(org(&t, "::ffff:10.1.2.99"), Some("net"));
        assert_eq!(org(&t, "192.0.2.7"), Some("mapped-row"));
    }

    #[test]
    fn the_later_of_two_identical_cidrs_wins() {
        let t = IpTable::new(vec![
            range("10.0.0.0/8", "first"),
            range("10.0.0.0/16", "inner"),
            range("10.0.0.0/8", "second"),
        ]);
        assert_eq!(org(&t, "10.9.0.0"), Some("second"));
        assert_eq!(org(&t, "10.0.9.9"), Some("inner"));
    }

    #[test]
    fn the_contract_example_and_bad_rows() {
        let dir = tempfile::tempdir().unwrap();
        let good = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/ip_ranges.csv");
        let bad = dir.path().join("extra.csv");
        std::fs::write(
            &bad,
            "kind,cidr,asn,as_org,country\n\
             tor,198.51.100.7,,\"Tor exit, relay\",\n\
             vpn,300.1.1.0/24,1,x,US\n\
             satellite,1.2.3.0/24,1,x,US\n\
             isp,1.2.3.0/24,AS77,x,USA\n\
             isp,1.2.4.0/24,ASX,x,US\n\
             isp,1.2.5.0/24\n",
        )
        .unwrap();
        let mut rejected = Vec::new();
        let t = read_ip_ranges([good, bad], |r| rejected.push(r)).unwrap();
        assert_eq!(t.len(), 5);
        let tor = t.lookup("198.51.100.7".parse().unwrap()).unwrap();
        assert_eq!(
            (tor.kind, tor.asn, tor.as_org.as_str()),
            (NetKind::Tor, 0, "Tor exit, relay")
        );
        let neighbour = t.lookup("198.51.100.8".parse().unwrap()).unwrap();
        assert_eq!(neighbour.kind, NetKind::Enterprise);
        let proxy = t.lookup("2001:db8:4f1::23".parse().unwrap()).unwrap();
        assert_eq!(proxy.kind, NetKind::ResidentialProxy);
        let lines: Vec<u64> = rejected.iter().map(|r| r.line).collect();
        assert_eq!(lines, [3, 4, 5, 6, 7]);
        assert_eq!(rejected[0].error, r#"invalid cidr: "300.1.1.0/24""#);
        assert!(rejected[1]
            .error
            .starts_with(r#"invalid kind: "satellite" (expected one of isp, "#));
        assert_eq!(
            rejected[2].error,
            r#"invalid country: "USA" (expected ISO 3166-1 alpha-2 or empty)"#
        );
        assert_eq!(
            rejected[3].error,
            r#"invalid asn: "ASX" (expected an integer)"#
        );
        assert_eq!(rejected[4].error, "row has 2 fields, missing `asn`");
    }

    #[test]
    fn a_wrong_header_is_an_error() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("x.csv");
        std::fs::write(&p, "network,asn\n1.0.0.0/8,1\n").unwrap();
        let err = read_ip_ranges([&p], |_| {}).unwrap_err().to_string();
        assert!(err.contains("header has no `cidr` column"), "{err}");
    }
}
