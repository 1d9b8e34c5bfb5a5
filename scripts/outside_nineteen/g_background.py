"""The ordinary population (benign, hard: false)."""
import common as C
import clients as K
import people as PP
from behave import Actor, Home, converse, agent_loop, dev_tool_ms, ModelChooser, day_of
from net import CLOUD_NEAR
from tk import toks
import t_everyday as E
import t_dev as D
import t_work as W

DAYS = 14
CLI_SYSTEM = ("You are tessera-code, an interactive coding assistant running in the user's terminal. You can read and edit "
              "files, run shell commands and search the codebase using the provided tools. Prefer small, reviewable changes. "
              "Ask before running destructive commands. Current working directory: the repository root.")
IDE_SYSTEM = ("You are the Tessera assistant inside the user's editor. Use the tools to inspect the open workspace. Answer "
              "concisely and propose edits as patches.")


def _created_before(rng, lo_days, hi_days):
    return C.WIN_START - int(rng.uniform(lo_days, hi_days) * C.DAY) - rng.randint(0, C.DAY)


def _default_mt(kind, rng):
    return {"console_chrome": rng.choice([4096, 8192, 8192]), "console_firefox": 8192, "console_safari": 8192,
            "desktop_app": rng.choice([2048, 4096, 4096, 8192]), "mobile_ios": rng.choice([1024, 2048]),
            "mobile_android": 2048, "py_sdk": rng.choice([1024, 1024, 2048, 4096]), "requests": 1024,
            "node_sdk": rng.choice([1024, 4096])}.get(kind, 4096)


# ---------------------------------------------------------------------------------------------------------------------
def everyday_users(w):
    G = "everyday_users"
    rng = w.rng(G)
    buf = w.buf(G)
    for _ in range(w.n(1950)):
        cc = PP.pick_country(rng)
        tz = PP.pick_tz(rng, cc)
        lang = PP.lang_of(cc)
        first, last = PP.person(rng, cc)
        local = PP.local_part(rng, first, last)
        dom = rng.choice(PP.COUNTRIES[cc][3])
        if rng.random() < 0.12:
            created = C.WIN_START + int(rng.uniform(0, 13.3) * C.DAY)
        else:
            created = C.WIN_START - int(min(rng.expovariate(1 / 220.0), 950) * C.DAY) - rng.randint(C.HOUR, C.DAY)
        student = rng.random() < 0.05
        aid = w.account(rng, G, created, country=cc, email_domain=dom, local=local,
                        org=w.org(rng) if rng.random() < 0.5 else None,
                        pay=w.card(rng) if rng.random() < 0.82 else None,
                        channel="education" if student else "standard",
                        verified=(rng.random() < 0.25) if rng.random() < 0.8 else None)
        cl = K.consumer_client(rng)
        phone = K.make(rng, rng.choice(["mobile_ios", "mobile_android"])) if rng.random() < 0.3 else None
        a = Actor(id=aid, key=w.key(rng), client=cl)
        home = Home(w, rng, cc, v6=0.55 if cc in ("US", "DE", "FR", "IN", "JP", "GB", "BE", "BR", "KR", "CA") else 0.2)
        vpn = rng.random() < 0.06
        mt = _default_mt(cl.kind, rng)
        think = rng.choice([2048, 4096, 8192]) if rng.random() < 0.1 else 0
        mc = ModelChooser(rng, [(C.M25, 45), (C.MFL, 40), (C.M21, 5), (C.MSNAP, 10)], adopt_p=0.25,
                          adopt_delay_h=(1, 200), new_share=(0.4, 0.9))
        likes = E.interests(rng)
        native = lang not in ("en",) and rng.random() < 0.35
        level = rng.choices([(0.06, 0.2), (0.25, 0.5), (0.55, 0.9)], weights=[55, 35, 10])[0]
        p_day = rng.uniform(*level)
        prof = "student" if student else "consumer"
        first_day = max(0, day_of(created + C.HOUR))
        for d in range(first_day, DAYS):
            if rng.random() > p_day * (1.15 if d % 7 >= 5 else 1.0):
                continue
            for _s in range(1 + (rng.random() < 0.3) + (rng.random() < 0.1)):
                t = C.at_local(d, C.local_hour(rng, prof), tz)
                if t < created + 5 * C.MIN:
                    t = created + rng.randint(5, 90) * C.MIN
                on_phone = phone is not None and rng.random() < 0.4
                client = phone if on_phone else cl
                if vpn and rng.random() < 0.7:
                    ip = w.net.vpn_exit(rng, rng.choice(["vpn_m247", "vpn_datacamp", "vpn_proton", "vpn_misc"]), cc)
                else:
                    ip = home.ip(rng, day_of(t), mobile=on_phone or (home.mobile and rng.random() < 0.08))
                model = mc(rng, t)
                if native and rng.random() < 0.6:
                    txt = E.foreign(rng, lang)
                    first_ = (txt, "chat", (150, 700)) if txt else E.prompt(rng, rng.choice(likes))
                elif client.kind in ("console_chrome", "desktop_app", "mobile_ios", "console_safari") and rng.random() < 0.05:
                    converse(buf, rng, a, t, (E.vision(rng), "vision", (120, 500)), 1, model, mt, ip, image=True, client=client)
                    continue
                else:
                    first_ = E.prompt(rng, rng.choice(likes))
                n = rng.choices([1, 2, 3, 4, 6, 9], weights=[48, 20, 12, 10, 7, 3])[0]
                th = think if (think and first_[1] == "reasoning") else 0
                converse(buf, rng, a, t, first_, n, model, _default_mt(client.kind, rng) if client is not cl else mt, ip,
                         think=th, client=client)
    buf.flush()


# ---------------------------------------------------------------------------------------------------------------------
def developers(w):
    G = "developers"
    rng = w.rng(G)
    buf = w.buf(G)
    for _ in range(w.n(560)):
        cc = PP.pick_country(rng)
        tz = PP.pick_tz(rng, cc)
        first, last = PP.person(rng, cc)
        local = PP.local_part(rng, first, last, rng.choice([None, "f.l", "fl", "nick99", "flast"]))
        if rng.random() < 0.4:
            dom = PP.company(rng, rng.choice(["Software", "Labs", "Systems", "Analytics", None]))[1]
            org = w.org(rng)
        else:
            dom = rng.choice(["gmail.com", "gmail.com", "gmail.com", "proton.me", "outlook.com", "fastmail.com", "hey.com"])
            org = w.org(rng) if rng.random() < 0.6 else None
        created = _created_before(rng, 20, 900)
        aid = w.account(rng, G, created, country=cc, email_domain=dom, local=local, org=org, pay=w.card(rng),
                        channel="startup" if rng.random() < 0.08 else "standard", verified=rng.random() < 0.5)
        cl = K.dev_client(rng)
        keys = [w.key(rng) for _ in range(rng.randint(1, 3))]
        a = Actor(id=aid, key=keys[0], client=cl)
        home = Home(w, rng, cc, v6=0.5)
        office = None
        if rng.random() < 0.3:
            office = w.net.in24(rng, w.net.block24(rng, rng.choice(PP_ISP(cc))))
        devbox = w.net.v4(rng, rng.choice(CLOUD_NEAR.get(cc, CLOUD_NEAR["US"]))) if rng.random() < 0.22 else None
        mc = ModelChooser(rng, [(C.M25, 70), (C.MFL, 15), (C.MSNAP, 15)], adopt_p=0.45, adopt_delay_h=(0.5, 60),
                          new_share=(0.5, 1.0))
        agentic = cl.kind in ("cli", "ide")
        approve_p = rng.uniform(0.2, 0.9)
        p_wd, p_we = rng.uniform(0.35, 0.9), rng.uniform(0.05, 0.35)
        night_owl = rng.random() < 0.15
        for d in range(DAYS):
            if rng.random() > (p_we if d % 7 >= 5 else p_wd):
                continue
            nsess = rng.choice([1, 1, 2, 2, 3]) if agentic else rng.randint(1, 2)
            for _s in range(nsess):
                hour = C.local_hour(rng, "dev")
                if night_owl:
                    hour = (hour + 5) % 24
                t = C.at_local(d, hour, tz)
                where = rng.random()
                ip = (office if (office and where < 0.5 and d % 7 < 5) else
                      devbox if (devbox and where > 0.8) else home.ip(rng, d))
                model = mc(rng, t)
                if agentic:
                    sysm, tools = (CLI_SYSTEM, D.AGENT_TOOLS) if cl.kind == "cli" else (IDE_SYSTEM, D.IDE_TOOLS)
                    steps = max(2, int(rng.lognormvariate(2.1, 0.6)))
                    t = agent_loop(buf, rng, a, t, D.agent_task(rng), model, 32000 if cl.kind == "cli" else 8192, ip, sysm,
                                   tools, min(steps, 45), dev_tool_ms(approve_p), think_p=0.4, interject_p=0.06,
                                   key=rng.choice(keys))
                    # a quick question between agent runs
                    if rng.random() < 0.3:
                        converse(buf, rng, a, t + rng.randint(1, 20) * C.MIN, D.prompt(rng), rng.randint(1, 3), model,
                                 8192, ip, key=rng.choice(keys))
                    continue
                if rng.random() < 0.05 and devbox:
                    # a scripted smoke test / prompt comparison from the dev box
                    base = D.ask(rng)
                    for i in range(rng.randint(15, 80)):
                        txt = base if rng.random() < 0.6 else D.ask(rng)
                        out = rng.randint(100, 900)
                        buf.ev(t, aid, devbox, cl, model, txt, toks(txt) + 40, out, key=keys[-1], max_tokens=1024,
                               system="You are a helpful assistant." if rng.random() < 0.5 else None)
                        t += C.latency(rng, model, out) + rng.randint(50, 2000)
                    continue
                for _q in range(rng.randint(1, 3)):
                    t = converse(buf, rng, a, t, D.prompt(rng), rng.choices([1, 2, 3, 5], weights=[50, 25, 15, 10])[0],
                                 model, rng.choice([1024, 2048, 4096, 8192]), ip,
                                 think=rng.choice([0, 0, 0, 4096]), key=rng.choice(keys), gap=(30, 400), follow=D.follow)
                    t += rng.randint(2, 60) * C.MIN
    buf.flush()


def PP_ISP(cc):
    from net import ISP_BY_COUNTRY
    return ISP_BY_COUNTRY.get(cc) or ISP_BY_COUNTRY["US"]


# ---------------------------------------------------------------------------------------------------------------------
APP_WEIGHTS = {"support": 18, "meeting_notes": 8, "fridge_chef": 4, "cv_review": 5, "product_copy": 9, "tutor": 6,
               "nl2sql": 6, "catalog_tagger": 5, "kids_story": 3, "listing": 4, "itinerary": 4, "triage": 6,
               "journal": 4, "clause_explainer": 3, "news_translate": 4, "invoice_extract": 4, "docs_rag": 7,
               "review_summary": 4, "fitness": 3}
B2B = {"meeting_notes", "nl2sql", "triage", "invoice_extract", "docs_rag", "product_copy", "catalog_tagger", "news_translate",
       "review_summary", "listing", "clause_explainer"}


def app_backends(w):
    G = "app_backends"
    rng = w.rng(G)
    buf = w.buf(G)
    kinds = sorted(APP_WEIGHTS)
    for _ in range(w.n(170)):
        kind = rng.choices(kinds, weights=[APP_WEIGHTS[k] for k in kinds])[0]
        spec = W.APPS[kind]
        cc = rng.choices(["US", "GB", "DE", "FR", "NL", "IN", "JP", "SG", "AU", "CA", "BR", "PL", "IE"],
                         weights=[40, 9, 8, 4, 3, 7, 4, 3, 4, 5, 4, 2, 2])[0]
        market_tz = PP.pick_tz(rng, cc)
        name, dom = PP.company(rng)
        created = _created_before(rng, 40, 600)
        org = w.org(rng)
        aid = w.account(rng, G, created, country=cc, email_domain=dom, local=rng.choice(["dev", "api", "ops", "admin", "platform", "eng"]) + ("" if rng.random() < 0.6 else "+tessera"),
                        org=org, pay=w.card(rng), channel=rng.choice(["standard", "standard", "startup"]), verified=rng.random() < 0.7)
        cl = K.backend_client(rng)
        if cl.kind == "rust" or rng.random() < 0.3:
            cl = K.Client(cl.kind, "%s/%d.%d.%d" % (name.split()[0].lower(), rng.randint(1, 6), rng.randint(0, 20), rng.randint(0, 9)), cl.fp)
        region = rng.choice(CLOUD_NEAR.get(cc, CLOUD_NEAR["US"]))
        ips = [w.net.v4(rng, region) for _ in range(rng.randint(1, 5))]
        key = w.key(rng)
        a = Actor(id=aid, key=key, client=cl)
        sys1 = W.app_system(rng, kind)
        sys2 = W.app_system(rng, kind) if rng.random() < 0.3 else sys1
        switch = C.WIN_START + rng.randint(1, 13) * C.DAY + rng.randint(0, C.DAY)
        model = rng.choices([C.M25, C.MFL, C.MSNAP, C.M21], weights=[30, 45, 15, 10])[0]
        move_at = C.RELEASE + int(rng.uniform(40, 200) * C.HOUR) if rng.random() < 0.15 else None
        mt = rng.choice(spec["mt"])
        base = min(380.0, rng.lognormvariate(2.75, 0.95))
        prof = "business" if kind in B2B else "consumer"
        wk_factor = 0.35 if kind in B2B else 1.1
        lo, hi = spec["out"]
        tmin, tmax = spec["turns"]
        img = spec.get("image", 0)
        for d in range(DAYS):
            n = int(base * (wk_factor if d % 7 >= 5 else 1.0) * rng.uniform(0.75, 1.25))
            done = 0
            while done < n:
                t = C.at_local(d, C.local_hour(rng, prof), market_tz)
                sysm = sys2 if t >= switch else sys1
                m = C.M3 if (move_at and t >= move_at) else model
                turns = rng.randint(tmin, tmax) if tmax > 1 and rng.random() < 0.5 else 1
                hist = toks(sysm)
                for k in range(turns):
                    txt = spec["inp"](rng)
                    inp = hist + toks(txt) + (rng.randint(1000, 1700) if (img and rng.random() < img) else 0)
                    out = rng.randint(lo, hi)
                    buf.ev(t, aid, rng.choice(ips), cl, m, txt, inp, out, key=key, system=sysm, turns=2 * k + 1,
                           max_tokens=mt, image=bool(img) and k == 0 and rng.random() < img)
                    hist = inp + out
                    t += C.latency(rng, m, out) + rng.randint(8000, 90000)
                    done += 1
    buf.flush()


# ---------------------------------------------------------------------------------------------------------------------
def small_teams(w):
    G = "small_teams"
    rng = w.rng(G)
    buf = w.buf(G)
    for _ in range(w.n(85)):
        cc = rng.choices(["US", "GB", "DE", "FR", "NL", "CA", "AU", "IN", "ES", "PL", "SE", "IE", "BR", "JP", "SG", "ZA"],
                         weights=[30, 10, 9, 5, 4, 6, 5, 7, 3, 3, 2, 2, 4, 3, 2, 2])[0]
        tz = PP.pick_tz(rng, cc)
        name, dom = PP.company(rng)
        org, card = w.org(rng), w.card(rng)
        base, size = w.net.enterprise(rng, name, cc, size=29) if rng.random() < 0.4 else (w.net.block24(rng, rng.choice(PP_ISP(cc))), 32)
        office = [w.net.in24(rng, base & ~0xFF, (base & 0xFF) + 1, (base & 0xFF) + (2 if size >= 29 else 254))]
        founded = _created_before(rng, 60, 700)
        devshop = rng.random() < 0.35
        for m in range(rng.randint(2, 8)):
            first, last = PP.person(rng, cc)
            local = PP.local_part(rng, first, last, rng.choice(["f.l", "fl", "flast"]) if m else "fl")
            created = founded + int(rng.uniform(0, (C.WIN_START - founded) / C.DAY) * C.DAY) if m else founded
            aid = w.account(rng, G, created, country=cc, email_domain=dom, local=local, org=org, pay=card,
                            channel="standard", verified=rng.random() < 0.6)
            cl = K.make(rng, rng.choice(["console_chrome", "console_chrome", "console_safari", "desktop_app", "py_sdk"])) \
                if not (devshop and rng.random() < 0.6) else K.dev_client(rng)
            a = Actor(id=aid, key=w.key(rng), client=cl)
            home = Home(w, rng, cc, v6=0.25)
            remote = rng.random() < 0.35
            mc = ModelChooser(rng, [(C.M25, 55), (C.MFL, 45)], adopt_p=0.3)
            p = rng.uniform(0.2, 0.75)
            for d in range(DAYS):
                if d % 7 >= 5 and rng.random() > 0.1:
                    continue
                if rng.random() > p:
                    continue
                t = C.at_local(d, C.local_hour(rng, "worker"), tz)
                ip = home.ip(rng, d) if (remote or rng.random() < 0.15) else office[0]
                for _q in range(rng.randint(1, 4)):
                    r = rng.random()
                    if devshop and r < 0.5:
                        first_ = D.prompt(rng)
                    elif r < 0.8:
                        first_ = (W.work(rng), "rewrite" if rng.random() < 0.4 else "chat", (200, 900))
                    else:
                        first_ = E.prompt(rng)
                    t = converse(buf, rng, a, t, first_, rng.choice([1, 1, 2, 3]), mc(rng, t), 4096, ip) + rng.randint(5, 120) * C.MIN
    buf.flush()


# ---------------------------------------------------------------------------------------------------------------------
UNIS = [("mit", "mit.edu", "US"), ("stanford", "stanford.edu", "US"), ("berkeley", "berkeley.edu", "US"),
        ("umich", "umich.edu", "US"), ("utoronto", "utoronto.ca", "CA"), ("oxford", "ox.ac.uk", "GB"),
        ("manchester", "manchester.ac.uk", "GB"), ("eth", "ethz.ch", "CH"), ("tum", "tum.de", "DE"),
        ("utokyo", "u-tokyo.ac.jp", "JP"), ("snu", "snu.ac.kr", "KR"), ("nkn", "iitb.ac.in", "IN"), ("usp", "usp.br", "BR"),
        ("aarnet", "unimelb.edu.au", "AU"), ("nus", "nus.edu.sg", "SG"), ("pionier", "uw.edu.pl", "PL")]


def researchers(w):
    G = "researchers"
    rng = w.rng(G)
    buf = w.buf(G)
    n = w.n(150)
    made = 0
    while made < n:
        op, dom, cc = rng.choice(UNIS)
        tz = PP.pick_tz(rng, cc)
        lab_card = w.card(rng) if rng.random() < 0.5 else None
        campus = [w.net.v4(rng, op) for _ in range(3)]
        for _m in range(rng.randint(1, 5)):
            made += 1
            first, last = PP.person(rng, cc)
            aid = w.account(rng, G, _created_before(rng, 10, 700), country=cc, email_domain=dom,
                            local=PP.local_part(rng, first, last, rng.choice(["f.l", "flast", "fl", "f9"])),
                            org=w.org(rng) if rng.random() < 0.7 else None, pay=lab_card or w.card(rng),
                            channel=rng.choice(["research", "education", "research", "standard"]), verified=rng.random() < 0.6)
            cl = K.make(rng, rng.choice(["py_sdk", "py_sdk", "console_chrome", "console_firefox", "desktop_app", "aiohttp"]))
            a = Actor(id=aid, key=w.key(rng), client=cl)
            home = Home(w, rng, cc)
            mc = ModelChooser(rng, [(C.M25, 70), (C.MSNAP, 20), (C.MFL, 10)], adopt_p=0.55, adopt_delay_h=(1, 48))
            p = rng.uniform(0.2, 0.7)
            for d in range(DAYS):
                if rng.random() > p * (0.4 if d % 7 >= 5 else 1.0):
                    continue
                t = C.at_local(d, C.local_hour(rng, "dev"), tz)
                ip = rng.choice(campus) if rng.random() < 0.7 else home.ip(rng, d)
                for _q in range(rng.randint(1, 4)):
                    r = rng.random()
                    first_ = (W.research(rng), "chat", (300, 1200)) if r < 0.55 else \
                        E.prompt(rng, rng.choice(E.REASONING_TOPICS)) if r < 0.75 else D.prompt(rng)
                    t = converse(buf, rng, a, t, first_, rng.choice([1, 2, 3]), mc(rng, t), 8192, ip,
                                 think=rng.choice([0, 0, 4096])) + rng.randint(5, 90) * C.MIN
            # a third run one experiment batch
            if rng.random() < 0.25:
                bd = rng.randint(0, DAYS - 1)
                t = C.at_local(bd, rng.uniform(9, 20), tz)
                src = rng.choice(campus) if rng.random() < 0.6 else w.net.v4(rng, rng.choice(CLOUD_NEAR.get(cc, CLOUD_NEAR["US"])))
                ann = rng.random() < 0.5
                sysm = W.G(rng, rng.choice(W.CODEBOOK)) if ann else None
                model = mc(rng, t)
                for i in range(rng.randint(80, 450)):
                    txt = W.annotation(rng, sysm) if ann else W.bench(rng)
                    th = rng.randint(200, 3000) if (not ann and rng.random() < 0.5) else 0
                    out = (rng.randint(8, 60) if ann else rng.randint(80, 700)) + th
                    buf.ev(t, aid, src, cl, model, txt, toks(txt) + toks(sysm or "") + 10, out, key=a.key, system=sysm,
                           max_tokens=256 if ann else 8192, think=th)
                    t += rng.randint(150, 2500) if rng.random() < 0.7 else C.latency(rng, model, out)
    buf.flush()


# ---------------------------------------------------------------------------------------------------------------------
def enterprise_staff(w):
    """Staff of large companies on enterprise contracts: SSO-provisioned accounts, one invoice instrument per org,
    managed browsers, corporate egress. The org list is shared with later groups (contractor guest seats)."""
    G = "enterprise_staff"
    rng = w.rng(G)
    buf = w.buf(G)
    ents = []
    for i in range(w.n(16)):
        cc = rng.choices(["US", "GB", "DE", "FR", "NL", "CA", "AU", "JP"], weights=[55, 10, 9, 5, 5, 6, 5, 5])[0]
        tz = PP.pick_tz(rng, cc)
        name, dom = PP.company(rng, rng.choice(["Insurance", "Bank", "Logistics", "Retail", "Health", "Energy", "Telecom",
                                                "Manufacturing", "Pharma", "Media", "Foods", "Mobility"]))
        own = rng.random() < 0.6
        zs = rng.random() < 0.3
        if zs:
            zkey = {"US": "zscaler_us", "GB": "zscaler_gb", "DE": "zscaler_eu", "FR": "zscaler_eu", "NL": "zscaler_eu"}.get(cc, "zscaler_us")
            egress = [w.net.v4(rng, zkey) for _ in range(rng.randint(3, 6))]
        else:
            base, size = w.net.enterprise(rng, name, cc, own_asn=rng.randint(393000, 399999) if own else None, size=26)
            egress = [w.net.in24(rng, base & ~0xFF, (base & 0xFF) + 1, (base & 0xFF) + (250 if own else 60)) for _ in range(rng.randint(2, 5))]
        internal_cloud = [w.net.v4(rng, rng.choice(CLOUD_NEAR.get(cc, CLOUD_NEAR["US"]))) for _ in range(2)]
        browser = K.Client("managed", K.chrome_ua(rng, "win"), K.fp("zscaler" if zs else "chromium"))
        tool = K.make(rng, rng.choice(["py_sdk", "node_sdk", "java", "dotnet"]))
        tool_sys = ("You are %s's internal assistant. Follow the company's acceptable-use policy. Do not reveal customer "
                    "personal data. Answer in the employee's language." % name.split()[0])
        e = dict(name=name, dom=dom, org=w.org(rng), card=w.card(rng), cc=cc, tz=tz, egress=egress, zs=zs,
                 rollout=_created_before(rng, 60, 400),
                 m3_day=rng.choice([None, None, 5, 7, 9, 11]))   # day the org allow-list adds the new model
        ents.append(e)
        n_staff = max(3, int(rng.lognormvariate(2.6, 0.5)))
        waves = sorted(e["rollout"] + int(rng.uniform(0, (C.WIN_START - e["rollout"]) / C.DAY) * C.DAY) for _ in range(3))
        for s in range(n_staff):
            first, last = PP.person(rng, cc)
            wave = rng.choice([e["rollout"]] + waves)
            aid = w.account(rng, G, wave + rng.randint(0, 50) * C.MIN, country=cc, email_domain=dom,
                            local=PP.local_part(rng, first, last, "f.l"), org=e["org"], pay=e["card"],
                            channel="enterprise", verified=True)
            a = Actor(id=aid, key=w.key(rng), client=browser)
            dev = rng.random() < 0.3
            p = rng.uniform(0.25, 0.85)
            for d in range(DAYS):
                if d % 7 >= 5 and rng.random() > 0.06:
                    continue
                if rng.random() > p:
                    continue
                allowed = [(C.M25, 60), (C.MFL, 40)]
                t = C.at_local(d, C.local_hour(rng, "worker"), tz)
                if e["m3_day"] is not None and d >= e["m3_day"]:
                    allowed.append((C.M3, 50))
                for _q in range(rng.randint(1, 5)):
                    model = rng.choices([m for m, _ in allowed], weights=[x for _, x in allowed])[0]
                    if dev and rng.random() < 0.6:
                        first_ = D.prompt(rng)
                    elif rng.random() < 0.8:
                        first_ = (W.work(rng), rng.choice(["chat", "rewrite"]), (200, 1000))
                    else:
                        first_ = E.prompt(rng, rng.choice(["writing", "rewrite", "travel", "finance", "career"]))
                    if rng.random() < 0.15:
                        # the internal tool on the company's cloud account, same key
                        t = converse(buf, rng, a, t, first_, 1, model, 2048, rng.choice(internal_cloud), system=tool_sys,
                                     sys_toks=toks(tool_sys), client=tool)
                    else:
                        t = converse(buf, rng, a, t, first_, rng.choice([1, 1, 2, 3]), model, 8192, rng.choice(egress))
                    t += rng.randint(3, 100) * C.MIN
    w.shared["enterprises"] = ents
    buf.flush()
