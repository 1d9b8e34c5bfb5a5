"""Text for outside_fourteen: every prompt, system prompt, name and domain the generator writes.

Written for this generator only. Each function takes a random.Random and returns text; nothing here keeps state,
so the same sequence of calls on the same generator gives the same text.
"""
import re

# --------------------------------------------------------------------------------------------------- helpers


def pick(r, xs):
    return xs[r.randrange(len(xs))]


def picks(r, xs, k):
    return r.sample(xs, min(k, len(xs)))


_SLOT = re.compile(r"\{([a-z_0-9]+)\}")
_AN = re.compile(r"\b([Aa]) (?=[aeiAEI]|o(?!ne))")


def fill(r, tpl, table):
    """Replace each {slot} with a pick from table[slot] (a list, or a function of r)."""

    def sub(m):
        v = table.get(m.group(1))
        if v is None:
            return m.group(0)
        return v(r) if callable(v) else pick(r, v)

    out = _SLOT.sub(sub, tpl)
    if out.isascii():
        out = _AN.sub(r"\1n ", out)
    return out


def casual(r, s, p=0.5):
    """Light, human noise for chat typed by hand."""
    if r.random() > p:
        return s
    x = r.random()
    if x < 0.3 and s[:1].isupper():
        s = s[0].lower() + s[1:]
    elif x < 0.45:
        s = s.rstrip("?.!") 
    elif x < 0.6:
        s = pick(r, ["hey, ", "hi! ", "ok so ", "quick one: ", "question - ", "hello, ", "so "]) + s[0].lower() + s[1:]
    elif x < 0.75:
        s = s + pick(r, [" thanks", " thank you!", " pls", " :)", " (short answer is fine)", " ty", " cheers"])
    elif x < 0.85:
        s = s.replace(" you ", " u ", 1)
    else:
        s = s + "\n" + pick(r, ["Keep it brief.", "Bullet points please.", "No need for caveats.",
                                "I'm in a hurry.", "Explain simply.", "Be honest."])
    return s


def num(lo, hi):
    return lambda r: str(r.randint(lo, hi))


# --------------------------------------------------------------------------------------------------- names
FIRST = ["Liam", "Maya", "Tomás", "Aiko", "Noor", "Felix", "Ingrid", "Kwame", "Priya", "Mateo", "Olga", "Hana",
         "Diego", "Chloe", "Ravi", "Zeynep", "Lucas", "Amara", "Jonas", "Mei", "Omar", "Sofia", "Ethan", "Freya",
         "Kenji", "Leila", "Marco", "Nadia", "Oscar", "Paula", "Quentin", "Rosa", "Samir", "Tara", "Umar", "Vera",
         "Wyatt", "Ximena", "Yusuf", "Zara", "Adele", "Bruno", "Clara", "Dmitri", "Elena", "Farid", "Greta",
         "Hugo", "Isla", "Jamal", "Kira", "Lars", "Mina", "Nico", "Orla", "Pedro", "Rania", "Sven", "Thea",
         "Arjun", "Bea", "Caio", "Dalia", "Emeka", "Fiona", "Goran", "Hiro", "Ines", "Jae", "Kofi", "Lina"]
LAST = ["Okafor", "Lindqvist", "Moreau", "Tanaka", "Haddad", "Novak", "Silva", "Kowalski", "Nguyen", "Petrov",
        "Garcia", "Schmidt", "Rossi", "Dubois", "Kim", "Patel", "Mensah", "Ortega", "Fischer", "Yilmaz",
        "Andersen", "Costa", "Ibrahim", "Walsh", "Sato", "Brennan", "Varga", "Mendes", "Bauer", "Chen",
        "Murphy", "Santos", "Weber", "Khan", "Lopez", "Nowak", "Eriksen", "Abara", "Cohen", "Duarte",
        "Fernandes", "Hoffmann", "Jensen", "Kruger", "Laine", "Marsh", "Nakamura", "Pham", "Reyes", "Suzuki"]
NICK = ["pixel", "nova", "tiger", "moss", "quill", "ember", "raven", "frost", "delta", "kiwi", "orbit", "maple",
        "storm", "lucky", "echo", "juniper", "cobalt", "sparrow", "blue", "zen", "atlas", "pine", "comet", "fox"]


def local_part(r, style=None):
    f, l = pick(r, FIRST).lower(), pick(r, LAST).lower()
    f = f.replace("á", "a").replace("é", "e").replace("ö", "o")
    f = f.encode("ascii", "ignore").decode()
    s = r.randrange(9) if style is None else style
    if s == 0:
        return f"{f}.{l}"
    if s == 1:
        return f"{f}{l}{r.randint(1, 99)}"
    if s == 2:
        return f"{f[0]}{l}"
    if s == 3:
        return f"{f}.{l}{r.randint(70, 99)}"
    if s == 4:
        return f"{f}_{l}"
    if s == 5:
        return f"{pick(r, NICK)}{r.randint(10, 9999)}"
    if s == 6:
        return f"{f}{r.randint(1980, 2006)}"
    if s == 7:
        return f"{f}"
    return f"{f}.{l[0]}"


def shape(s):
    return "".join("a" if c.isalpha() else "9" if c.isdigit() else c for c in s)


_SYL_A = ["nor", "tal", "bri", "quen", "vex", "lum", "cor", "pel", "stra", "fen", "ari", "mox", "dal", "kin", "sol",
          "tre", "vi", "ob", "zen", "hal", "gra", "ped", "ulm", "cas", "bel", "ron", "sil", "ter", "wyn", "jor"]
_SYL_B = ["ora", "ly", "ent", "ex", "ia", "ico", "wave", "grid", "works", "labs", "loop", "forge", "mint", "path",
          "stack", "field", "cast", "nest", "wise", "point", "ware", "ium", "on", "ata", "io", "metric", "sight"]


def brand(r):
    a = pick(r, _SYL_A) + pick(r, _SYL_B)
    return a[0].upper() + a[1:]


def company_domain(r, tlds=("com", "io", "co", "de", "net", "ai", "dev", "app", "tech", "studio", "co.uk", "fr")):
    return (pick(r, _SYL_A) + pick(r, _SYL_B) + pick(r, ["", "", "", "hq", "-labs", "-data", "-group", "app"])
            + "." + pick(r, list(tlds)))


PERSONAL_DOMAINS = {
    "default": ["gmail.com", "gmail.com", "gmail.com", "outlook.com", "yahoo.com", "icloud.com", "proton.me", "hotmail.com"],
    "DE": ["gmx.de", "web.de", "gmail.com", "t-online.de", "posteo.de"],
    "FR": ["gmail.com", "orange.fr", "free.fr", "laposte.net"],
    "JP": ["gmail.com", "yahoo.co.jp", "icloud.com", "docomo.ne.jp"],
    "KR": ["naver.com", "gmail.com", "daum.net", "kakao.com"],
    "PL": ["wp.pl", "gmail.com", "onet.pl", "o2.pl", "interia.pl"],
    "BR": ["gmail.com", "hotmail.com", "outlook.com", "uol.com.br", "bol.com.br"],
    "IN": ["gmail.com", "gmail.com", "yahoo.in", "rediffmail.com", "outlook.com"],
    "GB": ["gmail.com", "outlook.com", "btinternet.com", "icloud.com", "yahoo.co.uk"],
    "TR": ["gmail.com", "hotmail.com", "yandex.com.tr", "outlook.com"],
    "VN": ["gmail.com", "gmail.com", "yahoo.com.vn", "outlook.com"],
    "ID": ["gmail.com", "gmail.com", "yahoo.co.id", "outlook.com"],
    "MX": ["gmail.com", "hotmail.com", "outlook.com", "yahoo.com.mx"],
    "EG": ["gmail.com", "yahoo.com", "hotmail.com", "outlook.com"],
    "ES": ["gmail.com", "hotmail.es", "outlook.es", "yahoo.es"],
    "IT": ["gmail.com", "libero.it", "virgilio.it", "outlook.it"],
}


def personal_domain(r, cc):
    return pick(r, PERSONAL_DOMAINS.get(cc, PERSONAL_DOMAINS["default"]))


# --------------------------------------------------------------------------------------------------- everyday chat
_EV = {
    "city": ["Lisbon", "Osaka", "Nairobi", "Denver", "Krakow", "Montreal", "Hanoi", "Seville", "Edinburgh", "Cape Town",
             "Austin", "Melbourne", "Valparaiso", "Tbilisi", "Porto", "Ljubljana", "Chiang Mai", "Oaxaca", "Bergen",
             "Quebec City", "Busan", "Cusco", "Tallinn", "Savannah", "Hobart", "Bologna", "Ghent", "Penang",
             "Reykjavik", "Split", "Kyoto", "Glasgow", "Medellin", "Halifax", "Innsbruck", "Galway", "Da Nang",
             "Bruges", "Marseille", "Zanzibar", "Vancouver", "Hokkaido", "the Dolomites", "the Scottish Highlands"],
    "ing": ["chickpeas", "leftover rice", "half a cabbage", "frozen spinach", "two eggs", "feta", "a sweet potato",
            "canned tuna", "tofu", "mushrooms", "a bag of lentils", "stale bread", "ripe bananas", "ground beef",
            "zucchini", "coconut milk", "a lonely carrot", "smoked paprika", "cottage cheese", "black beans",
            "salmon fillets", "gnocchi", "kimchi", "bell peppers", "oats", "ricotta", "shrimp", "a rotisserie chicken"],
    "who": ["two adults and a toddler", "me and my partner", "a group of five friends", "my parents (both in their 70s)",
            "a solo traveller who hates crowds", "a family with teenagers", "two students"],
    "money": ["$800", "€1,200", "£500", "$2,000", "€600", "about 300 euros", "$150", "£75", "$40", "€25", "$60"],
    "rel": ["sister", "landlord", "neighbour", "best friend", "coworker", "grandmother", "ex-roommate", "boss",
            "son's teacher", "brother-in-law", "dentist's office", "book club"],
    "event": ["birthday dinner", "wedding", "housewarming", "retirement party", "graduation", "baby shower",
              "farewell drinks", "anniversary", "recital", "memorial", "promotion celebration"],
    "pet": ["cat", "dog", "rabbit", "parrot", "guinea pig", "bearded dragon", "puppy", "senior dog", "kitten"],
    "petissue": ["sleep 18 hours a day", "eat grass every morning", "sneeze after meals", "scratch the sofa at night",
                 "ignore the new food", "pant when it's not hot", "hide under the bed during storms"],
    "concept": ["inflation", "how vaccines train the immune system", "black holes", "compound interest",
                "why the sky is blue", "how a mortgage works", "what a blockchain actually does", "tides",
                "how noise-cancelling headphones work", "the electoral college", "photosynthesis", "jet lag",
                "why bread rises", "credit scores", "how GPS knows where I am", "index funds"],
    "age": ["5", "10", "12", "a busy adult", "a grandparent", "a first-year student", "15"],
    "skill": ["running", "drawing faces", "public speaking", "chess", "Spanish", "the guitar", "swimming", "cooking",
              "touch typing", "sourdough baking", "watercolour", "juggling", "photography", "knitting"],
    "mins": ["10", "15", "20", "30", "45"],
    "hobby": ["gardening", "vinyl records", "hiking", "board games", "birdwatching", "baking", "cycling",
              "old movies", "crosswords", "fishing", "knitting", "astronomy", "football", "jazz"],
    "appliance": ["dishwasher", "washing machine", "fridge", "boiler", "microwave", "dryer", "oven", "air conditioner"],
    "applianceissue": ["makes a grinding noise", "leaves a puddle", "won't start", "smells like burning",
                       "keeps tripping the breaker", "shows error E4", "isn't heating", "beeps every few minutes"],
    "thing1": ["an e-reader", "renting", "a hybrid car", "a standing desk", "a gym membership", "an air fryer"],
    "thing2": ["paper books", "buying", "an electric car", "a good chair", "home workouts", "a convection oven"],
    "context": ["lives in a small flat", "travels a lot", "is on a tight budget", "works from home",
                "has back problems", "cooks for one"],
    "angry": ["You ignored my last three emails and now the deadline is tomorrow.",
              "I can't believe the package is late AGAIN.", "Why did nobody tell me the meeting was moved?",
              "This is the second time my order has been wrong.", "Stop parking in front of my driveway."],
    "debate": ["a four-day work week", "banning phones in schools", "nuclear power", "remote work", "rent control",
               "daylight saving time", "self-driving cars", "homework for young kids", "tipping culture"],
    "trait": ["very lazy", "extremely fluffy", "grumpy but sweet", "tiny and loud", "always hungry"],
    "pettype": ["cat", "dog", "goldfish", "hamster", "tortoise", "hedgehog"],
    "ask": ["a raise", "a day off next week", "more flexible hours", "a different project", "to work remotely on Fridays"],
    "adj": ["pushy", "ungrateful", "desperate", "rude", "needy"],
    "activity": ["stretch", "breathing exercise", "snack", "walk", "mental reset"],
    "phrase": ["where is the train station", "I'm allergic to nuts", "thank you very much", "how much does this cost",
               "can I have the bill", "nice to meet you", "I'm lost"],
    "lang": ["Italian", "Japanese", "Portuguese", "German", "Korean", "Greek", "Dutch", "Turkish", "Swahili"],
    "subject": ["a cat who hates Mondays", "my broken umbrella", "a very slow bus", "coffee", "a sock that vanished",
                "a goose at the park", "tax season"],
    "diet": ["vegetarian", "high-protein", "cheap", "low-sodium", "gluten-free", "pescatarian"],
    "job": ["product manager", "nurse", "data analyst", "teacher", "UX designer", "accountant", "electrician"],
    "field": ["retail", "hospitality", "logistics", "customer service", "marketing", "education"],
    "phen": ["cats purr", "onions make you cry", "my ears pop on planes", "ice float", "we yawn",
             "the moon look bigger near the horizon", "coffee make me sleepy sometimes", "metal feel colder than wood"],
    "cook": ["roast", "slow-cook", "smoke", "bake"],
    "meat": ["chicken", "pork shoulder", "leg of lamb", "whole salmon", "turkey breast", "beef brisket"],
    "sleepissue": ["I work night shifts", "my neighbour is loud", "I have a newborn", "I drink coffee late",
                   "my mind races at night"],
    "notes": lambda r: notes(r),
    "book": ["slow-burn mysteries set in small towns", "funny sci-fi", "short historical novels",
             "books about the ocean", "memoirs by chefs", "cosy fantasy"],
    "etiq": ["tipping", "bringing a gift to dinner", "greeting elders", "taking shoes off", "splitting the bill"],
    "country": ["Japan", "Germany", "Brazil", "South Korea", "Morocco", "Finland", "India", "Mexico", "Italy"],
    "n": num(2, 10),
    "k": num(2, 8),
    "yrs": num(2, 15),
    "kg": lambda r: f"{r.randint(1, 6)}.{r.randint(0, 9)}",
    "a": num(12, 99),
    "b": num(12, 99),
    "wrong": num(500, 9000),
    "money_m": ["$3,200", "€2,100", "£1,900", "$4,500", "€2,800", "$2,600"],
    "rent": ["$1,400", "€900", "£850", "$1,750", "€1,100", "$1,200"],
    "idiom": ["bite the bullet", "the whole nine yards", "spill the beans", "break the ice", "cold turkey",
              "under the weather", "cut the mustard", "red herring"],
}

_NOTE_BITS = ["mtg moved to {day}", "need budget by {day}", "ask {name} re: venue", "pls send invoices",
              "late fee waived this once", "new address from {month}", "team lunch {day} {hh}", "vegetarian options",
              "rsvp by {day}", "car service booked", "pick up {hh}", "bring spare key", "{name} out sick", "demo slipped {k} days",
              "client wants revised quote", "printer broken again", "parking passes expire {day}", "{name} starts {day}",
              "offsite in {city}?", "q{q} numbers look ok", "order {k} more chairs", "fix wifi in room {k}",
              "renew insurance", "dentist {day} {hh}", "call landlord", "kids pickup {hh}", "book flights to {city}"]


def notes(r):
    return ", ".join(fill(r, b, dict(_EV, day=["mon", "tues", "wed", "thurs", "fri", "next week"], hh=["9am", "1pm", "5pm", "3:30", "noon"],
                                     name=FIRST, month=["june", "july", "sept"], q=["1", "2", "3", "4"]))
                     for b in picks(r, _NOTE_BITS, r.randint(2, 4)))


_EV_T = [
    "What can I cook tonight with {ing}, {ing} and {ing}? Nothing fancy.",
    "Plan a {n}-day trip to {city} for {who} on a budget of around {money}.",
    "Help me write a message to my {rel} apologising for missing the {event}.",
    "Is it normal for my {pet} to {petissue}? Should I be worried?",
    "Explain {concept} like I'm {age}.",
    "Give me a {n}-week plan to get better at {skill}. I have about {mins} minutes a day.",
    "Write a short toast for my {rel}'s {event}. They love {hobby}.",
    "My {appliance} {applianceissue}. What should I check before I call someone?",
    "{thing1} or {thing2} for someone who {context}?",
    "Can you make this sound less angry: \"{angry}\"",
    "Summarise the main arguments for and against {debate}.",
    "Name ideas for a {pettype} that is {trait}?",
    "How do I ask for {ask} without sounding {adj}?",
    "I have {mins} minutes between meetings, suggest a quick {activity}.",
    "How do you say '{phrase}' in {lang}, and how is it pronounced?",
    "Write a limerick about {subject}.",
    "Gift ideas for a {a}-year-old who likes {hobby}, under {money}.",
    "Is {a} times {b} really {wrong}? I think my spreadsheet is wrong.",
    "I take home {money_m} a month and rent is {rent}. How should I split the rest?",
    "What does '{idiom}' mean and where does it come from?",
    "Grocery list for a week of {diet} dinners for {k} people please.",
    "Opening paragraph for a cover letter, {job} role, I've been in {field} for {yrs} years.",
    "Why do {phen}?",
    "Board games for {k} players that take less than an hour?",
    "How long should I {cook} a {meat} that weighs {kg} kg?",
    "Tips for sleeping better when {sleepissue}.",
    "Turn these notes into a tidy email: {notes}",
    "I'm learning {lang}. Give me {n} everyday sentences with translations.",
    "Recommend {book}.",
    "What's the etiquette around {etiq} in {country}?",
    "What should I pack for {city} in late spring?",
    "Is it worth learning {skill} at {a}?",
    "Write a birthday card message for my {rel}, funny but not mean.",
    "My {rel} keeps borrowing money. How do I say no kindly?",
    "How do I get a red wine stain out of a {thing}?",
    "Three-sentence bedtime story about {subject}.",
    "Pros and cons of moving to {city} for a year?",
    "Can you explain my electricity bill? It jumped from {money} to {money}.",
    "What are some cheap date ideas in {city}?",
    "Rank these for a rainy weekend in {city}: museum, cinema, cooking class, bouldering.",
    "Help me reply to a group chat invitation to a {event} I can't attend.",
    "Help me choose between two flats: one is closer to work, the other is {n} sq m bigger.",
    "My {rel} is visiting {city} for {n} days. What should they not miss?",
    "Explain the rules of {game} quickly, we're about to play.",
    "What's a polite way to leave a {event} early?",
    "Can you make a {n}-day meal plan around {ing}?",
    "I want to start {skill} but I'm {a}. Too late?",
    "Write a two-line bio for my {hobby} club's website.",
    "How do I tell my {rel} their {thing2} idea is bad without hurting them?",
    "Fun facts about {city} for a pub quiz",
    "What questions should I ask at a {job} interview?",
    "How much should I tip in {country} for a {money} dinner?",
    "Explain {concept} and why it matters for my savings.",
    "Write an out-of-office reply, back on the {k}th, contact {name} meanwhile.",
    "Suggest a {n}-song playlist for a {event}.",
    "Convert {kg} kg to pounds and ounces",
    "What's the difference between {thing1} and {thing2} really?",
]
_EV["game"] = ["mahjong", "cribbage", "petanque", "Catan", "canasta", "backgammon", "bridge", "Codenames"]
_EV["name"] = FIRST
_EV["thing"] = ["white shirt", "carpet", "sofa cushion", "wool jumper", "tablecloth"]

_FU_CORE = [
    "make it shorter", "make it more formal", "what about for {k} people", "add a bit of humour", "put that in a list",
    "roughly how much would all that cost in {city}", "make it warmer, less stiff", "what if it rains",
    "I don't have {ing}, what can I use instead", "translate that into {lang}", "less cheesy", "why",
    "another version with a different opening", "give me a second option", "{k} sentences max",
    "and for someone who {context}", "what would you do", "explain point {k} more", "is that actually true",
    "can you add a line about {hobby}", "swap number {k} for something cheaper", "make it sound like me, I'm pretty casual",
    "do the same for my {rel}", "now explain it for a {a}-year-old", "what's the first step", "how long would that take",
    "any downsides", "where does that come from", "use {money} as the budget instead", "skip the intro",
    "make it more specific to {city}", "ok, and in metric", "same but for a {event}", "turn this into a checklist",
    "which of those is easiest", "rank them", "what would a {job} say about this", "rewrite it from my {rel}'s point of view",
    "what if I only have {mins} minutes", "can you double-check the numbers", "remove the part about {hobby}",
    "I already tried that, it didn't help", "my {rel} disagrees, who's right", "more options like number {k}",
]
_FU_OPEN = ["", "", "", "", "ok ", "thanks! ", "hmm, ", "great. ", "nice, ", "wait, ", "sorry, ", "perfect. ", "ok but ", "cool - ", "Thanks. "]
_FU_CLOSE = ["", "", "?", ".", " please", " pls", " if you can", "!", " thx", " (briefly)", " :)"]

_NATIVE = {
    "es": ["¿Me ayudas a escribir un correo para pedir {n} días libres?", "Ideas para cenar rápido con lo que tengo en casa",
           "¿Cómo le explico a mi jefe que necesito más tiempo para el informe?",
           "Recomiéndame {n} series cortas para ver este fin de semana",
           "Corrige este mensaje antes de que lo mande al grupo del trabajo, porfa",
           "¿Qué le regalo a mi mamá que cumple {a} años?"],
    "pt": ["Me ajuda a escrever um e-mail pedindo {n} dias de folga?", "O que eu faço pro jantar com arroz, ovo e tomate?",
           "Como explico pro meu chefe que preciso de mais prazo?", "Me indica {n} livros curtos pra ler nas férias",
           "Revisa esse texto pra mim antes de eu mandar no grupo", "Qual a diferença entre CDB e Tesouro Direto?"],
    "id": ["Tolong bantu buat pesan izin tidak masuk kerja {n} hari", "Resep makan malam sederhana dari telur dan tahu",
           "Bagaimana cara menabung kalau gaji pas-pasan?", "Rekomendasi {n} tempat wisata dekat Bandung untuk keluarga",
           "Perbaiki kalimat ini supaya lebih sopan untuk dosen saya", "Apa bedanya asuransi jiwa dan asuransi kesehatan?"],
    "vi": ["Giúp mình viết tin nhắn xin nghỉ phép {n} ngày", "Gợi ý món ăn tối đơn giản với trứng và rau muống",
           "Làm sao để tiết kiệm tiền khi mới đi làm?", "Gợi ý {n} cuốn sách hay về kỹ năng sống",
           "Sửa giúp mình đoạn email này cho lịch sự hơn", "Nên học tiếng Anh giao tiếp thế nào cho hiệu quả?"],
    "tr": ["{n} gün izin istemek için bir e-posta yazar mısın?", "Evde yumurta ve patates var, akşama ne pişirebilirim?",
           "Patronuma rapor için ek süre istediğimi nasıl söylerim?", "Hafta sonu için {n} dizi önerir misin?",
           "Bu mesajı daha kibar hale getirir misin?", "Kira artışı konusunda ev sahibime ne yazmalıyım?"],
    "pl": ["Pomożesz mi napisać maila z prośbą o {n} dni urlopu?", "Co ugotować na obiad z ziemniaków i jajek?",
           "Jak powiedzieć szefowi, że potrzebuję więcej czasu na raport?", "Poleć {n} krótkich seriali na weekend",
           "Popraw ten tekst, żeby brzmiał uprzejmiej", "Jak się przygotować do rozmowy o podwyżkę?"],
    "ko": ["휴가 {n}일 신청하는 이메일 좀 써 줘", "냉장고에 계란이랑 두부밖에 없는데 저녁 뭐 해 먹지?",
           "상사에게 보고서 기한을 늘려 달라고 어떻게 말하지?", "주말에 볼 만한 드라마 {n}개 추천해 줘",
           "이 문자 좀 더 정중하게 다듬어 줘", "전세랑 월세 중에 뭐가 나아?"],
    "ar": ["ساعدني في كتابة رسالة لطلب إجازة {n} أيام", "ماذا أطبخ على العشاء بالبيض والطماطم؟",
           "كيف أطلب من مديري وقتًا إضافيًا لإنهاء التقرير؟", "اقترح علي {n} كتب خفيفة للقراءة",
           "أعد صياغة هذه الرسالة بأسلوب أكثر لباقة", "ما الفرق بين الادخار والاستثمار؟"],
    "ja": ["{n}日間の休暇を申請するメールを書いてください", "卵と豆腐しかないけど、夕飯に何を作ればいい？",
           "上司に報告書の締め切りを延ばしてもらうにはどう言えばいい？", "週末に見るドラマを{n}本おすすめして",
           "このメッセージをもう少し丁寧にしてください", "NISAとiDeCoの違いを簡単に教えて"],
    "de": ["Kannst du mir helfen, eine Mail an meinen Vermieter wegen der Heizung zu schreiben?",
           "Was koche ich heute mit Kartoffeln, Lauch und etwas Speck?",
           "Wie erkläre ich meinem Chef, dass ich mehr Zeit für den Bericht brauche?",
           "Empfiehl mir {n} kurze Romane für den Urlaub", "Formuliere diese Nachricht bitte höflicher"],
    "fr": ["Tu peux m'aider à écrire un mail pour poser {n} jours de congé ?", "Idée de dîner rapide avec des pâtes et des courgettes",
           "Comment dire à mon chef que j'ai besoin de plus de temps ?", "Conseille-moi {n} romans courts pour l'été",
           "Reformule ce message de façon plus polie"],
}


_CTX_PRE = ["I'm in {city} this week. ", "Asking for my {rel}. ", "We're {k} people. ", "Budget is about {money}. ",
            "I'm {a} and not very techy. ", "For a {event} on {day}. ", "I only have {mins} minutes. ", "Context: {notes}. ",
            "My {rel} says I overthink this. ", "Second time asking because the last answer was vague. ", "Random question. ",
            "I've been googling for {k} hours. ", "I'm a {job}, if that matters. "]
_CTX_POST = [" I'm in {city}.", " It's for my {rel}.", " We're {k} people.", " Budget around {money}.", " I'm {a}.",
             " Need it by {day}.", " No {ing} please.", " Keep it under {k}0 words.", " My {rel} will read it.",
             " (I'm a {job})", " I tried once and it went badly.", " Something I can do before {day}."]
_EV["day"] = ["Friday", "Saturday", "Sunday", "tomorrow", "next Monday", "the weekend", "Thursday night"]


_NATIVE_POST = {
    "es": [" Somos {k}.", " Es para el {n} de este mes.", " Tengo {a} años.", " Presupuesto: {n}00 pesos."],
    "pt": [" Somos {k} pessoas.", " É pra dia {n}.", " Tenho {a} anos.", " Orçamento de {n}00 reais."],
    "id": [" Kami {k} orang.", " Untuk tanggal {n}.", " Umur saya {a}.", " Budget sekitar {n}00 ribu."],
    "vi": [" Nhà mình có {k} người.", " Cần trước ngày {n}.", " Mình {a} tuổi.", " Ngân sách khoảng {n} triệu."],
    "tr": [" {k} kişiyiz.", " Ayın {n}'ine kadar lazım.", " {a} yaşındayım.", " Bütçe {n}00 TL civarı."],
    "pl": [" Jest nas {k}.", " Potrzebuję tego na {n}.", " Mam {a} lat.", " Budżet około {n}00 zł."],
    "ko": [" 우리는 {k}명이야.", " {n}일까지 필요해.", " 나는 {a}살이야.", " 예산은 {n}만 원 정도."],
    "ar": [" نحن {k} أشخاص.", " أحتاجه قبل يوم {n}.", " عمري {a} سنة.", " الميزانية حوالي {n}00 جنيه."],
    "ja": ["{k}人です。", "{n}日までに必要です。", "{a}歳です。", "予算は{n}千円くらい。"],
    "de": [" Wir sind {k} Leute.", " Bis zum {n}. bitte.", " Ich bin {a}.", " Budget ca. {n}0 Euro."],
    "fr": [" On est {k}.", " C'est pour le {n}.", " J'ai {a} ans.", " Budget : {n}0 euros."],
}


def everyday(r, lang="en"):
    if lang != "en" and lang in _NATIVE and r.random() < 0.4:
        s = fill(r, pick(r, _NATIVE[lang]), _EV)
        if r.random() < 0.6:
            s += fill(r, pick(r, _NATIVE_POST[lang]), _EV)
        return s + pick(r, ["", "", "", " 🙏", "?", " (short)", "."])
    s = fill(r, pick(r, _EV_T), _EV)
    x = r.random()
    if x < 0.22:
        s = fill(r, pick(r, _CTX_PRE), _EV) + s
    elif x < 0.45:
        s = s + fill(r, pick(r, _CTX_POST), _EV)
    return casual(r, s)


def everyday_followup(r):
    s = fill(r, pick(r, _FU_CORE), _EV)
    o = pick(r, _FU_OPEN)
    if not o and r.random() < 0.5:
        s = s[0].upper() + s[1:]
    s = o + s + pick(r, _FU_CLOSE)
    if r.random() < 0.3:
        s = s.rstrip() + fill(r, pick(r, _CTX_POST), _EV)
    return s


EVERYDAY_SYSTEMS = [None, None, None, None, "You are a helpful assistant.", "Be concise.",
                    "You are a friendly assistant. Answer in plain language.",
                    "Respond in the same language as the user.", "You are my personal assistant. Keep answers short."]

# --------------------------------------------------------------------------------------------------- code
_W1 = ["user", "order", "invoice", "cache", "token", "retry", "session", "payload", "report", "ledger", "queue",
       "shipment", "profile", "metric", "event", "file", "image", "batch", "tenant", "price", "slot", "route"]
_W2 = ["parse", "load", "build", "sync", "merge", "resolve", "fetch", "flush", "encode", "normalize", "validate",
       "compute", "render", "dedupe", "schedule", "export", "migrate", "hydrate", "split", "index"]


def ident(r, style="snake"):
    a, b = pick(r, _W2), pick(r, _W1)
    if r.random() < 0.4:
        b = b + "_" + pick(r, ["map", "list", "ids", "state", "rows", "cfg", "buf", "meta"])
    if style == "camel":
        parts = (a + "_" + b).split("_")
        return parts[0] + "".join(p.title() for p in parts[1:])
    return a + "_" + b


LANGS = ["Python", "TypeScript", "Go", "Rust", "Java", "C#", "Kotlin", "Swift", "Ruby", "PHP", "C++", "Elixir", "Scala"]
FRAMEWORKS = {
    "Python": ["FastAPI", "Django", "Flask", "pandas", "SQLAlchemy", "pytest", "Celery", "asyncio", "Pydantic"],
    "TypeScript": ["React", "Next.js", "Express", "NestJS", "Prisma", "Vitest", "Svelte", "tRPC", "Zod"],
    "Go": ["net/http", "gin", "gRPC", "sqlc", "cobra", "goroutines and channels", "testify"],
    "Rust": ["tokio", "axum", "serde", "sqlx", "clap", "rayon", "wasm-bindgen"],
    "Java": ["Spring Boot", "JUnit 5", "Hibernate", "Kafka Streams", "Micronaut"],
    "C#": ["ASP.NET Core", "Entity Framework", "xUnit", "Blazor", "MAUI"],
    "Kotlin": ["Ktor", "coroutines", "Jetpack Compose", "Exposed"],
    "Swift": ["SwiftUI", "Combine", "Core Data", "async/await"],
    "Ruby": ["Rails", "Sidekiq", "RSpec", "Sinatra"],
    "PHP": ["Laravel", "Symfony", "PHPUnit", "WordPress plugins"],
    "C++": ["CMake", "Qt", "Boost.Asio", "gtest", "std::ranges"],
    "Elixir": ["Phoenix", "Ecto", "GenServer", "LiveView"],
    "Scala": ["Akka", "Spark", "cats-effect", "ZIO"],
}
ERRORS = ["TypeError: 'NoneType' object is not subscriptable", "panic: runtime error: index out of range [3] with length 3",
          "cannot borrow `self` as mutable more than once at a time", "NullPointerException at {f}",
          "ECONNRESET", "ModuleNotFoundError: No module named '{m}'", "deadlock detected",
          "Hydration failed because the initial UI does not match", "error[E0382]: borrow of moved value: `{v}`",
          "SSL: CERTIFICATE_VERIFY_FAILED", "Segmentation fault (core dumped)", "undefined: {f}",
          "Uncaught (in promise) TypeError: {v}.map is not a function", "ORA-00904: invalid identifier",
          "django.db.utils.IntegrityError: UNIQUE constraint failed", "OOMKilled", "context deadline exceeded",
          "Cannot find module '@/lib/{m}'", "java.lang.IllegalStateException: Duplicate key {v}",
          "RecursionError: maximum recursion depth exceeded", "CORS policy: No 'Access-Control-Allow-Origin' header"]


def snippet(r, lang=None):
    f, v, w = ident(r), pick(r, _W1), pick(r, _W1) + "s"
    n = r.randint(2, 50)
    lang = lang or pick(r, ["py", "js", "go", "py", "ts"])
    if lang == "py":
        body = pick(r, [
            f"def {f}({w}, limit={n}):\n    out = []\n    for {v} in {w}:\n        if {v}.get('active'):\n            out.append({v}['id'])\n    return out[:limit]",
            f"async def {f}(client, {v}_id):\n    resp = await client.get(f'/api/{w}/{{{v}_id}}')\n    data = resp.json()\n    return data['items'][0]",
            f"def {f}(rows):\n    seen = {{}}\n    for row in rows:\n        seen[row[{n % 4}]] = row\n    return list(seen.values())",
            f"class {v.title()}Store:\n    def __init__(self):\n        self._{w} = {{}}\n\n    def {f}(self, key, value=None):\n        if value is None:\n            return self._{w}[key]\n        self._{w}[key] = value",
        ])
    elif lang in ("js", "ts"):
        body = pick(r, [
            f"export async function {ident(r, 'camel')}({v}Id) {{\n  const res = await fetch(`/api/{w}/${{{v}Id}}`);\n  const json = res.json();\n  return json.items.filter(x => x.score > {n});\n}}",
            f"const {ident(r, 'camel')} = ({w}) => {w}.reduce((acc, {v}) => {{\n  acc[{v}.id] = ({v}.total || 0) + {n};\n  return acc;\n}}, []);",
            f"useEffect(() => {{\n  const t = setInterval(() => set{v.title()}(c => c + 1), {n * 100});\n}}, [{v}]);",
        ])
    else:
        body = pick(r, [
            f"func {ident(r, 'camel')}({w} []{v.title()}) map[string]int {{\n\tvar out map[string]int\n\tfor _, x := range {w} {{\n\t\tout[x.ID] += {n}\n\t}}\n\treturn out\n}}",
            f"for i := 0; i <= len({w}); i++ {{\n\tgo func() {{\n\t\tprocess({w}[i])\n\t}}()\n}}",
        ])
    return body


_DEV_T = [
    "Why does this throw `{err}`?\n```\n{snip}\n```",
    "How do I {devtask} in {fw}?",
    "Write a {lang} function that {fndesc}.",
    "Can you review this for bugs?\n```\n{snip}\n```",
    "What's the difference between {c1} and {c2}?",
    "Port this to {lang}:\n```\n{snip}\n```",
    "SQL query that {sqldesc}. Tables: {tables}",
    "Build fails with `{err}` after bumping {dep} to {ver}. Any idea?",
    "Regex for {rx}?",
    "Write tests for this:\n```\n{snip}\n```",
    "What does this shell line do? `{shell}`",
    "Multi-stage Dockerfile for a {lang} service using {fw}, as small as possible",
    "This query takes {s}s on {rows} rows, how do I speed it up? `{sqlq}`",
    "Best way to structure a {fw} project with {k} services sharing types?",
    "Is `{ident}` a good name or should I split the function?",
    "Explain this error to me like I'm new to {lang}: {err}",
    "{lang}: how do I {devtask} without blocking the main thread?",
    "Give me a code review checklist for {fw} PRs",
    "Write a GitHub Actions workflow that runs {fw} tests on push and caches dependencies",
    "Convert this JSON to a {lang} type definition: {\"{ident}\": [{\"id\": 1, \"tags\": [\"a\"]}], \"next\": null}",
    "my {fw} app leaks memory over ~{k} hours, how do I profile it",
    "Refactor to remove the duplication:\n```\n{snip}\n```",
]
_DEV = {
    "err": lambda r: ERRORS[r.randrange(len(ERRORS))].format(f=ident(r), m=pick(r, _W1), v=pick(r, _W1)),
    "snip": lambda r: snippet(r),
    "devtask": ["stream a large file upload", "retry with exponential backoff", "paginate a cursor-based API",
                "debounce an input", "cancel in-flight requests", "rate-limit per user", "read env config safely",
                "hot-reload config", "write a custom middleware", "share state between handlers",
                "batch inserts efficiently", "mock time in tests", "validate nested request bodies",
                "run a background job every 5 minutes", "add structured logging", "serve static files with caching"],
    "fw": lambda r: pick(r, FRAMEWORKS[pick(r, LANGS)]),
    "lang": LANGS,
    "fndesc": ["merges overlapping intervals", "groups transactions by week", "parses ISO durations",
               "computes a rolling median", "flattens nested dicts with dotted keys", "checks if a string is a valid IBAN",
               "chunks a list into n roughly equal parts", "returns the k most frequent words", "converts Roman numerals",
               "diffs two CSV files by primary key", "finds cycles in a dependency graph", "throttles calls to a callback",
               "normalizes phone numbers", "retries a coroutine with jitter", "slugifies titles with unicode"],
    "c1": ["a mutex", "a process", "useMemo", "an interface", "`==`", "a view", "an Arc", "optimistic locking",
           "a shallow copy", "a left join", "PUT", "a thread pool"],
    "c2": ["a semaphore", "a thread", "useCallback", "an abstract class", "`is`", "a materialized view", "an Rc",
           "pessimistic locking", "a deep copy", "an inner join", "PATCH", "an event loop"],
    "sqldesc": ["returns each customer's second most recent order", "finds users who signed up but never paid",
                "computes 7-day rolling revenue per region", "lists products never returned",
                "gets the top 3 employees by sales in each department", "detects duplicate emails ignoring case"],
    "tables": ["orders(id, customer_id, created_at, total), customers(id, region)",
               "users(id, email, created_at), payments(id, user_id, amount, paid_at)",
               "sales(emp_id, amount, sold_at), employees(id, dept_id, name)"],
    "dep": ["webpack", "numpy", "Spring Boot", "tokio", "React", "Gradle", "pydantic", "Next.js", "openssl", "protobuf"],
    "ver": lambda r: f"{r.randint(1, 9)}.{r.randint(0, 30)}.{r.randint(0, 9)}",
    "rx": ["UK postcodes", "semver with optional pre-release", "hex colours #abc or #aabbcc", "dates like 2024-03-31",
           "log lines with a request id", "email addresses (good enough, not perfect)", "markdown links"],
    "shell": ["find . -name '*.log' -mtime +7 -exec gzip {} \\;", "awk -F, '{s+=$3} END {print s}' data.csv",
              "git log --since=2.weeks --author=me --oneline | wc -l", "xargs -P8 -n1 curl -sO < urls.txt",
              "ssh -L 5433:localhost:5432 bastion", "tar -czf - dir | pv | ssh host 'cat > dir.tgz'"],
    "s": num(3, 90),
    "rows": ["2M", "40 million", "800k", "12M", "150M"],
    "sqlq": ["SELECT * FROM events WHERE lower(email) = $1 ORDER BY created_at DESC",
             "SELECT count(*) FROM orders o JOIN items i ON i.order_id = o.id WHERE o.created_at > now() - interval '30 days'",
             "SELECT DISTINCT user_id FROM logins WHERE date(ts) = current_date"],
    "k": num(2, 12),
    "ident": lambda r: ident(r),
}


def dev_question(r):
    return casual(r, fill(r, pick(r, _DEV_T), _DEV), 0.35)


_DEV_FOLLOW = ["that didn't work, same error in {ident}", "ok now add types to {ident}", "can you make {ident} async", "what about edge cases like {edge}",
               "how would I test {ident}", "simpler version of {ident} please", "explain line {k}", "now with {fw}",
               "it compiles but {ident} is off by one", "and the docstring for {ident}", "why not just use a dict for {ident}",
               "same thing but streaming from {path}", "can you add logging around {ident}", "now I get `{err}`", "rename {ident} to something clearer",
               "what if the input has {k} million rows", "make it work on {lang} too", "use {devtask} there",
               "is {ident} thread safe", "what's the complexity of {ident}", "can you split it into {k} functions", "how would you benchmark {ident}",
               "here's the full trace:\n{err}\n  at {ident} ({path}:{k}{k})", "I can't change the signature of {ident}"]


def dev_followup(r):
    return casual(r, fill(r, pick(r, _DEV_FOLLOW), _AG), 0.5)


DEV_SYSTEMS = [None, None, None, "You are an expert software engineer. Be precise.", "Answer with code first, then a short explanation.",
               "You are a senior {lang} developer."]

# honest terse agent requests from developers using an agent CLI
_AG_T = ["fix the failing test in {path}", "add {feature} to {module}", "bump {dep} and fix whatever breaks",
         "why does {endpoint} return 500? logs are in {logpath}", "refactor {module} to use {pattern}",
         "write a migration for {change}", "the CI is red on {branch}, figure out why", "add tests for {module}",
         "rename {ident} to something sensible everywhere", "make {module} handle {edge}",
         "clean up the warnings in {path}", "implement the TODOs in {path}", "profile {module}, it got slow",
         "port {module} from callbacks to async", "update the README with the new {feature} env vars"]
_AG = dict(_DEV)
_AG.update({
    "branch": lambda r: pick(r, ["main", "develop", "release/", "feat/", "fix/"]) + (ident(r).replace("_", "-") if r.random() < 0.7 else ""),
    "path": lambda r: pick(r, ["src", "app", "pkg", "lib", "services", "internal"]) + "/" + ident(r) + pick(r, [".py", ".ts", ".go", ".rs", "_test.go", ".spec.ts"]),
    "feature": ["pagination", "a --dry-run flag", "rate limiting", "CSV export", "retries", "a health endpoint",
                "dark mode", "soft deletes", "an audit log", "i18n for the settings page", "caching"],
    "module": lambda r: pick(r, ["the billing module", "auth", "the importer", "the scheduler", "api/handlers",
                                 "the CLI", "the worker", "search", "the webhook handler", "payments"]),
    "endpoint": ["/api/orders", "/v2/users/me", "/healthz", "/graphql", "/webhooks/stripe", "/export"],
    "logpath": ["logs/app.log", "docker compose logs api", "the last CI run", "/var/log/api/error.log"],
    "pattern": ["dependency injection", "a repository layer", "the builder pattern", "dataclasses", "an enum", "hooks"],
    "change": ["adding a nullable column", "splitting the name field", "an index on created_at", "dropping legacy tables"],
    "edge": ["empty input", "unicode names", "timezones", "duplicate ids", "very large files", "network timeouts"],
})
_AG_MID_T = ["no, don't touch {path}", "looks good, keep going", "run the whole suite this time", "use {ident} instead",
             "stop, wrong file, I meant {path}", "commit it as '{msg}'", "also update the changelog", "revert the change to {path}",
             "why did {path} fail?", "also handle {edge}", "now {devtask}", "skip the lint errors in {path} for now",
             "the test in {path} is flaky, ignore it", "make the diff smaller", "use {fw} for that", "add a comment explaining why",
             "don't add new dependencies", "that's fine, now the same for {module}", "check {logpath} first"]
_AG["msg"] = lambda r: pick(r, ["fix", "feat", "chore", "refactor", "test"]) + ": " + pick(r, ["handle", "add", "clean up", "guard", "rename"]) + " " + ident(r).replace("_", " ")


def agent_request(r):
    return casual(r, fill(r, pick(r, _AG_T), _AG), 0.25)


def agent_mid(r):
    if r.random() < 0.86:
        return ""
    return fill(r, pick(r, _AG_MID_T), _AG)


AGENT_TOOLS_CLI = ["bash", "read", "edit", "write", "glob", "grep", "todo_write"]

# --------------------------------------------------------------------------------------------------- reasoning (English)
_NAMES = ["Ana", "Ben", "Chidi", "Dana", "Eli", "Fatima", "Gus", "Hye-jin", "Ivan", "Jana", "Kai", "Lior", "Mo",
          "Nina", "Ola", "Pia", "Raj", "Sage", "Teo", "Uma", "Vik", "Wen"]


def reasoning_problem(r):
    n1, n2, n3 = r.randint(3, 19), r.randint(2, 12), r.randint(20, 400)
    a, b = picks(r, _NAMES, 2)
    k = r.randrange(20)
    if k == 0:
        return f"A fair {n1 + 4}-sided die and a fair {n2 + 4}-sided die are rolled. What is the probability that the sum is a prime number greater than {n2 + 2}?"
    if k == 1:
        return f"A chord of length {n1 + 6} cm lies {n2} cm from the centre of a circle. Find the length of a chord {n2 + 2} cm from the centre of the same circle."
    if k == 2:
        return f"Find all pairs of positive integers (x, y) with {n1}x + {n2 + 5}y = {n3 + 200}."
    if k == 3:
        return f"A farmer has {n3 + 100} m of fencing and wants a rectangular pen along a river, with no fence on the river side, split into {n2 % 4 + 2} equal parts by fences parallel to the short side. What dimensions maximise the area?"
    if k == 4:
        return f"A ball is thrown upward at {n1 + 8} m/s from a cliff {n3 // 4} m high. Taking g = 9.8 m/s², when and at what speed does it hit the ground below?"
    if k == 5:
        return f"On an island, knights always tell the truth and knaves always lie. {a} says: '{b} and I are of different kinds.' {b} says: 'At least one of us is a knave, and there are {n2} people on this island.' What are {a} and {b}?"
    if k == 6:
        return f"Five jobs have durations {r.randint(1,5)}, {r.randint(2,7)}, {r.randint(1,4)}, {r.randint(3,8)}, {r.randint(1,6)} hours and deadlines {r.randint(3,8)}, {r.randint(6,12)}, {r.randint(2,5)}, {r.randint(10,18)}, {r.randint(8,14)}. One machine, no pre-emption. Minimise total lateness and justify the order."
    if k == 7:
        return f"A game: you roll a die; on a 6 you win ${n1}, on a 4 or 5 you roll again, otherwise you lose ${n2}. What is the expected value, and should a risk-neutral player pay ${n2 // 2 + 1} to play?"
    if k == 8:
        return f"What are the last two digits of {n1 + 2}^{n3 + 1000}?"
    if k == 9:
        return f"How many monotone lattice paths go from (0,0) to ({n2 % 6 + 4},{n1 % 5 + 3}) without passing through ({n2 % 3 + 1},{n1 % 2 + 1})?"
    if k == 10:
        s = n1 + n2
        return pick(r, [f"Prove that for positive reals a, b, c with a + b + c = {s}, a²/b + b²/c + c²/a ≥ {s}.",
                        f"Show that for positive reals with a + b + c = {s}, ab + bc + ca ≤ {s * s}/3, and find when equality holds.",
                        f"For positive reals x, y with x + y = {s}, find the minimum of {n2}/x + {n1}/y and prove it.",
                        f"Prove that for all reals x, x^4 - {2 * n2}x^2 + {n2 * n2 + n1} > 0.",
                        f"Let a, b > 0 with ab = {n3}. Find the minimum of a + {n2}b and prove it is attained."])
    if k == 11:
        return f"Resistors of {n1} Ω and {n2 + 3} Ω are in parallel, and that pair is in series with {n3 // 10} Ω across a {n2 + 6} V battery. Find the current through each resistor."
    if k == 12:
        return f"How many grams of water form when {n1 + 2}.{n2} g of hydrogen react with {n3 // 5} g of oxygen? Identify the limiting reagent."
    if k == 13:
        return f"A loan of ${n3 * 500} at {n2 % 7 + 3}% annual interest is repaid monthly over {n1 + 5} years. Compute the payment and the interest paid in the first year."
    if k == 14:
        return f"A dataset of {n1 + 10} values has mean {n3 / 10:.1f} and variance {n2 + 4}. The value {n3 // 3} is added. Give the new mean and variance without recomputing from scratch."
    if k == 15:
        return f"Edges: A-B {n2}, A-C {n1}, B-C {r.randint(1, 9)}, B-D {r.randint(4, 15)}, C-D {r.randint(2, 12)}, C-E {r.randint(5, 20)}, D-E {r.randint(1, 7)}. Find the shortest path from A to E with Dijkstra, showing the table at each step."
    if k == 16:
        return f"Solve the recurrence a(n) = {n2 % 4 + 2}a(n-1) - a(n-2) + {n1}, a(0) = 1, a(1) = {n2}, in closed form."
    if k == 17:
        return f"A test for a condition with prevalence {n2 / 10:.1f}% has sensitivity {90 + n2 % 9}% and specificity {85 + n1 % 14}%. {a} tests positive twice in independent tests. What is the probability {a} has the condition?"
    if k == 18:
        return f"{a} and {b} split a bill of ${n3}.{n2:02d}. {a} pays {n1}% more than {b} plus a ${n2} tip alone. How much does each pay?"
    return f"Find the number of integers between 1 and {n3 * 50} that are divisible by {n2 + 1} or {n1 + 2} but not by both."


REASON_WRAPS = [
    "{p}\n\nShow every step of your reasoning before the final answer.",
    "Work through this carefully. Lay out each intermediate step and check it.\n\n{p}",
    "{p}\nThink step by step; I need the full derivation, not just the result.",
    "Problem: {p}\n\nWrite out your complete line of reasoning, then state the answer on its own line.",
    "Solve, explaining why each step follows from the previous one:\n{p}",
    "{p}\n\nPlease reason out loud and verify the answer with a second method.",
    "I'd like a thorough worked solution.\n{p}",
    "{p} Explain all of your thinking, including dead ends you rule out.",
]


def reasoning_prompt(r):
    return pick(r, REASON_WRAPS).replace("{p}", reasoning_problem(r))


ALGOS = ["an LRU cache with O(1) operations", "a trie with prefix counting", "Dijkstra with a binary heap",
         "a rate limiter using the token bucket algorithm", "an interval tree", "a consistent-hashing ring",
         "a bloom filter with tunable false-positive rate", "union-find with path compression", "a skip list",
         "a JSON tokenizer", "topological sort with cycle reporting", "a rope for text editing",
         "the Aho-Corasick automaton", "a B-tree of order 4", "a thread-safe bounded queue", "KMP string search",
         "a min-cost flow solver", "a sparse matrix multiply", "A* on a grid with weighted cells",
         "a segment tree with lazy propagation", "a cron expression parser", "a diff algorithm (Myers)",
         "a regex engine supporting . * + ?", "an event-sourced bank account aggregate", "a CRDT counter",
         "a scheduler with priorities and ageing", "Huffman coding with decode", "reservoir sampling for a stream",
         "a simple mark-and-sweep garbage collector", "a fixed-point decimal type", "a persistent vector",
         "a Raft log replication step", "a markdown-to-HTML converter for headings and lists",
         "an expression evaluator with precedence climbing", "a circular buffer with overwrite", "quickselect"]
CODE_WRAPS = [
    "Implement {algo} in {lang}. Explain the design, give the complexity of each operation, and include tests.",
    "Write {algo} in idiomatic {lang}. Walk me through your reasoning for each design choice before the code.",
    "I need a production-quality {lang} implementation of {algo}, with doc comments, edge-case handling and unit tests.",
    "{lang}: {algo}. First describe the approach in prose, then the code, then a test suite.",
    "Give a careful {lang} implementation of {algo} and explain the invariants your code maintains.",
    "Implement {algo} ({lang}), then review your own code for bugs and fix anything you find.",
]


def coding_prompt(r):
    return fill(r, pick(r, CODE_WRAPS), {"algo": ALGOS, "lang": LANGS})


# --------------------------------------------------------------------------------------------------- multilingual problem families
# params: d v1 v2 | red blue k | P p n | per area | N a m1 b m2 | x y | c1 c2 c V | a d n | men women k | f yrs
FAMILIES = ["trains", "balls", "interest", "rect", "crt", "work", "mix", "arith", "committee", "age"]


def family_params(r, fam):
    if fam == "trains":
        return {"d": r.choice([180, 240, 300, 360, 420, 480, 540, 600]) + 10 * r.randint(0, 9), "v1": 5 * r.randint(8, 24), "v2": 5 * r.randint(8, 24)}
    if fam == "balls":
        return {"red": r.randint(3, 12), "blue": r.randint(2, 10), "k": r.randint(2, 4)}
    if fam == "interest":
        return {"P": r.choice([1000, 2500, 5000, 8000, 12000, 20000, 50000]) * r.randint(1, 9), "p": r.choice([3, 4, 5, 6, 7, 8, 9, 12]), "n": r.randint(3, 15)}
    if fam == "rect":
        a, b = r.randint(3, 40), r.randint(3, 40)
        return {"per": 2 * (a + b), "area": a * b}
    if fam == "crt":
        m1, m2 = r.choice([(5, 7), (7, 9), (4, 9), (8, 11), (6, 13), (9, 10), (11, 13), (7, 12)])
        return {"N": r.randint(50, 2000), "a": r.randint(1, m1 - 1), "m1": m1, "b": r.randint(1, m2 - 1), "m2": m2}
    if fam == "work":
        return {"x": r.randint(3, 12), "y": r.randint(4, 15)}
    if fam == "mix":
        c1, c2 = sorted(r.sample(range(5, 95, 5), 2))
        return {"c1": c1, "c2": c2, "c": r.randrange(c1 + 1, c2), "V": r.choice([10, 12, 20, 25, 30, 40, 50])}
    if fam == "arith":
        return {"a": r.randint(-20, 40), "d": r.randint(2, 17), "n": r.randint(12, 80)}
    if fam == "committee":
        return {"men": r.randint(4, 12), "women": r.randint(3, 10), "k": r.randint(3, 6)}
    f = r.randint(3, 5)
    return {"f": f, "yrs": (f - 2) * r.randint(4, 14)}


POLY = {
    "es": {
        "trains": "Dos trenes salen al mismo tiempo de dos ciudades separadas por {d} km y viajan uno hacia el otro, uno a {v1} km/h y el otro a {v2} km/h. ¿Cuánto tardan en encontrarse y a qué distancia de la primera ciudad?",
        "balls": "Una bolsa contiene {red} bolas rojas y {blue} azules. Se sacan {k} bolas sin reemplazo. ¿Cuál es la probabilidad de que todas sean rojas? ¿Y de que exactamente una sea azul?",
        "interest": "Se invierten {P} pesos al {p}% de interés compuesto anual. ¿Cuánto dinero habrá después de {n} años y cuántos años harían falta para duplicar el capital?",
        "rect": "Un rectángulo tiene un perímetro de {per} cm y un área de {area} cm². Encuentra la longitud de sus lados.",
        "crt": "Encuentra el menor entero mayor que {N} que deja residuo {a} al dividirlo entre {m1} y residuo {b} al dividirlo entre {m2}.",
        "work": "Ana puede pintar una cerca en {x} horas y Luis en {y} horas. Si trabajan juntos, ¿cuánto tardan? Si Luis se va después de una hora, ¿cuánto tiempo más necesita Ana?",
        "mix": "Tenemos una solución al {c1}% y otra al {c2}%. ¿Cuántos litros de cada una hay que mezclar para obtener {V} litros al {c}%?",
        "arith": "En una progresión aritmética el primer término es {a} y la diferencia es {d}. Calcula el término {n} y la suma de los primeros {n} términos.",
        "committee": "De un grupo de {men} hombres y {women} mujeres se forma un comité de {k} personas. ¿De cuántas formas se puede hacer si debe haber al menos una mujer?",
        "age": "Hoy un padre tiene {f} veces la edad de su hijo. Dentro de {yrs} años tendrá el doble. ¿Qué edad tienen ahora?",
        "wraps": ["Resuelve paso a paso y explica tu razonamiento completo antes de dar la respuesta final:\n\n{p}",
                  "Necesito la solución detallada, con cada cálculo intermedio. {p}",
                  "Piensa con cuidado y muestra todo el proceso. Al final, escribe la respuesta en una línea aparte.\n{p}",
                  "Explícame cómo se resuelve este problema, sin saltarte ningún paso:\n{p}",
                  "{p}\n\nDesarrolla la solución completa y verifica el resultado."],
        "follow": ["Ahora traduce tu solución al inglés manteniendo todos los pasos.",
                   "¿Puedes resolverlo de otra forma y comparar ambos métodos?"],
    },
    "pt": {
        "trains": "Dois trens partem ao mesmo tempo de duas cidades que ficam a {d} km de distância, um em direção ao outro, a {v1} km/h e {v2} km/h. Depois de quanto tempo eles se encontram e a que distância da primeira cidade?",
        "balls": "Uma urna tem {red} bolas vermelhas e {blue} azuis. Retiram-se {k} bolas sem reposição. Qual a probabilidade de todas serem vermelhas? E de exatamente uma ser azul?",
        "interest": "Um capital de {P} reais é aplicado a juros compostos de {p}% ao ano. Qual será o montante após {n} anos e em quanto tempo o capital dobra?",
        "rect": "Um retângulo tem perímetro de {per} cm e área de {area} cm². Determine as medidas dos lados.",
        "crt": "Encontre o menor inteiro maior que {N} que deixa resto {a} na divisão por {m1} e resto {b} na divisão por {m2}.",
        "work": "Pedro pinta um muro em {x} horas e Carla em {y} horas. Trabalhando juntos, quanto tempo levam? Se Carla sair depois de uma hora, quanto tempo Pedro ainda precisa?",
        "mix": "Temos uma solução a {c1}% e outra a {c2}%. Quantos litros de cada uma devem ser misturados para obter {V} litros a {c}%?",
        "arith": "Numa progressão aritmética, o primeiro termo é {a} e a razão é {d}. Calcule o {n}º termo e a soma dos {n} primeiros termos.",
        "committee": "De um grupo de {men} homens e {women} mulheres, quer-se formar uma comissão de {k} pessoas com pelo menos uma mulher. De quantas maneiras isso é possível?",
        "age": "Hoje um pai tem {f} vezes a idade do filho. Daqui a {yrs} anos, terá o dobro. Quais são as idades atuais?",
        "wraps": ["Resolva passo a passo, explicando todo o raciocínio antes da resposta final:\n\n{p}",
                  "Quero a resolução completa, com todos os cálculos intermediários. {p}",
                  "Pense com calma e mostre o processo inteiro; no fim, escreva a resposta numa linha separada.\n{p}",
                  "Me explica como resolver isso sem pular nenhuma etapa:\n{p}",
                  "{p}\n\nDesenvolva a solução completa e confira o resultado."],
        "follow": ["Agora traduza sua solução para o inglês, mantendo todas as etapas.",
                   "Dá para resolver de outro jeito? Compare os dois métodos."],
    },
    "id": {
        "trains": "Dua kereta berangkat bersamaan dari dua kota yang berjarak {d} km dan saling mendekat dengan kecepatan {v1} km/jam dan {v2} km/jam. Setelah berapa lama keduanya bertemu, dan pada jarak berapa dari kota pertama?",
        "balls": "Sebuah kantong berisi {red} bola merah dan {blue} bola biru. Diambil {k} bola tanpa pengembalian. Berapa peluang semuanya merah? Berapa peluang tepat satu bola biru?",
        "interest": "Uang sebesar Rp{P} ditabung dengan bunga majemuk {p}% per tahun. Berapa jumlahnya setelah {n} tahun, dan berapa tahun sampai uangnya menjadi dua kali lipat?",
        "rect": "Sebuah persegi panjang memiliki keliling {per} cm dan luas {area} cm². Tentukan panjang dan lebarnya.",
        "crt": "Tentukan bilangan bulat terkecil yang lebih besar dari {N} yang bersisa {a} jika dibagi {m1} dan bersisa {b} jika dibagi {m2}.",
        "work": "Budi dapat mengecat pagar dalam {x} jam, sedangkan Sari dalam {y} jam. Jika bekerja bersama, berapa lama waktunya? Jika Sari pergi setelah satu jam, berapa lama lagi Budi harus bekerja?",
        "mix": "Ada larutan berkadar {c1}% dan larutan berkadar {c2}%. Berapa liter masing-masing harus dicampur untuk mendapatkan {V} liter larutan berkadar {c}%?",
        "arith": "Suku pertama sebuah barisan aritmetika adalah {a} dan bedanya {d}. Hitung suku ke-{n} dan jumlah {n} suku pertama.",
        "committee": "Dari {men} pria dan {women} wanita akan dibentuk panitia beranggotakan {k} orang dengan paling sedikit satu wanita. Ada berapa cara?",
        "age": "Saat ini umur ayah {f} kali umur anaknya. {yrs} tahun lagi umur ayah menjadi dua kali umur anaknya. Berapa umur mereka sekarang?",
        "wraps": ["Kerjakan langkah demi langkah dan jelaskan seluruh penalaranmu sebelum jawaban akhir:\n\n{p}",
                  "Tolong berikan penyelesaian lengkap dengan semua perhitungan di tengahnya. {p}",
                  "Pikirkan dengan teliti dan tunjukkan seluruh prosesnya. Tulis jawaban akhir di baris terpisah.\n{p}",
                  "Jelaskan cara menyelesaikan soal ini tanpa melewatkan satu langkah pun:\n{p}",
                  "{p}\n\nUraikan penyelesaiannya secara lengkap lalu periksa kembali hasilnya."],
        "follow": ["Sekarang terjemahkan penyelesaianmu ke bahasa Inggris dengan semua langkahnya.",
                   "Bisakah diselesaikan dengan cara lain? Bandingkan kedua cara itu."],
    },
    "vi": {
        "trains": "Hai đoàn tàu khởi hành cùng lúc từ hai thành phố cách nhau {d} km, chạy ngược chiều về phía nhau với vận tốc {v1} km/h và {v2} km/h. Sau bao lâu hai tàu gặp nhau và chỗ gặp cách thành phố thứ nhất bao xa?",
        "balls": "Một túi có {red} quả bóng đỏ và {blue} quả bóng xanh. Lấy ngẫu nhiên {k} quả không hoàn lại. Tính xác suất cả {k} quả đều đỏ, và xác suất có đúng một quả xanh.",
        "interest": "Gửi {P} đồng vào ngân hàng với lãi suất kép {p}% mỗi năm. Sau {n} năm số tiền là bao nhiêu, và sau bao nhiêu năm thì số tiền tăng gấp đôi?",
        "rect": "Một hình chữ nhật có chu vi {per} cm và diện tích {area} cm². Tìm chiều dài và chiều rộng.",
        "crt": "Tìm số nguyên nhỏ nhất lớn hơn {N} chia cho {m1} dư {a} và chia cho {m2} dư {b}.",
        "work": "Lan sơn xong hàng rào trong {x} giờ, còn Minh trong {y} giờ. Nếu cùng làm thì mất bao lâu? Nếu Minh nghỉ sau một giờ, Lan cần làm thêm bao lâu nữa?",
        "mix": "Có dung dịch nồng độ {c1}% và dung dịch nồng độ {c2}%. Cần trộn bao nhiêu lít mỗi loại để được {V} lít dung dịch nồng độ {c}%?",
        "arith": "Cấp số cộng có số hạng đầu là {a} và công sai {d}. Tính số hạng thứ {n} và tổng {n} số hạng đầu tiên.",
        "committee": "Từ {men} nam và {women} nữ, cần chọn một ban gồm {k} người sao cho có ít nhất một nữ. Có bao nhiêu cách chọn?",
        "age": "Hiện nay tuổi bố gấp {f} lần tuổi con. Sau {yrs} năm nữa tuổi bố gấp đôi tuổi con. Hỏi hiện nay mỗi người bao nhiêu tuổi?",
        "wraps": ["Hãy giải từng bước và trình bày toàn bộ lập luận trước khi đưa ra đáp án cuối cùng:\n\n{p}",
                  "Mình cần lời giải chi tiết, có đủ các phép tính trung gian. {p}",
                  "Suy nghĩ cẩn thận và trình bày đầy đủ quá trình. Ghi đáp số ở một dòng riêng.\n{p}",
                  "Giải thích cách làm bài này, đừng bỏ qua bước nào:\n{p}",
                  "{p}\n\nTrình bày lời giải đầy đủ rồi kiểm tra lại kết quả."],
        "follow": ["Bây giờ hãy dịch lời giải sang tiếng Anh, giữ nguyên mọi bước.",
                   "Có cách giải khác không? So sánh hai cách."],
    },
    "tr": {
        "trains": "Aralarında {d} km bulunan iki şehirden aynı anda iki tren birbirine doğru hareket ediyor; hızları {v1} km/sa ve {v2} km/sa. Trenler ne kadar sürede karşılaşır ve buluşma noktası birinci şehre ne kadar uzaktadır?",
        "balls": "Bir torbada {red} kırmızı ve {blue} mavi top var. Geri koymadan {k} top çekiliyor. Hepsinin kırmızı olma olasılığı nedir? Tam olarak birinin mavi olma olasılığı nedir?",
        "interest": "{P} TL yıllık %{p} bileşik faizle yatırılıyor. {n} yıl sonra ne kadar olur ve para kaç yılda iki katına çıkar?",
        "rect": "Bir dikdörtgenin çevresi {per} cm, alanı {area} cm². Kenar uzunluklarını bulun.",
        "crt": "{N} sayısından büyük olup {m1} ile bölündüğünde {a}, {m2} ile bölündüğünde {b} kalanını veren en küçük tam sayıyı bulun.",
        "work": "Ayşe bir çiti {x} saatte, Mehmet ise {y} saatte boyuyor. Birlikte çalışırlarsa ne kadar sürer? Mehmet bir saat sonra ayrılırsa Ayşe'nin daha ne kadar çalışması gerekir?",
        "mix": "%{c1}'lik ve %{c2}'lik iki çözelti var. %{c}'lik {V} litre çözelti elde etmek için her birinden kaç litre karıştırılmalı?",
        "arith": "Bir aritmetik dizinin ilk terimi {a}, ortak farkı {d}. {n}. terimi ve ilk {n} terimin toplamını hesaplayın.",
        "committee": "{men} erkek ve {women} kadından, en az bir kadın içeren {k} kişilik bir komisyon kaç farklı şekilde seçilebilir?",
        "age": "Bugün babanın yaşı oğlunun yaşının {f} katı. {yrs} yıl sonra babanın yaşı oğlunun yaşının iki katı olacak. Şu anki yaşları kaçtır?",
        "wraps": ["Adım adım çöz ve nihai cevaptan önce tüm akıl yürütmeni açıkla:\n\n{p}",
                  "Bütün ara hesaplarıyla birlikte ayrıntılı bir çözüm istiyorum. {p}",
                  "Dikkatlice düşün ve süreci eksiksiz göster. Sonucu ayrı bir satıra yaz.\n{p}",
                  "Bu soruyu hiçbir adımı atlamadan nasıl çözeceğimi anlatır mısın?\n{p}",
                  "{p}\n\nÇözümü eksiksiz yaz ve sonucu kontrol et."],
        "follow": ["Şimdi çözümünü tüm adımlarıyla İngilizceye çevir.",
                   "Başka bir yöntemle çözüp iki yöntemi karşılaştırabilir misin?"],
    },
    "pl": {
        "trains": "Dwa pociągi wyjeżdżają jednocześnie z miast odległych o {d} km i jadą naprzeciw siebie z prędkościami {v1} km/h i {v2} km/h. Po jakim czasie się spotkają i w jakiej odległości od pierwszego miasta?",
        "balls": "W worku jest {red} kul czerwonych i {blue} niebieskich. Losujemy bez zwracania {k} kule. Jakie jest prawdopodobieństwo, że wszystkie będą czerwone? A że dokładnie jedna będzie niebieska?",
        "interest": "Wpłacono {P} zł na lokatę z oprocentowaniem składanym {p}% rocznie. Ile będzie na koncie po {n} latach i po ilu latach kwota się podwoi?",
        "rect": "Prostokąt ma obwód {per} cm i pole {area} cm². Oblicz długości jego boków.",
        "crt": "Znajdź najmniejszą liczbę całkowitą większą od {N}, która przy dzieleniu przez {m1} daje resztę {a}, a przy dzieleniu przez {m2} resztę {b}.",
        "work": "Kasia maluje płot w {x} godzin, a Tomek w {y} godzin. Ile czasu zajmie im praca razem? Jeśli Tomek wyjdzie po godzinie, ile jeszcze będzie pracować Kasia?",
        "mix": "Mamy roztwór {c1}% i roztwór {c2}%. Ile litrów każdego trzeba zmieszać, aby otrzymać {V} litrów roztworu {c}%?",
        "arith": "Pierwszy wyraz ciągu arytmetycznego wynosi {a}, a różnica {d}. Oblicz {n}. wyraz oraz sumę {n} początkowych wyrazów.",
        "committee": "Z grupy {men} mężczyzn i {women} kobiet wybieramy komisję liczącą {k} osób, w której jest co najmniej jedna kobieta. Na ile sposobów można to zrobić?",
        "age": "Ojciec jest obecnie {f} razy starszy od syna. Za {yrs} lat będzie od niego dwa razy starszy. Ile lat mają teraz?",
        "wraps": ["Rozwiąż krok po kroku i wyjaśnij całe rozumowanie przed podaniem odpowiedzi:\n\n{p}",
                  "Potrzebuję szczegółowego rozwiązania ze wszystkimi obliczeniami pośrednimi. {p}",
                  "Przemyśl to dokładnie i pokaż cały tok rozumowania. Odpowiedź zapisz w osobnej linii.\n{p}",
                  "Wytłumacz mi, jak rozwiązać to zadanie, nie pomijając żadnego kroku:\n{p}",
                  "{p}\n\nRozpisz pełne rozwiązanie i sprawdź wynik."],
        "follow": ["Teraz przetłumacz swoje rozwiązanie na angielski, zachowując wszystkie kroki.",
                   "Czy da się to rozwiązać inną metodą? Porównaj obie."],
    },
    "ko": {
        "trains": "{d} km 떨어진 두 도시에서 두 기차가 동시에 출발하여 서로를 향해 각각 시속 {v1} km와 {v2} km로 달립니다. 몇 시간 후에 만나며, 만나는 지점은 첫 번째 도시에서 얼마나 떨어져 있습니까?",
        "balls": "주머니에 빨간 공 {red}개와 파란 공 {blue}개가 있습니다. 공 {k}개를 비복원으로 꺼낼 때, 모두 빨간 공일 확률과 파란 공이 정확히 한 개일 확률을 구하세요.",
        "interest": "{P}원을 연 {p}% 복리로 예금했습니다. {n}년 후의 금액은 얼마이며, 원금이 두 배가 되려면 몇 년이 걸립니까?",
        "rect": "둘레가 {per} cm이고 넓이가 {area} cm²인 직사각형의 가로와 세로의 길이를 구하세요.",
        "crt": "{m1}로 나누면 나머지가 {a}이고 {m2}로 나누면 나머지가 {b}인, {N}보다 큰 가장 작은 정수를 구하세요.",
        "work": "민수는 울타리를 {x}시간에, 지영은 {y}시간에 칠합니다. 둘이 함께 하면 얼마나 걸립니까? 지영이 한 시간 후에 떠나면 민수는 얼마나 더 일해야 합니까?",
        "mix": "농도 {c1}%인 용액과 {c2}%인 용액이 있습니다. 농도 {c}%인 용액 {V}리터를 만들려면 각각 몇 리터씩 섞어야 합니까?",
        "arith": "첫째항이 {a}이고 공차가 {d}인 등차수열에서 제{n}항과 첫째항부터 제{n}항까지의 합을 구하세요.",
        "committee": "남자 {men}명과 여자 {women}명 중에서 여자가 적어도 한 명 포함되도록 {k}명의 위원을 뽑는 방법의 수를 구하세요.",
        "age": "현재 아버지의 나이는 아들 나이의 {f}배입니다. {yrs}년 후에는 아버지의 나이가 아들 나이의 2배가 됩니다. 현재 두 사람의 나이를 구하세요.",
        "wraps": ["단계별로 풀고, 최종 답을 내기 전에 전체 추론 과정을 설명해 주세요:\n\n{p}",
                  "중간 계산을 모두 포함한 자세한 풀이가 필요합니다. {p}",
                  "신중하게 생각하고 과정을 빠짐없이 보여 주세요. 답은 마지막 줄에 따로 적어 주세요.\n{p}",
                  "이 문제를 어떻게 푸는지 한 단계도 건너뛰지 말고 설명해 줘:\n{p}",
                  "{p}\n\n풀이를 끝까지 전개하고 결과를 검산해 주세요."],
        "follow": ["이제 풀이를 모든 단계를 유지한 채 영어로 번역해 주세요.", "다른 방법으로도 풀어 보고 두 방법을 비교해 줄래요?"],
    },
    "ar": {
        "trains": "ينطلق قطاران في الوقت نفسه من مدينتين تفصل بينهما مسافة {d} كم، ويتحركان باتجاه بعضهما بسرعتي {v1} كم/س و{v2} كم/س. بعد كم من الوقت يلتقيان، وعلى أي بعد من المدينة الأولى؟",
        "balls": "في كيس {red} كرات حمراء و{blue} كرات زرقاء. سُحبت {k} كرات دون إرجاع. ما احتمال أن تكون جميعها حمراء؟ وما احتمال أن تكون واحدة منها بالضبط زرقاء؟",
        "interest": "أُودع مبلغ {P} جنيه بفائدة مركبة نسبتها {p}% سنويًا. كم يصبح المبلغ بعد {n} سنوات، وبعد كم سنة يتضاعف؟",
        "rect": "مستطيل محيطه {per} سم ومساحته {area} سم². أوجد طول ضلعيه.",
        "crt": "أوجد أصغر عدد صحيح أكبر من {N} يكون باقي قسمته على {m1} هو {a} وباقي قسمته على {m2} هو {b}.",
        "work": "يستطيع أحمد طلاء سور في {x} ساعات، وتستطيع منى طلاءه في {y} ساعات. كم يستغرقان إذا عملا معًا؟ وإذا غادرت منى بعد ساعة، فكم يحتاج أحمد بعدها؟",
        "mix": "لدينا محلول تركيزه {c1}% وآخر تركيزه {c2}%. كم لترًا من كل منهما يلزم خلطه للحصول على {V} لترات بتركيز {c}%؟",
        "arith": "متتالية حسابية حدها الأول {a} وأساسها {d}. احسب الحد رقم {n} ومجموع أول {n} حدًا.",
        "committee": "من بين {men} رجال و{women} نساء يراد تشكيل لجنة من {k} أشخاص تضم امرأة واحدة على الأقل. بكم طريقة يمكن ذلك؟",
        "age": "عمر الأب الآن {f} أضعاف عمر ابنه، وبعد {yrs} سنوات سيصبح عمره ضعف عمر ابنه. ما عمر كل منهما الآن؟",
        "wraps": ["حل المسألة خطوة بخطوة، واشرح تفكيرك كاملًا قبل الإجابة النهائية:\n\n{p}",
                  "أحتاج حلًا مفصلًا يتضمن كل الحسابات الوسيطة. {p}",
                  "فكّر بعناية واعرض الطريقة كاملة، ثم اكتب الإجابة في سطر مستقل.\n{p}",
                  "اشرح لي كيف أحل هذه المسألة دون تخطي أي خطوة:\n{p}",
                  "{p}\n\nاكتب الحل كاملًا ثم تحقق من النتيجة."],
        "follow": ["الآن ترجم الحل إلى الإنجليزية مع الحفاظ على كل الخطوات.", "هل يمكن حلها بطريقة أخرى؟ قارن بين الطريقتين."],
    },
    "ja": {
        "trains": "{d} km離れた二つの町から、2本の列車が同時に出発し、時速{v1} kmと時速{v2} kmで互いに向かって走ります。何時間後に出会い、出会う地点は最初の町から何 kmですか。",
        "balls": "袋の中に赤玉が{red}個、青玉が{blue}個入っています。戻さずに{k}個取り出すとき、すべて赤玉である確率と、青玉がちょうど1個である確率を求めなさい。",
        "interest": "{P}円を年利{p}%の複利で預けました。{n}年後の金額はいくらですか。また、元金が2倍になるのは何年後ですか。",
        "rect": "周の長さが{per} cm、面積が{area} cm²の長方形の縦と横の長さを求めなさい。",
        "crt": "{m1}で割ると{a}余り、{m2}で割ると{b}余る整数のうち、{N}より大きい最小のものを求めなさい。",
        "work": "健太は塀を{x}時間で、花子は{y}時間で塗ることができます。二人で塗ると何時間かかりますか。花子が1時間後に抜けた場合、健太はあと何時間かかりますか。",
        "mix": "濃度{c1}%の食塩水と{c2}%の食塩水があります。濃度{c}%の食塩水を{V}リットル作るには、それぞれ何リットルずつ混ぜればよいですか。",
        "arith": "初項{a}、公差{d}の等差数列の第{n}項と、初項から第{n}項までの和を求めなさい。",
        "committee": "男性{men}人、女性{women}人の中から、女性を少なくとも1人含む{k}人の委員を選ぶ方法は何通りありますか。",
        "age": "現在、父の年齢は息子の年齢の{f}倍です。{yrs}年後には父の年齢が息子の年齢の2倍になります。現在の二人の年齢を求めなさい。",
        "wraps": ["段階を追って解き、最終的な答えの前に考え方をすべて説明してください。\n\n{p}",
                  "途中の計算をすべて含めた詳しい解答をお願いします。{p}",
                  "よく考えて、過程を省略せずに示してください。答えは最後の行に書いてください。\n{p}",
                  "この問題の解き方を、一つも手順を飛ばさずに教えてください。\n{p}",
                  "{p}\n\n解答を最後まで書き、結果を検算してください。"],
        "follow": ["では、その解答をすべての手順を残したまま英語に翻訳してください。", "別の解き方でも解いて、二つの方法を比べてもらえますか。"],
    },
}


def poly_problem(r, lang, fam, params):
    body = POLY[lang][fam].format(**params)
    return pick(r, POLY[lang]["wraps"]).replace("{p}", body)


def poly_follow(r, lang):
    pre, more = POLY_EXTRA[lang]
    return pick(r, pre) + pick(r, POLY[lang]["follow"] + more)


# --------------------------------------------------------------------------------------------------- long documents
DOC_KINDS = {
    "handbook": ("Employee Handbook", ["leave entitlement", "remote work eligibility", "expense approval", "on-call rotation",
                                      "performance review cycle", "equipment return", "parental leave", "grievance procedure"]),
    "dpa": ("Data Processing Agreement", ["sub-processor notification", "breach notification window", "data subject requests",
                                         "international transfers", "audit rights", "deletion on termination", "security measures"]),
    "guideline": ("Clinical Practice Guideline", ["initial assessment", "first-line therapy", "dose adjustment in renal impairment",
                                                 "monitoring interval", "referral criteria", "contraindications", "follow-up"]),
    "zoning": ("Municipal Zoning Ordinance", ["setback requirements", "accessory dwelling units", "parking minimums",
                                             "height limits", "variance procedure", "home occupations", "signage"]),
    "manual": ("Product Safety and Operation Manual", ["installation clearance", "lockout procedure", "error codes",
                                                       "maintenance schedule", "warranty exclusions", "battery handling"]),
    "earnings": ("Quarterly Earnings Call Transcript", ["revenue guidance", "gross margin drivers", "inventory levels",
                                                       "regional performance", "capital allocation", "analyst Q&A"]),
    "methods": ("Research Article: Methods and Results", ["cohort selection", "exposure definition", "statistical model",
                                                         "sensitivity analyses", "primary outcome", "limitations"]),
    "insurance": ("Insurance Policy Wording", ["insuring clause", "exclusions", "claims conditions", "excess", "cancellation",
                                              "definitions", "subrogation"]),
    "apiref": ("API Reference", ["authentication", "pagination", "rate limits", "error model", "webhooks", "idempotency keys",
                                 "versioning"]),
    "opinion": ("Appellate Court Opinion", ["procedural history", "standard of review", "statutory interpretation",
                                           "the dissent", "remedy", "holding"]),
    "msa": ("Master Services Agreement", ["term and renewal", "fees and invoicing", "limitation of liability", "indemnification",
                                         "confidentiality", "termination for convenience", "governing law"]),
    "lease": ("Commercial Lease", ["rent review", "service charge", "repairing obligations", "break clause", "assignment",
                                   "permitted use", "dilapidations"]),
}
_PARTY = ["the Supplier", "the Customer", "the Employer", "the Processor", "the Insurer", "the Tenant", "the Licensee",
          "the Contractor", "the Authority", "the Company"]
_DOC_VERB = ["shall notify", "must obtain written consent from", "may terminate the arrangement with", "is responsible for reimbursing",
             "shall indemnify", "must retain records for", "will review", "may suspend access for", "shall provide evidence to"]
_DOC_COND = ["within {n} business days", "no later than {n} calendar days after the event", "on at least {n} days' notice",
             "unless otherwise agreed in writing", "subject to clause {c}", "except where prohibited by law",
             "provided that the amount does not exceed {money}", "for a period of {n} months"]


def doc_sentence(r, topic):
    s = f"In respect of {topic}, {pick(r, _PARTY)} {pick(r, _DOC_VERB)} {pick(r, _PARTY).lower()} {pick(r, _DOC_COND)}."
    return s.format(n=r.randint(2, 90), c=f"{r.randint(2, 24)}.{r.randint(1, 9)}",
                    money=pick(r, ["EUR 25,000", "USD 1,000,000", "GBP 250,000", "twice the annual fees", "USD 50,000"]))


def document(r, kind=None):
    """A synthetic long document: returns (kind, title, excerpt, total_tokens)."""
    kind = kind or pick(r, list(DOC_KINDS))
    title, topics = DOC_KINDS[kind]
    org = brand(r)
    ref = f"{pick(r, ['v', 'rev. ', 'No. ', 'ref. '])}{r.randint(1, 40)}.{r.randint(0, 12)}"
    head = f"{org} {title} ({ref}, {pick(r, ['January', 'March', 'June', 'September', 'November'])} {r.randint(2019, 2026)})"
    parts = []
    for i, t in enumerate(picks(r, topics, r.randint(2, 4)), 1):
        parts.append(f"{i}. {t.capitalize()}\n" + " ".join(doc_sentence(r, t) for _ in range(r.randint(1, 3))))
    excerpt = head + "\n\n" + "\n\n".join(parts) + "\n\n[...]"
    total = int(r.lognormvariate(9.6, 0.7))  # median ~15k tokens
    return kind, head, excerpt, max(3000, min(total, 150000))


# attack side: corpus-builder instructions over a document
_LD_ATT = [
    "Using only the document above, write {n} question-answer pairs that range from direct lookups to multi-step inferences. For every answer, give the chain of reasoning that links it to specific passages.",
    "Write a realistic {n}-turn conversation between {persona} and a knowledgeable assistant, grounded strictly in the document. The assistant should explain its reasoning as it answers.",
    "Produce three summaries of the document: one sentence, one paragraph, and a structured outline with section references.",
    "Rewrite section {k} for a reader with no background in the field. Keep every fact, number and condition.",
    "List every claim in the document that rests on an unstated assumption, and explain each assumption and what would change if it were false.",
    "Create {n} multiple-choice questions about the document. Mark the correct option and explain why each distractor is wrong.",
    "Write {n} instruction/response pairs, as JSON lines with keys \"instruction\" and \"response\", that a {persona} might need answered from this document.",
    "Identify the {k} provisions with the greatest practical impact on {persona}. For each, explain the impact step by step.",
    "Write a {n}-turn dialogue in which {persona} misunderstands the document and the assistant patiently corrects each misunderstanding.",
    "Extract a glossary of defined or technical terms with a plain-language definition and an example of each in use.",
    "Draft {n} hard reading-comprehension questions that require combining at least two sections, with model answers and reasoning.",
    "Critique the document: where is it ambiguous, inconsistent or incomplete? Propose corrected wording for each issue.",
]
_LD = {
    "n": num(6, 24), "k": num(2, 5),
    "persona": ["a new employee", "a worried patient", "a small-business owner", "a first-year law student",
                "a compliance officer", "a journalist", "a retail investor", "a site engineer", "a tenant",
                "a junior developer", "a procurement manager", "an auditor"],
}


def longdoc_attack(r, excerpt):
    instr = fill(r, pick(r, _LD_ATT), _LD)
    return f"<document>\n{excerpt}\n</document>\n\n{instr}"


LONGDOC_SYSTEMS = [None, None, "You are a precise analyst. Cite section numbers.", "Answer thoroughly.",
                   "You are an expert technical writer.", "Follow the output format exactly."]

# honest legal team: review and summaries
_LEGAL = [
    "Summarise the key obligations on {party} in this agreement, with clause references.",
    "List every termination right and notice period in the document.",
    "Compare the limitation of liability with our standard position ({pos}). Flag deviations.",
    "Flag any indemnities that are uncapped or one-sided.",
    "Prepare a short note for the client on the {topic} provisions and their risks.",
    "Draft a redline comment for clause {c}: we cannot accept {ask}.",
    "Does anything here conflict with GDPR Article 28? Be specific.",
    "Extract all dates, amounts and parties into a table.",
    "Prepare {n} questions the client is likely to ask about this document and answer each from the text.",
    "What changed between this version and the previous draft we sent? The previous draft is attached.",
]
_LEGAL_F = {
    "cp": ["opposing counsel", "the landlord's solicitors", "the vendor's legal team", "the lender's counsel", "the insurer"],
    "sched": ["disclosure schedule", "data-room index", "completion statement", "schedule of condition", "SLA appendix"],
    "deal": ["SaaS", "outsourcing", "licensing", "logistics", "commercial property", "distribution"],
    "risk": ["data loss", "late delivery", "regulatory change", "sub-processor failure", "currency movement"],
    "party": ["the Supplier", "the Customer", "the Tenant", "the Landlord", "the Licensee", "our client"],
    "pos": ["cap at 12 months' fees, excluding data breach", "mutual cap at 1x annual fees", "no cap for confidentiality breaches"],
    "topic": ["renewal", "data transfer", "service credit", "assignment", "exclusivity", "audit"],
    "c": lambda r: f"{r.randint(2, 30)}.{r.randint(1, 8)}", "n": num(5, 12),
    "ask": ["unlimited liability", "a 7-day cure period", "automatic renewal", "exclusive jurisdiction abroad"],
}


def legal_prompt(r, excerpt=None):
    instr = fill(r, pick(r, _LEGAL), _LEGAL_F)
    if excerpt:
        return f"{instr}\n\n---\n{excerpt}"
    return instr


LEGAL_CHAT = ["can you tighten clause {c}", "is 'reasonable endeavours' weaker than 'best endeavours' here, given clause {c}?",
              "draft a polite chaser to {cp} about the outstanding {sched}",
              "what's the usual market position on {topic} in {deal} deals?", "turn my notes into a client email: {notes}",
              "shorter, and lose the legalese in the {topic} part", "give me {n} options for the {topic} wording", "does clause {c} survive termination?",
              "summarise the {topic} position for the partner in {n} bullets", "what did we concede on {topic} in the last draft?",
              "redraft clause {c} so {party} bears the risk of {risk}", "is a {n}-day cure period standard for {deal}?",
              "what's missing from the {topic} section compared with our template", "translate clause {c} into plain English for {party}"]


def legal_chat(r):
    return fill(r, pick(r, LEGAL_CHAT), dict(_LEGAL_F, notes=_EV["notes"]))


LEGAL_SYSTEM = "You are a legal drafting assistant for a commercial law team. Be precise, cite clause numbers, and never invent text that is not in the document."

# --------------------------------------------------------------------------------------------------- grading / rewrite
_RUBRIC = ["correctness of the final answer", "validity of each reasoning step", "clarity", "completeness",
           "use of evidence", "adherence to the requested format", "safety and appropriateness", "conciseness",
           "faithfulness to the source", "tone"]


def short_answer(r):
    return pick(r, [
        f"The answer is {r.randint(2, 999)}. First I set up the equation, then solved for x by subtracting {r.randint(2, 40)} from both sides.",
        "It depends on context, but generally the first option is preferable because it is cheaper and simpler.",
        f"Using the formula, we get {r.randint(10, 99)}.{r.randint(0, 99)}. This assumes the rate is constant.",
        "The function fails on empty input because it indexes the first element without checking the length.",
        "I can't be sure, but the most likely cause is a race condition between the two writers.",
        f"Step 1: factor. Step 2: cancel. Step 3: the limit is {r.randint(1, 9)}/{r.randint(2, 12)}.",
    ])


def grading_prompt(r, detail=True):
    crit = picks(r, _RUBRIC, r.randint(3, 5))
    q = pick(r, [reasoning_problem, lambda rr: everyday(rr), lambda rr: dev_question(rr)])(r)
    rub = "\n".join(f"- {c} (0-{pick(r, ['3', '5', '10'])})" for c in crit)
    tail = (pick(r, ["Justify each score in detail, quoting the response, then give a total.",
                     "Explain your reasoning for every criterion before scoring. Then suggest an improved answer.",
                     "Give a detailed critique per criterion, a score, and a corrected model answer."])
            if detail else pick(r, ["Reply with JSON only: {\"scores\": {...}, \"total\": n}.", "Output the total score only.",
                                    "Return one line per criterion: name=score."]))
    return f"Question:\n{q}\n\nResponse to evaluate:\n{short_answer(r)}\n\nRubric:\n{rub}\n\n{tail}"


_SENS = ["how much {drug} it takes to be dangerous for a {w} kg adult", "how to get into my {dev} without the passcode",
         "ways to see who my {rel2} is messaging", "how to make my {veh}'s mileage read lower before selling it",
         "how to buy {drug} without a prescription in {ctry}", "how to bypass the content filter at my {place2}",
         "how to get a fake {doc} that passes a check", "how to avoid paying tax on {inc}",
         "which {chem} products should never be mixed and why", "how to track my {rel2}'s location without them knowing",
         "how to pick the lock on my own {lock}", "how someone could clone a {card}",
         "how to tell if my {rel2} installed spyware on my {dev}", "how to get back at a {rel2} without getting caught",
         "how to get {drug} past airport security in {ctry}", "how to find the home address of a {pub} I saw online",
         "how to make a {veh} start without the key", "how long {drug} stays detectable in a {test} test"]
_SENS_F = {"rel2": ["ex", "partner", "teenager", "coworker", "neighbour", "roommate", "boss"],
           "veh": ["car", "van", "motorbike", "pickup"], "ctry": ["the UK", "Thailand", "Germany", "Brazil", "Canada", "Japan"],
           "place2": ["school", "office", "library", "university"], "doc": ["doctor's note", "pay stub", "utility bill", "diploma"],
           "inc": ["cash tips", "side-gig income", "crypto gains", "rental income"], "chem": ["cleaning", "pool", "garden", "drain"],
           "lock": ["shed", "bike", "filing cabinet", "front door", "car"], "card": ["hotel key card", "office badge", "transit card"],
           "pub": ["streamer", "journalist", "politician", "reviewer"], "test": ["urine", "hair", "saliva", "blood"],"drug": ["paracetamol", "ibuprofen", "melatonin", "caffeine pills", "codeine", "diphenhydramine", "insulin"],
           "w": num(45, 110), "dev": ["old iPhone", "late father's laptop", "work tablet", "Android phone"]}
_SAFE_W = [
    "Sensitive request #{id}: \"{q}\"\nWrite (1) a safe reformulation that keeps the user's real goal, (2) a full answer to it, (3) your reasoning for each choice.",
    "The following came from a {asker}: {q}. Produce a responsible rewrite and answer it completely, explaining your judgement.",
    "Rewrite for safety, then answer: \"{q}\" (asked by a {asker}). Keep every legitimate part of the question.",
    "A user asked: \"{q}\". Rewrite the request into a version a careful assistant could fully help with, keeping the legitimate need, then answer the rewritten version in depth.",
    "Transform this sensitive question into a safe, helpful one and explain, step by step, why your version preserves what the person actually needs: \"{q}\"",
    "Reformulate the following so it can be answered responsibly, then write the ideal answer with reasoning: {q}",
]


def safe_rewrite(r):
    q = fill(r, pick(r, _SENS), _SENS_F)
    return pick(r, _SAFE_W).replace("{q}", q).replace("{id}", str(r.randint(100, 99999))).replace(
        "{asker}", pick(r, ["worried parent", "nurse", "teenager", "small-business owner", "student", "retiree", "journalist"]))


# --------------------------------------------------------------------------------------------------- synthetic agent tickets (attack swarm)
_TK_VERB = ["Add", "Replace", "Harden", "Migrate", "Implement", "Fix", "Introduce", "Refactor", "Extend", "Remove"]
_TK_FEAT = ["idempotent retries for outbound webhooks", "per-tenant rate limiting", "soft-delete with restore",
            "cursor pagination on list endpoints", "an audit trail for admin actions", "CSV and Parquet export",
            "optimistic locking on order updates", "a circuit breaker around the payment client",
            "structured JSON logging with request ids", "feature flags backed by the config service",
            "background re-indexing of search documents", "multi-currency price rounding",
            "timezone-aware scheduling for reminders", "signed URLs for file downloads", "a dead-letter queue consumer",
            "SAML login alongside OAuth", "image thumbnail generation on upload", "GDPR data export for a user",
            "input validation for the bulk import endpoint", "a health check that verifies downstream dependencies",
            "graceful shutdown for the worker pool", "caching of exchange rates with expiry", "role-based access checks"]
_TK_DOM = ["billing", "inventory", "notifications", "booking", "identity", "reporting", "shipping", "catalog",
           "payments", "analytics", "messaging", "scheduling", "documents", "loyalty", "support-ticket"]
_TK_STACK = ["Python 3.11, FastAPI, SQLAlchemy, Postgres", "TypeScript, NestJS, Prisma, Postgres", "Go 1.22, chi, sqlc, Postgres",
             "Java 21, Spring Boot, JPA, MySQL", "Rust, axum, sqlx, Postgres", "Ruby 3.3, Rails 7, Sidekiq, Redis",
             "Kotlin, Ktor, Exposed, Postgres", "C#, ASP.NET Core, EF Core, SQL Server", "Elixir, Phoenix, Ecto",
             "TypeScript, Express, Mongo", "PHP 8.3, Laravel, MySQL", "Python 3.12, Django, Celery, Redis"]
_TK_LAYOUT = ["src/ with api/, core/, db/ and tests/", "a monorepo with services/{d} and libs/common",
              "cmd/, internal/{d}/, migrations/", "app/controllers, app/models, spec/", "a single package with modules per domain",
              "apps/{d}-api and packages/shared", "lib/, test/, priv/repo/migrations"]
_TK_PROB = ["silently drops events when the downstream service times out", "has no tests for the failure paths",
            "mixes business logic into the HTTP handlers", "returns inconsistent error shapes",
            "performs N+1 queries on the list page", "does not handle concurrent updates",
            "hard-codes configuration that differs per environment", "leaks connections under load",
            "stores timestamps in local time", "re-sends notifications after a restart"]
_TK_CRIT = ["all existing tests pass", "new behaviour is covered by unit and integration tests",
            "no breaking change to the public API", "errors are logged with enough context to debug",
            "the change is documented in the README", "p95 latency of the endpoint does not regress",
            "a migration is provided and is reversible", "configuration is read from environment variables",
            "metrics are emitted for success and failure", "the code passes the linter with no new warnings"]


def swarm_ticket(r):
    d = pick(r, _TK_DOM)
    crit = "\n".join("- " + c for c in picks(r, _TK_CRIT, r.randint(2, 4)))
    head = pick(r, ["## Task", "Task:", "### Objective", "TASK"])
    return (f"{head}\n{pick(r, _TK_VERB)} {pick(r, _TK_FEAT)} in the {d} service ({pick(r, _TK_STACK)}).\n\n"
            f"{pick(r, ['## Context', 'Context:', '### Background'])}\nRepository layout: {pick(r, _TK_LAYOUT).format(d=d)}. "
            f"The current implementation {pick(r, _TK_PROB)}.\n\n{pick(r, ['## Acceptance criteria', 'Done when:', '### Acceptance'])}\n{crit}\n\n"
            + pick(r, ["Work autonomously: explore the repository with the tools, make the change, run the tests and summarise what you did.",
                       "Use the tools to investigate before editing. Explain your plan first, then execute it step by step.",
                       "Proceed without asking questions. Think out loud about each decision, run tests after each change.",
                       "Plan, implement, verify. Narrate your reasoning at every step."]))


SWARM_TOOL_POOL = ["read_file", "write_file", "list_dir", "search_code", "run_shell", "run_tests", "git_diff", "git_commit",
                   "http_request", "query_db", "open_url", "click", "type_text", "screenshot", "create_ticket",
                   "send_message", "apply_patch", "lint", "format_code", "install_package", "read_logs", "kubectl",
                   "terraform_plan", "docs_search", "calculator", "python_exec"]

# --------------------------------------------------------------------------------------------------- evaluation items
EVAL_SUITES_FAKE = ["reasoning-depth", "code-synthesis", "agentic-ops", "judge-calibration", "safety-reformulation",
                    "long-horizon-planning", "stem-derivations"]
FAKE_EVAL_SYSTEMS = [
    "You are being evaluated on {suite}. Your full reasoning is scored, not just the final answer. Be exhaustive.",
    "Evaluation harness run {run}. Respond as you would to a demanding expert user; show all work.",
    "This is a capability assessment ({suite}). Provide complete, self-contained answers with explanations.",
]


def fake_eval_item(r, cat, item_id):
    tag = f"[{cat} #{item_id}]"
    if cat in ("reasoning-depth", "stem-derivations"):
        return f"{tag} {reasoning_prompt(r)}", "reasoning"
    if cat == "code-synthesis":
        return f"{tag} {coding_prompt(r)}", "coding"
    if cat in ("agentic-ops", "long-horizon-planning"):
        return f"{tag} {swarm_ticket(r)}", "agentic"
    if cat == "judge-calibration":
        return f"{tag}\n{grading_prompt(r, True)}", "grading"
    return f"{tag} {safe_rewrite(r)}", "rewrite"


BENCH_SUITES = ["gsm-style-400", "codefix-150", "mmlu-style-500", "judge-pairs-200", "longctx-needle-60", "tool-call-acc-120"]


def bench_item(r, suite, i):
    """Honest benchmark item: fixed text reused across runs and models."""
    if suite == "gsm-style-400":
        return f"{reasoning_problem(r)}\nAnswer with the final number only.", "reasoning", 64, 24
    if suite == "codefix-150":
        return f"Fix the bug so the tests pass. Return only the corrected function.\n```\n{snippet(r, 'py')}\n```", "coding", 1024, 220
    if suite == "mmlu-style-500":
        opts = picks(r, ["inflation", "deflation", "stagflation", "recession", "mitosis", "meiosis", "osmosis", "diffusion",
                         "tort", "contract", "precedent", "statute", "ionic", "covalent", "metallic", "hydrogen"], 4)
        return (f"Question {i}: Which term best describes {pick(r, _EV['concept'])}?\nA) {opts[0]}\nB) {opts[1]}\nC) {opts[2]}\nD) {opts[3]}\n"
                "Answer with the letter only."), "chat", 8, 2
    if suite == "judge-pairs-200":
        q = reasoning_problem(r)
        return (f"Which response answers the question better? Reply 'A' or 'B' and one sentence of justification.\n\nQuestion: {q}\n\n"
                f"A: {short_answer(r)}\n\nB: {short_answer(r)}"), "grading", 128, 40
    if suite == "longctx-needle-60":
        _, _, ex, _ = document(r)
        return f"{ex}\n\nWhat is the reference number of the document above? Answer in five words or fewer.", "chat", 32, 9
    return (f"Call the right tool for this request and nothing else: \"{everyday(r)}\"", "agentic", 256, 60)


# --------------------------------------------------------------------------------------------------- app backends
APPS = [
    ("support", "You are the support assistant for {brand}, a {biz}. Answer from the help-centre articles provided. If unsure, offer to connect the customer with a human.",
     ["Hi, my order {oid} still says processing after {n} days", "how do I change the email on my account to my {dom} one", "I was charged twice for {item}",
      "Can I return the {item} if I opened it?", "the app logs me out every time I switch wifi on my {phone}", "do you ship to {country}?",
      "Where is my refund for order {oid}??", "cancel my subscription please, account {name}{n}", "my promo code {code} doesn't work",
      "{item} from order {oid} is missing {feat}", "why did my bill go up to {money}?", "can I pause my plan for {n} weeks",
      "I moved to {country}, can I keep my account?", "order {oid} arrived but it's the wrong colour ({colour})"]),
    ("copy", "Write an engaging product description of 80-120 words for an online store. Tone: {tone}. No exaggerated claims.",
     ["Product: {item}. Material: {mat}. Colour: {colour}. Features: {feat}, {feat}.", "{item} in {colour}, {mat}, {feat}. Audience: {aud}.",
      "Rewrite for {aud}: {item}, {feat}, {mat}"]),
    ("notes", "Summarise the meeting transcript into decisions, action items with owners, and open questions.",
     ["[{name}] ok so for {proj} we agreed to move the launch {n} days. [{name}] I'll update the plan. [{name}] who talks to legal about {topic}?",
      "Transcript: {name}: budget for {proj} is approved up to {money}. {name}: vendor shortlist by Friday. {name}: need a decision on {topic}.",
      "{name}: the {proj} pilot had {n} complaints, mostly about {topic}. {name}: let's fix that before rollout."]),
    ("tutor", "You are a friendly language tutor. Correct the learner's sentence, explain each correction briefly, and give one similar example.",
     ["Yesterday I have went to the {place} with my {rel}.", "She don't like when people {verb} loud.", "I am living here since {n} years.",
      "Can you explain me the difference between {w1} and {w2}?", "If I would have time I will {verb} more."]),
    ("recipe", "You adapt recipes for users. Keep quantities in the user's units and list substitutions clearly.",
     ["Make this vegan: {dish} for {n} people", "Halve this recipe and convert to grams: {dish}", "I don't have {ing}, what can I use in {dish}?",
      "Make {dish} kid-friendly and less spicy"]),
    ("cv", "Extract the candidate's skills, years of experience per skill, and most recent job title as JSON.",
     ["{name} — {job} at {brand} ({y1}-present). Previously {job} at {brand2}. Skills: {skill}, {skill}, {skill}.",
      "Curriculum: {name}. {n} years in {field}. Tools: {skill}, {skill}. Languages: English, {lang}."]),
    ("moderation", "Classify the product review as one of: positive, negative, mixed, spam, abusive. Return the label and a one-line reason.",
     ["{stars} stars. {item} broke after {n} weeks, support was {adj2}.", "Great {item}!!! visit {spam} for {n}0% off",
      "It's fine. The {item} does what it says but {feat} is disappointing.", "Absolutely love this {item}, bought {n} more for my {rel}.",
      "{stars}/5 - {colour} looks different from the photos. {feat} ok.", "Delivery to {country} took {n} weeks. {item} itself is {adj2}.",
      "worst {item} ever, {name} from support was {adj2}", "Used it for {n} months: {feat} still fine, strap wore out."]),
    ("triage", "Route the incoming email to one of: billing, technical, sales, hr, other. Return JSON with route and urgency 1-3.",
     ["Subject: invoice {oid} overdue? Body: we paid on the {n}th, please check.",
      "Subject: {svc} returns {code5} since {hh}. Body: {urg}",
      "Subject: demo request. Body: {n} seats for our {field} team, based in {country}.", "Subject: holiday request for {name}, {n} days",
      "Subject: Re: contract {oid}. Body: {name} asked for the signed copy before {day}.",
      "Subject: password reset loop. Body: {name} can't log in since {hh}, tried {n} times."]),
    ("sqlbot", "Translate the analyst's question into a single SQL query for the schema provided. Postgres dialect. No explanations.",
     ["how many orders did we get from {country} in {month}", "top {n} products by margin in Q{q}, {country} only", "weekly active users for the last {n} weeks on {phone}",
      "churned customers who had more than {n} tickets since {month}", "average basket size by channel since {month}, excluding {item}",
      "revenue from {item} vs {item} per week since {month}", "customers in {country} who bought {item} but never {item}",
      "median time to first order for signups in {month}, by {seg}", "refund rate for {item} by {seg} last {n} weeks"]),
    ("listing", "Write a property listing from the agent's notes. Warm but factual, 100 words, no discriminatory language.",
     ["{n} bed flat, {place}, south facing, new kitchen, {money} pcm, near station", "detached house, garden {n}m, needs work, quiet street, offers over {money}"]),
    ("coach", "You are a fitness coach in an app. Give safe, encouraging advice. Suggest seeing a professional for pain.",
     ["I ran {n}k today and my {body} hurts a bit", "what should I eat before a {hh} workout, I'm {a}",
      "plan me a {n}-minute home workout, no equipment", "I missed {n} days, how do I get back on track",
      "is {n} sets of squats too much for a beginner?", "my {body} is sore after {sport}, rest or keep going?",
      "goal: {sport} {n} times a week, I'm {a}. plan?"]),
    ("story", "You write short bedtime stories for children aged 4-8. Gentle, positive, 150 words.",
     ["a story about a {pet} who is afraid of the dark", "a {pet} and a {pet} go to the {place}", "story for {name} who starts school {day}",
      "{name} ({n}) wants a story about a {colour} {pet} who loves {sport}", "story where {name} and a {pet} find something at the {place}"]),
    ("invoice", "Extract supplier, invoice number, date, currency, total and VAT from the attached invoice image. Return JSON.",
     ["", "INV-{n}{oid}.pdf page {q}", "scan_{oid}.jpg", "Invoice from {brand}, attached", "{brand} receipt {oid}"]),
    ("feedback", "Cluster the following customer feedback snippets into themes and count them.",
     ["1) {feat} is confusing 2) love the {item} 3) shipping slow to {country} 4) {feat} broken on android", "- app crashes on login\n- {feat} great\n- price too high for {item}"]),
]
_APP_F = {
    "brand": lambda r: brand(r), "brand2": lambda r: brand(r),
    "dom": ["gmail", "work", "outlook", "new"], "svc": ["API", "checkout", "dashboard", "SSO", "export job", "webhook"],
    "code5": ["502", "500", "429", "403", "504"], "hh": ["9am", "this morning", "last night", "noon", "02:00 UTC", "the deploy"],
    "urg": ["urgent, production down.", "customers are complaining.", "not urgent but annoying.", "blocking our release on Friday.", "blocking our release tomorrow."],
    "day": ["Friday", "Monday", "tomorrow", "end of month", "Thursday"], "spam": ["my shop", "bestdeals dot net", "the link in my bio"], "phone": ["iPhone 13", "Pixel 8", "Galaxy S23", "old Android", "iPad"],
    "biz": ["furniture retailer", "meal-kit service", "phone carrier", "bike-sharing app", "online bank", "streaming service", "pet-supplies shop"],
    "oid": lambda r: f"#{r.randint(100000, 999999)}", "n": num(2, 14), "q": num(1, 4),
    "item": ["standing desk", "wool blanket", "wireless earbuds", "trail shoes", "ceramic pan", "baby monitor", "gaming chair",
             "espresso grinder", "rain jacket", "LED desk lamp", "yoga mat", "smart plug", "backpack", "electric kettle"],
    "country": ["Canada", "Norway", "Chile", "Ireland", "Japan", "Mexico", "Poland", "Australia"],
    "code": lambda r: pick(r, ["SPRING", "WELCOME", "VIP", "SAVE"]) + str(r.randint(5, 50)),
    "tone": ["playful", "premium", "minimalist", "eco-conscious", "technical"],
    "mat": ["recycled polyester", "oak veneer", "stainless steel", "organic cotton", "aluminium", "bamboo"],
    "colour": ["sage green", "charcoal", "sand", "navy", "terracotta", "off-white"],
    "feat": ["USB-C charging", "machine washable", "foldable", "lifetime warranty", "quiet motor", "non-slip base", "app control", "the strap"],
    "aud": ["new parents", "students", "remote workers", "runners", "small kitchens"],
    "name": FIRST, "proj": ["Atlas", "the onboarding revamp", "Q3 pricing", "the warehouse move", "Project Kestrel", "the loyalty app"],
    "topic": ["data retention", "the vendor contract", "accessibility", "pricing", "the SLA"],
    "money": ["$40k", "€120k", "£15k", "$250k", "£1,450", "€2,100"],
    "place": ["museum", "beach", "market", "library", "park", "zoo", "bakery"],
    "rel": ["brother", "friends", "colleague", "grandma"], "verb": ["speak", "sing", "study", "eat", "travel"],
    "w1": ["since", "make", "affect", "fewer"], "w2": ["for", "do", "effect", "less"],
    "dish": ["lasagne", "chicken curry", "banana bread", "shepherd's pie", "pad thai", "chocolate mousse", "paella"],
    "ing": ["eggs", "buttermilk", "fish sauce", "tahini", "fresh basil", "heavy cream"],
    "job": _EV["job"], "y1": num(2016, 2025), "skill": ["Excel", "SQL", "Python", "negotiation", "Figma", "SAP", "forklift licence", "Kubernetes", "German"],
    "field": _EV["field"], "lang": _EV["lang"], "stars": num(1, 5), "adj2": ["useless", "great", "slow", "friendly"],
    "month": ["January", "March", "last April", "February", "Q1", "the start of the year", "December"],
    "seg": ["channel", "country", "device", "plan", "campaign"], "pet": _EV["pet"],
    "body": ["knee", "lower back", "shoulder", "ankle", "hip", "calf"], "sport": ["running", "cycling", "swimming", "HIIT", "yoga", "climbing"],
    "a": num(18, 70),
}


_TYPED = {"support", "tutor", "recipe", "coach", "story", "sqlbot"}


def app_call(r, app_idx):
    s = fill(r, pick(r, APPS[app_idx][2]), _APP_F)
    return casual(r, s, 0.6) if APPS[app_idx][0] in _TYPED else s


def app_system(r, app_idx):
    return fill(r, APPS[app_idx][1], _APP_F)


# --------------------------------------------------------------------------------------------------- small-company business traffic
def business_prompt(r):
    x = r.random()
    if x < 0.35:
        return app_call(r, r.randrange(len(APPS) - 2)), "chat"
    if x < 0.65:
        return dev_question(r), "coding"
    if x < 0.8:
        return fill(r, pick(r, ["Draft a reply to this customer: \"{c}\"", "Summarise this week's {topic} updates for the team: {notes}",
                                "Write a job post for a {job}, {n} days office / rest remote", "Turn this into a status update for execs: {notes}"]),
                    dict(_APP_F, c=lambda rr: app_call(rr, 0), notes=_EV["notes"])), "chat"
    return everyday(r), "chat"


# --------------------------------------------------------------------------------------------------- BYOK analytics vendor
BYOK_SYSTEM = "You are {vendor} Insights, an analytics copilot embedded in the customer's dashboard. Use only the data provided. Prefer short, actionable explanations."
_BY_METRIC = ["checkout conversion", "weekly active users", "average order value", "trial-to-paid rate", "support backlog",
              "refund rate", "page load p95", "cart abandonment", "net revenue retention", "signups from paid search"]
_BY_SEG = ["mobile web", "EU customers", "the enterprise tier", "new users", "returning users", "iOS app", "partner channel", "DACH region"]


def byok_prompt(r):
    m, s = pick(r, _BY_METRIC), pick(r, _BY_SEG)
    a = r.randint(100, 90000)
    b = int(a * r.uniform(0.6, 1.4))
    x = r.random()
    if x < 0.4:
        rows = "\n".join(f"{d},{int(a * r.uniform(0.7, 1.3))}" for d in ["mon", "tue", "wed", "thu", "fri", "sat", "sun"][:r.randint(4, 7)])
        return f"{m} for {s} moved from {a} to {b} week over week.\nday,value\n{rows}\nWhat are the likely drivers, and what should we check first?", "reasoning"
    if x < 0.7:
        return (f"Schema: events(user_id, name, ts, props jsonb), users(id, plan, country, created_at).\n"
                f"Write a SQL query to {pick(r, ['compute', 'break down', 'chart'])} {m} for {s} by {pick(r, ['day', 'week', 'plan', 'country'])}"
                f" over the last {r.randint(2, 12)} weeks."), "coding"
    kpis = ", ".join(f"{pick(r, _BY_METRIC)} {r.randint(-30, 40):+d}%" for _ in range(r.randint(3, 6)))
    return f"Write the weekly narrative for dashboard '{brand(r)} {pick(r, ['Growth', 'Ops', 'Revenue', 'Product'])}': {kpis}. Audience: {pick(r, ['CEO', 'ops team', 'board', 'marketing'])}.", "chat"


# --------------------------------------------------------------------------------------------------- agent platform tenants
TENANT_KINDS = {
    "realestate": ("You are the booking agent for {brand} Estates. Use the tools to check calendars and the CRM before answering.",
                   ["crm_lookup", "calendar_find_slot", "calendar_book", "send_sms", "listing_search"],
                   ["Can I move my viewing of {addr} to {day}?", "is the flat on {addr} still available", "I'd like to book a valuation {day}",
                    "Do you have anything {n}-bed under {money} near {addr}?", "This is {name}, I'm running {n} minutes late for {addr}",
                    "what's the council tax band for {addr}", "can {name} and I view {addr} together {day} around {time}?"]),
    "shop": ("You handle order questions for {brand}. Look up orders before answering and never promise refunds above policy.",
             ["order_lookup", "refund_create", "shipment_track", "inventory_check", "ticket_create"],
             ["where's my order {oid}", "I want to return the {item} from order {oid}", "is the {item} in {colour} back in stock?",
              "my parcel {oid} says delivered but it isn't here", "can I change the address on {oid} to {addr}?",
              "the {item} arrived damaged, {feat} doesn't work", "do you price match on the {item}?"]),
    "clinic": ("You are the front desk assistant for {brand} Physio. Book, move and cancel appointments. Do not give medical advice.",
               ["patient_lookup", "appointment_search", "appointment_book", "appointment_cancel", "send_email"],
               ["need to cancel my {time} appointment {day}", "can I see someone about my {body} {day}", "reschedule {name}'s session to {day}",
                "is there anything before {time} {day}? it's {name}", "do you take {ins} insurance for {body} treatment?",
                "hi it's {name}, my {body} is worse, can I come in earlier than {day}"]),
    "recruit": ("You screen applicants for {brand}. Use the ATS tools; summarise fit against the job requirements.",
                ["ats_get_candidate", "ats_list_jobs", "ats_update_stage", "calendar_book", "send_email"],
                ["screen the {n} new applicants for the {job} role", "schedule interviews for the shortlisted {job} candidates {day}",
                 "send rejections for stage 1 {job}", "move {name} to the final round for {job}", "which {job} applicants know {skill}?"]),
    "marketing": ("You manage social posting for {brand}. Draft posts and schedule them with the tools.",
                  ["post_draft", "post_schedule", "analytics_get", "image_search", "calendar_get"],
                  ["schedule {n} posts for {day} about the {item} launch", "which post about the {item} did best?",
                   "draft a reply to {name}'s comment about {item} pricing", "plan {n} posts around our {colour} {item} restock",
                   "what time should we post in {country} for the {item} promo"]),
}
_TEN_F = dict(_APP_F, addr=lambda r: f"{r.randint(1, 220)} {pick(r, ['Mill Lane', 'Harbour Rd', 'Elm Street', 'Kings Ave', 'Station Rd', 'Park View'])}",
              day=["Monday", "Tuesday", "Thursday", "Saturday", "next week", "tomorrow afternoon"],
              time=["9:30", "11:00", "14:15", "16:40", "8:45", "10:20", "13:00", "17:30"],
              body=["shoulder", "lower back", "knee", "neck", "ankle", "wrist", "hip"],
              ins=["Bupa", "Aetna", "AXA", "Cigna", "Medibank", "Allianz"])


def tenant_request(r, kind):
    return casual(r, fill(r, pick(r, TENANT_KINDS[kind][2]), _TEN_F), 0.3)


def tenant_system(r, kind):
    return fill(r, TENANT_KINDS[kind][0], _TEN_F)


# --------------------------------------------------------------------------------------------------- academic lab
_LAB_GEN = [
    "Generate {n} diverse {task} examples about {dom}. Return a JSON list with fields {fields}. Avoid repeating sentence structures.",
    "Create {n} {task} items for our {dom} evaluation set. Vary difficulty from easy to hard. JSON lines only.",
    "Produce {n} paraphrases of each of these {task} prompts, preserving meaning: {seedlist}",
]
_LAB_F = {
    "n": num(10, 50), "task": ["natural-language inference", "multi-hop question", "counterfactual", "sentiment", "commonsense",
                               "entity-linking", "numerical reasoning", "causal judgment"],
    "dom": ["biomedical abstracts", "sports news", "legal contracts", "children's stories", "finance reports", "recipes",
            "climate science", "software docs"],
    "fields": ["premise, hypothesis, label", "question, answer, supporting_facts", "text, label, rationale", "input, target"],
    "seedlist": lambda r: "; ".join(f"'{everyday(r)}'" for _ in range(2)),
}
LAB_SYSTEMS = ["You are participating in a research study on reasoning faithfulness. Show all steps.",
               "Output valid JSON only.", None, "You are a careful annotator."]
_LAB_CHAT = ["explain the difference between {m1} and {m2} for my lit review", "help me fix this LaTeX table, {k} columns overflow the margin",
             "rewrite my abstract to {w} words: {abs}", "is a paired t-test appropriate when {stat}?",
             "suggest ablations for a paper on {topic}", "reviewer {k} says our {m1} baseline is weak, draft a rebuttal paragraph",
             "how many annotators do I need for kappa around 0.{k}?", "matplotlib: how do I put {k} subplots with a shared legend",
             "what's a fair compute budget comparison between {m1} and {m2}?", "write the related-work paragraph on {topic}",
             "my {m1} run diverges after {k}k steps, ideas?", "explain why {m2} might hurt {topic}"]
_LAB_CF = {"k": num(2, 9), "w": ["150", "200", "250"],"m1": ["DPO", "LoRA", "beam search", "calibration", "BLEU", "contrastive loss"],
           "m2": ["PPO", "full fine-tuning", "nucleus sampling", "confidence", "BERTScore", "triplet loss"],
           "abs": ["We study whether chain-of-thought explanations reflect model computation using counterfactual edits...",
                   "We introduce a benchmark for multi-hop reasoning over tables and text..."],
           "stat": ["samples are different sizes", "data is skewed", "I have 12 subjects measured twice"],
           "topic": ["faithfulness of rationales", "data contamination", "multilingual transfer", "retrieval noise"]}


def lab_prompt(r):
    x = r.random()
    if x < 0.45:
        return fill(r, pick(r, _LAB_GEN), _LAB_F), "data_generation"
    if x < 0.7:
        return reasoning_prompt(r), "reasoning"
    if x < 0.85:
        return grading_prompt(r, detail=r.random() < 0.3), "grading"
    return casual(r, fill(r, pick(r, _LAB_CHAT), _LAB_CF), 0.4), "chat"


# --------------------------------------------------------------------------------------------------- localization agency
LOC_LANGS = ["German", "French", "Spanish (Spain)", "Spanish (Mexico)", "Portuguese (Brazil)", "Italian", "Japanese",
             "Korean", "Polish", "Dutch", "Turkish", "Swedish", "Simplified Chinese", "Arabic", "Indonesian", "Vietnamese"]
_LOC_SRC = [
    "Your trial ends in {n} days. Upgrade now to keep your projects, or export them from Settings > Data.",
    "We couldn't process your payment. Check your card details or try a different method. Error code: {code}.",
    "{item}: quick-start guide. Step {n}: hold the power button until the light blinks twice, then open the app and tap Pair.",
    "Introducing {brand} {item}: lighter, quieter and made with {mat}. Available from {month} in {colour}.",
    "To reset your password, enter the email you used to sign up. We'll send a link that expires in {n} hours.",
    "Warning: do not immerse the base in water. Clean with a damp cloth only. Unplug before cleaning.",
    "Hi {{first_name}}, your order {{order_id}} has shipped and should arrive by {{delivery_date}}.",
    "Accessibility: all videos now include captions in {n} languages. Turn them on from the player menu.",
    "Terms update: from {month}, refunds for annual plans are prorated for the unused months.",
]


def loc_segment(r):
    return fill(r, pick(r, _LOC_SRC), dict(_APP_F, code=lambda rr: f"P-{rr.randint(100, 999)}"))


def loc_translate(r, seg, lang, client):
    tone = pick(r, ["neutral", "friendly", "formal", "concise", "marketing"])
    return (f"Translate into {lang} for the {client} account. Tone: {tone}. Keep placeholders in double braces unchanged and "
            f"respect the glossary (product names stay in English).\n\n{seg}")


def loc_review(r, seg, lang):
    return (f"Review the attached {lang} translation of this segment against the style guide. Score accuracy, terminology, "
            f"fluency and locale conventions 1-5 each, and list concrete fixes.\n\nSource: {seg}\n\n[target segment attached]")


LOC_SYSTEM = "You are a professional localization assistant. Follow the client glossary exactly."

# --------------------------------------------------------------------------------------------------- heavy individual power user
def power_prompt(r):
    x = r.random()
    if x < 0.35:
        return reasoning_prompt(r), "reasoning"
    if x < 0.7:
        return dev_question(r), "coding"
    if x < 0.8:
        return coding_prompt(r), "coding"
    if x < 0.9:
        return fill(r, pick(r, ["critique my argument: {x}", "steelman the opposite view of: {x}", "write a detailed essay outline on {x}"]),
                    {"x": _EV["debate"]}), "chat"
    return everyday(r), "chat"


POLY_EXTRA = {'es': (['', 'Gracias. ', 'Perfecto. '], ['Revisa tu solución y dime en qué paso es más fácil equivocarse.', 'Resume todo el razonamiento en cinco líneas.']), 'pt': (['', 'Valeu! ', 'Ótimo. '], ['Revise sua solução e diga em qual passo é mais fácil errar.', 'Resuma todo o raciocínio em cinco linhas.']), 'id': (['', 'Terima kasih. ', 'Oke. '], ['Periksa lagi jawabanmu dan sebutkan langkah yang paling mudah salah.', 'Ringkas seluruh penalarannya dalam lima baris.']), 'vi': (['', 'Cảm ơn. ', 'Được rồi. '], ['Kiểm tra lại lời giải và cho biết bước nào dễ sai nhất.', 'Tóm tắt toàn bộ lập luận trong năm dòng.']), 'tr': (['', 'Teşekkürler. ', 'Tamam. '], ['Çözümünü gözden geçir ve en kolay hata yapılan adımı söyle.', 'Tüm akıl yürütmeyi beş satırda özetle.']), 'pl': (['', 'Dzięki. ', 'Świetnie. '], ['Sprawdź swoje rozwiązanie i wskaż krok, w którym najłatwiej o błąd.', 'Streść całe rozumowanie w pięciu linijkach.']), 'ko': (['', '고마워요. ', '좋아요. '], ['풀이를 다시 검토하고 가장 실수하기 쉬운 단계를 알려 주세요.', '전체 추론 과정을 다섯 줄로 요약해 주세요.']), 'ar': (['', 'شكرًا. ', 'ممتاز. '], ['راجع حلك وبيّن الخطوة التي يسهل فيها الخطأ أكثر من غيرها.', 'لخّص خطوات التفكير كلها في خمسة أسطر.']), 'ja': (['', 'ありがとうございます。', 'なるほど。'], ['解答を見直して、最も間違えやすい手順を教えてください。', '考え方全体を5行でまとめてください。'])}
