"""Benign look-alikes: traffic a naive detector would flag, produced by honest customers."""
import random

from common import (DAY, HOUR, MIN, SEC, T0, T_END, RELEASE, MAIN, MINI, NEW, LEGACY, MAIN_SNAP, COUNTRIES,
                    H_CONSUMER, H_WORK, H_DEV, H_STUDENT, H_AFTERSCHOOL, hx, lognorm, geom, wpick, poisson, tz_of, lang_of,
                    freemail, person_local, work_local, browser, sdk, local_start, weekday, local_hour, JA4, ntok)
from world import Home, Mobile, Fixed, Mixed
from sim import Adopter, chat, agent_loop, latency, day_pick, company_domain, uni_domain, MIXES
import text_everyday as E
import text_dev as D
import text_work as W
import text_attack as A
import text_hard as TH


def aged(r, median_days, sigma=1.0, lo=1, hi=1100):
    return T0 - lognorm(r, median_days, sigma, lo, hi) * DAY - r.randrange(DAY)


# ---------------------------------------------------------------------------------------------------------------
def ide_assistant_rollout(w):
    """A freight company rolls its internal coding assistant out to all engineers on Monday/Tuesday; every
    account is created by an IT script within hours, sits behind two office NATs, shares one payment instrument,
    and IT flips the default model to the new release the day after it ships."""
    r = w.rng("ide_rollout")
    firms = [("Halvorsen Freight Systems", "NL", "halvorsen-freight.com"), ("Brightwater Logistics", "GB", "brightwater-logistics.co.uk"),
             ("Kranich Spedition", "DE", "kranich-spedition.de")]
    for fi in range(w.k):
        name, cc, dom = firms[fi]
        tz = COUNTRIES[cc][0]
        org = w.org(r)
        pay = w.pay_fp(r)
        hq = w.net.enterprise(cc, name, plen=26)
        hq_nat = Fixed([hq.v4host(r) for _ in range(2)])
        vpn_conc = Fixed([hq.v4host(r)])
        blr = w.net.enterprise("IN", name + " India", plen=28)
        blr_nat = Fixed([blr.v4host(r)])
        flip = RELEASE + int(r.uniform(18, 26) * HOUR)
        rollout_day = 0 if fi != 1 else 1
        n = 140
        for i in range(n):
            india = r.random() < 0.25
            ltz = 5.5 if india else tz
            if i < 11:
                created = aged(r, 120, 0.5, 30)
            else:
                # IT provisioning batches on the rollout morning, stragglers the next day
                b = r.random()
                if b < 0.7:
                    created = T0 + rollout_day * DAY + int((7.5 - tz) * HOUR) + r.randrange(25 * MIN)
                else:
                    created = T0 + (rollout_day + 1) * DAY + int((9 - tz) * HOUR) + r.randrange(8 * HOUR)
            a = w.account(r, "ide_assistant_rollout", created, "IN" if india and r.random() < 0.3 else cc, hard=True, channel="enterprise",
                          domain=dom, local=work_local(r), pay=pay, org=org, verified=True, tz=ltz)
            home = Home(w, r, "IN" if india else cc)
            pl = Mixed([(blr_nat if india else hq_nat, 65), (vpn_conc, 20), (home, 15)])
            if r.random() < 0.8:
                client = ("beacon-vscode/1.4.2 (vscode 1.98.2; %s)" % r.choice(["darwin arm64", "win32 x64", "linux x64"]), JA4["node22"])
            else:
                client = ("beacon-intellij/1.4.2 (IntelliJ IDEA 2025.1; %s)" % r.choice(["darwin arm64", "linux x64"]), JA4["java"])
            pinned = r.random() < 0.1
            system = TH.ide_system(name)
            activity = r.uniform(0.5, 1.6)
            for d in range(14):
                if d % 7 >= 5 or r.random() < 0.12:
                    continue
                ns = poisson(r, 2.2 * activity)
                for s in range(ns):
                    t = local_start(r, d, ltz, H_WORK)
                    if t < a.created:
                        continue
                    model = NEW if (t >= flip and not pinned) else MAIN
                    place = pl.pick(r)
                    if r.random() < 0.7:
                        agent_loop(w, a, r, t, place, client, model, TH.ide_request(r), TH.IDE_TOOLS, geom(r, 5, 2, 20), system=system,
                                   max_tokens=8192, think=900, think_p=0.2, interject=D.followup, out=260)
                    else:
                        chat(w, a, r, t, place, client, lambda r, ts, m=model: m, TH.ide_request(r), D.followup, geom(r, 2, 1, 6),
                             system=system, max_tokens=8192, out=420, gap=(20, 300))


# ---------------------------------------------------------------------------------------------------------------
MOOC_MIX = [("IN", 22), ("US", 12), ("NG", 7), ("EG", 5), ("BR", 5), ("PK", 5), ("ID", 4), ("BD", 3), ("MX", 3), ("DE", 3), ("GB", 3),
            ("KE", 3), ("PH", 3), ("VN", 3), ("TR", 3), ("CO", 2), ("ES", 2), ("FR", 2), ("CA", 2), ("UA", 1), ("PL", 1), ("GH_", 0)]


def mooc_signup_wave(w):
    """A free online machine-learning course opens on Tuesday; thousands sign up within a day through the
    education channel, run the starter notebook on the same hosted-notebook cloud, paste the same assignment
    text, and pile up before the Sunday deadlines."""
    r = w.rng("mooc")
    n = 220 * w.k
    start = T0 + 1 * DAY + 14 * HOUR
    nb_cloud = w.net.cloud("Nimbus Compute LLC", "US")
    nb_block = nb_cloud.v4[0]
    nbr = random.Random(r.getrandbits(32))
    unis = [(cc, lst) for cc, lst in sorted(w.net.edu.items())]
    for i in range(n):
        cc = wpick(r, [x for x in MOOC_MIX if x[1] > 0])
        tz = tz_of(r, cc)
        x = r.random()
        if x < 0.68:
            created = start + int(lognorm(r, 5, 1.0, 0, 48) * HOUR) + r.randrange(HOUR)
        elif x < 0.9:
            created = start + r.randrange(2 * DAY, 8 * DAY)
        else:
            created = aged(r, 300, 0.8)
        edu = r.random() < 0.6
        if r.random() < 0.2 and w.net.edu.get(cc):
            u = r.choice(w.net.edu[cc])
            dom = uni_domain(r, u.name.replace("University of ", "").split(" ")[0], cc)
        else:
            dom = freemail(r, cc)
        a = w.account(r, "mooc_signup_wave", created, cc, hard=True, channel="education" if edu else "standard", domain=dom,
                      local=person_local(r), pay=None if edu else "own", verified=edu and r.random() < 0.5, tz=tz)

        class _Nb:
            def addr(self, ts, r=None):
                return nb_block.host(nbr)
        notebook = r.random() < 0.55
        home = Home(w, r, cc)
        mob = Mobile(w, r, cc)
        place_local = Mixed([(home, 75), (mob, 25)])
        client = ("lumen-python/1.8.3 CPython/3.11.%d Linux/x86_64" % r.choice([11, 12, 13]), JA4["py_ossl3"]) if notebook else sdk(r, wpick(r, [("py_sdk", 60), ("requests", 20), ("httpx", 10), ("node_sdk", 10)]))
        starter = r.random() < 0.5
        model0 = MINI if r.random() < 0.6 else MAIN
        dropout = r.random() < 0.4
        nsess = lognorm(r, 6, 0.8, 1, 30)
        for s in range(nsess):
            # sessions cluster before the Sunday deadlines (day 6 and day 13)
            lo = max(0, int((created - T0) // DAY))
            hi = min(14, lo + 3) if dropout else 14
            if lo >= 14:
                break
            cand = list(range(lo, hi))
            wts = [1.0 + (3.0 if d in (5, 6, 12, 13) else 0.0) for d in cand]
            d = wpick(r, list(zip(cand, wts)))
            week = 1 if d <= 6 else 2
            t = local_start(r, d, tz, H_STUDENT)
            if d in (6, 13) and local_hour(t, 0) > 23.5:
                t -= HOUR
            place = _Nb() if notebook else place_local.pick(r)
            chat(w, a, r, t, place, client, lambda r, ts: model0, TH.mooc_prompt(r, week),
                 lambda r, wk=week: TH.mooc_prompt(r, wk) if r.random() < 0.3 else D.followup(r), geom(r, 3, 1, 10),
                 system=TH.MOOC_SYS if starter else None, max_tokens=1024 if starter else 4096, out=380, gap=(30, 600))


# ---------------------------------------------------------------------------------------------------------------
def redteam_battery_vendor(w):
    """An AI-assurance firm runs adversarial test batteries (prompt injection, role-play, sensitive asks with
    perturbations) against its clients' configurations: very templated, high volume from autoscaled cloud
    runners, many refusals, and a rush onto the new model the day it ships."""
    r = w.rng("redteam")
    org = w.org(r)
    pay = w.pay_fp(r)
    dom = "tessellate-assurance.com"
    cl = ("tessellate-harness/3.2.0 python-httpx/0.27.2", JA4["py_h2"])
    us = w.net.cloud("Cirrata Cloud Services", "US")
    de = w.net.cloud("Cirrata Cloud Services", "FR")
    for i in range(10 * w.k):
        created = aged(r, 90, 0.7, 5) if r.random() > 0.15 else T0 + r.randrange(2, 8) * DAY
        a = w.account(r, "redteam_battery_vendor", created, "US", hard=True, channel="enterprise" if r.random() < 0.6 else "research",
                      domain=dom, local=work_local(r) if r.random() < 0.5 else r.choice(["redteam", "engagements", "harness", "eval-ops"]),
                      pay=pay, org=org, verified=True, tz=-7)
        client_sys = r.choice(TH.CLIENT_SYS)
        region = us if r.random() < 0.6 else de
        base_model = r.choice([MAIN, MAIN, MINI])
        new_rush = r.random() < 0.6
        runs = []
        for d in range(14):
            if d % 7 < 5 and r.random() < 0.3:
                runs.append(local_start(r, d, -7, H_WORK))
            if r.random() < 0.15:
                runs.append(T0 + d * DAY + 2 * HOUR + r.randrange(20 * MIN))
        if new_rush:
            runs.append(RELEASE + int(r.uniform(1.5, 7) * HOUR))
        for t in sorted(runs):
            if t < a.created:
                continue
            model = NEW if (new_rush and t >= RELEASE and r.random() < 0.8) else base_model
            nprobe = lognorm(r, 150, 0.5, 40, 900)
            conc = r.choice([4, 6, 8])
            runner = Fixed([region.v4host(r) for _ in range(r.choice([1, 2, 3]))])
            for p in range(nprobe):
                refuse = r.random() < 0.22
                o = w.emit(a, t, runner.addr(t), model, TH.redteam_probe(r), cl, system=client_sys, max_tokens=1024,
                           out=70 if refuse else 260, stop="refusal" if refuse and r.random() < 0.5 else None, r=r)
                t += int(latency(r, model, max(o, 50)) / conc) + r.randint(20, 300)


# ---------------------------------------------------------------------------------------------------------------
CROWD_MIX = [("KE", 18), ("NG", 14), ("PH", 16), ("IN", 14), ("VE", 8), ("PK", 8), ("BD", 5), ("EG", 6), ("UG", 4), ("US", 4), ("GB", 3)]


def labelling_crowd(w):
    """Workers on a data-labelling marketplace each use their own account to help with rating, pairwise
    preference and relevance tasks; the marketplace's instructions are pasted verbatim, so hundreds of
    accounts send the same rubric template, from mobile networks and shared internet cafés."""
    r = w.rng("crowd")
    n = 130 * w.k
    cafes = {}
    projects = ["rate", "pair", "sentiment", "relevance", "toxic"]
    for i in range(n):
        cc = wpick(r, CROWD_MIX)
        tz = tz_of(r, cc)
        created = aged(r, 160, 0.9, 20) if r.random() > 0.3 else T0 - r.randrange(1, 4) * DAY - r.randrange(DAY)
        a = w.account(r, "labelling_crowd", created, cc, hard=True, domain=freemail(r, cc), local=person_local(r),
                      pay="own" if r.random() > 0.1 else None, tz=tz)
        places = [(Home(w, r, cc), 45), (Mobile(w, r, cc), 35)]
        if r.random() < 0.3:
            if cc not in cafes:
                cafes[cc] = [Fixed([r.choice(w.net.isp[cc]).v4host(r)]) for _ in range(3)]
            places.append((r.choice(cafes[cc]), 40))
        pl = Mixed(places)
        client = browser(r, r.choice(["chrome_win", "chrome_win", "chrome_android", "edge"]))
        mine = r.sample(projects, r.choice([1, 2, 2, 3]))
        model = MAIN if r.random() < 0.7 else MINI
        days_on = r.uniform(0.4, 0.9)
        for d in range(14):
            if r.random() > days_on:
                continue
            for s in range(r.choice([1, 1, 2])):
                t = local_start(r, d, tz, [0.5, 0.3, 0.2, 0.1, 0.1, 0.2, 0.5, 1, 1.5, 2, 2, 2, 2, 2, 2, 2.2, 2.5, 2.8, 3, 3.2, 3.2, 3, 2.2, 1])
                place = pl.pick(r)
                proj = r.choice(mine)
                ntask = geom(r, 5, 1, 40)
                for k in range(ntask):
                    o = w.emit(a, t, place.addr(t), model, TH.label_task(r, proj), client, max_tokens=r.choice([1024, 2048, 4096]), out=90, r=r)
                    t += latency(r, model, max(o, 30)) + int(r.uniform(25, 240) * SEC)


# ---------------------------------------------------------------------------------------------------------------
def arena_leaderboard(w):
    """A public model-comparison site forwards its visitors' prompts to two models at once (battles) through a
    few regional deployment accounts; all of our models appear, and the new one gets a big share for days
    after release so it can be ranked quickly."""
    r = w.rng("arena")
    org = w.org(r)
    pay = w.pay_fp(r)
    dom = "openbench-arena.org"
    regions = [("US", -5), ("US", -7), ("DE", 1), ("SG", 8), ("US", -5), ("GB", 0), ("JP", 9), ("IN", 5.5)]
    for i in range(8 * w.k):
        cc, tz = regions[i % len(regions)]
        a = w.account(r, "arena_leaderboard", aged(r, 200, 0.5, 30), "US", hard=True, channel="enterprise", domain=dom,
                      local=r.choice(["infra", "platform", "arena-ops", "billing"]) + ("" if r.random() < 0.5 else str(i)),
                      pay=pay, org=org, verified=True, nkeys=2, tz=tz)
        cp = w.net.cloud_any(r, prefer=cc, big_only=True)
        place = Fixed([cp.v4host(r) for _ in range(2)])
        cl = ("arena-router/5.1.0 lumen-python/1.8.3 CPython/3.12.4", JA4["py_ossl31"])
        base = lognorm(r, 62, 0.35, 20, 300)
        for hh in range(14 * 24):
            ts_h = T0 + hh * HOUR
            f = H_CONSUMER[int(local_hour(ts_h, tz))] / (sum(H_CONSUMER) / 24.0)
            post = ts_h >= RELEASE
            boost = 1.6 if (post and ts_h < RELEASE + 3 * DAY) else 1.0
            k = poisson(r, base / 24.0 * f * boost)
            for _ in range(k):
                t = ts_h + r.randrange(HOUR)
                x = r.random()
                p = E.prompt(r, r.choice(["en", "en", "en", "es", "de", "pt", "ja"])) if x < 0.45 else D.prompt(r) if x < 0.65 else \
                    A.hard_problem(r)[1] if x < 0.78 else W.team_prompt(r) if x < 0.9 else A.safe_rewrite(r) if x < 0.93 else E.image_prompt(r)
                pool = [(MAIN, 40), (MINI, 25), (LEGACY, 10), (MAIN_SNAP, 5)]
                if post and t >= RELEASE + 2 * HOUR:
                    pool.append((NEW, 80 if t < RELEASE + 3 * DAY else 30))
                models = [wpick(r, pool)]
                if r.random() < 0.5:
                    models.append(wpick(r, pool))
                for m in models:
                    nt = 1 if r.random() < 0.8 else geom(r, 2, 2, 6)
                    chat(w, a, r, t + r.randint(5, 400), place, cl, lambda r, ts, mm=m: mm, p, E.followup, nt, max_tokens=4096,
                         out=450, think=1500, think_p=0.15, gap=(10, 120))


# ---------------------------------------------------------------------------------------------------------------
def olympiad_coaching_club(w):
    """A maths olympiad school gives each student an account (paid by the school) in its desktop tutor app;
    students hold long Socratic dialogues on hard problems with extended thinking, after school and on
    weekends, and coaches generate practice sets."""
    r = w.rng("olympiad")
    schools = [("Archimedes Lab Academy", "KR", "archimedeslab.kr"), ("Sigma Olympiad School", "IN", "sigmaolympiad.in"),
               ("Northstar Math Circle", "US", "northstarmath.org")]
    for si in range(w.k):
        name, cc0, dom = schools[si]
        org = w.org(r)
        pay = w.pay_fp(r)
        cohort = aged(r, 60, 0.2, 40)
        sysp = r.choice(TH.COACH_SYS).replace("{academy}", name)
        for i in range(50):
            coach = i < 4
            cc = cc0 if r.random() < 0.8 else r.choice(["SG", "VN", "GB", "CA", "AU"])
            tz = tz_of(r, cc)
            created = cohort + r.randrange(20 * HOUR) if r.random() < 0.7 else aged(r, 200, 0.6)
            a = w.account(r, "olympiad_coaching_club", created, cc, hard=True, channel="education", domain=dom if coach or r.random() < 0.4 else freemail(r, cc),
                          local=work_local(r) if coach else person_local(r), pay=pay if r.random() < 0.75 else "own", org=org,
                          verified=True if coach else None, tz=tz)
            pl = Mixed([(Home(w, r, cc), 80), (Mobile(w, r, cc), 20)])
            client = ("ArchimedesTutor/3.0.%d (Windows NT 10.0; x64) Electron/33.2.0" % r.randint(1, 4), JA4["chrome_old"]) if r.random() < 0.7 else \
                     ("ArchimedesTutor/3.0.%d (Macintosh; arm64) Electron/33.2.0" % r.randint(1, 4), JA4["chrome_old"])
            keen = r.uniform(0.4, 1.5)
            for d in range(14):
                ns = poisson(r, (1.1 if d % 7 >= 5 else 0.6) * keen + (1.5 if d == 12 else 0))
                for s in range(ns):
                    t = local_start(r, d, tz, H_AFTERSCHOOL if d % 7 < 5 else H_STUDENT)
                    model = MAIN if t < RELEASE + 2 * DAY or r.random() < 0.5 else NEW
                    if coach and r.random() < 0.5:
                        topic = r.choice(["modular arithmetic", "pigeonhole principle", "invariants", "inequalities (AM-GM, Cauchy)", "graph colouring",
                                          "functional equations", "cyclic quadrilaterals", "generating functions", "parity arguments", "extremal principle"])
                        nq = r.choice([6, 8, 10, 12])
                        prompt = r.choice(["Write %d practice problems on %s for strong 14-year-olds, increasing in difficulty, each with a short hint and a full solution.",
                                           "Make a %d-question warm-up sheet on %s with answers for our Saturday session.",
                                           "Give me %d problems on %s at regional olympiad level, with hints in separate sections."]) % (nq, topic)
                        chat(w, a, r, t, pl.pick(r), client, lambda r, ts, m=model: m, prompt,
                             lambda r: r.choice(["make number 3 harder", "swap the last one for a geometry problem", "shorter hints please", "thanks, now an answer key only"]),
                             geom(r, 2, 1, 5), max_tokens=16000, out=2600, think=3000)
                    else:
                        chat(w, a, r, t, pl.pick(r), client, lambda r, ts, m=model: m, TH.coach_problem(r), TH.student_followup,
                             geom(r, 14, 4, 45), system=sysp, max_tokens=16000, out=520, think=2200, think_p=0.8, gap=(20, 420))
