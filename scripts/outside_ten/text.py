"""Word lists, templates and sentence builders for outside_ten.

Everything here was written for this generator. Every builder takes a random.Random and
returns a string; none keeps state, so the same rng stream gives the same text.
"""

# ---------------------------------------------------------------- names and places

FIRST = (
    "amara jonas priya mateo lena tomasz ines kwame yuki sofia daniel hana oluwaseun marta "
    "felix nadia omar clara ravi ingrid joao mei lukas aisha pedro elif noah zara bruno "
    "chloe dmitri fatima hugo isla kenji laila marco nora pablo rosa samuel tara viktor "
    "wen xavier yara zoe anil beatriz carl dalia emre fiona goran helga ivan jasmine kofi "
    "leona miguel nia oskar paula quentin rahel stefan tiago ulla vera wiktor ximena "
    "yusuf zainab adaeze bilal camille diego esra farah gael hamza irene jakob kamila"
).split()

LAST = (
    "okafor lindqvist sharma alvarez novak brandt mensah tanaka rossi kowalski haddad "
    "fernandes schmidt obi moreau nakamura silva jensen kaur oliveira petrov dubois "
    "yilmaz hughes costa andersen mwangi ibrahim park nguyen garcia muller santos "
    "kim lopez ahmed wagner reyes berg chen fischer popescu walsh eriksen bianchi "
    "adeyemi varga kovacs lund ortiz sato farouk duarte hoffmann murphy quispe"
).split()

PERSIAN_FIRST = (
    "reza ali maryam sara mohammad zahra hossein fatemeh amir niloufar mehdi parisa "
    "hamed shirin arash leila babak nazanin kaveh ladan farhad roya omid mina saeed "
    "neda pouya samira behnam golnaz"
).split()

PERSIAN_LAST = (
    "karimi rahimi hosseini moradi ahmadi jafari mohammadi sadeghi rezaei hashemi "
    "ghorbani bagheri naderi kazemi tehrani shirazi esfahani amini zamani farahani"
).split()

FREEMAIL = ["postbox.example", "mailora.com", "kitemail.net", "zipmail.org", "corvomail.com",
            "inboxly.net", "swiftpost.io", "hellomail.co", "greymail.net", "letterbird.com"]

BURNER = ["quickinbox.net", "tmpmails.org", "mailnest.io", "dropbox-mail.cc", "10minbox.net",
          "throwmail.app", "spamgourmet.cc", "yopbox.net", "nowmail.top", "fastinbox.xyz",
          "guerrilla-box.net", "inboxkitten.cc", "mailpoof.org", "trashpost.io", "burnbox.me",
          "minutemail.cc", "sharklasers.cc", "mohmal.click", "emailfake.top", "tempr.one",
          "getnada.cc", "emltmp.net", "dispostable.cc", "maildrop.top", "mintemail.cc",
          "fakeinbox.net", "mytemp.email", "tempail.cc", "luxusmail.cc", "spambox.one"]

ALIAS_SERVICES = ["veilmail.net", "maskpost.com", "aliasbox.org", "shieldmail.io"]

# Institutions: (name, country, domain stem). All invented.
INST_WORDS_A = ["Westbrook", "Harrowgate", "Lakemont", "Sunridge", "Kestevan", "Old Mill",
                "Riverside", "Ashcombe", "Northgate", "Eastfield", "Marlow", "Thornbury",
                "Crescent", "Highveld", "Savanna", "Coral Bay", "Delta", "Meridian",
                "Palmgrove", "Redcliff", "Stonebridge", "Valley View", "Greenhill", "Bayside"]
INST_WORDS_B = ["College of Technology", "Polytechnic", "University College", "Institute of Science",
                "School of Business", "Teachers College", "Institute of Management",
                "Technical University", "Community College", "Academy of Computing"]

# --------------------------------------------------------------- small helpers


def pick(rng, seq):
    return seq[rng.randrange(len(seq))]


def email_local(rng, first=None, last=None, style=None):
    """Return a name-like e-mail local part."""
    f = first or pick(rng, FIRST)
    l = last or pick(rng, LAST)
    style = style if style is not None else rng.randrange(6)
    if style == 0:
        return f + "." + l
    if style == 1:
        return f + l[0] + str(rng.randrange(10, 99))
    if style == 2:
        return f[0] + l
    if style == 3:
        return f + "_" + l + str(rng.randrange(1970, 2008))
    if style == 4:
        return l + "." + f[0]
    return f + str(rng.randrange(1, 999))


def random_local(rng):
    """Random-looking local part of a burner or alias address."""
    alpha = "abcdefghijklmnopqrstuvwxyz"
    digits = "0123456789"
    shape = pick(rng, ["aaaaaaa99", "aaaa9999", "aaaaaa9a9a", "a9a9a9a9", "aaaaaaaaaa",
                       "aaaaa.aaaa99", "aaaaaaa999", "9aaaa9aaa", "aaaa_aaaa9"])
    out = []
    for ch in shape:
        if ch == "a":
            out.append(pick(rng, alpha))
        elif ch == "9":
            out.append(pick(rng, digits))
        else:
            out.append(ch)
    return "".join(out)


def local_shape(local):
    out = []
    for ch in local:
        if ch.isalpha():
            out.append("a")
        elif ch.isdigit():
            out.append("9")
        else:
            out.append(ch)
    return "".join(out)


def institution(rng, used):
    for _ in range(200):
        name = pick(rng, INST_WORDS_A) + " " + pick(rng, INST_WORDS_B)
        if name not in used:
            used.add(name)
            return name
    return name + " " + str(len(used))


def company_name(rng):
    a = ["Brisk", "Lumen", "Quarry", "Tidal", "Copper", "Nimbus", "Orchard", "Pivot", "Signal",
         "Fathom", "Juniper", "Kilnworks", "Mosaic", "Northwind", "Parcel", "Ridge", "Saltbox",
         "Tangent", "Umber", "Vantage", "Wicket", "Yardstick", "Zephyr", "Alder", "Beacon"]
    b = ["Labs", "Works", "Systems", "Data", "AI", "Logic", "Studio", "Analytics", "Cloud",
         "Robotics", "Health", "Commerce", "Ledger", "Metrics", "Stack"]
    return pick(rng, a) + " " + pick(rng, b)


def domainify(name, tld):
    return "".join(c for c in name.lower() if c.isalnum()) + "." + tld


# --------------------------------------------------------------- reasoning problems

_PEOPLE = ["a baker", "a cyclist", "two trains", "a farmer", "a school", "a courier",
           "a tank", "a gardener", "a warehouse", "a choir", "three pumps", "a ferry"]


def reasoning_problem(rng):
    k = rng.randrange(14)
    a, b, c = rng.randrange(3, 97), rng.randrange(2, 60), rng.randrange(2, 19)
    if k == 0:
        return (f"A tank fills through one pipe in {a} minutes and drains through another in "
                f"{a + b} minutes. Both are open and the tank starts {c}% full. When is it full?")
    if k == 1:
        return (f"Find all integers n with 1 <= n <= {a * 10} such that n^2 + {b} is divisible "
                f"by {c + 2}.")
    if k == 2:
        return (f"A bag holds {a} red and {b} blue marbles. You draw {min(c, 5)} without "
                f"replacement. What is the probability that at least two are red?")
    if k == 3:
        return (f"Two cyclists start {a * 3} km apart and ride toward each other at {b} km/h and "
                f"{c + 10} km/h. A fly goes back and forth at {b + c + 30} km/h. How far does it fly?")
    if k == 4:
        return (f"Prove that the sum of the first {a} odd numbers is a perfect square, and "
                f"generalise to any n.")
    if k == 5:
        return (f"A store marks a coat up {b}% and later discounts it {c + 5}%. The final price is "
                f"{a * 7} dollars. What did the store pay, and what is its margin?")
    if k == 6:
        return (f"Solve the recurrence a(n) = {c % 5 + 2}*a(n-1) - a(n-2) with a(0)={b % 7}, "
                f"a(1)={a % 11}, and find a closed form.")
    if k == 7:
        return (f"Five friends sit in a row. {pick(rng, FIRST).title()} is not at either end, the two "
                f"oldest are not adjacent, and the youngest sits left of the tallest. How many "
                f"seatings are possible if exactly {c % 3 + 1} of them wear hats?")
    if k == 8:
        return (f"A ball is dropped from {a} m and bounces back to {b % 9 + 1}/10 of its height each "
                f"time. What total distance does it travel before coming to rest?")
    if k == 9:
        return (f"How many {c % 4 + 3}-digit numbers have digits that sum to {b % 20 + 5} and "
                f"contain no zero?")
    if k == 10:
        return (f"A loan of {a * 1000} at {c % 9 + 2}% annual interest is repaid monthly over "
                f"{b % 25 + 5} years. Derive the payment and the total interest.")
    if k == 11:
        return (f"An island has knights who always tell the truth and knaves who always lie. "
                f"{pick(rng, FIRST).title()} says: 'At least {c % 4 + 1} of us are knaves.' There are "
                f"{c % 4 + 3} islanders. What can you deduce?")
    if k == 12:
        return (f"Estimate how many piano tuners work in a city of {a * 20000} people and state every "
                f"assumption.")
    return (f"{pick(rng, _PEOPLE).capitalize()} needs {a} units by day {c}. Production starts at "
            f"{b % 10 + 1} units a day and grows by {c % 5 + 1} each day. On which day is the target met?")


COT_ASKS = [
    "Show every step of your reasoning before the answer.",
    "Think it through carefully and explain each step.",
    "Walk through the full derivation, then give the final answer on its own line.",
    "Reason step by step and check your answer at the end.",
    "Explain your thinking in detail; I want to see how you got there.",
    "Give a complete worked solution, not just the result.",
    "Lay out your reasoning as numbered steps and verify the result.",
    "Please include all intermediate calculations.",
    "Explain the approach first, then solve it fully.",
    "Write out the chain of reasoning you use, including dead ends you rule out.",
]


def reasoning_prompt(rng, cot=True):
    p = reasoning_problem(rng)
    if cot:
        p = p + " " + pick(rng, COT_ASKS)
    return p


# --------------------------------------------------------------- coding

LANGS = ["Python", "TypeScript", "Go", "Rust", "Java", "C#", "Kotlin", "C++", "Ruby", "SQL",
         "Swift", "PHP", "Elixir", "Scala"]

CODE_TASKS = [
    "an LRU cache with O(1) get and put",
    "a rate limiter using a token bucket per client",
    "a function that merges overlapping time intervals",
    "a parser for a small arithmetic expression language with precedence",
    "a thread-safe bounded queue",
    "a trie that supports prefix counts and deletion",
    "Dijkstra's shortest path on a sparse graph read from a CSV",
    "a retry wrapper with exponential backoff and jitter",
    "a diff of two JSON documents that reports changed paths",
    "a streaming CSV deduplicator that keeps the latest row per key",
    "an interval tree for overlap queries",
    "a consistent-hashing ring with virtual nodes",
    "a cron expression parser that returns the next five run times",
    "a topological sort that reports cycles",
    "a Markdown table formatter that aligns columns",
    "a small event-sourcing store with snapshots",
    "a bloom filter with a configurable false-positive rate",
    "a paginated API client that follows cursor links",
    "a sudoku solver using constraint propagation",
    "a leaderboard that supports rank queries in log time",
    "a URL shortener service with collision handling",
    "a validator for IBAN numbers",
    "an in-memory key-value store with TTL expiry",
    "a function that finds the k most frequent words in a large file",
]

CODE_CONSTRAINTS = [
    "No external libraries.", "Include unit tests.", "Explain the complexity.",
    "Handle edge cases such as empty input.", "Keep it under 80 lines.",
    "Add type annotations throughout.", "Make it idiomatic.", "Document every public function.",
    "It must be safe for concurrent use.", "Memory matters more than speed here.",
    "Then explain how you would test it.", "Give two alternative designs and pick one.",
]

BUGGY = [
    ("Python", "for i in range(len(xs)):\n    if xs[i] > xs[i+1]:\n        xs[i], xs[i+1] = xs[i+1], xs[i]"),
    ("Python", "def avg(xs):\n    return sum(xs) / len(xs) if xs else sum(xs)"),
    ("JavaScript", "const total = items.reduce((a, b) => a + b.price);"),
    ("C", "if (user = NULL) { return; }"),
    ("SQL", "SELECT name, COUNT(*) FROM orders JOIN users ON users.id = orders.id GROUP BY users.id;"),
    ("Rust", "let v = map.get(&k).unwrap();\nmap.insert(k, v + 1);"),
    ("Java", "for (int i = 0; i <= arr.length; i++) sum += arr[i];"),
    ("JavaScript", "async function load() { items.forEach(async i => await save(i)); console.log('done'); }"),
    ("Python", "def add(item, bucket=[]):\n    bucket.append(item)\n    return bucket"),
    ("C++", "while (lo < hi) { mid = (lo + hi) / 2; if (a[mid] < x) lo = mid; else hi = mid; }"),
    ("Go", "for _, v := range items {\n    go func() { process(v) }()\n}"),
    ("Python", "with open(path) as f:\n    data = f.read()\nreturn json.loads(data)['items'][0]"),
]


def coding_prompt(rng):
    k = rng.randrange(5)
    lang = pick(rng, LANGS)
    if k <= 1:
        return f"Write {pick(rng, CODE_TASKS)} in {lang}. {pick(rng, CODE_CONSTRAINTS)}"
    if k == 2:
        blang, code = pick(rng, BUGGY)
        return (f"This {blang} snippet has a bug. Find it, explain why it happens and give a fixed "
                f"version:\n\n{code}")
    if k == 3:
        other = pick(rng, LANGS)
        return (f"Port {pick(rng, CODE_TASKS)} from {lang} to {other}, keeping the same behaviour. "
                f"{pick(rng, CODE_CONSTRAINTS)}")
    return (f"Review this design: {pick(rng, CODE_TASKS)} backed by "
            f"{pick(rng, ['Postgres', 'Redis', 'SQLite', 'S3', 'Kafka', 'DynamoDB'])}. What breaks at "
            f"{rng.randrange(2, 90)}k requests per second, and what would you change?")


DEV_QUESTIONS = [
    "why does my docker build cache miss every time I change a comment in requirements.txt",
    "what's the difference between a mutex and a semaphore in practice",
    "how do I squash the last three commits without losing the messages",
    "kubectl says CrashLoopBackOff but the logs are empty, where do I look",
    "is it fine to store JWTs in localStorage or should I use cookies",
    "how do I make pytest show print output only for failing tests",
    "what does 'borrowed value does not live long enough' mean here",
    "best way to paginate a Postgres table with 40M rows",
    "how to debounce a search box in React without lodash",
    "why is my Go program using 100% CPU on one core only",
    "how do I read a big parquet file in chunks with pandas",
    "my nginx reverse proxy returns 502 after 60 seconds, what setting is that",
    "how to write a GitHub Actions matrix for three Python versions",
    "what's a sensible index for a query filtering on status and sorting by created_at",
    "how do I mock datetime.now in a test",
    "gradle sync fails with 'could not resolve' after upgrading Kotlin",
    "explain event loop starvation in node with an example",
    "when should I use a materialized view vs a cache table",
    "terraform wants to destroy and recreate my bucket, why",
    "how to profile memory in a long-running python worker",
]


def dev_question(rng):
    q = pick(rng, DEV_QUESTIONS)
    tail = pick(rng, ["", "", " thanks", " (using " + pick(rng, LANGS) + ")", " — on macOS",
                      " — in production only", " any ideas?", " short answer please"])
    if rng.random() < 0.5:
        q = q[0].upper() + q[1:]
    return q + tail + ("?" if rng.random() < 0.6 else "")


# --------------------------------------------------------------- grading

RUBRIC_CRITERIA = [
    "thesis clarity", "use of evidence", "organisation", "counter-arguments", "citation quality",
    "grammar and style", "accuracy of the method", "completeness of the derivation",
    "code correctness", "readability", "test coverage", "originality", "tone for the audience",
    "factual accuracy", "conciseness",
]

ESSAY_TOPICS = [
    "whether cities should ban private cars from their centres",
    "the causes of the 1929 stock market crash",
    "how social media changes political participation",
    "the ethics of gene editing in crops",
    "whether homework improves learning outcomes",
    "the role of central banks during inflation",
    "renewable subsidies versus carbon pricing",
    "the impact of remote work on small towns",
    "what Macbeth teaches about ambition",
    "the causes of coral bleaching",
    "universal basic income pilots",
    "why the Roman Republic collapsed",
    "how vaccines reached global coverage",
    "the trade-offs of nuclear power",
]

_ESSAY_SENT = [
    "Many experts agree that {t} is more complicated than it first appears.",
    "In this essay I will argue that {t} deserves more attention.",
    "Firstly, the evidence on {t} is mixed, but some studies show clear effects.",
    "On the other hand, critics of {t} point to high costs.",
    "For example, one survey found that {n}% of respondents changed their view.",
    "This shows that the issue is not only economic but social.",
    "However, the data from {y} suggests the opposite trend.",
    "In conclusion, {t} should be approached with caution and better data.",
    "It is therefore clear that policymakers must act.",
    "Some people say this is unfair, but they ignore the long-term benefits.",
]


def essay_snippet(rng, n=4):
    topic = pick(rng, ESSAY_TOPICS)
    out = []
    for _ in range(n):
        s = pick(rng, _ESSAY_SENT)
        out.append(s.format(t=topic, n=rng.randrange(11, 88), y=rng.randrange(1995, 2025)))
    return topic, " ".join(out)


def grading_prompt(rng):
    crit = rng.sample(RUBRIC_CRITERIA, rng.randrange(3, 6))
    scale = pick(rng, ["1-5", "0-4", "1-10", "A-F", "0-3"])
    topic, text = essay_snippet(rng, rng.randrange(3, 7))
    k = rng.randrange(4)
    if k == 0:
        return (f"Grade the following student essay on {topic} against this rubric: "
                f"{', '.join(crit)} (each {scale}). Justify every score, then give an overall grade "
                f"and two concrete improvements.\n\nEssay:\n{text}")
    if k == 1:
        return (f"You are an exam marker. Rubric ({scale} per criterion): " + "; ".join(crit) +
                f".\nScore this answer and explain each decision in detail.\n\nAnswer:\n{text}")
    if k == 2:
        return (f"Compare these two responses to the prompt 'Discuss {topic}'. Score both on "
                f"{', '.join(crit)} and say which is better and why.\n\nResponse A: {text}\n\n"
                f"Response B: {essay_snippet(rng, 3)[1]}")
    return (f"Apply a {scale} scale for {', '.join(crit)} to the solution below. Point out every "
            f"error, explain how many marks each costs, and write the model solution.\n\n"
            f"Problem: {reasoning_problem(rng)}\nStudent solution: {text}")


def self_feedback_prompt(rng):
    """A student asking about their own essay (benign)."""
    topic, text = essay_snippet(rng, rng.randrange(2, 5))
    crit = rng.sample(RUBRIC_CRITERIA[:8], 2)
    return pick(rng, [
        f"my teacher's rubric looks at {crit[0]} and {crit[1]}. how would my intro do? {text}",
        f"Can you give me feedback on this paragraph about {topic}? It's for a class essay. {text}",
        f"is my argument about {topic} convincing? be honest. {text}",
        f"I got a low mark for {crit[0]} last time, does this read better? {text}",
        f"How do I make this conclusion stronger without going over the word count? {text}",
    ])


def ta_grading_prompt(rng, course):
    crit = rng.sample(RUBRIC_CRITERIA, 3)
    topic, text = essay_snippet(rng, rng.randrange(3, 6))
    return pick(rng, [
        f"[{course}] Draft feedback for a submission. Rubric: {', '.join(crit)}. Keep it kind and "
        f"specific, two sentences per criterion.\n\n{text}",
        f"For {course}: suggest a provisional mark (out of 20) for this answer and flag anything I "
        f"should double-check myself.\n\n{text}",
        f"Rewrite this feedback so it is encouraging but still honest about {crit[0]}: "
        f"'{text[:120]}'",
    ])


# --------------------------------------------------------------- sensitive / safe rewrites

SENSITIVE = [
    "how someone could get prescription painkillers without a prescription",
    "how to find where an ex-partner lives now",
    "which household chemicals are dangerous to mix",
    "how to get into a phone that someone forgot the passcode to",
    "how much of a common sleeping medication is an overdose",
    "ways people hide self-harm from their family",
    "how to bypass a school web filter",
    "how scammers make fake invoices look real",
    "how to pick a basic pin tumbler lock",
    "what makes a crowd crush happen and how to cause a stampede",
    "how to make a fake ID look convincing",
    "how to track someone's car without them knowing",
    "how extremist groups recruit teenagers online",
    "how to write a phishing email that gets clicks",
    "how people launder small amounts of cash",
    "how to lose 10 kg in two weeks by not eating",
    "how to get a gun without a background check",
    "how to spoof a caller ID",
    "how to tell if someone is grooming a child online",
    "how to buy followers without getting banned",
]

SAFE_FRAMES = [
    "Rewrite the following user question so that a careful assistant could answer it safely, "
    "keeping as much of the legitimate need as possible. Return only the rewritten question.",
    "Turn this risky request into a harm-reducing version that still helps the person. Output the "
    "rewritten request and a one-line rationale.",
    "Reformulate this question into a safe, policy-compliant version. Then list which elements you "
    "removed and why.",
    "Produce a sanitised paraphrase of the question below that keeps its educational value.",
    "Convert this into the safest helpful question a responsible assistant would accept.",
]

ANSWER_REWRITE_FRAMES = [
    "Answer this question thoroughly and responsibly:",
    "Give a complete, helpful answer to the following:",
    "Respond as an expert assistant would, with all relevant safety context:",
    "Write the ideal answer to this question:",
]

WHY_FRAMES = [
    "Explain step by step why the original wording of this question was risky and what a safe "
    "answer must avoid:",
    "Reason through which parts of this request are harmful and which are legitimate:",
    "Classify the risk in this question (category, severity 1-5) and explain your reasoning:",
]


def sensitive_seed(rng):
    q = pick(rng, SENSITIVE)
    ctx = pick(rng, ["", "asking for a friend, ", "for a novel I'm writing, ", "urgent: ",
                     "my teenager asked me ", "in my country, ", "hypothetically, ",
                     "I'm a nurse and need to know ", "for a school project on safety, "])
    return ctx + q + pick(rng, ["?", "", " — details please", " step by step?", " asap"])


def safe_rewrite_request(rng, seed):
    return pick(rng, SAFE_FRAMES) + "\n\nQuestion: " + seed


def safe_answer_request(rng, seed):
    rewritten = pick(rng, ["What are the risks of ", "How can I stay safe regarding ",
                           "What should someone know about ", "Where can people get help with "])
    return pick(rng, ANSWER_REWRITE_FRAMES) + " " + rewritten + seed.split(",")[-1].strip(" ?") + "?"


def safe_why_request(rng, seed):
    return pick(rng, WHY_FRAMES) + " \"" + seed + "\""


MOD_POSTS = [
    "honestly if he shows up at school tomorrow somebody should teach him a lesson",
    "selling my leftover meds, dm me, cheap",
    "this is the third time my account got reported for nothing, you people are useless",
    "I don't see the point in anything anymore",
    "here's how to get free premium, just log in with this link",
    "they deserve everything coming to them, every last one",
    "anyone know where to get the stuff without a script",
    "my cousin says the vaccine has a chip, is that true",
    "posting her address so everyone knows who she really is",
    "lol this diet got me down 6kg in a week, only water",
]


def ts_prompt(rng, team):
    post = pick(rng, MOD_POSTS)
    k = rng.randrange(6)
    pol = pick(rng, ["harassment", "self-harm", "regulated goods", "spam", "doxxing",
                     "misinformation", "violent speech"])
    if k == 0:
        return (f"[{team}] Rewrite this flagged post so it could stay up under our {pol} policy, "
                f"or say it can't be salvaged: \"{post}\"")
    if k == 1:
        return (f"Draft a short, caring reply from our support team to a user who posted: \"{post}\". "
                f"Include resources, no lecturing.")
    if k == 2:
        return f"Which policy does this violate, if any, and how confident are you? \"{post}\""
    if k == 3:
        return (f"Write a plain-language explanation for users of why content about {pol} gets "
                f"removed. Under 150 words.")
    if k == 4:
        return (f"Turn these reviewer notes into a consistent enforcement summary: {post}; "
                f"{pick(rng, MOD_POSTS)}; {pick(rng, MOD_POSTS)}")
    return (f"Safe-completion test for the {pol} classifier: give a compliant version of: "
            f"{sensitive_seed(rng)}")


# --------------------------------------------------------------- tools and agents

TOOL_VERBS = ["get", "list", "create", "update", "search", "reserve", "cancel", "fetch", "submit",
              "lookup", "compute", "validate", "schedule", "refund", "assign", "export", "query",
              "notify", "archive", "estimate", "sync", "resolve", "quote", "dispatch"]
TOOL_NOUNS = ["invoice", "shipment", "warehouse_slot", "courier", "patient_record", "ticket",
              "sku", "fx_rate", "calendar_event", "lab_result", "flight", "room", "policy",
              "customer", "order", "route", "meter_reading", "claim", "vendor", "payslip",
              "inventory", "lease", "repair_job", "crop_yield", "sensor", "bond_price",
              "timesheet", "permit", "grant", "menu_item", "container", "parcel_locker",
              "vaccination", "exam_slot", "charging_station", "turbine", "ad_campaign"]
TOOL_SUFFIX = ["", "", "", "_v2", "_by_id", "_batch", "_status", "_details", "_history"]

ENVIRONMENTS = [
    "a regional logistics firm", "a veterinary clinic chain", "a municipal permit office",
    "a solar farm operator", "a boutique hotel group", "a grain cooperative", "a dental practice",
    "a used-car marketplace", "a freight forwarder", "a university registry", "a wind-farm "
    "maintenance crew", "a pharmacy wholesaler", "a coworking operator", "a ferry company",
    "a school district", "a food bank network", "a bicycle-sharing scheme", "a port authority",
    "an insurance broker", "a film-equipment rental shop", "a tax advisory office",
]


def invent_tools(rng, n):
    seen = []
    while len(seen) < n:
        t = pick(rng, TOOL_VERBS) + "_" + pick(rng, TOOL_NOUNS) + pick(rng, TOOL_SUFFIX)
        if t not in seen:
            seen.append(t)
    return seen


def agent_system(rng, env, tools):
    return (f"You are an autonomous operations agent for {env}. You can call these tools: "
            f"{', '.join(tools)}. Think before each call, call one tool at a time, and finish with a "
            f"summary for the human supervisor.")


def agent_goal(rng, env, tools):
    t = pick(rng, tools)
    return pick(rng, [
        f"A customer of {env} reports a problem with order {rng.randrange(10000, 99999)}. Investigate "
        f"with the tools and fix it.",
        f"Plan tomorrow's work at {env}: use {t} and anything else you need, then propose a schedule.",
        f"Reconcile last week's records at {env}; there is a mismatch of {rng.randrange(2, 900)} units.",
        f"An auditor asks why item {rng.randrange(100, 9999)} was processed twice. Find out and "
        f"write a report.",
        f"Handle the backlog of {rng.randrange(3, 40)} pending requests at {env} in priority order.",
        f"Something looks off in the {t.split('_', 1)[1].replace('_', ' ')} data since "
        f"{pick(rng, ['Monday', 'yesterday', 'the migration', 'last month'])}. Diagnose it.",
    ])


def tool_result(rng, tool):
    k = rng.randrange(4)
    ident = rng.randrange(1000, 999999)
    if k == 0:
        return (f"Tool {tool} returned: {{\"id\": {ident}, \"status\": \""
                f"{pick(rng, ['pending', 'ok', 'failed', 'partial', 'on_hold'])}\", \"count\": "
                f"{rng.randrange(0, 300)}}}. Continue.")
    if k == 1:
        return f"{tool} -> error 409: conflict with record {ident}. Decide what to do next."
    if k == 2:
        return (f"Result of {tool}: {rng.randrange(1, 12)} rows; first row amount "
                f"{rng.randrange(5, 9000)}.{rng.randrange(10, 99)}, updated "
                f"{rng.randrange(1, 28)} days ago. Next step?")
    return f"{tool} ok ({rng.randrange(20, 900)} ms). Output attached above. Proceed."


TENANT_GOALS = [
    "Summarise the new support tickets and route each to the right queue.",
    "Look up the customer and draft a renewal reminder.",
    "Check the order status and tell the customer when it ships.",
    "Create a follow-up task for every lead that went quiet this week.",
    "Find the invoice and explain the extra charge to the customer.",
    "Book a slot for the technician and notify the site manager.",
    "Pull this month's timesheets and flag anything over 50 hours.",
    "Answer the employee's question about parental leave using the policy tool.",
]


# --------------------------------------------------------------- chat and everyday

CHAT = [
    "what can I cook with {a}, {b} and rice", "help me write a birthday message for my {r}",
    "plan a {n}-day trip to {c} on a budget", "explain {s} like I'm twelve",
    "is it normal for a {p} to sleep so much", "translate 'see you next week' into {l}",
    "give me a {n}-week beginner running plan", "rewrite this email so it sounds less angry: {e}",
    "what's a good gift for someone who likes {h}", "how do I get red wine out of a {f}",
    "suggest names for a {p} that's very lazy", "summarise the plot of {bk} without spoilers",
    "how long should I boil {a}", "tips for a job interview at a {j}",
    "write a short poem about {h} for my {r}", "what should I ask the landlord before signing",
    "how do I politely decline a wedding invitation", "help me budget {n}00 a month for food",
    "is {a} ok to eat after the date on the pack", "what are some board games for {n} people",
]
_FILL = {
    "a": ["chickpeas", "spinach", "leftover chicken", "eggs", "lentils", "tofu", "mushrooms",
          "potatoes", "salmon", "courgettes"],
    "b": ["feta", "tomatoes", "coconut milk", "peppers", "yoghurt", "garlic", "lemons"],
    "r": ["sister", "grandad", "boss", "best friend", "partner", "neighbour", "coach"],
    "c": ["Lisbon", "Kyoto", "Oaxaca", "Kraków", "Hanoi", "Tbilisi", "Cape Town", "Montreal"],
    "s": ["inflation", "black holes", "how vaccines work", "compound interest", "photosynthesis",
          "the electoral college", "blockchain", "tides"],
    "p": ["cat", "puppy", "rabbit", "hamster", "parrot", "toddler"],
    "l": ["Spanish", "German", "Japanese", "Swahili", "Polish", "Tagalog", "Turkish"],
    "e": ["'You still haven't paid me back and I'm done waiting.'",
          "'Why was I not told about the meeting??'", "'This is the third time the parcel is late.'"],
    "h": ["hiking", "jazz", "houseplants", "chess", "baking", "astronomy", "cycling", "knitting"],
    "f": ["white shirt", "sofa", "carpet", "wool jumper"],
    "bk": ["Middlemarch", "The Left Hand of Darkness", "Beloved", "Things Fall Apart",
           "The Remains of the Day", "Pachinko"],
    "j": ["bank", "startup", "hospital", "bakery", "law firm", "museum"],
}


def chat_prompt(rng):
    t = pick(rng, CHAT)
    out = []
    i = 0
    while i < len(t):
        if t[i] == "{":
            j = t.index("}", i)
            key = t[i + 1:j]
            out.append(str(rng.randrange(2, 9)) if key == "n" else pick(rng, _FILL[key]))
            i = j + 1
        else:
            out.append(t[i])
            i += 1
    s = "".join(out)
    if rng.random() < 0.4:
        s = s[0].upper() + s[1:]
    return s + pick(rng, ["", "", "?", "? thanks", "!", " please", " :)"])


FOLLOWUPS = [
    "thanks! can you make it shorter", "ok and what if I don't have an oven", "perfect",
    "can you give me another option", "hmm that doesn't sound right", "more detail on step 2",
    "make it more formal", "what about for 3 people", "can you put that in a table",
    "why?", "great, now in bullet points", "one more example please", "and the cheaper version?",
    "that errors with a TypeError", "can you explain the second part again",
    "ok now write the tests", "use async instead", "what would you change for production",
]


def followup(rng):
    return pick(rng, FOLLOWUPS)


# --------------------------------------------------------------- writers (branching)

STORY_SEEDS = [
    "a lighthouse keeper who finds a letter addressed to her future self",
    "two rival bakers in a flooded town", "a heist during a chess tournament",
    "a detective who can only work at night", "a generation ship's last gardener",
    "a grandmother who was once a spy", "a village where nobody can lie on Tuesdays",
    "a courier crossing a desert with a secret", "a ghost who is bad at haunting",
    "a jazz pianist in 1950s Lagos", "a translator stuck between two warring cities",
    "a teenage hacker and a retired nun", "an orchard that grows memories",
]

WRITER_ASKS = [
    "Write the opening scene of a story about {s}. Around 600 words, present tense.",
    "Continue the chapter: {s}. Keep the tone dry and a little sad.",
    "Give me three possible twists for my plot about {s}.",
    "Rewrite this dialogue so the characters sound less alike. The story is about {s}.",
    "Describe the setting for a scene with {s}, using smell and sound.",
    "My beta readers say the middle drags. The book is about {s}. What could I cut?",
    "Draft a back-cover blurb for a novel about {s}.",
]

WRITER_EDITS = [
    "Try again, but from the other character's point of view.",
    "Again, but darker.", "Same scene, shorter and punchier.", "Less purple prose please.",
    "Can you redo it with more dialogue?", "Try it in first person.",
    "Again, and this time end on a cliffhanger.", "Keep the first paragraph, redo the rest.",
]


def writer_prompt(rng):
    return pick(rng, WRITER_ASKS).replace("{s}", pick(rng, STORY_SEEDS))


def writer_edit(rng):
    return pick(rng, WRITER_EDITS)


BRANCH_FOLLOWS = [
    "Now solve the same problem with a completely different method and compare.",
    "Suppose the key assumption is false. Redo the reasoning.",
    "Check your previous answer critically and correct any mistake, showing the work.",
    "Generalise the result and prove the general case.",
    "Explain the solution as you would to a beginner, step by step.",
    "Give a shorter solution and explain why it is still complete.",
    "What is the most common wrong answer, and where does that reasoning fail?",
    "Rewrite the solution with all intermediate steps made explicit.",
    "Change the numbers so the answer becomes an integer and solve again.",
    "Write a program that verifies your answer, then run through it by hand.",
    "Argue against your own answer as strongly as possible, then settle it.",
    "Turn this into three harder variants and solve the hardest one.",
]


def branch_follow(rng):
    f = pick(rng, BRANCH_FOLLOWS)
    if rng.random() < 0.5:
        f = f + " " + pick(rng, COT_ASKS)
    return f


# --------------------------------------------------------------- Persian and the Iranian calendar

FA_DIGITS = "۰۱۲۳۴۵۶۷۸۹"


def fa_num(n):
    return "".join(FA_DIGITS[int(c)] for c in str(n))


def jalali_from_day(day_index):
    """Day 0 of the window (2026-11-09) is 18 Aban 1405; Azar 1 is 2026-11-22; Dey 1 2026-12-22."""
    d = 18 + day_index
    if d <= 30:
        return 1405, 8, d
    d -= 30
    return 1405, 9, d


FA_ASKS = [
    "لطفا به فارسی توضیح بده",
    "مرحله به مرحله حل کن",
    "این کد را بررسی کن و اشکالاتش را بگو",
    "خلاصه‌اش را به فارسی بنویس",
    "جواب را کامل و با جزئیات بنویس",
    "لطفا دلیل هر مرحله را هم بنویس",
]

FA_CHAT = [
    "یک ایمیل رسمی به صاحبخانه‌ام درباره تعمیر بخاری بنویس",
    "این نامه را به آلمانی ترجمه کن",
    "برای تولد مادرم یک متن کوتاه و قشنگ بنویس",
    "فرق ویزای کاری و بلوکارت چیست؟",
    "یک دستور پخت ساده برای قورمه سبزی بده",
    "چطور برای مصاحبه کاری آماده شوم؟",
    "این جمله را به انگلیسی روان بنویس",
    "ممنون، خیلی کمک کرد",
]


def fa_ask(rng):
    return pick(rng, FA_ASKS)


def fa_date(day_index):
    y, m, d = jalali_from_day(day_index)
    return fa_num(y) + "/" + fa_num(m).rjust(2, "۰") + "/" + fa_num(d).rjust(2, "۰")


def fa_chat(rng):
    return pick(rng, FA_CHAT)


WORK_NOTES_FA = [
    "گزارش کار امروز", "برای جلسه فردا", "نسخه نهایی", "تست شود", "طبق درخواست مدیر پروژه",
]


# --------------------------------------------------------------- hackathon and CI

HACK_IDEAS = [
    "a food-waste tracker for school canteens", "an app that matches volunteers to shifts",
    "a bus-delay predictor from open data", "a voice note summariser for nurses",
    "a plant-disease detector for smallholders", "a receipts-to-budget tool",
    "a carpool planner for commuters", "a flood alert bot for neighbourhood chats",
    "an accessible museum guide", "a second-hand textbook exchange",
]

HACK_ASKS = [
    "we're building {i} for a hackathon. give me a FastAPI skeleton with auth",
    "our demo is in {h} hours. fix this error: {err}",
    "write a React component for {i} that shows a list with filters",
    "how do I deploy {i} quickly for free, we have {h} hours left",
    "write the pitch script for {i}, 2 minutes, punchy",
    "design the database tables for {i}",
    "write a seed script with fake data for {i}",
    "the judges want metrics. how do we measure impact for {i}",
    "make this CSS not look terrible on mobile: .card {{ width: 600px; float: left }}",
]

ERRORS = [
    "ModuleNotFoundError: No module named 'app'", "CORS policy: No 'Access-Control-Allow-Origin'",
    "TypeError: Cannot read properties of undefined (reading 'map')",
    "psycopg2.OperationalError: could not connect to server", "error[E0382]: borrow of moved value",
    "Error: listen EADDRINUSE: address already in use :::3000", "401 Unauthorized from the webhook",
]


def hack_prompt(rng, hours_left):
    t = pick(rng, HACK_ASKS)
    return t.replace("{i}", pick(rng, HACK_IDEAS)).replace("{h}", str(hours_left)).replace(
        "{err}", pick(rng, ERRORS)).replace("{{", "{").replace("}}", "}")


def ci_suite(rng, name, size):
    """A fixed regression suite: the same items every run (rng must be seeded per suite)."""
    items = []
    for i in range(size):
        k = rng.randrange(4)
        if k == 0:
            items.append((f"[{name}#{i}] Extract the fields invoice_number, total and due_date as JSON "
                          f"from: Invoice {rng.randrange(1000, 9999)} total {rng.randrange(20, 900)}.00 "
                          f"due {rng.randrange(1, 28)}/11", 128))
        elif k == 1:
            items.append((f"[{name}#{i}] Classify the sentiment (positive/negative/neutral): "
                          f"\"{chat_prompt(rng) if rng.random() < 0.7 else pick(rng, MOD_POSTS)}\"", 8))
        elif k == 2:
            items.append((f"[{name}#{i}] Summarise in one sentence: {essay_snippet(rng, 3)[1]}", 96))
        else:
            items.append((f"[{name}#{i}] Answer with the number only: {reasoning_problem(rng)}", 32))
    return items


# --------------------------------------------------------------- cover prompts for operators

def cover_prompt(rng):
    return chat_prompt(rng) if rng.random() < 0.6 else dev_question(rng)


# --------------------------------------------------------------- variety: the details people add

_PRE = ["", "", "", "", "hi, ", "quick question: ", "ok so ", "hey! ", "sorry if this is basic but ",
        "random one: ", "need help: ", "Hello. ", "so, ", "one more thing: ", "Good morning! "]
_CTX = ["I'm in {c}", "it's for my {r}", "we're {n} people", "I only have {n}0 minutes",
        "my budget is about {n}0 {cur}", "this is for {wd}", "I tried twice already",
        "my {r} suggested asking you", "it's been a long week", "I'm a complete beginner",
        "I've got {n} days", "it's my first time doing this", "the deadline is {wd}",
        "we're flying out {wd}", "my {r} is {n}{n2} years old"]
_WD = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "the weekend", "tomorrow",
       "tonight", "next week", "the 14th", "the 20th", "end of month"]
_CUR = ["euros", "dollars", "pounds", "rupees", "reais", "zloty", "pesos"]


def _fill_ctx(rng, s):
    return (s.replace("{c}", pick(rng, _FILL["c"])).replace("{r}", pick(rng, _FILL["r"]))
            .replace("{n2}", str(rng.randrange(10))).replace("{n}", str(rng.randrange(2, 10)))
            .replace("{cur}", pick(rng, _CUR)).replace("{wd}", pick(rng, _WD)))


def humanise(rng, s, p=0.6):
    """Add the small personal details that make real prompts distinct."""
    if rng.random() < p:
        ctx = _fill_ctx(rng, pick(rng, _CTX))
        if rng.random() < 0.5:
            s = s.rstrip("?!. ") + (", " if rng.random() < 0.5 else " — ") + ctx
        else:
            s = ctx[0].upper() + ctx[1:] + ". " + s
    return pick(rng, _PRE) + s


_FOLLOW_SPEC = ["can you change the {x} part", "what if it's {n} instead of {m}",
                "ok but without the {x}", "can you redo step {n}", "make it about {n}00 words",
                "good, now for {c}", "I meant the second option, with {x}",
                "explain line {n} please", "it fails when the input is {m}",
                "add a section on {x}", "shorter, max {n} bullet points",
                "same but for my {r}", "what does '{x}' mean here"]
_FX = ["intro", "budget", "timing", "last paragraph", "error handling", "tone", "dates",
       "ingredients", "loop", "pricing", "formatting", "examples", "edge cases", "summary"]


def followup_specific(rng):
    if rng.random() < 0.35:
        return followup(rng)
    s = pick(rng, _FOLLOW_SPEC)
    return (s.replace("{x}", pick(rng, _FX)).replace("{n}", str(rng.randrange(2, 12)))
            .replace("{m}", str(rng.randrange(0, 50))).replace("{c}", pick(rng, _FILL["c"]))
            .replace("{r}", pick(rng, _FILL["r"])))


_CHAR = ["Mara", "Iso", "Teodor", "Wren", "Abeni", "Caspian", "Lulu", "Okonkwo", "Sable", "Jun",
         "Petra", "Hollis", "Nadia", "Fitz", "Ama", "Rook", "Signe", "Dov", "Esme", "Bartek"]


def writer_prompt_rich(rng):
    s = writer_prompt(rng)
    extra = pick(rng, [
        "The main character is called {a}.", "{a} and {b} are the leads.",
        "This is chapter {n}.", "Aim for {n}00 words.", "Set it in {c}.",
        "{a} has just lost her job.", "{b} is hiding something from {a}.",
        "Keep it PG-13.", "It's for a short-story contest with a {n},000-word limit.", ""])
    extra = (extra.replace("{a}", pick(rng, _CHAR)).replace("{b}", pick(rng, _CHAR))
             .replace("{n}", str(rng.randrange(2, 19))).replace("{c}", pick(rng, _FILL["c"])))
    return (s + " " + extra).strip()


def writer_edit_rich(rng):
    s = writer_edit(rng)
    if rng.random() < 0.6:
        s = s + " " + pick(rng, ["Make {a} less whiny.", "{a} wouldn't say that.",
                                 "Cut the part about the {x}.", "Keep the line about the {x}.",
                                 "Move the reveal to the end.", "{a} should be funnier here."]
                           ).replace("{a}", pick(rng, _CHAR)).replace(
            "{x}", pick(rng, ["rain", "letter", "train", "knife", "dog", "map", "song", "kiss", "storm"]))
    return s


def branch_follow_rich(rng):
    s = branch_follow(rng)
    if rng.random() < 0.7:
        s = s + " " + pick(rng, [
            "Use n = {n}.", "Assume the rate is {n}% instead.", "Now with {n} items.",
            "Restrict to the case x > {n}.", "Keep the answer under {n}00 words.",
            "Double-check step {n}.", "Try k = {n} and k = {m}."]).replace(
            "{n}", str(rng.randrange(2, 60))).replace("{m}", str(rng.randrange(61, 200)))
    return s


def ts_prompt_rich(rng, team):
    return ts_prompt(rng, team) + pick(rng, ["", " (case %d)" % rng.randrange(100000, 999999),
                                             " [ticket HL-%d]" % rng.randrange(10000, 99999),
                                             " — reported %d times" % rng.randrange(2, 80)])


def hack_prompt_rich(rng, hours_left):
    s = hack_prompt(rng, hours_left)
    return s + pick(rng, ["", "", " we use " + pick(rng, ["supabase", "flask", "next.js", "django",
                                                           "fastapi", "firebase", "sveltekit", "express"]),
                          " team " + pick(rng, _CHAR).lower() + str(rng.randrange(1, 60)),
                          " (line %d)" % rng.randrange(3, 400), " pls hurry", " thx!!"])


_DEV_SYS = [
    "You are {env}'s internal helper. Tools: {tools}. Ask before destructive actions.",
    "Assistant for the ops team at {env}. Available functions: {tools}. Reply in JSON when calling tools.",
    "You help staff of {env}. Use {tools} when needed; otherwise answer directly and briefly.",
    "Role: support agent ({env}). You may call: {tools}. Escalate to a human if unsure.",
    "{env} back-office bot. Functions: {tools}. Keep answers under 120 words.",
]


def dev_agent_system(rng, env, tools):
    return pick(rng, _DEV_SYS).replace("{env}", env).replace("{tools}", ", ".join(tools))
