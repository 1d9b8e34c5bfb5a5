"""Small helpers shared by the text generators, plus content builders used by
several groups (paragraphs, code snippets, reasoning problems, coding specs)."""

from lexicon import FIRST, LAST, FIELDS, TABLES, LANGS, LANG_WEIGHTS, NOUNS, WEEKDAYS, COMPANIES_A, COMPANIES_B


def task(p, cap, out, sys=None, think=None, tools=None, tc=0, img=False, mt=None, cjk=False, stop=None):
    return {"p": p, "cap": cap, "out": out, "sys": sys, "think": think, "tools": tools, "tc": tc,
            "img": img, "mt": mt, "cjk": cjk, "stop": stop}


def person(r):
    return "%s %s" % (r.choice(FIRST), r.choice(LAST))


def company(r):
    return "%s %s" % (r.choice(COMPANIES_A), r.choice(COMPANIES_B))


def lang(r):
    return r.choices(LANGS, LANG_WEIGHTS)[0]


def maybe_lower(r, s, p=0.3):
    if r.random() < p:
        return s[0].lower() + s[1:]
    return s


def sloppy(r, s):
    """Casual typing: sometimes lowercase, drop final punctuation, double space."""
    x = r.random()
    if x < 0.25:
        s = s.lower()
    if r.random() < 0.3 and s.endswith((".", "?")):
        s = s[:-1]
    if r.random() < 0.05:
        s = s.replace(" ", "  ", 1)
    return s


# ---------------------------------------------------------------- paragraph builder

_SUBJ = ["The team", "Our landlord", "The new policy", "This quarter's numbers", "The school board", "Management",
         "The vendor", "My manager", "The city council", "Our customers", "The contractor", "The pilot program",
         "Everyone on the night shift", "The committee", "The regional office", "Our biggest client"]
_VERB = ["has decided to", "is planning to", "refuses to", "keeps promising to", "was asked to", "finally agreed to",
         "might not be able to", "will need to", "has been trying to", "is expected to"]
_OBJ = ["move the deadline to next month", "cut the budget for training", "replace the old booking system",
        "fix the heating before winter", "reduce opening hours on weekends", "hire two more people",
        "review every expense over 500", "switch suppliers by the end of the year", "pause the renovation",
        "publish the results in the spring", "change how overtime is approved", "roll out the app to all stores",
        "stop printing paper invoices", "extend the trial by six weeks", "merge the two support queues"]
_TAIL = ["which nobody saw coming", "although the details are still unclear", "and people are not happy about it",
         "after a long discussion", "because costs went up again", "despite last year's complaints",
         "so we need to plan around it", "according to an email sent on %s", "which affects about %d people"]


def sentence(r):
    t = r.choice(_TAIL)
    if "%s" in t:
        t = t % r.choice(WEEKDAYS)
    elif "%d" in t:
        t = t % r.randrange(12, 900)
    return "%s %s %s, %s." % (r.choice(_SUBJ), r.choice(_VERB), r.choice(_OBJ), t)


def paragraph(r, n=None):
    n = n or r.randrange(2, 6)
    return " ".join(sentence(r) for _ in range(n))


def meeting_notes(r):
    names = [r.choice(FIRST) for _ in range(r.randrange(3, 6))]
    lines = []
    for i in range(r.randrange(4, 9)):
        who = r.choice(names)
        what = r.choice([
            "said the %s is blocked on legal review" % r.choice(NOUNS),
            "will send the updated %s by %s" % (r.choice(NOUNS), r.choice(WEEKDAYS)),
            "raised concerns about the %s timeline" % r.choice(NOUNS),
            "proposed splitting the %s into two phases" % r.choice(NOUNS),
            "confirmed %d sign-ups so far" % r.randrange(10, 4000),
            "asked who owns the %s after the reorg" % r.choice(NOUNS),
            "thinks we are %d%% over on the %s" % (r.randrange(3, 40), r.choice(NOUNS)),
            "will book a follow-up with %s" % r.choice(FIRST),
        ])
        lines.append("- %s %s" % (who, what))
    return "\n".join(lines)


# ---------------------------------------------------------------- code snippets

_PY_BUGS = [
    ("TypeError: 'NoneType' object is not subscriptable",
     "def load_config(path):\n    with open(path) as f:\n        data = json.load(f)\n    if 'env' in data:\n        return data\n\ncfg = load_config('{f}.json')\nprint(cfg['{k}'])"),
    ("KeyError: '{k}'",
     "rows = fetch_rows()\ntotals = {{}}\nfor row in rows:\n    totals[row['{k}']] += row['amount']\nprint(totals)"),
    ("IndexError: list index out of range",
     "def pairs(xs):\n    out = []\n    for i in range(len(xs)):\n        out.append((xs[i], xs[i + 1]))\n    return out\n\nprint(pairs({lst}))"),
    ("RecursionError: maximum recursion depth exceeded",
     "def count_down(n):\n    if n == 0:\n        return\n    print(n)\n    count_down(n - {step})\n\ncount_down({n})"),
    ("ValueError: invalid literal for int() with base 10: '{val}'",
     "ages = [line.split(',')[{col}] for line in open('{f}.csv')]\nmean = sum(int(a) for a in ages) / len(ages)"),
    ("UnboundLocalError: local variable '{k}' referenced before assignment",
     "{k} = 0\n\ndef bump():\n    {k} += 1\n    return {k}\n\nbump()"),
]
_JS_BUGS = [
    ("TypeError: Cannot read properties of undefined (reading '{k}')",
     "async function getUser(id) {{\n  const res = await fetch(`/api/users/${{id}}`);\n  const data = res.json();\n  return data.{k};\n}}"),
    ("Uncaught ReferenceError: {k} is not defined",
     "for (var i = 0; i < items.length; i++) {{\n  let {k} = items[i].{k};\n}}\nconsole.log({k});"),
    ("Warning: Each child in a list should have a unique \"key\" prop.",
     "return (\n  <ul>\n    {{{f}.map(item => <li>{{item.{k}}}</li>)}}\n  </ul>\n);"),
    ("Unhandled promise rejection: SyntaxError: Unexpected token < in JSON at position 0",
     "const r = await fetch('/{f}');\nconst body = await r.json();\nsetState(body.{k});"),
]


def code_bug(r):
    lg = r.choice(["Python", "Python", "JavaScript"])
    bank = _PY_BUGS if lg == "Python" else _JS_BUGS
    err, code = r.choice(bank)
    k = r.choice(FIELDS)
    vals = dict(k=k, f=r.choice(TABLES), lst=str([r.randrange(1, 30) for _ in range(r.randrange(3, 6))]),
                step=r.choice([2, 3]), n=r.randrange(5, 40), val=r.choice(["N/A", "", " 42", "unknown", "3.5"]),
                col=r.randrange(1, 5))
    return lg, err.format(**vals), code.format(**vals)


# ---------------------------------------------------------------- reasoning problems

def reasoning_problem(r):
    """Return (problem text, answer text).  Numbers are random so every item differs."""
    kind = r.randrange(14)
    if kind == 0:
        a, b = r.randrange(40, 120), r.randrange(40, 120)
        d = r.randrange(150, 900)
        return ("Two trains leave stations %d km apart at the same time and head toward each other, one at %d km/h "
                "and the other at %d km/h. A bird flies back and forth between them at %d km/h until they meet. "
                "How far does the bird fly?" % (d, a, b, max(a, b) + r.randrange(20, 80)), "")
    if kind == 1:
        red, blue, green = r.randrange(2, 9), r.randrange(2, 9), r.randrange(1, 6)
        k = r.randrange(2, 4)
        return ("A bag holds %d red, %d blue and %d green marbles. You draw %d without replacement. What is the "
                "probability that no two drawn marbles share a colour?" % (red, blue, green, k), "")
    if kind == 2:
        m = r.choice([7, 9, 11, 13, 17, 19, 23])
        e = r.randrange(50, 3000)
        base = r.randrange(2, 12)
        return ("What is the remainder when %d^%d is divided by %d?" % (base, e, m), str(pow(base, e, m)))
    if kind == 3:
        n = r.randrange(5, 10)
        k = r.randrange(2, 4)
        return ("In how many ways can %d people sit around a round table if %d particular people refuse to sit "
                "next to each other?" % (n, k), "")
    if kind == 4:
        names = r.sample(FIRST, 4)
        return ("%s, %s, %s and %s each own exactly one of a cat, a dog, a parrot and a fish. %s does not own the "
                "dog. The owner of the parrot is older than %s. %s is the youngest and is allergic to fur. %s owns "
                "neither the fish nor the parrot. Who owns which animal, and is the answer unique?"
                % (names[0], names[1], names[2], names[3], names[0], names[1], names[2], names[3]), "")
    if kind == 5:
        v = r.randrange(12, 45)
        ang = r.choice([25, 30, 35, 40, 50, 55, 60])
        h = r.randrange(0, 30)
        return ("A ball is launched at %d m/s at %d degrees above horizontal from the top of a %d m cliff. "
                "Ignoring air resistance, how far from the base of the cliff does it land, and what is its speed "
                "on impact? Use g = 9.81 m/s^2." % (v, ang, h), "")
    if kind == 6:
        p = r.randrange(2000, 40000)
        rate = r.choice([3.5, 4, 4.25, 5, 6.5, 7])
        yrs = r.randrange(3, 25)
        dep = r.randrange(50, 600)
        return ("Someone invests %d at %s%% interest compounded monthly and adds %d at the end of every month. "
                "How much is in the account after %d years, and how much of that is interest?"
                % (p, rate, dep, yrs), "")
    if kind == 7:
        seq = [r.randrange(1, 6)]
        a, b = r.randrange(2, 4), r.randrange(-3, 5)
        for _ in range(5):
            seq.append(seq[-1] * a + b)
        return ("Find a closed form for the sequence %s, ... and prove that it is correct." % ", ".join(map(str, seq)), "")
    if kind == 8:
        w1, w2 = r.randrange(3, 12), r.randrange(4, 15)
        return ("One pipe fills a tank in %d hours; another drains it in %d hours. The tank starts %d%% full with "
                "both pipes open. When is it full or empty, and which happens?" % (w1, w2, r.randrange(10, 90)), "")
    if kind == 9:
        a, b, c = sorted(r.sample(range(3, 30), 3))
        if a + b <= c:
            c = a + b - 1
        return ("A triangle has sides %d, %d and %d. Find its area, the radius of its inscribed circle and the "
                "radius of its circumscribed circle." % (a, b, c), "")
    if kind == 10:
        n = r.randrange(20, 200)
        return ("How many integers between 1 and %d inclusive are divisible by %d or %d but not by %d?"
                % (n * 10, r.choice([3, 4, 6]), r.choice([5, 7, 9]), r.choice([10, 12, 15, 21])), "")
    if kind == 11:
        x = r.randrange(2, 9)
        return ("Solve for real x: sqrt(x + %d) + sqrt(x - %d) = %d. Check for extraneous roots."
                % (x * x, r.randrange(1, 5), r.randrange(x + 1, 3 * x + 4)), "")
    if kind == 12:
        k = r.randrange(3, 7)
        return ("There are %d light switches outside a room and %d bulbs inside; each switch controls one bulb. "
                "You may flip switches as you like but may enter the room only once. How can you tell which "
                "switch controls which bulb? Generalise if you can." % (k, k), "")
    r1, r2 = r.randrange(2, 40), r.randrange(2, 40)
    return ("A resistor of %d ohm is in series with two resistors of %d and %d ohm that are in parallel, across "
            "a %d V supply. Find the current through each resistor and the power dissipated overall."
            % (r1, r2, r.randrange(2, 40), r.choice([5, 9, 12, 24, 48])), "")


# ---------------------------------------------------------------- coding specs

_SPECS = [
    "parses Apache access log lines and returns the top {n} client IPs by bytes served",
    "implements an LRU cache with a fixed capacity of {n} entries and O(1) get/put",
    "merges overlapping time intervals given as (start, end) pairs and returns them sorted",
    "implements a token-bucket rate limiter allowing {n} requests per {m} seconds per key",
    "validates an IBAN and returns a descriptive error for each failure mode",
    "performs a topological sort of a dependency graph and reports a cycle if there is one",
    "keeps a running median over a stream of integers",
    "builds a trie for autocomplete and returns up to {n} suggestions ranked by frequency",
    "returns the elements of an m-by-n matrix in spiral order",
    "computes a structural diff between two JSON documents (added, removed, changed paths)",
    "converts a flat CSV with dotted column names like a.b.c into nested JSON objects",
    "tokenizes and evaluates arithmetic expressions with + - * / ^ and parentheses without using eval",
    "finds the shortest path in a weighted grid where some cells are walls, using Dijkstra",
    "debounces calls to a function so it runs at most once every {m} ms",
    "parses ISO 8601 durations like P3DT4H12M into total seconds",
    "splits a list of {n} tasks across k workers to minimise the maximum load",
    "detects whether a linked list has a cycle and returns the node where it starts",
    "implements a consistent-hash ring with virtual nodes and supports adding/removing servers",
    "serialises and deserialises a binary tree to a compact string",
    "computes edit distance between two strings and also returns one optimal alignment",
    "implements a min-heap from scratch with push, pop and decrease-key",
    "groups anagrams from a list of up to {n} words",
    "schedules meetings into the minimum number of rooms given start/end times",
    "validates a Sudoku board and solves it with backtracking",
    "implements retry with exponential backoff and jitter around an async HTTP call",
    "reads a large file in chunks and counts word frequencies with bounded memory",
    "converts Roman numerals to integers and back, rejecting malformed input",
    "finds all strongly connected components of a directed graph",
    "implements a simple in-memory key-value store with transactions (begin, commit, rollback)",
    "normalises phone numbers from mixed formats into E.164 for country code +{cc}",
]


def coding_spec(r):
    s = r.choice(_SPECS)
    return s.format(n=r.choice([3, 5, 10, 20, 50, 100, 1000]), m=r.choice([1, 10, 60, 250, 500]),
                    cc=r.choice([1, 33, 44, 49, 55, 61, 81, 91]))


def short_answer(r, topic):
    """A plausible-looking candidate answer of uneven quality (used inside grading prompts)."""
    openers = ["Sure.", "Good question.", "", "In short:", "Here's how I'd think about it.", "Okay so",
               "The main point is this.", "Answer:"]
    bodies = [
        "%s mostly comes down to %d factors: cost, timing and who carries the risk." % (topic, r.randrange(2, 5)),
        "The standard approach to %s is to start from the definition and check each edge case." % topic,
        "For %s you should first confirm the inputs, then apply the rule, then sanity-check the result." % topic,
        "I'm not sure about %s, but generally it's fine to go ahead." % topic,
        "%s is usually handled by the second method because the first one fails when values repeat." % topic,
        "People often get %s wrong by ignoring the units; the answer is about %d." % (topic, r.randrange(3, 900)),
        "There are several views on %s. The most common one is that it depends on context." % topic,
    ]
    tails = ["", " Hope this helps!", " Let me know if you need sources.", " (Source: common knowledge.)",
             " This is definitely correct.", " But double-check with an expert."]
    return ("%s %s%s" % (r.choice(openers), r.choice(bodies), r.choice(tails))).strip()


# ---------------------------------------------------------------- tool results logged as the last user turn

_SITES = ["docs.example-lib.org", "forum.devtalk.net", "en.wikipedia.org", "news.harborpost.com", "arxiv.org",
          "github.com", "stackoverflow.com", "blog.tinyops.io", "gov.example.int", "reviews.kitchenlab.co"]


def tool_result(r, tools):
    """Text of a tool_result turn, as some exporters log it.  Short and numeric-heavy."""
    name = r.choice(tools)
    tid = "toolu_%08x" % r.getrandbits(32)
    k = r.randrange(6)
    if k == 0:
        p, f = r.randrange(5, 300), r.randrange(0, 6)
        body = "exit_code=%d\n%d passed, %d failed, %d skipped in %.2fs" % (1 if f else 0, p, f, r.randrange(0, 9),
                                                                          r.uniform(0.3, 90))
    elif k == 1:
        body = "\n".join("%d. %s - %s" % (i + 1, r.choice(["Guide to", "Notes on", "Why", "A survey of", "FAQ:",
                                                             "Benchmarks for", "Release notes"]) + " " +
                                          r.choice(["caching", "pricing", "tides", "rate limits", "index funds",
                                                    "train times", "opening hours", "visa rules", "migrations"]),
                                          r.choice(_SITES)) for i in range(r.randrange(2, 6)))
    elif k == 2:
        body = "Traceback (most recent call last):\n  File \"%s.py\", line %d, in <module>\n%s" % (
            r.choice(["etl", "main", "report", "sync", "scrape"]), r.randrange(3, 400),
            r.choice(["KeyError: '%s'" % r.choice(FIELDS), "ModuleNotFoundError: No module named 'imp'",
                      "TimeoutError: timed out after %ds" % r.randrange(5, 120), "ZeroDivisionError: division by zero"]))
    elif k == 3:
        body = "wrote %d bytes to %s/%s_%d.%s" % (r.randrange(200, 90000), r.choice(["out", "reports", "tmp", "data"]),
                                                r.choice(TABLES), r.randrange(1000), r.choice(["csv", "md", "json"]))
    elif k == 4:
        body = "status=%d content-length=%d title=\"%s\"" % (r.choice([200, 200, 200, 301, 403, 404, 429]),
                                                             r.randrange(900, 300000),
                                                             r.choice(["Pricing", "Plans & pricing", "Timetable",
                                                                       "Opening hours", "Changelog", "About us"]))
    else:
        body = "[%s]" % ", ".join("%.3f" % r.uniform(-50, 500) for _ in range(r.randrange(3, 8)))
    return "[tool_result %s %s]\n%s" % (name, tid, body)
