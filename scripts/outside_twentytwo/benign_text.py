"""Ordinary customer wording: chat, writing, coding help, homework, apps, agents."""

from lexicon import *  # noqa: F401,F403  (word banks only)
from textkit import (task, person, company, lang, sloppy, paragraph, meeting_notes, code_bug, reasoning_problem,
                     coding_spec, tool_result)


# ============================================================== everyday chat

def _chat_en(r):
    k = r.randrange(22)
    c = r.choice
    if k == 0:
        return "what's the easiest way to %s without %s?" % (c(HOUSE_TASKS), c(CONSTRAINTS))
    if k == 1:
        return ("I'm going to %s for %d days in %s with my %s. We like %s and %s. What should we not miss, and "
                "what's overrated?" % (c(CITIES), r.randrange(2, 9), c(MONTHS), c(RELATIONS), c(HOBBIES), c(HOBBIES)))
    if k == 2:
        return "Can you explain %s like %s?" % (c(CONCEPTS), c(AUDIENCES))
    if k == 3:
        return ("my %s turns %d next week and is really into %s. gift ideas under %s %s? nothing generic pls"
                % (c(RELATIONS), r.randrange(6, 90), c(HOBBIES), c(GIFT_BUDGETS), c(CURRENCIES)))
    if k == 4:
        return ("Give me a %d-day %s meal plan. I have %s and %s to use up and about %d minutes to cook each night."
                % (r.randrange(3, 8), c(DIETS), c(FOODS), c(FOODS), r.choice([15, 20, 30, 45])))
    if k == 5:
        a, b = c(PAIRS)
        return "What's the actual difference between %s and %s? %s" % (a, b, c(["I always mix them up", "",
            "asking for a %s" % c(JOBS), "my %s says there isn't one" % c(RELATIONS), "short answer please",
            "and which one should I use for %s?" % c(HOBBIES)]))
    if k == 6:
        x, y, why = c(DECISIONS)
        return "Help me decide: %s or %s for %s. Budget is tight-ish. Pros and cons please." % (x, y, why)
    if k == 7:
        return "Write a short %s message for %s, from the whole team. Warm but not cheesy." % (c(OCCASIONS), c(FIRST))
    if k == 8:
        return c(["", "", "quick question: ", "settle a debate - ", "my %s asked me " % c(RELATIONS),
                  "random but ", "for a pub quiz: "]) + c(TRIVIA) + "?"
    if k == 9:
        return ("What can I make for dinner with %s, %s and %s? No oven, just a stovetop."
                % (c(FOODS), c(FOODS), c(FOODS)))
    if k == 10:
        return ("I have a job interview for a %s role on %s. What questions should I expect and how do I answer "
                "'what's your biggest weakness' without sounding fake?" % (c(JOBS), c(WEEKDAYS)))
    if k == 11:
        return ("Is it a red flag if a landlord asks for %d months' rent upfront? I'm in %s."
                % (r.randrange(2, 7), c(CITIES)))
    if k == 12:
        return ("Plan a %d-minute workout I can do in a hotel room with no equipment. I have a bad %s."
                % (r.choice([15, 20, 25, 30, 40]), c(["knee", "lower back", "shoulder", "wrist", "ankle"])))
    if k == 13:
        return ("My %s and I keep arguing about %s. How do we talk about it without it turning into a fight?"
                % (c(RELATIONS), c(["chores", "money", "screen time", "holidays with family", "where to live",
                                     "the dog", "being late", "dishes"])))
    if k == 14:
        return ("Recommend %d books like %s but %s." % (r.randrange(3, 8), c(["The Martian", "Circe", "Project Hail Mary",
                "Normal People", "Sapiens", "The Night Circus", "Educated", "Dune", "Pachinko", "Klara and the Sun"]),
                c(["shorter", "less depressing", "with a female lead", "set in Asia", "funnier", "non-fiction",
                   "for a 14 year old", "more literary"])))
    if k == 15:
        return ("How much should I budget per day for food and transport in %s in %s? %s, %d of us."
                % (c(CITIES), c(MONTHS), c(["Mid-range, not luxury", "Backpacker style", "Comfortable but not fancy"]),
                   r.randrange(1, 6)))
    if k == 16:
        return ("whats a polite way to tell my %s i can't make it to their %s without offending them"
                % (c(RELATIONS), c(["wedding", "birthday dinner", "housewarming", "baby shower", "game night"])))
    if k == 17:
        n = r.randrange(2, 6)
        return ("Give me %d name ideas for a %s %s. Something short that's easy to spell."
                % (n + 3, c(["small", "family", "cozy", "weird", "neighbourhood"]),
                   c(["bakery", "podcast", "cat", "D&D campaign", "bookshop", "running club", "newsletter", "band"])))
    if k == 18:
        return ("I earn about %d a month after tax and spend %d on rent. How would you split the rest between "
                "savings, fun and paying off a %d credit card?" % (r.randrange(18, 90) * 100, r.randrange(6, 25) * 100,
                                                                  r.randrange(5, 120) * 100))
    if k == 19:
        return "Translate into %s, casual tone: \"%s\"" % (
            c(["Spanish", "French", "German", "Italian", "Japanese", "Portuguese"]),
            c(["Are we still on for Saturday? I can bring dessert.", "Sorry I missed your call, can I ring you tonight?",
               "The keys are under the blue pot by the door.", "Congrats on the new place!! Can't wait to see it",
               "Running ten minutes late, order me whatever you're having"]))
    if k == 20:
        return ("Is %s safe to eat if it's been in the fridge for %d days? %s" % (c(FOODS), r.randrange(3, 12), c([
            "", "it smells fine", "it was cooked", "the container was open", "asking before I feed my %s" % c(RELATIONS)])))
    return ("Summarise the plot of %s in %d sentences, no spoilers past the first act." %
            (c(["Hamlet", "Inception", "Pride and Prejudice", "The Wire", "Spirited Away", "Breaking Bad",
                "One Hundred Years of Solitude", "Succession", "Dark", "Arcane"]), r.randrange(3, 7)))


_INTL = {
    "es": [lambda r: "¿Qué puedo cocinar con %s y %s en menos de %d minutos?" % (r.choice(["arroz", "garbanzos", "huevos", "espinacas"]), r.choice(["atún", "pollo", "tomates", "queso"]), r.choice([15, 20, 30])),
           lambda r: "Explícame %s de forma sencilla, por favor." % r.choice(["la inflación", "cómo funciona una hipoteca", "qué es un ETF", "el cambio climático"]),
           lambda r: "Escribe un mensaje de %s para mi %s, algo corto y cariñoso." % (r.choice(["cumpleaños", "agradecimiento", "despedida"]), r.choice(["abuela", "jefe", "amiga", "hermano"])),
           lambda r: "Voy a %s %d días, ¿qué me recomiendas ver?" % (r.choice(CITIES), r.randrange(2, 8))],
    "de": [lambda r: "Wie kann ich %s, ohne gleich einen Handwerker zu rufen?" % r.choice(["einen tropfenden Wasserhahn reparieren", "Schimmel im Bad entfernen", "die Heizung entlüften"]),
           lambda r: "Kannst du mir %s einfach erklären?" % r.choice(["die Steuererklärung", "ETFs", "den Unterschied zwischen Brutto und Netto", "die Wärmepumpe"]),
           lambda r: "Formuliere diese E-Mail etwas höflicher: %s" % r.choice(["Ich brauche die Unterlagen bis Freitag.", "Das Angebot ist zu teuer.", "Wir können den Termin nicht halten."]),
           lambda r: "Schreib mir einen Wochenplan fürs Lernen, Prüfung in %d Wochen, Fach %s." % (r.randrange(2, 7), r.choice(["Statistik", "BWL", "Chemie", "Jura"]))],
    "fr": [lambda r: "Peux-tu m'expliquer %s simplement ?" % r.choice(["l'inflation", "le fonctionnement d'un crédit immobilier", "la photosynthèse", "les cryptomonnaies"]),
           lambda r: "Aide-moi à écrire une lettre de motivation pour un poste de %s." % r.choice(["vendeur", "assistante RH", "développeur junior", "infirmier"]),
           lambda r: "Idées de recettes avec %s et %s ?" % (r.choice(["courgettes", "lentilles", "poulet", "poireaux"]), r.choice(["fromage", "riz", "pâtes", "champignons"]))],
    "pt": [lambda r: "Me explica %s de um jeito fácil?" % r.choice(["juros compostos", "o imposto de renda", "como funciona o Pix", "a diferença entre CDB e Tesouro"]),
           lambda r: "Escreve uma mensagem de %s para minha %s." % (r.choice(["aniversário", "agradecimento", "boas-vindas"]), r.choice(["mãe", "chefe", "amiga", "professora"])),
           lambda r: "Vou viajar para %s em %s, o que vale a pena?" % (r.choice(CITIES), r.choice(["julho", "dezembro", "abril"]))],
    "ja": [lambda r: "%sについて、初心者にもわかるように説明してください。" % r.choice(["インフレ", "NISA", "量子コンピュータ", "円安"]),
           lambda r: "%sで%d日間の旅行プランを作ってください。" % (r.choice(["京都", "札幌", "沖縄", "大阪"]), r.randrange(2, 5)),
           lambda r: "上司へのメールを丁寧に直してください：%s" % r.choice(["明日の会議に遅れます。", "資料はまだできていません。", "来週休みを取りたいです。"])],
    "it": [lambda r: "Come si fa %s?" % r.choice(["il ragù vero", "a togliere il calcare dalla doccia", "a chiedere un aumento"]),
           lambda r: "Spiegami %s in parole semplici." % r.choice(["lo spread", "l'IVA", "la fotosintesi"])],
    "pl": [lambda r: "Jak napisać %s?" % r.choice(["reklamację do sklepu", "CV na stanowisko kierownika", "podanie o urlop"]),
           lambda r: "Wytłumacz mi %s jak dziecku." % r.choice(["inflację", "kredyt hipoteczny", "PIT"])],
    "id": [lambda r: "Tolong jelaskan %s dengan bahasa sederhana." % r.choice(["inflasi", "reksa dana", "pajak penghasilan"]),
           lambda r: "Buatkan caption Instagram untuk %s." % r.choice(["toko kue saya", "kafe baru", "jualan baju"])],
    "ko": [lambda r: "%s 쉽게 설명해 줘." % r.choice(["금리 인상", "ETF", "전세 제도"]),
           lambda r: "%s 관련 자기소개서 첫 문단 써 줘." % r.choice(["마케팅", "개발자", "간호사"])],
    "tr": [lambda r: "%s nasıl yapılır?" % r.choice(["mercimek çorbası", "bütçe planı", "özgeçmiş"]),
           lambda r: "Bana %s basitçe anlatır mısın?" % r.choice(["enflasyonu", "kripto parayı", "faizi"])],
}


def chat(r, language="en"):
    if language != "en" and language in _INTL and r.random() < 0.45:
        p = r.choice(_INTL[language])(r)
        return task(p, "chat", (120, 700), cjk=language in ("ja", "ko"))
    return task(sloppy(r, _chat_en(r)), "chat", (80, 650))


_FOLLOW = [
    lambda r: "thanks! can you make it shorter?",
    lambda r: "ok, and what if I only have %d minutes?" % r.choice([5, 10, 15, 20, 30, 45]),
    lambda r: "can you do that as a table",
    lambda r: "hmm that's not quite it. more casual please",
    lambda r: "What would you change if it was for my %s instead?" % r.choice(RELATIONS),
    lambda r: "perfect, thank you",
    lambda r: "wait, why is that?",
    lambda r: "Can you give me %d more options?" % r.randrange(2, 11),
    lambda r: "less formal pls",
    lambda r: "and in %s?" % r.choice(["Spanish", "French", "German", "Japanese", "bullet points", "plain English"]),
    lambda r: "Could you double check the %s point? that doesn't sound right" % r.choice(["second", "third", "last", "first"]),
    lambda r: "great. now a version for %s" % r.choice(["my boss", "a 10 year old", "Instagram", "a cover letter", "LinkedIn"]),
    lambda r: "ok but cheaper",
    lambda r: "explain the last part again",
    lambda r: "make it rhyme lol",
    lambda r: "Is there a source for that?",
    lambda r: "what about for someone in %s" % r.choice(CITIES),
    lambda r: "shorter, and drop the emojis",
    lambda r: "ok now do one for my %s" % r.choice(RELATIONS),
    lambda r: "can you add a bit about %s?" % r.choice(HOBBIES),
    lambda r: "what would a %s say about this?" % r.choice(JOBS),
    lambda r: "try again but for %d people" % r.randrange(2, 40),
    lambda r: "nice. what about %s in %s?" % (r.choice(HOBBIES), r.choice(CITIES)),
    lambda r: "how long would that take for a %s?" % r.choice(JOBS),
    lambda r: "rewrite it in %d words max" % r.choice([50, 80, 100, 150, 200]),
    lambda r: "and if my budget is %d?" % (r.randrange(2, 60) * 50),
    lambda r: "could you put that in an email to %s" % r.choice(FIRST),
    lambda r: "I don't have %s, what can I use instead?" % r.choice(FOODS),
    lambda r: "%s says that's wrong, who's right?" % r.choice(FIRST),
]


_TAILS = [lambda r: " - it's for %s" % r.choice(RELATIONS + JOBS), lambda r: " (%s)" % r.choice(
    ["sorry", "no rush", "quick one", "last thing", "I promise", "again lol", "on mobile, excuse typos"]),
    lambda r: ", we're in %s" % r.choice(CITIES), lambda r: " by %s if possible" % r.choice(WEEKDAYS),
    lambda r: " for %d of us" % r.randrange(2, 12)]


def follow_up(r):
    f = r.choice(_FOLLOW)(r)
    if r.random() < 0.4:
        f = f.rstrip("?") + r.choice(_TAILS)(r)
    return task(sloppy(r, f), "chat", (40, 400))


# ============================================================== writing

def writing(r):
    k = r.randrange(14)
    c = r.choice
    if k == 0:
        return task("Write a cover letter for a %s position at %s. I have %d years of experience in %s and I'm "
                    "switching from %s. Keep it under 300 words."
                    % (c(JOBS), company(r), r.randrange(1, 15), c(["retail", "hospitality", "teaching", "logistics",
                                                                    "nursing", "sales", "the army", "finance"]),
                       c(JOBS)), "chat", (300, 700))
    if k == 1:
        return task("Proofread this and fix grammar only, don't change my voice:\n\n" + paragraph(r), "rewrite", (80, 400))
    if k == 2:
        return task("Rewrite this so it sounds less passive-aggressive:\n\"%s\"" % r.choice([
            "As per my last email, the %s was due %s." % (c(NOUNS), c(WEEKDAYS)),
            "Not sure if you saw my message but I still need the %s." % c(NOUNS),
            "Going forward, please loop me in before changing the %s." % c(NOUNS),
            "Thanks for finally getting back to me about the %s." % c(NOUNS)]), "rewrite", (60, 250))
    if k == 3:
        return task("Give me an outline for a blog post about %s for %s. Catchy title options too."
                    % (c(TOPICS_GENERAL), c(["beginners", "small business owners", "parents", "retirees", "students"])),
                    "chat", (300, 900))
    if k == 4:
        return task("Summarise this in 3 bullet points for my boss:\n\n" + paragraph(r, r.randrange(3, 7)), "chat", (60, 220))
    if k == 5:
        return task("Write a product description for our %s. Audience: %s. Tone: %s. ~%d words."
                    % (c(PRODUCTS), c(["busy parents", "outdoor people", "remote workers", "students", "gift shoppers"]),
                       c(["playful", "premium", "no-nonsense", "warm"]), r.choice([60, 80, 120, 150])), "chat", (100, 300))
    if k == 6:
        return task("Draft a LinkedIn post announcing that I'm leaving %s after %d years to join %s as %s. Humble, "
                    "no cringe." % (company(r), r.randrange(2, 12), company(r), c(JOBS)), "chat", (120, 350))
    if k == 7:
        return task("Make this paragraph clearer and more concise:\n\n" + paragraph(r), "rewrite", (80, 350))
    if k == 8:
        return task("Write a short story opening (about 200 words) where %s finds %s in %s."
                    % (person(r), c(["an old letter", "a key that fits nothing", "a stray dog", "a map", "a photograph"]),
                       c(CITIES)), "chat", (250, 500))
    if k == 9:
        return task("Help me reply to this email from a client. They're annoyed. I want to apologise but not admit "
                    "fault for the delay.\n\n" + paragraph(r, 3), "chat", (150, 400))
    if k == 10:
        return task("Turn these meeting notes into a tidy summary with action items and owners:\n" + meeting_notes(r),
                    "chat", (150, 450))
    if k == 12:
        return task("Write a %s of about %d words on %s. %s" % (
            c(["detailed report", "short story", "long blog post", "study guide", "chapter draft", "grant narrative"]),
            c([1500, 2000, 2500, 3000]), c(TOPICS_GENERAL),
            c(["Use headings.", "Make it engaging for non-experts.", "Include examples.", ""])),
            "chat", (1800, 4800), mt=c([4096, 8192, 8192, 16000]))
    return task("Write a toast for my %s's %s. Funny but not embarrassing, under 2 minutes spoken."
                % (c(RELATIONS), c(["wedding", "50th birthday", "retirement party", "graduation"])), "chat", (200, 500))


# ============================================================== coding help

def coding_help(r):
    k = r.randrange(11)
    c = r.choice
    if k in (0, 1):
        lg, err, code = code_bug(r)
        fence = "python" if lg == "Python" else "js"
        return task("%s\n\n```%s\n%s\n```\n%s" % (
            c(["getting this error, no idea why:", "Why does this throw?", "help, this keeps failing:",
               "Can you explain this error?", "I'm stuck on this:"]) + " " + err, fence, code,
            c(["", "running it locally", "works on my machine but not in CI", "python 3.11", "node 20"])),
            "coding", (200, 900))
    if k == 2:
        return task("How do I %s in %s?" % (c([
            "read a CSV and group rows by a column", "parse dates with time zones", "retry a failed HTTP request",
            "paginate through an API that uses cursors", "write unit tests for a function that calls the network",
            "deduplicate a list while keeping order", "stream a large file upload", "hash passwords properly",
            "convert a timestamp to the user's local time", "run two tasks concurrently and wait for both",
            "read environment variables with defaults", "debounce a search input"]), lang(r)), "coding", (200, 900))
    if k == 3:
        t1, t2 = r.sample(TABLES, 2)
        f = r.sample(FIELDS, 4)
        return task("SQL question. I have %s(%s, %s, %s) and %s(%s, %s). How do I get, for each %s, the %s with "
                    "the highest %s in the last %d days? Postgres."
                    % (t1, f[0], f[1], f[2], t2, f[0], f[3], f[0], t1[:-1], f[2], r.choice([7, 30, 90])),
                    "coding", (200, 700))
    if k == 4:
        return task("what does this regex do and is there a bug? `%s`" % c([
            r"^(?:[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*)@[a-z0-9-]+\.[a-z]{2,}$",
            r"(\d{1,3}\.){3}\d{1,3}", r"^\+?[1-9]\d{1,14}$", r"(?<=\$)\d+(\.\d\d)?", r"^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$",
            r"\b(\w+)\s+\1\b", r"^(?=.*[A-Z])(?=.*\d).{8,}$"]), "coding", (150, 500))
    if k == 5:
        return task("Write a %s function that %s. Keep it simple, I'm learning." % (lang(r), coding_spec(r)),
                    "coding", (250, 1100))
    if k == 6:
        return task("Can you review this and suggest improvements?\n\n```\n%s\n```" % code_bug(r)[2], "coding", (250, 900))
    if k == 7:
        return task("Explain the difference between %s in %s with a tiny example." % (c([
            "async/await and threads", "an interface and an abstract class", "a shallow and a deep copy",
            "map and flatMap", "== and ===", "a process and a thread", "PUT and PATCH", "composition and inheritance",
            "optimistic and pessimistic locking"]), lang(r)), "coding", (200, 700))
    if k == 8:
        return task("My docker build takes %d minutes every time even if I only change one file. Dockerfile copies "
                    "everything then runs %s. How do I speed it up?" % (r.randrange(4, 25), c(["pip install", "npm ci",
                    "go build", "mvn package", "bundle install"])), "coding", (200, 700))
    if k == 10:
        return task("Generate a complete %s module that %s, with docstrings, error handling and a test file. "
                    "Show every file in full." % (lang(r), coding_spec(r)), "coding", (1500, 6000),
                    mt=c([8192, 16000, 16000, 32000]))
    return task("Write a bash one-liner that %s." % c([
        "finds the 10 largest files under the current directory", "renames all .jpeg files to .jpg",
        "counts lines of code per file extension", "kills whatever is listening on port %d" % r.choice([3000, 8080, 5432]),
        "tails a log and highlights lines containing ERROR", "backs up a folder with today's date in the name"]),
        "coding", (60, 300))


# ============================================================== student

def student(r):
    k = r.randrange(6)
    c = r.choice
    if k in (0, 1):
        prob, _ = reasoning_problem(r)
        return task(c(["can someone explain how to do this? ", "I got this on my homework and I'm lost: ",
                       "How do I even start this one? ", "Check my reasoning please. ", ""]) + prob +
                    c(["", " I got %d but the answer key says otherwise." % r.randrange(2, 400),
                       " We're on chapter %d if that helps." % r.randrange(3, 14)]), "reasoning", (300, 1500),
                    think=(200, 2500) if r.random() < 0.25 else None)
    if k == 2:
        return task("Give me an essay outline on %s, %d words, with a thesis I can actually defend."
                    % (c(SCHOOL_SUBJECTS), c([800, 1000, 1500, 2000])), "chat", (300, 800))
    if k == 3:
        return task("Quiz me on %s. Ask one question at a time." % c(SCHOOL_SUBJECTS), "chat", (40, 200))
    if k == 4:
        return task("Explain %s simply, I have an exam %s." % (c(SCHOOL_SUBJECTS), c(["tomorrow", "on Monday", "in an hour",
                    "next week"])), "chat", (250, 800))
    return task("Is this thesis statement strong enough? \"%s\"" % c([
        "Social media has both good and bad effects on teenagers.",
        "The Industrial Revolution changed the world in many ways.",
        "Shakespeare uses imagery to show that ambition leads to ruin.",
        "Renewable energy is important for the future."]), "chat", (150, 400))


# ============================================================== apps (programmatic but legitimate)

def app_family(r):
    """Pick what a small app does; returns (kind, system prompt, company)."""
    kind = r.choice(["support", "summarise", "sentiment", "extract", "translate", "tag", "receipt", "rewrite_copy",
                     "support", "sentiment", "faq"])
    co = company(r)
    sysmap = {
        "support": "You are the support assistant for %s. Answer politely in two short paragraphs at most. If you "
                   "can't help, offer a handoff to a human." % co,
        "summarise": "Summarise internal documents for %s staff. Bullets, no preamble." % co,
        "sentiment": "Classify customer feedback. Reply with exactly one word: positive, negative or neutral.",
        "extract": "Extract fields as JSON with keys vendor, date, total, currency. Use null when missing.",
        "translate": "You translate product listings for %s. Keep brand names unchanged." % co,
        "tag": "Assign 1-3 tags from this list: billing, shipping, returns, account, bug, feature_request, other. "
               "Output comma-separated tags only.",
        "receipt": "Read receipts from photos and return merchant, total and date as JSON.",
        "rewrite_copy": "Rewrite marketing copy for %s in the brand voice: friendly, direct, no exclamation marks." % co,
        "faq": "Answer questions about %s using only the FAQ provided in the conversation. Say 'I don't know' otherwise." % co,
    }
    return kind, sysmap[kind], co


_COMPLAINTS = ["my order #{n} still hasn't arrived and tracking hasn't updated since {d}",
               "I was charged twice for my subscription this month",
               "the {p} I got is the wrong size, how do I exchange it",
               "can't log in, the reset email never comes",
               "the app crashes when I open the cart on android",
               "do you ship to {c}?", "how do I cancel before the trial ends",
               "the {p} stopped working after {n2} days", "can I change my delivery address for order {n}",
               "is the {p} dishwasher safe", "your promo code SPRING{n2} isn't working"]


_GREET = ["", "", "hi, ", "Hello, ", "hey ", "Good morning, ", "URGENT: ", "Hi there. "]
_SIGN = ["", "", "", " thanks", " - %s", " Regards, %s", " pls help", " (order placed on %s)"]


def _complaint(r):
    c = r.choice
    s = c(_COMPLAINTS).format(n=r.randrange(10000, 999999), d=c(WEEKDAYS), p=c(PRODUCTS), c=c(CITIES),
                              n2=r.randrange(2, 60))
    sg = c(_SIGN)
    if "%s" in sg:
        sg = sg % (c(WEEKDAYS) if "order" in sg else c(FIRST))
    return c(_GREET) + s + sg


_REV_A = ["Delivery was fast but", "Honestly", "Bought this for my %s and" , "After %d weeks,", "Second one I've bought,",
          "Gift for my %s -", "Not sure yet but", "Five stars:", "One star.", "Meh."]
_REV_B = ["the %s feels cheap", "I love this %s", "the %s is fine I guess", "the %s broke already",
          "the %s is exactly as described", "the %s is smaller than the photos", "the %s arrived scratched",
          "the %s does what it says", "the %s is worth every penny", "the %s stopped charging"]
_REV_C = ["", ".", "!!", ", would buy again.", ". Returning it.", ", customer service was great.", " :(",
          ". Packaging was a mess.", ", took %d days to arrive."]


def _review(r):
    c = r.choice
    a = c(_REV_A)
    if "%s" in a:
        a = a % c(RELATIONS)
    elif "%d" in a:
        a = a % r.randrange(1, 12)
    t = c(_REV_C)
    if "%d" in t:
        t = t % r.randrange(2, 30)
    return "%s %s%s" % (a, c(_REV_B) % c(PRODUCTS), t)


def app_request(r, kind):
    c = r.choice
    if kind in ("support", "faq"):
        return task(sloppy(r, _complaint(r)), "chat", (60, 260))
    if kind == "summarise":
        return task(meeting_notes(r) if r.random() < 0.5 else paragraph(r, r.randrange(4, 9)), "chat", (60, 240))
    if kind == "sentiment":
        return task(_review(r), "chat", (1, 4), mt=5)
    if kind == "extract":
        return task("%s\nInvoice no. %d\nDate: 2026-0%d-%02d\n%d x %s  @ %d.%02d\nTotal due: %d.%02d %s" % (
            company(r), r.randrange(1000, 99999), r.randrange(1, 4), r.randrange(1, 29), r.randrange(1, 9), c(PRODUCTS),
            r.randrange(5, 300), r.randrange(100), r.randrange(20, 3000), r.randrange(100), c(["EUR", "USD", "GBP"])),
            "chat", (30, 70), mt=256)
    if kind == "translate":
        return task("Translate to %s:\n%s" % (c(["German", "French", "Spanish", "Japanese", "Dutch", "Italian"]),
                    "%s — %s. Ships in %d days." % (c(PRODUCTS).title(), c(["built to last", "our bestseller",
                    "now in three colours", "made from recycled materials"]), r.randrange(1, 10))), "rewrite", (30, 120))
    if kind == "tag":
        return task(_complaint(r), "chat", (2, 8), mt=20)
    if kind == "receipt":
        return task(c(["", "receipt %s" % company(r), "expense claim %d, read the total" % r.randrange(100, 99999),
                       "scan %d" % r.randrange(1, 99999), "upload_%d.jpg" % r.randrange(10 ** 6)]), "vision", (30, 90),
                    img=True, mt=300)
    return task("Rewrite: %s" % c(["Our %s is the best on the market and you will love it!!!",
                                   "Buy the %s today and save big!",
                                   "The %s: engineered for people who demand more."]) % c(PRODUCTS), "rewrite", (30, 120))


# ============================================================== coding agents (legit)

AGENT_TOOLS = [["bash", "read_file", "edit_file", "grep", "list_dir"], ["bash", "str_replace_editor", "view"],
               ["read_file", "write_file", "run_tests", "search_code"],
               ["shell", "apply_patch", "read_file", "web_fetch"]]


def agent_first(r):
    c = r.choice
    p = c([
        "Run the test suite and fix whatever is failing in %s" % c(["the parser", "auth middleware", "the billing module",
                                                                     "src/utils/dates.ts", "the CLI", "the exporter"]),
        "Add a --%s flag to the CLI and document it" % c(["dry-run", "verbose", "since", "format", "limit"]),
        "Refactor %s to remove the duplicated validation logic" % c(["handlers/orders.py", "lib/cart.js", "pkg/api/users.go"]),
        "Why is the %s endpoint slow? Profile it and propose a fix" % c(["/search", "/reports", "/export", "/feed"]),
        "Upgrade %s to the latest major version and fix the breaking changes" % c(["React", "pydantic", "Django",
                                                                                   "express", "tokio", "Spring Boot"]),
        "Write tests for %s; coverage is below %d%%" % (c(["the retry logic", "date parsing", "the queue consumer"]),
                                                       r.randrange(30, 70)),
        "Rename %s to %s across the codebase" % (c(FIELDS), c(FIELDS)),
    ])
    return p


def agent_step(r, tools, first, turns):
    if first:
        return task(agent_first(r), "agentic", (80, 500), tools=tools, tc=r.randrange(1, 3), stop="tool_use")
    x = r.random()
    if x < 0.35:
        return task("", "agentic", (40, 500), tools=tools, tc=r.randrange(1, 4), stop="tool_use")
    if x < 0.8:
        return task(tool_result(r, tools), "agentic", (40, 500), tools=tools, tc=r.randrange(1, 4), stop="tool_use")
    return task(r.choice(["looks good, continue", "no, keep the old behaviour for v%d clients" % r.randrange(1, 4),
                          "also update the changelog for %d.%d.%d" % (r.randrange(0, 5), r.randrange(20), r.randrange(10)),
                          "run the linter too", "stop, revert that last change", "ok commit it",
                          "ok commit it as \"fix %s handling\"" % r.choice(FIELDS),
                          "the %s test still fails on CI" % r.choice(FIELDS), "also handle the case where %s is null" %
                          r.choice(FIELDS), "use %s instead" % r.choice(["a dataclass", "a map", "async", "a generator",
                                                                         "the existing helper", "pathlib"])]),
                "agentic", (60, 400),
                tools=tools, tc=r.randrange(0, 3), stop="tool_use")


# ============================================================== enterprise staff

def enterprise_staff(r):
    k = r.randrange(5)
    if k == 0:
        return writing(r)
    if k == 1:
        return coding_help(r)
    if k == 2:
        return task("Draft a one-page brief on the %s for the leadership team. Risks, timeline, ask." % r.choice(NOUNS),
                    "chat", (300, 800))
    if k == 3:
        return task("Turn this into a customer-facing status update:\n" + paragraph(r), "rewrite", (100, 300))
    return task("Summarise these notes:\n" + meeting_notes(r), "chat", (100, 300))
