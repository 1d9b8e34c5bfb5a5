//! Network segments with more harvesters than their ordinary users explain.
//!
//! A farm can give every account its own card, its own address and a common client, spread
//! them over months of sign-ups and keep each one slow: no pair is linked, no wave stands out
//! and no account takes enough to be judged alone. It still has to route the accounts
//! somewhere, and a farm routes them through networks it can buy by the thousand: mobile
//! carriers, residential proxies, consumer VPNs, Tor, small hosting providers. Ordinary
//! customers on those networks mostly chat; a farm's accounts mostly ask for large output
//! caps or extended reasoning, because that is what they are paid to take.
//!
//! Each *segment* is one such network kind. An account is in it when at least `share_min` of
//! its requests come from that kind (the kind carrying most, if several do), and it is *active* from `active_min` requests on (the
//! throwaway cohort judges briefer accounts). A *match* sends at least `hungry_min` of its
//! requests with an output cap of 8k tokens or more, with extended reasoning, or taking a long
//! single-shot answer (`RequestFacts::long_answer`: a client that sets no cap still takes what
//! it came for) — the shape of the traffic, never its wording. How many matches the segment's ordinary users explain is
//! estimated from its non-matches, as for the cohort and the wave: if a share `b` of ordinary
//! users match, the `others` bring `others × b / (1 − b)` matches with them. `b` is measured on
//! the active accounts of the ordinary networks (home and business lines, campuses, company
//! networks, unknown ranges), with a floor. `purity = 1 − expected / matches` is the chance
//! that a match is a farmed account, and a match starts from it instead of the population's
//! prior, scaled down for each mark of a real customer (passed verification, an account
//! established long before it was used).
//!
//! A segment can also hold ordinary users who ask for long answers more than users elsewhere
//! (developers running coding agents on cloud machines, say): then the excess is real and
//! innocent. What sets a farm apart is that its accounts are newer than the customers around
//! them: created for the campaign, not years before it. So the matches must be *newer*: at
//! least `younger_min` of those with a sign-up record must have come to their first request
//! sooner after signing up than the median ordinary user did (ordinary users would be near
//! half). The matches their cluster already flags count here: the age describes the segment's
//! accounts, and what the linker happened to catch must not move it. Without sign-up records
//! for at least half the matches the test is skipped (logs alone say nothing of age). Farms
//! that buy aged accounts pass this test: that is the price.
//!
//! Identified customers (`features::identified`: a verified org, or an academic sign-up's org
//! on its campus network) and accounts their linked
//! cluster already flags count for neither side: the first answer under their own names, the
//! second are explained by their cluster (a cluster that leaves its members at `allow`
//! explains nothing: a farm split into small linked teams is still counted). Mobile carriers put many unrelated phones behind
//! one address and hosting ranges carry app backends, which is why the test is a count of
//! shapes over the whole segment and never a shared address.

use serde::{Deserialize, Serialize};

use crate::cohort::{excess, starting_logit};
use crate::wave::WaveVerdict;
use dg_model::NetKind;

/// The reason code of segment evidence (documented in docs/reasons.md).
pub const CODE: &str = "farm_segment_excess";

/// The network kinds that form segments: bought by the thousand, and not a customer's own
/// network (home lines, campuses and company networks are where ordinary users are).
pub const SEGMENTS: [NetKind; 5] = [
    NetKind::Mobile,
    NetKind::Hosting,
    NetKind::Vpn,
    NetKind::ResidentialProxy,
    NetKind::Tor,
];

/// The bit of a provider key ([`provider_key`]) that marks a hosting provider's ASN (clear: an
/// unlisted block).
const PROVIDER_HOSTING: u16 = 0x8000;

/// The provider segment a request's address falls in, as a key (0: none): a hosting
/// provider's ASN, or for an address the range feed does not list, its allocation (IPv4 /16,
/// IPv6 /32, the size a registry hands a provider). A kind's segment pools every hosting
/// provider of the feed, and addresses it does not know sit with the ordinary networks; a
/// farm renting its machines from one small cloud, or from a block nobody listed, is most of
/// that provider's active accounts while a fraction of the kind's. Mobile carriers, consumer
/// VPNs, proxies and Tor are not split this way: people choose them as a farm does, and a
/// contest's entrants on one consumer VPN would be most of it (`outside_eleven`).
///
/// A 15-bit hash and a tag bit, so that an account's provider and its votes take the four
/// bytes of one counter (a light account's state stays at its size): two providers that meet
/// in a hash are counted as one, which mixes their accounts and so dilutes a farm rather than
/// making one.
pub fn provider_key(range: Option<&dg_model::IpRange>, ip: std::net::IpAddr) -> u16 {
    let (tag, value) = match range {
        Some(r) if r.kind == NetKind::Hosting => (PROVIDER_HOSTING, u64::from(r.asn)),
        Some(_) => return 0,
        None => match ip.to_canonical() {
            std::net::IpAddr::V4(v4) => (0, u64::from(u32::from(v4) >> 16)),
            std::net::IpAddr::V6(v6) => (0, (1 << 40) | (u128::from(v6) >> 96) as u64),
        },
    };
    tag | (crate::account::sketch::mix(value) as u16 & 0x7fff).max(1)
}

/// The network kind of a provider key's addresses (`None`: an unlisted block).
pub fn provider_kind(key: u16) -> Option<NetKind> {
    (key & PROVIDER_HOSTING != 0).then_some(NetKind::Hosting)
}

/// How a provider segment is named in the sentence behind the evidence.
pub fn provider_name(key: u16) -> &'static str {
    match provider_kind(key) {
        Some(_) => "one hosting provider (one ASN)",
        None => "one address block no range feed lists (one IPv4 /16 or IPv6 /32)",
    }
}

/// The knobs of segment scoring (`[segment]` in the weights file; every key optional).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct SegmentParams {
    /// Least share of an account's requests from a network kind for it to be in that segment
    /// (of the kinds reaching it, the one carrying most). A quarter, not a majority: a farm
    /// that mixes bought exits with home lines, or whose exits the range feed knows only in
    /// part, still routes a large share through the networks it buys.
    pub share_min: f64,
    /// Least share of an account's requests from exits the range feed lists as residential
    /// proxies for it to be in that segment, whatever else carries its traffic. A feed lists
    /// a proxy network's exits one by one, and only those it has seen: a farm on such a
    /// network shows a part of its traffic on listed exits (a tenth to a half of an account's,
    /// on outside data sets) and the rest on the home and mobile lines they hide in. A listed
    /// exit is also the most specific fact about a request: the carrier's or ISP's kind says
    /// where millions of phones and homes are, the listing that this address sells its line.
    pub proxy_share_min: f64,
    /// An account is active (could have matched) from this many requests on.
    pub active_min: u32,
    /// Least share of a match's requests with an output cap ≥ 8k, extended reasoning or a long
    /// single-shot answer.
    pub hungry_min: f64,
    /// Least share of ordinary users assumed to match, whatever the scan measures.
    pub baseline_floor: f64,
    /// Most share of ordinary users matching for the test to say anything: a shape most
    /// ordinary users have (an app whose default cap is 8k, say) singles nobody out, and the
    /// few non-matches it leaves in a segment are too few to estimate its ordinary users by.
    pub baseline_max: f64,
    /// Fewest matches in a segment for any evidence.
    pub min_matches: u64,
    /// Least purity for any evidence, and the purity the evidence is capped at.
    pub purity_min: f64,
    pub purity_cap: f64,
    /// Least share of the matches with a sign-up record that are newer (less time from
    /// sign-up to first request) than the median account of the ordinary networks.
    pub younger_min: f64,
    /// Least purity at which the evidence counts as farm evidence (two families, enough to
    /// flag alone); below it, it is its own family (`segment`) and the account must show a
    /// family of its own too. At purity `p` about `1 − p` of the matches are ordinary users
    /// swept up with the farm: acting on the segment alone is kept for segments where that is
    /// at most one in twenty.
    pub alone_purity: f64,
    /// Standard errors by which both counts behind the purity (the share of look-alikes
    /// measured on the ordinary networks, and the segment's other accounts) are moved towards
    /// the ordinary before it is held against `alone_purity` (0: the point estimate). Standing
    /// alone flags every match on the segment's word only, so it must hold with the sampling
    /// error of its two counts, not just at their central values.
    pub alone_margin: f64,
    /// Most log-odds a match gets.
    pub max_logit: f64,
    /// Least share of an account's requests through one provider ([`provider_key`]) for it
    /// to be in that provider's segment (counted by majority vote, so an account is in when
    /// its provider carries at least three quarters of its requests, and may be from one
    /// half).
    pub provider_share_min: f64,
    /// Least share of a provider segment's matches whose timing is a machine's (busy in
    /// their quietest hours or keeping clockwork gaps). Split by provider, a class, a
    /// contest's entrants or a team that found the same cheap host can be most of it, and
    /// they sleep; a farm's scheduler does not.
    pub provider_automated_min: f64,
    /// Whether provider segments are judged at all (their evidence never stands alone: see
    /// `Scanner::segment_extra`).
    pub providers: bool,
}

impl SegmentParams {
    /// Least share of an account's requests through a network kind for it to be in that
    /// kind's segment.
    pub fn share_min_of(&self, k: NetKind) -> f64 {
        if k == NetKind::ResidentialProxy {
            self.proxy_share_min
        } else {
            self.share_min
        }
    }
}

impl Default for SegmentParams {
    fn default() -> Self {
        Self {
            share_min: 0.25,
            proxy_share_min: 0.1,
            active_min: 10,
            hungry_min: 0.5,
            baseline_floor: 0.1,
            baseline_max: 0.5,
            min_matches: 30,
            purity_min: 0.8,
            purity_cap: 0.9,
            younger_min: 0.75,
            alone_purity: 0.95,
            alone_margin: 2.0,
            max_logit: 12.0,
            provider_share_min: 0.5,
            provider_automated_min: 0.5,
            providers: true,
        }
    }
}

/// Counts over one segment.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize, Deserialize)]
pub struct SegmentFacts {
    /// Active matches in the segment, not explained by a cluster.
    pub matches: u64,
    /// Active accounts in the segment that do not match.
    pub others: u64,
    /// Share of matches among the active accounts of the ordinary networks.
    pub measured: f64,
    /// How many active accounts of the ordinary networks that share was measured on.
    pub reference: u64,
    /// Matches its cluster already flags (counted for neither side of the excess, but for
    /// the age test).
    #[serde(default)]
    pub explained: u64,
    /// Matches with a sign-up record, and those among them newer than the median account
    /// with a record on the ordinary networks; over the matches and the explained ones.
    pub dated: u64,
    pub younger: u64,
    /// Matched without counting caps of 8k: most ordinary users sent them (see
    /// `SegmentParams::baseline_max`), so only longer caps, extended reasoning and long
    /// answers taken tell a match.
    #[serde(default)]
    pub strict: bool,
    /// Matches with at least one mark of a real customer (passed verification; established
    /// long before the first request), and with both.
    #[serde(default)]
    pub marked: u64,
    #[serde(default)]
    pub marked_twice: u64,
    /// Matches whose timing is a machine's (`features::automation` ≥ ½); counted for provider
    /// segments only (see `SegmentParams::provider_automated_min`).
    #[serde(default)]
    pub automated: u64,
}

impl SegmentFacts {
    /// Whether the matches are newer than ordinary users (or too few are dated to tell).
    pub fn newer(&self, p: &SegmentParams) -> bool {
        2 * self.dated < self.matches + self.explained
            || self.younger as f64 >= p.younger_min * self.dated as f64
    }
}

/// One segment's verdict: the log-odds a match starts from, and why (the wave's fields).
pub type SegmentVerdict = WaveVerdict;

/// Judges a segment; `bias` is the account model's, so a match starts at `purity`.
pub fn judge(p: &SegmentParams, f: &SegmentFacts, bias: f64) -> SegmentVerdict {
    let baseline = f.measured.max(p.baseline_floor).min(0.95);
    let (expected, purity) = excess(f.matches, f.others as f64, baseline);
    let strong = f.matches >= p.min_matches
        && purity >= p.purity_min
        && f.newer(p)
        && f.measured <= p.baseline_max;
    let logit = if strong {
        starting_logit(purity, p.purity_cap, bias, p.max_logit)
    } else {
        0.0
    };
    let v = SegmentVerdict {
        logit,
        purity,
        expected,
        baseline,
    };
    // Counted on the narrow shape (long answers, caps of 16k, reasoning), a match's own
    // harvest evidence is the shape again, so it cannot be the second family a segment below
    // `alone_purity` needs: such a segment acts only when it stands alone.
    if f.strict && !stands_alone(p, f, &v) {
        return SegmentVerdict { logit: 0.0, ..v };
    }
    v
}

/// The segment's purity with its two counts moved `alone_margin` standard errors towards the
/// ordinary: the share of look-alikes its verdict assumed up by its binomial error over the
/// reference accounts, the other accounts up by their Poisson error. What `alone_purity` is
/// held against.
pub fn confident_purity(p: &SegmentParams, f: &SegmentFacts, v: &SegmentVerdict) -> f64 {
    confident_excess(p, f, v).1
}

/// The look-alikes expected among the matches and the purity, both with the counts moved
/// towards the ordinary (see [`confident_purity`]).
fn confident_excess(p: &SegmentParams, f: &SegmentFacts, v: &SegmentVerdict) -> (f64, f64) {
    let b = v.baseline;
    let n = f.reference.max(1) as f64;
    let b_high = (b + p.alone_margin * (b * (1.0 - b) / n).sqrt()).min(0.95);
    let others = f.others as f64;
    // `others + 1` under the root: a count of zero is still uncertain (its Poisson error is
    // not zero), and each other stands for `b / (1 − b)` look-alikes.
    let others_high = others + p.alone_margin * (others + 1.0).sqrt();
    excess(f.matches, others_high, b_high)
}

/// How many of a match's `marks` (each halving the segment's evidence) count: all or none. A
/// mark says the match may be one of the ordinary look-alikes, who are real customers and so
/// the most marked: at worst they are all among the matches with as many marks as this one.
/// In a segment that stands alone, where even then they would be under `1 − alone_purity` of
/// those matches (the look-alikes expected counted towards the ordinary), the marks tell
/// nothing: a farm of aged or verified accounts is still a farm where no one else is.
/// Elsewhere every mark halves.
pub fn counted_marks(p: &SegmentParams, f: &SegmentFacts, v: &SegmentVerdict, marks: i32) -> i32 {
    if marks <= 0 {
        return 0;
    }
    if !stands_alone(p, f, v) {
        return marks;
    }
    let (expected, _) = confident_excess(p, f, v);
    let as_marked = if marks >= 2 { f.marked_twice } else { f.marked };
    if expected > (1.0 - p.alone_purity) * as_marked as f64 {
        marks
    } else {
        0
    }
}

/// Whether a judged segment's evidence stands alone (counts as farm evidence).
pub fn stands_alone(p: &SegmentParams, f: &SegmentFacts, v: &SegmentVerdict) -> bool {
    v.logit > 0.0 && confident_purity(p, f, v) >= p.alone_purity
}

/// How a network kind is named in the sentence behind the evidence.
fn segment_name(k: NetKind) -> &'static str {
    match k {
        NetKind::Mobile => "mobile carriers",
        NetKind::Hosting => "hosting providers",
        NetKind::Vpn => "consumer VPNs",
        NetKind::ResidentialProxy => "residential proxies",
        NetKind::Tor => "Tor",
        NetKind::Isp | NetKind::Education | NetKind::Enterprise => "ordinary networks",
    }
}

/// The sentence behind a match's evidence.
pub fn detail(p: &SegmentParams, k: NetKind, f: &SegmentFacts, v: &SegmentVerdict) -> String {
    detail_named(p, p.share_min_of(k), segment_name(k), f, v)
}

/// The detail of a provider segment's evidence (see [`provider_key`]).
pub fn provider_detail(
    p: &SegmentParams,
    key: u16,
    f: &SegmentFacts,
    v: &SegmentVerdict,
) -> String {
    format!(
        "{}; {} of the matches run on a scheduler's clock",
        detail_named(p, p.provider_share_min, provider_name(key), f, v),
        f.automated
    )
}

/// Whether a provider segment's matches are run the way a farm's are (see
/// [`SegmentParams::provider_automated_min`]).
pub fn provider_automated(p: &SegmentParams, f: &SegmentFacts) -> bool {
    f.matches > 0 && f.automated as f64 >= p.provider_automated_min * f.matches as f64
}

fn detail_named(
    p: &SegmentParams,
    share: f64,
    name: &str,
    f: &SegmentFacts,
    v: &SegmentVerdict,
) -> String {
    format!(
        "one of {} accounts that send at least {:.0}% of their requests through {} and at least {:.0}% with {}, extended reasoning or long single-shot answers; the {} other active accounts there explain about {:.0} of them if {:.1}% of ordinary users look alike ({:.1}% of {} accounts on ordinary networks do); {} of the {} with a sign-up record (the matches and the {} their clusters already flag) came to their first request sooner than the median ordinary user; {} of the matches are verified or signed up long before their first request{}",
        f.matches,
        share * 100.0,
        name,
        p.hungry_min * 100.0,
        if f.strict {
            "output caps ≥ 16k (most ordinary users send caps of 8k)"
        } else {
            "output caps ≥ 8k"
        },
        f.others,
        v.expected,
        v.baseline * 100.0,
        f.measured * 100.0,
        f.reference,
        f.younger,
        f.dated,
        f.explained,
        f.marked,
        if f.marked > 0 && counted_marks(p, f, v, 1) == 0 {
            ", too many for the look-alikes expected to hide among them: such a mark does not halve the evidence here"
        } else {
            ""
        },
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cohort::logit;

    const BIAS: f64 = -8.3;

    /// 290 slow accounts on mobile carriers asking for long answers; 30 ordinary phones.
    fn mobile_farm() -> SegmentFacts {
        SegmentFacts {
            matches: 290,
            others: 30,
            measured: 0.04,
            reference: 1_500,
            dated: 290,
            younger: 288,
            ..SegmentFacts::default()
        }
    }

    /// A hosting segment seen on an outside data set: 255 matches, 52 other accounts, a fifth
    /// of ordinary users alike (purity 0.951 at the point estimate, 0.93 two errors down).
    fn hosting_segment() -> SegmentFacts {
        SegmentFacts {
            matches: 255,
            others: 52,
            measured: 0.195,
            reference: 1_539,
            dated: 255,
            younger: 238,
            ..SegmentFacts::default()
        }
    }

    #[test]
    fn a_mobile_farm_among_phone_users_is_an_excess() {
        let f = mobile_farm();
        let v = judge(&SegmentParams::default(), &f, BIAS);
        assert!(v.purity > 0.95, "{v:?}");
        // Capped: a match starts at 0.9 before its own evidence.
        assert!((v.logit + BIAS - logit(0.9)).abs() < 1e-9, "{v:?}");
    }

    #[test]
    fn a_segment_stands_alone_only_when_its_purity_holds_within_its_sampling_error() {
        let p = SegmentParams::default();
        // The mobile farm: 0.99 at the point estimate and still 0.98 two errors down.
        let farm = mobile_farm();
        assert!(stands_alone(&p, &farm, &judge(&p, &farm, BIAS)));
        // A hosting segment seen on an outside data set: 255 matches, 52 other accounts and a
        // fifth of ordinary users alike put the point estimate at 0.951, but 21 of the matches
        // were developers on cloud machines (0.92). Two errors down it is 0.93: evidence in
        // its own family, not alone.
        let hosting = hosting_segment();
        let v = judge(&p, &hosting, BIAS);
        assert!(v.purity > p.alone_purity && v.logit > 0.0, "{v:?}");
        assert!(!stands_alone(&p, &hosting, &v));
        let (low, high) = (0.92, 0.94);
        assert!((low..high).contains(&confident_purity(&p, &hosting, &v)));
        // With no margin, the point estimate decides as before.
        let point = SegmentParams {
            alone_margin: 0.0,
            ..p
        };
        assert!(stands_alone(&point, &hosting, &v));
    }

    #[test]
    fn marks_count_for_nothing_where_the_look_alikes_could_not_hide_among_the_marked() {
        let p = SegmentParams::default();
        // The mobile farm: about 2.2 look-alikes expected two errors towards the ordinary.
        // With 200 of its 290 matches aged or verified, all of them together would be about 1%
        // of the marked: a mark tells nothing there.
        let farm = SegmentFacts {
            marked: 200,
            marked_twice: 30,
            ..mobile_farm()
        };
        let v = judge(&p, &farm, BIAS);
        assert_eq!(counted_marks(&p, &farm, &v, 0), 0);
        assert_eq!(counted_marks(&p, &farm, &v, 1), 0);
        // Among the 30 with both marks they could be 7%: such a match keeps both.
        assert_eq!(counted_marks(&p, &farm, &v, 2), 2);
        // A farm of unmarked accounts where 20 marked users stand: they could all be the
        // look-alikes (11%), and each mark halves.
        let few = SegmentFacts {
            marked: 20,
            marked_twice: 5,
            ..farm
        };
        let v = judge(&p, &few, BIAS);
        assert_eq!(counted_marks(&p, &few, &v, 1), 1);
        assert_eq!(counted_marks(&p, &few, &v, 2), 2);
        // A segment that does not stand alone keeps every mark, however many are marked.
        let hosting = SegmentFacts {
            marked: 250,
            marked_twice: 200,
            ..hosting_segment()
        };
        let v = judge(&p, &hosting, BIAS);
        assert!(v.logit > 0.0 && !stands_alone(&p, &hosting, &v));
        assert_eq!(counted_marks(&p, &hosting, &v, 2), 2);
    }

    #[test]
    fn ordinary_heavy_users_on_a_vpn_are_no_excess() {
        // A busy VPN segment: a few developers with large caps among many chatting users.
        let f = SegmentFacts {
            matches: 40,
            others: 600,
            measured: 0.05,
            reference: 3_000,
            ..SegmentFacts::default()
        };
        assert_eq!(judge(&SegmentParams::default(), &f, BIAS).logit, 0.0);
        // Where ordinary users often ask for long answers, the same excess is no evidence.
        let f = SegmentFacts {
            matches: 150,
            others: 200,
            measured: 0.4,
            reference: 3_000,
            ..SegmentFacts::default()
        };
        assert_eq!(judge(&SegmentParams::default(), &f, BIAS).logit, 0.0);
    }

    #[test]
    fn a_shape_most_ordinary_users_have_singles_nobody_out() {
        // An app whose default cap is 8k: 96% of ordinary users match, and a VPN segment of
        // heavy users leaves no other account to estimate its ordinary users by.
        let p = SegmentParams::default();
        let f = SegmentFacts {
            matches: 250,
            others: 0,
            measured: 0.96,
            reference: 940,
            dated: 250,
            younger: 206,
            strict: false,
            explained: 0,
            marked: 0,
            marked_twice: 0,
            automated: 0,
        };
        assert_eq!(judge(&p, &f, BIAS).logit, 0.0);
        // Even below `baseline_max`, no other account at all is not proof of none: zero is a
        // count with an error too.
        // 35 matches and not one other account where 45% of ordinary users match: the point
        // estimate is 1, but two others would be no surprise, and they would stand for about
        // two look-alikes: evidence, not enough to stand alone.
        let f = SegmentFacts {
            matches: 35,
            measured: 0.45,
            dated: 35,
            younger: 30,
            ..f
        };
        let v = judge(&p, &f, BIAS);
        assert!(v.logit > 0.0 && v.purity == 1.0, "{v:?}");
        assert!(
            !stands_alone(&p, &f, &v),
            "{}",
            confident_purity(&p, &f, &v)
        );
    }

    #[test]
    fn a_segment_counted_on_the_narrow_shape_acts_only_alone() {
        let p = SegmentParams::default();
        // Pure: stands alone, so it acts as on the usual shape.
        let pure = SegmentFacts {
            matches: 114,
            others: 1,
            measured: 0.06,
            reference: 5_000,
            dated: 114,
            younger: 114,
            strict: true,
            explained: 0,
            marked: 0,
            marked_twice: 0,
            automated: 0,
        };
        let v = judge(&p, &pure, BIAS);
        assert!(v.logit > 0.0 && stands_alone(&p, &pure, &v), "{v:?}");
        // 0.88: the usual shape would make it a family of its own; the narrow one says nothing
        // (the matches' own harvest evidence would be the shape again).
        let mixed = SegmentFacts {
            matches: 157,
            others: 93,
            measured: 0.168,
            reference: 940,
            dated: 157,
            younger: 154,
            strict: true,
            explained: 0,
            marked: 0,
            marked_twice: 0,
            automated: 0,
        };
        assert_eq!(judge(&p, &mixed, BIAS).logit, 0.0);
        let usual = SegmentFacts {
            strict: false,
            ..mixed
        };
        assert!(judge(&p, &usual, BIAS).logit > 0.0);
    }

    #[test]
    fn a_few_matches_are_no_excess() {
        let f = SegmentFacts {
            matches: 20,
            others: 0,
            measured: 0.0,
            reference: 3_000,
            ..SegmentFacts::default()
        };
        assert_eq!(judge(&SegmentParams::default(), &f, BIAS).logit, 0.0);
    }

    #[test]
    fn the_floor_holds_when_ordinary_users_never_match() {
        // 100 others at the floor of 10% bring 11 matches with them: 60 matches are 0.81 pure.
        let f = SegmentFacts {
            matches: 60,
            others: 100,
            measured: 0.0,
            reference: 3_000,
            ..SegmentFacts::default()
        };
        let v = judge(&SegmentParams::default(), &f, BIAS);
        assert!((v.expected - 100.0 / 9.0).abs() < 1e-9, "{v:?}");
        assert!(v.logit > 0.0, "{v:?}");
    }

    #[test]
    fn a_segment_of_ordinary_heavy_users_is_no_farm() {
        // Developers running agents on cloud machines: a real excess of matches, but they
        // signed up when ordinary users did (about half newer than the median).
        let f = SegmentFacts {
            matches: 500,
            others: 50,
            measured: 0.02,
            reference: 3_000,
            dated: 500,
            younger: 260,
            strict: false,
            explained: 0,
            marked: 0,
            marked_twice: 0,
            automated: 0,
        };
        assert_eq!(judge(&SegmentParams::default(), &f, BIAS).logit, 0.0);
        // The same excess of accounts created for the campaign is a farm.
        let f = SegmentFacts { younger: 480, ..f };
        assert!(judge(&SegmentParams::default(), &f, BIAS).logit > 0.0);
        // Logs without sign-up records cannot tell: the test is skipped.
        let f = SegmentFacts {
            dated: 100,
            younger: 0,
            ..f
        };
        assert!(judge(&SegmentParams::default(), &f, BIAS).logit > 0.0);
    }

    #[test]
    fn unknown_keys_are_refused() {
        assert!(toml::from_str::<SegmentParams>("share = 0.5").is_err());
    }
}
