"""Behaviour helpers shared by all groups: home connections, conversations and agent loops."""
import ipaddress

import common as C
from net import ISP_BY_COUNTRY, MOBILE_BY_COUNTRY
from tk import toks
import t_everyday as E
import t_dev as D


class Actor:
    def __init__(self, **kw):
        self.__dict__.update(kw)


def cgnat(w, rng, key):
    """A carrier-grade NAT address: a small pool of /24s per carrier, shared by all its subscribers."""
    pools = w.shared.setdefault("cgnat", {})
    if key not in pools:
        r = w.rng("cgnat|" + key)
        pools[key] = [w.net.block24(r, key) for _ in range(24)]
    op = w.net.ops[key]
    if op.v6 and rng.random() < 0.35:
        base, size = op.v6[0]
        return str(ipaddress.IPv6Address(base + (rng.randrange(1 << 16) << 64) + rng.getrandbits(64)))
    return w.net.in24(rng, rng.choice(pools[key]), 1, 254)


class Home:
    """A household connection: an ISP lease that changes every few days or weeks, maybe IPv6 with daily privacy
    addresses, and a phone on the carrier's CGNAT."""

    def __init__(self, w, rng, cc, v6=0.3, lease_days=(2, 40)):
        self.w = w
        isps = ISP_BY_COUNTRY.get(cc) or ISP_BY_COUNTRY["US"]
        self.isp = rng.choice(isps)
        net = w.net
        self.b24 = net.block24(rng, self.isp)
        self.host = rng.randint(2, 254)
        self.p64 = net.v6_64(rng, self.isp) if rng.random() < v6 else None
        self.churn = 1.0 / rng.uniform(*lease_days)
        mob = MOBILE_BY_COUNTRY.get(cc)
        self.mobile = rng.choice(mob) if mob else None
        self.day = -1
        self.iid = 0

    def roll(self, rng, day):
        if day != self.day:
            if self.day >= 0 and rng.random() < self.churn * (day - self.day):
                self.b24 = self.w.net.block24(rng, self.isp)
                self.host = rng.randint(2, 254)
            self.day = day
            self.iid = rng.getrandbits(64)

    def ip(self, rng, day, mobile=False):
        self.roll(rng, day)
        if mobile and self.mobile:
            return cgnat(self.w, rng, self.mobile)
        if self.p64 is not None and rng.random() < 0.7:
            return str(ipaddress.IPv6Address(self.p64 + self.iid))
        return str(ipaddress.IPv4Address(self.b24 + self.host))


def day_of(ms):
    return int((ms - C.WIN_START) // C.DAY)


def converse(buf, rng, a, t, first, n_turns, model, mt, ip, think=0, system=None, sys_toks=0, image=False, harvest=None,
             gap=(20, 240), key=None, client=None, follow=None, min_out=0):
    """A chat: `first` = (text, capability, (lo, hi)); follow-up turns from the everyday follow-up pool.
    think = thinking budget (0 = off). Returns the time after the last exchange."""
    text, cap, (lo, hi) = first
    hist = sys_toks
    cl = client or a.client
    k_ = key or a.key
    for k in range(n_turns):
        if k > 0:
            text = follow(rng) if follow else E.follow(rng, cap)
            lo, hi = lo // 2 + 30, hi // 2 + 60
        inp = hist + toks(text) + (rng.randint(900, 1800) if image and k == 0 else 0) + 6
        th = rng.randint(think // 5, think) if think else 0
        out = max(min_out, rng.randint(lo, hi)) + th
        if mt and out > mt:
            out = mt if rng.random() < 0.5 else rng.randint(int(mt * 0.7), mt)
            th = min(th, out - 50) if out > 60 else 0
        buf.ev(t, a.id, ip, cl, model, text, inp, out, key=k_, system=system, turns=2 * k + 1, max_tokens=mt, think=th,
               image=image and k == 0, harvest=harvest)
        hist = inp + out - th
        t += C.latency(rng, model, out) + int(rng.uniform(*gap) * 1000)
    return t


def agent_loop(buf, rng, a, t, task, model, mt, ip, system, tools, steps, tool_ms, think_p=0.4, think_rng=(200, 3000),
               outs=(80, 900), calls=(1, 2), interject_p=0.0, harvest=None, key=None, client=None, result_toks=(150, 2500)):
    """A tool-use loop: the task, then tool-result turns with empty prompts, ending in a final answer.
    tool_ms(rng, k) gives the time the client spends between the end of a response and the next request."""
    hist = toks(system) + 140 * len(tools)
    cl = client or a.client
    k_ = key or a.key
    for k in range(steps):
        last = k == steps - 1
        if k == 0:
            prompt = task
        elif interject_p and rng.random() < interject_p:
            prompt = D.interject(rng)
        else:
            prompt = ""
        inp = hist + toks(prompt) + (rng.randint(*result_toks) if k else 0)
        th = rng.randint(*think_rng) if rng.random() < think_p else 0
        out = rng.randint(*outs) + th
        if last:
            out += rng.randint(100, 600)
        n = 0 if last else rng.randint(*calls)
        buf.ev(t, a.id, ip, cl, model, prompt, inp, out, key=k_, system=system, turns=1 + 2 * k, tools=tools, tool_calls=n,
               max_tokens=mt, think=th, stop="end_turn" if last else "tool_use", harvest=harvest)
        hist = inp + out - th
        t += C.latency(rng, model, out) + tool_ms(rng, k)
    return t


def dev_tool_ms(approve_p):
    """Real tools: file reads are fast, test runs and builds are slow, edits may wait for the human to approve."""
    def f(rng, k):
        r = rng.random()
        if r < 0.55:
            return rng.randint(60, 900)
        if r < 0.80:
            return int(rng.lognormvariate(9.6, 1.0))          # tests / builds: median ~15 s, long tail
        if r < 0.80 + approve_p * 0.2:
            return int(rng.lognormvariate(9.0, 0.9))          # waiting for the person to approve an edit
        return rng.randint(400, 4000)                         # web fetch, search
    return f


def pick_model(rng, prefs):
    return rng.choices([m for m, _ in prefs], weights=[p for _, p in prefs])[0]


class ModelChooser:
    """A person's model habit, with an optional move to the new model some time after its release."""

    def __init__(self, rng, prefs, adopt_p=0.0, adopt_delay_h=(2, 120), new_share=(0.5, 0.95)):
        self.prefs = prefs
        self.adopt_at = None
        if rng.random() < adopt_p:
            self.adopt_at = C.RELEASE + int(rng.uniform(*adopt_delay_h) * C.HOUR)
            self.share = rng.uniform(*new_share)

    def __call__(self, rng, t):
        if self.adopt_at is not None and t >= self.adopt_at and rng.random() < self.share:
            return C.M3
        return pick_model(rng, self.prefs)
