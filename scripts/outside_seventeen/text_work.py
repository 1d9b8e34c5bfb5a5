"""Production app traffic (system prompt + end-user message), small-team office work, research use."""
from textkit import fill, some, num, casual, wrap, compose
import text_everyday as E
import text_dev as D
from common import FIRST

CO_A = ["Harbor", "Juniper", "Copperline", "Bramble", "Tidewater", "Northwind", "Saffron", "Keystone", "Marigold",
        "Lantern", "Bluebird", "Redwood", "Ironbark", "Pebble", "Orchard", "Meridian", "Sable", "Foxglove", "Cinder",
        "Alder", "Kiwi", "Mosaic", "Quill", "Rook", "Sprout", "Thistle", "Vantage", "Wayfarer", "Yonder", "Zest"]
CO_B = ["Labs", "Health", "Home", "Outfitters", "Travel", "Learning", "Legal", "Logistics", "Foods", "Finance", "Studio",
        "Insurance", "Realty", "Games", "Works", "Commerce", "Analytics", "Clinic", "Pets", "Energy"]


def company(r):
    return "%s %s" % (r.choice(CO_A), r.choice(CO_B))


PRODUCT = ["hiking boots", "espresso machines", "standing desks", "phone cases", "organic dog food", "kids' bikes",
           "linen bedding", "running shoes", "3D printer filament", "houseplants", "vintage watches", "yoga mats",
           "mattresses", "e-bikes", "board games", "skincare", "camping gear", "office chairs"]
ORDER = lambda r: "#%d" % r.randint(100000, 9999999)
SUPPORT_U = ["where is my order {order}", "I want to return the {thing}, it arrived {damage}", "how do I change my delivery address",
             "do you ship to {country}?", "my discount code {code} isn't working", "can I cancel order {order}? placed it an hour ago",
             "I was charged twice", "the tracking hasn't updated in {n} days", "do you have the {thing} in size {size}?",
             "how long does a refund take to show up", "I never got the confirmation email", "can I change the colour after ordering",
             "is the {thing} waterproof?", "the app keeps logging me out", "what's your warranty on the {thing}",
             "hi, the courier says delivered but nothing here", "can I pick up in store instead", "why was my account locked"]
DAMAGE = ["with a cracked lid", "in the wrong size", "missing a part", "scratched", "two weeks late", "in the wrong colour"]
CODE = lambda r: "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(r.randint(6, 9)))
SIZE = ["S", "M", "L", "XL", "42", "9.5", "38", "king", "twin"]
TRANSCRIPT_SPK = ["Priya", "Tom", "Aiko", "Marcus", "Elena", "Sam", "Jonas", "Fatima", "Diego", "Hannah"]
TRANSCRIPT_L = ["I think we should push the {thing2} launch by a week, QA found {n} blockers.",
                "Can we get the numbers from finance before Thursday?", "Marketing already booked the {city} event, so the date is fixed.",
                "The vendor quote came in {pct}% higher than last year.", "Let's make {spk} the owner for the migration.",
                "Customers keep asking about {feature}, it's the top request in support.", "I'm worried about the on-call load.",
                "We agreed to freeze scope on Friday.", "Legal still hasn't signed off on the data processing addendum.",
                "Action item for me: send the updated roadmap to the board.", "The churn dashboard shows a dip in {month}.",
                "Honestly, I'd drop {feature} from this release.", "Does anyone object to moving the standup to 9:30?",
                "The contractor can start on the {n}th.", "We hit {pct}% of the quarterly target so far."]
FEATURE = ["SSO", "dark mode", "CSV export", "offline mode", "multi-currency invoices", "the new onboarding flow", "bulk edit",
           "two-factor login", "the Android widget", "audit logs"]
EMAIL_TRIAGE = ["Hi, your invoice {inv} charges us for 12 seats but we only have 9. Please fix.",
                "The export button throws an error every time since yesterday's update.",
                "Would love a way to schedule reports weekly instead of daily.",
                "We're a {n}0-person agency looking at the enterprise plan, can we book a demo?",
                "CONGRATULATIONS you have been selected for an exclusive offer, click now",
                "Hey, can you remove my colleague {spk} from our workspace? They left the company last week.",
                "Our API key stopped working this morning, getting 401s on every call.",
                "Is there a discount for nonprofits?", "The dashboard is super slow when I filter by last 90 days.",
                "Please cancel our subscription at the end of this billing period.", "Do you integrate with {api}?"]
LEGAL_CL = ["This Agreement shall be governed by the laws of {state}. Either party may terminate for convenience on {n}0 days' written notice. "
            "Except for breaches of confidentiality, neither party's aggregate liability shall exceed the fees paid in the {m} months preceding the claim.",
            "The initial term is {n} year(s) and renews automatically for successive one-year periods unless either party gives notice of non-renewal at least {n}0 days before the end of the then-current term.",
            "Supplier shall indemnify Customer against third-party claims alleging that the Services infringe intellectual property rights, provided Customer gives prompt notice and reasonable cooperation.",
            "Customer may not assign this Agreement without Supplier's prior written consent, not to be unreasonably withheld; Supplier may assign to an affiliate or successor by merger.",
            "Any dispute shall be finally resolved by arbitration seated in {city} under the rules of the {arb}, in English, by a sole arbitrator.",
            "Fees are due within {n}0 days of invoice. Late amounts bear interest at {pct2}% per month or the maximum permitted by law, whichever is lower."]
STATE = ["the State of New York", "England and Wales", "the State of Delaware", "Ontario", "Singapore", "Germany", "Ireland", "California"]
ARB = ["ICC", "LCIA", "SIAC", "AAA", "DIS"]
SQLQ = ["how many orders did we ship to {region2} last {period} by {dim}", "top {n} customers by revenue this quarter",
        "average basket size per store for weekends vs weekdays", "which products were returned more than {n} times in {month}",
        "monthly active users by signup cohort", "refund rate by payment method last {period}", "orders that took more than {n} days to ship"]
REGION2 = ["Canada", "the EU", "California", "the northeast", "Australia", "Germany", "Mexico"]
PERIOD = ["month", "quarter", "week", "year"]
DIM = ["carrier", "warehouse", "product category", "week", "sales rep"]
LISTING = lambda r: ("beds: %d, baths: %d, sqft: %d, features: %s, neighbourhood: %s, price: $%d"
                     % (r.randint(1, 5), r.randint(1, 3), r.randint(5, 40) * 100, some(r, ["south-facing balcony", "renovated kitchen", "home office",
                        "garage", "fireplace", "walk-in closet", "heat pump", "garden", "close to the tram", "new roof", "hardwood floors"], 3),
                        r.choice(["Riverside", "Old Town", "Maple Heights", "Eastgate", "Harbour View", "Greenfield"]), r.randint(18, 150) * 5000))
PRODUCT_DESC = lambda r: ("Product: %s %s. Material: %s. Colour: %s. Audience: %s. Write a 60-word description and 5 SEO keywords."
                          % (r.choice(["Trail", "Urban", "Classic", "Pro", "Mini", "Cozy", "Aero", "Everyday"]), r.choice(PRODUCT),
                             r.choice(["recycled polyester", "oak", "stainless steel", "organic cotton", "merino wool", "bamboo", "aluminium"]),
                             r.choice(["sage green", "charcoal", "sand", "navy", "terracotta", "off-white"]),
                             r.choice(["commuters", "new parents", "students", "outdoor lovers", "small offices"])))
TUTOR_LINES = {
    "Spanish": ["Ayer yo va al mercado con mi hermana.", "Me gusta mucho los perros.", "¿Cuánto cuesta este camisa?",
                "Cuando era niño, yo juego fútbol todos los días.", "Quiero que tú vienes a mi fiesta.", "Estoy cansado porque trabajé mucho ayer."],
    "French": ["Je suis allé au cinéma hier avec mes amis.", "Il faut que tu viens demain.", "J'ai mangé une pomme rouges.",
               "Quand j'étais petit, je vais à la plage.", "Je veux apprendre le français pour mon travail."],
    "German": ["Ich habe gestern nach Berlin gefahren.", "Der Mädchen spielt im Garten.", "Ich freue mich auf das Wochenende.",
               "Kannst du mir helfen mit meine Hausaufgaben?", "Wir gehen morgen in die Kino."],
    "English": ["Yesterday I have gone to the market.", "She don't like coffee.", "I am living here since three years.",
                "Can you explain me the rule?", "He said me that he will come."],
}
MOD_COMMENTS = ["this ref was blind all game lol", "great recipe, I added extra garlic", "you people are idiots for believing this",
                "DM me for cheap followers", "I disagree with the article but it's well argued", "go back to where you came from",
                "anyone know if the store on 5th is open sunday?", "this product broke after two days, total garbage",
                "click my profile for free crypto", "lovely photos, where was this taken?", "ur so dumb its painful to read"]
CLAIM = ["Insured reports rear-end collision at low speed on {date}. Third party admitted fault at scene. Bumper and tail light damage, photos uploaded. No injuries claimed. Repair estimate ${amt}.",
         "Water leak from upstairs apartment discovered {date}. Ceiling stain in kitchen, swollen cabinet doors. Plumber invoice attached. Tenant has contents cover only.",
         "Laptop stolen from car in parking garage on {date}. Police report filed, number pending. Window smashed. Claimant asks about excess and replacement timeline.",
         "Storm damage to fence and garden shed on {date}. Neighbour's tree fell. Two quotes received: ${amt} and ${amt2}."]
INTAKE = ["Pt reports sore throat x3 days, mild fever last night 38.2, no cough. Taking paracetamol. Allergic to penicillin.",
          "Lower back pain after lifting boxes on Saturday, worse when bending, no numbness. Wants to know if he can keep working.",
          "Follow-up for blood pressure. Home readings around 145/92. Missed doses last week. Headaches in the morning.",
          "Rash on forearms for a week, itchy, started after new detergent. No fever. Used hydrocortisone once.",
          "Child 6y, ear pain since yesterday evening, woke up crying, temp 38.5. Had a cold last week."]
NEWS = ["The city council voted {n} to {m} on Tuesday to approve a new cycling lane network, despite objections from local businesses who fear lost parking.",
        "A regional airline announced it will add {n} routes this summer, citing strong demand, while unions warned about staffing shortages.",
        "Researchers reported that a {n}-year study of urban trees found streets with more canopy were up to {pct}% cooler on summer afternoons.",
        "The central bank held interest rates steady, saying inflation had eased but remained above target; markets had expected the move.",
        "A local food bank said demand rose {pct}% over the winter and appealed for volunteers to help with weekend distribution."]
NPC_LINES = ["Open the gate, I have the king's seal.", "What do you know about the ruins to the north?", "I'll pay double if you keep quiet.",
             "Have you seen a girl with a red scarf pass through?", "Your prices are robbery.", "Tell me about the dragon.",
             "I need a room for the night.", "Why is everyone in this village so nervous?"]
NPC = ["a grumpy dwarven blacksmith", "a nervous innkeeper", "a retired pirate captain who runs the harbour", "a cryptic forest witch",
       "a bored city guard", "an overly cheerful merchant"]
ESSAY = ["Social media does more harm than good for teenagers because it makes people compare themselves. Also it wastes time. In conclusion we should limit it.",
         "School uniforms should be required. They make everyone equal and save time in the morning. Some people say it limits expression but you can express yourself in other ways.",
         "Homework is important because it helps you practice. However too much homework causes stress. Teachers should give less homework on weekends so students can rest.",
         "Electric cars are the future because they don't pollute. Gas is running out and the batteries are getting better every year. Everyone should buy one.",
         "The voting age should be lowered to 16. Teenagers pay taxes when they work and they are affected by decisions about climate and education."]
KB = ["Refunds are issued to the original payment method within 5-10 business days after the return is received.",
      "Plans can be downgraded at any time; the change applies from the next billing cycle.",
      "Two-factor authentication can be enabled under Settings > Security and supports authenticator apps and SMS.",
      "Data exports are available in CSV and JSON and include all records created in the selected date range.",
      "Team admins can invite up to 50 members on the Standard plan; Enterprise has no limit.",
      "The mobile app supports offline mode for notes but not for attachments larger than 20 MB."]
KBQ = ["how long do refunds take", "can I downgrade mid-month", "how do I turn on 2fa", "what format is the export",
       "how many people can I add", "does the app work offline", "can i get a refund to a different card", "where do I find my invoices",
       "can I export just last month", "do attachments sync offline", "is there a limit on team members", "how do I add an authenticator app",
       "what happens to my data if I downgrade", "can I pay yearly", "why did my refund not arrive yet", "can I switch plans in the middle of the month"]
KB_PRE = ["hi ", "hello, ", "quick question: ", "hey, ", "I'm on the Standard plan, ", "my boss wants to know ", "um ", "Hello team. "]
KB_POST = ["?", " thanks", " it's been {n} days", " we have {n}0 people", " pls", " — on the mobile app", " for our accounting"]

S = {"order": ORDER, "thing": PRODUCT, "damage": DAMAGE, "country": ["Canada", "Australia", "Norway", "Mexico", "Japan", "Ireland", "Brazil"],
     "code": CODE, "n": num(2, 9), "m": num(1, 6), "size": SIZE, "thing2": ["mobile", "billing", "partner portal", "v2 API", "pricing page"],
     "city": E.CITY, "pct": num(5, 60), "pct2": ["1", "1.5", "2"], "spk": TRANSCRIPT_SPK, "feature": FEATURE, "month": E.MONTH,
     "inv": lambda r: "INV-%d" % r.randint(10000, 99999), "api": ["HubSpot", "Zapier", "QuickBooks", "Slack", "Salesforce", "Xero"],
     "state": STATE, "arb": ARB, "region2": REGION2, "period": PERIOD, "dim": DIM,
     "date": lambda r: "%d %s" % (r.randint(1, 28), r.choice(["Jan", "Feb", "Mar"])), "amt": lambda r: str(r.randint(4, 90) * 100),
     "amt2": lambda r: str(r.randint(4, 90) * 100)}


def transcript(r):
    n = r.randint(8, 22)
    spk = r.sample(TRANSCRIPT_SPK, r.randint(3, 5))
    lines = []
    for i in range(n):
        lines.append("%s: %s" % (r.choice(spk), fill(r, r.choice(TRANSCRIPT_L), S)))
    return "\n".join(lines)


class App:
    __slots__ = ("kind", "system", "user", "model_mix", "max_tokens", "out", "multi", "img", "tools", "think", "stop_seq")

    def __init__(self, kind, system, user, model_mix, max_tokens, out, multi=0.0, img=0.0, tools=None, think=0, stop_seq=0.0):
        self.kind, self.system, self.user, self.model_mix = kind, system, user, model_mix
        self.max_tokens, self.out, self.multi, self.img, self.tools, self.think, self.stop_seq = max_tokens, out, multi, img, tools, think, stop_seq


def make_app(r, kind=None):
    """An app backend's fixed setup: its system prompt and the shape of its end-users' messages."""
    co = company(r)
    kinds = ["support", "recipe", "tutor", "listing", "product", "meeting", "triage", "legal", "sql", "review", "moderation",
             "translate", "receipt", "claims", "intake", "news", "npc", "essay", "rag", "tone", "itinerary", "fitness", "story"]
    k = kind or r.choice(kinds)
    bot = r.choice(["Sunny", "Max", "Ava", "Pip", "Nova", "Milo", "Ivy", "Otto"])
    mm = r.choice(["mini", "mini", "main", "main", "legacy"])
    if k == "support":
        thing = r.choice(PRODUCT)
        sysp = ("You are %s, the support assistant for %s, an online shop selling %s. Answer only questions about orders, shipping, "
                "returns and accounts. If you are not sure, offer to hand the conversation to a human agent. Keep replies under 120 words "
                "and never promise refunds outside the 30-day policy." % (bot, co, thing))
        return App(k, sysp, support_msg, mm, 400, 110, multi=0.45)
    if k == "recipe":
        sysp = ("You are the cooking assistant inside the %s app. Suggest one recipe that uses mostly the user's pantry items. "
                "Respond as JSON with keys title, time_minutes, ingredients, steps. No prose outside the JSON." % co)
        return App(k, sysp, lambda r: "Pantry: " + some(r, E.INGR, r.randint(3, 7), ", ", ", ") + (". Diet: " + r.choice(E.DIET) if r.random() < 0.4 else ""), mm, 800, 380)
    if k == "tutor":
        lang = r.choice(list(TUTOR_LINES))
        lvl = r.choice(["beginner", "A2", "B1", "intermediate"])
        sysp = ("You are a friendly %s conversation partner for %s learners using %s. First correct any mistakes in the learner's message "
                "with a one-line explanation, then reply naturally in %s with a question to keep the conversation going." % (lang, lvl, co, lang))
        return App(k, sysp, lambda r: tutor_line(r, lang), mm, 300, 90, multi=0.7)
    if k == "listing":
        sysp = "Write an appealing but accurate property listing (120-160 words) for %s from the structured fields. Do not invent amenities. Avoid words that could breach fair-housing rules." % co
        return App(k, sysp, LISTING, mm, 500, 210)
    if k == "product":
        return App(k, "You write product copy for %s. Friendly, concrete, no superlatives, British spelling." % co, PRODUCT_DESC, mm, 350, 120)
    if k == "meeting":
        sysp = "Summarise the meeting transcript for %s staff: 3-5 bullet decisions, then action items with owners and dates if mentioned." % co
        return App(k, sysp, transcript, "main", 1200, 260)
    if k == "triage":
        sysp = "Classify the customer email into exactly one label: billing, bug_report, feature_request, sales, spam, account, other. Reply with the label only."
        return App(k, sysp, triage_email, "mini", 8, 3, stop_seq=0.0)
    if k == "legal":
        sysp = ("Extract from the clause: governing_law, termination_notice_days, liability_cap, auto_renewal, assignment. Return JSON; use null when "
                "a field is absent. Do not give legal advice.")
        return App(k, sysp, lambda r: fill(r, r.choice(LEGAL_CL), S), "main", 600, 140)
    if k == "sql":
        sysp = ("You translate questions into PostgreSQL for %s's warehouse. Tables: orders(id, customer_id, store_id, created_at, shipped_at, total, carrier, warehouse), "
                "order_items(order_id, sku, qty, price, returned), customers(id, region, signup_at, plan), products(sku, category, name). "
                "Return only SQL in one code block." % co)
        return App(k, sysp, lambda r: fill(r, r.choice(SQLQ), S), mm, 600, 160)
    if k == "review":
        sysp = "You review pull requests for %s. Comment only on correctness, security and missing tests. Be brief; use file:line references." % co
        return App(k, sysp, lambda r: "Diff:\n```\n" + D.CODE[r.choice(list(D.CODE))](r) + "\n```", "main", 1500, 320)
    if k == "moderation":
        sysp = "Label the user comment for the %s community: ok, spam, harassment, hate, self_harm, other. Output JSON {\"label\": ..., \"confidence\": 0-1}." % co
        return App(k, sysp, mod_comment, "mini", 40, 14)
    if k == "translate":
        tl = r.choice(["German", "French", "Spanish", "Japanese", "Portuguese", "Italian", "Dutch", "Polish"])
        sysp = "Translate the marketplace listing into %s. Keep measurements, brand names and prices unchanged. Output only the translation." % tl
        return App(k, sysp, lambda r: PRODUCT_DESC(r).split(". Write")[0] + ". " + r.choice(["Barely used.", "Pickup only.", "Ships within 2 days.", "Minor scratches on the side."]), mm, 500, 110)
    if k == "receipt":
        sysp = "Extract merchant, date, currency, total, tax and line items from the receipt image. Return JSON only."
        return App(k, sysp, lambda r: "" if r.random() < 0.08 else r.choice(["receipt", "Extract the fields.", "expense #%d" % r.randint(100, 9999), "Please process this receipt.", "scan"]), "main", 700, 180, img=1.0)
    if k == "claims":
        sysp = "Summarise the claim notes for the %s adjuster: what happened, damage, documents received, open questions. Neutral tone, no coverage decisions." % co
        return App(k, sysp, lambda r: fill(r, r.choice(CLAIM), S), "main", 500, 150)
    if k == "intake":
        sysp = "Turn the patient's intake notes into a short structured summary for the clinician (complaint, duration, relevant history, medications, allergies). Never suggest a diagnosis."
        return App(k, sysp, intake, "main", 400, 120)
    if k == "news":
        sysp = "Write a two-sentence neutral summary of the article for the %s morning digest." % co
        return App(k, sysp, lambda r: " ".join(fill(r, r.choice(NEWS), S) for _ in range(r.randint(2, 5))), "mini", 200, 60)
    if k == "npc":
        npc = r.choice(NPC)
        sysp = "You voice %s in %s's fantasy RPG. Stay in character, keep replies under 60 words, never mention being an AI." % (npc, co)
        return App(k, sysp, npc_line, "mini", 150, 55, multi=0.6)
    if k == "essay":
        sysp = ("You give feedback to secondary-school students on short argumentative essays for %s. Score thesis, evidence, organisation and "
                "conventions from 1 to 4 each, then give two specific suggestions. Be encouraging." % co)
        return App(k, sysp, essay, "main", 700, 260)
    if k == "rag":
        ctx = " ".join(r.sample(KB, 4))
        sysp = "Answer the customer's question using only the help-centre excerpts below. If the answer isn't there, say so.\n\nExcerpts:\n" + ctx
        return App(k, sysp, lambda r: casual(r, wrap(r, r.choice(KBQ), KB_PRE, KB_POST, 0.4, 0.4, S), 0.8), mm, 300, 70, multi=0.25)
    if k == "tone":
        tone = r.choice(["more polite", "more concise", "warmer", "more formal"])
        return App(k, "Rewrite the user's draft message to be %s. Keep the meaning. Output only the rewritten text." % tone,
                   E.casual_msg, "mini", 200, 50)
    if k == "itinerary":
        sysp = "You are %s's trip planner. Produce a day-by-day plan with morning/afternoon/evening, realistic travel times and one budget tip per day." % co
        return App(k, sysp, lambda r: fill(r, "{n} days in {city} in {month}, interests: {interests}", E.S), "main", 1500, 650)
    if k == "fitness":
        sysp = "You are the coach in the %s app. Adjust the user's training week based on their check-in. Never give medical advice; suggest a professional if pain is mentioned." % co
        return App(k, sysp, lambda r: "Check-in: slept %d h, energy %d/10, completed %d of %d sessions, %s" % (r.randint(4, 9), r.randint(2, 9), r.randint(0, 4), 4,
                   r.choice(["knees a bit sore", "felt great", "busy week at work", "ran a PB on Sunday", "skipped leg day"])), "mini", 500, 200, multi=0.3)
    sysp = "You write gentle bedtime stories (about 300 words) for children aged 3-7 for the %s app. No scary content." % co
    return App("story", sysp, lambda r: "Child's name: %s. Favourite thing: %s. Story idea: a %s who %s." % (r.choice(FIRST).capitalize(), r.choice(E.HOBBY), r.choice(E.ANIMAL), r.choice(E.HOOK)), "main", 700, 420)


# ---------------------------------------------------------------- small teams
TEAM_T = ["Draft three subject lines for our {season} newsletter announcing {announce}.",
          "Turn these bullet points into a one-page proposal for {client}: {bullets}",
          "Excel formula to {excel}?", "Google Sheets: how do I {excel}?",
          "Summarise this customer feedback into themes with counts:\n{feedback}",
          "Write a job description for a {role} at a {size}-person {industry} company.",
          "Rewrite our refund policy so a customer can understand it in 30 seconds: \"{policy}\"",
          "Create a support macro for when {support_sit}.",
          "Review this NDA clause and flag anything unusual: \"{clause}\"",
          "Make an agenda for a {len}-minute {meeting}.",
          "Here are our monthly sales for the last year: {sales}. What trends do you see and what should we ask next?",
          "Turn these meeting notes into action items with owners:\n{notes}",
          "Write a LinkedIn post announcing that we {announce2}. Not cringe please.",
          "Compare {tool1} and {tool2} for a {size}-person team that mostly does {work}.",
          "Write a polite reminder to a client whose invoice is {days} days overdue.",
          "Draft a short case study outline about how we helped a {client} {result}.",
          "What questions should we ask in a reference check for a {role}?",
          "Give me a checklist for onboarding a new {role} in their first week."]
TS = {"season": ["spring", "summer", "holiday", "back-to-school"], "announce": ["our new Berlin office", "a price change", "the mobile app", "free shipping over $50", "our 10th birthday"],
      "client": ["a dental practice", "a city council", "a regional bakery chain", "a logistics startup", "a private school", "a hotel group"],
      "bullets": lambda r: "; ".join(r.sample(["3-month pilot", "weekly reporting", "fixed fee", "two workshops", "migration of legacy data", "training for 20 staff", "SLA of 4 hours", "optional phase 2"], 4)),
      "excel": ["sum a column only where another column says 'paid'", "find duplicates across two sheets", "get the last non-empty value in a row",
                "count unique customers per month", "look up a price from another tab when the IDs have leading zeros", "calculate working days between two dates excluding holidays"],
      "feedback": lambda r: "\n".join("- " + x for x in r.sample(["love the product but delivery was slow", "support took 3 days to reply", "price went up again?",
                                                                  "the new dashboard is confusing", "great onboarding call", "app crashes on login", "wish there was an annual plan",
                                                                  "invoice PDFs are missing our VAT number", "very happy, recommended to a friend", "cancelling, too expensive"], 6)),
      "role": ["bookkeeper", "office manager", "junior designer", "sales development rep", "warehouse lead", "content marketer", "IT support technician", "account manager"],
      "size": num(5, 60), "industry": ["architecture", "e-commerce", "accounting", "events", "construction", "veterinary", "marketing"],
      "policy": ["Returns are accepted within 30 days of delivery provided items are unused and in original packaging; refunds exclude original shipping fees unless the item was defective, in which case we reimburse shipping upon receipt of proof."],
      "support_sit": ["a customer's parcel is lost by the courier", "someone asks for a refund after 60 days", "a user reports a bug we can't reproduce",
                      "a customer is angry about a price increase", "a package was delivered to the wrong address", "a customer wants to delete their account and data"],
      "clause": ["Recipient shall not, for a period of five (5) years, solicit or hire any employee of Discloser, and all obligations survive in perpetuity.",
                 "Confidential Information excludes information that is independently developed, but Recipient bears the burden of proof by clear and convincing evidence."],
      "len": ["30", "45", "60", "90"], "meeting": ["quarterly planning", "project kickoff", "retrospective", "board update", "client workshop"],
      "sales": lambda r: ", ".join(str(r.randint(30, 90) * 1000) for _ in range(12)),
      "notes": lambda r: "\n".join(r.sample(["- Sara will chase the printer quote", "- website copy still pending from Tom", "- budget approved for Q2 ads",
                                             "- need to decide on the venue by Friday", "- Ali to update the CRM fields", "- client wants weekly calls"], 4)),
      "announce2": ["hit 1,000 customers", "opened a second location", "are hiring two engineers", "won a regional award"],
      "tool1": ["Notion", "Asana", "Trello", "HubSpot", "Pipedrive", "Xero"], "tool2": ["Confluence", "Monday", "ClickUp", "Salesforce", "QuickBooks", "Airtable"],
      "work": ["client projects", "sales", "field service", "content", "bookkeeping"], "days": ["15", "30", "45", "60"],
      "result": ["cut onboarding time in half", "move off spreadsheets", "double repeat orders", "reduce no-shows"]}


def team_prompt(r):
    if r.random() < 0.15:
        return E.prompt(r)
    return casual(r, fill(r, r.choice(TEAM_T), TS), 0.3)


# ---------------------------------------------------------------- researchers
MCQ_SUBJ = ["astronomy", "virology", "macroeconomics", "formal logic", "high-school chemistry", "world religions", "international law",
            "clinical knowledge", "electrical engineering", "moral scenarios", "jurisprudence", "college physics", "nutrition"]
RES_T = ["Summarise the main contribution of a paper that {paper}, and list its likely limitations.",
         "I ran {test} on {n} samples per group and got p = 0.0{p}. With {k} comparisons, how should I correct, and is the result still meaningful?",
         "Write LaTeX for a table with columns {cols} and {k} rows of placeholder numbers, booktabs style.",
         "Help me phrase the limitations section: our study {limit}.",
         "Explain the difference between {m1} and {m2} for someone reviewing an ML paper.",
         "Suggest three ablations for a model that {paper}.",
         "Is it valid to use {test} when {assump}?",
         "Rewrite this abstract to fit in 150 words without losing the key numbers: {abstract}"]
RS = {"paper": ["fine-tunes a small language model on synthetic arithmetic", "uses satellite images to estimate crop yields",
                "proposes a new contrastive loss for speech", "measures gender bias in hiring algorithms", "compresses transformers with low-rank adapters",
                "studies sleep and exam performance in undergraduates", "predicts protein stability from sequence"],
      "test": ["a t-test", "Mann-Whitney U", "a chi-squared test", "ANOVA", "a paired t-test", "Fisher's exact test"], "n": num(12, 400), "p": num(11, 49), "k": num(3, 12),
      "cols": ["model, params, accuracy, F1", "condition, mean, sd, n", "dataset, baseline, ours, delta"],
      "limit": ["only used data from one hospital", "had a small sample of 34 participants", "relied on self-reported measures", "evaluated on English only"],
      "m1": ["precision", "calibration", "perplexity", "in-distribution accuracy", "BLEU"], "m2": ["recall", "accuracy", "downstream accuracy", "robustness", "human preference"],
      "assump": ["the groups have very different variances", "the data is ordinal", "observations aren't independent", "n is 9 per group"],
      "abstract": ["We present a method for estimating household energy use from smart meter data that improves mean absolute error by 18% over prior work across 3 utilities and 41,000 homes, while requiring no appliance-level labels; we further show robustness to missing data up to 30%."]}


def mcq(r):
    subj = r.choice(MCQ_SUBJ)
    a, b, c, d = r.sample(["increases", "decreases", "stays the same", "doubles", "cannot be determined", "halves", "oscillates", "becomes zero"], 4)
    q = r.choice(["In %s, when the key quantity in a standard scenario %s, the observed effect most likely:" % (subj, r.choice(["rises", "falls", "is held constant"])),
                  "Which statement about a textbook %s case with parameter %d is correct?" % (subj, r.randint(2, 99)),
                  "A %s question (item %d): under the usual assumptions, the outcome:" % (subj, r.randint(1, 3000))])
    return "%s\nA. %s\nB. %s\nC. %s\nD. %s\nAnswer with the letter only." % (q, a, b, c, d)


def research_prompt(r):
    if r.random() < 0.3:
        return mcq(r)
    return fill(r, r.choice(RES_T), RS)


SUP_PRE = ["", "", "hi, ", "hello ", "Hi there, ", "good morning. ", "hey ", "urgent: ", "Hello, my name is {first}. ", "help! "]
SUP_POST = ["", "", "", " thanks", " order number {order}", " this is the second time I'm asking", " pls help", "?", " I need it by {day}",
            " my email is the one on the account", " (ordered on the {n}th)", " really disappointed tbh", " thank you so much"]
S.update({"first": lambda r: FIRST[r.randrange(len(FIRST))].capitalize(), "day": ["Friday", "the weekend", "Monday", "tomorrow", "next week"]})


def support_msg(r):
    return casual(r, compose(r, [SUP_PRE, SUPPORT_U, SUP_POST], S), 0.7)


TR_GREET = ["Hi,", "Hello,", "Dear team,", "Hey,", "Good afternoon,", "To whom it may concern,", ""]
TR_BODY = EMAIL_TRIAGE + ["We upgraded to {n}0 seats last week but the invoice still shows the old number.", "Since the last update, {feature} no longer works for us.",
                          "Could you add {feature}? Our team would use it daily.", "I'd like to talk to someone about pricing for {n}00 users.",
                          "Login fails with 'session expired' right after entering the 2FA code.", "Please update our VAT number on invoice {inv}.",
                          "The mobile app crashes when I open a shared folder.", "We want to move from monthly to annual billing.",
                          "Your integration with {api} stopped syncing contacts on {date}."]
TR_SIGN = ["\nThanks,\n{first}", "\nBest regards,\n{first} {last}", "\n-- {first}", "\nSent from my phone", "", "\nCheers, {first}", "\nKind regards\n{first}, {co}"]
S.update({"last": lambda r: r.choice(["Meyer", "Okafor", "Tanaka", "Rossi", "Silva", "Novak", "Haddad", "Smith", "Kowalski"]), "co": lambda r: company(r)})


def triage_email(r):
    body = fill(r, r.choice(TR_BODY), S)
    g = "" if body.startswith(("Hi", "Hey", "CONGRAT")) else r.choice(TR_GREET)
    return (g + " " + body + fill(r, r.choice(TR_SIGN), S)).strip()


MOD_SUBJ = ["this ref", "the mods here", "your recipe", "the new update", "this seller", "the author", "this thread", "that goal", "your dog", "the city council"]
MOD_VERB = ["is absolutely useless", "made my day", "is a joke", "deserves an award", "should be banned", "is overrated", "is better than I expected",
            "needs to be fired", "broke my phone", "is kind of sus", "saved me so much time"]
MOD_TAIL = ["", "", " lol", " 😂", " tbh", "!!!", " smh", " #fail", " 10/10", ", DM me for cheap followers", " click my profile for free crypto",
            ", people like you shouldn't be allowed online", ", anyone know if the store on 5th is open sunday?"]


def mod_comment(r):
    if r.random() < 0.3:
        return r.choice(MOD_COMMENTS)
    return casual(r, compose(r, [MOD_SUBJ, [" "], MOD_VERB, MOD_TAIL]).capitalize(), 0.8)


TUTOR_MORE = {
    "Spanish": ["Mañana voy a comprar un regalo para mi madre porque es su cumpleaños.", "El fin de semana pasado fuimos a la playa y hace mucho sol.",
                "Yo tengo veinte años y estudio ingeniería.", "¿Tú conoces un buen restaurante cerca de aquí?", "Mi hermano es más alto que yo pero menos rápido."],
    "French": ["Ce week-end, je vais visiter mes grands-parents à Lyon.", "J'ai besoin de acheter du pain.", "Mon ami il est très sympa.", "Hier il a plu toute la journée."],
    "German": ["Am Wochenende ich gehe mit meinen Freunden wandern.", "Ich wohne seit zwei Jahren in Hamburg.", "Mein Lieblingsessen ist Pizza, weil es lecker ist."],
    "English": ["I am agree with you about the movie.", "Last weekend I visit my grandmother in the countryside.", "If I will have time, I call you.", "Me and my friend goes to the gym every day."],
}


def tutor_line(r, lang):
    pool = TUTOR_LINES[lang] + TUTOR_MORE[lang]
    s = r.choice(pool)
    if r.random() < 0.45:
        s = s + " " + r.choice(pool)
    return casual(r, s, 0.3)


NPC_MORE = ["I'm looking for work. Any jobs around here?", "How much for the {item}?", "Who runs this town?", "I found this {item} in the cave. Do you know what it is?",
            "Can you repair my {item}?", "Is the road to {place} safe?", "What happened to the old mill?", "I'm a friend of {npc}. She sent me.",
            "Tell me a rumour.", "I need supplies for a long journey.", "Have you heard the bells at night?"]
NS = {"item": ["sword", "lantern", "silver amulet", "map", "shield", "bow", "strange key", "potion"], "place": ["Ravenhold", "the Salt Marsh", "Elderglen", "the northern pass"],
      "npc": ["Mara", "old Tobin", "the priestess", "Captain Vey"]}


def npc_line(r):
    s = fill(r, r.choice(NPC_LINES + NPC_MORE), NS)
    return casual(r, s, 0.5)


ESSAY_T = {
    "social media": ["Social media does more harm than good for teenagers.", "It makes people compare themselves to others.", "Some people say it helps them stay in touch with friends.",
                     "Studies show that screen time affects sleep.", "However it can also help shy people find communities.", "In conclusion, schools should teach students how to use it safely.",
                     "My cousin spends five hours a day on it and his grades dropped."],
    "uniforms": ["School uniforms should be required.", "They make everyone equal.", "They save time in the morning.", "Some argue they limit self-expression.",
                 "But students can express themselves in other ways.", "Uniforms can be expensive for families.", "Overall the benefits are bigger than the costs."],
    "homework": ["Homework helps students practise what they learned.", "Too much homework causes stress.", "Teachers should give less homework on weekends.",
                 "Some countries with little homework still have good results.", "Homework teaches responsibility.", "Students need time for sports and family."],
    "electric cars": ["Electric cars are the future.", "They produce no exhaust pollution.", "The batteries are getting better every year.",
                      "But charging stations are still rare in the countryside.", "Making batteries needs a lot of mining.", "The government should give more subsidies."],
    "voting age": ["The voting age should be lowered to 16.", "Teenagers pay taxes when they work.", "They are affected by decisions about climate and education.",
                   "Critics say 16-year-olds are not mature enough.", "Many adults are not well informed either.", "Austria already lets 16-year-olds vote."],
}


def essay(r):
    topic = r.choice(sorted(ESSAY_T))
    sents = ESSAY_T[topic]
    k = r.randint(3, len(sents))
    body = [sents[0]] + r.sample(sents[1:], k - 1)
    return "Essay (grade %d): %s" % (r.randint(7, 11), " ".join(body))


IN_COMPLAINT = ["sore throat", "lower back pain", "headaches", "rash on forearms", "ear pain", "cough", "dizziness when standing", "stomach cramps",
                "knee swelling", "trouble sleeping", "burning when urinating", "chest tightness on exertion"]
IN_DUR = ["since yesterday", "for 3 days", "for about a week", "on and off for a month", "since Saturday", "for two weeks"]
IN_EXTRA = ["mild fever last night 38.{d}", "no fever", "worse in the morning", "worse when bending", "started after a new detergent", "had a cold last week",
            "missed BP meds last week", "no numbness", "woke up crying (child {k}y)", "took ibuprofen with some relief", "pain {k}/10"]
IN_HIST = ["Allergic to penicillin.", "No known allergies.", "On metformin.", "Asthma, uses inhaler.", "Pregnant, 20 weeks.", "", ""]


def intake(r):
    return "Pt reports %s %s, %s. %s" % (r.choice(IN_COMPLAINT), r.choice(IN_DUR), ", ".join(r.sample(IN_EXTRA, 2)).replace("{d}", str(r.randint(0, 9))).replace("{k}", str(r.randint(2, 9))), r.choice(IN_HIST))


TF = ["shorter", "more formal", "add a line about pricing", "now as bullet points", "translate to {tl}", "make it friendlier", "cut it to {n}0 words",
      "add a call to action", "less salesy", "mention our {thing2} too", "can you make a version for {client}", "put the numbers in a table",
      "change the tone for a UK audience", "add a subject line", "remove the second paragraph", "what would you change if the budget were halved",
      "use our company name {co}", "make the deadline {day}", "make it sound like it came from the CEO", "now a shorter version for Slack"]
TFS = dict(S)
TFS.update({"tl": ["French", "German", "Spanish", "Dutch", "Italian"], "client": TS["client"]})


def team_followup(r):
    return casual(r, compose(r, [["", "", "ok ", "thanks, ", "good. ", "hmm, ", "great - "], TF, ["", "", " please", "?", " thx"]], TFS), 0.5)


RF = ["can you make it more concise", "what citation would support that?", "rewrite in passive voice", "explain the second point", "now as LaTeX",
      "is that standard practice in {field}?", "what would reviewer 2 say about this?", "how would this change with n = {n}0?", "give me the R code for that",
      "now the Python version with statsmodels", "make it fit in {n}0 words", "what's the effect size here?", "is there a nonparametric alternative?",
      "compare with the approach in {field} papers", "list the assumptions explicitly"]


def research_followup(r):
    return casual(r, fill(r, r.choice(RF), {"field": ["NLP", "epidemiology", "psychology", "economics", "ecology", "HCI"], "n": num(2, 9)}), 0.4)
