"""Request builders for ordinary people and ordinary software (benign phrasing)."""

import text as T
from text import pick, casual, cap1


CODE_CTX = ["I'm on Python 3.{a}.", "This is for our {w} service.", "Our {w} table has about {n}k rows.",
            "Using Node {b} if that matters.", "It runs in a Lambda with {n} MB memory.", "Team style guide says no classes.",
            "We deploy on Kubernetes.", "Tests use pytest.", "The {w} module is legacy, don't touch its API.",
            "It's for a side project.", "CI is GitHub Actions.", "We're stuck on Java {c}."]
LIFE_CTX = ["I live in {city}.", "Budget is around ${n}.", "I'm {age}, if that matters.", "We have {k} kids.",
            "My {rel} is visiting next week.", "I'm vegetarian.", "I only have {k} hours.", "It's for {rel}.",
            "I'm a complete beginner.", "I tried googling but got confused."]


def with_context(rng, s, bank, p=0.35):
    if rng.random() >= p:
        return s
    c = pick(rng, bank).format(a=rng.randint(8, 13), b=rng.choice([18, 20, 22]), c=rng.choice([8, 11, 17]),
                               w=pick(rng, T.IDENTS), n=rng.randint(2, 900), city=pick(rng, T.CITIES),
                               age=rng.randint(16, 80), k=rng.randint(1, 5), rel=pick(rng, T.RELS))
    return (c + " " + s) if rng.random() < 0.3 else (s + " " + c)


def benign_reasoning(rng):
    p = T.reasoning_item(rng)
    k = rng.randrange(8)
    if k == 0:
        return p
    if k == 1:
        return casual(rng, "can you help me with this: " + p)
    if k == 2:
        return "I got %d for this but the answer key says something else, where did I go wrong? %s" % (rng.randint(2, 900), p)
    if k == 3:
        return casual(rng, "my kid's homework, I don't remember how to do this one. " + p)
    if k == 4:
        return "%s\n\nJust the answer please." % p
    if k == 5:
        return "How would you approach this? %s" % p
    if k == 6:
        return casual(rng, "can you show the steps for this one? " + p, 0.3)
    return "Quick sanity check: %s" % p


def benign_coding(rng):
    return with_context(rng, _benign_coding(rng), CODE_CTX, 0.4)


def _benign_coding(rng):
    k = rng.randrange(8)
    lang, task = T.code_task(rng)
    if k == 0:
        return casual(rng, "how do I write %s in %s?" % (task, lang))
    if k == 1:
        return "I'm getting `%s` and I don't understand why." % T.error_line(rng)
    if k == 2:
        _, sn = T.snippet(rng)
        return "%s\nwhat's wrong with this?" % sn
    if k == 3:
        _, sn = T.snippet(rng)
        return "Can you explain what this does?\n\n%s" % sn
    if k == 4:
        return "Write %s in %s." % (task, lang)
    if k == 5:
        _, sn = T.snippet(rng)
        return "Refactor this to be more readable, same behaviour:\n```\n%s```" % sn
    if k == 6:
        return casual(rng, "best way to do %s in %s? performance matters" % (task, lang))
    return "Error after deploy: %s\nStack points at the %s handler. Ideas?" % (T.error_line(rng), pick(rng, T.IDENTS))


def benign_datagen(rng):
    n, kind, topic = T.datagen_spec(rng)
    k = rng.randrange(5)
    if k == 0:
        return "Give me %d ideas for a %s-themed party." % (min(n, 15), pick(rng, T.HOBBIES))
    if k == 1:
        return "Make %d quiz questions about %s for my class, with answers." % (min(n, 20), topic)
    if k == 2:
        return "I need %d fake but realistic %s names for test data." % (n, pick(rng, ["customer", "company", "street", "product"]))
    if k == 3:
        return "List %d %s about %s." % (min(n, 12), pick(rng, ["fun facts", "common myths", "interview questions"]), topic)
    return "Generate %d sample %s for a demo, JSON please." % (min(n, 25), pick(rng, ["orders", "user profiles", "support tickets"]))


def consumer_first(rng, lang):
    """(capability, prompt, median output tokens, has_image)."""
    if lang != "en" and lang in T.FOREIGN and rng.random() < 0.55:
        return "chat", T.foreign_chat(rng, lang), 380, False
    r = rng.random()
    if r < 0.40:
        return "chat", casual(rng, with_context(rng, T.chat_question(rng), LIFE_CTX), 0.6), 420, False
    if r < 0.55:
        return "writing", T.writing_request(rng), 380, False
    if r < 0.63:
        return "rewrite", T.rewrite_request(rng), 260, False
    if r < 0.71:
        return "vision", T.vision_prompt(rng), 260, True
    if r < 0.79:
        return "reasoning", benign_reasoning(rng), 650, False
    if r < 0.85:
        return "coding", benign_coding(rng), 600, False
    if r < 0.87:
        return "chat", casual(rng, T.sensitive_q(rng) + "?", 0.7), 300, False
    if r < 0.91:
        return "datagen", benign_datagen(rng), 700, False
    return "chat", casual(rng, T.chat_question(rng), 0.4), 400, False


def writer_first(rng):
    r = rng.random()
    if r < 0.38:
        return "rewrite", T.rewrite_request(rng), 320
    if r < 0.75:
        return "writing", T.writing_request(rng), 520
    if r < 0.85:
        n, kind, topic = T.datagen_spec(rng)
        return "datagen", "Give me %d %s for a post about %s." % (min(n, 20), pick(rng, ["headline options", "hooks",
                                                                                         "hashtags", "tweet drafts"]), topic), 500
    if r < 0.93:
        return "chat", T.chat_question(rng), 400
    return "rewrite", "Summarise this for a newsletter blurb:\n" + T.paragraph(rng, 6), 220


def student_first(rng, course=None):
    r = rng.random()
    if r < 0.42:
        return "reasoning", benign_reasoning(rng), 700
    if r < 0.60:
        return "writing", pick(rng, [
            "Help me outline an essay on %s." % pick(rng, T.GRADE_TOPICS),
            "Can you give feedback on my intro paragraph? %s" % T.student_answer(rng),
            "What are some good sources for a paper about %s?" % pick(rng, T.GRADE_TOPICS),
            "Explain %s in simple terms, I have an exam tomorrow" % pick(rng, T.GRADE_TOPICS)]), 550
    if r < 0.75:
        return "coding", benign_coding(rng), 600
    if r < 0.93:
        return "chat", casual(rng, T.chat_question(rng), 0.8), 350
    return "grading", "Is this answer right? Q: explain %s. My answer: %s" % (pick(rng, T.GRADE_TOPICS),
                                                                             T.student_answer(rng)), 300


def dev_first(rng):
    r = rng.random()
    if r < 0.62:
        return "coding", benign_coding(rng), 750
    if r < 0.72:
        return "chat", pick(rng, [
            "What's the difference between %s and %s for a small team?" % tuple(rng.sample(
                ["Postgres", "MySQL", "SQLite", "DynamoDB", "Redis", "Kafka", "RabbitMQ", "NATS"], 2)),
            "Explain %s like I'm a backend dev who never used it." % pick(rng, ["Kubernetes operators", "CRDTs",
                                                                               "OAuth PKCE", "eBPF", "gRPC streaming",
                                                                               "event sourcing", "WebAssembly"]),
            "Write a commit message for: %s" % T.agent_task(rng).lower(),
            "Review my API design: GET /%ss/{id}/%ss?cursor=... returns 200 with next_cursor. Anything off?"
            % tuple(rng.sample(T.IDENTS, 2))]), 500
    if r < 0.80:
        return "datagen", benign_datagen(rng), 800
    if r < 0.88:
        return "reasoning", benign_reasoning(rng), 700
    if r < 0.94:
        return "rewrite", "Tidy up this README section:\n" + T.paragraph(rng, 4), 300
    rub, kind, topic, ans = T.rubric_block(rng)
    return "grading", ("I'm building an eval for our bot. Score this %s answer using %s. Question: %s. Answer: %s"
                       % (kind, rub, topic, ans)), 300


def cli_interject(rng):
    return pick(rng, ["also update the changelog", "don't touch the migrations folder", "use the existing helper instead",
                      "run the tests again", "stop, that's the wrong file", "looks good, commit it",
                      "can you also add a test for the %s case" % pick(rng, T.IDENTS)])


# --------------------------------------------------------------------------
# app backends: (system prompt, user-content maker, capability, median output)

def _support_msg(rng):
    return pick(rng, [
        "hi my order #%d hasn't arrived and it's been %d days" % (rng.randint(10000, 999999), rng.randint(3, 30)),
        "How do I change the email on my account? It still shows my old %s address" % pick(rng, ["work", "school", "hotmail"]),
        "I was charged twice for %s, please refund one" % pick(rng, ["my subscription", "order %d" % rng.randint(1000, 99999)]),
        "the app keeps logging me out on %s" % pick(rng, ["android", "my iPad", "Chrome", "the desktop app"]),
        "Can I return a %s after %d days if I opened it?" % (pick(rng, T.THINGS), rng.randint(10, 60)),
        "where do I find my invoice for %s?" % pick(rng, ["January", "February", "last month", "order %d" % rng.randint(100, 9999)]),
        "Your courier left my parcel at number %d instead of %d" % (rng.randint(1, 200), rng.randint(1, 200))])


def _ticket(rng):
    return "[#%d] " % rng.randint(10000, 999999) + pick(rng, ["Export to %s fails with a blank file" % pick(rng, ["PDF", "CSV", "Excel"]),
                      "Please add dark mode to the %s page" % pick(rng, T.IDENTS),
                      "I can't log in after resetting my password (user %d)" % rng.randint(1000, 99999),
                      "Why did my bill go up by $%d this month?" % rng.randint(3, 400),
                      "The %s sync has been stuck since %d:00" % (pick(rng, T.IDENTS), rng.randint(0, 23)),
                      "Delete my account and all data please, ref %d" % rng.randint(10000, 99999)])


def _comment(rng):
    return pick(rng, ["this is the dumbest update ever, who approved this", "Great video, the part about %s helped a lot" % pick(rng, T.CONCEPTS),
                      "lol %s fans are so annoying" % pick(rng, T.HOBBIES), "Does anyone know when the %s sale starts?" % pick(rng, T.THINGS),
                      "you should be ashamed of this review, it's all lies", "First! Love from %s" % pick(rng, T.CITIES),
                      "Can the mods remove the spam about %s?" % pick(rng, ["crypto", "free followers", "loans"])]) + \
        (" (%d)" % rng.randint(1, 9999) if rng.random() < 0.3 else "")


def _transcript(rng):
    lines = []
    for _ in range(rng.randint(5, 14)):
        lines.append("%s: %s" % (T.name(rng), pick(rng, ["I can take the %s piece." % pick(rng, T.IDENTS),
                                                         "We need numbers before %s." % pick(rng, T.DAYS),
                                                         "Blocked on legal review.", "Let's push it a week.",
                                                         "Who owns the %s migration?" % pick(rng, T.IDENTS),
                                                         "Customer %s escalated again." % pick(rng, T.COS),
                                                         "I'll send the deck tonight.", "Agreed."])))
    return "\n".join(lines)


def _diff(rng):
    _, sn = T.snippet(rng)
    return "diff --git a/src/%s.py b/src/%s.py\n@@ -%d,7 +%d,9 @@\n" % (pick(rng, T.IDENTS), pick(rng, T.IDENTS),
                                                                   rng.randint(1, 300), rng.randint(1, 300)) + \
        "\n".join("+" + l for l in sn.splitlines())


APP_KINDS = [
    ("support", "You are the support assistant for {co}, an online {biz}. Be concise and friendly. If you are unsure, offer to hand over to a human. Policy: refunds within 30 days; shipping 3-7 business days.",
     _support_msg, "chat", 160, "helios-2-mini"),
    ("summarize", "Summarize the following document in at most three bullet points for a busy reader.",
     lambda r: T.paragraph(r, r.randint(6, 12)), "rewrite", 120, "helios-2-mini"),
    ("classify", "Classify the ticket into exactly one of: billing, bug, feature_request, account, other. Reply with JSON {{\"label\": ..., \"confidence\": ...}}.",
     _ticket, "chat", 20, "helios-2-mini"),
    ("translate", "Translate the user's text into {lang}. Keep formatting and names unchanged.",
     lambda r: T.paragraph(r, r.randint(2, 6)), "rewrite", 220, "helios-2-mini"),
    ("sql", "You write PostgreSQL for this schema: {w}s(id, created_at, amount, status, customer_id), customers(id, country, plan). Return only SQL.",
     lambda r: pick(r, ["how many %ss per week since %s" % (pick(r, T.IDENTS), pick(r, ["January", "last June", "2024"])),
                        "top %d customers by revenue in %s" % (r.randint(3, 50), pick(r, ["Germany", "Brazil", "the US", "Q4"])),
                        "refund rate by plan for the last %d days" % r.randint(7, 120)]), "coding", 90, "helios-2"),
    ("recipe", "You are Chef Pal, a cooking assistant. Suggest one recipe with a short ingredient list and steps.",
     lambda r: with_context(r, "dinner idea with %s and %s, %d servings%s" % (pick(r, T.FOODS), pick(r, T.FOODS), r.randint(1, 6),
                               pick(r, ["", ", no oven", ", under 30 min", ", kid friendly"])), LIFE_CTX, 0.5), "chat", 350, "helios-2-mini"),
    ("emaildraft", "Draft a reply to the email below in the user's voice. Keep it under 120 words.",
     lambda r: "From: %s\nSubject: %s\n\n%s" % (T.fullname(r), pick(r, ["Re: invoice", "Quick question", "Next steps", "Meeting"]), T.paragraph(r, 3)),
     "writing", 170, "helios-2"),
    ("notes", "Turn this meeting transcript into a list of action items with owners.", _transcript, "rewrite", 180, "helios-2"),
    ("moderation", "Rate the comment for policy violations on a 0-5 scale for harassment, hate, spam. Reply as JSON with a short reason.",
     _comment, "grading", 40, "helios-2-mini"),
    ("tutor", "You are a patient maths tutor for high-school students. Guide the student with hints; only give the full solution if they ask twice.",
     lambda r: casual(r, T.math_problem(r), 0.8), "reasoning", 420, "helios-2"),
    ("codereview", "You review pull requests. Point out bugs and risky changes only; be brief.", _diff, "coding", 260, "helios-2"),
    ("productcopy", "Write an e-commerce listing: title (max 70 chars), 3 bullet points, short description.",
     lambda r: "Product: %s %s; material: %s; price: $%d" % (pick(r, T.ADJS), pick(r, T.THINGS), pick(r, ["bamboo", "steel", "recycled plastic", "oak", "linen"]), r.randint(5, 400)),
     "writing", 200, "helios-2-mini"),
    ("docqa", "Answer the question using only the context. If the answer is not there, say you don't know.",
     lambda r: "Context: %s\n\nQuestion: %s" % (T.paragraph(r, 5), pick(r, ["who is responsible?", "when is the deadline?", "what went wrong?", "what was the budget cut?"])),
     "chat", 90, "helios-2-mini"),
]
BIZ = ["furniture store", "pet supplies shop", "bike rental", "language school", "travel agency", "bakery chain",
       "phone repair service", "fashion marketplace", "meal-kit company", "insurance broker"]


def app_system(rng, kind_row, co):
    _, sysp, *_ = kind_row
    return sysp.format(co=co, biz=pick(rng, BIZ), lang=pick(rng, T.LANGS_HUMAN), w=pick(rng, T.IDENTS))


def app_staging_prompt(rng):
    return pick(rng, ["test", "hello", "ping", "testing 123", "asdf", "Hello, world", "is this thing on",
                      "test %d" % rng.randint(1, 99), "say hi", "ignore this"])
