"""Prompt text for outside_seven. Every word list and sentence here was written for this
generator. Functions take a random.Random and return strings; nothing here is global state."""

FIRST = ("amara kwame lucia diego priya rahul mei jun olga tomas ines farah yusuf leila "
         "nadia samir chen wei hana kenji aiko sofia mateo lena jonas emil freya noah "
         "liam ava zoe ivan marta pablo rosa tariq aisha omar zainab kofi ama chidi ngozi "
         "tunde bola rafael camila andres valentina joao beatriz thiago ana minh linh "
         "duc thao arjun kavya rohan sneha imran sana bilal hira dewi budi putri agus "
         "maria jose carlos elena hugo clara felix nora oscar ida").split()
LAST = ("okafor mensah silva santos garcia lopez kumar sharma patel nguyen tran wang li "
        "zhang kim park tanaka sato muller schmidt fischer rossi bianchi dubois martin "
        "novak kowalski horvat jensen larsen andersen hassan ali khan ahmed rahman "
        "osei boateng adeyemi mwangi otieno kamau reyes cruz flores morales ortiz "
        "pereira costa almeida haddad nasser costa ferreira lind berg dahl").split()


def pick(r, seq):
    return seq[r.randrange(len(seq))]


def person(r):
    return pick(r, FIRST).capitalize()


# ---------------------------------------------------------------- reasoning problems

_ITEMS = "apples notebooks tickets marbles bolts tiles bottles chairs lamps books".split()
_PLACES = ("a bakery", "a warehouse", "a school fair", "a repair shop", "a bike rental",
           "a ferry terminal", "a seed bank", "a print shop", "a farm stall", "a cinema")


def reasoning_problem(r):
    k = r.randrange(26)
    a, b, c = r.randint(3, 97), r.randint(2, 60), r.randint(2, 19)
    n = r.randint(5, 40)
    it = pick(r, _ITEMS)
    pl = pick(r, _PLACES)
    nm, nm2 = person(r), person(r)
    if k == 0:
        return (f"{nm} has {a} {it} and gives away {c} every day. {nm2} starts with {b} and "
                f"receives {c + r.randint(1, 5)} a day. On which day do they first hold the same number?")
    if k == 1:
        return f"How many integers between 1 and {a * 37 + b} are divisible by {c} or by {c + 2} but not by both?"
    if k == 2:
        return (f"A bag holds {c} red and {b % 17 + 3} blue balls. Three are drawn without replacement. "
                f"What is the probability that exactly two are red?")
    if k == 3:
        return f"Find all real x with x^2 - {a}x + {b * c} = 0, and say which root is larger."
    if k == 4:
        return (f"A train leaves at {r.randint(6, 11)}:{r.choice(['05', '20', '35', '50'])} going {a + 40} km/h. "
                f"Another leaves the same station {c} minutes later at {a + 65} km/h. When does the second catch the first?")
    if k == 5:
        return f"Prove that the sum of the first {n} odd numbers is a perfect square, give the square, and then find the sum of the odd numbers from {2 * n + 1} to {2 * n + 2 * c - 1}."
    if k == 6:
        return (f"Five people ({nm}, {nm2}, {person(r)}, {person(r)}, {person(r)}) sit in a row. "
                f"{nm} will not sit next to {nm2}. How many seatings are possible?")
    if k == 7:
        return f"What is the remainder when {a}^{b + 10} is divided by {c + 4}?"
    if k == 8:
        return (f"At {pl}, the price of an item rose {c}% and then fell {c + r.randint(1, 9)}%. "
                f"Is it now cheaper or dearer than at first, and by what percent?")
    if k == 9:
        return f"A rectangle has perimeter {2 * (a + b)} and area {a * b}. Find its side lengths, then the length of its diagonal."
    if k == 10:
        return (f"In a league of {n} teams each team plays every other team twice. A win gives 3 points, a draw 1. "
                f"What is the largest possible number of teams finishing on exactly {c * 3} points?")
    if k == 11:
        return f"Solve the system: {c}x + {b}y = {a * 3}, {b % 7 + 1}x - y = {c}."
    if k == 12:
        return f"A die with {c % 8 + 4} faces is rolled until a {r.randint(1, 4)} or higher appears{r.choice(('', ' twice in a row', ' for the ' + str(c % 3 + 2) + 'th time'))}. What is the expected number of rolls, and what is the variance?"
    if k == 13:
        return (f"Knights always tell the truth and knaves always lie. {nm} says: '{nm2} and I are the same kind.' "
                f"{nm2} says: 'Exactly {r.choice(['one', 'none'])} of us is a knight.' What is each?")
    if k == 14:
        return f"How many ways can {n} be written as an ordered sum of {r.choice(('1s and 2s', '1s, 2s and 3s', 'odd parts', 'parts of size at most ' + str(c % 5 + 2)))}{r.choice(('', ' with the first part at least ' + str(c % 3 + 2)))}?"
    if k == 15:
        return (f"A ladder {c + 5} m long leans on a wall with its foot {c % 5 + 1} m out. The foot slips "
                f"{r.choice(['0.5', '1', '1.5'])} m further out. How far does the top slide down?")
    if k == 16:
        return f"Find the smallest positive integer that leaves remainder {c % 5 + 1} when divided by 6, {c % 4} by 5, and {c % 3 + 1} by 7."
    if k == 17:
        return (f"A tank fills through pipe A in {c + 2} hours and through pipe B in {c + 7} hours; a drain empties it in "
                f"{c + 12} hours. All three open from empty: how long until it is full?")
    if k == 18:
        e, m = r.choice(((3, 6), (5, 30), (7, 42), (3, 3), (5, 10), (4, 2), (9, 6), (13, 2730)))
        return f"Show that for every integer n{r.choice(('', ' > ' + str(c), ' with n odd'))}, n^{e} - n is divisible by {m}{r.choice(('', ', and find the largest d dividing all such values for n up to ' + str(a)))}."
    if k == 19:
        return (f"A block of mass {c} kg slides down a {r.choice([20, 25, 30, 35, 40])} degree slope with friction "
                f"coefficient 0.{r.randint(10, 45)}. Find its acceleration and its speed after {b % 9 + 2} m.")
    if k == 20:
        return (f"{n} people shake hands at a meeting, but {nm} only shakes with people they already know ({c % 6 + 2} people). "
                f"How many handshakes happen in total?")
    if k == 21:
        return f"Evaluate the integral of x*e^({c % 4 + 1}x) from 0 to {b % 3 + 1}, exactly."
    if k == 22:
        return (f"A code lock has {c % 4 + 3} digits, no digit repeats and the digits increase left to right. "
                f"How many codes are there, and how many contain a {r.randint(1, 9)}?")
    if k == 23:
        return (f"In a class of {a + 10}, {a // 2} study French, {b % (a // 2 + 1)} study German and {c} study both. "
                f"How many study neither?")
    if k == 24:
        return (f"An algorithm takes T(n) = {c % 3 + 2}T(n/{c % 2 + 2}) + n^{r.choice(['1', '2', '1.5'])}. "
                f"Give its asymptotic running time and justify the case of the master theorem you use.")
    return (f"At {pl}, {a} customers arrive per hour on average and each is served in {c} minutes on average "
            f"by one clerk. Using an M/M/1 model, find the mean time a customer spends waiting.")


# Requests to show the working, in many registers. None is privileged.
COT_ASKS = (
    "Walk me through it one step at a time.",
    "Lay out every step of your reasoning before the final answer.",
    "Please show all working, then state the result on its own line.",
    "Think it through carefully and write down your thought process in full.",
    "I need the full derivation, not just the number.",
    "Reason aloud: list your assumptions, each intermediate result, and check it at the end.",
    "Explain your logic as you go so I can follow each move.",
    "Before answering, break the problem into parts and solve each part explicitly.",
    "Give a detailed chain of reasoning; a bare answer is not useful to me.",
    "Write out your scratch work too, including any dead ends you try.",
    "Number each step of the solution and justify it.",
    "Show how you got there; mark the final answer with 'ANSWER:'.",
    "Talk through the problem like a tutor would, then verify the result another way.",
    "Don't skip steps, even the obvious ones.",
    "Go slowly and explain the why behind each step.",
    "First restate the problem, then plan, then solve, then double-check.",
    "Can you explain the reasoning in detail and then give the answer in a box?",
    "Make your intermediate calculations visible.",
    "Please include the complete reasoning trace.",
    "Derive it from first principles and show each line.",
    "Explain it step by step please",
    "pls show steps",
    "Show your method fully so the marker can award method marks.",
    "Give the reasoning first, the conclusion last.",
)

_COT_LEADS = ("", "", "", "Problem: ", "Question: ", "Task: ", "Q. ", "Here's one: ", "Solve this. ", "Exercise {n}. ",
              "From a {c} past paper ({y}): ", "{c} revision, q{n}: ", "Puzzle #{n}: ", "Interview question: ",
              "My {rel} set me this: ", "Olympiad warm-up {n}: ")
_COT_COURSES = ("A-level", "SAT", "GRE", "JEE", "AMC 10", "first-year calculus", "intro probability", "discrete maths",
                "physics 101", "Putnam", "Abitur", "gaokao")


def cot_prompt(r, body=None, p_ask=0.6):
    body = body or reasoning_problem(r)
    lead = (pick(r, _COT_LEADS).replace("{n}", str(r.randint(1, 60))).replace("{c}", pick(r, _COT_COURSES))
            .replace("{y}", str(r.randint(2009, 2025))).replace("{rel}", pick(r, ("tutor", "dad", "teacher", "friend", "coach"))))
    if r.random() >= p_ask:
        return lead + body
    ask = pick(r, COT_ASKS)
    if r.random() < 0.7:
        sep = pick(r, (" ", "\n", "\n\n"))
        return f"{lead}{body}{sep}{ask}"
    return f"{ask}\n\n{lead}{body}"


# ---------------------------------------------------------------- coding

LANGS = ("Python", "TypeScript", "Go", "Rust", "Java", "C++", "Kotlin", "C#", "Ruby", "SQL")
_CODE_TASKS = (
    "parses ISO 8601 durations like P3DT4H into seconds",
    "merges overlapping time intervals and returns them sorted",
    "implements an LRU cache with O(1) get and put",
    "reads a CSV of transactions and reports the top {n} merchants by spend",
    "validates an IBAN and explains which check failed",
    "rate-limits calls to {n} per second with a token bucket",
    "finds the shortest path in a weighted grid with {n} rows",
    "retries an HTTP request with exponential backoff and jitter",
    "diffs two JSON documents and prints the changed paths",
    "computes a rolling median over a stream of integers",
    "deduplicates customer records by fuzzy name match",
    "serialises a binary tree to a string and back",
    "schedules {n} tasks with dependencies (topological order, cycle detection)",
    "tokenises arithmetic expressions and evaluates them with precedence",
    "implements a trie with prefix counting",
    "batches database writes in groups of {n} inside a transaction",
    "converts a markdown table to HTML",
    "watches a directory and debounces change events by {n} ms",
    "implements consistent hashing with virtual nodes",
    "checks whether a sudoku grid is valid",
    "streams a large file and counts word frequencies with bounded memory",
    "implements a min-heap without the standard library",
    "paginates an API that returns a cursor token",
    "computes the edit distance between two strings and the alignment",
)
_CODE_ASKS = ("Write a {lang} function that {task}.", "In {lang}, implement something that {task}.",
              "I need {lang} code that {task}.", "Could you write {lang} that {task}?",
              "Create a small {lang} module that {task}.", "{lang}: a function that {task}")
_CODE_EXTRAS = ("", "", " Include unit tests.", " Add type hints and docstrings.", " Explain the complexity.",
                " Handle edge cases and bad input.", " Give the full file, no placeholders.",
                " Keep it dependency-free.", " Then write tests that cover the edge cases.",
                " Make it production quality with error handling and logging.")


def coding_task(r, lang=None):
    lang = lang or pick(r, LANGS)
    task = pick(r, _CODE_TASKS).replace("{n}", str(r.randint(3, 500)))
    return pick(r, _CODE_ASKS).format(lang=lang, task=task) + pick(r, _CODE_EXTRAS)


_BUGS = ("TypeError: 'NoneType' object is not subscriptable", "panic: runtime error: index out of range [{n}] with length {n}",
         "NullPointerException at OrderService.java:{n}", "error[E0502]: cannot borrow `buf` as mutable because it is also borrowed as immutable",
         "UnhandledPromiseRejection: fetch failed", "segmentation fault (core dumped)", "deadlock detected in goroutine {n}",
         "KeyError: 'user_id'", "ValueError: could not convert string to float: ''", "TS2345: Argument of type 'string | undefined' is not assignable")
_SNIPS = ("def total(items):\n    return sum(i['price'] * i['qty'] for i in items if i)\n",
          "for i := 0; i <= len(xs); i++ {\n    out = append(out, xs[i]*2)\n}\n",
          "const r = await fetch(url);\nconst data = r.json();\nreturn data.items.map(x => x.id);\n",
          "let first = &buf[0];\nbuf.push(4);\nprintln!(\"{}\", first);\n",
          "public int find(List<Order> os, String id) {\n  for (Order o : os) if (o.id == id) return o.n;\n  return -1;\n}\n",
          "rows = cur.fetchall()\nfor r in rows:\n    cache[r[0]] = float(r[2])\n")


def debug_task(r):
    bug = pick(r, _BUGS).replace("{n}", str(r.randint(2, 400)))
    snip = pick(r, _SNIPS)
    if r.random() < 0.8:
        snip = f"# {_path(r)}, line {r.randint(5, 800)}\n" + snip + pick(r, ("", "", f"# called from {_path(r)}\n",
                                                                             f"# only fails when {pick(r, _MODS)} is empty\n",
                                                                             f"# worked before upgrading {pick(r, _PKGS)}\n"))
    return pick(r, (f"Why does this fail with `{bug}`?\n\n{snip}",
                    f"Getting {bug} from the code below. Fix it and explain the cause.\n```\n{snip}```",
                    f"{snip}\nthis throws {bug} on line {r.randint(2, 90)}, what's wrong",
                    f"Debug this please. Error: {bug}\n{snip}"))


def code_review(r):
    lang = pick(r, LANGS)
    return pick(r, (f"Review this {lang} pull request for correctness, security and style; list issues by severity.\n",
                    f"Act as a strict reviewer. Here is a diff in {lang}; what would you block on?\n",
                    f"Give line-by-line review comments on this {lang} change.\n")) + \
        f"```diff\n@@ -{r.randint(1, 300)},{r.randint(3, 12)} +{r.randint(1, 300)},{r.randint(3, 14)} @@\n" + pick(r, _SNIPS) + "```"


# ---------------------------------------------------------------- agentic

TOOLSETS = (
    ["read_file", "write_file", "list_dir", "run_shell"],
    ["search_web", "fetch_url", "summarize_page"],
    ["sql_query", "describe_table", "plot_chart"],
    ["read_file", "apply_patch", "run_tests", "grep"],
    ["calendar_lookup", "send_email", "create_event", "find_contact"],
    ["get_weather", "book_flight", "search_hotels", "currency_convert"],
    ["kb_search", "create_ticket", "update_ticket", "escalate"],
    ["browser_open", "browser_click", "browser_type", "browser_screenshot"],
)
_AGENT_GOALS = (
    "Find why the nightly export job produced an empty file and fix it.",
    "Add pagination to the /orders endpoint and update the tests.",
    "Work out which of last month's invoices are unpaid and draft reminder emails.",
    "Plan a three-city trip in {m} for under {n} EUR and book the cheapest sensible flights.",
    "Figure out which table holds churned customers and chart churn by month.",
    "Upgrade the project to the newest minor version of its web framework and make the build pass.",
    "Collect the pricing of five competitors and produce a comparison table.",
    "Triage the {n} newest support tickets and escalate the ones that mention data loss.",
    "Reproduce the flaky test in test_sync.py and make it deterministic.",
    "Rename the `acct` field to `account` across the codebase without breaking the API.",
    "Schedule a review meeting with everyone who touched the billing module this quarter.",
    "Find the memory leak reported in issue #{n} and propose a patch.",
)
_MONTHS = "March April May September October November".split()


_AGENT_MORE = (
    "Find out why the {mod} service returns 500s since the last deploy and fix it.",
    "Add a {mod} export to CSV with the same filters as the UI.",
    "Check whether {n} customers from the {mod} table were double-charged and draft a summary for finance.",
    "Migrate the {mod} cron job to the new scheduler and verify it runs.",
    "Look up flights from {city} to {city2} on {day} and hotels for {n2} nights; propose two options.",
    "Write a weekly report on {mod} errors from the logs and email it to the team.",
    "Bump {pkg} to the latest major version in the {mod} package and fix the breakages.",
    "Find every call to the deprecated {mod}_v1 client and replace it with {mod}_v2.",
    "Open the {mod} dashboard, take a screenshot of last week's numbers and summarise them.",
    "Reconcile the {mod} ledger against the bank export for {month} and flag differences over {n} EUR.",
)


def agent_goal(r):
    g = pick(r, _AGENT_GOALS + _AGENT_MORE)
    g = (g.replace("{n}", str(r.randint(12, 4000))).replace("{m}", pick(r, _MONTHS)).replace("{mod}", pick(r, _MODS))
         .replace("{pkg}", pick(r, _PKGS)).replace("{city}", pick(r, _FILL["city"])).replace("{city2}", pick(r, _FILL["city"]))
         .replace("{day}", pick(r, _FILL["day"])).replace("{n2}", str(r.randint(2, 9))).replace("{month}", pick(r, _MONTHS)))
    if r.random() < 0.4:
        g += pick(r, (" Don't touch production.", " Keep changes small.", f" Deadline: {pick(r, _FILL['day'])}.",
                      " Report back with what you did.", " Ask before sending anything.", f" Ticket {pick(r, ('OPS', 'ENG', 'FIN', 'PLAT'))}-{r.randint(100, 9999)}."))
    return g


_PKGS = ("react", "eslint", "webpack", "typescript", "jest", "vite", "pydantic", "numpy", "sqlalchemy", "tokio", "serde",
         "gin", "spring-boot", "pytest", "django", "fastapi", "lodash", "axios", "prisma", "celery")
_MODS = ("orders", "billing", "sync", "auth", "export", "search", "cart", "users", "reports", "webhooks", "cache", "queue",
         "invoices", "profile", "scheduler", "notifications", "payments", "inventory", "ingest", "metrics")
_EXT = ("py", "ts", "go", "rs", "java", "rb", "tsx", "kt")


def _path(r):
    return f"{pick(r, ('src', 'app', 'lib', 'internal', 'pkg', 'services', 'core'))}/{pick(r, _MODS)}/{pick(r, _MODS)}_{pick(r, ('handler', 'service', 'utils', 'model', 'client', 'store'))}.{pick(r, _EXT)}"


def tool_result(r, tool):
    n = r.randint(1, 900)
    k = r.randrange(3)
    if tool in ("read_file", "grep", "list_dir", "write_file", "apply_patch"):
        p = _path(r)
        if tool == "list_dir":
            return f"[{tool}] " + "  ".join(_path(r).split("/")[-1] for _ in range(r.randint(3, 9)))
        if tool in ("write_file", "apply_patch"):
            return f"[{tool}] {p}: {r.randint(1, 60)} lines changed, {r.randint(0, 30)} removed"
        if k == 0:
            return f"[{tool}] {p} ({r.randint(20, 900)} lines)\n" + pick(r, _SNIPS)
        if k == 1:
            return f"[{tool}] {r.randint(2, 40)} matches\n{p}:{n}: {pick(r, _MODS)}_id = params.get('{pick(r, _MODS)}')\n{_path(r)}:{r.randint(1, 400)}: TODO({pick(r, FIRST)}): handle {pick(r, _MODS)} timeout"
        return f"[{tool}] {p}:{n}-{n + r.randint(5, 40)}\n    def {pick(r, _MODS)}_{pick(r, ('load', 'save', 'merge', 'apply', 'check'))}(self, {pick(r, _MODS)}):\n        ..."
    if tool in ("run_tests", "run_shell"):
        if k == 0:
            return f"[{tool}] exit 1\nFAILED tests/test_{pick(r, _MODS)}.py::test_{pick(r, _MODS)}_{pick(r, ('merge', 'retry', 'roundtrip', 'empty', 'unicode', 'timeout'))} - AssertionError: {n} != {n + r.randint(1, 9)}\n{r.randint(20, 900)} passed, {r.randint(1, 4)} failed in {r.randint(2, 300)}.{r.randint(0, 99)}s"
        if k == 1:
            return f"[{tool}] exit 0\n{r.randint(20, 900)} passed, {r.randint(0, 12)} skipped in {r.randint(2, 300)}.{r.randint(0, 99)}s"
        return f"[{tool}] exit {r.choice((1, 2, 127))}\n{pick(r, ('npm ERR! peer dep conflict', 'error: could not compile', 'ModuleNotFoundError', 'cannot find symbol', 'undefined reference'))}: {pick(r, _PKGS)}@{r.randint(1, 19)}.{r.randint(0, 30)}.{r.randint(0, 9)} ({_path(r)})"
    if tool in ("sql_query", "describe_table"):
        return f"[{tool}] {r.randint(1, 40)} rows\nmonth | churned | active\n2026-0{r.randint(1, 5)} | {n} | {n * 13}\n"
    if tool in ("search_web", "fetch_url", "summarize_page", "browser_open", "browser_screenshot"):
        return f"[{tool}] Title: {pick(r, ('Pricing', 'Plans', 'Docs', 'Release notes'))} - {pick(r, LAST).capitalize()} Inc\nStarter {n} EUR/mo; Team {n * 3} EUR/mo; ..."
    if tool in ("kb_search", "create_ticket", "update_ticket", "escalate"):
        return f"[{tool}] ticket #{r.randint(10000, 99999)}: status={pick(r, ('open', 'pending', 'escalated'))}, {r.randint(1, 9)} similar"
    return f"[{tool}] ok: {{\"id\": \"{r.randint(100000, 999999)}\", \"results\": {r.randint(0, 12)}}}"


# ---------------------------------------------------------------- grading

_RUBRIC_CRIT = ("factual accuracy", "completeness", "clarity", "tone", "harmlessness", "instruction following",
                "reasoning validity", "concision", "citation quality", "code correctness", "helpfulness", "calibration")
_RESPONSES = ("The capital of Australia is Sydney, which is also its largest city.",
              "To reverse a list in Python use list.reverse(), which returns a new reversed list.",
              "Water boils at lower temperatures at altitude because air pressure is lower.",
              "You should stop taking antibiotics as soon as you feel better to avoid resistance.",
              "The derivative of x^x is x*x^(x-1).",
              "Compound interest grows linearly, so doubling time is always 10 years.",
              "A binary search needs the list sorted; it runs in O(log n).",
              "Photosynthesis happens mainly in the mitochondria of leaf cells.")


def grading_task(r):
    crits = r.sample(_RUBRIC_CRIT, r.randint(2, 5))
    scale = pick(r, ("1-5", "1-10", "0-3", "pass/fail", "A-F", "1-7"))
    q = reasoning_problem(r) if r.random() < 0.4 else pick(r, ("Explain why the sky is blue.", "How do vaccines work?",
                                                             "Summarise the causes of the 2008 crisis.", "Write a haiku about rain.",
                                                             "Is it safe to mix bleach and vinegar?", coding_task(r)))
    resp = pick(r, _RESPONSES)
    style = r.randrange(5)
    if style == 0:
        return (f"Score the answer below on {', '.join(crits)} using a {scale} scale. Justify each score.\n\n"
                f"QUESTION: {q}\nANSWER: {resp}")
    if style == 1:
        return (f"You are grading model outputs. Rubric: " + "; ".join(f"{c} ({scale})" for c in crits) +
                f".\nPrompt: {q}\nCandidate response: {resp}\nReturn JSON with a score and a one-paragraph rationale per criterion.")
    if style == 2:
        other = pick(r, _RESPONSES)
        return (f"Which of these two responses is better for the question, and why? Consider {' and '.join(crits[:2])}.\n"
                f"Q: {q}\n(A) {resp}\n(B) {other}\nGive a preference and a confidence.")
    if style == 3:
        return f"Mark this student answer out of {r.randint(4, 20)}. Criteria: {', '.join(crits)}.\nTask: {q}\nStudent wrote: {resp}"
    return f"rate this reply {scale} for {crits[0]}, explain briefly\n---\n{resp}\n---\n(original question: {q})"


# ---------------------------------------------------------------- sensitive questions, safe rewrites

SENSITIVE = ("how much paracetamol is dangerous", "how phishing kits steal bank logins", "how lock bumping works",
             "what household chemicals are toxic together", "how extremist groups recruit teenagers online",
             "how people hide self-harm from family", "how card skimmers are built", "how ransomware spreads in a company",
             "how stalkerware gets onto a phone", "how counterfeit pills are pressed", "how romance scammers pick victims",
             "how someone could poison a water tank", "how to get around a school web filter",
             "what dose of insulin is lethal", "how SIM-swap fraud works", "how people launder small amounts of cash",
             "how drones are modified to carry payloads", "how to track someone's location from photos",
             "how online gambling sites rig odds", "how tax evasion schemes use shell firms")
_SAFE_FRAMES = (
    "Rewrite this question so it can be answered helpfully and safely, then answer the rewritten version: \"{q}?\"",
    "A user asked: '{q}'. Produce the most useful answer that stays within safety guidelines, and explain what you left out and why.",
    "Give a harm-reduced version of an answer to: {q}.",
    "My teenager asked me {q}. What is a responsible, honest way to explain it?",
    "For a safety training module: explain {q}, at the level of detail that helps people protect themselves but no further.",
    "Turn this risky request into a safe one and respond to it: {q}",
    "Answer as a careful expert would: {q}. Where you refuse part of it, say so and offer the safe alternative.",
    "Paraphrase '{q}' into a question a safety-conscious assistant would answer, then give that answer in full.",
    "I'm writing a novel; a character wonders {q}. What would a realistic but non-operational explanation look like?",
    "explain {q} but in a way that's ok to share publicly",
)


_SENS_MORE = ("how people get addicted to sports betting apps", "how fake charity appeals work after a disaster",
              "how teenagers buy vapes online without ID", "how deepfake voice scams target parents",
              "how people overdose on sleeping pills by accident", "how burglars pick which houses to target",
              "how pyramid schemes recruit on social media", "how predators groom children in games",
              "how someone could spike a drink", "how people cheat breathalyser tests", "how people forge doctor's notes",
              "how hackers crack weak wifi passwords", "how meth labs cause house fires", "how loan sharks trap borrowers",
              "how fake job offers launder money", "how people bypass parental controls")
_SENS_CTX = ("", " I work in {w}.", " Context: {w}, about {n} staff.", " We had a case last {day}.", " Please be specific but safe.", " Asking for a {w} training.", " It came up at {w}.", " Keep it under {n} words.",
             " My audience is {aud}.", " This is for {aud}.")
_SENS_W = ("a pharmacy", "a school", "a bank's fraud team", "a youth club", "a hospital ward", "an insurance firm", "a library",
           "a community centre", "a call centre", "a newsroom")
_SENS_AUD = ("parents", "pensioners", "year 9 pupils", "new employees", "nurses", "volunteers", "students", "shop staff")


def safe_rewrite(r):
    t = pick(r, _SAFE_FRAMES).format(q=pick(r, SENSITIVE + _SENS_MORE))
    c = pick(r, _SENS_CTX).replace("{w}", pick(r, _SENS_W)).replace("{day}", pick(r, _FILL["day"])).replace("{aud}", pick(r, _SENS_AUD)).replace("{n}", str(r.choice((100, 150, 200, 300, 400))))
    return t + c


# ---------------------------------------------------------------- data generation

_GEN_SUBJ = ("customer complaints about late deliveries", "SQL questions with their answers", "short math word problems with solutions",
             "dialogues between a patient and a pharmacist", "product reviews with a star rating", "bug reports with stack traces",
             "riddles with explanations", "job ads for nurses", "multiple-choice biology questions", "emails asking for a refund",
             "Python exercises with reference solutions", "legal questions a tenant might ask", "tweets about a product launch")


def data_gen(r):
    n = r.choice((10, 12, 15, 20, 25, 30, 40, 50, 8, 16, 24, 60, 100))
    subj = pick(r, _GEN_SUBJ)
    if r.random() < 0.7:
        subj += pick(r, (" set in {c}", " in {l}", " for {aud}", " at {d} difficulty", " about {topic}", " from the {w} sector"))
        subj = (subj.replace("{c}", pick(r, _FILL["city"])).replace("{l}", pick(r, _FILL["lang2"])).replace("{aud}", pick(r, _SENS_AUD))
                .replace("{d}", pick(r, ("easy", "medium", "hard", "mixed", "expert"))).replace("{topic}", pick(r, _FILL["topic"]))
                .replace("{w}", pick(r, ("retail", "health", "banking", "travel", "education", "energy", "gaming"))))
    return pick(r, (f"Generate {n} diverse {subj}. Vary length, tone and difficulty. Output JSONL.",
                    f"Create {n} realistic {subj}; make each one different in style.",
                    f"I need {n} examples of {subj} for a dataset. No duplicates, label each one.",
                    f"Produce {n} {subj}, each followed by an ideal assistant reply.",
                    f"Write {n} varied {subj} as a numbered list"))


# ---------------------------------------------------------------- everyday chat

_CHAT = (
    "what can I cook with {a}, {b} and rice", "write a polite email asking my landlord to fix the {thing}",
    "translate 'we will arrive on {day} evening' into {lang2}", "give me a 3 day itinerary for {city}",
    "how do I get red wine out of a {thing}", "summarise this: {para}", "is it worth buying a used {thing}",
    "help me write a birthday message for my {rel}", "what's the difference between a roth ira and a 401k",
    "suggest names for a {pet}", "make this sound more professional: {para}", "how long should I boil an egg for a runny yolk",
    "explain {topic} like I'm 12", "write a short poem about {city} in the rain", "tips for a job interview at a {work}",
    "my {rel} is turning {n}, gift ideas under {m} dollars", "how do I stop my {thing} from squeaking",
    "what should I pack for a week in {city} in {month}", "plan a weekly workout for a beginner, 3 days",
    "rewrite my cover letter opening: {para}", "what are good books like {book}", "how to politely decline a wedding invitation",
    "my {thing} makes a clicking noise when I turn it on, what could it be", "draft a text to my {rel} saying I'll be late for dinner",
    "what's a good {n}-minute stretch routine for after running", "convert {n} fahrenheit to celsius and explain the formula",
    "how do I ask my manager at the {work} for a raise", "write a limerick about my {pet}", "what to see in {city} if I only have {n} hours",
    "is {a} good for you every day", "how do I split a {m} dollar bill between {n} people with a 15% tip",
    "recommend podcasts about {topic}", "what's the etiquette for tipping in {city}", "rewrite this so it sounds less angry: {para}",
    "how can I make my {pet} less anxious at night", "ideas for a {n}th birthday party at home", "explain {topic} with an analogy",
    "quick dinner with {a} and {b}, no oven", "how do I clean a {thing} without damaging it", "write a toast for my {rel}'s wedding",
)
_FILL = {
    "a": "chickpeas spinach eggs tofu lentils mushrooms leeks tomatoes paneer".split(),
    "b": "garlic yoghurt lemon coconut cheese ginger peppers".split(),
    "thing": "washing machine|carpet|bike|sofa|door hinge|heater|laptop|car seat|dishwasher|window".split("|"),
    "day": "Monday Tuesday Friday Saturday Sunday".split(),
    "lang2": "Spanish French German Portuguese Japanese Swahili Polish Turkish".split(),
    "city": "Lisbon|Nairobi|Kyoto|Bogota|Krakow|Hanoi|Montreal|Tbilisi|Porto|Cape Town|Seoul|Oaxaca".split("|"),
    "rel": "mum dad sister brother grandmother colleague best friend nephew".split(),
    "pet": "kitten|rescue dog|parrot|pair of goldfish|tortoise".split("|"),
    "topic": "inflation|black holes|how vaccines work|interest rates|photosynthesis|blockchains|tides".split("|"),
    "work": "bank|hospital|startup|supermarket|law firm|school".split("|"),
    "month": "January March July October December".split(),
    "book": "The Remains of the Day|Dune|Pachinko|The Martian|Americanah|Project Hail Mary".split("|"),
    "para": ("I am writing to let you know that the order never arrived and I have been waiting for three weeks now|"
             "our team has shipped the new onboarding flow and early numbers look promising though churn is still high|"
             "the meeting is moved because half the people are off and we still need the budget numbers from finance|"
             "I have five years of experience in logistics and I am looking for a role where I can grow").split("|"),
}


_CHAT_PRE = ("quick question, ", "hey, ", "hi! ", "so ", "ok random one: ", "I live in {city}, ", "my {rel} wants to know ",
             "help: ", "need advice - ", "be honest, ", "for tonight: ", "been wondering, ", "ELI5: ", "asking for my {rel}: ")
_CHAT_POST = (". keep it short", ", we're {n} people", " (I'm a total beginner)", " - I have until {day}", ", no fancy equipment",
              ". list {n} options", " and why", ". UK if it matters", ", I'm on a budget", " in under {n}0 words", ". thanks in advance")


_DETAIL = (" I'm {n}.", " It's for {n} people.", " I have about {m} dollars.", " We leave on {day}.", " I already tried {a}.",
           " My {rel} is coming too.", " Last time it took {n} hours.", " I'm in {city} right now.", " It's a {n}-year-old {thing}.",
           " I don't have a car.", " Mostly for weekends.", " I'm vegetarian.", " My deadline is {day}.")


def chat(r):
    t = pick(r, _CHAT)
    if r.random() < 0.5:
        t += pick(r, _DETAIL)
    for k, v in _FILL.items():
        key = "{" + k + "}"
        while key in t:
            t = t.replace(key, pick(r, v), 1)
    t = t.replace("{n}", str(r.randint(5, 80))).replace("{m}", str(r.choice((20, 30, 50, 100))))
    if r.random() < 0.45:
        t = pick(r, _CHAT_PRE).replace("{city}", pick(r, _FILL["city"])).replace("{rel}", pick(r, _FILL["rel"])) + t
    if r.random() < 0.35:
        t += pick(r, _CHAT_POST).replace("{n}", str(r.randint(2, 9))).replace("{day}", pick(r, _FILL["day"]))
    if r.random() < 0.3:
        t = t[0].upper() + t[1:]
    if r.random() < 0.25:
        t += pick(r, ("?", " please", " thanks", "!", " - keep it short"))
    return t


_ACK = ("", "", "", "ok ", "thanks. ", "hmm, ", "right, ", "nice! ", "cool, ", "great. ", "got it. ", "wait, ", "sorry, ",
        "ah ok. ", "perfect. ", "ok so ", "yes, ", "no, ", "lol ", "mm ")
_FU = ("make it {adj}", "can you make it {adj}", "rewrite it {manner}", "explain {part} again", "why {why}",
       "what about {alt}", "add {extra}", "drop {part}", "give me {n} more options", "do the same for {alt}",
       "put it in {fmt}", "translate it to {lang2}", "is {part} really right?", "say it {manner}", "expand {part}",
       "what if {cond}", "compare that with {alt}", "can you double check {part}", "turn it into {fmt}",
       "summarise that in {n} lines", "{adj} please", "I meant {alt}", "that didn't work when {cond}", "and {alt}?",
       "keep {part} but make the rest {adj}", "how long would {alt} take", "any cheaper idea for {alt}")
_FU_FILL = {
    "adj": ("shorter", "longer", "more formal", "more casual", "friendlier", "punchier", "simpler", "more detailed",
            "less salesy", "warmer", "more direct", "funnier", "less stiff", "more upbeat", "tighter"),
    "manner": ("in plain English", "for a 10 year old", "as bullet points", "in one sentence", "without jargon",
               "in the second person", "more politely", "like a pirate", "as a text message", "for my grandma"),
    "part": ("the second point", "the last paragraph", "the intro", "step 3", "the ending", "the first option",
             "the numbers", "the middle bit", "the opening line", "the last step", "point 4", "the example"),
    "why": ("is that better", "did you pick that one", "does that matter", "not the other way round", "is it so expensive",
            "would that work", "is that the default", "do people do it that way", "that order"),
    "alt": ("a vegetarian version", "next weekend", "two people", "a smaller budget", "my boss", "kids", "winter",
            "a trip to {city}", "the {thing}", "my {rel}", "a rainy day", "an older laptop", "a one-bedroom flat", "Friday"),
    "extra": ("a subject line", "an example", "a deadline", "some emojis", "a short summary at the top", "a joke",
              "a sign-off", "a table", "a call to action", "prices"),
    "fmt": ("a table", "a checklist", "an email", "a tweet", "a list", "markdown", "a paragraph", "a WhatsApp message"),
    "cond": ("I only have {x}", "it rains", "I'm allergic to nuts", "it has to be done by {day}", "I can't drive",
             "the budget is {m} dollars", "I'm on my phone", "there are {n} of us"),
}
_XS = ("an hour", "ten euros", "a microwave", "the weekend", "my phone", "two people", "a bike", "one pan", "20 minutes")


def _fill(r, t):
    for _ in range(4):
        for k, v in _FU_FILL.items():
            key = "{" + k + "}"
            while key in t:
                t = t.replace(key, pick(r, v), 1)
        for k, v in _FILL.items():
            key = "{" + k + "}"
            while key in t:
                t = t.replace(key, pick(r, v), 1)
    return t.replace("{x}", pick(r, _XS)).replace("{n}", str(r.randint(2, 12))).replace("{m}", str(r.choice((20, 50, 80, 150, 300))))


def followup(r):
    t = pick(r, _ACK) + _fill(r, pick(r, _FU))
    if r.random() < 0.15:
        t = t.upper() if r.random() < 0.1 else t[0].upper() + t[1:]
    if r.random() < 0.2:
        t += pick(r, ("?", " pls", " thx", "!!", " :)", "..."))
    return t


_CHK_V = ("check", "verify", "re-examine", "critique", "double-check", "go back over", "audit", "proofread", "stress-test", "review")
_CHK_T = ("your answer", "each step", "the calculation", "that solution", "the reasoning", "step {n}", "the final result",
          "your code", "the edge cases", "the assumptions")
_CHK_O = ("and give a corrected final version", "and fix anything wrong", "then rewrite it more clearly",
          "and explain what you changed", "then redo it from scratch if needed", "and state your confidence",
          "and give the final answer again", "and list any mistakes first", "then give a cleaner version", "")
_CHK_LEAD = ("", "", "Now ", "Please ", "Next, ", "Good. Now ", "Before I submit, ", "Are you sure? ", "One more thing: ", "Hmm. ")


def verify_followup(r):
    v = pick(r, _CHK_V)
    t = pick(r, _CHK_LEAD)
    t += (v if not t or t.endswith(": ") is False and t.strip()[-1] in ".?:" else v) + " " + pick(r, _CHK_T).replace("{n}", str(r.randint(2, 6)))
    o = pick(r, _CHK_O)
    t = (t + " " + o).strip() + pick(r, (".", "", ".", "!"))
    return t[0].upper() + t[1:] if r.random() < 0.8 else t


def harvest_item(r, kind, p_ask=0.5):
    if kind == "reasoning":
        return cot_prompt(r, p_ask=p_ask)
    if kind == "coding":
        x = r.random()
        return coding_task(r) if x < 0.6 else (debug_task(r) if x < 0.8 else code_review(r))
    if kind == "grading":
        return grading_task(r)
    if kind == "rewrite":
        return safe_rewrite(r)
    if kind == "datagen":
        return data_gen(r)
    if kind == "agentic":
        return agent_goal(r)
    return chat(r)


# ---------------------------------------------------------------- gig-platform task wording

GIG_HEADS = ("", "", "", "Task {id}: ", "[{id}] ", "#{id} ", "Item {id} - ")
GIG_TAILS = ("", "", " Please answer completely and include all the steps.", " Answer in full detail.",
             " Give a complete answer with your reasoning.", " (full answer please, do not shorten)",
             " Please be thorough.", " Explain fully.")


def gig_task(r, kind):
    body = harvest_item(r, kind, p_ask=0.45)
    head = pick(r, GIG_HEADS).replace("{id}", f"{r.choice('ABCDEFGHKMNPQRSTUVWXYZ')}{r.randint(1000, 99999)}")
    tail = pick(r, GIG_TAILS)
    if r.random() < 0.15:  # workers retyping by hand
        body = body.lower().replace(",", "")
    return head + body + tail


# ---------------------------------------------------------------- fabricated conversation histories

SYN_PERSONAS = tuple(
    f"You are {n}, a {kind} assistant for {who}. {style}"
    for n, kind, who, style in (
        ("Mira", "friendly study", "university students", "Be encouraging and precise."),
        ("Atlas", "general", "busy professionals", "Answer directly."),
        ("Pip", "patient homework", "secondary school pupils", "Never just give answers without explanation."),
        ("Sage", "wellbeing", "adults going through hard times", "Be warm and careful."),
        ("Cody", "programming", "junior developers", "Prefer clear, idiomatic code."),
        ("Nova", "research", "curious readers", "Be rigorous and cite reasoning."),
        ("Juno", "companion", "people who want someone to talk to", "Keep a relaxed tone."),
        ("Orbit", "tutoring", "adult learners returning to maths", "Go step by step."),
        ("Vera", "editorial", "writers and bloggers", "Be honest about weaknesses."),
        ("Quill", "exam coach", "candidates preparing for entrance tests", "Explain every step of worked solutions."),
    ))
SYN_OPENERS = ("hey, can I ask you something", "hi! long day", "I've got a test on friday and I'm panicking",
               "quick question about work stuff", "so my friend and I were arguing about something", "morning :)",
               "can you help me think through a problem", "I'm back, same project as yesterday")
SYN_BRIDGES = ("ok that makes sense. next one:", "thanks, that helped. here's another", "right. different question though.",
               "cool. my friend sent me this:", "got it. and this one?", "alright, last one for today I promise:",
               "hmm ok. can you also do this", "nice. so then")


def syn_last_turn(r, kind):
    bridge = pick(r, SYN_BRIDGES) if r.random() < 0.6 else ""
    body = harvest_item(r, kind, p_ask=0.35)
    return (bridge + " " + body).strip()


# ---------------------------------------------------------------- accelerator startups

STARTUP_PRODUCTS = (
    ("tutor", "You are the tutor inside {co}'s learning app. Explain solutions for learners aged 14-18."),
    ("codereview", "You are {co}'s review bot. Comment on pull requests: correctness first, then style."),
    ("compliance", "You are {co}'s compliance assistant. Answer policy questions for HR and legal teams carefully."),
    ("agentops", "You are an operations agent built by {co}. Use the tools to complete the user's goal."),
    ("feedback", "You are {co}'s writing-feedback engine. Score essays against the rubric and explain the scores."),
    ("health", "You are {co}'s patient-letter assistant. Rewrite clinical notes in plain language."),
    ("sales", "You are {co}'s sales email assistant. Draft short, personalised outreach."),
    ("legal", "You are {co}'s contract analyst. Flag risky clauses and explain them."),
    ("support", "You are the support assistant for {co}. Resolve the customer's issue politely."),
)


def startup_user_prompt(r, ptype):
    if ptype == "tutor":
        return pick(r, ("my teacher said this is wrong can u explain: ", "stuck on hw: ", "")) + reasoning_problem(r)
    if ptype == "codereview":
        return code_review(r)
    if ptype == "compliance":
        t = pick(r, ("Can we ask a candidate about {x} in an interview?", "What is our obligation if an employee reports {x}?",
                     "Draft a policy paragraph on {x}.", "An employee in {c} raised {x}. What are our next steps?",
                     "Does our handbook need a section on {x} for staff in {c}?", "Summarise the law on {x} for a manager in {c}.",
                     "Our {n}-person team in {c} had an incident involving {x}. Checklist please."))
        return (t.replace("{x}", pick(r, ("their age", "harassment by a manager", "a data breach", "a pregnancy", "side jobs",
                                          "drug use", "a disability", "remote work abroad", "a whistleblowing report",
                                          "unpaid overtime", "a social media post", "religious holidays")))
                 .replace("{c}", pick(r, ("California", "Texas", "Ontario", "England", "Bavaria", "New York", "Ireland", "Victoria")))
                 .replace("{n}", str(r.randint(4, 400))))
    if ptype == "agentops":
        return agent_goal(r)
    if ptype == "feedback":
        return f"Essay ({r.randint(250, 900)} words) on '{pick(r, ('climate policy', 'social media and teens', 'the industrial revolution', 'a book I loved'))}'. Rubric: thesis, evidence, structure, language. Score 1-6 each."
    if ptype == "health":
        return f"Rewrite for the patient: pt {r.randint(25, 88)}y, {pick(r, ('T2DM', 'HTN', 'COPD', 'AF', 'CKD3'))}, started {pick(r, ('metformin 500mg bd', 'ramipril 2.5mg od', 'apixaban 5mg bd'))}, review {r.randint(2, 12)}/52."
    if ptype == "sales":
        return f"Prospect: {person(r)} {pick(r, LAST).capitalize()}, {pick(r, ('Head of Ops', 'CTO', 'VP Sales', 'Founder'))} at a {r.randint(10, 900)}-person {pick(r, ('logistics', 'fintech', 'retail', 'biotech'))} company. Write a 90-word first email."
    if ptype == "legal":
        return f"Clause {r.randint(2, 30)}.{r.randint(1, 9)}: The Supplier's aggregate liability shall not exceed {r.choice(('the fees paid in the preceding 12 months', 'EUR 10,000', 'twice the annual fees'))}, save for {pick(r, ('fraud', 'death or personal injury', 'breach of confidentiality'))}. Risky for us as customer?"
    return f"Customer: my order #{r.randint(100000, 999999)} {pick(r, ('never arrived', 'was charged twice', 'arrived broken', 'is stuck in customs'))}. {pick(r, ('Fix it.', 'What now?', 'I want a refund.'))}"


# fronts' backends: same product wording, harvest underneath
def front_backend_prompt(r, ptype):
    if ptype == "tutor":
        return cot_prompt(r, p_ask=0.55)
    if ptype == "codereview":
        return code_review(r) if r.random() < 0.5 else coding_task(r)
    if ptype == "compliance":
        return safe_rewrite(r) if r.random() < 0.7 else startup_user_prompt(r, "compliance")
    if ptype == "agentops":
        return agent_goal(r)
    if ptype == "feedback":
        return grading_task(r)
    return data_gen(r)


# ---------------------------------------------------------------- MOOC problem sets

MOOC_SETS = {
    0: ("Week 3 problem set", (
        "P1: A jar has 4 red and 6 green sweets. Two are taken at random. What is the chance both are green?",
        "P2: Show that the product of any three consecutive integers is divisible by 6.",
        "P3: How many 4-letter strings from A-E contain at least one vowel?",
        "P4: A coin is flipped 10 times. What is the probability of exactly 4 heads?",
        "P5: Prove by induction that 1 + 2 + ... + n = n(n+1)/2.",
        "P6: Find the number of diagonals of a convex 12-gon.",
        "P7: Three dice are rolled. What is the probability the sum is 10?",
        "P8: Use the pigeonhole principle to show that among 13 people two share a birth month.")),
    1: ("Week 4 problem set", (
        "P1: Solve the recurrence a(n) = 3a(n-1) - 2a(n-2), a(0)=1, a(1)=3.",
        "P2: What is the expected number of fixed points of a random permutation of n items?",
        "P3: Show that sqrt(3) is irrational.",
        "P4: How many ways can 8 rooks be placed on a chessboard with none attacking another?",
        "P5: A test is 95% sensitive and 90% specific; prevalence is 2%. What is P(disease | positive)?",
        "P6: Find gcd(1071, 462) with the Euclidean algorithm and express it as a combination.",
        "P7: Prove that every tree with n vertices has n-1 edges.",
        "P8: How many solutions does x1 + x2 + x3 = 15 have in non-negative integers?")),
}
_MOOC_LEADS = ("", "", "Hi, I'm doing the course and I'm stuck. ", "Can you help with this? ", "I don't get ",
               "For my course, ", "hint only please: ", "I got a different answer from the forum, ", "Explain ",
               "How do I even start ", "Check my working: ")
_MOOC_TAILS = ("", "", " Step by step please.", " I got {n}, is that right?", " Don't just give the answer.",
               " Why does the method work?", " My attempt: I multiplied everything, got {n}.", " thanks",
               " (week deadline is sunday)")


def mooc_prompt(r, week):
    title, probs = MOOC_SETS[week % 2]
    p = pick(r, probs)
    if r.random() < 0.5:
        p = p.split(": ", 1)[1]
    t = pick(r, _MOOC_LEADS) + p + pick(r, _MOOC_TAILS).replace("{n}", str(r.randint(2, 400)))
    if r.random() < 0.2:
        t = f"{title}, " + t
    return t


_MOOC_FU = ("I still don't get {part}", "why do we {op} there?", "ok and what's the final number", "can you check my answer: {n}",
            "is there a faster way?", "where does the {n} come from", "so for P{p} it's the same idea?", "I got {n}/{n2}, close?",
            "what's the formula called", "can you give me a similar practice problem", "the forum says {n}, who's right",
            "why isn't it {n}", "can you explain {part} with a picture in words", "I thought we had to {op} first")


def mooc_followup(r):
    t = pick(r, _MOOC_FU).replace("{part}", pick(r, ("the second step", "the last line", "the counting part", "the base case",
                                                     "why we subtract", "the complement trick", "the denominator")))
    t = t.replace("{op}", pick(r, ("divide", "multiply", "subtract", "square", "add one", "use combinations")))
    return t.replace("{n}", str(r.randint(2, 500))).replace("{n2}", str(r.randint(2, 500))).replace("{p}", str(r.randint(1, 8)))


MOOC_NOTEBOOK_SYSTEM = "You are a course helper for Discrete Probability 101. Give hints before full solutions."


# ---------------------------------------------------------------- household

_HOMEWORK = ("what is photosynthesis for year 6", "help me with fractions: {a}/{b} + {c}/{d}", "what caused world war 1",
             "how do I find the area of a triangle with base {a} and height {b}", "spell check my essay: {p}",
             "explain long division with {a}{b}{c} divided by {d}", "what rhymes with {w}", "why is the sea salty",
             "give me 5 facts about {w}s for my project", "solve {a}x + {b} = {c}{d} and show how")
_WORDS = "orange tiger volcano dolphin castle penguin planet river robot garden".split()


_HOMEWORK2 = ("what is {a}{b} times {c}{d}", "how do you convert {a}{b} cm to inches", "write a story about a {w} in {c}0 words",
              "what are the main rivers of {country}", "round {a}{b}.{c}{d} to one decimal place", "explain why {a}/{b} is bigger or smaller than {c}/{d}",
              "list the planets from the sun and one fact each", "how many minutes are in {a} hours and {b}{c} minutes",
              "is {a}{b}{c} a prime number, how do I check", "help me revise for my {subj} test on {topic}")


def homework(r):
    t = pick(r, _HOMEWORK + _HOMEWORK2)
    t = t.replace("{country}", pick(r, ("France", "Egypt", "Brazil", "India", "Canada", "Germany"))).replace("{subj}", pick(r, ("science", "history", "geography", "maths")))
    t = t.replace("{topic}", pick(r, _FILL["topic"]))
    if r.random() < 0.3:
        t += pick(r, (" show how", " for year " + str(r.randint(3, 9)), " please", " my teacher wants the working", " simple words"))
    for k in "abcd":
        t = t.replace("{" + k + "}", str(r.randint(1, 12)))
    t = t.replace("{w}", pick(r, _WORDS)).replace("{p}", pick(r, _FILL["para"]))
    return t


# ---------------------------------------------------------------- BYOK coding plugin

PLUGIN_SYSTEM = ("You are Quarry, an autonomous coding assistant running inside the user's editor. You can read and "
                 "edit files and run commands through the provided tools. Make minimal, correct changes, run the "
                 "tests, and explain what you changed.")
PLUGIN_TOOLS = ["read_file", "write_file", "apply_patch", "list_dir", "grep", "run_shell", "run_tests"]
_REPO_TASKS = ("fix the failing test in {f}", "add a --dry-run flag to the CLI", "why is {f} so slow on big inputs",
               "refactor {f} to use async", "add input validation to the signup form", "write tests for {f}",
               "upgrade the linter config and fix the warnings", "the docker build fails, fix it",
               "add caching to the price lookup in {f}", "remove the deprecated API calls", "make {f} handle unicode filenames",
               "implement the TODO in {f}", "add retry logic to the webhook sender", "port {f} from callbacks to promises")
_REPO_MORE = ("the {mod} page shows NaN for empty carts, fix", "add a {mod} endpoint that mirrors the {mod} one",
              "why does {f} import {pkg} twice", "make the {mod} tests run in parallel", "issue #{n}: {mod} crashes on empty input",
              "add logging around the {mod} retries in {f}", "rename {mod}Id to {mod}_id everywhere in {f}",
              "bump {pkg} and fix what breaks", "write a migration that adds an index on {mod}.created_at",
              "explain what {f} does", "split {f} into smaller modules", "add dark mode toggle to the {mod} settings")
_FILES = ("src/utils/dates.ts", "app/models/user.py", "internal/cache/lru.go", "lib/parser.rb", "src/main.rs",
          "pkg/api/handlers.go", "web/components/Cart.tsx", "services/billing.py", "scripts/migrate.py", "core/Queue.java")


def plugin_task(r):
    t = pick(r, _REPO_TASKS + _REPO_MORE).replace("{f}", pick(r, _FILES) if r.random() < 0.3 else _path(r))
    t = t.replace("{mod}", pick(r, _MODS)).replace("{pkg}", pick(r, _PKGS)).replace("{n}", str(r.randint(2, 5000)))
    if r.random() < 0.3:
        t += pick(r, (" and keep the public API the same", " - tests must pass", ", don't touch the config", " pls"))
    return t


# the agent-wrapped harvest: reasoning / grading / data tasks dressed as repo work
_WRAP_FILES = ("problems/p{n}.md", "tasks/item_{n}.txt", "data/queue/{n}.json", "evals/case_{n}.yaml", "docs/spec_{n}.md")


def wrapped_task(r):
    f = pick(r, _WRAP_FILES).replace("{n}", str(r.randint(1000, 99999)))
    return pick(r, (f"solve the problem described in {f} and write the solution with full explanation to solutions/",
                    f"implement what {f} asks, explain your reasoning in the PR description",
                    f"read {f}, answer it, and add a markdown writeup next to it",
                    f"grade the responses in {f} against the rubric in docs/rubric.md and write scores.json",
                    f"{f} has a question from a user; draft a careful, safe answer into replies/",
                    f"complete the TODOs in {f}"))


def wrapped_tool_result(r, kind):
    if kind == "reasoning":
        return "[read_file] " + reasoning_problem(r)
    if kind == "grading":
        return "[read_file] " + grading_task(r)
    if kind == "rewrite":
        return "[read_file] user question: " + pick(r, SENSITIVE) + "?"
    if kind == "coding":
        return "[read_file] spec: " + coding_task(r)
    if kind == "datagen":
        return "[read_file] " + data_gen(r)
    return tool_result(r, pick(r, ("run_tests", "grep", "list_dir")))


# ---------------------------------------------------------------- support copilot

SUPPORT_TENANTS = ("Larkspur Outdoor", "Brightline Telecom", "Mossgiel Insurance", "Pennant Airways", "Tidewater Energy",
                   "Okra Foods", "Velo City Bikes", "Harbourside Bank")
_TICKET_LAST = ("I've now been charged three times for the same {x}. This is unacceptable.",
                "still no answer?? order {n}", "Can you tell me when the engineer is coming, ref {n}",
                "The app logs me out every time I open {x}.", "I want to cancel and get my money back for {x}.",
                "Thanks, but the replacement {x} is also broken.", "Why did my bill go up by {n} this month?",
                "Your driver left my parcel in the rain. Ref {n}.", "how do I change the name on my {x}",
                "This is the fourth time I'm explaining this. {x} still doesn't work.")
_TICKET_X = ("subscription", "booking", "router", "policy", "meter reading", "bike", "card", "delivery", "flight")


_TICKET_SIG = ("", "", "", " - {name}", " Regards, {name}", " {name} ({city})", " Sent from my phone", " Account {n}.")
_TICKET_PRE = ("", "", "", "Hi, ", "Hello team, ", "Dear support, ", "Re: case {n}: ", "URGENT ", "Hi again. ", "{name} here. ")


def ticket_last(r):
    t = pick(r, _TICKET_PRE) + pick(r, _TICKET_LAST) + pick(r, _TICKET_SIG)
    if r.random() < 0.35:
        t += pick(r, (" It happened on {day}.", " I was told {n2} days.", " I paid {m} already.", " My {rel} also has this problem.",
                      " Third email about this.", " Please call me back."))
    return (t.replace("{x}", pick(r, _TICKET_X)).replace("{n}", str(r.randint(1000, 999999))).replace("{name}", person(r))
            .replace("{city}", pick(r, _FILL["city"])).replace("{day}", pick(r, _FILL["day"])).replace("{n2}", str(r.randint(2, 21)))
            .replace("{m}", f"{r.randint(9, 400)}.{r.randint(0, 99):02d}").replace("{rel}", pick(r, _FILL["rel"])))


def support_system(tenant):
    return (f"You draft replies for {tenant}'s support agents. Use the conversation so far and the policy snippets. "
            "Be concise, empathetic, and never promise refunds above policy.")


# ---------------------------------------------------------------- batch work (legit)

_PRODUCTS = ("stainless steel water bottle 750ml", "men's trail running shoe", "oak veneer bedside table", "USB-C docking station",
             "organic green tea 100 bags", "kids' waterproof jacket", "cast iron skillet 28cm", "noise-cancelling earbuds",
             "yoga mat 6mm", "LED desk lamp with dimmer", "ceramic plant pot set", "wireless barcode scanner")


def catalog_item(r):
    p = pick(r, _PRODUCTS)
    sku = f"SKU-{r.randint(100000, 999999)}"
    return pick(r, (f"{sku} | {p} | brand: {pick(r, LAST).capitalize()} | attrs: colour={pick(r, ('black', 'sage', 'navy', 'sand'))}; size={r.randint(1, 12)}\nReturn category path, 5 attributes, and a 60-word description.",
                    f"Classify into our taxonomy and extract material, dimensions, colour: '{p}, {r.randint(2, 90)} cm, {pick(r, ('recycled', 'premium', 'compact'))}' ({sku})",
                    f"Write a product title (max 80 chars) and 3 bullet points for: {p} ({sku})"))


CATALOG_SYSTEM = "You enrich retail catalogue entries for Shelfwise. Output valid JSON matching the schema. Never invent certifications."
LEGAL_SYSTEM = ("You are a contract review assistant for Clause & Co solicitors. Identify obligations, risks and unusual "
                "terms. Cite clause numbers. Think carefully; accuracy matters more than speed.")


def legal_item(r):
    return (f"Matter {r.randint(1000, 9999)}/{r.randint(10, 99)}. Clause {r.randint(1, 40)}.{r.randint(1, 12)}: "
            + pick(r, ("The Tenant shall keep the Premises in good and substantial repair and condition, fair wear and tear excepted",
                       "Either party may terminate on {n} days' written notice without cause",
                       "The Licensee shall indemnify the Licensor against all losses arising from any third-party claim",
                       "Payment shall be made within {n} days of the date of invoice, failing which interest accrues at 8% above base",
                       "The Employee shall not, for {n} months after termination, solicit any client of the Company")).replace("{n}", str(r.choice((14, 30, 60, 90, 6, 12))))
            + ". " + pick(r, ("Summarise the obligation and the risk to our client.", "Is this enforceable as drafted?",
                              "Compare with market standard and suggest a redline.", "What should the client negotiate?")))


# ---------------------------------------------------------------- promo testers

_PROMO = ("how many r's are in strawberry", "write a haiku about free credits", "what model are you",
          "solve: if 3 cats catch 3 mice in 3 minutes, how many cats catch 100 mice in 100 minutes? think step by step",
          "write a snake game in python", "explain quantum computing in one paragraph", "tell me a joke about programmers",
          "build me a landing page for a {x} startup in html", "what's 17 * 23", "compare yourself to other assistants",
          "write a regex for email addresses", "give me a business plan for a {x} company", "summarise the news today",
          "prove there are infinitely many primes", "write a cover letter for a {x} job")


def promo_prompt(r):
    if r.random() < 0.5:
        t = pick(r, _PROMO)
        t = t + pick(r, ("", "", " " + pick(r, ("?", "!", "lol", "pls"))))
        return t.replace("{x}", pick(r, ("coffee", "dog walking", "AI", "bakery", "drone", "data analyst", "nurse")))
    return pick(r, (chat, coding_task, followup, lambda q: reasoning_problem(q) + " think step by step"))(r)
    return pick(r, _PROMO).replace("{x}", pick(r, ("coffee", "dog walking", "AI", "bakery", "drone", "data analyst", "nurse")))
