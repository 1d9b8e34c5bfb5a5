#!/usr/bin/env python3
"""outside_seven: independent test traffic for distillguard (two weeks, six distillation
operations, seven hard-negative groups and a background). Standard library only.

    python3 gen.py --seed 1 [--scale small|medium] [--no-accounts] --out DIR
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

H = 3600 * 1000
D = 24 * H
MIN = 60 * 1000
SEC = 1000


def ms(y, mo, d, h=0, mi=0):
    return int(datetime(y, mo, d, h, mi, tzinfo=timezone.utc).timestamp() * 1000)


W0 = ms(2026, 6, 8)          # Monday
NDAYS = 14
W1 = W0 + NDAYS * D
RELEASE = ms(2026, 6, 17, 13, 30)
MODELS = (("heron-1.5", ms(2025, 5, 20)), ("heron-2", ms(2025, 11, 4, 16)),
          ("heron-2-quick", ms(2026, 1, 21, 17)), ("heron-3", RELEASE))
RESTRICTED = ["CN", "RU", "IR", "KP", "SY", "CU"]


def iso(t):
    return datetime.fromtimestamp(t / 1000, tz=timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.") + f"{t % 1000:03d}Z"


# ---------------------------------------------------------------- countries and clients

# code: (utc offset in June, has IPv6 home ranges, has a mobile carrier here)
COUNTRIES = {
    "US": (-5, True, True), "CA": (-4, False, True), "GB": (1, True, True), "DE": (2, True, True),
    "FR": (2, False, True), "NL": (2, False, False), "ES": (2, False, True), "IT": (2, False, False),
    "PL": (2, False, True), "SE": (2, False, False), "PT": (1, False, False), "IE": (1, False, False),
    "AU": (10, False, True), "JP": (9, True, True), "KR": (9, False, False), "SG": (8, False, False),
    "IN": (5.5, True, True), "PK": (5, False, True), "BD": (6, False, True), "ID": (7, False, True),
    "PH": (8, False, True), "VN": (7, False, True), "NG": (1, False, True), "KE": (3, False, True),
    "GH": (0, False, True), "UG": (3, False, True), "EG": (3, False, True), "ZA": (2, False, True),
    "BR": (-3, True, True), "MX": (-6, False, True), "CO": (-5, False, True), "VE": (-4, False, True),
    "AR": (-3, False, False), "TR": (3, False, True), "AE": (4, False, False), "IL": (3, False, False),
    "HK": (8, False, False), "NZ": (12, False, False),
}
RESTRICTED_ISP = {"CN": 8, "RU": 3, "IR": 3.5}

CLIENTS = {
    "py": ("t13d1713h2_4b22cda9f1a3_8c7e1b4d2a90", ("heron-python/1.9.0", "heron-python/1.8.4", "OpenAI/Python 1.52.2",
                                                    "python-httpx/0.27.2", "python-requests/2.32.3", "langchain-heron/0.3.4")),
    "node": ("t13d1516h2_8daaf6152771_02713d6af862", ("heron-node/0.33.1", "OpenAI/JS 4.71.0", "axios/1.7.7", "undici/6.20.1")),
    "go": ("t13d1310h2_e8f1e7e78f70_1f4a3e5b7d21", ("Go-http-client/2.0",)),
    "curl": ("t13d3112h2_e8f1e7e78f70_a7c0d12e93b4", ("curl/8.7.1", "curl/8.5.0")),
    "java": ("t13d1715h2_5b57614c22b0_7121afd63204", ("okhttp/4.12.0", "Java-http-client/21.0.4")),
    "dotnet": ("t13d1612h2_ab0e7e3a5c11_9c2f0d5b6e47", ("HeronSDK-dotnet/2.1.0 (.NET 8.0.8)",)),
    "chrome": ("t13d1517h2_8daaf6152771_b0da82dd1658", (
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36",
        "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36",
        "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.0.0 Safari/537.36",
        "Mozilla/5.0 (Linux; Android 14; SM-A546B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Mobile Safari/537.36")),
    "firefox": ("t13d1715h2_5b57614c22b0_3d5424432f57", (
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:127.0) Gecko/20100101 Firefox/127.0",
        "Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:126.0) Gecko/20100101 Firefox/126.0")),
    "safari": ("t13d2014h2_a09f3c656075_14788d8d241b", (
        "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15",
        "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1")),
    "android": ("t13d1516h2_8daaf6152771_e5627efa2ab1", ("Pocketchat/3.4.1 (Android 14; Pixel 7)", "Pocketchat/3.4.1 (Android 13; SM-A145F)",
                                                        "Pocketchat/3.3.9 (Android 12; Redmi Note 11)")),
    "ios": ("t13d2014h2_a09f3c656075_ad9e3c1f7b20", ("Pocketchat/3.4.0 CFNetwork/1496.0.7 Darwin/23.5.0",)),
    "desktop": ("t13d1517h2_8daaf6152771_b0da82dd1658", ("Chatterbox/2.8.1 Electron/30.1.2", "Chatterbox/2.7.4 Electron/29.4.0")),
    "plugin": ("t13d1516h2_8daaf6152771_02713d6af862", ("Quarry/1.14.2 (vscode 1.90.1; node 20.14.0)", "Quarry/1.14.0 (vscode 1.89.1; node 20.11.1)",
                                                       "Quarry/1.13.7 (cursor 0.37; node 20.11.1)")),
}
CONSUMER = ("chrome", "chrome", "firefox", "safari", "android", "ios", "desktop")
SDK = ("py", "py", "py", "node", "node", "go", "java", "curl", "dotnet")
# default max_tokens sent by each front end (None: not sent)
CLIENT_CAP = {"chrome": 4096, "firefox": 4096, "safari": 4096, "desktop": 8192, "android": None, "ios": None, "plugin": 8192}


def client(r, stack, ua_index=None):
    fp, uas = CLIENTS[stack]
    ua = uas[ua_index % len(uas)] if ua_index is not None else T.pick(r, uas)
    return (stack, ua, fp)


FREEMAIL = ("gmail.com", "gmail.com", "gmail.com", "outlook.com", "yahoo.com", "icloud.com", "proton.me", "hotmail.com",
            "gmx.de", "yandex.com", "mail.com", "zoho.com")
LOCAL_FREEMAIL = {"IN": "rediffmail.com", "DE": "web.de", "FR": "orange.fr", "BR": "uol.com.br", "JP": "yahoo.co.jp",
                  "KR": "naver.com", "GB": "btinternet.com", "IT": "libero.it", "PL": "wp.pl"}


def email_local(r):
    f, l = T.pick(r, T.FIRST), T.pick(r, T.LAST)
    k = r.randrange(7)
    if k == 0:
        return f"{f}.{l}"
    if k == 1:
        return f"{f}{l}{r.randint(1, 99)}"
    if k == 2:
        return f"{f}{r.randint(1970, 2008)}"
    if k == 3:
        return f"{f[0]}{l}"
    if k == 4:
        return f"{f}_{l}{r.randint(100, 9999)}"
    if k == 5:
        return f"{l}.{f}{r.randint(1, 9)}"
    return f"{f}{l}"


def shape(local):
    return "".join("a" if c.isalpha() else "9" if c.isdigit() else c for c in local)


# ---------------------------------------------------------------- the network

class Net:
    FIRST_OCTETS = (5, 31, 37, 41, 45, 46, 62, 77, 78, 79, 80, 81, 82, 83, 84, 85, 86, 87, 88, 89, 90, 91, 92,
                    93, 94, 95, 102, 105, 109, 151, 176, 178, 185, 188, 193, 194, 195, 197, 212, 213, 217)

    def __init__(self, r, scale):
        self.r = r
        self.rows = []
        self.slots = [(a, b) for a in self.FIRST_OCTETS for b in range(256)]
        r.shuffle(self.slots)
        self.asn = 200100
        self.isp, self.isp6, self.mobile = {}, {}, {}
        isp_names = ("Telnet", "Fibrelink", "Homewave", "Netline", "Broadcom", "Skyfibre", "Connexa", "Metronet")
        mob_names = ("Mobil", "Cellular", "Wireless", "Go")
        for cc, (tz, v6, mob) in COUNTRIES.items():
            self.isp[cc] = []
            for i in range(2):
                org = f"{T.pick(r, T.LAST).capitalize()} {isp_names[r.randrange(len(isp_names))]} ({cc})"
                self.isp[cc].append(self.block16(org, cc, "isp"))
            if v6:
                p = f"2a0{r.randint(1, 9)}:{r.randint(0x1000, 0xffff):x}"
                self.asn += 1
                self.rows.append((f"{p}::/32", self.asn, f"{T.pick(r, T.LAST).capitalize()} Broadband ({cc})", cc, "isp"))
                self.isp6[cc] = p
            if mob:
                self.mobile[cc] = self.block16(f"{T.pick(r, T.LAST).capitalize()} {T.pick(r, mob_names)} ({cc})", cc, "mobile")
        self.restricted = {cc: self.block16(f"{cc} Backbone Telecom", cc, "isp") for cc in RESTRICTED_ISP}
        # one large cloud, one region per /16
        self.cloud_asn = 214400
        self.cloud = {}
        for reg, cc in (("us-east", "US"), ("us-west", "US"), ("eu-west", "IE"), ("eu-central", "DE"),
                        ("ap-southeast", "SG"), ("ap-east", "HK"), ("me-central", "AE"), ("sa-east", "BR")):
            a, b = self.slots.pop()
            self.rows.append((f"{a}.{b}.0.0/16", self.cloud_asn, "Cirrus Compute Inc.", cc, "hosting"))
            self.cloud[reg] = (a, b)
        self.notebook = self.block16("Jotter Notebooks Inc.", "US", "hosting")
        self.vps = {}
        for name, cc in (("Gulfhost FZ", "AE"), ("Nordvps AB", "SE"), ("Lowland Servers BV", "NL"),
                         ("Pacific Rack Ltd", "HK"), ("Danube Hosting", "DE"), ("Rackmint LLC", "US")):
            self.vps[name] = self.block16(name, cc, "hosting")
        # Tor exits inside one hosting block
        tb = self.vps["Lowland Servers BV"]
        self.tor = [f"{tb[0]}.{tb[1]}.{200 + i // 10}.{10 + i}" for i in range(20)]
        for a in self.tor:
            self.rows.append((a, tb[2], "Lowland Servers BV", "NL", "tor"))
        # consumer VPNs: a /24 per country
        self.vpn = {}
        for name in ("SwiftTunnel VPN", "Harbor Shield VPN"):
            a, b = self.slots.pop()
            self.asn += 1
            for i, cc in enumerate(("US", "GB", "DE", "NL", "CA", "JP", "SG", "FR", "AU", "IN")):
                self.rows.append((f"{a}.{b}.{i}.0/24", self.asn, name, cc, "vpn"))
                self.vpn.setdefault(cc, []).append((a, b, i))
        # "ISP proxies": static addresses sold by proxy vendors, announced by small LIRs as ISP space
        self.ispproxy = {}
        for name, cc, n in (("Bluewire Networks LLC", "US", 4), ("Kestrel Fibre Ltd", "GB", 2)):
            a, b = self.slots.pop()
            self.asn += 1
            for i in range(n * (2 if scale > 1 else 1)):
                self.rows.append((f"{a}.{b}.{16 + i}.0/24", self.asn, name, cc, "isp"))
                self.ispproxy.setdefault(cc, []).append((a, b, 16 + i))
        # universities, enterprises
        self.edu = [self.block16(n, cc, "education") for n, cc in (("Northmoor University", "GB"), ("Univ. of Lagos Polytechnic", "NG"),
                                                                 ("Instituto Tecnico del Sur", "MX"), ("Riverbend State University", "US"))]
        a, b = self.slots.pop()
        self.asn += 1
        self.rows.append((f"{a}.{b}.40.0/24", self.asn, "Clause & Co LLP", "GB", "enterprise"))
        self.clause_office = [f"{a}.{b}.40.{x}" for x in (12, 13)]
        # residential proxy exits: addresses inside home ISP ranges, some known to the feed
        self.resi = {}
        self.resi_known = []
        for cc in ("US", "GB", "DE", "CA", "AU", "JP", "SG", "NL", "FR", "KR"):
            n = int((420 if cc == "US" else 160) * scale)
            pool = [self.home_ip(r, cc) for _ in range(n)]
            self.resi[cc] = pool
            for ip in pool:
                if r.random() < 0.35:
                    self.resi_known.append(ip)
        for ip in sorted(set(self.resi_known)):
            cc = next(c for c, p in self.resi.items() if ip in p)
            self.rows.append((ip, 0, "residential proxy exit", cc, "residential_proxy"))

    def block16(self, org, cc, kind):
        a, b = self.slots.pop()
        self.asn += 1
        self.rows.append((f"{a}.{b}.0.0/16", self.asn, org, cc, kind))
        return (a, b, self.asn)

    @staticmethod
    def in16(r, blk):
        return f"{blk[0]}.{blk[1]}.{r.randint(0, 255)}.{r.randint(1, 254)}"

    def home_ip(self, r, cc, v6ok=True):
        if v6ok and cc in self.isp6 and r.random() < 0.25:
            p = self.isp6[cc]
            return p + ":" + ":".join(f"{r.randint(0, 0xffff):x}" for _ in range(6))
        return self.in16(r, T.pick(r, self.isp[cc]))

    def mobile_ip(self, r, cc):
        if cc not in self.mobile:
            return self.home_ip(r, cc)
        return self.in16(r, self.mobile[cc])

    def cloud_ip(self, r, reg):
        a, b = self.cloud[reg]
        return f"{a}.{b}.{r.randint(0, 255)}.{r.randint(1, 254)}"

    def vpn_ip(self, r, cc=None):
        cc = cc if cc in self.vpn else T.pick(r, sorted(self.vpn))
        a, b, i = T.pick(r, self.vpn[cc])
        return f"{a}.{b}.{i}.{r.randint(2, 250)}"


# ---------------------------------------------------------------- the world writer

class World:
    def __init__(self, seed, scale, out):
        self.seed = seed
        self.S = 4 if scale == "medium" else 1
        self.out = out
        self.idr = random.Random(f"{seed}/ids")
        self.net = Net(random.Random(f"{seed}/net"), self.S)
        self.accounts = {}    # id -> record
        self.truth = {}       # id -> truth line
        self.acct_group = {}
        self.first_ev = {}
        self.last_ev = {}
        self.nreq = 0
        self.stats = {}
        self.campaign_pivot = {}
        self.tmp = os.path.join(out, ".days")
        os.makedirs(self.tmp, exist_ok=True)
        self.fh = [open(os.path.join(self.tmp, f"{d:02d}"), "w", encoding="utf-8") for d in range(NDAYS)]

    # accounts --------------------------------------------------------
    def new_id(self):
        return "u" + "".join(self.idr.choice("abcdefghjkmnpqrstuvwxyz23456789") for _ in range(11))

    def account(self, group, label, created, campaign=None, hard=False, org=None, domain=None, local=None,
                pay=None, country=None, channel="standard", verified=False):
        aid = self.new_id()
        while aid in self.accounts:
            aid = self.new_id()
        rec = {"account_id": aid, "created_at": iso(int(created))}
        if org:
            rec["org_id"] = org
        if domain:
            rec["email_domain"] = domain
        if local:
            rec["email_local_shape"] = shape(local)
        if pay:
            rec["payment_fingerprint"] = pay
        if country:
            rec["billing_country"] = country
        rec["signup_channel"] = channel
        rec["verified"] = bool(verified)
        self.accounts[aid] = rec
        t = {"account_id": aid, "label": label, "group": group, "campaign": campaign}
        if hard:
            t["hard"] = True
        self.truth[aid] = t
        self.acct_group[aid] = (group, label, hard, int(created))
        st = self.stats.setdefault(group, {"label": label, "hard": hard, "events": 0, "prompts": set(), "accts": set()})
        st.setdefault("accts", set())
        return aid

    def pay(self, r, prefix="pf"):
        return f"{prefix}_{r.getrandbits(48):012x}"

    def key(self, r):
        return f"key_{r.getrandbits(40):010x}"

    # events ------------------------------------------------------------
    def ev(self, aid, t, ip, cl, model, prompt, kind, r, system=None, turns=1, tools=None, tool_calls=0,
           max_tokens=None, thinking=0, hist=0, key=None, out=None, has_image=False):
        t = int(t)
        if t < W0 or t >= W1:
            return False
        grp = self.acct_group[aid]
        if t < grp[3]:
            return False
        if model == "heron-3" and t < RELEASE:
            model = "heron-2"
        tk = lambda s: max(1, int(len(s) / 3.7))  # noqa: E731
        inp = tk(prompt) + (tk(system) if system else 0) + hist + (90 * len(tools) if tools else 0) + 3
        if has_image:
            inp += r.randint(700, 1600)
        if out is None:
            med, sg = OUT.get(kind, (250, 0.6))
            out = int(med * math.exp(r.gauss(0, sg)))
        out = max(1, out)
        think = 0
        if thinking:
            think = int(thinking * math.exp(r.gauss(0, 0.5)))
        total = out + think
        stop = "tool_use" if tool_calls else "end_turn"
        cap = max_tokens if max_tokens else 8192
        if total > cap:
            total = cap
            think = min(think, cap)
            stop = "max_tokens"
            tool_calls = 0
        self.nreq += 1
        rid = "req_" + hashlib.blake2b(f"{self.seed}/{self.nreq}".encode(), digest_size=10).hexdigest()
        e = {"request_id": rid, "ts": iso(t), "account_id": aid, "ip": ip, "model": model, "prompt": prompt,
             "input_tokens": inp, "output_tokens": total, "api_key_id": key or self.default_key(aid),
             "user_agent": cl[1], "client_fingerprint": cl[2]}
        if system:
            e["system"] = system
        e["turns"] = turns
        if tools:
            e["tools"] = tools
            e["tool_calls"] = tool_calls
        if has_image:
            e["has_image"] = True
        if max_tokens:
            e["max_tokens"] = max_tokens
        if think:
            e["thinking_tokens"] = think
        e["stop_reason"] = stop
        day = (t - W0) // D
        self.fh[day].write(f"{t}\t{rid}\t{json.dumps(e, ensure_ascii=False, separators=(',', ':'))}\n")
        st = self.stats[grp[0]]
        st["events"] += 1
        st["accts"].add(aid)
        st["prompts"].add(hashlib.blake2b(prompt.encode(), digest_size=8).digest())
        if aid not in self.first_ev or t < self.first_ev[aid]:
            self.first_ev[aid] = t
        if t > self.last_ev.get(aid, 0):
            self.last_ev[aid] = t
        return True

    def default_key(self, aid):
        return "key_" + hashlib.blake2b(f"{self.seed}/key/{aid}".encode(), digest_size=5).hexdigest()


# typical visible output tokens per task kind: (median, log-sd)
OUT = {"reasoning": (900, 0.5), "coding": (800, 0.55), "grading": (380, 0.45), "rewrite": (520, 0.45),
       "datagen": (1600, 0.45), "agent_step": (160, 0.5), "agent_final": (650, 0.6), "chat": (230, 0.7),
       "homework": (280, 0.5), "catalog": (170, 0.35), "legal": (750, 0.4), "support": (210, 0.4),
       "promo": (380, 0.8), "mooc": (520, 0.5), "ping": (6, 0.3), "product": (300, 0.5)}

HUMAN = (0.3, 0.15, 0.08, 0.05, 0.05, 0.1, 0.3, 0.6, 0.9, 1.1, 1.2, 1.2, 1.1, 1.1, 1.15, 1.2, 1.15, 1.1,
         1.1, 1.2, 1.3, 1.2, 0.9, 0.6)
OFFICE = (0.02, 0.01, 0.01, 0.01, 0.01, 0.02, 0.05, 0.3, 0.9, 1.2, 1.2, 1.1, 0.7, 1.0, 1.2, 1.2, 1.1, 0.9,
          0.5, 0.3, 0.25, 0.2, 0.1, 0.05)
EVENING = (0.3, 0.1, 0.05, 0.02, 0.02, 0.05, 0.2, 0.4, 0.4, 0.3, 0.3, 0.4, 0.5, 0.5, 0.6, 0.8, 1.0, 1.2,
           1.4, 1.6, 1.7, 1.5, 1.1, 0.6)


def local_time(r, day, tz, weights=HUMAN):
    """A UTC ms time on window day `day` at an hour drawn from `weights` in local time."""
    h = r.choices(range(24), weights=weights)[0]
    return W0 + day * D + int((h - tz) * H) + r.randrange(H)


def weekday(day):
    return day % 7 < 5   # W0 is a Monday


def adopt_time(r, p, mean_days, min_h=2):
    if r.random() >= p:
        return None
    return RELEASE + int(min_h * H + r.expovariate(1.0 / (mean_days * D)))


# ---------------------------------------------------------------- background

def everyday(w, r):
    net = w.net
    ccs = list(COUNTRIES)
    cw = [9 if c == "US" else 4 if c in ("GB", "IN", "DE", "BR") else 2 if c in ("FR", "CA", "JP", "ES", "MX", "ID", "PH", "NG", "AU") else 1 for c in ccs]
    for _ in range(1900 * w.S):
        cc = r.choices(ccs, cw)[0]
        tz = COUNTRIES[cc][0]
        created = W0 - r.randrange(730 * D) if r.random() > 0.05 else W0 + r.randrange(12 * D)
        local = email_local(r)
        dom = LOCAL_FREEMAIL[cc] if cc in LOCAL_FREEMAIL and r.random() < 0.3 else T.pick(r, FREEMAIL)
        if r.random() < 0.06:
            dom = f"{T.pick(r, T.LAST)}{T.pick(r, ('studio', 'consulting', 'design', 'labs'))}.{T.pick(r, ('com', 'net', 'io', 'co'))}"
        ch = r.choices(("standard", "education", "startup", "research"), (85, 8, 4, 3))[0]
        aid = w.account("everyday_user", "benign", created, local=local, domain=dom,
                        pay=w.pay(r) if r.random() < 0.75 else None,
                        country=(cc if r.random() < 0.95 else T.pick(r, ccs)) if r.random() < 0.9 else None,
                        channel=ch, verified=r.random() < 0.25)
        dev = r.random() < 0.18
        stack = T.pick(r, SDK) if dev and r.random() < 0.7 else T.pick(r, CONSUMER)
        cl = client(r, stack)
        cap = CLIENT_CAP.get(stack) if stack in CLIENT_CAP else r.choice((None, 1024, 2048, 4096, 4096, 8192))
        mode = r.choices(("home", "mobile", "vpn", "campus"), (66, 24, 5, 5 if ch == "education" else 1))[0]
        home = net.home_ip(r, cc)
        dhcp_day = r.randrange(NDAYS) if r.random() < 0.08 else None
        home2 = net.home_ip(r, cc, v6ok=False)
        campus = T.pick(r, net.edu)
        p_day = min(0.95, math.exp(r.gauss(math.log(0.25), 0.8)))
        sess_mean = 1 + r.expovariate(1.0)
        base_model = r.choices(("heron-2", "heron-2-quick", "heron-1.5"), (75, 20, 5))[0]
        adopt = adopt_time(r, 0.55, 2.5)
        think_p = 0.08 if r.random() < 0.3 else 0.0
        for day in range(NDAYS):
            if r.random() > p_day:
                continue
            for _s in range(max(1, int(r.expovariate(1 / sess_mean)))):
                t = local_time(r, day, tz, HUMAN)
                if mode == "home":
                    ip = home2 if dhcp_day is not None and day >= dhcp_day else home
                elif mode == "mobile":
                    ip = net.mobile_ip(r, cc) if r.random() < 0.7 else home
                elif mode == "vpn":
                    ip = net.vpn_ip(r, cc) if r.random() < 0.8 else home
                else:
                    ip = Net.in16(r, campus) if weekday(day) and r.random() < 0.6 else home
                model = "heron-3" if adopt and t > adopt and r.random() < 0.7 else base_model
                x = r.random()
                if dev and x < 0.55:
                    kind = "coding"
                    first = T.harvest_item(r, "coding")
                elif x < 0.08:
                    kind, first = "homework", T.cot_prompt(r, p_ask=0.3) if r.random() < 0.5 else T.homework(r)
                elif x < 0.11:
                    kind, first = "datagen", T.data_gen(r)
                elif x < 0.13:
                    kind, first = "rewrite", T.safe_rewrite(r) if r.random() < 0.3 else "I read an article about " + T.pick(r, T.SENSITIVE) + ", should I be worried?"
                else:
                    kind, first = "chat", T.chat(r)
                n = 1 + int(r.expovariate(0.45))
                img = stack in ("android", "ios") and r.random() < 0.06
                for k in range(min(n, 14)):
                    p = first if k == 0 else T.followup(r)
                    w.ev(aid, t, ip, cl, model, p, kind if k == 0 else "chat", r, turns=2 * k + 1, max_tokens=cap,
                         thinking=1500 if r.random() < think_p else 0, hist=k * r.randint(150, 400), has_image=img and k == 0)
                    t += int(r.lognormvariate(math.log(50 * SEC), 0.8))


# ---------------------------------------------------------------- attack 1: gig-platform relay

def gig_relay(w, r):
    net = w.net
    ccs = ("KE", "NG", "PH", "IN", "PK", "VE", "BR", "EG", "BD", "ID", "CO", "UG", "GH")
    workers = []
    for _ in range(220 * w.S):
        cc = T.pick(r, ccs)
        recruited = r.random() < 0.3
        created = W0 - (r.randint(1, 16) * D + r.randrange(D) if recruited else int(r.lognormvariate(math.log(200), 0.8) * D))
        local = email_local(r)
        aid = w.account("gig_relay", "attack", created, campaign="gig-1", local=local,
                        domain=T.pick(r, FREEMAIL), pay=w.pay(r) if r.random() < 0.75 else None, country=cc,
                        channel="education" if r.random() < 0.15 else "standard", verified=r.random() < 0.25)
        stack = r.choices(("chrome", "android", "desktop", "firefox"), (50, 28, 14, 8))[0]
        cap = r.choice((16000, 32000)) if r.random() < 0.35 else CLIENT_CAP[stack]
        workers.append(dict(aid=aid, cc=cc, tz=COUNTRIES[cc][0], cl=client(r, stack), cap=cap,
                            mobile=r.random() < 0.4, home=net.home_ip(r, cc, v6ok=False),
                            p_on=r.uniform(0.45, 0.9), p_join=r.uniform(0.3, 0.7), start=r.randrange(3),
                            stop=NDAYS - r.randrange(3)))
    kinds = ("reasoning", "coding", "rewrite", "grading", "datagen", "agentic")
    kw = (35, 20, 15, 15, 10, 5)
    guide_switch = RELEASE + 28 * H
    # the platform publishes task drops through the day and night
    drops = []
    for day in range(NDAYS):
        for _ in range(r.randint(5, 8)):
            drops.append(W0 + day * D + r.randrange(D))
    drops.sort()
    online = {}
    for dt in drops:
        day = (dt - W0) // D
        for wk in workers:
            if not (wk["start"] <= day < wk["stop"]):
                continue
            k = (wk["aid"], day)
            if k not in online:
                online[k] = r.random() < wk["p_on"]
            if not online[k]:
                continue
            lh = ((dt - W0) / H + wk["tz"]) % 24
            if lh < 7 or r.random() > wk["p_join"] * HUMAN[int(lh)] / 1.2:
                continue
            t = dt + int(r.expovariate(1 / (6 * MIN)))
            ip = net.mobile_ip(r, wk["cc"]) if wk["mobile"] else wk["home"]
            for _ in range(r.randint(2, 8)):
                kind = r.choices(kinds, kw)[0]
                model = "heron-3" if t > guide_switch and r.random() < 0.5 else "heron-2"
                ok = w.ev(wk["aid"], t, ip, wk["cl"], model, T.gig_task(r, kind), kind, r, max_tokens=wk["cap"],
                          out=None if wk["cap"] and wk["cap"] <= 8192 else int(OUT.get(kind, (700, .5))[0] * 1.6 * math.exp(r.gauss(0, .4))))
                t += int(r.uniform(90, 360) * SEC)
                if ok and r.random() < 0.2:
                    w.ev(wk["aid"], t, ip, wk["cl"], model, T.verify_followup(r), kind, r, turns=3,
                         max_tokens=wk["cap"], hist=r.randint(600, 1800))
                    t += int(r.uniform(60, 200) * SEC)
    # their own everyday use of the same accounts
    for wk in workers:
        for day in range(NDAYS):
            if r.random() < 0.3:
                t = local_time(r, day, wk["tz"], EVENING)
                ip = net.mobile_ip(r, wk["cc"]) if wk["mobile"] else wk["home"]
                for k in range(r.randint(1, 4)):
                    w.ev(wk["aid"], t, ip, wk["cl"], "heron-2", T.chat(r) if k == 0 else T.followup(r), "chat", r,
                         turns=2 * k + 1, max_tokens=wk["cap"], hist=k * 200)
                    t += r.randint(20, 150) * SEC


# ---------------------------------------------------------------- attack 2: trial-credit farm with staggered turnover

FARM_TLDS = ("xyz", "site", "online", "store", "top", "space", "click", "fun")
FARM_WORDS = ("amber", "north", "pixel", "cedar", "lumen", "orbit", "maple", "slate", "quartz", "river", "ember", "falcon",
              "harbor", "meadow", "nimbus", "copper", "willow", "zephyr", "basil", "tundra")
EDU_FAKE = ("student.uetm.edu.pk", "mail.kdu.edu.bd", "stud.fedpoly-ije.edu.ng", "alumni.itsv.edu.mx", "s.ucp.edu.ph")


def trial_farm(w, r):
    net = w.net
    domains = sorted({f"{r.choice(FARM_WORDS)}{r.choice(FARM_WORDS)}.{r.choice(FARM_TLDS)}" for _ in range(30)})
    targets = ("US", "US", "US", "GB", "DE", "CA", "AU", "JP", "SG", "NL", "FR")
    stacks = ("py", "py", "node", "go")
    kinds = ("reasoning", "coding", "grading", "rewrite", "datagen")
    kw = (40, 25, 15, 10, 10)
    slots = 18 * w.S
    for s in range(slots):
        t = W0 - r.randrange(6 * H)
        while t < W1:
            ch = r.choices(("standard", "education", "startup"), (70, 20, 10))[0]
            if ch == "education":
                dom, local = T.pick(r, EDU_FAKE), f"{r.choice('abcdefghkmst')}{r.randint(10, 24)}{r.randint(1000, 99999)}"
            elif r.random() < 0.55:
                dom, local = T.pick(r, domains), email_local(r)
            else:
                dom, local = T.pick(r, FREEMAIL), email_local(r)
            cc = T.pick(r, targets)
            card = r.random() < 0.2
            aid = w.account("trial_credit_farm", "attack", t, campaign="tcf-1", local=local, domain=dom,
                            pay=w.pay(r) if card else None, country=cc if card else None, channel=ch)
            budget = r.randint(120_000, 180_000) * (2 if ch == "education" else 1)
            cl = client(r, T.pick(r, stacks))
            gap = r.uniform(3, 14) * MIN
            pool = net.resi[cc]
            ip = T.pick(r, pool)
            rot = r.randint(15, 40)
            used, n = 0, 0
            t += r.randint(1, 10) * MIN
            cap = r.choice((8192, 16384, 16384, 32000))
            while used < budget and t < W1:
                kind = r.choices(kinds, kw)[0]
                think = r.choice((2500, 4000, 6000)) if kind == "reasoning" and r.random() < 0.6 else 0
                model = "heron-3" if t > RELEASE + 2 * H and r.random() < 0.45 else "heron-2"
                use_ip = net.in16(r, net.restricted["CN"]) if r.random() < 0.015 else ip
                before = w.nreq
                w.ev(aid, t, use_ip, cl, model, T.harvest_item(r, kind, p_ask=0.5), kind, r, max_tokens=cap, thinking=think)
                if w.nreq > before:
                    used += 2600 + (think or 0)  # rough cost the operator's script tracks
                n += 1
                if n % rot == 0:
                    ip = T.pick(r, pool)
                if r.random() < 0.08:
                    w.ev(aid, t + r.randint(20, 90) * SEC, use_ip, cl, model, T.verify_followup(r), kind, r,
                         turns=3, max_tokens=cap, hist=r.randint(500, 2500))
                t += int(r.expovariate(1 / gap)) + 5 * SEC
                if r.random() < 0.02:
                    t += r.randint(20, 120) * MIN
            t += r.randint(2, 45) * MIN  # the slot's next account


# ---------------------------------------------------------------- the accelerator: genuine startups and fronts

CO_A = ("Tessellate", "Brindle", "Quanta", "Mosaic", "Parable", "Hearth", "Lattice", "Fathom", "Kiln", "Verdant", "Sable",
        "Ember", "Cobalt", "Juniper", "Halcyon", "Runway", "Pylon", "Tandem", "Skein", "Marrow", "Gable", "Oriel", "Plinth",
        "Cairn", "Dovetail", "Ferrule", "Glyph", "Inkwell", "Loom", "Nib", "Quill", "Spindle", "Trellis", "Wicket", "Yarrow",
        "Zither", "Bramble", "Corbel", "Damask", "Eyelet", "Fescue", "Gusset", "Hatch", "Ingot")
CO_B = ("Labs", "AI", "HQ", "Systems", "Works", "Health", "Learning", "Legal", "Ops")
ONBOARD = ms(2026, 6, 8, 16)


def accelerator(w, r):
    net = w.net
    names = list(CO_A)
    r.shuffle(names)
    genuine = 36 * w.S
    fronts = 7 * w.S
    hqs = ("US",) * 6 + ("GB", "DE", "IN", "CA", "FR", "NL", "SG", "IL", "BR")
    ptypes = [p for p, _ in T.STARTUP_PRODUCTS]
    front_types = ("tutor", "codereview", "compliance", "agentops", "feedback", "tutor", "codereview")
    reg_for = {"US": "us-east", "CA": "us-east", "BR": "sa-east", "GB": "eu-west", "DE": "eu-central", "FR": "eu-central",
               "NL": "eu-west", "IL": "eu-central", "IN": "ap-southeast", "SG": "ap-southeast"}
    for i in range(genuine + fronts):
        front = i >= genuine
        nm = names[i % len(names)] + ("" if i < len(names) else str(i // len(names)))
        co = f"{nm} {T.pick(r, CO_B)}"
        dom = f"{nm.lower()}{T.pick(r, ('', 'hq', 'labs', 'app'))}.{T.pick(r, ('ai', 'io', 'com', 'co', 'dev'))}"
        org = f"org_{nm.lower()}_{r.randint(100, 999)}"
        hq = T.pick(r, ("US", "US", "US", "US", "GB", "CA", "SG")) if front else T.pick(r, hqs)
        tz = COUNTRIES[hq][0]
        ptype = front_types[(i - genuine) % len(front_types)] if front else T.pick(r, ptypes)
        system = dict(T.STARTUP_PRODUCTS)[ptype].format(co=co)
        card = w.pay(r) if r.random() < 0.4 else None
        grp, lab, camp = ("accelerator_fronts", "attack", "acf-1") if front else ("accelerator_cohort", "benign", None)
        nseats = r.randint(4, 7) if front else r.randint(2, 5)
        office = net.home_ip(r, hq, v6ok=False)
        stack = T.pick(r, ("py", "node", "plugin", "py", "node"))
        t0 = ONBOARD + r.randrange(int(3.5 * H))
        seats = []
        for k in range(nseats):
            later = (not front) and k > 1 and r.random() < 0.2
            created = t0 + k * r.randint(1, 12) * MIN + (r.randint(1, 9) * D if later else 0)
            local = T.pick(r, T.FIRST) if k == 0 else (f"{T.pick(r, T.FIRST)}.{T.pick(r, T.LAST)}" if r.random() < 0.5 else T.pick(r, T.FIRST))
            aid = w.account(grp, lab, created, campaign=camp, hard=not front, org=org, domain=dom, local=local, pay=card,
                            country=hq, channel="startup", verified=(k == 0) or r.random() < 0.3)
            seats.append((aid, created))
        launch_day = r.randint(1, 8)
        if front:
            # one or two seats behave like founders; the rest are the "product backend" and pull harvest jobs
            region = T.pick(r, ("ap-southeast", "ap-east", "ap-southeast"))
            nat = [net.cloud_ip(r, region) for _ in range(r.randint(2, 3))]
            bstack = T.pick(r, ("py", "node"))
            for k, (aid, created) in enumerate(seats):
                if k < 2:
                    cl = client(r, T.pick(r, ("chrome", "plugin", "py")))
                    for day in range(NDAYS):
                        if not weekday(day) or r.random() < 0.3:
                            continue
                        for _ in range(r.randint(4, 18)):
                            t = local_time(r, day, tz, OFFICE)
                            ip = T.pick(r, net.resi[hq]) if hq in net.resi else office
                            w.ev(aid, t, ip, cl, "heron-2", T.startup_user_prompt(r, ptype) if r.random() < 0.6 else T.chat(r),
                                 "product", r, max_tokens=CLIENT_CAP.get(cl[0], 4096))
                    continue
                cl = client(r, bstack)
                cap = r.choice((8192, 16384))
                rate0 = r.uniform(20, 35)
                growth = r.uniform(1.12, 1.2)
                for day in range(launch_day, NDAYS):
                    n = int(rate0 * growth ** (day - launch_day) * r.uniform(0.85, 1.15))
                    for _ in range(n):
                        t = W0 + day * D + r.randrange(D)
                        model = "heron-3" if t > RELEASE + 30 * H and r.random() < 0.3 else "heron-2"
                        think = 3000 if ptype in ("tutor", "codereview") and r.random() < 0.4 else 0
                        kind = {"tutor": "reasoning", "codereview": "coding", "compliance": "rewrite",
                                "agentops": "agent_final", "feedback": "grading"}.get(ptype, "datagen")
                        tools = T.TOOLSETS[3] if ptype == "agentops" else None
                        w.ev(aid, t, T.pick(r, nat), cl, model, T.front_backend_prompt(r, ptype), kind, r, system=system,
                             tools=tools, tool_calls=r.randint(1, 3) if tools and r.random() < 0.6 else 0,
                             max_tokens=cap, thinking=think)
            continue
        # genuine startup
        region = reg_for.get(hq, "us-east")
        nat = [net.cloud_ip(r, region) for _ in range(r.randint(1, 3))]
        has_backend = r.random() < 0.55 and len(seats) >= 2
        adopt_dev = adopt_time(r, 0.8, 1.0, 1)
        evalset = [T.startup_user_prompt(r, ptype) for _ in range(r.randint(30, 70))] if r.random() < 0.3 else None
        for k, (aid, created) in enumerate(seats):
            cday = max(0, (created - W0) // D)
            if has_backend and k == len(seats) - 1:
                cl = client(r, T.pick(r, ("py", "node", "go")))
                cap = r.choice((1024, 2048, 4096))
                base = r.choice(("heron-2-quick", "heron-2"))
                traction = r.uniform(15, 180)
                sw = adopt_time(r, 0.5, 3, 24)
                for day in range(max(cday, launch_day), NDAYS):
                    n = int(traction * min(1.0, 0.3 + 0.15 * (day - launch_day)) * r.uniform(0.7, 1.2))
                    for _ in range(n):
                        t = local_time(r, day, tz, HUMAN)
                        model = "heron-3" if sw and t > sw and r.random() < 0.5 else base
                        tools = T.TOOLSETS[6] if ptype in ("agentops", "support") else None
                        w.ev(aid, t, T.pick(r, nat), cl, model, T.startup_user_prompt(r, ptype), "product", r, system=system,
                             tools=tools, tool_calls=1 if tools and r.random() < 0.4 else 0, max_tokens=cap)
                continue
            cl = client(r, stack if r.random() < 0.8 else T.pick(r, ("chrome", "plugin")))
            home = net.home_ip(r, hq)
            for day in range(cday, NDAYS):
                if not weekday(day) and r.random() < 0.7:
                    continue
                for _ in range(r.randint(1, 4)):
                    t = local_time(r, day, tz, OFFICE if weekday(day) else HUMAN)
                    ip = office if weekday(day) and r.random() < 0.75 else home
                    model = "heron-3" if adopt_dev and t > adopt_dev and r.random() < 0.6 else "heron-2"
                    if cl[0] == "plugin" or r.random() < 0.35:
                        steps = r.randint(2, 14)
                        goal = T.plugin_task(r)
                        for s in range(steps):
                            last = s == steps - 1
                            w.ev(aid, t, ip, cl, model, goal if s == 0 else T.tool_result(r, T.pick(r, T.PLUGIN_TOOLS)),
                                 "agent_final" if last else "agent_step", r, system=T.PLUGIN_SYSTEM, tools=T.PLUGIN_TOOLS,
                                 tool_calls=0 if last else r.randint(1, 3), turns=2 * s + 1, max_tokens=8192,
                                 hist=s * r.randint(300, 900))
                            t += r.randint(3, 40) * SEC
                    else:
                        for s in range(r.randint(1, 5)):
                            p = (T.startup_user_prompt(r, ptype) if r.random() < 0.4 else T.harvest_item(r, "coding")) if s == 0 else T.followup(r)
                            w.ev(aid, t, ip, cl, model, p, "coding", r, system=system if r.random() < 0.3 else None,
                                 turns=2 * s + 1, max_tokens=4096, hist=s * 400)
                            t += r.randint(30, 300) * SEC
            if evalset and k == 0:
                runs = [W0 + d * D + int((14 - tz) * H) for d in (2, 9)]
                if adopt_dev:
                    runs.append(adopt_dev + r.randint(1, 6) * H)
                for rt in runs:
                    model = "heron-3" if rt > RELEASE else "heron-2"
                    t = rt
                    for p in evalset:
                        w.ev(aid, t, office, client(r, "py", 0), model, p, "product", r, system=system, max_tokens=2048)
                        t += r.randint(300, 2500)


# ---------------------------------------------------------------- batch work: the pivot operator and a genuine customer

BATCH_SYSTEMS = {
    "reasoning": ("Solve the problem. Provide a complete, rigorous solution.",
                  "You are an expert problem solver. Produce a full worked solution and a final answer line."),
    "coding": ("Write correct, idiomatic code with tests. Explain design decisions.",
               "You are a senior engineer. Return the full implementation and its tests."),
    "grading": ("Evaluate the response against the rubric. Output per-criterion scores with rationales.",),
    "rewrite": ("Answer helpfully while following safety best practice. Note any part you decline.",),
    "datagen": ("Generate high-quality, diverse examples following the instructions exactly.",),
    "agentic": ("You are an agent. Decide which tool to call next and why.",),
}


def batch_ops(w, r):
    net = w.net
    shells = [("Lattice Data Services Pte Ltd", "latticedata.sg", "SG", ["ap-southeast"]),
              ("Northgate Analytics FZ-LLC", "northgate-analytics.ae", "AE", ["me-central", "vps"])]
    if w.S > 1:
        shells += [("Meridian Insight Partners Ltd", "meridian-insight.hk", "HK", ["ap-east"]),
                   ("Brightwater Research Sdn Bhd", "brightwater-research.my", "SG", ["ap-southeast"]),
                   ("Corvane Data FZE", "corvane.ae", "AE", ["me-central"]),
                   ("Oakline Knowledge Pte Ltd", "oakline.sg", "SG", ["ap-southeast"]),
                   ("Westmarch Analytics Ltd", "westmarch.hk", "HK", ["ap-east", "vps"]),
                   ("Silverpine AI Services", "silverpine.ae", "AE", ["me-central"])]
    pivot = RELEASE + int(r.uniform(3, 9) * H)
    w.campaign_pivot["bat-1"] = pivot
    kinds = ("reasoning", "coding", "grading", "rewrite", "datagen", "agentic")
    kw = (38, 25, 14, 9, 8, 6)
    for name, dom, cc, where in shells:
        org = "org_" + dom.split(".")[0].replace("-", "")
        inv = f"inv_{r.getrandbits(40):010x}"
        c0 = W0 - r.randint(45, 70) * D + r.randrange(D)
        ips = []
        for x in where:
            ips.append(Net.in16(r, net.vps["Gulfhost FZ"]) if x == "vps" else net.cloud_ip(r, x))
        ips.append(net.cloud_ip(r, where[0]))
        for k, role in enumerate(("batch-a", "batch-b", "batch-c", "ops")):
            aid = w.account("batch_pivot", "attack", c0 + k * r.randint(2, 9) * MIN, campaign="bat-1", org=org, domain=dom,
                            local=T.pick(r, ("api", "data", "ml", "ops", "eng", "platform")) + ("" if k == 0 else str(k)),
                            pay=inv, country=cc, channel="enterprise", verified=True)
            cl = client(r, "py", 0 if role != "ops" else 3)
            keys = [w.key(r) for _ in range(r.randint(2, 4))]
            if role == "ops":
                for day in range(NDAYS):
                    for _ in range(r.randint(4, 16)):
                        t = local_time(r, day, COUNTRIES[cc][0], OFFICE)
                        p = T.pick(r, ("ping", "Reply with OK.", "Return {\"status\": \"ok\"} as JSON.",
                                       "Say hello in five languages.", T.chat(r), T.coding_task(r)))
                        w.ev(aid, t, ips[0], cl, "heron-3" if t > pivot and r.random() < 0.5 else "heron-2", p,
                             "ping" if len(p) < 40 else "chat", r, max_tokens=r.choice((64, 256, 1024)), key=keys[0])
                continue
            for day in range(NDAYS):
                if r.random() < 0.2:
                    continue
                for _ in range(r.choice((1, 1, 2))):
                    sub = W0 + day * D + r.randrange(D)
                    kind = r.choices(kinds, kw)[0]
                    size = r.randint(80, 260)
                    span = r.uniform(20, 180) * MIN
                    if sub > pivot:
                        model = "heron-3" if r.random() < 0.5 else "heron-2"
                    else:
                        model = "heron-2"
                    if pivot <= sub < pivot + 4 * H or (sub < pivot < sub + span):
                        model, sub = "heron-3", max(sub, pivot)
                    system = T.pick(r, BATCH_SYSTEMS[kind])
                    ip = T.pick(r, ips)
                    key = T.pick(r, keys)
                    times = sorted(sub + r.randrange(int(span)) for _ in range(size))
                    think_budget = r.choice((8000, 16000, 24000)) if kind in ("reasoning", "coding") else 0
                    for t in times:
                        if kind == "agentic":
                            ts = T.pick(r, T.TOOLSETS)
                            p = T.agent_goal(r) + "\n\n" + T.tool_result(r, T.pick(r, ts))
                            w.ev(aid, t, ip, cl, model, p, "agent_step", r, system=system, tools=ts,
                                 tool_calls=r.randint(1, 2), turns=r.choice((1, 3, 5)), max_tokens=4096, key=key,
                                 hist=r.randint(0, 1500))
                        else:
                            w.ev(aid, t, ip, cl, model, T.harvest_item(r, kind, p_ask=0.4), kind, r, system=system,
                                 max_tokens=32000 if kind == "reasoning" else 16000,
                                 thinking=int(think_budget * 0.25) if think_budget else 0, key=key,
                                 out=int(OUT[kind][0] * 1.5 * math.exp(r.gauss(0, 0.45))))


def batch_enrichment(w, r):
    net = w.net
    for rep in range(w.S if w.S == 1 else 2):
        sfx = "" if rep == 0 else f"-{rep + 1}"
        org = f"org_shelfwise{sfx.replace('-', '')}"
        pf = w.pay(r)
        nat = [net.cloud_ip(r, "us-east") for _ in range(2)]
        c0 = W0 - r.randint(200, 400) * D
        stage_run = RELEASE + int(r.uniform(18, 26) * H)
        for k, role in enumerate(("prod-batch", "prod-sync", "staging")):
            aid = w.account("batch_enrichment", "benign", c0 + k * r.randint(1, 60) * D, hard=True, org=org,
                            domain=f"shelfwise{sfx}.com", local=T.pick(r, ("platform", "data-eng", "ml")) + f".{role}",
                            pay=pf, country="US", channel="enterprise", verified=True)
            cl = client(r, "py", 0)
            for day in range(NDAYS):
                if role == "prod-batch":
                    for _ in range(r.choice((1, 1, 2))):
                        sub = W0 + day * D + int((2 + 4) * H) + r.randrange(2 * H)
                        size = r.randint(350, 800)
                        span = r.uniform(40, 200) * MIN
                        for t in sorted(sub + r.randrange(int(span)) for _ in range(size)):
                            w.ev(aid, t, nat[0], cl, "heron-2-quick", T.catalog_item(r), "catalog", r,
                                 system=T.CATALOG_SYSTEM, max_tokens=1024)
                elif role == "prod-sync":
                    for _ in range(int(r.uniform(80, 220) * (1 if weekday(day) else 0.4))):
                        t = local_time(r, day, -5, OFFICE)
                        w.ev(aid, t, T.pick(r, nat), cl, "heron-2-quick", T.catalog_item(r), "catalog", r,
                             system=T.CATALOG_SYSTEM, max_tokens=1024)
                else:
                    if weekday(day) and r.random() < 0.5:
                        t = local_time(r, day, -5, OFFICE)
                        for _ in range(r.randint(10, 40)):
                            w.ev(aid, t, nat[1], cl, "heron-2", T.catalog_item(r), "catalog", r, system=T.CATALOG_SYSTEM,
                                 max_tokens=1024)
                            t += r.randint(500, 4000)
            if role == "staging":
                for t in sorted(stage_run + r.randrange(int(50 * MIN)) for _ in range(300)):
                    w.ev(aid, t, nat[1], cl, "heron-3", T.catalog_item(r), "catalog", r, system=T.CATALOG_SYSTEM, max_tokens=1024)
    # a law firm's evening review batches
    pf = w.pay(r)
    c0 = W0 - r.randint(100, 300) * D
    switch = RELEASE + int((4 * 24 + r.uniform(-3, 3)) * H)
    for k in range(2 * (1 if w.S == 1 else 2)):
        aid = w.account("batch_enrichment", "benign", c0 + k * 30 * D, hard=True, org="org_clauseco", domain="clauseco.law",
                        local=f"{T.pick(r, T.FIRST)}.{T.pick(r, T.LAST)}", pay=pf, country="GB", channel="enterprise",
                        verified=True)
        cl = client(r, "dotnet")
        for day in range(NDAYS):
            if not weekday(day):
                continue
            sub = W0 + day * D + int((18 - 1) * H) + r.randrange(3 * H)
            model = "heron-3" if sub > switch else "heron-2"
            for t in sorted(sub + r.randrange(int(90 * MIN)) for _ in range(r.randint(60, 200))):
                w.ev(aid, t, T.pick(r, net.clause_office), cl, model, T.legal_item(r), "legal", r, system=T.LEGAL_SYSTEM,
                     max_tokens=16000, thinking=2500)


# ---------------------------------------------------------------- the coding plugin: genuine users and agent-wrapped harvest

def plugin_users(w, r):
    net = w.net
    ccs = ("US", "US", "US", "GB", "DE", "IN", "CA", "FR", "NL", "BR", "PL", "SE", "JP", "AU", "ES", "IL", "KR")
    for _ in range(240 * w.S):
        cc = T.pick(r, ccs)
        tz = COUNTRIES[cc][0]
        local = email_local(r)
        aid = w.account("byok_plugin_users", "benign", W0 - int(r.uniform(3, 600) * D), hard=True, local=local,
                        domain=T.pick(r, FREEMAIL) if r.random() < 0.7 else f"{local.split('.')[0].split('_')[0]}.dev",
                        pay=w.pay(r), country=cc, channel=r.choice(("standard",) * 8 + ("startup",)), verified=r.random() < 0.35)
        cl = client(r, "plugin")
        cap = r.choices((8192, 16384, 4096), (70, 20, 10))[0]
        home = net.home_ip(r, cc)
        office = net.home_ip(r, cc, v6ok=False) if r.random() < 0.5 else home
        loops_mean = math.exp(r.gauss(math.log(1.8), 0.7))
        think = 0.5 if r.random() < 0.2 else 0
        adopt = adopt_time(r, 0.75, 0.8, 1)
        p_work = r.uniform(0.5, 0.95)
        for day in range(NDAYS):
            if (weekday(day) and r.random() > p_work) or (not weekday(day) and r.random() > 0.15):
                continue
            for _ in range(max(1, int(r.expovariate(1 / loops_mean)))):
                t = local_time(r, day, tz, OFFICE if weekday(day) else HUMAN)
                ip = office if weekday(day) else home
                model = "heron-3" if adopt and t > adopt and r.random() < 0.8 else "heron-2"
                steps = min(30, 2 + int(r.expovariate(1 / 5)))
                goal = T.plugin_task(r) if r.random() < 0.85 else T.debug_task(r)
                for s in range(steps):
                    last = s == steps - 1
                    w.ev(aid, t, ip, cl, model, goal if s == 0 else T.tool_result(r, T.pick(r, T.PLUGIN_TOOLS)),
                         "agent_final" if last else "agent_step", r, system=T.PLUGIN_SYSTEM, tools=T.PLUGIN_TOOLS,
                         tool_calls=0 if last else r.randint(1, 3), turns=2 * s + 1, max_tokens=cap,
                         thinking=1200 if think and r.random() < think else 0, hist=s * r.randint(400, 1200))
                    t += int(r.lognormvariate(math.log(9 * SEC), 0.7))


def agent_wrapped(w, r):
    net = w.net
    ccs = ("US", "US", "CA", "GB", "DE", "NL")
    kinds = ("reasoning", "coding", "grading", "rewrite", "datagen")
    kw = (35, 25, 15, 10, 15)
    for _ in range(60 * w.S):
        cc = T.pick(r, ccs)
        tz = COUNTRIES[cc][0]
        local = email_local(r)
        aid = w.account("agent_wrapped", "attack", W0 - int(r.uniform(10, 60) * D), campaign="agw-1", local=local,
                        domain=T.pick(r, FREEMAIL) if r.random() < 0.75 else f"{local.split('.')[0].split('_')[0]}.dev",
                        pay=w.pay(r), country=cc, channel="startup" if r.random() < 0.1 else "standard",
                        verified=r.random() < 0.2)
        cl = client(r, "plugin")
        cap = r.choice((8192, 8192, 16384))
        start = r.randint(0, 3)
        sticky_until, ip = 0, None
        wide = (0.3, 0.2, 0.1, 0.05, 0.05, 0.1, 0.2, 0.6, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0.9, 0.6)
        for day in range(start, NDAYS):
            if r.random() < 0.1:
                continue
            for _ in range(r.randint(4, 9)):
                t = local_time(r, day, tz, wide)
                if t > sticky_until:
                    ip, sticky_until = T.pick(r, net.resi[cc]), t + int(r.uniform(1, 6) * H)
                kind = r.choices(kinds, kw)[0]
                model = "heron-3" if t > RELEASE + 24 * H and r.random() < 0.4 else "heron-2"
                steps = r.randint(3, 9)
                for s in range(steps):
                    last = s == steps - 1
                    if s == 0:
                        p = T.wrapped_task(r)
                    elif s == 1:
                        p = T.wrapped_tool_result(r, kind)
                    else:
                        p = T.tool_result(r, T.pick(r, T.PLUGIN_TOOLS))
                    w.ev(aid, t, ip, cl, model, p, ("reasoning" if kind == "reasoning" else "agent_final") if last else "agent_step",
                         r, system=T.PLUGIN_SYSTEM, tools=T.PLUGIN_TOOLS, tool_calls=0 if last else r.randint(1, 2),
                         turns=2 * s + 1, max_tokens=cap, thinking=2000 if last and r.random() < 0.3 else 0,
                         hist=s * r.randint(400, 1500),
                         out=int(1400 * math.exp(r.gauss(0, 0.5))) if last else None)
                    t += int(r.lognormvariate(math.log(7 * SEC), 0.6))


# ---------------------------------------------------------------- fabricated dialogues over static ISP proxies

def synthetic_dialogue(w, r):
    net = w.net
    kinds = ("reasoning", "rewrite", "coding", "grading")
    kw = (40, 25, 20, 15)
    batches = sorted(W0 - r.randint(5, 35) * D + r.randrange(D) for _ in range(12 * w.S))
    for i in range(150 * w.S):
        b = batches[i % len(batches)]
        cc = "US" if r.random() < 0.7 else "GB"
        tz = r.choice((-4, -5, -7)) if cc == "US" else 1
        a, bb, c = T.pick(r, net.ispproxy[cc])
        ip = f"{a}.{bb}.{c}.{r.randint(2, 253)}"
        ip2 = f"{a}.{bb}.{c}.{r.randint(2, 253)}"
        moved = r.randrange(NDAYS) if r.random() < 0.1 else None
        local = email_local(r)
        aid = w.account("synthetic_dialogue", "attack", b + r.randrange(int(50 * MIN)), campaign="syn-1", local=local,
                        domain=T.pick(r, FREEMAIL[:8]), pay=w.pay(r), country=cc, verified=r.random() < 0.12)
        cl = client(r, T.pick(r, ("py", "py", "py", "node")))
        cap = r.choices((4096, 8192, None), (50, 30, 20))[0]
        start = r.randint(0, 3)
        personas = r.sample(T.SYN_PERSONAS, r.randint(2, 5))
        for day in range(start, NDAYS):
            if r.random() < 0.15:
                continue
            n = r.randint(10, 24)
            t = local_time(r, day, tz, (0,) * 8 + (1,) * 15 + (0,))
            for _ in range(n):
                kind = r.choices(kinds, kw)[0]
                model = "heron-3" if t > RELEASE + int(r.uniform(30, 60) * H) and r.random() < 0.35 else "heron-2"
                turns = r.choice((5, 7, 7, 9, 9, 11, 13, 15, 17))
                w.ev(aid, t, ip2 if moved is not None and day >= moved else ip, cl, model, T.syn_last_turn(r, kind), kind, r,
                     system=T.pick(r, personas), turns=turns, hist=turns * r.randint(90, 320), max_tokens=cap,
                     thinking=1800 if r.random() < 0.15 else 0)
                t += int(r.lognormvariate(math.log(2 * MIN), 0.9))


# ---------------------------------------------------------------- other hard negatives

MOOC_RELEASES = (ms(2026, 6, 8, 15), ms(2026, 6, 15, 15))
MOOC_DUE = (ms(2026, 6, 14, 23, 59), ms(2026, 6, 21, 23, 59))


def mooc(w, r):
    net = w.net
    ccs = ("IN", "NG", "US", "BR", "EG", "PK", "ID", "MX", "VN", "PH", "KE", "GB", "DE", "TR", "CO", "BD", "ES", "PL")
    nb_ips = [Net.in16(r, net.notebook) for _ in range(40 * w.S)]
    for _ in range(400 * w.S):
        cc = T.pick(r, ccs)
        tz = COUNTRIES[cc][0]
        fresh = r.random() < 0.6
        created = W0 - (r.randint(0, 20) * D + r.randrange(D) if fresh else int(r.uniform(30, 700) * D))
        edu = r.random() < 0.6
        local = email_local(r)
        aid = w.account("mooc_learners", "benign", created, hard=True, local=local, domain=T.pick(r, FREEMAIL),
                        pay=None if edu and r.random() < 0.8 else w.pay(r), country=cc if r.random() < 0.8 else None,
                        channel="education" if edu else "standard", verified=r.random() < 0.1)
        notebook = r.random() < 0.2
        cl = client(r, "py", 0) if notebook else client(r, T.pick(r, CONSUMER))
        cap = 1024 if notebook else CLIENT_CAP.get(cl[0])
        home = net.home_ip(r, cc)
        mobile = r.random() < 0.35
        diligent = r.uniform(0.2, 1.0)
        for wk in range(2):
            rel, due = MOOC_RELEASES[wk], MOOC_DUE[wk]
            if r.random() > 0.4 + 0.5 * diligent:
                continue
            nsess = r.randint(1, 4)
            for _s in range(nsess):
                x = r.random()
                if x < 0.3:
                    t = rel + int(r.expovariate(1 / (20 * H)))
                elif x < 0.75:
                    t = due - int(r.expovariate(1 / (14 * H)))
                else:
                    t = rel + r.randrange(due - rel)
                lh = ((t - W0) / H + tz) % 24
                if 1.5 < lh < 7 and r.random() < 0.8:
                    t += int((8 - lh) * H)
                if t > due:
                    t = due - r.randrange(3 * H)
                ip = T.pick(r, nb_ips) if notebook else (net.mobile_ip(r, cc) if mobile else home)
                for k in range(r.randint(2, 12)):
                    if notebook:
                        w.ev(aid, t, ip, cl, "heron-2", T.mooc_prompt(r, wk), "mooc", r, system=T.MOOC_NOTEBOOK_SYSTEM,
                             max_tokens=cap)
                    else:
                        p = T.mooc_prompt(r, wk) if k == 0 or r.random() < 0.4 else (
                            T.mooc_followup(r) if r.random() < 0.8 else T.followup(r))
                        w.ev(aid, t, ip, cl, "heron-2", p, "mooc", r, turns=2 * (k % 6) + 1, max_tokens=cap,
                             hist=(k % 6) * 350)
                    t += int(r.lognormvariate(math.log(75 * SEC), 0.7))


def households(w, r):
    net = w.net
    ccs = ("US", "US", "GB", "DE", "CA", "AU", "FR", "IN", "BR", "ES", "IT", "NL", "SE", "JP", "MX", "PL")
    n_acc = 0
    while n_acc < 280 * w.S:
        cc = T.pick(r, ccs)
        tz = COUNTRIES[cc][0]
        size = r.choices((2, 3, 4), (45, 35, 20))[0]
        pf = w.pay(r)
        last = T.pick(r, T.LAST)
        dom = T.pick(r, FREEMAIL) if r.random() < 0.9 else f"{last}family.net"
        burst = r.random() < 0.6
        t0 = W0 - int(r.uniform(3, 500) * D) - r.randrange(D)
        home = net.home_ip(r, cc)
        for k in range(size):
            created = t0 + (k * r.randint(3, 70) * MIN if burst else k * r.randint(5, 200) * D // 3)
            role = "parent" if k < 2 else "kid"
            local = f"{T.pick(r, T.FIRST)}.{last}" if role == "parent" else f"{T.pick(r, T.FIRST)}{r.randint(2008, 2014)}"
            aid = w.account("household_shared_card", "benign", min(created, W0 - H), hard=True, local=local, domain=dom,
                            pay=pf, country=cc, verified=k == 0 and r.random() < 0.5)
            n_acc += 1
            stack = T.pick(r, CONSUMER) if role == "kid" or r.random() < 0.8 else T.pick(r, SDK)
            cl = client(r, stack)
            p_day = r.uniform(0.15, 0.7)
            for day in range(NDAYS):
                if r.random() > p_day:
                    continue
                t = local_time(r, day, tz, EVENING if role == "kid" else HUMAN)
                ip = home if r.random() < 0.8 else net.mobile_ip(r, cc)
                for j in range(r.randint(1, 7)):
                    if role == "kid":
                        p = T.homework(r) if j == 0 or r.random() < 0.5 else (T.verify_followup(r) if r.random() < 0.2 else T.followup(r))
                        kind = "homework"
                    else:
                        p = T.chat(r) if j == 0 else T.followup(r)
                        kind = "chat"
                    w.ev(aid, t, ip, cl, "heron-2", p, kind, r, turns=2 * j + 1, max_tokens=CLIENT_CAP.get(stack), hist=j * 250)
                    t += r.randint(25, 240) * SEC


def support_copilot(w, r):
    net = w.net
    pf = w.pay(r)
    c0 = W0 - r.randint(300, 500) * D
    nat_us = [net.cloud_ip(r, "us-east") for _ in range(3)]
    nat_eu = [net.cloud_ip(r, "eu-west") for _ in range(2)]
    tz_of = (-5, -5, 1, 0, 2, -7, 2, 10)
    for i in range(8 * w.S):
        tenant = T.SUPPORT_TENANTS[i % 8] + ("" if i < 8 else f" {i // 8 + 1}")
        tz = tz_of[i % 8]
        aid = w.account("support_copilot_backend", "benign", c0 + i * r.randint(2, 9) * D, hard=True, org="org_helpwise",
                        domain="helpwise.io", local=f"svc-{tenant.split()[0].lower()}{'' if i < 8 else i}", pay=pf,
                        country="US", channel="enterprise", verified=True)
        cl = client(r, "node", 0)
        nat = nat_eu if tz >= 0 and tz < 5 else nat_us
        system = T.support_system(tenant)
        rate = r.uniform(90, 220)
        ab = RELEASE + 3 * D if i % 8 == 2 else None
        for day in range(NDAYS):
            n = int(rate * (1 if weekday(day) else 0.55) * r.uniform(0.85, 1.15))
            for _ in range(n):
                t = local_time(r, day, tz, HUMAN)
                turns = r.choice((3, 3, 5, 5, 7, 9, 11, 13, 17, 21))
                model = "heron-3" if ab and t > ab and r.random() < 0.1 else "heron-2-quick"
                tools = ["kb_search", "lookup_order"] if r.random() < 0.25 else None
                p = T.ticket_last(r)
                if r.random() < 0.1:
                    p = "Rewrite this customer's message calmly for the internal escalation note: " + p
                w.ev(aid, t, T.pick(r, nat), cl, model, p, "support", r, system=system, turns=turns,
                     hist=turns * r.randint(60, 220), tools=tools, tool_calls=1 if tools and r.random() < 0.5 else 0,
                     max_tokens=1024)


PROMO_AT = ms(2026, 6, 11, 15)


def promo_wave(w, r):
    net = w.net
    ccs = ("US", "US", "US", "US", "GB", "IN", "DE", "CA", "AU", "BR", "NL", "FR", "ES", "PL", "SE", "NG", "PH")
    for _ in range(350 * w.S):
        cc = T.pick(r, ccs)
        tz = COUNTRIES[cc][0]
        created = PROMO_AT + (int(r.expovariate(1 / (2.5 * H))) if r.random() < 0.8 else r.randrange(3 * D))
        local = email_local(r)
        card = r.random() < 0.2
        aid = w.account("promo_wave_signups", "benign", created, hard=True, local=local, domain=T.pick(r, FREEMAIL),
                        pay=w.pay(r) if card else None, country=cc if card else None,
                        channel="startup" if r.random() < 0.05 else "standard")
        stack = r.choices(("chrome", "py", "node", "curl", "firefox", "desktop"), (35, 30, 12, 8, 8, 7))[0]
        cl = client(r, stack)
        cap = CLIENT_CAP.get(stack) or r.choice((None, 1024, 4096))
        mode = r.choices(("home", "mobile", "vpn"), (75, 17, 8))[0]
        ip = net.home_ip(r, cc) if mode == "home" else net.mobile_ip(r, cc) if mode == "mobile" else net.vpn_ip(r, cc)
        sess = [created + r.randint(1, 30) * MIN]
        if r.random() < 0.3:
            sess += [created + r.randint(1, 9) * D + r.randrange(D) for _ in range(r.randint(1, 3))]
        for si, t in enumerate(sess):
            n = max(1, int(r.expovariate(1 / (14 if si == 0 else 5))))
            for j in range(min(n, 60)):
                p = T.promo_prompt(r) if r.random() < 0.5 else (T.harvest_item(r, r.choice(("reasoning", "coding", "chat", "chat")), p_ask=0.5))
                model = "heron-3" if t > RELEASE and r.random() < 0.6 else r.choice(("heron-2", "heron-2", "heron-2-quick"))
                w.ev(aid, t, ip, cl, model, p, "promo", r, turns=1 if stack in ("py", "curl", "node") else 2 * (j % 4) + 1,
                     max_tokens=cap, hist=(j % 4) * 200 if stack not in ("py", "curl", "node") else 0)
                t += int(r.lognormvariate(math.log(40 * SEC), 0.9))


# ---------------------------------------------------------------- main

GROUPS = (("everyday_user", everyday), ("gig_relay", gig_relay), ("trial_credit_farm", trial_farm),
          ("accelerator", accelerator), ("batch_pivot", batch_ops), ("batch_enrichment", batch_enrichment),
          ("byok_plugin_users", plugin_users), ("agent_wrapped", agent_wrapped),
          ("synthetic_dialogue", synthetic_dialogue), ("mooc_learners", mooc), ("household_shared_card", households),
          ("support_copilot_backend", support_copilot), ("promo_wave_signups", promo_wave))


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--scale", choices=("small", "medium"), default="small")
    ap.add_argument("--no-accounts", action="store_true")
    ap.add_argument("--out", required=True)
    a = ap.parse_args()
    os.makedirs(a.out, exist_ok=True)
    w = World(a.seed, a.scale, a.out)
    for name, fn in GROUPS:
        fn(w, random.Random(f"{a.seed}/{name}"))
    for f in w.fh:
        f.close()
    # events: each day sorted on its own, then concatenated
    with open(os.path.join(a.out, "events.jsonl"), "w", encoding="utf-8") as out:
        for d in range(NDAYS):
            p = os.path.join(w.tmp, f"{d:02d}")
            with open(p, encoding="utf-8") as f:
                lines = f.readlines()
            lines.sort(key=lambda s: (int(s[:s.index("\t")]), s[s.index("\t") + 1:s.index("\t", s.index("\t") + 1)]))
            for ln in lines:
                out.write(ln.split("\t", 2)[2])
            del lines
    shutil.rmtree(w.tmp)
    active = sorted(a_ for a_ in w.accounts if a_ in w.first_ev)
    if not a.no_accounts:
        with open(os.path.join(a.out, "accounts.jsonl"), "w") as f:
            for aid in active:
                f.write(json.dumps(w.accounts[aid], separators=(",", ":")) + "\n")
    elif os.path.exists(os.path.join(a.out, "accounts.jsonl")):
        os.remove(os.path.join(a.out, "accounts.jsonl"))
    with open(os.path.join(a.out, "truth.jsonl"), "w") as f:
        for aid in active:
            f.write(json.dumps(w.truth[aid], separators=(",", ":")) + "\n")
    camps = {}
    for aid in active:
        t = w.truth[aid]
        if t["campaign"]:
            c = camps.setdefault(t["campaign"], {"group": t["group"], "n": 0, "from": 1 << 62, "until": 0})
            c["n"] += 1
            c["from"] = min(c["from"], w.first_ev[aid])
            c["until"] = max(c["until"], w.last_ev[aid])
    with open(os.path.join(a.out, "campaigns.jsonl"), "w") as f:
        for cid in sorted(camps):
            c = camps[cid]
            pv = w.campaign_pivot.get(cid)
            f.write(json.dumps({"campaign": cid, "group": c["group"], "accounts": c["n"], "active_from": iso(c["from"]),
                                "active_until": iso(c["until"]), "successor_of": None,
                                "pivot_at": iso(pv) if pv else None}, separators=(",", ":")) + "\n")
    with open(os.path.join(a.out, "ip_ranges.csv"), "w") as f:
        f.write("cidr,asn,as_org,country,kind\n")
        for cidr, asn, org, cc, kind in w.net.rows:
            org = f'"{org}"' if "," in org else org
            f.write(f"{cidr},{asn},{org},{cc},{kind}\n")
    with open(os.path.join(a.out, "releases.csv"), "w") as f:
        f.write("model,released_at\n")
        for m, t in MODELS:
            f.write(f"{m},{iso(t)}\n")
    with open(os.path.join(a.out, "policy.toml"), "w") as f:
        f.write("# outside_seven: operator policy for the generated world\n")
        f.write("restricted_countries = [" + ", ".join(f'"{c}"' for c in RESTRICTED) + "]\n")
        f.write('hash_key_id = "o7-2026-06"\n')
        f.write(f'hash_key = "outside-seven-demo-key-{a.seed:04d}-not-a-secret"\n\n')
        f.write("[thresholds]\nreview = 0.5\nthrottle = 0.7\nblock = 0.85\n")
    # table
    tot_a = tot_e = 0
    allp = set()
    print(f"{'label':8} {'group':26} {'accounts':>8} {'events':>8} {'distinct':>8}", file=sys.stderr)
    for g in sorted(w.stats, key=lambda g: (w.stats[g]["label"], g)):
        st = w.stats[g]
        na = len(st["accts"])
        lab = st["label"] + ("*" if st["hard"] else "")
        dist = len(st["prompts"]) / st["events"] if st["events"] else 0
        print(f"{lab:8} {g:26} {na:8d} {st['events']:8d} {dist:8.2f}", file=sys.stderr)
        tot_a += na
        tot_e += st["events"]
        allp |= st["prompts"]
    print(f"{'':8} {'total':26} {tot_a:8d} {tot_e:8d} {len(allp) / max(1, tot_e):8.2f}", file=sys.stderr)


if __name__ == "__main__":
    main()
