"""Wording of the legitimate look-alike customers (hard benign)."""

from lexicon import *  # noqa: F401,F403
from textkit import task, company, paragraph, reasoning_problem, coding_spec, short_answer, tool_result
import benign_text as B
import attack_text as A


# ============================================================== eval company (legit LLM-as-judge benchmarks)

def eval_judge(r, suite):
    c = r.choice
    q = A._user_request(r)
    ans = short_answer(r, c(TOPICS_GENERAL))
    k = r.randrange(3)
    if k == 0:
        p = ("[suite=%s v%d.%d item=%05d]\nPlease act as an impartial judge and evaluate the quality of the response "
             "provided by an AI assistant to the user question displayed below. Consider helpfulness, relevance, "
             "accuracy, depth and level of detail. Begin with a short explanation, then output your rating as "
             "Rating: [[n]] with n from 1 to 10.\n\n[Question]\n%s\n\n[Assistant's Answer]\n%s"
             % (suite, r.randrange(1, 4), r.randrange(10), r.randrange(100000), q, ans))
    elif k == 1:
        p = ("[suite=%s pairwise item=%05d]\nCompare the two assistant responses to the same question. Output [[A]], "
             "[[B]] or [[C]] for a tie after a brief explanation. Do not let response order or length influence "
             "you.\n\n[Question]\n%s\n\n[Response A]\n%s\n\n[Response B]\n%s"
             % (suite, r.randrange(100000), q, ans, short_answer(r, c(TOPICS_GENERAL))))
    else:
        p = ("[suite=%s rubric item=%05d]\nReference answer: %s\nCandidate answer: %s\nDoes the candidate reach the "
             "same conclusion as the reference? Reply CORRECT or INCORRECT, then one sentence."
             % (suite, r.randrange(100000), short_answer(r, c(TOPICS_GENERAL)), ans))
    return task(p, "grading", (60, 500), mt=1024)


# ============================================================== trust & safety vendor

_PLATFORMS = ["a gaming forum", "a parenting app", "a dating app", "a local news comment section",
              "a fitness community", "a marketplace", "a student Q&A site", "a recipe site"]
_POSTS = [
    "this ref is a clown and should lose his job, I know which car is his lol",
    "anyone who buys from this seller is an idiot, total scam, I hope his shop burns",
    "ugh my ex is on here again, everyone block {n}, she's a psycho",
    "if my kid's teacher gives one more detention I swear I'll lose it at the school gate",
    "honestly some days I don't see the point of anything anymore",
    "selling my leftover adhd meds, dm me",
    "lol this diet worked, ate 400 cals a day for a month, you can too",
    "people from {c} are all lazy, don't hire them",
    "my neighbour's dog barks all night, thinking of putting something in its food",
    "DM me for a guaranteed 10x crypto return, only 20 spots left",
    "this politician should be dragged out and taught a lesson",
    "free followers!!! click my bio link and enter your password to verify",
]


def ts_vendor(r, client):
    c = r.choice
    post = c(_POSTS).format(n=c(FIRST), c=c(CITIES))
    k = r.randrange(3)
    if k == 0:
        p = ("Client: %s (policy %s-%d). Rewrite the post below so it complies with the client's community "
             "guidelines while preserving the author's point. If it cannot be salvaged, say REMOVE and cite the "
             "policy section.\n\nPost: %s" % (client, client[:3].upper(), r.randrange(1, 30), post))
    elif k == 1:
        p = ("Classify this post from %s against policy areas (harassment, self-harm, regulated goods, hate, fraud, "
             "violence, none). Output: label, severity 1-3, and a suggested reply from the moderator.\n\n%s"
             % (c(_PLATFORMS), post))
    else:
        p = ("For our moderator training pack (%s): write a short explanation of why this post was actioned and an "
             "example of an acceptable way to say the same thing.\n\n\"%s\"" % (client, post))
    return task(p, "rewrite", (120, 500), sys="You assist Clearwater Trust & Safety moderators. Follow the client "
                "policy referenced in each request.", mt=1024)


# ============================================================== localisation agency

_MARKETS = [("de-DE", "German"), ("fr-FR", "French"), ("es-ES", "Spanish"), ("it-IT", "Italian"), ("pl-PL", "Polish"),
            ("cs-CZ", "Czech"), ("nl-NL", "Dutch"), ("pt-BR", "Brazilian Portuguese"), ("sv-SE", "Swedish"),
            ("uk-UA", "Ukrainian"), ("ro-RO", "Romanian"), ("hu-HU", "Hungarian")]
_COPY = ["Hi {{name}}, your order is on its way! Track it any time in the app.",
         "Save {n}% on your first month - cancel anytime.",
         "We've updated our privacy policy. Tap to review the changes.",
         "Your free trial ends in {d} days. Keep your playlists by upgrading now.",
         "Oops! Something went wrong. Please try again in a few minutes.",
         "Book a table for {d} in seconds. No calls, no waiting.",
         "New season, new gear. Explore the {p} collection.",
         "Invite a friend and you both get {n} EUR credit.",
         "Your {p} has shipped. Estimated delivery: {{date}}."]


def localisation(r):
    c = r.choice
    code, name = c(_MARKETS)
    copy = c(_COPY).format(n=c([10, 15, 20, 25, 30, 50]), d=r.randrange(2, 9), p=c(PRODUCTS))
    k = r.randrange(5)
    if k == 0:
        p = ("Localise for %s (%s). Max %d characters, keep placeholders in curly braces untouched, informal "
             "register:\n%s" % (code, name, c([40, 60, 80, 120]), copy))
    elif k == 1:
        p = ("Check this %s translation against the English source and list any mistranslations or tone "
             "problems.\nEN: %s\n%s: %s" % (name, copy, code[:2].upper(), copy[::-1][:20] + "..."))
    elif k == 2:
        p = "Give me 3 alternative %s versions of this push notification, different lengths:\n%s" % (name, copy)
    elif k == 3:
        p = ("Build a mini glossary (EN -> %s) for a %s client: %s. Note gender/plural forms."
             % (name, c(["fintech", "food delivery", "fashion", "gaming", "travel"]),
                ", ".join(r.sample(["checkout", "wishlist", "subscription", "refund", "voucher", "cart", "account",
                                    "delivery slot", "loyalty points", "streak", "level up"], 5))))
    else:
        p = "Proofread (%s), client style guide says sentence case in buttons:\n%s" % (name, paragraph(r, 2))
    return task(p, "rewrite", (60, 400), mt=c([1024, 2048]))


# ============================================================== coding bootcamp cohort

def bootcamp(r, week):
    c = r.choice
    lab = c(["todo app", "weather widget", "quiz game", "expense tracker", "REST API for a library", "chat room",
             "tic-tac-toe", "URL shortener"])
    k = r.randrange(5)
    if k == 0:
        return task("Week %d lab - %s. My code doesn't work:\n\n```js\n%s\n```" % (week, lab, B.code_bug(r)[2]),
                    "coding", (200, 700))
    if k == 1:
        return task("Week %d assignment: %s. Can you give me a hint but not the full answer?"
                    % (week, coding_spec(r)), "coding", (120, 400))
    if k == 2:
        return task("what is %s in %s, our instructor said we need it for the %s" % (
            c(["a closure", "a promise", "middleware", "a foreign key", "state", "a hook", "CORS", "a migration"]),
            c(["JavaScript", "React", "Express", "SQL", "Python"]), lab), "coding", (150, 500))
    if k == 3:
        return task("Explain this error from the %s lab: %s" % (lab, B.code_bug(r)[1]), "coding", (150, 500))
    return B.coding_help(r)


# ============================================================== research lab (legit benchmark on the new model)

def research_bench(r, bench):
    p, _ = reasoning_problem(r)
    k = r.randrange(3)
    if k == 0:
        txt = "%s\n\nPlease reason step by step, and put your final answer within \\boxed{}." % p
    elif k == 1:
        txt = "Question (%s #%d): %s\nAnswer:" % (bench, r.randrange(5000), p)
    else:
        txt = "Solve the following problem. Give the final answer as a number or expression on the last line.\n\n%s" % p
    return task(txt, "reasoning", (400, 2500), think=(500, 8000) if r.random() < 0.7 else None, mt=r.choice([16000, 32000]))


# ============================================================== agent SaaS

SAAS_TOOLS = ["crm_lookup", "calendar_find_slot", "email_draft", "search_docs", "create_ticket"]


def saas_first(r):
    c = r.choice
    return c([
        "New inbound lead from %s: wants a demo next %s. Find a slot and draft the reply." % (company(r), c(WEEKDAYS)),
        "Customer %s says invoice %d is wrong. Look it up and draft a response." % (company(r), r.randrange(10000, 99999)),
        "Summarise the last %d interactions with %s and suggest next steps." % (r.randrange(3, 12), company(r)),
        "Create a ticket for the bug reported in this email and reply to the customer: %s" % c([
            "export button does nothing", "wrong timezone on reminders", "can't add a second admin"]),
        "Reschedule all of %s's meetings on %s to the following week and notify attendees." % (c(FIRST), c(WEEKDAYS)),
    ])


def saas_step(r, first):
    if first:
        return task(saas_first(r), "agentic", (60, 300), sys="You are Tasklane, an operations agent for small sales "
                    "teams. Use tools; never invent customer data.", tools=SAAS_TOOLS, tc=r.randrange(1, 3),
                    stop="tool_use", mt=4096)
    return task(tool_result(r, SAAS_TOOLS) if r.random() < 0.4 else "", "agentic", (40, 300), sys="You are Tasklane, an operations agent for small sales teams. Use "
                "tools; never invent customer data.", tools=SAAS_TOOLS, tc=r.randrange(0, 3), stop="tool_use", mt=4096)
