#!/usr/bin/env python3
"""outside_eleven: independent test traffic whose campaigns are tied together mostly by timing.

python3 gen.py --seed N [--scale small|medium] --out DIR
Python 3 standard library only. Same seed and scale -> byte-identical files.
"""
import argparse
import datetime as dt
import json
import math
import os
import random
import shutil
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import text as T  # noqa: E402

UTC = dt.timezone.utc
T0 = int(dt.datetime(2026, 11, 2, tzinfo=UTC).timestamp())  # Monday
DAYS = 21
T1 = T0 + DAYS * 86400
RELEASE = T0 + 10 * 86400 + 16 * 3600  # 2026-11-12T16:00Z, a Thursday
DAY = 86400
M_OLD, M_MINI, M_LEGACY, M_NEW = "heron-3", "heron-3-mini", "heron-2.5", "heron-4"

TZ = {"US": -6, "CA": -5, "GB": 0, "IE": 0, "DE": 1, "FR": 1, "NL": 1, "ES": 1, "PL": 1, "SE": 1,
      "IT": 1, "BR": -3, "MX": -6, "IN": 5.5, "SG": 8, "MY": 8, "JP": 9, "AU": 10, "PH": 8, "HK": 8,
      "KR": 9, "NG": 1, "ZA": 2, "TR": 3, "CN": 8, "RU": 3, "AE": 4, "KE": 3, "FI": 2, "PT": 0}
FREEMAIL = ["gmail.com", "outlook.com", "yahoo.com", "proton.me", "gmx.de", "icloud.com", "hotmail.co.uk"]

CLIENTS = {
    "chrome": (lambda r: f"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
               f"Chrome/{r.choice([129, 130, 131])}.0.0.0 Safari/537.36", "t13d1516h2_8daaf6152771_02713d6af862"),
    "chrome_mac": (lambda r: f"Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) "
                   f"Chrome/{r.choice([130, 131])}.0.0.0 Safari/537.36", "t13d1516h2_8daaf6152771_02713d6af862"),
    "firefox": (lambda r: f"Mozilla/5.0 (X11; Linux x86_64; rv:{r.choice([131, 132])}.0) Gecko/20100101 Firefox/132.0",
                "t13d1715h2_5b57614c22b0_3d5424432f57"),
    "safari": (lambda r: "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_6) AppleWebKit/605.1.15 (KHTML, like Gecko) "
               "Version/18.1 Safari/605.1.15", "t13d2014h2_a09f3c656075_14788d8d241b"),
    "desktop": (lambda r: f"HeronDesktop/{r.choice(['2.3.1', '2.3.4', '2.4.0'])} (Electron 32)",
                "t13d1516h2_8daaf6152771_02713d6af862"),
    "ios": (lambda r: f"HeronChat/{r.choice(['5.2.0', '5.2.1'])} (iPhone; iOS 18.1; Scale/3.00)",
            "t13d1812h1_85036bcba153_b26ce05bbdd6"),
    "android": (lambda r: "HeronChat/5.1.9 (Android 15; Pixel 8)", "t13d1714h1_5b57614c22b0_8f66f9ee9c6c"),
    "pysdk": (lambda r: f"heron-python/{r.choice(['1.8.0', '1.8.2', '1.9.0'])}", "t13d1812h1_a56c5b993250_1e7b0e8e2d6f"),
    "httpx": (lambda r: "python-httpx/0.27.2", "t13d1812h1_a56c5b993250_1e7b0e8e2d6f"),
    "requests": (lambda r: "python-requests/2.32.3", "t13d1812h1_a56c5b993250_1e7b0e8e2d6f"),
    "node": (lambda r: f"heron-node/{r.choice(['4.1.0', '4.2.1'])}", "t13d1516h2_e8f1e7e78f70_9a1d1c8e4b21"),
    "go": (lambda r: "heron-go/0.9.4", "t13d1311h2_f57a46bbacb6_ad36b5c7e2f8"),
    "curl": (lambda r: "curl/8.5.0", "t13d4907h2_0fa5b3e1a3e1_7e8a3f2bd2c0"),
    "probe": (lambda r: "pingstack-probe/3.4 (+https://pingstack.example/bot)", "t13d1311h2_f57a46bbacb6_ad36b5c7e2f8"),
}

OUT_MED = {"cot": 900, "code": 700, "grade": 420, "safe": 480, "datagen": 1300, "agent": 160, "chat": 240,
           "dev": 360, "canary": 3, "news": 300, "support": 220, "oncall": 280, "contest": 500, "train": 380,
           "webinar": 420, "fan": 650}


def rfc(t):
    return dt.datetime.fromtimestamp(t, UTC).strftime("%Y-%m-%dT%H:%M:%S.") + f"{int(t * 1000) % 1000:03d}Z"


def shape(local):
    return "".join("a" if c.isalpha() else "9" if c.isdigit() else c for c in local)


def lognorm(r, median, sigma):
    return median * math.exp(r.gauss(0, sigma))


class Acct:
    __slots__ = ("id", "created", "rec", "group", "label", "campaign", "hard", "client", "key", "cc", "n")

    def __init__(self):
        self.n = 0


class World:
    def __init__(self, seed, scale, out):
        self.r = random.Random(seed)
        self.idr = random.Random(seed * 1000003 + 17)
        self.sc = 1 if scale == "small" else 4
        self.out = out
        self.accts = []
        self.ids = set()
        self.counter = 0
        self.dropped_window = 0
        self.dropped_signup = 0
        self.group_events = {}
        self.group_prompts = {}
        self.first_new = {}
        self.camp_span = {}
        self.rows = []
        self.ip_next = 0
        os.makedirs(os.path.join(out, ".days"), exist_ok=True)
        self.dayf = [open(os.path.join(out, ".days", f"{d:02d}"), "w", encoding="utf-8") for d in range(DAYS)]
        self.build_net()

    # ------------------------------------------------------------------ network
    def _block16(self):
        firsts = [45, 46, 62, 77, 78, 80, 81, 82, 84, 85, 86, 87, 88, 89, 90, 91, 92, 93, 94, 95, 176, 178]
        a, b = firsts[self.ip_next // 200], 20 + self.ip_next % 200
        self.ip_next += 1
        return a, b

    def build_net(self):
        r = random.Random(4242)  # the network is the same for every seed
        self.isp, self.mob = {}, {}
        asn = 64600
        for cc in sorted(TZ):
            a, b = self._block16()
            asn += 1
            self.rows.append((f"{a}.{b}.0.0/16", asn, f"{cc} Homenet Broadband", cc, "isp"))
            self.isp[cc] = (a, b)
            a, b = self._block16()
            asn += 1
            self.rows.append((f"{a}.{b}.0.0/16", asn, f"{cc} Velocell Mobile", cc, "mobile"))
            self.mob[cc] = (a, b)
        self.cloud = {}
        for reg, cc in [("us-east", "US"), ("eu-central", "DE"), ("ap-southeast", "SG"), ("us-west", "US")]:
            a, b = self._block16()
            self.rows.append((f"{a}.{b}.0.0/16", 209110, "Nimbus Compute LLC", cc, "hosting"))
            self.cloud[reg] = (a, b)
        self.vps = {}
        for i, (name, cc) in enumerate([("Kettlebyte BV", "NL"), ("Orbisnode GmbH", "DE"),
                                        ("Lumenrack Inc", "US"), ("Pinevault Oy", "FI")]):
            a, b = self._block16()
            self.rows.append((f"{a}.{b}.0.0/16", 210300 + i, name, cc, "hosting"))
            self.vps[name] = (a, b)
        self.vpn = {}
        vcc = ["US", "GB", "DE", "NL", "SG", "JP", "CA", "SE", "FR", "AU", "KR", "HK"]
        for i, name in enumerate(["SwiftVeil VPN", "Quietlane Privacy"]):
            a, b = self._block16()
            for j, cc in enumerate(vcc):
                self.rows.append((f"{a}.{b}.{j * 4}.0/24", 211500 + i, name, cc, "vpn"))
                self.vpn[(name, cc)] = (a, b, j * 4)
        a, b = self._block16()
        self.rows.append((f"{a}.{b}.0.0/16", 212900, "Bruckenhof Colocation", "DE", "hosting"))
        self.tor = [f"{a}.{b}.7.{10 + i}" for i in range(10)]
        for ip in self.tor:
            self.rows.append((f"{ip}/32", 212900, "Bruckenhof Colocation", "DE", "tor"))
        # enterprise offices: a business ISP /16, /28 per office
        a, b = self._block16()
        self.office = {}
        offices = [("parcelwise", "US"), ("meridian", "GB"), ("tallyhall", "PH"), ("ov-london", "GB"),
                   ("ov-frankfurt", "DE"), ("ov-newyork", "US"), ("pingstack", "US")]
        for i, (o, cc) in enumerate(offices):
            self.rows.append((f"{a}.{b}.{i}.0/28", 64900 + i, f"{o} office", cc, "enterprise"))
            self.office[o] = [f"{a}.{b}.{i}.{h}" for h in range(2, 14)]
        a, b = self._block16()
        self.rows.append((f"{a}.{b}.0.0/16", 64950, "Northgate University", "GB", "education"))
        self.campus = (a, b)
        # residential proxy provider: exits inside home ISP ranges, a third of them listed
        self.resi = {}
        for cc in ["US", "GB", "CA", "AU", "DE", "FR", "NL", "SE", "IE", "ES", "SG", "JP", "MY", "BR"]:
            a, b = self.isp[cc]
            ex = sorted({f"{a}.{b}.{r.randint(0, 255)}.{r.randint(1, 254)}" for _ in range(220)})
            self.resi[cc] = ex
            for ip in ex:
                if r.random() < 0.3:
                    self.rows.append((f"{ip}/32", 64600 + 1 + 2 * sorted(TZ).index(cc),
                                      f"{cc} Homenet Broadband", cc, "residential_proxy"))

    def ip_isp(self, cc, r=None):
        r = r or self.r
        a, b = self.isp[cc]
        return f"{a}.{b}.{r.randint(0, 255)}.{r.randint(1, 254)}"

    def ip_mob(self, cc):
        a, b = self.mob[cc]
        return f"{a}.{b}.{self.r.randint(0, 255)}.{self.r.randint(1, 254)}"

    def ip_cloud(self, reg):
        a, b = self.cloud[reg]
        return f"{a}.{b}.{self.r.randint(0, 255)}.{self.r.randint(1, 254)}"

    def ip_vps(self, name):
        a, b = self.vps[name]
        return f"{a}.{b}.{self.r.randint(0, 255)}.{self.r.randint(1, 254)}"

    def ip_vpn(self, name, cc):
        a, b, c = self.vpn[(name, cc)]
        return f"{a}.{b}.{c}.{self.r.randint(1, 254)}"

    def ip_resi(self, cc):
        return self.r.choice(self.resi[cc])

    # ------------------------------------------------------------------ accounts
    def new_id(self):
        al = "abcdefghijklmnopqrstuvwxyz0123456789"
        while True:
            s = "acct_" + "".join(self.idr.choice(al) for _ in range(13))
            if s not in self.ids:
                self.ids.add(s)
                return s

    def acct(self, group, label, campaign, hard, created, client, cc, channel="standard", domain=None,
             local=None, card=True, billing=None, org=None, verified=False, key=False):
        r = self.r
        a = Acct()
        a.id, a.created, a.group, a.label, a.campaign, a.hard = self.new_id(), created, group, label, campaign, hard
        a.client, a.cc = client, cc
        a.key = ("key_" + "".join(r.choice("0123456789abcdef") for _ in range(10))) if key else None
        if local is None:
            n = r.choice(T.NAMES).lower()
            local = r.choice([n, n + "." + r.choice(T.NAMES).lower(), n + str(r.randint(1, 99)),
                              n[0] + r.choice(T.NAMES).lower(), n + str(r.randint(1970, 2006))])
        rec = {"account_id": a.id, "created_at": rfc(created), "signup_channel": channel, "verified": verified}
        if org:
            rec["org_id"] = org
        rec["email_domain"] = domain or r.choice(FREEMAIL)
        rec["email_local_shape"] = shape(local)
        if card is True:
            card = "pm_" + "".join(r.choice("0123456789abcdef") for _ in range(16))
        if card:
            rec["payment_fingerprint"] = card
        rec["billing_country"] = billing or cc
        a.rec = rec
        self.accts.append(a)
        return a

    def card(self):
        return "pm_" + "".join(self.r.choice("0123456789abcdef") for _ in range(16))

    # ------------------------------------------------------------------ events
    def emit(self, a, t, ip, model, prompt, kind, turns=1, hist=0, maxtok=None, think=False, tools=None,
             system=None, tool_calls=0, client=None):
        """Write one exchange; returns seconds until the answer has streamed."""
        r = self.r
        if t < T0 or t >= T1:
            self.dropped_window += 1
            return 2.0
        if t < a.created:
            self.dropped_signup += 1
            return 2.0
        client = client or a.client
        uaf, fp = CLIENTS[client]
        inp = int(len(prompt) / 3.7) + 3 + hist + (int(len(system) / 3.7) if system else 0) + 90 * len(tools or [])
        out = max(1, int(lognorm(r, OUT_MED[kind], 0.55)))
        th = int(lognorm(r, 1800, 0.6)) if think else 0
        out += th
        cap = maxtok or 8192
        stop = "end_turn"
        if out >= cap:
            out = cap
            th = min(th, out)
            stop = "max_tokens"
        if tool_calls and stop != "max_tokens":
            stop = "tool_use"
        self.counter += 1
        rid = "rq_%012x" % ((self.counter * 0x9E3779B97F4B) % (1 << 48))
        e = {"request_id": rid, "ts": rfc(t), "account_id": a.id, "ip": ip, "model": model, "prompt": prompt,
             "input_tokens": inp, "output_tokens": out, "user_agent": uaf(r), "client_fingerprint": fp,
             "turns": turns, "stop_reason": stop}
        if a.key:
            e["api_key_id"] = a.key
        if system:
            e["system"] = system
        if tools:
            e["tools"] = tools
            e["tool_calls"] = tool_calls if stop == "tool_use" else 0
        if maxtok:
            e["max_tokens"] = maxtok
        if th:
            e["thinking_tokens"] = th
        ms = int(t * 1000)
        d = (ms // 1000 - T0) // DAY
        self.dayf[d].write(f"{ms:013d}\t{rid}\t{json.dumps(e, ensure_ascii=False)}\n")
        a.n += 1
        self.group_events[a.group] = self.group_events.get(a.group, 0) + 1
        gp = self.group_prompts.setdefault(a.group, set())
        if len(gp) < 400000:
            gp.add(hash(prompt))
        if a.campaign:
            s = self.camp_span.setdefault(a.campaign, [t, t])
            s[0], s[1] = min(s[0], t), max(s[1], t)
            if model == M_NEW and (a.campaign not in self.first_new or t < self.first_new[a.campaign]):
                self.first_new[a.campaign] = t
        return 0.6 + out / 75.0

    def harvest(self, a, t, ip, model, mix, maxtok=8192, think_p=0.0, turns=1, hist=0, human=False):
        r = self.r
        x = r.random()
        acc = 0.0
        kind = mix[-1][0]
        for k, p in mix:
            acc += p
            if x < acc:
                kind = k
                break
        tools = None
        calls = 0
        if kind == "cot":
            p = T.cot(r)
        elif kind == "code":
            p = T.code(r)
        elif kind == "grade":
            p = T.grade(r)
        elif kind == "safe":
            p = T.safe(r)
        elif kind == "datagen":
            p = T.datagen(r)
        elif kind == "agent":
            tools = T.tools(r)
            p = T.agent_step(r, 0)
            calls = r.randint(1, 2)
        elif kind == "chat":
            p = T.chat(r)
        else:
            p = T.dev(r)
        if human and kind not in ("chat", "dev"):
            p = T.humanise(r, p)
        think = kind in ("cot", "code", "datagen") and r.random() < think_p
        return self.emit(a, t, ip, model, p, kind, turns=turns, hist=hist, maxtok=maxtok, think=think,
                         tools=tools, tool_calls=calls)

    # ------------------------------------------------------------------ attacks
    def baton_relay(self):
        """One account of a chain works at a time; the next takes over seconds after the last answer."""
        r = self.r
        mix = [("cot", .55), ("code", .3), ("grade", .15)]
        for c in range(3 * self.sc):
            client = ["httpx", "pysdk", "node"][c % 3]
            ccs = [["US", "CA"], ["GB", "IE"], ["AU", "US"]][c % 3]
            cards = [self.card() for _ in range(7)]
            chain = []
            for i in range(28):
                cc = r.choice(ccs)
                chain.append(self.acct("baton_relay", "attack", "bat-1", False, T0 - r.uniform(2, 45) * DAY,
                                       client, cc, card=r.choice(cards), billing=cc, verified=r.random() < 0.05,
                                       key=True))
            last_used = {a.id: -1 for a in chain}
            base_h = r.uniform(0, 24)
            slot_no = 0
            for d in range(-1, DAYS):
                if r.random() < 0.1:
                    continue
                t = T0 + d * DAY + (base_h + r.uniform(-0.7, 0.7)) * 3600
                end = t + r.uniform(9, 14) * 3600
                while t < end:
                    cand = sorted(chain, key=lambda a: last_used[a.id])[:5]
                    a = r.choice(cand)
                    last_used[a.id] = slot_no
                    slot_no += 1
                    ip = self.ip_resi(a.cc)
                    slot_end = t + r.uniform(25, 55) * 60
                    while True:
                        model = M_NEW if (t > RELEASE + 3 * DAY and r.random() < 0.3) else M_OLD
                        dur = self.harvest(a, t, ip, model, mix, maxtok=8192, think_p=0.25)
                        t_done = t + dur
                        t = t_done + r.uniform(45, 170)
                        if t > slot_end:
                            break
                    t = t_done + r.uniform(3, 25)

    def phase_ring(self):
        """Each account fires once an hour at its own phase; the ring's phases are evenly spread."""
        r = self.r
        P = 3600.0
        regs = ["us-east", "eu-central", "ap-southeast", "us-west"]
        systems = ["You are an operations agent. Use the tools provided; be precise.",
                   "You are a helpful coding and automation assistant with tool access.",
                   "Act as an autonomous agent. Plan, call tools, and report results.",
                   "You are a backend assistant for an internal dashboard."]
        pivot = RELEASE + r.uniform(3, 8) * 3600
        for g in range(2 * self.sc):
            N = 32
            reg = regs[g % 4]
            batch_day = T0 - r.uniform(8, 30) * DAY
            ring = []
            for k in range(N):
                name = "".join(r.sample("bcdfghklmnprstvz", 2)) + r.choice(["quill", "forge", "loop", "nest", "grid",
                                                                             "leaf", "path", "mint", "wave"])
                cc = r.choice(["US", "DE", "GB", "SG"])
                a = self.acct("phase_ring", "attack", "phr-1", False,
                              batch_day + r.uniform(0, 4) * DAY + r.uniform(0, 8) * 3600, "go", cc,
                              channel="startup", domain=name + r.choice([".io", ".dev", ".ai", ".app"]),
                              card=self.card() if r.random() < 0.4 else None, billing=cc,
                              org="org_" + name, verified=r.random() < 0.4, key=True)
                ring.append((a, self.ip_cloud(reg), r.choice(systems)))
            phi0 = r.uniform(0, P)
            gaps = []
            for d in range(DAYS):
                for _ in range(r.randint(1, 2)):
                    s = T0 + d * DAY + r.uniform(0, DAY)
                    gaps.append((s, s + r.uniform(40, 180) * 60))
            n = 0
            t_tick = T0 + phi0
            while t_tick < T1:
                for k, (a, ip, system) in enumerate(ring):
                    t = t_tick + k * P / N + r.gauss(0, 2.5)
                    if any(s <= t < e for s, e in gaps):
                        continue
                    model = M_NEW if (t >= pivot and (n + k) % 2 == 0) else M_OLD
                    x = r.random()
                    if x < 0.5:
                        tl = T.tools(r)
                        step = r.randint(0, 5)
                        self.emit(a, t, ip, model, T.agent_step(r, step), "agent", turns=1 + 2 * step,
                                  hist=step * r.randint(150, 400), maxtok=4096, tools=tl, system=system,
                                  tool_calls=r.randint(1, 2) if step < 5 else 0)
                    elif x < 0.8:
                        self.emit(a, t, ip, model, T.code(r), "code", maxtok=8192, system=system)
                    else:
                        self.emit(a, t, ip, model, T.cot(r), "cot", maxtok=8192, think=r.random() < 0.3,
                                  system=system)
                n += 1
                t_tick += P

    def stage_pipeline(self):
        """Three pools on separate infrastructure, acting in a fixed lagged order per batch."""
        r = self.r
        sc = self.sc
        wcards = [self.card() for _ in range(5 * sc)]
        writers = []
        for _ in range(20 * sc):
            cc = r.choice(["US", "NL", "DE"])
            writers.append((self.acct("stage_pipeline", "attack", "stg-1", False, T0 - r.uniform(3, 40) * DAY,
                                      "node", cc, card=r.choice(wcards), billing=r.choice(["US", "GB"])), cc))
        insts = [("Halvorsen Institute for Applied Reasoning", "halvorsen-inst.org"),
                 ("Cairnfield Centre for Computation", "cairnfield-cc.org"),
                 ("Ostrava Open Learning Lab", "ostrava-oll.eu"), ("Pell Street Research Group", "pellstreet.ac"),
                 ("Windmere Data Commons", "windmere-commons.org"), ("Tessaly AI Collective", "tessaly.org")]
        solvers = []
        for _ in range(50 * sc):
            cc = r.choice(["US", "GB", "CA", "AU"])
            inst = r.choice(insts)
            solvers.append((self.acct("stage_pipeline", "attack", "stg-1", False, T0 - r.uniform(1, 50) * DAY,
                                      "pysdk", cc, channel="research", domain=inst[1],
                                      org="org_" + inst[1].split(".")[0], card=self.card() if r.random() < 0.3 else None,
                                      billing=cc, verified=r.random() < 0.15, key=True), cc))
        colleges = ["brackwater-college.edu", "linthorpe.ac.uk", "sunmesa-cc.edu", "kelvinside-poly.ac"]
        graders = []
        for _ in range(20 * sc):
            col = r.choice(colleges)
            a = self.acct("stage_pipeline", "attack", "stg-1", False, T0 - r.uniform(1, 35) * DAY, "curl",
                          r.choice(["US", "GB"]), channel="education", domain=col, card=None,
                          local="s" + str(r.randint(1000000, 9999999)), org="org_" + col.split(".")[0])
            graders.append((a, self.ip_vps(r.choice(["Kettlebyte BV", "Orbisnode GmbH"]))))
        t = T0 - 0.5 * DAY
        while t < T1:
            t += r.expovariate(12 * sc / DAY)
            new = t > RELEASE + 20 * 3600
            lag1 = r.gauss(420, 60)
            lag2 = lag1 + r.gauss(660, 90)
            for a, cc in r.sample(writers, r.randint(2, 4)):
                ip = self.ip_vpn("SwiftVeil VPN", cc)
                tt = t + r.uniform(0, 90)
                for _ in range(r.randint(1, 2)):
                    m = M_NEW if new and r.random() < 0.5 else M_OLD
                    tt += self.emit(a, tt, ip, m, T.datagen(r), "datagen", maxtok=16384) + r.uniform(5, 30)
            for a, cc in r.sample(solvers, r.randint(6, 12)):
                ip = self.ip_resi(cc)
                tt = t + lag1 + r.uniform(0, 120)
                for _ in range(r.randint(2, 4)):
                    m = M_NEW if new and r.random() < 0.5 else M_OLD
                    tt += self.emit(a, tt, ip, m, T.cot(r), "cot", maxtok=16384, think=r.random() < 0.4) + r.uniform(20, 60)
            for a, ip in r.sample(graders, r.randint(3, 6)):
                tt = t + lag2 + r.uniform(0, 120)
                for _ in range(r.randint(2, 3)):
                    tt += self.emit(a, tt, ip, M_OLD, T.grade(r), "grade", maxtok=4096) + r.uniform(10, 40)

    def common_silence(self):
        """A residential-proxy hydra mixing harvest into chat; all members go quiet and change exit together."""
        r = self.r
        ccs = ["US", "GB", "CA", "AU", "DE", "FR", "NL", "SE", "IE", "ES"]
        n = 220 * self.sc
        waves = sorted(T0 - r.uniform(5, 70) * DAY for _ in range(5)) + [T0 + 3 * DAY]
        cards = [self.card() for _ in range(n // 4)]
        members = []
        for i in range(n):
            cc = r.choice(ccs)
            w = waves[i % len(waves)]
            a = self.acct("common_silence", "attack", "sil-1", False, w + r.uniform(0, 30) * 3600,
                          r.choice(["chrome", "chrome", "chrome_mac", "firefox"]), cc, card=r.choice(cards),
                          billing=cc, verified=r.random() < 0.04)
            members.append(a)
        outages = []
        for d in range(DAYS):
            for _ in range(r.randint(2, 3)):
                s = T0 + d * DAY + r.uniform(0, DAY)
                outages.append((s, s + r.uniform(20, 120) * 60))
        epochs = [T0 - DAY]
        while epochs[-1] < T1:
            epochs.append(epochs[-1] + r.uniform(3, 7) * 3600)
        exits = {}
        harvest_mix = [("safe", .33), ("cot", .33), ("grade", .18), ("code", .16)]
        for a in members:
            adopt = RELEASE + r.uniform(0.5, 6) * DAY if r.random() < 0.4 else T1 + 1
            for d in range(DAYS):
                if r.random() > 0.7:
                    continue
                for _ in range(min(6, int(r.expovariate(1 / 2.2)) + 1)):
                    t = T0 + d * DAY + (r.uniform(8, 23) - TZ[a.cc]) * 3600
                    for s, e in outages:
                        if s <= t < e:
                            t = e + r.uniform(30, 900)
                    turns = 1
                    for _ in range(r.randint(1, 4)):
                        ep = max(i for i, x in enumerate(epochs) if x <= t) if t >= epochs[0] else 0
                        if any(s <= t < e for s, e in outages):
                            break
                        key = (a.id, ep)
                        if key not in exits:
                            exits[key] = self.ip_resi(a.cc)
                        model = M_NEW if t >= adopt else M_OLD
                        if r.random() < 0.55:
                            p = T.chat(r) if turns == 1 else T.follow(r)
                            dur = self.emit(a, t, exits[key], model, p, "chat", turns=turns,
                                            hist=(turns - 1) * 180, maxtok=4096)
                            turns += 2
                        else:
                            dur = self.harvest(a, t, exits[key], model, harvest_mix, maxtok=4096, human=True)
                        t += dur + r.uniform(20, 200)

    def cadence_replay(self):
        """Human-looking phone sessions that all replay the same few recorded gap sequences."""
        r = self.r
        seqs = [[r.uniform(15, 240) for _ in range(r.randint(6, 12))] for _ in range(6)]
        ccs = ["US", "GB", "DE", "FR", "BR", "MX"]
        follows = ["now explain why each step works", "rewrite that as a step by step guide",
                   "can you grade it again but stricter", "ok and what would a safe version say",
                   "go deeper on step {n}", "give me the full reasoning again, longer",
                   "what if the number was {m} instead", "check step {n} again, i think it's off",
                   "same thing but for {m} people", "explain it like you're marking an exam, out of {n}0",
                   "and the version a careful teacher would accept?", "list the assumptions you made, numbered"]
        mix = [("safe", .35), ("cot", .4), ("grade", .25)]
        for _ in range(100 * self.sc):
            cc = r.choice(ccs)
            local = "".join(r.choice("abcdefghijklmnoprstuvy") for _ in range(r.randint(5, 8))) + str(r.randint(10, 99))
            a = self.acct("cadence_replay", "attack", "cad-1", False, T0 + r.uniform(-50, 7) * DAY, "ios", cc,
                          local=local)
            for d in range(DAYS):
                if r.random() > 0.7:
                    continue
                for _ in range(r.randint(1, 2)):
                    t = T0 + d * DAY + (r.uniform(17, 23) - TZ[cc]) * 3600
                    seq = r.choice(seqs)
                    f = r.uniform(0.98, 1.02)
                    ip = self.ip_mob(cc)
                    model = M_NEW if (t > RELEASE + DAY and r.random() < 0.5) else M_OLD
                    turns = 1
                    self.harvest(a, t, ip, model, mix, maxtok=None, human=True)
                    for g in seq:
                        t += g * f
                        turns += 2
                        fp = r.choice(follows).replace("{n}", str(r.randint(2, 9))).replace("{m}", str(r.randint(3, 400)))
                        self.emit(a, t, ip, model, T.humanise(r, fp), "cot", turns=turns,
                                  hist=(turns - 1) * 400)

    def rollcall_exits(self):
        """Research 'labs' run from a restricted region: members start each day in the same order."""
        r = self.r
        mix = [("cot", .35), ("code", .3), ("agent", .15), ("grade", .15), ("safe", .05)]
        labs = ["latticeridge-research.org", "amberline-ai.org", "fernwood-institute.org", "kiteharbor-lab.net",
                "ninefold-research.org", "slateriver-ml.org", "quillmoor.org", "eastgable-labs.net"]
        for li in range(6 * self.sc):
            dom = labs[li % len(labs)] if li < len(labs) else f"lab{li}-" + labs[li % len(labs)]
            created = T0 - r.uniform(5, 45) * DAY
            vcc = r.choice(["SG", "JP", "US", "KR"])
            vname = r.choice(["SwiftVeil VPN", "Quietlane Privacy"])
            cards = [self.card(), self.card()]
            bill = r.choice(["HK", "SG", "MY"])
            members = []
            for i in range(12):
                a = self.acct("rollcall_exits", "attack", "rol-1", False, created + r.uniform(0, 2) * 3600, "pysdk",
                              "CN", channel="research", domain=dom, org="org_" + dom.split(".")[0],
                              card=r.choice(cards) if r.random() < 0.8 else None, billing=bill,
                              verified=r.random() < 0.2, key=True)
                members.append((a, self.ip_vpn(vname, vcc)))
            off = r.uniform(0, 25) * 60
            step = r.uniform(35, 75)
            adopt = RELEASE + 30 * 3600
            for d in range(DAYS):
                base = T0 + d * DAY - 8 * 3600
                if d % 7 == 6:  # Sunday local
                    continue
                start = base + 9 * 3600 + off + r.gauss(0, 180)
                lunch = base + 12 * 3600 + r.uniform(0, 600)
                back = base + 13.5 * 3600 + r.gauss(0, 120)
                stop = base + 21 * 3600 + r.gauss(0, 600)
                for i, (a, ip) in enumerate(members):
                    if r.random() < 0.3:
                        members[i] = (a, self.ip_vpn(vname, vcc))
                        ip = members[i][1]
                    for s0, s1 in ((start, lunch), (back, stop)):
                        t = s0 + i * step + r.gauss(0, 4)
                        while t < s1:
                            use_ip = self.ip_isp("CN") if r.random() < 0.01 else ip
                            m = M_NEW if (t > adopt and r.random() < 0.3) else M_OLD
                            dur = self.harvest(a, t, use_ip, m, mix, maxtok=16384, think_p=0.5)
                            t += dur + r.uniform(12, 35) * 60

    # ------------------------------------------------------------------ benign
    def everyday(self):
        r = self.r
        ccs = ["US", "GB", "DE", "FR", "IN", "BR", "CA", "AU", "ES", "NL", "JP", "MX", "PL", "NG", "ZA", "SE"]
        for _ in range(1700 * self.sc):
            cc = r.choice(ccs)
            client = r.choice(["chrome", "chrome", "chrome_mac", "safari", "firefox", "desktop", "ios", "android"])
            a = self.acct("everyday_user", "benign", None, False, T0 - r.uniform(-20, 700) * DAY, client, cc,
                          verified=r.random() < 0.3)
            rate = lognorm(r, 0.2, 1.0)
            home = self.ip_isp(cc)
            adopt = RELEASE + r.uniform(0, 7) * DAY if r.random() < 0.5 else T1 + 1
            t = T0 + r.expovariate(rate / DAY)
            while t < T1:
                day = math.floor((t - T0) / DAY)
                ts = T0 + day * DAY + (r.uniform(7, 23.5) - TZ[cc]) * 3600
                ip = self.ip_mob(cc) if client in ("ios", "android") and r.random() < 0.6 else home
                if r.random() < 0.06:
                    ip = self.ip_vpn("Quietlane Privacy", r.choice(["US", "GB", "NL"]))
                model = M_NEW if ts > adopt else (M_MINI if r.random() < 0.18 else M_OLD)
                turns = 1
                for j in range(r.randint(1, 6)):
                    p = T.chat(r) if j == 0 else T.follow(r)
                    mt = 4096 if client.startswith(("chrome", "safari", "firefox")) else (8192 if client == "desktop" else None)
                    ts += self.emit(a, ts, ip, model, p, "chat", turns=turns, hist=(turns - 1) * 200, maxtok=mt)
                    ts += r.uniform(15, 240)
                    turns += 2
                t += r.expovariate(rate / DAY) + 0.2 * DAY

    def developers(self):
        r = self.r
        ccs = ["US", "GB", "DE", "IN", "NL", "SE", "PL", "CA", "BR", "JP"]
        for _ in range(350 * self.sc):
            cc = r.choice(ccs)
            a = self.acct("developer", "benign", None, False, T0 - r.uniform(-10, 600) * DAY,
                          r.choice(["pysdk", "node", "go", "curl", "httpx"]), cc, verified=r.random() < 0.4, key=True)
            home = self.ip_isp(cc)
            adopt = RELEASE + r.uniform(0.2, 8) * DAY if r.random() < 0.6 else T1 + 1
            p_day = r.uniform(0.2, 0.8)
            agent_tools = T.tools(r) if r.random() < 0.25 else None
            for d in range(DAYS):
                wd = (d % 7) < 5
                if r.random() > (p_day if wd else p_day * 0.25):
                    continue
                for _ in range(r.randint(1, 3)):
                    t = T0 + d * DAY + (r.uniform(8.5, 19) - TZ[cc]) * 3600
                    ip = self.ip_cloud("us-east") if r.random() < 0.2 else home
                    model = M_NEW if t > adopt else (M_LEGACY if r.random() < 0.05 else M_OLD)
                    turns = 1
                    for j in range(r.randint(1, 5)):
                        if agent_tools and r.random() < 0.4:
                            st = r.randint(0, 3)
                            dur = self.emit(a, t, ip, model, T.agent_step(r, st), "agent", turns=1 + 2 * st,
                                            hist=st * 250, maxtok=2048, tools=agent_tools, tool_calls=1 if st < 3 else 0)
                        else:
                            k = r.random()
                            p = T.dev(r) if k < 0.5 else (T.code(r) if j == 0 else T.follow(r))
                            dur = self.emit(a, t, ip, model, p, "dev" if k < 0.5 else "code", turns=turns,
                                            hist=(turns - 1) * 300, maxtok=r.choice([None, 2048, 4096, 8192]))
                            turns += 2
                        t += dur + r.uniform(30, 600)

    def webinar_crowd(self):
        r = self.r
        ccs = ["US", "GB", "IN", "DE", "CA", "AU", "NG", "BR", "ES", "PH", "ZA", "IE"]
        for w in range(5 * self.sc):
            host_tz = r.choice([-6, 0, 1, 5.5])
            d = r.randint(1, DAYS - 2)
            start = T0 + d * DAY + (r.choice([10, 11, 14, 15, 16, 17]) + r.choice([0, 0.5]) - host_tz) * 3600
            cues = sorted(start + r.uniform(5, 85) * 60 for _ in range(r.randint(6, 9)))
            cue_text = [T.webinar_cue(r) for _ in cues]
            for _ in range(r.randint(70, 130)):
                cc = r.choice(ccs)
                created = start - r.uniform(0.5, 48) * 3600 if r.random() < 0.45 else T0 - r.uniform(10, 500) * DAY
                client = r.choice(["chrome", "chrome", "chrome_mac", "safari", "firefox", "desktop"])
                a = self.acct("webinar_crowd", "benign", None, True, created, client, cc, verified=r.random() < 0.2)
                ip = self.ip_isp(cc) if r.random() < 0.8 else self.ip_mob(cc)
                model = M_NEW if start > RELEASE and r.random() < 0.6 else M_OLD
                for ct, cx in zip(cues, cue_text):
                    if r.random() > 0.65:
                        continue
                    t = ct + max(10, lognorm(r, 70, 0.7))
                    dur = self.emit(a, t, ip, model, T.attendee(r, cx), "webinar", maxtok=4096)
                    if r.random() < 0.3:
                        self.emit(a, t + dur + r.uniform(20, 120), ip, model, T.follow(r), "chat", turns=3,
                                  hist=300, maxtok=4096)
                if r.random() < 0.5:
                    t = start + r.uniform(1, 4) * DAY
                    while t < T1:
                        self.emit(a, t, ip, model, T.chat(r), "chat", maxtok=4096)
                        t += r.uniform(2, 7) * DAY

    def incident_oncall(self):
        r = self.r
        staff = []
        inv = self.card()
        for _ in range(45 * self.sc):
            cc = "US" if r.random() < 0.7 else "IN"
            a = self.acct("incident_oncall", "benign", None, True, T0 - r.uniform(30, 400) * DAY,
                          r.choice(["pysdk", "chrome", "curl", "chrome_mac"]), cc, channel="enterprise",
                          domain="parcelwise.com", org="org_parcelwise", card=inv, billing="US", verified=True,
                          key=True)
            staff.append((a, self.ip_isp(cc)))
        for a, home in staff:
            for d in range(DAYS):
                if d % 7 >= 5 or r.random() < 0.3:
                    continue
                t = T0 + d * DAY + (r.uniform(9, 17) - TZ[a.cc]) * 3600
                ip = r.choice(self.office["parcelwise"]) if a.cc == "US" else home
                for _ in range(r.randint(1, 5)):
                    t += self.emit(a, t, ip, M_OLD, T.oncall(r) if r.random() < 0.5 else T.dev(r), "oncall",
                                   maxtok=4096) + r.uniform(120, 3600)
        t = T0
        while True:
            t += r.expovariate(0.6 * self.sc / DAY)
            if t >= T1:
                break
            resp = r.sample(staff, r.randint(3, 9))
            dur_inc = r.uniform(30, 150) * 60
            for i, (a, home) in enumerate(resp):
                tt = t + (r.uniform(60, 180) if i == 0 else lognorm(r, 240, 0.6))
                lh = ((tt - T0) / 3600 + TZ[a.cc]) % 24
                ip = r.choice(self.office["parcelwise"]) if (a.cc == "US" and 9 <= lh < 18) else home
                model = M_NEW if tt > RELEASE + 2 * DAY and r.random() < 0.3 else M_OLD
                turns = 1
                while tt < t + dur_inc:
                    p = T.oncall(r) if turns == 1 or r.random() < 0.6 else T.follow(r)
                    tt += self.emit(a, tt, ip, model, p, "oncall", turns=turns, hist=(turns - 1) * 250, maxtok=4096)
                    tt += r.uniform(40, 400)
                    turns = turns + 2 if r.random() < 0.5 else 1

    def newsroom_desk(self):
        r = self.r
        staff = []
        inv = self.card()
        for _ in range(60 * self.sc):
            cc = "GB" if r.random() < 0.8 else "US"
            a = self.acct("newsroom_desk", "benign", None, True, T0 - r.uniform(20, 300) * DAY,
                          r.choice(["chrome", "desktop", "chrome_mac", "safari"]), cc, channel="enterprise",
                          domain="meridianwire.news", org="org_meridianwire", card=inv, billing="GB", verified=True)
            staff.append(a)

        def ip_for(a):
            if a.cc == "GB" and r.random() < 0.7:
                return r.choice(self.office["meridian"])
            return self.ip_mob(a.cc)

        for a in staff:
            for d in range(DAYS):
                if r.random() < 0.45:
                    continue
                t = T0 + d * DAY + (r.uniform(7, 20) - TZ[a.cc]) * 3600
                for _ in range(r.randint(1, 4)):
                    t += self.emit(a, t, ip_for(a), M_OLD, T.news(r, T.STORIES[0].replace("{city}", r.choice(T.CITIES))),
                                   "news", maxtok=4096) + r.uniform(300, 5400)
        t = T0
        while True:
            t += r.expovariate(1.2 * self.sc / DAY)
            if t >= T1:
                break
            h = ((t - T0) / 3600) % 24
            if h < 5 and r.random() < 0.6:
                continue
            story = r.choice(T.STORIES).replace("{city}", r.choice(T.CITIES))
            for a in r.sample(staff, r.randint(8, 25)):
                tt = t + lognorm(r, 180, 0.7)
                end = tt + r.uniform(20, 90) * 60
                model = M_NEW if tt > RELEASE + DAY and r.random() < 0.4 else M_OLD
                ip = ip_for(a)
                for _ in range(r.randint(2, 8)):
                    if tt > end:
                        break
                    tt += self.emit(a, tt, ip, model, T.news(r, story), "news", maxtok=4096) + r.uniform(60, 900)

    def contest_rounds(self):
        r = self.r
        ccs = ["US", "IN", "PL", "JP", "KR", "BR", "DE", "GB", "CA", "FR", "ES", "SE", "ZA", "NG", "MX"]
        rounds = []
        for day in (3, 9, 16):
            s = T0 + day * DAY + r.choice([6, 9, 13, 17, 19]) * 3600
            rounds.append((s, r.sample(T.CONTEST_TASKS, 5)))
        for _ in range(350 * self.sc):
            cc = r.choice(ccs)
            created = rounds[0][0] - r.uniform(1, 72) * 3600 if r.random() < 0.55 else T0 - r.uniform(10, 700) * DAY
            a = self.acct("contest_rounds", "benign", None, True, created,
                          r.choice(["chrome", "firefox", "pysdk", "chrome_mac", "desktop"]), cc,
                          channel="education" if r.random() < 0.1 else "standard", verified=r.random() < 0.15)
            ip = self.ip_isp(cc) if r.random() < 0.85 else self.ip_vpn("SwiftVeil VPN", r.choice(["US", "DE", "JP"]))
            for ri, (s, tasks) in enumerate(rounds):
                if r.random() > [0.75, 0.65, 0.55][ri]:
                    continue
                t = s + lognorm(r, 360, 0.7)
                model = M_NEW if s > RELEASE and r.random() < 0.6 else M_OLD
                for _ in range(r.randint(4, 15)):
                    if t > s + 9000:
                        break
                    t += self.emit(a, t, ip, model, T.contest(r, r.choice(tasks)), "contest", maxtok=8192)
                    t += r.uniform(120, 900)
            for d in range(DAYS):
                if r.random() < 0.08:
                    t = T0 + d * DAY + (r.uniform(8, 23) - TZ[cc]) * 3600
                    self.emit(a, t, ip, M_OLD, T.dev(r), "dev", maxtok=4096)

    def shift_handover(self):
        r = self.r
        inv = self.card()
        seats = []
        for i in range(36 * self.sc):
            shift = i % 3
            a = self.acct("shift_handover", "benign", None, True, T0 - r.uniform(20, 200) * DAY, "desktop", "PH",
                          channel="enterprise", domain="tallyhall.ph", org="org_tallyhall", card=inv, verified=True)
            seats.append((a, shift, r.choice(self.office["tallyhall"])))
        for a, shift, ip in seats:
            for d in range(-1, DAYS):
                day0 = T0 + d * DAY - 8 * 3600
                wd = (d + (1 if shift == 2 else 0)) % 7
                if wd >= 5 or r.random() < 0.08:
                    continue
                s = day0 + (6 + 8 * shift) * 3600 + r.uniform(0, 8) * 60
                e = day0 + (14 + 8 * shift) * 3600 + r.uniform(-10, 5) * 60
                t = s
                for _ in range(r.randint(18, 35)):
                    if t >= e:
                        break
                    m = M_MINI if r.random() < 0.6 else M_OLD
                    t += self.emit(a, t, ip, m, T.support(r), "support", maxtok=8192)
                    t += lognorm(r, 600, 0.6)

    def synthetic_probes(self):
        r = self.r
        inv = self.card()
        N = 16 * self.sc
        P = 1800.0
        regs = ["us-east", "eu-central", "ap-southeast", "us-west"]
        probes = []
        for k in range(N):
            a = self.acct("synthetic_probes", "benign", None, True, T0 - r.uniform(100, 300) * DAY, "probe", "US",
                          channel="enterprise", domain="pingstack.example", org="org_pingstack", card=inv,
                          verified=True, key=True)
            ip = self.ip_cloud(regs[k % 4]) if k % 5 else self.ip_vps(r.choice(["Kettlebyte BV", "Lumenrack Inc"]))
            probes.append((a, ip))
        deploys = []
        for d in range(DAYS):
            if d % 7 in (1, 3):
                s = T0 + d * DAY + r.uniform(13, 20) * 3600
                deploys.append((s, s + r.uniform(5, 20) * 60))
        add_new = RELEASE + r.uniform(0.5, 2) * 3600
        phi = r.uniform(0, P)
        n = 0
        t_tick = T0 + phi
        while t_tick < T1:
            for k, (a, ip) in enumerate(probes):
                t = t_tick + k * P / N + r.uniform(-1.5, 1.5)
                if any(s <= t < e for s, e in deploys):
                    continue
                models = [M_OLD, M_MINI, M_NEW] if t >= add_new else [M_OLD, M_MINI]
                m = models[(n + k) % len(models)]
                self.emit(a, t, ip, m, T.CANARIES[(n + k) % len(T.CANARIES)], "canary", maxtok=16)
            n += 1
            t_tick += P

    def training_day(self):
        r = self.r
        inv = self.card()
        offices = [("ov-london", "GB", 0, 8), ("ov-frankfurt", "DE", 1, 9), ("ov-newyork", "US", -5, 15)]
        for i in range(3 * self.sc):
            off, cc, tz, day = offices[i % 3]
            day = day + [0, 7, -7, 1][(i // 3) % 4]
            base = T0 + day * DAY - tz * 3600
            cues = sorted(base + r.uniform(9.5, 16.5) * 3600 for _ in range(8))
            texts = [T.training_cue(r, j + 1) for j in range(8)]
            for _ in range(r.randint(55, 80)):
                a = self.acct("training_day", "benign", None, True, base + r.uniform(8, 9.5) * 3600,
                              r.choice(["chrome", "chrome", "desktop", "chrome_mac"]), cc, channel="enterprise",
                              domain="orchardvale.com", org="org_orchardvale", card=inv, billing="GB", verified=True)
                ip = r.choice(self.office[off])
                for ct, cx in zip(cues, texts):
                    if r.random() > 0.8:
                        continue
                    t = ct + max(15, lognorm(r, 90, 0.6))
                    dur = self.emit(a, t, ip, M_OLD, T.trainee(r, cx), "train", maxtok=4096)
                    if r.random() < 0.25:
                        self.emit(a, t + dur + r.uniform(30, 200), ip, M_OLD, T.follow(r), "chat", turns=3,
                                  hist=400, maxtok=4096)
                if r.random() < 0.4:
                    t = base + r.uniform(2, 7) * DAY
                    while t < T1:
                        lt = math.floor((t - T0) / DAY) * DAY + T0 + (r.uniform(9, 17) - tz) * 3600
                        self.emit(a, lt, ip, M_OLD, T.support(r) if r.random() < 0.5 else T.chat(r), "support",
                                  maxtok=4096)
                        t += r.uniform(3, 8) * DAY

    def launch_fans(self):
        r = self.r
        ccs = ["US", "GB", "DE", "IN", "JP", "BR", "FR", "CA", "KR", "AU", "NL", "PL"]
        for _ in range(300 * self.sc):
            cc = r.choice(ccs)
            fresh = r.random() < 0.35
            created = RELEASE + r.uniform(0, 10) * 3600 if fresh else T0 - r.uniform(5, 600) * DAY
            client = r.choice(["pysdk", "chrome", "node", "chrome_mac", "firefox", "desktop"])
            a = self.acct("launch_fans", "benign", None, True, created, client, cc, verified=r.random() < 0.2,
                          key=client in ("pysdk", "node"))
            home = self.ip_isp(cc)
            vpn = r.random() < 0.1
            if not fresh:
                t = T0 + r.uniform(0, 3) * DAY
                while t < RELEASE:
                    self.emit(a, t, home, M_OLD, T.fan(r) if r.random() < 0.3 else T.dev(r), "dev", maxtok=4096)
                    t += r.uniform(1, 5) * DAY
            if r.random() < 0.85:
                t = max(created + 60, RELEASE + lognorm(r, 5400, 0.9))
                ip = self.ip_vpn("Quietlane Privacy", "US") if vpn else home
                for _ in range(r.randint(3, 12)):
                    p = T.fan(r)
                    dur = self.emit(a, t, ip, M_NEW, p, "fan", maxtok=8192, think=r.random() < 0.2)
                    if r.random() < 0.5:
                        self.emit(a, t + r.uniform(1, 8), ip, M_OLD, p, "fan", maxtok=8192)
                    t += dur + r.uniform(30, 400)
                t += r.uniform(1, 4) * DAY
                while t < T1:
                    self.emit(a, t, home, M_NEW if r.random() < 0.7 else M_OLD, T.fan(r) if r.random() < 0.4 else T.chat(r),
                              "fan", maxtok=8192)
                    t += r.uniform(2, 5) * DAY

    # ------------------------------------------------------------------ output
    def finish(self, t_start):
        for f in self.dayf:
            f.close()
        with open(os.path.join(self.out, "events.jsonl"), "w", encoding="utf-8") as out:
            for d in range(DAYS):
                p = os.path.join(self.out, ".days", f"{d:02d}")
                with open(p, encoding="utf-8") as f:
                    lines = f.readlines()
                lines.sort()
                for ln in lines:
                    out.write(ln.split("\t", 2)[2])
        shutil.rmtree(os.path.join(self.out, ".days"))
        used = [a for a in self.accts if a.n > 0]
        with open(os.path.join(self.out, "accounts.jsonl"), "w", encoding="utf-8") as f:
            for a in sorted(used, key=lambda a: (a.created, a.id)):
                f.write(json.dumps(a.rec) + "\n")
        with open(os.path.join(self.out, "truth.jsonl"), "w", encoding="utf-8") as f:
            for a in sorted(used, key=lambda a: a.id):
                o = {"account_id": a.id, "label": a.label, "group": a.group, "campaign": a.campaign}
                if a.hard:
                    o["hard"] = True
                f.write(json.dumps(o) + "\n")
        with open(os.path.join(self.out, "ip_ranges.csv"), "w", encoding="utf-8") as f:
            f.write("cidr,asn,as_org,country,kind\n")
            for c, asn, org, cc, kind in self.rows:
                f.write(f"{c},AS{asn},{org},{cc},{kind}\n")
        with open(os.path.join(self.out, "releases.csv"), "w", encoding="utf-8") as f:
            f.write("model,released_at\n")
            f.write("heron-2.5,2024-11-05T16:00:00.000Z\nheron-3,2025-06-10T16:00:00.000Z\n")
            f.write("heron-3-mini,2025-09-01T16:00:00.000Z\n")
            f.write(f"heron-4,{rfc(RELEASE)}\n")
        with open(os.path.join(self.out, "policy.toml"), "w", encoding="utf-8") as f:
            f.write('restricted_countries = ["CN", "RU", "KP", "IR", "SY", "CU"]\n')
            f.write('hash_key_id = "outside-eleven"\nhash_key = "outside-eleven-test-key-0f3a9c5e71"\n\n')
            f.write("[thresholds]\nreview = 0.5\nthrottle = 0.7\nblock = 0.85\n")
        camps = {}
        for a in used:
            if a.campaign:
                camps.setdefault(a.campaign, [a.group, 0])[1] += 1
        with open(os.path.join(self.out, "campaigns.jsonl"), "w", encoding="utf-8") as f:
            for c in sorted(camps):
                g, n = camps[c]
                s = self.camp_span[c]
                pv = self.first_new.get(c) if c == "phr-1" else None
                f.write(json.dumps({"campaign": c, "group": g, "accounts": n, "active_from": rfc(s[0]),
                                    "active_until": rfc(s[1]), "successor_of": None,
                                    "pivot_at": rfc(pv) if pv else None}) + "\n")
        # table
        groups = {}
        for a in used:
            g = groups.setdefault(a.group, [a.label + ("*" if a.hard else ""), 0])
            g[1] += 1
        w = sys.stderr.write
        w(f"{'label':8} {'group':18} {'accounts':>8} {'events':>8} {'distinct':>8}\n")
        tot_a = tot_e = 0
        for g in sorted(groups, key=lambda g: (groups[g][0], g)):
            lab, n = groups[g]
            e = self.group_events.get(g, 0)
            tot_a += n
            tot_e += e
            w(f"{lab:8} {g:18} {n:8d} {e:8d} {len(self.group_prompts.get(g, ())) / max(1, e):8.2f}\n")
        natt = sum(1 for a in used if a.label == "attack")
        w(f"total: {tot_a} accounts ({natt} attack), {tot_e} events, {len(camps)} campaigns, "
          f"dropped outside window {self.dropped_window}, before sign-up {self.dropped_signup}, "
          f"{time.time() - t_start:.1f} s\n")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--scale", choices=["small", "medium"], default="small")
    ap.add_argument("--out", required=True)
    args = ap.parse_args()
    t_start = time.time()
    os.makedirs(args.out, exist_ok=True)
    w = World(args.seed, args.scale, args.out)
    for fn in (w.baton_relay, w.phase_ring, w.stage_pipeline, w.common_silence, w.cadence_replay,
               w.rollcall_exits, w.everyday, w.developers, w.webinar_crowd, w.incident_oncall, w.newsroom_desk,
               w.contest_rounds, w.shift_handover, w.synthetic_probes, w.training_day, w.launch_fans):
        fn()
    w.finish(t_start)


if __name__ == "__main__":
    main()
