#!/usr/bin/env python3
"""Independent held-out traffic generator with ground truth (distillguard contract v1).

Written from the threat description only. Usage:
    python3 scripts/holdout/gen.py --seed 1 --scale small --out /tmp/ho1
"""
import argparse
import bisect
import hashlib
import ipaddress
import json
import math
import os
import random
import sys
import time
from datetime import datetime, timezone

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from corpus import Corpus  # noqa: E402
from text import Text  # noqa: E402

H = 3600_000
D = 24 * H
MIN = 60_000

COUNTRIES = [("US", -5, 8), ("GB", 0, 4), ("DE", 1, 4), ("FR", 1, 3), ("IN", 5.5, 4), ("BR", -3, 3),
             ("JP", 9, 3), ("CA", -5, 2), ("AU", 10, 2), ("ES", 1, 2), ("NL", 1, 2), ("KR", 9, 2),
             ("MX", -6, 2), ("PL", 1, 2), ("SE", 1, 1), ("SG", 8, 1), ("IT", 1, 2), ("NG", 1, 1),
             ("ZA", 2, 1), ("ID", 7, 1), ("TR", 3, 1), ("AR", -3, 1), ("HK", 8, 1)]
TZ = {c: tz for c, tz, _ in COUNTRIES}
CONSUMER_MAIL = ["gmail.com", "outlook.com", "yahoo.com", "icloud.com", "proton.me", "hotmail.com",
                 "gmx.de", "mail.ru", "qq.com", "163.com", "yandex.com", "web.de", "naver.com"]
UAS = ["anthropic-python/0.49.0", "anthropic-python/0.52.1", "anthropic-typescript/0.39.0",
       "OpenAI/Python 1.40.0", "OpenAI/Python 1.58.1", "python-requests/2.31.0", "python-requests/2.32.3",
       "axios/1.6.7", "axios/1.7.9", "Go-http-client/2.0", "okhttp/4.12.0", "curl/8.5.0",
       "litellm/1.52.0", "langchain-core/0.3.15", "node-fetch/3.3.2", "httpx/0.27.2",
       "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36",
       "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_6) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15"]
UA_W = [6, 4, 4, 5, 3, 4, 3, 3, 2, 2, 2, 1, 2, 2, 1, 2, 5, 3]
CODE_AGENT_UAS = ["claude-code/1.0.31", "claude-code/1.0.44", "aider/0.68.0", "cline/3.2.1", "continue/0.9.2"]
BROWSER_CAPS = ["chat", "writing", "data"]
HOSTING_ORGS = ["Stratocloud Compute", "Nimbus Hosting", "Ferrovia Cloud", "Blue Anvil Servers",
                "Kestrel VPS", "Orbital Datacenters", "Pacific Edge Compute", "Hexgrid Hosting"]
VPN_ORGS = ["Tunnelbear Networks SA", "Quietroute VPN", "Mullion Privacy AB", "Shieldline VPN Ltd"]
PROXY_ORGS = ["Luminal Residential", "Homegrid Proxy Network", "Peerpath IP", "Streetlevel Proxies"]


def iso(ms):
    return datetime.fromtimestamp(ms / 1000, tz=timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.") + f"{ms % 1000:03d}Z"


def hexid(rng, n=12):
    return "%0*x" % (n, rng.getrandbits(4 * n))


def jitter(rng, base, s, lo=0.7, hi=1.35):
    return max(1, int(round(base * s * rng.uniform(lo, hi))))


def lognorm(rng, median, sigma, lo=1, hi=10**7):
    return int(min(hi, max(lo, median * math.exp(rng.gauss(0, sigma)))))


# ---------------------------------------------------------------- network
class Net:
    def __init__(self, rng):
        self.rng = rng
        self.used = set()
        self.ranges = []
        self.by_kind = {}
        self.isp_by_country = {}
        self.asn_used = set()
        for c, _, w in COUNTRIES + [("CN", 8, 1), ("RU", 3, 1)]:
            org = f"{c} {rng.choice(['Telecom', 'Broadband', 'Fibre', 'Net', 'Cable'])} {rng.choice(['Group', 'AG', 'SA', 'Inc', 'plc'])}"
            asn = self.asn()
            for _ in range(max(1, w)):
                r = self.add(rng.choice([14, 15, 16]), asn, org, c, "isp")
                self.isp_by_country.setdefault(c, []).append(r)
            if w >= 3:
                r = self.add6(asn, org, c, "isp")
                self.isp_by_country[c].append(r)
            self.add(16, self.asn(), f"{c} Mobile", c, "mobile")
        self.hosting = {}
        for org in HOSTING_ORGS:
            asn = self.asn()
            self.hosting[org] = [self.add(rng.choice([18, 19, 20]), asn, org, rng.choice(["US", "DE", "SG", "NL", "GB", "JP"]), "hosting")
                                 for _ in range(rng.randint(2, 4))]
        self.vpn = {org: [self.add(rng.choice([22, 23, 24]), self.asn(), org, rng.choice(["NL", "SE", "CH", "PA", "US"]), "vpn")
                          for _ in range(rng.randint(2, 3))] for org in VPN_ORGS}
        self.proxy = {}
        for org in PROXY_ORGS:
            asn = self.asn()
            rs = [self.add(16, asn, org, rng.choice(["US", "GB", "DE", "BR", "IN", "FR"]), "residential_proxy") for _ in range(3)]
            rs.append(self.add6(asn, org, "US", "residential_proxy"))
            self.proxy[org] = rs
        self.tor = [self.add(24, self.asn(), "Tor exit relays", "DE", "tor")]
        # some ISP space we have no intelligence about (addresses in no range)
        self.unlisted = [self.block(16) for _ in range(6)]

    def asn(self):
        while True:
            a = self.rng.randint(1000, 399999)
            if a not in self.asn_used:
                self.asn_used.add(a)
                return a

    def block(self, prefix):
        rng = self.rng
        while True:
            a = rng.randint(11, 223)
            if a in (100, 127, 169, 172, 192, 198, 203):
                continue
            b = rng.randint(0, 255) & ~((1 << max(0, 16 - prefix)) - 1) if prefix < 16 else rng.randint(0, 255)
            keys = [(a, b + i) for i in range(1 << max(0, 16 - prefix))]
            if any(k in self.used for k in keys):
                continue
            self.used.update(keys)
            base = (a << 24) | (b << 16)
            if prefix > 16:
                base |= (rng.randint(0, 255) << 8) & (0xFFFFFFFF << (32 - prefix)) & 0xFFFF
            return (base, 1 << (32 - prefix), prefix)

    def add(self, prefix, asn, org, country, kind):
        base, size, p = self.block(prefix)
        r = dict(cidr=f"{ipaddress.IPv4Address(base)}/{p}", asn=asn, org=org, country=country, kind=kind,
                 base=base, size=size, v6=False)
        self.ranges.append(r)
        self.by_kind.setdefault(kind, []).append(r)
        return r

    def add6(self, asn, org, country, kind):
        hi = 0x2a00 + self.rng.randint(0, 0xff)
        net = (hi << 112) | (self.rng.getrandbits(16) << 96) | (self.rng.getrandbits(16) << 80)
        r = dict(cidr=f"{ipaddress.IPv6Address(net)}/48", asn=asn, org=org, country=country, kind=kind,
                 base=net, size=1 << 80, v6=True)
        self.ranges.append(r)
        self.by_kind.setdefault(kind, []).append(r)
        return r

    def addr(self, rng, r):
        if r["v6"]:
            return str(ipaddress.IPv6Address(r["base"] + rng.getrandbits(64)))
        return str(ipaddress.IPv4Address(r["base"] + rng.randrange(1, r["size"] - 1)))

    def unlisted_addr(self, rng):
        base, size, _ = rng.choice(self.unlisted)
        return str(ipaddress.IPv4Address(base + rng.randrange(1, size - 1)))

    def own_range(self, kind, org, country, prefix=24):
        return self.add(prefix, self.asn(), org, country, kind)

    def write(self, path):
        with open(path, "w") as f:
            f.write("cidr,asn,as_org,country,kind\n")
            for r in self.ranges:
                org = r["org"].replace('"', "")
                f.write(f'{r["cidr"]},{r["asn"]},"{org}",{r["country"]},{r["kind"]}\n')


# ---------------------------------------------------------------- world
class World:
    def __init__(self, seed, scale):
        self.seed = seed
        self.s = {"small": 1, "medium": 10}[scale]
        self.rng = random.Random(seed)
        rng = self.rng
        self.t0 = int(datetime(2026, 2, 2, tzinfo=timezone.utc).timestamp() * 1000) + rng.randint(0, 40) * D
        self.days = rng.randint(12, 16)
        self.t1 = self.t0 + self.days * D
        fam = rng.choice(["helios", "aster", "corvid", "lumen", "sable", "tessel"])
        self.m_old, self.m_mini, self.m_new = f"{fam}-3", f"{fam}-3-mini", f"{fam}-4"
        self.release = self.t0 + int(rng.uniform(0.4, 0.6) * self.days * D) + rng.randint(0, 23) * H
        self.releases = [(self.m_old, self.t0 - rng.randint(150, 300) * D), (self.m_mini, self.t0 - rng.randint(30, 120) * D),
                         (self.m_new, self.release)]
        self.net = Net(rng)
        self.text = Text(Corpus(), random.Random(seed * 7919 + 1))
        self.accounts, self.profiles, self.truth = [], [], []
        self.sched = []
        self.campaigns = []
        self.common_fps = [self.fp() for _ in range(14)]
        self.common_fp_w = [rng.uniform(1, 10) for _ in self.common_fps]

    # --- small factories
    def fp(self):
        r = self.rng
        return f"t13d{r.randint(10, 19)}{r.randint(10, 19)}h2_{hexid(r, 12)}_{hexid(r, 12)}"

    def common_fp(self, rng):
        return rng.choices(self.common_fps, self.common_fp_w)[0]

    def ua(self, rng):
        return rng.choices(UAS, UA_W)[0]

    def shape(self, rng, style="any"):
        if style == "farm":
            return "a" * rng.randint(6, 8) + "9" * rng.choice([4, 4, 5])
        k = rng.randrange(6)
        a = lambda lo, hi: "a" * rng.randint(lo, hi)
        return [a(4, 10), a(3, 7) + "." + a(3, 9), a(4, 9) + "9" * rng.randint(1, 4), a(1, 1) + "." + a(4, 9),
                a(3, 6) + "_" + a(3, 7) + "9" * rng.randint(0, 2), a(5, 8) + "9" * rng.randint(2, 4)][k]

    def pf(self, rng):
        return "pf_" + hexid(rng, 14)

    def account(self, rng, group, label, campaign, hard, created, country, channel="standard", org=None,
                domain=None, shape=None, pf=None, verified=False, prof=None):
        idx = len(self.accounts)
        aid = "acct_" + hexid(rng, 10)
        rec = {"account_id": aid, "created_at": iso(created) if rng.random() > 0.05 else created}
        if org:
            rec["org_id"] = org
        rec["email_domain"] = domain or rng.choice(CONSUMER_MAIL)
        rec["email_local_shape"] = shape or self.shape(rng)
        if pf:
            rec["payment_fingerprint"] = pf
        rec["billing_country"] = country
        rec["signup_channel"] = channel
        rec["verified"] = verified
        self.accounts.append(rec)
        t = {"account_id": aid, "label": label, "group": group, "campaign": campaign}
        if hard:
            t["hard"] = True
        self.truth.append(t)
        p = dict(prof or {})
        p.setdefault("keys", ["key_" + hexid(rng, 8) for _ in range(rng.choice([1, 1, 1, 2, 3]))])
        p["created"] = created
        self.profiles.append(p)
        return idx

    # --- models
    def model_plan(self, rng, adopt_p, delay_mean_h, share, mini=0.15):
        adopt = None
        if rng.random() < adopt_p:
            adopt = self.release + int(rng.expovariate(1 / (delay_mean_h * H)))
        return {"mini": mini * rng.uniform(0.3, 1.5), "adopt": adopt, "share": share}

    # --- time patterns
    def diurnal_ts(self, rng, tz, start, end, shape="day"):
        while True:
            t = rng.randint(start, end - 1)
            h = ((t // H) + tz) % 24
            if shape == "office":
                w = 1.0 if 8.5 <= h < 18.5 else (0.15 if 7 <= h < 22 else 0.02)
                if ((t + tz * H) // D + 3) % 7 >= 5:  # weekend (1970-01-01 was a Thursday)
                    w *= 0.15
            elif shape == "evening":
                w = 1.0 if 17 <= h < 24 else (0.5 if 9 <= h < 17 else 0.05)
            else:
                w = 1.0 if 9 <= h < 23 else 0.08
            if rng.random() < w:
                return t

    def session(self, rng, idx, t, length, gap_s=(15, 400)):
        for k in range(length):
            self.sched.append((t, idx, k))
            t += int(rng.uniform(*gap_s) * 1000)

    def stream(self, rng, start, end, per_hour, pattern="flat", tz=0):
        """Request times of a campaign-wide stream."""
        out = []
        if pattern == "clock":
            step = H / per_hour
            t = start + rng.random() * step
            while t < end:
                out.append(int(t + rng.uniform(-0.08, 0.08) * step))
                t += step
            return out
        if pattern == "bursts":
            t = start
            while t < end:
                on = rng.uniform(0.3, 2.0) * H
                rate = per_hour * rng.uniform(2.5, 5)
                e = min(end, t + on)
                while t < e:
                    t += rng.expovariate(rate / H)
                    out.append(int(t))
                t = e + rng.uniform(1, 6) * H
            return [x for x in out if x < end]
        t = start
        while True:
            t += rng.expovariate(per_hour / H)
            if t >= end:
                break
            if pattern == "diurnal":
                h = ((t // H) + tz) % 24
                if rng.random() > (1.0 if 8 <= h < 23 else 0.25):
                    continue
            out.append(int(t))
        return out

    def assign(self, rng, times, members, mode="rr", session_len=None, gap_s=(8, 90)):
        members = list(members)
        rng.shuffle(members)
        for i, t in enumerate(times):
            idx = members[i % len(members)] if mode == "rr" else rng.choice(members)
            L = session_len(rng) if session_len else 1
            self.session(rng, idx, t, L, gap_s)

    def add_campaign(self, name, group, start, end, successor_of=None, pivot_at=None):
        c = {"campaign": name, "group": group, "successor_of": successor_of, "start": iso(start), "end": iso(end)}
        if pivot_at:
            c["pivot_at"] = iso(pivot_at)
        self.campaigns.append(c)


# ---------------------------------------------------------------- populations
def benign(w):
    rng, s, net, t0, t1 = w.rng, w.s, w.net, w.t0, w.t1
    countries = [c for c, _, _ in COUNTRIES]
    cweights = [wt for _, _, wt in COUNTRIES]

    # ordinary users
    n = jitter(rng, 2300, s)
    for _ in range(n):
        c = rng.choices(countries, cweights)[0]
        home = [net.addr(rng, rng.choice(net.isp_by_country[c])) if rng.random() > 0.06 else net.unlisted_addr(rng)
                for _ in range(rng.choice([1, 1, 2, 3]))]
        mob = rng.choice(net.by_kind["mobile"]) if rng.random() < 0.4 else None
        mix = {k: rng.random() ** 2 for k in ["chat", "writing", "coding", "data", "homework", "rewrite_b"]}
        vpn = rng.choice(rng.choice(list(net.vpn.values()))) if rng.random() < 0.04 else None
        browser = rng.random() < 0.55
        prof = dict(ip=("home", home, mob, vpn), mix=mix, ua=None if browser else w.ua(rng),
                    fp=w.common_fp(rng), models=w.model_plan(rng, 0.45, 72, rng.uniform(0.3, 0.9)),
                    maxtok=rng.choice([[1024, 2048, 4096], [4096, 8192], [8192], [None]]), think=rng.random() * 0.3,
                    tz=TZ[c])
        if browser:
            prof["ua"] = rng.choice(UAS[-2:])
        created = t0 - rng.randint(1, 900) * D + rng.randint(0, D)
        created = min(created, t1 - H)
        idx = w.account(rng, "regular_user", "benign", None, False, created, c,
                        channel=rng.choices(["standard", "education", "startup", "research"], [90, 4, 4, 2])[0],
                        pf=w.pf(rng) if rng.random() < 0.7 else None, verified=rng.random() < 0.35, prof=prof)
        nreq = lognorm(rng, 11, 1.25, 1, 900)
        start = max(t0, created)
        shape = rng.choice(["day", "evening", "office"])
        while nreq > 0:
            L = min(nreq, 1 + int(rng.expovariate(1 / 2.2)))
            w.session(rng, idx, w.diurnal_ts(rng, TZ[c], start, t1, shape), L)
            nreq -= L
    # households sharing a card
    reg = [i for i, t in enumerate(w.truth) if t["group"] == "regular_user"]
    for _ in range(len(reg) // 40):
        a, b = rng.sample(reg, 2)
        if "payment_fingerprint" in w.accounts[a]:
            w.accounts[b]["payment_fingerprint"] = w.accounts[a]["payment_fingerprint"]

    # coding power users (hard): heavy agentic coding, adopt new models fast
    for _ in range(jitter(rng, 45, s)):
        c = rng.choices(countries, cweights)[0]
        home = [net.addr(rng, rng.choice(net.isp_by_country[c])) for _ in range(rng.randint(1, 3))]
        prof = dict(ip=("home", home, None, None), mix={"codeagent": 0.6, "coding": 0.3, "chat": 0.1},
                    ua=rng.choice(CODE_AGENT_UAS), fp=w.common_fp(rng), models=w.model_plan(rng, 0.9, 14, 0.85, 0.05),
                    maxtok=[16000, 32000, 64000], think=0.7, tz=TZ[c])
        created = t0 - rng.randint(30, 700) * D
        idx = w.account(rng, "coding_power_user", "benign", None, True, created, c, pf=w.pf(rng),
                        verified=rng.random() < 0.7, prof=prof)
        nses = lognorm(rng, 30, 0.5, 8, 150)
        for _ in range(nses):
            w.session(rng, idx, w.diurnal_ts(rng, TZ[c], t0, t1, rng.choice(["office", "evening"])),
                      lognorm(rng, 10, 0.6, 2, 70), (3, 60))

    # app backends on cloud ranges (hard)
    for _ in range(jitter(rng, 26, s)):
        org_h = rng.choice(HOSTING_ORGS)
        ips = [net.addr(rng, rng.choice(net.hosting[org_h])) for _ in range(rng.randint(1, 4))]
        app = {"kind": rng.choice(["support", "summarise", "extract", "review", "docsqa"])}
        system = f"You are the assistant inside {w.text.word(rng).title()}{rng.choice(['ly', 'io', 'Hub', ' App'])}. " + rng.choice(w.text.paras)[:200]
        c = rng.choice(["US", "DE", "GB", "SG", "IN", "FR"])
        prof = dict(ip=("pool", ips), mix={"app": 1.0}, app=app, system=system, ua=rng.choice(UAS[5:11]),
                    fp=w.common_fp(rng), models=w.model_plan(rng, 0.25, 150, 1.0, 0.5), maxtok=[rng.choice([256, 512, 1024])],
                    think=0.0, tz=TZ.get(c, 0))
        idx = w.account(rng, "app_backend", "benign", None, True, t0 - rng.randint(20, 500) * D, c,
                        org="org_" + hexid(rng, 6), domain=w.text.word(rng) + ".io", pf=w.pf(rng), verified=True, prof=prof)
        for t in w.stream(rng, t0, t1, rng.uniform(0.5, 5), "diurnal", TZ.get(c, 0)):
            w.sched.append((t, idx, 0))

    # legit reseller (hard): many end-customer accounts on the reseller's card and egress
    for r in range(max(1, s // 4)):
        org = "org_" + hexid(rng, 6)
        egress = [net.addr(rng, rng.choice(net.hosting[rng.choice(HOSTING_ORGS)])) for _ in range(rng.randint(6, 16))]
        card = w.pf(rng)
        ua, fp = rng.choice(["okhttp/4.12.0", "resellerkit/2.4.0", "Go-http-client/2.0"]), w.fp()
        dom = w.text.word(rng) + "-ai.com"
        for _ in range(jitter(rng, 110, s / max(1, s // 4))):
            mix = {k: rng.random() for k in ["chat", "writing", "app", "data", "coding"]}
            app = {"kind": rng.choice(["support", "summarise", "extract", "review", "docsqa"])}
            prof = dict(ip=("pool", egress), mix=mix, app=app, ua=ua, fp=fp, models=w.model_plan(rng, 0.5, 48, 0.6),
                        maxtok=[1024, 2048, 4096], think=0.05, tz=0)
            created = t0 - rng.randint(0, 400) * D
            idx = w.account(rng, "reseller_legit", "benign", None, True, created, rng.choice(["US", "GB", "DE", "IN", "BR"]),
                            channel="reseller", org=org, domain=dom, shape=w.shape(rng), pf=card, verified=True, prof=prof)
            nreq = lognorm(rng, 40, 1.0, 3, 800)
            for t in sorted(rng.randint(max(t0, created), t1 - 1) for _ in range(nreq)):
                w.sched.append((t, idx, 0))

    # enterprise behind one NAT on one card (hard)
    for e in range(max(1, s // 3)):
        c = rng.choice(["US", "DE", "GB", "JP", "FR"])
        rr = net.own_range("enterprise", f"{w.text.word(rng).title()} Industries egress", c, 26)
        nat = [net.addr(rng, rr) for _ in range(rng.randint(1, 4))]
        org, card, fp = "org_" + hexid(rng, 6), w.pf(rng), w.fp()
        dom = w.text.word(rng) + "-corp.com"
        for _ in range(jitter(rng, 90, s / max(1, s // 3))):
            prof = dict(ip=("pool", nat), mix={"coding": 0.35, "writing": 0.25, "data": 0.25, "chat": 0.1, "codeagent": 0.05},
                        ua=rng.choice(["anthropic-python/0.52.1", UAS[-2], "claude-code/1.0.44"]), fp=fp,
                        models=w.model_plan(rng, 0.6, 48, 0.7, 0.05), maxtok=[4096, 8192], think=0.2, tz=TZ[c])
            idx = w.account(rng, "enterprise", "benign", None, True, t0 - rng.randint(30, 300) * D, c, channel="enterprise",
                            org=org, domain=dom, shape=rng.choice(["aaaa.aaaaaa", "aaaaa.aaaaaaa", "a.aaaaaa"]), pf=card,
                            verified=True, prof=prof)
            for _ in range(lognorm(rng, 18, 0.8, 1, 150)):
                w.session(rng, idx, w.diurnal_ts(rng, TZ[c], t0, t1, "office"), lognorm(rng, 3, 0.6, 1, 15))

    # university class: sign up together on campus NAT, same problem sets (hard)
    for u in range(max(2, s // 2)):
        c = rng.choice(["US", "GB", "DE", "CA", "AU", "IN"])
        rr = net.own_range("education", f"University of {w.text.word(rng).title()}", c, rng.choice([20, 22]))
        campus = [net.addr(rng, rr) for _ in range(rng.randint(2, 6))]
        signup = t0 - rng.randint(0, 5) * D + rng.randint(9, 15) * H
        dept_card = w.pf(rng) if rng.random() < 0.6 else None
        assignments = [[w.text.problem(rng) for _ in range(rng.randint(5, 9))] for _ in range(rng.randint(2, 4))]
        dues = sorted(rng.randint(t0 + 2 * D, t1 - H) for _ in assignments)
        dom = w.text.word(rng) + ".edu"
        for _ in range(jitter(rng, 45, s / max(2, s // 2))):
            homes = [net.addr(rng, rng.choice(net.isp_by_country[c]))]
            prof = dict(ip=("campus", campus, homes), mix={"homework": 0.55, "coding": 0.25, "chat": 0.1, "writing": 0.1},
                        ua=rng.choice([UAS[-1], UAS[-2], "anthropic-python/0.49.0"]), fp=w.common_fp(rng),
                        models=w.model_plan(rng, 0.3, 96, 0.5), maxtok=[2048, 4096], think=0.3, tz=TZ[c],
                        assignments=assignments)
            idx = w.account(rng, "university", "benign", None, True, signup + rng.randint(0, 100) * MIN, c,
                            channel="education", domain=dom, shape=rng.choice(["aaaaaa9", "aaa99", "a.aaaaaa", "aaaaaaa99"]),
                            pf=dept_card, verified=False, prof=prof)
            for a_i, due in enumerate(dues):
                for _ in range(lognorm(rng, 5, 0.7, 0, 30)):
                    t = due - int(rng.expovariate(1 / (30 * H)))
                    if t > max(t0, signup):
                        w.sched.append((t, idx, 1000 + a_i))  # step >= 1000 marks an assignment session
            for _ in range(lognorm(rng, 6, 0.8, 0, 40)):
                w.session(rng, idx, w.diurnal_ts(rng, TZ[c], max(t0, signup + H), t1, "evening"), rng.randint(1, 4))

    # evaluation company: benchmark sweeps, repetitive templates, judge grading, instant new-model runs (hard)
    for e in range(max(1, s // 5)):
        c = rng.choice(["US", "GB", "DE"])
        org_h = rng.choice(HOSTING_ORGS)
        ips = [net.addr(rng, rng.choice(net.hosting[org_h])) for _ in range(rng.randint(2, 8))]
        org, card, fp = "org_" + hexid(rng, 6), w.pf(rng), w.fp()
        members = []
        for _ in range(jitter(rng, 10, s / max(1, s // 5))):
            prof = dict(ip=("pool", ips), mix={"bench": 1.0}, ua="evalrunner/3.1 python-httpx/0.27.2", fp=fp,
                        models={"mini": 0.3, "adopt": w.release + rng.randint(20, 240) * MIN, "share": 0.7},
                        maxtok=[16, 512, 4096, 16000], think=0.3, tz=TZ[c], bench=rng.sample(["mcq", "math", "code", "judge"], 2))
            members.append(w.account(rng, "eval_company", "benign", None, True, t0 - rng.randint(10, 400) * D, c,
                                     channel=rng.choice(["enterprise", "research"]), org=org, domain=w.text.word(rng) + "evals.com",
                                     pf=card, verified=True, prof=prof))
        runs = rng.randint(4, 9) + (2 if True else 0)
        starts = sorted(rng.randint(t0, t1 - 6 * H) for _ in range(runs)) + [w.release + rng.randint(30, 180) * MIN]
        for st in starts:
            runner = rng.sample(members, max(1, len(members) // 2))
            times = w.stream(rng, st, min(t1, st + rng.randint(2, 6) * H), rng.uniform(60, 260) * s ** 0.3, "clock")
            w.assign(rng, times, runner, "rr")

    # hackathon / startup programme cohort: same-day sign-ups at the venue, teams share a card (hard)
    for hk in range(max(1, s // 4)):
        c = rng.choice(["US", "GB", "DE", "SG", "FR"])
        venue = [net.addr(rng, rng.choice(net.isp_by_country[c])) for _ in range(rng.randint(1, 3))]
        day = t0 + rng.randint(1, 4) * D + 8 * H
        fp_venue = w.common_fp(rng)
        n = jitter(rng, 60, s / max(1, s // 4))
        team_card = None
        for i in range(n):
            if i % rng.randint(2, 5) == 0:
                team_card = w.pf(rng)
            homes = [net.addr(rng, rng.choice(net.isp_by_country[c]))]
            prof = dict(ip=("switch", day + 2 * D, venue, homes), mix={"agent": 0.45, "coding": 0.35, "chat": 0.2},
                        ua=rng.choice(["anthropic-python/0.52.1", "anthropic-typescript/0.39.0", "langchain-core/0.3.15"]),
                        fp=fp_venue, models=w.model_plan(rng, 0.5, 30, 0.6), maxtok=[4096, 8192], think=0.2, tz=TZ[c],
                        domain_agent=rng.choice(["support", "data", "research", "booking"]))
            idx = w.account(rng, "hackathon", "benign", None, True, day + rng.randint(0, 180) * MIN, c, channel="startup",
                            pf=team_card, verified=False, prof=prof)
            for _ in range(lognorm(rng, 12, 0.6, 2, 60)):
                t = day + rng.randint(60, 2 * 24 * 60) * MIN if rng.random() < 0.7 else w.diurnal_ts(rng, TZ[c], day, t1)
                w.session(rng, idx, min(t, t1 - H), lognorm(rng, 4, 0.5, 1, 15), (5, 120))


def attacks(w):
    rng, s, net, t0, t1 = w.rng, w.s, w.net, w.t0, w.t1
    ncamp = 1 if s == 1 else 3

    def young(lo_d, hi_d, ref=None):
        ref = ref or t0
        return ref - rng.randint(lo_d * 24, hi_d * 24) * H - rng.randint(0, H)

    # 1. reseller hydra: waves on few cards, shared hosting pool, mostly customer chat + minority harvesting
    for k in range(ncamp):
        name = f"hydra_{hexid(rng, 4)}"
        pool = [net.addr(rng, r) for r in rng.sample(net.hosting[rng.choice(HOSTING_ORGS)] + net.hosting[rng.choice(HOSTING_ORGS)], 3)
                for _ in range(rng.randint(8, 14))]
        harvest_ua, harvest_fp = rng.choice(CODE_AGENT_UAS), w.fp()
        members = []
        nwaves = rng.randint(5, 9) * (1 if s == 1 else 3)
        for wv in range(nwaves):
            wave_t = young(0, 25) if wv < nwaves // 2 else t0 + rng.randint(0, w.days // 2) * D + rng.randint(0, 23) * H
            cards = [w.pf(rng) for _ in range(rng.randint(2, 5))]
            dom = rng.choice(CONSUMER_MAIL[:6])
            for _ in range(jitter(rng, 50, 1, 0.6, 1.2)):
                prof = dict(ip=("pool", pool), mix={"chat": 0.35, "writing": 0.2, "data": 0.1, "coding": 0.1,
                                                    "codeagent": rng.uniform(0.12, 0.25), "cot": rng.uniform(0.02, 0.08)},
                            ua=None, ua_pool=[w.ua(rng) for _ in range(4)], harvest_ua=harvest_ua, fp=w.common_fp(rng),
                            harvest_fp=harvest_fp, models=w.model_plan(rng, 0.6, 20, 0.5), maxtok=[1024, 4096],
                            harvest_maxtok=[32000], think=0.5, tz=0,
                            leak=rng.choice([0, 0.005, 0.02]), leak_cc=rng.choice(["CN", "RU"]))
                members.append(w.account(rng, "hydra_reseller", "attack", name, False, wave_t + rng.randint(0, 55) * MIN,
                                         rng.choice(["US", "SG", "HK", "GB", "ID"]),
                                         channel=rng.choice(["standard", "reseller", "standard"]), domain=dom,
                                         shape=w.shape(rng, "farm" if rng.random() < 0.6 else "any"),
                                         pf=rng.choice(cards), verified=rng.random() < 0.1, prof=prof))
        start = max(t0, min(w.profiles[i]["created"] for i in members))
        for i in members:
            st = max(t0, w.profiles[i]["created"] + rng.randint(5, 120) * MIN)
            for _ in range(lognorm(rng, 22, 0.6, 2, 200)):
                t = w.diurnal_ts(rng, rng.choice([-5, 1, 8]), st, t1)
                w.session(rng, i, t, lognorm(rng, 2, 0.7, 1, 30), (5, 60))
        w.add_campaign(name, "hydra_reseller", start, t1)

    # 2. agentic harvester via rotating residential proxies, rare TLS fingerprint, mixed channels
    for k in range(ncamp):
        name = f"agent_{hexid(rng, 4)}"
        proxy_ranges = net.proxy[rng.choice(PROXY_ORGS)] + rng.choice(list(net.proxy.values()))[:2]
        fp, ua = w.fp(), rng.choice(["httpx/0.27.2", "OpenAI/Python 1.58.1", "python-requests/2.32.3"])
        members, card = [], None
        for i in range(jitter(rng, 140, 1 if s == 1 else 3)):
            ch = rng.choice(["education", "startup", "standard", "standard"])
            if ch == "standard" and (card is None or rng.random() < 0.2):
                card = w.pf(rng)
            prof = dict(ip=("rotate", proxy_ranges), mix={"agent": 0.75, "chat": 0.15, "data": 0.1}, ua=ua, fp=fp,
                        models=w.model_plan(rng, 0.3, 60, 0.4), maxtok=[8192, 16000], think=0.3, tz=0,
                        domain_agent=None, whyafter=t0 + int(w.days * rng.uniform(0.55, 0.75)) * D // 1)
            members.append(w.account(rng, "agentic_proxy", "attack", name, False, young(1, 40), rng.choice(["US", "GB", "CA", "DE"]),
                                     channel=ch, domain=rng.choice(CONSUMER_MAIL[:6]) if ch != "education" else w.text.word(rng) + ".edu",
                                     pf=card if ch == "standard" else None, verified=False, prof=prof))
        times = w.stream(rng, t0 + rng.randint(0, 2) * D, t1, rng.uniform(8, 14) * (1 if s == 1 else 3), "flat")
        w.assign(rng, times, members, "random", lambda r: lognorm(r, 5, 0.5, 2, 20), (2, 25))
        w.add_campaign(name, "agentic_proxy", times[0], t1)

    # 3. sign-up waves on few cards from a hosting pool, bursts of CoT harvesting
    for k in range(ncamp):
        name = f"wave_{hexid(rng, 4)}"
        org_h = rng.choice(HOSTING_ORGS)
        pool = [net.addr(rng, rng.choice(net.hosting[org_h])) for _ in range(rng.randint(10, 30))]
        ua, fp = rng.choice(["python-requests/2.31.0", "aiohttp/3.9.5", "OpenAI/Python 1.40.0"]), w.fp()
        fam = rng.sample(range(8), 3)
        members = []
        for wv in range(rng.randint(3, 5) * (1 if s == 1 else 3)):
            wt = t0 + rng.randint(-3, w.days // 3) * D + rng.randint(0, 23) * H
            cards = [w.pf(rng) for _ in range(rng.randint(1, 3))]
            for _ in range(rng.randint(20, 40)):
                prof = dict(ip=("pool", pool), mix={"cot": 0.85, "chat": 0.15}, cot_fams=fam, ua=ua, fp=fp,
                            models=w.model_plan(rng, 0.2, 60, 0.5), maxtok=[32000, 64000], think=0.9, tz=0,
                            leak=rng.choice([0, 0.01, 0.03]), leak_cc=rng.choice(["CN", "RU"]))
                members.append(w.account(rng, "wave_farm", "attack", name, False, wt + rng.randint(0, 20) * MIN,
                                         rng.choice(["SG", "HK", "US"]), domain=rng.choice(["outlook.com", "gmail.com"]),
                                         shape=w.shape(rng, "farm"), pf=rng.choice(cards), verified=False, prof=prof))
        start = max(t0, min(w.profiles[i]["created"] for i in members) + 2 * H)
        times = w.stream(rng, start, t1, rng.uniform(30, 60) * (1 if s == 1 else 3), "bursts")
        times = [t for t in times]
        live = sorted(members, key=lambda i: w.profiles[i]["created"])
        created = [w.profiles[i]["created"] for i in live]
        for i, t in enumerate(times):
            n_live = bisect.bisect_right(created, t)
            if n_live:
                w.sched.append((t, live[i % n_live], 0))
        w.add_campaign(name, "wave_farm", start, t1)

    # 4. single-use throwaway accounts (1-3 requests each) from VPN and hosting exits
    for k in range(ncamp):
        name = f"throwaway_{hexid(rng, 4)}"
        exits = rng.choice(list(net.vpn.values())) + rng.choice(list(net.hosting.values()))
        ua = rng.choice(["python-requests/2.32.3", "curl/8.5.0", "Go-http-client/2.0"])
        fp = w.fp()
        card_pool = [w.pf(rng) for _ in range(rng.randint(8, 25))]
        t = t0 + rng.randint(0, 3) * D
        first = t
        for _ in range(jitter(rng, 380, 1 if s == 1 else 3)):
            t += int(rng.expovariate(1 / ((t1 - t0) / 500)))
            if t >= t1 - H:
                t = t0 + rng.randint(0, w.days - 1) * D
            prof = dict(ip=("fixed", [net.addr(rng, rng.choice(exits))]), mix={"cot": 0.5, "datagen": 0.3, "grade": 0.2},
                        ua=ua, fp=fp, models=w.model_plan(rng, 0.4, 24, 0.8), maxtok=[64000], think=0.8, tz=0)
            created = t - rng.randint(1, 30) * MIN
            idx = w.account(rng, "throwaway", "attack", name, False, created, rng.choice(["US", "GB", "SG", "BR", "IN"]),
                            domain=rng.choice(["proton.me", "outlook.com", "mail.ru", "gmail.com"]),
                            shape=w.shape(rng, rng.choice(["farm", "any"])), pf=rng.choice(card_pool) if rng.random() < 0.7 else None,
                            verified=False, prof=prof)
            w.session(rng, idx, t, 1)
            for _ in range(rng.choice([0, 0, 1, 2])):
                w.session(rng, idx, t + rng.randint(5, 300) * 1000, 1)
        w.add_campaign(name, "throwaway", first, t1)

    # 5. relay: a primary pool is banned mid-window, an aged standby pool takes over its workload
    for k in range(ncamp):
        pname, sname = f"relay_{hexid(rng, 4)}", f"standby_{hexid(rng, 4)}"
        fam = rng.sample(range(8), 4)
        system = rng.choice(["You are a careful mathematician.", "Answer as an expert tutor who never skips steps.",
                             "You are a rigorous problem solver. Be exhaustive."])
        ua_p, ua_s = "python-requests/2.31.0", "python-requests/2.32.3"
        fp = w.fp()
        mk = lambda pool, ua: dict(ip=("pool", pool), mix={"cot": 0.7, "coding": 0.1, "chat": 0.2}, cot_fams=fam,
                                   system=system, ua=ua, fp=fp, models=w.model_plan(rng, 0.2, 48, 0.5),
                                   maxtok=[16000, 32000], think=0.8, tz=0)
        pool_p = [net.addr(rng, rng.choice(rng.choice(list(net.hosting.values())))) for _ in range(rng.randint(6, 20))]
        pool_s = [net.addr(rng, rng.choice(rng.choice(list(net.vpn.values())))) for _ in range(rng.randint(6, 20))]
        ban = t0 + int(w.days * D * rng.uniform(0.3, 0.5))
        takeover = ban + rng.randint(2, 14) * H
        cards_p = [w.pf(rng) for _ in range(rng.randint(3, 8))]
        prim = [w.account(rng, "relay_primary", "attack", pname, False, young(2, 30), rng.choice(["US", "SG", "GB"]),
                          pf=rng.choice(cards_p), shape=w.shape(rng, "farm"), verified=False, prof=mk(pool_p, ua_p))
                for _ in range(jitter(rng, 75, 1 if s == 1 else 3))]
        stand = [w.account(rng, "relay_standby", "attack", sname, False, young(20, 90), rng.choice(["US", "CA", "AU", "GB"]),
                           pf=w.pf(rng) if rng.random() < 0.5 else None, shape=w.shape(rng), verified=rng.random() < 0.3,
                           prof=mk(pool_s, ua_s)) for _ in range(jitter(rng, 65, 1 if s == 1 else 3))]
        rate = rng.uniform(40, 80) * (1 if s == 1 else 3)
        w.assign(rng, w.stream(rng, t0, ban, rate, "clock"), prim, "rr")
        w.assign(rng, w.stream(rng, takeover, t1, rate, "clock"), stand, "rr")
        for i in stand:  # a trickle of warm-up chat before the takeover
            for _ in range(rng.randint(0, 2)):
                w.sched.append((rng.randint(t0, takeover), i, 2000))
        w.add_campaign(pname, "relay_primary", t0, ban)
        w.add_campaign(sname, "relay_standby", takeover, t1, successor_of=pname)

    # 6. new-model pivot: half the traffic moves to the new model within 24 h of release
    for k in range(ncamp):
        name = f"pivot_{hexid(rng, 4)}"
        vpn = rng.choice(list(net.vpn.values()))
        pool = [net.addr(rng, rng.choice(vpn)) for _ in range(rng.randint(5, 15))]
        ua, fp = rng.choice(["anthropic-python/0.49.0", "litellm/1.52.0"]), w.fp()
        pivot = w.release + rng.randint(2, 22) * H
        members = []
        cards = [w.pf(rng) for _ in range(rng.randint(2, 6))]
        for _ in range(jitter(rng, 55, 1 if s == 1 else 3)):
            prof = dict(ip=("pool", pool), mix={"cot": 0.5, "coding": 0.3, "chat": 0.2},
                        ua=ua, fp=fp, models={"mini": 0.0, "adopt": pivot, "share": 0.5 if rng.random() < 0.7 else 0.9},
                        maxtok=[32000], think=0.8, tz=0, leak=rng.choice([0, 0.01]), leak_cc="CN")
            members.append(w.account(rng, "model_pivot", "attack", name, False, young(3, 45), rng.choice(["SG", "HK", "KR", "JP"]),
                                     pf=rng.choice(cards), verified=False, prof=prof))
        rate = rng.uniform(18, 35) * (1 if s == 1 else 3)
        w.assign(rng, w.stream(rng, t0, pivot, rate, "diurnal", 8), members, "random")
        w.assign(rng, w.stream(rng, pivot, t1, rate * 1.8, "diurnal", 8), members, "random")
        w.add_campaign(name, "model_pivot", t0, t1, pivot_at=pivot)

    # 7. low and slow: few requests a day per account, residential addresses, diurnal, distinct cards
    for k in range(ncamp):
        name = f"slow_{hexid(rng, 4)}"
        pr = rng.choice(list(net.proxy.values()))
        for _ in range(jitter(rng, 40, 1 if s == 1 else 3)):
            c = rng.choice(["US", "GB", "DE", "CA"])
            prof = dict(ip=("fixed", [net.addr(rng, rng.choice(pr)) for _ in range(rng.randint(1, 2))]),
                        mix={"cot": 0.3, "grade": 0.15, "saferw": 0.1, "chat": 0.3, "writing": 0.15},
                        ua=w.ua(rng), fp=w.common_fp(rng), models=w.model_plan(rng, 0.5, 48, 0.5),
                        maxtok=[4096, 8192], think=0.4, tz=TZ[c])
            idx = w.account(rng, "low_and_slow", "attack", name, False, young(5, 120), c, pf=w.pf(rng),
                            verified=rng.random() < 0.4, prof=prof)
            for d in range(w.days):
                for _ in range(rng.choice([0, 1, 2, 3, 4])):
                    w.sched.append((w.diurnal_ts(rng, TZ[c], t0 + d * D, t0 + (d + 1) * D), idx, 0))
        w.add_campaign(name, "low_and_slow", t0, t1)

    # 8. rubric grading + "safe" rewrite harvester over VPNs, cards shared in small groups
    for k in range(ncamp):
        name = f"grader_{hexid(rng, 4)}"
        vpns = [r for org in rng.sample(VPN_ORGS, 2) for r in net.vpn[org]]
        ua, fp = rng.choice(["node-fetch/3.3.2", "axios/1.7.9"]), w.fp()
        system = rng.choice(["", "You are an impartial evaluator.", "You are a content policy specialist.", ""])
        cards = [w.pf(rng) for _ in range(rng.randint(4, 9))]
        members = []
        for _ in range(jitter(rng, 50, 1 if s == 1 else 3)):
            prof = dict(ip=("rotate", vpns), mix={"grade": 0.45, "saferw": 0.35, "chat": 0.2}, system=system,
                        ua=ua, fp=fp, models=w.model_plan(rng, 0.5, 30, 0.6), maxtok=[4096, 8192], think=0.2, tz=0)
            members.append(w.account(rng, "rubric_rewrite", "attack", name, False, young(1, 20),
                                     rng.choice(["US", "GB", "NL", "SG"]), pf=rng.choice(cards), verified=False, prof=prof))
        times = w.stream(rng, t0 + rng.randint(0, 3) * D, t1, rng.uniform(20, 40) * (1 if s == 1 else 3), "flat")
        w.assign(rng, times, members, "rr")
        w.add_campaign(name, "rubric_rewrite", times[0], t1)

    # 9. one heavy account through a VPN, round the clock
    for k in range(ncamp):
        name = f"solo_{hexid(rng, 4)}"
        vpn = rng.choice(list(net.vpn.values()))
        prof = dict(ip=("rotate", vpn), mix={"cot": 0.6, "coding": 0.2, "datagen": 0.2}, ua="python-requests/2.31.0",
                    fp=w.fp(), models=w.model_plan(rng, 1.0, 10, 0.6), maxtok=[64000], think=0.9, tz=0)
        idx = w.account(rng, "heavy_single", "attack", name, False, young(1, 10), rng.choice(["SG", "US", "HK"]), pf=w.pf(rng),
                        verified=False, prof=prof)
        times = w.stream(rng, t0 + D, t1, rng.uniform(9, 16), "flat")
        w.assign(rng, times, [idx])
        w.add_campaign(name, "heavy_single", times[0], t1)


# ---------------------------------------------------------------- rendering
OUT_MED = {"chat": 260, "writing": 380, "coding": 650, "data": 420, "homework": 700, "rewrite_b": 300, "app": 180,
           "cot": 2600, "agent": 160, "codeagent": 900, "grade": 520, "saferw": 480, "datagen": 3800, "toolwhy": 1600}
SYS_AGENT = {
    "support": "You are a customer-service agent for an online store. Use the tools to look up orders and apply the refund policy.",
    "data": "You are a data analysis agent. You can run Python and SQL and plot results. Think before each call.",
    "code": "You are an autonomous software engineer working in a repository. Use the tools to read, edit and test code.",
    "research": "You are a research assistant that searches the web and cites sources.",
    "booking": "You are a travel and booking assistant with access to reservation APIs.",
}
TOOLS = {
    "support": ["lookup_order", "get_refund_policy", "issue_refund", "send_email"],
    "data": ["run_python", "run_sql", "plot_chart", "read_csv"],
    "code": ["bash", "read_file", "edit_file", "run_tests"],
    "research": ["web_search", "fetch_url", "summarize_page"],
    "booking": ["search_availability", "create_booking", "get_weather"],
}
CODE_AGENT_SYS = ("You are an interactive CLI coding agent. You help users with software engineering tasks in their repository. "
                  "Use the available tools to read files, run commands and make edits. Keep answers concise. ") * 3


def pick(rng, mix):
    tot = sum(mix.values())
    x = rng.random() * tot
    for k, v in mix.items():
        x -= v
        if x <= 0:
            return k
    return k


def render(w, out_dir):
    rng = random.Random(w.seed * 1_000_003 + 17)
    txt = w.text
    net = w.net
    w.sched.sort()
    state = [None] * len(w.profiles)
    seen_ids = set()
    lines = []
    used = set()
    for (t, idx, step) in w.sched:
        if t >= w.t1 or t < w.t0 - 5 * D:
            continue
        p = w.profiles[idx]
        if t < p["created"]:
            t = p["created"] + rng.randint(30, 600) * 1000
        used.add(idx)
        st = state[idx]
        harvest = False
        sys_p, tools, tool_calls = p.get("system"), None, None
        # --- choose content
        if step >= 2000:
            cap, prompt, turns = "chat", txt.chat(rng), 1
        elif step >= 1000:
            cap = "homework"
            asg = p["assignments"][(step - 1000) % len(p["assignments"])]
            prompt, turns = txt.homework(rng, rng.choice(asg)), rng.choice([1, 1, 3])
        elif step == 0 or st is None:
            cap = pick(rng, p["mix"])
            dom = p.get("domain_agent") or rng.choice(list(TOOLS))
            if cap == "codeagent":
                dom = "code"
            st = state[idx] = {"cap": cap, "dom": dom, "turns": 1, "ctx": 0}
            turns = 1
            if cap == "agent" and p.get("whyafter") and t > p["whyafter"] and rng.random() < 0.35:
                cap = "toolwhy"
        else:
            st["turns"] += 2
            cap = st["cap"]
            turns = st["turns"]
        if step < 1000:
            c = cap
            if c in ("agent", "codeagent") and step > 0:
                prompt = txt.tool_result(rng, st["dom"]) if rng.random() < 0.85 else txt.followup(rng)
            elif c in ("agent", "codeagent"):
                prompt = txt.agent_task(rng, st["dom"])
            elif c == "toolwhy":
                prompt = txt.tool_reasoning_ask(rng)
                turns = rng.randint(9, 31)
            elif step > 0 and c not in ("app", "bench"):
                prompt = txt.followup(rng)
            elif c == "chat":
                prompt = txt.chat(rng)
            elif c == "writing":
                prompt = txt.writing(rng)
            elif c == "coding":
                prompt = txt.coding(rng)
            elif c == "data":
                prompt = txt.data(rng)
            elif c == "homework":
                prompt = txt.homework(rng)
            elif c == "rewrite_b":
                prompt = txt.benign_rewrite(rng)
            elif c == "app":
                prompt = txt.app_request(rng, p["app"])
            elif c == "bench":
                prompt = txt.benchmark_item(rng, rng.choice(p["bench"]), rng.randint(1, 5000))
            elif c == "cot":
                fams = p.get("cot_fams")
                prompt = txt.cot_harvest(rng, rng.choice(fams) if fams else None)
            elif c == "grade":
                prompt = txt.grading_harvest(rng)
            elif c == "saferw":
                prompt = txt.safe_rewrite_harvest(rng)
            elif c == "datagen":
                prompt = txt.datagen_harvest(rng)
            else:
                prompt = txt.chat(rng)
        harvest = cap in ("cot", "codeagent", "grade", "saferw", "datagen", "toolwhy") or (cap == "agent" and "whyafter" in p)
        if cap in ("agent", "codeagent", "toolwhy"):
            tools = TOOLS[st["dom"]] if st else TOOLS["code"]
            if cap == "codeagent":
                sys_p = CODE_AGENT_SYS
            elif not sys_p:
                sys_p = SYS_AGENT[st["dom"] if st else "code"]
        # --- client
        ua = p.get("ua")
        fp = p.get("fp")
        if p.get("ua_pool"):
            ua = rng.choice(p["ua_pool"])
        if harvest and p.get("harvest_ua") and cap == "codeagent":
            ua, fp = p["harvest_ua"], p["harvest_fp"]
        mode = p["ip"][0]
        if mode == "home":
            _, home, mob, vpn = p["ip"]
            r = rng.random()
            if vpn and r < 0.5:
                ip = net.addr(rng, vpn)
            elif mob and r < 0.2:
                ip = net.addr(rng, mob)
            else:
                ip = home[min(len(home) - 1, int((t - w.t0) / (w.t1 - w.t0 + 1) * len(home)))]
        elif mode in ("pool", "fixed"):
            ip = rng.choice(p["ip"][1])
        elif mode == "rotate":
            ip = net.addr(rng, rng.choice(p["ip"][1]))
        elif mode == "campus":
            ip = rng.choice(p["ip"][1]) if ((t // H) + p["tz"]) % 24 < 17 and rng.random() < 0.8 else rng.choice(p["ip"][2])
        else:  # switch
            ip = rng.choice(p["ip"][2] if t < p["ip"][1] else p["ip"][3])
        if p.get("leak") and rng.random() < p["leak"]:
            ip = net.addr(rng, rng.choice(net.isp_by_country[p["leak_cc"]]))
        # --- model
        m = p["models"]
        if m["adopt"] is not None and t >= m["adopt"] and t >= w.release and rng.random() < m["share"]:
            model = w.m_new
        else:
            model = w.m_mini if rng.random() < m["mini"] else w.m_old
        # --- tokens
        mt = rng.choice(p.get("harvest_maxtok") if harvest and p.get("harvest_maxtok") else p["maxtok"])
        itok = len(prompt) // 4 + 3 + (len(sys_p) // 4 if sys_p else 0)
        if st and turns > 1:
            st["ctx"] += rng.randint(200, 1500)
            itok += st["ctx"]
        if cap == "bench" and prompt.endswith("single letter."):
            otok = rng.randint(1, 4)
        else:
            otok = lognorm(rng, OUT_MED.get(cap, 300), 0.6, 1, 200000)
        ev = {"request_id": "req_" + hexid(rng, 16), "ts": iso(t) if rng.random() > 0.03 else t,
              "account_id": w.accounts[idx]["account_id"]}
        if rng.random() < 0.95:
            ev["api_key_id"] = rng.choice(p["keys"])
        ev["ip"] = ip
        if ua:
            ev["user_agent"] = ua
        if fp:
            ev["client_fingerprint"] = fp
        ev["model"] = model
        ev["prompt"] = prompt
        if sys_p:
            ev["system"] = sys_p
        ev["turns"] = turns
        if tools:
            ev["tools"] = tools
        stop = "end_turn"
        if cap in ("agent", "codeagent") and rng.random() < 0.7:
            tool_calls = rng.randint(1, 3)
            stop = "tool_use"
            ev["tool_calls"] = tool_calls
        elif tools:
            ev["tool_calls"] = 0
        if mt:
            ev["max_tokens"] = mt
            if otok >= mt:
                otok, stop = mt, "max_tokens"
        ev["input_tokens"] = itok
        ev["output_tokens"] = otok
        if rng.random() < p.get("think", 0) and cap in ("cot", "homework", "coding", "codeagent", "agent", "toolwhy", "bench", "grade", "datagen"):
            ev["thinking_tokens"] = lognorm(rng, 2200 if harvest else 900, 0.7, 50, 60000)
        ev["stop_reason"] = stop
        line = json.dumps(ev, ensure_ascii=False, separators=(",", ":"))
        lines.append(line)
        if rng.random() < 0.002:
            lines.append(line)  # client retry: an exact re-send
    # mild arrival disorder: swap a few neighbours (seconds apart)
    for i in range(1, len(lines)):
        if rng.random() < 0.01:
            lines[i - 1], lines[i] = lines[i], lines[i - 1]
    with open(os.path.join(out_dir, "events.jsonl"), "w") as f:
        f.write("\n".join(lines))
        f.write("\n")
    return len(lines), used


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--scale", choices=["small", "medium"], default="small")
    ap.add_argument("--out", required=True)
    a = ap.parse_args()
    t_start = time.time()
    os.makedirs(a.out, exist_ok=True)
    w = World(a.seed, a.scale)
    benign(w)
    attacks(w)
    n_lines, used = render(w, a.out)
    # accounts that never made a request are left out of accounts and truth alike
    with open(os.path.join(a.out, "accounts.jsonl"), "w") as f:
        for i, rec in enumerate(w.accounts):
            if i in used:
                f.write(json.dumps(rec, separators=(",", ":")) + "\n")
    with open(os.path.join(a.out, "truth.jsonl"), "w") as f:
        for i, t in enumerate(w.truth):
            if i in used:
                f.write(json.dumps(t, separators=(",", ":")) + "\n")
    with open(os.path.join(a.out, "campaigns.jsonl"), "w") as f:
        for c in w.campaigns:
            f.write(json.dumps(c, separators=(",", ":")) + "\n")
    w.net.write(os.path.join(a.out, "ip_ranges.csv"))
    with open(os.path.join(a.out, "policy.toml"), "w") as f:
        f.write('restricted_countries = ["CN", "RU", "KP", "IR"]\n')
    with open(os.path.join(a.out, "releases.csv"), "w") as f:
        f.write("model,released_at\n")
        for m, t in w.releases:
            f.write(f"{m},{iso(t)}\n")
    groups = {}
    for i, t in enumerate(w.truth):
        g = groups.setdefault(t["group"], [t["label"], 0, 0])
        g[1] += 1
        g[2] += i in used
    print(f"seed={a.seed} scale={a.scale} accounts={len(w.accounts)} event_lines={n_lines} "
          f"window={iso(w.t0)}..{iso(w.t1)} release {w.m_new}={iso(w.release)} ({time.time() - t_start:.1f}s)", file=sys.stderr)
    for gname, (lab, n, u) in sorted(groups.items(), key=lambda x: (x[1][0], x[0])):
        print(f"  {lab:6s} {gname:20s} accounts={n:6d} active={u:6d}", file=sys.stderr)


if __name__ == "__main__":
    main()
