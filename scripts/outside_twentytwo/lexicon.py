"""Word banks shared by the text generators.  Hand-written for this generator."""

FIRST = ["Maya", "Tomasz", "Aisha", "Diego", "Priya", "Jonas", "Mei", "Kwame", "Elena", "Rahul", "Sofia", "Hiroshi",
         "Fatima", "Liam", "Ana", "Oluwaseun", "Chloe", "Mateo", "Yuna", "Arjun", "Ingrid", "Samir", "Lucia", "Noah",
         "Zeynep", "Ethan", "Camila", "Dmitri", "Grace", "Kenji", "Amara", "Felix", "Nadia", "Omar", "Hannah", "Luis",
         "Beatriz", "Tariq", "Emma", "Wei", "Isabel", "Marek", "Leila", "Sven", "Rosa", "Adebayo", "Clara", "Vikram"]
LAST = ["Nowak", "Okafor", "Fernandes", "Tanaka", "Schmidt", "Haddad", "Kim", "Rossi", "Patel", "Moreau", "Silva",
        "Johansson", "Garcia", "Nguyen", "Mensah", "Kowalski", "Dubois", "Yilmaz", "Lindqvist", "Costa", "Brennan",
        "Ibrahim", "Watanabe", "Becker", "Alvarez", "Chen", "Murphy", "Adeyemi", "Novak", "Santos", "Reyes", "Kaur"]
CITIES = ["Lisbon", "Kyoto", "Mexico City", "Edinburgh", "Cape Town", "Hanoi", "Vancouver", "Istanbul", "Krakow",
          "Buenos Aires", "Seoul", "Marrakech", "Reykjavik", "Melbourne", "Porto", "Oaxaca", "Ljubljana", "Tbilisi",
          "Bangkok", "Copenhagen", "Nairobi", "Valencia", "Montreal", "Dubrovnik", "Osaka", "Chicago", "Bologna",
          "Cartagena", "Queenstown", "Sevilla", "Taipei", "Budapest", "Santiago", "Zanzibar", "Bergen", "Austin"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
HOBBIES = ["hiking", "board games", "street food", "jazz", "vintage shopping", "photography", "cycling",
           "architecture", "museums", "craft beer", "bouldering", "birdwatching", "live music", "pottery",
           "running", "gardening", "anime", "wine", "climbing", "sailing", "woodworking", "knitting", "chess"]
RELATIONS = ["mum", "dad", "sister", "brother", "best friend", "partner", "boss", "grandmother", "coworker",
             "neighbour", "nephew", "niece", "roommate", "father-in-law", "teacher"]
DIETS = ["vegetarian", "high-protein", "low-FODMAP", "gluten-free", "pescatarian", "dairy-free", "keto-ish",
         "cheap student", "Mediterranean", "no-cook summer", "diabetic-friendly"]
FOODS = ["chickpeas", "leftover rice", "spinach", "frozen peas", "a whole chicken", "sweet potatoes", "tofu",
         "canned tuna", "eggplant", "lentils", "ground beef", "mushrooms", "halloumi", "cabbage", "salmon fillets",
         "black beans", "zucchini", "feta", "bok choy", "paneer", "overripe bananas", "stale bread"]
HOUSE_TASKS = ["clean a cast iron pan", "get rid of fruit flies", "keep basil alive indoors", "fix a squeaky door hinge",
               "remove a wine stain from a couch", "unclog a bathroom sink", "descale a kettle", "stop my dog pulling on the lead",
               "make my apartment less echoey", "organize a tiny closet", "keep my laptop from overheating",
               "get my toddler to sleep past 5am", "clean white sneakers", "stop condensation on windows",
               "fix a wobbly table", "repot a root-bound plant", "make cold brew", "sharpen kitchen knives",
               "get rid of a musty smell in towels", "quiet a noisy radiator"]
CONSTRAINTS = ["buying special products", "using bleach", "spending much", "a drill", "calling a landlord",
               "harsh chemicals", "more than ten minutes a day", "a car", "a garden"]
CONCEPTS = ["inflation", "how vaccines teach the immune system", "why the sky is blue", "compound interest",
            "how noise-cancelling headphones work", "the difference between weather and climate", "what a mortgage offset is",
            "how a bill becomes law in the US", "quantum entanglement", "why we have leap years", "what an index fund is",
            "how tides work", "what the stock market actually does", "why planes can fly upside down",
            "what a credit score measures", "how sourdough starter works", "what CRISPR does", "black holes",
            "how GPS knows where I am", "how antibiotics resistance happens", "what a recession is",
            "how solar panels make electricity", "why ice floats", "what a blockchain is without the hype",
            "how the electoral college works", "why onions make you cry", "how a heat pump works"]
AUDIENCES = ["I'm five", "I'm a smart 12 year old", "I'm new to the topic", "I only have two minutes",
             "I'm explaining it to my grandma", "I'm a nurse with no physics background", "I've never taken economics"]
PAIRS = [("baking soda", "baking powder"), ("a Roth IRA", "a traditional IRA"), ("weather", "climate"),
         ("affect", "effect"), ("latte", "flat white"), ("virus", "bacteria"), ("LED", "OLED"),
         ("a credit union", "a bank"), ("HIIT", "steady cardio"), ("stocks", "bonds"), ("a will", "a trust"),
         ("shallots", "onions"), ("tempeh", "tofu"), ("a psychologist", "a psychiatrist"), ("Wi-Fi 6", "Wi-Fi 7"),
         ("who", "whom"), ("a hybrid", "a plug-in hybrid"), ("APR", "APY"), ("ETFs", "mutual funds")]
DECISIONS = [("a Kindle", "a Kobo", "reading on the train"), ("renting", "buying", "a 3-year stay"),
             ("Python", "JavaScript", "my first language"), ("a road bike", "a gravel bike", "commuting 12 km"),
             ("an air fryer", "a convection oven", "a small kitchen"), ("MacBook Air", "ThinkPad", "grad school"),
             ("Duolingo", "a tutor", "learning Spanish by summer"), ("a gym", "home weights", "getting stronger"),
             ("a used Corolla", "a new Kia", "a family of four"), ("Notion", "Obsidian", "class notes"),
             ("a standing desk", "a better chair", "back pain"), ("a cat", "a dog", "a one-bedroom flat")]
OCCASIONS = ["birthday", "retirement", "wedding", "farewell", "thank-you", "get well soon", "congratulations on the new job",
             "graduation", "sympathy", "housewarming", "anniversary", "new baby"]
GIFT_BUDGETS = ["30", "50", "75", "100", "150", "20", "200"]
CURRENCIES = ["dollars", "euros", "pounds", "bucks", "EUR", "USD", "GBP"]
TRIVIA = ["who painted the ceiling of the Sistine Chapel and how long did it take",
          "why is Pluto not a planet anymore", "what caused the fall of the Bronze Age civilisations",
          "how tall is Mount Kilimanjaro compared to Everest", "what's the oldest continuously inhabited city",
          "why do cats purr", "how did the Romans make concrete", "what's the longest river in Europe",
          "who invented the printing press and what happened next", "how many bones does a shark have",
          "why do we dream", "what was the Hanseatic League", "how does a chameleon change colour",
          "why is the Dead Sea so salty", "what language did the Incas speak", "how old is the oldest tree",
          "why is Venus hotter than Mercury", "what did people use before toilet paper"]
JOBS = ["junior data analyst", "barista", "marketing coordinator", "registered nurse", "warehouse supervisor",
        "UX designer", "primary school teacher", "backend engineer", "sales associate", "research assistant",
        "project manager", "dental hygienist", "customer success manager", "graphic designer", "paralegal"]
COMPANIES_A = ["Bright", "Oak", "Tidewater", "Kite", "Fable", "Quill", "Juniper", "Pebble", "Harbor", "Copper",
               "Willow", "Lantern", "Mosaic", "Thistle", "Birch", "Ember", "Solace", "Fern", "Hollow", "Marlin"]
COMPANIES_B = ["Labs", "& Co", "Studio", "Supply", "Foods", "Health", "Logistics", "Analytics", "Outfitters",
               "Dental", "Realty", "Bikes", "Coffee", "Finance", "Learning", "Pet Care", "Home", "Travel"]
PRODUCTS = ["bamboo toothbrush", "noise-cancelling earbuds", "cold brew concentrate", "ergonomic office chair",
            "merino wool socks", "cast iron skillet", "smart thermostat", "kids' balance bike", "yoga mat",
            "portable espresso maker", "linen bedsheets", "waterproof hiking boots", "standing desk converter",
            "refillable fountain pen", "robot vacuum", "dog GPS collar", "mechanical keyboard", "rice cooker"]
SCHOOL_SUBJECTS = ["the causes of World War I", "photosynthesis", "the French Revolution", "supply and demand",
                   "the water cycle", "Macbeth's ambition", "plate tectonics", "the Cold War", "mitosis vs meiosis",
                   "the Industrial Revolution", "symbolism in The Great Gatsby", "Newton's laws",
                   "the Treaty of Versailles", "climate feedback loops", "the Harlem Renaissance", "the Silk Road"]
LANGS = ["Python", "JavaScript", "TypeScript", "Go", "Rust", "Java", "C#", "Kotlin", "Ruby", "PHP", "C++", "Swift"]
LANG_WEIGHTS = [30, 18, 14, 6, 5, 8, 5, 3, 2, 3, 4, 2]
FIELDS = ["user_id", "created_at", "amount", "status", "email", "country", "order_id", "sku", "price", "qty",
          "region", "score", "last_login", "plan", "team_id", "category", "updated_at", "latency_ms"]
TABLES = ["orders", "users", "payments", "events", "sessions", "products", "invoices", "subscriptions",
          "tickets", "shipments", "reviews", "employees", "accounts", "transactions"]
TOPICS_GENERAL = ["renewable energy", "the Roman Empire", "personal finance", "marine biology", "cybersecurity basics",
                  "nutrition", "world geography", "organic chemistry", "the history of jazz", "macroeconomics",
                  "cell biology", "astronomy", "European history", "statistics", "data privacy law", "first aid",
                  "climate science", "probability", "linear algebra", "microeconomics", "human anatomy",
                  "art history", "supply chain management", "epidemiology", "electrical circuits", "thermodynamics",
                  "contract law", "cloud computing", "machine learning", "plant biology", "music theory",
                  "philosophy of mind", "accounting", "network protocols", "genetics", "world religions"]
NOUNS = ["report", "dashboard", "migration", "launch", "budget", "roadmap", "audit", "onboarding", "survey", "release",
         "workshop", "campaign", "contract", "renewal", "inventory count", "pilot", "interview loop", "offsite"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
