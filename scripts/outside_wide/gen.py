#!/usr/bin/env python3
"""outside_wide: an independent generator of API traffic with distillation campaigns and
hard negatives, written from the threat description and the input contract only.

    python3 scripts/outside_wide/gen.py --seed 1 --out /tmp/ow1
    python3 scripts/outside_wide/gen.py --seed 1 --scale medium --out /tmp/ow1m
    python3 scripts/outside_wide/gen.py --seed 2 --no-accounts --out /tmp/ow2n

Standard library only; the same --seed and --scale give byte-identical files.
See README.md next to this file for the groups and what each one tests.
"""
import argparse
import hashlib
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
SEC = 1000
START = int(datetime(2026, 3, 9, tzinfo=timezone.utc).timestamp() * 1000)  # a Monday
DAYS = 14
END = START + DAYS * DAY
M_MAIN, M_FLASH, M_NEW, M_OLD = "lumen-3", "lumen-3-flash", "lumen-4", "lumen-2"
RELEASE = START + 7 * DAY + 14 * HOUR  # lumen-4: Monday 2026-03-16T14:00Z

# ------------------------------------------------------------------ helpers


def iso(ms):
    s = datetime.fromtimestamp(ms / 1000, tz=timezone.utc).strftime("%Y-%m-%dT%H:%M:%S")
    return f"{s}.{ms % 1000:03d}Z"


def h(s, n=12):
    return hashlib.sha256(s.encode()).hexdigest()[:n]


def sub_rng(seed, name):
    return random.Random(f"outside_wide:{seed}:{name}")


def lognorm_int(rng, median, sigma, lo=1, hi=10**9):
    return max(lo, min(hi, int(round(median * math.exp(rng.gauss(0, sigma))))))


# ------------------------------------------------------------------ clients
# Libraries share TLS fingerprints the way real stacks do: every Python HTTP stack looks alike.

def _fp(name):
    d = hashlib.sha256(("ja4:" + name).encode()).hexdigest()
    return f"t13d{15 + len(name) % 5}{10 + len(name) % 7}h2_{d[:12]}_{d[12:24]}"


FP = {k: _fp(k) for k in ["python", "node", "go", "java", "curl", "chrome", "firefox", "safari",
                          "ios", "electron", "rust", "dotnet", "android"]}
CLIENTS = {
    "lumen-py-1.8": ("lumen-python/1.8.2", "python"),
    "lumen-py-1.9": ("lumen-python/1.9.0", "python"),
    "lumen-py-1.7": ("lumen-python/1.7.4", "python"),
    "openai-py": ("OpenAI/Python 1.54.3", "python"),
    "httpx": ("python-httpx/0.27.0", "python"),
    "requests": ("python-requests/2.32.3", "python"),
    "langchain": ("langchain-lumen/0.3.7 lumen-python/1.8.2", "python"),
    "lumen-node-0.31": ("lumen-node/0.31.1", "node"),
    "lumen-node-0.29": ("lumen-node/0.29.0", "node"),
    "openai-js": ("OpenAI/JS 4.71.0", "node"),
    "go": ("Go-http-client/2.0", "go"),
    "okhttp": ("okhttp/4.12.0", "java"),
    "java-hc": ("Java-http-client/21.0.2", "java"),
    "curl": ("curl/8.5.0", "curl"),
    "chrome": ("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36", "chrome"),
    "chrome-mac": ("Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36", "chrome"),
    "firefox": ("Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0", "firefox"),
    "safari": ("Mozilla/5.0 (Macintosh; Intel Mac OS X 14_6) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15", "safari"),
    "ios": ("LumenChat/3.4.1 (iPhone; iOS 18.1) CFNetwork/1568", "ios"),
    "android": ("LumenChat/3.4.0 (Android 14; Pixel 8) okhttp/4.12.0", "android"),
    "electron": ("MeridianCopilot/2.3.0 Electron/29.4.6 (Windows)", "electron"),
    "reqwest": ("reqwest/0.12.9", "rust"),
    "dotnet": ("Lumen.NET/1.2.0 (.NET 8.0)", "dotnet"),
}


def client(name):
    ua, fam = CLIENTS[name]
    return ua, FP[fam]


# ------------------------------------------------------------------ network

ISP_NAMES = {"US": ["Comcast Cable", "Charter Spectrum", "Verizon Fios"], "GB": ["BT Broadband", "Virgin Media"],
             "DE": ["Deutsche Telekom", "Vodafone Kabel"], "FR": ["Orange France", "Free SAS"],
             "BR": ["Claro Brasil", "Vivo Fibra"], "IN": ["Bharti Airtel", "ACT Fibernet"],
             "ID": ["Telkom Indonesia", "Biznet"], "MX": ["Telmex", "Izzi"], "PL": ["Orange Polska"],
             "TR": ["Turk Telekom"], "VN": ["Viettel", "VNPT"], "PH": ["PLDT", "Converge ICT"],
             "JP": ["NTT OCN", "KDDI au Hikari"], "KR": ["KT Corp", "SK Broadband"], "SG": ["Singtel"],
             "MY": ["TM Unifi"], "HK": ["HKBN"], "AE": ["Etisalat"], "CA": ["Rogers", "Bell Canada"],
             "AU": ["Telstra", "Aussie Broadband"], "KE": ["Safaricom Home"], "NG": ["MTN Nigeria"],
             "CN": ["China Telecom"], "ES": ["Movistar"], "IT": ["TIM"], "NL": ["KPN"]}
MOBILE_NAMES = {"US": "T-Mobile USA", "GB": "EE Mobile", "ID": "Telkomsel", "PH": "Globe Telecom",
                "VN": "Viettel Mobile", "IN": "Reliance Jio", "NG": "Airtel Nigeria", "BR": "TIM Brasil",
                "MX": "Telcel", "DE": "O2 Germany"}
TZ = {"US": -6, "GB": 0, "DE": 1, "FR": 1, "BR": -3, "IN": 5.5, "ID": 7, "MX": -6, "PL": 1, "TR": 3,
      "VN": 7, "PH": 8, "JP": 9, "KR": 9, "SG": 8, "MY": 8, "HK": 8, "AE": 4, "CA": -5, "AU": 10,
      "KE": 3, "NG": 1, "CN": 8, "ES": 1, "IT": 1, "NL": 1}


class Net:
    def __init__(self, rng):
        self.rng = rng
        self.rows = []  # (cidr, asn, org, country, kind)
        self.used = set()
        self.isp = {}  # country -> list of (a, b)
        self.mobile = {}
        self.next_asn = 20000

    def _alloc16(self):
        while True:
            a = self.rng.randint(2, 223)
            if a in (10, 100, 127, 169, 172, 192, 198, 203):
                continue
            b = self.rng.randint(0, 255)
            if (a, b) not in self.used:
                self.used.add((a, b))
                return a, b

    def asn(self):
        self.next_asn += self.rng.randint(1, 900)
        return self.next_asn

    def add16(self, country, kind, org, asn=None):
        a, b = self._alloc16()
        self.rows.append((f"{a}.{b}.0.0/16", asn or self.asn(), org, country, kind))
        return a, b

    def add24(self, country, kind, org, asn=None):
        a, b = self._alloc16()
        c = self.rng.randint(0, 255)
        self.rows.append((f"{a}.{b}.{c}.0/24", asn or self.asn(), org, country, kind))
        return a, b, c

    def build_isp(self):
        for cc in sorted(ISP_NAMES):
            self.isp[cc] = []
            for org in ISP_NAMES[cc]:
                asn = self.asn()
                for _ in range(3):
                    self.isp[cc].append(self.add16(cc, "isp", org, asn))
        for cc in sorted(MOBILE_NAMES):
            asn = self.asn()
            self.mobile[cc] = [self.add16(cc, "mobile", MOBILE_NAMES[cc], asn) for _ in range(2)]

    def home_ip(self, rng, cc):
        a, b = self.isp[cc][rng.randrange(len(self.isp[cc]))]
        return f"{a}.{b}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"

    def mobile_ip(self, rng, cc):
        a, b = self.mobile[cc][rng.randrange(len(self.mobile[cc]))]
        return f"{a}.{b}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"


def in24(rng, blk):
    a, b, c = blk
    return f"{a}.{b}.{c}.{rng.randint(2, 254)}"


# ------------------------------------------------------------------ world state

class World:
    def __init__(self, seed, scale):
        self.seed = seed
        self.F = 1 if scale == "small" else 4
        self.rng_ids = sub_rng(seed, "ids")
        self.ids = set()
        self.accounts = []  # dicts
        self.events = []  # (ts, account_id, dict)
        self.campaigns = []
        self.net = Net(sub_rng(seed, "net"))
        self.net.build_isp()

    def new_id(self):
        while True:
            s = "ac_" + "".join(self.rng_ids.choice("abcdefghjkmnpqrstuvwxyz23456789") for _ in range(11))
            if s not in self.ids:
                self.ids.add(s)
                return s

    def account(self, group, label, campaign, created, hard=False, **rec):
        a = {"account_id": self.new_id(), "group": group, "label": label, "campaign": campaign,
             "hard": hard, "created": created, "rec": rec,
             "key": "key_" + h(f"{self.seed}:{len(self.accounts)}:key", 16)}
        self.accounts.append(a)
        return a

    def ev(self, acct, ts, ip, model, cl, content, rng, max_tokens=None, thinking=0, turns=1,
           tool_calls=None, system=None, out_tokens=None, key=None):
        ua, fp = cl
        if ts < START:  # keep every event inside the 14-day window
            ts += DAY
        elif ts >= END:
            ts -= DAY
        prompt = content["prompt"]
        in_tok = max(1, len(prompt) // 4) + (len(system) // 4 if system else 0) + (turns - 1) * rng.randint(120, 420)
        if out_tokens is None:
            out_tokens = out_len(rng, content.get("cap", "chat"))
        out = out_tokens + thinking
        stop = "end_turn"
        if tool_calls:
            stop = "tool_use"
        if max_tokens is not None and out >= max_tokens:
            out = max_tokens
            stop = "max_tokens"
        e = {"ts": iso(ts), "account_id": acct["account_id"], "ip": ip, "model": model,
             "prompt": prompt, "input_tokens": in_tok, "output_tokens": out,
             "api_key_id": key or acct["key"], "user_agent": ua, "client_fingerprint": fp}
        if system:
            e["system"] = system
        e["turns"] = turns
        if content.get("tools"):
            e["tools"] = content["tools"]
            e["tool_calls"] = tool_calls or 0
        if max_tokens is not None:
            e["max_tokens"] = max_tokens
        if thinking:
            e["thinking_tokens"] = min(thinking, out)
        e["stop_reason"] = stop
        # kept serialised (without request_id, added after sorting) to hold medium scale in memory;
        # the prompt's hash is only for the distinct-prompt count on stderr
        self.events.append((int(ts), acct["account_id"], hash(prompt),
                            json.dumps(e, ensure_ascii=False, separators=(",", ":"))))


OUT_MEDIAN = {"reasoning": 1100, "coding": 900, "agentic": 320, "grading": 380, "rewrite": 650,
              "data_generation": 2800, "chat": 220}


def out_len(rng, cap):
    return lognorm_int(rng, OUT_MEDIAN.get(cap, 250), 0.55, 3)


def pick_w(rng, pairs):
    tot = sum(w for _, w in pairs)
    x = rng.random() * tot
    for v, w in pairs:
        x -= w
        if x <= 0:
            return v
    return pairs[-1][0]


def content_mix(rng, mix):
    kind = pick_w(rng, mix)
    return {"cot": T.cot, "coding": T.coding, "agentic": T.agentic, "grading": T.grading,
            "rewrite": T.safe_rewrite, "datagen": T.datagen, "chat": T.chat}[kind](rng)


DIURNAL = [1, 0.6, 0.4, 0.3, 0.3, 0.4, 0.8, 1.6, 2.6, 3.2, 3.4, 3.3, 3.0, 3.2, 3.3, 3.2, 3.0, 2.8,
           2.9, 3.3, 3.5, 3.2, 2.4, 1.6]


def diurnal_ts(rng, day, tz):
    """A time on `day` (0-based within the window) at a diurnal hour of local time."""
    hr = pick_w(rng, list(enumerate(DIURNAL)))
    ms = START + day * DAY + int((hr - tz) * HOUR) + rng.randrange(HOUR)
    return ms


def workday_ts(rng, day, tz, start=9.0, end=18.0, lunch=(12.0, 13.5)):
    while True:
        hr = rng.uniform(start, end)
        if not (lunch[0] <= hr < lunch[1]):
            break
    return START + day * DAY + int((hr - tz) * HOUR)


def weekday(day):
    return day % 7 < 5  # START is a Monday


def email_shape(rng, style):
    if style == "name":
        return "a" * rng.randint(3, 8) + "." + "a" * rng.randint(3, 10)
    if style == "name9":
        return "a" * rng.randint(4, 9) + "9" * rng.randint(1, 3)
    if style == "student":
        return "a" * rng.randint(1, 2) + "9" * rng.randint(4, 6)
    if style == "handle":
        return "a" * rng.randint(5, 12)
    if style == "random":
        return "".join(rng.choice("a9") for _ in range(rng.randint(8, 14)))
    return "a" * rng.randint(4, 10)


FREEMAIL = ["gmail.com", "outlook.com", "yahoo.com", "proton.me", "icloud.com", "gmx.de", "hotmail.com",
            "mail.com", "yandex.com", "zoho.com", "aol.com", "fastmail.com"]


def card(seed, tag):
    return "pm_" + h(f"{seed}:card:{tag}", 20)


def rec(created, org=None, domain=None, shape=None, pay=None, country=None, channel="standard", verified=False):
    r = {"org_id": org, "email_domain": domain, "email_local_shape": shape, "payment_fingerprint": pay,
         "billing_country": country, "signup_channel": channel, "verified": verified}
    return r


# ================================================================== attack groups

def g_single_use_hydra(w):
    """Thousands of throwaway accounts, 1-5 requests each, through a big residential pool."""
    rng = sub_rng(w.seed, "hydra")
    F = w.F
    n = 1400 * F
    ccs = ["US", "GB", "DE", "FR", "BR", "IN", "ID", "MX", "PL", "TR", "VN", "PH"]
    pool = []
    for i in range(4000 * F):
        cc = ccs[i % len(ccs)]
        ip = w.net.home_ip(rng, cc)
        pool.append((ip, cc))
    known = 0
    for ip, cc in pool:
        if rng.random() < 0.2:
            known += 1
            org = "Peerlink Residential Proxy (exit node)"
            w.net.rows.append((ip, w.net.asn(), org, cc, "residential_proxy"))
    clients = ["lumen-py-1.8", "lumen-py-1.9", "openai-py", "httpx", "lumen-node-0.31", "openai-js", "requests", "chrome"]
    camp = "hyd-1"
    card_left, cur_card = 0, None
    for i in range(n):
        first = START + int(rng.random() * (DAYS * DAY - 2 * HOUR))
        created = first - rng.randint(2 * MIN, 90 * MIN)
        ip0, cc = pool[rng.randrange(len(pool))]
        if card_left <= 0:
            cur_card = card(w.seed, f"hyd{i}")
            card_left = pick_w(rng, [(1, 60), (2, 25), (3, 15)])
        card_left -= 1
        dom = pick(rng, FREEMAIL)
        a = w.account("single_use_hydra", "attack", camp, created,
                      **rec(created, None, dom, email_shape(rng, pick(rng, ["name9", "handle", "random", "name"])),
                            cur_card, cc if rng.random() < 0.7 else pick(rng, ccs), "standard", False))
        cl = client(pick(rng, clients))
        k = pick_w(rng, [(1, 30), (2, 25), (3, 20), (4, 15), (5, 10)])
        ts = first
        for j in range(k):
            ip, _ = pool[rng.randrange(len(pool))] if j else (ip0, cc)
            c = content_mix(rng, [("cot", 45), ("coding", 25), ("agentic", 10), ("rewrite", 10), ("grading", 10)])
            model = M_NEW if ts > RELEASE + 6 * HOUR and rng.random() < 0.3 else M_MAIN
            th = lognorm_int(rng, 1500, 0.5) if rng.random() < 0.3 else 0
            w.ev(a, ts, ip, model, cl, c, rng, max_tokens=pick(rng, [4096, 8192, 16000]), thinking=th,
                 tool_calls=(1 if c["cap"] == "agentic" else None))
            ts += rng.randint(3 * SEC, 4 * MIN)
    return camp, known


def pick(rng, xs):
    return xs[rng.randrange(len(xs))]


def g_aged_accounts(w):
    """Accounts bought on a market: signed up 3-10 months earlier, verified-looking, dormant until used."""
    rng = sub_rng(w.seed, "aged")
    n = 160 * w.F
    camp = "aged-1"
    ccs = ["US", "GB", "CA", "DE", "AU"]
    carriers = ["US", "GB", "DE"]
    doms = FREEMAIL[:5] + ["brightlinehomes.com", "oakandpine.co", "mcallister-law.com", "peakdental.net",
                           "vantagecpa.com", "harborview-realty.com"]
    clients = ["lumen-node-0.31", "lumen-node-0.29", "openai-js"]
    for i in range(n):
        created = START - rng.randint(90, 300) * DAY + rng.randrange(DAY)
        cc = pick(rng, ccs)
        ch = pick_w(rng, [("standard", 70), ("startup", 15), ("research", 15)])
        a = w.account("aged_market_accounts", "attack", camp, created,
                      **rec(created, None, pick(rng, doms), email_shape(rng, "name"), card(w.seed, f"aged{i}"),
                            cc, ch, rng.random() < 0.85))
        batch_day = pick(rng, [1, 4, 8])
        cl = client(pick(rng, clients))
        per_day = rng.randint(5, 14)
        for day in range(batch_day, DAYS):
            if rng.random() < 0.1:
                continue
            cur_ip, ip_until = None, 0
            n_today = max(1, int(per_day * rng.uniform(0.6, 1.3)))
            tss = sorted(START + day * DAY + rng.randrange(DAY) for _ in range(n_today))
            for ts in tss:
                if ts >= ip_until:
                    cur_ip = w.net.mobile_ip(rng, pick(rng, carriers))
                    ip_until = ts + HOUR
                kind = pick_w(rng, [("agentic", 50), ("coding", 30), ("cot", 20)])
                if kind == "agentic":
                    steps = rng.randint(1, 5)
                    t = ts
                    for s in range(1, steps + 1):
                        c = T.agentic(rng, s)
                        w.ev(a, t, cur_ip, M_MAIN, cl, c, rng, max_tokens=8192, turns=2 * s - 1,
                             tool_calls=(rng.randint(1, 2) if s < steps else 0))
                        t += rng.randint(2 * SEC, 25 * SEC)
                else:
                    c = T.coding(rng) if kind == "coding" else T.cot(rng)
                    w.ev(a, ts, cur_ip, M_MAIN, cl, c, rng, max_tokens=pick(rng, [8192, 16384]))
    return camp


def g_processor_ring(w):
    """Spread over six payment processors and ten billing countries, rotating SDK versions per request,
    entering through education/startup/research programmes, exiting through VPNs in the billing country."""
    rng = sub_rng(w.seed, "ring")
    n = 220 * w.F
    camp = "ring-1"
    ccs = ["SG", "MY", "HK", "AE", "TR", "BR", "MX", "PL", "VN", "ID"]
    vpn = {}
    for prov in ["SwiftTunnel VPN", "Nimbus Privacy"]:
        asn = w.net.asn()
        for cc in ccs:
            vpn.setdefault(cc, []).append(w.net.add24(cc, "vpn", prov, asn))
    hosting = [w.net.add24(cc, "hosting", "Kumo Cloud Hosting") for cc in ["SG", "HK", "AE"]]
    cn = w.net.isp["CN"]
    processors = ["stripe", "adyen", "paypal", "checkout", "razorpay", "dlocal"]
    rot = ["lumen-py-1.7", "lumen-py-1.8", "lumen-py-1.9", "openai-py", "lumen-node-0.29", "lumen-node-0.31",
           "openai-js", "go", "okhttp", "java-hc", "curl", "reqwest", "dotnet", "httpx"]
    doms = ["mailbox.sg", "inboxhub.net", "kotakpos.id", "correo-rapido.mx", "postluz.com.br"] + FREEMAIL[:6]
    edu = ["nus-alumni.sg", "um-student.my", "ui-mahasiswa.id", "hcmus-student.vn"]
    for i in range(n):
        created = START + rng.randint(-20, 5) * DAY + rng.randrange(DAY)
        cc = pick(rng, ccs)
        ch = pick_w(rng, [("standard", 40), ("education", 25), ("startup", 20), ("research", 15)])
        dom = pick(rng, edu) if ch == "education" else pick(rng, doms)
        proc = processors[i % len(processors)]
        a = w.account("processor_hopping_ring", "attack", camp, created,
                      **rec(created, None, dom, email_shape(rng, pick(rng, ["name9", "handle", "name"])),
                            f"{proc}:" + card(w.seed, f"ring{i}"), cc, ch, rng.random() < 0.1))
        start_day = max(0, (created - START) // DAY + rng.randint(0, 2))
        life = rng.randint(6, 12)
        per_day = rng.randint(6, 20)
        for day in range(int(start_day), min(DAYS, int(start_day) + life)):
            for _ in range(max(1, int(per_day * rng.uniform(0.5, 1.4)))):
                ts = START + day * DAY + rng.randrange(DAY)
                if ts < created + MIN:
                    continue
                r = rng.random()
                if r < 0.02:
                    a_, b_ = pick(rng, cn)
                    ip = f"{a_}.{b_}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
                elif r < 0.12:
                    ip = in24(rng, pick(rng, hosting))
                else:
                    ip = in24(rng, pick(rng, vpn[cc]))
                c = content_mix(rng, [("cot", 40), ("coding", 35), ("datagen", 15), ("chat", 10)])
                model = M_NEW if ts > RELEASE and rng.random() < 0.25 else M_MAIN
                w.ev(a, ts, ip, model, client(pick(rng, rot)), c, rng, max_tokens=pick(rng, [None, 4096, 8192]))
    return camp


def g_safety_rubric(w):
    """Harvests 'safe rewrites' of sensitive questions and rubric grading, through mobile carriers."""
    rng = sub_rng(w.seed, "safe")
    n = 130 * w.F
    camp = "safe-1"
    ccs = ["ID", "PH", "VN", "IN"]
    waves = sorted(START + rng.randint(-10, 3) * DAY + rng.randrange(DAY) for _ in range(5))
    cl = client("httpx")
    cur_card, left = None, 0
    for i in range(n):
        created = waves[i % 5] + rng.randrange(3 * HOUR)
        if left <= 0:
            cur_card = card(w.seed, f"safe{i}")
            left = rng.randint(6, 12)
        left -= 1
        cc = pick(rng, ccs)
        a = w.account("safety_rubric_harvest", "attack", camp, created,
                      **rec(created, None, pick(rng, FREEMAIL[:4]), email_shape(rng, "name9"), cur_card, cc,
                            "standard", False))
        d0 = max(0, (created - START) // DAY + 1)
        for day in range(int(d0), DAYS):
            if rng.random() < 0.25:
                continue
            for _ in range(rng.randint(1, 3)):
                ts = START + day * DAY + rng.randrange(DAY)
                ip = w.net.mobile_ip(rng, cc)
                for _ in range(rng.randint(4, 10)):
                    c = content_mix(rng, [("rewrite", 55), ("grading", 40), ("chat", 5)])
                    w.ev(a, ts, ip, M_MAIN, cl, c, rng, max_tokens=pick(rng, [2048, 4096]))
                    ts += rng.randint(2 * SEC, 20 * SEC)
    return camp


def g_startup(w):
    """A real startup (benign employees) whose org also holds a block of distillation seats."""
    rng = sub_rng(w.seed, "startup")
    F = w.F
    org, dom = "org_brightquill", "brightquill.ai"
    pay = card(w.seed, "brightquill")
    office = w.net.add24("US", "isp", "Sonic Business Fiber")
    office_ip = in24(rng, office)
    aws = [w.net.add24("US", "hosting", "Amazon AWS us-west-2") for _ in range(2)]
    backend_ips = [in24(rng, pick(rng, aws)) for _ in range(6)]
    camp = "inf-1"
    for i in range(14 * F):
        created = START - rng.randint(20, 400) * DAY + rng.randrange(DAY)
        a = w.account("startup_employee", "benign", None, created, hard=True,
                      **rec(created, org, dom, email_shape(rng, "name"), pay, "US", "startup", True))
        cl = client(pick(rng, ["chrome-mac", "lumen-py-1.9", "safari"]))
        for day in range(DAYS):
            if not weekday(day) or rng.random() < 0.15:
                continue
            for _ in range(rng.randint(6, 30)):
                ts = workday_ts(rng, day, -8)
                ip = office_ip if rng.random() < 0.8 else pick(rng, backend_ips)
                c = content_mix(rng, [("chat", 40), ("coding", 40), ("datagen", 10), ("cot", 10)])
                model = M_NEW if ts > RELEASE + DAY and rng.random() < 0.6 else M_MAIN
                w.ev(a, ts, ip, model, cl, c, rng, turns=rng.randint(1, 6))
    for i in range(36 * F):
        created = START - rng.randint(4, 6) * DAY + rng.randrange(2 * DAY)
        a = w.account("startup_org_infiltration", "attack", camp, created,
                      **rec(created, org, dom, email_shape(rng, "name"), pay, "US", "startup", True))
        cl = client(pick(rng, ["lumen-py-1.9", "lumen-py-1.8"]))
        per_day = rng.randint(25, 50)
        for day in range(DAYS):
            for _ in range(max(1, int(per_day * rng.uniform(0.6, 1.3)))):
                ts = START + day * DAY + rng.randrange(DAY)
                ip = office_ip if rng.random() < 0.2 else pick(rng, backend_ips)
                c = content_mix(rng, [("cot", 50), ("datagen", 25), ("coding", 25)])
                th = lognorm_int(rng, 2500, 0.5) if rng.random() < 0.4 else 0
                w.ev(a, ts, ip, M_MAIN, cl, c, rng, max_tokens=pick(rng, [8192, 16384, 32000]), thinking=th)
    return camp


def g_workhours_tool(w):
    """Human working hours (UTC+8, lunch break, no weekends, irregular gaps), exits on home ISPs
    abroad, but every account runs the same multi-turn tool-use template."""
    rng = sub_rng(w.seed, "wh")
    n = 110 * w.F
    camp = "wh-1"
    ccs = ["US", "CA", "GB", "AU"]
    cos = ["northwind-traders.co", "bluefin-analytics.io", "orchardhealth.co", "granite-logistics.net",
           "lumosretail.com", "cobaltfin.io", "tidewatermedia.co", "juniperfoods.net", "hexaform.io", "quillstack.dev"]
    cur_card, left = None, 0
    for i in range(n):
        created = START - rng.randint(2, 30) * DAY + rng.randrange(DAY)
        if left <= 0:
            cur_card = card(w.seed, f"wh{i}")
            left = rng.randint(3, 5)
        left -= 1
        cc = pick(rng, ccs)
        dom = pick(rng, cos)
        a = w.account("workhours_tool_template", "attack", camp, created,
                      **rec(created, "org_" + h(f"{w.seed}:whorg{i}", 10), dom, email_shape(rng, "name"), cur_card,
                            cc, pick_w(rng, [("startup", 40), ("standard", 60)]), False))
        home = w.net.home_ip(rng, cc)
        cl = client(pick(rng, ["langchain", "lumen-py-1.9"]))
        system = T.office_agent_system(rng)
        for day in range(DAYS):
            if not weekday(day) or rng.random() < 0.1:
                continue
            if rng.random() < 0.15:
                home = w.net.home_ip(rng, cc)
            for _ in range(rng.randint(2, 4)):
                ts = workday_ts(rng, day, 8)
                steps = rng.randint(3, 9)
                tools = list(pick(rng, T.TOOLSETS))
                for s in range(1, steps + 1):
                    c = T.agentic(rng, s)
                    c["tools"] = tools
                    w.ev(a, ts, home, M_NEW if ts > RELEASE + 12 * HOUR and rng.random() < 0.5 else M_MAIN, cl,
                         c, rng, system=system, max_tokens=4096, turns=2 * s - 1,
                         tool_calls=(rng.randint(1, 2) if s < steps else 0))
                    ts += lognorm_int(rng, 9 * SEC, 0.8, SEC)
    return camp


def g_release_pivot(w):
    """Reasoning harvest on IPv6 hosting; at pivot_at half of the accounts move wholly to the new model
    and double their volume."""
    rng = sub_rng(w.seed, "pivot")
    n = 90 * w.F
    camp = "piv-1"
    v6 = []
    for org, cc in [("Hostwinds Cloud", "US"), ("Aeza Hosting", "NL"), ("Contabo VPS", "DE")]:
        p = rng.randint(0x2a00, 0x2a0f), rng.randint(0x1000, 0xffff)
        w.net.rows.append((f"{p[0]:x}:{p[1]:x}::/32", w.net.asn(), org, cc, "hosting"))
        v6.append(p)
    pivot_at = RELEASE + rng.randint(4, 16) * HOUR + rng.randrange(HOUR)
    signup = START - 12 * DAY + rng.randrange(DAY)
    cards = [card(w.seed, f"piv{k}") for k in range(3)]
    cl = client("okhttp")
    for i in range(n):
        created = signup + rng.randrange(6 * HOUR)
        a = w.account("release_day_pivot", "attack", camp, created,
                      **rec(created, None, pick(rng, FREEMAIL), email_shape(rng, "random"), cards[i % 3],
                            pick(rng, ["US", "DE", "NL"]), "standard", False))
        movers = i % 2 == 0
        per_day = rng.randint(15, 30)
        for day in range(DAYS):
            for _ in range(max(1, int(per_day * rng.uniform(0.7, 1.3)))):
                ts = START + day * DAY + rng.randrange(DAY)
                reps = 2 if (movers and ts >= pivot_at) else 1
                for _ in range(reps):
                    t = ts + rng.randrange(HOUR)
                    p = pick(rng, v6)
                    ip = f"{p[0]:x}:{p[1]:x}:{rng.randint(0, 0xffff):x}:{rng.randint(0, 0xffff):x}::{rng.randint(1, 0xfff):x}"
                    model = M_NEW if (movers and t >= pivot_at) else M_MAIN
                    c = content_mix(rng, [("cot", 70), ("coding", 30)])
                    th = lognorm_int(rng, 2000, 0.5) if rng.random() < 0.5 else 0
                    w.ev(a, t, ip, model, cl, c, rng, max_tokens=16384, thinking=th)
    return camp, pivot_at


# ================================================================== benign groups

def adopt_time(rng, p, mean_days):
    """When a benign account starts using the new model, or None."""
    if rng.random() >= p:
        return None
    return RELEASE + int(rng.expovariate(1 / mean_days) * DAY) + rng.randrange(HOUR)


def g_everyday(w):
    rng = sub_rng(w.seed, "everyday")
    ccs = sorted(c for c in ISP_NAMES if c != "CN")
    for i in range(1300 * w.F):
        cc = pick(rng, ccs)
        created = START - rng.randint(0, 730) * DAY + rng.randrange(DAY)
        if rng.random() < 0.05:
            created = START + rng.randrange(10 * DAY)
        dev = rng.random() < 0.15
        a = w.account("everyday_user", "benign", None, created,
                      **rec(created, None, pick(rng, FREEMAIL), email_shape(rng, pick(rng, ["name", "name9", "handle"])),
                            card(w.seed, f"ev{i}") if rng.random() < 0.7 else None, cc, "standard", rng.random() < 0.2))
        mobile = cc in MOBILE_NAMES and rng.random() < 0.1
        home = w.net.home_ip(rng, cc)
        cl = client(pick(rng, ["lumen-py-1.9", "lumen-node-0.31", "reqwest"] if dev else
                         ["chrome", "chrome-mac", "safari", "firefox", "ios", "android"]))
        adopt = adopt_time(rng, 0.5, 2.5)
        sessions = lognorm_int(rng, 5, 0.9, 1, 80)
        tz = TZ[cc]
        for _ in range(sessions):
            day = rng.randrange(DAYS)
            ts = diurnal_ts(rng, day, tz)
            if ts < created + MIN:
                continue
            if rng.random() < 0.02:
                home = w.net.home_ip(rng, cc)
            ip = w.net.mobile_ip(rng, cc) if mobile else home
            model = M_NEW if adopt and ts > adopt else (M_FLASH if rng.random() < 0.12 else M_MAIN)
            for t in range(1, min(12, 1 + int(rng.expovariate(1 / 2.5))) + 1):
                if dev:
                    c = T.coding(rng) if t == 1 or rng.random() < 0.5 else T.chat_follow(rng)
                elif t == 1:
                    c = T.cot(rng) if rng.random() < 0.08 else T.chat(rng)
                else:
                    c = T.chat_follow(rng)
                th = lognorm_int(rng, 600, 0.6) if rng.random() < 0.05 else 0
                w.ev(a, ts, ip, model, cl, c, rng, turns=2 * t - 1, thinking=th,
                     max_tokens=(pick(rng, [1024, 4096, 8192]) if dev else None))
                ts += rng.randint(20 * SEC, 5 * MIN)


def g_trial(w):
    """Sign up during the window, try one to four things within the hour, leave."""
    rng = sub_rng(w.seed, "trial")
    ccs = ["US", "GB", "DE", "FR", "BR", "IN", "ID", "MX", "PL", "TR", "VN", "PH", "JP", "KR", "NG", "ES"]
    for i in range(350 * w.F):
        cc = pick(rng, ccs)
        created = START + rng.randrange(DAYS * DAY - 2 * HOUR)
        a = w.account("trial_user", "benign", None, created, hard=True,
                      **rec(created, None, pick(rng, FREEMAIL), email_shape(rng, pick(rng, ["name", "name9", "handle", "random"])),
                            card(w.seed, f"tr{i}") if rng.random() < 0.5 else None, cc,
                            pick_w(rng, [("standard", 80), ("education", 10), ("startup", 10)]), False))
        ip = w.net.home_ip(rng, cc) if rng.random() < 0.8 else w.net.mobile_ip(rng, pick(rng, sorted(MOBILE_NAMES)))
        cl = client(pick(rng, ["chrome", "safari", "lumen-py-1.9", "openai-py", "curl", "ios"]))
        ts = created + rng.randint(MIN, 40 * MIN)
        for j in range(pick_w(rng, [(1, 35), (2, 30), (3, 20), (4, 15)])):
            c = content_mix(rng, [("chat", 50), ("coding", 25), ("cot", 15), ("rewrite", 5), ("datagen", 5)])
            w.ev(a, ts, ip, M_MAIN, cl, c, rng)
            ts += rng.randint(20 * SEC, 10 * MIN)


def g_cgnat(w):
    """Mobile users behind carrier-grade NAT: a few hundred addresses shared by many accounts."""
    rng = sub_rng(w.seed, "cgnat")
    ccs = ["ID", "PH", "IN", "NG"]
    nat = {cc: [w.net.mobile_ip(rng, cc) for _ in range(12 * w.F)] for cc in ccs}
    for i in range(250 * w.F):
        cc = pick(rng, ccs)
        created = START - rng.randint(1, 500) * DAY
        a = w.account("cgnat_mobile_user", "benign", None, created, hard=True,
                      **rec(created, None, pick(rng, FREEMAIL[:3]), email_shape(rng, "name9"),
                            card(w.seed, f"cg{i}") if rng.random() < 0.4 else None, cc, "standard", False))
        cl = client(pick(rng, ["android", "android", "ios", "chrome"]))
        for _ in range(lognorm_int(rng, 4, 0.7, 1, 30)):
            ts = diurnal_ts(rng, rng.randrange(DAYS), TZ[cc])
            ip = pick(rng, nat[cc])
            for t in range(1, rng.randint(1, 5) + 1):
                c = T.chat(rng) if t == 1 else T.chat_follow(rng)
                w.ev(a, ts, ip, M_FLASH if rng.random() < 0.5 else M_MAIN, cl, c, rng, turns=2 * t - 1)
                ts += rng.randint(30 * SEC, 4 * MIN)


def g_eval_company(w):
    """Yardstick Evals: one org, many worker accounts on one cloud range, the same benchmark items
    sent again and again (including on the new model two hours after release)."""
    rng = sub_rng(w.seed, "evalco")
    items = T.benchmark_suite(sub_rng(w.seed, "evalco-items"), 1200 * w.F)
    org, pay = "org_yardstick", card(w.seed, "yardstick")
    rangeblk = w.net.add24("US", "hosting", "Google Cloud us-central1")
    ips = [in24(rng, rangeblk) for _ in range(8)]
    cl = client("httpx")
    accts = []
    created = START - 200 * DAY
    for i in range(60 * w.F):
        c = created + i * 37 * SEC + rng.randrange(1000)
        accts.append(w.account("eval_company_fleet", "benign", None, c, hard=True,
                               **rec(c, org, "yardstick-evals.com", "aaaaa-aaaaaa-99", pay, "US", "enterprise", True)))
    system = "You are being evaluated. Answer exactly in the requested format."
    runs = [(START + 1 * DAY + 15 * HOUR, [M_MAIN, M_FLASH]), (START + 3 * DAY + 2 * HOUR, [M_MAIN]),
            (RELEASE + 2 * HOUR, [M_NEW]), (START + 10 * DAY + 16 * HOUR, [M_NEW, M_MAIN]),
            (START + 12 * DAY + 3 * HOUR, [M_NEW])]
    for t0, models in runs:
        ts = t0
        for model in models:
            for k, item in enumerate(items):
                a = accts[k % len(accts)]
                kind = item[7:11]
                mt = {"mcq-": 5, "reas": 2048, "code": 1024, "judg": 512}.get(kind, 512)
                cap = {"mcq-": "chat", "reas": "reasoning", "code": "coding", "judg": "grading"}.get(kind, "chat")
                out = rng.randint(1, 3) if kind == "mcq-" else None
                w.ev(a, ts, pick(rng, ips), model, cl, {"prompt": item, "cap": cap}, rng, max_tokens=mt,
                     system=system, out_tokens=out)
                ts += rng.randint(20, 120)


def g_hackathon(w):
    """A weekend hackathon: hundreds of sign-ups within an hour on the campus NAT, then bursty coding."""
    rng = sub_rng(w.seed, "hack")
    campus = w.net.add16("US", "education", "Riverside Institute of Technology")
    nat = [f"{campus[0]}.{campus[1]}.{rng.randint(0, 255)}.{rng.randint(1, 254)}" for _ in range(2)]
    tz = -5
    kickoff = START + 4 * DAY + int((18 - tz) * HOUR)  # Friday 18:00 local
    for i in range(280 * w.F):
        created = kickoff - HOUR + rng.randrange(HOUR)
        a = w.account("hackathon_sprint", "benign", None, created, hard=True,
                      **rec(created, None, "riverside-tech.edu", email_shape(rng, "student"),
                            card(w.seed, f"hk{i}") if rng.random() < 0.25 else None, "US", "education", False))
        cl = client(pick(rng, ["chrome", "chrome-mac", "lumen-py-1.9", "lumen-node-0.31", "firefox", "safari"]))
        ip = pick(rng, nat)
        for _ in range(rng.randint(4, 12)):
            ts = kickoff + rng.randrange(40 * HOUR)
            for _ in range(rng.randint(1, 7)):
                c = T.hackathon(rng)
                w.ev(a, ts, ip, M_MAIN if rng.random() < 0.8 else M_FLASH, cl, c, rng, turns=rng.randint(1, 7))
                ts += rng.randint(15 * SEC, 3 * MIN)
        if rng.random() < 0.3:
            home = w.net.home_ip(rng, "US")
            for _ in range(rng.randint(1, 6)):
                day = rng.randint(7, DAYS - 1)
                ts = diurnal_ts(rng, day, tz)
                w.ev(a, ts, home, M_MAIN, cl, T.coding(rng) if rng.random() < 0.5 else T.chat(rng), rng)


def g_enterprise(w):
    """Meridian Insurance: hundreds of seats provisioned by SSO within minutes on one card."""
    rng = sub_rng(w.seed, "ent")
    blk = w.net.add24("GB", "enterprise", "Meridian Insurance Group plc")
    nat = [in24(rng, blk) for _ in range(3)]
    org, pay = "org_meridian", card(w.seed, "meridian")
    t0 = START + 1 * DAY + 7 * HOUR + 20 * MIN
    cl = client("electron")
    for i in range(450 * w.F):
        created = t0 + rng.randrange(20 * MIN)
        a = w.account("enterprise_bulk_onboarding", "benign", None, created, hard=True,
                      **rec(created, org, "meridian-ins.co.uk", email_shape(rng, "name"), pay, "GB", "enterprise", True))
        per_day = lognorm_int(rng, 3, 0.8, 0, 25)
        for day in range(2, DAYS):
            if not weekday(day):
                continue
            for _ in range(max(0, int(per_day * rng.uniform(0.3, 1.5)))):
                ts = workday_ts(rng, day, 0, 8.5, 17.5)
                c = T.office(rng) if rng.random() < 0.8 else T.coding(rng)
                w.ev(a, ts, pick(rng, nat), M_MAIN, cl, c, rng, turns=rng.randint(1, 5))


def g_localisation(w):
    """Polyglot Relay: a translation backend, very high volume, long outputs, fixed system prompt."""
    rng = sub_rng(w.seed, "l10n")
    blk = w.net.add24("NL", "hosting", "Microsoft Azure westeurope")
    ips = [in24(rng, blk) for _ in range(4)]
    org, pay = "org_polyglot", card(w.seed, "polyglot")
    cl = client("dotnet")
    for name, per_day, nightly in [("prod", 650, False), ("prod-eu", 400, False), ("staging", 60, False),
                                   ("batch", 0, True)]:
        created = START - rng.randint(100, 600) * DAY
        a = w.account("localisation_backend", "benign", None, created, hard=True,
                      **rec(created, org, "polyglotrelay.com", "aaaaaaaa-aaa", pay, "NL", "enterprise", True))
        for day in range(DAYS):
            if nightly:
                ts = START + day * DAY + 1 * HOUR
                for _ in range(rng.randint(300, 600) * w.F):
                    c = T.translation(rng)
                    w.ev(a, ts, ips[3], M_MAIN, cl, c, rng, system=T.TRANSLATE_SYSTEM, max_tokens=16384,
                         out_tokens=int(len(c["prompt"]) / 4 * rng.uniform(1.1, 1.6)))
                    ts += rng.randint(300, 2500)
            else:
                for _ in range(int(per_day * w.F * rng.uniform(0.85, 1.15))):
                    ts = diurnal_ts(rng, day, 1)
                    c = T.translation(rng)
                    w.ev(a, ts, pick(rng, ips[:3]), M_FLASH if name == "staging" else M_MAIN, cl, c, rng,
                         system=T.TRANSLATE_SYSTEM, max_tokens=16384,
                         out_tokens=int(len(c["prompt"]) / 4 * rng.uniform(1.1, 1.6)))


def g_labelling(w):
    """Acme Label Ops: a legitimate data-labelling vendor grading responses under one verified org."""
    rng = sub_rng(w.seed, "label")
    offices = [("PH", 8, in24(rng, w.net.add24("PH", "isp", "PLDT Enterprise"))),
               ("KE", 3, in24(rng, w.net.add24("KE", "isp", "Safaricom Business")))]
    org, pay = "org_acmelabel", card(w.seed, "acmelabel")
    cl = client("chrome")
    for i in range(35 * w.F):
        cc, tz, ip = offices[i % 2]
        created = START - rng.randint(10, 300) * DAY
        a = w.account("labelling_vendor", "benign", None, created, hard=True,
                      **rec(created, org, "acmelabelops.com", email_shape(rng, "name"), pay, cc, "enterprise", True))
        system = T.LABEL_GUIDE.format(proj=pick(rng, ["Heron", "Kite", "Osprey"]), v=rng.randint(3, 7))
        for day in range(DAYS):
            if day % 7 == 6 or rng.random() < 0.08:
                continue
            for _ in range(rng.randint(35, 70)):
                ts = workday_ts(rng, day, tz, 8, 17, (12, 13))
                w.ev(a, ts, ip, M_MAIN, cl, T.labelling(rng), rng, system=system, max_tokens=1024)


def g_agent_ci(w):
    """Loomwork: an agent-framework company's CI; cron-exact timing, tool use, fixed test cases,
    runners on rotating cloud addresses."""
    rng = sub_rng(w.seed, "ci")
    cases = T.ci_suite(sub_rng(w.seed, "ci-cases"), 60)
    a16 = w.net.add16("US", "hosting", "Microsoft Azure (hosted CI runners)")
    org, pay = "org_loomwork", card(w.seed, "loomwork")
    cl = client("lumen-py-1.9")

    def run(a, t0, subset, model):
        ts = t0
        for prompt, tools, steps in subset:
            ip = f"{a16[0]}.{a16[1]}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
            for s in range(1, steps + 1):
                c = {"prompt": prompt if s == 1 else f"Tool output:\n{T.tool_result(rng)}", "tools": tools, "cap": "agentic"}
                w.ev(a, ts, ip, model, cl, c, rng, max_tokens=2048, turns=2 * s - 1,
                     tool_calls=(1 if s < steps else 0), system="Loomwork test harness. Deterministic mode.")
                ts += rng.randint(800, 4000)

    accts = {}
    for name in ["ci-main", "ci-pr", "ci-nightly", "ci-release"]:
        created = START - rng.randint(60, 300) * DAY
        accts[name] = w.account("agent_ci", "benign", None, created, hard=True,
                                **rec(created, org, "loomwork.dev", "aa-aaaa", pay, "US", "startup", True))
    for day in range(DAYS):
        for hr in range(24):  # smoke suite on the hour, every hour
            run(accts["ci-main"], START + day * DAY + hr * HOUR + rng.randint(0, 1500), cases[:6],
                M_NEW if START + day * DAY + hr * HOUR > RELEASE + 3 * HOUR else M_MAIN)
        run(accts["ci-nightly"], START + day * DAY + 2 * HOUR + rng.randint(0, 1500), cases, M_MAIN)
        if weekday(day):
            for _ in range(rng.randint(6, 18) * w.F):
                run(accts["ci-pr"], workday_ts(rng, day, -5), cases[:8], M_MAIN)
    run(accts["ci-release"], RELEASE + 50 * MIN, cases, M_NEW)
    run(accts["ci-release"], RELEASE + 26 * HOUR, cases, M_NEW)


# ================================================================== output

def write_all(w, out, with_accounts, extra):
    os.makedirs(out, exist_ok=True)
    fix_rng = sub_rng(w.seed, "fix")
    w.events.sort(key=lambda x: x[0])  # stable: ties keep generation order
    first, last, count = {}, {}, {}
    for ts, aid, _, _ in w.events:
        if aid not in first:
            first[aid] = ts
        last[aid] = ts
        count[aid] = count.get(aid, 0) + 1
    accts = [a for a in w.accounts if a["account_id"] in first]
    dropped = len(w.accounts) - len(accts)
    moved = 0
    for a in accts:
        if a["created"] > first[a["account_id"]] - SEC:
            a["created"] = first[a["account_id"]] - fix_rng.randint(MIN, 30 * MIN)
            moved += 1

    with open(os.path.join(out, "events.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for i, (ts, aid, _, s) in enumerate(w.events):
            rid = "rq_" + hashlib.blake2b(f"{w.seed}:{i}".encode(), digest_size=9).hexdigest()
            f.write('{"request_id":"' + rid + '",' + s[1:] + "\n")

    if with_accounts:
        with open(os.path.join(out, "accounts.jsonl"), "w", encoding="utf-8", newline="\n") as f:
            for a in sorted(accts, key=lambda a: (a["created"], a["account_id"])):
                r = {"account_id": a["account_id"], "created_at": iso(a["created"])}
                for k, v in a["rec"].items():
                    if v is not None:
                        r[k] = v
                f.write(json.dumps(r, separators=(",", ":")) + "\n")

    with open(os.path.join(out, "ip_ranges.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("cidr,asn,as_org,country,kind\n")
        for cidr, asn, org, cc, kind in w.net.rows:
            f.write(f"{cidr},AS{asn},\"{org}\",{cc},{kind}\n")

    with open(os.path.join(out, "releases.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("model,released_at\n")
        f.write(f"{M_OLD},2025-03-04T16:00:00.000Z\n{M_MAIN},2025-10-21T16:00:00.000Z\n"
                f"{M_FLASH},2025-11-18T16:00:00.000Z\n{M_NEW},{iso(RELEASE)}\n")

    with open(os.path.join(out, "policy.toml"), "w", encoding="utf-8", newline="\n") as f:
        f.write('restricted_countries = ["CN", "RU", "KP", "IR"]\n'
                f'hash_key_id = "outside-wide-{w.seed}"\n'
                f'hash_key = "outside-wide-demo-key-{h(str(w.seed), 24)}"\n\n'
                "[thresholds]\nreview = 0.5\nthrottle = 0.7\nblock = 0.85\n")

    with open(os.path.join(out, "truth.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for a in sorted(accts, key=lambda a: a["account_id"]):
            r = {"account_id": a["account_id"], "label": a["label"], "group": a["group"], "campaign": a["campaign"]}
            if a["hard"]:
                r["hard"] = True
            f.write(json.dumps(r, separators=(",", ":")) + "\n")

    by_camp = {}
    for a in accts:
        if a["campaign"]:
            by_camp.setdefault(a["campaign"], []).append(a)
    with open(os.path.join(out, "campaigns.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for camp, group in w.campaigns:
            members = by_camp.get(camp, [])
            r = {"campaign": camp, "group": group, "accounts": len(members),
                 "active_from": iso(min(first[a["account_id"]] for a in members)),
                 "active_until": iso(max(last[a["account_id"]] for a in members)),
                 "successor_of": None, "pivot_at": iso(extra[camp]) if camp in extra else None}
            f.write(json.dumps(r, separators=(",", ":")) + "\n")

    # summary on stderr
    groups = {}
    for a in accts:
        g = groups.setdefault((a["label"], a["group"]), [0, 0, set()])
        g[0] += 1
    acc_group = {a["account_id"]: (a["label"], a["group"]) for a in accts}
    for ts, aid, ph, _ in w.events:
        g = groups[acc_group[aid]]
        g[1] += 1
        g[2].add(ph)
    print(f"{'label':7} {'group':28} {'accounts':>8} {'events':>8} {'distinct':>8}", file=sys.stderr)
    for (lab, grp), (na, ne, ps) in sorted(groups.items(), key=lambda x: (x[0][0] != "attack", x[0][1])):
        print(f"{lab:7} {grp:28} {na:8d} {ne:8d} {len(ps) / ne:8.2f}", file=sys.stderr)
    na = len(accts)
    nat = sum(1 for a in accts if a["label"] == "attack")
    print(f"total: {na} accounts ({nat} attack), {len(w.events)} events; dropped {dropped} accounts with no events, "
          f"moved {moved} sign-ups before their first event", file=sys.stderr)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--scale", choices=["small", "medium"], default="small")
    ap.add_argument("--no-accounts", action="store_true", help="do not write accounts.jsonl")
    ap.add_argument("--out", required=True)
    args = ap.parse_args()
    t0 = time.time()
    w = World(args.seed, args.scale)
    extra = {}
    c, _ = g_single_use_hydra(w)
    w.campaigns.append((c, "single_use_hydra"))
    w.campaigns.append((g_aged_accounts(w), "aged_market_accounts"))
    w.campaigns.append((g_processor_ring(w), "processor_hopping_ring"))
    w.campaigns.append((g_safety_rubric(w), "safety_rubric_harvest"))
    w.campaigns.append((g_startup(w), "startup_org_infiltration"))
    w.campaigns.append((g_workhours_tool(w), "workhours_tool_template"))
    c, piv = g_release_pivot(w)
    w.campaigns.append((c, "release_day_pivot"))
    extra[c] = piv
    for g in [g_everyday, g_trial, g_cgnat, g_eval_company, g_hackathon, g_enterprise, g_localisation,
              g_labelling, g_agent_ci]:
        g(w)
    write_all(w, args.out, not args.no_accounts, extra)
    print(f"written to {args.out} in {time.time() - t0:.1f} s", file=sys.stderr)


if __name__ == "__main__":
    main()
