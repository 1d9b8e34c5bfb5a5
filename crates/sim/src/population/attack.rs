//! Distillation campaigns modelled on the public reports: a reasoning harvester, an agentic and
//! vision harvester behind residential proxies, a reseller hydra mixing customer traffic, a
//! low-and-slow campaign, a heavy account from a restricted region through a VPN, and a
//! dormant standby pool that takes over a banned campaign's workload.

use std::net::IpAddr;

use dg_model::{Event, IpRange, NetKind, SignupChannel, Timestamp};
use ipnet::IpNet;
use rand::seq::SliceRandom;
use rand::Rng;
use rand_chacha::ChaCha8Rng;

use super::content::{casual_request, person_model, pick, pick_ip};
use crate::config::Populations;
use crate::corpus::{Corpus, Item};
use crate::frames::{self, fill, perturb_numbers};
use crate::netpool::{addr_in, subnet_in, utc_offset_minutes};
use crate::request::{pick_client, Client, Req};
use crate::timing::{Profile, HUMAN, SERVICE};
use crate::world::{
    at_day, Behaviour, CampaignTruth, Ctx, NewAccount, World, MODEL_MAIN, MODEL_NEW,
};

/// Where a campaign's requests come from.
#[derive(Clone)]
enum IpSource {
    /// A commercial proxy's exit addresses, rotated per request.
    Pool(Vec<IpAddr>),
    /// Residential proxy networks: a fresh address in a random subnet per request.
    Rotating(Vec<IpNet>),
    /// A VPN with occasional leaks of the real address.
    Vpn {
        exits: Vec<IpAddr>,
        leak: Vec<IpAddr>,
        leak_share: f64,
    },
}

impl IpSource {
    fn draw(&self, rng: &mut impl Rng) -> IpAddr {
        match self {
            Self::Pool(ips) => pick_ip(rng, ips),
            Self::Rotating(nets) => nets
                .choose(rng)
                .map_or(IpAddr::from([192, 0, 2, 1]), |n| addr_in(rng, n)),
            Self::Vpn {
                exits,
                leak,
                leak_share,
            } => {
                if rng.gen::<f64>() < *leak_share {
                    pick_ip(rng, leak)
                } else {
                    pick_ip(rng, exits)
                }
            }
        }
    }
}

/// What a campaign asks for.
#[derive(Clone)]
enum Workload {
    /// Reasoning traces, rubric grading, safe rewrites, synthetic data, over its chosen frames.
    Reasoning {
        frames: ReasoningFrames,
        system: Option<String>,
        max_tokens: u32,
    },
    /// Tool use, agent transcripts and vision.
    Agentic { system: String },
    /// A proxy service: distillation for a client lab mixed with unrelated customer traffic.
    Hydra {
        distill_share: f64,
        frames: ReasoningFrames,
        customers: Vec<Option<String>>,
    },
}

/// The frames one reasoning campaign uses (a seeded subset of the frame library).
#[derive(Clone)]
struct ReasoningFrames {
    answered: Vec<&'static str>,
    open: Vec<&'static str>,
    grading: &'static str,
    rewrite: &'static str,
    data: &'static str,
    code: &'static str,
}

impl ReasoningFrames {
    fn draw(rng: &mut impl Rng) -> Self {
        let mut answered: Vec<&str> = frames::COT_ANSWERED.to_vec();
        answered.shuffle(rng);
        answered.truncate(2);
        let mut open: Vec<&str> = frames::COT_OPEN.to_vec();
        open.shuffle(rng);
        open.truncate(2);
        Self {
            answered,
            open,
            grading: frames::GRADING.choose(rng).copied().unwrap_or("{q}{a}"),
            rewrite: frames::SAFE_REWRITE.choose(rng).copied().unwrap_or("{s}"),
            data: frames::DATA_GEN.choose(rng).copied().unwrap_or("{t}"),
            code: frames::CODE_HARVEST.choose(rng).copied().unwrap_or("{c}"),
        }
    }

    /// One harvesting prompt over a distinct payload.
    fn prompt(&self, rng: &mut impl Rng, c: &Corpus, mix: [f64; 5]) -> String {
        let answered: Vec<&Item> = c.answered().collect();
        let x: f64 = rng.gen();
        let [a, o, g, r, _d] = mix;
        if x < a {
            if let Some(item) = answered.choose(rng) {
                let frame = self.answered.choose(rng).copied().unwrap_or("{q}");
                let q = perturb_numbers(rng, &item.text);
                return fill(
                    &fill(frame, "{q}", &q),
                    "{a}",
                    item.answer.as_deref().unwrap_or(""),
                );
            }
        }
        if x < a + o {
            let item = pick(rng, &c.math).map_or("", |i| i.text.as_str());
            let frame = self.open.choose(rng).copied().unwrap_or("{q}");
            return fill(frame, "{q}", &perturb_numbers(rng, item));
        }
        if x < a + o + g {
            if let Some(item) = answered.choose(rng) {
                let ans = item.answer.as_deref().unwrap_or("");
                return fill(&fill(self.grading, "{q}", &item.text), "{a}", ans);
            }
        }
        if x < a + o + g + r {
            let pool = if c.sensitive.is_empty() {
                &c.question
            } else {
                &c.sensitive
            };
            let s = pick(rng, pool).map_or("", |i| i.text.as_str());
            return fill(self.rewrite, "{s}", s);
        }
        if rng.gen_bool(0.5) {
            let code = pick(rng, &c.code).map_or("", |i| i.text.as_str());
            return fill(self.code, "{c}", code);
        }
        let seed = pick(rng, &c.question).map_or("", |i| i.text.as_str());
        fill(self.data, "{t}", seed)
    }
}

/// A campaign's controller: spreads one workload over its accounts, round robin.
struct Campaign {
    accts: Vec<usize>,
    clients: Vec<Client>,
    rr: usize,
    per_day: f64,
    profile: Profile,
    until: i64,
    ips: IpSource,
    work: Workload,
    pivot_at: Option<i64>,
}

impl Campaign {
    fn model(&self, rng: &mut impl Rng, t: i64) -> &'static str {
        match self.pivot_at {
            Some(p) if t >= p && rng.gen_bool(0.5) => MODEL_NEW,
            _ => MODEL_MAIN,
        }
    }
}

impl Behaviour for Campaign {
    fn fire(
        &mut self,
        rng: &mut ChaCha8Rng,
        t: i64,
        ctx: &Ctx<'_>,
        out: &mut Vec<Event>,
    ) -> Option<i64> {
        if self.accts.is_empty() {
            return None;
        }
        let slot = self.rr % self.accts.len();
        self.rr += 1;
        let acct = self.accts[slot];
        let c = ctx.corpus;
        let mut model = self.model(rng, t);
        let req = match &self.work {
            Workload::Reasoning {
                frames,
                system,
                max_tokens,
            } => Req {
                // A third of the traffic harvests extended thinking on bare problems: no
                // eliciting wording at all, only the behaviour gives it away.
                prompt: if rng.gen_bool(0.3) {
                    pick(rng, &c.math).map_or_else(String::new, |i| perturb_numbers(rng, &i.text))
                } else {
                    frames.prompt(rng, c, [0.35, 0.2, 0.2, 0.15, 0.1])
                },
                system: system.clone(),
                turns: 1,
                max_tokens: *max_tokens,
                out_median: 2600.0,
                out_sigma: 0.5,
                think_median: if rng.gen_bool(0.6) { 3000.0 } else { 0.0 },
                ..Req::default()
            },
            Workload::Agentic { system } => agentic_request(rng, c, system),
            Workload::Hydra {
                distill_share,
                frames,
                customers,
            } => {
                if rng.gen::<f64>() < *distill_share {
                    Req {
                        prompt: frames.prompt(rng, c, [0.25, 0.35, 0.1, 0.0, 0.3]),
                        turns: 1,
                        max_tokens: 32000,
                        out_median: 2200.0,
                        out_sigma: 0.55,
                        think_median: if rng.gen_bool(0.5) { 2500.0 } else { 0.0 },
                        ..Req::default()
                    }
                } else {
                    // Unrelated customer traffic of the proxy service.
                    model = person_model(rng, t, ctx.release, 0.2);
                    let (mut r, _) = casual_request(rng, c, 1, None);
                    r.system = customers.choose(rng).cloned().flatten();
                    r
                }
            }
        };
        let ip = self.ips.draw(rng);
        ctx.emit(
            out,
            rng,
            t,
            acct,
            ip,
            self.clients[slot % self.clients.len()],
            model,
            req,
        );
        let next = self.profile.next_after(rng, t, self.per_day);
        (next < self.until.min(ctx.end)).then_some(next)
    }
}

fn agentic_request(rng: &mut impl Rng, c: &Corpus, system: &str) -> Req {
    let x: f64 = rng.gen();
    if x < 0.6 {
        let item = pick(rng, &c.tool_request);
        let mut tools: Vec<String> = item.map(|i| i.tools.clone()).unwrap_or_default();
        for extra in ["web_search", "python", "browser_open"] {
            if rng.gen_bool(0.5) {
                tools.push(extra.to_string());
            }
        }
        let calls = rng.gen_range(1..5);
        Req {
            prompt: item.map_or_else(String::new, |i| i.text.clone()),
            system: Some(system.to_string()),
            turns: *[1, 3, 5].choose(rng).unwrap_or(&1),
            tools,
            tool_calls: calls,
            max_tokens: 8192,
            history_tokens: rng.gen_range(0..2500),
            out_median: 700.0,
            out_sigma: 0.5,
            tool_stop: true,
            ..Req::default()
        }
    } else if x < 0.85 {
        Req {
            prompt: frames::VISION
                .choose(rng)
                .copied()
                .unwrap_or("Describe this image.")
                .to_string(),
            turns: 1,
            has_image: true,
            max_tokens: 8192,
            out_median: 1500.0,
            out_sigma: 0.4,
            ..Req::default()
        }
    } else {
        let code = pick(rng, &c.code).map_or("", |i| i.text.as_str());
        let frame = frames::CODE_HARVEST.choose(rng).copied().unwrap_or("{c}");
        Req {
            prompt: fill(frame, "{c}", code),
            turns: 1,
            max_tokens: 16000,
            out_median: 1800.0,
            out_sigma: 0.5,
            ..Req::default()
        }
    }
}

/// A low-and-slow account: human hours, small sessions, paraphrased frames, cover traffic.
struct SlowHarvester {
    acct: usize,
    profile: Profile,
    sessions_per_day: f64,
    ip: IpAddr,
    client: Client,
    left: u32,
}

impl Behaviour for SlowHarvester {
    fn fire(
        &mut self,
        rng: &mut ChaCha8Rng,
        t: i64,
        ctx: &Ctx<'_>,
        out: &mut Vec<Event>,
    ) -> Option<i64> {
        let c = ctx.corpus;
        let req = if rng.gen_bool(0.7) {
            let answered: Vec<&Item> = c.answered().collect();
            let q = answered
                .choose(rng)
                .map_or(String::new(), |i| perturb_numbers(rng, &i.text));
            Req {
                prompt: frames::paraphrase_ls(rng, &q),
                turns: 1,
                max_tokens: *[4096, 8192, 8192, 16000].choose(rng).unwrap_or(&8192),
                out_median: 1500.0,
                out_sigma: 0.5,
                ..Req::default()
            }
        } else {
            casual_request(rng, c, 1, None).0
        };
        let model = person_model(rng, t, ctx.release, 0.4);
        ctx.emit(out, rng, t, self.acct, self.ip, self.client, model, req);
        let next = if self.left > 1 {
            self.left -= 1;
            t + rng.gen_range(40_000..600_000)
        } else {
            self.left = rng.gen_range(1..4);
            self.profile.next_after(rng, t, self.sessions_per_day)
        };
        (next < ctx.end).then_some(next)
    }
}

/// How a campaign's accounts were registered.
struct SignupSpec<'a> {
    group: &'a str,
    campaign: &'a str,
    channels: &'a [SignupChannel],
    countries: &'a [&'a str],
    /// Window before the window start in which the accounts were created (days).
    created_days: (f64, f64),
    /// Accounts created together within minutes (a scripted sign-up run).
    burst: usize,
    /// Accounts sharing one payment instrument (1 = each its own).
    payment_group: usize,
    verified: f64,
}

fn register(w: &mut World, n: u32, s: &SignupSpec<'_>) -> Vec<usize> {
    let scripted_shape = format!(
        "{}{}",
        "a".repeat(w.rng.gen_range(6..10)),
        "9".repeat(w.rng.gen_range(2..5))
    );
    let domains: Vec<String> = (0..3).map(|_| w.consumer_domain()).collect();
    let mut out = Vec::with_capacity(n as usize);
    let mut burst_at = 0;
    let mut payment = String::new();
    for i in 0..n as usize {
        if i % s.burst.max(1) == 0 {
            let (a, b) = s.created_days;
            burst_at = at_day(w.start, -a)
                + w.time_between(0, ((a - b).max(0.01) * Timestamp::DAY as f64) as i64);
        }
        if i % s.payment_group.max(1) == 0 {
            payment = w.payment();
        }
        let created = burst_at + w.time_between(0, 20 * Timestamp::MINUTE);
        let shape = if w.rng.gen_bool(0.7) {
            scripted_shape.clone()
        } else {
            w.human_shape()
        };
        let domain = domains.choose(&mut w.rng).cloned().unwrap_or_default();
        let cc = s.countries.choose(&mut w.rng).copied().unwrap_or("US");
        let channel = s
            .channels
            .choose(&mut w.rng)
            .copied()
            .unwrap_or(SignupChannel::Standard);
        let verified = w.rng.gen_bool(s.verified);
        out.push(w.add_account(NewAccount {
            created_at: created,
            group: s.group,
            campaign: Some(s.campaign),
            org_id: None,
            email_domain: domain,
            email_local_shape: shape,
            payment_fingerprint: Some(payment.clone()),
            billing_country: cc.to_string(),
            channel,
            verified,
        }));
    }
    out
}

fn proxy_pool(w: &mut World, nets: usize, per_net: usize) -> Vec<IpAddr> {
    let mut ips = Vec::new();
    for _ in 0..nets {
        let net = w.net.pick_v4(&mut w.rng, NetKind::Hosting, None).cidr;
        let sub = subnet_in(&mut w.rng, &net);
        for _ in 0..per_net {
            ips.push(addr_in(&mut w.rng, &sub));
        }
    }
    ips
}

/// A reasoning operator's frames, system prompt and output budget.
fn operator_habits(rng: &mut impl Rng) -> (ReasoningFrames, Option<String>, u32) {
    let frames = ReasoningFrames::draw(rng);
    let system = rng
        .gen_bool(0.5)
        .then(|| "You are a meticulous reasoning engine.".to_string());
    let max_tokens = *[16000, 32000, 64000].choose(rng).unwrap_or(&32000);
    (frames, system, max_tokens)
}

/// Clients of `n` accounts: mostly one main client (drawn from `operator` when given).
fn clients_for(w: &mut World, n: usize, operator: Option<&mut ChaCha8Rng>) -> Vec<Client> {
    // Harvesters run scripts on popular SDKs: their client fingerprints are the common ones.
    let c = match operator {
        Some(r) => pick_client(r, true),
        None => pick_client(&mut w.rng, true),
    };
    (0..n)
        .map(|_| {
            if w.rng.gen_bool(0.85) {
                c
            } else {
                pick_client(&mut w.rng, true)
            }
        })
        .collect()
}

fn campaign_id(w: &mut World) -> String {
    w.id("camp_", 6)
}

/// Adds every attack population (`hydra_distill_share`: the reseller hydra's distillation share).
pub fn build(w: &mut World, p: &Populations, hydra_distill_share: f64) {
    let reasoning = reasoning_harvester(w, p);
    agentic(w, p);
    hydra(w, p, hydra_distill_share);
    low_and_slow(w, p);
    vpn_heavy(w, p);
    if let Some((id, frames, system, max_tokens)) =
        reasoning.filter(|_| p.standby_pool.accounts > 0)
    {
        standby(w, p, &id, frames, system, max_tokens);
    }
}

type ReasoningPlan = (String, ReasoningFrames, Option<String>, u32);

fn reasoning_harvester(w: &mut World, p: &Populations) -> Option<ReasoningPlan> {
    let pop = &p.reasoning_harvester;
    if pop.accounts == 0 {
        return None;
    }
    let id = campaign_id(w);
    let accts = register(
        w,
        pop.accounts,
        &SignupSpec {
            group: "reasoning_harvester",
            campaign: &id,
            channels: &[
                SignupChannel::Standard,
                SignupChannel::Standard,
                SignupChannel::Startup,
                SignupChannel::Education,
            ],
            countries: &["US", "SG", "HK", "GB", "CA", "MY"],
            created_days: (40.0, 3.0),
            burst: 20,
            payment_group: 25,
            verified: 0.05,
        },
    );
    // The operator's own habits come from the operator seed when one is set (the same
    // operator at another provider), else from the world's stream as always.
    let mut op = w
        .operator_seed
        .map(<ChaCha8Rng as rand::SeedableRng>::seed_from_u64);
    let (frames, system, max_tokens) = match op.as_mut() {
        Some(r) => operator_habits(r),
        None => operator_habits(&mut w.rng),
    };
    let start = w.start + w.time_between(2 * Timestamp::HOUR, 12 * Timestamp::HOUR);
    let until = if p.standby_pool.accounts > 0 {
        w.ban
    } else {
        w.end
    };
    let ips = IpSource::Pool(proxy_pool(w, 6, 8));
    let clients = clients_for(w, accts.len(), op.as_mut());
    w.add_campaign(CampaignTruth {
        campaign: id.clone(),
        group: "reasoning_harvester".into(),
        accounts: accts.len(),
        active_from: Timestamp(start),
        active_until: Timestamp(until.min(w.end)),
        successor_of: None,
        pivot_at: None,
    });
    w.add_actor(
        start,
        Box::new(Campaign {
            accts,
            clients,
            rr: 0,
            per_day: pop.rate_per_day,
            profile: Profile::FLAT,
            until,
            ips,
            work: Workload::Reasoning {
                frames: frames.clone(),
                system: system.clone(),
                max_tokens,
            },
            pivot_at: None,
        }),
    );
    Some((id, frames, system, max_tokens))
}

fn standby(
    w: &mut World,
    p: &Populations,
    predecessor: &str,
    frames: ReasoningFrames,
    system: Option<String>,
    max_tokens: u32,
) {
    let pop = &p.standby_pool;
    let id = campaign_id(w);
    // Registered long ago and left dormant until the predecessor is banned.
    let accts = register(
        w,
        pop.accounts,
        &SignupSpec {
            group: "standby_pool",
            campaign: &id,
            channels: &[SignupChannel::Standard, SignupChannel::Startup],
            countries: &["US", "SG", "GB", "AU", "NL"],
            created_days: (60.0, 30.0),
            burst: 25,
            payment_group: 20,
            verified: 0.05,
        },
    );
    let start = w.ban + w.time_between(Timestamp::HOUR, 3 * Timestamp::HOUR);
    let ips = IpSource::Pool(proxy_pool(w, 5, 8));
    let clients = clients_for(w, accts.len(), None);
    w.add_campaign(CampaignTruth {
        campaign: id.clone(),
        group: "standby_pool".into(),
        accounts: accts.len(),
        active_from: Timestamp(start.min(w.end)),
        active_until: Timestamp(w.end),
        successor_of: Some(predecessor.to_string()),
        pivot_at: None,
    });
    let end = w.end;
    w.add_actor(
        start,
        Box::new(Campaign {
            accts,
            clients,
            rr: 0,
            per_day: pop.rate_per_day,
            profile: Profile::FLAT,
            until: end,
            ips,
            work: Workload::Reasoning {
                frames,
                system,
                max_tokens,
            },
            pivot_at: None,
        }),
    );
}

fn agentic(w: &mut World, p: &Populations) {
    let pop = &p.agentic_harvester;
    if pop.accounts == 0 {
        return;
    }
    let id = campaign_id(w);
    let accts = register(
        w,
        pop.accounts,
        &SignupSpec {
            group: "agentic_harvester",
            campaign: &id,
            channels: &[
                SignupChannel::Education,
                SignupChannel::Research,
                SignupChannel::Startup,
                SignupChannel::Standard,
            ],
            countries: &["US", "GB", "DE", "JP", "KR", "BR", "IN"],
            created_days: (30.0, 1.0),
            burst: 8,
            payment_group: 3,
            verified: 0.1,
        },
    );
    // Residential proxy exits all over the world; threat intel knows only some of them.
    let mut nets = Vec::new();
    for _ in 0..300 {
        let r = w.net.pick_v4(&mut w.rng, NetKind::Isp, None).clone();
        let sub = subnet_in(&mut w.rng, &r.cidr);
        if w.rng.gen_bool(0.4) {
            w.net.add(IpRange {
                cidr: sub,
                asn: r.asn,
                as_org: r.as_org.clone(),
                country: r.country.clone(),
                kind: NetKind::ResidentialProxy,
            });
        }
        nets.push(sub);
    }
    let system = frames::AGENT_SYSTEM
        .choose(&mut w.rng)
        .copied()
        .unwrap_or("")
        .to_string();
    let start = w.start + w.time_between(12 * Timestamp::HOUR, 36 * Timestamp::HOUR);
    let clients = clients_for(w, accts.len(), None);
    w.add_campaign(CampaignTruth {
        campaign: id,
        group: "agentic_harvester".into(),
        accounts: accts.len(),
        active_from: Timestamp(start),
        active_until: Timestamp(w.end),
        successor_of: None,
        pivot_at: None,
    });
    let end = w.end;
    w.add_actor(
        start,
        Box::new(Campaign {
            accts,
            clients,
            rr: 0,
            per_day: pop.rate_per_day,
            profile: Profile::FLAT,
            until: end,
            ips: IpSource::Rotating(nets),
            work: Workload::Agentic { system },
            pivot_at: None,
        }),
    );
}

fn hydra(w: &mut World, p: &Populations, distill_share: f64) {
    let pop = &p.reseller_hydra;
    if pop.accounts == 0 {
        return;
    }
    let id = campaign_id(w);
    let accts = register(
        w,
        pop.accounts,
        &SignupSpec {
            group: "reseller_hydra",
            campaign: &id,
            channels: &[SignupChannel::Standard, SignupChannel::Startup],
            countries: &["US", "SG", "HK", "JP", "GB", "DE", "AE"],
            created_days: (90.0, 5.0),
            burst: 15,
            payment_group: 5,
            verified: 0.15,
        },
    );
    let frames = ReasoningFrames::draw(&mut w.rng);
    let mut customers: Vec<Option<String>> = vec![None, None];
    for co in frames::COMPANIES.iter().take(6) {
        let sys = frames::APP_SYSTEMS
            .choose(&mut w.rng)
            .copied()
            .unwrap_or("{co}");
        customers.push(Some(fill(sys, "{co}", co)));
    }
    let pivot = w.release + w.time_between(2 * Timestamp::HOUR, 20 * Timestamp::HOUR);
    let ips = IpSource::Pool(proxy_pool(w, 8, 8));
    let clients = clients_for(w, accts.len(), None);
    w.add_campaign(CampaignTruth {
        campaign: id,
        group: "reseller_hydra".into(),
        accounts: accts.len(),
        active_from: Timestamp(w.start),
        active_until: Timestamp(w.end),
        successor_of: None,
        pivot_at: (pivot < w.end).then_some(Timestamp(pivot)),
    });
    let (start, end) = (w.start + w.time_between(0, 600_000), w.end);
    w.add_actor(
        start,
        Box::new(Campaign {
            accts,
            clients,
            rr: 0,
            per_day: pop.rate_per_day,
            profile: Profile {
                hours: &SERVICE,
                tz_minutes: 480,
                weekend: 1.0,
            },
            until: end,
            ips,
            work: Workload::Hydra {
                distill_share,
                frames,
                customers,
            },
            pivot_at: Some(pivot),
        }),
    );
}

fn low_and_slow(w: &mut World, p: &Populations) {
    let pop = &p.low_and_slow;
    if pop.accounts == 0 {
        return;
    }
    let id = campaign_id(w);
    let mut accts = Vec::new();
    // Each account is its own identity: own card, own home address, created at scattered times.
    for _ in 0..pop.accounts {
        accts.extend(register(
            w,
            1,
            &SignupSpec {
                group: "low_and_slow",
                campaign: &id,
                channels: &[SignupChannel::Standard],
                countries: &["US", "GB", "DE", "FR", "CA", "AU", "JP"],
                created_days: (300.0, 10.0),
                burst: 1,
                payment_group: 1,
                verified: 0.2,
            },
        ));
    }
    w.add_campaign(CampaignTruth {
        campaign: id,
        group: "low_and_slow".into(),
        accounts: accts.len(),
        active_from: Timestamp(w.start),
        active_until: Timestamp(w.end),
        successor_of: None,
        pivot_at: None,
    });
    for acct in accts {
        let cc = w.accounts[acct].billing_country.clone().unwrap_or_default();
        let net = w.net.pick_v4(&mut w.rng, NetKind::Isp, Some(&cc)).cidr;
        let ip = addr_in(&mut w.rng, &net);
        let profile = Profile {
            hours: &HUMAN,
            tz_minutes: utc_offset_minutes(&cc),
            weekend: 1.0,
        };
        let sessions = pop.rate_per_day / 2.0;
        let client = pick_client(&mut w.rng, false);
        let start = w.start;
        let first = profile.next_after(&mut w.rng, start, sessions);
        w.add_actor(
            first,
            Box::new(SlowHarvester {
                acct,
                profile,
                sessions_per_day: sessions,
                ip,
                client,
                left: 2,
            }),
        );
    }
}

fn vpn_heavy(w: &mut World, p: &Populations) {
    let pop = &p.vpn_heavy;
    for _ in 0..pop.accounts {
        let id = campaign_id(w);
        let accts = register(
            w,
            1,
            &SignupSpec {
                group: "vpn_heavy",
                campaign: &id,
                channels: &[SignupChannel::Standard, SignupChannel::Startup],
                countries: &["HK", "SG"],
                created_days: (20.0, 2.0),
                burst: 1,
                payment_group: 1,
                verified: 0.0,
            },
        );
        let exits: Vec<IpAddr> = (0..3)
            .map(|_| {
                let cc = ["US", "JP", "SG"].choose(&mut w.rng).copied();
                let n = w.net.pick_v4(&mut w.rng, NetKind::Vpn, cc).cidr;
                addr_in(&mut w.rng, &n)
            })
            .collect();
        let leak_net = w.net.pick_v4(&mut w.rng, NetKind::Isp, Some("CN")).cidr;
        let leak = vec![addr_in(&mut w.rng, &leak_net)];
        let frames = ReasoningFrames::draw(&mut w.rng);
        let start = w.start + w.time_between(0, Timestamp::DAY);
        let clients = clients_for(w, 1, None);
        w.add_campaign(CampaignTruth {
            campaign: id,
            group: "vpn_heavy".into(),
            accounts: 1,
            active_from: Timestamp(start),
            active_until: Timestamp(w.end),
            successor_of: None,
            pivot_at: None,
        });
        let end = w.end;
        w.add_actor(
            start,
            Box::new(Campaign {
                accts,
                clients,
                rr: 0,
                per_day: pop.rate_per_day,
                profile: Profile {
                    hours: &SERVICE,
                    tz_minutes: 480,
                    weekend: 1.0,
                },
                until: end,
                ips: IpSource::Vpn {
                    exits,
                    leak,
                    leak_share: 0.02,
                },
                work: Workload::Reasoning {
                    frames,
                    system: None,
                    max_tokens: 32000,
                },
                pivot_at: None,
            }),
        );
    }
}
