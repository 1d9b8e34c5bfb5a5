//! Ordinary customers, including the hard ones that look like harvesters from afar:
//! an enterprise behind one NAT, a university, an evaluation company, a reseller, app backends
//! and coding-agent power users.

use std::collections::VecDeque;
use std::net::IpAddr;

use dg_model::{Event, NetKind, SignupChannel, Timestamp};
use rand::seq::SliceRandom;
use rand::Rng;
use rand_chacha::ChaCha8Rng;

use super::content::{casual_request, person_model, pick, pick_ip};
use crate::config::Populations;
use crate::corpus::{Corpus, Item};
use crate::frames::{self, fill};
use crate::netpool::{addr_in, utc_offset_minutes};
use crate::request::{pick_client, Client, Origin, Req, CODING_AGENT};
use crate::timing::{lognormal_mult, Profile, HUMAN, OFFICE, SERVICE};
use crate::world::{Behaviour, Ctx, NewAccount, World, MODEL_MAIN, MODEL_NEW};

/// Countries of ordinary users, weighted.
const COUNTRIES: &[(&str, u32)] = &[
    ("US", 30),
    ("IN", 10),
    ("GB", 6),
    ("DE", 6),
    ("FR", 4),
    ("JP", 5),
    ("KR", 4),
    ("BR", 5),
    ("CA", 4),
    ("AU", 3),
    ("SG", 2),
    ("NL", 2),
    ("ES", 3),
    ("IT", 3),
    ("ID", 3),
    ("MX", 3),
    ("PL", 2),
    ("TW", 2),
    ("HK", 1),
    ("VN", 2),
    ("TR", 2),
    ("SE", 1),
];

pub(crate) fn country(rng: &mut impl Rng) -> &'static str {
    let total: u32 = COUNTRIES.iter().map(|c| c.1).sum();
    let mut x = rng.gen_range(0..total);
    for (c, w) in COUNTRIES {
        if x < *w {
            return c;
        }
        x -= w;
    }
    "US"
}

/// What kind of person this is, and what they bring to the model.
enum Style {
    Casual,
    /// A student: the class's shared problem set and coding exercises.
    Student {
        problems: Vec<usize>,
        exercises: Vec<usize>,
    },
    /// An employee; some use an internal assistant with a fixed system prompt.
    Employee {
        system: Option<String>,
    },
    /// A coding-agent power user: long tool-heavy sessions.
    Coder,
}

struct Session {
    left: u32,
    turn: u32,
    history: u64,
    model: &'static str,
    ip: IpAddr,
    item: Option<Item>,
}

/// A person at a keyboard: sessions at human hours, multi-turn, mixed topics.
struct Person {
    acct: usize,
    profile: Profile,
    sessions_per_day: f64,
    ips: Vec<IpAddr>,
    client: Client,
    style: Style,
    adopt: f64,
    session: Option<Session>,
}

const CODER_TOOLS: &[&str] = &[
    "bash",
    "read_file",
    "edit_file",
    "write_file",
    "grep",
    "glob",
    "web_search",
    "todo_write",
];

const CODER_FOLLOWUPS: &[&str] = &[
    "Now run the tests again.",
    "Fix the lint errors too.",
    "Looks good. Commit it with a clear message.",
    "That broke the build on CI, check the logs.",
    "Can you also add a regression test for this?",
    "Refactor that into a helper, it's duplicated.",
    "Undo the last change, I prefer the old approach.",
];

impl Person {
    fn start_session(&mut self, rng: &mut ChaCha8Rng, t: i64, ctx: &Ctx<'_>) -> Session {
        let left = match self.style {
            Style::Coder => rng.gen_range(15..120),
            _ => 1 + (rng.gen::<f64>().ln() / 0.6f64.ln()).floor().min(9.0) as u32,
        };
        Session {
            left,
            turn: 1,
            history: 0,
            model: person_model(rng, t, ctx.release, self.adopt),
            ip: if rng.gen_bool(0.85) {
                self.ips[0]
            } else {
                pick_ip(rng, &self.ips)
            },
            item: None,
        }
    }

    fn request(&self, rng: &mut ChaCha8Rng, s: &Session, c: &Corpus) -> (Req, Option<Item>) {
        match &self.style {
            Style::Casual => casual_request(rng, c, s.turn, s.item.as_ref()),
            Style::Employee { system } => {
                let (mut r, item) = casual_request(rng, c, s.turn, s.item.as_ref());
                r.system = system.clone();
                (r, item)
            }
            Style::Student {
                problems,
                exercises,
            } => {
                if s.turn > 1 || rng.gen_bool(0.25) {
                    return casual_request(rng, c, s.turn, s.item.as_ref());
                }
                if rng.gen_bool(0.65) {
                    let item = problems.choose(rng).and_then(|&i| c.math.get(i));
                    let text = item.map_or("", |i| i.text.as_str());
                    let frame = frames::HOMEWORK.choose(rng).copied().unwrap_or("{q}");
                    let mut r = Req::chat(fill(frame, "{q}", text));
                    r.out_median = 500.0;
                    (r, item.cloned())
                } else {
                    let item = exercises.choose(rng).and_then(|&i| c.code.get(i));
                    let text = item.map_or("", |i| i.text.as_str());
                    let frame = frames::STUDENT_CODE.choose(rng).copied().unwrap_or("{c}");
                    (Req::chat(fill(frame, "{c}", text)), item.cloned())
                }
            }
            Style::Coder => {
                let prompt = if s.turn == 1 {
                    let task = pick(rng, &c.code).map_or("", |i| i.text.as_str());
                    format!(
                        "In this repo, implement the following and make the tests pass:\n\n{task}"
                    )
                } else if rng.gen_bool(0.78) {
                    String::new()
                } else {
                    CODER_FOLLOWUPS
                        .choose(rng)
                        .copied()
                        .unwrap_or("continue")
                        .to_string()
                };
                let req = Req {
                    prompt,
                    system: Some("You are an interactive CLI coding agent. Use the tools to help the user with software engineering tasks.".into()),
                    turns: s.turn * 2 - 1,
                    tools: CODER_TOOLS.iter().map(|s| s.to_string()).collect(),
                    tool_calls: if rng.gen_bool(0.85) { rng.gen_range(1..4) } else { 0 },
                    max_tokens: 32000,
                    history_tokens: s.history,
                    out_median: 450.0,
                    out_sigma: 0.8,
                    think_median: if rng.gen_bool(0.3) { 600.0 } else { 0.0 },
                    tool_stop: true,
                    ..Req::default()
                };
                (req, None)
            }
        }
    }
}

impl Behaviour for Person {
    fn fire(
        &mut self,
        rng: &mut ChaCha8Rng,
        t: i64,
        ctx: &Ctx<'_>,
        out: &mut Vec<Event>,
    ) -> Option<i64> {
        let mut s = match self.session.take() {
            Some(s) => s,
            None => self.start_session(rng, t, ctx),
        };
        let (mut req, item) = self.request(rng, &s, ctx.corpus);
        if !matches!(self.style, Style::Coder) {
            req.turns = s.turn * 2 - 1;
            req.history_tokens = s.history;
        }
        let ev = req.finish(
            rng,
            t,
            &Origin {
                account_id: &ctx.account_ids[self.acct],
                api_key_id: &ctx.key_ids[self.acct],
                ip: s.ip,
                client: self.client,
                model: s.model,
            },
        );
        s.history = (s.history
            + ev.input_tokens.saturating_sub(s.history)
            + ev.output_tokens
            + if matches!(self.style, Style::Coder) {
                rng.gen_range(300..4000)
            } else {
                0
            })
        .min(180_000);
        if s.history >= 180_000 {
            s.history = 30_000; // the agent compacts its context
        }
        out.push(ev);
        s.turn += 1;
        s.left = s.left.saturating_sub(1);
        if item.is_some() {
            s.item = item;
        }
        let next = if s.left == 0 {
            self.profile.next_after(rng, t, self.sessions_per_day)
        } else {
            let gap = match self.style {
                Style::Coder => rng.gen_range(4_000..70_000),
                _ => rng.gen_range(20_000..400_000),
            };
            self.session = Some(s);
            t + gap
        };
        (next < ctx.end).then_some(next)
    }
}

/// A service's backend: fixed system prompt, diverse end-user text, around the clock.
struct AppBackend {
    acct: usize,
    /// A tutoring app: homework from its students under a reasoning-eliciting system prompt.
    tutor: bool,
    system: String,
    tools: Vec<String>,
    ips: Vec<IpAddr>,
    client: Client,
    per_day: f64,
    profile: Profile,
    model: &'static str,
    switch_at: Option<i64>,
    max_tokens: u32,
}

impl Behaviour for AppBackend {
    fn fire(
        &mut self,
        rng: &mut ChaCha8Rng,
        t: i64,
        ctx: &Ctx<'_>,
        out: &mut Vec<Event>,
    ) -> Option<i64> {
        let c = ctx.corpus;
        let item = if self.tutor {
            if rng.gen_bool(0.7) {
                pick(rng, &c.math)
            } else {
                pick(rng, &c.code)
            }
        } else if !self.tools.is_empty() {
            pick(rng, &c.tool_request)
        } else if rng.gen_bool(0.6) {
            pick(rng, &c.question)
        } else if rng.gen_bool(0.5) {
            pick(rng, &c.writing)
        } else {
            pick(rng, &c.tool_request)
        };
        let turns = if rng.gen_bool(0.7) {
            1
        } else {
            *[3, 5, 7].choose(rng).unwrap_or(&3)
        };
        let tool_calls = if !self.tools.is_empty() && rng.gen_bool(0.5) {
            rng.gen_range(1..3)
        } else {
            0
        };
        let req = Req {
            prompt: item.map_or_else(String::new, |i| {
                super::variety::end_user(rng, &i.text, i.kind, self.tutor)
            }),
            system: Some(self.system.clone()),
            turns,
            tools: self.tools.clone(),
            tool_calls,
            max_tokens: self.max_tokens,
            history_tokens: if turns > 1 {
                rng.gen_range(200..3000)
            } else {
                0
            },
            out_median: if self.tutor { 650.0 } else { 260.0 },
            out_sigma: 0.6,
            tool_stop: tool_calls > 0,
            ..Req::default()
        };
        let model = match self.switch_at {
            Some(s) if t >= s => MODEL_NEW,
            _ => self.model,
        };
        let ip = pick_ip(rng, &self.ips);
        ctx.emit(out, rng, t, self.acct, ip, self.client, model, req);
        let next = self.profile.next_after(rng, t, self.per_day);
        (next < ctx.end).then_some(next)
    }
}

/// One benchmark run: which model, how many items, how many samples of each.
struct Run {
    start: i64,
    model: &'static str,
    items: usize,
    samples: u32,
}

/// An evaluation company: a fixed suite, templated step-by-step prompts, re-run on a new model.
struct EvalCompany {
    accts: Vec<usize>,
    rr: usize,
    suite: Vec<String>,
    runs: VecDeque<Run>,
    pos: usize,
    sample: u32,
    ips: Vec<IpAddr>,
    client: Client,
}

impl Behaviour for EvalCompany {
    fn fire(
        &mut self,
        rng: &mut ChaCha8Rng,
        t: i64,
        ctx: &Ctx<'_>,
        out: &mut Vec<Event>,
    ) -> Option<i64> {
        let run = self.runs.front()?;
        let prompt = self.suite[self.pos % self.suite.len().max(1)].clone();
        let acct = self.accts[self.rr % self.accts.len()];
        self.rr += 1;
        let req = Req {
            max_tokens: 4096,
            out_median: 550.0,
            out_sigma: 0.5,
            ..Req::chat(prompt)
        };
        let ip = pick_ip(rng, &self.ips);
        ctx.emit(out, rng, t, acct, ip, self.client, run.model, req);
        self.sample += 1;
        if self.sample >= run.samples {
            self.sample = 0;
            self.pos += 1;
        }
        let mut next = t + rng.gen_range(300..2_500);
        if self.pos >= run.items {
            self.pos = 0;
            self.runs.pop_front();
            next = self.runs.front().map_or(i64::MAX, |r| r.start.max(next));
        }
        (next < ctx.end).then_some(next)
    }
}

/// A legitimate reseller: one verified account carrying many customers' diverse traffic.
struct ResellerLegit {
    acct: usize,
    customers: Vec<Option<String>>,
    ips: Vec<IpAddr>,
    client: Client,
    per_day: f64,
    profile: Profile,
}

impl Behaviour for ResellerLegit {
    fn fire(
        &mut self,
        rng: &mut ChaCha8Rng,
        t: i64,
        ctx: &Ctx<'_>,
        out: &mut Vec<Event>,
    ) -> Option<i64> {
        // Customers follow a heavy-tailed size distribution.
        let n = self.customers.len().max(1);
        let ci = ((rng.gen::<f64>().powi(3)) * n as f64) as usize % n;
        let (mut req, _) = casual_request(rng, ctx.corpus, 1, None);
        req.system = self.customers[ci].clone();
        if rng.gen_bool(0.1) {
            req.has_image = true;
        }
        let model = if t >= ctx.release {
            let hours = (t - ctx.release) as f64 / Timestamp::HOUR as f64;
            if rng.gen::<f64>() < 0.35 * (hours / 24.0).min(1.0) {
                MODEL_NEW
            } else {
                MODEL_MAIN
            }
        } else {
            MODEL_MAIN
        };
        let ip = pick_ip(rng, &self.ips);
        ctx.emit(out, rng, t, self.acct, ip, self.client, model, req);
        let next = self.profile.next_after(rng, t, self.per_day);
        (next < ctx.end).then_some(next)
    }
}

fn first_due(w: &mut World, profile: &Profile, per_day: f64) -> i64 {
    let start = w.start;
    profile.next_after(&mut w.rng, start, per_day)
}

fn home_ips(w: &mut World, country: &str, n: usize) -> Vec<IpAddr> {
    let mut ips = Vec::with_capacity(n);
    let home = w.net.pick_v4(&mut w.rng, NetKind::Isp, Some(country)).cidr;
    ips.push(addr_in(&mut w.rng, &home));
    for _ in 1..n {
        let kind = if w.rng.gen_bool(0.6) {
            NetKind::Mobile
        } else {
            NetKind::Isp
        };
        let net = w.net.pick(&mut w.rng, kind, Some(country)).cidr;
        ips.push(addr_in(&mut w.rng, &net));
    }
    ips
}

/// Adds every benign population.
pub fn build(w: &mut World, p: &Populations, c: &Corpus) {
    individuals(w, p.individual.accounts, p.individual.rate_per_day);
    app_backends(w, c, p.app_backend.accounts, p.app_backend.rate_per_day);
    enterprise(w, p.enterprise.accounts, p.enterprise.rate_per_day);
    university(w, c, p.university.accounts, p.university.rate_per_day);
    eval_company(w, c, p.eval_company.accounts, p.eval_company.rate_per_day);
    reseller(w, p.reseller_legit.accounts, p.reseller_legit.rate_per_day);
    coders(
        w,
        p.coding_power_user.accounts,
        p.coding_power_user.rate_per_day,
    );
}

fn individuals(w: &mut World, n: u32, per_day: f64) {
    for _ in 0..n {
        let cc = country(&mut w.rng);
        let created = w.time_between(w.start - 700 * Timestamp::DAY, w.start - Timestamp::DAY);
        let channel = match w.rng.gen_range(0..100) {
            0..=94 => SignupChannel::Standard,
            95..=97 => SignupChannel::Education,
            _ => SignupChannel::Startup,
        };
        let payment = w.rng.gen_bool(0.7).then(|| w.payment());
        let domain = w.consumer_domain();
        let shape = w.human_shape();
        let verified = w.rng.gen_bool(0.2);
        let acct = w.add_account(NewAccount {
            created_at: created,
            group: "individual",
            campaign: None,
            org_id: None,
            email_domain: domain,
            email_local_shape: shape,
            payment_fingerprint: payment,
            billing_country: cc.to_string(),
            channel,
            verified,
        });
        let n_ips = w.rng.gen_range(1..4);
        let ips = home_ips(w, cc, n_ips);
        let profile = Profile {
            hours: &HUMAN,
            tz_minutes: utc_offset_minutes(cc) + w.rng.gen_range(-60..60),
            weekend: 1.1,
        };
        let rate = per_day * lognormal_mult(&mut w.rng, 1.0);
        let sessions = rate / 2.2;
        let adopt = w.rng.gen_range(0.05..0.6);
        let client = pick_client(&mut w.rng, false);
        let first = first_due(w, &profile, sessions);
        w.add_actor(
            first,
            Box::new(Person {
                acct,
                profile,
                sessions_per_day: sessions,
                ips,
                client,
                style: Style::Casual,
                adopt,
                session: None,
            }),
        );
    }
}

fn app_backends(w: &mut World, _c: &Corpus, n: u32, per_day: f64) {
    for i in 0..n {
        let cc = ["US", "DE", "GB", "SG", "JP", "IN", "FR", "CA"][i as usize % 8];
        let co = frames::COMPANIES
            .choose(&mut w.rng)
            .copied()
            .unwrap_or("Acme");
        let tutor = w.rng.gen_bool(0.2);
        let personas = if tutor {
            frames::TUTOR_SYSTEMS
        } else {
            frames::APP_SYSTEMS
        };
        let persona = personas.choose(&mut w.rng).copied().unwrap_or("{co}");
        let support = !tutor && w.rng.gen_bool(0.3);
        let tools: Vec<String> = if support {
            let all = [
                "lookup_order",
                "track_shipment",
                "create_return",
                "search_kb",
                "escalate_to_human",
                "update_address",
            ];
            let k = w.rng.gen_range(2..all.len());
            all[..k].iter().map(|s| s.to_string()).collect()
        } else {
            Vec::new()
        };
        let created = w.time_between(
            w.start - 600 * Timestamp::DAY,
            w.start - 30 * Timestamp::DAY,
        );
        let payment = Some(w.payment());
        let domain = format!("{}.com", co.to_lowercase().replace(' ', ""));
        let verified = w.rng.gen_bool(0.7);
        let org = w.id("org_", 6);
        let channel = if w.rng.gen_bool(0.4) {
            SignupChannel::Startup
        } else {
            SignupChannel::Standard
        };
        let acct = w.add_account(NewAccount {
            created_at: created,
            group: "app_backend",
            campaign: None,
            org_id: Some(org),
            email_domain: domain,
            email_local_shape: ["aaaaaaaaa", "aaa", "aaaa.aaaaa"][i as usize % 3].to_string(),
            payment_fingerprint: payment,
            billing_country: cc.to_string(),
            channel,
            verified,
        });
        // Apps run in a cloud region near their customers (fallback: any region).
        let net = w.net.pick_v4(&mut w.rng, NetKind::Hosting, Some(cc)).cidr;
        let k = w.rng.gen_range(1..5);
        let ips = (0..k).map(|_| addr_in(&mut w.rng, &net)).collect();
        let rate = per_day * lognormal_mult(&mut w.rng, 0.9);
        let profile = Profile {
            hours: &SERVICE,
            tz_minutes: utc_offset_minutes(cc),
            weekend: 0.9,
        };
        let switch_at = w.rng.gen_bool(0.3).then(|| {
            let (a, b) = (w.release + Timestamp::DAY, w.release + 4 * Timestamp::DAY);
            w.time_between(a, b)
        });
        let client = pick_client(&mut w.rng, true);
        let first = first_due(w, &profile, rate);
        let max_tokens = *[512, 1024, 1024, 2048].choose(&mut w.rng).unwrap_or(&1024);
        let model = if w.rng.gen_bool(0.3) {
            crate::world::MODEL_MINI
        } else {
            MODEL_MAIN
        };
        w.add_actor(
            first,
            Box::new(AppBackend {
                acct,
                tutor,
                system: fill(persona, "{co}", co),
                tools,
                ips,
                client,
                per_day: rate,
                profile,
                model,
                switch_at,
                max_tokens,
            }),
        );
    }
}

fn enterprise(w: &mut World, n: u32, per_day: f64) {
    if n == 0 {
        return;
    }
    let cc = "US";
    let org = w.id("org_", 6);
    let payment = Some(w.payment());
    let domain = format!("{}.com", w.id("", 6));
    // A few NAT egress addresses for the whole company, in one ISP business range.
    let nat_net = w.net.pick_v4(&mut w.rng, NetKind::Isp, Some(cc)).cidr;
    let nat: Vec<IpAddr> = (0..3).map(|_| addr_in(&mut w.rng, &nat_net)).collect();
    let internal_bot = "You are AcmeAssist, the internal assistant of our company. Answer using company policy where relevant and keep answers brief.".to_string();
    for _ in 0..n {
        let created = w.time_between(
            w.start - 900 * Timestamp::DAY,
            w.start - 20 * Timestamp::DAY,
        );
        let shape = w.human_shape();
        let acct = w.add_account(NewAccount {
            created_at: created,
            group: "enterprise",
            campaign: None,
            org_id: Some(org.clone()),
            email_domain: domain.clone(),
            email_local_shape: shape,
            payment_fingerprint: payment.clone(),
            billing_country: cc.to_string(),
            channel: SignupChannel::Enterprise,
            verified: true,
        });
        let profile = Profile {
            hours: &OFFICE,
            tz_minutes: -300,
            weekend: 0.05,
        };
        let rate = per_day * lognormal_mult(&mut w.rng, 0.8);
        let coder = w.rng.gen_bool(0.12);
        let style = if coder {
            Style::Coder
        } else {
            Style::Employee {
                system: w.rng.gen_bool(0.3).then(|| internal_bot.clone()),
            }
        };
        let sessions = if coder { rate / 40.0 } else { rate / 2.5 };
        let first = first_due(w, &profile, sessions);
        let client = if coder {
            CODING_AGENT
        } else {
            pick_client(&mut w.rng, false)
        };
        w.add_actor(
            first,
            Box::new(Person {
                acct,
                profile,
                sessions_per_day: sessions,
                ips: nat.clone(),
                client,
                style,
                adopt: 0.3,
                session: None,
            }),
        );
    }
}

fn university(w: &mut World, c: &Corpus, n: u32, per_day: f64) {
    if n == 0 {
        return;
    }
    let cc = "US";
    let domain = format!("{}.edu", w.id("", 5));
    let campus = w.net.pick_v4(&mut w.rng, NetKind::Education, Some(cc)).cidr;
    let nat: Vec<IpAddr> = (0..3).map(|_| addr_in(&mut w.rng, &campus)).collect();
    let term_start = w.start - 14 * Timestamp::DAY;
    let class_size = 30usize;
    let n_classes = (n as usize).div_ceil(class_size);
    for k in 0..n_classes {
        // A class signs up together in the first lab session of term.
        let session_at = term_start + w.time_between(0, 10 * Timestamp::DAY);
        let problems: Vec<usize> = (0..15).map(|_| w.rng.gen_range(0..c.math.len())).collect();
        let exercises: Vec<usize> = (0..8).map(|_| w.rng.gen_range(0..c.code.len())).collect();
        let members = class_size.min(n as usize - k * class_size);
        for _ in 0..members {
            let created = session_at + w.time_between(0, 90 * Timestamp::MINUTE);
            let student_shape = if w.rng.gen_bool(0.6) {
                "aa9999".to_string()
            } else {
                w.human_shape()
            };
            let verified = w.rng.gen_bool(0.1);
            let acct = w.add_account(NewAccount {
                created_at: created,
                group: "university",
                campaign: None,
                org_id: None,
                email_domain: domain.clone(),
                email_local_shape: student_shape,
                payment_fingerprint: None,
                billing_country: cc.to_string(),
                channel: SignupChannel::Education,
                verified,
            });
            let mut ips = nat.clone();
            ips.rotate_left(w.rng.gen_range(0..3));
            let home = w.net.pick_v4(&mut w.rng, NetKind::Isp, Some(cc)).cidr;
            ips.push(addr_in(&mut w.rng, &home));
            let profile = Profile {
                hours: &HUMAN,
                tz_minutes: -300,
                weekend: 0.8,
            };
            let rate = per_day * lognormal_mult(&mut w.rng, 0.9);
            let sessions = rate / 2.0;
            let first = first_due(w, &profile, sessions);
            let client = pick_client(&mut w.rng, false);
            w.add_actor(
                first,
                Box::new(Person {
                    acct,
                    profile,
                    sessions_per_day: sessions,
                    ips,
                    client,
                    style: Style::Student {
                        problems: problems.clone(),
                        exercises: exercises.clone(),
                    },
                    adopt: 0.4,
                    session: None,
                }),
            );
        }
    }
}

fn eval_company(w: &mut World, c: &Corpus, n: u32, per_day: f64) {
    if n == 0 {
        return;
    }
    let org = w.id("org_", 6);
    let payment = Some(w.payment());
    let domain = format!("{}.ai", w.id("", 6));
    let mut accts = Vec::new();
    for _ in 0..n {
        let created = w.time_between(
            w.start - 500 * Timestamp::DAY,
            w.start - 60 * Timestamp::DAY,
        );
        let shape = w.human_shape();
        let channel = if w.rng.gen_bool(0.5) {
            SignupChannel::Research
        } else {
            SignupChannel::Enterprise
        };
        accts.push(w.add_account(NewAccount {
            created_at: created,
            group: "eval_company",
            campaign: None,
            org_id: Some(org.clone()),
            email_domain: domain.clone(),
            email_local_shape: shape,
            payment_fingerprint: payment.clone(),
            billing_country: "US".into(),
            channel,
            verified: true,
        }));
    }
    // The fixed suite: templated step-by-step prompts over a fixed set of items.
    let template = frames::EVAL_TEMPLATES
        .choose(&mut w.rng)
        .copied()
        .unwrap_or("{q}");
    let mut suite = Vec::new();
    for item in c.math.iter().chain(c.question.iter()).take(240) {
        suite.push(fill(template, "{q}", &item.text));
    }
    for item in c.code.iter().take(80) {
        suite.push(fill(frames::EVAL_CODE, "{c}", &item.text));
    }
    suite.shuffle(&mut w.rng);
    let net = w.net.pick_v4(&mut w.rng, NetKind::Hosting, Some("US")).cidr;
    let ips: Vec<IpAddr> = (0..4).map(|_| addr_in(&mut w.rng, &net)).collect();
    let mut runs = Vec::new();
    let days = (w.end - w.start) / Timestamp::DAY;
    // Nightly regression runs sample each item enough times to reach the configured volume.
    let samples = ((per_day / suite.len().max(1) as f64).ceil() as u32).max(1);
    let nightly = (per_day as usize)
        .div_ceil(samples as usize)
        .clamp(1, suite.len().max(1));
    for d in 0..days {
        runs.push(Run {
            start: w.start + d * Timestamp::DAY + 9 * Timestamp::HOUR,
            model: MODEL_MAIN,
            items: nightly,
            samples,
        });
    }
    // Re-run the whole suite on the new model within hours of its release, with several samples.
    let rerun = w.release + w.time_between(Timestamp::HOUR, 6 * Timestamp::HOUR);
    runs.push(Run {
        start: rerun,
        model: MODEL_NEW,
        items: suite.len(),
        samples: 3,
    });
    runs.sort_by_key(|r| r.start);
    let first = runs.first().map_or(w.end, |r| r.start);
    let client = pick_client(&mut w.rng, true);
    w.add_actor(
        first,
        Box::new(EvalCompany {
            accts,
            rr: 0,
            suite,
            runs: runs.into(),
            pos: 0,
            sample: 0,
            ips,
            client,
        }),
    );
}

fn reseller(w: &mut World, n: u32, per_day: f64) {
    for _ in 0..n {
        let created = w.time_between(
            w.start - 400 * Timestamp::DAY,
            w.start - 90 * Timestamp::DAY,
        );
        let payment = Some(w.payment());
        let org = w.id("org_", 6);
        let domain = format!("{}.cloud", w.id("", 6));
        let acct = w.add_account(NewAccount {
            created_at: created,
            group: "reseller_legit",
            campaign: None,
            org_id: Some(org),
            email_domain: domain,
            email_local_shape: "aaaaaaa".into(),
            payment_fingerprint: payment,
            billing_country: "DE".into(),
            channel: SignupChannel::Reseller,
            verified: true,
        });
        let mut customers: Vec<Option<String>> = vec![None];
        for co in frames::COMPANIES {
            for sys in frames::APP_SYSTEMS.iter().take(4) {
                customers.push(Some(fill(sys, "{co}", co)));
            }
        }
        customers.shuffle(&mut w.rng);
        let net = w.net.pick_v4(&mut w.rng, NetKind::Hosting, None).cidr;
        let ips: Vec<IpAddr> = (0..20).map(|_| addr_in(&mut w.rng, &net)).collect();
        let profile = Profile {
            hours: &SERVICE,
            tz_minutes: 60,
            weekend: 0.9,
        };
        let first = first_due(w, &profile, per_day);
        let client = pick_client(&mut w.rng, true);
        w.add_actor(
            first,
            Box::new(ResellerLegit {
                acct,
                customers,
                ips,
                client,
                per_day,
                profile,
            }),
        );
    }
}

fn coders(w: &mut World, n: u32, per_day: f64) {
    for _ in 0..n {
        let cc = country(&mut w.rng);
        let created = w.time_between(w.start - 500 * Timestamp::DAY, w.start - 5 * Timestamp::DAY);
        let payment = Some(w.payment());
        let domain = w.consumer_domain();
        let shape = w.human_shape();
        let verified = w.rng.gen_bool(0.4);
        let acct = w.add_account(NewAccount {
            created_at: created,
            group: "coding_power_user",
            campaign: None,
            org_id: None,
            email_domain: domain,
            email_local_shape: shape,
            payment_fingerprint: payment,
            billing_country: cc.to_string(),
            channel: SignupChannel::Standard,
            verified,
        });
        let ips = home_ips(w, cc, 2);
        let profile = Profile {
            hours: &HUMAN,
            tz_minutes: utc_offset_minutes(cc),
            weekend: 0.6,
        };
        let rate = per_day * lognormal_mult(&mut w.rng, 0.6);
        let sessions = rate / 60.0;
        let first = first_due(w, &profile, sessions);
        let adopt = w.rng.gen_range(0.3..0.9);
        w.add_actor(
            first,
            Box::new(Person {
                acct,
                profile,
                sessions_per_day: sessions,
                ips,
                client: CODING_AGENT,
                style: Style::Coder,
                adopt,
                session: None,
            }),
        );
    }
}
