"""Benign look-alikes (hard=true): legitimate customers whose traffic resembles a campaign in some structural way."""
import clients
import net as NET
import people as P
import t_base as T
import t_special as S
from common import (DAY, HOUR, MIN, SEC, W0, W1, NDAYS, MONTH_RESET, local_to_utc, pick_hour, session_start,
                    wchoice, lognorm_int, poisson, tok, weekday)


def _acct(w, r, created, **kw):
    return w.account(r, created, hard=True, **kw)


# ------------------------------------------------------------------------------------------ trust & safety vendor
def trust_safety_vendor(w):
    """A content-moderation BPO: three offices in a follow-the-sun rota rewrite and score sensitive user posts."""
    w.begin("trust_safety_vendor")
    r = w.rng("tsv")
    org, pf, dom = w.org_id(r), w.pf(r), "halyardtrust.com"
    sys_prompt = ("You are the Halyard moderation assistant. Apply the client's community policy exactly as written. "
                  "Never repeat personal data. When rewriting, keep the author's legitimate meaning.")
    console = ("HalyardConsole/4.2.1 Chrome/126.0.6478.234 Electron/31.3.0", clients.STACKS["electron"])
    # office: (country, tz, isp key, shift start local hour, shift length, labelled in feed)
    offices = [("PH", "Asia/Manila", "pldt", 7.5, 8.5, True), ("PL", "Europe/Warsaw", "orangepl", 8.0, 8.5, True),
               ("KE", "Africa/Nairobi", "wananchi", 16.0, 9.5, False), ("PH", "Asia/Manila", "pldt", 21.5, 8.5, True)]
    for oi, (cc, tz, isp, start, length, feed) in enumerate(offices):
        nat = [w.net.rand4(r, isp) for _ in range(2)]
        if feed:
            for ip in nat:
                w.net.add_row(ip + "/32", 64910, "Halyard Trust Services office", cc, "enterprise")
        onboard = P.created_before(r, W0, 90, 700)
        for j in range(w.n(10) + r.randint(0, 3)):
            created = onboard + r.randint(0, 2 * HOUR) if r.random() < 0.7 else onboard + r.randint(5, 200) * DAY
            created = min(created, W0 - 3 * DAY)
            a = _acct(w, r, created, country=cc, org=org, email_domain=dom, local=P.local_part(r, "f.l"), pf=pf,
                      channel="enterprise", verified=True)
            off = r.sample(range(7), 2) if r.random() < 0.5 else [5, 6]
            for d in range(-1, NDAYS):
                if weekday(d) in off or r.random() < 0.06:
                    continue
                t = local_to_utc(tz, d, start + r.uniform(-0.2, 0.4))
                end = t + int(length * HOUR)
                n = lognorm_int(r, 13, 0.4, lo=3, hi=50)
                for k in range(n):
                    tt = t + int(r.uniform(0, length * HOUR))
                    if tt >= end:
                        continue
                    prompt, cap, o = S.ts_prompt(r)
                    w.emit(a, tt, r.choice(nat), console, "orrery-3.5-mini", prompt, tok(sys_prompt) + tok(prompt) + 4,
                           P.out_tokens(r, o, 0.4), system=sys_prompt, turns=1, max_tokens=1024)
    # two service accounts: the batch pre-classifier on a cloud worker pool
    ips = [w.net.cloud_ip(r, "gcp_eu") for _ in range(3)]
    cl = clients.make(r, "py-async")
    for j in range(2):
        a = _acct(w, r, P.created_before(r, W0, 200, 500), country="PL", org=org, email_domain=dom,
                  local="svc-classifier" + str(j + 1), pf=pf, channel="enterprise", verified=True)
        for d in range(NDAYS):
            for _ in range(poisson(r, 180 * w.k)):
                t = W0 + d * DAY + r.randint(0, DAY - 1)
                post = T.expand(r, "{ts_post}", S.V)
                prompt = "Policy: %s\nPost: %s\nReturn JSON {\"violation\": bool, \"severity\": 0-4, \"section\": str}." % (
                    r.choice(S.V["ts_topic"]), post)
                w.emit(a, t, r.choice(ips), cl, "orrery-3-mini", prompt, tok(prompt) + 30, r.randint(18, 40),
                       system="You are a strict content-policy classifier. Output JSON only.", max_tokens=256)
    w.end()


# ------------------------------------------------------------------------------------------ month-end close SaaS
def month_close_batch(w):
    """An accounting-automation SaaS: one API account per customer workspace; the close job starts for everyone at
    02:00 UTC on the 1st."""
    w.begin("month_close_batch")
    r = w.rng("close")
    org, pf, dom = w.org_id(r), w.pf(r), "ledgerline.io"
    ips = [w.net.cloud_ip(r, "aws_euw1") for _ in range(2)] + [w.net.cloud_ip(r, "aws_use1") for _ in range(2)]
    cl = ("orrery-python/1.8.2 async:asyncio ledgerline-worker/7.3", clients.STACKS["py311-aiohttp"])
    web = ("ledgerline-web/2026.10.3 orrery-ts/2.6.0", clients.STACKS["node20-undici"])
    sys_prompt = ("You are Ledgerline's close assistant. Use only the ledger data provided. Show calculations. "
                  "Amounts are in the entity's functional currency. If data is missing, say so.")
    close_start = MONTH_RESET + 2 * HOUR
    for j in range(w.n(22)):
        cc, tz = r.choice([("GB", "Europe/London"), ("US", "America/New_York"), ("DE", "Europe/Berlin"),
                           ("US", "America/Chicago"), ("NL", "Europe/Amsterdam"), ("US", "America/Los_Angeles"),
                           ("IE", "Europe/Dublin")])
        a = _acct(w, r, P.created_before(r, W0, 40, 600), country="GB", org=org, email_domain=dom,
                  local="ws-" + "".join(r.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(r.randint(4, 9))),
                  pf=pf, channel="enterprise", verified=True)
        ip = ips[j % len(ips)]
        size = r.lognormvariate(0, 0.5)
        for d in range(NDAYS):
            wd = weekday(d)
            base = 0 if wd >= 5 else lognorm_int(r, 9, 0.4) * size
            # last business days of October and first three of November: accountants work the close
            if d in (3, 4, 7, 8, 9):
                base *= r.uniform(2.5, 4.0)
            for _ in range(int(base)):
                t = local_to_utc(tz, d, pick_hour(r, "office"))
                prompt, cap, o = S.close_prompt(r)
                img = cap == "vision"
                w.emit(a, t, ip, web if r.random() < 0.5 else cl, "orrery-3.5", prompt,
                       tok(sys_prompt) + tok(prompt) + (1200 if img else 0), P.out_tokens(r, o, 0.5),
                       system=sys_prompt, image=img, max_tokens=4096, turns=1 if r.random() < 0.7 else 3)
        # the automated close run: variance and reconciliation prompts, thinking on, one job per workspace
        t = close_start + r.randint(0, 150) * SEC
        for k in range(int(lognorm_int(r, 140, 0.5, lo=30, hi=700) * size)):
            prompt, cap, o = S.close_prompt(r)
            if cap == "vision":
                continue
            th = r.randint(300, 3000) if cap == "reasoning" else 0
            w.emit(a, t, ip, cl, "orrery-3.5", prompt, tok(sys_prompt) + tok(prompt) + r.randint(200, 2500),
                   P.out_tokens(r, o, 0.4) + th, system=sys_prompt, max_tokens=8192, think=th)
            t += int(r.uniform(2, 25) * SEC)
    w.end()


# ------------------------------------------------------------------------------------------ spreadsheet add-on
def sheet_formula_fills(w):
    """Unrelated people using one spreadsheet add-on with their own keys: formula fills send bursts of templated
    prompts from the spreadsheet vendor's shared cloud egress with one user agent."""
    w.begin("sheet_formula_fills")
    r = w.rng("sheet")
    pool = [w.net.cloud_ip(r, "gas") for _ in range(40)]
    ua = ("Mozilla/5.0 (compatible; Google-Apps-Script; beanserver; +https://script.google.com; "
          "id: UAEmdDd-AKfycbzQ4rT7sheetsmith_v41)", clients.STACKS["gfe-appscript"])
    for j in range(w.n(58)):
        p = P.make_person(w, r, profile="office")
        created, t_min = P.created_before(r, W0, 10, 700), W0
        dom, loc = P.email(r, p.cc)
        if r.random() < 0.35:
            dom = r.choice(["shopnest", "brightleaf", "urbanpaws", "kiteandco", "leadforge", "northmarket"]) + r.choice(
                [".com", ".co", ".shop"])
            loc = P.local_part(r, r.choice(["f", "f.l", "il"]))
        a = _acct(w, r, created, country=p.cc, email_domain=dom, local=loc, pf=w.pf(r))
        templates = [S.sheet_template(r) for _ in range(r.randint(1, 3))]
        model = r.choice(["orrery-3.5-mini", "orrery-3-mini", "orrery-3.5-mini"])
        mt = r.choice([256, 512, 1024])
        history = []
        for _ in range(lognorm_int(r, 3, 0.7, lo=1, hi=16)):
            t = session_start(r, p.tz, "office")
            if history and r.random() < 0.18:
                prompts = r.choice(history)            # the sheet is reopened: every cell recalculates
            else:
                tm = r.choice(templates)
                prompts = [S.sheet_fill(r, tm) for _ in range(lognorm_int(r, 40, 0.9, lo=5, hi=700))]
                history.append(prompts)
            for k, pr in enumerate(prompts):
                if k % 10 == 0:
                    t += int(r.uniform(0.5, 3.0) * SEC)
                w.emit(a, t + r.randint(0, 900), r.choice(pool), ua, model, pr, tok(pr) + 3, r.randint(2, 70),
                       max_tokens=mt)
    w.end()


# ------------------------------------------------------------------------------------------ coworking on IPv6
def coworking_hub(w):
    """A Lisbon coworking space on one IPv6 /48: dozens of unrelated start-ups and freelancers whose laptops pick
    fresh privacy addresses every day inside the shared prefix."""
    w.begin("coworking_hub")
    r = w.rng("cowork")
    base48 = w.net.rand6(r, "meo", 48)
    vlans = [base48 | (r.getrandbits(16) << 64) for _ in range(4)]
    v4 = w.net.rand4(r, "meo")
    orgs = []
    for _ in range(w.n(18)):
        orgs.append((w.org_id(r) if r.random() < 0.6 else None, w.pf(r),
                     r.choice(["fieldnote", "tinyloop", "marisco", "atlantica", "sardinha", "bytecraft", "pombal",
                               "kuala", "tramline", "azulejo", "farol", "vinha"]) + r.choice([".io", ".pt", ".dev", ".co"])))
    for j in range(w.n(46)):
        o_id, o_pf, o_dom = r.choice(orgs)
        solo = r.random() < 0.3
        cc = "PT" if r.random() < 0.55 else r.choice(["ES", "DE", "GB", "US", "BR", "FR", "NL"])
        p = P.make_person(w, r, cc="PT", profile="dev", client="developer")
        p.think = r.random() < 0.3
        p.max_tokens = r.choice([8192, 16000, 32000])
        vlan = r.choice(vlans)
        iids = [[r.getrandbits(64) for _ in range(3)] for _ in range(NDAYS + 1)]
        if solo:
            dom, loc = P.email(r, cc)
            a = _acct(w, r, P.created_before(r, W0, 15, 600), country=cc, email_domain=dom, local=loc, pf=w.pf(r))
        else:
            a = _acct(w, r, P.created_before(r, W0, 15, 600), country="PT" if o_id else cc, org=o_id,
                      email_domain=o_dom, local=P.local_part(r, "f"), pf=o_pf if r.random() < 0.7 else w.pf(r),
                      channel="startup" if o_id and r.random() < 0.4 else "standard")
        cli = clients.make(r, "cli") if r.random() < 0.5 else None

        def on_site(rr, tt, vlan=vlan, iids=iids):
            d = max(0, min(NDAYS, (tt - W0) // DAY))
            if rr.random() < 0.25:
                return v4
            return NET.a6(vlan | iids[d][min(2, int(((tt - W0) % DAY) / (8 * HOUR)))])
        for d in range(NDAYS):
            if weekday(d) >= 5 and r.random() < 0.85:
                continue
            if r.random() < 0.2:
                continue
            for _ in range(lognorm_int(r, 3.2, 0.5, lo=1, hi=8)):
                h = r.uniform(9.5, 19.0) if r.random() < 0.8 else r.uniform(19.5, 23.5)
                t = local_to_utc("Europe/Lisbon", d, h)
                site = h < 19.2
                ipf = on_site if site else p.net_for_session(r, t, 0.1)
                if cli and r.random() < 0.5:
                    P.agent_loop(w, r, a, t, T.agent_task(r), r.choice(T.AGENT_TOOLS), lognorm_int(r, 10, 0.6, lo=2, hi=50),
                                 ipf, cli, lambda tt: p.model_at(r, tt), think=(200, 2000) if p.think else (0, 0),
                                 max_tokens=p.max_tokens, sys_prompt="You are an interactive CLI coding agent. Use the tools to inspect and change the user's repository. Be concise.")
                else:
                    isdev = r.random() < 0.6
                    first, o = T.dev(r) if isdev else T.work(r)[:2]
                    P.conversation(w, r, a, p, t, first, 1 + min(5, int(r.expovariate(0.7))), out_med=o, ipf=ipf,
                                   fu="dev" if isdev else "work")
    w.end()


# ------------------------------------------------------------------------------------------ commuter rail Wi-Fi
def commuter_train_wifi(w):
    """Commuters on the same trains every weekday: the train's Wi-Fi leaves through a mobile carrier and its public
    address changes every few minutes, so the same strangers share address after address."""
    w.begin("commuter_train_wifi")
    r = w.rng("train")
    trains = []
    for i in range(w.n(6)):
        carrier = r.choice(["ee", "ee", "vodauk"])
        dep_am = r.uniform(6.6, 8.3)
        dep_pm = r.uniform(16.8, 18.9)
        ride = r.uniform(0.7, 1.3)
        trains.append((carrier, dep_am, dep_pm, ride, w.rng("train-ip", i)))
    # the router's public address changes every 5-25 minutes as the train re-attaches to the carrier
    import bisect
    plans = []
    for carrier, _, _, _, rr in trains:
        times, ips, t = [], [], W0 - HOUR
        while t < W1:
            times.append(t)
            ips.append(w.net.cgnat(rr, carrier))
            t += int(rr.uniform(5, 25) * MIN)
        plans.append((times, ips))

    def train_ip(ti, t):
        times, ips = plans[ti]
        return ips[bisect.bisect_right(times, t) - 1]
    for j in range(w.n(52)):
        p = P.make_person(w, r, cc="GB", profile="consumer")
        p.office = [w.net.rand4(r, r.choice(["bt", "virgin", "zayo"]))]
        my = r.sample(range(len(trains)), 1 if r.random() < 0.7 else 2)
        dom, loc = P.email(r, "GB")
        a = _acct(w, r, P.created_before(r, W0, 10, 900), country="GB", email_domain=dom, local=loc, pf=w.pf(r),
                  verified=r.random() < 0.1)
        wfh = r.choice([0.1, 0.2, 0.4])
        for d in range(NDAYS):
            if weekday(d) >= 5:
                if r.random() < 0.3:
                    t = session_start(r, p.tz, "consumer", [d])
                    P.conversation(w, r, a, p, t, T.everyday(r)[0], r.randint(1, 3), mobile_share=0.4)
                continue
            if r.random() < wfh:
                continue
            ti = r.choice(my)
            carrier, am, pm, ride, _ = trains[ti]
            for dep in (am, pm):
                if r.random() < 0.88:
                    start = local_to_utc("Europe/London", d, dep + r.uniform(0.05, ride * 0.5))
                    end = local_to_utc("Europe/London", d, dep + ride)
                    casual = r.random() < 0.6
                    first, o = T.everyday(r) if casual else T.work(r)[:2]
                    P.conversation(w, r, a, p, start, first, r.randint(1, 8), out_med=o, gap=(20, 200),
                                   ipf=lambda rr, tt, ti=ti, end=end: train_ip(ti, min(tt, end)),
                                   fu="consumer" if casual else "work")
            if r.random() < 0.4:
                t = local_to_utc("Europe/London", d, r.uniform(9.5, 16.5))
                P.conversation(w, r, a, p, t, T.work(r)[0], r.randint(1, 3), fu="work")
    w.end()


# ------------------------------------------------------------------------------------------ tutoring franchise
def tutoring_franchise(w):
    """After-school learning centres of one franchise: one account per centre, one desktop app and system prompt,
    step-by-step maths with thinking, HQ's card paying for half of the centres."""
    w.begin("tutoring_franchise")
    r = w.rng("tutor")
    hq_org, hq_pf, dom = w.org_id(r), w.pf(r), "brightsteps-learning.com"
    app = ("BrightStepsTutor/3.1.4 (Windows NT 10.0; Electron 29.4.6)", clients.STACKS["electron"])
    towns = ["plano", "naperville", "edison", "irvine", "frisco", "cary", "bellevue", "fremont", "sugarland", "katy",
             "dublin", "parsippany", "schaumburg", "alpharetta", "overlandpark", "chandler", "gilbert", "mesa",
             "woodbury", "troy", "novi", "flushing", "bayside", "fairfax", "herndon", "mclean", "sunnyvale",
             "cupertino", "mississauga", "markham", "brampton", "oakville", "richmondhill", "surrey", "burnaby"]
    for j in range(w.n(38)):
        cc = "CA" if r.random() < 0.2 else "US"
        tz = P.wchoice(r, P.TZS[cc])
        hq = r.random() < 0.5
        town = r.choice(towns)
        a = _acct(w, r, P.created_before(r, W0, 30, 800), country=cc, org=hq_org if hq else None, email_domain=dom,
                  local=town + r.choice(["", ".", "-"]) + r.choice(["center", "centre", "learning", str(r.randint(1, 3))]),
                  pf=hq_pf if hq else w.pf(r), channel="standard", verified=hq)
        ip = w.net.rand4(r, wchoice(r, NET.COUNTRY_ISPS[cc]))
        busy = lognorm_int(r, 18, 0.4, lo=5, hi=60)
        for d in range(NDAYS):
            wd = weekday(d)
            if wd == 6:
                continue
            if wd == 5:
                hours, n = (9.0, 13.0), busy // 2
            else:
                hours, n = (15.0, 19.5), busy
            for _ in range(poisson(r, n)):
                t = local_to_utc(tz, d, r.uniform(*hours))
                prompt = S.tutor_prompt(r)
                think = r.random() < 0.35
                th = r.randint(200, 1800) if think else 0
                turns = 1 if r.random() < 0.6 else 2 * r.randint(1, 3) + 1
                w.emit(a, t, ip, app, "orrery-3.5", prompt,
                       tok(S.TUTOR_SYS) + tok(prompt) + (turns - 1) * 150, P.out_tokens(r, 420, 0.4) + th,
                       system=S.TUTOR_SYS, turns=turns, max_tokens=4096, think=th)
    w.end()


# ------------------------------------------------------------------------------------------ enterprise consolidation
def enterprise_consolidation(w):
    """A Chicago analytics firm moves from staff's individual accounts to a new enterprise org: new accounts are
    provisioned in one batch, the old ones go quiet, and the same tools, prompts and addresses carry on."""
    w.begin("enterprise_consolidation")
    r = w.rng("consol")
    dom, tz = "northwindanalytics.com", "America/Chicago"
    cards = [w.pf(r) for _ in range(3)]
    office = [w.net.rand4(r, "comcast") for _ in range(2)]
    for ip in office:
        w.net.add_row(ip + "/32", 64720, "Northwind Analytics LLC", "US", "enterprise")
    ci_ip = w.net.cloud_ip(r, "azure_us")
    tool = ("northwind-copilot/0.14.2 orrery-python/1.8.1", clients.STACKS["py312-openssl3"])
    sys_prompt = ("You are Northwind Copilot. Answer questions about client analytics projects. Prefer SQL (Snowflake "
                  "dialect) and pandas. Never include client names in examples.")
    new_org, new_pf = w.org_id(r), w.pf(r)
    provision = local_to_utc(tz, 7, 16.0)          # Monday 2 Nov, 16:00 Chicago
    golive = local_to_utc(tz, 8, 10.0)             # Tuesday 3 Nov, 10:00 Chicago
    staff = []
    for j in range(w.n(22)):
        p = P.make_person(w, r, cc="US", profile="office", client="developer")
        p.tz = tz
        p.office = office
        loc = P.local_part(r, "f.l")
        old = _acct(w, r, P.created_before(r, W0, 30, 500), country="US", email_domain=dom, local=loc,
                    pf=r.choice(cards) if r.random() < 0.85 else w.pf(r))
        new = _acct(w, r, provision + r.randint(0, 100 * MIN), country="US", org=new_org, email_domain=dom, local=loc,
                    pf=new_pf, channel="enterprise", verified=True)
        switch = golive + int(r.uniform(0, 30) * HOUR) if r.random() < 0.85 else golive + int(r.uniform(30, 70) * HOUR)
        staff.append((p, old, new, switch))
    for p, old, new, switch in staff:
        dev = r.random() < 0.4
        for d in range(NDAYS):
            if weekday(d) >= 5 and r.random() < 0.9:
                continue
            for _ in range(lognorm_int(r, 4.5, 0.5, lo=1, hi=12)):
                t = local_to_utc(tz, d, pick_hour(r, "office"))
                a = old if t < switch else new
                if a is new and t < new.created + 10 * MIN:
                    continue
                if dev and r.random() < 0.5:
                    P.agent_loop(w, r, a, t, T.agent_task(r), T.AGENT_TOOLS[0], lognorm_int(r, 8, 0.5, lo=2, hi=30),
                                 p.net_for_session(r, t, 0.05), clients.make(r, "cli"), "orrery-3.5",
                                 max_tokens=16000, sys_prompt="You are an interactive CLI coding agent. Use the tools to inspect and change the user's repository. Be concise.")
                else:
                    first, o = T.dev(r) if dev else T.work(r)[:2]
                    P.conversation(w, r, a, p, t, first, r.randint(1, 4), sys_prompt=sys_prompt, out_med=o, cl=tool,
                                   model="orrery-3.5", mobile_share=0.05, fu="dev" if dev else "work")
    # the CI review bot moves with everyone else
    bot_old = _acct(w, r, P.created_before(r, W0, 100, 400), country="US", email_domain=dom, local="ci-bot", pf=cards[0])
    bot_new = _acct(w, r, provision + 40 * MIN, country="US", org=new_org, email_domain=dom, local="ci-bot", pf=new_pf,
                    channel="enterprise", verified=True)
    ci = ("northwind-ci-review/1.3 orrery-python/1.8.1", clients.STACKS["py312-openssl3"])
    cache = {}
    for d in range(NDAYS):
        for _ in range(poisson(r, 30 if weekday(d) < 5 else 3)):
            t = local_to_utc(tz, d, pick_hour(r, "dev"))
            a = bot_old if t < golive + 2 * HOUR else bot_new
            sp, u, o, cap = T.app_prompt(r, "review", cache)
            w.emit(a, t, ci_ip, ci, "orrery-3.5", u, tok(sp) + tok(u), P.out_tokens(r, o), system=sp, max_tokens=2048)
    w.end()


GROUPS = [trust_safety_vendor, month_close_batch, sheet_formula_fills, coworking_hub, commuter_train_wifi,
          tutoring_franchise, enterprise_consolidation]
