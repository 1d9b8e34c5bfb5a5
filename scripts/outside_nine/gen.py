#!/usr/bin/env python3
"""outside_nine: independent test traffic for distillguard, written from a threat description only.

Usage: python3 gen.py --seed N [--scale small|medium] [--no-accounts] --out DIR

Python 3 standard library only. The same seed and scale give byte-identical files.
See README.md next to this file for what is generated and why.
"""
import argparse
import datetime as dt
import ipaddress
import json
import math
import os
import random
import shutil
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import text as T  # noqa: E402

H = T.humanise

# ---------------------------------------------------------------------------------------------
# time

SEC, MIN, HOUR, DAY = 1000, 60000, 3600000, 86400000


def ms(s):
    return int(dt.datetime.fromisoformat(s.replace("Z", "+00:00")).timestamp() * 1000)


def iso(t):
    d = dt.datetime.fromtimestamp(t // 1000, tz=dt.timezone.utc)
    return d.strftime("%Y-%m-%dT%H:%M:%S") + f".{t % 1000:03d}Z"


W0 = ms("2026-10-05T00:00:00Z")  # a Monday
NDAYS = 28
W1 = W0 + NDAYS * DAY
REL = ms("2026-10-20T16:30:00Z")  # osprey-3, a Tuesday
MAIN, LITE, OLD, NEW = "osprey-2", "osprey-2-lite", "osprey-1.5", "osprey-3"
RELEASES = [(OLD, "2025-08-19T15:00:00Z"), (MAIN, "2026-03-10T16:00:00Z"),
            (LITE, "2026-04-14T16:00:00Z"), (NEW, "2026-10-20T16:30:00Z")]

# ---------------------------------------------------------------------------------------------
# countries: utc offset (fixed), free-mail domains

COUNTRIES = {
    "US": -5, "CA": -5, "MX": -6, "BR": -3, "AR": -3, "CO": -5, "CL": -3, "PE": -5, "GB": 0, "IE": 0,
    "FR": 1, "DE": 1, "NL": 1, "ES": 1, "IT": 1, "PL": 1, "PT": 0, "SE": 1, "DK": 1, "FI": 2, "RO": 2,
    "UA": 2, "GE": 4, "TR": 3, "IN": 5.5, "PK": 5, "ID": 7, "PH": 8, "VN": 7, "TH": 7, "SG": 8,
    "MY": 8, "JP": 9, "KR": 9, "AU": 11, "NZ": 13, "ZA": 2, "NG": 1, "KE": 3, "EG": 2, "AE": 4,
    "EE": 2, "LT": 2, "LV": 2, "CY": 2, "MT": 1, "CN": 8, "RU": 3,
}
MOBILE_CC = ["US", "GB", "DE", "FR", "ES", "IT", "MX", "BR", "AR", "CO", "CL", "PE", "IN", "ID", "PH",
             "VN", "TH", "NG", "KE", "EG", "TR", "PK", "ZA", "PL"]
V6_CC = ["US", "DE", "FR", "IN", "BR", "JP", "GB"]
FREEMAIL = {
    "_": ["gmail.com", "outlook.com", "yahoo.com", "proton.me", "icloud.com", "hotmail.com"],
    "MX": ["gmail.com", "hotmail.com", "outlook.es", "yahoo.com.mx"],
    "BR": ["gmail.com", "hotmail.com", "uol.com.br", "bol.com.br", "yahoo.com.br"],
    "AR": ["gmail.com", "hotmail.com", "yahoo.com.ar"], "CO": ["gmail.com", "hotmail.com", "outlook.com"],
    "ID": ["gmail.com", "yahoo.co.id"], "DE": ["gmail.com", "web.de", "gmx.de"], "FR": ["gmail.com", "orange.fr", "free.fr"],
    "GB": ["gmail.com", "outlook.com", "btinternet.com", "icloud.com"], "PL": ["gmail.com", "wp.pl", "o2.pl"],
    "JP": ["gmail.com", "yahoo.co.jp"], "IN": ["gmail.com", "rediffmail.com", "yahoo.in"],
}
ISP_WORDS = ["Tel", "Net", "Link", "Fibra", "Com", "Wave", "Connect", "Broadband", "Online", "Cable"]

# ---------------------------------------------------------------------------------------------
# clients: one TLS-style fingerprint per stack

FP = {
    "python": "t13d1715h2_5b57614c22b0_93c746dc12af", "node": "t13d1516h2_8daaf6152771_e5627efa2ab1",
    "go": "t13d1312h2_f57a46bbacb6_ab68e9bb2c9b", "java": "t13d1714h2_2a2b4d0b8c5e_7c1f3d7b0a44",
    "curl": "t13d3112h2_e8f1e7e78f70_b26ce05bbdd6", "dotnet": "t13d1110h2_0d2b1ab63a02_fa3c3b2d5c68",
    "rust": "t13d1011h2_9dc949149365_3d1f2e6fb2a0", "chrome": "t13d1517h2_8daaf6152771_b1ff8ab2d16f",
    "firefox": "t13d1717h2_5b57614c22b0_3cbfd9057e0d", "safari": "t13d2014h2_a09f3c656075_14788d8d241b",
    "android": "t13d1613h2_46e7e9700bed_8bba57ca7b1c", "ios": "t13d2013h2_a09f3c656075_7f0f34a4126d",
}
UA = {
    "python": ["osprey-python/1.9.2", "python-httpx/0.27.2", "python-requests/2.32.3", "OpenAI/Python 1.51.0",
               "langchain-osprey/0.3.4"],
    "node": ["osprey-node/2.4.0", "OpenAI/JS 4.67.1", "undici/6.19.8"],
    "go": ["Go-http-client/2.0", "osprey-go/0.8.1"], "java": ["okhttp/4.12.0", "Java-http-client/21.0.4"],
    "curl": ["curl/8.9.1"], "dotnet": ["osprey-dotnet/1.2.0 (.NET 8.0.8)"], "rust": ["reqwest/0.12.8"],
    "chrome": ["Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/129.0.0.0 Safari/537.36",
               "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/129.0.0.0 Safari/537.36"],
    "firefox": ["Mozilla/5.0 (X11; Linux x86_64; rv:131.0) Gecko/20100101 Firefox/131.0",
                "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:131.0) Gecko/20100101 Firefox/131.0"],
    "safari": ["Mozilla/5.0 (Macintosh; Intel Mac OS X 14_6) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Safari/605.1.15"],
    "android": ["OspreyChat/4.2.1 (Android 14; Pixel 8)", "OspreyChat/4.2.1 (Android 13; SM-A546B)"],
    "ios": ["OspreyChat/4.2.0 (iPhone; iOS 18.0)"],
    "desktop": ["OspreyDesk/1.8.3 Electron/32.1.0"],
}
FP["desktop"] = FP["chrome"]
HARNESS_UA = {"impostor": "evalkit/0.9.3 python-httpx/0.27.2", "vendor": "evalkit/0.9.1 python-httpx/0.27.0"}
LEAN_PLUGIN_UA = "Lean4-Assist/0.6.2 (VS Code 1.94.2)"
# default caps the front ends send (None: nothing sent)
FRONT_CAP = {"chrome": 4096, "firefox": 4096, "safari": 4096, "desktop": 8192, "android": None, "ios": None}


class Client:
    __slots__ = ("stack", "ua", "fp", "cap")

    def __init__(self, stack, ua):
        self.stack, self.ua, self.fp = stack, ua, FP[stack]
        self.cap = FRONT_CAP.get(stack, "sdk")


def client(r, stack, ua=None):
    return Client(stack, ua or T.pick(r, UA[stack]))


# ---------------------------------------------------------------------------------------------
# the network world (same for every seed; depends on the scale only)

class Range:
    __slots__ = ("net", "size", "v6", "cidr", "asn", "org", "cc", "kind")

    def __init__(self, cidr, asn, org, cc, kind):
        n = ipaddress.ip_network(cidr)
        self.net, self.size, self.v6 = int(n.network_address), n.num_addresses, n.version == 6
        self.cidr, self.asn, self.org, self.cc, self.kind = str(n), asn, org, cc, kind

    def host(self, r):
        if self.v6:
            sub = r.getrandbits(16) << 80
            return str(ipaddress.IPv6Address(self.net + sub + r.getrandbits(64)))
        return str(ipaddress.IPv4Address(self.net + r.randint(1, self.size - 2)))


class World:
    def __init__(self, S):
        r = random.Random("outside-nine-world")
        self.rows = []
        self.used16 = set()
        self.used_asn = set()
        self.firsts = [a for a in range(2, 224) if a not in (10, 100, 127, 169, 172, 192, 198, 203, 0)]
        self.isp = {}      # cc -> [Range]
        self.mobile = {}   # cc -> Range
        self.v6 = {}
        for cc in COUNTRIES:
            self.isp[cc] = []
            for k in range(2):
                org = f"{cc} {T.pick(r, ISP_WORDS)}{T.pick(r, ['', ' Group', ' SA', ' Ltd', ' AG', ' Telecom'])}".strip()
                if k == 1:
                    org = f"{T.pick(r, ['Nova', 'Alto', 'Vista', 'Prima', 'Terra', 'Luma'])}{T.pick(r, ISP_WORDS).lower()} {cc}"
                self.isp[cc].append(self.add16(r, org, cc, "isp"))
        for cc in MOBILE_CC:
            self.mobile[cc] = self.add16(r, f"{T.pick(r, ['Movi', 'Celu', 'Air', 'Go', 'Tele'])}{T.pick(r, ['cel', 'mobile', 'fone', 'net'])} {cc}", cc, "mobile")
        for i, cc in enumerate(V6_CC):
            self.v6[cc] = self.addrow(r, f"2a0{i + 1}:{r.randint(0x1000, 0xfff0):x}::/32", self.isp[cc][0].org, cc, "isp",
                                      asn=self.isp[cc][0].asn)
        # one large cloud
        casn = self.newasn(r)
        self.cloud = {}
        for reg, cc in [("us-east", "US"), ("us-west", "US"), ("eu-west", "IE"), ("eu-central", "DE"),
                        ("ap-southeast", "SG"), ("ap-east", "HK"), ("sa-east", "BR"), ("ap-northeast", "JP")]:
            self.cloud[reg] = self.add16(r, "Tessera Cloud Services", cc, "hosting", asn=casn)
        # VPS companies, one ASN and /16 each
        self.vps = []
        for name, cc in [("Pikselhost", "NL"), ("Brennholz Server GmbH", "DE"), ("Kuusi Compute", "FI"),
                         ("Nuage Bleu SAS", "FR"), ("Prairie Racks", "US"), ("Thamesbyte", "GB"),
                         ("Merlion VPS", "SG"), ("Baltika Hosting", "LT"), ("Carpatic Cloud", "RO"),
                         ("Vitosha Data", "BG"), ("Maple Iron", "CA"), ("Nordvik Servers", "SE"),
                         ("Wisla Host", "PL"), ("Atlantico Datacenter", "PT")]:
            self.vps.append(self.add16(r, name, cc, "hosting"))
        # consumer VPNs: /24s in ten countries each
        self.vpn = []
        for name in ["Hushtunnel VPN", "PaperPlane VPN", "Ostrich Privacy"]:
            base = self.alloc16(r)
            asn = self.newasn(r)
            exits = {}
            for j, cc in enumerate(["US", "GB", "DE", "NL", "FR", "CA", "SE", "ES", "JP", "SG"]):
                exits[cc] = self.addrow(r, f"{base[0]}.{base[1]}.{j * 7 + 3}.0/24", name, cc, "vpn", asn=asn)
            self.vpn.append(exits)
        # universities and the hospital
        self.edu = {}
        for key, name, cc in [("vestmark", "Vestmark University", "DK"), ("sierra", "Universidad de la Sierra", "MX"),
                              ("planalto", "Universidade do Planalto", "BR"), ("nusantara", "Universitas Nusantara Raya", "ID"),
                              ("andina", "Universidad Andina del Caribe", "CO")]:
            self.edu[key] = self.add16(r, name, cc, "education")
        hb = self.alloc16(r)
        self.hospital = self.addrow(r, f"{hb[0]}.{hb[1]}.40.0/24", "St Brannoc's Hospital NHS Trust", "GB", "enterprise")
        # residential proxy provider: exits inside home ISP ranges; the feed knows 30%
        self.resi = {}
        for cc in ["US", "GB", "CA", "AU", "DE", "FR", "NL", "ES", "IT", "SE", "JP", "PL"]:
            got = {}
            for _ in range(220 * S):
                rg = T.pick(r, self.isp[cc])
                got[rg.host(r)] = rg.asn
            pool = sorted(got)
            r.shuffle(pool)
            self.resi[cc] = pool
            for a in pool[: int(len(pool) * 0.3)]:
                self.rows.append((a, got[a], "Meadowlink Residential", cc, "residential_proxy"))
        # mobile proxy provider: exits inside mobile ranges; the feed knows 25%
        self.mprox = {}
        for cc in ["MX", "CO", "AR", "PE", "CL", "BR", "ID"]:
            pool = sorted({self.mobile[cc].host(r) for _ in range(150 * S)})
            r.shuffle(pool)
            self.mprox[cc] = pool
            for a in pool[: int(len(pool) * 0.25)]:
                self.rows.append((a, self.mobile[cc].asn, "Brightpath Mobile Proxy", cc, "residential_proxy"))

    def newasn(self, r):
        while True:
            a = r.randint(13000, 399000)
            if a not in self.used_asn:
                self.used_asn.add(a)
                return a

    def alloc16(self, r):
        while True:
            p = (T.pick(r, self.firsts), r.randint(0, 255))
            if p not in self.used16:
                self.used16.add(p)
                return p

    def add16(self, r, org, cc, kind, asn=None):
        a, b = self.alloc16(r)
        return self.addrow(r, f"{a}.{b}.0.0/16", org, cc, kind, asn=asn)

    def addrow(self, r, cidr, org, cc, kind, asn=None):
        asn = asn if asn is not None else self.newasn(r)
        rg = Range(cidr, asn, org, cc, kind)
        self.rows.append((rg.cidr, asn, org, cc, kind))
        return rg

    def home(self, r, cc, v6_share=0.0):
        if cc in self.v6 and r.random() < v6_share:
            return self.v6[cc].host(r)
        return T.pick(r, self.isp[cc]).host(r)

    def mob(self, r, cc):
        rg = self.mobile.get(cc)
        return rg.host(r) if rg else self.home(r, cc)

    def vpn_exit(self, r, brand=None, cc=None):
        b = self.vpn[brand if brand is not None else r.randrange(len(self.vpn))]
        cc = cc if cc in b else T.pick(r, sorted(b))
        return b[cc].host(r)

    def sub24(self, r, rg, n):
        """n addresses inside one /24 of a /16 range."""
        third = r.randint(1, 250)
        base = rg.net + third * 256
        hosts = r.sample(range(2, 254), n)
        return [str(ipaddress.IPv4Address(base + h)) for h in hosts]


# ---------------------------------------------------------------------------------------------
# hour profiles (local time)

def _norm(w):
    s = sum(w)
    acc, out = 0.0, []
    for x in w:
        acc += x / s
        out.append(acc)
    return out


HUMAN = _norm([1, .5, .3, .2, .2, .3, .8, 1.5, 2.5, 3, 3.2, 3.2, 3, 3, 3, 3, 3, 3.2, 3.5, 3.8, 3.8, 3.2, 2.5, 1.6])
OFFICE = _norm([0, 0, 0, 0, 0, 0, .1, .5, 2, 4, 4, 4, 2.5, 3.5, 4, 4, 3.5, 2, .6, .3, .2, .2, .1, 0])
EVENING = _norm([1.2, .6, .2, .1, .1, .1, .2, .5, .8, 1, 1, 1, 1.2, 1.5, 1.8, 2, 2.4, 2.8, 3.2, 3.6, 3.8, 3.6, 3, 2])
LATE = _norm([2.5, 1.5, .6, .2, .1, .1, .1, .2, .4, .8, 1.5, 2, 2.2, 2.2, 2.2, 2.3, 2.4, 2.6, 2.8, 3, 3.2, 3.2, 3, 2.8])
FLAT = _norm([1] * 24)


def hour_of(r, prof):
    x = r.random()
    for h, c in enumerate(prof):
        if x <= c:
            return h + r.random()
    return 23 + r.random()


def lts(day, hour, tz):
    """UTC ms of local `hour` on window day `day` in a zone at fixed offset tz."""
    return W0 + day * DAY + int((hour - tz) * HOUR)


def lognorm(r, median, sigma):
    return median * math.exp(r.gauss(0, sigma))


def weekday(day):
    return day % 7  # 0 = Monday (W0 is a Monday)


# ---------------------------------------------------------------------------------------------
# accounts and the event sink

class Acct:
    __slots__ = ("id", "group", "label", "campaign", "hard", "created", "org", "domain", "shape", "pay",
                 "cc", "channel", "verified", "first", "last", "n")

    def __init__(self, aid, group, label, campaign, hard):
        self.id, self.group, self.label, self.campaign, self.hard = aid, group, label, campaign, hard
        self.created = None
        self.org = self.domain = self.shape = self.pay = self.cc = self.channel = None
        self.verified = None
        self.first = self.last = None
        self.n = 0


def shape_of(local):
    return "".join("a" if c.isalpha() else "9" if c.isdigit() else c for c in local)


OUTK = {  # median visible output tokens per kind
    "chat": 230, "follow": 140, "reason": 850, "code": 760, "agent": 130, "agent_final": 480,
    "grade": 380, "safe": 470, "data": 1500, "formal": 820, "mc": 2, "short": 14, "complete": 130,
    "companion": 70, "story": 1300, "clinical": 380, "freelance": 430, "critique": 720, "revise": 950,
    "verdict": 330, "homework": 520, "dev": 380, "plan": 260, "review": 240, "lean_help": 300,
}


class Sink:
    def __init__(self, out, seed, S):
        self.out, self.seed, self.S = out, seed, S
        self.tmp = os.path.join(out, ".days")
        if os.path.isdir(self.tmp):
            shutil.rmtree(self.tmp)
        os.makedirs(self.tmp)
        self.files = [open(os.path.join(self.tmp, f"{d:02d}"), "w", encoding="utf-8") for d in range(NDAYS)]
        self.accts = []
        self.ids = set()
        self.idr = random.Random(f"{seed}:ids")
        self.keyr = random.Random(f"{seed}:keys")
        self.n = 0
        self.stats = {}  # group -> [events, set(prompt hashes)]
        self.dropped = 0

    def acct(self, group, label, campaign=None, hard=False):
        while True:
            aid = "cu_" + "".join(self.idr.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(12))
            if aid not in self.ids:
                break
        self.ids.add(aid)
        a = Acct(aid, group, label, campaign, hard)
        self.accts.append(a)
        return a

    def key(self):
        return "key_" + "".join(self.keyr.choice("0123456789abcdef") for _ in range(16))

    def rid(self):
        self.n += 1
        x = (self.n * 0x9E3779B97F4B) % (1 << 48)
        return f"rq_{x ^ 0x5A17C0FFEE42:012x}"

    def emit(self, r, a, ts, ip, model, prompt, kind, cl, *, system=None, turns=1, tools=None, tool_calls=0,
             max_tokens="client", thinking=0, hist=0, key=None, has_image=None, out=None):
        ts = int(ts)
        if ts < W0 or ts >= W1:
            self.dropped += 1
            return None
        assert a.created is not None and ts >= a.created, (a.group, iso(ts), iso(a.created))
        if max_tokens == "client":
            max_tokens = None if cl.cap == "sdk" else cl.cap
        vis = out if out is not None else max(1, int(lognorm(r, OUTK[kind], 0.5)))
        cap = max_tokens if max_tokens is not None else 8192
        total = vis + thinking
        stop = "end_turn"
        if tool_calls:
            stop = "tool_use"
        if total > cap:
            total, stop = cap, "max_tokens"
            thinking = min(thinking, cap)
            if stop == "max_tokens":
                tool_calls = 0
        inp = 6 + math.ceil(len(prompt) / 3.7) + (math.ceil(len(system) / 3.7) if system else 0) + hist
        ev = {"request_id": self.rid(), "ts": iso(ts), "account_id": a.id, "ip": ip, "model": model,
              "prompt": prompt, "input_tokens": inp + (90 * len(tools) if tools else 0),
              "output_tokens": total}
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
        if has_image:
            ev["has_image"] = True
        if max_tokens is not None:
            ev["max_tokens"] = max_tokens
        if thinking:
            ev["thinking_tokens"] = thinking
        ev["stop_reason"] = stop
        d = (ts - W0) // DAY
        self.files[d].write(f"{ts:014d} {ev['request_id']} " + json.dumps(ev, ensure_ascii=False, separators=(",", ":")) + "\n")
        a.n += 1
        if a.first is None or ts < a.first:
            a.first = ts
        if a.last is None or ts > a.last:
            a.last = ts
        st = self.stats.setdefault(a.group, [0, set()])
        st[0] += 1
        st[1].add(hash(prompt))
        return (ts, total)

    def finish_events(self):
        for f in self.files:
            f.close()
        with open(os.path.join(self.out, "events.jsonl"), "w", encoding="utf-8") as out:
            for d in range(NDAYS):
                p = os.path.join(self.tmp, f"{d:02d}")
                with open(p, encoding="utf-8") as f:
                    lines = f.readlines()
                lines.sort()
                for ln in lines:
                    out.write(ln.split(" ", 2)[2])
                del lines
        shutil.rmtree(self.tmp)


def gen_time(out_tokens):
    """seconds the answer takes to stream"""
    return 0.6 + out_tokens / 75.0


# ---------------------------------------------------------------------------------------------
# sign-up record helpers

def name_local(r, style=None):
    f = T.pick(r, T.FIRST + T.ES_NAMES + T.PT_NAMES + T.ID_NAMES).lower()
    l = T.pick(r, ["kowal", "mendes", "okafor", "lindqvist", "haddad", "tanaka", "moreau", "ruiz", "bauer",
                   "novak", "singh", "costa", "fischer", "ward", "santos", "nguyen", "petrov", "silva",
                   "moreno", "kaur", "hughes", "rossi", "dumont", "wirawan", "pereira", "ortiz"])
    st = style if style is not None else r.randrange(6)
    if st == 0:
        return f"{f}.{l}"
    if st == 1:
        return f"{f}{r.randint(1, 99)}"
    if st == 2:
        return f"{f[0]}{l}"
    if st == 3:
        return f"{f}.{l}{r.randint(70, 2005)}"
    if st == 4:
        return f"{f}_{l}"
    return f"{l}.{f[0]}"


def freemail(r, cc):
    return T.pick(r, FREEMAIL.get(cc, FREEMAIL["_"]))


def card(r):
    return "fp_" + "%016x" % r.getrandbits(64)


def invoice(r):
    return "inv_" + "%012x" % r.getrandbits(48)


def fill(a, created, cc=None, local=None, domain=None, pay=None, channel="standard", verified=False, org=None):
    a.created = int(created)
    a.cc = cc
    a.shape = shape_of(local) if local else None
    a.domain = domain
    a.pay = pay
    a.channel = channel
    a.verified = verified
    a.org = org


def pick_w(r, pairs):
    tot = sum(w for _, w in pairs)
    x = r.random() * tot
    for v, w in pairs:
        x -= w
        if x <= 0:
            return v
    return pairs[-1][0]


# =============================================================================================
# ATTACK 1: bench_impostor (bim-1): a fake evaluation company that never repeats its items

def g_bench_impostor(sk, W, r, S):
    accts = []
    base = W0 - int(r.uniform(70, 95) * DAY) + int(r.uniform(9, 11) * HOUR)
    inv = invoice(r)
    for i in range(48 * S):
        a = sk.acct("bench_impostor", "attack", "bim-1")
        fill(a, base + i * int(r.uniform(20, 55) * SEC), "GB", f"eval-runner-{i + 1:02d}", "gaugebeam-evals.com", inv,
             "enterprise", True, "org_gaugebeam")
        accts.append((a, sk.key()))
    ips = W.sub24(r, W.cloud["eu-west"], 6)
    cl = Client("python", HARNESS_UA["impostor"])
    suites = ["reasoning-hard-v4", "codegen-v2", "judge-v3", "safety-calib-v1", "mc-general-v6", "longform-v1"]
    days = [1, 2, 4, 6, 8, 9, 11, 13, 14, "R", 16, 17, 18, 20, 22, 23, 25, 27]
    prev = []
    pivot = None
    for d in days:
        if d == "R":
            start = REL + int(r.uniform(2, 5) * HOUR)
        else:
            start = W0 + d * DAY + int(hour_of(r, HUMAN) * HOUR)
        nitems = int(r.uniform(480, 1050) * S)
        rate = r.uniform(3, 9) * S  # items per second across the fleet
        cur = []
        t = start
        for idx in range(nitems):
            t += r.expovariate(rate) * SEC
            a, key = accts[idx % len(accts)]
            if prev and r.random() < 0.05:
                prompt, kind, cap, think = T.pick(r, prev)
            else:
                x = r.random()
                suite = T.pick(r, suites)
                if x < 0.38:
                    body, kind = T.reasoning(r, 0.75), "reason"
                elif x < 0.58:
                    body, kind = T.coding(r), "code"
                elif x < 0.72:
                    body, kind = T.grading(r), "grade"
                elif x < 0.82:
                    body, kind = T.safe_rewrite(r), "safe"
                elif x < 0.93:
                    body, kind = T.mc_item(r), "mc"
                else:
                    body, kind = T.datagen(r), "data"
                prompt = T.bench_frame(r, suite, r.randint(1, 99999), body)
                cap = 8 if kind == "mc" else T.pick(r, [16384, 16384, 32768])
                think = int(lognorm(r, 2400, 0.6)) if kind in ("reason", "code") and r.random() < 0.6 else 0
                cur.append((prompt, kind, cap, think))
            sysp = T.pick(r, T.HARNESS_SYS) or None
            if d == "R":
                model = NEW
            elif isinstance(d, int) and W0 + d * DAY > REL:
                model = NEW if r.random() < 0.5 else MAIN
            else:
                model = MAIN
            res = sk.emit(r, a, t, T.pick(r, ips), model, prompt, kind, cl, system=sysp, max_tokens=cap,
                          thinking=think, key=key)
            if res and model == NEW and (pivot is None or res[0] < pivot):
                pivot = res[0]
            if model == MAIN and d != "R" and r.random() < 0.2:
                sk.emit(r, a, t + r.uniform(0.2, 3) * SEC, T.pick(r, ips), LITE, prompt, kind, cl, system=sysp,
                        max_tokens=cap if kind == "mc" else 4096, key=key)
        prev = cur
    return pivot


# =============================================================================================
# HARD NEGATIVE: heldout_eval_vendor (Plumbline Evals): fixed suites re-run, plus one fresh set

def g_eval_vendor(sk, W, r, S):
    accts = []
    inv = invoice(r)
    for b, n in enumerate([8, 6, 6]):
        base = W0 - int(r.uniform(380, 420) * DAY) + b * int(r.uniform(90, 130) * DAY)
        for i in range(n * S):
            a = sk.acct("heldout_eval_vendor", "benign", None, True)
            fill(a, base + i * 31 * SEC, "US", f"worker{len(accts) + 1:02d}", "plumbline-evals.io", inv,
                 "enterprise", True, "org_plumbline")
            accts.append((a, sk.key()))
    ips = W.sub24(r, W.cloud["us-east"], 4)
    cl = Client("python", HARNESS_UA["vendor"])
    core = []
    for i in range(400 * S):
        x = r.random()
        if x < 0.45:
            core.append((T.bench_frame(r, "core-mc", i, T.mc_item(r)), "mc", 8))
        elif x < 0.75:
            core.append((T.bench_frame(r, "core-math", i, T.short_answer_item(r)), "short", 64))
        else:
            core.append((T.bench_frame(r, "core-code", i, T.completion_item(r)), "complete", 512))
    judge = []
    for i in range(120 * S):
        x = r.random()
        q = T.reasoning(r, 0.3) if x < 0.5 else T.coding(r) if x < 0.8 else T.safe_rewrite(r)
        judge.append(q)
    held = []
    for i in range(600 * S):
        held.append(T.bench_frame(r, "heldout-2026-10", i, T.reasoning(r, 0.5) if r.random() < 0.7 else T.coding(r)))

    def run(items, t, models, fn):
        k = 0
        for it in items:
            for m in models:
                t += r.expovariate(r.uniform(4, 12)) * SEC
                a, key = accts[k % len(accts)]
                k += 1
                fn(it, m, t, a, key)
        return t

    def core_fn(it, m, t, a, key):
        sk.emit(r, a, t, T.pick(r, ips), m, it[0], it[1], cl, max_tokens=it[2], key=key)

    for d in [0, 7, 14, 21]:
        t = lts(d, r.uniform(9, 11), -5)
        run(core, t, [MAIN, LITE, OLD], core_fn)
    t = REL + int(r.uniform(1.5, 3) * HOUR)
    run(core, t, [NEW], core_fn)
    for d in [22, 26]:
        run(core, lts(d, r.uniform(9, 12), -5), [NEW], core_fn)

    def judge_fn(q, m, t, a, key):
        res = sk.emit(r, a, t, T.pick(r, ips), m, q, "reason", cl, max_tokens=4096, key=key)
        if res:
            body = T.solution_text(r, max(2, res[1] // 60))
            gp = T.pick(r, T.GRADE_FRAMES).format(rub=", ".join(T.pick(r, T.RUBRICS)), m=10, q=q, ans=body,
                                                  ans2=T.solution_text(r, 4))
            sk.emit(r, a, t + gen_time(res[1]) * SEC + r.uniform(1, 30) * SEC, T.pick(r, ips), MAIN, gp, "grade", cl,
                    system=T.pick(r, T.JUDGE_SYS), max_tokens=1024, key=key)

    for d in [3, 10, 24]:
        run(judge, lts(d, r.uniform(13, 16), -5), [MAIN, LITE], judge_fn)
    run(judge, REL + int(r.uniform(20, 30) * HOUR), [NEW], judge_fn)

    def held_fn(p, m, t, a, key):
        think = int(lognorm(r, 1500, 0.6)) if r.random() < 0.5 else 0
        sk.emit(r, a, t, T.pick(r, ips), m, p, "reason", cl, max_tokens=8192, thinking=think, key=key)

    run(held, lts(9, 10, -5), [MAIN, LITE], held_fn)
    run(held, REL + int(r.uniform(36, 50) * HOUR), [NEW], held_fn)


# =============================================================================================
# ATTACK 2: debate_pairs (dbp-1): two accounts on one VPS relay answers into critiques

def g_debate_pairs(sk, W, r, S):
    for p in range(60 * S):
        vps = W.vps[p % len(W.vps)]
        ip = vps.host(r)
        ip2 = vps.host(r) if r.random() < 0.2 else None
        move = W0 + int(r.uniform(5, 25) * DAY)
        stack = pick_w(r, [("python", 5), ("node", 3), ("go", 2)])
        cl = client(r, stack)
        d0 = W0 - int(r.uniform(5, 45) * DAY) + int(r.uniform(0, 12) * HOUR)
        pair = []
        for j in range(2):
            a = sk.acct("debate_pairs", "attack", "dbp-1")
            cc = T.pick(r, ["US", "GB", "DE", "CA", "NL", "SG", "AU", "FR"])
            if r.random() < 0.3:
                dom = T.pick(r, ["quillspark", "tensorloom", "brightcairn", "mossbyte", "lumenfold", "driftwork",
                                 "cinderlab", "ferrolith"]) + T.pick(r, [".io", ".dev", ".ai", ".co"])
                loc = T.pick(r, ["dev", "team", "hello", "ops", name_local(r, 2)])
            else:
                dom, loc = freemail(r, cc), name_local(r)
            fill(a, d0 + j * int(r.uniform(1, 10) * HOUR), cc, loc, dom, card(r),
                 "startup" if r.random() < 0.2 else "standard", r.random() < 0.1)
            pair.append(a)
        A, B = pair
        start = max(0, int(r.uniform(0, 5)))
        newt = REL + int(r.uniform(20, 40) * HOUR)
        for d in range(start, NDAYS):
            if r.random() > 0.85:
                continue
            for _ in range(r.randint(1, 4)):
                t = W0 + d * DAY + int(r.uniform(0, 24) * HOUR)
                use_ip = ip2 if (ip2 and t >= move) else ip
                model = NEW if (t >= newt and r.random() < 0.5) else MAIN
                x = r.random()
                if x < 0.45:
                    q, kind = T.reasoning(r, 0.5), "reason"
                elif x < 0.8:
                    q, kind = T.coding(r), "code"
                elif x < 0.9:
                    q, kind = T.safe_rewrite(r), "safe"
                else:
                    q, kind = T.formal_math(r), "formal"
                cap = T.pick(r, [8192, 16384])
                think = int(lognorm(r, 1800, 0.6)) if r.random() < 0.3 else 0
                res = sk.emit(r, A, t, use_ip, model, q, kind, cl, max_tokens=cap, thinking=think)
                if not res:
                    continue
                hist_a = math.ceil(len(q) / 3.7) + res[1]
                t = res[0] + (gen_time(res[1]) + r.uniform(0.3, 4)) * SEC
                sol = T.solution_text(r, max(2, min(40, res[1] // 45)))
                cp = T.pick(r, T.CRITIC_FRAMES).format(q=q, s=sol)
                res = sk.emit(r, B, t, use_ip, model, cp, "critique", cl, max_tokens=cap)
                if not res:
                    continue
                hist_b = math.ceil(len(cp) / 3.7) + res[1]
                turns = 1
                for rd in range(r.randint(1, 3)):
                    t = res[0] + (gen_time(res[1]) + r.uniform(0.3, 4)) * SEC
                    turns += 2
                    rv = T.pick(r, T.REVISE_FRAMES).format(c=T.critique_bits(r))
                    res = sk.emit(r, A, t, use_ip, model, rv, "revise", cl, turns=turns, hist=hist_a,
                                  max_tokens=cap, thinking=think // 2)
                    if not res:
                        break
                    hist_a += math.ceil(len(rv) / 3.7) + res[1]
                    t = res[0] + (gen_time(res[1]) + r.uniform(0.3, 4)) * SEC
                    vp = T.pick(r, T.VERDICT_FRAMES).format(s=sol, s2=T.solution_text(r, max(2, min(40, res[1] // 45))))
                    res = sk.emit(r, B, t, use_ip, model, vp, "verdict", cl, turns=turns, hist=hist_b,
                                  max_tokens=cap)
                    if not res:
                        break
                    hist_b += math.ceil(len(vp) / 3.7) + res[1]
            # cover: the odd everyday question from the same machine
            for a in pair:
                if r.random() < 0.3:
                    t = W0 + d * DAY + int(r.uniform(0, 24) * HOUR)
                    sk.emit(r, a, t, ip2 if (ip2 and t >= move) else ip, MAIN,
                            H(r, T.dev_question(r) if r.random() < 0.6 else T.chat(r)), "dev", cl,
                            max_tokens=2048)


# =============================================================================================
# HARD NEGATIVE: agent_crew_startup (Relaywright): planner / executor / critic service accounts

def g_agent_crew(sk, W, r, S):
    created = W0 - int(r.uniform(150, 300) * DAY)
    pay = card(r)
    envs = []
    nmade = 0
    for env in ["prod", "staging"] + (["prod-eu"] if S > 1 else []):
        roles = {}
        for role in ["planner", "executor", "critic"]:
            a = sk.acct("agent_crew_startup", "benign", None, True)
            nmade += 1
            fill(a, created + nmade * int(r.uniform(5, 3000)) * MIN, "US", f"svc-{role}-{env}", "relaywright.com", pay, "startup",
                 True, "org_relaywright")
            roles[role] = (a, sk.key())
        region = "eu-west" if env == "prod-eu" else "us-west"
        envs.append((env, roles, W.sub24(r, W.cloud[region], 3 if env != "staging" else 1)))
    cl = client(r, "node", "osprey-node/2.4.0")
    tools = T.toolset(r)
    for env, roles, ips in envs:
        tz = 1 if env == "prod-eu" else -8
        for d in range(NDAYS):
            wk = weekday(d) < 5
            njobs = (r.randint(40, 60) if wk else r.randint(8, 16)) if env != "staging" else r.randint(2, 8)
            for _ in range(njobs):
                t = lts(d, hour_of(r, OFFICE) if (wk and r.random() < 0.8) else r.uniform(0, 24), tz)
                job = T.crew_job(r)
                ip = T.pick(r, ips)
                if env == "staging":
                    pm = NEW if t >= REL + 4 * HOUR else MAIN
                    cm = pm
                else:
                    pm = MAIN
                    cm = NEW if t >= REL + 4 * DAY else MAIN
                a, k = roles["planner"]
                res = sk.emit(r, a, t, ip, pm, T.crew_planner(r, job), "plan", cl, system=T.CREW_SYS["planner"],
                              max_tokens=2048, key=k)
                if not res:
                    continue
                a, k = roles["executor"]
                turns, hist = 1, 0
                steps = r.randint(2, 6)
                for s in range(steps):
                    t = res[0] + (gen_time(res[1]) + r.uniform(0.2, 2.5)) * SEC
                    pr = f"Step {s + 1} of the plan for: {job}" if s == 0 else T.tool_result(r)
                    last = s == steps - 1
                    res = sk.emit(r, a, t, ip, LITE, pr, "agent_final" if last else "agent", cl,
                                  system=T.CREW_SYS["executor"], turns=turns, tools=tools, tool_calls=0 if last else 1,
                                  max_tokens=4096, hist=hist, key=k)
                    if not res:
                        break
                    hist += math.ceil(len(pr) / 3.7) + res[1]
                    turns += 2
                if not res:
                    continue
                a, k = roles["critic"]
                t = res[0] + (gen_time(res[1]) + r.uniform(0.2, 2.5)) * SEC
                sk.emit(r, a, t, ip, cm, T.crew_critic(r, job, T.crew_exec_report(r)), "review", cl,
                        system=T.CREW_SYS["critic"], max_tokens=1024, key=k)


# =============================================================================================
# ATTACK 3: polyglot_harvest (plg-1): harvest in Spanish, Portuguese and Indonesian, consumer-shaped

PLG_CC = [("MX", "es", 25), ("CO", "es", 15), ("AR", "es", 12), ("PE", "es", 8), ("CL", "es", 8),
          ("BR", "pt", 20), ("ID", "id", 12)]
FAKE_EDU = {"es": ["estudiantes.univ-pacifica.edu.mx", "alumnos.itvalle.edu.co", "est.unisur.edu.ar"],
            "pt": ["aluno.faculdade-litoral.edu.br"], "id": ["mhs.univ-cakrawala.ac.id"]}


def g_polyglot(sk, W, r, S):
    last_card, card_left = None, 0
    newt = REL + int(r.uniform(18, 30) * HOUR)
    for i in range(220 * S):
        cc, lang, _ = pick_w(r, [((c, l, w), w) for c, l, w in PLG_CC])
        a = sk.acct("polyglot_harvest", "attack", "plg-1")
        tz = COUNTRIES[cc]
        start = int(r.uniform(0, 14))
        life = int(r.uniform(6, 16))
        if card_left > 0:
            pay, card_left = last_card, card_left - 1
        else:
            pay = card(r)
            if r.random() < 0.4:
                last_card, card_left = pay, r.randint(1, 3)
        if r.random() < 0.15:
            dom, loc, ch = T.pick(r, FAKE_EDU[lang]), name_local(r, 0), "education"
        else:
            dom, loc, ch = freemail(r, cc), name_local(r), "standard"
        if r.random() < 0.3:
            created = W0 + start * DAY - int(r.uniform(1, 20) * HOUR)
        else:
            created = W0 - int(r.uniform(3, 40) * DAY)
        fill(a, created, cc, loc, dom, pay, ch, r.random() < 0.05)
        stack = "chrome" if r.random() < 0.6 else "android"
        cl = client(r, stack)
        cap = 8192 if stack == "chrome" else None
        for d in range(start, min(NDAYS, start + life)):
            if r.random() > 0.85:
                continue
            for _ in range(r.randint(1, 3)):
                t = lts(d, hour_of(r, LATE), tz)
                if t < created:
                    t = created + r.uniform(5, 60) * MIN
                ip = T.pick(r, W.mprox[cc])
                turns, hist = 1, 0
                for k in range(r.randint(2, 7)):
                    x = r.random()
                    if turns > 1 and r.random() < 0.35:
                        p, kind = T.l_follow(r, lang), "follow"
                    elif x < 0.40:
                        p, kind = T.l_reason(r, lang), "reason"
                        turns, hist = 1, 0
                    elif x < 0.60:
                        p, kind = T.l_code(r, lang), "code"
                        turns, hist = 1, 0
                    elif x < 0.72:
                        p, kind = T.l_safe(r, lang), "safe"
                        turns, hist = 1, 0
                    elif x < 0.80:
                        p, kind = T.l_grade(r, lang), "grade"
                        turns, hist = 1, 0
                    elif x < 0.85:
                        p, kind = T.l_data(r, lang), "data"
                        turns, hist = 1, 0
                    else:
                        p, kind = T.l_chat(r, lang), "chat"
                        turns, hist = 1, 0
                    p = H(r, p, lang, 0.5)
                    model = NEW if (t >= newt and r.random() < 0.4) else MAIN
                    res = sk.emit(r, a, t, ip, model, p, kind, cl, turns=turns, hist=hist, max_tokens=cap)
                    if not res:
                        break
                    hist += math.ceil(len(p) / 3.7) + res[1]
                    turns += 2
                    t = res[0] + (gen_time(res[1]) + lognorm(r, 40, 0.6)) * SEC


# =============================================================================================
# HARD NEGATIVE: local_language_students: genuine homework in Spanish, Portuguese, Indonesian

STU_CC = [("MX", "es", "sierra", 25), ("CO", "es", "andina", 15), ("AR", "es", None, 10), ("BR", "pt", "planalto", 25),
          ("ID", "id", "nusantara", 15), ("PE", "es", None, 5), ("CL", "es", None, 5)]
STU_DOM = {"sierra": "alumnos.usierra.edu.mx", "andina": "est.uandina.edu.co", "planalto": "aluno.uplanalto.edu.br",
           "nusantara": "mhs.unusantara.ac.id"}


def g_students(sk, W, r, S):
    prev = None
    for i in range(300 * S):
        cc, lang, uni, _ = pick_w(r, [((c, l, u, w), w) for c, l, u, w in STU_CC])
        a = sk.acct("local_language_students", "benign", None, True)
        tz = COUNTRIES[cc]
        edu = uni is not None and r.random() < 0.55
        if prev is not None and prev[1] == cc and r.random() < 0.08:
            pay = prev[0]  # a parent's card shared by siblings
        else:
            pay = card(r) if r.random() < 0.6 else None
        prev = (pay, cc)
        if edu:
            loc = f"{r.choice('abcdefghijklmnopqrstuvwxyz')}{r.randint(10000000, 99999999)}" if r.random() < 0.5 else name_local(r, 0)
            dom = STU_DOM[uni]
        else:
            loc, dom = name_local(r), freemail(r, cc)
        created = W0 - int(r.uniform(1, 500) * DAY) if r.random() < 0.9 else W0 + int(r.uniform(0, 20) * DAY)
        fill(a, created, cc, loc, dom, pay, "education" if edu else "standard", False)
        stack = T.pick(r, ["android", "android", "chrome", "chrome", "ios"])
        cl = client(r, stack)
        home = W.home(r, cc)
        act = min(0.9, lognorm(r, 0.3, 0.5))
        for d in range(NDAYS):
            if r.random() > act:
                continue
            wk = weekday(d) < 5
            t = lts(d, hour_of(r, EVENING if wk else HUMAN), tz)
            if t < a.created:
                continue
            if edu and wk and r.random() < 0.3:
                ip = W.edu[uni].host(r)
            elif stack in ("android", "ios") and r.random() < 0.5:
                ip = W.mob(r, cc)
            else:
                ip = home
            turns, hist = 1, 0
            for k in range(r.randint(1, 7)):
                x = r.random()
                if turns > 1 and r.random() < 0.5:
                    p, kind = T.l_follow(r, lang), "follow"
                elif x < 0.55:
                    p, kind = T.l_homework(r, lang), "homework"
                elif x < 0.82:
                    p, kind = T.l_chat(r, lang), "chat"
                elif x < 0.9:
                    p, kind = T.l_code(r, lang), "code"
                else:
                    p, kind = T.homework(r), "homework"
                p = H(r, p, lang if kind != "homework" or x < 0.9 else "en", 0.75)
                model = NEW if (t > REL + 3 * DAY and r.random() < 0.3) else MAIN
                res = sk.emit(r, a, t, ip, model, p, kind, cl, turns=turns, hist=hist)
                if not res:
                    break
                hist += math.ceil(len(p) / 3.7) + res[1]
                turns += 2
                t = res[0] + (gen_time(res[1]) + lognorm(r, 75, 0.7)) * SEC


# =============================================================================================
# ATTACK 4: duty_roster (rst-1): a slow pool worked in shifts; each account on 1-2 days then off for a week

def g_duty_roster(sk, W, r, S):
    newt = REL + int(r.uniform(24, 48) * HOUR)
    for i in range(400 * S):
        a = sk.acct("duty_roster", "attack", "rst-1")
        cc = T.pick(r, ["US", "US", "GB", "CA", "AU", "DE"])
        first = int(r.uniform(0, 17))
        created = W0 + first * DAY - int(r.uniform(1, 40) * DAY)
        bill = cc if r.random() < 0.8 else T.pick(r, ["US", "GB", "CA", "AU", "DE", "NL", "IE"])
        ch = pick_w(r, [("standard", 85), ("startup", 10), ("education", 5)])
        dom = freemail(r, cc) if ch != "education" else T.pick(r, ["mail.northgate-college.edu", "students.lakeshore.edu"])
        fill(a, created, bill, name_local(r), dom, card(r) if r.random() < 0.85 else None, ch, r.random() < 0.06)
        stack = T.pick(r, ["python", "python", "node"])
        cl = client(r, stack)
        d = first
        while d < NDAYS:
            length = 1 if r.random() < 0.6 else 2
            for dd in range(d, min(NDAYS, d + length)):
                ip = T.pick(r, W.resi[cc])
                s0 = W0 + dd * DAY + int(r.uniform(0, 2) * HOUR)
                span = r.uniform(10, 14) * HOUR
                n = r.randint(8, 18)
                t = s0
                k = 0
                while k < n:
                    t = s0 + r.uniform(0, span)
                    for _ in range(min(n - k, r.randint(1, 4))):
                        x = r.random()
                        tools = None
                        turns, tc = 1, 0
                        if x < 0.28:
                            p, kind = T.coding(r), "code"
                        elif x < 0.56:
                            p, kind = T.reasoning(r, 0.5), "reason"
                        elif x < 0.72:
                            tools = T.toolset(r)
                            if r.random() < 0.5:
                                p, kind, tc = T.agent_goal(r), "agent", 1
                            else:
                                p, kind, turns = T.tool_result(r), "agent_final", 3
                        elif x < 0.82:
                            p, kind = T.grading(r), "grade"
                        elif x < 0.90:
                            p, kind = T.safe_rewrite(r), "safe"
                        else:
                            p, kind = T.chat(r), "chat"
                        model = NEW if (t >= newt and r.random() < 0.3) else MAIN
                        res = sk.emit(r, a, t, ip, model, p, kind, cl, turns=turns, tools=tools, tool_calls=tc,
                                      hist=0 if turns == 1 else int(r.uniform(300, 1500)),
                                      max_tokens=T.pick(r, [4096, 8192, 16384]))
                        k += 1
                        if res:
                            t = res[0] + (gen_time(res[1]) + r.uniform(3, 40)) * SEC
            d += length + r.randint(5, 9)


# =============================================================================================
# HARD NEGATIVE: rota_clinicians: junior doctors on shift blocks

def g_clinicians(sk, W, r, S):
    hips = [W.hospital.host(r) for _ in range(3)]
    for i in range(110 * S):
        a = sk.acct("rota_clinicians", "benign", None, True)
        if r.random() < 0.3:
            dom, loc = "stbrannocs.nhs.uk", name_local(r, 0)
        else:
            dom, loc = freemail(r, "GB"), name_local(r)
        fill(a, W0 - int(r.uniform(20, 900) * DAY), "GB", loc, dom, card(r), "standard", r.random() < 0.1)
        cl = client(r, T.pick(r, ["chrome", "safari", "ios", "android", "ios"]))
        home = W.home(r, "GB")
        d = int(r.uniform(0, 5))
        on = set()
        nights = set()
        while d < NDAYS:
            blk = r.randint(2, 4)
            night = r.random() < 0.35
            for dd in range(d, min(NDAYS, d + blk)):
                on.add(dd)
                if night:
                    nights.add(dd)
            d += blk + r.randint(2, 5)
        for d in range(NDAYS):
            if d in on:
                n = r.randint(1, 6)
                for _ in range(n):
                    h = (20 + r.uniform(0, 11)) if d in nights else r.uniform(8, 20)
                    t = lts(d, h, 0)
                    x = r.random()
                    p, kind = (T.clinical(r), "clinical") if x < 0.75 else (T.chat(r), "chat")
                    p = H(r, p, "en", 0.4)
                    res = sk.emit(r, a, t, T.pick(r, hips), MAIN, p, kind, cl)
                    if res and r.random() < 0.3:
                        sk.emit(r, a, res[0] + (gen_time(res[1]) + r.uniform(20, 200)) * SEC, T.pick(r, hips), MAIN,
                                T.followup(r), "follow", cl, turns=3, hist=res[1] + len(p) // 4)
            elif r.random() < 0.4:
                t = lts(d, hour_of(r, HUMAN), 0)
                for k in range(r.randint(1, 4)):
                    x = r.random()
                    p, kind = (T.clinical(r), "clinical") if x < 0.6 else (T.reasoning(r, 0.4), "reason") if x < 0.75 else (T.chat(r), "chat")
                    p = H(r, p, "en", 0.4)
                    res = sk.emit(r, a, t, home, MAIN if t < REL + 5 * DAY else NEW, p, kind, cl)
                    if not res:
                        break
                    t = res[0] + (gen_time(res[1]) + lognorm(r, 90, 0.6)) * SEC


# =============================================================================================
# ATTACK 5: resold_accounts (rsl-1): genuine owners until the account is sold, then a harvester

def g_resold(sk, W, r, S):
    buyer_ips = W.sub24(r, W.cloud["ap-southeast"], 12) + W.sub24(r, W.cloud["ap-east"], 8)
    newt = REL + int(r.uniform(10, 30) * HOUR)
    for i in range(60 * S):
        a = sk.acct("resold_accounts", "attack", "rsl-1")
        cc = T.pick(r, ["US", "GB", "DE", "FR", "ES", "IT", "NL", "PL", "CA", "AU", "SE"])
        tz = COUNTRIES[cc]
        fill(a, W0 - int(r.uniform(200, 1500) * DAY), cc, name_local(r), freemail(r, cc), card(r), "standard",
             r.random() < 0.4)
        HOV = W0 + int(r.uniform(3, 17) * DAY) + int(r.uniform(0, 24) * HOUR)
        # owner
        ostack = T.pick(r, ["chrome", "firefox", "safari", "desktop", "python", "node"])
        ocl = client(r, ostack)
        okey = sk.key() if ostack in ("python", "node") else None
        dev = ostack in ("python", "node")
        home = W.home(r, cc, 0.3)
        for d in range((HOV - W0) // DAY + 1):
            if r.random() > 0.45:
                continue
            t = lts(d, hour_of(r, OFFICE if dev else HUMAN), tz)
            turns, hist = 1, 0
            for k in range(r.randint(1, 6)):
                if t >= HOV:
                    break
                if turns > 1 and r.random() < 0.5:
                    p, kind = T.followup(r), "follow"
                else:
                    p, kind = (T.dev_question(r), "dev") if dev else (T.chat(r), "chat")
                p = H(r, p, "en", 0.6)
                res = sk.emit(r, a, t, home, MAIN, p, kind, ocl, turns=turns, hist=hist, key=okey)
                if not res:
                    break
                hist += math.ceil(len(p) / 3.7) + res[1]
                turns += 2
                t = res[0] + (gen_time(res[1]) + lognorm(r, 60, 0.6)) * SEC
        # buyer
        bkey = sk.key()
        bcl = client(r, T.pick(r, ["python", "go", "node"]), None)
        if bcl.stack == "python":
            bcl = Client("python", "python-httpx/0.27.2")
        cloudy = r.random() < 0.6
        mine = r.sample(buyer_ips, 2 if r.random() < 0.5 else 3)
        t0 = HOV + int(r.uniform(2, 30) * HOUR)
        d0 = (t0 - W0) // DAY
        for d in range(d0, NDAYS):
            ip_day = T.pick(r, W.resi[cc]) if (not cloudy and cc in W.resi) else None
            n = r.randint(10, 22)
            bursts = r.randint(2, 4)
            per = [n // bursts + (1 if j < n % bursts else 0) for j in range(bursts)]
            for m in per:
                t = W0 + d * DAY + int(r.uniform(0, 24) * HOUR)
                if t < t0:
                    t = t0 + r.uniform(0, 3) * HOUR
                ip = T.pick(r, mine) if cloudy else (ip_day or T.pick(r, mine))
                k = 0
                while k < m:
                    x = r.random()
                    model = NEW if (t >= newt and r.random() < 0.5) else MAIN
                    if x < 0.3:
                        tools = T.toolset(r)
                        steps = r.randint(2, 5)
                        turns, hist = 1, 0
                        for s in range(steps):
                            last = s == steps - 1
                            p = T.agent_goal(r) if s == 0 else T.tool_result(r)
                            res = sk.emit(r, a, t, ip, model, p, "agent_final" if last else "agent", bcl, turns=turns,
                                          tools=tools, tool_calls=0 if last else 1, hist=hist, max_tokens=16384,
                                          key=bkey)
                            k += 1
                            if not res:
                                break
                            hist += math.ceil(len(p) / 3.7) + res[1]
                            turns += 2
                            t = res[0] + (gen_time(res[1]) + r.uniform(0.5, 4)) * SEC
                        continue
                    if x < 0.6:
                        p, kind, th = T.coding(r), "code", 0
                    elif x < 0.9:
                        p, kind = T.reasoning(r, 0.4), "reason"
                        th = int(lognorm(r, 2000, 0.6)) if r.random() < 0.4 else 0
                    else:
                        p, kind, th = T.safe_rewrite(r), "safe", 0
                    res = sk.emit(r, a, t, ip, model, p, kind, bcl, max_tokens=16384, thinking=th, key=bkey)
                    k += 1
                    t = (res[0] if res else t) + (gen_time(res[1] if res else 500) + r.uniform(1, 20)) * SEC


# =============================================================================================
# HARD NEGATIVE: relocating_freelancers: move country mid-window, sometimes a new laptop and a new client key

FL_MOVES = [("PL", "PT"), ("US", "MX"), ("DE", "ES"), ("GB", "TH"), ("BR", "PT"), ("UA", "PL"), ("FR", "ES"),
            ("NL", "GE"), ("US", "CO"), ("DE", "ID"), ("GB", "PT"), ("IT", "ES")]


def g_freelancers(sk, W, r, S):
    for i in range(70 * S):
        a = sk.acct("relocating_freelancers", "benign", None, True)
        src, dst = T.pick(r, FL_MOVES)
        loc = name_local(r, 0)
        if r.random() < 0.4:
            dom = loc.split(".")[-1] + T.pick(r, [".dev", ".studio", ".io", ".codes"])
            loc = T.pick(r, ["hello", "contact", "me", loc.split(".")[0]])
        else:
            dom = freemail(r, src)
        fill(a, W0 - int(r.uniform(100, 1500) * DAY), src, loc, dom, card(r),
             "startup" if r.random() < 0.2 else "standard", r.random() < 0.3)
        move = int(r.uniform(4, 22))
        gap = r.randint(1, 3)
        cl1 = client(r, T.pick(r, ["desktop", "python", "node", "chrome", "firefox"]))
        cl2 = client(r, T.pick(r, ["desktop", "python", "node", "chrome", "safari"])) if r.random() < 0.4 else cl1
        k1 = sk.key() if cl1.cap == "sdk" else None
        k2 = sk.key() if (cl2.cap == "sdk" and (r.random() < 0.5 or k1 is None)) else k1
        home1, home2 = W.home(r, src), W.home(r, dst)
        cowork = W.home(r, dst)
        for d in range(NDAYS):
            after = d >= move + gap
            if move <= d < move + gap:
                if r.random() < 0.5 and dst in W.mobile:
                    t = lts(d, r.uniform(10, 22), COUNTRIES[dst])
                    sk.emit(r, a, t, W.mob(r, dst), MAIN, T.chat(r), "chat", cl1, key=k1)
                continue
            if r.random() > (0.7 if after else 0.55) or (weekday(d) >= 5 and r.random() < 0.6):
                continue
            tz = COUNTRIES[dst if after else src]
            cl, key = (cl2, k2) if after else (cl1, k1)
            ip = (cowork if r.random() < 0.4 else home2) if after else home1
            for _ in range(r.randint(1, 3)):
                t = lts(d, hour_of(r, OFFICE), tz)
                turns, hist = 1, 0
                for k in range(r.randint(1, 5 if after else 4)):
                    x = r.random()
                    if turns > 1 and r.random() < 0.4:
                        p, kind = T.followup(r), "follow"
                    elif x < 0.5:
                        p, kind = T.freelance(r), "freelance"
                    elif x < 0.8:
                        p, kind = T.coding(r), "code"
                    elif x < 0.9:
                        p, kind = T.dev_question(r), "dev"
                    else:
                        p, kind = T.chat(r), "chat"
                    p = H(r, p, "en", 0.4)
                    model = NEW if (t > REL + 2 * DAY and r.random() < 0.4) else MAIN
                    res = sk.emit(r, a, t, ip, model, p, kind, cl, turns=turns, hist=hist, key=key)
                    if not res:
                        break
                    hist += math.ceil(len(p) / 3.7) + res[1]
                    turns += 2
                    t = res[0] + (gen_time(res[1]) + lognorm(r, 80, 0.6)) * SEC


# =============================================================================================
# ATTACK 6: niche_rotator (nrt-1): everything rotates per account except the target (formal maths)

def g_niche_rotator(sk, W, r, S, pivot):
    all_cc = ["US", "GB", "DE", "FR", "NL", "CA", "SG", "JP", "KR", "IN", "BR", "MX", "PL", "SE", "FI", "AU",
              "ES", "IT", "TR", "AE", "VN", "ID", "ZA", "RO", "UA"]
    stacks = ["python", "node", "go", "java", "curl", "dotnet", "rust", "chrome", "firefox"]
    for i in range(180 * S):
        a = sk.acct("niche_rotator", "attack", "nrt-1")
        cc = T.pick(r, all_cc)
        start = W0 + int(r.uniform(0, NDAYS - 3) * DAY)
        life = r.randint(3, 6)
        created = start - int(r.uniform(1, 72) * HOUR)
        x = r.random()
        if x < 0.5:
            dom, loc, ch = freemail(r, cc), name_local(r), pick_w(r, [("standard", 75), ("startup", 15), ("research", 10)])
        elif x < 0.8:
            dom = T.pick(r, ["prooflane", "axiomforge", "lemmaworks", "qedstack", "tacticly", "formalist",
                             "inductive", "sorrylabs", "mathweave", "certik"]) + str(r.randint(2, 99)) + T.pick(r, [".io", ".ai", ".dev", ".xyz"])
            loc, ch = T.pick(r, ["admin", "research", "team", name_local(r, 2)]), pick_w(r, [("startup", 50), ("research", 30), ("standard", 20)])
        else:
            dom = T.pick(r, ["student.lakemont-uni.edu", "mail.ridgeway.ac.uk", "stud.hochschule-elbtal.de",
                             "etu.univ-garonne.fr", "alumnos.utecnica-norte.edu.mx"])
            loc, ch = f"{r.choice('abcdefghijklmnopqrstuvwxyz')}{r.randint(1000000, 9999999)}", "education"
        fill(a, created, cc if r.random() < 0.7 else T.pick(r, all_cc), loc, dom, card(r) if r.random() < 0.9 else None,
             ch, r.random() < 0.15)
        stack = T.pick(r, stacks)
        cl = client(r, stack)
        net = pick_w(r, [("vps", 40), ("cloud", 15), ("vpn", 15), ("resi", 15), ("mobile", 15)])
        if net == "vps":
            fixed = T.pick(r, W.vps).host(r)
        elif net == "cloud":
            fixed = W.cloud[T.pick(r, sorted(W.cloud))].host(r)
        else:
            fixed = None
        brand = r.randrange(3)
        h0 = r.uniform(0, 24)
        for d in range(life):
            dday = (start - W0) // DAY + d
            if dday >= NDAYS:
                break
            n = r.randint(12, 30)
            span = r.uniform(10, 16)
            if net == "resi":
                day_ip = T.pick(r, W.resi[cc] if cc in W.resi else W.resi["US"])
            elif net == "vpn":
                day_ip = W.vpn_exit(r, brand, cc)
            else:
                day_ip = fixed
            k = 0
            while k < n:
                t = W0 + dday * DAY + int((h0 + r.uniform(0, span)) * HOUR)
                if t < created:
                    t = created + int(r.uniform(1, 30) * MIN)
                ip = W.mob(r, cc) if net == "mobile" else day_ip
                for _ in range(min(n - k, r.randint(1, 3))):
                    if r.random() < 0.01:
                        ipx = W.isp["CN"][0].host(r)
                    else:
                        ipx = ip
                    x = r.random()
                    if x < 0.85:
                        p, kind = T.formal_math(r), "formal"
                        th = int(lognorm(r, 2500, 0.6)) if r.random() < 0.5 else 0
                    elif x < 0.93:
                        p, kind, th = T.dev_question(r), "dev", 0
                    else:
                        p, kind, th = T.chat(r), "chat", 0
                    model = NEW if (t >= pivot and r.random() < 0.5) else MAIN
                    cap = "client" if cl.cap != "sdk" else T.pick(r, [16384, 32768])
                    res = sk.emit(r, a, t, ipx, model, p, kind, cl, max_tokens=cap, thinking=th)
                    k += 1
                    if res:
                        t = res[0] + (gen_time(res[1]) + r.uniform(2, 25)) * SEC


# =============================================================================================
# HARD NEGATIVE: formal_methods_course: a Lean 4 course, its TAs, and hobbyists

def g_lean_course(sk, W, r, S):
    campus = [W.edu["vestmark"].host(r) for _ in range(2)]
    for i in range(120 * S):
        a = sk.acct("formal_methods_course", "benign", None, True)
        loc = f"s{r.randint(200000, 259999)}"
        created = W0 - int(r.uniform(0, 14) * DAY) - int(r.uniform(0, 12) * HOUR) if r.random() < 0.6 else W0 - int(r.uniform(15, 700) * DAY)
        fill(a, created, "DK", loc, "student.vestmark.dk", card(r) if r.random() < 0.3 else None, "education", False)
        plug = r.random() < 0.4
        cl = Client("node", LEAN_PLUGIN_UA) if plug else client(r, T.pick(r, ["chrome", "firefox", "safari"]))
        cap = 2048 if plug else "client"
        home = W.home(r, "DK")
        diligence = lognorm(r, 1.0, 0.4)
        for wk in range(4):
            sessions = max(0, int(r.gauss(3 * diligence, 1.2)))
            for s in range(sessions):
                dd = wk * 7 + pick_w(r, [(1, 2), (2, 3), (3, 3), (4, 5), (5, 1), (6, 1)])
                late = dd % 7 == 4
                t = lts(dd, r.uniform(19, 24) if late else hour_of(r, EVENING), 1)
                ip = T.pick(r, campus) if (dd % 7 < 5 and r.random() < 0.5) else home
                turns, hist = 1, 0
                for k in range(r.randint(1, 6)):
                    x = r.random()
                    if turns > 1 and r.random() < 0.4:
                        p, kind = T.lean_follow(r), "follow"
                    elif x < 0.8:
                        p, kind = T.lean_student(r), "lean_help"
                    elif x < 0.9:
                        p, kind = T.informal_proof(r), "formal"
                    else:
                        p, kind = T.chat(r), "chat"
                    p = H(r, p, "en", 0.5)
                    res = sk.emit(r, a, t, ip, MAIN, p, kind, cl, turns=turns, hist=hist, max_tokens=cap)
                    if not res:
                        break
                    hist += math.ceil(len(p) / 3.7) + res[1]
                    turns += 2
                    t = res[0] + (gen_time(res[1]) + lognorm(r, 120, 0.6)) * SEC
    for i in range(6):
        a = sk.acct("formal_methods_course", "benign", None, True)
        fill(a, W0 - int(r.uniform(100, 900) * DAY), "DK", name_local(r, 0), "vestmark.dk", card(r), "research", True,
             "org_vestmark_cs")
        cl = client(r, T.pick(r, ["python", "chrome"]))
        for d in range(NDAYS):
            if weekday(d) >= 5 or r.random() > 0.6:
                continue
            for _ in range(r.randint(1, 6)):
                t = lts(d, hour_of(r, OFFICE), 1)
                th = int(lognorm(r, 1500, 0.5)) if r.random() < 0.2 else 0
                sk.emit(r, a, t, T.pick(r, campus), MAIN if t < REL else NEW, T.lean_ta(r), "formal", cl, thinking=th,
                        max_tokens=8192)
    for i in range(30 * S):
        a = sk.acct("formal_methods_course", "benign", None, True)
        cc = T.pick(r, ["US", "GB", "DE", "FR", "NL", "JP", "IN", "BR", "PL", "SE", "CA", "AU"])
        fill(a, W0 - int(r.uniform(30, 1200) * DAY), cc, name_local(r), freemail(r, cc),
             card(r) if r.random() < 0.8 else None, "standard", r.random() < 0.2)
        cl = client(r, T.pick(r, ["python", "chrome", "firefox", "node"]))
        home = W.home(r, cc, 0.3)
        for d in range(NDAYS):
            if r.random() > (0.35 if weekday(d) >= 5 else 0.2):
                continue
            t = lts(d, hour_of(r, EVENING), COUNTRIES[cc])
            for k in range(r.randint(1, 5)):
                x = r.random()
                if x < 0.6:
                    p, kind = T.lean_hobby(r), "lean_help"
                elif x < 0.85:
                    p, kind = T.formal_math(r), "formal"
                else:
                    p, kind = T.dev_question(r), "dev"
                th = int(lognorm(r, 1500, 0.5)) if kind == "formal" and r.random() < 0.3 else 0
                res = sk.emit(r, a, t, home, MAIN if t < REL + DAY else NEW, p, kind, cl, thinking=th)
                if not res:
                    break
                t = res[0] + (gen_time(res[1]) + lognorm(r, 150, 0.6)) * SEC


# =============================================================================================
# ATTACK 7: free_chat_front (fcf-1): an operator-run free chat site; real users relayed, bots mixed in

REGION_W = [("am", -5, 0.35), ("eu", 1, 0.35), ("as", 7, 0.30)]


def site_hour_sample(r):
    reg, tz, _ = pick_w(r, [((a, b, c), c) for a, b, c in REGION_W])
    return reg, hour_of(r, HUMAN) - tz


def g_free_chat(sk, W, r, S):
    accts = []
    for b in range(4):
        base = W0 - int((90 - b * 25) * DAY) - int(r.uniform(0, 5) * DAY)
        for i in range(6 * S):
            a = sk.acct("free_chat_front", "attack", "fcf-1")
            cc = T.pick(r, ["EE", "CY", "LT", "LV", "MT", "GB", "US"])
            fill(a, base + int(r.uniform(0, 3) * DAY), cc, name_local(r), freemail(r, cc), card(r),
                 "startup" if r.random() < 0.3 else "standard", r.random() < 0.2)
            accts.append((a, sk.key()))
    ips = W.sub24(r, W.cloud["us-east"], 4) + [W.vps[0].host(r) for _ in range(3)]
    cl = client(r, "node", "osprey-node/2.4.0")
    newt = REL + int(r.uniform(8, 20) * HOUR)
    for d in range(NDAYS):
        sysp = T.CHATSITE_SYS[0 if d < 10 else 1]
        growth = 1 + d * 0.01
        # relayed end users
        for _ in range(int(r.uniform(90, 115) * S * growth)):
            reg, h = site_hour_sample(r)
            t = W0 + d * DAY + int(h * HOUR)
            a, key = T.pick(r, accts)
            lang = pick_w(r, [("en", 60), ("es", 15), ("pt", 12), ("id", 13)])
            turns, hist = 1, 0
            ip = T.pick(r, ips)
            for k in range(max(1, min(12, int(lognorm(r, 3, 0.7))))):
                if turns > 1 and r.random() < 0.5:
                    p, kind = (T.followup(r) if lang == "en" else T.l_follow(r, lang)), "follow"
                else:
                    x = r.random()
                    if lang == "en":
                        p, kind = (T.chat(r), "chat") if x < 0.45 else (T.companion(r), "companion") if x < 0.65 else \
                            (T.homework(r), "homework") if x < 0.82 else (T.dev_question(r), "dev")
                    else:
                        p, kind = (T.l_chat(r, lang), "chat") if x < 0.6 else (T.l_homework(r, lang), "homework")
                p = H(r, p, lang, 0.75)
                model = NEW if (d >= 20 and r.random() < 0.2) else (LITE if r.random() < 0.3 else MAIN)
                res = sk.emit(r, a, t, ip, model, p, kind, cl, system=sysp, turns=turns, hist=hist, max_tokens=2048,
                              key=key)
                if not res:
                    break
                hist += math.ceil(len(p) / 3.7) + res[1]
                turns += 2
                t = res[0] + (gen_time(res[1]) + lognorm(r, 50, 0.7)) * SEC
        # operator's bots through the same pipe
        for _ in range(int(r.uniform(150, 175) * S * growth)):
            if r.random() < 0.65:
                _, h = site_hour_sample(r)
            else:
                h = r.uniform(0, 24)
            t = W0 + d * DAY + int(h * HOUR)
            a, key = T.pick(r, accts)
            ip = T.pick(r, ips)
            turns, hist = 1, 0
            lang = pick_w(r, [("en", 80), ("es", 10), ("pt", 10)])
            for k in range(r.randint(1, 3)):
                if k > 0:
                    p, kind = (T.followup(r) if lang == "en" else T.l_follow(r, lang)), "follow"
                    if r.random() < 0.5:
                        p = T.pick(r, T.ASK_WORKING)
                else:
                    x = r.random()
                    if lang != "en":
                        p, kind = (T.l_reason(r, lang), "reason") if x < 0.6 else (T.l_code(r, lang), "code")
                    elif x < 0.4:
                        p, kind = T.reasoning(r, 0.6), "reason"
                    elif x < 0.65:
                        p, kind = T.coding(r), "code"
                    elif x < 0.8:
                        p, kind = T.safe_rewrite(r), "safe"
                    elif x < 0.9:
                        p, kind = T.grading(r), "grade"
                    else:
                        p, kind = T.datagen(r), "data"
                p = H(r, p, lang, 0.35)
                model = NEW if (t >= newt and r.random() < 0.5) else MAIN
                res = sk.emit(r, a, t, ip, model, p, kind, cl, system=sysp, turns=turns, hist=hist, max_tokens=16384,
                              key=key)
                if not res:
                    break
                hist += math.ceil(len(p) / 3.7) + res[1]
                turns += 2
                t = res[0] + (gen_time(res[1]) + lognorm(r, 12, 0.6)) * SEC


# =============================================================================================
# HARD NEGATIVE: companion_app_backend (Kindling): a genuine consumer app's backend accounts

def g_companion(sk, W, r, S):
    created = W0 - int(r.uniform(300, 600) * DAY)
    pay = card(r)
    accts = []
    for env, reg, tz, share in [("prod-us-1", "us-east", -5, .22), ("prod-us-2", "us-east", -5, .22),
                                ("prod-us-3", "us-east", -5, .16), ("prod-eu-1", "eu-west", 1, .15),
                                ("prod-eu-2", "eu-west", 1, .10), ("prod-apac-1", "ap-southeast", 8, .08),
                                ("prod-apac-2", "ap-southeast", 8, .06), ("staging", "us-east", -5, .01)]:
        a = sk.acct("companion_app_backend", "benign", None, True)
        fill(a, created + len(accts) * int(r.uniform(1, 40) * DAY), "US", f"svc-{env}", "kindling.app", pay,
             "enterprise", True, "org_kindling")
        accts.append((a, sk.key(), W.sub24(r, W.cloud[reg], 2), tz, share, env))
    cl = Client("python", "osprey-python/1.9.2")
    per_day = 640 * S
    for a, key, ips, tz, share, env in accts:
        for d in range(NDAYS):
            n = int(per_day * share * r.uniform(0.85, 1.15) * (1.15 if weekday(d) >= 5 else 1))
            for _ in range(n):
                t = lts(d, hour_of(r, EVENING), tz)
                pos = 1 + 2 * min(60, int(lognorm(r, 6, 0.9)))
                x = r.random()
                if x < 0.90:
                    p, kind, cap = T.companion(r), "companion", 1024
                elif x < 0.95:
                    p, kind, cap = T.homework(r), "homework", 1024
                elif x < 0.98:
                    p, kind, cap = "Write me a long story about " + T.pick(r, T.COMP_FILL["t"]) + ", with a twist at the end.", "story", 4096
                else:
                    p, kind, cap = T.safe_rewrite(r), "safe", 1024
                if env == "staging":
                    model = NEW if t >= REL + 4 * HOUR else LITE
                else:
                    model = LITE if r.random() < 0.8 else (NEW if t >= REL + 3 * DAY else MAIN)
                sk.emit(r, a, t, T.pick(r, ips), model, p, kind, cl, system=T.COMPANION_SYS, turns=pos,
                        hist=int(pos * r.uniform(40, 90)), max_tokens=cap, key=key)


# =============================================================================================
# BACKGROUND: everyday_user

EV_CC = [("US", 20), ("GB", 6), ("DE", 5), ("FR", 4), ("IN", 6), ("BR", 5), ("MX", 4), ("ES", 3), ("IT", 3),
         ("CA", 3), ("AU", 2), ("NL", 2), ("PL", 2), ("JP", 3), ("KR", 2), ("ID", 4), ("PH", 2), ("TR", 2),
         ("NG", 2), ("KE", 1), ("ZA", 1), ("EG", 1), ("VN", 2), ("SE", 1), ("AR", 2), ("CO", 2), ("CL", 1),
         ("PE", 1), ("PT", 1), ("TH", 1), ("SG", 1), ("AE", 1), ("IE", 1), ("DK", 1), ("RO", 1)]
LOCAL_LANG = {"MX": "es", "AR": "es", "CO": "es", "CL": "es", "PE": "es", "ES": "es", "BR": "pt", "PT": "pt", "ID": "id"}


def g_everyday(sk, W, r, S):
    for i in range(2500 * S):
        cc = pick_w(r, EV_CC)
        tz = COUNTRIES[cc]
        kind_u = pick_w(r, [("browser", 40), ("phone", 30), ("desktop", 8), ("dev", 17), ("student", 5)])
        inwin = r.random() < 0.04
        created = W0 + int(r.uniform(0, 26) * DAY) if inwin else W0 - int(r.uniform(1, 730) * DAY)
        a = sk.acct("everyday_user", "benign")
        ch = pick_w(r, [("standard", 90), ("education", 5), ("startup", 3), ("research", 2)])
        fill(a, created, cc, name_local(r), freemail(r, cc), card(r) if r.random() < 0.75 else None, ch,
             r.random() < 0.2)
        if kind_u == "browser":
            cl = client(r, T.pick(r, ["chrome", "chrome", "firefox", "safari"]))
        elif kind_u == "phone":
            cl = client(r, T.pick(r, ["android", "ios"]))
        elif kind_u == "desktop":
            cl = client(r, "desktop")
        elif kind_u == "dev":
            cl = client(r, pick_w(r, [("python", 50), ("node", 25), ("go", 8), ("curl", 5), ("java", 5), ("dotnet", 4), ("rust", 3)]))
        else:
            cl = client(r, T.pick(r, ["chrome", "android"]))
        key = sk.key() if cl.cap == "sdk" else None
        devcap = T.pick(r, [None, 1024, 2048, 4096, 8192]) if kind_u == "dev" else "client"
        home = W.home(r, cc, 0.3)
        home2 = W.home(r, cc) if r.random() < 0.08 else None
        dhcp = W0 + int(r.uniform(1, 27) * DAY)
        vpnu = r.random() < 0.05
        lang = LOCAL_LANG.get(cc) if r.random() < 0.25 else None
        rate = min(25.0, max(0.1, lognorm(r, 1.0, 1.0))) / 7.0
        adopt = REL + int(lognorm(r, 30, 0.8) * HOUR) if r.random() < 0.55 else None
        lite = r.random() < 0.2
        for d in range(NDAYS):
            ns = 0
            lam = rate * (0.7 if (kind_u == "dev" and weekday(d) >= 5) else 1)
            # poisson draw
            L, p_ = math.exp(-lam), 1.0
            while True:
                p_ *= r.random()
                if p_ < L:
                    break
                ns += 1
            for s in range(ns):
                t = lts(d, hour_of(r, OFFICE if (kind_u == "dev" and r.random() < 0.7) else HUMAN), tz)
                if t < a.created:
                    continue
                if kind_u == "phone" and cc in W.mobile and r.random() < 0.55:
                    ip = W.mob(r, cc)
                elif vpnu and r.random() < 0.4:
                    ip = W.vpn_exit(r, None, cc)
                else:
                    ip = home2 if (home2 and t >= dhcp) else home
                turns, hist = 1, 0
                nturn = max(1, min(12, int(lognorm(r, 2.2, 0.7))))
                for k in range(nturn):
                    if k > 0 and r.random() < 0.6:
                        p, kd = (T.l_follow(r, lang) if lang else T.followup(r)), "follow"
                    else:
                        y = r.random()
                        if kind_u == "dev":
                            p, kd = (T.dev_question(r), "dev") if y < 0.6 else (T.coding(r), "code") if y < 0.9 else (T.chat(r), "chat")
                        elif kind_u == "student":
                            p, kd = ((T.l_homework(r, lang) if lang else T.homework(r)), "homework") if y < 0.6 else (T.chat(r), "chat")
                        elif lang and y < 0.5:
                            p, kd = (T.l_chat(r, lang), "chat") if y < 0.4 else (T.l_homework(r, lang), "homework")
                        else:
                            p, kd = (T.chat(r), "chat") if y < 0.86 else (T.reasoning(r, 0.3), "reason") if y < 0.93 else \
                                (T.homework(r), "homework") if y < 0.97 else (T.safe_rewrite(r), "safe") if y < 0.985 else (T.datagen(r), "data")
                    p = H(r, p, lang or "en", 0.75)
                    model = NEW if (adopt and t >= adopt) else (LITE if lite else (OLD if kind_u == "dev" and r.random() < 0.05 else MAIN))
                    th = int(lognorm(r, 900, 0.6)) if (kind_u == "dev" and r.random() < 0.05) else 0
                    res = sk.emit(r, a, t, ip, model, p, kd, cl, turns=turns, hist=hist, max_tokens=devcap, thinking=th,
                                  key=key)
                    if not res:
                        break
                    hist += math.ceil(len(p) / 3.7) + res[1]
                    turns += 2
                    t = res[0] + (gen_time(res[1]) + lognorm(r, 55, 0.7)) * SEC


# =============================================================================================
# main

def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--scale", choices=["small", "medium"], default="small")
    ap.add_argument("--no-accounts", action="store_true")
    ap.add_argument("--out", required=True)
    args = ap.parse_args()
    t_start = time.time()
    S = 1 if args.scale == "small" else 4
    os.makedirs(args.out, exist_ok=True)
    W = World(S)
    sk = Sink(args.out, args.seed, S)

    def R(name):
        return random.Random(f"{args.seed}:{name}")

    pivots = {}
    pivots["bim-1"] = g_bench_impostor(sk, W, R("bim"), S)
    g_eval_vendor(sk, W, R("plumb"), S)
    g_debate_pairs(sk, W, R("dbp"), S)
    g_agent_crew(sk, W, R("crew"), S)
    g_polyglot(sk, W, R("plg"), S)
    g_students(sk, W, R("stu"), S)
    g_duty_roster(sk, W, R("rst"), S)
    g_clinicians(sk, W, R("clin"), S)
    g_resold(sk, W, R("rsl"), S)
    g_freelancers(sk, W, R("fl"), S)
    nrt_pivot = REL + int(R("nrtp").uniform(6, 20) * HOUR)
    g_niche_rotator(sk, W, R("nrt"), S, nrt_pivot)
    g_lean_course(sk, W, R("lean"), S)
    g_free_chat(sk, W, R("fcf"), S)
    g_companion(sk, W, R("kind"), S)
    g_everyday(sk, W, R("every"), S)
    sk.finish_events()

    # the first osprey-3 request of the niche rotator after its switch
    live = [a for a in sk.accts if a.n > 0]
    out = args.out
    # side inputs
    with open(os.path.join(out, "ip_ranges.csv"), "w", encoding="utf-8") as f:
        f.write("cidr,asn,as_org,country,kind\n")
        for cidr, asn, org, cc, kind in W.rows:
            f.write(f"{cidr},{'AS' + str(asn) if asn else ''},{org},{cc},{kind}\n")
    with open(os.path.join(out, "releases.csv"), "w", encoding="utf-8") as f:
        f.write("model,released_at\n")
        for m, t in RELEASES:
            f.write(f"{m},{t}\n")
    with open(os.path.join(out, "policy.toml"), "w", encoding="utf-8") as f:
        f.write('restricted_countries = ["CN", "RU", "KP", "IR", "SY"]\n')
        f.write('hash_key_id = "outside-nine"\n')
        f.write('hash_key = "outside-nine-test-key-3f9c1e7a5b20d84c"\n\n')
        f.write("[thresholds]\nreview = 0.5\nthrottle = 0.7\nblock = 0.85\n")
    fixed = 0
    if not args.no_accounts:
        rows = []
        for a in live:
            if a.created > a.first:
                fixed += 1
                a.created = a.first - 60 * SEC
            rec = {"account_id": a.id, "created_at": iso(a.created)}
            if a.org:
                rec["org_id"] = a.org
            if a.domain:
                rec["email_domain"] = a.domain
            if a.shape:
                rec["email_local_shape"] = a.shape
            if a.pay:
                rec["payment_fingerprint"] = a.pay
            if a.cc:
                rec["billing_country"] = a.cc
            if a.channel:
                rec["signup_channel"] = a.channel
            if a.verified is not None:
                rec["verified"] = a.verified
            rows.append((a.created, a.id, rec))
        rows.sort(key=lambda x: (x[0], x[1]))
        with open(os.path.join(out, "accounts.jsonl"), "w", encoding="utf-8") as f:
            for _, _, rec in rows:
                f.write(json.dumps(rec, separators=(",", ":")) + "\n")
    elif os.path.exists(os.path.join(out, "accounts.jsonl")):
        os.remove(os.path.join(out, "accounts.jsonl"))
    with open(os.path.join(out, "truth.jsonl"), "w", encoding="utf-8") as f:
        for a in sorted(live, key=lambda a: a.id):
            rec = {"account_id": a.id, "label": a.label, "group": a.group, "campaign": a.campaign}
            if a.hard:
                rec["hard"] = True
            f.write(json.dumps(rec, separators=(",", ":")) + "\n")
    camps = {}
    for a in live:
        if a.campaign:
            c = camps.setdefault(a.campaign, [a.group, 0, a.first, a.last])
            c[1] += 1
            c[2] = min(c[2], a.first)
            c[3] = max(c[3], a.last)
    piv = {"bim-1": pivots["bim-1"], "nrt-1": nrt_pivot}
    with open(os.path.join(out, "campaigns.jsonl"), "w", encoding="utf-8") as f:
        for cid in sorted(camps):
            g, n, t0, t1 = camps[cid]
            p = piv.get(cid)
            f.write(json.dumps({"campaign": cid, "group": g, "accounts": n, "active_from": iso(t0),
                                "active_until": iso(t1), "successor_of": None,
                                "pivot_at": iso(p) if p else None}, separators=(",", ":")) + "\n")
    # table on stderr
    order = []
    for a in sk.accts:
        if a.group not in order:
            order.append(a.group)
    nacc = {}
    for a in live:
        nacc[a.group] = nacc.get(a.group, 0) + 1
    lab = {a.group: ("attack" if a.label == "attack" else "benign*" if a.hard else "benign") for a in sk.accts}
    tot_e = tot_a = 0
    alld = 0
    print(f"{'label':8} {'group':26} {'accounts':>8} {'events':>8} {'distinct':>8}", file=sys.stderr)
    for g in sorted(order, key=lambda g: (lab[g] != "attack", lab[g], g)):
        ev, hs = sk.stats.get(g, [0, set()])
        print(f"{lab[g]:8} {g:26} {nacc.get(g, 0):8d} {ev:8d} {len(hs) / max(1, ev):8.2f}", file=sys.stderr)
        tot_e += ev
        tot_a += nacc.get(g, 0)
        alld += len(hs)
    print(f"{'':8} {'total':26} {tot_a:8d} {tot_e:8d} {alld / max(1, tot_e):8.2f}", file=sys.stderr)
    print(f"attack accounts {sum(1 for a in live if a.label == 'attack')}; dropped outside window {sk.dropped}; "
          f"created_at moved {fixed}; {time.time() - t_start:.1f}s", file=sys.stderr)


if __name__ == "__main__":
    main()
