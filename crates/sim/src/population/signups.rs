//! People who sign up during the simulated week, as every API provider sees each day: a
//! steady stream of organic sign-ups at human hours, many of whom try the API once or twice
//! (often the quickstart's "hello" from the docs) and never come back, some who explore for a
//! session or two, a few who start building something, and a few who came to try the
//! reasoning model. They are the honest look-alikes of accounts created just before use.
//!
//! The population is added after every other one, so the others' random draws (and so their
//! accounts and traffic) do not change with its size.

use std::net::IpAddr;

use dg_model::{Event, NetKind, SignupChannel, Timestamp};
use ipnet::IpNet;
use rand::seq::SliceRandom;
use rand::Rng;
use rand_chacha::ChaCha8Rng;

use super::benign::country;
use super::content::{casual_request, pick};
use super::variety::personalize;
use crate::config::Pop;
use crate::corpus::{Corpus, Item, ItemKind};
use crate::netpool::{addr_in, utc_offset_minutes};
use crate::request::{pick_client, Client, Req};
use crate::timing::{lognormal, Profile, HUMAN};
use crate::world::{Behaviour, Ctx, NewAccount, World, MODEL_MAIN, MODEL_MINI, MODEL_NEW};

const MIN: i64 = Timestamp::MINUTE;
const HOUR: i64 = Timestamp::HOUR;
const DAY: i64 = Timestamp::DAY;

/// The mean requests per sign-up the shapes below give; `rate_per_day` rescales them.
const MEAN_REQUESTS: f64 = 5.0;

/// `curl` pasted from the quickstart: how many first requests are made.
pub(crate) const CURL: Client = Client {
    ua: "curl/8.7.1",
    fp: "t13d3112h2_e8f1e7e78f70_b26ce05bbdd6",
};

/// Why this person signed up.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Intent {
    /// Tries it once or twice, usually the docs example, and moves on.
    Kick,
    /// Pokes around for a session or two: questions, some code, some writing.
    Explore,
    /// Starts wiring the API into a small project: SDK, system prompt, tools, code questions.
    Build,
    /// Came to try the reasoning model: puzzles, maths, checking answers, extended thinking.
    Reason,
}

/// What one request is.
#[derive(Debug, Clone, Copy)]
enum Ask {
    Hello,
    Chat,
    Code,
    Reason,
    Rewrite,
    Grade,
    Tools,
}

fn weighted<T: Copy>(rng: &mut impl Rng, v: &[(T, u32)]) -> T {
    let total: u32 = v.iter().map(|x| x.1).sum();
    let mut x = rng.gen_range(0..total.max(1));
    for (t, w) in v {
        if x < *w {
            return *t;
        }
        x -= w;
    }
    v[0].0
}

fn one<'a>(rng: &mut impl Rng, v: &[&'a str]) -> &'a str {
    v.choose(rng).copied().unwrap_or("")
}

// ---------------------------------------------------------------------------------------------
// What newcomers type.

const GREETS: &[&str] = &[
    "Hello",
    "Hello, Helios",
    "Hi",
    "hi",
    "hello world",
    "Hello world!",
    "Hey there",
    "test",
    "Testing",
    "Hi!",
    "hey",
    "Good morning",
    "yo",
    "ping",
];

const FIRST_ASKS: &[&str] = &[
    "",
    "",
    "Are you working?",
    "What can you do?",
    "Tell me a fun fact about {topic}.",
    "Write a haiku about {topic}.",
    "Say something in {lang}.",
    "What's 2+2?",
    "Can you hear me?",
    "Explain {topic} in one sentence.",
    "Give me three ideas for {thing}.",
    "What model are you and what's your knowledge cutoff?",
    "Reply with just OK if this works.",
    "Summarize what an API is in {n} words.",
    "How are you today?",
    "Write a two-line poem about {topic}.",
    "What's the capital of {place}?",
    "Tell me a joke about {topic}.",
    "Count from 1 to {n}.",
    "Translate 'good morning' into {lang}.",
];

const TOPICS: &[&str] = &[
    "octopuses",
    "the moon",
    "coffee",
    "black holes",
    "autumn",
    "Rust programming",
    "cats",
    "the ocean",
    "penguins",
    "volcanoes",
    "sourdough bread",
    "jazz",
    "the Roman empire",
    "honeybees",
    "mountains",
    "rain",
    "chess",
    "electric cars",
    "tea",
    "dinosaurs",
    "the internet",
    "robots",
    "football",
    "Mars",
];

const THINGS: &[&str] = &[
    "a birthday party",
    "a side project",
    "a team name",
    "a podcast",
    "a weekend trip",
    "a startup",
    "a blog post",
    "dinner tonight",
    "a board game night",
    "a hackathon project",
];

const PLACES: &[&str] = &[
    "Australia",
    "Canada",
    "Mongolia",
    "Peru",
    "Kenya",
    "Norway",
    "Vietnam",
    "Portugal",
    "Chile",
    "Morocco",
];

const LANGS: &[&str] = &[
    "French",
    "Spanish",
    "Japanese",
    "German",
    "Korean",
    "Hindi",
    "Italian",
    "Portuguese",
];

/// One of `v` with its slots filled.
fn filled(rng: &mut impl Rng, v: &[&str]) -> String {
    let t = one(rng, v);
    slots(rng, t)
}

fn slots(rng: &mut impl Rng, t: &str) -> String {
    let mut s = t.to_string();
    for (k, v) in [
        ("{topic}", TOPICS),
        ("{thing}", THINGS),
        ("{place}", PLACES),
        ("{lang}", LANGS),
        ("{city}", CITIES),
        ("{env}", ENVS),
        ("{sdk}", SDKS),
    ] {
        if s.contains(k) {
            s = s.replace(k, one(rng, v));
        }
    }
    if s.contains("{n}") {
        s = s.replace("{n}", &rng.gen_range(3..25).to_string());
    }
    s
}

/// A first "does this work" request, as the quickstart suggests.
fn hello(rng: &mut impl Rng) -> Req {
    let greet = one(rng, GREETS);
    let ask = filled(rng, FIRST_ASKS);
    let prompt = match (ask.is_empty(), rng.gen_range(0..3)) {
        (true, _) => greet.to_string(),
        (false, 0) => ask,
        (false, _) => format!(
            "{greet}{} {ask}",
            if greet.ends_with('!') { "" } else { "!" }
        ),
    };
    Req {
        out_median: 60.0,
        out_sigma: 0.8,
        ..Req::chat(prompt)
    }
}

const SDKS: &[&str] = &[
    "Python SDK",
    "TypeScript SDK",
    "REST API with curl",
    "Go client",
    "OpenAI-compatible endpoint",
    "Python SDK in async mode",
];

const ENVS: &[&str] = &[
    "a Jupyter notebook",
    "Google Colab",
    "my Flask app",
    "a Next.js API route",
    "an AWS Lambda function",
    "a FastAPI backend",
    "a Node 20 script",
    "a Django view",
    "VS Code",
    "a Streamlit app",
];

const HOW_TOS: &[&str] = &[
    "stream the response token by token",
    "send an image along with the prompt",
    "set a system prompt",
    "count tokens before sending a request",
    "retry when I hit a 429 rate limit",
    "get valid JSON back every time",
    "keep the conversation history between calls",
    "set a timeout on the request",
    "use tool calling with my own function",
    "turn on extended thinking and read the thinking blocks",
    "make several requests in parallel",
    "pass a long PDF as context",
    "cache a long system prompt",
    "stop the model at a custom stop sequence",
];

const ERRORS: &[&str] = &[
    "401 authentication_error: invalid x-api-key",
    "400 invalid_request_error: max_tokens: Field required",
    "529 overloaded_error",
    "404 not_found_error: model not found",
    "a CORS error in the browser console",
    "SSL: CERTIFICATE_VERIFY_FAILED",
    "ModuleNotFoundError: No module named 'helios'",
    "TypeError: Cannot read properties of undefined (reading 'text')",
    "400 messages: roles must alternate between user and assistant",
    "a timeout after 60 seconds on long answers",
];

const ERROR_FORMS: &[&str] = &[
    "I'm getting {e} when I call the API from {env}. What am I doing wrong?",
    "why do I get {e}?? I copied the example from the docs into {env}",
    "Getting {e} with the {sdk}. My key is definitely set. Any idea?",
    "{e} — first time using the API, running it in {env}. How do I fix this?",
];

const HOW_FORMS: &[&str] = &[
    "How do I {h} with the {sdk}?",
    "What's the simplest way to {h}? I'm using {env}.",
    "Can you show me a minimal example that shows how to {h} using the {sdk}?",
    "new to this API. how do i {h} in {env}",
    "Write a short {sdk} snippet that shows how to {h}.",
];

/// A newcomer's coding question: wiring up the API, or a code task from the corpus.
pub(crate) fn code(rng: &mut impl Rng, c: &Corpus) -> (Req, Option<Item>) {
    let x: f64 = rng.gen();
    let prompt = if x < 0.25 {
        let e = one(rng, ERRORS);
        filled(rng, ERROR_FORMS).replace("{e}", e)
    } else if x < 0.5 {
        let h = one(rng, HOW_TOS);
        filled(rng, HOW_FORMS).replace("{h}", h)
    } else {
        let item = pick(rng, &c.code);
        let text = item.map_or("Write a function that reverses a string.", |i| &i.text);
        let out = personalize(rng, text, ItemKind::Code);
        let mut r = Req::chat(out);
        r.out_median = 600.0;
        return (r, item.cloned());
    };
    let mut r = Req::chat(prompt);
    r.out_median = 550.0;
    (r, None)
}

const REASON_TAILS: &[&str] = &[
    "",
    "",
    " Think step by step.",
    " Explain your reasoning.",
    " Show your work.",
    " Please explain how you got the answer.",
    " I want to see how a reasoning model handles this.",
    " Take your time and double-check.",
];

const PUZZLES: &[&str] = &[
    "A bat and a ball cost $1.10 in total. The bat costs $1.00 more than the ball. How much does the ball cost?",
    "If it takes 5 machines 5 minutes to make 5 widgets, how long would it take 100 machines to make 100 widgets?",
    "I have two coins that add up to 30 cents and one of them is not a nickel. What are they?",
    "How many times do the hands of a clock overlap in a day?",
    "A farmer has 17 sheep and all but 9 run away. How many are left?",
    "What is the next number in the sequence 2, 6, 12, 20, 30, ...?",
    "Three boxes are labelled apples, oranges and mixed, and every label is wrong. You may take one fruit from one box. How do you relabel them?",
    "Is 221 a prime number?",
    "How many squares are there on a chessboard, counting all sizes?",
    "You have 8 balls, one slightly heavier, and a balance scale. What is the fewest weighings to find it?",
    "Alice is older than Bob, Bob is older than Carol, and Dan is younger than Carol. Who is the second youngest?",
    "A snail climbs 3 m up a 10 m well each day and slips back 2 m each night. On which day does it get out?",
];

/// A puzzle or maths problem, as people try a reasoning model on.
pub(crate) fn reason(rng: &mut impl Rng, c: &Corpus) -> (Req, Option<Item>) {
    let (body, item) = if rng.gen_bool(0.3) {
        (one(rng, PUZZLES).to_string(), None)
    } else {
        let item = pick(rng, &c.math);
        let text = item.map_or("What is 17 * 23?", |i| &i.text);
        (personalize(rng, text, ItemKind::Math), item.cloned())
    };
    let tail = one(rng, REASON_TAILS);
    let mut r = Req::chat(format!("{body}{tail}"));
    r.out_median = 650.0;
    (r, item)
}

const TONES: &[&str] = &[
    "more professional",
    "friendlier",
    "shorter",
    "less formal",
    "more confident",
    "clearer",
    "more polite",
    "punchier",
];

const REWRITE_FORMS: &[&str] = &[
    "Rewrite this to sound {tone}:\n\n{x}",
    "Can you make this {tone}? \"{x}\"",
    "Proofread and fix the grammar, keep my meaning: {x}",
    "rewrite: {x}",
    "Paraphrase the following in plain English: {x}",
    "Make this {tone} but keep it under {n} words:\n{x}",
];

const DRAFT_OPEN: &[&str] = &[
    "Hi {name}, just following up on",
    "Dear {name}, I wanted to ask about",
    "Hey team, quick update on",
    "Hello {name}, sorry for the late reply about",
    "To whom it may concern, I am writing regarding",
];

const DRAFT_SUBJECT: &[&str] = &[
    "the invoice from last month",
    "our meeting next week",
    "the project deadline",
    "my application for the analyst role",
    "the refund I requested",
    "the lease renewal",
    "the bug we found in the release",
    "the school trip",
    "the quote you sent",
];

const DRAFT_CLOSE: &[&str] = &[
    "let me know if you need anything from me.",
    "can we move it to Thursday?",
    "I think there was a mistake and would like it fixed asap.",
    "please tell me what the next steps are.",
    "thanks for your patience, we are almost done.",
    "i would really appreciate a quick answer.",
];

const NAMES: &[&str] = &[
    "Sam",
    "Maria",
    "Dr. Chen",
    "Priya",
    "Tom",
    "Ms. Okafor",
    "Lukas",
];

fn draft(rng: &mut impl Rng) -> String {
    let open = one(rng, DRAFT_OPEN).replace("{name}", one(rng, NAMES));
    format!(
        "{open} {}, {}",
        one(rng, DRAFT_SUBJECT),
        one(rng, DRAFT_CLOSE)
    )
}

/// "Rewrite this": their own short draft, or a writing prompt handed over as text to improve.
fn rewrite(rng: &mut impl Rng, c: &Corpus) -> Req {
    let x = if rng.gen_bool(0.6) {
        draft(rng)
    } else {
        pick(rng, &c.writing)
            .or_else(|| pick(rng, &c.question))
            .map_or_else(|| draft(rng), |i| i.text.clone())
    };
    let tone = one(rng, TONES);
    let form = filled(rng, REWRITE_FORMS).replace("{tone}", tone);
    let mut r = Req::chat(form.replace("{x}", &x));
    r.out_median = 280.0;
    r
}

const GRADE_FORMS: &[&str] = &[
    "Here's a problem and my answer. Is my answer right? Give me a score out of 10.\n\nProblem: {q}\nMy answer: {a}",
    "My kid solved this: {q} Their answer was {a}. Is that correct? Explain where they went wrong if not.",
    "Check my work please. {q} I got {a}.",
    "Grade this answer like a strict teacher would (0-10) and say why: {q} Answer: {a}",
];

const ESSAY_FORMS: &[&str] = &[
    "Rate my cover letter opening from 1 to 10 and tell me how to improve it: \"{x}\"",
    "Grade this paragraph for clarity and grammar, out of 10: {x}",
    "Be honest, is this email good enough to send? Score it and explain: {x}",
];

/// Checking an answer or grading a piece of text, as curious new users try.
fn grade(rng: &mut impl Rng, c: &Corpus) -> Req {
    let answered: Vec<&Item> = c.math.iter().filter(|i| i.answer.is_some()).collect();
    let prompt = match answered.choose(rng) {
        Some(item) if rng.gen_bool(0.65) => {
            let right = item.answer.clone().unwrap_or_default();
            let a = match (rng.gen_bool(0.5), right.parse::<i64>()) {
                (true, Ok(v)) => {
                    (v + rng.gen_range(1..9) * if rng.gen_bool(0.5) { 1 } else { -1 }).to_string()
                }
                _ => right,
            };
            one(rng, GRADE_FORMS)
                .replace("{q}", &item.text)
                .replace("{a}", &a)
        }
        _ => one(rng, ESSAY_FORMS).replace("{x}", &draft(rng)),
    };
    let mut r = Req::chat(prompt);
    r.out_median = 380.0;
    r
}

const CITIES: &[&str] = &[
    "Paris",
    "Tokyo",
    "San Francisco",
    "Lagos",
    "Berlin",
    "São Paulo",
    "Mumbai",
    "Toronto",
    "Sydney",
    "Seoul",
    "Mexico City",
    "London",
    "Nairobi",
    "Madrid",
];

/// Trying tool use: the docs' weather example or a function of their own.
fn tools(rng: &mut impl Rng, c: &Corpus) -> Req {
    let (prompt, tools) = match pick(rng, &c.tool_request) {
        Some(i) if rng.gen_bool(0.6) && !i.tools.is_empty() => (
            personalize(rng, &i.text, ItemKind::ToolRequest),
            i.tools.clone(),
        ),
        _ => {
            let q = one(
                rng,
                &[
                    "What's the weather like in {city}?",
                    "what is the weather in {city} right now",
                    "Should I take an umbrella in {city} today?",
                    "Compare the weather in {city} and {city2}.",
                ],
            );
            let q = slots(rng, q).replace("{city2}", one(rng, CITIES));
            let mut t = vec!["get_weather".to_string()];
            if rng.gen_bool(0.3) {
                t.push("get_time".to_string());
            }
            (q, t)
        }
    };
    let calls = u32::from(rng.gen_bool(0.7));
    Req {
        tools,
        tool_calls: calls,
        tool_stop: calls > 0,
        out_median: 120.0,
        ..Req::chat(prompt)
    }
}

const APP_IDEAS: &[&str] = &[
    "a recipe app",
    "my personal finance tracker",
    "a customer support widget",
    "a study helper for my class",
    "a Discord bot",
    "a travel planner",
    "an internal docs search tool",
    "a resume reviewer",
    "a language learning app",
    "a note-taking app",
    "a Slack bot for my team",
    "a fitness coach app",
];

const APP_STYLES: &[&str] = &[
    "",
    " Keep answers short.",
    " Answer in JSON.",
    " Be friendly and use simple words.",
    " Always answer in markdown.",
    " Never make up facts; say you don't know instead.",
];

/// The system prompt of what a builder is making (often the docs' default).
fn app_system(rng: &mut impl Rng) -> String {
    if rng.gen_bool(0.35) {
        return one(
            rng,
            &[
                "You are a helpful assistant.",
                "You are a helpful assistant.",
                "You are a helpful AI assistant.",
                "You are a world-class poet. Respond only with short poems.",
            ],
        )
        .to_string();
    }
    format!(
        "You are the assistant inside {}.{}",
        one(rng, APP_IDEAS),
        one(rng, APP_STYLES)
    )
}

// ---------------------------------------------------------------------------------------------
// The newcomer as an actor.

struct Newcomer {
    acct: usize,
    intent: Intent,
    /// Requests this person will make at most.
    left: u32,
    session_left: u32,
    turn: u32,
    history: u64,
    prev: Option<Item>,
    profile: Profile,
    /// Where they usually are, and a second address (phone, work) some sessions come from.
    home: IpAddr,
    alt: Option<IpAddr>,
    /// A cloud notebook: a fresh VM, so a fresh address, each session.
    notebook: Option<IpNet>,
    ip: IpAddr,
    client: Client,
    /// The client of the very first request (the quickstart's curl), if different.
    first_client: Option<Client>,
    /// The max_tokens they copied from an example, and whether their model use includes
    /// the new one as soon as it exists.
    cap: u32,
    new_model_p: f64,
    mini_p: f64,
    system: Option<String>,
    /// Chance to come back for another session once one ends.
    return_p: f64,
    made: u32,
    /// Requests before the window (of people who signed up just before it) are not logged.
    from: i64,
}

impl Newcomer {
    fn session_size(&self, rng: &mut impl Rng) -> u32 {
        let n = match self.intent {
            Intent::Kick => self.left,
            Intent::Explore => 1 + (rng.gen::<f64>().ln() / 0.65f64.ln()).floor().min(8.0) as u32,
            Intent::Build => rng.gen_range(2..9),
            Intent::Reason => rng.gen_range(1..7),
        };
        n.clamp(1, self.left.max(1))
    }

    fn ask(&self, rng: &mut impl Rng) -> Ask {
        use Ask::*;
        if self.made == 0 {
            return match self.intent {
                Intent::Kick => weighted(rng, &[(Hello, 50), (Chat, 35), (Code, 10), (Reason, 5)]),
                Intent::Explore => {
                    weighted(rng, &[(Hello, 25), (Chat, 55), (Code, 10), (Reason, 10)])
                }
                Intent::Build => weighted(rng, &[(Hello, 40), (Code, 45), (Chat, 15)]),
                Intent::Reason => weighted(rng, &[(Reason, 60), (Hello, 20), (Chat, 20)]),
            };
        }
        match self.intent {
            Intent::Kick => weighted(
                rng,
                &[
                    (Chat, 45),
                    (Hello, 15),
                    (Code, 15),
                    (Reason, 10),
                    (Rewrite, 10),
                    (Grade, 5),
                ],
            ),
            Intent::Explore => weighted(
                rng,
                &[
                    (Chat, 48),
                    (Code, 15),
                    (Reason, 12),
                    (Rewrite, 12),
                    (Grade, 5),
                    (Hello, 5),
                    (Tools, 3),
                ],
            ),
            Intent::Build => weighted(
                rng,
                &[
                    (Code, 42),
                    (Chat, 25),
                    (Tools, 15),
                    (Rewrite, 8),
                    (Reason, 5),
                    (Grade, 5),
                ],
            ),
            Intent::Reason => weighted(
                rng,
                &[
                    (Reason, 55),
                    (Grade, 15),
                    (Rewrite, 8),
                    (Code, 10),
                    (Chat, 12),
                ],
            ),
        }
    }

    fn request(&mut self, rng: &mut ChaCha8Rng, c: &Corpus) -> Req {
        // A chat continues now and then, in the same conversation.
        if self.turn > 0 && self.prev.is_some() && rng.gen_bool(0.35) {
            let (mut r, item) = casual_request(rng, c, self.turn + 1, self.prev.as_ref());
            r.turns = self.turn * 2 + 1;
            r.history_tokens = self.history;
            r.max_tokens = self.cap;
            r.system = self.system.clone();
            self.prev = item;
            return r;
        }
        let ask = self.ask(rng);
        let (mut r, item) = match ask {
            Ask::Hello => (hello(rng), None),
            Ask::Chat => casual_request(rng, c, 1, None),
            Ask::Code => code(rng, c),
            Ask::Reason => reason(rng, c),
            Ask::Rewrite => (rewrite(rng, c), None),
            Ask::Grade => (grade(rng, c), None),
            Ask::Tools => (tools(rng, c), None),
        };
        self.prev = item;
        self.history = 0;
        self.turn = 0;
        // The cap they copied, changed now and then while experimenting.
        if rng.gen_bool(0.12) {
            self.cap = copied_cap(rng);
        }
        r.max_tokens = if matches!(ask, Ask::Chat) && r.max_tokens > 1024 {
            r.max_tokens.max(self.cap)
        } else {
            self.cap
        };
        // Extended thinking when trying the reasoning model; the cap must exceed the budget.
        let think_p = match (self.intent, ask) {
            (Intent::Reason, Ask::Reason | Ask::Grade) => 0.6,
            (Intent::Reason, _) => 0.25,
            (_, Ask::Reason) => 0.15,
            _ => 0.03,
        };
        if rng.gen_bool(think_p) {
            r.think_median = lognormal(rng, 2500.0, 0.6).clamp(300.0, 20000.0);
            if r.max_tokens < 8192 {
                r.max_tokens = *[8192, 16000, 16000, 20000, 32000]
                    .choose(rng)
                    .unwrap_or(&16000);
            }
        }
        if matches!(self.intent, Intent::Build) && !matches!(ask, Ask::Hello) {
            r.system = self.system.clone();
        }
        r
    }

    fn model(&self, rng: &mut impl Rng, t: i64, release: i64) -> &'static str {
        if t >= release && rng.gen_bool(self.new_model_p) {
            MODEL_NEW
        } else if rng.gen_bool(self.mini_p) {
            MODEL_MINI
        } else {
            MODEL_MAIN
        }
    }
}

impl Behaviour for Newcomer {
    fn fire(
        &mut self,
        rng: &mut ChaCha8Rng,
        t: i64,
        ctx: &Ctx<'_>,
        out: &mut Vec<Event>,
    ) -> Option<i64> {
        if self.session_left == 0 {
            self.session_left = self.session_size(rng);
            self.turn = 0;
            self.history = 0;
            self.prev = None;
            self.ip = if let Some(net) = &self.notebook {
                addr_in(rng, net)
            } else {
                match self.alt {
                    Some(a) if self.made > 0 && rng.gen_bool(0.3) => a,
                    _ => self.home,
                }
            };
        }
        let req = self.request(rng, ctx.corpus);
        let client = match self.first_client {
            Some(c) if self.made == 0 => c,
            _ => self.client,
        };
        let model = self.model(rng, t, ctx.release);
        ctx.emit(out, rng, t, self.acct, self.ip, client, model, req);
        if let Some(ev) = out.last() {
            self.history = (ev.input_tokens + ev.output_tokens).min(60_000);
        }
        if t < self.from {
            out.pop();
        }
        self.made += 1;
        self.turn += 1;
        self.left = self.left.saturating_sub(1);
        self.session_left = self.session_left.saturating_sub(1);
        if self.left == 0 {
            return None;
        }
        let next = if self.session_left > 0 {
            // Reading the answer, editing the code, trying again.
            t + (lognormal(rng, 70_000.0, 0.9) as i64).clamp(8_000, 15 * MIN)
        } else if rng.gen_bool(self.return_p) {
            let after = t + 2 * HOUR + (lognormal(rng, 14.0, 0.8) * HOUR as f64) as i64;
            self.profile.next_after(rng, after, 2.0)
        } else {
            return None;
        };
        (next < ctx.end).then_some(next)
    }
}

/// A max_tokens as people copy it from examples.
fn copied_cap(rng: &mut impl Rng) -> u32 {
    weighted(
        rng,
        &[
            (1024, 46),
            (4096, 18),
            (2048, 8),
            (8192, 9),
            (16000, 7),
            (32000, 4),
            (512, 3),
            (256, 2),
            (64000, 1),
            (100, 2),
        ],
    )
}

/// A sign-up instant: people sign up at their waking hours, a little less at weekends, and
/// more in the day and a half after a new model is announced.
fn signup_time(w: &mut World, profile: &Profile) -> i64 {
    let (a, b) = (w.start - DAY, w.end - 10 * MIN);
    let mut t = a;
    for _ in 0..1000 {
        t = w.time_between(a, b);
        let boost = if (w.release..w.release + 36 * HOUR).contains(&t) {
            1.8
        } else {
            1.0
        };
        if w.rng.gen::<f64>() * 1.8 <= profile.weight(t) * boost {
            break;
        }
    }
    t
}

fn work_domain(w: &mut World) -> String {
    let len = w.rng.gen_range(4..10);
    let stem = w.id("", len);
    let tld = *[
        "com", "com", "com", "io", "co", "de", "ai", "dev", "tech", "app", "co.uk", "fr", "in",
    ]
    .choose(&mut w.rng)
    .unwrap_or(&"com");
    format!("{stem}.{tld}")
}

fn academic_domain(w: &mut World, cc: &str) -> String {
    let len = w.rng.gen_range(3..7);
    let stem = w.id("", len);
    let tld = match cc {
        "GB" => "ac.uk",
        "AU" => "edu.au",
        "JP" => "ac.jp",
        "IN" => "ac.in",
        "KR" => "ac.kr",
        "BR" => "edu.br",
        "DE" => "de",
        "FR" => "fr",
        "SG" => "edu.sg",
        "HK" => "edu.hk",
        "TW" => "edu.tw",
        "MX" => "edu.mx",
        _ => "edu",
    };
    format!("{stem}.{tld}")
}

fn address(w: &mut World, kind: NetKind, cc: Option<&str>) -> IpAddr {
    let net = w.net.pick_v4(&mut w.rng, kind, cc).cidr;
    addr_in(&mut w.rng, &net)
}

/// Adds the sign-ups of the window (`pop.accounts` of them).
pub fn build(w: &mut World, pop: &Pop) {
    let scale = (pop.rate_per_day / MEAN_REQUESTS).clamp(0.05, 20.0);
    for _ in 0..pop.accounts {
        let cc = country(&mut w.rng);
        let profile = Profile {
            hours: &HUMAN,
            tz_minutes: utc_offset_minutes(cc) + w.rng.gen_range(-60..60),
            weekend: 0.8,
        };
        let created = signup_time(w, &profile);
        let intent = weighted(
            &mut w.rng,
            &[
                (Intent::Kick, 40),
                (Intent::Explore, 30),
                (Intent::Build, 18),
                (Intent::Reason, 12),
            ],
        );
        let channel = weighted(
            &mut w.rng,
            &[
                (SignupChannel::Standard, 84),
                (SignupChannel::Education, 9),
                (SignupChannel::Startup, 7),
            ],
        );
        let (domain, work) = match (channel, w.rng.gen_range(0..100)) {
            (SignupChannel::Education, 0..=69) => (academic_domain(w, cc), false),
            (SignupChannel::Startup, 0..=69) | (_, 0..=26) => (work_domain(w), true),
            _ => (w.consumer_domain(), false),
        };
        let shape = w.human_shape();
        let card_p = match intent {
            Intent::Kick => 0.12,
            Intent::Explore => 0.22,
            Intent::Build => 0.5,
            Intent::Reason => 0.35,
        };
        let card = w.rng.gen_bool(card_p).then(|| w.payment());
        let verified = w.rng.gen_bool(0.06);
        let org = (intent == Intent::Build && work && w.rng.gen_bool(0.3)).then(|| w.id("org_", 6));
        let acct = w.add_account(NewAccount {
            created_at: created,
            group: "new_signup",
            campaign: None,
            org_id: org,
            email_domain: domain,
            email_local_shape: shape,
            payment_fingerprint: card,
            billing_country: cc.to_string(),
            channel,
            verified,
        });

        // Where they are: home or phone mostly, some at work, some behind a VPN, a few in a
        // cloud notebook, students on campus.
        let edu = channel == SignupChannel::Education;
        let place = weighted(
            &mut w.rng,
            &[
                ("isp", 46),
                ("mobile", 20),
                ("work", 14),
                ("vpn", 10),
                ("notebook", 5),
                ("campus", if edu { 40 } else { 2 }),
            ],
        );
        let mut notebook = None;
        let home = match place {
            "mobile" => address(w, NetKind::Mobile, Some(cc)),
            "vpn" => address(w, NetKind::Vpn, Some(cc)),
            "campus" => address(w, NetKind::Education, Some(cc)),
            "notebook" => {
                let c = if w.rng.gen_bool(0.7) { "US" } else { cc };
                let net = w.net.pick_v4(&mut w.rng, NetKind::Hosting, Some(c)).cidr;
                notebook = Some(net);
                addr_in(&mut w.rng, &net)
            }
            _ => address(w, NetKind::Isp, Some(cc)),
        };
        let alt = w.rng.gen_bool(0.35).then(|| {
            let kind = if w.rng.gen_bool(0.6) {
                NetKind::Mobile
            } else {
                NetKind::Isp
            };
            address(w, kind, Some(cc))
        });

        // How they call it: the docs' curl first, a browser tool, or an SDK.
        let scripted = match intent {
            Intent::Kick => 0.45,
            Intent::Explore => 0.3,
            Intent::Build => 0.9,
            Intent::Reason => 0.55,
        };
        let client = if notebook.is_some() {
            pick_client(&mut w.rng, true)
        } else {
            let s = w.rng.gen_bool(scripted);
            pick_client(&mut w.rng, s)
        };
        let curl_p = match intent {
            Intent::Kick => 0.3,
            Intent::Build => 0.4,
            _ => 0.12,
        };
        let first_client = w.rng.gen_bool(curl_p).then_some(CURL);
        let client = if intent == Intent::Kick && first_client.is_some() && w.rng.gen_bool(0.6) {
            CURL
        } else {
            client
        };

        // How many requests at most, and whether they come back.
        let budget = match intent {
            Intent::Kick => {
                if w.rng.gen_bool(0.62) {
                    1
                } else {
                    2
                }
            }
            Intent::Explore => w.rng.gen_range(2..=11),
            Intent::Build => w.rng.gen_range(4..=22),
            Intent::Reason => w.rng.gen_range(2..=15),
        };
        let budget = ((f64::from(budget) * scale).round() as u32).clamp(1, 60);
        let return_p = match intent {
            Intent::Kick => 0.15,
            Intent::Explore => 0.4,
            Intent::Build => 0.75,
            Intent::Reason => 0.5,
        };
        let new_model_p = match intent {
            Intent::Reason => 0.75,
            _ => 0.45,
        };
        let mini_p = if intent == Intent::Build { 0.3 } else { 0.15 };
        let cap = copied_cap(&mut w.rng);
        let system =
            (intent == Intent::Build && w.rng.gen_bool(0.6)).then(|| app_system(&mut w.rng));

        // First request: many within the hour, others later that day or days later; a few
        // never make one.
        let first = match w.rng.gen_range(0..100) {
            0..=7 => None,
            8..=59 => Some(
                created
                    + (lognormal(&mut w.rng, 6.0 * 60_000.0, 1.0) as i64).clamp(40_000, 59 * MIN),
            ),
            60..=84 => Some(profile.next_after(&mut w.rng, created + HOUR, 1.2)),
            _ => {
                let later = created + w.time_between(2 * DAY, 5 * DAY);
                Some(profile.next_after(&mut w.rng, later, 1.5))
            }
        };
        let Some(first) = first else { continue };
        w.add_actor(
            first,
            Box::new(Newcomer {
                acct,
                intent,
                left: budget,
                session_left: 0,
                turn: 0,
                history: 0,
                prev: None,
                profile,
                home,
                alt,
                notebook,
                ip: home,
                client,
                first_client,
                cap,
                new_model_p,
                mini_p,
                system,
                return_p,
                made: 0,
                from: w.start,
            }),
        );
    }
}
