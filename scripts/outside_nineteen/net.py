"""Network world: operators, prefixes, address choice and the ip_ranges.csv feed.

ASNs and operator names are real where a real operator is meant; prefixes are plausible but not an authoritative
registry. Fictional companies get fictional ASNs. Some operators are deliberately missing from the feed.
"""
import ipaddress

# key | asn | as_org | country | kind | prefixes | listed in feed (1/0)
_TABLE = """
comcast|7922|Comcast Cable Communications, LLC|US|isp|73.0.0.0/11 98.192.0.0/11 2601::/20|1
charter|20115|Charter Communications Inc|US|isp|66.168.0.0/14 174.96.0.0/12 2600:6c00::/24|1
att|7018|AT&T Services, Inc.|US|isp|99.0.0.0/11 107.192.0.0/11 2600:1700::/28|1
verizon|701|Verizon Business|US|isp|71.160.0.0/11 108.0.0.0/12 2600:4040::/26|1
cox|22773|Cox Communications Inc.|US|isp|68.96.0.0/12|1
frontier|5650|Frontier Communications of America, Inc.|US|isp|47.144.0.0/13|0
rogers|812|Rogers Communications Canada Inc.|CA|isp|99.224.0.0/11 2607:fea8::/32|1
bell|577|Bell Canada|CA|isp|70.48.0.0/13|1
bt|2856|British Telecommunications PLC|GB|isp|86.128.0.0/10 2a00:23c0::/26|1
virgin|5089|Virgin Media Limited|GB|isp|81.96.0.0/12 2a02:c7c::/30|1
sky|5607|Sky UK Limited|GB|isp|90.192.0.0/11|1
eir|5466|Eircom Limited|IE|isp|86.40.0.0/13|1
telekom|3320|Deutsche Telekom AG|DE|isp|79.192.0.0/10 2003::/19|1
vodafone_de|3209|Vodafone GmbH|DE|isp|94.134.0.0/15 2a02:8100::/27|1
orange_fr|3215|Orange S.A.|FR|isp|90.0.0.0/10 2a01:cb00::/24|1
free|12322|Free SAS|FR|isp|82.64.0.0/14 2a01:e00::/26|1
kpn|1136|KPN B.V.|NL|isp|77.160.0.0/12|1
ziggo|33915|Vodafone Libertel B.V.|NL|isp|84.24.0.0/13|1
telefonica_es|3352|Telefonica de Espana S.A.U.|ES|isp|83.32.0.0/11|1
tim|3269|Telecom Italia S.p.A.|IT|isp|79.0.0.0/12|1
meo|3243|MEO - Servicos de Comunicacoes e Multimedia S.A.|PT|isp|85.240.0.0/13|1
orange_pl|5617|Orange Polska Spolka Akcyjna|PL|isp|83.0.0.0/13|1
telia_se|3301|Telia Company AB|SE|isp|78.64.0.0/12|1
a1|8447|A1 Telekom Austria AG|AT|isp|80.108.0.0/14|1
proximus|5432|Proximus NV|BE|isp|81.240.0.0/12|1
swisscom|3303|Swisscom (Schweiz) AG|CH|isp|178.192.0.0/12|1
jio_fiber|55836|Reliance Jio Infocomm Limited|IN|isp|49.36.0.0/14 2405:200::/29|1
airtel|24560|Bharti Airtel Ltd.|IN|isp|122.160.0.0/12|1
act|24309|Atria Convergence Technologies Ltd.|IN|isp|106.51.0.0/16|1
ptcl|17557|Pakistan Telecommunication Company Limited|PK|isp|39.32.0.0/11|1
ntt_ocn|4713|NTT Communications Corporation|JP|isp|153.128.0.0/10 2400:4050::/30|1
softbank|17676|SoftBank Corp.|JP|isp|126.0.0.0/10 240b:10::/28|1
kt|4766|Korea Telecom|KR|isp|175.192.0.0/10 2001:e60::/27|1
skb|9318|SK Broadband Co Ltd|KR|isp|1.224.0.0/11|1
singnet|3758|SingNet Pte Ltd|SG|isp|116.86.0.0/15|1
telkom_id|7713|PT Telekomunikasi Indonesia|ID|isp|36.64.0.0/11|1
pldt|9299|Philippine Long Distance Telephone Company|PH|isp|112.198.0.0/15|1
viettel|7552|Viettel Group|VN|isp|27.64.0.0/12|0
telstra|1221|Telstra Limited|AU|isp|101.160.0.0/11 2001:8003::/32|1
tpg|7545|TPG Telecom Limited|AU|isp|110.140.0.0/14|1
spark|4771|Spark New Zealand Trading Ltd.|NZ|isp|122.56.0.0/14|1
claro_br|28573|Claro NXT Telecomunicacoes Ltda|BR|isp|179.96.0.0/12 2804:14c::/31|1
vivo|26599|Telefonica Brasil S.A.|BR|isp|187.0.0.0/11|1
telmex|8151|Uninet S.A. de C.V.|MX|isp|187.128.0.0/10|1
telecom_ar|7303|Telecom Argentina S.A.|AR|isp|181.0.0.0/12|1
mtn_ng|29465|MTN NIGERIA Communication limited|NG|mobile|102.88.0.0/13|1
vodacom_za|36994|Vodacom|ZA|isp|41.112.0.0/12|1
safaricom|33771|Safaricom Limited|KE|mobile|105.160.0.0/12|1
tedata|8452|TE Data|EG|isp|41.32.0.0/12|1
turktelekom|9121|Turk Telekomunikasyon Anonim Sirketi|TR|isp|78.160.0.0/11|1
kyivstar|15895|Kyivstar PJSC|UA|isp|93.72.0.0/13|1
etisalat|5384|Emirates Telecommunications Group Company (etisalat Group) PJSC|AE|isp|94.200.0.0/13|1
bezeq|8551|Bezeq International Ltd.|IL|isp|79.176.0.0/13|1
hkbn|9269|Hong Kong Broadband Network Ltd.|HK|isp|183.178.0.0/15|1
chinatelecom|4134|CHINANET-BACKBONE|CN|isp|116.224.0.0/12|1
chinaunicom|4837|CHINA UNICOM China169 Backbone|CN|isp|123.112.0.0/12|1
rostelecom|12389|PJSC Rostelecom|RU|isp|95.24.0.0/13|1
tmobile_us|21928|T-Mobile USA, Inc.|US|mobile|172.56.0.0/14 2607:fb90::/32|1
verizon_wl|6167|Verizon Wireless|US|mobile|174.192.0.0/10 2600:1000::/28|1
att_mob|20057|AT&T Mobility LLC|US|mobile|166.128.0.0/11|1
ee|12576|EE Limited|GB|mobile|31.94.0.0/16|1
telekom_mob|3320|Deutsche Telekom AG|DE|mobile|80.187.0.0/16|1
orange_mob|3215|Orange S.A.|FR|mobile|92.184.0.0/15|1
jio_mob|55836|Reliance Jio Infocomm Limited|IN|mobile|49.32.0.0/14 2409:4000::/22|1
airtel_mob|45609|Bharti Airtel Ltd. AS for GPRS Service|IN|mobile|106.192.0.0/11|1
docomo|9605|NTT DOCOMO, INC.|JP|mobile|1.66.0.0/15|1
telstra_mob|1221|Telstra Limited|AU|mobile|1.128.0.0/11|1
tim_br|26615|TIM S/A|BR|mobile|177.32.0.0/12|1
telcel|28403|Radiomovil Dipsa, S.A. de C.V.|MX|mobile|189.144.0.0/12|1
smart_ph|10139|Smart Broadband, Inc.|PH|mobile|110.54.128.0/17|1
rogers_mob|812|Rogers Communications Canada Inc.|CA|mobile|72.136.0.0/14|1
aws_use1|16509|Amazon.com, Inc.|US|hosting|3.80.0.0/12 54.144.0.0/12|1
aws_usw2|16509|Amazon.com, Inc.|US|hosting|35.80.0.0/13|1
aws_ie|16509|Amazon.com, Inc.|IE|hosting|34.240.0.0/13|1
aws_de|16509|Amazon.com, Inc.|DE|hosting|3.120.0.0/14|1
aws_jp|16509|Amazon.com, Inc.|JP|hosting|13.112.0.0/14|1
aws_sg|16509|Amazon.com, Inc.|SG|hosting|13.228.0.0/15|1
aws_au|16509|Amazon.com, Inc.|AU|hosting|13.236.0.0/14|1
aws_in|16509|Amazon.com, Inc.|IN|hosting|13.232.0.0/14|1
aws_ca|16509|Amazon.com, Inc.|CA|hosting|3.96.0.0/14|1
aws_br|16509|Amazon.com, Inc.|BR|hosting|18.228.0.0/16|1
gcp_us|396982|Google LLC|US|hosting|34.16.0.0/12|1
gcp_eu|396982|Google LLC|BE|hosting|34.76.0.0/14|1
gcp_jp|396982|Google LLC|JP|hosting|34.84.0.0/16|1
azure_us|8075|Microsoft Corporation|US|hosting|20.36.0.0/14|1
azure_nl|8075|Microsoft Corporation|NL|hosting|20.50.0.0/16|1
do_us|14061|DigitalOcean, LLC|US|hosting|167.99.0.0/16 64.225.0.0/17|1
do_nl|14061|DigitalOcean, LLC|NL|hosting|188.166.0.0/16|1
do_gb|14061|DigitalOcean, LLC|GB|hosting|178.62.0.0/16|1
do_sg|14061|DigitalOcean, LLC|SG|hosting|128.199.0.0/16|1
do_in|14061|DigitalOcean, LLC|IN|hosting|139.59.0.0/16|1
hetzner_de|24940|Hetzner Online GmbH|DE|hosting|88.198.0.0/16 5.9.0.0/16 116.202.0.0/16|1
hetzner_fi|24940|Hetzner Online GmbH|FI|hosting|65.21.0.0/16 135.181.0.0/16|1
ovh_fr|16276|OVH SAS|FR|hosting|51.38.0.0/16 54.36.0.0/16|1
ovh_ca|16276|OVH SAS|CA|hosting|51.222.0.0/16 144.217.0.0/16|1
ovh_pl|16276|OVH SAS|PL|hosting|146.59.0.0/16|1
linode_us|63949|Akamai Connected Cloud|US|hosting|45.33.0.0/17 172.104.0.0/15|1
linode_jp|63949|Akamai Connected Cloud|JP|hosting|139.162.0.0/16|1
vultr_us|20473|The Constant Company, LLC|US|hosting|45.32.0.0/16|1
vultr_jp|20473|The Constant Company, LLC|JP|hosting|45.76.96.0/19|1
vultr_sg|20473|The Constant Company, LLC|SG|hosting|139.180.128.0/18|1
contabo|51167|Contabo GmbH|DE|hosting|173.212.192.0/18 161.97.64.0/18|1
alibaba_sg|45102|Alibaba (US) Technology Co., Ltd.|SG|hosting|47.74.128.0/17|1
alibaba_hk|45102|Alibaba (US) Technology Co., Ltd.|HK|hosting|47.242.0.0/15|1
tencent_sg|132203|Tencent Building, Kejizhongyi Avenue|SG|hosting|43.134.0.0/16|1
tencent_hk|132203|Tencent Building, Kejizhongyi Avenue|HK|hosting|43.129.0.0/16|0
oracle_us|31898|Oracle Corporation|US|hosting|129.146.0.0/16|1
oracle_jp|31898|Oracle Corporation|JP|hosting|140.238.32.0/19|1
scaleway|12876|SCALEWAY S.A.S.|FR|hosting|51.15.0.0/16|1
leaseweb|60781|LeaseWeb Netherlands B.V.|NL|hosting|212.32.224.0/19|1
sakura|9370|SAKURA Internet Inc.|JP|hosting|153.120.0.0/14|1
zscaler_us|53813|ZSCALER, INC.|US|vpn|165.225.0.0/19|1
zscaler_eu|53813|ZSCALER, INC.|DE|vpn|165.225.64.0/20|1
zscaler_pl|53813|ZSCALER, INC.|PL|vpn|165.225.80.0/21|1
zscaler_in|53813|ZSCALER, INC.|IN|vpn|165.225.104.0/21|1
zscaler_gb|53813|ZSCALER, INC.|GB|vpn|165.225.88.0/21|1
tor_exit|208294|Stiftung Erneuerbare Freiheit|DE|tor|185.220.100.0/22|1
tor_exit2|4224|The Calyx Institute|US|tor|162.247.72.0/22|1
mit|3|Massachusetts Institute of Technology|US|education|18.25.0.0/16|1
stanford|32|Stanford University|US|education|171.64.0.0/14|1
berkeley|25|University of California at Berkeley|US|education|128.32.0.0/16|1
umich|36375|University of Michigan|US|education|141.211.0.0/16|1
utoronto|239|University of Toronto|CA|education|128.100.0.0/16|1
oxford|786|Jisc Services Limited|GB|education|163.1.0.0/16|1
leeds|786|Jisc Services Limited|GB|education|129.11.0.0/16|1
manchester|786|Jisc Services Limited|GB|education|130.88.0.0/16|1
eth|559|SWITCH|CH|education|129.132.0.0/16|1
tum|680|Verein zur Foerderung eines Deutschen Forschungsnetzes e.V.|DE|education|129.187.0.0/16|1
utokyo|2907|Research Organization of Information and Systems, National Institute of Informatics|JP|education|133.11.0.0/16|1
snu|17579|KREONET|KR|education|147.46.0.0/16|1
nkn|55824|National Knowledge Network|IN|education|14.139.0.0/16|1
usp|28571|UNIVERSIDADE DE SAO PAULO|BR|education|143.107.0.0/16|1
aarnet|7575|Australian Academic and Research Network|AU|education|128.250.0.0/16|1
nus|7472|National University of Singapore|SG|education|137.132.0.0/16|1
pionier|8501|Naukowa i Akademicka Siec Komputerowa|PL|education|193.0.64.0/19|1
cernet|4538|China Education and Research Network Center|CN|education|166.111.0.0/16|1
"""

# consumer VPN exits (per-country slices of a provider block), Private-Relay style egress
_SLICED = [
    # key, asn, org, kind, base, slice prefix length, countries, listed
    ("vpn_m247", 9009, "M247 Europe SRL", "vpn", "146.70.0.0/16", 20,
     ["US", "GB", "DE", "NL", "CA", "AU", "JP", "FR", "SG", "PL", "SE", "ES", "IT", "CH", "IE", "BR"], 1),
    ("vpn_datacamp", 60068, "Datacamp Limited", "vpn", "89.187.160.0/19", 22, ["US", "GB", "DE", "NL", "CA", "AU", "JP", "FR"], 1),
    ("vpn_proton", 209103, "Proton AG", "vpn", "149.88.96.0/19", 22, ["CH", "US", "DE", "GB", "NL", "SE", "FR", "JP"], 1),
    ("vpn_misc", 212238, "Datacamp Limited", "vpn", "37.19.192.0/19", 22, ["US", "GB", "DE", "CA", "AU", "IT", "ES", "FR"], 0),
    ("relay_akamai", 36183, "Akamai Technologies, Inc.", "vpn", "172.224.0.0/13", 16, ["US", "US", "GB", "DE", "FR", "JP", "CA", "AU"], 1),
    ("relay_cf", 13335, "Cloudflare, Inc.", "hosting", "104.28.0.0/16", 19, ["US", "US", "GB", "DE", "FR", "JP", "CA", "AU"], 1),
    ("relay_fastly", 54113, "Fastly, Inc.", "hosting", "146.75.0.0/17", 20, ["US", "US", "GB", "DE", "FR", "JP", "CA", "AU"], 0),
]

ISP_BY_COUNTRY = {}
MOBILE_BY_COUNTRY = {}
for _ln in _TABLE.strip().split("\n"):
    _k, _asn, _org, _cc, _kind, _pfx, _lst = _ln.split("|")
    if _kind == "isp":
        ISP_BY_COUNTRY.setdefault(_cc, []).append(_k)
    elif _kind == "mobile":
        MOBILE_BY_COUNTRY.setdefault(_cc, []).append(_k)
# mobile-first markets where the "ISP" is the mobile carrier
for _cc, _k in (("NG", "mtn_ng"), ("KE", "safaricom")):
    ISP_BY_COUNTRY.setdefault(_cc, []).append(_k)

CLOUD_NEAR = {
    "US": ["aws_use1", "aws_use1", "aws_usw2", "gcp_us", "azure_us", "do_us", "linode_us", "vultr_us", "oracle_us"],
    "CA": ["aws_ca", "ovh_ca", "aws_use1", "do_us"],
    "GB": ["do_gb", "aws_ie", "azure_nl", "hetzner_de"],
    "IE": ["aws_ie", "aws_ie", "azure_nl"],
    "DE": ["hetzner_de", "aws_de", "contabo", "gcp_eu"],
    "FR": ["ovh_fr", "scaleway", "aws_de", "gcp_eu"],
    "NL": ["do_nl", "leaseweb", "azure_nl", "aws_ie"],
    "PL": ["ovh_pl", "hetzner_de", "aws_de"],
    "IN": ["aws_in", "do_in", "aws_in"],
    "JP": ["aws_jp", "gcp_jp", "sakura", "linode_jp", "vultr_jp"],
    "SG": ["aws_sg", "do_sg", "alibaba_sg", "vultr_sg"],
    "AU": ["aws_au", "aws_au", "vultr_sg"],
    "BR": ["aws_br", "aws_use1"],
}


def _ip_int(s):
    return int(ipaddress.ip_address(s))


class Op:
    __slots__ = ("key", "asn", "org", "cc", "kind", "v4", "v6", "listed")

    def __init__(self, key, asn, org, cc, kind, v4, v6, listed):
        self.key, self.asn, self.org, self.cc, self.kind = key, asn, org, cc, kind
        self.v4, self.v6, self.listed = v4, v6, listed


class Net:
    def __init__(self, rng):
        self.ops = {}
        self.rows = []          # (cidr, asn, org, cc, kind)
        for ln in _TABLE.strip().split("\n"):
            k, asn, org, cc, kind, pfx, lst = ln.split("|")
            v4, v6 = [], []
            for p in pfx.split():
                n = ipaddress.ip_network(p)
                (v6 if n.version == 6 else v4).append((int(n.network_address), n.num_addresses))
                if lst == "1":
                    self.rows.append((p, int(asn), org, cc, kind))
            self.ops[k] = Op(k, int(asn), org, cc, kind, v4, v6, lst == "1")
        self.slices = {}        # key -> {country: [Op-like slice keys]}
        for key, asn, org, kind, base, plen, ccs, lst in _SLICED:
            subs = list(ipaddress.ip_network(base).subnets(new_prefix=plen))
            self.slices[key] = {}
            for i, cc in enumerate(ccs):
                if i >= len(subs):
                    break
                sk = "%s_%d" % (key, i)
                n = subs[i]
                self.ops[sk] = Op(sk, asn, org, cc, kind, [(int(n.network_address), n.num_addresses)], [], lst == 1)
                self.slices[key].setdefault(cc, []).append(sk)
                if lst:
                    self.rows.append((str(n), asn, org, cc, kind))
        # residential-proxy carve-outs: /24s inside consumer ISPs. The feed knows about some of them.
        self.proxy_pool = {}    # country -> list of (base int of /24, listed)
        for cc in sorted(ISP_BY_COUNTRY):
            isps = [k for k in ISP_BY_COUNTRY[cc] if self.ops[k].kind == "isp"]
            if not isps or cc in ("CN",):
                continue
            n = 60 if cc in ("US",) else 24 if cc in ("GB", "DE", "CA", "AU", "FR", "JP", "BR", "IN", "NL") else 8
            pool = []
            for _ in range(n):
                op = self.ops[rng.choice(isps)]
                base, size = rng.choice(op.v4)
                b24 = base + (rng.randrange(size >> 8) << 8)
                listed = rng.random() < 0.18
                pool.append((b24, listed, op.key))
                if listed:
                    self.rows.append(("%s/24" % ipaddress.IPv4Address(b24), op.asn, op.org, cc, "residential_proxy"))
            self.proxy_pool[cc] = pool
        self.enterprise_blocks = {}

    # ----- addresses
    def v4(self, rng, key):
        base, size = rng.choice(self.ops[key].v4)
        return str(ipaddress.IPv4Address(base + rng.randrange(1, size - 1)))

    def block24(self, rng, key):
        base, size = rng.choice(self.ops[key].v4)
        return base + (rng.randrange(size >> 8) << 8)

    @staticmethod
    def in24(rng, b24, lo=2, hi=254):
        return str(ipaddress.IPv4Address(b24 + rng.randint(lo, hi)))

    def v6_64(self, rng, key):
        op = self.ops[key]
        if not op.v6:
            return None
        base, size = rng.choice(op.v6)
        # a /64 inside the prefix
        nsub = size >> 64
        return base + (rng.randrange(max(1, nsub)) << 64)

    @staticmethod
    def in64(rng, p64):
        return str(ipaddress.IPv6Address(p64 + rng.getrandbits(64)))

    def vpn_exit(self, rng, provider, cc):
        sl = self.slices[provider]
        keys = sl.get(cc) or sl.get("US")
        return self.v4(rng, rng.choice(keys))

    def vpn_exit_key(self, rng, provider, cc):
        sl = self.slices[provider]
        return rng.choice(sl.get(cc) or sl.get("US"))

    def proxy_exit(self, rng, cc):
        pool = self.proxy_pool.get(cc) or self.proxy_pool["US"]
        b24, _, _ = rng.choice(pool)
        return self.in24(rng, b24)

    def enterprise(self, rng, name, cc, own_asn=None, size=28, isp=None):
        """A corporate egress block: the company's own AS (own_asn) or a block carved from a business ISP."""
        if own_asn:
            # a /24 out of a fictional-company allocation in 198.18.0.0/15-like space is too obviously test space;
            # use blocks carved from otherwise unused real-looking space per company
            b = self._corp_space(rng)
            cidr = "%s/24" % ipaddress.IPv4Address(b)
            self.rows.append((cidr, own_asn, name, cc, "enterprise"))
            return b, 24
        isp = isp or rng.choice(ISP_BY_COUNTRY.get(cc) or ISP_BY_COUNTRY["US"])
        b24 = self.block24(rng, isp)
        off = rng.randrange(0, 256 >> (32 - size)) << (32 - size) if size > 24 else 0
        base = b24 + off
        cidr = "%s/%d" % (ipaddress.IPv4Address(base), size)
        self.rows.append((cidr, self.ops[isp].asn, name, cc, "enterprise"))
        return base, size

    _BAD16 = {(192 << 8) | 168, (198 << 8) | 18, (198 << 8) | 19, (192 << 8) | 0}
    _BAD24 = {(198 << 16) | (51 << 8) | 100, (203 << 16) | 113}

    def _corp_space(self, rng):
        # "swamp" space handed to companies in the 1990s: 192.x / 193.x / 204.x ... blocks
        firsts = [192, 193, 194, 198, 199, 204, 205, 206, 207, 208, 209, 216]
        used = self.__dict__.setdefault("_corp_used", set())
        while True:
            b = (rng.choice(firsts) << 24) + (rng.randrange(1, 255) << 16) + (rng.randrange(0, 256) << 8)
            if (b >> 16) in self._BAD16 or (b >> 8) in self._BAD24 or (b >> 16) in used or self._overlaps(b):
                continue
            used.add(b >> 16)
            return b

    def _overlaps(self, b):
        for op in self.ops.values():
            for base, size in op.v4:
                if base <= b < base + size:
                    return True
        return False

    def feed_rows(self):
        return self.rows
