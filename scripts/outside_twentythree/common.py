"""Shared helpers for the outside_twentythree generator.

Everything here is deterministic: random streams come from mkrng(), which seeds a
random.Random with a string ("otw23|seed|scale|name..."), and nothing iterates
over a set.
"""

import datetime as _dt
import hashlib
import ipaddress
import random

# --------------------------------------------------------------------------
# random streams

_SEED = None
_SCALE = None


_CLAIMED = {}


def configure(seed, scale):
    global _SEED, _SCALE
    _SEED = seed
    _SCALE = scale
    _CLAIMED.clear()


def claim(name):
    """True the first time a name (company, domain) is used in this world."""
    if name in _CLAIMED:
        return False
    _CLAIMED[name] = True
    return True


def mkrng(*names):
    """A random.Random seeded with 'otw23|seed|scale|name|...'."""
    if _SEED is None:
        raise RuntimeError("common.configure() not called")
    key = "otw23|%s|%s|%s" % (_SEED, _SCALE, "|".join(str(n) for n in names))
    return random.Random(key)


def hexdigest(*parts, n=12):
    h = hashlib.sha256("|".join(str(p) for p in parts).encode("utf-8")).hexdigest()
    return h[:n]


# --------------------------------------------------------------------------
# time

def _ms(y, mo, d, h=0, mi=0, s=0):
    t = _dt.datetime(y, mo, d, h, mi, s, tzinfo=_dt.timezone.utc)
    return int(t.timestamp()) * 1000


MIN = 60_000
HOUR = 3_600_000
DAY = 86_400_000
T0 = _ms(2026, 3, 2)            # Monday 2026-03-02 00:00Z
NDAYS = 14
T1 = T0 + NDAYS * DAY           # Monday 2026-03-16 00:00Z
RELEASE = _ms(2026, 3, 9, 16)   # helios-3 released Monday 2026-03-09 16:00Z

MODEL_OLD = "helios-2"
MODEL_MINI = "helios-2-mini"
MODEL_NEW = "helios-3"
MODEL_LEGACY = "helios-1"

RELEASES = [
    ("helios-1", "2025-06-17T15:00:00Z"),
    ("helios-2", "2025-11-18T16:00:00Z"),
    ("helios-2-mini", "2025-11-18T16:00:00Z"),
    ("helios-3", "2026-03-09T16:00:00Z"),
]


def ms(y, mo, d, h=0, mi=0, s=0):
    return _ms(y, mo, d, h, mi, s)


def iso(ms_, millis=True, offset_min=0):
    """RFC 3339. offset_min != 0 renders local time with a numeric offset."""
    tz = _dt.timezone(_dt.timedelta(minutes=offset_min))
    t = _dt.datetime.fromtimestamp(ms_ // 1000, tz=tz)
    base = t.strftime("%Y-%m-%dT%H:%M:%S")
    if millis:
        base += ".%03d" % (ms_ % 1000)
    if offset_min == 0:
        return base + "Z"
    sign = "+" if offset_min > 0 else "-"
    om = abs(offset_min)
    return base + "%s%02d:%02d" % (sign, om // 60, om % 60)


def weekday(ms_, tz_h=0.0):
    """0 = Monday."""
    local = ms_ + int(tz_h * HOUR)
    return ((local - T0) // DAY) % 7


# local-hour activity profiles (24 weights each)
PROFILES = {
    "consumer": [2, 1, 1, 0.5, 0.5, 0.5, 1, 2, 3, 4, 4, 5, 5, 5, 5, 5, 5, 6, 7, 8, 9, 9, 7, 4],
    "office":   [0.2, 0.1, 0.1, 0.1, 0.1, 0.2, 0.5, 2, 6, 9, 10, 9, 6, 8, 10, 10, 9, 7, 3, 2, 1.5, 1, 0.6, 0.3],
    "student":  [4, 3, 1.5, 0.5, 0.3, 0.3, 0.5, 1, 2, 4, 5, 5, 5, 6, 7, 7, 6, 5, 5, 6, 8, 9, 8, 6],
    "late":     [6, 6, 5, 4, 2, 1, 0.5, 0.5, 1, 2, 3, 3, 4, 4, 4, 5, 5, 5, 6, 7, 8, 8, 8, 7],
    "app":      [4, 3, 2.5, 2, 2, 2.5, 3.5, 5, 6, 7, 7, 7, 7, 7, 7, 7, 7, 7, 8, 8, 8, 7, 6, 5],
    "flat":     [1] * 24,
    "dev":      [1, 0.6, 0.3, 0.2, 0.2, 0.3, 0.8, 2, 5, 8, 9, 9, 7, 8, 9, 9, 8, 6, 4, 4, 4, 3, 2, 1.5],
}
_CUM = {}
for _k, _w in PROFILES.items():
    acc, out = 0.0, []
    for x in _w:
        acc += x
        out.append(acc)
    _CUM[_k] = out
_HOURS = list(range(24))


def local_hour(rng, profile):
    return rng.choices(_HOURS, cum_weights=_CUM[profile])[0]


def time_on_day(rng, day, tz_h, profile):
    """A UTC ms time on local day `day` (0..NDAYS-1) with the given profile."""
    h = local_hour(rng, profile)
    t = T0 + day * DAY + h * HOUR + rng.randrange(HOUR) - int(tz_h * HOUR)
    return t


def clamp_window(t):
    return min(max(t, T0 + 1000), T1 - 1000)


def in_window(t):
    return T0 <= t < T1


def is_weekend_day(day):
    return day % 7 in (5, 6)


def active_days(rng, frac, weekend_factor=1.0, first=0, last=NDAYS - 1):
    days = []
    for d in range(first, last + 1):
        p = frac * (weekend_factor if is_weekend_day(d) else 1.0)
        if rng.random() < p:
            days.append(d)
    if not days:
        days.append(rng.randint(first, last))
    return days


def gaps_session(rng, start, n, lo_s, hi_s):
    """n times starting at start, human gaps between lo_s and hi_s seconds."""
    out = [start]
    t = start
    for _ in range(n - 1):
        t += int(rng.uniform(lo_s, hi_s) * 1000) + rng.randrange(1000)
        out.append(t)
    return out


def lognorm_int(rng, median, sigma, lo=1, hi=None):
    import math
    v = int(round(median * math.exp(rng.gauss(0, sigma))))
    v = max(lo, v)
    if hi is not None:
        v = min(hi, v)
    return v


# --------------------------------------------------------------------------
# identifiers

_ALNUM = "abcdefghijklmnopqrstuvwxyz0123456789"
_HEX = "0123456789abcdef"


class IdGen:
    """Unique ids across the whole world (checked against one dict)."""

    def __init__(self):
        self.seen = {}

    def make(self, rng, prefix, n, alphabet=_ALNUM):
        while True:
            s = prefix + "".join(rng.choice(alphabet) for _ in range(n))
            if s not in self.seen:
                self.seen[s] = True
                return s

    def acct(self, rng):
        return self.make(rng, "acct_", 10)

    def key(self, rng):
        return self.make(rng, "key_", 10, _HEX)

    def card(self, rng):
        return self.make(rng, "pf_", 14, _HEX)


def req_id(rng):
    # 96 random bits; collisions are checked by check.py
    return "req_%024x" % rng.getrandbits(96)


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


FIRST = ["james", "mary", "li", "wei", "fatima", "omar", "sofia", "lucas", "emma", "noah",
         "olivia", "liam", "ana", "joao", "priya", "arjun", "yuki", "haruto", "minjun", "seoyeon",
         "chloe", "ethan", "amara", "kwame", "ines", "mateo", "lea", "jonas", "freya", "oskar",
         "aisha", "yusuf", "elena", "dmitri", "nina", "pablo", "camila", "diego", "sara", "tomas",
         "hannah", "ben", "grace", "jack", "ella", "ryan", "zoe", "adam", "maya", "leo",
         "rohan", "ananya", "kenji", "aiko", "thanh", "linh", "chidi", "ngozi", "mehmet", "elif",
         "julia", "marco", "giulia", "pierre", "claire", "lars", "ingrid", "piotr", "kasia", "ivan",
         "rachel", "daniel", "sam", "alex", "jordan", "taylor", "morgan", "casey", "riley", "jamie",
         "nadia", "karim", "lina", "hugo", "ada", "felix", "mila", "theo", "ruby", "oscar"]
LAST = ["smith", "johnson", "garcia", "martin", "chen", "wang", "kim", "park", "singh", "patel",
        "nguyen", "tran", "silva", "santos", "mueller", "schmidt", "rossi", "bianchi", "dubois", "moreau",
        "brown", "jones", "miller", "davis", "wilson", "taylor", "anderson", "thomas", "moore", "jackson",
        "okafor", "mensah", "haddad", "khan", "ali", "ivanova", "novak", "kowalski", "larsen", "berg",
        "tanaka", "sato", "suzuki", "yamamoto", "lee", "choi", "lopez", "gonzalez", "perez", "fernandez",
        "oconnor", "murphy", "walsh", "fischer", "weber", "wagner", "becker", "hoffmann", "costa", "pereira",
        "reddy", "iyer", "das", "shah", "cohen", "levi", "rahman", "hossain", "ozturk", "yilmaz"]
NICK = ["pixel", "nova", "storm", "maple", "echo", "lynx", "river", "comet", "atlas", "juniper",
        "blue", "sunny", "ghost", "kiwi", "mango", "orbit", "tango", "zen", "frost", "ember"]


def person_local(rng, style=None):
    f, l = rng.choice(FIRST), rng.choice(LAST)
    style = style or rng.choices(
        ["f.l", "fl", "f.l99", "fl99", "f_l", "fL", "f1999", "nick99", "f.l.99", "ffl"],
        weights=[22, 14, 10, 10, 6, 8, 8, 8, 4, 4])[0]
    if style == "f.l":
        return "%s.%s" % (f, l)
    if style == "fl":
        return f + l
    if style == "f.l99":
        return "%s.%s%d" % (f, l, rng.randint(1, 99))
    if style == "fl99":
        return "%s%s%d" % (f, l, rng.randint(1, 99))
    if style == "f_l":
        return "%s_%s" % (f, l)
    if style == "fL":
        return f[0] + l
    if style == "f1999":
        return "%s%d" % (f, rng.randint(1965, 2007))
    if style == "nick99":
        return "%s%s%d" % (rng.choice(NICK), f[:3], rng.randint(1, 999))
    if style == "f.l.99":
        return "%s.%s.%d" % (f, l, rng.randint(1, 99))
    return f + l[0] + l[1:3]


CONSUMER_DOMAINS = ["gmail.com"] * 12 + ["outlook.com"] * 4 + ["yahoo.com"] * 3 + [
    "icloud.com", "icloud.com", "hotmail.com", "hotmail.com", "proton.me", "gmx.de", "web.de",
    "yahoo.co.jp", "naver.com", "mail.ru", "qq.com", "orange.fr", "libero.it", "uol.com.br",
    "rediffmail.com", "aol.com", "live.com", "fastmail.com", "btinternet.com", "t-online.de"]


# --------------------------------------------------------------------------
# clients (user agent + TLS/HTTP fingerprint)

def ja4(name, c=15, e=16, alpn="h2"):
    return "t13d%02d%02d%s_%s_%s" % (c, e, alpn, hexdigest("ja4a", name), hexdigest("ja4b", name))


class Client:
    __slots__ = ("ua", "fp", "kind", "name")

    def __init__(self, name, ua, fp, kind):
        self.name, self.ua, self.fp, self.kind = name, ua, fp, kind


_FP_CHROME = ja4("chromium-boringssl", 16, 18)
_FP_SAFARI = ja4("safari-macos-ios", 20, 14)
_FP_FIREFOX = ja4("firefox-nss", 17, 16)
_FP_PY = [ja4("python-httpx-openssl30", 12, 11), ja4("python-httpx-openssl31", 12, 12),
          ja4("python-httpx-openssl32", 13, 12), ja4("python-aiohttp", 12, 10, "h1")]
_FP_NODE = [ja4("node20-undici", 14, 13), ja4("node22-undici", 14, 14)]
_FP_GO = ja4("go122-crypto-tls", 13, 10)
_FP_CURL = ja4("curl-openssl3", 15, 12, "h2")
_FP_IOSAPP = ja4("helioschat-ios-urlsession", 20, 14)
_FP_ANDAPP = ja4("helioschat-android-okhttp", 16, 13)
_FP_JAVA = ja4("java21-httpclient", 14, 11)


def browser(kind, ver):
    if kind == "chrome_win":
        ua = ("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
              "Chrome/%d.0.0.0 Safari/537.36" % ver)
        return Client("chrome_win/%d" % ver, ua, _FP_CHROME, "browser")
    if kind == "chrome_mac":
        ua = ("Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) "
              "Chrome/%d.0.0.0 Safari/537.36" % ver)
        return Client("chrome_mac/%d" % ver, ua, _FP_CHROME, "browser")
    if kind == "edge_win":
        ua = ("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
              "Chrome/%d.0.0.0 Safari/537.36 Edg/%d.0.0.0" % (ver, ver))
        return Client("edge_win/%d" % ver, ua, _FP_CHROME, "browser")
    if kind == "chrome_android":
        ua = ("Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) "
              "Chrome/%d.0.0.0 Mobile Safari/537.36" % ver)
        return Client("chrome_android/%d" % ver, ua, _FP_CHROME, "browser")
    if kind == "safari_mac":
        ua = ("Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) "
              "Version/18.%d Safari/605.1.15" % (ver % 10))
        return Client("safari_mac/%d" % ver, ua, _FP_SAFARI, "browser")
    if kind == "safari_ios":
        ua = ("Mozilla/5.0 (iPhone; CPU iPhone OS 18_%d like Mac OS X) AppleWebKit/605.1.15 "
              "(KHTML, like Gecko) Version/18.%d Mobile/15E148 Safari/604.1" % (ver % 10, ver % 10))
        return Client("safari_ios/%d" % ver, ua, _FP_SAFARI, "browser")
    if kind == "firefox":
        ua = "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:%d.0) Gecko/20100101 Firefox/%d.0" % (ver, ver)
        return Client("firefox/%d" % ver, ua, _FP_FIREFOX, "browser")
    if kind == "firefox_linux":
        ua = "Mozilla/5.0 (X11; Linux x86_64; rv:%d.0) Gecko/20100101 Firefox/%d.0" % (ver, ver)
        return Client("firefox_linux/%d" % ver, ua, _FP_FIREFOX, "browser")
    raise ValueError(kind)


BROWSER_KINDS = ["chrome_win", "chrome_mac", "edge_win", "safari_mac", "safari_ios",
                 "chrome_android", "firefox", "firefox_linux"]
BROWSER_WEIGHTS = [30, 14, 9, 9, 14, 12, 7, 5]

# Chrome/Edge 134 rolls out to ordinary browsers from 2026-03-05; Firefox 136 from 03-04.
CHROME_ROLL = ms(2026, 3, 5)
FIREFOX_ROLL = ms(2026, 3, 4)


def browser_at(kind, t, lag_ms):
    """The browser build an auto-updating user runs at time t (update lag per user)."""
    if kind.startswith("chrome") or kind.startswith("edge"):
        return browser(kind, 134 if t >= CHROME_ROLL + lag_ms else 133)
    if kind.startswith("firefox"):
        return browser(kind, 136 if t >= FIREFOX_ROLL + lag_ms else 135)
    return browser(kind, 3)


def app_client(platform, ver):
    if platform == "ios":
        return Client("app_ios/" + ver, "HeliosChat/%s (iPhone; iOS 18.3; Scale/3.00)" % ver, _FP_IOSAPP, "app")
    return Client("app_android/" + ver, "HeliosChat/%s (Android 15; Pixel 8)" % ver, _FP_ANDAPP, "app")


PY_SDK = ["0.44.0", "0.45.2", "0.46.1", "0.47.0", "0.48.1", "0.49.0"]
NODE_SDK = ["0.29.4", "0.30.1", "0.31.0", "0.32.2", "0.33.0"]


def sdk(lang, ver=None, fp_idx=0, extra=""):
    if lang == "python":
        ver = ver or "0.48.1"
        ua = "helios-python/%s" % ver + (" " + extra if extra else "")
        return Client("py/%s/%d" % (ver, fp_idx), ua, _FP_PY[fp_idx % len(_FP_PY)], "sdk")
    if lang == "node":
        ver = ver or "0.33.0"
        ua = "helios-node/%s" % ver + (" " + extra if extra else "")
        return Client("node/%s/%d" % (ver, fp_idx), ua, _FP_NODE[fp_idx % len(_FP_NODE)], "sdk")
    if lang == "go":
        ver = ver or "0.9.3"
        return Client("go/" + ver, "helios-go/%s" % ver + (" " + extra if extra else ""), _FP_GO, "sdk")
    if lang == "java":
        ver = ver or "0.6.0"
        return Client("java/" + ver, "helios-java/%s" % ver, _FP_JAVA, "sdk")
    if lang == "curl":
        return Client("curl", "curl/8.5.0", _FP_CURL, "sdk")
    if lang == "requests":
        return Client("requests/%d" % fp_idx, "python-requests/2.32.3", _FP_PY[fp_idx % len(_FP_PY)], "sdk")
    if lang == "openai_py":
        ver = ver or "1.61.0"
        return Client("oai/%s/%d" % (ver, fp_idx), "OpenAI/Python %s" % ver, _FP_PY[fp_idx % len(_FP_PY)], "sdk")
    if lang == "litellm":
        return Client("litellm/%d" % fp_idx, "litellm/1.60.2", _FP_PY[fp_idx % len(_FP_PY)], "sdk")
    if lang == "cli":
        ver = ver or "1.2.14"
        plat = extra or "darwin; arm64"
        return Client("cli/%s/%s" % (ver, plat), "helios-code/%s (%s)" % (ver, plat),
                      _FP_NODE[1], "cli")
    raise ValueError(lang)


def custom_client(ua, fp_name, kind="sdk"):
    return Client(ua, ua, ja4(fp_name, 13, 11), kind)


# --------------------------------------------------------------------------
# network

class Range:
    __slots__ = ("cidr", "asn", "org", "country", "kind", "listed", "net", "first", "size")

    def __init__(self, cidr, asn, org, country, kind, listed=True):
        self.cidr, self.asn, self.org, self.country, self.kind, self.listed = cidr, asn, org, country, kind, listed
        self.net = ipaddress.ip_network(cidr)
        self.first = int(self.net.network_address)
        self.size = self.net.num_addresses


# first octets of public IPv4 space used for the synthetic world (reserved ones avoided)
_V4_FIRST = [5, 31, 37, 41, 46, 62, 77, 78, 79, 80, 81, 82, 83, 84, 85, 86, 87, 88, 89, 90, 91,
             92, 93, 94, 95, 103, 109, 110, 111, 112, 113, 114, 115, 116, 117, 118, 119, 120, 121,
             122, 123, 124, 125, 141, 145, 146, 147, 148, 149, 151, 152, 153, 154, 155, 156, 157,
             158, 159, 160, 161, 162, 163, 164, 165, 166, 167, 168, 170, 171, 173, 174, 175, 176,
             177, 178, 179, 180, 181, 182, 183, 184, 185, 186, 187, 188, 189, 190, 191, 193, 194,
             195, 196, 197, 199, 200, 201, 202, 204, 205, 206, 207, 208, 209, 210, 211, 212, 213,
             217, 218, 219, 220, 221, 222]


class Network:
    def __init__(self, rng):
        self.rng = rng
        self.ranges = []
        self.by_name = {}
        # shuffled deterministic order of /16 blocks
        blocks = [(a, b) for a in _V4_FIRST for b in range(0, 256, 1)]
        rng.shuffle(blocks)
        self._blocks = blocks
        self._bi = 0
        self._v6 = 0x2a02_0000 + rng.randrange(0x1000)
        self.asn_next = 20000 + rng.randrange(5000)

    def asn(self):
        self.asn_next += 1 + self.rng.randrange(700)
        return self.asn_next

    def _next16(self):
        a, b = self._blocks[self._bi]
        self._bi += 1
        return a, b

    def add(self, name, org, country, kind, size=16, v6=False, asn=None, listed=True, count=1):
        """Allocate `count` IPv4 blocks of /size (<= /16 granularity) plus optional IPv6 /32."""
        asn = asn or self.asn()
        rs = []
        for _ in range(count):
            a, b = self._next16()
            if size <= 16:
                cidr = "%d.%d.0.0/16" % (a, b)
            else:
                # carve a sub-block at a random offset inside a fresh /16
                span = 1 << (32 - size)
                off = self.rng.randrange(65536 // span) * span
                c, d = off >> 8, off & 255
                cidr = "%d.%d.%d.%d/%d" % (a, b, c, d, size)
            r = Range(cidr, asn, org, country, kind, listed)
            self.ranges.append(r)
            rs.append(r)
        if v6:
            self._v6 += 1 + self.rng.randrange(5)
            hi = self._v6
            cidr = "%x:%x::/32" % (hi >> 16, hi & 0xFFFF)
            r = Range(cidr, asn, org, country, kind, listed)
            self.ranges.append(r)
            rs.append(r)
        self.by_name[name] = rs
        return rs

    def sub(self, parent, size, name=None, kind=None, org=None, listed=True, country=None):
        """A more specific range inside parent (e.g. a proxy block inside an ISP)."""
        span = 1 << ((32 if parent.net.version == 4 else 128) - size)
        n = parent.size // span
        off = self.rng.randrange(n) * span
        addr = ipaddress.ip_address(parent.first + off)
        cidr = "%s/%d" % (addr, size)
        r = Range(cidr, parent.asn, org or parent.org, country or parent.country, kind or parent.kind, listed)
        self.ranges.append(r)
        if name:
            self.by_name.setdefault(name, []).append(r)
        return r

    def v4(self, name):
        return [r for r in self.by_name[name] if r.net.version == 4]

    def v6(self, name):
        return [r for r in self.by_name[name] if r.net.version == 6]


def addr_in(rng, r, host_bits=None):
    """Random usable address inside range r."""
    if r.net.version == 4:
        if r.size <= 2:
            return str(ipaddress.ip_address(r.first))
        off = 1 + rng.randrange(r.size - 2)
        return str(ipaddress.ip_address(r.first + off))
    # IPv6: random /64 inside, random interface id
    off = rng.getrandbits(min(64, (r.net.max_prefixlen - r.net.prefixlen))) if host_bits is None else host_bits
    return str(ipaddress.ip_address(r.first + off))


def addr_v6_host(rng, r):
    sub64 = rng.getrandbits(r.net.max_prefixlen - r.net.prefixlen - 64) if r.net.prefixlen < 64 else 0
    iid = rng.getrandbits(64)
    return str(ipaddress.ip_address(r.first + (sub64 << 64) + iid))
