"""The ordinary customer population (label benign, hard false)."""

import world as W
import core as C
import benign_text as B
from lexicon import COMPANIES_A, COMPANIES_B


# ------------------------------------------------------------------ per-account addressing

def home_net(r, world, a, p_mobile=0.2, p_vpn=0.05, p_v6=0.12, p_tor=0.0):
    c = a.country
    blocks = world.isp[c]
    blk = blocks[-1] if r.random() < 0.1 else r.choice(blocks[:-1])
    hn = {"home": blk.ip(r), "p_mobile": p_mobile, "p_vpn": p_vpn, "p_tor": p_tor}
    if r.random() < 0.2:
        hn["home2"] = blk.ip(r)
        hn["switch"] = W.W0 + r.randrange(W.WINDOW_DAYS * W.DAY)
    v6p = blk.v6_prefix64(r)
    if v6p is not None and r.random() < p_v6 / 0.5:
        hn["v6"] = v6p
    if r.random() < p_vpn:
        hn["vpn_user"] = True
        hn["vpn_c"] = r.choice(["US", "NL", "GB", "SG", "DE", "CH", "SE"])
    a.extra["net"] = hn


def session_ip(r, world, a, ts):
    hn = a.extra["net"]
    if hn.get("vpn_user") and r.random() < 0.7:
        return world.vpn_ip(r, hn["vpn_c"])
    if hn["p_tor"] and r.random() < hn["p_tor"]:
        return r.choice(world.tor)
    if r.random() < hn["p_mobile"]:
        mb, cg = world.mobile[a.country]
        if mb.v6 is not None and r.random() < 0.3:
            return W.v6_addr(mb.v6_prefix64(r), r)
        return r.choice(cg)
    if "v6" in hn and r.random() < 0.5:
        return W.v6_addr(hn["v6"], r)
    if "home2" in hn and ts >= hn["switch"]:
        return hn["home2"]
    return hn["home"]


# ------------------------------------------------------------------ session runners

def chat_sessions(ctx, r, world, a, sampler, n_sess, first_fn, p_more=0.45, max_k=8, gap_s=(25, 300), p_new_q=0.3):
    think = a.extra.get("think", False)
    for _ in range(n_sess):
        ts = sampler.draw(r)
        ip = session_ip(r, world, a, ts)
        model = C.pick_model_benign(r, a, ts)
        k = 1
        while k < max_k and r.random() < p_more:
            k += 1
        ctxt = 0
        for i in range(k):
            if i == 0 or r.random() < p_new_q:
                t = first_fn(r)
            else:
                t = B.follow_up(r)
            if think and t["think"] is None and r.random() < 0.6:
                t["think"] = (150, 4000)
            it, ot = ctx.emit(r, a, ts, t, ip=ip, model=model, turns=1 + 2 * i, ctx_tokens=ctxt, think_ok=think)
            ctxt = it + ot
            ts += C.gap(r, *gap_s)
            if ts >= W.W1:
                break


def agent_sessions(ctx, r, world, a, sampler, n_sess, ipfn, steps=(6, 30)):
    for _ in range(n_sess):
        ts = sampler.draw(r)
        ip = ipfn(r, ts)
        model = C.pick_model_benign(r, a, ts)
        tools = r.choice(B.AGENT_TOOLS)
        ctxt = r.randrange(2000, 9000)
        n = r.randrange(*steps)
        for i in range(n):
            t = B.agent_step(r, tools, i == 0, 1 + 2 * i)
            if i == n - 1:
                t = dict(t, tc=0, stop="end_turn")
            it, ot = ctx.emit(r, a, ts, t, ip=ip, model=model, turns=1 + 2 * i, ctx_tokens=ctxt)
            ctxt = it + ot + r.randrange(150, 4000)
            ts += C.gap(r, 2, 30)
            if ts >= W.W1:
                break


# ------------------------------------------------------------------ population

def _created(r, young_p=0.12):
    if r.random() < young_p:
        return W.W0 + r.randrange(12 * W.DAY)
    return W.W0 - int(C.lognorm_int(r, 5.0, 1.0, 3, 1200) * W.DAY) - r.randrange(W.DAY)


def _person_account(ctx, r, world, group, persona, family_of=None):
    country = W.pick_country(r) if family_of is None else family_of.country
    created = _created(r, 0.12 if persona != "student" else 0.2)
    local = C.personal_local(r)
    lang_c = W.COUNTRIES[country][3]
    if persona == "student" and r.random() < 0.45:
        dom = "%s.edu" % r.choice(["mail.%s" % r.choice(["ridgeview", "lakemont", "harrowgate", "corvallis", "st-aldric",
                                                          "northbay", "valmont", "eastfield"]),
                                   "students.%s" % r.choice(["kellner", "oakhurst", "brightwater", "marlow"])])
        channel = "education"
    else:
        dom = C.personal_domain(r, country)
        channel = "standard" if r.random() < 0.95 else r.choice(["startup", "research"])
    if family_of is not None:
        pay = family_of.rec.get("payment_fingerprint")
    else:
        pay = W.pf(r) if r.random() < (0.65 if persona != "student" else 0.35) else None
    fam = {"consumer": ["console-chrome", "console-chrome", "console-safari", "console-firefox", None],
           "writer": ["console-chrome", "console-safari", "console-chrome", None],
           "student": ["console-chrome", "console-chrome", "console-safari", None],
           "developer": [None, None, "vega-code", "vega-python", "vega-node"]}[persona]
    client = ctx.clients.stack(r, r.choice(fam))
    mt = r.choice([4096, 8192, 16000, 32000, 64000]) if persona == "developer" else None
    a = ctx.account(r, group, "benign", None, False, created, country=country, email_domain=dom, local=local,
                    payment=pay, billing=country if pay and r.random() < 0.97 else None, channel=channel,
                    verified=(r.random() < 0.3) if r.random() < 0.9 else None, n_keys=r.choice([1, 1, 1, 2, 3]),
                    client=client, mt=mt)
    a.extra["lang"] = lang_c
    if family_of is not None:
        a.extra["net"] = dict(family_of.extra["net"])
    else:
        home_net(r, world, a, p_mobile=0.25 if persona in ("consumer", "student") else 0.1,
                 p_tor=0.02 if r.random() < 0.01 else 0.0)
    return a


def build(ctx, world, n_total):
    r = ctx.rng("benign-pop")
    n_ent = int(n_total * 0.09)
    n_app = int(n_total * 0.07)
    n_dev = int(n_total * 0.19)
    n_stu = int(n_total * 0.09)
    n_wri = int(n_total * 0.12)
    n_con = n_total - n_ent - n_app - n_dev - n_stu - n_wri

    # consumers ------------------------------------------------------
    prev = None
    for i in range(n_con):
        fam = prev if (prev is not None and r.random() < 0.04) else None
        a = _person_account(ctx, r, world, "benign_consumer", "consumer", family_of=fam)
        prev = a
        a.extra["think"] = r.random() < 0.08
        C.adoption(r, a, 0.3, 60)
        active = [1.0 if r.random() < 0.45 else 0.0 for _ in range(W.WINDOW_DAYS)]
        if sum(active) == 0:
            active[r.randrange(W.WINDOW_DAYS)] = 1.0
        s = W.Sampler("consumer", a.tz, t_from=max(W.W0, a.created + W.MIN), day_mask=active)
        if not s.ok():
            s = W.Sampler("flat", a.tz, t_from=max(W.W0, a.created + W.MIN))
        lang_c = a.extra["lang"]
        chat_sessions(ctx, r, world, a, s, C.lognorm_int(r, 1.8, 0.9, 1, 90),
                      lambda rr: B.chat(rr, lang_c) if rr.random() < 0.8 else B.writing(rr))

    # writers --------------------------------------------------------
    for i in range(n_wri):
        a = _person_account(ctx, r, world, "benign_writer", "writer")
        C.adoption(r, a, 0.35, 48)
        s = W.Sampler(r.choice(["worker", "consumer"]), a.tz, t_from=max(W.W0, a.created + W.MIN))
        chat_sessions(ctx, r, world, a, s, C.lognorm_int(r, 1.7, 0.8, 1, 70),
                      lambda rr: B.writing(rr) if rr.random() < 0.75 else B.chat(rr), p_more=0.55)

    # students -------------------------------------------------------
    for i in range(n_stu):
        a = _person_account(ctx, r, world, "benign_student", "student")
        a.extra["think"] = r.random() < 0.25
        C.adoption(r, a, 0.25, 72)
        if a.rec.get("signup_channel") == "education" and r.random() < 0.6:
            a.extra["net"]["campus"] = world.edu[a.country].ip(r)
        s = W.Sampler("student", a.tz, t_from=max(W.W0, a.created + W.MIN))
        campus = a.extra["net"].get("campus")
        if campus:
            a.extra["net"]["p_mobile"] = 0.15
        before = len(ctx.events)
        chat_sessions(ctx, r, world, a, s, C.lognorm_int(r, 1.3, 0.8, 1, 50),
                      lambda rr: B.student(rr) if rr.random() < 0.8 else B.chat(rr), p_more=0.5)
        if campus:
            # some of their traffic comes from the campus network
            for e in ctx.events[before:]:
                if r.random() < 0.4:
                    e["ip"] = campus

    # developers -----------------------------------------------------
    for i in range(n_dev):
        a = _person_account(ctx, r, world, "benign_developer", "developer")
        a.extra["think"] = r.random() < 0.3
        C.adoption(r, a, 0.5, 20, share=(0.6, 1.0))
        s = W.Sampler("dev", a.tz, t_from=max(W.W0, a.created + W.MIN))
        chat_sessions(ctx, r, world, a, s, C.lognorm_int(r, 2.1, 0.8, 1, 140),
                      lambda rr: B.coding_help(rr) if rr.random() < 0.8 else B.chat(rr), p_more=0.5, gap_s=(30, 400))
        if a.client[0].startswith("vega-code") or r.random() < 0.08:
            ua = ctx.clients.stack(r, "vega-code")
            dev_box = world.cloud_block(r).ip(r) if r.random() < 0.3 else None

            def ipfn(rr, ts, a=a, dev_box=dev_box):
                return dev_box if dev_box and rr.random() < 0.5 else session_ip(rr, world, a, ts)
            a.client = ua
            agent_sessions(ctx, r, world, a, s, C.lognorm_int(r, 1.2, 0.7, 1, 25), ipfn)

    # small apps -----------------------------------------------------
    for i in range(n_app):
        country = W.pick_country(r)
        created = _created(r, 0.06)
        kind, sysp, co = B.app_family(r)
        dom = "%s%s.%s" % (r.choice(COMPANIES_A).lower(), r.choice(["app", "hq", "ly", "labs", "io", "shop"]),
                           r.choice(["com", "io", "co", "app", "dev"]))
        fam = r.choice(["vega-python", "vega-node", "requests", "go", "okhttp", "openai-compat", "langchain", "httpx"])
        a = ctx.account(r, "benign_app", "benign", None, False, created, country=country, email_domain=dom,
                        local=r.choice(["dev", "admin", "founders", "hello", "ops"]) if r.random() < 0.5 else C.personal_local(r),
                        payment=W.pf(r), billing=country, channel=r.choice(["standard", "standard", "startup", "startup",
                                                                           "enterprise", "reseller"]),
                        verified=r.random() < 0.6, n_keys=r.choice([1, 1, 2, 3, 5]), client=ctx.clients.stack(r, fam),
                        mt=r.choice([256, 512, 1024, 1024, 2048]))
        a.extra["pinned"] = r.choice([W.MODEL_LITE, W.MODEL_LITE, W.MODEL_OLD, W.MODEL_LEGACY])
        C.adoption(r, a, 0.1, 96, share=(0.05, 0.3))
        blk = world.cloud_block(r, r.choice([None, country]))
        ips = [blk.ip(r) for _ in range(r.randrange(1, 5))]
        n = C.lognorm_int(r, 5.0, 1.0, 20, 2600)
        s = W.Sampler(r.choice(["consumer", "worker", "flatish"]), a.tz, t_from=max(W.W0, a.created + W.HOUR))
        appsys = sysp if r.random() < 0.9 else None
        for j in range(n):
            ts = s.draw(r)
            t = B.app_request(r, kind)
            if appsys:
                t["sys"] = appsys
            turns = 1 if kind not in ("support", "faq") else r.choice([1, 1, 3, 5])
            ctx.emit(r, a, ts, t, ip=r.choice(ips), model=C.pick_model_benign(r, a, ts), turns=turns,
                     ctx_tokens=0 if turns == 1 else r.randrange(100, 1500))

    # sign-ups that never made a request (accounts.jsonl only) -------
    for i in range(int(n_total * 0.025)):
        country = W.pick_country(r)
        ctx.account(r, "benign_idle", "benign", None, False, _created(r, 0.5), country=country,
                    email_domain=C.personal_domain(r, country), local=C.personal_local(r),
                    payment=W.pf(r) if r.random() < 0.3 else None, billing=country if r.random() < 0.3 else None,
                    channel=r.choice(["standard", "standard", "education", "startup"]), verified=False,
                    client=ctx.clients.stack(r))

    # enterprise orgs ------------------------------------------------
    made = 0
    oi = 0
    while made < n_ent:
        size = min(n_ent - made, r.choice([2, 2, 3, 4, 5, 6, 8, 10, 12, 15, 20, 25]))
        oi += 1
        country = W.pick_country(r)
        tz = W.tz_for(r, country)
        org = ctx.ids.new(r, "org_", 8)
        dom = "%s%s.%s" % (r.choice(COMPANIES_A).lower(), r.choice(COMPANIES_B).lower().replace(" ", "").replace("&", "and"),
                           r.choice(["com", "co", "net", "io", "de", "co.uk", "com.br", "fr", "in"]))
        card = W.pf(r)
        if r.random() < 0.6:
            office_blk = ctx.net.provider(country, "enterprise", n16=1, listed=False)[0]
            c3 = r.randrange(256)
            ctx.net.list24(office_blk, c3, org="%s egress" % dom.split(".")[0].title())
            office = [office_blk.ip_in24(c3, r) for _ in range(r.randrange(1, 3))]
        else:
            office = [world.isp_ip(r, country, listed_only=True) for _ in range(r.randrange(1, 3))]
        org_created = W.W0 - C.lognorm_int(r, 5.5, 0.8, 20, 1500) * W.DAY
        fam = r.choice(["console-chrome", "vega-python", "console-chrome", "console-safari"])
        for k in range(size):
            created = org_created + r.randrange(max(1, W.W0 - org_created - W.DAY))
            a = ctx.account(r, "benign_enterprise", "benign", None, False, created, country=country, tz=tz,
                            email_domain=dom, local=C.personal_local(r), payment=card, billing=country,
                            channel="enterprise" if r.random() < 0.7 else "standard", verified=r.random() < 0.85,
                            org=org, client=ctx.clients.stack(r, fam))
            home_net(r, world, a, p_mobile=0.05)
            C.adoption(r, a, 0.3, 40)
            s = W.Sampler("worker", tz, t_from=max(W.W0, a.created + W.MIN))
            before = len(ctx.events)
            chat_sessions(ctx, r, world, a, s, C.lognorm_int(r, 1.9, 0.8, 1, 100), B.enterprise_staff, p_more=0.4)
            for e in ctx.events[before:]:
                if r.random() < 0.75:
                    e["ip"] = r.choice(office)
            made += 1
