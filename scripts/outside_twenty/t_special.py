"""Prompt text of the campaigns and of the look-alikes.

Content generators (problems, code tasks, rubric items, sensitive questions, data specs, agent scenarios, figures)
are shared because operators draw them from the same kind of public material; every campaign wraps them in its own
phrasings, so no two campaigns share templates, and each campaign has several phrasings per task.
"""
from common import expand
import t_base

V = dict(t_base.V)

# ============================================================================================ content: reasoning
V["name"] = ["Ava", "Bilal", "Chen", "Dara", "Elif", "Femi", "Greta", "Hiro", "Ines", "Jonas", "Kavya", "Luis",
             "Mira", "Noor", "Oskar", "Priya", "Quinn", "Rosa", "Sven", "Tomas", "Uma", "Wen", "Yara", "Zane"]
V["word"] = ["BANANAS", "STATISTICS", "MISSISSIPPI", "COMBINATORICS", "PARALLEL", "ALGORITHM", "TENNESSEE",
             "EXCELLENCE", "BALLOON", "PEPPER", "COMMITTEE", "ARRANGEMENT"]
REASONING = [
    "A bag holds {#3-9} red, {#2-8} blue and {#1-6} green marbles. {#2-4} are drawn without replacement. What is the probability that «exactly two are red|all are different colours|at least one is green|none is blue»?",
    "Find all positive integers n \u2264 {#50-500} such that n^2 + {#1-30} is divisible by {#5-23}.",
    "How many ways can the letters of {word} be arranged so that «no two vowels are adjacent|the vowels appear in alphabetical order|the first and last letters are the same|no two identical letters are adjacent»?",
    "A triangle has sides {#5-15}, {#6-18} and {#7-20}. Find «the radius of its inscribed circle|its area|the length of the longest altitude|the radius of its circumscribed circle».",
    "A {#2-20} kg block slides down a {#15-50}\u00b0 incline with coefficient of kinetic friction {#1-4}/10. Starting from rest, how fast is it moving after {#2-12} m?",
    "Let f(x) = x^3 - {#2-9}x^2 + {#1-20}x - {#1-15}. Determine the number of real roots and locate each within an interval of length 1.",
    "Three friends, {name}, {name2} and {name3}, each either always tell the truth or always lie. {name} says: \"{name2} is a liar.\" {name2} says: \"{name} and {name3} are the same type.\" {name3} says: \"I am a truth-teller.\" Who is what?",
    "An investment of ${#1-50},000 earns {#2-9}% interest compounded «monthly|quarterly|continuously». How many years until it «doubles|triples|reaches $100,000»?",
    "Prove or disprove: for every integer n \u2265 {#1-5}, the number n^{#2-5} - n is divisible by {#2-6}.",
    "A sequence satisfies a_1 = {#1-5}, a_(n+1) = {#2-4}a_n - {#1-7}. Find a closed form for a_n and compute a_{#8-20}.",
    "Two trains leave stations {#100-600} km apart at «8:00|9:30|13:15», heading toward each other at {#60-140} km/h and {#50-130} km/h. A bird flies back and forth between them at {#150-300} km/h until they meet. How far does the bird fly?",
    "In how many ways can {#5-12} people be seated around a round table if {name} and {name2} refuse to sit next to each other?",
    "A fair coin is tossed until «two consecutive heads|the pattern HTH|three heads in total» appear. What is the expected number of tosses?",
    "Six meetings (A-F) must be scheduled in slots 1-6. A is before C, B is immediately after D, E is not in slot {#1-6}, F is later than A but earlier than B. List every valid schedule.",
    "The sum of {#3-6} consecutive odd integers is {#75-405}. Find the integers, or show that none exist.",
    "A cylindrical tank of radius {#1-5} m is being filled at {#2-9} m^3/min. How fast is the water level rising when the depth is {#1-6} m? Now do the same for a cone of the same radius and height {#4-12} m.",
    "Evaluate the integral of x^{#1-4} e^(-{#1-3}x) from 0 to infinity, and explain which technique generalises.",
    "A population of bacteria doubles every {#15-90} minutes; an antibiotic kills {#10-40}% of the population every hour. Starting from {#100-5000} cells, when does the population first exceed 10^6?",
    "Let A be the {#2-3}x{#2-3} matrix with rows ({#1-5}, {#0-4}), ({#0-4}, {#1-5}). Find its eigenvalues and eigenvectors and diagonalise A^{#5-12}.",
    "A company's demand is q = {#200-900} - {#2-9}p and cost is C(q) = {#1000-9000} + {#5-40}q. Find the profit-maximising price, and what happens if a per-unit tax of {#2-9} is introduced.",
    "A test for a disease is {#90-99}% sensitive and {#85-99}% specific; prevalence is {#1-5} in {#100-1000}. A person tests positive twice independently. What is the probability they have the disease?",
    "Show that among any {#5-11} integers there are two whose difference is divisible by {#4-10}.",
]
V["name2"] = V["name"]
V["name3"] = V["name"]


def reasoning_item(r):
    return expand(r, r.choice(REASONING), V)


# ============================================================================================ content: coding
CP = [("A delivery robot moves on an n x m grid with blocked cells", "find the minimum number of moves to reach the bottom-right corner if it may remove at most k obstacles"),
      ("You are given an array of n integers and q queries", "for each query (l, r) output the number of distinct values in a[l..r]"),
      ("A city has n junctions connected by m one-way roads with tolls", "find the cheapest route from 1 to n if at most k roads may be used toll-free"),
      ("Given a string s of length n over lowercase letters", "count the distinct palindromic substrings that occur at least twice"),
      ("There are n tasks with deadlines and profits, each taking one unit of time", "choose tasks to maximise total profit"),
      ("A rooted tree with n vertices has a weight on every edge", "for every vertex output the maximum edge weight on its path to the root, with updates"),
      ("You are given n intervals on a line", "find the maximum number of pairwise disjoint intervals after deleting at most one point"),
      ("n players stand in a circle and every k-th player leaves", "determine the last remaining player for each k from 1 to n"),
      ("Given a directed acyclic graph with n nodes and m edges", "count the paths from s to t modulo 998244353 that avoid a set of forbidden nodes"),
      ("A warehouse has n shelves with capacities c_i and m boxes with sizes s_j", "decide whether all boxes fit and output an assignment"),
      ("You are given a permutation p of length n", "find the minimum number of adjacent swaps to make it a single cycle"),
      ("A binary matrix of size n x m is given", "find the largest square consisting of ones after flipping at most one row")]
V["constraints"] = ["1 \u2264 n \u2264 2\u00b710^5", "1 \u2264 n, q \u2264 10^5", "n \u2264 5000, k \u2264 20", "n \u2264 10^6",
                    "1 \u2264 n \u2264 3\u00b710^5, 1 \u2264 m \u2264 5\u00b710^5"]
V["cplang"] = ["C++", "C++17", "Python", "Rust", "Java", "Go", "Kotlin"]
V["ds"] = ["a persistent segment tree", "an interval tree with deletion", "a lock-free single-producer queue",
           "a trie with wildcard search", "a skip list", "a disjoint-set union with rollback", "a B-tree of order 4",
           "a bloom filter with configurable error rate", "a rope for text editing", "a min-max heap",
           "a sparse table for range minimum queries", "a consistent-hashing ring with virtual nodes",
           "a rate limiter using a sliding window log", "a Fenwick tree supporting range updates"]
TRANSLATE_SNIPPETS = [
    "def lis(a):\n    import bisect\n    t = []\n    for x in a:\n        i = bisect.bisect_left(t, x)\n        if i == len(t): t.append(x)\n        else: t[i] = x\n    return len(t)\n",
    "int find(int x){ return p[x]==x?x:p[x]=find(p[x]); }\nvoid unite(int a,int b){ a=find(a); b=find(b); if(a!=b){ if(sz[a]<sz[b]) swap(a,b); p[b]=a; sz[a]+=sz[b]; } }\n",
    "func dijkstra(g [][]edge, s int) []int64 {\n  dist := make([]int64, len(g))\n  for i := range dist { dist[i] = math.MaxInt64 }\n  dist[s] = 0\n  pq := &heapQ{{s, 0}}\n  for pq.Len() > 0 {\n    cur := heap.Pop(pq).(item)\n    if cur.d > dist[cur.v] { continue }\n    for _, e := range g[cur.v] {\n      if nd := cur.d + e.w; nd < dist[e.to] { dist[e.to] = nd; heap.Push(pq, item{e.to, nd}) }\n    }\n  }\n  return dist\n}\n",
    "fn kmp(p: &[u8]) -> Vec<usize> {\n    let mut f = vec![0; p.len()];\n    let mut k = 0;\n    for i in 1..p.len() {\n        while k > 0 && p[i] != p[k] { k = f[k - 1]; }\n        if p[i] == p[k] { k += 1; }\n        f[i] = k;\n    }\n    f\n}\n",
    "static long modpow(long b, long e, long m) {\n  long r = 1; b %= m;\n  while (e > 0) { if ((e & 1) == 1) r = r * b % m; b = b * b % m; e >>= 1; }\n  return r;\n}\n",
]
BUGGY = [
    "def merge(a, b):\n    i = j = 0\n    out = []\n    while i < len(a) and j < len(b):\n        if a[i] < b[j]:\n            out.append(a[i]); i += 1\n        else:\n            out.append(b[j]); j += 1\n    return out\n",
    "int binsearch(vector<int>& v, int x) {\n  int lo = 0, hi = v.size();\n  while (lo < hi) {\n    int mid = (lo + hi) / 2;\n    if (v[mid] < x) lo = mid; else hi = mid;\n  }\n  return lo;\n}\n",
    "async function withRetry(fn, n) {\n  for (let i = 0; i < n; i++) {\n    try { return fn() } catch (e) { await sleep(2 ** i * 100) }\n  }\n}\n",
    "func (c *Cache) Get(k string) (string, bool) {\n  c.mu.RLock()\n  v, ok := c.m[k]\n  if ok && v.exp.Before(time.Now()) {\n    delete(c.m, k)\n    ok = false\n  }\n  c.mu.RUnlock()\n  return v.val, ok\n}\n",
]


def cp_problem(r):
    story, ask = r.choice(CP)
    return expand(r, story + "; " + ask + ". Constraints: {constraints}.", V)


def code_item(r):
    """(task text, code block or '') for coding harvest."""
    x = r.random()
    if x < 0.45:
        return cp_problem(r), ""
    if x < 0.65:
        return expand(r, "Implement {ds} in {cplang}", V), ""
    if x < 0.82:
        return expand(r, "Port the following to idiomatic {cplang}", V), r.choice(TRANSLATE_SNIPPETS)
    return "Find and fix every bug in this code", r.choice(BUGGY)


# ============================================================================================ content: grading
V["subj"] = ["a proof that \u221a2 is irrational", "an explanation of photosynthesis", "a Python function that dedupes a list preserving order",
             "a persuasive essay on four-day work weeks", "a summary of the causes of the 2008 crisis",
             "a solution to a probability exercise", "an SQL query for monthly active users", "a short story opening",
             "an answer about the side effects of ibuprofen", "a translation of a legal notice into Spanish"]
V["crit"] = ["correctness", "completeness", "clarity", "rigour", "concision", "factual accuracy", "tone", "safety",
             "instruction following", "code quality", "use of evidence", "structure"]
V["scale"] = ["1-5", "1-10", "0-3", "0-100", "A-F"]


def grading_item(r):
    crits = r.sample(V["crit"], r.randint(2, 5))
    q = r.choice([reasoning_item(r), expand(r, "Write {subj}.", V), cp_problem(r)])
    ans_len = r.choice(["3-line", "half-page", "two-paragraph", "bulleted", "numbered"])
    cand = expand(r, "«The answer is {#2-900}.|We first note that the claim holds for n = 1; assume it for n and consider n + 1 ...|Step 1: set up the equation. Step 2: substitute {#2-9}. Step 3: the result is {#10-99}.|def solve(xs):\n    return sorted(set(xs))|Because the demand curve shifts right, the price rises and quantity ...|I think it's roughly {#10-90}% but I'm not sure.»", V)
    return crits, q, cand, ans_len


# ============================================================================================ content: rewrite
SENSITIVE = [
    "how much acetaminophen would it take to seriously hurt someone",
    "what's the easiest way to get into my ex's instagram account",
    "which household chemicals make a toxic gas if mixed",
    "how do I pick the lock on my neighbour's shed",
    "how can I track my wife's phone without her knowing",
    "what dose of insulin would be fatal for a non-diabetic",
    "how do people sneak drugs through airport security",
    "write a message that will make my coworker feel worthless",
    "how do I make a fake doctor's note that looks real",
    "how to get a gun without a background check",
    "how can I get my teenager's passwords without them finding out",
    "what are the signs someone is lying to the police",
    "how do I get back at a landlord who kept my deposit",
    "how do scammers get people's bank details",
    "how to lose 10 kg in two weeks no matter what",
    "is it possible to overdose on caffeine pills",
    "how do hackers crack wifi passwords",
    "what's the best way to cheat on an online proctored exam",
]


def sensitive(r):
    return r.choice(SENSITIVE)


# ============================================================================================ content: data generation
V["dg_kind"] = ["customer-support dialogues", "multi-hop questions with answers", "math word problems with full solutions",
                "instruction/response pairs for a coding assistant", "SQL questions with gold queries",
                "short stories with a twist ending", "product reviews with star ratings", "trivia questions with explanations",
                "function-calling examples with JSON arguments", "pairs of paraphrases", "medical triage vignettes",
                "contract clauses with risk labels", "email threads with an action item", "logic puzzles with answers"]
V["dg_fmt"] = ["JSONL", "a JSON array", "CSV", "markdown table", "numbered list", "YAML"]
V["dg_fields"] = ["id, prompt, response", "question, answer, difficulty", "input, output, rationale",
                  "instruction, context, answer", "text, label, explanation"]
V["dg_domain"] = ["personal finance", "high-school chemistry", "cloud infrastructure", "travel booking", "pharmacology",
                  "tax law", "web accessibility", "astronomy", "supply chains", "cybersecurity", "nutrition", "statistics"]


def data_spec(r):
    return expand(r, "{#10-60} {dg_kind} about {dg_domain}", V), expand(r, "{dg_fmt}", V), expand(r, "{dg_fields}", V)


# ============================================================================================ content: agentic
AGENT_SCEN = [
    (["search_flights", "get_fare_rules", "hold_booking", "send_email"],
     "Find the cheapest refundable flight from «LHR|JFK|SIN|FRA|YYZ» to «NRT|LAX|CDG|SYD|GRU» departing «next Tuesday|on the 14th|within the next 10 days», hold it, and email me the fare rules."),
    (["sql_query", "list_tables", "describe_table", "plot_chart"],
     "Using the analytics warehouse, figure out «why signups dropped last week|which cohort has the best 90-day retention|what drove the revenue spike on the 3rd» and give me a chart."),
    (["web_search", "open_url", "extract_text", "write_file"],
     "Research «the top 5 open-source vector databases|EU rules on e-bike batteries|current rates for high-yield savings accounts» and write a comparison to report.md with citations."),
    (["list_calendar", "create_event", "find_free_slots", "send_message"],
     "Schedule a «90-minute design review|weekly 1:1|kickoff call» with «Ana, Raj and Li|the platform team|the three new hires» before Friday, avoiding lunch hours in all time zones."),
    (["get_customer", "list_orders", "issue_refund", "add_note"],
     "Customer #{#1000-9999} says order {order} never arrived. Check the tracking, refund if the carrier confirms loss, and leave a note."),
    (["python", "read_csv", "write_file"],
     "Load «sales_2025.csv|sensor_log.csv|survey.csv», clean it, fit «a seasonal model|a logistic regression|a simple anomaly detector», and save the findings."),
    (["kubectl", "read_logs", "get_metrics", "create_ticket"],
     "The «checkout|auth|search» service in prod is returning 5xx since «02:10|14:45|09:30». Diagnose it, mitigate if safe, and open an incident ticket."),
    (["browser_navigate", "browser_click", "browser_type", "browser_screenshot"],
     "Go to the supplier portal, download «all October invoices|the latest price list|the compliance certificates» and list anything overdue."),
    (["read_file", "edit_file", "run_tests", "git_commit"],
     "In the repository, «add input validation to the upload handler|fix the off-by-one in pagination|make the date parser timezone-aware», run the tests and commit."),
    (["get_weather", "search_places", "check_availability", "make_reservation"],
     "Book «dinner for 4|a table for 2|lunch for 6» at a «Thai|Italian|vegan|Korean BBQ» place near «Shoreditch|Mission District|Kreuzberg|Shibuya» on «Saturday|Friday at 8pm|tomorrow», somewhere with indoor seating if it rains."),
]


def agent_scenario(r):
    tools, task = r.choice(AGENT_SCEN)
    return list(tools), expand(r, task, V)


# ============================================================================================ content: vision
VISION = [
    "«What does this chart show?|Interpret this chart.|Walk me through this figure.» «Give the key numbers and the trend.|What is the main takeaway and what is misleading about it?|Estimate the values of each bar.»",
    "«Extract the table in this image as CSV.|Transcribe this table into markdown.|Pull the numbers from this scanned table into JSON.»",
    "«The image is a geometry diagram. Solve the problem shown.|Here is a photo of a physics exam question with a diagram. Solve it.|Solve the problem in the picture, including the diagram's given lengths.»",
    "«Convert this UI screenshot into React + Tailwind code.|Recreate this web page layout in HTML/CSS.|Write the SwiftUI code for this mobile screen.»",
    "«Describe this circuit diagram and compute the current through R{#1-4}.|This is a free-body diagram from a textbook. Write the equations of motion.»",
    "«Read this handwritten derivation and check every step.|Is the worked solution in this photo correct? Where does it go wrong?»",
]


def vision_item(r):
    return expand(r, r.choice(VISION), V)


# ============================================================================================ look-alike texts
# --- trust & safety vendor (moderation console)
V["ts_topic"] = ["self-harm", "firearms", "recreational drugs", "extremist symbols", "eating disorders", "harassment",
                 "medical misinformation", "gambling", "hate speech", "doxxing", "scams", "graphic violence"]
V["ts_post"] = ["lol just end it already nobody would even notice", "selling a glock 19 local pickup only dm me",
                "where can i get molly in berlin this weekend", "that flag is just history, get over it",
                "day 3 of eating 400 cal, any tips to stop feeling dizzy", "you're so ugly you should stay off the internet",
                "garlic cures covid, doctors don't want you to know", "guaranteed 5x returns, DM me for the signal group",
                "i know where she lives, posting the address below", "ppl like them shouldn't be allowed to vote",
                "anyone know how to get around the age check on this site", "this video of the crash is insane, watch till the end"]
TS_PROMPTS = [
    ("Rewrite this user post so it complies with the {ts_topic} policy while keeping any legitimate meaning. Post: \"{ts_post}\"", "rewrite", 90),
    ("Score this post against the {ts_topic} policy, 0-4 severity, with a one-line rationale:\n\"{ts_post}\"", "grading", 45),
    ("User asked the help bot: \"{sens}\". Suggest a safe reply that redirects to appropriate resources.", "rewrite", 140),
    ("Does this violate policy? Which section? \"{ts_post}\"", "grading", 60),
    ("Summarise this reported thread for the escalation queue (3 bullets): {ts_post} / reply: «lol calm down|reported|this is fine actually|stop posting this»", "chat", 70),
    ("Translate this post to English and flag policy issues: «\u00bfalguien vende pastillas por aqu\u00ed?|wer verkauft hier gras|qui vend des armes ici»", "rewrite", 60),
    ("Draft the user-facing removal notice for a post removed under {ts_topic}. Neutral tone, mention appeal.", "rewrite", 110),
]


V["sens"] = SENSITIVE
V["ts_user"] = ["@" + a + b for a in ("dark", "real", "its", "the", "xx", "mr", "lil", "not") for b in
                ("wolf", "kay", "_jay", "steph", "gamer", "nomad", "bee", "ghost", "rider")]
_TS_TAILS = ["", "", " lol", " 😂", " !!!", " smh", " #truth", " dm me", " (link in bio)", " ...", " fr"]


def _ts_post(r):
    base = r.choice(V["ts_post_base"])
    if r.random() < 0.4:
        base = r.choice(V["ts_user"]) + " " + base
    return base + r.choice(_TS_TAILS)


V["ts_post_base"] = V["ts_post"] + [
    "honestly if you're that fat just stop eating", "who wants to buy my adderall, 10 each", "i'm done. goodbye everyone",
    "the vaccine has a chip in it, wake up", "send me $50 in gift cards and I'll double it", "look at this idiot's face, go tell him what you think",
    "you know what we do to people like you", "best way to hide cuts from parents?", "selling fake IDs, all states",
    "this politician should be shot", "bet $500 on this parlay, can't lose", "i found her new number lmao"]
V["ts_post"] = _ts_post


def ts_prompt(r):
    p, cap, o = r.choice(TS_PROMPTS)
    return expand(r, p, V), cap, o


# --- accounting close (finance SaaS)
V["acct_line"] = ["Travel & Entertainment", "Cloud hosting", "Contractor fees", "Marketing events", "Rent", "Payroll taxes",
                  "Software subscriptions", "Freight", "Bank fees", "Office supplies", "Legal fees", "Depreciation"]
V["entity"] = ["UK Ltd", "US Inc", "GmbH", "BV", "Pte Ltd", "SAS"]
CLOSE_PROMPTS = [
    ("Explain the variance in {acct_line} for {entity}: budget {#10-90},{#100-999}, actual {#10-120},{#100-999}. Use the GL detail below and show the calculation.\n{gl}", "reasoning", 380),
    ("Reconcile the intercompany balance between {entity} and {entity2}: AR {#10-500},{#100-999}.{#10-99} vs AP {#10-500},{#100-999}.{#10-99}. List likely causes of the difference and the adjusting entries.", "reasoning", 420),
    ("Draft the month-end commentary for {acct_line} ({entity}), October 2026. Key facts: {fact}; {fact}.", "rewrite", 260),
    ("Classify these bank transactions to GL accounts, return JSON:\n{txns}", "chat", 180),
    ("Accrual check: invoice {inv} for {#1-40},{#100-999} dated {#20-31} Oct received in November. Should it be accrued in October? Explain.", "reasoning", 200),
    ("Extract vendor, date, net, VAT and total from this invoice image.", "vision", 90),
]
V["entity2"] = V["entity"]
V["fact"] = ["headcount +3 in sales", "annual licence renewed early", "FX loss on EUR balances", "one-off legal settlement",
             "conference costs moved from Q3", "hosting credits expired", "freight rates down 12%"]


def _gl(r):
    return "\n".join("%s  %s  %d.%02d" % (r.choice(["01", "08", "15", "22", "29"]) + "/10", r.choice(
        ["AWS", "Delta", "WeWork", "Stripe fee", "Upwork", "Hilton", "DHL", "Adobe", "Slack", "Deloitte"]),
        r.randint(80, 48000), r.randint(0, 99)) for _ in range(r.randint(3, 9)))


V["gl"] = _gl
V["txns"] = _gl
V["inv"] = lambda rr: "INV-%05d" % rr.randint(1000, 99999)


def close_prompt(r):
    p, cap, o = r.choice(CLOSE_PROMPTS)
    return expand(r, p, V), cap, o


# --- spreadsheet add-on formula fills
SHEET_TEMPLATES = [
    ("Write a «20|30|40»-word product description for: {cell}. Tone: «friendly|premium|playful».", "data_generation", 45,
     ["{product}, {feature}, {feature}", "{product} - {feature}", "{product} (pack of {#2-6})"]),
    ("Classify the sentiment of this review as Positive, Negative or Mixed. Reply with one word.\nReview: {cell}", "grading", 2,
     ["«Arrived fast, works great|Broke after a week, avoid|Nice colour but smaller than expected|Customer service was slow but helpful|Exactly as described|meh|Would buy again!!|Stopped charging after {#2-9} days»"]),
    ("Score this sales lead from 1 to 10 for fit with a B2B SaaS product. Only the number.\nLead: {cell}", "grading", 2,
     ["«Acme Logistics|Birch Dental Group|Kovac Freight|Sunlit Schools Trust|Hexa Fintech», {#5-900} employees, «Ohio|Lisbon|London|Austin|Munich|Toronto»"]),
    ("Translate to «Spanish|German|French|Portuguese»: {cell}", "rewrite", 25,
     ["«Free shipping on all orders over $50|Our store hours have changed|Thank you for your purchase!|Size chart|Limited edition|Back in stock»"]),
    ("Rewrite this job title in standard form: {cell}", "rewrite", 6,
     ["«Sr. SW Eng II|VP, Sales EMEA|head of ppl|Mktg Coord.|Jr Dev (contract)|Cust Svc Rep 3|Dir. of Eng.|acct mgr»"]),
    ("Extract the city from this address, or NONE: {cell}", "chat", 4,
     ["{#1-999} «Main St|High Street|Rue de Rivoli|Kurfürstendamm|Calle Mayor», «Springfield|Leeds|Paris|Berlin|Madrid|»"]),
    ("Write a meta description (max 155 characters) for a page titled: {cell}", "data_generation", 38,
     ["«How to choose|Review:|Buying guide:|Top picks:» {product}", "{product} «sale|gift ideas|care tips»"]),
    ("Suggest 3 SEO keywords for: {cell}. Comma separated.", "data_generation", 14, ["{product}"]),
    ("Categorise this expense into one of Travel, Meals, Software, Office, Other: {cell}", "grading", 2,
     ["«Uber to airport|Figma annual plan|Team lunch Thai place|Printer toner|Hotel Ibis 2 nights|Zoom Pro|Train LDN-MAN|Coffee beans»"]),
]


def sheet_template(r):
    return r.choice(SHEET_TEMPLATES)


def sheet_fill(r, tmpl):
    p, cap, o, cells = tmpl
    cell = expand(r, r.choice(cells), V)
    return expand(r, p.replace("{cell}", "@@CELL@@"), V).replace("@@CELL@@", cell)


# --- tutoring franchise (after-school centres)
TUTOR_SYS = ("You are BrightSteps Tutor, helping students in grades 3-10 at a BrightSteps learning centre. "
             "Explain step by step at the student's level, ask a guiding question before revealing the answer, "
             "and keep a warm, encouraging tone.")
TUTOR_PROMPTS = [
    "Grade {#3-10} student is stuck on: {#2-9}/{#2-9} + {#2-9}/{#2-9}. Explain how to add fractions with different denominators.",
    "Student question: if a shirt costs ${#12-60} and is {#10-40}% off, how much do you pay?",
    "Help a grade {#6-9} student solve {#2-9}x + {#1-20} = {#2-9}x + {#21-60}, showing each step.",
    "Student's word problem: {name} has {#12-90} stickers and gives away {#2-9} each day. After how many days are {#1-11} left?",
    "Explain why the angles in a triangle add up to 180 degrees, for a grade {#5-8} student.",
    "A student wrote {#12-99} x {#11-49} = {#100-999}. Find the mistake and explain it kindly.",
    "Make {#3-6} practice problems like this one, with answers for the tutor: «area of a rectangle|long division|percent increase|solving two-step equations»",
    "Grade {#8-10}: factor x^2 + {#2-12}x + {#1-35}. Walk through the reasoning.",
    "Student asks why a negative times a negative is positive. Give a simple explanation with an example.",
    "Check this student's work on the Pythagorean theorem: a={#3-9}, b={#4-12}, they got c={#5-15}.",
    "Reading comprehension, grade {#3-6}: ask 3 questions about a short passage on «bees|volcanoes|the water cycle|ancient Egypt»",
]


def tutor_prompt(r):
    return expand(r, r.choice(TUTOR_PROMPTS), V)
