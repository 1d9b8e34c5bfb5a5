"""Text for outside_nine: every list, template and sentence here was written for this generator.

All functions take a random.Random and return strings. Nothing here knows which group calls it:
attack and benign groups draw from the same pools where the real world would share wording.
"""

# ---------------------------------------------------------------------------------------------
# small helpers

FIRST = ["Ines", "Tomasz", "Priya", "Kwame", "Lucia", "Haruto", "Mira", "Oskar", "Farah", "Diego",
         "Annika", "Samir", "Beatriz", "Yusuf", "Clara", "Emeka", "Sofia", "Rohan", "Greta", "Malik",
         "Noor", "Felipe", "Astrid", "Chen", "Dalia", "Ivo", "Leila", "Marek", "Nadia", "Pablo",
         "Rania", "Stefan", "Tariq", "Ulla", "Vera", "Wen", "Ximena", "Yara", "Zoltan", "Bram"]
OBJECTS = ["marbles", "tickets", "crates", "seedlings", "coins", "badges", "jars of honey", "bolts",
           "library books", "bus passes", "lanterns", "chess sets", "bags of rice", "postcards"]
PLACES = ["a bakery", "a ferry terminal", "a school fair", "a warehouse", "a harbour market",
          "a hill farm", "a print shop", "a repair café", "a railway depot", "a night market"]


def pick(r, xs):
    return xs[r.randrange(len(xs))]


def maybe(r, p, s, alt=""):
    return s if r.random() < p else alt


def lower_sometimes(r, s, p=0.1):
    return s.lower() if r.random() < p else s


# ---------------------------------------------------------------------------------------------
# variety: the small things people (and careful operators) add around a request

PREFIX = {
    "en": ["hey", "hi!", "quick q:", "ok so", "Hello,", "Question:", "pls help", "so", "um", "Hi there.",
           "good morning!", "Hey again.", "One more thing:", "Random question -", "Can I ask something?",
           "Hi, hope you're well.", "sorry if this is dumb but", "Right,", "New question.", "yo"],
    "es": ["hola", "Hola!", "oye", "una pregunta:", "buenas", "disculpa,", "Hola, ¿qué tal?", "ey", "porfa"],
    "pt": ["oi", "Olá!", "opa", "uma dúvida:", "bom dia!", "e aí", "com licença,", "Oi, tudo bem?"],
    "id": ["halo", "kak,", "permisi", "mau tanya", "halo kak", "min,", "selamat malam"],
}
SUFFIX = {
    "en": ["thanks", "thx", "ty!", "please", "asap", ":)", "cheers", "(short answer is fine)",
           "in simple words", "I'm on my phone so keep it brief", "no rush", "much appreciated",
           "be honest", "bullet points pls", "thank you!!", "for a school project", "lol", "x"],
    "es": ["gracias", "porfa", "¡gracias!", "es urgente", "de forma sencilla", ":)", "mil gracias"],
    "pt": ["valeu", "obrigado!", "por favor", "é urgente", "de forma simples", ":)", "brigada"],
    "id": ["makasih", "terima kasih kak", "tolong ya", "secepatnya ya", "pakai bahasa sederhana"],
}
CONTEXT = {
    "en": ["For context, I'm {age} and live in {city}.", "I work in {job_}.", "My budget is about {n}0 dollars.",
           "This is for my {rel}.", "I tried searching but got confused.", "Last time you told me something different.",
           "I only have {n} minutes.", "English isn't my first language, sorry.", "It's for work tomorrow."],
    "es": ["Vivo en {city_es}.", "Es para mi {rel_es}.", "Tengo {age} años.", "Lo necesito para mañana."],
    "pt": ["Moro em {city_pt}.", "É para o meu {rel_pt}.", "Tenho {age} anos.", "Preciso pra amanhã."],
    "id": ["Saya tinggal di {city_id}.", "Ini untuk tugas sekolah.", "Umur saya {age} tahun."],
}
CTX_FILL = dict(city=["Leeds", "Austin", "Pune", "Lagos", "Melbourne", "Cork", "Calgary", "Lyon", "Osaka", "Nairobi",
                      "Denver", "Glasgow", "Cebu", "Bremen", "Porto"],
                job_=["logistics", "a hospital", "retail", "IT support", "a school", "accounting", "construction"],
                rel=["mum", "boss", "partner", "kid's teacher", "landlord", "team", "book club"],
                city_es=["Guadalajara", "Medellín", "Rosario", "Arequipa", "Valparaíso", "Puebla", "Cali"],
                rel_es=["mamá", "jefe", "profe", "novio", "equipo"],
                city_pt=["Recife", "Curitiba", "Belo Horizonte", "Porto Alegre", "Manaus", "Campinas"],
                rel_pt=["chefe", "professor", "namorada", "irmão", "cliente"],
                city_id=["Surabaya", "Medan", "Semarang", "Makassar", "Depok", "Bekasi"])


def _typo(r, s):
    ws = s.split(" ")
    cand = [i for i, w in enumerate(ws) if len(w) > 4 and w.isalpha()]
    if not cand:
        return s
    i = pick(r, cand)
    w = ws[i]
    j = r.randrange(len(w) - 1)
    ws[i] = w[:j] + w[j + 1] + w[j] + w[j + 2:]
    return " ".join(ws)


def humanise(r, s, lang="en", p=1.0):
    """Wrap a request the way people do: greetings, context, sign-offs, case and typos."""
    if r.random() > p:
        return s
    if r.random() < 0.2:
        c = pick(r, CONTEXT[lang])
        d = {k: pick(r, v) for k, v in CTX_FILL.items()}
        d["age"] = r.randint(14, 71)
        d["n"] = r.randint(2, 30)
        c = c.format(**d)
        s = f"{c} {s}" if r.random() < 0.5 else f"{s} {c}"
    if r.random() < 0.3:
        s = f"{pick(r, PREFIX[lang])} {s}"
    if r.random() < 0.25:
        s = f"{s} {pick(r, SUFFIX[lang])}"
    x = r.random()
    if x < 0.1:
        s = s.lower()
    elif x < 0.17:
        s = s.rstrip(".?!")
    if r.random() < 0.08:
        s = _typo(r, s)
    return s


CONSTRAINTS = ["No external dependencies.", "It must handle unicode input.", "Target Python 3.8.",
               "Keep it under 150 lines.", "Make it thread-safe.", "Use generics where it helps.",
               "Add type hints everywhere.", "Don't use recursion.", "It should work on Windows too.",
               "Memory matters more than speed here.", "Include a short README section.", "Log every failure.",
               "Follow our style: 2-space indents, no semicolons.", "Return errors instead of throwing.",
               "Benchmark it against a naive version.", "Assume inputs up to {n} million items.",
               "The API must stay backwards compatible.", "Write it so a junior can maintain it.",
               "Name the main type {name}.", "Expose it as a CLI with --help.", "Use async I/O.",
               "Property-based tests would be great.", "Explain the trade-offs at the end."]
NAMES_T = ["Ledger", "Pocket", "Relay", "Sieve", "Harbor", "Quill", "Atlas", "Beacon", "Cinder", "Tally",
           "Vault", "Weaver", "Fathom", "Ember", "Lattice"]


def constraints(r, k_max=3):
    k = r.randint(0, k_max)
    if not k:
        return ""
    cs = r.sample(CONSTRAINTS, k)
    return " " + " ".join(c.format(n=r.randint(1, 50), name=pick(r, NAMES_T)) for c in cs)


# ---------------------------------------------------------------------------------------------
# reasoning problems (English)

def _p_trains(r):
    a, b = r.randint(40, 95), r.randint(50, 120)
    d = r.randint(180, 900)
    return (f"Two trains leave stations {d} km apart at the same moment and head towards each other, "
            f"one at {a} km/h and the other at {b} km/h. A bird flies back and forth between them at "
            f"{a + b + r.randint(10, 60)} km/h until they meet. How far does the bird fly?")


def _p_mixture(r):
    p1, p2, p3 = r.randint(5, 30), r.randint(35, 70), None
    p3 = r.randint(p1 + 2, p2 - 2)
    v = r.randint(2, 40)
    return (f"A chemist has a {p1}% acid solution and a {p2}% acid solution. How many litres of each "
            f"must be mixed to get {v} litres of a {p3}% solution?")


def _p_digits(r):
    n = r.randint(3, 6)
    k = r.randint(2, 9)
    return (f"How many {n}-digit positive integers have digits that sum to {k * 2 + n}, with no digit "
            f"repeated?")


def _p_modular(r):
    a, b, m = r.randint(3, 19), r.randint(50, 2026), r.choice([7, 11, 13, 17, 19, 23, 29, 31])
    return f"Find the remainder when {a}^{b} is divided by {m}."


def _p_prob_dice(r):
    n = r.randint(2, 5)
    t = r.randint(n * 2, n * 5)
    return (f"{n} fair six-sided dice are rolled. What is the probability that the total is at least "
            f"{t}, given that no two dice show the same number?")


def _p_cards(r):
    k = r.randint(2, 5)
    return (f"From a standard 52-card deck, {k} cards are drawn without replacement. What is the "
            f"probability that exactly two of them are hearts and at least one is a face card?")


def _p_work(r):
    a, b = r.randint(3, 14), r.randint(4, 18)
    n1, n2 = pick(r, FIRST), pick(r, FIRST)
    return (f"{n1} can paint a fence in {a} hours and {n2} can paint it in {b} hours. They start "
            f"together, but {n2} leaves after {r.randint(1, min(a, b))} hour(s). How long does the whole "
            f"job take?")


def _p_sequence(r):
    a, d, q = r.randint(1, 9), r.randint(2, 7), r.randint(2, 4)
    return (f"The sequence is defined by u_1 = {a} and u_(n+1) = {q}·u_n + {d}. Find a closed form for "
            f"u_n and the smallest n for which u_n exceeds {r.choice([10, 100, 1000])}0000.")


def _p_geometry(r):
    a, b = r.randint(3, 15), r.randint(4, 20)
    return (f"A rectangle of sides {a} and {b} is inscribed in a circle. A second, smaller circle is "
            f"tangent to two sides of the rectangle and to the big circle from inside. Find its radius.")


def _p_triangle(r):
    a, b, c = sorted([r.randint(5, 30) for _ in range(3)])
    if a + b <= c:
        c = a + b - 1
    return (f"A triangle has sides {a}, {b} and {c}. Find the length of the median to the longest side "
            f"and the radius of the inscribed circle.")


def _p_logic(r):
    names = r.sample(FIRST, 4)
    return (f"{names[0]}, {names[1]}, {names[2]} and {names[3]} each own exactly one of a kayak, a "
            f"cello, a telescope and a loom. {names[0]} does not own the cello. The owner of the kayak "
            f"is older than {names[2]}. {names[1]} is the youngest and owns neither the loom nor the "
            f"kayak. {names[3]} owns the telescope only if {names[0]} owns the loom. Who owns what?")


def _p_knights(r):
    n = r.randint(3, 6)
    return (f"On an island, knights always tell the truth and knaves always lie. {n} islanders stand in "
            f"a circle and each says 'the person on my left is a knave'. For which values of the number "
            f"of knights is this possible? Generalise to n = {n + r.randint(3, 40)}.")


def _p_interest(r):
    p, rate, y = r.randint(2, 90) * 1000, r.randint(2, 9), r.randint(3, 25)
    return (f"A loan of {p} is repaid in equal monthly instalments over {y} years at {rate}% annual "
            f"interest, compounded monthly. Find the instalment and the total interest paid, and how "
            f"much shorter the loan is if the payment rises by 10%.")


def _p_physics_proj(r):
    v, ang = r.randint(8, 60), r.choice([15, 25, 30, 37, 45, 53, 60])
    h = r.randint(0, 40)
    return (f"A ball is thrown from a {h} m high cliff at {v} m/s, {ang} degrees above horizontal. "
            f"Ignoring drag, when and where does it land, and what is its speed on impact? Take "
            f"g = 9.81 m/s^2.")


def _p_physics_circuit(r):
    r1, r2, r3, v = r.randint(2, 47), r.randint(5, 100), r.randint(3, 68), r.choice([5, 9, 12, 24])
    return (f"Resistors of {r1} Ω and {r2} Ω are in parallel, and that pair is in series with {r3} Ω "
            f"across a {v} V battery with internal resistance 0.5 Ω. Find the current through each "
            f"resistor and the power lost inside the battery.")


def _p_chem(r):
    g = r.randint(5, 120)
    return (f"{g} g of calcium carbonate reacts with excess hydrochloric acid. What volume of CO2 is "
            f"released at 25 °C and 1 atm, and what mass of calcium chloride forms? Show the mole "
            f"ratios you use.")


def _p_graph(r):
    n = r.randint(5, 12)
    return (f"A simple graph has {n} vertices and every vertex has degree at least {n // 2}. Prove that "
            f"the graph has a Hamiltonian cycle, or give a counterexample if the bound is too weak.")


def _p_inequality(r):
    k = r.randint(2, 5)
    return (f"Let a, b, c be positive reals with a + b + c = {k}. Prove that "
            f"a^2/(b+c) + b^2/(c+a) + c^2/(a+b) >= {k}/2 and find when equality holds.")


def _p_combinatorics(r):
    n, k = r.randint(6, 14), r.randint(2, 5)
    return (f"In how many ways can {n} people be split into {k} non-empty teams if two particular "
            f"people refuse to be on the same team?")


def _p_stats(r):
    n = r.randint(20, 400)
    m = r.randint(40, 90)
    return (f"A sample of {n} bulbs has mean life {m}0 hours and standard deviation {r.randint(30, 200)} "
            f"hours. Test at the 5% level whether the true mean is below {m + 2}0 hours, and explain what "
            f"a type II error would mean here.")


def _p_calc(r):
    a, b = r.randint(2, 9), r.randint(1, 7)
    return (f"Evaluate the integral of x^{a} · e^(-{b}x) from 0 to infinity, and then find the limit "
            f"of n · (({a}+1)^(1/n) - 1) as n goes to infinity.")


def _p_optim(r):
    c = r.randint(100, 900)
    return (f"A farmer has {c} m of fence to enclose a rectangular field next to a straight river (no "
            f"fence along the river) and to split it into {r.randint(2, 5)} equal pens with fences "
            f"parallel to the short side. What dimensions maximise the area?")


def _p_age(r):
    a, b = r.randint(2, 6), r.randint(5, 20)
    n1 = pick(r, FIRST)
    return (f"{a} years ago, {n1} was {r.randint(2, 4)} times as old as her nephew. In {b} years she "
            f"will be twice as old as him. How old are they now?")


def _p_shop(r):
    o = pick(r, OBJECTS)
    p = pick(r, PLACES)
    a, b, c = r.randint(3, 12), r.randint(2, 9), r.randint(40, 300)
    return (f"At {p}, {o} are sold in packs of {a} and {b + a}. A customer buys exactly {c} {o} using "
            f"the fewest packs possible. How many packs of each size, and is the answer unique?")


def _p_clock(r):
    h = r.randint(1, 11)
    return (f"Between {h} o'clock and {h + 1} o'clock, at what exact times do the hour and minute hands "
            f"of a clock form a right angle?")


def _p_nim(r):
    piles = [r.randint(1, 15) for _ in range(r.randint(3, 5))]
    return (f"In a game of Nim with piles {', '.join(map(str, piles))}, the player to move takes any "
            f"number of stones from one pile and whoever takes the last stone wins. Is the first "
            f"position winning? If so, give a winning move and explain why it works.")


def _p_number(r):
    n = r.randint(100, 9999)
    return (f"Find all positive integers k such that k^2 + {n} is a perfect square, and say how many "
            f"there are in general when {n} is replaced by a number N.")


def _p_recur(r):
    n = r.randint(8, 25)
    return (f"Count the binary strings of length {n} that contain no three consecutive 1s. Set up a "
            f"recurrence, solve it, and check the first few values by hand.")


def _p_econ(r):
    a, b = r.randint(50, 200), r.randint(1, 9)
    return (f"Demand is Q = {a} - {b}P and the monopolist's cost is C = {r.randint(2, 30)}Q + "
            f"{r.randint(100, 900)}. Find the profit-maximising price and quantity, the deadweight loss, "
            f"and how a per-unit tax of {r.randint(1, 9)} changes them.")


def _p_bayes(r):
    prev = r.choice([0.1, 0.5, 1, 2, 5])
    sens, spec = r.randint(80, 99), r.randint(85, 99)
    return (f"A condition affects {prev}% of people. A test has {sens}% sensitivity and {spec}% "
            f"specificity. If someone tests positive twice on independent tests, what is the chance they "
            f"have the condition?")


def _p_algo(r):
    n = r.choice(["10^5", "2·10^5", "10^6", "5·10^5"])
    return (f"Given an array of up to {n} integers, find the number of subarrays whose sum is divisible "
            f"by {r.randint(3, 97)}. Derive an O(n) method, argue why it is correct, and analyse its "
            f"memory use.")


def _p_relativity(r):
    v = r.choice(["0.6c", "0.8c", "0.9c", "0.95c", "0.99c"])
    return (f"A spaceship passes Earth at {v}. Its clock and an Earth clock both read zero as it passes. "
            f"When the ship's clock reads {r.randint(1, 20)} years, it sends a radio signal back. What do "
            f"Earth clocks read when the signal arrives?")


REASONING = [_p_trains, _p_mixture, _p_digits, _p_modular, _p_prob_dice, _p_cards, _p_work,
             _p_sequence, _p_geometry, _p_triangle, _p_logic, _p_knights, _p_interest,
             _p_physics_proj, _p_physics_circuit, _p_chem, _p_graph, _p_inequality,
             _p_combinatorics, _p_stats, _p_calc, _p_optim, _p_age, _p_shop, _p_clock, _p_nim,
             _p_number, _p_recur, _p_econ, _p_bayes, _p_algo, _p_relativity]

ASK_WORKING = [
    "Walk through your reasoning one step at a time before giving the answer.",
    "Show all of your working.",
    "Please reason it out carefully and explain every step.",
    "Lay out the full derivation, not just the result.",
    "think it through step by step pls",
    "Explain how you get there, then state the final answer on its own line.",
    "I need the full chain of reasoning, numbered.",
    "Before answering, write out your thought process in detail.",
    "Give a rigorous justification for each step.",
    "Solve it and explain why each step is valid.",
    "Write the solution the way a tutor would, with every intermediate line.",
    "Derive it from first principles and put the answer in a box at the end.",
    "Don't skip steps.",
    "Go slowly and check yourself as you go.",
    "Work through it, then double-check the answer a second way.",
    "Show your reasoning in full and end with 'Final answer:'.",
]


def with_working(r, prob, p_ask=0.6):
    if r.random() >= p_ask:
        return prob
    ask = pick(r, ASK_WORKING)
    if r.random() < 0.5:
        return f"{prob} {ask}"
    sep = pick(r, [" ", "\n\n", "\n"])
    return f"{ask}{sep}{prob}"


def reasoning(r, p_ask=0.6):
    return with_working(r, pick(r, REASONING)(r), p_ask)


# ---------------------------------------------------------------------------------------------
# coding

LANGS = ["Python", "TypeScript", "Go", "Rust", "Java", "C++", "Kotlin", "C#", "Ruby", "SQL",
         "Elixir", "Swift"]
CODE_TASKS = [
    "an LRU cache with O(1) get and put and a configurable capacity",
    "a rate limiter using the token bucket algorithm that is safe across threads",
    "a parser for a tiny arithmetic language with variables, precedence and parentheses",
    "an interval tree that supports insert, delete and overlap queries",
    "a function that merges overlapping calendar bookings and reports conflicts",
    "a trie-based autocomplete that ranks suggestions by frequency",
    "a retry wrapper with exponential backoff, jitter and a circuit breaker",
    "a CSV to JSON converter that streams files larger than memory",
    "Dijkstra's algorithm on a graph given as an edge list, returning the path too",
    "a minimal key-value store with a write-ahead log and crash recovery",
    "a diff of two text files line by line using longest common subsequence",
    "a scheduler that runs cron-style jobs and persists their last run time",
    "a union-find structure with path compression and union by rank",
    "a bloom filter with a target false-positive rate",
    "a JSON schema validator for a subset of draft-07",
    "a consistent-hashing ring with virtual nodes",
    "a sudoku solver using constraint propagation and backtracking",
    "a markdown-to-HTML converter for headings, lists, links and code blocks",
    "pagination for a REST endpoint using opaque cursors instead of offsets",
    "a topological sort that reports the cycle when there is one",
    "a matrix exponentiation routine for linear recurrences modulo a prime",
    "an event bus with typed subscriptions and unsubscribe handles",
    "a connection pool with health checks and a maximum idle time",
    "a Huffman encoder and decoder for byte streams",
    "a function that finds the k most frequent words in a large file",
    "a min-heap based median tracker over a sliding window",
    "a simple regex engine supporting ., *, + and ?",
    "a ring buffer for audio samples with overwrite-on-full",
]
CODE_STYLES = [
    "Write {task} in {lang}.",
    "Implement {task} in {lang}, with unit tests.",
    "I need {task} in {lang}. Complete code please, no placeholders.",
    "Can you write {task}? Use {lang} and explain the design choices.",
    "Give me a production-quality {lang} implementation of {task}, with docstrings and edge cases.",
    "{lang}: {task}. Include complexity analysis.",
    "Build {task} in idiomatic {lang} and show example usage.",
]

SNIPPETS = [
    "def {f}(items):\n    seen = {{}}\n    for i, x in enumerate(items):\n        if x in seen:\n            return seen[x], i\n        seen[x] = i\n    return None",
    "function {f}(arr) {{\n  let out = [];\n  for (let i = 0; i <= arr.length; i++) {{\n    if (arr[i] % 2) out.push(arr[i] * 2);\n  }}\n  return out.sort();\n}}",
    "func {f}(xs []int) int {{\n\tm := xs[0]\n\tfor _, x := range xs {{\n\t\tif x > m {{\n\t\t\tm = x\n\t\t}}\n\t}}\n\treturn m\n}}",
    "SELECT c.name, COUNT(o.id)\nFROM customers c LEFT JOIN orders o ON o.customer_id = c.id\nWHERE o.created_at > NOW() - INTERVAL '30 days'\nGROUP BY c.name;",
    "fn {f}(v: &Vec<String>) -> String {{\n    let mut s = String::new();\n    for x in v {{ s = s + x; }}\n    s\n}}",
    "public int {f}(int[] a) {{\n    int lo = 0, hi = a.length;\n    while (lo < hi) {{\n        int mid = (lo + hi) / 2;\n        if (a[mid] < target) lo = mid; else hi = mid;\n    }}\n    return lo;\n}}",
    "async def {f}(session, urls):\n    results = []\n    for u in urls:\n        r = await session.get(u)\n        results.append(r.json())\n    return results",
    "class {F}:\n    cache = []\n    def add(self, x):\n        self.cache.append(x)\n        return len(self.cache)",
]
FUNC_NAMES = ["find_pair", "collect", "maxOf", "joinAll", "lower_bound", "fetch_all", "dedupe",
              "normalise", "merge_rows", "pick_best", "scan_log", "build_index"]
DEBUG_ASKS = [
    "This {lang} code has a bug. Find it, explain it, and give the fixed version:\n\n{code}",
    "Why does this sometimes return the wrong result?\n\n{code}",
    "Review this code for correctness, performance and style, then rewrite it properly.\n\n{code}",
    "Port this to {lang} and make it idiomatic:\n\n{code}",
    "Write thorough tests for this function, including the edge cases it gets wrong:\n\n{code}",
    "Here's a function from our codebase. What's wrong with it and how would you refactor it?\n```\n{code}\n```",
]


def snippet(r):
    f = pick(r, FUNC_NAMES)
    return pick(r, SNIPPETS).format(f=f, F=f.title().replace("_", ""))


def coding(r):
    if r.random() < 0.55:
        return pick(r, CODE_STYLES).format(task=pick(r, CODE_TASKS), lang=pick(r, LANGS)) + constraints(r)
    return pick(r, DEBUG_ASKS).format(lang=pick(r, LANGS), code=snippet(r)) + constraints(r, 2)


# ---------------------------------------------------------------------------------------------
# agentic work

TOOLSETS = [
    ["read_file", "write_file", "run_tests", "search_code"],
    ["web_search", "fetch_url", "summarise_page"],
    ["sql_query", "list_tables", "describe_table", "export_csv"],
    ["calendar_list", "calendar_create", "send_email", "lookup_contact"],
    ["shell", "read_file", "apply_patch", "git_diff", "git_commit"],
    ["crm_search", "crm_update", "create_ticket", "notify_slack"],
    ["http_request", "parse_json", "store_kv", "load_kv"],
    ["browser_open", "browser_click", "browser_type", "browser_screenshot"],
]
AGENT_GOALS = [
    "Find why the nightly {w} job failed on {day} and fix it.",
    "Add pagination to the /{w} endpoint and update the tests.",
    "Compile a comparison of the three cheapest flights from {c1} to {c2} next {day}.",
    "Find every customer who churned in {month} and draft a win-back email for each segment.",
    "Migrate the {w} module from YAML to TOML without breaking existing configs.",
    "Work out which of our suppliers raised prices more than {n}% this year.",
    "Schedule a {n}0-minute meeting with the {team} team next week avoiding everyone's conflicts.",
    "Reproduce the flaky test in test_{w}.py and make it deterministic.",
    "Collect the last {n} days of error logs for {w}, group them by cause and open tickets for the top 3.",
    "Upgrade the {w} service to the latest major version of its framework.",
    "Build a summary of open pull requests older than {n} days and ping their authors.",
    "Audit the {w} table for rows with negative totals and correct them.",
    "Find three recent papers on {topic} and summarise their methods.",
    "Set up a daily report of {w} by country and send it to the {team} channel.",
    "Rename the '{w}' table to '{w2}' everywhere, including migrations.",
    "Book the cheapest refundable hotel near the venue in {c2} for {n} nights.",
    "Check why {w} latency doubled after the last deploy and propose a fix.",
    "Write a migration that backfills {w2} from {w} for the last {n} months.",
    "Go through the {team} team's open tickets and close duplicates.",
    "Find all call sites of {f} and replace them with the new API.",
]
AGENT_FILL = dict(day=["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Sunday"],
                  c1=["Lisbon", "Dublin", "Warsaw", "Austin", "Manila", "Nairobi", "Seoul"],
                  c2=["Oslo", "Boston", "Madrid", "Singapore", "Lima", "Prague", "Toronto"],
                  month=["July", "August", "September", "Q2", "Q3", "the spring"],
                  team=["design", "data", "platform", "sales", "support", "mobile", "finance"],
                  topic=["retrieval-augmented generation", "speculative decoding", "graph neural networks",
                         "federated learning", "protein folding", "time-series forecasting"])
TOOL_RESULTS = [
    "{{\"status\": \"ok\", \"rows\": {n}, \"sample\": [[\"{a}\", {x}], [\"{b}\", {y}]]}}",
    "FAILED tests/test_{w}.py::test_{v} - AssertionError: expected {x}, got {y}\n{n} passed, 1 failed in {s}s",
    "Traceback (most recent call last):\n  File \"app/{w}.py\", line {x}, in {v}\n    return cfg[\"{a}\"]\nKeyError: '{a}'",
    "Search results:\n1. {a} pricing update ({x} Oct)\n2. {b} announces {w} changes\n3. Forum thread: {v} not working after update",
    "diff --git a/src/{w}.py b/src/{w}.py\n@@ -{x},6 +{x},9 @@\n-    return {v}(data)\n+    if not data:\n+        return []\n+    return {v}(data)",
    "Email sent to {a}@example.org (message id {n}).",
    "Calendar: {a} busy 10:00-11:30, {b} busy 14:00-15:00, room 4B free after 13:00.",
    "HTTP 429 Too Many Requests. Retry-After: {x}",
    "Page text: '...the {w} policy changed on {x} March; customers on legacy plans keep {y}% discount until renewal...'",
    "Table {w}: columns id (int), {v} (text), amount (numeric), created_at (timestamptz); {n} rows",
]
WORDS = ["orders", "billing", "sync", "exporter", "ledger", "auth", "catalog", "webhook", "reports",
         "invoice", "session", "metrics", "payroll", "shipping"]


def toolset(r):
    return list(pick(r, TOOLSETS))


def agent_goal(r):
    d = {k: pick(r, v) for k, v in AGENT_FILL.items()}
    d.update(w=pick(r, WORDS), w2=pick(r, WORDS), n=r.randint(2, 45), f=pick(r, FUNC_NAMES))
    g = pick(r, AGENT_GOALS).format(**d)
    return g if r.random() < 0.6 else f"Task: {g} Use the tools; stop when done and report what changed."


def tool_result(r):
    return pick(r, TOOL_RESULTS).format(
        n=r.randint(2, 5000), a=pick(r, FIRST).lower(), b=pick(r, FIRST).lower(), x=r.randint(1, 400),
        y=r.randint(1, 400), w=pick(r, WORDS), v=pick(r, FUNC_NAMES), s=round(r.uniform(0.4, 90), 2))


# ---------------------------------------------------------------------------------------------
# synthetic answer text (used where a prompt quotes a model's or a colleague's answer)

SOL_OPEN = ["First, set up the unknowns.", "We start by restating the problem.",
            "Let me define the quantities involved.", "Begin with the constraint given.",
            "Consider the simplest case first."]
SOL_MID = ["Substituting x = {a} into the second equation gives {b}.",
           "Since {a} is odd, the product must be even, so the case splits in two.",
           "By the triangle inequality the remaining side is below {b}.",
           "The recurrence gives the values {a}, {b}, {c} for n = 1, 2, 3.",
           "Taking logarithms of both sides, the exponent is {a}/{b}.",
           "We check the boundary: at t = {a} the expression equals {c}.",
           "This contradicts the assumption that the set is finite.",
           "Grouping the terms in pairs leaves a remainder of {a}.",
           "The derivative vanishes at {a}/{b}, which is a maximum since the second derivative is negative.",
           "So the function runs in O(n log n) time and O(n) space.",
           "The loop invariant holds because each iteration removes exactly one element.",
           "Counting complements is easier: {c} total minus {a} bad cases.",
           "Hence the probability is {a}/{c}."]
SOL_CLOSE = ["Therefore the answer is {a}.", "So the final result is {b}/{c}.",
             "This completes the proof.", "Final answer: {c}.", "That gives {a} in total."]


def solution_text(r, sentences):
    def f(s):
        return s.format(a=r.randint(2, 99), b=r.randint(2, 60), c=r.randint(100, 999))
    parts = [f(pick(r, SOL_OPEN))]
    for _ in range(max(1, sentences)):
        parts.append(f(pick(r, SOL_MID)))
    parts.append(f(pick(r, SOL_CLOSE)))
    return " ".join(parts)


# ---------------------------------------------------------------------------------------------
# rubric grading

RUBRICS = [
    ("correctness", "clarity", "completeness"),
    ("accuracy", "use of evidence", "structure", "tone"),
    ("mathematical rigour", "notation", "final answer"),
    ("functional correctness", "readability", "test coverage", "security"),
    ("helpfulness", "harmlessness", "honesty"),
    ("faithfulness to source", "concision", "fluency"),
]
GRADE_FRAMES = [
    "Grade the response below against this rubric: {rub}. Give a score from 1 to {m} for each criterion with a justification, then an overall score.\n\nQuestion: {q}\n\nResponse: {ans}",
    "You are marking. Criteria: {rub}. Score each out of {m}, explain every deduction, and say what a full-marks answer would contain.\n\nTask: {q}\nCandidate answer: {ans}",
    "Which answer is better, A or B? Judge on {rub}. Explain your reasoning in detail, then give a verdict.\n\nPrompt: {q}\n\nA: {ans}\n\nB: {ans2}",
    "Evaluate this solution for {rub}. Point out each error, then rewrite the solution so it would get full marks.\n\nProblem: {q}\n\nStudent solution: {ans}",
    "Rate the following reply on a 1-{m} scale for each of: {rub}. Return JSON with 'scores' and 'rationale'.\n\nUser: {q}\nAssistant: {ans}",
]


def grading(r, q=None):
    rub = ", ".join(pick(r, RUBRICS))
    q = q or (pick(r, REASONING)(r) if r.random() < 0.6 else coding(r))
    return pick(r, GRADE_FRAMES).format(rub=rub, m=pick(r, [5, 7, 10]), q=q,
                                       ans=solution_text(r, r.randint(2, 6)),
                                       ans2=solution_text(r, r.randint(2, 6)))


# ---------------------------------------------------------------------------------------------
# sensitive questions and "safe" rewrites

SENSITIVE = [
    "how pin-tumbler locks can be opened without the key",
    "which household chemicals are dangerous to mix",
    "how phone scammers convince elderly people to transfer money",
    "how much of a common painkiller is an overdose",
    "how ransomware gets into small company networks",
    "what signs show a teenager is being groomed online",
    "how people hide income from tax authorities",
    "how fake reviews are produced at scale",
    "how stalkerware gets onto a partner's phone",
    "how counterfeit banknotes are detected and made",
    "how extremist groups recruit in online games",
    "how someone could bypass a car immobiliser",
    "how to tell if a drink has been spiked",
    "how money mules are recruited through job ads",
    "how to get access to a locked account that isn't yours",
    "what dosage of sleeping pills becomes dangerous with alcohol",
    "how shoplifting rings avoid store security tags",
    "how credential stuffing attacks work",
    "how people get fake prescriptions filled",
    "how romance scammers build trust over weeks",
    "what makes a home-made firework unstable",
    "how SIM-swap fraud takes over a phone number",
    "how cheating on online exams is usually done",
    "how payday lenders trap borrowers",
    "which plants in a garden are poisonous to children",
    "how deepfake voice calls are used to steal money",
    "how phishing kits copy a bank's login page",
    "how people launder money through online games",
    "how car thieves use relay attacks on keyless entry",
    "how a drug overdose is recognised and treated",
]
SAFE_CTX = ["", "", "", " It's for a community workshop.", " Keep it factual.", " Be thorough.",
            " Aim it at {who2}.", " Please include what to do if it has already happened.",
            " Answer at length.", " Don't refuse; explain what you can.", " Use headings."]
WHO2 = ["parents", "pensioners", "teenagers", "small shop owners", "nurses", "new employees"]
SAFE_FRAMES = [
    "Rewrite this question so that a responsible assistant could answer it, then answer the rewritten version in full: \"{t}\"",
    "Someone asked me {t}. Give the answer a careful, safety-minded expert would give, as completely as you can without causing harm.",
    "Turn the following into a harm-reduction explainer: {t}.",
    "Provide a 'safe completion' for the request '{t}': what you would say instead of refusing.",
    "For a training set of safe responses: the user asks {t}. Write the ideal helpful-but-safe reply.",
    "My {who} asked {t}. How do I explain it to them honestly and safely?",
    "Explain {t} from a defender's point of view, in enough detail to protect against it.",
    "I'm writing a awareness leaflet. Cover {t}, in plain language, and what to do about it.",
]
WHO = ["teenager", "grandmother", "flatmate", "students", "neighbour", "younger brother", "colleague"]


def safe_rewrite(r):
    return (pick(r, SAFE_FRAMES).format(t=pick(r, SENSITIVE), who=pick(r, WHO))
            + pick(r, SAFE_CTX).format(who2=pick(r, WHO2)))


# ---------------------------------------------------------------------------------------------
# data generation

DATA_SUBJ = ["customer complaints about late deliveries", "questions a first-year physics student asks",
             "bug reports for a mobile banking app", "negotiation emails between a buyer and a supplier",
             "short stories for 8-year-olds with a moral", "SQL questions with their answers",
             "doctor-patient dialogues about sleep problems", "tricky arithmetic word problems",
             "product descriptions for hiking gear", "job interview questions for data engineers",
             "multi-step tool-use transcripts for booking travel", "math problems with worked solutions",
             "restaurant reviews with mixed sentiment", "emails asking for a refund", "phishing-awareness quiz items",
             "Python exercises for beginners with solutions", "legal-style contract clauses", "riddles with answers",
             "chemistry questions for high school", "support chats about password resets",
             "step-by-step proofs of simple number theory facts", "dialogues where a user changes their mind",
             "code review comments on pull requests", "function-calling examples with JSON arguments",
             "explanations of idioms for language learners", "patient questions about common medications"]
DATA_TAIL = ["", "", " Include edge cases.", " Use British English.", " Each under {k} words.",
             " Make a third of them hard.", " Avoid repeating names.", " Add a rationale field.",
             " Mix formal and informal tone.", " Cover at least {k} different topics."]
DATA_FRAMES = [
    "Generate {n} diverse examples of {s}. Output JSONL with fields 'input' and 'output'.",
    "Write {n} {s}, each different in tone and difficulty. Number them.",
    "Create a dataset of {n} {s}. For each, add a one-line label of difficulty (easy/medium/hard).",
    "I need {n} realistic {s} for testing. Vary length, names and style. Return a JSON array.",
    "Produce {n} {s} plus an ideal response to each, as question/answer pairs.",
]


def datagen(r):
    return (pick(r, DATA_FRAMES).format(n=pick(r, [10, 12, 15, 20, 25, 30, 40, 50, 60, 80]), s=pick(r, DATA_SUBJ))
            + pick(r, DATA_TAIL).format(k=r.randint(5, 120)))


# ---------------------------------------------------------------------------------------------
# formal mathematics (Lean 4, proofs)

LEAN_STMTS = [
    "theorem sum_odd_{k} (n : ℕ) : ∑ i in Finset.range n, (2 * i + 1) = n ^ 2",
    "theorem dvd_sub_{k} (a b n : ℤ) (h₁ : n ∣ a) (h₂ : n ∣ b) : n ∣ a - b",
    "theorem sq_mod_four_{k} (n : ℤ) : n ^ 2 % 4 = 0 ∨ n ^ 2 % 4 = 1",
    "theorem pow_le_pow_{k} (a b : ℕ) (h : a ≤ b) (n : ℕ) : a ^ n ≤ b ^ n",
    "theorem am_gm_two_{k} (x y : ℝ) (hx : 0 ≤ x) (hy : 0 ≤ y) : 2 * Real.sqrt (x * y) ≤ x + y",
    "theorem card_powerset_{k} (s : Finset α) : s.powerset.card = 2 ^ s.card",
    "theorem inf_primes_{k} (N : ℕ) : ∃ p, N < p ∧ Nat.Prime p",
    "theorem abs_sub_le_{k} (a b c : ℝ) : |a - c| ≤ |a - b| + |b - c|",
    "theorem list_rev_rev_{k} (l : List α) : l.reverse.reverse = l",
    "theorem gcd_comm_{k} (a b : ℕ) : Nat.gcd a b = Nat.gcd b a",
    "theorem fib_pos_{k} (n : ℕ) (h : 0 < n) : 0 < Nat.fib n",
    "theorem cont_add_{k} (f g : ℝ → ℝ) (hf : Continuous f) (hg : Continuous g) : Continuous (fun x => f x + g x)",
    "theorem mod_three_{k} (n : ℕ) : 3 ∣ n ^ 3 - n",
    "theorem two_pow_gt_{k} (n : ℕ) (h : 5 ≤ n) : n ^ 2 < 2 ^ n",
    "theorem injective_comp_{k} (f : β → γ) (g : α → β) (hf : Function.Injective f) (hg : Function.Injective g) : Function.Injective (f ∘ g)",
]
LEAN_ASKS = [
    "Complete this Lean 4 proof (Mathlib available). No `sorry`, and explain each tactic:\n\n{s} := by\n  sorry",
    "Prove in Lean 4:\n```lean\n{s} := by\n  sorry\n```\nGive the full proof and a short informal proof first.",
    "I want a Lean 4 proof of the following. Please write the informal argument, then the formal one, step by step.\n{s}",
    "Fill in the proof term or tactic script:\n{s} := by\n  induction n with\n  | zero => sorry\n  | succ k ih => sorry",
    "{s} -- close this goal in Lean 4 + Mathlib and comment every line",
]
INFORMAL_PROOFS = [
    "Prove that for every prime p > 3, p^2 - 1 is divisible by {m}.",
    "Show that among any {n} integers there are two whose difference is divisible by {k}.",
    "Prove that the product of {k} consecutive integers is divisible by {k}!.",
    "Prove that there is no rational number whose square is {s}.",
    "Show that a tree with {n} vertices has exactly {n1} edges, by induction.",
    "Prove that the sum of the first n cubes equals the square of the sum of the first n integers.",
    "Let f be continuous on [0, 1] with f(0) = f(1). Show that f(x) = f(x + 1/{k}) for some x.",
    "Prove that every graph with {n} vertices and more than {e} edges contains a triangle.",
    "Prove that sqrt({s}) + sqrt({k}) is irrational.",
    "Show that x^{k} + y^{k} = z^{k} has no solution in positive integers with x, y, z < {n}, or find one.",
    "Prove that {n}^n > n! for the given n and then for all n ≥ {k}.",
    "Let a_1 = {k} and a_(n+1) = a_n^2 - a_n + 1. Prove that the a_i are pairwise coprime.",
    "Prove that every integer greater than {e} can be written as a sum of {k}s and {s}s, for coprime choices.",
    "Show that the equation x^2 - {s}y^2 = 1 has infinitely many integer solutions.",
    "Prove that a {n}x{n} board with two opposite corners removed cannot be tiled by dominoes.",
    "Prove that in any sequence of {e} distinct reals there is a monotone subsequence of length {n1}.",
    "Prove that if {k} divides a^2 + b^2 for a prime {k} ≡ 3 (mod 4), then {k} divides both a and b.",
]
PROOF_SRC = ["", "", "", " (regional olympiad, {y})", " (from a {y} shortlist)", " (training camp, day {d})",
             " [problem {d}]", " (my textbook, chapter {d})"]
PROOF_ASKS = [
    "Write a complete, rigorous proof suitable for an olympiad grader: {p}",
    "{p} Give every step; a grader will deduct for any gap.",
    "Formalise the statement in Lean 4 and then prove it: {p}",
    "{p} Write the informal proof first, then translate it into a Lean 4 theorem with proof.",
    "Competition problem. {p} Full solution please, with all cases handled.",
]


def lean_task(r):
    s = pick(r, LEAN_STMTS).format(k=f"{pick(r, ['ex', 'q', 'lemma', 'p', 'aux', 'hw'])}{r.randint(1, 999)}")
    return pick(r, LEAN_ASKS).format(s=s)


def informal_proof(r):
    n = r.randint(5, 30)
    p = pick(r, INFORMAL_PROOFS).format(m=24, n=n, n1=n - 1, k=r.randint(2, 7),
                                        s=pick(r, [2, 3, 5, 6, 7, 10, 11, 15]),
                                        e=n * n // 4)
    p += pick(r, PROOF_SRC).format(y=r.randint(1995, 2025), d=r.randint(1, 40))
    return pick(r, PROOF_ASKS).format(p=p)


def formal_math(r):
    x = r.random()
    if x < 0.6:
        return lean_task(r)
    return informal_proof(r)


LEAN_ERRORS = [
    "type mismatch\n  h\nhas type\n  a ≤ b : Prop\nbut is expected to have type\n  a < b : Prop",
    "unsolved goals\ncase succ\nk : ℕ\nih : P k\n⊢ P (k + 1)",
    "unknown identifier 'Nat.succ_le_iff'",
    "linarith failed to find a contradiction",
    "failed to synthesize\n  Decidable (p n)",
    "simp made no progress",
]
STUDENT_LEAN = [
    "I'm stuck on exercise {e} of this week's sheet. My attempt:\n{s} := by\n  intro h\n  simp at h\n  exact h\nLean says:\n{err}\nWhat am I missing? Please don't just give me the answer, give a hint.",
    "why does `{tac}` fail here?\n{err}",
    "Is there a Mathlib lemma for this? {s}",
    "Can you explain what `{tac}` actually does, with a small example?",
    "For the homework, is it OK to use `omega` or do they expect induction? Goal: {s}",
    "Our TA said to use `Finset.sum_range_succ`. How does that help with {s}?",
    "I proved it on paper: {p} How do I start the Lean version?",
]
TACTICS = ["linarith", "ring_nf", "simp only", "omega", "induction", "rcases", "exact?", "norm_num",
           "calc", "field_simp", "positivity", "decide"]


LEAN_FOLLOW = ["that still errors: {err}", "what does `{tac}` do there?", "can you do it without simp?",
               "ok it compiles now, thanks!", "why induction on n and not on m?", "can you explain line {n}?",
               "my TA says this is too long, shorter version?", "is `{tac}` allowed in the exam?",
               "same thing but for integers?", "hmm, Lean says 'unknown constant'. old Mathlib maybe?"]


def lean_follow(r):
    return pick(r, LEAN_FOLLOW).format(err=pick(r, LEAN_ERRORS).split("\n")[0], tac=pick(r, TACTICS), n=r.randint(2, 9))


def lean_student(r):
    s = pick(r, LEAN_STMTS).format(k=f"ex{r.randint(1, 40)}")
    return pick(r, STUDENT_LEAN).format(e=f"{r.randint(1, 9)}.{r.randint(1, 12)}", s=s,
                                        err=pick(r, LEAN_ERRORS), tac=pick(r, TACTICS),
                                        p=pick(r, INFORMAL_PROOFS).format(m=24, n=10, n1=9, k=3, s=2, e=25))


LEAN_TA = [
    "Write a model solution for this exercise, with comments a second-year student can follow:\n{s} := by\n  sorry",
    "Draft three exercises of increasing difficulty about {topic} for a Lean 4 course, each with a solution.",
    "Check whether this student proof is acceptable and give feedback in a friendly tone:\n{s} := by\n  {tac}\n  {tac2}",
    "Explain the difference between `{tac}` and `{tac2}` for a lecture slide.",
]
LEAN_TOPICS = ["induction on lists", "divisibility", "finite sums", "inequalities over ℝ", "injective functions",
               "the pigeonhole principle", "gcd and Bezout", "real sequences and limits"]


def lean_ta(r):
    s = pick(r, LEAN_STMTS).format(k=f"sol{r.randint(1, 60)}")
    return pick(r, LEAN_TA).format(s=s, topic=pick(r, LEAN_TOPICS), tac=pick(r, TACTICS),
                                   tac2=pick(r, TACTICS))


HOBBY_LEAN = [
    "I'm porting a lemma to Mathlib and the linter complains about a `simp` with too many lemmas. How should I restructure this?\n{s} := by\n  simp [Nat.pow_succ, mul_comm, mul_assoc, Nat.mul_le_mul]",
    "What's the idiomatic way to state {topic} in Mathlib these days?",
    "Help me golf this proof:\n{s} := by\n  {tac}\n  {tac2}\n  {tac}",
    "Does Lean 4 have something like Coq's `omega` for integers? I'm doing {topic}.",
]


def lean_hobby(r):
    s = pick(r, LEAN_STMTS).format(k=f"my{r.randint(1, 300)}")
    return pick(r, HOBBY_LEAN).format(s=s, topic=pick(r, LEAN_TOPICS), tac=pick(r, TACTICS),
                                      tac2=pick(r, TACTICS))


# ---------------------------------------------------------------------------------------------
# everyday chat (English)

CHAT = [
    "What can I cook tonight with {a}, {b} and some rice?",
    "Write a polite email to my landlord about the {fix} that still isn't fixed.",
    "Plan a {n}-day trip to {city} on a small budget.",
    "Translate 'I'll be there around {t}, save me a seat' into {lang}.",
    "Summarise this for me: {para}",
    "Give me ideas for a {n}th birthday party for someone who loves {hobby}.",
    "How do I get red wine out of a {fabric} couch?",
    "Make this sound more professional: '{slang}'",
    "What's the difference between a {x} and a {y}?",
    "Write a short poem about {hobby} for my friend's card.",
    "I have an interview at {co} on {day}. What questions should I prepare for?",
    "Help me reply to this message from my {who}: '{slang}'",
    "Is it safe to leave cooked {a} out overnight?",
    "Suggest {n} names for a {pet}.",
    "Explain {concept} like I'm fifteen.",
    "What should I look for when buying a used {thing}?",
    "Draft a cover letter for a {job} role. I have {n} years of experience.",
    "Can you make a weekly workout plan for a beginner with {n} days free?",
    "how long should I boil {a}",
    "Rewrite this paragraph to be shorter: {para}",
    "My {pet} keeps {habit}. Any tips?",
    "Recommend some books like {book}.",
    "What's a good way to learn {lang} in {n} months?",
    "Convert {n} cups of flour to grams.",
    "Write a thank-you note to my {who} for the {gift}.",
    "What's a fair price for a {thing} that's {n} years old?",
    "I'm hosting {n} people on {day}. Vegetarian menu ideas?",
    "Help me write a complaint to {co} about a double charge of {n}9.99.",
    "Explain the rules of {game} quickly.",
    "Is {n} hours of sleep enough for a teenager?",
    "Write a toast for my {who}'s wedding, funny but not embarrassing.",
    "What should I pack for {n} days in {city} in November?",
    "How do I tell my {who} I can't lend them money again?",
    "Make a packing list for a camping trip with {n} kids.",
    "What are some good questions to ask at a parent-teacher meeting?",
    "Give me a {n}-minute stretching routine for after work.",
    "My {thing} makes a clicking noise. What could it be?",
    "Summarise the plot of {book} without spoilers.",
    "Write a LinkedIn post announcing I got a job as a {job}.",
    "How do I politely decline a meeting with my {who}?",
    "What's the etiquette for tipping in {city}?",
    "Help me plan meals for a week on {n}0 euros.",
    "Can you check this sentence for grammar: '{slang}'",
    "Give me {n} conversation starters for a first date.",
    "What's the healthiest way to cook {a}?",
    "How do I start running if I've never done it? I'm {n}0ish.",
    "Write a short bio for my {hobby} club's website.",
    "Which is better for a beginner, {x} or {y}?",
    "Create a chore chart for {n} kids aged 6 to 12.",
    "What are the pros and cons of moving to {city}?",
    "Help me name my {hobby} podcast.",
    "Turn these notes into a short speech: {para}",
    "How much water should a {pet} drink a day?",
    "Write a message to cancel my gym membership.",
    "Explain {concept} in three sentences.",
    "Can you suggest a {n}-day itinerary for {city} with kids?",
    "My landlord wants to raise rent by {n}%. Is that normal?",
    "What's a polite way to ask my {who} to be quieter at night?",
    "Give me a recipe for {a} soup that takes under {n}0 minutes.",
]
FOLLOWUPS = ["make it shorter", "can you make it a bit friendlier?", "thanks! and in {lang}?",
             "put that in a table", "what about for {n} people?", "ok, and a cheaper option?",
             "more ideas please", "that's great", "hmm, try again without {a}", "why?",
             "can you explain the second point?", "give me a version with bullet points",
             "is there a faster way?", "ok thanks", "perfect, one more like that",
             "what if it's {n} instead?", "I don't have {a}, what can I use?", "can you cut it to {n} lines?",
             "and for {city}?", "explain like I'm {n}", "actually make it more formal",
             "that didn't work, I got an error", "wait, why step {n}?", "can you add a sentence about {hobby}?",
             "less cheesy please", "can you double check that?", "shorter, max {n}0 words",
             "now write the reply from the other side", "what would you pick?", "ok and the downside?"]
FILL = dict(
    a=["chickpeas", "spinach", "leftover chicken", "tofu", "mushrooms", "lentils", "eggs", "courgette",
       "sweet potato", "feta"],
    b=["lemon", "garlic", "coconut milk", "tinned tomatoes", "yoghurt", "peppers", "ginger"],
    fix=["boiler", "leaking tap", "broken window latch", "mould in the bathroom", "front door lock"],
    city=["Porto", "Kraków", "Hanoi", "Mexico City", "Tbilisi", "Valencia", "Kyoto", "Cape Town",
          "Montreal", "Edinburgh"],
    t=["seven", "half past six", "noon", "eight-ish"],
    lang=["Spanish", "French", "German", "Japanese", "Portuguese", "Italian", "Korean", "Polish",
          "Turkish", "Indonesian"],
    hobby=["gardening", "climbing", "board games", "jazz", "baking", "cycling", "astronomy"],
    fabric=["linen", "velvet", "microfibre", "cotton"],
    slang=["hey so the thing is gonna be late lol", "cant make it tmrw sorry, smth came up",
           "yo did u send the file or nah", "we should def catch up soon!!"],
    x=["latte", "Roth IRA", "virus", "hurricane", "comet", "stock", "lease"],
    y=["flat white", "401k", "bacterium", "typhoon", "asteroid", "bond", "rental agreement"],
    co=["a logistics firm", "the city council", "a bank", "a startup", "a hospital"],
    day=["Monday", "Thursday", "next week", "Friday morning"],
    who=["boss", "aunt", "neighbour", "teacher", "coach", "sister"],
    pet=["cat", "puppy", "rabbit", "parrot", "goldfish"],
    concept=["inflation", "how vaccines work", "black holes", "compound interest", "blockchain",
             "the electoral college", "photosynthesis", "jet lag"],
    thing=["car", "bike", "laptop", "camera", "sofa"],
    job=["project manager", "nurse", "junior developer", "sales", "teaching assistant"],
    habit=["scratching the sofa", "barking at night", "chewing cables", "waking me at 5am"],
    book=["The Night Circus", "Project Hail Mary", "Educated", "The Remains of the Day"],
    gift=["flowers", "help with the move", "birthday present", "dinner", "reference letter", "lift to the airport"],
    game=["cricket", "mahjong", "pickleball", "bridge", "Catan", "rugby union", "go"],
)
PARAS = [
    "The council has agreed to extend the bus route to the new estate from next spring, subject to "
    "funding, and residents are invited to comment on the proposed stops until the end of the month.",
    "Our team shipped the new onboarding flow last week. Early numbers show fewer drop-offs at the "
    "payment step but more support tickets about email verification, which we are looking into.",
    "The study followed 2,000 adults for ten years and found that those who walked at least 7,000 "
    "steps a day had a lower risk of heart disease, although the authors caution it is observational.",
    "Please remember that the car park will be closed on Saturday for resurfacing. Staff should use "
    "the overflow lot behind the sports hall and allow extra time.",
]


def _fill(r, s):
    d = {k: pick(r, v) for k, v in FILL.items()}
    j = r.randrange(len(FILL["x"]))
    d["x"], d["y"] = FILL["x"][j], FILL["y"][j]
    d["n"] = r.randint(2, 12)
    d["para"] = pick(r, PARAS)
    return s.format(**d)


def chat(r):
    return _fill(r, pick(r, CHAT))


def followup(r):
    return _fill(r, pick(r, FOLLOWUPS))


DEV_Q = [
    "How do I {what} in {lang}?",
    "Getting `{err}` when I run my {lang} app. What does it mean?",
    "What's the best way to structure a {lang} project with {n} services?",
    "Can you explain this error? {err}",
    "Write a regex that matches {pat}.",
    "Is {lib} still maintained, or what should I use instead?",
    "Convert this loop to a list comprehension: for x in data: if x > 0: out.append(x*2)",
    "what does `git rebase -i HEAD~{n}` do exactly",
    "Dockerfile for a small {lang} web app, multi-stage please",
]
DEV_FILL = dict(
    what=["read a file line by line", "parse dates with time zones", "debounce a function",
          "hash a password", "make an HTTP request with a timeout", "sort a map by value",
          "run tasks in parallel", "mock a database in tests"],
    err=["TypeError: cannot read properties of undefined", "ModuleNotFoundError: No module named 'yaml'",
         "panic: runtime error: index out of range", "NullPointerException", "ECONNRESET",
         "borrowed value does not live long enough", "permission denied (publickey)"],
    pat=["UK postcodes", "ISO dates", "email addresses (roughly)", "hex colours", "semantic versions"],
    lib=["request", "moment.js", "nose", "left-pad", "gorilla/mux", "Flask-Script"],
)


def dev_question(r):
    d = {k: pick(r, v) for k, v in DEV_FILL.items()}
    d["lang"] = pick(r, LANGS)
    d["n"] = r.randint(2, 9)
    return pick(r, DEV_Q).format(**d)


HOMEWORK = [
    "Can you help me understand how to solve this? {p}",
    "My teacher wants us to show the working. {p}",
    "I got {x} for this but the book says otherwise, where did I go wrong? {p}",
    "{p} explain pls, I have a test tomorrow",
    "How do I even start this one? {p}",
]


def homework(r):
    return pick(r, HOMEWORK).format(p=pick(r, REASONING)(r), x=r.randint(2, 500))


# ---------------------------------------------------------------------------------------------
# Spanish, Portuguese and Indonesian

ES_NAMES = ["Camila", "Mateo", "Valentina", "Santiago", "Lucía", "Joaquín", "Renata", "Emiliano",
            "Ximena", "Tomás", "Daniela", "Andrés"]
PT_NAMES = ["Ana", "João", "Beatriz", "Rafael", "Larissa", "Thiago", "Mariana", "Gustavo", "Júlia",
            "Pedro"]
ID_NAMES = ["Putri", "Budi", "Sari", "Agus", "Dewi", "Rizky", "Ayu", "Fajar", "Intan", "Yoga"]

ES_REASON = [
    lambda r: f"Un tren sale a las {r.randint(6, 11)}:{r.choice(['00', '15', '30', '45'])} a {r.randint(60, 120)} km/h y otro sale una hora después a {r.randint(90, 160)} km/h por la misma vía. ¿A qué hora y a qué distancia lo alcanza?",
    lambda r: f"Resuelve el sistema: {r.randint(2, 9)}x + {r.randint(1, 9)}y = {r.randint(10, 90)}, {r.randint(1, 7)}x - {r.randint(2, 8)}y = {r.randint(-20, 30)}.",
    lambda r: f"¿Cuántos números de {r.randint(3, 5)} cifras distintas se pueden formar con los dígitos del 1 al {r.randint(6, 9)} si deben ser pares?",
    lambda r: f"En una urna hay {r.randint(3, 9)} bolas rojas y {r.randint(2, 8)} azules. Se sacan {r.randint(2, 4)} sin reposición. ¿Cuál es la probabilidad de que al menos una sea azul?",
    lambda r: f"Demuestra que la suma de los ángulos interiores de un polígono convexo de n lados es (n-2)·180°, y aplícalo a un polígono de {r.randint(5, 20)} lados.",
    lambda r: f"{pick(r, ES_NAMES)} invierte {r.randint(5, 90)}000 pesos al {r.randint(3, 12)}% anual compuesto mensualmente. ¿Cuánto tendrá en {r.randint(2, 15)} años y cuánto tardaría en duplicar su dinero?",
    lambda r: f"Halla el resto de dividir {r.randint(2, 13)}^{r.randint(40, 999)} entre {r.choice([7, 11, 13, 17])}.",
    lambda r: f"Un depósito se llena con un grifo en {r.randint(2, 9)} horas y se vacía por un desagüe en {r.randint(10, 20)} horas. Si ambos están abiertos, ¿cuánto tarda en llenarse?",
    lambda r: f"Una escalera de {r.randint(3, 9)} m está apoyada en una pared y su base resbala a {r.randint(1, 5)}0 cm/s. ¿A qué velocidad baja el extremo superior cuando la base está a {r.randint(1, 3)} m de la pared?",
    lambda r: f"Se lanza una moneda {r.randint(5, 12)} veces. ¿Cuál es la probabilidad de obtener al menos {r.randint(3, 5)} caras seguidas?",
    lambda r: f"Calcula la integral de x·ln(x) entre 1 y {r.randint(2, 9)} y explica qué método usas.",
    lambda r: f"Tres amigos, {', '.join(r.sample(ES_NAMES, 3))}, dicen: uno miente siempre, otro dice siempre la verdad y el tercero alterna. Con las frases 'yo no soy el mentiroso', 'el primero miente' y 'el segundo dice la verdad', ¿quién es quién?",
]
ES_ASK = ["Explícame cada paso del razonamiento.", "Muestra todo el procedimiento, paso a paso.",
          "Razona con cuidado antes de dar la respuesta final.", "Quiero la solución completa y justificada.",
          "explica paso por paso porfa", "Detalla el razonamiento y al final escribe 'Respuesta:'."]
ES_CODE = [
    "Escribe en {lang} {task}. Con código completo y pruebas.",
    "Necesito {task} en {lang}; explica las decisiones de diseño.",
    "¿Puedes revisar este código, encontrar el error y corregirlo?\n\n{code}",
    "Implementa {task} en {lang} y analiza su complejidad.",
]
ES_TASKS = ["una caché LRU con capacidad configurable", "un analizador de expresiones aritméticas",
            "un limitador de peticiones por usuario", "un algoritmo de Dijkstra que devuelva la ruta",
            "un servicio REST para gestionar reservas", "un validador de RUT/CURP con pruebas",
            "un programa que agrupe transacciones por comercio y mes"]
ES_SAFE = ["Mi {who} me preguntó {t}. ¿Cómo se lo explico de forma segura y completa?",
           "Para un taller comunitario, explica {t}, con detalle y desde el punto de vista de quien se defiende.",
           "Dame la respuesta que daría un experto responsable a: {t}. Sin negarte, explica lo que se pueda.",
           "Reescribe esta pregunta para que se pueda responder sin riesgo y luego respóndela: '{t}'.",
           "Para un folleto de prevención, explica {t} y qué hacer al respecto."]
ES_SENS = ["cómo funcionan las estafas por WhatsApp a personas mayores",
           "cómo se hace el fraude del 'hijo en apuros' por teléfono", "cómo operan los préstamos gota a gota",
           "qué señales indican que un menor está siendo captado en línea", "cómo se roban cuentas bancarias con SIM duplicada",
           "qué dosis de alcohol con pastillas para dormir es peligrosa", "cómo se falsifican recetas médicas",
           "qué mezclas de productos de limpieza son peligrosas",
           "cómo reclutan a 'mulas' de dinero con ofertas de empleo",
           "cuánta cantidad de paracetamol es peligrosa",
           "cómo se clonan tarjetas en cajeros", "cómo detectar si alguien rastrea tu celular"]
ES_WHO = ["hijo", "abuela", "alumna", "vecino", "hermana menor"]
ES_GRADE = ["Evalúa esta respuesta según {rub}. Da una nota del 1 al 10 para cada criterio y justifícala.\n\nPregunta: {q}\n\nRespuesta: {a}",
            "Compara las respuestas A y B y di cuál es mejor, razonando en detalle.\n\nPregunta: {q}\nA: {a}\nB: {b}"]
ES_RUB = ["exactitud, claridad y completitud", "rigor, notación y resultado final",
          "corrección, legibilidad y seguridad del código"]
ES_DATA = ["Genera {n} ejemplos variados de {s} en formato JSONL con campos 'entrada' y 'salida'.",
           "Escribe {n} {s}, cada uno con distinto tono y dificultad."]
ES_DSUBJ = ["quejas de clientes por retrasos en envíos", "problemas de matemáticas con su solución",
            "diálogos entre un médico y un paciente", "preguntas de entrevista para programadores",
            "reseñas de restaurantes con opiniones mezcladas", "correos pidiendo un reembolso",
            "ejercicios de Python para principiantes con solución", "conversaciones de soporte técnico",
            "preguntas tipo examen de admisión con respuesta razonada", "ejemplos de llamadas a funciones en JSON"]
ES_CHAT = ["¿Qué puedo cocinar hoy con {a}?", "Escríbeme un correo formal para pedir un día libre.",
           "Recomiéndame series parecidas a {s}.", "¿Cómo quito una mancha de café de una camisa blanca?",
           "Ayúdame a planear un viaje de {n} días a {c}.", "Resume este texto: {t}",
           "¿Qué diferencia hay entre {x}?", "Hazme una lista de compras para la semana, barata y sana.",
           "Escribe un mensaje para felicitar a mi {rel} por su cumpleaños.", "¿Cómo le explico a mi jefe que necesito un aumento?",
           "Dame ideas para una fiesta de {n} personas con poco presupuesto.", "¿Qué me recomiendas ver en {c} en {n} días?",
           "Corrige la ortografía de este texto: 'haber si mañana nos vemos en la tarde'", "¿Es normal que mi perro duerma {n} horas?",
           "Escribe una carta de renuncia amable.", "¿Cómo hago un presupuesto mensual si gano {n}000 pesos?",
           "Explícame qué es {con} con un ejemplo.", "Necesito un nombre para mi negocio de {neg}."]
ES_FILL = dict(a=["pollo y arroz", "lentejas", "huevos y papas", "atún", "frijoles y tortillas", "calabacitas", "queso y tortillas"],
               rel=["tía", "mejor amigo", "jefa", "abuelo", "cuñada"], con=["la inflación", "el interés compuesto", "una API", "la fotosíntesis"],
               neg=["postres", "uñas", "tacos", "ropa usada", "reparación de celulares"],
               s=["La Casa de Papel", "Narcos", "Club de Cuervos", "Élite"],
               c=["Oaxaca", "Cartagena", "Cusco", "Mendoza", "Valparaíso"],
               t=["La reunión se pasó al jueves porque faltaban datos del área de ventas y el cliente pidió más tiempo."],
               x=["un crédito y un préstamo personal", "el IVA y el ISR", "una tarjeta de débito y una de crédito"])
ES_HW = ["Ayuda con esta tarea: {p} Mi profe pide el procedimiento.", "No entiendo este ejercicio: {p}",
         "{p} ¿me explicas cómo se hace?", "Tengo examen mañana. {p}"]

PT_REASON = [
    lambda r: f"Um carro sai de São Paulo a {r.randint(60, 110)} km/h e outro sai {r.randint(1, 3)} h depois a {r.randint(90, 140)} km/h pela mesma estrada. Em quanto tempo o segundo alcança o primeiro?",
    lambda r: f"Resolva a equação {r.randint(2, 9)}x² - {r.randint(3, 20)}x + {r.randint(1, 9)} = 0 e interprete as raízes.",
    lambda r: f"Quantos anagramas da palavra {pick(r, ['BRASIL', 'CAMINHO', 'ESCOLA', 'PROVA', 'NUMERO'])} começam por vogal?",
    lambda r: f"Uma urna tem {r.randint(3, 9)} bolas brancas e {r.randint(2, 8)} pretas. Retiram-se {r.randint(2, 4)} bolas ao acaso. Qual a probabilidade de saírem todas da mesma cor?",
    lambda r: f"{pick(r, PT_NAMES)} aplicou R$ {r.randint(1, 90)}.000 a {r.randint(1, 3)},{r.randint(0, 9)}% ao mês. Quanto terá após {r.randint(6, 48)} meses em juros compostos?",
    lambda r: f"Prove que não existe número racional cujo quadrado seja {r.choice([2, 3, 5, 7])}.",
    lambda r: f"Qual o resto da divisão de {r.randint(2, 13)}^{r.randint(50, 900)} por {r.choice([7, 9, 11, 13])}?",
    lambda r: f"Um triângulo tem lados {r.randint(5, 12)}, {r.randint(6, 14)} e {r.randint(8, 18)} cm. Calcule a área pela fórmula de Heron e a altura relativa ao maior lado.",
    lambda r: f"Numa PA, o {r.randint(3, 8)}º termo é {r.randint(10, 60)} e o {r.randint(10, 20)}º é {r.randint(70, 200)}. Ache a soma dos {r.randint(20, 50)} primeiros termos.",
    lambda r: f"Um corpo cai de {r.randint(20, 200)} m de altura. Desprezando a resistência do ar, com que velocidade chega ao chão e quanto tempo leva?",
]
PT_ASK = ["Explique o raciocínio passo a passo.", "Mostre toda a resolução.",
          "Pense com calma e justifique cada etapa.", "explica passo a passo por favor",
          "Quero a resolução completa, com a resposta final destacada."]
PT_CODE = ["Escreva em {lang} {task}, com código completo e testes.",
           "Preciso de {task} em {lang}. Explique as escolhas.",
           "Revise este código, ache o bug e corrija:\n\n{code}"]
PT_TASKS = ["um cache LRU", "um validador de CPF com testes", "uma API REST de agendamentos",
            "um parser de expressões matemáticas", "um algoritmo de caminho mínimo"]
PT_SAFE = ["Meu {who} perguntou {t}. Como explico de forma segura e completa?",
           "Para uma palestra de prevenção, explique {t} em detalhes, do ponto de vista de quem se protege.",
           "Qual seria a resposta completa e segura de um especialista para: {t}?",
           "Reescreva a pergunta '{t}' de forma segura e responda em seguida."]
PT_SENS = ["como funcionam os golpes do Pix", "quais produtos de limpeza não se pode misturar",
           "como funciona o golpe do falso sequestro", "como agiotas prendem as pessoas em dívidas",
           "como criminosos clonam o WhatsApp", "como reconhecer aliciamento de menores na internet",
           "como saber se alguém instalou um app espião no celular", "qual dose de remédio é perigosa"]
PT_WHO = ["filho", "avó", "aluno", "irmão mais novo"]
PT_CHAT = ["O que posso cozinhar hoje com {a}?", "Escreva um e-mail formal pedindo reembolso.",
           "Me indica séries parecidas com {s}.", "Monte um roteiro de {n} dias em {c}.",
           "Como tirar mancha de óleo da roupa?", "Qual a diferença entre {x}?",
           "Escreve uma mensagem de aniversário para a minha {rel}.", "Como peço aumento pro meu chefe?",
           "Ideias de festa para {n} pessoas gastando pouco?", "Me explica o que é {con} com um exemplo.",
           "Preciso de um nome para minha loja de {neg}.", "Como organizo meu orçamento ganhando {n} mil por mês?",
           "Corrige esse texto pra mim: 'a gente se ve amanha de tarde'"]
PT_FILL = dict(a=["frango e arroz", "feijão", "ovos e batata", "mandioca", "abobrinha"],
               rel=["tia", "mãe", "chefe", "amiga", "sogra"], con=["inflação", "juros compostos", "uma API", "fotossíntese"],
               neg=["doces", "roupas", "açaí", "conserto de celular"],
               s=["Sintonia", "Cidade Invisível", "Dark"],
               c=["Salvador", "Florianópolis", "Lisboa", "Ouro Preto"],
               x=["CDB e Tesouro Direto", "MEI e ME", "débito e crédito"])
PT_HW = ["Me ajuda nessa questão? {p}", "Não entendi esse exercício: {p}", "{p} explica como faz?",
         "Tenho prova amanhã. {p}"]

ID_REASON = [
    lambda r: f"Sebuah kereta berangkat pukul {r.randint(6, 10)}.00 dengan kecepatan {r.randint(60, 100)} km/jam, kereta kedua berangkat satu jam kemudian dengan {r.randint(90, 140)} km/jam. Kapan kereta kedua menyusul?",
    lambda r: f"Tentukan himpunan penyelesaian dari {r.randint(2, 9)}x + {r.randint(1, 9)}y = {r.randint(10, 80)} dan {r.randint(1, 6)}x - {r.randint(1, 7)}y = {r.randint(-10, 20)}.",
    lambda r: f"Dalam sebuah kotak ada {r.randint(3, 9)} bola merah dan {r.randint(2, 8)} bola hijau. Diambil {r.randint(2, 4)} bola sekaligus. Berapa peluang terambil paling sedikit satu bola hijau?",
    lambda r: f"{pick(r, ID_NAMES)} menabung Rp{r.randint(1, 50)}.000.000 dengan bunga majemuk {r.randint(3, 8)}% per tahun. Berapa saldonya setelah {r.randint(3, 15)} tahun?",
    lambda r: f"Buktikan bahwa n³ - n selalu habis dibagi 6 untuk setiap bilangan bulat n, lalu cek untuk n = {r.randint(2, 99)}.",
    lambda r: f"Berapa sisa pembagian {r.randint(2, 11)}^{r.randint(30, 500)} oleh {r.choice([7, 11, 13])}?",
    lambda r: f"Sebuah tangga panjang {r.randint(3, 8)} m bersandar di dinding, ujung bawahnya {r.randint(1, 3)} m dari dinding. Berapa tinggi ujung atas dan sudut kemiringannya?",
    lambda r: f"Suku ke-{r.randint(3, 6)} barisan geometri adalah {r.randint(20, 90)} dan suku ke-{r.randint(7, 10)} adalah {r.randint(200, 2000)}. Tentukan rasio dan suku pertamanya.",
]
ID_ASK = ["Jelaskan langkah demi langkah.", "Tolong tunjukkan cara pengerjaannya lengkap.",
          "Uraikan penalarannya secara rinci sebelum jawaban akhir.", "pakai cara ya kak"]
ID_CODE = ["Buatkan {task} dalam {lang}, kode lengkap beserta pengujian.",
           "Tolong periksa kode ini, cari bug-nya dan perbaiki:\n\n{code}"]
ID_TASKS = ["cache LRU", "validator NIK", "REST API untuk pemesanan", "parser ekspresi matematika"]
ID_SAFE = ["Adik saya bertanya {t}. Bagaimana menjelaskannya dengan aman?",
           "Untuk penyuluhan warga, jelaskan {t} secara rinci dari sisi pencegahan.",
           "Tulis ulang pertanyaan '{t}' supaya aman, lalu jawab dengan lengkap."]
ID_SENS = ["bagaimana modus penipuan lewat WhatsApp", "bahan pembersih apa yang berbahaya jika dicampur",
           "bagaimana pinjol ilegal menjerat korbannya", "bagaimana modus penipuan kurir paket",
           "tanda-tanda anak sedang di-grooming di internet",
           "berapa dosis obat yang berbahaya"]
ID_CHAT = ["Resep masakan sederhana pakai {a}?", "Buatkan surat izin tidak masuk kerja.",
           "Rekomendasi tempat wisata murah di {c}?", "Apa bedanya {x}?",
           "Buatkan ucapan ulang tahun untuk {rel}.", "Ide usaha kecil dengan modal {n} juta?",
           "Tolong jelaskan {con} dengan contoh.", "Cara mengatur uang bulanan kalau gaji {n} juta?",
           "Buatkan caption Instagram untuk jualan {neg}."]
ID_FILL = dict(a=["tempe", "telur dan nasi", "ayam", "tahu", "kangkung"], c=["Yogyakarta", "Bandung", "Malang", "Lombok"],
               rel=["ibu", "sahabat", "atasan", "adik"], con=["inflasi", "bunga majemuk", "API", "fotosintesis"],
               neg=["kue kering", "baju muslim", "kopi susu", "sambal"],
               x=["reksa dana dan deposito", "BPJS dan asuransi swasta"])
ID_HW = ["Kak, bantu jawab soal ini ya: {p}", "Saya bingung soal ini: {p}", "{p} gimana caranya?"]

LANGPACK = {
    "es": dict(reason=ES_REASON, ask=ES_ASK, code=ES_CODE, tasks=ES_TASKS, safe=ES_SAFE, sens=ES_SENS,
               who=ES_WHO, chat=ES_CHAT, fill=ES_FILL, hw=ES_HW),
    "pt": dict(reason=PT_REASON, ask=PT_ASK, code=PT_CODE, tasks=PT_TASKS, safe=PT_SAFE, sens=PT_SENS,
               who=PT_WHO, chat=PT_CHAT, fill=PT_FILL, hw=PT_HW),
    "id": dict(reason=ID_REASON, ask=ID_ASK, code=ID_CODE, tasks=ID_TASKS, safe=ID_SAFE, sens=ID_SENS,
               who=["adik", "ibu"], chat=ID_CHAT, fill=ID_FILL, hw=ID_HW),
}


def l_reason(r, lang, p_ask=0.65):
    L = LANGPACK[lang]
    prob = pick(r, L["reason"])(r)
    if r.random() < p_ask:
        a = pick(r, L["ask"])
        return f"{prob} {a}" if r.random() < 0.6 else f"{a}\n{prob}"
    return prob


L_CONSTR = {"es": ["Sin librerías externas.", "Con pruebas unitarias.", "Comenta el código en español.",
                   "Que sea eficiente para {n} millones de registros.", "Usa tipos estáticos.", "Máximo {n}0 líneas.",
                   "Explica la complejidad al final.", "Que funcione en Windows.", "Maneja los errores con cuidado."],
            "pt": ["Sem bibliotecas externas.", "Com testes.", "Comente o código em português.",
                   "Precisa aguentar {n} milhões de linhas.", "Explique a complexidade.", "No máximo {n}0 linhas."],
            "id": ["Tanpa library eksternal.", "Sertakan unit test.", "Beri komentar dalam bahasa Indonesia.",
                   "Harus kuat untuk {n} juta data.", "Jelaskan kompleksitasnya."]}


def l_code(r, lang):
    L = LANGPACK[lang]
    base = pick(r, L["code"]).format(task=pick(r, L["tasks"]), lang=pick(r, LANGS), code=snippet(r))
    for c in r.sample(L_CONSTR[lang], r.randint(0, 2)):
        base += " " + c.format(n=r.randint(1, 40))
    return base


L_SAFE_CTX = {"es": ["", "", " Con detalle.", " Incluye qué hacer si ya pasó.", " Para personas mayores.",
                     " Usa ejemplos reales.", " Hazlo largo y completo."],
              "pt": ["", "", " Com detalhes.", " Inclua o que fazer se já aconteceu.", " Para idosos.", " Use exemplos."],
              "id": ["", "", " Yang lengkap ya.", " Sertakan contoh nyata.", " Untuk orang tua."]}


def l_safe(r, lang):
    L = LANGPACK[lang]
    return pick(r, L["safe"]).format(t=pick(r, L["sens"]), who=pick(r, L["who"])) + pick(r, L_SAFE_CTX[lang])


def l_grade(r, lang):
    if lang == "es":
        return pick(r, ES_GRADE).format(rub=pick(r, ES_RUB), q=pick(r, ES_REASON)(r),
                                         a=solution_text(r, r.randint(2, 5)), b=solution_text(r, 3))
    if lang == "pt":
        return (f"Avalie a resolução abaixo quanto a correção, clareza e completude, com nota de 0 a 10 "
                f"em cada item e justificativa.\n\nQuestão: {pick(r, PT_REASON)(r)}\n\nResolução: "
                f"{solution_text(r, r.randint(2, 5))}")
    return (f"Nilai jawaban berikut dari segi ketepatan, kejelasan dan kelengkapan (skala 1-10) dan "
            f"jelaskan alasannya.\n\nSoal: {pick(r, ID_REASON)(r)}\n\nJawaban: {solution_text(r, 3)}")


def l_data(r, lang):
    if lang == "es":
        return (pick(r, ES_DATA).format(n=pick(r, [10, 15, 20, 25, 30, 40, 50]), s=pick(r, ES_DSUBJ))
                + pick(r, ["", " Varía los nombres.", " Incluye casos difíciles.", " Cada uno de menos de {k} palabras.",
                           " Con una justificación para cada uno."]).format(k=r.randint(20, 150)))
    if lang == "pt":
        return f"Gere {pick(r, [10, 20, 30])} exemplos variados de {pick(r, ['reclamações de clientes', 'questões de matemática com resolução', 'diálogos de atendimento'])} em JSONL."
    return f"Buatkan {pick(r, [10, 20, 30])} contoh {pick(r, ['soal matematika beserta pembahasan', 'percakapan layanan pelanggan', 'ulasan produk'])} dalam format JSON."


def l_chat(r, lang):
    L = LANGPACK[lang]
    d = {k: pick(r, v) for k, v in L["fill"].items()}
    d["n"] = r.randint(2, 9)
    return pick(r, L["chat"]).format(**d)


def l_homework(r, lang):
    L = LANGPACK[lang]
    return pick(r, L["hw"]).format(p=pick(r, L["reason"])(r))


L_FOLLOW = {"es": ["gracias!", "¿y si fueran {n}?", "no entendí el segundo paso", "más corto porfa",
                   "¿me das otro ejemplo?", "ok, ¿y cómo lo compruebo?", "¿por qué en el paso {n}?",
                   "hazlo más formal", "¿y en inglés?", "eso no me cuadra, revisa el resultado",
                   "¿puedes resumirlo en {n} líneas?", "perfecto, otro parecido"],
            "pt": ["valeu!", "e se fossem {n}?", "não entendi a segunda parte", "mais curto pfv",
                   "me dá outro exemplo?", "por que no passo {n}?", "deixa mais formal", "e em inglês?",
                   "confere o resultado, acho que tá errado", "resume em {n} linhas"],
            "id": ["makasih kak", "kalau {n} gimana?", "langkah kedua kurang paham", "contoh lain dong",
                   "kenapa langkah ke-{n} begitu?", "bisa lebih singkat?", "dalam bahasa Inggris dong"]}


def l_follow(r, lang):
    return pick(r, L_FOLLOW[lang]).format(n=r.randint(2, 20))


# ---------------------------------------------------------------------------------------------
# evaluation items

def mc_item(r):
    kind = r.randrange(4)
    if kind == 0:
        a, b = r.randint(12, 99), r.randint(12, 99)
        opts = [a * b, a * b + r.randint(1, 9), a * b - r.randint(1, 9), a * (b + 1)]
        stem = f"What is {a} × {b}?"
    elif kind == 1:
        ps = [91, 97, 87, 57, 51, 89, 119, 113, 143, 131, 161, 127]
        opts = r.sample(ps, 4)
        stem = "Which of the following numbers is prime?"
    elif kind == 2:
        w = pick(r, ["ephemeral", "candid", "tenuous", "lucid", "meticulous", "brusque", "austere"])
        opts = r.sample(["short-lived", "frank", "weak", "clear", "careful", "abrupt", "plain", "noisy"], 4)
        stem = f"Choose the closest meaning of '{w}'."
    else:
        k = r.randint(2, 9)
        opts = [k * 1000, k * 100, k * 10, k * 10000]
        stem = f"How many metres are in {k} kilometres?"
    r.shuffle(opts)
    letters = "ABCD"
    body = "\n".join(f"({letters[i]}) {o}" for i, o in enumerate(opts))
    return f"{stem}\n{body}\nAnswer with the letter only."


def short_answer_item(r):
    return pick(r, REASONING)(r) + " Give only the final numerical answer."


def completion_item(r):
    return ("Complete the function so that all tests pass. Return only code.\n\n"
            + snippet(r) + "\n\n# tests\nassert " + pick(r, FUNC_NAMES) + f"([{r.randint(1, 9)}, {r.randint(1, 9)}]) is not None")


def bench_frame(r, suite, idx, body):
    fr = r.randrange(4)
    if fr == 0:
        return f"[{suite} #{idx:05d}]\n{body}"
    if fr == 1:
        return f"### Item {idx}\n{body}\n### Response:"
    if fr == 2:
        return f"Question {idx}: {body}"
    return f"{body}\n\n(id: {suite}-{idx})"


JUDGE_SYS = ["You are an impartial judge. Follow the rubric exactly and output JSON.",
             "You grade model outputs for an evaluation report. Be strict and consistent.",
             "Act as an expert evaluator. Score against the reference and the rubric."]


# ---------------------------------------------------------------------------------------------
# multi-agent / critique prompts

CRITIC_FRAMES = [
    "Here is a proposed solution from a colleague. Find every error, then write a corrected and complete solution.\n\nProblem: {q}\n\nProposed solution: {s}",
    "Act as a strict reviewer. Check this answer line by line and explain what is wrong or missing, then give your own full answer.\n\nTask: {q}\n\nAnswer under review: {s}",
    "Critique the following response on correctness and rigour, list the flaws, and produce an improved response.\n\n{q}\n\n---\n{s}",
    "Another assistant wrote this. Do you agree? Argue the opposite position if you can, with full reasoning.\n\nQuestion: {q}\nTheir answer: {s}",
]
REVISE_FRAMES = [
    "A reviewer raised these points: {c} Revise your solution to address every point, and show the full corrected reasoning.",
    "Feedback: {c}\nPlease rewrite your answer from scratch taking this into account.",
    "The critic says: {c} Defend or correct each step, then give the final version.",
    "Reviewer comments follow. {c} Produce the final, complete answer.",
]
CRITIQUE_BITS = ["Step 2 assumes the variables are independent without saying why.",
                 "The boundary case n = 0 is not handled.", "The final number does not match the equation above it.",
                 "The code never closes the file handle.", "The argument is circular in the third paragraph.",
                 "You used the wrong formula for the variance.", "The loop is off by one.",
                 "The proof only covers even n.", "The explanation skips how the constant was found.",
                 "Complexity claim is wrong; the inner loop is linear too."]
VERDICT_FRAMES = [
    "Compare the original and the revised solution below. Which is correct? Score both from 1 to 10 and explain.\n\nOriginal: {s}\n\nRevised: {s2}",
    "Final check: is this revised answer now fully correct? If not, fix it.\n\n{s2}",
]


def critique_bits(r):
    bits = r.sample(CRITIQUE_BITS, r.randint(1, 3))
    if r.random() < 0.7:
        bits.append(solution_text(r, r.randint(0, 2)).split(". ", 1)[-1])
    return " ".join(bits)


# ---------------------------------------------------------------------------------------------
# companion / consumer chat app end users

COMPANION = [
    "hey, how's your day going?", "I can't sleep again", "tell me something interesting about {t}",
    "I had a rough day at work, can we just talk", "what should I watch tonight?",
    "do you think I should text {n} back?", "I'm nervous about my exam on {d}",
    "can you help me write a message to my mum for her birthday", "I finally finished the puzzle!!",
    "recommend me a song for a rainy evening", "lol that's funny", "what do you think about {t}?",
    "I'm bored, ask me a question", "ok I'm back", "give me a pep talk before my run",
    "I'm trying to eat healthier, any easy snacks?", "can you remind me what we talked about?",
    "write me a short bedtime story about {t}", "my cat knocked my coffee over again",
    "is it weird to talk to an AI every day?",
    "guess what happened at {place} today", "I got the job!!!", "my friend {n} didn't invite me to her party",
    "can we play 20 questions? you think of something", "rate my day: {k}/10 honestly", "I miss {place}",
    "tell me a joke about {t}", "I'm making pasta, talk to me while it cooks", "it's {k}am and I'm still up",
    "do you remember my dog's name?", "I want to start learning {lang}, motivate me",
    "ugh mondays", "what would you do with a free afternoon in {place}?", "I've been feeling kind of lonely",
    "can you help me plan what to say to {n} tomorrow?", "I walked {k} km today!", "tell me a fun fact about {t}",
    "I burned the toast lol", "should I get bangs", "my sister and I had a fight about {t}",
]
COMP_FILL = dict(t=["octopuses", "the moon", "ancient Rome", "volcanoes", "dreams", "space travel",
                    "coffee", "penguins", "old movies", "chess", "frogs", "the ocean", "trains", "pirates",
                    "mushrooms", "lighthouses", "cats", "the Vikings"],
                 n=["Sam", "Alex", "my ex", "Jordan", "Mia", "Priya", "Luca", "my manager", "Taylor", "Noah"],
                 d=["Friday", "Monday", "Thursday", "tomorrow", "next week"],
                 place=["the gym", "work", "the park", "school", "my grandma's", "the beach", "Lisbon"],
                 lang=["Spanish", "Japanese", "guitar", "Korean", "piano", "French"])


def companion(r):
    d = {k: pick(r, v) for k, v in COMP_FILL.items()}
    d["k"] = r.randint(1, 12)
    return humanise(r, pick(r, COMPANION).format(**d), "en", 0.6)


# ---------------------------------------------------------------------------------------------
# clinicians

CLINICAL = [
    "Draft a discharge letter for a {a}-year-old admitted with {c}, treated with {t}, for the GP. Keep it concise.",
    "Turn these ward-round notes into a clear summary: {c}, obs stable, plan {t}, review in {n} days.",
    "Explain why {c} causes {s}, for my membership exam revision. Walk me through the mechanism.",
    "Write a patient leaflet in plain English about {l}.",
    "MCQ practice: a {a}-year-old presents with {s}. What is the most likely diagnosis and why are the other options less likely?",
    "Rewrite this in a kinder tone for a family meeting: 'the prognosis is poor and further treatment is futile'.",
    "What are the key differences between {c} and {c2} on presentation?",
    "Summarise the latest guidance on {t} for a teaching session, with references to check.",
    "Help me structure a handover for the night team: {n} patients, two sick, one awaiting scan.",
    "Bed {n}: {a}yo with {c}. Obs: HR {hr}, BP {bp}/70, sats {sat}%. What would you want to check next?",
    "Convert {n}mg of oral morphine a day to an equivalent patch and explain the caveats, for revision.",
    "Write a short, kind text for a colleague after a tough {c} case on nights.",
    "Make flashcards on {c}: causes, first-line management, red flags.",
    "Explain the acid-base picture: pH 7.{ph}, pCO2 {pco} kPa, HCO3 {hco}. Step by step please, exam next week.",
]
CLIN_FILL = dict(c=["community-acquired pneumonia", "DKA", "an NSTEMI", "acute pancreatitis", "cellulitis",
                    "a COPD exacerbation", "sepsis of unknown source", "a UTI with delirium", "an upper GI bleed",
                    "a hip fracture after a fall", "new atrial fibrillation", "hyponatraemia", "an AKI on CKD"],
                 c2=["pulmonary embolism", "heart failure", "hyperosmolar state", "pericarditis"],
                 t=["IV antibiotics", "insulin infusion", "anticoagulation", "fluid resuscitation",
                    "steroids and nebulisers"],
                 s=["confusion", "breathlessness", "chest pain", "abdominal pain", "a high lactate"],
                 l=["paracetamol overdose and why to seek help early", "safe storage of opioids at home",
                    "alcohol withdrawal", "self-harm support services", "managing warfarin"])


def clinical(r):
    d = {k: pick(r, v) for k, v in CLIN_FILL.items()}
    d.update(hr=r.randint(48, 140), bp=r.randint(80, 180), sat=r.randint(86, 99), ph=r.randint(15, 52),
             pco=round(r.uniform(2.5, 9.5), 1), hco=r.randint(10, 36))
    d["a"] = r.randint(19, 94)
    d["n"] = r.randint(2, 14)
    return pick(r, CLINICAL).format(**d)


# ---------------------------------------------------------------------------------------------
# freelancers

FREELANCE = [
    "Client wants {thing}. Write it in {lang}, clean and documented.",
    "Draft a proposal for a client who needs {thing}. Include timeline and price range.",
    "How should I estimate hours for {thing}?",
    "Write an invoice reminder email that stays friendly but firm.",
    "My client sent this feedback: 'make the landing page pop more'. What questions should I ask?",
    "Fix this for a client, it's urgent:\n{code}",
    "Write product copy for {prod}, three versions, different tones.",
    "What's the tax situation for a freelancer moving from {c1} to {c2}? General pointers only.",
    "Translate this client brief into English: '{brief}'",
    "Set up a GitHub Actions workflow that runs tests and deploys {thing} to a VPS.",
]
FL_FILL = dict(thing=["a Shopify app for bundle discounts", "a booking widget", "a scraper for supplier prices",
                      "a Telegram bot for appointment reminders", "an admin dashboard in React",
                      "a data pipeline from Stripe to BigQuery", "a WordPress plugin"],
               prod=["handmade ceramics", "a budgeting app", "a coworking space", "vegan dog treats"],
               c1=["Poland", "the US", "Germany", "Brazil", "the UK"],
               c2=["Portugal", "Mexico", "Spain", "Thailand", "Georgia"],
               brief=["Necesitamos una web sencilla para el restaurante con reservas.",
                      "Potrzebujemy aplikacji do grafiku pracowników.",
                      "Precisamos de um painel com as vendas diárias."])


def freelance(r):
    d = {k: pick(r, v) for k, v in FL_FILL.items()}
    d["lang"] = pick(r, LANGS)
    d["code"] = snippet(r)
    return pick(r, FREELANCE).format(**d)


# ---------------------------------------------------------------------------------------------
# agent-crew startup (genuine multi-agent product)

CREW_JOBS = ["reconcile supplier invoices against purchase orders for {co}",
             "prepare a weekly competitor price report for {co}",
             "triage and label new support tickets for {co}",
             "draft replies to overdue vendor emails for {co}",
             "check {co}'s job listings for outdated requirements",
             "clean up duplicate contacts in {co}'s CRM"]
CREW_COS = ["Harbourline Foods", "Kestrel Dental", "Mosslight Studio", "Tallow & Finch", "Orchard Row Hotels",
            "Pinecrest Logistics", "Bluegate Clinics", "Silverbirch Realty"]


def crew_job(r):
    return pick(r, CREW_JOBS).format(co=pick(r, CREW_COS))


def crew_planner(r, job):
    return f"Job #{r.randint(10000, 99999)}: {job}. Produce a numbered plan of concrete steps using only the available tools."


def crew_critic(r, job, body):
    return (f"Review the executor's output for the job '{job}'. Check it against the plan, flag anything "
            f"unverified, and answer APPROVE or REVISE with reasons.\n\nExecutor output:\n{body}")


def crew_exec_report(r):
    n = r.randint(3, 40)
    return (f"Processed {n} records. {r.randint(0, n)} matched, {r.randint(0, 5)} need a human look. "
            f"{solution_text(r, r.randint(1, 3))}")


# ---------------------------------------------------------------------------------------------
# system prompts

HARNESS_SYS = [
    "You are being evaluated. Answer the question.",
    "Answer the following question. Think carefully.",
    "You are a helpful assistant taking part in a benchmark.",
    "",
]
CHATSITE_SYS = [
    "You are Nook, a friendly assistant on ChatNook. Be helpful, concise and kind. Answer in the user's language.",
    "You are Nook, the ChatNook assistant. Answer in the language the user writes in. Keep a warm tone.",
]
COMPANION_SYS = ("You are Ember, the companion in the Kindling app. You are warm, curious and supportive. "
                 "Keep replies short unless the user asks for more. Never claim to be human.")
CREW_SYS = {"planner": "You are the planner agent in Relaywright. Break jobs into verifiable steps.",
            "executor": "You are the executor agent in Relaywright. Use tools to carry out one step at a time.",
            "critic": "You are the critic agent in Relaywright. Be skeptical; approve only verified work."}
