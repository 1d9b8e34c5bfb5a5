"""World state: accounts, addresses, event emission and output writing."""
import json
import os
import random
import sys
import time

from common import (DAY, HOUR, MIN, SEC, T0, T_END, RELEASES, RELEASE, NEW, RESTRICTED, hx, lognorm, rfc,
                    rfc_plain, rfc_offset, shape_of, ntok, COUNTRIES)
from net import Net, v6_in64, v6str


class Acct:
    __slots__ = ("id", "group", "label", "campaign", "hard", "created", "rec", "keys", "n", "skip_rec", "since", "cc", "tz")

    def __init__(self, aid, group, label, campaign, hard, created):
        self.id, self.group, self.label, self.campaign, self.hard = aid, group, label, campaign, hard
        self.created = int(created)
        self.rec = None
        self.keys = []
        self.n = 0
        self.skip_rec = False
        self.since = 0  # campaign activity on this account starts here (an account can have an honest past)
        self.cc = None
        self.tz = 0


# ---------------------------------------------------------------- places (where requests come from)
class Home:
    """A household broadband line: dynamic IPv4 with some lease time, maybe an IPv6 /64 with privacy addresses."""

    def __init__(self, w, r, cc, v6p=0.45):
        self.isp = r.choice(w.net.isp[cc])
        self.cc = cc
        self.lease = r.choice([1, 2, 4, 7, 14, 60])
        self.v4 = {}
        self.v6 = self.isp.v6_64(r) if (self.isp.v6 is not None and r.random() < v6p) else None
        self.iid = {}
        self.r = random.Random(r.getrandbits(64))

    def addr(self, ts, r=None):
        day = (ts - T0) // DAY
        rr = self.r
        if self.v6 is not None and rr.random() < 0.72:
            if day not in self.iid:
                self.iid[day] = v6_in64(self.v6, rr)
            return self.iid[day]
        p = day // self.lease
        if p not in self.v4:
            self.v4[p] = self.isp.v4host(rr)
        return self.v4[p]


class Mobile:
    """A phone on a carrier: every session gets a (shared) CGNAT address or a fresh IPv6 /64."""

    def __init__(self, w, r, cc, carrier=None):
        self.car = carrier or r.choice(w.net.mobile[cc])
        self.cc = cc
        self.r = random.Random(r.getrandbits(64))
        self.cur = None
        self.until = 0

    def addr(self, ts, r=None):
        rr = self.r
        if ts >= self.until or self.cur is None:
            if self.car.v6 is not None and rr.random() < 0.4:
                self.cur = v6_in64(self.car.v6_64(rr), rr)
            else:
                self.cur = self.car.v4host(rr)
            self.until = ts + rr.randint(4, 50) * MIN
        return self.cur


class Fixed:
    """A set of egress addresses (office NAT, cloud NAT gateway, VPN exit...)."""

    def __init__(self, addrs, weights=None):
        self.addrs = list(addrs)
        self.r = random.Random(hx("|".join(self.addrs)))

    def addr(self, ts, r=None):
        if len(self.addrs) == 1:
            return self.addrs[0]
        return self.r.choice(self.addrs)


class Mixed:
    """Several places with weights; a sticky choice per session is made by the caller via pick()."""

    def __init__(self, places):
        self.places = places  # [(place, weight)]

    def pick(self, r):
        tot = sum(w for _, w in self.places)
        x = r.random() * tot
        for p, w in self.places:
            x -= w
            if x <= 0:
                return p
        return self.places[-1][0]


class World:
    def __init__(self, seed, scale):
        self.seed = seed
        self.scale = scale
        self.k = 1 if scale == "small" else 3
        self.net = Net(seed)
        self.accts = []
        self.ids = set()
        self.events = []  # (arrival_ms, seq, line)
        self.gstat = {}
        self.camp = {}
        self.span = {}
        self.seq = 0
        self.mess = random.Random("mess:%s" % seed)
        self.ridr = random.Random("rid:%s" % seed)
        self.rids = set()
        self.last_th = 0
        self.edge_skew = [0, 0, 0, 0, 0, 0, 0, 0, 1200, -900, 2500, -3100]  # some edge nodes run a little off

    def rng(self, name):
        return random.Random("%s:%s" % (self.seed, name))

    # ---------------------------------------------------------------- ids and accounts
    def new_id(self, r, prefix, n=12, alpha="abcdefghijklmnopqrstuvwxyz0123456789"):
        while True:
            x = prefix + "".join(r.choice(alpha) for _ in range(n))
            if x not in self.ids:
                self.ids.add(x)
                return x

    def pay_fp(self, r):
        return self.new_id(r, "pm_", 16, "0123456789abcdef")

    def org(self, r):
        return self.new_id(r, "org_", 10)

    def account(self, r, group, created, cc, *, campaign=None, hard=False, channel="standard", domain=None,
                local=None, pay="own", org=None, verified=None, nkeys=1, tz=None):
        label = "attack" if campaign else "benign"
        a = Acct(self.new_id(r, "acc_", 12), group, label, campaign, hard, created)
        a.cc = cc
        a.tz = COUNTRIES[cc][0] if tz is None else tz
        m = self.mess
        rec = {"account_id": a.id}
        if m.random() < 0.02:
            rec["created_at"] = int(created)
        else:
            rec["created_at"] = rfc(created)
        if org:
            rec["org_id"] = org
        if domain:
            rec["email_domain"] = domain
            if local and m.random() > 0.015:
                rec["email_local_shape"] = shape_of(local)
        if pay == "own":
            pay = self.pay_fp(r)
        if pay:
            rec["payment_fingerprint"] = pay
        if cc and m.random() > 0.01:
            rec["billing_country"] = cc
        if channel and m.random() > 0.012:
            rec["signup_channel"] = channel
        if verified is None:
            verified = r.random() < (0.65 if channel in ("enterprise", "education", "research") else 0.22)
        if m.random() > 0.01:
            rec["verified"] = bool(verified)
        a.rec = rec
        if m.random() < 0.0015:
            a.skip_rec = True  # erased or missing from the accounts export
        a.keys = [self.new_id(r, "key_", 16, "0123456789abcdef") for _ in range(max(1, nkeys))]
        self.accts.append(a)
        return a

    def campaign(self, name, group, t_from, t_until, successor_of=None, pivot=None):
        self.camp[name] = {"group": group, "from": int(t_from), "until": int(t_until), "succ": successor_of,
                           "pivot": pivot}

    # ---------------------------------------------------------------- events
    def emit(self, a, ts, ip, model, prompt, client=(None, None), system=None, turns=1, tools=None, tool_calls=0,
             img=False, max_tokens=None, out=300, out_sigma=0.55, think=0, hist=0, stop=None, key=None, r=None,
             extra_in=0, out_exact=None):
        """Record one exchange. Returns the billed output tokens, or -1 if it falls outside the window."""
        ts = int(ts)
        if ts < T0 or ts >= T_END or ts < a.created:
            return -1
        r = r or self.mess
        m = self.mess
        rr = self.ridr
        while True:
            rid = "req_%024x" % rr.getrandbits(96)
            if rid not in self.rids:
                self.rids.add(rid)
                break
        ev = {"request_id": rid}
        sk = self.edge_skew[rr.randrange(len(self.edge_skew))]
        tsr = ts + sk
        x = m.random()
        if x < 0.01:
            ev["ts"] = tsr
        elif x < 0.015:
            ev["ts"] = rfc_plain(tsr)
        elif x < 0.017:
            ev["ts"] = rfc_offset(tsr, 1)
        else:
            ev["ts"] = rfc(tsr)
        ev["account_id"] = a.id
        if m.random() > 0.015:
            ev["api_key_id"] = key or (a.keys[0] if len(a.keys) == 1 else r.choice(a.keys))
        ev["ip"] = ip
        ua, fp = client
        if ua and m.random() > 0.01:
            ev["user_agent"] = ua
        if fp and m.random() > 0.025:
            ev["client_fingerprint"] = fp
        ev["model"] = model
        ev["prompt"] = prompt
        if system:
            ev["system"] = system
        if turns is not None and m.random() > 0.01:
            ev["turns"] = turns
        if tools:
            ev["tools"] = tools
            ev["tool_calls"] = tool_calls
        if img:
            ev["has_image"] = True
        if max_tokens and m.random() > 0.008:
            ev["max_tokens"] = max_tokens
        itok = ntok(prompt) + ntok(system) + hist + extra_in + 6
        if tools:
            itok += 95 * len(tools) + 40
        if img:
            itok += r.randint(750, 1600)
        ev["input_tokens"] = max(1, itok)
        cap = max_tokens or 4096
        if out_exact is not None:
            vis = out_exact
        else:
            vis = lognorm(r, out, out_sigma, 1)
        if tools and tool_calls:
            vis = min(vis, 40 + r.randint(40, 160) * tool_calls)
        th = 0
        if think:
            th = min(lognorm(r, think, 0.5, 48), int(cap * 0.85))
        tot = vis + th
        hit = False
        if tot >= cap:
            tot = cap
            hit = True
        self.last_th = th
        if th:
            ev["thinking_tokens"] = th
        ev["output_tokens"] = tot
        if stop is None:
            stop = "max_tokens" if hit else ("tool_use" if (tools and tool_calls) else "end_turn")
        if m.random() > 0.004:
            ev["stop_reason"] = stop
        if m.random() < 0.05:
            ev["latency_ms"] = int(400 + tot * 14 * (0.8 + 0.4 * m.random()))  # an extra field some exporters add
        line = json.dumps(ev, ensure_ascii=False, separators=(",", ":"))
        arr = tsr + rr.randint(0, 1500)
        if m.random() < 0.015:
            arr += rr.randint(20, 240) * SEC
        self.seq += 1
        self.events.append((arr, self.seq, line))
        if m.random() < 0.0035:
            self.seq += 1
            if m.random() < 0.3:
                ev2 = dict(ev)
                ev2["ts"] = tsr
                line = json.dumps(ev2, ensure_ascii=False, separators=(", ", ": "))
            self.events.append((arr + rr.randint(1, 120) * SEC, self.seq, line))
        a.n += 1
        if a.campaign and ts >= a.since:
            sp = self.span.get(a.campaign)
            if sp is None:
                self.span[a.campaign] = [ts, ts]
            else:
                if ts < sp[0]:
                    sp[0] = ts
                if ts > sp[1]:
                    sp[1] = ts
        g = self.gstat.get(a.group)
        if g is None:
            self.gstat[a.group] = [1]
        else:
            g[0] += 1
        return tot

    # ---------------------------------------------------------------- output
    def write(self, out, t_start, hash_tag="outside-seventeen"):
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
                f.write("%s,%d,%s,%s,%s\n" % (b.cidr(), b.asn, b.org.replace(",", ""), b.cc, b.kind))
        with open(os.path.join(out, "releases.csv"), "w", encoding="utf-8") as f:
            f.write("model,released_at\n")
            for m, t in RELEASES:
                f.write("%s,%s\n" % (m, t))
            f.write("%s,%s\n" % (NEW, rfc(RELEASE)))
        with open(os.path.join(out, "policy.toml"), "w", encoding="utf-8") as f:
            f.write("restricted_countries = [" + ", ".join('"%s"' % c for c in RESTRICTED) + "]\n")
            f.write('hash_key_id = "%s"\nhash_key = "%s-local-test-key-%s"\n\n' % (hash_tag, hash_tag, hx(hash_tag, 8)))
            f.write("[thresholds]\nreview = 0.5\nthrottle = 0.7\nblock = 0.85\n")
        w = sys.stderr.write
        groups = {}
        for a in used:
            g = groups.setdefault(a.group, [a.label, a.hard, 0, a.campaign])
            g[2] += 1
        w("%-7s %-26s %-12s %5s %8s %8s\n" % ("label", "group", "campaign", "hard", "accounts", "events"))
        ta = te = 0
        for g in sorted(groups, key=lambda g: (groups[g][0], groups[g][1], g)):
            lab, hard, n, camp = groups[g]
            e = self.gstat.get(g, [0])[0]
            ta += n
            te += e
            w("%-7s %-26s %-12s %5s %8d %8d\n" % (lab, g, camp or "-", "yes" if hard else "no", n, e))
        natt = sum(1 for a in used if a.label == "attack")
        w("total: %d accounts (%d attack), %d events (+%d exporter re-sends), %d campaigns, %.1f s\n"
          % (ta, natt, te, len(self.events) - te, len(self.camp), time.time() - t_start))
