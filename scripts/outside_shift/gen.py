#!/usr/bin/env python3
"""outside_shift: independent test traffic with ground truth for distillguard.

Written from a threat description and the input contract (docs/formats.md) only.
Python 3 standard library only. Same --seed and --scale give byte-identical files.

    python3 scripts/outside_shift/gen.py --seed 1 [--scale small|medium] [--no-accounts] --out DIR
"""
import argparse
import hashlib
import json
import math
import os
import random
import shutil
import sys
from datetime import datetime, timezone

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import text as T  # noqa: E402

DAY = 86_400_000
HOUR = 3_600_000
MIN = 60_000
W0 = int(datetime(2026, 5, 4, tzinfo=timezone.utc).timestamp() * 1000)  # Monday
NDAYS = 14
W1 = W0 + NDAYS * DAY
RELEASE = W0 + 8 * DAY + 15 * HOUR  # 2026-05-12T15:00Z, a Tuesday
M_MAIN, M_MINI, M_OLD, M_NEW = "kestrel-4", "kestrel-4-mini", "kestrel-3", "kestrel-5"

# country: (utc offset in hours, display name for network owners)
COUNTRIES = {
    "US": (-5, "Amerinet"), "CA": (-5, "Maplewave"), "GB": (1, "Albion Line"), "DE": (2, "Rheinkabel"),
    "FR": (2, "Hexalink"), "NL": (2, "Polderweb"), "ES": (2, "Iberconnect"), "IT": (2, "Peninsula Rete"),
    "SE": (2, "Nordfiber"), "PL": (2, "Wislanet"), "BR": (-3, "Ipe Telecom"), "MX": (-6, "Nopal Red"),
    "CO": (-5, "Andina Cable"), "AR": (-3, "Pampa Datos"), "JP": (9, "Sakuranet"), "KR": (9, "Hangang Telecom"),
    "AU": (10, "Southern Cross Broadband"), "IN": (5.5, "Deccan Fibre"), "ID": (7, "Nusantara Link"),
    "PH": (8, "Kapuluan Net"), "VN": (7, "Mekong Tel"), "TH": (7, "Chao Phraya Net"), "SG": (8, "Merlion Broadband"),
    "HK": (8, "Harbourline"), "MY": (8, "Selat Net"), "AE": (4, "Falcon Connect"), "TR": (3, "Bosphorus Kablo"),
    "KE": (3, "Savanna Net"), "NG": (1, "Niger Delta Online"), "ZA": (2, "Protea Telecoms"), "EG": (2, "Nile Wave"),
    "PK": (5, "Indus Connect"), "BD": (6, "Padma Net"), "CN": (8, "Huaxia Broadband"), "RU": (3, "Volga Telecom"),
}
MOBILE_CC = ["US", "GB", "DE", "FR", "JP", "AU", "BR", "MX", "CO", "ID", "PH", "IN", "EG", "PK", "BD", "TH", "ZA", "KE", "NG"]
BG_CC = [("US", 22), ("GB", 7), ("DE", 6), ("FR", 5), ("CA", 4), ("IN", 8), ("BR", 5), ("JP", 4), ("AU", 3), ("ES", 3),
         ("IT", 3), ("NL", 2), ("PL", 2), ("SE", 1), ("MX", 3), ("KR", 2), ("ID", 3), ("PH", 2), ("NG", 2), ("TR", 2),
         ("VN", 2), ("ZA", 1), ("EG", 1), ("AR", 1), ("CO", 1), ("SG", 1), ("KE", 1), ("TH", 1)]
V6_CC = ["US", "DE", "JP", "IN", "FR"]

FREEMAIL = ["gmail.com", "outlook.com", "yahoo.com", "proton.me", "icloud.com", "gmx.de", "hotmail.com", "yandex.com", "mail.com"]

# user agents by stack; every stack has one TLS fingerprint
STACKS = {
    "python": ["kestrel-python/1.9.0", "kestrel-python/1.8.4", "OpenAI/Python 1.54.3", "python-httpx/0.27.2",
               "python-requests/2.32.3", "langchain-kestrel/0.3.1"],
    "node": ["kestrel-node/2.4.1", "OpenAI/JS 4.71.0", "node-fetch/3.3.2"],
    "go": ["Go-http-client/2.0"],
    "java": ["okhttp/4.12.0", "Java-http-client/21.0.4"],
    "curl": ["curl/8.9.1"],
    "dotnet": ["kestrel-dotnet/0.11.0"],
    "chrome": ["Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36",
               "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36"],
    "safari": ["Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15"],
    "firefox": ["Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0"],
    "ios": ["Kestrel/5.3.1 (iPhone; iOS 18.1)", "ChatPocket/2.4 (iPhone; iOS 17.6)"],
    "android": ["Kestrel/5.3.0 (Android 14; SM-A546B)", "ChatPocket/2.4 (Android 13)"],
    "desktop": ["KestrelDesktop/1.14.2 Electron/32.1.0", "Inkwell/3.1.0 Electron/31.4.0"],
}
FP = {s: "t13d" + hashlib.sha1(("stack:" + s).encode()).hexdigest()[:8] + "_" + hashlib.sha1(("ext:" + s).encode()).hexdigest()[:12] for s in STACKS}


def iso(ms):
    return datetime.fromtimestamp(ms / 1000, tz=timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.") + f"{int(ms) % 1000:03d}Z"


def lognorm(r, median, sigma):
    return median * math.exp(r.gauss(0, sigma))


DIURNAL = [1, .5, .3, .2, .2, .4, 1, 2, 4, 6, 7, 7, 6, 7, 7, 6, 6, 6, 6, 7, 7, 6, 4, 2]


def local_time(r, day, tz, lo=0, hi=24, weights=None):
    """A moment on UTC day `day` whose local hour (utc+tz) falls in [lo, hi) (hi may exceed 24)."""
    hours = list(range(lo, hi))
    w = [(weights or DIURNAL)[h % 24] for h in hours]
    h = r.choices(hours, w)[0]
    return W0 + day * DAY + int((h - tz) * HOUR) + r.randrange(HOUR)


# ---------------------------------------------------------------- network world

class Net:
    def __init__(self, r, scale):
        self.r = r
        self.rows = []
        cands = [(a, b) for a in list(range(23, 100)) + list(range(101, 126)) + list(range(128, 169)) + list(range(173, 192)) + list(range(193, 223))
                 for b in range(0, 256, 7)]
        r.shuffle(cands)
        self.cands = cands
        self.asn = 20000
        self.isp = {}      # cc -> [(a,b,asn,org)]
        for cc, (tz, name) in COUNTRIES.items():
            self.isp[cc] = [self._range16(cc, f"{name} {suf}", "isp") for suf in ("Broadband", "Home Fibre")]
        self.mobile = {cc: self._range16(cc, f"{COUNTRIES[cc][1]} Mobile", "mobile") for cc in MOBILE_CC}
        self.cloud = {cc: self._range16(cc, "Nimbus Compute Ltd", "hosting", asn=16550) for cc in ["US", "DE", "SG", "JP", "GB", "BR", "IN", "AU", "NL"]}
        self.vps = [self._range16(cc, nm, "hosting") for cc, nm in
                    [("NL", "Boxcar VPS B.V."), ("DE", "Tessel Hosting GmbH"), ("US", "Harbor Metal LLC"), ("JP", "Kumo Servers KK"),
                     ("SG", "Sampan Host Pte"), ("CA", "Pinecrest Datacenters"), ("IT", "Corvo Hosting Srl"), ("TR", "Anadolu Sunucu"),
                     ("MY", "Kampung Cloud Sdn Bhd"), ("AE", "Dune Racks FZ")]]
        # consumer VPNs: /24 per country out of one /16 per provider; Northmask is only known as hosting (intel gap)
        self.vpn = {}
        for pname, kind in [("Veilpath VPN", "vpn"), ("Quillguard Privacy", "vpn"), ("Northmask Networks", "hosting")]:
            a, b = self.cands.pop()
            self.asn += 1
            m = {}
            for i, cc in enumerate(["US", "GB", "CA", "AU", "DE", "FR", "NL", "SE", "ES", "IT", "JP", "SG"]):
                self.rows.append((f"{a}.{b}.{i}.0/24", self.asn, pname, cc, kind))
                m[cc] = (a, b, i)
            self.vpn[pname] = m
        # tor exits
        a, b = self.cands.pop()
        self.tor = [f"{a}.{b}.{r.randint(0, 255)}.{r.randint(1, 254)}" for _ in range(24)]
        self.asn += 1
        self.rows.append((f"{a}.{b}.0.0/16", self.asn, "Open Relay Collective", "DE", "hosting"))
        for ip in self.tor:
            self.rows.append((ip, self.asn, "Open Relay Collective", "DE", "tor"))
        # enterprise range: the hospital
        a, b = self.cands.pop()
        self.asn += 1
        self.hospital = [f"{a}.{b}.40.{x}" for x in (11, 12)]
        self.rows.append((f"{a}.{b}.40.0/24", self.asn, "Stichting Sint-Aldric Ziekenhuis", "NL", "enterprise"))
        # IPv6 ISP /32s
        self.v6 = {}
        for i, cc in enumerate(V6_CC):
            pre = f"2a0{i + 1}:{r.randint(0x1000, 0xfff0):x}"
            self.asn += 1
            self.rows.append((f"{pre}::/32", self.asn, f"{COUNTRIES[cc][1]} IPv6", cc, "isp"))
            self.v6[cc] = pre
        # residential proxy: exits are home addresses; the feed knows 30% of them
        self.resi = {}
        n_pool = 3000 * scale
        pool_cc = ["US", "GB", "DE", "FR", "CA", "AU", "NL", "JP", "ES", "IT", "BR", "SE", "PL", "MX", "IN"]
        for i in range(n_pool):
            cc = pool_cc[i % len(pool_cc)] if r.random() < 0.8 else pick(r, pool_cc)
            rng = r.choice(self.isp[cc])
            ip = f"{rng[0]}.{rng[1]}.{r.randint(0, 255)}.{r.randint(1, 254)}"
            self.resi.setdefault(cc, []).append(ip)
            if r.random() < 0.3:
                self.rows.append((ip, rng[2], rng[3], cc, "residential_proxy"))
        self.resi_all = [ip for cc in pool_cc for ip in self.resi.get(cc, [])]

    def _range16(self, cc, org, kind, asn=None):
        a, b = self.cands.pop()
        if asn is None:
            self.asn += 1
            asn = self.asn
        self.rows.append((f"{a}.{b}.0.0/16", asn, org, cc, kind))
        return (a, b, asn, org)

    @staticmethod
    def addr(rng, r):
        return f"{rng[0]}.{rng[1]}.{r.randint(0, 255)}.{r.randint(1, 254)}"

    def home(self, cc, r):
        return self.addr(r.choice(self.isp[cc]), r)

    def home6(self, cc, r):
        return f"{self.v6[cc]}:{r.randint(0, 0xffff):x}:{r.randint(0, 0xffff):x}::{r.randint(1, 0xffff):x}"

    def mob(self, cc, r):
        return self.addr(self.mobile[cc], r)

    def vpn_exit(self, prov, cc, r):
        a, b, i = self.vpn[prov][cc]
        return f"{a}.{b}.{i}.{r.randint(2, 250)}"

    def write(self, path):
        with open(path, "w") as f:
            f.write("cidr,asn,as_org,country,kind\n")
            for cidr, asn, org, cc, kind in self.rows:
                o = f'"{org}"' if "," in org else org
                f.write(f"{cidr},{asn},{o},{cc},{kind}\n")


def pick(r, xs):
    return xs[r.randrange(len(xs))]


# ---------------------------------------------------------------- output

OUT_MED = {"reasoning": 900, "coding": 1100, "agentic": 260, "grading": 380, "rewrite": 750, "datagen": 2600,
           "chat": 170, "follow": 150, "hospital": 520, "teacher": 450, "newsroom": 900, "tutoring": 600,
           "consult": 420, "bpo": 230, "novel": 1100, "deepen": 1300}


class Sink:
    def __init__(self, out, seed):
        self.tmp = os.path.join(out, ".days")
        os.makedirs(self.tmp, exist_ok=True)
        self.files = [open(os.path.join(self.tmp, f"d{d:02d}"), "w") for d in range(NDAYS)]
        self.seed = seed
        self.n = 0
        self.count = {}
        self.first = {}
        self.last = {}
        self.prompts = {}

    def emit(self, r, acct, ts, ip, model, prompt, kind, *, turns=1, system=None, tools=None, tool_calls=None,
             max_tokens=None, thinking=False, client, key=None, history=0, out_mult=1.0, words=None):
        ts = int(ts)
        if ts < acct["created_ms"] + 1000:
            ts = acct["created_ms"] + 1000 + r.randrange(MIN)
        if ts < W0 or ts >= W1:
            return False
        self.n += 1
        rid = "req_" + hashlib.sha1(f"{self.seed}:{self.n}".encode()).hexdigest()[:24]
        inp = max(3, len(prompt) // 4 + (len(system) // 4 if system else 0) + history + (90 * len(tools) if tools else 0))
        if words:
            out = int(words * r.uniform(1.2, 1.5))
        else:
            out = int(lognorm(r, OUT_MED[kind], 0.55) * out_mult)
        if tool_calls:
            out = int(r.uniform(40, 220))
        th = int(lognorm(r, 2200, 0.7)) if thinking else 0
        total = out + th
        stop = "tool_use" if tool_calls else "end_turn"
        cap = max_tokens if max_tokens is not None else 8192
        if total > cap:
            total = cap
            th = min(th, cap)
            stop = "max_tokens"
        stack, ua = client
        ev = {"request_id": rid, "ts": iso(ts), "account_id": acct["id"], "ip": ip, "model": model, "prompt": prompt,
              "input_tokens": inp, "output_tokens": max(1, total), "api_key_id": key or acct["key"], "user_agent": ua,
              "client_fingerprint": FP[stack], "turns": turns}
        if system:
            ev["system"] = system
        if tools:
            ev["tools"] = tools
            ev["tool_calls"] = tool_calls or 0
        if max_tokens is not None:
            ev["max_tokens"] = max_tokens
        if th:
            ev["thinking_tokens"] = th
        ev["stop_reason"] = stop
        d = (ts - W0) // DAY
        self.files[d].write(f"{ts:013d}\t{rid}\t{json.dumps(ev, ensure_ascii=False, separators=(',', ':'))}\n")
        a = acct["id"]
        self.count[a] = self.count.get(a, 0) + 1
        if a not in self.first or ts < self.first[a]:
            self.first[a] = ts
        if a not in self.last or ts > self.last[a]:
            self.last[a] = ts
        g = acct["group"]
        p = self.prompts.setdefault(g, [0, set()])
        p[0] += 1
        p[1].add(hashlib.md5(prompt.encode()).digest()[:8])
        return True

    def finish(self, path):
        for f in self.files:
            f.close()
        with open(path, "w") as out:
            for d in range(NDAYS):
                fn = os.path.join(self.tmp, f"d{d:02d}")
                with open(fn) as f:
                    lines = f.readlines()
                lines.sort()
                for ln in lines:
                    out.write(ln.split("\t", 2)[2])
                del lines
                os.remove(fn)
        shutil.rmtree(self.tmp)


# ---------------------------------------------------------------- accounts

class World:
    def __init__(self, seed, scale, out):
        self.seed = seed
        self.scale = scale
        self.idr = random.Random(f"ids-{seed}")
        self.net = Net(random.Random(f"net-{seed}"), scale)
        self.sink = Sink(out, seed)
        self.accounts = []
        self.campaigns = {}
        self.ids = set()

    def rng(self, name):
        return random.Random(f"{self.seed}-{name}")

    def new_id(self):
        while True:
            s = "acct_" + "".join(self.idr.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(10))
            if s not in self.ids:
                self.ids.add(s)
                return s

    def account(self, group, label, created_ms, campaign=None, hard=False, **signup):
        a = {"id": self.new_id(), "group": group, "label": label, "campaign": campaign, "hard": hard,
             "created_ms": int(created_ms), "signup": signup}
        a["key"] = "key_" + hashlib.sha1(("k" + a["id"]).encode()).hexdigest()[:12]
        self.accounts.append(a)
        if campaign:
            self.campaigns.setdefault(campaign, {"group": group, "pivot_at": None, "successor_of": None})
        return a


def shape(local):
    return "".join("a" if c.isalpha() else "9" if c.isdigit() else c for c in local)


def name_local(r):
    f, l = pick(r, T.FIRST).lower(), pick(r, ["okafor", "lindqvist", "moreau", "tanaka", "silva", "nowak", "reyes", "haddad",
                                              "kowalczyk", "byrne", "dubois", "osei", "fischer", "ali", "nguyen", "costa"])
    return pick(r, [f"{f}.{l}", f"{f}{l}", f"{f[0]}{l}", f"{f}.{l}{r.randint(1, 99)}", f"{f}_{l}", f"{l}.{f}"])


def pf(r):
    return "pf_" + "".join(r.choice("0123456789abcdef") for _ in range(12))


def signup_fields(r, *, domain=None, local=None, card=True, country=None, channel="standard", verified=False, org=None):
    s = {}
    if org:
        s["org_id"] = org
    s["email_domain"] = domain or pick(r, FREEMAIL)
    s["email_local_shape"] = shape(local or name_local(r))
    if card:
        s["payment_fingerprint"] = card if isinstance(card, str) else pf(r)
    if country:
        s["billing_country"] = country
    s["signup_channel"] = channel
    s["verified"] = verified
    return s


def client(r, stack):
    return (stack, pick(r, STACKS[stack]))


def adopts_new(r, ts, adopt_at):
    return adopt_at is not None and ts >= adopt_at


# ---------------------------------------------------------------- benign background

def everyday(w, n):
    r = w.rng("everyday")
    ccs, wts = zip(*BG_CC)
    for _ in range(n):
        cc = r.choices(ccs, wts)[0]
        tz = COUNTRIES[cc][0]
        created = W1 - r.uniform(0, 730) * DAY if r.random() > 0.05 else W0 + r.uniform(0, 13) * DAY
        dev = r.random() < 0.15
        chan = r.choices(["standard", "education", "startup"], [90, 6, 4])[0]
        a = w.account("everyday_user", "benign", created, **signup_fields(
            r, card=r.random() < 0.7, country=cc if r.random() < 0.95 else pick(r, ccs), channel=chan, verified=r.random() < 0.2))
        net = r.choices(["home", "mobile", "vpn", "v6"], [70, 20, 5, 5])[0]
        if net == "mobile" and cc not in w.net.mobile:
            net = "home"
        if net == "v6" and cc not in w.net.v6:
            net = "home"
        home = w.net.home(cc, r) if net != "v6" else w.net.home6(cc, r)
        move_day = r.randrange(NDAYS) if r.random() < 0.08 else None
        cl = client(r, pick(r, ["python", "python", "node", "go", "curl"]) if dev else pick(r, ["chrome", "chrome", "safari", "firefox", "ios", "android", "desktop"]))
        p_day = min(0.9, lognorm(r, 0.22, 0.8))
        adopt = RELEASE + r.uniform(0, 6) * DAY if r.random() < 0.55 else None
        mini = r.random() < 0.2
        vprov = pick(r, ["Veilpath VPN", "Quillguard Privacy", "Northmask Networks"])
        vcc = cc if cc in w.net.vpn[vprov] else "US"
        for d in range(NDAYS):
            if r.random() > p_day:
                continue
            if move_day is not None and d == move_day and net in ("home", "v6"):
                home = w.net.home(cc, r) if net == "home" else w.net.home6(cc, r)
            for _ in range(1 + (r.random() < 0.3)):
                t = local_time(r, d, tz)
                ip = home if net in ("home", "v6") else w.net.mob(cc, r) if net == "mobile" else w.net.vpn_exit(vprov, vcc, r)
                model = M_MINI if mini and r.random() < 0.7 else M_MAIN
                if adopts_new(r, t, adopt) and r.random() < 0.6:
                    model = M_NEW
                nt = min(12, int(r.expovariate(1 / 1.6)) + 1)
                mt = r.choice([None, None, 1024, 2048, 4096]) if dev else r.choice([None, None, None, 1024])
                think = r.random() < 0.05
                hist = 0
                for k in range(nt):
                    if k == 0:
                        kind = "coding" if dev and r.random() < 0.7 else "chat"
                        pr = T.dev_question(r) if kind == "coding" else (T.chat(r) if r.random() < 0.85 else T.long_words(r) if r.random() < 0.3 else T.reasoning(r, 0.1))
                    else:
                        kind, pr = "follow", T.chat_followup(r)
                    w.sink.emit(r, a, t, ip, model, pr, kind, turns=2 * k + 1, max_tokens=mt, thinking=think, client=cl, history=hist)
                    hist += 200 + len(pr) // 4
                    t += r.uniform(15, 240) * 1000


# ---------------------------------------------------------------- attack shapes

def ramp_surge(w, n):
    """Quiet, human-like trickle for a week, then a surge that starts hours after the release; per-account mix of
    residential proxy, mobile, cloud and tor exits."""
    r = w.rng("ramp_surge")
    camp = "rs-1"
    pivot = RELEASE + int(r.uniform(5, 20) * HOUR)
    w.campaigns[camp] = {"group": "ramp_surge", "pivot_at": pivot, "successor_of": None}
    ccs = ["US", "GB", "DE", "CA", "AU", "FR", "NL", "JP"]
    shared = None
    for i in range(n):
        cc = pick(r, ccs)
        tz = COUNTRIES[cc][0]
        if i % 2 == 0 or r.random() < 0.4:
            shared = pf(r) if r.random() < 0.3 else None
        card = shared or True
        a = w.account("ramp_surge", "attack", W0 - r.uniform(12, 40) * DAY, camp, **signup_fields(
            r, local=pick(r, T.FIRST).lower() + str(r.randint(10, 9999)), card=card, country=cc, verified=r.random() < 0.05))
        mix = [r.uniform(0.3, 0.7), r.uniform(0.1, 0.4), r.uniform(0.05, 0.3), 0.02]
        cloud_cc = pick(r, list(w.net.cloud))
        mob_cc = cc if cc in w.net.mobile else "US"
        cl = client(r, pick(r, ["python", "python", "node"]))
        grow = r.uniform(1.0, 1.3)
        base = r.uniform(22, 55)

        def ip():
            k = r.choices(range(4), mix)[0]
            if k == 0:
                return pick(r, w.net.resi.get(cc) or w.net.resi_all)
            if k == 1:
                return w.net.mob(mob_cc, r)
            if k == 2:
                return Net.addr(w.net.cloud[cloud_cc], r)
            return pick(r, w.net.tor)

        def one(t, surge):
            x = r.random()
            model = M_NEW if surge and r.random() < 0.5 else M_MAIN
            mt = r.choice([8192, 16384, 32000])
            if x < 0.55:
                w.sink.emit(r, a, t, ip(), model, T.reasoning(r, 0.5), "reasoning", max_tokens=mt, thinking=r.random() < 0.4, client=cl)
            elif x < 0.8:
                w.sink.emit(r, a, t, ip(), model, T.coding(r), "coding", max_tokens=mt, client=cl)
            else:
                w.sink.emit(r, a, t, ip(), model, T.grading(r), "grading", max_tokens=4096, client=cl)

        for d in range(NDAYS):
            day0 = W0 + d * DAY
            if day0 + DAY <= pivot:
                if r.random() < 0.7:
                    for _ in range(r.randint(1, 3)):
                        one(local_time(r, d, tz, 8, 23), False)
            else:
                k = (d - (pivot - W0) // DAY)
                m = int(base * grow ** k * r.uniform(0.8, 1.2))
                t = max(day0, pivot + r.randrange(3 * HOUR))
                # bursts around the clock
                while m > 0 and t < day0 + DAY:
                    burst = min(m, r.randint(3, 12))
                    for _ in range(burst):
                        one(t, True)
                        t += r.uniform(2, 40) * 1000
                    m -= burst
                    t += r.uniform(0.3, 2.5) * HOUR
                if day0 < pivot:  # ramp part of the pivot day
                    for _ in range(r.randint(0, 2)):
                        tt = local_time(r, d, tz, 8, 23)
                        if tt < pivot:
                            one(tt, False)


def borrowed(w, n):
    """Real customers' accounts whose keys were taken over; the owner keeps using the account by day, a new key
    harvests through residential exits in the owner's country during the owner's night."""
    r = w.rng("borrowed")
    camp = "brw-1"
    ccs = ["US", "GB", "CA", "DE", "FR", "AU", "NL", "SE", "ES", "IT"]
    for _ in range(n):
        cc = pick(r, ccs)
        tz = COUNTRIES[cc][0]
        a = w.account("borrowed_accounts", "attack", W0 - r.uniform(200, 1400) * DAY, camp, **signup_fields(
            r, domain=pick(r, FREEMAIL + ["fastmail.com", "posteo.de", "btinternet.com"]), country=cc, verified=r.random() < 0.5))
        home = w.net.home(cc, r)
        dev = r.random() < 0.4
        owner_cl = client(r, "python" if dev else pick(r, ["chrome", "safari", "desktop"]))
        p_day = r.uniform(0.3, 0.8)
        start = r.randint(1, 6)
        atk_key = "key_" + hashlib.sha1(("x" + a["id"]).encode()).hexdigest()[:12]
        atk_cl = ("python", "python-httpx/0.27.2")
        pool = w.net.resi.get(cc) or w.net.resi_all
        for d in range(NDAYS):
            if r.random() < p_day:
                for _ in range(r.randint(1, 4)):
                    t = local_time(r, d, tz, 8, 23)
                    pr = T.dev_question(r) if dev else T.chat(r)
                    w.sink.emit(r, a, t, home, M_MAIN, pr, "coding" if dev else "chat", client=owner_cl,
                                max_tokens=2048 if dev else None)
            if d < start:
                continue
            m = r.randint(15, 35)
            t = local_time(r, d, tz, 0, 7, [1] * 24)
            exit_ip, exit_until = None, 0
            while m > 0:
                if t >= exit_until:
                    exit_ip, exit_until = pick(r, pool), t + r.uniform(0.6, 1.5) * HOUR
                x = r.random()
                if x < 0.45:
                    goal, tools = T.agentic(r)
                    steps = r.randint(1, 6)
                    hist = 0
                    for s in range(steps):
                        pr = goal if s == 0 else T.agentic(r, 1)[0]
                        last = s == steps - 1
                        w.sink.emit(r, a, t, exit_ip, M_MAIN, pr, "agentic", turns=2 * s + 1, tools=tools,
                                    tool_calls=0 if last else r.randint(1, 3), max_tokens=8192, client=atk_cl, key=atk_key, history=hist)
                        hist += 300
                        t += r.uniform(3, 25) * 1000
                        m -= 1
                elif x < 0.75:
                    w.sink.emit(r, a, t, exit_ip, M_MAIN, T.coding(r), "coding", max_tokens=8192, client=atk_cl, key=atk_key)
                    m -= 1
                else:
                    w.sink.emit(r, a, t, exit_ip, M_MAIN, T.safe_rewrite(r), "rewrite", max_tokens=8192, client=atk_cl, key=atk_key)
                    m -= 1
                t += r.uniform(20, 600) * 1000


TEAM_WORDS = ["lumo", "quark", "vantor", "brisk", "sorrel", "tessa", "nexo", "pylon", "kairo", "vela", "ondo", "miro", "zephy",
              "arbor", "cinder", "delta", "ember", "fable", "glint", "hollow"]


def small_teams(w, n_teams):
    """Many small, unrelated-looking teams (4-8 seats each) on the startup programme: each team its own card, domain,
    office hours in its own time zone, its own small address block and its own prompt frame."""
    r = w.rng("small_teams")
    bill = ["HK", "SG", "MY", "AE", "TR"]
    for t_i in range(n_teams):
        camp = f"tm-{t_i + 1:02d}"
        w.campaigns[camp] = {"group": "small_teams", "pivot_at": None, "successor_of": None}
        size = r.randint(4, 8)
        cc = pick(r, bill)
        tz = COUNTRIES[cc][0]
        dom = f"{pick(r, TEAM_WORDS)}{pick(r, TEAM_WORDS)}{pick(r, ['.io', '.ai', '.dev', '.co', '.tech'])}"
        org = "org_" + dom.split(".")[0]
        cards = [pf(r) for _ in range(1 if r.random() < 0.7 else 2)]
        chan = "startup" if r.random() < 0.6 else "standard"
        created0 = W0 - r.uniform(3, 25) * DAY
        if r.random() < 0.7:
            host = pick(r, w.net.vps + list(w.net.cloud.values()))
            c = r.randint(0, 255)
            addrs = [f"{host[0]}.{host[1]}.{c}.{r.randint(2, 250)}" for _ in range(r.randint(2, 4))]
        else:
            prov = pick(r, ["Veilpath VPN", "Quillguard Privacy", "Northmask Networks"])
            vcc = pick(r, ["SG", "JP", "US", "GB"])
            addrs = [w.net.vpn_exit(prov, vcc, r) for _ in range(3)]
        leak = r.random() < 0.25
        cl = client(r, pick(r, ["python", "node", "go", "java", "curl", "dotnet"]))
        head, tail = T.team_frame(r)
        spec = pick(r, ["agentic", "coding", "grading", "reasoning", "rewrite"])
        d0 = r.randint(0, 8)
        d1 = min(NDAYS, d0 + r.randint(4, 9))
        for _ in range(size):
            a = w.account("small_teams", "attack", created0 + r.uniform(0, 2) * HOUR, camp, **signup_fields(
                r, domain=dom, local=name_local(r), card=pick(r, cards), country=cc, channel=chan, verified=r.random() < 0.1, org=org))
            for d in range(d0, d1):
                if (W0 // DAY + d + 3) % 7 == 6:  # Sundays off
                    continue
                m = r.randint(10, 30)
                for _ in range(m):
                    t = local_time(r, d, tz, 9, 19, [1] * 24)
                    kind = spec if r.random() < 0.7 else pick(r, ["agentic", "coding", "grading", "reasoning", "rewrite"])
                    num = r.randint(1, 99999)
                    tools = None
                    tc = None
                    if kind == "agentic":
                        core, tools = T.agentic(r, r.randrange(2))
                        tc = r.randint(0, 2)
                    elif kind == "coding":
                        core = T.coding(r)
                    elif kind == "grading":
                        core = T.grading(r)
                    elif kind == "reasoning":
                        core = T.reasoning(r, 0.3)
                    else:
                        core = T.safe_rewrite(r)
                    pr = f"{head.replace('{n}', str(num))} {core} {tail}"
                    ip = T.pick(r, addrs)
                    if leak and r.random() < 0.015:
                        ip = w.net.home("CN", r)
                    w.sink.emit(r, a, t, ip, M_MAIN, pr, kind, tools=tools, tool_calls=tc, max_tokens=16384, client=cl,
                                thinking=kind == "reasoning" and r.random() < 0.5)


def mobile_long_sessions(w, n):
    """Long multi-turn sessions (12-40 turns) that keep deepening one hard problem, over mobile carriers whose address
    changes every few turns; most requests leave max_tokens at the default."""
    r = w.rng("mobile_long_sessions")
    camp = "mls-1"
    ccs = ["EG", "PK", "BD", "TH", "CO", "ZA"]
    for _ in range(n):
        cc = pick(r, ccs)
        tz = COUNTRIES[cc][0]
        edu = r.random() < 0.4
        a = w.account("mobile_long_sessions", "attack", W0 - r.uniform(5, 30) * DAY, camp, **signup_fields(
            r, domain=(f"mail.{pick(r, TEAM_WORDS)}-college.edu" if edu else None), local=name_local(r) + str(r.randint(1, 99)),
            card=r.random() < 0.7, country=cc, channel="education" if edu else "standard"))
        cl = client(r, pick(r, ["android", "ios"]))
        mt_default = r.random() < 0.7
        for d in range(NDAYS):
            if r.random() > 0.8:
                continue
            for _ in range(1 + (r.random() < 0.4)):
                t = local_time(r, d, tz, 10, 24)
                nt = r.randint(12, 40)
                ip = w.net.mob(cc, r)
                change = r.randint(3, 8)
                x = r.random()
                hist = 0
                for k in range(nt):
                    if k and k % change == 0:
                        ip = w.net.mob(cc, r)
                    if k == 0:
                        pr, kind = (T.reasoning(r, 0.3), "reasoning") if x < 0.6 else (T.coding(r), "coding")
                    else:
                        pr, kind = T.deepen(r), "deepen"
                    w.sink.emit(r, a, t, ip, M_MAIN, pr, kind, turns=2 * k + 1, max_tokens=None if mt_default else 4096,
                                client=cl, history=min(hist, 150000))
                    hist += len(pr) // 4 + 1100
                    t += r.uniform(25, 150) * 1000


def low_and_slow(w, n):
    """A few requests a day per account in the persona's daytime, through consumer VPN exits in the persona's
    country; safe rewrites, grading and long answers asked for in words; never sets max_tokens."""
    r = w.rng("low_and_slow")
    camp = "ls-1"
    ccs = ["US", "GB", "CA", "AU", "DE", "FR", "NL", "SE", "ES", "IT"]
    for _ in range(n):
        cc = pick(r, ccs)
        tz = COUNTRIES[cc][0]
        created = W0 + r.uniform(-60, 7) * DAY
        a = w.account("low_and_slow", "attack", created, camp, **signup_fields(
            r, country=cc, channel="startup" if r.random() < 0.1 else "standard", verified=r.random() < 0.03))
        prov = pick(r, ["Veilpath VPN", "Quillguard Privacy", "Northmask Networks"])
        cl = client(r, pick(r, ["python", "node", "chrome"]))
        exits = [w.net.vpn_exit(prov, cc, r) for _ in range(3)]
        for d in range(NDAYS):
            if r.random() < 0.3:
                continue
            ip = exits[d // 5]
            for _ in range(r.randint(1, 6)):
                t = local_time(r, d, tz, 9, 22)
                x = r.random()
                if x < 0.4:
                    w.sink.emit(r, a, t, ip, M_MAIN, T.safe_rewrite(r), "rewrite", client=cl)
                elif x < 0.7:
                    w.sink.emit(r, a, t, ip, M_MAIN, T.grading(r), "grading", client=cl)
                else:
                    pr = T.long_words(r)
                    words = int("".join(c for c in pr.split(" words")[0].split()[-1] if c.isdigit()) or 1000)
                    w.sink.emit(r, a, t, ip, M_MAIN, pr, "chat", client=cl, words=words)


def model_fanout(w, n):
    """Every prompt is sent to two or three models within seconds, from one residential exit; after the release the
    new model joins every fan-out and takes half the traffic. Sign-ups come through six resellers."""
    r = w.rng("model_fanout")
    camp = "fan-1"
    pivot = RELEASE + int(r.uniform(2, 18) * HOUR)
    w.campaigns[camp] = {"group": "model_fanout", "pivot_at": pivot, "successor_of": None}
    resellers = []
    for _ in range(6):
        nm = pick(r, TEAM_WORDS) + pick(r, ["gate", "relay", "hub", "bridge"])
        resellers.append((f"org_{nm}", f"{nm}-ai.com", pf(r), pick(r, ["SG", "AE", "NL", "US", "HK", "MY"])))
    cl_stack = "node"
    for i in range(n):
        org, dom, card, cc = resellers[i % 6]
        a = w.account("model_fanout", "attack", W0 - r.uniform(1, 21) * DAY, camp, **signup_fields(
            r, domain=dom, local=f"sub{r.randint(100, 99999)}", card=card, country=cc, channel="reseller", verified=False, org=org))
        cl = client(r, cl_stack)
        for d in range(NDAYS):
            for _ in range(r.randint(6, 16)):
                t = W0 + d * DAY + r.randrange(DAY)
                ip = pick(r, w.net.resi_all)
                x = r.random()
                if x < 0.5:
                    pr, kind = T.reasoning(r, 0.7), "reasoning"
                elif x < 0.8:
                    pr, kind = T.coding(r), "coding"
                else:
                    pr, kind = T.datagen(r), "datagen"
                if t >= pivot:
                    models = [M_NEW, pick(r, [M_MAIN, M_MINI])]
                else:
                    models = r.sample([M_MAIN, M_MINI, M_OLD], r.randint(2, 3))
                for m in models:
                    w.sink.emit(r, a, t, ip, m, pr, kind, max_tokens=4096, client=cl)
                    t += r.uniform(0.2, 3) * 1000


# ---------------------------------------------------------------- hard negatives

def hospital_nat(w, n):
    r = w.rng("hospital_nat")
    card = pf(r)
    for _ in range(n):
        a = w.account("hospital_nat", "benign", W0 - r.uniform(300, 900) * DAY, hard=True, **signup_fields(
            r, domain="sintaldric-zorg.nl", card=card, country="NL", channel="enterprise", verified=True, org="org_sintaldric"))
        night = r.random() < 0.15
        cl = client(r, pick(r, ["desktop", "chrome"]))
        for d in range(NDAYS):
            wd = (d % 7) < 5
            if (not wd and not night) or r.random() < 0.2:
                continue
            for _ in range(r.randint(2, 12)):
                t = local_time(r, d, 2, 22, 30, [1] * 24) if night else local_time(r, d, 2, 8, 18)
                pr = T.hospital(r)
                words = None
                if "words" in pr:
                    words = int(pr.split(" words")[0].split()[-1])
                w.sink.emit(r, a, t, pick(r, w.net.hospital), M_MAIN if r.random() < 0.8 else M_MINI, pr, "hospital", client=cl, words=words,
                            out_mult=1.4)


def rural_teachers(w, n):
    r = w.rng("rural_teachers")
    nat = [w.net.mob("KE", r) for _ in range(8)]
    day_train = 1  # Tuesday
    t_train = W0 + day_train * DAY + 6 * HOUR  # 09:00 in Nairobi
    cl_stack = "android"
    for _ in range(n):
        a = w.account("rural_teachers_mobile", "benign", t_train - r.uniform(0, 55) * MIN, hard=True, **signup_fields(
            r, domain=pick(r, ["gmail.com", "gmail.com", "yahoo.com", "tsc-mail.ke"]), card=r.random() < 0.4, country="KE",
            channel="education", verified=r.random() < 0.1))
        cl = client(r, cl_stack)
        t = t_train + r.uniform(0, 30) * MIN
        for _ in range(r.randint(5, 15)):
            w.sink.emit(r, a, t, pick(r, nat), M_MINI if r.random() < 0.5 else M_MAIN, T.teacher(r), "teacher", client=cl)
            t += r.uniform(1, 25) * MIN
        p = r.uniform(0.1, 0.6)
        for d in range(day_train + 1, NDAYS):
            if r.random() > p:
                continue
            for _ in range(r.randint(1, 4)):
                t = local_time(r, d, 3, 5, 22)
                w.sink.emit(r, a, t, pick(r, nat), M_MINI if r.random() < 0.5 else M_MAIN, T.teacher(r), "teacher", client=cl)


def newsroom_vpn(w, n):
    r = w.rng("newsroom_vpn")
    card = pf(r)
    ccs = ["US", "GB", "DE", "FR", "ES", "SE"]
    for _ in range(n):
        cc = pick(r, ccs)
        a = w.account("newsroom_vpn", "benign", W0 - r.uniform(60, 500) * DAY, hard=True, **signup_fields(
            r, domain="haldenpost.com", card=card, country="GB", channel="enterprise", verified=True, org="org_haldenpost"))
        prov = pick(r, ["Veilpath VPN", "Quillguard Privacy"])
        cl = client(r, pick(r, ["chrome", "firefox", "safari"]))
        for d in range(NDAYS):
            if r.random() < 0.3:
                continue
            for _ in range(r.randint(1, 8)):
                t = local_time(r, d, COUNTRIES[cc][0], 7, 24)
                pr = T.newsroom(r)
                words = int(pr.split("-word")[0].split()[-1]) if "-word" in pr else None
                w.sink.emit(r, a, t, w.net.vpn_exit(prov, cc, r), M_MAIN, pr, "newsroom", client=cl, words=words)


def tutoring_backend(w, n):
    r = w.rng("tutoring_backend")
    card = pf(r)
    system = "You are Brightsum, a patient maths tutor for school students. Always show the working so a student can follow it, and never just give the final number."
    for i in range(n):
        a = w.account("tutoring_backend", "benign", W0 - r.uniform(100, 400) * DAY, hard=True, **signup_fields(
            r, domain="brightsum.app", local=f"svc-{['prod', 'prod', 'prod-eu', 'prod-apac', 'batch', 'staging'][i % 6]}", card=card,
            country="US", channel="startup", verified=True, org="org_brightsum"))
        reg = pick(r, ["US", "US", "GB", "SG"])
        addrs = [Net.addr(w.net.cloud[reg], r) for _ in range(3)]
        cl = client(r, "python")
        rate = r.randint(120, 300)
        for d in range(NDAYS):
            for _ in range(int(rate * (0.6 if (d % 7) >= 5 else 1) * r.uniform(0.8, 1.2))):
                t = local_time(r, d, -5, 6, 30)
                w.sink.emit(r, a, t, pick(r, addrs), M_MINI if r.random() < 0.4 else M_MAIN, T.tutoring(r), "tutoring", system=system,
                            max_tokens=2048, client=cl)


def model_compare_consultancy(w, n):
    r = w.rng("model_compare")
    card = pf(r)
    addrs = [Net.addr(w.net.cloud["DE"], r) for _ in range(2)]
    accs = [w.account("model_compare_consultancy", "benign", W0 - r.uniform(30, 300) * DAY, hard=True, **signup_fields(
        r, domain="parallax-advisory.eu", card=card, country="DE", channel="startup", verified=True, org="org_parallax")) for _ in range(n)]
    cl = client(r, "python")
    items = [T.consultancy(random.Random(f"{w.seed}-item-{i}")) for i in range(150)]
    runs = [W0 + d * DAY + int(r.uniform(8, 16) * HOUR) - 2 * HOUR for d in (0, 2, 3, 7, 9, 11)] + [RELEASE + int(r.uniform(1, 3) * HOUR)]
    for run in sorted(runs):
        models = [M_MAIN, M_MINI, M_OLD] + ([M_NEW] if run >= RELEASE else [])
        sub = r.sample(items, r.randint(50, 150))
        t = run
        for it in sub:
            a = pick(r, accs)
            for m in models:
                w.sink.emit(r, a, t, pick(r, addrs), m, it, "consult", max_tokens=2048, client=cl)
                t += r.uniform(0.3, 4) * 1000
    for a in accs:  # plus everyday work
        for d in range(NDAYS):
            if d % 7 < 5:
                for _ in range(r.randint(0, 6)):
                    w.sink.emit(r, a, local_time(r, d, 2, 9, 18), pick(r, addrs), M_MAIN, T.consultancy(r), "consult", client=cl)


def night_shift_bpo(w, n):
    r = w.rng("night_shift_bpo")
    card = pf(r)
    line = [w.net.home("PH", r), w.net.home("PH", r)]
    for _ in range(n):
        a = w.account("night_shift_bpo", "benign", W0 - r.uniform(20, 400) * DAY, hard=True, **signup_fields(
            r, domain="lumencontact.ph", card=card, country="PH", channel="enterprise", verified=True, org="org_lumencontact"))
        cl = client(r, pick(r, ["chrome", "desktop"]))
        off = {r.randrange(7), r.randrange(7)}
        for d in range(NDAYS):
            if d % 7 in off:
                continue
            for _ in range(r.randint(10, 40)):
                t = local_time(r, d, 8, 21, 30, [1] * 24)
                pr = T.bpo(r)
                words = int(pr.split(" words")[0].split()[-1]) if " words" in pr else None
                w.sink.emit(r, a, t, line[0] if r.random() < 0.9 else line[1], M_MAIN, pr, "bpo", client=cl, words=words)


def novelists(w, n):
    r = w.rng("novelists")
    ccs = ["US", "GB", "CA", "AU", "IE" if False else "NL", "DE", "FR", "BR", "IN"]
    for _ in range(n):
        cc = pick(r, ccs)
        tz = COUNTRIES[cc][0]
        a = w.account("novelist_sessions", "benign", W0 - r.uniform(10, 700) * DAY, hard=True, **signup_fields(
            r, country=cc, verified=r.random() < 0.3))
        mob = r.random() < 0.3 and cc in w.net.mobile
        home = w.net.home(cc, r)
        cl = client(r, pick(r, ["desktop", "chrome", "safari", "ios"]))
        for d in range(NDAYS):
            if r.random() > 0.5:
                continue
            t = local_time(r, d, tz, 6, 24)
            nt = r.randint(15, 50)
            ip = w.net.mob(cc, r) if mob else home
            hist = 0
            for k in range(nt):
                pr = T.novel_turn(r, k == 0)
                words = None
                if "words" in pr:
                    words = int(pr.split(" words")[0].split()[-1])
                w.sink.emit(r, a, t, ip, M_NEW if t > RELEASE + DAY and r.random() < 0.3 else M_MAIN, pr, "novel", turns=2 * k + 1,
                            client=cl, history=min(hist, 150000), words=words)
                hist += 1300
                t += r.uniform(40, 400) * 1000


# ---------------------------------------------------------------- main

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--scale", choices=["small", "medium"], default="small")
    ap.add_argument("--no-accounts", action="store_true")
    ap.add_argument("--out", required=True)
    args = ap.parse_args()
    k = 1 if args.scale == "small" else 4
    os.makedirs(args.out, exist_ok=True)
    w = World(args.seed, k, args.out)

    everyday(w, 2800 * k)
    ramp_surge(w, 150 * k)
    borrowed(w, 60 * k)
    small_teams(w, 40 * k)
    mobile_long_sessions(w, 110 * k)
    low_and_slow(w, 300 * k)
    model_fanout(w, 90 * k)
    hospital_nat(w, 120 * k)
    rural_teachers(w, 90 * k)
    newsroom_vpn(w, 40 * k)
    tutoring_backend(w, 6 if k == 1 else 12)
    model_compare_consultancy(w, 8)
    night_shift_bpo(w, 80 * k)
    novelists(w, 50 * k)

    w.sink.finish(os.path.join(args.out, "events.jsonl"))
    cnt = w.sink.count
    accts = [a for a in w.accounts if cnt.get(a["id"], 0) > 0]
    accts.sort(key=lambda a: a["id"])

    if not args.no_accounts:
        with open(os.path.join(args.out, "accounts.jsonl"), "w") as f:
            for a in accts:
                rec = {"account_id": a["id"], "created_at": iso(min(a["created_ms"], w.sink.first[a["id"]] - 1000))}
                rec.update(a["signup"])
                f.write(json.dumps(rec, separators=(",", ":")) + "\n")
    elif os.path.exists(os.path.join(args.out, "accounts.jsonl")):
        os.remove(os.path.join(args.out, "accounts.jsonl"))
    with open(os.path.join(args.out, "truth.jsonl"), "w") as f:
        for a in accts:
            rec = {"account_id": a["id"], "label": a["label"], "group": a["group"], "campaign": a["campaign"]}
            if a["hard"]:
                rec["hard"] = True
            f.write(json.dumps(rec, separators=(",", ":")) + "\n")
    with open(os.path.join(args.out, "campaigns.jsonl"), "w") as f:
        for c in sorted(w.campaigns):
            mem = [a for a in accts if a["campaign"] == c]
            if not mem:
                continue
            info = w.campaigns[c]
            rec = {"campaign": c, "group": info["group"], "accounts": len(mem),
                   "active_from": iso(min(w.sink.first[a["id"]] for a in mem)),
                   "active_until": iso(max(w.sink.last[a["id"]] for a in mem)),
                   "successor_of": info["successor_of"], "pivot_at": iso(info["pivot_at"]) if info["pivot_at"] else None}
            f.write(json.dumps(rec, separators=(",", ":")) + "\n")
    w.net.write(os.path.join(args.out, "ip_ranges.csv"))
    with open(os.path.join(args.out, "releases.csv"), "w") as f:
        f.write("model,released_at\n")
        f.write(f"{M_OLD},2025-06-10T16:00:00.000Z\n{M_MAIN},2025-11-18T16:00:00.000Z\n{M_MINI},2026-01-20T16:00:00.000Z\n{M_NEW},{iso(RELEASE)}\n")
    with open(os.path.join(args.out, "policy.toml"), "w") as f:
        f.write('# Operator policy for the outside_shift data set.\nrestricted_countries = ["CN", "RU", "KP", "IR"]\n'
                f'hash_key_id = "shift-{args.seed}"\nhash_key = "outside-shift-demo-key-{args.seed:08d}"\n\n'
                "[thresholds]\nreview = 0.5\nthrottle = 0.7\nblock = 0.85\n")

    # table on stderr
    groups = {}
    for a in accts:
        g = groups.setdefault(a["group"], [a["label"], a["hard"], 0, 0])
        g[2] += 1
        g[3] += cnt[a["id"]]
    print(f"{'label':7} {'group':28} {'accounts':>8} {'events':>8} {'distinct':>8}", file=sys.stderr)
    tot = [0, 0]
    for gname, (lab, hard, na, ne) in sorted(groups.items(), key=lambda kv: (kv[1][0], kv[1][1], kv[0])):
        p = w.sink.prompts[gname]
        print(f"{lab + ('*' if hard else ''):7} {gname:28} {na:8d} {ne:8d} {len(p[1]) / p[0]:8.2f}", file=sys.stderr)
        tot[0] += na
        tot[1] += ne
    print(f"{'':7} {'total':28} {tot[0]:8d} {tot[1]:8d}", file=sys.stderr)


if __name__ == "__main__":
    main()
