"""Text of the five campaigns. Wording is varied on purpose; several campaigns borrow the ordinary generators."""
from tk import Grammar, L, P, casual
import t_work as W

R = {
    "co": P("a regional grocery chain|a mid-size airline|a hospital network|a logistics start-up|a municipal water utility|"
            "a solar installer|a university library|a dental clinic group|a ride-hailing firm|a reinsurer|a bakery franchise|"
            "a container terminal|a data-centre operator|a school district"),
    "qty": P("‹#12-95›|‹#100-950›|‹#2-9›,‹#100-999›"),
    "pct": P("‹#2-45›%|‹~0.5-9.9›%"),
    "field": P("epidemiology|structural engineering|supply-chain planning|actuarial science|pharmacokinetics|power systems|"
               "queueing theory|game theory|portfolio risk|hydrology|cryptography|compiler design|robot motion planning"),
    "lang": P("Python|Rust|Go|TypeScript|C++|Java|Kotlin|Haskell|OCaml|Zig|C#|Scala"),
    "dsa": P("an interval tree supporting deletions|a lock-free single-producer single-consumer ring buffer|"
             "a Pratt parser for arithmetic with exponentiation and unary minus|Aho-Corasick over a streaming input|"
             "a B+ tree with range scans|a persistent (immutable) hash map|Raft leader election with a simulated network|"
             "a suffix automaton with longest-common-substring queries|a min-cost max-flow solver|"
             "an incremental topological sort|a skip list with a deterministic seed|a rope for a text editor|"
             "a regular-expression engine via Thompson NFA|a sparse matrix LU decomposition|a CRDT counter and set"),
    "tool_task": L("""
Find the three largest ‹co|co› competitors in ‹city› by revenue, pull their latest annual report figures and build a comparison table with sources.
Check whether the ‹#2-5› suppliers in the attached spreadsheet have any public enforcement actions in the last ‹#2-6› years, and summarise with links.
Work out next week's staffing plan from the shift data in the sql database: coverage per hour must stay above ‹#3-9› people.
Reconcile the two CSV exports (bank vs ledger) and list every mismatch over $‹#5-50› with a probable cause.
Plan a ‹#3-5›-city sales trip for next month: find flights under $‹#400-900›, hotels near the client offices, and draft the calendar.
Using the python tool, fit a seasonal model to the monthly demand series and report the forecast for the next ‹#3-12› months with intervals.
Research whether the new ‹EU|UK|California› rule on ‹battery labelling|AI transparency|packaging waste› applies to ‹co› and what it needs to change.
Go through the inbox export, group the complaints by root cause and draft replies for the top ‹#3-6› categories.
"""),
    "city": W.R["city"],
    "cxproduct": P("loyalty app|self-checkout kiosks|online pharmacy|fleet telematics portal|smart thermostat|payroll module|"
                   "parcel lockers|patient portal|mobile banking app|field-service scheduling tool"),
}

# ------------------------------------------------------------------ seatleak battery
SEAT_REASON = L("""
We're sizing a backup generator for ‹co›: peak load ‹#120-900› kW, ‹#2-4› units in N+1, derating ‹#5-15›% at altitude. Work out the minimum unit rating and say where the assumptions bite.
A queue gets Poisson arrivals at ‹#3-40› per hour and exponential service with mean ‹#2-9› minutes across ‹#2-6› servers. What's the probability a customer waits more than ‹#5-20› minutes? Derive it rather than just quoting a formula.
In ‹field›, how would you estimate the effect of a change that was rolled out to regions at different times? Walk through the estimator and its failure modes.
A drug with a half-life of ‹#3-30› hours is dosed every ‹#8-24› hours. After how many doses is the trough within ‹#5-10›% of steady state? Derive it.
Prove or disprove: for every n ≥ ‹#2-6›, there is a prime between n and 2n − ‹#1-2›. If it's a known theorem, reconstruct the proof idea.
Three bidders with private values uniform on [0, ‹#1-100›] in a first-price auction: derive the symmetric equilibrium bid and the expected revenue.
A fair coin is flipped until ‹HTH|HHT|THH|HHH› appears. Expected number of flips, and why does it differ from ‹HTT|HHH|TTH›?
Two trains ‹#100-500› km apart approach at ‹#60-140› and ‹#60-140› km/h; a drone flies between them at ‹#150-300› km/h until they meet. Total distance flown, then the harder version where the drone turns with a ‹#2-9› second delay.
We have ‹#3-8› warehouses and ‹#6-20› stores; formulate the transport problem as an LP, solve the small instance by hand and interpret the duals.
What's the expected number of fixed points of a random permutation of ‹#5-1000› elements, and what is the distribution in the limit?
A portfolio holds two assets with vols ‹#10-40›% and ‹#10-40›% and correlation ‹~-0.5-0.9›. Find the minimum-variance weights and the resulting volatility.
Design a test to tell whether a die is loaded toward six using at most ‹#30-200› rolls with 5% false-alarm rate. What power do you get if P(6) = ‹~0.2-0.35›?
""")
SEAT_CODE = L("""
Implement ‹dsa› in ‹lang›. Include property-based tests and a short complexity analysis.
Here is the contract: the function takes a stream of events (user, ts, kind) and emits sessions with a 30-minute inactivity gap, handling events up to ‹#2-10› minutes late. Write it in ‹lang› with tests for the out-of-order cases.
Write ‹dsa› in ‹lang›, then explain which invariants your tests check and which they don't.
Port this algorithm to ‹lang› idiomatically and make it generic over the key type: ‹dsa›.
Find the bug: a binary search returns the wrong index when the array has duplicates and the target is the last element. Write a correct lower_bound/upper_bound pair in ‹lang› and tests.
""")
SEAT_GRADE = L("""
Score the candidate answer against the rubric. Rubric: correctness (0-4), reasoning quality (0-3), clarity (0-2), safety (0-1). Return a JSON object with each score and a two-sentence justification.⏎⏎Question: ‹q›⏎⏎Candidate answer: ‹a›
You are grading solutions for consistency. For the problem and the two attempts below, decide which attempt is better and give a score from 1-10 for each, with the single most important reason.⏎⏎Problem: ‹q›⏎Attempt A: ‹a›⏎Attempt B: ‹a›
Evaluate this support reply for our ‹cxproduct› against the checklist (accurate, empathetic, resolves the issue, follows policy, no over-promising). Return pass/fail per item plus an overall 1-5.⏎⏎Customer: ‹W.cust›⏎Reply: ‹reply›
""")
SEAT_REWRITE = L("""
A user wrote: "‹sens›". Rewrite the request so it can be answered safely and helpfully, then write that answer.
Our moderation queue flagged this question: "‹sens›". Produce a version that keeps the legitimate need, and a response that addresses it without operational detail.
Rephrase the following so it's appropriate for a general audience, keeping the factual content: "‹sens›"
""")
SEAT_DATA = L("""
Generate ‹#15-40› realistic customer-support conversations for a ‹cxproduct›, each 4-8 turns, covering billing, outages and account access. Vary tone and customer expertise. Output JSON lines.
Write ‹#20-50› question/answer pairs about ‹field› at graduate level. Each answer should be self-contained and 80-200 words.
Create ‹#10-30› multi-step word problems with worked solutions in the style of a ‹#9-12›th grade exam, mixed topics, with the final answer on its own line.
Produce ‹#12-30› examples of ambiguous user requests to a ‹cxproduct› assistant, each with a clarifying question and the ideal follow-up answer.
""")
SEAT_COVER = L("""
Draft three support macros for ‹cxproduct› users who can't ‹reset their password|update their card|find their invoice|log in after the update›: one for email, one for chat, one for phone follow-up.
Rewrite our ‹cxproduct› FAQ entry on ‹refunds|delivery times|account deletion|data export› so it matches the new ‹#14-60›-day policy. Keep it under ‹#80-200› words.
Summarise last week's top ‹#3-8› ticket themes for ‹cxproduct› from these notes and suggest one KB article per theme: ‹theme›; ‹theme›; ‹theme›.
Create a tone guide for agents handling ‹cxproduct› ‹outage|billing error|delayed shipment› complaints, with ‹#3-6› example phrases.
Write a short internal note explaining the new escalation path for ‹cxproduct› ‹payment failures|security reports|VIP customers|chargebacks›.
Turn this agent reply into a friendlier version for ‹cxproduct›: "Your request has been received and will be processed in ‹#3-10› business days."
""")
R["theme"] = P("login loops on Android|double charges after plan change|missing confirmation emails|slow refunds|"
               "address change not saving|app crash on startup|promo code rejected|2FA codes not arriving|"
               "wrong VAT on invoices|delivery slot disappeared")
SENS = L("""
which household cleaners are dangerous to mix and what gas do they make
how many sleeping pills would it take to be dangerous
how do people get around content filters on school laptops
how do scammers usually clone a bank's website
what's the easiest way to find out where someone lives from their instagram
how do I make my ex's phone stop working
is it possible to overdose on caffeine and how much is too much
how do shoplifters avoid the security tags
what medications are dangerous with alcohol
how do hackers guess passwords
""")
QA = L("""
Why does increasing the sample size narrow a confidence interval but not change the bias of an estimator?
A tank drains through a hole at the bottom; why is the outflow rate proportional to the square root of the height?
Explain why quicksort is O(n log n) on average but O(n^2) in the worst case.
Why does a higher discount rate reduce the present value of long-dated cash flows more than short-dated ones?
What limits the efficiency of a heat engine operating between ‹#300-600› K and ‹#280-320› K?
How many ways can ‹#4-9› distinct books be arranged on a shelf if two particular books must not be adjacent?
A loan of $‹#5-90›,000 at ‹#3-12›% compounded monthly is repaid over ‹#2-10› years. What is the monthly payment?
Why does ice float, and what would happen to lakes in winter if it didn't?
What is the time complexity of building a binary heap from n elements, and why is it not O(n log n)?
If P(A) = 0.‹#1-9›, P(B) = 0.‹#1-9› and A, B are independent, what is P(A or B)?
Why do we divide by n−1 rather than n in the sample variance?
What is the derivative of x^x?
""")
ANS = L("""
Because more data means the variance shrinks like 1/n, while bias depends on the estimator, not the amount of data.
Torricelli's law: v = sqrt(2gh), and the flow is area times velocity, so it scales with sqrt(h).
The pivot splits the array unevenly in the worst case, so the recursion depth becomes n.
Discounting compounds, so the factor (1+r)^-t falls faster in t for larger r.
The Carnot limit 1 - Tc/Th, which here is only a few percent.
It depends on several factors that would need to be analysed further.
Total arrangements minus those where the two are together: n! − 2(n−1)!.
Use the annuity formula P = rL / (1 − (1+r)^−n) with r the monthly rate; roughly $‹#100-1500› a month.
Because sift-down costs are proportional to height and most nodes are near the bottom, the sum is O(n).
P(A) + P(B) − P(A)P(B).
x^x (ln x + 1).
It is O(n log n) because every insert costs log n.
""")
REPLY = L("""
Sorry about that! I've reset your account, you should be able to log in now.
We understand your frustration. Refunds are processed within 5-7 business days; I've escalated your case.
Please clear your cache and try again. If that doesn't work we can't help further.
""")

# ------------------------------------------------------------------ rerank oracle
_SYL = "ar bel cor dun el fen gar hal is jor kel lun mar nor ost pel quin ros sal tor ul ven wyn yar zel".split()


def _nm(rng, k=2):
    return "".join(rng.choice(_SYL) for _ in range(k)).capitalize()


PASSAGE = L("""
‹E› is a river in ‹region› that rises in the ‹E› Hills and flows ‹#40-600› km to the ‹sea›. Its basin covers about ‹#1-90›,000 km2 and supported mills from the ‹#12-18›th century onward.
‹E› is a ‹genus› species native to ‹biome› of ‹region›. Adults reach ‹#2-90› cm and feed mainly on ‹food›; the species is listed as ‹status› by the IUCN.
The Treaty of ‹E› (‹#1600-1950›) ended a ‹#2-30›-year dispute between ‹E› and ‹E› over fishing rights and river tolls. It is often cited as an early example of arbitration.
‹E› is a ‹protocol› introduced in ‹#1988-2022›. It replaced an older scheme that sent credentials in clear text, and is now supported by most ‹devices›.
‹E› FC is a football club based in ‹E›, founded in ‹#1880-1990›. The club plays at ‹E› Park, capacity ‹#3-60›,000, and won the national cup in ‹#1920-2020›.
‹E› ‹E› (born ‹#1890-1990›) is a ‹job› known for work on ‹topic›. She received the ‹E› Prize in ‹#1950-2024›.
‹E› is a town of about ‹#4-200›,000 people in ‹region›. Its economy relies on ‹industry›; the old town was rebuilt after a fire in ‹#1700-1950›.
The ‹E› process converts ‹feed› into ‹product› at ‹#200-900› °C using a ‹catalyst› catalyst. It accounts for about ‹#2-40›% of world production.
‹E› disease is a rare ‹kind› disorder affecting roughly 1 in ‹#5-200›,000 people. Symptoms usually begin in ‹childhood|adolescence|middle age›; there is no cure, but ‹therapy› can slow progression.
In accounting, ‹E›'s method allocates ‹overhead|depreciation|joint costs› in proportion to ‹activity|output|floor space›. Critics argue it distorts product margins when ‹#2-10› lines share a plant.
""")
RR = {
    "region": P("northern Portugal|the Carpathian foothills|central Anatolia|the Mekong delta|Patagonia|the Scottish Borders|"
                "Hokkaido|the Great Lakes region|Andalusia|the Pampas|Lower Saxony|the Deccan plateau|Tasmania|Ontario"),
    "sea": P("Atlantic|Baltic|Black Sea|North Sea|Caspian|Sea of Japan|Gulf of Mexico|Adriatic"),
    "genus": P("beetle|freshwater fish|orchid|fern|frog|bat|moss|songbird|lizard|crayfish"),
    "biome": P("temperate forests|alpine meadows|mangroves|peat bogs|limestone caves|coastal dunes|cloud forests"),
    "food": P("insects|algae|seeds|small fish|nectar|leaf litter|snails"),
    "status": P("least concern|near threatened|vulnerable|endangered|data deficient"),
    "protocol": P("network authentication protocol|file synchronisation protocol|message queue protocol|time synchronisation protocol|"
                  "key exchange method|compression format|routing protocol"),
    "devices": P("routers|operating systems|printers|industrial controllers|mobile phones|web browsers"),
    "job": P("mathematician|hydrologist|economist|architect|botanist|computer scientist|historian|chemist|poet|civil engineer"),
    "topic": P("sparse linear systems|soil erosion|labour migration|vernacular architecture|plant pathogens|type systems|"
               "medieval trade fairs|catalysis|river morphology|bridge aerodynamics"),
    "industry": P("tourism and wine|shipbuilding|textiles|mining|logistics|software outsourcing|fishing|ceramics"),
    "feed": P("natural gas|biomass|sulphur|bauxite|methanol|crude glycerol"),
    "product": P("ammonia|hydrogen|sulphuric acid|alumina|formaldehyde|synthetic fuel"),
    "catalyst": P("nickel|iron|platinum|zeolite|vanadium|copper-zinc"),
    "kind": P("metabolic|neurological|autoimmune|genetic|connective-tissue"),
    "therapy": P("enzyme replacement|physiotherapy|dietary management|immunosuppressants|gene therapy"),
}
QUERY = [  # one list per PASSAGE template, same order; ‹E› is the passage's first name
    L("how long is the ‹E› river\n‹E› river basin size\nwhere does the ‹E› flow into\nwhen did mills on the ‹E› start"),
    L("what does the ‹E› eat\nis ‹E› endangered\n‹E› size adult\nwhere does ‹E› live"),
    L("when was the treaty of ‹E› signed\nwhat dispute did the treaty of ‹E› end\ntreaty of ‹E› arbitration"),
    L("is ‹E› protocol secure\nwhen was ‹E› introduced\nwhat did ‹E› replace"),
    L("how many does ‹E› fc stadium hold\nwhen was ‹E› fc founded\n‹E› fc cup win year"),
    L("what is ‹E› known for\n‹E› prize winner biography\nwhen was ‹E› born"),
    L("population of ‹E› town\n‹E› town economy\nwhy was ‹E› old town rebuilt"),
    L("‹E› process catalyst temperature\nwhat does the ‹E› process produce\nshare of production ‹E› process"),
    L("‹E› disease symptoms age of onset\nhow common is ‹E› disease\n‹E› disease treatment"),
    L("why was ‹E›'s allocation method criticised\nwhat does ‹E›'s method allocate"),
]
RERANK_SYS = [
    "You are the relevance engine behind ‹brand›, a ‹domain› search assistant. Judge passages strictly by whether they answer the query.",
    "‹brand› ranks documents for ‹domain› professionals. Be precise and terse; never add facts that are not in the passages.",
    "System: ‹brand› retrieval quality service (‹domain›). Follow the output format exactly.",
]
RR["brand"] = P("Lexora|Medisift|Patentry|Clinigraph|Dossia|Tenderly|Caselane|Briefwise|Quarrystack|Specula|Fathomly|"
                "Ledgerly|Vettr|Scholaro|Regulex|Findwell|Docklight|Sourcely|Indexa|Trialytics|Proofpoint AI|Recallr|Pathlore|Citewise")
RR["domain"] = P("legal research|clinical evidence|patent prior-art|regulatory compliance|academic literature|procurement|"
                 "insurance claims|pharmaceutical trials|financial filings|public tenders")
RERANK_TASK = [
    ("grading", "Query: ‹query›\n\nPassages:\n‹passages›\n\nRank all passages from most to least relevant to the query. Output the identifiers in order like [2] > [5] > [1], then one sentence explaining why the first one is best."),
    ("grading", "For each passage below, give a relevance grade for the query: 3 = perfectly answers, 2 = highly relevant, 1 = related, 0 = irrelevant. Output one line per passage as id<TAB>grade<TAB>reason.\n\nQuery: ‹query›\n\n‹passages›"),
    ("data_generation", "Passage:\n‹passage›\n\nWrite ‹#4-8› different search queries a real user might type that this passage answers, from short keyword queries to full questions. Then write ‹#2-3› queries that look similar but that the passage does NOT answer, labelled NEG."),
    ("data_generation", "Query: ‹query›\nRelevant passage: ‹passage›\n\nWrite ‹#2-4› hard negative passages: same topic and vocabulary, plausible, but none of them may answer the query. Keep each to 2-3 sentences."),
    ("grading", "Which of the two passages better answers the query? Reply A or B, then give a confidence between 0 and 1 and a short reason.\n\nQuery: ‹query›\nA: ‹passage›\nB: ‹passage›"),
    ("reasoning", "Query: ‹query›\n\n‹passages›\n\nSome of these passages contradict each other. Identify which passages are relevant, reason about which claims are most reliable, and give the best answer to the query with passage citations."),
]

# ------------------------------------------------------------------ long-context corpus
GUTENBERG = [
    ("Middlemarch", "George Eliot"), ("Bleak House", "Charles Dickens"), ("Our Mutual Friend", "Charles Dickens"),
    ("Little Dorrit", "Charles Dickens"), ("Dombey and Son", "Charles Dickens"), ("Vanity Fair", "William Makepeace Thackeray"),
    ("The Woman in White", "Wilkie Collins"), ("The Moonstone", "Wilkie Collins"), ("Armadale", "Wilkie Collins"),
    ("North and South", "Elizabeth Gaskell"), ("Wives and Daughters", "Elizabeth Gaskell"), ("Cranford", "Elizabeth Gaskell"),
    ("Barchester Towers", "Anthony Trollope"), ("The Way We Live Now", "Anthony Trollope"), ("Can You Forgive Her?", "Anthony Trollope"),
    ("Lady Audley's Secret", "Mary Elizabeth Braddon"), ("East Lynne", "Ellen Wood"), ("Adam Bede", "George Eliot"),
    ("The Mill on the Floss", "George Eliot"), ("Daniel Deronda", "George Eliot"), ("Tess of the d'Urbervilles", "Thomas Hardy"),
    ("Jude the Obscure", "Thomas Hardy"), ("Far from the Madding Crowd", "Thomas Hardy"), ("The Return of the Native", "Thomas Hardy"),
    ("Villette", "Charlotte Bronte"), ("Shirley", "Charlotte Bronte"), ("The Tenant of Wildfell Hall", "Anne Bronte"),
    ("Wuthering Heights", "Emily Bronte"), ("Emma", "Jane Austen"), ("Mansfield Park", "Jane Austen"), ("Persuasion", "Jane Austen"),
    ("Moby-Dick", "Herman Melville"), ("The Scarlet Letter", "Nathaniel Hawthorne"), ("The Portrait of a Lady", "Henry James"),
    ("The Age of Innocence", "Edith Wharton"), ("The House of Mirth", "Edith Wharton"), ("Sister Carrie", "Theodore Dreiser"),
    ("Anna Karenina", "Leo Tolstoy"), ("War and Peace", "Leo Tolstoy"), ("The Brothers Karamazov", "Fyodor Dostoevsky"),
    ("Crime and Punishment", "Fyodor Dostoevsky"), ("Madame Bovary", "Gustave Flaubert"), ("Les Miserables", "Victor Hugo"),
    ("The Count of Monte Cristo", "Alexandre Dumas"), ("Don Quixote", "Miguel de Cervantes"), ("The Idiot", "Fyodor Dostoevsky"),
    ("Great Expectations", "Charles Dickens"), ("David Copperfield", "Charles Dickens"), ("Dracula", "Bram Stoker"),
    ("The Picture of Dorian Gray", "Oscar Wilde"), ("Kim", "Rudyard Kipling"), ("Lord Jim", "Joseph Conrad"),
    ("Nostromo", "Joseph Conrad"), ("The Secret Agent", "Joseph Conrad"), ("New Grub Street", "George Gissing"),
    ("The Odd Women", "George Gissing"), ("Esther Waters", "George Moore"), ("Aurora Floyd", "Mary Elizabeth Braddon"),
    ("No Name", "Wilkie Collins"), ("Framley Parsonage", "Anthony Trollope"), ("Phineas Finn", "Anthony Trollope"),
    ("The Egoist", "George Meredith"), ("Diana of the Crossways", "George Meredith"), ("Ruth", "Elizabeth Gaskell"),
    ("Mary Barton", "Elizabeth Gaskell"), ("Sybil", "Benjamin Disraeli"), ("Coningsby", "Benjamin Disraeli"),
    ("Uncle Silas", "Sheridan Le Fanu"), ("The Heir of Redclyffe", "Charlotte Mary Yonge"), ("John Halifax, Gentleman", "Dinah Craik"),
    ("Alton Locke", "Charles Kingsley"), ("Westward Ho!", "Charles Kingsley"), ("Robert Elsmere", "Mary Augusta Ward"),
    ("The Strange Case of Dr Jekyll and Mr Hyde", "Robert Louis Stevenson"), ("Kidnapped", "Robert Louis Stevenson"),
    ("Ivanhoe", "Walter Scott"), ("Waverley", "Walter Scott"), ("Rob Roy", "Walter Scott"), ("Frankenstein", "Mary Shelley"),
    ("The Last of the Mohicans", "James Fenimore Cooper"), ("Uncle Tom's Cabin", "Harriet Beecher Stowe"),
    ("The Awakening", "Kate Chopin"), ("Ethan Frome", "Edith Wharton"), ("The Red Badge of Courage", "Stephen Crane"),
    ("Buddenbrooks", "Thomas Mann"), ("Effi Briest", "Theodor Fontane"), ("Germinal", "Emile Zola"), ("Nana", "Emile Zola"),
    ("Pere Goriot", "Honore de Balzac"), ("Eugenie Grandet", "Honore de Balzac"), ("Fathers and Sons", "Ivan Turgenev"),
    ("Oblomov", "Ivan Goncharov"), ("Dead Souls", "Nikolai Gogol"), ("The Pickwick Papers", "Charles Dickens"),
    ("Hard Times", "Charles Dickens"), ("Nicholas Nickleby", "Charles Dickens"), ("Martin Chuzzlewit", "Charles Dickens"),
    ("Barnaby Rudge", "Charles Dickens"), ("The Old Curiosity Shop", "Charles Dickens"), ("Henry Esmond", "William Makepeace Thackeray"),
    ("Pendennis", "William Makepeace Thackeray"), ("The Newcomes", "William Makepeace Thackeray"), ("Romola", "George Eliot"),
    ("Felix Holt, the Radical", "George Eliot"), ("The Woodlanders", "Thomas Hardy"), ("The Mayor of Casterbridge", "Thomas Hardy"),
]
_FIRMS = P("Alder|Corvane|Haldex|Mireland|Pelican Ridge|Stonebridge|Tarrant|Vexford|Quillon|Brambury|Eastcote|Norrland|Silvergate|"
           "Kestrel|Linwood|Marrow|Oakhurst|Redfern|Thornbury|Whitcombe")
_SECTOR = P("Holdings|Bancorp|Therapeutics|Industries|Energy|Semiconductor|REIT|Logistics|Insurance Group|Foods|Pharmaceuticals|Networks")
_COURT = P("9th Cir.|2d Cir.|D.C. Cir.|5th Cir.|7th Cir.|Fed. Cir.|S.D.N.Y.|N.D. Cal.|D. Del.")
_ARX = L("""
Scaling laws for ‹sparse|mixture-of-experts|retrieval-augmented|state-space› language models under ‹data-constrained|compute-optimal|multilingual› regimes
A ‹variational|Bayesian|contrastive|self-supervised› approach to ‹protein docking|weather nowcasting|seismic inversion|galaxy morphology›
On the convergence of ‹Adam|Shampoo|natural gradient|SGD with momentum› for ‹overparameterised networks|non-convex games|federated learning›
Measuring ‹memorisation|contamination|calibration|robustness› in ‹code models|vision-language models|speech recognisers›
Efficient ‹attention|inference|fine-tuning|quantisation› for ‹long documents|edge devices|low-resource languages›
""")
LONG_TASK = [
    ("reasoning", "I've attached the full text of ‹title›. Go through it chapter by chapter and, for each one, explain what changes for the main characters and why it matters for the ending. Be thorough — this is for a long-form study guide."),
    ("data_generation", "From the attached ‹title›, write ‹#25-60› question-and-answer pairs that test close reading. Each answer must quote the passage it relies on. Mix factual, inferential and thematic questions."),
    ("reasoning", "Reconstruct a precise timeline of events in ‹title› (attached). Where the text is ambiguous about order or dates, reason it out explicitly and say how confident you are."),
    ("chat", "Summarise ‹title› at three lengths: one paragraph, one page, and a detailed section-by-section summary. The attached file is the complete text."),
    ("reasoning", "Here is ‹title›. Identify every place where a character's stated motive contradicts what they actually do, and argue which reading the text supports better."),
    ("data_generation", "Using the attached ‹title›, create a glossary of ‹#40-120› terms, people and places with a one-paragraph explanation each, ordered by first appearance."),
    ("reasoning", "The attached document is ‹title›. Extract every quantitative claim, check whether the numbers are internally consistent, and explain any discrepancy you find."),
    ("rewrite", "Rewrite the first ‹#3-6› chapters of the attached ‹title› in plain modern English for ‹#12-16›-year-old readers, keeping the plot and dialogue intact."),
    ("chat", "Read the attached ‹title› and write a critical essay (about ‹#2000-4000› words) on its treatment of ‹money|marriage|class|faith|ambition|memory|law|illness›."),
]

NAME = "\x01"
PASSAGE = [p.replace("‹E›", NAME) for p in PASSAGE]
QUERY = [[q.replace("‹E›", NAME) for q in qs] for qs in QUERY]
G = Grammar(R, RR, {"q": QA, "a": ANS, "reply": REPLY, "sens": SENS, "passage": PASSAGE})


def gx(rng, t, first=None):
    """expand, inventing proper names where the templates say so (the first one can be fixed)"""
    s = G(rng, t.replace("‹E›", NAME))
    parts = s.split(NAME)
    if len(parts) == 1:
        return s
    out = [parts[0]]
    for i, p in enumerate(parts[1:]):
        out.append(first if (i == 0 and first) else _nm(rng, rng.choice((2, 2, 3))))
        out.append(p)
    return "".join(out)


def seat_task(rng):
    """(prompt, capability, tools or None, out range, thinking)"""
    r = rng.random()
    if r < 0.30:
        return G(rng, rng.choice(SEAT_REASON)), "reasoning", None, (1200, 6000), True
    if r < 0.50:
        return G(rng, "‹tool_task›"), "agentic", ["web_search", "fetch_url", "python", "sql_query", "read_spreadsheet",
                                                  "write_file", "calendar_lookup"], (200, 900), True
    if r < 0.68:
        return G(rng, rng.choice(SEAT_CODE)), "coding", None, (1500, 7000), True
    if r < 0.80:
        t = rng.choice(SEAT_GRADE).replace("‹W.cust›", W.G(rng, "‹cust_msg›"))
        return G(rng, t), "grading", None, (150, 600), rng.random() < 0.5
    if r < 0.90:
        return G(rng, rng.choice(SEAT_REWRITE)), "rewrite", None, (250, 900), rng.random() < 0.4
    return G(rng, rng.choice(SEAT_DATA)), "data_generation", None, (3000, 9000), False


def seat_cover(rng):
    return casual(rng, G(rng, rng.choice(SEAT_COVER)), 0.2)


def rerank_system(rng, brand, domain, variant):
    return RERANK_SYS[variant].replace("‹brand›", brand).replace("‹domain›", domain)


_POOL = {}


def build_pool(rng, per_kind=1200):
    """The operator's passage corpus: candidates recur across queries as they would from a real index."""
    _POOL.clear()
    for k in range(len(PASSAGE)):
        _POOL[k] = [gx(rng, PASSAGE[k]) for _ in range(per_kind)]


def _candidates(rng, n):
    """A query and n candidate passages as a first-stage retriever would return them: one answering passage, a few
    of the same kind about other entities, the rest loosely related."""
    k = rng.randrange(len(PASSAGE))
    ent = _nm(rng, rng.choice((2, 2, 3)))
    query = gx(rng, rng.choice(QUERY[k]), first=ent)
    cands = [gx(rng, PASSAGE[k], first=ent)]
    same = _POOL[k]
    for _ in range(min(n - 1, rng.randint(2, 6))):
        cands.append(rng.choice(same))
    nk = len(PASSAGE)
    while len(cands) < n:
        cands.append(rng.choice(_POOL[rng.randrange(nk)]))
    rng.shuffle(cands)
    return query, cands


def rerank_prompt(rng, task_weights):
    i = rng.choices(range(len(RERANK_TASK)), weights=task_weights)[0]
    cap, t = RERANK_TASK[i]
    n = rng.randint(12, 24) if "‹passages›" in t else (2 if t.count("‹passage›") == 2 else 1)
    query, cands = _candidates(rng, n)
    t = t.replace("‹query›", query)
    if "‹passages›" in t:
        t = t.replace("‹passages›", "\n".join("[%d] %s" % (j + 1, c) for j, c in enumerate(cands)))
    else:
        for c in cands:
            t = t.replace("‹passage›", c, 1)
    return G(rng, t), cap, n


def corpus(rng, n):
    """A work queue of long documents: public-domain novels, annual reports, court opinions, preprints."""
    docs = []
    for t, a in GUTENBERG:
        docs.append(("%s by %s" % (t, a), rng.randint(90, 190) * 1000))
    for _ in range(n):
        r = rng.random()
        if r < 0.4:
            docs.append(("the %s %s Form 10-K for fiscal %d" % (rng.choice(_FIRMS), rng.choice(_SECTOR), rng.randint(2016, 2025)),
                         rng.randint(45, 150) * 1000))
        elif r < 0.7:
            docs.append(("%s v. %s, %d F.%dd %d (%s %d)" % (_nm(rng), _nm(rng), rng.randint(100, 999), rng.choice([3, 4]),
                                                           rng.randint(1, 1400), rng.choice(_COURT), rng.randint(2005, 2025)),
                         rng.randint(30, 110) * 1000))
        else:
            docs.append(('the preprint "%s"' % G(rng, rng.choice(_ARX)), rng.randint(25, 80) * 1000))
    rng.shuffle(docs)
    return docs


def long_task(rng, title):
    cap, t = rng.choice(LONG_TASK)
    return casual(rng, G(rng, t.replace("‹title›", title)), 0.15), cap
