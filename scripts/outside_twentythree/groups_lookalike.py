"""Hard benign look-alikes: legitimate customers that resemble a campaign in one or more ways."""

from common import (T0, T1, DAY, HOUR, MIN, NDAYS, RELEASE, MODEL_NEW, MODEL_OLD, MODEL_MINI, mkrng, ms,
                    person_local, CONSUMER_DOMAINS, time_on_day, active_days, lognorm_int, sdk, browser,
                    browser_at, addr_in, custom_client, FIRST, LAST, PY_SDK, BROWSER_KINDS)
from world import COUNTRIES, COUNTRY_LIST, COUNTRY_W, Home, Device, toks
from base import convo, agent_run, out_tokens
from groups_ordinary import (run_person, run_seat, run_app, consumer_model, geo_follow, casual_task, slug,
                             company_name, CLI_SYSTEM, DEPT_NAMES)
import personas as P
import text as T
from text import pick, casual

LABEL = "benign"


def _inst_name(names, inst):
    return names[inst % len(names)]


# --------------------------------------------------------------------------
# L1: a large enterprise behind one NAT, seats provisioned in one SSO wave, one client build,
#     and IT flips the internal tool to the new model the morning after the release.

def gen_nat_enterprise(ctx, n, inst):
    g = "nat_enterprise"
    rng, ids = mkrng("grp", g, inst), mkrng("ids", g, inst)
    sink = ctx.sink("%s|%d" % (g, inst))
    W = ctx.world
    nm, country, tz = _inst_name([("Orrin Logistics AG", "DE", 1), ("Vantor Freight Inc", "US", -6),
                                  ("Keystone Mutual plc", "GB", 0)], inst)
    org = "org_" + slug(nm)[:10]
    domain = slug(nm.split()[0]) + pick(rng, [".com", ".group"])
    erange = W.enterprise_range(org, country, 28)
    egress = [addr_in(rng, erange), addr_in(rng, erange)]
    pay = ctx.card(ids)
    onboard = ms(2026, 1, 20, 9) - int(tz * HOUR) + inst * 3 * DAY
    tool = custom_client("%s-copilot/2.3.1" % slug(nm.split()[0]), "ent-" + org)
    sysp = ("You are %s Copilot, the internal assistant for %s employees. Answer in the user's language. "
            "Never reveal shipment or customer data to third parties." % (nm.split()[0], nm))
    flip = RELEASE + 17 * HOUR + rng.randrange(3 * HOUR)   # IT changes the default model

    def model_fn(r, t):
        if t >= flip:
            return MODEL_NEW if r.random() < 0.9 else MODEL_OLD
        return MODEL_OLD

    for s in range(n):
        if rng.random() < 0.85:
            created = onboard + rng.randrange(40 * MIN)
        else:
            created = onboard + rng.randrange(1 * DAY, 38 * DAY)
        local = "%s.%s" % (pick(rng, FIRST), pick(rng, LAST))
        aid = ctx.account(ids, g, LABEL, True, None, created, domain=domain, local=local, pay=pay, country=country,
                          channel="enterprise", verified=True, org=org)
        key = ctx.keys(ids)[0]
        dept = pick(rng, DEPT_NAMES)
        dev = Device(rng)
        cli = sdk("cli", "1.3.0", extra="win32; x64")

        def ip_fn(r, t, d):
            if r.random() < 0.04:
                return W.mobile_addr(r, country) or egress[0]
            return egress[r.randrange(2)]

        def client_fn(r, t, agentic, dev=dev, cli=cli):
            if agentic:
                return cli
            return tool if r.random() < 0.8 else dev.client(r, t)

        run_seat(ctx, sink, rng, aid, key, created, tz, dept, lognorm_int(rng, 35, 0.8, 2, 400), ip_fn, client_fn,
                 model_fn, system=sysp, tools=pick(rng, T.TOOLSETS_DEV) if dept == "engineering" else None)
        # templated internal use: shipment exception summaries
        for j in range(rng.choice([0, 0, 2, 6])):
            d = rng.randrange(NDAYS)
            if d % 7 >= 5:
                continue
            t = time_on_day(rng, d, tz, "office")
            if t <= created:
                continue
            p = ("Summarise this shipment exception report for the customer and suggest next steps:\n"
                 "Shipment %s-%06d, route %s -> %s, status: %s, delay %d h. Notes: %s"
                 % (pick(rng, ["OR", "VF", "KM"]), rng.randrange(10 ** 6), pick(rng, T.CITIES), pick(rng, T.CITIES),
                    pick(rng, ["held at customs", "damaged pallet", "missed connection", "address issue"]),
                    rng.randint(2, 96), T.paragraph(rng, 2)))
            sink.emit(aid, t, egress[rng.randrange(2)], tool, model_fn(rng, t), p, key=key, system=sysp,
                      max_tokens=2048, out_tok=out_tokens(rng, 260))
    ctx.flush(sink, g)


# --------------------------------------------------------------------------
# L2: a university class. Accounts made in one lab session, education channel, unverified, same
#     email shape, the same problem-set questions pasted by many students, deadline bursts.

PSETS = [
    ["Prove that any comparison-based sorting algorithm needs Omega(n log n) comparisons in the worst case.",
     "Give an O(n) algorithm to find the k-th smallest element of an unsorted array and analyse it.",
     "Solve the recurrence T(n) = 3T(n/4) + n log n using the master theorem, or explain why it does not apply.",
     "Design a data structure supporting insert, delete and get-random in O(1) expected time.",
     "Show that the greedy algorithm for interval scheduling by earliest finish time is optimal.",
     "How many comparisons does merge sort make on an already sorted array of length 2^k? Prove it."],
    ["Give a dynamic programming algorithm for the longest increasing subsequence in O(n log n).",
     "Prove that Dijkstra's algorithm fails with negative edges by giving a 4-vertex counterexample.",
     "Find a minimum spanning tree of the graph in Figure 2 using Kruskal and list the order edges are added.",
     "Design an algorithm that decides whether a directed graph has a cycle through a given vertex v.",
     "Show that 0/1 knapsack is solvable in O(nW) time and explain why this is not polynomial.",
     "Count the number of ways to tile a 3 x n board with 2 x 1 dominoes; give the recurrence."],
]


def gen_university_class(ctx, n, inst):
    g = "university_class"
    rng, ids = mkrng("grp", g, inst), mkrng("ids", g, inst)
    sink = ctx.sink("%s|%d" % (g, inst))
    W = ctx.world
    uni = _inst_name(["Northfield State University", "Pacific Crest University", "University of Eastmoor"], inst)
    urange = W.edu[uni][0]
    country = urange.country
    tz = {"US": -5, "GB": 0}.get(country, 0) if uni != "Pacific Crest University" else -8
    domain = W.edu_domain[uni]
    course = _inst_name(["CS 2410", "CSE 331", "COMP2120"], inst)
    lab = ms(2026, 2, 17, 14) - int(tz * HOUR)
    deadlines = [ms(2026, 3, 5, 23, 59) - int(tz * HOUR), ms(2026, 3, 12, 23, 59) - int(tz * HOUR)]
    lab_days = [1, 8]    # Tuesdays in the window: lab sessions 14:00-16:00 local
    for s in range(n):
        created = lab + rng.randrange(90 * MIN) if rng.random() < 0.75 else lab + rng.randrange(DAY, 9 * DAY)
        local = "%s%06d" % (pick(rng, ["ns", "st", "u"]) if inst != 1 else "s", rng.randrange(10 ** 6))
        aid = ctx.account(ids, g, LABEL, True, None, created, domain=domain, local=local, pay=None,
                          country=None, channel="education", verified=False)
        key = ctx.keys(ids)[0]
        home = Home(W, rng, country, mobile_share=0.3)
        dev = Device(rng)
        diligence = rng.random()
        n_ev = lognorm_int(rng, 18, 0.7, 3, 120)
        for j in range(n_ev):
            r = rng.random()
            if r < 0.25:
                # lab session: on campus, the whole class at once
                d = pick(rng, lab_days)
                t = T0 + d * DAY + 14 * HOUR - int(tz * HOUR) + rng.randrange(2 * HOUR)
                ip = addr_in(rng, urange)
            elif r < 0.75:
                # the last 36 hours before a deadline (procrastinators later)
                dl = pick(rng, deadlines)
                t = dl - int(rng.betavariate(1.2 + 3 * diligence, 2.0) * 36 * HOUR)
                ip = addr_in(rng, urange) if rng.random() < 0.35 else home.ip(rng, t, (t - T0) // DAY)
            else:
                d = rng.randrange(NDAYS)
                t = time_on_day(rng, d, tz, "student")
                ip = home.ip(rng, t, d)
            if t <= created:
                continue
            ps = PSETS[0] if t < deadlines[0] else PSETS[1]
            qi = rng.randrange(len(ps))
            q = ps[qi]
            k = rng.random()
            if k < 0.35:
                prompt = q
            elif k < 0.55:
                prompt = casual(rng, "how do I start q%d: %s" % (qi + 1, q), 0.8)
            elif k < 0.7:
                prompt = "%s %s\nMy attempt: %s" % (course, q, T.student_answer(rng))
            elif k < 0.82:
                prompt = casual(rng, "can you explain %s? we did it in lecture but I'm lost" %
                                pick(rng, ["the master theorem", "amortized analysis", "Kruskal vs Prim",
                                           "why DP needs optimal substructure", "reductions", "heaps"]), 0.8)
            else:
                cap, prompt, o = P.student_first(rng)
            nf = min(geo_follow(rng, 0.55), 5)
            cl = dev.client(rng, t)
            convo(sink, rng, aid, key, t, lambda _t, ip=ip: ip, lambda _t, cl=cl: cl, consumer_model(rng, t, 0.0),
                  prompt, 700, nf, lambda r: T.followup_cap(r, "reasoning"), mt=8192, think_p=0.1)
    ctx.flush(sink, g)


# --------------------------------------------------------------------------
# L3: an accelerator cohort: a dozen young startups onboarded the same week through the startup
#     programme, all on one cloud region, all built from the accelerator's template (same SDK build).

def gen_cloud_app_backends(ctx, n_accounts, inst):
    g = "cloud_app_backends"
    rng, ids = mkrng("grp", g, inst), mkrng("ids", g, inst)
    sink = ctx.sink("%s|%d" % (g, inst))
    W = ctx.world
    region = _inst_name([("Stratus Cloud", "us-east"), ("Nimbus Compute", "ams"), ("Stratus Cloud", "ap-southeast")], inst)
    host = W.hosting[region][0]
    cohort = ms(2026, 2, 2, 15) + inst * 5 * DAY
    client = sdk("python", "0.48.1", 1, extra="cohort-template/0.3")
    made = 0
    while made < n_accounts:
        co = company_name(rng)
        country = pick(rng, ["US", "US", "GB", "DE", "IN", "CA"])
        tz = rng.choice(COUNTRIES[country][0])
        kind = pick(rng, P.APP_KINDS)
        ips = [addr_in(rng, host) for _ in range(rng.choice([1, 1, 2]))]
        pay = ctx.card(ids)
        domain = slug(co) + pick(rng, [".ai", ".io", ".app"])
        switch = RELEASE + rng.randrange(2 * HOUR, 20 * HOUR) if rng.random() < 0.35 else None
        verified = rng.random() < 0.5
        size = min(n_accounts - made, rng.randint(2, 6))
        n_prod = lognorm_int(rng, 500, 0.8, 60, 4000)
        for s in range(size):
            created = cohort + rng.randrange(4 * DAY)
            local = "%s.%s" % (pick(rng, FIRST), pick(rng, LAST)) if s else pick(rng, ["founders", "team", "hello", "dev"])
            aid = ctx.account(ids, g, LABEL, True, None, created, domain=domain, local=local, pay=pay, country=country,
                              channel="startup", verified=verified)
            key = ctx.keys(ids)[0]
            made += 1
            if s == 0:
                run_app(ctx, sink, rng, aid, key, kind, co, ips, client, tz, n_prod, kind[5], switch=switch)
            else:
                # founders/engineers poking the same app from laptops and from the cloud box
                run_app(ctx, sink, rng, aid, key, kind, co, ips + [addr_in(rng, W.isp_range(rng, country))],
                        client, tz, lognorm_int(rng, 25, 0.8, 3, 300), kind[5], staging=True, profile="dev",
                        switch=switch)
    ctx.flush(sink, g)


# --------------------------------------------------------------------------
# L4: a legitimate reseller: many sub-accounts paid by one card, all traffic through a few gateway
#     addresses in a hosting range, but each sub-account is one stable customer.

def gen_legit_reseller(ctx, n_accounts, inst):
    g = "legit_reseller"
    rng, ids = mkrng("grp", g, inst), mkrng("ids", g, inst)
    sink = ctx.sink("%s|%d" % (g, inst))
    W = ctx.world
    nm, region = _inst_name([("Brightbridge AI", ("Nimbus Compute", "ams")), ("Tessellate Cloud", ("Stratus Cloud", "eu-west")),
                             ("Kawa Systems", ("Pacific Edge Datacenter", "tyo1"))], inst)
    org = "org_" + slug(nm)
    pay = ctx.card(ids)
    gw = [addr_in(rng, W.hosting[region][0]) for _ in range(6)]
    gwc = [custom_client("%s-gateway/3.2" % slug(nm)[:10], "gw-" + org)]
    domain = slug(nm) + ".com"
    for s in range(n_accounts):
        created = rng.randrange(ms(2024, 9, 1), T0 + 9 * DAY)
        local = "cust-%s" % slug(company_name(rng))[:10] if rng.random() < 0.7 else "%s.%s" % (pick(rng, FIRST), pick(rng, LAST))
        country = pick(rng, ["NL", "DE", "FR", "GB", "ES", "IT", "PL", "SE", "JP"])
        tz = rng.choice(COUNTRIES[country][0])
        aid = ctx.account(ids, g, LABEL, True, None, created, domain=domain, local=local, pay=pay, country=country,
                          channel="reseller", verified=True, org=org)
        key = ctx.keys(ids)[0]
        if rng.random() < 0.55:
            kind = pick(rng, P.APP_KINDS)
            co = company_name(rng)
            run_app(ctx, sink, rng, aid, key, kind, co, gw, gwc[0], tz, lognorm_int(rng, 90, 1.0, 5, 1500), kind[5],
                    first_day=max(0, (created - T0) // DAY + 1) if created > T0 else 0)
        else:
            lang = COUNTRIES[country][2]
            dept = pick(rng, DEPT_NAMES)

            def model_fn(r, t):
                return MODEL_NEW if t >= RELEASE + 3 * DAY and r.random() < 0.5 else MODEL_OLD

            run_seat(ctx, sink, rng, aid, key, created, tz, dept, lognorm_int(rng, 40, 0.9, 2, 400),
                     lambda r, t, d: gw[r.randrange(len(gw))], lambda r, t, a: gwc[0], model_fn,
                     system="You are a helpful assistant provided by %s." % nm)
    ctx.flush(sink, g)


# --------------------------------------------------------------------------
# L5: an evaluation company running benchmarks: hosting addresses, one harness build, templated
#     reasoning/coding/grading/agent prompts at volume, and a full run on the new model within
#     hours of its release.

def _bench_items(seed_name, n, maker):
    r = mkrng("bench", seed_name)
    return [maker(r) for _ in range(n)]


def gen_eval_company(ctx, n_accounts, inst):
    g = "eval_company"
    rng, ids = mkrng("grp", g, inst), mkrng("ids", g, inst)
    sink = ctx.sink("%s|%d" % (g, inst))
    W = ctx.world
    nm, region = _inst_name([("Metricform Labs", ("Stratus Cloud", "us-west")), ("Evalgrid", ("Nimbus Compute", "fra")),
                             ("Benchwell", ("Stratus Cloud", "us-east"))], inst)
    org = "org_" + slug(nm)
    pay = ctx.card(ids)
    domain = slug(nm) + ".com"
    ips = [addr_in(rng, W.hosting[region][0]) for _ in range(4)]
    harness = sdk("python", "0.49.0", 2, extra="%s-harness/4.2" % slug(nm)[:10])
    suites = {
        "math": (_bench_items("math%d" % inst, 160, T.math_problem), "Solve the problem. Put the final answer in \\boxed{}.", 900),
        "code": (_bench_items("code%d" % inst, 120, lambda r: "Write %s in %s. Return a single code block." % T.code_task(r)[::-1]),
                 "You are being evaluated on code correctness. Output only code.", 600),
        "judge": (_bench_items("judge%d" % inst, 120, lambda r: "Rubric: %s\nItem type: %s\nTopic: %s\nResponse: %s\nScore each criterion and give a total." % T.rubric_block(r)),
                  "You are an impartial judge. Follow the rubric exactly.", 250),
        "safety": (_bench_items("safety%d" % inst, 80, lambda r: T.sensitive_q(r).capitalize() + "?"), None, 220),
        "agent": (_bench_items("agent%d" % inst, 50, T.agent_task), "You are an autonomous agent in a sandbox. Use the tools.", 0),
    }
    suite_names = list(suites.keys())
    staff = []
    created0 = ms(2024, 5, 14) + inst * 40 * DAY
    for s in range(n_accounts):
        created = created0 + rng.randrange(0, 500 * DAY)
        local = pick(rng, ["eval-runner-%d" % s, "%s.%s" % (pick(rng, FIRST), pick(rng, LAST))])
        aid = ctx.account(ids, g, LABEL, True, None, created, domain=domain, local=local, pay=pay, country="US",
                          channel="enterprise", verified=True, org=org)
        staff.append((aid, ctx.keys(ids)[0], local.startswith("eval-runner")))
    runners = [a for a in staff if a[2]] or staff[:3]
    humans = [a for a in staff if not a[2]]

    def run(suite, model, start, samples, acct, key, think):
        items, sysp, out_med = suites[suite]
        t = start
        for rep in range(samples):
            for it in items:
                t += rng.randrange(150, 1400)    # concurrency 8-16 in the harness
                if suite == "agent":
                    agent_run(sink, rng, acct, key, t, ips[rng.randrange(4)], harness, model, it, ["bash", "python", "browser"],
                              rng.randint(3, 9), system=sysp, mt=4096, step_gap=(1, 4), obs="json")
                    continue
                th = out_tokens(rng, 1500, 0.6) if think and suite in ("math", "code") else None
                sink.emit(acct, t, ips[rng.randrange(4)], harness, model, it, key=key, system=sysp,
                          max_tokens=8192 if think else 4096, out_tok=out_tokens(rng, out_med, 0.5), think=th)

    # nightly regression subsets on the current model
    for d in range(NDAYS):
        if d % 7 >= 5:
            continue
        for suite in suite_names:
            if rng.random() < 0.55:
                a = pick(rng, runners)
                items, sysp, om = suites[suite]
                start = T0 + d * DAY + 6 * HOUR + rng.randrange(3 * HOUR)
                sub = max(10, len(items) // 6)
                keep = suites[suite]
                suites[suite] = (items[:sub], sysp, om)
                run(suite, MODEL_OLD if d < 8 else pick(rng, [MODEL_OLD, MODEL_NEW]), start, 1, a[0], a[1], False)
                suites[suite] = keep
    # release day: every suite, several samples, starting about 90 minutes after the release
    t0 = RELEASE + 80 * MIN + rng.randrange(30 * MIN)
    for i, suite in enumerate(suite_names):
        a = runners[i % len(runners)]
        run(suite, MODEL_NEW, t0 + i * 7 * MIN, 3 if suite != "agent" else 1, a[0], a[1], suite in ("math", "code"))
    # comparison rerun on the old model the next day
    for i, suite in enumerate(suite_names[:3]):
        a = runners[(i + 1) % len(runners)]
        run(suite, MODEL_OLD, RELEASE + 20 * HOUR + i * 11 * MIN, 1, a[0], a[1], False)
    # the humans: report writing, spot checks
    for aid, key, _ in humans:
        dev = Device(rng)
        home = Home(W, rng, "US", mobile_share=0.05)

        def first(r):
            if r.random() < 0.4:
                items, sysp, om = suites[pick(r, ["math", "judge", "code"])]
                return "grading", "Is this a fair benchmark item, or is it ambiguous?\n\n" + pick(r, items), 400, False
            cap, p, o = P.dev_first(r)
            return cap, p, o, False

        run_person(ctx, sink, rng, aid, key, created0, -8, "office", lognorm_int(rng, 40, 0.6), first,
                   lambda r, t, d, home=home: ips[0] if r.random() < 0.3 else home.ip(r, t, d),
                   lambda r, t, dev=dev: dev.client(r, t),
                   lambda r, t: MODEL_NEW if t >= RELEASE and r.random() < 0.6 else MODEL_OLD,
                   days_frac=0.7, weekend=0.1, mt=8192)
    ctx.flush(sink, g)


# --------------------------------------------------------------------------
# L6: a real new startup: company weeks old, verified staff on one card, the "office network" is a
#     cloud VPN exit in a hosting range, developers move to the new model quickly.

def gen_new_startup(ctx, n, inst):
    g = "new_startup"
    rng, ids = mkrng("grp", g, inst), mkrng("ids", g, inst)
    sink = ctx.sink("%s|%d" % (g, inst))
    W = ctx.world
    nm, region, country, tz = _inst_name([("Quillmate", ("Stratus Cloud", "us-west"), "US", -8),
                                         ("Parsec Health", ("Nimbus Compute", "nyc"), "US", -5),
                                         ("Lindqvist Robotics", ("Bluefjord Hosting", "sto"), "SE", 1)], inst)
    org = "org_" + slug(nm)
    domain = slug(nm) + ".ai"
    pay = ctx.card(ids)
    office = addr_in(rng, W.hosting[region][0])
    proto = addr_in(rng, W.hosting[region][0])
    founded = ms(2026, 2, 9, 18) + inst * 2 * DAY
    proto_kind = pick(rng, P.APP_KINDS)
    proto_client = sdk("node", "0.33.0", 1)
    for s in range(n):
        created = founded + (rng.randrange(2 * HOUR) if s < 3 else rng.randrange(DAY, 24 * DAY))
        local = "%s" % pick(rng, FIRST) if rng.random() < 0.6 else "%s.%s" % (pick(rng, FIRST), pick(rng, LAST))
        aid = ctx.account(ids, g, LABEL, True, None, created, domain=domain, local=local, pay=pay, country=country,
                          channel="startup", verified=True, org=org)
        key = ctx.keys(ids)[0]
        role = "engineering" if s % 3 != 2 else pick(rng, ["marketing", "research", "support"])
        home = Home(W, rng, country, mobile_share=0.15)
        dev = Device(rng)
        cli = sdk("cli", "1.3.0", extra=pick(rng, ["darwin; arm64", "linux; x64"]))
        switch = RELEASE + rng.randrange(HOUR, 30 * HOUR)

        def ip_fn(r, t, d, home=home):
            return office if r.random() < 0.65 else home.ip(r, t, d)

        def client_fn(r, t, agentic, dev=dev, cli=cli):
            return cli if agentic else dev.client(r, t)

        run_seat(ctx, sink, rng, aid, key, created, tz, role, lognorm_int(rng, 60, 0.7, 5, 500), ip_fn, client_fn,
                 lambda r, t, sw=switch: MODEL_NEW if (t >= sw and r.random() < 0.8) else MODEL_OLD,
                 tools=pick(rng, T.TOOLSETS_DEV) if role == "engineering" else None)
        if role == "engineering" and rng.random() < 0.5:
            run_app(ctx, sink, rng, aid, key, proto_kind, nm, [proto, office], proto_client, tz,
                    lognorm_int(rng, 60, 0.7), proto_kind[5], staging=True, profile="office",
                    first_day=max(0, (created - T0) // DAY + 1) if created > T0 else 0,
                    switch=RELEASE + 22 * HOUR)
    ctx.flush(sink, g)


# --------------------------------------------------------------------------
# L7: users of a bring-your-own-key browser extension: many accounts, each few requests spread over
#     the fortnight, same system prompt, same browser family, rewrite-heavy, model default changed
#     by an extension update two days after the release.

def gen_byok_extension(ctx, n, inst):
    g = "byok_extension"
    rng, ids = mkrng("grp", g, inst), mkrng("ids", g, inst)
    sink = ctx.sink("%s|%d" % (g, inst))
    W = ctx.world
    ext = _inst_name(["Inkwell", "Polish", "Scribbly"], inst)
    sysp = ("You are %s, a writing assistant running inside the user's browser. You receive the text the user "
            "selected. Do exactly what the action asks and return only the resulting text." % ext)
    update = RELEASE + 46 * HOUR
    actions = ["Rewrite the selected text to be %s", "Fix spelling and grammar in the selected text",
               "Make the selected text %s", "Summarize the selected text in one sentence",
               "Explain the selected text in plain English", "Translate the selected text to %s"]
    for s in range(n):
        country = rng.choices(COUNTRY_LIST, weights=COUNTRY_W)[0]
        tz = rng.choice(COUNTRIES[country][0])
        created = rng.randrange(ms(2025, 4, 1), T0 + 8 * DAY)
        local = person_local(rng)
        pay = ctx.card(ids) if rng.random() < 0.6 else None
        aid = ctx.account(ids, g, LABEL, True, None, created, domain=pick(rng, CONSUMER_DOMAINS), local=local, pay=pay,
                          country=country if pay else None, verified=rng.random() < 0.1)
        key = ctx.keys(ids)[0]
        home = Home(W, rng, country, mobile_share=0.05)
        kind = pick(rng, ["chrome_win", "chrome_win", "chrome_mac", "edge_win"])
        lag = rng.randrange(0, 5 * DAY)
        upd_lag = rng.randrange(0, 30 * HOUR)
        n_ev = lognorm_int(rng, 9, 0.7, 2, 40)
        start = max(0, (created - T0) // DAY + 1) if created > T0 else 0
        if start >= NDAYS:
            continue
        for j in range(n_ev):
            d = rng.randrange(start, NDAYS)
            t = time_on_day(rng, d, tz, "office" if rng.random() < 0.6 else "consumer")
            a = pick(rng, actions)
            if "%s" in a:
                a = a % (pick(rng, T.TONES) if "Translate" not in a else pick(rng, T.LANGS_HUMAN))
            prompt = "Action: %s\n\nSelected text:\n%s" % (a, T.paragraph(rng))
            model = MODEL_NEW if t >= update + upd_lag else MODEL_MINI
            sink.emit(aid, t, home.ip(rng, t, d), browser_at(kind, t, lag), model, prompt, key=key, system=sysp,
                      max_tokens=1024, out_tok=out_tokens(rng, 140, 0.5))
    ctx.flush(sink, g)


# --------------------------------------------------------------------------
# L8: a university research group: research channel, one grant card, batch jobs of data generation,
#     reasoning and judging from the lab's rented GPU boxes, bursts then silence.

def gen_research_lab(ctx, n, inst):
    g = "research_lab"
    rng, ids = mkrng("grp", g, inst), mkrng("ids", g, inst)
    sink = ctx.sink("%s|%d" % (g, inst))
    W = ctx.world
    uni, region, tz = _inst_name([("Technische Hochschule Altenburg", ("Ferrocloud VPS", "nbg"), 1),
                                  ("Kansai Institute of Technology", ("Lumen Harbor Hosting", "osa"), 9),
                                  ("Indus Institute of Science", ("Nimbus Compute", "blr"), 5.5)], inst)
    domain = W.edu_domain[uni]
    urange = W.edu[uni][0]
    boxes = [addr_in(rng, W.hosting[region][0]) for _ in range(2)]
    pay = ctx.card(ids)
    client = sdk("python", "0.47.0", 0, extra="lab-batch/0.1")
    org = "org_" + slug(uni)[:12] + "_nlp"
    members = []
    for s in range(n):
        created = rng.randrange(ms(2025, 4, 1), ms(2026, 1, 15))
        local = "%s.%s" % (pick(rng, FIRST), pick(rng, LAST))
        aid = ctx.account(ids, g, LABEL, True, None, created, domain=domain, local=local, pay=pay,
                          country=urange.country, channel="research", verified=True, org=org)
        members.append((aid, ctx.keys(ids)[0]))
    study_sys = ["You are helping build an evaluation set. Output valid JSON only.",
                 "Answer the question and explain your reasoning in full; we study explanation faithfulness.",
                 "You are a strict grader for a research study."]

    def job_prompt(r, kind, exp):
        if kind == 0:
            n_, k_, topic = T.datagen_spec(r)
            return "[%s] Write %d %s about %s. Passage id %d." % (exp, n_, k_, topic, r.randrange(10 ** 5))
        if kind == 1:
            return "[%s] %s" % (exp, T.reasoning_item(r))
        rub, kk, topic, ans = T.rubric_block(r)
        return "[%s] Rubric: %s\nTopic: %s\nAnswer: %s" % (exp, rub, topic, ans)

    # batch jobs: a few per week, each 150-900 requests over some hours
    n_jobs = 5 + rng.randrange(3)
    runners = members[: max(2, n // 4)]
    for j in range(n_jobs):
        d = pick(rng, [0, 1, 2, 3, 4, 7, 8, 9, 10, 11])
        if j == n_jobs - 1:
            d = 8   # the day after the release: the new model goes into the study
        start = T0 + d * DAY + (10 + rng.randrange(8)) * HOUR - int(tz * HOUR)
        kind = rng.randrange(3)
        exp = "exp%02d-%s" % (j + 1, pick(rng, ["faith", "gen", "judge", "cot", "robust"]))
        aid, key = pick(rng, runners)
        model = MODEL_NEW if (d >= 8 and rng.random() < 0.7) else MODEL_OLD
        t = start
        for k in range(rng.randint(150, 900)):
            t += rng.randrange(800, 25000)
            sink.emit(aid, t, boxes[rng.randrange(2)], client, model, job_prompt(rng, kind, exp), key=key,
                      system=study_sys[kind], max_tokens=4096, out_tok=out_tokens(rng, [1100, 700, 250][kind], 0.5),
                      think=out_tokens(rng, 900) if (kind == 1 and model == MODEL_NEW) else None)
    # everyday use by the members from the campus network
    for aid, key in members:
        dev = Device(rng)
        home = Home(W, rng, urange.country, mobile_share=0.1)

        def first(r):
            cap, p, o = P.dev_first(r) if r.random() < 0.6 else P.student_first(r)
            return cap, p, o, False

        run_person(ctx, sink, rng, aid, key, ms(2025, 1, 1), tz, "office", lognorm_int(rng, 25, 0.7), first,
                   lambda r, t, d, home=home: addr_in(r, urange) if r.random() < 0.7 else home.ip(r, t, d),
                   lambda r, t, dev=dev: dev.client(r, t) if r.random() < 0.7 else client,
                   lambda r, t: MODEL_NEW if t >= RELEASE and r.random() < 0.5 else MODEL_OLD,
                   days_frac=0.6, weekend=0.2, mt=8192)
    ctx.flush(sink, g)
