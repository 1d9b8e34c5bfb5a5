"""The shared network: consumer ISPs, mobile carriers, clouds, VPNs, universities,
plus residential-proxy pools that ride on top of consumer ISP space."""

import world as W

HOSTING_REGIONS = ["US", "US", "US", "DE", "NL", "GB", "SG", "JP", "IN", "BR", "AU", "IE", "FR", "CA"]
VPN_COUNTRIES = ["US", "NL", "GB", "SG", "DE", "JP", "SE", "CH", "CA", "HK"]


class World:
    def __init__(self, ctx):
        r = ctx.rng("networld")
        net = ctx.net
        self.net = net
        self.isp = {}        # country -> [Block] (listed and unlisted)
        self.mobile = {}     # country -> (Block, [cgnat ips])
        self.edu = {}        # country -> Block
        for c in W.BENIGN_COUNTRIES + ["CN", "RU", "IR"]:
            blocks = []
            for i in range(2 if W.COUNTRIES.get(c, (0, 0, 3))[2] < 5 else 3):
                blocks += net.provider(c, "isp", n16=r.choice([1, 2, 2, 3]), v6=(r.random() < 0.5))
            # one small regional ISP that no intelligence feed lists
            blocks += net.provider(c, "isp", n16=1, listed=False)
            self.isp[c] = blocks
            mb = net.provider(c, "mobile", n16=1, v6=(r.random() < 0.6))[0]
            cg = ["%d.%d.%d.%d" % (mb.a, mb.b, r.randrange(256), r.randrange(1, 255)) for _ in range(48)]
            self.mobile[c] = (mb, cg)
            if c in W.COUNTRIES:
                self.edu[c] = net.provider(c, "education", n16=1)[0]
        # big clouds: one ASN, many regions
        self.clouds = []
        for i in range(7):
            org = net.org_name("hosting")
            asn = net._asn()
            regions = {}
            for reg in r.sample(HOSTING_REGIONS, r.randrange(4, 9)):
                if reg not in regions:
                    regions[reg] = net.provider(reg, "hosting", n16=1, org=org, asn=asn)[0]
            self.clouds.append(regions)
        # commercial VPNs
        self.vpns = []
        for i in range(5):
            org = net.org_name("vpn")
            asn = net._asn()
            regions = {}
            for reg in r.sample(VPN_COUNTRIES, r.randrange(3, 7)):
                regions[reg] = net.provider(reg, "vpn", n16=1, org=org, asn=asn)[0]
            self.vpns.append(regions)
        # a handful of tor exits
        hb = net.provider("DE", "hosting", n16=1, listed=False)[0]
        self.tor = []
        for i in range(24):
            ip = hb.ip(r)
            self.tor.append(ip)
            net.list_prefix(ip + "/32", hb.asn, "Tor exit", r.choice(["DE", "NL", "US", "FR", "SE"]), "tor")

    # ------------------------------------------------------------ helpers

    def isp_ip(self, r, country, listed_only=False):
        blocks = self.isp[country]
        if listed_only:
            blocks = blocks[:-1]
        else:
            blocks = blocks if r.random() < 0.12 else blocks[:-1]
        return r.choice(blocks).ip(r)

    def cloud_block(self, r, country=None):
        for _ in range(40):
            cl = r.choice(self.clouds)
            if country is None:
                return cl[r.choice(list(cl.keys()))]
            if country in cl:
                return cl[country]
        cl = self.clouds[0]
        return cl[list(cl.keys())[0]]

    def vpn_ip(self, r, country=None):
        v = r.choice(self.vpns)
        keys = list(v.keys())
        c = country if country in v else r.choice(keys)
        return v[c].ip(r)


class ProxyPool:
    """A commercial residential-proxy service: exits are real consumer ISP addresses.
    An intel vendor has tagged some of the /24s as residential_proxy (more specific
    than the ISP's /16, so it wins)."""

    def __init__(self, ctx, world, r, countries, n_exits, flagged_share, mobile_share=0.1):
        self.exits = []
        flagged = {}
        for i in range(n_exits):
            c = r.choice(countries)
            if r.random() < mobile_share:
                mb, cg = world.mobile[c]
                ip = r.choice(cg)
                self.exits.append(ip)
                continue
            blk = r.choice(world.isp[c][:-1])
            third = r.randrange(256)
            ip = blk.ip_in24(third, r)
            self.exits.append(ip)
            # intel feeds mostly list single exit addresses, now and then a whole /24
            if ip not in flagged and r.random() < flagged_share:
                flagged[ip] = 1
                if r.random() < 0.08:
                    world.net.list24(blk, third, kind="residential_proxy")
                else:
                    world.net.list_prefix(ip + "/32", blk.asn, blk.org, blk.country, "residential_proxy")

    def ip(self, r):
        return r.choice(self.exits)
