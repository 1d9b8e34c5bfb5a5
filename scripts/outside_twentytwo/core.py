"""Generation context, account records and event emission."""

import random

import world as W
from lexicon import FIRST, LAST


class Acct:
    __slots__ = ("id", "rec", "group", "label", "campaign", "hard", "tz", "country", "keys", "key_w", "client",
                 "created", "mt", "n_events", "extra")

    def __init__(self):
        self.keys = []
        self.key_w = None
        self.n_events = 0
        self.extra = {}


class Ctx:
    def __init__(self, seed, scale):
        self.seed = seed
        self.scale = scale
        self.net = W.Net(self.rng("net"))
        self.clients = W.ClientWorld(self.rng("clients"))
        self.ids = W.Ids()
        self.accts = []
        self.events = []
        self.campaigns = []    # dicts: campaign, group, successor_of, pivot_at
        self.msg_rng = self.rng("mess")

    def rng(self, name):
        return random.Random("otw22|%s|%s|%s" % (self.seed, self.scale, name))

    # ---------------------------------------------------------------- accounts

    def account(self, r, group, label, campaign, hard, created, *, country, tz=None, email_domain=None, local=None,
                payment=None, billing=None, channel="standard", verified=None, org=None, n_keys=1, client=None,
                mt=None):
        a = Acct()
        a.id = self.ids.new(r, "acct_", 10)
        a.group, a.label, a.campaign, a.hard = group, label, campaign, hard
        a.country = country
        a.tz = tz if tz is not None else W.tz_for(r, country)
        a.created = created
        rec = {"account_id": a.id}
        # a few exporters write sign-up time as epoch milliseconds, most as RFC 3339 seconds
        x = r.random()
        if x < 0.03:
            rec["created_at"] = created
        elif x < 0.1:
            rec["created_at"] = W.iso_ms(created)
        else:
            rec["created_at"] = W.iso_ms(created - created % 1000, frac="none")
        if org:
            rec["org_id"] = org
        if email_domain:
            rec["email_domain"] = email_domain
        if local:
            rec["email_local_shape"] = W.shape_of(local)
        if payment:
            rec["payment_fingerprint"] = payment
        if billing:
            rec["billing_country"] = billing
        if channel:
            rec["signup_channel"] = channel
        if verified is not None:
            rec["verified"] = verified
        # exporter variation: a few optional sign-up fields are simply not filled in
        for k, pdrop in (("verified", 0.05), ("signup_channel", 0.03), ("email_local_shape", 0.02)):
            if k in rec and r.random() < pdrop:
                del rec[k]
        a.rec = rec
        a.keys = [self.ids.new(r, "key_", 10) for _ in range(n_keys)]
        a.client = client
        a.mt = mt or r.choice([1024, 2048, 4096, 4096, 8192])
        self.accts.append(a)
        return a

    def campaign(self, name, group, successor_of=None, pivot_at=None):
        self.campaigns.append({"campaign": name, "group": group, "successor_of": successor_of, "pivot_at": pivot_at})

    # ---------------------------------------------------------------- events

    def emit(self, r, a, ts, t, *, ip, model, turns=1, key=None, client=None, ctx_tokens=0, think_ok=True):
        """Append one exchange; returns (input_tokens, output_tokens) so sessions can grow context."""
        p = t["p"]
        sysp = t["sys"]
        tools = t["tools"]
        it = ntok(p) + (ntok(sysp) if sysp else 0) + ctx_tokens + 6
        if tools:
            it += 90 * len(tools)
        lo, hi = t["out"]
        out = int(lo * (hi / lo) ** r.random()) if hi > lo else lo
        mt = t["mt"] or a.mt
        think = 0
        if t["think"] and think_ok:
            tlo, thi = t["think"]
            think = int(tlo * (thi / tlo) ** r.random())
        total = out + think
        stop = t["stop"] or "end_turn"
        tc = t["tc"] if tools else 0
        if tools and tc == 0 and stop == "tool_use":
            stop = "end_turn"
        if total > mt:
            total = mt
            stop = "max_tokens"
            if think > mt:
                think = mt
        ua, fp = client or a.client
        key = key or (a.keys[0] if len(a.keys) == 1 else (r.choices(a.keys, a.key_w)[0] if a.key_w else r.choice(a.keys)))
        e = {"request_id": self.ids.req(r), "ts": ts, "account_id": a.id, "api_key_id": key, "ip": ip,
             "user_agent": ua, "client_fingerprint": fp, "model": model}
        if sysp:
            e["system"] = sysp
        e["prompt"] = p
        e["turns"] = turns
        if tools:
            e["tools"] = tools
            e["tool_calls"] = tc
        if t["img"]:
            e["has_image"] = True
        e["max_tokens"] = mt
        e["input_tokens"] = it
        e["output_tokens"] = total
        if think:
            e["thinking_tokens"] = think
        e["stop_reason"] = stop
        self.events.append(e)
        a.n_events += 1
        return it, total


def ntok(s):
    if not s:
        return 0
    if s.isascii():
        return len(s) // 4 + 1
    wide = 0
    for ch in s:
        if ord(ch) > 0x2E7F:
            wide += 1
    return (len(s) - wide) // 4 + wide + 1


# ---------------------------------------------------------------- shared helpers

def lognorm_int(r, mu, sigma, lo=1, hi=10 ** 6):
    return max(lo, min(hi, int(round(r.lognormvariate(mu, sigma)))))


def personal_local(r):
    f, l = r.choice(FIRST).lower(), r.choice(LAST).lower()
    k = r.randrange(9)
    return [f + "." + l, "%s%s%d" % (f, l, r.randrange(1, 99)), f[0] + l, "%s_%s%d" % (f, l, r.randrange(1960, 2007)),
            "%s%d" % (f, r.randrange(100, 9999)), l + "." + f, "%s.%s%d" % (f, l, r.randrange(1, 9)), f[0] + "." + l,
            f + l][k]


def burner_local(r):
    letters = "abcdefghijklmnopqrstuvwxyz"
    return "".join(r.choice(letters) for _ in range(r.randrange(6, 9))) + "%04d" % r.randrange(10000)


PERSONAL_DOMAINS = ["gmail.com"] * 40 + ["outlook.com"] * 10 + ["hotmail.com"] * 6 + ["yahoo.com"] * 7 + \
    ["icloud.com"] * 8 + ["proton.me"] * 3 + ["aol.com"]
COUNTRY_DOMAINS = {"DE": ["gmx.de", "web.de", "t-online.de"], "FR": ["orange.fr", "free.fr", "laposte.net"],
                   "JP": ["yahoo.co.jp", "docomo.ne.jp"], "KR": ["naver.com", "daum.net"], "BR": ["uol.com.br", "bol.com.br"],
                   "IN": ["rediffmail.com"], "GB": ["btinternet.com", "sky.com"], "IT": ["libero.it"], "PL": ["wp.pl", "o2.pl"],
                   "ES": ["telefonica.net"], "TR": ["yandex.com.tr"], "NL": ["ziggo.nl"], "AU": ["bigpond.com"]}


def personal_domain(r, country):
    if country in COUNTRY_DOMAINS and r.random() < 0.25:
        return r.choice(COUNTRY_DOMAINS[country])
    return r.choice(PERSONAL_DOMAINS)


def pick_model_benign(r, a, ts):
    """Benign model choice: default model, a few pinned to older ones, gradual adoption of the new one."""
    pinned = a.extra.get("pinned")
    adopt = a.extra.get("adopt_at")
    if adopt is not None and ts >= adopt and r.random() < a.extra.get("adopt_share", 0.8):
        return W.MODEL_NEW
    if pinned:
        return pinned
    return W.MODEL_OLD if r.random() < 0.85 else W.MODEL_LITE


def adoption(r, a, p_adopt, mean_delay_h, share=(0.5, 1.0)):
    if r.random() < p_adopt:
        a.extra["adopt_at"] = W.NEW_MODEL_RELEASE + int(r.expovariate(1.0 / mean_delay_h) * W.HOUR) + r.randrange(10 * W.MIN)
        a.extra["adopt_share"] = r.uniform(*share)


def gap(r, lo_s, hi_s):
    return int(lo_s * 1000 + r.random() * (hi_s - lo_s) * 1000)


def mark(ts_list):
    return min(ts_list), max(ts_list)


def clamp_ts(ts):
    return min(max(ts, W.W0), W.W1 - 1)
