"""Text for the benign look-alikes: tax-deadline surge, hospital writing tool, support-ticket replays and
judge passes, the agent framework's honest users, a game studio's localisation crunch, a BYOK app's users."""
from common import pick
from textkit import fill, gen, casual, num, money
import txt_everyday as E
import txt_work as W

# ------------------------------------------------------------------ tax surge: personal questions and a viral template
VIRAL = ("Act as a CPA. Here is my situation for tax year 2025: filing status {status}, W-2 income ${w2}, {kids} kids, "
         "side income ${side} from {sidejob}, I {home}. What am I missing that could lower my bill, and should I file an extension?")
VIRAL_ALT = ["Pretend you're my accountant. {status}, ${w2} W-2, ${side} from {sidejob}, {kids} kids, I {home}. What deductions or credits am I missing?",
             "act as a tax pro: {status}, w2 ${w2}, side ${side} ({sidejob}), {kids} kids, {home}. anything I'm missing??"]
VSLOTS = {"status": ["single", "married filing jointly", "head of household"], "w2": money(28000, 160000, 500), "kids": ["no", "1", "2", "3"],
          "side": money(400, 30000, 50), "sidejob": E.SIDE, "home": ["rent", "own a house with a mortgage", "live with my parents", "bought a house in 2025"]}
LAST_MIN = ["It's {day} and I just realised I never got my {form}. Can I file without it?", "How do I file an extension online tonight? It's my first time doing taxes myself.",
            "IRS Free File or a paid app — which one if I have a 1099-{f} and a W-2?", "My refund says 'still being processed' since February. Does filing late affect that?",
            "Do I have to pay the extension amount today or can I pay in installments? I owe about ${owe}.",
            "I made a mistake on my {st} state return and it's due {day}. Fix now or amend later?",
            "What happens if I file on April 16 and I'm getting a refund anyway?", "Can I still contribute to my IRA for 2025 today and deduct it?"]
LSLOTS = {"day": ["April 14", "April 15", "the 15th", "tax day", "Monday night"], "form": ["1098-T", "1099-INT", "W-2 from my old job", "1095-A", "1099-B"],
          "f": ["NEC", "K", "INT", "B"], "owe": money(200, 12000, 25), "st": E.US_STATES}


def tax_surge(r):
    u = r.random()
    if u < 0.28:
        return fill(r, VIRAL if r.random() < 0.7 else pick(r, VIRAL_ALT), VSLOTS)
    if u < 0.55:
        return casual(r, fill(r, pick(r, LAST_MIN), LSLOTS), 0.6)
    return E.tax(r)


# ------------------------------------------------------------------ hospital writing tool
HOSP_SYSTEM = ("You are the clinical writing assistant of Riverbend Health. Users are licensed staff. Rewrite, translate and summarise clinical text "
               "for patients at a 6th-grade reading level unless asked otherwise. Never add clinical facts that are not in the source. "
               "Flag any dosing instruction that looks ambiguous.")
DISCHARGE = ["Patient should keep the surgical site clean and dry for 48 hours. May shower after 48 hours; no bathing or swimming for 2 weeks. Report fever >38.3C, increasing redness, or purulent drainage.",
             "Resume home medications except {drug}; hold until follow-up. Take {drug2} twice daily with food for 10 days. Follow up with cardiology in 1-2 weeks.",
             "Non-weight-bearing left lower extremity. Use crutches at all times. Elevate leg above heart level when seated. Ice 20 min q2h while awake for 72h.",
             "Diet: low sodium (<2 g/day), fluid restriction 1.5 L/day. Weigh daily each morning; call if gain >1 kg in a day or 2 kg in a week.",
             "Monitor blood glucose before meals and at bedtime. If BG <70 mg/dL, take 15 g fast-acting carbohydrate and recheck in 15 minutes.",
             "Signs of overdose include pinpoint pupils, slow breathing and unresponsiveness. Naloxone is in the kit; family members were trained on administration."]
HOSP_TPL = ["Rewrite for the patient at a 5th-grade level:\n{d}", "Translate for a {lang}-speaking family, keep it simple:\n{d}",
            "Turn this into a checklist the patient can tick off:\n{d}", "Summarise this handover into SBAR format: {handover}",
            "Draft a short letter to a patient explaining their appointment for {proc} was moved to {day}. Friendly, include the phone number placeholder.",
            "Reword this leaflet paragraph so it doesn't sound frightening but keeps all the warnings:\n{d}",
            "Convert this medication schedule into a simple table with morning / noon / evening / bedtime: {sched}",
            "Make this consent explanation clearer without changing the meaning: {consent}"]
HOSP_SLOTS = {"d": lambda r: pick(r, DISCHARGE).replace("{drug}", pick(r, E.DRUGS)).replace("{drug2}", pick(r, E.DRUGS)),
              "lang": ["Spanish", "Vietnamese", "Haitian Creole", "Tagalog", "Arabic", "Polish", "Somali", "Portuguese", "Mandarin"],
              "handover": lambda r: "%d y/o %s, day %d post %s, %s, plan %s." % (r.randint(19, 94), pick(r, ["M", "F"]), r.randint(0, 9), pick(r, ["lap chole", "TKA", "CABG", "appendectomy", "hip ORIF"]),
                                                                              pick(r, ["afebrile, pain controlled", "temp 38.4 overnight", "new confusion since 0200", "tolerating diet", "drain output 180 mL"]),
                                                                              pick(r, ["discharge tomorrow", "repeat bloods at 0600", "PT review", "surgical team to review wound"])),
              "proc": ["MRI", "colonoscopy", "physio assessment", "pre-op clinic", "echo"], "day": ["next Tuesday", "the 29th", "Monday morning", "Friday afternoon"],
              "sched": lambda r: "; ".join("%s %d mg %s" % (pick(r, E.DRUGS), r.choice([5, 10, 20, 25, 50, 100, 500]), pick(r, ["BID", "daily", "TID", "QHS", "q8h PRN"])) for _ in range(r.randint(3, 6))),
              "consent": ["The procedure carries a risk of bleeding, infection, damage to adjacent structures and, rarely, the need for further surgery.",
                          "Sedation may cause temporary drowsiness and you must not drive or sign legal documents for 24 hours."]}


def hospital(r):
    return gen(r, HOSP_TPL, HOSP_SLOTS)


# ------------------------------------------------------------------ support tickets replay (whole conversation, last turn) + judge pass
TICKET_LAST = ["ok I've done that, the router light is still blinking orange", "so will I get the credit on this bill or the next one?",
               "that's not what your colleague told me yesterday", "fine, please just cancel the add-on then", "the code you sent doesn't work in the app",
               "how long will the engineer visit take?", "can you confirm the new contract end date in writing", "I still can't see the refund in my account",
               "which plan would be cheaper for two lines then?", "ok thanks, that's everything"]


def ticket_last(r):
    return pick(r, TICKET_LAST) + pick(r, ["", "", ".", "?", " (ticket %d)" % r.randint(100000, 999999)])


JUDGE = ("Compare two candidate replies to the final customer message in the support conversation below. Score each from 1-5 on resolution, "
         "policy compliance and tone using the rubric, then say which should ship.\n\nRubric: resolution = the customer's issue is addressed or correctly escalated; "
         "policy = no promises of refunds or credits outside policy; tone = polite, concise.\n\nTicket #{tid}\nFinal customer message: {last}\n\n"
         "Candidate A (current vendor): {a}\n\nCandidate B (vela): {b}")
REPLIES = ["I'm sorry about this. I've opened a billing review and you'll hear back within 3 working days.", "Please restart the router and wait 10 minutes.",
           "I've applied a one-off credit of £10 to your account.", "I can confirm that in writing — you'll receive an email shortly.", "Let me pass you to a specialist who can help.",
           "Your engineer visit is booked for Thursday between 8am and 1pm.", "The refund was issued and can take 5 working days to show."]


def judge(r):
    return fill(r, JUDGE, {"tid": lambda r: str(r.randint(1000000, 9999999)), "last": lambda r: ticket_last(r), "a": REPLIES, "b": REPLIES})


# ------------------------------------------------------------------ agent framework (relaykit) defaults and honest projects
RELAYKIT_SYSTEM = ("You are an autonomous assistant running inside relaykit. You can call tools to search the web, fetch pages, run Python and read or write files "
                   "in the workspace. Think about which tool to use, call one tool at a time, and stop when the task is complete. When you finish, reply with a "
                   "concise summary of what you did and the result. If a tool fails, try an alternative before giving up.")
RELAYKIT_TOOLS = ["web_search", "fetch_url", "python_exec", "read_file", "write_file"]
PROJECTS = {
    "competitor_watch": ["Check the pricing pages of {comp} and note any changes since last week's file in notes/pricing.md.",
                         "Compare {comp}'s new plan with ours and update notes/pricing.md."],
    "paper_digest": ["Find new arXiv papers on {topic} from the past week and write a digest to digest/{wk}.md, one paragraph each.",
                     "Summarise the top 5 new {topic} papers this week for the reading group."],
    "csv_clean": ["Load data/{file}.csv, fix the date formats, drop duplicate rows by {key} and save data/{file}_clean.csv.",
                  "Merge data/{file}.csv with data/lookup.csv on {key} and report rows that didn't match."],
    "weekly_report": ["Read reports/week_{wk}.xlsx and write the weekly ops summary with the usual sections.",
                      "Pull this week's numbers from reports/week_{wk}.xlsx, compare to last week, and draft the email to the team."],
    "lead_research": ["Research {company} (site, recent news, headcount) and draft a 3-line intro email.",
                      "Find the right contact for partnerships at {company} and summarise what they do."],
    "job_scrape": ["Search for remote {role} jobs posted this week and save title, company and link to jobs.csv.",
                   "Check jobs.csv for postings that closed and remove them, then add new {role} roles."],
    "seo_audit": ["Check {site} for broken links and missing meta descriptions and write findings to audit.md.",
                  "Re-run the audit on {site} and tell me what got fixed since last time."],
    "home_data": ["Read sensors/{wk}.json and tell me which rooms were above 24°C overnight.",
                  "Plot the humidity from sensors/{wk}.json and save it as humidity.png."],
    "grants": ["Search for open grants for {org} with deadlines in the next 60 days and list eligibility.",
               "Check the {org} grants list in grants.md and mark any that closed."],
}
PSLOTS = {"comp": ["Notion", "Airtable", "Linear", "Asana", "ClickUp", "Monday", "Basecamp", "Trello"], "topic": ["diffusion models", "robot grasping", "LLM evaluation", "time-series forecasting", "causal inference", "speech synthesis"],
          "wk": lambda r: "2026-%02d" % r.randint(14, 17), "file": ["customers", "survey_responses", "transactions", "members", "inventory"], "key": ["email", "customer_id", "sku", "member_no"],
          "company": ["a regional grocery chain", "a robotics startup in Lyon", "a logistics firm in Ohio", "a dental group in Sydney", "a bike maker in Taiwan"],
          "role": ["data analyst", "frontend developer", "UX writer", "product designer", "DevOps engineer"], "site": ["our shop", "the club website", "my portfolio", "the docs site"],
          "org": ["our community choir", "a youth football club", "a small museum", "an animal shelter"]}


QUICKSTART = ["Find the latest news about renewable energy and write a short summary to summary.md.",
              "Search the web for the population of the five largest cities in Europe and save them to cities.csv.",
              "What is the weather in Paris today? Use the tools."]


def relaykit_flavour(r):
    """One user's fixed choices: their own files, competitors, topics (so their tasks repeat among themselves)."""
    fl = {}
    for k, v in PSLOTS.items():
        if k == "wk":
            continue
        val = v(r) if callable(v) else pick(r, v)
        if k in ("file", "site"):
            val = val + pick(r, ["", "", "_v2", "_eu", "_2026", "-main"])
        fl[k] = [val]
    return dict(PSLOTS, **fl)


def relaykit_honest(r, project, flavour=None):
    if r.random() < 0.06:
        return pick(r, QUICKSTART)
    return fill(r, pick(r, PROJECTS[project]), flavour or PSLOTS)


# ------------------------------------------------------------------ game localisation crunch
LOC_SYSTEM = ("You localise UI and dialogue strings for Moonquarry Games' title 'Saltglass'. Respect the character limit, keep {placeholders} and <tags> intact, "
              "follow the glossary (Saltglass, Wardens, the Drift), and match the speaker's tone. Return only the translated string unless asked for options.")
LOC_LINES = ["The Drift is rising. Get to high ground, {player_name}!", "Not enough <b>salt shards</b> ({count}/{required}).", "You hear something breathing behind the door.",
             "Wardens don't bargain. Wardens remember.", "Press {input_interact} to repair the beacon.", "Quest updated: Find the cartographer in Lower Vell.",
             "Ha! You call that a sword? I've seen sharper spoons.", "The tide took my brother. I won't let it take this town.", "Autosave in progress. Do not turn off your console.",
             "Sold out. Come back after the next storm.", "Your companion's trust has increased.", "Are you sure you want to abandon this expedition?",
             "Lantern oil: {oil}%", "Careful... the glass sings when it's about to break.", "New blueprint unlocked: Tidewall"]
LOC_LANGS = ["French", "German", "Spanish (LatAm)", "Spanish (Spain)", "Brazilian Portuguese", "Italian", "Polish", "Japanese", "Korean", "Simplified Chinese", "Russian", "Turkish"]


def loc_string(r):
    sid = "%s_%s_%04d" % (pick(r, ["UI", "DLG", "QST", "ITM", "SYS", "BRK"]), pick(r, ["VELL", "HUB", "DRIFT", "MENU", "WARD", "SHOP"]), r.randint(1, 9999))
    line = pick(r, LOC_LINES)
    u = r.random()
    if u < 0.72:
        return "ID: %s\nTarget: %s\nMax chars: %d\nSpeaker: %s\nSource: %s" % (sid, pick(r, LOC_LANGS), r.randint(24, 120), pick(r, ["Narrator", "Old Maren", "Warden Ilse", "Merchant Tobb", "System", "Kid Pip"]), line)
    if u < 0.9:
        return "Give 5 alternative barks for this NPC line in English, same length, same tone, for variety in combat:\n%s (ID %s)" % (line, sid)
    return "Check these %s strings against the glossary and flag inconsistencies:\n%s" % (pick(r, LOC_LANGS), "\n".join("%s_%04d: %s" % (pick(r, ["UI", "DLG"]), r.randint(1, 9999), pick(r, LOC_LINES)) for _ in range(r.randint(4, 12))))


# ------------------------------------------------------------------ Quire (BYOK writing/research app) honest use
QUIRE_SYSTEM_DESK = "You are Quire, a writing and research companion. Help the user with their document. Match their voice. Cite sources the user provides."
QUIRE_SYSTEM_CLOUD = "You are Quire's background agent. Run the user's scheduled task against their notes and return the result as Markdown for their workspace."
QUIRE_DESK = ["Continue this paragraph in the same voice: \"{para}\"", "Summarise my notes on {topic} into an outline for a {doc}.",
              "Suggest a better title for this chapter about {topic}.", "Tighten this section, keep my citations: \"{para}\"",
              "Turn my bullet notes into prose:\n- {b1}\n- {b2}\n- {b3}", "What am I missing in this argument about {topic}?",
              "Find the weakest paragraph in my draft on {topic} and tell me why.", "Give me {n} counterarguments a reviewer might raise about {topic}.",
              "Rewrite the intro of my {doc} on {topic} for a general audience, about {w} words.", "Make a reading plan for {topic} over {n} weeks from my saved sources.",
              "Check this quote is used fairly: \"{para}\"", "Draft an abstract for my {doc} on {topic}, {w} words max."]
QUIRE_CLOUD = ["Daily digest: summarise the new highlights in my '{topic}' folder.", "Weekly: collect open TODOs from my notes tagged #{tag} and group them by project.",
               "Rebuild the reading list for {topic} from my clipped articles, newest first.", "Translate today's journal entry to {lang} for my language practice."]
QSLOTS = {"para": E.WRITE_SLOTS["para"], "topic": ["urban heat islands", "my dissertation on migration", "the history of typefaces", "sleep and memory", "Roman roads in Britain",
                                                  "remote work and productivity", "the novel", "beekeeping", "my startup's pricing"],
          "doc": ["blog post", "lecture", "grant report", "newsletter", "chapter"], "b1": ["fieldwork started in March", "sample of 40 interviews", "pricing test ran 3 weeks"],
          "b2": ["two sites dropped out", "results mixed in the north", "conversion up 4%"], "b3": ["need to re-check consent forms", "write up by May", "ask Dana about stats"],
          "tag": ["work", "thesis", "house", "garden", "novel"], "lang": ["Spanish", "French", "German", "Japanese", "Italian"],
          "n": num(2, 8), "w": num(80, 400)}


def quire_desk(r):
    return gen(r, QUIRE_DESK, QSLOTS)


def quire_cloud(r):
    return gen(r, QUIRE_CLOUD, QSLOTS)
