"""Distillation campaigns (label attack).  Each builder takes a replica index; replicas
use fresh infrastructure (address space, cards, fingerprints, domains)."""

import world as W
import core as C
import benign_text as B
import attack_text as A
from networld import ProxyPool
from lexicon import FIRST, LAST


def _cover(r, lang="en"):
    x = r.random()
    if x < 0.6:
        return B.chat(r, lang)
    if x < 0.85:
        return B.writing(r)
    return B.coding_help(r)


def _staff_local(r):
    return "%s.%s" % (r.choice(FIRST).lower(), r.choice(LAST).lower())


# =============================================================================================
def rubric_consultancy(ctx, world, rep):
    """Reward-model data through rubric grading, dressed as a small eval/QA consultancy.
    ~36 staff accounts, young org, three company cards, startup programme, all traffic from a
    handful of VMs at one small hoster, batches around the clock and through the weekend."""
    r = ctx.rng("atk-rubric-%d" % rep)
    cname = "rubric-consultancy-%d" % (rep + 1)
    ctx.campaign(cname, "rubric_consultancy")
    nm = ["tessellate", "quorumly", "gradewell"][rep % 3]
    bill = ["GB", "US", "NL"][rep % 3]
    host_c = ["DE", "FR", "NL"][rep % 3]
    hb = ctx.net.provider(host_c, "hosting", n16=1)[0]
    c3 = r.randrange(256)
    vms = [hb.ip_in24(c3, r) for _ in range(6)]
    org = ctx.ids.new(r, "org_", 8)
    cards = [W.pf(r) for _ in range(3)]
    cli = ctx.clients.stack(r, "vega-python")
    base = W.W0 - (24 + r.randrange(4)) * W.DAY + 10 * W.HOUR
    sysp = "You are a meticulous evaluation assistant for %s Review. Follow the scoring instructions exactly." % nm.title()
    batch_code = "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(3))
    n_staff = r.randrange(32, 41)
    for k in range(n_staff):
        created = base + r.randrange(3 * W.HOUR) if k < n_staff - 6 else base + 7 * W.DAY + r.randrange(5 * W.HOUR)
        a = ctx.account(r, "rubric_consultancy", "attack", cname, False, created, country=bill,
                        tz=(0, False), email_domain="%s-review.com" % nm, local=_staff_local(r),
                        payment=cards[k % 3], billing=bill, channel="startup" if r.random() < 0.8 else "standard",
                        verified=r.random() < 0.15, org=org, client=cli)
        mine = r.sample(vms, r.randrange(1, 3))
        s = W.Sampler("flatish", (0, False))
        n = r.randrange(170, 260)
        left = n
        while left > 0:
            ts = s.draw(r)
            ip = r.choice(mine)
            burst = min(left, r.randrange(8, 26))
            for i in range(burst):
                if r.random() < 0.85:
                    t = A.grading_consultancy(r, batch_code)
                    t["sys"] = sysp
                else:
                    t = _cover(r)
                model = W.MODEL_NEW if (ts > W.NEW_MODEL_RELEASE and r.random() < 0.25) else W.MODEL_OLD
                ctx.emit(r, a, ts, t, ip=ip, model=model)
                ts += C.gap(r, 15, 75)
                if ts >= W.W1:
                    break
            left -= burst


# =============================================================================================
def safe_rewrite_swarm(ctx, world, rep):
    """Refusal/safety data: careful 'compliant' rewrites of sensitive questions, a few requests per
    account across hundreds of burner accounts made in sign-up waves on shared prepaid cards, via a
    residential proxy service."""
    r = ctx.rng("atk-saferw-%d" % rep)
    cname = "safe-rewrite-swarm-%d" % (rep + 1)
    ctx.campaign(cname, "safe_rewrite_swarm")
    pool = ProxyPool(ctx, world, r, ["US", "GB", "CA", "AU"], 1500, 0.25, mobile_share=0.12)
    headless = ("Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/%d.0.0.0 "
                "Safari/537.36" % r.randrange(126, 133), W.ja4(r))
    sdk = ctx.clients.stack(r, "vega-python")
    n_waves = 6
    card_bill = [(W.pf(r), r.choice(["US", "CA", "GB", "AU"])) for _ in range(12)]
    for wv in range(n_waves):
        start = W.W0 + int((-10 + wv * 3.6 + rep * 0.7) * W.DAY) + r.randrange(24) * W.HOUR
        for j in range(r.randrange(44, 57)):
            created = start + r.randrange(40 * W.MIN)
            card, bill = card_bill[(wv * 2 + (j % 2)) % len(card_bill)]
            local = C.burner_local(r)
            ui = headless if r.random() < 0.7 else sdk
            a = ctx.account(r, "safe_rewrite_swarm", "attack", cname, False, created, country=bill,
                            tz=(0, False), email_domain=r.choice(["gmail.com", "gmail.com", "outlook.com", "proton.me",
                                                                  "yahoo.com"]), local=local,
                            payment=card if r.random() < 0.9 else None, billing=bill,
                            channel="standard" if r.random() < 0.75 else "education", verified=False, client=ui)
            t0 = max(W.W0, created + r.randrange(10 * W.MIN, 20 * W.HOUR))
            if t0 >= W.W1 - W.HOUR:
                continue
            t1 = min(W.W1, t0 + r.randrange(2, 7) * W.DAY)
            s = W.Sampler("flat", (0, False), t_from=t0, t_to=t1)
            n = r.randrange(6, 19)
            for i in range(n):
                ts = s.draw(r)
                t = A.safe_rewrite(r) if r.random() < 0.75 else _cover(r)
                model = W.MODEL_NEW if (ts > W.NEW_MODEL_RELEASE and r.random() < 0.2) else W.MODEL_OLD
                ctx.emit(r, a, ts, t, ip=pool.ip(r), model=model)


# =============================================================================================
def region_evader(ctx, world, rep):
    """Operators in a restricted country reaching the API through hosting and VPN exits in allowed
    countries, paying with cards bought from resellers.  What leaks: their working day, sign-up
    sessions in their office hours, cards shared across 'unrelated' accounts, one custom client,
    their own language in a minority of prompts, rare VPN drop-outs."""
    r = ctx.rng("atk-region-%d" % rep)
    cname = "region-evader-%d" % (rep + 1)
    ctx.campaign(cname, "region_evader")
    loc, off, home = [("zh", 480, "CN"), ("ru", 180, "RU"), ("fa", 210, "IR")][rep % 3]
    tz = (off, False)
    exits = []
    for cc in r.sample(["SG", "JP", "NL", "DE", "US", "GB"], 5):
        blk = world.cloud_block(r, cc)
        c3 = r.randrange(256)
        exits += [blk.ip_in24(c3, r) for _ in range(5)]
    for cc in r.sample(["SG", "NL", "US", "HK", "JP"], 3):
        exits += [world.vpn_ip(r, cc) for _ in range(4)]
    leak_ips = [world.isp_ip(r, home, listed_only=True) for _ in range(8)]
    go_cli = ("Go-http-client/2.0", W.ja4(r))
    httpx_cli = ("python-httpx/0.27.%d" % r.randrange(3), W.ja4(r))
    cards = [(W.pf(r), r.choice(["US", "SG", "MY", "TH", "AE", "TR", "HK", "GB"])) for _ in range(15)]
    accounts = []
    n_acc = r.randrange(100, 121)
    sessions = 8
    made = 0
    for sidx in range(sessions):
        day = W.W0 - 20 * W.DAY + int((sidx * 24 / sessions) * W.DAY)
        local_start = day - day % W.DAY + (10 + r.randrange(7)) * W.HOUR - off * W.MIN
        cnt = n_acc // sessions + (1 if sidx < n_acc % sessions else 0)
        for j in range(cnt):
            created = local_start + r.randrange(90 * W.MIN)
            card, bill = r.choice(cards)
            a = ctx.account(r, "region_evader", "attack", cname, False, created, country=bill, tz=tz,
                            email_domain=r.choice(["gmail.com", "outlook.com", "hotmail.com", "proton.me"]),
                            local=C.personal_local(r), payment=card, billing=bill,
                            channel=r.choices(["standard", "startup", "research"], [55, 25, 20])[0],
                            verified=False, client=go_cli if r.random() < 0.8 else httpx_cli,
                            mt=r.choice([8192, 16000]))
            a.extra["ips"] = r.sample(exits, r.randrange(1, 4))
            accounts.append(a)
            made += 1
    for a in accounts:
        s = W.Sampler("operator", tz, t_from=max(W.W0, a.created + W.HOUR))
        n = r.randrange(60, 115)
        left = n
        while left > 0:
            ts = s.draw(r)
            burst = min(left, r.randrange(3, 13))
            for i in range(burst):
                ip = r.choice(a.extra["ips"]) if r.random() > 0.012 else r.choice(leak_ips)
                model = W.MODEL_NEW if (ts > W.NEW_MODEL_RELEASE and r.random() < 0.25) else W.MODEL_OLD
                ctx.emit(r, a, ts, A.region_evader(r, loc), ip=ip, model=model)
                ts += C.gap(r, 20, 95)
                if ts >= W.W1:
                    break
            left -= burst


# =============================================================================================
def key_reseller(ctx, world, rep):
    """A few paying accounts that resell access: each holds dozens of API keys handed to
    customers who call from their own addresses all over the world (some from restricted
    countries).  Most customers are ordinary; one customer is a harvester spread over many keys."""
    r = ctx.rng("atk-reseller-%d" % rep)
    cname = "key-reseller-%d" % (rep + 1)
    ctx.campaign(cname, "key_reseller")
    names = [["apigate", "tokenbridge", "llmhub", "promptmart"], ["relaykey", "modelpass", "gptdepot", "apibazaar"],
             ["keyvault", "aiportal", "routerly", "infergate"]][rep % 3]
    harv_blocks = [world.cloud_block(r, cc) for cc in r.sample(["SG", "HK", "US", "DE", "JP"], 2)]
    harv_ips = []
    for blk in harv_blocks:
        c3 = r.randrange(256)
        harv_ips += [blk.ip_in24(c3, r) for _ in range(12)]
    harv_cli = ("python-httpx/0.26.0", W.ja4(r))
    for k in range(4):
        bill = r.choice(["HK", "AE", "SG", "TR"])
        a = ctx.account(r, "key_reseller", "attack", cname, False, W.W0 - r.randrange(90, 240) * W.DAY - r.randrange(W.DAY),
                        country=bill, tz=(480, False), email_domain="%s.%s" % (names[k], r.choice(["io", "net", "ai"])),
                        local=r.choice(["admin", "billing", "ops", "support"]), payment=W.pf(r), billing=bill,
                        channel=r.choice(["standard", "startup"]), verified=k < 2, n_keys=r.randrange(50, 81),
                        client=ctx.clients.stack(r))
        nk = len(a.keys)
        n_harv = r.randrange(8, 13)
        harv_keys = a.keys[:n_harv]
        # ordinary customers behind the remaining keys
        custs = []
        for key in a.keys[n_harv:]:
            cc = r.choice(["US", "BR", "IN", "ID", "VN", "TR", "NG", "EG", "MX", "PH", "CN", "CN", "RU", "IR", "DE"])
            kind = r.choice(["person", "person", "app", "dev"])
            if kind == "app":
                ips = [world.cloud_block(r).ip(r) for _ in range(r.randrange(1, 3))]
            else:
                ips = [world.isp_ip(r, cc) for _ in range(r.randrange(1, 4))]
                if r.random() < 0.3:
                    ips.append(r.choice(world.mobile[cc][1]))
            offs = W.COUNTRIES[cc][0][0] if cc in W.COUNTRIES else {"CN": 480, "RU": 180, "IR": 210}[cc]
            custs.append((key, kind, ips, ctx.clients.stack(r), (offs, False), cc))
        n_total = r.randrange(2100, 2900)
        n_h = int(n_total * r.uniform(0.33, 0.45))
        # the harvester: rotating hosting IPs, flat clock, heavy prompts
        s = W.Sampler("flat", (0, False))
        for i in range(n_h):
            ts = s.draw(r)
            model = W.MODEL_NEW if (ts > W.NEW_MODEL_RELEASE and r.random() < 0.4) else W.MODEL_OLD
            ctx.emit(r, a, ts, A.reseller_harvest(r), ip=r.choice(harv_ips), model=model, key=r.choice(harv_keys),
                     client=harv_cli)
        # customers
        samplers = {}
        left = n_total - n_h
        wts = [r.paretovariate(1.2) for _ in custs]
        while left > 0:
            key, kind, ips, cli, tz, cc = r.choices(custs, wts)[0]
            sk = (kind, tz)
            if sk not in samplers:
                samplers[sk] = W.Sampler("flatish" if kind == "app" else ("dev" if kind == "dev" else "consumer"), tz)
            ts = samplers[sk].draw(r)
            n = 1 if kind == "app" else r.randrange(1, 4)
            ip = r.choice(ips)
            ctxt = 0
            for i in range(n):
                if kind == "app":
                    t = B.app_request(r, r.choice(["support", "summarise", "sentiment", "translate", "extract"]))
                elif kind == "dev":
                    t = B.coding_help(r) if i == 0 else B.follow_up(r)
                else:
                    t = B.chat(r) if i == 0 else B.follow_up(r)
                it, ot = ctx.emit(r, a, ts, t, ip=ip, model=W.MODEL_OLD if r.random() < 0.8 else W.MODEL_LITE,
                                  key=key, client=cli, turns=1 + 2 * i, ctx_tokens=ctxt)
                ctxt = it + ot
                ts += C.gap(r, 20, 200)
                left -= 1
                if ts >= W.W1:
                    break


# =============================================================================================
def warmed_pool(ctx, world, rep):
    """Accounts made weeks ahead, warmed with a trickle of ordinary chat from residential
    addresses, then switched within the same hour into agent-trajectory harvesting from servers."""
    r = ctx.rng("atk-warm-%d" % rep)
    cname = "warmed-pool-%d" % (rep + 1)
    switch = W.W0 + 6 * W.DAY + 2 * W.HOUR + rep * 19 * W.HOUR
    ctx.campaign(cname, "warmed_pool")
    pool = ProxyPool(ctx, world, r, ["US", "CA", "GB"], 400, 0.2, mobile_share=0.05)
    hb = ctx.net.provider("US", "hosting", n16=1)[0]
    c3s = [r.randrange(256) for _ in range(2)]
    servers = [hb.ip_in24(r.choice(c3s), r) for _ in range(20)]
    cards = [W.pf(r) for _ in range(20)]
    harvest_cli = ("python-httpx/0.27.2", W.ja4(r))
    batches = [W.W0 - r.randrange(38, 46) * W.DAY, W.W0 - r.randrange(30, 37) * W.DAY, W.W0 - r.randrange(22, 29) * W.DAY]
    n_used = r.randrange(120, 141)
    n_made = n_used + r.randrange(8, 17)
    for k in range(n_made):
        created = batches[k % 3] + r.randrange(2 * W.HOUR) + 15 * W.HOUR
        bill = r.choice(["US", "US", "CA", "GB"])
        warm_cli = ctx.clients.stack(r, r.choice(["console-chrome", "console-safari", "console-chrome"]))
        a = ctx.account(r, "warmed_pool", "attack", cname, False, created, country=bill,
                        email_domain=r.choice(["gmail.com", "yahoo.com", "outlook.com", "mail.com", "icloud.com"]),
                        local=C.personal_local(r), payment=cards[k % 20], billing=bill,
                        channel="standard" if r.random() < 0.6 else "startup", verified=r.random() < 0.1,
                        client=warm_cli)
        if k >= n_used:
            continue          # made but never used: in accounts.jsonl only
        home_ip = pool.ip(r)
        # warm-up: light ordinary chat, not every day
        days = [1.0 if r.random() < 0.5 else 0.0 for _ in range(W.WINDOW_DAYS)]
        s = W.Sampler("consumer", a.tz, t_to=switch, day_mask=days)
        if s.ok():
            for i in range(r.randrange(2, 10)):
                ts = s.draw(r)
                n = r.randrange(1, 3)
                for j in range(n):
                    ctx.emit(r, a, ts, B.chat(r) if j == 0 else B.follow_up(r), ip=home_ip, model=W.MODEL_OLD,
                             turns=1 + 2 * j, ctx_tokens=0 if j == 0 else r.randrange(200, 900))
                    ts += C.gap(r, 30, 200)
        # harvest
        my_switch = switch + r.randrange(50 * W.MIN)
        sh = W.Sampler("flat", (0, False), t_from=my_switch)
        ip = r.choice(servers)
        tools = r.choice(A.AGENT_TOOLS_HARVEST)
        ntraj = r.randrange(12, 22)
        for i in range(ntraj):
            ts = my_switch + r.randrange(10 * W.MIN) if i == 0 else sh.draw(r)
            steps = r.randrange(4, 13)
            ctxt = r.randrange(1500, 5000)
            model = W.MODEL_NEW if (ts > W.NEW_MODEL_RELEASE and r.random() < 0.3) else W.MODEL_OLD
            for j in range(steps):
                t = A.warmed_step(r, tools, j == 0)
                if j == steps - 1:
                    t = dict(t, tc=0, stop="end_turn")
                it, ot = ctx.emit(r, a, ts, t, ip=ip, model=model, turns=1 + 2 * j, ctx_tokens=ctxt,
                                  client=harvest_cli)
                ctxt = it + ot + r.randrange(300, 5000)
                ts += C.gap(r, 1, 7)
                if ts >= W.W1:
                    break


# =============================================================================================
def pivot_hydra(ctx, world, rep):
    """A hydra cluster behind a commercial proxy service: hundreds of education-programme and
    standard accounts from sign-up waves on shared cards, every request through a different
    residential exit, chain-of-thought harvesting mixed with ordinary-looking traffic; within
    hours of the new model's release most of the harvesting moves to it."""
    r = ctx.rng("atk-hydra-%d" % rep)
    cname = "pivot-hydra-%d" % (rep + 1)
    pivot_at = W.NEW_MODEL_RELEASE + [5, 9, 14][rep % 3] * W.HOUR + r.randrange(40) * W.MIN
    ctx.campaign(cname, "pivot_hydra", pivot_at=pivot_at)
    countries = r.sample(["US", "GB", "DE", "IN", "BR", "ID", "PH", "VN", "MX", "TR", "NG", "PL", "FR", "JP", "KR",
                          "TH", "MY", "EG", "ZA", "CA"], 15)
    pool = ProxyPool(ctx, world, r, countries, 3000, 0.3, mobile_share=0.15)
    fps = [W.ja4(r), W.ja4(r)]
    uas = [ctx.clients.stack(r, f)[0] for f in ("vega-python", "vega-python", "openai-compat", "vega-node",
                                                 "requests", "httpx")]
    unis = ["mail.%s.edu" % u for u in r.sample(["brookfield", "tarnow-tech", "eastmere", "halvorsen", "quinlan",
                                                  "santacruzvale", "redmoor", "dunmore", "kasimir", "oberlin-state",
                                                  "westhaven", "lachlan"], 6)]
    n_waves = 10
    for wv in range(n_waves):
        start = W.W0 - 21 * W.DAY + int(wv * 2.6 * W.DAY) + r.randrange(24) * W.HOUR
        cards = [(W.pf(r), r.choice(countries)) for _ in range(r.randrange(2, 4))]
        for j in range(r.randrange(35, 46)):
            created = start + r.randrange(r.randrange(1, 4) * W.HOUR)
            edu = r.random() < 0.6
            card, bill = r.choice(cards)
            a = ctx.account(r, "pivot_hydra", "attack", cname, False, created, country=bill, tz=(0, False),
                            email_domain=r.choice(unis) if edu else r.choice(["gmail.com", "outlook.com"]),
                            local=C.burner_local(r) if r.random() < 0.5 else C.personal_local(r),
                            payment=card if r.random() < 0.85 else None, billing=bill,
                            channel="education" if edu else "standard", verified=False,
                            client=(r.choice(uas), r.choice(fps)), mt=r.choice([16000, 32000]))
            t0 = max(W.W0, created + r.randrange(1, 30) * W.HOUR)
            if t0 >= W.W1 - W.HOUR:
                continue

            def boost(ts):
                return 2.2 if ts >= pivot_at else 1.0
            s = W.Sampler("flat", (0, False), t_from=t0, boost=boost)
            n = r.randrange(28, 64)
            for i in range(n):
                ts = s.draw(r)
                cover = r.random() < 0.22
                t = _cover(r) if cover else A.hydra_reason(r)
                if ts >= pivot_at:
                    model = W.MODEL_NEW if r.random() < (0.15 if cover else 0.7) else W.MODEL_OLD
                else:
                    model = W.MODEL_OLD if r.random() < 0.9 else W.MODEL_LITE
                ctx.emit(r, a, ts, t, ip=pool.ip(r), model=model, client=(r.choice(uas), a.client[1]))


# =============================================================================================
def phoenix_relay(ctx, world, rep):
    """A coding-corpus campaign on startup-programme credits.  The first generation stops abruptly
    (as if blocked); within a day a fresh generation signs up on new cards, new domains and a new
    hoster - but keeps the same client build, the same worker cadence and near-identical wording."""
    r = ctx.rng("atk-phoenix-%d" % rep)
    c1 = "phoenix-%da" % (rep + 1)
    c2 = "phoenix-%db" % (rep + 1)
    ctx.campaign(c1, "phoenix_relay")
    ctx.campaign(c2, "phoenix_relay", successor_of=c1)
    stop1 = W.W0 + 5 * W.DAY + 9 * W.HOUR + rep * 7 * W.HOUR
    cli = ("python-requests/2.31.0", W.ja4(r))
    cadence = r.uniform(33, 41)
    startups = ["getnimbl", "quantaflow", "brightpath-ai", "codepilot-hq", "sparrowdev", "lumora", "stackbloom",
                "tidegrid", "nexacode", "vantly", "boltforge", "pixelroot", "orbitly", "causeway-ai", "fernstack",
                "mintloop", "parsec-labs", "driftwood-ai"]
    r.shuffle(startups)

    def gen(accts_n, gen_no, created_fn, host_c, cards, doms, t_start, t_end, chan_w):
        hb = ctx.net.provider(host_c, "hosting", n16=1)[0]
        c3 = r.randrange(256)
        ips = [hb.ip_in24(c3, r) for _ in range(14)]
        cname = c1 if gen_no == 1 else c2
        orgs = {}
        for k in range(accts_n):
            dom = doms[k % len(doms)]
            if dom not in orgs:
                orgs[dom] = ctx.ids.new(r, "org_", 8)
            org = orgs[dom]
            a = ctx.account(r, "phoenix_relay", "attack", cname, False, created_fn(k), country="US", tz=(0, False),
                            email_domain=dom, local=r.choice(FIRST).lower() if r.random() < 0.6 else _staff_local(r),
                            payment=r.choice(cards) if (cards and r.random() < 0.5) else None,
                            billing=r.choice(["US", "SG", "GB"]),
                            channel=r.choices(["startup", "standard"], chan_w)[0], verified=False,
                            org=org, client=cli)
            t0 = max(t_start, a.created + r.randrange(20, 120) * W.MIN)
            s = W.Sampler("flat", (0, False), t_from=t0, t_to=t_end)
            n = r.randrange(50, 90)
            left = n
            while left > 0:
                ts = s.draw(r)
                burst = min(left, r.randrange(10, 31))
                ip = r.choice(ips)
                for i in range(burst):
                    if ts >= t_end:
                        break
                    t = A.phoenix(r, gen_no) if r.random() < 0.9 else B.coding_help(r)
                    model = W.MODEL_NEW if (ts > W.NEW_MODEL_RELEASE and r.random() < 0.3) else W.MODEL_OLD
                    ctx.emit(r, a, ts, t, ip=ip, model=model)
                    ts += int((cadence + r.uniform(-3, 3)) * 1000)
                left -= burst

    base1 = W.W0 - r.randrange(14, 21) * W.DAY
    doms1 = ["%s.io" % s for s in startups[:9]]
    gen(r.randrange(54, 67), 1, lambda k: base1 + (k % 3) * 2 * W.DAY + r.randrange(3 * W.HOUR), ["US", "SG"][rep % 2],
        [W.pf(r) for _ in range(4)], doms1, W.W0, stop1, [85, 15])
    base2 = stop1 + r.randrange(11, 16) * W.HOUR
    doms2 = ["%s.dev" % s for s in startups[9:]]
    gen(r.randrange(64, 77), 2, lambda k: base2 + r.randrange(5 * W.HOUR), ["CA", "NL"][rep % 2], [W.pf(r) for _ in range(3)], doms2,
        base2 + W.HOUR, W.W1, [60, 40])


# =============================================================================================
def cron_dataset_lab(ctx, world, rep):
    """Synthetic-dataset generation under the research programme.  Accounts look unrelated (each
    its own university address and card, spread-out sign-ups) but all run the same scheduled job:
    one request every 20 minutes on the same minute phase, from one hoster's VMs."""
    r = ctx.rng("atk-cron-%d" % rep)
    cname = "cron-dataset-lab-%d" % (rep + 1)
    ctx.campaign(cname, "cron_dataset_lab")
    hb = ctx.net.provider(["NL", "DE", "US"][rep % 3], "hosting", n16=1)[0]
    vms = []
    for c3 in r.sample(range(256), 3):
        vms += [hb.ip_in24(c3, r) for _ in range(14)]
    cli = ctx.clients.stack(r, "vega-python")
    phase = r.randrange(20) * W.MIN + r.randrange(60) * W.SEC
    univ = ["cs.%s.edu" % u for u in ("valmont", "harrowgate", "corvallis-tech", "northbay", "ridgeview", "lakemont",
                                       "st-aldric", "eastfield", "brightwater", "oakhurst", "marlow", "kellner")]
    for k in range(r.randrange(36, 45)):
        bill = r.choice(["US", "GB", "DE", "CA", "AU", "NL"])
        f, l = r.choice(FIRST).lower(), r.choice(LAST).lower()
        local = r.choice([f[0] + "." + l, f + l, f + "." + l])
        a = ctx.account(r, "cron_dataset_lab", "attack", cname, False, W.W0 - r.randrange(5, 31) * W.DAY -
                        r.randrange(W.DAY), country=bill, email_domain=r.choice(univ), local=local, payment=W.pf(r),
                        billing=bill, channel="research", verified=False, client=cli, mt=16000)
        ip = r.choice(vms)
        jitter = r.randrange(2000, 9000)
        days = r.sample(range(W.WINDOW_DAYS), r.randrange(4, 8))
        days.sort()
        for d in days:
            start_h = r.randrange(24)
            dur_runs = r.randrange(12, 22)
            t = W.W0 + d * W.DAY + start_h * W.HOUR + phase + jitter
            for i in range(dur_runs):
                ts = t + i * 20 * W.MIN + int(r.uniform(-1500, 1500))
                if ts >= W.W1:
                    break
                task = A.cron_dataset(r) if r.random() < 0.96 else _cover(r)
                model = W.MODEL_NEW if (ts > W.NEW_MODEL_RELEASE and r.random() < 0.2) else W.MODEL_OLD
                ctx.emit(r, a, ts, task, ip=ip, model=model)


ALL = [rubric_consultancy, safe_rewrite_swarm, region_evader, key_reseller, warmed_pool, pivot_hydra, phoenix_relay,
       cron_dataset_lab]
