#!/usr/bin/env python3
"""outside_twelve: distillation campaigns that show mainly in WHEN accounts act, against benign crowds
that come online together. Written from the input contract and a threat description only (see README.md).

python3 scripts/outside_twelve/gen.py --seed N --out DIR [--scale small|medium]
Python 3.11 standard library only. Same seed and scale give byte-identical files.
"""
import argparse
import datetime as dt
import json
import math
import os
import random
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import text as T  # noqa: E402

# --------------------------------------------------------------------------- world constants
EPOCH0 = dt.datetime(2026, 3, 2, tzinfo=dt.timezone.utc)  # a Monday
T0 = int(EPOCH0.timestamp() * 1000)
DAYS = 14
MIN = 60_000
HOUR = 3_600_000
DAY = 86_400_000
T_END = T0 + DAYS * DAY
OLD, MAIN, MINI, NEW = "kestrel-1.5", "kestrel-2", "kestrel-2-mini", "kestrel-3"
RELEASE = T0 + 8 * DAY + 16 * HOUR  # Tuesday 2026-03-10 16:00Z

# country: (tz hours, weight in the everyday population)
COUNTRIES = {
    "US": (-5, 20), "GB": (0, 7), "DE": (1, 6), "FR": (1, 5), "IN": (5.5, 10), "BR": (-3, 6), "JP": (9, 4), "KR": (9, 3),
    "PH": (8, 3), "NG": (1, 2), "KE": (3, 1.5), "ID": (7, 3), "MX": (-6, 3), "CA": (-5, 4), "AU": (11, 3), "ES": (1, 3),
    "IT": (1, 3), "PL": (1, 2), "VN": (7, 2), "PK": (5, 1.5), "EG": (2, 1.5), "TR": (3, 2), "AR": (-3, 1.5), "CO": (-5, 1.5),
    "ZA": (2, 1.5), "NL": (1, 2), "SE": (1, 1.5), "UA": (2, 1), "BD": (6, 1), "IE": (0, 1), "VE": (-4, 0.5), "CN": (8, 0), "RU": (3, 0),
}
US_TZ = [(-5, 45), (-6, 30), (-7, 8), (-8, 17)]

# client stacks: name -> (fingerprint, [user agents], is_sdk, default max_tokens or None)
FP = {
    "chrome": "t13d1517h2_8daaf6152771_b0da82dd1658", "firefox": "t13d1715h2_5b57614c22b0_3d5424432f57",
    "safari": "t13d2014h2_a09f3c656075_14788d8d241b", "ios_app": "t13d1312h2_e8f1e7e78f70_6bebaf5329ac",
    "android_app": "t13d1412h2_2cdd2bd6f8a9_c8f6d0b9bb21", "py_sdk": "t13d1812h1_85036bcba153_375ca2c5e164",
    "node_sdk": "t13d1011h1_5c3e0c3e58a4_9f6cf4ad8d5e", "go_sdk": "t13d0911h1_d5e1ab6a1b36_e5f7a26ecc8a",
    "curl": "t13d3112h1_e8f1e7e78f70_ee8c9d2b2da1", "httpx": "t13d1812h1_85036bcba153_375ca2c5e164",
}


def ua(r, stack):
    if stack == "chrome":
        v = r.choice([120, 121, 122, 123])
        os_ = r.choice(["Windows NT 10.0; Win64; x64", "Macintosh; Intel Mac OS X 10_15_7", "X11; Linux x86_64", "Linux; Android 14; SM-A546B"])
        edge = " Edg/%d.0.0.0" % v if r.random() < 0.12 and "Windows" in os_ else ""
        mob = " Mobile" if "Android" in os_ else ""
        return f"Mozilla/5.0 ({os_}) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{v}.0.0.0{mob} Safari/537.36{edge}"
    if stack == "firefox":
        v = r.choice([122, 123, 124])
        return f"Mozilla/5.0 ({r.choice(['Windows NT 10.0; Win64; x64', 'X11; Ubuntu; Linux x86_64', 'Macintosh; Intel Mac OS X 14.3'])}; rv:{v}.0) Gecko/20100101 Firefox/{v}.0"
    if stack == "safari":
        if r.random() < 0.5:
            return f"Mozilla/5.0 (iPhone; CPU iPhone OS 17_{r.randint(2, 4)} like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.{r.randint(2, 4)} Mobile/15E148 Safari/604.1"
        return f"Mozilla/5.0 (Macintosh; Intel Mac OS X 14_{r.randint(2, 4)}) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.{r.randint(2, 4)} Safari/605.1.15"
    if stack == "ios_app":
        return f"Kestrel/2.{r.randint(14, 17)}.{r.randint(0, 3)} (iPhone{r.choice(['14,5', '15,2', '15,4', '16,1', '13,2'])}; iOS 17.{r.randint(2, 4)})"
    if stack == "android_app":
        return f"Kestrel/2.{r.randint(14, 17)}.{r.randint(0, 3)} (Android {r.choice([12, 13, 14])}; {r.choice(['Pixel 8', 'SM-S918B', 'SM-A546B', 'moto g84', 'Redmi Note 12', 'CPH2581', 'Pixel 7a'])})"
    if stack == "py_sdk":
        return f"kestrel-python/0.{r.randint(38, 44)}.{r.randint(0, 4)}"
    if stack == "node_sdk":
        return f"kestrel-node/0.{r.randint(20, 24)}.{r.randint(0, 6)}"
    if stack == "go_sdk":
        return f"kestrel-go/1.{r.randint(2, 5)}.{r.randint(0, 3)}"
    if stack == "curl":
        return f"curl/8.{r.randint(4, 7)}.{r.randint(0, 1)}"
    return f"python-httpx/0.{r.randint(25, 27)}.{r.randint(0, 2)}"


APP_STACKS = {"chrome", "firefox", "safari", "ios_app", "android_app"}


def rfc(ms):
    return dt.datetime.fromtimestamp(ms / 1000, dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.") + f"{ms % 1000:03d}Z"


def lognorm(r, median, sigma):
    return median * math.exp(r.gauss(0, sigma))


# --------------------------------------------------------------------------- network (fixed for every seed)
class Net:
    def __init__(self):
        r = random.Random("outside-twelve-network")
        firsts = [2, 5, 31, 37, 41, 46, 49, 62, 77, 78, 79, 80, 81, 82, 83, 84, 85, 86, 87, 88, 89, 90, 91, 92, 93, 94, 95, 101, 103,
                  105, 106, 109, 110, 111, 112, 113, 114, 115, 116, 117, 118, 119, 120, 121, 122, 123, 124, 125, 131, 134, 137, 138,
                  141, 145, 146, 151, 152, 154, 156, 158, 159, 160, 161, 163, 164, 171, 175, 176, 177, 178, 179, 180, 181, 182, 183,
                  185, 186, 187, 188, 189, 190, 191, 193, 194, 195, 196, 197, 200, 201, 202, 210, 211, 212, 213, 217, 218, 219, 220]
        used = set()

        def slash16():
            while True:
                p = (r.choice(firsts), r.randint(0, 255))
                if p not in used:
                    used.add(p)
                    return p
        self.rows = []
        self.isp, self.mobile, self.mobile6 = {}, {}, {}
        asn = 12000
        isp_a = ["Bright", "Nord", "Sun", "Blue", "Metro", "Star", "Delta", "Coast", "Vale", "Peak", "River", "Oak", "Lumen", "Terra"]
        isp_b = ["Broadband", "Telecom", "Net", "Fibre", "Connect", "Cable", "Online", "Link"]
        mob_b = ["Mobile", "Cellular", "Wireless", "Telecom Mobile"]
        for cc in COUNTRIES:
            for _ in range(2 if cc in ("US", "IN", "BR", "GB", "DE", "NL") else 1):
                a, b = slash16()
                asn += r.randint(3, 400)
                self.isp.setdefault(cc, []).append((a, b))
                self.rows.append((f"{a}.{b}.0.0/16", asn, f"{r.choice(isp_a)}{r.choice(isp_b)} {cc}", cc, "isp"))
            a, b = slash16()
            asn += r.randint(3, 400)
            self.mobile[cc] = (a, b)
            self.rows.append((f"{a}.{b}.0.0/16", asn, f"{r.choice(isp_a)} {r.choice(mob_b)} {cc}", cc, "mobile"))
        for cc, p in (("US", "2600:38"), ("IN", "2409:4a"), ("DE", "2a02:81"), ("BR", "2804:1e"), ("GB", "2a01:4c")):
            h = f"{p}{r.randint(16, 255):02x}"
            asn += 7
            self.mobile6[cc] = h
            self.rows.append((f"{h}::/32", asn, f"{r.choice(isp_a)} {r.choice(mob_b)} {cc} v6", cc, "mobile"))
        # hosting providers: (name, country) -> /16
        self.hosting = []
        for nm, cc in (("Cumulo Cloud", "US"), ("Cumulo Cloud", "DE"), ("Ferrobyte VPS", "NL"), ("Hexa Hosting", "FI"),
                       ("Pinecrest Servers", "US"), ("Lanterna Compute", "SG"), ("Orbitale Datacenter", "FR")):
            a, b = slash16()
            asn += 11
            self.hosting.append((a, b))
            self.rows.append((f"{a}.{b}.0.0/16", asn, nm, cc, "hosting"))
        # consumer VPNs: /24s in several countries
        self.vpn = []
        for nm in ("TunnelFox VPN", "Quietroute"):
            asn += 13
            for cc in ("US", "GB", "DE", "NL", "SE", "CA", "FR", "JP", "SG", "CH"):
                a, b = slash16()
                c = r.randint(0, 255)
                self.vpn.append((a, b, c, cc))
                self.rows.append((f"{a}.{b}.{c}.0/24", asn, nm, cc, "vpn"))
        # university campus (NL) and its NAT egress pool
        a, b = slash16()
        self.campus = (a, b)
        self.rows.append((f"{a}.{b}.0.0/16", 1103, "Rijnmond University of Technology", "NL", "education"))
        self.campus_nat = [f"{a}.{b}.{r.randint(200, 203)}.{r.randint(1, 254)}" for _ in range(36)]
        # enterprise offices (/24 for the payments company, /28s for developer companies)
        self.offices = []
        for i in range(12):
            a, b = slash16()
            c = r.randint(0, 255)
            d = r.randint(0, 15) * 16
            cc = r.choice(["US", "GB", "DE", "IN", "NL", "FR", "CA", "IE"])
            asn += 17
            self.offices.append((f"{a}.{b}.{c}.{d}", cc))
            self.rows.append((f"{a}.{b}.{c}.{d}/28", asn, f"{r.choice(isp_a)}{r.choice(['works', 'soft', 'labs', 'data', 'ware'])} Ltd", cc, "enterprise"))
        a, b = slash16()
        c = r.randint(0, 250)
        self.qf_office = f"{a}.{b}.{c}"
        self.rows.append((f"{a}.{b}.{c}.0/24", 64911, "Quillfeather Payments", "US", "enterprise"))
        self.qf_vpn = f"{a}.{b}.{c + 1}"
        self.rows.append((f"{a}.{b}.{c + 1}.0/26", 64911, "Quillfeather Payments", "US", "enterprise"))
        # residential proxy exits: inside home ISP ranges; about a quarter are known (/32 rows)
        self.resi = {}
        for cc in ("US", "GB", "CA", "DE", "FR", "AU", "NL", "ES", "IT", "BR", "MX", "PL", "SE", "JP"):
            ex = []
            for _ in range(260):
                a, b = r.choice(self.isp[cc])
                ip = f"{a}.{b}.{r.randint(0, 255)}.{r.randint(1, 254)}"
                ex.append(ip)
                if r.random() < 0.25:
                    self.rows.append((f"{ip}/32", 0, "Meshtide Proxy Network", cc, "residential_proxy"))
            self.resi[cc] = ex
        # ASN of resi rows: keep the ISP's ASN (look it up)
        isp_asn = {}
        for c, asn_, org, cc, kind in self.rows:
            if kind == "isp":
                isp_asn[c.split(".0.0/")[0]] = (asn_, org)
        fixed = []
        for row in self.rows:
            if row[4] == "residential_proxy":
                ip = row[0][:-3]
                pre = ".".join(ip.split(".")[:2])
                fixed.append((row[0], isp_asn[pre][0], "Meshtide Proxy Network", row[3], row[4]))
            else:
                fixed.append(row)
        self.rows = fixed

    def home(self, r, cc):
        a, b = r.choice(self.isp[cc])
        return f"{a}.{b}.{r.randint(0, 255)}.{r.randint(1, 254)}"

    def mob(self, r, cc):
        if cc in self.mobile6 and r.random() < 0.35:
            return f"{self.mobile6[cc]}:{r.getrandbits(16):x}:{r.getrandbits(16):x}:{r.getrandbits(16):x}::{r.getrandbits(12):x}"
        a, b = self.mobile[cc]
        # carrier-grade NAT: a limited pool per /16
        return f"{a}.{b}.{r.randint(0, 63)}.{r.randint(1, 254)}"

    def host(self, r):
        a, b = r.choice(self.hosting)
        return f"{a}.{b}.{r.randint(0, 255)}.{r.randint(1, 254)}"

    def vpn_ip(self, r, cc=None):
        opts = [v for v in self.vpn if v[3] == cc] or self.vpn
        a, b, c, _ = r.choice(opts)
        return f"{a}.{b}.{c}.{r.randint(1, 254)}"


# --------------------------------------------------------------------------- accounts
class Acct:
    __slots__ = ("id", "label", "group", "campaign", "hard", "rec", "created", "cc", "tz", "n", "stacks", "home", "key", "rollout", "uas")

    def __init__(self, w, label, group, campaign, hard, cc, created, tz=None):
        self.id = w.new_id("acct_", 10)
        self.label, self.group, self.campaign, self.hard = label, group, campaign, hard
        self.cc = cc
        self.tz = tz if tz is not None else w.tz_of(cc)
        self.created = created
        self.n = 0
        self.rec = {"account_id": self.id, "created_at": rfc(created)}
        self.stacks = []
        self.uas = {}
        self.home = None
        self.key = None
        self.rollout = None

    def ua(self, w, stack):
        if stack not in self.uas:
            self.uas[stack] = ua(w.r, stack)
        return self.uas[stack]


FREEMAIL = [("gmail.com", 50), ("outlook.com", 14), ("yahoo.com", 9), ("hotmail.com", 6), ("icloud.com", 7), ("proton.me", 4), ("gmx.de", 2), ("mail.ru", 0.3), ("yandex.com", 0.3), ("qq.com", 0.3)]


def wchoice(r, pairs):
    x = r.random() * sum(w for _, w in pairs)
    for v, w in pairs:
        x -= w
        if x <= 0:
            return v
    return pairs[-1][0]


def local_part(r, style=None):
    f, l = T.pick(r, T.FIRST).lower(), T.pick(r, T.LAST).lower()
    k = style if style is not None else r.randrange(8)
    if k == 0:
        return f"{f}.{l}"
    if k == 1:
        return f"{f}{l}{r.randint(1, 99)}"
    if k == 2:
        return f"{f[0]}{l}"
    if k == 3:
        return f"{f}{r.randint(1960, 2006)}"
    if k == 4:
        return f"{f}_{l}"
    if k == 5:
        return f"{l}.{f[0]}{r.randint(1, 9)}"
    if k == 6:
        return f"{T.pick(r, ['sunny', 'dark', 'happy', 'lazy', 'wild', 'blue', 'mr', 'its'])}{T.pick(r, ['fox', 'panda', 'coder', 'cat', 'rider', 'owl'])}{r.randint(1, 999)}"
    return f"{f}.{l}{r.randint(1, 9)}"


def shape(s):
    return "".join("a" if c.isalpha() else "9" if c.isdigit() else c for c in s)


class World:
    def __init__(self, seed, scale):
        self.seed = seed
        self.scale = scale
        self.k = 1 if scale == "small" else 4
        self.r = random.Random(f"o12-{seed}")
        self.net = Net()
        self.ids = set()
        self.accts = []
        self.events = []  # (ts, request_id, line)
        self.gcount = {}
        self.gprompts = {}
        self.camp = {}  # campaign -> dict(group, from, until, pivot)
        self.dropped = 0

    # ----- helpers
    def new_id(self, pre, n):
        alpha = "abcdefghijklmnopqrstuvwxyz0123456789"
        while True:
            s = pre + "".join(self.r.choice(alpha) for _ in range(n))
            if s not in self.ids:
                self.ids.add(s)
                return s

    def tz_of(self, cc):
        if cc == "US":
            return wchoice(self.r, US_TZ)
        if cc == "CA":
            return self.r.choice([-5, -5, -6, -8])
        if cc == "AU":
            return self.r.choice([11, 11, 10.5, 8])
        if cc == "BR":
            return -3
        return COUNTRIES[cc][0]

    def rng(self, name):
        return random.Random(f"o12-{self.seed}-{name}")

    def account(self, label, group, campaign, hard, cc, created, email=None, pay=True, channel="standard", verified=None, org=None, tz=None, shared_pay=None):
        r = self.r
        a = Acct(self, label, group, campaign, hard, cc, created, tz)
        if org:
            a.rec["org_id"] = org
        dom, lp = email if email else (wchoice(r, FREEMAIL), local_part(r))
        a.rec["email_domain"] = dom
        a.rec["email_local_shape"] = shape(lp)
        if shared_pay:
            a.rec["payment_fingerprint"] = shared_pay
        elif pay:
            a.rec["payment_fingerprint"] = "pf_" + format(r.getrandbits(48), "012x")
        a.rec["billing_country"] = cc
        a.rec["signup_channel"] = channel
        a.rec["verified"] = bool(verified) if verified is not None else r.random() < 0.35
        self.accts.append(a)
        return a

    def aged(self, r, lo_days, hi_days):
        """creation time lo..hi days before the window, at a random second."""
        return T0 - int(r.uniform(lo_days, hi_days) * DAY) - r.randrange(DAY)

    def app_model(self, a, ts, r):
        """model the consumer app sends: staged rollout of the new model."""
        if a.rollout is None:
            a.rollout = RELEASE + int(r.uniform(0.8, 4.0) * DAY)
        if ts >= a.rollout and r.random() < 0.93:
            return NEW
        return MINI if r.random() < 0.06 else MAIN

    def emit(self, a, ts, prompt, kind, ip, stack, model, system=None, turns=1, tools=None, max_tokens=None,
             think=0, hist=0, has_image=False, r=None, out_median=None):
        """Write one event; returns the seconds the answer took to stream (0 if dropped)."""
        r = r or self.r
        ts = int(ts)
        if ts < T0 or ts >= T_END or ts < a.created + 60_000:
            self.dropped += 1
            return 0
        med = out_median or {"chat": 260, "coding": 750, "cot": 1100, "reasoning": 700, "rewrite": 520, "grading": 650,
                             "agentic": 180, "datagen": 2600, "incident": 1300}.get(kind, 300)
        out = max(8, int(lognorm(r, med, 0.55)))
        th = int(lognorm(r, think, 0.5)) if think else 0
        cap = max_tokens if max_tokens else 8192
        stop = "end_turn"
        if out + th > cap:
            if th >= cap:
                th = int(cap * 0.7)
            out = cap - th
            stop = "max_tokens"
        tc = 0
        if tools:
            if r.random() < 0.8 and stop != "max_tokens":
                tc = r.randint(1, 3)
                stop = "tool_use"
        inp = int((len(prompt) + len(system or "")) / 3.7) + 4 + hist + 90 * len(tools or ())
        e = {"request_id": "req_" + format(r.getrandbits(64), "016x"), "ts": rfc(ts), "account_id": a.id}
        if a.key and stack not in APP_STACKS:
            e["api_key_id"] = a.key
        e["ip"] = ip
        e["user_agent"] = a.ua(self, stack)
        e["client_fingerprint"] = FP[stack]
        e["model"] = model
        e["prompt"] = prompt
        if system:
            e["system"] = system
        e["turns"] = turns
        if tools:
            e["tools"] = list(tools)
            e["tool_calls"] = tc
        if has_image:
            e["has_image"] = True
        e["max_tokens"] = cap if max_tokens or stack in APP_STACKS else None
        if e["max_tokens"] is None:
            del e["max_tokens"]
        e["input_tokens"] = inp
        e["output_tokens"] = out + th
        if th:
            e["thinking_tokens"] = th
        e["stop_reason"] = stop
        self.events.append((ts, e["request_id"], json.dumps(e, ensure_ascii=False)))
        a.n += 1
        self.gcount[a.group] = self.gcount.get(a.group, 0) + 1
        self.gprompts.setdefault(a.group, set()).add(prompt)
        if a.campaign:
            c = self.camp[a.campaign]
            c["from"] = min(c["from"], ts)
            c["until"] = max(c["until"], ts)
        return 0.6 + (out + th) / 75.0

    def chat_session(self, a, t, r, stack, ip, n, gen=None, think_p=0.12, image_p=0.04):
        """An ordinary consumer conversation of n prompts starting at t (ms)."""
        hist = 0
        for i in range(n):
            if i == 0:
                p = gen(r) if gen else T.everyday(r)
                kind = "chat"
            else:
                p, kind = T.followup(r), "chat"
            model = self.app_model(a, t, r) if stack in APP_STACKS else (NEW if t > RELEASE + 2 * DAY and r.random() < 0.5 else MAIN)
            d = self.emit(a, t, p, kind, ip, stack, model, turns=2 * i + 1, hist=hist,
                          think=(600 if r.random() < think_p else 0), has_image=(i == 0 and r.random() < image_p), r=r,
                          max_tokens=(8192 if stack in APP_STACKS else r.choice([1024, 2048, 4096])))
            hist += 40 + int(d * 75)
            t += int((d + lognorm(r, 35, 0.8)) * 1000)
        return t

    def diurnal_start(self, r, a, day, weekend):
        """a session start in the account's local day, ms UTC."""
        h = wchoice(r, [(lambda: r.uniform(7, 9.5), 2), (lambda: r.uniform(9.5, 12.5), 2 if not weekend else 3),
                        (lambda: r.uniform(12.5, 14), 2), (lambda: r.uniform(14, 18), 2.5), (lambda: r.uniform(18, 23.5), 4),
                        (lambda: r.uniform(23.5, 26.5), 0.7)])()
        return T0 + day * DAY + int((h - a.tz) * HOUR) + r.randrange(60_000)

    def ordinary_life(self, a, r, rate, stacks, ip_fn):
        """diurnal everyday sessions at `rate` sessions a day"""
        for day in range(-1, DAYS + 1):
            wd = (day % 7) >= 5
            n = poisson(r, rate * (1.2 if wd else 1.0))
            for _ in range(n):
                t = self.diurnal_start(r, a, day, wd)
                st = r.choice(stacks)
                self.chat_session(a, t, r, st, ip_fn(st), geometric(r, 0.45, 8))

    def ipf(self, a, r):
        """ip function for a consumer: home broadband for browsers, mobile for the app (sometimes home wifi)."""
        def f(st):
            if st in ("ios_app", "android_app") and r.random() < 0.55:
                return self.net.mob(r, a.cc)
            if r.random() < 0.05:
                return self.net.vpn_ip(r)
            return a.home
        return f

    # =========================================================================== attack groups
    def task_relay(self):
        r = self.rng("relay")
        camp = "relay-1"
        self.camp[camp] = {"group": "task_relay", "from": T_END, "until": T0, "pivot": None}
        ccs = [("PH", 14), ("IN", 14), ("KE", 10), ("NG", 10), ("PK", 7), ("BD", 6), ("VE", 6), ("ID", 6), ("VN", 5), ("EG", 5),
               ("UA", 4), ("BR", 5), ("CO", 4), ("MX", 3), ("ZA", 3), ("US", 3), ("GB", 2), ("TR", 3)]
        workers = []
        for i in range(200 * self.k):
            cc = wchoice(r, ccs)
            a = self.account("attack", "task_relay", camp, False, cc, self.aged(r, 120, 1100), verified=r.random() < 0.5)
            a.home = self.net.home(r, cc)
            a.stacks = r.sample(["chrome", "chrome", "firefox", "safari", "android_app", "ios_app", "android_app"], r.randint(1, 2))
            wake = r.uniform(5.5, 9.5)
            sleep = r.uniform(22, 25.5)
            avail = min(0.9, lognorm(r, 0.35, 0.5))
            appetite = max(1, int(lognorm(r, 4, 0.7)))  # tasks per batch it wants
            workers.append((a, wake, sleep, avail, appetite))
            self.ordinary_life(a, r, lognorm(r, 0.4, 0.6), a.stacks, self.ipf(a, r))
        # platform batches: irregular times, several a day
        t = T0 + int(r.uniform(1, 5) * HOUR)
        switch = RELEASE + int(r.uniform(14, 26) * HOUR)  # tasks start naming the new model
        self.camp[camp]["pivot"] = switch
        mix = [("cot", 35), ("coding", 25), ("grading", 14), ("rewrite", 16), ("datagen", 5), ("agentic", 5)]
        while t < T_END:
            size = int(r.uniform(60, 230) * self.k)
            cands = []
            for (a, wake, sleep, avail, appetite) in workers:
                lh = ((t - T0) / HOUR + a.tz) % 24
                awake = wake <= lh <= sleep or (sleep > 24 and lh <= sleep - 24)
                if not awake or r.random() > avail:
                    continue
                delay = min(25.0, max(0.4, lognorm(r, 3.2, 0.6)))  # minutes after release
                cands.append((t + int(delay * MIN) + r.randrange(30_000), a, appetite))
            cands.sort(key=lambda x: x[0])
            left = size
            for start, a, appetite in cands:
                if left <= 0:
                    break
                k = min(left, max(1, int(appetite * r.uniform(0.5, 1.6))))
                left -= k
                st = r.choice(a.stacks)
                ip = self.net.mob(r, a.cc) if st.endswith("_app") and r.random() < 0.6 else a.home
                tt = start
                for j in range(k):
                    kind, p, _ = T.harvest(r, mix)
                    if r.random() < 0.08:
                        p = r.choice(["please answer fully: ", "Answer in detail. ", "", "pls full answer\n"]) + p
                    model = NEW if (tt > switch and r.random() < 0.9) else (self.app_model(a, tt, r) if st in APP_STACKS else MAIN)
                    d = self.emit(a, tt, p, kind, ip, st, model, turns=1, think=(1500 if kind == "cot" and r.random() < 0.5 else 0),
                                  max_tokens=8192, r=r)
                    tt += int((d + r.uniform(25, 70) + r.uniform(10, 45)) * 1000)  # copy back, submit, paste next
            gap = r.choice([lognorm(r, 3.5, 0.5), lognorm(r, 2.2, 0.4), lognorm(r, 6, 0.3)])
            t += int(max(0.7, gap) * HOUR) + r.randrange(HOUR // 2)

    def shift_farm(self):
        r = self.rng("shift")
        camp = "shift-1"
        self.camp[camp] = {"group": "shift_farm", "from": T_END, "until": T0, "pivot": None}
        sizes = [22, 27, 19, 30, 22]
        op_tz = 3  # operators work in UTC+3
        nominal = [8.5, 13, 17.5, 21, 10.5]
        bill = [("US", 30), ("GB", 12), ("CA", 10), ("DE", 10), ("FR", 6), ("AU", 6), ("NL", 5), ("ES", 5), ("IT", 4), ("PL", 4), ("SE", 3), ("MX", 3), ("BR", 2)]
        mix = [("cot", 30), ("coding", 25), ("rewrite", 15), ("grading", 12), ("agentic", 10), ("datagen", 8)]
        pivot = None
        for oi, sz in enumerate(sizes):
            accts = []
            for i in range(sz * self.k):
                cc = wchoice(r, bill)
                a = self.account("attack", "shift_farm", camp, False, cc, self.aged(r, 15, 140),
                                 channel=r.choice(["standard", "standard", "standard", "startup"]), verified=r.random() < 0.3)
                a.stacks = [r.choice(["chrome", "chrome", "firefox", "safari", "py_sdk", "node_sdk", "httpx"])]
                if a.stacks[0] not in APP_STACKS:
                    a.key = self.new_id("key_", 8)
                accts.append(a)
            days_on = [d for d in range(DAYS) if r.random() < 0.82]
            for day in days_on:
                start = T0 + day * DAY + int((nominal[oi] + r.uniform(-2.5, 2.5) - op_tz) * HOUR)
                length = r.uniform(4.5, 8.5) * HOUR
                end = start + int(length)
                brk = start + int(length * r.uniform(0.35, 0.65))
                brk_len = int(r.uniform(15, 45) * MIN)
                new_share = 0.55 if start > RELEASE + 6 * HOUR else 0.0
                if new_share and pivot is None:
                    pivot = start
                for a in accts:
                    st = a.stacks[0]
                    ip = r.choice(self.net.resi[a.cc]) if a.cc in self.net.resi else r.choice(self.net.resi["US"])
                    t = start + int(r.uniform(0, 150) * 1000)
                    stop = end - int(r.uniform(0, 150) * 1000)
                    hist = 0
                    turn = 1
                    while t < stop:
                        if brk <= t < brk + brk_len:
                            t = brk + brk_len + int(r.uniform(0, 120) * 1000)
                            continue
                        if r.random() < 0.05:
                            ip = r.choice(self.net.resi.get(a.cc, self.net.resi["US"]))
                        if r.random() < 0.25:
                            p, kind, tools = T.everyday(r), "chat", None
                            turn, hist = 1, 0
                        elif turn > 1 and r.random() < 0.3:
                            p, kind, tools = r.choice(["continue", "Go deeper on step 3.", "Now give a second, independent solution.", "Explain that again more rigorously.", "Write the full code, no placeholders."]), "cot", None
                        else:
                            kind, p, tools = T.harvest(r, mix)
                            turn, hist = 1, 0
                        model = NEW if r.random() < new_share else MAIN
                        mt = 8192 if st in APP_STACKS else r.choice([8000, 16000, 16000, 32000])
                        d = self.emit(a, t, p, kind, ip, st, model, turns=turn, hist=hist, tools=tools, max_tokens=mt,
                                      think=(2000 if kind == "cot" and r.random() < 0.6 else 0), r=r,
                                      system=(T.harvest_system(r) if st not in APP_STACKS and r.random() < 0.5 else None))
                        hist += int(d * 75) + 60
                        turn += 2
                        t += int((d + lognorm(r, 400, 0.7)) * 1000)
        self.camp[camp]["pivot"] = pivot

    def jittered_scheduler(self):
        r = self.rng("sched")
        camp = "sched-1"
        self.camp[camp] = {"group": "jittered_scheduler", "from": T_END, "until": T0, "pivot": None}
        accts = []
        bill = [("US", 25), ("GB", 8), ("DE", 8), ("CA", 6), ("FR", 5), ("NL", 4), ("IN", 5), ("BR", 4), ("JP", 3), ("AU", 4), ("ES", 3), ("PL", 3), ("TR", 2), ("MX", 2)]
        for i in range(150 * self.k):
            cc = wchoice(r, bill)
            dom = wchoice(r, FREEMAIL[:6] + [(f"{T.pick(r, ['quanta', 'vectorly', 'deepharbor', 'mintlabs', 'corvid', 'tessel', 'brightpath', 'arclight'])}{r.randint(1, 99)}.{r.choice(['io', 'ai', 'dev', 'co'])}", 10)])
            a = self.account("attack", "jittered_scheduler", camp, False, cc, self.aged(r, 10, 180),
                             email=(dom, local_part(r)), channel=r.choice(["standard", "standard", "startup", "research"]), verified=r.random() < 0.25)
            a.stacks = [r.choice(["py_sdk", "py_sdk", "node_sdk", "httpx", "go_sdk", "curl"])]
            a.key = self.new_id("key_", 8)
            kind = r.random()
            if kind < 0.4:
                pool = self.net.resi.get(cc, self.net.resi["US"])
                a.home = ("resi", pool)
            elif kind < 0.7:
                a.home = ("host", self.net.host(r))
            else:
                a.home = ("vpn", self.net.vpn_ip(r, cc))
            accts.append(a)
        mix = [("cot", 38), ("coding", 24), ("agentic", 14), ("grading", 12), ("rewrite", 12)]
        pivot_at = RELEASE + int(r.uniform(2, 6) * HOUR)
        self.camp[camp]["pivot"] = pivot_at
        for day in range(DAYS):
            if r.random() > 0.86:
                continue
            nw = r.randint(3, 6)
            times = sorted(r.uniform(0, 24) for _ in range(nw))
            for h in times:
                wt = T0 + day * DAY + int(h * HOUR)
                spread = r.uniform(3, 12) * MIN
                part = r.sample(accts, int(len(accts) * r.uniform(0.35, 0.75)))
                for a in part:
                    t = wt + int(r.triangular(0, spread, spread * 0.4))
                    kindh, v = a.home
                    ip = r.choice(v) if kindh == "resi" else v
                    st = a.stacks[0]
                    sysp = T.harvest_system(r) if r.random() < 0.6 else None
                    for j in range(r.randint(2, 6)):
                        kind, p, tools = T.harvest(r, mix)
                        model = NEW if (t > pivot_at and r.random() < 0.6) else MAIN
                        d = self.emit(a, t, p, kind, ip, st, model, system=sysp, tools=tools, turns=1,
                                      max_tokens=r.choice([16000, 32000, 32000, 64000]),
                                      think=(3500 if kind in ("cot", "coding") and r.random() < 0.7 else 0), r=r)
                        t += int((d + r.uniform(2, 25)) * 1000)

    # =========================================================================== hard negatives
    def lecture_course(self):
        r = self.rng("lecture")
        # (course, weekday, local hour) — university in NL (UTC+1)
        sched = [("prog", 0, 10.0), ("prog", 2, 14.0), ("prog", 3, 16.5), ("la", 1, 9.0), ("la", 3, 11.0), ("la", 4, 13.25)]
        students = []
        for i in range(250 * self.k):
            courses = r.choice([["prog"], ["prog"], ["la"], ["la"], ["prog", "la"]])
            edu = r.random() < 0.78
            if edu:
                lp = r.choice([f"s{r.randint(1000000, 2999999)}", local_part(r, 0), f"{T.pick(r, T.FIRST)[0].lower()}.{T.pick(r, T.LAST).lower()}"])
                email = ("student.rijnmond-tu.nl", lp)
            else:
                email = None
            created = int(dt.datetime(2026, 2, 2, tzinfo=dt.timezone.utc).timestamp() * 1000) + int(r.uniform(-3, 21) * DAY) if r.random() < 0.7 else self.aged(r, 40, 700)
            cc = "NL" if r.random() < 0.85 else r.choice(["DE", "IN", "IT", "ES", "PL", "TR", "FR"])
            a = self.account("benign", "lecture_course", None, True, cc, created, email=email, pay=(not edu or r.random() < 0.3),
                             channel="education" if edu else "standard", verified=edu or r.random() < 0.3, tz=1)
            a.home = self.net.home(r, "NL")
            a.stacks = r.sample(["chrome", "firefox", "safari", "ios_app", "android_app", "chrome"], 2)
            if "prog" in courses and r.random() < 0.2:
                a.stacks.append("py_sdk")
                a.key = self.new_id("key_", 8)
            nat = r.choice(self.net.campus_nat)
            students.append((a, courses, r.uniform(0.4, 0.92), r.uniform(0.35, 0.85), nat))
        for week in range(2):
            for course, wd, hr in sched:
                start = T0 + (week * 7 + wd) * DAY + int((hr - 1) * HOUR)
                for (a, courses, attend, ask, nat) in students:
                    if course not in courses or r.random() > attend or r.random() > ask:
                        continue
                    on_campus = r.random() < 0.75
                    st = r.choice(a.stacks)
                    ip = (nat if r.random() < 0.8 else r.choice(self.net.campus_nat)) if on_campus else (self.net.mob(r, "NL") if st.endswith("_app") else a.home)
                    t = start + int(min(40, max(0.5, lognorm(r, 6, 0.7))) * MIN) + r.randrange(60_000)
                    hist = 0
                    for j in range(r.randint(1, 4)):
                        kind, p = T.lecture_q(r, course, week, sched.index((course, wd, hr)))
                        model = self.app_model(a, t, r) if st in APP_STACKS else MAIN
                        d = self.emit(a, t, p if j == 0 or r.random() < 0.6 else T.followup(r), kind, ip, st, model,
                                      turns=2 * j + 1, hist=hist, think=(800 if kind == "reasoning" and r.random() < 0.4 else 0), r=r,
                                      max_tokens=None if st == "py_sdk" and r.random() < 0.5 else (8192 if st in APP_STACKS else 4096))
                        hist += int(d * 75) + 50
                        t += int((d + lognorm(r, 150, 0.8)) * 1000)
        # homework in the evenings and a programming deadline (Fri 23:59 week 2)
        deadline = T0 + 11 * DAY + int((23.98 - 1) * HOUR)
        for (a, courses, attend, ask, nat) in students:
            for day in range(DAYS):
                n = poisson(r, 0.25 + (1.2 if "prog" in courses and day in (10, 11) else 0))
                for _ in range(n):
                    t = T0 + day * DAY + int((r.uniform(17, 25.5) - 1) * HOUR)
                    if day == 11 and t > deadline:
                        t = deadline - int(r.uniform(0.1, 5) * HOUR)
                    st = r.choice(a.stacks)
                    c = r.choice(courses)
                    hist = 0
                    for j in range(r.randint(1, 5)):
                        kind, p = T.lecture_q(r, c, 1, r.randrange(3))
                        d = self.emit(a, t, p, kind, self.net.mob(r, "NL") if st.endswith("_app") and r.random() < 0.4 else a.home, st,
                                      self.app_model(a, t, r) if st in APP_STACKS else MAIN, turns=2 * j + 1, hist=hist, r=r,
                                      max_tokens=(8192 if st in APP_STACKS else 4096))
                        hist += int(d * 75)
                        t += int((d + lognorm(r, 120, 0.8)) * 1000)
            self.ordinary_life(a, r, 0.15, [s for s in a.stacks if s != "py_sdk"], self.ipf(a, r))

    def news_alert_readers(self):
        r = self.rng("news")
        readers = []
        for i in range(300 * self.k):
            cc = "GB" if r.random() < 0.88 else "IE"
            a = self.account("benign", "news_alert_readers", None, True, cc, self.aged(r, 20, 1400), pay=r.random() < 0.45)
            a.home = self.net.home(r, cc)
            a.stacks = ["ios_app" if r.random() < 0.45 else "android_app"] + (["chrome"] if r.random() < 0.35 else [])
            readers.append((a, r.uniform(0.08, 0.55), r.uniform(6, 8.5), r.uniform(22.5, 24.8)))
            self.ordinary_life(a, r, lognorm(r, 0.3, 0.6), a.stacks, self.ipf(a, r))
        for day in range(DAYS):
            for _ in range(r.randint(2, 4)):
                h = r.uniform(6.5, 23.5) if r.random() < 0.9 else r.uniform(0, 6.5)
                t0 = T0 + day * DAY + int(h * HOUR)
                kind, head = T.news_alert(r)
                for a, p_eng, wake, sleep in readers:
                    lh = ((t0 - T0) / HOUR + a.tz) % 24
                    if not (wake <= lh <= sleep or lh <= sleep - 24) or r.random() > p_eng:
                        continue
                    st = a.stacks[0] if r.random() < 0.85 else a.stacks[-1]
                    ip = self.net.mob(r, a.cc) if st.endswith("_app") and r.random() < 0.6 else a.home
                    t = t0 + int(min(60, max(0.3, lognorm(r, 3.5, 0.8))) * MIN) + r.randrange(30_000)
                    hist = 0
                    for j in range(geometric(r, 0.5, 4)):
                        p = T.news_q(r, kind, head) if j == 0 or r.random() < 0.5 else T.followup(r)
                        d = self.emit(a, t, p, "chat", ip, st, self.app_model(a, t, r), turns=2 * j + 1, hist=hist, r=r, max_tokens=8192)
                        hist += int(d * 75)
                        t += int((d + lognorm(r, 50, 0.7)) * 1000)

    def match_day_fans(self):
        r = self.rng("fans")
        fans = []
        for i in range(200 * self.k):
            a = self.account("benign", "match_day_fans", None, True, "BR", self.aged(r, 30, 1500), pay=r.random() < 0.4)
            a.home = self.net.home(r, "BR")
            a.stacks = ["android_app" if r.random() < 0.7 else "ios_app"] + (["chrome"] if r.random() < 0.3 else [])
            team = r.choice(T.TEAMS[:6])
            fans.append((a, team, r.uniform(0.3, 0.9)))
            self.ordinary_life(a, r, lognorm(r, 0.25, 0.6), a.stacks, self.ipf(a, r))
        # matches: (day, local kickoff, home, away)
        matches = []
        for day in sorted(r.sample([0, 2, 3, 5, 6, 8, 9, 10, 12, 13], 7)):
            ko = r.choice([16.0, 16.5, 18.5, 19.0, 20.0, 21.5, 21.75, 11.0])
            home, away = r.sample(T.TEAMS, 2)
            matches.append((day, ko, home, away))
        for day, ko, home, away in matches:
            kt = T0 + day * DAY + int((ko + 3) * HOUR)
            goals = sorted(r.uniform(3, 95) for _ in range(r.randint(0, 5)))
            goal_t = [kt + int((g + (15 if g > 45 else 0)) * MIN) for g in goals]
            big = home in T.TEAMS[:6] and away in T.TEAMS[:6]
            for a, team, p in fans:
                involved = team in (home, away)
                if r.random() > (p if involved else p * (0.45 if big else 0.2)):
                    continue
                st = r.choice(a.stacks)
                ip = self.net.mob(r, "BR") if st.endswith("_app") and r.random() < 0.5 else a.home
                moments = []
                if r.random() < 0.4:
                    moments.append((kt - int(r.uniform(1, 25) * MIN), "pre"))
                for g in goal_t:
                    if r.random() < 0.45:
                        moments.append((g + int(min(8, lognorm(r, 1.5, 0.6)) * MIN), "goal"))
                for _ in range(poisson(r, 1.6)):
                    moments.append((kt + int(r.uniform(0, 110) * MIN), "live"))
                hist = 0
                for j, (t, ph) in enumerate(sorted(moments)):
                    d = self.emit(a, t + r.randrange(40_000), T.fan_q(r, home, away, ph), "chat", ip, st, self.app_model(a, t, r),
                                  turns=2 * j + 1, hist=hist, r=r, max_tokens=8192, out_median=180)
                    hist += int(d * 75)

    def incident_responders(self):
        r = self.rng("incident")
        org = "org_quillfeather"
        pay = "pf_" + format(r.getrandbits(48), "012x")
        eng = []
        for i in range(40 * self.k):
            loc = r.choice([("US", -5), ("US", -5), ("US", -8), ("IE", 0), ("DE", 1)])
            lp = local_part(r, 0)
            a = self.account("benign", "incident_responders", None, True, loc[0], self.aged(r, 60, 500), email=("quillfeather.io", lp),
                             channel="enterprise", verified=True, org=org, tz=loc[1], shared_pay=pay)
            a.home = self.net.home(r, loc[0])
            a.stacks = ["py_sdk", "chrome"]
            a.key = self.new_id("key_", 8)
            eng.append(a)
        office = self.net.qf_office
        vpn = self.net.qf_vpn

        def where(a, t):
            lh = ((t - T0) / HOUR + a.tz) % 24
            wd = ((t - T0) // DAY) % 7 < 5
            if wd and 9 <= lh <= 18 and r.random() < 0.6:
                return f"{office}.{r.randint(2, 250)}"
            return f"{vpn}.{r.randint(1, 62)}" if r.random() < 0.6 else a.home
        # day work
        for a in eng:
            for day in range(DAYS):
                if day % 7 >= 5 and r.random() < 0.85:
                    continue
                for _ in range(poisson(r, 1.5)):
                    t = T0 + day * DAY + int((r.uniform(9, 18) - a.tz) * HOUR)
                    st = r.choice(a.stacks)
                    kind, p = T.developer(r)
                    self.emit(a, t, p, kind, where(a, t), st, MAIN, max_tokens=4096, r=r)
        # incidents at random times
        t = T0 + int(r.uniform(2, 30) * HOUR)
        while t < T_END:
            inc = (r.choice(T.SERVICES), r.choice(T.SYMPTOMS).format(a=r.randint(5, 99), b=r.randint(1000, 9000)),
                   r.choice(T.CHANGES).format(n=r.randint(4000, 9999)))
            paged = r.sample(eng, min(len(eng), r.randint(4, 16)))
            for a in paged:
                st0 = t + int(min(30, max(1, lognorm(r, 5, 0.5))) * MIN) + r.randrange(60_000)
                dur = r.uniform(30, 150) * MIN
                tt = st0
                ip = where(a, tt)
                hist = 0
                turn = 1
                while tt < st0 + dur:
                    p = T.incident_q(r, inc)
                    d = self.emit(a, tt, p, "incident", ip, "py_sdk" if r.random() < 0.6 else "chrome", NEW if tt > RELEASE + 3 * DAY and r.random() < 0.4 else MAIN,
                                  max_tokens=r.choice([8192, 16000, 32000]), turns=turn, hist=hist, think=(2500 if r.random() < 0.4 else 0), r=r)
                    hist += int(d * 75)
                    turn += 2
                    tt += int((d + lognorm(r, 300, 0.6)) * 1000)
            t += int(lognorm(r, 26, 0.6) * HOUR)

    def tv_quiz_players(self):
        r = self.rng("quiz")
        players = []
        for i in range(150 * self.k):
            a = self.account("benign", "tv_quiz_players", None, True, "DE", self.aged(r, 30, 1200), pay=r.random() < 0.4,
                             email=(r.choice(["gmx.de", "web.de", "gmail.com", "t-online.de", "outlook.com"]), local_part(r)))
            a.home = self.net.home(r, "DE")
            a.stacks = r.sample(["android_app", "ios_app", "chrome", "firefox", "android_app"], 2)
            players.append((a, r.uniform(0.25, 0.85), r.uniform(0.3, 0.8)))
            self.ordinary_life(a, r, lognorm(r, 0.25, 0.6), a.stacks, self.ipf(a, r))
        for day in range(DAYS):
            if r.random() < 0.15:
                continue
            start = T0 + day * DAY + int((r.uniform(17, 22.5) - 1) * HOUR)
            rounds = []
            for q in range(10):
                rounds.append((start + int((3 + q * 4.6 + r.uniform(-0.5, 0.5)) * MIN), T.quiz_puzzle(r)))
            for a, watch, ask in players:
                if r.random() > watch:
                    continue
                st = r.choice(a.stacks)
                ip = self.net.mob(r, "DE") if st.endswith("_app") and r.random() < 0.3 else a.home
                j = 0
                for qt, puz in rounds:
                    if r.random() > ask * 0.6:
                        continue
                    t = qt + int(r.uniform(15, 100) * 1000)
                    self.emit(a, t, T.quiz_q(r, puz), "reasoning", ip, st, self.app_model(a, t, r), turns=1 if r.random() < 0.6 else 2 * j + 1,
                              think=(700 if r.random() < 0.3 else 0), r=r, max_tokens=8192, out_median=320)
                    j += 1

    # =========================================================================== background
    def everyday_users(self):
        r = self.rng("everyday")
        ccs = [(c, w) for c, (tz, w) in COUNTRIES.items() if w > 0]
        n = int(2500 * self.k)
        for i in range(n):
            cc = wchoice(r, ccs)
            created = self.aged(r, 1, 1500) if r.random() < 0.95 else T0 + int(r.uniform(0, DAYS - 1) * DAY)
            a = self.account("benign", "everyday_user", None, False, cc, created, pay=r.random() < 0.4)
            a.home = self.net.home(r, cc)
            a.stacks = r.sample(["chrome", "chrome", "firefox", "safari", "ios_app", "android_app", "android_app"], r.randint(1, 2))
            self.ordinary_life(a, r, lognorm(r, 0.32, 0.9), a.stacks, self.ipf(a, r))

    def developers(self):
        r = self.rng("dev")
        ccs = [("US", 30), ("IN", 14), ("DE", 8), ("GB", 8), ("CA", 5), ("FR", 4), ("NL", 4), ("BR", 4), ("PL", 3), ("JP", 3), ("ES", 2), ("SE", 2), ("UA", 2), ("IE", 2)]
        orgs = []
        for i in range(300 * self.k):
            if orgs and r.random() < 0.35:
                org, dom, pay, cc, office = r.choice(orgs)
                a = self.account("benign", "developer", None, False, cc, self.aged(r, 10, 900), email=(dom, local_part(r, r.choice([0, 2]))),
                                 channel=r.choice(["startup", "enterprise"]), org=org, shared_pay=pay, verified=True)
            else:
                cc = wchoice(r, ccs)
                if r.random() < 0.3:
                    org = self.new_id("org_", 8)
                    dom = f"{T.pick(r, ['lumen', 'northwind', 'cobalt', 'fernway', 'glasshouse', 'kiteline', 'orchard', 'pylon', 'quartz', 'redwood'])}{r.choice(['', 'hq', 'labs', 'app'])}.{r.choice(['com', 'io', 'dev', 'co'])}"
                    pay = "pf_" + format(r.getrandbits(48), "012x")
                    office = r.choice(self.net.offices)[0]
                    orgs.append((org, dom, pay, cc, office))
                    a = self.account("benign", "developer", None, False, cc, self.aged(r, 10, 900), email=(dom, local_part(r, 0)),
                                     channel=r.choice(["startup", "enterprise", "standard"]), org=org, shared_pay=pay, verified=True)
                else:
                    office = None
                    a = self.account("benign", "developer", None, False, cc, self.aged(r, 10, 1500), channel="standard")
            a.home = self.net.home(r, a.cc)
            a.key = self.new_id("key_", 8)
            a.stacks = [r.choice(["py_sdk", "py_sdk", "node_sdk", "go_sdk", "httpx", "curl"]), "chrome"]
            adopt = RELEASE + int(r.uniform(0.05, 6) * DAY) if r.random() < 0.45 else T_END
            rate = lognorm(r, 2.2, 0.7)
            server = self.net.host(r)
            agent = r.random() < 0.3
            for day in range(DAYS):
                wk = day % 7 >= 5
                for _ in range(poisson(r, rate * (0.25 if wk else 1))):
                    t = T0 + day * DAY + int((r.uniform(8.5, 19.5) - a.tz) * HOUR)
                    ip = (office + "") if office and not wk and r.random() < 0.6 else a.home
                    if office:
                        o = office.rsplit(".", 1)
                        ip = f"{o[0]}.{int(o[1]) + r.randint(1, 14)}" if ip == office else ip
                    st = r.choice(a.stacks)
                    model = NEW if t > adopt and r.random() < 0.8 else (OLD if r.random() < 0.04 else r.choice([MAIN, MAIN, MINI]))
                    hist = 0
                    for j in range(geometric(r, 0.4, 7)):
                        if agent and r.random() < 0.5:
                            p, tools = T.agentic(r)
                            kind = "agentic"
                        else:
                            kind, p = T.developer(r)
                            tools = None
                        d = self.emit(a, t, p, kind, ip, st, model, turns=2 * j + 1, hist=hist, tools=tools,
                                      max_tokens=r.choice([1024, 4096, 8192]) if st != "chrome" else 8192, r=r)
                        hist += int(d * 75)
                        t += int((d + lognorm(r, 60, 0.8)) * 1000)
            # some run a small product backend from a VPS
            if r.random() < 0.2:
                sysi = r.randrange(len(T.PRODUCT_SYS))
                per_hour = lognorm(r, 0.8, 0.6)
                start = T0 + int(r.uniform(0, DAYS * 0.5) * DAY)
                for hr in range(int((start - T0) / HOUR), DAYS * 24):
                    lh = (hr + a.tz) % 24
                    lam = per_hour * (0.2 if lh < 7 else 1.3 if 10 <= lh <= 21 else 0.7)
                    for _ in range(poisson(r, lam)):
                        t = T0 + hr * HOUR + r.randrange(HOUR)
                        self.emit(a, t, T.product_call(r, sysi), "chat", server, a.stacks[0], MINI if r.random() < 0.7 else MAIN,
                                  system=T.PRODUCT_SYS[sysi], max_tokens=512, r=r, out_median=120)

    # =========================================================================== output
    def write(self, out, t_start):
        os.makedirs(out, exist_ok=True)
        self.events.sort()
        with open(os.path.join(out, "events.jsonl"), "w", encoding="utf-8") as f:
            f.writelines(e[2] + "\n" for e in self.events)
        used = [a for a in self.accts if a.n > 0]
        with open(os.path.join(out, "accounts.jsonl"), "w", encoding="utf-8") as f:
            for a in sorted(used, key=lambda a: (a.created, a.id)):
                f.write(json.dumps(a.rec) + "\n")
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
            for c, asn, org, cc, kind in self.net.rows:
                f.write(f"{c},{asn},{org},{cc},{kind}\n")
        with open(os.path.join(out, "releases.csv"), "w", encoding="utf-8") as f:
            f.write("model,released_at\n")
            f.write(f"{OLD},2025-03-18T16:00:00.000Z\n{MAIN},2025-10-07T16:00:00.000Z\n{MINI},2025-12-02T16:00:00.000Z\n{NEW},{rfc(RELEASE)}\n")
        with open(os.path.join(out, "policy.toml"), "w", encoding="utf-8") as f:
            f.write('restricted_countries = ["CN", "RU", "KP", "IR", "SY", "CU"]\n')
            f.write('hash_key_id = "outside-twelve"\nhash_key = "outside-twelve-test-key-5d2e81b07c"\n\n')
            f.write("[thresholds]\nreview = 0.5\nthrottle = 0.7\nblock = 0.85\n")
        w = sys.stderr.write
        groups = {}
        for a in used:
            g = groups.setdefault(a.group, [a.label + ("*" if a.hard else ""), 0])
            g[1] += 1
        w(f"{'label':8} {'group':22} {'accounts':>8} {'events':>8} {'distinct':>8}\n")
        ta = te = 0
        for g in sorted(groups, key=lambda g: (groups[g][0], g)):
            lab, n = groups[g]
            e = self.gcount.get(g, 0)
            ta += n
            te += e
            w(f"{lab:8} {g:22} {n:8d} {e:8d} {len(self.gprompts.get(g, ())) / max(1, e):8.2f}\n")
        natt = sum(1 for a in used if a.label == "attack")
        w(f"total: {ta} accounts ({natt} attack), {te} events, {len(self.camp)} campaigns, "
          f"dropped (outside window or before sign-up) {self.dropped}, {time.time() - t_start:.1f} s\n")


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


def geometric(r, p_stop, cap):
    n = 1
    while n < cap and r.random() > p_stop:
        n += 1
    return n


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--scale", choices=["small", "medium"], default="small")
    ap.add_argument("--out", required=True)
    args = ap.parse_args()
    t_start = time.time()
    w = World(args.seed, args.scale)
    for fn in (w.task_relay, w.shift_farm, w.jittered_scheduler, w.lecture_course, w.news_alert_readers, w.match_day_fans,
               w.incident_responders, w.tv_quiz_players, w.everyday_users, w.developers):
        fn()
    w.write(args.out, t_start)


if __name__ == "__main__":
    main()
