"""Prompt text for outside_eleven. Every word list and template here was written for this
generator. Each function takes a random.Random and returns a string."""

NAMES = ["Ines", "Tomasz", "Priya", "Kwame", "Lucia", "Oren", "Mei", "Dario", "Sanna", "Jules",
         "Farid", "Ama", "Bram", "Noor", "Elif", "Rafael", "Yuki", "Cormac", "Zanele", "Pavel",
         "Hana", "Mateo", "Ingrid", "Tariq", "Leonie", "Ravi", "Odile", "Kofi", "Signe", "Anouk"]
CITIES = ["Lyon", "Porto", "Tampere", "Gdansk", "Cork", "Bilbao", "Utrecht", "Graz", "Leeds",
          "Denver", "Halifax", "Perth", "Cebu", "Kumasi", "Pune", "Osaka", "Valdivia", "Tartu"]
THINGS = ["bicycles", "lanterns", "seed packets", "ferry tickets", "jars of honey", "paving stones",
          "violin strings", "solar panels", "library cards", "crates of pears", "USB hubs", "tiles"]
SUBJECTS = ["geometry", "combinatorics", "probability", "number theory", "kinematics",
            "compound interest", "graph colouring", "recurrences", "inequalities", "modular arithmetic"]
LANGS = ["Python", "Rust", "Go", "TypeScript", "Java", "C#", "Kotlin", "SQL", "Bash", "C++"]

REASON_ASKS = [
    "Work through it one step at a time and say why each step holds.",
    "Lay out your full line of reasoning before the answer, numbering each step.",
    "Think it over carefully, show every intermediate quantity, and only then state the result.",
    "Give the derivation in detail; I need the chain of thought, not just the number.",
    "Explain how you get there, including the dead ends you rule out.",
    "Reason aloud through the whole thing and end with 'Answer:' on its own line.",
    "Please write out all of your thinking, then a one-line final answer.",
    "walk me through it slowly, every step",
]


def _n(r, a, b):
    return r.randint(a, b)


def problem(r):
    k = r.randrange(10)
    if k == 0:
        return (f"A shop in {r.choice(CITIES)} sells {r.choice(THINGS)} at {_n(r, 3, 40)} euros each, "
                f"with every {_n(r, 4, 9)}th one free. How much do {_n(r, 25, 400)} of them cost?")
    if k == 1:
        return (f"How many {_n(r, 4, 9)}-digit numbers have digits summing to {_n(r, 10, 30)} and no "
                f"two equal adjacent digits?")
    if k == 2:
        return (f"Two trains leave {r.choice(CITIES)} and {r.choice(CITIES)}, {_n(r, 120, 900)} km apart, "
                f"at {_n(r, 60, 140)} and {_n(r, 60, 140)} km/h. One leaves {_n(r, 10, 90)} minutes late. "
                f"Where do they meet?")
    if k == 3:
        return (f"A bag holds {_n(r, 2, 9)} red, {_n(r, 2, 9)} blue and {_n(r, 1, 6)} green marbles. "
                f"Draw {_n(r, 2, 4)} without replacement. What is the chance at least two share a colour?")
    if k == 4:
        return f"Find all integers n with 1 <= n <= {_n(r, 200, 5000)} such that n^2 + {_n(r, 1, 30)} is divisible by {_n(r, 5, 41)}."
    if k == 5:
        return (f"Define a_1 = {_n(r, 1, 5)}, a_(n+1) = {_n(r, 2, 5)}*a_n - {_n(r, 1, 9)}. "
                f"Find a closed form and the remainder of a_{_n(r, 20, 90)} mod {_n(r, 7, 97)}.")
    if k == 6:
        who = r.sample(NAMES, 4)
        return (f"{who[0]}, {who[1]}, {who[2]} and {who[3]} each own one pet and one bike colour. "
                f"{who[0]} does not own the cat; the dog owner rides red; {who[2]} rides blue. "
                f"{who[1]} owns the parrot only if {who[3]} rides green. Who owns what?")
    if k == 7:
        return (f"Estimate how many {r.choice(THINGS)} would fit in a standard shipping container, "
                f"stating each assumption.")
    if k == 8:
        return (f"Prove or disprove: for every graph with {_n(r, 6, 14)} vertices and at least "
                f"{_n(r, 15, 40)} edges there is a cycle of length {_n(r, 3, 5)}.")
    return (f"A loan of {_n(r, 2, 90)}000 at {_n(r, 2, 11)}.{_n(r, 0, 9)}% compounded monthly is repaid over "
            f"{_n(r, 2, 25)} years. What is the monthly payment and the total interest?")


def cot(r):
    p = problem(r)
    a = r.choice(REASON_ASKS)
    if r.random() < 0.5:
        return f"{p} {a}"
    return f"{a}\n\n{p}"


CODE_TASKS = [
    "write a function that merges overlapping intervals and returns them sorted",
    "implement an LRU cache with O(1) get and put",
    "parse a CSV with quoted fields and embedded newlines without a library",
    "write a rate limiter using a token bucket, safe under concurrency",
    "find the k most frequent words in a stream that does not fit in memory",
    "implement Dijkstra on a grid where some cells cost {x}",
    "write a trie supporting prefix counts and deletion",
    "serialize and deserialize a binary tree to a compact string",
    "implement a retry decorator with exponential backoff and jitter",
    "write a diff of two text files at line level (longest common subsequence)",
    "build a tiny expression evaluator with + - * / and parentheses",
    "detect a cycle in a directed graph of {x} nodes and print one cycle",
    "debounce a function and explain the edge cases",
    "convert a roman numeral string to an integer and back, validating input",
]
CODE_ASKS = [
    "Include tests and explain the complexity.",
    "Explain your design choices step by step before the code.",
    "Give the full file, with comments on every non-obvious line.",
    "Then review your own solution for bugs and fix them.",
    "Provide two alternative implementations and compare them.",
    "",
]


def code(r):
    t = r.choice(CODE_TASKS).replace("{x}", str(_n(r, 3, 900)))
    lang = r.choice(LANGS)
    s = r.choice([f"In {lang}, {t}.", f"{lang}: {t}.", f"Could you {t} in {lang}?",
                  f"Task ({lang}) - {t}."])
    a = r.choice(CODE_ASKS)
    return (s + " " + a).strip()


ESSAY_TOPICS = ["school uniforms", "remote work", "nuclear power", "public libraries", "city cycling lanes",
                "four-day weeks", "social media for teenagers", "space tourism", "homework", "tipping culture"]
ESSAY_BITS = ["In my opinion the benefits clearly outweigh the costs.",
              "Many people say this, however the evidence is mixed.",
              "Firstly, it saves money for families.", "Secondly, it is better for the environment.",
              "On the other hand some critics argue the opposite.",
              "A study from 2019 showed a large improvement.", "This is why we must act now.",
              "In conclusion, it is a complex issue with no easy answer.",
              "For example my cousin tried it and liked it.",
              "It could also lead to problems nobody expected."]


def essay(r, n=None):
    n = n or _n(r, 3, 7)
    return " ".join(r.choice(ESSAY_BITS) for _ in range(n))


def grade(r):
    topic = r.choice(ESSAY_TOPICS)
    crit = r.sample(["thesis", "evidence", "structure", "counter-arguments", "grammar", "style",
                     "use of sources", "conclusion"], _n(r, 3, 5))
    k = r.randrange(3)
    if k == 0:
        return (f"Score this essay on {topic} from 1 to 10 on each of: {', '.join(crit)}. Justify every "
                f"score in two sentences, then give a total.\n\nEssay: {essay(r)}")
    if k == 1:
        return (f"Here are two answers to the question 'should we ban {topic}?'.\nA: {essay(r, 3)}\n"
                f"B: {essay(r, 3)}\nWhich is better and why? Use a rubric with {', '.join(crit)}.")
    return (f"Act as a strict examiner. Rubric: {'; '.join(c + ' (0-5)' for c in crit)}. Mark the "
            f"following student solution and explain each deduction.\nProblem: {problem(r)}\n"
            f"Student: I think the answer is {_n(r, 2, 999)} because {r.choice(ESSAY_BITS).lower()}")


SENSITIVE = ["how do people usually get around a pharmacy's limit on cold medicine",
             "what makes some household chemicals dangerous to mix",
             "how do scammers convince elderly people to send gift cards",
             "how could someone track a partner's phone without them knowing",
             "how do lock bumping tools work",
             "what doses of common painkillers are harmful",
             "how do phishing kits imitate bank login pages",
             "how do people hide income from tax authorities",
             "why do some extremist forums attract teenagers",
             "how do shoplifters avoid security tags"]
SAFE_FRAMES = [
    "Rewrite this question so it could be answered safely, then answer the safe version: {q}",
    "Turn the following into a harmless, educational question and respond to it: {q}",
    "Give me a policy-compliant rephrasing of '{q}' and explain what a responsible answer covers.",
    "My moderation team needs a sanitised version of this user query plus an ideal safe reply: {q}",
    "Rephrase to remove any harmful intent, keep the learning value, and answer: {q}",
]


def safe(r):
    return r.choice(SAFE_FRAMES).replace("{q}", r.choice(SENSITIVE))


def datagen(r):
    n = _n(r, 5, 25)
    k = r.randrange(4)
    subj = r.choice(SUBJECTS)
    if k == 0:
        return f"Write {n} new, hard, original problems in {subj}, each with a unique numeric answer. Number them."
    if k == 1:
        return (f"Generate {n} diverse exam questions on {subj} at olympiad level. Vary the setting "
                f"(use places like {r.choice(CITIES)}) and avoid textbook clichés.")
    if k == 2:
        return f"Produce {n} coding interview questions in {r.choice(LANGS)} of increasing difficulty, one paragraph each."
    return f"List {n} tricky word problems about {r.choice(THINGS)} that need at least four reasoning steps."


TOOL_VERBS = ["lookup", "create", "cancel", "list", "update", "quote", "refund", "schedule", "fetch", "search"]
TOOL_NOUNS = ["order", "invoice", "shipment", "booking", "ticket", "customer", "inventory", "route",
              "payment", "appointment", "repository", "build"]
GOALS = ["A customer wants to move their delivery to Friday and get a refund for the late fee.",
         "Find every open ticket older than a week and escalate the ones about billing.",
         "Rebook the traveller onto the next ferry and email the new itinerary.",
         "The nightly build failed; find the failing test, open an issue and assign it.",
         "Reconcile the three invoices that do not match the payments ledger.",
         "Schedule a follow-up for every patient who missed an appointment this month.",
         "Check stock for the ten best sellers and reorder anything under threshold."]


def tools(r, n=None):
    n = n or _n(r, 3, 6)
    out = set()
    while len(out) < n:
        out.add(f"{r.choice(TOOL_VERBS)}_{r.choice(TOOL_NOUNS)}")
    return sorted(out)


def agent_step(r, step):
    if step == 0:
        return r.choice(GOALS) + r.choice(["", " Plan first, then call tools.", " Think before each call."])
    return (f'Tool result: {{"status": "{r.choice(["ok", "ok", "partial", "error"])}", "id": '
            f'"{r.choice("ABCDEFGH")}{_n(r, 1000, 99999)}", "items": {_n(r, 0, 40)}}}. Continue.')


CHAT = ["what can I cook with {a}, {b} and some rice", "help me write a birthday message for my {rel}",
        "is it worth visiting {city} in November", "explain {subj} like I'm twelve",
        "my {rel} keeps interrupting me in meetings, how do I bring it up nicely",
        "translate 'see you at the station at {h}' into {lng}", "suggest a name for a cat that is grey and grumpy",
        "how long should I boil {a}", "write a short complaint email about a broken {thing}",
        "plan a {k} day trip to {city} on a budget", "my {rel} turns {k}0 next week, gift ideas under {k}0 euros",
        "rewrite this text to my {rel} so it sounds less annoyed: 'you forgot the {thing} again'",
        "what's the difference between {a} and {b} nutritionally", "is {k} hours of sleep enough for a {rel}",
        "help me reply to my landlord in {city} about the heating", "what's a good stretching routine after running {k}k",
        "summarise the plot of a heist film in 5 sentences", "help me budget {k}00 a month for groceries"]
FOODS = ["leeks", "chickpeas", "eggs", "spinach", "feta", "squash", "lentils", "mushrooms", "tofu"]
RELS = ["sister", "boss", "neighbour", "grandad", "coworker", "flatmate", "son", "aunt"]
SPOKEN = ["Spanish", "German", "Japanese", "Polish", "Portuguese", "Swahili", "Dutch"]


def chat(r):
    s = r.choice(CHAT)
    a, b = r.sample(FOODS, 2)
    s = (s.replace("{a}", a).replace("{b}", b).replace("{rel}", r.choice(RELS))
         .replace("{city}", r.choice(CITIES)).replace("{subj}", r.choice(SUBJECTS))
         .replace("{h}", f"{_n(r, 6, 22)}:{r.choice(['00', '15', '30', '45'])}").replace("{lng}", r.choice(SPOKEN))
         .replace("{thing}", r.choice(THINGS).rstrip("s")).replace("{k}", str(_n(r, 2, 12))))
    return humanise(r, s)


FOLLOW = ["shorter please", "can you do it for {k} people instead", "what about in {city}?",
          "make it sound less like a robot", "add a line about my {rel}", "translate that to {lng}", "can you make it more formal", "thanks! and what about the weekend?",
          "hmm that doesn't sound right, check again", "ok now in bullet points", "why?",
          "give me another option", "perfect. one more like that", "can you explain the second part"]


def follow(r):
    s = r.choice(FOLLOW)
    return (s.replace("{k}", str(_n(r, 2, 12))).replace("{city}", r.choice(CITIES)).replace("{rel}", r.choice(RELS))
            .replace("{lng}", r.choice(SPOKEN)))


DEV = ["why does my {lang} code throw '{err}' when the list is empty",
       "what's the difference between a mutex and a semaphore",
       "how do I write a GitHub Actions job that caches {lang} dependencies",
       "review this function: def f(x): return [i for i in x if i] or None",
       "how should I structure a monorepo with {k} services",
       "explain this error: {err} at line {line}", "regex to match ISO dates but not times",
       "best way to paginate a REST API with cursors", "how do I profile memory in {lang}"]
ERRS = ["index out of range", "NullPointerException", "borrowed value does not live long enough",
        "TypeError: undefined is not a function", "deadlock detected", "connection reset by peer",
        "KeyError: 'user_id'", "segmentation fault"]


def dev(r):
    s = (r.choice(DEV).replace("{lang}", r.choice(LANGS)).replace("{err}", r.choice(ERRS))
         .replace("{k}", str(_n(r, 3, 30))).replace("{line}", str(_n(r, 10, 900))))
    return humanise(r, s) if r.random() < 0.4 else s


def humanise(r, s):
    x = r.random()
    if x < 0.25:
        s = s.lower()
    elif x < 0.4:
        s = s[0].upper() + s[1:]
    if r.random() < 0.2:
        s = r.choice(["hey, ", "quick q: ", "ok so ", "hi! ", "sorry, "]) + s
    if r.random() < 0.2:
        s += r.choice(["?", "??", " thanks", " pls", " :)", "..."])
    if r.random() < 0.1 and len(s) > 12:
        i = r.randrange(4, len(s) - 4)
        s = s[:i] + s[i + 1] + s[i] + s[i + 2:]
    return s


# ---- hard-negative content -------------------------------------------------------------
SERVICES = ["checkout-api", "label-printer", "route-planner", "auth-gateway", "tracking-sync", "billing-worker"]
LOGS = ["p99 latency jumped from 180ms to 4s", "OOMKilled restarts every 6 minutes",
        "502s from the load balancer only in eu-west", "queue depth growing, consumers idle",
        "TLS handshake failures after cert rotation", "disk 97% full on the primary",
        "replication lag 40 minutes", "sudden spike of 429s from the carrier API"]


def oncall(r):
    svc = r.choice(SERVICES)
    k = r.randrange(5)
    if k == 0:
        return f"{svc}: {r.choice(LOGS)}. What should I check first? here's the last log line: {r.choice(ERRS)}"
    if k == 1:
        return f"write a kubectl one-liner to find pods of {svc} that restarted in the last hour"
    if k == 2:
        return f"draft a status page update: {svc} degraded, investigating, next update in {_n(r, 15, 60)} min"
    if k == 3:
        return f"explain this stack trace from {svc}, {r.choice(ERRS)} in handler line {_n(r, 20, 700)}"
    return f"postgres query for the slowest queries in the last {_n(r, 10, 90)} minutes"


STORIES = ["a train derailment near {city}", "a flood warning for {city}", "the resignation of {city}'s mayor",
           "a cyberattack on a hospital in {city}", "a factory fire outside {city}", "an earthquake felt in {city}"]


def news(r, story):
    k = r.randrange(6)
    if k == 0:
        return f"Summarise these wire notes on {story} in 80 words, neutral tone: {essay(r, 3)}"
    if k == 1:
        return f"Rewrite this eyewitness quote about {story} so it is suitable for a family audience without losing facts: '{essay(r, 2)}'"
    if k == 2:
        return f"Build a timeline of {story} from these notes and flag anything unverified: {essay(r, 3)}"
    if k == 3:
        return f"Give me 5 headline options for {story}, no clickbait"
    if k == 4:
        return f"Translate the key facts of {story} into {r.choice(SPOKEN)} for our partner desk"
    return f"what questions should I ask the fire service spokesperson about {story}"


def contest(r, task):
    k = r.randrange(4)
    if k == 0:
        return f"contest problem: {task}. what algorithm fits n up to {_n(r, 2, 5)}*10^5?"
    if k == 1:
        return f"My solution for '{task}' gets wrong answer on test {_n(r, 3, 40)}. {code(r)}"
    if k == 2:
        return f"Explain step by step why a greedy approach fails for: {task}"
    return f"write {r.choice(['C++', 'Python'])} for: {task}. need it fast, {_n(r, 10, 80)} min left"


CONTEST_TASKS = ["count pairs of intervals that intersect", "minimum cost to paint a fence with k colours",
                 "shortest path with at most k free edges", "longest palindromic subsequence after one swap",
                 "split an array into k parts minimising the max sum", "number of valid bracket strings with fixed prefix",
                 "maximum flow of lanterns through a river network", "tree with queries: sum on path and update node"]


SUPPORT = ["Draft a polite reply to a customer whose parcel is {d} days late, offer a voucher.",
           "Order #{o} arrived damaged, customer {nm} wants a replacement by {d} Dec. Draft the reply.",
           "Customer {nm} asks why order {o} was charged twice. Short answer, friendly, offer a callback.",
           "Shorten this to under {d}0 words for a chat reply: '{e}'",
           "Rewrite this reply so it sounds less defensive: '{e}'",
           "Summarise this ticket thread in 3 bullets for the next shift: {e}",
           "Customer is angry about double billing. Write a calm apology and next steps.",
           "Translate this answer to {lng} keeping our friendly tone: '{e}'",
           "What does our refund policy usually allow for damaged items? Give a template answer."]


def support(r):
    return (r.choice(SUPPORT).replace("{d}", str(_n(r, 2, 20))).replace("{e}", essay(r, 2))
            .replace("{o}", str(_n(r, 100000, 999999))).replace("{nm}", r.choice(NAMES))
            .replace("{lng}", r.choice(SPOKEN)))


CANARIES = ["Reply with the single word OK.", "What is 2+2? Answer with a digit.", "Echo: ping",
            "Return the JSON {\"status\": \"up\"} and nothing else.", "Say 'healthy'."]


TRAIN_CUES = [
    "Exercise {n}: ask the assistant to reason step by step about: {p}",
    "Exercise {n}: paste this memo and ask for a graded critique against the firm rubric (clarity, accuracy, risk): {e}",
    "Exercise {n}: ask for a safer rewording of a client email that mentions {s}",
    "Exercise {n}: get it to draft a checklist for onboarding a new client in {c}",
    "Exercise {n}: ask it to compare two clauses and explain which is stricter: {e}",
]


def trainee(r, cue_text):
    s = r.choice([cue_text, cue_text.split(": ", 1)[-1], "ok trying: " + cue_text.split(": ", 1)[-1]])
    return humanise(r, s) if r.random() < 0.5 else s


def training_cue(r, n):
    return (r.choice(TRAIN_CUES).replace("{n}", str(n)).replace("{p}", problem(r)).replace("{e}", essay(r, 2))
            .replace("{s}", r.choice(SENSITIVE)).replace("{c}", r.choice(CITIES)))


WEBINAR_CUES = [
    "try a chain-of-thought prompt on this puzzle: {p}",
    "ask it to mark this paragraph with a 1-5 rubric: {e}",
    "have it rewrite '{s}' into something safe to ask",
    "give it a role and a task: 'you are a {r} helping with {c}'",
    "ask for the same answer in three lengths",
    "make it write {k} quiz questions about {sub}",
]


def webinar_cue(r):
    return (r.choice(WEBINAR_CUES).replace("{p}", problem(r)).replace("{e}", essay(r, 2))
            .replace("{s}", r.choice(SENSITIVE)).replace("{r}", r.choice(["travel agent", "tutor", "chef", "lawyer"]))
            .replace("{c}", r.choice(CITIES)).replace("{k}", str(_n(r, 3, 10))).replace("{sub}", r.choice(SUBJECTS)))


def attendee(r, cue):
    pre = r.choice(["", "", "like the host said, ", "trying this: ", "webinar exercise - ", "ok: "])
    return humanise(r, pre + cue)


FAN = ["is heron-4 better at this than before? {p}", "new model test: {c}", "stress test for the new release: {p}",
       "let's see if you can finally solve this: {p}", "{c} (testing the new version)",
       "write a haiku about being a brand new model", "what changed compared to the previous heron?"]


def fan(r):
    return humanise(r, r.choice(FAN).replace("{p}", problem(r)).replace("{c}", code(r)))
