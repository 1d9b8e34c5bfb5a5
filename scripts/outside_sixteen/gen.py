#!/usr/bin/env python3
"""outside_sixteen: bought aged accounts, research-programme shells, capability-sharded IPv6 pools, synthetic tool benches and best-of-n samplers.

Writes a two-week window of API traffic in the distillguard data contract plus ground truth:

    python3 gen.py --seed N [--scale small|medium] --out DIR

Standard library only. Output is a function of (seed, scale) alone.
"""
import argparse
import datetime as dt
import hashlib
import ipaddress
import json
import math
import os
import sys
import time
import random

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import prose as P  # noqa: E402

SEC = 1000
MIN = 60 * SEC
HOUR = 60 * MIN
DAY = 24 * HOUR
T0 = int(dt.datetime(2026, 4, 6, tzinfo=dt.timezone.utc).timestamp() * 1000)  # Monday
NDAYS = 14
T_END = T0 + NDAYS * DAY
LEG, MAIN, SWIFT, NEW = "aster-2", "aster-3", "aster-3-swift", "aster-4"
RELEASE = T0 + 8 * DAY + 17 * HOUR  # Tuesday 2026-04-14 17:00Z
RELEASES = [(LEG, "2025-03-18T16:00:00.000Z"), (MAIN, "2025-10-21T16:00:00.000Z"), (SWIFT, "2025-12-09T16:00:00.000Z")]
RESTRICTED = ["BY", "CN", "CU", "IR", "KP", "RU", "SY"]


def rfc(ms):
    return dt.datetime.fromtimestamp(ms / 1000, tz=dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.") + f"{ms % 1000:03d}Z"


def h(s, n=12):
    return hashlib.sha256(s.encode()).hexdigest()[:n]


def lognorm(r, median, sigma, lo=1, hi=10 ** 9):
    return int(min(hi, max(lo, median * math.exp(r.gauss(0, sigma)))))


# ====================================================================== countries
# code: (utc offset hours in April, [(lang, weight)], consumer weight, local free-mail domains)
CC = {
    "US": (None, [("en", 9), ("es", 1)], 18, []), "CA": (None, [("en", 8), ("fr", 2)], 3, []),
    "MX": (-6, [("es", 1)], 3, ["prodigy.net.mx"]), "BR": (-3, [("pt", 1)], 6, ["uol.com.br", "bol.com.br"]),
    "AR": (-3, [("es", 1)], 1, ["fibertel.com.ar"]), "CO": (-5, [("es", 1)], 1, []),
    "GB": (1, [("en", 1)], 5, ["btinternet.com", "sky.com"]), "IE": (1, [("en", 1)], 1, ["eircom.net"]),
    "DE": (2, [("de", 8), ("en", 2)], 5, ["web.de", "gmx.de", "t-online.de"]), "FR": (2, [("fr", 8), ("en", 2)], 4, ["orange.fr", "free.fr", "laposte.net"]),
    "ES": (2, [("es", 1)], 3, ["telefonica.net"]), "IT": (2, [("it", 8), ("en", 2)], 2, ["libero.it", "virgilio.it"]),
    "NL": (2, [("nl", 5), ("en", 5)], 2, ["ziggo.nl", "kpnmail.nl"]), "PL": (2, [("pl", 7), ("en", 3)], 2, ["wp.pl", "onet.pl"]),
    "SE": (2, [("en", 1)], 1, ["telia.com"]), "PT": (1, [("pt", 7), ("en", 3)], 1, ["sapo.pt"]),
    "TR": (3, [("tr", 8), ("en", 2)], 2, []), "UA": (3, [("en", 1)], 1, ["ukr.net"]),
    "IN": (5.5, [("en", 7), ("hi", 3)], 8, ["rediffmail.com"]), "ID": (7, [("id", 8), ("en", 2)], 4, []),
    "PH": (8, [("en", 6), ("tl", 4)], 3, []), "VN": (7, [("vi", 8), ("en", 2)], 2, []),
    "TH": (7, [("en", 1)], 1, []), "MY": (8, [("en", 1)], 1, []), "SG": (8, [("en", 1)], 1, ["singnet.com.sg"]),
    "HK": (8, [("zh", 6), ("en", 4)], 1, ["netvigator.com"]), "TW": (8, [("zh", 1)], 1, []),
    "JP": (9, [("ja", 9), ("en", 1)], 4, ["yahoo.co.jp", "docomo.ne.jp"]), "KR": (9, [("ko", 9), ("en", 1)], 3, ["naver.com", "daum.net"]),
    "AU": (10, [("en", 1)], 2, ["bigpond.com"]), "NZ": (12, [("en", 1)], 1, ["xtra.co.nz"]),
    "NG": (1, [("en", 1)], 2, []), "KE": (3, [("en", 1)], 1, []), "ZA": (2, [("en", 1)], 1, ["telkomsa.net"]),
    "EG": (3, [("ar", 7), ("en", 3)], 1, []), "SA": (3, [("ar", 6), ("en", 4)], 1, []), "AE": (4, [("en", 6), ("ar", 4)], 1, []),
    "IL": (3, [("en", 1)], 1, []), "CH": (2, [("de", 6), ("fr", 4)], 1, ["bluewin.ch"]),
}
US_TZ = [-4, -4, -4, -5, -5, -6, -7, -7]
FREE_MAIL = ["gmail.com"] * 8 + ["outlook.com", "outlook.com", "hotmail.com", "yahoo.com", "icloud.com", "proton.me"]


def tz_of(r, cc):
    z = CC[cc][0]
    if z is None:
        return r.choice(US_TZ) if cc == "US" else r.choice([-4, -4, -5, -6, -7])
    return z


def lang_of(r, cc):
    ls = CC[cc][1]
    return r.choices([l for l, _ in ls], [w for _, w in ls])[0]


def free_domain(r, cc):
    loc = CC[cc][3]
    if loc and r.random() < 0.3:
        return r.choice(loc)
    return r.choice(FREE_MAIL)


# ====================================================================== clients
def fp_of(family, i):
    d = h(f"fp:{family}:{i}", 24)
    a = int(d[:2], 16)
    return f"t13d{12 + a % 8:02d}{9 + (a >> 3) % 9:02d}h2_{d[:12]}_{d[12:24]}"


FP = {f: [fp_of(f, i) for i in range(n)] for f, n in [
    ("py", 3), ("pyreq", 2), ("node", 3), ("go", 2), ("java", 2), ("curl", 2), ("chrome", 3), ("firefox", 2),
    ("safari", 2), ("ios", 2), ("android", 3), ("dotnet", 1), ("aiohttp", 1)]}
OSES = ["Windows NT 10.0; Win64; x64", "Macintosh; Intel Mac OS X 10_15_7", "X11; Linux x86_64", "Windows NT 10.0; Win64; x64"]


def make_ua(r, kind):
    """Return (user_agent, fingerprint family)."""
    if kind == "chrome":
        return f"Mozilla/5.0 ({r.choice(OSES)}) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{r.randint(131, 136)}.0.0.0 Safari/537.36", "chrome"
    if kind == "firefox":
        v = r.randint(133, 137)
        return f"Mozilla/5.0 ({r.choice(OSES)}; rv:{v}.0) Gecko/20100101 Firefox/{v}.0", "firefox"
    if kind == "safari":
        return f"Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.{r.randint(1, 4)} Safari/605.1.15", "safari"
    if kind == "ios":
        return f"{r.choice(['Pocketchat', 'Mindpad'])}/{r.randint(3, 5)}.{r.randint(0, 12)}.{r.randint(0, 4)} (iPhone; iOS 18.{r.randint(1, 4)}; Scale/3.00)", "ios"
    if kind == "android":
        return f"{r.choice(['Pocketchat', 'Mindpad'])}/{r.randint(3, 5)}.{r.randint(0, 12)}.{r.randint(0, 4)} (Android {r.choice([13, 14, 15])}; {r.choice(['SM-A546E', 'Pixel 8', 'moto g54', 'Redmi Note 13', 'CPH2591', 'SM-S921B'])})", "android"
    if kind == "py":
        return r.choice([f"aster-sdk-python/0.{r.randint(44, 52)}.{r.randint(0, 3)}", f"OpenAI/Python 1.{r.randint(50, 68)}.0",
                         f"python-httpx/0.27.{r.randint(0, 2)}"]), "py"
    if kind == "pyreq":
        return f"python-requests/2.32.{r.randint(0, 3)}", "pyreq"
    if kind == "node":
        return r.choice([f"aster-sdk-node/0.{r.randint(30, 38)}.{r.randint(0, 4)}", f"OpenAI/JS 4.{r.randint(70, 90)}.0", "node-fetch/3.3.2"]), "node"
    if kind == "go":
        return r.choice(["Go-http-client/2.0", f"aster-sdk-go/1.{r.randint(2, 5)}.0"]), "go"
    if kind == "java":
        return r.choice([f"aster-sdk-java/2.1.{r.randint(0, 9)}", "okhttp/4.12.0"]), "java"
    if kind == "curl":
        return f"curl/8.{r.randint(5, 11)}.0", "curl"
    if kind == "cli":
        return r.choice([f"aster-code/1.{r.randint(2, 9)}.{r.randint(0, 20)}", f"devloop/0.{r.randint(18, 24)}.{r.randint(0, 9)}"]), "node"
    if kind == "ide":
        return r.choice([f"vscode-aster/0.{r.randint(8, 12)}.{r.randint(0, 9)}", f"jetbrains-aster/1.{r.randint(3, 6)}.{r.randint(0, 9)}"]), r.choice(["node", "java"])
    if kind == "dotnet":
        return f"aster-sdk-dotnet/0.{r.randint(9, 14)}.0", "dotnet"
    raise ValueError(kind)


# ====================================================================== network
BAD_OCTETS = {0, 10, 100, 127, 169, 172, 192, 198, 203, 224}


class Block:
    __slots__ = ("base", "plen", "v6", "asn", "org", "cc", "kind", "listed", "_n")

    def __init__(self, base, plen, v6, asn, org, cc, kind, listed=True):
        self.base, self.plen, self.v6, self.asn, self.org, self.cc, self.kind, self.listed = base, plen, v6, asn, org, cc, kind, listed
        self._n = 0

    def cidr(self):
        if self.v6:
            return f"{ipaddress.IPv6Address(self.base).compressed}/{self.plen}"
        return f"{ipaddress.IPv4Address(self.base)}/{self.plen}"

    def size_bits(self):
        return (128 if self.v6 else 32) - self.plen

    def host(self, r):
        """One address in the block (v4: any usable host; v6: random /64 and random interface id)."""
        if self.v6:
            sub = r.getrandbits(max(0, 64 - self.plen)) if self.plen < 64 else 0
            return v6str(self.base | (sub << 64) | r.getrandbits(64))
        n = 1 << self.size_bits()
        return v4str(self.base + (r.randrange(1, n - 1) if n > 2 else 0))

    def prefix64(self, r):
        sub = r.getrandbits(max(0, 64 - self.plen)) if self.plen < 64 else 0
        return self.base | (sub << 64)


def v4str(x):
    return f"{x >> 24}.{(x >> 16) & 255}.{(x >> 8) & 255}.{x & 255}"


def v6str(x):
    return ipaddress.IPv6Address(x).compressed


def v6_in(prefix64, r):
    return v6str(prefix64 | r.getrandbits(64))


class Net:
    def __init__(self, seed):
        self.r = random.Random(f"net:{seed}")
        self.rows = []
        self.ptr4 = {}
        self.v6n = 0
        self.asn_used = set()
        self.octets = [o for o in range(2, 223) if o not in BAD_OCTETS]
        self.by = {}  # (kind, cc) -> [Block]
        self.named = {}

    def asn(self):
        while True:
            a = self.r.randint(13000, 399000)
            if a not in self.asn_used and not 64496 <= a <= 65535:
                self.asn_used.add(a)
                return a

    def v4(self, plen, asn, org, cc, kind, listed=True):
        size = 1 << (32 - plen)
        while True:
            o = self.r.choice(self.octets)
            p = self.ptr4.get(o, o << 24)
            p = (p + size - 1) // size * size
            p += self.r.randrange(0, 16) * size  # leave gaps so neighbours are not all ours
            if p + size <= (o + 1) << 24:
                self.ptr4[o] = p + size
                b = Block(p, plen, False, asn, org, cc, kind, listed)
                self.rows.append(b)
                return b

    def v6(self, plen, asn, org, cc, kind, listed=True):
        """A fresh /32 (or longer prefix inside a fresh /32) for one provider."""
        top = ((0x2a00 + self.r.randrange(0, 16)) << 112) | (self.r.getrandbits(16) << 96)
        base = top | (self.r.getrandbits(plen - 32) << (128 - plen)) if plen > 32 else top
        b = Block(base, plen, True, asn, org, cc, kind, listed)
        self.rows.append(b)
        return b

    def sub6(self, parent, plen, kind=None, org=None, listed=True):
        """A longer prefix carved out of a v6 parent block (listed separately only if asked)."""
        base = parent.base | (self.r.getrandbits(plen - parent.plen) << (128 - plen))
        b = Block(base, plen, True, parent.asn, org or parent.org, parent.cc, kind or parent.kind, listed)
        if listed:
            self.rows.append(b)
        return b

    def add(self, kind, cc, b):
        self.by.setdefault((kind, cc), []).append(b)
        return b

    def get(self, kind, cc):
        return self.by.get((kind, cc), [])


ISP_WORDS = ["Tele", "Net", "Fibra", "Connect", "Link", "Wave", "Com", "Cable", "Broadband", "Digital"]
MOB_WORDS = ["Mobile", "Cellular", "Wireless", "Movil", "Seluler", "Mobil"]


def build_net(seed):
    n = Net(seed)
    r = n.r
    for cc in sorted(CC):
        for i in range(3 if CC[cc][2] >= 3 else 2):
            org = f"{r.choice(ISP_WORDS)}{r.choice(ISP_WORDS).lower()} {cc} {r.choice(['Ltd', 'S.A.', 'GmbH', 'Inc', 'Telecom', 'Group'])}"
            asn = n.asn()
            listed = r.random() > 0.12
            for _ in range(2):
                n.add("isp", cc, n.v4(r.choice([15, 16, 17]), asn, org, cc, "isp", listed))
            if r.random() < 0.75:
                n.add("isp6", cc, n.v6(32, asn, org, cc, "isp", listed))
        for i in range(2 if CC[cc][2] >= 2 else 1):
            org = f"{r.choice(['Orbi', 'Voda', 'Sky', 'Star', 'Air', 'Nova'])}{r.choice(MOB_WORDS).lower()} {cc}"
            asn = n.asn()
            n.add("mobile", cc, n.v4(r.choice([18, 19, 20]), asn, org, cc, "mobile"))
            n.add("mobile6", cc, n.v6(32, asn, org, cc, "mobile"))
        org = f"{r.choice(['National', 'Research', 'Academic'])} Education Network {cc}"
        asn = n.asn()
        n.add("education", cc, n.v4(r.choice([16, 17]), asn, org, cc, "education"))
        n.add("education6", cc, n.v6(32, asn, org, cc, "education"))
    # global clouds with regions
    for name in ["Stratocloud", "Northbeam Compute", "Cumulo Hosting", "GPUForge", "Lattice Compute", "Kumo Networks"]:
        asn = n.asn()
        for cc in ["US", "DE", "GB", "SG", "JP", "IN", "BR", "NL", "AE", "CA", "AU", "FR"]:
            n.named[(name, cc)] = (n.add("hosting", cc, n.v4(r.choice([16, 17, 18]), asn, f"{name} {cc}", cc, "hosting")),
                                   n.add("hosting6", cc, n.v6(32, asn, f"{name} {cc}", cc, "hosting")))
    for name in ["ShieldPath VPN", "Meridian Privacy", "OpenTunnel"]:
        asn = n.asn()
        for cc in ["US", "DE", "NL", "GB", "JP", "SG", "FR", "CA", "AU", "PL", "SE", "CH", "ES", "IT", "BR", "HK"]:
            n.named[(name, cc)] = n.add("vpn", cc, n.v4(r.choice([22, 23, 24]), asn, f"{name}", cc, "vpn"))
    for name in ["Quartz Residential", "Helix Proxy Network"]:
        asn = n.asn()
        for cc in ["US", "BR", "IN", "DE", "GB"]:
            n.add("residential_proxy", cc, n.v4(20, asn, name, cc, "residential_proxy"))
    asn = n.asn()
    for cc in ["DE", "NL", "US", "FR", "SE"]:
        n.add("tor", cc, n.v4(28, asn, "Tor exit operators", cc, "tor"))
    return n


# ====================================================================== accounts
class Acct:
    def __init__(self, aid, group, label, campaign, hard):
        self.id, self.group, self.label, self.campaign, self.hard = aid, group, label, campaign, hard
        self.n = 0
        self.rec = None
        self.keys = []
        self.skip_rec = False
        self.since = 0  # campaign traffic starts here (bought accounts have a genuine past)


# hour-of-day weights (local time)
W_CONSUMER = [1, 0.6, 0.3, 0.2, 0.2, 0.3, 0.8, 1.6, 2.2, 2.6, 2.8, 2.9, 3.0, 2.8, 2.7, 2.7, 2.8, 3.0, 3.2, 3.6, 3.9, 3.7, 2.8, 1.8]
W_WORK = [0.2, 0.1, 0.1, 0.1, 0.1, 0.2, 0.5, 1.5, 3.5, 4.5, 4.8, 4.5, 3.2, 4.0, 4.6, 4.5, 4.0, 3.0, 1.8, 1.4, 1.5, 1.4, 0.9, 0.5]
W_DEV = [0.8, 0.5, 0.3, 0.2, 0.1, 0.2, 0.4, 1.0, 2.2, 3.5, 4.0, 4.0, 3.0, 3.6, 4.0, 4.0, 3.6, 3.0, 2.2, 2.0, 2.3, 2.4, 2.0, 1.4]
W_FLAT = [1.0] * 24


class World:
    def __init__(self, seed, scale):
        self.seed = seed
        self.k = 1 if scale == "small" else 3
        self.net = build_net(seed)
        self.accts = []
        self.ids = set()
        self.rids = set()
        self.events = []  # (arrival_ms, seq, line)
        self.gstat = {}
        self.camp = {}
        self.span = {}
        self.seq = 0
        self.mess = random.Random(f"mess:{seed}")

    def rng(self, name):
        return random.Random(f"{self.seed}:{name}")

    # ---------------------------------------------------------------- helpers
    def new_id(self, r, prefix="acct_", n=8):
        while True:
            x = prefix + "".join(r.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(n))
            if x not in self.ids:
                self.ids.add(x)
                return x

    def account(self, r, group, label, campaign, hard, cc, created, domain=None, local=None, pay="own",
                channel="standard", verified=False, org=None, nkeys=1):
        a = Acct(self.new_id(r), group, label, campaign, hard)
        a.cc, a.created = cc, int(created)
        rec = {"account_id": a.id, "created_at": rfc(a.created)}
        if org:
            rec["org_id"] = org
        if domain:
            rec["email_domain"] = domain
        if local:
            rec["email_local_shape"] = P.shape(local)
        if pay == "own":
            pay = "pf_" + h(f"{self.seed}:pay:{a.id}", 12)
        if pay:
            rec["payment_fingerprint"] = pay
        if cc:
            rec["billing_country"] = cc
        rec["signup_channel"] = channel
        rec["verified"] = bool(verified)
        m = self.mess
        if m.random() < 0.03:
            rec.pop("email_local_shape", None)
        if m.random() < 0.015:
            rec.pop("billing_country", None)
        if m.random() < 0.01:
            rec.pop("signup_channel", None)
        if m.random() < 0.01:
            rec["created_at"] = a.created
        a.rec = rec
        a.keys = ["key_" + h(f"{self.seed}:key:{a.id}:{i}", 10) for i in range(nkeys)]
        self.accts.append(a)
        return a

    def campaign(self, name, group, t_from, t_until, successor_of=None, pivot=None):
        self.camp[name] = {"group": group, "from": int(t_from), "until": int(t_until), "succ": successor_of, "pivot": pivot}

    def emit(self, a, ts, r, ip, model, prompt, ua=None, fp=None, system=None, turns=1, tools=None, tool_calls=None,
             img=False, max_tokens=None, out=300, think=None, stop=None, key=None, hist=0):
        ts = int(ts)
        if ts < T0 or ts >= T_END or ts < a.created:
            return False
        while True:
            rid = "req_" + "%016x" % r.getrandbits(64)
            if rid not in self.rids:
                self.rids.add(rid)
                break
        m = self.mess
        ev = {"request_id": rid, "ts": rfc(ts), "account_id": a.id}
        k = key or (a.keys[0] if len(a.keys) == 1 else r.choice(a.keys))
        if m.random() > 0.02:
            ev["api_key_id"] = k
        ev["ip"] = ip
        if ua and m.random() > 0.015:
            ev["user_agent"] = ua
        if fp and m.random() > 0.03:
            ev["client_fingerprint"] = fp
        ev["model"] = model
        ev["prompt"] = prompt
        if system:
            ev["system"] = system
        if turns is not None and m.random() > 0.01:
            ev["turns"] = turns
        if tools:
            ev["tools"] = tools
            ev["tool_calls"] = tool_calls or 0
        if img:
            ev["has_image"] = True
        if max_tokens and m.random() > 0.01:
            ev["max_tokens"] = max_tokens
        pl = len(prompt.encode("utf-8"))
        itok = pl // 4 + (len(system) // 4 if system else 0) + hist + (len(tools) * 70 if tools else 0) + (1100 if img else 0) + 8
        ev["input_tokens"] = max(1, itok)
        o = lognorm(r, out, 0.55, 1)
        if tools and tool_calls:
            o = min(o, 60 + 90 * tool_calls)
        cap = max_tokens or 8192
        if think:
            tt = lognorm(r, think, 0.5, 64)
            ev["thinking_tokens"] = min(tt, int(cap * 0.8))
        if o >= cap:
            o = cap
        ev["output_tokens"] = o
        if stop is None:
            stop = "tool_use" if (tools and tool_calls) else ("max_tokens" if o >= cap else "end_turn")
        if m.random() > 0.005:
            ev["stop_reason"] = stop
        if m.random() < 0.012:
            ev["ts"] = ts
        line = json.dumps(ev, ensure_ascii=False, separators=(",", ":"))
        arr = ts + m.randint(0, 1500)
        if m.random() < 0.015:
            arr += m.randint(20, 240) * SEC
        self.seq += 1
        self.events.append((arr, self.seq, line))
        if m.random() < 0.004:
            self.seq += 1
            self.events.append((arr + m.randint(1, 90) * SEC, self.seq, line))
        a.n += 1
        if a.campaign and ts >= a.since:
            sp = self.span.setdefault(a.campaign, [ts, ts])
            sp[0], sp[1] = min(sp[0], ts), max(sp[1], ts)
        g = self.gstat.setdefault(a.group, [0])
        g[0] += 1
        return True

    def local_ts(self, r, day, tz, weights):
        hr = r.choices(range(24), weights)[0]
        return T0 + day * DAY + int((hr - tz) * HOUR) + r.randrange(0, HOUR)

    def session_starts(self, r, n_sessions, tz, weights, wkend=0.6, d0=0, d1=NDAYS):
        days = list(range(max(0, d0), min(NDAYS, d1)))
        if not days:
            return []
        dw = [(wkend if (d % 7) >= 5 else 1.0) for d in days]
        out = []
        for _ in range(n_sessions):
            d = r.choices(days, dw)[0]
            out.append(self.local_ts(r, d, tz, weights))
        out.sort()
        return out

    def model_for(self, r, ts, new_share=0.0, base=MAIN):
        if ts >= RELEASE and r.random() < new_share:
            return NEW
        return base

    # home network for a person in country cc
    def home(self, r, cc, v6p=0.35):
        isp = self.net.get("isp", cc)
        isp6 = self.net.get("isp6", cc)
        if isp6 and r.random() < v6p:
            b = r.choice(isp6)
            return ("v6", b.prefix64(r))
        b = r.choice(isp)
        return ("v4", b.host(r))

    def mobile(self, r, cc):
        if r.random() < 0.4 and self.net.get("mobile6", cc):
            return ("v6", r.choice(self.net.get("mobile6", cc)).prefix64(r))
        return ("v4pool", r.choice(self.net.get("mobile", cc)))

    def addr(self, r, place):
        kind, v = place
        if kind == "v4":
            return v
        if kind == "v6":
            return v6_in(v, r)
        return v.host(r)  # v4pool / any block

    # ---------------------------------------------------------------- output
    def write(self, out, t_start):
        os.makedirs(out, exist_ok=True)
        self.events.sort()
        with open(os.path.join(out, "events.jsonl"), "w", encoding="utf-8") as f:
            f.writelines(e[2] + "\n" for e in self.events)
        used = [a for a in self.accts if a.n > 0]
        with open(os.path.join(out, "accounts.jsonl"), "w", encoding="utf-8") as f:
            for a in sorted(used, key=lambda a: (a.created, a.id)):
                if not a.skip_rec:
                    f.write(json.dumps(a.rec, ensure_ascii=False, separators=(",", ":")) + "\n")
        with open(os.path.join(out, "truth.jsonl"), "w", encoding="utf-8") as f:
            for a in sorted(used, key=lambda a: a.id):
                f.write(json.dumps({"account_id": a.id, "label": a.label, "group": a.group, "campaign": a.campaign,
                                    "hard": a.hard}) + "\n")
        with open(os.path.join(out, "campaigns.jsonl"), "w", encoding="utf-8") as f:
            for c in sorted(self.camp):
                v = self.camp[c]
                n = sum(1 for a in used if a.campaign == c)
                sp = self.span.get(c, [v["from"], v["until"]])
                f.write(json.dumps({"campaign": c, "group": v["group"], "accounts": n, "active_from": rfc(sp[0]),
                                    "active_until": rfc(sp[1]), "successor_of": v["succ"],
                                    "pivot_at": rfc(v["pivot"]) if v["pivot"] else None}) + "\n")
        with open(os.path.join(out, "ip_ranges.csv"), "w", encoding="utf-8") as f:
            f.write("cidr,asn,as_org,country,kind\n")
            for b in sorted((b for b in self.net.rows if b.listed), key=lambda b: (b.v6, b.base, b.plen)):
                f.write(f"{b.cidr()},{b.asn},{b.org.replace(',', '')},{b.cc},{b.kind}\n")
        with open(os.path.join(out, "releases.csv"), "w", encoding="utf-8") as f:
            f.write("model,released_at\n")
            for m, t in RELEASES:
                f.write(f"{m},{t}\n")
            f.write(f"{NEW},{rfc(RELEASE)}\n")
        with open(os.path.join(out, "policy.toml"), "w", encoding="utf-8") as f:
            f.write("restricted_countries = [" + ", ".join(f'"{c}"' for c in RESTRICTED) + "]\n")
            f.write('hash_key_id = "outside-sixteen"\nhash_key = "outside-sixteen-local-test-key-5e81a0c7"\n\n')
            f.write("[thresholds]\nreview = 0.5\nthrottle = 0.7\nblock = 0.85\n")
        w = sys.stderr.write
        groups = {}
        for a in used:
            g = groups.setdefault(a.group, [a.label, a.hard, 0])
            g[2] += 1
        w(f"{'label':7} {'group':28} {'hard':>5} {'accounts':>8} {'events':>8}\n")
        ta = te = 0
        for g in sorted(groups, key=lambda g: (groups[g][0], groups[g][1], g)):
            lab, hard, n = groups[g]
            e = self.gstat.get(g, [0])[0]
            ta += n
            te += e
            w(f"{lab:7} {g:28} {'yes' if hard else 'no':>5} {n:8d} {e:8d}\n")
        natt = sum(1 for a in used if a.label == "attack")
        w(f"total: {ta} accounts ({natt} attack), {te} events (+{len(self.events) - te} exporter re-sends), "
          f"{len(self.camp)} campaigns, {time.time() - t_start:.1f} s\n")


# ====================================================================== benign population
def pick_cc(r, table=None):
    if table is None:
        ccs = sorted(CC)
        return r.choices(ccs, [CC[c][2] for c in ccs])[0]
    ccs = sorted(table)
    return r.choices(ccs, [table[c] for c in ccs])[0]


def name_lang(lang):
    return lang if lang in P.FIRST else "en"


def aged(r, lo, hi):
    return T0 - int(r.uniform(lo, hi) * DAY) - r.randrange(DAY)


def cloud(w, r, cc=None, provider=None):
    prov = provider or r.choice(["Stratocloud", "Northbeam Compute", "Cumulo Hosting", "Kumo Networks"])
    regions = ["US", "DE", "GB", "SG", "JP", "IN", "BR", "NL", "AE", "CA", "AU", "FR"]
    reg = cc if cc in regions else r.choice(["US", "US", "DE", "NL", "SG", "GB"])
    return w.net.named[(prov, reg)]


def chat_session(w, a, r, t, places, ua, fp, lang, nturns, new_share, maxtok, think_p, img_p, first=None, swift_p=0.1, system=None):
    hist = 0
    for i in range(nturns):
        if i == 0:
            p = first(r, lang) if first else P.consumer(r, lang)
            img = r.random() < img_p
            if img and (lang == "en" or r.random() < 0.4):
                p = r.choice(P.IMAGE_EN)
        else:
            p = P.follow_up(r, lang)
            img = False
        if r.random() < 0.35:
            p = P.casual(r, p)
        model = w.model_for(r, t, new_share, SWIFT if r.random() < swift_p else MAIN)
        th = 900 if r.random() < think_p else None
        w.emit(a, t, r, w.addr(r, r.choice(places)), model, p, ua, fp, system=system, turns=2 * i + 1, img=img,
               max_tokens=maxtok, out=320, think=th, hist=hist)
        hist += len(p) // 4 + 330
        t += r.randint(15, 400) * SEC


def everyday_users(w):
    r = w.rng("everyday_users")
    for _ in range(1150 * w.k):
        cc = pick_cc(r)
        lang, tz = lang_of(r, cc), tz_of(r, cc)
        created = aged(r, 1, 900) if r.random() < 0.85 else T0 + int(r.uniform(0, 12) * DAY)
        a = w.account(r, "everyday_users", "benign", None, False, cc, created, domain=free_domain(r, cc),
                      local=P.local_part(r, name_lang(lang)), pay="own" if r.random() < 0.68 else None,
                      channel="education" if r.random() < 0.02 else "standard", verified=r.random() < 0.1,
                      nkeys=1 if r.random() < 0.8 else 2)
        a.skip_rec = r.random() < 0.003  # deleted since; events remain
        client = r.choices(["chrome", "firefox", "safari", "ios", "android", "py", "node"], [30, 8, 12, 17, 21, 8, 4])[0]
        ua, fam = make_ua(r, client)
        fp = r.choice(FP[fam])
        places = [w.home(r, cc)]
        if client in ("ios", "android"):
            places += [w.mobile(r, cc)] * 2
        elif r.random() < 0.2:
            places.append(w.mobile(r, cc))
        x = r.random()
        if x < 0.07:
            vcc = cc if ("ShieldPath VPN", cc) in w.net.named and r.random() < 0.5 else r.choice(["US", "NL", "DE", "SE", "CH", "JP"])
            places = [("v4pool", w.net.named[(r.choice(["ShieldPath VPN", "Meridian Privacy", "OpenTunnel"]), vcc)])] * 3 + places
        elif x < 0.073:
            places = [("v4pool", r.choice(w.net.get("tor", r.choice(["DE", "NL", "US", "FR", "SE"]))))] * 2 + places
        n = lognorm(r, 11, 1.0, 1, 160)
        ns = max(1, int(n / 2.2))
        new_share = 0.55 if r.random() < 0.25 else 0.04
        maxtok = {"chrome": 8192, "firefox": 8192, "safari": 8192, "ios": 4096, "android": 4096}.get(client) or r.choice([1024, 2048, 4096, None])
        think_p = 0.35 if r.random() < 0.2 else 0.02
        d0 = max(0, (a.created - T0) // DAY)
        for t in w.session_starts(r, ns, tz, W_CONSUMER, 1.15, d0=d0):
            nt = min(8, 1 + int(r.expovariate(0.8)))
            chat_session(w, a, r, t, places, ua, fp, lang, nt, new_share, maxtok, think_p, 0.05 if client not in ("ios", "android") else 0.12)


DEV_CC = {"US": 20, "IN": 10, "DE": 6, "GB": 6, "BR": 4, "CA": 4, "FR": 3, "PL": 3, "NL": 3, "JP": 3, "KR": 2, "UA": 3,
          "VN": 2, "ES": 2, "SE": 2, "AU": 2, "IL": 2, "SG": 1, "TR": 1, "ID": 2, "NG": 1, "AR": 1, "PT": 1, "CH": 1}


def agent_session(w, a, r, t, places, ua, fp, toolset, steps, model_fn, maxtok=16000, think=None, first=None, system=None):
    hist = 1200
    for j in range(steps):
        if j == 0:
            p = first(r) if first else P.agent_task(r)
        else:
            p = P.agent_follow(r)
        last = j == steps - 1
        tc = 0 if last else r.choices([1, 2, 3], [6, 3, 1])[0]
        w.emit(a, t, r, w.addr(r, r.choice(places)), model_fn(t), p, ua, fp, system=system, turns=2 * j + 1, tools=toolset,
               tool_calls=tc, max_tokens=maxtok, out=220 if not last else 500, think=think, hist=hist)
        hist += r.randint(400, 3000)
        t += r.randint(4, 45) * SEC + (r.randint(20, 300) * SEC if p and j else 0)
    return t


def developers(w):
    r = w.rng("developers")
    for _ in range(450 * w.k):
        cc = pick_cc(r, DEV_CC)
        lang, tz = lang_of(r, cc), tz_of(r, cc)
        nl = name_lang(lang)
        loc = P.local_part(r, nl)
        x = r.random()
        dom = free_domain(r, cc) if x < 0.5 else (f"{r.choice(P.LAST[nl])}.{r.choice(['dev', 'io', 'me', 'net'])}" if x < 0.75 else
                                                 f"{r.choice(P.BRAND_A).lower()}{r.choice(P.BRAND_B).lower()}.{r.choice(['io', 'com', 'dev', 'ai'])}")
        a = w.account(r, "developers", "benign", None, False, cc, aged(r, 3, 800),
                      domain=dom, local=loc, pay="own" if r.random() < 0.9 else None,
                      channel=r.choices(["standard", "startup", "research"], [82, 15, 3])[0], verified=r.random() < 0.35,
                      nkeys=r.choice([1, 1, 2, 3]))
        style = r.choices(["agent", "sdk", "ide"], [40, 35, 25])[0]
        ua, fam = make_ua(r, {"agent": "cli", "ide": "ide"}.get(style, r.choice(["py", "py", "node", "go", "curl", "pyreq"])))
        fp = r.choice(FP[fam])
        places = [w.home(r, cc, 0.45)]
        if r.random() < 0.3:
            places.append(("v4", r.choice(w.net.get("isp", cc)).host(r)))  # office / coworking
        if r.random() < 0.07:
            places.append(("v4pool", w.net.named[(r.choice(["ShieldPath VPN", "Meridian Privacy", "OpenTunnel"]), r.choice(["US", "NL", "DE", "GB", "SE"]))]))
        if r.random() < 0.22:
            hb = cloud(w, r, cc)
            places.append(("v4", hb[0].host(r)) if r.random() < 0.6 else ("v6", hb[1].prefix64(r)))
        n = lognorm(r, 55, 0.9, 4, 900)
        new_share = r.choice([0.0, 0.3, 0.7, 0.9]) if r.random() < 0.5 else 0.02
        mf = (lambda t, ns=new_share: w.model_for(r, t, ns))
        think = 1500 if r.random() < 0.3 else None
        toolset = r.choice(P.AGENT_TOOLSETS)
        if style == "agent":
            nsess = max(1, n // 14)
            for t in w.session_starts(r, nsess, tz, W_DEV, 0.4):
                agent_session(w, a, r, t, places, ua, fp, toolset, lognorm(r, 12, 0.6, 2, 60), mf, think=think)
        else:
            nsess = max(1, int(n / 1.8))
            maxtok = r.choice([4096, 8192, 16000, 32000])
            for t in w.session_starts(r, nsess, tz, W_DEV, 0.45):
                nt = 1 + int(r.expovariate(1.2))
                hist = 0
                for j in range(nt):
                    p = P.dev_prompt(r) if j == 0 else r.choice(["that didn't work, same error", "now with async", "can you add error handling",
                                                                 "explain the second part", "what about edge cases?", "ok thanks. and tests?", "use the stdlib only"])
                    w.emit(a, t, r, w.addr(r, r.choice(places)), mf(t), p, ua, fp, turns=2 * j + 1, max_tokens=maxtok, out=650,
                           think=think, hist=hist)
                    hist += 900
                    t += r.randint(30, 600) * SEC


SERVER_UA = ["py", "py", "node", "node", "go", "java", "dotnet", "pyreq"]


def app_backends(w):
    r = w.rng("app_backends")
    chatty = {"support", "tutor_lang", "npc", "fitness", "clinic", "itinerary"}
    for _ in range(200 * w.k):
        kind = r.choice(P.PRODUCTS_APP)
        brand = r.choice(P.BRAND_A) + r.choice(P.BRAND_B)
        cc = pick_cc(r, {"US": 10, "GB": 3, "DE": 3, "FR": 2, "IN": 3, "BR": 2, "JP": 2, "SG": 1, "NL": 1, "CA": 2, "AU": 1, "ES": 1, "KR": 1, "ID": 1})
        market_tz = tz_of(r, cc)
        org = "org_" + h(f"{w.seed}:app:{brand}:{r.random()}", 8)
        a = w.account(r, "app_backends", "benign", None, False, cc, aged(r, 20, 800), domain=f"{brand.lower()}{r.choice(['.com', '.io', '.app', '.co'])}",
                      local=r.choice(["dev", "admin", "platform", "eng", "ops", P.local_part(r, "en")]), pay="own",
                      channel=r.choices(["standard", "enterprise", "startup"], [68, 20, 12])[0], verified=r.random() < 0.6, org=org,
                      nkeys=r.choice([1, 2, 2, 3, 4]))
        hb = cloud(w, r, cc)
        if r.random() < 0.4:
            pre = hb[1].prefix64(r)
            places = [("v6", pre)]
        else:
            places = [("v4", hb[0].host(r)) for _ in range(r.randint(1, 4))]
        ua, fam = make_ua(r, r.choice(SERVER_UA))
        fp = r.choice(FP[fam])
        system = P.app_system(r, kind, brand)
        maxtok = {"triage": 16, "bi_sql": 1024, "npc": 300, "quiz": 2048, "recipes": 1500}.get(kind, r.choice([1024, 2048, 4096]))
        base = SWIFT if r.random() < 0.4 else MAIN
        mig_at = RELEASE + int(r.uniform(2, 5) * DAY) if r.random() < 0.12 else None
        n = lognorm(r, 230, 0.8, 30, 2500)
        tools = ["find_slots", "book_appointment", "cancel_appointment", "lookup_patient"] if kind == "clinic" else None
        days = list(range(NDAYS))
        dws = [0.85 if d % 7 >= 5 else 1.0 for d in days]
        k = 0
        while k < n:
            t = w.local_ts(r, r.choices(days, dws)[0], market_tz, W_CONSUMER)
            nt = 1 + int(r.expovariate(0.6)) if kind in chatty else 1
            hist = 0
            for j in range(nt):
                p = P.app_user(r, kind) if j == 0 or kind not in chatty else P.follow_up(r, "en")
                model = NEW if (mig_at and t >= mig_at and r.random() < 0.8) else base
                tc = r.choice([0, 1, 1]) if tools else None
                w.emit(a, t, r, w.addr(r, r.choice(places)), model, p, ua, fp, system=system, turns=2 * j + 1, tools=tools,
                       tool_calls=tc, max_tokens=maxtok, out=min(maxtok, 260), hist=hist)
                hist += 300
                t += r.randint(8, 120) * SEC
                k += 1


def small_teams(w):
    r = w.rng("small_teams")
    for _ in range(70 * w.k):
        cc = pick_cc(r, {"US": 10, "GB": 3, "DE": 3, "FR": 2, "IN": 4, "BR": 2, "CA": 2, "AU": 1, "NL": 1, "ES": 1, "PL": 1, "SG": 1, "JP": 1, "KE": 1, "MX": 1, "IL": 1})
        lang, tz = lang_of(r, cc), tz_of(r, cc)
        brand = r.choice(P.BRAND_A) + r.choice(P.BRAND_B)
        dom = f"{brand.lower()}.{r.choice(['com', 'io', 'co', 'studio', 'agency'])}"
        org = "org_" + h(f"{w.seed}:team:{dom}:{r.random()}", 8)
        shared = "pf_" + h(f"{w.seed}:teampay:{org}", 12) if r.random() < 0.8 else None
        start = aged(r, 30, 700)
        office = ("v4", r.choice(w.net.get("isp", cc)).host(r))
        focus = r.choice(["dev", "writing", "mixed"])
        for s in range(r.randint(2, 6)):
            a = w.account(r, "small_teams", "benign", None, False, cc, start + int(r.uniform(0, 120) * DAY) * (s > 0), domain=dom,
                          local=P.local_part(r, name_lang(lang)), pay=shared or "own", channel=r.choice(["standard", "standard", "startup"]),
                          verified=r.random() < 0.5, org=org)
            ua, fam = make_ua(r, r.choice(["chrome", "safari", "cli", "py", "ide"]))
            fp = r.choice(FP[fam])
            places = [office, office, w.home(r, cc)]
            n = lognorm(r, 45, 0.8, 3, 500)
            ns = max(1, n // 3)
            for t in w.session_starts(r, ns, tz, W_WORK, 0.15):
                kind = r.choice({"dev": ["dev", "dev", "agent", "writing"], "writing": ["writing", "writing", "ent", "dev"], "mixed": ["dev", "writing", "ent", "agent"]}[focus])
                if kind == "agent" and "aster-code" in ua or kind == "agent" and "devloop" in ua:
                    agent_session(w, a, r, t, places, ua, fp, P.AGENT_TOOLSETS[0], r.randint(3, 15), lambda t: w.model_for(r, t, 0.3))
                    continue
                fn = {"dev": lambda r, l: P.dev_prompt(r), "writing": lambda r, l: P.en_consumer(r) if l == "en" or r.random() < 0.6 else P.consumer(r, l),
                      "ent": lambda r, l: P.enterprise_prompt(r), "agent": lambda r, l: P.dev_prompt(r)}[kind]
                chat_session(w, a, r, t, places, ua, fp, lang, r.randint(1, 4), 0.3, 8192, 0.1, 0.03, first=fn)


def researchers(w):
    r = w.rng("researchers")
    unis = {}
    for _ in range(120 * w.k):
        cc = pick_cc(r, {"US": 8, "GB": 4, "DE": 4, "FR": 2, "NL": 2, "JP": 2, "KR": 2, "IN": 3, "BR": 2, "CA": 2, "AU": 2, "CH": 2, "SG": 1, "IT": 1, "ES": 1, "SE": 1, "IL": 1, "ZA": 1})
        lang, tz = lang_of(r, cc), tz_of(r, cc)
        if cc not in unis:
            unis[cc] = [f"{r.choice(['uni', 'tu', 'univ', 'inst'])}-{r.choice(P.CITIES).lower().replace(' ', '')}.{ {'US': 'edu', 'GB': 'ac.uk', 'JP': 'ac.jp', 'KR': 'ac.kr', 'AU': 'edu.au', 'IN': 'ac.in', 'BR': 'edu.br'}.get(cc, cc.lower())}" for _ in range(2)]
        dom = r.choice(unis[cc]) if r.random() < 0.8 else free_domain(r, cc)
        ch = r.choices(["research", "education", "standard"], [30, 25, 45])[0]
        a = w.account(r, "researchers", "benign", None, False, cc, aged(r, 10, 700), domain=dom, local=P.local_part(r, name_lang(lang)),
                      pay="own" if r.random() < 0.8 else None, channel=ch, verified=ch == "research" or r.random() < 0.2)
        ua, fam = make_ua(r, r.choice(["chrome", "firefox", "safari", "py", "py"]))
        fp = r.choice(FP[fam])
        edu = r.choice(w.net.get("education", cc))
        places = [("v4", edu.host(r)), ("v4", edu.host(r)), w.home(r, cc)]
        if r.random() < 0.4:
            places.append(("v6", r.choice(w.net.get("education6", cc)).prefix64(r)))
        n = lognorm(r, 40, 0.8, 3, 400)
        for t in w.session_starts(r, max(1, n // 2), tz, W_DEV, 0.5):
            chat_session(w, a, r, t, places, ua, fp, "en", r.randint(1, 3), 0.45, 16000, 0.5, 0.04,
                         first=lambda r, l: P.research_prompt(r), swift_p=0.03)


def enterprise_orgs(w):
    r = w.rng("enterprise_orgs")
    for _ in range(5 * w.k):
        cc = pick_cc(r, {"US": 4, "GB": 2, "DE": 2, "JP": 1, "FR": 1, "IN": 1, "SG": 1, "CA": 1, "AU": 1})
        lang, tz = lang_of(r, cc), tz_of(r, cc)
        name = r.choice(P.BRAND_A) + r.choice(["Group", "Holdings", "Industries", "Partners", "Logistics", "Insurance", "Foods"])
        dom = name.lower() + r.choice([".com", ".co", ".net"])
        org = "org_" + h(f"{w.seed}:ent:{name}:{r.random()}", 8)
        pay = "pf_" + h(f"{w.seed}:entpay:{org}", 12)
        asn = w.net.asn()
        blk = w.net.v4(r.choice([24, 25, 26]), asn, f"{name} corporate network", cc, "enterprise")
        nat = [("v4", blk.host(r)) for _ in range(r.randint(1, 3))]
        system = r.choice(P.ENT_SYS).format(org=name)
        gw_ua, fam = (f"{name.lower()}-ai-gateway/{r.randint(1, 3)}.{r.randint(0, 9)}", "go") if r.random() < 0.6 else make_ua(r, "chrome")
        fp = r.choice(FP[fam])
        start = aged(r, 100, 600)
        for s in range(r.randint(20, 40)):
            a = w.account(r, "enterprise_orgs", "benign", None, False, cc, start + int(r.uniform(0, 90) * DAY), domain=dom,
                          local=f"{r.choice(P.FIRST[name_lang(lang)])}.{r.choice(P.LAST[name_lang(lang)])}", pay=pay, channel="enterprise",
                          verified=True, org=org)
            n = lognorm(r, 60, 0.7, 3, 500)
            for t in w.session_starts(r, max(1, n // 2), tz, W_WORK, 0.05):
                chat_session(w, a, r, t, nat, gw_ua, fp, "en", r.randint(1, 3), 0.0, 4096, 0.05, 0.02,
                             first=lambda r, l: P.enterprise_prompt(r), swift_p=0.05, system=system if r.random() < 0.7 else None)


# ====================================================================== hard negatives (benign look-alikes)
def hackathon_weekend(w):
    """A weekend hackathon on a university campus: 100+ sign-ups in one morning behind three NAT addresses, one starter kit."""
    r = w.rng("hackathon_weekend")
    edu = r.choice(w.net.get("education", "PT"))
    nat = [("v4", edu.host(r)) for _ in range(3)]
    wifi6 = ("v6", r.choice(w.net.get("education6", "PT")).prefix64(r))
    venue = nat * 3 + [wifi6] * 2
    tz = 1
    sat = 5
    kit_ua = "aster-sdk-node/0.36.1"
    kit_fp = FP["node"][0]
    system = P.hack_system("Hackit Starter", "BuildWeek Lisboa 2026", "Next.js + Supabase")
    ev_start = T0 + sat * DAY + int((10 - tz) * HOUR)
    ev_end = T0 + (sat + 1) * DAY + int((16 - tz) * HOUR)
    n_acc = 140 * w.k
    made = 0
    while made < n_acc:
        idea = r.choice(P.HACK_IDEAS)
        for _ in range(r.randint(3, 5)):
            made += 1
            cc = pick_cc(r, {"PT": 12, "ES": 3, "FR": 2, "DE": 2, "GB": 2, "BR": 2, "IN": 1, "IT": 1, "NL": 1})
            lang = lang_of(r, cc)
            pre = r.random() < 0.18
            created = aged(r, 30, 600) if pre else T0 + sat * DAY + int((8.5 - tz) * HOUR) + r.randrange(3 * HOUR)
            dom = free_domain(r, cc) if r.random() < 0.65 else r.choice(["campus.ulx.pt", "alunos.ulx.pt", "edu.ulx.pt"])
            a = w.account(r, "hackathon_weekend", "benign", None, True, cc, created, domain=dom, local=P.local_part(r, name_lang(lang)),
                          pay=("own" if pre or r.random() < 0.3 else None), channel="standard" if pre else "startup",
                          verified=pre and r.random() < 0.3)
            home = w.home(r, cc)
            uses_kit = r.random() < 0.85
            if uses_kit:
                ua, fp = kit_ua, kit_fp
            else:
                ua, fam = make_ua(r, r.choice(["cli", "py", "chrome"]))
                fp = r.choice(FP[fam])
            if pre:  # their ordinary life before the weekend
                for t in w.session_starts(r, r.randint(1, 6), tz_of(r, cc), W_DEV, 0.5, d1=sat):
                    chat_session(w, a, r, t, [home], ua, fp, lang, r.randint(1, 3), 0.0, 8192, 0.05, 0.02)
            n = lognorm(r, 38, 0.6, 6, 160)
            t = max(ev_start, a.created + 20 * MIN) + r.randrange(90 * MIN)
            hist = 0
            for j in range(n):
                lh = ((t + tz * HOUR) // HOUR) % 24
                if 2 <= lh < 8 and r.random() < 0.8:
                    t += r.randint(60, 200) * MIN
                if t >= ev_end:
                    break
                agentic = (not uses_kit) and ("aster-code" in ua or "devloop" in ua)
                w.emit(a, t, r, w.addr(r, r.choice(venue)), w.model_for(r, t, 0.0), P.hack_prompt(r, idea), ua, fp,
                       system=system if uses_kit else None, turns=1 + 2 * (j % 6), tools=r.choice(P.AGENT_TOOLSETS) if agentic else None,
                       tool_calls=r.randint(0, 2) if agentic else None, max_tokens=8192, out=700, hist=hist % 9000)
                hist += 700
                t += int(r.expovariate(1 / 14) * MIN) + r.randint(20, 200) * SEC
            if r.random() < 0.25:  # some keep going from home
                for t in w.session_starts(r, r.randint(1, 5), tz_of(r, cc), W_DEV, 0.5, d0=sat + 2):
                    chat_session(w, a, r, t, [home], ua, fp, lang, r.randint(1, 3), 0.3, 8192, 0.05, 0.0,
                                 first=lambda r, l, idea=idea: P.hack_prompt(r, idea), system=system if uses_kit else None)


def carrier_cgnat(w):
    """Ordinary phone users of three mobile carriers whose carrier-grade NAT puts dozens of them on each public address."""
    r = w.rng("carrier_cgnat")
    for cc, n, langs in [("ID", 120, [("id", 7), ("en", 1)]), ("PH", 80, [("tl", 5), ("en", 5)]), ("NG", 60, [("en-ng", 1)])]:
        mob = w.net.get("mobile", cc)[0]
        pool = [("v4", mob.host(r)) for _ in range(r.randint(4, 6))]
        m6 = w.net.get("mobile6", cc)[0]
        tz = tz_of(r, cc)
        family = None
        for i in range(n * w.k):
            lang = r.choices([l for l, _ in langs], [x for _, x in langs])[0]
            nl = "en" if lang == "en-ng" else name_lang(lang)
            pay = "own" if r.random() < 0.4 else None
            if family and r.random() < 0.1:
                pay = family
            a = w.account(r, "carrier_cgnat", "benign", None, True, cc, aged(r, 5, 700), domain=free_domain(r, cc),
                          local=P.local_part(r, nl), pay=pay, verified=r.random() < 0.05)
            family = a.rec.get("payment_fingerprint") or family
            ua, fam = make_ua(r, "android" if r.random() < 0.8 else "ios")
            fp = r.choice(FP[fam])
            places = pool[:]
            if cc == "PH" and r.random() < 0.5:
                places += [("v6", m6.prefix64(r))] * 2
            if r.random() < 0.3:
                places.append(w.home(r, cc, 0.1))
            nn = lognorm(r, 14, 0.8, 1, 120)
            for t in w.session_starts(r, max(1, nn // 2), tz, W_CONSUMER, 1.2):
                chat_session(w, a, r, t, places, ua, fp, lang, r.randint(1, 4), 0.1, 4096, 0.02, 0.08,
                             first=lambda r, l: P.cgnat_prompt(r, l), swift_p=0.3)


def bpo_support_desk(w):
    """A contact-centre vendor: 80 seats on one contract, onboarded in waves, shift work, rewrite-heavy templated prompts."""
    r = w.rng("bpo_support_desk")
    for o in range(w.k):
        name = ["Bayanihan Contact Partners", "Pasig Shore CX", "Visayas Support Hub"][o]
        dom = ["bayanihancx.com.ph", "pasigshorecx.ph", "visayashub.com.ph"][o]
        org = "org_" + h(f"{w.seed}:bpo:{o}", 8)
        pay = "pf_" + h(f"{w.seed}:bpopay:{o}", 12)
        blk = w.net.v4(27, w.net.asn(), f"{name} office", "PH", "enterprise")
        nat = [("v4", blk.host(r)) for _ in range(2)]
        clients = r.sample(P.BPO_CLIENTS, 4)
        systems = {c: P.BPO_SYS.format(bpo=name, client=c) for c in clients}
        ua = f"deskflow-connector/2.8.{r.randint(1, 6)}"
        fp = FP["java"][o % 2]
        waves = sorted(T0 - int(d * DAY) + int((10 - 8) * HOUR) for d in r.sample(range(15, 200), 4))
        tz = 8
        for s in range(80):
            created = waves[s % 4] + r.randrange(90 * MIN)
            a = w.account(r, "bpo_support_desk", "benign", None, True, "PH", created, domain=dom,
                          local=f"{r.choice(P.FIRST['tl'] + P.FIRST['en'])}.{r.choice(P.LAST['tl'])}", pay=pay, channel="enterprise",
                          verified=True, org=org)
            client = r.choice(clients)
            shift = r.choices([(21, 9), (6, 9), (13, 9)], [50, 25, 25])[0]
            off = r.randrange(7)
            base = SWIFT if r.random() < 0.6 else MAIN
            for d in range(-1, NDAYS):
                if (d - off) % 7 in (0, 1):
                    continue
                start = T0 + d * DAY + int((shift[0] - tz) * HOUR)
                for _ in range(r.randint(8, 25)):
                    t = start + r.randrange(shift[1] * HOUR)
                    w.emit(a, t, r, w.addr(r, r.choice(nat)), base, P.bpo_prompt(r), ua, fp, system=systems[client], turns=1,
                           max_tokens=1024, out=180)


def early_adopter_migration(w):
    """A devtools company whose per-product/per-environment accounts flip to the new model within hours of its release."""
    r = w.rng("early_adopter_migration")
    for o in range(w.k):
        co = ["Quillstack", "Parcelwise", "Tallyforge"][o]
        dom = co.lower() + ".dev"
        org = "org_" + h(f"{w.seed}:ea:{o}", 8)
        pay = "pf_" + h(f"{w.seed}:eapay:{o}", 12)
        ua = f"{co.lower()}-gateway/4.{r.randint(2, 9)}.{r.randint(0, 9)}"
        fp = FP["go"][o % 2]
        start = aged(r, 200, 600)
        staging_flip = RELEASE + int(r.uniform(1.5, 3) * HOUR)
        canary = RELEASE + int(r.uniform(3, 5) * HOUR)
        full = RELEASE + int(r.uniform(8, 12) * HOUR)
        toolset = ["read_file", "write_file", "run_tests", "search_code", "git_diff"]
        for pi, prod in enumerate(["review", "docs", "agent", "explain"]):
            system = P.EA_SYS[pi].format(co=co)
            for env in ["prod", "staging", "eval"]:
                for reg in ["US", "DE", "IN"]:
                    a = w.account(r, "early_adopter_migration", "benign", None, True, "US", start + int(r.uniform(0, 200) * DAY), domain=dom,
                                  local=f"svc-{prod}-{env}-{reg.lower()}", pay=pay, channel="enterprise", verified=True, org=org, nkeys=2)
                    hb = w.net.named[("Stratocloud", reg)]
                    places = [("v6", hb[1].prefix64(r)), ("v4", hb[0].host(r)), ("v4", hb[0].host(r))]
                    base = SWIFT if prod == "explain" else MAIN

                    def model(t, env=env, base=base):
                        if env == "staging":
                            return NEW if t >= staging_flip else base
                        if env == "eval":
                            return NEW if t >= RELEASE and r.random() < 0.5 else base
                        if t >= full:
                            return NEW if r.random() < 0.85 else base
                        if t >= canary:
                            return NEW if r.random() < 0.1 else base
                        return base
                    times = []
                    if env == "eval":
                        for d in range(NDAYS):
                            t0 = T0 + d * DAY + 2 * HOUR + r.randrange(15 * MIN)
                            times += [t0 + i * r.randint(8, 30) * SEC for i in range(r.randint(15, 35))]
                    else:
                        nn = lognorm(r, 330 if env == "prod" else 50, 0.4, 10, 1500)
                        tz = {"US": -5, "DE": 2, "IN": 5.5}[reg]
                        times = [w.local_ts(r, r.choices(range(NDAYS), [0.5 if d % 7 >= 5 else 1 for d in range(NDAYS)])[0], tz, W_DEV) for _ in range(nn)]
                    times.sort()
                    for t in times:
                        if prod == "agent" and r.random() < 0.3:
                            agent_session(w, a, r, t, places, ua, fp, toolset, r.randint(3, 12), model, system=system)
                            continue
                        w.emit(a, t, r, w.addr(r, r.choice(places)), model(t), P.ea_prompt(r, pi), ua, fp, system=system,
                               turns=1, max_tokens=4096, out=600 if prod != "explain" else 300)


def tutoring_districts(w):
    """An ed-tech tutor sold per school district: one account per district, one vendor card, one cloud egress, step-by-step maths and rubric scoring."""
    r = w.rng("tutoring_districts")
    org = "org_" + h(f"{w.seed}:tutor", 8)
    pay = "pf_" + h(f"{w.seed}:tutorpay", 12)
    hb = w.net.named[("Cumulo Hosting", "US")]
    egress = [("v4", hb[0].host(r)) for _ in range(6)]
    ua, fp = "brightpath-api/2.14.0", FP["py"][2]
    batches = [int(dt.datetime(2025, 8, 15, 14, tzinfo=dt.timezone.utc).timestamp() * 1000),
               int(dt.datetime(2026, 1, 8, 15, tzinfo=dt.timezone.utc).timestamp() * 1000), T0 - 17 * DAY + 15 * HOUR]
    for i in range(48 * w.k):
        a = w.account(r, "tutoring_districts", "benign", None, True, "US", r.choice(batches) + r.randrange(6 * HOUR),
                      domain="brightpathtutor.com", local=f"district-{r.randint(1000, 9999)}", pay=pay, channel="education",
                      verified=True, org=org)
        tz = r.choice(US_TZ)
        g1 = r.choice([5, 6, 7, 8])
        system = P.TUTOR_SYS.format(brand="Brightpath", g1=g1, g2=g1 + r.choice([2, 3, 4]))
        brk = r.choice([0, 7]) if r.random() < 0.3 else None
        size = max(0.4, min(3.0, 1.0 * math.exp(r.gauss(0, 0.5))))
        for d in range(NDAYS):
            if d % 7 >= 5 or (brk is not None and brk <= d < brk + 5):
                continue
            spans = [(8, 7.5, int(r.randint(12, 28) * size)), (17, 4, int(r.randint(3, 9) * size))]
            for h0, span, cnt in spans:
                for _ in range(cnt):
                    t = T0 + d * DAY + int((h0 - tz) * HOUR) + r.randrange(int(span * HOUR))
                    teacher = r.random() < 0.2
                    nt = 1 if teacher else r.choice([1, 1, 2, 3])
                    for j in range(nt):
                        w.emit(a, t, r, w.addr(r, r.choice(egress)), MAIN, P.tutor_prompt(r, teacher), ua, fp, system=system,
                               turns=2 * j + 1, max_tokens=1200, out=260 if not teacher else 120, hist=j * 300)
                        t += r.randint(30, 240) * SEC


def test_fixture_vendor(w):
    """A QA company whose CI asks every night for batches of fake records to seed test databases."""
    r = w.rng("test_fixture_vendor")
    org = "org_" + h(f"{w.seed}:fixture", 8)
    pays = ["pf_" + h(f"{w.seed}:fixpay:{i}", 12) for i in range(2)]
    hb = w.net.named[("Cumulo Hosting", "DE")]
    pres = [hb[1].prefix64(r) for _ in range(3)]
    v4 = [hb[0].host(r) for _ in range(2)]
    for i in range(12 * w.k):
        client = r.choice(["shop", "bank", "clinic", "logi", "hr", "travel", "telco", "media"]) + str(r.randint(1, 9))
        a = w.account(r, "test_fixture_vendor", "benign", None, True, "DE", aged(r, 60, 400), domain="mockforge.de",
                      local=f"ci-{client}", pay=r.choice(pays), channel="standard", verified=True, org=org)
        ua, fp = "python-httpx/0.27.0", FP["py"][0]
        office = ("v4", r.choice(w.net.get("isp", "DE")).host(r))
        for d in range(NDAYS):
            t = T0 + d * DAY + 1 * HOUR + r.randrange(20 * MIN)
            for _ in range(r.randint(8, 15)):
                ip = v6_in(r.choice(pres), r) if r.random() < 0.7 else r.choice(v4)
                w.emit(a, t, r, ip, MAIN, P.fixture_prompt(r), ua, fp, turns=1, max_tokens=16000, out=3000)
                t += r.randint(20, 60) * SEC
            if d % 7 < 5 and r.random() < 0.3:
                t = T0 + d * DAY + int((r.uniform(9, 17) - 2) * HOUR)
                for _ in range(r.randint(2, 5)):
                    w.emit(a, t, r, w.addr(r, office), MAIN, P.fixture_prompt(r), "python-httpx/0.27.0", fp, turns=1,
                           max_tokens=16000, out=2500)
                    t += r.randint(60, 900) * SEC


# ====================================================================== attacks
def aged_account_resale(w):
    """Aged consumer accounts bought in lots; after hand-over they keep a veneer of ordinary chat (from one shared pool)
    while most traffic becomes reasoning-trace and safe-rewrite harvest through a mobile-proxy farm."""
    r = w.rng("aged_account_resale")
    camp = "resale-lots"
    farm = w.net.get("mobile", "TH") + w.net.get("mobile", "VN") + w.net.get("mobile", "MY")
    cards = ["pf_" + h(f"{w.seed}:resalecard:{i}", 12) for i in range(8 * w.k)]
    cover = [P.en_consumer(r) for _ in range(140)]
    lots = [T0 + d * DAY + int(r.uniform(1, 14) * HOUR) for d in [1, 2, 3, 5, 6, 8]]
    w.campaign(camp, "aged_account_resale", lots[0], T_END)
    for i in range(170 * w.k):
        cc = pick_cc(r, {"US": 6, "GB": 3, "DE": 2, "FR": 2, "BR": 2, "IN": 3, "CA": 2, "AU": 1, "ES": 1, "IT": 1, "NL": 1, "MX": 1})
        lang, tz = lang_of(r, cc), tz_of(r, cc)
        pay = r.choice(cards) if r.random() < 0.4 else ("own" if r.random() < 0.8 else None)
        a = w.account(r, "aged_account_resale", "attack", camp, False, cc, aged(r, 250, 900), domain=free_domain(r, cc),
                      local=P.local_part(r, name_lang(lang)), pay=pay, verified=r.random() < 0.08)
        take = lots[i % len(lots)] + r.randint(-6 * HOUR, 6 * HOUR)
        a.since = take
        ua0, fam0 = make_ua(r, r.choice(["chrome", "safari", "ios", "android", "firefox"]))
        fp0 = r.choice(FP[fam0])
        home = [w.home(r, cc)]
        for t in w.session_starts(r, r.randint(0, 4), tz, W_CONSUMER, 1.1, d1=(take - T0) // DAY + 1):
            if t < take - HOUR:
                chat_session(w, a, r, t, home, ua0, fp0, lang, r.randint(1, 3), 0.0, 8192, 0.05, 0.05)
        ua1, _ = make_ua(r, r.choice(["chrome", "safari", "chrome"]))
        fp1 = FP["py"][r.choice([0, 1])]
        per_day = r.uniform(8, 22)
        hl = r.choices(["en", "zh", "ko", "es"], [70, 15, 7, 8])[0]
        t = take
        while t < T_END:
            lh = ((t // HOUR) + 7) % 24
            if 2 <= lh < 7:
                t += (7 - lh) * HOUR + r.randrange(HOUR)
                continue
            kind = r.choices(["cover", "cot", "rewrite"], [30, 45, 25])[0]
            ip = r.choice(farm).host(r)
            model = w.model_for(r, t, 0.4)
            if kind == "cover":
                w.emit(a, t, r, ip, model, r.choice(cover), ua1, fp1, turns=1, max_tokens=4096, out=300)
                if r.random() < 0.3:
                    t += r.randint(20, 90) * SEC
                    w.emit(a, t, r, r.choice(farm).host(r), model, P.follow_up(r, "en"), ua1, fp1, turns=3, max_tokens=4096, out=250, hist=400)
            elif kind == "cot":
                l = hl if r.random() < 0.6 else "en"
                w.emit(a, t, r, ip, model, P.cot_request(r, l), ua1, fp1, turns=1, max_tokens=r.choice([16000, 32000]), out=1800, think=3500)
            else:
                w.emit(a, t, r, ip, model, P.safe_rewrite_request(r, hl if r.random() < 0.4 else "en"), ua1, fp1, turns=1, max_tokens=4096, out=550)
            t += int(r.expovariate(per_day / (19 * HOUR)))


def research_programme_shells(w):
    """Shell 'institutes' admitted to the research-access programme; batch jobs from GPU clouds, cards shared across
    institutes, research-framed reasoning/grading/data requests, half the traffic moved to the new model within a day."""
    r = w.rng("research_programme_shells")
    camp = "research-shells"
    cards = ["pf_" + h(f"{w.seed}:shellcard:{i}", 12) for i in range(5 * w.k)]
    pool4 = [w.net.named[(p, c)][0].host(r) for p, c in [("GPUForge", "SG"), ("GPUForge", "AE"), ("Stratocloud", "SG")] for _ in range(4)]
    pool6 = [w.net.named[(p, c)][1].prefix64(r) for p, c in [("GPUForge", "SG"), ("GPUForge", "AE")] for _ in range(3)]
    ua = f"aster-sdk-python/0.{r.randint(47, 51)}.{r.randint(0, 3)}"
    switches = []
    used_names = set()
    for i in range(22 * w.k):
        while True:
            word = r.choice(P.INST_WORDS)
            form = r.choice(["Institute for {x}", "{x} Research Collective", "Center for {x} Studies", "{x} Lab", "Foundation for {x}"])
            name = form.format(x=word)
            if name not in used_names or len(used_names) > 40:
                used_names.add(name)
                break
        abbr = "".join(x[0] for x in name.replace("for ", "").split() if x[0].isupper()).lower() + str(r.randint(1, 99))
        dom = f"{abbr}-{r.choice(['lab', 'research', 'institute', 'ai'])}.{r.choice(['org', 'ai', 'net', 'org'])}"
        org = "org_" + h(f"{w.seed}:shell:{i}", 8)
        cc = r.choice(["SG", "MY", "AE", "GB", "CH", "TW", "HK"])
        approved = T0 - int(r.uniform(6, 24) * DAY) + r.randrange(DAY)
        pay = r.choice(cards)
        ips = r.sample(pool4, 2)
        pre6 = r.choice(pool6)
        sw = RELEASE + int(r.uniform(4, 20) * HOUR)
        switches.append(sw)
        for s in range(r.randint(3, 7)):
            a = w.account(r, "research_programme_shells", "attack", camp, False, cc, approved + r.randrange(2 * DAY), domain=dom,
                          local=f"{r.choice(P.FIRST[r.choice(['en', 'zh', 'ko', 'hi'])])}.{r.choice(P.LAST['en'] + P.LAST['zh'])}", pay=pay,
                          channel="research", verified=r.random() < 0.8, org=org, nkeys=r.randint(1, 3))
            fp = FP["py"][r.randrange(3)]
            n = lognorm(r, 170, 0.35, 40, 600)
            k = 0
            while k < n:
                t = max(a.created, T0) + r.randrange(max(HOUR, T_END - max(a.created, T0)))
                for _ in range(r.randint(15, 60)):
                    kind = r.choices(["reason", "grade", "gen", "para"], [45, 25, 20, 10])[0]
                    model = NEW if t >= sw and r.random() < 0.55 else MAIN
                    ip = ips[k % 2] if r.random() < 0.8 else v6_in(pre6, r)
                    w.emit(a, t, r, ip, model, P.research_shell_prompt(r, name, kind), ua, fp, turns=1,
                           max_tokens=32000 if kind == "reason" else 8192, out={"reason": 1800, "grade": 700, "gen": 3000, "para": 600}[kind],
                           think=4000 if kind in ("reason", "grade") else None)
                    t += r.randint(5, 25) * SEC
                    k += 1
    switches.sort()
    w.campaign(camp, "research_programme_shells", T0, T_END, pivot=switches[len(switches) // 2])


def sharded_specialists(w):
    """Each account looks like a single-purpose customer; together the pool covers every capability from a work
    queue running flat around the clock over rotating IPv6 addresses of one hosting network. A second pool replaces
    the first right after the release."""
    r = w.rng("sharded_specialists")
    doms = ["mailcrate.net", "inboxly.co", "postbay.io", "quickmail.site", "zmbox.org"]
    hbs = [w.net.named[("Lattice Compute", "US")], w.net.named[("Lattice Compute", "CA")]]
    nets48 = [w.net.sub6(hbs[i % 2][1], 48, listed=False) for i in range(3)]
    v4b = hbs[0][0]
    caps = ["coding", "reasoning", "rewrite", "vision", "grading", "agentic"]
    capw = [22, 25, 12, 10, 16, 15]

    def pool(name, n, c_from, c_to, a_from, a_until, new_share, succ=None):
        w.campaign(name, "sharded_specialists", a_from, a_until, successor_of=succ, pivot=a_from if new_share >= 0.5 else None)
        accs = []
        ndays = max(1, (c_to - c_from) // DAY)
        for i in range(n):
            day = c_from + (i % ndays) * DAY
            created = day - (day % DAY) + 3 * HOUR + r.randrange(40 * MIN)
            f = r.choice(P.FIRST["en"] + P.FIRST["es"] + P.FIRST["de"])
            l = r.choice(P.LAST["en"] + P.LAST["es"])
            a = w.account(r, "sharded_specialists", "attack", name, False, r.choice(["US", "US", "GB", "CA", "AU"]), created,
                          domain=r.choice(doms), local=f"{f}{l}{r.randint(10, 99)}", pay="own", verified=False)
            a.cap = r.choices(caps, capw)[0]
            a.ua, fam = make_ua(r, r.choice(["py", "py", "node"]))
            a.fp = r.choice(FP[fam])
            a.tools = P.specialist_tools(r) if a.cap == "agentic" else None
            accs.append(a)
        total = n * 60
        for j in range(total):
            t = a_from + r.randrange(a_until - a_from)
            a = r.choice(accs)
            if a.created > t:
                continue
            cap = a.cap
            p = P.specialist_prompt(r, cap)
            ip = v6_in(r.choice(nets48).prefix64(r), r) if r.random() < 0.85 else v4b.host(r)
            tools = a.tools
            if cap == "agentic" and r.random() < 0.5:
                tools = P.specialist_tools(r)
            w.emit(a, t, r, ip, w.model_for(r, t, new_share), p, a.ua, a.fp, turns=1, tools=tools,
                   tool_calls=r.randint(1, 3) if tools else None, img=cap == "vision", max_tokens=7168,
                   out={"coding": 1400, "reasoning": 1100, "rewrite": 250, "vision": 450, "grading": 500, "agentic": 200}[cap],
                   think=2500 if cap in ("coding", "reasoning", "grading") else None)

    pool("shards-a", 180 * w.k, T0 - 10 * DAY, T0 - DAY, T0 + 7 * HOUR, RELEASE + 13 * HOUR, 0.2)
    pool("shards-b", 120 * w.k, T0 + 4 * DAY, T0 + 8 * DAY, RELEASE + 3 * HOUR, T_END - 10 * MIN, 0.5, succ="shards-a")


def synthetic_toolbench(w):
    """Agent-trajectory harvest: every session invents a new tool environment, scripted tool results come back at machine
    speed; throwaway accounts on prepaid cards live a week each, behind commercial VPN exits."""
    r = w.rng("synthetic_toolbench")
    camp = "toolbench"
    w.campaign(camp, "synthetic_toolbench", T0, T_END)
    exits = []
    for prov in ["ShieldPath VPN", "Meridian Privacy", "OpenTunnel"]:
        for cc in r.sample(["US", "DE", "NL", "GB", "JP", "SG", "FR", "CA", "AU", "PL", "SE", "CH"], 5):
            b = w.net.named[(prov, cc)]
            exits += [b.host(r) for _ in range(3)]
    cards = ["pf_" + h(f"{w.seed}:tbcard:{i}", 12) for i in range(30 * w.k)]
    for i in range(180 * w.k):
        cc = pick_cc(r, {"US": 4, "DE": 2, "NL": 1, "GB": 2, "JP": 1, "SG": 1, "FR": 1, "CA": 1, "AU": 1, "PL": 1})
        created = T0 - 21 * DAY + int(r.uniform(0, 31) * DAY)
        dom = r.choice(FREE_MAIL) if r.random() < 0.6 else r.choice(["fastmail.com", "tuta.io", "mail.com", "gmx.com"])
        a = w.account(r, "synthetic_toolbench", "attack", camp, False, cc, created, domain=dom,
                      local=P.local_part(r, "en"), pay=cards[i // 6], verified=False)
        start = max(created + 6 * HOUR, T0)
        end = min(T_END, start + int(r.uniform(5, 8) * DAY))
        if end <= start + HOUR:
            continue
        my_exits = r.sample(exits, 3)
        if r.random() < 0.5:
            ua, fp = f"python-httpx/0.27.{r.randint(0, 2)}", FP["py"][r.randrange(2)]
        else:
            ua, fp = f"Python/3.11 aiohttp/3.9.{r.randint(1, 5)}", FP["aiohttp"][0]
        think = 600 if r.random() < 0.3 else None
        for _ in range(r.randint(3, 5)):
            t = start + r.randrange(end - start)
            for _ in range(r.randint(2, 5)):
                if r.random() < 0.05:
                    w.emit(a, t, r, r.choice(my_exits), MAIN, r.choice(["ping", "Reply with OK.", "test", "hello"]), ua, fp, turns=1, max_tokens=16, out=3)
                    t += r.randint(2, 10) * SEC
                dom_, tools, task = P.toolbench_env(r)
                steps = r.randint(3, 10)
                model = w.model_for(r, t, 0.5)
                hist = 0
                for j in range(steps):
                    last = j == steps - 1
                    p = task if j == 0 else (P.tool_result(r, dom_) if r.random() < 0.6 else "")
                    w.emit(a, t, r, r.choice(my_exits), model, p, ua, fp, turns=2 * j + 1, tools=tools,
                           tool_calls=0 if last else r.choice([1, 1, 2, 3]), max_tokens=4096, out=200 if not last else 450,
                           think=think, hist=hist)
                    hist += r.randint(150, 600)
                    t += int(r.uniform(1.5, 6) * SEC)
                t += r.randint(5, 60) * SEC


def best_of_n_sampler(w):
    """Free-tier look-alike accounts on sticky home addresses; each problem goes verbatim to several of them within
    minutes, and another account later asks which of the collected answers is best."""
    r = w.rng("best_of_n_sampler")
    camp = "best-of-n"
    w.campaign(camp, "best_of_n_sampler", T0, T_END)
    accs = []
    for i in range(240 * w.k):
        cc = pick_cc(r, {"US": 6, "GB": 3, "CA": 2, "AU": 1, "DE": 2, "FR": 1, "IN": 4, "BR": 2, "PH": 2, "NG": 1, "KE": 1, "ZA": 1, "MX": 1, "ES": 1, "PL": 1})
        lang = lang_of(r, cc)
        a = w.account(r, "best_of_n_sampler", "attack", camp, False, cc, aged(r, 1, 90), domain=free_domain(r, cc),
                      local=P.local_part(r, name_lang(lang)), pay="own" if r.random() < 0.35 else None, verified=False)
        a.tz = tz_of(r, cc)
        a.ua, fam = make_ua(r, r.choice(["chrome", "chrome", "firefox", "safari"]))
        a.fp = r.choice(FP[fam])
        a.places = [w.home(r, cc, 0.25)] + ([w.home(r, cc, 0.25)] if r.random() < 0.4 else [])
        a.think = r.random() < 0.7
        a.lang = lang
        accs.append(a)
        for t in w.session_starts(r, r.randint(1, 4), a.tz, W_CONSUMER, 1.1):
            chat_session(w, a, r, t, a.places, a.ua, a.fp, lang, r.randint(1, 2), 0.1, 8192, 0.05, 0.02)
    nprob = 1700 * w.k
    for _ in range(nprob):
        t = T0 + 4 * HOUR + r.randrange(NDAYS * DAY - 6 * HOUR)
        awake = [a for a in accs if a.created < t and 8 <= ((t / HOUR + a.tz) % 24) < 24]
        if len(awake) < 8:
            continue
        k = r.randint(4, 7)
        chosen = r.sample(awake, k + 1)
        prob = P.math_problem(r) if r.random() < 0.55 else P.algo_problem(r)
        model = NEW if t >= RELEASE and r.random() < 0.5 else MAIN
        for a in chosen[:k]:
            ts = t + r.randint(0, 150) * SEC
            w.emit(a, ts, r, w.addr(r, r.choice(a.places)), model, prob, a.ua, a.fp, turns=1, max_tokens=16000, out=900,
                   think=2000 if a.think else None)
        if r.random() < 0.7:
            j = chosen[k]
            ts = t + r.randint(10, 40) * MIN
            w.emit(j, ts, r, w.addr(r, r.choice(j.places)), model, P.judge_prompt(r, prob, r.randint(2, min(4, k))), j.ua, j.fp,
                   turns=1, max_tokens=8192, out=500, think=1500 if j.think else None)


GROUPS = [everyday_users, developers, app_backends, small_teams, researchers, enterprise_orgs,
          hackathon_weekend, carrier_cgnat, bpo_support_desk, early_adopter_migration, tutoring_districts, test_fixture_vendor,
          aged_account_resale, research_programme_shells, sharded_specialists, synthetic_toolbench, best_of_n_sampler]


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--scale", choices=["small", "medium"], default="small")
    ap.add_argument("--out", required=True)
    args = ap.parse_args()
    t_start = time.time()
    w = World(args.seed, args.scale)
    for g in GROUPS:
        g(w)
    w.write(args.out, t_start)


if __name__ == "__main__":
    main()
