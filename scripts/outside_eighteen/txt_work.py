"""Work prompts (small teams, office staff) and app-backend traffic (system prompt + end-user content)."""
from common import pick
from textkit import fill, gen, casual, num, money, dec
import txt_everyday as E

VENDORS = ["Halvorsen Packaging", "Brightline Office Supply", "Kessler Industrial", "Mistral Print Co.", "Zhongshan Fasteners Ltd",
           "Ostrava Steelworks", "Pacific Label & Tag", "Nordic Cleanroom AB", "Greystone Furniture", "Ardent IT Services",
           "Sunbelt Uniforms", "Meridian Lab Consumables", "Coastal Freight Partners", "Delta Cable Systems", "Lakeside Catering"]
WORK_TPL = [
    "Draft an email to {vendor} asking them to {proc_ask} on PO {po}. We need it by {date}. Keep it firm but we want to keep working with them.",
    "Write a short RFQ for {qty} units of {item}. Include delivery to {city}, payment terms net {net}, and ask for lead times.",
    "{vendor} raised their prices {pct}% with two weeks' notice. Help me reply asking for a phased increase.",
    "Summarise these meeting notes into decisions, owners and deadlines:\n{notes}",
    "Rewrite this section of our {policy} policy so a new starter understands it:\n\"{policytext}\"",
    "Write {n} subject lines for a newsletter announcing {launch}. Audience: {aud}.",
    "Turn these bullet points into a one-page project update for the board:\n{bullets}",
    "What's a fair way to compare three quotes when one vendor is cheapest but has {risk}?",
    "Write a job ad for a {role} at a {size}-person {biz}. Must-haves: {musts}.",
    "Give me a polite way to tell a client their {deliverable} will be {days} days late because of {why}.",
    "Help me write the 'need' section of a grant application for {grant}. We're a small {org} in {city}.",
    "Explain the difference between {t1} and {t2} for our finance team in two paragraphs.",
]
WORK_SLOTS = {
    "vendor": VENDORS, "proc_ask": ["confirm the revised delivery date", "split the shipment into two deliveries", "send a corrected invoice",
                                    "honour last quarter's pricing", "provide the missing certificates of conformity", "credit the damaged pallets"],
    "po": lambda r: "%s-%d" % (pick(r, ["PO", "4500", "PR", "NL"]), r.randint(10000, 999999)), "date": ["Friday", "the 24th", "end of month", "next Wednesday"],
    "qty": lambda r: "{:,}".format(r.randint(1, 400) * 50), "item": ["A4 copier paper", "nitrile gloves (M and L)", "M6 stainless bolts", "27-inch monitors",
                                                                       "branded polo shirts", "corrugated boxes 40x30x20", "lab pipette tips", "office chairs"],
    "city": ["Rotterdam", "Leeds", "Columbus, Ohio", "Pune", "Lyon", "Brisbane", "Monterrey", "Gdansk"], "net": ["30", "45", "60"], "pct": num(4, 22),
    "notes": lambda r: "\n".join("- %s %s %s" % (pick(r, ["Ana", "Raj", "Tom", "Mei", "Kofi", "Lena", "Jorge"]), pick(r, ["said", "will", "wants to", "can't"]),
                                                 pick(r, ["chase the freight quote", "move the launch to May", "review the contract draft", "hire a contractor for QA",
                                                          "cut the travel budget", "own the vendor shortlist", "update the pricing page", "fix the onboarding emails"])) for _ in range(r.randint(4, 9))),
    "policy": ["expenses", "remote work", "on-call", "parental leave", "data retention", "travel"],
    "policytext": ["Employees shall ensure all claims are submitted within thirty (30) days of the expenditure being incurred, accompanied by itemised receipts, failing which reimbursement may be declined at the discretion of the line manager.",
                   "Staff engaged in remote working arrangements must ensure that their working environment complies with the organisation's health and safety obligations and that confidential information is not visible to members of the household.",
                   "On-call personnel are expected to acknowledge pages within fifteen minutes and to be in a position to commence remediation within thirty minutes of acknowledgement."],
    "n": num(5, 15), "launch": ["our new delivery zones", "a price change", "the spring collection", "a free tier", "a partnership with a local charity"],
    "aud": ["small business owners", "parents", "existing customers", "nurses", "landlords"],
    "bullets": lambda r: "\n".join("- %s" % pick(r, ["revenue up %d%% QoQ" % r.randint(2, 40), "churn flat", "hired %d engineers" % r.randint(1, 6), "delayed the EU launch",
                                                      "cash runway %d months" % r.randint(6, 30), "signed two enterprise pilots", "support backlog down by half", "SOC 2 audit scheduled"]) for _ in range(r.randint(4, 7))),
    "risk": ["no ISO certification", "a 12-week lead time", "had a data breach last year", "only one factory", "bad reviews on support"],
    "role": ["bookkeeper", "junior data analyst", "warehouse team lead", "customer success manager", "backend engineer", "office manager"],
    "size": num(6, 80), "biz": ["logistics startup", "dental practice group", "craft brewery", "architecture studio", "bike shop chain", "nonprofit"],
    "musts": ["Excel, attention to detail", "SQL and dashboards", "forklift licence", "Python, Postgres", "Spanish and English"],
    "deliverable": ["report", "website redesign", "audit", "translation", "data migration"], "days": num(2, 21),
    "why": ["a supplier delay", "a sick team member", "scope changes on their side", "a data issue we found"],
    "grant": ["a youth coding club", "a food bank's cold storage", "a rural health outreach van", "an oral history archive"],
    "org": ["charity", "community group", "social enterprise", "museum"], "t1": ["accrual", "capex", "gross margin", "deferred revenue"], "t2": ["cash basis", "opex", "contribution margin", "unearned revenue"],
}


def work(r):
    return casual(r, gen(r, WORK_TPL, WORK_SLOTS), 0.25)


# ------------------------------------------------------------------ app backends
PRODUCTS = [("ceramic pour-over coffee dripper", ["holds 2 cups", "matte glaze", "fits most mugs"]),
            ("merino wool hiking socks", ["cushioned heel", "3-pack", "sizes S-XL"]),
            ("cordless drill 18V", ["2 batteries", "LED light", "13mm chuck"]),
            ("kids' waterproof rain jacket", ["reflective strips", "packable hood", "ages 3-10"]),
            ("bamboo cutting board set", ["3 sizes", "juice groove", "dishwasher safe? no"]),
            ("noise-cancelling earbuds", ["28h battery", "IPX4", "multipoint"]),
            ("linen duvet cover", ["stonewashed", "king size", "oat colour"]),
            ("stainless steel lunch box", ["3 compartments", "leak-proof lid", "1.2 L"]),
            ("ergonomic office chair", ["mesh back", "adjustable lumbar", "4D armrests"]),
            ("dog puzzle feeder", ["non-slip base", "level 2 difficulty", "BPA-free"]),
            ("cast iron skillet 26 cm", ["pre-seasoned", "oven safe", "induction ready"]),
            ("LED desk lamp", ["3 colour temps", "USB-C charging port", "touch dimmer"])]


def product(r):
    n, feats = pick(r, PRODUCTS)
    extra = r.sample(["price %s" % pick(r, ["$19.99", "€34", "£49.95", "$129", "₹1,499"]), "brand %s" % pick(r, ["Hearth&Co", "Trailmark", "Nimbus", "Koto", "Ferro"]),
                      "colour %s" % pick(r, ["sage", "black", "sand", "navy", "terracotta"]), "SKU %s-%d" % (pick(r, ["HK", "TR", "NB", "KT"]), r.randint(1000, 99999))], 2)
    return "Product: %s\nFeatures: %s\n%s\nTone: %s. Length: %d words." % (n, "; ".join(feats), "\n".join(extra), pick(r, ["playful", "premium", "plain", "eco-minded"]), pick(r, [60, 80, 120, 150]))


SUPPORT_ISSUES = {
    "telecom": ["my bill went up by {amt} this month and I didn't change anything", "no signal at home since the weekend, postcode {pc}",
                "I want to port my number to another provider, what's my PAC code process", "roaming charges in {country} look wrong",
                "router keeps dropping wifi every evening", "I was promised a loyalty discount on the phone and it's not on the bill"],
    "bank": ["a card payment of {amt} to {merchant} I don't recognise", "how do I raise my daily transfer limit", "my salary hasn't arrived and it's {day}",
             "can I get a statement for a visa application", "my card was declined abroad in {country}", "I want to dispute a charge from {merchant}"],
    "airline": ["my bag didn't arrive on flight {flight}", "can I change my return date without a fee", "I need wheelchair assistance at {airport}",
                "my flight {flight} was delayed {hrs} hours, what am I owed", "how do I add my frequent flyer number to an existing booking"],
    "saas": ["I can't log in after resetting my password", "we were charged for {seats} seats but only use {seats2}", "the CSV export is missing the {field} column",
             "how do I connect your app to {tool}", "SSO stopped working after our Okta change", "is there an API rate limit for the {field} endpoint"],
}
SUPPORT_SLOTS = {"amt": lambda r: pick(r, ["$%d.%02d" % (r.randint(5, 300), r.randint(0, 99)), "£%d" % r.randint(5, 200), "€%d.%02d" % (r.randint(3, 250), r.randint(0, 99))]),
                 "pc": lambda r: "%s%d %d%s" % (pick(r, ["M", "LS", "B", "SW", "EH", "CF"]), r.randint(1, 20), r.randint(1, 9), pick(r, ["AB", "QT", "ZX", "HD", "PL"])),
                 "country": ["Spain", "Turkey", "the US", "Thailand", "Mexico", "Switzerland"], "merchant": ["AMZN MKTP", "PAYPAL *GAMES", "UBER *TRIP", "SQ *CAFE", "NETFLIX.COM", "GOOGLE *CLOUD"],
                 "day": ["the 28th", "Friday", "two days late"], "flight": lambda r: "%s%d" % (pick(r, ["KL", "BA", "LH", "AA", "QF", "EK", "TK"]), r.randint(10, 2999)),
                 "airport": ["Heathrow T5", "JFK", "Schiphol", "Dubai", "Frankfurt"], "hrs": num(2, 9), "seats": num(10, 200), "seats2": num(2, 60),
                 "field": ["invoices", "tags", "custom fields", "timestamps", "webhooks"], "tool": ["Slack", "HubSpot", "Zapier", "Salesforce", "Google Sheets"]}


def support_msg(r, vertical):
    t = fill(r, pick(r, SUPPORT_ISSUES[vertical]), SUPPORT_SLOTS)
    return casual(r, pick(r, ["Hi, ", "Hello, ", "", "Hey there, ", "Good morning, "]) + t + pick(r, [".", "!", "??", ". Please help.", ". This is the third time I'm asking."]), 0.4)


TRANSCRIPT_NAMES = ["Priya", "Marcus", "Elena", "Tom", "Aiko", "Samuel", "Fatima", "Jonas", "Chen", "Olivia"]
TRANSCRIPT_LINES = ["I think we need to push the release by a week.", "Can we get the numbers from finance before Thursday?",
                    "The customer escalated again this morning.", "I'll take the action on the vendor contract.",
                    "We're still blocked on the API keys from their side.", "Let's not over-engineer this for the pilot.",
                    "Marketing wants the landing page live on Monday.", "Budget's approved but only for two contractors.",
                    "Did anyone check the GDPR implications?", "Okay, so decision: we go with option B.",
                    "Can someone own the retro notes?", "The churn numbers look worse than last quarter.",
                    "Support volume doubled after the pricing email.", "We should loop in legal before we sign."]


def transcript(r):
    names = r.sample(TRANSCRIPT_NAMES, r.randint(3, 5))
    lines = []
    t = r.randint(0, 50)
    for _ in range(r.randint(10, 40)):
        t += r.randint(5, 60)
        lines.append("[%02d:%02d] %s: %s" % (t // 60, t % 60, pick(r, names), pick(r, TRANSCRIPT_LINES)))
    return "\n".join(lines)


def resume(r):
    f, l = pick(r, ["Ana", "Kwame", "Li", "Sven", "Maria", "Dev", "Hana"]), pick(r, ["Okafor", "Lindqvist", "Patel", "Moreno", "Kim", "Dubois"])
    jobs = "\n".join("- %s, %s (%d-%d): %s" % (pick(r, ["Sales Associate", "Data Analyst", "Nurse", "Barista", "Teacher", "Project Coordinator", "Software Engineer"]),
                                              pick(r, ["Target", "NHS Trust", "a fintech startup", "Starbucks", "Accenture", "a local school"]), y, y + r.randint(1, 5),
                                              pick(r, ["handled customer queries", "built weekly dashboards", "managed a team of 6", "improved onboarding", "reduced waste by 15%"]))
                     for y in sorted(r.sample(range(2008, 2024), r.randint(2, 4))))
    return "Target role: %s\n\n%s %s\n%s\nSkills: %s" % (pick(r, ["Product Manager", "Operations Lead", "Junior Developer", "HR Generalist", "UX Researcher"]), f, l, jobs,
                                                       ", ".join(r.sample(["Excel", "SQL", "Python", "Salesforce", "public speaking", "Figma", "SAP", "first aid", "Spanish"], 4)))


def listing(r):
    return "Type: %s\nBedrooms: %d\nBathrooms: %d\nArea: %d %s\nArea notes: %s\nHighlights: %s" % (
        pick(r, ["flat", "terraced house", "condo", "bungalow", "townhouse", "studio"]), r.randint(0, 5), r.randint(1, 3), r.randint(30, 260), pick(r, ["m²", "sq ft"]),
        pick(r, ["near the tram line", "quiet cul-de-sac", "10 min to the beach", "top-rated school catchment", "above a bakery"]),
        ", ".join(r.sample(["new kitchen", "south-facing garden", "EV charger", "original fireplace", "loft room", "parking", "heat pump", "balcony with view"], 3)))


NL_SQL = ["How many customers signed up in {month} from {region}?", "Top {n} products by revenue last quarter, excluding refunds",
          "Average order value by channel for the last {n} weeks", "Which sales reps missed quota in {month}?",
          "Show me churned accounts with more than {n} seats", "Weekly active users split by plan since January",
          "What share of tickets were resolved within 24h in {region}?", "Compare {month} revenue to the same month last year by category"]
NL_SLOTS = {"month": ["January", "February", "March", "last month", "Q1"], "region": ["EMEA", "Germany", "the West region", "APAC", "Brazil"], "n": num(3, 25)}
CATALOGUE_ITEMS = ["Men's slim-fit chino trousers stone 32W", "USB-C to HDMI adapter 4K 60Hz aluminium", "Organic rolled oats 1kg",
                   "Kids' LED light-up trainers size 28", "Replacement HEPA filter for Airwave 300", "Yoga mat 6mm non-slip lilac",
                   "Stainless steel garlic press", "A5 dotted notebook 160 pages", "Cat litter clumping unscented 10L", "Bluetooth meat thermometer dual probe",
                   "Waterproof bike panniers 2x20L", "Vitamin D3 1000IU 120 tablets", "Ceramic plant pot 14cm with saucer", "Wireless gaming mouse 26k DPI"]


def catalogue_item(r):
    return "%s%s" % (pick(r, CATALOGUE_ITEMS), pick(r, ["", "", " - %s" % pick(r, ["2-pack", "new", "clearance", "bundle", "v2"])]))


CLAUSES = ["Either party may terminate this Agreement upon {n} days' written notice if the other party materially breaches any provision and fails to cure such breach within the notice period.",
           "The Supplier's aggregate liability arising out of or in connection with this Agreement shall not exceed the fees paid in the {n} months preceding the claim.",
           "Customer shall not, without prior written consent, assign or transfer any rights hereunder, save to an Affiliate in connection with a merger or reorganisation.",
           "All Confidential Information shall be returned or destroyed within {n} days of termination, save for copies retained in routine backups.",
           "Fees are payable within {n} days of invoice; late amounts bear interest at 1.5% per month or the maximum permitted by law, whichever is lower."]


def clause(r):
    return pick(r, CLAUSES).replace("{n}", str(pick(r, [10, 14, 30, 45, 60, 90, 12, 24])))


NEWS = ["The city council voted {a} to {b} on Tuesday to approve a new cycle lane network, despite objections from some shop owners on the high street.",
        "Heavy rain caused flooding in parts of the region overnight, with emergency services rescuing {a} people from cars stranded on rural roads.",
        "The local football club confirmed that its stadium expansion will add {a},000 seats and is expected to finish before the {b} season.",
        "Shares in the logistics firm fell {a}% after it warned that higher fuel costs would weigh on profits for the rest of the year.",
        "A new study from the regional university found that {a}% of surveyed commuters would switch to trains if fares were capped."]


def news(r):
    return pick(r, NEWS).replace("{a}", str(r.randint(3, 40))).replace("{b}", str(r.randint(2, 30)))


LEARNER = ["Yesterday I go to the cinema with my friends and we watch a horror film.", "She don't like coffee, she prefer tea.",
           "I am living in Berlin since three years.", "Can you borrow me your pen?", "He said me that he will come tomorrow.",
           "Ich habe gestern ins Kino gegangen.", "Yo soy cansado porque trabajé mucho.", "J'ai allé au marché ce matin.",
           "私はすしが好きでした、でも今は好きです。", "I have went there last summer and it was very beautiful.",
           "Me gusta mucho los perros.", "Ich möchte ein Kaffee, bitte.", "If I would have money, I buy a car.", "We was waiting since one hour."]
STORY_SEEDS = ["a shy dragon who is afraid of the dark", "a girl who can talk to rain clouds", "two hedgehogs who open a bakery",
               "a robot that wants to learn to dance", "a lost sock looking for its pair", "a bus that runs on laughter", "a whale who sings off-key"]


# apps: (name, system template, user generator, kind, max_tokens, img, vertical)
def app_catalogue():
    return [
        ("product_copy", "You write product descriptions for {brand}'s online shop. Use the attributes given, never invent specifications, UK spelling, no emojis. Return only the description.",
         product, "gen_short", 600, False),
        ("support_telecom", "You are {brand}'s customer support assistant. Be concise and kind. If the customer asks about a bill, never promise a refund; offer to open a billing review. Escalate to a human for cancellations.",
         lambda r: support_msg(r, "telecom"), "chat", 700, False),
        ("support_bank", "You are the virtual assistant for {brand}. Never ask for full card numbers, PINs or passwords. For disputes, explain the steps and link to the in-app form.",
         lambda r: support_msg(r, "bank"), "chat", 600, False),
        ("support_airline", "You are {brand}'s travel helper. Use the policy snippets provided by tools if available. Keep replies under 120 words.",
         lambda r: support_msg(r, "airline"), "chat", 500, False),
        ("support_saas", "You are the help-desk assistant for {brand}, a B2B software product. Answer from the documentation; if unsure, say you will hand over to the support team.",
         lambda r: support_msg(r, "saas"), "chat", 800, False),
        ("meeting_notes", "Summarise the meeting transcript for {brand} users: decisions, action items with owners, open questions. Markdown.",
         transcript, "summary", 1200, False),
        ("resume_review", "You are {brand}'s CV coach. Give specific, kind feedback on the CV for the target role. Max 8 bullet points.",
         resume, "explain", 1000, False),
        ("listing_writer", "Write a property listing for {brand} agents from the details. Honest, no superlatives that can't be verified, 120-180 words.",
         listing, "gen_short", 500, False),
        ("lang_tutor", "You are a friendly language tutor in the {brand} app. Correct the learner's sentence, explain each correction briefly, and give one similar example.",
         lambda r: pick(r, LEARNER), "chat", 400, False),
        ("plant_doctor", "You are {brand}'s plant care assistant. Identify the likely plant and problem from the photo and description. Suggest the least invasive fix first.",
         lambda r: "It's %s kept %s. %s" % (pick(r, E.PLANTS), pick(r, E.GARDEN_SLOTS["where"]), pick(r, ["What's wrong?", "Is it dying?", "Help", "Spots appeared this week.", "Should I repot?"])),
         "explain", 700, True),
        ("invoice_extract", "Extract supplier name, invoice number, date, currency, net, VAT and total from the document image. Respond with JSON only.",
         lambda r: pick(r, ["Extract the fields.", "Extract.", "Please process this invoice.", "Page 1 of %d" % r.randint(1, 4)]), "json", 400, True),
        ("nl_to_sql", "You translate questions into SQL for {brand}'s analytics warehouse (BigQuery). Schema: orders(id, customer_id, created_at, total, channel, status), customers(id, region, plan, signed_up_at), tickets(id, customer_id, opened_at, resolved_at). Return only SQL.",
         lambda r: fill(r, pick(r, NL_SQL), NL_SLOTS), "code_short", 400, False),
        ("catalogue_tagger", "Assign the product to exactly one category from {brand}'s taxonomy (Apparel, Electronics, Home & Kitchen, Pets, Grocery, Health, Sports, Garden, Stationery, Toys). Reply with the category name only.",
         catalogue_item, "label", 10, False),
        ("clause_explainer", "You help {brand} small-business customers understand contract clauses. Explain in plain English, flag risks, never give definitive legal advice.",
         clause, "explain", 700, False),
        ("news_translate", "Translate the article paragraph for {brand}'s {lang} edition. Keep names and numbers exactly. Return only the translation.",
         news, "rewrite", 500, False),
        ("kids_stories", "You write gentle bedtime stories for {brand}. Ages 3-7, 250-400 words, no scary content, end calmly.",
         lambda r: "Story about %s. Child's name: %s." % (pick(r, STORY_SEEDS), pick(r, ["Mia", "Leo", "Aarav", "Sofia", "Noah", "Yuki", "Zara", "Ollie"])), "long", 900, False),
        ("fitness_coach", "You are {brand}'s training coach. Adjust the user's next workout based on their log. Short, motivating, specific.",
         lambda r: "Log: %s %dx%d at %d kg, RPE %d. %s" % (pick(r, ["squat", "bench", "deadlift", "overhead press", "row"]), r.randint(3, 5), r.randint(3, 12), r.randint(20, 180), r.randint(6, 10),
                                                         pick(r, ["Felt easy.", "Knee felt off.", "Slept badly.", "Hit a PR!", ""])), "chat", 400, False),
        ("email_assist", "You are the writing assistant inside {brand}'s procurement suite. Draft or improve emails to suppliers. Keep a professional tone and include PO numbers when given.",
         lambda r: fill(r, pick(WORK_TPL[:3], ) if False else pick(r, WORK_TPL[:3]), WORK_SLOTS), "rewrite", 700, False),
    ]


BRANDS = ["Nimbly", "Hearthside", "Pennywise Bank", "SkyHop", "Ledgerly", "Tandem Telecom", "Plantsy", "Docket", "Parla", "Rentwise",
          "Fitloop", "Storynest", "Brightcart", "Sumo Analytics", "Clausebird", "Daily Courier", "Procura", "Aerlinea Sol", "Verdant", "Talkbox",
          "QuillHR", "Boxwood Homes", "Kitefin", "Lumo Learn", "Harbor Health Shop", "Fennel & Co", "Ridgeway Mobile", "Coinnest", "Tripwell", "Stacklane"]
