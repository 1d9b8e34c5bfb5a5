"""Benign look-alikes (hard: true): each shares structural features with one of the campaigns."""
import common as C
import clients as K
import people as PP
from behave import Actor, Home, converse, agent_loop, ModelChooser, cgnat
from tk import toks, casual
import t_everyday as E
import t_hard as T

DAYS = 14


# ---------------------------------------------------------------------------------------------------------------------
def olympiad_camp(w):
    """A national olympiad training camp: ~40 students and a few coaches on one programme card, students signed up in
    one morning wave, one campus network, the same daily problem set for everyone, reasoning-heavy and output-hungry,
    a topic that changes for all of them at once every day, and a coach-led move to the new model after release."""
    G = "olympiad_camp"
    rng = w.rng(G)
    buf = w.buf(G)
    tz = 5.5
    camps = [("nkn", "olympiad.hbcse.ac.in"), ("nkn", "imocamp.cmi.ac.in"), ("nkn", "inmo-training.isical.ac.in")]
    for ci in range(w.mult):
        op, cdom = camps[ci % len(camps)]
        org, card = w.org(rng), w.card(rng)
        campus = [w.net.v4(rng, op) for _ in range(2)]
        hostel = w.net.v4(rng, op)
        sets = [T.oly_problem_set(w.rng("oly|%d|%d" % (ci, d)), d) for d in range(DAYS)]
        wave = C.at_local(0, 10.0, tz)
        members = []
        for c in range(rng.randint(4, 6)):
            first, last = PP.person(rng, "IN")
            aid = w.account(rng, G, C.WIN_START - rng.randint(30, 400) * C.DAY, hard=True, country="IN", email_domain=cdom,
                            local=PP.local_part(rng, first, last, "f.l"), org=org, pay=card, channel="education", verified=True)
            members.append(("coach", Actor(id=aid, key=w.key(rng), client=K.make(rng, rng.choice(["py_sdk", "console_chrome"])))))
        for s in range(rng.randint(38, 42)):
            first, last = PP.person(rng, "IN")
            aid = w.account(rng, G, wave + rng.randint(0, 95) * C.MIN, hard=True, country="IN",
                            email_domain=rng.choice(["gmail.com"] * 5 + ["outlook.com", "yahoo.co.in"]),
                            local=PP.local_part(rng, first, last), org=org, pay=card, channel="education", verified=False)
            members.append(("student", Actor(id=aid, key=w.key(rng),
                                             client=K.make(rng, rng.choice(["console_chrome"] * 5 + ["console_safari", "mobile_android"])))))
        for role, a in members:
            phone_user = rng.random() < 0.3
            eager = rng.uniform(0.5, 1.0)
            for d in range(12):                     # camp runs Monday 5 to Friday 16 October
                topic, probs = sets[d]
                sunday = d % 7 == 6
                m3 = d >= 4 and rng.random() < 0.75
                if role == "coach":
                    if rng.random() > 0.8:
                        continue
                    # morning: prepare tomorrow's set (data generation); evening: grade write-ups (rubric)
                    t = C.at_local(d, rng.uniform(6.5, 9.0), tz)
                    nt, np_ = sets[min(d + 1, DAYS - 1)]
                    txt = "Write %d olympiad-level %s problems of increasing difficulty for tomorrow's session, each with a complete solution and a marking scheme out of 7." % (
                        rng.randint(5, 8), nt if nt != "mock" else "mixed")
                    th = rng.randint(3000, 12000)
                    buf.ev(t, a.id, rng.choice(campus), a.client, C.M3 if m3 else C.M25, txt, toks(txt) + 30,
                           rng.randint(3000, 9000) + th, key=a.key, max_tokens=32000, think=th)
                    t = C.at_local(d, rng.uniform(18.0, 19.5), tz)
                    for _g in range(rng.randint(3, 15)):
                        txt = ("Mark this student solution out of 7 using the scheme (1 point for the key lemma, 3 for the main "
                               "argument, 3 for completeness). Point out the first gap.\n\nProblem: %s\n\nSolution: %s" %
                               (rng.choice(probs), casual(rng, rng.choice(["We proceed by induction on n. Base case n=1 is clear.",
                                                                          "Suppose not. Then consider the smallest counterexample.",
                                                                          "Let P be the intersection of the two circles. By power of a point,",
                                                                          "Put x = y = 0 to get f(0) = 0. Then put y = -x.",
                                                                          "Working mod 8, squares are 0, 1 or 4, so"]), 0.3)))
                        th = rng.randint(800, 5000)
                        out = rng.randint(150, 700) + th
                        buf.ev(t, a.id, rng.choice(campus), a.client, C.M3 if m3 else C.M25, txt, toks(txt) + 20, out,
                               key=a.key, max_tokens=16000, think=th)
                        t += C.latency(rng, C.M25, out) + rng.randint(30, 400) * 1000
                    continue
                blocks = [(14.0, 17.5), (20.0, 23.4)] if not sunday else [(15.0, 18.0)]
                for lo, hi in blocks:
                    if rng.random() > eager:
                        continue
                    t = C.at_local(d, rng.uniform(lo, lo + 0.6), tz)
                    end = C.at_local(d, hi, tz)
                    ip = hostel if lo >= 20 else rng.choice(campus)
                    while t < end:
                        if phone_user and rng.random() < 0.3:
                            ip_ = cgnat(w, rng, "jio_mob")
                        else:
                            ip_ = ip
                        model = C.M3 if (m3 and rng.random() < 0.65) else C.M25
                        t = converse(buf, rng, a, t, (T.oly_prompt(rng, probs, topic), "reasoning", (600, 2500)),
                                     rng.choice([1, 1, 2, 3, 4]), model, rng.choice([8192, 16000]), ip_,
                                     think=rng.choice([0, 6000, 10000, 16000]) if rng.random() < 0.7 else 0,
                                     gap=(120, 900))
                        t += rng.randint(4, 35) * C.MIN
    buf.flush()


# ---------------------------------------------------------------------------------------------------------------------
def consultancy_guest_seats(w):
    """An IT consultancy's people holding SSO guest seats inside several client enterprises: one fingerprint and one
    set of offshore offices across many client orgs, working while the (US) clients sleep."""
    G = "consultancy_guest_seats"
    rng = w.rng(G)
    buf = w.buf(G)
    ents = w.shared["enterprises"]
    clients_ = rng.sample(ents, min(len(ents), max(6, int(len(ents) * 0.6))))
    firm_dom = "orbitale-consulting.com"
    offices = {"PL": (2.0, "zscaler_pl", "Orbitale Consulting Sp. z o.o."), "IN": (5.5, "zscaler_in", "Orbitale Consulting India Pvt Ltd")}
    office_ips = {}
    for cc, (tz, zk, nm) in sorted(offices.items()):
        base, size = w.net.enterprise(rng, nm, cc, size=27)
        office_ips[cc] = ([w.net.in24(rng, base & ~0xFF, (base & 0xFF) + 1, (base & 0xFF) + 30) for _ in range(3)],
                          [w.net.v4(rng, zk) for _ in range(4)])
    laptop_ua = K.chrome_ua(rng, "win")
    proj = {c["org"]: (TA_pick(rng)) for c in clients_}
    ext_style = {c["org"]: rng.random() < 0.4 for c in clients_}
    batch_at = {c["org"]: C.WIN_START - rng.randint(25, 240) * C.DAY + rng.randint(0, C.DAY) for c in clients_}
    for _ in range(w.n(30)):
        cc = "PL" if rng.random() < 0.45 else "IN"
        tz = offices[cc][0]
        first, last = PP.person(rng, cc if cc == "IN" else "PL")
        seats = rng.sample(clients_, rng.randint(1, 3))
        accts = []
        for e in seats:
            local = ("ext." + PP.local_part(rng, first, last, "f.l")) if ext_style[e["org"]] else PP.local_part(rng, first, last, "f.l")
            aid = w.account(rng, G, batch_at[e["org"]] + rng.randint(0, 240) * C.MIN, hard=True, country=e["cc"],
                            email_domain=e["dom"] if ext_style[e["org"]] else firm_dom, local=local, org=e["org"],
                            pay=e["card"], channel="enterprise", verified=True)
            accts.append((e, Actor(id=aid, key=w.key(rng), client=None), rng.choice(proj[e["org"]][1])))
        sdk = K.make(rng, "py_sdk")
        direct, zs = office_ips[cc]
        p = rng.uniform(0.5, 0.9)
        for d in range(DAYS):
            if d % 7 >= 5 or rng.random() > p:
                continue
            t = C.at_local(d, rng.uniform(8.5, 10.5), tz)
            end = C.at_local(d, rng.uniform(17, 19.5), tz)
            while t < end:
                e, a, mod = rng.choice(accts)
                via_z = rng.random() < 0.5
                ip = rng.choice(zs) if via_z else rng.choice(direct)
                cl = K.Client("laptop", laptop_ua, K.fp("zscaler" if via_z else "chromium"))
                model = C.M3 if (e["m3_day"] is not None and d >= e["m3_day"] and rng.random() < 0.5) else rng.choice([C.M25, C.M25, C.MFL])
                if rng.random() < 0.08:
                    # a test-case generation script run through the SDK
                    for _i in range(rng.randint(10, 45)):
                        txt = T.cons_prompt(rng, proj[e["org"]][0], mod)
                        out = rng.randint(800, 3500)
                        buf.ev(t, a.id, ip, sdk if not via_z else K.Client("sdk-z", sdk.ua, K.fp("zscaler")), model, txt,
                               toks(txt) + 60, out, key=a.key, max_tokens=4096)
                        t += C.latency(rng, model, out) + rng.randint(200, 1500)
                else:
                    t = converse(buf, rng, a, t, (T.cons_prompt(rng, proj[e["org"]][0], mod), "coding", (400, 2200)),
                                 rng.choice([1, 1, 2, 3]), model, 8192, ip, client=cl, gap=(60, 600))
                t += rng.randint(10, 80) * C.MIN
    buf.flush()


def TA_pick(rng):
    return rng.choice(T.PROJECTS)


# ---------------------------------------------------------------------------------------------------------------------
def search_vendor_tenants(w):
    """An enterprise-search vendor: one account per customer tenant (cost attribution), one org and card, NAT gateways
    in two cloud regions, its own Rust service, listwise reranking all day and a nightly rubric-graded quality run."""
    G = "search_vendor_tenants"
    rng = w.rng(G)
    buf = w.buf(G)
    org, card = w.org(rng), w.card(rng)
    dom = "lanternfish.io"
    gw = {"US": [w.net.v4(rng, "aws_use1") for _ in range(2)], "EU": [w.net.v4(rng, "aws_ie") for _ in range(2)]}
    cl = K.Client("vendor", "lanternfish-ranker/2.8.%d" % rng.randint(0, 4), K.fp("rust_rustls"))
    n = w.n(30)
    for i in range(n + 2):
        kind = "tenant" if i < n else ("eval" if i == n else "staging")
        aid = w.account(rng, G, C.WIN_START - rng.randint(14, 420) * C.DAY, hard=True, country="US", email_domain=dom,
                        local="svc-" + ("t%03d" % i if kind == "tenant" else kind), org=org, pay=card, channel="standard",
                        verified=True)
        key = w.key(rng)
        if kind == "tenant":
            region = "US" if rng.random() < 0.6 else "EU"
            tz = rng.choice([-4, -5, -7]) if region == "US" else rng.choice([1, 2, 2])
            domain = rng.choice(["hr", "it", "product"])
            kb = T.tenant_kb(rng, domain)
            per_day = rng.uniform(6, 35)
            for d in range(DAYS):
                nq = int(per_day * (0.12 if d % 7 >= 5 else 1.0) * rng.uniform(0.7, 1.3))
                for _q in range(nq):
                    t = C.at_local(d, C.local_hour(rng, "worker"), tz)
                    txt, nc = T.vendor_rerank(rng, domain, kb)
                    out = rng.randint(20, 90)
                    buf.ev(t, aid, rng.choice(gw[region]), cl, C.MFL, txt, toks(txt) + 12, out, key=key, max_tokens=256)
                    if rng.random() < 0.7:          # grounded answer after ranking
                        t2 = t + C.latency(rng, C.MFL, out) + rng.randint(5, 40)
                        txt2 = "Answer the question using only the passages. Cite passage numbers.\n\n" + txt.split("\n\n", 1)[1]
                        out2 = rng.randint(60, 300)
                        buf.ev(t2, aid, rng.choice(gw[region]), cl, C.M25, txt2, toks(txt2), out2, key=key, max_tokens=600)
        elif kind == "eval":
            for d in range(DAYS):
                t = C.WIN_START + d * C.DAY + 2 * C.HOUR + rng.randint(0, 20) * C.MIN
                m3_trial = d >= 6
                for _j in range(rng.randint(90, 200)):
                    domain = rng.choice(["hr", "it", "product"])
                    txt = T.vendor_eval(rng, domain)
                    m = C.M3 if (m3_trial and rng.random() < 0.5) else C.M25
                    th = rng.randint(300, 2000) if rng.random() < 0.4 else 0
                    out = rng.randint(40, 160) + th
                    buf.ev(t, aid, gw["US"][0], cl, m, txt, toks(txt), out, key=key, max_tokens=4096, think=th)
                    t += rng.randint(300, 2500)
        else:
            for d in range(DAYS):
                if d % 7 >= 5:
                    continue
                for _q in range(rng.randint(5, 40)):
                    t = C.at_local(d, rng.uniform(9, 18), -4)
                    domain = rng.choice(["hr", "it", "product"])
                    txt, nc = T.vendor_rerank(rng, domain, T.tenant_kb(rng, domain))
                    m = C.M3 if (t > C.RELEASE and rng.random() < 0.4) else C.MFL
                    buf.ev(t, aid, gw["US"][1], cl, m, txt, toks(txt), rng.randint(20, 90), key=key, max_tokens=256)
    buf.flush()


# ---------------------------------------------------------------------------------------------------------------------
def humanities_corpus_lab(w):
    """A digital-humanities project coding Victorian novels: long public-domain texts, nightly batches from the
    university cluster, two coder accounts that deliberately process the same books (double coding)."""
    G = "humanities_corpus_lab"
    rng = w.rng(G)
    buf = w.buf(G)
    labs = [("leeds", "leeds.ac.uk"), ("manchester", "manchester.ac.uk"), ("oxford", "ox.ac.uk")]
    for li in range(w.mult):
        op, dom = labs[li % len(labs)]
        org, card = w.org(rng), w.card(rng)
        hpc = [w.net.v4(rng, op) for _ in range(2)]
        office = [w.net.v4(rng, op) for _ in range(3)]
        books = rng.sample(T.DH_BOOKS, 36)
        sdk = K.make(rng, "py_sdk")
        coders = []
        for c in range(2):
            aid = w.account(rng, G, C.WIN_START - rng.randint(100, 500) * C.DAY, hard=True, country="GB", email_domain=dom,
                            local="dh-coder-" + "ab"[c], org=org, pay=card, channel="research", verified=True)
            coders.append(Actor(id=aid, key=w.key(rng), client=sdk))
        people_ = []
        for m in range(rng.randint(8, 12)):
            first, last = PP.person(rng, "GB")
            aid = w.account(rng, G, C.WIN_START - rng.randint(20, 700) * C.DAY, hard=True, country="GB", email_domain=dom,
                            local=PP.local_part(rng, first, last, rng.choice(["f.l", "flast"])), org=org, pay=card,
                            channel=rng.choice(["research", "education"]), verified=True)
            people_.append(Actor(id=aid, key=w.key(rng), client=K.make(rng, rng.choice(["console_chrome", "console_firefox", "py_sdk"]))))
        # nightly double-coded batches
        q = list(books)
        for d in range(DAYS):
            if d % 7 == 5 or rng.random() < 0.15:
                continue
            tonight = [q.pop(0) for _ in range(min(len(q), rng.randint(1, 3)))]
            if not tonight:
                q = list(books)
                continue
            for ci, a in enumerate(coders):
                t = C.at_local(d, 20.0 + ci * 0.5 + rng.random(), 1)
                for title, author in tonight:
                    inst = rng.randint(8, 20)
                    for k in range(inst):
                        sysm = T.DH_CODEBOOK[ci]
                        txt = "%s by %s — instalment %d of %d (attached)." % (title, author, k + 1, inst)
                        m = C.M3 if (d == 9 and ci == 1) else C.M25
                        out = rng.randint(700, 3200)
                        buf.ev(t, a.id, rng.choice(hpc), a.client, m, txt, rng.randint(18, 60) * 1000, out, key=a.key,
                               system=sysm, max_tokens=4096)
                        t += C.latency(rng, m, out) + rng.randint(300, 4000)
        for a in people_:
            home = Home(w, rng, "GB")
            for d in range(DAYS):
                if d % 7 >= 5 or rng.random() > 0.45:
                    continue
                t = C.at_local(d, C.local_hour(rng, "worker"), 1)
                ip = rng.choice(office) if rng.random() < 0.75 else home.ip(rng, d)
                r = rng.random()
                title, author = rng.choice(books)
                if r < 0.3:
                    first_ = (rng.choice(T.DH_CHAT), "chat", (300, 1200))
                    inp_extra = 0
                elif r < 0.5:
                    first_ = (T.DH_TEACH % ("%s by %s" % (title, author), rng.randint(8, 20)), "data_generation", (1500, 4000))
                else:
                    first_ = (casual(rng, rng.choice([
                        "In the attached %s, where does the narrator first comment on debt? Quote it.",
                        "Is the attached %s's treatment of servants consistent with what we coded for instalment 3? Explain.",
                        "Summarise the attached chapters of %s focusing on money and inheritance."]) % ("%s by %s" % (title, author)), 0.2),
                        "chat", (400, 2000))
                t = converse(buf, rng, a, t, first_, rng.choice([1, 2]), C.M25, 8192, ip,
                             sys_toks=rng.randint(20000, 120000) if r >= 0.3 else 0)
    buf.flush()


# ---------------------------------------------------------------------------------------------------------------------
def upgrade_bot_saas(w):
    """A dependency-upgrade service running an agent per customer repository, around the clock, with fast in-memory
    tools and a surge when an upstream advisory lands."""
    G = "upgrade_bot_saas"
    rng = w.rng(G)
    buf = w.buf(G)
    org, card = w.org(rng), w.card(rng)
    cl = K.Client("bot", "bumpline-worker/5.2.%d (+https://bumpline.dev/bot)" % rng.randint(0, 9), K.fp("py_httpx"))
    tools = ["read_file", "search_repo", "apply_edit", "run_tests", "open_pull_request"]
    workers = []
    for name, region, share in [("prod-us", "aws_use1", 0.45), ("prod-eu", "aws_de", 0.3), ("prod-apac", "aws_sg", 0.15),
                                ("backfill", "aws_use1", 0.06), ("staging", "aws_use1", 0.025), ("eval", "aws_usw2", 0.015)]:
        for r in range(w.mult if name.startswith("prod") else 1):
            aid = w.account(rng, G, C.WIN_START - rng.randint(90, 500) * C.DAY, hard=True, country="US", email_domain="bumpline.dev",
                            local="svc-" + name + ("" if r == 0 else str(r)), org=org, pay=card, channel="startup", verified=True)
            workers.append((name, Actor(id=aid, key=w.key(rng), client=cl), [w.net.v4(rng, region) for _ in range(2)], share / (w.mult if name.startswith("prod") else 1)))
    surge_pkg = ("yamlette", "python")
    surge = (C.WIN_START + 8 * C.DAY + 15 * C.HOUR, C.WIN_START + 9 * C.DAY + 20 * C.HOUR)

    def tool_ms(rng_, k):
        return rng_.randint(80, 600) if rng_.random() < 0.9 else rng_.randint(1500, 6000)

    for d in range(DAYS):
        for h in range(24):
            t0 = C.WIN_START + d * C.DAY + h * C.HOUR
            jobs = rng.uniform(0.6, 1.6) * (0.6 if d % 7 >= 5 else 1.0) * w.mult
            in_surge = surge[0] <= t0 < surge[1]
            if in_surge:
                jobs *= 5
            for _j in range(int(jobs) + (rng.random() < jobs - int(jobs))):
                name, a, ips, _s = rng.choices(workers, weights=[x[3] + 0.0001 for x in workers])[0]
                t = t0 + rng.randint(0, C.HOUR)
                task = T.upg_task(rng, surge_pkg if (in_surge and rng.random() < 0.8) else None)
                steps = rng.randint(5, 14)
                m = C.M3 if ((name == "eval" and t > C.RELEASE + 3 * C.HOUR) or (t > C.RELEASE + 5 * C.DAY and rng.random() < 0.2)) else C.M25
                ip = rng.choice(ips)
                t = agent_loop(buf, rng, a, t, task, m, 16000, ip, T.UPG_SYS, tools, steps, tool_ms, think_p=0.3,
                               think_rng=(200, 2000), outs=(60, 600), calls=(1, 3))
                # the test run at the end, then the PR step
                t += int(rng.lognormvariate(10.8, 0.8))
                out = rng.randint(150, 500)
                buf.ev(t, a.id, ip, cl, m, "", rng.randint(6000, 30000), out, key=a.key, system=T.UPG_SYS, turns=2 * steps + 1,
                       tools=tools, tool_calls=1, max_tokens=16000, stop="tool_use")
    # eval account: weekly benchmark on the new model
    buf.flush()


# ---------------------------------------------------------------------------------------------------------------------
def private_relay_users(w):
    """Ordinary consumers whose traffic leaves through an OS privacy relay: a new egress address every session, shared
    egress ranges with thousands of strangers, hosting/VPN-labelled networks, sometimes a neighbouring country."""
    G = "private_relay_users"
    rng = w.rng(G)
    buf = w.buf(G)
    neighbour = {"CA": "US", "US": "CA", "DE": "FR", "FR": "DE", "GB": "FR", "AU": "JP", "JP": "AU"}
    for _ in range(w.n(220)):
        cc = rng.choices(["US", "GB", "DE", "FR", "JP", "CA", "AU"], weights=[50, 12, 8, 6, 8, 8, 8])[0]
        tz = PP.pick_tz(rng, cc)
        first, last = PP.person(rng, cc)
        aid = w.account(rng, G, C.WIN_START - int(min(rng.expovariate(1 / 200.0), 800) * C.DAY) - rng.randint(0, C.DAY),
                        hard=True, country=cc, email_domain=rng.choice(["icloud.com", "icloud.com", "me.com", "gmail.com", "privaterelay.appleid.com"]),
                        local=PP.local_part(rng, first, last), pay=w.card(rng) if rng.random() < 0.85 else None,
                        verified=rng.random() < 0.3)
        cl = K.make(rng, rng.choice(["console_safari", "mobile_ios", "mobile_ios"]))
        if cl.kind == "console_safari" and rng.random() < 0.5:
            cl = K.Client("safari_m", K.safari_ua(rng, mobile=True), K.fp("safari"))
        a = Actor(id=aid, key=w.key(rng), client=cl)
        home = Home(w, rng, cc)
        likes = E.interests(rng)
        p = rng.uniform(0.1, 0.6)
        mc = ModelChooser(rng, [(C.M25, 50), (C.MFL, 50)], adopt_p=0.25)
        for d in range(DAYS):
            if rng.random() > p:
                continue
            for _s in range(rng.randint(1, 3)):
                t = C.at_local(d, C.local_hour(rng, "consumer"), tz)
                r = rng.random()
                ecc = neighbour.get(cc, cc) if rng.random() < 0.1 else cc
                if r < 0.68:
                    ip = w.net.vpn_exit(rng, "relay_akamai", ecc)
                elif r < 0.86:
                    ip = w.net.vpn_exit(rng, "relay_cf", ecc)
                elif r < 0.93:
                    ip = w.net.vpn_exit(rng, "relay_fastly", ecc)
                else:
                    ip = home.ip(rng, d, mobile=cl.kind == "mobile_ios" and rng.random() < 0.5)
                converse(buf, rng, a, t, E.prompt(rng, rng.choice(likes)), rng.choice([1, 1, 2, 3, 5]), mc(rng, t),
                         rng.choice([2048, 4096]), ip)
    buf.flush()


# ---------------------------------------------------------------------------------------------------------------------
def deal_room_crunch(w):
    """A law firm's M&A team in the week before signing: huge confidential documents split between associates by data-
    room folder, long outputs, work until 2 am and through the weekend."""
    G = "deal_room_crunch"
    rng = w.rng(G)
    buf = w.buf(G)
    for fi in range(w.mult):
        name = ["Whitlock Graves LLP", "Armitage & Stone LLP", "Pell Harrow LLP"][fi % 3]
        dom = ["whitlockgraves.com", "armitagestone.com", "pellharrow.com"][fi % 3]
        org, card = w.org(rng), w.card(rng)
        base, size = w.net.enterprise(rng, name, "US", own_asn=rng.randint(393000, 399999))
        office = [w.net.in24(rng, base, 10, 40) for _ in range(3)]
        tz = -4
        drng = w.rng("dealroom|%d" % fi)
        docs = sorted(set(T.dr_doc(drng) for _ in range(900)))
        drng.shuffle(docs)
        team = []
        for m in range(rng.randint(20, 28)):
            first, last = PP.person(rng, "US")
            aid = w.account(rng, G, C.WIN_START - rng.randint(30, 900) * C.DAY, hard=True, country="US", email_domain=dom,
                            local=PP.local_part(rng, first, last, rng.choice(["flast", "f.l"])), org=org, pay=card,
                            channel="enterprise", verified=True)
            team.append(Actor(id=aid, key=w.key(rng), client=K.Client("edge", K.chrome_ua(rng, "win") + (" Edg/155.0.0.0" if rng.random() < 0.5 else ""), K.fp("chromium")),
                              home=Home(w, rng, "US", v6=0.2)))
        # each associate owns a slice of the data room (disjoint folders)
        for i, a in enumerate(team):
            mine = docs[i::len(team)]
            di = 0
            for d in range(DAYS):
                crunch = 4 <= d <= 11
                if not crunch and (d % 7 >= 5 or rng.random() > 0.3):
                    continue
                if crunch and d in (5, 6) and rng.random() > 0.7:
                    continue
                t = C.at_local(d, rng.uniform(9, 11) if crunch else rng.uniform(9, 17), tz)
                end = C.at_local(d, rng.uniform(23.5, 26.5) if crunch else rng.uniform(17, 19), tz)
                while t < end and di < len(mine):
                    doc = mine[di]
                    di += 1
                    late = (t - C.at_local(d, 0, tz)) / C.HOUR > 22
                    ip = a.home.ip(rng, d) if (late and rng.random() < 0.15) else rng.choice(office)
                    m = C.M3 if (d >= 7 and rng.random() < 0.3) else C.M25
                    doc_toks = rng.randint(12, 160) * 1000
                    for _k in range(rng.randint(2, 4)):
                        txt = T.dr_task(rng, doc)
                        th = rng.randint(1000, 6000) if rng.random() < 0.35 else 0
                        out = rng.randint(1200, 6000) + th
                        buf.ev(t, a.id, ip, a.client, m, txt, doc_toks + toks(txt), out, key=a.key, max_tokens=16000, think=th)
                        t += C.latency(rng, m, out) + rng.randint(60, 1500) * 1000
                    t += rng.randint(5, 60) * C.MIN
    buf.flush()
