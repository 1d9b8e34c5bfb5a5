"""The ordinary population: everyday users, developers, app backends, small teams, researchers."""
import random

from common import (DAY, HOUR, MIN, SEC, T0, T_END, RELEASE, MAIN, MINI, NEW, LEGACY, MAIN_SNAP, COUNTRIES, GENERIC_MIX,
                    H_CONSUMER, H_WORK, H_DEV, H_STUDENT, hx, lognorm, geom, wpick, poisson, tz_of, lang_of, freemail,
                    person_local, work_local, browser, sdk, local_start, weekday, local_hour, JA4)
from world import Home, Mobile, Fixed, Mixed
from sim import Adopter, chat, agent_loop, latency, day_pick, company_domain, uni_domain, MIXES
import text_everyday as E
import text_dev as D
import text_work as W


def aged(r, median_days, sigma=1.0, lo=1, hi=1100):
    return T0 - lognorm(r, median_days, sigma, lo, hi) * DAY - r.randrange(DAY)


def consumer_client(r, cc):
    k = wpick(r, [("browser", 34), ("desktop", 28), ("mobile", 20), ("script", 18)])
    if k == "browser":
        return k, browser(r)
    if k == "desktop":
        app = r.choice(["ChatDesk/1.9.2", "Quillpad/0.14.0", "Tandem Chat/2.3.1", "Lumenbox/0.8.7", "PromptPal/3.0.4"])
        osx = r.choice(["Windows NT 10.0; Win64; x64", "Macintosh; Intel Mac OS X 10_15_7", "X11; Linux x86_64"])
        return k, ("Mozilla/5.0 (%s) AppleWebKit/537.36 (KHTML, like Gecko) %s Chrome/%d.0.0.0 Electron/%d.%d.0 Safari/537.36"
                   % (osx, app, r.choice([128, 130, 132]), r.choice([32, 33, 34]), r.randint(0, 4)), JA4["chrome_old"])
    if k == "mobile":
        if r.random() < 0.5:
            return k, ("Pocketchat/%d.%d (iPhone; iOS 18.%d; Scale/3.00)" % (r.randint(3, 4), r.randint(0, 9), r.randint(1, 3)), JA4["ios_app"])
        return k, ("okhttp/4.12.0", JA4["okhttp"])
    return k, sdk(r, wpick(r, [("py_sdk", 50), ("requests", 20), ("httpx", 15), ("node_sdk", 15)]))


def everyday_users(w):
    r = w.rng("everyday")
    n = 1250 * w.k
    for i in range(n):
        cc = wpick(r, GENERIC_MIX)
        tz = tz_of(r, cc)
        lang = lang_of(r, cc)
        created = aged(r, 260, 1.1) if r.random() > 0.05 else T0 + r.randrange(12 * DAY)
        ch = "education" if r.random() < 0.03 else "standard"
        a = w.account(r, "everyday_users", created, cc, channel=ch, domain=freemail(r, cc), local=person_local(r),
                      pay=None if r.random() < 0.06 else "own", tz=tz)
        home = Home(w, r, cc)
        places = [(home, 70)]
        if r.random() < 0.5:
            places.append((Mobile(w, r, cc), 25))
        if r.random() < 0.08:
            vcc = cc if r.random() < 0.5 else r.choice(["US", "NL", "DE", "GB", "SG", "JP", "CH"])
            places.append((Fixed([w.net.vpn_exit(r, vcc) for _ in range(3)]), 30))
        pl = Mixed(places)
        kind, client = consumer_client(r, cc)
        adopt = Adopter(r, p_try=0.3, delay_h=48, share=(0.3, 0.9))
        mix = "consumer"
        nsess = min(80, lognorm(r, 4, 1.0))
        img_p = 0.08 if kind in ("browser", "mobile", "desktop") else 0.02
        think_p = 0.12
        for s in range(nsess):
            d = day_pick(r, 1.0)
            t = local_start(r, d, tz, H_CONSUMER)
            if t < created:
                continue
            place = pl.pick(r)
            nt = geom(r, 2.3, 1, 14)
            img = r.random() < img_p
            first = E.image_prompt(r) if img else E.prompt(r, lang)
            mx = r.choice([1024, 2048, 4096, 4096, 8192]) if kind != "script" else r.choice([1000, 1024, 2000])
            chat(w, a, r, t, place, client, lambda r, ts: adopt.model(r, ts, mix), first, E.followup, nt, max_tokens=mx,
                 out=r.choice([180, 300, 450]), think=900 if r.random() < think_p else 0, img_first=img, gap=(10, 300))


def dev_client(r):
    return sdk(r, wpick(r, [("py_sdk", 42), ("node_sdk", 24), ("httpx", 8), ("requests", 6), ("go", 6), ("curl", 4),
                            ("java", 4), ("dotnet", 3), ("rust", 2), ("axios", 1)]))


def agent_cli(r):
    return ("lumen-code/0.%d.%d (%s) node/22.%d.0" % (r.randint(8, 11), r.randint(0, 9), r.choice(["darwin arm64", "linux x64", "win32 x64"]), r.randint(11, 14)),
            JA4["node22"])


DEV_MIX = [("US", 30), ("IN", 10), ("DE", 6), ("GB", 6), ("BR", 5), ("CA", 4), ("FR", 3), ("PL", 3), ("NL", 2), ("UA", 2), ("ES", 2),
           ("JP", 3), ("KR", 2), ("AU", 2), ("SG", 1.5), ("ID", 2), ("VN", 1.5), ("NG", 1.5), ("TR", 1.5), ("IL", 1.5), ("AR", 1),
           ("MX", 1.5), ("SE", 1), ("PK", 1), ("EG", 0.8), ("KE", 0.6), ("PH", 1), ("TW", 1), ("CH", 0.8), ("PT", 0.8)]


def developers(w):
    r = w.rng("developers")
    n = 450 * w.k
    offices = []
    for j in range(40 * w.k):
        cc = wpick(r, DEV_MIX)
        if r.random() < 0.4:
            p = w.net.enterprise(cc, "%s %s" % (W.company(r), r.choice(["Inc", "GmbH", "Ltd", "BV", "SAS", "Pvt Ltd"])), plen=r.choice([24, 26, 27]))
            offices.append((cc, Fixed([p.v4host(r) for _ in range(r.choice([1, 2, 3]))])))
        else:
            offices.append((cc, Fixed(w.net.business_isp(r, cc))))
    for i in range(n):
        cc = wpick(r, DEV_MIX)
        tz = tz_of(r, cc)
        created = aged(r, 300, 0.9) if r.random() > 0.04 else T0 + r.randrange(12 * DAY)
        ch = wpick(r, [("standard", 85), ("startup", 10), ("education", 5)])
        dom = freemail(r, cc) if r.random() < 0.75 else company_domain(r, W.company(r), cc)
        a = w.account(r, "developers", created, cc, channel=ch, domain=dom, local=person_local(r), tz=tz, nkeys=r.choice([1, 1, 2, 3]))
        places = [(Home(w, r, cc, v6p=0.55), 55)]
        same = [o for o in offices if o[0] == cc]
        if same and r.random() < 0.45:
            places.append((r.choice(same)[1], 45))
        box = None
        if r.random() < 0.22:
            cp = w.net.cloud_any(r, prefer=cc)
            box = Fixed([cp.v4host(r)])
            places.append((box, 20))
        pl = Mixed(places)
        client = dev_client(r)
        cli = agent_cli(r) if r.random() < 0.32 else None
        adopt = Adopter(r, p_try=0.55, delay_h=10, share=(0.3, 0.95), ramp_h=12)
        mix = "dev"
        weeks_sess = lognorm(r, 6, 0.7, 1, 25)
        nsess = weeks_sess * 2
        batcher = r.random() < 0.1
        lang = r.choice(["Python", "Python", "TypeScript", "Go", "Java", "Rust", "JavaScript", "SQL", None])
        for s in range(nsess):
            d = day_pick(r, 0.25)
            t = local_start(r, d, tz, H_DEV)
            if t < created:
                continue
            place = pl.pick(r)
            mfn = lambda r, ts: adopt.model(r, ts, mix)
            x = r.random()
            if cli and x < 0.4:
                tools = r.choice(D.AGENT_TOOLS)
                model = mfn(r, t)
                agent_loop(w, a, r, t, place, cli, model, D.agent_ask(r), tools, geom(r, 9, 2, 45), max_tokens=r.choice([8192, 16000, 32000]),
                           think=1500, think_p=0.3, interject=D.followup)
            elif batcher and x < 0.55 and box is not None:
                # a scripted batch over the developer's own data
                model = MINI if r.random() < 0.6 else mfn(r, t)
                task = r.choice(["Extract the company name, invoice number and total from this text. Return JSON.\n\n",
                                 "Classify this support ticket as bug, billing, how-to or other:\n\n",
                                 "Summarise this changelog entry in one line:\n\n", "Translate to German, keep placeholders like {name}:\n\n"])
                nb = lognorm(r, 60, 0.8, 10, 600)
                tt = t
                for b in range(nb):
                    body = r.choice(W.EMAIL_TRIAGE + W.MOD_COMMENTS + E.CASUAL_MSG)
                    o = w.emit(a, tt, box.addr(tt), model, task + body.replace("{", "(").replace("}", ")"), client, max_tokens=300, out=40, r=r)
                    tt += latency(r, model, max(o, 20)) + r.randint(50, 900)
            else:
                first = D.prompt(r, lang if r.random() < 0.6 else None)
                chat(w, a, r, t, place, client, mfn, first, D.followup, geom(r, 3, 1, 16), max_tokens=r.choice([2048, 4096, 8192, 16000]),
                     out=r.choice([350, 600, 900]), think=1800, think_p=0.2, gap=(20, 420))


def app_backends(w):
    r = w.rng("apps")
    n = 200 * w.k
    i = 0
    while i < n:
        cc = wpick(r, [("US", 35), ("GB", 7), ("DE", 7), ("IN", 7), ("FR", 4), ("BR", 4), ("CA", 4), ("NL", 3), ("JP", 3), ("SG", 3),
                       ("AU", 3), ("ES", 2), ("IL", 2), ("SE", 2), ("KR", 2), ("MX", 2), ("PL", 2), ("ID", 2), ("NG", 1), ("ZA", 1)])
        tz = tz_of(r, cc)
        co = W.company(r)
        dom = company_domain(r, co, cc)
        org = w.org(r) if r.random() < 0.6 else None
        pay = w.pay_fp(r)
        envs = 2 if r.random() < 0.25 else 1
        app = W.make_app(r)
        cp = w.net.cloud_any(r, prefer=cc if r.random() < 0.6 else None)
        created0 = aged(r, 240, 0.8, 20)
        cl = sdk(r, wpick(r, [("py_sdk", 35), ("node_sdk", 35), ("go", 10), ("java", 8), ("dotnet", 5), ("httpx", 4), ("rust", 3)]))
        for e in range(envs):
            if i >= n:
                break
            i += 1
            a = w.account(r, "app_backends", created0 + e * r.randrange(1, 60) * DAY if e else created0, cc,
                          channel=wpick(r, [("standard", 60), ("startup", 25), ("enterprise", 15)]), domain=dom, local=work_local(r) if r.random() < 0.5 else r.choice(["dev", "admin", "engineering", "api", "ops", "billing"]),
                          pay=pay, org=org, tz=tz, nkeys=r.choice([1, 2, 2, 3]))
            serverless = r.random() < 0.3
            if serverless:
                blk = r.choice(cp.v4)

                class _Srv:
                    def __init__(self, blk, seed):
                        self.blk, self.r = blk, random.Random(seed)

                    def addr(self, ts, r=None):
                        return self.blk.host(self.r)
                place = _Srv(blk, r.getrandbits(32))
            else:
                place = Fixed([cp.v4host(r) for _ in range(r.choice([1, 2, 2, 3, 4]))] + ([w.net.cloud_any(r).v4host(r)] if r.random() < 0.1 else []))
            staging = e == 1
            base = lognorm(r, 13 if not staging else 2, 1.15, 1, 2500)
            b2b = app.kind in ("triage", "legal", "sql", "review", "claims", "intake", "meeting", "moderation", "product", "listing")
            switch = RELEASE + int(r.uniform(20, 150) * HOUR) if r.random() < 0.2 else None
            if switch is not None:
                wd = weekday(switch, tz)
                if wd >= 5:
                    switch += (7 - wd) * DAY
            mm = MIXES[{"mini": "mini", "main": "main", "legacy": "legacy"}[app.model_mix]]
            keys = a.keys
            prim = keys[0]
            rot = T0 + r.randrange(14 * DAY) if len(keys) > 1 and r.random() < 0.3 else None
            hw = H_WORK if b2b else H_CONSUMER
            growth = r.uniform(-0.02, 0.04)
            conv = {}
            for hh in range(14 * 24):
                ts_h = T0 + hh * HOUR
                lh = int(local_hour(ts_h, tz))
                wd = weekday(ts_h, tz)
                f = hw[lh] / (sum(hw) / 24.0)
                if b2b and wd >= 5:
                    f *= 0.15
                lam = base / 24.0 * f * (1 + growth * hh / 24.0)
                k = poisson(r, lam)
                for _ in range(k):
                    t = ts_h + r.randrange(HOUR)
                    if t < a.created:
                        continue
                    model = NEW if (switch and t >= switch) else wpick(r, mm)
                    key = keys[1] if (rot and t >= rot) else prim
                    if app.multi and r.random() < app.multi:
                        nt = geom(r, 3, 2, 12)
                        chat(w, a, r, t, place, cl, lambda r, ts, m=model: m, app.user(r), app.user, nt, system=app.system,
                             max_tokens=app.max_tokens, out=app.out, gap=(5, 90), key=key)
                    else:
                        w.emit(a, t, place.addr(t), model, app.user(r), cl, system=app.system, max_tokens=app.max_tokens, out=app.out,
                               img=r.random() < app.img, r=r, key=key, out_sigma=0.35 if app.out < 20 else 0.5)


def small_teams(w):
    r = w.rng("teams")
    target = 280 * w.k
    made = 0
    while made < target:
        cc = wpick(r, [("US", 30), ("GB", 9), ("DE", 8), ("FR", 5), ("NL", 4), ("CA", 4), ("AU", 4), ("IN", 6), ("ES", 3), ("IT", 3),
                       ("BR", 4), ("SE", 2), ("PL", 2), ("IE", 2), ("ZA", 2), ("MX", 2), ("JP", 2), ("SG", 2), ("BE", 1), ("AT", 1)])
        tz = tz_of(r, cc)
        co = W.company(r)
        dom = company_domain(r, co, cc)
        org = w.org(r)
        shared_pay = w.pay_fp(r) if r.random() < 0.7 else None
        size = r.choice([2, 3, 3, 4, 4, 5, 6, 7])
        office = Fixed(w.net.business_isp(r, cc)) if r.random() < 0.75 else Fixed([w.net.enterprise(cc, co, plen=28).v4host(r)])
        ch = wpick(r, [("standard", 70), ("startup", 30)])
        created0 = aged(r, 200, 0.9, 10)
        remote_share = r.uniform(0.1, 0.6)
        for m in range(size):
            made += 1
            c = created0 + (r.randrange(0, 90) * DAY if m else 0)
            a = w.account(r, "small_teams", min(c, T0 + 5 * DAY), cc, channel=ch, domain=dom, local=work_local(r),
                          pay=shared_pay if shared_pay else "own", org=org, tz=tz)
            home = Home(w, r, cc)
            pl = Mixed([(office, 1 - remote_share), (home, remote_share)])
            client = browser(r) if r.random() < 0.6 else sdk(r)
            adopt = Adopter(r, p_try=0.25, delay_h=60)
            nsess = lognorm(r, 13, 0.7, 1, 70)
            for s in range(nsess):
                d = day_pick(r, 0.1)
                t = local_start(r, d, tz, H_WORK)
                x = r.random()
                first = W.team_prompt(r) if x < 0.75 else (D.prompt(r) if x < 0.87 else E.prompt(r))
                chat(w, a, r, t, pl.pick(r), client, lambda r, ts: adopt.model(r, ts, "consumer"), first,
                     E.followup if x >= 0.75 else W.team_followup,
                     geom(r, 2.5, 1, 10), max_tokens=r.choice([2048, 4096]), out=r.choice([250, 400, 600]), gap=(15, 400))


def researchers(w):
    r = w.rng("researchers")
    target = 120 * w.k
    made = 0
    while made < target:
        cc = wpick(r, [("US", 30), ("GB", 8), ("DE", 8), ("CN", 0), ("JP", 5), ("KR", 4), ("IN", 7), ("FR", 5), ("CA", 5), ("NL", 3),
                       ("CH", 3), ("AU", 3), ("IL", 3), ("SG", 3), ("BR", 3), ("ES", 2), ("IT", 2), ("SE", 2), ("TW", 2)])
        if not w.net.edu.get(cc):
            continue
        tz = tz_of(r, cc)
        uni = r.choice(w.net.edu[cc])
        city = uni.name.replace("University of ", "").split(" ")[0]
        dom = uni_domain(r, city, cc)
        lab = r.randint(1, 5)
        campus = Fixed([uni.v4host(r) for _ in range(r.choice([1, 2, 4]))])
        cloud = w.net.cloud_any(r, prefer=cc)
        grant_pay = w.pay_fp(r) if r.random() < 0.5 else None
        for m in range(lab):
            made += 1
            a = w.account(r, "researchers", aged(r, 220, 0.9, 5), cc, channel="research" if r.random() < 0.6 else "education",
                          domain=dom, local=person_local(r, r.choice([0, 2, 7, 9])), pay=grant_pay or "own", tz=tz)
            home = Home(w, r, cc)
            pl = Mixed([(campus, 60), (home, 40)])
            client = sdk(r, wpick(r, [("py_sdk", 60), ("httpx", 15), ("requests", 15), ("aiohttp", 10)]))
            adopt = Adopter(r, p_try=0.5, delay_h=20)
            box = Fixed([cloud.v4host(r)])
            nsess = lognorm(r, 7, 0.7, 1, 40)
            for s in range(nsess):
                d = day_pick(r, 0.35)
                t = local_start(r, d, tz, H_STUDENT)
                if r.random() < 0.15:
                    # an evaluation batch: multiple-choice items, single-shot, low output
                    src = campus if r.random() < 0.6 else box
                    model = adopt.model(r, t, "main") if r.random() < 0.7 else r.choice([MAIN, MINI, LEGACY])
                    nb = lognorm(r, 25, 0.7, 8, 200)
                    for b in range(nb):
                        o = w.emit(a, t, src.addr(t), model, W.mcq(r), client, max_tokens=r.choice([1, 5, 16]), out=1, out_sigma=0.2, r=r)
                        t += latency(r, model, 2) + r.randint(30, 600)
                else:
                    chat(w, a, r, t, pl.pick(r), client, lambda r, ts: adopt.model(r, ts, "main"), W.research_prompt(r),
                         W.research_followup,
                         geom(r, 2.5, 1, 10), max_tokens=4096, out=450, think=2500, think_p=0.25, gap=(30, 500))
