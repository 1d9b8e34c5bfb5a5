#!/usr/bin/env python3
"""outside_mixed: an independent traffic generator with ground truth for distillguard.

Written from a threat description and docs/formats.md only (see README.md next to this file).
Python 3 standard library only; the same --seed and --scale always give the same files.

    python3 scripts/outside_mixed/gen.py --seed 1 --scale small --out /tmp/om1
    distillguard eval --data /tmp/om1
"""

import argparse
import ipaddress
import json
import math
import os
import random
import shutil
import sys
import tempfile
from datetime import datetime, timezone

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import text as T  # noqa: E402

DAY = 86_400_000
HOUR = 3_600_000
MIN = 60_000


def ms(y, mo, d, h=0, mi=0):
    return int(datetime(y, mo, d, h, mi, tzinfo=timezone.utc).timestamp() * 1000)


START = ms(2026, 2, 2)          # a Monday
DAYS = 21
END = START + DAYS * DAY
RELEASE = ms(2026, 2, 12, 17)   # the new model ships on a Thursday afternoon (UTC)
MODELS_OLD = "sable-2"
MODEL_LITE = "sable-2-lite"
MODEL_NEW = "sable-3"
RELEASES = [("sable-1.5", ms(2025, 3, 4, 16)), (MODELS_OLD, ms(2025, 9, 16, 16)),
            (MODEL_LITE, ms(2025, 11, 4, 17)), (MODEL_NEW, RELEASE)]


def iso(t):
    return datetime.fromtimestamp(t / 1000, tz=timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.") + f"{t % 1000:03d}Z"


B36 = "0123456789abcdefghijklmnopqrstuvwxyz"


def rid(rng, n):
    return "".join(B36[rng.randrange(36)] for _ in range(n))


def hexs(rng, n):
    return "".join("0123456789abcdef"[rng.randrange(16)] for _ in range(n))


def poisson(rng, lam):
    if lam <= 0:
        return 0
    if lam > 30:
        return max(0, int(round(rng.gauss(lam, math.sqrt(lam)))))
    L, k, p = math.exp(-lam), 0, 1.0
    while True:
        p *= rng.random()
        if p <= L:
            return k
        k += 1


def wchoice(rng, items, weights):
    return rng.choices(items, weights=weights, k=1)[0]


# =========================================================================== network

# country: (utc offset hours choices, population weight)
COUNTRIES = {
    "US": ([-5, -5, -6, -7, -8], 28), "CA": ([-5, -8], 4), "BR": ([-3], 6), "MX": ([-6], 3),
    "GB": ([0], 8), "DE": ([1], 8), "FR": ([1], 5), "ES": ([1], 3), "NL": ([1], 3), "PL": ([1], 3),
    "TR": ([3], 2), "NG": ([1], 2), "IN": ([5.5], 10), "ID": ([7], 3), "SG": ([8], 2),
    "JP": ([9], 5), "KR": ([9], 3), "AU": ([10, 8], 3),
}

# (cidr, asn, as_org, country, kind, weight for home users)
ISP_RANGES = [
    ("73.0.0.0/8", 7922, "Comcast Cable Communications, LLC", "US", "isp", 5),
    ("2601::/20", 7922, "Comcast Cable Communications, LLC", "US", "isp", 2),
    ("99.0.0.0/11", 7018, "AT&T Services, Inc.", "US", "isp", 3),
    ("71.240.0.0/12", 701, "Verizon Business", "US", "isp", 3),
    ("172.56.0.0/13", 21928, "T-Mobile USA, Inc.", "US", "mobile", 2),
    ("99.224.0.0/11", 812, "Rogers Communications Canada Inc.", "CA", "isp", 3),
    ("70.48.0.0/13", 577, "Bell Canada", "CA", "isp", 2),
    ("177.32.0.0/12", 26599, "TELEFONICA BRASIL S.A", "BR", "isp", 3),
    ("179.208.0.0/12", 28573, "Claro NXT Telecomunicacoes Ltda", "BR", "isp", 2),
    ("189.128.0.0/11", 8151, "UNINET", "MX", "isp", 3),
    ("86.128.0.0/10", 2856, "British Telecommunications PLC", "GB", "isp", 3),
    ("2a00:23c0::/28", 2856, "British Telecommunications PLC", "GB", "isp", 1),
    ("82.0.0.0/14", 5089, "Virgin Media Limited", "GB", "isp", 2),
    ("79.192.0.0/10", 3320, "Deutsche Telekom AG", "DE", "isp", 3),
    ("2003::/19", 3320, "Deutsche Telekom AG", "DE", "isp", 1),
    ("88.64.0.0/12", 3209, "Vodafone GmbH", "DE", "isp", 2),
    ("90.0.0.0/9", 3215, "Orange S.A.", "FR", "isp", 3),
    ("78.192.0.0/10", 12322, "Free SAS", "FR", "isp", 2),
    ("83.32.0.0/11", 3352, "Telefonica de Espana S.A.U.", "ES", "isp", 3),
    ("84.24.0.0/13", 33915, "Vodafone Libertel B.V.", "NL", "isp", 3),
    ("83.0.0.0/11", 5617, "Orange Polska Spolka Akcyjna", "PL", "isp", 3),
    ("78.160.0.0/11", 9121, "Turk Telekom", "TR", "isp", 3),
    ("105.112.0.0/12", 36873, "Airtel Networks Limited", "NG", "mobile", 3),
    ("49.32.0.0/11", 55836, "Reliance Jio Infocomm Limited", "IN", "mobile", 4),
    ("122.160.0.0/12", 24560, "Bharti Airtel Ltd.", "IN", "isp", 3),
    ("36.64.0.0/11", 7713, "PT Telekomunikasi Indonesia", "ID", "isp", 3),
    ("116.86.0.0/15", 9506, "Singtel Fibre Broadband", "SG", "isp", 3),
    ("126.0.0.0/8", 17676, "SoftBank Corp.", "JP", "isp", 2),
    ("153.128.0.0/10", 4713, "NTT Communications Corporation", "JP", "isp", 2),
    ("175.192.0.0/10", 4766, "Korea Telecom", "KR", "isp", 3),
    ("101.160.0.0/11", 1221, "Telstra Limited", "AU", "isp", 3),
]
RESTRICTED_RANGES = [
    ("113.64.0.0/10", 4134, "CHINANET-BACKBONE", "CN", "isp"),
    ("112.224.0.0/11", 4837, "CHINA UNICOM China169 Backbone", "CN", "isp"),
    ("95.24.0.0/13", 8402, "PJSC Vimpelcom", "RU", "isp"),
]
HOSTING = {  # name: (cidr, asn, org, country)
    "aws_use1": ("3.80.0.0/12", 16509, "Amazon.com, Inc.", "US"),
    "aws_euc1": ("18.184.0.0/15", 16509, "Amazon.com, Inc.", "DE"),
    "aws_apse1": ("52.74.0.0/16", 16509, "Amazon.com, Inc.", "SG"),
    "gcp_us": ("34.64.0.0/10", 396982, "Google LLC", "US"),
    "gcp_eu": ("35.198.0.0/16", 396982, "Google LLC", "DE"),
    "azure_us": ("20.42.0.0/15", 8075, "Microsoft Corporation", "US"),
    "do_us": ("159.89.0.0/16", 14061, "DigitalOcean, LLC", "US"),
    "do_sg": ("128.199.0.0/16", 14061, "DigitalOcean, LLC", "SG"),
    "hetzner": ("95.216.0.0/15", 24940, "Hetzner Online GmbH", "FI"),
    "ovh": ("51.38.0.0/16", 16276, "OVH SAS", "FR"),
}
DC_PROXY = [  # datacenter proxy sellers' blocks (tagged only as hosting)
    ("23.226.128.0/20", 11878, "Tzulo, Inc.", "US"),
    ("104.149.0.0/16", 40676, "Psychz Networks", "US"),
    ("104.223.0.0/17", 8100, "QuadraNet Enterprises LLC", "US"),
    ("185.241.208.0/22", 62240, "Clouvider Limited", "GB"),
    ("23.82.0.0/16", 30633, "Leaseweb USA, Inc.", "US"),
    ("45.134.140.0/22", 203020, "HostRoyale Technologies Pvt Ltd", "NL"),
]
# consumer VPN exits: (cidr, asn, org, country, kind in the intel file)
VPN_EXITS = [
    ("37.120.192.0/24", 9009, "M247 Europe SRL", "GB", "vpn"),
    ("37.120.200.0/24", 9009, "M247 Europe SRL", "DE", "vpn"),
    ("185.156.172.0/24", 9009, "M247 Europe SRL", "NL", "vpn"),
    ("89.238.128.0/24", 9009, "M247 Europe SRL", "GB", "vpn"),
    ("146.70.12.0/24", 9009, "M247 Europe SRL", "US", "vpn"),
    ("84.17.32.0/24", 60068, "Datacamp Limited", "DE", "vpn"),
    ("156.146.32.0/24", 60068, "Datacamp Limited", "US", "vpn"),
    ("212.102.32.0/24", 60068, "Datacamp Limited", "NL", "vpn"),
    ("138.199.36.0/24", 60068, "Datacamp Limited", "JP", "vpn"),
    ("5.180.62.0/24", 136787, "Tefincom S.A.", "US", "hosting"),   # intel gap: not known as VPN
    ("194.35.233.0/24", 136787, "Tefincom S.A.", "GB", "hosting"),
    ("185.201.188.0/24", 136787, "Tefincom S.A.", "CA", "hosting"),
]
EDU = {
    "northfield": ("130.212.0.0/16", 30131, "Northfield State University", "US", "education"),
    "lakehurst": ("129.97.0.0/16", 21814, "Lakehurst Institute of Technology", "CA", "education"),
}
ENTERPRISE = ("194.176.96.0/26", 205774, "Kestrel Logistics GmbH", "DE", "enterprise")


def addr_in(rng, cidr):
    net = ipaddress.ip_network(cidr)
    if net.version == 4:
        if net.num_addresses <= 4:
            return str(net.network_address + rng.randrange(net.num_addresses))
        return str(net.network_address + rng.randrange(1, net.num_addresses - 1))
    # v6: a /64 out of the prefix, then a random interface id
    return str(net.network_address + (rng.getrandbits(min(64, 128 - net.prefixlen - 64)) << 64) + rng.getrandbits(64))


class Net:
    def __init__(self, rng, scale_k):
        self.rng = rng
        self.rows = []
        for r in ISP_RANGES:
            self.rows.append(r[:5])
        self.rows += RESTRICTED_RANGES
        for r in HOSTING.values():
            self.rows.append(r + ("hosting",))
        for r in DC_PROXY:
            self.rows.append(r + ("hosting",))
        self.rows += VPN_EXITS
        self.rows += list(EDU.values())
        self.rows.append(ENTERPRISE)
        self.by_country = {}
        for r in ISP_RANGES:
            self.by_country.setdefault(r[3], []).append(r)
        # the residential proxy provider's exit pool: peers' home connections
        pool_w = {"US": 40, "GB": 10, "DE": 8, "CA": 6, "FR": 5, "JP": 5, "AU": 4, "NL": 4, "SG": 3,
                  "BR": 5, "IN": 5, "KR": 3, "ES": 2}
        n = int(2500 * scale_k)
        self.proxy_pool = {}
        cs, ws = list(pool_w), list(pool_w.values())
        seen = set()
        for _ in range(n):
            c = wchoice(rng, cs, ws)
            r = self.isp_range(c, v4_only=True)
            a = addr_in(rng, r[0])
            if a in seen:
                continue
            seen.add(a)
            self.proxy_pool.setdefault(c, []).append(a)
            if rng.random() < 0.4:  # the intel feed knows ~40% of the exits
                self.rows.append((a, r[1], r[2], c, "residential_proxy"))
        self.proxy_countries = cs
        self.proxy_weights = ws

    def isp_range(self, country, v4_only=False):
        rs = self.by_country[country]
        if v4_only:
            rs = [r for r in rs if ":" not in r[0]]
        return wchoice(self.rng, rs, [r[5] for r in rs])

    def home(self, rng, country):
        rs = self.by_country[country]
        r = wchoice(rng, rs, [r[5] for r in rs])
        return addr_in(rng, r[0]), r[4] == "mobile", r[0]

    def proxy_exit(self, rng, country=None):
        if country is None or country not in self.proxy_pool:
            country = wchoice(rng, self.proxy_countries, self.proxy_weights)
        p = self.proxy_pool[country]
        return p[rng.randrange(len(p))]

    def write(self, path):
        with open(path, "w") as f:
            f.write("cidr,asn,as_org,country,kind\n")
            for cidr, asn, org, c, kind in self.rows:
                org = '"' + org.replace('"', '""') + '"' if "," in org else org
                f.write(f"{cidr},{asn},{org},{c},{kind}\n")


# =========================================================================== clients

FP = {
    "py": "t13d1812h2_e8a523a41297_b6c3a5e8a8e8",
    "node": "t13d1516h2_8daaf6152771_02713d6af862",
    "node22": "t13d1517h2_8daaf6152771_b1ff8ab2d16f",
    "go": "t13d1311h2_f57a46bbacb6_e7c285222651",
    "curl": "t13d3113h2_e8f1e7e78f70_ce5650b735ce",
    "java": "t13d1715h2_5b57614c22b0_93c746dc12af",
    "aiohttp": "t13d1813h2_e8a523a41297_7c3e4b8d1f02",
    "electron": "t13d1516h2_8daaf6152771_d8a2da3f94cd",
    "chrome": "t13d1516h2_8daaf6152771_e5627efa2ab1",
    "swift": "t13d2014h2_a09f3c656075_e42f34c56612",
}
CLIENTS = {
    "py_sdk": (["sable-python/1.8.2", "sable-python/1.9.0", "sable-python/1.9.1", "sable-python/1.10.0"], "py"),
    "py_openai": (["OpenAI/Python 1.54.3", "OpenAI/Python 1.57.0", "OpenAI/Python 1.58.1"], "py"),
    "py_httpx": (["python-httpx/0.27.2", "python-httpx/0.28.1"], "py"),
    "langchain": (["langchain-sable/0.3.4 sable-python/1.9.0", "langchain-sable/0.3.6 sable-python/1.10.0"], "py"),
    "ts_sdk": (["sable-typescript/0.31.0", "sable-typescript/0.32.1"], "node"),
    "go": (["Go-http-client/2.0"], "go"),
    "curl": (["curl/7.81.0", "curl/8.5.0", "curl/8.7.1"], "curl"),
    "java": (["sable-java/0.6.1 okhttp/4.12.0"], "java"),
    "aiohttp": (["Python/3.11 aiohttp/3.9.5", "Python/3.12 aiohttp/3.10.2"], "aiohttp"),
    "agent_cli": (["sable-code/1.4.2 (external, cli)", "sable-code/1.5.0 (external, cli)"], "node22"),
    "cline": (["Cline/3.2.0", "Cline/3.3.1"], "electron"),
    "aider": (["aider/0.70.0 litellm/1.55.3"], "py"),
    "cursor": (["Cursor/0.45.3", "Cursor/0.45.8"], "electron"),
    "typingmind": (["Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 TypingMind/2.3"], "chrome"),
    "chatbox": (["Chatbox/1.9.1 (macOS)", "Chatbox/1.9.1 (Windows)", "Chatbox/1.8.0 (Android)"], "electron"),
    "ios_app": (["PocketChat/4.2 CFNetwork/1498.700.2 Darwin/23.6.0"], "swift"),
}
INDIVIDUAL_CLIENTS = (["py_sdk", "py_openai", "ts_sdk", "langchain", "curl", "typingmind", "chatbox", "ios_app", "java"],
                      [22, 18, 12, 6, 4, 12, 14, 8, 4])


def client(rng, name):
    uas, fp = CLIENTS[name]
    return uas[rng.randrange(len(uas))], FP[fp]


# =========================================================================== accounts and sign-ups

FREEMAIL = (["gmail.com", "outlook.com", "yahoo.com", "hotmail.com", "icloud.com", "proton.me", "gmx.de",
             "web.de", "orange.fr", "yahoo.co.jp", "naver.com", "mail.ru", "qq.com", "aol.com"],
            [40, 14, 7, 6, 7, 4, 2, 2, 2, 2, 2, 0.5, 0.5, 1])
FIRST = ["anna", "ben", "carlos", "dina", "emre", "fatima", "georg", "hana", "ivan", "julia", "kofi", "lucia",
         "marek", "nina", "oscar", "paula", "quinn", "rosa", "sven", "tara", "uma", "victor", "wen", "xavier",
         "yara", "zoe", "li", "jo", "alexander", "katherine", "mohammed", "sebastian"]
LAST = ["smith", "muller", "garcia", "tanaka", "kowalski", "silva", "nguyen", "okafor", "rossi", "dubois",
        "kim", "patel", "johansson", "ivanova", "lopez", "brown", "schmidt", "yilmaz", "chen", "murphy"]


def shape(local):
    return "".join("a" if ch.isalpha() else "9" if ch.isdigit() else ch for ch in local)


def email_local(rng, digits_bias=0.3):
    f, l = T.pick(rng, FIRST), T.pick(rng, LAST)
    k = rng.randrange(9)
    d = str(rng.randint(1, 99)) if rng.random() < digits_bias + 0.2 else ""
    return [f"{f}.{l}", f"{f}{l}{d}", f"{f[0]}{l}", f"{f}_{l}", f"{f}{d}", f"{l}.{f}",
            f"{f}.{l}{d}", f"{f}{rng.randint(1970, 2006)}", f"{f[0]}.{l}{d}"][k]


class Acct:
    __slots__ = ("id", "group", "label", "campaign", "country", "tz", "created", "signup", "ua", "fp",
                 "keys", "home", "mobile", "home_cidr", "adopt_at", "p_new", "p_lite", "n")

    def __init__(self, w, group, label, campaign, country, created):
        self.id = "acct_" + rid(w.idrng, 10)
        while self.id in w.ids:
            self.id = "acct_" + rid(w.idrng, 10)
        w.ids.add(self.id)
        self.group, self.label, self.campaign = group, label, campaign
        self.country = country
        self.tz = w.rng.choice(COUNTRIES[country][0]) if country in COUNTRIES else 0
        self.created = created
        self.signup = {}
        self.keys = ["key_" + rid(w.idrng, 8)]
        self.ua = self.fp = None
        self.home = None
        self.mobile = False
        self.adopt_at = None
        self.p_new = 0.0
        self.p_lite = 0.0
        self.n = 0
        w.accts.append(self)

    def model(self, rng, t):
        if self.adopt_at is not None and t >= self.adopt_at and rng.random() < self.p_new:
            return MODEL_NEW
        return MODEL_LITE if rng.random() < self.p_lite else MODELS_OLD


def signup(a, rng, *, channel="standard", domain=None, local=None, pay=None, country=None,
           verified=False, org=None):
    if domain is None:
        domain = wchoice(rng, *FREEMAIL)
    if local is None:
        local = email_local(rng)
    s = {"account_id": a.id, "created_at": iso(a.created), "email_domain": domain,
         "email_local_shape": shape(local)}
    if org:
        s["org_id"] = org
    if pay is not False:
        s["payment_fingerprint"] = pay or ("pf_" + hexs(rng, 12))
    s["billing_country"] = country if country is not None else a.country
    s["signup_channel"] = channel
    s["verified"] = verified
    a.signup = s


# =========================================================================== events

class Writer:
    """Buckets events by UTC day in temp files, then sorts each day: bounded memory at any scale."""

    def __init__(self, rng):
        self.dir = tempfile.mkdtemp(prefix="outside_mixed_")
        self.files = {}
        self.rng = rng
        self.count = 0

    def put(self, t, ev):
        d = (t - START) // DAY
        f = self.files.get(d)
        if f is None:
            f = self.files[d] = open(os.path.join(self.dir, f"{d + 100:04d}"), "w")
        f.write(f"{t:013d}\t{json.dumps(ev, ensure_ascii=False, separators=(',', ':'))}\n")
        self.count += 1

    def finish(self, path):
        for f in self.files.values():
            f.close()
        with open(path, "w") as out:
            for d in sorted(self.files):
                with open(os.path.join(self.dir, f"{d + 100:04d}")) as f:
                    lines = f.readlines()
                lines.sort()
                for l in lines:
                    out.write(l.split("\t", 1)[1])
        shutil.rmtree(self.dir)


def tok(s):
    return max(1, (len(s) + 3) // 4)


def lognorm(rng, median, sigma):
    return max(1, int(median * math.exp(rng.gauss(0, sigma))))


class World:
    def __init__(self, seed, scale):
        self.seed = seed
        self.scale = scale
        self.k = {"small": 1.0, "medium": 4.4}[scale]
        self.rng = random.Random(f"outside_mixed:{seed}:main")
        self.idrng = random.Random(f"outside_mixed:{seed}:ids")
        self.ids = set()
        self.accts = []
        self.campaigns = {}
        self.net = Net(random.Random(f"outside_mixed:{seed}:net"), self.k)
        self.w = Writer(self.rng)

    def n(self, base):
        return max(1, int(round(base * self.k)))

    def sub(self, name):
        return random.Random(f"outside_mixed:{self.seed}:{name}")

    def camp(self, rng, group, pivot_at=None):
        cid = "camp_" + rid(rng, 6)
        self.campaigns[cid] = {"campaign": cid, "group": group, "accounts": 0, "first": None, "last": None,
                               "successor_of": None, "pivot_at": pivot_at}
        return cid

    # one exchange -------------------------------------------------------
    def emit(self, a, rng, t, ip, kind, model, turns=1, system=None, prompt=None, tools=None,
             max_tokens=None, thinking=None, out_scale=1.0, tool_calls=None, key=None, ua=None, fp=None):
        if t < START or t >= END or t < a.created + 2 * MIN:
            return
        if prompt is None:
            if kind == "chat":
                prompt = T.chat(rng)
            elif kind == "homework":
                prompt = T.homework(rng)
            elif kind == "coding":
                prompt = T.coding(rng)
            elif kind == "reasoning":
                prompt = T.reasoning(rng)
            elif kind == "grading":
                prompt = T.grading(rng)
            elif kind == "rewrite":
                prompt = T.safe_rewrite(rng)
            elif kind == "datagen":
                prompt = T.datagen(rng)
            elif kind == "agentic":
                prompt, tools = T.agentic(rng)
            else:
                raise ValueError(kind)
        med = {"chat": 230, "homework": 380, "coding": 520, "reasoning": 820, "grading": 420, "rewrite": 380,
               "datagen": 1900, "agentic": 260, "app": 140, "bench": 40}[kind]
        out = lognorm(rng, med * out_scale, 0.6)
        inp = tok(prompt) + (tok(system) if system else 0) + (turns - 1) * lognorm(rng, 210, 0.5)
        if tools:
            inp += 90 * len(tools)
        ev = {"request_id": "req_" + hexs(self.rng, 16), "ts": iso(t), "account_id": a.id,
              "api_key_id": key or a.keys[0], "ip": ip, "user_agent": ua or a.ua,
              "client_fingerprint": fp or a.fp, "model": model, "prompt": prompt}
        if system:
            ev["system"] = system
        ev["turns"] = turns
        if tools:
            ev["tools"] = tools
            if tool_calls is None:
                tool_calls = rng.choice([0, 1, 1, 1, 2, 3])
            ev["tool_calls"] = tool_calls
        if max_tokens:
            ev["max_tokens"] = max_tokens
        stop = "end_turn"
        if thinking:
            th = lognorm(rng, thinking, 0.7)
            ev["thinking_tokens"] = th
            out += th
        if max_tokens and out >= max_tokens:
            out = max_tokens
            stop = "max_tokens"
        elif tools and tool_calls:
            stop = "tool_use"
        ev["input_tokens"] = inp
        ev["output_tokens"] = out
        ev["stop_reason"] = stop
        self.w.put(t, ev)
        a.n += 1
        if a.campaign:
            c = self.campaigns[a.campaign]
            c["first"] = t if c["first"] is None else min(c["first"], t)
            c["last"] = t if c["last"] is None else max(c["last"], t)


# =========================================================================== timing

HUMAN_H = [1, .6, .35, .25, .25, .4, .9, 2, 3.2, 4.2, 4.8, 5, 4.6, 4.4, 4.5, 4.5, 4.4, 4.4, 4.6, 5, 5.4, 5, 3.6, 2]
OFFICE_H = [0, 0, 0, 0, 0, 0, .1, .8, 4, 6, 6, 6, 4, 5, 6, 6, 6, 5, 2.5, 1, .6, .4, .2, 0]
NIGHTOWL_H = [4, 4, 3, 2, 1, .5, .2, .2, .5, 1, 2, 3, 3, 3, 3, 3, 3, 3.5, 4, 4.5, 5, 5, 5, 4.5]
HOURS = list(range(24))


def local_day_start(d, tz):
    return START + d * DAY - int(tz * HOUR)


def weekday(d):
    return d % 7  # START is a Monday: 5, 6 are the weekend


def human_sessions(rng, tz, d, n, prof=HUMAN_H, per_session=(2, 7), gap=(25, 0.8)):
    """n request times on local day d, in sessions of a few requests with human gaps."""
    out = []
    if n <= 0:
        return out
    left = n
    while left > 0:
        k = min(left, rng.randint(*per_session))
        left -= k
        h = rng.choices(HOURS, weights=prof, k=1)[0]
        t = local_day_start(d, tz) + h * HOUR + rng.randrange(HOUR)
        for _ in range(k):
            out.append(t)
            t += int(1000 * lognorm(rng, gap[0] * 4, gap[1]))
    return out


def day_rate(rng, base, d, weekend=0.7):
    return base * (weekend if weekday(d) >= 5 else 1.0) * math.exp(rng.gauss(0, 0.35))


# =========================================================================== benign populations

def everyday(w, group, count, ipmode="home"):
    rng = w.sub(group)
    cs, ws = list(COUNTRIES), [v[1] for v in COUNTRIES.values()]
    for _ in range(count):
        c = wchoice(rng, cs, ws)
        created = START - int(rng.uniform(0, 760) * DAY) if rng.random() > 0.06 else START + rng.randrange(DAYS * DAY - DAY)
        a = Acct(w, group, "benign", None, c, created)
        a.ua, a.fp = client(rng, wchoice(rng, *INDIVIDUAL_CLIENTS))
        a.home, a.mobile, _ = w.net.home(rng, c)
        signup(a, rng, channel=wchoice(rng, ["standard", "startup", "research"], [92, 6, 2]),
               verified=rng.random() < 0.3, pay=False if rng.random() < 0.04 else None,
               country=c if rng.random() > 0.05 else wchoice(rng, cs, ws))
        a.adopt_at = RELEASE + int(rng.expovariate(1 / 6) * DAY) if rng.random() < 0.6 else None
        a.p_new = rng.uniform(0.4, 0.95)
        a.p_lite = rng.choice([0, 0, 0, 0.1, 0.3, 0.7])
        # activity: a light majority, a long tail of heavier users
        base = min(40.0, math.exp(rng.gauss(0.0, 1.0)) * 0.9)
        active_from = max(0, (a.created - START) // DAY)
        vpn_sticky = None
        mix = wchoice(rng, [("chat",), ("chat", "coding"), ("chat", "homework"), ("coding",), ("chat", "reasoning")],
                      [55, 15, 12, 8, 10])
        dhcp_day = rng.randrange(DAYS) if rng.random() < 0.08 else None
        for d in range(active_from, DAYS):
            if dhcp_day is not None and d == dhcp_day:
                a.home, a.mobile, _ = w.net.home(rng, c)
            n = poisson(rng, day_rate(rng, base, d))
            turn = 0
            last = -10 ** 15
            for t in human_sessions(rng, a.tz, d, n):
                if t - last > 20 * MIN:
                    turn = 0
                    if ipmode == "vpn":
                        vpn_sticky = vpn_ip(w, rng, c) if rng.random() < 0.85 else a.home
                turn += 1
                last = t
                ip = a.home
                if ipmode == "vpn":
                    ip = vpn_sticky
                elif a.mobile:
                    ip = w.net.home(rng, c)[0] if turn == 1 and rng.random() < 0.5 else a.home
                kind = T.pick(rng, mix)
                turns = 2 * turn - 1 if kind == "chat" else rng.choice([1, 1, 3])
                w.emit(a, rng, t, ip, kind, a.model(rng, t), turns=turns,
                       max_tokens=rng.choice([None, None, 1024, 2048, 4096]),
                       thinking=(600 if rng.random() < 0.05 else None))
        ensure_one(w, a, rng, lambda: a.home)


def vpn_ip(w, rng, country):
    rows = [r for r in VPN_EXITS if r[3] == country] or VPN_EXITS
    r = rows[rng.randrange(len(rows))] if rng.random() < 0.6 else VPN_EXITS[rng.randrange(len(VPN_EXITS))]
    return addr_in(rng, r[0])


def ensure_one(w, a, rng, ipf, kind="chat"):
    """Every account in the truth has at least one event."""
    if a.n == 0:
        d = rng.randrange(max(0, (a.created - START) // DAY), DAYS) if a.created < END - DAY else DAYS - 1
        t = local_day_start(d, a.tz) + rng.choices(HOURS, weights=HUMAN_H, k=1)[0] * HOUR + rng.randrange(HOUR)
        t = min(max(t, max(a.created, START) + 3 * MIN), END - MIN)
        w.emit(a, rng, t, ipf(), kind, a.model(rng, t))


def proxy_customers(w, count):
    """Ordinary paying customers whose egress is the same residential proxy provider."""
    rng = w.sub("proxy_customer")
    cs, ws = list(COUNTRIES), [v[1] for v in COUNTRIES.values()]
    for _ in range(count):
        c = wchoice(rng, ["US", "GB", "DE", "CA", "FR", "NL", "AU", "JP"], [40, 12, 10, 8, 6, 6, 5, 5])
        a = Acct(w, "proxy_customer", "benign", None, c, START - int(rng.uniform(20, 600) * DAY))
        a.ua, a.fp = client(rng, wchoice(rng, ["py_sdk", "ts_sdk", "py_openai", "chatbox", "typingmind"], [3, 2, 2, 2, 1]))
        signup(a, rng, channel=wchoice(rng, ["standard", "startup", "enterprise"], [70, 20, 10]),
               verified=rng.random() < 0.5, domain=(None if rng.random() < 0.6 else f"{T.pick(rng, LAST)}{rng.choice(['media', 'labs', 'digital', 'co'])}.com"))
        a.adopt_at = RELEASE + int(rng.expovariate(1 / 5) * DAY)
        a.p_new = rng.uniform(0.3, 0.9)
        base = math.exp(rng.gauss(0.8, 0.8))
        mix = ["chat", "chat", "coding", "datagen", "homework"]
        for d in range(DAYS):
            sticky = None
            last = -10 ** 15
            turn = 0
            for t in human_sessions(rng, a.tz, d, poisson(rng, day_rate(rng, base, d, 0.4)), prof=OFFICE_H):
                if t - last > 15 * MIN:
                    sticky = w.net.proxy_exit(rng, c)
                    turn = 0
                last = t
                turn += 1
                kind = T.pick(rng, mix)
                w.emit(a, rng, t, sticky, kind, a.model(rng, t), turns=(2 * turn - 1 if kind == "chat" else 1),
                       max_tokens=rng.choice([1024, 2048, 4096, None]))
        ensure_one(w, a, rng, lambda: w.net.proxy_exit(rng, c))


def coding_devs(w, count):
    rng = w.sub("coding_agent_dev")
    for _ in range(count):
        c = wchoice(rng, ["US", "GB", "DE", "IN", "CA", "PL", "BR", "NL", "JP"], [35, 10, 10, 12, 6, 6, 6, 5, 5])
        a = Acct(w, "coding_power_user", "benign", None, c, START - int(rng.uniform(30, 700) * DAY))
        tool = wchoice(rng, ["agent_cli", "cline", "aider", "cursor"], [4, 2, 1, 2])
        a.ua, a.fp = client(rng, tool)
        a.home, a.mobile, _ = w.net.home(rng, c)
        office = addr_in(rng, HOSTING[rng.choice(["aws_use1", "gcp_us", "aws_euc1"])][0]) if rng.random() < 0.3 else None
        signup(a, rng, channel=wchoice(rng, ["standard", "startup"], [7, 3]), verified=rng.random() < 0.5,
               domain=None if rng.random() < 0.5 else f"{T.pick(rng, LAST)}{rng.choice(['soft', 'dev', 'io', 'systems'])}.com")
        a.adopt_at = RELEASE + int(rng.expovariate(1 / 0.8) * DAY)  # devs try the new model quickly
        a.p_new = rng.uniform(0.6, 1.0)
        a.keys.append("key_" + rid(w.idrng, 8))
        runs_per_day = rng.uniform(1.5, 6)
        sysmsg = T.pick(rng, T.SYSTEMS_AGENT[:2])
        tools = T.pick(rng, [T.TOOLSETS[0], T.TOOLSETS[1], T.TOOLSETS[7]])
        for d in range(DAYS):
            if weekday(d) >= 5 and rng.random() < 0.6:
                continue
            for _ in range(poisson(rng, runs_per_day)):
                h = rng.choices(HOURS, weights=OFFICE_H if rng.random() < 0.8 else NIGHTOWL_H, k=1)[0]
                t = local_day_start(d, a.tz) + h * HOUR + rng.randrange(HOUR)
                task, _ = T.agentic(rng)
                steps = min(60, lognorm(rng, 9, 0.7))
                ip = office if office and rng.random() < 0.5 else a.home
                model = a.model(rng, t)
                key = a.keys[rng.randrange(2)]
                for s in range(steps):
                    last = s == steps - 1
                    w.emit(a, rng, t, ip, "agentic", model, turns=1 + 2 * s, system=sysmsg,
                           prompt=task if s == 0 else T.tool_result(rng),
                           tools=tools, tool_calls=(0 if last else rng.randint(1, 3)), key=key,
                           max_tokens=rng.choice([8192, 16384, 32000]),
                           thinking=(1200 if rng.random() < 0.3 else None))
                    t += int(1000 * lognorm(rng, 9, 0.8))
                # plus a few plain coding questions
                if rng.random() < 0.4:
                    w.emit(a, rng, t + rng.randrange(HOUR), a.home, "coding", model, key=key)
        ensure_one(w, a, rng, lambda: a.home, "coding")


def enterprise(w, name, count, nat_ips, org_domain, country, channel, hours=OFFICE_H):
    rng = w.sub("enterprise:" + name)
    org = "org_" + rid(rng, 10)
    pay = "pf_" + hexs(rng, 12)
    created0 = START - int(rng.uniform(60, 400) * DAY)
    ua_client = rng.choice(["py_sdk", "ts_sdk", "java"])
    for i in range(count):
        a = Acct(w, "enterprise", "benign", None, country, created0 + int(rng.expovariate(1 / 40) * DAY) if i else created0)
        a.created = min(a.created, START - DAY)
        a.ua, a.fp = client(rng, ua_client if rng.random() < 0.6 else wchoice(rng, *INDIVIDUAL_CLIENTS))
        local = f"{T.pick(rng, FIRST)}.{T.pick(rng, LAST)}"
        signup(a, rng, channel=channel, domain=org_domain, local=local, pay=pay, country=country,
               verified=True, org=org)
        a.adopt_at = RELEASE + int(rng.uniform(1, 8) * DAY)
        a.p_new = 0.8
        base = math.exp(rng.gauss(1.2, 0.7))
        mix = wchoice(rng, [["chat", "chat", "coding"], ["coding", "coding", "agentic"], ["chat", "grading", "datagen"],
                            ["chat", "reasoning"]], [5, 3, 1, 1])
        for d in range(DAYS):
            if weekday(d) >= 5:
                continue
            turn, last = 0, -10 ** 15
            for t in human_sessions(rng, a.tz, d, poisson(rng, day_rate(rng, base, d)), prof=hours):
                turn = turn + 1 if t - last < 20 * MIN else 1
                last = t
                kind = T.pick(rng, mix)
                w.emit(a, rng, t, T.pick(rng, nat_ips), kind, a.model(rng, t),
                       turns=(2 * turn - 1 if kind == "chat" else 1), max_tokens=rng.choice([2048, 4096, 8192]))
        ensure_one(w, a, rng, lambda: nat_ips[0])


def university(w, count):
    """A class that signs up together on campus, with the same assignments."""
    rng = w.sub("university")
    edu = EDU["northfield"]
    nat = [addr_in(rng, edu[0]) for _ in range(4)]
    sign_day = 1  # Tuesday of week 1, during the lab session
    t0 = local_day_start(sign_day, -5) + 14 * HOUR
    assignments = [
        "CS 2410 assignment {n}: implement Dijkstra's algorithm with a binary heap and explain its running time.",
        "For problem set {n} in STAT 2200: a test has sensitivity 0.9{k} and specificity 0.95. With prevalence 2%, what is P(disease | positive)?",
        "ECON 1010 homework {n}: explain why a price ceiling below equilibrium causes a shortage, with a graph description.",
        "CS 2410 lab {n}: why does my recursive fibonacci take forever for n = 4{k}? How do I memoize it?",
    ]
    for i in range(count):
        a = Acct(w, "university", "benign", None, "US", t0 + int(rng.uniform(0, 100) * MIN))
        a.tz = -5
        a.ua, a.fp = client(rng, wchoice(rng, ["py_sdk", "chatbox", "typingmind", "py_openai"], [5, 2, 2, 2]))
        a.home, a.mobile, _ = w.net.home(rng, "US")
        local = rng.choice([f"{T.pick(rng, FIRST)[0]}{T.pick(rng, LAST)}{rng.randint(1, 99)}",
                            f"{T.pick(rng, FIRST)}.{T.pick(rng, LAST)}"])
        signup(a, rng, channel="education", domain="northfield.edu", local=local,
               pay=False if rng.random() < 0.7 else None, verified=rng.random() < 0.8)
        a.adopt_at = RELEASE + int(rng.uniform(2, 9) * DAY)
        a.p_new = 0.5
        base = math.exp(rng.gauss(0.6, 0.7))
        for d in range(sign_day, DAYS):
            # before deadlines (Thursdays) usage spikes
            boost = 2.5 if weekday(d) in (2, 3) else 1.0
            for t in human_sessions(rng, a.tz, d, poisson(rng, day_rate(rng, base * boost, d)), prof=NIGHTOWL_H):
                on_campus = 8 <= ((t - local_day_start(d, -5)) // HOUR) <= 17 and weekday(d) < 5
                ip = T.pick(rng, nat) if on_campus or rng.random() < 0.2 else a.home
                if rng.random() < 0.4:
                    p = T.pick(rng, assignments).format(n=1 + d // 7, k=rng.randint(0, 9))
                    p = T.wrap(rng, p)
                    w.emit(a, rng, t, ip, "homework", a.model(rng, t), prompt=p)
                else:
                    w.emit(a, rng, t, ip, T.pick(rng, ["homework", "homework", "chat", "coding"]), a.model(rng, t))
        ensure_one(w, a, rng, lambda: nat[0], "homework")


def app_backends(w, count):
    rng = w.sub("app_backend")
    clouds = ["aws_use1", "aws_use1", "gcp_us", "azure_us", "aws_euc1", "do_us"]
    for i in range(count):
        app = T.APPS[i % len(T.APPS)]
        cl = T.pick(rng, clouds)
        c = HOSTING[cl][3]
        a = Acct(w, "app_backend", "benign", None, c, START - int(rng.uniform(40, 500) * DAY))
        a.tz = COUNTRIES.get(c, ([0],))[0][0]
        a.ua, a.fp = client(rng, wchoice(rng, ["py_sdk", "ts_sdk", "go", "java"], [4, 3, 2, 1]))
        ips = [addr_in(rng, HOSTING[cl][0]) for _ in range(rng.randint(2, 6))]
        signup(a, rng, channel=wchoice(rng, ["startup", "standard", "enterprise"], [4, 3, 2]), verified=True,
               domain=app[0].lower().replace(" ", "") + ".com", local=rng.choice(["dev", "platform", "ops", "billing", "api"]))
        if rng.random() < 0.25:
            a.adopt_at, a.p_new = RELEASE + int(rng.uniform(3, 8) * DAY), 1.0
        a.p_lite = rng.choice([0, 0, 0.5, 1.0])
        per_day = math.exp(rng.gauss(math.log(50), 0.6))
        for d in range(DAYS):
            n = poisson(rng, day_rate(rng, per_day, d, 0.8))
            for _ in range(n):
                h = rng.choices(HOURS, weights=HUMAN_H, k=1)[0]
                t = local_day_start(d, a.tz) + h * HOUR + rng.randrange(HOUR)
                w.emit(a, rng, t, T.pick(rng, ips), "app", a.model(rng, t), system=app[1],
                       prompt=T.app_request(rng, app), max_tokens=rng.choice([300, 512, 1024]))
        ensure_one(w, a, rng, lambda: ips[0])


def eval_lab(w):
    """An evaluation company re-running templated benchmark suites, one within hours of a release."""
    rng = w.sub("eval_lab")
    org, pay = "org_" + rid(rng, 10), "pf_" + hexs(rng, 12)
    accts = []
    ips = [addr_in(rng, HOSTING["gcp_us"][0]) for _ in range(3)]
    for i in range(3):
        a = Acct(w, "eval_company", "benign", None, "US", START - int(rng.uniform(100, 400) * DAY))
        a.tz = -8
        a.ua, a.fp = client(rng, "py_httpx")
        signup(a, rng, channel="enterprise", domain="benchmarkly.ai", local=rng.choice(["evals", "runner", "infra"]) + str(i),
               pay=pay, verified=True, org=org)
        accts.append(a)
    runs = [(START + 2 * DAY + 18 * HOUR, MODELS_OLD, ["mcq", "math", "code"]),
            (START + 6 * DAY + 20 * HOUR, MODEL_LITE, ["mcq", "math"]),
            (RELEASE + int(rng.uniform(1.5, 4) * HOUR), MODEL_NEW, ["mcq", "math", "code"]),
            (RELEASE + 2 * DAY + 5 * HOUR, MODEL_NEW, ["math"]),
            (START + 17 * DAY + 19 * HOUR, MODELS_OLD, ["mcq"])]
    sizes = {"mcq": int(700 * w.k), "math": int(500 * w.k), "code": int(160 * w.k)}
    for t0, model, suites in runs:
        t = t0
        for suite in suites:
            a = accts[["mcq", "math", "code"].index(suite)]
            tt = t
            for idx in range(sizes[suite]):
                p = T.bench_item(rng, suite, idx)
                w.emit(a, rng, tt, T.pick(rng, ips), "bench" if suite == "mcq" else ("reasoning" if suite == "math" else "coding"),
                       model, prompt=p, max_tokens=(8 if suite == "mcq" else 2048),
                       out_scale=(0.05 if suite == "mcq" else 0.6), system="You are being evaluated. Follow the answer format exactly.")
                tt += int(rng.uniform(150, 900))  # 8 workers in parallel
            t += 20 * MIN


def research_group(w, count):
    rng = w.sub("research_group")
    org, pay = "org_" + rid(rng, 10), "pf_" + hexs(rng, 12)
    edu = EDU["lakehurst"]
    ips = [addr_in(rng, edu[0]) for _ in range(2)] + [addr_in(rng, HOSTING["aws_use1"][0])]
    fixed = [T.reasoning(rng, explicit=1.0) for _ in range(int(60 * w.k))]  # a fixed problem set, resampled
    for i in range(count):
        a = Acct(w, "research_group", "benign", None, "CA", START - int(rng.uniform(30, 300) * DAY))
        a.tz = -5
        a.ua, a.fp = client(rng, rng.choice(["py_sdk", "py_httpx"]))
        signup(a, rng, channel="research", domain="lakehurst.ca", local=f"{T.pick(rng, FIRST)}.{T.pick(rng, LAST)}",
               pay=pay, verified=True, org=org)
        a.adopt_at, a.p_new = RELEASE + int(rng.uniform(1, 3) * DAY), 0.7
        for d in range(DAYS):
            if rng.random() < 0.45:
                continue
            # a sweep launched in the evening, running through the night
            t = local_day_start(d, a.tz) + rng.randint(17, 23) * HOUR + rng.randrange(HOUR)
            model = a.model(rng, t)
            for j in range(int(rng.uniform(60, 200))):
                p = T.pick(rng, fixed) if rng.random() < 0.7 else T.reasoning(rng, explicit=0.9)
                w.emit(a, rng, t, T.pick(rng, ips), "reasoning", model, prompt=p,
                       max_tokens=rng.choice([16000, 32000]), thinking=rng.choice([None, 2000, 6000]),
                       system="You are participating in a reasoning evaluation. Think carefully.")
                t += int(rng.uniform(2, 25) * 1000)
        ensure_one(w, a, rng, lambda: ips[0], "reasoning")


def reseller_subaccounts(w, name, count, cloud, domain, group, rng, org, pay, hidden_op=None):
    """Genuine end users of a reseller: their traffic arrives from the reseller's backend."""
    gw = [addr_in(rng, HOSTING[cloud][0]) for _ in range(4)]
    ua = f"{name.lower()}-gateway/2.{rng.randint(1, 9)}"
    cs, ws = list(COUNTRIES), [v[1] for v in COUNTRIES.values()]
    out = []
    for _ in range(count):
        c = wchoice(rng, cs, ws)
        a = Acct(w, group, "benign", None, c, START - int(rng.uniform(1, 200) * DAY))
        a.ua, a.fp = ua, FP["go"]
        signup(a, rng, channel="reseller", domain=domain, local="u" + str(rng.randint(10000, 999999)),
               pay=pay, country=c, org=org, verified=False)
        a.adopt_at, a.p_new = RELEASE + int(rng.uniform(0.5, 4) * DAY), 0.7
        base = math.exp(rng.gauss(0.7, 0.9))
        for d in range(DAYS):
            turn, last = 0, -10 ** 15
            for t in human_sessions(rng, a.tz, d, poisson(rng, day_rate(rng, base, d))):
                turn = turn + 1 if t - last < 20 * MIN else 1
                last = t
                kind = wchoice(rng, ["chat", "homework", "coding", "reasoning", "grading"], [60, 12, 15, 10, 3])
                w.emit(a, rng, t, T.pick(rng, gw), kind, a.model(rng, t),
                       turns=(2 * turn - 1 if kind == "chat" else 1), max_tokens=rng.choice([1024, 2048, 4096]))
        ensure_one(w, a, rng, lambda: gw[0])
        out.append(a)
    return gw, ua


# =========================================================================== campaigns

def harvest_kind(rng, mix):
    return wchoice(rng, list(mix), list(mix.values()))


def gradual_created(rng, lo_day, hi_day):
    return START + int(rng.uniform(lo_day, hi_day) * DAY)


def card_groups(rng, count, grouped_share, size):
    """Payment fingerprints: some shared in small groups, most distinct."""
    cards = []
    i = 0
    while i < count:
        if rng.random() < grouped_share:
            k = rng.randint(*size)
            pf = "pf_" + hexs(rng, 12)
            cards += [pf] * k
            i += k
        else:
            cards.append("pf_" + hexs(rng, 12))
            i += 1
    cards = cards[:count]
    rng.shuffle(cards)
    return cards


def slow_drip(w, name, count, ipmode, mix, cover, client_names, countries, created_range, rate=(3, 30),
              fp_override=None):
    """LOW AND SLOW: accounts that each look like a light normal user."""
    rng = w.sub(name)
    cid = w.camp(rng, name)
    cards = card_groups(rng, count, 0.35, (2, 4))
    own_domains = [f"{T.pick(rng, LAST)}{rng.choice(['-mail', 'box', 'post', 'hq'])}.{rng.choice(['com', 'net', 'io'])}" for _ in range(3)]
    cs, ws = list(countries), list(countries.values())
    for i in range(count):
        c = wchoice(rng, cs, ws)
        a = Acct(w, name, "attack", cid, c, gradual_created(rng, *created_range))
        a.ua, a.fp = client(rng, T.pick(rng, client_names))
        if fp_override:
            a.fp = fp_override
        dom = None if rng.random() < 0.85 else T.pick(rng, own_domains)
        signup(a, rng, channel=wchoice(rng, ["standard", "startup", "research"], [82, 14, 4]), domain=dom,
               pay=cards[i], country=c if rng.random() > 0.15 else wchoice(rng, cs, ws),
               verified=rng.random() < 0.08, local=email_local(rng, digits_bias=0.45))
        a.adopt_at, a.p_new = RELEASE + int(rng.expovariate(1 / 3) * DAY), rng.uniform(0.3, 0.8)
        if rng.random() < 0.5:
            a.adopt_at = None
        a.p_lite = 0.05
        per_day = rng.uniform(*rate) * rng.uniform(0.4, 1.0)
        first = max(0, (a.created - START) // DAY + rng.randint(0, 2))
        span = rng.randint(12, 21)
        last_day = min(DAYS, first + span)
        for d in range(first, last_day):
            if rng.random() < 0.2:
                continue  # quiet days
            sticky, last, turn = None, -10 ** 15, 0
            for t in human_sessions(rng, a.tz, d, poisson(rng, day_rate(rng, per_day, d, 0.8)), per_session=(1, 5)):
                if t - last > 15 * MIN:
                    turn = 0
                    sticky = vpn_ip(w, rng, c) if ipmode == "vpn" else w.net.proxy_exit(rng, c)
                last = t
                turn += 1
                if rng.random() < cover:
                    w.emit(a, rng, t, sticky, "chat", a.model(rng, t), turns=2 * turn - 1,
                           max_tokens=rng.choice([None, 1024, 2048, 4096]))
                else:
                    kind = harvest_kind(rng, mix)
                    w.emit(a, rng, t, sticky, kind, a.model(rng, t), turns=rng.choice([1, 1, 1, 3]),
                           max_tokens=rng.choice([4096, 4096, 8192, 8192, 16000]),
                           thinking=(1500 if kind == "reasoning" and rng.random() < 0.35 else None))
        ensure_one(w, a, rng, lambda: w.net.proxy_exit(rng, c), "reasoning")
    return cid


def proxy_hydra(w, count):
    """A hydra cluster behind the shared residential proxy: traffic spread over many accounts,
    exits rotated per request, mixed with cover chat, around the clock."""
    name = "proxy_hydra"
    rng = w.sub(name)
    cid = w.camp(rng, name)
    cards = card_groups(rng, count, 0.8, (4, 8))
    mix = {"agentic": 40, "coding": 35, "reasoning": 15, "datagen": 5, "rewrite": 5}
    for i in range(count):
        c = wchoice(rng, ["US", "GB", "DE", "CA", "SG", "JP", "AU", "NL"], [45, 12, 8, 8, 8, 7, 6, 6])
        batch_day = -14 + (i * 10) // count  # daily batches over ten days
        a = Acct(w, name, "attack", cid, c, START + batch_day * DAY + int(rng.uniform(9, 13) * HOUR))
        a.ua, a.fp = client(rng, "go")
        signup(a, rng, channel=wchoice(rng, ["standard", "startup"], [85, 15]), pay=cards[i],
               verified=False, local=email_local(rng, digits_bias=0.6),
               country=c if rng.random() > 0.1 else "US")
        a.adopt_at, a.p_new = RELEASE + int(rng.uniform(1, 4) * DAY), 0.25
        leaky = rng.random() < 0.05
        per_day = rng.uniform(4, 12)
        sysmsg = T.pick(rng, T.SYSTEMS_AGENT)
        for d in range(rng.randint(0, 3), DAYS - rng.randint(0, 3)):
            for _ in range(poisson(rng, per_day * math.exp(rng.gauss(0, 0.25)))):
                t = START + d * DAY + rng.randrange(DAY)
                ip = w.net.proxy_exit(rng)
                if leaky and rng.random() < 0.03:  # proxy fallback misconfigured: operator's own line
                    ip = addr_in(rng, RESTRICTED_RANGES[0][0])
                if rng.random() < 0.15:
                    w.emit(a, rng, t, ip, "chat", a.model(rng, t), turns=rng.choice([1, 3]))
                    continue
                kind = harvest_kind(rng, mix)
                if kind == "agentic":
                    task, tools = T.agentic(rng)
                    turns = rng.choice([1, 1, 3, 5])
                    if turns > 1 and rng.random() < 0.6:
                        task = T.tool_result(rng)
                    w.emit(a, rng, t, ip, kind, a.model(rng, t), prompt=task, tools=tools, system=sysmsg,
                           turns=turns, max_tokens=rng.choice([8192, 16384]))
                else:
                    w.emit(a, rng, t, ip, kind, a.model(rng, t), max_tokens=rng.choice([8192, 16384]),
                           thinking=(2500 if kind == "reasoning" and rng.random() < 0.5 else None))
        ensure_one(w, a, rng, lambda: w.net.proxy_exit(rng), "coding")
    return cid


def grading_farm(w, count):
    """Rubric grading and 'safe' rewrites through the same proxy provider; startup programme sign-ups."""
    name = "grading_farm"
    rng = w.sub(name)
    cid = w.camp(rng, name)
    cards = card_groups(rng, count, 0.3, (2, 2))
    mix = {"grading": 55, "rewrite": 25, "datagen": 10, "reasoning": 10}
    for i in range(count):
        c = wchoice(rng, ["US", "GB", "CA", "AU"], [60, 20, 10, 10])
        a = Acct(w, name, "attack", cid, c, gradual_created(rng, -16, -1))
        a.ua, a.fp = client(rng, "aiohttp")
        company = f"{T.pick(rng, LAST).capitalize()}{rng.choice(['AI', 'Labs', 'ly', 'Stack', 'Works'])}"
        signup(a, rng, channel="startup", domain=company.lower() + rng.choice([".ai", ".io", ".co"]),
               local=rng.choice(["founder", "hello", "admin", f"{T.pick(rng, FIRST)}"]), pay=cards[i],
               org="org_" + rid(rng, 10), verified=False)
        per_day = rng.uniform(4, 14)
        for d in range(rng.randint(0, 4), DAYS):
            if weekday(d) == 6 and rng.random() < 0.7:
                continue
            # the operator's office hours are UTC+8, whatever the exit country says
            for _ in range(poisson(rng, per_day)):
                t = local_day_start(d, 8) + rng.choices(HOURS, weights=OFFICE_H, k=1)[0] * HOUR + rng.randrange(HOUR)
                sticky_slot = (t // (30 * MIN)) * 1000 + i
                ip = w.net.proxy_exit(random.Random(sticky_slot ^ w.seed), c)
                if rng.random() < 0.1:
                    w.emit(a, rng, t, ip, "chat", MODELS_OLD)
                    continue
                kind = harvest_kind(rng, mix)
                w.emit(a, rng, t, ip, kind, MODELS_OLD, max_tokens=rng.choice([2048, 4096]))
        ensure_one(w, a, rng, lambda: w.net.proxy_exit(rng, c), "grading")
    return cid


def model_pivot(w, count):
    """Chain-of-thought harvesting that moves half of its traffic to the new model within 24 h of release."""
    name = "model_pivot"
    rng = w.sub(name)
    pivot_at = RELEASE + int(rng.uniform(3, 20) * HOUR)
    cid = w.camp(rng, name, pivot_at=iso(pivot_at))
    cards = card_groups(rng, count, 0.7, (3, 6))
    blocks = [r[0] for r in DC_PROXY]
    mix = {"reasoning": 70, "coding": 20, "datagen": 10}
    for i in range(count):
        c = wchoice(rng, ["US", "SG", "GB", "DE"], [60, 20, 10, 10])
        a = Acct(w, name, "attack", cid, c, START - int((25 - 10 * (i % 3)) * DAY) + int(rng.uniform(0, 6) * HOUR))
        a.ua, a.fp = client(rng, "py_openai")
        signup(a, rng, pay=cards[i], verified=False, local=email_local(rng, digits_bias=0.5))
        per_day = rng.uniform(5, 14)
        for d in range(1, DAYS):
            for _ in range(poisson(rng, per_day * math.exp(rng.gauss(0, 0.2)))):
                t = START + d * DAY + rng.randrange(DAY)
                ip = addr_in(rng, T.pick(rng, blocks))
                model = MODEL_NEW if t >= pivot_at and rng.random() < 0.5 else MODELS_OLD
                kind = harvest_kind(rng, mix)
                w.emit(a, rng, t, ip, kind, model, max_tokens=rng.choice([8192, 16000, 32000]),
                       thinking=(3000 if kind == "reasoning" and rng.random() < 0.6 else None))
        ensure_one(w, a, rng, lambda: addr_in(rng, blocks[0]), "reasoning")
    return cid


def resellers(w, host_count, hidden_count, legit_count):
    # a reseller with a distillation operator hiding among its sub-accounts
    rng = w.sub("reseller_tangram")
    org, pay = "org_" + rid(rng, 10), "pf_" + hexs(rng, 12)
    gw, ua = reseller_subaccounts(w, "Tangram", host_count, "do_sg", "tangramai.co", "reseller_host_enduser",
                                  rng, org, pay)
    name = "reseller_hidden_operator"
    cid = w.camp(rng, name)
    mix = {"reasoning": 40, "coding": 30, "grading": 20, "agentic": 10}
    for i in range(hidden_count):
        c = wchoice(rng, list(COUNTRIES), [v[1] for v in COUNTRIES.values()])
        a = Acct(w, name, "attack", cid, c, START - int(rng.uniform(2, 24) * DAY))
        a.ua, a.fp = ua, FP["go"]
        signup(a, rng, channel="reseller", domain="tangramai.co", local="u" + str(rng.randint(10000, 999999)),
               pay=pay, country=c, org=org, verified=False)
        per_day = rng.uniform(6, 18)
        for d in range(rng.randint(0, 5), DAYS):
            for _ in range(poisson(rng, per_day)):
                t = START + d * DAY + int(rng.choices(HOURS, weights=[2] * 8 + [3] * 16, k=1)[0] * HOUR) + rng.randrange(HOUR)
                kind = harvest_kind(rng, mix)
                if rng.random() < 0.2:
                    kind = "chat"
                w.emit(a, rng, t, T.pick(rng, gw), kind, MODELS_OLD if t < RELEASE + DAY or rng.random() < 0.5 else MODEL_NEW,
                       turns=1, max_tokens=rng.choice([4096, 8192]))
        ensure_one(w, a, rng, lambda: gw[0], "reasoning")
    # an entirely legitimate reseller
    rng2 = w.sub("reseller_kiwi")
    reseller_subaccounts(w, "KiwiAssist", legit_count, "aws_euc1", "kiwiassist.eu", "reseller_legit",
                         rng2, "org_" + rid(rng2, 10), "pf_" + hexs(rng2, 12))
    return cid


# =========================================================================== main

def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", required=True)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--scale", choices=["small", "medium"], default="small")
    ap.add_argument("--no-accounts", action="store_true", help="do not write accounts.jsonl")
    args = ap.parse_args()
    os.makedirs(args.out, exist_ok=True)
    w = World(args.seed, args.scale)
    n = w.n

    # benign background and hard negatives
    everyday(w, "everyday_user", n(1200))
    everyday(w, "vpn_user", n(100), ipmode="vpn")
    proxy_customers(w, n(40))
    coding_devs(w, n(25))
    kestrel_nat = [addr_in(w.rng, ENTERPRISE[0]) for _ in range(2)]
    enterprise(w, "kestrel", n(70), kestrel_nat, "kestrel-logistics.de", "DE", "enterprise")
    alder_nat = [addr_in(w.rng, "86.128.0.0/10")]
    enterprise(w, "alder", n(20), alder_nat, "alderfinch.co.uk", "GB", "standard")
    university(w, n(55))
    app_backends(w, n(12))
    eval_lab(w)
    research_group(w, 6)

    # campaigns: three of them share the residential proxy provider with proxy_customer
    slow_drip(w, "slow_drip_reasoning", n(200), "proxy",
              mix={"reasoning": 35, "coding": 25, "agentic": 15, "grading": 15, "datagen": 5, "rewrite": 5},
              cover=0.35, client_names=["py_sdk", "py_openai", "py_httpx"],
              countries={"US": 45, "GB": 12, "DE": 10, "CA": 8, "FR": 5, "NL": 5, "AU": 5, "JP": 5, "SG": 5},
              created_range=(-30, 12), rate=(3, 24))
    slow_drip(w, "slow_drip_vpn", n(100), "vpn",
              mix={"agentic": 45, "rewrite": 20, "coding": 20, "reasoning": 15},
              cover=0.4, client_names=["ts_sdk"],
              countries={"US": 40, "GB": 20, "DE": 20, "CA": 10, "NL": 10},
              created_range=(-20, 10), rate=(3, 20))
    proxy_hydra(w, n(200))
    grading_farm(w, n(70))
    model_pivot(w, n(100))
    resellers(w, n(110), n(40), n(60))

    # ----------------------------------------------------------------- write
    w.w.finish(os.path.join(args.out, "events.jsonl"))
    w.net.write(os.path.join(args.out, "ip_ranges.csv"))
    with open(os.path.join(args.out, "releases.csv"), "w") as f:
        f.write("model,released_at\n")
        for m, t in RELEASES:
            f.write(f"{m},{iso(t)}\n")
    with open(os.path.join(args.out, "policy.toml"), "w") as f:
        f.write("# Operator policy for the outside_mixed data set.\n"
                'restricted_countries = ["CN", "RU", "KP", "IR"]\n'
                'hash_key_id = "outside-mixed"\n'
                f'hash_key = "outside-mixed-test-key-{args.seed:08d}"\n\n'
                "[thresholds]\nreview = 0.5\nthrottle = 0.7\nblock = 0.85\n")
    accts = sorted(w.accts, key=lambda a: a.id)
    if not args.no_accounts:
        with open(os.path.join(args.out, "accounts.jsonl"), "w") as f:
            for a in accts:
                f.write(json.dumps(a.signup, separators=(",", ":")) + "\n")
    elif os.path.exists(os.path.join(args.out, "accounts.jsonl")):
        os.remove(os.path.join(args.out, "accounts.jsonl"))
    with open(os.path.join(args.out, "truth.jsonl"), "w") as f:
        for a in accts:
            f.write(json.dumps({"account_id": a.id, "label": a.label, "group": a.group, "campaign": a.campaign},
                               separators=(",", ":")) + "\n")
            if a.campaign:
                w.campaigns[a.campaign]["accounts"] += 1
    with open(os.path.join(args.out, "campaigns.jsonl"), "w") as f:
        for cid in sorted(w.campaigns):
            c = w.campaigns[cid]
            f.write(json.dumps({"campaign": cid, "group": c["group"], "accounts": c["accounts"],
                                "active_from": iso(c["first"]), "active_until": iso(c["last"]),
                                "successor_of": None, "pivot_at": c["pivot_at"]}, separators=(",", ":")) + "\n")
    # summary on stderr
    groups = {}
    for a in accts:
        g = groups.setdefault((a.label, a.group), [0, 0])
        g[0] += 1
        g[1] += a.n
    print(f"{'label':7} {'group':26} {'accounts':>8} {'events':>8}", file=sys.stderr)
    for (lab, g), (na, ne) in sorted(groups.items()):
        print(f"{lab:7} {g:26} {na:8} {ne:8}", file=sys.stderr)
    print(f"total: {len(accts)} accounts, {w.w.count} events -> {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
