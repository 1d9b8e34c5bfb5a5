"""Office work, single-tenant app products and research prompts."""
from tk import Grammar, L, P, casual
import t_everyday as E

R = {
    "name": P("Priya|Marcus|Elena|Tom|Aisha|Jonas|Mei|Carlos|Fatima|Ben|Sofia|Kwame|Hannah|Raj|Lucia|Oskar|Yuki|Dev|Grace|Ahmed|Ines|Luca"),
    "dept": P("finance|procurement|HR|legal|operations|marketing|sales|IT|customer success|facilities|compliance|product|engineering|data"),
    "vendor": P("the cleaning contractor|our freight forwarder|the payroll provider|the packaging supplier|the CRM vendor|"
                "our cloud reseller|the print shop|the security firm|the translation agency|the event venue"),
    "doc": P("travel policy|remote work policy|expense policy|onboarding checklist|incident report|quarterly update|"
             "data retention policy|vendor due-diligence questionnaire|press release|board memo|safety procedure|"
             "customer FAQ|release notes|job description|performance review"),
    "quarter": P("Q3|Q4|H2|FY26|FY27"),
    "metric": P("churn|NPS|gross margin|ticket backlog|on-time delivery|CAC|headcount|cloud spend|conversion rate|DSO"),
    "role": P("Senior Accountant|Warehouse Lead|Product Designer|Backend Engineer|Office Manager|Sales Development Rep|"
              "Data Analyst|Customer Support Specialist|Marketing Manager|QA Engineer|Recruiter|Site Reliability Engineer"),
    "brand": P("Northwind|Bluefin|Parcelly|Greenleaf|Homely|Quanta Mobile|Fjord Bank|Skylane Air|Brightpath|Tandem Health|"
               "Cartwheel|Oakridge Energy|Loop Fitness|Pennant Insurance|Kitebox|Sundial Travel|Mapleway Telecom|Orbit Books"),
    "city": E.R["city"],
    "product_attr": ["‹pa_item›, ‹pa_f1›, ‹pa_f2›‹pa_f3›"],
    "pa_item": P("stainless steel water bottle|wool-blend throw blanket|cordless drill|organic cotton baby onesie|ceramic pour-over set|"
                 "trail running shoes|bamboo cutting board set|LED desk lamp|kids' rain jacket|cast-iron skillet|linen duvet cover|"
                 "insulated lunch bag|yoga mat|leather card wallet|ergonomic office chair|scented soy candle|wireless earbuds|"
                 "dog harness|hiking backpack|electric kettle|merino beanie|wall planter|silicone baking mats|travel adapter"),
    "pa_f1": P("‹#250-1500› ml|‹#130-240›x‹#150-260› cm|‹#12-24›V|sizes ‹XS-XL|0-24 months|EU 36-46|S/M/L›|‹#200-2400› g|"
               "‹#3-12› colours|‹#1-5› year warranty|‹#5-40› L capacity|‹#2-6› pieces"),
    "pa_f2": P("machine washable|BPA-free|recycled materials|GOTS certified|dishwasher safe|vegan leather|USB-C charging|"
               "water resistant (IPX‹#4-7›)|FSC-certified wood|hand-made in ‹Portugal|Vietnam|Poland|Mexico|India›|oven-safe to ‹#200-260›°C"),
    "pa_f3": P("||, ‹#2-30›% off launch price|, gift box included|, ships in ‹#1-5› days|, limited edition|, bestseller in ‹#2023-2026›"),
    "cust_msg": ["‹cm_greet›‹cm_issue›‹cm_detail›‹cm_close›"],
    "cm_greet": P("|||hi |Hello, |hey, |Good morning. |Hi there, |hello?? |Dear support, "),
    "cm_issue": L("""
my internet has been dropping every evening since ‹Monday|Tuesday|Wednesday|last week|the storm›
I was charged twice for my ‹August|September|October› bill
how do i change the name on my booking, it's spelled wrong
my card got declined but the money left my account
I want to cancel my subscription but the button in the app doesn't work
the package says delivered but I never got it
can I bring a ‹#20-32› inch suitcase as carry on
why did my premium go up by ‹#8-30›% this year
is there a fee if I pay off my loan early
the app keeps logging me out every time I switch apps
I moved house, how do I transfer my contract to the new address
I need an invoice with my company VAT number for the last ‹#2-6› months
my order arrived with ‹#1-4› items missing
the router light is blinking ‹red|orange|white› and nothing works
I was promised a callback ‹#2-5› days ago and nobody called
I can't log in, it says my account is locked
my refund of $‹#12-480› still hasn't arrived
the discount code ‹SAVE‹#10-30›|WELCOME‹#5-20›|FALL‹#10-25›› doesn't work at checkout
I need to change my flight from ‹Oct|Nov› ‹#1-28› to the ‹#2-29›
how do I add my ‹wife|husband|son|daughter|partner› to my plan
"""),
    "cm_detail": P("|||| order ‹#100000-999999›| (account ‹#10000000-99999999›)| — tracking ‹#1000000000-9999999999›| and I already restarted everything|"
                   ", I've been a customer for ‹#2-15› years| and this is the ‹second|third|fourth› time| since the last update|"
                   ", booking ref ‹ABCDEFGHJK›‹#1000-9999›| on my ‹iPhone|Android|laptop›"),
    "cm_close": P("|||.|?|!!| thanks| please help| can someone actually fix this| asap| — very frustrated|. What are my options?"),
    "ABCDEFGHJK": P("QX|LM|ZK|TR|BW|HP|NC|JD"),
    "tu": L("""
hola, me llamo ‹name› y vivo en ‹city›
je suis allé au ‹cinéma|marché|travail› hier avec ‹mon ami|ma sœur|mes collègues›
ich habe keine zeit am ‹wochenende|montag|abend›, weil ich ‹arbeiten|lernen|kochen› muss
what's the difference between ‹ser and estar|savoir and connaître|kennen and wissen|wa and ga›?
can we practise ordering in a ‹restaurant|bakery|train station|pharmacy›
sono stanco oggi perché ho ‹lavorato|studiato|camminato› molto
watashi no shumi wa ‹ryouri|dokusho|eiga› desu
how do I say '‹I'm running late|can I have the bill|where is the toilet|I'm allergic to nuts›'?
ok
ayer fui a ‹la playa|el médico|casa de mi abuela› y ‹comí|vi|compré› ‹#2-5› cosas
j'ai ‹#18-70› ans et je travaille comme ‹infirmière|développeur|professeur›
"""),
    "jr_a": L("""
today was long. work was fine but I felt kind of flat all evening.
I finally called my ‹brother|sister|dad|mum|best friend› after ‹#2-11› months.
couldn't sleep again, up at ‹#2-5› am.
proud of myself, I went for a ‹run|swim|walk|bike ride› before work.
my manager praised my presentation.
feeling anxious about the ‹move|exam|interview|surgery|trip› next ‹week|Tuesday|month›.
nothing special happened, just tired.
argued with ‹my partner|my roommate|my sister› about ‹money|chores|the holidays›.
cooked ‹dinner|pasta|soup› for the first time in ‹#1-4› weeks.
‹#1-9› days without ‹smoking|alcohol|doomscrolling›.
"""),
    "jr_b": P("|||| not sure why.| I want to remember this.| trying to be kinder to myself.| tomorrow will be better I think.|"
              " also it rained all day.| I keep thinking about what ‹Sam|Alex|Jo|my boss› said."),
    "q_sql": L("""
Which customers ordered more than ‹#3-10› times last month but nothing this month?
Average delivery time per region for ‹Q2|Q3|the last 30 days›
Top ‹#5-20› products by revenue in ‹Germany|the US|France|Japan› this year
How many users signed up each week and how many of them made a purchase within 7 days?
List invoices that are overdue by more than ‹#15-90› days with the customer's account manager
What share of support tickets were reopened, by product line?
Monthly recurring revenue by plan for the last 12 months
"""),
    "clause": L("""
The ‹party› shall indemnify and hold harmless the ‹party2› from any third-party claims arising out of ‹cl_cause›, save to the extent caused by the ‹party2›.
Either party may terminate this Agreement for convenience upon ‹#30-180› days' prior written notice, provided that ‹cl_proviso›.
The ‹party› shall not assign, sublet or part with possession of ‹cl_object› without the prior written consent of the ‹party2›, such consent not to be unreasonably withheld.
Liability of either party under this Agreement shall not exceed ‹cl_cap›, save for liability for ‹cl_excl›.
Any dispute arising under this Agreement shall be finally resolved by arbitration seated in ‹London|Singapore|Stockholm|New York|Paris|Geneva› under the ‹LCIA|SIAC|ICC|SCC› Rules, with ‹one|three› arbitrator(s).
The ‹party› agrees not to solicit any ‹client|employee|supplier› of the ‹party2› with whom they had material dealings for a period of ‹#6-24› months following termination.
The ‹party› shall maintain ‹professional indemnity|public liability|cyber› insurance of not less than ‹#1-10› million ‹USD|GBP|EUR› for the Term and ‹#1-6› years thereafter.
Fees shall increase annually on ‹#1-31› ‹January|April|July› by the greater of ‹#2-5›% and the change in ‹CPI|RPI|HICP› over the preceding twelve months.
"""),
    "party": P("Supplier|Customer|Tenant|Landlord|Licensee|Licensor|Contractor|Employee|Distributor"),
    "party2": P("Customer|Supplier|Landlord|Company|Licensor|Principal|Client"),
    "cl_cause": P("the Supplier's gross negligence or wilful misconduct|any breach of clause ‹#4-19›|infringement of intellectual property rights|"
                  "the acts or omissions of its subcontractors|any breach of data protection laws"),
    "cl_proviso": P("all undisputed fees accrued prior to termination remain payable|no refund is due for prepaid periods|"
                    "the early termination fee in Schedule ‹#2-6› is paid|transition assistance is provided for ‹#30-120› days"),
    "cl_object": P("the Premises or any part thereof|this Agreement or any rights under it|the Licensed Software|the Equipment"),
    "cl_cap": P("the total fees paid in the twelve (12) months preceding the claim|‹#100-5000› thousand ‹USD|EUR|GBP›|"
                "‹#100-200›% of the annual contract value|the amount recoverable under the relevant insurance policy"),
    "cl_excl": P("death or personal injury caused by negligence|fraud|breach of confidentiality|the indemnities in clause ‹#8-14›|unpaid fees"),
    "news": L("""
City council approves ‹#2-9›% increase in public transport fares starting in January
Heavy rain causes flooding in several districts; schools closed on ‹Thursday|Friday›
Local football club appoints new head coach after a difficult start to the season
Regional hospital opens new cardiology wing after ‹#2-4› years of construction
Central bank holds interest rates steady, signals possible cut in December
Tech startup from the region raises ‹#5-60› million in new funding round
Farmers report record apple harvest despite dry summer
"""),
    "review": L("""
Great fit, runs a bit small. Colour exactly as in photos.
Stopped working after ‹#2-8› weeks. Customer service was slow to answer.
Battery life is amazing, the app is clunky though.
Arrived damaged, replacement came quickly. ‹#3-5› stars because of the hassle.
Honestly the best purchase I've made this year.
Too loud for an apartment. Returning it.
Does what it says. Nothing special. Assembly took ‹#20-90› minutes.
"""),
}

WORK = L("""
Draft an email to ‹vendor› asking why the ‹E.month› invoice is ‹#8-40›% higher than the quote.
Rewrite our ‹doc› so it's easier to read. Keep the meaning, cut the legalese.
Summarise these meeting notes into decisions and action items:⏎- ‹name›: ‹metric› is down ‹#2-12›% vs last quarter⏎- ‹name› will check with ‹dept› about budget⏎- agreed to postpone the ‹city› offsite⏎- ‹name› to send the draft ‹doc› by ‹Friday|Monday|end of week›
Write a job ad for a ‹role›. We're a ‹#12-400›-person company, hybrid, based in ‹city›.
Make 8 slides outline for our ‹quarter› review for ‹dept›. Key points: ‹metric› improved, hiring paused, two big client wins.
Write a polite but firm reply to a customer who wants a refund outside the ‹#14-30›-day window.
Turn this into a short announcement for the #general channel: new ‹doc› starts next month, questions go to ‹name›.
I need an RFQ for ‹#500-20000› units of branded ‹notebooks|tote bags|water bottles|hoodies›. What sections should it have?
What's a good way to structure a one-page business case for buying ‹a new CRM|a second forklift|an e-signature tool|a shared inbox tool›?
Our ‹metric› went from ‹#10-40› to ‹#12-55› in ‹quarter›. Help me explain that to leadership without spin.
Excel: we have sales by rep in column B and region in column C. Formula for each rep's share of their region's total?
Write a ‹#150-300›-word grant summary for a community ‹garden|coding club|library outreach|repair café› project.
Translate this email into ‹French|German|Spanish|Japanese|Portuguese› for a supplier, keep it formal: we need to move the delivery to ‹#3-28› ‹November|December›.
Prepare talking points for a difficult conversation with an employee who keeps missing deadlines.
What questions should I ask in a reference check for a ‹role›?
Give me a checklist for closing the books at month end for a small company.
Write a short apology email to customers about ‹#2-6› hours of downtime on ‹Tuesday|Wednesday›.
Compare these two quotes from ‹vendor›: A is ‹#8-20›k/year with 3-year lock-in, B is ‹#10-25›k/year monthly. Which is better?
""")

# ---------------------------------------------------------------- single-tenant apps
APPS = {
    "support": dict(cap="chat", out=(60, 350), mt=[512, 800, 1024], turns=(1, 7), sys=L("""
You are the virtual assistant for ‹brand›. Answer only questions about ‹brand› products, accounts and billing. Be brief and friendly. If the customer asks for a refund over $50 or is angry, offer to connect them to a human agent. Never invent policy.
You are ‹brand› Support. Use the knowledge base excerpts in <kb> tags to answer. If the answer is not in the excerpts, say you will escalate. Reply in the customer's language.
"""), inp=lambda rng: casual(rng, G(rng, "‹cust_msg›"), 0.5)),
    "meeting_notes": dict(cap="chat", out=(250, 900), mt=[1500, 2048], turns=(1, 1), sys=L("""
Summarise the meeting transcript. Output sections: Summary (3 sentences), Decisions, Action items (owner, due date), Open questions. Use the speakers' names.
You turn raw call transcripts into concise notes for a CRM. Return JSON with keys summary, next_steps, risks, sentiment.
"""), inp=lambda rng: "Transcript (auto-generated):\n" + "\n".join(
        "[%02d:%02d] %s: %s" % (i // 2, (i * 37) % 60, G(rng, "‹name›"), G(rng, rng.choice(_TALK))) for i in range(rng.randint(8, 26)))),
    "fridge_chef": dict(cap="vision", out=(200, 600), mt=[1024], turns=(1, 2), image=0.9, sys=L("""
You are a cooking assistant. Identify the ingredients in the user's photo and suggest up to three recipes they can make with them. Keep each recipe under 150 words.
"""), inp=lambda rng: rng.choice(["what can i cook with this", "dinner ideas?", "", "something quick and vegetarian please",
                                   "kids are picky, ideas?", "what can I make for 4 people", "high protein please"])),
    "cv_review": dict(cap="rewrite", out=(300, 900), mt=[1500, 2000], turns=(1, 3), sys=L("""
You are a career coach for ‹brand› Jobs. Review the CV section the user pastes. Point out weak phrasing, quantify achievements where possible and suggest rewrites. Do not fabricate experience.
"""), inp=lambda rng: G(rng, "Here's my experience section:\n‹role› at ‹brand› (20‹#14-25›–present)\n- Responsible for ‹dept› reporting\n- Worked with team on ‹metric› improvements\n- Helped customers\nCan you make it stronger? I'm applying for ‹role› roles.")),
    "product_copy": dict(cap="rewrite", out=(120, 400), mt=[600, 800], turns=(1, 1), sys=L("""
Write a product description for an online shop: one catchy headline, 2 short paragraphs, 4 bullet points. Tone: warm, no superlatives, no claims that can't be verified.
Generate SEO title (max 60 chars), meta description (max 155 chars) and a 90-word description for the product. Output JSON.
"""), inp=lambda rng: G(rng, "‹product_attr›")),
    "tutor": dict(cap="chat", out=(80, 400), mt=[700, 1024], turns=(1, 15), sys=L("""
You are Lingo, a friendly ‹Spanish|French|German|Italian|Japanese› tutor for adult beginners. Correct mistakes gently, explain briefly in English, then continue the conversation in the target language. Keep replies under 80 words.
"""), inp=lambda rng: casual(rng, G(rng, "‹tu›"), 0.5)),
    "nl2sql": dict(cap="coding", out=(60, 300), mt=[512], turns=(1, 1), sys=L("""
Translate the user's question into a single PostgreSQL query. Schema: customers(id, name, country, account_manager_id), orders(id, customer_id, created_at, total_cents, status), order_items(order_id, product_id, qty, price_cents), products(id, name, category). Return only SQL.
"""), inp=lambda rng: G(rng, "‹q_sql›")),
    "catalog_tagger": dict(cap="chat", out=(2, 18), mt=[20, 32], turns=(1, 1), sys=L("""
Assign exactly one category from this list to the product title: apparel, footwear, kitchen, tools, toys, beauty, electronics, garden, pet, sports, books, other. Reply with the category only.
"""), inp=lambda rng: G(rng, "‹product_attr›").split(",")[0]),
    "kids_story": dict(cap="chat", out=(400, 900), mt=[1200], turns=(1, 1), sys=L("""
You write gentle bedtime stories for children aged 3-7. 300-500 words, no scary elements, end calmly. Use the child's name and the theme provided.
"""), inp=lambda rng: G(rng, "Name: ‹name›. Age: ‹#3-7›. Theme: ‹a train that is afraid of tunnels|a penguin who wants to fly|sharing toys|the first day of school|a dragon who loves books›.")),
    "listing": dict(cap="rewrite", out=(150, 350), mt=[500], turns=(1, 1), sys=L("""
Write a property listing from the agent's notes. 120-180 words, factual, no discriminatory language, mention transport links if given.
"""), inp=lambda rng: G(rng, "‹#1-4› bed flat, ‹#45-130› m2, ‹#1-9›th floor, lift, balcony facing ‹south|west|east›, renovated kitchen 20‹#18-25›, ‹#4-15› min walk to metro, ‹no parking|garage space›, pets ok")),
    "itinerary": dict(cap="chat", out=(400, 1200), mt=[1500, 2000], turns=(1, 4), sys=L("""
You are Sundial, a trip planner. Create day-by-day itineraries with morning/afternoon/evening blocks, realistic travel times and one budget tip per day.
"""), inp=lambda rng: G(rng, "‹#2-7› days in ‹city› in ‹October|November|December›, we like ‹food markets|museums|hiking|nightlife|architecture›, budget ‹low|medium|high›")),
    "triage": dict(cap="chat", out=(40, 200), mt=[300], turns=(1, 1), sys=L("""
Classify the incoming email as one of: billing, technical, sales, spam, other. Then draft a one-sentence acknowledgement. Respond as JSON {"category": ..., "reply": ...}.
"""), inp=lambda rng: casual(rng, G(rng, "‹cust_msg›"), 0.3)),
    "journal": dict(cap="chat", out=(120, 400), mt=[600], turns=(1, 6), sys=L("""
You are a supportive journaling companion. Reflect back what the user wrote, ask one gentle follow-up question. Do not diagnose. If the user mentions self-harm, share crisis resources.
"""), inp=lambda rng: casual(rng, G(rng, "‹jr_a›‹jr_b›"), 0.5)),
    "clause_explainer": dict(cap="rewrite", out=(150, 500), mt=[800], turns=(1, 3), sys=L("""
Explain contract clauses in plain English for small-business owners. Say what it means, who it favours and what to negotiate. Add: "This is not legal advice."
"""), inp=lambda rng: G(rng, "‹clause›")),
    "news_translate": dict(cap="rewrite", out=(150, 600), mt=[1200], turns=(1, 1), sys=L("""
Translate the news article into ‹English|German|Spanish|French|Portuguese›. Keep names and numbers unchanged, keep the headline short.
"""), inp=lambda rng: G(rng, "‹news›. ") + " ".join(G(rng, "‹news›.") for _ in range(rng.randint(1, 3)))),
    "invoice_extract": dict(cap="vision", out=(120, 350), mt=[600], turns=(1, 1), image=1.0, sys=L("""
Extract from the invoice image: supplier name, invoice number, date, currency, net, VAT, total, line items. Return strict JSON; use null when a field is unreadable.
"""), inp=lambda rng: ""),
    "docs_rag": dict(cap="chat", out=(120, 500), mt=[800, 1024], turns=(1, 4), sys=L("""
You answer questions about ‹brand›'s developer API using only the documentation excerpts provided between <docs> tags. Cite the excerpt ids. If unsure, say so.
"""), inp=lambda rng: "<docs>\n" + "\n".join("[%d] %s" % (i + 1, G(rng, rng.choice(_DOCS))) for i in range(rng.randint(3, 6))) + "\n</docs>\n" +
        casual(rng, G(rng, rng.choice(_DOCQ)), 0.4)),
    "review_summary": dict(cap="chat", out=(80, 250), mt=[400], turns=(1, 1), sys=L("""
Summarise the customer reviews into pros, cons and a one-line verdict. Do not quote reviewers by name.
"""), inp=lambda rng: "\n".join("- " + G(rng, "‹review›") for _ in range(rng.randint(5, 14)))),
    "fitness": dict(cap="chat", out=(150, 500), mt=[800], turns=(1, 5), sys=L("""
You are the in-app coach of Loop Fitness. Give safe, encouraging advice. Never give medical advice; suggest seeing a professional for pain or injury.
"""), inp=lambda rng: E.prompt(rng, "health")[0]),
}

_TALK = L("""
ok so the main thing today is the ‹metric› numbers
I think we should push the launch by two weeks
can you share the deck after the call
‹dept› hasn't signed off yet
we're waiting on ‹vendor›, they said ‹Friday|Monday|next week›
sorry, I was on mute
let's take that offline
the client wants a discount if we extend to three years
I'll draft something and send it round
does anyone object to moving the standup to 9:30
""")
_DOCS = L("""
POST /v2/orders creates an order. Required fields: customer_id, items[]. Returns 201 with the order object.
Rate limits are ‹#60-600› requests per minute per API key. Exceeding them returns 429 with a Retry-After header.
Webhooks are signed with HMAC-SHA256 using your endpoint secret; verify the X-Signature header.
Pagination uses cursors: pass the next_cursor from the previous response as ?cursor=.
Idempotency-Key headers are honoured for 24 hours on POST requests.
Sandbox keys start with sk_test_ and never move real money.
""")
_DOCQ = L("""
how do I avoid creating duplicate orders when my request times out?
what does a 429 mean and how long should I wait
how do i verify the webhook signature in node
is there a way to get all orders without offset pagination
can I use test keys in production to check the integration
""")

# ---------------------------------------------------------------- research
RESEARCH = L("""
I'm reviewing a paper that claims a ‹#3-25›% improvement on ‹a reading comprehension benchmark|protein stability prediction|traffic forecasting|speech recognition in noisy rooms› but only reports one seed. What should I ask the authors?
Explain the difference between fixed effects and random effects in a panel regression, with an example from ‹labour economics|epidemiology|education research›.
Help me word the limitations section: small sample (n=‹#18-90›), single site, self-reported outcomes.
What's the right way to correct for multiple comparisons when I test ‹#6-40› outcomes?
Write the LaTeX for a table with three models, four datasets, mean ± std, best in bold.
Draft a polite response to Reviewer 2, who says our baseline is outdated. We added ‹a newer baseline|two ablations› in the revision.
I have longitudinal data with missing visits. Mixed model or multiple imputation?
Summarise the debate around ‹preregistration|p-hacking|replication in psychology|benchmark contamination in NLP› in one page for my reading group.
Is a Bayesian hierarchical model overkill for ‹#4-12› sites with ‹#20-200› patients each?
How do I compute inter-annotator agreement for ‹#3-6› coders with missing labels?
What statistical test fits a 2x3 design with repeated measures on one factor?
Suggest a structure for a ‹#8-12›-page grant proposal on ‹coastal erosion|low-resource machine translation|urban heat islands|antimicrobial resistance›.
""")

CODEBOOK = L("""
You are annotating social-media posts for a study on ‹vaccine attitudes|climate anxiety|housing discourse|misinformation about elections›. Use the codebook: 0 = unrelated, 1 = supportive, 2 = opposed, 3 = ambivalent/mixed. Reply with the code and a one-line justification.
Label the following sentence for the presence of a causal claim (yes/no) and, if yes, the cause and effect spans. Follow the guidelines from Appendix B.
""")
ITEMS = ["Post: \"‹ap_open›‹ap_body›‹ap_tail›\"", "Sentence: \"‹as_body›\""]
_ANN = {
    "ap_open": P("||||lol |honestly |ugh. |ok but |not gonna lie, |PSA: |day ‹#2-40› of this: "),
    "ap_body": L("""
got my booster today, arm is sore but glad it's done before winter
rent went up another ‹#8-25›% and they call this a housing market
not sure what to think about the new ‹policy|report|law|zoning plan›, seems rushed but maybe necessary
they never tell you what's really in it. do your own research
heatwave in October?? my kids' school has no AC
the flood maps for ‹our street|my town|the valley› changed again and insurance doubled
my landlord wants ‹#2-3› months deposit for a studio
the ‹#6-12›-lane highway expansion is not going to fix traffic, it never does
just saw ‹#3-9› wind turbines going up near the motorway, kind of beautiful honestly
my grandma thinks the vaccine changed her ‹memory|blood sugar|sleep›, doctor says no
"""),
    "ap_tail": P("|||| #‹housing|climate|vaccines|election|rent›| 🙃| smh| anyone else?| (thread)"),
    "as_body": L("""
Cities that expanded bike lanes saw a ‹#5-30›% drop in short car trips within ‹#2-5› years.
The decline in bee populations has been linked to neonicotinoid use, according to ‹#2-9› studies.
Because the bridge was closed, commuters shifted to the ‹north|south|east› line, increasing crowding by ‹#10-40›%.
Rents rose ‹#4-19›% after the new ‹stadium|campus|metro station› opened nearby.
The outbreak spread mainly in ‹schools|care homes|shipyards› where ventilation was poor.
After the tax on sugary drinks, sales fell ‹#6-25›% while bottled water sales rose.
Farmers reported ‹#10-40›% lower yields in the drought year, but prices rose enough to offset it.
"""),
}
BENCH = L("""
Question: A store sells pencils in packs of ‹#6-12› and erasers in packs of ‹#4-10›. What is the smallest number of each ‹name› can buy to have equal numbers of pencils and erasers? Answer with a number only.
Question: If ‹#2-9›x + ‹#2-15› = ‹#20-80›, what is x? Give the final answer after "####".
Problem: Let S be the set of positive integers less than ‹#100-999› divisible by ‹#2-5› or ‹#6-9› but not both. Find |S|. Put the answer in \\boxed{}.
Q: Which of the following is a prime number? (A) ‹#100-999› (B) ‹#100-999› (C) ‹#100-999› (D) ‹#100-999›. Answer with the letter.
Problem: ‹#2-4› fair dice are rolled. What is the probability that the product is a multiple of ‹#3-12›? Express as a common fraction.
Question: ‹name› reads ‹#12-60› pages a day. A ‹#200-900›-page book is started on a Monday. On which day is it finished? Answer after "####".
Problem: Find the remainder when ‹#2-9›^‹#20-200› is divided by ‹#7-31›. Put the answer in \\boxed{}.
Question: A rectangle's length is ‹#2-5› times its width and its area is ‹#48-500›. What is its perimeter? Give the final answer after "####".
Problem: How many ordered pairs of positive integers (a, b) satisfy a + b = ‹#10-80› and gcd(a, b) = ‹#1-5›?
""")

G = Grammar(R, {"E.month": E.R["month"]}, _ANN)


def work(rng):
    return casual(rng, G(rng, rng.choice(WORK)), 0.25)


def research(rng):
    return casual(rng, G(rng, rng.choice(RESEARCH)), 0.15)


def annotation(rng, sys_choice):
    return G(rng, rng.choice(ITEMS))


def bench(rng):
    return G(rng, rng.choice(BENCH))


def app_system(rng, kind):
    return G(rng, rng.choice(APPS[kind]["sys"]))
