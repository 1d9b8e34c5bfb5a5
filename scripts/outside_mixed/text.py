"""Prompt text for outside_mixed/gen.py: templates with many fillers, written for this
generator (not taken from the simulator or the detector). Every function takes a
random.Random and returns a string (or a small tuple) so the same seed gives the same text."""

import string

# --------------------------------------------------------------------------- fillers

NAMES = ["Maya", "Jonas", "Priya", "Tomás", "Aiko", "Lena", "Omar", "Grace", "Felix", "Ines",
         "Kwame", "Sofia", "Ravi", "Elif", "Mateo", "Hannah", "Yusuf", "Chloe", "Nikolai", "Ama",
         "Daniel", "Mei", "Lucas", "Zara", "Pedro", "Ingrid", "Samir", "Olivia", "Kenji", "Ruth"]
CITIES = ["Lisbon", "Osaka", "Toronto", "Nairobi", "Kraków", "Austin", "Melbourne", "Porto",
          "Seoul", "Edinburgh", "Valencia", "Denver", "Bangalore", "Cape Town", "Hamburg",
          "Mexico City", "Vancouver", "Lyon", "Istanbul", "Hanoi", "Copenhagen", "Bogotá"]
FOODS = ["lentil soup", "banana bread", "chicken tikka", "a vegan lasagna", "sourdough",
         "shakshuka", "pad thai", "overnight oats", "a Greek salad", "mushroom risotto",
         "fish tacos", "chili con carne", "miso ramen", "a frittata", "apple crumble"]
HOBBIES = ["bouldering", "watercolour painting", "running a half marathon", "learning the ukulele",
           "birdwatching", "home brewing", "chess", "gardening on a balcony", "pottery",
           "learning Japanese", "woodworking", "trail cycling", "film photography"]
JOBS = ["nurse", "high-school teacher", "bakery owner", "freelance designer", "accountant",
        "warehouse supervisor", "PhD student", "product manager", "electrician", "paralegal",
        "physiotherapist", "junior developer", "real-estate agent", "barista", "retired engineer"]
TOPICS = ["photosynthesis", "inflation", "the French Revolution", "black holes", "compound interest",
          "vaccines", "the stock market", "plate tectonics", "the immune system", "blockchain",
          "climate feedback loops", "the Roman Republic", "quantum entanglement", "supply chains",
          "sleep cycles", "the electoral college", "CRISPR", "jet lag", "credit scores"]
PRODUCTS = ["a standing desk", "noise-cancelling headphones", "a used Honda Civic", "a robot vacuum",
            "a 27-inch monitor", "trail running shoes", "an espresso machine", "a road bike",
            "a mid-range Android phone", "a laptop for university", "an air purifier"]
LANGS_H = ["Spanish", "German", "French", "Portuguese", "Japanese", "Italian", "Polish", "Turkish",
           "Dutch", "Korean", "Indonesian"]
PLANGS = ["Python", "TypeScript", "Go", "Rust", "Java", "C#", "Kotlin", "Ruby", "PHP", "C++",
          "Swift", "SQL", "Bash"]
FRAMEWORKS = ["Django", "FastAPI", "React", "Next.js", "Spring Boot", "Express", "Flask", "Rails",
              "Vue", "Laravel", "Axum", "Gin", "SvelteKit", ".NET 8", "pandas", "PyTorch"]
CODE_THINGS = ["a rate limiter", "an LRU cache", "a CSV parser that handles quoted commas",
               "a retry wrapper with exponential backoff", "a debounce function",
               "a function that merges overlapping intervals", "a trie for autocomplete",
               "a JWT validation middleware", "pagination for a REST endpoint",
               "a thread-safe counter", "a binary search over a rotated array",
               "a diff of two JSON documents", "a cron expression parser",
               "a token bucket", "a topological sort", "a file watcher that batches events",
               "a function to validate IBANs", "a producer/consumer queue",
               "a small state machine for order status", "an in-memory pub/sub"]
ERRORS = ["TypeError: 'NoneType' object is not subscriptable",
          "panic: runtime error: index out of range [3] with length 3",
          "error[E0502]: cannot borrow `self.items` as mutable because it is also borrowed as immutable",
          "java.lang.NullPointerException at com.acme.billing.InvoiceService.total(InvoiceService.java:88)",
          "Uncaught (in promise) TypeError: Cannot read properties of undefined (reading 'map')",
          "psycopg2.errors.UniqueViolation: duplicate key value violates unique constraint \"users_email_key\"",
          "ModuleNotFoundError: No module named 'torch._C'",
          "fatal: refusing to merge unrelated histories",
          "CORS policy: No 'Access-Control-Allow-Origin' header is present on the requested resource",
          "KeyError: 'created_at'", "Segmentation fault (core dumped)",
          "error TS2345: Argument of type 'string | undefined' is not assignable to parameter of type 'string'",
          "OOMKilled (exit code 137)", "ValueError: could not convert string to float: 'N/A'",
          "django.db.utils.OperationalError: database is locked"]
SENSITIVE = ["how a common household chemical reaction produces toxic gas",
             "how phishing kits steal session cookies",
             "the maximum safe dose of paracetamol for an adult",
             "how lock picking works on pin tumbler locks",
             "how ransomware spreads inside a corporate network",
             "which mushrooms are poisonous and how they affect the body",
             "how credit card skimmers are built",
             "how someone could bypass a website's paywall",
             "how explosives are classified in mining",
             "how people launder money through shell companies",
             "how to access a phone you forgot the passcode to",
             "how misinformation campaigns use bot accounts",
             "how SQL injection attacks work against login forms",
             "what happens in the body during an opioid overdose"]
SUBJECTS = ["biology", "macroeconomics", "organic chemistry", "world history", "statistics",
            "constitutional law", "thermodynamics", "linear algebra", "microbiology",
            "software engineering", "philosophy of mind", "marketing", "nutrition science"]


def pick(rng, xs):
    return xs[rng.randrange(len(xs))]


def maybe(rng, p, s, alt=""):
    return s if rng.random() < p else alt


OPENERS = ["", "", "", "", "Hi! ", "Hey, ", "Quick question: ", "hello ", "Hi there. ",
           "Can you help? ", "ok so ", "Good morning. ", "Hiya - ", "Question for you: "]
CLOSERS = ["", "", "", "", " Thanks!", " thx", " Thanks in advance.", " Keep it short please.",
           " Bullet points are fine.", " Please be concise.", " Cheers", " :)", " ty"]


def wrap(rng, s):
    s = pick(rng, OPENERS) + s + pick(rng, CLOSERS)
    if rng.random() < 0.12:
        s = s.lower()
    return s


# --------------------------------------------------------------------------- everyday chat

def chat(rng):
    t = rng.randrange(34)
    n, c, f, h, j, tp, p = (pick(rng, NAMES), pick(rng, CITIES), pick(rng, FOODS),
                            pick(rng, HOBBIES), pick(rng, JOBS), pick(rng, TOPICS),
                            pick(rng, PRODUCTS))
    k = rng.randint(2, 9)
    s = [
        f"What can I cook tonight with {f.replace('a ', '')} leftovers and some rice?",
        f"Give me a {k}-day itinerary for {c} on a budget, I like food markets and walking.",
        f"Write a polite email to my landlord asking to fix the heating, it's been {k} days.",
        f"Explain {tp} like I'm twelve.",
        f"I'm a {j} and I want to get into {h}. Where do I start?",
        f"Can you translate this into {pick(rng, LANGS_H)}: 'We are running {k*5} minutes late, start without us.'",
        f"Help me write a birthday message for my friend {n}, she just moved to {c}.",
        f"Is it worth buying {p} right now or should I wait for sales?",
        f"Summarize the pros and cons of renting vs buying in {c}.",
        f"My {rng.choice(['son','daughter','nephew','niece'])} is {k+4} and asks why the sky is blue. How do I explain it?",
        f"Rewrite this to sound more professional: 'hey, cant make the meeting tmrw, can we move it'",
        f"What's a good {k*10}-minute workout I can do at home with no equipment?",
        f"How long should I boil eggs for soft yolks? I'm at about {rng.choice([0, 300, 1200, 1600])} m altitude.",
        f"Suggest {k} names for a small {rng.choice(['coffee shop','bookshop','bakery','dog-walking business','podcast'])} in {c}.",
        f"I have a job interview as a {j} on {rng.choice(['Monday','Tuesday','Thursday','Friday'])}. What questions should I prepare for?",
        f"Can you make a weekly meal plan around {f} and {pick(rng, FOODS)}? Vegetarian if possible.",
        f"What are some good books if I liked {rng.choice(['The Martian','Pachinko','Sapiens','Circe','Educated','Dune','Normal People','Project Hail Mary'])}?",
        f"How do I get red wine out of a {rng.choice(['cotton shirt','wool carpet','linen tablecloth','sofa cushion'])}?",
        f"Help me plan a surprise party for {n}, about {k*4} guests, small budget.",
        f"What's the difference between a Roth IRA and a traditional one? Keep it simple.",
        f"I keep waking up at 4am. Any tips that aren't just 'no screens'?",
        f"Write a short poem about {rng.choice(['autumn in','the trains of','rain over','a dog in'])} {c}.",
        f"My houseplant's leaves are turning yellow at the edges. It's a {rng.choice(['monstera','pothos','fiddle leaf fig','snake plant','peace lily'])}. What's wrong?",
        f"Draft a LinkedIn post announcing I started a new job as a {j}.",
        f"What should I pack for {k} days in {c} in {rng.choice(['January','April','July','October'])}?",
        f"Can you explain what my {rng.choice(['payslip','electricity bill','phone contract','car insurance quote'])} means by 'excess' / 'deductible'?",
        f"Make this text shorter but keep the meaning: 'I wanted to reach out to let you know that unfortunately I will not be able to attend the workshop that is scheduled for next week due to a scheduling conflict.'",
        f"Any ideas for a {k}-year anniversary gift? She likes {h}.",
        f"Why does my bread come out dense? I followed a {f} recipe but swapped flour.",
        f"Tell me a fun fact about {tp}.",
        f"How do I say no to extra work from my manager without sounding lazy?",
        f"Compare {p} options under ${k*60}.",
        f"Help me reply to this text from {n}: 'are we still on for saturday?' - I want to cancel nicely.",
        f"What are the main arguments for and against {rng.choice(['a four-day work week','remote work','nuclear power','universal basic income','school uniforms'])}?",
    ][t]
    return wrap(rng, s)


def homework(rng):
    subj = pick(rng, SUBJECTS)
    k = rng.randint(2, 8)
    s = rng.choice([
        f"Can you explain the main idea of {pick(rng, TOPICS)} for my {subj} class?",
        f"I have an essay due on {pick(rng, TOPICS)}. Can you help me outline {k} paragraphs?",
        f"What's the difference between mitosis and meiosis? I have a quiz tomorrow.",
        f"Check my answer: the derivative of x^{k} * sin(x) is {k}x^{k-1} sin(x). Is that complete?",
        f"How do I cite a website in APA 7th edition?",
        f"Give me {k} practice questions on {subj} with answers at the end.",
        f"Explain what a p-value is and why {0.01*k:.2f} might or might not be significant.",
    ])
    return wrap(rng, s)


# --------------------------------------------------------------------------- coding

def coding(rng):
    pl, fw, th, er = pick(rng, PLANGS), pick(rng, FRAMEWORKS), pick(rng, CODE_THINGS), pick(rng, ERRORS)
    k = rng.randint(2, 40)
    s = rng.choice([
        f"Write {th} in {pl}.",
        f"I'm getting this error and don't get why:\n\n{er}\n\nIt happens when I call the function from a background job.",
        f"How do I structure a {fw} project with around {k} endpoints so it stays maintainable?",
        f"Review this {pl} code for bugs:\n\n{snippet(rng, pl)}",
        f"What's the idiomatic way to do {th} in {pl}? Mine feels clunky.",
        f"Can you write unit tests for {th}? We use {fw}.",
        f"Explain the difference between {rng.choice(['a mutex and a semaphore','async and threads','a process and a thread','optimistic and pessimistic locking','LEFT JOIN and INNER JOIN','composition and inheritance'])} with an example in {pl}.",
        f"Convert this snippet to {pl}:\n\n{snippet(rng, pick(rng, PLANGS))}",
        f"Our {fw} app got slow after adding {k} more columns to the orders table. Where do I look first?",
        f"Write a SQL query that returns the top {k} customers by revenue per month for the last year.",
        f"regex to match {rng.choice(['UK postcodes','ISO dates','semantic versions','email addresses (roughly)','hex colours','US phone numbers'])}?",
        f"{er}\n\nfix?",
        f"Refactor this to be more readable:\n\n{snippet(rng, pl)}",
        f"How do I set up GitHub Actions to run {fw} tests on every PR with caching?",
        f"Dockerfile for a {fw} app, small image please.",
    ])
    return pick(rng, ["", "", "", "hey, ", "Quick one: "]) + s


def snippet(rng, pl):
    v = pick(rng, ["items", "rows", "users", "orders", "xs", "data", "events", "records"])
    w = pick(rng, ["total", "acc", "result", "out", "n", "count"])
    k = rng.randint(1, 9)
    if pl in ("Python",):
        return f"def f({v}):\n    {w} = 0\n    for i in range(len({v})):\n        if {v}[i] > {k}:\n            {w} += {v}[i]\n    return {w}"
    if pl in ("Go",):
        return f"func f({v} []int) int {{\n\t{w} := 0\n\tfor i := 0; i <= len({v}); i++ {{\n\t\t{w} += {v}[i] * {k}\n\t}}\n\treturn {w}\n}}"
    if pl in ("Rust",):
        return f"fn f({v}: &Vec<i64>) -> i64 {{\n    let mut {w} = 0;\n    for x in {v}.iter() {{ if *x > {k} {{ {w} += x; }} }}\n    {w}\n}}"
    return f"function f({v}) {{\n  let {w} = 0;\n  for (let i = 0; i < {v}.length; i++) {{\n    if ({v}[i] > {k}) {w} += {v}[i];\n  }}\n  return {w};\n}}"


# --------------------------------------------------------------------------- agentic / tool use

TOOLSETS = [
    ["read_file", "write_file", "run_tests", "search_code", "bash"],
    ["str_replace_editor", "bash", "grep", "list_dir"],
    ["web_search", "fetch_url", "calculator"],
    ["sql_query", "list_tables", "describe_table", "plot_chart"],
    ["get_weather", "search_flights", "book_hotel", "calendar_create_event"],
    ["jira_search", "jira_update", "slack_post", "github_create_pr"],
    ["browser_navigate", "browser_click", "browser_type", "browser_screenshot"],
    ["python", "read_file", "write_file"],
]


MODULES = ["billing", "auth", "search", "notifications", "checkout", "reporting", "ingest", "scheduler",
           "profile", "inventory", "export", "webhooks", "onboarding", "analytics", "sync"]
FILES = ["src/{m}/handler.py", "lib/{m}.ts", "internal/{m}/service.go", "app/models/{m}.rb",
         "src/{m}/mod.rs", "{m}/views.py", "packages/{m}/index.ts", "cmd/{m}/main.go"]


def agentic(rng):
    """(prompt, tools) for an agent-style request."""
    tools = list(pick(rng, TOOLSETS))
    k = rng.randint(2, 30)
    m = pick(rng, MODULES)
    f = pick(rng, FILES).format(m=m)
    fw = pick(rng, FRAMEWORKS)
    task = rng.choice([
        f"The test suite has {k} failing tests in {m} after the {fw} upgrade. Find the root cause and fix it.",
        f"Add input validation to the {m} endpoint in {f} and update the tests.",
        f"Find every place in {m} where we parse dates by hand and switch them to the shared helper.",
        f"Look up the cheapest flight from {pick(rng, CITIES)} to {pick(rng, CITIES)} next {rng.choice(['Friday','month','weekend'])} and hold a hotel near the centre for {k % 5 + 1} nights.",
        f"Query the {m} tables and tell me which {rng.choice(['region','plan','channel','cohort'])} dropped the most {rng.choice(['quarter over quarter','week over week','since January'])}, with a chart.",
        f"Research the current state of {pick(rng, TOPICS)} and write a {k*50}-word brief with sources.",
        f"Migrate the {m} config loader from YAML to TOML without breaking the CLI flags.",
        f"Open the {m} dashboard, export last {rng.choice(['week','month','sprint'])}'s report and post the summary to #{rng.choice(['ops','team','eng',m])}.",
        f"There's a memory leak in the {m} worker ({f}). Profile it, find it, patch it.",
        f"Triage the {k} newest bug reports for {m}, label them and open a PR for the easiest one.",
        f"Rename `{pick(rng, ['UserService','OrderRepo','Billing','Notifier','Scheduler','Cache','Client'])}` to something clearer across {m} and fix imports.",
        f"Write a script that deduplicates the {m} CSV exports in ./data/{m} and run it.",
        f"Set up a nightly job that backs up the {m} database and alerts on failure.",
        f"Compare the last {k} releases' changelogs and draft release notes for {m} v{rng.randint(1, 5)}.{rng.randint(0, 20)}.",
        f"{f} has a race condition when two requests hit it at once. Reproduce it with a test and fix it.",
        f"Add structured logging to {m} and make sure no PII ends up in the logs.",
        f"Port {f} to {pick(rng, PLANGS)} and keep the public interface the same.",
        f"Our CI takes {k + 10} minutes. Find the slowest steps and speed them up.",
    ])
    return task, tools


def tool_result(rng):
    """The last user turn of an agent loop: a tool's output."""
    m = pick(rng, MODULES)
    k, j = rng.randint(0, 200), rng.randint(0, 6)
    return rng.choice([
        f"[tool_result] exit code {1 if j else 0}\n{k} passed, {j} failed" + (f"\nFAILED tests/test_{m}.py::test_{pick(rng, ['roundtrip','empty','unicode','timeout','limits','auth'])} - {pick(rng, ERRORS)}" if j else ""),
        f"[tool_result] {pick(rng, FILES).format(m=m)} ({k + 20} lines)\n" + snippet(rng, pick(rng, PLANGS)),
        f"[tool_result] grep: {j + 1} matches\n" + "\n".join(f"{pick(rng, FILES).format(m=pick(rng, MODULES))}:{rng.randint(1, 400)}" for _ in range(j + 1)),
        f"[tool_result] {pick(rng, ERRORS)}",
        f"[tool_result] ok ({rng.randint(2, 900)} ms)",
        f"{rng.choice(['Looks good, continue.', 'That broke the build, revert it.', 'Go ahead.', 'Also update the README.', 'Why did you change that file?', 'Try a smaller change.'])}",
    ])


# --------------------------------------------------------------------------- reasoning problems

def problem(rng):
    a, b, c = rng.randint(3, 90), rng.randint(2, 40), rng.randint(2, 12)
    n1, n2 = pick(rng, NAMES), pick(rng, NAMES)
    return rng.choice([
        f"A train leaves {pick(rng, CITIES)} at {c}:00 travelling at {a+40} km/h; another leaves {pick(rng, CITIES)}, {a*10} km away, at {c+1}:30 at {b+50} km/h towards it. When do they meet?",
        f"{n1} has {a} marbles and gives {n2} a third of them plus {c}. {n2} then gives back half of what she received. How many does {n1} have now?",
        f"Find all integer solutions of x^2 - {b}x + {a} = 0, or show there are none.",
        f"A bag has {c} red, {b} blue and {c+3} green balls. Two are drawn without replacement. What is the probability they are different colours?",
        f"Prove that {rng.choice(['the sum of the first n odd numbers is n^2', 'n^3 - n is divisible by 6 for every integer n', f'there are infinitely many primes of the form {c % 3 + 2}k + 1', 'every tree with n nodes has n - 1 edges', f'{c}^n - 1 is divisible by {c - 1} for all n >= 1'])}.",
        f"Five people sit in a row. {n1} won't sit next to {n2}. How many seatings are there?",
        f"A shop raises a price by {b}% and later cuts it by {b}%. Is the final price higher or lower than the original, and by how much?",
        f"Is {a*b+1} prime? Justify.",
        f"A rectangle's perimeter is {2*(a+b)} and its area is {a*b}. What are its sides?",
        f"Three boxes are labelled {rng.choice(['apples, oranges and mixed', 'red, blue and both', 'tea, coffee and both'])}, and every label is wrong. You may pick one item from one box. How do you relabel them?",
        f"How many trailing zeros does {a+20}! have?",
        f"A tank fills in {c} hours with pipe A and {c+2} hours with pipe B; a drain empties it in {c+6} hours. With all three open, how long to fill?",
        f"If all {rng.choice(['bloops','zargs','florbs'])} are {rng.choice(['razzies','mips','trells'])} and some of those are {rng.choice(['lazzies','quons','derps'])}, must some {rng.choice(['bloops','zargs','florbs'])} be {rng.choice(['lazzies','quons','derps'])}?",
        f"Compute the expected number of rolls of a fair die until the first {rng.choice(['six','repeat','even number'])}.",
        f"Show that sqrt({rng.choice([2, 3, 5, 6, 7, 10, 11, 13])}) is irrational{rng.choice(['.', ', without using the fundamental theorem of arithmetic.', ' in two different ways.'])}",
        f"A clock shows {c}:{b:02d}. What is the angle between the hands?",
        f"Solve the system: {c}x + {b}y = {a}, {b}x - {c}y = {a+b}.",
        f"A {a}-sided polygon: how many diagonals does it have?",
        f"{n1} is twice as old as {n2} was when {n1} was as old as {n2} is now. Their ages sum to {a+b+30}. How old are they?",
        f"What's the smallest positive integer that leaves remainder {c%5+1} when divided by 6, 7 and 8?",
        f"A company's revenue grows {b}% a year. How many years until it triples?",
        f"Two dice are rolled. Given that at least one shows {c%6+1}, what is the probability the sum is {c%6+7}?",
        f"An investor must choose between a sure ${a*100} and a {b+30}% chance at ${a*350}. Which has the higher expected value, and what else should they weigh?",
        f"A farmer must cross a river with {rng.choice(['a wolf, a goat and a cabbage', 'a fox, a chicken and a sack of grain', 'a dog, a cat and a mouse'])}; the boat holds one item. Give a valid plan and explain why no shorter one exists.",
    ])


COT_ASKS = [
    "Think it through step by step before giving the answer.",
    "Show every step of your reasoning, then state the final answer on its own line.",
    "Walk me through how you'd reason about this, including dead ends.",
    "Explain your thought process in detail, not just the result.",
    "Reason carefully and write out all intermediate steps.",
    "Before answering, lay out your reasoning as a numbered list.",
    "I want to understand the method: justify each step.",
    "Please think out loud and check your work at the end.",
    "Give a detailed derivation, then put the final answer in \\boxed{}.",
    "Explain why each step follows from the previous one.",
    "Work through it slowly; I care about the reasoning more than the answer.",
    "Show your full chain of reasoning and verify the result another way.",
    "First restate the problem, then solve it step by step, then double-check.",
    "Break the problem into sub-problems and solve each one explicitly.",
    "",
    "",
    "",
]


def reasoning(rng, explicit=0.7):
    p = problem(rng)
    ask = pick(rng, COT_ASKS) if rng.random() < explicit else ""
    lay = rng.randrange(5)
    if lay == 0:
        return f"{p} {ask}".strip()
    if lay == 1:
        return f"{ask}\n\n{p}".strip()
    if lay == 2:
        return f"Problem: {p}\n{ask}".strip()
    if lay == 3:
        return f"{pick(rng, ['Stuck on this one.', 'Tricky puzzle:', 'From a practice set:', 'My friend and I disagree on this.', 'Interview question I got:'])} {p} {ask}".strip()
    return f"{p}\n\n{ask}".strip()


# --------------------------------------------------------------------------- rubric grading, rewrites, synthetic data

RUBRIC_DIMS = ["correctness", "completeness", "clarity", "helpfulness", "harmlessness", "concision",
               "factual accuracy", "reasoning quality", "instruction following", "tone"]


def fake_answer(rng):
    return rng.choice([
        f"The answer is {rng.randint(2, 400)} because you multiply the two rates and subtract the overlap.",
        f"{pick(rng, TOPICS).capitalize()} happens mainly because of feedback between several factors; the most important is the first one.",
        f"You should use {pick(rng, FRAMEWORKS)} since it is the fastest option in all cases.",
        f"Step 1: divide both sides by {rng.randint(2, 9)}. Step 2: take the square root. So x = {rng.randint(1, 30)}.",
        f"Sorry, I can't help with that.",
        f"Here's a function:\n{snippet(rng, pick(rng, PLANGS))}",
        f"It depends on your situation, but generally {pick(rng, PRODUCTS)} is worth it if you use it daily.",
    ])


def grading(rng):
    dims = rng.sample(RUBRIC_DIMS, rng.randint(2, 5))
    scale = rng.choice(["1-10", "1-5", "0-100", "A-F", "pass/fail plus a 1-7 score"])
    q = rng.choice([problem(rng), f"Explain {pick(rng, TOPICS)}.", f"Write {pick(rng, CODE_THINGS)} in {pick(rng, PLANGS)}.",
                    f"Give advice on {pick(rng, HOBBIES)} for a beginner."])
    a = fake_answer(rng)
    lay = rng.randrange(4)
    if lay == 0:
        return f"Rate the response below on {', '.join(dims)} using a {scale} scale. Explain each score.\n\nQuestion: {q}\nResponse: {a}"
    if lay == 1:
        return f"You are grading a model answer.\nRubric: {'; '.join(d + ' (' + str(rng.randint(1, 4)) + ' pts)' for d in dims)}\n\n[QUESTION]\n{q}\n[ANSWER]\n{a}\n\nReturn a score per criterion and a short justification."
    if lay == 2:
        b = fake_answer(rng)
        return f"Which of these two answers is better, and why? Judge on {' and '.join(dims[:2])}.\n\nQ: {q}\n\nAnswer 1: {a}\n\nAnswer 2: {b}"
    return f"Score this on a {scale} scale for {dims[0]}, then give one sentence of feedback. Q: {q} A: {a}"


def safe_rewrite(rng):
    s = pick(rng, SENSITIVE)
    return rng.choice([
        f"Someone asked me about {s}. Rewrite their question so it can be answered safely and then answer that version.",
        f"Give a harmless, educational version of a question about {s}, and a responsible answer to it.",
        f"Reformulate this request in a policy-compliant way and respond: '{s}'.",
        f"How would a careful assistant answer a user asking about {s}? Write the ideal response.",
        f"Turn this into a safe question and answer it: tell me {s}",
        f"Write a refusal-free but safe answer to a question on {s}, focusing on prevention and safety.",
    ])


def datagen(rng):
    k = rng.choice([5, 10, 12, 15, 20, 25, 30, 50])
    t = rng.choice([pick(rng, TOPICS), pick(rng, SUBJECTS), pick(rng, CODE_THINGS), pick(rng, HOBBIES)])
    return rng.choice([
        f"Generate {k} diverse question-answer pairs about {t}, as JSON lines with fields q and a.",
        f"Write {k} realistic user questions someone might ask about {t}, varying difficulty.",
        f"Create {k} multiple-choice questions on {t} with four options and the correct letter.",
        f"Produce {k} short dialogues between a user and a helpful assistant about {t}.",
    ])


# --------------------------------------------------------------------------- benchmark items (eval company)

BENCH_HEADERS = {
    "mcq": "The following is a multiple choice question. Reply with only the letter of the correct option.",
    "math": "Solve the following problem. Put your final answer after '####'.",
    "code": "Complete the function below. Return only code.",
}


def bench_item(rng, suite, idx):
    r = __import__("random").Random(f"{suite}:{idx}")  # an item is the same on every run
    if suite == "mcq":
        subj = pick(r, SUBJECTS)
        opts = [f"{chr(65+i)}) {pick(r, TOPICS)}" for i in range(4)]
        return f"{BENCH_HEADERS['mcq']}\n\nSubject: {subj}\nQuestion {idx}: Which of the following is most closely related to {pick(r, TOPICS)}?\n" + "\n".join(opts) + "\nAnswer:"
    if suite == "math":
        return f"{BENCH_HEADERS['math']}\n\n{problem(r)}"
    fn = "".join(r.choice(string.ascii_lowercase) for _ in range(6))
    return f"{BENCH_HEADERS['code']}\n\ndef {fn}_{idx}(xs: list[int]) -> int:\n    \"\"\"{pick(r, CODE_THINGS).capitalize()}; return the result for xs.\"\"\"\n"


# --------------------------------------------------------------------------- app backends and resellers

APPS = [
    ("Fernwood Outdoor", "You are the support assistant for Fernwood Outdoor, a hiking gear shop. Be friendly and brief. Never promise refunds."),
    ("Quill Notes", "You summarise meeting notes for Quill Notes users. Output: summary, decisions, action items."),
    ("Harbor Health", "You help Harbor Health patients with appointment logistics only. Do not give medical advice."),
    ("LedgerLite", "You categorise bank transactions for LedgerLite. Answer with a JSON object {category, confidence}."),
    ("TalkTutor", "You are a patient language tutor in the TalkTutor app. Correct mistakes gently."),
    ("Brickyard CRM", "You draft follow-up emails for sales reps using Brickyard CRM. Keep under 150 words."),
    ("PawPal", "You answer pet-care questions for PawPal. Suggest a vet for anything urgent."),
    ("Tessellate", "You write product descriptions for Tessellate marketplace sellers."),
    ("Nimbus Travel", "You are Nimbus Travel's trip assistant. Use metric units."),
    ("CodeCoach", "You give hints, not full solutions, to students on CodeCoach."),
    ("Verdant Legal", "You turn client questions into intake summaries for Verdant Legal. No legal advice."),
    ("Moodboard", "You suggest colour palettes and fonts for Moodboard users."),
]


def app_request(rng, app):
    name = app[0]
    k = rng.randint(2, 60)
    if name == "LedgerLite":
        return f"{rng.choice(['POS','CARD','SEPA','ACH'])} {rng.choice(['TESCO STORES','SHELL','UBER *TRIP','AMZN MKTP','NETFLIX.COM','SPOTIFY','CITY PARKING','DELIVEROO','STEAM GAMES'])} {rng.randint(1000, 9999)} {rng.randint(1, 28):02d}/{rng.randint(1, 12):02d} {rng.randint(2, 300)}.{rng.randint(0, 99):02d}"
    if name == "Quill Notes":
        ppl = rng.sample(NAMES, 3)
        return f"Notes: {ppl[0]} said the launch slips {k} days. {ppl[1]} will check with legal about {pick(rng, TOPICS)}. {ppl[2]} owns the budget review. Next sync {rng.choice(['Tuesday','Thursday','Friday'])}."
    if name == "Tessellate":
        return f"Product: {pick(rng, PRODUCTS)}, condition {rng.choice(['new','like new','good'])}, {k} in stock. Write a 60-word description."
    if name == "TalkTutor":
        return rng.choice([f"Yo {rng.choice(['soy','estoy'])} cansado porque trabajé {k} horas.", f"Ich habe gestern nach {pick(rng, CITIES)} gefahren.", f"J'ai allé au marché avec {pick(rng, NAMES)}."])
    return chat(rng)


# --------------------------------------------------------------------------- misc

SYSTEMS_DEV = ["You are a senior software engineer. Be precise.", "You are a coding assistant.", None, None, None]
SYSTEMS_AGENT = [
    "You are an autonomous coding agent working in a git repository. Use the tools to inspect and modify files. Run the tests before finishing.",
    "You are a helpful assistant with access to tools. Call tools when they help; otherwise answer directly.",
    "You operate a browser on the user's behalf. Confirm before purchases.",
    "You are a data analyst agent. Use SQL tools, show your queries, and summarise findings.",
]
