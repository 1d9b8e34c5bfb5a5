//! Everyday variety in what ordinary users type: a sentence about who they are and why they
//! ask, a constraint on the answer, their own numbers in a problem, follow-ups in their words.
//! Real API traffic is nearly all distinct text; a corpus row alone repeats far too often.

use rand::seq::SliceRandom;
use rand::Rng;

use crate::corpus::ItemKind;

/// The asker's own numbers: quantities of 10 or more change; small counts (often structure:
/// "5 houses"), dates, times, years, versions and codes do not.
fn own_numbers(rng: &mut impl Rng, text: &str) -> String {
    let b = text.as_bytes();
    let mut out = String::with_capacity(text.len() + 8);
    let mut i = 0;
    while i < b.len() {
        if b[i].is_ascii_digit() {
            let s = i;
            while i < b.len() && b[i].is_ascii_digit() {
                i += 1;
            }
            let joined = |k: Option<&u8>| {
                k.is_some_and(|c| b"/-:._,'$".contains(c) || c.is_ascii_alphabetic())
            };
            let n = &text[s..i];
            let fixed = joined(s.checked_sub(1).and_then(|k| b.get(k)))
                || joined(b.get(i))
                || n.len() == 4
                || n.len() > 6
                || n.starts_with('0');
            match n.parse::<u64>() {
                Ok(v) if !fixed && v >= 10 => {
                    let lo = v.saturating_sub(v / 3 + 1).max(2);
                    let hi = v + v / 3 + 2;
                    out.push_str(&rng.gen_range(lo..hi).to_string());
                }
                _ => out.push_str(n),
            }
        } else {
            let ch = text[i..].chars().next().unwrap_or(' ');
            out.push(ch);
            i += ch.len_utf8().max(1);
        }
    }
    out
}

/// True when the text starts in a Latin script (then the asker's context is in English).
fn latin(text: &str) -> bool {
    text.trim_start()
        .chars()
        .next()
        .is_none_or(|c| c.is_ascii())
}

const CN_PRE: &[&str] = &[
    "你好，",
    "您好！",
    "麻烦帮我看一下：",
    "请帮个忙，",
    "我是{role}，",
    "急用，",
    "老师让我们做这个：",
    "我在准备{day}的汇报，",
    "",
];
const CN_ROLES: &[&str] = &[
    "一名大学生",
    "刚入职的运营",
    "小学老师",
    "产品经理",
    "自由职业者",
    "研究生",
    "财务人员",
    "店主",
];
const CN_POST: &[&str] = &[
    "谢谢！",
    "尽量简洁一点。",
    "字数控制在{n0}字左右。",
    "语气正式一些。",
    "最好分点列出。",
    "能举个例子吗？",
    "",
    "",
];
const CN_FOLLOWUPS: &[&str] = &[
    "谢谢！能再详细一点吗？",
    "可以换一种说法吗？",
    "第二点能展开讲讲吗？",
    "再简短一些，控制在{n0}字以内。",
    "能改得更口语化一点吗？",
    "帮我把这个整理成表格。",
    "有没有更简单的方法？",
    "这里的假设是什么？",
    "再给我{n}个例子。",
    "如果预算减少一半，怎么调整？",
    "帮我翻译成英文。",
    "结尾部分再改一下，太生硬了。",
];

fn chinese(rng: &mut impl Rng, body: &str) -> String {
    let pre = one(rng, CN_PRE)
        .replace("{role}", one(rng, CN_ROLES))
        .replace("{day}", one(rng, &["周一", "周三", "周五", "明天", "下周"]));
    let post = one(rng, CN_POST).replace("{n0}", &(rng.gen_range(3..20) * 50).to_string());
    let sep = if post.is_empty() || body.ends_with('\n') {
        ""
    } else {
        "\n"
    };
    format!("{pre}{body}{sep}{post}")
}

fn one<'a>(rng: &mut impl Rng, v: &[&'a str]) -> &'a str {
    v.choose(rng).copied().unwrap_or("")
}

const OPENERS: &[&str] = &[
    "",
    "",
    "",
    "Hi! ",
    "Hello, ",
    "Hey, ",
    "Quick question. ",
    "Can you help me? ",
    "Good morning. ",
    "Hi there. ",
    "OK so ",
    "Hello! ",
];

const ROLES: &[&str] = &[
    "a nurse",
    "a second-year CS student",
    "a small bakery owner",
    "a high school teacher",
    "a product manager",
    "a freelance translator",
    "a retired engineer",
    "a junior data analyst",
    "a parent of two",
    "a PhD student in biology",
    "a backend developer",
    "a marketing intern",
    "a paralegal",
    "a wedding photographer",
    "a civil engineer",
    "an accountant",
    "a startup founder",
    "a UX designer",
    "a logistics coordinator",
    "a pharmacist",
    "a music teacher",
    "a hobbyist game developer",
    "a real-estate agent",
    "a journalist",
    "a volunteer at a food bank",
    "an HR generalist",
    "a car mechanic",
    "an economics researcher",
    "a sales lead",
    "a librarian",
    "a first-year law student",
    "a physiotherapist",
    "an IT support technician",
    "a chef",
    "a graphic designer",
];

const SITUATIONS: &[&str] = &[
    "I'm preparing for a meeting on {day}",
    "this is for a report due in {n} days",
    "my manager asked me about this",
    "I'm trying to settle a debate with a friend",
    "I have an exam in {n} days",
    "I'm writing a blog post about it",
    "I'm helping my {rel} with something",
    "we're planning a project with {n} people",
    "I keep getting this wrong",
    "I read something about this and got confused",
    "I need to explain this to my team on {day}",
    "I'm studying on my own in the evenings",
    "a client asked me this yesterday",
    "I'm putting together a workshop for {n} people",
    "I'm new to this topic",
    "I want to double-check my own answer",
];

const SUFFIXES: &[&str] = &[
    "Please keep it under {n0} words.",
    "Bullet points are fine.",
    "Explain it simply, I'm not an expert.",
    "Please answer in {lang}.",
    "If there are trade-offs, give me two options.",
    "I'm in {city}, if that matters.",
    "Be concise.",
    "What would you double-check before relying on this?",
    "I only have about {n} minutes, so the short version please.",
    "A friendly tone would be great.",
    "Thanks in advance!",
    "Please include one concrete example.",
    "Assume I know the basics.",
    "Can you also tell me what to read next?",
];

const CODE_SUFFIXES: &[&str] = &[
    "",
    "I'm on Python 3.12.",
    "We're stuck on Python 3.8 at work.",
    "Please add a couple of doctests.",
    "Explain the complexity too.",
    "Can you make it work without extra libraries?",
    "This is for an interview prep session on {day}.",
    "Write it the way you'd want it in a code review.",
    "My version fails on the second example, what did I miss?",
    "Please keep the signature exactly as given.",
    "Add type hints and a short docstring.",
    "How would you test this with pytest?",
];

const DAYS: &[&str] = &[
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "the weekend",
];
const RELATIVES: &[&str] = &[
    "mom",
    "dad",
    "brother",
    "sister",
    "neighbour",
    "daughter",
    "son",
    "grandfather",
    "roommate",
];
const LANGS: &[&str] = &[
    "Spanish",
    "German",
    "French",
    "Portuguese",
    "Japanese",
    "Korean",
    "Italian",
    "Dutch",
    "Polish",
    "Indonesian",
    "Hindi",
    "Turkish",
    "Vietnamese",
];
const CITIES: &[&str] = &[
    "Toronto",
    "Lyon",
    "Munich",
    "Osaka",
    "Seoul",
    "Austin",
    "Manchester",
    "Pune",
    "Curitiba",
    "Melbourne",
    "Rotterdam",
    "Valencia",
    "Kraków",
    "Denver",
    "Cape Town",
    "Taipei",
    "Dublin",
    "Leeds",
    "Guadalajara",
    "Bandung",
];

fn slots(rng: &mut impl Rng, t: &str) -> String {
    let mut s = t.to_string();
    if s.contains("{n0}") {
        s = s.replace("{n0}", &(rng.gen_range(5..40) * 10).to_string());
    }
    if s.contains("{n}") {
        s = s.replace("{n}", &rng.gen_range(2..30).to_string());
    }
    for (k, v) in [
        ("{day}", DAYS),
        ("{rel}", RELATIVES),
        ("{lang}", LANGS),
        ("{city}", CITIES),
    ] {
        if s.contains(k) {
            s = s.replace(k, one(rng, v));
        }
    }
    s
}

/// A sentence of context about the person asking, or nothing.
fn context(rng: &mut impl Rng) -> String {
    let opener = one(rng, OPENERS);
    let frame = one(rng, SITUATIONS);
    let sit = slots(rng, frame);
    match rng.gen_range(0..4) {
        0 => format!("{opener}I'm {} and {sit}. ", one(rng, ROLES)),
        1 => {
            // After "Hello, " the sentence goes on in lower case ("I" stays upper).
            let mut c = sit.chars();
            let first = c.next().map(|f| {
                if opener.ends_with(", ") && !sit.starts_with("I ") && !sit.starts_with("I'") {
                    f.to_lowercase().collect::<String>()
                } else {
                    f.to_uppercase().collect::<String>()
                }
            });
            format!("{opener}{}{}. ", first.unwrap_or_default(), c.as_str())
        }
        2 if opener.ends_with(", ") => format!("{opener}for context, I'm {}. ", one(rng, ROLES)),
        2 => format!("{opener}For context, I'm {}. ", one(rng, ROLES)),
        _ => opener.to_string(),
    }
}

/// The first message of a conversation, in one person's words around a corpus row.
pub fn personalize(rng: &mut impl Rng, text: &str, kind: ItemKind) -> String {
    let body = if matches!(
        kind,
        ItemKind::Math | ItemKind::Question | ItemKind::ToolRequest
    ) && rng.gen_bool(0.6)
    {
        own_numbers(rng, text)
    } else {
        text.to_string()
    };
    if !latin(text) {
        return chinese(rng, &body);
    }
    let greets = ["Hi", "Hey", "Hello", "Good "]
        .iter()
        .any(|g| body.starts_with(g));
    let pre = if rng.gen_bool(0.75) {
        let c = context(rng);
        if greets {
            c.split_once(". ")
                .filter(|(first, _)| OPENERS.iter().any(|o| o.trim_end() == format!("{first}.")))
                .map_or(c.clone(), |(_, rest)| rest.to_string())
        } else {
            c
        }
    } else {
        String::new()
    };
    let post = if rng.gen_bool(0.5) || matches!(kind, ItemKind::Code) {
        let sep = if body.contains('\n') { "\n\n" } else { " " };
        let frame = if matches!(kind, ItemKind::Code) {
            one(rng, CODE_SUFFIXES)
        } else {
            one(rng, SUFFIXES)
        };
        format!("{sep}{}", slots(rng, frame))
    } else {
        String::new()
    };
    format!("{pre}{body}{post}")
}

const ACKS: &[&str] = &[
    "",
    "",
    "Thanks. ",
    "OK, ",
    "Great, ",
    "Hmm, ",
    "Got it. ",
    "Nice. ",
    "Wait, ",
    "That helps. ",
    "Perfect. ",
];

const TAILS: &[&str] = &[
    "",
    "",
    " I need it by {day}.",
    " It's for a group of {n}.",
    " I'm presenting this to {n} colleagues.",
    " My {rel} will read it too.",
    " Assume I'm based in {city}.",
    " Keep it under {n0} words.",
    " Keep the same tone.",
    " Make it about {n}0% shorter.",
    " This is for my {rel}, by the way.",
    " Same format as before.",
    " I'm in {city}, does that change anything?",
    " And please answer in {lang} this time.",
    " One more example would help.",
];

/// Follow-up requests people type after a first answer.
const MORE_FOLLOWUPS: &[&str] = &[
    "can you give me a version for beginners?",
    "what are the risks of doing it that way?",
    "how would this change if the budget were {n}0% lower?",
    "put that in a table please",
    "can you cite where this comes from?",
    "is there a simpler way?",
    "what did you assume there?",
    "rewrite the last paragraph, it sounds too formal",
    "how long would that take for a team of {n}?",
    "and if I only have {n} days?",
    "could you turn this into a checklist?",
    "which of these would you pick, and why?",
    "what's a common mistake people make here?",
    "now summarize all of that in {n} sentences",
    "translate the summary into {lang}",
    "does that still hold in {city}?",
    "give me a counter-argument",
    "can you check your numbers again?",
    "explain the third point like I'm {n}",
    "what questions should I ask my {rel} about this?",
];

/// A follow-up turn: acknowledgement, the request, sometimes a detail.
pub fn followup(rng: &mut impl Rng, base: &str) -> String {
    if !latin(base) {
        let f = if rng.gen_bool(0.6) {
            one(rng, CN_FOLLOWUPS)
        } else {
            base
        };
        return f
            .replace("{n0}", &(rng.gen_range(2..10) * 50).to_string())
            .replace("{n}", &rng.gen_range(2..6).to_string());
    }
    let owned;
    let base = if rng.gen_bool(0.5) {
        let f = one(rng, MORE_FOLLOWUPS);
        owned = slots(rng, f);
        owned.as_str()
    } else {
        base
    };
    let ack = one(rng, ACKS);
    let frame = one(rng, TAILS);
    let tail = slots(rng, frame);
    let mut body = base.to_string();
    if ack.ends_with(", ") {
        if let Some(f) = body.get(0..1) {
            if f.chars().all(|c| c.is_ascii_uppercase()) && !body.starts_with("I ") {
                let lower = f.to_ascii_lowercase();
                body.replace_range(0..1, &lower);
            }
        }
    }
    if !ack.ends_with(", ") {
        if let Some(f) = body.get(0..1) {
            let upper = f.to_ascii_uppercase();
            body.replace_range(0..1, &upper);
        }
    }
    format!("{ack}{body}{tail}")
}

const STUDENT: &[&str] = &[
    "",
    "",
    "homework question: ",
    "Problem {n}: ",
    "my teacher gave us this: ",
    "can you check this one? ",
    "Practice problem from chapter {n}: ",
    "I got stuck here: ",
];

const CUSTOMER: &[&str] = &[
    "",
    "",
    "Hi, ",
    "Hello, I need help. ",
    "Quick one: ",
    "Urgent: ",
    "Hey, ",
    "Second time asking: ",
];

/// An app's end user's message around a corpus row (tutoring apps: the student's own numbers).
pub fn end_user(rng: &mut impl Rng, text: &str, kind: ItemKind, tutor: bool) -> String {
    if tutor {
        let body = if matches!(kind, ItemKind::Math) && rng.gen_bool(0.8) {
            own_numbers(rng, text)
        } else {
            text.to_string()
        };
        let frame = one(rng, STUDENT);
        return format!("{}{body}", slots(rng, frame));
    }
    if matches!(kind, ItemKind::ToolRequest) {
        let body = if rng.gen_bool(0.7) {
            own_numbers(rng, text)
        } else {
            text.to_string()
        };
        let pre = if rng.gen_bool(0.6) {
            format!("{}I'm {} and {}. ", one(rng, OPENERS), one(rng, ROLES), {
                let f = one(rng, SITUATIONS);
                slots(rng, f)
            })
        } else {
            one(rng, CUSTOMER).to_string()
        };
        let post = if rng.gen_bool(0.4) {
            let f = one(rng, SUFFIXES);
            format!(" {}", slots(rng, f))
        } else {
            String::new()
        };
        return format!("{pre}{body}{post}");
    }
    personalize(rng, text, kind)
}
