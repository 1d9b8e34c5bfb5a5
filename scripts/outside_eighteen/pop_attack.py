"""Five distillation campaigns, each in its own campaign id."""
from common import DAY, HOUR, MIN, SEC, T0, T_END, DAYS, RELEASE, NEW_MODEL, ms_of, pick, wpick, at_local, otok, weekday
import clients as C
import people as P
import behave as B
import txt_everyday as E
import txt_attack as A
import txt_special as S
from world import Fixed, Rotating
from shared import quire, proxies
from pop_hard import quire_user
from pop_background import old_created


def _bill_cc(r, ccs, weights):
    return wpick(r, ccs, weights)


# ------------------------------------------------------------------ 1. framework camouflage
def framework_camouflage(w):
    """campaign crewdefault: trajectory harvesting through the popular open-source 'relaykit' agent framework.
    Every request carries the framework's default system prompt, tool list and user agent, exactly like
    hundreds of honest users; the operator only raises max_tokens, turns extended reasoning on, feeds a
    synthetic task battery covering every capability instead of one project's chores, runs around the clock
    from residential-proxy exits, and moves half of its tasks to the new model within hours of release."""
    r = w.rng("crewdefault")
    pivot = RELEASE + 9 * HOUR + int(r.random() * 3 * HOUR)
    w.campaign("crewdefault", "framework_camouflage", pivot=pivot)
    px = proxies(w)
    ccs = ["US", "GB", "DE", "CA", "AU", "SG", "HK", "MY", "NL", "JP", "FR", "IN"]
    ccw = [30, 10, 8, 6, 5, 6, 5, 4, 3, 3, 3, 4]
    card = None
    for i in range(w.n(180)):
        if i % 4 == 0 or card is None:
            card = w.pay(r)
        cc = _bill_cc(r, ccs, ccw)
        created = ms_of(2025, 8, 1) + int(r.random() * (T0 - 20 * DAY - ms_of(2025, 8, 1)))
        a = w.account(r, "framework_camouflage", created, cc, label="attack", campaign="crewdefault", channel=wpick(r, ["standard", "startup"], [75, 25]),
                      domain=pick(r, ["gmail.com", "gmail.com", "outlook.com", "proton.me", "hotmail.com", "yahoo.com"]), pay=card if r.random() < 0.8 else "new",
                      verified=r.random() < 0.1, style=pick(r, ["handle", "f9", "fl9", "f.l9"]))
        cl = C.relaykit(r, pick(r, ["0.14.2", "0.14.3"]))
        key = w.key(a, r)
        honest_project = pick(r, list(S.PROJECTS))
        flavour = S.relaykit_flavour(r)
        mt = pick(r, [16000, 32000, 24000])
        p_day = 0.55 + r.random() * 0.35
        rate = 1.2 + r.random() * 2.0
        for d in range(DAYS):
            if r.random() > p_day:
                continue
            for _ in range(B.pois(r, rate)):
                t = T0 + d * DAY + int(r.random() * DAY)
                ip = px.ip(r, cc, 0.1)
                if r.random() < 0.1:
                    # cover: the same kind of chores an honest user would run
                    B.agent_loop(w, a, r, t, ip, cl, key, "vela-4", S.relaykit_honest(r, honest_project, flavour), system=S.RELAYKIT_SYSTEM,
                                 tools=S.RELAYKIT_TOOLS, steps=r.randint(2, 6), max_tokens=mt, hist0=900)
                    continue
                model = NEW_MODEL if (t >= pivot and r.random() < 0.5) else "vela-4"
                u = r.random()
                task = A.agent_task(r) if u < 0.55 else (A.reasoning(r) if u < 0.8 else A.coding(r))
                B.agent_loop(w, a, r, t, ip, cl, key, model, task, system=S.RELAYKIT_SYSTEM, tools=S.RELAYKIT_TOOLS,
                             steps=r.randint(3, 9), max_tokens=mt, think_med=2400, hist0=900, step_gap=(2, 18))


# ------------------------------------------------------------------ 2. BYOK skim
SKIM_SYS = [S.QUIRE_SYSTEM_CLOUD, S.QUIRE_SYSTEM_CLOUD, None, "You are a helpful assistant."]


def byok_skim(w):
    """campaign skimmer: the operator of Quire, a bring-your-own-key writing app, quietly spends its users'
    stored keys on harvesting. Victims are genuine long-standing customers whose own traffic continues; the
    harvest (reasoning with extended thinking, coding, rubric grading) comes from the same cloud runners and
    client as Quire's legitimate background agents, a few to a dozen requests a day per key, all hours."""
    r = w.rng("skimmer")
    q = quire(w)
    w.campaign("skimmer", "byok_skim")
    for i in range(w.n(160)):
        cc = P.consumer_cc(r)
        a = w.account(r, "byok_skim", old_created(r), cc, label="attack", campaign="skimmer", verified=r.random() < 0.3)
        # when did the operator start on this key
        if r.random() < 0.55:
            start = T0 + int((2 + r.random()) * DAY)
        else:
            start = T0 + int((3 + r.random() * 6) * DAY)
        a.since = start
        key = quire_user(w, r, a, q, camp=False)
        rate = 1 + r.random() * 3.5
        eu = a.cc in ("DE", "FR", "NL", "ES", "IT", "PL", "SE", "AT", "BE", "IE", "PT", "CZ")
        d0 = (start - T0) // DAY
        for d in range(int(d0), DAYS):
            for _ in range(B.pois(r, rate)):
                t = T0 + d * DAY + int(r.random() * DAY)
                if t < start:
                    continue
                u = r.random()
                model = NEW_MODEL if (t > RELEASE + 3 * HOUR and r.random() < 0.6) else "vela-4"
                if u < 0.45:
                    p, kind, think = A.reasoning(r), "reason", otok(r, 3500, 0.6, 300, 30000)
                elif u < 0.8:
                    p, kind, think = A.coding(r), "code", otok(r, 1800, 0.6, 200, 20000)
                else:
                    p, kind, think = A.grading(r), "explain", otok(r, 900, 0.6, 100, 8000)
                w.emit(a, t, q.ip(t, r, eu and r.random() < 0.5), model, p, cl=C.QUIRE_CLOUD, key=key, system=pick(r, SKIM_SYS),
                       max_tokens=16000, out=B.out_for(r, kind) * 2, think=think, camp=True)


# ------------------------------------------------------------------ 3. data-residency shards
class PodInstances:
    """A pod's cloud instances, all pods redeployed at the same moments (shared orchestration)."""

    def __init__(self, w, r, clouds, n):
        self.w, self.clouds, self.n = w, clouds, n
        self.r = r.random()
        self.cache = {}

    def ip(self, ts, r):
        e = (ts - T0 + 2 * DAY + 5 * HOUR) // (6 * DAY)
        if e not in self.cache:
            import random as _rnd
            rr = _rnd.Random("%s:%s" % (self.r, e))
            self.cache[e] = [self.w.net.addr4(pick(rr, self.clouds), rr) for _ in range(self.n)]
        return pick(r, self.cache[e])


PODS = [
    ("eu", ["DE", "NL", "FR", "IE", "ES", "IT", "AT", "BE"], [30, 15, 15, 10, 10, 10, 5, 5], ["aws_euc1", "gcp_eu", "hetzner", "ovh", "aws_euw1"]),
    ("jp", ["JP"], [1], ["aws_apne1", "sakura", "gcp_asia"]),
    ("au", ["AU", "NZ"], [8, 2], ["aws_apse2", "gcp_au"]),
    ("us", ["US", "CA"], [8, 2], ["aws_use1", "aws_usw2", "digitalocean", "gcp_us"]),
]
JP_WRAP = ["次の課題を実装してください。設計の考え方を説明してからコードを書き、テストも付けてください。\n{t}", "{t}\n\n日本語で説明しつつ、コードは英語のコメントで。"]


def residency_shards(w):
    """campaign residency: one operation split into four regional pods (EU, Japan, Australia/NZ, North America),
    each a handful of local-looking small companies with local billing, local domains and cloud capacity in the
    region, so each pod looks like a regional customer using its data-residency region. The pods share one
    scheduler: six waves a day at the same UTC minutes, a common pause, synchronised redeploys, and the same
    switch of half their traffic to the new model seven hours after release. Each pod harvests its own slice
    (EU: legal/finance reasoning and safe rewrites; JP: coding; AU: agentic tool use; US: maths/science
    reasoning and grading)."""
    r = w.rng("residency")
    pivot = RELEASE + 7 * HOUR
    w.campaign("residency", "residency_shards", pivot=pivot)
    pause = (T0 + 5 * DAY + 8 * HOUR, T0 + 5 * DAY + 20 * HOUR)
    cl_by_pod = {}
    for pod, ccs, ccw, clouds in PODS:
        cl_by_pod[pod] = C.go_http(r)
        made = 0
        target = w.n(40)
        members = []
        while made < target:
            cc = wpick(r, ccs, ccw)
            dom = w.domain(r, cc)
            org = w.org(r) if r.random() < 0.7 else None
            pay = w.pay(r)
            inst = PodInstances(w, r, clouds, 2)
            wave = ms_of(2025, 12, 1) + int(pick(r, [0, 35, 70]) * DAY) + int(r.random() * 6 * DAY)
            for j in range(min(target - made, r.randint(3, 6))):
                a = w.account(r, "residency_shards", wave + int(r.random() * 3 * DAY), cc, label="attack", campaign="residency", domain=dom, org=org, pay=pay,
                              channel=wpick(r, ["standard", "startup"], [60, 40]), verified=r.random() < 0.4, style=pick(r, ["f.l", "fl_init", "f.l"]))
                members.append((a, inst, w.key(a, r)))
                made += 1
        cl = cl_by_pod[pod]
        for d in range(DAYS):
            for h in (0, 4, 8, 12, 16, 20):
                t0 = T0 + d * DAY + h * HOUR + 10 * MIN
                if pause[0] <= t0 < pause[1]:
                    continue
                for a, inst, key in members:
                    if r.random() > 0.25:
                        continue
                    t = t0 + int(r.random() * 25 * MIN)
                    ip = inst.ip(t, r)
                    for _ in range(B.pois(r, 4.5)):
                        model = NEW_MODEL if (t >= pivot and r.random() < 0.5) else "vela-4"
                        if pod == "au":
                            t = B.agent_loop(w, a, r, t, ip, cl, key, model, A.agent_task(r), system="You are an agent with access to tools. Complete the task fully.",
                                             tools=pick(r, [["search", "browse", "python", "write_file"], ["web_search", "open_url", "run_code"], ["search", "python", "calculator", "read_file", "write_file"]]),
                                             steps=r.randint(2, 6), max_tokens=16000, think_med=1500, hist0=600)
                            continue
                        if pod == "eu":
                            u = r.random()
                            if u < 0.45:
                                p, kind = A.legal_fin(r), "reason"
                            elif u < 0.75:
                                p, kind = A.safe_rewrite(r, pick(r, [None, None, "de", "fr", "es"])), "long"
                            else:
                                p, kind = A.reasoning(r), "reason"
                        elif pod == "jp":
                            p = A.coding(r)
                            if r.random() < 0.3:
                                p = pick(r, JP_WRAP).replace("{t}", p)
                            kind = "code"
                        else:
                            p, kind = (A.reasoning(r), "reason") if r.random() < 0.8 else (A.grading(r), "explain")
                        got = w.emit(a, t, ip, model, p, cl=cl, key=key, max_tokens=pick(r, [16000, 20000]), out=B.out_for(r, kind) * 2,
                                     think=otok(r, 3000, 0.6, 200, 15000))
                        t += int((2 + r.random() * 8) * SEC + max(got, 0) * 18)


# ------------------------------------------------------------------ 4. label sweep
def label_sweep(w):
    """campaign labelsweep: harvesting the model's judgement rather than its prose: sentiment, moderation,
    topic, intent, NLI, bug-risk and pairwise-preference labels for synthetic items, tiny outputs at high
    volume, in bursts from rented servers that each run the keys of two or three accounts."""
    r = w.rng("labelsweep")
    w.campaign("labelsweep", "label_sweep")
    hosts = ["hetzner", "ovh", "contabo", "vultr", "digitalocean", "leaseweb", "scaleway", "linode"]
    boxes = []
    for b in range(w.n(26)):
        boxes.append((w.net.addr4(pick(r, hosts), r), pick(r, [C.aiohttp_lib, C.requests_lib, C.py_sdk, C.openai_compat])(r)))
    batch_cards = []
    for i in range(w.n(70)):
        if i % 8 == 0:
            batch_day = T0 - int((3 + r.random() * 40) * DAY)
            batch_cards = [w.pay(r), w.pay(r)]
            batch_cc = pick(r, ["US", "GB", "SG", "HK", "DE", "CA", "AE", "MY"])
        a = w.account(r, "label_sweep", batch_day + int(r.random() * 5 * HOUR), batch_cc, label="attack", campaign="labelsweep",
                      channel=wpick(r, ["standard", "startup"], [60, 40]), pay=pick(r, batch_cards), verified=r.random() < 0.15,
                      domain=pick(r, ["gmail.com", "outlook.com", "proton.me", "gmail.com"]), style=pick(r, ["handle", "f9", "fl9"]))
        ip, cl = boxes[i % len(boxes)] if r.random() < 0.9 else pick(r, boxes)
        key = w.key(a, r)
        jobs = r.sample(range(len(A.LABEL_JOBS)), r.randint(1, 2))
        sysv = {}
        for j in jobs:
            s = pick(r, A.LABEL_JOBS[j][1])
            if r.random() < 0.4:
                s = s + pick(r, [" Be consistent.", " Use lowercase.", " No other text.", " If unsure, pick the closest label."])
            sysv[j] = s
        model = pick(r, ["vela-4", "vela-4", "vela-4-mini"])
        for d in range(DAYS):
            if r.random() > 0.32:
                continue
            t = T0 + d * DAY + int(r.random() * DAY)
            j = pick(r, jobs)
            name, _, item, med = A.LABEL_JOBS[j]
            mt = 64 if med > 10 else pick(r, [8, 16, 32])
            m = NEW_MODEL if (t > RELEASE + 30 * HOUR and r.random() < 0.4) else model
            for _ in range(int(otok(r, 85, 0.5, 20, 400))):
                w.emit(a, t, ip, m, item(r), cl=cl, key=key, system=sysv[j], max_tokens=mt, out=otok(r, med, 0.35, 1, 200))
                t += int(r.random() * 900) + 120


# ------------------------------------------------------------------ 5. ghost transcripts
def ghost_transcripts(w):
    """campaign ghostscript: multi-turn behaviour harvested with fabricated histories. Each request arrives
    already deep in a conversation (5-23 messages) built by the operator, with a persona system prompt and a
    final user turn that leans on the invented context; almost none of the conversations ever continue, and
    no earlier turn is ever seen. Aged consumer-looking accounts, human pacing, residential-proxy exits."""
    r = w.rng("ghostscript")
    w.campaign("ghostscript", "ghost_transcripts")
    px = proxies(w)
    ccs = ["US", "GB", "CA", "AU", "DE", "SG", "HK", "MY", "NL", "IE"]
    ccw = [35, 12, 8, 6, 6, 8, 6, 5, 3, 2]
    for i in range(w.n(140)):
        cc = wpick(r, ccs, ccw)
        created = T0 - int((90 + r.random() * 220) * DAY)
        a = w.account(r, "ghost_transcripts", created, cc, label="attack", campaign="ghostscript", verified=r.random() < 0.2)
        cl = pick(r, [C.py_sdk, C.py_sdk, C.ts_sdk, C.openai_compat])(r)
        key = w.key(a, r)
        personas = r.sample(A.PERSONAS, r.randint(3, 7))
        sys_of = {pp[0]: A.ghost_system(r, pp) for pp in personas}
        days = B.active_days(r, 0.6 + r.random() * 0.3, 0.9)
        for d in days:
            for _ in range(r.randint(1, 4)):
                t = at_local(r, d, a.tz, "consumer")
                ip = px.ip(r, cc, 0.12) if r.random() > 0.004 else w.net.addr4("chinanet", r)
                prev = None
                for _ in range(r.randint(2, 6)):
                    model = NEW_MODEL if (t > RELEASE + 20 * HOUR and r.random() < 0.35) else "vela-4"
                    if r.random() < 0.08:
                        fn, kind, _ = E.DOMAINS[wpick(r, E.DOM_NAMES, E.DOM_W)]
                        got = w.emit(a, t, ip, model, fn(r), cl=cl, key=key, max_tokens=4096, out=B.out_for(r, kind))
                        prev = None
                    else:
                        if prev and r.random() < 0.12:
                            sysp, turns, hist, persona = prev
                            turns += 2
                        else:
                            persona = pick(r, personas)
                            sysp = sys_of[persona[0]]
                            turns = pick(r, [5, 7, 7, 9, 9, 11, 13, 15, 17, 19, 21, 23])
                            hist = turns * otok(r, 260, 0.5)
                        p = A.ghost_turn(r, persona)
                        think = otok(r, 1500, 0.7, 100, 12000) if r.random() < 0.25 else 0
                        got = w.emit(a, t, ip, model, p, cl=cl, key=key, system=sysp, turns=turns, hist=hist, max_tokens=pick(r, [4096, 8192]),
                                     out=otok(r, 620, 0.5), think=think)
                        prev = (sysp, turns, hist + max(got, 0), persona)
                    t += int((35 + r.random() * 260) * SEC)
