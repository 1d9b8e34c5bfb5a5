#!/usr/bin/env python3
"""outside_twentyone: independent test traffic for an LLM-API distillation detector.

    python3 gen.py --seed 1 [--scale small|medium] --out DIR

Standard library only; the output depends only on (seed, scale).
See README.md for the groups and the files written.
"""

import argparse
import csv
import json
import math
import os
import random
import sys
import time
from datetime import datetime, timedelta, timezone

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import harvest as H  # noqa: E402
import netclient as N  # noqa: E402
import textgen as T  # noqa: E402

SEC, MIN, HOUR, DAY = 1000, 60_000, 3_600_000, 86_400_000
EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)


def parse_ms(s):
    return int((datetime.strptime(s, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=timezone.utc)
                - EPOCH).total_seconds() * 1000)


def iso(ms, millis=True):
    dt = EPOCH + timedelta(milliseconds=ms)
    if millis:
        return f"{dt:%Y-%m-%dT%H:%M:%S}.{ms % 1000:03d}Z"
    return f"{dt:%Y-%m-%dT%H:%M:%S}Z"


WS = parse_ms("2026-03-02T00:00:00Z")   # window start (a Monday)
WE = WS + 14 * DAY                      # window end (exclusive)
RELEASE = parse_ms("2026-03-09T17:00:00Z")
OLD, MINI, NEW = "aster-2", "aster-2-mini", "aster-3"
RELEASES = [("aster-1.5", "2025-04-22T16:00:00Z"), (OLD, "2025-09-16T16:00:00Z"),
            (MINI, "2025-11-04T16:00:00Z"), (NEW, "2026-03-09T17:00:00Z")]

PROF = {
    "human": [.12, .07, .04, .03, .03, .05, .12, .30, .55, .75, .85, .90, .85, .90, .95, .95, .90,
              .85, .80, .85, .90, .80, .55, .28],
    "office": [.02, .01, .01, .01, .01, .02, .05, .20, .70, 1, 1, .95, .70, .95, 1, 1, .90, .60,
               .30, .15, .12, .10, .06, .03],
    "student": [.50, .35, .20, .10, .05, .03, .05, .10, .30, .50, .70, .80, .70, .80, .85, .85,
                .80, .70, .70, .80, .90, 1, .95, .75],
    "flat": [1.0] * 24,
    "operator": [.05, .02, .02, .02, .02, .03, .05, .10, .50, .90, 1, 1, .80, .90, 1, 1, 1, .90,
                 .80, .90, .90, .80, .60, .20],
}
WKEND = {"human": 0.9, "office": 0.12, "student": 0.85, "flat": 1.0, "operator": 0.7}


def sample_time(rng, lo, hi, tz, prof):
    if hi <= lo:
        return lo
    w, wk = PROF[prof], WKEND[prof]
    t = lo
    for _ in range(300):
        t = rng.randrange(lo, hi)
        h = t / HOUR + tz
        f = w[int(h % 24)]
        if int((h // 24 + 3) % 7) >= 5:
            f *= wk
        if rng.random() < f:
            return t
    return t


def ln(rng, med, sig, lo, hi):
    return int(min(hi, max(lo, med * math.exp(rng.gauss(0.0, sig)))))


def geom(rng, p):
    k = 0
    while rng.random() < p and k < 30:
        k += 1
    return k


def tok(s):
    if not s:
        return 0
    n = len(s)
    wide = (len(s.encode("utf-8")) - n) // 2
    return max(1, int((n - wide) / 4 + wide * 0.9))


def wchoice(rng, pairs):
    tot = sum(w for _, w in pairs)
    x = rng.random() * tot
    for v, w in pairs:
        x -= w
        if x < 0:
            return v
    return pairs[-1][0]


def shape(local):
    return "".join("a" if ch.isalpha() else "9" if ch.isdigit() else ch for ch in local)


# ---------------------------------------------------------------- model adoption curves

def adopt_casual(t):
    return min(0.45, 0.08 + 0.06 * (t - RELEASE) / DAY)


def adopt_dev(t):
    return min(0.8, 0.2 + 0.18 * (t - RELEASE) / DAY)


def adopt_none(t):
    return 0.0


def adopt_switch(at, share):
    return lambda t: share if t >= at else 0.0


def model_fn(adopt, mini=0.0):
    def f(rng, t):
        if t >= RELEASE and rng.random() < adopt(t):
            return NEW
        return MINI if rng.random() < mini else OLD
    return f


class Ctx:
    def __init__(self, **kw):
        self.system = None
        self.locale = [("en", 1)]
        self.think_p = 0.1
        self.maxtok = [1024, 2048, 4096, 4096, 8192]
        self.__dict__.update(kw)


MAILS = [("gmail.com", 45), ("outlook.com", 15), ("yahoo.com", 8), ("icloud.com", 10),
         ("proton.me", 3), ("hotmail.com", 5)]
LOCAL_MAIL = {"DE": ["web.de", "gmx.de", "t-online.de"], "FR": ["orange.fr", "free.fr", "laposte.net"],
              "JP": ["yahoo.co.jp", "docomo.ne.jp"], "KR": ["naver.com", "daum.net"],
              "BR": ["uol.com.br", "bol.com.br"], "IN": ["rediffmail.com"], "GB": ["btinternet.com", "sky.com"],
              "IT": ["libero.it"], "PL": ["wp.pl", "o2.pl"], "ES": ["telefonica.net"], "NL": ["ziggo.nl"]}
WORDS = ["blue", "fox", "tiger", "moon", "pixel", "coffee", "river", "ninja", "happy", "storm",
         "lucky", "shadow", "green", "wolf", "sunny", "echo", "nova", "maple", "cloud", "spark",
         "delta", "orbit", "quill", "harbor", "ember", "lumen", "cobalt", "fern", "atlas", "mint"]
TLDS = ["ai", "io", "dev", "co", "app", "tech", "so"]


def human_local(rng):
    f, l = rng.choice(T.FIRST).lower(), rng.choice(T.LAST).lower()
    k = rng.randrange(10)
    if k == 0:
        return f"{f}.{l}"
    if k == 1:
        return f"{f}{l}"
    if k == 2:
        return f"{f}_{l}{rng.randint(1, 99)}"
    if k == 3:
        return f"{f[0]}{l}"
    if k == 4:
        return f"{f}.{l}{rng.randint(70, 99)}"
    if k == 5:
        return f"{f}{rng.randint(1980, 2006)}"
    if k == 6:
        return f"{rng.choice(WORDS)}{rng.choice(WORDS)}{rng.randint(1, 999)}"
    if k == 7:
        return f"{f}.{l[0]}"
    if k == 8:
        return f"{l}.{f}{rng.randint(1, 9)}"
    return f"{f}"


def bot_local(rng, pattern):
    if pattern == "r4":
        return "".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(rng.randint(6, 8))) + \
            f"{rng.randint(1000, 9999)}"
    if pattern == "nd2":
        return f"{rng.choice(T.FIRST).lower()}{rng.choice(T.LAST).lower()}{rng.randint(10, 99)}"
    return f"{rng.choice(WORDS)}{rng.choice(WORDS)}{rng.randint(100, 999)}"


def student_local(rng, style):
    f, l = rng.choice(T.FIRST).lower(), rng.choice(T.LAST).lower()
    if style == "uk":
        return f"{rng.choice(['sc', 'ed', 'mm', 'py', 'bs'])}{rng.randint(21, 24)}{f[0]}{l[:rng.randint(1, 2)]}"
    if style == "us":
        return f"{f[0]}{l}{rng.randint(1, 99)}"
    if style == "id":
        return f"{rng.randint(10000000, 99999999)}"
    if style == "eu":
        return f"{f}.{l}"
    return f"{f[:rng.randint(2, 4)]}{l[:rng.randint(2, 4)]}{rng.randint(100, 9999)}"


def pay_fp(rng):
    return "pf_" + "".join(rng.choice("0123456789abcdef") for _ in range(12))


# ================================================================ the world

class World:
    def __init__(self, seed, scale):
        self.seed, self.scale = seed, scale
        self.mult = 1 if scale == "small" else 3
        self.net = N.Networks(self.rng("net"))
        self.idr = self.rng("ids")
        self.mess = self.rng("mess")
        self.acct_ids = set()
        self.req_ids = set()
        self.accounts = []
        self.events = []        # (ts, seq, line)
        self.ev_count = {}
        self.camps = []
        self.camp_span = {}

    def rng(self, name):
        return random.Random(f"outside21|{self.seed}|{self.scale}|{name}")

    # ---------------------------------------------------------- ids and records
    def new_acct_id(self):
        while True:
            s = "acct_" + "".join(self.idr.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(10))
            if s not in self.acct_ids:
                self.acct_ids.add(s)
                return s

    def new_req_id(self):
        while True:
            s = f"req_{self.idr.getrandbits(72):018x}"
            if s not in self.req_ids:
                self.req_ids.add(s)
                return s

    def account(self, rng, *, created, group, label, country, domain, local, pay, channel,
                verified, campaign=None, hard=False, org=None, nkeys=1):
        aid = self.new_acct_id()
        m = self.mess.random
        rec = {"account_id": aid,
               "created_at": created if m() < 0.02 else iso(created, m() > 0.1)}
        if org:
            rec["org_id"] = org
        rec["email_domain"] = domain
        if m() > 0.03:
            rec["email_local_shape"] = shape(local)
        if pay:
            rec["payment_fingerprint"] = pay
        if country and m() > 0.02:
            rec["billing_country"] = country
        rec["signup_channel"] = channel
        if m() > 0.02:
            rec["verified"] = verified
        a = {"rec": rec, "account_id": aid, "created": created, "group": group, "label": label,
             "campaign": campaign, "hard": hard, "country": country,
             "keys": [f"key_{self.idr.getrandbits(48):012x}" for _ in range(nkeys)]}
        self.accounts.append(a)
        return a

    def campaign(self, name, group, successor_of=None, pivot_at=None):
        self.camps.append({"campaign": name, "group": group, "successor_of": successor_of,
                           "pivot_at": pivot_at})

    # ---------------------------------------------------------- one exchange
    def emit(self, a, ts, ip, cl, model, prompt, out, *, system=None, turns=1, tools=None,
             tool_calls=None, image=False, maxtok=None, think=None, hist=0):
        if ts >= WE or ts < a["created"]:
            return False
        m = self.mess.random
        ua, fp = cl
        inp = tok(prompt) + tok(system) + hist + (len(tools) * 85 if tools else 0) + (1150 if image else 0) + 6
        if maxtok and out >= maxtok:
            out, stop = maxtok, "max_tokens"
        elif tool_calls:
            stop = "tool_use"
        else:
            stop = "end_turn"
        r = m()
        if r < 0.03:
            tsv = ts
        elif r < 0.06:
            ts -= ts % 1000
            tsv = iso(ts, False)
        else:
            tsv = iso(ts)
        ev = {"request_id": self.new_req_id(), "ts": tsv, "account_id": a["account_id"]}
        if m() > 0.01:
            ev["api_key_id"] = a["keys"][0] if len(a["keys"]) == 1 else a["keys"][int(m() * len(a["keys"]))]
        ev["ip"] = ip
        if ua and m() > 0.01:
            ev["user_agent"] = ua
        if fp and m() > 0.02:
            ev["client_fingerprint"] = fp
        ev["model"] = model
        if system:
            ev["system"] = system
        ev["prompt"] = prompt
        if m() > 0.02:
            ev["turns"] = turns
        if tools:
            ev["tools"] = tools
        if tool_calls is not None:
            ev["tool_calls"] = tool_calls
        if image:
            ev["has_image"] = True
        if maxtok and m() > 0.03:
            ev["max_tokens"] = maxtok
        ev["input_tokens"] = inp
        ev["output_tokens"] = out
        if think:
            ev["thinking_tokens"] = think
        if m() > 0.01:
            ev["stop_reason"] = stop
        line = json.dumps(ev, ensure_ascii=False, separators=(",", ":"))
        self.events.append((ts, len(self.events), line))
        aid = a["account_id"]
        self.ev_count[aid] = self.ev_count.get(aid, 0) + 1
        c = a["campaign"]
        if c:
            sp = self.camp_span.get(c)
            if sp is None:
                self.camp_span[c] = [ts, ts]
            else:
                if ts < sp[0]:
                    sp[0] = ts
                if ts > sp[1]:
                    sp[1] = ts
        return True

    # ---------------------------------------------------------- ordinary sessions
    def _loc(self, rng, c):
        return wchoice(rng, c.locale)

    def _think(self, rng, c, med=1200):
        return ln(rng, med, 0.7, 100, 20000) if rng.random() < c.think_p else None

    def s_chat(self, a, c, rng, t):
        ip, cl, model = c.ipf(rng, t), c.cl(rng), c.model(rng, t)
        mt, loc = rng.choice(c.maxtok), self._loc(rng, c)
        sysp = c.system(rng) if c.system else None
        hist = 0
        for i in range(1 + geom(rng, 0.45)):
            p = T.chat_prompt(rng, loc) if i == 0 else T.followup_prompt(rng, loc)
            out = ln(rng, 260, 0.7, 12, 3000)
            self.emit(a, t, ip, cl, model, p, out, system=sysp, turns=2 * i + 1, maxtok=mt, hist=hist)
            hist += tok(p) + out
            t += rng.randint(20 * SEC, 6 * MIN)

    CODE_FU = ["that fixed it, thanks. how would I test {fn}?", "now I get a different error: `{e}` on line {n}",
               "can you do it without {dep}?", "explain the part with {fn} again",
               "what about performance for {n} million rows?", "ok and how do I make {fn} async?",
               "Works. Can you add error handling around {fn}?", "hmm, still failing on {e}",
               "we're on {ver}, does that change anything?", "can you rename {fn} to something clearer",
               "The test for {fn} passes locally but fails in CI with `{e}`"]

    def s_code(self, a, c, rng, t):
        ip, cl, model = c.ipf(rng, t), c.cl(rng), c.model(rng, t)
        mt = rng.choice(c.maxtok)
        hist = 0
        for i in range(1 + geom(rng, 0.5)):
            if i == 0:
                p = T.code_prompt(rng)
            else:
                p = T.fill(rng, rng.choice(self.CODE_FU),
                           e=["TypeError", "KeyError: 'id'", "E0502", "a timeout", "NaN", "ECONNRESET",
                              "AttributeError: 'NoneType' object has no attribute 'get'", "exit code 137"],
                           fn=lambda r: f"{r.choice(['load', 'parse', 'sync', 'build', 'get', 'merge'])}_{r.choice(T._IDENT)}s",
                           dep=["pandas", "lodash", "the regex crate", "requests", "numpy", "moment.js"],
                           ver=["Python 3.8", "Node 18", "Go 1.20", "Java 11", "Postgres 12", "Rust 1.70"],
                           n=lambda r: str(r.randint(2, 400)))
            out = ln(rng, 650, 0.6, 40, 6000)
            self.emit(a, t, ip, cl, model, p, out, turns=2 * i + 1, maxtok=mt, hist=hist,
                      think=self._think(rng, c, 900))
            hist += tok(p) + out
            t += rng.randint(40 * SEC, 10 * MIN)

    def s_dev_agent(self, a, c, rng, t):
        ip, cl, model = c.ipf(rng, t), c.cl(rng), c.model(rng, t)
        mt = rng.choice([8192, 16000, 32000])
        tools = rng.choice(T.DEV_TOOLSETS)
        sysp = c.system(rng) if c.system else None
        steps = min(60, max(2, int(ln(rng, 7, 0.7, 2, 60))))
        hist, turn = rng.randint(2000, 9000), 1
        for i in range(steps):
            if i == 0:
                p = T.dev_agent_task(rng)
            elif rng.random() < 0.07:
                p = T.dev_agent_nudge(rng)
            else:
                p = ""
            last = i == steps - 1
            tc = 0 if last else rng.choice([1, 1, 1, 2, 3])
            out = ln(rng, 220 if not last else 450, 0.7, 20, 4000)
            self.emit(a, t, ip, cl, model, p, out, system=sysp, turns=turn, tools=tools,
                      tool_calls=tc, maxtok=mt, hist=hist, think=self._think(rng, c, 600))
            hist += out + rng.randint(200, 4000)
            turn += 2
            t += rng.randint(3 * SEC, 45 * SEC)

    STUDENT_FU = ["why did you divide by {n} there?", "ok I get it now. what about part ({part})?",
                  "can you check: I got {n}", "where does the formula in line {k} come from?",
                  "can you do it {way}? my teacher uses another method",
                  "I still don't get the {ord} line", "thanks!! is this kind of question on the {exam} usually?",
                  "what if the {n} was negative?", "so the answer is {n}? or {n}?"]

    def s_student(self, a, c, rng, t, prob=None):
        ip, cl, model = c.ipf(rng, t), c.cl(rng), c.model(rng, t)
        mt = rng.choice(c.maxtok)
        hist = 0
        for i in range(1 + geom(rng, 0.4)):
            if i == 0:
                p = T.student_reasoning_prompt(rng, prob)
            else:
                p = T.casual(rng, T.fill(rng, rng.choice(self.STUDENT_FU), n=lambda r: str(r.randint(-20, 400)),
                                         part=["b", "c", "ii", "iii", "d"], k=lambda r: str(r.randint(2, 9)),
                                         way=["with a table", "graphically", "without calculus", "with algebra"],
                                         ord=["second", "third", "fourth", "last"],
                                         exam=["final", "midterm", "A-level paper", "quiz"]))
            out = ln(rng, 650, 0.6, 60, 5000)
            self.emit(a, t, ip, cl, model, p, out, turns=2 * i + 1, maxtok=mt, hist=hist,
                      think=self._think(rng, c, 1500))
            hist += tok(p) + out
            t += rng.randint(1 * MIN, 12 * MIN)

    def s_vision(self, a, c, rng, t):
        ip, cl, model = c.ipf(rng, t), c.cl(rng), c.model(rng, t)
        p = T.vision_prompt(rng)
        self.emit(a, t, ip, cl, model, p, ln(rng, 240, 0.6, 20, 2000), image=True,
                  maxtok=rng.choice(c.maxtok))
        if rng.random() < 0.35:
            self.emit(a, t + rng.randint(30 * SEC, 4 * MIN), ip, cl, model, T.followup_prompt(rng),
                      ln(rng, 200, 0.6, 20, 1500), turns=3, maxtok=rng.choice(c.maxtok), hist=1400)

    def s_rewrite(self, a, c, rng, t):
        ip, cl, model = c.ipf(rng, t), c.cl(rng), c.model(rng, t)
        p = T.rewrite_prompt(rng)
        out = int(tok(p) * rng.uniform(0.6, 1.3)) + 20
        self.emit(a, t, ip, cl, model, p, out, maxtok=rng.choice(c.maxtok))
        if rng.random() < 0.4:
            self.emit(a, t + rng.randint(20 * SEC, 3 * MIN), ip, cl, model, T.followup_prompt(rng),
                      out, turns=3, maxtok=rng.choice(c.maxtok), hist=tok(p) + out)

    def s_data(self, a, c, rng, t):
        ip, cl, model = c.ipf(rng, t), c.cl(rng), c.model(rng, t)
        self.emit(a, t, ip, cl, model, T.data_prompt(rng), ln(rng, 700, 0.6, 80, 5000),
                  maxtok=rng.choice(c.maxtok))

    def s_grade_teacher(self, a, c, rng, t):
        ip, cl, model = c.ipf(rng, t), c.cl(rng), c.model(rng, t)
        crit = ", ".join(rng.sample(T.RUBRIC_CRITERIA, rng.randint(2, 4)))
        p = (f"I'm marking essays for my Year {rng.randint(7, 13)} class. Rubric: {crit}. "
             f"Give this one a mark out of {rng.choice([10, 20, 25])} and two comments I can pass on "
             f"to the student:\n\n{T.essay_excerpt(rng)}")
        self.emit(a, t, ip, cl, model, p, ln(rng, 380, 0.5, 60, 2000), maxtok=rng.choice(c.maxtok))

    def run_sessions(self, a, c, rng, n, lo, hi, tz, prof, mix):
        lo = max(lo, a["created"] + rng.randint(1 * MIN, 30 * MIN))
        if lo >= hi:
            return
        for _ in range(n):
            t = sample_time(rng, lo, hi, tz, prof)
            wchoice(rng, mix)(a, c, rng, t)

    def std_mix(self, chat=0.56, code=0.10, student=0.08, vision=0.07, rewrite=0.12, data=0.04,
                grade=0.01, agent=0.02):
        return [(self.s_chat, chat), (self.s_code, code), (self.s_student, student),
                (self.s_vision, vision), (self.s_rewrite, rewrite), (self.s_data, data),
                (self.s_grade_teacher, grade), (self.s_dev_agent, agent)]

    # ---------------------------------------------------------- ip helpers
    def home_ipf(self, rng, cc, mobile=0.2, vpn=0.04, travel=0.02, v6=0.12):
        nets = self.net.isp.get(cc) or self.net.isp["US"]
        v6nets = [n for n in nets if n.v6]
        v4nets = [n for n in nets if not n.v6]
        home_net = rng.choice(v6nets) if (v6nets and rng.random() < v6) else rng.choice(v4nets)
        homes = [home_net.ip(rng)]
        if rng.random() < 0.15:
            homes.append(home_net.ip(rng))
        switch = rng.randrange(WS, WE)
        mob = self.net.mobile_any(rng, cc)
        vpnnet = rng.choice(self.net.vpn)
        other = rng.choice(N.COUNTRIES)[0]

        def f(r, t):
            x = r.random()
            if x < mobile:
                return mob.ip(r)
            if x < mobile + vpn:
                return vpnnet.ip(r)
            if x < mobile + vpn + travel:
                return self.net.isp_any(r, other).ip(r)
            return homes[-1] if t >= switch else homes[0]
        return f

    def fixed_ipf(self, ips):
        return lambda r, t: ips[0] if len(ips) == 1 else r.choice(ips)

    def clf(self, family, rng):
        fixed = N.client(rng, family)
        return lambda r: fixed

    def created_before(self, rng, years=3.0, recent_bias=1.6):
        back = (rng.random() ** recent_bias) * years * 365 * DAY
        return WS - int(back) - rng.randint(1 * HOUR, 5 * DAY)

    # ================================================================ background
    def bg_individuals(self, n):
        rng = self.rng("bg_individual")
        ccs = [(c, w) for c, _, w in N.COUNTRIES]
        for _ in range(n):
            cc = wchoice(rng, ccs)
            created = self.created_before(rng) if rng.random() < 0.86 else rng.randrange(WS, WE - DAY)
            local = human_local(rng)
            dom = rng.choice(LOCAL_MAIL[cc]) if (cc in LOCAL_MAIL and rng.random() < 0.3) else wchoice(rng, MAILS)
            ch = wchoice(rng, [("standard", 90), ("education", 8), ("startup", 2)])
            if ch == "education":
                uni = rng.choice(N.UNIVERSITIES)
                dom, local = uni[2], student_local(rng, rng.choice(["uk", "us", "eu", "x"]))
            a = self.account(rng, created=created, group="bg_individual", label="benign", country=cc,
                             domain=dom, local=local, pay=pay_fp(rng) if rng.random() < 0.6 else None,
                             channel=ch, verified=rng.random() < 0.35)
            if rng.random() < 0.04:
                continue  # signed up, never used
            fam = wchoice(rng, [("browser", 55), ("mobile_app", 25), ("py_sdk", 12), ("ts_sdk", 3),
                                ("openai_compat", 2), ("curl", 1), ("httpx", 2)])
            loc = [("en", 1)]
            if cc in ("ES", "DE", "FR", "BR", "IT", "MX", "AR", "JP", "ID"):
                loc = [("en", 0.7), ("other", 0.3)]
            elif cc in ("TW", "HK", "SG", "MY"):
                loc = [("en", 0.7), ("zh", 0.3)]
            c = Ctx(ipf=self.home_ipf(rng, cc), cl=self.clf(fam, rng), model=model_fn(adopt_casual, 0.05),
                    locale=loc)
            ns = 1 if rng.random() < 0.1 else int(ln(rng, 8, 0.9, 1, 80))
            self.run_sessions(a, c, rng, ns, WS, WE, N.TZ[cc], "human", self.std_mix())

    def bg_developers(self, n):
        rng = self.rng("bg_developer")
        ccs = [(c, w * (3 if c in ("US", "IN", "DE", "GB") else 1)) for c, _, w in N.COUNTRIES]
        hosts = [x for p in self.net.hosting.values() for x in p]
        n_rust = 5
        for i in range(n):
            cc = wchoice(rng, ccs)
            local = human_local(rng)
            dom = wchoice(rng, MAILS) if rng.random() < 0.7 else f"{rng.choice(WORDS)}{rng.choice(WORDS)}.{rng.choice(TLDS)}"
            ch = wchoice(rng, [("standard", 75), ("startup", 15), ("enterprise", 5), ("research", 5)])
            a = self.account(rng, created=self.created_before(rng, 2.5), group="bg_developer",
                             label="benign", country=cc, domain=dom, local=local,
                             pay=pay_fp(rng) if rng.random() < 0.85 else None, channel=ch,
                             verified=rng.random() < 0.6, nkeys=rng.randint(1, 3))
            home = self.home_ipf(rng, cc, mobile=0.05)
            office = self.net.isp_any(rng, cc).ip(rng)
            devbox = rng.choice(hosts).ip(rng)
            po, pd = rng.random() * 0.4, rng.random() * 0.25

            def ipf(r, t, home=home, office=office, devbox=devbox, po=po, pd=pd):
                x = r.random()
                return office if x < po else devbox if x < po + pd else home(r, t)
            fam = wchoice(rng, [("cli_agent", 30), ("ide", 20), ("py_sdk", 25), ("ts_sdk", 10),
                                ("langchain", 5), ("litellm", 5), ("httpx", 5)])
            cl = self.clf(fam, rng)
            if i < n_rust:  # a handful of developers on an uncommon Rust HTTP stack
                cl = (lambda fixed: (lambda r: fixed))((rng.choice(["reqwest/0.11.27", "aster-rs/0.3.1"]), N.FP["harness"]))
            c = Ctx(ipf=ipf, cl=cl, model=model_fn(adopt_dev), think_p=0.3,
                    maxtok=[4096, 8192, 8192, 16000, 32000])
            mix = [(self.s_dev_agent, 0.35), (self.s_code, 0.35), (self.s_chat, 0.12),
                   (self.s_student, 0.05), (self.s_data, 0.05), (self.s_rewrite, 0.04), (self.s_vision, 0.04)]
            ns = int(ln(rng, 10, 0.8, 1, 90))
            self.run_sessions(a, c, rng, ns, WS, WE, N.TZ[cc], rng.choice(["office", "human"]), mix)

    # ---------------------------------------------------------- app backends
    APP_KINDS = ["support", "summarize", "tutor", "translate", "copy", "moderate", "review", "extract",
                 "rag", "receipts", "email"]
    BRANDS = ["Fernwood", "Kitebox", "Loomly", "Brisk Pay", "Parcelio", "Quillr", "Mendable Health",
              "Tidepool", "Nestwise", "Orbitly", "Crumb & Co", "Veloce Bikes", "StudyOwl", "Shelfie",
              "Harbor Insurance", "Plantly", "Ticketdesk", "Gymflow", "Rentora", "Snapledger",
              "Wordsmithy", "Cartwheel", "Lingo Lane", "Bloomcart", "Pocketvet", "Homely"]

    def app_system(self, rng, kind, brand):
        if kind == "support":
            return (f"You are the customer support assistant for {brand}. Be concise and friendly. "
                    f"Never promise refunds over {rng.choice([50, 100, 200])} EUR; escalate those to a human. "
                    f"Business hours: 9-18 CET.")
        if kind == "summarize":
            return "Summarize the meeting notes into decisions and action items with owners. Use bullet points."
        if kind == "tutor":
            return (f"You are {brand}'s maths tutor for secondary-school students. Explain each step of the "
                    f"solution clearly and check the student understands before moving on.")
        if kind == "translate":
            return f"Translate the user's text into {rng.choice(T.SLOTS['lang'])}. Output only the translation."
        if kind == "copy":
            return f"You write product copy for {brand}'s online shop. Follow the requested length and style."
        if kind == "moderate":
            return ("Rewrite user comments to remove insults and personal attacks while keeping the "
                    "complaint. Output only the rewritten comment.")
        if kind == "review":
            return "You are a code reviewer. Point out bugs and risky patterns in the snippet. Be brief."
        if kind == "extract":
            return 'Extract vendor, date, total and currency from the text. Reply with JSON only.'
        if kind == "rag":
            return f"Answer questions about {brand}'s policies using only the provided context. Say 'I don't know' otherwise."
        if kind == "receipts":
            return "Read the receipt image and return the line items as JSON."
        return f"You help {brand} users draft short, clear emails."

    def app_request(self, rng, kind, brand):
        """(prompt, out_tokens, image, turns_in_conversation)"""
        if kind == "support":
            return T.support_message(rng), ln(rng, 120, 0.5, 15, 600), False, 1 + 2 * geom(rng, 0.5)
        if kind == "summarize":
            return T.meeting_notes(rng), ln(rng, 180, 0.4, 30, 800), False, 1
        if kind == "tutor":
            return T.student_reasoning_prompt(rng), ln(rng, 550, 0.5, 80, 3000), False, 1 + 2 * geom(rng, 0.35)
        if kind == "translate":
            p = T.paragraph(rng, rng.randint(1, 4))
            return p, int(tok(p) * 1.2) + 5, False, 1
        if kind == "copy":
            return T.product_copy_request(rng), ln(rng, 150, 0.3, 40, 400), False, 1
        if kind == "moderate":
            return T.moderation_rewrite(rng), ln(rng, 30, 0.3, 8, 120), False, 1
        if kind == "review":
            return T.code_snippet(rng), ln(rng, 220, 0.5, 30, 1200), False, 1
        if kind == "extract":
            p = (f"INVOICE {rng.randint(1000, 99999)}\n{rng.choice(self.BRANDS)} Ltd\nDate: "
                 f"{rng.randint(1, 28)}/{rng.randint(1, 12)}/2026\nTotal due: {rng.randint(10, 9000)}.{rng.randint(0, 99):02d} "
                 f"{rng.choice(['EUR', 'USD', 'GBP'])}")
            return p, ln(rng, 45, 0.2, 20, 90), False, 1
        if kind == "rag":
            p = f"Context:\n{T.paragraph(rng)}\n\nQuestion: {T.support_message(rng)}"
            return p, ln(rng, 110, 0.5, 10, 500), False, 1
        if kind == "receipts":
            return (f"{rng.choice(['receipt', 'IMG', 'scan', 'photo', 'upload'])}_{rng.randint(1000, 99999)}"
                    f".{rng.choice(['jpg', 'png', 'heic'])}", ln(rng, 160, 0.4, 30, 600), True, 1)
        return T.chat_prompt(rng), ln(rng, 180, 0.5, 20, 900), False, 1

    def make_app(self, rng, *, group, label, hard, kind, brand, net, cc, daily, fam, mini,
                 adopt, accounts=1, channel=None, created=None, org=True, serverless=None):
        dom = brand.lower().replace(" & ", "").replace(" ", "").replace("&", "") + "." + rng.choice(["com", "io", "app", "co"])
        orgid = f"org_{dom.split('.')[0]}" if org else None
        pay = pay_fp(rng)
        sysp = self.app_system(rng, kind, brand)
        serverless = (rng.random() < 0.3) if serverless is None else serverless
        ips = [net.ip(rng) for _ in range(rng.randint(1, 3))]
        ipf = (lambda r, t: net.ip(r)) if serverless else self.fixed_ipf(ips)
        cl = self.clf(fam, rng)
        tz = N.TZ.get(cc, 0)
        for k in range(accounts):
            a = self.account(rng, created=created or self.created_before(rng, 2.0, 1.0), group=group,
                             label=label, hard=hard, country=cc, domain=dom,
                             local=rng.choice(["dev", "admin", "ops", "api", "eng", human_local(rng)]),
                             pay=pay, channel=channel or wchoice(rng, [("standard", 60), ("startup", 30), ("enterprise", 10)]),
                             verified=rng.random() < 0.7, org=orgid, nkeys=rng.randint(1, 2))
            scale = 1.0 if k == 0 else 0.15  # second account = staging
            total = int(daily * scale * 14)
            mf = model_fn(adopt, mini)
            mt = rng.choice([512, 1024, 2048, 4096])
            done = 0
            while done < total:
                t = sample_time(rng, max(WS, a["created"] + HOUR), WE, tz, "human")
                p, out, img, conv = self.app_request(rng, kind, brand)
                model = mf(rng, t)
                hist = 0
                for j in range(0, conv, 2):
                    q = p if j == 0 else (T.support_message(rng) if kind == "support" else T.followup_prompt(rng))
                    self.emit(a, t, ipf(rng, t), cl(rng), model, q, out, system=sysp, turns=j + 1,
                              image=img, maxtok=mt, hist=hist)
                    hist += tok(q) + out
                    t += rng.randint(15 * SEC, 2 * MIN)
                    done += 1

    def bg_apps(self, n):
        rng = self.rng("bg_app")
        hosts = [x for p in self.net.hosting.values() for x in p]
        for i in range(n):
            net = rng.choice(hosts)
            brand = rng.choice(self.BRANDS) + ("" if rng.random() < 0.5 else f" {rng.choice(['Labs', 'HQ', 'Cloud', 'AI'])}")
            at = RELEASE + rng.randint(2 * DAY, 5 * DAY)
            adopt = adopt_switch(at, 1.0) if rng.random() < 0.25 else adopt_none
            self.make_app(rng, group="bg_app", label="benign", hard=False, kind=rng.choice(self.APP_KINDS),
                          brand=brand, net=net, cc=net.country if net.country in N.TZ else "US",
                          daily=ln(rng, 48, 0.6, 6, 250),
                          fam=rng.choice(["py_sdk", "ts_sdk", "go", "java", "openai_compat", "httpx", "litellm"]),
                          mini=rng.choice([0, 0, 0.5, 1.0]), adopt=adopt,
                          accounts=2 if rng.random() < 0.2 else 1)

    def bg_companies(self, n_orgs):
        rng = self.rng("bg_company")
        ccs = [(c, w) for c, _, w in N.COUNTRIES]
        for i in range(n_orgs):
            cc = wchoice(rng, ccs)
            name = f"{rng.choice(WORDS).capitalize()}{rng.choice(['soft', 'works', ' Partners', ' GmbH', ' Ltd', ' Group', 'ly'])}"
            dom = name.lower().replace(" ", "") + "." + rng.choice(["com", "de", "co.uk", "io", "net"])
            org = "org_" + name.lower().replace(" ", "")[:14] + f"{i}"
            shared_card = pay_fp(rng) if rng.random() < 0.8 else None
            if rng.random() < 0.6:
                onet = self.net.new_v4(24, 64600 + i, f"{name} corporate network", cc, "enterprise")
                office = [onet.host(k) for k in range(rng.randint(1, 3))]
            else:
                office = [self.net.isp_any(rng, cc).ip(rng)]
            size = int(ln(rng, 8, 0.6, 3, 25))
            onboard = self.created_before(rng, 2.0, 1.0)
            for k in range(size):
                created = onboard + rng.randint(0, 50 * MIN) if rng.random() < 0.6 else onboard + rng.randint(1, 400) * DAY // 2
                created = min(created, WE - 2 * DAY)
                a = self.account(rng, created=created, group="bg_company", label="benign", country=cc,
                                 domain=dom, local=human_local(rng).split("_")[0],
                                 pay=shared_card or pay_fp(rng),
                                 channel=rng.choice(["enterprise", "standard"]), verified=rng.random() < 0.8,
                                 org=org)
                home = self.home_ipf(rng, cc, mobile=0.1)

                def ipf(r, t, office=office, home=home):
                    h = (t / HOUR + N.TZ[cc]) % 24
                    return r.choice(office) if (8 <= h < 18 and r.random() < 0.85) else home(r, t)
                c = Ctx(ipf=ipf, cl=self.clf(rng.choice(["browser", "py_sdk", "cli_agent", "ide"]), rng),
                        model=model_fn(adopt_dev), think_p=0.15)
                mix = self.std_mix(chat=0.3, code=0.25, student=0.03, vision=0.05, rewrite=0.2, data=0.05,
                                   grade=0.02, agent=0.1)
                self.run_sessions(a, c, rng, int(ln(rng, 6, 0.8, 1, 50)), WS, WE, N.TZ[cc], "office", mix)

    # ================================================================ hard benign look-alikes
    def hard_enterprise(self, inst):
        """One company, one card, one NAT, one TLS-inspecting proxy; rollout burst in the window."""
        rng = self.rng(f"hard_ent{inst}")
        name = ["Kestrel Systems", "Halvard Analytics", "Corvid Robotics"][inst % 3]
        dom = name.lower().replace(" ", "") + ".com"
        org = "org_" + name.split()[0].lower()
        cc, tz = ["US", "DE", "US"][inst % 3], [-8, 1, -5][inst % 3]
        onet = self.net.new_v4(28, 64900 + inst, f"{name} Inc.", cc, "enterprise")
        nat = [onet.host(k) for k in range(3)]
        card = pay_fp(rng)
        rollout = WS + 2 * DAY + 16 * HOUR + inst * DAY
        switch = RELEASE + 22 * HOUR
        mf = model_fn(adopt_switch(switch, 0.92))
        vpn = rng.choice(self.net.vpn)
        for k in range(130):
            created = rollout + k * rng.randint(8, 30) * SEC if k < 100 else self.created_before(rng, 1.5)
            a = self.account(rng, created=created, group="hard_enterprise_nat", label="benign", hard=True,
                             country=cc, domain=dom, local=f"{rng.choice(T.FIRST).lower()}.{rng.choice(T.LAST).lower()}",
                             pay=card, channel="enterprise", verified=True, org=org)
            fam = rng.choice(["cli_agent", "cli_agent", "py_sdk", "browser", "ide"])
            ua = N.client(rng, fam)[0]

            def ipf(r, t, vpn=vpn):
                return vpn.ip(r) if r.random() < 0.05 else r.choice(nat)  # remote staff on corporate VPN
            c = Ctx(ipf=ipf, cl=(lambda ua: (lambda r: (ua, N.FP["corp_proxy"])))(ua), model=mf, think_p=0.35,
                    maxtok=[8192, 16000, 32000],
                    system=lambda r: f"You are {name}'s internal assistant. Follow the data-handling policy; never paste customer PII.")
            mix = [(self.s_dev_agent, 0.35), (self.s_code, 0.25), (self.s_student, 0.08), (self.s_chat, 0.18),
                   (self.s_rewrite, 0.1), (self.s_data, 0.04)]
            self.run_sessions(a, c, rng, int(ln(rng, 9, 0.6, 1, 60)), WS, WE, tz, "office", mix)

    CLASS_PROBLEMS = None

    def hard_class(self, inst):
        """A university class signs up together on the campus NAT and works the same problem set."""
        rng = self.rng(f"hard_class{inst}")
        uni = N.UNIVERSITIES[[0, 22, 1][inst % 3]]
        campus = self.net.edu[uni[0]]
        nat = [campus.host(k * 7) for k in range(4)]
        cc = uni[1]
        tz = N.TZ.get(cc, 0)
        course = rng.choice(["MATH2045", "COMP1721", "ECON2101", "PHYS1030"])
        week1 = [T.math_problem(rng) for _ in range(8)]
        week2 = [T.math_problem(rng) for _ in range(8)]
        lab = WS + DAY + 10 * HOUR - int(tz * HOUR)
        deadlines = [WS + 4 * DAY + 23 * HOUR, WS + 11 * DAY + 23 * HOUR]
        lab_ua = ("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36", N.FP["chrome122"])
        sysp = f"You are a tutor for {course}. Help students understand; explain the reasoning behind each step."
        people = [("student", 85), ("ta", 3), ("lecturer", 1)]
        k = 0
        for role, cnt in people:
            for _ in range(cnt):
                k += 1
                created = lab + k * rng.randint(10, 45) * SEC if (role == "student" and k <= 80) else self.created_before(rng, 1.0)
                own_card = rng.random() < 0.12 or role != "student"
                a = self.account(rng, created=created, group="hard_university_class", label="benign", hard=True,
                                 country=cc, domain=uni[2],
                                 local=student_local(rng, "uk") if role == "student" else human_local(rng),
                                 pay=pay_fp(rng) if own_card else None, channel="education",
                                 verified=role != "student" and rng.random() < 0.7)
                home = self.home_ipf(rng, cc, mobile=0.25)

                def ipf(r, t, home=home):
                    h = (t / HOUR + tz) % 24
                    wd = int((t / HOUR + tz) // 24 + 3) % 7
                    on_campus = wd < 5 and 9 <= h < 17
                    return r.choice(nat) if (on_campus and r.random() < 0.8) else home(r, t)
                cl = (lambda r: lab_ua) if rng.random() < 0.7 else self.clf(rng.choice(["browser", "py_sdk"]), rng)
                c = Ctx(ipf=ipf, cl=cl, model=model_fn(adopt_casual), think_p=0.3,
                        maxtok=[2048, 4096, 8192, 16000], system=(lambda r: sysp) if rng.random() < 0.5 else None)
                if role == "ta":
                    for _ in range(rng.randint(25, 60)):
                        t = sample_time(rng, deadlines[0], WE, tz, "office") if rng.random() < 0.8 else \
                            sample_time(rng, WS, WE, tz, "office")
                        self.s_grade_teacher(a, c, rng, t)
                    continue
                n_sess = int(ln(rng, 14, 0.5, 3, 50))
                for _ in range(n_sess):
                    x = rng.random()
                    if x < 0.55:  # working on the problem set, often the night before a deadline
                        wk = 0 if rng.random() < 0.5 else 1
                        dl = deadlines[wk]
                        t = dl - int(rng.random() ** 2 * 3 * DAY)
                        prob = rng.choice(week1 if wk == 0 else week2)
                        prob = f"{course} sheet {wk + 1}, Q{rng.randint(1, 8)}: {prob}" if rng.random() < 0.4 else prob
                        self.s_student(a, c, rng, t, prob)
                    elif x < 0.75:
                        self.s_code(a, c, rng, sample_time(rng, WS, WE, tz, "student"))
                    else:
                        self.s_chat(a, c, rng, sample_time(rng, WS, WE, tz, "student"))

    def hard_cloud_backends(self, inst):
        """Many small, unrelated app backends in one cloud region, same base image and SDK."""
        rng = self.rng(f"hard_cloud{inst}")
        net = self.net.hosting["Amazon.com, Inc."][inst % 3]
        kinds = ["tutor", "moderate", "copy", "support", "extract", "rag", "summarize", "grader", "quiz"]
        for i in range(50):
            brand = f"{rng.choice(WORDS).capitalize()}{rng.choice(['ly', 'io', 'hub', 'stack', 'mate', 'ify'])}"
            kind = rng.choice(kinds)
            if kind in ("grader", "quiz"):
                self._edtech_backend(rng, brand, kind, net)
                continue
            self.make_app(rng, group="hard_cloud_backends", label="benign", hard=True, kind=kind, brand=brand,
                          net=net, cc="US", daily=ln(rng, 14, 0.7, 3, 100), fam="py_sdk", mini=0.3,
                          adopt=adopt_switch(RELEASE + rng.randint(1, 6) * DAY, 1.0) if rng.random() < 0.3 else adopt_none,
                          serverless=rng.random() < 0.5)

    def _edtech_backend(self, rng, brand, kind, net):
        dom = brand.lower() + ".com"
        a = self.account(rng, created=self.created_before(rng, 1.5, 1.0), group="hard_cloud_backends",
                         label="benign", hard=True, country="US", domain=dom, local="api", pay=pay_fp(rng),
                         channel="startup", verified=True, org=f"org_{brand.lower()}")
        cl = (N.CLIENTS["py_sdk"][0][0], N.FP["py30"])
        sysp = (f"You are {brand}'s automated essay scorer. Score against the teacher's rubric and justify each criterion briefly."
                if kind == "grader" else
                f"You write practice questions with fully worked solutions for {brand}'s revision app.")
        total = int(ln(rng, 14, 0.6, 3, 80) * 14)
        for _ in range(total):
            t = sample_time(rng, WS, WE, -5, "human")
            if kind == "grader":
                crit = ", ".join(rng.sample(T.RUBRIC_CRITERIA, 4))
                p = f"Rubric: {crit}\nMax per criterion: 5\nEssay prompt: {T.paragraph(rng, 1)}\nStudent essay:\n{T.essay_excerpt(rng)}"
                out = ln(rng, 320, 0.3, 80, 900)
            else:
                p = (f"Topic: {rng.choice(['quadratics', 'probability', 'vectors', 'kinematics', 'stoichiometry', 'percentages'])}\n"
                     f"Level: {rng.choice(['GCSE', 'A-level', 'AP', 'IB HL'])}\nWrite {rng.randint(3, 8)} questions with worked solutions.")
                out = ln(rng, 1400, 0.4, 300, 4000)
            self.emit(a, t, net.ip(rng), cl, OLD, p, out, system=sysp, maxtok=4096)

    def hard_reseller(self, inst):
        """A declared, verified reseller: old sub-accounts, one card, a gateway, ordinary customers."""
        rng = self.rng(f"hard_reseller{inst}")
        name = ["RelayDesk", "Switchyard AI", "Conduit Labs"][inst % 3]
        dom = name.lower().replace(" ", "") + ".io"
        org = "org_" + name.split()[0].lower()
        card = pay_fp(rng)
        pool = [n.ip(rng) for n in (self.net.hosting["Hetzner Online GmbH"][0], self.net.hosting["DigitalOcean, LLC"][3])
                for _ in range(6)]
        onboard = WS + 3 * DAY + 9 * HOUR
        for k in range(120):
            created = onboard + (k - 95) * rng.randint(20, 70) * SEC if k >= 95 else WS - rng.randint(20, 600) * DAY
            cust = f"cust-{rng.choice(WORDS)}{rng.choice(['', '-' + rng.choice(WORDS)])}"
            cc = rng.choice(["DE", "GB", "NL", "FR", "SG", "JP", "US", "ES"])
            a = self.account(rng, created=created, group="hard_legit_reseller", label="benign", hard=True,
                             country=cc, domain=dom, local=cust, pay=card, channel="reseller", verified=True, org=org)
            ua = rng.choice(["RelayDesk-Gateway/2.3", "RelayDesk-Gateway/2.4"])
            c = Ctx(ipf=lambda r, t: r.choice(pool), cl=(lambda ua: (lambda r: (ua, N.FP["relay_gw"])))(ua),
                    model=model_fn(adopt_casual, 0.2), locale=[("en", 0.8), ("other", 0.2)])
            mix = self.std_mix(chat=0.45, code=0.2, student=0.05, vision=0.05, rewrite=0.15, data=0.06,
                               grade=0.01, agent=0.03)
            self.run_sessions(a, c, rng, int(ln(rng, 12, 0.7, 1, 70)), WS, WE, N.TZ[cc], "human", mix)

    def hard_eval(self, inst):
        """An evaluation company: fixed benchmark items, LLM-as-judge, immediate runs on the new model."""
        rng = self.rng(f"hard_eval{inst}")
        name = ["Gauge Labs", "Benchwright", "Metricon"][inst % 3]
        dom = name.lower().replace(" ", "") + ".ai"
        org = "org_" + name.split()[0].lower()
        card = pay_fp(rng)
        net = self.net.hosting["Google LLC"][inst % 2]
        ips = [net.ip(rng) for _ in range(4)]
        items = []
        for _ in range(260):
            x = rng.random()
            if x < 0.45:
                items.append(("math", f"Solve the following problem. Show your work, then give the final answer "
                                      f"on the last line as 'ANSWER: <value>'.\n\n{T.math_problem(rng)}"))
            elif x < 0.7:
                items.append(("code", f"Write a Python function for the task below. Return only a single code block.\n\n"
                                      f"{T.algo_problem(rng)}"))
            elif x < 0.85:
                q = T.math_problem(rng)
                opts = "\n".join(f"{l}) {rng.randint(-50, 500)}" for l in "ABCD")
                items.append(("mcq", f"{q}\n{opts}\nAnswer with the letter only."))
            else:
                crit = ", ".join(rng.sample(T.RUBRIC_CRITERIA, 3))
                items.append(("judge", f"[JUDGE v3] Rate the assistant response from 1 to 10 on {crit}. "
                                       f"Output JSON {{\"score\": int, \"rationale\": str}}.\n\nUSER: {T.chat_prompt(rng)}\n\n"
                                       f"ASSISTANT: {T.short_answer(rng)}"))
        accts = []
        for k in range(28):
            accts.append(self.account(rng, created=self.created_before(rng, 1.2, 1.0), group="hard_eval_benchmark",
                                      label="benign", hard=True, country="US", domain=dom,
                                      local=rng.choice(["eval", "bench", "ci", "runner"]) + f"-{k:02d}",
                                      pay=card, channel=rng.choice(["enterprise", "startup"]), verified=True, org=org))
        cl = (N.CLIENTS["httpx"][0][0], N.FP["py31"])
        runs = []
        for d in range(14):
            runs.append((WS + d * DAY + 2 * HOUR + rng.randint(0, 40) * MIN, OLD, rng.randint(60, 140)))
            if rng.random() < 0.3:
                runs.append((WS + d * DAY + 14 * HOUR, MINI, rng.randint(40, 80)))
        runs.append((RELEASE + 95 * MIN, NEW, 260))
        runs.append((RELEASE + 7 * HOUR, NEW, 260))
        for d in range(8, 14):
            runs.append((WS + d * DAY + 3 * HOUR, NEW, rng.randint(80, 160)))
        for start, model, nitems in runs:
            chosen = rng.sample(items, min(nitems, len(items)))
            think = rng.random() < 0.5
            for j, (kind, p) in enumerate(chosen):
                a = accts[j % len(accts)]
                t = start + j * rng.randint(800, 2500)
                out = {"math": ln(rng, 900, 0.5, 100, 6000), "code": ln(rng, 350, 0.5, 60, 2000),
                       "mcq": ln(rng, 3, 0.3, 1, 12), "judge": ln(rng, 140, 0.3, 40, 400)}[kind]
                self.emit(a, t, rng.choice(ips), cl, model, p, out, maxtok=16000,
                          think=ln(rng, 3000, 0.6, 200, 16000) if (think and kind == "math") else None)

    def hard_vpn(self, inst):
        rng = self.rng(f"hard_vpn{inst}")
        ccs = [(c, w) for c, _, w in N.COUNTRIES]
        for k in range(160):
            cc = wchoice(rng, ccs)
            if k < 12:
                cc = rng.choice(["AE", "TR", "HK", "GB"])
            a = self.account(rng, created=self.created_before(rng, 2.0), group="hard_vpn_users", label="benign",
                             hard=True, country=cc, domain=wchoice(rng, MAILS), local=human_local(rng),
                             pay=pay_fp(rng) if rng.random() < 0.7 else None, channel="standard",
                             verified=rng.random() < 0.4)
            vnet = rng.choice(self.net.vpn)
            home = self.home_ipf(rng, cc, mobile=0.1, vpn=0)
            pv = rng.uniform(0.6, 1.0)
            rcc = rng.choice(["CN", "RU"]) if k < 12 else None
            rnet = self.net.isp_any(rng, rcc) if rcc else None
            tor = rng.random() < 0.06  # privacy-minded users who sometimes go through Tor

            def ipf(r, t, vnet=vnet, home=home, pv=pv, rnet=rnet, tor=tor):
                x = r.random()
                if rnet is not None and x < 0.12:
                    return rnet.ip(r)  # traveller, VPN switched off
                if tor and x < 0.3:
                    return r.choice(self.net.tor).ip(r)
                if x < pv:
                    return vnet.ip(r) if r.random() < 0.8 else r.choice(self.net.vpn).ip(r)
                return home(r, t)
            c = Ctx(ipf=ipf, cl=self.clf(rng.choice(["browser", "browser", "mobile_app", "py_sdk"]), rng),
                    model=model_fn(adopt_casual), think_p=0.1)
            self.run_sessions(a, c, rng, int(ln(rng, 5, 0.8, 1, 40)), WS, WE, N.TZ[cc], "human",
                              self.std_mix(chat=0.5, code=0.15, student=0.12, rewrite=0.1))

    def hard_hackathon(self, inst):
        """A startup-programme hackathon cohort: burst sign-up, venue Wi-Fi, one agent starter kit."""
        rng = self.rng(f"hard_hack{inst}")
        cc = ["DE", "GB", "SG"][inst % 3]
        tz = N.TZ[cc]
        start = WS + 5 * DAY + 9 * HOUR - int(tz * HOUR)
        venue = [self.net.isp[cc][0].ip(rng) for _ in range(2)]
        deploy = self.net.hosting["Hetzner Online GmbH" if cc == "DE" else "DigitalOcean, LLC"][0]
        sponsor = pay_fp(rng)
        kit = rng.choice(["agentkit", "launchpad", "sparkplug"])
        tools = ["web_search", "fetch_url", "run_python", "read_file", "write_file", "send_message"]
        sysp = (f"You are an autonomous agent built with the {kit} starter kit. Use the tools to accomplish the "
                f"user's goal. Think about which tool fits before calling it.")
        ts_ua = ("aster-typescript/0.30.1", N.FP["node20"])
        for k in range(90):
            created = start + rng.randint(0, 100) * MIN
            team = f"{rng.choice(WORDS)}{rng.choice(WORDS)}"
            own = rng.random() < 0.25
            a = self.account(rng, created=created, group="hard_hackathon_cohort", label="benign", hard=True,
                             country=cc, domain=f"{team}.{rng.choice(TLDS)}" if rng.random() < 0.3 else wchoice(rng, MAILS),
                             local=human_local(rng), pay=pay_fp(rng) if own else sponsor, channel="startup",
                             verified=False)
            dip = deploy.ip(rng)
            home = self.home_ipf(rng, cc)

            def ipf(r, t, dip=dip, home=home):
                if t < start + 34 * HOUR:
                    return r.choice(venue) if r.random() < 0.8 else dip
                return dip if r.random() < 0.6 else home(r, t)
            c = Ctx(ipf=ipf, cl=lambda r: ts_ua, model=model_fn(adopt_dev), think_p=0.2,
                    maxtok=[4096, 8192], system=lambda r: sysp)
            for _ in range(int(ln(rng, 6, 0.5, 2, 20))):
                t = created + rng.randint(10 * MIN, 34 * HOUR)
                self.s_kit_agent(a, c, rng, t, tools)
            if rng.random() < 0.3:
                for _ in range(rng.randint(1, 6)):
                    self.s_kit_agent(a, c, rng, rng.randrange(start + 2 * DAY, WE), tools)

    def s_kit_agent(self, a, c, rng, t, tools):
        ip, cl, model = c.ipf(rng, t), c.cl(rng), c.model(rng, t)
        goal = rng.choice(["find cheap flights to {city} and summarise them", "build a reading list about {hobby}",
                           "monitor prices of {product} under {budget}", "plan a {days}-day trip to {city}",
                           "summarise today's news about {concept}", "write and run a script that cleans {file}",
                           "compare {n} {product} and pick one for me", "draft a pitch for a {business} in {city}",
                           "find {n} events about {hobby} in {city} this month"])
        goal = T.casual(rng, T.fill(rng, goal, product=["GPUs", "standing desks", "e-bikes", "espresso machines",
                                                        "used cars", "noise-cancelling headphones"],
                                    file=["my CSV", "sales_2025.xlsx", "the survey export", "contacts.csv"]))
        hist = 1500
        steps = rng.randint(2, 7)
        for i in range(steps):
            p = goal if i == 0 else ""
            last = i == steps - 1
            out = ln(rng, 260, 0.6, 20, 2500)
            self.emit(a, t, ip, cl, model, p, out, system=c.system(rng), turns=1 + 2 * i, tools=tools,
                      tool_calls=0 if last else rng.randint(1, 2), maxtok=rng.choice(c.maxtok), hist=hist)
            hist += out + rng.randint(200, 2000)
            t += rng.randint(2 * SEC, 20 * SEC)

    # ================================================================ attacks
    def _harvest_one(self, a, rng, t, ip, cl, model, style, mix, maxtok, think_p, system=None, turns=1, hist=0):
        kind = wchoice(rng, mix)
        if kind == "reason":
            p = H.reasoning_harvest(rng, style)
            out = ln(rng, 2600, 0.55, 500, 14000)
            th = ln(rng, 5000, 0.6, 500, 30000) if rng.random() < think_p else None
        elif kind == "code":
            p = H.coding_harvest(rng, style)
            out = ln(rng, 2200, 0.5, 400, 12000)
            th = ln(rng, 3000, 0.6, 300, 20000) if rng.random() < think_p * 0.6 else None
        elif kind == "grade":
            p = H.grading_harvest(rng, style)
            out = ln(rng, 750, 0.4, 150, 3000)
            th = None
        elif kind == "rewrite":
            p = H.rewrite_harvest(rng, style)
            out = ln(rng, 1100, 0.5, 200, 5000)
            th = None
        else:
            p = H.datagen_harvest(rng, style)
            out = ln(rng, 4200, 0.5, 800, 16000)
            th = None
        self.emit(a, t, ip, cl, model, p, out, system=system, turns=turns, maxtok=rng.choice(maxtok),
                  think=th, hist=hist)
        return p, out

    def att_hydra(self, inst):
        L = "ABC"[inst]
        rng = self.rng(f"hydra{inst}")
        g = "reseller_hydra"
        c1, c2 = f"hydra_{L}1", f"hydra_{L}2"
        end1 = parse_ms("2026-03-11T04:00:00Z") - inst * 5 * HOUR
        pivot = RELEASE + rng.randint(8, 14) * HOUR
        self.campaign(c1, g, None, pivot)
        self.campaign(c2, g, c1, None)
        provs = ["Zenlayer Inc", "Tencent Building, Kejizhongyi Avenue", "Alibaba (US) Technology Co., Ltd.",
                 "The Constant Company, LLC"]
        h1 = rng.choice([n for n in self.net.hosting[rng.choice(provs)] if n.country in ("HK", "SG", "JP", "US")])
        h2 = rng.choice([n for n in self.net.hosting[rng.choice(provs)] if n.country in ("HK", "SG", "JP", "US")])
        vp = rng.choice([n for n in self.net.vpn if n.country in ("HK", "SG", "US", "JP", "GB")])
        pool1 = [h1.ip(rng) for _ in range(18)] + [h2.ip(rng) for _ in range(18)] + [vp.ip(rng) for _ in range(14)]
        h3 = rng.choice(self.net.hosting["Zenlayer Inc"])
        pool2 = rng.sample(pool1, 30) + [h3.ip(rng) for _ in range(15)]
        leak = [self.net.isp["CN"][0].ip(rng), self.net.isp["CN"][1].ip(rng)]
        style = H.HarvestStyle(rng, [("en", 0.6), ("zh", 0.4)],
                               [("plain", 45), ("tagged", 20), ("md", 15), ("xml", 10), ("reverse", 10)], 10)
        mix = [("reason", 45), ("code", 25), ("grade", 12), ("rewrite", 10), ("data", 8)]
        cards1 = [pay_fp(rng) for _ in range(7)]
        cards2 = [pay_fp(rng) for _ in range(3)] + [cards1[2]]
        bill = [("US", 30), ("SG", 15), ("HK", 15), ("GB", 10), ("MY", 10), ("JP", 8), ("CA", 6), ("AU", 6)]
        doms = [("outlook.com", 40), ("gmail.com", 25), ("hotmail.com", 10), ("proton.me", 10),
                ("mailnest.cc", 8), ("postbox7.net", 7)]
        patterns = ["r4", "nd2", "ww3"]

        def signup(n_per_wave, wave_starts, cards, camp):
            accts = []
            for wi, w0 in enumerate(wave_starts):
                wc = [cards[(wi + j) % len(cards)] for j in range(rng.randint(2, 3))]
                t = w0
                for _ in range(n_per_wave[wi]):
                    t += rng.randint(4, 70) * SEC
                    a = self.account(rng, created=t, group=g, label="attack", campaign=camp,
                                     country=wchoice(rng, bill), domain=wchoice(rng, doms),
                                     local=bot_local(rng, rng.choice(patterns)), pay=rng.choice(wc),
                                     channel=wchoice(rng, [("standard", 75), ("startup", 20), ("education", 5)]),
                                     verified=rng.random() < 0.1)
                    if rng.random() < 0.05:
                        continue  # signed up but never used
                    accts.append(a)
            return accts

        waves1 = [WS - d * DAY + rng.randint(10, 16) * HOUR for d in (12, 9, 5, 2)]
        acc1 = signup([rng.randint(62, 72) for _ in waves1], waves1, cards1, c1)
        w2 = end1 + 3 * HOUR
        acc2 = signup([70, 65], [w2, w2 + 90 * MIN], cards2, c2)

        def run(accts, lo, hi, pool, model_of, n_harv, n_cust):
            gw_ua = ["Go-http-client/2.0", "Go-http-client/2.0", "python-httpx/0.27.0"]
            cust_ua = ["Go-http-client/2.0", "OpenAI/Python 1.51.2", "OpenAI/JS 4.56.0", None]
            # harvest: batches load-balanced over all accounts, around the clock
            done = 0
            while done < n_harv:
                t = rng.randrange(lo, hi)
                size = rng.randint(15, 70)
                for j in range(size):
                    tt = t + j * rng.randint(3, 25) * SEC
                    a = rng.choice(accts)
                    ip = rng.choice(leak) if rng.random() < 0.004 else rng.choice(pool)
                    self._harvest_one(a, rng, tt, ip, (rng.choice(gw_ua), N.FP["gw_hydra"]), model_of(tt, True),
                                      style, mix, [16000, 32000, 32000, 64000], 0.7)
                done += size
            # the proxy service's paying customers: ordinary chat, mostly Chinese, daytime UTC+8
            done = 0
            cust_ctx = Ctx(ipf=lambda r, t: r.choice(pool), cl=lambda r: (r.choice(cust_ua), N.FP["gw_hydra"]),
                           model=lambda r, t: model_of(t, False), locale=[("zh", 0.6), ("en", 0.4)])
            while done < n_cust:
                a = rng.choice(accts)
                t = sample_time(rng, lo, hi, 8, "human")
                before = self.ev_count.get(a["account_id"], 0)
                wchoice(rng, [(self.s_chat, 70), (self.s_code, 20), (self.s_vision, 5), (self.s_rewrite, 5)])(a, cust_ctx, rng, t)
                done += max(1, self.ev_count.get(a["account_id"], 0) - before)

        def model1(t, harvest):
            if t < RELEASE:
                return OLD
            if harvest:
                return NEW if (t >= pivot and rng.random() < 0.82) else OLD
            return NEW if rng.random() < (0.5 if t >= pivot else adopt_casual(t)) else OLD

        def model2(t, harvest):
            return NEW if rng.random() < (0.75 if harvest else 0.35) else OLD
        span1 = (end1 - WS) / DAY
        run(acc1, WS, end1, pool1, model1, int(len(acc1) * 4.2 * span1), int(len(acc1) * 3.5 * span1))
        run(acc2, w2 + 2 * HOUR, WE, pool2, model2, int(len(acc2) * 4.2 * (WE - w2) / DAY),
            int(len(acc2) * 3.5 * (WE - w2) / DAY))

    def att_agentic(self, inst):
        L = "ABC"[inst]
        rng = self.rng(f"agentic{inst}")
        g, camp = "agentic_resproxy", f"tooluse_{L}"
        pivot = RELEASE + rng.randint(20, 30) * HOUR
        self.campaign(camp, g, None, pivot)
        rp_cc = [("US", 35), ("GB", 8), ("DE", 8), ("BR", 8), ("IN", 8), ("CA", 5), ("FR", 5), ("JP", 4),
                 ("MX", 4), ("PL", 3), ("ID", 4), ("VN", 4), ("TR", 4)]
        uas = ["aster-python/0.47.2", "python-httpx/0.27.0", "OpenAI/Python 1.51.2", "aster-typescript/0.30.1"]

        def ipf(r, t):
            cc = wchoice(r, rp_cc)
            if r.random() < 0.45:
                return r.choice(self.net.resproxy[cc]).ip(r)
            return r.choice([n for n in self.net.isp[cc] if not n.v6] or self.net.isp["US"]).ip(r)

        def model(r, t):
            return NEW if (t >= pivot and r.random() < 0.55) else OLD
        c = Ctx(ipf=ipf, cl=lambda r: (r.choice(uas), N.FP["harness"]), model=model)
        style = H.HarvestStyle(rng, [("en", 1.0)], [("plain", 60), ("md", 40)], 8)
        made = 0
        while made < 220:
            t0 = rng.randrange(WS - 20 * DAY, WS + 3 * DAY)
            for _ in range(min(rng.randint(2, 6), 220 - made)):
                t0 += rng.randint(1, 40) * MIN
                ch = wchoice(rng, [("education", 35), ("research", 25), ("startup", 25), ("standard", 15)])
                if ch == "education":
                    uni = rng.choice(N.UNIVERSITIES[1:])
                    dom, local, cc, pay = uni[2], student_local(rng, rng.choice(["us", "eu", "id", "x"])), uni[1], None
                elif ch == "research":
                    dom = rng.choice(["gmail.com", "proton.me", "outlook.com", f"{rng.choice(WORDS)}-lab.org"])
                    local, cc, pay = human_local(rng), rng.choice(["US", "GB", "DE", "IN", "CA"]), None if rng.random() < 0.5 else pay_fp(rng)
                elif ch == "startup":
                    dom = f"{rng.choice(WORDS)}{rng.choice(WORDS)}.{rng.choice(TLDS)}"
                    local, cc, pay = rng.choice(["founder", "hello", "team", human_local(rng)]), rng.choice(["US", "SG", "GB", "DE"]), pay_fp(rng)
                else:
                    dom, local, cc, pay = wchoice(rng, MAILS), human_local(rng), rng.choice(["US", "CA", "AU", "GB"]), pay_fp(rng)
                a = self.account(rng, created=t0, group=g, label="attack", campaign=camp, country=cc, domain=dom,
                                 local=local, pay=pay, channel=ch, verified=rng.random() < 0.15)
                made += 1
                lo = max(WS, t0 + rng.randint(1, 12) * HOUR)
                days = (WE - lo) / DAY
                for _ in range(max(1, int(days * rng.uniform(0.4, 0.8)))):
                    t = rng.randrange(lo, WE)
                    if rng.random() < 0.15:
                        self._harvest_one(a, rng, t, ipf(rng, t), c.cl(rng), model(rng, t), style,
                                          [("code", 70), ("reason", 30)], [16000, 32000], 0.5)
                    else:
                        self.s_agent_harvest(a, c, rng, t)

    def s_agent_harvest(self, a, c, rng, t):
        sysp = rng.choice(H.AGENT_SYSTEMS)
        tools = H.agent_harvest_tools(rng)
        model, cl = c.model(rng, t), c.cl(rng)
        mt = rng.choice([16000, 32000])
        steps = rng.randint(4, 14)
        hist = rng.randint(500, 2500)
        for i in range(steps):
            p = H.agent_harvest_task(rng) if i == 0 else H.agent_driver(rng, i + 1, tools)
            last = i == steps - 1
            out = ln(rng, 1700 if last else 850, 0.5, 150, 8000)
            th = ln(rng, 2500, 0.6, 200, 16000) if rng.random() < 0.5 else None
            self.emit(a, t, c.ipf(rng, t), cl, model, p, out, system=sysp, turns=1 + 2 * i, tools=tools,
                      tool_calls=0 if last else rng.choice([1, 1, 2, 2, 3]), maxtok=mt, think=th, hist=hist)
            hist += out + rng.randint(300, 3000)
            t += rng.randint(4 * SEC, 25 * SEC)

    def att_lowslow(self, inst):
        L = "ABC"[inst]
        rng = self.rng(f"lowslow{inst}")
        g, camp = "low_and_slow", f"trickle_{L}"
        pivot = RELEASE + 6 * HOUR
        self.campaign(camp, g, None, pivot)
        style = H.HarvestStyle(rng, [("en", 0.85), ("zh", 0.1), ("es", 0.05)],
                               [("plain", 55), ("md", 20), ("reverse", 15), ("exam", 10)], 16)
        mix = [("reason", 45), ("rewrite", 20), ("grade", 20), ("code", 15)]
        bill = [("US", 30), ("GB", 12), ("CA", 10), ("AU", 8), ("DE", 10), ("SG", 6), ("FR", 6), ("NL", 5),
                ("JP", 5), ("IN", 8)]
        for k in range(320):
            cc = wchoice(rng, bill)
            created = sample_time(rng, WS - 60 * DAY, WE - 2 * DAY, 8, "operator")
            ch = wchoice(rng, [("standard", 80), ("education", 10), ("startup", 10)])
            dom, local = wchoice(rng, MAILS), human_local(rng)
            if ch == "education":
                uni = rng.choice(N.UNIVERSITIES[1:])
                dom, local = uni[2], student_local(rng, "us")
            a = self.account(rng, created=created, group=g, label="attack", campaign=camp, country=cc, domain=dom,
                             local=local, pay=pay_fp(rng) if rng.random() < 0.85 else None, channel=ch,
                             verified=False)
            n = 1 if rng.random() < 0.3 else min(12, 2 + geom(rng, 0.7))
            lo = max(WS, created + rng.randint(2, 72) * HOUR)
            if lo >= WE - HOUR:
                lo = WE - 20 * HOUR
            cl = N.client(rng, "py_sdk")
            for _ in range(n):
                t = sample_time(rng, lo, WE, 8, "operator")
                x = rng.random()
                if x < 0.03:
                    ip = rng.choice(self.net.tor).ip(rng)
                elif x < 0.55:
                    ip = self.net.isp_any(rng, cc).ip(rng)
                elif x < 0.8:
                    ip = self.net.mobile_any(rng, cc).ip(rng)
                else:
                    ip = rng.choice(self.net.resproxy.get(cc) or self.net.resproxy["US"]).ip(rng)
                model = NEW if (t >= pivot and rng.random() < 0.62) else OLD
                self._harvest_one(a, rng, t, ip, cl, model, style, mix, [16000, 32000, 32000], 0.6)

    def att_sleeper(self, inst):
        """Aged accounts bought on the market, taken over in batches, then harvesting quietly."""
        L = "ABC"[inst]
        rng = self.rng(f"sleeper{inst}")
        g, camp = "aged_takeover", f"aged_{L}"
        pivot = RELEASE + 9 * HOUR
        self.campaign(camp, g, None, pivot)
        batches = [parse_ms("2026-03-05T02:00:00Z"), parse_ms("2026-03-05T20:00:00Z"),
                   parse_ms("2026-03-06T11:00:00Z")]
        batches = [b + inst * 7 * HOUR for b in batches]
        style = H.HarvestStyle(rng, [("en", 1.0)], [("plain", 80), ("md", 10), ("reverse", 10)], 20, paraphrase=True)
        ccs = [("US", 30), ("GB", 10), ("DE", 10), ("FR", 8), ("CA", 8), ("AU", 6), ("BR", 8), ("IN", 8),
               ("JP", 6), ("ES", 6)]
        spec_mix = {"reason": [("reason", 85), ("grade", 15)], "code": [("code", 85), ("reason", 15)],
                    "rewrite": [("rewrite", 70), ("data", 30)], "grade": [("grade", 80), ("reason", 20)]}
        more = ["Now explain why step {k} holds.", "Can you double-check part {k} in more detail?",
                "Go deeper on the part where you changed approach, around step {k}.",
                "Redo it with {method} and compare.", "Which of those steps is the easiest to get wrong, and why?",
                "Expand the justification for line {k}.", "what happens if the {k} becomes {j}? walk me through it",
                "ok but why not {method}?", "Is there a shorter proof? Show it fully.",
                "hmm I got {j} when I tried. where's the mistake, mine or yours?"]
        for k in range(120):
            cc = wchoice(rng, ccs)
            a = self.account(rng, created=WS - rng.randint(240, 900) * DAY - rng.randint(0, DAY), group=g,
                             label="attack", campaign=camp, country=cc, domain=rng.choice(LOCAL_MAIL[cc]) if (cc in LOCAL_MAIL and rng.random() < 0.3) else wchoice(rng, MAILS),
                             local=human_local(rng), pay=pay_fp(rng), channel="standard",
                             verified=rng.random() < 0.5)
            take = rng.choice(batches) + rng.randint(-40, 40) * MIN
            # the original owner's light, ordinary use before the takeover
            orig = Ctx(ipf=self.home_ipf(rng, cc), cl=self.clf(rng.choice(["browser", "mobile_app"]), rng),
                       model=model_fn(adopt_casual))
            for _ in range(rng.randint(0, 4)):
                t = sample_time(rng, WS, take - HOUR, N.TZ[cc], "human")
                self.s_chat(a, orig, rng, t)
            # after the takeover
            spec = wchoice(rng, [("reason", 45), ("code", 30), ("rewrite", 15), ("grade", 10)])
            vnet = rng.choice(self.net.vpn) if rng.random() < 0.7 else rng.choice(self.net.resproxy[cc])
            cl = N.client(rng, "browser")
            sticky = {"ip": vnet.ip(rng), "until": take}
            for d in range(int((WE - take) / DAY) + 1):
                for _ in range(rng.randint(4, 7)):
                    lo = take + d * DAY
                    t = sample_time(rng, lo, min(WE, lo + DAY), N.TZ[cc], "human")
                    if t < take:
                        continue
                    if t > sticky["until"]:
                        sticky = {"ip": vnet.ip(rng), "until": t + rng.randint(1, 8) * HOUR}
                    model = NEW if (t >= pivot and rng.random() < 0.6) else OLD
                    p, out = self._harvest_one(a, rng, t, sticky["ip"], cl, model, style, spec_mix[spec],
                                               [8192, 8192, 16000], 0.4)
                    if rng.random() < 0.35:
                        q = T.casual(rng, T.fill(rng, rng.choice(more), k=lambda r: str(r.randint(2, 9)),
                                                 j=lambda r: str(r.randint(-10, 500)),
                                                 method=["induction", "a generating function", "dynamic programming",
                                                         "a geometric argument", "brute force", "a greedy approach",
                                                         "contradiction", "a change of variables"]))
                        self.emit(a, t + rng.randint(40 * SEC, 4 * MIN), sticky["ip"], cl, model, q,
                                  ln(rng, 1500, 0.5, 300, 8000), turns=3, maxtok=16000, hist=tok(p) + out)

    def att_cells(self, inst):
        """Many tiny look-like-a-startup cells, each with its own card, domain, cloud box and SDK.
        Only the orchestrator shows through: the same job ticks, output schema and model switch."""
        L = "ABC"[inst]
        rng = self.rng(f"cells{inst}")
        g, camp = "sharded_cells", f"cells_{L}"
        switch = RELEASE + 3 * HOUR + rng.randint(-5, 5) * MIN
        self.campaign(camp, g, None, switch)
        hosts = [x for p in self.net.hosting.values() for x in p]
        ticks = [0, 20, 40]
        schema = ["analysis", "steps", "final"] if inst == 0 else ["reasoning", "solution", "answer"]
        specs = [("reason", 40), ("code", 25), ("grade", 15), ("agent", 10), ("data", 10)]
        for cell in range(50):
            spec = wchoice(rng, specs)
            style = H.HarvestStyle(rng, [("en", 1.0)], [("json", 60), ("plain", 25), ("md", 15)],
                                   rng.randint(4, 8), schema=schema)
            slug = f"{rng.choice(WORDS)}{rng.choice(['ly', 'labs', 'works', 'stack', 'mind', 'base'])}"
            dom = f"{slug}.{rng.choice(TLDS)}"
            card = pay_fp(rng)
            cc = rng.choice(["US", "GB", "DE", "SG", "CA", "NL", "FR", "AU"])
            net = rng.choice(hosts)
            ips = [net.ip(rng) for _ in range(rng.randint(1, 2))]
            cl = N.client(rng, rng.choice(["py_sdk", "ts_sdk", "openai_compat", "httpx", "go", "litellm"]))
            born = rng.randrange(WS - 45 * DAY, WS + 2 * DAY)
            accts = []
            for k in range(3):
                accts.append(self.account(rng, created=born + k * rng.randint(5, 3000) * MIN, group=g, label="attack",
                                          campaign=camp, country=cc, domain=dom,
                                          local=rng.choice([rng.choice(T.FIRST).lower(), human_local(rng), "admin", "dev"]),
                                          pay=card, channel=wchoice(rng, [("startup", 70), ("standard", 30)]),
                                          verified=rng.random() < 0.4, org=f"org_{slug}"))
            ready = max(WS, max(a["created"] for a in accts) + HOUR)
            share_new = rng.uniform(0.65, 0.8)
            for d in range(14):
                day0 = WS + d * DAY
                if day0 + DAY <= ready:
                    continue
                for _ in range(rng.randint(1, 3)):
                    hr = rng.randrange(24)
                    t = day0 + hr * HOUR + rng.choice(ticks) * MIN + rng.randint(-45, 45) * SEC
                    if t < ready:
                        continue
                    for j in range(rng.randint(5, 11) if spec != "agent" else rng.randint(1, 2)):
                        a = accts[j % 3]
                        tt = t + j * rng.randint(25, 70) * SEC
                        model = NEW if (tt >= switch and rng.random() < share_new) else OLD
                        ip = rng.choice(ips)
                        if spec == "agent":
                            cctx = Ctx(ipf=lambda r, t, ip=ip: ip, cl=lambda r, cl=cl: cl, model=lambda r, t, m=model: m)
                            self.s_agent_harvest(a, cctx, rng, tt)
                        else:
                            self._harvest_one(a, rng, tt, ip, cl, model, style, [(spec, 85), ("reason" if spec != "reason" else "grade", 15)],
                                              [8192, 16000], 0.5)

    def att_edufarm(self, inst):
        """Education-programme credit burners: student addresses from many universities, each account
        burns its free credits within a couple of days and goes quiet."""
        L = "ABC"[inst]
        rng = self.rng(f"edufarm{inst}")
        g, camp = "edu_credit_burners", f"campus_{L}"
        pivot = RELEASE + 90 * MIN
        self.campaign(camp, g, None, pivot)
        style = H.HarvestStyle(rng, [("en", 0.9), ("es", 0.1)], [("plain", 50), ("md", 25), ("exam", 25)], 12)
        mix = [("data", 40), ("reason", 30), ("grade", 15), ("rewrite", 15)]
        headless = ("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/121.0.0.0 Safari/537.36",
                    N.FP["headless"])
        for k in range(150):
            uni = rng.choice(N.UNIVERSITIES[1:])
            cc = uni[1]
            created = rng.randrange(WS - 8 * DAY, WE - 2 * DAY)
            a = self.account(rng, created=created, group=g, label="attack", campaign=camp, country=cc, domain=uni[2],
                             local=student_local(rng, rng.choice(["us", "eu", "id", "x", "uk"])), pay=None,
                             channel="education", verified=False)
            budget = rng.randint(120_000, 260_000)
            t = max(WS, created + rng.randint(20, 360) * MIN)
            rp = self.net.resproxy.get(cc) or self.net.resproxy["US"]
            sess_ip = None
            used = 0
            while used < budget and t < WE:
                if sess_ip is None or rng.random() < 0.15:
                    sess_ip = rng.choice(rp).ip(rng) if rng.random() < 0.3 else self.net.isp_any(rng, cc).ip(rng)
                model = NEW if (t >= pivot and rng.random() < 0.8) else OLD
                p, out = self._harvest_one(a, rng, t, sess_ip, headless, model, style, mix, [16000, 32000], 0.3)
                used += out
                t += rng.randint(40 * SEC, 20 * MIN) if rng.random() < 0.9 else rng.randint(2, 9) * HOUR

    # ================================================================ run & write
    def build(self):
        m = self.mult
        self.bg_individuals(2000 * m)
        self.bg_developers(430 * m)
        self.bg_apps(80 * m)
        self.bg_companies(26 * m)
        for i in range(m):
            self.hard_enterprise(i)
            self.hard_class(i)
            self.hard_cloud_backends(i)
            self.hard_reseller(i)
            self.hard_eval(i)
            self.hard_vpn(i)
            self.hard_hackathon(i)
            self.att_hydra(i)
            self.att_agentic(i)
            self.att_lowslow(i)
            self.att_sleeper(i)
            self.att_cells(i)
            self.att_edufarm(i)

    def write(self, out):
        os.makedirs(out, exist_ok=True)
        rng = self.rng("writer")
        # arrival order: mostly in time order, a few events a little late
        keyed = []
        for ts, seq, line in self.events:
            r = rng.random()
            delay = rng.randint(0, 2500) if r < 0.97 else rng.randint(3 * SEC, 150 * SEC)
            keyed.append((ts + delay, seq, line))
        keyed.sort()
        lines = [k[2] for k in keyed]
        dup_at = {}
        for i in range(len(lines)):
            if rng.random() < 0.002:
                dup_at.setdefault(min(len(lines) - 1, i + rng.randint(0, 25)), []).append(lines[i])
        with open(os.path.join(out, "events.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
            for i, line in enumerate(lines):
                fh.write(line)
                fh.write("\n")
                for d in dup_at.get(i, ()):
                    fh.write(d)
                    fh.write("\n")
        accts = list(self.accounts)
        rng.shuffle(accts)
        with open(os.path.join(out, "accounts.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
            for a in accts:
                fh.write(json.dumps(a["rec"], ensure_ascii=False, separators=(",", ":")) + "\n")
        rows = self.net.csv_rows()
        rng.shuffle(rows)
        with open(os.path.join(out, "ip_ranges.csv"), "w", encoding="utf-8", newline="") as fh:
            w = csv.writer(fh, lineterminator="\n")
            w.writerow(["cidr", "asn", "as_org", "country", "kind"])
            w.writerows(rows)
        with open(os.path.join(out, "releases.csv"), "w", encoding="utf-8", newline="\n") as fh:
            fh.write("model,released_at\n")
            for mname, at in RELEASES:
                fh.write(f"{mname},{at}\n")
        with open(os.path.join(out, "policy.toml"), "w", encoding="utf-8", newline="\n") as fh:
            fh.write("# outside_twentyone: regions where the service is not offered.\n"
                     "# Decision thresholds are left to the scanner's built-in defaults.\n"
                     'restricted_countries = ["CN", "RU", "KP", "IR"]\n')
        with open(os.path.join(out, "truth.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
            for a in sorted(self.accounts, key=lambda a: a["account_id"]):
                if self.ev_count.get(a["account_id"], 0) == 0:
                    continue
                fh.write(json.dumps({"account_id": a["account_id"], "label": a["label"], "group": a["group"],
                                     "campaign": a["campaign"], "hard": a["hard"]}, separators=(",", ":")) + "\n")
        members = {}
        for a in self.accounts:
            if a["campaign"] and self.ev_count.get(a["account_id"], 0):
                members[a["campaign"]] = members.get(a["campaign"], 0) + 1
        with open(os.path.join(out, "campaigns.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
            for c in self.camps:
                sp = self.camp_span[c["campaign"]]
                fh.write(json.dumps({"campaign": c["campaign"], "group": c["group"],
                                     "accounts": members.get(c["campaign"], 0),
                                     "active_from": iso(sp[0]), "active_until": iso(sp[1]),
                                     "successor_of": c["successor_of"],
                                     "pivot_at": iso(c["pivot_at"]) if c["pivot_at"] else None},
                                    separators=(",", ":")) + "\n")
        return len(lines) + sum(len(v) for v in dup_at.values())


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--scale", choices=["small", "medium"], default="small")
    ap.add_argument("--out", required=True)
    args = ap.parse_args()
    t0 = time.time()
    w = World(args.seed, args.scale)
    w.build()
    n = w.write(args.out)
    n_acc = sum(1 for a in w.accounts if w.ev_count.get(a["account_id"]))
    print(f"wrote {args.out}: {n} event lines, {n_acc} active accounts "
          f"({len(w.accounts)} sign-ups), {len(w.camps)} campaigns in {time.time() - t0:.1f}s",
          file=sys.stderr)


if __name__ == "__main__":
    main()
