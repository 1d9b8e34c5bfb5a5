"""Session-level simulation helpers shared by the population modules."""
from common import (DAY, HOUR, MIN, SEC, T0, T_END, RELEASE, LEGACY, MAIN, MAIN_SNAP, MINI, NEW, lognorm, geom, wpick, ntok,
                    local_start, weekday, COUNTRIES)
from textkit import casual

TPS = {MINI: 150.0, MAIN: 75.0, MAIN_SNAP: 75.0, NEW: 62.0, LEGACY: 55.0}


def latency(r, model, out_tokens):
    """Wall time of a response in ms (time to first token + generation)."""
    return int(r.uniform(350, 1600) + 1000.0 * out_tokens / TPS.get(model, 70.0) * r.uniform(0.8, 1.25))


MIXES = {
    "main": [(MAIN, 80), (MAIN_SNAP, 8), (MINI, 10), (LEGACY, 2)],
    "mini": [(MINI, 85), (MAIN, 15)],
    "legacy": [(LEGACY, 80), (MAIN, 20)],
    "consumer": [(MAIN, 60), (MINI, 28), (LEGACY, 6), (MAIN_SNAP, 6)],
    "dev": [(MAIN, 62), (MAIN_SNAP, 10), (MINI, 22), (LEGACY, 6)],
}


class Adopter:
    """When and how much an account moves to the new model after its release."""

    def __init__(self, r, p_try=0.3, delay_h=36.0, share=(0.3, 0.9), ramp_h=24.0):
        self.on = r.random() < p_try
        self.t = RELEASE + int(lognorm(r, delay_h, 0.9, 1, 24 * 12) * HOUR)
        self.share = r.uniform(*share)
        self.ramp = ramp_h * HOUR

    def model(self, r, ts, mix):
        if self.on and ts >= self.t:
            s = self.share * min(1.0, (ts - self.t + HOUR) / self.ramp)
            if r.random() < s:
                return NEW
        return wpick(r, MIXES[mix] if isinstance(mix, str) else mix)


def day_pick(r, wkend=1.0, d0=0, d1=14, tz=0.0):
    """A local day index with weekend weighting (T0 is a Monday)."""
    while True:
        d = r.randrange(d0, d1)
        if d % 7 >= 5 and r.random() > wkend / (1.0 + wkend) * 2:
            continue
        return d


def chat(w, a, r, t, place, client, model_fn, first, follow_fn, nturns, system=None, max_tokens=None, out=320, think=0,
         img_first=False, think_p=0.0, gap=(8, 240), key=None):
    """A multi-turn conversation. Returns the time after the last response."""
    hist = 0
    ip = place.addr(t)
    model = model_fn(r, t)
    for i in range(nturns):
        prompt = first if i == 0 else follow_fn(r)
        th = think if (think and (think_p == 0 or r.random() < think_p)) else 0
        o = w.emit(a, t, ip, model, prompt, client, system=system, turns=2 * i + 1, img=(img_first and i == 0),
                   max_tokens=max_tokens, out=out, think=th, hist=hist, r=r, key=key)
        if o < 0:
            o = out
        else:
            o -= w.last_th  # earlier thinking is not sent back in the history
        hist += ntok(prompt) + o + (1200 if img_first and i == 0 else 0)
        if hist > 160000:
            break  # the client would start a fresh conversation
        t += latency(r, model, o) + int(r.uniform(*gap) * SEC) + ntok(prompt) * 120
        if r.random() < 0.03:
            ip = place.addr(t)
    return t


def agent_loop(w, a, r, t, place, client, model, ask, tools, steps, system=None, max_tokens=8192, think=0, think_p=0.0,
               interject=None, tool_gap=(0.3, 4.0), result_tok=(150, 2500), turns0=1, hist0=0, key=None, out=350):
    """An agent run: one user ask, then tool-result turns with an empty prompt, ending with a plain answer."""
    ip = place.addr(t)
    hist = hist0
    turns = turns0
    for i in range(steps):
        last = i == steps - 1
        if i == 0:
            prompt = ask
        elif interject and r.random() < 0.06:
            prompt = interject(r)
        else:
            prompt = ""
        tc = 0 if last else (1 if r.random() < 0.75 else r.randint(2, 4))
        th = think if (think and (think_p == 0 or r.random() < think_p)) else 0
        extra = 0 if i == 0 else r.randint(*result_tok)
        o = w.emit(a, t, ip, model, prompt, client, system=system, turns=turns, tools=tools, tool_calls=tc,
                   max_tokens=max_tokens, out=out if last else 120, think=th, hist=hist, r=r, extra_in=extra, key=key)
        if o < 0:
            o = 150
        else:
            o -= w.last_th
        hist += ntok(prompt) + o + extra
        turns += 2
        t += latency(r, model, o) + int(r.uniform(*tool_gap) * SEC) + (r.randint(2, 40) * SEC if r.random() < 0.1 else 0)
    return t, hist, turns


def company_domain(r, name, cc):
    slug = name.lower().replace(" ", r.choice(["", "-", ""])).replace("'", "")
    tld = {"DE": ".de", "GB": ".co.uk", "FR": ".fr", "NL": ".nl", "ES": ".es", "IT": ".it", "BR": ".com.br", "IN": ".in",
           "JP": ".co.jp", "AU": ".com.au", "CA": ".ca", "SE": ".se", "PL": ".pl", "CH": ".ch", "AT": ".at", "BE": ".be",
           "MX": ".mx", "SG": ".sg", "KR": ".co.kr", "IE": ".ie", "ZA": ".co.za", "NG": ".ng"}.get(cc, ".com")
    if r.random() < 0.35:
        tld = r.choice([".com", ".io", ".co", ".ai", ".dev", ".app"])
    return slug + tld


def uni_domain(r, city, cc):
    c = city.lower().replace(" ", "")
    if cc == "US":
        return r.choice(["%sstate.edu", "u%s.edu", "%s.edu"]) % c
    if cc == "GB":
        return "%s.ac.uk" % (c + r.choice(["met", "uni", ""]))
    if cc == "DE":
        return r.choice(["hs-%s.de", "uni-%s.de", "tu-%s.de"]) % c
    if cc in ("JP", "IN", "KR", "NZ", "ZA", "KE", "ID", "TH"):
        return "%s.ac.%s" % (c + r.choice(["-u", "univ", ""]), cc.lower())
    if cc in ("AU", "BR", "MX", "AR", "CO", "TR", "EG", "PH", "MY", "VN", "PK", "CN", "TW", "SG", "HK", "SA", "BD", "NG"):
        return "%s.edu.%s" % (c + r.choice(["u", "-univ", ""]), cc.lower())
    return "univ-%s.%s" % (c, cc.lower())
