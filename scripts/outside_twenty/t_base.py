"""Prompt text of the ordinary population: consumers, students, developers, office staff, app backends, researchers.

Prompts are built with common.expand from slot tables; numbers are drawn fresh, so most prompts are distinct, but
people also ask the same short things ("thanks", "make it shorter") as people do.
"""
from common import expand, humanize

V = {}

# ------------------------------------------------------------------------------------------- shared vocabulary
V["city"] = ["Lisbon", "Kyoto", "Mexico City", "Edinburgh", "Seoul", "Marrakech", "Vancouver", "Prague", "Hanoi",
             "Buenos Aires", "Cape Town", "Istanbul", "Copenhagen", "Sydney", "Chicago", "Porto", "Bali", "Vienna",
             "Tbilisi", "Oaxaca", "Bangkok", "Reykjavik", "Naples", "Montreal", "Singapore", "Dublin", "Krakow",
             "New Orleans", "Hokkaido", "the Amalfi coast", "Cornwall", "Seville", "Tallinn", "Queenstown"]
V["person"] = ["my dad", "my mum", "my sister", "a coworker", "my boyfriend", "my girlfriend", "my landlord",
               "my neighbour", "my 8 year old", "my teenage son", "my grandma", "my boss", "a new client",
               "my roommate", "my best friend", "my wife", "my husband", "the school principal", "my doctor's office"]
V["hobby"] = ["gardening", "cycling", "board games", "baking sourdough", "birdwatching", "vinyl records", "climbing",
              "knitting", "photography", "F1", "chess", "hiking", "anime", "woodworking", "coffee", "running",
              "true crime podcasts", "fishing", "yoga", "retro video games"]
V["food"] = ["chicken thighs", "salmon", "a pork shoulder", "lentils", "tofu", "brisket", "chickpeas", "a whole chicken",
             "short ribs", "butternut squash", "risotto", "meatballs", "banana bread", "cauliflower", "pumpkin soup"]
V["money"] = ["$30", "$50", "under 100 dollars", "\u00a340", "50 euros", "around $200", "20 quid", "\u20ac75"]
V["tone"] = ["more professional", "friendlier", "less passive aggressive", "more confident", "shorter", "warmer",
             "more formal", "more casual", "less robotic", "firmer but still polite", "funnier"]
V["lang"] = ["Spanish", "French", "German", "Japanese", "Portuguese", "Italian", "Korean", "Dutch", "Polish",
             "Turkish", "Vietnamese", "simplified Chinese", "Hindi", "Arabic", "Greek"]
V["topic_msg"] = ["the broken heater", "being late on rent this month", "the noise after 11pm", "a refund I never got",
                  "rescheduling our meeting", "my resignation", "a missed delivery", "splitting the bill for the trip",
                  "a leak in the bathroom ceiling", "asking for a raise", "the parking spot", "cancelling my membership",
                  "a double charge on my card", "the group project deadline", "returning a damaged sofa"]
V["a_msg"] = ["an email", "a short text", "a polite message", "a letter", "a WhatsApp message", "a LinkedIn message",
              "a formal complaint", "a thank-you note", "a reminder"]
V["short_text"] = [
    "hi, just wanted to check if you got my email from last week about the invoice, let me know",
    "We regret to inform you that your application was not succesful at this time.",
    "i cant make it tomorrow something came up, sorry!! can we do friday instead",
    "The meeting is moved to 3pm. Please bring the reports. Thanks.",
    "Thank you for your order. Unfortunatly the item is out of stock and will ship in 2-3 weeks.",
    "hey team, the deploy is blocked again bc of the flaky tests, can someone look",
    "Dear Sir or Madam, I am writing to complain about the service I received on Saturday.",
    "I loved the dinner last night, your lasagna was amazing, we should do it again soon",
    "Please find attached my CV for the position of junior accountant.",
    "our wifi keeps dropping every evening and the support line just hangs up",
    "Reminder: the office will be closed on Monday for maintenance.",
    "congrats on the new job!! so happy for you, drinks on me next week",
]
V["concept"] = ["inflation", "how vaccines work", "compound interest", "black holes", "the electoral college",
                "how a mortgage works", "quantum entanglement", "the stock market", "photosynthesis", "crypto staking",
                "why the sky is blue", "how noise cancelling headphones work", "index funds", "jet lag",
                "the difference between a Roth and a traditional IRA", "how tides work", "GDP", "daylight saving time",
                "how credit scores work", "what a VPN actually does", "midterm elections"]
V["household"] = ["get rid of fruit flies", "unclog a drain without chemicals", "remove a red wine stain from a carpet",
                  "fix a running toilet", "stop my cat from scratching the sofa", "descale a kettle",
                  "clean a cast iron pan", "get my toddler to sleep earlier", "lower my electricity bill",
                  "keep basil alive indoors", "hang a heavy mirror on drywall", "fix a squeaky door",
                  "reset my router", "get the smell out of a washing machine", "winterize my garden"]
V["thing_a"] = ["baking soda", "a Roth IRA", "an LLC", "HIIT", "espresso", "Spotify", "a heat pump", "an e-bike",
                "OLED", "term life insurance", "a credit union"]
V["thing_b"] = ["baking powder", "a 401k", "a sole proprietorship", "steady state cardio", "drip coffee",
                "Apple Music", "a gas boiler", "a normal bike", "QLED", "whole life insurance", "a bank"]
V["poem"] = ["a short poem", "a limerick", "a haiku", "a rap verse", "a birthday poem", "a bedtime story",
             "a toast for a wedding", "a funny retirement card message", "song lyrics"]
V["subject"] = ["my cat who hates Mondays", "autumn in the city", "my dad turning 60", "coffee", "a lost sock",
                "our team finally shipping the release", "rainy Sundays", "my best friend moving to Canada",
                "a grumpy penguin", "halloween candy", "the first snow"]
V["diet"] = ["vegetarian", "high protein", "low FODMAP", "gluten free", "on a tight budget", "keto",
             "for a family of 4 with picky kids", "dairy free", "for marathon training"]

EVERYDAY = [
    ("Can you help me write {a_msg} to {person} about {topic_msg}?", 260),
    ("write {a_msg} to {person} about {topic_msg}. keep it short", 180),
    ("Rewrite this to sound {tone}: \"{short_text}\"", 120),
    ("make this {tone}: {short_text}", 110),
    ("Fix the grammar please: {short_text}", 70),
    ("what's the difference between {thing_a} and {thing_b}", 320),
    ("How do I {household}?", 380),
    ("how to {household}", 350),
    ("Explain {concept} like I'm 12", 300),
    ("can you explain {concept} in simple terms", 330),
    ("Plan a {#2-7}-day trip to {city} «for two people|with kids|on a budget|in early December|for a first-timer|with lots of food spots»", 700),
    ("I'm going to {city} next month, what should I not miss?", 520),
    ("Give me a «weekly|5 day|simple» meal plan, {diet}", 650),
    ("what can I make with {food}, «rice and spinach|potatoes|leftover pasta|some tired vegetables|coconut milk»?", 420),
    ("how long do I cook {food} in the oven at {#160-220}C", 160),
    ("Gift ideas for {person} who likes {hobby}, budget {money}", 380),
    ("Write {poem} about {subject}", 200),
    ("Translate to {lang}: \"{short_text}\"", 90),
    ("translate this into {lang} pls: {short_text}", 90),
    ("Is it normal that my «phone battery|laptop|dishwasher|car|fridge» «drains so fast|makes a clicking noise|gets really hot|smells like burning plastic|takes ages to start»?", 340),
    ("What are some good {hobby} «books|youtube channels|podcasts|beginner tips»?", 360),
    ("Summarize the main arguments for and against {concept}", 420),
    ("my {person2} keeps {annoying}. how do I bring it up without a fight?", 420),
    ("Help me name my «small bakery|podcast|etsy shop|dog walking business|book club|fantasy football team»", 200),
    ("Write a «cover letter|short bio|LinkedIn summary» for a {job} with {#2-15} years of experience", 420),
    ("is {#2-6} hours of sleep «enough|bad|ok» if I «nap|drink coffee|work out» in the afternoon", 260),
    ("Tell me a joke about {subject}", 60),
    ("Which is better for a beginner, {thing_a} or {thing_b}?", 300),
    ("how many «calories|grams of protein» are in {food}", 120),
    ("Can you make a packing list for {city} «in winter|for a week|for a work trip|with a baby»", 330),
    ("whats a good response to \"{short_text}\"", 120),
    ("Explain this bill to me: «electricity|water|phone|hospital» bill went from {#40-90} to {#120-400} this month, what could cause that", 380),
]
V["person2"] = ["roommate", "coworker", "partner", "brother", "mother in law", "neighbour", "manager", "friend"]
V["annoying"] = ["leaving dishes in the sink", "interrupting me in meetings", "borrowing money", "being late",
                 "playing music at night", "taking credit for my work", "not replying to texts", "parking in my spot"]
V["job"] = ["nurse", "software engineer", "teacher", "project manager", "barista", "graphic designer",
            "warehouse supervisor", "data analyst", "marketing coordinator", "electrician", "paralegal", "chef"]

FOREIGN = [
    ("es", "\u00bfMe puedes ayudar a escribir un correo a mi casero sobre «la calefacci\u00f3n rota|el ruido de los vecinos|la fianza»?", 240),
    ("es", "Expl\u00edcame «la inflaci\u00f3n|c\u00f3mo funciona una hipoteca|qu\u00e9 es un fondo indexado» de forma sencilla", 300),
    ("es", "dame ideas de cena r\u00e1pida con «pollo|lentejas|at\u00fan|huevos»", 300),
    ("de", "Kannst du mir helfen, eine E-Mail an meinen Vermieter wegen «der kaputten Heizung|der Nebenkosten|des Schimmels» zu schreiben?", 260),
    ("de", "Was ist der Unterschied zwischen «GmbH und UG|Riester und ETF-Sparplan|Kurzarbeit und Elternzeit»?", 320),
    ("de", "formuliere das h\u00f6flicher: «ich brauche das bis morgen|warum dauert das so lange|das ist nicht mein fehler»", 90),
    ("fr", "Peux-tu r\u00e9sumer cet article en trois points\u00a0: «la r\u00e9forme des retraites|le prix de l'\u00e9nergie|le t\u00e9l\u00e9travail»", 260),
    ("fr", "\u00c9cris un message pour «annuler mon abonnement|demander un remboursement|reporter un rendez-vous»", 180),
    ("pt", "Como fa\u00e7o para «tirar mancha de caf\u00e9 do sof\u00e1|declarar imposto de renda|economizar na conta de luz»?", 330),
    ("pt", "me ajuda a escrever uma mensagem de anivers\u00e1rio para «minha m\u00e3e|meu chefe|minha melhor amiga»", 160),
    ("ja", "\u300c«\u5186\u5b89|\u30a4\u30f3\u30d5\u30ec|NISA»\u300d\u306b\u3064\u3044\u3066\u5206\u304b\u308a\u3084\u3059\u304f\u8aac\u660e\u3057\u3066\u304f\u3060\u3055\u3044", 300),
    ("ja", "\u4e0a\u53f8\u3078\u306e\u30e1\u30fc\u30eb\u3092\u4e01\u5be7\u306b\u66f8\u304d\u76f4\u3057\u3066\u304f\u3060\u3055\u3044\uff1a\u300c\u660e\u65e5\u306e\u4f1a\u8b70\u306b\u9045\u308c\u307e\u3059\u300d", 120),
    ("zh", "\u5e2e\u6211\u628a\u8fd9\u6bb5\u8bdd\u6539\u5f97\u66f4\u6b63\u5f0f\u4e00\u70b9\uff1a\u201c\u6211\u4eec\u4e0b\u5468\u518d\u8c08\u5427\uff0c\u8fd9\u5468\u592a\u5fd9\u4e86\u201d", 100),
    ("zh", "\u53bb«\u4e1c\u4eac|\u66fc\u8c37|\u65b0\u52a0\u5761|\u9996\u5c14»\u73a9«3|4|5»\u5929\uff0c\u600e\u4e48\u5b89\u6392\u884c\u7a0b\u6bd4\u8f83\u597d\uff1f", 600),
    ("hi", "mujhe «apne boss|landlord|bank» ko ek formal email likhna hai, help karo", 230),
    ("ko", "«\uc774\ub825\uc11c|\uc790\uae30\uc18c\uac1c\uc11c|\uc0ac\uacfc \ubb38\uc790»\ub97c \uc880 \ub354 \uc790\uc5f0\uc2a4\ub7fd\uac8c \uace0\uccd0\uc8fc\uc138\uc694", 200),
]

FOLLOWUPS = ["make it shorter", "Can you make it a bit more formal?", "thanks!", "perfect, thank you",
             "more casual pls", "add a line about {topic_msg}", "can you put that in bullet points",
             "hmm not quite, it should sound less stiff", "What about for {#2-6} people?", "ok and if I don't have an oven?",
             "Can you give me 3 more options?", "shorter, like 2 sentences", "now in {lang}", "why?",
             "that's too long, cut it in half", "great. one more thing: {household}?", "and a subject line?",
             "can you explain the second point more", "ok", "are you sure about that?", "thx. what would you pick?",
             "redo it but keep my original opening", "less emojis lol"]


def everyday(r, lang=None):
    if lang and lang != "en":
        cand = [f for f in FOREIGN if f[0] == lang]
        if cand and r.random() < 0.75:
            l, p, o = r.choice(cand)
            return expand(r, p, V), o
    p, o = r.choice(EVERYDAY)
    return humanize(r, expand(r, p, V), 0.8), o


FOLLOWUPS_WORK = ["can you make it more concise", "add a short table comparing the options", "now turn it into an email to the client",
                  "use a more neutral tone", "can you add a TL;DR at the top", "ok, what are the risks?", "cut it to 150 words",
                  "put the numbers in a table", "what would legal say about this?", "make the ask clearer", "thanks",
                  "add next steps with owners", "what did I miss?", "rewrite the second paragraph", "more direct pls"]
FOLLOWUPS_DEV = ["that didn't work, now I get {err}", "can you add type hints", "what about performance with 1M rows?",
                 "explain the third line", "ok but without the extra dependency", "tests are failing now, same error",
                 "can you do it in {plang} instead", "why not use a dict here?", "thanks, that fixed it", "and the async version?",
                 "add error handling pls", "how would I test this", "shorter please", "is this thread safe?"]


def followup(r, kind="consumer"):
    pool = FOLLOWUPS_WORK if kind == "work" else FOLLOWUPS_DEV if kind == "dev" else FOLLOWUPS
    return humanize(r, expand(r, r.choice(pool), V), 0.8)


# ------------------------------------------------------------------------------------------------ students
V["var"] = ["x", "t", "n", "k"]
V["fn"] = ["x^{#2-4} - {#2-9}x + {#1-9}", "sin(x)cos(x)", "e^(2x) * x", "ln(x^2 + 1)", "sqrt(3x + {#1-9})",
           "x/(x^2+{#1-9})", "(x+{#1-5})^{#2-5}", "tan(x)^2", "x e^(-x)"]
STUDENT = [
    ("Find the derivative of f(x) = {fn}", 350, "reasoning"),
    ("integrate {fn} dx", 420, "reasoning"),
    ("how do you solve {#2-9}x + {#1-20} = {#21-80}? i keep getting the wrong answer", 250, "reasoning"),
    ("Solve the system: {#2-5}x + {#2-5}y = {#5-30}, {#2-5}x - {#2-5}y = {#1-12}", 300, "reasoning"),
    ("My homework says: a car accelerates from rest at {#2-6} m/s^2 for {#3-12} s. How far does it go? I got {#20-90} m but the answer key says otherwise", 320, "reasoning"),
    ("What's the probability of rolling at least one six in {#2-6} rolls of a die?", 260, "reasoning"),
    ("explain the difference between mitosis and meiosis for my bio test", 420, "chat"),
    ("Can you help me outline an essay on «the causes of WW1|symbolism in The Great Gatsby|social media and democracy|whether zoos are ethical|the industrial revolution»", 520, "chat"),
    ("what is «an eigenvalue|a p-value|Le Chatelier's principle|the chain rule|a limit|opportunity cost|Big O notation», simply", 380, "chat"),
    ("balance this equation: «Fe + O2 -> Fe2O3|C3H8 + O2 -> CO2 + H2O|Al + HCl -> AlCl3 + H2|KClO3 -> KCl + O2»", 260, "reasoning"),
    ("write a python function that «checks if a string is a palindrome|returns the n-th fibonacci number|counts vowels|reverses a linked list|finds the max in a list without max()» for my intro CS class", 380, "coding"),
    ("why is my java code giving a NullPointerException on line {#10-80}? it's a linked list assignment", 420, "coding"),
    ("Check my answer: {#2-12} choose {#1-5} = {#10-900}?", 200, "reasoning"),
    ("Summarize chapter {#1-14} of «Of Mice and Men|Frankenstein|1984|To Kill a Mockingbird|Macbeth»", 520, "chat"),
    ("give me {#5-10} practice questions on «quadratics|stoichiometry|supply and demand|vectors|the french revolution» with answers", 900, "data_generation"),
    ("is my thesis statement strong? \"«Social media does more harm than good because it isolates teenagers.|Renewable energy is the only way forward for developing countries.|Homework should be banned in primary schools.»\"", 300, "chat"),
    ("How do I find the area between y = x^2 and y = {#2-6}x?", 380, "reasoning"),
    ("A {#200-900} g sample of water at {#15-30} C absorbs {#5-40} kJ. final temperature?", 300, "reasoning"),
    ("what's the limit of (1 + 1/n)^n as n goes to infinity and why", 300, "reasoning"),
]


def student(r):
    p, o, c = r.choice(STUDENT)
    return humanize(r, expand(r, p, V), 0.9), o, c


# ------------------------------------------------------------------------------------------------ developers
V["plang"] = ["Python", "TypeScript", "Go", "Rust", "Java", "C#", "Kotlin", "Ruby", "PHP", "C++", "Swift", "Scala"]
V["fw"] = ["Django", "FastAPI", "Next.js", "React", "Spring Boot", "Rails", "Laravel", "Express", "Flask", "Vue 3",
           "SvelteKit", "ASP.NET Core", "Gin", "Axum", "NestJS", "Flutter", "SwiftUI", "pandas", "PyTorch", "Terraform"]
V["err"] = ["TypeError: Cannot read properties of undefined (reading 'map')",
            "panic: runtime error: index out of range [3] with length 3", "KeyError: 'user_id'",
            "django.db.utils.IntegrityError: duplicate key value violates unique constraint",
            "error[E0502]: cannot borrow `self.items` as mutable because it is also borrowed as immutable",
            "java.lang.IllegalStateException: Expected BEGIN_OBJECT but was STRING",
            "ModuleNotFoundError: No module named 'app.core'", "CORS policy: No 'Access-Control-Allow-Origin' header",
            "RuntimeError: CUDA out of memory. Tried to allocate 2.00 GiB",
            "ERROR: relation \"orders\" does not exist", "fatal: refusing to merge unrelated histories",
            "Hydration failed because the initial UI does not match what was rendered on the server",
            "sqlalchemy.exc.TimeoutError: QueuePool limit of size 5 overflow 10 reached",
            "Exited with code 137", "SSL: CERTIFICATE_VERIFY_FAILED", "segmentation fault (core dumped)",
            "ValueError: Expected 2D array, got 1D array instead", "Error: listen EADDRINUSE: address already in use :::3000"]
V["devtask"] = ["add rate limiting to an endpoint", "paginate a query efficiently", "set up JWT auth",
                "stream a large file upload to S3", "write a retry with exponential backoff", "debounce a search input",
                "mock a datetime in tests", "run a background job every 5 minutes", "parse a CSV with messy quotes",
                "structure a monorepo", "cache an expensive API call", "handle graceful shutdown",
                "validate a nested JSON payload", "migrate a column without downtime", "profile a slow endpoint",
                "set up websockets", "write a multi-stage Dockerfile", "configure structured logging"]
V["sqltask"] = ["get the top 3 customers by revenue per month", "find duplicate emails", "compute a 7 day rolling average",
                "delete orphaned rows", "pivot sales by region", "get users who churned after their first order",
                "find gaps in a sequence of ids", "rank products within each category"]
V["cstask"] = ["merges overlapping intervals", "validates an IBAN", "flattens a nested dict", "parses ISO durations",
               "computes the levenshtein distance", "chunks a list into batches", "implements an LRU cache",
               "converts roman numerals", "detects a cycle in a directed graph", "rate-limits calls with a token bucket",
               "does a topological sort", "deep merges two configs", "implements binary search on a rotated array"]
V["refgoal"] = ["be more readable", "use async/await", "remove the duplication", "be testable", "use a dataclass",
                "avoid the N+1 queries", "be thread safe", "use generics", "handle errors properly", "stream instead of loading everything"]
CODE_SNIPPETS = [
    "def get_user(id):\n    user = db.query(User).filter(User.id == id).first()\n    return user.name\n",
    "const items = data.results.map(r => r.value)\nsetItems(items)\n",
    "for i := 0; i <= len(xs); i++ {\n    total += xs[i]\n}\n",
    "fn push(&mut self, x: T) {\n    let last = self.items.last();\n    self.items.push(x);\n    println!(\"{:?}\", last);\n}\n",
    "SELECT c.name, SUM(o.total) FROM customers c JOIN orders o ON o.customer_id = c.id GROUP BY c.id ORDER BY 2 DESC;\n",
    "public List<String> names() {\n  return users.stream().map(User::getName).collect(Collectors.toList());\n}\n",
    "async function load() {\n  const res = await fetch(url)\n  return res.json\n}\n",
    "df = pd.read_csv('sales.csv')\ndf['month'] = df['date'].dt.month\nprint(df.groupby('month').sum())\n",
    "useEffect(() => {\n  fetchData().then(setData)\n}, [data])\n",
    "with open(path) as f:\n    for line in f:\n        rows.append(json.loads(line))\n",
]
DEV = [
    ("why am I getting this?\n\n{err}", 420),
    ("Getting `{err}` when I run my {fw} app, any idea?", 450),
    ("How do I {devtask} in {fw}?", 650),
    ("what's the idiomatic way to {devtask} in {plang}", 600),
    ("Write a {plang} function that {cstask}", 520),
    ("write a {plang} function that {cstask}. include tests", 800),
    ("Refactor this to {refgoal}:\n\n@@CODE@@", 600),
    ("what's wrong with this\n```\n@@CODE@@```", 380),
    ("review this please, anything obviously bad?\n\n@@CODE@@", 450),
    ("SQL to {sqltask} (postgres)", 320),
    ("write a query to {sqltask}. tables: orders(id, customer_id, total, created_at), customers(id, name, email)", 340),
    ("Explain this regex: «^(?=.*[A-Z])(?=.*\\d).{8,}$|(\\d{3})-(\\d{4})|^[\\w.+-]+@[\\w-]+\\.[\\w.]+$|\\b(\\w+)\\s+\\1\\b»", 300),
    ("docker compose file for «postgres + redis + a FastAPI app|a Next.js app with nginx|kafka and zookeeper for local dev»", 500),
    ("difference between «useMemo and useCallback|a mutex and a semaphore|Rc and Arc|processes and threads in Python|INNER and LEFT JOIN|interface and type in TypeScript»?", 420),
    ("Convert this to {plang}:\n@@CODE@@", 500),
    ("write a bash one-liner to «find files bigger than 100MB|count lines in all .py files|kill whatever is on port 8080|rename all .jpeg to .jpg»", 120),
    ("k8s pod keeps restarting with {err}, how do I debug", 520),
    ("generate a github actions workflow that «runs pytest on 3.11 and 3.12|builds and pushes a docker image|lints and type-checks a TS repo»", 450),
    ("how should I structure the tables for «a booking system|a multi-tenant SaaS|a chat app|an inventory with variants»", 700),
]
AGENT_TASKS = [
    "add pagination to the /orders endpoint and update the tests",
    "the login form doesn't show an error when the password is wrong, fix it",
    "upgrade the project to {fw} latest and fix whatever breaks",
    "write unit tests for the billing module, we're at like 30% coverage",
    "refactor src/utils into smaller modules, nothing should change behaviour",
    "there's a memory leak in the websocket handler, can you find it",
    "add a --dry-run flag to the cli",
    "migrate the config from yaml to toml",
    "make the CSV export stream instead of building it in memory",
    "fix the failing CI on main",
    "implement the feature described in TODO.md",
    "add retries to the http client in api/client.{ext}",
    "rename UserAccount to Member everywhere",
    "the docker build takes 9 minutes, speed it up",
    "add structured logging with request ids",
    "investigate why test_checkout_flow is flaky",
]
V["ext"] = ["py", "ts", "go", "rs"]
AGENT_TOOLS = [["bash", "read_file", "edit_file", "write_file", "glob", "grep"],
               ["bash", "read_file", "edit_file", "write_file", "glob", "grep", "web_fetch", "todo_write"],
               ["run_terminal_cmd", "read_file", "edit_file", "list_dir", "codebase_search"]]


def dev(r):
    p, o = r.choice(DEV)
    p = expand(r, p, V)
    if "@@CODE@@" in p:
        p = p.replace("@@CODE@@", r.choice(CODE_SNIPPETS))
    return humanize(r, p, 0.6), o


def agent_task(r):
    return humanize(r, expand(r, r.choice(AGENT_TASKS), V), 0.6)


# ------------------------------------------------------------------------------------------------ office work
V["biz"] = ["Q3 results", "the new onboarding process", "our pricing change", "the migration to the new CRM",
            "the office move", "hiring plan for next year", "the vendor review", "customer churn", "the product launch",
            "the budget freeze", "the security audit findings", "the holiday schedule"]
V["complaint"] = ["I've been waiting 3 weeks for my refund and nobody answers", "the product arrived broken and the box was open",
                  "you charged me twice for the same order", "your technician never showed up",
                  "the app deleted my saved data after the update"]
WORK = [
    ("Draft a reply to this customer: \"{complaint}\"", 260, "rewrite"),
    ("Summarize these meeting notes into action items:\n- {biz} discussed, owner Sam\n- need numbers by Friday\n- {biz2} blocked on legal\n- next sync in two weeks", 260, "chat"),
    ("turn this into a short status update for leadership: {biz} is on track, {biz2} slipped a week, hiring 2 of 3 done", 220, "rewrite"),
    ("Create a slide outline for a presentation on {biz}", 480, "chat"),
    ("Excel formula to «sum column C when column A is 'Paid'|look up a price from another sheet|count unique values in a column|get the last non-empty cell in a row»", 180, "chat"),
    ("Write a job description for a {job}", 600, "chat"),
    ("review this clause for risks: \"The Supplier may terminate this Agreement at any time upon {#7-30} days written notice without liability.\"", 420, "chat"),
    ("Rewrite our {biz} announcement so it sounds less corporate", 300, "rewrite"),
    ("What are good KPIs for «a customer support team|a B2B sales team|a content marketing team|an HR department»?", 450, "chat"),
    ("help me prepare for a «performance review|salary negotiation|difficult conversation with a direct report»", 520, "chat"),
    ("Write 5 subject lines for an email about {biz}", 120, "data_generation"),
    ("Can you make this paragraph clearer? \"Due to the fact that the {biz} has been delayed, the team will be prioritising other items in the interim period going forward.\"", 120, "rewrite"),
    ("Polish this LinkedIn post about {biz}: we did it!!! huge thanks to the team", 220, "rewrite"),
    ("Explain the main points of «GDPR for a small ecommerce shop|the EU AI Act for our chatbot|SOC 2 in plain English|IFRS 16 leases»", 600, "chat"),
]
V["biz2"] = V["biz"]


def work(r):
    p, o, c = r.choice(WORK)
    return humanize(r, expand(r, p, V), 0.4), o, c


# ------------------------------------------------------------------------------------------------ app backends
V["product"] = ["wireless earbuds", "a standing desk", "a merino wool sweater", "a cast iron skillet", "a dog harness",
                "a 4K monitor", "running shoes", "a cordless drill", "a linen duvet cover", "a yoga mat",
                "a ceramic pour-over set", "a kids' bike helmet", "a leather wallet", "an air fryer", "a backpack"]
V["feature"] = ["waterproof", "lightweight", "12h battery", "machine washable", "recycled materials", "2-year warranty",
                "adjustable", "non-toxic coating", "USB-C", "foldable", "hypoallergenic"]
V["order"] = ["#%d" % n for n in range(10231, 10299)]
V["ticket"] = ["my {product} stopped working after {#2-30} days", "I want to return {product}, how?",
               "where is my order {order}? it says delivered but nothing here",
               "can I change the delivery address for order {order}", "the discount code doesn't work at checkout",
               "I was charged but the order doesn't show in my account", "how do I cancel my subscription",
               "do you ship to «Canada|Ireland|Norway|Mexico»?", "the size guide is confusing, I'm between M and L",
               "package arrived damaged, box crushed"]
V["passage"] = ["Our return window is 30 days from delivery. Items must be unused and in original packaging. Refunds are issued to the original payment method within 5-7 business days.",
                "Employees accrue 1.67 days of paid leave per month. Unused leave of up to 5 days may be carried into the next calendar year.",
                "The device supports Bluetooth 5.3 and can pair with up to two sources. To reset, hold the power button for 15 seconds until the LED flashes amber.",
                "Premium plans include priority support, SSO, and audit logs. Plans can be changed at any time; downgrades take effect at the next billing cycle.",
                "Parking permits for residents are valid for 12 months. Visitors may park for up to 3 hours in zones B and C.",
                "The clinic is open Monday to Friday 8am-6pm. Same-day appointments are released at 8am by phone only."]
V["q"] = ["how long do refunds take", "can I carry over leave", "how do I reset it", "do I get SSO on the basic plan",
          "how long can my visitors park", "can I book same-day online"]
APPS = {
    "support": ("You are Sunny, the customer support assistant for {shop}. Be concise, friendly and never invent order details. If you cannot help, offer to connect a human agent.",
                ["{ticket}", "Customer: {ticket}", "{ticket}\n\nOrder history: {#1-9} orders, last one {order}"], 180, "chat"),
    "descr": ("You write product listings for an online store. Output: a title (max 70 chars), 3 bullet points, and a 60-word description. Avoid superlatives that can't be verified.",
              ["Product: {product}\nFeatures: {feature}, {feature}, {feature}\nTone: «playful|premium|practical»",
               "Write the listing for {product}. Key facts: {feature}; {feature}."], 210, "data_generation"),
    "rag": ("Answer the employee or customer question using only the provided context. If the answer is not in the context, say you don't know.",
            ["Context:\n{passage}\n\nQuestion: {q}", "{passage}\n\nQ: {q}?"], 90, "chat"),
    "tutor": ("You are a patient math tutor for middle-school students. Do not give the final answer straight away; guide the student with hints and check their work.",
              ["I don't get how to solve {#2-9}x - {#1-9} = {#10-60}", "Is {#2-9}/{#2-9} bigger than {#2-9}/{#2-9}?",
               "what's {#11-99}% of {#100-900}", "how do I find the area of a circle with radius {#2-20}",
               "my answer is x={#1-12}, is that right? the question was {#2-5}x + {#1-9} = {#10-70}"], 220, "reasoning"),
    "translate": ("Translate the user's text into {tlang}. Preserve formatting and placeholders like %NAME%. Output only the translation.",
                  ["{short_text}", "Hi %NAME%, your order {order} has shipped and should arrive in {#2-5} business days.",
                   "Reminder: your appointment is tomorrow at {#8-17}:00. Reply C to cancel."], 70, "rewrite"),
    "writer": ("You are an inline writing assistant. Improve clarity and flow, keep the author's voice, and return only the revised text.",
               ["{short_text}", "Improve: {short_text}", "Make this more concise: {short_text}"], 80, "rewrite"),
    "review": ("You are a code review bot. Comment only on bugs, security issues and clear readability problems. Be brief. Use GitHub suggestion blocks.",
               ["Review this diff:\n\n@@CODE@@", "PR #{#100-3000}: «fix null check|add caching|refactor handlers|bump deps»\n\n@@CODE@@"], 260, "coding"),
    "classify": ("Classify the support ticket into exactly one of: billing, bug, how_to, account, feature_request, other. Reply with JSON {\"label\": ..., \"confidence\": ...}.",
                 ["{ticket}", "Subject: help\n\n{ticket}"], 18, "chat"),
    "recipes": ("You are the assistant in a recipe app. Suggest recipes that match the user's pantry and dietary needs. Include cooking times.",
                ["I have {food}, «rice|potatoes|pasta|tortillas» and «spinach|peppers|mushrooms». {diet}", "quick dinner with {food}"], 420, "chat"),
    "fitness": ("You are a fitness coach inside a workout app. Give safe, practical advice and suggest seeing a professional for injuries.",
                ["I can do {#2-15} pushups, make me a {#3-8} week plan", "knee hurts after running {#3-15}k, what should I change",
                 "what should I eat before a «morning workout|long run|leg day|swim»", "is it ok to train «abs|legs|chest» every day",
                 "I'm {#25-60}, {#55-110}kg, want to lose {#3-15}kg by «summer|march|my wedding», where do I start",
                 "swap for «burpees|squats|lunges|pull ups» because of my «knee|back|shoulder»?",
                 "how many rest days per week if I «run|lift|do crossfit» {#3-6} times"], 380, "chat"),
    "legal": ("Summarise contract clauses for small-business owners in plain English. Flag anything unusual. This is not legal advice.",
              ["Clause {#2-19}.{#1-9}: The Licensee shall indemnify the Licensor against all claims arising from use of the Software, save for claims arising from the Licensor's gross negligence.",
               "Clause {#2-19}.{#1-9}: Either party may terminate for convenience with {#30-90} days notice; fees paid are non-refundable."], 260, "chat"),
}
APPS["docgen"] = ("You are the long-form writer of a content platform for agencies. Write complete, well-structured articles with headings, matching the requested tone and length. Never invent statistics.",
                  ["Write a {#800-2500}-word blog post about {biz} for «a SaaS company|a dental clinic|a travel agency|a fintech startup|an HR consultancy». Tone: «friendly|authoritative|witty».",
                   "Pillar article: «the complete guide to|everything you need to know about|a beginner's handbook to» {concept}. Include an FAQ section and a summary.",
                   "Write a {#5-12}-email nurture sequence for {shop} customers who bought {product}.",
                   "Landing page copy for {product}: hero, 3 benefit sections, social proof, FAQ, CTA. Features: {feature}, {feature}."], 2300, "data_generation")
APPS["codeassist"] = ("You are the AI pair programmer inside a browser IDE. Give complete, runnable code and a short explanation. Respect the project's language and framework.",
                      ["{devq}", "Project: {fw}. {devq}", "{devq}\n\nCurrent file:\n@@CODE@@"], 1300, "coding")
APPS["reportgen"] = ("Generate an analyst-style report from the data the user provides. Use sections, bullet points and a summary table. State assumptions.",
                     ["Monthly report for {shop}: revenue {#100-900}k ({#1-30}% MoM), churn {#1-9}%, top products {product} and {product}, returns up {#1-12}%. Write the board summary.",
                      "Turn this survey export into an executive report: NPS {#-20-70}, {#120-4000} responses, top complaints: «delivery times|pricing|app crashes|support wait times».",
                      "Weekly ops report: tickets {#200-3000}, median first response {#2-40} min, backlog {#10-400}, SLA breaches {#0-30}. Explain drivers and recommend actions."], 1700, "chat")
V["devq"] = ["How do I {devtask}?", "write a {plang} function that {cstask}", "why am I getting {err}?",
             "Refactor this to {refgoal}", "add tests for the function below", "explain what this code does"]
V["shop"] = ["Bramble & Co", "Northpeak Outdoor", "Kittle Home", "UrbanFern", "Petsy Supplies", "VoltCircuit"]
V["tlang"] = V["lang"]


def app_prompt(r, app, sys_cache):
    sysp, users, o, cap = APPS[app]
    if app not in sys_cache:
        sys_cache[app] = expand(r, sysp, V)
    u = expand(r, r.choice(users), V)
    if "@@CODE@@" in u:
        u = u.replace("@@CODE@@", r.choice(CODE_SNIPPETS))
    if app in ("support", "tutor", "fitness", "recipes"):
        u = humanize(r, u, 0.9)
    return sys_cache[app].replace("%NAME%", "{{first_name}}"), u.replace("%NAME%", "{{first_name}}"), o, cap


# ------------------------------------------------------------------------------------------------ researchers
V["bench_q"] = ["Which of the following best explains why ice floats on water?",
                "A function f satisfies f(x+y) = f(x) + f(y) for all reals and is continuous. Which must be true?",
                "Which enzyme unwinds the DNA double helix during replication?",
                "In the passage, the author's attitude toward the proposal is best described as:",
                "What is the time complexity of building a binary heap from n elements?",
                "Which statement about the Treaty of Westphalia is accurate?"]
V["rtopic"] = ["climate policy", "protein folding", "misinformation", "labour economics", "early literacy",
               "urban mobility", "medical imaging", "LLM evaluation", "program synthesis", "moral judgement"]
RESEARCH = [
    ("{bench_q}\nA) «first|one|alpha»\nB) «second|two|beta»\nC) «third|three|gamma»\nD) «fourth|four|delta»\nAnswer with the letter only.", 3, "reasoning"),
    ("Question: {bench_q}\nThink it through, then give your final answer on the last line as 'Answer: X'.", 600, "reasoning"),
    ("Rate the following response for helpfulness on a 1-7 Likert scale. Respond with the number only.\n\nPrompt: {q}\nResponse: {passage}", 2, "grading"),
    ("Generate {#10-40} diverse survey questions about {rtopic} for a pilot study. Vary the question format.", 900, "data_generation"),
    ("Paraphrase this item for a robustness check, keep the meaning identical: \"{bench_q}\"", 60, "rewrite"),
    ("Help me tighten the related-work paragraph of my paper on {rtopic}. Draft: recent work has studied {rtopic} from many angles...", 380, "rewrite"),
    ("What statistical test should I use to compare {#2-5} conditions with repeated measures and non-normal data?", 420, "chat"),
    ("Annotate the sentiment of this tweet as positive/negative/neutral: \"{short_text}\"", 3, "grading"),
    ("Write the derivation of the «OLS estimator|ELBO|Bellman equation|softmax gradient» step by step for my lecture notes", 900, "reasoning"),
]


def research(r):
    p, o, c = r.choice(RESEARCH)
    return expand(r, p, V), o, c
