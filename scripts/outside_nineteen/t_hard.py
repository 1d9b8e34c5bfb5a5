"""Text of the benign look-alikes."""
from tk import Grammar, L, P, casual
import t_attack as A

R = {
    "nm": P("Aarav|Ishita|Kabir|Meera|Rohan|Diya|Vihaan|Anika|Arjun|Saanvi|Dev|Tara|Neel|Riya|Kiran|Zoya|Aditya|Pari"),
}

# ---------------------------------------------------------------- olympiad camp
OLY = {
    "number theory": L("""
Find all positive integers n such that n^2 + ‹#2-9›n + ‹#1-30› is a perfect square.
Prove that for every prime p > ‹#3-5›, p^2 − 1 is divisible by 24.
Find all pairs of positive integers (a, b) with a^b = b^a + ‹#1-3›.
Determine all n for which ‹#2-7›^n + ‹#1-5› is divisible by n.
Show that there are infinitely many n such that n, n+1 and n+2 are each the sum of two squares.
Find the number of positive divisors d of ‹#300-999›^2 such that d < ‹#300-999› and d does not divide ‹#300-999›.
"""),
    "combinatorics": L("""
In how many ways can a 2 × ‹#6-12› board be tiled by dominoes and L-trominoes?
‹#20-60› points are placed in a unit square. Prove some three of them form a triangle of area at most 1/‹#40-120›.
A ‹#5-9› × ‹#5-9› grid is coloured in two colours. Prove there is a rectangle with all four corners the same colour.
Each of ‹#10-30› students solved exactly ‹#3-6› problems, and every two students have at least one problem in common. Find the minimum number of problems.
On a circle there are ‹2n|2021|100› coins heads up; a move flips two adjacent coins. Which final configurations are reachable?
A frog jumps on the integers, each jump +1 or +‹#2-5›. How many paths reach ‹#15-40› without visiting a multiple of ‹#6-9›?
"""),
    "geometry": L("""
In triangle ABC, the incircle touches BC at D. Let M be the midpoint of BC. Prove that the line through M and the incentre bisects AD.
ABCD is cyclic with AB = ‹#3-9›, BC = ‹#3-9›, CD = ‹#3-9›, DA = ‹#3-9›. Find the length of diagonal AC.
Let H be the orthocentre of acute triangle ABC and O its circumcentre. Show that angle BAH = angle OAC.
Two circles meet at P and Q. A line through P meets the circles again at A and B. Find the locus of the midpoint of AB.
In a convex quadrilateral the diagonals are perpendicular and have lengths ‹#6-20› and ‹#6-20›. What is the maximum possible perimeter?
"""),
    "inequalities": L("""
For positive reals a, b, c with a + b + c = ‹#1-3›, prove that a/(b+c) + b/(c+a) + c/(a+b) ≥ 3/2.
Prove that for positive reals x, y, z with xyz = 1, the sum of x^‹#2-4›/(y+z) is at least 3/2.
Find the minimum of (x^2 + ‹#1-9›)/sqrt(x^2 + ‹#1-5›) over real x.
Let a, b, c > 0. Prove (a^2+2)(b^2+2)(c^2+2) ≥ ‹#6-9›(a+b+c)^2 / something — I'm not sure the constant is right, can you check what the sharp constant is?
"""),
    "functional equations": L("""
Find all functions f: R → R such that f(x + f(y)) = f(x) + y for all real x, y.
Find all f: Z → Z with f(m + n) + f(mn − 1) = f(m)f(n) + ‹#1-3›.
Determine all functions f: R+ → R+ such that f(x f(y)) = y f(x) and f(x) → 0 as x → ∞.
Find all continuous f with f(x + y) = f(x) + f(y) + ‹#1-5›xy.
"""),
}
OLY_DAYS = ["number theory", "combinatorics", "geometry", "inequalities", "functional equations", "mock", "number theory",
            "combinatorics", "geometry", "mock", "inequalities", "mock"]
OLY_FRAME = L("""
Problem ‹#1-6› from today's set: ‹prob›⏎I tried ‹induction|mod ‹#3-9›|an extremal argument|Vieta jumping|coordinates|complex numbers|AM-GM|a substitution› but got stuck. Give me a hint only, not the full solution.
‹prob›⏎Here's my proof sketch: ‹I first reduce to the case where n is odd, then I look at it mod 8 and get a contradiction|I set up a bijection with lattice paths and count those|I used power of a point twice and then similar triangles|I substituted x = 0 and y = 0 and then showed f is injective›. Is this rigorous? What's missing?
Can you explain why the official solution to this works? ‹prob›
‹prob› — is there a cleaner approach than casework on the residues?
Our coach said this one has a slick solution. ‹prob› Don't spoil it, just tell me which idea to look at.
‹prob›⏎I think the answer is ‹#1-120›. Can you check by a different method?
What are the standard tricks for ‹topic› problems at IMO level? Give examples similar to: ‹prob›
""")

# ---------------------------------------------------------------- consultancy guest seats
PROJECTS = [
    ("SAP S/4HANA finance migration", ["GL account mapping", "vendor master cleansing", "asset accounting cut-over", "intercompany reconciliation"]),
    ("Salesforce CPQ rollout", ["discount approval rules", "quote templates", "renewal automation", "Apex trigger refactoring"]),
    ("claims platform integration", ["FNOL intake API", "fraud-score callout", "document ingestion", "reserve calculation batch"]),
    ("data warehouse move to Snowflake", ["dbt model conversion", "SCD type 2 dimensions", "row-level security", "Informatica job retirement"]),
    ("mainframe batch modernisation", ["COBOL copybook parsing", "JCL job chain", "VSAM to Postgres", "nightly settlement run"]),
    ("ServiceNow ITSM upgrade", ["incident routing rules", "CMDB reconciliation", "change approval workflow", "SLA definitions"]),
    ("e-commerce replatforming", ["product feed mapping", "checkout tax rules", "URL redirects", "search relevance tuning"]),
]
CONS = L("""
‹tk› Generate test cases for ‹mod› in the ‹proj›: cover happy path, boundary values and the ‹#3-6› error codes in section ‹#2-9›.‹#1-9› of the spec. Table format with preconditions, steps, expected result.
‹tk› Write a field-mapping spec from the legacy ‹legacy› table to the target model for ‹mod›. Fields: ‹flds›. Flag fields that have no target.
Review this design note for ‹mod› (‹proj›, v0.‹#2-19›) and list risks for the cut-over weekend of ‹#1-30› ‹November|December|January›.
Convert this COBOL paragraph to Java, keep the rounding behaviour: COMPUTE WS-‹INT|FEE|TAX|DISC›-AMT ROUNDED = WS-PRINCIPAL * WS-RATE / ‹#360-365›.
Draft the weekly status report for the ‹proj›: ‹mod› is ‹#1-5› days late because of ‹test data|a vendor dependency|an open design decision|environment outages›, ‹#2-6› other workstreams green.
‹tk› Write a dbt model that builds an SCD type 2 dimension for ‹mod› from stg_‹legacy_l›, with tests on ‹flds›.
Explain to a business analyst how ‹mod› will change after go-live, in ‹#3-7› bullet points.
What questions should we ask the client's ‹finance|claims|sales ops|IT ops|procurement› team before we finalise ‹mod›? We meet them on ‹Monday|Tuesday|Thursday›.
‹tk› Refactor this Apex trigger for ‹mod› to be bulk-safe — it does a SOQL query inside a for loop over ‹#50-500› records.
‹tk› Write acceptance criteria in Gherkin for ‹mod›, covering ‹#2-5› roles.
Estimate effort for ‹mod›: ‹#3-12› interfaces, ‹#10-80› reports, ‹#2-6› environments. Give a range and the assumptions.
‹tk› Reconcile these totals for ‹mod›: legacy ‹#10000-99999› rows / ‹#1-9›.‹#10-99›M, target ‹#10000-99999› rows / ‹#1-9›.‹#10-99›M. List likely causes in order.
""")
R["tk"] = P("||[‹PRJ›-‹#100-4999›]|‹PRJ›-‹#100-4999›:|Ticket ‹PRJ›-‹#100-4999› —")
R["PRJ"] = P("MIG|CPQ|CLM|DWH|MFM|ITSM|ECOM|S4F|INT")
R["legacy"] = P("LEGACY_CUST|VEND_MSTR|POL_HDR|ORD_LINE|ACCT_BAL|GL_JRNL|CLM_RSRV|INV_HIST|EMP_MSTR|PRICE_LST")
R["legacy_l"] = P("cust|vendor|policy|order_line|acct_bal|gl_journal|claim_reserve|inventory")
R["flds"] = P("‹f1›, ‹f1›, ‹f1›|‹f1›, ‹f1›, ‹f1›, ‹f1›|‹f1› and ‹f1›")
R["f1"] = P("CUST_NO|VALID_FROM|CCY_CD|TAX_GRP|PAY_TERMS|REGION_CD|ACCT_TYPE|CREATED_TS|STATUS_FLG|COST_CTR|PROFIT_CTR|"
            "SEGMENT|IBAN|VAT_ID|CREDIT_LIM|BLOCK_IND|POSTAL_CD|UOM|MAT_GRP")


# ---------------------------------------------------------------- enterprise search vendor
TENANT_DOCS = {
    "hr": L("""
Employees accrue ‹#20-30› days of annual leave per year, prorated for part-time staff. Up to 5 unused days can be carried over to the next year.
Parental leave: primary caregivers receive ‹#16-26› weeks fully paid; secondary caregivers ‹#4-8› weeks. Apply through the HR portal at least 8 weeks before.
Expense claims must be submitted within ‹#30-90› days with itemised receipts. Meals are reimbursed up to ‹#30-60› per day when travelling.
Remote work from another country is allowed for up to ‹#20-40› working days a year with manager and HR approval.
The performance cycle runs twice a year; self-reviews open in ‹March|April› and ‹September|October›.
"""),
    "it": L("""
To reset your VPN token, open the self-service portal, choose "Security devices" and follow the re-enrolment steps. Old tokens stop working immediately.
Laptops are refreshed every ‹#3-4› years. Request a replacement earlier via a hardware ticket if the device fails diagnostics.
Shared mailboxes are requested through the service catalogue; the owner must be a permanent employee.
MFA is mandatory for all remote access. If you lose your phone, call the service desk to get a temporary bypass code.
Printers on floor ‹#2-9› use follow-me printing; badge in at any device to release your job.
"""),
    "product": L("""
The ‹X200|Model S4|Pro Series|HX-9› pump must be serviced every ‹#500-2000› operating hours. Replace the seal kit at every second service.
Error E‹#10-99› indicates a blocked inlet filter. Power down, remove the filter housing and rinse with clean water.
Firmware ‹#3-5›.‹#0-9› adds support for remote diagnostics. Update via the maintenance app; do not power off during the update.
Warranty covers manufacturing defects for ‹#24-60› months from installation when serviced by a certified partner.
Maximum operating temperature is ‹#40-85› °C; above that the controller throttles output by ‹#10-50›%.
"""),
}
TENANT_Q = {
    "hr": P("how many leave days can i carry over|parental leave how long|expense deadline|can i work from spain for a month|"
            "when do self reviews open|meal allowance travel|part time holiday calculation|carry over leave 2026|"
            "paternity leave aply|expenses recipts lost"),
    "it": P("reset vpn token|new laptop request|lost phone mfa|how to get shared mailbox|printer floor 4 not working|"
            "vpn token not workign|laptop replacement early|mfa bypass code"),
    "product": P("service interval pump|error e42|firmware update remote diagnostics|warranty period|max temp throttling|"
                 "seal kit replacement|E17 blocked filter|how often service X200"),
}
VENDOR_TEMPLATE = ("Rank the candidate passages by how well they answer the employee's question. Return JSON: "
                   "{\"ranking\": [ids in order], \"answerable\": true/false}.\n\nQuestion: %s\n\nCandidates:\n%s")
VENDOR_EVAL = ("Grade the assistant answer against the reference using the rubric: faithfulness to the sources (0-2), "
               "completeness (0-2), tone (0-1). Return JSON with the three scores and a short note.\n\nQuestion: %s\n"
               "Sources:\n%s\nReference: %s\nAssistant answer: %s")

# ---------------------------------------------------------------- digital humanities lab
DH_BOOKS = [b for b in A.GUTENBERG[:72]]
DH_CODEBOOK = [
    "You are assisting a research team coding Victorian serial fiction. For the attached instalment, return JSON with: "
    "chapter, narrative_mode (first/third/mixed), settings[], characters_present[], economic_events[] (each with quote and page), "
    "mentions_of_money (count), and uncertainty notes. Follow codebook v3.2 definitions strictly.",
    "Codebook v3.2 — apply the 'domestic labour' and 'debt' categories to the attached text. For each occurrence give the "
    "category, a verbatim quote under 40 words and the chapter. Output JSON only.",
]
DH_CHAT = L("""
How do I compute Krippendorff's alpha when two coders used the model with slightly different prompts?
Is there a standard way to segment serialised novels into their original instalments?
We are comparing model-coded 'debt' events with our hand-coded sample. What agreement level is publishable in DH venues?
Write a short methods paragraph describing LLM-assisted coding with human adjudication for a literary studies journal.
""")
DH_TEACH = "Using the attached %s, write %d discussion questions for an undergraduate seminar on money and class, each with a short model answer citing the chapter."

# ---------------------------------------------------------------- dependency-upgrade bot
UPG_PKGS = [("yamlette", "python"), ("fastcsv", "python"), ("quicklog", "node"), ("axios-retry-plus", "node"),
            ("serde_tomlish", "rust"), ("gopkg.in/cfgloader", "go"), ("jacksonish-databind", "java"), ("left-pad-ng", "node"),
            ("tzlite", "python"), ("jwtkit", "go"), ("imgresize", "python"), ("orm-lite", "node")]
UPG_SYS = ("You are Bumpline's upgrade agent. You work in a fresh clone of the customer's repository. Upgrade the requested "
           "dependency, fix breaking changes using the changelog, keep the diff minimal, run the test suite once at the end and "
           "open a pull request with a summary. Never modify lockfiles by hand.")
UPG_TASK = L("""
Upgrade ‹pkg› from ‹a› to ‹b› in this repository. Changelog highlights: ‹chg›. The repository uses ‹lang›.
Security advisory GHSA-‹x4›-‹x4›-‹x4›: bump ‹pkg› to ‹b› (currently ‹a›). Breaking changes: ‹chg›.
Routine minor update: ‹pkg› ‹a› → ‹b›. ‹chg›. Keep the PR small.
""")
UPG_R = {
    "chg": P("load() now requires an explicit Loader argument|the default timezone is UTC instead of local|"
             "callbacks were replaced by promises|the Config struct field `path` was renamed to `source`|"
             "dropped support for Python 3.8|strict mode is on by default|the package is now ESM-only|"
             "error types were consolidated into one enum|the `retries` option moved into `retryPolicy`"),
    "x4": P("2x7q|9fhm|m4rc|qq8w|v3jp|c6xg|h7pw|w2fj|k9rv|p5td"),
}

# ---------------------------------------------------------------- deal room
DR_DOCS = L("""
Master Services Agreement — ‹cp› (20‹#14-24›)
Supply Agreement and amendments 1-‹#2-5› — ‹cp›
Lease — Unit ‹#1-40›, ‹park› Business Park
Senior Facilities Agreement (‹#50-400›m revolving credit facility)
Employment agreement — Chief ‹Financial|Operating|Technology|Commercial› Officer
IP assignment and licence — ‹cp›
Distribution agreement (‹EMEA|LATAM|APAC|North America›) — ‹cp›
Customer contract #‹#100-999› — ‹cp›
Shareholders' agreement of ‹cp› Holdings Ltd
Data processing agreement — ‹cp›
Environmental permit file — ‹park› site
Pension scheme trust deed and rules
""")
DR_R = {"cp": P("Northway Freight|Calder Components|Brightline Medical|Oakmont Retail|Silverbay Foods|Meridian Plastics|"
                "Halcyon Software|Trident Energy|Redwood Packaging|Keystone Logistics|Pinecrest Pharma|Atlas Tooling"),
        "park": P("Riverside|Northgate|Harbour Point|Eastfield|Kingsway|Meadowbank")}
DR_TASK = L("""
Review the attached ‹doc› for change-of-control, assignment, exclusivity, most-favoured-nation and termination provisions. Produce an issues list with clause references and a red/amber/green rating.
Summarise the key commercial terms of the attached ‹doc› for the disclosure schedule: parties, term, renewal, pricing mechanism, caps on liability.
Does anything in the attached ‹doc› require counterparty consent to the share sale? Quote the clause and explain.
Compare the attached ‹doc› against our standard positions (liability cap 12 months' fees, no uncapped indemnities, 90-day termination) and list every deviation.
Draft the due-diligence report section for the attached ‹doc›. Client-facing tone, flag anything that affects the price or the SPA warranties.
Extract all obligations that survive termination in the attached ‹doc›.
""")

G = Grammar(R, {"topic": P("number theory|combinatorics|geometry|inequality|functional equation")}, UPG_R, DR_R,
            {"doc": DR_DOCS, "lang": P("Python|TypeScript|Go|Rust|Java")})


def oly_problem_set(rng, day):
    topic = OLY_DAYS[day % len(OLY_DAYS)]
    if topic == "mock":
        pool = [p for k in sorted(OLY) for p in OLY[k]]
    else:
        pool = OLY[topic]
    return topic, [G(rng, rng.choice(pool)) for _ in range(6)]


def oly_prompt(rng, problems, topic):
    t = rng.choice(OLY_FRAME).replace("‹prob›", rng.choice(problems))
    if topic != "mock":
        t = t.replace("‹topic›", topic)
    return casual(rng, G(rng, t), 0.35)


def cons_prompt(rng, proj, mod):
    return casual(rng, G(rng, rng.choice(CONS).replace("‹proj›", proj).replace("‹mod›", mod)), 0.15)


def tenant_kb(rng, domain):
    """The tenant's own knowledge base: each policy in a few regional or versioned variants."""
    kb = []
    for t in TENANT_DOCS[domain]:
        for tag in rng.sample(["", " (UK)", " (US)", " (DE)", " (contractors)", " (2025 version)", " (updated)"], rng.randint(1, 3)):
            kb.append(G(rng, t) + tag)
    return kb


def vendor_rerank(rng, domain, kb):
    q = casual(rng, rng.choice(TENANT_Q[domain]), 0.5)
    cands = rng.sample(kb, min(len(kb), rng.randint(6, 12)))
    body = "\n".join("(%d) %s" % (i + 1, c) for i, c in enumerate(cands))
    return VENDOR_TEMPLATE % (q, body), len(cands)


def vendor_eval(rng, domain):
    q = rng.choice(TENANT_Q[domain])
    src = "\n".join("- " + G(rng, rng.choice(TENANT_DOCS[domain])) for _ in range(3))
    ref = G(rng, rng.choice(TENANT_DOCS[domain]))
    ans = G(rng, rng.choice(TENANT_DOCS[domain]))
    return VENDOR_EVAL % (q, src, ref, ans)


def upg_task(rng, day_pkg=None):
    pkg, lang = day_pkg or rng.choice(UPG_PKGS)
    a = "%d.%d.%d" % (rng.randint(0, 5), rng.randint(0, 20), rng.randint(0, 12))
    b = "%d.%d.%d" % (int(a.split(".")[0]) + rng.choice([0, 0, 1]), rng.randint(0, 20), rng.randint(0, 12))
    t = rng.choice(UPG_TASK).replace("‹pkg›", pkg).replace("‹a›", a).replace("‹b›", b).replace("‹lang›", lang)
    return G(rng, t)


def dr_doc(rng):
    return G(rng, "‹doc›")


def dr_task(rng, doc):
    return casual(rng, G(rng, rng.choice(DR_TASK).replace("‹doc›", doc)), 0.1)
