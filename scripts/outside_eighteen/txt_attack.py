"""Text that harvesting operations send: problem banks, coding tasks, grading items, rewrites of sensitive
questions, agent tasks, label items and fabricated conversations. Operators generate these with their own
tooling, so wording varies across accounts and over time; nothing here is a fixed marker."""
from common import pick
from textkit import fill, gen, num, dec
import txt_dev as D

# ------------------------------------------------------------------ reasoning problem bank
NAMES = ["Ayla", "Bruno", "Chidi", "Dana", "Emeka", "Farah", "Goran", "Hiro", "Ines", "Jae", "Kavya", "Lars", "Mona", "Nikolai", "Odile", "Pedro"]


def problem(r):
    k = int(r.random() * 20)
    a, b, c = r.randint(2, 40), r.randint(2, 60), r.randint(3, 99)
    if k == 0:
        return "How many positive integers n ≤ %d satisfy that n^2 + %d is divisible by %d?" % (a * 100, b, r.choice([3, 5, 7, 9, 11, 13]))
    if k == 1:
        return "A bag has %d red, %d green and %d blue marbles. Three are drawn without replacement. What is the probability that all three colours appear?" % (a % 9 + 2, b % 7 + 2, c % 8 + 2)
    if k == 2:
        return "Find all real x with sqrt(x + %d) + sqrt(x - %d) = %d." % (a, b % 10 + 1, c % 12 + 4)
    if k == 3:
        return "%s walks from town A to town B at %d km/h and cycles back at %d km/h. The round trip takes %d hours %d minutes. How far apart are the towns?" % (pick(r, NAMES), a % 5 + 3, b % 15 + 12, c % 5 + 2, r.choice([0, 15, 20, 30, 40, 45]))
    if k == 4:
        return "In triangle ABC, AB = %d, AC = %d and angle A = %d°. Find BC and the radius of the circumscribed circle, exact where possible." % (a, b, r.choice([30, 45, 60, 120, 135]))
    if k == 5:
        return "A tank is filled by pipe P in %d minutes and by pipe Q in %d minutes; a drain empties it in %d minutes. Starting empty with all three open, when is it full?" % (a + 5, b + 8, c + 20)
    if k == 6:
        p5 = r.sample(NAMES, 5)
        return "Five people — %s — sit in a row. %s is not at either end, %s sits immediately left of %s, and %s is not next to %s. How many arrangements are possible?" % (
            ", ".join(p5), p5[0], p5[1], p5[2], p5[3], p5[4])
    if k == 7:
        return "A firm faces demand Q = %d - %dP and cost C(Q) = %d + %dQ. Find the profit-maximising price and quantity, and the deadweight loss compared with marginal-cost pricing." % (c * 10, a % 6 + 1, b * 10, a % 9 + 2)
    if k == 8:
        return "A %d kg block slides down a %d° incline with coefficient of kinetic friction %.2f, starting from rest %.1f m above the floor. What is its speed at the bottom?" % (a % 20 + 1, r.choice([20, 25, 30, 35, 40]), 0.1 + r.random() * 0.4, 1 + r.random() * 9)
    if k == 9:
        return "Evaluate the integral of x^%d · e^(-%dx) from 0 to infinity, and explain whether the Gamma function gives the same answer." % (a % 6 + 1, b % 5 + 1)
    if k == 10:
        return "A loan of %d is repaid with %d equal monthly payments at %.2f%% annual interest compounded monthly. What is the payment, and how much interest is paid in total?" % (c * 1000, r.choice([24, 36, 48, 60, 120, 240]), 2 + r.random() * 9)
    if k == 11:
        return "Is the following argument valid? 'If the server is patched, the scan passes. If the scan passes, the audit closes. The audit did not close. Therefore the server %s patched.' Justify with a truth table or a derivation." % pick(r, ["was not", "was"])
    if k == 12:
        return "A disease has prevalence %.1f%%. A test has sensitivity %d%% and specificity %d%%. Given two independent positive results, what is the probability of disease?" % (0.1 + r.random() * 5, r.randint(80, 99), r.randint(85, 99))
    if k == 13:
        return "Find the smallest positive integer that leaves remainder %d when divided by %d, remainder %d when divided by %d, and remainder %d when divided by %d." % (a % 5, 5, b % 7, 7, c % 11, 11)
    if k == 14:
        return "How many grams of %s are needed to neutralise %d mL of %.2f M sulfuric acid, and what volume of CO2 at STP is released if the base is a carbonate?" % (pick(r, ["sodium carbonate", "calcium carbonate", "sodium bicarbonate"]), a * 10, 0.05 + r.random())
    if k == 15:
        return "A sequence is defined by a1 = %d, a(n+1) = %d·a(n) mod %d. Find a(%d) and the period of the sequence." % (a, b % 9 + 2, r.choice([97, 101, 103, 107, 113]), c * 7)
    if k == 16:
        return "A population of %d grows logistically with r = %.2f per year and carrying capacity %d. When does it reach 90%% of capacity?" % (c * 10, 0.05 + r.random() * 0.5, c * 1000)
    if k == 17:
        return "Three machines produce %d%%, %d%% and the rest of a factory's output with defect rates %.1f%%, %.1f%% and %.1f%%. A random item is defective; which machine most likely made it, and with what probability?" % (a % 30 + 20, b % 30 + 10, r.random() * 5, r.random() * 5, r.random() * 5)
    if k == 18:
        return "An investor can choose a project paying %d now or %d in %d years. At what discount rate is she indifferent, and how does the answer change with continuous compounding?" % (c * 100, c * 100 + b * 37, a % 9 + 2)
    return "Prove or disprove: for every integer n ≥ %d, %d^n > n^%d." % (a % 10 + 1, b % 4 + 2, c % 6 + 2)


REASON_WRAP = [
    "{p}",
    "{p} Work through it carefully and show your reasoning before the final answer.",
    "Solve the following. Lay out each stage of the reasoning, check the result, then state the answer on its own line.\n\n{p}",
    "{p}\n\nPlease reason it out fully, including any dead ends you rule out.",
    "Problem:\n{p}\n\nGive a complete worked solution.",
    "I'd like a thorough derivation for this one, not just the number: {p}",
    "{p} Explain the method as if you were writing the model solution for a marking guide.",
    "Consider this question. {p} First restate what is being asked, then solve, then verify.",
    "Here's a problem from a practice set: {p} Walk me through how to get there.",
    "{p}\nAnswer format: reasoning, then 'Final answer:' followed by the result.",
    "Solve with full justification. Where there are several approaches, pick one and say why.\n{p}",
    "{p} (Show all intermediate values.)",
]


def reasoning(r, wrap=None):
    return (wrap or pick(r, REASON_WRAP)).replace("{p}", problem(r))


# ------------------------------------------------------------------ coding tasks
ALGOS = ["an interval tree supporting insert, delete and overlap queries", "a rate limiter using the token bucket algorithm with per-key buckets",
         "an LRU cache with O(1) get/put and a TTL per entry", "Dijkstra's algorithm on a graph given as an adjacency list with negative-edge detection",
         "a trie with prefix counting and deletion", "a consistent-hashing ring with virtual nodes", "a min-heap based scheduler for delayed jobs",
         "a parser for arithmetic expressions with precedence and parentheses", "a union-find with path compression and rollback",
         "a sliding-window median over a stream", "a bloom filter with configurable false-positive rate", "topological sort that reports a cycle if one exists",
         "a diff of two text files producing unified diff output", "a CSV reader that handles quoted newlines", "a retrying HTTP client with jittered backoff",
         "a skip list", "an in-memory key-value store with snapshots", "a matrix exponentiation routine for Fibonacci mod m",
         "run-length encoding and decoding for binary data", "a cron expression parser that computes the next N fire times"]
LANGS = ["Python", "TypeScript", "Go", "Rust", "Java", "C++", "Kotlin", "C#"]
CODE_WRAP = [
    "Implement {a} in {l}. Include tests and explain the complexity.",
    "Write {a} in {l}. Think about edge cases first, list them, then write the code.",
    "In {l}, build {a}. Production quality: typed, documented, with unit tests.",
    "I need {a} ({l}). Explain the design choices before the code.",
    "{l}: implement {a}. Then describe how you would test it under concurrency.",
    "Give me an idiomatic {l} implementation of {a}, with a short proof that it is correct.",
]


def coding(r):
    if r.random() < 0.3:
        lang, code = D.snippet(r)
        return "%s\n\n```%s\n%s\n```" % (pick(r, ["Find every bug in this function, explain each, and give a corrected version with tests.",
                                                 "Refactor this for correctness and performance. Justify every change.",
                                                 "What does this code do, what is wrong with it, and how would you rewrite it?",
                                                 "Review this as a senior engineer would, then rewrite it."]), lang, code)
    return fill(r, pick(r, CODE_WRAP), {"a": ALGOS, "l": LANGS})


# ------------------------------------------------------------------ rubric grading
GRADE_Q = ["Explain why the sky appears blue.", "Describe the causes of inflation in 2022.", "What is a race condition? Give an example.",
           "Summarise the plot of Romeo and Juliet in 100 words.", "Explain how vaccines train the immune system.",
           "Compare TCP and UDP.", "Why did the Western Roman Empire fall?", "What does a p-value mean?", "Explain recursion to a beginner.",
           "Describe the water cycle.", "What are the trade-offs of microservices?", "Explain photosynthesis.", "What is opportunity cost?"]
ANSWERS = ["Because of Rayleigh scattering: shorter wavelengths scatter more, so blue light reaches our eyes from all directions.",
           "Mostly because of supply chains, energy prices and too much money printing by central banks after covid.",
           "It's when two threads access shared data at the same time and the result depends on timing, like two deposits to one account.",
           "Two young lovers from feuding families marry in secret; a chain of misunderstandings leads to both of their deaths.",
           "Vaccines contain parts or weakened forms of a pathogen, which the immune system learns to recognise so it can respond faster later.",
           "TCP is reliable and ordered; UDP is faster but has no guarantees. Video calls often use UDP.",
           "The empire fell because of barbarian invasions, economic trouble and political instability, plus it was too big.",
           "A p-value is the probability that the null hypothesis is true.", "Recursion is when a function calls itself until it reaches a base case.",
           "Water evaporates, forms clouds, falls as rain and flows back to the sea.", "Microservices scale independently but add network complexity and ops overhead.",
           "Plants use sunlight to turn water and carbon dioxide into glucose and oxygen.", "It's the value of the next best alternative you give up."]
RUBRICS = ["accuracy (0-4), completeness (0-3), clarity (0-3)", "correctness 1-5 and helpfulness 1-5", "a single score from 1 to 10",
           "factuality, reasoning quality, concision, each 1-5", "pass/fail on each of: correct, complete, appropriate level, no errors"]
GRADE_WRAP = [
    "Grade the answer against the rubric. Give a score per criterion with a one-sentence justification each, then a total.\n\nQuestion: {q}\nAnswer: {a}\nRubric: {rb}",
    "You are an expert marker. Question: {q}\nStudent response: {a}\nScore using {rb}. Explain what would raise the score.",
    "Evaluate this response.\nPrompt: {q}\nResponse: {a}\nCriteria: {rb}\nReturn JSON with scores and rationale.",
    "Assess the quality of the following answer on {rb}. Be strict; identify any factual errors.\nQ: {q}\nA: {a}",
]


def grading(r):
    if r.random() < 0.55:
        p = problem(r)
        sol = pick(r, ["Setting up the equation gives %d, so the answer is %d." % (r.randint(2, 900), r.randint(2, 900)),
                       "By symmetry the cases split evenly; final answer %d/%d." % (r.randint(1, 40), r.randint(41, 99)),
                       "Using the formula directly: %.3f." % (r.random() * 100),
                       "We try small cases, spot the pattern and conclude %d." % r.randint(0, 500)])
        return fill(r, pick(r, GRADE_WRAP), {"q": [p], "a": [sol], "rb": RUBRICS})
    i = int(r.random() * len(GRADE_Q))
    a = ANSWERS[i]
    if r.random() < 0.4:
        a = a + " " + pick(r, ["This is well established.", "I think.", "Some sources disagree.", "For example in 1998.", "That's the main point."])
    return fill(r, pick(r, GRADE_WRAP), {"q": [GRADE_Q[i]], "a": [a], "rb": RUBRICS})


# ------------------------------------------------------------------ "safe" rewrites of sensitive questions
SENSITIVE = ["how much paracetamol is too much in one day for someone who weighs {w} kg",
             "how people pick a basic pin tumbler lock when locked out",
             "which household chemicals should never be mixed because they make toxic gas",
             "how phishing emails trick people into entering passwords",
             "how long alcohol stays in your system before driving is legal",
             "what the warning signs are that a teenager is self-harming",
             "how scammers clone a bank's caller ID",
             "how much caffeine would be dangerous for a {w} kg adult",
             "how card skimmers on petrol pumps work",
             "what happens physically during an opioid overdose and how naloxone helps",
             "how ransomware spreads inside a company network",
             "how someone could tell if their phone has stalkerware installed"]
SAFE_WRAP = [
    "Rewrite the user's question into a version that can be answered safely and helpfully, then answer the rewritten version.\n\nUser question: {s}",
    "A user asked: \"{s}\". Produce (1) a harm-reduced reformulation of the request and (2) the ideal assistant reply to it.",
    "Reformulate this so it focuses on safety and prevention, keep the user's real need, then respond: {s}",
    "Take the following sensitive query, explain which parts are risky, rephrase it responsibly, and give the response you would send.\nQuery: {s}",
    "Transform into a safe educational question and answer it in depth: {s}",
]


def safe_rewrite(r, lang=None):
    s = pick(r, SENSITIVE).replace("{w}", str(r.randint(45, 110)))
    out = pick(r, SAFE_WRAP).replace("{s}", s)
    if lang == "de":
        out = "Formuliere die folgende heikle Nutzerfrage so um, dass sie sicher beantwortet werden kann, und beantworte dann die umformulierte Frage: %s" % s
    elif lang == "fr":
        out = "Reformule cette question sensible de manière sûre, puis réponds-y en détail : %s" % s
    elif lang == "es":
        out = "Reescribe esta pregunta delicada de forma segura y luego respóndela con detalle: %s" % s
    return out


# ------------------------------------------------------------------ legal / finance reasoning (EU shard)
LEGAL = [
    "Under GDPR, a {who} processes {data} of {n} people to {purpose}. Identify the lawful basis, whether a DPIA is required, and the retention argument. Reason through each article you rely on.",
    "A German GmbH with revenue of €{rev}m wants to {act}. Walk through the VAT treatment for B2B and B2C customers in {cc}, including reverse charge and OSS.",
    "Compare the tax consequences of paying a founder via salary versus dividends in {country} for profits of €{prof}k. Show the calculation under current rates and state assumptions.",
    "Assess whether this clause is enforceable against a consumer under EU unfair-terms rules and explain the reasoning: \"{clause}\"",
    "An employee in {country} was dismissed after {yrs} years with {notice} weeks' notice. Analyse whether the notice and severance are lawful and what the employer's exposure is.",
    "A fund holds {pct}% of a listed {country} company and plans to increase to {pct2}%. Which disclosure thresholds and mandatory-bid rules apply? Reason step by step through the thresholds.",
    "Work out the IFRS 16 lease liability for a {yrs}-year office lease at €{rent}k per year, discount rate {rate}%, and show the first two years of the amortisation table.",
    "Explain how {ratio} would be computed under Basel III for a bank with the balance sheet figures below, then interpret the result.\nCET1: €{a}m, RWA: €{b}m, total exposure: €{c}m, HQLA: €{d}m, net outflows (30d): €{e}m.",
]
LEGAL_SLOTS = {"who": ["hospital", "dating app", "fitness tracker maker", "school district", "car rental firm", "insurer"],
               "data": ["health data", "location history", "biometric templates", "children's grades", "voice recordings"],
               "n": lambda r: "{:,}".format(r.randint(2, 900) * 1000), "purpose": ["train a recommendation model", "detect fraud", "personalise pricing", "run research", "target ads"],
               "rev": num(2, 400), "act": ["sell SaaS subscriptions across the EU", "sell e-books to consumers", "provide online courses", "sell physical goods via a marketplace"],
               "cc": ["France and Italy", "Spain", "Poland and Czechia", "the Netherlands"], "country": ["Germany", "France", "Ireland", "the Netherlands", "Spain", "Italy", "Austria", "Belgium"],
               "prof": num(60, 900), "clause": ["The provider may change prices at any time without notice.", "All disputes shall be resolved exclusively in the courts of Delaware.",
                                                 "The customer waives any right to withdraw from the contract.", "Subscriptions renew automatically for 24 months unless cancelled 6 months in advance."],
               "yrs": num(2, 25), "notice": num(1, 26), "pct": num(2, 28), "pct2": num(29, 51), "rent": num(40, 900), "rate": dec(2.5, 7.5, 1),
               "ratio": ["the CET1 ratio and the leverage ratio", "the liquidity coverage ratio", "all three: CET1, leverage and LCR"],
               "a": num(200, 9000), "b": num(2000, 90000), "c": num(5000, 200000), "d": num(100, 9000), "e": num(100, 8000)}


def legal_fin(r):
    return gen(r, LEGAL, LEGAL_SLOTS)


# ------------------------------------------------------------------ agentic tasks (harvest side)
ATASK = [
    "Using the available tools, find the three most-cited papers on {topic} from the last five years, read their abstracts, and write a structured comparison of their methods and limitations.",
    "Write a Python script that {code_goal}, run it against sample data you create, fix any failures, and report the final output.",
    "Investigate why the file data/{f}.csv produces different totals when summed by month versus by week. Use the python tool to check, then explain the discrepancy.",
    "Plan and execute: gather current {thing} for {places}, normalise the units, and produce a ranked table with sources.",
    "Given the repository in /workspace, locate the function that handles {feature}, write tests that expose the bug described in ISSUE.md, then patch it.",
    "Research {company_kind} market sizing for {region}: search, cross-check at least two sources per figure, reconcile differences, and write a one-page brief.",
    "Debug the failing build: run the test suite, read the errors, edit the files needed, and repeat until everything passes. Summarise what you changed.",
    "Find the official documentation for {api}, write a minimal working client for it, test one call, and explain how authentication works.",
    "Audit {site} for accessibility problems: fetch the main pages, check headings, alt text and contrast, and write a prioritised fix list.",
    "Create a dataset of {n} {item} from public sources with fields name, date, location and source URL; validate the entries with the python tool.",
    "Compute {metric} for {ticker} over the last {n} quarters from its filings, showing each intermediate figure and where it came from.",
    "Reproduce the main table of the paper at {url}: fetch it, extract the numbers, recompute the averages and flag anything that doesn't match.",
]
ATASK_SLOTS = {"topic": ["retrieval-augmented generation", "protein structure prediction", "graph neural networks for traffic", "federated learning privacy",
                         "battery degradation modelling", "speech recognition for low-resource languages", "reinforcement learning from human feedback", "weather nowcasting"],
               "code_goal": ["deduplicates near-identical customer records", "parses nginx logs and reports p95 latency per endpoint", "converts a folder of Markdown files into a static site",
                             "computes a rolling 30-day churn rate from subscription events", "detects anomalies in hourly sales data", "solves Sudoku puzzles from a text file"],
               "f": ["sales_2025", "orders_q1", "transactions", "web_traffic", "inventory_moves"], "thing": ["electricity prices", "median rents", "broadband speeds", "minimum wages", "fuel prices"],
               "places": ["the ten largest EU countries", "five US states", "Australian capital cities", "G7 countries", "Nordic countries"],
               "feature": ["currency rounding", "timezone conversion", "pagination", "retry logic", "CSV escaping", "permission checks"],
               "company_kind": ["plant-based dairy", "e-bike", "home solar", "pet insurance", "B2B payroll software", "cold-chain logistics"],
               "region": ["Southeast Asia", "the DACH region", "Brazil", "the UK", "the US Midwest", "India"],
               "api": ["the OpenStreetMap Overpass API", "the GitHub GraphQL API", "the ECB exchange-rate feed", "the NOAA weather API", "the Wikidata SPARQL endpoint"],
               "site": ["a municipal website", "an online bookshop", "a university admissions page", "a train operator's booking flow"],
               "n": num(8, 60), "item": ["museum openings", "open-source releases", "earthquakes above magnitude 6", "public hackathons", "clinical trial registrations"],
               "metric": ["free cash flow conversion", "return on invested capital", "net revenue retention", "gross margin trend"],
               "ticker": ["a mid-cap retailer", "a listed airline", "a cloud software company", "a European utility"],
               "url": ["arxiv.org/abs/24%02d.%05d", "a conference paper on tabular benchmarks", "an economics working paper on minimum wages"]}


def agent_task(r):
    t = gen(r, ATASK, ATASK_SLOTS)
    return t.replace("24%02d.%05d", "24%02d.%05d" % (r.randint(1, 12), r.randint(1, 20000)))


# ------------------------------------------------------------------ label sweep: items and label jobs
REVIEW_BITS_POS = ["arrived quickly", "works exactly as described", "my kids love it", "great value", "battery lasts days", "really comfortable",
                   "the staff were lovely", "would buy again", "solid build", "tastes amazing"]
REVIEW_BITS_NEG = ["stopped working after a week", "smaller than the photos", "customer service never replied", "smells like plastic",
                   "the app keeps crashing", "arrived damaged", "overpriced for what it is", "instructions were useless", "cold food, late delivery", "strap broke"]
THINGS = ["blender", "hotel", "phone case", "food delivery", "running shoes", "airline", "budget app", "vacuum", "pizza place", "headphones", "gym",
          "car rental", "baby monitor", "coffee grinder", "language app", "mattress", "train operator", "laptop bag"]


def review_item(r):
    pos = r.random() < 0.55
    bits = r.sample(REVIEW_BITS_POS if pos else REVIEW_BITS_NEG, 2)
    if r.random() < 0.25:
        bits.append(pick(r, REVIEW_BITS_NEG if pos else REVIEW_BITS_POS))
    s = "The %s %s, %s." % (pick(r, THINGS), bits[0], " but ".join(bits[1:]) if len(bits) > 2 else bits[1])
    if r.random() < 0.3:
        s += " %d/5" % r.randint(1, 5)
    if r.random() < 0.15:
        s = s.lower()
    return s


POSTS = ["just got told my flight is cancelled AGAIN", "anyone else think the new update ruined the app", "this city's bus system is a joke",
         "proud of my sister for finishing her nursing degree!!", "why is rent in this town higher than my salary", "if you vote for {x} you're an idiot",
         "free concert in the park tonight, bring snacks", "the referee was bought, no question", "people who don't return shopping carts are the worst",
         "{x} should be locked up for what they did", "lost my cat near the station, grey tabby, please share", "honestly go back where you came from",
         "the new bakery on 5th is unreal", "cant believe they fired her for that", "this heat is going to kill someone"]
HEADLINES = ["Central bank holds rates steady amid cooling inflation", "Local team clinches title in final minute", "New species of frog found in cloud forest",
             "Tech firm announces layoffs across three offices", "Heatwave warnings issued for southern regions", "Court blocks controversial housing plan",
             "Study links sleep duration to heart health", "Ferry strike disrupts island travel", "Startup raises funding for battery recycling",
             "Museum returns looted artefacts", "Wildfire forces evacuations near resort town", "Parliament passes data protection amendment"]
INTENTS = ["card_lost", "transfer_status", "dispute_charge", "change_address", "loan_rates", "close_account", "activate_card", "atm_fee", "exchange_rate", "pin_blocked"]
INTENT_MSGS = ["I think I left my card at the restaurant", "where is the money I sent on monday", "there's a charge from a shop I never went to",
               "I moved house, how do I update it", "what interest do you charge on a personal loan", "how do I shut my account for good",
               "new card came, how do I turn it on", "why was I charged at the ATM abroad", "what rate do you use for euros", "typed my pin wrong 3 times"]
NLI_P = ["A man is playing a guitar on a stage.", "Two children are building a sandcastle at the beach.", "The committee postponed the vote until next week.",
         "A woman in a red coat is waiting for a bus in the rain.", "The company reported record profits this quarter.", "The dog is sleeping on the sofa."]
NLI_H = ["Someone is performing music.", "The kids are indoors.", "The vote happened today.", "A person is outside.", "The company lost money.", "An animal is resting.",
         "The man is a famous musician.", "Nobody is at the beach."]


def diff_item(r):
    f = D.ident(r)
    return "--- a/%s.py\n+++ b/%s.py\n@@ -%d,%d +%d,%d @@\n-    if %s is None:\n-        return []\n+    if not %s:\n+        return None\n     for x in %s:" % (f, f, r.randint(1, 300), r.randint(3, 8), r.randint(1, 300), r.randint(3, 8), pick(r, ["items", "rows", "cfg"]), pick(r, ["items", "rows", "cfg"]), pick(r, ["items", "rows", "cfg"]))


def short_answer(r, good):
    q = pick(r, GRADE_Q)
    i = GRADE_Q.index(q)
    a = ANSWERS[i]
    b = ANSWERS[(i + r.randint(1, len(ANSWERS) - 1)) % len(ANSWERS)] if not good else a + " " + pick(r, ["In short, that's it.", "Hope this helps!", ""])
    return q, a, b


# richer item generators for the label jobs (an operator labels a large synthetic corpus, so items rarely repeat)
_POST_SUBJ = ["my landlord", "the bus driver", "our mayor", "the new manager", "that referee", "my neighbour", "the airline", "this app", "the council",
              "the school board", "my ex", "the delivery guy", "the senator", "the coach", "the barista", "customer service"]
_POST_PRED = ["just cancelled on me again", "is a total joke", "deserves a medal honestly", "should be fired", "made my whole week", "lied to everyone",
              "needs to be locked up", "ruined the weekend", "is doing a great job lately", "can go to hell", "finally fixed the potholes", "ignored us for 3 hours",
              "is the reason this town is dying", "helped me carry the groceries", "better watch their back", "was so kind today"]
_POST_TAIL = ["", "", "!!", " lol", " smh", " #fail", " 🙄", " 😂", " ❤️", " and I'm done", ", unbelievable", " fr", " tbh"]


def post_item(r):
    if r.random() < 0.3:
        return pick(r, POSTS).replace("{x}", pick(r, ["the mayor", "that party", "the senator", "the coach"]))
    s = "%s %s%s" % (pick(r, _POST_SUBJ), pick(r, _POST_PRED), pick(r, _POST_TAIL))
    return s if r.random() < 0.6 else s[0].upper() + s[1:]


_HL_ACT = ["Central bank", "Local council", "Tech giant", "Hospital trust", "Striking rail workers", "Regional court", "Startup", "National team", "Researchers",
           "Farmers' union", "Ministry of health", "Wildlife charity", "Airport operator", "University", "Energy regulator", "Police"]
_HL_VERB = ["announces", "rejects", "delays", "approves", "warns of", "cuts", "unveils", "probes", "wins", "loses appeal over", "doubles", "scraps"]
_HL_OBJ = ["rate decision", "housing plan", "new vaccine trial", "budget shortfall", "record profits", "{n}% price rise", "title after extra time", "fossil discovery",
           "data breach", "heatwave measures", "{n} job cuts", "stadium expansion", "flood defences", "battery plant", "school meal scheme", "drought emergency"]


def headline_item(r):
    if r.random() < 0.25:
        return pick(r, HEADLINES)
    return "%s %s %s" % (pick(r, _HL_ACT), pick(r, _HL_VERB), pick(r, _HL_OBJ).replace("{n}", str(r.randint(2, 900))))


_INT_PRE = ["", "", "hi ", "hello, ", "urgent: ", "quick one - ", "Good evening. ", "hey, "]
_INT_EXTRA = [None, None, None, (" it was about %s", lambda r: pick(r, ["£%d" % r.randint(5, 900), "$%d.%02d" % (r.randint(1, 500), r.randint(0, 99)), "the rent payment"])),
              (" since %s", lambda r: pick(r, ["yesterday", "last week", "Monday", "this morning"])), (" the amount is %s", lambda r: "€%d" % r.randint(5, 3000)),
              (" card ending %s", lambda r: str(r.randint(1000, 9999)))]


def intent_item(r):
    e = pick(r, _INT_EXTRA)
    x = "" if e is None else e[0] % e[1](r)
    return pick(r, _INT_PRE) + pick(r, INTENT_MSGS) + x + pick(r, ["", "?", " pls", " asap", "!!", "."])


_NLI_WHO = ["A man", "A woman", "Two children", "An old couple", "A dog", "A group of students", "The committee", "A chef", "Three cyclists", "A nurse"]
_NLI_DO = ["is playing a guitar", "is waiting for a bus", "are building a sandcastle", "is sleeping", "are arguing loudly", "postponed the vote", "is cooking pasta",
           "are climbing a hill", "is reading a newspaper", "is painting a fence"]
_NLI_WHERE = ["on a stage", "in the rain", "at the beach", "on the sofa", "in a kitchen", "in a park", "at the station", "in an office", "on a mountain road", "at night"]


def nli_item(r):
    if r.random() < 0.2:
        return "Premise: %s\nHypothesis: %s" % (pick(r, NLI_P), pick(r, NLI_H))
    p = "%s %s %s." % (pick(r, _NLI_WHO), pick(r, _NLI_DO), pick(r, _NLI_WHERE))
    h = pick(r, ["Someone is outside.", "Nobody is there.", "A person is resting.", "People are indoors.", "An animal is present.", "The weather is sunny.",
                 "Someone is making food.", "A performance is happening.", "The people are strangers.", "It is daytime."])
    return "Premise: %s\nHypothesis: %s" % (p, h)


# label jobs: (name, system variants, item generator, out median)
def _pair(r):
    if r.random() < 0.55:
        q = problem(r)
        v = r.randint(2, 900)
        a = pick(r, ["Working it through gives %d." % v, "The answer is %d, because the constraints force it." % v, "After simplifying, %d." % v])
        b = pick(r, ["It's %d." % (v + r.randint(1, 50)), "Roughly %d, I think." % v, "Working it through gives %d, checking the edge case confirms it." % v])
        if r.random() < 0.5:
            a, b = b, a
        return "Instruction: %s\n\nResponse A: %s\n\nResponse B: %s" % (q, a, b)
    q, a, b = short_answer(r, r.random() < 0.5)
    if r.random() < 0.5:
        a, b = b, a
    return "Instruction: %s\n\nResponse A: %s\n\nResponse B: %s" % (q, a, b)


LABEL_JOBS = [
    ("sentiment", ["Classify the sentiment of the review as one of: very_negative, negative, neutral, positive, very_positive. Output only the label.",
                   "Return the review's sentiment (very_negative|negative|neutral|positive|very_positive). No explanation.",
                   "Label sentiment on a five-point scale using the exact tokens very_negative, negative, neutral, positive, very_positive."],
     review_item, 3),
    ("toxicity", ["Decide whether the post contains: none, insult, identity_attack, threat, profanity. Respond with JSON {\"label\": ..., \"confidence\": 0-1}.",
                  "Moderation label for the text. Allowed: none, insult, identity_attack, threat, profanity. JSON output with label and confidence.",
                  "Categorise the message for harmful content (none/insult/identity_attack/threat/profanity) and give a confidence. JSON only."],
     post_item, 14),
    ("topic", ["Assign one topic: politics, business, sport, science, health, culture, weather, crime. Output the topic only.",
               "Which section does this headline belong to? (politics|business|sport|science|health|culture|weather|crime)"],
     headline_item, 2),
    ("intent", ["Map the customer message to one intent from: " + ", ".join(INTENTS) + ". Reply with the intent id.",
                "Intent classification. Valid intents: " + " | ".join(INTENTS) + ". Output exactly one."],
     intent_item, 4),
    ("preference", ["Which response better follows the instruction? Answer 'A' or 'B', then one sentence of justification.",
                    "Compare the two responses for helpfulness and accuracy. Output A or B and a brief reason.",
                    "Pick the better answer (A/B). Then give a single-sentence rationale."],
     _pair, 24),
    ("nli", ["Does the premise entail, contradict, or say nothing about the hypothesis? Answer entailment, contradiction or neutral.",
             "NLI: output one of entailment / neutral / contradiction."],
     nli_item, 2),
    ("bugrisk", ["Does this diff introduce a likely bug? Answer yes or no and name the category (null_handling, off_by_one, concurrency, api_misuse, none).",
                 "Label the patch: buggy or clean, plus a category from null_handling/off_by_one/concurrency/api_misuse/none."],
     diff_item, 8),
]


# ------------------------------------------------------------------ fabricated conversations (ghost transcripts)
# persona: (key, system prompt with {name}, references to invented earlier turns, changes, asks)
PERSONAS = [
    ("study", "You are {name}, a patient study tutor for high-school and first-year university students. Encourage the student to think, but give complete explanations when asked.",
     ["going back to the second equation", "about the limit you showed earlier", "for part (c) of my worksheet", "on the proof we started", "with the data from my lab table",
      "in the example with the two trains", "about the variance question", "using the substitution you suggested"],
     ["if the rate is {p}% instead", "when x is negative", "if we use n-1 rather than n", "with {n} samples instead of {m}", "if the angle is {a} degrees", "when the second term is squared",
      "if I start from the other side", "with the numbers swapped"],
     ["why does the sign flip?", "what changes?", "can you redo the last step?", "is my answer of {v} right?", "where did I go wrong?", "how would the examiner want this written?"]),
    ("travel", "You are {name}, an itinerary assistant. Use the conversation so far and refine the plan the traveller is building.",
     ["for day {n} of the plan", "about the ferry bit", "on the hotel you picked in the old town", "with the rail pass idea", "about the budget we set", "for the day trip you suggested"],
     ["if we leave after lunch", "now that my mum can't do stairs", "if we drop the second city", "with {n} more people joining", "if it rains all week", "if the budget goes down by {p}%"],
     ["does it still work?", "redo the totals", "what would you swap?", "which option is less tiring?", "give me the new order of days", "is it still worth it?"]),
    ("support", "You are the support assistant for {name}, a home-internet provider. You have the customer's previous messages in this chat. Follow troubleshooting steps in order.",
     ["I did the reset you said", "after the firmware thing from before", "about the engineer visit you booked", "with the speed test you asked for", "on the refund you mentioned"],
     ["and now the light is orange", "and my phone won't connect either", "but nobody came on {day}", "and it says {v} down now", "but it's back to dropping every {n} minutes"],
     ["what next?", "can you escalate it?", "is this a fault on your side?", "do I need a new router?", "how long will this take?"]),
    ("code", "You are {name}, a pair-programming assistant. Keep continuity with the code discussed earlier in the conversation.",
     ["that fix for the deadlock", "the migration you wrote", "the retry logic from earlier", "the writer-side change we talked about", "your version of the parser", "the cache layer we added"],
     ["now the second test times out", "fails on the old rows with nulls", "needs to be configurable per endpoint", "breaks when there are {n} workers", "is slower by {p}% in the benchmark",
      "doesn't handle the unicode case"],
     ["how do we handle that?", "can you apply the same pattern there?", "what's the cleanest fix?", "show me the diff", "is there a simpler design?"]),
    ("legal", "You are {name}, a legal-information assistant for tenants. You do not give legal advice; you explain rules and options clearly, continuing the discussion.",
     ["about the deposit issue I described", "on the damp problem from my first message", "regarding clause {n} of the letter I pasted", "about the notice period you explained",
      "on the repair request we drafted"],
     ["if the landlord already kept £{v}", "now that it's been {n} weeks", "if they say it's my fault", "if I withhold rent", "given they never registered the deposit"],
     ["does the rule still apply?", "what are my options?", "which option is fastest?", "what should I write back?", "do I need evidence first?"]),
    ("health", "You are {name}, a wellness information assistant. You are not a doctor. Give general information, be clear about when to see a professional.",
     ["about the headaches I mentioned", "on the sleep routine you suggested", "regarding the dosage we discussed", "with the blood pressure numbers I gave", "about the running plan"],
     ["they're worse in the mornings now", "I'm still waking at {h}", "if it's per dose rather than per day", "now that it's {v}/{n}", "after {n} days of trying it"],
     ["should I change anything?", "is that still the caffeine thing?", "when should I see someone?", "what would you adjust?", "is that normal?"]),
    ("finance", "You are {name}, a personal-budget coach. Build on the numbers the user has already shared in this conversation.",
     ["with the bonus we talked about", "using the plan from before", "on the credit card balance I gave you", "about the savings target", "with the rent figure I mentioned"],
     ["if rent goes up {p}% in June", "if my partner goes part-time", "if I put ${v} toward the card", "with {n} months less to save", "if the interest rate drops to {p}%"],
     ["how many months does that save?", "redo the plan", "compare it with the snowball method", "what should come first?", "is it still realistic?"]),
    ("writing", "You are {name}, an editor helping an author revise a manuscript chapter by chapter. Refer back to earlier chapters discussed.",
     ["in chapter {n}", "in the scene I pasted earlier", "with the pacing note you gave", "about the sister's letter", "on the opening you rewrote"],
     ["the sister already knew", "the narrator is unreliable from the start", "I cut {n} pages", "the timeline shifts by a year", "the POV changes mid-scene"],
     ["does the reveal still work?", "tighten it in the same voice", "apply that here too", "how do I seed it earlier?", "what would you cut?"]),
    ("career", "You are {name}, a career coach. Continue the mock interview and feedback session from the earlier messages.",
     ["for the conflict question", "about the salary number you mentioned", "with my STAR answer from earlier", "on the gap in my CV we discussed", "about the case interview"],
     ["here's my new attempt", "if they push back hard", "if they ask about the layoff", "for a {n}-minute answer", "if the interviewer is the CTO"],
     ["is it better than before?", "rewrite it with stronger results", "ask me the next question", "how do I say it without sounding greedy?", "score it out of 10"]),
    ("gaming", "You are {name}, a strategy assistant for a city-builder game. Remember the player's city layout and problems described earlier.",
     ["at the roundabout we talked about", "after building the university", "with the industry I moved like you said", "about the water issue", "on the new tile"],
     ["traffic is still jammed", "the budget went {v} negative", "pollution reaches the suburb", "population dropped by {n}%", "the metro line is empty"],
     ["what do I cut first?", "should I rebuild it?", "what's the priority now?", "fix this or expand?", "what layout would you use?"]),
]
PNAMES = ["Sage", "Juniper", "Atlas", "Nova", "Pip", "Orion", "Mira", "Quill", "Bolt", "Hazel", "Echo", "Lark", "Tilly", "Rex", "Ivy", "Kit"]
GHOST_TAIL = ["", "", "", " Please be thorough.", " Explain your reasoning.", " Take it one piece at a time.", " Short answer is fine.", " Compare the options properly.",
              " Also double-check the numbers you gave before.", " And tell me if anything I said earlier was wrong."]
_GS = {"p": num(3, 40), "n": num(2, 12), "m": num(13, 60), "a": num(15, 75), "v": num(3, 900), "day": ["Tuesday", "Thursday", "the weekend", "the 14th"], "h": ["4am", "3:30", "5"]}


def ghost_system(r, persona):
    return persona[1].replace("{name}", pick(r, PNAMES))


def ghost_turn(r, persona):
    ref, chg, ask = fill(r, pick(r, persona[2]), _GS), fill(r, pick(r, persona[3]), _GS), fill(r, pick(r, persona[4]), _GS)
    u = r.random()
    if u < 0.4:
        s = "%s, %s — %s" % (ref, chg, ask)
    elif u < 0.7:
        s = "ok so %s %s. %s" % (ref, chg, ask)
    elif u < 0.85:
        s = "%s %s, %s" % (chg[0].upper() + chg[1:], ref, ask)
    else:
        s = "wait — %s: %s? %s" % (ref, chg, ask)
    if r.random() < 0.5:
        s = s[0].upper() + s[1:]
    return s + pick(r, GHOST_TAIL)
