"""World state: accounts, places (where requests come from), event emission and output writing."""
import json
import os
import random
import sys
import time

from common import (DAY, HOUR, MIN, SEC, T0, T_END, RELEASES, RELEASE, NEW_MODEL, RESTRICTED, hx, ntok, rfc, rfc_s,
                    rfc_off, rfc_us, shape_of, pick, wpick)
from net import Net, COUNTRY_NETS
import people as P

_dumps = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode


class Acct:
    __slots__ = ("id", "group", "label", "campaign", "hard", "created", "rec", "keys", "n", "skip_rec", "since",
                 "cc", "tz", "home", "cl", "extra")

    def __init__(self, aid, group, label, campaign, hard, created):
        self.id, self.group, self.label, self.campaign, self.hard = aid, group, label, campaign, hard
        self.created = int(created)
        self.rec = None
        self.keys = []
        self.n = 0
        self.skip_rec = False
        self.since = 0
        self.cc = None
        self.tz = 0
        self.home = None
        self.cl = None
        self.extra = None


# ---------------------------------------------------------------- places
class Home:
    """Household broadband: a dynamic IPv4 lease that changes every few days, maybe an IPv6 /64 with
    privacy addresses that rotate daily."""
    __slots__ = ("net", "key", "r", "lease", "phase", "epoch", "v4", "p64", "v6share", "iday", "iid")

    def __init__(self, w, r, key, v6p=0.5):
        self.net, self.key = w.net, key
        self.r = random.Random(r.random())
        self.lease = int((2 + self.r.random() * 20) * DAY)
        self.phase = int(self.r.random() * self.lease)
        self.epoch = None
        self.v4 = None
        self.p64 = self.net.prefix64(key, self.r) if (self.net.has_v6(key) and self.r.random() < v6p) else None
        self.v6share = 0.35 + self.r.random() * 0.5
        self.iday = None
        self.iid = 0

    def ip(self, ts, r):
        if self.p64 is not None and r.random() < self.v6share:
            d = ts // DAY
            if d != self.iday:
                self.iday = d
                self.iid = self.r.getrandbits(64)
            return self.net.v6_addr(self.p64, self.iid)
        e = (ts + self.phase) // self.lease
        if e != self.epoch:
            self.epoch = e
            self.v4 = self.net.addr4(self.key, self.r)
        return self.v4


class Mobile:
    """A phone on a carrier: CGNAT addresses that change between sessions."""
    __slots__ = ("net", "key", "v6")

    def __init__(self, w, key, v6p=0.4):
        self.net, self.key = w.net, key
        self.v6 = self.net.has_v6(key) and v6p > 0

    def ip(self, ts, r):
        if self.v6 and r.random() < 0.45:
            return self.net.addr6(self.key, r)
        return self.net.addr4(self.key, r)


class Fixed:
    __slots__ = ("ips", "w")

    def __init__(self, ips, weights=None):
        self.ips = list(ips)
        self.w = weights

    def ip(self, ts, r):
        if self.w:
            return wpick(r, self.ips, self.w)
        return self.ips[int(r.random() * len(self.ips))]


class Rotating:
    """Cloud instances that are replaced on each redeploy: the address set changes every `period`."""
    __slots__ = ("net", "keys", "n", "period", "phase", "epoch", "cur", "r", "v6p")

    def __init__(self, w, r, keys, n=2, period=7 * DAY, v6p=0.3):
        self.net, self.keys, self.n, self.period = w.net, keys, n, period
        self.r = random.Random(r.random())
        self.v6p = v6p
        self.phase = int(self.r.random() * period)
        self.epoch = None
        self.cur = []

    def ip(self, ts, r):
        e = (ts + self.phase) // self.period
        if e != self.epoch:
            self.epoch = e
            self.cur = []
            for _ in range(self.n):
                k = pick(self.r, self.keys)
                if self.net.has_v6(k) and self.r.random() < self.v6p:
                    self.cur.append(self.net.addr6(k, self.r))
                else:
                    self.cur.append(self.net.addr4(k, self.r))
        return self.cur[int(r.random() * len(self.cur))]


class World:
    def __init__(self, seed, scale):
        self.seed = seed
        self.scale = scale
        self.k = 1 if scale == "small" else 3
        self.net = Net(seed)
        self.accts = []
        self.ids = set()
        self.events = []
        self.gstat = {}
        self.camp = {}
        self.span = {}
        self.seq = 0
        self.mess = random.Random("mess:%s" % seed)
        self.ridr = random.Random("rid:%s" % seed)
        self.rids = set()
        self.domains = set()
        self.vpn_exits = {}
        self.edge_skew = [0] * 9 + [1400, -800, 2600, -3300, 700]

    def rng(self, name):
        return random.Random("%s:%s" % (self.seed, name))

    def n(self, base):
        """Scale an account count."""
        return int(round(base * self.k))

    # ---------------------------------------------------------------- ids
    def new_id(self, r, prefix, n=10, alpha="abcdefghijklmnopqrstuvwxyz0123456789"):
        while True:
            x = prefix + "".join(alpha[int(r.random() * len(alpha))] for _ in range(n))
            if x not in self.ids:
                self.ids.add(x)
                return x

    def pay(self, r):
        return self.new_id(r, "pf_", 16, "0123456789abcdef")

    def org(self, r):
        return self.new_id(r, "org_", 10)

    def key(self, a, r):
        k = self.new_id(r, "key_", 12, "0123456789abcdef")
        a.keys.append(k)
        return k

    def domain(self, r, cc):
        return P.company_domain(r, cc, self.domains)

    # ---------------------------------------------------------------- accounts
    def account(self, r, group, created, cc, *, label="benign", campaign=None, hard=False, channel="standard",
                domain=None, local=None, org=None, pay="new", verified=None, tz=None, bill_cc=None, style=None):
        aid = self.new_id(r, "acct_", 10)
        a = Acct(aid, group, label, campaign, hard, created)
        a.cc = cc
        a.tz = P.tz_of(cc) if tz is None else tz
        if local is None:
            f, l = P.person(r, cc)
            local = P.local_part(r, f, l, style)
        if domain is None:
            domain = P.consumer_domain(r, cc)
        rec = {"account_id": aid, "created_at": rfc(created)}
        if org:
            rec["org_id"] = org
        rec["email_domain"] = domain
        if self.mess.random() > 0.03:
            rec["email_local_shape"] = shape_of(local)
        if pay == "new":
            pay = self.pay(r)
        if pay:
            rec["payment_fingerprint"] = pay
        if bill_cc is not False:
            rec["billing_country"] = bill_cc or cc
        rec["signup_channel"] = channel
        if verified is None:
            verified = r.random() < (0.9 if channel == "enterprise" else 0.25)
        if self.mess.random() > 0.02:
            rec["verified"] = bool(verified)
        if self.mess.random() < 0.04:  # some exports carry the sign-up time as epoch milliseconds
            rec["created_at"] = int(created)
        a.rec = rec
        if self.mess.random() < 0.004:
            a.skip_rec = True  # account present in traffic but missing from the accounts export
        self.accts.append(a)
        return a

    # ---------------------------------------------------------------- places
    def home(self, r, cc, v6p=0.5):
        isps, wts, _ = COUNTRY_NETS.get(cc, COUNTRY_NETS["US"])
        return Home(self, r, wpick(r, isps, wts), v6p)

    def mobile(self, r, cc):
        return Mobile(self, COUNTRY_NETS.get(cc, COUNTRY_NETS["US"])[2][0])

    def cloud_ips(self, r, keys, n):
        return [self.net.addr4(pick(r, keys), r) for _ in range(n)]

    def enterprise_block(self, r, cc, org, asn=None, host_bits=5):
        """A company's egress: a small block carved from a business ISP line, listed as enterprise."""
        isps = COUNTRY_NETS.get(cc, COUNTRY_NETS["US"])[0]
        key = pick(r, isps)
        base, size = self.net.carve24(key, r, "enterprise", org=org, asn=asn, host_bits=host_bits)
        return [self.ipstr(base + 1 + i) for i in range(min(size - 2, 6))]

    def vpn_pool(self, key, n=40):
        if key not in self.vpn_exits:
            r = self.rng("vpn:" + key)
            self.vpn_exits[key] = [self.net.addr4(key, r) for _ in range(n)]
        return self.vpn_exits[key]

    @staticmethod
    def ipstr(x):
        return "%d.%d.%d.%d" % ((x >> 24) & 255, (x >> 16) & 255, (x >> 8) & 255, x & 255)

    # ---------------------------------------------------------------- campaigns
    def campaign(self, name, group, successor_of=None, pivot=None):
        self.camp[name] = {"group": group, "succ": successor_of, "pivot": pivot}

    # ---------------------------------------------------------------- events
    def emit(self, a, ts, ip, model, prompt, cl=None, key=None, system=None, turns=1, tools=None, tool_calls=0,
             img=False, max_tokens=None, out=200, think=0, hist=0, stop=None, camp=None, extra_in=0, in_exact=None):
        """Record one exchange. Returns the visible (non-thinking) output tokens, or -1 if outside the window or
        before sign-up."""
        ts = int(ts)
        if ts < T0 or ts >= T_END or ts < a.created:
            return -1
        m = self.mess
        # ---- tokens
        if in_exact is not None:
            itok = in_exact
        else:
            itok = ntok(prompt) + hist + extra_in + 4
            if system:
                itok += ntok(system)
            if tools:
                itok += 90 + 140 * len(tools)
            if img:
                itok += 900 + int(m.random() * 900)
        vis = max(1, int(out))
        think = int(think)
        if max_tokens and think > max_tokens * 0.85:
            think = int(max_tokens * 0.85 * (0.6 + 0.4 * m.random()))
        tot = vis + think
        if stop is None:
            stop = "tool_use" if tool_calls else "end_turn"
        if max_tokens and tot >= max_tokens:
            tot = max_tokens
            stop = "max_tokens"
            tool_calls = 0
        # ---- the line
        rid = self.ridr.getrandbits(96)
        while rid in self.rids:
            rid = self.ridr.getrandbits(96)
        self.rids.add(rid)
        skew = self.edge_skew[int(m.random() * 14)]
        tsr = ts + skew
        u = m.random()
        if u < 0.03:
            tsv = tsr
        elif u < 0.05:
            tsv = rfc_s(tsr)
        elif u < 0.06:
            tsv = rfc_off(tsr)
        elif u < 0.065:
            tsv = rfc_us(tsr, int(m.random() * 1000))
        else:
            tsv = rfc(tsr)
        e = {"request_id": "req_%024x" % rid, "ts": tsv, "account_id": a.id}
        if key and m.random() > 0.015:
            e["api_key_id"] = key
        e["ip"] = ip
        if cl is not None:
            if cl.ua and m.random() > 0.02:
                e["user_agent"] = cl.ua
            if cl.fp and m.random() > 0.05:
                e["client_fingerprint"] = cl.fp
        e["model"] = model
        e["prompt"] = prompt
        if system:
            e["system"] = system
        if m.random() > 0.01:
            e["turns"] = turns
        if tools:
            e["tools"] = tools
            e["tool_calls"] = tool_calls
        elif tool_calls:
            e["tool_calls"] = tool_calls
        if img:
            e["has_image"] = True
        elif m.random() < 0.02:
            e["has_image"] = False
        if max_tokens:
            e["max_tokens"] = max_tokens
        e["input_tokens"] = itok
        e["output_tokens"] = tot
        if think:
            e["thinking_tokens"] = think
        if m.random() > 0.006:
            e["stop_reason"] = stop
        line = _dumps(e)
        arr = ts + int(m.expovariate(1 / 9000.0))
        if arr > ts + 170 * SEC:
            arr = ts + 170 * SEC
        self.seq += 1
        self.events.append((arr, self.seq, line))
        if m.random() < 0.0035:  # exporter re-send of the same exchange
            self.seq += 1
            self.events.append((arr + int(5 * SEC + m.random() * 100 * SEC), self.seq, line))
        a.n += 1
        g = self.gstat.get(a.group)
        if g is None:
            self.gstat[a.group] = [1]
        else:
            g[0] += 1
        if camp is None:
            camp = a.campaign is not None and ts >= a.since
        if camp and a.campaign:
            sp = self.span.get(a.campaign)
            if sp is None:
                self.span[a.campaign] = [ts, ts]
            else:
                if ts < sp[0]:
                    sp[0] = ts
                if ts > sp[1]:
                    sp[1] = ts
        return tot - think

    # ---------------------------------------------------------------- output
    def write(self, out, t_start, hash_tag="outside-eighteen"):
        os.makedirs(out, exist_ok=True)
        self.events.sort()
        with open(os.path.join(out, "events.jsonl"), "w", encoding="utf-8") as f:
            f.writelines(e[2] + "\n" for e in self.events)
        used = [a for a in self.accts if a.n > 0]
        with open(os.path.join(out, "accounts.jsonl"), "w", encoding="utf-8") as f:
            for a in sorted(used, key=lambda a: (a.created, a.id)):
                if not a.skip_rec:
                    f.write(_dumps(a.rec) + "\n")
        with open(os.path.join(out, "truth.jsonl"), "w", encoding="utf-8") as f:
            for a in sorted(used, key=lambda a: a.id):
                f.write(json.dumps({"account_id": a.id, "label": a.label, "group": a.group, "campaign": a.campaign,
                                    "hard": a.hard}) + "\n")
        with open(os.path.join(out, "campaigns.jsonl"), "w", encoding="utf-8") as f:
            for c in sorted(self.camp):
                v = self.camp[c]
                n = sum(1 for a in used if a.campaign == c)
                sp = self.span.get(c, [T0, T0])
                f.write(json.dumps({"campaign": c, "group": v["group"], "accounts": n, "active_from": rfc(sp[0]),
                                    "active_until": rfc(sp[1]), "successor_of": v["succ"],
                                    "pivot_at": rfc(v["pivot"]) if v["pivot"] else None}) + "\n")
        with open(os.path.join(out, "ip_ranges.csv"), "w", encoding="utf-8") as f:
            f.write("cidr,asn,as_org,country,kind\n")
            for b in sorted((b for b in self.net.rows if b.listed),
                            key=lambda b: (b.v6, int(b.net.network_address), b.net.prefixlen)):
                f.write("%s,%d,%s,%s,%s\n" % (b.cidr(), b.asn, b.org.replace(",", ""), b.cc, b.kind))
        with open(os.path.join(out, "releases.csv"), "w", encoding="utf-8") as f:
            f.write("model,released_at\n")
            for mdl, t in RELEASES:
                f.write("%s,%s\n" % (mdl, t))
            f.write("%s,%s\n" % (NEW_MODEL, rfc(RELEASE)))
        with open(os.path.join(out, "policy.toml"), "w", encoding="utf-8") as f:
            f.write("restricted_countries = [" + ", ".join('"%s"' % c for c in RESTRICTED) + "]\n")
            f.write('hash_key_id = "%s"\nhash_key = "%s-local-test-key-%s"\n\n' % (hash_tag, hash_tag, hx(hash_tag, 8)))
            f.write("[thresholds]\nreview = 0.5\nthrottle = 0.7\nblock = 0.85\n")
        w = sys.stderr.write
        groups = {}
        for a in used:
            g = groups.setdefault(a.group, [a.label, a.hard, 0, a.campaign])
            g[2] += 1
        w("%-7s %-30s %-12s %5s %8s %8s\n" % ("label", "group", "campaign", "hard", "accounts", "events"))
        ta = te = 0
        for g in sorted(groups, key=lambda g: (groups[g][0], groups[g][1], g)):
            lab, hard, n, camp = groups[g]
            e = self.gstat.get(g, [0])[0]
            ta += n
            te += e
            w("%-7s %-30s %-12s %5s %8d %8d\n" % (lab, g, camp or "-", "yes" if hard else "no", n, e))
        natt = sum(1 for a in used if a.label == "attack")
        w("total: %d accounts (%d attack), %d events (+%d exporter re-sends), %d campaigns, %.1f s\n"
          % (ta, natt, te, len(self.events) - te, len(self.camp), time.time() - t_start))
