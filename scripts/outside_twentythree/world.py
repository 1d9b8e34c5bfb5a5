"""The shared world: networks, countries, consumer connectivity, the event sink."""

import json

from common import (T0, T1, DAY, HOUR, MIN, Network, Range, addr_in, addr_v6_host, iso, mkrng,
                    req_id, browser_at, BROWSER_KINDS, BROWSER_WEIGHTS, app_client)

# country: (tz choices, consumer weight, language)
COUNTRIES = {
    "US": ([-5, -5, -6, -6, -7, -8, -8], 26, "en"),
    "GB": ([0], 8, "en"),
    "DE": ([1], 6, "de"),
    "FR": ([1], 4, "fr"),
    "ES": ([1], 3, "es"),
    "IT": ([1], 2, "it"),
    "NL": ([1], 2, "en"),
    "PL": ([1], 2, "en"),
    "SE": ([1], 1, "en"),
    "IN": ([5.5], 9, "en"),
    "BR": ([-3], 5, "pt"),
    "MX": ([-6], 3, "es"),
    "CA": ([-5, -8], 4, "en"),
    "AU": ([10, 11], 3, "en"),
    "JP": ([9], 4, "ja"),
    "KR": ([9], 2, "en"),
    "TW": ([8], 2, "zh"),
    "HK": ([8], 1, "zh"),
    "SG": ([8], 1, "en"),
    "MY": ([8], 1, "en"),
    "ID": ([7], 2, "en"),
    "PH": ([8], 2, "en"),
    "VN": ([7], 1, "en"),
    "NG": ([1], 2, "en"),
    "TR": ([3], 1, "en"),
}
COUNTRY_LIST = list(COUNTRIES.keys())
COUNTRY_W = [COUNTRIES[c][1] for c in COUNTRY_LIST]

_ISP_NAMES = {
    "US": ["Cascadia Broadband", "Lakeshore Cable", "Meridian Fiber", "Prairie Wave Internet"],
    "GB": ["Albion Broadband", "Thameslink Fibre"],
    "DE": ["Rheinnetz", "Spreewelle Kabel"],
    "FR": ["Hexanet Fibre"], "ES": ["Iberfibra"], "IT": ["Tirreno Net"], "NL": ["Polderlink"],
    "PL": ["Wislanet"], "SE": ["Norrsken Bredband"],
    "IN": ["Deccan Broadband", "Gangetic Telecom"], "BR": ["Planalto Telecom"],
    "MX": ["Sierra Madre Cable"], "CA": ["Maple Fibre"], "AU": ["Southern Cross Broadband"],
    "JP": ["Sakura Hikari"], "KR": ["Hanbit Telecom"], "TW": ["Formosa Fiber"],
    "HK": ["Harbour Broadband"], "SG": ["Merlion Fibre"], "MY": ["Selat Broadband"],
    "ID": ["Nusantara Net"], "PH": ["Kapuluan Telecom"], "VN": ["Mekong Net"],
    "NG": ["Niger Delta Broadband"], "TR": ["Bosphorus Net"],
}
_MOBILE_NAMES = {
    "US": ["Vantage Wireless", "Northstar Mobile"], "GB": ["Corvid Mobile UK"],
    "DE": ["Funkwerk Mobil"], "IN": ["Jyoti Mobile"], "BR": ["Sabia Movel"],
    "JP": ["Kaze Mobile"], "ID": ["Garuda Seluler"], "PH": ["Alon Mobile"], "MX": ["Colibri Movil"],
    "HK": ["Victoria Mobile HK"], "FR": ["Mistral Mobile"], "NG": ["Savanna Mobile"],
}
_UNLISTED = ["US", "US", "DE", "IN", "BR", "GB", "ID", "TR", "PL"]


class World:
    def __init__(self, scale):
        rng = mkrng("network")
        self.rng = rng
        self.scale = scale
        net = Network(rng)
        self.net = net
        self.isp = {}       # country -> [Range]
        self.isp6 = {}
        self.mobile = {}
        self.cgnat = {}     # id(range) -> list of public addresses
        mult = 3 if scale == "medium" else 1
        for c in COUNTRY_LIST:
            rs, r6 = [], []
            for i, name in enumerate(_ISP_NAMES[c]):
                big = COUNTRIES[c][1] >= 5
                got = net.add("isp:%s:%d" % (c, i), name, c, "isp", 16, v6=(big or rng.random() < 0.3),
                              count=2 if big else 1)
                rs += [r for r in got if r.net.version == 4]
                r6 += [r for r in got if r.net.version == 6]
            self.isp[c] = rs
            self.isp6[c] = r6
            ms_ = []
            for i, name in enumerate(_MOBILE_NAMES.get(c, [])):
                got = net.add("mob:%s:%d" % (c, i), name, c, "mobile", 16, v6=True)
                for r in got:
                    ms_.append(r)
                    if r.net.version == 4:
                        self.cgnat[r.cidr] = [addr_in(rng, r) for _ in range(48 * mult)]
            self.mobile[c] = ms_
        self.unlisted = {}
        for i, c in enumerate(_UNLISTED):
            r = net.add("unl:%d" % i, "Regional ISP %d" % i, c, "isp", 18, listed=False)[0]
            self.unlisted.setdefault(c, []).append(r)
        # restricted-country networks
        self.cn_isp = net.add("cn:isp", "Huaxia Telecom", "CN", "isp", 16, count=2)
        self.cn_mobile = net.add("cn:mob", "Jiangnan Mobile", "CN", "mobile", 16)
        self.ru_isp = net.add("ru:isp", "Volga Telecom", "RU", "isp", 16)
        self.ir_isp = net.add("ir:isp", "Parsnet", "IR", "isp", 16)
        # hosting providers: (provider, region, country)
        self.hosting = {}
        for prov, regions in [
            ("Stratus Cloud", [("us-east", "US"), ("us-west", "US"), ("eu-central", "DE"), ("eu-west", "GB"),
                               ("ap-southeast", "SG"), ("ap-northeast", "JP"), ("ap-east", "HK"), ("sa-east", "BR")]),
            ("Nimbus Compute", [("nyc", "US"), ("sfo", "US"), ("ams", "NL"), ("sgp", "SG"), ("blr", "IN"), ("fra", "DE")]),
            ("Ferrocloud VPS", [("ash", "US"), ("nbg", "DE"), ("hel", "FI"), ("hil", "US")]),
            ("Kite Hosting", [("hk1", "HK"), ("hk2", "HK")]),
            ("Pacific Edge Datacenter", [("sg1", "SG"), ("tyo1", "JP")]),
            ("Lumen Harbor Hosting", [("osa", "JP"), ("sel", "KR")]),
            ("Bluefjord Hosting", [("osl", "NO"), ("sto", "SE")]),
        ]:
            asn = net.asn()
            for reg, c in regions:
                rs = net.add("host:%s:%s" % (prov, reg), prov, c, "hosting", 16, v6=(prov == "Stratus Cloud"),
                             asn=asn)
                self.hosting[(prov, reg)] = rs
        self.hosting_keys = list(self.hosting.keys())
        # VPN providers
        self.vpn = {}
        for prov, cs in [("SwiftTunnel VPN", ["US", "GB", "NL", "SG", "JP", "HK", "DE"]),
                         ("Veilnet", ["US", "SG", "JP", "CH"]),
                         ("Bastion Privacy", ["CH", "US", "SE"])]:
            asn = net.asn()
            for c in cs:
                self.vpn[(prov, c)] = net.add("vpn:%s:%s" % (prov, c), prov, c, "vpn", 20, asn=asn, count=2)
        self.vpn_keys = list(self.vpn.keys())
        # residential proxy provider's own announced blocks
        self.resproxy = {}
        for c in ["US", "GB", "DE", "CA", "AU"]:
            self.resproxy[c] = net.add("rp:%s" % c, "GlobeHop Residential", c, "residential_proxy", 22)
        # blocks inside consumer ISPs that an intel feed has flagged as proxy exits
        self.flagged_exit = {}
        for c in ["US", "GB", "DE", "CA", "AU"]:
            rs = []
            for parent in self.isp[c][:2]:
                rs.append(net.sub(parent, 24, kind="residential_proxy", org=parent.org))
            self.flagged_exit[c] = rs
        # tor exits
        self.tor = []
        for i in range(10):
            r = net.add("tor:%d" % i, "Tor exit relay", ["DE", "NL", "US", "FR", "CH"][i % 5], "tor", 32)
            self.tor += r
        # education networks
        self.edu = {}
        for name, c in [("Northfield State University", "US"), ("University of Eastmoor", "GB"),
                        ("Technische Hochschule Altenburg", "DE"), ("Pacific Crest University", "US"),
                        ("Kansai Institute of Technology", "JP"), ("National Harbour University", "SG"),
                        ("Universidade do Planalto", "BR"), ("Indus Institute of Science", "IN"),
                        ("Lakehead College", "CA"), ("Universite de Valmont", "FR"),
                        ("Riverbend Community College", "US"), ("Southgate University", "AU")]:
            self.edu[name] = net.add("edu:" + name, name, c, "education", 16, v6=(c in ("US", "GB", "DE")))
        self.edu_names = list(self.edu.keys())
        self.edu_domain = {"Northfield State University": "northfield.edu", "University of Eastmoor": "eastmoor.ac.uk",
                           "Technische Hochschule Altenburg": "th-altenburg.de", "Pacific Crest University": "pcu.edu",
                           "Kansai Institute of Technology": "kit-kansai.ac.jp", "National Harbour University": "nhu.edu.sg",
                           "Universidade do Planalto": "uplanalto.br", "Indus Institute of Science": "iis-indus.ac.in",
                           "Lakehead College": "lakehead-college.ca", "Universite de Valmont": "univ-valmont.fr",
                           "Riverbend Community College": "riverbend.edu", "Southgate University": "southgate.edu.au"}
        self.enterprise = {}

    # ---- helpers -------------------------------------------------------
    def enterprise_range(self, org, country, size=26):
        if org not in self.enterprise:
            self.enterprise[org] = self.net.add("ent:" + org, org, country, "enterprise", size)
        return self.enterprise[org][0]

    def hosting_block(self, rng, prov_reg, size=24, listed=True):
        """A customer sub-block inside a hosting region (listed under the provider)."""
        parent = self.hosting[prov_reg][0]
        return self.net.sub(parent, size, listed=False) if not listed else self.net.sub(parent, size)

    def hosting_addr(self, rng, prov_reg):
        return addr_in(rng, self.hosting[prov_reg][0])

    def vpn_addr(self, rng, key):
        return addr_in(rng, rng.choice(self.vpn[key]))

    def mobile_addr(self, rng, country):
        ms_ = self.mobile.get(country)
        if not ms_:
            return None
        r = rng.choice(ms_)
        if r.net.version == 6:
            return addr_v6_host(rng, r)
        return rng.choice(self.cgnat[r.cidr])

    def isp_range(self, rng, country):
        if country in self.unlisted and rng.random() < 0.12:
            return rng.choice(self.unlisted[country])
        return rng.choice(self.isp[country])

    def write_csv(self, path):
        with open(path, "w", encoding="utf-8", newline="\n") as f:
            f.write("cidr,asn,as_org,country,kind\n")
            for r in self.net.ranges:
                if not r.listed:
                    continue
                asn = ("AS%d" % r.asn) if (r.asn % 7 == 0) else str(r.asn)
                org = r.org
                if "," in org:
                    org = '"%s"' % org
                f.write("%s,%s,%s,%s,%s\n" % (r.cidr, asn, org, r.country, r.kind))


class Home:
    """A consumer's connectivity: home broadband (address changes now and then),
    a phone on a mobile carrier (CGNAT, shared addresses), sometimes IPv6."""

    def __init__(self, world, rng, country, mobile_share=None):
        self.world = world
        self.country = country
        self.isp = world.isp_range(rng, country)
        self.v6 = world.isp6.get(country) if rng.random() < 0.25 else None
        self.home_ips = [addr_in(rng, self.isp)]
        self.change_days = sorted(rng.sample(range(1, 14), rng.choice([0, 0, 1, 1, 2])))
        for _ in self.change_days:
            self.home_ips.append(addr_in(rng, self.isp))
        if self.v6:
            r6 = rng.choice(self.v6)
            self.v6_ip = addr_v6_host(rng, r6)
        else:
            self.v6_ip = None
        has_mobile = bool(world.mobile.get(country))
        self.mobile_share = (mobile_share if mobile_share is not None else rng.choice([0, 0.1, 0.3, 0.6])) if has_mobile else 0
        self.vpn = None
        if rng.random() < 0.04:
            self.vpn = rng.choice(world.vpn_keys)

    def ip(self, rng, t, day):
        if self.vpn and rng.random() < 0.5:
            return self.world.vpn_addr(rng, self.vpn)
        if self.mobile_share and rng.random() < self.mobile_share:
            return self.world.mobile_addr(rng, self.country)
        if self.v6_ip and rng.random() < 0.6:
            return self.v6_ip
        i = 0
        for cd in self.change_days:
            if day >= cd:
                i += 1
        return self.home_ips[i]


class Device:
    """A consumer's browser / phone app; browsers auto-update."""

    def __init__(self, rng):
        self.kind = rng.choices(BROWSER_KINDS, weights=BROWSER_WEIGHTS)[0]
        self.lag = rng.randrange(0, 6 * DAY)
        self.app = None
        if rng.random() < 0.3:
            self.app = app_client(rng.choice(["ios", "android"]), rng.choice(["3.4.0", "3.4.1", "3.3.2"]))

    def client(self, rng, t, on_mobile=False):
        if self.app and (on_mobile or rng.random() < 0.3):
            return self.app
        return browser_at(self.kind, t, self.lag)


# --------------------------------------------------------------------------
# tokens

def toks(s):
    if not s:
        return 0
    cjk = sum(1 for ch in s if ord(ch) > 0x2E80)
    return max(1, int((len(s) - cjk) / 3.9 + cjk * 1.1))


# --------------------------------------------------------------------------
# events

_FIELD_ORDER_A = ["request_id", "ts", "account_id", "api_key_id", "ip", "user_agent", "client_fingerprint",
                  "model", "system", "prompt", "turns", "tools", "tool_calls", "has_image", "max_tokens",
                  "input_tokens", "output_tokens", "thinking_tokens", "stop_reason"]
_FIELD_ORDER_B = ["ts", "request_id", "account_id", "model", "ip", "api_key_id", "user_agent",
                  "client_fingerprint", "input_tokens", "output_tokens", "thinking_tokens", "stop_reason",
                  "max_tokens", "turns", "tools", "tool_calls", "has_image", "system", "prompt"]
_EDGE = ["edge-iad-3", "edge-sjc-1", "edge-fra-2", "edge-lhr-1", "edge-sin-1", "edge-nrt-2", "edge-gru-1"]


class Sink:
    """Collects one group instance's events as (ts_ms, request_id, json line).

    Exporter messiness is decided here with its own stream, independent of the group's
    behaviour and with the same probabilities for every group: timestamp forms, optional
    fields left out by some exporters, unknown extra fields."""

    def __init__(self, tag):
        self.tag = tag
        self.rng = mkrng("mess", tag)
        self.rid_rng = mkrng("rid", tag)
        self.rows = []
        self.acct_count = {}
        self.span = {}

    def emit(self, acct, t, ip, client, model, prompt, *, key=None, system=None, turns=1, tools=None,
             tool_calls=None, has_image=False, max_tokens=None, in_tok=None, out_tok=0, think=None,
             stop=None, ctx_tok=0):
        if t < T0 or t >= T1:
            return
        m = self.rng
        rid = req_id(self.rid_rng)
        if in_tok is None:
            in_tok = toks(prompt) + toks(system) + ctx_tok + (1500 if has_image else 0) + \
                (120 * len(tools) if tools else 0) + 8
        if max_tokens and out_tok > max_tokens:
            out_tok = max_tokens
            stop = "max_tokens"
        if stop is None:
            stop = "tool_use" if tool_calls else "end_turn"
        exporter = m.choices([0, 1, 2, 3], weights=[62, 20, 11, 7])[0]
        d = {"request_id": rid}
        # timestamp form
        if exporter == 1:
            d["ts"] = t
        elif exporter == 2:
            r = m.random()
            if r < 0.5:
                d["ts"] = iso(t, millis=False)
            else:
                d["ts"] = iso(t, millis=True, offset_min=m.choice([60, 120, -300, -420, 480, 330, 540]))
        elif exporter == 3:
            d["ts"] = iso(t)[:-1] + "+00:00"
        else:
            d["ts"] = iso(t)
        d["account_id"] = acct
        if key and not (exporter == 2 and m.random() < 0.5):
            d["api_key_id"] = key
        d["ip"] = ip
        if client is not None:
            if client.ua and not (exporter == 3 and m.random() < 0.3):
                d["user_agent"] = client.ua
            if client.fp and exporter != 1:
                d["client_fingerprint"] = client.fp
        d["model"] = model
        if system:
            d["system"] = system
        d["prompt"] = prompt
        if not (exporter == 1 and turns == 1 and m.random() < 0.5):
            d["turns"] = turns
        if tools:
            d["tools"] = list(tools)
        if tool_calls is not None and (tool_calls or tools):
            d["tool_calls"] = tool_calls
        if has_image:
            d["has_image"] = True
        elif exporter == 0 and m.random() < 0.2:
            d["has_image"] = False
        if max_tokens is not None:
            d["max_tokens"] = max_tokens
        d["input_tokens"] = int(in_tok)
        d["output_tokens"] = int(out_tok)
        if think:
            d["thinking_tokens"] = int(think)
        if exporter != 3:
            d["stop_reason"] = stop
        # unknown extra fields
        if exporter == 0 and m.random() < 0.35:
            d["edge"] = m.choice(_EDGE)
        if exporter == 1:
            d["latency_ms"] = 300 + m.randrange(9000) + int(out_tok) // 3
        if exporter == 2:
            d["ingest_batch"] = "b%06d" % ((t - T0) // (15 * MIN))
        if exporter == 3:
            d["trace_id"] = "%032x" % m.getrandbits(128)
            d["gen_ai.system"] = "helios"
        if exporter == 1:
            d = {k: d[k] for k in _FIELD_ORDER_B + [k for k in d if k not in _FIELD_ORDER_B] if k in d}
        line = json.dumps(d, ensure_ascii=(exporter == 1), separators=(",", ":"))
        self.rows.append((t, rid, line))
        self.acct_count[acct] = self.acct_count.get(acct, 0) + 1
        sp = self.span.get(acct)
        if sp is None:
            self.span[acct] = [t, t]
        else:
            if t < sp[0]:
                sp[0] = t
            if t > sp[1]:
                sp[1] = t
        return rid
