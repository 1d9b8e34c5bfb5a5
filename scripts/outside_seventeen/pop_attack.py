"""The five campaigns. Each is its own campaign id in truth; see README.md for the shapes."""
import random

from common import (DAY, HOUR, MIN, SEC, T0, T_END, RELEASE, MAIN, MINI, NEW, LEGACY, MAIN_SNAP, COUNTRIES,
                    H_CONSUMER, H_WORK, H_FLAT, hx, lognorm, geom, wpick, poisson, tz_of, freemail, person_local, work_local,
                    browser, sdk, local_start, weekday, local_hour, JA4, ntok)
from world import Home, Mobile, Fixed, Mixed
from net import v6_in64
from sim import chat, agent_loop, latency, company_domain, uni_domain
import text_everyday as E
import text_dev as D
import text_work as W
import text_attack as A


class ResiProxy:
    """A commercial residential-proxy exit pool for one country. A 'sticky' session keeps one exit for
    10-30 minutes; most exits are ordinary household addresses, a minority fall in ranges that network
    intelligence already lists as residential_proxy."""

    def __init__(self, w, r, cc, flagged_share=0.2):
        self.w, self.cc = w, cc
        self.r = random.Random(r.getrandbits(64))
        self.flag = w.net.rproxy.get(cc, [])
        self.fs = flagged_share
        self.cur, self.until = None, 0

    def fresh(self):
        rr = self.r
        if self.flag and rr.random() < self.fs:
            return rr.choice(self.flag).host(rr)
        isp = rr.choice(self.w.net.isp[self.cc])
        if isp.v6 is not None and rr.random() < 0.15:
            return v6_in64(isp.v6_64(rr), rr)
        return isp.v4host(rr)

    def addr(self, ts, r=None):
        if self.cur is None or ts >= self.until or ts < self.until - 40 * MIN:
            self.cur = self.fresh()
            self.until = ts + self.r.randint(10, 30) * MIN
        return self.cur


# ================================================================================================ 1
def dialogue_deepdive(w):
    """Long scripted dialogues: each account opens a hard problem and drills into it for 5-45 turns with
    generic follow-ups sent seconds after each answer, extended thinking on every turn, through sticky
    residential-proxy exits that rotate in the middle of conversations."""
    r = w.rng("deepdive")
    camp = "deepdive"
    w.campaign(camp, "dialogue_deepdive", T0, T_END)
    n = 90 * w.k
    shared_cards = [w.pay_fp(r) for _ in range(9 * w.k)]
    for i in range(n):
        cc = wpick(r, [("US", 35), ("GB", 15), ("CA", 12), ("AU", 10), ("SG", 10), ("HK", 8), ("MY", 5), ("IE", 5)])
        created = T0 - r.randrange(2 * DAY, 45 * DAY) if r.random() < 0.85 else T0 + r.randrange(5 * DAY)
        pay = r.choice(shared_cards) if r.random() < 0.2 else "own"
        a = w.account(r, "dialogue_deepdive", created, cc, campaign=camp, domain=wpick(r, [("gmail.com", 50), ("outlook.com", 20), ("proton.me", 15), ("icloud.com", 10), ("yahoo.com", 5)]),
                      local=person_local(r), pay=pay, verified=r.random() < 0.15, tz=tz_of(r, cc))
        proxy = ResiProxy(w, r, cc)
        client = sdk(r, "aiohttp") if r.random() < 0.6 else sdk(r, "httpx")
        system = None if r.random() < 0.35 else r.choice(A.DEEP_SYS)
        mx = r.choice([16000, 32000, 32000])
        active = sorted(r.sample(range(14), r.randint(6, 11)))
        for d in active:
            for s in range(poisson(r, 1.6)):
                # queue runs around the clock with a mild dip during the operators' night (UTC+8)
                t = T0 + d * DAY + hour_from(r, [1.2, 1.3, 1.3, 1.3, 1.2, 1.2, 1.1, 1.0, 1.0, 1.0, 1.1, 1.1, 1.0, 1.0, 0.9, 0.8, 0.6, 0.5, 0.5, 0.5, 0.6, 0.8, 1.0, 1.1]) * HOUR + r.randrange(HOUR)
                area, first = A.hard_problem(r)
                nt = geom(r, 16, 5, 45)
                model = NEW if (t >= RELEASE + 4 * HOUR and r.random() < 0.25) else MAIN
                if r.random() < 0.08:
                    # a bit of ordinary-looking use in between
                    chat(w, a, r, t, proxy, client, lambda r, ts: MAIN, E.prompt(r), E.followup, geom(r, 2, 1, 4), max_tokens=4096, out=300, gap=(5, 30))
                    continue
                chat(w, a, r, t, proxy, client, lambda r, ts, m=model: m, first, lambda r, ar=area: A.drill(r, ar), nt, system=system,
                     max_tokens=mx, out=1100, think=3500, gap=(2, 15))


def hour_from(r, weights):
    tot = sum(weights)
    x = r.random() * tot
    for i, wt in enumerate(weights):
        x -= wt
        if x <= 0:
            return i
    return 23


# ================================================================================================ 2
def office_hours_mask(w):
    """Aged accounts dressed as small European software shops. A central scheduler opens every account's
    'office' at 08:30 Berlin time, pauses for lunch at 12:15 and closes at 18:00, Monday to Friday, and
    feeds coding tickets, repository agent runs and reasoning tasks through residential exits in each
    account's billing country."""
    r = w.rng("officehours")
    camp = "officehours"
    w.campaign(camp, "office_hours_mask", T0, T_END)
    n = 150 * w.k
    waves = [T0 - r.randrange(60, 210) * DAY for _ in range(6)]
    doms = []
    cards = []
    for i in range(n):
        cc = wpick(r, [("DE", 35), ("NL", 20), ("FR", 15), ("AT", 8), ("BE", 7), ("GB", 15)])
        created = r.choice(waves) + r.randrange(3 * DAY)
        if doms and r.random() < 0.15:
            dom = r.choice(doms)
        else:
            co = r.choice(W.CO_A) + r.choice(["soft", "works", " IT", " Digital", "code", " Systems", " Labs", "dev", " Solutions"])
            dom = company_domain(r, co, cc)
            doms.append(dom)
        startup = r.random() < 0.45
        if cards and r.random() < 0.15:
            pay = r.choice(cards)
        else:
            pay = w.pay_fp(r)
            cards.append(pay)
        a = w.account(r, "office_hours_mask", created, cc, campaign=camp, channel="startup" if startup else "standard", domain=dom,
                      local=work_local(r) if r.random() < 0.6 else r.choice(["info", "office", "dev", "kontakt", "hello", "admin"]),
                      pay=pay, org=w.org(r) if startup else None, verified=r.random() < 0.5, tz=COUNTRIES[cc][0])
        proxy = ResiProxy(w, r, cc, flagged_share=0.12)
        dc = Fixed([w.net.cloud_any(r, prefer=r.choice(["DE", "NL"])).v4host(r)])
        vpn = Fixed([w.net.vpn_exit(r, cc if cc in ("DE", "NL", "FR", "GB") else "DE")])
        pl = Mixed([(proxy, 85), (dc, 10), (vpn, 5)])
        if r.random() < 0.7:
            client = ("lumen-node/1.6.0 node/22.14.0", JA4["go"])
        else:
            client = ("Go-http-client/2.0", JA4["go"])
        tools = r.choice(D.AGENT_TOOLS)
        rate = r.uniform(0.25, 0.6)  # tasks per open hour
        for d in range(14):
            if d % 7 >= 5:
                continue
            if r.random() < 0.08:
                continue  # account skipped today
            open_t = T0 + d * DAY + int(7.5 * HOUR) + r.randrange(6 * MIN)
            lunch0 = T0 + d * DAY + int(11.25 * HOUR)
            lunch1 = T0 + d * DAY + int(12.25 * HOUR) + r.randrange(4 * MIN)
            close_t = T0 + d * DAY + 17 * HOUR - 5 * MIN + r.randrange(10 * MIN)
            t = open_t + int(r.expovariate(rate) * HOUR * 0.3)
            while t < close_t:
                if lunch0 <= t < lunch1:
                    t = lunch1 + r.randrange(3 * MIN)
                    continue
                place = pl.pick(r)
                model = NEW if (t >= RELEASE + 6 * HOUR and r.random() < 0.3) else MAIN
                x = r.random()
                if x < 0.5:
                    end = chat(w, a, r, t, place, client, lambda r, ts, m=model: m, A.coding_task(r),
                               A.code_follow,
                               geom(r, 1.8, 1, 4), max_tokens=32000, out=1800, think=3000, think_p=0.8, gap=(3, 20))
                elif x < 0.85:
                    end, _, _ = agent_loop(w, a, r, t, place, client, model, A.repo_task(r), tools, geom(r, 7, 3, 16), max_tokens=16000,
                                           think=1800, think_p=0.7, tool_gap=(0.2, 1.5), out=600)
                elif x < 0.95:
                    area, p = A.hard_problem(r)
                    end = chat(w, a, r, t, place, client, lambda r, ts, m=model: m, p, lambda r, ar=area: A.drill(r, ar), geom(r, 2, 1, 5),
                               max_tokens=32000, out=1200, think=4000, gap=(3, 20))
                else:
                    end = chat(w, a, r, t, place, client, lambda r, ts, m=model: m, D.prompt(r), D.followup, 1, max_tokens=8192, out=500)
                t = max(end, t) + int(r.expovariate(rate) * HOUR)


# ================================================================================================ 3
FARM_CC = [("ID", 30), ("PH", 20), ("MY", 12), ("TH", 10), ("VN", 15), ("BR", 7), ("MX", 6)]
FARM_LANG = {"ID": "id", "VN": "vi", "MX": "es", "BR": "pt"}


class Modem:
    """A 4G modem in a phone farm: its public address is reassigned by the carrier every few minutes."""

    def __init__(self, w, r, cc):
        self.car = r.choice(w.net.mobile[cc])
        self.r = random.Random(r.getrandbits(64))
        self.cur, self.until = None, 0

    def addr(self, ts, r=None):
        if self.cur is None or ts >= self.until or ts < self.until - 60 * MIN:
            rr = self.r
            if self.car.v6 is not None and rr.random() < 0.25:
                self.cur = v6_in64(self.car.v6_64(rr), rr)
            else:
                self.cur = self.car.v4host(rr)
            self.until = ts + rr.randint(5, 25) * MIN
        return self.cur


def modem_farm_pool(w):
    """A phone farm of 4G modems in South-East Asia and Latin America fronts for an operator in a
    restricted region: short-lived consumer-looking accounts (a handful per e-wallet card) send careful
    'safe rewrite' requests for sensitive questions and step-by-step reasoning asks, with some chat as
    cover, from carrier NAT addresses shared with real phone users."""
    r = w.rng("modemfarm")
    camp = "modemfarm"
    w.campaign(camp, "modem_farm_pool", T0, T_END)
    n = 260 * w.k
    modems = {cc: [Modem(w, r, cc) for _ in range(12 * w.k)] for cc, _ in FARM_CC}
    cards = [w.pay_fp(r) for _ in range(60 * w.k)]
    home_leak = [r.choice(w.net.isp["CN"]) for _ in range(3)]
    for i in range(n):
        cc = wpick(r, FARM_CC)
        created = T0 - r.randrange(1 * DAY, 20 * DAY) if r.random() < 0.4 else T0 + r.randrange(13 * DAY)
        dom = wpick(r, [("gmail.com", 85), ("yahoo.com", 8), ("outlook.com", 7)])
        a = w.account(r, "modem_farm_pool", created, cc, campaign=camp, domain=dom, local=person_local(r, r.choice([1, 4, 10, 8])),
                      pay=r.choice(cards) if r.random() < 0.8 else None, verified=False, tz=COUNTRIES[cc][0])
        ua_kind = r.random()
        if ua_kind < 0.5:
            ua = "okhttp/4.12.0"
        elif ua_kind < 0.75:
            ua = "Dalvik/2.1.0 (Linux; U; Android %d; %s Build/%s)" % (r.choice([12, 13, 14]), r.choice(["SM-A145F", "SM-A055F", "Redmi Note 12", "CPH2591", "V2207", "TECNO KI5"]),
                                                                     r.choice(["TP1A.220624.014", "SP1A.210812.016", "UP1A.231005.007"]))
        else:
            ua = "python-requests/2.31.0"
        client = (ua, JA4["okhttp"] if r.random() < 0.3 else JA4["py_ossl3"])
        lang = FARM_LANG.get(cc, "en")
        first_day = max(0, int((max(created, T0) - T0) // DAY))
        life = r.randint(3, 8)
        mymodems = modems[cc] if r.random() > 0.08 else modems[wpick(r, FARM_CC)]
        for d in range(first_day, min(14, first_day + life)):
            for s in range(poisson(r, 2.0)):
                # operators' day, UTC+8 09:00-23:00
                t = T0 + d * DAY + int((r.uniform(9, 23) - 8) * HOUR)
                modem = r.choice(mymodems)
                nreq = geom(r, 8, 2, 30)
                for q in range(nreq):
                    x = r.random()
                    if x < 0.4:
                        p, out, th = A.safe_rewrite(r, lang), 700, 0
                    elif x < 0.8:
                        p, out, th = A.cot_question(r, lang), 800, (2000 if r.random() < 0.35 else 0)
                    else:
                        p, out, th = E.prompt(r, lang), 300, 0
                    model = MINI if (x >= 0.8 and r.random() < 0.5) else MAIN
                    ip = modem.addr(t)
                    if r.random() < 0.006:
                        ip = r.choice(home_leak).v4host(r)
                    o = w.emit(a, t, ip, model, p, client, max_tokens=r.choice([4096, 8192]), out=out, think=th, r=r)
                    t += latency(r, model, max(o, 100)) + int(r.uniform(5, 40) * SEC)


# ================================================================================================ 4
PHX_DOMS = ["proton.me", "tutanota.com", "mail.com", "gmx.com", "zohomail.com", "outlook.com", "tuta.io", "pm.me"]


def phoenix_lineages(w):
    """Ban-evasion lineages: each lineage works one continuous harvesting stream (contest solutions, data
    generation orders or rubric grading) through one account at a time; when an account goes dark, a new
    one is registered within an hour or two with a fresh card and a rotated mail provider, same client stack,
    same network provider, and the stream resumes where it stopped. Half the traffic moves to the new model
    within hours of its release."""
    r = w.rng("phoenix")
    camp = "phoenix"
    nlin = 24 * w.k
    pivots = []
    for L in range(nlin):
        cc = wpick(r, [("SG", 20), ("HK", 15), ("AE", 15), ("US", 15), ("GB", 10), ("MY", 10), ("TR", 10), ("KR", 5)])
        spec = r.choice(["coding", "coding", "datagen", "datagen", "grading"])
        style = r.choice([0, 1, 4, 6, 8, 10])
        doms = r.sample(PHX_DOMS, 4)
        use_vpn = r.random() < 0.6
        vprov = r.randrange(len(w.net.vpn))
        vcc = cc if cc in w.net.vpn_exit_ranges(vprov) else r.choice(["US", "SG", "GB", "DE", "NL", "HK"])
        vranges = w.net.vpn_exit_ranges(vprov).get(vcc) or w.net.vpn_exit_ranges(vprov)["US"]
        cloud = w.net.cloud_any(r, prefer=r.choice(["SG", "US", "DE", "HK"]))
        stack = r.choice(["rust", "node", "node", "py"])
        topics = A.TOPIC[:]
        r.shuffle(topics)
        cursor = r.randrange(len(topics))
        pivot = RELEASE + int(r.uniform(2, 14) * HOUR)
        pivots.append(pivot)
        share = r.uniform(0.45, 0.7)
        t = T0 - r.randrange(0, 2 * DAY)
        gen = 0
        while t < T_END:
            created = t
            a = w.account(r, "phoenix_lineages", created, cc, campaign=camp, domain=doms[gen % len(doms)], local=person_local(r, style),
                          pay="own", verified=False, tz=COUNTRIES[cc][0])
            if use_vpn:
                blk = r.choice(vranges)
                place = Fixed([blk.host(r) for _ in range(r.choice([1, 2]))])
            else:
                place = Fixed([cloud.v4host(r)])
            v = gen % 3
            if stack == "rust":
                client = (None, JA4["rust"])
            elif stack == "node":
                client = (["lumen-node/1.5.2 node/20.18.0", "lumen-node/1.6.0 node/22.11.0", "undici"][v], JA4["node22" if v else "node20"])
            else:
                client = (["python-httpx/0.27.0", "python-httpx/0.27.2", "python-httpx/0.28.1"][v], JA4["py_h2"])
            t = created + r.randint(3, 40) * MIN
            life_end = t + int(r.uniform(18, 60) * HOUR)
            rate = r.uniform(2.5, 5)  # requests per hour
            n_here = 0
            while t < life_end and t < T_END:
                x = r.random()
                kind = spec if x < 0.7 else r.choice(["coding", "datagen", "grading"])
                if kind == "coding":
                    p = A.cp_problem(r) if r.random() < 0.6 else A.coding_task(r)
                    out, th = 1600, (2500 if r.random() < 0.5 else 0)
                elif kind == "datagen":
                    p = A.datagen(r, topics[cursor % len(topics)])
                    out, th = 3000, 0
                    if r.random() < 0.12:
                        cursor += 1
                else:
                    p = A.grading(r)
                    out, th = 450, (1200 if r.random() < 0.4 else 0)
                model = NEW if (t >= pivot and r.random() < share) else MAIN
                o = w.emit(a, t, place.addr(t), model, p, client, max_tokens=r.choice([8192, 16000]), out=out, think=th, r=r)
                n_here += 1
                t += int(r.expovariate(rate) * HOUR) + latency(r, model, max(o, 200))
                if r.random() < 0.01:
                    t += r.randint(1, 5) * HOUR  # operator pause
            gen += 1
            t = min(t, life_end) + r.randint(20, 150) * MIN
    pivots.sort()
    w.campaign(camp, "phoenix_lineages", T0, T_END, pivot=pivots[len(pivots) // 2])


# ================================================================================================ 5
def channel_split_pools(w):
    """One harvest split three ways by capability, each slice entering through a different programme and
    dressed for it: 'students' (education channel, bought university mail) only ask contest-coding questions,
    'startups' only run tool-using operations agents from one cloud, 'researchers' only send
    quantitative reasoning from hosting IPv6. The only shared trace is the orchestrator: the three pools speed up,
    slow down, pause nightly and go down together."""
    r = w.rng("splitchan")
    camp = "splitchan"
    w.campaign(camp, "channel_split_pools", T0, T_END)
    # the orchestrator's hour-by-hour throughput (shared by all three pools)
    level = []
    for hh in range(14 * 24):
        lv = lognorm(r, 100, 0.45, 10, 400) / 100.0
        level.append(lv)
    outage = (T0 + 5 * DAY + 10 * HOUR + 12 * MIN, T0 + 5 * DAY + 15 * HOUR + 40 * MIN)

    def paused(ts):
        h = ((ts - T0) % DAY) / HOUR
        if 3.0 <= h < 3.0 + 20 / 60.0:
            return True
        return outage[0] <= ts < outage[1]

    def starts(r, rate_per_day):
        out = []
        for hh in range(14 * 24):
            k = poisson(r, rate_per_day / 24.0 * level[hh])
            for _ in range(k):
                t = T0 + hh * HOUR + r.randrange(HOUR)
                if not paused(t):
                    out.append(t)
        return out

    mx = lambda r: 12000 if r.random() < 0.6 else r.choice([8192, 16000])
    # ---- E: education pool (coding only)
    uni_cc = r.sample(["PH", "ID", "TR", "NG", "MX", "EG", "PK", "VN"], 4)
    unis = []
    for cc in uni_cc:
        u = r.choice(w.net.edu[cc])
        unis.append((cc, uni_domain(r, u.name.replace("University of ", "").split(" ")[0], cc)))
    batches = [T0 - r.randrange(5, 30) * DAY for _ in range(3)]
    for i in range(120 * w.k):
        cc, dom = r.choice(unis)
        local = ("s%07d" % r.randrange(10 ** 7)) if r.random() < 0.55 else person_local(r, r.choice([0, 3, 5]))
        a = w.account(r, "channel_split_pools", r.choice(batches) + r.randrange(2 * DAY), cc, campaign=camp, channel="education", domain=dom,
                      local=local, pay=None if r.random() < 0.85 else "own", verified=r.random() < 0.8, tz=COUNTRIES[cc][0])
        proxy = ResiProxy(w, r, cc, flagged_share=0.15)
        client = sdk(r, "httpx")
        for t in starts(r, r.uniform(2.5, 4.5)):
            p = A.cp_problem(r) if r.random() < 0.7 else A.coding_task(r)
            chat(w, a, r, t, proxy, client, lambda r, ts: MAIN if ts < RELEASE + 8 * HOUR or r.random() < 0.7 else NEW, p,
                 A.code_follow,
                 geom(r, 1.5, 1, 3), max_tokens=mx(r), out=1500, think=2500, think_p=0.7, gap=(2, 12))
    # ---- S: startup pool (agentic only)
    cloud = w.net.cloud("Stratocloud Inc", "US")
    made = 0
    while made < 90 * w.k:
        cc = wpick(r, [("US", 40), ("GB", 15), ("SG", 15), ("IN", 15), ("AE", 15)])
        co = W.company(r)
        dom = company_domain(r, co, cc)
        org = w.org(r)
        sysp = r.choice(["You are the operations agent for %s. Use the tools to complete the task end to end and report what you did.",
                         "You are an autonomous assistant at %s with access to internal tools. Plan, call tools, verify results, then summarise.",
                         "%s ops copilot. Be precise; never guess IDs; confirm each action with a tool call."]) % co
        for m in range(r.choice([1, 1, 2, 3])):
            made += 1
            a = w.account(r, "channel_split_pools", T0 - r.randrange(10, 40) * DAY - r.randrange(DAY), cc, campaign=camp, channel="startup",
                          domain=dom, local=work_local(r), pay="own", org=org, verified=r.random() < 0.4, tz=COUNTRIES[cc][0])
            place = Fixed([cloud.v4host(r) for _ in range(r.choice([1, 2]))])
            client = sdk(r, "py_sdk")
            for t in starts(r, r.uniform(0.8, 1.5)):
                tools = r.choice(A.OPS_TOOLS)
                model = MAIN if t < RELEASE + 8 * HOUR or r.random() < 0.7 else NEW
                agent_loop(w, a, r, t, place, client, model, A.ops_task(r), tools, geom(r, 7, 3, 15), system=sysp, max_tokens=mx(r),
                           think=1500, think_p=0.5, tool_gap=(0.2, 2.0), out=450)
    # ---- R: research pool (reasoning only)
    host6 = w.net.cloud("Lightyard Hosting Pte", "SG")
    for i in range(70 * w.k):
        cc = wpick(r, [("US", 25), ("DE", 15), ("IN", 15), ("KR", 10), ("TR", 10), ("BR", 10), ("GB", 15)])
        if r.random() < 0.5:
            dom = freemail(r, cc)
        else:
            dom = r.choice(["inst-", "lab-", "", "ai-"]) + r.choice(["qcompute", "sciml", "mathphys", "neurodyn", "complexsys", "optilab"]) + r.choice([".org", ".net", ".ai", ".io"])
        a = w.account(r, "channel_split_pools", T0 - r.randrange(3, 25) * DAY - r.randrange(DAY), cc, campaign=camp, channel="research",
                      domain=dom, local=person_local(r, r.choice([0, 2, 7])), pay="own", verified=r.random() < 0.3, tz=COUNTRIES[cc][0])
        p64 = host6.v6.base + (r.getrandbits(20) << 64)
        rr = random.Random(r.getrandbits(32))

        class _V6:
            def addr(self, ts, r=None, p=p64, rr=rr):
                return v6_in64(p, rr)
        place = _V6()
        client = sdk(r, "aiohttp")
        for t in starts(r, r.uniform(2.5, 4.5)):
            p = A.sci_reasoning(r) if r.random() < 0.6 else A.hard_problem(r, r.choice(["math", "physics", "logic"]))[1]
            chat(w, a, r, t, place, client, lambda r, ts: MAIN if ts < RELEASE + 8 * HOUR or r.random() < 0.7 else NEW, p,
                 lambda r: A.drill(r, "physics"), geom(r, 1.3, 1, 3), max_tokens=mx(r), out=1000, think=4000, gap=(2, 12))
