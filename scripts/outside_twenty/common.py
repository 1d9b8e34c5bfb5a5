"""World state, time helpers, the text expander and the writers shared by every group.

Everything random comes from string-seeded random.Random streams (sha512 seeding, so PYTHONHASHSEED has no
effect); nothing iterates over a set.
"""
import datetime
import hashlib
import heapq
import json
import math
import os
import random
import re

# ----------------------------------------------------------------------------------------------------- time
SEC = 1000
MIN = 60 * SEC
HOUR = 60 * MIN
DAY = 24 * HOUR


def ms(s):
    """'2026-10-26T00:00:00Z' -> epoch ms."""
    return int(datetime.datetime.fromisoformat(s.replace("Z", "+00:00")).timestamp() * 1000)


def iso(t, frac=True):
    d = datetime.datetime.fromtimestamp(t // 1000, datetime.timezone.utc)
    if frac:
        return d.strftime("%Y-%m-%dT%H:%M:%S") + ".%03dZ" % (t % 1000)
    return d.strftime("%Y-%m-%dT%H:%M:%SZ")


W0 = ms("2026-10-26T00:00:00Z")          # Monday
W1 = W0 + 14 * DAY                       # Monday 9 November
NDAYS = 14
MONTH_RESET = ms("2026-11-01T00:00:00Z")  # Sunday; monthly quotas roll over (UTC)
US_DST_END = {"America/New_York": ms("2026-11-01T06:00:00Z"), "America/Toronto": ms("2026-11-01T06:00:00Z"),
              "America/Chicago": ms("2026-11-01T07:00:00Z"), "America/Denver": ms("2026-11-01T08:00:00Z"),
              "America/Los_Angeles": ms("2026-11-01T09:00:00Z"), "America/Vancouver": ms("2026-11-01T09:00:00Z")}

NEW_MODEL = "orrery-4"
RELEASE = ms("2026-11-04T17:00:00Z")     # Wednesday, inside the window
RELEASES = [("orrery-3-mini", "2025-09-16T16:00:00Z"), ("orrery-3", "2025-09-16T16:00:00Z"),
            ("orrery-3.5", "2026-06-11T16:00:00Z"), ("orrery-3.5-20260611", "2026-06-11T16:00:00Z"),
            ("orrery-3.5-mini", "2026-07-22T16:00:00Z"), (NEW_MODEL, "2026-11-04T17:00:00Z")]
OLD_MODELS = ["orrery-3.5", "orrery-3.5-mini", "orrery-3", "orrery-3-mini", "orrery-3.5-20260611"]

# standard offset, summer offset (or None) for zones used here; in the window only the US/Canada zones change
# (Europe left summer time on 25 October; Australia and New Zealand are on summer time throughout).
TZ = {
    "America/New_York": (-5, -4), "America/Toronto": (-5, -4), "America/Chicago": (-6, -5),
    "America/Denver": (-7, -6), "America/Phoenix": (-7, None), "America/Los_Angeles": (-8, -7),
    "America/Vancouver": (-8, -7), "America/Mexico_City": (-6, None), "America/Bogota": (-5, None),
    "America/Sao_Paulo": (-3, None), "America/Argentina/Buenos_Aires": (-3, None), "America/Santiago": (-3, None),
    "Europe/London": (0, None), "Europe/Dublin": (0, None), "Europe/Lisbon": (0, None), "Europe/Madrid": (1, None),
    "Europe/Paris": (1, None), "Europe/Berlin": (1, None), "Europe/Amsterdam": (1, None), "Europe/Rome": (1, None),
    "Europe/Warsaw": (1, None), "Europe/Stockholm": (1, None), "Europe/Zurich": (1, None),
    "Europe/Helsinki": (2, None), "Europe/Kyiv": (2, None), "Europe/Athens": (2, None), "Europe/Istanbul": (3, None),
    "Europe/Moscow": (3, None), "Asia/Jerusalem": (2, None), "Asia/Dubai": (4, None), "Asia/Tehran": (3.5, None),
    "Asia/Karachi": (5, None), "Asia/Kolkata": (5.5, None), "Asia/Dhaka": (6, None), "Asia/Bangkok": (7, None),
    "Asia/Jakarta": (7, None), "Asia/Ho_Chi_Minh": (7, None), "Asia/Singapore": (8, None),
    "Asia/Hong_Kong": (8, None), "Asia/Shanghai": (8, None), "Asia/Taipei": (8, None), "Asia/Manila": (8, None),
    "Asia/Seoul": (9, None), "Asia/Tokyo": (9, None), "Australia/Perth": (8, None), "Australia/Brisbane": (10, None),
    "Australia/Sydney": (11, None), "Australia/Melbourne": (11, None), "Pacific/Auckland": (13, None),
    "Africa/Lagos": (1, None), "Africa/Johannesburg": (2, None), "Africa/Cairo": (2, None),
    "Africa/Nairobi": (3, None),
}


def tz_offset_ms(tz, t):
    std, summer = TZ[tz]
    if summer is not None and t < US_DST_END[tz]:
        return int(summer * HOUR)
    return int(std * HOUR)


def local_to_utc(tz, day, hour):
    """Window day index (0 = Mon 26 Oct, local calendar) and fractional local hour -> epoch ms."""
    guess = W0 + day * DAY + int(hour * HOUR)
    off = tz_offset_ms(tz, guess)
    t = guess - off
    off2 = tz_offset_ms(tz, t)
    return guess - off2


def local_hour(tz, t):
    return ((t + tz_offset_ms(tz, t)) % DAY) / HOUR


def local_day(tz, t):
    """Window day index of t in local time (can be -1 or 14 at the edges)."""
    return (t + tz_offset_ms(tz, t) - W0) // DAY


def weekday(day):
    """0 = Monday for window day index."""
    return day % 7


# Diurnal profiles: relative weight per local hour 0..23.
PROFILES = {
    "consumer": [3, 2, 1.2, .8, .6, .7, 1.5, 3, 4.5, 5, 5.5, 6, 6.5, 6, 5.5, 5.5, 6, 6.5, 7, 8, 8.5, 8.5, 7, 5],
    "office": [.3, .2, .1, .1, .1, .2, .6, 2, 6, 9, 10, 9.5, 7, 8.5, 9.5, 9, 8, 6, 3, 1.5, 1, .8, .6, .4],
    "dev": [2.2, 1.4, .8, .4, .3, .3, .5, 1.2, 3, 6, 8, 8.5, 7, 7.5, 8.5, 8.5, 8, 7, 5, 4.5, 4.5, 4.5, 4, 3],
    "student": [3.5, 2.5, 1.5, .7, .3, .3, .5, 1, 2.5, 4, 5, 5, 4.5, 5, 6, 6.5, 6, 5, 5, 6, 7, 7.5, 7, 5.5],
    "evening": [1.5, .8, .4, .2, .2, .3, .8, 2, 2.5, 2.5, 2.5, 3, 3.5, 3, 3, 3, 3.5, 4.5, 6, 8, 9, 8.5, 6.5, 3.5],
    "backend": [4.5, 3.5, 3, 2.6, 2.5, 2.8, 3.5, 5, 6.5, 7.5, 8, 8.2, 8.2, 8, 8, 8, 8, 8, 8.2, 8.5, 8.5, 8, 7, 5.8],
    "flat": [1] * 24,
}
WEEK = {
    "consumer": [1, 1, 1, 1, 1.05, 1.15, 1.1],
    "office": [1, 1.02, 1, .98, .85, .06, .04],
    "dev": [1, 1.05, 1.03, 1, .9, .32, .35],
    "student": [1, 1.05, 1, .95, .7, .55, .95],
    "evening": [1, 1, 1, 1, 1.1, 1.2, 1.1],
    "backend": [1, 1, 1, 1, 1, .85, .85],
    "flat": [1] * 7,
}


def _cum(ws):
    out, s = [], 0.0
    for x in ws:
        s += x
        out.append(s)
    return out


_PCUM = {k: _cum(v) for k, v in PROFILES.items()}


def pick_hour(r, profile):
    c = _PCUM[profile]
    x = r.random() * c[-1]
    lo, hi = 0, 23
    while lo < hi:
        mid = (lo + hi) // 2
        if c[mid] < x:
            lo = mid + 1
        else:
            hi = mid
    return lo + r.random()


def pick_day(r, profile, days=None):
    days = list(range(NDAYS)) if days is None else days
    ws = [WEEK[profile][weekday(d)] for d in days]
    return r.choices(days, ws)[0]


def session_start(r, tz, profile, days=None):
    d = pick_day(r, profile, days)
    return local_to_utc(tz, d, pick_hour(r, profile))


def wchoice(r, pairs):
    """pairs: [(value, weight), ...]"""
    return r.choices([p[0] for p in pairs], [p[1] for p in pairs])[0]


def lognorm_int(r, median, sigma, lo=1, hi=None):
    v = int(round(median * math.exp(r.gauss(0, sigma))))
    v = max(lo, v)
    return min(hi, v) if hi is not None else v


def poisson(r, lam):
    if lam <= 0:
        return 0
    if lam > 40:
        return max(0, int(round(r.gauss(lam, math.sqrt(lam)))))
    L, k, p = math.exp(-lam), 0, 1.0
    while True:
        p *= r.random()
        if p <= L:
            return k
        k += 1


# ----------------------------------------------------------------------------------------------------- text
_TOK = re.compile(r"\{([a-z_][a-z_0-9]*)\}|\{#(-?\d+)-(\d+)\}|\u00ab([^\u00ab\u00bb]*)\u00bb")


def expand(r, s, V, depth=0):
    """Expand {slot} (choice from V[slot]), {#a-b} (integer) and \u00aba|b|c\u00bb (alternatives)."""
    def sub(m):
        if m.group(1) is not None:
            vals = V[m.group(1)]
            return r.choice(vals) if isinstance(vals, (list, tuple)) else vals(r)
        if m.group(2) is not None:
            return str(r.randint(int(m.group(2)), int(m.group(3))))
        return r.choice(m.group(4).split("|"))
    for _ in range(12):
        s2 = _TOK.sub(sub, s)
        if s2 == s:
            break
        s = s2
    return s


def tok(text):
    """Rough token count of a text."""
    if not text:
        return 0
    n = len(text)
    wide = sum(1 for ch in text[:400] if ord(ch) > 0x2e80)
    if wide > 40:
        return max(1, int(n / 1.6))
    return max(1, int(n / 3.9) + 1)


def humanize(r, s, level=0.5):
    """Typing noise of people: lowercase start, missing final punctuation, a swapped letter, double space."""
    if not s:
        return s
    if r.random() < 0.35 * level and s[0].isupper() and not s[:2].isupper():
        s = s[0].lower() + s[1:]
    if r.random() < 0.4 * level and s[-1] in ".?" and "\n" not in s[-3:]:
        s = s[:-1]
    if r.random() < 0.18 * level:
        words = s.split(" ")
        cand = [i for i, w in enumerate(words) if len(w) > 4 and w.isalpha()]
        if cand:
            i = r.choice(cand)
            w = words[i]
            j = r.randrange(1, len(w) - 2)
            words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2:]
            s = " ".join(words)
    if r.random() < 0.05 * level:
        s = s.replace(" ", "  ", 1)
    return s


def email_shape(local):
    out = []
    for ch in local:
        if ch.isalpha():
            out.append("a")
        elif ch.isdigit():
            out.append("9")
        else:
            out.append(ch)
    return "".join(out)


# ----------------------------------------------------------------------------------------------------- world
_B36 = "0123456789abcdefghijklmnopqrstuvwxyz"


def b36(n, width):
    s = []
    for _ in range(width):
        n, k = divmod(n, 36)
        s.append(_B36[k])
    return "".join(s)


class Acct:
    __slots__ = ("id", "group", "label", "campaign", "hard", "created", "rec", "keys", "n", "first", "last",
                 "org", "country", "tz", "extra")

    def __init__(self):
        self.n = 0
        self.first = None
        self.last = None
        self.extra = {}


class World:
    def __init__(self, seed, scale, out):
        self.seed = seed
        self.scale = scale
        self.k = {"small": 1, "medium": 3}[scale]
        self.out = out
        os.makedirs(out, exist_ok=True)
        self.ids = {}
        self.accts = []
        self.campaigns = []
        self.chunks = []
        self.buf = None
        self.group = None
        self.ev_rng = self.rng("eventfmt")
        self.dups = 0
        self.n_events = 0
        self.per_group = {}
        import net  # noqa: E402  (late import: net needs nothing from World at import time)
        self.net = net.Net(self)

    # -- randomness and ids
    def rng(self, *names):
        return random.Random("o20|%d|%s|%s" % (self.seed, self.scale, "|".join(str(x) for x in names)))

    def new_id(self, r, prefix, width=10, alphabet36=True):
        while True:
            if alphabet36:
                s = prefix + b36(r.getrandbits(56), width)
            else:
                s = prefix + ("%0*x" % (width, r.getrandbits(4 * width)))
            if s not in self.ids:
                self.ids[s] = 1
                return s

    def n(self, x):
        """Scale a count."""
        return int(round(x * self.k))

    # -- accounts
    def account(self, r, created, *, country, channel="standard", email_domain=None, local=None, pf=None,
                org=None, verified=False, label="benign", campaign=None, hard=False, tz=None, shape=None,
                drop=()):
        a = Acct()
        a.id = self.new_id(r, "acct_", 10)
        a.group = self.group
        a.label = label
        a.campaign = campaign
        a.hard = hard
        a.created = int(created)
        a.org = org
        a.country = country
        a.tz = tz
        a.keys = [self.new_id(r, "key_", 8, alphabet36=False)]
        rec = {"account_id": a.id, "created_at": None}
        if org:
            rec["org_id"] = org
        if email_domain:
            rec["email_domain"] = email_domain
        if shape or local:
            rec["email_local_shape"] = shape or email_shape(local)
        if pf:
            rec["payment_fingerprint"] = pf
        rec["billing_country"] = country
        rec["signup_channel"] = channel
        rec["verified"] = bool(verified)
        for k in drop:
            rec.pop(k, None)
        a.rec = rec
        self.accts.append(a)
        return a

    def new_key(self, r, a):
        k = self.new_id(r, "key_", 8, alphabet36=False)
        a.keys.append(k)
        return k

    def org_id(self, r):
        return self.new_id(r, "org_", 8)

    def pf(self, r):
        return self.new_id(r, "pf_", 12, alphabet36=False)

    # -- events
    def begin(self, group):
        self.group = group
        self.buf = []

    def emit(self, a, t, ip, cl, model, prompt, inp, out, *, key=None, system=None, turns=None, tools=None,
             tool_calls=None, image=False, max_tokens=None, think=None, stop=None):
        t = int(t)
        if t < W0 or t >= W1:
            return False
        if model == NEW_MODEL and t < RELEASE:
            raise AssertionError("%s before release in %s" % (NEW_MODEL, self.group))
        if t < a.created:
            raise AssertionError("event before created_at in %s" % self.group)
        r = self.ev_rng
        x = r.random()
        if x < 0.020:
            ts = t
        elif x < 0.028:
            ts = iso(t)[:-1] + "+00:00"
        elif x < 0.033:
            t -= t % 1000
            ts = iso(t, frac=False)
        else:
            ts = iso(t)
        rid = "req_" + ("%024x" % r.getrandbits(96))
        o = {"request_id": rid, "ts": ts, "account_id": a.id}
        if key is None:
            key = a.keys[0]
        if key:
            o["api_key_id"] = key
        o["ip"] = ip
        if cl is not None:
            if cl[0] and r.random() >= 0.006:
                o["user_agent"] = cl[0]
            if cl[1] and r.random() >= 0.025:      # one edge region does not capture TLS fingerprints
                o["client_fingerprint"] = cl[1]
        o["model"] = model
        if system:
            o["system"] = system
        o["prompt"] = prompt
        if turns is not None:
            o["turns"] = int(turns)
        if tools:
            o["tools"] = list(tools)
        if tool_calls is not None:
            o["tool_calls"] = int(tool_calls)
        if image:
            o["has_image"] = True
        inp, out = int(inp), int(out)
        think = int(think) if think else 0
        if think > out:
            out = think + 1
        if max_tokens is not None:
            max_tokens = int(max_tokens)
            if out >= max_tokens:
                out = max_tokens
                stop = "max_tokens"
                think = min(think, out)
            o["max_tokens"] = max_tokens
        o["input_tokens"] = max(1, inp)
        o["output_tokens"] = max(1, out)
        if think:
            o["thinking_tokens"] = think
        if stop is None:
            stop = "tool_use" if tool_calls else "end_turn"
        o["stop_reason"] = stop
        line = json.dumps(o, ensure_ascii=False, separators=(",", ":"))
        y = r.random()
        if y < 0.85:
            delay = r.randint(20, 2000)
        elif y < 0.985:
            delay = r.randint(2000, 20000)
        else:
            delay = r.randint(20000, 105000)
        arr = t + delay
        self.buf.append((arr, rid, line))
        if r.random() < 0.003:      # the log shipper re-delivers a batch: an exact copy of the line
            self.buf.append((arr + r.randint(800, 12000), rid, line))
            self.dups += 1
        a.n += 1
        if a.first is None or t < a.first:
            a.first = t
        if a.last is None or t > a.last:
            a.last = t
        self.n_events += 1
        return True

    def end(self):
        self.buf.sort()
        path = os.path.join(self.out, ".chunk_%02d" % len(self.chunks))
        with open(path, "w", encoding="utf-8") as f:
            for arr, rid, line in self.buf:
                f.write("%d\t%s\t%s\n" % (arr, rid, line))
        self.chunks.append(path)
        accts = [a for a in self.accts if a.group == self.group and a.n > 0]
        self.per_group[self.group] = (len(accts), len([x for x in self.buf]))
        self.buf = None

    def campaign(self, name, group, successor_of=None, pivot_at=None):
        c = {"campaign": name, "group": group, "successor_of": successor_of, "pivot_at": pivot_at}
        self.campaigns.append(c)
        return c

    # -- output
    def _bad_lines(self):
        """A few lines that the contract says must be rejected (and one blank line that is not a record)."""
        r = self.rng("badlines")
        live = [a for a in self.accts if a.n > 3]
        out = []
        n = 7 * self.k
        for i in range(n):
            a = live[r.randrange(len(live))]
            t = r.randint(W0 + HOUR, W1 - HOUR)
            rid = self.new_id(r, "req_", 24, alphabet36=False)
            base = {"request_id": rid, "ts": iso(t), "account_id": a.id, "api_key_id": a.keys[0],
                    "ip": "203.0.113.%d" % r.randint(2, 250), "model": "orrery-3.5", "prompt": "ok thanks",
                    "turns": 3, "max_tokens": 1024, "input_tokens": 412, "output_tokens": 37,
                    "stop_reason": "end_turn"}
            kind = i % 7
            if kind == 0:     # truncated by a crashed exporter
                s = json.dumps(base, separators=(",", ":"))
                s = s[:r.randint(40, len(s) - 20)]
            elif kind == 1:   # missing ip
                del base["ip"]
                s = json.dumps(base, separators=(",", ":"))
            elif kind == 2:   # unreadable timestamp (local format)
                base["ts"] = datetime.datetime.fromtimestamp(t // 1000, datetime.timezone.utc).strftime(
                    "%d/%m/%Y %H:%M:%S")
                s = json.dumps(base, separators=(",", ":"))
            elif kind == 3:   # missing model
                del base["model"]
                s = json.dumps(base, separators=(",", ":"))
            elif kind == 4:   # impossible calendar date
                base["ts"] = "2026-11-31T%02d:%02d:07.000Z" % (r.randint(0, 23), r.randint(0, 59))
                s = json.dumps(base, separators=(",", ":"))
            elif kind == 5:   # missing account_id
                del base["account_id"]
                s = json.dumps(base, separators=(",", ":"))
            else:             # truncated, cut right after a key
                s = json.dumps(base, separators=(",", ":"))
                s = s[:s.index('"prompt"') + 9]
            out.append((t + r.randint(100, 3000), rid, s))
        blank = (W0 + r.randint(2 * DAY, 12 * DAY), "", "")
        out.append(blank)
        out.sort()
        return out, n

    def write(self, t_start=None):
        bad, n_bad = self._bad_lines()
        path = os.path.join(self.out, "events.jsonl")

        def rd(p):
            with open(p, encoding="utf-8") as f:
                for line in f:
                    arr, rid, rest = line.rstrip("\n").split("\t", 2)
                    yield int(arr), rid, rest

        lines = 0
        with open(path, "w", encoding="utf-8") as f:
            for arr, rid, line in heapq.merge(*[rd(p) for p in self.chunks], iter(bad)):
                f.write(line + "\n")
                if line.strip():
                    lines += 1
        for p in self.chunks:
            os.remove(p)
        live = [a for a in self.accts if a.n > 0]
        live.sort(key=lambda a: a.id)
        # ~0.4% of accounts have no record in the export (deleted or filtered upstream)
        with open(os.path.join(self.out, "accounts.jsonl"), "w", encoding="utf-8") as f:
            for a in live:
                h = int(hashlib.sha256(("norec|%d|%s" % (self.seed, a.id)).encode()).hexdigest()[:8], 16)
                if h % 1000 < 4:
                    continue
                rec = dict(a.rec)
                hh = int(hashlib.sha256(("cfmt|%d|%s" % (self.seed, a.id)).encode()).hexdigest()[:8], 16)
                rec["created_at"] = a.created if hh % 100 < 3 else iso(a.created, frac=(hh % 100) >= 40)
                f.write(json.dumps(rec, ensure_ascii=False, separators=(",", ":")) + "\n")
        with open(os.path.join(self.out, "truth.jsonl"), "w", encoding="utf-8") as f:
            for a in live:
                f.write(json.dumps({"account_id": a.id, "label": a.label, "group": a.group, "campaign": a.campaign,
                                    "hard": a.hard}, separators=(",", ":")) + "\n")
        with open(os.path.join(self.out, "campaigns.jsonl"), "w", encoding="utf-8") as f:
            for c in self.campaigns:
                mem = [a for a in live if a.campaign == c["campaign"]]
                o = {"campaign": c["campaign"], "group": c["group"], "accounts": len(mem),
                     "active_from": iso(min(a.first for a in mem)), "active_until": iso(max(a.last for a in mem)),
                     "successor_of": c["successor_of"],
                     "pivot_at": iso(c["pivot_at"]) if c["pivot_at"] is not None else None}
                f.write(json.dumps(o, separators=(",", ":")) + "\n")
        with open(os.path.join(self.out, "releases.csv"), "w", encoding="utf-8", newline="") as f:
            f.write("model,released_at\n")
            for m, t in RELEASES:
                f.write("%s,%s\n" % (m, t))
        with open(os.path.join(self.out, "policy.toml"), "w", encoding="utf-8") as f:
            f.write(POLICY)
        self.net.write_feed(os.path.join(self.out, "ip_ranges.csv"))
        exp = {"lines_read": lines, "events_accepted": self.n_events, "events_rejected": n_bad,
               "duplicates": self.dups, "accounts": len(live)}
        with open(os.path.join(self.out, "expected_summary.json"), "w", encoding="utf-8") as f:
            f.write(json.dumps(exp, indent=1) + "\n")
        return exp


POLICY = """# Service policy for the test window (outside_twenty).
# Countries where the service is not offered.
restricted_countries = ["CN", "RU", "IR", "KP", "SY", "CU", "BY", "VE"]

[thresholds]
review = 0.45
throttle = 0.65
block = 0.85
"""
