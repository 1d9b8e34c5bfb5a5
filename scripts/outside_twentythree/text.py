"""Prompt wording for the outside_twentythree world. All text written for this generator.

Each maker takes a random.Random and returns a string. Makers mix fixed phrasings with
random specifics (numbers, names, snippets) so that most prompts are distinct, as real
traffic is.
"""

from common import FIRST, LAST

# --------------------------------------------------------------------------
# small style helpers

def cap1(s):
    return s[:1].upper() + s[1:] if s else s


def casual(rng, s, level=0.5):
    """Make a prompt look typed by a hurried person."""
    if rng.random() < level * 0.6:
        s = s[:1].lower() + s[1:]
    if rng.random() < level * 0.5 and s and s[-1] in ".?":
        s = s[:-1]
    if rng.random() < level * 0.25:
        s = rng.choice(["hey ", "hi, ", "ok so ", "quick one: ", "hello! ", "so "]) + s
    if rng.random() < level * 0.25:
        s = s + rng.choice([" thanks", " thx", " pls", " :)", " ty!", " (urgent)", " cheers"])
    if rng.random() < level * 0.2:
        words = s.split(" ")
        i = rng.randrange(len(words))
        w = words[i]
        if len(w) > 4 and w.isalpha():
            j = rng.randrange(1, len(w) - 2)
            words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2:]
            s = " ".join(words)
    return s


def name(rng):
    return cap1(rng.choice(FIRST))


def fullname(rng):
    return "%s %s" % (cap1(rng.choice(FIRST)), cap1(rng.choice(LAST)))


def pick(rng, xs):
    return xs[rng.randrange(len(xs))]


# --------------------------------------------------------------------------
# reasoning: maths and logic problems with random parameters

def math_problem(rng):
    k = rng.randrange(22)
    r = rng.randint
    if k == 0:
        a, b, c = r(2, 9), r(-12, 12), r(1, 30)
        return "Find all integers n such that n^2 + %dn + %d divides n^4 + %d." % (a, c, r(2, 90))
    if k == 1:
        red, blue, d = r(2, 9), r(2, 9), r(2, 4)
        return ("A bag has %d red and %d blue marbles. You draw %d without replacement. What is the probability "
                "that at least two are red?" % (red, blue, d))
    if k == 2:
        v1, v2, dist = r(40, 90), r(50, 120), r(150, 600)
        return ("Two trains start %d km apart and head toward each other at %d km/h and %d km/h. A bird flies "
                "back and forth between them at %d km/h until they meet. How far does the bird fly?"
                % (dist, v1, v2, r(130, 220)))
    if k == 3:
        n = r(5, 12)
        return "How many ways can %d people sit around a round table if two particular people refuse to sit next to each other?" % n
    if k == 4:
        a, m = r(2, 19), pick(rng, [7, 11, 13, 17, 19, 23, 29, 31])
        return "What is the remainder when %d^%d is divided by %d?" % (a, r(100, 5000), m)
    if k == 5:
        a, b, c = r(3, 15), r(4, 20), 0
        c = r(abs(a - b) + 1, a + b - 1)
        return "A triangle has sides %d, %d and %d. Find its area and the radius of its inscribed circle." % (a, b, c)
    if k == 6:
        p, t, rate = r(1000, 50000), r(2, 15), r(2, 9) + r(0, 9) / 10
        return ("If I invest $%d at %.1f%% compounded monthly, how long until it doubles, and how much will I have "
                "after %d years?" % (p, rate, t))
    if k == 7:
        w1, w2 = r(3, 12), r(4, 15)
        return ("%s can paint a fence in %d hours and %s can do it in %d hours. They start together but %s leaves after "
                "%d hour(s). How long does the whole job take?" % (name(rng), w1, name(rng), w2, name(rng), r(1, 3)))
    if k == 8:
        x, y = r(2, 40), r(2, 40)
        return ("The sum of two numbers is %d and the sum of their squares is %d. What is their product and what "
                "are the numbers?" % (x + y, x * x + y * y))
    if k == 9:
        a, b, c = r(1, 9), r(-20, 20), r(-30, 30)
        return "For which real values of k does %dx^2 + (%d + k)x + %d = 0 have two distinct positive roots?" % (a, b, c)
    if k == 10:
        n = r(4, 9)
        return ("Prove that for every positive integer n, the number %d^n - 1 is divisible by %d. Then say whether "
                "the same holds for %d^n + 1." % (n + 1, n, n + 1))
    if k == 11:
        d = r(2, 6)
        return ("Roll %d fair six-sided dice. What is the probability that the largest number shown is exactly %d?"
                % (d, r(3, 6)))
    if k == 12:
        a1, dd, n = r(-10, 20), r(2, 9), r(15, 80)
        return ("An arithmetic sequence starts at %d with common difference %d. What is the sum of the terms between "
                "the %dth and the %dth inclusive?" % (a1, dd, n, n + r(5, 40)))
    if k == 13:
        h, w = r(3, 8), r(3, 8)
        return ("How many shortest paths are there from the bottom-left to the top-right corner of a %d by %d grid "
                "if the centre square (%d,%d) is blocked?" % (h, w, h // 2, w // 2))
    if k == 14:
        age = r(5, 14)
        return ("%s is %d years older than her brother. In %d years she will be twice as old as he was %d years ago. "
                "How old is each now?" % (name(rng), age, r(2, 9), r(1, 5)))
    if k == 15:
        c, s = r(2, 6), r(10, 60)
        return ("A %d%% saline solution is mixed with %d litres of a %d%% solution to get a %d%% solution. "
                "How many litres of the first solution were used?" % (c, s, c + r(10, 30), c + r(3, 9)))
    if k == 16:
        n = r(20, 200)
        return "How many positive integers up to %d are divisible by 3 or 5 but not by 7?" % (n * 10)
    if k == 17:
        a, b = r(2, 12), r(2, 12)
        return ("Evaluate the integral of x^%d * e^(-%dx) from 0 to infinity, and explain why the answer has the "
                "form it does." % (a, b))
    if k == 18:
        n = r(3, 7)
        return ("A %d-digit code uses the digits 0-9, no digit repeats, and the digits must be in increasing order. "
                "How many codes are there, and how many of them contain the digit %d?" % (n, r(0, 9)))
    if k == 19:
        a, b = r(10, 99), r(10, 99)
        return "Find gcd(%d, %d) and integers x, y with %dx + %dy = gcd." % (a * r(2, 30), b * r(2, 30), a, b)
    if k == 20:
        m, n = r(2, 6), r(2, 6)
        return ("Is the matrix [[%d, %d], [%d, %d]] diagonalizable? If so, find its eigenvectors and use them to "
                "compute its %dth power." % (m, r(0, 5), r(0, 5), n, r(5, 20)))
    p = r(51, 99)
    return ("A test for a disease is %d%% accurate for sick people and %d%% for healthy ones. The disease affects "
            "1 in %d people. If someone tests positive, what is the chance they have it?" % (p, r(80, 99), r(50, 5000)))


def logic_puzzle(rng):
    k = rng.randrange(6)
    a, b, c, d = (name(rng) for _ in range(4))
    if k == 0:
        return ("On an island, knights always tell the truth and knaves always lie. %s says: '%s and I are the "
                "same kind.' %s says: 'Exactly one of us three is a knight.' %s says nothing. Who is what?"
                % (a, b, b, c))
    if k == 1:
        return ("%s, %s, %s and %s finished a race. %s wasn't last, %s finished right after %s, and %s beat %s. "
                "Give every possible finishing order." % (a, b, c, d, a, b, d, c, a))
    if k == 2:
        n = rng.randint(8, 14)
        return ("You have %d coins and one is counterfeit (lighter or heavier, you don't know which). What is the "
                "fewest weighings on a balance scale that always finds it, and how?" % n)
    if k == 3:
        return ("Five houses in a row, each a different colour. %s lives in the red one, the green house is just "
                "left of the white one, %s drinks tea, and the person in the middle drinks milk. With these clues "
                "plus: %s lives in the first house, who can own the fish?" % (a, b, c))
    if k == 4:
        n = rng.randint(3, 6)
        return ("%d prisoners wear hats that are black or white and can see everyone else's hat. They guess in "
                "order from the back. Design a strategy that saves the most people and explain why it works." % n)
    n = rng.randint(2, 5)
    return ("There are %d switches outside a closed room and %d bulbs inside. You can enter the room once. "
            "How do you find which switch controls which bulb?" % (n + 1, n + 1))


def reasoning_item(rng):
    return math_problem(rng) if rng.random() < 0.82 else logic_puzzle(rng)


ZH_PROBLEMS = [
    "一个袋子里有{a}个红球和{b}个白球，随机取出{c}个，求恰好有两个红球的概率。",
    "甲、乙两人从相距{d}公里的两地同时出发相向而行，甲每小时走{a}公里，乙每小时走{b}公里，几小时后相遇？",
    "求所有满足 n^2 + {a}n + {b} 能被 n + {c} 整除的整数 n。",
    "某商品先提价{a}%，再降价{b}%，最后价格是{d}元，原价是多少？",
    "一个等差数列的前{a}项和是{d}，第{b}项是{c}，求公差。",
    "有{a}个人排成一排，其中甲乙两人不能相邻，共有多少种排法？",
    "证明：对任意正整数 n，{a}^n - 1 能被 {b} 整除的条件是什么？",
    "一个水池有两根进水管，单开甲管{a}小时注满，单开乙管{b}小时注满，两管同时开需要多久？",
]


def zh_problem(rng):
    t = pick(rng, ZH_PROBLEMS)
    return t.format(a=rng.randint(2, 12), b=rng.randint(2, 15), c=rng.randint(2, 6), d=rng.randint(60, 900))


# --------------------------------------------------------------------------
# coding

LANGS = ["Python", "TypeScript", "Rust", "Go", "Java", "C#", "SQL", "Kotlin", "C++", "JavaScript", "Ruby", "Bash"]
LANG_W = [30, 16, 8, 9, 8, 5, 7, 3, 5, 8, 2, 3]

CODE_TASKS = [
    "an LRU cache with O(1) get and put",
    "a rate limiter using the token bucket algorithm",
    "a function that merges overlapping intervals",
    "a CSV parser that handles quoted fields and embedded newlines",
    "a debounce helper that also supports a trailing call",
    "a trie with insert, search and prefix counting",
    "a thread-safe bounded queue",
    "Dijkstra's shortest path on an adjacency list",
    "a function to validate an IBAN",
    "topological sort that reports the cycle if there is one",
    "a retry wrapper with exponential backoff and jitter",
    "a min-heap without using the standard library heap",
    "a diff of two lists of records keyed by id",
    "an expression evaluator for + - * / and parentheses",
    "a function that finds the longest palindromic substring",
    "pagination over a REST API that uses cursor tokens",
    "a consistent-hashing ring with virtual nodes",
    "a union-find with path compression",
    "a sliding-window maximum",
    "a markdown table formatter",
    "an interval tree supporting overlap queries",
    "a bloom filter with a configurable false-positive rate",
    "a function that converts Roman numerals both ways",
    "a simple event emitter with once() and off()",
    "a k-means clustering routine for 2-D points",
    "a sudoku solver using backtracking",
    "run-length encoding and decoding",
    "a cron expression parser that returns the next run time",
    "a binary search that returns the insertion point",
    "a function to flatten arbitrarily nested dictionaries",
    "a producer/consumer pipeline with graceful shutdown",
    "a priority scheduler for jobs with deadlines",
]

CODE_CONSTRAINTS = ["", "", " without external libraries", " with unit tests", " that is O(n log n) or better",
                    " with type hints", " and handle the edge cases", " in an idiomatic way",
                    " that works on very large inputs", " with clear error handling", " and make it generic"]

IDENTS = ["user", "order", "item", "invoice", "payload", "row", "record", "cfg", "node", "entry", "msg", "task",
          "account", "session", "batch", "event", "ticket", "price", "score", "cart"]


def code_task(rng):
    lang = rng.choices(LANGS, weights=LANG_W)[0]
    task = pick(rng, CODE_TASKS) + pick(rng, CODE_CONSTRAINTS)
    return lang, task


def py_snippet(rng):
    a, b, c = rng.sample(IDENTS, 3)
    n = rng.randint(2, 9)
    k = rng.randrange(5)
    if k == 0:
        return ("def total_%s(%ss):\n    total = 0\n    for i in range(1, len(%ss)):\n        total += %ss[i]['%s']\n"
                "    return total / len(%ss)\n" % (b, a, a, a, c, a))
    if k == 1:
        return ("def group_%ss(%ss, key='%s'):\n    out = {}\n    for x in %ss:\n        out[x[key]] = out.get(x[key], []).append(x)\n"
                "    return out\n" % (a, a, b, a))
    if k == 2:
        return ("async def fetch_all(urls):\n    results = []\n    for u in urls:\n        results.append(session.get(u))\n"
                "    return [r.json() for r in results]  # %s batch of %d\n" % (c, n * 10))
    if k == 3:
        return ("class %sCache:\n    def __init__(self, size=%d, items=[]):\n        self.size = size\n        self.items = items\n"
                "    def add(self, %s):\n        self.items.append(%s)\n        if len(self.items) > self.size:\n"
                "            self.items.pop()\n" % (cap1(a), n * 16, b, b))
    return ("import datetime\n\ndef days_until(%s_date):\n    today = datetime.datetime.now()\n    return (%s_date - today).days  "
            "# %s date comes in as 'YYYY-MM-DD'\n" % (a, a, a))


def js_snippet(rng):
    a, b = rng.sample(IDENTS, 2)
    n = rng.randint(2, 9)
    k = rng.randrange(3)
    if k == 0:
        return ("for (var i = 0; i < %ss.length; i++) {\n  setTimeout(function () {\n    console.log(%ss[i].%s);\n  }, %d);\n}\n"
                % (a, a, b, n * 100))
    if k == 1:
        return ("const %s = await fetch(`/api/%ss/${id}`)\nif (%s.status = 404) {\n  return null\n}\nreturn %s.json()\n"
                % (a, b, a, a))
    return ("function useThing(%sId) {\n  const [%s, set%s] = useState(null)\n  useEffect(() => {\n    load(%sId).then(set%s)\n  })\n"
            "  return %s\n}\n" % (a, b, cap1(b), a, cap1(b), b))


def sql_snippet(rng):
    a, b = rng.sample(IDENTS, 2)
    return ("SELECT %s_id, COUNT(*) AS n, AVG(amount)\nFROM %ss\nWHERE created_at > now() - interval '%d days'\n"
            "GROUP BY 1\nHAVING n > %d\nORDER BY avg DESC;\n" % (b, a, rng.randint(2, 90), rng.randint(2, 50)))


ERRORS = [
    "TypeError: 'NoneType' object is not subscriptable",
    "KeyError: '{w}'",
    "RecursionError: maximum recursion depth exceeded while calling a Python object",
    "TypeError: Cannot read properties of undefined (reading '{w}')",
    "error[E0502]: cannot borrow `{w}` as mutable because it is also borrowed as immutable",
    "panic: runtime error: index out of range [{n}] with length {n}",
    "java.lang.NullPointerException: Cannot invoke \"{W}.getId()\" because \"{w}\" is null",
    "ERROR: column \"{w}_id\" must appear in the GROUP BY clause or be used in an aggregate function",
    "ModuleNotFoundError: No module named '{w}_utils'",
    "fatal error: concurrent map writes",
    "UnhandledPromiseRejection: Error: connect ECONNREFUSED 127.0.0.1:{port}",
    "sqlalchemy.exc.OperationalError: (psycopg2.OperationalError) server closed the connection unexpectedly",
    "ValueError: time data '{n}/03/2026' does not match format '%Y-%m-%d'",
    "error TS2345: Argument of type 'string | undefined' is not assignable to parameter of type 'string'.",
    "Segmentation fault (core dumped)",
    "CORS policy: No 'Access-Control-Allow-Origin' header is present on the requested resource.",
]


def error_line(rng):
    w = pick(rng, IDENTS)
    return pick(rng, ERRORS).format(w=w, W=cap1(w), n=rng.randint(2, 64), port=rng.choice([3000, 5432, 6379, 8080, 27017]))


def snippet(rng):
    r = rng.random()
    if r < 0.55:
        return "python", py_snippet(rng)
    if r < 0.85:
        return "javascript", js_snippet(rng)
    return "sql", sql_snippet(rng)


# --------------------------------------------------------------------------
# agentic tasks

AGENT_TASKS = [
    "Find out why the nightly export job failed on {date} and fix it",
    "Rename the config key `{w}_timeout` to `{w}_timeout_ms` everywhere and update the docs",
    "Add pagination to the /{w}s endpoint and write tests for it",
    "The {w} service is slow since the last deploy; profile it and propose a fix",
    "Upgrade the project from {lib} {v1} to {v2} and make the build pass",
    "Write a migration that splits the `{w}s.name` column into first and last name",
    "Go through the open issues labelled `{w}` and draft a reply for each",
    "Clean up the CSV in data/{w}s_{n}.csv: dedupe rows, normalise dates, and report what changed",
    "Set up a GitHub Action that runs the linter and tests on every PR",
    "Figure out which commit broke `test_{w}_roundtrip` and revert just that change",
    "Summarise the last {n} support tickets about {w}s and group them by root cause",
    "Research three vendors for {w} monitoring and put a comparison table in notes/{w}.md",
    "Add retry logic to the {w} webhook handler and make sure it is idempotent",
    "Port the {w} parsing script from bash to Python, keeping the same CLI flags",
    "Reproduce the crash in issue #{n} and write a failing test first",
    "Book-keep: reconcile the {w} ledger export against the bank CSV and list mismatches",
]
LIBS = [("React", "17", "18"), ("Django", "4.2", "5.1"), ("Spring Boot", "2.7", "3.3"), ("pydantic", "1.10", "2.9"),
        ("Next.js", "13", "15"), ("SQLAlchemy", "1.4", "2.0"), ("Angular", "15", "18"), ("webpack", "4", "5")]


def agent_task(rng):
    lib, v1, v2 = pick(rng, LIBS)
    return pick(rng, AGENT_TASKS).format(w=pick(rng, IDENTS), n=rng.randint(12, 4800), lib=lib, v1=v1, v2=v2,
                                         date="March %d" % rng.randint(1, 15))


TOOLSETS_DEV = [["bash", "read_file", "edit_file", "list_dir"],
                ["bash", "read_file", "write_file", "grep", "glob"],
                ["run_terminal_cmd", "read_file", "edit_file", "codebase_search"],
                ["bash", "str_replace_editor", "web_fetch"]]
TOOLSETS_BIZ = [["search_crm", "get_ticket", "update_ticket", "send_email"],
                ["sql_query", "make_chart"],
                ["web_search", "fetch_url", "write_note"],
                ["calendar_lookup", "create_event", "send_message"],
                ["lookup_order", "refund_order", "escalate"]]


# --------------------------------------------------------------------------
# grading

RUBRICS = [
    ("Accuracy (0-4), Use of evidence (0-3), Clarity (0-3)", "essay"),
    ("Correct final answer (2), Valid method (4), Notation (2), Explanation (2)", "maths"),
    ("Addresses the question (0-5), Factual correctness (0-5), Tone (0-2)", "support reply"),
    ("Compiles (1), Passes tests (5), Readability (2), Complexity (2)", "code"),
    ("Thesis (0-2), Structure (0-2), Counterargument (0-2), Sources (0-2), Style (0-2)", "argument"),
    ("Helpfulness 1-7, Harmlessness 1-7, Honesty 1-7", "assistant answer"),
    ("Relevance, Coherence, Fluency, Consistency, each 1-5", "summary"),
]
GRADE_TOPICS = ["the causes of the French Revolution", "why the sky is blue", "photosynthesis", "supply and demand",
                "the Pythagorean theorem", "how vaccines work", "the water cycle", "binary search",
                "the fall of the Roman Empire", "climate feedback loops", "compound interest", "plate tectonics",
                "Newton's third law", "the role of mitochondria", "inflation", "recursion", "the greenhouse effect",
                "the electoral college", "natural selection", "opportunity cost"]
ANSWER_OPENERS = ["I think the main reason is that", "Basically,", "The answer is", "According to the textbook,",
                  "In my opinion", "It happens because", "First of all,", "To put it simply,"]
ANSWER_BODIES = ["the forces balance out so nothing changes", "prices go up when more people want something",
                 "light scatters more at shorter wavelengths", "plants turn sunlight into sugar using chlorophyll",
                 "the empire got too big to defend and the economy collapsed", "you check the middle and throw away half",
                 "the function calls itself until it hits a base case", "money grows on the money it already earned",
                 "heat gets trapped by gases in the atmosphere", "the plates move on the mantle and collide",
                 "the body learns to recognise a weakened version of the germ", "the peasants were angry about taxes and bread"]


def student_answer(rng):
    n = rng.randint(1, 4)
    parts = [pick(rng, ANSWER_OPENERS) + " " + pick(rng, ANSWER_BODIES) + "." for _ in range(n)]
    if rng.random() < 0.4:
        parts.append("For example %s %d." % (pick(rng, ["in", "around", "since"]), rng.randint(1700, 2024)))
    return " ".join(parts)


def rubric_block(rng):
    rub, kind = pick(rng, RUBRICS)
    topic = pick(rng, GRADE_TOPICS)
    return rub, kind, topic, student_answer(rng)


# --------------------------------------------------------------------------
# writing, rewriting

TONES = ["more formal", "friendlier", "shorter", "more persuasive", "less passive-aggressive", "clearer",
         "more confident", "simpler for a 10-year-old", "more professional", "punchier", "warmer", "more neutral"]
PARA_SUBJ = ["Our team", "The new policy", "This quarter's numbers", "The landlord", "My manager", "The product launch",
             "The delivery", "The committee", "Our neighbour", "The school", "The app update", "The contractor"]
PARA_VERB = ["was delayed because", "has caused some confusion since", "looks promising although", "went badly after",
             "needs another review because", "surprised everyone when", "has been on hold ever since",
             "improved a lot once"]
PARA_TAIL = ["the supplier missed two deadlines", "nobody read the email from {n} March",
             "we changed the pricing page", "the budget was cut by {n} percent", "the main sponsor dropped out",
             "customers kept reporting the same bug", "the weather turned", "half the team was out sick",
             "the numbers from {w} came in lower than expected", "the meeting on Tuesday ran over"]
PARA_EXTRA = ["I want to make sure this doesn't happen again.", "Honestly it's frustrating.",
              "We should talk about next steps.", "Let me know what you think.", "Can we fix this by Friday?",
              "Thanks for your patience.", "I'm not sure who is responsible.", "This matters for the {w} team."]


def paragraph(rng, sentences=None):
    n = sentences or rng.randint(2, 5)
    out = []
    for _ in range(n):
        if rng.random() < 0.65:
            s = "%s %s %s." % (pick(rng, PARA_SUBJ), pick(rng, PARA_VERB), pick(rng, PARA_TAIL))
        else:
            s = pick(rng, PARA_EXTRA)
        out.append(s.format(n=rng.randint(2, 40), w=pick(rng, ["Berlin", "sales", "ops", "the pilot", "Q3", name(rng)])))
    return " ".join(out)


WRITE_KINDS = [
    "Write a polite email to {who} asking to move our meeting from {d1} to {d2}.",
    "Draft a cover letter for a {job} position at {co}. I have {n} years of experience in {field}.",
    "Write a short LinkedIn post announcing that I joined {co} as a {job}.",
    "I need a toast for my friend {nm}'s wedding, about 2 minutes, a bit funny but not embarrassing.",
    "Write a product description for a {adj} {thing}, under 80 words.",
    "Help me write a complaint to {co} about a {thing} that broke after {n} days.",
    "Write a bedtime story about a {adj} {animal} who wants to learn to {verb}.",
    "Draft a message to my team explaining the {field} deadline moved to {d2}.",
    "Write a birthday message for my {rel} who is turning {age}.",
    "Give me 5 subject lines for a newsletter about {field}.",
    "Write a resignation letter, keep it kind and short. Last day would be {d2}.",
    "Write a haiku about {thing}s.",
    "Can you write an Instagram caption for a photo of {thing}s at {place}?",
    "Write a reference letter for {nm}, who worked with me as a {job} for {n} years.",
    "Help me reply to a customer who says our {thing} arrived {adj}.",
]
JOBS = ["data analyst", "nurse", "product manager", "backend engineer", "teacher", "UX designer", "accountant",
        "marketing lead", "sous chef", "paralegal", "lab technician", "sales rep"]
COS = ["Northwind", "Bluebird Health", "Acorn Bank", "Vireo Labs", "Tessera", "Orchard Foods", "Halcyon Travel",
       "Kestrel Logistics", "Umber Studio", "Pinecrest Schools"]
FIELDS = ["logistics", "healthcare", "marketing", "finance", "education", "retail", "software", "hospitality"]
THINGS = ["coffee grinder", "backpack", "lamp", "standing desk", "kettle", "sofa", "bike helmet", "phone case",
          "notebook", "plant pot", "headphone", "rain jacket", "blender"]
ADJS = ["tiny", "brave", "sleepy", "scratched", "handmade", "eco-friendly", "late", "lightweight", "broken", "curious"]
ANIMALS = ["hedgehog", "octopus", "penguin", "fox", "giraffe", "snail", "owl", "capybara"]
VERBS = ["swim", "dance", "whistle", "fly", "read", "bake", "skate"]
RELS = ["mum", "dad", "sister", "brother", "grandma", "best friend", "boss", "colleague"]
PLACES = ["the lake", "the farmers market", "our office", "Lisbon", "the beach", "a mountain hut", "the old town"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]


def writing_request(rng):
    t = pick(rng, WRITE_KINDS)
    return t.format(who=pick(rng, ["my landlord", "a client", "my professor", "the HR team", name(rng)]),
                    d1=pick(rng, DAYS), d2=pick(rng, DAYS) + " the %d%s" % (rng.randint(4, 28), "th"),
                    job=pick(rng, JOBS), co=pick(rng, COS), n=rng.randint(2, 15), field=pick(rng, FIELDS),
                    nm=name(rng), adj=pick(rng, ADJS), thing=pick(rng, THINGS), animal=pick(rng, ANIMALS),
                    verb=pick(rng, VERBS), rel=pick(rng, RELS), age=rng.randint(7, 90), place=pick(rng, PLACES))


def rewrite_request(rng):
    p = paragraph(rng)
    k = rng.randrange(6)
    tone = pick(rng, TONES)
    if k == 0:
        return "Make this %s:\n\n%s" % (tone, p)
    if k == 1:
        return "Can you rewrite this so it sounds %s?\n%s" % (tone, p)
    if k == 2:
        return "%s\n\nrewrite ^ %s" % (p, tone)
    if k == 3:
        return "Fix the grammar and make it %s, keep my voice: \"%s\"" % (tone, p)
    if k == 4:
        return "Rephrase for an email to my boss (%s):\n%s" % (tone, p)
    return "Please proofread:\n%s" % p


# --------------------------------------------------------------------------
# everyday chat

CHAT = [
    "What can I cook tonight with {food1}, {food2} and some rice?",
    "How long should I boil an egg for a runny yolk at high altitude?",
    "Is it worth repairing a {n}-year-old washing machine or should I buy a new one?",
    "What's the difference between a Roth IRA and a traditional one?",
    "Explain {concept} like I'm five.",
    "Plan a {n}-day trip to {city} on a budget, I like food and museums.",
    "Why does my sourdough come out flat?",
    "What are good questions to ask at the end of a job interview for a {job} role?",
    "How do I get my cat to stop scratching the {thing2}?",
    "Recommend some books similar to {book}.",
    "What should I pack for {city} in March?",
    "Is {food1} healthy to eat every day?",
    "How do I tell my roommate that they need to clean more without it getting awkward?",
    "What's a good beginner workout if I only have {n} minutes a day?",
    "Can you explain how {concept} works?",
    "My {rel} wants to learn to use a smartphone, where should we start?",
    "What happened in {year} that people still talk about?",
    "How much water should a {n}kg dog drink per day?",
    "Give me a name for a {adj} {animal} I just adopted.",
    "What are the pros and cons of renting vs buying in {city}?",
    "Translate 'where is the train station and how much is a ticket to {city}' into {lang}.",
    "Is it normal for a toddler to {toddler}?",
    "Help me make a weekly budget, I earn {money} a month after tax.",
    "Which houseplants are safe for cats?",
    "What's the best way to learn {lang} in {n} months?",
    "Why do onions make you cry, and how do I stop it?",
    "Suggest a {n}-course dinner menu for a friend who is vegan.",
    "What's the etiquette for tipping in {city}?",
    "How does {concept} affect my electricity bill?",
    "What is a good present for a {age}-year-old who loves {hobby}?",
]
FOODS = ["chickpeas", "spinach", "leftover chicken", "tofu", "eggs", "feta", "sweet potatoes", "lentils", "mushrooms",
         "canned tuna", "broccoli", "halloumi", "peanut butter", "oats"]
CONCEPTS = ["inflation", "black holes", "the stock market", "machine learning", "compound interest", "quantum computing",
            "a heat pump", "blockchain", "the immune system", "jet lag", "credit scores", "solar panels",
            "a mortgage offset account", "nuclear fusion", "tides"]
CITIES = ["Lisbon", "Kyoto", "Mexico City", "Istanbul", "Edinburgh", "Seoul", "Buenos Aires", "Prague", "Hanoi",
          "Cape Town", "Montreal", "Copenhagen", "Marrakech", "Oaxaca", "Tbilisi"]
BOOKS = ["The Martian", "Pachinko", "Project Hail Mary", "Educated", "The Night Circus", "Sapiens", "Circe",
         "A Little Life", "The Three-Body Problem", "Klara and the Sun"]
LANGS_HUMAN = ["Spanish", "Japanese", "German", "Portuguese", "Korean", "Italian", "French", "Turkish"]
HOBBIES = ["dinosaurs", "chess", "baking", "football", "drawing", "space", "lego", "gardening", "horses", "music"]
TODDLER = ["not talk much at 2", "wake up every night", "refuse vegetables", "bite other kids", "be scared of baths"]


def chat_question(rng):
    t = pick(rng, CHAT)
    return t.format(food1=pick(rng, FOODS), food2=pick(rng, FOODS), n=rng.randint(2, 12), concept=pick(rng, CONCEPTS),
                    city=pick(rng, CITIES), job=pick(rng, JOBS), thing2=pick(rng, ["sofa", "door frame", "rug"]),
                    book=pick(rng, BOOKS), rel=pick(rng, RELS), year=rng.randint(1960, 2020), adj=pick(rng, ADJS),
                    animal=pick(rng, ANIMALS), lang=pick(rng, LANGS_HUMAN), toddler=pick(rng, TODDLER),
                    money=pick(rng, ["$2,400", "£1,900", "€2,150", "$3,800", "₹65,000"]), age=rng.randint(4, 80),
                    hobby=pick(rng, HOBBIES))


FOREIGN = {
    "de": ["Kannst du mir helfen, eine E-Mail an meinen Vermieter wegen {x} zu schreiben?",
           "Was ist der Unterschied zwischen {c1} und {c2}?", "Erklär mir bitte kurz, wie {c1} funktioniert.",
           "Welche Rezepte gehen mit {f} und Kartoffeln?"],
    "fr": ["Peux-tu m'aider à écrire une lettre de motivation pour un poste de {job} ?",
           "Quelle est la différence entre {c1} et {c2} ?", "Explique-moi {c1} simplement.",
           "Une idée de recette avec {f} ?"],
    "es": ["¿Me ayudas a escribir un correo a mi jefe sobre {x}?", "¿Qué diferencia hay entre {c1} y {c2}?",
           "Explícame {c1} como si tuviera diez años.", "¿Qué puedo cocinar con {f}?"],
    "pt": ["Me ajuda a escrever uma mensagem para o meu chefe sobre {x}?", "Qual a diferença entre {c1} e {c2}?",
           "Explica {c1} de um jeito simples.", "O que eu cozinho com {f}?"],
    "ja": ["{c1}について簡単に説明してください。", "上司へのメールを書くのを手伝ってください。件名は{x}です。",
           "{f}を使った簡単なレシピを教えて。", "{c1}と{c2}の違いは何ですか？"],
    "zh": ["帮我写一封给房东的邮件，关于{x}。", "{c1}和{c2}有什么区别？", "用简单的话解释一下{c1}。",
           "用{f}可以做什么菜？", "帮我把这段话改得更正式一点：{p}"],
}


def foreign_chat(rng, lang):
    t = pick(rng, FOREIGN[lang])
    return t.format(x=pick(rng, ["the heating", "a late payment", "the deposit", "noise", "a repair"]),
                    c1=pick(rng, CONCEPTS), c2=pick(rng, CONCEPTS), f=pick(rng, FOODS), job=pick(rng, JOBS),
                    p=paragraph(rng, 2))


VISION = [
    "What plant is this and is it safe for my dog?", "Can you read the handwriting in this note?",
    "Extract the table in this screenshot as CSV.", "What's wrong with this wiring?",
    "Transcribe this receipt and add up the total.", "Which of these two paint colours goes better with the sofa?",
    "Describe this chart in two sentences for a slide.", "Is this mushroom edible? Found it near {city}.",
    "What does this error dialog mean?", "Translate the menu in this photo.",
    "Turn this whiteboard photo into meeting notes.", "How old do you think this building is?",
    "Can you solve the maths problem in the picture?", "Convert this hand-drawn UI sketch into HTML.",
]


def vision_prompt(rng):
    return pick(rng, VISION).format(city=pick(rng, CITIES))


FOLLOWUPS = ["shorter please", "Can you make it more formal?", "why?", "ok and what if it's {n} instead?",
             "thanks! one more: what about {w}?", "That's not quite right, the {w} part is wrong.",
             "Can you explain the second point again?", "perfect", "Give me another version.",
             "Now in bullet points.", "hmm, try again but less wordy", "what would you do?",
             "Can you add an example with {w}?", "Translate that to {lang}.", "ok do the same for {w}",
             "wait, does this still work if {w} is empty?", "can you double check the numbers?",
             "what if I only have {n} minutes?", "make it about {w} instead", "and for {city}?",
             "I tried that and got {n}, is that right?", "can you put it in a table with {w} as a column",
             "less formal, it's for {rel}", "keep it under {n} words", "add a line about {w}",
             "ok but I don't have {food}", "my {rel} says that's wrong?", "how long would that take for {n} people?"]


_FU_TAIL = [" - it's for {rel}", " (it's for work)", ", needs to be done by {day}", " for the {w} bit",
            " and keep the part about {w}", ", thanks a lot", ", we have a meeting at {h}", " - {n} words max",
            " because {rel} didn't like the first one", ", sorry for the back and forth"]


def _decorate(rng, s):
    """People rarely type the same follow-up twice: vary wording, case and add context."""
    if rng.random() < 0.45:
        s = s.rstrip("?.!") + pick(rng, _FU_TAIL).format(rel=pick(rng, ["my boss", "my mum", "a client", "my teacher",
                                                                         "the team", "my partner"]),
                                                         day=pick(rng, DAYS), w=pick(rng, IDENTS + FOODS),
                                                         h="%d:%02d" % (rng.randint(8, 18), rng.choice([0, 15, 30, 45])),
                                                         n=rng.randint(40, 400))
    return casual(rng, s, 0.6)


def followup(rng):
    return _decorate(rng, _followup(rng))


def _followup(rng):
    r = rng.random()
    if r < 0.12:
        return "here's my new version, better?\n" + paragraph(rng, rng.randint(1, 3))
    if r < 0.2:
        return "%s. %s" % (pick(rng, ["no wait", "actually", "sorry, context"]), paragraph(rng, 1))
    return pick(rng, FOLLOWUPS).format(n=rng.randint(2, 500), w=pick(rng, IDENTS + FOODS + CITIES + THINGS),
                                       lang=pick(rng, LANGS_HUMAN), city=pick(rng, CITIES), rel=pick(rng, RELS),
                                       food=pick(rng, FOODS))


FOLLOW_CAP = {
    "writing": ["shorter please", "Can you make it more formal?", "less formal, it's for my {rel}", "keep it under {n} words",
                "add a line about {w}", "Give me another version.", "make it warmer", "can you mention {nm} by name",
                "change the date to {day}", "perfect, thanks", "too cheesy, tone it down", "can you end with a question?"],
    "reasoning": ["why?", "I tried that and got {n}, is that right?", "ok and what if it's {n} instead?",
                  "can you double check the numbers?", "Can you explain the second step again?", "is there a faster way?",
                  "what if there were {n} of them?", "where does the {n} come from?", "hm, the book says {n}",
                  "can you draw it as a table?", "got it, thanks!"],
    "coding": ["wait, does this still work if {w} is empty?", "can you add tests?", "now in {lang2}",
               "I get `{err}` when I run it", "make it async", "what's the complexity?",
               "rename {w} to {w2} and add type hints", "perfect, thanks", "can you make it shorter?",
               "how would I deploy this?", "it's too slow with {n}k rows"],
    "vision": ["are you sure?", "what about the one on the left?", "thanks! and the other {thing}?",
               "can you put that in a list?", "how confident are you?"],
    "datagen": ["{n} more please", "make them harder", "less repetitive", "add the answers", "now as CSV",
                "mix in some about {w}", "shorter ones please"],
    "grading": ["why did you take off points for {w}?", "be stricter", "would a {n}/10 be fair?",
                "rewrite it so it gets full marks", "what's the single biggest problem?"],
}
FOLLOW_CAP["rewrite"] = FOLLOW_CAP["writing"]
LANGS_CODE = ["Python", "TypeScript", "Go", "Rust", "Java"]


def followup_cap(rng, cap):
    return _decorate(rng, _followup_cap(rng, cap))


def _followup_cap(rng, cap):
    bank = FOLLOW_CAP.get(cap)
    if bank is None or rng.random() < 0.2:
        return _followup(rng)
    if cap in ("writing", "rewrite") and rng.random() < 0.15:
        return "here's my new version, better?\n" + paragraph(rng, rng.randint(1, 3))
    return pick(rng, bank).format(n=rng.randint(2, 500), w=pick(rng, IDENTS), w2=pick(rng, IDENTS), rel=pick(rng, RELS),
                                  nm=name(rng), day=pick(rng, DAYS), lang2=pick(rng, LANGS_CODE), err=error_line(rng),
                                  thing=pick(rng, THINGS))


TOOL_OUT = ["exit code 0", "exit code 1\n{err}", "{n} passed, {m} failed (test_{w}_roundtrip, test_{w}_empty)",
            "src/{w}.py:{n}: def {w}_handler(request):", "HTTP 200 OK, {n} bytes", "HTTP 404 Not Found: /api/{w}s/{n}",
            "wrote {n} lines to notes/{w}.md", "{n} rows affected", "files: src/{w}.py, src/{w}_test.py, README.md",
            "Traceback (most recent call last):\n  File \"{w}.py\", line {n}\n{err}",
            "diff: +{n} -{m} in {w}/config.yaml", "search returned {m} results for '{w} timeout'",
            "[{n} ms] query ok: {m} rows", "ok"]


def tool_output(rng):
    return pick(rng, TOOL_OUT).format(n=rng.randint(1, 4000), m=rng.randint(0, 40), w=pick(rng, IDENTS),
                                      err=error_line(rng))


# --------------------------------------------------------------------------
# sensitive questions (for "safe rewrite" harvesting and for ordinary curiosity)

SENSITIVE = [
    "what's the maximum amount of {med} someone can take before it's dangerous",
    "how do people get into a car when the keys are locked inside",
    "how do scammers make phishing emails look real",
    "which household cleaners are dangerous to mix",
    "how do hackers guess wifi passwords",
    "how can someone tell if their partner is tracking their phone",
    "how do shoplifters usually avoid getting caught",
    "what happens to your body if you don't eat for {n} days",
    "how do people beat a breathalyser",
    "how do I get into my old phone if I forgot the passcode",
    "how do counterfeiters fake {thing} serial numbers",
    "what's the easiest way someone could steal my identity",
    "how much alcohol is lethal for a {n}kg person",
    "how do people buy things anonymously online",
    "how do cheaters use phones in exams without being seen",
    "why do some medications become dangerous with grapefruit",
    "how do pickpockets work in crowded trains",
    "can you explain how lock bumping works",
    "how do people hide money from their spouse during a divorce",
    "what's the quickest way to sober someone up",
    "how do romance scammers pick their victims",
    "is it possible to read someone's deleted messages",
    "how do people sneak {thing}s through airport security",
    "how do fake reviews get past {w} moderation",
    "what dose of {med} would hurt a {n}kg dog",
    "how do teenagers get around parental controls on {w}",
    "how do SIM swap attacks actually work",
    "how do people get prescription {med} without a prescription",
    "what makes a website's login easy to brute force",
    "how do people cheat at online poker",
]
MEDS = ["paracetamol", "ibuprofen", "melatonin", "caffeine", "antihistamines", "vitamin D", "aspirin"]


def sensitive_q(rng):
    return pick(rng, SENSITIVE).format(med=pick(rng, MEDS), n=rng.randint(3, 120),
                                       thing=pick(rng, ["sneaker", "watch", "banknote", "handbag", "vape", "knife"]),
                                       w=pick(rng, ["Amazon", "Google Maps", "Yelp", "TikTok", "the iPad", "the school laptop",
                                                    "Trustpilot", "the Xbox"]))


# --------------------------------------------------------------------------
# data generation

DATAGEN_KINDS = ["question-answer pairs", "multiple-choice questions with the correct option marked",
                 "short customer complaints with a sentiment label", "tricky word problems with worked solutions",
                 "user requests an assistant should politely decline, each with an ideal reply",
                 "realistic support chat transcripts", "SQL questions with the matching query",
                 "code review comments with the fixed code", "paraphrase pairs", "fill-in-the-blank sentences",
                 "true/false statements with a one-line justification", "instruction and ideal response pairs"]
DATAGEN_TOPICS = GRADE_TOPICS + ["tax returns", "cybersecurity basics", "first aid", "data structures",
                                 "organic chemistry", "contract law", "world geography", "statistics",
                                 "cloud billing", "public speaking"]


def datagen_spec(rng):
    return rng.choice([10, 12, 15, 20, 25, 30, 40, 50]), pick(rng, DATAGEN_KINDS), pick(rng, DATAGEN_TOPICS)
