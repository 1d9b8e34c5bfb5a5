"""The world: window, models, accounts, event buffers, ground truth and the writer."""
import calendar
import collections
import heapq
import json
import os
import random
import sys
import time

from net import Net
import people

# Two weeks starting Monday 5 October 2026, 00:00 UTC.
WIN_START = calendar.timegm((2026, 10, 5, 0, 0, 0)) * 1000
DAY = 86400000
HOUR = 3600000
MIN = 60000
WIN_END = WIN_START + 14 * DAY
RELEASE = calendar.timegm((2026, 10, 8, 17, 0, 0)) * 1000     # tessera-3, Thursday 8 October 17:00 UTC

M21, M25, MFL, MSNAP, M3 = "tessera-2.1", "tessera-2.5", "tessera-2.5-flash", "tessera-2.5-20260514", "tessera-3"
RELEASES = [(M21, "2025-11-12T17:00:00Z"), (M25, "2026-05-14T16:00:00Z"), (MSNAP, "2026-05-14T16:00:00Z"),
            (MFL, "2026-06-25T16:00:00Z"), (M3, "2026-10-08T17:00:00Z")]
SPEED = {M21: 60.0, M25: 78.0, MSNAP: 78.0, MFL: 190.0, M3: 62.0}

DIURNAL = {
    # local-hour weights
    "consumer": [3, 2, 1, 1, 1, 1, 2, 4, 6, 7, 8, 9, 10, 9, 9, 9, 9, 10, 11, 12, 13, 13, 11, 7],
    "worker":   [1, 0.5, 0.3, 0.3, 0.3, 0.5, 1, 3, 9, 13, 14, 13, 10, 12, 14, 14, 13, 10, 6, 4, 3, 3, 2, 1.5],
    "dev":      [2, 1.5, 1, 0.5, 0.3, 0.3, 0.6, 2, 6, 10, 12, 12, 9, 11, 13, 13, 12, 10, 8, 7, 7, 6, 5, 3],
    "student":  [6, 4, 2, 1, 0.5, 0.3, 0.5, 2, 4, 6, 7, 7, 6, 8, 9, 9, 8, 8, 9, 10, 11, 12, 11, 9],
    "business": [0.6, 0.4, 0.3, 0.3, 0.4, 0.8, 2, 5, 9, 11, 12, 12, 11, 11, 12, 12, 11, 9, 7, 5, 3.5, 2.5, 1.5, 1],
    "flat":     [1] * 24,
}
_CUM = {}
for _k, _w in DIURNAL.items():
    _a, _c = 0.0, []
    for _x in _w:
        _a += _x
        _c.append(_a)
    _CUM[_k] = _c
_HOURS = list(range(24))


def local_hour(rng, profile):
    return rng.choices(_HOURS, cum_weights=_CUM[profile])[0] + rng.random()


def at_local(day, hour, tz):
    """ms of local time `hour` (float) on window day `day` for a UTC offset tz (hours)."""
    return WIN_START + day * DAY + int((hour - tz) * HOUR)


def weekday(ms):
    return ((ms - WIN_START) // DAY) % 7      # 0 = Monday


def latency(rng, model, out_tokens):
    """Time from request arrival until the response has finished streaming (ms)."""
    ttft = rng.uniform(350, 1400) + (900 if model == M3 else 0) * rng.random()
    return int(ttft + 1000.0 * out_tokens / (SPEED.get(model, 70.0) * rng.uniform(0.9, 1.1)))


def iso(ms):
    s, m = divmod(int(ms), 1000)
    t = time.gmtime(s)
    return "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ" % (t.tm_year, t.tm_mon, t.tm_mday, t.tm_hour, t.tm_min, t.tm_sec, m)


def parse_iso(s):
    return calendar.timegm(time.strptime(s[:19], "%Y-%m-%dT%H:%M:%S")) * 1000


def _ts_variant(r, ms):
    if r < 0.03:
        return int(ms)
    s, m = divmod(int(ms), 1000)
    t = time.gmtime(s)
    base = "%04d-%02d-%02dT%02d:%02d:%02d" % (t.tm_year, t.tm_mon, t.tm_mday, t.tm_hour, t.tm_min, t.tm_sec)
    if r < 0.045:
        return base + "Z"
    if r < 0.056:
        return base + ".%03d+00:00" % m
    if r < 0.063:
        return base + ".%03d%03dZ" % (m, (int(ms) * 7919) % 1000)
    return base + ".%03dZ" % m


class Buf:
    """Events of one group, kept until the group is done, then sorted into a chunk file."""

    def __init__(self, w, group):
        self.w = w
        self.group = group
        self.rng = w.rng("noise|" + group)
        self.items = []

    def ev(self, ts, acct, ip, cl, model, prompt, inp, out, key=None, system=None, turns=1, tools=None, tool_calls=None,
           image=False, max_tokens=None, think=0, stop=None, harvest=None):
        if ts < WIN_START or ts >= WIN_END:
            return False
        if model == M3 and ts < RELEASE:
            raise AssertionError("%s uses %s before its release" % (self.group, M3))
        w = self.w
        rng = self.rng
        r = rng.random
        out = max(1, int(out))
        think = max(0, int(think))
        if max_tokens is not None and out > max_tokens:
            out = max_tokens
            stop = "max_tokens"
        if think > out:
            think = max(0, out - rng.randint(1, max(1, out // 10 + 1)))
        if stop is None:
            stop = "tool_use" if tool_calls else ("max_tokens" if max_tokens is not None and out >= max_tokens else "end_turn")
        ts = int(ts)
        if r() < 0.02:
            ts += rng.randint(-3000, 3000)           # an edge node with a drifting clock
        d = {}
        w._rid += 1
        v = (w._rid * 0x9E3779B97F4A7C15 + w._ridk) & 0xFFFFFFFFFFFFFFFF
        d["request_id"] = "req_%016x%04x" % (v, rng.getrandbits(16))
        d["ts"] = _ts_variant(r(), ts)
        d["account_id"] = acct
        if key and r() > 0.004:
            d["api_key_id"] = key
        d["ip"] = ip
        if cl is not None:
            ua, fpv = (cl.ua, cl.fp) if hasattr(cl, "ua") else cl
            if ua and r() > 0.01:
                d["user_agent"] = ua
            if fpv and r() > 0.02:
                d["client_fingerprint"] = fpv
        d["model"] = model
        if system:
            d["system"] = system
        d["prompt"] = prompt
        if r() > 0.01:
            d["turns"] = turns
        if tools:
            d["tools"] = tools
            d["tool_calls"] = tool_calls or 0
        elif tool_calls:
            d["tool_calls"] = tool_calls
        if image:
            d["has_image"] = True
        elif r() < 0.15:
            d["has_image"] = False
        if max_tokens is not None:
            d["max_tokens"] = max_tokens
        d["input_tokens"] = int(max(1, inp))
        d["output_tokens"] = out
        if think:
            d["thinking_tokens"] = think
        if r() > 0.01:
            d["stop_reason"] = stop
        line = json.dumps(d, ensure_ascii=False, separators=(",", ":"))
        arrival = ts + (rng.randint(20, 900) if r() > 0.025 else rng.randint(2000, 118000))
        self.items.append((arrival, line))
        if r() < 0.0035:
            self.items.append((arrival + rng.randint(400, 40000), line))   # exact re-send by the exporter
        w.ev_count[acct] += 1
        if harvest:
            c = w.campaigns[harvest]
            if c["_from"] is None or ts < c["_from"]:
                c["_from"] = ts
            if c["_until"] is None or ts > c["_until"]:
                c["_until"] = ts
        return True

    def flush(self):
        self.items.sort()
        path = os.path.join(self.w.tmpdir, "chunk_%03d" % len(self.w.chunks))
        with open(path, "w", encoding="utf-8") as f:
            f.writelines("%014d\t%s\n" % it for it in self.items)
        self.w.chunks.append(path)
        self.w.group_events[self.group] = len(self.items)
        self.items = []


class World:
    def __init__(self, seed, scale, out):
        self.seed, self.scale = seed, scale
        self.mult = 1 if scale == "small" else 3
        self.out = out
        os.makedirs(out, exist_ok=True)
        self.tmpdir = os.path.join(out, ".o19_chunks")
        os.makedirs(self.tmpdir, exist_ok=True)
        self.net = Net(self.rng("net"))
        r = self.rng("rid")
        self._rid = 0
        self._ridk = r.getrandbits(64)
        self.accounts = collections.OrderedDict()   # id -> record
        self.truth = {}
        self.ev_count = collections.Counter()
        self.campaigns = collections.OrderedDict()
        self.chunks = []
        self.group_events = {}
        self.group_order = []
        self.shared = {}      # things one group hands to another (e.g. enterprise orgs)

    def rng(self, tag):
        return random.Random("o19|%d|%s|%s" % (self.seed, self.scale, tag))

    def n(self, k):
        return int(round(k * self.mult))

    def buf(self, group):
        self.group_order.append(group)
        return Buf(self, group)

    def campaign(self, name, group, pivot_at=None, successor_of=None):
        self.campaigns[name] = {"campaign": name, "group": group, "pivot_at": pivot_at, "successor_of": successor_of,
                                "_from": None, "_until": None}

    def account(self, rng, group, created, label="benign", campaign=None, hard=False, country=None, email_domain=None,
                local=None, org=None, pay=None, channel="standard", verified=None):
        while True:
            aid = "acct_" + people.b32id(rng, 14)
            if aid not in self.accounts:
                break
        rec = collections.OrderedDict()
        rec["account_id"] = aid
        rec["created_at"] = int(created)
        if org:
            rec["org_id"] = org
        if email_domain:
            rec["email_domain"] = email_domain
        if local:
            rec["email_local_shape"] = people.shape(local)
        if pay:
            rec["payment_fingerprint"] = pay
        if country:
            rec["billing_country"] = country
        if channel:
            rec["signup_channel"] = channel
        if verified is not None:
            rec["verified"] = bool(verified)
        self.accounts[aid] = rec
        self.truth[aid] = (label, group, campaign, hard)
        return aid

    @staticmethod
    def key(rng):
        return "key_" + people.b32id(rng, 16)

    @staticmethod
    def card(rng):
        return "pf_" + people.hexid(rng, 24)

    @staticmethod
    def org(rng):
        return "org_" + people.b32id(rng, 12)

    # ------------------------------------------------------------------ writing
    def write(self, t_start):
        out = self.out
        rng = self.rng("writer")
        # events: k-way merge of the sorted group chunks by arrival time
        files = [open(p, encoding="utf-8") for p in self.chunks]
        with open(os.path.join(out, "events.jsonl"), "w", encoding="utf-8", buffering=1 << 20) as f:
            for line in heapq.merge(*files):
                f.write(line[15:])
        for fh in files:
            fh.close()
        for p in self.chunks:
            os.remove(p)
        os.rmdir(self.tmpdir)
        live = [a for a in self.accounts if self.ev_count[a] > 0]
        # accounts: sorted by id, a few records missing, optional fields sometimes dropped, some epoch-ms
        with open(os.path.join(out, "accounts.jsonl"), "w", encoding="utf-8") as f:
            for a in sorted(live):
                if rng.random() < 0.004:
                    continue
                rec = collections.OrderedDict(self.accounts[a])
                rec["created_at"] = rec["created_at"] if rng.random() < 0.04 else iso(rec["created_at"])
                for k, p in (("email_local_shape", 0.01), ("verified", 0.02), ("billing_country", 0.005)):
                    if k in rec and rng.random() < p:
                        del rec[k]
                f.write(json.dumps(rec, separators=(",", ":")) + "\n")
        with open(os.path.join(out, "truth.jsonl"), "w", encoding="utf-8") as f:
            for a in sorted(live):
                lab, grp, camp, hard = self.truth[a]
                f.write(json.dumps({"account_id": a, "label": lab, "group": grp, "campaign": camp, "hard": hard}) + "\n")
        ccount = collections.Counter(self.truth[a][2] for a in live if self.truth[a][2])
        with open(os.path.join(out, "campaigns.jsonl"), "w", encoding="utf-8") as f:
            for name, c in self.campaigns.items():
                f.write(json.dumps({"campaign": name, "group": c["group"], "accounts": ccount[name],
                                    "active_from": iso(c["_from"]) if c["_from"] else None,
                                    "active_until": iso(c["_until"]) if c["_until"] else None,
                                    "successor_of": c["successor_of"],
                                    "pivot_at": iso(c["pivot_at"]) if c["pivot_at"] else None}) + "\n")
        with open(os.path.join(out, "ip_ranges.csv"), "w", encoding="utf-8") as f:
            f.write("cidr,asn,as_org,country,kind\n")
            for cidr, asn, org, cc, kind in self.net.feed_rows():
                org_s = '"%s"' % org if "," in org else org
                f.write("%s,%d,%s,%s,%s\n" % (cidr, asn, org_s, cc, kind))
        with open(os.path.join(out, "releases.csv"), "w", encoding="utf-8") as f:
            f.write("model,released_at\n")
            for m, t in RELEASES:
                f.write("%s,%s\n" % (m, t))
        with open(os.path.join(out, "policy.toml"), "w", encoding="utf-8") as f:
            f.write("# outside_nineteen synthetic provider policy\n")
            f.write("restricted_countries = [%s]\n" % ", ".join('"%s"' % c for c in people.RESTRICTED))
            f.write('hash_key_id = "o19-2026-10"\n')
            f.write('hash_key = "o19-%s"\n' % people.hexid(self.rng("hashkey"), 32))
            f.write("\n[thresholds]\nreview = 0.5\nthrottle = 0.7\nblock = 0.85\n")
        # group table on stderr
        per = collections.OrderedDict()
        for a in live:
            lab, grp, camp, hard = self.truth[a]
            g = per.setdefault(grp, [lab, camp, hard, 0, 0])
            g[3] += 1
            g[4] += self.ev_count[a]
        order = sorted(per.items(), key=lambda kv: ({"attack": 0}.get(kv[1][0], 1), 0 if kv[1][2] else 1,
                                                     self.group_order.index(kv[0]) if kv[0] in self.group_order else 99))
        err = sys.stderr
        err.write("%-7s %-28s %-10s %-4s %8s %8s\n" % ("label", "group", "campaign", "hard", "accounts", "events"))
        ta = te = 0
        for grp, (lab, camp, hard, na, ne) in order:
            err.write("%-7s %-28s %-10s %-4s %8d %8d\n" % (lab, grp, camp or "-", "yes" if hard else "no", na, ne))
            ta += na
            te += ne
        err.write("%-7s %-28s %-10s %-4s %8d %8d\n" % ("", "total", "", "", ta, te))
        err.write("wrote %s in %.1f s\n" % (out, time.time() - t_start))
