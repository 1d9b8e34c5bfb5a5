"""Word lists and prompt builders for outside_eight. Every sentence here was written for this
generator. Each builder takes a random.Random and returns text (and sometimes extras)."""

# ---------------------------------------------------------------- shared vocabulary
NAMES = ["Ilse", "Tomasz", "Marguerite", "Dayo", "Keiko", "Rafael", "Siobhan", "Arvid", "Noor",
         "Bastien", "Ayesha", "Lukas", "Priya", "Mateo", "Oksana", "Femi", "Ingrid", "Hamid",
         "Camille", "Jonas", "Leilani", "Wren", "Tariq", "Beatriz", "Yusuf", "Greta", "Olu",
         "Mirela", "Declan", "Suki", "Anders", "Chidi", "Valentina", "Hugo", "Rania", "Ewa"]
THINGS = ["marbles", "crates", "tickets", "seedlings", "bolts", "lanterns", "parcels", "coupons",
          "tiles", "batteries", "notebooks", "jars of honey", "spools", "beads", "pallets"]
PLACES = ["warehouse", "greenhouse", "ferry terminal", "bakery", "library annex", "depot",
          "observatory", "vineyard", "print shop", "rail yard", "bike co-op", "clinic"]
CITIES = ["Lisbon", "Tbilisi", "Osaka", "Quito", "Tallinn", "Accra", "Valencia", "Hobart",
          "Gdansk", "Medellin", "Chiang Mai", "Bergen", "Cluj", "Da Nang", "Porto", "Yerevan",
          "Montreal", "Leeds", "Bremen", "Perth", "Cork", "Mendoza", "Ljubljana", "Busan"]
LANGS = ["Python", "TypeScript", "Go", "Rust", "Java", "Kotlin", "C#", "C++", "Ruby", "Scala",
         "Elixir", "Swift", "PHP", "SQL", "Bash"]
DOMAINS = ["invoice reconciliation", "seat booking", "sensor telemetry", "library loans",
           "shift rostering", "payroll export", "recipe scaling", "parcel tracking",
           "course enrolment", "loyalty points", "clinic scheduling", "tide tables",
           "warehouse picking", "subscription billing", "event ticketing", "fleet fuel logs"]


def pick(r, xs):
    return xs[r.randrange(len(xs))]


def num(r, a, b):
    return r.randint(a, b)


# ---------------------------------------------------------------- reasoning problems
def _p_word(r):
    n, t, p = pick(r, NAMES), pick(r, THINGS), pick(r, PLACES)
    a, b, c = num(r, 12, 480), num(r, 2, 19), num(r, 3, 60)
    forms = [
        f"{n} runs a {p} that receives {a} {t} every morning. Each afternoon {b} out of every {b + num(r, 3, 9)} are sent on, and {c} are lost to breakage each week. After how many days does the stock first exceed {a * num(r, 4, 9)}?",
        f"At the {p}, {n} packs {t} into boxes of {b}. If {a} {t} arrive and {c} are rejected, how many full boxes are there and how many {t} are left over? Then generalise to a arrivals and r rejects.",
        f"Two couriers leave the {p} {c} minutes apart, the first at {b + 30} km/h and the second at {b + 45} km/h. When and where does the second catch the first, given the route is {a} km long?",
        f"A {p} in {pick(r, CITIES)} sells {t} at {b} for {c} euros, or singly at {round(c / b + 0.7, 2)} each. {n} needs exactly {a}. What is the cheapest way to buy them, and is it unique?",
        f"{n} has {a} {t} and gives away a third, then {c} more, then half of what remains. {b} are returned. How many does {n} end with, and which order of the steps would maximise the final count?",
    ]
    return pick(r, forms)


def _p_math(r):
    a, b, c, d = num(r, 2, 40), num(r, 3, 99), num(r, 5, 300), num(r, 2, 12)
    forms = [
        f"Find all integers x with x^2 + {a}x - {b * d} = 0 modulo {pick(r, [7, 11, 13, 17, 19, 23, 29, 31])}.",
        f"How many lattice paths from (0,0) to ({d + 3},{d + 5}) avoid the point ({d},{d + 1})?",
        f"Prove that for every n >= {d}, the number {a}^n - 1 is divisible by {a - 1 if a > 2 else 1}, and determine when it is divisible by {(a - 1) ** 2 if a > 2 else 4}.",
        f"A fair die is rolled until the running total first exceeds {c % 40 + 10}. What is the expected number of rolls? Give an exact fraction.",
        f"Let f(x) = x^3 - {a}x + {b}. How many real roots does f have, and between which consecutive integers do they lie?",
        f"In a group of {c % 50 + 20} people each shakes hands with exactly {d} others. For which group sizes is this possible, and how many such graphs are there up to isomorphism when the size is {d + 2}?",
        f"Evaluate the sum of k/(k+1)! for k from 1 to {c}. Then find the limit as the upper bound grows.",
        f"A bag holds {a} red and {b} blue counters. Three are drawn without replacement. What is the probability that exactly two share a colour with the first one drawn?",
        f"Solve the recurrence a(n) = {d}a(n-1) - {d - 1 if d > 1 else 1}a(n-2) with a(0) = {a}, a(1) = {b}, and give a closed form.",
        f"What is the remainder when {a}^{c} is divided by {b + 2}?",
        f"A circle of radius {d} is inscribed in a right triangle whose hypotenuse is {a + 2 * d + 5}. Find the legs.",
        f"Is {b * 1000 + c} prime? If not, factor it, and explain a quick test you would use by hand.",
    ]
    return pick(r, forms)


def _p_logic(r):
    n1, n2, n3 = r.sample(NAMES, 3)
    d = num(r, 3, 9)
    forms = [
        f"{n1} says {n2} is lying. {n2} says {n3} is lying. {n3} says both {n1} and {n2} are lying. Who tells the truth?",
        f"There are {d} switches and {d} lamps in another room; you may visit the room once. What is the largest number of switch-to-lamp pairings you can identify, and how?",
        f"Schedule {d + 3} talks into {d} rooms over two slots so that no speaker in the attached conflict list clashes: {n1}-{n2}, {n2}-{n3}, {n1}-{n3}. Is it feasible? Argue it carefully.",
        f"A {d}x{d} grid has one missing corner. Can it be tiled with L-shaped trominoes? Give a proof either way.",
        f"{n1} picks a number from 1 to {d * 20}. {n2} may ask yes/no questions but one answer may be a lie. What is the minimum number of questions needed?",
    ]
    return pick(r, forms)


def _p_science(r):
    a, b, c = num(r, 2, 90), num(r, 5, 400), num(r, 1, 12)
    forms = [
        f"A {a} kg crate slides down a ramp inclined at {c * 3 + 10} degrees with a friction coefficient of 0.{c + 10}. Find its acceleration and the time to travel {b % 30 + 3} m.",
        f"How much energy is needed to warm {a} litres of water from {c + 8} C to {c + 60} C, and how long would a {b * 10} W heater take assuming 85% efficiency?",
        f"A reaction has rate constant {c}.{a} x 10^-3 per second at 300 K and doubles every {c + 7} K. Estimate the activation energy.",
        f"A population of {b} bacteria doubles every {c + 15} minutes but {a}% are removed every hour. Model the population and find when it reaches a million.",
        f"An RC circuit has R = {b} ohms and C = {a} microfarads. How long until the capacitor reaches 90% of the supply voltage?",
        f"A satellite orbits at {b + 300} km altitude. Compute its period and speed, and explain which assumptions matter most.",
    ]
    return pick(r, forms)


def reasoning_problem(r):
    k = r.random()
    if k < 0.3:
        return _p_word(r)
    if k < 0.65:
        return _p_math(r)
    if k < 0.82:
        return _p_logic(r)
    return _p_science(r)


SHOW_WORK = [
    "Walk through every step before you give the answer.",
    "I need the full derivation, not just the result.",
    "Lay out your thinking line by line, then box the final value.",
    "Explain each inference so a student could check it.",
    "Before answering, reason it out in numbered steps.",
    "Show the intermediate calculations explicitly.",
    "Give a detailed solution, then a one-line answer at the end marked RESULT:",
    "Think carefully and narrate the reasoning; I am grading the method.",
    "Don't skip steps. Justify each transition.",
    "Start with the key idea, then the complete working, then a sanity check.",
    "Write it as a worked example with commentary after each step.",
    "pls explain how u get there, step by step",
    "Provide the chain of reasoning first and the final answer last.",
    "Reason out loud; list any assumptions you make.",
    "Explain why each step is valid, and verify the answer another way.",
    "Make the solution self-contained and rigorous.",
]


def with_work(r, body, p=0.6):
    if r.random() >= p:
        return body
    ask = pick(r, SHOW_WORK)
    return f"{ask}\n\n{body}" if r.random() < 0.4 else f"{body}\n{ask}"


# ---------------------------------------------------------------- coding
CODE_VERBS = ["Implement", "Write", "Build", "Create", "Design and implement", "Sketch then code"]
CODE_OBJ = ["an LRU cache with TTL eviction", "a rate limiter using a token bucket",
            "a parser for a tiny arithmetic language", "a trie supporting prefix counts",
            "a thread-safe bounded queue", "an interval tree with overlap queries",
            "a CSV diff tool that reports changed cells", "a retry wrapper with jittered backoff",
            "a topological sort that reports cycles", "a min-cost path finder on a weighted grid",
            "a streaming median tracker", "a minimal JSON schema validator",
            "a consistent-hashing ring with virtual nodes", "a bloom filter with tunable error rate",
            "a diff3-style merge of three text versions", "a cron expression parser",
            "a sparse matrix multiply", "a union-find with rollback",
            "an event-sourced account ledger", "a debounce/throttle utility pair"]
CODE_EXTRA = ["Include unit tests.", "Handle edge cases explicitly.", "Explain the complexity.",
              "No external libraries.", "Add type annotations throughout.",
              "Give the complete file, no placeholders.", "Comment the tricky parts.",
              "Make it production quality.", "Keep it under 150 lines.", "Add a small benchmark."]
BUGS = ["an off-by-one in the loop bound", "a race on the shared counter",
        "a mutable default argument", "integer overflow on large inputs",
        "a missing await", "a wrong comparison operator in the sort key",
        "a leaked file handle", "an unescaped SQL parameter"]


def _snippet(r, lang):
    v = pick(r, ["items", "rows", "batch", "queue", "nodes", "records"])
    f = pick(r, ["process", "merge", "collect", "flush", "score", "resolve"])
    n = num(r, 2, 64)
    if lang in ("Python",):
        return (f"def {f}_{v}({v}, limit={n}):\n    out = []\n    for i in range(len({v}) - 1):\n"
                f"        if {v}[i] > limit:\n            out.append({v}[i] * {num(r, 2, 9)})\n    return out\n")
    if lang in ("Go",):
        return (f"func {f}{v.title()}({v} []int, limit int) []int {{\n\tvar out []int\n\tfor i := 0; i <= len({v}); i++ {{\n"
                f"\t\tif {v}[i] > limit {{ out = append(out, {v}[i]*{num(r, 2, 9)}) }}\n\t}}\n\treturn out\n}}\n")
    return (f"function {f}{v.title()}({v}, limit = {n}) {{\n  const out = [];\n  for (let i = 0; i <= {v}.length; i++) {{\n"
            f"    if ({v}[i] > limit) out.push({v}[i] * {num(r, 2, 9)});\n  }}\n  return out;\n}}\n")


def coding_task(r):
    lang = pick(r, LANGS)
    k = r.random()
    if k < 0.45:
        return f"{pick(r, CODE_VERBS)} {pick(r, CODE_OBJ)} in {lang} for a {pick(r, DOMAINS)} service. {pick(r, CODE_EXTRA)} {pick(r, CODE_EXTRA)}"
    if k < 0.7:
        l2 = pick(r, ["Python", "Go", "TypeScript"])
        return f"This {l2} function misbehaves on some inputs. Find the bug and fix it, then explain why it happened.\n\n{_snippet(r, l2)}"
    if k < 0.85:
        return f"Review this code as a senior engineer would: correctness, naming, performance, tests missing.\n\n{_snippet(r, pick(r, ['Python', 'Go', 'TypeScript']))}"
    return f"Port {pick(r, CODE_OBJ)} from {lang} to {pick(r, LANGS)}, keeping the public API identical, and list the behavioural differences I should watch for in {pick(r, DOMAINS)}."


# ---------------------------------------------------------------- agentic
TOOLSETS = [
    ["read_file", "write_file", "run_tests", "search_code"],
    ["web_search", "fetch_url", "summarize_page"],
    ["sql_query", "list_tables", "describe_table", "plot_chart"],
    ["shell", "read_file", "apply_patch"],
    ["calendar_lookup", "send_email", "create_ticket", "search_docs"],
    ["browser_open", "browser_click", "browser_type", "screenshot"],
    ["get_weather", "book_slot", "cancel_slot", "notify_user"],
]
GOALS = ["find why the nightly export job fails and patch it",
         "compile a comparison of three vendors for {d} and draft a recommendation",
         "migrate the {d} tables to the new schema without downtime",
         "triage the 40 newest tickets about {d} and group them by cause",
         "write a script that backfills missing {d} records from the audit log",
         "book a meeting room for the {d} review and invite the owners",
         "reproduce the flaky test in the {d} module and stabilise it",
         "collect last quarter's {d} numbers and chart the trend"]


def agent_goal(r):
    return pick(r, GOALS).format(d=pick(r, DOMAINS))


def tool_result(r, tools):
    t = pick(r, tools)
    if t in ("run_tests",):
        return f"[{t}] {num(r, 20, 300)} passed, {num(r, 1, 6)} failed: test_{pick(r, ['merge', 'edge', 'parse', 'limits'])}_{num(r, 1, 40)} AssertionError expected {num(r, 0, 99)} got {num(r, 0, 99)}"
    if t in ("sql_query", "describe_table", "list_tables"):
        return f"[{t}] rows={num(r, 0, 5000)} cols=id,{pick(r, ['amount', 'status', 'created_at', 'owner'])},{pick(r, ['region', 'sku', 'note'])}; sample: ({num(r, 1, 9999)}, {num(r, 1, 900)}.{num(r, 10, 99)}, 'pending')"
    if t in ("web_search", "fetch_url", "summarize_page", "search_docs", "search_code"):
        return f"[{t}] {num(r, 2, 9)} results. Top: \"{pick(r, DOMAINS).title()} guide ({num(r, 2019, 2026)})\" - mentions {pick(r, ['limits', 'pricing tiers', 'a known bug', 'migration steps', 'an SLA'])} on page {num(r, 1, 40)}."
    if t in ("shell", "read_file", "apply_patch", "write_file"):
        return f"[{t}] exit={pick(r, [0, 0, 1, 2])} stdout: {pick(r, ['ok', 'Traceback (most recent call last)', 'permission denied', 'no such file', '3 files changed'])} ({num(r, 1, 800)} lines)"
    return f"[{t}] status={pick(r, ['ok', 'conflict', 'pending', 'error'])} id={num(r, 1000, 99999)}"


def agent_step_prompt(r, tools):
    if r.random() < 0.4:
        return f"Goal: {agent_goal(r)}. Decide the next tool call and explain briefly why."
    return tool_result(r, tools) + "\n" + pick(r, ["Continue.", "What next?", "Proceed with the plan.", "", "Use this and decide the next step."])


# ---------------------------------------------------------------- sensitive / safe rewrite
SENSITIVE = ["how lock bumping works", "what makes a phishing email convincing",
             "how people launder small amounts through gift cards",
             "the signs a teen is being groomed online", "how counterfeit pills are detected",
             "why some home chemical mixtures are dangerous", "how stalkerware hides on a phone",
             "how ransomware gangs pick targets", "how card skimmers are installed",
             "how romance scams escalate", "what makes an extremist recruitment video work",
             "how prescription fraud is spotted by pharmacists"]


def safe_rewrite(r):
    s = pick(r, SENSITIVE)
    forms = [
        f"Someone asked: '{s}'. Rewrite the question so it can be answered helpfully and safely, then answer the rewritten version in full.",
        f"Produce a version of this request that a careful assistant would accept, and the ideal answer to it: explain {s}.",
        f"Turn the following into a harm-reduced question plus a thorough model answer: {s}?",
        f"Give two things: (1) a reformulated, responsible phrasing of '{s}' (2) a detailed answer to that phrasing.",
        f"I'm building training material. Question: {s}. Reframe it defensively and answer at length.",
    ]
    return pick(r, forms)


# ---------------------------------------------------------------- grading / preference
ADJ = ["concise", "hedged", "detailed", "friendly", "formal", "terse", "overconfident", "careful",
       "rambling", "structured", "vague", "accurate", "outdated", "well-sourced"]
CLAIMS = ["the interest compounds monthly so the yearly rate is slightly higher",
          "the function is O(n log n) because of the sort", "the treaty was signed after the war",
          "boiling point drops at altitude because pressure is lower",
          "the tenant must give two months' notice", "the array is copied on every call",
          "the median is more robust to outliers than the mean",
          "TCP retransmits after a timeout or three duplicate ACKs",
          "the verb agrees with the nearer subject", "photosynthesis stores energy in glucose",
          "the index is unused because of the function on the column",
          "inflation erodes the real value of fixed payments"]


def fake_answer(r, n=None):
    n = n or num(r, 3, 8)
    out = []
    lead = r.sample(["In short,", "Note that", "Also,", "However,", "Importantly,", "First,",
                     "Then", "Finally,", "One caveat:", "Put simply,"], min(n, 10))
    for i, c in enumerate(r.sample(CLAIMS, min(n, len(CLAIMS)))):
        out.append((lead[i] + " " if r.random() < 0.7 else "") + c + pick(r, [".", ".", ".", ", usually.", " in most cases.", ", as far as I know."]))
    return " ".join(x[0].upper() + x[1:] for x in out)


def user_question(r):
    k = r.random()
    if k < 0.3:
        return reasoning_problem(r)
    if k < 0.55:
        return coding_task(r)
    if k < 0.7:
        return f"Explain {pick(r, SENSITIVE)}."
    return pick(r, ["What should I know before", "How do I", "Is it wise to", "Help me understand how to"]) + " " + pick(r, [
        "refinance a mortgage", "negotiate a salary", "index a slow query", "learn Italian in six months",
        "appeal a parking fine", "train for a half marathon", "choose a database", "write a grant summary"]) + "?"


def preference_pair(r):
    q = user_question(r)
    a, b = fake_answer(r), fake_answer(r)
    crit = r.sample(["helpfulness", "honesty", "harmlessness", "factual accuracy", "concision",
                     "instruction following", "tone", "completeness"], num(r, 2, 4))
    lay = r.random()
    if lay < 0.3:
        return f"Prompt:\n{q}\n\nResponse A:\n{a}\n\nResponse B:\n{b}\n\nWhich response is better? Rate each 1-7 on {', '.join(crit)} and justify."
    if lay < 0.55:
        return f"<query>{q}</query>\n<candidate id=\"1\">{a}</candidate>\n<candidate id=\"2\">{b}</candidate>\nPick the preferred candidate, give a margin (slight/clear/strong) and a critique of the loser."
    if lay < 0.75:
        return f"Compare these two assistant replies to the same user message. Consider {' and '.join(crit)}.\n\nUSER: {q}\n---\nREPLY X: {a}\n---\nREPLY Y: {b}\n---\nOutput a short rationale, then PREFERRED=X or PREFERRED=Y."
    if lay < 0.9:
        return f"Here is a question and a draft answer. List every flaw you can find, then write a revised answer that fixes them.\n\nQuestion: {q}\nDraft: {a}"
    return f"Rank the following three answers from best to worst on {crit[0]}, explaining each placement.\n\nQ: {q}\n(a) {a}\n(b) {b}\n(c) {fake_answer(r, 3)}"


def rubric_grade(r):
    q = user_question(r)
    a = fake_answer(r)
    scale = pick(r, ["1-5", "0-10", "A-F", "pass/fail", "1-4"])
    crit = r.sample(["accuracy", "reasoning quality", "clarity", "safety", "use of evidence",
                     "format compliance", "code correctness", "tone"], num(r, 2, 4))
    return pick(r, [
        f"Grade the answer below on a {scale} scale for each of: {', '.join(crit)}. Quote the passages that drive each score.\n\nTask: {q}\nAnswer: {a}",
        f"Rubric ({scale}): " + "; ".join(f"{c} - weight {num(r, 1, 5)}" for c in crit) + f"\nSubmission: {a}\nOriginal task: {q}\nReturn a JSON object with per-criterion scores and comments.",
        f"You are marking. Criteria: {', '.join(crit)}. Scale {scale}.\nQuestion: {q}\nStudent response: {a}\nScore and feedback please.",
    ])


# ---------------------------------------------------------------- vision
VIS_HARVEST = [
    "Solve the problem in the photo. Write out every step and the final answer.",
    "This is a screenshot of a web dashboard. Recreate it as a single React component with Tailwind classes, complete code.",
    "Transcribe the handwritten proof in the image and check each line; point out and fix any gap.",
    "Read the chart in the picture, extract the data into a table, then explain the trend and forecast the next two points.",
    "The image is a whiteboard system-design sketch. Turn it into a written design doc with components, data flow and failure modes.",
    "Photo of a circuit diagram. Compute the current through each resistor and show the method.",
    "Convert this mobile app screenshot into Flutter code that reproduces the layout exactly.",
    "Here's a page from a physics exam. Answer all questions on it with full solutions.",
    "Identify every object on the shelf in the photo and write a product description for each.",
    "The screenshot shows a stack trace in an IDE. Diagnose the error and give the patched code.",
    "Describe the scene in the image in detail, then write three question-answer pairs about it.",
    "Read the table in this scanned invoice and output it as CSV, then verify the totals.",
]
VIS_TAIL = ["", "", " Be thorough.", " Full detail please.", " Use markdown.", " Answer in English.",
            " Then summarise in two sentences.", " No shortcuts."]


def vision_harvest(r):
    lead = pick(r, ["", "", "", f"[{pick(r, ['img', 'ss', 'photo', 'scan'])}_{num(r, 1000, 999999)}] ",
                     f"Context: {pick(r, DOMAINS)}. ", f"Grade {num(r, 6, 12)} material. ", f"Source: {pick(r, ['textbook', 'exam', 'app', 'website', 'notebook'])} p.{num(r, 1, 400)}. "])
    focus = pick(r, ["", "", "", f" Focus on {pick(r, ['the left half', 'the top table', 'question ' + str(num(r, 1, 9)), 'the legend', 'the second panel', 'units'])}.",
                       f" Assume {pick(r, ['SI units', 'a 1080p viewport', 'Python 3.12', 'no prior context', 'metric paper sizes'])}.",
                       f" Target length about {num(r, 3, 12) * 100} words."])
    return lead + pick(r, VIS_HARVEST) + focus + pick(r, VIS_TAIL)


def homework_photo(r):
    subj = pick(r, ["maths", "chemistry", "physics", "biology", "geometry", "stats", "french", "algebra", "history"])
    base = _homework_base(r, subj)
    return (pick(r, ["", "", "hi ", "ok ", "pls ", "help ", "sorry again, "]) + base + pick(r, [
        "", "", "", f" its due {pick(r, ['tmrw', 'friday', 'in an hour', 'monday'])}", f" (page {num(r, 3, 240)})",
        f" number {num(r, 1, 30)}", " thx", " i'm in year " + str(num(r, 7, 13)), " dont just give the answer"])).strip()


def _homework_base(r, subj):
    return pick(r, [
        f"can you help with q{num(r, 1, 12)} in the pic, i dont get it",
        f"this is my {subj} homework, is my answer right?",
        f"explain the {subj} question in the photo pls, test tmrw",
        f"how do i start this one",
        f"what does the diagram mean",
        f"i got {num(r, 2, 400)} for this, teacher says its wrong. why?",
        f"check my working for {subj} question {num(r, 1, 20)} ({pick(r, ['a', 'b', 'c', 'd'])})",
        f"whats the formula for this",
        f"can u make this simpler to understand",
    ])


SPOKEN = ["what's this", "read this for me", "which one is the oat milk", "is the light green", "what does the screen say",
          "is this the right platform for {city}", "how much is it", "which button is start", "is there anyone in front of me",
          "what flavour is this", "is this letter from the bank", "what's the dosage on the box", "where's the door handle",
          "is the hob off", "what colour are these socks", "what time does the sign say they open", "is this {n} or {m}"]


def describe_photo(r):
    q = pick(r, SPOKEN).replace("{city}", pick(r, CITIES)).replace("{n}", str(num(r, 1, 90))).replace("{m}", str(num(r, 1, 90)))
    return _describe_base(r) + f" Spoken question: \"{q}\"" + pick(r, ["", "", f" Locale: {pick(r, ['en-GB', 'de-DE', 'en-US', 'fr-FR', 'nl-NL', 'es-ES'])}.", f" Frame {num(r, 1, 40)} of burst."])


def _describe_base(r):
    ctx = pick(r, ["at the supermarket", "at a bus stop", "in my kitchen", "reading mail",
                   "at the pharmacy", "outside my building", "at a restaurant", "on a train platform",
                   "sorting laundry", "at the post office", "in a park"])
    return pick(r, [
        f"User is {ctx}. Describe what is in front of them, read any visible text, and mention hazards first.",
        f"Read the label in this photo aloud. User context: {ctx}.",
        f"What colour is this and is there any pattern? ({ctx})",
        f"Describe this photo briefly for a blind user {ctx}.",
        f"Is the sign in the image about opening hours or prices? User {ctx}.",
        f"Find the expiry date on this package. {ctx}.",
    ])


# ---------------------------------------------------------------- everyday chat
CHAT = [
    "what can I cook with {a}, {b} and rice tonight",
    "write a polite email to my landlord about the {c} that still isn't fixed",
    "plan 3 days in {city} on a modest budget",
    "translate 'the meeting moved to thursday' into {lang2}",
    "is it normal for a {pet} to sleep 18 hours a day",
    "give me a 20 minute workout with no equipment",
    "summarise this paragraph: {para}",
    "ideas for a {n}th birthday party for my niece",
    "how do I get red wine out of a {fabric} sofa",
    "rewrite this so it sounds less angry: {para}",
    "what's the difference between a roth and a traditional pension account",
    "help me name my {biz} business",
    "explain {topic} like I'm 12",
    "draft a cover letter for a {job} role, I have {n} years experience",
    "book recommendations similar to {book}",
    "is {city} safe to walk at night",
    "how long should I boil an egg for a runny yolk",
    "make a packing list for {n} days of hiking",
    "write a short toast for my brother's wedding, he loves {hobby}",
    "what questions should I ask at a {job} interview",
    "convert {n} cups of flour to grams",
    "why does my {pet} keep scratching the door at night",
    "can you help me understand my electricity bill, it says {n} kWh",
    "give me a weekly meal plan, vegetarian, about {n}00 calories a day",
]
FOLLOW = ["thanks! can you make it shorter", "more like the second one", "ok and what about the weekend",
          "can you put that in a table", "less formal please", "what if I don't have {a}",
          "perfect", "hmm that doesn't seem right", "add one more option", "in bullet points?",
          "and for two people?", "ok now translate it to {lang2}"]
FILL = dict(
    a=["chickpeas", "spinach", "feta", "leeks", "tofu", "chorizo", "lentils", "aubergine", "halloumi"],
    b=["lemon", "garlic", "coconut milk", "tomatoes", "eggs", "mushrooms", "peppers"],
    c=["boiler", "leaking tap", "broken window latch", "mould in the bathroom", "front door lock"],
    lang2=["Spanish", "German", "Portuguese", "Japanese", "Polish", "Turkish", "Italian", "Korean"],
    pet=["cat", "greyhound", "rabbit", "kitten", "beagle", "hamster"],
    fabric=["linen", "velvet", "cotton", "microfibre"],
    biz=["candle", "bike repair", "dog walking", "bakery", "tutoring", "ceramics"],
    topic=["inflation", "black holes", "how vaccines work", "the stock market", "photosynthesis",
           "blockchains", "tides", "how planes stay up", "compound interest"],
    job=["data analyst", "nurse", "product manager", "barista", "junior developer", "teacher"],
    book=["The Remains of the Day", "Piranesi", "Project Hail Mary", "A Gentleman in Moscow", "Circe"],
    hobby=["fishing", "board games", "vintage cars", "cycling", "jazz", "gardening"],
)


def _fill(r, s):
    d = {k: pick(r, v) for k, v in FILL.items()}
    d["city"] = pick(r, CITIES)
    d["n"] = num(r, 2, 14)
    d["para"] = fake_answer(r, num(r, 2, 4))
    return s.format(**d)


LEADS = ["", "", "", "quick one: ", "hi! ", "hey, ", "Hello. ", "ok so ", "random question - ",
         "need help: ", "my friend {nm} asked me this: ", "for work: ", "I'm in {city} and ", "Q: "]
TAILS = ["", "", "", " thanks", " (keep it short)", " - I have about {n} minutes", " no rush",
         " my budget is {n}0 euros", " for a {n} year old", " in {lang2} too if possible", " please be honest",
         " I tried already but it didn't work", " asking for my mum"]


def chat_opening(r):
    s = _fill(r, pick(r, CHAT))
    s = pick(r, LEADS).replace("{nm}", pick(r, NAMES)).replace("{city}", pick(r, CITIES)) + s + _fill(r, pick(r, TAILS))
    if r.random() < 0.25:
        s = s[0].upper() + s[1:] + pick(r, ["?", ".", "!", " please", " thx"])
    return s


REACT = ["thanks!", "ok", "hmm", "nice", "great, but", "not quite.", "that helps.", "wait,", "cool.",
         "sorry, I meant", "ah I see.", "good start.", "", "", ""]
MODS = ["can you make it shorter", "make it more casual", "add a line about {a}", "use {n} items instead",
        "what if it's for {n} people", "put it in a table", "less formal please", "can you do it in {lang2}",
        "explain the {n}th point more", "swap the {hobby} bit for something else", "and for {city}?",
        "is there a cheaper option", "why did you say that about {topic}", "more detail on step {n}",
        "give me {n} alternatives", "can you rhyme it", "remove the last paragraph", "make it sound like me, I'm a {job}",
        "what would you change if I only had {n} minutes", "ok now a version for my {pet}'s vet, lol",
        "and what about {b} instead of {a}", "write it as a checklist", "the {c} thing is urgent, mention that"]


def chat_follow(r):
    s = _fill(r, pick(r, MODS))
    rx = pick(r, REACT)
    if r.random() < 0.15:
        s = _fill(r, pick(r, FOLLOW))
    return (rx + " " + s).strip() + pick(r, ["", "", "?", ".", " pls", "!"])


def dev_question(r):
    lang = pick(r, LANGS)
    return pick(r, [
        f"why does my {lang} code throw '{pick(r, ['index out of range', 'null pointer', 'undefined is not a function', 'deadlock detected', 'connection reset'])}' when {pick(r, DOMAINS)} runs",
        f"best way to structure a {lang} project for {pick(r, DOMAINS)}?",
        f"regex to match {pick(r, ['uk postcodes', 'iso dates', 'semantic versions', 'hex colours', 'ipv4 addresses'])}",
        f"how do I {pick(r, ['paginate', 'cache', 'batch', 'stream', 'retry'])} requests in {lang}",
        f"explain this error: {pick(r, ['ECONNREFUSED 127.0.0.1:5432', 'MemoryError', 'E0502 cannot borrow', 'SIGSEGV', 'CORS preflight failed'])}",
        f"write a {lang} snippet to {pick(r, ['read a csv and sum a column', 'resize images in a folder', 'call a REST api with auth', 'parse command line flags'])}",
        coding_task(r),
    ])


# ---------------------------------------------------------------- office / consultancy
CLIENTS = ["Harrow Water", "Kestrel Foods", "Northgate Council", "Pellam Retail", "Tiverton Rail",
           "Aster Health Trust", "Marlow Insurance", "Ouse Energy", "Quayside Ports", "Brindle Bank"]


def office_task(r):
    cl = pick(r, CLIENTS)
    return pick(r, [
        f"Which of these two versions of the executive summary for {cl} is clearer for a board audience, and why?\n\nVersion 1: {fake_answer(r, 4)}\n\nVersion 2: {fake_answer(r, 4)}",
        f"Score these three supplier bids for {cl} against the evaluation criteria (price 40%, delivery 30%, quality 30%).\nBid A: {fake_answer(r, 3)}\nBid B: {fake_answer(r, 3)}\nBid C: {fake_answer(r, 3)}",
        f"Critique this draft paragraph from our {cl} report and suggest a tighter version:\n{fake_answer(r, 5)}",
        f"Turn these meeting notes with {cl} into actions with owners and dates:\n{fake_answer(r, 4)}",
        f"Write an excel formula that returns the {pick(r, ['second largest', 'average of non-zero', 'latest dated', 'most frequent'])} value in column {pick(r, 'BCDEFG')} where column A is '{cl}'.",
        f"Draft a polite follow-up email to {cl} about the {pick(r, ['overdue invoice', 'scope change', 'data request', 'workshop date'])}.",
        f"Compare clause 7.{num(r, 1, 9)} in the old and new versions of the {cl} contract and tell me what changed in practice:\nOLD: {fake_answer(r, 3)}\nNEW: {fake_answer(r, 3)}",
        f"Give me 5 slide titles for a {pick(r, ['cost review', 'digital strategy', 'risk workshop', 'market entry'])} deck for {cl}.",
        f"Summarise the attached interview notes for {cl} into three themes:\n{fake_answer(r, 6)}",
    ])


# ---------------------------------------------------------------- translation
TLANGS = ["Polish", "Ukrainian", "Russian", "Kazakh", "Georgian", "German", "Czech", "Lithuanian",
          "English", "Romanian"]


def translation_task(r):
    src, dst = r.sample(TLANGS, 2)
    seg = fake_answer(r, num(r, 2, 6))
    return pick(r, [
        f"Translate from {src} to {dst}, keep the glossary terms (Lieferschein, SLA, settlement date) untranslated:\n{seg}",
        f"Back-translate this {dst} segment into {src} and flag any meaning drift:\n{seg}",
        f"QA check: source ({src}) and target ({dst}) below. List terminology and number errors.\nSRC: {seg}\nTGT: {fake_answer(r, 3)}",
        f"Localise this product description for the {dst} market, formal register, max {num(r, 40, 160)} words:\n{seg}",
        f"Give me three alternative {dst} renderings of: \"{pick(r, CLAIMS)}\"",
    ])


# ---------------------------------------------------------------- feeds
COMPANIES = ["Arkwell Systems", "Brightmoor Foods", "Calder Mining", "Dunmore Telecom", "Eastlake Pharma",
             "Fenwick Motors", "Greyfriars Bank", "Holloway Retail", "Inchcape Air", "Juniper Chips",
             "Kilnworth Steel", "Larkspur Media", "Morrow Logistics", "Northwind Energy"]
TEAMS = ["Rovers", "Athletic", "United", "Wanderers", "City", "Harriers", "Albion", "Town"]
PKGS = ["fastparse", "quillkit", "netmesh", "tidyframe", "zephyr-orm", "boltqueue", "lumen-ui", "grainstore"]


def feed_item(r, feed):
    if feed == "earnings":
        c = pick(r, COMPANIES)
        return f"{c} Q2 results: revenue {num(r, 100, 9000)}m ({pick(r, ['+', '-'])}{num(r, 1, 25)}.{num(r, 0, 9)}% y/y), EPS {num(r, 0, 5)}.{num(r, 10, 99)} vs {num(r, 0, 5)}.{num(r, 10, 99)} expected; guidance {pick(r, ['raised', 'cut', 'maintained'])}; CEO: \"{pick(r, CLAIMS)}\"."
    if feed == "central_bank":
        return f"Policy statement: the committee {pick(r, ['held', 'raised', 'lowered'])} the rate to {num(r, 0, 6)}.{pick(r, ['00', '25', '50', '75'])}%; vote {num(r, 5, 9)}-{num(r, 0, 3)}; inflation seen at {num(r, 1, 6)}.{num(r, 0, 9)}% next year; {fake_answer(r, 2)}"
    if feed == "sport":
        t1, t2 = r.sample(TEAMS, 2)
        return f"FT: {pick(r, CITIES)} {t1} {num(r, 0, 5)} - {num(r, 0, 5)} {pick(r, CITIES)} {t2}. Scorers: {', '.join(r.sample(NAMES, 2))}. Attendance {num(r, 3000, 60000)}. {pick(r, ['Red card in the 71st.', 'Late winner.', 'Penalty saved.', ''])}"
    if feed == "release":
        p = pick(r, PKGS)
        return f"{p} v{num(r, 1, 9)}.{num(r, 0, 30)}.{num(r, 0, 12)} released: {pick(r, ['breaking: drops python 3.9', 'fixes CVE in parser', 'new async API', 'performance +30% on large inputs'])}; {num(r, 3, 80)} PRs merged; {fake_answer(r, 2)}"
    return f"Weather alert for {pick(r, CITIES)}: {pick(r, ['heavy rain', 'heatwave', 'high winds', 'fog', 'thunderstorms'])} from {num(r, 0, 23):02d}:00, level {pick(r, ['yellow', 'amber', 'orange'])}. {fake_answer(r, 1)}"


FEED_ASKS = ["Summarise for my newsletter in 3 bullets:", "Write a one-tweet take on this:",
             "Extract the key numbers as JSON:", "Explain what this means for a retail investor:",
             "Post for our Slack channel, neutral tone:", "Short push-notification text (max 120 chars):",
             "Classify sentiment (pos/neg/neutral) and say why in one line:",
             "Draft a 60-word blog intro about:", "TL;DR please:"]


# ---------------------------------------------------------------- IDE backend
def ide_prompt(r):
    lang = pick(r, LANGS)
    k = r.random()
    if k < 0.55:
        return f"<fim_prefix>{_snippet(r, pick(r, ['Python', 'Go', 'TypeScript']))}<fim_suffix>\n<fim_middle>"
    if k < 0.8:
        return f"[{lang}] {pick(r, ['Explain the selected code', 'Why is this slow', 'Add docstrings', 'Write tests for the selection', 'Rename variables for clarity', 'Convert to async'])}:\n{_snippet(r, pick(r, ['Python', 'Go', 'TypeScript']))}"
    return f"Workspace task: {agent_goal(r)}"


# ---------------------------------------------------------------- pass@k benchmark items
def bench_item(r, i):
    if i % 2 == 0:
        return f"### Problem {i}\nWrite a function `solve_{i}(xs: list[int]) -> int` that returns {pick(r, ['the length of the longest strictly increasing run', 'the number of pairs summing to zero', 'the maximum subarray product', 'the smallest missing positive', 'the count of inversions'])}.\nReturn only the code."
    return f"Problem {i}. {_p_math(r)}\nEnd with 'Answer: <value>'."


# ---------------------------------------------------------------- nomad / misc work
def nomad_task(r):
    return pick(r, [
        chat_opening(r), dev_question(r),
        f"how do I {pick(r, ['extend my visa in', 'open a bank account in', 'find a coworking space in', 'get a local sim in'])} {pick(r, CITIES)}",
        f"convert {num(r, 50, 5000)} {pick(r, ['GEL', 'THB', 'MXN', 'AMD', 'KZT', 'EUR'])} to {pick(r, ['USD', 'GBP', 'EUR'])} roughly and explain the fees I might pay",
        f"write a status update for my team: {fake_answer(r, 2)}",
        office_task(r),
    ])


LANG_ASK = ["Answer in Russian.", "Reply in Russian, keep code comments in English.",
            "Give the explanation in Russian.", "Ответь на русском.", "Then repeat the final answer in Russian.",
            "Answer in English first, then in Russian.", "Please respond in Kazakh if you can, otherwise Russian."]


def iso_hm(ms):
    import time as _t
    return _t.strftime("%H:%M:%S", _t.gmtime(ms // 1000))
