#!/usr/bin/env python3
"""outside_fifteen: distillation campaigns built from sleeper accounts that wake at a model release, startup-credit
grader farms, a proxy "router" hydra that mixes its customers' chats with safe-rewrite harvesting, a chargeback churn
farm on mobile proxies, and cross-account assembly lines; set against honest populations that share their structure.

python3 scripts/outside_fifteen/gen.py --seed N --out DIR [--scale small|medium]
Python 3 standard library only. Same seed and scale give byte-identical files. See README.md beside this file.
"""
import argparse
import datetime as dt
import hashlib
import json
import math
import os
import random
import sys
import time

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import prose as P  # noqa: E402

# ============================================================================ world
T0 = int(dt.datetime(2026, 3, 2, tzinfo=dt.timezone.utc).timestamp() * 1000)  # Monday
SEC, MIN, HOUR, DAY = 1000, 60_000, 3_600_000, 86_400_000
DAYS = 14
T_END = T0 + DAYS * DAY
LEG, MAIN, SWIFT, NEW = "atlas-2", "atlas-3", "atlas-3-swift", "atlas-4"
RELEASE = T0 + 9 * DAY + 14 * HOUR  # Wednesday 2026-03-11 14:00Z
RELEASES = [(LEG, "2025-04-22T15:00:00.000Z"), (MAIN, "2025-11-04T15:00:00.000Z"),
            (SWIFT, "2026-01-13T15:00:00.000Z")]
RESTRICTED = ["CN", "RU", "IR", "KP", "SY", "CU"]

# cc -> (utc offset hours, language, v6 registry prefix, weight among consumers)
CC = {
    "US": (-5, "en", "2600", 20), "CA": (-5, "en", "2604", 3), "MX": (-6, "es", "2806", 3), "BR": (-3, "pt", "2804", 5),
    "AR": (-3, "es", "2803", 1.5), "CO": (-5, "es", "2800", 1.5), "GB": (0, "en", "2a02", 7), "IE": (0, "en", "2a01", 1),
    "DE": (1, "de", "2a00", 6), "FR": (1, "fr", "2a01", 4), "NL": (1, "en", "2a02", 2), "ES": (1, "es", "2a0c", 3),
    "IT": (1, "it", "2a00", 3), "PL": (1, "pl", "2a02", 2.5), "SE": (1, "en", "2a00", 1.5), "NO": (1, "en", "2a01", 0.8),
    "TR": (3, "tr", "2a02", 2.5), "IL": (2, "en", "2a06", 0.8), "EG": (2, "en", "2c0f", 1.2), "NG": (1, "en", "2c0f", 2),
    "KE": (3, "en", "2c0f", 1), "ZA": (2, "en", "2c0f", 1.2), "AE": (4, "en", "2a02", 1), "IN": (5.5, "en", "2401", 9),
    "SG": (8, "en", "2400", 1.2), "MY": (8, "en", "2400", 1), "ID": (7, "id", "2400", 3), "VN": (7, "vi", "2401", 2.5),
    "TH": (7, "en", "2403", 1.5), "PH": (8, "en", "2400", 2), "HK": (8, "en", "2400", 0.6), "KR": (9, "ko", "2001", 3),
    "JP": (9, "ja", "2400", 4), "AU": (11, "en", "2401", 3), "NZ": (13, "en", "2404", 0.5), "EE": (2, "en", "2a00", 0.3),
    "CN": (8, "zh", "2408", 0), "RU": (3, "ru", "2a00", 0),
}
COUNTRY_NAME = {"US": "United States", "GB": "United Kingdom", "DE": "Germany", "FR": "France", "JP": "Japan",
                "BR": "Brazil", "IN": "India", "MX": "Mexico", "CN": "China", "RU": "Russia"}

# local-hour activity profiles (index = local hour)
PROF = {
    "consumer": [2, 1, .6, .4, .3, .4, 1, 2, 3, 3.5, 3.8, 4, 4.4, 4.2, 3.8, 3.6, 3.8, 4.2, 4.8, 5.4, 5.8, 5.4, 4.4, 3],
    "office": [.2, .1, .1, .1, .1, .2, .6, 2, 5, 7, 7.5, 7, 4.5, 6, 7, 7, 6.5, 4.5, 2, 1, .8, .6, .4, .3],
    "dev": [1.2, .8, .4, .2, .1, .2, .4, 1.2, 3, 5, 6, 6, 4.5, 5.5, 6, 6, 5.5, 4.5, 3, 2.6, 2.8, 2.8, 2.2, 1.6],
    "student": [3, 2, 1, .4, .2, .2, .3, .8, 1.5, 2.5, 3, 3, 3, 3.5, 3.5, 3.2, 3.4, 3.6, 3.8, 4.2, 4.8, 5, 4.8, 4],
    "school": [.1, .1, .1, .1, .1, .2, .5, 2, 6, 8, 8, 7.5, 6, 7, 7, 5, 3, 2, 1.5, 1.5, 1.2, .8, .4, .2],
    "flat": [1] * 24,
}


def cum(ws):
    out, s = [], 0.0
    for w in ws:
        s += w
        out.append(s)
    return out


PROF_CUM = {k: cum(v) for k, v in PROF.items()}


def rfc(ms):
    s, m = divmod(int(ms), 1000)
    return time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(s)) + f".{m:03d}Z"


def ntok(s):
    if not s:
        return 0
    return max(1, len(s.encode("utf-8")) // 4)


def poisson(r, lam):
    if lam <= 0:
        return 0
    if lam > 30:
        return max(0, int(r.gauss(lam, math.sqrt(lam)) + 0.5))
    L, k, p = math.exp(-lam), 0, 1.0
    while True:
        p *= r.random()
        if p <= L:
            return k
        k += 1


def lognorm(r, mean, sigma):
    return mean * math.exp(r.gauss(0, sigma) - sigma * sigma / 2)


def h8(*parts):
    return hashlib.sha256("/".join(str(p) for p in parts).encode()).hexdigest()


def weekend(d):
    return d % 7 in (5, 6)


# ============================================================================ clients (user agent, TLS fingerprint)
def ja4(family):
    h = h8("ja4", family)
    return f"t13d{15 + int(h[0], 16) % 4}{10 + int(h[1], 16) % 9}h{'2' if int(h[2], 16) % 3 else '1'}_{h[3:15]}_{h[15:27]}"


FP = {k: ja4(k) for k in ["py-openssl3", "py-openssl11", "node20", "node18", "go", "curl", "java", "dotnet", "rustls",
                          "chrome", "safari-ios", "okhttp", "firefox"]}


def client(r, kind, **kw):
    """Return (user_agent, fingerprint) for one client stack."""
    if kind == "py_sdk":
        return f"atlas-python/0.{r.randint(41, 48)}.{r.randint(0, 3)}", FP["py-openssl3" if r.random() < 0.85 else "py-openssl11"]
    if kind == "httpx":
        return f"python-httpx/0.{r.choice([25, 26, 27, 28])}.{r.randint(0, 2)}", FP["py-openssl3"]
    if kind == "aiohttp":
        return f"Python/3.{r.choice([10, 11, 12])} aiohttp/3.{r.choice([8, 9, 10])}.{r.randint(0, 5)}", FP["py-openssl3"]
    if kind == "requests":
        return f"python-requests/2.3{r.randint(1, 2)}.{r.randint(0, 3)}", FP["py-openssl3"]
    if kind == "node_sdk":
        return f"atlas-node/0.{r.randint(24, 31)}.{r.randint(0, 4)}", FP["node20" if r.random() < 0.7 else "node18"]
    if kind == "curl":
        return f"curl/8.{r.randint(4, 11)}.{r.randint(0, 1)}", FP["curl"]
    if kind == "go":
        return "Go-http-client/2.0", FP["go"]
    if kind == "java":
        return f"Java-http-client/{r.choice(['17.0.10', '21.0.2', '21.0.5'])}", FP["java"]
    if kind == "okhttp":
        return "okhttp/4.12.0", FP["okhttp"]
    if kind == "dotnet":
        return f"Atlas.Net/1.{r.randint(1, 4)}.0", FP["dotnet"]
    if kind == "rust":
        return f"reqwest/0.{r.choice([11, 12])}", FP["rustls"]
    if kind == "desktop":
        app = r.choice(["Chatterly/2.4.1", "Chatterly/2.5.0", "MindDesk/1.9.3", "Parley/0.31.2"])
        osx = r.choice(["Macintosh; Intel Mac OS X 10_15_7", "Windows NT 10.0; Win64; x64", "X11; Linux x86_64"])
        return f"Mozilla/5.0 ({osx}) AppleWebKit/537.36 (KHTML, like Gecko) {app} Chrome/12{r.randint(0, 4)}.0.0.0 Electron/2{r.randint(8, 9)}.1.0 Safari/537.36", FP["chrome"]
    if kind == "mobile":
        if r.random() < 0.55:
            return f"PocketAtlas/3.{r.randint(2, 6)}.{r.randint(0, 9)} (iPhone; iOS 17.{r.randint(2, 5)}; Scale/3.00)", FP["safari-ios"]
        return f"PocketAtlas/3.{r.randint(2, 6)}.{r.randint(0, 9)} (Android 1{r.randint(3, 4)}; {r.choice(['Pixel 8', 'SM-S921B', 'Redmi Note 13', 'moto g84'])})", FP["okhttp"]
    if kind == "browser":
        b = r.random()
        if b < 0.75:
            return f"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/12{r.randint(1, 4)}.0.0.0 Safari/537.36", FP["chrome"]
        return f"Mozilla/5.0 (X11; Linux x86_64; rv:12{r.randint(2, 4)}.0) Gecko/20100101 Firefox/12{r.randint(2, 4)}.0", FP["firefox"]
    if kind == "cli":
        v = kw.get("v") or f"1.6.{r.randint(0, 9)}"
        return f"forge-cli/{v} (node; {r.choice(['darwin', 'linux', 'win32'])})", FP["node20"]
    if kind == "ide":
        return f"atlas-vscode/0.9.{r.randint(0, 14)}", FP["node20"]
    raise ValueError(kind)


CLI_NEW_VERSION_AT = RELEASE + 2 * DAY + 3 * HOUR  # forge-cli 1.7.0 ships with atlas-4 as default


# ============================================================================ network intelligence
V4_FIRST = [5, 23, 31, 37, 45, 46, 62, 77, 78, 79, 80, 82, 84, 85, 86, 87, 88, 89, 91, 93, 94, 95, 101, 103, 109,
            110, 111, 112, 113, 114, 115, 116, 117, 118, 119, 121, 122, 123, 124, 125, 138, 139, 141, 146, 147, 149,
            151, 152, 154, 156, 157, 158, 159, 161, 162, 163, 164, 165, 167, 168, 170, 171, 173, 174, 175, 176, 177,
            178, 179, 180, 181, 182, 183, 185, 186, 187, 188, 189, 190, 191, 193, 194, 195, 196, 197, 199, 200, 201,
            202, 205, 206, 207, 208, 209, 210, 211, 212, 213, 216, 217, 218, 219, 220, 221, 222]


def v4s(x):
    return f"{x >> 24}.{(x >> 16) & 255}.{(x >> 8) & 255}.{x & 255}"


class Block:
    __slots__ = ("base", "plen", "v6", "asn", "org", "cc", "kind", "listed")

    def __init__(self, base, plen, asn, org, cc, kind, listed=True, v6=False):
        self.base, self.plen, self.asn, self.org, self.cc, self.kind, self.listed, self.v6 = base, plen, asn, org, cc, kind, listed, v6

    def cidr(self):
        if self.v6:
            return f"{self.base}::/{self.plen}"
        return f"{v4s(self.base)}/{self.plen}"

    def addr(self, r):
        if self.v6:  # base is "2a02:1f3c"; one /64 per call site, caller keeps it sticky
            return f"{self.base}:{r.randrange(65536):x}:{r.randrange(65536):x}:{r.randrange(1, 65536):x}:{r.randrange(65536):x}:{r.randrange(65536):x}:{r.randrange(1, 65536):x}"
        size = 1 << (32 - self.plen)
        if size <= 2:
            return v4s(self.base)
        return v4s(self.base + r.randrange(1, size - 1))


ISP_WORDS = ["Telecom", "Broadband", "Fibre Net", "Cable", "Connect", "Online", "Netcom", "Digital"]
ISP_PREF = ["Aurora", "Meridian", "Crest", "Vista", "Polar", "Sunline", "Harbor", "Atlas Line", "Kite", "Tern", "Zenit",
            "Orbe", "Cobalt", "Lyra", "Halo", "Corvid", "Nordic", "Andes", "Sahara", "Monsoon", "Pacifica", "Everline"]


class Net:
    HOSTING = {  # provider -> regions
        "Stratus Cloud": ["US", "DE", "GB", "SG", "JP", "IN", "BR", "AU", "NL", "IE", "FR"],
        "Nimbus Compute": ["US", "DE", "SG", "HK", "KR", "IE", "CA"],
        "Cirrus Hosting": ["US", "NL", "DE", "GB"],
        "Kestrel VPS": ["HK", "SG", "JP", "US", "DE"],
        "Bytehaven": ["RU", "NL"],
        "Quokka Hosting": ["AU"],
        "Vale Datacenters": ["BR", "MX", "AR"],
    }

    def __init__(self, seed):
        self.r = random.Random(f"{seed}/net")
        self.rows = []
        self.used16 = set()
        self.asn_next = 64600 + self.r.randrange(200) * 10
        self.cache = {}

    def _slot(self):
        while True:
            a, b = self.r.choice(V4_FIRST), self.r.randrange(256)
            if (a, b) not in self.used16:
                self.used16.add((a, b))
                return (a << 24) | (b << 16)

    def _asn(self):
        self.asn_next += self.r.randint(1, 37)
        return self.asn_next

    def new(self, plen, org, cc, kind, listed=True, asn=None):
        base = self._slot()
        if plen > 16:
            base += self.r.randrange(1 << (plen - 16)) << (32 - plen)
        b = Block(base, plen, asn or self._asn(), org, cc, kind, listed)
        self.rows.append(b)
        return b

    def isp(self, cc, i=None):
        key = ("isp", cc)
        if key not in self.cache:
            n = 3 if CC[cc][3] >= 2 else 2
            blocks = []
            for j in range(n):
                org = f"{self.r.choice(ISP_PREF)} {self.r.choice(ISP_WORDS)} {cc}"
                b = self.new(16, org, cc, "isp", listed=(j < 2 or self.r.random() < 0.4))
                blocks.append(b)
                if self.r.random() < 0.6:
                    v6 = Block(f"{CC[cc][2]}:{self.r.randrange(0x1000, 0xffff):x}", 32, b.asn, org, cc, "isp", b.listed, v6=True)
                    self.rows.append(v6)
                    self.cache[("v6", b.base)] = v6
            self.cache[key] = blocks
        blocks = self.cache[key]
        return blocks[i % len(blocks)] if i is not None else self.r.choice(blocks)

    def isp_v6(self, blk):
        return self.cache.get(("v6", blk.base))

    def mobile(self, cc):
        key = ("mob", cc)
        if key not in self.cache:
            self.cache[key] = self.new(16, f"{self.r.choice(ISP_PREF)} Mobile {cc}", cc, "mobile")
        return self.cache[key]

    def hosting(self, prov, cc):
        key = ("host", prov, cc)
        if key not in self.cache:
            asn_key = ("hasn", prov)
            if asn_key not in self.cache:
                self.cache[asn_key] = self._asn()
            listed = prov in ("Stratus Cloud", "Nimbus Compute", "Cirrus Hosting") or self.r.random() < 0.75
            self.cache[key] = self.new(self.r.choice([18, 19, 20]), f"{prov} {cc}", cc, "hosting", listed,
                                       asn=self.cache[asn_key])
        return self.cache[key]

    def vpn(self, prov, cc):
        key = ("vpn", prov, cc)
        if key not in self.cache:
            asn_key = ("vasn", prov)
            if asn_key not in self.cache:
                self.cache[asn_key] = self._asn()
            self.cache[key] = self.new(24, f"{prov}", cc, "vpn", asn=self.cache[asn_key])
        return self.cache[key]

    def sub24(self, parent, kind, org=None, listed=True):
        """A /24 inside parent (longest prefix wins in the feed)."""
        size = 1 << (32 - parent.plen)
        base = parent.base + (self.r.randrange(size >> 8) << 8)
        b = Block(base, 24, parent.asn, org or parent.org, parent.cc, kind, listed)
        if listed:
            self.rows.append(b)
        return b

    def resproxy(self, cc):
        key = ("rp", cc)
        if key not in self.cache:
            self.cache[key] = [self.sub24(self.isp(cc, j), "residential_proxy") for j in range(3)]
        return self.r.choice(self.cache[key])

    def tor(self):
        key = ("tor",)
        if key not in self.cache:
            parent = self.hosting("Cirrus Hosting", "NL")
            exits = []
            for _ in range(6):
                base = parent.base + self.r.randrange(1, (1 << (32 - parent.plen)) - 1)
                b = Block(base, 32, parent.asn, "Tor exit", "NL", "tor")
                self.rows.append(b)
                exits.append(b)
            self.cache[key] = exits
        return self.r.choice(self.cache[key])

    def org_block(self, name, cc, kind, plen=24, listed=True):
        key = ("org", name)
        if key not in self.cache:
            self.cache[key] = self.new(plen, name, cc, kind, listed)
        return self.cache[key]


# ============================================================================ accounts
class Acct:
    __slots__ = ("id", "group", "label", "campaign", "hard", "cc", "tz", "created", "rec", "keys", "n")

    def __init__(self, aid, group, label, campaign, hard, cc, tz, created):
        self.id, self.group, self.label, self.campaign, self.hard = aid, group, label, campaign, hard
        self.cc, self.tz, self.created = cc, tz, created
        self.rec, self.keys, self.n = None, [], 0


class World:
    def __init__(self, seed, scale):
        self.seed = seed
        self.S = 1 if scale == "small" else 3
        self.net = Net(seed)
        self.nz = random.Random(f"{seed}/noise")
        self.ids = random.Random(f"{seed}/ids")
        self.accts, self.events, self.seen_ids = [], [], set()
        self.seq = 0
        self.salt = int(h8("req", seed)[:12], 16)
        self.camp = {}
        self.gstat = {}
        self.pending, self.sleeper_accts = [], []

    def rng(self, name):
        return random.Random(f"{self.seed}/{self.S}/{name}")

    # ------------------------------------------------------------------ helpers
    def aid(self):
        while True:
            s = "acct_" + "".join(self.ids.choice("abcdefghijkmnpqrstuvwxyz23456789") for _ in range(10))
            if s not in self.seen_ids:
                self.seen_ids.add(s)
                return s

    def pay(self, r):
        return "pf_" + "%014x" % r.getrandbits(56)

    def campaign(self, cid, group):
        self.camp[cid] = {"group": group, "from": None, "until": None, "pivot": None}

    def account(self, r, group, label, campaign, hard, cc, created, *, domain, local, pay, channel="standard",
                verified=False, org=None, tz=None, nkeys=1):
        a = Acct(self.aid(), group, label, campaign, hard, cc, CC[cc][0] if tz is None else tz, int(created))
        rec = {"account_id": a.id, "created_at": rfc(a.created)}
        if org:
            rec["org_id"] = org
        rec["email_domain"] = domain
        rec["email_local_shape"] = P.shape(local)
        if pay:
            rec["payment_fingerprint"] = pay
        rec["billing_country"] = cc
        rec["signup_channel"] = channel
        rec["verified"] = bool(verified)
        a.rec = rec
        a.keys = ["key_" + "%010x" % r.getrandbits(40) for _ in range(nkeys)]
        self.accts.append(a)
        return a

    def aged(self, r, lo, hi):
        """created between lo and hi days before the window, skewed toward recent"""
        return T0 - int((lo + (hi - lo) * r.random() ** 1.6) * DAY) - r.randrange(DAY)

    def at_local(self, r, a, d, prof):
        h = r.choices(range(24), cum_weights=PROF_CUM[prof])[0]
        return T0 + d * DAY + int((h - a.tz) * HOUR) + r.randrange(HOUR)

    def emit(self, a, t, r, *, ip, ua, model, prompt, system=None, turns=1, tools=None, tool_calls=None, image=False,
             max_tokens=1024, ctx=0, out=300, think=0, key=None, attack=True):
        t = int(t)
        if t < T0 or t >= T_END or t < a.created:
            return 0
        nz = self.nz
        th = 0
        if think:
            th = min(int(lognorm(r, think, 0.6)), int(max_tokens * 0.85))
        o = max(1, int(lognorm(r, out, 0.55)))
        stop = "end_turn"
        if o + th > max_tokens:
            o = max(1, max_tokens - th)
            stop = "max_tokens"
        if tool_calls:
            stop = "tool_use"
        inp = ntok(prompt) + ntok(system) + ctx + (len(tools) * 180 if tools else 0) + 8
        self.seq += 1
        rid = "req_" + "%012x" % ((self.seq * 0x9E3779B97F4B ^ self.salt) & 0xFFFFFFFFFFFF)
        e = {"request_id": rid, "ts": t if nz.random() < 0.015 else rfc(t), "account_id": a.id,
             "api_key_id": key or a.keys[0], "ip": ip}
        if ua[0] and nz.random() > 0.004:
            e["user_agent"] = ua[0]
        if ua[1] and nz.random() > 0.01:
            e["client_fingerprint"] = ua[1]
        e["model"] = model
        if system:
            e["system"] = system
        e["prompt"] = prompt
        e["turns"] = turns
        if tools:
            e["tools"] = tools
            e["tool_calls"] = tool_calls or 0
        if image:
            e["has_image"] = True
        e["max_tokens"] = max_tokens
        e["input_tokens"] = inp
        e["output_tokens"] = o
        if th:
            e["thinking_tokens"] = th
        e["stop_reason"] = stop
        line = json.dumps(e, ensure_ascii=False)
        arrive = t + (nz.randrange(1000, 150_000) if nz.random() < 0.035 else 0)
        self.events.append((arrive, self.seq, line))
        if nz.random() < 0.0006:
            self.events.append((arrive + nz.randrange(500, 30_000), self.seq, line))
        a.n += 1
        g = self.gstat.setdefault(a.group, [0, 0, set()])
        g[0] += 1
        if not prompt:
            g[1] += 1
        elif len(g[2]) < 400_000:
            g[2].add(prompt)
        if a.campaign and attack:
            c = self.camp[a.campaign]
            c["from"] = t if c["from"] is None else min(c["from"], t)
            c["until"] = t if c["until"] is None else max(c["until"], t)
        return o + th

    def chat(self, a, t, r, n, first, fol, *, ip, ua, model, system=None, max_tokens=2048, out=350, think=0,
             image=False, key=None, attack=True, gap=(20, 300)):
        ctx = ntok(system)
        for i in range(n):
            p = first if i == 0 else fol(r)
            o = self.emit(a, t, r, ip=ip, ua=ua, model=model, prompt=p, system=system, turns=2 * i + 1,
                          max_tokens=max_tokens, ctx=ctx, out=out, think=think, image=image and i == 0, key=key,
                          attack=attack)
            ctx += ntok(p) + (o or out)
            t += int((o or out) / 60 * SEC) + r.randint(*gap) * SEC
        return t

    def agent(self, a, t, r, task, steps, *, ip, ua, model, tools, max_tokens=16000, think=0, mid_p=0.08,
              system=None, key=None, ipf=None, out=450, attack=True):
        ctx = 1500 + ntok(system)
        for i in range(steps):
            last = i == steps - 1
            p = task if i == 0 else (P.agent_mid(r) if r.random() < mid_p else "")
            tc = 0 if last else r.choice([1, 1, 1, 1, 2, 3])
            o = self.emit(a, t, r, ip=ipf(r) if ipf else ip, ua=ua, model=model, prompt=p, system=system,
                          turns=2 * i + 1, tools=tools, tool_calls=tc, max_tokens=max_tokens, ctx=ctx, out=out,
                          think=think if (i == 0 or r.random() < 0.3) else 0, key=key, attack=attack)
            ctx += ntok(p) + (o or out) + r.randint(80, 2500)
            t += int((o or out) / 70 * SEC) + r.randint(2, 35) * SEC
        return t

    def home_ip(self, r, cc, v6_p=0.15):
        blk = self.net.isp(cc)
        v6 = self.net.isp_v6(blk)
        if v6 is not None and r.random() < v6_p:
            return v6.addr(r)
        return blk.addr(r)

    # ================================================================== benign background
    def consumers(self):
        r = self.rng("consumers")
        ccs = [c for c in CC if CC[c][3] > 0]
        cw = cum([CC[c][3] for c in ccs])
        for _ in range(1900 * self.S):
            cc = r.choices(ccs, cum_weights=cw)[0]
            lang = CC[cc][1]
            native = 0.0 if lang == "en" or lang not in P.NATIVE else r.uniform(0.2, 0.9)
            created = T0 + int(r.uniform(0, 13) * DAY) if r.random() < 0.04 else self.aged(r, 3, 1000)
            local = P.local_part(r, lang if lang in P.FIRST else "en")
            dom = r.choice(P.FREE_MAIL.get(cc, P.FREE_MAIL["default"]))
            a = self.account(r, "everyday_users", "benign", None, False, cc, created, domain=dom, local=local,
                             pay=self.pay(r) if r.random() < 0.65 else None, verified=r.random() < 0.12,
                             channel="standard" if r.random() < 0.97 else "education")
            kinds = r.choices(["desktop", "mobile", "py_sdk", "node_sdk", "curl", "browser"], [35, 35, 12, 4, 3, 11])[0]
            uas = [client(r, kinds)]
            if r.random() < 0.2:
                uas.append(client(r, "mobile"))
            home = self.home_ip(r, cc)
            mob = self.net.mobile(cc)
            mob_p = r.choice([0, 0.05, 0.2, 0.5])
            vpn = None
            if r.random() < 0.05:
                vpn = self.net.vpn(r.choice(["Veil VPN", "Latchkey VPN", "Oxbow Secure"]), r.choice(["US", "NL", "SG", "GB", "DE", "CA"]))
            tor = r.random() < 0.003
            travel = (r.randrange(DAYS), r.choice(ccs)) if r.random() < 0.03 else None
            rate = min(8.0, lognorm(r, 0.8, 1.0))
            weekday_only = r.random() < 0.1
            adopt = RELEASE + int(r.expovariate(1 / (2 * DAY))) if r.random() < 0.3 else None
            base_model = r.choices([SWIFT, MAIN, LEG], [45, 50, 5])[0]
            for d in range(DAYS):
                if weekday_only and weekend(d):
                    continue
                for _ in range(poisson(r, rate * (1.15 if weekend(d) else 1.0))):
                    t = self.at_local(r, a, d, "consumer")
                    ua = r.choice(uas)
                    if tor:
                        ip = self.net.tor().addr(r)
                    elif vpn and r.random() < 0.8:
                        ip = vpn.addr(r)
                    elif travel and travel[0] <= d < travel[0] + 4:
                        ip = self.net.mobile(travel[1]).addr(r)
                    elif ua[1] in (FP["safari-ios"], FP["okhttp"]) and r.random() < max(mob_p, 0.5):
                        ip = mob.addr(r)
                    elif r.random() < mob_p:
                        ip = mob.addr(r)
                    else:
                        ip = home
                        if r.random() < 0.01:
                            home = self.home_ip(r, cc)
                    model = NEW if adopt and t >= adopt and r.random() < 0.75 else base_model
                    n = 1 + min(7, int(r.expovariate(0.7)))
                    if r.random() < native:
                        first, fol = P.native(r, lang), (lambda rr, lg=lang: P.native_follow(rr, lg))
                    else:
                        first, fol = P.consumer_first(r), P.follow
                    self.chat(a, t, r, n, first, fol, ip=ip, ua=ua, model=model, max_tokens=r.choice([1024, 2048, 4096, 8192]),
                              out=r.choice([200, 350, 500]), think=1500 if r.random() < 0.08 else 0,
                              image=ua[1] in (FP["safari-ios"], FP["okhttp"]) and r.random() < 0.06)

    def developers(self):
        r = self.rng("developers")
        ccs = ["US", "IN", "DE", "GB", "BR", "FR", "PL", "CA", "NL", "JP", "KR", "ES", "TR", "ID", "VN", "NG", "AU", "SG", "IL", "SE", "EE"]
        cw = cum([25, 12, 6, 6, 5, 3, 3, 3, 2, 3, 2, 2, 2, 2, 2, 2, 2, 1, 1, 1, 0.5])
        n = 480 * self.S
        orgs = []
        i = 0
        while i < n:
            cc = r.choices(ccs, cum_weights=cw)[0]
            size = r.choice([1, 1, 1, 1, 2, 3, 4, 5])
            orgs.append((cc, size))
            i += size
        for oi, (cc, size) in enumerate(orgs):
            name = P.company_name(r)
            dom = name.lower() + r.choice([".io", ".dev", ".com", ".co"])
            org = f"org_{h8(self.seed, 'dev', oi)[:10]}" if size > 1 else None
            card = self.pay(r)
            office = self.net.org_block(f"{name} office", cc, "enterprise", 28, listed=r.random() < 0.5) if size > 1 and r.random() < 0.6 else None
            o_created = self.aged(r, 10, 1200)
            for s in range(size):
                lang = CC[cc][1]
                local = P.local_part(r, lang if lang in P.FIRST else "en")
                own = size == 1 and r.random() < 0.6
                a = self.account(r, "developers", "benign", None, False, cc,
                                 o_created + int(r.uniform(0, 30) * DAY) if s else o_created,
                                 domain=r.choice(P.FREE_MAIL.get(cc, P.FREE_MAIL["default"])) if own else dom,
                                 local=local, pay=card if size > 1 else (self.pay(r) if r.random() < 0.85 else None),
                                 verified=r.random() < 0.3, org=org, nkeys=r.choice([1, 1, 2, 3]))
                kinds = r.sample(["py_sdk", "node_sdk", "cli", "ide", "curl", "httpx", "rust", "go"], r.choice([1, 2, 2, 3]))
                if r.random() < 0.45 and "cli" not in kinds:
                    kinds.append("cli")
                uas = {k: client(r, k) for k in kinds}
                home = self.home_ip(r, cc, 0.2)
                devbox = self.net.hosting(r.choice(["Stratus Cloud", "Nimbus Compute", "Cirrus Hosting"]),
                                          r.choice(Net.HOSTING["Stratus Cloud"][:6])).addr(r) if r.random() < 0.2 else None
                vpn = self.net.vpn("Veil VPN", r.choice(["US", "NL", "DE"])).addr(r) if r.random() < 0.08 else None
                heavy = r.random() < 0.05
                rate_q = lognorm(r, 1.3, 0.8)
                rate_a = lognorm(r, 0.5, 0.9) if ("cli" in kinds or "ide" in kinds) else 0
                hobby = r.random() < 0.2
                adopt = RELEASE + int(r.expovariate(1 / (1.5 * DAY))) if r.random() < 0.4 else None
                upd_lag, upd_patch = int(r.expovariate(1 / (20 * HOUR))), r.randint(0, 2)
                for d in range(DAYS):
                    f = (0.35 if not hobby else 1.3) if weekend(d) else (1.0 if not hobby else 0.5)
                    for _ in range(poisson(r, rate_q * f)):
                        t = self.at_local(r, a, d, "dev")
                        ip = office.addr(r) if office and not weekend(d) and r.random() < 0.7 else (vpn or (devbox if devbox and r.random() < 0.3 else home))
                        k = r.choice([k for k in kinds if k not in ("cli", "ide")] or ["py_sdk"])
                        ua = uas.get(k) or client(r, k)
                        model = NEW if adopt and t >= adopt and r.random() < 0.7 else r.choice([MAIN, MAIN, MAIN, SWIFT])
                        self.chat(a, t, r, 1 + min(6, int(r.expovariate(0.6))), P.dev_question(r), P.dev_follow, ip=ip, ua=ua,
                                  model=model, max_tokens=r.choice([4096, 8192, 8192, 16000]), out=650,
                                  think=2000 if r.random() < 0.25 else 0)
                    for _ in range(poisson(r, rate_a * f)):
                        t = self.at_local(r, a, d, "dev")
                        ip = office.addr(r) if office and not weekend(d) and r.random() < 0.7 else (devbox if devbox and r.random() < 0.5 else home)
                        if "cli" in kinds:
                            new_cli = t >= CLI_NEW_VERSION_AT + upd_lag
                            ua = (uas["cli"][0].replace(uas["cli"][0].split(" ")[0], f"forge-cli/1.7.{upd_patch}"), uas["cli"][1]) if new_cli else uas["cli"]
                            model = NEW if new_cli else MAIN
                            tools = P.TOOLSETS["cli"]
                        else:
                            ua, model, tools = uas["ide"], NEW if adopt and t >= adopt else MAIN, P.TOOLSETS["ide"]
                        self.agent(a, t, r, P.agent_task(r), r.randint(4, 24), ip=ip, ua=ua, model=model, tools=tools,
                                   max_tokens=r.choice([8192, 16000, 32000]), think=r.choice([0, 0, 1200]), mid_p=0.1)
                    if heavy:
                        for _ in range(poisson(r, 35 * (0.8 if weekend(d) else 1))):
                            t = T0 + d * DAY + r.randrange(DAY)
                            k = r.choice([k for k in kinds if k not in ("cli", "ide")] or ["py_sdk"])
                            ua = uas.get(k) or client(r, k)
                            p = P.problem(r) if r.random() < 0.35 else P.dev_question(r)
                            self.emit(a, t, r, ip=devbox or home, ua=ua, model=NEW if t >= RELEASE + 3 * HOUR else MAIN,
                                      prompt=p, max_tokens=32000, out=1400, think=5000 if r.random() < 0.6 else 0)

    def app_backends(self):
        r = self.rng("apps")
        apps = list(P.APPS)
        for i in range(40 * self.S):
            cc = r.choice(["US", "US", "US", "GB", "DE", "FR", "IN", "BR", "JP", "CA", "AU", "NL", "SG", "ES", "KR"])
            name = P.company_name(r)
            app = apps[i % len(apps)] if i < len(apps) else r.choice(apps)
            a = self.account(r, "app_backends", "benign", None, False, cc, self.aged(r, 40, 900),
                             domain=name.lower() + ".com", local=r.choice(["dev", "platform", "ops", "engineering", "admin", "tech"]),
                             pay=self.pay(r), verified=r.random() < 0.7, org=f"org_{h8(self.seed, 'app', i)[:10]}",
                             channel=r.choice(["standard", "enterprise"]), nkeys=2)
            prov = r.choice(["Stratus Cloud", "Stratus Cloud", "Nimbus Compute", "Cirrus Hosting"])
            region = cc if cc in Net.HOSTING[prov] else Net.HOSTING[prov][0]
            blk = self.net.hosting(prov, region)
            ips = [blk.addr(r) for _ in range(r.randint(2, 8))]
            ua = client(r, r.choice(["go", "node_sdk", "py_sdk", "java", "dotnet", "httpx"]))
            prof = r.choice(["consumer", "office", "consumer", "school" if app == "tutor" else "office"])
            rate = min(350, lognorm(r, 52, 0.9))
            move = RELEASE + int(r.uniform(1.5, 4) * DAY) if r.random() < 0.3 else None
            base = SWIFT if app in ("moderation_lite", "sql", "invoice") else r.choice([MAIN, SWIFT])
            for d in range(DAYS):
                n = poisson(r, rate * (0.6 if weekend(d) and prof == "office" else 1.0))
                for _ in range(n):
                    t = self.at_local(r, a, d, prof)
                    system, user = P.app_call(r, app, name)
                    model = NEW if move and t >= move and (t >= move + DAY or r.random() < 0.1) else base
                    turns = 1 if app in ("moderation_lite", "invoice", "copy", "sql", "notes") else r.choice([1, 1, 3, 5])
                    self.emit(a, t, r, ip=r.choice(ips), ua=ua, model=model, prompt=user, system=system, turns=turns,
                              max_tokens=r.choice([256, 512, 1024, 1024, 2048]), ctx=turns * 120, out=160 if app != "notes" else 400,
                              image=app == "invoice", key=a.keys[0])
                for _ in range(poisson(r, 3)):  # staging key
                    t = self.at_local(r, a, d, "office")
                    system, user = P.app_call(r, app, name)
                    self.emit(a, t, r, ip=r.choice(ips), ua=ua, model=r.choice([base, NEW if t > RELEASE else base]),
                              prompt=user, system=system, max_tokens=1024, out=180, key=a.keys[1], image=app == "invoice")

    def small_teams(self):
        r = self.rng("teams")
        for i in range(45 * self.S):
            cc = r.choice(["US", "GB", "DE", "FR", "ES", "IT", "NL", "PL", "BR", "MX", "IN", "AU", "CA", "JP", "SE", "ZA", "KE", "NG", "AE", "IE"])
            name = P.company_name(r)
            dom = name.lower() + r.choice([".com", ".co", ".net", "." + cc.lower()])
            org = f"org_{h8(self.seed, 'team', i)[:10]}"
            card = self.pay(r)
            office = self.net.isp(cc).addr(r)
            created = self.aged(r, 20, 800)
            lang = CC[cc][1]
            for s in range(r.randint(2, 6)):
                a = self.account(r, "small_teams", "benign", None, False, cc, created + int(r.uniform(0, 60) * DAY) * (s > 0),
                                 domain=dom, local=P.local_part(r, lang if lang in P.FIRST else "en"), pay=card,
                                 verified=r.random() < 0.4, org=org)
                ua = client(r, r.choice(["desktop", "browser", "desktop", "py_sdk"]))
                home = self.home_ip(r, cc)
                rate = lognorm(r, 2.2, 0.7)
                for d in range(DAYS):
                    if weekend(d) and r.random() < 0.85:
                        continue
                    for _ in range(poisson(r, rate)):
                        t = self.at_local(r, a, d, "office")
                        native = lang != "en" and lang in P.NATIVE and r.random() < 0.35
                        first = P.native(r, lang) if native else (P.biz(r) if r.random() < 0.75 else P.consumer_first(r))
                        self.chat(a, t, r, 1 + min(5, int(r.expovariate(0.6))), first,
                                  (lambda rr, lg=lang: P.native_follow(rr, lg)) if native else P.follow,
                                  ip=office if r.random() < 0.75 else home, ua=ua,
                                  model=NEW if t > RELEASE + 2 * DAY and r.random() < 0.3 else MAIN,
                                  max_tokens=4096, out=450)

    def researchers(self):
        r = self.rng("researchers")
        unis = [("US", "uwest.edu"), ("GB", "northfield.ac.uk"), ("DE", "uni-talberg.de"), ("JP", "kansai-tech.ac.jp"),
                ("IN", "iitr.ac.in"), ("BR", "ufsm.br"), ("CA", "laurent.ca"), ("NL", "tu-delmere.nl"), ("KR", "snut.ac.kr")]
        for i in range(55 * self.S):
            cc, dom = r.choice(unis)
            campus = self.net.org_block(f"{dom} campus", cc, "education", 20)
            a = self.account(r, "researchers", "benign", None, False, cc, self.aged(r, 30, 700), domain=dom,
                             local=P.local_part(r, CC[cc][1] if CC[cc][1] in P.FIRST else "en"),
                             pay=self.pay(r) if r.random() < 0.5 else None, verified=r.random() < 0.5,
                             channel=r.choice(["research", "education", "standard"]))
            ua = client(r, r.choice(["py_sdk", "desktop", "browser"]))
            home = self.home_ip(r, cc)
            rate = lognorm(r, 1.6, 0.7)
            for d in range(DAYS):
                for _ in range(poisson(r, rate * (0.5 if weekend(d) else 1))):
                    t = self.at_local(r, a, d, "dev")
                    self.chat(a, t, r, r.randint(1, 4), P.research(r), P.follow, ip=campus.addr(r) if r.random() < 0.6 else home,
                              ua=ua, model=NEW if t > RELEASE + DAY and r.random() < 0.5 else MAIN, max_tokens=16000,
                              out=900, think=3000 if r.random() < 0.5 else 0)

    # ================================================================== hard negatives
    def enterprise_nat(self):
        r = self.rng("enterprise_nat")
        for e in range(self.S):
            cc = r.choice(["NO", "NL", "DE", "PL", "SE"])
            name = P.company_name(r) + r.choice([" Freight", " Logistics", " Shipping"])
            slug = name.split()[0].lower()
            dom = slug + "-group.com"
            org = f"org_{slug}_{e}"
            card = self.pay(r)
            nat = self.net.org_block(f"{name} AS", cc, "enterprise", 28)
            nat_ips = [nat.addr(r) for _ in range(2)]
            swg = self.net.hosting("Cirrus Hosting", r.choice(["DE", "NL"]))  # cloud web-security gateway, shared with others
            swg_ips = [swg.addr(r) for _ in range(4)]
            gw = (f"{slug}-assist-gw/2.{r.randint(2, 6)}", FP["java"])
            system = P.ENTERPRISE_SYS.format(co=name.split()[0])
            seats = r.randint(140, 170)
            wave1 = T0 - int(r.uniform(30, 50) * DAY) + 7 * HOUR
            wave2 = T0 + 3 * DAY + 9 * HOUR - int(CC[cc][0] * HOUR)
            switch = RELEASE + 3 * DAY - int(RELEASE % DAY) + 8 * HOUR  # IT flips the gateway model on Saturday 08:00Z
            for s in range(seats):
                created = (wave1 + s * r.randint(2, 9) * SEC) if s < 110 else (wave2 + (s - 110) * r.randint(3, 12) * SEC)
                fl = r.choice(P.FIRST["en"] + P.FIRST.get(CC[cc][1], []) + P.FIRST["de"])
                ln = r.choice(P.LAST["en"] + P.LAST["de"] + P.LAST["pl"])
                a = self.account(r, "enterprise_nat", "benign", None, True, cc, created, domain=dom, local=f"{fl}.{ln}",
                                 pay=card, channel="enterprise", verified=True, org=org)
                dev = r.random() < 0.15
                ua = client(r, r.choice(["py_sdk", "cli"])) if dev else gw
                remote = r.random() < 0.3
                rate = lognorm(r, 3.5, 0.6)
                for d in range(DAYS):
                    if weekend(d) and r.random() < 0.93:
                        continue
                    for _ in range(poisson(r, rate)):
                        t = self.at_local(r, a, d, "office")
                        ip = r.choice(swg_ips) if (remote and r.random() < 0.6) else r.choice(nat_ips)
                        model = NEW if t >= switch else MAIN
                        if dev and r.random() < 0.5:
                            if ua[0].startswith("forge"):
                                self.agent(a, t, r, P.agent_task(r), r.randint(4, 18), ip=ip, ua=ua, model=model,
                                           tools=P.TOOLSETS["cli"], max_tokens=16000, attack=False)
                            else:
                                self.chat(a, t, r, r.randint(1, 4), P.dev_question(r), P.dev_follow, ip=ip, ua=ua,
                                          model=model, max_tokens=8192, out=600)
                        else:
                            self.chat(a, t, r, r.randint(1, 3), P.ent_task(r) if r.random() < 0.7 else P.biz(r), P.follow,
                                      ip=ip, ua=ua, model=model, system=None if dev else system, max_tokens=4096, out=450,
                                      think=1200 if r.random() < 0.1 else 0)

    def university_course(self):
        r = self.rng("university_course")
        for c in range(self.S):
            cc, dom = r.choice([("GB", "ashcombe.ac.uk"), ("US", "lakemont.edu"), ("NL", "uva-rijn.nl"), ("CA", "uofnorthbay.ca"),
                                ("DE", "tu-wendelstein.de")])
            campus = self.net.org_block(f"{dom} network", cc, "education", 21)
            wifi = [campus.addr(r) for _ in range(5)]  # campus NAT pool
            dept_card = self.pay(r)
            # two problem sets, identical text for every student
            sets = [[P.problem(r) for _ in range(8)], [P.problem(r) for _ in range(8)]]
            rel = [T0 + 1 * DAY + 10 * HOUR, T0 + 8 * DAY + 10 * HOUR]
            due = [T0 + 7 * DAY + 23 * HOUR, T0 + 14 * DAY - HOUR]
            tz = CC[cc][0]
            staff = []
            for k in range(5):
                a = self.account(r, "university_course", "benign", None, True, cc, self.aged(r, 15, 400) if k else self.aged(r, 200, 900),
                                 domain=dom, local=P.local_part(r), pay=dept_card, channel="education", verified=True,
                                 org=f"org_{dom.split('.')[0]}_cs")
                staff.append(a)
            lab = T0 - int(tz * HOUR) + 14 * HOUR  # first lab, Monday 14:00 local
            nstud = r.randint(120, 145)
            for s in range(nstud):
                created = lab + int(r.uniform(0, 2) * HOUR) if r.random() < 0.7 else lab + int(r.uniform(2, 96) * HOUR)
                a = self.account(r, "university_course", "benign", None, True, cc, created, domain=dom,
                                 local=f"{r.choice('abcdefghijklmnopqrstuvwxyz')}{r.choice('abcdefghijklmnopqrstuvwxyz')}{r.randint(100, 9999)}",
                                 pay=None, channel="education", verified=False)
                ua = client(r, r.choice(["browser", "desktop", "mobile", "py_sdk"]))
                home = self.home_ip(r, cc) if r.random() < 0.7 else self.net.mobile(cc).addr(r)
                keen = lognorm(r, 1.0, 0.6)
                tries_new = r.random() < 0.25
                for d in range(DAYS):
                    tday = T0 + d * DAY
                    for w in range(2):
                        if rel[w] - DAY <= tday <= due[w]:
                            left = (due[w] - tday) / DAY
                            lam = keen * (0.3 + (2.2 if left < 2 else 0.6 if left < 4 else 0))
                            for _ in range(poisson(r, lam)):
                                t = self.at_local(r, a, d, "student")
                                if t < rel[w] or t > due[w]:
                                    continue
                                q = r.randrange(8)
                                p = P.course_prompt(r, sets[w][q], q + 1)
                                on_campus = (not weekend(d)) and 9 <= ((t - T0) / HOUR + tz) % 24 <= 17 and r.random() < 0.6
                                self.chat(a, t, r, r.randint(1, 4), p, P.dev_follow if r.random() < 0.5 else P.follow,
                                          ip=r.choice(wifi) if on_campus else home, ua=ua,
                                          model=NEW if tries_new and t > RELEASE else MAIN, max_tokens=8192, out=700,
                                          think=2500 if r.random() < 0.3 else 0)
            # TAs grade with a notebook script after each deadline
            nb = client(r, "py_sdk")
            for w in range(2):
                start = due[w] + int(r.uniform(8, 14) * HOUR)
                for ta in staff[1:]:
                    t = start + int(r.uniform(0, 6) * HOUR)
                    for _ in range(r.randint(120, 200)):
                        q = r.randrange(8)
                        self.emit(ta, t, r, ip=r.choice(wifi), ua=nb, model=MAIN, prompt=P.ta_grade(r, q + 1),
                                  system="You are a teaching assistant for an algorithms course.", max_tokens=1024, out=220)
                        t += r.randint(4, 25) * SEC
            for d in range(DAYS):  # instructor prep
                for _ in range(poisson(r, 1.2 if not weekend(d) else 0.2)):
                    t = self.at_local(r, staff[0], d, "office")
                    self.chat(staff[0], t, r, r.randint(1, 3), P.research(r), P.follow, ip=r.choice(wifi), ua=client(r, "desktop"),
                              model=MAIN, max_tokens=8192, out=600)

    def essay_grading(self):
        r = self.rng("essay_grading")
        for p in range(self.S):
            name = P.company_name(r) + " Learning"
            dom = name.split()[0].lower() + "learn.com"
            org = f"org_{dom.split('.')[0]}"
            card = self.pay(r)
            ua = (f"{name.split()[0].lower()}-api/5.{r.randint(1, 9)}.{r.randint(0, 20)}", FP["node20"])
            regions = [("GB", 0, "prod-uk"), ("US", -5, "prod-us"), ("AU", 11, "prod-au")]
            created = self.aged(r, 200, 700)
            accts = []
            for cc, tz, role in regions:
                a = self.account(r, "essay_grading_platform", "benign", None, True, "GB", created + r.randrange(30) * DAY,
                                 domain=dom, local=role, pay=card, channel="enterprise", verified=True, org=org, tz=tz, nkeys=2)
                ips = [self.net.hosting("Stratus Cloud", cc).addr(r) for _ in range(r.randint(3, 6))]
                accts.append(a)
                rate = r.uniform(380, 560)
                canary = RELEASE + int(r.uniform(3, 4.5) * DAY)
                for d in range(DAYS):
                    for _ in range(poisson(r, rate * (0.08 if weekend(d) else 1))):
                        t = self.at_local(r, a, d, "school")
                        g = r.randint(6, 12)
                        self.emit(a, t, r, ip=r.choice(ips), ua=ua, model=NEW if t > canary and r.random() < 0.1 else MAIN,
                                  prompt=P.essay_prompt(r), system=P.ESSAY_SYS.format(g=g), max_tokens=1024, out=260)
            batch = self.account(r, "essay_grading_platform", "benign", None, True, "GB", created + 40 * DAY, domain=dom,
                                 local="batch-regrade", pay=card, channel="enterprise", verified=True, org=org)
            bips = [self.net.hosting("Stratus Cloud", "GB").addr(r) for _ in range(2)]
            for d in range(DAYS):
                if weekend(d):
                    continue
                t = T0 + d * DAY + int(1.5 * HOUR) + r.randrange(20 * MIN)
                for _ in range(r.randint(150, 260)):
                    self.emit(batch, t, r, ip=r.choice(bips), ua=ua, model=MAIN, prompt=P.essay_prompt(r),
                              system=P.ESSAY_SYS.format(g=r.randint(6, 12)), max_tokens=1024, out=260)
                    t += r.randint(1500, 9000)
            stg = self.account(r, "essay_grading_platform", "benign", None, True, "GB", created + 10 * DAY, domain=dom,
                               local="staging", pay=card, channel="enterprise", verified=True, org=org)
            for d in range(DAYS):
                for _ in range(poisson(r, 25 if not weekend(d) else 2)):
                    t = self.at_local(r, stg, d, "office")
                    self.emit(stg, t, r, ip=r.choice(bips), ua=ua, model=r.choice([MAIN, NEW if t > RELEASE else MAIN]),
                              prompt=P.essay_prompt(r), system=P.ESSAY_SYS.format(g=9), max_tokens=1024, out=260)
            for k in range(3):
                a = self.account(r, "essay_grading_platform", "benign", None, True, "GB", created + r.randrange(200) * DAY,
                                 domain=dom, local=P.local_part(r), pay=card, channel="enterprise", verified=True, org=org)
                office = self.net.isp("GB").addr(r)
                uas = client(r, "desktop")
                for d in range(DAYS):
                    for _ in range(poisson(r, 0 if weekend(d) else 2.5)):
                        t = self.at_local(r, a, d, "office")
                        first = P.essay_prompt(r) if r.random() < 0.4 else P.biz(r)
                        self.chat(a, t, r, r.randint(1, 4), first, P.follow, ip=office, ua=uas, model=MAIN, max_tokens=4096,
                                  system=P.ESSAY_SYS.format(g=8) if r.random() < 0.4 else None, out=400)

    def moderation_vendor(self):
        r = self.rng("moderation_vendor")
        for v in range(self.S):
            name = P.company_name(r) + " Trust"
            dom = name.split()[0].lower() + "trust.io"
            org = f"org_{dom.split('.')[0]}"
            card = self.pay(r)
            cc = r.choice(["IE", "US"])
            created = self.aged(r, 150, 600)
            for k in range(10):
                a = self.account(r, "moderation_vendor", "benign", None, True, cc, created + k * r.randint(5, 40) * DAY,
                                 domain=dom, local=f"pipeline-{k + 1}", pay=card, channel="enterprise", verified=True, org=org)
                region = r.choice(["US", "IE"])
                ips = [self.net.hosting("Nimbus Compute", region).addr(r) for _ in range(r.randint(2, 4))]
                ua = client(r, "aiohttp")
                rate = lognorm(r, 80, 0.5)
                tz = r.choice([-5, -8, 0, 1, 9])
                for d in range(DAYS):
                    for _ in range(poisson(r, rate)):
                        t = T0 + d * DAY + int((r.choices(range(24), cum_weights=PROF_CUM["consumer"])[0] - tz) * HOUR) + r.randrange(HOUR)
                        system, item = P.mod_item(r)
                        self.emit(a, t, r, ip=r.choice(ips), ua=ua, model=SWIFT if r.random() < 0.3 else MAIN, prompt=item,
                                  system=system, max_tokens=1024, out=220)
            for k in range(2):
                a = self.account(r, "moderation_vendor", "benign", None, True, cc, created + 5 * DAY, domain=dom,
                                 local=P.local_part(r), pay=card, channel="enterprise", verified=True, org=org)
                ua = client(r, "browser")
                home = self.home_ip(r, cc)
                for d in range(DAYS):
                    for _ in range(poisson(r, 0 if weekend(d) else 3)):
                        t = self.at_local(r, a, d, "office")
                        sysm, item = P.mod_item(r)
                        self.chat(a, t, r, r.randint(1, 4), item if r.random() < 0.6 else P.biz(r), P.follow, ip=home, ua=ua,
                                  model=NEW if t > RELEASE + DAY else MAIN, system=sysm if r.random() < 0.5 else None, out=400)

    def accelerator_cohort(self):
        r = self.rng("accelerator_cohort")
        for c in range(self.S):
            demo = T0 - 9 * DAY + int(r.uniform(0, 10) * HOUR)  # demo-day weekend, Saturday
            products = list(P.ACCEL_PRODUCTS)
            for s in range(42):
                cc = r.choice(["US", "US", "US", "GB", "IN", "NG", "DE", "BR", "SG", "CA", "KE", "FR", "EE"])
                name = P.company_name(r)
                dom = name.lower() + r.choice([".ai", ".io", ".dev", ".app", ".co"])
                org = f"org_{h8(self.seed, 'accel', c, s)[:10]}"
                product = r.choice(products)
                card = self.pay(r) if r.random() < 0.2 else None
                t0 = demo + int(r.uniform(0, 40) * HOUR)
                prov = r.choices(["Stratus Cloud", "Nimbus Compute", "Cirrus Hosting", None], [50, 25, 15, 10])[0]
                region = (cc if prov and cc in Net.HOSTING[prov] else (Net.HOSTING[prov][0] if prov else None))
                srv = [self.net.hosting(prov, region).addr(r) for _ in range(r.randint(1, 3))] if prov else None
                app_ua = client(r, r.choice(["node_sdk", "py_sdk", "httpx", "go"]))
                vol = min(250, lognorm(r, 16, 1.2))
                for k in range(r.choice([1, 1, 2, 2, 3])):
                    lang = CC[cc][1]
                    a = self.account(r, "accelerator_cohort", "benign", None, True, cc, t0 + k * r.randint(5, 600) * MIN,
                                     domain=dom, local=r.choice(["founders", "hello", "team", P.local_part(r, lang if lang in P.FIRST else "en")]),
                                     pay=card, channel="startup", verified=r.random() < 0.3, org=org)
                    home = self.home_ip(r, cc)
                    dev_ua = client(r, r.choice(["cli", "py_sdk", "node_sdk", "desktop"]))
                    for d in range(DAYS):
                        surge = 2.2 if d in (10, 11) else 1.0
                        if k == 0:
                            for _ in range(poisson(r, vol * surge)):
                                t = self.at_local(r, a, d, "consumer")
                                system, user = P.accel_call(r, product)
                                self.emit(a, t, r, ip=r.choice(srv) if srv else home, ua=app_ua, model=MAIN if t < RELEASE + 2 * DAY else r.choice([MAIN, NEW]),
                                          prompt=user, system=system, max_tokens=r.choice([1024, 2048, 4096]),
                                          out=1200 if product == "synthetic_faq" else 300)
                        for _ in range(poisson(r, 0.9 * surge)):
                            t = self.at_local(r, a, d, "student")
                            if dev_ua[0].startswith("forge"):
                                self.agent(a, t, r, P.agent_task(r), r.randint(5, 25), ip=home, ua=dev_ua,
                                           model=NEW if t >= CLI_NEW_VERSION_AT else MAIN, tools=P.TOOLSETS["cli"], max_tokens=32000,
                                           think=1000)
                            else:
                                self.chat(a, t, r, r.randint(1, 5), P.dev_question(r) if r.random() < 0.7 else P.biz(r),
                                          P.dev_follow, ip=home, ua=dev_ua, model=MAIN, max_tokens=8192, out=600)

    def regional_reseller(self):
        r = self.rng("regional_reseller")
        for v in range(self.S):
            name = P.company_name(r) + " IA"
            slug = name.split()[0].lower()
            org = f"org_{slug}_reseller"
            card = self.pay(r)
            gw_br = [self.net.hosting("Vale Datacenters", "BR").addr(r) for _ in range(5)]
            gw_mx = [self.net.hosting("Vale Datacenters", "MX").addr(r) for _ in range(3)]
            ua = (f"{slug}-gateway/4.{r.randint(0, 3)}", FP["go"])
            created = self.aged(r, 300, 500)
            for k in range(3):
                a = self.account(r, "regional_reseller", "benign", None, True, "BR", created + k * DAY, domain=f"{slug}.com.br",
                                 local=["admin", "ops", "billing"][k], pay=card, channel="reseller", verified=True, org=org)
                for d in range(DAYS):
                    for _ in range(poisson(r, 6 if not weekend(d) else 1)):
                        t = self.at_local(r, a, d, "office")
                        system, user = P.reseller_call(r, "pt", "cliente teste")
                        self.emit(a, t, r, ip=r.choice(gw_br), ua=ua, model=r.choice([MAIN, SWIFT, NEW if t > RELEASE else MAIN]),
                                  prompt=user, system=system, max_tokens=1024, out=200)
            for k in range(45):
                cc = r.choice(["BR", "BR", "BR", "MX", "MX", "AR", "CO", "ES"])
                lang = "pt" if cc == "BR" else "es"
                co = P.company_name(r)
                tld = {"BR": ".com.br", "MX": ".com.mx", "AR": ".com.ar", "CO": ".com.co", "ES": ".es"}[cc]
                c_created = created + int(r.uniform(20, 300) * DAY)
                if k >= 41:
                    c_created = T0 + int(r.uniform(1, 11) * DAY)
                a = self.account(r, "regional_reseller", "benign", None, True, cc, min(c_created, T0 + 12 * DAY),
                                 domain=co.lower() + tld, local=r.choice(["contato", "ti", "sistemas", "contacto", "admin"]),
                                 pay=card, channel="reseller", verified=True, org=org)
                gws = gw_br if cc == "BR" else gw_mx if cc == "MX" else gw_br + gw_mx
                rate = lognorm(r, 18, 0.9)
                move = RELEASE + int(r.uniform(1, 5) * DAY) if r.random() < 0.4 else None
                for d in range(DAYS):
                    for _ in range(poisson(r, rate * (0.4 if weekend(d) else 1))):
                        t = self.at_local(r, a, d, "office")
                        system, user = P.reseller_call(r, lang, co)
                        self.emit(a, t, r, ip=r.choice(gws), ua=ua, model=NEW if move and t > move else r.choice([MAIN, SWIFT]),
                                  prompt=user, system=system, turns=r.choice([1, 1, 3]), max_tokens=1024, out=200)

    # ================================================================== attacks
    def sleepers(self):
        """c15-sleepers: a pre-aged pool that chats lightly, harvests a little, and wakes at the release."""
        r = self.rng("sleepers")
        camp = "c15-sleepers"
        self.campaign(camp, "release_sleepers")
        n = 100 * self.S
        cards = []
        for _ in range(14 * self.S):
            cards.append((self.pay(r), r.choice(["US", "US", "GB", "CA", "AU", "DE", "NL", "SG"])))
        batches = [T0 - int(r.uniform(35, 80) * DAY) for _ in range(6)]
        wake_first = None
        for i in range(n):
            pf, cc = cards[i % len(cards)] if r.random() < 0.9 else r.choice(cards)
            created = r.choice(batches) + int(r.uniform(0, 3.5) * DAY)
            lang = CC[cc][1] if CC[cc][1] in P.FIRST else "en"
            local = P.local_part(r, lang)
            dom = r.choices(["gmail.com", "outlook.com", "proton.me", "yahoo.com", "icloud.com", "gmx.com"], [40, 20, 18, 10, 8, 4])[0]
            a = self.account(r, "release_sleepers", "attack", camp, False, cc, created, domain=dom, local=local, pay=pf,
                             verified=r.random() < 0.05)
            kind = r.choices(["desktop", "py_sdk", "node_sdk"], [40, 35, 25])[0]
            ua = client(r, kind)
            flagged = r.random() < 0.35

            def exit_ip(rr, cc=cc, flagged=flagged):
                return (self.net.resproxy(cc) if flagged else self.net.isp(cc)).addr(rr)

            ip, ip_until = exit_ip(r), T0
            wake = RELEASE + int(r.uniform(1, 9) * HOUR)
            wake_first = wake if wake_first is None else min(wake_first, wake)
            pre_rate = r.uniform(4, 10)
            post_rate = r.uniform(26, 42)
            evs = []
            for d in range(DAYS):
                for _ in range(poisson(r, 0.7)):
                    evs.append((self.at_local(r, a, d, "consumer"), "chat"))
                if d >= 2:
                    for _ in range(poisson(r, pre_rate)):
                        t = self.at_local(r, a, d, "dev")
                        if t < wake:
                            evs.append((t, "harvest"))
            t = wake
            while t < T_END:
                evs.append((t, "harvest"))
                t += int(r.expovariate(post_rate / DAY))
            evs.sort()
            for t, kindev in evs:
                if t >= ip_until:
                    ip, ip_until = exit_ip(r), t + int(r.uniform(1, 4) * DAY)
                if kindev == "chat":
                    self.chat(a, t, r, r.randint(1, 3), P.consumer_first(r), P.follow, ip=ip, ua=ua,
                              model=r.choice([MAIN, SWIFT]), max_tokens=2048, out=300)
                    continue
                if t >= wake:
                    share = 0.3 + 0.35 * min(1.0, (t - wake) / DAY)
                    model = NEW if r.random() < share else MAIN
                else:
                    model = MAIN
                p = P.problem(r)
                prompt = P.sleeper_prompt(r, p)
                system = r.choice(P.SLEEPER_SYSTEMS)
                mt = r.choice([16000, 32000, 32000, 64000])
                if r.random() < 0.18:
                    self.chat(a, t, r, 2, prompt, lambda rr: rr.choice(P.SLEEPER_FOLLOW),
                              ip=ip, ua=ua, model=model, system=system, max_tokens=mt, out=1800, think=6000, gap=(3, 30))
                else:
                    self.emit(a, t, r, ip=ip, ua=ua, model=model, prompt=prompt, system=system, max_tokens=mt, out=1800,
                              think=6000)
                if t >= wake and r.random() < 0.12:  # the same item to the other model through a sibling account
                    self.pending.append((t + r.randint(20, 900) * SEC, prompt, system, NEW if model == MAIN else MAIN))
            self.sleeper_accts.append((a, ua, lambda rr, f=exit_ip: f(rr)))
        # paired comparison items replayed through other sleeper accounts
        for t, prompt, system, model in self.pending:
            a, ua, f = r.choice(self.sleeper_accts)
            self.emit(a, t, r, ip=f(r), ua=ua, model=model, prompt=prompt, system=system, max_tokens=32000, out=1800, think=6000)
        self.camp[camp]["pivot"] = wake_first

    def graders(self):
        """c15-graders: startup-programme sign-ups that burn credits on preference and rubric data."""
        r = self.rng("graders")
        camp = "c15-graders"
        self.campaign(camp, "startup_credit_graders")
        shared_cards = [self.pay(r) for _ in range(3 * self.S)]
        waves = [T0 - 3 * DAY, T0 + 2 * DAY, T0 + 6 * DAY, T0 + 10 * DAY]
        for w, wt in enumerate(waves):
            wt += int(r.uniform(0, 20) * HOUR)
            for s in range(15 * self.S):
                cc = r.choices(["US", "SG", "EE", "AE", "GB", "IN", "CA", "HK"], [40, 12, 8, 8, 10, 10, 6, 6])[0]
                name = P.company_name(r)
                slug = name.lower()
                dom = slug + r.choice([".ai", ".ai", ".io", ".dev", ".app"])
                org = f"org_{h8(self.seed, 'grader', w, s)[:10]}"
                t_sign = wt + int(r.uniform(0, 6) * HOUR)
                prov, region = r.choices([("Kestrel VPS", r.choice(["HK", "SG", "JP"])), ("Stratus Cloud", r.choice(["US", "SG"])),
                                          ("Nimbus Compute", r.choice(["US", "SG", "HK"]))], [40, 35, 25])[0]
                blk = self.net.hosting(prov, region)
                ips = [blk.addr(r) for _ in range(r.randint(1, 2))]
                k = r.random()
                if k < 0.4:
                    ua = (f"{slug}-worker/0.{r.randint(1, 9)}.{r.randint(0, 9)}", FP["py-openssl3"])
                elif k < 0.7:
                    ua = client(r, "httpx")
                elif k < 0.9:
                    ua = client(r, "aiohttp")
                else:
                    ua = client(r, "py_sdk")
                card = r.choice(shared_cards) if r.random() < 0.35 else None
                for j in range(r.choice([1, 2, 2, 2, 3])):
                    a = self.account(r, "startup_credit_graders", "attack", camp, False, cc, t_sign + j * r.randint(2, 30) * MIN,
                                     domain=dom, local=r.choice(["founder", "admin", "dev", "team", "hello", P.local_part(r)]),
                                     pay=card, channel="startup", verified=False, org=org)
                    start = a.created + int(r.uniform(0.5, 36) * HOUR)
                    life = r.uniform(3, 5) * DAY
                    rate = r.uniform(45, 80) / DAY
                    t = start
                    use_new = w >= 2 and r.random() < 0.5
                    while t < start + life:
                        prompt = P.grader_prompt(r) if r.random() < 0.88 else P.sleeper_prompt(r, P.problem(r))
                        self.emit(a, t, r, ip=r.choice(ips), ua=ua, model=NEW if use_new and t > RELEASE and r.random() < 0.5 else MAIN,
                                  prompt=prompt, system=r.choice(P.GRADER_SYSTEMS), max_tokens=r.choice([2048, 4096, 4096, 8192]),
                                  out=550, think=1500 if r.random() < 0.2 else 0)
                        # batches: short gaps inside a batch, long gaps between
                        t += r.randint(5, 90) * SEC if r.random() < 0.85 else int(r.uniform(0.5, 4) * HOUR)
                        if r.random() < 1 / 40:
                            t += int(r.uniform(2, 6) * HOUR)
                    for _ in range(r.randint(0, 3)):  # leftovers after credits run out (rejected upstream, a few get through)
                        self.emit(a, t + int(r.uniform(1, 30) * HOUR), r, ip=r.choice(ips), ua=ua, model=MAIN,
                                  prompt=P.grader_prompt(r), max_tokens=4096, out=500)

    def router(self):
        """c15-router: a proxy 'router' service whose accounts carry its customers' chats and a harvesting slice."""
        r = self.rng("router")
        camp = "c15-router"
        self.campaign(camp, "router_hydra")
        nodes = []
        for prov, cc, k in [("Kestrel VPS", "HK", 4), ("Kestrel VPS", "SG", 3), ("Kestrel VPS", "JP", 2),
                            ("Cirrus Hosting", "US", 2), ("Nimbus Compute", "DE", 2), ("Nimbus Compute", "HK", 2)]:
            blk = self.net.hosting(prov, cc)
            nodes += [blk.addr(r) for _ in range(k * self.S)]
        fallback = [self.net.hosting("Bytehaven", "RU").addr(r) for _ in range(2)]
        n = 220 * self.S
        batch_times = [T0 - int(d * DAY) for d in (72, 63, 55, 46, 38, 29, 20, 11, 3)] + [T0 + 5 * DAY]
        customer_uas = [("OpenAI/Python 1.{}.0".format(v), None) for v in (35, 40, 51, 54)] + \
                       [("Chatbox/1.{}.{}".format(v, w), None) for v, w in ((8, 1), (9, 0), (10, 2))] + \
                       [("NextChat/2.15", None), ("LobeChat/1.3", None), ("curl/8.5.0", None), ("axios/1.7.2", None)]
        batch_doms = [f"{r.choice(P.WORD_A)}{r.choice(P.WORD_B)}{r.choice(['mail', 'box', 'post', 'inbox'])}{r.choice(['.xyz', '.top', '.site', '.online'])}"
                      for _ in batch_times]
        for i in range(n):
            b = i * len(batch_times) // n
            bt = batch_times[b]
            dom = batch_doms[b]
            cc = r.choices(["US", "GB", "HK"], [70, 15, 15])[0]
            local = "".join(r.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(r.randint(6, 9))) + str(r.randint(10, 999))
            a = self.account(r, "router_hydra", "attack", camp, False, cc, bt + int(r.uniform(0, 90) * MIN),
                             domain=dom, local=local, pay=self.pay(r), verified=False)
            pins = r.sample(nodes, 2)
            cust_rate = r.uniform(2.5, 4)
            harv_rate = r.uniform(3, 4.5)
            for d in range(DAYS):
                for _ in range(poisson(r, cust_rate)):
                    ctz = 8 if r.random() < 0.7 else 3
                    h = r.choices(range(24), cum_weights=PROF_CUM["consumer"])[0]
                    t = T0 + d * DAY + int((h - ctz) * HOUR) + r.randrange(HOUR)
                    cua = (r.choice(customer_uas)[0], FP["go"])
                    ip = r.choice(fallback) if r.random() < 0.006 else r.choice(pins)
                    model = r.choice([SWIFT, MAIN, NEW if t > RELEASE + 6 * HOUR else MAIN])
                    u = r.random()
                    if u < 0.4:
                        lang = "zh" if ctz == 8 else "ru"
                        self.chat(a, t, r, r.randint(1, 4), P.native(r, lang), lambda rr, lg=lang: P.native_follow(rr, lg),
                                  ip=ip, ua=cua, model=model, system=r.choice(P.ROUTER_CUSTOMER_SYS), max_tokens=4096, out=400)
                    elif u < 0.7:
                        self.chat(a, t, r, r.randint(1, 4), P.dev_question(r), P.dev_follow, ip=ip, ua=cua, model=model,
                                  system=r.choice(P.ROUTER_CUSTOMER_SYS), max_tokens=8192, out=600)
                    else:
                        self.chat(a, t, r, r.randint(1, 3), P.consumer_first(r), P.follow, ip=ip, ua=cua, model=model,
                                  system=r.choice(P.ROUTER_CUSTOMER_SYS), max_tokens=4096, out=350)
                for _ in range(poisson(r, harv_rate)):
                    t = T0 + d * DAY + r.randrange(DAY)
                    cua = (r.choice(customer_uas)[0], FP["go"])
                    ip = r.choice(fallback) if r.random() < 0.006 else r.choice(pins)
                    model = NEW if t > RELEASE + 30 * HOUR and r.random() < 0.4 else MAIN
                    if r.random() < 0.7:
                        prompt = P.rewrite_harvest(r)
                        out, think = 900, (2500 if r.random() < 0.4 else 0)
                    else:
                        prompt = P.sleeper_prompt(r, P.problem(r))
                        out, think = 1600, 5000
                    self.emit(a, t, r, ip=ip, ua=cua, model=model, prompt=prompt, system=r.choice(P.REWRITE_SYSTEMS),
                              max_tokens=r.choice([8192, 16000, 32000]), out=out, think=think)

    def churn(self):
        """c15-churn: stolen-card accounts that live a day or three, driving agent episodes through mobile proxies."""
        r = self.rng("churn")
        camp = "c15-churn"
        self.campaign(camp, "chargeback_churn")
        carriers = ["ID", "VN", "PH", "TH", "BR"]
        per_day = 5 * self.S
        for d in range(-1, DAYS):
            for _ in range(poisson(r, per_day)):
                created = T0 + d * DAY + r.randrange(DAY)
                card_cc = r.choice(["US", "US", "US", "GB", "CA", "AU", "FR", "DE", "NL", "IE", "IT", "ES"])
                f = r.choice(P.FIRST["en"])
                l_ = r.choice(P.LAST["en"])
                local = f"{f}.{l_}{r.randint(1000, 9999)}" if r.random() < 0.8 else f"{f}{l_}{r.randint(1000, 9999)}"
                dom = r.choice(["gmail.com", "outlook.com", "yahoo.com", "mail.com", "gmx.com", "hotmail.com"])
                a = self.account(r, "chargeback_churn", "attack", camp, False, card_cc, created, domain=dom, local=local,
                                 pay=self.pay(r), verified=False)
                carrier = self.net.mobile(r.choice(carriers))
                leak = self.net.mobile("CN")

                def ipf(rr, carrier=carrier, leak=leak):
                    return (leak if rr.random() < 0.01 else carrier).addr(rr)

                t = created + int(r.uniform(4, 40) * MIN)
                ver = "1.7.1" if t >= CLI_NEW_VERSION_AT else f"1.6.{r.randint(7, 9)}"
                ua = client(r, "cli", v=ver)
                for _ in range(r.randint(1, 2)):  # key test
                    self.emit(a, t, r, ip=ipf(r), ua=ua, model=MAIN, prompt=r.choice(["hi", "test", "say ok", "ping", "hello"]),
                              max_tokens=r.choice([16, 32, 64, 1024]), out=8)
                    t += r.randint(3, 30) * SEC
                dies = created + int(r.uniform(20, 70) * HOUR)
                tw = t + r.randint(0, 300) * SEC
                while tw < dies:
                    model = NEW if tw > RELEASE + 5 * HOUR and r.random() < 0.6 else MAIN
                    tw = self.agent(a, tw, r, P.agent_task(r), r.randint(12, 36), ip=None, ipf=ipf, ua=ua, model=model,
                                    tools=P.TOOLSETS["cli"], max_tokens=32000, think=2000, mid_p=0.05)
                    tw += int(r.expovariate(1 / (2.6 * HOUR)))

    def assembly(self):
        """c15-assembly: cells of four accounts; one writes problems, one solves, one grades, one polishes."""
        r = self.rng("assembly")
        camp = "c15-assembly"
        self.campaign(camp, "assembly_line")
        for c in range(18 * self.S):
            cc = r.choice(["US", "US", "GB", "DE", "SG", "CA", "NL"])
            created = T0 - int(r.uniform(5, 40) * DAY)
            prov = r.choice(["Stratus Cloud", "Nimbus Compute", "Cirrus Hosting", "Kestrel VPS"])
            region = cc if cc in Net.HOSTING[prov] else Net.HOSTING[prov][0]
            sub = self.net.sub24(self.net.hosting(prov, region), "hosting", listed=False)
            ua = client(r, r.choice(["py_sdk", "httpx", "py_sdk"]))
            roles = []
            for role in ("gen", "solve", "critic", "polish"):
                name = P.company_name(r)
                a = self.account(r, "assembly_line", "attack", camp, False, cc, created + int(r.uniform(0, 48) * HOUR),
                                 domain=name.lower() + r.choice([".com", ".net", ".co"]), local=P.local_part(r),
                                 pay=self.pay(r), verified=False, channel="research" if r.random() < 0.2 else "standard")
                roles.append((a, [sub.addr(r) for _ in range(r.randint(1, 2))]))
            (ga, gip), (sa, sip), (ca, cip), (pa, pip) = roles
            slots = sorted(r.sample(range(24), r.choice([2, 3])))
            new_from = RELEASE + int(r.uniform(1.5, 3) * DAY)
            for d in range(DAYS):
                for h in slots:
                    if r.random() < 0.1:
                        continue
                    t = T0 + d * DAY + h * HOUR + r.randrange(15 * MIN)
                    probs = []
                    for _ in range(r.randint(2, 4)):
                        topic = r.choice(P.WP_TOPICS)
                        k = r.randint(4, 8)
                        self.emit(ga, t, r, ip=r.choice(gip), ua=ua, model=MAIN, prompt=P.gen_request(r, topic, k),
                                  max_tokens=4096, out=900)
                        probs += [P.word_problem(r, topic) for _ in range(k)]
                        t += r.randint(20, 120) * SEC
                    ts = t + r.randint(60, 600) * SEC
                    for pr in probs:
                        model = NEW if ts > new_from and r.random() < 0.5 else MAIN
                        self.emit(sa, ts, r, ip=r.choice(sip), ua=ua, model=model, prompt=P.solve_request(r, pr),
                                  max_tokens=r.choice([4096, 8192]), out=700, think=1800 if r.random() < 0.5 else 0)
                        if r.random() < 0.6:
                            tc = ts + r.randint(40, 600) * SEC
                            self.emit(ca, tc, r, ip=r.choice(cip), ua=ua, model=MAIN, prompt=P.critic_request(r, pr),
                                      max_tokens=2048, out=350)
                            if r.random() < 0.55:
                                self.emit(pa, tc + r.randint(30, 600) * SEC, r, ip=r.choice(pip), ua=ua, model=MAIN,
                                          prompt=P.polish_request(r, pr), max_tokens=4096, out=600)
                        ts += r.randint(8, 70) * SEC

    # ================================================================== output
    def write(self, out, t_start):
        os.makedirs(out, exist_ok=True)
        self.events.sort()
        with open(os.path.join(out, "events.jsonl"), "w", encoding="utf-8") as f:
            f.writelines(e[2] + "\n" for e in self.events)
        used = [a for a in self.accts if a.n > 0]
        with open(os.path.join(out, "accounts.jsonl"), "w", encoding="utf-8") as f:
            for a in sorted(used, key=lambda a: (a.created, a.id)):
                f.write(json.dumps(a.rec, ensure_ascii=False) + "\n")
        with open(os.path.join(out, "truth.jsonl"), "w", encoding="utf-8") as f:
            for a in sorted(used, key=lambda a: a.id):
                f.write(json.dumps({"account_id": a.id, "label": a.label, "group": a.group, "campaign": a.campaign,
                                    "hard": a.hard}) + "\n")
        with open(os.path.join(out, "campaigns.jsonl"), "w", encoding="utf-8") as f:
            for c in sorted(self.camp):
                v = self.camp[c]
                n = sum(1 for a in used if a.campaign == c)
                f.write(json.dumps({"campaign": c, "group": v["group"], "accounts": n, "active_from": rfc(v["from"]),
                                    "active_until": rfc(v["until"]), "successor_of": None,
                                    "pivot_at": rfc(v["pivot"]) if v["pivot"] else None}) + "\n")
        with open(os.path.join(out, "ip_ranges.csv"), "w", encoding="utf-8") as f:
            f.write("cidr,asn,as_org,country,kind\n")
            for b in sorted((b for b in self.net.rows if b.listed), key=lambda b: (b.v6, str(b.base) if b.v6 else b.base, b.plen)):
                f.write(f"{b.cidr()},{b.asn},{b.org.replace(',', '')},{b.cc},{b.kind}\n")
        with open(os.path.join(out, "releases.csv"), "w", encoding="utf-8") as f:
            f.write("model,released_at\n")
            for m, t in RELEASES:
                f.write(f"{m},{t}\n")
            f.write(f"{NEW},{rfc(RELEASE)}\n")
        with open(os.path.join(out, "policy.toml"), "w", encoding="utf-8") as f:
            f.write("restricted_countries = [" + ", ".join(f'"{c}"' for c in RESTRICTED) + "]\n")
            f.write('hash_key_id = "outside-fifteen"\nhash_key = "outside-fifteen-local-test-key-9b27c4d1"\n\n')
            f.write("[thresholds]\nreview = 0.5\nthrottle = 0.7\nblock = 0.85\n")
        w = sys.stderr.write
        groups = {}
        for a in used:
            g = groups.setdefault(a.group, [a.label, a.hard, 0])
            g[2] += 1
        w(f"{'label':7} {'group':26} {'hard':>5} {'accounts':>8} {'events':>8} {'distinct':>8} {'empty':>6}\n")
        ta = te = 0
        for g in sorted(groups, key=lambda g: (groups[g][0], groups[g][1], g)):
            lab, hard, n = groups[g]
            e, ne, ps = self.gstat.get(g, [0, 0, set()])
            ta += n
            te += e
            w(f"{lab:7} {g:26} {'yes' if hard else 'no':>5} {n:8d} {e:8d} {len(ps) / max(1, e - ne):8.2f} {ne / max(1, e):6.2f}\n")
        natt = sum(1 for a in used if a.label == "attack")
        w(f"total: {ta} accounts ({natt} attack), {te} events (+{len(self.events) - te} exporter re-sends), "
          f"{len(self.camp)} campaigns, {time.time() - t_start:.1f} s\n")


GROUPS = ("consumers", "developers", "app_backends", "small_teams", "researchers",
          "enterprise_nat", "university_course", "essay_grading", "moderation_vendor", "accelerator_cohort",
          "regional_reseller", "sleepers", "graders", "router", "churn", "assembly")


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--scale", choices=["small", "medium"], default="small")
    ap.add_argument("--out", required=True)
    args = ap.parse_args()
    t_start = time.time()
    w = World(args.seed, args.scale)
    for g in GROUPS:
        getattr(w, g)()
    w.write(args.out, t_start)


if __name__ == "__main__":
    main()
