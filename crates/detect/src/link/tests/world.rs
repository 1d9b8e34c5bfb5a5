//! The scenarios' world: populations with synthetic sign-up records and traffic, and measures
//! of who was clustered with whom.

use std::net::{IpAddr, Ipv4Addr};

use dg_model::{Account, SignupChannel, Timestamp};

use crate::account::sketch::mix;
use crate::link::{AccountLinks, Cluster, GraphStats, LinkConfig, Linker};

pub(super) const T0: i64 = 1_770_000_000_000;
pub(super) const MIN: i64 = Timestamp::MINUTE;
pub(super) const HOUR: i64 = Timestamp::HOUR;
pub(super) const DAY: i64 = Timestamp::DAY;
/// The client fingerprint of the most popular SDK: shared by nearly everyone.
pub(super) const POPULAR_SDK: &str = "t13d1516h2_8daaf6152771_popular_sdk";
pub(super) const COMMON_SHAPES: [&str; 12] = [
    "aaaa.aaaaa",
    "aaaaaaaa",
    "aaaaaa99",
    "aaaa.aaaaaa",
    "aaaaa.aaaa",
    "aaaaaaa",
    "aaaaa99",
    "aaaaaaaaa",
    "aaaa9999",
    "aaaaaa.aaaaa",
    "a.aaaaaa",
    "aaaaa_aaaa",
];

/// SplitMix64: a tiny seeded generator, so the scenarios need no extra dependency.
pub(super) struct Rng(pub(super) u64);

impl Rng {
    pub(super) fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        mix(self.0)
    }
    pub(super) fn below(&mut self, n: u64) -> u64 {
        self.next() % n.max(1)
    }
    pub(super) fn range(&mut self, lo: i64, hi: i64) -> i64 {
        lo + self.below((hi - lo).max(1) as u64) as i64
    }
    pub(super) fn chance(&mut self, p: f64) -> bool {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64 <= p
    }
    /// Heavy-tailed count in 1..=max (many light users, a few heavy ones).
    pub(super) fn heavy(&mut self, max: u32) -> u32 {
        let u = (self.next() >> 11) as f64 / (1u64 << 53) as f64;
        ((1.0 / (1.0 - u * 0.999)).powf(1.3) as u32).clamp(1, max)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Group {
    Hydra,
    Individual,
    Enterprise,
    Student,
    AppUser,
}

pub(super) struct World {
    pub(super) rng: Rng,
    pub(super) links: Vec<AccountLinks>,
    pub(super) group: Vec<Group>,
    pub(super) enterprise_card: String,
}

pub(super) fn v4(a: u8, b: u8, c: u8, d: u8) -> IpAddr {
    IpAddr::V4(Ipv4Addr::new(a, b, c, d))
}

/// A frame SimHash with a few random bits flipped (slot filling moves a template a little).
pub(super) fn jitter(rng: &mut Rng, frame: u64, max_bits: u64) -> u64 {
    let mut f = frame;
    for _ in 0..rng.below(max_bits + 1) {
        f ^= 1 << rng.below(64);
    }
    f
}

impl World {
    pub(super) fn new(seed: u64) -> Self {
        Self {
            rng: Rng(seed),
            links: Vec::new(),
            group: Vec::new(),
            enterprise_card: String::new(),
        }
    }

    #[allow(clippy::too_many_arguments)]
    pub(super) fn add(
        &mut self,
        group: Group,
        created: i64,
        channel: SignupChannel,
        domain: &str,
        shape: &str,
        payment: Option<String>,
        org: Option<&str>,
    ) -> usize {
        let mut l = AccountLinks::new();
        l.set_account(&Account {
            account_id: String::new(),
            created_at: Timestamp(created),
            org_id: org.map(Into::into),
            email_domain: Some(domain.into()),
            email_local_shape: Some(shape.into()),
            payment_fingerprint: payment,
            billing_country: None,
            signup_channel: Some(channel),
            verified: None,
        });
        self.links.push(l);
        self.group.push(group);
        self.links.len() - 1
    }

    pub(super) fn card(&mut self) -> String {
        format!("card_{:016x}", self.rng.next())
    }

    pub(super) fn home_ip(&mut self) -> IpAddr {
        let x = self.rng.next();
        v4(
            (x % 150) as u8 + 20,
            (x >> 8) as u8,
            (x >> 16) as u8,
            (x >> 24) as u8,
        )
    }

    pub(super) fn human_shape(&mut self) -> &'static str {
        COMMON_SHAPES[self.rng.below(COMMON_SHAPES.len() as u64) as usize]
    }

    /// A 300-account hydra: 12 shared cards, sign-ups in scripted bursts of 20, 40 proxy exits
    /// in 5 hosting /24s, two frames, traffic load-balanced over the accounts for three days.
    pub(super) fn hydra(&mut self, n: usize) -> Vec<usize> {
        let domains = ["gmail.com", "outlook.com", "proton.me"];
        let mut ids = Vec::new();
        let (mut card, mut burst) = (String::new(), 0);
        for i in 0..n {
            if i % 25 == 0 {
                card = self.card();
            }
            if i % 20 == 0 {
                burst = T0 - self.rng.range(3 * DAY, 40 * DAY);
            }
            let created = burst + self.rng.range(0, 20 * MIN);
            let shape = if self.rng.chance(0.7) {
                "aaaaaaa999"
            } else {
                self.human_shape()
            };
            let domain = domains[self.rng.below(3) as usize];
            let channel = [
                SignupChannel::Standard,
                SignupChannel::Standard,
                SignupChannel::Startup,
                SignupChannel::Education,
            ][self.rng.below(4) as usize];
            ids.push(self.add(
                Group::Hydra,
                created,
                channel,
                domain,
                shape,
                Some(card.clone()),
                None,
            ));
        }
        let pool: Vec<IpAddr> = (0..40)
            .map(|i| v4(45, 55, 100 + (i % 5) as u8, 10 + i as u8))
            .collect();
        let frames = [0x5a5a_1234_9876_f0f0u64, 0x0123_4567_89ab_cdef];
        let clients: Vec<&str> = ids
            .iter()
            .map(|_| {
                if self.rng.chance(0.85) {
                    POPULAR_SDK
                } else {
                    "t13d1715h2_5b57614c22b0_other_sdk"
                }
            })
            .collect();
        let mut t = T0;
        while t < T0 + 3 * DAY {
            let k = self.rng.below(ids.len() as u64) as usize;
            let ip = pool[self.rng.below(pool.len() as u64) as usize];
            let f = frames[self.rng.below(2) as usize];
            let f = jitter(&mut self.rng, f, 2);
            self.links[ids[k]].observe(t, ip, Some(14061), f, Some(clients[k]));
            t += self.rng.range(1_000, 7_000);
        }
        ids
    }

    /// A distillation campaign as the periodic relinks see it: `n` accounts (id `c` picks its
    /// infrastructure) on 50 proxy exits in six hosting /24s rotated per request, cards shared
    /// by runs of 20-25 accounts, sign-up bursts, 2-5 frames, and traffic in nearly every
    /// 10-minute bucket for three days: dense, many values shared by most members.
    pub(super) fn campaign(&mut self, n: usize, c: u8) -> Vec<usize> {
        let domains = ["gmail.com", "outlook.com", "proton.me"];
        let mut ids = Vec::new();
        let (mut card, mut card_left, mut burst) = (String::new(), 0, 0);
        for i in 0..n {
            if card_left == 0 {
                card = self.card();
                card_left = self.rng.range(20, 26);
            }
            card_left -= 1;
            if i % 20 == 0 {
                burst = T0 - self.rng.range(3 * DAY, 40 * DAY);
            }
            let created = burst + self.rng.range(0, 20 * MIN);
            let shape = if self.rng.chance(0.7) {
                "aaaaaaa999"
            } else {
                self.human_shape()
            };
            let domain = domains[self.rng.below(3) as usize];
            ids.push(self.add(
                Group::Hydra,
                created,
                SignupChannel::Standard,
                domain,
                shape,
                Some(card.clone()),
                None,
            ));
        }
        let pool: Vec<IpAddr> = (0..50)
            .map(|i| v4(45, 60 + c, 100 + (i % 6) as u8, 10 + i as u8))
            .collect();
        let frames: Vec<u64> = (0..2 + u64::from(c) % 4)
            .map(|f| mix(0xC0FFEE + (u64::from(c) << 8) + f))
            .collect();
        let mut t = T0;
        while t < T0 + 3 * DAY {
            let k = self.rng.below(ids.len() as u64) as usize;
            let ip = pool[self.rng.below(pool.len() as u64) as usize];
            let f = frames[self.rng.below(frames.len() as u64) as usize];
            let f = jitter(&mut self.rng, f, 2);
            let client = if k.is_multiple_of(7) {
                "other_sdk"
            } else {
                POPULAR_SDK
            };
            self.links[ids[k]].observe(t, ip, Some(14061 + u32::from(c)), f, Some(client));
            t += self.rng.range(2_000, 12_000);
        }
        ids
    }

    /// Unrelated people: own address and card, the popular SDK, gmail.com with a common shape,
    /// a few requests over three days; a third use one of five popular app frames.
    pub(super) fn individuals(&mut self, n: usize) -> Vec<usize> {
        let app_frames: Vec<u64> = (0..5).map(|i| mix(0xA99 + i)).collect();
        let mut ids = Vec::new();
        for _ in 0..n {
            let created = T0 - self.rng.range(DAY, 365 * DAY);
            let shape = self.human_shape();
            let card = self.rng.chance(0.7).then(|| self.card());
            let id = self.add(
                Group::Individual,
                created,
                SignupChannel::Standard,
                "gmail.com",
                shape,
                card,
                None,
            );
            let ip = self.home_ip();
            let own_frame = self.rng.next();
            let app = self
                .rng
                .chance(0.33)
                .then(|| app_frames[self.rng.below(5) as usize]);
            let asn = 7922 + self.rng.below(20) as u32;
            for _ in 0..self.rng.heavy(60) {
                let t = T0 + self.rng.range(0, 3 * DAY);
                let f = match app {
                    Some(a) if self.rng.chance(0.8) => a,
                    _ => own_frame,
                };
                let f = jitter(&mut self.rng, f, 1);
                self.links[id].observe(t, ip, Some(asn), f, Some(POPULAR_SDK));
            }
            ids.push(id);
        }
        ids
    }

    /// An enterprise: one company card, one org, three NAT addresses in one /24, accounts
    /// provisioned in batches, an internal tool's frame used in working hours, volumes heavy-tailed.
    pub(super) fn enterprise(&mut self, n: usize) -> Vec<usize> {
        let card = self.card();
        self.enterprise_card = card.clone();
        let shapes = ["aaaa.aaaaa", "aaaaa.aaaaaa", "a.aaaaaa"];
        let nat = [v4(198, 18, 7, 1), v4(198, 18, 7, 2), v4(198, 18, 7, 3)];
        let tool = 0x7777_0000_1111_2222u64;
        let mut ids = Vec::new();
        let mut batch = 0;
        for i in 0..n {
            if i % 30 == 0 {
                batch = T0 - self.rng.range(10 * DAY, 200 * DAY);
            }
            let created = batch + self.rng.range(0, 45 * MIN);
            ids.push(self.add(
                Group::Enterprise,
                created,
                SignupChannel::Enterprise,
                "acme-corp.com",
                shapes[i % 3],
                Some(card.clone()),
                Some("org_acme"),
            ));
        }
        for &id in &ids {
            let own = self.rng.next();
            let client = if self.rng.chance(0.8) {
                "t13d1516h2_corp_proxy"
            } else {
                POPULAR_SDK
            };
            for _ in 0..self.rng.heavy(400) {
                let day = self.rng.range(0, 3);
                let t = T0 + day * DAY + 8 * HOUR + self.rng.range(0, 9 * HOUR);
                let ip = nat[self.rng.below(3) as usize];
                let f = if self.rng.chance(0.5) { tool } else { own };
                let f = jitter(&mut self.rng, f, 1);
                self.links[id].observe(t, ip, Some(64_600), f, Some(client));
            }
        }
        ids
    }

    /// A university: 400 students behind one campus NAT, education sign-ups in lab sessions,
    /// a course assignment frame.
    pub(super) fn university(&mut self, n: usize) -> Vec<usize> {
        let nat = v4(192, 0, 2, 200);
        let assignment = 0x0dd0_beef_cafe_0042u64;
        let mut ids = Vec::new();
        let mut session = 0;
        for i in 0..n {
            if i % 50 == 0 {
                session = T0 - 20 * DAY + self.rng.range(0, 5 * DAY);
            }
            let created = session + self.rng.range(0, 50 * MIN);
            let shape = if i % 2 == 0 { "aaaa9999" } else { "aaaaa.aaaa" };
            ids.push(self.add(
                Group::Student,
                created,
                SignupChannel::Education,
                "uni.example.edu",
                shape,
                None,
                None,
            ));
        }
        for &id in &ids {
            let own = self.rng.next();
            for _ in 0..self.rng.heavy(40) {
                let t = T0 + self.rng.range(0, 3 * DAY);
                let f = if self.rng.chance(0.4) {
                    assignment
                } else {
                    own
                };
                self.links[id].observe(t, nat, Some(64_700), f, Some(POPULAR_SDK));
            }
        }
        ids
    }

    /// Users of one mobile app whose backend calls the API through one cloud egress address.
    pub(super) fn app_users(&mut self, n: usize) -> Vec<usize> {
        let egress = v4(3, 5, 140, 2);
        let app = 0x4444_5555_6666_7777u64;
        let mut ids = Vec::new();
        for _ in 0..n {
            let created = T0 - self.rng.range(DAY, 365 * DAY);
            let shape = self.human_shape();
            let card = Some(self.card());
            let id = self.add(
                Group::AppUser,
                created,
                SignupChannel::Standard,
                "gmail.com",
                shape,
                card,
                None,
            );
            for _ in 0..self.rng.heavy(30) {
                let t = T0 + self.rng.range(0, 3 * DAY);
                self.links[id].observe(t, egress, Some(16_509), app, Some(POPULAR_SDK));
            }
            ids.push(id);
        }
        ids
    }

    pub(super) fn input(&self) -> Vec<(u32, &AccountLinks)> {
        self.links
            .iter()
            .enumerate()
            .map(|(i, l)| (i as u32, l))
            .collect()
    }

    pub(super) fn clusters(&self, cfg: LinkConfig) -> (Vec<Cluster>, GraphStats) {
        let g = Linker::new(cfg).build(&self.input());
        let clusters = g.clusters();
        if std::env::var_os("LINK_EXPLAIN").is_some() {
            for c in &clusters {
                if mixed(self, std::slice::from_ref(c)).is_empty()
                    && self.group[c.members[0] as usize] != Group::Individual
                    && self.group[c.members[0] as usize] != Group::AppUser
                {
                    continue;
                }
                let groups: Vec<_> = c.members.iter().map(|&m| self.group[m as usize]).collect();
                eprintln!("cluster {} {:?}", c.id, &groups[..groups.len().min(6)]);
                let edges: Vec<_> = g
                    .edges()
                    .filter(|(a, b, _)| c.members.contains(a) && c.members.contains(b))
                    .take(4)
                    .collect();
                for (a, b, w) in edges {
                    eprintln!(
                        "  {a}({:?})-{b}({:?}) {w:.2}: {:?}",
                        self.group[a as usize],
                        self.group[b as usize],
                        g.explain(a, b)
                    );
                }
            }
        }
        (clusters, g.stats())
    }
}

/// How well one group is captured: the cluster holding most of it, its coverage and purity.
#[derive(Debug)]
pub(super) struct Capture {
    pub(super) coverage: f64,
    pub(super) purity: f64,
    pub(super) size: usize,
    /// Index of the cluster.
    pub(super) at: usize,
}

pub(super) fn capture(w: &World, clusters: &[Cluster], group: Group) -> Capture {
    let total = w.group.iter().filter(|&&g| g == group).count();
    let Some((at, best)) = clusters.iter().enumerate().max_by_key(|(_, c)| {
        c.members
            .iter()
            .filter(|&&m| w.group[m as usize] == group)
            .count()
    }) else {
        return Capture {
            coverage: 0.0,
            purity: 0.0,
            size: 0,
            at: 0,
        };
    };
    let hit = best
        .members
        .iter()
        .filter(|&&m| w.group[m as usize] == group)
        .count();
    Capture {
        coverage: hit as f64 / total as f64,
        purity: hit as f64 / best.members.len() as f64,
        size: best.members.len(),
        at,
    }
}

/// Accounts of a group that sit in any cluster.
pub(super) fn clustered(w: &World, clusters: &[Cluster], group: Group) -> usize {
    clusters
        .iter()
        .flat_map(|c| c.members.iter())
        .filter(|&&m| w.group[m as usize] == group)
        .count()
}

/// Clusters holding accounts of more than one group.
pub(super) fn mixed(w: &World, clusters: &[Cluster]) -> Vec<(usize, Vec<(Group, usize)>)> {
    let mut out = Vec::new();
    for c in clusters {
        let mut tally: Vec<(Group, usize)> = Vec::new();
        for &m in &c.members {
            let g = w.group[m as usize];
            match tally.iter_mut().find(|(x, _)| *x == g) {
                Some(t) => t.1 += 1,
                None => tally.push((g, 1)),
            }
        }
        if tally.len() > 1 {
            out.push((c.members.len(), tally));
        }
    }
    out
}
