"""Networks: the address plan, per-user address behaviour and the ip_ranges.csv feed.

Each network has IPv4 and optional IPv6 prefixes, an ASN, an organisation, a country and a kind. A few networks are
deliberately missing from the feed (small ISPs, one budget VPS host's IPv6 block, one VPN), and some rows are more
specific prefixes nested inside bigger ones (proxy slices inside ISP space, enterprise blocks inside business ISP
space, Tor exits inside a hosting block): the longest prefix wins.
"""
import ipaddress

# key: (asn, as_org, country, kind, [v4 prefixes], [v6 prefixes], in_feed)
NETS = {
    # ---------------------------------------------------------------- fixed-line ISPs
    "comcast": (7922, "Comcast Cable Communications, LLC", "US", "isp", ["73.128.0.0/11", "24.0.0.0/12"], ["2601:100::/24"], True),
    "charter": (20115, "Charter Communications Inc", "US", "isp", ["71.80.0.0/13", "97.80.0.0/13"], ["2600:6c00::/24"], True),
    "att": (7018, "AT&T Services, Inc.", "US", "isp", ["99.0.0.0/11", "107.192.0.0/12"], ["2600:1700::/24"], True),
    "fios": (701, "Verizon Business", "US", "isp", ["108.0.0.0/14", "71.160.0.0/13"], ["2600:4040::/26"], True),
    "cox": (22773, "Cox Communications Inc.", "US", "isp", ["68.96.0.0/13"], [], True),
    "zayo": (6461, "Zayo Bandwidth", "US", "isp", ["64.125.0.0/16"], [], True),
    "rogers": (812, "Rogers Communications Canada Inc.", "CA", "isp", ["99.224.0.0/12"], ["2607:fea8::/32"], True),
    "bell": (577, "Bell Canada", "CA", "isp", ["70.24.0.0/13"], [], True),
    "bt": (2856, "British Telecommunications PLC", "GB", "isp", ["86.128.0.0/11"], ["2a00:23c0::/26"], True),
    "virgin": (5089, "Virgin Media Limited", "GB", "isp", ["82.0.0.0/14", "81.96.0.0/13"], [], True),
    "sky": (5607, "Sky UK Limited", "GB", "isp", ["90.192.0.0/11"], ["2a02:c7c::/32"], True),
    "dtag": (3320, "Deutsche Telekom AG", "DE", "isp", ["79.192.0.0/10", "93.192.0.0/11"], ["2003::/19"], True),
    "vodade": (3209, "Vodafone GmbH", "DE", "isp", ["88.64.0.0/12"], ["2a02:8100::/27"], True),
    "orange": (3215, "Orange S.A.", "FR", "isp", ["90.0.0.0/11"], ["2a01:cb00::/24"], True),
    "free": (12322, "Free SAS", "FR", "isp", ["82.64.0.0/12"], ["2a01:e00::/26"], True),
    "kpn": (1136, "KPN B.V.", "NL", "isp", ["77.160.0.0/12"], [], True),
    "telefonica": (3352, "Telefonica de Espana S.A.U.", "ES", "isp", ["83.32.0.0/12"], [], True),
    "tim": (3269, "Telecom Italia S.p.A.", "IT", "isp", ["79.0.0.0/12"], [], True),
    "orangepl": (5617, "Orange Polska Spolka Akcyjna", "PL", "isp", ["83.0.0.0/14"], [], True),
    "meo": (3243, "MEO - Servicos De Comunicacoes E Multimedia S.A.", "PT", "isp", ["85.240.0.0/13"], ["2001:8a0::/32"], True),
    "telia": (3301, "Telia Company AB", "SE", "isp", ["78.64.0.0/12"], [], True),
    "swisscom": (3303, "Swisscom (Schweiz) AG", "CH", "isp", ["85.0.0.0/13"], [], True),
    "eir": (5466, "Eircom Limited", "IE", "isp", ["86.40.0.0/13"], [], True),
    "airtel": (24560, "Bharti Airtel Ltd., Telemedia Services", "IN", "isp", ["122.160.0.0/12"], [], True),
    "actfiber": (24309, "Atria Convergence Technologies Ltd", "IN", "isp", ["49.204.0.0/14"], [], True),
    "ntt": (4713, "NTT Communications Corporation", "JP", "isp", ["153.128.0.0/11"], ["2400:4050::/30"], True),
    "kddi": (2516, "KDDI CORPORATION", "JP", "isp", ["106.128.0.0/11"], [], True),
    "kt": (4766, "Korea Telecom", "KR", "isp", ["121.128.0.0/11"], [], True),
    "skb": (9318, "SK Broadband Co Ltd", "KR", "isp", ["175.192.0.0/12"], [], True),
    "telstra": (1221, "Telstra Limited", "AU", "isp", ["120.144.0.0/13"], ["2001:8003::/32"], True),
    "optus": (4804, "Optus Internet", "AU", "isp", ["49.176.0.0/12"], [], True),
    "spark": (4771, "Spark New Zealand Trading Ltd.", "NZ", "isp", ["122.56.0.0/14"], [], True),
    "vivo": (26599, "TELEFONICA BRASIL S.A", "BR", "isp", ["177.0.0.0/13"], [], True),
    "claronet": (28573, "Claro NXT Telecomunicacoes Ltda", "BR", "isp", ["179.96.0.0/12"], [], True),
    "telmex": (8151, "UNINET", "MX", "isp", ["187.128.0.0/11"], [], True),
    "singtel": (9506, "Singtel Fibre Broadband", "SG", "isp", ["116.86.0.0/15"], [], True),
    "starhub": (4657, "StarHub Ltd", "SG", "isp", ["58.182.0.0/15"], [], True),
    "hkt": (4760, "HKT Limited", "HK", "isp", ["112.118.0.0/15"], [], True),
    "hinet": (3462, "Data Communication Business Group", "TW", "isp", ["114.32.0.0/12"], [], True),
    "pldt": (9299, "Philippine Long Distance Telephone Company", "PH", "isp", ["112.198.0.0/15"], [], True),
    "bezeq": (8551, "Bezeq International", "IL", "isp", ["79.176.0.0/13"], [], True),
    "turktelekom": (9121, "Turk Telekomunikasyon Anonim Sirketi", "TR", "isp", ["85.96.0.0/12"], [], True),
    "etisalat": (5384, "Emirates Telecommunications Group Company (Etisalat Group) PJSC", "AE", "isp", ["94.200.0.0/13"], [], True),
    "telkomid": (7713, "PT Telekomunikasi Indonesia", "ID", "isp", ["180.240.0.0/13"], [], True),
    "viettel": (7552, "Viettel Group", "VN", "isp", ["27.64.0.0/12"], [], False),
    "telkomza": (37457, "Telkom SA Ltd.", "ZA", "isp", ["105.224.0.0/12"], [], False),
    "telecomar": (7303, "Telecom Argentina S.A.", "AR", "isp", ["181.0.0.0/13"], [], True),
    "etb": (19429, "ETB - Colombia", "CO", "isp", ["181.48.0.0/13"], [], False),
    "wananchi": (36926, "Wananchi Group (Kenya) Limited", "KE", "isp", ["197.232.0.0/14"], [], False),
    "mtnng": (29465, "MTN NIGERIA Communication limited", "NG", "isp", ["102.88.0.0/14"], [], True),
    "teegypt": (8452, "TE-AS", "EG", "isp", ["156.192.0.0/11"], [], True),
    "netfibre": (198765, "NetFibre Regional Broadband Ltd", "GB", "isp", ["185.3.92.0/22"], [], False),
    "chinatel": (4134, "CHINANET-BACKBONE", "CN", "isp", ["116.224.0.0/12"], [], True),
    "unicom": (4837, "CHINA UNICOM China169 Backbone", "CN", "isp", ["123.112.0.0/12"], [], True),
    "rostelecom": (12389, "PJSC Rostelecom", "RU", "isp", ["95.24.0.0/13"], [], True),
    "tci": (58224, "Iran Telecommunication Company PJS", "IR", "isp", ["5.200.0.0/14"], [], True),
    # ---------------------------------------------------------------- mobile carriers
    "tmobile": (21928, "T-Mobile USA, Inc.", "US", "mobile", ["172.56.0.0/14"], ["2607:fb90::/28"], True),
    "vzw": (6167, "Cellco Partnership DBA Verizon Wireless", "US", "mobile", ["174.192.0.0/12"], ["2600:1000::/28"], True),
    "attmob": (20057, "AT&T Mobility LLC", "US", "mobile", ["166.128.0.0/12"], ["2600:380::/28"], True),
    "ee": (12576, "EE Limited", "GB", "mobile", ["31.94.0.0/16", "31.64.0.0/15"], ["2a01:4c8::/32"], True),
    "vodauk": (25135, "Vodafone Limited", "GB", "mobile", ["148.252.0.0/16"], [], True),
    "three": (206067, "Three UK Hutchison 3G", "GB", "mobile", ["92.40.0.0/14"], [], True),
    "dtmob": (3320, "Deutsche Telekom AG (mobile)", "DE", "mobile", ["80.187.0.0/16"], [], True),
    "orangemob": (3215, "Orange S.A. (mobile)", "FR", "mobile", ["92.184.0.0/14"], [], True),
    "jio": (55836, "Reliance Jio Infocomm Limited", "IN", "mobile", ["49.32.0.0/12"], ["2409:4000::/22"], True),
    "airtelmob": (45609, "Bharti Airtel Ltd. AS for GPRS Service", "IN", "mobile", ["106.192.0.0/12"], [], True),
    "docomo": (9605, "NTT DOCOMO, INC.", "JP", "mobile", ["110.160.0.0/13"], [], True),
    "telstramob": (1221, "Telstra Limited (mobile)", "AU", "mobile", ["101.112.0.0/13"], [], True),
    "timbr": (26615, "TIM S/A", "BR", "mobile", ["191.128.0.0/12"], [], True),
    "globe": (132199, "Globe Telecom Inc.", "PH", "mobile", ["110.54.128.0/17"], [], True),
    "safaricom": (33771, "Safaricom Limited", "KE", "mobile", ["41.80.0.0/14"], [], True),
    "singtelmob": (45143, "Singtel Mobile", "SG", "mobile", ["111.65.32.0/19"], [], True),
    "telcel": (28403, "Radiomovil Dipsa, S.A. de C.V.", "MX", "mobile", ["189.200.0.0/13"], [], True),
    "movistarmob": (12430, "Vodafone Spain (mobile)", "ES", "mobile", ["46.222.0.0/16"], [], True),
    "skt": (9644, "SK Telecom", "KR", "mobile", ["223.32.0.0/11"], [], True),
    "chinamob": (9808, "China Mobile Communications Group Co., Ltd.", "CN", "mobile", ["111.0.0.0/11"], [], True),
    # ---------------------------------------------------------------- hosting / cloud
    "aws_use1": (14618, "Amazon.com, Inc.", "US", "hosting", ["3.208.0.0/12", "44.192.0.0/11"], ["2600:1f18::/32"], True),
    "aws_usw2": (16509, "Amazon.com, Inc.", "US", "hosting", ["34.208.0.0/12"], ["2600:1f14::/32"], True),
    "aws_euw1": (16509, "Amazon.com, Inc.", "IE", "hosting", ["52.16.0.0/14"], ["2a05:d018::/32"], True),
    "aws_euc1": (16509, "Amazon.com, Inc.", "DE", "hosting", ["3.120.0.0/14"], [], True),
    "aws_apse1": (16509, "Amazon.com, Inc.", "SG", "hosting", ["13.228.0.0/15"], [], True),
    "aws_apne1": (16509, "Amazon.com, Inc.", "JP", "hosting", ["13.112.0.0/14"], [], True),
    "aws_aps1": (16509, "Amazon.com, Inc.", "IN", "hosting", ["13.232.0.0/14"], [], True),
    "gcp_us": (396982, "Google LLC", "US", "hosting", ["34.64.0.0/11"], [], True),
    "gcp_eu": (396982, "Google LLC", "NL", "hosting", ["35.204.0.0/14"], [], True),
    "gas": (15169, "Google LLC", "US", "hosting", ["107.178.192.0/18"], [], True),
    "azure_us": (8075, "Microsoft Corporation", "US", "hosting", ["20.32.0.0/11"], [], True),
    "azure_eu": (8075, "Microsoft Corporation", "NL", "hosting", ["40.112.0.0/13"], [], True),
    "do": (14061, "DigitalOcean, LLC", "US", "hosting", ["159.89.0.0/16", "167.99.0.0/16"], ["2604:a880::/32"], True),
    "hetzner": (24940, "Hetzner Online GmbH", "DE", "hosting", ["88.198.0.0/16", "116.202.0.0/15"], ["2a01:4f8::/32"], True),
    "hetzner_fi": (24940, "Hetzner Online GmbH", "FI", "hosting", ["65.108.0.0/15"], ["2a01:4f9::/32"], True),
    "ovh": (16276, "OVH SAS", "FR", "hosting", ["51.68.0.0/16", "54.36.0.0/14"], ["2001:41d0::/32"], True),
    "ovh_ca": (16276, "OVH SAS", "CA", "hosting", ["142.4.192.0/19", "158.69.0.0/16"], ["2607:5300::/32"], True),
    "linode": (63949, "Akamai Connected Cloud", "US", "hosting", ["172.104.0.0/15"], ["2600:3c00::/28"], True),
    "vultr": (20473, "The Constant Company, LLC", "US", "hosting", ["45.32.0.0/16"], ["2001:19f0::/32"], True),
    "vultr_jp": (20473, "The Constant Company, LLC", "JP", "hosting", ["45.76.0.0/16"], [], True),
    "oracle": (31898, "Oracle Corporation", "US", "hosting", ["129.146.0.0/16"], [], True),
    "alibaba": (45102, "Alibaba US Technology Co., Ltd.", "SG", "hosting", ["47.88.0.0/14"], [], True),
    "tencent": (132203, "Tencent Building, Kejizhongyi Avenue", "HK", "hosting", ["43.128.0.0/14"], [], True),
    "contabo": (51167, "Contabo GmbH", "DE", "hosting", ["167.86.0.0/16"], [], True),
    "scaleway": (12876, "SCALEWAY S.A.S.", "FR", "hosting", ["51.15.0.0/16"], [], True),
    "frantech": (53667, "FranTech Solutions", "US", "hosting", ["209.141.32.0/19"], [], True),
    "frantech6": (53667, "FranTech Solutions", "US", "hosting", [], ["2605:6400::/32"], False),
    "cloudflare": (13335, "Cloudflare, Inc.", "US", "hosting", ["104.28.0.0/16"], [], True),
    # ---------------------------------------------------------------- VPN operators
    "m247": (9009, "M247 Europe SRL", "RO", "vpn", ["37.120.128.0/17"], [], True),
    "datacamp": (60068, "Datacamp Limited", "GB", "vpn", ["185.76.8.0/21", "89.187.160.0/19"], [], True),
    "packethub": (147049, "Packethub S.A.", "PA", "vpn", ["91.90.120.0/21"], [], True),
    "zenvpn": (209854, "Cyberzone S.A.", "PA", "vpn", ["146.70.0.0/16"], [], False),
    # ---------------------------------------------------------------- Tor (a slice of a hosting block)
    "torexit": (60729, "Stiftung Erneuerbare Freiheit", "DE", "tor", ["185.220.100.0/22"], [], True),
    # ---------------------------------------------------------------- universities
    "u_mit": (3, "Massachusetts Institute of Technology", "US", "education", ["18.0.0.0/11"], [], True),
    "u_stanford": (32, "Stanford University", "US", "education", ["171.64.0.0/14"], [], True),
    "u_berkeley": (25, "University of California at Berkeley", "US", "education", ["128.32.0.0/16"], [], True),
    "u_umich": (36375, "University of Michigan", "US", "education", ["141.211.0.0/16"], [], True),
    "u_uiuc": (38, "University of Illinois", "US", "education", ["130.126.0.0/16"], [], True),
    "u_cmu": (9, "Carnegie Mellon University", "US", "education", ["128.2.0.0/16"], [], True),
    "u_uw": (73, "University of Washington", "US", "education", ["128.95.0.0/16"], [], True),
    "u_cam": (786, "Jisc Services Limited (Cambridge)", "GB", "education", ["131.111.0.0/16"], [], True),
    "u_ucl": (786, "Jisc Services Limited (UCL)", "GB", "education", ["128.40.0.0/16"], [], True),
    "u_edinburgh": (786, "Jisc Services Limited (Edinburgh)", "GB", "education", ["129.215.0.0/16"], [], True),
    "u_eth": (559, "SWITCH (ETH Zurich)", "CH", "education", ["129.132.0.0/16"], [], True),
    "u_tum": (12816, "Leibniz-Rechenzentrum", "DE", "education", ["129.187.0.0/16"], [], True),
    "u_toronto": (239, "University of Toronto", "CA", "education", ["128.100.0.0/16"], [], True),
    "u_ubc": (393249, "University of British Columbia", "CA", "education", ["137.82.0.0/16"], [], True),
    "u_nus": (7472, "National University of Singapore", "SG", "education", ["137.132.0.0/16"], [], True),
    "u_tokyo": (2501, "The University of Tokyo", "JP", "education", ["133.11.0.0/16"], [], True),
    "u_kaist": (1781, "Korea Advanced Institute of Science and Technology", "KR", "education", ["143.248.0.0/16"], [], True),
    "u_melb": (56132, "The University of Melbourne", "AU", "education", ["128.250.0.0/16"], [], True),
    "u_iitb": (132423, "Indian Institute of Technology Bombay", "IN", "education", ["103.21.124.0/22"], [], True),
    "u_usp": (28571, "UNIVERSIDADE DE SAO PAULO", "BR", "education", ["143.107.0.0/16"], [], True),
    "u_lisboa": (1930, "Fundacao para a Ciencia e a Tecnologia, I.P.", "PT", "education", ["193.136.0.0/15"], [], True),
    "u_amsterdam": (1103, "SURF B.V.", "NL", "education", ["145.18.0.0/16"], [], True),
    "u_tsinghua": (4538, "China Education and Research Network Center", "CN", "education", ["166.111.0.0/16"], [], True),
}

# Edge POPs of the coworking operator, the rail Wi-Fi etc. are carved out of these networks at run time.


def _v4(cidr):
    n = ipaddress.IPv4Network(cidr)
    return int(n.network_address), n.num_addresses


def _v6(cidr):
    n = ipaddress.IPv6Network(cidr)
    return int(n.network_address), n.prefixlen


def a4(i):
    return str(ipaddress.IPv4Address(i))


def a6(i):
    return ipaddress.IPv6Address(i).compressed


# Which fixed and mobile networks serve people in a country (weights).
COUNTRY_ISPS = {
    "US": [("comcast", 30), ("charter", 22), ("att", 18), ("fios", 12), ("cox", 8)],
    "CA": [("rogers", 55), ("bell", 45)], "GB": [("bt", 35), ("virgin", 30), ("sky", 25), ("netfibre", 4)],
    "DE": [("dtag", 60), ("vodade", 40)], "FR": [("orange", 55), ("free", 45)], "NL": [("kpn", 1)],
    "ES": [("telefonica", 1)], "IT": [("tim", 1)], "PL": [("orangepl", 1)], "PT": [("meo", 1)],
    "SE": [("telia", 1)], "CH": [("swisscom", 1)], "IE": [("eir", 1)], "IN": [("airtel", 55), ("actfiber", 45)],
    "JP": [("ntt", 60), ("kddi", 40)], "KR": [("kt", 55), ("skb", 45)], "AU": [("telstra", 55), ("optus", 45)],
    "NZ": [("spark", 1)], "BR": [("vivo", 55), ("claronet", 45)], "MX": [("telmex", 1)],
    "SG": [("singtel", 55), ("starhub", 45)], "HK": [("hkt", 1)], "TW": [("hinet", 1)], "PH": [("pldt", 1)],
    "IL": [("bezeq", 1)], "TR": [("turktelekom", 1)], "AE": [("etisalat", 1)], "ID": [("telkomid", 1)],
    "VN": [("viettel", 1)], "ZA": [("telkomza", 1)], "AR": [("telecomar", 1)], "CO": [("etb", 1)],
    "KE": [("wananchi", 1)], "NG": [("mtnng", 1)], "EG": [("teegypt", 1)], "CN": [("chinatel", 55), ("unicom", 45)],
    "RU": [("rostelecom", 1)], "IR": [("tci", 1)],
}
COUNTRY_MOBILE = {
    "US": [("tmobile", 40), ("vzw", 35), ("attmob", 25)], "GB": [("ee", 45), ("vodauk", 30), ("three", 25)],
    "DE": [("dtmob", 1)], "FR": [("orangemob", 1)], "IN": [("jio", 65), ("airtelmob", 35)], "JP": [("docomo", 1)],
    "AU": [("telstramob", 1)], "BR": [("timbr", 1)], "PH": [("globe", 1)], "KE": [("safaricom", 1)],
    "SG": [("singtelmob", 1)], "MX": [("telcel", 1)], "ES": [("movistarmob", 1)], "KR": [("skt", 1)],
    "CN": [("chinamob", 1)],
}
# Commercial VPN exit slices (country -> parent network); each slice is a /24 inside the parent's space.
VPN_COUNTRIES = ["US", "GB", "DE", "NL", "CA", "AU", "SE", "CH", "FR", "SG", "JP", "ES", "IT", "IE", "HK", "BR"]


class Household:
    """A home connection: a dynamic IPv4 that changes every few days and, on dual-stack ISPs, a stable /64 with
    a daily privacy address."""
    __slots__ = ("v4", "period", "v6", "v6share", "net")

    def __init__(self, net, r, key):
        self.net = key
        asn, org, cc, kind, p4, p6, feed = NETS[key]
        self.period = r.choice([2, 3, 5, 7, 9, 14, 30])
        self.v4 = [net.rand4(r, key) for _ in range(16)]
        if p6 and r.random() < 0.75:
            base = net.rand6(r, key, 56)
            sub = r.getrandbits(8) << 64
            self.v6 = [a6(base | sub | r.getrandbits(64)) for _ in range(16)]
            self.v6share = r.uniform(0.55, 0.95)
        else:
            self.v6 = None
            self.v6share = 0.0

    def ip(self, r, t):
        from common import W0, DAY
        d = max(0, min(15, (t - W0) // DAY))
        if self.v6 is not None and r.random() < self.v6share:
            return self.v6[d]
        return self.v4[max(0, min(15, d // self.period))]


class Net:
    def __init__(self, w):
        self.w = w
        self.rows = []           # feed rows: (cidr, asn, org, cc, kind)
        self.p4 = {}
        self.p6 = {}
        self.slices = {}
        r = w.rng("net")
        for key, (asn, org, cc, kind, p4, p6, feed) in NETS.items():
            self.p4[key] = [_v4(c) for c in p4]
            self.p6[key] = [_v6(c) for c in p6]
            if feed:
                for c in p4 + p6:
                    self.rows.append((c, asn, org, cc, kind))
        # VPN exit slices: per country a few /24s in the VPN operators' space
        self.vpn = {}
        used = set()
        for cc in VPN_COUNTRIES:
            for op in ("m247", "datacamp", "packethub", "zenvpn"):
                if op == "packethub" and cc not in ("US", "GB", "DE", "NL", "CA"):
                    continue
                blocks = [base + (i << 8) for base, size in self.p4[op] for i in range(size // 256)]
                while True:
                    b = blocks[r.randrange(len(blocks))]
                    if b not in used:
                        used.add(b)
                        break
                self.vpn.setdefault(cc, []).append((op, b))
                asn, org, _, kind, _, _, feed = NETS[op]
                if feed:
                    self.rows.append(("%s/24" % a4(b), asn, org, cc, kind))
        # ISP-labelled rows have the ISP's country; VPN slice rows above carry the exit country.

    # --- raw address draws
    def rand4(self, r, key):
        ps = self.p4[key]
        base, size = ps[r.randrange(len(ps))] if len(ps) > 1 else ps[0]
        return a4(base + r.randrange(1, size - 1))

    def rand6(self, r, key, plen=64):
        """Random prefix of length plen inside the network's v6 space, as an int."""
        base, bl = self.p6[key][r.randrange(len(self.p6[key]))]
        bits = plen - bl
        return base | (r.getrandbits(bits) << (128 - plen))

    def block24(self, r, key):
        """A random /24 inside the network, as the int of its first address."""
        ps = self.p4[key]
        base, size = ps[r.randrange(len(ps))]
        return base + (r.randrange(size // 256) << 8)

    def country(self, key):
        return NETS[key][2]

    def add_row(self, cidr, asn, org, cc, kind):
        self.rows.append((cidr, asn, org, cc, kind))

    # --- behaviours
    def household(self, r, cc):
        key = wpick(r, COUNTRY_ISPS.get(cc) or COUNTRY_ISPS["US"])
        return Household(self, r, key)

    def mobile_net(self, r, cc):
        if cc not in COUNTRY_MOBILE:
            return None
        return wpick(r, COUNTRY_MOBILE[cc])

    def cgnat(self, r, key, v6=False):
        """A carrier-grade NAT address: drawn from a small pool so strangers share addresses now and then."""
        if v6 and self.p6[key]:
            return a6(self.rand6(r, key, 64) | r.getrandbits(64))
        base, size = self.p4[key][0]
        pool = min(size - 2, 6144)
        return a4(base + 1 + r.randrange(pool))

    def vpn_exit(self, r, cc):
        """(operator, address) of a consumer VPN exit in (or near) country cc."""
        opts = self.vpn.get(cc) or self.vpn["NL"]
        op, b = opts[r.randrange(len(opts))]
        return a4(b + r.randint(2, 60))

    def cloud_ip(self, r, key):
        return self.rand4(r, key)

    def write_feed(self, path):
        seen = {}
        rows = []
        for row in self.rows:
            if row[0] in seen:
                continue
            seen[row[0]] = 1
            rows.append(row)

        def k(row):
            n = ipaddress.ip_network(row[0])
            return (n.version, int(n.network_address), n.prefixlen)
        rows.sort(key=k)
        with open(path, "w", encoding="utf-8", newline="") as f:
            f.write("cidr,asn,as_org,country,kind\n")
            for c, asn, org, cc, kind in rows:
                o = '"%s"' % org if "," in org else org
                f.write("%s,%d,%s,%s,%s\n" % (c, asn, o, cc, kind))


def wpick(r, pairs):
    return r.choices([p[0] for p in pairs], [p[1] for p in pairs])[0]
