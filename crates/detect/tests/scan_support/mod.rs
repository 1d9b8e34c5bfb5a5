//! A scanner driver for the detection tests: a tiny world of sign-up records and events,
//! walked through a scanner in time order.

#![allow(dead_code)]

use std::collections::HashMap;

use dg_detect::scanner::{ScanConfig, Scanner};
use dg_detect::score::Weights;
use dg_model::{
    Account, AccountFinding, ClusterFinding, Event, IpRange, NetKind, Policy, SignupChannel,
    Timestamp,
};

// Used by eviction.rs and relink_split.rs only: the `allow(dead_code)` above covers it in the
// other test crates, as it covers the rest of this module.
pub mod relink_world;

pub const START: i64 = 1_770_000_000_000;
pub const DAY: i64 = Timestamp::DAY;

/// A tiny deterministic generator (tests need no statistical quality).
pub struct Lcg(pub u64);

impl Lcg {
    pub fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        self.0 >> 33
    }
    pub fn below(&mut self, n: u64) -> u64 {
        self.next() % n.max(1)
    }
}

pub struct World {
    pub accounts: HashMap<String, Account>,
    pub events: Vec<(Event, Option<IpRange>)>,
    pub group: HashMap<String, &'static str>,
}

pub struct Who<'a> {
    pub group: &'static str,
    pub id: String,
    pub created: i64,
    pub org: Option<&'a str>,
    pub card: Option<String>,
    pub channel: SignupChannel,
    pub verified: bool,
}

impl Who<'_> {
    /// A standard sign-up with no org, no card and no verification (override fields as needed).
    /// A farmed account: no org, unverified, standard sign-up, paying with `card`.
    pub fn farmed(group: &'static str, id: &str, created: i64, card: String) -> Self {
        Self {
            card: Some(card),
            ..Self::plain(group, id, created)
        }
    }

    pub fn plain(group: &'static str, id: &str, created: i64) -> Self {
        Self {
            group,
            id: id.to_string(),
            created,
            org: None,
            card: None,
            channel: SignupChannel::Standard,
            verified: false,
        }
    }
}

pub fn range(cidr: &str, asn: u32, kind: NetKind) -> IpRange {
    IpRange {
        cidr: cidr.parse().unwrap(),
        asn,
        as_org: format!("AS{asn}"),
        country: "US".into(),
        kind,
    }
}

impl World {
    pub fn new() -> Self {
        Self {
            accounts: HashMap::new(),
            events: Vec::new(),
            group: HashMap::new(),
        }
    }

    pub fn account(&mut self, w: Who<'_>) {
        self.group.insert(w.id.clone(), w.group);
        self.accounts.insert(
            w.id.clone(),
            Account {
                account_id: w.id,
                created_at: Timestamp(w.created),
                org_id: w.org.map(str::to_string),
                email_domain: Some("mail.example".into()),
                email_local_shape: Some("aaaa.aaaa".into()),
                payment_fingerprint: w.card,
                billing_country: Some("US".into()),
                signup_channel: Some(w.channel),
                verified: Some(w.verified),
            },
        );
    }

    #[allow(clippy::too_many_arguments)]
    pub fn request(
        &mut self,
        id: &str,
        ts: i64,
        ip: String,
        net: &IpRange,
        fp: &str,
        prompt: String,
        max_tokens: u32,
        output: u64,
    ) {
        let n = self.events.len();
        self.events.push((
            Event {
                request_id: format!("r{n}"),
                ts: Timestamp(ts),
                account_id: id.to_string(),
                api_key_id: None,
                ip: ip.parse().unwrap(),
                user_agent: None,
                client_fingerprint: Some(fp.to_string()),
                model: "model-x".into(),
                prompt,
                system: None,
                turns: Some(1),
                tools: Vec::new(),
                tool_calls: None,
                has_image: None,
                max_tokens: Some(max_tokens),
                input_tokens: 40,
                output_tokens: output,
                thinking_tokens: None,
                stop_reason: None,
            },
            Some(net.clone()),
        ));
    }
}

/// Gives the world's last request `tokens` of extended reasoning.
pub fn think(w: &mut World, tokens: u64) {
    if let Some((e, _)) = w.events.last_mut() {
        e.thinking_tokens = Some(tokens);
    }
}

/// Plain questions with no cue a wording list would know.
pub fn plain(r: &mut Lcg) -> String {
    const TOPICS: [&str; 8] = [
        "the harbour",
        "my garden",
        "a bicycle",
        "the old mill",
        "river trout",
        "a wool coat",
        "the night train",
        "our bakery",
    ];
    format!(
        "Could you tell me something about {} and {} for item {}?",
        TOPICS[r.below(8) as usize],
        TOPICS[r.below(8) as usize],
        r.below(100_000)
    )
}

/// Drives a scanner over the world's events in time order.
pub fn scan(w: &World, weights: Weights) -> (Vec<AccountFinding>, Vec<ClusterFinding>) {
    scan_with(
        w,
        ScanConfig::with_demo_key(Policy::default(), weights, Vec::new()),
    )
}

/// [`scan`] with a configuration of the test's own.
pub fn scan_with(w: &World, cfg: ScanConfig) -> (Vec<AccountFinding>, Vec<ClusterFinding>) {
    let mut s = Scanner::new(cfg, w.accounts.clone());
    for (e, net) in &w.events {
        s.observe(e, net.as_ref());
    }
    s.finish()
}

/// The findings and flagged counts per group with the default weights, then with the phrasing
/// signals off: a detection test checks both.
pub fn scan_with_and_without_phrasing(
    w: &World,
) -> [(Vec<AccountFinding>, HashMap<&'static str, usize>); 2] {
    [
        Weights::default_weights(),
        Weights::default_weights().without_phrasing(),
    ]
    .map(|weights| {
        let (found, _) = scan(w, weights);
        let flagged = flagged_by_group(w, &found);
        (found, flagged)
    })
}

/// Scans `w` with phrasing on and off and checks, in both, that at least `min` accounts of
/// group `caught` are flagged and none of the groups `spared`; returns both scans' findings
/// for the test's own checks (phrasing on first).
pub fn assert_caught_and_spared(
    w: &World,
    caught: &str,
    min: usize,
    spared: &[&str],
) -> [Vec<AccountFinding>; 2] {
    let [(on, flagged_on), (off, flagged_off)] = scan_with_and_without_phrasing(w);
    for (phrasing, flagged) in [("on", flagged_on), ("off", flagged_off)] {
        let n = flagged.get(caught).copied().unwrap_or(0);
        assert!(
            n >= min,
            "phrasing {phrasing}: {n} of {caught} flagged, want {min}: {flagged:?}"
        );
        for group in spared {
            assert_eq!(
                flagged.get(group),
                None,
                "phrasing {phrasing}: {group}: {flagged:?}"
            );
        }
    }
    [on, off]
}

pub fn flagged_by_group(w: &World, found: &[AccountFinding]) -> HashMap<&'static str, usize> {
    let mut out = HashMap::new();
    for f in found {
        if f.decision.is_flagged() {
            *out.entry(w.group[&f.account_id]).or_default() += 1;
        }
    }
    out
}

/// A farm of two sign-up waves of 15 accounts an hour apart, each wave on three cards, asking
/// plain questions with 32k caps from a pool of 12 `hosting` exits (203.0.113.10–21) with a
/// rare client, 20 requests each over three days from `START`: group `farm`, ids
/// `farm_{wave}_{k}`.
pub fn wave_farm(w: &mut World, r: &mut Lcg, hosting: &IpRange) {
    for wave in 0..2 {
        for k in 0..15 {
            let id = format!("farm_{wave}_{k:02}");
            let created = START - DAY + wave * 3_600_000 + k * 30_000;
            w.account(Who::farmed(
                "farm",
                &id,
                created,
                format!("card_{wave}_{}", k % 3),
            ));
            for _ in 0..20 {
                let ts = START + r.below(3 * DAY as u64) as i64;
                let ip = format!("203.0.113.{}", 10 + r.below(12));
                let prompt = plain(r);
                w.request(&id, ts, ip, hosting, "fp_rare", prompt, 32_000, 3_000);
            }
        }
    }
}

/// `n` developers (group `developer`, ids `developer_{k:02}`) signed up over months, each on
/// its own card and home address in 100.70.0.0/16 (an `isp` range, ASN 64520) with the common
/// SDK `fp_sdk`, asking 3-14 plain questions with 4k caps over three days from `START`.
pub fn isp_developers(w: &mut World, r: &mut Lcg, n: i64) {
    let isp = range("100.70.0.0/16", 64_520, NetKind::Isp);
    for k in 0..n {
        let id = format!("developer_{k:02}");
        w.account(Who::farmed(
            "developer",
            &id,
            START - (30 + 3 * k) * DAY,
            format!("card_dev_{k}"),
        ));
        let home = format!("100.70.{}.{}", 10 + k / 200, 1 + k % 200);
        for _ in 0..(3 + r.below(12)) {
            let ts = START + r.below(3 * DAY as u64) as i64;
            let prompt = plain(r);
            w.request(&id, ts, home.clone(), &isp, "fp_sdk", prompt, 4_000, 600);
        }
    }
}

/// `n` everyday users (group `individual`, ids `person_{k:03}`), each on its own card and home
/// address in 100.65.0.0/16 (an `isp` range, ASN 64640) with a browser, signed up 30-630 days
/// before `START`, sending 10-19 requests over three days; `ask` gives each prompt and its cap.
pub fn home_users(
    w: &mut World,
    r: &mut Lcg,
    n: u64,
    mut ask: impl FnMut(&mut Lcg) -> (String, u32),
) {
    let home = range("100.65.0.0/16", 64_640, NetKind::Isp);
    for k in 0..n {
        let id = format!("person_{k:03}");
        w.account(Who::farmed(
            "individual",
            &id,
            START - (30 + r.below(600) as i64) * DAY,
            format!("card_person_{k}"),
        ));
        for _ in 0..(10 + r.below(10)) {
            let ts = START + r.below(3 * DAY as u64) as i64;
            let ip = format!("100.65.{}.{}", k / 200, k % 200 + 1);
            let (prompt, cap) = ask(r);
            w.request(&id, ts, ip, &home, "fp_browser", prompt, cap, 500);
        }
    }
}

/// The finding of account `id` (panics naming it when it was not scored).
pub fn finding<'a>(found: &'a [AccountFinding], id: &str) -> &'a AccountFinding {
    found
        .iter()
        .find(|f| f.account_id == id)
        .unwrap_or_else(|| panic!("{id} not scored"))
}

/// Reason `code` of account `id`'s finding (panics naming both when it has none).
pub fn reason<'a>(found: &'a [AccountFinding], id: &str, code: &str) -> &'a dg_model::Reason {
    finding(found, id)
        .reasons
        .iter()
        .find(|r| r.code == code)
        .unwrap_or_else(|| panic!("{id} has no {code} reason"))
}

/// Home addresses in 100.64.0.0/12, a new one at each call: one household per account.
#[derive(Default)]
pub struct HomeIps(u32);

impl HomeIps {
    pub fn next_ip(&mut self) -> String {
        self.0 += 1;
        let n = self.0;
        format!("100.{}.{}.{}", 64 + (n >> 16), (n >> 8) & 255, n & 255)
    }
}
