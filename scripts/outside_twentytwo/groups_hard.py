"""Legitimate customers that share one or more surface traits with a campaign (hard=true)."""

import world as W
import core as C
import benign_text as B
import lookalike_text as L
from groups_benign import home_net, chat_sessions
from lexicon import FIRST, LAST

_NAMES = [("meridian", "evals", "tessera", "benchline"), ("clearwater", "trustline", "safeharbor", "keel"),
          ("polyglot", "lingomint", "versa", "babelworks"), ("forgecode", "launchcode", "stackschool", "devforge"),
          ("kestrel", "larkspur", "northgate", "whitfield"), ("tasklane", "flowdesk", "opsmith", "relaybird")]


def _name(i, rep):
    return _NAMES[i][rep % 4]


def _staff_local(r):
    return "%s.%s" % (r.choice(FIRST).lower(), r.choice(LAST).lower())


# ---------------------------------------------------------------------------------------------
def eval_company(ctx, world, rep):
    """An AI-evaluation company grading benchmark outputs with rubrics, legitimately: own ASN,
    one card, verified enterprise accounts, old org, nightly batch runs plus staff daytime use."""
    r = ctx.rng("hard-eval-%d" % rep)
    nm = _name(0, rep)
    country = ["US", "GB", "DE"][rep % 3]
    tz = (-300, True) if country == "US" else W.tz_for(r, country)
    blk = ctx.net.provider(country, "enterprise", n16=1, org="%s Evals Inc" % nm.title(), listed=False)[0]
    c3 = r.randrange(256)
    ctx.net.list24(blk, c3)
    egress = [blk.ip_in24(c3, r) for _ in range(3)]
    org = ctx.ids.new(r, "org_", 8)
    card = W.pf(r)
    dom = "%s-evals.com" % nm
    org_created = W.W0 - r.randrange(300, 700) * W.DAY
    cli = ctx.clients.stack(r, "vega-python")
    for k in range(22):
        pipeline = k < 6
        a = ctx.account(r, "eval_company", "benign", None, True, org_created + r.randrange(200 * W.DAY),
                        country=country, tz=tz, email_domain=dom,
                        local=("svc-judge-%d" % k) if pipeline else _staff_local(r), payment=card, billing=country,
                        channel="enterprise", verified=True, org=org, n_keys=2 if pipeline else 1,
                        client=cli if pipeline else ctx.clients.stack(r, r.choice(["console-chrome", "vega-python"])))
        home_net(r, world, a, p_mobile=0.03)
        suite = r.choice(["helpfulness", "coding", "safety", "reasoning", "long-context"])
        if pipeline:
            nights = [1.0 if (d % 7) < 5 or r.random() < 0.3 else 0.0 for d in range(W.WINDOW_DAYS)]
            s = W.Sampler("night_batch", tz, day_mask=nights)
            n = r.randrange(420, 600)
            ts = None
            left = n
            while left > 0:
                ts = s.draw(r)
                burst = min(left, r.randrange(20, 80))
                for i in range(burst):
                    model = W.MODEL_NEW if (ts > W.NEW_MODEL_RELEASE + W.DAY and r.random() < 0.35) else W.MODEL_OLD
                    ctx.emit(r, a, ts, L.eval_judge(r, suite), ip=egress[0], model=model)
                    ts += C.gap(r, 0.4, 3)
                    if ts >= W.W1:
                        break
                left -= burst
        else:
            s = W.Sampler("worker", tz)
            before = len(ctx.events)
            chat_sessions(ctx, r, world, a, s, r.randrange(15, 45),
                          lambda rr: L.eval_judge(rr, suite) if rr.random() < 0.4 else B.enterprise_staff(rr),
                          p_more=0.3)
            for e in ctx.events[before:]:
                if r.random() < 0.8:
                    e["ip"] = r.choice(egress)


# ---------------------------------------------------------------------------------------------
def trust_safety_vendor(ctx, world, rep):
    """A T&S vendor rewriting and classifying user posts for client platforms, around the clock,
    from a public cloud; one card; touches the same sensitive topics as the safe-rewrite swarm."""
    r = ctx.rng("hard-ts-%d" % rep)
    nm = _name(1, rep)
    country = ["IE", "NL", "US"][rep % 3]
    tz = W.tz_for(r, country)
    blk = world.cloud_block(r, country)
    ips = [blk.ip(r) for _ in range(6)]
    org = ctx.ids.new(r, "org_", 8)
    card = W.pf(r)
    dom = "%s-ts.com" % nm
    clients = ["Gamehall", "Nestling", "Sparkmatch", "Dailyvoice", "Fitloop", "Swapyard"]
    cli = ctx.clients.stack(r, "vega-node")
    for k in range(14):
        a = ctx.account(r, "trust_safety_vendor", "benign", None, True, W.W0 - r.randrange(200 * W.DAY, 520 * W.DAY),
                        country=country, tz=tz, email_domain=dom,
                        local=("queue-%d" % k) if k < 5 else _staff_local(r), payment=card, billing=country,
                        channel="enterprise", verified=True, org=org, client=cli)
        home_net(r, world, a)
        s = W.Sampler("flatish" if k < 5 else "worker", tz)
        n = r.randrange(280, 420) if k < 5 else r.randrange(40, 90)
        for i in range(n):
            ts = s.draw(r)
            t = L.ts_vendor(r, r.choice(clients)) if r.random() < 0.88 else B.enterprise_staff(r)
            ctx.emit(r, a, ts, t, ip=r.choice(ips), model=C.pick_model_benign(r, a, ts))


# ---------------------------------------------------------------------------------------------
def localisation_agency(ctx, world, rep):
    """Translation/localisation agency: ~55 staff accounts behind one office NAT, one company card,
    most accounts created on the same onboarding afternoon, same managed browser."""
    r = ctx.rng("hard-l10n-%d" % rep)
    nm = _name(2, rep)
    country = ["PL", "ES", "PT"][rep % 3]
    tz = W.tz_for(r, country)
    nat = world.isp_ip(r, country, listed_only=True)
    nat2 = world.isp_ip(r, country, listed_only=True)
    org = ctx.ids.new(r, "org_", 8)
    card = W.pf(r)
    dom = "%s-studio.%s" % (nm, country.lower())
    onboard = W.W0 - r.randrange(90, 200) * W.DAY + 13 * W.HOUR
    cli = ctx.clients.stack(r, "console-chrome")
    n_staff = r.randrange(50, 61)
    for k in range(n_staff):
        created = onboard + r.randrange(2 * W.HOUR) if k < n_staff - 15 else onboard + r.randrange(W.DAY, 80 * W.DAY)
        a = ctx.account(r, "localisation_agency", "benign", None, True, created, country=country, tz=tz,
                        email_domain=dom, local=_staff_local(r), payment=card, billing=country,
                        channel="standard", verified=r.random() < 0.5, org=org, client=cli)
        home_net(r, world, a, p_mobile=0.05)
        C.adoption(r, a, 0.3, 48)
        s = W.Sampler("worker", tz)
        before = len(ctx.events)
        chat_sessions(ctx, r, world, a, s, r.randrange(12, 35),
                      lambda rr: L.localisation(rr) if rr.random() < 0.85 else B.chat(rr), p_more=0.5)
        for e in ctx.events[before:]:
            if r.random() < 0.85:
                e["ip"] = nat if r.random() < 0.93 else nat2


# ---------------------------------------------------------------------------------------------
def bootcamp_cohort(ctx, world, rep):
    """A coding bootcamp cohort: 85 young accounts created within 90 minutes on one morning via the
    education programme, no card, campus NAT in class hours, shared assignment wording."""
    r = ctx.rng("hard-boot-%d" % rep)
    nm = _name(3, rep)
    country = ["PT", "GB", "NG"][rep % 3]
    tz = W.tz_for(r, country)
    campus_blk = ctx.net.provider(country, "education", n16=1, org="%s Academy" % nm.title())[0]
    campus = [campus_blk.ip(r) for _ in range(2)]
    signup = W.W0 - 3 * W.DAY + 9 * W.HOUR + rep * W.DAY
    dom = "learn.%s.academy" % nm
    lab_cli = ctx.clients.stack(r, "console-chrome")
    org = ctx.ids.new(r, "org_", 8) if r.random() < 0.5 else None
    for k in range(r.randrange(78, 93)):
        a = ctx.account(r, "bootcamp_cohort", "benign", None, True, signup + r.randrange(90 * W.MIN), country=country,
                        tz=tz, email_domain=dom, local=_staff_local(r), payment=None, billing=None,
                        channel="education", verified=False, org=org,
                        client=lab_cli if r.random() < 0.8 else ctx.clients.stack(r, "vega-node"))
        home_net(r, world, a, p_mobile=0.3)
        a.extra["think"] = r.random() < 0.1
        s_class = W.Sampler("class", tz, t_from=max(W.W0, a.created + W.MIN))
        s_home = W.Sampler("evening", tz, t_from=max(W.W0, a.created + W.MIN))
        before = len(ctx.events)

        def gen(rr):
            return L.bootcamp(rr, 5)
        chat_sessions(ctx, r, world, a, s_class, r.randrange(5, 16), gen, p_more=0.45)
        mid = len(ctx.events)
        for e in ctx.events[before:mid]:
            e["ip"] = r.choice(campus)
        chat_sessions(ctx, r, world, a, s_home, r.randrange(2, 10), gen, p_more=0.5)
        for e in ctx.events[before:]:
            if e["ts"] >= W.W0 + 7 * W.DAY:
                e["prompt"] = e["prompt"].replace("Week 5", "Week 6")


# ---------------------------------------------------------------------------------------------
def research_lab(ctx, world, rep):
    """A university lab benchmarking reasoning: research channel, campus network, heavy thinking
    output, and a same-day move to the new model when it is released (as labs do)."""
    r = ctx.rng("hard-lab-%d" % rep)
    nm = _name(4, rep)
    country = ["GB", "DE", "CA"][rep % 3]
    tz = W.tz_for(r, country)
    blk = world.edu[country]
    ips = [blk.ip(r) for _ in range(4)]
    org = ctx.ids.new(r, "org_", 8)
    card = W.pf(r)
    dom = "nlp.%s.ac.uk" % nm if country == "GB" else "cs.uni-%s.%s" % (nm, country.lower())
    switch = W.NEW_MODEL_RELEASE + r.randrange(90, 240) * W.MIN
    cli = ctx.clients.stack(r, "vega-python")
    bench = r.choice(["mathbench-hard", "olymp-lite", "logicq", "physqa"])
    for k in range(8):
        a = ctx.account(r, "research_lab_pivot", "benign", None, True, W.W0 - r.randrange(150 * W.DAY, 500 * W.DAY),
                        country=country, tz=tz, email_domain=dom, local=_staff_local(r), payment=card,
                        billing=country, channel="research", verified=True, org=org, client=cli, mt=32000)
        s = W.Sampler(r.choice(["worker", "dev", "night_batch"]), tz)
        n = r.randrange(180, 320)
        left = n
        while left > 0:
            ts = s.draw(r)
            burst = min(left, r.randrange(5, 30))
            for i in range(burst):
                if ts >= switch:
                    model = W.MODEL_NEW if r.random() < 0.75 else W.MODEL_OLD
                else:
                    model = W.MODEL_OLD
                ctx.emit(r, a, ts, L.research_bench(r, bench), ip=r.choice(ips), model=model)
                ts += C.gap(r, 3, 40)
                if ts >= W.W1:
                    break
            left -= burst


# ---------------------------------------------------------------------------------------------
def agent_saas(ctx, world, rep):
    """A SaaS product running an operations agent for its own customers: three accounts, one
    per-customer API key each, all traffic from its cloud NAT gateways, around the clock."""
    r = ctx.rng("hard-saas-%d" % rep)
    nm = _name(5, rep)
    country = "US"
    tz = (-300, True)
    blk = world.cloud_block(r, "US")
    blk2 = world.cloud_block(r, "IE")
    gw = [blk.ip(r) for _ in range(4)] + [blk2.ip(r) for _ in range(2)]
    org = ctx.ids.new(r, "org_", 8)
    card = W.pf(r)
    cli = ctx.clients.stack(r, "vega-node")
    for env, nkeys, nev in (("prod", 150, 4500), ("staging", 10, 700), ("dev", 5, 300)):
        a = ctx.account(r, "agent_saas_keys", "benign", None, True, W.W0 - r.randrange(300 * W.DAY, 600 * W.DAY),
                        country=country, tz=tz, email_domain="%s.io" % nm, local="platform-%s" % env, payment=card,
                        billing="US", channel="enterprise", verified=True, org=org, n_keys=nkeys, client=cli)
        a.key_w = [1.0 / (i + 1) for i in range(nkeys)]
        s = W.Sampler("consumer" if env == "prod" else "worker", tz)
        done = 0
        while done < nev:
            ts = s.draw(r)
            key = r.choices(a.keys, a.key_w)[0]
            ip = r.choice(gw)
            n = r.randrange(2, 7)
            ctxt = r.randrange(800, 3000)
            for i in range(n):
                t = L.saas_step(r, i == 0)
                if i == n - 1:
                    t = dict(t, tc=0, stop="end_turn")
                it, ot = ctx.emit(r, a, ts, t, ip=ip, model=W.MODEL_OLD if ts < W.NEW_MODEL_RELEASE + 4 * W.DAY or env != "staging" else W.MODEL_NEW,
                                  turns=1 + 2 * i, key=key, ctx_tokens=ctxt)
                ctxt = it + ot + r.randrange(100, 1200)
                ts += C.gap(r, 1, 8)
                done += 1
                if ts >= W.W1:
                    break


ALL = [eval_company, trust_safety_vendor, localisation_agency, bootcamp_cohort, research_lab, agent_saas]
