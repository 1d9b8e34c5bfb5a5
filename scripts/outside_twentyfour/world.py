"""The shared world: countries, the network (ip_ranges.csv), client stacks, payment
instruments and e-mail conventions. All names of companies, networks and products are
invented for this generator."""
import hashlib
import ipaddress

from common import pick, wpick, rand_token, shape_of

# code: (utc offsets to choose from, weight in the ordinary population, language, local mail domains)
COUNTRIES = {
    "US": ([-5, -5, -6, -7, -8, -8], 22, "en", ["comcast.net", "att.net", "verizon.net"]),
    "CA": ([-5, -5, -8, -7], 3, "en", ["rogers.com", "shaw.ca"]),
    "MX": ([-6], 2, "es", ["prodigy.net.mx"]),
    "BR": ([-3], 4, "pt", ["uol.com.br", "bol.com.br"]),
    "AR": ([-3], 1, "es", ["fibertel.com.ar"]),
    "CO": ([-5], 1, "es", []),
    "CL": ([-3], 1, "es", []),
    "GB": ([0], 6, "en", ["btinternet.com", "sky.com"]),
    "IE": ([0], 1, "en", ["eircom.net"]),
    "FR": ([1], 4, "fr", ["orange.fr", "free.fr", "laposte.net"]),
    "DE": ([1], 6, "de", ["gmx.de", "web.de", "t-online.de"]),
    "NL": ([1], 2, "nl", ["ziggo.nl", "kpnmail.nl"]),
    "ES": ([1], 3, "es", ["telefonica.net"]),
    "IT": ([1], 2, "it", ["libero.it", "virgilio.it"]),
    "PL": ([1], 2, "pl", ["wp.pl", "onet.pl", "o2.pl"]),
    "SE": ([1], 1, "en", ["telia.com"]),
    "CH": ([1], 1, "de", ["bluewin.ch"]),
    "AT": ([1], 1, "de", ["aon.at"]),
    "UA": ([2], 1, "en", ["ukr.net"]),
    "TR": ([3], 1, "tr", []),
    "IL": ([2], 1, "en", []),
    "EG": ([2], 1, "en", []),
    "NG": ([1], 1, "en", []),
    "KE": ([3], 1, "en", []),
    "ZA": ([2], 1, "en", ["mweb.co.za"]),
    "AE": ([4], 1, "en", []),
    "IN": ([5.5], 7, "en", ["rediffmail.com"]),
    "PK": ([5], 1, "en", []),
    "BD": ([6], 1, "en", []),
    "SG": ([8], 2, "en", ["singnet.com.sg"]),
    "MY": ([8], 1, "en", []),
    "ID": ([7], 2, "id", []),
    "VN": ([7], 1, "vi", []),
    "TH": ([7], 1, "en", []),
    "PH": ([8], 2, "en", []),
    "HK": ([8], 1, "en", ["netvigator.com"]),
    "TW": ([8], 1, "zh", []),
    "JP": ([9], 3, "ja", ["yahoo.co.jp", "docomo.ne.jp"]),
    "KR": ([9], 2, "ko", ["naver.com", "daum.net"]),
    "AU": ([10, 10, 8], 2, "en", ["bigpond.com"]),
    "NZ": ([12], 1, "en", ["xtra.co.nz"]),
    # restricted countries (policy.toml); no ordinary population lives there
    "CN": ([8], 0, "zh", ["qq.com", "163.com"]),
    "RU": ([3], 0, "ru", ["yandex.ru", "mail.ru"]),
    "IR": ([3.5], 0, "en", []),
    "KP": ([9], 0, "en", []),
    "BY": ([3], 0, "ru", []),
    "CU": ([-5], 0, "es", []),
    "SY": ([3], 0, "en", []),
}

ORD_COUNTRIES = [(c, v[1]) for c, v in COUNTRIES.items() if v[1] > 0]

BIG = {"US", "IN", "DE", "GB", "BR", "FR", "JP", "CN"}
V6_COUNTRIES = ["US", "DE", "FR", "IN", "JP", "GB", "BR", "NL", "BE", "MY", "CN"]

LEGAL = {"US": "Inc.", "CA": "Inc.", "GB": "Ltd", "IE": "Ltd", "DE": "GmbH", "AT": "GmbH", "CH": "AG",
         "FR": "SAS", "ES": "S.A.", "IT": "S.p.A.", "BR": "Ltda", "MX": "S.A. de C.V.", "JP": "K.K.",
         "IN": "Pvt Ltd", "NL": "B.V.", "PL": "Sp. z o.o.", "SE": "AB", "AU": "Pty Ltd", "NZ": "Ltd",
         "SG": "Pte Ltd", "MY": "Sdn Bhd", "HK": "Ltd", "RU": "LLC", "CN": "Co., Ltd."}

_P1 = ["Tel", "Via", "Omni", "Kabel", "Fibra", "Astra", "Nova", "Linea", "Orbi", "Strato", "Vera",
       "Meri", "Polar", "Sun", "Blue", "Green", "Clear", "Swift", "Prime", "Uni", "Metro", "Star",
       "Hori", "Alto", "Terra", "Kite", "River", "Ember", "Coral", "Lumen", "Cedar", "Zephyr"]
_P2 = ["com", "link", "wave", "fiber", "line", "net", "cable", "tel", "stream", "path", "reach", "gate"]
_SUF = ["Telecom", "Broadband", "Communications", "Networks", "Internet", "Fibre", "Cable"]
_MSUF = ["Mobile", "Wireless", "Cellular", "Mobile Networks"]

HOSTING = [
    # name, asn, regions, listed regions fraction
    ("Nimbus Cloud Services", 64811, ["US", "US", "DE", "GB", "SG", "JP", "IN", "BR", "AU"]),
    ("Stratoscale Compute", 65207, ["US", "NL", "SG", "JP", "HK"]),
    ("Cirrus Host GmbH", 61344, ["DE", "DE", "FI", "US"]),
    ("Bytehaven Hosting", 60129, ["NL", "FR", "US", "SG"]),
    ("Ionforge Cloud", 63390, ["US", "CA", "GB", "IN"]),
    ("Skyrail Datacenters", 62418, ["US", "DE", "SG", "HK", "JP"]),
    ("Kettle VPS Ltd", 59877, ["GB", "NL", "US"]),
    ("Quartz Edge Compute", 58230, ["US", "FR", "KR", "AU"]),
]
VPNS = [
    ("HushPath VPN", 211402, ["US", "NL", "DE", "CH", "SE", "GB", "JP", "SG", "CA"]),
    ("Mantle Privacy AB", 209113, ["SE", "NL", "DE", "US", "FR", "CH"]),
    ("Nomad Shield VPN", 212987, ["US", "GB", "SG", "HK", "JP", "AU", "DE"]),
    ("ClearRoute Secure", 213554, ["US", "CA", "NL", "GB", "SG"]),
]
RESI = [
    # provider, share of exit /24s that network intelligence labels residential_proxy
    ("Meshpool", 0.30),
    ("Homegate", 0.50),
    ("PeerRelay", 0.15),
]
RESI_COUNTRIES = ["US", "GB", "DE", "FR", "CA", "AU", "JP", "SG", "NL", "BR", "IN", "ES", "IT",
                  "KR", "MY", "PH", "TW"]
UNIVERSITIES = [
    # key, name, country, domain
    ("lakeshore", "University of Lakeshore", "US", "lakeshore.edu"),
    ("eastvale", "Eastvale University", "US", "eastvale.edu"),
    ("northcrest", "Northcrest University", "GB", "northcrest.ac.uk"),
    ("riverbend", "Riverbend College", "AU", "riverbend.edu.au"),
    ("rheinfeld", "Technische Universitaet Rheinfeld", "DE", "tu-rheinfeld.de"),
    ("harbourview", "University of Harbourview", "CA", "harbourview.ca"),
    ("sakura", "Sakura Institute of Technology", "JP", "sakura-it.ac.jp"),
    ("indus", "Indus Valley Institute of Technology", "IN", "ivit.ac.in"),
    ("pacifico", "Universidad del Pacifico Sur", "CL", "upsur.cl"),
    ("marlowe", "Marlowe State University", "US", "marlowe-state.edu"),
    ("kingsmere", "Kingsmere College London", "GB", "kingsmere.ac.uk"),
]


def h12(s):
    return hashlib.sha256(s.encode()).hexdigest()[:12]


class Range:
    __slots__ = ("net", "asn", "org", "country", "kind", "listed", "tag", "pool")

    def __init__(self, net, asn, org, country, kind, listed=True, tag=None):
        self.net = net
        self.asn = asn
        self.org = org
        self.country = country
        self.kind = kind
        self.listed = listed
        self.tag = tag
        self.pool = None

    def host(self, rng):
        n = self.net
        if n.version == 4:
            size = n.num_addresses
            if size <= 2:
                return str(n.network_address)
            off = 1 + rng.randrange(size - 2)
            if (off & 0xFF) in (0, 255) and size > 256:
                off = (off & ~0xFF) | (1 + rng.randrange(254))
            return str(n.network_address + off)
        # IPv6: random /64 inside the prefix and a random interface id
        plen = n.prefixlen
        sub_bits = max(0, 64 - plen)
        sub = rng.getrandbits(sub_bits) if sub_bits else 0
        iid = rng.getrandbits(64) | 1
        return str(n.network_address + (sub << 64) + iid)

    def cgnat(self, rng, size=96):
        """Mobile carriers put many users behind few addresses."""
        if self.pool is None:
            # deterministic pool derived from the range itself
            base = int(self.net.network_address)
            span = self.net.num_addresses
            self.pool = []
            for i in range(size):
                off = (int(h12("%s|%d" % (self.net, i)), 16) % (span - 2)) + 1
                if (off & 0xFF) in (0, 255):
                    off = (off & ~0xFF) | 7
                self.pool.append(str(ipaddress.ip_address(base + off)))
        return self.pool[rng.randrange(len(self.pool))]


class Net:
    """Allocates non-overlapping address space and records ip_ranges rows."""

    _OCTETS = [2, 5, 31, 37, 41, 46, 49, 58, 59, 61, 62, 77, 78, 79, 80, 81, 82, 83, 84, 85, 86,
               87, 88, 89, 90, 91, 92, 93, 94, 95, 101, 103, 109, 110, 112, 113, 114, 115, 116,
               117, 118, 119, 121, 122, 124, 125, 141, 145, 147, 151, 154, 156, 158, 159, 161,
               163, 176, 178, 185, 186, 187, 188, 189, 190, 193, 194, 195, 196, 197, 200, 201,
               202, 210, 211, 212, 213, 217, 218, 219, 220, 221, 222]

    def __init__(self, rng):
        self.rng = rng
        slots = []
        for o in self._OCTETS:
            for s in range(256):
                slots.append((o, s))
        rng.shuffle(slots)
        self.free16 = slots
        self.v6_used = {}
        self.asn_used = {}
        self.names_used = {}
        self.ranges = []  # every Range, in creation order
        self.isp = {}  # country -> [Range]
        self.isp6 = {}
        self.mobile = {}
        self.mobile6 = {}
        self.hosting = {}  # provider -> [Range]
        self.hosting_by_cc = {}
        self.vpn = {}  # provider -> [Range /24 exits]
        self.resi = {}  # (provider, country) -> [Range /24]
        self.tor = []
        self.edu = {}  # key -> Range
        self.ent = {}  # tag -> Range
        self._resi_used = {}
        self._build()

    # -- allocation helpers
    def _take16(self):
        o, s = self.free16.pop()
        return ipaddress.ip_network("%d.%d.0.0/16" % (o, s))

    def _take24(self):
        # every small block comes out of its own, otherwise unused /16, so unrelated
        # networks (a VPN exit, a company egress) never sit next to each other
        p16 = self._take16()
        base = int(p16.network_address) + self.rng.randrange(1, 255) * 256
        return ipaddress.ip_network((base, 24))

    def _take6(self):
        rng = self.rng
        while True:
            p = "2a0%x:%04x::/32" % (rng.randrange(1, 16), rng.randrange(0x100, 0xffff))
            if p not in self.v6_used:
                self.v6_used[p] = 1
                return ipaddress.ip_network(p)

    def _asn(self, lo=1000, hi=64000):
        while True:
            a = self.rng.randrange(lo, hi)
            if a not in self.asn_used:
                self.asn_used[a] = 1
                return a

    def _isp_name(self, cc, mobile=False):
        rng = self.rng
        while True:
            base = pick(rng, _P1) + pick(rng, _P2)
            base = base[0].upper() + base[1:]
            name = base + " " + (pick(rng, _MSUF) if mobile else pick(rng, _SUF))
            leg = LEGAL.get(cc)
            if leg and rng.random() < 0.6:
                name += " " + leg
            if name not in self.names_used:
                self.names_used[name] = 1
                return name

    def add(self, net, asn, org, cc, kind, listed=True, tag=None):
        r = Range(net, asn, org, cc, kind, listed, tag)
        self.ranges.append(r)
        return r

    # -- the world
    def _build(self):
        rng = self.rng
        for cc, (tzs, w, lang, _md) in COUNTRIES.items():
            n_isp = 4 if cc in BIG else (3 if w >= 2 else 2)
            if cc in ("KP", "CU", "SY"):
                n_isp = 1
            self.isp[cc] = []
            for i in range(n_isp):
                asn = self._asn()
                name = self._isp_name(cc)
                listed = rng.random() > 0.05
                for j in range(2 if (cc in BIG and i < 2) else 1):
                    self.isp[cc].append(self.add(self._take16(), asn, name, cc, "isp", listed))
                if cc in V6_COUNTRIES and i < 2:
                    r6 = self.add(self._take6(), asn, name, cc, "isp", listed)
                    self.isp6.setdefault(cc, []).append(r6)
            self.mobile[cc] = []
            for i in range(2 if w >= 3 else 1):
                asn = self._asn()
                name = self._isp_name(cc, mobile=True)
                listed = rng.random() > 0.08
                self.mobile[cc].append(self.add(self._take16(), asn, name, cc, "mobile", listed))
                if cc in ("US", "IN", "JP", "DE") and i == 0:
                    self.mobile6.setdefault(cc, []).append(
                        self.add(self._take6(), asn, name, cc, "mobile", listed))
        for name, asn, regions in HOSTING:
            self.hosting[name] = []
            for i, cc in enumerate(regions):
                listed = not (name == "Kettle VPS Ltd" and i > 0)
                r = self.add(self._take16(), asn, name, cc, "hosting", listed, tag=name)
                self.hosting[name].append(r)
                self.hosting_by_cc.setdefault(cc, []).append(r)
            if name in ("Nimbus Cloud Services", "Stratoscale Compute"):
                self.hosting[name].append(self.add(self._take6(), asn, name, regions[0], "hosting", True, tag=name))
        for name, asn, exits in VPNS:
            self.vpn[name] = []
            for cc in exits:
                for _ in range(2):
                    self.vpn[name].append(self.add(self._take24(), asn, name, cc, "vpn", True, tag=name))
        # residential proxy exits live inside ordinary ISP space; intelligence labels a share
        for prov, share in RESI:
            for cc in RESI_COUNTRIES:
                n = {"Meshpool": 24, "Homegate": 14, "PeerRelay": 10}[prov]
                if cc not in ("US", "GB", "DE", "JP", "SG", "CA", "AU", "FR"):
                    n = max(3, n // 3)
                out = []
                for _ in range(n):
                    isp = pick(rng, self.isp[cc])
                    while True:
                        sub = int(isp.net.network_address) + rng.randrange(256) * 256
                        if sub not in self._resi_used:
                            break
                    self._resi_used[sub] = 1
                    net24 = ipaddress.ip_network((sub, 24))
                    if rng.random() < share:
                        self.add(net24, isp.asn, isp.org, cc, "residential_proxy", True, tag=prov)
                    out.append(Range(net24, isp.asn, isp.org, cc, "isp", False, tag=prov))
                self.resi[(prov, cc)] = out
        # tor exits: single addresses inside hosting ranges
        for i in range(14):
            h = pick(rng, self.hosting[pick(rng, ["Bytehaven Hosting", "Cirrus Host GmbH", "Quartz Edge Compute"])])
            ip = ipaddress.ip_network(h.host(rng) + "/32")
            self.tor.append(self.add(ip, h.asn, "Tor exit relay", h.country, "tor"))
        for key, name, cc, dom in UNIVERSITIES:
            self.edu[key] = self.add(self._take16(), self._asn(), name, cc, "education")

    def enterprise(self, tag, org, cc, listed=True):
        if tag not in self.ent:
            self.ent[tag] = self.add(self._take24(), self._asn(), org, cc, "enterprise", listed, tag=tag)
        return self.ent[tag]

    def rows(self):
        out = []
        for r in self.ranges:
            if r.listed:
                out.append((str(r.net), r.asn, r.org, r.country or "", r.kind))
        return out

    # convenience pickers
    def isp_range(self, rng, cc):
        return pick(rng, self.isp[cc])

    def host_pool(self, rng, providers, n, ccs=None):
        """n fixed addresses on the given hosting providers (optionally some regions only)."""
        cands = []
        for p in providers:
            for r in self.hosting[p]:
                if r.net.version == 4 and (ccs is None or r.country in ccs):
                    cands.append(r)
        return [pick(rng, cands).host(rng) for _ in range(n)]


# ---------------------------------------------------------------- clients

TLS = {
    "py-ossl30": (18, 12, "h2"), "py-ossl31": (18, 13, "h2"), "py-ossl11": (17, 12, "h1"),
    "node18": (15, 16, "h2"), "node20": (15, 17, "h2"), "node22": (16, 17, "h2"),
    "go121": (13, 10, "h2"), "go122": (13, 11, "h2"),
    "chrome": (15, 17, "h2"), "firefox": (17, 15, "h2"), "safari": (20, 14, "h2"),
    "curl": (31, 12, "h2"), "okhttp": (16, 12, "h2"), "rustls": (9, 12, "h2"),
    "java21": (27, 13, "h2"), "dotnet8": (20, 13, "h1"), "ios": (20, 13, "h2"),
}


def fp_of(stack):
    c, e, alpn = TLS[stack]
    return "t13d%02d%02d%s_%s_%s" % (c, e, alpn, h12(stack + "|c"), h12(stack + "|e"))


CHROME_OS = ["Windows NT 10.0; Win64; x64", "Macintosh; Intel Mac OS X 10_15_7", "X11; Linux x86_64"]


def make_ua(rng, fam):
    r = rng.randrange
    if fam == "aster-python":
        return "aster-python/1.%d.%d" % (r(9, 15), r(0, 5))
    if fam == "aster-node":
        return "aster-node/1.%d.%d" % (r(5, 10), r(0, 4))
    if fam == "aster-go":
        return "aster-go/0.%d.%d" % (r(6, 10), r(0, 3))
    if fam == "openai-py":
        return "OpenAI/Python 1.%d.%d" % (r(40, 64), r(0, 3))
    if fam == "openai-node":
        return "OpenAI/JS 4.%d.%d" % (r(60, 78), r(0, 4))
    if fam == "httpx":
        return "python-httpx/0.%d.%d" % (r(25, 29), r(0, 2))
    if fam == "requests":
        return "python-requests/2.%d.%d" % (r(28, 33), r(0, 4))
    if fam == "aiohttp":
        return "Python/3.%d aiohttp/3.%d.%d" % (r(10, 13), r(8, 11), r(0, 6))
    if fam == "curl":
        return "curl/" + pick(rng, ["7.81.0", "7.88.1", "8.4.0", "8.5.0", "8.7.1", "8.11.1"])
    if fam == "axios":
        return "axios/1.%d.%d" % (r(5, 8), r(0, 8))
    if fam == "go":
        return "Go-http-client/2.0"
    if fam == "okhttp":
        return "okhttp/4.%d.0" % r(9, 13)
    if fam == "java":
        return "Java-http-client/21.0.%d" % r(1, 6)
    if fam == "chrome":
        return "Mozilla/5.0 (%s) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/%d.0.0.0 Safari/537.36" % (
            pick(rng, CHROME_OS), r(120, 124))
    if fam == "firefox":
        return "Mozilla/5.0 (%s; rv:%d.0) Gecko/20100101 Firefox/%d.0" % (
            pick(rng, ["Windows NT 10.0; Win64; x64", "X11; Ubuntu; Linux x86_64"]), r(122, 125), r(122, 125))
    if fam == "safari":
        return "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.%d Safari/605.1.15" % r(1, 5)
    if fam == "aster-code":
        return "aster-code/2.%d.%d (node)" % (r(0, 4), r(0, 12))
    if fam == "langchain":
        return "langchain-aster/0.%d.%d aster-python/1.%d.%d" % (r(1, 4), r(0, 9), r(10, 15), r(0, 4))
    if fam == "litellm":
        return "litellm/1.%d.%d" % (r(40, 60), r(0, 9))
    if fam == "dotnet":
        return "aster-dotnet/0.%d.%d" % (r(3, 6), r(0, 5))
    raise ValueError(fam)


FAM_STACKS = {
    "aster-python": ["py-ossl30", "py-ossl31", "py-ossl30", "py-ossl11"],
    "openai-py": ["py-ossl30", "py-ossl31"], "httpx": ["py-ossl30", "py-ossl31"],
    "requests": ["py-ossl30", "py-ossl11"], "aiohttp": ["py-ossl31"], "langchain": ["py-ossl30", "py-ossl31"],
    "litellm": ["py-ossl31"],
    "aster-node": ["node20", "node22", "node18"], "openai-node": ["node20", "node22"],
    "axios": ["node18", "node20"], "aster-code": ["node20", "node22"],
    "aster-go": ["go121", "go122"], "go": ["go121", "go122"], "curl": ["curl"],
    "okhttp": ["okhttp"], "java": ["java21"], "chrome": ["chrome"], "firefox": ["firefox"],
    "safari": ["safari"], "dotnet": ["dotnet8"],
}


def client(rng, fam, stack=None):
    """(user_agent, client_fingerprint) of a real client library."""
    if stack is None:
        stack = pick(rng, FAM_STACKS[fam])
    return (make_ua(rng, fam), fp_of(stack))


def custom_client(ua, stack):
    return (ua, fp_of(stack) if stack else None)


DEV_FAMS = [("aster-python", 30), ("aster-node", 14), ("openai-py", 10), ("httpx", 5), ("requests", 6),
            ("curl", 4), ("aster-go", 3), ("openai-node", 4), ("langchain", 5), ("litellm", 2),
            ("java", 2), ("dotnet", 1), ("axios", 3), ("aiohttp", 2)]
CONSUMER_FAMS = [("chrome", 30), ("safari", 10), ("firefox", 6), ("aster-python", 14), ("openai-py", 8),
                 ("aster-node", 5), ("okhttp", 6), ("curl", 3), ("requests", 4)]


# ---------------------------------------------------------------- payments and e-mail

class Pay:
    """Payment instruments. Card fingerprints keep the issuer BIN (as many processors
    expose it) followed by a hash of the rest of the card."""

    def __init__(self, rng):
        self.rng = rng
        self.bank_bins = {}
        for cc in COUNTRIES:
            bins = []
            for _ in range(7):
                bins.append("%d%05d" % (pick(rng, [4, 4, 5, 5, 2]), rng.randrange(100000)))
            self.bank_bins[cc] = bins
        # one issuer of prepaid virtual cards with a narrow BIN range
        self.prepaid_bins = ["537410", "537411", "537412", "537414", "537419"]
        # other virtual-card issuers used by ordinary privacy-minded people
        self.virtual_bins = ["428913", "428914", "516732", "485260"]
        self.fintech_bins = {"SG": ["462871", "462873"], "HK": ["531984", "531986"], "MY": ["459322"]}
        self.used = {}

    def _uniq(self, s):
        while s in self.used:
            s = s + "%x" % self.rng.randrange(16)
        self.used[s] = 1
        return s

    def card(self, bin_, rng=None):
        rng = rng or self.rng
        return self._uniq("pf_c_%s_%010x" % (bin_, rng.getrandbits(40)))

    def bank_card(self, rng, cc):
        return self.card(pick(rng, self.bank_bins.get(cc) or self.bank_bins["US"]), rng)

    def sepa(self, rng):
        return self._uniq("pf_s_%012x" % rng.getrandbits(48))

    def wallet(self, rng):
        return self._uniq("pf_w_%012x" % rng.getrandbits(48))

    def invoice(self, rng):
        return self._uniq("pf_i_%012x" % rng.getrandbits(48))


GLOBAL_MAIL = [("gmail.com", 45), ("outlook.com", 12), ("hotmail.com", 7), ("yahoo.com", 6),
               ("icloud.com", 7), ("proton.me", 3), ("protonmail.com", 1), ("aol.com", 1), ("zoho.com", 1)]


def consumer_domain(rng, cc):
    loc = COUNTRIES.get(cc, (None, 0, "en", []))[3]
    if loc and rng.random() < 0.25:
        return pick(rng, loc)
    return wpick(rng, GLOBAL_MAIL)


def local_shape(rng, style=None):
    """Shape of an e-mail local part (letters -> a, digits -> 9)."""
    r = rng.random
    f = "a" * rng.randint(3, 8)
    l = "a" * rng.randint(4, 10)
    if style is None:
        style = wpick(rng, [("first.last", 22), ("firstlast", 14), ("first.last9", 8), ("flast", 8),
                            ("first99", 16), ("firstlast99", 10), ("first_last", 5), ("nick", 9),
                            ("first9999", 6), ("nick.99", 2)])
    if style == "first.last":
        return f + "." + l
    if style == "firstlast":
        return f + l
    if style == "first.last9":
        return f + "." + l + "9" * rng.randint(1, 2)
    if style == "flast":
        return "a" + l
    if style == "first99":
        return f + "9" * rng.randint(1, 3)
    if style == "firstlast99":
        return f + l + "99"
    if style == "first_last":
        return f + "_" + l
    if style == "nick":
        return "a" * rng.randint(5, 12)
    if style == "first9999":
        return f + "9999"
    if style == "nick.99":
        return "a" * rng.randint(4, 9) + "." + "9" * rng.randint(2, 4)
    if style == "first":
        return f
    if style == "random":
        # generated handles: letters with digits sprinkled in
        s = "".join("9" if r() < 0.3 else "a" for _ in range(rng.randint(7, 12)))
        return "a" + s
    if all(ch in "a9._-+" for ch in style):
        return style  # an explicit shape
    raise ValueError(style)


def company_domain(rng, stem=None):
    tl = pick(rng, [".com", ".com", ".io", ".ai", ".co", ".dev", ".net", ".tech", ".app"])
    if stem is None:
        stem = (pick(rng, _P1) + pick(rng, ["ly", "io", "labs", "works", "hq", "soft", "forge", "base",
                                            "mind", "scale", "loop", "stack", "craft"])).lower()
    return stem + tl


def tz_of(rng, cc):
    return pick(rng, COUNTRIES[cc][0])


def lang_of(cc):
    return COUNTRIES.get(cc, (None, 0, "en", []))[2]


class World:
    def __init__(self, ctx):
        self.net = Net(ctx.rng("world|net"))
        self.pay = Pay(ctx.rng("world|pay"))
