"""Everyday user requests: cooking, travel, money, writing, homework, home, pets, health, tech help..."""
from textkit import fill, some, num, casual, wrap, compose

INGR = ["chicken thighs", "half a cabbage", "two zucchini", "a can of chickpeas", "leftover rice", "feta",
        "spinach", "eggs", "a block of tofu", "ground beef", "sweet potatoes", "a bag of frozen peas", "mushrooms",
        "cream cheese", "bell peppers", "a jar of pesto", "salmon fillets", "canned tuna", "lentils", "bacon",
        "tortillas", "cheddar", "coconut milk", "a lemon", "ginger", "green onions", "pasta", "broccoli", "halloumi",
        "carrots", "an aubergine", "pork shoulder", "black beans", "kimchi", "yogurt", "potatoes", "shrimp", "leeks",
        "a rotisserie chicken", "cauliflower", "ricotta", "quinoa", "chorizo", "udon noodles", "paneer", "okra"]
DISH = ["banana bread", "lasagna", "chicken curry", "pad thai", "shakshuka", "chili", "mac and cheese", "risotto",
        "carbonara", "tacos al pastor", "beef stew", "pancakes", "focaccia", "ramen", "dal", "paella", "moussaka",
        "brownies", "apple crumble", "fried rice", "gnocchi", "pho", "jollof rice", "empanadas", "bibimbap",
        "butter chicken", "quiche", "tiramisu", "cinnamon rolls", "falafel", "pierogi", "biryani", "meatballs"]
BAKED = ["sourdough", "banana bread", "chocolate chip cookies", "sponge cake", "croissants", "bagels", "pizza dough",
         "macarons", "brioche", "muffins", "cheesecake", "scones"]
TEXTURE = ["dense and gummy", "flat", "dry", "burnt on the bottom but raw in the middle", "too crumbly",
           "really greasy", "sunk in the middle", "hard as a rock", "pale", "cracked all over the top"]
DIET = ["high-protein", "vegetarian", "low-FODMAP", "gluten-free", "cheap", "dairy-free", "Mediterranean",
        "diabetic-friendly", "vegan", "low-sodium", "kid-friendly"]
CITY = ["Lisbon", "Kyoto", "Mexico City", "Istanbul", "Cape Town", "Reykjavik", "Hanoi", "Buenos Aires", "Prague",
        "Marrakech", "Seoul", "Vancouver", "Edinburgh", "Bali", "Porto", "Copenhagen", "Tbilisi", "Oaxaca", "Lima",
        "Budapest", "Chiang Mai", "Nairobi", "Athens", "Montreal", "Seville", "Krakow", "Singapore", "Osaka",
        "New Orleans", "Dubrovnik", "Queenstown", "Cartagena", "Tallinn", "Valencia", "Zanzibar", "Hoi An",
        "Amsterdam", "Rome", "Chicago", "Melbourne", "Bergen", "Naples", "Sarajevo", "Cusco", "Penang"]
WHO = ["a couple in our 60s", "two adults and a toddler", "a solo traveller on a budget", "four friends in our 20s",
       "a family with teenagers", "me and my dad who uses a wheelchair", "a honeymoon", "a group of 6 coworkers",
       "someone who doesn't drink", "my mom and me"]
INTEREST = ["food markets and street food", "museums", "hiking", "live music", "architecture", "beaches",
            "vintage shopping", "history", "coffee shops", "photography", "wine", "quiet neighbourhoods",
            "nightlife", "local crafts", "gardens", "football"]
MONTH = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
         "November", "December"]
ACTIVITY = ["hiking", "camping", "a ski trip", "a beach holiday", "a business trip", "backpacking",
            "a music festival", "a cycling tour", "a wedding abroad", "a winter city break"]
SEASON = ["winter", "early spring", "the rainy season", "summer", "late autumn", "monsoon season"]
MED = ["ibuprofen", "cetirizine", "melatonin", "loratadine", "omeprazole", "paracetamol", "magnesium supplements",
       "vitamin D", "iron tablets", "creatine", "sertraline", "metformin", "an antihistamine nasal spray"]
EXERCISE = ["deep squats", "running on concrete", "lunges", "jump rope", "cycling", "stair climbing", "kettlebell swings"]
FIN = ["Roth IRA", "traditional IRA", "index fund", "ETF", "high-yield savings account", "money market fund",
       "fixed-rate mortgage", "variable-rate mortgage", "credit union", "certificate of deposit", "bond fund",
       "workplace pension", "stocks and shares ISA", "tax-free savings account"]
DEBT = ["car loan", "student loan", "credit card balance", "personal loan", "buy-now-pay-later plan"]
RECIP = ["landlord", "manager", "kid's teacher", "neighbour", "HOA", "professor", "client", "team", "gym",
         "insurance company", "airline", "contractor", "bank", "ex-coworker", "dentist's office"]
SITUATION = ["I need to move our meeting to next week", "the heating has been broken for 5 days",
             "I'm resigning and my last day will be the 28th", "I can't make it to the parent evening",
             "their dog keeps barking at night", "I was charged twice for the same order",
             "I want to ask for an extension on my assignment", "the repair they did last month already failed",
             "I'd like a refund for a cancelled flight", "I'm asking for a raise after two years",
             "the package arrived damaged", "I need to cancel my membership", "I'm following up on an unpaid invoice",
             "I want to withdraw from the course without penalty", "we'd like to switch our appointment to a morning slot"]
TONE = ["polite but firm", "friendly", "formal", "short", "apologetic", "warm", "no-nonsense", "professional"]
CASUAL_MSG = ["hey so i wont be able to come tmrw bc my car broke down, can we do friday instead??",
              "got ur invoice but the hours look wrong, we agreed 20 not 26",
              "the thing u sent doesnt work on my laptop, can u check",
              "pls stop parking in front of my garage its the 3rd time this week",
              "im really sorry i missed the deadline, things got crazy with the move",
              "thx for the interview, when will i hear back",
              "we need the report by monday or the client will be mad",
              "i think we should push the launch, the app still crashes on android"]
RELATION = ["sister", "best friend", "brother", "dad", "grandma", "coworker", "college roommate", "boss", "mom"]
EVENT = ["wedding", "60th birthday", "retirement party", "graduation", "engagement party", "farewell lunch", "50th anniversary"]
HOBBY = ["sailing", "terrible puns", "gardening", "marathons", "board games", "bird watching", "80s music",
         "baking", "fishing", "crosswords", "vintage cars", "their cats"]
ANIMAL = ["hedgehog", "sleepy dragon", "tiny robot", "penguin who hates the cold", "lighthouse keeper's cat",
          "shy octopus", "brave snail", "moon rabbit", "lost teddy bear", "giraffe with a short neck"]
HOOK = ["wants to learn to fly", "is afraid of the dark", "makes a new friend", "loses its favourite hat",
        "plants a magic seed", "goes to the dentist for the first time", "can't fall asleep", "finds a map"]
PHOTO = ["my dog at the beach", "a sunset over the mountains", "our new apartment", "my first marathon medal",
         "a homemade pizza", "my grandmother's garden", "a rainy street in the city", "my kid's first day of school"]
JOB = ["junior data analyst", "barista", "project coordinator", "UX designer", "nursing assistant",
       "warehouse supervisor", "marketing intern", "customer success manager", "lab technician", "receptionist",
       "primary school teacher", "accounts payable clerk"]
COMPANY_TYPE = ["small nonprofit", "hospital", "tech startup", "family-owned bakery", "logistics company",
                "university library", "bank", "design agency", "public school district"]
FIELD = ["retail", "hospitality", "the military", "teaching", "call centres", "accounting", "freelance writing",
         "academic research", "construction", "social work"]
CONCEPT = ["inflation", "compound interest", "how vaccines train the immune system", "the blockchain",
           "quantum entanglement", "photosynthesis", "the electoral college", "supply and demand",
           "what a recession is", "plate tectonics", "black holes", "how credit scores work", "the greenhouse effect",
           "machine learning", "why the sky is blue", "how noise-cancelling headphones work", "natural selection",
           "the stock market", "what an API is", "interest rates and mortgages", "the placebo effect"]
HIST = ["the fall of the Roman Empire", "World War I", "the French Revolution", "the 2008 financial crisis",
        "the collapse of the Soviet Union", "the Great Depression", "the partition of India", "the Cuban missile crisis",
        "the Irish potato famine", "the printing press spreading so fast"]
BOOK = ["Pride and Prejudice", "The Great Gatsby", "1984", "Things Fall Apart", "One Hundred Years of Solitude",
        "Dune", "Beloved", "The Kite Runner", "Frankenstein", "Crime and Punishment", "The Remains of the Day",
        "Never Let Me Go", "Jane Eyre", "Of Mice and Men", "Life of Pi"]
CONF = [("affect", "effect"), ("weather", "climate"), ("a virus", "a bacterium"), ("a Roth", "a traditional IRA"),
        ("HDMI 2.0", "HDMI 2.1"), ("baking soda", "baking powder"), ("an LLC", "a sole proprietorship"),
        ("latitude", "longitude"), ("a crocodile", "an alligator"), ("RAM", "storage"), ("a psychologist", "a psychiatrist"),
        ("whole life", "term life insurance"), ("OLED", "QLED"), ("a will", "a trust")]
TECH = ["noise cancelling", "GPS", "wireless charging", "a microwave oven", "touchscreens", "Wi-Fi mesh systems",
        "an induction hob", "e-ink screens", "a heat pump", "solar panels", "two-factor authentication",
        "contactless payment", "a VPN"]
PLANT = ["monstera", "fiddle leaf fig", "snake plant", "basil plant", "orchid", "tomato plant", "pothos",
         "lemon tree", "peace lily", "succulent", "rosemary bush", "bonsai"]
PLANT_SYM = ["yellow leaves at the bottom", "brown crispy edges", "white fuzzy spots", "drooping stems",
             "tiny black flies around the soil", "leaves curling inward", "no new growth for months", "sticky leaves"]
HOME = ["running toilet", "squeaky door hinge", "drafty window", "dripping shower head", "tripped GFCI outlet",
        "clogged bathroom sink", "hole in drywall the size of a fist", "garbage disposal that hums but doesn't spin",
        "sliding door that sticks", "mouldy silicone around the bath", "radiator that's cold at the top"]
PET = ["dog", "cat", "rabbit", "parrot", "puppy", "senior cat", "guinea pig", "rescue greyhound"]
PET_B = ["licking its paws constantly", "eating grass", "scratching the sofa", "hiding under the bed",
         "barking at the mailman", "drinking a lot more water than usual", "waking me up at 4am",
         "chewing on cables", "pulling on the lead"]
NOISE = ["grinding", "squealing", "clicking", "clunking", "humming", "rattling", "whining"]
CAR_WHEN = ["I brake", "I turn left", "it's cold in the morning", "I go over bumps", "I accelerate past 60",
            "the AC is on", "I start it"]
SURFACE = ["a marble countertop", "suede shoes", "a cast iron pan", "hardwood floors", "a leather couch",
           "stainless steel appliances", "grout in the shower", "a wool rug", "white sneakers"]
PRODUCT = [("an iPad", "a cheap Android tablet"), ("a robot vacuum", "a normal cordless vacuum"), ("AirPods", "Sony earbuds"),
           ("a Kindle", "a Kobo"), ("an air fryer", "a convection oven"), ("a standing desk", "a desk converter"),
           ("a mirrorless camera", "my phone camera"), ("a Peloton", "a used road bike"), ("a Switch", "a Steam Deck"),
           ("renting", "buying a house"), ("a heat pump", "a new gas boiler")]
USE = ["a 7 year old", "reading in bed", "travel", "a small flat", "someone who is not techy", "commuting", "a teenager"]
ITEM = ["car", "laptop", "bike", "camera lens", "sofa", "iPhone", "washing machine", "piano", "road bike", "motorbike"]
FRIEND = ["keeps cancelling plans last minute", "owes me money", "always talks about themselves", "borrowed my jacket and never gave it back",
          "posted a photo of me I don't like", "forgot my birthday", "is dating my ex"]
INVITE = ["a wedding I can't afford to travel to", "a coworker's MLM party", "a second date", "being a bridesmaid",
          "helping a friend move again", "joining a committee at work"]
TRIVIA = ["the 1990s", "space", "football world cups", "geography", "movie soundtracks", "dinosaurs", "famous inventions",
          "the human body", "food from around the world", "Greek mythology", "Olympic history", "video games"]
NAME_THING = ["a golden retriever puppy", "a coffee truck", "a fantasy football team", "a book club", "our wifi network",
              "a small bakery", "a sailboat", "a podcast about gardening", "a D&D campaign", "a running club"]
LIMERICK = ["a cat who hates Mondays", "my broken printer", "a very slow snail", "the office coffee machine",
            "a wizard who can't spell", "my neighbour's rooster", "a programmer and a bug"]
DEVICE = ["printer", "smart TV", "laptop", "router", "phone", "Bluetooth speaker", "PS5", "smartwatch", "Chromebook"]
DEV_PROB = ["connect to wifi", "turn on", "charge past 80%", "pair with my phone", "print in colour",
            "update", "show up on the network", "play sound over HDMI"]
SRC_DST = [("my iPhone", "a Windows laptop"), ("Google Photos", "an external drive"), ("an old Android", "a new iPhone"),
           ("iCloud", "Google Drive"), ("my camera SD card", "my Mac")]
SCAM = ["my package is held and I need to pay a $2.99 fee", "my account will be closed unless I verify in 24 hours",
        "I won a gift card from a survey", "my tax refund is waiting, click here", "someone logged in from Russia, call this number"]
LANDLORD = ["keep my whole deposit for normal wear and tear", "enter without notice", "raise the rent mid-lease",
            "refuse to fix the heating", "charge me for carpet cleaning"]
REGION = ["California", "Ontario", "England", "New South Wales", "Texas", "Germany", "New York", "Scotland", "Ireland", "Victoria"]
DOC = ["passport", "driver's licence", "residence permit", "car registration", "national ID card"]
CHARGE = ["a subscription I cancelled", "a hotel I never stayed at", "a double charge at a restaurant", "concert tickets that got cancelled"]
SIMPLE_MATH = ["if 3x + 7 = 25 then x = 6?", "15% of 240 is 36 right?", "is the area of a circle with radius 4 about 50.3?",
               "2/3 + 3/4 = 17/12?", "the slope between (1,2) and (4,11) is 3?", "a 20% discount then 10% off is 30% off total?",
               "the probability of two heads in a row is 1/4?", "sqrt(50) is 5 times sqrt(2)?"]

S = {
    "ingr3": lambda r: some(r, INGR, 3), "ingr": INGR, "dish": DISH, "baked": BAKED, "texture": TEXTURE, "diet": DIET,
    "minutes": ["20", "25", "30", "40", "45"], "n": num(2, 12), "n2": num(2, 10), "city": CITY, "who": WHO,
    "interests": lambda r: some(r, INTEREST, 2), "month": MONTH, "activity": ACTIVITY, "season": SEASON,
    "med": MED, "exercise": EXERCISE, "kg": num(48, 120), "x": num(2, 6), "time": ["3am", "4:30", "5am", "2am every night"],
    "dist": ["5k", "10k", "a half marathon", "30 minutes nonstop"], "salary": lambda r: "$%d" % (r.randint(18, 95) * 100),
    "rent": lambda r: "$%d" % (r.randint(6, 30) * 100), "fin1": FIN, "fin2": FIN, "debt": DEBT, "rate": num(4, 27),
    "amt": lambda r: "$%d" % (r.randint(1, 20) * 50), "recipient": RECIP, "situation": SITUATION, "tone": TONE,
    "casual_msg": lambda r: casual_msg(r), "relation": RELATION, "event": EVENT, "hobby": HOBBY, "animal": ANIMAL, "hook": HOOK,
    "photo": PHOTO, "job": JOB, "company_type": COMPANY_TYPE, "years": num(1, 15), "field": FIELD, "concept": CONCEPT,
    "hist": HIST, "book": BOOK, "k": num(3, 20), "conf": lambda r: "%s and %s" % r.choice(CONF), "tech": TECH,
    "plant": PLANT, "plant_sym": PLANT_SYM, "home": HOME, "pet": PET, "pet_b": PET_B, "noise": NOISE, "car_when": CAR_WHEN,
    "surface": SURFACE, "prod": lambda r: "%s or %s" % r.choice(PRODUCT), "use": USE, "item": ITEM, "friend": FRIEND,
    "invite": INVITE, "trivia": TRIVIA, "name_thing": NAME_THING, "limerick": LIMERICK, "device": DEVICE,
    "dev_prob": DEV_PROB, "srcdst": lambda r: "from %s to %s" % r.choice(SRC_DST), "scam": SCAM, "landlord": LANDLORD,
    "region": REGION, "doc": DOC, "charge": CHARGE, "simple_math": SIMPLE_MATH,
    "hrs": num(3, 14), "words": ["100", "150", "200", "250"],
}

T_EN = [
    "I have {ingr3} in the fridge. What can I make for dinner in under {minutes} minutes?",
    "What can I cook with {ingr3}? Nothing too fancy.",
    "How do I substitute {ingr} in a {dish} recipe? I'm out of it.",
    "Can you scale a {dish} recipe from 4 servings to {n}? I want the quantities in grams.",
    "why did my {baked} come out {texture}",
    "My {baked} keeps coming out {texture}. I follow the recipe exactly. What's going on?",
    "Suggest a week of {diet} lunches I can prep on Sunday.",
    "What goes well as a side with {dish}?",
    "Is it safe to eat {ingr} that was left out overnight?",
    "Give me a shopping list for {dish} for {n} people.",
    "Plan a {n}-day trip to {city} for {who} in {month}. We like {interests}.",
    "What's the cheapest way to get from the airport to the centre of {city}?",
    "Give me a packing list for {n} days of {activity} in {season}.",
    "Is {month} a good time to visit {city}? What's the weather like?",
    "I have a {hrs}-hour layover in {city}. Is it worth leaving the airport?",
    "What neighbourhood should I stay in in {city} if I like {interests}?",
    "Things to do in {city} when it rains?",
    "Make me a {n}-week plan to get from the couch to running {dist}.",
    "What are the common side effects of {med}?",
    "Can I take {med} and {med} together?",
    "How much protein do I need a day if I weigh {kg} kg and lift {x} times a week?",
    "I keep waking up at {time}. Any tips that aren't just 'no screens before bed'?",
    "Is {exercise} bad for my knees?",
    "How do I build a simple budget on a {salary} monthly income with {rent} rent?",
    "Explain the difference between a {fin1} and a {fin2} like I'm new to this.",
    "Should I pay off my {debt} at {rate}% or invest the extra {amt} a month?",
    "Write a {tone} email to my {recipient} saying {situation}.",
    "Can you make this sound more professional: \"{casual_msg}\"",
    "Rewrite this so it sounds less angry: \"{casual_msg}\"",
    "I need a toast for my {relation}'s {event}. They love {hobby}. Keep it under {words} words.",
    "Write a short bedtime story about a {animal} who {hook}.",
    "Give me {n} caption ideas for a photo of {photo}.",
    "Help me write a cover letter for a {job} job at a {company_type}. I have {years} years of experience in {field}.",
    "Proofread this: {casual_msg}",
    "Explain {concept} in simple terms.",
    "Explain {concept} to a 10 year old.",
    "What caused {hist}?",
    "Can you check my homework answer? {simple_math}",
    "Summarize the plot of {book} without spoilers past chapter {k}.",
    "What are the main themes in {book}? I have an essay due.",
    "What's the difference between {conf}?",
    "How does {tech} actually work?",
    "My {plant} has {plant_sym}. What am I doing wrong?",
    "How do I fix a {home}?",
    "My {pet} keeps {pet_b}. Is that normal?",
    "My car makes a {noise} noise when {car_when}. What could it be?",
    "What's the best way to clean {surface} without damaging it?",
    "{prod} for {use}?",
    "What should I look for when buying a used {item}?",
    "My friend {friend}. How do I bring it up without making it weird?",
    "How do I politely decline {invite}?",
    "Give me {n} trivia questions about {trivia} for a pub quiz, with answers.",
    "Name ideas for {name_thing}?",
    "Write a limerick about {limerick}.",
    "My {device} won't {dev_prob}. I already tried restarting it.",
    "How do I move my photos {srcdst}?",
    "Is this a scam? I got a text saying {scam}.",
    "Can my landlord {landlord} in {region}?",
    "How do I dispute a charge on my credit card for {charge}?",
    "What documents do I need to renew my {doc} in {region}?",
    "What's a good gift for my {relation} who loves {hobby}? Budget around {amt}.",
    "Plan a birthday party for {n} eight-year-olds on a small budget.",
    "Turn this into a to-do list: clean the garage, call the {recipient}, book flights to {city}, renew my {doc}, find a recipe for {dish}",
]
T_ES = ["¿Qué puedo cocinar con {ingr3}? Algo rápido, por favor.", "¿Qué ver en {city} en {n} días sin gastar mucho?",
        "Mi {device} no se conecta al wifi, ¿qué hago?", "Dame {n} ideas de nombres para {name_es}.", "¿Cómo le explico a mi jefe que necesito {n} días libres?", "Escribe un correo {tone_es} a mi {rec_es} diciendo que {sit_es}.",
        "Explícame {concept_es} de forma sencilla.", "Haz un plan de {n} días en {city} para una pareja.",
        "¿Cuál es la diferencia entre un {fin_es}?", "Mi {pet_es} no para de {petb_es}. ¿Es normal?",
        "Dame ideas de regalo para mi {rel_es}, le encanta {hobby}."]
T_PT = ["O que posso cozinhar com {ingr3}?", "Vale a pena visitar {city} em {mes}?", "Meu {device} não conecta no wi-fi, o que eu faço?",
        "Me dá {n} ideias de legenda para uma foto de {foto_pt}.", "Como pedir aumento depois de {n} anos na empresa?", "Escreva um e-mail {tone_pt} para o meu {rec_pt} dizendo que {sit_pt}.",
        "Me explica {concept_pt} de um jeito simples.", "Monte um roteiro de {n} dias em {city} com pouco dinheiro.",
        "Meu {pet_pt} vive {petb_pt}. Isso é normal?", "Quais documentos preciso para renovar meu passaporte?"]
T_DE = ["Was kann ich mit {ingr3} kochen?", "Wie lange muss ich {dish} im Ofen lassen, wenn ich die Menge für {n} Personen verdopple?",
        "Welche Pflanzen kann man im {monat} auf dem Balkon säen?", "Mein {device} verbindet sich nicht mehr mit dem WLAN. Was kann ich tun?",
        "Lohnt sich eine Bahncard, wenn ich {n}-mal im Monat nach {city} fahre?", "Schreib mir eine kurze Absage für eine Einladung zu einer Hochzeit.", "Schreib eine {tone_de} E-Mail an meinen {rec_de}, dass {sit_de}.",
        "Erklär mir {concept_de} einfach.", "Plane eine {n}-tägige Reise nach {city} für zwei Personen.",
        "Wie bekomme ich Schimmel aus der Silikonfuge im Bad?", "Mein {pet_de} {petb_de}. Ist das normal?"]
T_FR = ["Qu'est-ce que je peux cuisiner avec {ingr3} ?", "Mon {device} ne se connecte plus au wifi, une idée ?",
        "Comment demander une augmentation après {n} ans dans la même boîte ?", "Que faire à {city} avec des enfants en {mois} ?", "Écris un e-mail {tone_fr} à mon {rec_fr} pour dire que {sit_fr}.",
        "Explique-moi {concept_fr} simplement.", "Organise un séjour de {n} jours à {city} en {month}.",
        "Mon {pet_fr} n'arrête pas de {petb_fr}, c'est normal ?"]
T_ID = ["Aku punya {ingr3}, enaknya masak apa ya?", "Tolong buatkan email {tone_id} ke {rec_id} bahwa {sit_id}.",
        "Jelaskan {concept_id} dengan bahasa yang sederhana.", "Buat itinerary {n} hari di {city} untuk budget pelajar.",
        "Kucingku sering {petb_id}, itu normal nggak?"]
T_JA = ["{ingr_ja}で作れる簡単な晩ご飯を教えてください。", "{concept_ja}をわかりやすく説明してください。",
        "{city}で{n}日間の旅行プランを立ててください。", "上司に{sit_ja}というメールを丁寧に書いてください。"]
T_KO = ["{ingr_ko}로 만들 수 있는 요리 추천해줘.", "{concept_ko}을(를) 쉽게 설명해줘.", "{city} {n}일 여행 일정 짜줘.",
        "집주인에게 {sit_ko}는 내용으로 정중한 문자 써줘."]
T_IT = ["Cosa posso cucinare con {ingr3}?", "Scrivi una mail gentile al mio capo per dire che {sit_it}.",
        "Spiegami {concept_it} in parole semplici."]
S.update({
    "monat": ["März", "April", "Mai", "Juni"], "mes": ["março", "julho", "dezembro"], "mois": ["avril", "août", "octobre"],
    "name_es": ["mi perro", "una cafetería", "un grupo de WhatsApp", "mi emprendimiento"], "foto_pt": ["praia", "meu cachorro", "um pôr do sol", "comida"],
    "tone_es": ["formal", "amable", "breve", "firme pero educado"], "rec_es": ["casero", "jefe", "profesor", "vecino", "cliente"],
    "sit_es": ["no podré asistir a la reunión del jueves", "la calefacción lleva una semana rota", "me cobraron dos veces",
               "necesito más tiempo para entregar el trabajo"],
    "concept_es": ["la inflación", "el interés compuesto", "cómo funcionan las vacunas", "la fotosíntesis", "qué es una API"],
    "fin_es": ["plan de pensiones y un fondo indexado", "préstamo personal y una tarjeta de crédito"],
    "pet_es": ["perro", "gato", "conejo"], "petb_es": ["lamerse las patas", "maullar de noche", "morder los cables"],
    "rel_es": ["madre", "hermano", "novia", "abuelo"],
    "tone_pt": ["formal", "educado", "curto"], "rec_pt": ["chefe", "professor", "síndico", "cliente"],
    "sit_pt": ["vou me atrasar na entrega", "a encomenda chegou danificada", "preciso remarcar a consulta"],
    "concept_pt": ["a inflação", "os juros compostos", "o efeito estufa", "como funciona o Pix"],
    "pet_pt": ["cachorro", "gato"], "petb_pt": ["lambendo as patas", "latindo de madrugada", "comendo grama"],
    "tone_de": ["höfliche", "kurze", "förmliche"], "rec_de": ["Vermieter", "Chef", "Professor", "Kunden"],
    "sit_de": ["die Heizung seit Tagen kaputt ist", "ich den Termin verschieben muss", "die Rechnung doppelt abgebucht wurde"],
    "concept_de": ["Inflation", "den Zinseszins", "wie eine Wärmepumpe funktioniert", "die Photosynthese"],
    "pet_de": ["Hund", "Kater"], "petb_de": ["kratzt ständig am Sofa", "frisst Gras", "bellt nachts"],
    "tone_fr": ["poli", "formel", "court"], "rec_fr": ["propriétaire", "manager", "professeur"],
    "sit_fr": ["je serai absent lundi", "le chauffage ne marche plus", "j'ai été débité deux fois"],
    "concept_fr": ["l'inflation", "les intérêts composés", "l'effet de serre", "la photosynthèse"],
    "pet_fr": ["chien", "chat"], "petb_fr": ["se lécher les pattes", "miauler la nuit"],
    "tone_id": ["sopan", "formal", "singkat"], "rec_id": ["dosen", "atasan", "pemilik kos"],
    "sit_id": ["saya izin tidak masuk besok", "tugas saya terlambat dikumpulkan", "AC di kamar rusak"],
    "concept_id": ["inflasi", "bunga majemuk", "cara kerja vaksin", "fotosintesis"], "petb_id": ["muntah", "menggaruk sofa"],
    "ingr_ja": ["鶏むね肉とキャベツ", "豆腐と卵", "ひき肉となす", "鮭とほうれん草"],
    "concept_ja": ["インフレ", "複利", "ブロックチェーン", "光合成"], "sit_ja": ["明日の会議を欠席する", "提出が一日遅れる"],
    "ingr_ko": ["두부랑 계란", "김치랑 참치", "닭가슴살이랑 양배추"], "concept_ko": ["인플레이션", "복리", "광합성"],
    "sit_ko": ["보일러가 고장났다", "월세를 며칠 늦게 낸다"],
    "sit_it": ["domani non posso venire", "devo spostare la riunione", "la consegna è in ritardo"],
    "concept_it": ["l'inflazione", "l'interesse composto", "la fotosintesi"],
})
BY_LANG = {"en": T_EN, "es": T_ES, "pt": T_PT, "de": T_DE, "fr": T_FR, "id": T_ID, "ja": T_JA, "ko": T_KO, "it": T_IT}

FOLLOW = ["can you make it shorter", "thanks! what about for {n} people?", "make it more casual", "more formal please",
          "ok and a vegetarian version?", "can you put that in a table", "why?", "hmm that doesn't sound right",
          "what if it rains that day", "can you translate that to Spanish", "give me 3 more options",
          "perfect. can you add a line about {hobby}?", "what would you do in my situation?", "explain the second point more",
          "is there a cheaper option", "and how long does that take?", "ok, and what should I avoid?",
          "shorter, it's for a text message", "can you do it without {ingr}?", "nice. now a funnier version",
          "what's the source for that?", "I meant {city}, not the other one", "and for kids?", "thank you!!",
          "can you write it as bullet points", "could you double check the numbers", "what about in {month}?",
          "that's too long, 2 sentences max", "ok last thing — how do I say that nicely to my {relation}?"]

IMG = ["What plant is this and how do I keep it alive?", "Can you read the handwriting in this photo?",
       "What's wrong with my {baked} in this picture?", "Transcribe this receipt into a table.",
       "What does this warning light on my dashboard mean?", "Is this mole something I should get checked? (photo attached)",
       "What breed do you think my {pet} is?", "Can you translate the menu in this photo?",
       "Solve the math problem in this picture and explain.", "What style is this furniture? I want to find similar.",
       "Describe this chart for my report.", "How do I assemble this? Photo of the instructions attached.",
       "Identify this bird, seen in {city}.", "Rate my outfit for a {event}.", "What's this error on my screen?"]


PRE = ["I'm {age} and ", "For context, I live in {home}. ", "My {relation} asked me this and I didn't know: ", "Random question — ",
       "Ok so ", "Settle a debate: ", "Asking for my {relation}: ", "I've been wondering: ", "Quick one. ", "I'm a complete beginner. ",
       "Sorry if this is a dumb question, ", "Need help please. ", "Hi! ", "So my {relation} and I were arguing about this. ",
       "Been googling for an hour and I'm confused. ", "Context: I work nights as a {job}. ", "It's {weekday} and ", "Two part question. ",
       "Using this for a school project: ", "We just moved to {home}. ", "I'm on a budget. ", "Serious question: ", "hey, ", "hello. "]
POST = [" Keep it short.", " Explain like I'm 5.", " Bullet points please.", " I'm in {home} if that matters.", " Budget is tight.",
        " We have a {n2}-year-old with us.", " (I'm vegetarian)", " No jargon please.", " Give me {n2} options.", " What would you recommend?",
        " Sources would be nice.", " Thanks in advance!", " I need it by {weekday}.", " Be honest.", " In metric units please.",
        " Assume I know nothing about this.", " My {relation} is allergic to nuts.", " It's for {n} people.", " Ideally under {amt}.",
        " Not looking for a lecture, just the facts.", " Please reply in simple English, it's not my first language.", " thx!!",
        " I already tried the obvious stuff.", " For reference, last time this happened was in {month}.", " Pros and cons?"]
S.update({"age": num(16, 78), "home": CITY + ["a small town", "the suburbs", "a studio flat", "rural Wales", "Ohio", "Bavaria", "Ontario", "Kerala"],
          "weekday": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "the weekend"]})


LTAIL = {"es": ["", "", " Gracias.", " por favor", " (soy de {city})", " ¡Gracias!"], "pt": ["", "", " Obrigado!", " por favor", " valeu"],
         "de": ["", "", " Danke!", " Bitte kurz.", " (wohne in {city})"], "fr": ["", "", " Merci !", " svp", " Réponse courte svp."],
         "id": ["", "", " makasih", " ya", " tolong"], "it": ["", "", " Grazie!", " per favore"], "ja": ["", "", "よろしくお願いします。"], "ko": ["", "", " 부탁해!"]}


def prompt(r, lang="en"):
    if lang != "en" and lang in BY_LANG and r.random() < 0.85:
        return fill(r, r.choice(BY_LANG[lang]) + r.choice(LTAIL.get(lang, [""])), S)
    return casual(r, wrap(r, fill(r, r.choice(T_EN), S), PRE, POST, 0.33, 0.33, S), 0.55)


F_OPEN = ["", "", "", "ok ", "thanks! ", "hmm, ", "great. ", "wait, ", "one more thing: ", "nice — ", "sorry, ", "also ", "perfect, ", "ah ok. "]
F_CORE = ["can you make it shorter", "what about for {n} people", "make it more casual", "more formal please", "a vegetarian version?",
          "put that in a table", "why?", "that doesn't sound right", "what if it rains that day", "translate that to {tlang}",
          "give me {n2} more options", "add a line about {hobby}", "what would you do in my situation", "explain the second point more",
          "is there a cheaper option", "how long does that take", "what should I avoid", "shorter, it's for a text message",
          "can you do it without {ingr}", "now a funnier version", "where does that info come from", "I meant {city}, not the other one",
          "and for kids", "write it as bullet points", "double check the numbers", "what about in {month}", "2 sentences max",
          "how do I say that nicely to my {relation}", "what's the first step", "and if that doesn't work?", "can you give an example",
          "make it sound less like a robot", "is that expensive", "is that safe for a {pet}", "what time of day is best",
          "ok now the same for {city}", "can you add prices", "remove the third one", "list what I need to buy", "explain why that works"]
F_TAIL = ["", "", "", "?", " please", " thanks", " :)", "!", " pls", " — and keep it simple", " if possible", "??"]


def followup(r):
    if r.random() < 0.08:
        return r.choice(["thank you!!", "thanks", "perfect", "ok", "great, thanks", "that helps", "cool"])
    return casual(r, compose(r, [F_OPEN, F_CORE, F_TAIL], {**S, "tlang": ["Spanish", "French", "German", "Portuguese", "Japanese", "Italian", "Hindi"]}), 0.4)


def image_prompt(r):
    return casual(r, fill(r, r.choice(IMG), S), 0.4)


CM_GREET = ["", "", "hey ", "hi ", "yo ", "morning, ", "hey so ", "sorry to bother u but ", "quick one - ", "ok so "]
CM_BODY = ["i wont be able to come {when} bc {excuse}", "got ur invoice but the hours look wrong, we agreed {n} not {n2}",
           "the thing u sent doesnt work on my {device}", "pls stop parking in front of my garage, its the {n}rd time this {period}",
           "im really sorry i missed the deadline, {excuse}", "thx for the interview, when will i hear back", "we need the report by {when} or the client will be mad",
           "i think we should push the launch, the app still crashes on {platform}", "can u send me the file again, the link expired",
           "the {home} is still broken and its been {n} days", "i paid twice for the same {charge_thing}, can u refund one",
           "can we move our call to {when}, {excuse}", "the delivery guy left my parcel in the rain again", "u still owe me {amt} from {month}",
           "dont forget the meeting {when}", "my order still hasnt arrived and tracking says nothing", "ur music was super loud last night",
           "i need the keys back by {when}", "can i bring my {pet} to the office {when}", "the wifi in the flat keeps dropping"]
CM_ASK = ["", "", "", " can u fix it??", " let me know", " pls reply asap", " thx", " ok?", " sorry!!", " what do we do", " idk what else to say"]
S.update({"when": ["tmrw", "friday", "monday", "next week", "tonight", "this afternoon", "on the 14th"],
          "excuse": ["my car broke down", "my kid is sick", "i have a doctor appointment", "work is crazy", "things got crazy with the move", "my flight got cancelled"],
          "platform": ["android", "older iphones", "tablets", "windows"], "period": ["week", "month"],
          "charge_thing": ["order", "ticket", "subscription", "class"]})


def casual_msg(r):
    return compose(r, [CM_GREET, CM_BODY, CM_ASK], S)
