#!/usr/bin/env python3
"""outside_fourteen: distillation campaigns that hide inside other people's accounts, long-document pipelines,
localized personas, a shell evaluation vendor and a swarm of micro-agencies, set against honest populations that
share their structure. Written from the input contract and a threat description only (see README.md).

python3 scripts/outside_fourteen/gen.py --seed N --out DIR [--scale small|medium]
Python 3 standard library only. Same seed and scale give byte-identical files.
"""
import argparse
import bisect
import datetime as dt
import hashlib
import ipaddress
import json
import math
import os
import random
import sys
import time

sys.dont_write_bytecode = True  # keep the script folder clean
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import lexicon as L  # noqa: E402

# =========================================================================== world constants
EPOCH0 = dt.datetime(2026, 5, 4, tzinfo=dt.timezone.utc)  # a Monday
T0 = int(EPOCH0.timestamp() * 1000)
SEC = 1000
MIN = 60 * SEC
HOUR = 60 * MIN
DAY = 24 * HOUR
DAYS = 14
T_END = T0 + DAYS * DAY
LEGACY, MAIN, LITE, NEW = "vela-1.5", "vela-2", "vela-2-lite", "vela-3"
RELEASE = T0 + 8 * DAY + 17 * HOUR  # Tuesday 2026-05-12 17:00Z
RELEASES = [(LEGACY, "2025-03-18T16:00:00.000Z"), (MAIN, "2025-10-07T16:00:00.000Z"), (LITE, "2025-12-02T16:00:00.000Z")]
RESTRICTED = ["CN", "RU", "IR", "KP", "SY", "CU", "BY"]

# cc: (time-zone offsets in hours, language for native prompts, v6 registry, weight among everyday users)
CC = {
    "US": ([-7, -6, -5, -4, -4, -4], "en", "arin", 22), "CA": ([-7, -4, -4], "en", "arin", 4),
    "MX": ([-6], "es", "lacnic", 3), "BR": ([-3], "pt", "lacnic", 5), "AR": ([-3], "es", "lacnic", 1.5),
    "CO": ([-5], "es", "lacnic", 1.5), "GB": ([1], "en", "ripe", 7), "IE": ([1], "en", "ripe", 1),
    "DE": ([2], "de", "ripe", 6), "FR": ([2], "fr", "ripe", 4), "NL": ([2], "en", "ripe", 2),
    "ES": ([2], "es", "ripe", 3), "IT": ([2], "en", "ripe", 3), "PL": ([2], "pl", "ripe", 2.5),
    "SE": ([2], "en", "ripe", 1.5), "CH": ([2], "en", "ripe", 1), "DK": ([2], "en", "ripe", 0.8),
    "BE": ([2], "fr", "ripe", 0.8), "PT": ([1], "pt", "ripe", 1), "EE": ([3], "en", "ripe", 0.3),
    "RO": ([3], "en", "ripe", 1), "TR": ([3], "tr", "ripe", 2.5), "IL": ([3], "en", "ripe", 0.8),
    "EG": ([3], "ar", "afrinic", 1.5), "NG": ([1], "en", "afrinic", 2), "KE": ([3], "en", "afrinic", 1),
    "ZA": ([2], "en", "afrinic", 1.2), "AE": ([4], "en", "ripe", 1.2), "IN": ([5.5], "en", "apnic", 9),
    "SG": ([8], "en", "apnic", 1.5), "MY": ([8], "en", "apnic", 1), "ID": ([7], "id", "apnic", 3),
    "VN": ([7], "vi", "apnic", 2.5), "TH": ([7], "en", "apnic", 1.5), "PH": ([8], "en", "apnic", 2),
    "HK": ([8], "en", "apnic", 0.8), "KR": ([9], "ko", "apnic", 3), "JP": ([9], "ja", "apnic", 4),
    "AU": ([10], "en", "apnic", 3), "NZ": ([12], "en", "apnic", 0.6),
    "CN": ([8], "en", "apnic", 0), "RU": ([3], "en", "ripe", 0), "IR": ([3.5], "en", "ripe", 0),
}
LEGAL_FORM = {"DE": "GmbH", "FR": "SAS", "GB": "Ltd", "IE": "Ltd", "NL": "B.V.", "ES": "S.L.", "IT": "S.p.A.",
              "PL": "Sp. z o.o.", "SE": "AB", "TR": "A.S.", "ID": "Tbk", "VN": "JSC", "JP": "K.K.", "KR": "Co., Ltd.",
              "BR": "S.A.", "MX": "S.A. de C.V.", "CN": "Co., Ltd.", "RU": "PJSC", "IR": "Co."}

# local-hour weights
PROFILES = {
    "consumer": [1, .6, .4, .3, .3, .4, .8, 1.5, 2, 2.2, 2.4, 2.5, 2.7, 2.5, 2.4, 2.4, 2.6, 2.8, 3.2, 3.6, 3.8, 3.4, 2.6, 1.6],
    "work": [.1, .05, .05, .05, .05, .1, .3, .9, 2.5, 3.5, 3.8, 3.6, 2.8, 3.2, 3.6, 3.5, 3.2, 2.6, 1.5, .9, .7, .5, .3, .2],
    "dev": [.4, .25, .15, .1, .1, .15, .3, .8, 1.8, 3, 3.4, 3.3, 2.6, 3, 3.3, 3.3, 3.1, 2.6, 1.9, 1.5, 1.4, 1.3, 1, .7],
    "persona": [.3, .15, .1, .05, .05, .1, .4, 1, 1.8, 2.2, 2.4, 2.4, 2.2, 2.3, 2.4, 2.4, 2.3, 2.2, 2.2, 2.4, 2.5, 2.2, 1.6, .8],
    "office": [0, 0, 0, 0, 0, 0, 0, .3, 1, 1, 1, 1, .8, 1, 1, 1, 1, .9, .5, .1, 0, 0, 0, 0],
    "flat": [1] * 24,
}
CUM = {k: [sum(v[:i + 1]) for i in range(24)] for k, v in PROFILES.items()}


def rfc(ms):
    d = dt.datetime.fromtimestamp(ms // 1000, tz=dt.timezone.utc)
    return d.strftime("%Y-%m-%dT%H:%M:%S.") + f"{ms % 1000:03d}Z"


def rfc_s(ms):
    return dt.datetime.fromtimestamp(ms // 1000, tz=dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def lognorm(r, med, sigma):
    return med * math.exp(sigma * r.gauss(0, 1))


def poisson(r, lam):
    if lam <= 0:
        return 0
    if lam > 30:
        return max(0, int(round(r.gauss(lam, math.sqrt(lam)))))
    k, p, lim = 0, 1.0, math.exp(-lam)
    while True:
        p *= r.random()
        if p <= lim:
            return k
        k += 1


def wpick(r, pairs):
    tot = sum(w for _, w in pairs)
    x = r.random() * tot
    for v, w in pairs:
        x -= w
        if x <= 0:
            return v
    return pairs[-1][0]


def ntok(s):
    if not s:
        return 0
    n = len(s)
    if s.isascii():
        return n // 4 + 1
    b = len(s.encode("utf-8"))
    return int(n / 4 + (b - n) / 2.6) + 1


def weekend(d):
    return d % 7 in (5, 6)


# =========================================================================== clients
def ja4(tag):
    h = hashlib.sha256(("outside-fourteen-fp:" + tag).encode()).hexdigest()
    alpn = "h1" if tag in ("curl8", "go-h1") else "h2"
    return f"t13d{12 + int(h[0], 16) % 8:02d}{10 + int(h[1], 16) % 8:02d}{alpn}_{h[2:14]}_{h[14:26]}"


FP = {k: ja4(k) for k in ["py-ossl3", "py-ossl11", "node20", "node22", "go122", "go-h1", "curl8", "okhttp4", "schannel",
                          "chrome124", "chrome126", "cfnetwork17", "bun11", "jdk21"]}
OSES = ["Windows NT 10.0; Win64; x64", "Macintosh; Intel Mac OS X 10_15_7", "X11; Linux x86_64"]


def make_stack(r, kind):
    py = FP["py-ossl3"] if r.random() < 0.85 else FP["py-ossl11"]
    if kind == "py":
        return (f"vela-python/0.{r.randint(38, 44)}.{r.randint(0, 3)}", py)
    if kind == "httpx":
        return (f"python-httpx/0.2{r.choice([5, 6, 7])}.{r.randint(0, 2)}", py)
    if kind == "requests":
        return (f"python-requests/2.{r.randint(28, 32)}.{r.randint(0, 3)}", py)
    if kind == "aiohttp":
        return (f"Python/3.{r.choice([10, 11, 12])} aiohttp/3.{r.choice([8, 9, 10])}.{r.randint(0, 5)}", py)
    if kind == "node":
        return (f"vela-node/1.{r.randint(6, 11)}.{r.randint(0, 4)}", FP[r.choice(["node20", "node22"])])
    if kind == "go":
        return ("Go-http-client/2.0", FP["go122"]) if r.random() < 0.8 else ("Go-http-client/1.1", FP["go-h1"])
    if kind == "curl":
        return (f"curl/8.{r.randint(2, 10)}.{r.randint(0, 1)}", FP["curl8"])
    if kind == "java":
        return (f"okhttp/4.{r.choice([10, 11, 12])}.0", FP["okhttp4"])
    if kind == "dotnet":
        return (f"vela-dotnet/0.{r.randint(3, 6)}.{r.randint(0, 9)}", FP["schannel"])
    if kind == "chatdeck":
        cv = r.choice([124, 126])
        return (f"Mozilla/5.0 ({r.choice(OSES)}) AppleWebKit/537.36 (KHTML, like Gecko) ChatDeck/3.{r.randint(1, 6)}.{r.randint(0, 9)} "
                f"Chrome/{cv}.0.{r.randint(6300, 6480)}.{r.randint(50, 210)} Electron/{30 if cv == 124 else 31}.{r.randint(0, 4)}.0 Safari/537.36",
                FP[f"chrome{cv}"])
    if kind == "quillpad":
        if r.random() < 0.6:
            return (f"QuillPad/2.{r.randint(4, 9)}.{r.randint(0, 5)} (iPhone; iOS 17.{r.randint(2, 5)}; Scale/3.00)", FP["cfnetwork17"])
        return (f"QuillPad/2.{r.randint(4, 9)}.{r.randint(0, 5)} (Linux; Android {r.choice([13, 14])}; {r.choice(['Pixel 7', 'SM-S911B', 'moto g54'])})",
                FP["okhttp4"])
    if kind == "browser":
        cv = r.choice([124, 126])
        return (f"Mozilla/5.0 ({r.choice(OSES)}) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{cv}.0.0.0 Safari/537.36", FP[f"chrome{cv}"])
    if kind == "devpilot":
        return (f"devpilot-cli/2.{r.randint(4, 6)}.{r.randint(0, 14)} (node/22; {r.choice(['darwin', 'linux', 'win32'])})", FP["node22"])
    if kind == "devpilot_fork":
        return (f"devpilot-cli/2.{r.randint(3, 4)}.{r.randint(0, 9)} (node/22; linux)", FP["bun11"])
    if kind == "codewright":
        return (f"codewright-vscode/1.{r.randint(14, 19)}.{r.randint(0, 6)}", FP["node20"])
    raise KeyError(kind)


# =========================================================================== network
OCTETS = [5, 23, 31, 37, 41, 45, 46, 49, 58, 62, 66, 68, 71, 77, 78, 80, 81, 82, 84, 85, 86, 87, 88, 89, 90, 91, 92,
          93, 94, 95, 101, 103, 104, 105, 106, 109, 110, 111, 112, 113, 114, 115, 116, 118, 119, 121, 122, 124, 125,
          128, 130, 131, 134, 135, 136, 137, 138, 139, 141, 143, 146, 147, 148, 149, 151, 152, 154, 156, 157, 158,
          159, 160, 161, 162, 163, 164, 165, 167, 168, 170, 173, 174, 175, 176, 177, 178, 179, 180, 181, 182, 183,
          185, 186, 187, 188, 189, 190, 191, 193, 194, 195, 196, 197, 200, 201, 202, 210, 211, 212, 213, 217, 218,
          219, 220, 221, 222]
V6ROOT = {"arin": (0x2600, 0x2607), "ripe": (0x2a00, 0x2a0f), "apnic": (0x2400, 0x2409), "lacnic": (0x2800, 0x2803),
          "afrinic": (0x2c0f, 0x2c0f)}


class Block:
    __slots__ = ("base", "plen", "v6", "asn", "org", "cc", "kind")

    def __init__(self, base, plen, v6, asn, org, cc, kind):
        self.base, self.plen, self.v6, self.asn, self.org, self.cc, self.kind = base, plen, v6, asn, org, cc, kind

    def addr(self, r, pool=None):
        if self.v6:
            host = r.getrandbits(128 - self.plen) if pool is None else (r.randrange(pool) << 64) | r.getrandbits(64)
            return ipaddress.IPv6Address(self.base | host).compressed
        size = 1 << (32 - self.plen)
        if size <= 2:
            x = self.base
        else:
            lim = size - 1 if pool is None else min(pool, size - 1)
            x = self.base + r.randrange(1, lim)
            if x & 255 in (0, 255):
                x ^= 1
        return f"{x >> 24}.{(x >> 16) & 255}.{(x >> 8) & 255}.{x & 255}"

    def cidr(self):
        if self.v6:
            return ipaddress.IPv6Network((self.base, self.plen)).compressed
        x = self.base
        return f"{x >> 24}.{(x >> 16) & 255}.{(x >> 8) & 255}.{x & 255}/{self.plen}"


class Net:
    def __init__(self, r):
        self.r = r
        self._named = {}
        self.used16, self.used6, self.asns = set(), set(), set()
        self.rows = []  # listed blocks
        self.isp, self.mobile, self.proxy, self.edu, self.biz = {}, {}, {}, {}, {}
        self.cloud = {}  # provider -> {cc: Block}
        self.vps, self.vpn, self.gpu, self.tor = [], [], [], []
        big = [("Stratocumulus Cloud", ["US", "CA", "BR", "IE", "DE", "GB", "FR", "SE", "IN", "SG", "JP", "KR", "AU", "ZA", "AE", "HK"]),
               ("Northwind Compute", ["US", "NL", "DE", "GB", "IN", "SG", "JP", "AU", "BR", "CA"]),
               ("Bluefjord Hosting", ["US", "DE", "FI", "NL", "SG", "JP", "GB"])]
        for name, regions in big:
            asn = self.asn()
            self.cloud[name] = {cc: self.block(16 if i < 6 else 17, asn, name + f" ({cc.lower()}-region)", cc, "hosting")
                                for i, cc in enumerate(regions)}
        for name, cc in [("Tensorhaus GPU Cloud", "US"), ("Tensorhaus GPU Cloud", "NL"), ("Kestrel Accelerated", "US"), ("Kestrel Accelerated", "SG")]:
            self.gpu.append(self.block(20, self.asn_for(name), name, cc, "hosting"))
        vps = [("Hetzwald Server", "DE"), ("Lumivps", "NL"), ("Boreal Hosting Oy", "FI"), ("Vilnius Datahub UAB", "LT"),
               ("Cheapcloud LLC", "US"), ("Straits VPS Pte", "SG"), ("Ovhanger SAS", "FR"), ("Carpathia Hosting SRL", "RO")]
        for i, (name, cc) in enumerate(vps):
            asn = self.asn()
            for _ in range(2):
                self.vps.append(self.block(20, asn, name, cc, "hosting", listed=(i != 4)))
        vpns = [("Tunnelbear-like Privacy AB", True), ("Shieldline VPN", True), ("Nomad Secure Networks", True), ("Quickhop Transit", False)]
        for name, as_vpn in vpns:
            asn = self.asn()
            for cc in r.sample(["US", "GB", "DE", "NL", "SE", "CH", "FR", "SG", "JP", "CA", "AU", "ES", "HK", "BR", "IN"], 9):
                self.vpn.append(self.block(24, asn, name, cc, "vpn" if as_vpn else "hosting"))
        for cc in CC:
            ffx = LEGAL_FORM.get(cc, "Ltd")
            self.isp[cc] = []
            nisp = 3 if CC[cc][3] >= 3 else 2
            for j in range(nisp):
                asn = self.asn()
                org = f"{L.brand(r)} {r.choice(['Telecom', 'Broadband', 'Fibre', 'Net', 'Communications', 'Cable'])} {ffx}"
                listed = j < nisp - 1 or r.random() < 0.5
                self.isp[cc].append(self.block(16, asn, org, cc, "isp", listed=listed))
                if j == 0 and cc not in ("CN", "IR"):
                    self.isp[cc].append(self.block(32, asn, org, cc, "isp", v6=True, listed=listed))
            asn = self.asn()
            morg = f"{L.brand(r)} Mobile {ffx}"
            self.mobile[cc] = [self.block(16, asn, morg, cc, "mobile"), self.block(32, asn, morg, cc, "mobile", v6=True)]
            basn = self.asn()
            self.biz[cc] = self.block(16, basn, f"{L.brand(r)} Business Fibre {ffx}", cc, "isp")
            self.edu[cc] = [self.block(20, self.asn(), f"{L.brand(r)} University", cc, "education") for _ in range(2)]
        # known residential-proxy exits: /24s inside consumer ISP space, flagged by the intel feed
        for cc in CC:
            self.proxy[cc] = []
            v4 = [b for b in self.isp[cc] if not b.v6]
            for _ in range(6):
                p = r.choice(v4)
                sub = p.base + (r.randrange(1, 255) << 8)
                blk = Block(sub, 24, False, p.asn, p.org, cc, "residential_proxy")
                self.rows.append(blk)
                self.proxy[cc].append(blk)
        host = self.block(16, self.asn(), "Freedom Relay Hosting", "DE", "hosting")
        for _ in range(25):
            t = Block(host.base + r.randrange(256, 65000), 32, False, host.asn, host.org, host.cc, "tor")
            self.rows.append(t)
            self.tor.append(t)

    def asn(self):
        while True:
            a = self.r.choice([self.r.randint(2000, 63000), self.r.randint(131072, 215000)])
            if a not in self.asns:
                self.asns.add(a)
                return a

    def asn_for(self, name):
        if name not in self._named:
            self._named[name] = self.asn()
        return self._named[name]

    def block(self, plen, asn, org, cc, kind, v6=False, listed=True):
        r = self.r
        if v6:
            lo, hi = V6ROOT[CC[cc][2] if cc in CC else "ripe"]
            while True:
                h1 = r.randint(lo, hi)
                h2 = r.randint(0xf000, 0xffff) if h1 == 0x2c0f else r.randint(0x0100, 0xfff0)
                if (h1, h2) not in self.used6:
                    self.used6.add((h1, h2))
                    break
            b = Block((h1 << 112) | (h2 << 96), plen, True, asn, org, cc, kind)
        else:
            while True:
                a, s = r.choice(OCTETS), r.randrange(256)
                if (a, s) not in self.used16:
                    self.used16.add((a, s))
                    break
            base = (a << 24) | (s << 16)
            if plen > 16:
                base += r.randrange(1 << (plen - 16)) << (32 - plen)
            b = Block(base, plen, False, asn, org, cc, kind)
        if listed:
            self.rows.append(b)
        return b

    # ---- address pickers
    def home(self, r, cc, v6p=0.35):
        bl = self.isp[cc]
        if r.random() < v6p:
            v6 = [b for b in bl if b.v6]
            if v6:
                return v6[0].addr(r)
        return r.choice([b for b in bl if not b.v6]).addr(r)

    def mob(self, r, cc):
        b4, b6 = self.mobile[cc]
        return b6.addr(r, pool=4096) if r.random() < 0.4 else b4.addr(r, pool=2048)  # carrier NAT: many users per address

    def cloud_ip(self, r, provider=None, cc=None):
        provider = provider or r.choice(sorted(self.cloud))
        regs = self.cloud[provider]
        b = regs.get(cc) or regs[r.choice(sorted(regs))]
        return b.addr(r, pool=4000)

    def cloud_block(self, r, provider=None, cc=None):
        provider = provider or r.choice(sorted(self.cloud))
        regs = self.cloud[provider]
        return regs.get(cc) or regs[r.choice(sorted(regs))]

    def vpn_ip(self, r, cc=None):
        cands = [b for b in self.vpn if b.cc == cc] if cc else []
        return (r.choice(cands) if cands else r.choice(self.vpn)).addr(r)

    def proxy_ip(self, r, cc, flagged=0.5):
        if r.random() < flagged:
            return r.choice(self.proxy[cc]).addr(r)
        return self.home(r, cc, v6p=0.0)

    def office(self, r, cc, listed, asn=None, org=None):
        """A small office range carved from a business ISP block; listed as enterprise only for some."""
        p = self.biz[cc]
        sub = p.base + (r.randrange(1, 4000) << 4)
        b = Block(sub, 28, False, asn or p.asn, org or p.org, cc, "enterprise")
        if listed:
            self.rows.append(b)
        return b


# =========================================================================== accounts
class Acct:
    def __init__(self, aid, group, label, campaign, hard, cc, tz, created):
        self.id, self.group, self.label, self.campaign, self.hard = aid, group, label, campaign, hard
        self.cc, self.tz, self.created = cc, tz, created
        self.n = 0
        self.rec = None
        self.adopt, self.share = T_END + DAY, 0.0


class World:
    def __init__(self, seed, scale):
        self.seed = seed
        self.N = 1 if scale == "small" else 4
        self.net = Net(self.rng("network"))
        self.accts, self.ids = [], set()
        self.events = []
        self.camp = {}
        self.gcount, self.gprompts, self.gempty = {}, {}, {}
        self.dropped = 0
        self.seq = 0
        self.noise = self.rng("export-noise")

    def rng(self, name):
        return random.Random(f"outside-fourteen/{self.seed}/{name}")

    def new_id(self, r, pre, n):
        al = "abcdefghijklmnopqrstuvwxyz0123456789"
        while True:
            s = pre + "".join(al[r.randrange(36)] for _ in range(n))
            if s not in self.ids:
                self.ids.add(s)
                return s

    def pay(self, r):
        return self.new_id(r, "pf_", 12)

    def key(self, r):
        return self.new_id(r, "key_", 10)

    def org(self, r):
        return self.new_id(r, "org_", 9)

    def tz(self, r, cc):
        return r.choice(CC[cc][0])

    def aged(self, r, lo_days, hi_days):
        return T0 - int(r.uniform(lo_days, hi_days) * DAY) - r.randrange(DAY)

    def campaign(self, cid, group):
        self.camp[cid] = {"group": group, "from": None, "until": None, "pivot": None}

    def account(self, r, group, label, campaign, hard, cc, created, *, domain=None, local=None, pay=None, channel="standard",
                verified=False, org=None, billing=None, tz=None):
        aid = self.new_id(r, "acct_", 10)
        a = Acct(aid, group, label, campaign, hard, cc, self.tz(r, cc) if tz is None else tz, created)
        domain = domain or L.personal_domain(r, cc)
        local = local or L.local_part(r)
        rec = {"account_id": aid, "created_at": rfc_s(created)}
        if org:
            rec["org_id"] = org
        rec["email_domain"] = domain
        rec["email_local_shape"] = L.shape(local)
        if pay:
            rec["payment_fingerprint"] = pay
        rec["billing_country"] = billing or cc
        rec["signup_channel"] = channel
        rec["verified"] = bool(verified)
        a.rec = rec
        self.accts.append(a)
        return a

    # ------------------------------------------------------------------ time helpers
    def at_local(self, r, d, tz, profile):
        """A random instant on local day d following an hour profile."""
        h = bisect.bisect_left(CUM[profile], r.random() * CUM[profile][-1])
        return T0 + d * DAY + int((h - tz) * HOUR) + r.randrange(HOUR)

    def local_hour(self, t, tz):
        return ((t - T0) / HOUR + tz) % 24

    def honest_adopt(self, a, r, eager=False):
        if eager:
            a.adopt, a.share = RELEASE + int(r.expovariate(1 / (9 * HOUR))), r.uniform(0.75, 1.0)
        elif r.random() < 0.35:
            a.adopt, a.share = RELEASE + int(r.expovariate(1 / (2.5 * DAY))), r.uniform(0.5, 1.0)

    def model(self, a, t, r, base=MAIN):
        if t >= a.adopt and r.random() < a.share:
            return NEW
        return base

    # ------------------------------------------------------------------ emission
    def emit(self, a, t, r, *, ip, stack, key, model, prompt, system=None, turns=1, tools=None, tool_calls=None, image=False,
             max_tokens=4096, ctx=0, out=300, osig=0.6, think=0, attack=True):
        t = int(t)
        if t < T0 or t >= T_END or t < a.created:
            self.dropped += 1
            return 0
        inp = ntok(prompt) + ntok(system) + ctx + (len(tools) * 95 if tools else 0) + (1450 if image else 0) + 8
        o = max(1, int(lognorm(r, out, osig)))
        th = 0
        if think and model != LEGACY:
            th = min(int(lognorm(r, think, 0.6)), int(max_tokens * 0.8))
        stop = "end_turn"
        if tool_calls:
            stop = "tool_use"
        if o + th >= max_tokens:
            o = max(1, max_tokens - th)
            stop = "max_tokens"
        self.seq += 1
        rid = "req_" + hashlib.blake2b(f"{self.seed}:{self.seq}".encode(), digest_size=9).hexdigest()
        nz = self.noise
        ev = {"request_id": rid, "ts": t if nz.random() < 0.02 else rfc(t), "account_id": a.id, "api_key_id": key, "ip": ip,
              "user_agent": stack[0], "client_fingerprint": stack[1], "model": model}
        if system:
            ev["system"] = system
        ev["prompt"] = prompt
        ev["turns"] = turns
        if tools:
            ev["tools"] = tools
            ev["tool_calls"] = tool_calls or 0
        if image:
            ev["has_image"] = True
        ev["max_tokens"] = max_tokens
        ev["input_tokens"] = inp
        ev["output_tokens"] = o
        if th:
            ev["thinking_tokens"] = th
        ev["stop_reason"] = stop
        line = json.dumps(ev, ensure_ascii=False, separators=(",", ":"))
        arrive = t + (nz.randrange(1000, 150000) if nz.random() < 0.04 else 0)
        self.events.append((arrive, self.seq, line))
        if nz.random() < 0.0008:  # exporter re-send of the same exchange
            self.events.append((arrive + nz.randrange(200, 20000), self.seq, line))
        a.n += 1
        g = a.group
        self.gcount[g] = self.gcount.get(g, 0) + 1
        if prompt:
            self.gprompts.setdefault(g, set()).add(prompt)
        else:
            self.gempty[g] = self.gempty.get(g, 0) + 1
        if a.campaign and attack:
            c = self.camp[a.campaign]
            c["from"] = t if c["from"] is None else min(c["from"], t)
            c["until"] = t if c["until"] is None else max(c["until"], t)
        return o + th

    def chat_session(self, a, t, r, *, n, first, follow, ip, stack, key, model, system=None, max_tokens=4096, out=350,
                     think=0, image_p=0.0, ipf=None):
        ctx = 0
        for i in range(n):
            p = first(r) if i == 0 else follow(r)
            o = self.emit(a, t, r, ip=ipf(r) if ipf else ip, stack=stack, key=key, model=model, prompt=p, system=system,
                          turns=2 * i + 1, max_tokens=max_tokens, ctx=ctx, out=out, think=think,
                          image=(i == 0 and r.random() < image_p))
            ctx += ntok(p) + (o or out)
            t += int((o or out) / 55 * SEC) + r.randint(15, 300) * SEC
        return t

    def agent_episode(self, a, t, r, *, task, steps, tools, ip, stack, key, model, system=None, max_tokens=16000,
                      mid=None, think=0, first_out=700, step_out=260, gap=(6, 45), ctx0=0, attack=True):
        ctx = ctx0
        for i in range(steps):
            last = i == steps - 1
            if i == 0:
                p = task
            else:
                p = mid(r) if mid else ""
            tc = 0 if last else (1 if r.random() < 0.7 else r.randint(2, 3))
            o = self.emit(a, t, r, ip=ip, stack=stack, key=key, model=model, prompt=p, system=system, turns=2 * i + 1,
                          tools=tools, tool_calls=tc, max_tokens=max_tokens, ctx=ctx,
                          out=first_out if i == 0 or last else step_out, think=think if i < 2 else think // 3,
                          attack=attack)
            ctx += ntok(p) + (o or step_out) + (r.randint(150, 4000) if not last else 0)
            t += int((o or 300) / 60 * SEC) + r.randint(*gap) * SEC
        return t

    # =========================================================================== ATTACK 1: hijacked organisation keys
    def keyjack(self):
        """Keys of real small companies, leaked or bought, drive a harvest through the companies' own accounts."""
        r = self.rng("keyjack")
        camp = "c14-keyjack"
        self.campaign(camp, "keyjack_orgs")
        net = self.net
        waves = [T0 + int(r.uniform(1.2, 2.0) * DAY), T0 + int(r.uniform(3.5, 4.5) * DAY), T0 + int(r.uniform(6.5, 7.5) * DAY)]
        pivot = RELEASE + int(r.uniform(3, 9) * HOUR)
        self.camp[camp]["pivot"] = pivot
        harvest_ua = make_stack(r, "httpx")
        for i in range(34 * self.N):
            cc = wpick(r, [("US", 8), ("GB", 4), ("DE", 4), ("FR", 2), ("NL", 2), ("CA", 2), ("AU", 2), ("SE", 1), ("ES", 1),
                           ("IT", 1), ("JP", 1), ("SG", 1), ("CH", 1), ("DK", 1), ("IE", 1), ("BE", 1), ("NZ", 1)])
            org = self.org(r)
            chan = wpick(r, [("enterprise", 4), ("standard", 5), ("startup", 1)])
            a = self.account(r, "keyjack_orgs", "attack", camp, False, cc, self.aged(r, 150, 1100), domain=L.company_domain(r),
                             local=L.local_part(r, r.choice([0, 2, 7])), pay=self.pay(r), channel=chan,
                             verified=r.random() < 0.75, org=org)
            main, staging = self.key(r), self.key(r)
            mode = r.choice(["app", "team", "team"])
            own_stack = make_stack(r, r.choice(["py", "node", "go", "java", "py"]))
            if mode == "app":
                app = r.randrange(len(L.APPS))
                sysm = L.app_system(r, app)
                ips = [net.cloud_ip(r, None, cc) for _ in range(r.randint(1, 3))]
                rate = lognorm(r, 20, 0.5)
            else:
                off = net.office(r, cc, listed=chan == "enterprise" and r.random() < 0.6)
                ips = [off.addr(r) for _ in range(r.randint(1, 2))]
                rate = lognorm(r, 12, 0.5)
            ci_ip = net.cloud_ip(r, None, cc)
            for d in range(DAYS):
                wk = weekend(d)
                n = poisson(r, rate * (0.25 if wk and mode == "team" else 0.7 if wk else 1.0))
                for _ in range(n):
                    t = self.at_local(r, d, a.tz, "work" if mode == "team" else "consumer")
                    if mode == "app":
                        p = L.app_call(r, app)
                        self.emit(a, t, r, ip=r.choice(ips), stack=own_stack, key=main, model=MAIN, prompt=p, system=sysm,
                                  max_tokens=1024, out=180, image=app == 12, attack=False)
                    else:
                        p, kind = L.business_prompt(r)
                        self.emit(a, t, r, ip=r.choice(ips), stack=own_stack, key=main, model=MAIN, prompt=p,
                                  max_tokens=4096, out=450 if kind == "coding" else 300, attack=False)
                if not wk and r.random() < 0.3:  # the staging key: an occasional CI smoke test
                    t = T0 + d * DAY + int((r.uniform(9, 18) - a.tz) * HOUR)
                    self.emit(a, t, r, ip=ci_ip, stack=make_stack(r, "curl"), key=staging, model=LITE,
                              prompt=r.choice(["ping", "Reply with OK", "health check: say hi", "test"]), max_tokens=16, out=3,
                              osig=0.2, attack=False)
            # --- the harvest
            leaked = staging if r.random() < 0.55 else main
            start = waves[i % 3] + int(r.uniform(0, 14) * HOUR)
            per_h = lognorm(r, 36, 0.35) / 24
            share_new = r.uniform(0.45, 0.7)
            h = int((start - T0) // HOUR)
            sticky, sticky_until = None, 0
            while h < DAYS * 24:
                for t in sorted(T0 + h * HOUR + r.randrange(HOUR) for _ in range(poisson(r, per_h))):
                    if t >= sticky_until:  # sticky proxy session: one exit for a while, then a fresh one
                        sticky, sticky_until = net.proxy_ip(r, cc, 0.45), t + int(r.uniform(20, 120) * MIN)
                    ip = sticky if r.random() > 0.006 else net.cloud_ip(r, "Stratocumulus Cloud", "HK")
                    model = NEW if t >= pivot and r.random() < share_new else MAIN
                    y = r.random()
                    sysm = None if r.random() < 0.45 else r.choice(["You are a helpful assistant.", "You are an expert. Be thorough.",
                                                                      "Answer carefully and completely.", "You are a world-class problem solver."])
                    if y < 0.4:
                        self.emit(a, t, r, ip=ip, stack=harvest_ua, key=leaked, model=model, prompt=L.reasoning_prompt(r), system=sysm,
                                  max_tokens=r.choice([16000, 32000]), out=2200, think=4500)
                    elif y < 0.7:
                        self.emit(a, t, r, ip=ip, stack=harvest_ua, key=leaked, model=model, prompt=L.coding_prompt(r), system=sysm,
                                  max_tokens=r.choice([16000, 32000]), out=3200, think=2500)
                    elif y < 0.8:
                        self.emit(a, t, r, ip=ip, stack=harvest_ua, key=leaked, model=model, prompt=L.grading_prompt(r, True),
                                  system=sysm, max_tokens=8192, out=1400, think=1500)
                    elif y < 0.88:
                        self.emit(a, t, r, ip=ip, stack=harvest_ua, key=leaked, model=model, prompt=L.safe_rewrite(r), system=sysm,
                                  max_tokens=8192, out=1600, think=1200)
                    else:
                        tools = r.sample(L.SWARM_TOOL_POOL, r.randint(6, 12))
                        self.agent_episode(a, t, r, task=L.swarm_ticket(r), steps=r.randint(3, 8), tools=tools, ip=ip,
                                           stack=harvest_ua, key=leaked, model=model, max_tokens=16000, think=1500, gap=(4, 20))
                h += 1

    # =========================================================================== ATTACK 2: long-document corpus mill
    def docmill(self):
        """Shell consultancies push long documents through batch jobs to harvest grounded Q/A, dialogues and rewrites."""
        r = self.rng("docmill")
        camp = "c14-docmill"
        self.campaign(camp, "docmill_consultancies")
        net = self.net
        pivot = RELEASE + int(r.uniform(26, 40) * HOUR)
        self.camp[camp]["pivot"] = pivot
        for o in range(14 * self.N):
            cc = r.choice(["SG", "AE", "US", "GB", "MY", "HK", "NL", "SG", "US"])
            late = o % 7 == 6  # two orgs per 14 are added mid-window for extra capacity
            created = T0 + int(r.uniform(3.5, 5.5) * DAY) if late else self.aged(r, 12, 45)
            org, pf, dom = self.org(r), self.pay(r), L.company_domain(r, ("com", "co", "io", "net", "consulting", "agency"))
            stack = make_stack(r, r.choice(["httpx", "aiohttp", "py"]))
            members = []
            for m in range(3):
                a = self.account(r, "docmill_consultancies", "attack", camp, False, cc, created + int(r.uniform(0, 40) * HOUR),
                                 domain=dom, local=L.local_part(r, r.choice([0, 2, 7, 8])), pay=pf, verified=r.random() < 0.3,
                                 org=org)
                a.key_ = self.key(r)
                a.ips = [net.cloud_ip(r, None, r.choice(["US", "SG", "DE", "IE", "GB", "NL", "IN"])) for _ in range(2)]
                members.append(a)
            cadence = r.uniform(110, 260) * SEC
            share_new = r.uniform(0.3, 0.5)
            for d in range(DAYS):
                for _ in range(2):
                    if r.random() < 0.12:
                        continue
                    start = T0 + d * DAY + r.randrange(DAY)
                    end = start + int(r.uniform(40, 120) * MIN)
                    queue = []
                    for a in members:
                        t = start + r.randrange(int(cadence))
                        while t < end:
                            if not queue:
                                kind, head, ex, tot = L.document(r)
                                queue = [(ex, tot)] * r.randint(3, 7)
                            ex, tot = queue.pop()
                            model = NEW if t >= pivot and r.random() < share_new else MAIN
                            think = 1800 if r.random() < 0.3 else 0
                            self.emit(a, t, r, ip=r.choice(a.ips), stack=stack, key=a.key_, model=model,
                                      prompt=L.longdoc_attack(r, ex), system=r.choice(L.LONGDOC_SYSTEMS),
                                      max_tokens=r.choice([8192, 16384, 16384]), ctx=tot, out=3300, osig=0.45, think=think)
                            t += int(cadence * r.uniform(0.85, 1.15))

    # =========================================================================== ATTACK 3: localized reasoning personas
    def polyglot(self):
        """Personas in nine countries harvest step-by-step solutions in their own languages from one shared problem queue."""
        r = self.rng("polyglot")
        camp = "c14-polyglot"
        self.campaign(camp, "polyglot_personas")
        net = self.net
        pivot = RELEASE + int(r.uniform(4, 16) * HOUR)
        self.camp[camp]["pivot"] = pivot
        langs = [("MX", "es"), ("BR", "pt"), ("ID", "id"), ("VN", "vi"), ("TR", "tr"), ("PL", "pl"), ("KR", "ko"), ("EG", "ar"), ("JP", "ja")]
        requests = []  # (t, account, lang)
        accts = []
        for i in range(96 * self.N):
            cc, lang = langs[i % len(langs)]
            created = T0 + int(r.uniform(0.5, 5) * DAY) if r.random() < 0.08 else self.aged(r, 3, 75)
            local = L.local_part(r)
            a = self.account(r, "polyglot_personas", "attack", camp, False, cc, created, local=local, pay=self.pay(r),
                             verified=r.random() < 0.2)
            a.lang = lang
            a.key_ = self.key(r)
            a.stack = make_stack(r, wpick(r, [("chatdeck", 6), ("quillpad", 2), ("py", 2)]))
            a.share_new = r.uniform(0.4, 0.7)
            accts.append(a)
            rate = lognorm(r, 14, 0.35)
            for d in range(DAYS):
                for _ in range(poisson(r, rate * (0.8 if weekend(d) else 1.0))):
                    t = self.at_local(r, d, a.tz, "persona")
                    requests.append((t, len(accts) - 1))
        requests.sort()
        open_seeds = []  # [expires, family, params, langs_left]
        ip_state = {}
        for t, ai in requests:
            a = accts[ai]
            open_seeds = [s for s in open_seeds if s[0] > t and s[3]]
            cand = [s for s in open_seeds if a.lang in s[3]]
            if cand and r.random() < 0.75:
                s = r.choice(cand)
                s[3].discard(a.lang)
                fam, params = s[1], s[2]
            else:
                fam = r.choice(L.FAMILIES)
                params = L.family_params(r, fam)
                others = {l for _, l in langs} - {a.lang}
                open_seeds.append([t + int(r.uniform(2, 7) * HOUR), fam, params, set(r.sample(sorted(others), r.randint(2, 5)))])
            st = ip_state.get(ai)
            if st is None or t > st[0]:
                if r.random() < 0.1:
                    ipn = net.mob(r, a.cc)
                else:
                    ipn = net.proxy_ip(r, a.cc, 0.5)
                st = (t + int(r.uniform(1, 3) * DAY), ipn)
                ip_state[ai] = st
            ip = st[1]
            x = r.random()
            if x < 0.008:
                ip = net.home(r, "CN", 0)  # the proxy client drops and the request leaves from the operator's own line
            elif x < 0.018:
                ip = net.cloud_ip(r, "Stratocumulus Cloud", "HK")
            model = NEW if t >= pivot and r.random() < a.share_new else MAIN
            prompt = L.poly_problem(r, a.lang, fam, params)
            mt = r.choice([16000, 24000, 32000])
            o = self.emit(a, t, r, ip=ip, stack=a.stack, key=a.key_, model=model, prompt=prompt, max_tokens=mt,
                          out=2400, osig=0.45, think=5200)
            if r.random() < 0.12:
                t2 = t + int((o or 3000) / 50 * SEC) + r.randint(40, 240) * SEC
                self.emit(a, t2, r, ip=ip, stack=a.stack, key=a.key_, model=model, prompt=L.poly_follow(r, a.lang), turns=3,
                          max_tokens=mt, ctx=ntok(prompt) + (o or 3000), out=2600, osig=0.4, think=2500)

    # =========================================================================== ATTACK 4: shell evaluation vendor
    def evalshell(self):
        """A newly formed 'model evaluation' company whose benchmark items are never repeated and always ask for full work."""
        r = self.rng("evalshell")
        camp = "c14-evalshell"
        self.campaign(camp, "evalshell_vendor")
        self.camp[camp]["pivot"] = RELEASE + int(r.uniform(1, 2) * HOUR)
        item = r.randint(10000, 40000)
        for v in range(self.N):
            org, pf = self.org(r), self.pay(r)
            name = L.brand(r)
            dom = name.lower() + r.choice(["evals.com", "-bench.ai", "metrics.io", "-assure.com", "eval.ai"])
            t_admin = self.aged(r, 18, 26)
            t_bulk = self.aged(r, 8, 12)
            members = []
            for m in range(22):
                created = t_admin + m * int(r.uniform(2, 40) * HOUR) if m < 6 else t_bulk + (m - 6) * r.randint(50, 200) * SEC
                a = self.account(r, "evalshell_vendor", "attack", camp, False, "US", created, domain=dom,
                                 local=L.local_part(r, 0 if m < 6 else r.choice([0, 2])), pay=pf, channel="enterprise",
                                 verified=True, org=org, tz=8)
                a.keys_ = [self.key(r) for _ in range(r.randint(1, 3))]
                members.append(a)
            pool = [self.net.gpu[0].addr(r) for _ in range(14)] + [self.net.gpu[3].addr(r) for _ in range(8)]
            stack = (f"evalkit-harness/0.9.{r.randint(2, 9)} aiohttp/3.9.5", FP["py-ossl3"])
            runs = []
            for d in range(DAYS):
                for _ in range(r.choice([1, 2]) if weekend(d) else r.choice([2, 3, 3])):
                    runs.append((self.at_local(r, d, 8, "work"), r.uniform(60, 150) * MIN, 0.0))
            runs.append((RELEASE + int(r.uniform(1, 2) * HOUR), 6 * HOUR, 0.85))
            runs.sort()
            for start, dur, new_share in runs:
                part = r.sample(members, r.randint(7, 11))
                suites = r.sample(L.EVAL_SUITES_FAKE, r.randint(3, 6))
                run_id = f"{name.lower()}-{r.randint(1000, 9999)}"
                ns = new_share if new_share else (0.6 if start >= RELEASE else 0.0)
                sysm = L.fill(r, r.choice(L.FAKE_EVAL_SYSTEMS), {"suite": suites, "run": [run_id]})
                cad = r.uniform(200, 400) * SEC
                for a in part:
                    t = start + r.randrange(int(cad))
                    while t < start + dur:
                        item += r.randint(1, 7)
                        cat = r.choice(suites)
                        p, kind = L.fake_eval_item(r, cat, item)
                        model = NEW if r.random() < ns else r.choice([MAIN, MAIN, MAIN, LITE])
                        ip, key = r.choice(pool), r.choice(a.keys_)
                        if kind == "agentic":
                            tools = r.sample(L.SWARM_TOOL_POOL, r.randint(5, 10))
                            t = self.agent_episode(a, t, r, task=p, steps=r.randint(3, 9), tools=tools, ip=ip, stack=stack, key=key,
                                                   model=model, system=sysm, max_tokens=32000, think=2500, gap=(3, 15))
                        else:
                            self.emit(a, t, r, ip=ip, stack=stack, key=key, model=model, prompt=p, system=sysm, max_tokens=32000,
                                      out=2600 if kind != "grading" else 1500, osig=0.5, think=4000 if kind == "reasoning" else 2000)
                        t += int(cad * r.uniform(0.7, 1.3))
            # a little human-looking admin traffic from two founders
            for a in members[:2]:
                ipn = self.net.home(r, "SG")
                st = make_stack(r, "chatdeck")
                for d in range(DAYS):
                    for _ in range(poisson(r, 2.5)):
                        p, kind = L.business_prompt(r)
                        self.emit(a, self.at_local(r, d, 8, "work"), r, ip=ipn, stack=st, key=a.keys_[0], model=MAIN, prompt=p,
                                  max_tokens=4096, out=350)

    # =========================================================================== ATTACK 5: micro-agency swarm
    def microagency(self):
        """Dozens of two-to-four-person 'dev agencies', each on its own VPS, run autonomous agent tickets all week."""
        r = self.rng("microagency")
        camp = "c14-microagency"
        self.campaign(camp, "microagency_swarm")
        net = self.net
        pivot = RELEASE + int(r.uniform(6, 20) * HOUR)
        self.camp[camp]["pivot"] = pivot
        for o in range(50 * self.N):
            cc = wpick(r, [("US", 5), ("CA", 2), ("GB", 3), ("DE", 2), ("NL", 2), ("PL", 2), ("PT", 1), ("EE", 1), ("SG", 1),
                           ("AU", 1), ("IN", 2), ("ES", 1), ("SE", 1), ("RO", 1)])
            org, pf = self.org(r), self.pay(r)
            dom = L.company_domain(r, ("dev", "studio", "io", "tech", "app", "agency", "software"))
            created = self.aged(r, 25, 140)
            ip = net.vpn_ip(r) if r.random() < 0.15 else r.choice(net.vps).addr(r)
            forked = r.random() < 0.7
            tz = self.tz(r, cc)
            share_new = r.uniform(0.35, 0.65)
            for m in range(r.choice([2, 3, 3, 4])):
                a = self.account(r, "microagency_swarm", "attack", camp, False, cc, created + int(r.uniform(0, 36) * HOUR),
                                 domain=dom, local=L.local_part(r, r.choice([0, 2, 7, 8])), pay=pf,
                                 channel="startup" if r.random() < 0.15 else "standard", verified=r.random() < 0.2, org=org, tz=tz)
                key = self.key(r)
                stack = make_stack(r, "devpilot_fork" if forked else "devpilot")
                for d in range(DAYS):
                    for _ in range(poisson(r, 0.85)):
                        t = T0 + d * DAY + int((r.uniform(8, 18.5) - tz) * HOUR)
                        model = NEW if t >= pivot and r.random() < share_new else MAIN
                        tools = L.AGENT_TOOLS_CLI if r.random() < 0.6 else r.sample(L.SWARM_TOOL_POOL, r.randint(8, 16))
                        self.agent_episode(a, t, r, task=L.swarm_ticket(r), steps=r.randint(6, 24), tools=tools, ip=ip, stack=stack,
                                           key=key, model=model, max_tokens=r.choice([16000, 32000]), think=1600,
                                           mid=lambda rr: "" if rr.random() < 0.93 else rr.choice(
                                               ["continue", "Run the full test suite now.", "Summarise your changes so far.",
                                                "Keep going until all acceptance criteria are met.", "Explain the last failure before fixing it."]),
                                           gap=(8, 40))

    # =========================================================================== HARD 1: law firm with a nightly batch
    def legal_batch(self):
        r = self.rng("legal")
        net = self.net
        for v in range(self.N):
            cc = r.choice(["GB", "GB", "IE", "NL", "DE"])
            org, pf = self.org(r), self.pay(r)
            name = L.brand(r)
            dom = name.lower() + r.choice(["-legal.co.uk", "law.com", "llp.com", "-partners.eu"])
            tz = self.tz(r, cc)
            off = net.office(r, cc, listed=True, org=f"{name} LLP")
            off_ips = [off.addr(r) for _ in range(2)]
            lawyers = []
            for m in range(10):
                a = self.account(r, "legal_batch", "benign", None, True, cc, self.aged(r, 60, 700), domain=dom,
                                 local=L.local_part(r, r.choice([0, 2])), pay=pf, channel="enterprise", verified=True, org=org, tz=tz)
                a.key_ = self.key(r)
                a.stack = make_stack(r, r.choice(["chatdeck", "browser", "browser"]))
                a.home = net.home(r, cc)
                self.honest_adopt(a, r)
                lawyers.append(a)
            for a in lawyers:
                rate = lognorm(r, 5, 0.5)
                for d in range(DAYS):
                    if weekend(d) and r.random() < 0.8:
                        continue
                    for _ in range(poisson(r, rate)):
                        t = self.at_local(r, d, tz, "work")
                        ip = r.choice(off_ips) if r.random() < 0.8 else a.home
                        if r.random() < 0.6:
                            kind, head, ex, tot = L.document(r, r.choice(["msa", "lease", "dpa", "opinion", "insurance"]))
                            self.chat_session(a, t, r, n=r.randint(1, 4), first=lambda rr, ex=ex: L.legal_prompt(rr, ex),
                                              follow=L.legal_chat, ip=ip, stack=a.stack, key=a.key_, model=self.model(a, t, r),
                                              system=L.LEGAL_SYSTEM, max_tokens=8192, out=900)
                        else:
                            self.chat_session(a, t, r, n=r.randint(1, 3), first=L.legal_chat, follow=L.legal_chat, ip=ip,
                                              stack=a.stack, key=a.key_, model=self.model(a, t, r), max_tokens=4096, out=400)
            # the document pipeline: nightly review of the day's data-room uploads
            stack = make_stack(r, "py")
            pipes = []
            region = "GB" if cc in ("GB", "IE") else "DE"
            for m in range(4):
                a = self.account(r, "legal_batch", "benign", None, True, cc, self.aged(r, 30, 200), domain=dom,
                                 local=r.choice(["docreview", "pipeline", "dataroom", "ops"]) + str(m + 1), pay=pf,
                                 channel="enterprise", verified=True, org=org, tz=tz)
                a.key_ = self.key(r)
                a.ips = [net.cloud_ip(r, "Stratocumulus Cloud", region) for _ in range(2)]
                pipes.append(a)
            switch = RELEASE + int(r.uniform(4, 6) * DAY)
            for d in range(DAYS):
                if weekend(d) and r.random() < 0.7:
                    continue
                start = T0 + d * DAY + int((1 + r.uniform(0, 0.5) - tz) * HOUR)
                end = start + int(r.uniform(1.5, 3.5) * HOUR)
                cad = r.uniform(90, 200) * SEC
                for a in pipes:
                    t = start + r.randrange(int(cad))
                    queue = []
                    while t < end:
                        if not queue:
                            kind, head, ex, tot = L.document(r, r.choice(["msa", "lease", "dpa", "insurance", "opinion", "handbook"]))
                            queue = [(ex, tot)] * r.randint(3, 6)
                        ex, tot = queue.pop()
                        self.emit(a, t, r, ip=r.choice(a.ips), stack=stack, key=a.key_, model=NEW if t >= switch else MAIN,
                                  prompt=L.legal_prompt(r, ex), system=L.LEGAL_SYSTEM, max_tokens=8192, ctx=tot, out=1500, osig=0.45)
                        t += int(cad * r.uniform(0.85, 1.15))

    # =========================================================================== HARD 2: localization agency
    def localization(self):
        r = self.rng("localization")
        net = self.net
        for v in range(self.N):
            cc = r.choice(["PL", "PT", "ES", "DE"])
            org, pf = self.org(r), self.pay(r)
            dom = L.company_domain(r, ("com", "eu", "pl", "net"))
            tz = self.tz(r, cc)
            off = net.office(r, cc, listed=r.random() < 0.5)
            clients = [L.brand(r) for _ in range(5)]
            inhouse = []
            for m in range(5):
                a = self.account(r, "localization_agency", "benign", None, True, cc, self.aged(r, 100, 900), domain=dom,
                                 local=L.local_part(r, 0), pay=pf, channel="standard", verified=m < 2, org=org, tz=tz)
                a.key_, a.stack, a.ip = self.key(r), make_stack(r, "chatdeck"), off.addr(r)
                inhouse.append(a)
            free = []
            for fcc, lang in [("DE", "German"), ("FR", "French"), ("ES", "Spanish (Spain)"), ("BR", "Portuguese (Brazil)"),
                              ("JP", "Japanese"), ("KR", "Korean"), ("TR", "Turkish"), ("ID", "Indonesian"), ("VN", "Vietnamese")][: 8 if v % 2 else 9]:
                a = self.account(r, "localization_agency", "benign", None, True, fcc, self.aged(r, 20, 500), domain=dom,
                                 local=L.local_part(r, 0), pay=pf, channel="standard", org=org, billing=cc)
                a.key_, a.stack, a.ip, a.lang = self.key(r), make_stack(r, r.choice(["chatdeck", "browser"])), net.home(r, fcc), lang
                free.append(a)
            stack = make_stack(r, "node")
            pipes = []
            for m in range(2):
                a = self.account(r, "localization_agency", "benign", None, True, cc, self.aged(r, 60, 400), domain=dom,
                                 local="tms" + str(m + 1), pay=pf, channel="standard", verified=True, org=org, tz=tz)
                a.key_, a.ips = self.key(r), [net.cloud_ip(r, "Northwind Compute", "DE") for _ in range(2)]
                pipes.append(a)
            switch = RELEASE + int(r.uniform(2, 5) * DAY)
            for d in range(DAYS):
                wk = weekend(d)
                # project drops: the pipeline translates each segment into the client's language set in one go
                for _ in range(0 if wk else r.choice([1, 2, 2, 3])):
                    t = self.at_local(r, d, tz, "office")
                    client = r.choice(clients)
                    tl = r.sample(L.LOC_LANGS, r.randint(6, 12))
                    for s in range(r.randint(12, 40)):
                        seg = L.loc_segment(r)
                        for lang in tl:
                            a = r.choice(pipes)
                            self.emit(a, t, r, ip=r.choice(a.ips), stack=stack, key=a.key_, model=LITE if t < switch else NEW,
                                      prompt=L.loc_translate(r, seg, lang, client), system=L.LOC_SYSTEM, max_tokens=1024,
                                      out=ntok(seg) * 1.4 + 10, osig=0.25)
                            t += r.randint(2, 9) * SEC
                        # reviewers score the fresh translations in their own language, the same afternoon
                        for f in free:
                            if f.lang in tl and r.random() < 0.25:
                                tt = t + r.randint(20, 300) * MIN
                                self.emit(f, tt, r, ip=f.ip, stack=f.stack, key=f.key_, model=MAIN, prompt=L.loc_review(r, seg, f.lang),
                                          ctx=ntok(seg) * 2, max_tokens=2048, out=450)
                for a in inhouse:
                    for _ in range(poisson(r, 0.5 if wk else 6)):
                        t = self.at_local(r, d, tz, "work")
                        first = r.choice([L.everyday, L.dev_question, lambda rr: L.loc_translate(rr, L.loc_segment(rr), r.choice(L.LOC_LANGS), r.choice(clients))])
                        self.chat_session(a, t, r, n=r.randint(1, 3), first=first, follow=L.everyday_followup, ip=a.ip, stack=a.stack,
                                          key=a.key_, model=MAIN, max_tokens=4096, out=350)

    # =========================================================================== HARD 3: honest benchmark company
    def benchmark(self):
        r = self.rng("benchmark")
        net = self.net
        for v in range(self.N):
            cc = r.choice(["US", "US", "GB", "DE"])
            org, pf = self.org(r), self.pay(r)
            name = L.brand(r)
            dom = name.lower() + r.choice(["-eval.com", "bench.ai", "labs.io"])
            tz = self.tz(r, cc)
            bank = []
            for suite, n in [("gsm-style-400", 200), ("codefix-150", 80), ("mmlu-style-500", 200), ("judge-pairs-200", 100),
                             ("longctx-needle-60", 30), ("tool-call-acc-120", 60)]:
                for i in range(n):
                    bank.append((suite,) + L.bench_item(r, suite, i))
            runners, staff = [], []
            stack = (f"benchrunner/2.{r.randint(1, 6)} (+https://{dom}/crawler)", FP["py-ossl3"])
            pool = [net.gpu[0].addr(r) for _ in range(4)] + [net.gpu[1].addr(r) for _ in range(2)]
            for m in range(3):
                a = self.account(r, "benchmark_house", "benign", None, True, cc, self.aged(r, 200, 900), domain=dom,
                                 local=r.choice(["evals", "runner", "ci-evals", "harness"]) + str(m + 1), pay=pf, channel="enterprise",
                                 verified=True, org=org, tz=tz)
                a.key_ = self.key(r)
                runners.append(a)
            off = net.office(r, cc, listed=True, org=f"{name} Inc")
            for m in range(5):
                a = self.account(r, "benchmark_house", "benign", None, True, cc, self.aged(r, 60, 900), domain=dom,
                                 local=L.local_part(r, 0), pay=pf, channel="enterprise", verified=True, org=org, tz=tz)
                a.key_, a.stack, a.ip = self.key(r), make_stack(r, r.choice(["py", "chatdeck", "devpilot"])), off.addr(r)
                self.honest_adopt(a, r, eager=True)
                staff.append(a)

            def run(start, items, models, cad_s):
                t = start
                for it in items:
                    for m in models:
                        a = r.choice(runners)
                        suite, p, kind, mt, out = it
                        tools = ["get_weather", "search_flights", "send_email", "calendar_create", "calculator"] if kind == "agentic" else None
                        ctx = 7000 if suite.startswith("longctx") else 0
                        self.emit(a, t, r, ip=r.choice(pool), stack=stack, key=a.key_, model=m, prompt=p, max_tokens=mt, out=out, osig=0.3,
                                  tools=tools, tool_calls=1 if tools else None, ctx=ctx)
                        t += int(r.uniform(0.5, 1.5) * cad_s * SEC)
            for d in range(DAYS):
                if weekend(d):
                    continue
                start = T0 + d * DAY + int((r.uniform(1, 3) - tz) * HOUR)
                subset = bank[:150] + r.sample(bank[150:], 60)
                run(start, subset, [MAIN, LITE], r.uniform(3, 8))
            run(RELEASE + int(r.uniform(0.7, 2.5) * HOUR), bank, [NEW, MAIN], 2.5)
            run(RELEASE + DAY + int(r.uniform(2, 6) * HOUR), bank, [NEW], 3.5)
            for a in staff:
                for d in range(DAYS):
                    if weekend(d):
                        continue
                    for _ in range(poisson(r, 4)):
                        t = self.at_local(r, d, tz, "work")
                        first = r.choice([L.dev_question, L.reasoning_prompt, lambda rr: L.grading_prompt(rr, False)])
                        self.chat_session(a, t, r, n=r.randint(1, 4), first=first, follow=L.dev_followup, ip=a.ip, stack=a.stack,
                                          key=a.key_, model=self.model(a, t, r), max_tokens=8192, out=600, think=800)

    # =========================================================================== HARD 4: agent platform tenants
    def tenants(self):
        r = self.rng("tenants")
        net = self.net
        pool = [net.cloud_ip(r, "Northwind Compute", "US") for _ in range(6)] + [net.cloud_ip(r, "Northwind Compute", "DE") for _ in range(4)]
        stack = (f"agentforge-runtime/3.{r.randint(2, 4)}.{r.randint(0, 9)}", FP["go122"])
        switch = RELEASE + 2 * DAY + int(r.uniform(0, 6) * HOUR)
        for o in range(85 * self.N):
            cc = wpick(r, [("US", 8), ("GB", 3), ("CA", 2), ("AU", 2), ("DE", 2), ("NL", 1), ("IE", 1), ("NZ", 1), ("ZA", 1),
                           ("IN", 2), ("SG", 1), ("FR", 1), ("ES", 1)])
            kind = r.choice(sorted(L.TENANT_KINDS))
            org, pf, dom = self.org(r), self.pay(r), L.company_domain(r)
            sysm = L.tenant_system(r, kind)
            tools = L.TENANT_KINDS[kind][1]
            pinned = r.random() < 0.3
            rate = lognorm(r, 2.5, 0.9)
            tz = self.tz(r, cc)
            own = make_stack(r, r.choice(["py", "node", "chatdeck"]))
            own_ip = net.home(r, cc) if r.random() < 0.6 else net.office(r, cc, listed=False).addr(r)
            created = self.aged(r, 10, 700)
            for m in range(1 if r.random() < 0.7 else 2):
                a = self.account(r, "agent_platform_tenants", "benign", None, True, cc, created + int(r.uniform(0, 30) * DAY),
                                 domain=dom, local=L.local_part(r), pay=pf, channel=r.choice(["standard", "standard", "startup"]),
                                 verified=r.random() < 0.4, org=org, tz=tz)
                key = self.key(r)
                for d in range(DAYS):
                    for _ in range(poisson(r, rate * (0.45 if weekend(d) else 1.0) / (m + 1))):
                        t = self.at_local(r, d, tz, "work" if kind in ("recruit", "marketing") else "consumer")
                        model = NEW if t >= switch and not pinned else MAIN
                        self.agent_episode(a, t, r, task=L.tenant_request(r, kind), steps=r.randint(2, 7), tools=tools,
                                           ip=r.choice(pool), stack=stack, key=key, model=model, system=sysm, max_tokens=2048,
                                           first_out=120, step_out=150, gap=(1, 6))
                    if r.random() < 0.12 and not weekend(d):  # the owner tinkering directly
                        t = self.at_local(r, d, tz, "work")
                        p, k2 = L.business_prompt(r)
                        self.emit(a, t, r, ip=own_ip, stack=own, key=key, model=MAIN, prompt=p, max_tokens=4096, out=350)

    # =========================================================================== HARD 5: BYOK analytics vendor
    def byok(self):
        r = self.rng("byok")
        net = self.net
        vendor = L.brand(r)
        vsys = L.BYOK_SYSTEM.replace("{vendor}", vendor)
        pool = [net.cloud_ip(r, "Stratocumulus Cloud", "IE") for _ in range(3)] + [net.cloud_ip(r, "Stratocumulus Cloud", "US") for _ in range(2)]
        vstack = (f"{vendor}-Insights/1.{r.randint(3, 8)} okhttp/4.12.0", FP["jdk21"])
        launch = T0 + 3 * DAY + 16 * HOUR
        vswitch = RELEASE + 3 * DAY + int(r.uniform(0, 4) * HOUR)
        for o in range(40 * self.N):
            cc = wpick(r, [("US", 6), ("GB", 3), ("DE", 3), ("FR", 2), ("NL", 2), ("CA", 1), ("AU", 1), ("SE", 1), ("ES", 1),
                           ("IT", 1), ("BR", 1), ("IN", 1), ("JP", 1), ("SG", 1)])
            org, pf, dom = self.org(r), self.pay(r), L.company_domain(r)
            chan = r.choice(["enterprise", "standard", "standard"])
            tz = self.tz(r, cc)
            own_stack = make_stack(r, r.choice(["py", "node", "java", "go", "chatdeck"]))
            off = net.office(r, cc, listed=chan == "enterprise")
            accs = []
            for m in range(1 if r.random() < 0.6 else 2):
                a = self.account(r, "byok_analytics_customers", "benign", None, True, cc, self.aged(r, 100, 1200), domain=dom,
                                 local=L.local_part(r, r.choice([0, 2, 7])), pay=pf, channel=chan, verified=r.random() < 0.7,
                                 org=org, tz=tz)
                a.key_ = self.key(r)
                self.honest_adopt(a, r)
                accs.append(a)
            for a in accs:
                rate = lognorm(r, 9, 0.6)
                ip = off.addr(r)
                for d in range(DAYS):
                    for _ in range(poisson(r, rate * (0.2 if weekend(d) else 1.0))):
                        t = self.at_local(r, d, tz, "work")
                        p, kind = L.business_prompt(r)
                        self.emit(a, t, r, ip=ip, stack=own_stack, key=a.key_, model=self.model(a, t, r), prompt=p, max_tokens=4096,
                                  out=400 if kind == "coding" else 280)
            if r.random() > 0.85:
                continue
            a = accs[0]
            on = launch + int(r.uniform(0, 36) * HOUR)
            vkey = self.key(r) if r.random() < 0.7 else a.key_
            irate = lognorm(r, 7, 0.6)
            for d in range(DAYS):
                for _ in range(poisson(r, irate * (0.2 if weekend(d) else 1.0))):
                    t = self.at_local(r, d, tz, "work")
                    if t < on:
                        continue
                    p, kind = L.byok_prompt(r)
                    self.emit(a, t, r, ip=r.choice(pool), stack=vstack, key=vkey, model=NEW if t >= vswitch else MAIN, prompt=p,
                              system=vsys, max_tokens=2048, out=420)
                # nightly scheduled reports for every connected customer at the same time
                t = T0 + d * DAY + 2 * HOUR + r.randrange(40 * MIN)
                if t >= on:
                    for _ in range(r.randint(1, 4)):
                        p, kind = L.byok_prompt(r)
                        self.emit(a, t, r, ip=r.choice(pool), stack=vstack, key=vkey, model=NEW if t >= vswitch else MAIN, prompt=p,
                                  system=vsys, max_tokens=2048, out=500)
                        t += r.randint(5, 60) * SEC

    # =========================================================================== HARD 6: academic synthetic-data lab
    def lab(self):
        r = self.rng("lab")
        net = self.net
        for v in range(self.N):
            cc = r.choice(["DE", "NL", "CA", "CH", "SG", "KR", "GB"])
            tz = self.tz(r, cc)
            uni = L.brand(r).lower()
            dom = {"DE": f"uni-{uni}.de", "NL": f"{uni}.nl", "CA": f"{uni}.ca", "CH": f"{uni}.ch", "SG": f"{uni}.edu.sg",
                   "KR": f"{uni}.ac.kr", "GB": f"{uni}.ac.uk"}[cc]
            dom = r.choice(["cs.", "nlp.", "", "ml."]) + dom
            org, grant = self.org(r), self.pay(r)
            campus, hpc = net.edu[cc][0], net.edu[cc][1]
            campus_ips = [campus.addr(r, pool=64) for _ in range(3)]
            hpc_ips = [hpc.addr(r, pool=32) for _ in range(4)]
            kickoff = self.aged(r, 16, 24)
            members = []
            for m in range(26):
                if m < 4:
                    created = self.aged(r, 200, 800)
                elif m < 22:
                    created = kickoff + r.randrange(int(2 * DAY))
                else:
                    created = T0 + 2 * DAY + int(r.uniform(8, 12) * HOUR) + r.randrange(3 * HOUR)
                a = self.account(r, "academic_synth_lab", "benign", None, True, cc, created, domain=dom, local=L.local_part(r, r.choice([0, 2, 7])),
                                 pay=grant if r.random() < 0.7 else None, channel="research" if r.random() < 0.6 else "education",
                                 verified=r.random() < 0.5, org=org, tz=tz)
                a.key_ = self.key(r)
                a.stack = make_stack(r, r.choice(["py", "py", "httpx", "chatdeck", "browser"]))
                a.home = net.home(r, cc)
                self.honest_adopt(a, r, eager=m == 0)
                members.append(a)
            for a in members:
                rate = lognorm(r, 5, 0.6)
                for d in range(DAYS):
                    for _ in range(poisson(r, rate * (0.3 if weekend(d) else 1.0))):
                        t = self.at_local(r, d, tz, "dev")
                        ip = r.choice(campus_ips) if r.random() < 0.7 else a.home
                        p, kind = L.lab_prompt(r)
                        self.emit(a, t, r, ip=ip, stack=a.stack, key=a.key_, model=self.model(a, t, r), prompt=p,
                                  system=r.choice(L.LAB_SYSTEMS), max_tokens=8192, out=900 if kind == "data_generation" else 700,
                                  think=2500 if kind == "reasoning" else 0)
            # overnight sweeps from the cluster
            sweepers = r.sample(members[:22], 6)
            sst = make_stack(r, "httpx")
            for d in range(DAYS):
                for _ in range(r.choice([1, 2, 2, 3]) if not weekend(d) else r.choice([0, 1])):
                    a = r.choice(sweepers)
                    t = T0 + d * DAY + int((r.uniform(19, 26) - tz) * HOUR)
                    end = t + int(r.uniform(2, 5) * HOUR)
                    cad = r.uniform(40, 90) * SEC
                    mode = r.random()
                    sysm = r.choice(L.LAB_SYSTEMS)
                    model = NEW if (t >= RELEASE and r.random() < 0.5) else MAIN
                    while t < end:
                        if mode < 0.5:
                            p, kind = L.lab_prompt(r)
                        else:
                            p, kind = L.reasoning_prompt(r), "reasoning"
                        self.emit(a, t, r, ip=r.choice(hpc_ips), stack=sst, key=a.key_, model=model, prompt=p, system=sysm,
                                  max_tokens=r.choice([4096, 8192, 16000]), out=1100, think=3000 if kind == "reasoning" else 0)
                        t += int(cad * r.uniform(0.8, 1.2))

    # =========================================================================== BACKGROUND
    def everyday(self):
        r = self.rng("everyday")
        net = self.net
        ccw = [(cc, v[3]) for cc, v in CC.items() if v[3] > 0]
        for i in range(2500 * self.N):
            cc = wpick(r, ccw)
            created = T0 + int(r.uniform(0, 13) * DAY) if r.random() < 0.04 else self.aged(r, 3, 900)
            a = self.account(r, "everyday_users", "benign", None, False, cc, created, pay=self.pay(r) if r.random() < 0.55 else None,
                             channel="education" if r.random() < 0.03 else "standard", verified=r.random() < 0.25)
            lang = CC[cc][1]
            key = self.key(r)
            skind = wpick(r, [("chatdeck", 40), ("quillpad", 15), ("py", 18), ("node", 7), ("browser", 12), ("curl", 3), ("requests", 5)])
            stack = make_stack(r, skind)
            home = net.home(r, cc)
            vpn = r.random() < 0.06
            tor = r.random() < 0.003
            mobile = skind == "quillpad"
            self.honest_adopt(a, r, eager=r.random() < 0.08)
            lam = min(4.0, lognorm(r, 0.25, 1.0))
            sysm = r.choice(L.EVERYDAY_SYSTEMS)
            base = LITE if r.random() < 0.15 else MAIN
            think = 600 if r.random() < 0.12 else 0  # some chat apps turn extended thinking on by default
            for d in range(DAYS):
                if r.random() < 0.08:
                    home = net.home(r, cc)
                for _ in range(poisson(r, lam * (1.2 if weekend(d) else 1.0))):
                    t = self.at_local(r, d, a.tz, "consumer")
                    if tor:
                        ip = r.choice(net.tor).addr(r)
                    elif vpn and r.random() < 0.7:
                        ip = net.vpn_ip(r, cc)
                    elif mobile and r.random() < 0.6:
                        ip = net.mob(r, cc)
                    else:
                        ip = home
                    n = min(12, 1 + int(r.expovariate(0.5)))
                    self.chat_session(a, t, r, n=n, first=lambda rr: L.everyday(rr, lang), follow=L.everyday_followup, ip=ip,
                                      stack=stack, key=key, model=self.model(a, t, r, base), system=sysm,
                                      max_tokens=r.choice([1024, 2048, 4096, 8192]), out=330, think=think,
                                      image_p=0.1 if mobile else 0.02)

    def developers(self):
        r = self.rng("developers")
        net = self.net
        teams = []
        i = 0
        total = 560 * self.N
        while i < total:
            cc = wpick(r, [("US", 10), ("GB", 3), ("DE", 3), ("IN", 5), ("CA", 2), ("FR", 2), ("NL", 1), ("PL", 2), ("BR", 2), ("SE", 1),
                           ("ES", 1), ("JP", 1), ("KR", 1), ("AU", 1), ("SG", 1), ("IL", 1), ("VN", 1), ("ID", 1), ("TR", 1),
                           ("NG", 1), ("RO", 1), ("PT", 1), ("AR", 1)])
            if r.random() < 0.35:
                size = r.randint(2, 8)
                org, pf, dom = self.org(r), self.pay(r), L.company_domain(r)
                chan = wpick(r, [("standard", 5), ("startup", 2), ("enterprise", 2)])
                off = net.office(r, cc, listed=chan == "enterprise" and r.random() < 0.5)
                created = self.aged(r, 20, 900)
                tz = self.tz(r, cc)
                for m in range(size):
                    a = self.account(r, "developers", "benign", None, False, cc, created + int(r.uniform(0, 60) * DAY), domain=dom,
                                     local=L.local_part(r, r.choice([0, 2, 7])), pay=pf, channel=chan, verified=r.random() < 0.5,
                                     org=org, tz=tz)
                    a.office = off.addr(r)
                    teams.append(a)
                i += size
            else:
                a = self.account(r, "developers", "benign", None, False, cc, self.aged(r, 5, 1000),
                                 local=L.local_part(r), pay=self.pay(r) if r.random() < 0.85 else None,
                                 verified=r.random() < 0.3)
                a.office = None
                teams.append(a)
                i += 1
        for a in teams:
            cc = a.cc
            key = self.key(r)
            power = r.random() < 0.045
            skind = wpick(r, [("devpilot", 35), ("codewright", 15), ("py", 25), ("node", 12), ("go", 4), ("curl", 3), ("chatdeck", 6)])
            stack = make_stack(r, skind)
            home = net.home(r, cc)
            devbox = net.cloud_ip(r, None, cc) if r.random() < 0.15 else None
            vpn = r.random() < 0.08
            if skind == "devpilot":
                a.adopt, a.share = RELEASE + int(r.expovariate(1 / (1.5 * DAY))), 0.95
            else:
                self.honest_adopt(a, r, eager=power)

            def ip_now(rr):
                x = rr.random()
                if devbox and x < 0.4:
                    return devbox
                if a.office and x < 0.75:
                    return a.office
                if vpn and x < 0.85:
                    return net.vpn_ip(rr, cc)
                return home
            if power:
                rate = lognorm(r, 55, 0.4)
                for d in range(DAYS):
                    for _ in range(poisson(r, rate * (0.8 if weekend(d) else 1.0))):
                        t = self.at_local(r, d, a.tz, "dev") + r.randint(-3, 3) * HOUR
                        p, kind = L.power_prompt(r)
                        self.emit(a, t, r, ip=ip_now(r), stack=stack, key=key, model=self.model(a, t, r), prompt=p,
                                  max_tokens=r.choice([16000, 32000]), out=1400, think=3000 if kind == "reasoning" else 1200,
                                  ctx=r.randint(0, 6000))
                continue
            act = lognorm(r, 1.0, 0.7)
            for d in range(DAYS):
                wk = weekend(d)
                if r.random() < (0.75 if wk else 0.2):
                    continue
                if skind in ("devpilot", "codewright"):
                    for _ in range(poisson(r, act * 0.8)):
                        t = self.at_local(r, d, a.tz, "dev")
                        tools = L.AGENT_TOOLS_CLI if skind == "devpilot" else ["read_file", "apply_edit", "run_terminal", "search_workspace"]
                        self.agent_episode(a, t, r, task=L.agent_request(r), steps=r.randint(3, 14), tools=tools, ip=ip_now(r),
                                           stack=stack, key=key, model=self.model(a, t, r), system=None, max_tokens=r.choice([8192, 16000]),
                                           mid=L.agent_mid, think=700 if r.random() < 0.4 else 0, first_out=500, gap=(5, 60), ctx0=r.randint(3000, 12000))
                else:
                    for _ in range(poisson(r, act * 1.5)):
                        t = self.at_local(r, d, a.tz, "dev")
                        sysm = L.fill(r, r.choice([s for s in L.DEV_SYSTEMS if s]), {"lang": L.LANGS}) if r.random() < 0.3 else None
                        self.chat_session(a, t, r, n=r.randint(1, 6), first=L.dev_question, follow=L.dev_followup, ip=ip_now(r),
                                          stack=stack, key=key, model=self.model(a, t, r), system=sysm,
                                          max_tokens=r.choice([2048, 4096, 8192]), out=480)

    def apps(self):
        r = self.rng("apps")
        net = self.net
        n = 0
        while n < 45 * self.N:
            cc = wpick(r, [("US", 8), ("GB", 3), ("DE", 3), ("FR", 2), ("NL", 2), ("SG", 1), ("JP", 1), ("BR", 2), ("IN", 2), ("AU", 1),
                           ("CA", 1), ("ES", 1), ("SE", 1)])
            org, pf, dom = self.org(r), self.pay(r), L.company_domain(r)
            app = r.randrange(len(L.APPS))
            sysm = L.app_system(r, app)
            stack = make_stack(r, r.choice(["py", "node", "go", "java", "dotnet", "httpx"]))
            prov = r.choice(sorted(net.cloud))
            ips = [net.cloud_ip(r, prov, cc) for _ in range(r.randint(2, 6))]
            tz = self.tz(r, cc)
            chan = r.choice(["enterprise", "standard", "startup", "enterprise"])
            base = LEGACY if r.random() < 0.15 else (LITE if r.random() < 0.4 else MAIN)
            move = RELEASE + int(r.uniform(2, 5) * DAY) if r.random() < 0.3 else T_END + DAY
            created = self.aged(r, 60, 1000)
            envs = ["prod"] + (["staging"] if r.random() < 0.4 else [])
            for env in envs:
                a = self.account(r, "app_backends", "benign", None, False, cc, created + int(r.uniform(0, 20) * DAY), domain=dom,
                                 local=r.choice(["eng", "platform", "devops", "api", "admin", "cto", "billing"]) + ("" if env == "prod" else "-staging"),
                                 pay=pf, channel=chan, verified=r.random() < 0.7, org=org, tz=tz)
                n += 1
                key = self.key(r)
                rate = lognorm(r, 50, 0.8) if env == "prod" else lognorm(r, 6, 0.5)
                for hr in range(DAYS * 24):
                    d = hr // 24
                    lh = (hr + tz) % 24
                    w = PROFILES["consumer"][int(lh)] / 2.2
                    for _ in range(poisson(r, rate / 24 * w * (0.85 if weekend(d) else 1.0))):
                        t = T0 + hr * HOUR + r.randrange(HOUR)
                        self.emit(a, t, r, ip=r.choice(ips), stack=stack, key=key, model=NEW if t >= move else base,
                                  prompt=L.app_call(r, app), system=sysm, max_tokens=r.choice([512, 1024, 1024, 2048]), out=190,
                                  image=app == 12)

    # =========================================================================== output
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
                f.write(json.dumps({"account_id": a.id, "label": a.label, "group": a.group, "campaign": a.campaign, "hard": a.hard}) + "\n")
        with open(os.path.join(out, "campaigns.jsonl"), "w", encoding="utf-8") as f:
            for c in sorted(self.camp):
                v = self.camp[c]
                n = sum(1 for a in used if a.campaign == c)
                f.write(json.dumps({"campaign": c, "group": v["group"], "accounts": n, "active_from": rfc(v["from"]),
                                    "active_until": rfc(v["until"]), "successor_of": None,
                                    "pivot_at": rfc(v["pivot"]) if v["pivot"] else None}) + "\n")
        with open(os.path.join(out, "ip_ranges.csv"), "w", encoding="utf-8") as f:
            f.write("cidr,asn,as_org,country,kind\n")
            rows = sorted(self.net.rows, key=lambda b: (b.v6, b.base, b.plen))
            for b in rows:
                org = b.org.replace(",", "")
                f.write(f"{b.cidr()},{b.asn},{org},{b.cc},{b.kind}\n")
        with open(os.path.join(out, "releases.csv"), "w", encoding="utf-8") as f:
            f.write("model,released_at\n")
            for m, t in RELEASES:
                f.write(f"{m},{t}\n")
            f.write(f"{NEW},{rfc(RELEASE)}\n")
        with open(os.path.join(out, "policy.toml"), "w", encoding="utf-8") as f:
            f.write("restricted_countries = [" + ", ".join(f'"{c}"' for c in RESTRICTED) + "]\n")
            f.write('hash_key_id = "outside-fourteen"\nhash_key = "outside-fourteen-local-test-key-51d0a7e3"\n\n')
            f.write("[thresholds]\nreview = 0.5\nthrottle = 0.7\nblock = 0.85\n")
        w = sys.stderr.write
        groups = {}
        for a in used:
            g = groups.setdefault(a.group, [a.label, a.hard, 0])
            g[2] += 1
        w(f"{'label':7} {'group':26} {'hard':>5} {'accounts':>8} {'events':>8} {'distinct':>8} {'empty':>6} {'dist/text':>9}\n")
        ta = te = tempty = 0
        for g in sorted(groups, key=lambda g: (groups[g][0], groups[g][1], g)):
            lab, hard, n = groups[g]
            e = self.gcount.get(g, 0)
            ta += n
            te += e
            ne = self.gempty.get(g, 0)
            tempty += ne
            dp = len(self.gprompts.get(g, ()))
            w(f"{lab:7} {g:26} {'yes' if hard else 'no':>5} {n:8d} {e:8d} {(dp + (ne > 0)) / max(1, e):8.2f} {ne / max(1, e):6.2f} "
              f"{dp / max(1, e - ne):9.2f}\n")
        distinct = len(set().union(*self.gprompts.values())) if self.gprompts else 0
        distinct_all = distinct + (tempty > 0)
        natt = sum(1 for a in used if a.label == "attack")
        dups = len(self.events) - te
        w(f"total: {ta} accounts ({natt} attack), {te} events (+{dups} exporter re-sends), distinct prompts {distinct_all / max(1, te):.2f} (empty tool-result turns {tempty / max(1, te):.2f}; distinct among text prompts {distinct / max(1, te - tempty):.2f}), "
          f"{len(self.camp)} campaigns, dropped (outside window or before sign-up) {self.dropped}, {time.time() - t_start:.1f} s\n")


GROUPS = ("keyjack", "docmill", "polyglot", "evalshell", "microagency",
          "legal_batch", "localization", "benchmark", "tenants", "byok", "lab",
          "everyday", "developers", "apps")


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
