"""The ordinary population: most accounts, most countries, no campaign."""
from common import (SEC, MIN, HOUR, DAY, WINDOW_START, WINDOW_END, RELEASE_MS, NEW_MODEL, MAIN_MODEL,
                    LITE_MODEL, OLD_MODEL, ms_of, pick, wpick, lgn, ilgn, poisson, shape_of)
from world import (ORD_COUNTRIES, COUNTRIES, UNIVERSITIES, DEV_FAMS, CONSUMER_FAMS, client, consumer_domain,
                   local_shape, company_domain, tz_of, lang_of)
from engine import HumanNet, sample_time, conversation, single, agent_loop, adopt_new, local_hour
import text

ORDINARY_GROUPS = ["ord_consumer", "ord_developer", "ord_writer", "ord_student", "ord_smallapp", "ord_researcher"]


def created_time(rng, recent=0.2, during=0.08):
    r = rng.random()
    if r < during:
        return WINDOW_START + rng.randrange(12 * DAY)
    if r < during + recent:
        return WINDOW_START - rng.randrange(1, 45) * DAY + rng.randrange(DAY)
    return ms_of(2023, 6, 1) + rng.randrange(WINDOW_START - 45 * DAY - ms_of(2023, 6, 1))


def base_model(rng):
    return wpick(rng, [(MAIN_MODEL, 68), (LITE_MODEL, 26), (OLD_MODEL, 6)])


def pay_personal(g, w, rng, cc):
    r = rng.random()
    if r < 0.70:
        return w.pay.bank_card(rng, cc)
    if r < 0.75:
        return w.pay.wallet(rng)
    if r < 0.78:
        return w.pay.card(pick(rng, w.pay.virtual_bins), rng)
    if r < 0.783:
        # an ordinary privacy-minded person on the same prepaid virtual-card issuer the farms use
        return w.pay.card(pick(rng, w.pay.prepaid_bins), rng)
    return None


def sdk_cap(rng, fam):
    if fam in ("chrome", "safari", "firefox"):
        return pick(rng, [4096, 4096, 8192, 2048])
    if fam == "curl":
        return pick(rng, [256, 512, 1024, 1024])
    if fam in ("openai-py", "openai-node", "litellm") and rng.random() < 0.4:
        return None
    return pick(rng, [1024, 1024, 2048, 4096, 4096, 8192])


def think_small(rng):
    return ilgn(rng, 1200, 0.8, 60, 12000)


# ---------------------------------------------------------------- consumers

def build_consumers(ctx, n_base=1300):
    w = ctx.world
    g = ctx.group("ord_consumer", "benign")
    rng = g.rng
    n = ctx.n(n_base)
    travellers = 0
    for i in range(n):
        cc = wpick(rng, ORD_COUNTRIES)
        tz = tz_of(rng, cc)
        a = g.new_account(created_time(rng))
        a.country = cc if rng.random() > 0.03 else None
        a.email_domain = consumer_domain(rng, cc)
        a.shape = local_shape(rng)
        a.payment = pay_personal(g, w, rng, cc)
        a.channel = "standard" if rng.random() > 0.04 else None
        a.verified = rng.random() < 0.25 if rng.random() > 0.1 else None
        g.new_key(a)
        if rng.random() < 0.2:
            g.new_key(a)
        if rng.random() < 0.005:
            a.in_file = False  # account record missing from the export
        fam = wpick(rng, CONSUMER_FAMS)
        cl = client(rng, fam)
        cl2 = client(rng, wpick(rng, CONSUMER_FAMS)) if rng.random() < 0.25 else cl
        cap = sdk_cap(rng, fam)
        home = None
        if rng.random() < 0.006:
            # this household's router runs a bandwidth-sharing app: its address sits in a proxy-labelled /24
            prov = pick(rng, ["Meshpool", "Homegate"])
            if (prov, cc) in w.net.resi:
                home = pick(rng, w.net.resi[(prov, cc)])
        hn = HumanNet(rng, w.net, cc, tz, mobile_share=lgn(rng, 0.3, 0.6, 0.0, 0.9),
                      vpn_share=(lgn(rng, 0.6, 0.3, 0.2, 1.0) if rng.random() < 0.05 else 0.0), home_range=home)
        lang = lang_of(cc)
        native = lang != "en" and rng.random() < 0.65
        model0 = base_model(rng)
        eager = pick(rng, [0, 0, 0, 0.2, 0.4, 0.7])
        lo = max(WINDOW_START, a.created + 5 * MIN)
        if lo >= WINDOW_END - HOUR:
            continue
        n_sess = 1 + poisson(rng, lgn(rng, 3.0, 0.9, 0.2, 40))
        travel = None
        if travellers < 3 * ctx.k and rng.random() < 0.004:
            travellers += 1
            travel = (pick(rng, ["RU", "IR", "CU", "BY"]), WINDOW_START + rng.randrange(3, 9) * DAY)
        for _ in range(n_sess):
            t = sample_time(rng, lo, WINDOW_END, tz, "consumer", "consumer")
            ip = hn.ip(rng, t)
            if travel and travel[1] <= t < travel[1] + 4 * DAY:
                ip = w.net.mobile[travel[0]][0].cgnat(rng) if w.net.mobile.get(travel[0]) else w.net.isp[travel[0]][0].host(rng)
            model = NEW_MODEL if adopt_new(rng, t, eager) else model0
            c = cl if rng.random() < 0.8 else cl2
            kind = wpick(rng, [("chat", 55), ("write", 15), ("rewrite", 8), ("translate", 4), ("vision", 5),
                               ("math", 4), ("homework", 4), ("summ", 3), ("code", 2)])
            nt = 1
            while rng.random() < 0.45 and nt < 9:
                nt += 1
            if kind == "chat":
                first = text.foreign(rng, lang) if native and rng.random() < 0.8 else text.chat(rng)
                fk = "chat"
            elif kind == "write":
                first, fk = text.writing(rng), "write"
            elif kind == "rewrite":
                first, fk = text.rewrite(rng), "write"
            elif kind == "translate":
                first, fk = text.translate(rng), "chat"
            elif kind == "vision":
                first, fk = text.vision(rng), "chat"
            elif kind == "math":
                first, fk = text.math_q(rng), "math"
            elif kind == "homework":
                first, fk = text.homework(rng), "chat"
            elif kind == "summ":
                first, fk = text.summarize(rng), "chat"
            else:
                first, fk = text.coding(rng), "code"
            prompts = [first] + [text.followup(rng, fk) if not native or rng.random() < 0.5 else text.foreign(rng, lang)
                                 for _ in range(nt - 1)]
            think = think_small if (kind == "math" and model != LITE_MODEL and rng.random() < 0.3) else None
            conversation(g, a, t, prompts, ip=ip, client=c, model=model, cap=cap,
                         out_med={"chat": 260, "write": 380, "rewrite": 300, "summ": 220, "code": 500}.get(kind, 300),
                         think=think, image_first=(kind == "vision"), gap_med=ilgn(rng, 60, 0.5, 10, 400) * SEC)
    return g


# ---------------------------------------------------------------- developers

def build_developers(ctx, n_base=900):
    w = ctx.world
    g = ctx.group("ord_developer", "benign")
    rng = g.rng
    n = ctx.n(n_base)
    orgs = []  # small companies: (org_id, domain, payment, office ip, cc)
    for i in range(n):
        cc = wpick(rng, ORD_COUNTRIES)
        tz = tz_of(rng, cc)
        a = g.new_account(created_time(rng, recent=0.15, during=0.05))
        a.country = cc
        office = None
        if rng.random() < 0.35:
            if orgs and rng.random() < 0.45:
                org = pick(rng, orgs)
                cc = org[4]
                a.country = cc
                tz = tz_of(rng, cc)
            else:
                oid = "org_" + "%010x" % rng.getrandbits(40)
                dom = company_domain(rng)
                pay = w.pay.bank_card(rng, cc) if rng.random() < 0.7 else w.pay.sepa(rng)
                ent = w.net.enterprise("dev-" + oid, dom.split(".")[0].capitalize() + " office", cc, listed=rng.random() < 0.5)
                org = (oid, dom, pay, ent.host(rng), cc)
                orgs.append(org)
            a.org = org[0]
            a.email_domain = org[1]
            a.shape = local_shape(rng, pick(rng, ["first.last", "flast", "nick", "nick"]))
            a.payment = org[2] if rng.random() < 0.8 else w.pay.bank_card(rng, cc)
            office = org[3]
            a.channel = wpick(rng, [("standard", 60), ("startup", 25), ("enterprise", 15)])
            a.verified = rng.random() < 0.7
        else:
            a.email_domain = consumer_domain(rng, cc)
            a.shape = local_shape(rng)
            a.payment = pay_personal(g, w, rng, cc)
            a.channel = wpick(rng, [("standard", 90), ("startup", 5), ("research", 3), ("education", 2)])
            a.verified = rng.random() < 0.35
        for _ in range(1 + (rng.random() < 0.4) + (rng.random() < 0.15)):
            g.new_key(a)
        fam = wpick(rng, DEV_FAMS)
        cl = client(rng, fam)
        uses_agent = rng.random() < 0.4
        agent_cl = client(rng, "aster-code")
        cap = sdk_cap(rng, fam)
        cloud = None
        if rng.random() < 0.18:
            prov = pick(rng, ["Nimbus Cloud Services", "Ionforge Cloud", "Bytehaven Hosting", "Cirrus Host GmbH", "Skyrail Datacenters"])
            cloud = w.net.host_pool(rng, [prov], 1)[0]
        hn = HumanNet(rng, w.net, cc, tz, mobile_share=0.08, vpn_share=(0.5 if rng.random() < 0.06 else 0.0),
                      work=office, work_share=0.85 if office else 0.0, cloud=cloud, cloud_share=0.35 if cloud else 0.0)
        model0 = wpick(rng, [(MAIN_MODEL, 75), (LITE_MODEL, 20), (OLD_MODEL, 5)])
        eager = pick(rng, [0, 0.1, 0.3, 0.5, 0.8])
        lo = max(WINDOW_START, a.created + 10 * MIN)
        if lo >= WINDOW_END - HOUR:
            continue
        n_sess = 1 + poisson(rng, lgn(rng, 9, 0.8, 1, 90))
        for _ in range(n_sess):
            t = sample_time(rng, lo, WINDOW_END, tz, "dev", "dev")
            ip = hn.ip(rng, t)
            model = NEW_MODEL if adopt_new(rng, t, eager) else model0
            kind = wpick(rng, [("code1", 30), ("codeconv", 26), ("agent", 15 if uses_agent else 0), ("chat", 8),
                               ("data", 5), ("reason", 5), ("summ", 4), ("rewrite", 2)])
            if kind == "agent":
                steps = ilgn(rng, 9, 0.7, 2, 60)
                agent_loop(g, a, t, text.dev_agent_task(rng), ["bash", "read_file", "edit_file", "write_file", "glob", "grep"],
                           steps, ip=ip, client=agent_cl, model=model if model != LITE_MODEL else MAIN_MODEL,
                           system="You are aster-code, a coding agent working in the user's repository.",
                           cap=pick(rng, [16000, 32000]), step_gap_med=ilgn(rng, 5000, 0.5, 1000, 30000),
                           result_med=900, final_med=300, calls_max=3,
                           think=(think_small if rng.random() < 0.3 else None), nudge_p=0.05)
            elif kind == "code1":
                n1 = 1 + poisson(rng, 1.2)
                tt = t
                for _ in range(n1):
                    tt = single(g, a, tt, text.coding(rng), ip=ip, client=cl, model=model, cap=cap, out_med=550,
                                think=(think_small if rng.random() < 0.1 and model != LITE_MODEL else None))
                    tt += ilgn(rng, 4 * MIN, 1.0, 10 * SEC, 2 * HOUR)
            elif kind == "codeconv":
                nt = 2 + poisson(rng, 1.5)
                prompts = [text.coding(rng)] + [text.followup(rng, "code") for _ in range(nt - 1)]
                conversation(g, a, t, prompts, ip=ip, client=cl, model=model, cap=cap, out_med=600, gap_med=90 * SEC)
            elif kind == "chat":
                conversation(g, a, t, [text.chat(rng)] + [text.followup(rng, "chat") for _ in range(poisson(rng, 0.8))],
                             ip=ip, client=cl, model=model, cap=cap)
            elif kind == "data":
                single(g, a, t, text.datagen_benign(rng), ip=ip, client=cl, model=model, cap=cap or 4096, out_med=900)
            elif kind == "reason":
                single(g, a, t, text.math_q(rng) if rng.random() < 0.6 else text.sci_problem(rng), ip=ip, client=cl,
                       model=model if model != LITE_MODEL else MAIN_MODEL, cap=pick(rng, [4096, 8192, 16000]),
                       out_med=700, think=think_small)
            elif kind == "summ":
                single(g, a, t, text.summarize(rng), ip=ip, client=cl, model=model, cap=cap, out_med=250)
            else:
                single(g, a, t, text.rewrite(rng), ip=ip, client=cl, model=model, cap=cap, out_med=280)
    return g


# ---------------------------------------------------------------- writers

def build_writers(ctx, n_base=300):
    w = ctx.world
    g = ctx.group("ord_writer", "benign")
    rng = g.rng
    for i in range(ctx.n(n_base)):
        cc = wpick(rng, ORD_COUNTRIES)
        tz = tz_of(rng, cc)
        a = g.new_account(created_time(rng))
        a.country = cc
        a.email_domain = consumer_domain(rng, cc) if rng.random() < 0.8 else company_domain(rng)
        a.shape = local_shape(rng)
        a.payment = pay_personal(g, w, rng, cc) or w.pay.bank_card(rng, cc)
        a.channel = "standard"
        a.verified = rng.random() < 0.3
        g.new_key(a)
        fam = wpick(rng, [("chrome", 30), ("safari", 15), ("aster-python", 15), ("openai-py", 10), ("firefox", 5), ("aster-node", 5)])
        cl = client(rng, fam)
        cap = sdk_cap(rng, fam)
        hn = HumanNet(rng, w.net, cc, tz, mobile_share=0.15)
        model0 = wpick(rng, [(MAIN_MODEL, 80), (LITE_MODEL, 15), (OLD_MODEL, 5)])
        eager = pick(rng, [0, 0, 0.3, 0.5])
        lo = max(WINDOW_START, a.created + 10 * MIN)
        if lo >= WINDOW_END - HOUR:
            continue
        for _ in range(1 + poisson(rng, lgn(rng, 6, 0.7, 1, 40))):
            t = sample_time(rng, lo, WINDOW_END, tz, pick(rng, ["office", "consumer"]), "consumer")
            ip = hn.ip(rng, t)
            model = NEW_MODEL if adopt_new(rng, t, eager) else model0
            kind = wpick(rng, [("rewrite", 45), ("write", 35), ("summ", 10), ("chat", 10)])
            first = {"rewrite": text.rewrite, "write": text.writing, "summ": text.summarize, "chat": text.chat}[kind](rng)
            nt = 1 + poisson(rng, 1.3)
            prompts = [first] + [text.followup(rng, "write") for _ in range(nt - 1)]
            conversation(g, a, t, prompts, ip=ip, client=cl, model=model, cap=cap, out_med=420, gap_med=100 * SEC)
    return g


# ---------------------------------------------------------------- students

def build_students(ctx, n_base=450):
    w = ctx.world
    g = ctx.group("ord_student", "benign")
    rng = g.rng
    for i in range(ctx.n(n_base)):
        cc = wpick(rng, ORD_COUNTRIES)
        tz = tz_of(rng, cc)
        a = g.new_account(created_time(rng, recent=0.3))
        a.country = cc
        uni = None
        if rng.random() < 0.15:
            cands = [u for u in UNIVERSITIES if u[2] == cc and u[0] not in ("lakeshore", "eastvale")]
            if cands:
                uni = pick(rng, cands)
        if uni:
            a.email_domain = uni[3]
            a.shape = local_shape(rng, pick(rng, ["first.last", "flast", "first99", "aa9999"]))
            a.channel = "education"
            a.verified = True
            a.payment = None if rng.random() < 0.7 else w.pay.bank_card(rng, cc)
        else:
            a.email_domain = consumer_domain(rng, cc)
            a.shape = local_shape(rng)
            a.channel = "standard"
            a.verified = rng.random() < 0.15
            a.payment = pay_personal(g, w, rng, cc) if rng.random() < 0.6 else None
        g.new_key(a)
        fam = wpick(rng, [("chrome", 25), ("safari", 10), ("okhttp", 10), ("aster-python", 25), ("openai-py", 15), ("requests", 5)])
        cl = client(rng, fam)
        cap = sdk_cap(rng, fam)
        hn = HumanNet(rng, w.net, cc, tz, mobile_share=0.5,
                      work=(w.net.edu[uni[0]].host(rng) if uni else None), work_share=0.4 if uni else 0.0)
        lang = lang_of(cc)
        model0 = wpick(rng, [(MAIN_MODEL, 55), (LITE_MODEL, 40), (OLD_MODEL, 5)])
        lo = max(WINDOW_START, a.created + 10 * MIN)
        if lo >= WINDOW_END - HOUR:
            continue
        for _ in range(1 + poisson(rng, lgn(rng, 4, 0.8, 0.5, 30))):
            t = sample_time(rng, lo, WINDOW_END, tz, "student", "student")
            ip = hn.ip(rng, t)
            model = NEW_MODEL if adopt_new(rng, t, 0.3) else model0
            kind = wpick(rng, [("homework", 40), ("math", 35), ("chat", 15), ("write", 10)])
            if kind == "math":
                first = text.math_q(rng) if (lang == "en" or rng.random() < 0.6) else text.foreign(rng, lang)
                fk = "math"
            elif kind == "homework":
                first, fk = text.homework(rng), "chat"
            elif kind == "chat":
                first, fk = (text.foreign(rng, lang) if lang != "en" and rng.random() < 0.5 else text.chat(rng)), "chat"
            else:
                first, fk = text.writing(rng), "write"
            nt = 1 + poisson(rng, 1.1)
            prompts = [first] + [text.followup(rng, fk) for _ in range(nt - 1)]
            conversation(g, a, t, prompts, ip=ip, client=cl, model=model, cap=cap, out_med=450,
                         think=think_small if (kind == "math" and model != LITE_MODEL) else None, think_prob=0.25)
    return g


# ---------------------------------------------------------------- small app backends on clouds

def build_smallapps(ctx, n_base=220):
    w = ctx.world
    g = ctx.group("ord_smallapp", "benign")
    rng = g.rng
    provs = ["Nimbus Cloud Services", "Stratoscale Compute", "Cirrus Host GmbH", "Ionforge Cloud",
             "Bytehaven Hosting", "Skyrail Datacenters", "Quartz Edge Compute"]
    for i in range(ctx.n(n_base)):
        cc = wpick(rng, ORD_COUNTRIES)
        app = pick(rng, text.APP_KEYS)
        a = g.new_account(created_time(rng, recent=0.15, during=0.03))
        a.country = cc
        dom = company_domain(rng)
        a.email_domain = dom
        a.shape = pick(rng, ["aaaaa", "aaaa", "aaa", "aaaaaaa", "aaaa.aaaaa", "aaaaaa"])
        a.payment = w.pay.bank_card(rng, cc) if rng.random() < 0.8 else w.pay.sepa(rng)
        a.channel = wpick(rng, [("standard", 65), ("startup", 35)])
        a.verified = rng.random() < 0.6
        if rng.random() < 0.5:
            a.org = "org_" + "%010x" % rng.getrandbits(40)
        for _ in range(rng.randint(1, 3)):
            g.new_key(a)
        prov = pick(rng, provs)
        regions = [r for r in w.net.hosting[prov] if r.net.version == 4]
        region = pick(rng, regions)
        serverless = rng.random() < 0.3
        fixed = [region.host(rng) for _ in range(rng.randint(1, 3))]
        fam = wpick(rng, [("aster-node", 30), ("aster-python", 30), ("openai-py", 10), ("aster-go", 10), ("go", 5),
                          ("java", 5), ("openai-node", 10)])
        cl = client(rng, fam)
        model = wpick(rng, [(LITE_MODEL, 50), (MAIN_MODEL, 45), (OLD_MODEL, 5)])
        switch_at = (RELEASE_MS + rng.randrange(2 * DAY, 6 * DAY)) if rng.random() < 0.06 else None
        cap = pick(rng, [300, 500, 600, 800, 1024, 1024, 2048])
        sysp = text.APPS[app][0]
        users_tz = tz_of(rng, cc)
        per_day = lgn(rng, 4, 1.0, 0.5, 120)
        multi = app in ("tutor", "journal", "travel", "support", "astro")
        lo = max(WINDOW_START, a.created + HOUR)
        if lo >= WINDOW_END - DAY:
            continue
        days = (WINDOW_END - lo) / DAY
        for _ in range(max(1, poisson(rng, per_day * days))):
            t = sample_time(rng, lo, WINDOW_END, users_tz, "app", "app")
            ip = region.host(rng) if serverless else pick(rng, fixed)
            m = NEW_MODEL if (switch_at and t >= switch_at) else model
            _, p = text.app_prompt(rng, app)
            if multi and rng.random() < 0.35:
                conversation(g, a, t, [p] + [text.followup(rng, "chat") for _ in range(rng.randint(1, 3))], ip=ip,
                             client=cl, model=m, system=sysp, cap=cap, out_med=min(cap, 260))
            else:
                single(g, a, t, p, ip=ip, client=cl, model=m, system=sysp, cap=cap,
                       out_med=min(cap * 0.6, 30 if app == "classify" else 320))
    return g


# ---------------------------------------------------------------- researchers

def build_researchers(ctx, n_base=80):
    w = ctx.world
    g = ctx.group("ord_researcher", "benign")
    rng = g.rng
    for i in range(ctx.n(n_base)):
        uni = pick(rng, UNIVERSITIES[2:])
        cc = uni[2]
        tz = tz_of(rng, cc)
        a = g.new_account(created_time(rng, recent=0.1, during=0.02))
        a.country = cc
        a.email_domain = uni[3]
        a.shape = local_shape(rng, pick(rng, ["first.last", "flast", "first.last"]))
        a.channel = "research" if rng.random() < 0.7 else "standard"
        a.verified = True
        a.payment = w.pay.bank_card(rng, cc) if rng.random() < 0.5 else w.pay.invoice(rng)
        g.new_key(a)
        cl = client(rng, wpick(rng, [("aster-python", 50), ("openai-py", 20), ("httpx", 10), ("requests", 10), ("langchain", 10)]))
        campus = w.net.edu[uni[0]]
        lab_ip = campus.host(rng)
        hn = HumanNet(rng, w.net, cc, tz, mobile_share=0.05, work=lab_ip, work_share=0.8)
        lo = max(WINDOW_START, a.created + HOUR)
        if lo >= WINDOW_END - HOUR:
            continue
        model0 = MAIN_MODEL
        for _ in range(1 + poisson(rng, lgn(rng, 8, 0.6, 1, 40))):
            t = sample_time(rng, lo, WINDOW_END, tz, "office", "dev")
            ip = hn.ip(rng, t)
            model = NEW_MODEL if adopt_new(rng, t, 0.5) else model0
            kind = wpick(rng, [("data", 20), ("reason", 20), ("code", 25), ("summ", 25), ("chat", 10)])
            if kind == "data":
                single(g, a, t, text.datagen_benign(rng), ip=ip, client=cl, model=model, cap=4096, out_med=1000)
            elif kind == "reason":
                single(g, a, t, text.sci_problem(rng), ip=ip, client=cl, model=model, cap=8192, out_med=800, think=think_small)
            elif kind == "code":
                conversation(g, a, t, [text.coding(rng)] + [text.followup(rng, "code") for _ in range(poisson(rng, 1))],
                             ip=ip, client=cl, model=model, cap=4096, out_med=600)
            elif kind == "summ":
                single(g, a, t, text.summarize(rng), ip=ip, client=cl, model=model, cap=2048, out_med=300)
            else:
                single(g, a, t, text.chat(rng), ip=ip, client=cl, model=model, cap=2048)
        if rng.random() < 0.12:
            # one scripted batch (e.g. annotating a corpus for a paper) from the lab machine
            t = sample_time(rng, lo, WINDOW_END - 3 * HOUR, tz, "office", "dev")
            sysp = "Label the stance of the text as FAVOR, AGAINST or NONE. Answer with the label only."
            for _ in range(rng.randint(40, 160)):
                t = single(g, a, t, "Text: " + text.paragraph(rng, "personal", 2), ip=lab_ip, client=cl, model=model0,
                           system=sysp, cap=16, out_med=3, out_sig=0.1) + ilgn(rng, 900, 0.5, 200, 8000)
    return g


def build_dormant(ctx, n_base=150):
    """Accounts that exist but did nothing in the window (no truth rows)."""
    w = ctx.world
    g = ctx.group("ord_dormant", "benign")
    rng = g.rng
    for i in range(ctx.n(n_base)):
        cc = wpick(rng, ORD_COUNTRIES)
        a = g.new_account(created_time(rng, recent=0.1, during=0.1))
        a.country = cc
        a.email_domain = consumer_domain(rng, cc)
        a.shape = local_shape(rng)
        a.payment = pay_personal(g, w, rng, cc) if rng.random() < 0.5 else None
        a.channel = wpick(rng, [("standard", 90), ("education", 4), ("startup", 4), ("research", 2)])
        a.verified = rng.random() < 0.2
    return g


def build_all(ctx):
    build_consumers(ctx)
    build_developers(ctx)
    build_writers(ctx)
    build_students(ctx)
    build_smallapps(ctx)
    build_researchers(ctx)
    build_dormant(ctx)
