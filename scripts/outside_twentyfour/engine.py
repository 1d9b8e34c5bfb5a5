"""Behaviour engine: daily rhythms, how people and machines reach the API, and the
conversation / agent-loop runners that turn a plan into events."""
from common import (SEC, MIN, HOUR, DAY, WINDOW_START, WINDOW_END, RELEASE_MS, NEW_MODEL,
                    pick, lgn, ilgn, tok, out_stop)
import text

# weights per local hour (0..23)
HOURS = {
    "consumer": [1.0, .6, .35, .2, .15, .2, .4, .8, 1.2, 1.4, 1.5, 1.6, 1.8, 1.7, 1.6, 1.6, 1.7, 1.9, 2.2, 2.6, 2.9, 2.8, 2.3, 1.6],
    "office": [.1, .05, .05, .05, .05, .1, .3, .9, 2.4, 3.2, 3.3, 3.0, 2.2, 2.8, 3.2, 3.1, 2.8, 2.0, 1.0, .6, .5, .4, .3, .2],
    "dev": [.5, .3, .2, .1, .1, .1, .2, .5, 1.4, 2.4, 2.8, 2.8, 2.0, 2.4, 2.8, 2.7, 2.5, 2.0, 1.4, 1.2, 1.3, 1.2, 1.0, .8],
    "student": [1.3, .9, .5, .2, .1, .1, .2, .5, 1.0, 1.3, 1.5, 1.6, 1.6, 1.7, 1.8, 1.8, 1.9, 2.0, 2.2, 2.5, 2.8, 2.8, 2.4, 1.9],
    "app": [.8, .5, .4, .3, .3, .4, .7, 1.1, 1.5, 1.8, 1.9, 2.0, 2.0, 2.0, 1.9, 1.9, 1.9, 2.0, 2.2, 2.3, 2.2, 1.9, 1.5, 1.1],
    "flat": [1.0] * 24,
    "nearflat": [.8, .8, .75, .7, .7, .75, .8, .9, 1, 1.05, 1.1, 1.1, 1.1, 1.1, 1.1, 1.1, 1.1, 1.1, 1.05, 1, 1, .95, .9, .85],
    # an operator team's shift: 09-12, 13:30-18, 19-22:30 local
    "shift": [.02, .01, .01, .01, .01, .01, .02, .1, .6, 3.0, 3.2, 3.1, .4, 2.2, 3.1, 3.2, 3.1, 2.8, .6, 2.4, 2.6, 2.5, 1.2, .2],
    "night_batch": [3, 3.2, 3.2, 3, 2.5, 1.2, .4, .2, .2, .2, .2, .2, .2, .2, .2, .2, .2, .2, .2, .3, .5, .8, 1.5, 2.4],
}
WEEK = {
    "consumer": [.95, .95, .95, 1, 1.05, 1.2, 1.15],
    "office": [1, 1.05, 1.05, 1, .9, .12, .08],
    "dev": [1, 1.05, 1.05, 1, .9, .35, .3],
    "student": [1, 1.05, 1.05, 1, .8, .7, 1.05],
    "app": [1, 1, 1, 1, 1, 1.05, 1.05],
    "flat": [1] * 7,
    "sixday": [1, 1, 1, 1, 1, .9, .15],
}

_CUM = {}


def _cum(ws):
    key = tuple(ws)
    c = _CUM.get(key)
    if c is None:
        c, s = [], 0.0
        for w in ws:
            s += w
            c.append(s)
        _CUM[key] = c
    return c


_H24 = list(range(24))


def sample_time(rng, lo, hi, tz, hours="consumer", week="consumer"):
    """A moment in [lo, hi) following a local daily rhythm (tz in hours east of UTC)."""
    lo = int(lo)
    hi = int(hi)
    if hi <= lo:
        return lo
    tzms = int(tz * HOUR)
    d0 = (lo + tzms - WINDOW_START) // DAY
    d1 = (hi - 1 + tzms - WINDOW_START) // DAY
    days = list(range(d0, d1 + 1))
    wp = WEEK[week] if isinstance(week, str) else week
    hp = HOURS[hours] if isinstance(hours, str) else hours
    dcum = _cum([wp[d % 7] for d in days])
    hcum = _cum(hp)
    for _ in range(60):
        d = rng.choices(days, cum_weights=dcum)[0]
        h = rng.choices(_H24, cum_weights=hcum)[0]
        t = WINDOW_START + d * DAY + h * HOUR + rng.randrange(HOUR) - tzms
        if lo <= t < hi:
            return t
    return lo + rng.randrange(hi - lo)


def local_hour(t, tz):
    return ((t + int(tz * HOUR)) // HOUR) % 24


def local_weekday(t, tz):
    return ((t + int(tz * HOUR) - WINDOW_START) // DAY) % 7


# ---------------------------------------------------------------- how people reach the API

class HumanNet:
    """Home broadband with re-leased addresses, a phone on a carrier NAT, maybe a VPN,
    maybe an office. ip(t) is called once per session."""

    def __init__(self, rng, net, cc, tz, mobile_share=0.3, vpn_share=0.0, work=None,
                 work_share=0.0, cloud=None, cloud_share=0.0, home_range=None):
        self.net = net
        self.cc = cc
        self.tz = tz
        self.home = home_range or pick(rng, net.isp[cc])
        self.mob = pick(rng, net.mobile[cc]) if net.mobile.get(cc) else None
        self.v6 = None
        if net.isp6.get(cc) and rng.random() < 0.35:
            r6 = pick(rng, net.isp6[cc])
            self.v6 = (r6, rng.getrandbits(24))
        self.mobile_share = mobile_share if self.mob else 0.0
        self.vpn_share = vpn_share
        self.vpn = pick(rng, net.vpn[pick(rng, list(net.vpn.keys()))]) if vpn_share > 0 else None
        self.work = work
        self.work_share = work_share
        self.cloud = cloud
        self.cloud_share = cloud_share
        self.lease_len = rng.choice([2, 3, 5, 7, 10, 30]) * DAY
        self.leases = {}

    def ip(self, rng, t):
        r = rng.random()
        if self.work is not None and r < self.work_share and local_weekday(t, self.tz) < 5 and 8 <= local_hour(t, self.tz) < 19:
            return self.work if isinstance(self.work, str) else pick(rng, self.work)
        r = rng.random()
        if self.cloud is not None and r < self.cloud_share:
            return self.cloud
        r = rng.random()
        if r < self.vpn_share:
            return self.vpn.host(rng)
        r = rng.random()
        if r < self.mobile_share:
            return self.mob.cgnat(rng)
        if self.v6 is not None and rng.random() < 0.6:
            r6, hh = self.v6
            n = r6.net
            day = (t - WINDOW_START) // DAY
            iid = (hash_int("%s|%d|%d" % (n, hh, day)) | 1) & ((1 << 64) - 1)
            return str(n.network_address + ((hh << 8 | (day & 0xff)) << 64) + iid)
        lease = (t - WINDOW_START) // self.lease_len
        ip = self.leases.get(lease)
        if ip is None:
            ip = self.home.host(rng)
            self.leases[lease] = ip
        return ip


def hash_int(s):
    import hashlib
    return int(hashlib.sha256(s.encode()).hexdigest()[:16], 16)


# ---------------------------------------------------------------- model choice

def adopt_new(rng, t, eagerness):
    """Whether a session at t goes to the new model. eagerness ~ share once settled."""
    if t < RELEASE_MS or eagerness <= 0:
        return False
    days = (t - RELEASE_MS) / DAY
    # ordinary adoption ramps over a few days
    share = eagerness * min(1.0, 0.15 + days / 3.0)
    return rng.random() < share


# ---------------------------------------------------------------- runners

def latency(rng, out_tokens):
    return int(600 + out_tokens * lgn(rng, 14, 0.25))  # ~70 tokens/s


def conversation(g, a, t0, prompts, *, ip, client, model, system=None, cap=None, out_med=250,
                 out_sig=0.6, think=None, gap_med=70 * SEC, in_extra=0, image_first=False,
                 key="auto", end=None, think_prob=1.0):
    """A human chat: user turns at 1, 3, 5, ...; returns time after the last reply."""
    rng = g.rng
    hist = 0
    t = int(t0)
    end = end or WINDOW_END
    sys_t = tok(system) if system else 0
    for i, p in enumerate(prompts):
        if t >= end:
            break
        want = ilgn(rng, out_med, out_sig, 3, 30000)
        th = 0
        if think and rng.random() < think_prob:
            th = think(rng)
        out, stop, th = out_stop(want, cap, th)
        img = image_first and i == 0
        in_tok = sys_t + tok(p) + hist + in_extra + (rng.randint(900, 1700) if img else 0) + 4
        g.emit(a, t, ip, client, model, p, system=system, turns=2 * i + 1, max_tokens=cap,
               in_tok=in_tok, out_tok=out, think=th, stop=stop, has_image=img, key=key)
        hist += tok(p) + (out - th) + 8
        t += latency(rng, out) + ilgn(rng, gap_med, 0.8, 4 * SEC, 40 * MIN)
    return t


def single(g, a, t, prompt, *, ip, client, model, system=None, cap=None, out_med=300, out_sig=0.6,
           think=None, in_extra=0, has_image=False, key="auto", turns=1):
    rng = g.rng
    want = ilgn(rng, out_med, out_sig, 3, 60000)
    th = think(rng) if think else 0
    out, stop, th = out_stop(want, cap, th)
    in_tok = (tok(system) if system else 0) + tok(prompt) + in_extra + (rng.randint(900, 1700) if has_image else 0) + 4
    g.emit(a, t, ip, client, model, prompt, system=system, turns=turns, max_tokens=cap, in_tok=in_tok,
           out_tok=out, think=th, stop=stop, has_image=has_image, key=key)
    return int(t) + latency(rng, out)


def agent_loop(g, a, t0, task, tools, steps, *, ip, client, model, system=None, cap=None,
               think=None, step_gap_med=3 * SEC, nudge_p=0.04, result_med=600, final_med=450,
               calls_max=2, key="auto", end=None, ipf=None, task_repeat_p=0.0):
    """A tool-use transcript: the task at turn 1, then pure tool-result turns (empty prompt)."""
    rng = g.rng
    t = int(t0)
    end = end or WINDOW_END
    base = (tok(system) if system else 0) + 85 * len(tools) + tok(task) + 6
    hist = 0
    for i in range(steps):
        if t >= end:
            break
        last = i == steps - 1
        if i == 0:
            p = task
        elif rng.random() < nudge_p:
            p = text.nudge(rng)
        elif rng.random() < task_repeat_p:
            p = task
        else:
            p = ""
        th = think(rng) if think else 0
        if last:
            want = ilgn(rng, final_med, 0.6, 20, 20000)
            calls = 0
        else:
            want = ilgn(rng, 110, 0.7, 15, 3000)
            calls = 1 if rng.random() < 0.7 else rng.randint(1, max(1, calls_max))
        out, stop, th = out_stop(want, cap, th)
        if calls and stop != "max_tokens":
            stop = "tool_use"
        use_ip = ipf(t) if ipf else ip
        g.emit(a, t, use_ip, client, model, p, system=system, turns=1 + 2 * i, tools=tools,
               tool_calls=calls, max_tokens=cap, in_tok=base + hist + tok(p), out_tok=out, think=th,
               stop=stop, key=key)
        hist += (out - th) + ilgn(rng, result_med, 0.9, 10, 40000) + 12
        t += latency(rng, out) + ilgn(rng, step_gap_med, 0.7, 150, 10 * MIN)
    return t
