"""Shared constants and small helpers for outside_seventeen (standard library only)."""
import datetime as dt
import hashlib
import math

SEC = 1000
MIN = 60 * SEC
HOUR = 60 * MIN
DAY = 24 * HOUR

# Window: two weeks starting Monday 2026-03-09 00:00Z.
T0 = int(dt.datetime(2026, 3, 9, tzinfo=dt.timezone.utc).timestamp() * 1000)
NDAYS = 14
T_END = T0 + NDAYS * DAY

LEGACY = "lumen-2.5"
MAIN = "lumen-3"
MAIN_SNAP = "lumen-3-20251104"
MINI = "lumen-3-mini"
NEW = "lumen-4"
RELEASE = T0 + 9 * DAY + 17 * HOUR  # Wednesday 2026-03-18 17:00Z
RELEASES = [
    (LEGACY, "2025-04-22T16:00:00.000Z"),
    (MAIN, "2025-11-04T17:00:00.000Z"),
    (MAIN_SNAP, "2025-11-04T17:00:00.000Z"),
    (MINI, "2025-12-16T17:00:00.000Z"),
]
RESTRICTED = ["BY", "CN", "CU", "IR", "KP", "RU", "SY"]

_EPOCH = dt.datetime(1970, 1, 1)


def rfc(ms):
    d = _EPOCH + dt.timedelta(milliseconds=int(ms))
    return d.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (int(ms) % 1000)


def rfc_plain(ms):
    """RFC 3339 without fractional seconds (some exporters write this)."""
    d = _EPOCH + dt.timedelta(milliseconds=int(ms))
    return d.strftime("%Y-%m-%dT%H:%M:%SZ")


def rfc_offset(ms, hours):
    """RFC 3339 with a numeric offset instead of Z."""
    d = _EPOCH + dt.timedelta(milliseconds=int(ms) + int(hours * HOUR))
    sign = "+" if hours >= 0 else "-"
    hh, mm = divmod(int(abs(hours) * 60), 60)
    return d.strftime("%Y-%m-%dT%H:%M:%S.") + "%03d%s%02d:%02d" % (int(ms) % 1000, sign, hh, mm)


def hx(s, n=12):
    return hashlib.sha256(s.encode()).hexdigest()[:n]


def lognorm(r, median, sigma, lo=1, hi=10 ** 9):
    v = int(median * math.exp(r.gauss(0, sigma)))
    return max(lo, min(hi, v))


def poisson(r, lam):
    if lam <= 0:
        return 0
    if lam > 40:
        return max(0, int(r.gauss(lam, math.sqrt(lam)) + 0.5))
    L = math.exp(-lam)
    k, p = 0, 1.0
    while True:
        p *= r.random()
        if p <= L:
            return k
        k += 1


def geom(r, mean, lo=1, hi=10 ** 6):
    """Geometric-ish count with the given mean (>= lo)."""
    p = 1.0 / max(1.0001, mean - lo + 1)
    k = lo
    while r.random() > p and k < hi:
        k += 1
    return k


def wpick(r, pairs):
    """Pick from [(item, weight), ...]."""
    tot = 0.0
    for _, w in pairs:
        tot += w
    x = r.random() * tot
    for it, w in pairs:
        x -= w
        if x <= 0:
            return it
    return pairs[-1][0]


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


def ntok(text):
    """Rough token estimate of a text."""
    if not text:
        return 0
    b = len(text.encode("utf-8"))
    return max(1, int(b / 3.9))


# ---------------------------------------------------------------- hour-of-day weights (local time)
H_CONSUMER = [1.0, 0.6, 0.35, 0.2, 0.15, 0.2, 0.5, 1.1, 1.7, 2.0, 2.2, 2.4, 2.6, 2.4, 2.3, 2.3, 2.4, 2.6, 2.9, 3.2, 3.5, 3.4, 2.6, 1.7]
H_WORK = [0.1, 0.05, 0.05, 0.05, 0.05, 0.1, 0.3, 1.2, 3.2, 4.4, 4.6, 4.3, 2.9, 3.8, 4.4, 4.3, 3.8, 2.7, 1.4, 0.9, 0.8, 0.7, 0.4, 0.2]
H_DEV = [0.7, 0.4, 0.25, 0.15, 0.1, 0.15, 0.3, 0.8, 2.0, 3.4, 3.9, 3.9, 2.8, 3.5, 3.9, 3.9, 3.5, 2.9, 2.1, 1.9, 2.2, 2.3, 1.9, 1.3]
H_STUDENT = [1.6, 1.0, 0.5, 0.2, 0.1, 0.1, 0.2, 0.5, 1.0, 1.5, 1.8, 1.9, 1.8, 2.0, 2.3, 2.6, 2.8, 2.8, 2.6, 2.9, 3.3, 3.4, 3.0, 2.3]
H_AFTERSCHOOL = [0.3, 0.1, 0.05, 0.02, 0.02, 0.05, 0.2, 0.4, 0.5, 0.5, 0.5, 0.5, 0.6, 0.6, 0.8, 1.5, 2.8, 3.2, 2.9, 3.0, 3.4, 3.0, 1.8, 0.8]
H_FLAT = [1.0] * 24


def hour_pick(r, weights):
    tot = sum(weights)
    x = r.random() * tot
    for i, w in enumerate(weights):
        x -= w
        if x <= 0:
            return i
    return 23


def local_start(r, day, tz, weights):
    """A UTC ms inside local day `day` (0-based from T0 in local time) at an hour drawn from `weights`."""
    h = hour_pick(r, weights)
    return int(T0 + day * DAY + (h - tz) * HOUR + r.random() * HOUR)


def weekday(ms, tz=0.0):
    """0 = Monday .. 6 = Sunday, in local time."""
    return int(((ms + tz * HOUR - T0) // DAY) % 7)


def local_hour(ms, tz=0.0):
    return ((ms + tz * HOUR - T0) % DAY) / HOUR


# ---------------------------------------------------------------- countries
# cc: (utc offset in March 2026, registry, language, population weight for the generic mix)
COUNTRIES = {
    "US": (-5, "arin", "en", 26), "CA": (-5, "arin", "en", 4), "MX": (-6, "lacnic", "es", 2.5),
    "BR": (-3, "lacnic", "pt", 4.5), "AR": (-3, "lacnic", "es", 1.2), "CO": (-5, "lacnic", "es", 1.2),
    "CL": (-3, "lacnic", "es", 0.7), "GB": (0, "ripe", "en", 6), "IE": (0, "ripe", "en", 0.8),
    "DE": (1, "ripe", "de", 5), "FR": (1, "ripe", "fr", 3.5), "NL": (1, "ripe", "nl", 1.6),
    "ES": (1, "ripe", "es", 2.2), "IT": (1, "ripe", "it", 2), "PL": (1, "ripe", "pl", 1.5),
    "SE": (1, "ripe", "sv", 0.9), "CH": (1, "ripe", "de", 0.8), "AT": (1, "ripe", "de", 0.5),
    "BE": (1, "ripe", "fr", 0.6), "PT": (0, "ripe", "pt", 0.6), "UA": (2, "ripe", "uk", 1.0),
    "TR": (3, "ripe", "tr", 1.3), "IL": (2, "ripe", "he", 0.9), "EG": (2, "afrinic", "ar", 0.8),
    "NG": (1, "afrinic", "en", 1.3), "KE": (3, "afrinic", "en", 0.8), "ZA": (2, "afrinic", "en", 0.8),
    "AE": (4, "ripe", "en", 0.7), "SA": (3, "ripe", "ar", 0.6), "IN": (5.5, "apnic", "en", 8),
    "PK": (5, "apnic", "en", 1.0), "BD": (6, "apnic", "en", 0.6), "ID": (7, "apnic", "id", 2.2),
    "VN": (7, "apnic", "vi", 1.2), "TH": (7, "apnic", "th", 0.8), "MY": (8, "apnic", "en", 0.8),
    "SG": (8, "apnic", "en", 1.0), "PH": (8, "apnic", "en", 1.6), "HK": (8, "apnic", "en", 0.5),
    "TW": (8, "apnic", "zh", 0.8), "JP": (9, "apnic", "ja", 2.5), "KR": (9, "apnic", "ko", 1.8),
    "AU": (11, "apnic", "en", 1.8), "NZ": (13, "apnic", "en", 0.4), "UG": (3, "afrinic", "en", 0.3),
    "VE": (-4, "lacnic", "es", 0.3),
    # restricted regions: only present in network data and as rare leaks
    "CN": (8, "apnic", "zh", 0), "RU": (3, "ripe", "ru", 0), "IR": (3.5, "ripe", "fa", 0),
}
GENERIC_MIX = [(cc, v[3]) for cc, v in COUNTRIES.items() if v[3] > 0]
US_TZ = [(-4, 47), (-5, 29), (-6, 7), (-7, 17)]
CA_TZ = [(-4, 62), (-5, 8), (-6, 11), (-7, 19)]


def tz_of(r, cc):
    if cc == "US":
        return wpick(r, US_TZ)
    if cc == "CA":
        return wpick(r, CA_TZ)
    if cc == "AU":
        return wpick(r, [(11, 80), (10.5, 8), (8, 12)])
    if cc == "BR":
        return wpick(r, [(-3, 90), (-4, 10)])
    if cc == "MX":
        return wpick(r, [(-6, 80), (-7, 20)])
    return COUNTRIES[cc][0]


def lang_of(r, cc):
    lang = COUNTRIES[cc][2]
    if lang == "en":
        return "en"
    # many non-English speakers still write to the API in English
    share = {"es": 0.55, "pt": 0.55, "de": 0.4, "fr": 0.5, "id": 0.45, "ja": 0.5, "ko": 0.4, "it": 0.35,
             "nl": 0.15, "pl": 0.25, "tr": 0.3, "vi": 0.3, "zh": 0.4, "ar": 0.25, "uk": 0.25}.get(lang, 0.1)
    return lang if r.random() < share else "en"


# ---------------------------------------------------------------- names / e-mail
FIRST = ["james", "maria", "wei", "aisha", "lucas", "sofia", "arjun", "emma", "noah", "olivia", "liam", "mia",
         "mateo", "ana", "yuki", "hana", "minjun", "jiwoo", "tuan", "linh", "budi", "siti", "juan", "camila",
         "pedro", "julia", "lukas", "lea", "pierre", "chloe", "marco", "giulia", "piotr", "zofia", "erik", "astrid",
         "omar", "fatima", "ahmed", "nour", "chinedu", "ngozi", "wanjiru", "kevin", "thabo", "lerato", "ravi",
         "priya", "ankit", "sneha", "hiroshi", "sakura", "daniel", "sarah", "michael", "jessica", "david",
         "laura", "tom", "kate", "ben", "nina", "alex", "sam", "jordan", "taylor", "chris", "pat", "diego",
         "valentina", "rafael", "beatriz", "oleksandr", "iryna", "mehmet", "elif", "yosef", "noa", "kwame",
         "ama", "rizal", "dewi", "carlos", "isabel", "jan", "eva", "mark", "anna", "paul", "grace", "ivan"]
LAST = ["smith", "garcia", "wang", "khan", "silva", "rossi", "patel", "mueller", "martin", "nguyen", "kim",
        "lee", "tanaka", "sato", "santos", "ferreira", "kowalski", "nowak", "johansson", "andersson", "hassan",
        "ali", "okafor", "mwangi", "dlamini", "sharma", "gupta", "singh", "suzuki", "brown", "jones", "miller",
        "davis", "lopez", "gonzalez", "perez", "schmidt", "schneider", "dubois", "bernard", "bianchi", "romano",
        "van dijk", "de vries", "yilmaz", "kaya", "cohen", "levi", "mensah", "boateng", "wijaya", "santoso",
        "reyes", "cruz", "torres", "ramirez", "kovalenko", "shevchenko", "fischer", "weber", "novak", "horvat"]
FREEMAIL = {
    "default": [("gmail.com", 60), ("outlook.com", 12), ("yahoo.com", 8), ("hotmail.com", 8), ("icloud.com", 7),
                ("proton.me", 3), ("aol.com", 1)],
    "DE": [("gmail.com", 40), ("gmx.de", 22), ("web.de", 20), ("t-online.de", 8), ("outlook.de", 6), ("posteo.de", 4)],
    "AT": [("gmail.com", 50), ("gmx.at", 25), ("outlook.com", 15), ("aon.at", 10)],
    "CH": [("gmail.com", 55), ("bluewin.ch", 25), ("gmx.ch", 10), ("proton.me", 10)],
    "FR": [("gmail.com", 50), ("orange.fr", 15), ("free.fr", 10), ("laposte.net", 10), ("hotmail.fr", 10), ("sfr.fr", 5)],
    "BE": [("gmail.com", 55), ("skynet.be", 15), ("hotmail.com", 20), ("telenet.be", 10)],
    "GB": [("gmail.com", 55), ("hotmail.co.uk", 15), ("outlook.com", 12), ("yahoo.co.uk", 8), ("btinternet.com", 6), ("icloud.com", 4)],
    "IT": [("gmail.com", 55), ("libero.it", 18), ("hotmail.it", 12), ("virgilio.it", 8), ("outlook.it", 7)],
    "ES": [("gmail.com", 60), ("hotmail.es", 20), ("yahoo.es", 8), ("outlook.es", 12)],
    "BR": [("gmail.com", 70), ("hotmail.com", 15), ("outlook.com", 8), ("bol.com.br", 4), ("uol.com.br", 3)],
    "JP": [("gmail.com", 50), ("yahoo.co.jp", 25), ("icloud.com", 12), ("docomo.ne.jp", 5), ("outlook.jp", 8)],
    "KR": [("gmail.com", 45), ("naver.com", 40), ("daum.net", 10), ("kakao.com", 5)],
    "RU": [("yandex.ru", 45), ("mail.ru", 35), ("gmail.com", 20)],
    "CN": [("qq.com", 50), ("163.com", 30), ("126.com", 10), ("gmail.com", 10)],
    "PL": [("gmail.com", 45), ("wp.pl", 20), ("o2.pl", 15), ("onet.pl", 12), ("interia.pl", 8)],
    "IN": [("gmail.com", 80), ("yahoo.co.in", 8), ("outlook.com", 7), ("rediffmail.com", 5)],
    "NL": [("gmail.com", 55), ("hotmail.nl", 15), ("outlook.com", 10), ("ziggo.nl", 10), ("kpnmail.nl", 10)],
    "TW": [("gmail.com", 70), ("yahoo.com.tw", 25), ("hotmail.com", 5)],
    "VN": [("gmail.com", 90), ("yahoo.com.vn", 10)],
    "ID": [("gmail.com", 88), ("yahoo.co.id", 8), ("outlook.com", 4)],
    "UA": [("gmail.com", 60), ("ukr.net", 30), ("i.ua", 10)],
}


def freemail(r, cc):
    return wpick(r, FREEMAIL.get(cc, FREEMAIL["default"]))


def person_local(r, style=None):
    f, l = r.choice(FIRST), r.choice(LAST).replace(" ", "")
    s = style if style is not None else r.randrange(11)
    if s == 0:
        return f + "." + l
    if s == 1:
        return f + l + str(r.randint(1, 99))
    if s == 2:
        return f[0] + l
    if s == 3:
        return f + "_" + l
    if s == 4:
        return f + str(r.randint(1970, 2007))
    if s == 5:
        return l + "." + f
    if s == 6:
        return f + "." + l + str(r.randint(1, 9))
    if s == 7:
        return f[0] + "." + l
    if s == 8:
        return f + l[0] + str(r.randint(10, 999))
    if s == 9:
        return f
    return f + "." + l[:1] + l[1:] + str(r.randint(1980, 2005))


def work_local(r):
    f, l = r.choice(FIRST), r.choice(LAST).replace(" ", "")
    return r.choice([f + "." + l, f[0] + l, f, f + "." + l[0], l + "." + f[0]])


# ---------------------------------------------------------------- clients: user agent + TLS fingerprint
def _ja4(tag, c, e, alpn):
    return "t13d%02d%02d%s_%s_%s" % (c, e, alpn, hx("c:" + tag), hx("e:" + tag))


JA4 = {
    "chrome": _ja4("chrome131", 15, 16, "h2"), "chrome_old": _ja4("chrome124", 15, 17, "h2"),
    "safari": _ja4("safari18", 20, 14, "h2"), "firefox": _ja4("firefox136", 17, 15, "h2"),
    "py_ossl3": _ja4("python-openssl3.0", 18, 12, "h1"), "py_ossl31": _ja4("python-openssl3.1", 18, 13, "h1"),
    "py_h2": _ja4("httpx-h2-openssl3", 18, 13, "h2"),
    "node20": _ja4("node20", 16, 11, "h1"), "node22": _ja4("node22", 16, 12, "h2"),
    "go": _ja4("go1.22", 13, 11, "h2"), "curl": _ja4("curl8", 31, 13, "h2"), "okhttp": _ja4("okhttp4", 15, 13, "h2"),
    "java": _ja4("java21", 23, 14, "h2"), "dotnet": _ja4("dotnet8", 12, 10, "h2"), "rust": _ja4("rustls0.23", 9, 11, "h2"),
    "ios_app": _ja4("cfnetwork", 20, 13, "h2"),
}


def browser(r, kind=None):
    k = kind or wpick(r, [("chrome_win", 40), ("chrome_mac", 16), ("safari_mac", 10), ("firefox", 8), ("edge", 10),
                          ("chrome_android", 9), ("safari_ios", 7)])
    cv = r.choice([131, 132, 133, 134, 134, 135])
    if k == "chrome_win":
        return ("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/%d.0.0.0 Safari/537.36" % cv, JA4["chrome"])
    if k == "edge":
        return ("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/%d.0.0.0 Safari/537.36 Edg/%d.0.0.0" % (cv, cv), JA4["chrome"])
    if k == "chrome_mac":
        return ("Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/%d.0.0.0 Safari/537.36" % cv, JA4["chrome"])
    if k == "chrome_android":
        return ("Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/%d.0.0.0 Mobile Safari/537.36" % cv, JA4["chrome"])
    if k == "safari_mac":
        v = r.choice(["18.2", "18.3", "18.3.1"])
        return ("Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/%s Safari/605.1.15" % v, JA4["safari"])
    if k == "safari_ios":
        v = r.choice(["18_2", "18_3", "18_3_1", "17_7"])
        return ("Mozilla/5.0 (iPhone; CPU iPhone OS %s like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/%s Mobile/15E148 Safari/604.1" % (v, v.replace("_", ".")[:4]), JA4["safari"])
    fv = r.choice([135, 136, 136])
    osx = r.choice(["Windows NT 10.0; Win64; x64", "X11; Linux x86_64", "Macintosh; Intel Mac OS X 10.15", "X11; Ubuntu; Linux x86_64"])
    return ("Mozilla/5.0 (%s; rv:%d.0) Gecko/20100101 Firefox/%d.0" % (osx, fv, fv), JA4["firefox"])


def sdk(r, kind=None):
    k = kind or wpick(r, [("py_sdk", 40), ("node_sdk", 22), ("httpx", 8), ("requests", 8), ("curl", 4), ("go", 5),
                          ("java", 4), ("dotnet", 3), ("axios", 3), ("rust", 2), ("aiohttp", 1)])
    pyv = r.choice(["3.10.12", "3.11.9", "3.12.4", "3.12.8", "3.13.1"])
    plat = r.choice(["Linux/x86_64", "Darwin/arm64", "Windows/AMD64", "Linux/aarch64"])
    if k == "py_sdk":
        return ("lumen-python/%s CPython/%s %s" % (r.choice(["1.6.2", "1.7.0", "1.8.1", "1.8.3", "1.9.0"]), pyv, plat),
                JA4["py_ossl31" if pyv >= "3.12" else "py_ossl3"])
    if k == "node_sdk":
        nv = r.choice(["20.11.1", "20.18.0", "22.11.0", "22.14.0"])
        return ("lumen-node/%s node/%s" % (r.choice(["1.4.0", "1.5.2", "1.6.0"]), nv), JA4["node22" if nv.startswith("22") else "node20"])
    if k == "httpx":
        return ("python-httpx/%s" % r.choice(["0.25.2", "0.27.0", "0.27.2", "0.28.1"]), JA4[r.choice(["py_ossl3", "py_ossl31", "py_h2"])])
    if k == "requests":
        return ("python-requests/%s" % r.choice(["2.31.0", "2.32.3"]), JA4[r.choice(["py_ossl3", "py_ossl31"])])
    if k == "aiohttp":
        return ("Python/%s aiohttp/%s" % (pyv[:4], r.choice(["3.9.5", "3.10.11", "3.11.12"])), JA4["py_ossl31"])
    if k == "curl":
        return ("curl/%s" % r.choice(["7.81.0", "8.5.0", "8.7.1", "8.11.1"]), JA4["curl"])
    if k == "go":
        return (r.choice(["Go-http-client/2.0", "Go-http-client/1.1", "lumen-go/0.12.1"]), JA4["go"])
    if k == "java":
        return (r.choice(["Java-http-client/21.0.4", "lumen-java/0.8.0", "okhttp/4.12.0"]), JA4["java"])
    if k == "dotnet":
        return ("lumen-dotnet/0.5.3 .NET/8.0.11", JA4["dotnet"])
    if k == "axios":
        return ("axios/%s" % r.choice(["1.6.8", "1.7.9"]), JA4["node20"])
    return (None, JA4["rust"])
