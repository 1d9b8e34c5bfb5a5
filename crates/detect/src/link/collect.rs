//! What one account can be linked by, in fixed size: sign-up facts plus bounded sketches of
//! where it came from and which frames it sent when.

use std::net::IpAddr;

use dg_model::{Account, SignupChannel};

use super::kind::AttrKind;
use smallvec::SmallVec;

use super::sketch::{BottomK, TopK};
use super::value::{self, key};
use crate::account::sketch::{mix, FRAME_RADIUS};

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
/// Session rhythms kept per account, with exact counts (see `AccountLinks::rhythms`).
pub const TOP_RHYTHMS: usize = 4;
/// Gaps that make a session's rhythm.
pub const RHYTHM_GAPS: usize = 4;
/// Silence that ends a session.
pub const RHYTHM_SESSION_GAP_MS: i64 = 30 * 60_000;
/// Shortest gap of a rhythm: quicker requests are a client's bursts, not someone pausing.
pub const RHYTHM_MIN_GAP_MS: i64 = 3_000;
/// Least spread of a rhythm's gaps, in bins (about 30%): an even pace is a timer's, which
/// unrelated customers' scripts share.
pub const RHYTHM_MIN_SPREAD: u8 = 3;
/// Width of a sign-up burst bucket (each account also joins the nearer neighbouring bucket).
pub const SIGNUP_BUCKET_MS: i64 = 15 * 60_000;

/// One account's link attributes: 240 bytes inline, where an account with one value of each
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
    /// Rhythms of the account's sessions (see [`AttrKind::Rhythm`]) with their exact session
    /// counts. Only a rhythm seen again links: a person's pauses never repeat four times
    /// running, so two people share a once-seen rhythm by chance now and then (thousands of
    /// sessions meet at 10% a gap) but not a repeated one. When full, a newcomer takes the place
    /// of the rhythm seen once with the largest hash, if its own is smaller: the rhythms seen
    /// once are a consistent sample (as in a bottom-k sketch), so a script's rhythms with small
    /// hashes stay until they come again, on every account it drives. Space-Saving (`TopK`)
    /// would not do: its newcomers inherit the count they displace.
    rhythms: SmallVec<[(u64, u32); 1]>,
    /// The current session: its latest request, its gaps' bins so far (one byte each), and
    /// how many (`u8::MAX` once the session cannot give a rhythm).
    session_last: i64,
    session_bins: u32,
    session_len: u8,
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
        self.observe_rhythm(ts_ms);
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

    /// Notes a request's time in the current session's rhythm; the session's first
    /// `RHYTHM_GAPS` gaps, if they are a person's pauses and not an even pace, make its rhythm.
    fn observe_rhythm(&mut self, ts_ms: i64) {
        let gap = ts_ms - self.session_last;
        if self.requests == 1 || gap >= RHYTHM_SESSION_GAP_MS {
            self.session_last = ts_ms;
            self.session_bins = 0;
            self.session_len = 0;
            return;
        }
        if gap < 0 || usize::from(self.session_len) >= RHYTHM_GAPS {
            // Out of order, or the rhythm is taken (or spoilt): nothing more to note.
            self.session_last = self.session_last.max(ts_ms);
            return;
        }
        self.session_last = ts_ms;
        if gap < RHYTHM_MIN_GAP_MS {
            self.session_len = u8::MAX;
            return;
        }
        let bin = ((gap as f64 / 1000.0).ln() / value::RHYTHM_BIN).floor() as u8;
        self.session_bins = (self.session_bins << 8) | u32::from(bin);
        self.session_len += 1;
        if usize::from(self.session_len) == RHYTHM_GAPS {
            let bins = self.session_bins.to_be_bytes();
            let spread =
                bins.iter().max().copied().unwrap_or(0) - bins.iter().min().copied().unwrap_or(0);
            if spread >= RHYTHM_MIN_SPREAD {
                self.note_rhythm(key(AttrKind::Rhythm, value::rhythm_payload(&bins)));
            }
        }
    }

    /// Counts one session's rhythm (see `rhythms`).
    fn note_rhythm(&mut self, k: u64) {
        if let Some(slot) = self.rhythms.iter_mut().find(|(r, _)| *r == k) {
            slot.1 = slot.1.saturating_add(1);
        } else if self.rhythms.len() < TOP_RHYTHMS {
            self.rhythms.push((k, 1));
        } else if let Some(slot) = self
            .rhythms
            .iter_mut()
            .filter(|(_, n)| *n == 1)
            .max_by_key(|(r, _)| mix(*r))
        {
            if mix(k) < mix(slot.0) {
                *slot = (k, 1);
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

    /// The client fingerprint hash with the most requests (ties: the smaller hash), if any.
    pub fn main_client(&self) -> Option<u64> {
        self.clients
            .entries()
            .max_by_key(|&(c, n)| (n, std::cmp::Reverse(c)))
            .map(|(c, _)| c)
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

    /// The heaviest address as its link payload (the value an `ip` link carries), with its
    /// request count (an over-estimate when the account used more addresses than are kept).
    pub(crate) fn main_address(&self) -> Option<(u64, u32)> {
        self.ips
            .entries()
            .max_by_key(|&(a, c)| (c, std::cmp::Reverse(a)))
            .map(|(a, c)| (value::ip_payload(join_addr(a)), c))
    }

    /// The link payloads of the addresses kept for this account, with their request counts
    /// (over-estimates when the account used more addresses than are kept).
    pub(crate) fn address_counts(&self) -> impl Iterator<Item = (u64, u32)> + '_ {
        self.ips
            .entries()
            .map(|(a, c)| (value::ip_payload(join_addr(a)), c))
    }

    /// Forgets the declared org: the account is linked as one without (see
    /// `FarmParams::server_orgs`).
    pub(crate) fn clear_org(&mut self) {
        self.org = 0;
    }

    /// Forgets the payment instrument as link evidence (it is its org's: see
    /// `FarmParams::server_orgs`).
    pub(crate) fn clear_payment(&mut self) {
        self.payment = 0;
    }

    /// The link payloads of the addresses kept for this account.
    pub(crate) fn address_payloads(&self) -> impl Iterator<Item = u64> + '_ {
        self.address_counts().map(|(a, _)| a)
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
        out.extend(
            self.rhythms
                .iter()
                .filter(|(_, n)| *n >= 2)
                .map(|(r, _)| *r),
        );
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
        assert!(n <= 240, "{n}");
    }

    /// The rhythm keys an account gets from sessions with these gaps (seconds), an hour apart.
    fn rhythm_keys(sessions: &[&[f64]]) -> Vec<u64> {
        let mut l = AccountLinks::new();
        let ip: IpAddr = "192.0.2.1".parse().unwrap();
        for (k, gaps) in sessions.iter().enumerate() {
            let mut t = k as i64 * 3_600_000;
            l.observe(t, ip, None, 0, None);
            for g in *gaps {
                t += (g * 1000.0) as i64;
                l.observe(t, ip, None, 0, None);
            }
        }
        let mut out = Vec::new();
        l.keys(2, &mut out);
        out.retain(|&k| split(k).0 == AttrKind::Rhythm);
        out
    }

    #[test]
    fn a_replayed_rhythm_links_and_a_person_or_a_timer_does_not() {
        // The same recorded pauses, scaled by 1% (within their bins), in two sessions: one key.
        let replay: &[f64] = &[45.0, 131.0, 23.0, 88.0, 40.0];
        let scaled: Vec<f64> = replay.iter().map(|g| g * 1.01).collect();
        assert_eq!(rhythm_keys(&[replay, &scaled]).len(), 1);
        // Seen once: nothing (two people meet on one rhythm by chance now and then).
        assert!(rhythm_keys(&[replay]).is_empty());
        // A person's pauses never repeat.
        assert!(rhythm_keys(&[
            replay,
            &[12.0, 75.0, 140.0, 33.0],
            &[60.0, 21.0, 95.0, 180.0]
        ])
        .is_empty());
        // A timer's even pace is shared by unrelated scripts: not a rhythm.
        let even: &[f64] = &[30.0, 31.0, 30.5, 30.0];
        assert!(rhythm_keys(&[even, even, even]).is_empty());
        // Bursts under three seconds are a client's, not someone pausing.
        let burst: &[f64] = &[1.0, 40.0, 90.0, 20.0, 60.0];
        assert!(rhythm_keys(&[burst, burst]).is_empty());
        // A script replaying six recorded rhythms, three times each among a person's own
        // sessions, on two accounts: both keep some of them, the same ones.
        let recorded: Vec<Vec<f64>> = (0..6)
            .map(|r| {
                (0..4)
                    .map(|g| 5.0 * (1.0 + f64::from((r * 7 + g * 3) % 11)).powf(1.6))
                    .collect()
            })
            .collect();
        let account = |own: f64| {
            let mut sessions: Vec<Vec<f64>> = Vec::new();
            for round in 0..3 {
                for (i, r) in recorded.iter().enumerate() {
                    sessions.push(r.clone());
                    let x = own + f64::from(round * 6 + i as u32);
                    sessions.push(vec![4.0 + x, 300.0 - 2.0 * x, 9.0 + 3.0 * x, 60.0 + x]);
                }
            }
            let refs: Vec<&[f64]> = sessions.iter().map(Vec::as_slice).collect();
            rhythm_keys(&refs)
        };
        let (a, b) = (account(0.0), account(0.5));
        assert!(!a.is_empty(), "{a:?}");
        assert!(a.iter().any(|k| b.contains(k)), "{a:?} {b:?}");
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
