"""Shared constants and small helpers (time, tokens, random draws)."""
import datetime as _dt
import hashlib
import math
import time as _time

SEC = 1000
MIN = 60 * SEC
HOUR = 60 * MIN
DAY = 24 * HOUR


def ms_of(y, mo, d, h=0, mi=0, s=0):
    return int(_dt.datetime(y, mo, d, h, mi, s, tzinfo=_dt.timezone.utc).timestamp() * 1000)


# The observed window: two weeks starting Monday 13 April 2026 (US tax deadline falls inside it).
T0 = ms_of(2026, 4, 13)
DAYS = 14
T_END = T0 + DAYS * DAY

NEW_MODEL = "vela-5"
RELEASE = ms_of(2026, 4, 21, 16)  # Tuesday of the second week, 16:00 UTC
RELEASES = [
    ("vela-3.5", "2025-05-20T16:00:00Z"),
    ("vela-3.5-mini", "2025-08-12T16:00:00Z"),
    ("vela-4", "2025-11-18T17:00:00Z"),
    ("vela-4-20251118", "2025-11-18T17:00:00Z"),
    ("vela-4-mini", "2026-01-27T17:00:00Z"),
]
RESTRICTED = ["BY", "CN", "CU", "IR", "KP", "RU", "SY"]


def rfc(t):
    """Epoch ms -> RFC 3339 UTC with milliseconds."""
    t = int(t)
    return _time.strftime("%Y-%m-%dT%H:%M:%S", _time.gmtime(t // 1000)) + ".%03dZ" % (t % 1000)


def rfc_s(t):
    return _time.strftime("%Y-%m-%dT%H:%M:%SZ", _time.gmtime(int(t) // 1000))


def rfc_off(t):
    t = int(t)
    return _time.strftime("%Y-%m-%dT%H:%M:%S", _time.gmtime(t // 1000)) + ".%03d+00:00" % (t % 1000)


def rfc_us(t, extra):
    t = int(t)
    return _time.strftime("%Y-%m-%dT%H:%M:%S", _time.gmtime(t // 1000)) + ".%03d%03dZ" % (t % 1000, extra)


def hx(s, n=16):
    return hashlib.sha256(s.encode()).hexdigest()[:n]


def ntok(s):
    """Rough billed-token estimate for a string (latin ~3.8 chars/token, CJK ~1 token/char)."""
    if not s:
        return 0
    n = len(s)
    b = len(s.encode("utf-8"))
    if b == n:
        return n * 10 // 38 + 1
    return int(n / 3.8 + (b - n) * 0.42) + 1


def lognorm(r, median, sigma):
    return median * math.exp(r.gauss(0.0, sigma))


def otok(r, median, sigma=0.5, lo=1, hi=64000):
    v = int(median * math.exp(r.gauss(0.0, sigma)))
    return lo if v < lo else (hi if v > hi else v)


def pick(r, seq):
    return seq[int(r.random() * len(seq))]


def wpick(r, items, weights):
    """Weighted choice; weights need not be normalised."""
    tot = 0.0
    for x in weights:
        tot += x
    u = r.random() * tot
    for it, x in zip(items, weights):
        u -= x
        if u < 0:
            return it
    return items[-1]


def shape_of(local):
    out = []
    for ch in local:
        if ch.isalpha():
            out.append("a")
        elif ch.isdigit():
            out.append("9")
        else:
            out.append(ch)
    return "".join(out)


def day_start(d):
    return T0 + d * DAY


def weekday(d):
    """0 = Monday for window day d (the window starts on a Monday)."""
    return d % 7


# local-hour activity curves (24 weights, index = local hour)
CURVES = {
    "consumer": [2, 1, .6, .4, .3, .4, .9, 2, 3, 3.5, 3.8, 4, 4.2, 4, 3.8, 3.8, 4, 4.5, 5, 5.6, 6, 5.8, 4.6, 3.2],
    "office": [.15, .1, .05, .05, .05, .1, .4, 1.5, 4, 6, 6.5, 6.2, 4.5, 5.8, 6.3, 6.1, 5.4, 3.6, 1.8, 1, .8, .7, .5, .3],
    "dev": [1, .7, .4, .3, .2, .2, .4, 1.2, 2.8, 4.6, 5.5, 5.6, 4.5, 5.2, 5.7, 5.6, 5.1, 4.2, 3.1, 2.8, 3, 3, 2.5, 1.6],
    "student": [2.2, 1.4, .8, .4, .2, .2, .4, 1, 1.8, 2.6, 3, 3.4, 3.3, 3.6, 4, 4.4, 4.6, 4.4, 4.2, 4.8, 5.6, 6, 5.2, 3.6],
    "app": [2.6, 2, 1.6, 1.4, 1.4, 1.7, 2.4, 3.4, 4.2, 4.6, 4.8, 5, 5, 5, 4.9, 4.8, 4.8, 4.9, 5, 5, 4.8, 4.4, 3.8, 3.2],
    "night": [4, 3.6, 3, 2, 1.2, .6, .4, .4, .6, 1, 1.4, 1.8, 2.2, 2.4, 2.6, 2.8, 3, 3.2, 3.6, 4, 4.4, 4.8, 5, 4.6],
    "flat": [1.0] * 24,
}
_CUM = {}
for _k, _v in CURVES.items():
    _c = []
    _s = 0.0
    for _x in _v:
        _s += _x
        _c.append(_s)
    _CUM[_k] = (_c, _s)


def local_hour(r, curve):
    c, s = _CUM[curve]
    u = r.random() * s
    for i, x in enumerate(c):
        if u < x:
            return i
    return 23


def at_local(r, d, tz_h, curve):
    """A random instant on window day d whose local hour (UTC offset tz_h) follows the curve."""
    h = local_hour(r, curve)
    t = T0 + d * DAY + int((h - tz_h) * HOUR) + int(r.random() * HOUR)
    return t
