#!/usr/bin/env python3
"""outside_field: independent field-shaped traffic with ground truth for distillguard.

Python 3 standard library only. Deterministic per --seed and --scale.
See README.md in this directory.
"""

import argparse
import json
import math
import os
import random
import sys
import time
from datetime import datetime, timezone

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import text as T  # noqa: E402

DAY = 86_400_000
HOUR = 3_600_000
MIN = 60_000
START = int(datetime(2026, 4, 6, tzinfo=timezone.utc).timestamp() * 1000)  # a Monday
DAYS = 14
END = START + DAYS * DAY
RELEASE = START + 8 * DAY + 16 * HOUR  # corvid-3, Tuesday of week two, 16:00Z
MAIN, SWIFT, OLD, NEW = "corvid-2", "corvid-2-swift", "corvid-1", "corvid-3"

# country -> UTC offset in hours (standard time is close enough for a generator)
TZ = {"US": -5, "CA": -5, "MX": -6, "BR": -3, "AR": -3, "CO": -5, "CL": -4, "GB": 0, "IE": 0,
      "PT": 0, "ES": 1, "FR": 1, "DE": 1, "NL": 1, "PL": 1, "CZ": 1, "SE": 1, "IT": 1, "AT": 1,
      "RO": 2, "UA": 2, "GR": 2, "EE": 2, "FI": 2, "TR": 3, "EG": 2, "KE": 3, "NG": 1, "ZA": 2,
      "IN": 5.5, "VN": 7, "ID": 7, "PH": 8, "SG": 8, "MY": 8, "JP": 9, "KR": 9, "AU": 10,
      "NZ": 12, "GE": 4, "AM": 4, "RS": 1, "LT": 2}
RESTRICTED = ("CN", "RU", "KP", "IR")

FREEMAIL = ("gmail.com", "outlook.com", "yahoo.com", "proton.me", "icloud.com", "gmx.de",
            "mail.com", "hotmail.com", "yandex.com", "zoho.com")

# user agent -> TLS fingerprint, by stack (libraries share a fingerprint, as in the field)
FP = {"py": "t13d1516h2_8daaf6152771_b0da82dd1658", "node": "t13d1715h2_5b57614c22b0_3d5424432f57",
      "go": "t13d1311h2_f57a46bbacb6_ab7e3b40a677", "java": "t13d1812h2_e8a523a41297_d1a6d2bd8a1b",
      "curl": "t13d3112h2_e8f1e7e78f70_6bebaf5329ac", "dotnet": "t13d1516h2_2a2849d1e0c3_9c1d1e3f0a7b",
      "rust": "t13d1010h2_61a7ad8aa9b6_3fcd1a44f3e3", "chrome": "t13d1516h2_8daaf6152771_02713d6af862",
      "firefox": "t13d1715h2_5b57614c22b0_5c2c66f702b0", "safari": "t13d2014h2_a09f3c656075_14788d8d241b",
      "ios": "t13d2014h2_a09f3c656075_e42f34c56612", "android": "t13d1516h2_8daaf6152771_f37e75b10bcc",
      "desktop": "t13d1516h2_8daaf6152771_02713d6af862", "cli": "t13d1715h2_5b57614c22b0_7121afd63204"}
UA = {"py": ("corvid-python/1.12.0", "OpenAI/Python 1.52.0", "python-httpx/0.27.2",
             "python-requests/2.32.3", "langchain-corvid/0.3.1"),
      "node": ("corvid-node/0.9.4", "OpenAI/JS 4.67.1", "axios/1.7.7"),
      "go": ("Go-http-client/2.0", "corvid-go/0.4.0"), "java": ("okhttp/4.12.0", "Java-http-client/21.0.2"),
      "curl": ("curl/8.5.0",), "dotnet": ("corvid-dotnet/1.1.0",), "rust": ("reqwest/0.12.8",),
      "chrome": ("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36",
                 "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36"),
      "firefox": ("Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0",
                  "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0"),
      "safari": ("Mozilla/5.0 (Macintosh; Intel Mac OS X 14_6) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15",),
      "ios": ("CorvidChat/3.4.1 (iPhone; iOS 18.1)", "CorvidChat/3.4.1 (iPad; iOS 18.0)"),
      "android": ("CorvidChat/3.4.0 (Android 15; Pixel 8)", "CorvidChat/3.4.0 (Android 14; SM-A546B)"),
      "desktop": ("CorvidDesktop/1.8.2 Electron/32.1.0",), "cli": ("corvid-code/1.3.0 (cli)",)}
CONSUMER = ("chrome", "chrome", "firefox", "safari", "ios", "ios", "android", "android", "desktop")
SDKS = ("py", "py", "py", "node", "node", "go", "java", "curl", "dotnet", "rust", "cli")

HUMAN_H = (0.15, 0.08, 0.04, 0.03, 0.03, 0.08, 0.25, 0.55, 0.85, 1.0, 1.0, 1.0, 0.95, 1.0,
           1.0, 1.0, 1.0, 1.05, 1.15, 1.3, 1.35, 1.2, 0.8, 0.4)
OFFICE_H = tuple(1.0 if 9 <= h <= 17 else (0.3 if h in (8, 18) else 0.02) for h in range(24))
EXT_H = tuple(1.0 if 8 <= h <= 21 else (0.25 if h in (7, 22, 23) else 0.03) for h in range(24))
FLAT_H = (1.0,) * 24


def iso(ms):
    return datetime.fromtimestamp(ms / 1000, tz=timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.") + f"{ms % 1000:03d}Z"


def shape(local):
    return "".join("a" if c.isalpha() else ("9" if c.isdigit() else c) for c in local)


# ------------------------------------------------------------------------------- network

class Net:
    """Invented but plausible address plan, written to ip_ranges.csv."""

    def __init__(self, r):
        self.r = r
        self.rows = []
        self.used = set()
        octs = [a for a in range(11, 224) if a not in (100, 127, 169, 172, 192, 198, 203)]
        r.shuffle(octs)
        self.octs = octs
        self.asn = 30000
        self.isp, self.mobile, self.v6 = {}, {}, {}
        isp_words = ("Telecom", "Broadband", "Net", "Fibre", "Kabel", "Online", "Connect")
        for c in sorted(TZ):
            self.isp[c] = []
            for k in range(2):
                a, b = self.block16()
                org = f"{c} {r.choice(('Nord', 'Vista', 'Prima', 'Alto', 'Orbit', 'Civic', 'Delta', 'Lumen'))} {r.choice(isp_words)}"
                asn = self.next_asn()
                self.rows.append((f"{a}.{b}.0.0/16", asn, org, c, "isp"))
                self.isp[c].append((a, b, asn, org))
        for c in ("US", "DE", "JP", "FR", "GB", "IN"):
            h = 0x2a00 + r.randrange(0x400)
            p = f"{h:x}:{r.randrange(0x10000):x}"
            self.rows.append((f"{p}::/32", self.next_asn(), f"{c} Fibre v6", c, "isp"))
            self.v6[c] = p
        for c in ("ID", "PH", "IN", "NG", "KE", "BR", "MX", "VN", "TR", "EG", "US", "GB"):
            a, b = self.block16()
            self.rows.append((f"{a}.{b}.0.0/16", self.next_asn(), f"{c} Mobile {r.choice(('One', 'Plus', 'Cell', 'Wave'))}", c, "mobile"))
            self.mobile[c] = (a, b)
        # hosting: a big cloud with regions, and many small VPS providers
        self.cloud = {}
        casn = self.next_asn()
        for c in ("US", "DE", "GB", "SG", "JP", "BR", "IN", "AU", "NL", "FR"):
            a, b = self.block16()
            self.rows.append((f"{a}.{b}.0.0/16", casn, "Stratus Cloud Services", c, "hosting"))
            self.cloud[c] = (a, b)
        vps_names = ("Nimbus", "Kestrel", "Bluefin", "Corvus", "Harbor", "Tundra", "Ironleaf",
                     "Quokka", "Sprocket", "Marlin", "Basalt", "Zephyr", "Ember", "Pylon", "Aster",
                     "Granite", "Heron", "Lattice", "Mistral", "Nova", "Oxbow", "Pinion", "Quasar",
                     "Rook", "Saffron", "Tessel", "Umber", "Vireo", "Wren", "Yarrow", "Zircon",
                     "Alder", "Birch", "Cobalt", "Dune", "Fjord", "Gale", "Hollow", "Ivy", "Juniper")
        vps_c = ("US", "DE", "NL", "FR", "GB", "PL", "RO", "LT", "EE", "FI", "SE", "CZ", "AT", "IT",
                 "ES", "PT", "TR", "GE", "AM", "RS", "UA", "SG", "MY", "JP", "KR", "IN", "BR",
                 "AR", "CL", "MX", "CA", "AU", "NZ", "ZA", "KE", "VN", "ID", "PH", "IE", "GR")
        self.vps = []
        for i, nm in enumerate(vps_names):
            a, b = self.block16()
            c = vps_c[i % len(vps_c)]
            asn = self.next_asn()
            org = f"{nm} {r.choice(('Hosting', 'VPS', 'Servers', 'Datacenter', 'Compute'))} {r.choice(('Ltd', 'GmbH', 'SRL', 'LLC', 'AB', 'OU', 'BV', 'Sp. z o.o.'))}"
            self.rows.append((f"{a}.{b}.0.0/16", asn, org, c, "hosting"))
            self.vps.append((a, b, c))
        self.vpn = []
        for prov in ("TunnelBee VPN", "Shieldway"):
            asn = self.next_asn()
            for c in ("US", "GB", "DE", "NL", "SG", "JP"):
                a, b = self.block16()
                x = r.randrange(256)
                self.rows.append((f"{a}.{b}.{x}.0/24", asn, prov, c, "vpn"))
                self.vpn.append((a, b, x))
        self.edu = {}
        for c, uni in (("DE", "Technische Hochschule Westfeld"), ("GB", "University of Ashcombe"),
                       ("NL", "Rijnland University"), ("US", "Lakeshore State University"),
                       ("FR", "Universite de Vallonne"), ("SE", "Norrvik University"),
                       ("JP", "Kansai Institute of Science"), ("IN", "Deccan Institute of Technology"),
                       ("BR", "Universidade do Planalto"), ("KE", "Rift Valley University"),
                       ("PL", "Politechnika Nadwislanska"), ("CA", "Prairie Polytechnic")):
            a, b = self.block16()
            self.rows.append((f"{a}.{b}.0.0/16", self.next_asn(), uni, c, "education"))
            self.edu[c] = (a, b, uni)
        self.resi_known = []

    def next_asn(self):
        self.asn += 1 + self.r.randrange(900)
        return self.asn

    def block16(self):
        while True:
            a = self.octs[self.r.randrange(len(self.octs))]
            b = self.r.randrange(256)
            if (a, b) not in self.used:
                self.used.add((a, b))
                return a, b

    def home(self, r, c):
        a, b, _, _ = r.choice(self.isp[c])
        return f"{a}.{b}.{r.randrange(256)}.{r.randrange(1, 255)}"

    def home_v6(self, r, c):
        return f"{self.v6[c]}:{r.randrange(0x10000):x}:{r.randrange(0x10000):x}::{r.randrange(1, 0x10000):x}"

    def mob(self, r, c):
        a, b = self.mobile[c]
        return f"{a}.{b}.{r.randrange(256)}.{r.randrange(1, 255)}"

    def cloud_ip(self, r, c, third=None):
        a, b = self.cloud[c]
        return f"{a}.{b}.{r.randrange(256) if third is None else third}.{r.randrange(4, 250)}"

    def resi_exit(self, r, c, known_share):
        ip = self.home(r, c)
        if r.random() < known_share:
            self.resi_known.append(ip)
        return ip

    def vpn_ip(self, r):
        a, b, x = r.choice(self.vpn)
        return f"{a}.{b}.{x}.{r.randrange(2, 250)}"

    def edu_ip(self, r, c):
        a, b, _ = self.edu[c]
        return f"{a}.{b}.{r.randrange(256)}.{r.randrange(1, 255)}"

    def write(self, path):
        seen = set()
        with open(path, "w", encoding="utf-8") as f:
            f.write("cidr,asn,as_org,country,kind\n")
            for cidr, asn, org, c, kind in self.rows:
                f.write(f"{cidr},{asn},{org},{c},{kind}\n")
            for ip in self.resi_known:
                if ip in seen:
                    continue
                seen.add(ip)
                a, b = map(int, ip.split(".")[:2])
                for ra, rb, asn, org in (x for cc in sorted(self.isp) for x in self.isp[cc]):
                    if (ra, rb) == (a, b):
                        f.write(f"{ip}/32,{asn},{org},,residential_proxy\n")
                        break


# ------------------------------------------------------------------------------- timing

def pick_hour(r, weights):
    tot = sum(weights)
    x = r.random() * tot
    for h, w in enumerate(weights):
        x -= w
        if x <= 0:
            return h
    return 23


def sessions(r, day0, n, tz, weights, gap=(25, 240), per=(2, 8)):
    """n request times on the UTC day starting at day0, in sessions at local-hour weights."""
    out = []
    while len(out) < n:
        k = min(n - len(out), r.randint(*per))
        h = pick_hour(r, weights)
        t = day0 + int((h - tz) * HOUR) + r.randrange(HOUR)
        for _ in range(k):
            out.append(t)
            t += int(1000 * r.uniform(*gap) * r.lognormvariate(0, 0.5))
    return [t for t in out if START <= t < END]


def weekend(day):
    return day % 7 in (5, 6)


# ------------------------------------------------------------------------------- world

class World:
    def __init__(self, seed, scale):
        self.r = random.Random(seed)
        self.scale = scale
        self.m = 1 if scale == "small" else 4
        self.net = Net(random.Random(self.r.getrandbits(64)))
        self.idr = random.Random(self.r.getrandbits(64))
        self.ids = set()
        self.accounts = []  # dicts: id, label, group, campaign, hard, rec
        self.campaigns = []
        self.stats = {}
        self.buckets = None

    def new_id(self):
        while True:
            s = "acct_" + "".join(self.idr.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(10))
            if s not in self.ids:
                self.ids.add(s)
                return s

    def card(self, r):
        return f"pf_{r.getrandbits(48):012x}"

    def add(self, group, label, campaign=None, hard=False, rec=None):
        a = {"id": self.new_id(), "label": label, "group": group, "campaign": campaign,
             "hard": hard, "rec": rec or {}, "first": None}
        self.accounts.append(a)
        return a

    # ----- event emission
    def emit(self, a, r, ts, ip, model, prompt, client, kind, system=None, turns=1, tools=None,
             tool_calls=0, max_tokens=None, thinking=False, hist=0, ua=None):
        ts = int(min(max(ts, START), END - 1))
        if a["first"] is None or ts < a["first"]:
            a["first"] = ts
        if a["last"] is None or ts > a["last"]:
            a["last"] = ts
        inp = int(len(prompt) / 3.7) + (int(len(system) / 3.7) if system else 0) + hist + 4
        if tools:
            inp += 90 * len(tools)
        lo, hi = OUT[kind]
        out = int(math.exp(r.uniform(math.log(lo), math.log(hi))))
        if kind == "translate":
            out = int(inp * r.uniform(1.0, 1.4))
        ev = {"request_id": f"req_{r.getrandbits(64):016x}", "ts": iso(ts), "account_id": a["id"],
              "ip": ip, "model": model, "prompt": prompt, "input_tokens": inp}
        th = 0
        if thinking:
            th = int(math.exp(r.uniform(math.log(400), math.log(12000))))
            out += th
        stop = "end_turn"
        if tool_calls:
            stop = "tool_use"
        if max_tokens is not None and out >= max_tokens:
            out, stop = max_tokens, "max_tokens"
            th = min(th, max_tokens)
        ev["output_tokens"] = out
        ev["api_key_id"] = a["key"]
        ev["user_agent"] = ua or a["ua"]
        ev["client_fingerprint"] = FP[client]
        if system:
            ev["system"] = system
        ev["turns"] = turns
        if tools:
            ev["tools"] = list(tools)
            ev["tool_calls"] = tool_calls
        if max_tokens is not None:
            ev["max_tokens"] = max_tokens
        if thinking:
            ev["thinking_tokens"] = th
        ev["stop_reason"] = stop
        line = json.dumps(ev, ensure_ascii=False, separators=(",", ":"))
        d = (ts - START) // DAY
        self.buckets[d].write(f"{ts:013d}\t{ev['request_id']}\t{line}\n")
        st = self.stats.setdefault(a["group"], [0, set(), a["label"], 0])
        st[0] += 1
        st[1].add(hash(prompt))
        self.n_events += 1

    def prep(self, a, r, client):
        a["client"] = client
        a["ua"] = r.choice(UA[client])
        a["key"] = f"key_{r.getrandbits(40):010x}"
        a["last"] = None


OUT = {"chat": (40, 650), "code": (250, 2600), "code_heavy": (1500, 9000), "agent": (40, 700),
       "reason": (350, 3200), "reason_heavy": (1400, 9000), "grade": (60, 900), "rewrite": (180, 1300),
       "datagen": (900, 6500), "translate": (100, 900), "saas": (60, 480), "short": (1, 12),
       "worked": (600, 3200), "finance": (800, 5200)}


def task(r, mix, heavy=False):
    """Pick a (kind, prompt, tools, tool_calls, turns, hist) from a weight mix."""
    tot = sum(w for _, w in mix)
    x = r.random() * tot
    for k, w in mix:
        x -= w
        if x <= 0:
            break
    if k == "chat":
        return "chat", T.chat(r), None, 0, 1, 0
    if k == "code":
        return ("code_heavy" if heavy else "code"), T.coding(r, heavy), None, 0, 1, 0
    if k == "reason":
        return ("reason_heavy" if heavy else "reason"), T.reasoning(r), None, 0, 1, 0
    if k == "finance":
        return "finance", T.finance_reasoning(r), None, 0, 1, 0
    if k == "grade":
        return "grade", T.grading(r), None, 0, 1, 0
    if k == "sensitive":
        return "rewrite", T.sensitive_question(r), None, 0, 1, 0
    if k == "datagen":
        return "datagen", T.data_generation(r), None, 0, 1, 0
    if k == "agent":
        tools = r.choice(T.TOOLSETS)
        step = r.randint(0, 6)
        if step == 0:
            return "agent", T.agent_goal(r), tools, 1, 1, 0
        return "agent", T.tool_result(r, tools), tools, (1 if r.random() < 0.8 else 0), 1 + 2 * step, 400 * step
    raise ValueError(k)


HARVEST_MIX = (("reason", 35), ("code", 25), ("agent", 12), ("grade", 10), ("sensitive", 10), ("datagen", 8))


# ------------------------------------------------------------------------------- attack groups

def g_boutique_devshops(w, r):
    """Few long-lived accounts posing as small dev shops in different countries."""
    n = 18 if w.m == 1 else 24
    countries = r.sample([c for c in TZ if c not in ("US",)], n)
    pivot = RELEASE + int(r.uniform(5, 20) * HOUR)
    w.campaigns.append(dict(campaign="bds-1", group="boutique_devshops", accounts=n, active_from=iso(START),
                            active_until=iso(END), successor_of=None, pivot_at=iso(pivot)))
    stems = ("byte", "forge", "loop", "stack", "craft", "pixel", "logic", "grid", "node", "bit")
    pre = ("fjord", "terra", "kiwi", "sol", "luma", "brisa", "polar", "nox", "vela", "argo", "tilia",
           "orca", "mira", "zest", "kobo", "rumi", "sora", "ilex", "nika", "oak", "rio", "yuzu", "ember", "dala")
    for i, c in enumerate(countries):
        dom = f"{pre[i]}{r.choice(stems)}.{c.lower() if c != 'GB' else 'co.uk'}"
        rec = dict(created_at=iso(START - r.randint(60, 220) * DAY - r.randrange(DAY)), org_id=f"org_{dom.split('.')[0]}",
                   email_domain=dom, email_local_shape=r.choice(("aaaa", "aaaaa.aaaaaa", "aaa", "aaaaaaa")),
                   payment_fingerprint=w.card(r), billing_country=c,
                   signup_channel=r.choice(("standard", "startup", "standard")), verified=r.random() < 0.6)
        a = w.add("boutique_devshops", "attack", "bds-1", rec=rec)
        w.prep(a, r, r.choice(("py", "node", "cli", "go", "java", "dotnet")))
        office = [w.net.home(r, c) for _ in range(r.randint(1, 3))]
        rate = r.uniform(70, 150)
        for d in range(DAYS):
            day0 = START + d * DAY
            nreq = int(rate * (0.35 if weekend(d) else 1.0) * r.uniform(0.8, 1.2))
            for ts in sessions(r, day0, nreq, TZ[c], EXT_H, gap=(8, 60), per=(6, 25)):
                kind, p, tools, tc, turns, hist = task(r, (("code", 45), ("agent", 25), ("reason", 25), ("datagen", 5)), heavy=r.random() < 0.5)
                model = NEW if ts >= pivot and r.random() < 0.5 else MAIN
                w.emit(a, r, ts, r.choice(office), model, p, a["client"], kind, system=T.system_for_shop(r) or None,
                       turns=turns, tools=tools, tool_calls=tc, hist=hist,
                       max_tokens=r.choice((8192, 16000, 32000)), thinking=r.random() < 0.3)


def g_daily_cohort_rotation(w, r):
    """A fresh cohort of accounts every day; yesterday's is abandoned."""
    per = 45 * w.m
    prev = None
    for d in range(DAYS):
        cid = f"rot-d{d + 1:02d}"
        day0 = START + d * DAY
        a0 = day0 + r.randint(0, 3) * HOUR
        w.campaigns.append(dict(campaign=cid, group="daily_cohort_rotation", accounts=per, active_from=iso(a0),
                                active_until=iso(min(a0 + 24 * HOUR, END)), successor_of=prev, pivot_at=None))
        prev = cid
        vps = r.sample(w.net.vps, 2)  # the day's hosting providers
        stack = r.choice(("py", "node", "go", "java", "rust"))
        ua = r.choice(UA[stack])
        bill = r.choice(("US", "GB", "CA", "AU", "DE", "NL", "SG"))
        for i in range(per):
            local = r.choice((T.name(r).lower() + str(r.randint(1, 9999)), T.name(r).lower() + "." + r.choice(T.SURNAMES).lower(),
                              "".join(r.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(r.randint(6, 11)))))
            su = a0 - r.randint(10, 100) * MIN + i * r.randint(20, 90) * 1000
            rec = dict(created_at=iso(su), email_domain=r.choice(FREEMAIL), email_local_shape=shape(local),
                       payment_fingerprint=w.card(r), billing_country=bill if r.random() < 0.7 else r.choice(("US", "GB", "CA")),
                       signup_channel="standard", verified=False)
            a = w.add("daily_cohort_rotation", "attack", cid, rec=rec)
            w.prep(a, r, stack)
            a["ua"] = ua
            n = r.randint(25, 70)
            t = max(su + r.randint(2, 30) * MIN, a0)
            pa, pb, _ = r.choice(vps)
            ip = None
            for j in range(n):
                if j % r.randint(6, 14) == 0 or ip is None:
                    ip = f"{pa}.{pb}.{r.randrange(256)}.{r.randrange(2, 250)}"
                t += int(r.uniform(0.2, 2.0) * 20 * MIN * r.random())
                if t >= a0 + 24 * HOUR:
                    break
                kind, p, tools, tc, turns, hist = task(r, HARVEST_MIX)
                w.emit(a, r, t, ip, NEW if (t > RELEASE and r.random() < 0.5) else MAIN, p, stack, kind,
                       turns=turns, tools=tools, tool_calls=tc, hist=hist, max_tokens=r.choice((4096, 8192, 16000)))


INSTITUTIONS = (
    ("uni-westfeld.de", "DE"), ("ashcombe.ac.uk", "GB"), ("rijnland-univ.nl", "NL"), ("lakeshore.edu", "US"),
    ("univ-vallonne.fr", "FR"), ("norrvik.se", "SE"), ("kis.ac.jp", "JP"), ("dit-deccan.ac.in", "IN"),
    ("planalto.edu.br", "BR"), ("rvu.ac.ke", "KE"), ("pnw.edu.pl", "PL"), ("prairiepoly.ca", "CA"),
    ("tu-auenthal.de", "DE"), ("glenmore.ac.uk", "GB"), ("harbourview.edu", "US"), ("uni-tessin.it", "IT"),
    ("uvalle.es", "ES"), ("ulusoy.edu.tr", "TR"), ("hanoi-ist.edu.vn", "VN"), ("ubandung.ac.id", "ID"),
    ("visayas-tech.edu.ph", "PH"), ("nile-delta.edu.eg", "EG"), ("lagos-poly.edu.ng", "NG"), ("karoo.ac.za", "ZA"),
    ("pampas.edu.ar", "AR"), ("andes-tec.edu.co", "CO"), ("uclimar.cl", "CL"), ("aotea.ac.nz", "NZ"),
    ("coral-univ.edu.au", "AU"), ("danube-tech.at", "AT"), ("vltava.cz", "CZ"), ("baltic-inst.ee", "EE"),
    ("saimaa.fi", "FI"), ("aegean-u.gr", "GR"), ("carpati.ro", "RO"), ("dnipro-tech.edu.ua", "UA"),
    ("tbilisi-sci.edu.ge", "GE"), ("yerevan-inst.am", "AM"), ("morava.rs", "RS"), ("nemunas.lt", "LT"),
    ("penang-u.edu.my", "MY"), ("hangang.ac.kr", "KR"), ("merlion-inst.edu.sg", "SG"), ("shannon-u.ie", "IE"),
    ("tejo.pt", "PT"), ("sierra-norte.mx", "MX"), ("midlands-poly.ac.uk", "GB"), ("bayou-state.edu", "US"))


def g_research_programme_abuse(w, r):
    """The research-credits sign-up channel abused by many accounts claiming distinct institutions."""
    n = 120 * w.m
    w.campaigns.append(dict(campaign="rsp-1", group="research_programme_abuse", accounts=n,
                            active_from=iso(START), active_until=iso(END), successor_of=None, pivot_at=None))
    for i in range(n):
        dom, c = INSTITUTIONS[i % len(INSTITUTIONS)] if r.random() < 0.8 else r.choice(INSTITUTIONS)
        local = r.choice((f"{T.name(r)[0].lower()}.{r.choice(T.SURNAMES).lower()}", r.choice(T.SURNAMES).lower(),
                          f"{T.name(r).lower()}.{r.choice(T.SURNAMES).lower()}"))
        su = START - r.randint(0, 40) * DAY + r.randrange(DAY) + (r.randint(0, 6) * DAY if r.random() < 0.3 else 0)
        rec = dict(created_at=iso(su), org_id=f"org_research_{dom.split('.')[0]}", email_domain=dom,
                   email_local_shape=shape(local), billing_country=c, signup_channel="research",
                   verified=r.random() < 0.4)
        if r.random() < 0.3:
            rec["payment_fingerprint"] = w.card(r)
        a = w.add("research_programme_abuse", "attack", "rsp-1", rec=rec)
        w.prep(a, r, r.choice(("py", "py", "node", "curl", "py")))
        first = max(su + r.randint(1, 48) * HOUR, START)
        home = c if c in w.net.isp else "US"
        homeip = w.net.home(r, home)
        per_day = r.uniform(8, 28)
        tz = TZ.get(home, 0)
        for d in range((first - START) // DAY, DAYS):
            if r.random() < 0.15:
                continue
            for ts in sessions(r, START + d * DAY, int(per_day * r.uniform(0.6, 1.3)), tz, EXT_H, gap=(5, 40), per=(5, 20)):
                if ts < first:
                    continue
                if r.random() < 0.08:
                    homeip = w.net.home(r, home)
                ip = homeip if r.random() < 0.6 else w.net.cloud_ip(r, r.choice(sorted(w.net.cloud)))
                kind, p, tools, tc, turns, hist = task(r, (("reason", 50), ("datagen", 20), ("grade", 15), ("code", 15)))
                w.emit(a, r, ts, ip, MAIN, p, a["client"], kind, turns=turns, max_tokens=r.choice((8192, 16000, 32000)),
                       thinking=r.random() < 0.5)


def g_saas_family(w, r):
    """Harvesting hidden inside a large SaaS backend's traffic (attack) plus its genuine services (hard negative)."""
    nat_a, nat_b = w.net.cloud["US"]
    third = r.randrange(256)
    nat = [f"{nat_a}.{nat_b}.{third}.{r.randrange(4, 250)}" for _ in range(6)]
    card = w.card(r)
    total = 40 * w.m
    n_bad = 8 * w.m
    created = START - 400 * DAY
    w.campaigns.append(dict(campaign="emb-1", group="saas_embedded_harvest", accounts=n_bad,
                            active_from=iso(START + 2 * DAY), active_until=iso(END), successor_of=None, pivot_at=None))
    order = list(range(total))
    r.shuffle(order)
    for k in range(total):
        bad = order[k] < n_bad
        rec = dict(created_at=iso(created + k * 3 * DAY + r.randrange(DAY)), org_id="org_quillstack",
                   email_domain="quillstack.io", email_local_shape=r.choice(("aaa-aaaaaa-99", "aaa-aa-aaaaaa", "aaaaaa-aaa")),
                   payment_fingerprint=card, billing_country="US", signup_channel="enterprise", verified=True)
        a = w.add("saas_embedded_harvest" if bad else "saas_host_service", "attack" if bad else "benign",
                  "emb-1" if bad else None, hard=not bad, rec=rec)
        w.prep(a, r, "node")
        a["ua"] = "corvid-node/0.9.4"
        rate = r.uniform(30, 90)
        for d in range(DAYS):
            day0 = START + d * DAY
            n = int(rate * (0.55 if weekend(d) else 1.0) * r.uniform(0.8, 1.2))
            for ts in sessions(r, day0, n, -5, HUMAN_H, gap=(1, 30), per=(1, 4)):
                harvest = bad and ts >= START + 2 * DAY and r.random() < 0.3
                if harvest:
                    kind, p, tools, tc, turns, hist = task(r, HARVEST_MIX)
                    w.emit(a, r, ts, r.choice(nat), MAIN, p, "node", kind, system=T.SAAS_SYSTEM, turns=turns, tools=tools,
                           tool_calls=tc, hist=hist, max_tokens=r.choice((4096, 8192)))
                else:
                    w.emit(a, r, ts, r.choice(nat), SWIFT if r.random() < 0.7 else MAIN, T.saas_product(r), "node", "saas",
                           system=T.SAAS_SYSTEM, max_tokens=1024)


def _human_account(w, r, a, c, n_days, per_day, mix, ipfun, heavy=False, first_day=0, weights=HUMAN_H, mt=None, think=0.0):
    """Human-shaped use: sessions, conversations, quiet days, lighter weekends."""
    tz = TZ.get(c, 0)
    for d in range(first_day, min(DAYS, first_day + n_days)):
        if r.random() < 0.12:
            continue
        x = per_day * (0.5 if weekend(d) else 1.0) * r.lognormvariate(0, 0.35)
        n = int(x) + (1 if r.random() < x - int(x) else 0)
        if n <= 0:
            continue
        times = sessions(r, START + d * DAY, n, tz, weights, gap=(20, 300), per=(1, 6))
        conv = 0
        for ts in times:
            ip = ipfun(ts)
            if conv and r.random() < 0.45:
                conv += 1
                w.emit(a, r, ts, ip, MAIN, T.chat_followup(r), a["client"], "chat", turns=1 + 2 * conv, hist=300 * conv,
                       max_tokens=mt, thinking=r.random() < think)
                continue
            kind, p, tools, tc, turns, hist = task(r, mix, heavy=heavy)
            conv = 1 if tools is None else 0
            w.emit(a, r, ts, ip, NEW if (ts > RELEASE and r.random() < 0.4) else MAIN, p, a["client"], kind,
                   turns=turns, tools=tools, tool_calls=tc, hist=hist, max_tokens=mt, thinking=r.random() < think)


def g_consumer_mimic(w, r):
    """Human timing and consumer clients only, home addresses from a residential proxy held for days."""
    n = 160 * w.m
    w.campaigns.append(dict(campaign="hum-1", group="consumer_mimic", accounts=n, active_from=iso(START),
                            active_until=iso(END), successor_of=None, pivot_at=None))
    cs = ("US", "GB", "CA", "AU", "DE", "FR", "NL", "ES", "IT", "SE", "IE", "NZ")
    for i in range(n):
        c = r.choice(cs)
        local = f"{T.name(r).lower()}{r.choice(('', '.', '_'))}{r.choice(T.SURNAMES).lower()}{r.choice(('', str(r.randint(1, 99))))}"
        rec = dict(created_at=iso(START - r.randint(10, 60) * DAY - r.randrange(DAY)), email_domain=r.choice(FREEMAIL[:5]),
                   email_local_shape=shape(local), payment_fingerprint=w.card(r), billing_country=c,
                   signup_channel="standard", verified=r.random() < 0.1)
        a = w.add("consumer_mimic", "attack", "hum-1", rec=rec)
        w.prep(a, r, r.choice(CONSUMER))
        hold = {"ip": w.net.resi_exit(r, c, 0.25), "until": START + r.randint(1, 4) * DAY}

        def ipfun(ts, hold=hold, c=c):
            if ts > hold["until"]:
                hold["ip"] = w.net.resi_exit(r, c, 0.25)
                hold["until"] = ts + r.randint(1, 4) * DAY
            return hold["ip"]
        _human_account(w, r, a, c, DAYS, r.uniform(8, 22), (("reason", 35), ("code", 20), ("sensitive", 15), ("grade", 10),
                                                              ("datagen", 5), ("chat", 15)), ipfun)


def g_asn_scatter(w, r):
    """Every account on its own VPS in its own /24, spread over many hosting ASNs and countries."""
    n = 90 * w.m
    w.campaigns.append(dict(campaign="sct-1", group="asn_scatter", accounts=n, active_from=iso(START + DAY),
                            active_until=iso(END), successor_of=None, pivot_at=None))
    used = set()
    for i in range(n):
        pa, pb, c = w.net.vps[i % len(w.net.vps)]
        while True:
            third = r.randrange(256)
            if (pa, pb, third) not in used:
                used.add((pa, pb, third))
                break
        ip = f"{pa}.{pb}.{third}.{r.randrange(2, 250)}"
        dom = f"{r.choice(('get', 'try', 'my', 'go', ''))}{r.choice(('tally', 'rivet', 'quanta', 'plume', 'sift', 'brio', 'lark', 'mosaic', 'hatch', 'verve'))}{r.randint(1, 999)}.{r.choice(('io', 'dev', 'app', 'co', 'net', 'ai'))}"
        rec = dict(created_at=iso(START - r.randint(3, 30) * DAY - r.randrange(DAY)), org_id=f"org_{dom.split('.')[0]}",
                   email_domain=dom, email_local_shape=r.choice(("aaaa", "aaaaa", "aaa.aaaaa", "aaaaaaa")),
                   payment_fingerprint=w.card(r), billing_country=r.choice(("US", "GB", "DE", "SG", "CA", "AU", "NL", "FR", "JP", "KR")),
                   signup_channel=r.choice(("startup", "startup", "standard", "standard", "standard")), verified=r.random() < 0.2)
        a = w.add("asn_scatter", "attack", "sct-1", rec=rec)
        w.prep(a, r, r.choice(SDKS))
        first = START + DAY + r.randrange(3 * DAY)
        per_day = r.uniform(14, 32)
        for d in range((first - START) // DAY, DAYS):
            for ts in sessions(r, START + d * DAY, int(per_day * r.uniform(0.7, 1.3)), 0, FLAT_H, gap=(3, 45), per=(4, 15)):
                if ts < first:
                    continue
                kind, p, tools, tc, turns, hist = task(r, (("agent", 35), ("code", 30), ("grade", 20), ("reason", 15)))
                w.emit(a, r, ts, ip, MAIN, p, a["client"], kind, turns=turns, tools=tools, tool_calls=tc, hist=hist,
                       max_tokens=r.choice((8192, 16000)))


def g_low_slow_tiers(w, r):
    """One operator, three pools at different low rates, over mobile-carrier addresses."""
    cs = ("ID", "PH", "IN", "NG", "KE", "BR", "MX", "VN", "TR", "EG")
    for cid, lo, hi in (("tier-1", 0.6, 2.0), ("tier-4", 3.0, 6.0), ("tier-12", 9.0, 15.0)):
        n = 100 * w.m
        w.campaigns.append(dict(campaign=cid, group="low_slow_tiers", accounts=n, active_from=iso(START),
                                active_until=iso(END), successor_of=None, pivot_at=None))
        for i in range(n):
            c = r.choice(cs)
            local = f"{T.name(r).lower()}{r.randint(10, 9999)}"
            rec = dict(created_at=iso(START - r.randint(5, 120) * DAY - r.randrange(DAY)), email_domain=r.choice(FREEMAIL),
                       email_local_shape=shape(local), billing_country=c, signup_channel="standard", verified=False)
            if r.random() < 0.9:
                rec["payment_fingerprint"] = w.card(r)
            a = w.add("low_slow_tiers", "attack", cid, rec=rec)
            w.prep(a, r, r.choice(("android", "android", "ios", "py", "chrome")))
            rate = r.uniform(lo, hi)
            for d in range(DAYS):
                k = int(rate) + (1 if r.random() < rate - int(rate) else 0)
                if k == 0:
                    continue
                ip = w.net.mob(r, c)
                for ts in sessions(r, START + d * DAY, k, TZ[c], HUMAN_H, gap=(30, 400), per=(1, 4)):
                    kind, p, tools, tc, turns, hist = task(r, (("reason", 45), ("code", 25), ("sensitive", 15), ("grade", 15)))
                    w.emit(a, r, ts, ip, MAIN, p, a["client"], kind, turns=turns, max_tokens=r.choice((None, 8192, 16000)))


# ------------------------------------------------------------------------------- benign groups

def g_everyday(w, r):
    n = 2600 * w.m
    cs = sorted(TZ)
    for i in range(n):
        c = r.choice(cs)
        dev = r.random() < 0.15
        local = r.choice((f"{T.name(r).lower()}.{r.choice(T.SURNAMES).lower()}", f"{T.name(r).lower()}{r.randint(1, 99)}",
                          f"{T.name(r)[0].lower()}{r.choice(T.SURNAMES).lower()}"))
        rec = dict(created_at=iso(START - r.randint(1, 700) * DAY + r.randrange(DAY) + (r.randint(0, 10) * DAY if r.random() < 0.05 else 0)),
                   email_domain=r.choice(FREEMAIL) if r.random() < 0.8 else f"{r.choice(T.SURNAMES).lower()}-{r.choice(('co', 'studio', 'law', 'labs'))}.com",
                   email_local_shape=shape(local), billing_country=c, signup_channel="standard", verified=r.random() < 0.3)
        if r.random() < 0.75:
            rec["payment_fingerprint"] = w.card(r)
        first_day = 0
        if rec["created_at"] > iso(START):
            first_day = min(DAYS - 1, (int(datetime.fromisoformat(rec["created_at"].replace("Z", "+00:00")).timestamp() * 1000) - START) // DAY + 1)
        a = w.add("everyday_user", "benign", rec=rec)
        w.prep(a, r, r.choice(SDKS) if dev else r.choice(CONSUMER))
        v6 = c in w.net.v6 and r.random() < 0.25
        state = {"ip": w.net.home_v6(r, c) if v6 else w.net.home(r, c)}
        vpn = r.random() < 0.05
        mobile = c in w.net.mobile and r.random() < 0.2

        def ipfun(ts, state=state, c=c, vpn=vpn, mobile=mobile):
            if vpn and r.random() < 0.6:
                return w.net.vpn_ip(r)
            if mobile and r.random() < 0.3:
                return w.net.mob(r, c)
            if r.random() < 0.01:
                state["ip"] = w.net.home(r, c)
            return state["ip"]
        mix = (("code", 60), ("chat", 30), ("reason", 5), ("agent", 5)) if dev else (("chat", 82), ("reason", 6), ("code", 4), ("sensitive", 3), ("grade", 2), ("datagen", 3))
        _human_account(w, r, a, c, DAYS, r.lognormvariate(0.0, 1.0) * 0.6, mix, ipfun, first_day=first_day)
    # accounts with no events are dropped at write time


def g_smallshop_dev(w, r):
    """Genuine small dev shops in many countries: own org, domain and card, office line, coding agents."""
    n = 40 * w.m
    for i in range(n):
        c = r.choice(sorted(TZ))
        dom = f"{r.choice(('blue', 'red', 'north', 'small', 'bright', 'tidy', 'quiet', 'swift'))}{r.choice(('fox', 'bird', 'yard', 'works', 'code', 'labs', 'bit'))}{r.randint(1, 99)}.{r.choice(('dev', 'io', 'com'))}"
        rec = dict(created_at=iso(START - r.randint(30, 600) * DAY), org_id=f"org_{dom.split('.')[0]}", email_domain=dom,
                   email_local_shape=r.choice(("aaaa", "aaaaa.aaaaaa")), payment_fingerprint=w.card(r), billing_country=c,
                   signup_channel=r.choice(("standard", "startup")), verified=r.random() < 0.5)
        a = w.add("smallshop_dev", "benign", hard=True, rec=rec)
        w.prep(a, r, r.choice(("cli", "cli", "py", "node", "desktop")))
        office = w.net.home(r, c)
        _human_account(w, r, a, c, DAYS, r.uniform(20, 60), (("code", 55), ("agent", 35), ("chat", 5), ("reason", 5)),
                       lambda ts, o=office: o, heavy=r.random() < 0.5, weights=OFFICE_H, mt=r.choice((8192, 16000, 32000)))


def g_workshop(w, r):
    """A training company runs a one-day workshop each weekday; attendees sign up that morning."""
    cities = (("Leeds", "GB"), ("Lyon", "FR"), ("Porto", "PT"), ("Gdansk", "PL"), ("Aarhus", "SE"))
    per = 35 * w.m
    for d in range(DAYS):
        if weekend(d):
            continue
        city, c = cities[d % len(cities)]
        venue = w.net.home(r, c)
        day0 = START + d * DAY + int((9 - TZ[c]) * HOUR)
        for i in range(per):
            local = f"{T.name(r).lower()}.{r.choice(T.SURNAMES).lower()}"
            rec = dict(created_at=iso(day0 - r.randint(0, 40) * MIN), email_domain=r.choice(FREEMAIL) if r.random() < 0.6 else f"{city.lower()}-{r.choice(('council', 'clinic', 'logistics', 'bakery', 'legal'))}.{c.lower()}",
                       email_local_shape=shape(local), billing_country=c, signup_channel="standard", verified=False)
            if r.random() < 0.5:
                rec["payment_fingerprint"] = w.card(r)
            a = w.add("workshop_attendee", "benign", hard=True, rec=rec)
            w.prep(a, r, r.choice(("chrome", "chrome", "safari", "firefox", "desktop")))
            t = day0 + r.randint(5, 60) * MIN
            for j in range(r.randint(8, 40)):
                t += int(r.uniform(0.5, 12) * MIN)
                if t > day0 + 8 * HOUR:
                    break
                w.emit(a, r, t, venue, MAIN, T.workshop(r, city), a["client"], "chat", turns=1 + 2 * r.randint(0, 2))
            if r.random() < 0.15:
                home = w.net.home(r, c)
                for k in range(r.randint(1, 6)):
                    ts = day0 + r.randint(1, DAYS) * DAY + r.randrange(10 * HOUR)
                    if ts < END:
                        w.emit(a, r, ts, home, MAIN, T.chat(r), a["client"], "chat")


def g_research_legit(w, r):
    """Genuine researchers on the research channel: campus networks, evaluation sweeps for papers."""
    n = 80 * w.m
    unis = sorted(w.net.edu)
    for i in range(n):
        c = r.choice(unis)
        dom = [d for d, cc in INSTITUTIONS if cc == c][0]
        local = f"{T.name(r)[0].lower()}.{r.choice(T.SURNAMES).lower()}"
        rec = dict(created_at=iso(START - r.randint(20, 500) * DAY), org_id=f"org_research_{dom.split('.')[0]}", email_domain=dom,
                   email_local_shape=shape(local), billing_country=c, signup_channel="research", verified=r.random() < 0.8)
        a = w.add("research_legit", "benign", hard=True, rec=rec)
        w.prep(a, r, "py")
        home = w.net.home(r, c) if c in w.net.isp else None
        sweep = r.random() < 0.4

        def ipfun(ts, c=c, home=home):
            return w.net.edu_ip(r, c) if (home is None or r.random() < 0.7) else home
        if sweep:
            # a few evaluation sweeps: bursts of reasoning items, then quiet
            ip = w.net.edu_ip(r, c)
            for s in range(r.randint(1, 3)):
                t = START + r.randrange(DAYS * DAY - DAY)
                for j in range(r.randint(80, 300)):
                    t += r.randint(800, 6000)
                    w.emit(a, r, t, ip, r.choice((MAIN, MAIN, SWIFT, NEW if t > RELEASE else OLD)), T.reasoning(r), "py", "reason",
                           max_tokens=r.choice((4096, 16000)), thinking=r.random() < 0.5)
        _human_account(w, r, a, c, DAYS, r.uniform(3, 15), (("reason", 30), ("code", 35), ("chat", 20), ("grade", 10), ("datagen", 5)),
                       ipfun, weights=EXT_H)


def g_quant(w, r):
    """A quant firm running heavy nightly reasoning jobs from one cloud /24."""
    n = 10 if w.m == 1 else 20
    third = w.net.r.randrange(256)
    ips = [w.net.cloud_ip(r, "GB", third=third) for _ in range(4)]
    card = w.card(r)
    for i in range(n):
        rec = dict(created_at=iso(START - 200 * DAY + i * 90 * MIN), org_id="org_halyard_capital", email_domain="halyard-capital.com",
                   email_local_shape="aaaaa-aaaa-99", payment_fingerprint=card, billing_country="GB",
                   signup_channel="enterprise", verified=True)
        a = w.add("quant_desk_batch", "benign", hard=True, rec=rec)
        w.prep(a, r, "py")
        a["ua"] = "corvid-python/1.12.0"
        for d in range(DAYS):
            if weekend(d) and r.random() < 0.7:
                continue
            t = START + d * DAY + 1 * HOUR + r.randrange(2 * HOUR)
            for j in range(r.randint(80, 180)):
                t += r.randint(1500, 9000)
                w.emit(a, r, t, r.choice(ips), NEW if (t > RELEASE + 2 * DAY and r.random() < 0.5) else MAIN, T.finance_reasoning(r),
                       "py", "finance", system="You are a quantitative research assistant. Be precise; state assumptions.",
                       max_tokens=32000, thinking=r.random() < 0.8)


def g_ngo(w, r):
    """NGO volunteers in many countries on one donated card: sensitive rewrites, translation, summaries."""
    n = 45 * w.m
    card = w.card(r)
    cs = ("KE", "NG", "UA", "GE", "AM", "TR", "EG", "PH", "ID", "CO", "MX", "GB", "DE", "NL", "FR", "ZA", "IN")
    for i in range(n):
        c = r.choice(cs)
        local = f"{T.name(r).lower()}.{r.choice(T.SURNAMES).lower()}"
        rec = dict(created_at=iso(START - r.randint(10, 300) * DAY), org_id="org_openhands_aid", email_domain="openhands-aid.org",
                   email_local_shape=shape(local), payment_fingerprint=card, billing_country="NL",
                   signup_channel="nonprofit", verified=r.random() < 0.5)
        a = w.add("ngo_volunteer", "benign", hard=True, rec=rec)
        w.prep(a, r, r.choice(("chrome", "firefox", "desktop", "android")))
        home = w.net.home(r, c)
        tz = TZ[c]
        for d in range(DAYS):
            if r.random() < 0.4:
                continue
            for ts in sessions(r, START + d * DAY, r.randint(2, 14), tz, HUMAN_H, gap=(60, 600), per=(2, 6)):
                k = r.random()
                if k < 0.45:
                    w.emit(a, r, ts, home, MAIN, T.ngo_rewrite(r), a["client"], "rewrite")
                elif k < 0.7:
                    w.emit(a, r, ts, home, MAIN, T.translation(r), a["client"], "translate")
                elif k < 0.85:
                    w.emit(a, r, ts, home, MAIN, T.sensitive_question(r), a["client"], "rewrite")
                else:
                    w.emit(a, r, ts, home, MAIN, T.chat(r), a["client"], "chat")


def g_redteam(w, r):
    """An AI-safety red-teaming contractor: sensitive probes and rubric grading from one office."""
    n = 12 if w.m == 1 else 24
    card = w.card(r)
    office = [w.net.home(r, "CA") for _ in range(2)]
    for i in range(n):
        local = f"{T.name(r).lower()}.{r.choice(T.SURNAMES).lower()}"
        rec = dict(created_at=iso(START - r.randint(30, 200) * DAY), org_id="org_tallgrass_safety", email_domain="tallgrass-safety.ca",
                   email_local_shape=shape(local), payment_fingerprint=card, billing_country="CA",
                   signup_channel="enterprise", verified=True)
        a = w.add("redteam_contractor", "benign", hard=True, rec=rec)
        w.prep(a, r, "py")
        for d in range(DAYS):
            if weekend(d):
                continue
            for ts in sessions(r, START + d * DAY, r.randint(30, 110), TZ["CA"], OFFICE_H, gap=(10, 120), per=(5, 20)):
                kind = "grade" if r.random() < 0.5 else "rewrite"
                w.emit(a, r, ts, r.choice(office), r.choice((MAIN, MAIN, SWIFT, NEW if ts > RELEASE else OLD)), T.redteam(r), "py", kind,
                       max_tokens=4096)


def g_textbook(w, r):
    """An education publisher drafting worked solutions: long reasoning answers, remote staff."""
    n = 15 * w.m
    card = w.card(r)
    for i in range(n):
        c = r.choice(("GB", "IE", "IN"))
        local = f"{T.name(r).lower()}.{r.choice(T.SURNAMES).lower()}"
        rec = dict(created_at=iso(START - r.randint(30, 400) * DAY), org_id="org_stepwise_learning", email_domain="stepwise-learning.co.uk",
                   email_local_shape=shape(local), payment_fingerprint=card, billing_country="GB",
                   signup_channel="startup", verified=True)
        a = w.add("textbook_author", "benign", hard=True, rec=rec)
        w.prep(a, r, r.choice(("chrome", "desktop", "py")))
        home = w.net.home(r, c)
        for d in range(DAYS):
            if weekend(d) and r.random() < 0.8:
                continue
            for ts in sessions(r, START + d * DAY, r.randint(15, 60), TZ[c], OFFICE_H, gap=(40, 400), per=(3, 10)):
                w.emit(a, r, ts, home, MAIN, T.worked_solution(r), a["client"], "worked", max_tokens=8192,
                       thinking=r.random() < 0.3)


GROUPS = (g_boutique_devshops, g_daily_cohort_rotation, g_research_programme_abuse, g_saas_family,
          g_consumer_mimic, g_asn_scatter, g_low_slow_tiers, g_everyday, g_smallshop_dev, g_workshop,
          g_research_legit, g_quant, g_ngo, g_redteam, g_textbook)


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--scale", choices=("small", "medium"), default="small")
    ap.add_argument("--out", required=True)
    ap.add_argument("--no-accounts", action="store_true")
    args = ap.parse_args()
    t0 = time.time()
    os.makedirs(args.out, exist_ok=True)
    w = World(args.seed, args.scale)
    w.n_events = 0
    tmp = [os.path.join(args.out, f".day{d:02d}.tmp") for d in range(DAYS)]
    w.buckets = [open(p, "w", encoding="utf-8") for p in tmp]
    for g in GROUPS:
        g(w, random.Random(w.r.getrandbits(64)))
    for f in w.buckets:
        f.close()
    with open(os.path.join(args.out, "events.jsonl"), "w", encoding="utf-8") as out:
        for p in tmp:
            with open(p, encoding="utf-8") as f:
                lines = f.readlines()
            lines.sort()
            for ln in lines:
                out.write(ln.split("\t", 2)[2])
            os.remove(p)
    live = [a for a in w.accounts if a["first"] is not None]
    live.sort(key=lambda a: a["id"])
    if not args.no_accounts:
        with open(os.path.join(args.out, "accounts.jsonl"), "w", encoding="utf-8") as f:
            for a in live:
                rec = dict(a["rec"])
                if rec["created_at"] > iso(a["first"]):
                    rec["created_at"] = iso(a["first"] - 60_000)
                f.write(json.dumps({"account_id": a["id"], **rec}, separators=(",", ":")) + "\n")
    with open(os.path.join(args.out, "truth.jsonl"), "w", encoding="utf-8") as f:
        for a in live:
            t = {"account_id": a["id"], "label": a["label"], "group": a["group"], "campaign": a["campaign"]}
            if a["hard"]:
                t["hard"] = True
            f.write(json.dumps(t, separators=(",", ":")) + "\n")
    counts = {}
    for a in live:
        if a["campaign"]:
            counts[a["campaign"]] = counts.get(a["campaign"], 0) + 1
    with open(os.path.join(args.out, "campaigns.jsonl"), "w", encoding="utf-8") as f:
        for c in sorted(w.campaigns, key=lambda c: c["campaign"]):
            c = dict(c)
            c["accounts"] = counts.get(c["campaign"], 0)
            f.write(json.dumps(c, separators=(",", ":")) + "\n")
    w.net.write(os.path.join(args.out, "ip_ranges.csv"))
    with open(os.path.join(args.out, "releases.csv"), "w", encoding="utf-8") as f:
        f.write("model,released_at\n")
        f.write(f"{OLD},2025-03-10T00:00:00.000Z\n{MAIN},2025-10-21T00:00:00.000Z\n{SWIFT},2025-12-02T00:00:00.000Z\n{NEW},{iso(RELEASE)}\n")
    with open(os.path.join(args.out, "policy.toml"), "w", encoding="utf-8") as f:
        f.write("# Operator policy for outside_field traffic.\nrestricted_countries = [\"CN\", \"RU\", \"KP\", \"IR\"]\n"
                "hash_key = \"outside-field-demo-key-0001\"\nhash_key_id = \"field1\"\n\n[thresholds]\nreview = 0.5\nthrottle = 0.7\nblock = 0.85\n")
    per_group = {}
    for a in live:
        per_group.setdefault(a["group"], [a["label"], 0, a["hard"]])[1] += 1
    err = sys.stderr
    err.write(f"{'label':7} {'group':26} {'accounts':>8} {'events':>9} {'distinct':>8}\n")
    ta = te = 0
    for g in sorted(per_group, key=lambda g: (per_group[g][0], g)):
        lab, n, hard = per_group[g]
        ev, ps = w.stats[g][0], w.stats[g][1]
        ta += n
        te += ev
        err.write(f"{lab + ('*' if hard else ''):7} {g:26} {n:8d} {ev:9d} {len(ps) / ev:8.3f}\n")
    err.write(f"{'':7} {'total':26} {ta:8d} {te:9d}   (* = hard negative)  {time.time() - t0:.1f}s\n")


if __name__ == "__main__":
    main()
