"""Shared world for the outside_twentytwo generator: clock, network, clients, ids.

Everything here is driven by random.Random instances seeded from strings, so the
output depends only on (seed, scale).  No set is ever iterated.
"""

import bisect
import calendar
import ipaddress
import time

# --------------------------------------------------------------------------- clock

MS = 1
SEC = 1000
MIN = 60 * SEC
HOUR = 60 * MIN
DAY = 24 * HOUR

W0 = calendar.timegm((2026, 3, 2, 0, 0, 0)) * 1000          # Monday 2026-03-02T00:00Z
WINDOW_DAYS = 14
W1 = W0 + WINDOW_DAYS * DAY
NEW_MODEL_RELEASE = W0 + 7 * DAY + 16 * HOUR                # 2026-03-09T16:00Z
US_DST_START = calendar.timegm((2026, 3, 8, 7, 0, 0)) * 1000  # 02:00 EST on 8 March

MODEL_OLD = "vega-3"
MODEL_LITE = "vega-3-lite"
MODEL_LEGACY = "vega-2.5"
MODEL_NEW = "vega-4"
RELEASES = [
    (MODEL_LEGACY, calendar.timegm((2025, 3, 18, 17, 0, 0)) * 1000),
    (MODEL_OLD, calendar.timegm((2025, 9, 23, 16, 0, 0)) * 1000),
    (MODEL_LITE, calendar.timegm((2025, 11, 4, 16, 0, 0)) * 1000),
    (MODEL_NEW, NEW_MODEL_RELEASE),
]


def iso_ms(ms, offset_min=0, frac="ms"):
    """RFC 3339 text.  offset_min shifts the wall clock and writes the offset."""
    s, r = divmod(ms, 1000)
    t = time.gmtime(s + offset_min * 60)
    base = "%04d-%02d-%02dT%02d:%02d:%02d" % (t.tm_year, t.tm_mon, t.tm_mday, t.tm_hour, t.tm_min, t.tm_sec)
    if frac == "ms":
        base += ".%03d" % r
    elif frac == "us":
        base += ".%03d000" % r
    if offset_min == 0 and frac != "plus0":
        return base + "Z"
    sign = "+" if offset_min >= 0 else "-"
    a = abs(offset_min)
    return base + "%s%02d:%02d" % (sign, a // 60, a % 60)


# --------------------------------------------------------------------------- activity profiles
# 24 local-hour weights and 7 weekday weights (Mon..Sun).

PROFILES = {
    "consumer": ([.25, .15, .1, .07, .06, .08, .2, .45, .7, .8, .85, .9, 1, .95, .9, .9, .95, 1, 1.1, 1.3, 1.45, 1.4, 1.1, .6],
                 [1, 1, 1, 1, 1, 1.1, 1.1]),
    "worker": ([.03, .02, .02, .02, .02, .04, .1, .35, .9, 1.3, 1.4, 1.3, .9, 1.2, 1.4, 1.35, 1.2, .8, .4, .25, .2, .15, .1, .05],
               [1, 1, 1, 1, .9, .12, .08]),
    "dev": ([.3, .2, .1, .05, .04, .05, .1, .25, .5, .9, 1.2, 1.2, 1, 1.1, 1.3, 1.3, 1.2, 1, .8, .8, .9, 1, .9, .6],
            [1, 1, 1, 1, .9, .5, .5]),
    "student": ([.4, .25, .1, .05, .03, .03, .05, .15, .4, .6, .8, .9, .8, .9, 1, 1, 1.1, 1.1, 1.1, 1.3, 1.5, 1.6, 1.3, .8],
                [1, 1, 1, 1, .8, .6, 1]),
    "flat": ([1] * 24, [1] * 7),
    "flatish": ([.8, .75, .7, .7, .7, .75, .8, .9, 1, 1.05, 1.1, 1.1, 1.1, 1.1, 1.1, 1.05, 1, 1, 1, .95, .9, .9, .85, .8],
                [1, 1, 1, 1, 1, .9, .9]),
    "operator": ([.06, .04, .03, .03, .03, .03, .05, .2, .6, 1.2, 1.3, 1.3, .7, 1, 1.3, 1.3, 1.2, 1, .7, .9, 1, .9, .6, .25],
                 [1, 1, 1, 1, 1, .8, .3]),
    "night_batch": ([1.4, 1.5, 1.5, 1.4, 1.2, .8, .2, .05, .02, .02, .02, .02, .02, .02, .02, .02, .02, .02, .05, .1, .2, .4, .8, 1.1],
                    [1, 1, 1, 1, 1, .4, .4]),
    "class": ([0, 0, 0, 0, 0, 0, 0, 0, .2, 1.2, 1.4, 1.3, .4, 1.2, 1.4, 1.1, .5, .1, 0, 0, 0, 0, 0, 0],
              [1, 1, 1, 1, 1, 0, 0]),
    "evening": ([.3, .1, .02, 0, 0, 0, 0, .05, .1, .1, .1, .1, .1, .1, .1, .2, .4, .7, 1, 1.3, 1.5, 1.5, 1.1, .7],
                [1, 1, 1, 1, .8, 1, 1.2]),
}


def local_offset_min(tz, ts):
    off, dst = tz
    if dst and ts >= US_DST_START:
        return off + 60
    return off


class Sampler:
    """Draws timestamps from an hourly weight curve over [t_from, t_to)."""

    def __init__(self, profile, tz, t_from=W0, t_to=W1, day_mask=None, boost=None):
        hours, wdays = PROFILES[profile]
        self.t_from = max(t_from, W0 - 60 * DAY)
        self.t_to = t_to
        h0 = self.t_from // HOUR
        h1 = (t_to + HOUR - 1) // HOUR
        self.h0 = h0
        cum = []
        acc = 0.0
        for h in range(h0, h1):
            ts = h * HOUR
            loc = ts + local_offset_min(tz, ts) * MIN
            hod = (loc // HOUR) % 24
            dow = ((loc // DAY) + 3) % 7          # 1970-01-01 was a Thursday
            w = hours[hod] * wdays[dow]
            if day_mask is not None:
                d = (ts - W0) // DAY
                if 0 <= d < len(day_mask):
                    w *= day_mask[d]
                else:
                    w *= 0.0
            if boost is not None:
                w *= boost(ts)
            acc += w
            cum.append(acc)
        self.cum = cum
        self.total = acc

    def ok(self):
        return self.total > 0

    def draw(self, rng):
        x = rng.random() * self.total
        i = bisect.bisect_right(self.cum, x)
        if i >= len(self.cum):
            i = len(self.cum) - 1
        ts = (self.h0 + i) * HOUR + rng.randrange(HOUR)
        if ts < self.t_from:
            ts = self.t_from + rng.randrange(5 * MIN)
        if ts >= self.t_to:
            ts = self.t_to - 1 - rng.randrange(5 * MIN)
        return ts


# --------------------------------------------------------------------------- countries
# code: (utc offset minutes choices, us-style dst, benign population weight, language)

COUNTRIES = {
    "US": ([-300, -360, -420, -480], True, 26, "en"),
    "CA": ([-300, -480], True, 3, "en"),
    "GB": ([0], False, 6, "en"),
    "IE": ([0], False, 1, "en"),
    "DE": ([60], False, 5, "de"),
    "FR": ([60], False, 4, "fr"),
    "NL": ([60], False, 2, "en"),
    "ES": ([60], False, 3, "es"),
    "IT": ([60], False, 2, "it"),
    "PL": ([60], False, 2, "pl"),
    "SE": ([60], False, 1, "en"),
    "PT": ([0], False, 1, "pt"),
    "BR": ([-180], False, 5, "pt"),
    "MX": ([-360], False, 3, "es"),
    "AR": ([-180], False, 1, "es"),
    "IN": ([330], False, 8, "en"),
    "JP": ([540], False, 4, "ja"),
    "KR": ([540], False, 3, "ko"),
    "AU": ([660, 600], False, 3, "en"),
    "SG": ([480], False, 2, "en"),
    "ID": ([420], False, 2, "id"),
    "PH": ([480], False, 2, "en"),
    "VN": ([420], False, 1, "en"),
    "NG": ([60], False, 2, "en"),
    "KE": ([180], False, 1, "en"),
    "ZA": ([120], False, 1, "en"),
    "TR": ([180], False, 2, "tr"),
    "AE": ([240], False, 1, "en"),
    "IL": ([120], False, 1, "en"),
    "TW": ([480], False, 1, "en"),
    "HK": ([480], False, 1, "en"),
    "MY": ([480], False, 1, "en"),
    "TH": ([420], False, 1, "en"),
    "EG": ([120], False, 1, "en"),
}
RESTRICTED = ["CN", "RU", "IR", "KP", "SY", "CU", "BY"]
BENIGN_COUNTRIES = list(COUNTRIES.keys())
BENIGN_WEIGHTS = [COUNTRIES[c][2] for c in BENIGN_COUNTRIES]


def pick_country(rng):
    return rng.choices(BENIGN_COUNTRIES, BENIGN_WEIGHTS)[0]


def tz_for(rng, country):
    offs, dst, _, _ = COUNTRIES[country]
    return (rng.choice(offs), dst)


# --------------------------------------------------------------------------- network

_BAD_FIRST = {0, 10, 100, 127, 169, 172, 192, 198, 203}
FIRST_OCTETS = [a for a in range(2, 224) if a not in _BAD_FIRST]

_ORG_A = ["North", "Blue", "Silver", "Red", "Green", "Coastal", "Metro", "Summit", "Prairie", "Harbor",
          "Lakeside", "Granite", "Aurora", "Pioneer", "Cedar", "Falcon", "Orbit", "Delta", "Vertex", "Union",
          "Crest", "Beacon", "Atlas", "Nova", "Lumen", "Civic", "Tidal", "Iron", "Maple", "Sable"]
_ORG_B = ["wave", "line", "link", "net", "stream", "path", "fiber", "cast", "point", "bridge", "reach", "span"]
_ORG_C = {"isp": ["Broadband", "Telecom", "Communications", "Networks", "Fibre", "Cable"],
          "mobile": ["Mobile", "Wireless", "Cellular"],
          "hosting": ["Cloud", "Hosting", "Compute", "Datacenters", "Servers"],
          "vpn": ["VPN", "Privacy Network", "Secure Tunnel"],
          "education": ["University", "Institute of Technology", "College"],
          "enterprise": ["Inc", "Group", "Ltd"]}


class Block:
    __slots__ = ("a", "b", "asn", "org", "country", "kind", "v6")

    def __init__(self, a, b, asn, org, country, kind, v6=None):
        self.a, self.b, self.asn, self.org, self.country, self.kind, self.v6 = a, b, asn, org, country, kind, v6

    def ip(self, rng):
        return "%d.%d.%d.%d" % (self.a, self.b, rng.randrange(256), rng.randrange(1, 255))

    def ip_in24(self, c, rng):
        return "%d.%d.%d.%d" % (self.a, self.b, c, rng.randrange(1, 255))

    def v6_prefix64(self, rng):
        """A /64 inside the block's /32 as an int, or None."""
        if self.v6 is None:
            return None
        return self.v6 | (rng.getrandbits(32) << 64)


def v6_addr(prefix64, rng):
    return str(ipaddress.IPv6Address(prefix64 | rng.getrandbits(64)))


class Net:
    def __init__(self, rng):
        self.rng = rng
        self.rows = []          # (cidr, asn, org, country, kind)
        self.used16 = {}
        self.used_asn = {}
        self.used_v6 = {}
        self.blocks_by = {}     # (country, kind) -> [Block]

    def _asn(self):
        while True:
            n = self.rng.choice([self.rng.randrange(1000, 64000), self.rng.randrange(131072, 400000)])
            if n not in self.used_asn:
                self.used_asn[n] = 1
                return n

    def _slash16(self):
        while True:
            a = self.rng.choice(FIRST_OCTETS)
            b = self.rng.randrange(256)
            if (a, b) not in self.used16:
                self.used16[(a, b)] = 1
                return a, b

    def org_name(self, kind):
        r = self.rng
        return "%s%s %s" % (r.choice(_ORG_A), r.choice(_ORG_B), r.choice(_ORG_C[kind]))

    def provider(self, country, kind, n16=1, org=None, asn=None, listed=True, v6=False, prefix=16):
        """Allocate n16 /16s for one operator.  Rows are listed at `prefix` (16 or narrower)."""
        org = org or self.org_name(kind)
        asn = asn or self._asn()
        out = []
        for _ in range(n16):
            a, b = self._slash16()
            v6p = None
            if v6:
                while True:
                    h1 = 0x2a00 + self.rng.randrange(0x10)
                    h2 = self.rng.randrange(0x10000)
                    if (h1, h2) not in self.used_v6:
                        self.used_v6[(h1, h2)] = 1
                        break
                v6p = (h1 << 112) | (h2 << 96)
            blk = Block(a, b, asn, org, country, kind, v6p)
            out.append(blk)
            if listed:
                if prefix == 16:
                    self.rows.append(("%d.%d.0.0/16" % (a, b), asn, org, country, kind))
                if v6p is not None:
                    self.rows.append(("%s/32" % ipaddress.IPv6Address(v6p), asn, org, country, kind))
            self.blocks_by.setdefault((country, kind), []).append(blk)
        return out

    def list24(self, blk, c, kind=None, org=None, country=None):
        self.rows.append(("%d.%d.%d.0/24" % (blk.a, blk.b, c), blk.asn, org or blk.org,
                          country or blk.country, kind or blk.kind))

    def list_prefix(self, cidr, asn, org, country, kind):
        self.rows.append((cidr, asn, org, country, kind))


def csv_field(s):
    s = str(s)
    if any(ch in s for ch in ',"\n'):
        return '"' + s.replace('"', '""') + '"'
    return s


# --------------------------------------------------------------------------- clients

def ja4(rng):
    return "t13d%02d%02dh2_%012x_%012x" % (rng.randrange(10, 20), rng.randrange(8, 18),
                                          rng.getrandbits(48), rng.getrandbits(48))


def _firefox(r):
    v = r.randrange(128, 136)
    osn = r.choice(["Windows NT 10.0; Win64; x64", "X11; Ubuntu; Linux x86_64", "Macintosh; Intel Mac OS X 14.5"])
    return "Mozilla/5.0 (%s; rv:%d.0) Gecko/20100101 Firefox/%d.0" % (osn, v, v)


class ClientWorld:
    """Common SDK/browser stacks.  Popular stacks share the same TLS fingerprint."""

    def __init__(self, rng):
        self.rng = rng
        fam = [
            ("vega-python", lambda r: "vega-python/%d.%d.%d" % (1, r.randrange(4, 9), r.randrange(0, 6)), 30),
            ("vega-node", lambda r: "vega-node/%d.%d.%d" % (1, r.randrange(2, 7), r.randrange(0, 9)), 14),
            ("openai-compat", lambda r: "OpenAI/Python 1.%d.%d" % (r.randrange(30, 58), r.randrange(0, 4)), 8),
            ("requests", lambda r: "python-requests/2.%d.%d" % (r.randrange(28, 33), r.randrange(0, 3)), 6),
            ("httpx", lambda r: "python-httpx/0.%d.%d" % (r.randrange(24, 29), r.randrange(0, 3)), 3),
            ("curl", lambda r: "curl/8.%d.%d" % (r.randrange(2, 12), r.randrange(0, 2)), 3),
            ("go", lambda r: "Go-http-client/2.0", 2),
            ("okhttp", lambda r: "okhttp/4.%d.%d" % (r.randrange(9, 13), r.randrange(0, 4)), 2),
            ("console-chrome", lambda r: "Mozilla/5.0 (%s) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/%d.0.0.0 Safari/537.36" % (
                r.choice(["Windows NT 10.0; Win64; x64", "Macintosh; Intel Mac OS X 10_15_7", "X11; Linux x86_64"]), r.randrange(128, 135)), 14),
            ("console-firefox", _firefox, 4),
            ("console-safari", lambda r: "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_%d) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.%d Safari/605.1.15" % (
                r.randrange(1, 7), r.randrange(0, 4)), 5),
            ("vega-code", lambda r: "vega-code/2.%d.%d" % (r.randrange(0, 6), r.randrange(0, 20)), 6),
            ("langchain", lambda r: "langchain-vega/0.%d.%d" % (r.randrange(2, 4), r.randrange(0, 15)), 3),
        ]
        self.families = fam
        self.weights = [f[2] for f in fam]
        # each family has 1-3 TLS fingerprints in common use
        self.fps = {}
        for name, _, _ in fam:
            self.fps[name] = [ja4(rng) for _ in range(rng.choice([1, 2, 2, 3]))]

    def stack(self, rng, family=None):
        if family is None:
            f = rng.choices(self.families, self.weights)[0]
        else:
            f = [x for x in self.families if x[0] == family][0]
        name, uaf, _ = f
        fps = self.fps[name]
        fp = fps[0] if rng.random() < 0.7 else rng.choice(fps)
        return (uaf(rng), fp)


# --------------------------------------------------------------------------- ids, emails

B36 = "0123456789abcdefghijklmnopqrstuvwxyz"


class Ids:
    def __init__(self):
        self.seen = {}

    def new(self, rng, prefix, n=10):
        while True:
            s = prefix + "".join(rng.choice(B36) for _ in range(n))
            if s not in self.seen:
                self.seen[s] = 1
                return s

    def req(self, rng):
        while True:
            s = "req_%016x" % rng.getrandbits(64)
            if s not in self.seen:
                self.seen[s] = 1
                return s


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


def pf(rng):
    return "pf_%012x" % rng.getrandbits(48)
