"""Everyday people's prompts: household, money, hobbies, homework, writing help, in several languages.

Each generator returns a prompt string; DOMAINS maps a name to (generator, kind, weight). The kind sets the
size of the answer (see pop_background.OUT).
"""
from common import pick
from textkit import fill, gen, casual, num, money, dec

# ------------------------------------------------------------------ taxes (US/CA/UK/DE/IN/AU)
US_STATES = ["Ohio", "Texas", "California", "New Jersey", "Georgia", "Arizona", "Michigan", "Colorado", "Oregon", "Illinois",
             "Pennsylvania", "North Carolina", "Virginia", "Washington", "Minnesota", "Florida", "Maryland", "Wisconsin"]
SIDE = ["DoorDash", "Etsy sales", "tutoring", "Uber Eats", "freelance design work", "selling on eBay", "a YouTube channel",
        "pet sitting", "consulting for my old employer", "Instacart", "OnlyFans-style fan subscriptions", "renting my garage",
        "wedding photography", "selling handmade candles", "a Shopify store", "referee gigs", "music lessons"]
TAX_TPL = [
    "I'm a {job} in {state} and made about ${side_amt} from {side} last year on top of my W-2. Do I need to {action}?",
    "Can I deduct {expense} if I {situation}? I file as {status}.",
    "My {relative} lived with us {months} months last year and earned ${small}. Can I claim them as a dependent?",
    "I sold {asset} I'd held for {held} and made a gain of ${gain}. My other income is around ${inc}. Roughly how is that taxed?",
    "What's the actual difference between {termA} and {termB}? I'm a {who}.",
    "I forgot to include a 1099-{form} for ${small} on my return that I already filed. Do I amend now or wait for a letter?",
    "If I file an extension with Form 4868, do I still have to pay by April 15? I probably owe around ${small}.",
    "We got married in {month} last year. Is married filing jointly always better than separately? Combined income is about ${inc}.",
    "I moved from {state} to {state2} in {month}. How does part-year residency work for state returns?",
    "I contributed ${ira} to a Roth IRA but I think my MAGI ended up too high. How do I fix an excess contribution?",
    "Got a letter {letter}. What does it usually mean and how worried should I be?",
    "Is it worth itemizing if my mortgage interest is ${mort} and property tax is ${prop}? Single filer in {state}.",
    "My employer paid my {benefit}. Is that taxable income?",
    "How do estimated quarterly payments work if my freelance income is really uneven month to month?",
    "I have an HSA through work and put in ${ira} myself too. Where does that go on the return?",
]
TAX_SLOTS = {
    "job": ["nurse", "teacher", "software tester", "warehouse supervisor", "dental hygienist", "line cook", "paralegal",
            "truck driver", "graduate student", "retail manager", "electrician", "social worker", "pharmacist", "bank teller"],
    "state": US_STATES, "state2": US_STATES, "side": SIDE, "side_amt": money(800, 24000),
    "action": ["make estimated payments", "file a Schedule C", "pay self-employment tax", "get an EIN",
               "send 1099s to anyone", "register for sales tax"],
    "expense": ["a standing desk", "part of my phone bill", "mileage to client sites", "a home office that doubles as a guest room",
                "continuing-education courses", "union dues", "scrubs and shoes", "a laptop I use half for work",
                "my kid's summer day camp", "student loan interest", "gym membership", "a new roof"],
    "situation": ["work from home two days a week", "am a W-2 employee", "drive for a delivery app on weekends",
                  "run a small Etsy shop", "am a 1099 contractor", "got laid off in October"],
    "status": ["single", "head of household", "married filing jointly", "married filing separately"],
    "relative": ["mother-in-law", "21-year-old son", "nephew", "grandmother", "girlfriend's daughter", "brother"],
    "months": num(4, 12), "small": money(300, 9000, 25), "gain": money(2000, 60000, 100), "inc": money(38000, 190000, 500),
    "asset": ["some Apple shares", "bitcoin", "a rental condo", "ETH", "my late dad's coin collection", "an index fund",
              "company RSUs", "a used car for more than I paid"],
    "held": ["about 8 months", "a little over a year", "three years", "since 2019", "11 months"],
    "termA": ["a tax credit", "standard deduction", "W-2", "Roth 401k", "marginal rate", "AGI"],
    "termB": ["a deduction", "itemizing", "1099", "traditional 401k", "effective rate", "MAGI"],
    "who": ["first-time filer", "new freelancer", "retiree", "college student", "nurse who picked up travel contracts"],
    "form": ["NEC", "K", "INT", "DIV", "B", "MISC"],
    "month": ["March", "June", "August", "September", "November", "December"],
    "ira": money(500, 7000, 50), "mort": money(3000, 18000, 100), "prop": money(1500, 9000, 100),
    "letter": ["CP2000 from the IRS", "CP14", "from the state saying my refund was adjusted", "LTR 5071C asking to verify my identity",
               "CP501 about a balance due"],
    "benefit": ["gym membership", "cell phone", "tuition for an MBA class", "parking", "home internet"],
}
TAX_INTL = [
    "I'm self-employed in the UK as a {ukjob}, turnover about £{gbp}. When do I have to register for VAT, and is the flat rate scheme worth it?",
    "UK self assessment: I missed the January deadline by {days} days. What's the penalty and can I appeal if I was in hospital?",
    "Ich bin {dejob} und war {months} Monate im Homeoffice. Wie rechne ich die Homeoffice-Pauschale in der Steuererklärung richtig an?",
    "Lohnt sich für mich als Student eine Steuererklärung, wenn ich nur einen Minijob hatte und {eur} Euro Fahrtkosten?",
    "Got an intimation under section 143(1) saying there's a mismatch of Rs {inr} in TDS. What does that usually mean and how do I respond on the portal?",
    "Which regime is better for me this year, old or new, if my salary is {lakh} lakh and I pay rent of {rent} a month in {incity}?",
    "In Australia can I claim {auexp} as a work-related deduction as a {aujob}? Do I need receipts for everything?",
    "I'm in Ontario and my T4 shows {cad} but I also drove for Uber. Do I need to register for GST/HST?",
    "Canadian here: is the deadline April 30 even if I'm self-employed? I thought it was June.",
    "¿Tengo que declarar la renta si cobré {eur} euros de un segundo pagador? Vivo en {escity}.",
    "J'ai vendu des actions cette année avec une plus-value de {eur} €. Est-ce que le PFU s'applique automatiquement ?",
]
TAX_INTL_SLOTS = {
    "ukjob": ["web designer", "plasterer", "dog groomer", "copywriter", "personal trainer", "IT contractor"],
    "gbp": money(40000, 120000, 500), "days": num(3, 60), "months": num(3, 12),
    "dejob": ["Ingenieurin", "Lehrer", "Pflegekraft", "Buchhalterin", "Softwareentwickler"],
    "eur": money(1500, 30000, 50), "inr": money(1200, 90000, 10), "lakh": num(6, 40), "rent": money(12000, 65000, 500),
    "incity": ["Bengaluru", "Pune", "Hyderabad", "Mumbai", "Chennai", "Noida", "Kolkata"],
    "auexp": ["a home office chair", "phone and internet", "work boots", "my own tools", "laundry of a uniform", "a laptop"],
    "aujob": ["nurse", "tradie", "teacher", "retail worker", "uber driver", "IT consultant"],
    "cad": money(42000, 130000, 100), "escity": ["Madrid", "Valencia", "Sevilla", "Bilbao", "Zaragoza"],
}


def tax(r):
    if r.random() < 0.72:
        return casual(r, gen(r, TAX_TPL, TAX_SLOTS), 0.6)
    return gen(r, TAX_INTL, TAX_INTL_SLOTS)


# ------------------------------------------------------------------ gardening
PLANTS = ["tomatoes", "basil", "a fiddle leaf fig", "my hydrangeas", "a lemon tree in a pot", "peppers", "zucchini",
          "a monstera", "lavender", "strawberries", "roses", "cucumbers", "a snake plant", "blueberry bushes", "garlic",
          "a Japanese maple", "potatoes", "kale", "an olive tree", "sweet peas", "dahlias", "a pothos", "rhubarb", "courgettes"]
GARDEN_TPL = [
    "The leaves on {plant} are {symptom}. It's {where} and I water {water}. What's going on?",
    "When should I {task} {plant} if I'm in zone {zone}?",
    "Is it too late to plant {plant} in {month} in {place}?",
    "What can I plant next to {plant} that actually helps, and what should I keep away from it?",
    "My soil test came back pH {ph} with low {nutrient}. I want to grow {plant}. What should I add and how much per square metre?",
    "Found {pest} all over {plant}. Any way to deal with them without spraying chemicals? Kids and a dog use the garden.",
    "How do I start a compost pile in a {space}? I mostly have {waste}.",
    "I have a {aspect}-facing balcony that gets about {hours} hours of sun. What vegetables are realistic?",
    "Should I prune {plant} now or wait? It's {month} and it's {state}.",
    "My raised bed is {bedl} by {bedw} feet. How much soil do I need if it's {bedh} inches deep, and what mix?",
    "What's eating holes in my {plant} overnight? Leaves look {damage}.",
    "Can I overwinter {plant} indoors? I get maybe {hours} hours of light near a window.",
]
GARDEN_SLOTS = {
    "plant": PLANTS, "symptom": ["turning yellow from the bottom up", "getting brown crispy edges", "curling inward",
                                 "spotted with black dots", "pale with green veins", "drooping even though the soil is wet",
                                 "covered in a white powder", "going purple underneath"],
    "where": ["on a south-facing windowsill", "in a grow bag outside", "in the ground in clay soil", "in a greenhouse",
              "on a shady porch", "in a terracotta pot"],
    "water": ["every day", "twice a week", "when the top inch is dry", "whenever I remember", "every morning in this heat"],
    "task": ["prune", "transplant", "divide", "start seeds for", "fertilize", "harden off"],
    "zone": ["5b", "6a", "7a", "7b", "8a", "8b", "9b", "10a", "4b"],
    "month": ["April", "May", "late June", "August", "September", "October", "early March"],
    "place": ["Melbourne", "north Texas", "the Netherlands", "Ontario", "Leeds", "Kerala", "Colorado at 6000 ft",
              "the Pacific Northwest", "southern Spain", "Minnesota"],
    "ph": dec(4.8, 8.2, 1), "nutrient": ["phosphorus", "potassium", "nitrogen", "magnesium", "calcium"],
    "pest": ["aphids", "spider mites", "slugs", "whitefly", "scale insects", "fungus gnats", "flea beetles", "mealybugs"],
    "space": ["small backyard", "apartment balcony", "community garden plot", "corner of the allotment"],
    "waste": ["coffee grounds and veg scraps", "lots of dry leaves", "grass clippings", "chicken bedding"],
    "aspect": ["north", "east", "west", "south"], "hours": num(2, 9),
    "state": ["still flowering", "just finished flowering", "budding", "dormant", "leggy"],
    "bedl": num(4, 12), "bedw": num(2, 4), "bedh": num(8, 24),
    "damage": ["like lace", "chewed from the edges", "with slimy trails nearby", "with tiny round shot holes"],
}


def garden(r):
    return casual(r, gen(r, GARDEN_TPL, GARDEN_SLOTS), 0.5)


# ------------------------------------------------------------------ chemistry homework
REACTIONS = [
    ("calcium carbonate", "CaCO3", "heated to give calcium oxide and carbon dioxide", "CaO", "calcium oxide"),
    ("magnesium", "Mg", "burned in oxygen", "MgO", "magnesium oxide"),
    ("sodium bicarbonate", "NaHCO3", "heated strongly", "Na2CO3", "sodium carbonate"),
    ("iron(III) oxide", "Fe2O3", "reduced with carbon monoxide", "Fe", "iron"),
    ("zinc", "Zn", "reacted with excess hydrochloric acid", "H2", "hydrogen gas"),
    ("aluminium", "Al", "reacted with excess chlorine", "AlCl3", "aluminium chloride"),
    ("potassium chlorate", "KClO3", "decomposed with a MnO2 catalyst", "O2", "oxygen"),
    ("glucose", "C6H12O6", "fermented by yeast", "C2H5OH", "ethanol"),
    ("propane", "C3H8", "burned completely in air", "CO2", "carbon dioxide"),
    ("copper(II) sulfate pentahydrate", "CuSO4·5H2O", "heated until it turns white", "H2O", "water"),
]
UNBAL = ["Fe + O2 -> Fe2O3", "C4H10 + O2 -> CO2 + H2O", "Al + H2SO4 -> Al2(SO4)3 + H2", "KMnO4 + HCl -> KCl + MnCl2 + H2O + Cl2",
         "NH3 + O2 -> NO + H2O", "Ca3(PO4)2 + SiO2 + C -> CaSiO3 + P4 + CO", "C2H6 + O2 -> CO2 + H2O", "Cu + HNO3 -> Cu(NO3)2 + NO + H2O",
         "FeS2 + O2 -> Fe2O3 + SO2", "Na2S2O3 + I2 -> Na2S4O6 + NaI", "Cr2O7^2- + Fe^2+ -> Cr^3+ + Fe^3+ (acidic)"]
ACIDS = [("acetic acid", "1.8e-5"), ("formic acid", "1.8e-4"), ("hypochlorous acid", "3.0e-8"), ("benzoic acid", "6.3e-5"),
         ("hydrofluoric acid", "6.8e-4"), ("lactic acid", "1.4e-4")]


def chem(r):
    k = int(r.random() * 9)
    if k == 0:
        name, f, how, p, pn = pick(r, REACTIONS)
        return "If %.1f g of %s (%s) is %s, what mass of %s forms? Show the mole ratio part, that's where I keep messing up." % (
            1 + r.random() * 60, name, f, how, pn)
    if k == 1:
        return "Balance this and tell me how you'd check it: %s" % pick(r, UNBAL)
    if k == 2:
        a, ka = pick(r, ACIDS)
        return "What's the pH of a %.3f M solution of %s? Ka = %s. Can I use the 5%% approximation here?" % (
            0.005 + r.random() * 0.5, a, ka)
    if k == 3:
        return "A gas occupies %.1f L at %d °C and %.2f atm. What volume at %d °C and %.2f atm? I got %.1f L but the answer key says otherwise." % (
            1 + r.random() * 20, r.randint(-10, 80), 0.5 + r.random() * 2, r.randint(0, 150), 0.5 + r.random() * 3, 1 + r.random() * 30)
    if k == 4:
        return "How do I make %d mL of %.2f M %s from a %.1f M stock? And which glassware should I use for the dilution?" % (
            pick(r, [100, 250, 500, 1000]), 0.01 + r.random(), pick(r, ["NaCl", "HCl", "NaOH", "CuSO4", "KNO3", "glucose"]), 1 + r.random() * 11)
    if k == 5:
        c = 20 + r.random() * 50
        h = 2 + r.random() * 10
        return "A compound is %.1f%% C, %.1f%% H and the rest O by mass. Molar mass is about %d g/mol. Find the empirical and molecular formula." % (
            c, h, r.randint(60, 240))
    if k == 6:
        return "Titration lab: %.2f mL of %.3f M NaOH neutralised %.1f mL of an unknown %s. What's its concentration, and why does the indicator choice matter for a weak acid?" % (
            5 + r.random() * 40, 0.05 + r.random() * 0.2, pick(r, [10.0, 20.0, 25.0]), pick(r, ["HCl solution", "vinegar sample", "oxalic acid solution", "sulfuric acid"]))
    if k == 7:
        return casual(r, "Why is %s? My teacher said it in class and I wrote it down but I don't get the reason." % pick(r, [
            "ice less dense than water", "the boiling point of water lower on a mountain", "HF a weak acid if F is so electronegative",
            "benzene not reactive like alkenes", "NaCl soluble but AgCl not", "the second ionization energy always bigger",
            "a catalyst not changing the equilibrium constant", "entropy of mixing always positive", "ozone polar",
            "carbon monoxide so toxic", "the noble gases so unreactive but xenon forms compounds"]), 0.6)
    return "Name this compound by IUPAC rules and draw it in words: %s" % pick(r, [
        "CH3CH(CH3)CH2CH2OH", "CH3COOCH2CH3", "CH2=CHCH(Cl)CH3", "C6H5CH2COOH", "(CH3)3CCH2CHO", "CH3CH2C≡CCH3",
        "HOOCCH2CH(NH2)COOH", "CH3CH2CH2C(=O)CH2CH3"])


# ------------------------------------------------------------------ screenplay notes
CHARS = ["MAYA", "DEV", "ROSA", "THEO", "GRANDPA LEN", "OFFICER PIKE", "JUNE", "SAMIR", "NELL", "VICTOR", "ABBY", "KOJI", "FRAN"]
LOCS = ["INT. LAUNDROMAT - NIGHT", "EXT. HIGHWAY REST STOP - DAWN", "INT. HOSPITAL VENDING AREA - NIGHT", "INT. CAR - MOVING - DAY",
        "EXT. ROOFTOP - DUSK", "INT. SCHOOL GYM - DAY", "INT. KITCHEN - EARLY MORNING", "EXT. FERRY DECK - DAY",
        "INT. STORAGE UNIT - DAY", "INT. KARAOKE BAR - NIGHT", "EXT. ALLOTMENT - AFTERNOON"]
ACTIONS = ["{c1} folds the same shirt for the third time.", "Rain hammers the windscreen.", "{c2} stares at an unopened envelope.",
           "A TV murmurs in the corner, nobody watching.", "{c1} pockets the keys before {c2} can see.",
           "The lights buzz and flicker.", "{c2} drops into the chair like it owes them money.", "A kettle starts to whistle."]
LINES = ["You said you'd be here at six.", "I didn't come to fight.", "Do you even remember what she looked like?",
         "It's not about the money.", "We can still make the last ferry.", "Don't. Just don't.", "You kept it. All these years.",
         "I'm not asking you to forgive me.", "Who else knows?", "Then why are you still here?", "Tell me that's not his car.",
         "I counted. Twice.", "Say it to my face.", "We were kids.", "Mom would've hated this place."]
SCREEN_TPL = [
    "Can you give me notes on this logline? \"{logline}\" Is the stakes part clear?",
    "How do I format {fmt} in a screenplay? Final Draft keeps fighting me.",
    "My second act drags. The story is {premise}. What are some ways to raise the pressure around page 50-60?",
    "I need a better name for my antagonist in a {genre} set in {setting}. Give me a few with a reason for each.",
    "What's the difference between a {t1} and a {t2} in screenwriting terms?",
    "My script is {pages} pages for a {fmt2}. Is that a problem for festivals?",
]
SCREEN_SLOTS = {
    "logline": lambda r: "%s %s must %s before %s." % (pick(r, ["A burned-out", "A teenage", "A retired", "A disgraced", "A widowed", "An overworked"]),
                                                       pick(r, ["ferry captain", "night-shift nurse", "stand-up comic", "wedding DJ", "beekeeper", "claims adjuster", "chess coach"]),
                                                       pick(r, ["find her missing brother", "win back the family restaurant", "expose a rigged lottery", "get a stranger's ashes across the border", "teach a choir of inmates"]),
                                                       pick(r, ["the storm hits", "the town votes", "her visa runs out", "the season ends", "his father's memory goes"])),
    "fmt": ["a phone conversation between two locations", "a montage", "text messages on screen", "a flashback inside a dream",
            "a character speaking another language with subtitles", "a voiceover that overlaps dialogue", "a scene in a moving car"],
    "premise": ["two estranged sisters running a failing ski lodge", "a courier who keeps getting packages for a dead man",
                "a small-town radio host who starts receiving calls from the future", "a chef who loses her sense of taste before a competition"],
    "genre": ["thriller", "dark comedy", "family drama", "sci-fi short", "heist film", "coming-of-age story"],
    "setting": ["1970s Lisbon", "a Welsh mining town", "near-future Lagos", "a Minnesota ice-fishing camp", "a cruise ship"],
    "t1": ["beat", "sequence", "set piece", "inciting incident", "midpoint"], "t2": ["scene", "act", "turning point", "catalyst", "pinch point"],
    "pages": num(14, 135), "fmt2": ["short film", "TV pilot", "feature", "half-hour comedy pilot"],
}


def screenplay(r):
    if r.random() < 0.45:
        c1, c2 = r.sample(CHARS, 2)
        body = [pick(r, LOCS), pick(r, ACTIONS).replace("{c1}", c1).replace("{c2}", c2)]
        for i in range(r.randint(3, 7)):
            who = c1 if i % 2 == 0 else c2
            body.append("%s\n%s" % (who, pick(r, LINES)))
        ask = pick(r, ["Does this scene work? Be blunt about the dialogue.", "Give me notes: pacing, subtext, what's on the nose.",
                       "Is the tension between these two coming through?", "How can I cut this by a third without losing the turn?",
                       "Does it read as too melodramatic?"])
        return "%s\n\n%s" % (ask, "\n\n".join(body))
    return gen(r, SCREEN_TPL, SCREEN_SLOTS)


# ------------------------------------------------------------------ medicine leaflets (carers / patients)
DRUGS = ["metformin", "warfarin", "amoxicillin", "sertraline", "levothyroxine", "atorvastatin", "prednisolone", "omeprazole",
         "apixaban", "ramipril", "methotrexate", "gabapentin", "salbutamol inhaler", "insulin glargine", "lithium", "amlodipine"]
LEAF_BITS = [
    "Take {drug} at the same time each day, with or after food, unless your doctor has told you otherwise.",
    "Do not stop taking this medicine suddenly without speaking to your prescriber, as symptoms may return.",
    "Tell your doctor if you experience unexplained bruising, dark urine or yellowing of the skin or eyes.",
    "Concomitant use with NSAIDs may increase the risk of gastrointestinal bleeding.",
    "If you miss a dose, take it as soon as you remember unless it is almost time for the next dose; do not double up.",
    "Periodic monitoring of renal function and serum electrolytes is recommended during treatment.",
    "This medicine may impair your ability to drive or operate machinery.",
    "Avoid grapefruit juice while taking this medicine.",
    "Seek urgent medical advice if you develop swelling of the face, lips or throat, or difficulty breathing.",
]


def leaflet(r):
    drug = pick(r, DRUGS)
    text = " ".join(x.replace("{drug}", drug) for x in r.sample(LEAF_BITS, r.randint(2, 4)))
    ask = pick(r, ["My mum just started %s. Can you explain this bit of the leaflet in plain words?" % drug,
                   "What does this mean in normal English? It's from the %s box:" % drug,
                   "Rewrite this for my dad, he's 81 and hates small print:",
                   "Explain this to me like I'm not a doctor (I'm not):",
                   "Can you turn this into three short bullet points I can stick on the fridge?"])
    return "%s\n\n\"%s\"" % (ask, text)


# ------------------------------------------------------------------ game modding
GAMES = ["Skyrim SE", "Minecraft 1.20.4 (Fabric)", "Stardew Valley", "Factorio", "RimWorld", "Cities: Skylines II", "Fallout 4",
         "Baldur's Gate 3", "Terraria (tModLoader)", "Valheim", "The Sims 4", "Starfield", "Minecraft Forge 1.19.2", "Project Zomboid"]
MOD_TPL = [
    "{game}: after installing {modn} my game {crash}. Load order is {lo}. What should I check first?",
    "How do I write a simple {game} mod that {feature}? I know a bit of {lang}.",
    "In {game}, what's the difference between {m1} and {m2} for managing mods?",
    "My {game} save got corrupted after removing {modn}. Is there any way to clean it?",
    "Getting this in the log when launching {game}: `{err}`. Any idea?",
    "Is it safe to update {modn} mid-playthrough in {game}?",
    "Can you explain how {concept} works for {game} modding? The wiki assumes I already know.",
]
MOD_SLOTS = {
    "game": GAMES,
    "modn": ["a lighting overhaul", "an inventory expansion mod", "a custom NPC follower pack", "a farming automation mod",
             "a UI scaling mod", "a bigger-maps mod", "a texture pack at 4K", "a combat rebalance", "a multiplayer sync mod"],
    "crash": ["crashes on the loading screen", "freezes when I open the map", "crashes to desktop after about ten minutes",
              "shows purple textures everywhere", "won't launch at all", "runs at 12 fps"],
    "lo": ["managed by Vortex", "sorted with LOOT", "whatever the launcher picked", "manual, about 140 plugins", "done with MO2"],
    "feature": ["adds a new craftable item", "changes the day length", "adds a chat command", "spawns a custom enemy wave",
                "makes crops grow in winter", "adds a new building", "changes the starting inventory"],
    "lang": ["Python", "Lua", "C#", "Java", "JSON", "JavaScript"],
    "m1": ["Vortex", "datapacks", "SMAPI", "Harmony patches", "load order", "ESP"], "m2": ["Mod Organizer 2", "mods", "Content Patcher", "XML patches", "plugin order", "ESL"],
    "err": lambda r: pick(r, ["NullReferenceException at ModEntry.Entry(IModHelper helper)", "java.lang.NoSuchMethodError: net.minecraft.class_%d.method_%d" % (r.randint(1000, 9999), r.randint(1000, 9999)),
                              "Error loading mods: Dependency missing: base >= 1.1.%d" % r.randint(80, 110), "Could not load type 'Verse.Pawn_%s'" % pick(r, ["Tracker", "Helper", "Comp"]),
                              "Mixin apply failed for mod %s" % pick(r, ["sodium", "iris", "create", "lithium"])]),
    "concept": ["Harmony patching", "Papyrus scripts", "data-driven recipes", "blueprints", "the event system", "asset replacement"],
}


def modding(r):
    return casual(r, gen(r, MOD_TPL, MOD_SLOTS), 0.45)


# ------------------------------------------------------------------ spreadsheet formulas
COLS = "ABCDEFGHIJKLM"


def sheets(r):
    c1, c2, c3 = r.sample(COLS, 3)
    n = r.randint(20, 4000)
    app = pick(r, ["Excel", "Google Sheets", "Excel 365", "LibreOffice Calc", "Sheets", "Numbers"])
    t = pick(r, [
        "In %s I want to sum column %s only where column %s says \"%s\" and the date in %s is in the last 30 days. Rows go to %d." % (app, c1, c2, pick(r, ["Paid", "Open", "North", "Refund", "Berlin"]), c3, n),
        "%s: how do I look up a value from another sheet called '%s' by matching on two columns (%s and %s)?" % (app, pick(r, ["Prices", "Staff", "Inventory", "Q1 data", "Lookup"]), c1, c2),
        "My XLOOKUP returns #N/A even though I can see the value. The IDs in column %s came from a CSV export. What's the usual cause?" % c1,
        "Formula to count unique names in %s%d:%s%d that also have a non-empty %s?" % (c1, 2, c1, n, c2),
        "In %s, how do I highlight the whole row when the date in column %s is older than today minus %d days?" % (app, c3, r.randint(7, 90)),
        "How can I split \"%s\" in column %s into first name, last name and email in separate columns?" % (pick(r, ["Smith, Anna <anna@x.com>", "Lee Min-jun | minjun@y.kr", "GARCIA-LOPEZ Elena; e.garcia@z.es"]), c1),
        "Need a formula that gives the ISO week number and year together like 2026-W%02d from a date in %s." % (r.randint(1, 52), c2),
        "What's wrong with =SUMPRODUCT((%s2:%s%d=\"%s\")*(%s2:%s%d)) ? It gives #VALUE!" % (c1, c1, n, pick(r, ["Yes", "EU", "Done"]), c2, c2, n + r.randint(-3, 3)),
        "Build me a QUERY in Google Sheets that groups by month from column %s and averages column %s, ignoring blanks." % (c1, c2),
        "I track my running in a sheet (date, km, minutes). How do I get pace per km as mm:ss?",
        "Is there a way to make a dropdown in %s that depends on what was picked in another dropdown?" % app,
        "%s keeps turning my part numbers like %d-%02d into dates. How do I stop it for the whole column?" % (app, r.randint(1, 12), r.randint(1, 28)),
    ])
    return casual(r, t, 0.35)


# ------------------------------------------------------------------ home, travel, pets, money, car, fitness, parenting, music
HOME_TPL = [
    "{fixture} is {problem}. I'm renting in {city}. Is this something I can fix myself or do I call the landlord?",
    "How do I patch a hole about {size} wide in drywall so it doesn't show after painting?",
    "My {appliance} shows error {code}. Model is {model}. What does it usually mean?",
    "Is it normal for a {appliance} to use about {kwh} kWh a month? Ours seems expensive.",
    "What's the cheapest way to stop condensation on the inside of the windows in a {room}?",
    "Can I replace a {old} with a {new} myself or does it need an electrician where I live ({city})?",
]
HOME_SLOTS = {
    "fixture": ["The kitchen tap", "Our toilet", "The bathroom extractor fan", "A radiator upstairs", "The shower mixer", "Our boiler"],
    "problem": ["dripping constantly", "running every 20 minutes", "making a loud banging noise", "cold at the top but hot at the bottom",
                "losing pressure", "leaking from the base"],
    "city": ["Manchester", "Toronto", "Austin", "Dublin", "Sydney", "Bristol", "Denver", "Glasgow", "Rotterdam", "Auckland"],
    "size": ["a fist", "a doorknob", "5 cm", "two inches", "a golf ball"],
    "appliance": ["dishwasher", "washing machine", "fridge freezer", "heat pump", "tumble dryer", "oven"],
    "code": lambda r: pick(r, ["E%d" % r.randint(1, 25), "F%02d" % r.randint(1, 40), "dE", "4C", "OE", "LE", "H%d" % r.randint(1, 9)]),
    "model": lambda r: "%s%d%s" % (pick(r, ["WM", "DW", "SX", "HB", "WF", "KG"]), r.randint(100, 9999), pick(r, ["AX", "EU", "W", "S", ""])),
    "kwh": num(30, 400), "room": ["bedroom", "bathroom with no window", "basement flat", "kids' room"],
    "old": ["light switch", "ceiling light", "socket", "thermostat"], "new": ["dimmer", "smart switch", "ceiling fan", "USB socket", "smart thermostat"],
}
TRAVEL_TPL = [
    "Plan {days} days in {place} for {who} in {month}. We like {like} and hate {hate}. Budget around {budget}.",
    "Do I need a visa for {place} with a {passport} passport if I'm staying {days} days?",
    "Is a {days}-hour layover in {hub} enough to leave the airport and see something?",
    "What should I pack for {place} in {month} if we're {doing}?",
    "Train or fly from {a} to {b}? Travelling with {who}.",
]
TRAVEL_SLOTS = {
    "days": num(2, 16), "place": ["Lisbon", "Hokkaido", "the Amalfi Coast", "Vietnam", "Iceland", "Morocco", "Oaxaca", "Seoul",
                                  "the Scottish Highlands", "Sri Lanka", "Patagonia", "Istanbul", "Kyoto and Osaka", "Slovenia", "Bali"],
    "who": ["two adults and a toddler", "my parents in their 70s", "a group of five friends", "me and my partner", "a solo traveller",
            "a family with teenagers", "my wheelchair-using brother and me"],
    "month": ["May", "June", "July", "August", "October", "December", "February", "the rainy season"],
    "like": ["food markets", "hiking", "museums", "beaches", "street photography", "wine", "trains", "live music"],
    "hate": ["crowds", "early mornings", "long drives", "tourist traps", "big hotels", "guided tours"],
    "budget": ["$2,000", "€1,500 total", "£3k", "$6,000 for everything", "as little as possible", "80,000 INR"],
    "passport": ["Indian", "Brazilian", "Nigerian", "US", "UK", "Philippine", "Turkish", "Mexican"],
    "hub": ["Doha", "Istanbul", "Frankfurt", "Singapore", "Dubai", "Amsterdam", "Tokyo Haneda", "Zurich"],
    "doing": ["hiking most days", "going to a wedding", "mostly in cities", "camping"],
    "a": ["Madrid", "Paris", "Milan", "Berlin", "Tokyo", "Boston", "Vienna"], "b": ["Barcelona", "Amsterdam", "Rome", "Prague", "Kyoto", "New York", "Budapest"],
}
PET_TPL = [
    "My {age} {animal} has started {behaviour}. Nothing else changed except {change}. Should I worry?",
    "How much should a {weight} kg {animal} eat per day? Vet said to lose a bit of weight.",
    "We're adopting a {animal} next week and already have {other}. How do we introduce them?",
    "Is {food} safe for {animal}s? Mine stole some off the counter.",
    "My aquarium's {param} is {val}. It's a {litres} litre tank with {fish}. What should I do?",
]
PET_SLOTS = {
    "age": ["6-month-old", "2-year-old", "9-year-old", "senior", "rescue", "14-year-old"],
    "animal": ["dog", "cat", "beagle", "border collie", "rabbit", "labrador", "ragdoll cat", "greyhound", "guinea pig"],
    "behaviour": ["barking at night", "peeing outside the litter box", "chewing the door frame", "hiding under the bed all day",
                  "licking his paws raw", "pulling hard on the lead", "not eating breakfast", "growling at my toddler"],
    "change": ["we moved flats", "a new baby", "my new work schedule", "a new brand of food", "nothing really"],
    "weight": num(3, 45), "other": ["an older cat", "two dogs", "a parrot", "a very anxious whippet"],
    "food": ["grapes", "peanut butter", "cooked chicken bones", "onion", "mango", "cheese", "xylitol gum", "raw egg"],
    "param": ["ammonia", "nitrite", "nitrate", "pH", "KH"], "val": dec(0.1, 60, 1), "litres": num(20, 400),
    "fish": ["neon tetras", "a betta", "goldfish", "cichlids", "guppies and shrimp", "corydoras"],
}
MONEY_TPL = [
    "We have a £{debt} mortgage at {rate}% with {years} years left. Is overpaying £{over} a month better than putting it in an index fund?",
    "I earn {income} a year. How much should I have in an emergency fund if rent is {rent} a month?",
    "How do I explain compound interest to my {age}-year-old with an example using {amt}?",
    "I have {amt} in a savings account doing nothing. What are my options if I might need it in {years} years?",
    "Is it smarter to pay off a {rate}% car loan early or invest the difference?",
    "What's a reasonable monthly budget split for a couple earning {income} combined in {city}?",
]
MONEY_SLOTS = {"debt": money(60000, 420000, 1000), "rate": dec(1.5, 7.9, 2), "years": num(2, 30), "over": money(100, 1500),
               "income": lambda r: pick(r, ["$%dk" % r.randint(35, 220), "£%dk" % r.randint(24, 110), "€%dk" % r.randint(28, 95), "₹%d lakh" % r.randint(5, 45)]),
               "rent": lambda r: pick(r, ["$%d" % r.randint(900, 3800), "£%d" % r.randint(600, 2400), "€%d" % r.randint(500, 2100)]),
               "age": num(7, 16), "amt": lambda r: pick(r, ["$%d" % (r.randint(1, 40) * 500), "£%d" % (r.randint(1, 60) * 250), "€%d" % (r.randint(1, 30) * 1000)]),
               "city": ["Chicago", "London", "Berlin", "Toronto", "Sydney", "Mumbai", "Madrid", "Lyon"]}
CAR_TPL = ["My {car} shows {light} and {symptom}. Safe to drive to work ({miles} miles)?",
           "What tyre pressure for a {car} with a full load and a roof box?", "Is a {km} km {car} worth {price}? Service history is {hist}.",
           "Car makes a {noise} when I {when}. It's a {car}. What could it be?"]
CAR_SLOTS = {"car": ["2014 Honda Civic", "2018 VW Golf", "2011 Toyota Corolla", "2020 Tesla Model 3", "2016 Ford Focus", "2019 Kia Sportage",
                     "2009 Subaru Outback", "2017 Mazda CX-5", "2022 Hyundai Ioniq 5"],
             "light": ["the check engine light", "a flashing oil light", "the TPMS warning", "a battery light", "the DPF light"],
             "symptom": ["it's idling rough", "nothing else seems wrong", "it hesitates when accelerating", "there's a burning smell"],
             "miles": num(3, 60), "km": lambda r: "{:,}".format(r.randint(20, 260) * 1000), "price": lambda r: "$%d" % (r.randint(30, 250) * 100),
             "hist": ["full", "patchy", "missing for 3 years", "dealer only"],
             "noise": ["grinding noise", "high-pitched squeal", "clunk", "humming that gets louder with speed", "clicking"],
             "when": ["brake", "turn left at low speed", "start it cold", "go over bumps", "accelerate past 50"]}
FIT_TPL = ["I'm {age}, {h} cm, {wt} kg, {lvl}. Give me a {weeks}-week plan to {goal} with {days} sessions a week.",
           "How much protein do I actually need if I lift {days} times a week and weigh {wt} kg?",
           "My {part} hurts after {activity}. Rest or keep going lightly?",
           "Is it better to do cardio before or after weights if my goal is {goal}?"]
FIT_SLOTS = {"age": num(17, 68), "h": num(150, 198), "wt": num(48, 130), "lvl": ["total beginner", "used to run", "intermediate lifter", "recovering from a knee injury"],
             "weeks": num(4, 16), "goal": ["run a 10k", "do a pull-up", "lose fat without losing strength", "hike Kilimanjaro", "get back into football", "swim 1500m"],
             "days": num(2, 6), "part": ["knee", "lower back", "shin", "shoulder", "achilles"], "activity": ["running", "squats", "padel", "cycling to work", "climbing"]}
PARENT_TPL = ["My {age} won't {thing}. We've tried {tried}. Any ideas that actually work?",
              "How much screen time is reasonable for a {age} on school days?",
              "Ideas for a {age}'s birthday party at home for {n} kids, budget {budget}?",
              "How do I explain {topic} to a {age}?"]
PARENT_SLOTS = {"age": ["2-year-old", "3-year-old", "5-year-old", "7-year-old", "9-year-old", "12-year-old", "teenager"],
                "thing": ["sleep in her own bed", "eat vegetables", "stop hitting his sister", "do homework without a fight", "get off the tablet", "brush teeth"],
                "tried": ["sticker charts", "taking the phone away", "bedtime routines", "ignoring it", "bribes, honestly"],
                "n": num(4, 20), "budget": ["$100", "£80", "€150", "not much"],
                "topic": ["death of a grandparent", "why we're moving", "divorce", "where babies come from", "money and saving", "a sibling's autism diagnosis"]}
MUSIC_TPL = ["What chords go well after {c1} - {c2} in the key of {key}? I want it to sound {mood}.",
             "How do I practise {skill} on {inst} without getting bored?",
             "Explain {theory} like I'm self-taught and can't read sheet music.",
             "I have {mins} minutes a day. Build me a {inst} practice routine for {goal}."]
MUSIC_SLOTS = {"c1": ["Am", "C", "Em", "G", "Dm", "F#m"], "c2": ["F", "G", "C", "D", "Bb", "A"], "key": ["C major", "A minor", "G", "E minor", "D", "F"],
               "mood": ["hopeful", "melancholy", "like a 90s ballad", "tense", "jazzy"],
               "skill": ["scales", "barre chords", "sight reading", "rhythm", "finger independence"],
               "inst": ["guitar", "piano", "bass", "violin", "ukulele", "drums"],
               "theory": ["modes", "the circle of fifths", "secondary dominants", "syncopation", "voice leading"],
               "mins": num(10, 60), "goal": ["playing with friends", "grade 5 exam", "songwriting", "learning jazz standards"]}
CURIOUS = ["Why do we get hiccups?", "How do noise-cancelling headphones actually work?", "Why is the ocean salty but rivers aren't?",
           "Do plants feel anything?", "Why does time seem to speed up as you get older?", "How do bees know where to go?",
           "What would happen if the moon disappeared?", "Why do onions make you cry?", "How do airlines decide ticket prices?",
           "Why can't you tickle yourself?", "How does GPS know where I am without internet?", "Why are some languages tonal?",
           "How do they measure how old a rock is?", "Why do cats knock things off tables?", "What makes a good night's sleep?",
           "How do vaccines get tested before release?", "Why is it colder at the top of a mountain if it's closer to the sun?",
           "How did people tell time before clocks?", "Why is the sky orange at sunset?", "How does a credit score get calculated?"]
CONSUMER_LAW = [
    "My landlord in {city} is keeping £{amt} of my deposit for '{reason}'. The flat was like that when I moved in. What are my options?",
    "I bought a {item} online {days} days ago and it's faulty. The shop says I have to deal with the manufacturer. Is that right in the {region}?",
    "Write me a short GDPR subject access request to {company}. I think they have recordings of my calls.",
    "My gym won't let me cancel my membership even though I moved {km} km away. What can I say?",
    "An airline cancelled my flight {hours} hours before departure. Am I owed compensation under EU261?",
]
LAW_SLOTS = {"city": ["London", "Leeds", "Edinburgh", "Cardiff", "Bristol"], "amt": money(150, 1800, 10),
             "reason": ["professional cleaning", "carpet wear", "a scuffed wall", "a broken blind", "garden maintenance"],
             "item": ["laptop", "washing machine", "pair of headphones", "sofa", "phone"], "days": num(5, 80), "region": ["UK", "EU", "US"],
             "company": ["my old employer", "a debt collection agency", "my mobile provider", "a dating app", "my bank"],
             "km": num(15, 900), "hours": num(2, 72)}

# ------------------------------------------------------------------ writing help
WRITE_TPL = [
    "Help me write a {thing} for {whom}. Some details: {details}. Keep it {tone}.",
    "Make this sound {tone}: \"{draft}\"",
    "Can you tighten this paragraph from my {doc}? \"{para}\"",
    "I have to give a {speech} speech that's about {mins} minutes. The person is {trait}. Can you draft an opening?",
]
WRITE_SLOTS = {
    "thing": ["cover letter", "resignation letter", "complaint to the council", "thank-you note", "reference letter", "apology email",
              "letter to my MP", "short bio for a conference", "LinkedIn summary", "message asking for a raise"],
    "whom": ["a junior accountant role", "my neighbour", "my son's school", "a former colleague", "my manager", "a local newspaper"],
    "details": ["I've been there 4 years and took on two extra teams", "the bins haven't been collected for 3 weeks",
                "I'm switching careers from teaching to UX", "we met at a conference in 2019", "I missed the deadline because of a family emergency"],
    "tone": ["professional but warm", "firm", "less stiff", "short", "friendly", "more confident", "polite but not grovelling"],
    "draft": lambda r: pick(r, ["I am writing to complain about the fact that nobody has answered my emails since March and frankly it is ridiculous.",
                                "hey just checking if you saw my last message about the invoice, no worries if not",
                                "Per my previous email, the files were sent on Tuesday.", "I think maybe we could possibly try a new approach to the rota if everyone agrees?",
                                "Unfortunately we will not be able to attend the wedding due to a prior commitment which cannot be moved."]),
    "doc": ["personal statement", "grant application", "blog post", "novel", "thesis intro", "newsletter"],
    "para": lambda r: pick(r, ["Since I was young, I have always been very passionate about the environment and this passion has grown over many years to become a central part of who I am as a person and what I want to do.",
                               "The results of the survey, which was conducted over a period of six weeks across three sites, seem to suggest that there may be a link between shift length and reported fatigue, although more work is needed.",
                               "Our community garden started in 2018 with four volunteers and a borrowed shovel, and today it feeds around forty families every summer thanks to donations and a lot of hard work from people of all ages."]),
    "speech": ["best man", "retirement", "eulogy", "graduation", "leaving-do", "60th birthday"], "mins": num(2, 8),
    "trait": ["quiet but hilarious", "the reason half of us stayed in the job", "my grandmother who raised six kids", "my oldest friend from school"],
}

# ------------------------------------------------------------------ school homework (history, physics, literature, statistics)
HIST = ["the causes of the First World War", "why the Roman Republic collapsed", "the Meiji Restoration", "the Partition of India",
        "the Haitian Revolution", "the Marshall Plan", "the Cuban Missile Crisis", "the Black Death's effect on wages",
        "the Atlantic slave trade", "the fall of the Berlin Wall", "the Scramble for Africa", "the Green Revolution in India"]
LIT = ["Of Mice and Men", "Macbeth", "Things Fall Apart", "The Great Gatsby", "An Inspector Calls", "Frankenstein", "1984",
       "Jane Eyre", "The Crucible", "Purple Hibiscus", "Never Let Me Go", "A Christmas Carol"]


def homework(r):
    k = int(r.random() * 7)
    if k == 0:
        return casual(r, "I need an essay outline on %s, %d words, for %s. Give me a thesis I could argue." % (
            pick(r, HIST), r.randint(6, 25) * 100, pick(r, ["Year 11", "AP World", "A-level History", "first-year uni", "IB HL"])), 0.5)
    if k == 1:
        return casual(r, "What are the main themes of %s and a good quote for each?" % pick(r, LIT), 0.5)
    if k == 2:
        v = r.randint(8, 45)
        a = r.randint(15, 70)
        return "A ball is thrown at %d m/s at %d degrees above horizontal from a %d m cliff. How far from the base does it land? I keep getting a negative time." % (v, a, r.randint(0, 60))
    if k == 3:
        return "Two resistors %d Ω and %d Ω are in %s with a %d V battery. What current flows and what's the power in each one?" % (
            r.randint(2, 100), r.randint(2, 220), pick(r, ["series", "parallel"]), pick(r, [3, 5, 9, 12, 24]))
    if k == 4:
        return "In my stats class: sample of %d, mean %.1f, sd %.1f. Is that significantly different from %d at 5%%? Which test do I use and why?" % (
            r.randint(12, 90), 40 + r.random() * 30, 3 + r.random() * 9, r.randint(40, 70))
    if k == 5:
        return "How do I compare %s and %s for a %s essay? They seem totally different." % tuple(r.sample(LIT, 2) + [pick(r, ["GCSE", "college", "comparative lit"])])
    return casual(r, "Explain %s in simple terms, then give me one exam-style question on it." % pick(r, [
        "opportunity cost", "the Doppler effect", "mitosis vs meiosis", "supply and demand shifts", "the water cycle",
        "plate tectonics", "how the EU parliament works", "Keynesian vs monetarist views", "natural selection", "the electoral college",
        "standard deviation", "momentum conservation", "photosynthesis light and dark reactions"]), 0.5)


# ------------------------------------------------------------------ languages (learning + native prompts)
LANG_NATIVE = [
    "¿Me ayudas a escribir un mensaje para mi casero? La calefacción no funciona desde hace {n} días y tengo un bebé.",
    "¿Cuál es la diferencia entre 'por' y 'para'? Dame ejemplos que pueda usar en el trabajo.",
    "Como faço para calcular as horas extras no meu salário? Trabalho {n} horas a mais por semana.",
    "Me explica de forma simples como funciona o imposto de renda para MEI?",
    "Kannst du mir helfen, eine Kündigung für mein Fitnessstudio zu schreiben? Vertrag läuft seit {n} Monaten.",
    "Was ist der Unterschied zwischen 'seit' und 'vor'? Ich lerne seit kurzem Deutsch.",
    "Peux-tu m'expliquer simplement la différence entre un CDD et un CDI ?",
    "J'ai un entretien d'embauche demain pour un poste de {job}. Quelles questions je devrais préparer ?",
    "Puoi aiutarmi a scrivere una mail al professore per chiedere un rinvio dell'esame?",
    "Czy możesz mi wyjaśnić, jak działa ulga na dzieci w PIT?",
    "Ik moet een bezwaarschrift schrijven tegen een parkeerboete. Kun je helpen?",
    "Bana {n} günlük bir İstanbul gezi planı yapar mısın? Müzeleri ve yemekleri seviyoruz.",
    "日本語で、上司に有給休暇を申請するメールの例文を書いてください。{n}日間休みたいです。",
    "子どもの夏休みの自由研究のアイデアを5つ教えてください。小学{n}年生です。",
    "회사 동료에게 보낼 감사 메시지를 써 주세요. 프로젝트를 {n}주 동안 도와줬어요.",
    "운동 초보자를 위한 주 3회 헬스 루틴을 짜 주세요.",
    "Tolong bantu saya membuat surat lamaran kerja untuk posisi {job}.",
    "Cách viết email xin nghỉ phép {n} ngày cho sếp như thế nào cho lịch sự?",
    "मुझे अपने बेटे के स्कूल के लिए छुट्टी का आवेदन लिखना है, {n} दिन के लिए। मदद करेंगे?",
    "Mujhe ek simple budget plan chahiye, salary {n}0,000 hai aur rent alag se.",
    "Paano magluto ng adobo na hindi masyadong maalat? Para sa {n} tao.",
    "أريد رسالة رسمية لطلب إجازة من العمل لمدة {n} أيام. هل يمكنك مساعدتي؟",
    "Можеш допомогти скласти резюме для посади {job}?",
    "請幫我把這段自我介紹改得更自然一點，我要去面試{job}的工作。",
    "ช่วยเขียนข้อความขอบคุณลูกค้าสั้นๆ ให้หน่อย",
]
LANG_SLOTS = {"n": num(2, 9), "job": ["vendedor", "enfermera", "comptable", "développeur", "barista", "analista", "designer", "staff gudang", "kế toán", "тестувальника"]}
LEARN_TPL = ["Correct my {lang} and explain the mistakes: \"{sent}\"",
             "How would a native speaker of {lang} say \"{eng}\" casually?",
             "Give me {n} {lang} sentences using the {gram}, with translations.",
             "I'm learning {lang} at {level} level. What should I focus on for the next month?"]
LEARN_SLOTS = {"lang": ["Spanish", "German", "Japanese", "French", "Korean", "Italian", "Portuguese", "Dutch", "Mandarin", "Turkish"],
               "sent": ["Ayer yo he ido al mercado y compré muchas frutas para mi madre.", "Ich habe gestern nach Hause gegangen.",
                        "私は昨日友達と映画を見ましたが、とても面白いでした。", "Je suis allé à la plage avec mes amis hier et on a mangé des glaces.",
                        "Io sono andato al cinema ieri sera e ho visto un film molto bello.", "저는 어제 친구를 만났어요 그리고 커피를 마셨어요."],
               "eng": ["I'm running late, sorry", "no worries", "that's a rip-off", "I'm knackered", "let's split the bill", "what's the catch?"],
               "n": num(3, 10), "gram": ["subjunctive", "past perfect", "te-form", "passé composé vs imparfait", "dative case", "honorifics"],
               "level": ["A2", "B1", "complete beginner", "upper intermediate", "N4"]}


def languages(r):
    if r.random() < 0.55:
        return fill(r, pick(r, LANG_NATIVE), LANG_SLOTS)
    return gen(r, LEARN_TPL, LEARN_SLOTS)


def _g(tpl, slots, p=0.5):
    return lambda r: casual(r, gen(r, tpl, slots), p)


DOMAINS = {
    "tax": (tax, "explain", 9),
    "garden": (garden, "explain", 6),
    "chem": (chem, "reason", 5),
    "screenplay": (screenplay, "long", 3),
    "leaflet": (leaflet, "rewrite", 3),
    "modding": (modding, "explain", 5),
    "sheets": (sheets, "code", 6),
    "home": (_g(HOME_TPL, HOME_SLOTS), "explain", 5),
    "travel": (_g(TRAVEL_TPL, TRAVEL_SLOTS), "long", 6),
    "pets": (_g(PET_TPL, PET_SLOTS), "explain", 5),
    "money": (_g(MONEY_TPL, MONEY_SLOTS), "explain", 5),
    "car": (_g(CAR_TPL, CAR_SLOTS), "explain", 3),
    "fitness": (_g(FIT_TPL, FIT_SLOTS), "long", 4),
    "parenting": (_g(PARENT_TPL, PARENT_SLOTS), "explain", 3),
    "music": (_g(MUSIC_TPL, MUSIC_SLOTS), "explain", 3),
    "curious": (lambda r: casual(r, pick(r, CURIOUS), 0.7), "chat", 5),
    "consumer_law": (_g(CONSUMER_LAW, LAW_SLOTS, 0.3), "explain", 3),
    "writing": (_g(WRITE_TPL, WRITE_SLOTS, 0.3), "rewrite", 8),
    "homework": (homework, "reason", 7),
    "languages": (languages, "chat", 8),
}
DOM_NAMES = list(DOMAINS)
DOM_W = [DOMAINS[d][2] for d in DOM_NAMES]

FOLLOWUPS = ["ok, can you make it shorter?", "what about if {x}?", "thanks. and what if I'm wrong about that?",
             "can you explain the second point more?", "hmm that doesn't match what I read elsewhere", "perfect, now in a table",
             "Could you give me an example?", "I don't understand the last part", "ok but cheaper", "and for next year?",
             "What would the downside be?", "great. can you turn that into a checklist", "Can you say that again but friendlier?",
             "Is there a source for that?", "Say it like you're talking to a 10 year old", "and in Spanish?",
             "Actually I forgot to mention {x}. Does that change anything?", "ok thanks!!", "why?", "wait, really?"]
FOLLOW_X = ["it's for two people", "we live in Canada", "I'm on a tight budget", "it has to be done by Friday", "I'm left-handed",
            "my partner is vegetarian", "the deadline moved", "I already tried that", "it's a rental", "I'm over 65"]


def followup(r):
    return pick(r, FOLLOWUPS).replace("{x}", pick(r, FOLLOW_X))
