//! What one account can be linked by, in fixed size: sign-up facts plus bounded sketches of
//! where it came from and which frames it sent when.

use std::net::IpAddr;

use dg_model::{Account, SignupChannel};

use super::kind::AttrKind;
use super::sketch::{BottomK, TopK};
use super::value::{self, key};
use crate::account::sketch::FRAME_RADIUS;

/// Addresses kept per account (heaviest by request count).
pub const TOP_IPS: usize = 8;
/// Subnets kept per account.
pub const TOP_SUBNETS: usize = 8;
/// ASNs kept per account.
pub const TOP_ASNS: usize = 2;
/// Client fingerprints kept per account.
pub const TOP_CLIENTS: usize = 2;
/// Frames kept per account.
pub const TOP_FRAMES: usize = 4;
/// Co-activity keys kept per account (a bottom-k sample of all of them).
pub const COACT_K: usize = 32;
/// LSH bands of a 64-bit frame SimHash: frames within 3 bits always share a band.
pub const FRAME_BANDS: u32 = 4;
/// Width of a co-activity time bucket.
pub const COACT_BUCKET_MS: i64 = 10 * 60_000;
/// Width of a sign-up burst bucket (each account also joins the nearer neighbouring bucket).
pub const SIGNUP_BUCKET_MS: i64 = 15 * 60_000;

/// One account's link attributes: 224 bytes inline, where an account with one value of each
/// kind keeps them all; the sketches grow on the heap to their bounds as values accumulate
/// (about 700 bytes in all for an account that fills every one).
#[derive(Debug, Clone, PartialEq, Eq, Default, serde::Serialize, serde::Deserialize)]
pub struct AccountLinks {
    requests: u32,
    /// Sign-up time in epoch ms; meaningful when `has_signup`.
    created_at: i64,
    has_signup: bool,
    channel: u8,
    /// Payloads of static attributes; 0 = absent.
    payment: u64,
    email: u64,
    org: u64,
    /// Addresses as the two halves of their 128 bits ([`value::addr_bits`]): a `u128` key
    /// would align the whole struct to 16 bytes.
    ips: TopK<[u64; 2], TOP_IPS>,
    subnets: TopK<u64, TOP_SUBNETS>,
    asns: TopK<u32, TOP_ASNS>,
    clients: TopK<u64, TOP_CLIENTS>,
    frames: TopK<u64, TOP_FRAMES>,
    coact: BottomK<COACT_K>,
    /// Last co-activity key offered, so a burst of requests costs one comparison each.
    last_coact: u64,
}

/// The static link attributes of a sign-up record (40 bytes), so a scan can hold the records
/// of accounts not seen yet without their strings.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct SignupLinks {
    created_at: i64,
    channel: u8,
    /// Payloads; 0 = absent.
    payment: u64,
    email: u64,
    org: u64,
}

impl SignupLinks {
    /// What [`AccountLinks::set_account`] takes from `a`.
    pub fn of(a: &Account) -> Self {
        Self {
            created_at: a.created_at.millis(),
            channel: value::channel_code(a.signup_channel) as u8,
            payment: text_payload(a.payment_fingerprint.as_deref()),
            org: text_payload(a.org_id.as_deref()),
            email: match (a.email_domain.as_deref(), a.email_local_shape.as_deref()) {
                (Some(d), shape) if !d.trim().is_empty() => {
                    value::email_payload(d, shape.unwrap_or(""))
                }
                _ => 0,
            },
        }
    }
}

impl AccountLinks {
    /// Empty attributes.
    pub fn new() -> Self {
        Self::default()
    }

    /// Takes the static attributes of the sign-up record.
    pub fn set_account(&mut self, a: &Account) {
        self.set_signup(&SignupLinks::of(a));
    }

    /// The sign-up attributes set by [`set_signup`](Self::set_signup), if any: what an evicted
    /// account's record gets back.
    pub fn signup(&self) -> Option<SignupLinks> {
        self.has_signup.then_some(SignupLinks {
            created_at: self.created_at,
            channel: self.channel,
            payment: self.payment,
            email: self.email,
            org: self.org,
        })
    }

    /// Takes the static attributes of a sign-up record reduced by [`SignupLinks::of`].
    pub fn set_signup(&mut self, s: &SignupLinks) {
        self.created_at = s.created_at;
        self.has_signup = true;
        self.channel = s.channel;
        self.payment = s.payment;
        self.org = s.org;
        self.email = s.email;
    }

    /// Folds one request: when, from where (and its ASN if known), which frame (SimHash, or 0
    /// when the request had no recognisable frame) and which client. No allocation.
    pub fn observe(
        &mut self,
        ts_ms: i64,
        ip: IpAddr,
        asn: Option<u32>,
        frame_simhash: u64,
        client_fp: Option<&str>,
    ) {
        self.requests = self.requests.saturating_add(1);
        let a = value::addr_bits(ip);
        self.ips.insert(split_addr(a));
        self.subnets.insert(value::subnet_payload(a));
        if let Some(asn) = asn {
            self.asns.insert(asn);
        }
        if let Some(fp) = client_fp.filter(|s| !s.is_empty()) {
            self.clients.insert(value::text_hash(fp.as_bytes()));
        }
        if frame_simhash != 0 {
            self.frames
                .insert_by(frame_simhash, |a, b| (a ^ b).count_ones() <= FRAME_RADIUS);
            // One band per bucket, rotating: one key per request, and frames that agree on
            // only one band still meet in a quarter of their shared buckets.
            let bucket = ts_ms.div_euclid(COACT_BUCKET_MS);
            let band = bucket.rem_euclid(i64::from(FRAME_BANDS)) as u32;
            let k = key(
                AttrKind::CoActivity,
                value::coact_payload(bucket, band, frame_simhash),
            );
            if k != self.last_coact {
                self.last_coact = k;
                self.coact.insert(k);
            }
        }
    }

    /// Requests observed.
    pub fn requests(&self) -> u32 {
        self.requests
    }

    /// Keys in the co-activity sketch.
    pub(crate) fn coact_len(&self) -> u8 {
        self.coact.keys().len() as u8
    }

    /// Hashes of the heaviest client fingerprints.
    pub fn clients(&self) -> impl Iterator<Item = u64> + '_ {
        self.clients.entries().map(|(c, _)| c)
    }

    /// Sign-up time (epoch ms), when a sign-up record was given.
    pub fn created_at(&self) -> Option<i64> {
        self.has_signup.then_some(self.created_at)
    }

    /// The heaviest addresses with their request counts (over-estimates), for reports.
    pub fn ips(&self) -> impl Iterator<Item = (IpAddr, u32)> + '_ {
        self.ips.entries().map(|(a, c)| {
            let a = join_addr(a);
            let v6 = std::net::Ipv6Addr::from(a);
            let ip = v6
                .to_ipv4_mapped()
                .map(IpAddr::V4)
                .unwrap_or(IpAddr::V6(v6));
            (ip, c)
        })
    }

    /// Appends the keys of the addresses and subnets this account can be linked by.
    pub(crate) fn network_keys(&self, out: &mut Vec<u64>) {
        for (a, _) in self.ips.entries() {
            out.push(key(AttrKind::Ip, value::ip_payload(join_addr(a))));
        }
        for (s, _) in self.subnets.entries() {
            out.push(key(AttrKind::Subnet, s));
        }
    }

    /// Appends the keys of every value this account can be linked by (unsorted, may repeat).
    pub(crate) fn keys(&self, min_frame_count: u32, out: &mut Vec<u64>) {
        self.network_keys(out);
        for (asn, _) in self.asns.entries() {
            out.push(key(AttrKind::Asn, u64::from(asn)));
        }
        for (c, _) in self.clients.entries() {
            out.push(key(AttrKind::ClientFingerprint, c));
        }
        for (f, n) in self.frames.entries() {
            if n >= min_frame_count {
                for band in 0..FRAME_BANDS {
                    out.push(key(AttrKind::Frame, value::frame_payload(band, f)));
                }
            }
        }
        out.extend_from_slice(self.coact.keys());
        if self.payment != 0 {
            out.push(key(AttrKind::Payment, self.payment));
        }
        if self.email != 0 {
            out.push(key(AttrKind::EmailPattern, self.email));
        }
        if self.org != 0 {
            out.push(key(AttrKind::Org, self.org));
        }
        if self.has_signup {
            // The bucket and its nearer neighbour, so a burst straddling a boundary still meets.
            let w = SIGNUP_BUCKET_MS;
            let b = self.created_at.div_euclid(w);
            let other = if self.created_at.rem_euclid(w) * 2 < w {
                b - 1
            } else {
                b + 1
            };
            let ch = u64::from(self.channel);
            out.push(key(AttrKind::SignupBurst, value::signup_payload(b, ch)));
            out.push(key(AttrKind::SignupBurst, value::signup_payload(other, ch)));
        }
    }

    /// The sign-up channel, when given.
    pub fn channel(&self) -> Option<SignupChannel> {
        match self.channel {
            1 => Some(SignupChannel::Standard),
            2 => Some(SignupChannel::Education),
            3 => Some(SignupChannel::Research),
            4 => Some(SignupChannel::Startup),
            5 => Some(SignupChannel::Enterprise),
            6 => Some(SignupChannel::Reseller),
            7 => Some(SignupChannel::Other),
            _ => None,
        }
    }
}

fn split_addr(a: u128) -> [u64; 2] {
    [(a >> 64) as u64, a as u64]
}

fn join_addr([hi, lo]: [u64; 2]) -> u128 {
    (u128::from(hi) << 64) | u128::from(lo)
}

fn text_payload(s: Option<&str>) -> u64 {
    match s.map(str::trim) {
        Some(s) if !s.is_empty() => value::text_hash(s.as_bytes()),
        _ => 0,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::link::value::split;
    use dg_model::Timestamp;

    #[test]
    fn account_links_of_a_light_account_are_small() {
        let n = std::mem::size_of::<AccountLinks>();
        assert!(n <= 224, "{n}");
    }

    #[test]
    fn straddling_sign_ups_share_a_bucket() {
        let acct = |ms: i64| {
            let mut l = AccountLinks::new();
            l.set_account(&Account {
                account_id: "a".into(),
                created_at: Timestamp(ms),
                org_id: None,
                email_domain: None,
                email_local_shape: None,
                payment_fingerprint: None,
                billing_country: None,
                signup_channel: Some(SignupChannel::Standard),
                verified: None,
            });
            let mut k = Vec::new();
            l.keys(2, &mut k);
            k
        };
        let boundary = 1_770_000_000_000 / 900_000 * 900_000 + 900_000;
        let a = acct(boundary - 60_000);
        let b = acct(boundary + 60_000);
        assert!(a.iter().any(|k| b.contains(k)));
        let far = acct(boundary + 40 * 60_000);
        assert!(!a.iter().any(|k| far.contains(k)));
    }

    #[test]
    fn near_identical_frames_share_a_band_and_one_off_frames_do_not_count() {
        let mut l = AccountLinks::new();
        let ip: IpAddr = "192.0.2.1".parse().unwrap();
        let f = 0x1234_5678_9abc_def0u64;
        l.observe(0, ip, Some(64500), f, Some("sdk"));
        l.observe(1, ip, Some(64500), f ^ 0b101, Some("sdk"));
        l.observe(2, ip, None, 0xdead_beef, None);
        let mut k = Vec::new();
        l.keys(2, &mut k);
        let frames: Vec<_> = k
            .iter()
            .map(|&k| split(k))
            .filter(|(kind, _)| *kind == AttrKind::Frame)
            .collect();
        assert_eq!(frames.len(), FRAME_BANDS as usize);
        assert_eq!(l.ips().next(), Some((ip, 3)));
        assert_eq!(l.requests(), 3);
    }
}
