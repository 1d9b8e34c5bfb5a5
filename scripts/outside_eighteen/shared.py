"""Infrastructure shared between groups: the Quire app's cloud runners, residential-proxy exits."""
from common import DAY, T0, pick, wpick
from net import COUNTRY_NETS
from world import Fixed


class QuireInfra:
    """Quire (a bring-your-own-key writing app) runs scheduled 'background agents' for its users from a pool of
    cloud instances; half the pool is replaced at a deploy on day 7."""

    def __init__(self, w):
        r = w.rng("quire-infra")
        self.us_a = [w.net.addr4("aws_use1", r) for _ in range(18)]
        self.us_b = [w.net.addr4("aws_use1", r) for _ in range(18)]
        self.eu = [w.net.addr4("aws_euc1", r) for _ in range(10)]
        self.deploy = T0 + 7 * DAY + 3 * 3600 * 1000

    def ip(self, ts, r, eu=False):
        if eu:
            return pick(r, self.eu)
        pool = self.us_a if ts < self.deploy else (self.us_b if r.random() < 0.5 else self.us_a)
        return pick(r, pool)


def quire(w):
    if not hasattr(w, "_quire"):
        w._quire = QuireInfra(w)
    return w._quire


PROXY_CCS = ["US", "GB", "DE", "BR", "IN", "CA", "FR", "AU", "ID", "VN", "PH", "MX", "TR", "JP", "IT", "ES"]


class ProxyExits:
    """Residential-proxy exits: mostly ordinary ISP addresses; an intel feed marks some /24s as proxy exits."""

    def __init__(self, w):
        r = w.rng("proxy-exits")
        self.w = w
        self.listed = []
        for cc in PROXY_CCS:
            isps = COUNTRY_NETS[cc][0]
            for _ in range(4):
                base, size = w.net.carve24(pick(r, isps), r, "residential_proxy")
                self.listed.append(base)

    def ip(self, r, cc, listed_share=0.12, mobile_share=0.15):
        if r.random() < listed_share:
            return self.w.ipstr(pick(r, self.listed) + 1 + int(r.random() * 253))
        isps, wts, mob = COUNTRY_NETS.get(cc, COUNTRY_NETS["US"])
        if r.random() < mobile_share:
            return self.w.net.addr4(mob[0], r)
        return self.w.net.addr4(wpick(r, isps, wts), r)


def proxies(w):
    if not hasattr(w, "_proxies"):
        w._proxies = ProxyExits(w)
    return w._proxies
