#!/usr/bin/env python3
"""outside_thirteen: distillation campaigns that ride shared platforms and other people's sessions, against benign
populations on the same platforms. Written from the input contract and a threat description only (see README.md).

python3 scripts/outside_thirteen/gen.py --seed N --out DIR [--scale small|medium]
Python 3 standard library only. Same seed and scale give byte-identical files.
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

# =========================================================================== world constants
EPOCH0 = dt.datetime(2026, 4, 6, tzinfo=dt.timezone.utc)  # Monday
T0 = int(EPOCH0.timestamp() * 1000)
SEC = 1000
MIN = 60 * SEC
HOUR = 60 * MIN
DAY = 24 * HOUR
DAYS = 14
T_END = T0 + DAYS * DAY
OLD, MAIN, SWIFT, NEW = "aster-1.6", "aster-2", "aster-2-swift", "aster-3"
RELEASE = T0 + 7 * DAY + 15 * HOUR  # Monday 2026-04-13 15:00Z
RELEASES = [(OLD, "2025-02-11T15:00:00.000Z"), (MAIN, "2025-09-23T15:00:00.000Z"), (SWIFT, "2025-11-18T15:00:00.000Z")]
RESTRICTED = ["CN", "RU", "KP", "IR", "SY", "CU"]

# country -> (UTC offset in April, weight in the everyday population). DST in force where it applies.
COUNTRY = {
    "US": (-4, 22), "CA": (-4, 4), "MX": (-6, 3), "BR": (-3, 6), "AR": (-3, 1.5), "CO": (-5, 1.5), "GB": (1, 7), "IE": (1, 1),
    "PT": (1, 1), "ES": (2, 3), "FR": (2, 5), "DE": (2, 6), "NL": (2, 2), "IT": (2, 3), "PL": (2, 2), "SE": (2, 1.5),
    "CH": (2, 1), "FI": (3, 0.5), "UA": (3, 1), "TR": (3, 2), "EG": (2, 1.5), "NG": (1, 2), "KE": (3, 1.5), "ZA": (2, 1.5),
    "IN": (5.5, 10), "PK": (5, 1.5), "BD": (6, 1), "ID": (7, 3), "VN": (7, 2), "PH": (8, 3), "SG": (8, 1), "JP": (9, 4),
    "KR": (9, 3), "AU": (10, 3), "NZ": (12, 0.5), "HK": (8, 0), "CN": (8, 0), "RU": (3, 0),
}
US_TZ = [(-4, 46), (-5, 29), (-6, 8), (-7, 17)]

# client stacks: TLS/HTTP fingerprints (JA4-like, invented)
FP = {
    "chrome": "t13d1516h2_8daaf6152771_e5627efa2ab1", "edge": "t13d1516h2_8daaf6152771_e5627efa2ab1",
    "firefox": "t13d1715h2_5b57614c22b0_7121afd63204", "safari": "t13d2014h2_a09f3c656075_e42f34c56612",
    "ios_app": "t13d1411h2_c866b44c5a26_aa5e3d7d5fa8", "android_app": "t13d1713h2_5b57614c22b0_0f2cb16b7c66",
    "py_sdk": "t13d1812h2_e8a523a41297_4f04edce68a7", "httpx": "t13d1812h2_e8a523a41297_4f04edce68a7",
    "openparlour": "t13d1812h2_e8a523a41297_4f04edce68a7", "node_sdk": "t13d1011h2_2c7d3a6e9f10_b1ff8ab2d16f",
    "ci_action": "t13d1011h2_2c7d3a6e9f10_b1ff8ab2d16f", "go_sdk": "t13d0912h2_f91f431d341e_c4e5d6a7f0b2",
    "java_sdk": "t13d1413h2_38a5e6b4c2d1_9e0a7c3b2f11", "curl": "t13d3112h2_e8f1e7e78f70_1f2bd1b0c5a9",
}
WEB = {"chrome", "edge", "firefox", "safari"}
APP = {"ios_app", "android_app"}
CONSUMER = WEB | APP


def gen_ua(r, stack):
    if stack in ("chrome", "edge", "chrome_desktop"):
        v = r.choice([122, 123, 123, 124, 124, 124])
        plats = ["Windows NT 10.0; Win64; x64", "Windows NT 10.0; Win64; x64", "Macintosh; Intel Mac OS X 10_15_7"]
        if stack == "chrome":
            plats += ["X11; Linux x86_64", "Linux; Android 14; SM-S921B", "Linux; Android 13; Pixel 7"]
        plat = r.choice(plats)
        mob = " Mobile" if "Android" in plat else ""
        tail = f" Edg/{v}.0.{r.randint(2400, 2500)}.{r.randint(40, 99)}" if stack == "edge" else ""
        return f"Mozilla/5.0 ({plat}) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{v}.0.0.0{mob} Safari/537.36{tail}"
    if stack == "firefox":
        v = r.choice([124, 125, 125])
        plat = r.choice(["Windows NT 10.0; Win64; x64", "X11; Linux x86_64", "Macintosh; Intel Mac OS X 14.4", "X11; Ubuntu; Linux x86_64"])
        return f"Mozilla/5.0 ({plat}; rv:{v}.0) Gecko/20100101 Firefox/{v}.0"
    if stack == "safari":
        m = r.randint(3, 4)
        if r.random() < 0.55:
            return f"Mozilla/5.0 (iPhone; CPU iPhone OS 17_{m} like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.{m} Mobile/15E148 Safari/604.1"
        return f"Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.{m} Safari/605.1.15"
    if stack == "ios_app":
        return f"Aster/3.{r.randint(6, 9)}.{r.randint(0, 2)} (iPhone{r.choice(['15,3', '15,4', '16,2', '14,7', '14,2'])}; iOS 17.{r.randint(3, 4)}; Scale/3.00)"
    if stack == "android_app":
        return (f"Aster/3.{r.randint(6, 9)}.{r.randint(0, 2)} (Android {r.choice([12, 13, 14, 14])}; "
                f"{r.choice(['Pixel 8', 'SM-S921B', 'SM-A356B', 'Redmi Note 13', 'moto g54', 'CPH2591', 'Pixel 7a', 'V2318'])})")
    if stack in ("py_sdk", "httpx"):
        if stack == "httpx":
            return f"python-httpx/0.{r.randint(26, 27)}.{r.randint(0, 2)}"
        return f"aster-python/1.{r.randint(9, 14)}.{r.randint(0, 3)}"
    if stack == "node_sdk":
        return f"aster-node/1.{r.randint(6, 9)}.{r.randint(0, 4)}"
    if stack == "go_sdk":
        return f"aster-go/0.{r.randint(7, 9)}.{r.randint(0, 5)}"
    if stack == "java_sdk":
        return f"aster-java/2.{r.randint(1, 3)}.{r.randint(0, 6)} (Java 21; okhttp)"
    if stack == "openparlour":
        return f"OpenParlour/0.{r.randint(8, 11)}.{r.randint(0, 6)} aster-python/1.{r.randint(9, 14)}.{r.randint(0, 3)}"
    return f"curl/8.{r.randint(5, 8)}.{r.randint(0, 1)}"


# CI review action releases: version -> (release time, bundled node SDK, default model)
ACTION = [("2.2.0", T0 - 160 * DAY, "1.6.2", MAIN), ("2.3.4", T0 - 95 * DAY, "1.6.4", MAIN), ("2.4.1", T0 - 61 * DAY, "1.7.3", MAIN),
          ("2.5.0", T0 - 27 * DAY, "1.8.0", MAIN), ("2.5.2", T0 - 9 * DAY, "1.8.2", MAIN),
          ("2.6.0", RELEASE + 2 * DAY + 7 * HOUR, "1.9.0", NEW)]


def action_latest(t):
    v = ACTION[0]
    for a in ACTION:
        if a[1] <= t:
            v = a
    return v


def action_ver(name):
    return next(a for a in ACTION if a[0] == name)


def rfc(ms):
    return dt.datetime.fromtimestamp(ms // 1000, dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.") + f"{ms % 1000:03d}Z"


def lognorm(r, median, sigma):
    return median * math.exp(r.gauss(0, sigma))


def poisson(r, lam):
    if lam <= 0:
        return 0
    if lam > 40:
        return max(0, int(round(r.gauss(lam, math.sqrt(lam)))))
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


def wchoice(r, pairs):
    x = r.random() * sum(w for _, w in pairs)
    for v, w in pairs:
        x -= w
        if x <= 0:
            return v
    return pairs[-1][0]


def shape(s):
    return "".join("a" if c.isalpha() else "9" if c.isdigit() else c for c in s)


# =========================================================================== network intelligence (fixed for every seed)
class Net:
    def __init__(self):
        r = random.Random("outside-thirteen-net")
        firsts = [s for s in range(2, 224) if s not in (6, 7, 10, 11, 21, 22, 26, 28, 29, 30, 33, 55, 100, 127, 169, 172, 192, 198, 203, 214, 215)]
        used = set()
        self.rows = []
        asn = [23000]

        def s16():
            while True:
                p = (r.choice(firsts), r.randint(0, 255))
                if p not in used:
                    used.add(p)
                    return p

        def next_asn():
            asn[0] += r.randint(5, 700)
            return asn[0]
        w1 = ["Aurora", "Cedar", "Helix", "Kestrel", "Meridian", "Nova", "Polar", "Quill", "Saffron", "Tundra", "Umber", "Willow",
              "Zephyr", "Granite", "Harbor", "Ember"]
        w2 = ["Broadband", "Telecom", "Fibre", "Net", "Cable", "Connect", "Online", "Telco"]
        self.isp, self.mobile, self.mobile6 = {}, {}, {}
        for cc in COUNTRY:
            for _ in range(2 if cc in ("US", "IN", "BR", "DE", "GB", "JP") else 1):
                a, b = s16()
                self.isp.setdefault(cc, []).append((a, b))
                self.rows.append((f"{a}.{b}.0.0/16", next_asn(), f"{r.choice(w1)} {r.choice(w2)} {cc}", cc, "isp"))
            a, b = s16()
            self.mobile[cc] = (a, b)
            self.rows.append((f"{a}.{b}.0.0/16", next_asn(), f"{r.choice(w1)} Mobile {cc}", cc, "mobile"))
        for cc, pre in (("US", "2607:fb"), ("IN", "2401:4b"), ("DE", "2a02:3c"), ("JP", "2400:8a"), ("GB", "2a00:2f")):
            h = f"{pre}{r.randint(16, 255):02x}"
            self.mobile6[cc] = h
            self.rows.append((f"{h}::/32", next_asn(), f"{r.choice(w1)} Mobile {cc} IPv6", cc, "mobile"))
        # hosting providers (one /16 per region)
        self.hosting = {}
        for nm, cc in (("Stratus Racks", "US"), ("Nimbella Cloud", "US"), ("Nimbella Cloud", "DE"), ("Nimbella Cloud", "GB"),
                       ("Nimbella Cloud", "SG"), ("Kettlebyte VPS", "NL"), ("Tidewater Hosting", "US"), ("Vantor Hosting", "FI"),
                       ("Ridgeline Servers", "FR"), ("Pagoda Compute", "HK")):
            a, b = s16()
            self.hosting[(nm, cc)] = (a, b)
            self.rows.append((f"{a}.{b}.0.0/16", next_asn(), nm, cc, "hosting"))
        # Runwell CI runner egress: US and IE /16, SG /18
        self.ci = {}
        ci_asn = next_asn()
        for reg, cc, cidr in (("us", "US", 16), ("eu", "IE", 16), ("ap", "SG", 18)):
            a, b = s16()
            self.ci[reg] = (a, b, cidr)
            self.rows.append((f"{a}.{b}.0.0/{cidr}", ci_asn, "Runwell CI Runners", cc, "hosting"))
        # Gridbook hosted notebooks: NAT egress /22 per region
        self.grid = {}
        g_asn = next_asn()
        for reg, cc in (("us", "US"), ("eu", "DE")):
            a, b = s16()
            c = r.randrange(0, 252, 4)
            self.grid[reg] = (a, b, c)
            self.rows.append((f"{a}.{b}.{c}.0/22", g_asn, "Gridbook Notebooks", cc, "hosting"))
        # consumer VPN providers: a /24 per exit country
        self.vpn = {}
        for nm, ccs in (("Veilpath VPN", ["US", "GB", "DE", "NL", "CA", "JP", "SG", "FR", "SE", "AU", "CH", "ES"]),
                        ("Harborwall VPN", ["US", "GB", "DE", "NL", "CA", "AU", "IT", "PL", "KR", "SG", "BR", "IN"]),
                        ("NightOwl Secure", ["US", "GB", "NL", "SE", "CH", "JP", "CA", "DE", "FR", "FI"])):
            v_asn = next_asn()
            for cc in ccs:
                a, b = s16()
                c = r.randint(0, 255)
                self.vpn.setdefault(nm, {})[cc] = (a, b, c)
                self.rows.append((f"{a}.{b}.{c}.0/24", v_asn, nm, cc, "vpn"))
        # a few Tor exits
        a, b = s16()
        self.tor = [f"{a}.{b}.{r.randint(0, 255)}.{r.randint(1, 254)}" for _ in range(12)]
        for ip in self.tor:
            self.rows.append((f"{ip}/32", asn[0] + 3, "Relaymesh Hosting e.V. (Tor exit)", "DE", "tor"))
        # universities
        self.edu = {}
        for nm, cc in (("Eastbrook State University", "US"), ("University of Carrow", "GB"), ("Technische Hochschule Lindau", "DE"),
                       ("Universiteit Zwartewater", "NL")):
            a, b = s16()
            self.edu[cc] = (a, b)
            self.rows.append((f"{a}.{b}.0.0/16", next_asn(), nm, cc, "education"))
        # company offices: /28 each
        self.offices = []
        sfx = ["Systems", "Analytics", "Group", "Logistics", "Health", "Retail", "Media", "Insurance", "Foods", "Energy", "Labs", "Partners"]
        for i in range(48):
            a, b = s16()
            c = r.randint(0, 255)
            d = r.randrange(0, 256, 16)
            cc = r.choice(["US", "US", "US", "GB", "DE", "IN", "NL", "FR", "CA", "IE", "SE", "AU", "ES", "IT", "PL", "JP", "BR", "SG"])
            self.offices.append((a, b, c, d, cc))
            self.rows.append((f"{a}.{b}.{c}.{d}/28", next_asn(), f"{r.choice(w1)} {r.choice(sfx)}", cc, "enterprise"))
        # city council network (public libraries) and the publisher office
        a, b = s16()
        c = r.randint(0, 255)
        self.council = (a, b, c)
        self.rows.append((f"{a}.{b}.{c}.0/24", next_asn(), "Marlowe City Council", "GB", "enterprise"))
        a, b = s16()
        c = r.randint(0, 255)
        d = r.randrange(0, 256, 16)
        self.harbour = (a, b, c, d)
        self.rows.append((f"{a}.{b}.{c}.{d}/28", next_asn(), "Harbourline Learning Ltd", "GB", "enterprise"))
        self.rows.sort(key=lambda row: (row[4], row[3], row[0]))

    def home(self, r, cc):
        a, b = r.choice(self.isp[cc])
        return f"{a}.{b}.{r.randint(0, 255)}.{r.randint(1, 254)}"

    def mob(self, r, cc):
        if cc in self.mobile6 and r.random() < 0.4:
            return f"{self.mobile6[cc]}:{r.getrandbits(16):x}:{r.getrandbits(16):x}:{r.getrandbits(16):x}:{r.getrandbits(16):x}:{r.getrandbits(16):x}:{r.getrandbits(16):x}"
        a, b = self.mobile[cc]
        return f"{a}.{b}.{r.randint(0, 95)}.{r.randint(1, 254)}"  # carrier-grade NAT pool

    def host(self, r, key=None):
        a, b = self.hosting[key] if key else r.choice(list(self.hosting.values()))
        return f"{a}.{b}.{r.randint(0, 255)}.{r.randint(1, 254)}"

    def host_in(self, r, cc_pref):
        opts = [k for k in self.hosting if k[1] == cc_pref and k[0] != "Pagoda Compute"]
        if not opts or r.random() < 0.3:
            opts = [k for k in self.hosting if k[0] != "Pagoda Compute"]
        return self.host(r, r.choice(opts))

    def ci_ip(self, r, reg):
        a, b, cidr = self.ci[reg]
        return f"{a}.{b}.{r.randint(0, 255 if cidr == 16 else 63)}.{r.randint(1, 254)}"

    def grid_ip(self, r, reg):
        a, b, c = self.grid[reg]
        return f"{a}.{b}.{c + r.randint(0, 3)}.{r.randint(1, 254)}"

    def vpn_ip(self, r, prov, cc):
        exits = self.vpn[prov]
        if cc not in exits:
            cc = "US" if cc in ("CA", "MX", "BR") or cc not in exits and r.random() < 0.5 else r.choice(list(exits))
        a, b, c = exits[cc]
        return f"{a}.{b}.{c}.{r.randint(2, 253)}"

    def office_ip(self, r, off):
        a, b, c, d, _ = off
        return f"{a}.{b}.{c}.{d + r.randint(1, 14)}"


# =========================================================================== accounts
class Acct:
    __slots__ = ("id", "label", "group", "campaign", "hard", "rec", "created", "cc", "tz", "n", "uas", "home", "key", "plus",
                 "rollout", "picks_new")

    def __init__(self, aid, label, group, campaign, hard, cc, tz, created):
        self.id = aid
        self.label, self.group, self.campaign, self.hard = label, group, campaign, hard
        self.cc, self.tz, self.created = cc, tz, created
        self.n = 0
        self.rec = {"account_id": aid, "created_at": rfc(created)}
        self.uas = {}
        self.home = None
        self.key = None
        self.plus = False
        self.rollout = None
        self.picks_new = None


FREEMAIL = [("gmail.com", 52), ("outlook.com", 13), ("yahoo.com", 8), ("hotmail.com", 6), ("icloud.com", 8), ("proton.me", 4),
            ("gmx.de", 2), ("web.de", 1.5), ("yahoo.co.jp", 1), ("naver.com", 1), ("libero.it", 1), ("orange.fr", 1.5)]


def local_part(r, style=None):
    f, l = T.pick(r, T.FIRST).lower(), T.pick(r, T.LAST).lower()
    k = r.randrange(9) if style is None else style
    return [f"{f}.{l}", f"{f}{l}{r.randint(1, 99)}", f"{f[0]}{l}", f"{f}{r.randint(1970, 2008)}", f"{f}_{l}",
            f"{l}.{f}", f"{f}.{l}{r.randint(1, 9)}", f"{T.pick(r, ['the', 'real', 'just', 'hey', 'mrs', 'dr'])}{f}{r.randint(1, 999)}",
            f"{f}{l[0]}"][k]


class World:
    def __init__(self, seed, scale):
        self.seed = seed
        self.k = 1 if scale == "small" else 4
        self.net = Net()
        self.ids = set()
        self.accts = []
        self.events = []
        self.req_ids = set()
        self.gcount = {}
        self.gprompts = {}
        self.camp = {}
        self.dropped = 0
        self.r = self.rng("ids")

    def rng(self, name):
        return random.Random(f"o13|{self.seed}|{name}")

    def new_id(self, r, pre, n):
        alpha = "abcdefghijklmnopqrstuvwxyz0123456789"
        while True:
            s = pre + "".join(r.choice(alpha) for _ in range(n))
            if s not in self.ids:
                self.ids.add(s)
                return s

    def tz_of(self, r, cc):
        if cc == "US":
            return wchoice(r, US_TZ)
        if cc == "CA":
            return r.choice([-4, -4, -5, -7])
        if cc == "AU":
            return r.choice([10, 10, 9.5, 8])
        if cc == "BR":
            return r.choice([-3, -3, -3, -4])
        return COUNTRY[cc][0]

    def campaign(self, cid, group):
        self.camp[cid] = {"group": group, "from": T_END, "until": T0, "pivot": None}

    def account(self, r, label, group, campaign, hard, cc, created, *, email=None, pay=True, channel="standard", verified=None,
                org=None, tz=None, shared_pay=None):
        a = Acct(self.new_id(r, "acct_", 10), label, group, campaign, hard, cc, self.tz_of(r, cc) if tz is None else tz, created)
        if org:
            a.rec["org_id"] = org
        dom, lp = email if email else (wchoice(r, FREEMAIL), local_part(r))
        a.rec["email_domain"] = dom
        a.rec["email_local_shape"] = shape(lp)
        if shared_pay:
            a.rec["payment_fingerprint"] = shared_pay
        elif pay:
            a.rec["payment_fingerprint"] = self.pay_fp(r)
        a.plus = bool(shared_pay or pay)
        a.rec["billing_country"] = cc
        a.rec["signup_channel"] = channel
        a.rec["verified"] = (r.random() < 0.3) if verified is None else bool(verified)
        self.accts.append(a)
        return a

    def pay_fp(self, r):
        return "pf_" + format(r.getrandbits(52), "013x")

    def key(self, r):
        return self.new_id(r, "key_", 12)

    def aged(self, r, lo, hi):
        return T0 - int(r.uniform(lo, hi) * DAY) - r.randrange(DAY)

    def at_local(self, day, hour, tz):
        return T0 + day * DAY + int((hour - tz) * HOUR)

    def local_hour(self, t, tz):
        return ((t - T0) / HOUR + tz) % 24

    def local_day(self, t, tz):
        return int(((t - T0) + tz * HOUR) // DAY)

    def app_model(self, a, t, r):
        """model the consumer web/app sends by default: staged rollout of the new model; paying users may pick it early."""
        if a.rollout is None:
            a.rollout = RELEASE + int(r.uniform(0.4, 4.5) * DAY)
            a.picks_new = RELEASE + int(lognorm(r, 10, 0.8) * HOUR) if a.plus and r.random() < 0.35 else T_END
        if t >= a.rollout or t >= a.picks_new:
            return NEW if r.random() < 0.96 else MAIN
        return MAIN if r.random() < 0.95 else SWIFT

    # ----------------------------------------------------------------------- one exchange
    OUT_MED = {"chat": 260, "coding": 780, "reasoning": 650, "cot": 1300, "rewrite": 480, "grading": 620, "datagen": 2500,
               "agentic": 220, "review": 1100, "classify": 4, "extract": 90, "creative": 1400, "summary": 420, "biz": 190}

    def emit(self, a, ts, prompt, kind, ip, stack, model, *, r, system=None, turns=1, tools=None, tool_p=0.75, max_tokens=None,
             think=0, hist=0, image=False, out_med=None, sigma=0.55, ua=None):
        """record one exchange; return the seconds the response took (0 if the event falls outside the window)."""
        ts = int(ts)
        if ts < T0 or ts >= T_END or ts < a.created + MIN:
            self.dropped += 1
            return 0.0
        med = out_med or self.OUT_MED.get(kind, 300)
        out = max(1, int(lognorm(r, med, sigma)))
        th = int(lognorm(r, think, 0.45)) if think else 0
        cap = max_tokens or (8192 if stack in CONSUMER else 4096)
        stop = "end_turn"
        if out + th > cap:
            if th > cap * 0.8:
                th = int(cap * 0.8)
            out = max(1, cap - th)
            stop = "max_tokens"
        tc = 0
        if tools and stop != "max_tokens" and r.random() < tool_p:
            tc = r.randint(1, 3)
            stop = "tool_use"
        if prompt.isascii():
            ptok = len(prompt) / 3.8
        else:
            wide = (len(prompt.encode("utf-8")) - len(prompt)) // 2  # rough count of non-ASCII characters
            ptok = (len(prompt) - wide) / 3.8 + wide * 0.9
        inp = int(ptok + len(system or "") / 3.8) + 6 + hist + 110 * len(tools or ())
        if image:
            inp += r.randint(900, 1600)
        rid = "req_" + format(r.getrandbits(64), "016x")
        while rid in self.req_ids:
            rid = "req_" + format(r.getrandbits(64), "016x")
        self.req_ids.add(rid)
        e = {"request_id": rid, "ts": rfc(ts), "account_id": a.id}
        if a.key and stack not in CONSUMER:
            e["api_key_id"] = a.key
        e["ip"] = ip
        if ua is None:
            ua = a.uas.get(stack)
            if ua is None:
                ua = a.uas[stack] = gen_ua(r, stack)
        e["user_agent"] = ua
        e["client_fingerprint"] = FP[stack]
        e["model"] = model
        e["prompt"] = prompt
        if system:
            e["system"] = system
        e["turns"] = turns
        if tools:
            e["tools"] = list(tools)
            e["tool_calls"] = tc
        if image:
            e["has_image"] = True
        e["max_tokens"] = cap
        e["input_tokens"] = inp
        e["output_tokens"] = out + th
        if th:
            e["thinking_tokens"] = th
        e["stop_reason"] = stop
        self.events.append((ts, rid, json.dumps(e, ensure_ascii=False, separators=(",", ":"))))
        a.n += 1
        g = a.group
        self.gcount[g] = self.gcount.get(g, 0) + 1
        self.gprompts.setdefault(g, set()).add(prompt)
        if a.campaign:
            c = self.camp[a.campaign]
            c["from"] = min(c["from"], ts)
            c["until"] = max(c["until"], ts)
        return 0.5 + (out + th) / 70.0 + inp / 9000.0

    # ----------------------------------------------------------------------- consumer helpers
    def diurnal_start(self, r, a, day, weekend):
        h = wchoice(r, [((7, 9.5), 2), ((9.5, 12.5), 2.4 if not weekend else 3.2), ((12.5, 14), 2), ((14, 18), 2.6),
                        ((18, 23.5), 4.2), ((23.5, 26), 0.8)])
        return self.at_local(day, r.uniform(*h), a.tz) + r.randrange(MIN)

    def chat_session(self, a, t, r, stack, ip, n, cc=None):
        hist = 0
        kind = "chat"
        for i in range(n):
            if i == 0:
                x = r.random()
                if x < 0.08:
                    p, kind = T.pick(r, T.HOMEWORK_WRAP).format(p=T.problem(r)), "reasoning"
                elif x < 0.12:
                    kind, p = T.developer(r)
                else:
                    p, kind = T.everyday(r, cc or a.cc), "chat"
            else:
                p = T.followup(r)
            model = self.app_model(a, t, r)
            think = 700 if (kind == "reasoning" and r.random() < 0.4) or r.random() < 0.04 else 0
            d = self.emit(a, t, p, kind, ip, stack, model, r=r, turns=2 * i + 1, hist=hist, think=think,
                          max_tokens=32000 if think else 8192, image=(i == 0 and r.random() < 0.05))
            hist += 30 + int(d * 70)
            t += int((d + lognorm(r, 40, 0.8)) * SEC)
        return t

    def consumer_ip(self, a, r, stack):
        if stack in APP and r.random() < 0.55:
            return self.net.mob(r, a.cc)
        return a.home

    def ordinary_life(self, a, r, rate, stacks):
        for day in range(-1, DAYS + 1):
            wk = day % 7 >= 5
            for _ in range(poisson(r, rate * (1.15 if wk else 1.0))):
                t = self.diurnal_start(r, a, day, wk)
                st = r.choice(stacks)
                self.chat_session(a, t, r, st, self.consumer_ip(a, r, st), geometric(r, 0.45, 9))

    # =========================================================================== ATTACK 1: CI review farm
    def ci_review_farm(self):
        r = self.rng("cirf")
        camp = "cirf-1"
        self.campaign(camp, "ci_review_farm")
        switch = RELEASE + int(r.uniform(5, 9) * HOUR)  # the operator edits the template workflow once
        self.camp[camp]["pivot"] = switch
        bill = [("US", 30), ("GB", 10), ("DE", 9), ("CA", 7), ("NL", 5), ("SG", 6), ("AU", 5), ("FR", 5), ("PL", 4), ("SE", 3),
                ("IE", 2), ("CH", 2)]
        doms = [("gmail.com", 55), ("proton.me", 18), ("outlook.com", 12), ("fastmail.com", 6), ("tutanota.com", 5), ("hey.com", 4)]
        for i in range(340 * self.k):
            cc = wchoice(r, bill)
            lp = T.pick(r, [f"{T.pick(r, T.FIRST).lower()}{T.pick(r, T.LAST).lower()}dev", f"{T.pick(r, T.FIRST).lower()}-oss",
                            f"{T.pick(r, T.LAST).lower()}.code", f"{T.pick(r, T.FIRST).lower()}{r.randint(10, 99)}",
                            local_part(r)])
            a = self.account(r, "attack", "ci_review_farm", camp, False, cc, self.aged(r, 12, 150),
                             email=(wchoice(r, doms), lp), verified=r.random() < 0.3)
            a.key = self.key(r)
            reg = "us" if cc in ("US", "CA") else "ap" if cc in ("SG", "AU") else "eu"
            if r.random() < 0.25:
                reg = "us"
            lang = r.choice(["py", "py", "go", "rust", "ts", "ts", "java", "c", "rb"])
            repo = T.repo_name(r)
            pinned = r.random() < 0.85
            moves = r.random() < 0.75
            rate = lognorm(r, 2.1, 0.35)
            cap = 16000 if r.random() < 0.7 else 8192
            ua_pinned = f"aster-review-action/2.4.1 aster-node/1.7.3 (linux; x64; runwell-ci)"
            for day in range(DAYS):
                wk = day % 7 >= 5
                for _ in range(poisson(r, rate * (0.8 if wk else 1.0))):
                    if r.random() < 0.6:
                        t = self.at_local(day, r.uniform(9, 23.5), a.tz)
                    else:
                        t = T0 + day * DAY + r.randrange(DAY)
                    ver = action_ver("2.4.1") if pinned else action_latest(t)
                    ua = ua_pinned if pinned else f"aster-review-action/{ver[0]} aster-node/{ver[2]} (linux; x64; runwell-ci)"
                    model = NEW if (moves and t >= switch) else MAIN
                    p, path, fn = T.ci_review(r, repo, lang)
                    d = self.emit(a, t, p, "review", self.net.ci_ip(r, reg), "ci_action", model, r=r, system=T.CI_SYSTEM,
                                  max_tokens=cap, think=(1800 if r.random() < 0.3 else 0), out_med=1400,
                                  hist=r.randint(1500, 9000), ua=ua)
                    ncmd = wchoice(r, [(0, 30), (1, 30), (2, 22), (3, 18)])
                    for _c in range(ncmd):
                        t += int((d + lognorm(r, 80, 0.5)) * SEC)
                        kind = wchoice(r, [("explain", 35), ("tests", 25), ("fix", 20), ("score", 20)])
                        p2 = T.ci_command(r, kind, path, fn, farm=True)
                        ck = {"explain": "cot", "tests": "coding", "fix": "coding", "score": "grading"}[kind]
                        th = {"explain": 3000 if r.random() < 0.8 else 0, "score": 2000 if r.random() < 0.6 else 0}.get(kind, 1500 if r.random() < 0.3 else 0)
                        d = self.emit(a, t, p2, ck, self.net.ci_ip(r, reg), "ci_action", model, r=r, system=T.CI_SYSTEM,
                                      max_tokens=cap, think=th, out_med={"explain": 1600, "tests": 2200, "fix": 1500, "score": 800}[kind],
                                      hist=r.randint(2500, 12000), ua=ua)

    # =========================================================================== HARD NEGATIVE: legit users of the same CI action
    def ci_bot_users(self):
        r = self.rng("cibu")
        blog = T0 - 33 * DAY + 15 * HOUR  # the action went viral after a blog post
        ccs = [("US", 30), ("DE", 8), ("GB", 8), ("IN", 9), ("FR", 4), ("NL", 4), ("CA", 4), ("BR", 4), ("PL", 3), ("JP", 3), ("SE", 2),
               ("ES", 2), ("UA", 2), ("AU", 2), ("CH", 2), ("SG", 1), ("KR", 2)]
        pins = [("2.2.0", 8), ("2.3.4", 15), ("2.4.1", 20), ("2.5.0", 25), ("2.5.2", 32)]
        companies = []
        for i in range(150 * self.k):
            created = blog + int(r.expovariate(1 / 1.3) * DAY) + r.randrange(HOUR) if r.random() < 0.45 else self.aged(r, 20, 800)
            created = min(created, T0 - DAY)
            company = r.random() < 0.4
            if company and companies and r.random() < 0.35:
                org, dom, pf, cc, off = r.choice(companies)
                a = self.account(r, "benign", "ci_bot_users", None, True, cc, created, email=(dom, local_part(r, r.choice([0, 2]))),
                                 channel="enterprise", verified=True, org=org, shared_pay=pf)
            elif company:
                cc = wchoice(r, ccs)
                org = self.new_id(r, "org_", 8)
                dom = f"{T.pick(r, ['tessel', 'brightloop', 'quarry', 'fjord', 'sable', 'openfold', 'lattice', 'mosswood', 'pivotal', 'stackyard'])}{r.choice(['', 'hq', 'labs', 'io'])}.{r.choice(['com', 'io', 'dev', 'tech'])}"
                pf = self.pay_fp(r)
                off = r.choice(self.net.offices)
                companies.append((org, dom, pf, cc, off))
                a = self.account(r, "benign", "ci_bot_users", None, True, cc, created, email=(dom, local_part(r, 0)),
                                 channel=r.choice(["enterprise", "startup"]), verified=True, org=org, shared_pay=pf)
            else:
                cc = wchoice(r, ccs)
                a = self.account(r, "benign", "ci_bot_users", None, True, cc, created)
            a.key = self.key(r)
            reg = "us" if a.cc in ("US", "CA", "BR", "MX") else "ap" if a.cc in ("JP", "KR", "SG", "AU", "IN") and r.random() < 0.5 else "eu" if a.cc not in ("IN", "JP", "KR", "SG", "AU") else "us"
            floating = r.random() < 0.55
            pin = action_ver(wchoice(r, pins))
            cfg = wchoice(r, [(None, 50), (SWIFT, 30), (MAIN, 20)])
            manual_new = RELEASE + int(r.uniform(0.5, 5) * DAY) if r.random() < 0.12 else T_END
            cap = wchoice(r, [(4096, 70), (2048, 15), (8192, 15)])
            repo = T.repo_name(r)
            lang = r.choice(["py", "py", "go", "rust", "ts", "ts", "ts", "java", "c", "rb"])
            rate = lognorm(r, 7, 0.7) if company else lognorm(r, 1.3, 0.8)
            for day in range(DAYS):
                wk = day % 7 >= 5
                pushes = []
                if company:
                    if wk and r.random() > 0.12:
                        continue
                    for _ in range(poisson(r, rate)):
                        pushes.append(self.at_local(day, r.uniform(9, 18.5), a.tz))
                    if r.random() < 0.1:  # merge train
                        s = self.at_local(day, r.uniform(10, 16), a.tz)
                        pushes += [s + int(r.uniform(0, 100) * MIN) for _ in range(r.randint(8, 25))]
                else:
                    if r.random() > (0.6 if wk else 0.4):
                        continue
                    for _ in range(poisson(r, rate * (1.6 if wk else 1.0))):
                        pushes.append(self.at_local(day, r.uniform(10, 18) if wk and r.random() < 0.5 else r.uniform(18.5, 25), a.tz))
                for t in pushes:
                    ver = action_latest(t) if floating else pin
                    ua = a.uas.get(ver[0]) or a.uas.setdefault(ver[0], f"aster-review-action/{ver[0]} aster-node/{ver[2]} (linux; x64; runwell-ci)")
                    model = NEW if t >= manual_new else (cfg or ver[3])
                    p, path, fn = T.ci_review(r, repo, lang)
                    d = self.emit(a, t, p, "review", self.net.ci_ip(r, reg), "ci_action", model, r=r, system=T.CI_SYSTEM, max_tokens=cap,
                                  think=(1200 if r.random() < 0.04 else 0), out_med=650, hist=r.randint(800, 7000), ua=ua)
                    if r.random() < 0.15:
                        kind = wchoice(r, [("explain", 40), ("tests", 30), ("fix", 25), ("score", 5)])
                        t += int((d + lognorm(r, 15, 0.8) * 60) * SEC)
                        ck = {"explain": "cot", "tests": "coding", "fix": "coding", "score": "grading"}[kind]
                        self.emit(a, t, T.ci_command(r, kind, path, fn, farm=False), ck, self.net.ci_ip(r, reg), "ci_action", model, r=r,
                                  system=T.CI_SYSTEM, max_tokens=cap, out_med={"explain": 700, "tests": 1300, "fix": 900, "score": 450}[kind],
                                  hist=r.randint(1500, 9000), ua=ua)

    # =========================================================================== ATTACK 2: free-riding on exposed chat front ends
    def _deployment(self, r, a, cc):
        """server address of a self-hosted front end (one VPS, sometimes a static home line)."""
        if r.random() < 0.15:
            return self.net.home(r, cc)
        return self.net.host_in(r, cc)

    def chatbot_freeride(self):
        r = self.rng("frd")
        camp = "frd-1"
        self.campaign(camp, "chatbot_freeride")
        op_switch = RELEASE + int(r.uniform(1.5, 4) * HOUR)
        self.camp[camp]["pivot"] = op_switch
        ccs = [("US", 22), ("GB", 12), ("DE", 10), ("FR", 6), ("ES", 5), ("IT", 5), ("NL", 5), ("BR", 5), ("IN", 5), ("AU", 4),
               ("CA", 5), ("PL", 3), ("MX", 3), ("ZA", 2), ("TR", 2), ("IE", 2), ("SE", 2), ("PT", 2)]
        mix = [("cot", 38), ("coding", 24), ("rewrite", 14), ("grading", 12), ("datagen", 12)]
        for i in range(170 * self.k):
            bi = r.randrange(len(T.BUSINESSES))
            typ, name, system = T.business(r, bi)
            cc = wchoice(r, ccs)
            if r.random() < 0.6:
                slug = "".join(ch for ch in name.lower() if ch.isalnum())[:18]
                email = (f"{slug}.{r.choice(['com', 'co.uk', 'de', 'fr', 'es', 'it', 'nl', 'com.br', 'com.au'])}", r.choice(["info", "hello", "admin", "contact", local_part(r, 2)]))
            else:
                email = None
            a = self.account(r, "attack", "chatbot_freeride", camp, False, cc, self.aged(r, 20, 600), email=email,
                             channel=r.choice(["standard"] * 6 + ["startup"]), verified=r.random() < 0.35)
            a.key = self.key(r)
            ip = self._deployment(r, a, cc)
            cfg = r.choice([MAIN, SWIFT])
            cap = wchoice(r, [(1024, 15), (2048, 30), (4096, 35), (8192, 20)])
            picker = r.random() < 0.35
            added = RELEASE + int(r.uniform(0.2, 5) * DAY) if picker and r.random() < 0.6 else T_END
            think_on = 900 if r.random() < 0.15 else 0
            # --- the owner's own traffic (customers and staff)
            conv_rate = lognorm(r, 1.8, 0.7)
            for day in range(DAYS):
                wk = day % 7 >= 5
                for _ in range(poisson(r, conv_rate * (0.7 if wk else 1.0))):
                    t = self.at_local(day, wchoice(r, [(r.uniform(8, 12), 3), (r.uniform(12, 17), 3), (r.uniform(17, 22.5), 2)]), a.tz)
                    hist = 0
                    for j in range(geometric(r, 0.5, 6)):
                        model = (NEW if t >= added and r.random() < 0.5 else MAIN) if picker else cfg
                        d = self.emit(a, t, T.business_q(r, bi, j == 0), "biz", ip, "openparlour", model, r=r, system=system, turns=2 * j + 1,
                                      hist=hist, max_tokens=cap, think=think_on)
                        hist += 20 + int(d * 70)
                        t += int((d + lognorm(r, 35, 0.7)) * SEC)
            # --- the operator's harvest through the open instance
            found = T0 + int(r.uniform(-12, 9) * DAY)
            start = max(T0, found)
            locked = found + int(r.uniform(1.5, 7) * DAY) if r.random() < 0.22 else T_END
            budget = lognorm(r, 5.5, 0.5)
            for day in range(DAYS):
                n = poisson(r, budget)
                while n > 0:
                    burst = min(n, r.randint(2, 7))
                    n -= burst
                    t = T0 + day * DAY + r.randrange(DAY)
                    for _b in range(burst):
                        if t < start or t >= locked:
                            break
                        kind = wchoice(r, mix)
                        model = (NEW if t >= max(added, op_switch) else MAIN) if picker else cfg
                        th = think_on
                        d = self.emit(a, t, T.freeride(r, kind, name), kind, ip, "openparlour", model, r=r, system=system, max_tokens=cap, think=th)
                        if r.random() < 0.2 and d:
                            t += int((d + r.uniform(2, 8)) * SEC)
                            d = self.emit(a, t, T.pick(r, T.FR_CONTINUE), kind, ip, "openparlour", model, r=r, system=system, turns=3,
                                          hist=int(d * 70) + 200, max_tokens=cap, think=th)
                        t += int((d + r.uniform(2, 12)) * SEC)

    # =========================================================================== HARD NEGATIVE: public-by-design bots on the same front end
    def public_bot_operators(self):
        r = self.rng("pbo")
        ccs = [("GB", 25), ("US", 25), ("DE", 8), ("NL", 7), ("IE", 5), ("CA", 8), ("AU", 7), ("FR", 5), ("SE", 4), ("ES", 3), ("IN", 3)]
        kinds = [(0, 25), (1, 15), (2, 20), (3, 15), (4, 10), (5, 15)]
        for i in range(110 * self.k):
            bi = wchoice(r, kinds)
            typ, sys_t, name_t = T.PUBLIC_BOTS[bi]
            name = T.fill(r, name_t, name=T.pick(r, T.LAST) + " Secondary School", last=T.pick(r, T.LAST))
            system = T.fill(r, sys_t, name=name)
            cc = wchoice(r, ccs)
            channel = "education" if typ in ("homework", "campus_it", "bootcamp") and r.random() < 0.5 else r.choice(["standard", "standard", "startup"])
            slug = "".join(ch for ch in name.lower() if ch.isalnum())[:20]
            a = self.account(r, "benign", "public_bot_operators", None, True, cc, self.aged(r, 30, 700),
                             email=(f"{slug}.{r.choice(['org', 'org.uk', 'ac.uk', 'edu', 'com', 'net'])}", r.choice(["it", "webmaster", "digital", local_part(r, 0)])),
                             channel=channel, verified=r.random() < 0.6)
            a.key = self.key(r)
            if typ == "campus_it" and a.cc in self.net.edu:
                ea, eb = self.net.edu[a.cc]
                ip = f"{ea}.{eb}.{r.randint(0, 255)}.{r.randint(1, 254)}"
            else:
                ip = self._deployment(r, a, cc)
            cfg = r.choice([MAIN, SWIFT, SWIFT])
            cap = wchoice(r, [(1024, 10), (2048, 30), (4096, 40), (8192, 20)])
            picker = r.random() < 0.3
            added = RELEASE + int(r.uniform(0.3, 5) * DAY) if picker and r.random() < 0.6 else T_END
            think_on = 800 if (typ == "homework" and r.random() < 0.35) or r.random() < 0.1 else 0
            users = lognorm(r, 3.2, 0.8)
            spike = r.randrange(DAYS) if r.random() < 0.15 else -1
            for day in range(DAYS):
                wk = day % 7 >= 5
                f = 1.0
                if typ in ("campus_it", "bootcamp", "plain_language"):
                    f = 0.25 if wk else 1.0
                if day == spike:
                    f *= r.uniform(4, 9)
                for _ in range(poisson(r, users * f)):
                    if typ == "homework":
                        h = r.uniform(15.5, 22.5) if not wk or r.random() < 0.5 else r.uniform(10, 21)
                    elif typ in ("campus_it", "bootcamp"):
                        h = r.uniform(8.5, 21)
                    else:
                        h = r.uniform(8, 22)
                    t = self.at_local(day, h, a.tz) + r.randrange(MIN)
                    hist = 0
                    kind = "chat"
                    for j in range(geometric(r, 0.45, 7)):
                        if j == 0:
                            p, kind = T.public_bot_q(r, typ, True)
                        else:
                            p = T.public_bot_q(r, typ, False)
                        model = (NEW if t >= added and r.random() < 0.6 else cfg) if picker else cfg
                        d = self.emit(a, t, p, kind, ip, "openparlour", model, r=r, system=system, turns=2 * j + 1, hist=hist, max_tokens=cap,
                                      think=think_on if kind == "reasoning" else 0)
                        hist += 20 + int(d * 70)
                        t += int((d + lognorm(r, 45, 0.7)) * SEC)

    # =========================================================================== ATTACK 3: curriculum shards in hosted notebooks
    def notebook_shards(self):
        r = self.rng("nbs")
        camp = "nbs-1"
        self.campaign(camp, "notebook_shards")
        switch = RELEASE + int(r.uniform(4, 10) * HOUR)
        self.camp[camp]["pivot"] = switch
        bill = [("US", 35), ("GB", 12), ("DE", 10), ("CA", 10), ("AU", 6), ("IE", 4), ("NL", 5), ("SG", 8), ("CH", 3), ("SE", 3)]
        shards = list(T.SHARDS)
        for i in range(240 * self.k):
            cc = wchoice(r, bill)
            if r.random() < 0.3:
                l = T.pick(r, T.LAST).lower()
                email = (f"{l}{T.pick(r, ['analytics', 'data', 'insights', 'quant', 'ml'])}.{r.choice(['com', 'io', 'co', 'ai'])}", T.pick(r, T.FIRST).lower())
            else:
                email = None
            a = self.account(r, "attack", "notebook_shards", camp, False, cc, self.aged(r, 30, 300), email=email,
                             channel=r.choice(["standard"] * 6 + ["startup"]), verified=r.random() < 0.6)
            a.key = self.key(r)
            reg = "us" if cc in ("US", "CA", "AU", "SG") else "eu"
            shard = r.choice(shards)
            reasoning_shard = shard not in ("linear",)
            stack = "py_sdk" if r.random() < 0.75 else "httpx"
            mix = [("cot", 55), ("datagen", 15), ("grading", 12), ("coding", 13)]
            slip_days = set(r.sample(range(DAYS), r.randint(1, 2))) if r.random() < 0.1 else set()
            for day in range(DAYS):
                wk = day % 7 >= 5
                if r.random() > (0.06 if wk else 0.4):
                    continue
                for _j in range(1 if r.random() < 0.7 else 2):
                    t = self.at_local(day, r.uniform(8.5, 17.5), a.tz)
                    n = r.randint(8, 30)
                    ip = self.net.grid_ip(r, reg)
                    st = stack
                    if day in slip_days:
                        ip = self.net.host(r, ("Pagoda Compute", "HK"))
                        st = r.choice(["httpx", "curl"])
                        n = r.randint(5, 15)
                        slip_days.discard(day)
                    for idx in range(n):
                        kind = wchoice(r, mix)
                        model = NEW if (t >= switch and reasoning_shard and r.random() < 0.85) else MAIN
                        think = 2500 if (kind == "cot" and r.random() < 0.7) or r.random() < 0.2 else 0
                        cap = r.choice([16000, 32000]) if think else 8192
                        d = self.emit(a, t, T.notebook_task(r, kind, shard), kind, ip, st, model, r=r, max_tokens=cap, think=think)
                        t += int((d + r.uniform(0.8, 4)) * SEC)
                        if r.random() < 0.05:
                            t += int(lognorm(r, 10, 0.6) * MIN)
                    # a little interactive cover in the same notebook session
                    for _c in range(r.randint(0, 2)):
                        t += int(lognorm(r, 6, 0.6) * MIN)
                        self.emit(a, t, T.notebook_task(r, "cover", shard), "coding", ip, st, MAIN, r=r, max_tokens=2048, out_med=260)

    # =========================================================================== HARD NEGATIVE: data scientists on the same notebook platform
    def notebook_data_scientists(self):
        r = self.rng("nbds")
        ccs = [("US", 35), ("GB", 10), ("DE", 10), ("CA", 6), ("NL", 5), ("FR", 5), ("IN", 8), ("SE", 3), ("CH", 3), ("AU", 4), ("ES", 3), ("PL", 3)]
        teams = []
        for i in range(150 * self.k):
            x = r.random()
            if x < 0.4:
                if teams and r.random() < 0.65:
                    org, dom, pf, cc = r.choice(teams)
                else:
                    cc = wchoice(r, ccs)
                    org = self.new_id(r, "org_", 8)
                    dom = f"{T.pick(r, ['veridian', 'oakline', 'tallgrass', 'bluefin', 'northstar', 'copperleaf', 'greyhound', 'kelpie'])}{r.choice(['', '-health', '-retail', '-insure', 'bank'])}.{r.choice(['com', 'io', 'co.uk', 'de'])}"
                    pf = self.pay_fp(r)
                    teams.append((org, dom, pf, cc))
                a = self.account(r, "benign", "notebook_data_scientists", None, True, cc, self.aged(r, 15, 700), email=(dom, local_part(r, 0)),
                                 channel="enterprise", verified=True, org=org, shared_pay=pf)
            elif x < 0.6:
                cc = r.choice(["US", "GB", "DE", "NL"])
                dom = {"US": "eastbrook.edu", "GB": "carrow.ac.uk", "DE": "th-lindau.de", "NL": "zwartewater.nl"}[cc]
                a = self.account(r, "benign", "notebook_data_scientists", None, True, cc, self.aged(r, 10, 900), email=(dom, local_part(r, 0)),
                                 channel=r.choice(["education", "research"]), verified=r.random() < 0.7)
            else:
                cc = wchoice(r, ccs)
                a = self.account(r, "benign", "notebook_data_scientists", None, True, cc, self.aged(r, 10, 1200), verified=r.random() < 0.4)
            a.key = self.key(r)
            reg = "us" if a.cc in ("US", "CA", "AU", "IN") else "eu"
            stack = "py_sdk" if r.random() < 0.7 else "httpx"
            nightly = r.random() < 0.25
            nightly_n = lognorm(r, 14, 0.5)
            evals_new = r.random() < 0.3
            adopt = RELEASE + int(r.uniform(0.5, 5) * DAY) if r.random() < 0.35 else T_END
            for day in range(DAYS):
                wk = day % 7 >= 5
                if nightly:  # the platform scheduler's default slot: 02:00 UTC, every day
                    t = T0 + day * DAY + 2 * HOUR + r.randrange(40 * SEC)
                    ip = self.net.grid_ip(r, reg)
                    for _ in range(poisson(r, nightly_n)):
                        p, kind = (T.ds_classify(r), "classify") if r.random() < 0.6 else (T.ds_extract(r), "extract")
                        d = self.emit(a, t, p, kind, ip, stack, SWIFT, r=r, max_tokens=256 if kind == "classify" else 1024)
                        t += int((d + r.uniform(0.05, 0.4)) * SEC)
                if wk and r.random() > 0.15:
                    continue
                if r.random() < 0.6:  # interactive exploration
                    t = self.at_local(day, r.uniform(9, 18), a.tz)
                    ip = self.net.grid_ip(r, reg)
                    for _ in range(r.randint(2, 8)):
                        d = self.emit(a, t, T.ds_explore(r), "coding", ip, stack, NEW if t >= adopt else MAIN, r=r, max_tokens=4096, out_med=420)
                        t += int((d + lognorm(r, 4, 0.7) * 60) * SEC)
                if r.random() < 0.08:  # labelling / extraction loop
                    t = self.at_local(day, r.uniform(9.5, 17), a.tz)
                    ip = self.net.grid_ip(r, reg)
                    cls = r.random() < 0.6
                    for _ in range(min(200, int(lognorm(r, 45, 0.6)))):
                        p, kind = (T.ds_classify(r), "classify") if cls else (T.ds_extract(r), "extract")
                        d = self.emit(a, t, p, kind, ip, stack, SWIFT if r.random() < 0.7 else MAIN, r=r, max_tokens=256 if cls else 1024)
                        t += int((d + r.uniform(0.05, 0.6)) * SEC)
                if r.random() < 0.03:  # evaluation run of their own pipeline prompts
                    t = self.at_local(day, r.uniform(9.5, 17), a.tz)
                    ip = self.net.grid_ip(r, reg)
                    th = 1500 if r.random() < 0.4 else 0
                    for _ in range(r.randint(30, 120)):
                        d = self.emit(a, t, T.ds_eval(r), "reasoning", ip, stack, NEW if t >= adopt else MAIN, r=r,
                                      max_tokens=16000 if th else 2048, think=th, out_med=380)
                        t += int((d + r.uniform(0.1, 1.0)) * SEC)
            if evals_new:  # benchmark the new model soon after release
                t = RELEASE + int(lognorm(r, 14, 0.5) * HOUR)
                lh = self.local_hour(t, a.tz)
                if lh < 8:
                    t += int((9 - lh) * HOUR)
                ip = self.net.grid_ip(r, reg)
                th = 1500 if r.random() < 0.5 else 0
                for _ in range(r.randint(50, 120)):
                    d = self.emit(a, t, T.ds_eval(r), "reasoning", ip, stack, NEW, r=r, max_tokens=16000 if th else 2048, think=th, out_med=380)
                    t += int((d + r.uniform(0.1, 1.0)) * SEC)

    # =========================================================================== ATTACK 4: consumer-plan cap surfers behind consumer VPNs
    def tier_cap_surfers(self):
        r = self.rng("tcs")
        camp = "tcs-1"
        self.campaign(camp, "tier_cap_surfers")
        switch = RELEASE + int(r.uniform(2, 5) * HOUR)
        self.camp[camp]["pivot"] = switch
        bill = [("US", 28), ("GB", 12), ("CA", 9), ("AU", 7), ("DE", 9), ("FR", 6), ("NL", 4), ("JP", 6), ("SG", 5), ("KR", 4), ("SE", 3),
                ("ES", 4), ("IT", 3)]
        provs = list(self.net.vpn)
        mix = [("cot", 40), ("coding", 25), ("rewrite", 15), ("grading", 10)]
        for i in range(200 * self.k):
            cc = wchoice(r, bill)
            late = r.random() < 0.15
            created = T0 + int(r.uniform(0, 9) * DAY) + r.randrange(DAY) if late else self.aged(r, 10, 120)
            a = self.account(r, "attack", "tier_cap_surfers", camp, False, cc, created, pay=True, verified=r.random() < 0.2)
            prov = r.choice(provs)
            stack = "chrome" if r.random() < 0.85 else "edge"
            a.uas[stack] = gen_ua(r, "chrome_desktop" if stack == "chrome" else "edge")  # automated desktop browser
            first_day = max(0, (created - T0) // DAY + 1)
            last_w = -10 * DAY
            for day in range(first_day, DAYS):
                if r.random() > 0.15:
                    continue
                windows = 1 if r.random() < 0.85 else 2
                ws = self.at_local(day, r.uniform(8, 15 if windows == 2 else 21.5), a.tz)
                for w in range(windows):
                    if ws < last_w + 5 * HOUR + 10 * MIN:
                        ws = last_w + 5 * HOUR + int(r.uniform(10, 60) * MIN)
                    last_w = ws
                    t = ws
                    ip = self.net.vpn_ip(r, prov, cc)
                    slip = r.random() < 0.025
                    n = r.randint(34, 45)
                    hist, turn, kind = 0, 1, "cot"
                    for m in range(n):
                        msg_ip = self.net.home(r, "CN") if slip and m < 2 else ip
                        if m == 0 or r.random() < 0.55:
                            kind = wchoice(r, mix)
                            p, turn, hist = T.capsurf(r, kind), 1, 0
                        else:
                            p = T.capsurf(r, "follow")
                            turn += 2
                        model = NEW if (t >= switch and r.random() < 0.97) else MAIN
                        think = 2200 if kind == "cot" and r.random() < 0.6 else 0
                        d = self.emit(a, t, p, kind, msg_ip, stack, model, r=r, turns=turn, hist=hist, think=think,
                                      max_tokens=32000 if think else 8192)
                        hist += 30 + int(d * 70)
                        t += int((d + lognorm(r, 22, 0.5) + len(p) / 45) * SEC)
                    ws = t + 5 * HOUR + int(r.uniform(5, 90) * MIN)

    # =========================================================================== HARD NEGATIVE: people who really hit the plan cap
    def plan_cap_power_users(self):
        r = self.rng("pcap")
        ccs = [("US", 28), ("GB", 10), ("DE", 8), ("CA", 6), ("FR", 5), ("NL", 3), ("AU", 4), ("IN", 6), ("JP", 4), ("KR", 3), ("BR", 4),
               ("ES", 3), ("SE", 2), ("CH", 2), ("PL", 2), ("IT", 3), ("SG", 2)]
        personas = list(T.POWER)
        provs = list(self.net.vpn)
        for i in range(150 * self.k):
            cc = wchoice(r, ccs)
            persona = r.choice(personas)
            a = self.account(r, "benign", "plan_cap_power_users", None, True, cc, self.aged(r, 20, 900), pay=True,
                             verified=r.random() < 0.35)
            a.home = self.net.home(r, cc)
            vpn = r.choice(provs) if r.random() < 0.35 else None
            tor = r.random() < 0.03
            stacks = r.sample(["chrome", "chrome", "firefox", "safari", "edge", "ios_app", "android_app"], r.randint(1, 2))
            traveller = r.random() < 0.08
            trip = (r.randint(0, 8), r.randint(3, 6)) if traveller else (99, 0)
            last_w = -10 * DAY
            for day in range(DAYS):
                wk = day % 7 >= 5
                if r.random() > (0.36 if wk else 0.55):
                    continue
                crunch = r.random() < 0.15
                n_sessions = 1 if crunch else r.randint(1, 3)
                away = trip[0] <= day < trip[0] + trip[1]
                for s in range(n_sessions):
                    t = self.diurnal_start(r, a, day, wk) if not crunch else self.at_local(day, r.uniform(9, 15), a.tz)
                    if t < last_w + 5 * HOUR and crunch:
                        continue
                    st = r.choice(stacks)
                    if tor and st in WEB and r.random() < 0.3:
                        ip = r.choice(self.net.tor)
                    elif vpn and (st in WEB or r.random() < 0.5):
                        ip = self.net.vpn_ip(r, vpn, cc if not away else r.choice(["US", "GB", "DE", "JP", "SG"]))
                    elif away:
                        ip = self.net.mob(r, r.choice(["ES", "IT", "JP", "MX", "TR", "PT"]))
                    else:
                        ip = self.consumer_ip(a, r, st)
                    n = r.randint(38, 45) if crunch else geometric(r, 0.16, 26)
                    if crunch:
                        last_w = t
                    hist, turn, kind = 0, 1, "chat"
                    for m in range(n):
                        p, k2 = T.power(r, persona, m == 0 or r.random() < 0.08)
                        if k2:
                            kind, turn, hist = k2, 1, 0 if m else 0
                        else:
                            turn += 2
                        think = 1800 if kind == "reasoning" and r.random() < 0.5 else 0
                        d = self.emit(a, t, p, kind, ip, st, self.app_model(a, t, r), r=r, turns=turn, hist=hist, think=think,
                                      max_tokens=32000 if think else 8192)
                        hist += 40 + int(d * 70)
                        t += int((d + lognorm(r, 70, 0.8)) * SEC)

    # =========================================================================== ATTACK 5: a browser extension riding its users' sessions
    def extension_riders(self):
        r = self.rng("ext")
        camp = "ext-1"
        self.campaign(camp, "extension_riders")
        op_switch = RELEASE + int(r.uniform(1, 3) * HOUR)
        self.camp[camp]["pivot"] = op_switch
        ccs = [(c, w) for c, (tz, w) in COUNTRY.items() if w > 0]
        mix = [("cot", 40), ("coding", 20), ("datagen", 15), ("grading", 15), ("rewrite", 10)]
        for i in range(200 * self.k):
            cc = wchoice(r, ccs)
            plus = r.random() < 0.45
            a = self.account(r, "attack", "extension_riders", camp, False, cc, self.aged(r, 15, 1100), pay=plus)
            a.home = self.net.home(r, cc)
            browser = "chrome" if r.random() < 0.8 else "edge"
            a.uas[browser] = gen_ua(r, "chrome_desktop" if browser == "chrome" else "edge")  # extensions live in desktop browsers
            stacks = [browser] + (["android_app"] if r.random() < 0.3 else [])
            self.ordinary_life(a, r, lognorm(r, 0.45, 0.6), stacks)
            desk = r.random() < 0.55
            offices = [o for o in self.net.offices if o[4] == cc] or self.net.offices
            office = r.choice(offices)
            update = T0 + int(r.uniform(1.8, 4.5) * DAY)
            removed = update + int(r.uniform(1, 8) * DAY) if r.random() < 0.3 else T_END
            quota_hi = r.randint(8, 14) if plus else r.randint(3, 6)
            for day in range(DAYS):
                wk = day % 7 >= 5
                spans = []
                if desk and not wk:
                    spans += [(r.uniform(8.5, 9.5), r.uniform(12, 13), True), (r.uniform(13.3, 14), r.uniform(16.5, 18.5), True)]
                    if r.random() < 0.5:
                        spans.append((r.uniform(19.5, 21), r.uniform(21.5, 23.5), False))
                else:
                    if r.random() < 0.8:
                        spans.append((r.uniform(17.5, 20), r.uniform(21, 24), False))
                    if (wk and r.random() < 0.5) or r.random() < 0.2:
                        spans.append((r.uniform(9.5, 11), r.uniform(12.5, 16), False))
                done = 0
                for lo, hi, at_work in spans:
                    ip = self.net.office_ip(r, office) if at_work else a.home
                    t = self.at_local(day, lo, a.tz) + int(r.uniform(1, 10) * MIN)
                    end = self.at_local(day, hi, a.tz)
                    while t < end and done < quota_hi:
                        if update <= t < removed:
                            kind = wchoice(r, mix)
                            model = NEW if (plus and t >= op_switch) else self.app_model(a, t, r)
                            think = 1600 if plus and kind == "cot" and r.random() < 0.5 else 0
                            self.emit(a, t, T.extension_task(r, kind), kind, ip, browser, model, r=r, max_tokens=32000 if think else 8192,
                                      think=think)
                            done += 1
                        t += int(lognorm(r, 10, 0.5) * MIN)
                    # the user's own browsing in the same span now and then
                    if r.random() < 0.35:
                        ts = self.at_local(day, r.uniform(lo, hi), a.tz)
                        self.chat_session(a, ts, r, browser, ip, geometric(r, 0.45, 6))

    # =========================================================================== HARD NEGATIVE: public library terminals
    def library_terminals(self):
        r = self.rng("lib")
        ca, cb, cc_ = self.net.council
        branches = [[f"{ca}.{cb}.{cc_}.{10 * (b + 1) + j}" for j in range(r.randint(1, 2))] for b in range(5)]
        term_ua = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36"
        tz = 1
        patrons = []
        # AI-skills workshops: sign-ups in bursts at one branch
        workshops = [(T0 - int(r.uniform(8, 120) * DAY), r.randrange(5), False) for _ in range(6)]
        workshops += [(self.at_local(1, 10, tz), 0, True), (self.at_local(8, 14, tz), 2, True)]
        for (ws, br, live) in workshops:
            if not live:
                ws = ws - ws % DAY + int((r.choice([10, 14, 18]) - tz) * HOUR)
            script = r.randrange(len(T.WORKSHOP_SCRIPTS))
            for _ in range(r.randint(10, 18) * self.k):
                created = ws + int(r.uniform(3, 28) * MIN)
                a = self.account(r, "benign", "library_terminals", None, True, "GB", created, pay=r.random() < 0.05, verified=False,
                                 tz=tz, email=(wchoice(r, [("gmail.com", 50), ("outlook.com", 20), ("hotmail.com", 15), ("yahoo.com", 10), ("icloud.com", 5)]), local_part(r)))
                patrons.append((a, br))
                if live:  # everyone types the same exercises at the same moments
                    for stp in range(len(T.WORKSHOP_SCRIPTS[script])):
                        t = ws + int((32 + 7 * stp) * MIN) + int(r.uniform(0, 150) * SEC)
                        self.emit(a, t, T.WORKSHOP_SCRIPTS[script][stp] if "{" not in T.WORKSHOP_SCRIPTS[script][stp] else T.workshop_step(r, script, stp),
                                  "chat", r.choice(branches[br]), "chrome", MAIN, r=r, ua=term_ua, max_tokens=8192)
        for _ in range(30 * self.k):
            a = self.account(r, "benign", "library_terminals", None, True, "GB", self.aged(r, 5, 600), pay=r.random() < 0.1, verified=False, tz=tz)
            patrons.append((a, r.randrange(5)))
        for a, br in patrons:
            a.home = self.net.home(r, "GB")
            visits = poisson(r, 2.0)
            for _ in range(visits):
                day = r.randrange(DAYS)
                if day % 7 == 6:
                    continue
                t = self.at_local(day, r.uniform(9.5, 18), tz)
                ip = r.choice(branches[br] if r.random() < 0.8 else branches[r.randrange(5)])
                hist = 0
                for j in range(r.randint(2, 9)):
                    if j == 0 or r.random() < 0.4:
                        kind, p = T.library(r)
                        hist = 0
                        turn = 1
                    else:
                        p = T.followup(r)
                        turn += 2
                    d = self.emit(a, t, p, kind, ip, "chrome", self.app_model(a, t, r), r=r, ua=term_ua, turns=turn, hist=hist, max_tokens=8192)
                    hist += 30 + int(d * 70)
                    t += int((d + lognorm(r, 75, 0.6)) * SEC)
            if r.random() < 0.4:
                self.ordinary_life(a, r, 0.15, [r.choice(["android_app", "ios_app", "android_app"])])

    # =========================================================================== HARD NEGATIVE: textbook publisher writing worked solutions
    def textbook_publisher(self):
        r = self.rng("pub")
        org, dom = "org_harbourline", "harbourline-learning.co.uk"
        pf = self.pay_fp(r)
        ha, hb, hc, hd = self.net.harbour
        office = [f"{ha}.{hb}.{hc}.{hd + j}" for j in range(1, 6)]
        vm = [self.net.host(r, ("Nimbella Cloud", "GB")) for _ in range(2)]
        mix = [("cot", 55), ("grading", 15), ("rewrite", 15), ("datagen", 15)]
        # content pipeline service accounts
        for i in range(6 * self.k):
            a = self.account(r, "benign", "textbook_publisher", None, True, "GB", self.aged(r, 60, 400), email=(dom, f"content-pipeline-{i + 1}"),
                             channel="enterprise", verified=True, org=org, shared_pay=pf, tz=1)
            a.key = self.key(r)
            compare = RELEASE + int(r.uniform(3, 20) * HOUR)
            for day in range(DAYS):
                if day % 7 >= 5 or r.random() > 0.85:
                    continue
                t = self.at_local(day, r.uniform(7, 10), 1)
                for _ in range(int(lognorm(r, 120, 0.4))):
                    kind = wchoice(r, mix)
                    model = NEW if t > compare and r.random() < 0.4 else MAIN
                    think = 2000 if kind == "cot" and r.random() < 0.7 else 0
                    d = self.emit(a, t, T.publisher(r, kind), kind, r.choice(vm), "py_sdk", model, r=r, system=T.PUB_SYSTEM,
                                  max_tokens=16000, think=think)
                    t += int((d + r.uniform(0.2, 1.2)) * SEC)
            t = compare
            for _ in range(int(lognorm(r, 220, 0.3))):  # side-by-side quality check of the new model
                kind = wchoice(r, mix)
                d = self.emit(a, t, T.publisher(r, kind), kind, r.choice(vm), "py_sdk", NEW, r=r, system=T.PUB_SYSTEM, max_tokens=16000,
                              think=2000 if kind == "cot" else 0)
                t += int((d + r.uniform(0.2, 1.2)) * SEC)
        # editors (GB) and contract solution writers (IN, PH, ZA)
        for i in range(54 * self.k):
            contractor = i % 9 >= 5
            cc = r.choice(["IN", "PH", "ZA", "IN"]) if contractor else "GB"
            a = self.account(r, "benign", "textbook_publisher", None, True, cc, self.aged(r, 20, 900), email=(dom, local_part(r, 0)),
                             channel="enterprise", verified=True, org=org, shared_pay=pf)
            a.rec["billing_country"] = "GB"  # paid by the publisher's company card, wherever the person works
            a.home = self.net.home(r, cc)
            a.key = self.key(r) if contractor and r.random() < 0.5 else None
            web = r.choice(["chrome", "chrome", "safari", "edge", "firefox"])
            for day in range(DAYS):
                if day % 7 >= 5 and r.random() > 0.1:
                    continue
                if r.random() < 0.15:
                    continue
                for _s in range(r.randint(1, 4)):
                    t = self.at_local(day, r.uniform(9, 17.5), a.tz)
                    ip = r.choice(office) if not contractor and r.random() < 0.6 else a.home
                    hist = 0
                    for j in range(r.randint(1, 6)):
                        kind = wchoice(r, mix + [("chat", 25)])
                        p = T.publisher(r, kind if kind != "chat" else "edit")
                        d = self.emit(a, t, p, kind if kind != "chat" else "reasoning", ip, web, self.app_model(a, t, r), r=r, turns=2 * j + 1,
                                      hist=hist, max_tokens=8192, think=1200 if kind == "cot" and r.random() < 0.3 else 0)
                        hist += 40 + int(d * 70)
                        t += int((d + lognorm(r, 90, 0.6)) * SEC)
                if a.key and r.random() < 0.35:  # a contractor's own little batch script
                    t = self.at_local(day, r.uniform(10, 18), a.tz)
                    for _ in range(r.randint(20, 60)):
                        kind = wchoice(r, mix)
                        d = self.emit(a, t, T.publisher(r, kind), kind, a.home, "py_sdk", MAIN, r=r, system=T.PUB_SYSTEM, max_tokens=8192,
                                      think=1500 if kind == "cot" and r.random() < 0.5 else 0)
                        t += int((d + r.uniform(0.5, 3)) * SEC)

    # =========================================================================== background population
    def everyday_users(self):
        r = self.rng("every")
        ccs = [(c, w) for c, (tz, w) in COUNTRY.items() if w > 0]
        for i in range(1700 * self.k):
            cc = wchoice(r, ccs)
            created = self.aged(r, 2, 1500) if r.random() < 0.95 else T0 + int(r.uniform(0, DAYS - 1) * DAY)
            a = self.account(r, "benign", "everyday_user", None, False, cc, created, pay=r.random() < 0.35)
            a.home = self.net.home(r, cc)
            stacks = r.sample(["chrome", "chrome", "edge", "firefox", "safari", "ios_app", "android_app", "android_app"], r.randint(1, 2))
            if r.random() < 0.04:  # privacy-minded: a consumer VPN on the laptop
                prov = r.choice(list(self.net.vpn))
                a.home = self.net.vpn_ip(r, prov, cc)
            self.ordinary_life(a, r, lognorm(r, 0.26, 0.9), stacks)

    def developers(self):
        r = self.rng("dev")
        ccs = [("US", 30), ("IN", 14), ("DE", 8), ("GB", 8), ("CA", 5), ("FR", 4), ("NL", 4), ("BR", 4), ("PL", 3), ("JP", 3), ("ES", 2),
               ("SE", 2), ("UA", 2), ("IE", 2), ("KR", 2), ("NG", 1), ("VN", 1), ("AU", 2)]
        orgs = []
        for i in range(300 * self.k):
            office = None
            if orgs and r.random() < 0.3:
                org, dom, pf, cc, office = r.choice(orgs)
                a = self.account(r, "benign", "developer", None, False, cc, self.aged(r, 10, 900), email=(dom, local_part(r, r.choice([0, 2]))),
                                 channel=r.choice(["startup", "enterprise"]), org=org, shared_pay=pf, verified=True)
            elif r.random() < 0.3:
                cc = wchoice(r, ccs)
                org = self.new_id(r, "org_", 8)
                dom = f"{T.pick(r, ['lumenfield', 'gristmill', 'parcelly', 'tidepool', 'ironbark', 'juniper', 'halcyon', 'wayfarer', 'cinder', 'marlin'])}{r.choice(['', 'hq', 'app', 'labs'])}.{r.choice(['com', 'io', 'dev', 'co'])}"
                pf = self.pay_fp(r)
                office = r.choice(self.net.offices)
                orgs.append((org, dom, pf, cc, office))
                a = self.account(r, "benign", "developer", None, False, cc, self.aged(r, 10, 900), email=(dom, local_part(r, 0)),
                                 channel=r.choice(["startup", "enterprise", "standard"]), org=org, shared_pay=pf, verified=True)
            else:
                cc = wchoice(r, ccs)
                a = self.account(r, "benign", "developer", None, False, cc, self.aged(r, 5, 1500))
            a.home = self.net.home(r, a.cc)
            a.key = self.key(r)
            sdk = r.choice(["py_sdk", "py_sdk", "node_sdk", "node_sdk", "go_sdk", "httpx", "curl", "java_sdk"])
            stacks = [sdk, r.choice(["chrome", "firefox", "safari", "edge"])]
            adopt = RELEASE + int(r.uniform(0.1, 6) * DAY) if r.random() < 0.45 else T_END
            rate = lognorm(r, 1.6, 0.7)
            agent = r.random() < 0.25
            for day in range(DAYS):
                wk = day % 7 >= 5
                for _ in range(poisson(r, rate * (0.2 if wk else 1.0))):
                    t = self.at_local(day, r.uniform(8.5, 19.5) if r.random() < 0.85 else r.uniform(20, 25), a.tz)
                    ip = self.net.office_ip(r, office) if office and not wk and r.random() < 0.6 else a.home
                    st = r.choice(stacks)
                    model = NEW if t >= adopt and r.random() < 0.8 else (OLD if r.random() < 0.03 else r.choice([MAIN, MAIN, SWIFT]))
                    hist = 0
                    if agent and st != stacks[1] and r.random() < 0.5:
                        task, tools = T.agent_task(r)
                        for j in range(geometric(r, 0.12, 18)):
                            p = task if j == 0 else T.agent_step(r)
                            d = self.emit(a, t, p, "agentic", ip, st, model, r=r, turns=2 * j + 1, hist=hist + 1800, tools=tools,
                                          max_tokens=8192, tool_p=0.85)
                            hist += 300 + int(d * 70)
                            t += int((d + r.uniform(1, 9)) * SEC)
                        continue
                    for j in range(geometric(r, 0.4, 7)):
                        kind, p = T.developer(r) if j == 0 or r.random() < 0.3 else ("coding", T.dev_follow(r))
                        d = self.emit(a, t, p, kind, ip, st, model if st not in CONSUMER else self.app_model(a, t, r), r=r, turns=2 * j + 1,
                                      hist=hist, max_tokens=r.choice([1024, 4096, 8192]) if st not in CONSUMER else 8192)
                        hist += 40 + int(d * 70)
                        t += int((d + lognorm(r, 60, 0.8)) * SEC)

    def app_backends(self):
        r = self.rng("apps")
        ccs = [("US", 30), ("GB", 8), ("DE", 8), ("IN", 8), ("BR", 5), ("FR", 4), ("NL", 3), ("JP", 3), ("ES", 3), ("AU", 3), ("CA", 4), ("MX", 2), ("SE", 2)]
        for i in range(60 * self.k):
            cc = wchoice(r, ccs)
            si = r.randrange(len(T.APP_BACKENDS))
            org = self.new_id(r, "org_", 8)
            dom = f"{T.pick(r, ['pantrypal', 'reviewlens', 'lingolane', 'nestly', 'bankwise', 'letly', 'studioflow', 'minutely'])}{r.randint(1, 99)}.{r.choice(['com', 'io', 'app'])}"
            a = self.account(r, "benign", "app_backend", None, False, cc, self.aged(r, 40, 1000), email=(dom, r.choice(["dev", "platform", "eng", "ops"])),
                             channel=r.choice(["standard", "startup", "enterprise"]), org=org, verified=True)
            a.key = self.key(r)
            ips = [self.net.host_in(r, cc) for _ in range(r.randint(1, 3))]
            sdk = r.choice(["py_sdk", "node_sdk", "go_sdk", "java_sdk", "httpx"])
            per_hour = lognorm(r, 0.45, 0.8)
            model = SWIFT if r.random() < 0.7 else MAIN
            adopt = RELEASE + int(r.uniform(0.5, 6) * DAY) if r.random() < 0.15 else T_END
            cap = r.choice([512, 1024, 1024, 2048])
            for hr in range(DAYS * 24):
                lh = (hr + a.tz) % 24
                wk = (hr // 24) % 7 >= 5
                lam = per_hour * (0.15 if lh < 6 else 0.6 if lh < 9 else 1.4 if lh < 22 else 0.6) * (0.8 if wk else 1.0)
                for _ in range(poisson(r, lam)):
                    t = T0 + hr * HOUR + r.randrange(HOUR)
                    self.emit(a, t, T.app_call(r, si), "chat", r.choice(ips), sdk, NEW if t >= adopt else model, r=r,
                              system=T.APP_BACKENDS[si][0], max_tokens=cap, out_med=150)

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
            for c, asn, org, cc, kind in self.net.rows:
                f.write(f"{c},{asn},{org},{cc},{kind}\n")
        with open(os.path.join(out, "releases.csv"), "w", encoding="utf-8") as f:
            f.write("model,released_at\n")
            for m, t in RELEASES:
                f.write(f"{m},{t}\n")
            f.write(f"{NEW},{rfc(RELEASE)}\n")
        with open(os.path.join(out, "policy.toml"), "w", encoding="utf-8") as f:
            f.write("restricted_countries = [" + ", ".join(f'"{c}"' for c in RESTRICTED) + "]\n")
            f.write('hash_key_id = "outside-thirteen"\nhash_key = "outside-thirteen-test-key-9b4e27c1f0"\n\n')
            f.write("[thresholds]\nreview = 0.5\nthrottle = 0.7\nblock = 0.85\n")
        w = sys.stderr.write
        groups = {}
        for a in used:
            g = groups.setdefault(a.group, [a.label + ("*" if a.hard else ""), 0])
            g[1] += 1
        w(f"{'label':8} {'group':26} {'accounts':>8} {'events':>8} {'distinct':>8}\n")
        ta = te = 0
        for g in sorted(groups, key=lambda g: (groups[g][0], g)):
            lab, n = groups[g]
            e = self.gcount.get(g, 0)
            ta += n
            te += e
            w(f"{lab:8} {g:26} {n:8d} {e:8d} {len(self.gprompts.get(g, ())) / max(1, e):8.2f}\n")
        distinct = len(set().union(*self.gprompts.values())) if self.gprompts else 0
        natt = sum(1 for a in used if a.label == "attack")
        w(f"total: {ta} accounts ({natt} attack), {te} events, distinct prompts {distinct / max(1, te):.2f}, {len(self.camp)} campaigns, "
          f"dropped (outside window or before sign-up) {self.dropped}, {time.time() - t_start:.1f} s\n")


GROUPS = ("ci_review_farm", "chatbot_freeride", "notebook_shards", "tier_cap_surfers", "extension_riders",
          "ci_bot_users", "public_bot_operators", "notebook_data_scientists", "plan_cap_power_users", "library_terminals",
          "textbook_publisher", "everyday_users", "developers", "app_backends")


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
