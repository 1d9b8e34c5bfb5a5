"""Network facts: a catalogue of operators with plausible prefixes, address draws, and the ip_ranges rows.

Prefix ownership follows the public picture of each operator closely enough for a test set; it is not an
authoritative registry. Some operators are deliberately left out of ip_ranges.csv (their addresses have
unknown network facts), and /24s inside consumer ISPs are listed as residential_proxy the way an intel feed
marks known proxy exits.
"""
import ipaddress
import random

# key: (asn, org, kind, cc, [v4 prefixes], [v6 prefixes], listed)
CATALOGUE = {
    # ---- consumer ISPs (fixed line)
    "comcast": (7922, "Comcast Cable Communications LLC", "isp", "US", ["73.0.0.0/9", "98.192.0.0/11", "24.0.0.0/13", "76.96.0.0/12"], ["2601::/20"], True),
    "charter": (20115, "Charter Communications Inc", "isp", "US", ["47.144.0.0/13", "174.96.0.0/13", "71.80.0.0/13"], ["2600:6c00::/24"], True),
    "att": (7018, "AT&T Enterprises LLC", "isp", "US", ["99.0.0.0/11", "107.192.0.0/12", "76.192.0.0/11"], ["2600:1700::/24"], True),
    "fios": (701, "Verizon Business", "isp", "US", ["71.160.0.0/12", "96.224.0.0/12", "108.0.0.0/12"], ["2600:4040::/24"], True),
    "starlink": (14593, "Space Exploration Technologies Corporation", "isp", "US", ["98.97.0.0/16", "129.222.0.0/16"], ["2605:59c8::/32"], True),
    "rogers": (812, "Rogers Communications Canada Inc", "isp", "CA", ["99.224.0.0/12", "174.112.0.0/13"], ["2607:fea8::/32"], True),
    "bell": (577, "Bell Canada", "isp", "CA", ["70.48.0.0/13", "142.112.0.0/13"], [], True),
    "bt": (2856, "British Telecommunications PLC", "isp", "GB", ["86.128.0.0/11", "81.128.0.0/12", "109.144.0.0/13"], ["2a00:23c0::/29"], True),
    "virgin": (5089, "Virgin Media Limited", "isp", "GB", ["82.0.0.0/14", "86.0.0.0/13"], [], True),
    "dtag": (3320, "Deutsche Telekom AG", "isp", "DE", ["79.192.0.0/11", "87.128.0.0/11", "91.32.0.0/12"], ["2003::/20"], True),
    "vodafone_de": (3209, "Vodafone GmbH", "isp", "DE", ["88.64.0.0/13", "95.88.0.0/14"], ["2a02:8100::/27"], True),
    "orange_fr": (3215, "Orange S.A.", "isp", "FR", ["90.0.0.0/12", "86.192.0.0/12", "92.128.0.0/12"], ["2a01:cb00::/26"], True),
    "free_fr": (12322, "Free SAS", "isp", "FR", ["78.192.0.0/11", "88.160.0.0/12"], ["2a01:e00::/26"], True),
    "movistar": (3352, "Telefonica de Espana SAU", "isp", "ES", ["83.32.0.0/12", "88.0.0.0/14"], [], True),
    "tim": (3269, "Telecom Italia S.p.A.", "isp", "IT", ["79.0.0.0/12", "93.32.0.0/12"], [], True),
    "kpn": (1136, "KPN B.V.", "isp", "NL", ["77.160.0.0/12", "145.128.0.0/12"], ["2a02:a400::/26"], True),
    "orange_pl": (5617, "Orange Polska Spolka Akcyjna", "isp", "PL", ["83.0.0.0/12", "79.184.0.0/13"], [], True),
    "telia": (3301, "Telia Company AB", "isp", "SE", ["78.64.0.0/12", "90.224.0.0/12"], [], True),
    "ocn": (4713, "NTT Communications Corporation", "isp", "JP", ["153.128.0.0/10", "114.144.0.0/12"], ["2400:4050::/30"], True),
    "kddi": (2516, "KDDI Corporation", "isp", "JP", ["106.128.0.0/12", "111.96.0.0/12"], ["2001:268::/32"], True),
    "kt": (4766, "Korea Telecom", "isp", "KR", ["121.128.0.0/11", "175.192.0.0/11"], [], True),
    "airtel": (24560, "Bharti Airtel Ltd", "isp", "IN", ["122.160.0.0/12", "106.192.0.0/12"], [], True),
    "telstra": (1221, "Telstra Limited", "isp", "AU", ["1.120.0.0/13", "101.160.0.0/12"], ["2001:8003::/32"], True),
    "vivo": (26599, "Telefonica Brasil S.A", "isp", "BR", ["177.0.0.0/13", "187.0.0.0/13"], ["2804:18::/32"], True),
    "claro_br": (28573, "Claro NXT Telecomunicacoes Ltda", "isp", "BR", ["177.128.0.0/12", "179.208.0.0/12"], [], True),
    "telmex": (8151, "Uninet S.A. de C.V.", "isp", "MX", ["187.128.0.0/12", "189.128.0.0/12"], [], True),
    "pldt": (9299, "Philippine Long Distance Telephone Company", "isp", "PH", ["112.198.0.0/15", "120.28.0.0/15"], [], True),
    "viettel": (7552, "Viettel Group", "isp", "VN", ["27.64.0.0/12", "171.224.0.0/12"], [], True),
    "telkom_id": (7713, "PT Telekomunikasi Indonesia", "isp", "ID", ["36.64.0.0/12", "180.240.0.0/13"], [], True),
    "turktelekom": (9121, "Turk Telekomunikasyon Anonim Sirketi", "isp", "TR", ["78.160.0.0/12", "85.96.0.0/12"], [], True),
    "singtel": (9506, "Singtel Fibre Broadband", "isp", "SG", ["116.86.0.0/15", "118.189.0.0/16"], [], True),
    "hkt": (4760, "HKT Limited", "isp", "HK", ["112.118.0.0/15", "42.2.0.0/15"], [], True),
    "hinet": (3462, "Chunghwa Telecom Co. Ltd.", "isp", "TW", ["114.24.0.0/13", "36.224.0.0/12"], [], True),
    "tm_my": (4788, "TM Technology Services Sdn Bhd", "isp", "MY", ["175.136.0.0/13", "60.48.0.0/13"], [], True),
    "true_th": (7470, "True Internet Co. Ltd.", "isp", "TH", ["171.96.0.0/13", "124.120.0.0/14"], [], True),
    "ziggo": (33915, "Vodafone Libertel B.V.", "isp", "NL", ["84.24.0.0/13"], [], False),  # not in the feed
    "proximus": (5432, "Proximus NV", "isp", "BE", ["81.240.0.0/12"], [], True),
    "swisscom": (3303, "Swisscom (Schweiz) AG", "isp", "CH", ["85.0.0.0/13"], ["2a02:1210::/28"], True),
    "eircom": (5466, "Eircom Limited", "isp", "IE", ["86.40.0.0/13"], [], True),
    "spark_nz": (4771, "Spark New Zealand Trading Ltd", "isp", "NZ", ["122.56.0.0/14"], [], True),
    "telecom_ar": (7303, "Telecom Argentina S.A.", "isp", "AR", ["181.0.0.0/13"], [], True),
    "movistar_cl": (7418, "Telefonica Chile S.A.", "isp", "CL", ["190.160.0.0/13"], [], False),
    "mtn_ng": (29465, "MTN Nigeria Communication Limited", "mobile", "NG", ["102.88.0.0/15", "105.112.0.0/13"], [], True),
    "safaricom": (33771, "Safaricom Limited", "mobile", "KE", ["41.90.0.0/15", "105.160.0.0/13"], [], True),
    "te_eg": (8452, "Telecom Egypt", "isp", "EG", ["156.192.0.0/12"], [], True),
    "stc": (25019, "Saudi Telecom Company JSC", "isp", "SA", ["188.48.0.0/13"], [], True),
    "etisalat": (5384, "Emirates Telecommunications Group Company PJSC", "isp", "AE", ["94.200.0.0/14"], [], True),
    "bezeq": (8551, "Bezeq International Ltd.", "isp", "IL", ["79.176.0.0/13"], [], True),
    "ukrtelecom": (6849, "JSC Ukrtelecom", "isp", "UA", ["92.112.0.0/12"], [], True),
    "vodafone_pt": (12353, "Vodafone Portugal", "isp", "PT", ["188.80.0.0/13"], [], True),
    "a1_at": (8447, "A1 Telekom Austria AG", "isp", "AT", ["77.116.0.0/14"], [], True),
    "o2_cz": (5610, "O2 Czech Republic a.s.", "isp", "CZ", ["90.176.0.0/12"], [], True),
    "ptcl": (17557, "Pakistan Telecommunication Company Limited", "isp", "PK", ["39.32.0.0/11"], [], True),
    "grameen": (24389, "Grameenphone Ltd.", "mobile", "BD", ["37.111.192.0/18"], [], True),
    # ---- mobile carriers
    "tmobile_us": (21928, "T-Mobile USA Inc", "mobile", "US", ["172.56.0.0/14", "172.32.0.0/13"], ["2607:fb90::/32"], True),
    "vzw": (6167, "Cellco Partnership DBA Verizon Wireless", "mobile", "US", ["174.192.0.0/10", "97.128.0.0/10"], ["2600:1000::/28"], True),
    "ee": (12576, "EE Limited", "mobile", "GB", ["31.94.0.0/16", "92.40.0.0/15"], [], True),
    "o2_de": (6805, "Telefonica Germany GmbH & Co.OHG", "mobile", "DE", ["176.0.0.0/13"], ["2a02:3030::/28"], True),
    "jio": (55836, "Reliance Jio Infocomm Limited", "mobile", "IN", ["49.32.0.0/11", "157.32.0.0/12"], ["2409:4000::/22"], True),
    "softbank": (17676, "SoftBank Corp.", "mobile", "JP", ["126.0.0.0/9"], ["240b:10::/28"], True),
    "tim_br": (26615, "TIM S/A", "mobile", "BR", ["177.32.0.0/12"], [], True),
    "telcel": (28403, "Radiomovil Dipsa S.A. de C.V.", "mobile", "MX", ["189.192.0.0/12"], [], True),
    "globe": (132199, "Globe Telecom Inc.", "mobile", "PH", ["112.200.0.0/13"], [], True),
    "skt": (9644, "SK Telecom", "mobile", "KR", ["223.32.0.0/11"], [], True),
    "optus_m": (4804, "Optus Mobile Pty Ltd", "mobile", "AU", ["49.176.0.0/12"], [], True),
    "free_mobile": (51207, "Free Mobile SAS", "mobile", "FR", ["37.160.0.0/12"], ["2a04:cec0::/29"], True),
    "vodafone_it": (30722, "Vodafone Italia S.p.A.", "mobile", "IT", ["5.88.0.0/13"], [], True),
    "telkomsel": (23693, "PT. Telekomunikasi Selular", "mobile", "ID", ["114.120.0.0/13"], [], True),
    # ---- hosting / cloud (regional)
    "aws_use1": (14618, "Amazon.com Inc.", "hosting", "US", ["3.208.0.0/12", "54.80.0.0/13", "44.192.0.0/11"], ["2600:1f18::/33"], True),
    "aws_usw2": (16509, "Amazon.com Inc.", "hosting", "US", ["34.208.0.0/12", "44.224.0.0/12"], ["2600:1f14::/35"], True),
    "aws_euc1": (16509, "Amazon Data Services Germany", "hosting", "DE", ["3.120.0.0/14", "18.184.0.0/15"], ["2a05:d014::/35"], True),
    "aws_euw1": (16509, "Amazon Data Services Ireland Ltd", "hosting", "IE", ["34.240.0.0/13", "52.208.0.0/13"], ["2a05:d018::/35"], True),
    "aws_apne1": (16509, "Amazon Data Services Japan", "hosting", "JP", ["13.112.0.0/14", "54.64.0.0/15"], [], True),
    "aws_apse2": (16509, "Amazon Data Services Australia", "hosting", "AU", ["13.236.0.0/14", "54.252.0.0/16"], [], True),
    "aws_aps1": (16509, "Amazon Data Services India", "hosting", "IN", ["13.232.0.0/14", "65.0.0.0/14"], [], True),
    "aws_apse1": (16509, "Amazon Data Services Singapore", "hosting", "SG", ["13.212.0.0/15", "18.136.0.0/16"], [], True),
    "gcp_us": (396982, "Google LLC", "hosting", "US", ["35.184.0.0/13", "34.132.0.0/14"], ["2600:1900:4000::/44"], True),
    "gcp_eu": (396982, "Google LLC", "hosting", "NL", ["34.90.0.0/15", "35.204.0.0/14"], [], True),
    "gcp_asia": (396982, "Google LLC", "hosting", "JP", ["34.84.0.0/16", "34.146.0.0/16"], [], True),
    "gcp_au": (396982, "Google LLC", "hosting", "AU", ["34.116.64.0/18", "35.244.64.0/18"], [], True),
    "azure_us": (8075, "Microsoft Corporation", "hosting", "US", ["20.42.0.0/15", "40.112.0.0/13"], [], True),
    "azure_eu": (8075, "Microsoft Corporation", "hosting", "NL", ["20.50.0.0/16", "51.124.0.0/16"], [], True),
    "digitalocean": (14061, "DigitalOcean LLC", "hosting", "US", ["159.89.0.0/16", "167.99.0.0/16", "64.227.0.0/16", "138.197.0.0/16"], ["2604:a880::/32"], True),
    "hetzner": (24940, "Hetzner Online GmbH", "hosting", "DE", ["95.216.0.0/15", "88.198.0.0/16", "49.12.0.0/15", "5.75.128.0/17"], ["2a01:4f8::/29"], True),
    "ovh": (16276, "OVH SAS", "hosting", "FR", ["51.38.0.0/16", "51.68.0.0/16", "141.94.0.0/15", "54.36.0.0/14"], ["2001:41d0::/32"], True),
    "linode": (63949, "Akamai Connected Cloud", "hosting", "US", ["172.104.0.0/15", "139.162.0.0/16"], ["2600:3c00::/27"], True),
    "vultr": (20473, "The Constant Company LLC", "hosting", "US", ["45.76.0.0/15", "149.28.0.0/16", "108.61.0.0/16"], [], True),
    "oracle": (31898, "Oracle Corporation", "hosting", "US", ["129.146.0.0/16", "152.67.0.0/16"], [], True),
    "alibaba_intl": (45102, "Alibaba US Technology Co. Ltd.", "hosting", "SG", ["47.74.0.0/15", "8.219.0.0/16"], [], True),
    "tencent_intl": (132203, "Tencent Building Kejizhongyi Avenue", "hosting", "HK", ["43.128.0.0/14", "129.226.0.0/16"], [], True),
    "sakura": (9371, "SAKURA Internet Inc.", "hosting", "JP", ["153.120.0.0/14", "160.16.0.0/15"], [], True),
    "scaleway": (12876, "SCALEWAY S.A.S.", "hosting", "FR", ["51.15.0.0/16", "163.172.0.0/16"], ["2001:bc8::/32"], True),
    "contabo": (51167, "Contabo GmbH", "hosting", "DE", ["161.97.64.0/18", "173.212.192.0/18"], [], True),
    "leaseweb": (60781, "LeaseWeb Netherlands B.V.", "hosting", "NL", ["212.32.224.0/19", "37.48.64.0/18"], [], True),
    "colo_hk": (133199, "SonderCloud Limited", "hosting", "HK", ["103.151.228.0/22"], [], False),
    # ---- VPN providers
    "m247": (9009, "M247 Europe SRL", "vpn", "RO", ["89.238.128.0/18", "185.246.208.0/22"], [], True),
    "datacamp": (60068, "Datacamp Limited", "vpn", "GB", ["89.187.160.0/19", "185.59.220.0/22"], [], True),
    "mullvad": (39351, "31173 Services AB", "vpn", "SE", ["193.138.218.0/24", "185.213.154.0/24"], [], True),
    "proton": (62371, "Proton AG", "vpn", "CH", ["185.159.156.0/22", "149.88.16.0/20"], [], True),
    "bizvpn": (209854, "Cyberzone S.A.", "vpn", "PA", ["185.201.16.0/22", "37.120.128.0/20", "194.110.112.0/21"], [], True),
    "surfshark": (136787, "Packethub S.A.", "vpn", "PA", ["89.36.76.0/22"], [], True),
    # ---- tor
    "tor": (208294, "Relayon.org", "tor", "DE", ["185.220.100.0/22"], ["2a0b:f4c2::/40"], True),
    # ---- restricted-country networks
    "chinanet": (4134, "CHINANET-BACKBONE", "isp", "CN", ["116.224.0.0/12", "180.160.0.0/12"], ["240e::/20"], True),
    "unicom": (4837, "CHINA UNICOM China169 Backbone", "isp", "CN", ["123.112.0.0/12"], [], True),
    "rostelecom": (12389, "PJSC Rostelecom", "isp", "RU", ["95.24.0.0/13"], [], True),
    # ---- education
    "edu_mit": (3, "Massachusetts Institute of Technology", "education", "US", ["18.0.0.0/11"], [], True),
    "edu_stanford": (32, "Stanford University", "education", "US", ["171.64.0.0/14"], ["2607:f6d0::/32"], True),
    "edu_berkeley": (25, "University of California at Berkeley", "education", "US", ["128.32.0.0/16"], [], True),
    "edu_uw": (73, "University of Washington", "education", "US", ["128.95.0.0/16"], [], True),
    "edu_utexas": (18, "University of Texas at Austin", "education", "US", ["128.83.0.0/16"], [], True),
    "edu_ox": (786, "Jisc Services Limited", "education", "GB", ["129.67.0.0/16", "163.1.0.0/16"], [], True),
    "edu_cam": (786, "Jisc Services Limited", "education", "GB", ["131.111.0.0/16"], [], True),
    "edu_eth": (559, "SWITCH", "education", "CH", ["129.132.0.0/16"], [], True),
    "edu_tum": (12816, "Leibniz-Rechenzentrum", "education", "DE", ["129.187.0.0/16"], [], True),
    "edu_utokyo": (2501, "The University of Tokyo", "education", "JP", ["133.11.0.0/16"], [], True),
    "edu_nus": (7472, "National University of Singapore", "education", "SG", ["137.132.0.0/16"], [], True),
    "edu_melb": (7575, "Australian Academic and Research Network", "education", "AU", ["128.250.0.0/16"], [], True),
    "edu_usp": (28571, "Universidade de Sao Paulo", "education", "BR", ["143.107.0.0/16"], [], True),
    "edu_snu": (9488, "Seoul National University", "education", "KR", ["147.46.0.0/16"], [], True),
    "edu_toronto": (239, "University of Toronto", "education", "CA", ["128.100.0.0/16"], [], True),
    "edu_iitb": (132423, "Indian Institute of Technology Bombay", "education", "IN", ["103.21.124.0/22"], [], True),
    "edu_kaist": (1781, "Korea Advanced Institute of Science and Technology", "education", "KR", ["143.248.0.0/16"], [], True),
    "edu_epfl": (559, "SWITCH", "education", "CH", ["128.178.0.0/15"], [], True),
}

# per-country consumer access networks (fixed line, mobile)
COUNTRY_NETS = {
    "US": (["comcast", "charter", "att", "fios", "starlink"], [5, 4, 3, 2, .3], ["tmobile_us", "vzw"]),
    "CA": (["rogers", "bell"], [1, 1], ["rogers"]),
    "GB": (["bt", "virgin"], [3, 2], ["ee"]),
    "DE": (["dtag", "vodafone_de"], [3, 2], ["o2_de"]),
    "FR": (["orange_fr", "free_fr"], [3, 2], ["free_mobile"]),
    "ES": (["movistar"], [1], ["movistar"]),
    "IT": (["tim"], [1], ["vodafone_it"]),
    "NL": (["kpn", "ziggo"], [3, 2], ["kpn"]),
    "PL": (["orange_pl"], [1], ["orange_pl"]),
    "SE": (["telia"], [1], ["telia"]),
    "JP": (["ocn", "kddi"], [3, 2], ["softbank"]),
    "KR": (["kt"], [1], ["skt"]),
    "IN": (["airtel", "jio"], [2, 3], ["jio"]),
    "AU": (["telstra"], [1], ["optus_m"]),
    "BR": (["vivo", "claro_br"], [1, 1], ["tim_br"]),
    "MX": (["telmex"], [1], ["telcel"]),
    "PH": (["pldt"], [1], ["globe"]),
    "VN": (["viettel"], [1], ["viettel"]),
    "ID": (["telkom_id"], [1], ["telkomsel"]),
    "TR": (["turktelekom"], [1], ["turktelekom"]),
    "SG": (["singtel"], [1], ["singtel"]),
    "HK": (["hkt"], [1], ["hkt"]),
    "TW": (["hinet"], [1], ["hinet"]),
    "MY": (["tm_my"], [1], ["tm_my"]),
    "TH": (["true_th"], [1], ["true_th"]),
    "BE": (["proximus"], [1], ["proximus"]),
    "CH": (["swisscom"], [1], ["swisscom"]),
    "IE": (["eircom"], [1], ["eircom"]),
    "NZ": (["spark_nz"], [1], ["spark_nz"]),
    "AR": (["telecom_ar"], [1], ["telecom_ar"]),
    "CL": (["movistar_cl"], [1], ["movistar_cl"]),
    "NG": (["mtn_ng"], [1], ["mtn_ng"]),
    "KE": (["safaricom"], [1], ["safaricom"]),
    "EG": (["te_eg"], [1], ["te_eg"]),
    "SA": (["stc"], [1], ["stc"]),
    "AE": (["etisalat"], [1], ["etisalat"]),
    "IL": (["bezeq"], [1], ["bezeq"]),
    "UA": (["ukrtelecom"], [1], ["ukrtelecom"]),
    "PT": (["vodafone_pt"], [1], ["vodafone_pt"]),
    "AT": (["a1_at"], [1], ["a1_at"]),
    "CZ": (["o2_cz"], [1], ["o2_cz"]),
    "PK": (["ptcl"], [1], ["ptcl"]),
    "BD": (["grameen"], [1], ["grameen"]),
    "CN": (["chinanet", "unicom"], [2, 1], ["unicom"]),
    "RU": (["rostelecom"], [1], ["rostelecom"]),
}


class Row:
    __slots__ = ("net", "asn", "org", "cc", "kind", "listed", "v6")

    def __init__(self, net, asn, org, cc, kind, listed):
        self.net, self.asn, self.org, self.cc, self.kind, self.listed = net, asn, org, cc, kind, listed
        self.v6 = net.version == 6

    def cidr(self):
        return str(self.net)


class Net:
    def __init__(self, seed):
        self.r = random.Random("net:%s" % seed)
        self.rows = []
        self.v4 = {}  # key -> list of (base_int, size)
        self.v6 = {}  # key -> list of (base_int, prefixlen)
        self.reserved24 = set()
        for key, (asn, org, kind, cc, v4s, v6s, listed) in CATALOGUE.items():
            l4 = []
            for c in v4s:
                n = ipaddress.ip_network(c, strict=False)
                self.rows.append(Row(n, asn, org, cc, kind, listed))
                l4.append((int(n.network_address), n.num_addresses))
            l6 = []
            for c in v6s:
                n = ipaddress.ip_network(c, strict=False)
                self.rows.append(Row(n, asn, org, cc, kind, listed))
                l6.append((int(n.network_address), n.prefixlen))
            self.v4[key] = l4
            self.v6[key] = l6
        self._check_overlap()

    def _check_overlap(self):
        for v6 in (False, True):
            spans = sorted((int(x.net.network_address), int(x.net.broadcast_address), str(x.net)) for x in self.rows
                           if x.v6 == v6)
            for a, b in zip(spans, spans[1:]):
                if b[0] <= a[1]:
                    raise SystemExit("net catalogue overlap: %s %s" % (a[2], b[2]))

    # ---------------------------------------------------------------- draws
    def addr4_int(self, key, r):
        blocks = self.v4[key]
        while True:
            base, size = blocks[int(r.random() * len(blocks))]
            x = base + 256 + int(r.random() * (size - 512))
            if (x >> 8) in self.reserved24:
                continue
            lo = x & 255
            if lo == 0 or lo == 255:
                continue
            return x

    def addr4(self, key, r):
        return str(ipaddress.IPv4Address(self.addr4_int(key, r)))

    def has_v6(self, key):
        return bool(self.v6.get(key))

    def prefix64(self, key, r):
        base, plen = self.v6[key][int(r.random() * len(self.v6[key]))]
        span = 64 - plen
        return base + (int(r.random() * (1 << span)) << 64)

    @staticmethod
    def v6_addr(p64, iid):
        return str(ipaddress.IPv6Address(p64 | (iid & 0xFFFFFFFFFFFFFFFF)))

    def addr6(self, key, r):
        return self.v6_addr(self.prefix64(key, r), r.getrandbits(64))

    def carve24(self, key, r, kind, org=None, asn=None, cc=None, listed=True, host_bits=8):
        """Reserve a /24 (or smaller) inside an operator's v4 space and list it with its own facts."""
        casn, corg, ckind, ccc, _, _, _ = CATALOGUE[key]
        while True:
            x = self.addr4_int(key, r) & ~0xFF
            if (x >> 8) not in self.reserved24:
                break
        self.reserved24.add(x >> 8)
        if host_bits < 8:
            x = x + (int(r.random() * (256 >> host_bits)) << host_bits)
        n = ipaddress.ip_network("%s/%d" % (ipaddress.IPv4Address(x), 32 - host_bits))
        self.rows.append(Row(n, asn or casn, org or corg, cc or ccc, kind, listed))
        return int(n.network_address), n.num_addresses

    def carve64(self, key, r, kind, org=None, asn=None, cc=None, plen=48):
        casn, corg, ckind, ccc, _, _, _ = CATALOGUE[key]
        base, bplen = self.v6[key][0]
        x = base + (int(r.random() * (1 << (plen - bplen))) << (128 - plen))
        n = ipaddress.ip_network("%s/%d" % (ipaddress.IPv6Address(x), plen))
        self.rows.append(Row(n, asn or casn, org or corg, cc or ccc, kind, True))
        return x

    def kind_of(self, key):
        return CATALOGUE[key][2]


def ip4(x):
    return str(ipaddress.IPv4Address(x))
