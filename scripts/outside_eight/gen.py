#!/usr/bin/env python3
"""outside_eight: independent test traffic for a distillation-campaign detector.

Written from a threat description and the input contract only (see README.md).
Python 3 standard library only. Deterministic for a given --seed and --scale.
"""
import argparse
import bisect
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

HOUR = 3600_000
DAY = 24 * HOUR
T0 = 1785715200000  # 2026-08-03T00:00:00Z, a Monday
NDAYS = 14
END = T0 + NDAYS * DAY
RELEASE = T0 + 8 * DAY + 18 * HOUR  # 2026-08-11T18:00Z, a Tuesday
M_MAIN, M_MINI, M_OLD, M_NEW = "tern-2", "tern-2-mini", "tern-1.5", "tern-3"
RESTRICTED = ["CN", "RU", "KP", "IR", "BY"]


def iso(ms):
    s, m = divmod(int(ms), 1000)
    return time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(s)) + ".%03dZ" % m


def lognorm(r, med, sig):
    return med * math.exp(r.gauss(0, sig))


def wpick(r, cum, items):
    return items[bisect.bisect_right(cum, r.random() * cum[-1])]


def cumw(ws):
    out, s = [], 0.0
    for w in ws:
        s += w
        out.append(s)
    return out


HUMAN = cumw([1, .6, .35, .25, .25, .4, .9, 2, 3.4, 4.4, 5, 5, 4.4, 5, 5, 4.8, 4.5, 4.2, 4, 4.3, 4.6, 4, 3, 1.8])
OFFICE = cumw([0, 0, 0, 0, 0, 0, 0, .3, 2.5, 5, 5, 5, 3, 4.5, 5, 5, 4.5, 3, 1, .3, 0, 0, 0, 0])
EVENING = cumw([.6, .3, .1, 0, 0, 0, .2, .6, .6, .4, .4, .5, .8, .8, 1, 2.5, 4, 4.5, 5, 5.5, 5, 4, 2.5, 1.2])
FLAT = cumw([1] * 24)
HOURS = list(range(24))


def local_ts(r, day, tz, prof):
    h = wpick(r, prof, HOURS)
    return T0 + day * DAY + int((h - tz) * HOUR) + r.randrange(HOUR)


# ------------------------------------------------------------------------------- network
TZ = {"US": -5, "CA": -4, "GB": 1, "DE": 2, "FR": 2, "NL": 2, "ES": 2, "IT": 2, "PL": 2, "SE": 2,
      "FI": 3, "EE": 3, "PT": 1, "IE": 1, "JP": 9, "KR": 9, "AU": 10, "BR": -3, "MX": -6,
      "CO": -5, "IN": 5, "ID": 7, "TH": 7, "GE": 4, "AM": 4, "KZ": 5, "AE": 4, "TR": 3, "RS": 2,
      "KG": 6, "NG": 1, "ZA": 2, "PH": 8, "VN": 7, "SG": 8, "RU": 3, "BY": 3, "AR": -3, "CZ": 2}
ISP_NAMES = ["Telecom", "Broadband", "Fibre", "Net", "Kabel", "Online", "Connect"]
FIRST_OCTETS = [31, 37, 46, 62, 77, 78, 82, 85, 89, 91, 94, 95, 109, 145, 151, 176, 178, 185,
                188, 193, 195, 212, 213, 217, 24, 50, 67, 71, 98, 104, 142, 174]


class Net:
    def __init__(self, r):
        self.r = r
        blocks = [(a, b) for a in FIRST_OCTETS for b in range(256)]
        r.shuffle(blocks)
        self.free = blocks
        self.rows = []
        self.asn = 200100
        self.isp, self.mobile, self.v6 = {}, {}, {}

    def _asn(self):
        self.asn += self.r.randint(3, 400)
        return self.asn

    def b16(self, org, cc, kind, asn=None):
        a, b = self.free.pop()
        asn = asn or self._asn()
        self.rows.append((f"{a}.{b}.0.0/16", asn, org, cc, kind))
        return (a, b, asn)

    def host(self, blk, c=None):
        a, b = blk[0], blk[1]
        c = self.r.randrange(256) if c is None else c
        return f"{a}.{b}.{c}.{self.r.randint(1, 254)}"

    def build(self):
        r = self.r
        for cc in TZ:
            kind = "isp"
            self.isp[cc] = [self.b16(f"{cc} {r.choice(ISP_NAMES)} {n}", cc, kind) for n in ("A", "B")]
        for cc in ["US", "GB", "DE", "FR", "JP", "PL"]:
            h = "2a0%x:%x" % (r.randrange(1, 15), r.randrange(0x1000, 0xffff))
            self.v6[cc] = h
            self.rows.append((f"{h}::/32", self._asn(), f"{cc} Fibre v6", cc, "isp"))
        for cc in ["US", "GB", "DE", "JP", "BR", "MX", "CO", "ID", "TH", "PH", "IN", "GE", "KZ", "NG", "FR", "KR"]:
            self.mobile[cc] = [self.b16(f"{cc} Mobile {n}", cc, "mobile") for n in ("One", "Two")]
        hasn = self._asn()
        self.cloud = {}
        for reg, cc in [("us-east", "US"), ("us-west", "US"), ("eu-central", "DE"), ("eu-north", "FI"),
                        ("ap-sg", "SG"), ("ap-tokyo", "JP"), ("sa-east", "BR"), ("me-dubai", "AE")]:
            self.cloud[reg] = self.b16(f"Halcyon Cloud {reg}", cc, "hosting", hasn)
        self.vps = {}
        for name, cc in [("Northbeam Hosting Oy", "FI"), ("Baltic Rack OU", "EE"), ("Polder Servers BV", "NL"),
                         ("Rheinblock GmbH", "DE"), ("Kaskad VPS AB", "SE"), ("Bosphorus Host", "TR")]:
            self.vps[cc] = self.b16(name, cc, "hosting")
        self.vpn = {}
        for prov in ["Veilstream VPN", "Harborline VPN"]:
            pasn = self._asn()
            for cc in ["US", "GB", "DE", "FR", "NL", "IT", "ES", "CA", "FI", "SE", "JP", "AU"]:
                a, b = self.free.pop()
                c = r.randrange(256)
                self.rows.append((f"{a}.{b}.{c}.0/24", pasn, prov, cc, "vpn"))
                self.vpn.setdefault(cc, []).append((a, b, c))
        self.edu = {n: self.b16(n, cc, "education") for n, cc in [
            ("Vattern University", "SE"), ("Ridgefield State University", "US"), ("Universite de Lorvande", "FR"),
            ("Kingsmere College London", "GB")]}
        # the consultancy's own office /24
        a, b = self.free.pop()
        self.brack = (a, b, 40)
        self.rows.append((f"{a}.{b}.40.0/24", self._asn(), "Brackenridge & Vale LLP", "GB", "enterprise"))
        # shell enterprise: a /26 reassigned inside Polder Servers
        pv = self.vps["NL"]
        self.alder = (pv[0], pv[1], 77)
        self.rows.append((f"{pv[0]}.{pv[1]}.77.0/26", pv[2], "Aldermoor Analytics BV", "NL", "enterprise"))
        # residential proxy provider: exits inside home ISP ranges; 30% known to the feed
        self.resi = {}
        for cc in ["US", "GB", "DE", "FR", "CA", "JP", "BR", "KR", "AU", "IT", "ES", "NL", "MX", "PL"]:
            pool = []
            for _ in range(180):
                ip = self.host(r.choice(self.isp[cc]))
                pool.append(ip)
                if r.random() < 0.3:
                    self.rows.append((ip, 0, "Skylane Residential Proxy", cc, "residential_proxy"))
            self.resi[cc] = pool
        # mobile proxy farm: phones on Western carriers, not known to the feed
        self.mfarm = {cc: [self.host(r.choice(self.mobile[cc])) for _ in range(160)] for cc in ["US", "GB", "DE", "JP"]}
        rb = self.vps["DE"]
        self.tor = [f"{rb[0]}.{rb[1]}.13.{i}" for i in range(10, 25)]
        for ip in self.tor:
            self.rows.append((ip, rb[2], "Rheinblock GmbH", "DE", "tor"))

    def home(self, cc):
        return self.host(self.r.choice(self.isp[cc]))

    def mob(self, cc):
        return self.host(self.r.choice(self.mobile[cc]))

    def v6host(self, cc):
        r = self.r
        return "%s:%x:%x::%x" % (self.v6[cc], r.randrange(65536), r.randrange(65536), r.randrange(1, 65536))


# ------------------------------------------------------------------------------- clients
def fp_of(stack):
    h = hashlib.sha256(("o8:" + stack).encode()).hexdigest()
    return f"t13d{15 + len(stack) % 5}{10 + len(stack) % 7}h2_{h[:12]}_{h[12:24]}"


UA = {
    "python": ["tern-python/1.31.0", "tern-python/1.33.2", "OpenAI/Python 1.82.0", "python-httpx/0.27.2",
               "python-requests/2.32.3", "langchain-tern/0.3.9"],
    "node": ["tern-node/0.41.0", "OpenAI/JS 4.98.0", "node-fetch/3.3.2"],
    "go": ["Go-http-client/2.0"],
    "java": ["okhttp/4.12.0"],
    "rust": ["fernleaf-gateway/4.2 reqwest/0.12"],
    "curl": ["curl/8.7.1"],
    "dart": ["Dart/3.4 (dart:io)"],
    "chrome": ["Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/138.0 Safari/537.36",
               "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/138.0 Safari/537.36"],
    "firefox": ["Mozilla/5.0 (X11; Linux x86_64; rv:140.0) Gecko/20100101 Firefox/140.0"],
    "safari": ["Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.4 Safari/605.1.15"],
    "ios": ["TernChat/5.12.1 (iPhone; iOS 19.5)", "TernChat/5.12.0 (iPhone; iOS 19.4)", "TernChat/5.11.3 (iPad; iOS 19.4)"],
    "android": ["TernChat/5.12.1 (Android 15; Pixel 9)", "TernChat/5.12.0 (Android 14; SM-S921B)", "TernChat/5.11.3 (Android 15; 2312DRA50G)"],
    "desktop": ["TernDesk/2.8.3 Electron/33.2.0", "TernDesk/2.9.0 Electron/33.4.1"],
    "zapflow": ["Zapflow-Connector/3.1 (+https://zapflow.example)"],
}
FP_STACK = {"desktop": "chrome", "zapflow": "node"}


def client(r, stack, ua=None):
    return (ua or r.choice(UA[stack]), fp_of(FP_STACK.get(stack, stack)))


# ------------------------------------------------------------------------------- world
OUT_MED = {"reason": (1300, .5), "code": (900, .6), "agent": (230, .5), "final": (700, .5),
           "pref": (420, .4), "grade": (300, .5), "safe": (650, .4), "vision": (950, .5),
           "chat": (220, .7), "dev": (450, .6), "office": (380, .6), "feed": (90, .5), "fim": (40, .8),
           "describe": (120, .4), "bench_code": (180, .5), "bench_math": (600, .5), "homework": (350, .5)}

FREEMAIL = ["gmail.com", "outlook.com", "yahoo.com", "proton.me", "icloud.com", "gmx.de", "hotmail.com"]


def shape(local):
    return "".join("a" if c.isalpha() else "9" if c.isdigit() else c for c in local)


class World:
    def __init__(self, seed, scale, out, no_accounts):
        self.seed, self.out, self.no_acc = seed, out, no_accounts
        self.mult = 1 if scale == "small" else 4
        self.net = Net(random.Random(f"{seed}:net"))
        self.net.build()
        self.idr = random.Random(f"{seed}:ids")
        self.rq = random.Random(f"{seed}:rq")
        self.acc, self.truth, self.first, self.camp = {}, [], {}, {}
        self.stats = {}
        self.gorder = []
        os.makedirs(out, exist_ok=True)
        self.tmp = os.path.join(out, ".days")
        shutil.rmtree(self.tmp, ignore_errors=True)
        os.makedirs(self.tmp)
        self.fh = [open(os.path.join(self.tmp, f"{d:02d}"), "w") for d in range(NDAYS)]
        self.cur = None
        self.truth_c = {}
        self.allp = set()

    def rng(self, name):
        return random.Random(f"{self.seed}:{name}")

    def n(self, k):
        return int(round(k * self.mult))

    def group(self, name, label, hard=False):
        self.cur = name
        self.stats[name] = dict(label=label, hard=hard, acc=0, ev=0, pr=set())
        self.gorder.append(name)

    def new_account(self, group, label, campaign=None, hard=False, **rec):
        s = "".join(self.idr.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(11))
        aid = "acct_" + s
        t = {"account_id": aid, "label": label, "group": group, "campaign": campaign}
        if hard:
            t["hard"] = True
        self.truth.append(t)
        rec = {k: v for k, v in rec.items() if v is not None}
        rec["account_id"] = aid
        self.acc[aid] = rec
        self.stats[group]["acc"] += 1
        if campaign:
            c = self.camp.setdefault(campaign, dict(group=group, n=0, lo=None, hi=None, pivot=None))
            c["n"] += 1
            self.truth_c[aid] = campaign
        return aid

    def emit(self, aid, ts, ip, model, prompt, kind, r, system=None, max_tokens=None, think=False,
             turns=1, hist=0, tools=None, tool_calls=0, image=False, key=None, ua=None, out=None,
             think_med=2500):
        ts = int(ts)
        if ts < T0 or ts >= END:
            return
        inp = (len(prompt) + (len(system) if system else 0)) // 4 + 8 + hist + (90 * len(tools) if tools else 0)
        if image:
            inp += r.randint(800, 1600)
        if out is None:
            med, sig = OUT_MED[kind]
            out = int(lognorm(r, med, sig)) + 5
        th = 0
        if think:
            th = int(lognorm(r, think_med, .7)) + 50
            out += th
        cap = max_tokens if max_tokens else 8192
        stop = "tool_use" if tool_calls else "end_turn"
        if out > cap:
            out, stop = cap, "max_tokens"
            th = min(th, cap)
        e = {"request_id": "req_%016x" % self.rq.getrandbits(64), "ts": iso(ts), "account_id": aid, "ip": ip,
             "model": model, "prompt": prompt, "input_tokens": inp, "output_tokens": out}
        if key:
            e["api_key_id"] = key
        if ua:
            e["user_agent"], e["client_fingerprint"] = ua
        if system:
            e["system"] = system
        e["turns"] = turns
        if tools:
            e["tools"] = tools
            e["tool_calls"] = tool_calls
        if image:
            e["has_image"] = True
        if max_tokens:
            e["max_tokens"] = max_tokens
        if th:
            e["thinking_tokens"] = th
        e["stop_reason"] = stop
        self.fh[(ts - T0) // DAY].write(f"{ts}\t{e['request_id']}\t{json.dumps(e, ensure_ascii=False)}\n")
        st = self.stats[self.cur]
        st["ev"] += 1
        hp = hash(prompt)
        st["pr"].add(hp)
        self.allp.add(hp)
        f = self.first.get(aid)
        if f is None or ts < f:
            self.first[aid] = ts
        c = self.truth_c.get(aid)
        if c:
            cc = self.camp[c]
            cc["lo"] = ts if cc["lo"] is None else min(cc["lo"], ts)
            cc["hi"] = ts if cc["hi"] is None else max(cc["hi"], ts)

    def finish(self):
        for f in self.fh:
            f.close()
        with open(os.path.join(self.out, "events.jsonl"), "w") as out:
            for d in range(NDAYS):
                p = os.path.join(self.tmp, f"{d:02d}")
                with open(p) as f:
                    lines = f.readlines()
                lines.sort(key=lambda l: (int(l[:l.index("\t")]), l[l.index("\t") + 1:l.index("\t", l.index("\t") + 1)]))
                for l in lines:
                    out.write(l.split("\t", 2)[2])
                del lines
        shutil.rmtree(self.tmp)
        # accounts: only those with events; created_at never after the first event
        seen = self.first
        truth = [t for t in self.truth if t["account_id"] in seen]
        dropped = {t["account_id"] for t in self.truth if t["account_id"] not in seen}
        for t in self.truth:
            if t["account_id"] in dropped:
                self.stats[t["group"]]["acc"] -= 1
                if t["campaign"]:
                    self.camp[t["campaign"]]["n"] -= 1
        if not self.no_acc:
            with open(os.path.join(self.out, "accounts.jsonl"), "w") as f:
                for t in sorted(truth, key=lambda t: (min(self.acc[t["account_id"]]["created_ms"], seen[t["account_id"]]), t["account_id"])):
                    rec = dict(self.acc[t["account_id"]])
                    c = rec.pop("created_ms")
                    fe = seen[t["account_id"]]
                    if c > fe:
                        c = fe - 60_000
                    o = {"account_id": rec.pop("account_id"), "created_at": iso(c)}
                    o.update(rec)
                    f.write(json.dumps(o) + "\n")
        with open(os.path.join(self.out, "truth.jsonl"), "w") as f:
            for t in sorted(truth, key=lambda t: t["account_id"]):
                f.write(json.dumps(t) + "\n")
        with open(os.path.join(self.out, "campaigns.jsonl"), "w") as f:
            for name in sorted(self.camp):
                c = self.camp[name]
                f.write(json.dumps({"campaign": name, "group": c["group"], "accounts": c["n"],
                                    "active_from": iso(c["lo"]), "active_until": iso(c["hi"]),
                                    "successor_of": None, "pivot_at": iso(c["pivot"]) if c["pivot"] else None}) + "\n")
        with open(os.path.join(self.out, "ip_ranges.csv"), "w") as f:
            f.write("cidr,asn,as_org,country,kind\n")
            for cidr, asn, org, cc, kind in self.net.rows:
                f.write(f"{cidr},{'AS%d' % asn if asn else ''},{org},{cc},{kind}\n")
        with open(os.path.join(self.out, "releases.csv"), "w") as f:
            f.write("model,released_at\n")
            f.write(f"{M_OLD},2025-06-17T16:00:00Z\n{M_MAIN},2026-01-20T17:00:00Z\n{M_MINI},2026-03-04T17:00:00Z\n{M_NEW},{iso(RELEASE)}\n")
        with open(os.path.join(self.out, "policy.toml"), "w") as f:
            f.write('restricted_countries = ["CN", "RU", "KP", "IR", "BY"]\n')
            f.write('hash_key_id = "o8-2026-08"\n')
            f.write('hash_key = "outside-eight-%s-7f3c9a1d2e4b5c6d"\n\n' % self.seed)
            f.write("[thresholds]\nreview = 0.5\nthrottle = 0.7\nblock = 0.85\n")
        return truth


def pay(r):
    return "pm_%024x" % r.getrandbits(96)


def person_local(r):
    f, l = r.choice(T.NAMES).lower(), r.choice(["novak", "silva", "okafor", "lindqvist", "moreau", "tanaka",
                                                  "kovacs", "reyes", "byrne", "haddad", "schulz", "mensah",
                                                  "petrov", "larsen", "costa", "nair", "walsh", "ito"])
    k = r.random()
    if k < 0.3:
        return f"{f}.{l}"
    if k < 0.5:
        return f"{f}{l[0]}{r.randint(1, 99)}"
    if k < 0.7:
        return f"{f[0]}{l}"
    if k < 0.85:
        return f"{f}_{l}{r.randint(70, 2005)}"
    return f"{l}.{f[0]}"


def created_before(r, lo_days, hi_days):
    return T0 - int(r.uniform(lo_days, hi_days) * DAY)


def model_human(r, ts, adopt_new):
    if ts >= RELEASE and adopt_new:
        return M_NEW
    k = r.random()
    return M_MINI if k < 0.2 else (M_OLD if k < 0.23 else M_MAIN)


# =============================================================================== ATTACKS
def g_key_swarm(w):
    """A few well-dressed accounts; each holds dozens of API keys, and each key is its own tiny
    'customer' on its own residential exit. Half the keys pivot to the new model."""
    name = "key_swarm"
    w.group(name, "attack")
    r = w.rng(name)
    pivot = RELEASE + int(r.uniform(6, 14) * HOUR)
    w.camp.setdefault("ks-1", dict(group=name, n=0, lo=None, hi=None, pivot=pivot))
    cos = [("Quarrymint Labs", "quarrymint.io", "US"), ("Softfield Data", "softfielddata.com", "GB"),
           ("Veltro Systems", "veltro.nl", "NL"), ("Amberlane AI", "amberlane.sg", "SG")]
    ccs = list(w.net.resi)
    for i in range(w.n(8)):
        co, dom, bc = cos[i % 4]
        aid = w.new_account(name, "attack", "ks-1", created_ms=created_before(r, 40, 130),
                            org_id="org_" + dom.split(".")[0] + ("" if i < 4 else "_2"), email_domain=dom,
                            email_local_shape=shape(person_local(r)), payment_fingerprint=pay(r),
                            billing_country=bc, signup_channel="startup" if i % 2 == 0 else "standard", verified=True)
        nkeys = r.randint(40, 80)
        for k in range(nkeys):
            key = "key_%012x" % r.getrandbits(48)
            cc = r.choice(ccs)
            ua = client(r, r.choice(["python", "python", "node"]))
            moves = r.random() < 0.5
            exit_ip, exit_until = None, 0
            for d in range(NDAYS):
                if r.random() > 0.72:
                    continue
                for _ in range(r.randint(2, 7)):
                    ts = T0 + d * DAY + r.randrange(DAY)
                    if ts > exit_until:
                        exit_ip, exit_until = r.choice(w.net.resi[cc]), ts + int(r.uniform(6, 30) * HOUR)
                    model = M_NEW if (moves and ts >= pivot) else M_MAIN
                    k2 = r.random()
                    if k2 < 0.4:
                        p = T.with_work(r, T.reasoning_problem(r), 0.5)
                        w.emit(aid, ts, exit_ip, model, p, "reason", r, max_tokens=r.choice([16384, 32000]),
                               think=r.random() < 0.5, key=key, ua=ua)
                    elif k2 < 0.65:
                        w.emit(aid, ts, exit_ip, model, T.coding_task(r), "code", r, max_tokens=16384, key=key, ua=ua)
                    elif k2 < 0.85:
                        tools = r.choice(T.TOOLSETS)
                        tc = 1 if r.random() < 0.8 else 0
                        w.emit(aid, ts, exit_ip, model, T.agent_step_prompt(r, tools), "agent" if tc else "final", r,
                               max_tokens=8192, tools=tools, tool_calls=tc, turns=r.choice([1, 3, 5]),
                               hist=r.randint(0, 1500), key=key, ua=ua)
                    else:
                        w.emit(aid, ts, exit_ip, model, T.safe_rewrite(r), "safe", r, max_tokens=8192, key=key, ua=ua)


def g_tri_sync(w):
    """Three pools on three kinds of infrastructure, with different sign-ups, clients and wording;
    the only thing they share is one dispatcher: work arrives in irregular ticks."""
    name = "tri_infra_sync"
    w.group(name, "attack")
    r = w.rng(name)
    pools = []
    for i in range(w.n(50)):
        dom = f"{r.choice(['nimbi', 'corvo', 'tallis', 'orrin', 'plexa', 'ventu', 'kobal', 'sarno'])}{r.choice(['labs', 'works', 'hq', 'tech', 'ops'])}{r.randint(1, 99)}.com"
        aid = w.new_account(name, "attack", "tri-1", created_ms=created_before(r, 30, 60),
                            org_id="org_" + dom.split(".")[0], email_domain=dom, email_local_shape=shape(person_local(r)),
                            payment_fingerprint=pay(r), billing_country="US", signup_channel="startup",
                            verified=r.random() < 0.3)
        pools.append(("A", aid, w.net.host(w.net.cloud[r.choice(["us-east", "us-west"])]), client(r, "go"), None))
    for i in range(w.n(50)):
        cc = r.choice(["BR", "MX", "CO"])
        aid = w.new_account(name, "attack", "tri-1", created_ms=created_before(r, 10, 25),
                            email_domain=r.choice(FREEMAIL), email_local_shape=shape(person_local(r)),
                            payment_fingerprint=pay(r), billing_country=cc, signup_channel="standard", verified=False)
        pools.append(("B", aid, cc, client(r, "dart"), None))
    for i in range(w.n(50)):
        cc = r.choice(["DE", "FR", "IT", "ES"])
        aid = w.new_account(name, "attack", "tri-1", created_ms=created_before(r, 5, 40),
                            email_domain=r.choice(FREEMAIL), email_local_shape=shape(person_local(r)),
                            payment_fingerprint=pay(r), billing_country=cc, signup_channel="standard",
                            verified=r.random() < 0.1)
        pools.append(("C", aid, cc, client(r, "node"), r.choice(w.net.vpn[cc])))
    t = T0 + r.randrange(30 * 60_000)
    while t < END:
        for pool, aid, where, ua, vpn in pools:
            if r.random() > 0.16:
                continue
            for j in range(r.choice([1, 1, 2])):
                ts = t + r.randint(5_000, 80_000) + j * r.randint(8_000, 40_000)
                k = r.random()
                if pool == "A":
                    ip = where
                elif pool == "B":
                    ip = w.net.mob(where)
                else:
                    ip = w.net.host(vpn, vpn[2])
                if k < 0.35:
                    body, kind = T.reasoning_problem(r), "reason"
                elif k < 0.65:
                    body, kind = T.agent_goal(r), "agent"
                elif k < 0.9:
                    body, kind = T.coding_task(r), "code"
                else:
                    body, kind = T.rubric_grade(r), "grade"
                tools = r.choice(T.TOOLSETS) if kind == "agent" else None
                if pool == "A":
                    p = json.dumps({"task": body, "want": r.choice(["full solution", "complete answer", "detailed output"]),
                                    "id": r.randrange(10**6)})
                    mt = 8192
                elif pool == "B":
                    p = T.with_work(r, body, 0.3) if kind == "reason" else body
                    mt = None
                else:
                    p = f"## Task\n{body}\n\n## Notes\n{r.choice(['Be exhaustive.', 'Explain your approach.', 'Cover edge cases.', 'Give the final result last.'])}"
                    mt = r.choice([4096, 16000])
                model = M_MAIN if ts < RELEASE + 20 * HOUR or r.random() < 0.7 else M_NEW
                w.emit(aid, ts, ip, model, p, kind, r, max_tokens=mt, tools=tools, tool_calls=1 if tools else 0,
                       think=kind == "reason" and r.random() < 0.35, ua=ua)
        t += int(r.expovariate(1 / (33 * 60_000))) + 60_000


PREF_SYS = ["You are an expert annotator. Be precise and cite the text.",
            "Act as a senior reviewer of assistant responses.",
            "You evaluate answers for a quality programme. Output rationale first.",
            None, None]


def g_shell_prefs(w):
    """A shell enterprise with many SSO-style seats on invoice billing, harvesting preference
    judgements and critiques (input-heavy), with some office cover traffic."""
    name = "shell_enterprise_prefs"
    w.group(name, "attack")
    r = w.rng(name)
    inv = "inv_%020x" % r.getrandbits(80)
    seats = []
    nseat = w.n(140)
    waves = [50, 40, 30, 20]
    for i in range(nseat):
        wave = waves[i % 4]
        c = T0 - wave * DAY + int(r.uniform(9.5, 10.0) * HOUR) + r.randrange(1_800_000)
        aid = w.new_account(name, "attack", "pref-1", created_ms=c, org_id="org_aldermoor",
                            email_domain="aldermoor-analytics.nl", email_local_shape=shape(person_local(r).replace("_", ".")),
                            payment_fingerprint=inv, billing_country="NL", signup_channel="enterprise", verified=True)
        st = "desktop" if r.random() < 0.6 else "python"
        seats.append((aid, client(r, st), r.randint(8, 18)))
    gw = ["%d.%d.77.%d" % (w.net.alder[0], w.net.alder[1], h) for h in (5, 9, 17, 33)]
    for aid, ua, rate in seats:
        home = w.net.home("NL") if r.random() < 0.15 else None
        for d in range(NDAYS):
            wd = d % 7
            if wd == 6:
                continue
            n = rate if wd < 5 else int(rate * 0.3)
            n = max(0, int(n * r.uniform(0.7, 1.2)))
            for t in sorted(local_ts(r, d, 2, OFFICE) for _ in range(n)):
                ip = home if (home and r.random() < 0.5) else r.choice(gw)
                k = r.random()
                model = M_NEW if (t > RELEASE + 30 * HOUR and r.random() < 0.4) else M_MAIN
                if k < 0.6:
                    w.emit(aid, t, ip, model, T.preference_pair(r), "pref", r, system=r.choice(PREF_SYS),
                           max_tokens=r.choice([2048, 4096]), ua=ua)
                elif k < 0.78:
                    w.emit(aid, t, ip, model, T.rubric_grade(r), "grade", r, max_tokens=2048, ua=ua)
                else:
                    w.emit(aid, t, ip, model, T.office_task(r), "office", r, ua=ua, turns=r.choice([1, 1, 3]),
                           hist=r.randint(0, 600))


def g_vision_spoof(w):
    """Scripted clients that send the official phone app's user agent (an old pinned version) over
    a mobile-proxy farm, with image-heavy harvest in quick bursts around the clock."""
    name = "spoofed_app_vision"
    w.group(name, "attack")
    r = w.rng(name)
    pyfp = fp_of("python")
    cards = []
    for i in range(w.n(100)):
        if cards and r.random() < 0.25:
            card = cards[-1]
        else:
            card = pay(r)
        cards.append(card)
        bc = r.choice(["US", "GB", "DE", "JP"])
        aid = w.new_account(name, "attack", "vis-1", created_ms=created_before(r, 3, 20),
                            email_domain=r.choice(FREEMAIL), email_local_shape=shape(person_local(r)),
                            payment_fingerprint=card, billing_country=bc, signup_channel="standard", verified=False)
        ua = (r.choice(["TernChat/5.9.2 (iPhone; iOS 18.6)", "TernChat/5.9.2 (Android 14; Pixel 8)"]), pyfp)
        farm = w.net.mfarm[bc]
        for d in range(NDAYS):
            n = r.randint(8, 20)
            ip, until = None, 0
            while n > 0:
                t = T0 + d * DAY + r.randrange(DAY)
                for j in range(min(n, r.randint(3, 6))):
                    t += r.randint(15_000, 70_000)
                    n -= 1
                    if t > until:
                        ip, until = r.choice(farm), t + r.randint(10, 20) * 60_000
                    img = r.random() < 0.75
                    p = T.vision_harvest(r) if img else T.with_work(r, T.reasoning_problem(r), 0.7)
                    model = M_NEW if (t > RELEASE + 10 * HOUR and r.random() < 0.5) else M_MAIN
                    w.emit(aid, t, ip, model, p, "vision" if img else "reason", r, image=img, max_tokens=8192,
                           think=r.random() < 0.3, ua=ua)


def g_border_relay(w):
    """Regional-block evasion: cards billed in neighbouring countries, traffic from hosting and VPN
    exits one hop away, working hours of the restricted region, and occasional leaks from it."""
    name = "border_relay"
    w.group(name, "attack")
    r = w.rng(name)
    issuers = ["vc1", "vc2", "vc3"]
    last = None
    for i in range(w.n(200)):
        bc = r.choice(["GE", "AM", "KZ", "KG", "AE", "RS", "TR"])
        card = last if (last and r.random() < 0.35) else pay(r).replace("pm_", "pm_" + r.choice(issuers) + "_")
        last = card
        ch = r.choices(["standard", "startup", "research"], [70, 20, 10])[0]
        aid = w.new_account(name, "attack", "brd-1", created_ms=created_before(r, 20, 90),
                            email_domain=r.choice(FREEMAIL + ["yandex.com", "mail.ru", "inbox.lv"]),
                            email_local_shape=shape(person_local(r)), payment_fingerprint=card, billing_country=bc,
                            signup_channel=ch, verified=r.random() < 0.05)
        leak = r.random() < 0.08
        ua = client(r, r.choice(["python", "python", "curl", "node"]))
        addrs, change = [], 0
        for d in range(NDAYS):
            if d >= change:
                addrs = []
                for _ in range(r.randint(1, 3)):
                    if r.random() < 0.72:
                        addrs.append(w.net.host(w.net.vps[r.choice(["FI", "EE", "NL", "DE"])]))
                    else:
                        v = r.choice(w.net.vpn[r.choice(["FI", "DE", "NL"])])
                        addrs.append(w.net.host(v, v[2]))
                change = d + r.randint(2, 6)
            if r.random() > 0.85:
                continue
            n = r.randint(5, 16) if d % 7 < 5 else r.randint(1, 7)
            t = T0 + d * DAY + int((10 - 3) * HOUR) + r.randrange(2 * HOUR)
            for _ in range(n):
                t += int(lognorm(r, 22 * 60_000, 0.9))
                if t > T0 + d * DAY + 22 * HOUR:
                    break
                ip = w.net.home(r.choice(["RU", "BY"])) if (leak and r.random() < 0.03) else r.choice(addrs)
                k = r.random()
                if k < 0.35:
                    p, kind, tools = T.coding_task(r), "code", None
                elif k < 0.55:
                    tools = r.choice(T.TOOLSETS)
                    p, kind = T.agent_step_prompt(r, tools), "agent"
                elif k < 0.85:
                    p, kind, tools = T.with_work(r, T.reasoning_problem(r), 0.5), "reason", None
                elif k < 0.95:
                    p, kind, tools = T.safe_rewrite(r), "safe", None
                else:
                    p, kind, tools = T.chat_opening(r), "chat", None
                if r.random() < 0.25:
                    p = p + "\n" + r.choice(T.LANG_ASK)
                model = M_NEW if (t > RELEASE + 48 * HOUR and r.random() < 0.3) else M_MAIN
                w.emit(aid, t, ip, model, p, kind, r, max_tokens=r.choice([4096, 8192, 16384]), tools=tools,
                       tool_calls=1 if tools else 0, turns=r.choice([1, 1, 3]) if tools else 1, ua=ua,
                       think=kind == "reason" and r.random() < 0.3)


BON_SYS = ["Solve the problem. Put the final answer on the last line.", None, None]


def g_best_of_n(w):
    """Rejection-sampling harvest: each problem is sampled k times, but every sample goes out from a
    different account of the pool within a couple of minutes, so no account repeats itself."""
    name = "best_of_n_spread"
    w.group(name, "attack")
    r = w.rng(name)
    accts = []
    last = None
    for i in range(w.n(90)):
        card = last if (last and r.random() < 0.3) else pay(r)
        last = card
        bc = r.choice(["US", "CA", "GB", "AU"])
        aid = w.new_account(name, "attack", "bon-1", created_ms=created_before(r, 15, 45),
                            email_domain=r.choice(FREEMAIL), email_local_shape=shape(person_local(r)),
                            payment_fingerprint=card, billing_country=bc, signup_channel="standard",
                            verified=r.random() < 0.1)
        cc = {"AU": "JP", "CA": "CA", "GB": "GB", "US": "US"}[bc]
        accts.append([aid, client(r, "python"), cc, None, 0])
    per_day = int(len(accts) * 14 / 6)
    for d in range(NDAYS):
        for _ in range(int(per_day * r.uniform(0.85, 1.15))):
            t = T0 + d * DAY + r.randrange(DAY)
            if r.random() < 0.6:
                body = T.with_work(r, T._p_math(r) if r.random() < 0.7 else T._p_logic(r), 0.4)
                kind, mt, th = "reason", r.choice([16384, 32768]), True
            else:
                body = f"{T.coding_task(r)}\nYour code must pass hidden tests; include the full solution in one block."
                kind, mt, th = "code", 8192, False
            sysp = r.choice(BON_SYS)
            model = M_NEW if (t > RELEASE + 16 * HOUR and r.random() < 0.5) else M_MAIN
            for a in r.sample(accts, r.randint(4, 8)):
                ts = t + r.randint(2_000, 150_000)
                if ts > a[4]:
                    a[3], a[4] = r.choice(w.net.resi[a[2]]), ts + HOUR
                w.emit(a[0], ts, a[3], model, body, kind, r, system=sysp, max_tokens=mt,
                       think=th and r.random() < 0.7, ua=a[1])


# =============================================================================== BENIGN
def everyday_session(w, r, aid, t, ip, ua, adopt, dev, image_ok=False, tz=0):
    nturn = 1 + int(r.expovariate(0.55))
    hist = 0
    model = model_human(r, t, adopt)
    for j in range(nturn):
        if j == 0:
            if dev:
                p, kind = T.dev_question(r), "dev"
            elif image_ok and r.random() < 0.15:
                p, kind = T.homework_photo(r), "homework"
            else:
                p, kind = T.chat_opening(r), "chat"
        else:
            p, kind = T.chat_follow(r), "chat"
        w.emit(aid, t, ip, model, p, kind, r, turns=2 * j + 1, hist=hist, ua=ua,
               image=(kind == "homework"), think=r.random() < 0.04)
        hist += len(p) // 4 + 250
        t += int(lognorm(r, 70_000, 0.7))
    return t


EVERY_CC = ["US"] * 8 + ["GB"] * 3 + ["DE", "FR", "CA", "JP", "BR", "IN", "AU", "NL", "ES", "IT", "PL", "MX",
                           "KR", "SE", "ID", "PH", "NG", "TR", "ZA", "PT", "IE", "AR", "CZ", "VN", "TH"]


def g_everyday(w):
    name = "everyday_user"
    w.group(name, "benign")
    r = w.rng(name)
    for i in range(w.n(3400)):
        cc = r.choice(EVERY_CC)
        tz = TZ[cc]
        dev = r.random() < 0.16
        mob = cc in w.net.mobile and r.random() < 0.22
        if dev:
            ua = client(r, r.choice(["python", "python", "node", "curl", "go", "java"]))
        elif mob:
            ua = client(r, r.choice(["ios", "android"]))
        else:
            ua = client(r, r.choice(["chrome", "chrome", "firefox", "safari", "desktop", "ios", "android"]))
        c = created_before(r, -13, 730) if r.random() < 0.95 else T0 + r.randrange(12 * DAY)
        ch = r.choices(["standard", "education", "startup"], [90, 6, 4])[0]
        aid = w.new_account(name, "benign", created_ms=c, email_domain=r.choice(FREEMAIL) if r.random() < 0.85 else f"{r.choice(['studio', 'works', 'legal', 'dental'])}{r.randint(1, 999)}.com",
                            email_local_shape=shape(person_local(r)), payment_fingerprint=pay(r) if r.random() < 0.7 else None,
                            billing_country=cc, signup_channel=ch, verified=r.random() < 0.25)
        rate = min(30, lognorm(r, 0.5, 1.0))
        home = w.net.v6host(cc) if (cc in w.net.v6 and r.random() < 0.12) else w.net.home(cc)
        vpnu = r.random() < 0.05 and cc in w.net.vpn
        adopt = r.random() < 0.5
        adopt_at = RELEASE + int(r.uniform(2, 120) * HOUR)
        for d in range(NDAYS):
            if c > T0 + (d + 1) * DAY:
                continue
            if r.random() < 0.01:
                home = w.net.home(cc)
            ns = int(rate * r.uniform(0, 2) / 2.2 + (1 if r.random() < rate / 3 else 0))
            for _ in range(min(ns, 12)):
                t = local_ts(r, d, tz, HUMAN if not dev else OFFICE)
                if t < c:
                    continue
                if mob:
                    ip = w.net.mob(cc)
                elif vpnu and r.random() < 0.6:
                    v = r.choice(w.net.vpn[cc])
                    ip = w.net.host(v, v[2])
                elif r.random() < 0.003:
                    ip = r.choice(w.net.tor)
                else:
                    ip = home
                everyday_session(w, r, aid, t, ip, ua, adopt and t > adopt_at, dev, image_ok=ua[0].startswith("TernChat"))


def g_ide_backend(w):
    """An IDE vendor's gateway: one key per customer workspace, hundreds of keys per account."""
    name = "ide_backend"
    w.group(name, "benign", hard=True)
    r = w.rng(name)
    card = pay(r)
    ua = client(r, "rust")
    egress = {"us": [w.net.host(w.net.cloud["us-east"], 14) for _ in range(6)],
              "eu": [w.net.host(w.net.cloud["eu-central"], 201) for _ in range(4)]}
    SYS = "You are Fernleaf's coding assistant inside the editor. Answer with code first, prose second."
    for acct, reg, nkeys, per_day in [("prod-us", "us", 420, 520), ("prod-eu", "eu", 300, 330), ("staging", "us", 20, 40)]:
        per_day = int(per_day * w.mult)
        aid = w.new_account(name, "benign", hard=True, created_ms=created_before(r, 500, 700), org_id="org_fernleaf",
                            email_domain="fernleaf.dev", email_local_shape=shape(f"svc-{acct}"), payment_fingerprint=card,
                            billing_country="US", signup_channel="enterprise", verified=True)
        keys = ["wk_%010x" % r.getrandbits(40) for _ in range(int(nkeys * w.mult))]
        weights = cumw([lognorm(r, 1, 1.2) for _ in keys])
        newk = set(k for k in keys if r.random() < 0.3)
        tz = -5 if reg == "us" else 2
        for d in range(NDAYS):
            n = int(per_day * (1 if d % 7 < 5 else 0.35) * r.uniform(0.9, 1.1))
            for _ in range(n):
                t = local_ts(r, d, tz, OFFICE if r.random() < 0.8 else HUMAN)
                key = wpick(r, weights, keys)
                model = M_NEW if (key in newk and t > RELEASE + int(r.uniform(3, 30) * HOUR)) else (M_MINI if r.random() < 0.4 else M_MAIN)
                p = T.ide_prompt(r)
                if p.startswith("<fim"):
                    w.emit(aid, t, r.choice(egress[reg]), M_MINI, p, "fim", r, max_tokens=256, key=key, ua=ua)
                elif p.startswith("Workspace"):
                    tools = T.TOOLSETS[0]
                    steps = r.randint(2, 9)
                    for s in range(steps):
                        last = s == steps - 1
                        w.emit(aid, t, r.choice(egress[reg]), model, p if s == 0 else T.tool_result(r, tools),
                               "final" if last else "agent", r, system=SYS, max_tokens=8192, tools=tools,
                               tool_calls=0 if last else 1, turns=2 * s + 1, hist=s * 900, key=key, ua=ua)
                        t += r.randint(3_000, 25_000)
                else:
                    w.emit(aid, t, r.choice(egress[reg]), model, p, "dev", r, system=SYS, max_tokens=4096, key=key, ua=ua)


FEEDS = ["earnings", "central_bank", "sport", "release", "weather"]


def g_feed_automations(w):
    """Unrelated small accounts whose automations fire on the same public feeds: co-timed bursts at
    irregular moments, across clouds, VPS and homes."""
    name = "feed_automations"
    w.group(name, "benign", hard=True)
    r = w.rng(name)
    zap = [w.net.host(w.net.cloud["us-east"], 88) for _ in range(16)]
    users = []
    for i in range(w.n(140)):
        cc = r.choice(["US", "US", "GB", "DE", "CA", "NL", "AU", "IN", "FR", "SE"])
        aid = w.new_account(name, "benign", hard=True, created_ms=created_before(r, 60, 900),
                            email_domain=r.choice(FREEMAIL) if r.random() < 0.6 else f"{r.choice(['pulse', 'ledger', 'daily', 'brief', 'signal'])}{r.choice(['letter', 'notes', 'wire', 'desk'])}{r.randint(1, 99)}.com",
                            email_local_shape=shape(person_local(r)), payment_fingerprint=pay(r), billing_country=cc,
                            signup_channel="standard", verified=r.random() < 0.4)
        k = r.random()
        if k < 0.6:
            ip, ua = None, client(r, "zapflow")
        elif k < 0.85:
            ip, ua = w.net.host(r.choice(list(w.net.vps.values()) + [w.net.cloud["eu-central"]])), client(r, "python")
        else:
            ip, ua = w.net.home(cc), client(r, r.choice(["python", "node"]))
        subs = set(r.sample(FEEDS, r.randint(1, 3)))
        sysp = f"You write for {r.choice(['a finance newsletter', 'a club fan page', 'a dev digest', 'a local news bot', 'an investor Slack'])}. {r.choice(['Plain English.', 'Be neutral.', 'No emojis.', 'Keep it short.', ''])}".strip()
        ask = r.choice(T.FEED_ASKS)
        users.append((aid, ip, ua, subs, sysp, ask, cc))
    for d in range(NDAYS):
        wd = d % 7
        for feed in FEEDS:
            if feed in ("earnings", "central_bank") and wd >= 5:
                continue
            nitems = {"earnings": r.randint(4, 12), "central_bank": r.choice([0, 0, 1, 2]), "sport": r.randint(2, 8) if wd >= 4 else r.randint(0, 3),
                      "release": r.randint(3, 9), "weather": r.randint(1, 5)}[feed]
            for _ in range(nitems):
                if feed == "earnings":
                    t = T0 + d * DAY + int(r.choice([11.5, 12.0, 20.1, 20.5]) * HOUR) + r.randrange(75 * 60_000)
                elif feed == "sport":
                    t = T0 + d * DAY + int(r.uniform(14, 22.5) * HOUR)
                else:
                    t = T0 + d * DAY + r.randrange(DAY)
                item = T.feed_item(r, feed)
                for aid, ip, ua, subs, sysp, ask, cc in users:
                    if feed not in subs or r.random() < 0.15:
                        continue
                    ts = t + r.randint(2_000, 90_000)
                    meta = f"[{feed} #{r.randrange(10**6)} received {T.iso_hm(ts)}]"
                    w.emit(aid, ts, ip or r.choice(zap), M_MINI if r.random() < 0.6 else M_MAIN, f"{ask}\n{meta}\n{item}", "feed", r,
                           system=sysp, max_tokens=r.choice([300, 512, 1024]), ua=ua)
        for aid, ip, ua, subs, sysp, ask, cc in users:
            if r.random() < 0.3:
                t = local_ts(r, d, TZ[cc], HUMAN)
                everyday_session(w, r, aid, t, w.net.home(cc) if ip is None else ip, client(r, "chrome") if ip is None else ua,
                                 r.random() < 0.3, r.random() < 0.4)


def g_consultancy(w):
    name = "consultancy_nat"
    w.group(name, "benign", hard=True)
    r = w.rng(name)
    card = pay(r)
    nat = [f"{w.net.brack[0]}.{w.net.brack[1]}.40.{h}" for h in (11, 12)]
    for i in range(w.n(160)):
        if i < w.n(25):
            c = T0 - 30 * DAY + int(8.5 * HOUR) + r.randrange(40 * 60_000)
        else:
            c = created_before(r, 60, 1400)
        aid = w.new_account(name, "benign", hard=True, created_ms=c, org_id="org_brackenridge",
                            email_domain="brackenridgevale.co.uk", email_local_shape=shape(person_local(r).replace("_", ".")),
                            payment_fingerprint=card, billing_country="GB", signup_channel="enterprise", verified=True)
        st = r.choices(["desktop", "chrome", "python"], [70, 20, 10])[0]
        ua = client(r, st)
        rate = r.randint(3, 22)
        adopt = r.random() < 0.35
        for d in range(NDAYS):
            if d % 7 >= 5 or r.random() < 0.1:
                continue
            for _ in range(max(0, int(rate * r.uniform(0.4, 1.3)))):
                t = local_ts(r, d, 1, OFFICE)
                ip = r.choice(nat)
                model = M_NEW if (adopt and t > RELEASE + 20 * HOUR) else M_MAIN
                if st == "python" and r.random() < 0.5:
                    w.emit(aid, t, ip, model, T.dev_question(r), "dev", r, ua=ua)
                else:
                    p = T.office_task(r)
                    w.emit(aid, t, ip, model, p, "office", r, ua=ua, turns=r.choice([1, 1, 1, 3, 5]), hist=r.randint(0, 1200),
                           max_tokens=None if st != "python" else 4096)
                    if r.random() < 0.3:
                        w.emit(aid, t + r.randint(40_000, 300_000), ip, model, T.chat_follow(r), "chat", r, ua=ua, turns=3,
                               hist=len(p) // 4 + 400)


def g_access_app(w):
    """A genuine accessibility app: backend accounts describing photos for blind users."""
    name = "accessibility_backend"
    w.group(name, "benign", hard=True)
    r = w.rng(name)
    card = pay(r)
    SYS = "You are Seeing Voice. Describe images for blind and low-vision users: hazards first, then text, then layout. Under 120 words."
    ua = client(r, "python", "seeingvoice-api/1.9 python-httpx/0.27.2")
    for acct, reg, tz, per_day in [("prod-eu", "eu-central", 2, 380), ("prod-us", "us-west", -6, 340), ("beta", "eu-central", 2, 40)]:
        aid = w.new_account(name, "benign", hard=True, created_ms=created_before(r, 300, 600), org_id="org_seeingvoice",
                            email_domain="seeingvoice.app", email_local_shape=shape(f"ops-{acct}"), payment_fingerprint=card,
                            billing_country="DE", signup_channel="startup", verified=True)
        ips = [w.net.host(w.net.cloud[reg], 60) for _ in range(3)]
        for d in range(NDAYS):
            for _ in range(int(per_day * w.mult * r.uniform(0.85, 1.15))):
                t = local_ts(r, d, tz, HUMAN)
                model = M_NEW if (acct == "beta" and t > RELEASE + 4 * HOUR) else M_MAIN
                w.emit(aid, t, r.choice(ips), model, T.describe_photo(r), "describe", r, system=SYS, image=r.random() < 0.96,
                       max_tokens=1024, ua=ua)


def g_app_students(w):
    """Students on the genuine phone app photographing homework in the evening."""
    name = "app_photo_students"
    w.group(name, "benign", hard=True)
    r = w.rng(name)
    for i in range(w.n(130)):
        cc = r.choice(["US", "GB", "DE", "JP", "US", "GB"])
        st = r.choice(["ios", "android"])
        ua = client(r, st)
        aid = w.new_account(name, "benign", hard=True, created_ms=created_before(r, 5, 400),
                            email_domain=r.choice(FREEMAIL), email_local_shape=shape(person_local(r)),
                            payment_fingerprint=pay(r) if r.random() < 0.6 else None, billing_country=cc,
                            signup_channel="education" if r.random() < 0.3 else "standard", verified=False)
        home = w.net.home(cc)
        for d in range(NDAYS):
            if r.random() < 0.45:
                continue
            t = local_ts(r, d, TZ[cc], EVENING)
            hist = 0
            for j in range(r.randint(1, 9)):
                ip = home if r.random() < 0.7 else w.net.mob(cc)
                img = j == 0 or r.random() < 0.4
                p = T.homework_photo(r) if img else T.chat_follow(r)
                w.emit(aid, t, ip, model_human(r, t, r.random() < 0.3), p, "homework", r, image=img, turns=2 * j + 1,
                       hist=hist, ua=ua)
                hist += 600
                t += int(lognorm(r, 110_000, 0.6))


def g_nomads(w):
    """Remote workers abroad: billing at home, networks elsewhere, personal VPNs on VPS."""
    name = "remote_nomads"
    w.group(name, "benign", hard=True)
    r = w.rng(name)
    for i in range(w.n(150)):
        home_cc = r.choice(["US", "GB", "DE", "NL", "CA", "AU", "FR", "SE"])
        here = r.choice(["GE", "AM", "TH", "PT", "MX", "ID", "AE", "KZ", "TR", "RS", "CO", "VN"])
        aid = w.new_account(name, "benign", hard=True, created_ms=created_before(r, 30, 1200),
                            email_domain=r.choice(FREEMAIL) if r.random() < 0.7 else f"{r.choice(['pixel', 'north', 'field', 'copy'])}{r.choice(['studio', 'craft', 'labs'])}.io",
                            email_local_shape=shape(person_local(r)), payment_fingerprint=pay(r), billing_country=home_cc,
                            signup_channel=r.choice(["standard", "standard", "startup"]), verified=r.random() < 0.4)
        dev = r.random() < 0.45
        ua = client(r, r.choice(["python", "node"]) if dev else r.choice(["chrome", "safari", "desktop", "firefox"]))
        wire = w.net.host(w.net.vps[r.choice(["FI", "NL", "DE", "EE", "SE"])]) if r.random() < 0.3 else None
        vpnu = r.random() < 0.4
        base = w.net.home(here)
        rate = r.uniform(1.5, 10)
        for d in range(NDAYS):
            if r.random() < 0.2:
                continue
            for _ in range(max(1, int(rate * r.uniform(0.3, 1.2) / 2))):
                t = local_ts(r, d, TZ[here], HUMAN)
                k = r.random()
                if wire and k < 0.5:
                    ip = wire
                elif vpnu and k < 0.7 and home_cc in w.net.vpn:
                    v = r.choice(w.net.vpn[home_cc])
                    ip = w.net.host(v, v[2])
                elif here in w.net.mobile and k > 0.9:
                    ip = w.net.mob(here)
                else:
                    ip = base
                p = T.nomad_task(r)
                model = model_human(r, t, r.random() < 0.5)
                w.emit(aid, t, ip, model, p, "dev" if dev else "chat", r, ua=ua, turns=r.choice([1, 1, 3, 5]),
                       hist=r.randint(0, 2000), max_tokens=4096 if dev else None)


def g_passk(w):
    """A university lab measuring pass@k: each item sampled k times from the same account."""
    name = "passk_lab"
    w.group(name, "benign", hard=True)
    r = w.rng(name)
    card = pay(r)
    ua = client(r, "python", "python-httpx/0.27.2")
    items = [T.bench_item(r, i) for i in range(220)]
    SYS = "Answer the problem. Code problems: return one Python code block only."
    camp = w.net.edu["Vattern University"]
    cloud = w.net.host(w.net.cloud["eu-north"])
    for i in range(w.n(5)):
        aid = w.new_account(name, "benign", hard=True, created_ms=created_before(r, 40, 500), org_id="org_vattern_mllab",
                            email_domain="it.vattern-uni.se", email_local_shape=shape(person_local(r)),
                            payment_fingerprint=card, billing_country="SE", signup_channel="research", verified=True)
        ip_a = w.net.host(camp, 12)
        sweeps = r.randint(2, 3)
        days = sorted(r.sample(range(0, 8), sweeps - 1)) + [9 + r.randrange(2)]
        for d in days:
            model = M_NEW if d >= 9 else r.choice([M_MAIN, M_MINI, M_OLD])
            t = T0 + d * DAY + int(r.uniform(7, 20) * HOUR)
            if model == M_NEW and t < RELEASE:
                t = RELEASE + int(r.uniform(10, 40) * HOUR)
            ip = ip_a if r.random() < 0.6 else cloud
            k = r.choice([5, 8, 10])
            for it in r.sample(items, r.randint(50, 110)):
                kind = "bench_code" if it.startswith("###") else "bench_math"
                for s in range(k):
                    w.emit(aid, t + r.randint(0, 4000), ip, model, it, kind, r, system=SYS, max_tokens=4096 if kind == "bench_code" else 8192,
                           think=kind == "bench_math" and r.random() < 0.5, ua=ua)
                t += r.randint(1_500, 9_000)


def g_translation(w):
    name = "translation_agency"
    w.group(name, "benign", hard=True)
    r = w.rng(name)
    card = pay(r)
    office = w.net.host(w.net.isp["PL"][0], 33)
    SYS = "Sorrel Language Services house style: preserve formatting tags, keep numbers and units, formal register unless told."
    for i in range(w.n(40)):
        aid = w.new_account(name, "benign", hard=True, created_ms=created_before(r, 30, 900), org_id="org_sorrel",
                            email_domain="sorrel-lang.pl", email_local_shape=shape(person_local(r).replace("_", ".")),
                            payment_fingerprint=card, billing_country="PL", signup_channel="standard", verified=True)
        ua = client(r, r.choice(["chrome", "desktop", "firefox"]))
        home = w.net.home("PL")
        rate = r.randint(12, 38)
        for d in range(NDAYS):
            if d % 7 >= 5 and r.random() < 0.85:
                continue
            for _ in range(int(rate * r.uniform(0.5, 1.2))):
                t = local_ts(r, d, 2, OFFICE)
                p = T.translation_task(r)
                w.emit(aid, t, office if r.random() < 0.75 else home, M_MAIN if r.random() < 0.8 else M_MINI, p, "chat", r,
                       system=SYS, ua=ua, out=int(len(p) / 4 * r.uniform(0.9, 1.5)) + 20, turns=r.choice([1, 1, 3]))


GROUPS = [g_key_swarm, g_tri_sync, g_shell_prefs, g_vision_spoof, g_border_relay, g_best_of_n,
          g_everyday, g_ide_backend, g_feed_automations, g_consultancy, g_access_app, g_app_students,
          g_nomads, g_passk, g_translation]


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--scale", choices=["small", "medium"], default="small")
    ap.add_argument("--out", required=True)
    ap.add_argument("--no-accounts", action="store_true")
    a = ap.parse_args()
    t0 = time.time()
    w = World(a.seed, a.scale, a.out, a.no_accounts)
    for g in GROUPS:
        g(w)
    truth = w.finish()
    tot_a = tot_e = 0
    sys.stderr.write(f"{'label':8} {'group':24} {'accounts':>8} {'events':>8} {'distinct':>8}\n")
    for g in w.gorder:
        s = w.stats[g]
        lab = s["label"] + ("*" if s["hard"] else "")
        d = len(s["pr"]) / s["ev"] if s["ev"] else 0
        sys.stderr.write(f"{lab:8} {g:24} {s['acc']:8d} {s['ev']:8d} {d:8.2f}\n")
        tot_a += s["acc"]
        tot_e += s["ev"]
    natt = sum(1 for t in truth if t["label"] == "attack")
    sys.stderr.write(f"{'':8} {'total':24} {tot_a:8d} {tot_e:8d} {len(w.allp) / max(1, tot_e):8.2f}   ({natt} attack accounts; {time.time() - t0:.1f}s)\n")


if __name__ == "__main__":
    main()
