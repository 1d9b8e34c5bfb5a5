#!/usr/bin/env python3
"""outside_ten: independent API traffic with ground truth (standard library only).

Writes events.jsonl, accounts.jsonl, ip_ranges.csv, releases.csv, policy.toml, truth.jsonl and
campaigns.jsonl into --out. Same --seed and --scale give byte-identical files.
See README.md for the shapes.
"""
import argparse
import hashlib
import json
import math
import os
import random
import shutil
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import text as T  # noqa: E402

HOUR = 3600000
DAY = 24 * HOUR
START = 1794182400000          # 2026-11-09T00:00:00Z, a Monday
N_DAYS = 28
END = START + N_DAYS * DAY     # 2026-12-07T00:00:00Z
RELEASE = START + 15 * DAY + 15 * HOUR   # 2026-11-24T15:00Z, a Tuesday
THANKSGIVING = 17              # day index of 2026-11-26

M_MAIN, M_LITE, M_OLD, M_NEW = "kestrel-4", "kestrel-4-mini", "kestrel-3.5", "kestrel-5"

TZ = {"US": -6, "CA": -5, "GB": 0, "IE": 0, "PT": 0, "DE": 1, "NL": 1, "SE": 1, "FR": 1, "ES": 1,
      "PL": 1, "IT": 1, "TR": 3, "AE": 4, "AM": 4, "GE": 4, "IR": 3.5, "IN": 5.5, "PK": 5,
      "BD": 6, "VN": 7, "TH": 7, "ID": 7, "PH": 8, "SG": 8, "MY": 8, "JP": 9, "KR": 9,
      "AU": 10, "NZ": 12, "NG": 1, "KE": 3, "EG": 2, "GH": 0, "LK": 5.5, "NP": 5.75, "BR": -3,
      "MX": -6, "CO": -5, "AR": -3, "ZA": 2, "CN": 8, "RU": 3, "HK": 8}

# ----------------------------------------------------------------------------- clients


def _fp(name):
    h = hashlib.sha256(name.encode()).hexdigest()
    return "t13d%02d%02dh2_%s_%s" % (10 + int(h[0], 16), 8 + int(h[1], 16), h[2:14], h[14:26])


FP = {k: _fp(k) for k in ["python", "node", "go", "java", "curl", "chrome", "firefox", "safari",
                          "android", "ios"]}

STACKS = {
    # name: (fingerprint family, user-agent versions, default max_tokens or None)
    "py_sdk": ("python", ["kestrel-python/1.%d.%d" % (a, b) for a in (38, 41, 44) for b in (0, 2, 5)], None),
    "httpx": ("python", ["python-httpx/0.%d.%d" % (a, b) for a in (26, 27, 28) for b in (0, 1, 2)], None),
    "requests": ("python", ["python-requests/2.%d.%d" % (a, b) for a in (31, 32) for b in (0, 2, 3)], None),
    "node_sdk": ("node", ["kestrel-node/2.%d.%d" % (a, b) for a in (9, 11, 12) for b in (0, 1, 4)], None),
    "go": ("go", ["Go-http-client/2.0"], None),
    "java": ("java", ["kestrel-java/1.%d.0" % a for a in (3, 4, 6)], None),
    "curl": ("curl", ["curl/8.%d.%d" % (a, b) for a in (5, 7, 9) for b in (0, 1)], None),
    "chrome": ("chrome", ["Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
                          "Chrome/%d.0.0.0 Safari/537.36" % v for v in (129, 130, 131)] +
               ["Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) "
                "Chrome/%d.0.0.0 Safari/537.36" % v for v in (130, 131)], 4096),
    "firefox": ("firefox", ["Mozilla/5.0 (X11; Linux x86_64; rv:%d.0) Gecko/20100101 Firefox/%d.0" % (v, v)
                            for v in (131, 132, 133)], 4096),
    "safari": ("safari", ["Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, "
                          "like Gecko) Version/18.%d Safari/605.1.15" % v for v in (0, 1)], 4096),
    "desktop": ("chrome", ["KestrelDesktop/2.%d.%d (Electron)" % (a, b) for a in (6, 7) for b in (0, 3)], 8192),
    "android": ("android", ["KestrelChat/3.%d.%d (Android %d)" % (a, b, c) for a in (14, 15)
                            for b in (0, 2) for c in (13, 14)], None),
    "ios": ("ios", ["KestrelChat/3.%d.%d (iOS 18.%d)" % (a, b, c) for a in (14, 15) for b in (0, 1)
                    for c in (0, 1)], None),
}


class Client:
    __slots__ = ("ua", "fp", "cap", "stack")

    def __init__(self, rng, stack, ua=None):
        fam, uas, cap = STACKS[stack]
        self.stack = stack
        self.ua = ua or uas[rng.randrange(len(uas))]
        self.fp = FP[fam]
        self.cap = cap


# ----------------------------------------------------------------------------- network world

OCTETS = [31, 37, 41, 45, 46, 49, 58, 62, 77, 78, 80, 81, 82, 83, 84, 85, 86, 88, 89, 90, 91, 93,
          94, 95, 101, 102, 103, 105, 109, 110, 111, 112, 113, 114, 115, 116, 117, 118, 119, 121,
          122, 123, 124, 125, 129, 130, 131, 133, 136, 137, 139, 141, 143, 145, 146, 147, 149, 151,
          152, 154, 156, 157, 158, 159, 161, 163, 164, 165, 166, 168, 171, 173, 175, 176, 177, 178]

ISP_WORDS = ["Telecom", "Broadband", "Fibre", "Net", "Cable", "Connect", "Online", "Telenet"]
ISP_PRE = ["Aster", "Blue", "Crest", "Delta", "Echo", "Fjord", "Granite", "Horizon", "Iris",
           "Jade", "Kite", "Lumen", "Maple", "Nova", "Opal", "Pine", "Quartz", "River", "Solar", "Tern"]

HOME_COUNTRIES = ["US", "CA", "GB", "IE", "PT", "DE", "NL", "SE", "FR", "ES", "PL", "IT", "TR", "AE",
                  "AM", "GE", "IN", "PK", "BD", "VN", "TH", "ID", "PH", "SG", "MY", "JP", "KR", "AU",
                  "NZ", "NG", "KE", "EG", "GH", "LK", "NP", "BR", "MX", "CO", "AR", "ZA", "HK",
                  "IR", "CN", "RU"]


class World:
    def __init__(self):
        rng = random.Random(101010)
        self.rows = []
        self._k = 0
        self.isp = {}      # cc -> list of (a, b)
        self.mobile = {}
        self.cloud = {}    # region -> (a, b)
        self.vps = []      # (name, cc, (a,b))
        self.vpn = {}      # cc -> list of (a,b,c) /24
        self.edu = {}      # name -> (a, b)
        self.ent = {}      # name -> (a,b,c,d0) base of a /28
        asn = [20000]

        def nasn():
            asn[0] += rng.randrange(7, 900)
            return asn[0]
        for cc in HOME_COUNTRIES:
            blocks = []
            for j in range(2):
                bl = self._alloc()
                org = "%s %s %s" % (rng.choice(ISP_PRE), rng.choice(ISP_WORDS), cc)
                self.rows.append(("%d.%d.0.0/16" % bl, nasn(), org, cc, "isp"))
                blocks.append(bl)
            self.isp[cc] = blocks
            bl = self._alloc()
            self.rows.append(("%d.%d.0.0/16" % bl, nasn(), "%s Mobile %s" % (rng.choice(ISP_PRE), cc), cc, "mobile"))
            self.mobile[cc] = [bl]
        cloud_asn = nasn()
        for region, cc in [("us-east", "US"), ("us-west", "US"), ("eu-west", "IE"),
                           ("eu-central", "DE"), ("ap-southeast", "SG"), ("ap-northeast", "JP")]:
            bl = self._alloc()
            self.rows.append(("%d.%d.0.0/16" % bl, cloud_asn, "Corvid Cloud Services", cc, "hosting"))
            self.cloud[region] = bl
        for name, cc in [("Hostlet BV", "NL"), ("Rackfeld GmbH", "DE"), ("Serveurs Lumiere", "FR"),
                         ("Ironvale Hosting", "US"), ("Baltnode UAB", "LT"), ("Pohjola Compute", "FI"),
                         ("Cobblestone VPS", "GB"), ("Lionstack Pte", "SG"), ("Dacia Hosting", "RO"),
                         ("Maplehost", "CA")]:
            bl = self._alloc()
            self.rows.append(("%d.%d.0.0/16" % bl, nasn(), name, cc, "hosting"))
            self.vps.append((name, cc, bl))
        for vname in ["TunnelFox VPN", "Quietpath VPN", "Harbor VPN"]:
            va = nasn()
            bl = self._alloc()
            for i, cc in enumerate(["US", "GB", "DE", "NL", "SE", "CA", "TR", "AE", "SG", "JP", "FR", "AU"]):
                self.rows.append(("%d.%d.%d.0/24" % (bl[0], bl[1], i * 3 + 1), va, vname, cc, "vpn"))
                self.vpn.setdefault(cc, []).append((bl[0], bl[1], i * 3 + 1))
        bl = self._alloc()
        self.tor = ["%d.%d.%d.%d" % (bl[0], bl[1], rng.randrange(256), rng.randrange(1, 255)) for _ in range(14)]
        self.rows.append(("%d.%d.0.0/16" % bl, nasn(), "Freiheit Colocation", "DE", "hosting"))
        for ip in self.tor:
            self.rows.append((ip + "/32", 0, "Tor exit", "DE", "tor"))
        for name, cc in [("University of Vellmoor", "GB"), ("Hochschule Elbrand", "DE"),
                         ("Northlake State University", "US"), ("Riftvale University", "KE")]:
            bl = self._alloc()
            self.rows.append(("%d.%d.0.0/16" % bl, nasn(), name, cc, "education"))
            self.edu[name] = bl
        for name, cc in [("Harborline Dublin", "IE"), ("Harborline Singapore", "SG")]:
            bl = self._alloc()
            base = (bl[0], bl[1], rng.randrange(256), 16 * rng.randrange(1, 15))
            self.rows.append(("%d.%d.%d.%d/28" % base, nasn(), "Harborline Ltd", cc, "enterprise"))
            self.ent[name] = base
        # hackathon venue: a business ISP /24 in Lisbon
        bl = self._alloc()
        self.venue = (bl[0], bl[1], 40)
        self.rows.append(("%d.%d.40.0/24" % bl, nasn(), "Tejo Business Fibre", "PT", "isp"))
        # Hearthlane residential proxy: exits inside home ISP ranges; the feed knows a quarter
        self.resi = {}
        for cc in ["US", "CA", "GB", "IE", "DE", "NL", "SE", "AU", "PK", "NG", "KE", "VN", "PH",
                   "EG", "BD", "ID", "IN", "GH", "LK", "NP", "TH", "MY"]:
            exits = []
            asn_of = {}
            for r in self.rows:
                if r[3] == cc and r[4] == "isp":
                    asn_of[r[0]] = r[1]
            for _ in range(160):
                bl = rng.choice(self.isp[cc])
                ip = "%d.%d.%d.%d" % (bl[0], bl[1], rng.randrange(256), rng.randrange(1, 255))
                exits.append(ip)
                if rng.random() < 0.25:
                    self.rows.append((ip + "/32", asn_of["%d.%d.0.0/16" % bl], "Hearthlane Networks", cc,
                                      "residential_proxy"))
            self.resi[cc] = exits

    def _alloc(self):
        k = self._k
        self._k += 1
        return (OCTETS[k % len(OCTETS)], (k // len(OCTETS) * 53 + 17 + k * 7) % 256)

    @staticmethod
    def host(rng, bl):
        return "%d.%d.%d.%d" % (bl[0], bl[1], rng.randrange(256), rng.randrange(1, 255))

    def home(self, rng, cc):
        return self.host(rng, rng.choice(self.isp[cc]))

    def mob(self, rng, cc):
        return self.host(rng, self.mobile[cc][0])

    def cloud_ip(self, rng, region):
        return self.host(rng, self.cloud[region])

    def vps_ip(self, rng, i=None):
        v = self.vps[rng.randrange(len(self.vps))] if i is None else self.vps[i]
        return self.host(rng, v[2])

    def vpn_ip(self, rng, cc):
        opts = self.vpn.get(cc) or self.vpn["US"]
        b = rng.choice(opts)
        return "%d.%d.%d.%d" % (b[0], b[1], b[2], rng.randrange(2, 254))

    def resi_ip(self, rng, cc):
        return rng.choice(self.resi[cc])

    def edu_ip(self, rng, name):
        return self.host(rng, self.edu[name])

    def ent_ip(self, rng, name):
        b = self.ent[name]
        return "%d.%d.%d.%d" % (b[0], b[1], b[2], b[3] + rng.randrange(1, 6))


# ----------------------------------------------------------------------------- output


def iso(ms):
    s, ms3 = divmod(ms, 1000)
    return time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(s)) + ".%03dZ" % ms3


OUT_MED = {"chat": 190, "dev": 380, "code": 720, "reason": 620, "grade": 480, "rewrite": 170,
           "safe": 540, "why": 420, "step": 110, "final": 380, "story": 820, "hack": 520,
           "ts": 210, "fa": 200, "short": 20}


class Acct:
    __slots__ = ("id", "group", "label", "campaign", "hard", "created", "rec", "n", "distinct")

    def __init__(self, aid, group, label, campaign, hard, created, rec):
        self.id, self.group, self.label, self.campaign, self.hard = aid, group, label, campaign, hard
        self.created, self.rec, self.n = created, rec, 0


class Gen:
    def __init__(self, seed, scale, out):
        self.seed = seed
        self.m = 1 if scale == "small" else 4
        self.mb = 1 if scale == "small" else 3.4   # background populations
        self.out = out
        self.world = World()
        self.idrng = random.Random("ids-%d" % seed)
        self.accts = []
        self.counter = 0
        self.dropped = 0
        self.early = 0
        self.daydir = os.path.join(out, ".days")
        os.makedirs(self.daydir, exist_ok=True)
        self.dayf = [open(os.path.join(self.daydir, "%02d" % d), "w", encoding="utf-8") for d in range(N_DAYS)]
        self.gstats = {}   # group -> [events, set of prompts]
        self.campaigns = {}

    def rng(self, name):
        return random.Random("%s-%d" % (name, self.seed))

    def acct(self, rng, group, label, campaign, hard, created, org=None, domain=None, local=None,
             pay=None, country=None, channel="standard", verified=False):
        alpha = "abcdefghijklmnopqrstuvwxyz0123456789"
        aid = "acct_" + "".join(alpha[self.idrng.randrange(36)] for _ in range(13))
        rec = {"account_id": aid, "created_at": iso(created)}
        if org:
            rec["org_id"] = org
        if domain:
            rec["email_domain"] = domain
        if local:
            rec["email_local_shape"] = T.local_shape(local)
        if pay:
            rec["payment_fingerprint"] = pay
        if country:
            rec["billing_country"] = country
        rec["signup_channel"] = channel
        rec["verified"] = verified
        a = Acct(aid, group, label, campaign, hard, created, rec)
        self.accts.append(a)
        if campaign:
            self.campaigns.setdefault(campaign, {"group": group, "first": None, "last": None,
                                                 "successor_of": None, "pivot_at": None})
        return a

    @staticmethod
    def pay(rng, prefix="pm"):
        return prefix + "_" + "%016x" % rng.getrandbits(64)

    def emit(self, rng, a, ts, ip, model, prompt, kind, cl, system=None, turns=1, hist=0,
             tools=None, max_tokens=-1, think=False, tool_calls=0, key=None, out_med=None):
        """Write one event; return the answer's output tokens (0 if dropped)."""
        ts = int(ts)
        if ts < START or ts >= END:
            self.dropped += 1
            return 0
        if ts < a.created:
            self.early += 1
            return 0
        if max_tokens == -1:
            max_tokens = cl.cap
        inp = int(len(prompt) / 3.7) + 4 + hist
        if system:
            inp += int(len(system) / 3.7)
        if tools:
            inp += 90 * len(tools)
        med = out_med or OUT_MED[kind]
        out = max(1, int(med * math.exp(rng.gauss(0, 0.55))))
        th = 0
        if think:
            th = int(1900 * math.exp(rng.gauss(0, 0.6)))
            out += th
        cap = max_tokens if max_tokens else 8192
        stop = "end_turn"
        if tool_calls:
            stop = "tool_use"
        if out >= cap:
            out = cap
            th = min(th, out)
            stop = "max_tokens"
            tool_calls = 0
        self.counter += 1
        rid = "rq_%012x" % (((self.counter * 0x9E3779B97F) ^ 0x5A5A5A5A5A) & 0xFFFFFFFFFFFF)
        ev = {"request_id": rid, "ts": iso(ts), "account_id": a.id, "ip": ip, "model": model,
              "prompt": prompt, "input_tokens": inp, "output_tokens": out}
        if key:
            ev["api_key_id"] = key
        ev["user_agent"] = cl.ua
        ev["client_fingerprint"] = cl.fp
        if system:
            ev["system"] = system
        ev["turns"] = turns
        if tools:
            ev["tools"] = tools
            ev["tool_calls"] = tool_calls
        if max_tokens:
            ev["max_tokens"] = max_tokens
        if think:
            ev["thinking_tokens"] = th
        ev["stop_reason"] = stop
        line = json.dumps(ev, ensure_ascii=False, separators=(",", ":"))
        self.dayf[(ts - START) // DAY].write("%d\t%s\t%s\n" % (ts, rid, line))
        a.n += 1
        st = self.gstats.setdefault(a.group, [0, set()])
        st[0] += 1
        st[1].add(prompt)
        if a.campaign:
            c = self.campaigns[a.campaign]
            if c["first"] is None or ts < c["first"]:
                c["first"] = ts
            if c["last"] is None or ts > c["last"]:
                c["last"] = ts
        return out

    # -------------------------------------------------------------------- timing helpers
    PROF = {
        "day": [1, 0.5, 0.3, 0.2, 0.2, 0.4, 1, 2, 3, 4, 4.5, 4.5, 5, 4.5, 4.5, 4.5, 4.5, 5, 5.5, 6, 6.5, 6, 4.5, 2.5],
        "evening": [2, 1, 0.5, 0.2, 0.1, 0.1, 0.3, 0.6, 1, 1, 1, 1.2, 1.5, 1.2, 1.2, 1.5, 2, 3, 4.5, 6, 7, 7, 6, 4],
        "office": [0.1, 0.05, 0.05, 0.05, 0.05, 0.1, 0.3, 1, 4, 6, 6.5, 6, 4, 5.5, 6.5, 6, 5, 3, 1.2, 0.8, 0.6, 0.5, 0.3, 0.2],
        "flat": [1] * 24,
    }
    _CUM = {}

    def local_time(self, rng, day, tz, prof):
        cum = self._CUM.get(prof)
        if cum is None:
            w = self.PROF[prof]
            tot = sum(w)
            acc = 0
            cum = []
            for x in w:
                acc += x / tot
                cum.append(acc)
            self._CUM[prof] = cum
        u = rng.random()
        h = 0
        while h < 23 and cum[h] < u:
            h += 1
        return START + day * DAY + int((h - tz) * HOUR) + rng.randrange(HOUR)

    @staticmethod
    def weekday(day):
        return day % 7  # 0 = Monday

    @staticmethod
    def answer_ms(out):
        return 600 + int(out / 75.0 * 1000)


# ----------------------------------------------------------------------------- benign background


def everyday_users(g):
    rng = g.rng("everyday")
    W = g.world
    countries = ["US"] * 22 + ["GB"] * 7 + ["DE"] * 6 + ["FR"] * 4 + ["IN"] * 8 + ["BR"] * 5 + \
                ["CA"] * 4 + ["AU"] * 3 + ["ES"] * 3 + ["IT"] * 3 + ["NL"] * 2 + ["PL"] * 2 + \
                ["MX"] * 3 + ["JP"] * 3 + ["KR"] * 2 + ["NG"] * 2 + ["PH"] * 2 + ["ID"] * 2 + \
                ["TR"] * 2 + ["ZA"] * 2 + ["SE", "IE", "PT", "AR", "CO", "EG", "KE", "VN", "TH", "SG", "MY", "AE"]
    for _ in range(int(1550 * g.mb)):
        cc = T.pick(rng, countries)
        tz = TZ[cc]
        created = START - int(rng.uniform(1, 700) * DAY) if rng.random() > 0.04 else \
            START + int(rng.uniform(0, 25) * DAY)
        fm = T.pick(rng, T.FREEMAIL)
        loc = T.email_local(rng)
        a = g.acct(rng, "everyday_user", "benign", None, False, created, domain=fm, local=loc,
                   pay=g.pay(rng) if rng.random() < 0.45 else None, country=cc,
                   verified=rng.random() < 0.2)
        r = rng.random()
        stack = "chrome" if r < 0.3 else "safari" if r < 0.38 else "firefox" if r < 0.43 else \
            "desktop" if r < 0.52 else "android" if r < 0.75 else "ios" if r < 0.9 else "py_sdk"
        cl = Client(rng, stack)
        home = W.home(rng, cc)
        vpn_user = rng.random() < 0.06
        rate = math.exp(rng.gauss(math.log(0.17), 0.9))  # sessions per day
        adopt = RELEASE + int(rng.uniform(2, 200) * HOUR) if rng.random() < 0.5 else END + 1
        lite = rng.random() < 0.18
        for day in range(N_DAYS):
            if cc == "US" and day == THANKSGIVING and rng.random() < 0.5:
                continue
            ns = 0
            p = rate
            while p > 0:
                if rng.random() < min(p, 1):
                    ns += 1
                p -= 1
            for _ in range(ns):
                t = g.local_time(rng, day, tz, "day")
                if t < created:
                    continue
                if stack in ("android", "ios") and rng.random() < 0.6:
                    ip = W.mob(rng, cc)
                elif vpn_user and rng.random() < 0.4:
                    ip = W.vpn_ip(rng, cc)
                else:
                    ip = home
                nturn = min(10, 1 + int(rng.expovariate(0.6)))
                hist = 0
                for k in range(nturn):
                    model = M_NEW if t >= adopt else (M_LITE if lite else M_MAIN)
                    if k == 0:
                        pr = T.humanise(rng, T.chat_prompt(rng)) if rng.random() < 0.85 else T.reasoning_prompt(rng, cot=False)
                        kind = "chat"
                    else:
                        pr = T.followup_specific(rng)
                        kind = "chat"
                    out = g.emit(rng, a, t, ip, model, pr, kind, cl, turns=2 * k + 1, hist=hist)
                    hist += int(len(pr) / 3.7) + out
                    t += g.answer_ms(out) + int(rng.expovariate(1 / 50000.0)) + 4000


def developers(g):
    rng = g.rng("devs")
    W = g.world
    countries = ["US"] * 20 + ["GB"] * 5 + ["DE"] * 5 + ["IN"] * 8 + ["CA"] * 3 + ["FR"] * 3 + \
                ["NL"] * 2 + ["PL"] * 3 + ["BR"] * 3 + ["SE", "ES", "PT", "JP", "KR", "SG", "AU", "IE", "VN", "NG", "KE"]
    for _ in range(int(330 * g.mb)):
        cc = T.pick(rng, countries)
        tz = TZ[cc]
        created = START - int(rng.uniform(5, 900) * DAY)
        if rng.random() < 0.4:
            dom = T.domainify(T.company_name(rng), T.pick(rng, ["com", "io", "dev", "co"]))
            org = "org_" + "%010x" % rng.getrandbits(40)
        else:
            dom, org = T.pick(rng, T.FREEMAIL), None
        loc = T.email_local(rng)
        a = g.acct(rng, "developer", "benign", None, False, created, org=org, domain=dom, local=loc,
                   pay=g.pay(rng), country=cc, channel=T.pick(rng, ["standard"] * 4 + ["startup"]),
                   verified=rng.random() < 0.35)
        cl = Client(rng, T.pick(rng, ["py_sdk", "py_sdk", "httpx", "node_sdk", "node_sdk", "go", "java", "curl"]))
        key = "key_" + "%08x" % rng.getrandbits(32)
        home = W.home(rng, cc)
        cloud = W.cloud_ip(rng, T.pick(rng, ["us-east", "eu-west", "eu-central", "ap-southeast"]))
        tools = T.invent_tools(rng, rng.randrange(2, 6)) if rng.random() < 0.25 else None
        cap = T.pick(rng, [None, 1024, 2048, 4096, 8192])
        rate = math.exp(rng.gauss(math.log(0.5), 0.8))
        adopt = RELEASE + int(rng.uniform(1, 150) * HOUR) if rng.random() < 0.6 else END + 1
        for day in range(N_DAYS):
            if g.weekday(day) >= 5 and rng.random() < 0.8:
                continue
            ns = int(rate) + (1 if rng.random() < rate - int(rate) else 0)
            for _ in range(ns):
                t = g.local_time(rng, day, tz, "office")
                ip = cloud if rng.random() < 0.2 else home
                hist = 0
                for k in range(1 + int(rng.expovariate(0.5))):
                    model = M_NEW if t >= adopt else (M_OLD if rng.random() < 0.05 else M_MAIN)
                    if tools and rng.random() < 0.4:
                        pr = T.agent_goal(rng, "our internal system", tools) if k == 0 else T.tool_result(rng, T.pick(rng, tools))
                        out = g.emit(rng, a, t, ip, model, pr, "step", cl, turns=2 * k + 1, hist=hist,
                                     tools=tools, max_tokens=cap, tool_calls=1 if rng.random() < 0.7 else 0, key=key)
                    else:
                        pr = (T.coding_prompt(rng) if rng.random() < 0.5 else T.humanise(rng, T.dev_question(rng), 0.4)) if k == 0 else T.followup_specific(rng)
                        out = g.emit(rng, a, t, ip, model, pr, "code" if k == 0 else "dev", cl, turns=2 * k + 1,
                                     hist=hist, max_tokens=cap, key=key)
                    hist += int(len(pr) / 3.7) + out
                    t += g.answer_ms(out) + int(rng.expovariate(1 / 70000.0)) + 3000


# ----------------------------------------------------------------------------- hard negatives


def hackathon(g):
    """Weekend hackathon at Quayside Hall, Lisbon: sign-ups within two hours on venue Wi-Fi."""
    rng = g.rng("hack")
    W = g.world
    kick = START + 11 * DAY + 18 * HOUR      # Fri 2026-11-20 18:00 local (UTC+0)
    n = 200 * g.m
    venue_nat = ["%d.%d.%d.%d" % (W.venue[0], W.venue[1], W.venue[2], x) for x in (11, 12, 13, 14)]
    team_org = None
    team_left = 0
    for i in range(n):
        if team_left == 0:
            team_org = "org_" + "%010x" % rng.getrandbits(40)
            team_left = rng.randrange(2, 6)
        team_left -= 1
        created = kick - HOUR + int(rng.uniform(0, 2) * HOUR)
        r = rng.random()
        if r < 0.5:
            dom, loc = T.pick(rng, T.FREEMAIL), T.email_local(rng)
        elif r < 0.75:
            dom = T.pick(rng, ["alunos.ulisboa-norte.pt", "campus.tejo-tech.pt", "fc-estrela.edu.pt",
                               "student.hs-elbrand.de", "uni-madrid-sur.es"])
            loc = T.email_local(rng, style=0)
        else:
            dom, loc = T.domainify(T.company_name(rng), "pt"), T.email_local(rng, style=2)
        cc = T.pick(rng, ["PT"] * 6 + ["ES", "ES", "FR", "DE", "GB", "BR", "IT"])
        a = g.acct(rng, "hackathon_weekend", "benign", None, True, created, org=team_org, domain=dom,
                   local=loc, pay=g.pay(rng) if rng.random() < 0.25 else None, country=cc,
                   channel="startup", verified=rng.random() < 0.1)
        cl = Client(rng, T.pick(rng, ["py_sdk", "node_sdk", "node_sdk", "chrome", "chrome", "curl", "httpx"]))
        nat = T.pick(rng, venue_nat)
        stamina = rng.uniform(0.5, 1.6)
        t = created + int(rng.uniform(5, 90) * 60000)
        end = kick + 48 * HOUR
        while t < end:
            hrs_left = max(1, (end - t) // HOUR)
            lh = ((t - START) // HOUR) % 24
            ip = W.mob(rng, "PT") if rng.random() < 0.08 else nat
            pr = T.hack_prompt_rich(rng, hrs_left) if rng.random() < 0.6 else (T.coding_prompt(rng) if rng.random() < 0.6 else T.humanise(rng, T.dev_question(rng), 0.5))
            out = g.emit(rng, a, t, ip, M_MAIN, pr, "hack", cl, max_tokens=cl.cap or 4096)
            if rng.random() < 0.3:
                t2 = t + g.answer_ms(out) + rng.randrange(8000, 90000)
                g.emit(rng, a, t2, ip, M_MAIN, T.followup_specific(rng), "code", cl, turns=3,
                       hist=int(len(pr) / 3.7) + out, max_tokens=cl.cap or 4096)
            if 3 <= lh < 8:
                gap = rng.uniform(20, 240) * 60000 if rng.random() < 0.7 else rng.uniform(3, 20) * 60000
            else:
                gap = rng.expovariate(1 / (65 * 60000.0 / stamina))
            t += g.answer_ms(out) + int(gap) + 20000
        # a fifth keep using it from home afterwards
        if rng.random() < 0.2:
            home = W.home(rng, cc)
            for day in range(14, N_DAYS):
                if rng.random() < 0.2:
                    t = g.local_time(rng, day, TZ[cc], "evening")
                    g.emit(rng, a, t, home, M_MAIN, T.coding_prompt(rng), "code", cl, max_tokens=cl.cap or 4096)


def course_classes(g):
    """Genuine university courses using the education programme's class codes."""
    rng = g.rng("course")
    W = g.world
    unis = [("University of Vellmoor", "GB", "vellmoor.ac.uk"), ("Hochschule Elbrand", "DE", "hs-elbrand.de"),
            ("Northlake State University", "US", "northlake.edu"), ("Riftvale University", "KE", "riftvale.ac.ke")]
    courses = ["Academic Writing", "Intro to Economics", "Research Methods", "Discrete Maths",
               "Public Policy", "Environmental Science", "Programming 1", "Modern History"]
    ci = 0
    for rep in range(g.m):
        for uname, cc, dom in unis:
            for _ in range(2):
                course = courses[ci % len(courses)] + ("" if rep == 0 else " %d" % (rep + 1))
                ci += 1
                tz = TZ[cc]
                org = "org_class_" + "%08x" % rng.getrandbits(32)
                code_day = rng.randrange(-20, 4)
                inst_created = START + code_day * DAY - int(rng.uniform(1, 10) * DAY)
                staff = []
                inst = g.acct(rng, "course_class_codes", "benign", None, True, inst_created, org=org,
                              domain=dom, local=T.email_local(rng, style=0), country=cc, channel="education",
                              verified=True, pay=g.pay(rng) if rng.random() < 0.3 else None)
                staff.append((inst, 4))
                for _ in range(rng.randrange(1, 3)):
                    ta = g.acct(rng, "course_class_codes", "benign", None, True, inst_created + int(rng.uniform(1, 9) * DAY),
                                org=org, domain=dom, local=T.email_local(rng, style=0), country=cc,
                                channel="education", verified=True)
                    staff.append((ta, 30))
                for acc, per_week in staff:
                    cl = Client(rng, T.pick(rng, ["chrome", "firefox", "safari", "py_sdk"]))
                    for day in range(N_DAYS):
                        if g.weekday(day) >= 5:
                            continue
                        nreq = per_week / 5.0
                        # TAs batch-grade on two days a week
                        if per_week > 10:
                            nreq = rng.randrange(15, 45) if g.weekday(day) in (1, 4) else rng.randrange(0, 3)
                        else:
                            nreq = 1 if rng.random() < nreq else 0
                        t = g.local_time(rng, day, tz, "office")
                        for _ in range(nreq if t >= acc.created else 0):
                            ip = W.edu_ip(rng, uname)
                            out = g.emit(rng, acc, t, ip, M_MAIN, T.ta_grading_prompt(rng, course), "grade", cl)
                            t += g.answer_ms(out) + rng.randrange(40000, 400000)
                nstud = rng.randrange(25, 46)
                for _ in range(nstud):
                    jd = code_day + (rng.randrange(0, 3) if rng.random() < 0.6 else rng.randrange(0, 14))
                    created = START + jd * DAY + int((rng.uniform(9, 23) - tz) * HOUR)
                    if rng.random() < 0.7:
                        sd, sl = "students." + dom, "s" + "".join(str(rng.randrange(10)) for _ in range(7))
                    else:
                        sd, sl = T.pick(rng, T.FREEMAIL), T.email_local(rng)
                    s = g.acct(rng, "course_class_codes", "benign", None, True, created, org=org, domain=sd,
                               local=sl, country=cc, channel="education",
                               pay=g.pay(rng) if rng.random() < 0.3 else None)
                    cl = Client(rng, T.pick(rng, ["chrome", "chrome", "safari", "firefox", "android", "ios", "desktop"]))
                    home = W.home(rng, cc)
                    keen = rng.uniform(0.1, 0.6)
                    adopt = RELEASE + int(rng.uniform(6, 150) * HOUR) if rng.random() < 0.5 else END + 1
                    for day in range(max(0, jd), N_DAYS):
                        wd = g.weekday(day)
                        p = keen * (1.6 if wd in (2, 3) else 0.5 if wd >= 5 else 1.0)
                        if rng.random() > p:
                            continue
                        t = g.local_time(rng, day, tz, "evening")
                        if t < created:
                            continue
                        ip = W.edu_ip(rng, uname) if (rng.random() < 0.45 and 9 <= ((t - START) // HOUR + tz) % 24 <= 18) else home
                        hist = 0
                        for k in range(1 + int(rng.expovariate(0.9))):
                            if k == 0:
                                r = rng.random()
                                if r < 0.45:
                                    pr, kind = T.self_feedback_prompt(rng), "grade"
                                elif r < 0.75:
                                    pr, kind = T.reasoning_prompt(rng, cot=rng.random() < 0.6), "reason"
                                elif r < 0.88:
                                    pr, kind = T.humanise(rng, T.chat_prompt(rng)), "chat"
                                else:
                                    pr, kind = T.coding_prompt(rng), "code"
                            else:
                                pr, kind = T.followup_specific(rng), "chat"
                            out = g.emit(rng, s, t, ip, M_NEW if t >= adopt else M_MAIN, pr, kind, cl,
                                         turns=2 * k + 1, hist=hist)
                            hist += int(len(pr) / 3.7) + out
                            t += g.answer_ms(out) + int(rng.expovariate(1 / 60000.0)) + 5000


def agent_builders(g):
    """Loomwork, a no-code agent platform (tenants define tools), plus independent agent developers."""
    rng = g.rng("agentb")
    W = g.world
    org = "org_loomwork"
    inv = g.pay(rng, "inv")
    addrs = [W.cloud_ip(rng, "eu-west") for _ in range(3)] + [W.cloud_ip(rng, "us-east") for _ in range(3)]
    cl_main = Client(rng, "py_sdk")
    for i in range(24 * g.m):
        cc = T.pick(rng, ["US", "US", "GB", "DE", "NL", "FR", "IE", "CA", "AU", "SE"])
        tz = TZ[cc]
        a = g.acct(rng, "agent_builders", "benign", None, True, START - int(rng.uniform(20, 400) * DAY), org=org,
                   domain="loomwork.io", local="svc-tenant-%d" % (1000 + i), pay=inv, country="IE",
                   channel="enterprise", verified=True)
        env = T.pick(rng, T.ENVIRONMENTS)
        tools = T.invent_tools(rng, rng.randrange(4, 10))
        sysp = "You are the assistant for %s, built on Loomwork. Use the tools provided. Never invent data." % env
        change_day = rng.randrange(5, 25) if rng.random() < 0.25 else 99
        busy = rng.uniform(2, 9)
        key = "key_" + "%08x" % rng.getrandbits(32)
        for day in range(N_DAYS):
            if day == change_day:
                tools = tools[:-1] + T.invent_tools(rng, 1)
            if g.weekday(day) >= 5:
                nruns = int(busy * 0.15)
            else:
                nruns = int(busy * rng.uniform(0.6, 1.3))
            for _ in range(nruns):
                t = g.local_time(rng, day, tz, "office")
                ip = T.pick(rng, addrs)
                hist = 0
                steps = rng.randrange(2, 7)
                for k in range(steps):
                    last = k == steps - 1
                    pr = T.pick(rng, T.TENANT_GOALS) + " (%s #%d)" % (env, rng.randrange(100, 99999)) if k == 0 \
                        else T.tool_result(rng, T.pick(rng, tools))
                    out = g.emit(rng, a, t, ip, M_MAIN if last else M_LITE, pr, "final" if last else "step", cl_main,
                                 system=sysp, turns=2 * k + 1, hist=hist, tools=tools, max_tokens=2048,
                                 tool_calls=0 if last else rng.randrange(1, 3), key=key)
                    hist += int(len(pr) / 3.7) + out
                    t += g.answer_ms(out) + rng.randrange(300, 2500)
    # independent developers building their own agents
    for _ in range(40 * g.m):
        cc = T.pick(rng, ["US", "GB", "DE", "IN", "CA", "FR", "PL", "BR", "SG", "JP", "NL", "SE"])
        tz = TZ[cc]
        dom = T.domainify(T.company_name(rng), T.pick(rng, ["io", "ai", "dev", "com"])) if rng.random() < 0.5 else T.pick(rng, T.FREEMAIL)
        a = g.acct(rng, "agent_builders", "benign", None, True, START - int(rng.uniform(1, 300) * DAY),
                   domain=dom, local=T.email_local(rng), pay=g.pay(rng), country=cc,
                   channel=T.pick(rng, ["standard", "startup"]), verified=rng.random() < 0.3)
        cl = Client(rng, T.pick(rng, ["py_sdk", "httpx", "node_sdk", "go"]))
        env = T.pick(rng, T.ENVIRONMENTS)
        tools = T.invent_tools(rng, rng.randrange(3, 8))
        sysp = T.dev_agent_system(rng, env, tools)
        home = W.home(rng, cc)
        active = rng.uniform(0.2, 0.7)
        adopt = RELEASE + int(rng.uniform(20, 200) * HOUR) if rng.random() < 0.4 else END + 1
        for day in range(N_DAYS):
            if g.weekday(day) >= 5 or rng.random() > active:
                continue
            if rng.random() < 0.1:   # iterating on the schema
                tools = tools[1:] + T.invent_tools(rng, 1)
                sysp = T.dev_agent_system(rng, env, tools)
            for _ in range(rng.randrange(1, 5)):
                t = g.local_time(rng, day, tz, "office")
                hist = 0
                steps = rng.randrange(2, 6)
                for k in range(steps):
                    last = k == steps - 1
                    pr = T.agent_goal(rng, env, tools) if k == 0 else T.tool_result(rng, T.pick(rng, tools))
                    out = g.emit(rng, a, t, home, M_NEW if t >= adopt else M_MAIN, pr, "final" if last else "step",
                                 cl, system=sysp,
                                 turns=2 * k + 1, hist=hist, tools=tools, max_tokens=4096,
                                 tool_calls=0 if last else 1)
                    hist += int(len(pr) / 3.7) + out
                    t += g.answer_ms(out) + rng.randrange(500, 4000)


def trust_safety(g):
    """Harborline's trust and safety team: safe rewrites of sensitive text, office hours."""
    rng = g.rng("ts")
    W = g.world
    org = "org_harborline"
    inv = g.pay(rng, "inv")
    sysp = ("You assist Harborline's trust and safety reviewers. Follow the Harborline community "
            "policy v7. Be precise and never add content that was not in the post.")
    for i in range(40 * g.m):
        site = "Harborline Dublin" if rng.random() < 0.6 else "Harborline Singapore"
        tz = 0 if site.endswith("Dublin") else 8
        a = g.acct(rng, "trust_safety_team", "benign", None, True, START - int(rng.uniform(30, 600) * DAY),
                   org=org, domain="harborline.com", local=T.email_local(rng, style=0), pay=inv,
                   country="IE" if tz == 0 else "SG", channel="enterprise", verified=True)
        cl = Client(rng, "chrome")
        team = T.pick(rng, ["queue-a", "queue-b", "escalations", "policy", "child-safety", "regulated-goods"])
        oncall = rng.random() < 0.1
        for day in range(N_DAYS):
            wd = g.weekday(day)
            if (wd >= 5 and not oncall) or rng.random() < 0.1:
                continue
            n = rng.randrange(4, 17) if wd < 5 else rng.randrange(1, 5)
            t = g.local_time(rng, day, tz, "office")
            for _ in range(n):
                model = M_NEW if (t > RELEASE + 30 * HOUR and rng.random() < 0.2) else (M_LITE if rng.random() < 0.3 else M_MAIN)
                out = g.emit(rng, a, t, W.ent_ip(rng, site), model, T.ts_prompt_rich(rng, team), "ts", cl, system=sysp)
                t += g.answer_ms(out) + int(rng.expovariate(1 / 500000.0)) + 30000


def diaspora(g):
    """Persian-speaking developers living in allowed countries."""
    rng = g.rng("diaspora")
    W = g.world
    for _ in range(90 * g.m):
        cc = T.pick(rng, ["DE", "DE", "SE", "NL", "CA", "CA", "GB", "TR", "US", "AE"])
        tz = TZ[cc]
        loc = T.email_local(rng, T.pick(rng, T.PERSIAN_FIRST), T.pick(rng, T.PERSIAN_LAST))
        a = g.acct(rng, "diaspora_developers", "benign", None, True, START - int(rng.uniform(10, 800) * DAY),
                   domain=T.pick(rng, T.FREEMAIL), local=loc, pay=g.pay(rng), country=cc,
                   verified=rng.random() < 0.3)
        cl = Client(rng, T.pick(rng, ["py_sdk", "chrome", "chrome", "node_sdk", "firefox", "desktop"]))
        home = W.home(rng, cc)
        rate = rng.uniform(0.3, 1.4)
        adopt = RELEASE + int(rng.uniform(3, 120) * HOUR) if rng.random() < 0.5 else END + 1
        for day in range(N_DAYS):
            wd = g.weekday(day)
            p = rate if wd < 5 else rate * 0.4
            ns = int(p) + (1 if rng.random() < p - int(p) else 0)
            for _ in range(ns):
                t = g.local_time(rng, day, tz, "office" if wd < 5 else "evening")
                ip = W.vpn_ip(rng, cc) if rng.random() < 0.05 else home
                hist = 0
                for k in range(1 + int(rng.expovariate(0.7))):
                    r = rng.random()
                    if k > 0:
                        pr, kind = T.followup_specific(rng) if rng.random() < 0.7 else T.fa_chat(rng), "chat"
                    elif r < 0.45:
                        pr, kind = T.coding_prompt(rng), "code"
                        if rng.random() < 0.15:
                            pr += "\n\n" + T.fa_ask(rng)
                    elif r < 0.65:
                        pr, kind = T.humanise(rng, T.dev_question(rng), 0.4), "dev"
                    elif r < 0.85:
                        pr, kind = T.fa_chat(rng), "fa"
                        if rng.random() < 0.2:
                            pr += " (" + T.fa_date(day) + ")"
                    else:
                        pr, kind = T.humanise(rng, T.chat_prompt(rng)), "chat"
                    model = M_NEW if t >= adopt else M_MAIN
                    out = g.emit(rng, a, t, ip, model, pr, kind, cl, turns=2 * k + 1, hist=hist)
                    hist += int(len(pr) / 3.7) + out
                    t += g.answer_ms(out) + int(rng.expovariate(1 / 60000.0)) + 4000


def release_ci(g):
    """SaaS companies whose CI runs fixed regression suites, and a new account for each new model."""
    rng = g.rng("ci")
    W = g.world
    for ci_i in range(5 * g.m):
        name = T.company_name(rng)
        dom = T.domainify(name, T.pick(rng, ["com", "io"]))
        org = "org_" + "%010x" % rng.getrandbits(40)
        inv = g.pay(rng, "inv")
        cc = T.pick(rng, ["US", "US", "DE", "GB", "IE", "SG"])
        tz = TZ[cc]
        region = {"US": "us-east", "DE": "eu-central", "GB": "eu-west", "IE": "eu-west", "SG": "ap-southeast"}[cc]
        addrs = [W.cloud_ip(rng, region) for _ in range(3)]
        cl = Client(rng, T.pick(rng, ["httpx", "node_sdk", "py_sdk"]))
        suite = T.ci_suite(random.Random("suite-%d-%d" % (g.seed, ci_i)), name.split()[0].lower(), rng.randrange(30, 70))
        accs = []
        for j in range(rng.randrange(2, 5)):
            accs.append(g.acct(rng, "release_day_ci", "benign", None, True, START - int(rng.uniform(60, 700) * DAY),
                               org=org, domain=dom, local="ci-bot-%d" % j, pay=inv, country=cc,
                               channel="enterprise", verified=True))
        new_created = RELEASE + int(rng.uniform(0.3, 5) * HOUR)
        newa = g.acct(rng, "release_day_ci", "benign", None, True, new_created, org=org, domain=dom,
                      local="ci-kestrel5", pay=inv, country=cc, channel="enterprise", verified=True)

        def run(acc, t, model, order_rng):
            items = list(suite)
            if order_rng:
                order_rng.shuffle(items)
            for pr, cap in items:
                out = g.emit(rng, acc, t, T.pick(rng, addrs), model, pr, "short", cl, max_tokens=cap,
                             out_med=max(3, cap // 3))
                t += g.answer_ms(out) + rng.randrange(150, 900)
            return t
        for day in range(N_DAYS):
            wd = g.weekday(day)
            if wd >= 5:
                continue
            t0 = START + day * DAY + int((2 - tz) * HOUR) + rng.randrange(0, 20 * 60000)
            acc = accs[day % len(accs)]
            t = run(acc, t0, M_MAIN, None)
            if wd in (0, 3):
                t = run(accs[(day + 1) % len(accs)], t + 60000, M_LITE, None)
            if t0 > new_created:
                run(newa, t + 60000, M_NEW, None)
        t = new_created + int(rng.uniform(5, 40) * 60000)
        for _ in range(rng.randrange(3, 6)):
            t = run(newa, t, M_NEW, random.Random(rng.random())) + int(rng.uniform(0.5, 4) * HOUR)


def privacy_users(g):
    """Privacy-minded people: alias e-mail, single-use virtual cards, VPN and sometimes Tor."""
    rng = g.rng("privacy")
    W = g.world
    for _ in range(130 * g.m):
        cc = T.pick(rng, ["US", "US", "DE", "DE", "NL", "SE", "GB", "FR", "CA", "IE", "AU"])
        tz = TZ[cc]
        created = START - int(rng.uniform(1, 400) * DAY) if rng.random() > 0.1 else START + int(rng.uniform(0, 20) * DAY)
        loc = T.random_local(rng)
        a = g.acct(rng, "privacy_alias_users", "benign", None, True, created, domain=T.pick(rng, T.ALIAS_SERVICES),
                   local=loc, pay=g.pay(rng, "vc"), country=cc, verified=rng.random() < 0.05)
        cl = Client(rng, T.pick(rng, ["firefox", "firefox", "desktop", "py_sdk", "chrome", "safari"]))
        home = W.home(rng, cc)
        vpn_cc = T.pick(rng, [cc, "NL", "SE", "DE", "US"])
        vpn_share = rng.uniform(0.3, 0.9)
        adopt = RELEASE + int(rng.uniform(10, 160) * HOUR) if rng.random() < 0.35 else END + 1
        rate = math.exp(rng.gauss(math.log(0.35), 0.7))
        for day in range(N_DAYS):
            ns = int(rate) + (1 if rng.random() < rate - int(rate) else 0)
            for _ in range(ns):
                t = g.local_time(rng, day, tz, "evening")
                if t < created:
                    continue
                r = rng.random()
                ip = W.vpn_ip(rng, vpn_cc) if r < vpn_share else (T.pick(rng, W.tor) if r < vpn_share + 0.04 else home)
                hist = 0
                for k in range(1 + int(rng.expovariate(0.5))):
                    if k == 0:
                        x = rng.random()
                        pr, kind = (T.humanise(rng, T.chat_prompt(rng)), "chat") if x < 0.5 else (T.humanise(rng, T.dev_question(rng), 0.4), "dev") if x < 0.8 \
                            else (T.reasoning_prompt(rng, cot=False), "reason")
                    else:
                        pr, kind = T.followup_specific(rng), "chat"
                    out = g.emit(rng, a, t, ip, M_NEW if t >= adopt else M_MAIN, pr, kind, cl, turns=2 * k + 1,
                                 hist=hist)
                    hist += int(len(pr) / 3.7) + out
                    t += g.answer_ms(out) + int(rng.expovariate(1 / 70000.0)) + 5000


def writers(g):
    """Novelists and screenwriters who regenerate and edit-and-resend."""
    rng = g.rng("writers")
    W = g.world
    for _ in range(150 * g.m):
        cc = T.pick(rng, ["US", "US", "US", "GB", "GB", "CA", "AU", "IE", "NZ", "DE", "NL", "SE", "IN", "NG", "ZA"])
        tz = TZ[cc]
        a = g.acct(rng, "regenerating_writers", "benign", None, True, START - int(rng.uniform(20, 900) * DAY),
                   domain=T.pick(rng, T.FREEMAIL), local=T.email_local(rng), pay=g.pay(rng), country=cc,
                   verified=rng.random() < 0.4)
        cl = Client(rng, T.pick(rng, ["desktop", "desktop", "chrome", "safari", "firefox"]))
        home = W.home(rng, cc)
        p_day = rng.uniform(0.15, 0.6)
        adopt = RELEASE + int(rng.uniform(20, 90) * HOUR) if rng.random() < 0.6 else END + 1
        for day in range(N_DAYS):
            if rng.random() > p_day:
                continue
            t = g.local_time(rng, day, tz, "evening")
            hist = 0
            turn = 1
            for k in range(rng.randrange(2, 9)):
                pr = T.writer_prompt_rich(rng) if k == 0 else (T.writer_edit_rich(rng) if rng.random() < 0.6 else T.followup_specific(rng))
                model = M_NEW if t >= adopt else M_MAIN
                out = g.emit(rng, a, t, home, model, pr, "story", cl, turns=turn, hist=hist)
                t += g.answer_ms(out) + rng.randrange(5000, 60000)
                while rng.random() < 0.3:          # regenerate: same prompt, same turn
                    out = g.emit(rng, a, t, home, model, pr, "story", cl, turns=turn, hist=hist)
                    t += g.answer_ms(out) + rng.randrange(4000, 40000)
                if rng.random() < 0.15:            # edit and resend
                    pr2 = pr + " " + T.writer_edit_rich(rng)
                    out = g.emit(rng, a, t, home, model, pr2, "story", cl, turns=turn, hist=hist)
                    t += g.answer_ms(out) + rng.randrange(5000, 60000)
                hist += int(len(pr) / 3.7) + out
                turn += 2
                t += int(rng.expovariate(1 / 120000.0))


# ----------------------------------------------------------------------------- attacks


def pivot_model(rng, t, pivot, share):
    if t >= pivot and rng.random() < share:
        return M_NEW
    return M_MAIN


def class_code_farm(g):
    """ccf-1: fake instructors at invented institutions, each with a class of fake students."""
    rng = g.rng("ccf")
    W = g.world
    used = set()
    countries = ["PK", "NG", "KE", "VN", "PH", "EG", "BD", "ID", "IN", "GH", "LK", "NP"]
    pivot = RELEASE + int(rng.uniform(12, 22) * HOUR)
    g.campaigns.setdefault("ccf-1", {"group": "class_code_farm", "first": None, "last": None,
                                     "successor_of": None, "pivot_at": None})
    for ii in range(12 * g.m):
        cc = countries[ii % len(countries)]
        tz = TZ[cc]
        inst = T.institution(rng, used)
        dom = T.domainify(inst, "edu." + cc.lower())
        org = "org_class_" + "%08x" % rng.getrandbits(32)
        ic = START + int(rng.uniform(-45, 6) * DAY)
        ins = g.acct(rng, "class_code_farm", "attack", "ccf-1", False, ic, org=org, domain=dom,
                     local=T.email_local(rng, style=0), country=cc, channel="education",
                     verified=rng.random() < 0.5)
        icl = Client(rng, "chrome")
        for day in range(max(0, (ic - START) // DAY + 1), N_DAYS):
            if rng.random() < 0.2:
                t = g.local_time(rng, day, tz, "office")
                g.emit(rng, ins, t, W.resi_ip(rng, cc), M_MAIN, T.ta_grading_prompt(rng, inst.split()[0] + " 101"), "grade", icl)
        waves = [ic + int(rng.uniform(0.5, 6) * DAY) for _ in range(rng.randrange(2, 4))]
        for _ in range(rng.randrange(20, 33)):
            created = T.pick(rng, waves) + int(rng.uniform(0, 3) * HOUR)
            if rng.random() < 0.65:
                sd = T.pick(rng, ["students.", "st.", ""]) + dom
                sl = "s" + "".join(str(rng.randrange(10)) for _ in range(7)) if rng.random() < 0.5 else T.email_local(rng, style=0)
            else:
                sd, sl = T.pick(rng, T.FREEMAIL), T.email_local(rng)
            s = g.acct(rng, "class_code_farm", "attack", "ccf-1", False, created, org=org, domain=sd, local=sl,
                       country=cc if rng.random() < 0.1 else None, pay=g.pay(rng) if rng.random() < 0.1 else None,
                       channel="education")
            sdk = rng.random() < 0.45
            cl = Client(rng, "httpx" if sdk else "chrome")
            cap = 16384 if sdk else 8192
            cloud = W.cloud_ip(rng, "ap-southeast") if rng.random() < 0.15 else None
            d0 = (created - START) // DAY + 1
            for day in range(max(0, d0), N_DAYS):
                if rng.random() > 0.4:
                    continue
                for _ in range(1 if rng.random() < 0.75 else 2):
                    t = g.local_time(rng, day, tz, "day")
                    ip = cloud or W.resi_ip(rng, cc)
                    for _ in range(rng.randrange(2, 6)):
                        r = rng.random()
                        model = pivot_model(rng, t, pivot, 0.4)
                        think = False
                        if r < 0.4:
                            pr, kind = T.grading_prompt(rng), "grade"
                        elif r < 0.7:
                            pr, kind = T.reasoning_prompt(rng), "reason"
                            think = sdk and rng.random() < 0.4
                        elif r < 0.8:
                            pr, kind = T.coding_prompt(rng), "code"
                        elif r < 0.85:
                            pr, kind = T.safe_rewrite_request(rng, T.sensitive_seed(rng)), "rewrite"
                        else:
                            pr, kind = T.self_feedback_prompt(rng) if rng.random() < 0.5 else T.chat_prompt(rng), "chat"
                        out = g.emit(rng, s, t, ip, model, pr, kind, cl, max_tokens=cap, think=think)
                        t += g.answer_ms(out)
                        if rng.random() < 0.2:
                            o2 = g.emit(rng, s, t + rng.randrange(5000, 30000), ip, model,
                                        T.pick(rng, T.COT_ASKS), "reason", cl, turns=3,
                                        hist=int(len(pr) / 3.7) + out, max_tokens=cap)
                            t += g.answer_ms(o2) + 30000
                        t += rng.randrange(20000, 90000)
    g.campaigns["ccf-1"]["pivot_at"] = pivot


def tool_schema_forge(g):
    """tsf-1: agent loops with a freshly invented tool schema per account per day."""
    rng = g.rng("tsf")
    W = g.world
    pivot = RELEASE + int(rng.uniform(6, 14) * HOUR)
    for _ in range(110 * g.m):
        created = START + int(rng.uniform(-20, 14) * DAY) + rng.randrange(DAY)
        if rng.random() < 0.4:
            dom = T.domainify(T.company_name(rng), T.pick(rng, ["io", "ai", "dev"]))
            org, ch, loc = "org_" + "%010x" % rng.getrandbits(40), "startup", T.email_local(rng, style=2)
        else:
            dom, org, ch, loc = T.pick(rng, T.FREEMAIL), None, "standard", T.email_local(rng)
        a = g.acct(rng, "tool_schema_forge", "attack", "tsf-1", False, created, org=org, domain=dom, local=loc,
                   pay=g.pay(rng), country=T.pick(rng, ["US", "GB", "SG", "DE", "CA"]), channel=ch,
                   verified=rng.random() < 0.1)
        cl = Client(rng, T.pick(rng, ["httpx", "httpx", "node_sdk", "go"]))
        region = T.pick(rng, ["us-east", "eu-central", "ap-southeast"])
        vps = rng.random() < 0.2
        block_start = rng.randrange(24)
        life0 = max(0, (created - START) // DAY + rng.randrange(1, 4))
        life1 = min(N_DAYS, life0 + rng.randrange(8, 17))
        key = "key_" + "%08x" % rng.getrandbits(32)
        ip = None
        for day in range(life0, life1):
            if ip is None or (day - life0) % 7 == 0:
                ip = W.vps_ip(rng) if vps else W.cloud_ip(rng, region)
            if rng.random() > 0.75:
                continue
            env = T.pick(rng, T.ENVIRONMENTS)
            tools = T.invent_tools(rng, rng.randrange(3, 8))
            sysp = T.agent_system(rng, env, tools)
            for _ in range(rng.randrange(2, 5)):
                t = START + day * DAY + (block_start + rng.randrange(14)) % 24 * HOUR + rng.randrange(HOUR)
                model = pivot_model(rng, t, pivot, 0.5)
                think = rng.random() < 0.5
                hist = 0
                steps = rng.randrange(4, 10)
                for k in range(steps):
                    last = k == steps - 1
                    pr = T.agent_goal(rng, env, tools) if k == 0 else T.tool_result(rng, T.pick(rng, tools))
                    out = g.emit(rng, a, t, ip, model, pr, "final" if last else "step", cl, system=sysp,
                                 turns=2 * k + 1, hist=hist, tools=tools, max_tokens=16384,
                                 think=think and (k == 0 or last), tool_calls=0 if last else rng.randrange(1, 4), key=key)
                    hist += int(len(pr) / 3.7) + out
                    t += g.answer_ms(out) + rng.randrange(400, 2500)
    g.campaigns["tsf-1"]["pivot_at"] = pivot


def safe_triplets(g):
    """stm-1: sensitive question -> safe rewrite -> answer to the rewrite -> why it was risky."""
    rng = g.rng("stm")
    W = g.world
    pivot = RELEASE + int(rng.uniform(20, 30) * HOUR)
    for _ in range(200 * g.m):
        cc = T.pick(rng, ["US", "US", "GB", "CA", "AU", "IE"])
        tz = TZ[cc]
        created = START + int(rng.uniform(-60, 18) * DAY) + rng.randrange(DAY)
        a = g.acct(rng, "safe_triplet_miner", "attack", "stm-1", False, created, domain=T.pick(rng, T.FREEMAIL),
                   local=T.email_local(rng), pay=g.pay(rng), country=cc, verified=rng.random() < 0.03)
        r = rng.random()
        cl = Client(rng, "chrome" if r < 0.5 else "py_sdk" if r < 0.8 else "node_sdk")
        cap = 4096 if cl.stack == "chrome" else 8192
        d0 = max(0, (created - START) // DAY + rng.randrange(1, 5))
        span = rng.randrange(7, 15)
        ndays = rng.randrange(5, 11)
        days = sorted(rng.sample(range(d0, d0 + span), min(ndays, span)))
        for day in days:
            if day >= N_DAYS:
                continue
            t = g.local_time(rng, day, tz, "evening")
            ip = W.resi_ip(rng, cc)
            if rng.random() < 0.15:
                out = g.emit(rng, a, t, ip, M_MAIN, T.humanise(rng, T.chat_prompt(rng)), "chat", cl, max_tokens=cap)
                t += g.answer_ms(out) + rng.randrange(20000, 120000)
            for _ in range(rng.randrange(3, 8)):
                seed = T.humanise(rng, T.sensitive_seed(rng), 0.7)
                model = pivot_model(rng, t, pivot, 0.3)
                out = g.emit(rng, a, t, ip, model, T.safe_rewrite_request(rng, seed), "rewrite", cl, max_tokens=cap)
                t += g.answer_ms(out) + rng.randrange(15000, 70000)
                out = g.emit(rng, a, t, ip, model, T.safe_answer_request(rng, seed), "safe", cl, max_tokens=cap)
                t += g.answer_ms(out) + rng.randrange(10000, 60000)
                if cl.stack != "chrome" and rng.random() < 0.5:
                    out = g.emit(rng, a, t, ip, model, T.safe_why_request(rng, seed), "why", cl, max_tokens=cap,
                                 think=True)
                    t += g.answer_ms(out) + rng.randrange(10000, 60000)
                t += rng.randrange(30000, 200000)
    g.campaigns["stm-1"]["pivot_at"] = pivot


def friday_weekend(g):
    """fwe-1: operators in a restricted country (UTC+3:30, Saturday-Wednesday week) behind allowed exits."""
    rng = g.rng("fwe")
    W = g.world
    pivot = RELEASE + int(rng.uniform(18, 40) * HOUR)
    tz = 3.5
    cards = [g.pay(rng) for _ in range(35 * g.m)]
    shells = [T.domainify(T.company_name(rng) + " FZE", "ae") for _ in range(4 * g.m)] + \
             [T.domainify(T.company_name(rng) + " Danismanlik", "com.tr") for _ in range(3 * g.m)]
    for i in range(160 * g.m):
        # sign-up in the operators' working hours
        cday = rng.randrange(-90, 10)
        while g.weekday(cday % 7) == 4:
            cday += 1
        created = START + cday * DAY + int((rng.uniform(9, 17) - tz) * HOUR)
        loc = T.email_local(rng, T.pick(rng, T.PERSIAN_FIRST), T.pick(rng, T.PERSIAN_LAST))
        dom = T.pick(rng, shells) if rng.random() < 0.3 else T.pick(rng, T.FREEMAIL)
        bc = T.pick(rng, ["AE"] * 4 + ["TR"] * 3 + ["AM"] * 2 + ["GE"])
        a = g.acct(rng, "friday_weekend_exits", "attack", "fwe-1", False, created, domain=dom, local=loc,
                   pay=cards[i % len(cards)], country=bc, verified=rng.random() < 0.08)
        r = rng.random()
        cl = Client(rng, "py_sdk" if r < 0.6 else "chrome" if r < 0.85 else "node_sdk")
        cap = T.pick(rng, [8192, 16384]) if cl.stack != "chrome" else 4096
        exit_cc = T.pick(rng, ["DE", "NL", "SE", "GB", "CA"])
        use_vpn = rng.random() < 0.2
        vpn_cc = T.pick(rng, ["TR", "AE", "DE"])
        for day in range(max(0, cday + 1), N_DAYS):
            wd = g.weekday(day)
            if wd == 4:
                continue                       # Friday off
            if rng.random() > 0.5:
                continue
            hours = (9, 17) if wd != 3 else (9, 13)
            if wd == 3 and rng.random() < 0.6:
                continue
            ip = W.vpn_ip(rng, vpn_cc) if use_vpn else W.resi_ip(rng, exit_cc)
            for _ in range(rng.randrange(1, 4)):
                t = START + day * DAY + int((rng.uniform(*hours) - tz) * HOUR)
                for _ in range(rng.randrange(2, 7)):
                    model = pivot_model(rng, t, pivot, 0.35)
                    leak = rng.random() < 0.01
                    eip = W.home(rng, "IR") if leak else ip
                    x = rng.random()
                    think = False
                    tools = None
                    tc = 0
                    if x < 0.35:
                        pr, kind = T.coding_prompt(rng), "code"
                        if rng.random() < 0.12:
                            pr += "\n\n" + T.fa_ask(rng)
                    elif x < 0.6:
                        pr, kind = T.reasoning_prompt(rng), "reason"
                        think = cl.stack != "chrome" and rng.random() < 0.4
                        if rng.random() < 0.08:
                            pr += " " + T.fa_ask(rng)
                    elif x < 0.7:
                        env = T.pick(rng, T.ENVIRONMENTS)
                        tools = T.invent_tools(rng, 4)
                        pr, kind, tc = T.agent_goal(rng, env, tools), "step", 1
                    elif x < 0.8:
                        pr, kind = T.grading_prompt(rng), "grade"
                    elif x < 0.85:
                        pr, kind = T.safe_rewrite_request(rng, T.sensitive_seed(rng)), "rewrite"
                    else:
                        if rng.random() < 0.4:
                            pr = T.pick(rng, T.WORK_NOTES_FA) + " " + T.fa_date(day) + ": " + T.cover_prompt(rng)
                        else:
                            pr = T.cover_prompt(rng)
                        kind = "chat"
                    out = g.emit(rng, a, t, eip, model, pr, kind, cl, max_tokens=cap, think=think, tools=tools,
                                 tool_calls=tc)
                    t += g.answer_ms(out) + rng.randrange(15000, 150000)
    g.campaigns["fwe-1"]["pivot_at"] = pivot


def release_spawn(g):
    """rsp-1 harvests on the old model all month; rsp-2 is a fresh cohort signed up hours after the
    release that uses only the new model, so half the operation's traffic moves within a day."""
    rng = g.rng("rsp")
    W = g.world
    vps_idx = [0, 1, 3, 4, 8]
    old_cards = [g.pay(rng) for _ in range(25 * g.m)]
    new_cards = [g.pay(rng) for _ in range(20 * g.m)]
    spawn0 = RELEASE + int(rng.uniform(2.5, 4.5) * HOUR)
    g.campaigns["rsp-1"] = {"group": "release_spawn", "first": None, "last": None, "successor_of": None, "pivot_at": None}
    g.campaigns["rsp-2"] = {"group": "release_spawn", "first": None, "last": None, "successor_of": "rsp-1", "pivot_at": None}

    def work(a, cl, ip, t_from, new):
        day0 = max(0, (t_from - START) // DAY)
        for day in range(day0, N_DAYS):
            for _ in range(rng.randrange(3, 7)):
                t = START + day * DAY + rng.randrange(DAY)
                if t < t_from:
                    continue
                x = rng.random()
                if x < 0.5:
                    pr, kind, think = T.reasoning_prompt(rng), "reason", rng.random() < (0.6 if new else 0.3)
                elif x < 0.85:
                    pr, kind, think = T.coding_prompt(rng), "code", new and rng.random() < 0.3
                else:
                    pr, kind, think = T.grading_prompt(rng), "grade", False
                g.emit(rng, a, t, ip, M_NEW if new else M_MAIN, pr, kind, cl, max_tokens=8192 if not new else 16384,
                       think=think)
    for i in range(100 * g.m):
        created = START - int(rng.uniform(10, 120) * DAY)
        ch = "startup" if rng.random() < 0.2 else "standard"
        a = g.acct(rng, "release_spawn", "attack", "rsp-1", False, created, domain=T.pick(rng, T.FREEMAIL),
                   local=T.email_local(rng), pay=old_cards[i % len(old_cards)],
                   country=T.pick(rng, ["US", "GB", "NL", "DE", "CA"]), channel=ch, verified=rng.random() < 0.05)
        cl = Client(rng, "py_sdk", STACKS["py_sdk"][1][rng.randrange(0, 4)])
        ip = W.vps_ip(rng, T.pick(rng, vps_idx))
        work(a, cl, ip, START, False)
    for i in range(100 * g.m):
        created = spawn0 + int(rng.uniform(0, 6) * HOUR)
        a = g.acct(rng, "release_spawn", "attack", "rsp-2", False, created, domain=T.pick(rng, T.FREEMAIL),
                   local=T.email_local(rng), pay=new_cards[i % len(new_cards)],
                   country=T.pick(rng, ["US", "GB", "NL", "DE", "CA"]), verified=False)
        cl = Client(rng, "py_sdk", STACKS["py_sdk"][1][rng.randrange(5, 9)])
        ip = W.vps_ip(rng, T.pick(rng, vps_idx))
        work(a, cl, ip, created + int(rng.uniform(0.2, 2) * HOUR), True)


def prepaid_drip(g):
    """ppd-1: prepaid cards and burner e-mail, a steady trickle of sign-ups, each account spent in days."""
    rng = g.rng("ppd")
    W = g.world
    pivot = RELEASE + int(rng.uniform(4, 16) * HOUR)
    n = 260 * g.m
    for _ in range(n):
        created = START - 2 * DAY + rng.randrange((N_DAYS + 1) * DAY)
        loc = T.random_local(rng)
        cc = "US" if rng.random() < 0.85 else "CA"
        a = g.acct(rng, "prepaid_drip", "attack", "ppd-1", False, created, domain=T.pick(rng, T.BURNER), local=loc,
                   pay=g.pay(rng, "pp"), country=cc, verified=False)
        stack = T.pick(rng, ["requests", "httpx", "node_sdk", "go", "curl"])
        cl = Client(rng, stack)
        net = rng.random()
        budget = rng.randrange(25, 90)
        t = created + int(rng.uniform(5, 90) * 60000)
        run_end = t + int(rng.uniform(6, 14) * HOUR)
        ip = None
        last_ip_t = -1
        while budget > 0 and t < END:
            if t > run_end:
                t += int(rng.uniform(8, 20) * HOUR)
                run_end = t + int(rng.uniform(6, 14) * HOUR)
                ip = None
            if ip is None or (net < 0.4 and t - last_ip_t > HOUR):
                ip = W.mob(rng, cc) if net < 0.4 else W.resi_ip(rng, cc) if net < 0.75 else W.vpn_ip(rng, cc)
                last_ip_t = t
            model = pivot_model(rng, t, pivot, 0.5)
            x = rng.random()
            if x < 0.5:
                pr, kind, think = T.coding_prompt(rng), "code", False
            elif x < 0.85:
                pr, kind, think = T.reasoning_prompt(rng), "reason", rng.random() < 0.5
            else:
                pr, kind, think = T.grading_prompt(rng), "grade", False
            out = g.emit(rng, a, t, ip, model, pr, kind, cl, max_tokens=16384, think=think)
            budget -= 1
            t += g.answer_ms(out) + rng.randrange(40000, 240000)
    g.campaigns["ppd-1"]["pivot_at"] = pivot


def branch_trees(g):
    """btm-1: conversation trees: several alternative follow-ups sent on the same history."""
    rng = g.rng("btm")
    W = g.world
    pivot = RELEASE + int(rng.uniform(8, 20) * HOUR)
    orgs = [("org_" + "%010x" % rng.getrandbits(40), T.domainify(T.company_name(rng), T.pick(rng, ["sg", "ai", "io"])))
            for _ in range(8 * g.m)]
    cards = [g.pay(rng) for _ in range(45 * g.m)]
    for i in range(100 * g.m):
        cc = T.pick(rng, ["SG", "MY", "TH", "HK", "JP"])
        created = START + int(rng.uniform(-30, 10) * DAY) + rng.randrange(DAY)
        if rng.random() < 0.3:
            org, dom = T.pick(rng, orgs)
            ch, loc = "startup", T.email_local(rng, style=0)
        else:
            org, dom, ch, loc = None, T.pick(rng, T.FREEMAIL), "standard", T.email_local(rng)
        a = g.acct(rng, "branch_tree_harvest", "attack", "btm-1", False, created, org=org, domain=dom, local=loc,
                   pay=cards[i % len(cards)], country=cc, channel=ch, verified=rng.random() < 0.1)
        cl = Client(rng, "node_sdk" if rng.random() < 0.7 else "py_sdk")
        mobile = cc in ("MY", "TH") and rng.random() < 0.5
        sticky = W.cloud_ip(rng, T.pick(rng, ["ap-southeast", "ap-northeast"]))
        block = rng.randrange(24)
        d0 = max(0, (created - START) // DAY + 1)
        d1 = min(N_DAYS, d0 + rng.randrange(10, 21))
        for day in range(d0, d1):
            if rng.random() > 0.7:
                continue
            t = START + day * DAY + (block + rng.randrange(12)) % 24 * HOUR + rng.randrange(HOUR)
            ip = W.mob(rng, cc) if mobile else sticky
            model = pivot_model(rng, t, pivot, 0.5)
            cap = T.pick(rng, [8192, 16384])
            think = rng.random() < 0.3
            seed = T.reasoning_prompt(rng) if rng.random() < 0.6 else T.coding_prompt(rng)
            out = g.emit(rng, a, t, ip, model, seed, "reason", cl, max_tokens=cap, think=think)
            hist = int(len(seed) / 3.7) + out
            t += g.answer_ms(out) + rng.randrange(1000, 8000)
            turn = 3
            for level in range(rng.randrange(2, 4)):
                outs = []
                tb = t
                for _ in range(rng.randrange(3, 6)):
                    pr = T.branch_follow_rich(rng)
                    o = g.emit(rng, a, tb, ip, model, pr, "reason", cl, turns=turn, hist=hist, max_tokens=cap,
                               think=think)
                    outs.append((o, pr))
                    tb += rng.randrange(300, 6000)
                o, pr = T.pick(rng, outs)
                t = tb + g.answer_ms(max(x[0] for x in outs)) + rng.randrange(2000, 20000)
                hist += int(len(pr) / 3.7) + o
                turn += 2
    g.campaigns["btm-1"]["pivot_at"] = pivot


# ----------------------------------------------------------------------------- main

GROUPS = [everyday_users, developers, hackathon, course_classes, agent_builders, trust_safety, diaspora,
          release_ci, privacy_users, writers, class_code_farm, tool_schema_forge, safe_triplets,
          friday_weekend, release_spawn, prepaid_drip, branch_trees]


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--scale", choices=["small", "medium"], default="small")
    ap.add_argument("--out", required=True)
    ap.add_argument("--no-accounts", action="store_true", help="write request logs only")
    args = ap.parse_args()
    t0 = time.time()
    os.makedirs(args.out, exist_ok=True)
    if os.path.isdir(os.path.join(args.out, ".days")):
        shutil.rmtree(os.path.join(args.out, ".days"))
    g = Gen(args.seed, args.scale, args.out)
    for fn in GROUPS:
        fn(g)
    for f in g.dayf:
        f.close()
    # events: sort each day by (ts, request_id) and join
    n_events = 0
    with open(os.path.join(args.out, "events.jsonl"), "w", encoding="utf-8", newline="\n") as out:
        for d in range(N_DAYS):
            p = os.path.join(g.daydir, "%02d" % d)
            with open(p, encoding="utf-8") as f:
                rows = []
                for line in f:
                    ts, rid, js = line.split("\t", 2)
                    rows.append((int(ts), rid, js))
            rows.sort(key=lambda r: (r[0], r[1]))
            for r in rows:
                out.write(r[2])
            n_events += len(rows)
    shutil.rmtree(g.daydir)
    live = [a for a in g.accts if a.n > 0]
    acc_path = os.path.join(args.out, "accounts.jsonl")
    if args.no_accounts:
        if os.path.exists(acc_path):
            os.remove(acc_path)
    else:
        with open(acc_path, "w", encoding="utf-8", newline="\n") as f:
            for a in sorted(live, key=lambda a: (a.created, a.id)):
                f.write(json.dumps(a.rec, separators=(",", ":")) + "\n")
    with open(os.path.join(args.out, "truth.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for a in sorted(live, key=lambda a: a.id):
            r = {"account_id": a.id, "label": a.label, "group": a.group, "campaign": a.campaign}
            if a.hard:
                r["hard"] = True
            f.write(json.dumps(r, separators=(",", ":")) + "\n")
    if g.campaigns.get("rsp-2", {}).get("first"):
        g.campaigns["rsp-1"]["pivot_at"] = g.campaigns["rsp-2"]["first"]
    counts = {}
    for a in live:
        if a.campaign:
            counts[a.campaign] = counts.get(a.campaign, 0) + 1
    with open(os.path.join(args.out, "campaigns.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for cid in sorted(g.campaigns):
            c = g.campaigns[cid]
            f.write(json.dumps({"campaign": cid, "group": c["group"], "accounts": counts.get(cid, 0),
                                "active_from": iso(c["first"]), "active_until": iso(c["last"]),
                                "successor_of": c["successor_of"],
                                "pivot_at": iso(c["pivot_at"]) if c["pivot_at"] else None},
                               separators=(",", ":")) + "\n")
    with open(os.path.join(args.out, "ip_ranges.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("cidr,asn,as_org,country,kind\n")
        for r in g.world.rows:
            f.write("%s,%d,%s,%s,%s\n" % r)
    with open(os.path.join(args.out, "releases.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("model,released_at\n")
        f.write("%s,2025-03-18T16:00:00.000Z\n" % M_OLD)
        f.write("%s,2026-02-10T17:00:00.000Z\n" % M_MAIN)
        f.write("%s,2026-04-07T17:00:00.000Z\n" % M_LITE)
        f.write("%s,%s\n" % (M_NEW, iso(RELEASE)))
    with open(os.path.join(args.out, "policy.toml"), "w", encoding="utf-8", newline="\n") as f:
        f.write('restricted_countries = ["CN", "RU", "KP", "IR", "SY", "CU"]\n')
        f.write('hash_key_id = "outside-ten"\n')
        f.write('hash_key = "o10-test-key-not-a-secret-%d"\n\n' % 4242)
        f.write("[thresholds]\nreview = 0.5\nthrottle = 0.7\nblock = 0.85\n")
    # stderr table
    by = {}
    for a in live:
        k = (a.label, a.group, a.hard)
        by.setdefault(k, 0)
        by[k] += 1
    w = sys.stderr.write
    w("%-8s %-24s %9s %9s %9s\n" % ("label", "group", "accounts", "events", "distinct"))
    tot_e = 0
    tot_d = set()
    order = sorted(by, key=lambda k: (k[0] != "attack", k[2], k[1]))
    for k in order:
        ev, ps = g.gstats[k[1]]
        tot_e += ev
        tot_d |= ps
        lab = k[0] + ("*" if k[2] else "")
        w("%-8s %-24s %9d %9d %9.2f\n" % (lab, k[1], by[k], ev, len(ps) / max(1, ev)))
    n_att = sum(1 for a in live if a.label == "attack")
    w("%-8s %-24s %9d %9d %9.2f\n" % ("", "total", len(live), n_events, len(tot_d) / max(1, n_events)))
    w("attack accounts %d; campaigns %d; dropped outside window %d; dropped before sign-up %d; %.1f s\n"
      % (n_att, len(g.campaigns), g.dropped, g.early, time.time() - t0))


if __name__ == "__main__":
    main()
