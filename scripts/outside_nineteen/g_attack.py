"""The five campaigns (label attack)."""
import common as C
import clients as K
import people as PP
from behave import Actor, converse, agent_loop, ModelChooser, cgnat
from net import MOBILE_BY_COUNTRY
from tk import toks
import t_everyday as E
import t_dev as D
import t_attack as TA
from g_background import CLI_SYSTEM

DAYS = 14


# ---------------------------------------------------------------------------------------------------------------------
def guest_seat_leak(w):
    """A customer-support contractor trading under three names holds SSO guest seats inside many enterprise customers.
    The seats are the customers' own accounts (their org, their invoice, their domain or the contractor's), provisioned
    in batches when each contract started. A little real support work in the customer's office hours; at night in the
    customer's time zone, when nobody watches the org's usage, the seats harvest reasoning, agentic, coding, grading,
    safe-rewrite and data-generation answers through one shared pool of rented servers and residential exits."""
    G, camp = "guest_seat_leak", "seatleak"
    w.campaign(camp, G)
    rng = w.rng(G)
    buf = w.buf(G)
    ents = w.shared["enterprises"]
    targets = rng.sample(ents, max(5, int(len(ents) * 0.75)))
    fronts = [("haldensupport.com", "Halden"), ("northquaycx.com", "Northquay"), ("tallisops.io", "Tallis")]
    pool = []
    for k, n in (("ovh_ca", 3), ("hetzner_fi", 3), ("do_us", 2), ("linode_us", 2)):
        pool += [w.net.v4(rng, k) for _ in range(n + (w.mult - 1))]
    sdk = K.Client("py_sdk", "tessera-python/1.20.3", K.fp("py_httpx"))
    harvest_sys = ["You are a meticulous senior analyst. Give complete, rigorous answers and state assumptions explicitly.",
                   "Answer as an expert. Be thorough; include derivations, edge cases and verification where relevant.", None, None]
    per_client = max(3, round(w.n(70) / len(targets)))
    for i, e in enumerate(targets):
        fdom, fname = fronts[i % len(fronts)]
        ext = rng.random() < 0.5
        start = C.WIN_START - rng.randint(35, 210) * C.DAY + int((10 - e["tz"]) * C.HOUR)
        product = rng.choice(TA.R["cxproduct"])
        hsys = rng.choice(harvest_sys)
        browser_ua = K.chrome_ua(rng, "win")
        for s in range(max(2, per_client + rng.randint(-2, 2))):
            first, last = PP.person(rng, rng.choice(["US", "GB", "IN", "ZA", "PH"]))
            local = ("ext." if ext else "") + PP.local_part(rng, first, last, "f.l")
            aid = w.account(rng, G, start + rng.randint(0, 45) * C.MIN, label="attack", campaign=camp, country=e["cc"],
                            email_domain=e["dom"] if ext else fdom, local=local, org=e["org"], pay=e["card"],
                            channel="enterprise", verified=True)
            a = Actor(id=aid, key=w.key(rng), client=sdk)
            sticky = w.net.proxy_exit(rng, e["cc"])
            for d in range(DAYS):
                allowed_m3 = e["m3_day"] is not None and d >= e["m3_day"]
                # cover: a bit of real support work in the customer's office hours
                if d % 7 < 5 and rng.random() < 0.5:
                    t = C.at_local(d, rng.uniform(9.5, 16.5), e["tz"])
                    for _c in range(rng.randint(1, 3)):
                        t = converse(buf, rng, a, t, (TA.seat_cover(rng), "rewrite", (200, 700)), rng.choice([1, 2]),
                                     C.M25, 8192, sticky if rng.random() < 0.7 else w.net.proxy_exit(rng, e["cc"]),
                                     client=K.Client("browser", browser_ua, K.fp("chromium")), gap=(60, 400))
                        t += rng.randint(10, 90) * C.MIN
                # harvest: the customer's night
                if rng.random() > 0.9:
                    continue
                t = C.at_local(d, rng.uniform(22.3, 24.2), e["tz"])
                end = C.at_local(d, rng.uniform(28.5, 29.8), e["tz"])
                via_pool = rng.random() < 0.65
                for _k in range(rng.randint(5, 13)):
                    if t >= end:
                        break
                    ip = rng.choice(pool) if via_pool else w.net.proxy_exit(rng, e["cc"])
                    model = C.M3 if (allowed_m3 and rng.random() < 0.6) else C.M25
                    text, cap, tools, (lo, hi), think = TA.seat_task(rng)
                    if tools:
                        t = agent_loop(buf, rng, a, t, text, model, 32000, ip, hsys or "", tools, rng.randint(3, 7),
                                       lambda r_, k_: r_.randint(700, 4500), think_p=0.8, think_rng=(1500, 8000),
                                       outs=(lo // 3, hi // 2), calls=(1, 3), harvest=camp)
                    else:
                        th = rng.randint(2000, 14000) if think else 0
                        out = rng.randint(lo, hi) + th
                        mt = 4096 if cap == "grading" else 32000
                        buf.ev(t, aid, ip, sdk, model, text, toks(text) + toks(hsys or "") + 8, out, key=a.key, system=hsys,
                               max_tokens=mt, think=min(th, mt - 200), harvest=camp)
                        t += C.latency(rng, model, min(out, mt))
                    t += rng.randint(2, 15) * 1000
    buf.flush()


# ---------------------------------------------------------------------------------------------------------------------
def rerank_oracle(w):
    """An embedding/reranker lab in a restricted region harvests retrieval judgements: listwise rankings, graded
    relevance, synthetic queries and hard negatives over invented encyclopedia passages. Two dozen small "search
    start-ups" (own domain, org and card each, a couple of rented servers in Singapore, Tokyo or Hong Kong) each pose
    as a vertical RAG product. The skeleton of their system prompts, their output caps, the flat 24/7 schedule and the
    synchronised move to the new model are shared; engineers sometimes test with production keys from home."""
    G, camp = "rerank_oracle", "rerank"
    rng = w.rng(G)
    pivot = C.RELEASE + 11 * C.HOUR + rng.randint(0, 50) * C.MIN
    w.campaign(camp, G, pivot_at=pivot)
    buf = w.buf(G)
    TA.build_pool(w.rng("rerank|pool"), 600 * w.mult)
    slip = [w.net.block24(rng, "chinaunicom"), w.net.block24(rng, "chinatelecom"), w.net.block24(rng, "chinaunicom")]
    brands = list(TA.RR["brand"])
    rng.shuffle(brands)
    hosts = ["alibaba_sg", "tencent_sg", "aws_jp", "vultr_sg", "vultr_jp", "linode_jp", "do_sg", "tencent_hk", "aws_sg", "alibaba_hk"]
    for f in range(w.n(24)):
        brand = brands[f % len(brands)] + ("" if f < len(brands) else rng.choice(["AI", "Labs", "HQ", "Search"]))
        domain = rng.choice(TA.RR["domain"])
        dom = brand.lower().replace(" ", "") + rng.choice([".ai", ".io", ".co", ".app", ".dev"])
        cc = rng.choices(["SG", "US", "GB", "AE", "HK"], weights=[35, 28, 12, 12, 13])[0]
        org, card = w.org(rng), w.card(rng)
        late = rng.random() < 0.15
        fcreated = (C.WIN_START + rng.randint(1, 6) * C.DAY + rng.randint(0, C.DAY)) if late else \
            C.WIN_START - rng.randint(20, 110) * C.DAY
        servers = [w.net.v4(rng, rng.choice(hosts)) for _ in range(rng.randint(1, 2))]
        ua = K.py_sdk(rng) if rng.random() < 0.5 else "python-httpx/0.28.%d" % rng.randint(0, 1)
        cl = K.Client("py", ua, K.fp("py_httpx"))
        sysm = TA.rerank_system(rng, brand, domain, rng.randrange(3))
        tw = [max(0.2, x * rng.uniform(0.6, 1.4)) for x in (4, 3, 2, 2, 1, 1)]
        founder = PP.person(rng, rng.choice(["SG", "US", "GB"]))
        for k in range(rng.randint(2, 4)):
            created = fcreated + rng.randint(0, 8 if not late else 1) * C.DAY + rng.randint(0, C.DAY)
            first, last = founder if k == 0 else PP.person(rng, rng.choice(["SG", "US", "GB", "HK"]))
            local = rng.choice([PP.local_part(rng, first, last, "f.l"), "ops", "eng", "api", first, "admin"])
            aid = w.account(rng, G, created, label="attack", campaign=camp, country=cc, email_domain=dom, local=local,
                            org=org, pay=card, channel="startup" if rng.random() < 0.3 else "standard",
                            verified=rng.random() < 0.25)
            key = w.key(rng)
            rate = rng.uniform(15, 28)
            start = max(C.WIN_START, created + rng.randint(2, 30) * C.HOUR)
            for d in range(DAYS):
                day0 = C.WIN_START + d * C.DAY
                if day0 + C.DAY <= start:
                    continue
                n = int(rate * rng.uniform(0.85, 1.15))
                done = 0
                while done < n:
                    t = day0 + rng.randint(0, C.DAY - 1)
                    for _b in range(rng.randint(3, 12)):
                        if t < start:
                            break
                        txt, cap, npass = TA.rerank_prompt(rng, tw)
                        model = C.M3 if (t >= pivot and rng.random() < 0.5) else C.M25
                        th = rng.randint(400, 2500) if cap == "reasoning" else 0
                        out = {"grading": rng.randint(40, 420), "data_generation": rng.randint(150, 520)}.get(cap, rng.randint(250, 800)) + th
                        mt = 4096 if cap == "data_generation" else 1536 + (2048 if th else 0)
                        ip = rng.choice(servers)
                        # engineers trying things with the production key from the office at home, during Beijing daytime
                        hour_cn = ((t - C.WIN_START) / C.HOUR + 8) % 24
                        if 9.5 <= hour_cn <= 19 and rng.random() < 0.008:
                            ip = w.net.in24(rng, rng.choice(slip))
                        buf.ev(t, aid, ip, cl, model, txt, toks(txt) + toks(sysm) + 5, out, key=key, system=sysm,
                               max_tokens=mt, think=th, harvest=camp)
                        t += C.latency(rng, model, out) + rng.randint(250, 2500)
                        done += 1
    buf.flush()


# ---------------------------------------------------------------------------------------------------------------------
def context_partition(w):
    """Long-context harvest: several dozen 'prosumer' accounts feed whole books, annual reports, court opinions and
    preprints through a desktop chat app (driven by automation) and ask for long analyses, Q/A sets and timelines.
    Each account looks like a privacy-minded reader on a consumer VPN. One central work queue hands out documents,
    so no document is ever processed by two accounts."""
    G, camp = "context_partition", "longread"
    w.campaign(camp, G)
    rng = w.rng(G)
    buf = w.buf(G)
    queue = TA.corpus(w.rng("longread|corpus"), 6500 * w.mult)
    qi = [0]
    actors = []
    for _ in range(w.n(45)):
        cc = rng.choices(["US", "GB", "CA", "AU", "DE", "NL", "IE", "SE"], weights=[40, 15, 12, 10, 8, 5, 5, 5])[0]
        tz = PP.pick_tz(rng, cc)
        first, last = PP.person(rng, cc)
        aid = w.account(rng, G, C.WIN_START - rng.randint(25, 150) * C.DAY - rng.randint(0, C.DAY), label="attack",
                        campaign=camp, country=cc,
                        email_domain=rng.choice(["gmail.com", "gmail.com", "outlook.com", "proton.me", "icloud.com", "yahoo.com"]),
                        local=PP.local_part(rng, first, last), pay=w.card(rng), channel="standard", verified=rng.random() < 0.4)
        a = Actor(id=aid, key=w.key(rng), client=K.make(rng, "desktop_app"), cc=cc, tz=tz,
                  vpn=rng.choice(["vpn_m247", "vpn_datacamp", "vpn_proton", "vpn_misc"]),
                  shift=rng.uniform(8, 15), mt=rng.choice([32000, 32000, 64000]))
        actors.append(a)
    sessions = []
    for a in actors:
        for d in range(DAYS):
            if rng.random() < 0.1:
                continue
            start = C.at_local(d, (a.shift + rng.uniform(-2, 2)) % 24, a.tz)
            sessions.append((start, a.id, a, rng.uniform(1.2, 2.6)))
    sessions.sort(key=lambda s: (s[0], s[1]))
    for start, _id, a, hours in sessions:
        t, end = start, start + int(hours * C.HOUR)
        ip = w.net.vpn_exit(rng, a.vpn, a.cc) if rng.random() < 0.85 else w.net.proxy_exit(rng, a.cc)
        while t < end and qi[0] < len(queue):
            title, doc_toks = queue[qi[0]]
            qi[0] += 1
            for _k in range(rng.randint(2, 3)):
                txt, cap = TA.long_task(rng, title)
                think = rng.randint(1500, 9000) if cap == "reasoning" else (rng.randint(500, 3000) if rng.random() < 0.3 else 0)
                out = rng.randint(3000, 12000) + think
                model = C.M25
                buf.ev(t, a.id, ip, a.client, model, txt, doc_toks + toks(txt) + 40, out, key=a.key, max_tokens=a.mt,
                       think=think, harvest=camp)
                t += C.latency(rng, model, min(out, a.mt)) + rng.randint(3, 14) * 1000
            t += rng.randint(3, 12) * C.MIN
    buf.flush()


# ---------------------------------------------------------------------------------------------------------------------
def dry_run_agents(w):
    """Agent-trajectory harvest through the real coding CLI in headless mode, with the tools answered by a simulator
    instead of a real machine. Accounts look like individual developers (aged, own cards, home-looking addresses,
    the genuine CLI user agent, system prompt and tool list, issue-style tasks written like developers write them)."""
    G, camp = "dry_run_agents", "dryrun"
    w.campaign(camp, G)
    rng = w.rng(G)
    buf = w.buf(G)

    def sim_ms(r_, k):
        return r_.randint(40, 420)

    for _ in range(w.n(60)):
        cc = rng.choices(["US", "CA", "GB", "DE", "NL", "PL", "SE", "FR", "IE", "ES"], weights=[35, 8, 12, 12, 6, 8, 5, 6, 3, 5])[0]
        first, last = PP.person(rng, cc)
        aid = w.account(rng, G, C.WIN_START - rng.randint(60, 400) * C.DAY - rng.randint(0, C.DAY), label="attack",
                        campaign=camp, country=cc,
                        email_domain=rng.choice(["gmail.com", "gmail.com", "proton.me", "fastmail.com", "outlook.com", "hey.com"]),
                        local=PP.local_part(rng, first, last, rng.choice(["fl", "nick99", "f.l", "flast", "f9"])), org=w.org(rng) if rng.random() < 0.5 else None,
                        pay=w.card(rng), channel="startup" if rng.random() < 0.1 else "standard", verified=rng.random() < 0.55)
        a = Actor(id=aid, key=w.key(rng), client=K.make(rng, "cli"))
        mc = ModelChooser(rng, [(C.M25, 85), (C.MSNAP, 15)], adopt_p=0.5, adopt_delay_h=(3, 60))
        days = sorted(rng.sample(range(DAYS), rng.randint(6, 10)))
        b24 = None
        for d in days:
            if b24 is None or rng.random() < 0.45:
                pool = w.net.proxy_pool.get(cc) or w.net.proxy_pool["US"]
                b24 = rng.choice(pool)[0]
                host = rng.randint(2, 254)
            ip = w.net.in24(rng, b24, host, host)
            for _s in range(rng.randint(2, 3)):
                t = C.WIN_START + d * C.DAY + rng.randint(0, C.DAY - 1)
                steps = rng.randint(12, 30)
                agent_loop(buf, rng, a, t, D.agent_task(rng), mc(rng, t), 32000, ip, CLI_SYSTEM, D.AGENT_TOOLS, steps,
                           sim_ms, think_p=1.0, think_rng=(300, 4000), outs=(120, 1500), calls=(1, 4), harvest=camp)
    buf.flush()


# ---------------------------------------------------------------------------------------------------------------------
UNITS = [["math", "stats"], ["physics"], ["coding_help"], ["chemistry"], ["logic", "math"], ["econ", "finance"],
         ["stats"], ["physics", "math"], ["coding_help", "logic"], ["chemistry", "physics"], ["finance", "math"],
         ["econ", "stats"]]
UNIT_LEN = 31 * C.HOUR
UNIT_T0 = C.WIN_START - 7 * C.HOUR


def unit_at(t):
    return UNITS[int((t - UNIT_T0) // UNIT_LEN) % len(UNITS)]


def syllabus_lockstep(w):
    """A curriculum scheduler behind ~130 consumer-looking accounts. Each account is its own person on paper (own card,
    sign-up months apart, home-ISP and phone addresses in its billing country, everyday clients, ordinary wording from
    the same phrasings real users use, local daytime sessions). A central curriculum moves every account to the next
    reasoning unit every 31 hours, and the whole fleet moves to the new model at the same hour."""
    G, camp = "syllabus_lockstep", "syllabus"
    rng = w.rng(G)
    pivot = C.RELEASE + 14 * C.HOUR
    w.campaign(camp, G, pivot_at=pivot)
    buf = w.buf(G)
    ccs = ["US", "GB", "CA", "AU", "IN", "DE", "PH", "NG", "BR", "MX", "ID", "PL", "ES", "FR", "ZA"]
    cw = [30, 8, 6, 6, 10, 6, 5, 4, 5, 4, 4, 3, 3, 3, 3]
    for _ in range(w.n(130)):
        cc = rng.choices(ccs, weights=cw)[0]
        tz = PP.pick_tz(rng, cc)
        first, last = PP.person(rng, cc)
        aid = w.account(rng, G, C.WIN_START - int(rng.uniform(30, 240) * C.DAY), label="attack", campaign=camp, country=cc,
                        email_domain=rng.choice(PP.COUNTRIES[cc][3]), local=PP.local_part(rng, first, last),
                        pay=w.card(rng), channel="education" if rng.random() < 0.08 else "standard",
                        verified=(rng.random() < 0.2) if rng.random() < 0.8 else None,
                        org=w.org(rng) if rng.random() < 0.5 else None)
        cl = K.consumer_client(rng)
        a = Actor(id=aid, key=w.key(rng), client=cl)
        pool = w.net.proxy_pool.get(cc) or w.net.proxy_pool["US"]
        b24 = rng.choice(pool)[0]
        mob = None
        if MOBILE_BY_COUNTRY.get(cc):
            mob = rng.choice(MOBILE_BY_COUNTRY[cc])
        mt = rng.choice([16000, 32000])
        think = rng.choice([4000, 8000, 12000, 16000])
        for d in range(DAYS):
            if rng.random() > 0.88:
                continue
            if rng.random() < 0.35:
                b24 = rng.choice(pool)[0]
            host = rng.randint(2, 254)
            for _s in range(rng.randint(1, 3)):
                t = C.at_local(d, C.local_hour(rng, "student"), tz)
                ip = cgnat(w, rng, mob) if (mob and rng.random() < 0.2) else w.net.in24(rng, b24, host, host)
                for _q in range(rng.randint(2, 6)):
                    unit = unit_at(t)
                    topic = rng.choice(unit) if rng.random() < 0.95 else rng.choice(E.TOPIC_NAMES)
                    model = C.M3 if (t >= pivot and rng.random() < 0.55) else C.M25
                    first_ = E.prompt(rng, topic)
                    t = converse(buf, rng, a, t, first_, rng.choice([1, 1, 1, 2]), model, mt, ip,
                                 think=think if rng.random() < 0.85 else 0, gap=(40, 240), harvest=camp, min_out=500)
                    t += rng.randint(30, 240) * 1000
    buf.flush()
