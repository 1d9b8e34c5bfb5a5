"""Prompt text for outside_wide/gen.py, written for this generator only.

Every function takes a random.Random and returns a dict with at least `prompt`; some add
`system`, `tools`, `turns`, `kind` hints. Fillers are combined so that almost every prompt
in a group is distinct, except the fixed suites (benchmarks, CI tests) that repeat on purpose.
"""

NAMES = ["Amara", "Bo", "Catalina", "Dmitri", "Efua", "Farid", "Greta", "Hiro", "Ines", "Jonas",
         "Kalani", "Lior", "Mei", "Nnamdi", "Olek", "Priya", "Quentin", "Rosa", "Sven", "Tariq",
         "Ulla", "Vikram", "Wanjiru", "Xiomara", "Yusuf", "Zofia", "Aleksi", "Bea", "Cyrus", "Dalia"]
THINGS = ["marbles", "crates", "tickets", "lanterns", "seedlings", "bolts", "jars of honey",
          "bus passes", "chess sets", "spools of wire", "notebooks", "solar panels", "kayaks"]
PLACES = ["a harbour town", "a mountain village", "an orbital station", "a night market",
          "a rail depot", "a desert observatory", "a river delta", "a co-op bakery",
          "a ferry terminal", "an island school", "a copper mine", "a rooftop garden"]
LANGS = ["Rust", "Go", "TypeScript", "Python", "Kotlin", "C++", "Java", "Elixir", "Swift", "Ruby",
         "C#", "Scala", "Haskell", "Zig"]
TOPICS_CHAT = ["sourdough starter that won't rise", "a birthday toast for my sister",
               "how to get red wine out of linen", "a polite note to a noisy neighbour",
               "things to do in Porto on a rainy day", "whether to repot a fiddle-leaf fig",
               "a packing list for a 4-day hike", "how compound interest works",
               "a short poem about autumn trams", "how to ask my manager for a raise",
               "a substitute for buttermilk", "the difference between a latte and a flat white",
               "a kids' science experiment with vinegar", "why my bike chain keeps slipping",
               "a cover letter for a barista job", "good beginner houseplants for low light",
               "how to explain inflation to a 10-year-old", "a 20-minute vegetarian dinner",
               "the plot of Middlemarch without spoilers", "how to set up a family budget",
               "tips for a first marathon", "a thank-you email after an interview",
               "what to look for in a used car", "how tides work", "a limerick about a cat",
               "how to fix a squeaky door hinge", "a weekly meal plan on a tight budget"]


def pick(rng, xs):
    return xs[rng.randrange(len(xs))]


# ---------------------------------------------------------------- chain-of-thought problems

def _problem(rng):
    n = rng.randint(3, 97)
    m = rng.randint(2, 40)
    k = rng.randint(2, 12)
    a, b = pick(rng, NAMES), pick(rng, NAMES)
    t = pick(rng, THINGS)
    p = pick(rng, PLACES)
    forms = [
        f"{a} runs a stall in {p} and starts the day with {n * k} {t}. Each hour she sells {k} more than the hour before, beginning with {m}. After how many hours is she sold out, and how many are left in the final hour?",
        f"In {p}, {a} and {b} split {n * 3 + m} {t} so that {a} gets {k} times as many as {b} plus {m}. How many does each receive?",
        f"A bag holds {n} red and {m} blue {t}. Draw {k % 4 + 2} without replacement. What is the probability that at least two are blue?",
        f"Prove that for every integer x, x^{k % 3 + 2} - x is divisible by {k % 3 + 2}, or give a counterexample if it fails.",
        f"Solve for x: {k}x^2 - {n}x + {m} = 0. Say whether the roots are real and simplify them.",
        f"Five friends, including {a} and {b}, sit around a round table. {a} refuses to sit next to {b}. In how many distinct arrangements can they sit, counting rotations as the same?",
        f"A train leaves {p} at {k}:{m:02d} travelling at {n + 40} km/h; a second leaves {m * 7 + 30} km away at the same time heading toward it at {n + 55} km/h. When and where do they meet?",
        f"{a} says: '{b} is lying.' {b} says: 'Exactly one of us tells the truth.' Who is the knight and who is the knave, given knights always tell the truth?",
        f"What is the remainder when {n}^{m + 10} is divided by {k + 5}?",
        f"A rectangle's length is {k} cm longer than its width and its area is {n * (n + k)} cm^2. Find its perimeter.",
        f"How many positive integers below {n * 100} are divisible by {k + 1} or {m + 2} but not both?",
        f"A recipe needs {m} g of flour for {k} buns. {a} wants {n} buns but only has {n * m // (k + 1)} g. How many whole buns can she bake, and how much flour is short for the full batch?",
        f"The sequence a(1) = {k}, a(n+1) = 2a(n) - {m % 7 + 1}. Find a closed form and a({n % 20 + 5}).",
        f"Is {n * 1000 + m * 10 + k} prime? Justify without a calculator.",
        f"A fair die is rolled until a {k % 6 + 1} appears. What is the expected number of rolls, and the probability it takes more than {m % 9 + 2}?",
        f"In a league of {k + 6} teams each plays every other {m % 3 + 1} time(s). How many games are played? If {a}'s team wins {n % (k + 5) + 1}, what is its win share?",
        f"Find all pairs of positive integers (p, q) with p*q = {n * m} and p + q minimal.",
        f"A tank in {p} fills in {k + 2} hours by pipe A and {m + 3} hours by pipe B, while drain C empties it in {n + 10} hours. With all three open, how long to fill?",
        f"Show that the sum of the first {n} odd numbers is a perfect square, and compute it.",
        f"{a} invests {n * 100} at {k}% compounded monthly for {m % 15 + 2} years. What is the balance? Compare with simple interest.",
    ]
    return pick(rng, forms)


COT_ASKS = [
    "Think it through step by step before you answer.",
    "Walk me through every step of your reasoning, then give the final answer on its own line.",
    "Show all intermediate work; I need the full derivation, not just the result.",
    "Reason out loud first. Finish with 'ANSWER:' and the value.",
    "Lay out your chain of thought in numbered steps, then state the conclusion.",
    "Before answering, write your complete thought process, including dead ends you rule out.",
    "Explain the reasoning in detail as if teaching it, then box the answer.",
    "Give a rigorous step-by-step solution; verify the result at the end.",
    "Please think carefully and show the whole working.",
    "Write out your full reasoning trace, then a one-line final answer.",
    "Derive it from first principles, every step justified.",
    "List the key insight, then each step, then double-check.",
    "",
    "",
]


def cot(rng):
    prob = _problem(rng)
    ask = pick(rng, COT_ASKS)
    lay = rng.randrange(5)
    if lay == 0:
        p = f"{prob}\n\n{ask}".strip()
    elif lay == 1:
        p = f"{ask}\n\nProblem: {prob}".strip()
    elif lay == 2:
        p = f"Q{rng.randint(1, 9999)}. {prob} {ask}".strip()
    elif lay == 3:
        p = f"### Task\n{prob}\n### Instructions\n{ask or 'Answer concisely.'}"
    else:
        p = f"{prob} {ask}".strip()
    return {"prompt": p, "cap": "reasoning"}


# ---------------------------------------------------------------- coding

CODE_TASKS = [
    "implement an LRU cache with O(1) get and put",
    "write a function that merges overlapping intervals",
    "parse an ISO 8601 duration string into seconds",
    "write a rate limiter using the token bucket algorithm",
    "implement Dijkstra's shortest path on an adjacency list",
    "write a thread-safe bounded queue",
    "serialize a binary tree to a string and back",
    "detect a cycle in a directed graph and return it",
    "implement a trie with prefix search",
    "write a CSV parser that handles quoted fields with embedded newlines",
    "compute the longest common subsequence of two strings",
    "implement a consistent-hashing ring with virtual nodes",
    "write a retry wrapper with exponential backoff and jitter",
    "build a min-heap without using the standard library heap",
    "implement a simple regex matcher supporting . and *",
    "write a function to validate a Sudoku board",
    "implement a bloom filter with configurable false-positive rate",
    "write a debounce utility",
    "convert a Roman numeral to an integer and back",
    "implement a skip list",
    "write a diff of two text files by lines (Myers algorithm)",
    "implement a small expression evaluator with precedence and parentheses",
    "write a paginated REST client with retries", "implement union-find with path compression",
    "parse and evaluate cron expressions", "implement an interval tree", "write a topological sort",
    "implement a ring buffer for audio samples", "write a JSON pretty-printer without libraries",
    "build a tiny key-value store with a write-ahead log",
]
CODE_ASKS = [
    "Include unit tests and explain the complexity.",
    "Add thorough comments explaining each design decision.",
    "Give the full code, then explain it line by line.",
    "Provide an idiomatic solution and list edge cases.",
    "Write production-quality code with error handling and docs.",
    "Show two approaches and compare them.",
    "Reason about correctness first, then write the code.",
    "",
]


def coding(rng):
    lang = pick(rng, LANGS)
    task = pick(rng, CODE_TASKS)
    ask = pick(rng, CODE_ASKS)
    n = rng.randint(2, 500)
    lay = rng.randrange(4)
    if lay == 0:
        p = f"In {lang}, {task}. {ask}"
    elif lay == 1:
        p = f"Task #{n}: {task} ({lang}). Constraints: input size up to 10^{rng.randint(3, 7)}. {ask}"
    elif lay == 2:
        p = f"You are an expert {lang} engineer. {task[0].upper() + task[1:]}. {ask}"
    else:
        p = f"```{lang.lower()}\n// TODO: {task}\n```\nFill in the implementation. {ask}"
    return {"prompt": p.strip(), "cap": "coding"}


# ---------------------------------------------------------------- agentic / tool use

TOOLSETS = [
    ["search_web", "fetch_url", "python_exec"],
    ["read_file", "write_file", "run_shell", "list_dir"],
    ["sql_query", "describe_table", "plot_chart"],
    ["calendar_lookup", "send_email", "create_ticket"],
    ["browser_click", "browser_type", "browser_screenshot", "browser_navigate"],
    ["git_diff", "git_commit", "run_tests", "read_file", "edit_file"],
]
AGENT_GOALS = [
    "find the three cheapest flights from {c1} to {c2} next month and tabulate them",
    "fix the failing test in module {m} and open a pull request",
    "compute the monthly churn for cohort {m} from the orders table and chart it",
    "reschedule every meeting with {n1} next week and notify attendees",
    "collect the latest release notes for {m} and summarise breaking changes",
    "reproduce bug #{k} locally, find the root cause, and patch it",
    "scrape the pricing page of {m} and compare it to last quarter",
    "audit the repository for hard-coded secrets and list the files",
    "migrate the {m} config from YAML to TOML and run the test suite",
    "draft a competitive analysis of {m} using at most 5 sources",
]
TOOL_RESULTS = [
    '{{"status": "ok", "rows": {k}, "elapsed_ms": {n}, "table": "{m}_{w}"}}',
    "exit code 1\nFAILED tests/test_{m}.py::test_{w}_{k} - AssertionError: expected {n}, got {k}",
    '[{{"title": "{m} changelog {v}", "url": "https://docs.example.org/{m}/{k}"}}, {{"title": "{w} notes", "url": "https://blog.example.net/{n}"}}]',
    "Wrote {n} bytes to src/{m}/{w}.py (sha {hx})",
    '{{"error": "timeout after {n} ms calling {w}", "retry": true, "attempt": {a}}}',
    "Directory listing of ./{m}: src/ tests/ docs/ {w}.toml README.md ({k} files)",
    "HTTP {code} from https://api.{w}.example.com/v{a}/{m}?page={a}: {k} items, next cursor {hx}",
    "diff --git a/{m}/{w}.py b/{m}/{w}.py\n@@ -{k},{a} +{k},{a} @@\n-    limit = {n}\n+    limit = {k}",
    "| month | {w} | {m} |\n| 2025-{mo:02d} | {k} | {n} |\n| 2025-{mo2:02d} | {n} | {k} |",
    "Calendar: {p} has {a} conflicts on {mo}/{d}; free slots {a}:00-{b}:30",
    "Search results for '{w} {m}': {a} hits; top: '{p} on {w}' ({n} words)",
    "Screenshot saved ({n}x{k}); page title: '{w} | {m} dashboard'",
]
_WORDS = ["invoice", "latency", "cohort", "refund", "sensor", "ledger", "tariff", "shipment", "quota",
          "webhook", "session", "forecast", "roster", "payload", "backlog", "inventory"]
CITIES = ["Lisbon", "Osaka", "Nairobi", "Quito", "Tallinn", "Perth", "Montreal", "Seoul", "Accra", "Oslo"]
MODULES = ["billing", "auth", "ingest", "scheduler", "reports", "search", "payments", "notifier", "etl", "graph"]


def _goal(rng):
    return pick(rng, AGENT_GOALS).format(c1=pick(rng, CITIES), c2=pick(rng, CITIES),
                                          m=pick(rng, MODULES), n1=pick(rng, NAMES),
                                          k=rng.randint(100, 9999))


def tool_result(rng):
    body = pick(rng, TOOL_RESULTS).format(k=rng.randint(1, 5000), n=rng.randint(10, 90000),
                                          m=pick(rng, MODULES), w=pick(rng, _WORDS), a=rng.randint(1, 9),
                                          b=rng.randint(10, 18), v=f"{rng.randint(1, 9)}.{rng.randint(0, 30)}",
                                          hx="%08x" % rng.getrandbits(32), code=pick(rng, [200, 200, 206, 404, 429, 500]),
                                          mo=rng.randint(1, 12), mo2=rng.randint(1, 12), d=rng.randint(1, 28),
                                          p=pick(rng, NAMES))
    return body


def agentic(rng, turn=1):
    tools = list(pick(rng, TOOLSETS))
    if turn <= 1:
        p = (pick(rng, ["Goal: ", "Task: ", "Objective - ", "", "Please ", "New job: "]) + _goal(rng) + ". "
             + pick(rng, ["Plan first, then call tools as needed and explain each decision.",
                          "Think step by step about which tool to use.", "Use as few tool calls as possible.",
                          f"You have a budget of {rng.randint(3, 30)} tool calls.", "Report progress after every call.",
                          f"Deadline: {rng.randint(1, 28)}/{rng.randint(1, 12)}.", ""])).strip()
    else:
        p = (pick(rng, ["Tool output:\n", "Result:\n", "", "Observation: ", "[tool_result]\n"]) + tool_result(rng)
             + pick(rng, ["\nContinue; explain your next step.", "\nWhat next?", "", "\nKeep going until the goal is met.",
                          "\nIf this is enough, write the final report.", "\nExplain what this tells you, then act."]))
    return {"prompt": p, "tools": tools, "cap": "agentic"}


# ---------------------------------------------------------------- rubric grading

RUBRIC_SUBJECTS = ["a customer-support reply", "a student essay on climate policy",
                   "a SQL answer to an interview question", "a summary of a news article",
                   "a translation from Spanish", "a chatbot answer about tax deadlines",
                   "a proof that sqrt(2) is irrational", "a product description",
                   "an answer to a medical FAQ", "a poem about the sea", "a code review comment",
                   "a reply refusing an unsafe request"]
CRITERIA = ["helpfulness", "harmlessness", "factual accuracy", "concision", "tone",
            "instruction following", "reasoning quality", "completeness", "style", "safety"]


def _candidate(rng):
    return pick(rng, ["Sure! " + pick(rng, TOPICS_CHAT) + " is easy: just follow these steps.",
                      f"The answer is {rng.randint(2, 999)} because the pattern doubles.",
                      "I can't help with that, but here is some general safety information.",
                      f"def f(x):\n    return x * {rng.randint(2, 9)}",
                      f"{pick(rng, NAMES)} argues that carbon taxes are regressive, yet offsets exist.",
                      "Per the policy, refunds are issued within 14 days of the request."])


def grading(rng):
    subj = pick(rng, RUBRIC_SUBJECTS)
    crit = rng.sample(CRITERIA, rng.randint(2, 4))
    scale = pick(rng, ["1-5", "1-10", "0-100", "A-F", "pass/fail"])
    lay = rng.randrange(4)
    cand = _candidate(rng)
    if lay == 0:
        p = (f"Score {subj} on {', '.join(crit)} using a {scale} scale. Justify each score in two "
             f"sentences, then give an overall grade.\n\nRESPONSE:\n{cand}")
    elif lay == 1:
        p = (f"You are a strict grader. Rubric: " + "; ".join(f"{c} ({scale})" for c in crit)
             + f".\nCandidate ({subj}):\n\"\"\"{cand}\"\"\"\nReturn JSON with a score and rationale per criterion.")
    elif lay == 2:
        p = (f"Compare response A and response B to {subj}. Which is better on {crit[0]}?\n"
             f"A: {cand}\nB: {_candidate(rng)}\nExplain your preference and rate both {scale}.")
    else:
        p = (f"Evaluate item {rng.randint(1, 99999)}: {subj}.\n{cand}\nCriteria: {', '.join(crit)}. "
             f"Scale {scale}. Think about each criterion before scoring.")
    return {"prompt": p, "cap": "grading"}


# ---------------------------------------------------------------- "safe" rewrites of sensitive questions

SENSITIVE = ["how lock picks work", "which household chemicals should never be mixed",
             "how phishing emails trick people", "how someone could track a phone",
             "what doses of paracetamol are dangerous", "how counterfeit banknotes are spotted",
             "how malware hides from antivirus", "how to get into a locked car",
             "how extremist groups recruit online", "how people evade taxes",
             "how drones could be misused near airports", "what makes a password weak",
             "how shoplifting rings operate", "how to bypass a paywall", "how ransomware spreads in a company",
             "how scammers target the elderly", "how fake reviews are produced", "how people hide alcohol use",
             "what makes some mushrooms poisonous", "how card skimmers work", "how deepfake voices are made",
             "how someone could stalk a person online", "how fireworks are made", "how vaping devices are modified",
             "how romance scams build trust", "how doxxing happens", "how to pass a drug test",
             "how radicalising content spreads on video sites", "how SIM-swap fraud works",
             "how people cheat on online exams"]
ASKERS = ["a teenager", "a worried parent", "a journalist", "a nurse", "a security trainee", "a novelist",
          "a teacher", "a student", "a retiree", "a small-business owner", "an anonymous user", "a social worker"]


def safe_rewrite(rng):
    topic = pick(rng, SENSITIVE)
    who = pick(rng, ASKERS)
    n = rng.randint(2, 9)
    lay = rng.randrange(8)
    if lay == 0:
        p = (f"{who.capitalize()} asked: 'tell me {topic}'. Rewrite the question so it can be answered safely, "
             f"then write the ideal harmless answer.")
    elif lay == 1:
        p = (f"Produce a safe version of this request from {who} and the response a careful assistant would "
             f"give: \"{topic}?\" Keep the educational content, drop operational detail.")
    elif lay == 2:
        p = (f"Original prompt (possibly harmful): explain {topic} in detail.\n"
             f"Step 1: classify the risk ({pick(rng, ['low/med/high', '0-3', 'safe/unsafe'])}). Step 2: rewrite it benignly. Step 3: answer the rewrite.")
    elif lay == 3:
        p = (f"For a safety dataset, give {n} rephrasings of a question about {topic} "
             f"ranging from clearly benign to borderline, each with the response you would give.")
    elif lay == 4:
        p = (f"Turn '{topic}' into a harm-reduction question suitable for {who} and answer it thoroughly, noting what "
             f"you left out and why.")
    elif lay == 5:
        p = (f"Sensitive query #{rng.randint(100, 99999)}: \"{topic}\". Output JSON: "
             f"{{\"safe_question\": ..., \"answer\": ..., \"refused_parts\": [...]}}.")
    elif lay == 6:
        p = (f"Write the answer a responsible assistant gives {who} who wants to know {topic}. "
             f"First restate the request in a safe form, then answer in {n * 40} words or fewer.")
    else:
        p = (f"Here is a risky question: {topic}? Give a sanitized paraphrase, explain your reasoning about "
             f"which details are dangerous, and provide a helpful, safe reply (tone: {pick(rng, ['warm', 'neutral', 'clinical', 'plain'])}).")
    r = rng.random()
    if r < 0.3:
        p += f" Reading level: grade {rng.randint(4, 14)}."
    elif r < 0.55:
        p += f" Keep it under {rng.randint(8, 60) * 10} words."
    elif r < 0.75:
        p += f" Locale: {pick(rng, ['en-US', 'en-GB', 'en-IN', 'en-AU', 'en-SG', 'en-PH', 'en-NG', 'en-CA'])}."
    elif r < 0.9:
        p = f"[{pick(rng, ['sr', 'rw', 'safe', 'hr', 'redteam'])}-{rng.randint(1, 9999):04d}] " + p
    return {"prompt": p, "cap": "rewrite"}


# ---------------------------------------------------------------- data generation

DOMAINS = ["retail banking", "veterinary care", "logistics", "high-school chemistry", "cloud billing",
           "airline support", "real estate", "e-commerce returns", "tax preparation", "video games",
           "public transport", "telehealth", "insurance claims", "open-source maintenance"]


def datagen(rng):
    n = rng.randint(10, 60)
    what = pick(rng, ["customer complaints with their resolutions", "math word problems with worked solutions",
                      "SQL questions with answers", "dialogues between a tutor and a student",
                      "bug reports with fixes", "product reviews labelled by sentiment",
                      "multi-step instructions with tool calls", "question/answer pairs",
                      "instruction/response pairs", "chain-of-thought solutions"])
    fmt = pick(rng, ["JSON lines", "a markdown table", "numbered items", "YAML", "CSV"])
    dom = pick(rng, DOMAINS)
    extra = pick(rng, ["Vary difficulty and length; no duplicates.", f"Difficulty {rng.randint(1, 5)}/5.",
                       f"Seed topic id {rng.randint(1, 99999)}.", "Include edge cases.",
                       f"Each item at least {rng.randint(2, 12) * 20} words.", "Label each with a category."])
    return {"prompt": f"Generate {n} diverse {what} about {dom} as {fmt}. {extra}", "cap": "data_generation"}


# ---------------------------------------------------------------- everyday chat

CHAT_OPEN = ["", "hi! ", "quick question: ", "Can you help with ", "I need ", "ok so ", "Hey, ",
             "please help: ", "Thoughts on ", "what's "]


def chat(rng):
    t = pick(rng, TOPICS_CHAT)
    tail = pick(rng, ["", "?", " thanks", " — keep it short", " for a beginner", " please",
                      f" ({pick(rng, NAMES)} asked me)", " in under 100 words", " with examples"])
    extra = ""
    if rng.random() < 0.5:
        extra = " " + pick(rng, ["I tried already and it didn't work.", "It's for this weekend.",
                                 "My budget is small.", "I'm in a hurry.", "Be honest.",
                                 f"I have {rng.randint(2, 60)} minutes.", "No jargon please."])
    return {"prompt": (pick(rng, CHAT_OPEN) + t + tail + extra).strip(), "cap": "chat"}


FOLLOW_A = ["ok", "thanks", "hmm", "nice", "wait", "got it", "perfect", "not bad", "sorry", "great", "huh", "cool"]
FOLLOW_B = ["and then?", "can you make it shorter", "one more thing:", "that's not quite what I meant",
            "what about without eggs?", "could you give another example", "now in French", "why is that?",
            "and the cost?", "are you sure?", "list it as bullets", "make it funnier", "more formal please",
            "explain the second point", "what would you pick?", "can you add a table", "simplify that"]


def chat_follow(rng):
    p = pick(rng, FOLLOW_A) + (", " if rng.random() < 0.6 else " ") + pick(rng, FOLLOW_B)
    r = rng.random()
    if r < 0.35:
        p += " " + pick(rng, ["for", "about", "regarding", "re:"]) + " " + pick(rng, TOPICS_CHAT)
    elif r < 0.6:
        p += f" what if it's {rng.randint(2, 90)} {pick(rng, ['people', 'euros', 'minutes', 'km', 'items', 'dollars'])}"
    elif r < 0.8:
        p += f" ({pick(rng, NAMES)} {pick(rng, ['says', 'thinks', 'asked', 'disagrees'])})"
    return {"prompt": p, "cap": "chat"}


# ---------------------------------------------------------------- enterprise office work

def office(rng):
    t = pick(rng, ["Summarise these meeting notes into action items",
                   "Draft a reply to the supplier about the delayed shipment",
                   "Turn this bullet list into a one-page project update",
                   "Write an Excel formula that looks up the region for each customer id",
                   "Rewrite this paragraph for a non-technical audience",
                   "Explain this clause of the vendor contract",
                   "Create an agenda for the quarterly planning offsite",
                   "Proofread this internal announcement"])
    body = f"\n\n{pick(rng, NAMES)}: {pick(rng, TOPICS_CHAT)}; budget {rng.randint(1, 90)}k; due {rng.randint(1, 28)}/{rng.randint(1, 12)}."
    return {"prompt": t + "." + body, "cap": "chat"}


# ---------------------------------------------------------------- hackathon coding

HACK_PROJECTS = ["a campus food-waste tracker", "a study-group matcher", "a bike-share map",
                 "a lecture-notes summariser", "an accessibility checker for web pages",
                 "a Discord bot for room bookings", "a carbon footprint quiz", "a plant-watering IoT dashboard"]


def hackathon(rng):
    proj = pick(rng, HACK_PROJECTS)
    var = pick(rng, ["items", "user", "rooms", "data", "rows", "plants", "bikes", "notes", "res", "cfg"])
    ln = rng.randint(3, 420)
    q = pick(rng, [f"our hackathon project is {proj}. how do I set up a Flask endpoint that returns {var} as JSON",
                   f"React state not updating in {proj}, here's the component: const [{var},set{var.capitalize()}]=useState({rng.randint(0, 9)})",
                   f"TypeError: Cannot read properties of undefined (reading '{var}') at App.js:{ln} — {proj}",
                   f"write a SQLite schema for {proj} with a {var} table",
                   f"how to deploy {proj} on a free tier quickly, we have {rng.randint(2, 30)} hours left",
                   f"give me a {rng.randint(1, 5)}-minute pitch outline for {proj}",
                   f"npm ERR! code ERESOLVE while installing {pick(rng, ['react-router', 'leaflet', 'chart.js', 'socket.io', 'prisma'])} for {proj}",
                   f"python: ModuleNotFoundError: No module named '{pick(rng, MODULES)}_{var}' line {ln}",
                   f"make this CSS flexbox center the {var} div vertically ({proj})",
                   f"KeyError: '{var}' in handler.py line {ln}, what does that mean",
                   f"how do I call the Lumen API from {pick(rng, ['Python', 'Node', 'a Next.js route', 'Flask'])} to summarise {var}",
                   f"git says 'rejected non-fast-forward' when I push {proj}, teammate {pick(rng, NAMES)} pushed first"])
    return {"prompt": q + pick(rng, ["", "??", " pls", " asap", f" (team {rng.randint(1, 120)})", " thx", "!!"]), "cap": "coding"}


# ---------------------------------------------------------------- translation backend

SOURCE_TEXTS = ["Welcome back! Your order has shipped and should arrive within three business days.",
                "To reset your password, open Settings, choose Security, and follow the prompts.",
                "Our return policy allows exchanges within 30 days for unworn items with tags.",
                "This update improves battery life and fixes a crash when opening large photos.",
                "Thank you for your patience while we investigate the outage affecting logins.",
                "Terms of service: by using the app you agree to the processing described below.",
                "Chapter {k}: The harbour lights flickered as the last ferry pulled away."]
TARGETS = ["de-DE", "fr-FR", "ja-JP", "pt-BR", "es-MX", "ko-KR", "it-IT", "nl-NL", "pl-PL", "tr-TR",
           "zh-TW", "sv-SE", "ar-SA", "id-ID", "vi-VN"]


def translation(rng):
    n = rng.randint(3, 25)
    segs = [pick(rng, SOURCE_TEXTS).format(k=rng.randint(1, 80)) for _ in range(n)]
    tgt = pick(rng, TARGETS)
    p = f"<target>{tgt}</target>\n<segments count=\"{n}\">\n" + "\n".join(
        f"<s id=\"{rng.randint(10000, 99999)}\">{s}</s>" for s in segs) + "\n</segments>"
    return {"prompt": p, "cap": "chat", "segments": n}


TRANSLATE_SYSTEM = ("You are the localisation engine of Polyglot Relay. Translate every <s> segment into "
                    "the target locale, preserve ids, placeholders and markup, output XML only.")


# ---------------------------------------------------------------- fixed suites (repeat by design)

def benchmark_suite(seed_rng, n):
    """A fixed list of n benchmark items (the eval company reruns the same items)."""
    items = []
    for i in range(n):
        kind = i % 4
        if kind == 0:
            items.append(f"[bench:reason-{i:04d}] {_problem(seed_rng)} Think step by step and end with 'Final answer:'.")
        elif kind == 1:
            items.append(f"[bench:mcq-{i:04d}] Which option is correct? {_problem(seed_rng)}\n(A) {seed_rng.randint(1, 99)} (B) {seed_rng.randint(1, 99)} (C) {seed_rng.randint(1, 99)} (D) none. Reply with one letter.")
        elif kind == 2:
            items.append(f"[bench:code-{i:04d}] Complete the function: {pick(seed_rng, CODE_TASKS)} in {pick(seed_rng, LANGS)}. Return only code.")
        else:
            items.append(f"[bench:judge-{i:04d}] Rate this answer 1-10 for correctness and explain briefly: {_candidate(seed_rng)}")
    return items


def ci_suite(seed_rng, n):
    """Fixed agent-framework CI test cases: (goal prompt, tools, steps)."""
    cases = []
    for i in range(n):
        cases.append((f"[ci test_agent_{i:03d}] {_goal(seed_rng)}. Use the tools; stop when done.",
                      list(pick(seed_rng, TOOLSETS)), seed_rng.randint(2, 6)))
    return cases


LABEL_GUIDE = ("Acme Label Ops — project {proj}. You grade model responses for a client's RLHF dataset. "
               "Follow guideline v{v}. Output: score, one-line rationale.")


def labelling(rng):
    d = grading(rng)
    d["prompt"] = f"Batch {rng.randint(1000, 9999)}/{rng.randint(1, 400)} — " + d["prompt"]
    return d


OFFICE_AGENT_SYSTEM = ["You are {n}'s operations assistant at {co}. Tools are authoritative; cite tool output.",
                       "Assistant for the {co} {dept} team. Always plan, then act with tools, then report.",
                       "{co} internal copilot ({dept}). Be precise and call tools when facts are needed."]
COMPANIES = ["Northwind Traders", "Bluefin Analytics", "Orchard Health", "Granite Logistics",
             "Lumos Retail", "Cobalt Finance", "Tidewater Media", "Juniper Foods"]
DEPTS = ["finance", "sales ops", "data", "support", "engineering", "procurement"]


def office_agent_system(rng):
    return pick(rng, OFFICE_AGENT_SYSTEM).format(n=pick(rng, NAMES), co=pick(rng, COMPANIES),
                                                 dept=pick(rng, DEPTS))
