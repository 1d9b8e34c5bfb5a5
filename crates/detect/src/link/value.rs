//! Attribute values as 64-bit keys, and how they are written out: raw where public, keyed where
//! personal.
//!
//! A key is the kind in the top 4 bits and a 60-bit payload. Payloads of text values (payment,
//! email pattern, org, client fingerprint) and of addresses are a portable hash (FNV-1a, then the
//! SplitMix64 finaliser), the same on every machine and build, unlike `ahash`. Structured values
//! (subnet, ASN, frame band, sign-up and co-activity buckets) are packed so they can be decoded.
//!
//! Personal values are written as `hmac-sha256:<key_id>:<16 hex>`, an HMAC over the kind's code
//! and the payload. [`keyed_value`] computes the same string from a raw value, so an analyst with
//! the key can check a suspect value against a cluster without the output ever holding it raw.

use std::net::IpAddr;

use dg_model::{SignupChannel, Timestamp};
use hmac::{Hmac, KeyInit, Mac};
use sha2::Sha256;

use super::collect::{COACT_BUCKET_MS, SIGNUP_BUCKET_MS};
use super::kind::AttrKind;
use crate::account::sketch::mix;

const KIND_SHIFT: u32 = 60;
/// Payload bits of a key.
pub(crate) const PAYLOAD_MASK: u64 = (1 << KIND_SHIFT) - 1;

/// Builds a key from a kind and a payload (truncated to 60 bits).
pub(crate) fn key(kind: AttrKind, payload: u64) -> u64 {
    ((kind.index() as u64) << KIND_SHIFT) | (payload & PAYLOAD_MASK)
}

/// Splits a key into kind and payload.
pub(crate) fn split(key: u64) -> (AttrKind, u64) {
    // Keys are only built by `key` from a kind, so an unknown tag is a bug, not data to file
    // under some default kind.
    let kind = AttrKind::from_tag(key >> KIND_SHIFT)
        .unwrap_or_else(|| unreachable!("link key {key:#018x} has an unknown kind tag"));
    (kind, key & PAYLOAD_MASK)
}

/// Portable 60-bit hash of bytes; never 0 (0 means "absent" in account state).
pub fn text_hash(bytes: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in bytes {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    (mix(h) & PAYLOAD_MASK).max(1)
}

/// An address as 128 bits; IPv4 is IPv4-mapped so the two families never collide.
pub(crate) fn addr_bits(ip: IpAddr) -> u128 {
    match ip {
        IpAddr::V4(v4) => u128::from(v4.to_ipv6_mapped()),
        IpAddr::V6(v6) => u128::from(v6),
    }
}

fn is_v4_mapped(a: u128) -> bool {
    (a >> 32) == 0xffff
}

/// Payload of an exact address.
pub(crate) fn ip_payload(a: u128) -> u64 {
    (mix((a as u64) ^ mix((a >> 64) as u64)) & PAYLOAD_MASK).max(1)
}

/// A 32-bit hash of the address's IPv4 /24 or IPv6 /48, never 0 (for counting accounts per
/// subnet in little memory).
pub(crate) fn subnet_hash32(ip: IpAddr) -> u32 {
    (mix(subnet_payload(addr_bits(ip))) as u32).max(1)
}

/// Payload of the address's IPv4 /24 or IPv6 /48 (packed, reversible).
pub(crate) fn subnet_payload(a: u128) -> u64 {
    if is_v4_mapped(a) {
        (1 << 56) | ((a as u64 & 0xffff_ffff) >> 8)
    } else {
        (2 << 56) | (a >> 80) as u64
    }
}

/// The prefix a [`subnet_payload`] packs: its network address and length.
pub(crate) fn subnet_of_payload(payload: u64) -> Option<(IpAddr, u8)> {
    match payload >> 56 {
        1 => {
            let net = ((payload & 0xff_ffff) as u32) << 8;
            Some((IpAddr::V4(net.into()), 24))
        }
        2 => {
            let net = u128::from(payload & 0xffff_ffff_ffff) << 80;
            Some((IpAddr::V6(net.into()), 48))
        }
        _ => None,
    }
}

/// Payload of an email pattern: lower-cased domain and local-part shape.
pub(crate) fn email_payload(domain: &str, shape: &str) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in domain
        .trim()
        .bytes()
        .map(|b| b.to_ascii_lowercase())
        .chain(std::iter::once(b'\0'))
        .chain(shape.trim().bytes())
    {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    (mix(h) & PAYLOAD_MASK).max(1)
}

/// Small stable code of a sign-up channel (0 = not given).
pub(crate) fn channel_code(c: Option<SignupChannel>) -> u64 {
    match c {
        None => 0,
        Some(SignupChannel::Standard) => 1,
        Some(SignupChannel::Education) => 2,
        Some(SignupChannel::Research) => 3,
        Some(SignupChannel::Startup) => 4,
        Some(SignupChannel::Enterprise) => 5,
        Some(SignupChannel::Reseller) => 6,
        Some(SignupChannel::Other) => 7,
    }
}

fn channel_name(code: u64) -> &'static str {
    match code {
        1 => "standard",
        2 => "education",
        3 => "research",
        4 => "startup",
        5 => "enterprise",
        6 => "reseller",
        7 => "other",
        _ => "unknown",
    }
}

/// Payload of a sign-up bucket: bucket index and channel.
pub(crate) fn signup_payload(bucket: i64, channel: u64) -> u64 {
    ((bucket.max(0) as u64) << 4) | (channel & 0xf)
}

/// Payload of a frame band: band index and its 16 bits.
pub(crate) fn frame_payload(band: u32, simhash: u64) -> u64 {
    (u64::from(band) << 16) | ((simhash >> (16 * band)) & 0xffff)
}

/// Width of a rhythm gap's bin in natural log of seconds: gaps within about 10% share a bin.
pub(crate) const RHYTHM_BIN: f64 = 0.1;

/// Payload of a rhythm key: its gaps' bins, one byte each, first gap highest.
pub(crate) fn rhythm_payload(bins: &[u8]) -> u64 {
    bins.iter().fold(0u64, |acc, &b| (acc << 8) | u64::from(b))
}

/// A rhythm as written in outputs: its gaps, each the lower end of its bin, in seconds.
fn rhythm_text(payload: u64) -> String {
    let n = (64 - payload.leading_zeros()).div_ceil(8).max(1);
    (0..n)
        .rev()
        .map(|i| {
            let bin = (payload >> (8 * i)) & 0xff;
            format!("{:.0}s", (bin as f64 * RHYTHM_BIN).exp())
        })
        .collect::<Vec<_>>()
        .join(",")
}

/// Payload of a co-activity key: time bucket, band index and its 16 bits.
pub(crate) fn coact_payload(bucket: i64, band: u32, simhash: u64) -> u64 {
    ((bucket.max(0) as u64) << 18) | frame_payload(band, simhash)
}

/// The payload a raw value of a kind has, as [`AccountLinks`](super::AccountLinks) would store it.
///
/// Raw forms: `ip` an address; `subnet` any address inside it or `addr/len`; `asn` `13335` or
/// `AS13335`; `email_pattern` `shape@domain` (`aaaa.aaaaa99@example.com`); `payment`,
/// `client_fp`, `org` the text as exported. Kinds that are not text (`signup_burst`, `frame`,
/// `co_activity`) and unparseable addresses fall back to the text hash.
pub fn value_payload(kind: AttrKind, raw: &str) -> u64 {
    let raw = raw.trim();
    match kind {
        AttrKind::Ip => match raw.parse::<IpAddr>() {
            Ok(ip) => ip_payload(addr_bits(ip)),
            Err(_) => text_hash(raw.as_bytes()),
        },
        AttrKind::Subnet => {
            let addr = raw.split('/').next().unwrap_or(raw);
            match addr.parse::<IpAddr>() {
                Ok(ip) => subnet_payload(addr_bits(ip)),
                Err(_) => text_hash(raw.as_bytes()),
            }
        }
        AttrKind::Asn => {
            let digits = raw.trim_start_matches(['A', 'S', 'a', 's']);
            digits
                .parse::<u32>()
                .map(u64::from)
                .unwrap_or_else(|_| text_hash(raw.as_bytes()))
        }
        AttrKind::EmailPattern => match raw.rsplit_once('@') {
            Some((shape, domain)) => email_payload(domain, shape),
            None => email_payload(raw, ""),
        },
        _ => text_hash(raw.as_bytes()),
    }
}

/// `hmac-sha256:<key_id>:<first 16 hex>` of a raw personal value (see the module docs).
///
/// Equal to what a cluster's [`LinkEvidence::render`](super::LinkEvidence::render) writes for
/// the same value, so the two can be compared.
pub fn keyed_value(kind: AttrKind, raw: &str, key: &[u8], key_id: &str) -> String {
    keyed_payload(kind, value_payload(kind, raw), key, key_id)
}

/// The keyed form of a payload.
pub(crate) fn keyed_payload(kind: AttrKind, payload: u64, key: &[u8], key_id: &str) -> String {
    let mut mac = <Hmac<Sha256> as KeyInit>::new_from_slice(key)
        .unwrap_or_else(|_| unreachable!("HMAC accepts keys of any length"));
    mac.update(kind.code().as_bytes());
    mac.update(&[0]);
    mac.update(&payload.to_be_bytes());
    let tag = mac.finalize().into_bytes();
    let mut hex = String::with_capacity(16);
    for b in &tag[..8] {
        hex.push_str(&format!("{b:02x}"));
    }
    format!("hmac-sha256:{key_id}:{hex}")
}

/// How a value is written in outputs: keyed when personal, decoded when public.
pub(crate) fn render(kind: AttrKind, payload: u64, key: &[u8], key_id: &str) -> String {
    if kind.is_personal() {
        return keyed_payload(kind, payload, key, key_id);
    }
    let band = (payload >> 16) & 0x3;
    let bits = payload & 0xffff;
    match kind {
        AttrKind::Asn => format!("AS{payload}"),
        AttrKind::Frame => format!("band{band}:{bits:04x}"),
        AttrKind::SignupBurst => {
            let at = Timestamp((payload >> 4) as i64 * SIGNUP_BUCKET_MS);
            format!("{}@{}", channel_name(payload & 0xf), at.to_rfc3339())
        }
        AttrKind::CoActivity => {
            let at = Timestamp((payload >> 18) as i64 * COACT_BUCKET_MS);
            format!("band{band}:{bits:04x}@{}", at.to_rfc3339())
        }
        AttrKind::Rhythm => rhythm_text(payload),
        _ => keyed_payload(kind, payload, key, key_id),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hmac_sha256_matches_rfc_4231_case_2() {
        let mut mac = <Hmac<Sha256> as KeyInit>::new_from_slice(b"Jefe").unwrap();
        mac.update(b"what do ya want for nothing?");
        let tag = mac.finalize().into_bytes();
        assert_eq!(
            tag[..8],
            [0x5b, 0xdc, 0xc1, 0x46, 0xbf, 0x60, 0x75, 0x4e],
            "RFC 4231 test case 2"
        );
    }

    #[test]
    fn keyed_values_depend_on_key_and_kind_and_hide_the_raw_value() {
        let a = keyed_value(AttrKind::Ip, "203.0.113.7", b"k1", "2026a");
        assert!(a.starts_with("hmac-sha256:2026a:"), "{a}");
        assert_eq!(a.len(), "hmac-sha256:2026a:".len() + 16);
        assert!(!a.contains("203"));
        assert_ne!(a, keyed_value(AttrKind::Ip, "203.0.113.7", b"k2", "2026a"));
        assert_ne!(a, keyed_value(AttrKind::Ip, "203.0.113.8", b"k1", "2026a"));
        assert_ne!(
            keyed_value(AttrKind::Payment, "x", b"k", "i"),
            keyed_value(AttrKind::Org, "x", b"k", "i")
        );
        // Spellings of one address are one value.
        assert_eq!(
            keyed_value(AttrKind::Ip, "2001:db8::1", b"k", "i"),
            keyed_value(AttrKind::Ip, "2001:0db8:0:0::1", b"k", "i")
        );
        assert_eq!(
            keyed_value(AttrKind::Subnet, "198.51.100.0/24", b"k", "i"),
            keyed_value(AttrKind::Subnet, "198.51.100.77", b"k", "i")
        );
    }

    #[test]
    fn subnets_are_v4_slash_24_and_v6_slash_48() {
        let p = |s: &str| subnet_payload(addr_bits(s.parse().unwrap()));
        assert_eq!(p("198.51.100.1"), p("198.51.100.254"));
        assert_ne!(p("198.51.100.1"), p("198.51.101.1"));
        assert_eq!(p("2001:db8:aa:1::1"), p("2001:db8:aa:ffff::9"));
        assert_ne!(p("2001:db8:aa::1"), p("2001:db8:ab::1"));
        // An IPv4 address never meets an IPv6 prefix with the same bits.
        assert_ne!(p("0.0.0.1"), p("::1"));
        assert_ne!(
            ip_payload(addr_bits("10.0.0.1".parse().unwrap())),
            ip_payload(1)
        );
    }

    #[test]
    fn subnet_payloads_decode_to_their_prefix() {
        let p = |s: &str| subnet_of_payload(subnet_payload(addr_bits(s.parse().unwrap())));
        assert_eq!(
            p("198.51.100.77"),
            Some(("198.51.100.0".parse().unwrap(), 24))
        );
        assert_eq!(
            p("2001:db8:aa:1::1"),
            Some(("2001:db8:aa::".parse().unwrap(), 48))
        );
        assert_eq!(subnet_of_payload(13335), None);
    }

    #[test]
    fn public_values_are_decoded() {
        assert_eq!(render(AttrKind::Asn, 13335, b"", ""), "AS13335");
        assert_eq!(
            render(AttrKind::Frame, frame_payload(2, 0xabcd << 32), b"", ""),
            "band2:abcd"
        );
        let bucket = 1_770_000_000_000 / 900_000;
        let s = render(
            AttrKind::SignupBurst,
            signup_payload(bucket, channel_code(Some(SignupChannel::Education))),
            b"",
            "",
        );
        assert!(s.starts_with("education@2026-02-02T"), "{s}");
        let (kind, payload) = split(key(AttrKind::CoActivity, coact_payload(5, 1, 0xffff_0000)));
        assert_eq!(kind, AttrKind::CoActivity);
        assert_eq!(
            render(kind, payload, b"", ""),
            "band1:ffff@1970-01-01T00:50:00.000Z"
        );
    }
}
