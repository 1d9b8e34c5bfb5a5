"""Network universe and client catalogue for outside_twentyone."""

import hashlib
import ipaddress

# (code, utc offset hours, background weight)
COUNTRIES = [
    ("US", -6, 22), ("GB", 0, 7), ("DE", 1, 6), ("FR", 1, 4), ("IN", 5.5, 8), ("BR", -3, 5),
    ("JP", 9, 4), ("KR", 9, 3), ("CA", -5, 3), ("AU", 10, 2), ("ES", 1, 3), ("IT", 1, 2),
    ("NL", 1, 2), ("SG", 8, 2), ("HK", 8, 1), ("MX", -6, 2), ("PL", 1, 2), ("SE", 1, 1),
    ("TR", 3, 2), ("ID", 7, 2), ("NG", 1, 1), ("ZA", 2, 1), ("AE", 4, 1), ("VN", 7, 1),
    ("PH", 8, 1), ("TW", 8, 1), ("MY", 8, 1), ("CH", 1, 1), ("IE", 0, 1), ("AR", -3, 1),
]
RESTRICTED = [("CN", 8), ("RU", 3), ("IR", 3.5)]
TZ = {c: tz for c, tz, _ in COUNTRIES}
TZ.update({c: tz for c, tz in RESTRICTED})

ISPS = {
    "US": ([("Comcast Cable Communications, LLC", 7922), ("Charter Communications Inc", 20115),
            ("AT&T Enterprises, LLC", 7018), ("Verizon Business", 701)], ("T-Mobile USA, Inc.", 21928)),
    "GB": ([("British Telecommunications PLC", 2856), ("Virgin Media Limited", 5089),
            ("Sky UK Limited", 5607)], ("EE Limited", 12576)),
    "DE": ([("Deutsche Telekom AG", 3320), ("Vodafone GmbH", 3209)],
           ("Telefonica Germany GmbH & Co.OHG", 6805)),
    "FR": ([("Orange S.A.", 3215), ("Free SAS", 12322)], ("Bouygues Telecom SA", 5410)),
    "IN": ([("Bharti Airtel Ltd.", 9498), ("Atria Convergence Technologies Ltd.", 24309)],
           ("Reliance Jio Infocomm Limited", 55836)),
    "BR": ([("Claro NXT Telecomunicacoes Ltda", 28573), ("TELEFONICA BRASIL S.A", 27699)],
           ("TIM S/A", 26615)),
    "JP": ([("NTT Communications Corporation", 4713), ("SoftBank Corp.", 17676)],
           ("KDDI CORPORATION", 2516)),
    "KR": ([("Korea Telecom", 4766), ("SK Broadband Co Ltd", 9318)], ("LG Uplus Corp.", 17858)),
    "CA": ([("Rogers Communications Canada Inc.", 812), ("Bell Canada", 577)],
           ("TELUS Communications Inc.", 852)),
    "AU": ([("Telstra Limited", 1221), ("TPG Telecom Limited", 7545)], ("Optus Mobile", 4804)),
    "ES": ([("Telefonica de Espana SAU", 3352), ("Digi Spain Telecom S.L.", 57269)],
           ("Orange Espagne SA", 12479)),
    "IT": ([("Telecom Italia S.p.A.", 3269), ("Fastweb SpA", 12874)], ("Wind Tre S.p.A.", 1267)),
    "NL": ([("KPN B.V.", 1136), ("Ziggo B.V.", 33915)], ("T-Mobile Netherlands B.V.", 31615)),
    "SG": ([("SingNet Pte Ltd", 3758), ("StarHub Ltd", 4657)], ("M1 Limited", 17547)),
    "HK": ([("HKT Limited", 4760), ("Hong Kong Broadband Network Ltd", 9269)],
           ("Hutchison Telephone Company Ltd", 10118)),
    "MX": ([("Telmex", 8151), ("Total Play Telecomunicaciones", 17072)], ("Telcel", 28403)),
    "PL": ([("Orange Polska Spolka Akcyjna", 5617), ("Netia SA", 12741)], ("Play", 12912)),
    "SE": ([("Telia Company AB", 3301), ("Bahnhof AB", 8473)], ("Tele2 Sverige AB", 1257)),
    "TR": ([("Turk Telekom", 9121), ("Superonline Iletisim", 34984)], ("Vodafone Turkey", 15897)),
    "ID": ([("PT Telekomunikasi Indonesia", 7713), ("PT Link Net", 23700)],
           ("PT Telekomunikasi Selular", 23693)),
    "NG": ([("MainOne Cable Company", 37282)], ("MTN Nigeria", 29465)),
    "ZA": ([("Telkom SA Ltd.", 37457), ("Vumatel (Pty) Ltd", 37680)], ("Vodacom", 36994)),
    "AE": ([("Emirates Telecommunications Group", 5384)], ("Emirates Integrated Telecom", 15802)),
    "VN": ([("Viettel Group", 7552), ("VNPT Corp", 45899)], ("FPT Telecom Company", 18403)),
    "PH": ([("PLDT", 9299), ("Converge ICT Solutions Inc.", 17639)], ("Globe Telecom Inc.", 4775)),
    "TW": ([("Chunghwa Telecom Co., Ltd.", 3462)], ("Taiwan Mobile Co., Ltd.", 24158)),
    "MY": ([("TM Technology Services Sdn Bhd", 4788)], ("Celcom Axiata Berhad", 10030)),
    "CH": ([("Swisscom (Schweiz) AG", 3303), ("Sunrise GmbH", 6730)], ("Salt Mobile SA", 15796)),
    "IE": ([("Eir", 5466), ("Virgin Media Ireland Limited", 6830)], ("Three Ireland", 13280)),
    "AR": ([("Telecom Argentina S.A.", 7303)], ("Telefonica de Argentina", 22927)),
    "CN": ([("China Telecom", 4134), ("China Unicom", 4837)], ("China Mobile", 9808)),
    "RU": ([("Rostelecom", 12389), ("MTS PJSC", 8359)], ("PJSC MegaFon", 31133)),
    "IR": ([("Iran Telecommunication Company PJS", 58224)], ("Mobile Communication Company of Iran", 197207)),
}

HOSTING = [
    ("Amazon.com, Inc.", 16509, ["US", "US", "DE", "IE", "SG", "JP", "IN", "BR", "GB"]),
    ("Google LLC", 396982, ["US", "US", "NL", "SG", "JP"]),
    ("Microsoft Corporation", 8075, ["US", "NL", "IE", "SG", "HK"]),
    ("DigitalOcean, LLC", 14061, ["US", "DE", "GB", "SG", "IN", "NL"]),
    ("Hetzner Online GmbH", 24940, ["DE", "DE", "FI", "US"]),
    ("OVH SAS", 16276, ["FR", "CA", "PL", "GB", "SG"]),
    ("Alibaba (US) Technology Co., Ltd.", 45102, ["SG", "HK", "US", "JP", "DE"]),
    ("Tencent Building, Kejizhongyi Avenue", 132203, ["HK", "SG", "US", "JP"]),
    ("Zenlayer Inc", 21859, ["HK", "US", "SG", "JP"]),
    ("The Constant Company, LLC", 20473, ["US", "JP", "SG", "DE", "GB"]),
    ("Akamai Connected Cloud", 63949, ["US", "DE", "GB", "SG", "JP"]),
    ("Oracle Corporation", 31898, ["US", "JP", "BR"]),
    ("Contabo GmbH", 51167, ["DE", "US", "SG"]),
]
VPNS = [
    ("M247 Europe SRL", 9009, ["NL", "GB", "US", "SG", "DE", "RO", "HK", "AE", "CH"]),
    ("Datacamp Limited", 60068, ["GB", "US", "JP", "DE", "SG"]),
    ("Packethub S.A.", 207137, ["US", "NL", "SE", "GB"]),
    ("Clouvider Limited", 62240, ["GB", "US", "NL"]),
    ("Proton AG", 62371, ["CH", "NL", "US", "DE"]),
]
UNIVERSITIES = [
    ("Northbridge University", "GB", "student.northbridge.ac.uk"),
    ("University of Toronto", "CA", "mail.utoronto.ca"),
    ("Technische Universitaet Darmstadt", "DE", "stud.tu-darmstadt.de"),
    ("National University of Singapore", "SG", "u.nus.edu"),
    ("Universidade de Sao Paulo", "BR", "usp.br"),
    ("Indian Institute of Technology Bombay", "IN", "iitb.ac.in"),
    ("University of Melbourne", "AU", "student.unimelb.edu.au"),
    ("Universiteit van Amsterdam", "NL", "student.uva.nl"),
    ("KU Leuven", "BE", "student.kuleuven.be"),
    ("University of Michigan", "US", "umich.edu"),
    ("Georgia Institute of Technology", "US", "gatech.edu"),
    ("University of California, Los Angeles", "US", "g.ucla.edu"),
    ("Universite Claude Bernard Lyon 1", "FR", "etu.univ-lyon1.fr"),
    ("Politecnico di Milano", "IT", "mail.polimi.it"),
    ("Universidad de Buenos Aires", "AR", "fi.uba.ar"),
    ("Seoul National University", "KR", "snu.ac.kr"),
    ("University of Tokyo", "JP", "g.ecc.u-tokyo.ac.jp"),
    ("University of Cape Town", "ZA", "myuct.ac.za"),
    ("Universidad Nacional Autonoma de Mexico", "MX", "comunidad.unam.mx"),
    ("University of Warsaw", "PL", "student.uw.edu.pl"),
    ("KTH Royal Institute of Technology", "SE", "kth.se"),
    ("Universitas Indonesia", "ID", "ui.ac.id"),
    ("University of Edinburgh", "GB", "sms.ed.ac.uk"),
    ("McGill University", "CA", "mail.mcgill.ca"),
    ("Arizona State University", "US", "asu.edu"),
    ("University of Texas at Austin", "US", "utexas.edu"),
    ("Trinity College Dublin", "IE", "tcd.ie"),
    ("Universidad Complutense de Madrid", "ES", "ucm.es"),
    ("ETH Zurich", "CH", "student.ethz.ch"),
    ("Middle East Technical University", "TR", "metu.edu.tr"),
    ("University of Lagos", "NG", "live.unilag.edu.ng"),
    ("Monash University", "AU", "student.monash.edu"),
]
_BAD_FIRST = {0, 10, 100, 127, 169, 172, 192, 198, 203}
FIRST_OCTETS = [a for a in range(2, 224) if a not in _BAD_FIRST]


def ip_str(x, v6):
    if v6:
        return ipaddress.IPv6Address(x).compressed
    return f"{(x >> 24) & 255}.{(x >> 16) & 255}.{(x >> 8) & 255}.{x & 255}"


class Net:
    __slots__ = ("base", "plen", "v6", "asn", "org", "country", "kind", "listed", "n", "cidr",
                 "carved")

    def __init__(self, base, plen, v6, asn, org, country, kind, listed=True):
        self.base, self.plen, self.v6 = base, plen, v6
        self.asn, self.org, self.country, self.kind, self.listed = asn, org, country, kind, listed
        self.n = 1 << ((128 if v6 else 32) - plen)
        self.cidr = f"{ip_str(base, v6)}/{plen}"
        self.carved = []

    def ip(self, rng):
        if self.v6:
            return ip_str(self.base + rng.getrandbits(128 - self.plen), True)
        if self.n >= 4:
            return ip_str(self.base + rng.randrange(1, self.n - 1), False)
        return ip_str(self.base + rng.randrange(self.n), False)

    def host(self, i):
        if self.v6:
            return ip_str(self.base + 0x10 + i, True)
        return ip_str(self.base + 1 + (i % max(1, self.n - 2)), False)


class Networks:
    """All ranges of the simulated internet; `listed` ones go to ip_ranges.csv."""

    def __init__(self, rng):
        self.rng = rng
        self.used16 = set()
        self.used32v6 = set()
        self.all = []
        self.isp = {}       # country -> [Net]
        self.mobile = {}    # country -> [Net]
        self.resproxy = {}  # country -> [Net]  (labelled /24 carved inside ISP /16s)
        self.hosting = {}   # provider -> [Net]
        self.hosting_by_country = {}
        self.vpn = []
        self.tor = []
        self.edu = {}       # university name -> Net
        self._build()

    # --- allocation
    def _v4(self, plen):
        rng = self.rng
        while True:
            a, b = rng.choice(FIRST_OCTETS), rng.randrange(256)
            if (a, b) not in self.used16:
                self.used16.add((a, b))
                break
        base = (a << 24) | (b << 16)
        if plen > 16:
            base |= rng.randrange(1 << (plen - 16)) << (32 - plen)
        return base

    def _v6(self):
        rng = self.rng
        while True:
            h1, h2 = 0x2a00 + rng.randrange(16), rng.randrange(1, 0x10000)
            if (h1, h2) not in self.used32v6:
                self.used32v6.add((h1, h2))
                return (h1 << 112) | (h2 << 96)

    def add(self, net):
        self.all.append(net)
        return net

    def new_v4(self, plen, asn, org, country, kind, listed=True):
        return self.add(Net(self._v4(plen), plen, False, asn, org, country, kind, listed))

    def new_v6(self, asn, org, country, kind, listed=True):
        return self.add(Net(self._v6(), 32, True, asn, org, country, kind, listed))

    def carve24(self, parent, kind, listed=True):
        rng = self.rng
        while True:
            k = rng.randrange(1, 255)
            if k not in parent.carved:
                parent.carved.append(k)
                break
        return self.add(Net(parent.base + (k << 8), 24, False, parent.asn, parent.org,
                            parent.country, kind, listed))

    def carve32(self, parent, kind):
        off = self.rng.randrange(1, parent.n - 1)
        return self.add(Net(parent.base + off, 32, False, parent.asn, parent.org, parent.country,
                            kind, True))

    # --- the universe
    def _build(self):
        rng = self.rng
        ccs = [c for c, _, _ in COUNTRIES] + [c for c, _ in RESTRICTED]
        for cc in ccs:
            isps, mob = ISPS[cc]
            self.isp[cc] = []
            for org, asn in isps:
                listed = rng.random() > 0.08
                for _ in range(2):
                    self.isp[cc].append(self.new_v4(16, asn, org, cc, "isp", listed))
                if rng.random() < 0.5:
                    self.isp[cc].append(self.new_v6(asn, org, cc, "isp", listed))
            org, asn = mob
            self.mobile[cc] = [self.new_v4(16, asn, org, cc, "mobile")]
            if rng.random() < 0.6:
                self.mobile[cc].append(self.new_v6(asn, org, cc, "mobile"))
            v4s = [n for n in self.isp[cc] if not n.v6]
            self.resproxy[cc] = [self.carve24(rng.choice(v4s), "residential_proxy")
                                 for _ in range(4 if cc not in ("CN", "RU", "IR") else 1)]
        for org, asn, regions in HOSTING:
            self.hosting[org] = []
            for cc in regions:
                n = self.new_v4(20, asn, org, cc, "hosting")
                self.hosting[org].append(n)
                self.hosting_by_country.setdefault(cc, []).append(n)
        for org, asn, regions in VPNS:
            for cc in regions:
                self.vpn.append(self.new_v4(22, asn, org, cc, "vpn"))
        hosts = [n for org in self.hosting for n in self.hosting[org]]
        for _ in range(24):
            self.tor.append(self.carve32(rng.choice(hosts), "tor"))
        for name, cc, _dom in UNIVERSITIES:
            self.edu[name] = self.new_v4(16, 64000 + len(self.edu) * 7 + 11, name, cc, "education")

    def isp_any(self, rng, cc):
        return rng.choice(self.isp.get(cc) or self.isp["US"])

    def mobile_any(self, rng, cc):
        return rng.choice(self.mobile.get(cc) or self.mobile["US"])

    def csv_rows(self):
        rows = []
        for n in self.all:
            if n.listed:
                rows.append((n.cidr, str(n.asn), n.org, n.country, n.kind))
        return rows


# ---------------------------------------------------------------- clients

def ja4(name, a=15, b=16):
    h = hashlib.sha256(name.encode()).hexdigest()
    return f"t13d{a:02d}{b:02d}h2_{h[:12]}_{h[12:24]}"


FP = {
    "py30": ja4("py-openssl-3.0"), "py31": ja4("py-openssl-3.1", 15, 17),
    "py11": ja4("py-openssl-1.1", 17, 15), "node18": ja4("node-18", 16, 15),
    "node20": ja4("node-20", 16, 16), "node22": ja4("node-22", 16, 17),
    "go121": ja4("go-1.21", 13, 10), "go122": ja4("go-1.22", 13, 10),
    "java17": ja4("java-17", 19, 12), "okhttp": ja4("okhttp-4", 15, 13),
    "curl": ja4("curl-8-openssl", 31, 14), "chrome122": ja4("chrome-122", 15, 16),
    "chrome121": ja4("chrome-121", 15, 16), "firefox": ja4("firefox-123", 17, 16),
    "safari": ja4("safari-17", 20, 14), "edge": ja4("edge-122", 15, 16),
    "ios_app": ja4("ios-urlsession", 20, 13), "android_app": ja4("android-okhttp", 15, 13),
    # rare ones
    "gw_hydra": ja4("custom-utls-gateway-v7", 18, 12),
    "harness": ja4("rust-reqwest-rustls-harness", 13, 11),
    "headless": ja4("headless-chromium-121-linux-sw", 15, 15),
    "corp_proxy": ja4("corp-tls-inspection-proxy", 17, 14),
    "relay_gw": ja4("relaydesk-envoy-1.29", 14, 12),
}

CLIENTS = {
    "py_sdk": [("aster-python/0.41.0", "py30"), ("aster-python/0.44.1", "py30"),
               ("aster-python/0.47.2", "py31"), ("aster-python/0.48.0", "py31"),
               ("aster-python/0.39.3", "py11")],
    "ts_sdk": [("aster-typescript/0.27.3", "node18"), ("aster-typescript/0.30.1", "node20"),
               ("aster-typescript/0.31.0", "node22")],
    "openai_compat": [("OpenAI/Python 1.40.0", "py30"), ("OpenAI/Python 1.51.2", "py31"),
                      ("OpenAI/JS 4.56.0", "node20")],
    "httpx": [("python-httpx/0.27.0", "py31"), ("python-requests/2.31.0", "py30"),
              ("Python/3.11 aiohttp/3.9.5", "py31")],
    "go": [("Go-http-client/2.0", "go121"), ("Go-http-client/2.0", "go122")],
    "java": [("okhttp/4.12.0", "okhttp"), ("Java-http-client/17.0.9", "java17")],
    "curl": [("curl/8.5.0", "curl"), ("curl/7.81.0", "curl")],
    "browser": [("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36", "chrome122"),
                ("Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36", "chrome122"),
                ("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/121.0.0.0 Safari/537.36", "chrome121"),
                ("Mozilla/5.0 (Macintosh; Intel Mac OS X 14.3; rv:123.0) Gecko/20100101 Firefox/123.0", "firefox"),
                ("Mozilla/5.0 (X11; Linux x86_64; rv:123.0) Gecko/20100101 Firefox/123.0", "firefox"),
                ("Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Safari/605.1.15", "safari"),
                ("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36 Edg/122.0.0.0", "edge")],
    "mobile_app": [("AsterApp/3.4.1 (iPhone; iOS 17.3.1; Scale/3.00)", "ios_app"),
                   ("AsterApp/3.4.0 (Android 14; Pixel 7)", "android_app"),
                   ("AsterApp/3.3.8 (Android 13; SM-A546B)", "android_app")],
    "cli_agent": [("aster-cli/1.4.2 (external, cli)", "node20"), ("aster-cli/1.5.0 (external, cli)", "node22")],
    "ide": [("aster-vscode/0.18.3", "node20"), ("aster-jetbrains/0.9.1", "java17")],
    "langchain": [("langchain-aster/0.2.9", "py31"), ("llama-index/0.10.55", "py31")],
    "litellm": [("litellm/1.44.3", "py31")],
}


def client(rng, family):
    ua, fp = rng.choice(CLIENTS[family])
    return ua, FP[fp]
