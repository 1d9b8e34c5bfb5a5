"""Synthetic but plausible network space: ISPs, mobile carriers, clouds, VPNs, campuses, offices.

Every address the generator uses comes from a range built here; most ranges are written to
ip_ranges.csv (a few are left out, as real intelligence feeds have gaps)."""
import random

from common import COUNTRIES

V4_FIRST = {
    "arin": [23, 24, 47, 50, 63, 64, 65, 66, 67, 68, 69, 70, 71, 72, 73, 74, 75, 76, 96, 97, 98, 99, 104, 107, 108,
             136, 142, 147, 162, 173, 174, 184, 198, 199, 204, 205, 206, 207, 208, 209, 216],
    "ripe": [2, 5, 31, 37, 46, 62, 77, 78, 79, 80, 81, 82, 83, 84, 85, 86, 87, 88, 89, 90, 91, 92, 93, 94, 95, 109,
             141, 145, 151, 176, 178, 185, 188, 193, 194, 195, 212, 213, 217],
    "apnic": [1, 14, 27, 36, 39, 42, 49, 58, 59, 60, 61, 101, 103, 106, 110, 111, 112, 113, 114, 115, 116, 117, 118,
              119, 120, 121, 122, 123, 124, 125, 175, 180, 182, 183, 202, 203, 210, 211, 218, 219, 220, 221, 222, 223],
    "lacnic": [177, 179, 181, 186, 187, 189, 190, 191, 200, 201],
    "afrinic": [41, 102, 105, 154, 196, 197],
}
V6_FIRST = {"arin": [0x2600, 0x2601, 0x2602, 0x2603, 0x2604, 0x2605, 0x2606, 0x2607, 0x2620],
            "ripe": list(range(0x2a00, 0x2a10)), "apnic": list(range(0x2400, 0x240a)),
            "lacnic": [0x2800, 0x2801, 0x2802, 0x2803, 0x2804], "afrinic": [0x2c0f]}
ASN_RANGES = {"arin": [(7000, 40000), (393000, 401000)], "ripe": [(1200, 6000), (8000, 60000), (196608, 216000)],
              "apnic": [(4600, 10000), (17400, 24500), (131072, 152000)], "lacnic": [(26600, 28700), (262144, 273000)],
              "afrinic": [(36860, 37700), (327680, 329000)]}
SPECIAL16 = {(198, 18), (198, 19), (198, 51), (203, 0), (192, 0), (192, 88), (192, 168), (169, 254)} | {(172, b) for b in range(16, 32)}

BRAND = ["Velo", "Astra", "Norde", "Kalin", "Brisa", "Terra", "Lumo", "Oriel", "Pampa", "Sabre", "Tidal", "Vanta",
         "Zephy", "Corva", "Delta", "Ember", "Fjord", "Garnet", "Halo", "Iris", "Jade", "Kora", "Lynx", "Mira",
         "Nexa", "Onda", "Pico", "Quilla", "Rhea", "Sol", "Tala", "Umbra", "Vira", "Wren", "Xeno", "Yara", "Zinc",
         "Arbor", "Beacon", "Cobalt", "Dune", "Elm", "Flint", "Grove", "Heron", "Ivory", "Juno", "Kite", "Lumen",
         "Moss", "Nimbu", "Opal", "Prism", "Quartz", "Ridge", "Slate", "Thorn", "Ultra", "Vale", "Willow"]
CITIES = {
    "US": ["Columbus", "Austin", "Denver", "Madison", "Raleigh", "Tucson", "Portland", "Ann Arbor", "Boulder"],
    "CA": ["Toronto", "Waterloo", "Montreal", "Calgary", "Vancouver"], "MX": ["Monterrey", "Guadalajara", "Puebla"],
    "BR": ["Campinas", "Recife", "Porto Alegre", "Sao Carlos"], "AR": ["Cordoba", "Rosario"], "CO": ["Medellin", "Cali"],
    "CL": ["Valparaiso", "Concepcion"], "GB": ["Leeds", "Bristol", "Glasgow", "Nottingham"], "IE": ["Galway", "Cork"],
    "DE": ["Aachen", "Dresden", "Freiburg", "Karlsruhe", "Leipzig"], "FR": ["Grenoble", "Lyon", "Rennes", "Lille"],
    "NL": ["Delft", "Utrecht", "Groningen"], "ES": ["Valencia", "Sevilla", "Zaragoza"], "IT": ["Bologna", "Torino", "Padova"],
    "PL": ["Krakow", "Wroclaw", "Gdansk"], "SE": ["Lund", "Uppsala"], "CH": ["Bern", "Basel"], "AT": ["Graz", "Linz"],
    "BE": ["Leuven", "Gent"], "PT": ["Coimbra", "Braga"], "UA": ["Lviv", "Kharkiv"], "TR": ["Ankara", "Izmir"],
    "IL": ["Haifa", "Beersheba"], "EG": ["Alexandria", "Mansoura"], "NG": ["Ibadan", "Nsukka", "Zaria"],
    "KE": ["Nairobi", "Eldoret"], "ZA": ["Stellenbosch", "Durban"], "AE": ["Sharjah", "Al Ain"], "SA": ["Dhahran", "Jeddah"],
    "IN": ["Pune", "Chennai", "Hyderabad", "Kanpur", "Roorkee", "Manipal"], "PK": ["Lahore", "Karachi"], "BD": ["Dhaka", "Chittagong"],
    "ID": ["Bandung", "Yogyakarta", "Surabaya"], "VN": ["Hanoi", "Da Nang"], "TH": ["Chiang Mai", "Khon Kaen"],
    "MY": ["Penang", "Johor"], "SG": ["Singapore"], "PH": ["Quezon City", "Cebu", "Davao"], "HK": ["Kowloon"],
    "TW": ["Hsinchu", "Tainan"], "JP": ["Sendai", "Kyoto", "Fukuoka", "Tsukuba"], "KR": ["Daejeon", "Pohang", "Busan"],
    "AU": ["Brisbane", "Adelaide", "Canberra"], "NZ": ["Dunedin", "Christchurch"], "UG": ["Kampala"], "VE": ["Merida"],
    "CN": ["Hangzhou", "Chengdu"], "RU": ["Novosibirsk", "Kazan"], "IR": ["Isfahan", "Shiraz"],
}
HOSTING = [  # name, regions
    ("Stratocloud Inc", ["US", "US", "DE", "IE", "GB", "SG", "JP", "IN", "BR", "AU"]),
    ("Nimbus Compute LLC", ["US", "US", "NL", "DE", "SG", "JP", "KR"]),
    ("Cirrata Cloud Services", ["US", "US", "FR", "GB", "IN", "AU", "CA"]),
    ("Arcvault Hosting GmbH", ["DE", "DE", "FI", "US"]),
    ("Bluefjord Datacenter AS", ["NL", "SE", "DE"]),
    ("Kestrel Servers Ltd", ["GB", "US", "SG", "HK"]),
    ("Tessera Edge Network", ["US", "DE", "SG", "BR", "ZA"]),
    ("Paloma VPS", ["US", "NL", "DE", "PL", "TR"]),
    ("Lightyard Hosting Pte", ["SG", "HK", "JP", "ID", "VN"]),
]
VPN = ["Veilnet Privacy Ltd", "Shieldpath VPN SA", "Quietroute Networks", "Passgate Secure Inc"]
VPN_CC = ["US", "US", "GB", "DE", "NL", "FR", "CA", "SE", "CH", "JP", "SG", "HK", "AU", "ES", "IT", "BR", "MX",
          "IN", "AE", "TR", "PL", "RO_", "IE"]


class Range:
    __slots__ = ("base", "plen", "v6", "asn", "org", "cc", "kind", "listed")

    def __init__(self, base, plen, v6, asn, org, cc, kind, listed=True):
        self.base, self.plen, self.v6, self.asn, self.org, self.cc, self.kind, self.listed = base, plen, v6, asn, org, cc, kind, listed

    def size(self):
        return 1 << ((128 if self.v6 else 32) - self.plen)

    def cidr(self):
        return "%s/%d" % (v6str(self.base) if self.v6 else v4str(self.base), self.plen)

    def host(self, r):
        n = self.size()
        if self.v6:
            # SLAAC-like: random /64 inside, random interface id
            return v6str(self.base + r.randrange(n))
        if n <= 2:
            return v4str(self.base + r.randrange(n))
        while True:
            x = self.base + r.randrange(1, n - 1)
            if x & 0xFF not in (0, 255):
                return v4str(x)


def v4str(x):
    return "%d.%d.%d.%d" % ((x >> 24) & 255, (x >> 16) & 255, (x >> 8) & 255, x & 255)


def v6str(x):
    hexes = ["%x" % ((x >> (112 - 16 * i)) & 0xFFFF) for i in range(8)]
    # compress the longest run of zeros (RFC 5952)
    best, bl, i = -1, 0, 0
    while i < 8:
        if hexes[i] == "0":
            j = i
            while j < 8 and hexes[j] == "0":
                j += 1
            if j - i > bl and j - i >= 2:
                best, bl = i, j - i
            i = j
        else:
            i += 1
    if best < 0:
        return ":".join(hexes)
    left = ":".join(hexes[:best])
    right = ":".join(hexes[best + bl:])
    return left + "::" + right


class Provider:
    """A network operator in one country: some IPv4 blocks and maybe an IPv6 block."""

    def __init__(self, name, asn, cc, kind):
        self.name, self.asn, self.cc, self.kind = name, asn, cc, kind
        self.v4 = []
        self.v6 = None

    def v4host(self, r):
        blk = self.v4[0] if len(self.v4) == 1 else r.choice(self.v4)
        return blk.host(r)

    def v6_64(self, r):
        """A random /64 (as int) inside this provider's IPv6 block."""
        b = self.v6
        return b.base + (r.randrange(1 << (64 - b.plen)) << 64)


def v6_in64(prefix, r):
    return v6str(prefix + r.getrandbits(64) | 1)


class Net:
    def __init__(self, seed):
        self.r = random.Random("%s:net" % seed)
        self.rows = []
        self.used16 = set()
        self.used6 = set()
        self.asns = set()
        self.isp, self.mobile, self.edu = {}, {}, {}
        self.hosting = []  # (name, {cc: Provider})
        self.vpn = []      # (name, {cc: [Range]})
        self.rproxy = {}   # cc -> [Range] flagged residential_proxy
        self.tor = []
        self.ent_count = 0
        self._build()

    # ---------------------------------------------------------------- allocation
    def asn(self, reg):
        r = self.r
        while True:
            lo, hi = r.choice(ASN_RANGES[reg])
            a = r.randint(lo, hi)
            if a not in self.asns and a != 23456 and not (64496 <= a <= 65551):
                self.asns.add(a)
                return a

    def slash16(self, reg):
        r = self.r
        while True:
            a = r.choice(V4_FIRST[reg])
            b = r.randrange(256)
            if (a, b) in SPECIAL16 or (a, b) in self.used16:
                continue
            self.used16.add((a, b))
            return (a << 24) | (b << 16)

    def v4block(self, reg, plen, asn, org, cc, kind, listed=True):
        if plen < 16:
            span = 1 << (16 - plen)
            r = self.r
            while True:
                a = r.choice(V4_FIRST[reg])
                b = r.randrange(256) & ~(span - 1)
                cells = [(a, b + j) for j in range(span)]
                if any(c in SPECIAL16 or c in self.used16 for c in cells):
                    continue
                self.used16.update(cells)
                base = (a << 24) | (b << 16)
                break
        else:
            base = self.slash16(reg)
        if plen > 16:
            base += self.r.randrange(1 << (plen - 16)) << (32 - plen)
        rg = Range(base, plen, False, asn, org, cc, kind, listed)
        self.rows.append(rg)
        return rg

    def v6block(self, reg, plen, asn, org, cc, kind, listed=True):
        r = self.r
        while True:
            h1 = r.choice(V6_FIRST[reg])
            h2 = r.randrange(0xF000, 0x10000) if h1 == 0x2c0f else r.randrange(0x10000)
            if (h1, h2) not in self.used6:
                self.used6.add((h1, h2))
                break
        base = (h1 << 112) | (h2 << 96)
        if plen > 32:
            base += r.randrange(1 << (plen - 32)) << (128 - plen)
        rg = Range(base, plen, True, asn, org, cc, kind, listed)
        self.rows.append(rg)
        return rg

    def provider(self, cc, kind, name, n4, plens, v6plen=32, v6p=1.0, listed=True):
        reg = COUNTRIES[cc][1] if cc in COUNTRIES else "ripe"
        p = Provider(name, self.asn(reg), cc, kind)
        for _ in range(n4):
            p.v4.append(self.v4block(reg, self.r.choice(plens), p.asn, name, cc, kind, listed))
        if self.r.random() < v6p:
            p.v6 = self.v6block(reg, v6plen, p.asn, name, cc, kind, listed)
        return p

    def brand(self):
        return self.r.choice(BRAND) + self.r.choice(["", "", "net", "com", "tel", "link", "wave"])

    # ---------------------------------------------------------------- the world
    def _build(self):
        r = self.r
        for cc in COUNTRIES:
            big = COUNTRIES[cc][3] >= 2 or cc in ("CN", "RU")
            n_isp = 3 if big else 2
            self.isp[cc] = []
            for i in range(n_isp):
                nm = "%s %s %s" % (self.brand(), r.choice(["Telecom", "Broadband", "Communications", "Fibre", "Cable", "Internet"]), cc)
                listed = r.random() > 0.07
                v6p = 0.85 if cc in ("US", "DE", "FR", "IN", "JP", "BR", "GB", "BE", "MX", "MY", "VN", "SA") else 0.5
                self.isp[cc].append(self.provider(cc, "isp", nm, r.choice([1, 2, 2, 3]), [14, 15, 16, 16, 17], 32, v6p, listed))
            self.mobile[cc] = []
            for i in range(2 if big else 1 + (r.random() < 0.5)):
                nm = "%s %s" % (self.brand(), r.choice(["Mobile", "Cellular", "Wireless", "Mobile Networks"]))
                # carrier-grade NAT: small public pools for very many subscribers
                self.mobile[cc].append(self.provider(cc, "mobile", nm, r.choice([1, 2]), [20, 21, 22], 32, 0.8))
            if cc not in ("CN", "RU", "IR"):
                self.edu[cc] = []
                for city in CITIES.get(cc, ["Capital"])[:2 if big else 1]:
                    nm = r.choice(["University of %s", "%s Institute of Technology", "%s State University", "%s University"]) % city
                    self.edu[cc].append(self.provider(cc, "education", nm, 1, [16, 17, 18], 48, 0.7))
        for cc, lst in self.isp.items():
            if cc in ("CN", "RU", "IR"):
                continue
            n = 1 if COUNTRIES[cc][3] < 2 else 2
            self.rproxy[cc] = []
            for _ in range(n):
                isp = r.choice(lst)
                blk = r.choice(isp.v4)
                base = blk.base + (r.randrange(blk.size() >> 8) << 8)
                rg = Range(base, 24, False, isp.asn, isp.name, cc, "residential_proxy", True)
                self.rows.append(rg)
                self.rproxy[cc].append(rg)
        for name, regions in HOSTING:
            reg = "arin" if regions[0] == "US" else "ripe" if regions[0] in ("DE", "NL", "GB") else "apnic"
            asn = self.asn(reg)
            small = name.startswith(("Paloma", "Lightyard"))
            v6root = self.v6block(reg, 32, asn, name, regions[0], "hosting", listed=not small)
            regs = {}
            for i, cc in enumerate(regions):
                key = cc if cc not in regs else cc + str(i)
                p = Provider(name, asn, cc if cc in COUNTRIES else "FI", "hosting")
                c2 = p.cc
                for _ in range(2 if not small else 1):
                    p.v4.append(self.v4block(COUNTRIES.get(c2, (0, "ripe"))[1], r.choice([14, 15, 16]) if not small else 18,
                                             asn, name, c2, "hosting", listed=not small or r.random() < 0.5))
                p.v6 = Range(v6root.base + (i + 1) * (1 << 84), 44, True, asn, name, c2, "hosting", False)
                regs[key] = p
            self.hosting.append((name, regs))
        for name in VPN:
            asn = self.asn("ripe")
            exits = {}
            for cc in VPN_CC:
                if cc.endswith("_"):
                    continue
                lst = []
                for _ in range(r.choice([1, 2, 3])):
                    reg = COUNTRIES[cc][1]
                    base = self.slash16(reg) + (r.randrange(256) << 8)
                    rg = Range(base, 24, False, asn, name, cc, "vpn", r.random() > 0.12)
                    self.rows.append(rg)
                    lst.append(rg)
                exits[cc] = lst
            self.vpn.append((name, exits))
        for _ in range(24):
            h = r.choice(self.hosting)[1]
            p = r.choice(list(h.values()))
            blk = r.choice(p.v4)
            x = blk.base + r.randrange(1, blk.size() - 1)
            rg = Range(x, 32, False, p.asn, p.name, p.cc, "tor", True)
            self.rows.append(rg)
            self.tor.append(rg)

    # ---------------------------------------------------------------- lookups
    def cloud(self, name_or_idx, cc=None, r=None):
        """Provider object for a hosting region (by provider name/index and region country)."""
        if isinstance(name_or_idx, int):
            name, regs = self.hosting[name_or_idx]
        else:
            name, regs = next(h for h in self.hosting if h[0] == name_or_idx)
        if cc is not None:
            for k, p in regs.items():
                if p.cc == cc:
                    return p
        rr = r or self.r
        return regs[rr.choice(sorted(regs))]

    def cloud_any(self, r, prefer=None, big_only=False):
        hs = self.hosting[:7] if big_only else self.hosting
        name, regs = r.choice(hs[:3]) if r.random() < 0.7 else r.choice(hs)
        if prefer:
            for p in regs.values():
                if p.cc == prefer:
                    return p
        return regs[r.choice(sorted(regs))]

    def vpn_exit(self, r, cc=None, provider=None):
        name, exits = self.vpn[provider] if provider is not None else r.choice(self.vpn)
        if cc is None or cc not in exits:
            cc = r.choice(sorted(exits))
        return r.choice(exits[cc]).host(r)

    def vpn_exit_ranges(self, provider):
        return self.vpn[provider][1]

    def enterprise(self, cc, name, plen=24, kind="enterprise", v6=True, listed=True):
        reg = COUNTRIES[cc][1]
        p = Provider(name, self.asn(reg), cc, kind)
        p.v4.append(self.v4block(reg, plen, p.asn, name, cc, kind, listed))
        if v6:
            p.v6 = self.v6block(reg, 48, p.asn, name, cc, kind, listed)
        return p

    def business_isp(self, r, cc):
        """An office on an ordinary ISP business line: a small static block inside an ISP range."""
        isp = r.choice(self.isp[cc])
        blk = r.choice(isp.v4)
        base = blk.base + (r.randrange(blk.size() >> 3) << 3)
        return [Range(base, 29, False, isp.asn, isp.name, cc, "isp").host(r) for _ in range(r.choice([1, 1, 2]))]
