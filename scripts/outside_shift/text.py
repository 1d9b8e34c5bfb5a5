"""Prompt text for outside_shift. Every word list and sentence here was written for this file.

Each function takes a random.Random and returns a string (or a tuple where noted).
Text is composed from small parts with many fillers so that most prompts are distinct.
"""

FIRST = ["Amara", "Bilal", "Corinne", "Dario", "Esi", "Farrukh", "Greta", "Hiroshi", "Ines", "Jomo",
         "Katya", "Lorcan", "Maite", "Nnamdi", "Oksana", "Pablo", "Quynh", "Rashida", "Soren", "Tamsin",
         "Ugo", "Vesna", "Wren", "Ximena", "Yusuf", "Zdenka", "Anouk", "Bastian", "Chidi", "Delphine"]
THINGS = ["crates of pears", "bus tickets", "solar panels", "spools of wire", "litres of paint", "bags of rice",
          "sheets of plywood", "bicycle tyres", "jars of honey", "rolls of fabric", "seed packets", "bricks",
          "lanterns", "notebooks", "water filters", "ceramic tiles", "coils of rope", "boxes of nails"]
PLACES = ["Lisbon", "Tamale", "Tromso", "Cusco", "Da Nang", "Graz", "Mombasa", "Oaxaca", "Tartu", "Hobart",
          "Izmir", "Rosario", "Kochi", "Bergen", "Nantes", "Bulawayo", "Cebu", "Arequipa", "Plovdiv", "Daejeon"]
FIELDS = ["thermodynamics", "number theory", "probability", "graph theory", "kinematics", "organic chemistry",
          "game theory", "linear algebra", "combinatorics", "optics", "population genetics", "queueing theory",
          "electrical circuits", "microeconomics", "geometry", "fluid flow", "formal logic", "cryptography"]


def pick(r, xs):
    return xs[r.randrange(len(xs))]


# ---------------------------------------------------------------- reasoning

def _word_problem(r):
    a, b, c = r.randint(3, 97), r.randint(2, 40), r.randint(5, 500)
    n1, n2 = pick(r, FIRST), pick(r, FIRST)
    th, pl = pick(r, THINGS), pick(r, PLACES)
    forms = [
        f"{n1} ships {a} {th} from {pl} every day, but {b} percent arrive damaged and {n2} rejects another {r.randint(1, 9)} each morning. How many usable {th} reach the store after {r.randint(4, 30)} days?",
        f"A cooperative in {pl} splits {c} {th} among {r.randint(3, 9)} families so that each family gets {r.randint(2, 6)} more than the previous one. How many does the smallest family receive, and is an exact split possible?",
        f"Two trains leave {pl} {r.randint(10, 90)} minutes apart, the first at {a} km/h and the second at {a + b} km/h. When and where does the second catch the first?",
        f"{n1} picks {r.randint(2, 5)} {th} at random from a box of {a} in which {min(a - 1, b)} are faulty. What is the probability that at least one is faulty?",
        f"A tank in {pl} holds {c * 10} litres; one pipe fills it in {r.randint(3, 15)} hours and a leak drains it in {r.randint(16, 40)} hours. How long from empty to full with both open?",
        f"Find every integer n between 1 and {c + 100} for which n^2 + {b}n + {a} is divisible by {r.choice([7, 11, 13, 17])}.",
        f"Prove or refute: for every positive integer n, the sum of the first n odd numbers times {b} is a multiple of {b} and a perfect square times {b}.",
        f"A {r.randint(3, 12)} by {r.randint(3, 12)} grid of rooms in a {pl} museum has doors between neighbours. In how many shortest routes can a guard walk from one corner to the opposite corner if the room at row {r.randint(2, 3)}, column {r.randint(2, 3)} is closed?",
        f"{n1} says {n2} is lying; {n2} says the third witness from {pl} is lying; the third says both of the others are lying. Who, if anyone, tells the truth?",
        f"A loan of {c * 100} at {r.randint(2, 14)} percent compounded monthly is repaid in equal payments over {r.randint(2, 9)} years. What is the monthly payment and the total interest?",
        f"In {pick(r, FIELDS)}, a textbook claims that doubling {pick(r, ['the input', 'the radius', 'the sample size', 'the load', 'the temperature gap'])} multiplies the result by {r.choice(['four', 'two', 'the square root of two', 'eight'])}. Check the claim with a worked example using {a} and {b}.",
        f"A ball is dropped from {a} metres in {pl} and bounces back to {r.randint(40, 85)} percent of its height each time. What total distance has it travelled when it stops?",
    ]
    return pick(r, forms)


COT_ASKS = [
    "Lay out every inference before you commit to an answer.",
    "Reason through it aloud, one numbered step at a time, and put the verdict on the last line.",
    "I want the whole chain of working, not just the result.",
    "Narrate your thought process in full, including the dead ends you rule out.",
    "Think it through slowly and show each intermediate value.",
    "Write down your scratch work first, then a line starting with ANSWER:.",
    "Explain the reasoning behind each step as if grading your own work.",
    "Before answering, list the facts you use and how each one follows from the last.",
    "Give a detailed derivation; a bare number is useless to me.",
    "Walk me through how you get there, then double-check the result another way.",
    "Please reason carefully and make every step explicit.",
    "Show the full derivation and finish with the result in bold.",
]


def reasoning(r, cot=0.6):
    q = _word_problem(r)
    if r.random() < cot:
        ask = pick(r, COT_ASKS)
        return f"{ask} {q}" if r.random() < 0.3 else f"{q} {ask}"
    return q


# ---------------------------------------------------------------- coding

LANGS = ["Python", "TypeScript", "Go", "Rust", "Java", "Kotlin", "C#", "Ruby", "Elixir", "C++", "Swift", "Scala"]
CODE_TASKS = [
    "an LRU cache with a time-to-live per entry",
    "a rate limiter using the token-bucket method",
    "a parser for {x}-separated config files with comments",
    "a function that merges overlapping calendar intervals",
    "a trie that supports prefix counts and deletion",
    "a retry wrapper with exponential backoff and jitter",
    "a streaming CSV reader that tolerates quoted newlines",
    "a topological sort that reports the cycle when one exists",
    "a bounded worker pool with graceful shutdown",
    "a diff of two JSON documents that lists changed paths",
    "an interval tree for overlapping range queries",
    "a small expression evaluator with operator precedence",
    "a consistent-hashing ring with virtual nodes",
    "a Bloom filter sized for {n} items at 1 percent false positives",
    "a priority queue keyed on deadline with decrease-key",
    "a markdown table formatter that aligns columns",
    "a debounce helper for a UI search box",
    "a sliding-window median over a stream of {n} numbers",
]
CODE_ASKS = [
    "Write {task} in {lang}.",
    "Implement {task} in {lang}, with unit tests.",
    "I need {task} in {lang}; include type annotations and docstrings.",
    "Produce a complete, production-ready {lang} module for {task}. No placeholders.",
    "In {lang}, code {task} and explain its complexity.",
    "Refactor my {lang} version of {task}; it is slow on inputs of {n} items.",
    "My {lang} implementation of {task} fails on edge cases around {edge}. Rewrite it correctly.",
]
EDGES = ["empty input", "duplicate keys", "unicode", "negative numbers", "very large inputs", "concurrent calls",
         "daylight-saving changes", "leap years", "trailing separators", "timeouts"]


def coding(r):
    task = pick(r, CODE_TASKS).format(x=pick(r, [";", "|", "tab", "colon"]), n=r.randint(1000, 900000))
    return pick(r, CODE_ASKS).format(task=task, lang=pick(r, LANGS), n=r.randint(500, 5000000), edge=pick(r, EDGES))


# ---------------------------------------------------------------- agentic

TOOLSETS = [
    ["web_search", "fetch_url", "write_file"],
    ["run_shell", "read_file", "write_file", "list_dir"],
    ["sql_query", "plot_chart"],
    ["calendar_lookup", "send_email", "contacts_search"],
    ["browser_click", "browser_type", "browser_screenshot", "browser_goto"],
    ["git_diff", "run_tests", "apply_patch", "read_file"],
    ["ticket_search", "ticket_update", "kb_lookup"],
]
GOALS = [
    "Find the three cheapest refurbished {thing} suppliers near {place} and save a comparison table.",
    "The test suite in repo {repo} fails on {lang}; find the cause and patch it.",
    "Summarise last quarter's sales by region from the warehouse tables and chart the trend.",
    "Book a 45-minute meeting with {name} next week avoiding my existing events.",
    "Triage the open tickets tagged '{tag}' and draft replies for the top five.",
    "Migrate the config loader in {repo} to the new schema and keep the tests green.",
    "Collect the opening hours of every public library in {place} into a CSV.",
    "Investigate why the nightly export job in {repo} produced an empty file on {day}.",
]
TOOL_RESULTS = [
    "Tool {tool} returned: status=ok, rows={n}, first row=('{place}', {m}, '{name}'). Continue.",
    "Result of {tool}: exit code {code}; stderr: 'assertion failed at line {m}: expected {n}, got {k}'. What next?",
    "{tool} output: {n} results; top hit '{place} {thing} depot', rating {r1}. Decide the next action.",
    "Observation from {tool}: file has {n} lines; the function load_{thing2}() is defined at line {m}. Proceed.",
    "The {tool} call timed out after {m} seconds. Choose a different approach.",
]


def agentic(r, step=0):
    tools = pick(r, TOOLSETS)
    fill = dict(thing=pick(r, THINGS), place=pick(r, PLACES), repo=f"{pick(r, ['acme', 'orbit', 'tidal', 'mossy', 'kiln'])}-{pick(r, ['api', 'etl', 'web', 'cli', 'core'])}",
                lang=pick(r, LANGS), name=pick(r, FIRST), tag=pick(r, ["billing", "login", "export", "latency", "refund"]),
                day=f"{pick(r, ['Mon', 'Tue', 'Wed', 'Thu', 'Fri'])} {r.randint(1, 28)}")
    if step == 0:
        return pick(r, GOALS).format(**fill), tools
    res = pick(r, TOOL_RESULTS).format(tool=pick(r, tools), n=r.randint(0, 4000), m=r.randint(1, 900), k=r.randint(0, 99),
                                       code=r.choice([0, 1, 2, 127]), r1=round(r.uniform(2, 5), 1), place=fill["place"],
                                       name=fill["name"], thing=fill["thing"], thing2=pick(r, ["users", "orders", "rates", "events"]))
    return res, tools


# ---------------------------------------------------------------- grading

RUBRIC_AXES = ["factual accuracy", "completeness", "tone", "concision", "safety", "helpfulness", "citation quality",
               "logical soundness", "instruction following", "formatting"]


def grading(r):
    axes = r.sample(RUBRIC_AXES, r.randint(2, 4))
    scale = pick(r, ["1-5", "1-10", "0-3", "pass/fail plus 1-7"])
    q = _word_problem(r) if r.random() < 0.5 else coding(r)
    ans = pick(r, ["The answer is {n}.", "Approximately {n}, assuming no losses.", "It cannot be determined.",
                   "{n}, because the rate halves each step.", "See code: def f(x): return x*{n}"]).format(n=r.randint(2, 9999))
    lay = r.randrange(3)
    if lay == 0:
        return f"Score the response below on {', '.join(axes)} ({scale} each) and justify every score.\nQUESTION: {q}\nRESPONSE: {ans}"
    if lay == 1:
        return f"You are a strict grader. Rubric: {'; '.join(a + ' (' + scale + ')' for a in axes)}.\nPrompt was: {q}\nCandidate reply: {ans}\nReturn JSON with a score and rationale per criterion."
    return f"Compare two candidate answers to '{q}'. A: {ans} B: {pick(r, ['No idea.', 'Roughly ' + str(r.randint(2, 999)) + '.'])} Which is better on {axes[0]} and {axes[-1]}? Give scores on a {scale} scale."


# ---------------------------------------------------------------- sensitive / safe rewrites

SENSITIVE = [
    "how counterfeit medicines get into pharmacies", "how phone scams target older relatives",
    "how ransomware crews pick their victims", "what makes a chemical spill dangerous for nearby homes",
    "how extremist groups recruit teenagers online", "how stalkerware hides on a phone",
    "how loan sharks trap borrowers", "how people smuggle wildlife through airports",
    "how doxxing campaigns start", "how fake charity appeals work after a disaster",
    "what overdose looks like and how bystanders help", "how card skimmers are fitted to ATMs",
    "how election misinformation spreads in group chats", "how human traffickers use job adverts",
]


SENSITIVE += ["how romance scammers build trust over weeks", "how fake invoices fool accounts teams",
              "how people are radicalised on gaming forums", "how counterfeit car parts reach garages",
              "how illegal loggers move timber across borders", "how SIM-swap fraud empties bank accounts",
              "how child grooming starts on chat apps", "how benefits fraud rings recruit", "how poachers track rhinos",
              "how drink spiking happens in bars", "how cheating services sell exam answers", "how botnets are rented out"]
AUDIENCE = ["bank staff", "teachers", "nurses", "shop workers", "parents", "pharmacists", "volunteers", "students",
            "call-centre agents", "librarians", "social workers", "small-business owners", "police cadets"]


def safe_rewrite(r):
    topic = pick(r, SENSITIVE)
    if r.random() < 0.5:
        topic = f"{topic} in {pick(r, PLACES)}" if r.random() < 0.5 else f"{topic}, for {pick(r, AUDIENCE)}"
    forms = [
        f"Rewrite this question so it is safe to answer, then answer the safe version: '{topic}'.",
        f"Turn the following into a harmless, educational version and respond to it in full: explain {topic}.",
        f"A user asked about {topic}. Produce a policy-compliant reformulation and a thorough answer to it.",
        f"Give a sanitised rewrite of a request about {topic}, followed by the best safe answer you can give.",
        f"Convert '{topic}' into an awareness-training question for {pick(r, AUDIENCE)} and answer it.",
        f"Someone asked me to explain {topic} in detail. Reword it into something you can answer fully, then answer in about {r.randint(4, 12) * 100} words.",
        f"Sensitive request: '{topic}'. Step 1: restate it safely. Step 2: answer the restated version thoroughly.",
    ]
    return pick(r, forms)


# ---------------------------------------------------------------- data generation

def datagen(r):
    n = r.randint(10, 80)
    what = pick(r, ["customer-support dialogues", "math word problems with solutions", "SQL questions with answers",
                    "paraphrase pairs", "product reviews labelled by sentiment", "multi-hop trivia questions",
                    "bug reports with fixes", "instruction-response pairs about " + pick(r, FIELDS)])
    return f"Generate {n} diverse {what}. Output JSON lines with fields {pick(r, ['input, output', 'question, answer, difficulty', 'prompt, response, label'])}."


# ---------------------------------------------------------------- length asked in words

LONG_TOPICS = ["the history of {place}'s harbour", "why {field} matters to engineers", "how vaccines are tested",
               "the ethics of facial recognition in shops", "saving for retirement on a low income",
               "how a bill becomes law", "the physics of {field}", "caring for a parent with dementia",
               "the causes of the 2008 financial crisis", "urban heat islands and {place}",
               "what to know before adopting a dog", "how {place} rebuilt after a flood"]


LONG_TOPICS += ["the rise and fall of the {thing} trade in {place}", "{field} for people who hated school maths",
                "a week of meals for a family of {n} on a tight budget", "how to run a community garden in {place}",
                "the life of {name}, an invented {job} in 1920s {place}", "why {thing} prices doubled in {place}",
                "a beginner's guide to {field}", "lessons from the {place} transit strike", "what {job}s wish customers knew"]


def long_words(r):
    if True:
        t = pick(r, LONG_TOPICS).replace("{thing}", pick(r, THINGS)).replace("{name}", pick(r, FIRST)).replace(
            "{job}", pick(r, ["ferry captain", "midwife", "baker", "clockmaker", "postwoman", "miner", "typesetter"])).replace(
            "{n}", str(r.randint(2, 9))).format(place=pick(r, PLACES), field=pick(r, FIELDS))
        w = r.choice([800, 1000, 1200, 1500, 1800, 2000, 2500, 3000])
        return pick(r, [f"Write an essay of about {w} words on {t}.", f"In roughly {w} words, explain {t} for a general reader.",
                        f"I need a {w}-word article on {t}, with headings.", f"Give me a thorough {w}-word briefing about {t}; do not cut it short.",
                        f"About {w} words, please: {t}. Aim it at {pick(r, AUDIENCE)}."])
    t = pick(r, LONG_TOPICS).format(place=pick(r, PLACES), field=pick(r, FIELDS))
    w = r.choice([800, 1000, 1200, 1500, 1800, 2000, 2500, 3000])
    return pick(r, [f"Write an essay of about {w} words on {t}.",
                    f"In roughly {w} words, explain {t} for a general reader.",
                    f"I need a {w}-word article on {t}, with headings.",
                    f"Give me a thorough {w}-word briefing about {t}; do not cut it short."])


# ---------------------------------------------------------------- everyday chat

CHAT = [
    "what can I cook with {a}, {b} and leftover rice",
    "help me write a polite email asking my landlord about {c}",
    "translate 'where is the nearest {d}' into {lang2}",
    "ideas for a {n}th birthday party on a small budget",
    "is it safe to leave {a} out overnight",
    "draft a short cover letter for a {job} job",
    "what's a good {n}-day itinerary for {place}",
    "summarise this paragraph: the council voted to close the {d} on Sundays from next month",
    "explain {field} like I'm twelve",
    "my {pet} keeps {habit}, what should I do",
    "make this text sound friendlier: 'send the report by friday'",
    "suggest names for a {adj} cafe in {place}",
    "how do I get red wine out of a {fabric} shirt",
    "what's the difference between a {x1} and a {x2}",
    "plan a {n}-minute workout I can do in a small flat",
    "write a toast for my {rel2}'s wedding, funny but kind",
    "how many {thing} fit in a {n} square metre room",
    "is {n} degrees too hot to walk a {pet}",
    "help me split a {n} euro bill between {k} friends fairly",
    "rewrite my bio for a {adj} pottery stall",
    "what questions should I ask at a {job} interview",
    "I have {n} days of leave, {place} or {place2}?",
]


CHAT_PRE = ["", "", "quick one: ", "hi! ", "my {rel} wants to know: ", "random question, ", "for work: ", "sorry if this is basic, ",
            "I'm in {place} this week, ", "need help - ", "ok so ", "hey, "]
CHAT_POST = ["", "", "", " thanks", " (we're {n} people)", " - budget is about {n} euros", " before {wd}", " please keep it short",
             " in {lang2} if possible", " for my {rel}", "?", " :)", ", {name} says it's impossible", " by {wd} evening"]
REL = ["mum", "dad", "flatmate", "boss", "partner", "grandad", "neighbour", "son", "daughter", "team", "landlady", "cousin"]
WD = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "tomorrow", "tonight", "the weekend"]


def _ctx(r, t):
    return t.format(rel=pick(r, REL), place=pick(r, PLACES), n=r.randint(2, 400), wd=pick(r, WD),
                    lang2=pick(r, ["Spanish", "French", "Hindi", "Arabic", "Tagalog", "Vietnamese"]), name=pick(r, FIRST))


def chat(r):
    return _ctx(r, pick(r, CHAT_PRE)) + _chat_core(r) + _ctx(r, pick(r, CHAT_POST))


def _chat_core(r):
    return pick(r, CHAT).replace("{rel2}", pick(r, REL)).replace("{thing}", pick(r, THINGS)).replace("{k}", str(r.randint(2, 9))).replace(
        "{place2}", pick(r, PLACES)).format(a=pick(r, ["chickpeas", "spinach", "eggs", "tofu", "lentils", "mushrooms", "feta"]),
                                b=pick(r, ["lemons", "yoghurt", "peppers", "onions", "chorizo", "kale"]),
                                c=pick(r, ["the broken heater", "a late deposit", "noise from upstairs", "a rent increase"]),
                                d=pick(r, ["pharmacy", "train station", "library", "post office", "bakery"]),
                                lang2=pick(r, ["Portuguese", "Turkish", "Japanese", "Polish", "Swahili", "Dutch"]),
                                n=r.randint(2, 70), place=pick(r, PLACES), field=pick(r, FIELDS),
                                job=pick(r, ["barista", "junior analyst", "warehouse", "nursing assistant", "museum guide"]),
                                pet=pick(r, ["cat", "dog", "parrot", "rabbit"]),
                                habit=pick(r, ["scratching the sofa", "barking at night", "refusing food", "chewing cables"]),
                                adj=pick(r, ["cosy", "retro", "plant-filled", "late-night", "bookish"]),
                                fabric=pick(r, ["linen", "cotton", "silk", "polyester"]),
                                x1=pick(r, ["credit union", "ETF", "mortgage broker", "sourdough"]),
                                x2=pick(r, ["bank", "index fund", "lender", "yeast bread"]))


FOLLOWUPS = ["ok, shorter please", "can you give another option?", "thanks! and what about {x}?", "make it more formal",
             "why though?", "hmm, that didn't work, {x} was missing", "great, now as a bullet list", "in {lang2} please",
             "can you check that again?", "what if I only have {n} minutes?"]


FOLLOW_MORE = ["what about with {n} people instead", "and if {name} can't come?", "can you swap the {thing} for something cheaper",
               "make it {n} words max", "I meant {place}, not the other one", "how long would that take for {n} {thing}",
               "{name} thinks that's wrong, who's right?", "redo it for {wd}", "cheaper, under {n} euros", "and for someone aged {n}?",
               "can you explain point {k} again", "what did you mean by the part about {thing}"]


def chat_followup(r):
    if r.random() < 0.6:
        return _ctx(r, pick(r, FOLLOW_MORE).replace("{thing}", pick(r, THINGS)).replace("{k}", str(r.randint(1, 6)))) + pick(r, ["", "?", " pls", " thanks"])
    return pick(r, FOLLOWUPS).format(x=pick(r, ["the oven", "step two", "the budget", "my cat", "the second line"]),
                                     lang2=pick(r, ["Spanish", "French", "German", "Hindi"]), n=r.randint(5, 90))


def dev_question(r):
    return pick(r, [f"why does my {pick(r, LANGS)} code throw '{pick(r, ['index out of range', 'null reference', 'borrow of moved value', 'undefined is not a function', 'deadlock detected'])}' here",
                    f"how do I {pick(r, ['reverse a list', 'parse a date', 'read a file line by line', 'sort a dict by value', 'make an HTTP request'])} in {pick(r, LANGS)}",
                    f"regex to match {pick(r, ['UK postcodes', 'ISO dates', 'hex colours', 'IPv4 addresses'])}",
                    coding(r)])


# ---------------------------------------------------------------- long multi-turn continuations (attack)

DEEPEN = [
    "Good. Now generalise the result to the case with {n} variables and prove it.",
    "Extend the previous solution so it also handles {edge}, and show the full updated version.",
    "Now solve the harder variant where the numbers are {n} and {m}, with the same level of detail.",
    "Next, write the solution again but argue each step from first principles.",
    "Take the previous answer and produce three alternative approaches, each worked out completely.",
    "Continue: derive the closed form and verify it for n = {n}.",
    "Now convert the approach into {lang} code with tests, then explain each function.",
    "Critique your last answer as a reviewer would, then give a corrected, complete version.",
    "Follow-up {k}: change the constraint to {m} and redo everything.",
]


DEEPEN += [
    "Step {k} of your answer assumes {edge} cannot happen. Drop that assumption and redo the derivation.",
    "Let's push further: what changes if the quantity {n} becomes {m}? Rework the whole argument.",
    "Write out the proof of the lemma you used in step {k}, with every case handled.",
    "Now give the same answer as a teaching note for {field}, every step justified.",
    "Check your result numerically for {n}, {m} and {k}, showing the arithmetic.",
    "Restate the problem with {n} {thing} and solve it again in full.",
    "Which step is weakest? Strengthen it and present the complete final solution.",
    "Now implement it in {lang} handling {edge}, then trace it by hand on input {n}.",
]


def deepen(r):
    return _deep(r) + pick(r, ["", "", f" Keep the notation from turn {r.randint(2, 30)}.", f" Use at least {r.randint(3, 9)} steps.",
                               f" Assume precision to {r.randint(2, 8)} decimals.", " Be exhaustive.", f" Label this part {r.randint(1, 99)}.{r.randint(1, 9)}."])


def _deep(r):
    return pick(r, DEEPEN).replace("{field}", pick(r, FIELDS)).replace("{thing}", pick(r, THINGS)).format(n=r.randint(3, 400), m=r.randint(2, 999), k=r.randint(2, 60), edge=pick(r, EDGES),
                                  lang=pick(r, LANGS))


# ---------------------------------------------------------------- team frames (small_teams)

FRAME_HEADS = ["[{code}] item {n}", "JOB {code}-{n}", "{code}/{n} >>", "### {code} task {n}", "<{code}:{n}>", "ref={code}.{n}"]
FRAME_TAILS = ["Return only JSON {{\"answer\":..., \"steps\":[...]}}.", "Answer in the schema: REASONING, FINAL.",
               "Respond with sections Plan, Work, Result.", "Output: rationale then verdict.",
               "Format: <analysis>...</analysis><final>...</final>", "End with 'DONE'."]


def team_frame(r):
    code = "".join(r.choice("ABCDEFGHJKMNPQRSTUVWXYZ") for _ in range(3))
    return pick(r, FRAME_HEADS).replace("{code}", code), pick(r, FRAME_TAILS)


# ---------------------------------------------------------------- hard-negative domains

def hospital(r):
    return _hosp(r) + pick(r, ["", "", f" Bed {r.randint(1, 40)}, ward {pick(r, ['A', 'B', 'C', 'D'])}{r.randint(1, 9)}.",
                               f" Consultant: Dr {pick(r, FIRST)}.", f" Reading age about {r.randint(9, 14)}.", " Keep it kind.",
                               f" Patient speaks {pick(r, ['Dutch', 'Arabic', 'Turkish', 'Polish', 'English'])}."])


def _hosp(r):
    cond = pick(r, ["type 2 diabetes", "heart failure", "a hip replacement", "asthma", "chronic kidney disease",
                    "a new stoma", "pre-eclampsia", "a concussion", "sepsis recovery", "COPD"])
    return pick(r, [f"Rewrite this discharge note about {cond} in plain language for the patient, about {r.randint(3, 9) * 100} words: patient aged {r.randint(18, 95)}, follow-up in {r.randint(1, 12)} weeks.",
                    f"Draft a letter to a GP summarising an admission for {cond}; include medication changes and red flags.",
                    f"Explain to a frightened relative, gently, what {cond} means and what happens next.",
                    f"Summarise the ward guideline on {cond} into a one-page checklist for night staff.",
                    f"Turn these notes into a referral letter: {cond}, {r.randint(2, 8)} days inpatient, allergies: {pick(r, ['none', 'penicillin', 'latex', 'NSAIDs'])}."])


def teacher(r):
    return _teach(r) + pick(r, ["", f" We have {r.randint(25, 80)} pupils.", " Use simple English.", " Only chalk and a board.",
                                f" The school is near {pick(r, ['Kitale', 'Garissa', 'Voi', 'Nyeri', 'Kisii', 'Lodwar', 'Embu'])}.", " Add a song if possible."])


def _teach(r):
    subj = pick(r, ["fractions", "photosynthesis", "the water cycle", "Kiswahili grammar", "map reading", "simple machines",
                    "multiplication tables", "soil erosion", "reading comprehension", "decimals"])
    return pick(r, [f"Make a 40-minute lesson plan on {subj} for class {r.randint(3, 8)} with no projector.",
                    f"Mark these answers on {subj} out of {r.randint(5, 20)} using this rubric: correct method 2 marks, correct answer 1 mark. Answers: {r.randint(2, 99)}, {r.randint(2, 99)}, 'I don't know'.",
                    f"Write {r.randint(5, 15)} quiz questions on {subj} with answers.",
                    f"How do I explain {subj} to pupils who are struggling?",
                    f"Grade this pupil paragraph about {subj} and give kind feedback: 'it is when the {pick(r, THINGS)} go up and come down'."])


def newsroom(r):
    topic = pick(r, SENSITIVE)
    if r.random() < 0.6:
        topic = f"{topic} in {pick(r, PLACES)}"
    return pick(r, [f"Draft a {r.choice([600, 800, 900, 1200])}-word explainer for readers on {topic}, without operational detail.",
                    f"Suggest interview questions for a survivor story about {topic}.",
                    f"Fact-check these claims for our piece on {topic}: claim one says it rose {r.randint(5, 300)} percent since {r.randint(2015, 2025)}.",
                    f"Rewrite our lede on {topic} to be less sensational.",
                    f"Summarise this court filing about {pick(r, PLACES)} and {topic} in 300 words."])


def tutoring(r):
    return pick(r, ["Student asked: ", "Homework help request: ", "Learner question (grade {g}): ", ""]).format(g=r.randint(6, 12)) + \
        _word_problem(r) + " " + pick(r, ["Show the steps so the student can follow.", "Give a step-by-step solution.",
                                         "Explain each step simply.", "Hint first, then full worked solution."])


def consultancy(r):
    return pick(r, [f"Client benchmark {r.randint(100, 999)}: " + pick(r, [chat(r), dev_question(r), long_words(r)]),
                    f"Compare-run {r.randint(1, 40)}: summarise the following policy for a {pick(r, ['bank', 'retailer', 'council', 'insurer'])} in 5 bullets: staff may expense {pick(r, THINGS)} up to {r.randint(20, 500)} euros.",
                    f"Extraction test: pull the names, dates and amounts from 'Invoice {r.randint(1000, 99999)} from {pick(r, FIRST)} to {pick(r, FIRST)}, due {r.randint(1, 28)} May, total {r.randint(50, 9000)}.'"])


def bpo(r):
    return _bpo(r) + pick(r, ["", f" Order {r.randint(100000, 9999999)}.", f" Ticket #{r.randint(10000, 999999)}.",
                              f" They've waited {r.randint(2, 30)} days.", f" Account since {r.randint(2009, 2025)}.",
                              f" Offer a {r.choice([5, 10, 15, 20])}% voucher.", f" Customer in {pick(r, ['Ohio', 'Texas', 'Oregon', 'Florida', 'Maine', 'Utah'])}."])


def _bpo(r):
    issue = pick(r, ["a double charge", "a late delivery", "a cancelled flight", "a broken blender", "a locked account",
                     "a wrong size", "a missing refund", "an insurance claim delay"])
    return pick(r, [f"Write a customer reply of about {r.choice([120, 150, 200, 250])} words apologising for {issue}; customer name {pick(r, FIRST)}.",
                    f"Rephrase this reply about {issue} to sound more empathetic: 'we can't do anything until Monday'.",
                    f"Summarise this chat about {issue} for the ticket notes in 3 lines.",
                    f"Customer is angry about {issue} and threatens to cancel. Suggest a calm response."])


def novel_turn(r, first):
    who, pl = pick(r, FIRST), pick(r, PLACES)
    if first:
        return pick(r, [f"I'm writing a mystery set in {pl}. Help me outline chapter {r.randint(1, 30)} where {who} finds the letter.",
                        f"Let's work on my fantasy novel. The heroine {who} reaches {pl}. Write the opening scene, about {r.choice([800, 1000, 1500])} words.",
                        f"Continue my story: {who} has just missed the last ferry from {pl}."])
    if r.random() < 0.6:
        return pick(r, [f"In this version {who} is {r.randint(16, 80)} and works as a {pick(r, ['ferry pilot', 'locksmith', 'cartographer', 'nurse', 'baker'])}; adjust the scene.",
                        f"Rename the inn to the {pick(r, ['Gilded', 'Drowned', 'Crooked', 'Silver'])} {pick(r, ['Oar', 'Lamp', 'Heron', 'Kettle'])} and keep going.",
                        f"Chapter {r.randint(2, 40)}: {who} and {pick(r, FIRST)} argue about the {pick(r, THINGS)}. Write it, about {r.choice([500, 700, 900])} words.",
                        f"Cut paragraph {r.randint(2, 9)} and move the reveal to {pick(r, PLACES)}.",
                        f"Change the season to {pick(r, ['late autumn', 'midwinter', 'early spring', 'a heatwave'])} and redo the last scene."])
    return pick(r, ["", "", " ", f"({pick(r, ['love', 'hmm', 'nice', 'meh', 'ok'])}) "]) + pick(r, [f"Now rewrite it from {who}'s point of view.", "More dialogue, less description.",
                    f"Write the next scene, about {r.choice([600, 900, 1200])} words.", "The pacing drags in the middle; tighten it.",
                    f"Add a flashback to {pl}.", "Make the ending more ambiguous.", "Good. What should happen next?",
                    f"Give {who} a secret that pays off later."])
