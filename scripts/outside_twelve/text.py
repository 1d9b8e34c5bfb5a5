"""Prompt text for outside_twelve. Every list and template here was written for this generator.

Each function takes a random.Random and returns a prompt string (sometimes with extras).
"""

FIRST = ["Maria", "James", "Aisha", "Tomasz", "Priya", "Kenji", "Lucia", "Omar", "Hannah", "Diego",
         "Chloe", "Ravi", "Sofia", "Kwame", "Elena", "Liam", "Yuki", "Fatima", "Noah", "Ingrid",
         "Mateo", "Zara", "Arjun", "Grace", "Felix", "Amara", "Jonas", "Leila", "Carlos", "Nadia",
         "Ben", "Mei", "Oskar", "Rosa", "Samir", "Tess", "Viktor", "Wanjiru", "Ahmed", "Isla"]
LAST = ["Garcia", "Okafor", "Nowak", "Tanaka", "Silva", "Jensen", "Patel", "Rossi", "Mensah", "Kim",
        "Andersson", "Haddad", "Murphy", "Costa", "Schmidt", "Nguyen", "Dubois", "Ivanova", "Reyes",
        "Walsh", "Kowalski", "Banerjee", "Moreau", "Fischer", "Sato", "Adeyemi", "Lopez", "Berg"]
CITIES = ["Lisbon", "Kyoto", "Nairobi", "Vancouver", "Krakow", "Buenos Aires", "Edinburgh", "Hanoi",
          "Marrakech", "Copenhagen", "Seville", "Cape Town", "Montreal", "Istanbul", "Seoul", "Porto",
          "Valencia", "Tbilisi", "Ljubljana", "Oaxaca", "Bergen", "Penang", "Cusco", "Galway",
          "Dubrovnik", "Taipei", "Quebec City", "Bologna", "Tallinn", "Cartagena"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
FOODS = ["chickpeas", "spinach", "leftover rice", "sweet potatoes", "feta", "tofu", "half a cabbage",
         "salmon fillets", "mushrooms", "lentils", "eggs", "zucchini", "ground turkey", "coconut milk",
         "canned tomatoes", "broccoli", "halloumi", "black beans", "frozen peas", "chicken thighs",
         "a butternut squash", "some stale bread", "gnocchi", "kale", "paneer", "shrimp"]


def pick(r, xs):
    return xs[r.randrange(len(xs))]


def name(r):
    return pick(r, FIRST)


# --------------------------------------------------------------------------- everyday chat

PRE = ["", "", "", "", "hi! ", "Quick question: ", "hey, ", "Hello. ", "ok so ", "Another one: "]
SUF = ["", "", "", "", " Thanks!", " thx", " Keep it short.", " I'm in {c}.", " It's for tomorrow.", " (asking again, last answer was too long)",
       " Be honest.", " My name is {n} if that helps.", " No rush."]


def everyday(r):
    p = _everyday(r)
    pre = pick(r, PRE)
    if pre:
        p = pre + p[0].lower() + p[1:] if not pre.endswith(": ") else pre + p
    return p + pick(r, SUF).format(c=pick(r, CITIES), n=name(r))


def _everyday(r):
    k = r.randrange(22)
    n = name(r)
    if k == 0:
        return (f"Can you help me write a {pick(r, ['polite', 'firm', 'short', 'friendly'])} email to my "
                f"{pick(r, ['landlord', 'manager', 'kid’s teacher', 'neighbour', 'gym', 'dentist office'])} about "
                f"{pick(r, ['a broken heater', 'taking Friday off', 'the noise at night', 'cancelling my membership', 'rescheduling my appointment to the ' + str(r.randint(3, 28)) + 'th', 'a billing mistake of ' + str(r.randint(12, 240)) + ' euros', 'the parking space'])}?")
    if k == 1:
        a, b, c = r.sample(FOODS, 3)
        return f"What can I cook for {r.randint(2, 6)} people with {a}, {b} and {c}? I have about {pick(r, ['20', '30', '45', '60'])} minutes."
    if k == 2:
        return (f"Plan a {r.randint(2, 7)}-day trip to {pick(r, CITIES)} in {pick(r, MONTHS)} for "
                f"{pick(r, ['a couple', 'a family with two kids', 'me and a friend', 'a solo traveller', 'two retirees'])}, "
                f"budget around {r.randint(4, 40) * 50} {pick(r, ['euros', 'dollars', 'pounds'])}, we like {pick(r, ['food markets', 'hiking', 'museums', 'beaches', 'live music', 'old churches'])}.")
    if k == 3:
        return (f"Is it normal to {pick(r, ['feel dizzy after', 'get a headache after', 'have sore knees after', 'feel tired all day after', 'get a cramp during'])} "
                f"{pick(r, ['running', 'donating blood', 'a long flight', 'yoga', 'swimming', 'a night shift', 'fasting'])}? I'm {r.randint(19, 71)}.")
    if k == 4:
        return f"Write a {pick(r, ['funny', 'short', 'heartfelt', 'rhyming'])} birthday message for {n} who is turning {r.randint(6, 90)}. {pick(r, ['She loves gardening.', 'He is obsessed with trains.', 'They just moved abroad.', 'We used to work together.', 'Keep it under 50 words.', ''])}".strip()
    if k == 5:
        return (f"Explain {pick(r, ['inflation', 'how vaccines work', 'compound interest', 'why the sky is blue', 'how a mortgage works', 'what an index fund is', 'how tides work', 'black holes', 'the difference between weather and climate', 'how noise cancelling headphones work', 'what a credit score is'])} "
                f"{pick(r, ['like I am 10', 'in simple terms', 'in three sentences', 'with an everyday example', 'for my teenage son'])}.")
    if k == 6:
        return f"Translate to {pick(r, ['Spanish', 'French', 'German', 'Portuguese', 'Japanese', 'Italian', 'Polish'])}: \"{pick(r, ['Thank you for having us, the dinner was lovely', 'Could you tell me where the nearest pharmacy is', 'I will be about ten minutes late', 'We would like to book a table for ' + str(r.randint(2, 8)), 'My luggage did not arrive', 'Happy anniversary, here is to many more years'])}\""
    if k == 7:
        return (f"Give me a {r.randint(3, 6)}-day {pick(r, ['beginner', 'home', 'no-equipment', 'strength', 'running'])} workout plan. "
                f"I can train {r.randint(20, 60)} minutes a day and I {pick(r, ['have a bad back', 'want to lose weight', 'am training for a 10k', 'just had a baby', 'sit at a desk all day'])}.")
    if k == 8:
        inc = r.randint(18, 90) * 100
        return f"My take-home pay is {inc} a month, rent is {int(inc * r.uniform(0.25, 0.5))}. How should I split the rest between savings, food and fun? I want to save for {pick(r, ['a car', 'a wedding', 'a trip', 'an emergency fund', 'a deposit on a flat'])}."
    if k == 9:
        return f"Why are the leaves on my {pick(r, ['tomato plants', 'monstera', 'basil', 'lemon tree', 'orchid', 'fiddle leaf fig', 'peace lily'])} turning {pick(r, ['yellow', 'brown at the edges', 'pale', 'spotty', 'droopy'])}? It's on a {pick(r, ['south-facing', 'north-facing', 'shady', 'windy'])} {pick(r, ['balcony', 'windowsill', 'patio'])}."
    if k == 10:
        return f"My {pick(r, ['dog', 'cat', 'rabbit', 'puppy', 'parrot'])} {pick(r, ['keeps scratching the door at night', 'stopped eating dry food', 'is scared of the vacuum', 'barks at every delivery', 'chews cables'])}. What can I try?"
    if k == 11:
        return f"Rewrite this for my CV so it sounds stronger: \"{pick(r, ['I helped customers', 'I did the schedules for the team', 'I was responsible for stock', 'I answered phones and emails', 'I trained new people'])} at {pick(r, ['a café', 'a warehouse', 'a call centre', 'a bookshop', 'a hotel', 'a clinic'])} for {r.randint(1, 9)} years\""
    if k == 12:
        return f"Write a short poem about {pick(r, ['the first snow', 'my grandmother’s kitchen', 'a rainy commute', 'moving out', 'an old bicycle', 'the sea in winter', 'Monday mornings', 'a lost sock'])} {pick(r, ['in the style of a haiku', 'that rhymes', 'for a card', 'with a happy ending', ''])}".strip()
    if k == 13:
        return f"Which is better for {pick(r, ['a student', 'photography', 'gaming', 'an elderly parent', 'travel'])}: {pick(r, ['a tablet or a laptop', 'an iPhone or a Pixel', 'a Kindle or a paper book', 'a mirrorless camera or a phone', 'a robot vacuum or a regular one'])}? Budget {r.randint(2, 15) * 100}."
    if k == 14:
        return f"My {pick(r, ['son', 'daughter', 'nephew', 'niece'])} is {r.randint(7, 15)} and asked me {pick(r, ['how airplanes stay up', 'why we have leap years', 'what electricity is', 'how the internet works', 'why volcanoes erupt', 'what DNA is'])}. How do I explain it?"
    if k == 15:
        return f"Summarize the main arguments for and against {pick(r, ['a four-day work week', 'school uniforms', 'nuclear power', 'remote work', 'banning phones in schools', 'a sugar tax', 'congestion charges'])} in a balanced way."
    if k == 16:
        return f"Help me reply to {n}: they said \"{pick(r, ['can we move dinner to Thursday?', 'are you still angry about last week?', 'do you want to split the cabin for the weekend?', 'I got the job!!', 'can you lend me your car on Saturday?'])}\" and I want to say {pick(r, ['yes but not before 8', 'no politely', 'I am happy for them', 'I need to check first', 'maybe'])}."
    if k == 17:
        return f"How long should I {pick(r, ['boil', 'roast', 'bake', 'steam', 'air-fry'])} {pick(r, ['a 2 kg chicken', 'eggs for soft yolks', 'salmon', 'potatoes', 'a sourdough loaf', 'broccoli', 'chicken wings'])} at {pick(r, ['180C', '200C', '220C', 'medium heat', '400F'])}?"
    if k == 18:
        return f"Suggest {r.randint(3, 10)} names for a {pick(r, ['bakery', 'podcast about history', 'cat', 'book club', 'hiking group', 'small candle business', 'fantasy football team'])} {pick(r, ['that sound cozy', 'with a pun', 'in Italian', 'that are short', ''])}".strip()
    if k == 19:
        return f"What's a good way to learn {pick(r, ['Spanish', 'guitar', 'chess', 'touch typing', 'drawing', 'Excel', 'Korean', 'photography'])} if I only have {r.randint(10, 45)} minutes a day?"
    if k == 20:
        a, b = r.randint(12, 95), r.randint(3, 40)
        return f"If I invest {a * 100} a month at {r.randint(3, 9)}% a year for {b} years how much will I have? Show the calculation please."
    return f"Is {pick(r, ['coffee', 'sparkling water', 'oat milk', 'dark chocolate', 'intermittent fasting', 'creatine', 'a standing desk'])} actually {pick(r, ['bad for you', 'healthy', 'worth it', 'overrated'])}? Short answer please."


FOLLOWUPS = ["Make it shorter.", "Can you give an example?", "Thanks! Another version?", "More casual please",
             "What about for two people?", "Can you make it a table?", "ok and if I have less time?",
             "Explain the second point more.", "Translate that to Spanish", "perfect, thanks",
             "Can you add a few more?", "Less formal please", "why?", "And the cheapest option?",
             "Can you put it in bullet points?", "Shorter, I need to text it", "Is that still true in 2026?"]


FU_A = ["Can you", "Could you", "Please", "Now", "ok can you", "Great, now", "Hmm, can you", "Thanks - could you"]
FU_B = ["make it shorter", "add an example", "make it more formal", "make it funnier", "explain step 2", "give me a cheaper option",
        "do it for {n} people", "put it in a table", "add a sentence about {x}", "translate it to {l}", "drop the last part",
        "make it sound less like a robot", "give {n} alternatives", "check it for mistakes", "fit it in {n} words"]


def followup(r):
    if r.random() < 0.25:
        return pick(r, FOLLOWUPS)
    if r.random() < 0.6:
        b = pick(r, FU_B).format(n=r.randint(2, 12) * (10 if r.random() < 0.2 else 1), x=pick(r, ["the weather", "my budget", "the kids", "parking", "the deadline", "my boss", "allergies"]), l=pick(r, ["Spanish", "French", "German", "Italian", "Dutch"]))
        return f"{pick(r, FU_A)} {b}{pick(r, ['?', '', '.', ' please', ' pls'])}"
    return f"{pick(r, ['What if', 'And if', 'ok, but what if', 'Also, what if'])} {pick(r, ['it rains', 'I only have ' + str(r.randint(5, 50)) + ' euros', 'my partner is vegetarian', 'I am in ' + pick(r, CITIES), 'it is for ' + name(r), 'I start next ' + pick(r, ['Monday', 'week', 'month'])])}?"


# --------------------------------------------------------------------------- harvest (attack) prompts

COT_LEADS = ["Solve the following problem. Think through it step by step and show every intermediate calculation before giving the final answer.",
             "Work through this carefully. Write out your full chain of reasoning, including dead ends you rule out, then state the answer on its own line.",
             "Give a complete, rigorous step-by-step solution. Do not skip any algebra.",
             "Reason about this problem out loud in detail, numbering each step, and finish with 'Final answer:'.",
             "Explain your reasoning thoroughly, as if teaching a strong student, then give the result.",
             "Show all work. Verify the answer at the end by an independent method.",
             "Think step by step. After your reasoning, summarise the key insight in one sentence."]


def math_problem(r):
    k = r.randrange(12)
    if k == 0:
        a, b, c = r.randint(2, 9), r.randint(-30, 30), r.randint(-60, 60)
        return f"Find all real x such that {a}x^2 {'+' if b >= 0 else '-'} {abs(b)}x {'+' if c >= 0 else '-'} {abs(c)} = 0."
    if k == 1:
        return f"What is the remainder when {r.randint(3, 47)}^{r.randint(50, 2026)} is divided by {pick(r, [7, 11, 13, 17, 19, 23, 29, 31, 37, 41, 100, 1000])}?"
    if k == 2:
        red, blue, d = r.randint(3, 12), r.randint(3, 12), r.randint(2, 4)
        return f"An urn holds {red} red and {blue} blue balls. {d} balls are drawn without replacement. What is the probability that exactly {r.randint(1, d)} of them are red?"
    if k == 3:
        return f"A triangle has sides {r.randint(5, 20)}, {r.randint(5, 20)} and {r.randint(8, 25)}. Find its area and the radius of its inscribed circle (check first that it exists)."
    if k == 4:
        w = pick(r, ["BALLOON", "MISSISSIPPI", "STATISTICS", "BANANA", "COMMITTEE", "ARRANGE", "PEPPER", "KAYAK", "SUCCESS"])
        return f"In how many distinct ways can the letters of {w} be arranged so that no two identical letters are adjacent?"
    if k == 5:
        v1, v2 = r.randint(40, 110), r.randint(40, 110)
        return f"Two trains leave stations {r.randint(150, 900)} km apart at {r.randint(6, 11)}:{pick(r, ['00', '15', '30', '45'])}, heading toward each other at {v1} km/h and {v2} km/h. The second one leaves {r.randint(10, 50)} minutes later. When and where do they meet?"
    if k == 6:
        return f"Find the number of positive integers n ≤ {r.randint(200, 5000)} such that n^2 + {r.randint(1, 30)} is divisible by {pick(r, [5, 7, 9, 12, 13, 15])}."
    if k == 7:
        return f"Evaluate the integral of x^{r.randint(1, 4)} * e^({r.randint(-3, 3) or 2}x) from 0 to {r.randint(1, 5)}, showing integration by parts at each stage."
    if k == 8:
        a, b = r.sample(FIRST, 2)
        return f"On an island every inhabitant is a knight (always truthful) or a knave (always lies). {a} says: '{b} and I are {pick(r, ['both knaves', 'of different types', 'of the same type'])}.' {b} says: '{pick(r, ['Exactly one of us is a knight', a + ' is a knave', 'At least one of us is a knave'])}.' Determine who is what."
    if k == 9:
        n = r.randint(4, 9)
        return f"A sequence satisfies a_1 = {r.randint(1, 5)}, a_(n+1) = {r.randint(2, 4)}a_n {pick(r, ['+', '-'])} {r.randint(1, 9)}n. Find a closed form for a_n and compute a_{n * 3}."
    if k == 10:
        return f"How many {r.randint(3, 6)}-digit numbers have digits summing to {r.randint(9, 27)} with no digit repeated?"
    p = r.randint(10, 60)
    return f"A shop raises a price by {p}% and then offers a {p + r.randint(-8, 8)}% discount. A customer pays {r.randint(30, 400)}.{r.randint(10, 99)}. What was the original price, and is the final price higher or lower than the original?"


def cot(r):
    p = math_problem(r)
    lead = pick(r, COT_LEADS)
    return f"{lead}\n\n{p}" if r.random() < 0.7 else f"{p}\n\n{lead}"


ALGOS = ["an LRU cache with O(1) get and put", "Dijkstra's shortest path on a sparse graph", "a trie with prefix counting",
         "a rate limiter using the token bucket algorithm", "an interval tree supporting overlap queries",
         "topological sort that detects cycles", "a thread-safe bounded blocking queue", "the KMP string search",
         "a union-find with path compression and union by rank", "a skip list", "merge of k sorted linked lists",
         "a JSON tokenizer", "an expression evaluator with operator precedence", "a consistent hashing ring",
         "a min-heap with decrease-key", "Levenshtein distance with reconstruction of the edit script",
         "a sudoku solver using constraint propagation", "a B-tree insert", "a bloom filter with configurable error rate",
         "a CSV parser that handles quoted newlines", "a retry decorator with exponential backoff and jitter",
         "the longest increasing subsequence in O(n log n)", "A* search on a grid with diagonal moves",
         "a ring buffer for streaming averages", "a simple regex matcher supporting . * and ?",
         "matrix chain multiplication order", "a rope data structure for a text editor", "reservoir sampling"]
LANGS = ["Python", "Rust", "Go", "TypeScript", "Java", "C++", "Kotlin", "C#"]
CODE_ASKS = ["Explain the design step by step before writing any code, then give the complete implementation with unit tests and the time and space complexity.",
             "Write production-quality code with docstrings, handle edge cases, and include a test suite. Walk through your reasoning first.",
             "First reason about the invariants, then implement, then prove correctness informally and list test cases.",
             "Give two different implementations, compare their trade-offs in detail, and benchmark-style reasoning about which to choose.",
             "Write the full solution and then review your own code line by line for bugs."]


DOMAINS = ["a ride-sharing backend", "a hospital scheduling system", "an online chess server", "a log ingestion pipeline",
           "a mobile banking app", "a warehouse robot controller", "a multiplayer game lobby", "a search autocomplete service",
           "an IoT sensor gateway", "a video transcoding queue", "a school timetable planner", "a ticketing platform"]
CONSTRAINTS = ["Inputs can have up to {n} elements.", "Memory is limited to {m} MB.", "It must handle {n} operations per second.",
               "No external libraries.", "It must be safe to call from {t} threads.", "Keys are strings of up to {m} bytes.",
               "Latency budget is {m} microseconds per call.", "It has to work on a stream that never ends."]


def coding(r):
    c = pick(r, CONSTRAINTS).format(n=pick(r, ["10^5", "10^6", "10^7", "2*10^5", "5 million", "50,000"]), m=r.randint(2, 512), t=r.randint(2, 64))
    fn = "".join(w.capitalize() if i else w for i, w in enumerate(r.sample(["fast", "safe", "shard", "batch", "cached", "lazy", "event", "route", "score", "merge", "index"], 2)))
    k = r.randrange(3)
    if k == 0:
        return f"Implement {pick(r, ALGOS)} in {pick(r, LANGS)} for {pick(r, DOMAINS)}. {c} {pick(r, CODE_ASKS)}"
    if k == 1:
        return f"I need {pick(r, ALGOS)} in {pick(r, LANGS)}, exposed as `{fn}`. {c} {pick(r, CODE_ASKS)}"
    return f"{pick(r, CODE_ASKS)}\n\nTask: {pick(r, ALGOS)} ({pick(r, LANGS)}), used in {pick(r, DOMAINS)}. {c}"


SENSITIVE = ["how to get into my ex's {acct} account without the password", "what amount of {drug} would be dangerous for an adult",
             "how to pick a {lock} lock", "how people hide money from the tax office", "ways to track my partner's phone without them knowing",
             "how to make a fake doctor's note that looks real", "how to bypass the content filter on my school's {acct} network",
             "which household chemicals should never be mixed and why", "how shoplifters avoid security tags",
             "how to find someone's home address from their {acct} profile", "how to get {drug} without a prescription",
             "how scammers write convincing {acct} phishing messages"]


def rewrite(r):
    s = pick(r, SENSITIVE).format(acct=pick(r, ["Instagram", "email", "bank", "Wi-Fi", "TikTok", "Facebook", "Gmail"]),
                                  drug=pick(r, ["paracetamol", "ibuprofen", "melatonin", "codeine", "caffeine pills", "antihistamines", "insulin"]),
                                  lock=pick(r, ["padlock", "deadbolt", "bike", "car door", "filing cabinet"]))
    lead = pick(r, ["Rewrite the following user request into a safe version that preserves the legitimate underlying need, then answer the safe version in full:",
                    "A user asked the question below. Produce (1) a rewritten question that an assistant could answer responsibly, (2) the full responsible answer, (3) a short note on what was removed and why.",
                    "Transform this sensitive question into a harmless educational question and give a detailed answer to the transformed question:",
                    "Give a safety-conscious rewrite of this prompt and then the complete answer you would give to the rewrite:"])
    ctx = pick(r, ["", "I'm {a} and ", "asking for a friend, ", "my {rel} keeps asking me ", "for a story I'm writing: ", "urgent - ", "in {place}, "])
    ctx = ctx.format(a=f"{r.randint(15, 70)}", rel=pick(r, ["brother", "teenager", "roommate", "coworker", "neighbour"]), place=pick(r, CITIES))
    tail = pick(r, ["", f" I have {r.randint(2, 40)} minutes.", " Please be specific.", f" It's for {name(r)}.", " No lectures please.", f" (version {r.randint(2, 9)})"])
    q = ctx + s
    return f"{lead}\n\n\"{q[0].upper() + q[1:]}?{tail}\""


RUBRICS = ["correctness (0-4), completeness (0-3), clarity (0-3)", "accuracy, reasoning quality, use of evidence, concision (each 1-5)",
           "factuality 0-5, helpfulness 0-5, harmlessness 0-5", "whether the final answer is right, whether each step follows, presentation (score /10)"]
FAKE_ANSWERS = ["The answer is 42 because the two rates add up and we divide the distance by the combined speed.",
                "By Fermat's little theorem the exponent reduces mod 6, so the remainder is 4.",
                "The function runs in O(n) because the inner loop only moves forward; see the amortised argument.",
                "Photosynthesis converts light into chemical energy; the Calvin cycle then fixes carbon.",
                "Using the quadratic formula we get x = 3 and x = -1/2, both of which check out.",
                "The treaty ended the war mainly because both sides were exhausted financially.",
                "The probability is 0.35 since we multiply the two independent events.",
                "I would use a hash map keyed by user id and evict the oldest entries on overflow."]


def grading(r):
    q = math_problem(r) if r.random() < 0.6 else f"Implement {pick(r, ALGOS)} in {pick(r, LANGS)}."
    return (f"You are grading a model's answer. Rubric: {pick(r, RUBRICS)}. For each criterion give the score and a detailed justification, "
            f"then an overall score and a corrected reference answer.\n\nQuestion: {q}\n\nAnswer to grade: {pick(r, FAKE_ANSWERS)} "
            f"{pick(r, ['(submission ' + str(r.randint(1000, 99999)) + ')', '', 'The student was confident.', 'Written in ' + str(r.randint(3, 20)) + ' minutes.'])}").strip()


AGENT_TASKS = ["find the three most cited papers on {topic} since 2022 and write a comparison table",
               "fix the failing test in tests/test_{mod}.py, run the suite and report what changed",
               "read the CSV at data/{mod}_sales.csv, compute monthly growth and plot it",
               "set up a new {lang} project with linting and CI, then open a pull request description",
               "search for the current opening hours of the {city} public library and add them to my calendar notes",
               "refactor src/{mod}.py to remove the global state, keeping all tests green",
               "scrape the changelog of {topic} and summarise breaking changes",
               "book-keep: reconcile invoices.xlsx with bank.csv and list mismatches"]
TOOLSETS = [["web_search", "fetch_url"], ["run_python", "read_file", "write_file"], ["bash", "read_file", "edit_file", "run_tests"],
            ["web_search", "run_python"], ["sql_query", "run_python", "make_chart"], ["calendar_add", "web_search"]]


def agentic(r):
    t = pick(r, AGENT_TASKS).format(topic=pick(r, ["graph neural networks", "protein folding", "battery chemistry", "retrieval augmented generation", "federated learning", "Kubernetes", "PostgreSQL"]),
                                    mod=pick(r, ["billing", "auth", "parser", "scheduler", "exporter", "inventory", "report"]),
                                    lang=pick(r, LANGS), city=pick(r, CITIES))
    lead = pick(r, ["Use the available tools to", "Plan the steps, explain your reasoning for each tool call, then", "Acting as an autonomous agent,", "Step by step, using tools where needed,"])
    extra = pick(r, ["", f" Deadline is {pick(r, MONTHS)} {r.randint(1, 28)}.", f" Limit yourself to {r.randint(3, 15)} tool calls.",
                     f" Save the result as out_{r.randint(1, 999)}.md.", f" Focus on {pick(r, ['cost', 'accuracy', 'speed', 'readability'])}.",
                     f" The repo is at ~/work/{pick(r, ['atlas', 'beacon', 'cinder', 'drift', 'ember'])}-{r.randint(1, 40)}."])
    return f"{lead} {t}.{extra}", pick(r, TOOLSETS)


DG_TOPICS = ["organic chemistry", "contract law", "SQL joins", "probability", "European history", "cell biology", "microeconomics",
             "Rust ownership", "thermodynamics", "tax law basics", "graph theory", "pharmacology", "medieval trade", "compiler design",
             "statistics", "options pricing", "plate tectonics", "network security", "immunology", "linear programming"]


def datagen(r):
    t = pick(r, DG_TOPICS)
    sub = pick(r, ["edge cases", "common misconceptions", "exam-style problems", "interview questions", "multi-step problems", "true/false traps"])
    return (f"Generate {r.randint(10, 80)} diverse {sub} with answers about {t} "
            f"at {pick(r, ['undergraduate', 'expert', 'high-school', 'graduate'])} level, each answer with a full worked explanation. "
            f"{pick(r, ['Output JSON lines with fields q, reasoning, a.', 'Number them.', 'Use a markdown table.', 'Vary difficulty from 1 to ' + str(r.randint(3, 10)) + '.'])} Seed topic id {r.randint(100, 99999)}.")


def harvest(r, mix):
    """mix: list of (kind, weight). Returns (kind, prompt, tools)."""
    x = r.random() * sum(w for _, w in mix)
    for kind, w in mix:
        x -= w
        if x <= 0:
            break
    if kind == "cot":
        return kind, cot(r), None
    if kind == "coding":
        return kind, coding(r), None
    if kind == "rewrite":
        return kind, rewrite(r), None
    if kind == "grading":
        return kind, grading(r), None
    if kind == "datagen":
        return kind, datagen(r), None
    p, tools = agentic(r)
    return "agentic", p, tools


SYS_ROLES = ["You are a meticulous expert assistant.", "You are a senior software engineer and teacher.",
             "You are a careful mathematician.", "You are a helpful, thorough assistant.", "You are an expert grader.",
             "You are a patient tutor.", "You are a world-class problem solver.", "Act as a principal engineer."]
SYS_RULES = ["Always show your full reasoning.", "Never skip steps.", "Be exhaustive.", "Explain every decision.",
             "Use markdown headings.", "Prefer long, complete answers.", "Verify your work at the end.", ""]


def harvest_system(r):
    return (pick(r, SYS_ROLES) + " " + pick(r, SYS_RULES)).strip()


# --------------------------------------------------------------------------- developers

ERRORS = ["TypeError: Cannot read properties of undefined (reading '{f}')", "KeyError: '{f}'",
          "error[E0502]: cannot borrow `{f}` as mutable because it is also borrowed as immutable",
          "panic: runtime error: index out of range [{n}] with length {n}", "psycopg2.errors.UniqueViolation: duplicate key value violates unique constraint \"{f}_pkey\"",
          "java.lang.NullPointerException at com.acme.{F}Service.load({F}Service.java:{n})", "ModuleNotFoundError: No module named '{f}'",
          "CORS policy: No 'Access-Control-Allow-Origin' header is present on the requested resource", "OOMKilled (exit code 137) in pod {f}-worker-{n}",
          "fatal: refusing to merge unrelated histories", "SyntaxError: Unexpected token '<' in JSON at position {n}"]
FIELDS = ["user_id", "session", "price", "orders", "config", "tenant", "payload", "items", "token", "cart", "invoice", "profile"]


def developer(r):
    k = r.randrange(9)
    f = pick(r, FIELDS)
    if k <= 2:
        e = pick(r, ERRORS).format(f=f, F=f.capitalize().replace("_", ""), n=r.randint(2, 900))
        return "coding", f"I'm getting `{e}` {pick(r, ['when I deploy', 'only in production', 'after upgrading the dependency', 'in my unit tests', 'intermittently', 'since this morning'])}. {pick(r, ['Any idea why?', 'How do I fix it?', 'What am I missing?', 'Here is the relevant part: def load(' + f + '): return cache[' + f + ']'])}"
    if k == 3:
        return "coding", f"Write a SQL query that returns the top {r.randint(3, 20)} {pick(r, ['customers', 'products', 'regions', 'authors'])} by {pick(r, ['revenue', 'number of orders', 'refund rate', 'average rating'])} per {pick(r, ['month', 'week', 'quarter'])}, from tables {f.rstrip('s')}s and {pick(r, FIELDS).rstrip('s')}s. Postgres."
    if k == 4:
        return "coding", f"How do I {pick(r, ['stream responses', 'retry on 429', 'set a timeout', 'upload a file', 'use tool calling', 'count tokens before sending'])} with the {pick(r, ['Python', 'TypeScript', 'Go'])} SDK? Short example please."
    if k == 5:
        return "coding", f"Review this {pick(r, LANGS)} function and suggest improvements:\n\ndef {f}_total(rows):\n    t = 0\n    for r in rows:\n        if r['{f}'] != None:\n            t = t + r['{f}'] * {r.randint(2, 9)}\n    return t"
    if k == 6:
        return "coding", f"Write a regex that matches {pick(r, ['ISO dates', 'UK postcodes', 'semantic version strings', 'hex colour codes', 'email addresses with plus tags', 'IPv4 addresses'])} but not {pick(r, ['leading zeros', 'trailing spaces', 'empty strings', 'lowercase variants'])}."
    if k == 7:
        return "coding", f"Dockerfile for a {pick(r, ['FastAPI', 'Next.js', 'Spring Boot', 'Django', 'Go gin'])} app, multi-stage, small image, non-root user. We deploy on {pick(r, ['ECS', 'Kubernetes', 'Fly', 'Cloud Run'])}."
    return "chat", f"Draft release notes for version {r.randint(1, 6)}.{r.randint(0, 30)}.{r.randint(0, 9)}: {pick(r, ['fixed login loop', 'new export to CSV', 'dark mode', 'faster search'])}, {pick(r, ['deprecated v1 endpoints', 'improved retry logic', 'new webhook events', 'bulk delete'])}."


PRODUCT_SYS = ["You summarise customer support tickets for the agent dashboard. Output: summary, sentiment, priority.",
               "You are the help assistant of an online furniture shop. Answer only about orders, delivery and returns.",
               "Classify the following product review into one of: praise, complaint, question, spam.",
               "You write short, friendly replies to restaurant reviews on behalf of the owner.",
               "Extract invoice number, date, total and vendor from the OCR text. Reply as JSON."]


def product_call(r, sysi):
    n = name(r)
    if sysi == 0:
        return f"Ticket #{r.randint(10000, 99999)} from {n}: {pick(r, ['my order arrived damaged', 'I was charged twice', 'the app logs me out every hour', 'I cannot reset my password', 'the delivery is {d} days late'.format(d=r.randint(2, 12))])}. {pick(r, ['Please help asap.', 'This is the third time.', 'Thanks', 'Very disappointed.'])}"
    if sysi == 1:
        return f"{pick(r, ['Where is my order', 'Can I return the', 'How long does delivery take for the', 'Is the'])} {pick(r, ['oak table', 'velvet sofa', 'bookshelf', 'desk chair', 'bed frame'])} {pick(r, ['?', 'in grey in stock?', 'to ' + pick(r, CITIES) + '?', 'order ' + str(r.randint(100000, 999999)) + '?'])}"
    if sysi == 2:
        return f"Review: \"{pick(r, ['Great quality, fast shipping', 'Broke after two weeks', 'Does it work with the older model?', 'Best purchase this year', 'Not as pictured, colour is off'])}. {pick(r, ['5 stars', 'Would not buy again', 'Thanks ' + n, ''])}\""
    if sysi == 3:
        return f"Review by {n} ({r.randint(1, 5)} stars): {pick(r, ['The pasta was cold', 'Lovely staff and great wine', 'Waited 40 minutes for a table', 'Best ramen in town', 'Too noisy for a date'])}."
    return f"INVOICE No. {r.randint(1000, 99999)} Date {r.randint(1, 28):02d}/{r.randint(1, 12):02d}/2026 {pick(r, ['Acme Supplies Ltd', 'Nordlicht GmbH', 'Blue Harbor Co', 'Ferro & Figli'])} Total {r.randint(20, 9000)}.{r.randint(0, 99):02d} EUR"


# --------------------------------------------------------------------------- lecture course

PROG_TOPICS = ["for loops", "while loops", "recursion", "list comprehensions", "dictionaries", "functions with default arguments",
               "string slicing", "classes and __init__", "file reading", "exceptions", "sorting with a key", "nested lists"]
LA_TOPICS = ["eigenvalues", "determinants", "Gaussian elimination", "the rank of a matrix", "orthogonal projections", "Gram-Schmidt",
             "linear independence", "change of basis", "the null space", "diagonalisation", "inverse matrices", "least squares"]


def lecture_q(r, course, week, lecture_no):
    if course == "prog":
        t = pick(r, PROG_TOPICS)
        k = r.randrange(5)
        if k == 0:
            return "coding", f"We just started {t} in my Programming 1 lecture. Can you explain it with a simple Python example?"
        if k == 1:
            return "coding", f"why does this give IndexError? lab {week * 3 + lecture_no}:\nnums = [{', '.join(str(r.randint(0, 20)) for _ in range(r.randint(3, 6)))}]\nfor i in range(len(nums)+1):\n    print(nums[i])"
        if k == 2:
            return "coding", f"Write a Python function that {pick(r, ['counts vowels in a string', 'returns the second largest number in a list', 'checks if a word is a palindrome', 'sums the digits of a number', 'flattens a nested list', 'reverses a dictionary'])} using {t}. Explain step by step, I'm a beginner."
        if k == 3:
            return "coding", f"What is the difference between {t} and {pick(r, PROG_TOPICS)}? Our lecturer went too fast."
        return "coding", f"Trace this code step by step and tell me what it prints:\nx = {r.randint(1, 9)}\nfor i in range({r.randint(2, 5)}):\n    x = x * {r.randint(2, 3)} - i\nprint(x)"
    t = pick(r, LA_TOPICS)
    a, b, c, d = (r.randint(-5, 9) for _ in range(4))
    k = r.randrange(4)
    if k == 0:
        return "reasoning", f"Find the eigenvalues and eigenvectors of the matrix [[{a}, {b}], [{c}, {d}]]. Please go step by step, I want to understand the method."
    if k == 1:
        return "reasoning", f"Can you explain {t} intuitively? We had it in today's linear algebra lecture and I didn't get it."
    if k == 2:
        return "reasoning", f"Compute the determinant of [[{a}, {b}, {r.randint(0, 5)}], [{c}, {d}, {r.randint(0, 5)}], [{r.randint(0, 5)}, {r.randint(-3, 3)}, {r.randint(1, 6)}]] with cofactor expansion, step by step."
    return "reasoning", f"Are the vectors ({a}, {b}, {c}), ({d}, {a + 1}, {b - 2}) and ({c + d}, {a + b - 1}, {c + b - 2}) linearly independent? Show the row reduction."


# --------------------------------------------------------------------------- news

PLACES = ["northern Chile", "the Philippines", "central Italy", "Iceland", "southern Japan", "Turkey's east", "Alaska", "Taiwan", "Greece", "New Zealand"]
NEWS = [("quake", "A magnitude {m} earthquake has struck {p}"), ("rates", "The central bank raises interest rates to {r}%"),
        ("strike", "Rail workers announce a {n}-day national strike from Monday"), ("storm", "Storm {nm} makes landfall; {n}0,000 homes without power"),
        ("election", "Snap election called for {month}"), ("merger", "{co1} agrees to buy {co2} for {n} billion"),
        ("volcano", "Volcano erupts near {p}; flights cancelled"), ("outage", "Major outage hits {co1} banking app nationwide"),
        ("court", "Supreme court rules on {topic} case"), ("science", "Scientists report {sci}")]


def news_alert(r):
    kind, t = pick(r, NEWS)
    h = t.format(m=round(r.uniform(5.8, 7.9), 1), p=pick(r, PLACES), r=round(r.uniform(3.0, 6.0), 2), n=r.randint(2, 9),
                 nm=pick(r, ["Arlo", "Brenna", "Cyrus", "Delphine", "Emrys", "Fenna"]), month=pick(r, MONTHS),
                 co1=pick(r, ["Harbourline", "Norvik", "Castellan", "Brightwell", "Tamsin Group"]),
                 co2=pick(r, ["Qello", "Fernhill Foods", "Pixelway", "Marlow Energy", "Oakridge Health"]),
                 topic=pick(r, ["online privacy", "asylum appeals", "strike law", "tenant rights", "AI copyright"]),
                 sci=pick(r, ["a new antibiotic class found in soil", "the warmest February on record", "water ice detected near the lunar south pole", "a breakthrough in solid-state batteries"]))
    return kind, h


def news_q(r, kind, headline):
    k = r.randrange(7)
    hl = headline if r.random() < 0.5 else headline.lower()
    if k == 0:
        return f"\"{headline}\" - what does this mean for {pick(r, ['me', 'ordinary people', 'my mortgage', 'travellers', 'my savings', 'small businesses'])}?"
    if k == 1:
        return f"Explain the background to this: {hl}"
    if k == 2:
        return f"Just got an alert: {hl}. {pick(r, ['How serious is it?', 'Should I be worried?', 'Has this happened before?', 'What happens next?'])}"
    if k == 3:
        return f"Give me a quick neutral summary of the arguments on both sides, re: {hl}"
    if k == 4:
        return f"My {pick(r, ['kids are', 'mum is', 'flatmate is', 'colleagues are'])} worried about the news ({hl}). How can I explain it calmly?"
    if k == 5:
        return f"{pick(r, ['Is it safe to travel to', 'Will prices go up in', 'What is the history of', 'Who is affected in'])} {pick(r, PLACES + ['the UK', 'Europe', 'my area'])} after this: {hl}?"
    return f"what does {pick(r, ['magnitude', 'basis points', 'landfall', 'a snap election', 'an injunction', 'a takeover bid', 'peer review'])} mean exactly? reading about: {hl}"


# --------------------------------------------------------------------------- football

TEAMS = ["Flamengo", "Palmeiras", "Corinthians", "São Paulo", "Grêmio", "Internacional", "Atlético Mineiro", "Fluminense", "Botafogo", "Santos"]
PLAYERS = ["the number 9", "the left back", "our keeper", "the new signing", "the captain", "the young winger", "the coach"]


def fan_q(r, home, away, phase):
    pt = r.random() < 0.45
    if phase == "goal":
        return pick(r, [f"Golaço! quantos gols {pick(r, [home, away])} marcou nessa temporada?", f"Was that goal offside? explain the rule when the defender is on the line",
                        f"{home} x {away}: with this score, where does {pick(r, [home, away])} end up in the table if it stays like this?",
                        f"quem foi o último jogador a marcar {r.randint(2, 3)} gols num clássico {home} x {away}?",
                        f"How many goals has {pick(r, PLAYERS)} of {pick(r, [home, away])} scored this year?"]) if pt or r.random() < 0.5 else \
            f"If {home} {pick(r, ['win', 'draw', 'lose'])} today and {pick(r, TEAMS)} {pick(r, ['win', 'lose'])} on {pick(r, ['Wednesday', 'Sunday'])}, what points gap is left at the top?"
    if phase == "pre":
        return pick(r, [f"Escalação provável do {pick(r, [home, away])} hoje?", f"What's the head to head record {home} vs {away}?",
                        f"Why is {pick(r, PLAYERS)} of {home} not playing today?", f"História do clássico {home} x {away} em 3 frases"])
    return pick(r, [f"Explain the VAR rule for handball in the box, the ref just gave one in {home} x {away}",
                    f"quantos cartões amarelos suspendem um jogador no Brasileirão?", f"Who is the all-time top scorer of {pick(r, [home, away])}?",
                    f"Is {pick(r, PLAYERS)} of {pick(r, [home, away])} on loan? until when?", f"what formation is {pick(r, [home, away])} using, 4-3-3?",
                    f"How much added time is normal after {r.randint(2, 6)} substitutions and a VAR check?",
                    f"o {pick(r, [home, away])} já ganhou a Libertadores quantas vezes?"])


# --------------------------------------------------------------------------- incidents

SERVICES = ["payments-api", "ledger", "checkout-web", "fraud-scorer", "kafka-cluster-2", "postgres-primary", "auth-gateway", "settlement-batch", "redis-sessions", "webhook-dispatcher"]
SYMPTOMS = ["p99 latency jumped from {a}ms to {b}ms", "error rate at {a}% on POST /v2/charges", "consumer lag growing by {a}k messages a minute",
            "connection pool exhausted ({a}/{a} in use)", "pods restarting in a loop with OOMKilled", "replication lag of {a} seconds on the replica",
            "TLS handshake failures from {a}% of clients", "duplicate webhooks being sent to merchants", "disk at {a}% on the WAL volume"]
CHANGES = ["the deploy of build {n}", "a config change to the connection limits", "the certificate rotation", "enabling the new retry policy",
           "a traffic spike from a merchant promotion", "the node pool upgrade", "no change that we know of"]


def incident_q(r, inc):
    svc, sym, chg = inc
    lines = "\n".join(f"2026-03-{r.randint(2, 15):02d}T{r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}Z {pick(r, ['ERROR', 'WARN', 'ERROR', 'INFO'])} {svc} "
                      f"{pick(r, ['upstream timeout after 30000ms', 'pq: sorry, too many clients already', 'context deadline exceeded', 'retrying request id=' + format(r.getrandbits(40), 'x'), 'circuit breaker OPEN for ledger', 'GC pause 1.9s', 'failed to ack offset ' + str(r.randint(10**6, 10**8))])}"
                      for _ in range(r.randint(6, 40)))
    k = r.randrange(4)
    if k == 0:
        return f"We're in an incident. {svc}: {sym} since {chg}. Logs below. What are the most likely root causes, ranked, and what should we check first?\n\n{lines}"
    if k == 1:
        return f"Help me write a safe rollback plan for {svc} given {sym}. We use Kubernetes with Argo rollouts and Postgres migrations that already ran. Consider data consistency.\n\n{lines}"
    if k == 2:
        return f"Interpret this output, {sym}:\n{lines}\n\nIs it the database or the app? Walk me through the reasoning."
    return f"Draft a customer-facing status page update and an internal summary for: {svc} degraded, {sym}, started after {chg}. Keep the status update non-technical."


# --------------------------------------------------------------------------- quiz show

def quiz_puzzle(r):
    k = r.randrange(7)
    if k == 0:
        a = r.randint(2, 9)
        seq = [a]
        step = r.randint(2, 5)
        for i in range(4):
            seq.append(seq[-1] * 2 - i if step % 2 else seq[-1] + step * (i + 1))
        return f"what comes next: {', '.join(map(str, seq))}, ?"
    if k == 1:
        h, m = r.randint(1, 12), pick(r, [0, 10, 15, 20, 30, 40, 45, 50])
        return f"what is the angle between the hands of a clock at {h}:{m:02d}?"
    if k == 2:
        return f"A bat and a ball cost {r.randint(11, 30)}.{pick(r, ['10', '20', '50'])} together, the bat costs {r.randint(5, 10)} more than the ball. how much is the ball?"
    if k == 3:
        n = r.randint(3, 8)
        return f"{n} machines make {n} widgets in {n} minutes. how long do {n * r.randint(10, 30)} machines need for {n * r.randint(10, 30)} widgets?"
    if k == 4:
        return f"which weighs more: {pick(r, ['a kilo of feathers', 'a litre of water', 'a pound of gold', 'ten coins'])} or {pick(r, ['a kilo of steel', 'a litre of oil', 'a pound of feathers', 'a bag of sugar'])}? quiz says it's a trick"
    if k == 5:
        w = pick(r, ["LISTEN", "ASTRONOMER", "DORMITORY", "THE EYES", "SCHOOLMASTER", "CONVERSATION", "ELEVEN PLUS TWO"])
        return f"anagram question: which famous phrase or word is an anagram of {w}?"
    return f"If {r.randint(3, 9)} people shake hands with everyone exactly once, and then {r.randint(1, 4)} more arrive and do the same, how many handshakes in total?"


def quiz_q(r, puzzle):
    return pick(r, ["", "quick: ", "help!! ", "Quizshow question: ", "Brainstorm Live asks ", "explain: ", "step by step please - "]) + puzzle + pick(r, ["", " explain", " (show reasoning)", " fast pls", " ?"])
