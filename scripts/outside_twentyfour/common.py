"""Shared constants, deterministic randomness, time/id helpers and the event emitter.

Everything random in the generator comes from random.Random instances seeded with a
string "otw24|<seed>|<scale>|<name>" (string seeding is hash-seed independent), and
nothing ever iterates over a set, so the output depends only on (seed, scale).
"""
import datetime as _dt
import json
import math
import random

UTC = _dt.timezone.utc
EPOCH = _dt.datetime(1970, 1, 1, tzinfo=UTC)

SEC = 1000
MIN = 60 * SEC
HOUR = 60 * MIN
DAY = 24 * HOUR


def ms_of(y, mo, d, h=0, mi=0, s=0):
    return int((_dt.datetime(y, mo, d, h, mi, s, tzinfo=UTC) - EPOCH).total_seconds()) * 1000


# The observation window: Monday 2 March 2026 00:00 UTC .. Monday 16 March 2026 00:00 UTC.
WINDOW_START = ms_of(2026, 3, 2)
DAYS = 14
WINDOW_END = WINDOW_START + DAYS * DAY

# Models. aster-4 is released in the middle of the window.
RELEASES = [
    ("aster-2.5", ms_of(2025, 3, 11, 15)),
    ("aster-3-lite", ms_of(2025, 8, 20, 16)),
    ("aster-3", ms_of(2025, 10, 1, 16)),
    ("aster-4", ms_of(2026, 3, 9, 16)),
]
NEW_MODEL = "aster-4"
RELEASE_MS = ms_of(2026, 3, 9, 16)
MAIN_MODEL = "aster-3"
LITE_MODEL = "aster-3-lite"
OLD_MODEL = "aster-2.5"

RESTRICTED = ["CN", "RU", "KP", "IR", "BY", "CU", "SY"]

SCALES = {"small": 1.0, "medium": 3.0}


def make_rng(seed, scale, name):
    return random.Random("otw24|%s|%s|%s" % (seed, scale, name))


# ---------------------------------------------------------------- time formatting

def iso_ms(ms):
    dt = EPOCH + _dt.timedelta(milliseconds=ms)
    return dt.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (ms % 1000)


def iso_s(ms):
    dt = EPOCH + _dt.timedelta(milliseconds=ms - ms % 1000)
    return dt.strftime("%Y-%m-%dT%H:%M:%SZ")


_OFFSETS = [(1, 0, "+01:00"), (5, 30, "+05:30"), (-5, 0, "-05:00"), (9, 0, "+09:00"), (8, 0, "+08:00")]


def iso_offset(ms, oh, om, label):
    sign = -1 if oh < 0 else 1
    off = sign * (abs(oh) * HOUR + om * MIN)
    dt = EPOCH + _dt.timedelta(milliseconds=ms + off)
    return dt.strftime("%Y-%m-%dT%H:%M:%S.") + "%03d" % (ms % 1000) + label


def fmt_ts(ms, rng):
    """Timestamp as an exporter would write it. Returns (json value, instant in ms)."""
    r = rng.random()
    if r < 0.07:
        return ms, ms  # integer epoch milliseconds
    if r < 0.12:
        return iso_s(ms), ms - ms % 1000  # no fractional seconds
    if r < 0.145:
        return iso_offset(ms, 0, 0, "+00:00"), ms
    if r < 0.16:
        oh, om, lab = _OFFSETS[rng.randrange(len(_OFFSETS))]
        return iso_offset(ms, oh, om, lab), ms
    return iso_ms(ms), ms


# ---------------------------------------------------------------- small random helpers

def pick(rng, xs):
    return xs[rng.randrange(len(xs))]


def wpick(rng, pairs):
    """pairs: list of (item, weight)."""
    tot = 0.0
    for _, w in pairs:
        tot += w
    x = rng.random() * tot
    for it, w in pairs:
        x -= w
        if x < 0:
            return it
    return pairs[-1][0]


def lgn(rng, median, sigma, lo=None, hi=None):
    v = median * math.exp(rng.gauss(0.0, sigma))
    if lo is not None and v < lo:
        v = lo
    if hi is not None and v > hi:
        v = hi
    return v


def ilgn(rng, median, sigma, lo=None, hi=None):
    return int(round(lgn(rng, median, sigma, lo, hi)))


def poisson(rng, lam):
    if lam <= 0:
        return 0
    if lam > 40:
        return max(0, int(round(rng.gauss(lam, math.sqrt(lam)))))
    L = math.exp(-lam)
    k, p = 0, 1.0
    while True:
        p *= rng.random()
        if p <= L:
            return k
        k += 1


def tok(s):
    """Rough token count of a text."""
    if not s:
        return 0
    n = len(s)
    nb = len(s.encode("utf-8"))
    # CJK and other multibyte text tokenises denser per character
    return max(1, int(n / 3.9 + (nb - n) / 4.0 + 0.5))


def shape_of(local):
    out = []
    for ch in local:
        if ch.isdigit():
            out.append("9")
        elif ch.isalpha():
            out.append("a")
        else:
            out.append(ch)
    return "".join(out)


B36 = "abcdefghijklmnopqrstuvwxyz0123456789"


def rand_token(rng, n, alphabet=B36):
    return "".join(alphabet[rng.randrange(len(alphabet))] for _ in range(n))


# ---------------------------------------------------------------- accounts

class Acct:
    __slots__ = ("id", "created", "org", "email_domain", "shape", "payment", "country",
                 "channel", "verified", "group", "campaign", "label", "hard", "keys",
                 "n", "first", "last", "in_file", "extra_record", "st")

    def __init__(self):
        self.org = None
        self.email_domain = None
        self.shape = None
        self.payment = None
        self.country = None
        self.channel = None
        self.verified = None
        self.keys = []
        self.n = 0
        self.first = None
        self.last = None
        self.in_file = True
        self.extra_record = None
        self.st = {}

    def record(self, rng):
        d = {"account_id": self.id}
        if rng.random() < 0.06:
            d["created_at"] = self.created
        else:
            d["created_at"] = iso_s(self.created)
        if self.org is not None:
            d["org_id"] = self.org
        if self.email_domain is not None:
            d["email_domain"] = self.email_domain
        if self.shape is not None:
            d["email_local_shape"] = self.shape
        if self.payment is not None:
            d["payment_fingerprint"] = self.payment
        if self.country is not None:
            d["billing_country"] = self.country
        if self.channel is not None:
            d["signup_channel"] = self.channel
        if self.verified is not None:
            d["verified"] = self.verified
        return d


# ---------------------------------------------------------------- generation context

class Ctx:
    def __init__(self, seed, scale):
        self.seed = seed
        self.scale = scale
        self.k = SCALES[scale]
        self.groups = []
        self.acct_ids = {}
        self.req_ids = {}
        self.campaigns = []  # dicts
        self.world = None

    def rng(self, name):
        return make_rng(self.seed, self.scale, name)

    def n(self, base, lo=1):
        return max(lo, int(round(base * self.k)))

    def group(self, name, label, hard=False):
        g = Group(self, name, label, hard)
        self.groups.append(g)
        return g


class Group:
    def __init__(self, ctx, name, label, hard):
        self.ctx = ctx
        self.name = name
        self.label = label
        self.hard = hard
        self.rng = ctx.rng("group|" + name)
        self.fmt_rng = ctx.rng("fmt|" + name)
        self.events = []
        self.accounts = []
        self.seq = 0

    # ---- accounts
    def new_account(self, created, campaign=None):
        a = Acct()
        ids = self.ctx.acct_ids
        while True:
            aid = "acct_" + rand_token(self.rng, 10)
            if aid not in ids:
                break
        ids[aid] = 1
        a.id = aid
        a.created = int(created)
        a.group = self.name
        a.campaign = campaign
        a.label = self.label
        a.hard = self.hard
        self.accounts.append(a)
        return a

    def new_key(self, a):
        k = "key_" + "%08x" % self.rng.getrandbits(32)
        a.keys.append(k)
        return k

    def key_for(self, a):
        if not a.keys:
            return None
        if len(a.keys) == 1:
            return a.keys[0]
        # the first key carries most of the traffic
        if self.rng.random() < 0.7:
            return a.keys[0]
        return a.keys[self.rng.randrange(len(a.keys))]

    # ---- events
    def emit(self, a, ts, ip, client, model, prompt, *, system=None, turns=None, tools=None,
             tool_calls=None, has_image=None, max_tokens=None, in_tok=0, out_tok=0,
             think=None, stop=None, key="auto"):
        rng = self.fmt_rng
        ts = int(ts)
        if ts >= WINDOW_END or ts < WINDOW_START:
            return ts  # outside the exported window: the exporter never sees it
        tsv, eff = fmt_ts(ts, rng)
        rid_tab = self.ctx.req_ids
        while True:
            rid = "req_%024x" % self.rng.getrandbits(96)
            if rid not in rid_tab:
                break
        rid_tab[rid] = 1
        d = {"request_id": rid, "ts": tsv, "account_id": a.id}
        if key == "auto":
            key = self.key_for(a)
        if key is not None:
            d["api_key_id"] = key
        d["ip"] = ip
        if client is not None:
            ua, fp = client
            if ua is not None and rng.random() > 0.006:
                d["user_agent"] = ua
            if fp is not None and rng.random() > 0.02:
                d["client_fingerprint"] = fp
        d["model"] = model
        if system:
            d["system"] = system
        d["prompt"] = prompt
        if turns is not None:
            d["turns"] = turns
        if tools:
            d["tools"] = tools
        if tool_calls is not None:
            d["tool_calls"] = tool_calls
        if has_image:
            d["has_image"] = True
        if max_tokens is not None:
            d["max_tokens"] = max_tokens
        d["input_tokens"] = int(in_tok)
        d["output_tokens"] = int(out_tok)
        if think:
            d["thinking_tokens"] = int(think)
        if stop is not None:
            d["stop_reason"] = stop
        line = json.dumps(d, ensure_ascii=False, separators=(",", ":"))
        # export lateness: a few events are written up to ~2.5 minutes after later ones
        key_t = eff
        if rng.random() < 0.04:
            key_t += rng.randint(1, 150) * SEC + rng.randrange(1000)
        self.seq += 1
        self.events.append((key_t, self.seq, line))
        # rare exact re-send by the exporter (a duplicate line, counted once by readers)
        if rng.random() < 0.0003:
            self.seq += 1
            self.events.append((key_t + rng.randrange(1, 900), self.seq, line))
        a.n += 1
        if a.first is None or eff < a.first:
            a.first = eff
        if a.last is None or eff > a.last:
            a.last = eff
        return eff


def out_stop(want, cap, think=0):
    """Billed output (visible + thinking), stop reason and thinking under a cap."""
    think = int(think or 0)
    total = int(want) + think
    if cap is not None and total >= cap:
        if think >= cap:
            think = max(0, cap - 1)
        return cap, "max_tokens", think
    return total, "end_turn", think
