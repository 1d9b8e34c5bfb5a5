"""Distillation campaigns. Each one has its own infrastructure, sign-up and payment
pattern, clients, timing and prompt families, and each tries to look ordinary."""
from common import (SEC, MIN, HOUR, DAY, WINDOW_START, WINDOW_END, RELEASE_MS, NEW_MODEL, MAIN_MODEL,
                    LITE_MODEL, OLD_MODEL, ms_of, pick, wpick, lgn, ilgn, poisson, iso_ms)
from world import (client, custom_client, fp_of, make_ua, local_shape, consumer_domain, company_domain, tz_of,
                   ORD_COUNTRIES, DEV_FAMS, COUNTRIES)
from engine import HumanNet, sample_time, conversation, single, agent_loop, local_hour
import text


def campaign(ctx, name, group, successor_of=None, pivot_at=None):
    c = {"campaign": name, "group": group.name, "successor_of": successor_of, "pivot_at": pivot_at}
    ctx.campaigns.append(c)
    return c


def think_big(rng):
    return ilgn(rng, 4500, 0.6, 500, 30000)


def think_mid(rng):
    return ilgn(rng, 1800, 0.6, 200, 12000)


def filler_event(g, a, t, ip, cl, model):
    return single(g, a, t, text.filler(rng=g.rng), ip=ip, client=cl, model=model, cap=pick(g.rng, [256, 512, 1024]),
                  out_med=60, out_sig=0.7)


# ---------------------------------------------------------------- A1 rubric-grading hydra on clouds

def build_rubric_hydra(ctx):
    w = ctx.world
    g = ctx.group("atk_rubric_hydra", "attack")
    rng = g.rng
    name = "camp-rubric-hydra"
    campaign(ctx, name, g)
    pool = w.net.host_pool(rng, ["Nimbus Cloud Services"], ctx.n(20), ccs=["US", "DE"]) + \
        w.net.host_pool(rng, ["Stratoscale Compute"], ctx.n(15), ccs=["SG", "JP"]) + \
        w.net.host_pool(rng, ["Bytehaven Hosting"], ctx.n(15), ccs=["NL", "FR"]) + \
        w.net.host_pool(rng, ["Ionforge Cloud"], ctx.n(10), ccs=["US", "CA"])
    cards = [w.pay.bank_card(rng, pick(rng, ["US", "GB"])) for _ in range(ctx.n(25))]
    fams = ["aster-python", "openai-py", "httpx", "aster-node"]
    for i in range(ctx.n(150)):
        created = WINDOW_START - 40 * DAY + int(rng.random() * 45 * DAY)
        created = created - (created % DAY) + int((pick(rng, [2, 3, 4, 5, 6, 7, 8, 9, 10]) + rng.random()) * HOUR)  # operator's daytime (UTC+8)
        a = g.new_account(created, name)
        cc = wpick(rng, [("US", 40), ("GB", 15), ("DE", 10), ("SG", 10), ("CA", 15), ("AU", 10)])
        a.country = cc
        a.email_domain = wpick(rng, [("gmail.com", 45), ("outlook.com", 25), ("proton.me", 10), ("yahoo.com", 10), ("hotmail.com", 10)])
        a.shape = local_shape(rng, pick(rng, ["first.last9", "firstlast99", "first9999", "first.last"]))
        a.payment = pick(rng, cards)
        a.channel = "standard"
        a.verified = rng.random() < 0.1
        g.new_key(a)
        own = [pick(rng, pool), pick(rng, pool)]
        # the harvester rotates user agents, but every request leaves through the same TLS stack
        uas = [make_ua(rng, pick(rng, fams)) for _ in range(3)]
        lo = max(WINDOW_START, a.created + rng.randrange(HOUR, 2 * DAY))
        if lo >= WINDOW_END - DAY:
            continue
        n_bursts = poisson(rng, lgn(rng, 18, 0.4, 4, 60))
        for _ in range(n_bursts):
            t = sample_time(rng, lo, WINDOW_END, 8, "nearflat", "flat")
            ip = pick(rng, own) if rng.random() < 0.7 else pick(rng, pool)
            for _ in range(rng.randint(2, 5)):
                cl = custom_client(pick(rng, uas), "py-ossl31")
                model = MAIN_MODEL if rng.random() < 0.9 else LITE_MODEL
                if t > RELEASE_MS + 2 * DAY and rng.random() < 0.25:
                    model = NEW_MODEL
                if rng.random() < 0.2:
                    t = filler_event(g, a, t, ip, cl, model)
                else:
                    t = single(g, a, t, text.rubric_attack(rng), ip=ip, client=cl, model=model,
                               cap=pick(rng, [4096, 8192]), out_med=900, out_sig=0.5,
                               think=think_mid if rng.random() < 0.3 and model != LITE_MODEL else None)
                t += ilgn(rng, 8 * SEC, 0.8, 1 * SEC, 2 * MIN)
    return g


# ---------------------------------------------------------------- A2 "safe rewrite" harvest over VPNs

def build_safe_rewrite(ctx):
    w = ctx.world
    g = ctx.group("atk_safe_rewrite", "attack")
    rng = g.rng
    name = "camp-safe-rewrite"
    campaign(ctx, name, g)
    doms = [company_domain(rng) for _ in range(5)]
    orgs = {d: "org_" + "%010x" % rng.getrandbits(40) for d in doms}
    bursts = [WINDOW_START - 20 * DAY, WINDOW_START - 9 * DAY, WINDOW_START + 3 * DAY]
    vpn_exits = [r for p in ("HushPath VPN", "Mantle Privacy AB") for r in w.net.vpn[p]]
    n = ctx.n(60)
    tz = 3  # operators' working day
    for bi, b0 in enumerate(bursts):
        cards = [w.pay.bank_card(rng, pick(rng, ["NL", "DE"])) for _ in range(2)]
        for i in range(n // 3 + (1 if bi < n % 3 else 0)):
            created = b0 + int((10 - tz) * HOUR) + rng.randrange(3 * HOUR)
            a = g.new_account(created, name)
            d = pick(rng, doms)
            a.email_domain = d
            a.shape = local_shape(rng, pick(rng, ["nick", "first.last", "nick"]))
            if rng.random() < 0.6:
                a.org = orgs[d]
            a.channel = "startup" if rng.random() < 0.7 else "standard"
            a.verified = rng.random() < 0.15
            a.payment = pick(rng, cards)
            a.country = wpick(rng, [("NL", 30), ("DE", 25), ("CH", 15), ("SE", 10), ("US", 20)])
            g.new_key(a)
            cl = client(rng, pick(rng, ["axios", "aster-node"]), "node20")
            lo = max(WINDOW_START, created + rng.randrange(2 * HOUR, 30 * HOUR))
            if lo >= WINDOW_END - DAY:
                continue
            for _ in range(poisson(rng, lgn(rng, 9, 0.4, 2, 30))):
                t = sample_time(rng, lo, WINDOW_END, tz, "shift", "office")
                r = rng.random()
                if r < 0.8:
                    exit_r = pick(rng, vpn_exits)
                    ip = exit_r.host(rng)
                elif r < 0.83:
                    ip = str(pick(rng, w.net.tor).net.network_address)
                else:
                    cc = pick(rng, ["NL", "DE", "US", "SE"]) if rng.random() < 0.9 else "FR"
                    ip = pick(rng, w.net.resi[("Meshpool", cc if ("Meshpool", cc) in w.net.resi else "US")]).host(rng)
                for _ in range(rng.randint(5, 15)):
                    model = NEW_MODEL if (t > RELEASE_MS + DAY and rng.random() < 0.3) else MAIN_MODEL
                    if rng.random() < 0.15:
                        t = filler_event(g, a, t, ip, cl, model) if rng.random() < 0.5 else single(
                            g, a, t, text.chat(rng), ip=ip, client=cl, model=model, cap=4096, out_med=250)
                    else:
                        t = single(g, a, t, text.safe_rewrite_attack(rng), ip=ip, client=cl, model=model, cap=4096,
                                   out_med=750, out_sig=0.5)
                    t += ilgn(rng, 20 * SEC, 0.6, 2 * SEC, 3 * MIN)
    return g


# ---------------------------------------------------------------- A3 hydra reseller: a minority of harvesting inside real traffic

def build_hydra_reseller(ctx):
    w = ctx.world
    g = ctx.group("atk_hydra_reseller", "attack")
    rng = g.rng
    name = "camp-hydra-reseller"
    campaign(ctx, name, g)
    pool = w.net.host_pool(rng, ["Stratoscale Compute"], ctx.n(10), ccs=["SG", "HK"]) + \
        w.net.host_pool(rng, ["Skyrail Datacenters"], ctx.n(12), ccs=["HK", "US"]) + \
        w.net.host_pool(rng, ["Nimbus Cloud Services"], ctx.n(8), ccs=["SG"])
    cards = [w.pay.card(pick(rng, w.pay.fintech_bins["HK"] + w.pay.fintech_bins["SG"]), rng) for _ in range(3)]
    shell_org, shell_dom = "org_lumenrelay", "lumenrelay.io"
    gw_ua = "lumen-relay/2.7.%d" % rng.randint(0, 9)
    for i in range(ctx.n(80)):
        a = g.new_account(ms_of(2025, 9, 1) + rng.randrange(170 * DAY), name)
        if rng.random() < 0.5:
            a.org, a.email_domain, a.channel, a.verified = shell_org, shell_dom, "reseller", True
            a.shape = pick(rng, ["aaaaaaa-9999", "aaaaaaa-99999"])
        else:
            a.email_domain = pick(rng, ["gmail.com", "outlook.com"])
            a.shape = local_shape(rng)
            a.channel, a.verified = "standard", rng.random() < 0.5
        a.payment = pick(rng, cards)
        a.country = wpick(rng, [("HK", 40), ("SG", 40), ("US", 20)])
        g.new_key(a)
        harvest_share = rng.uniform(0.10, 0.25)
        vol = lgn(rng, 150, 0.4, 40, 500)
        langs = ["en", "en", "en", "es", "pt", "ja", "ko", "id", "vi", "de"]
        for _ in range(poisson(rng, vol)):
            ip = pick(rng, pool)
            if rng.random() < harvest_share:
                t = sample_time(rng, WINDOW_START, WINDOW_END, 0, [0.3] * 16 + [2.5] * 8, "flat")
                cl = custom_client(gw_ua, "go122")
                model = MAIN_MODEL if t < RELEASE_MS + 6 * HOUR or rng.random() < 0.6 else NEW_MODEL
                p = text.cot_attack(rng) if rng.random() < 0.65 else text.code_harvest(rng)
                single(g, a, t, p, ip=ip, client=cl, model=model, cap=32000, out_med=2600, out_sig=0.5, think=think_big)
                continue
            # genuine end-customer traffic relayed through the service
            t = sample_time(rng, WINDOW_START, WINDOW_END, pick(rng, [-6, -3, 0, 1, 5.5, 8, 9]), "app", "app")
            if rng.random() < 0.6:
                cl = custom_client(gw_ua, "go122")
            else:
                # the gateway forwards the end user's User-Agent, but the TLS session is its own
                cl = custom_client(make_ua(rng, wpick(rng, DEV_FAMS)), "go122")
            model = wpick(rng, [(MAIN_MODEL, 55), (LITE_MODEL, 40), (OLD_MODEL, 5)])
            k = wpick(rng, [("chat", 35), ("code", 25), ("write", 15), ("app", 15), ("foreign", 10)])
            if k == "chat":
                conversation(g, a, t, [text.chat(rng)] + [text.followup(rng, "chat") for _ in range(poisson(rng, 0.7))],
                             ip=ip, client=cl, model=model, cap=2048)
            elif k == "code":
                single(g, a, t, text.coding(rng), ip=ip, client=cl, model=model, cap=4096, out_med=550)
            elif k == "write":
                single(g, a, t, pick(rng, [text.writing, text.rewrite])(rng), ip=ip, client=cl, model=model, cap=2048, out_med=380)
            elif k == "app":
                sysp, p = text.app_prompt(rng, pick(rng, text.APP_KEYS))
                single(g, a, t, p, ip=ip, client=cl, model=model, system=sysp, cap=1024, out_med=250)
            else:
                single(g, a, t, text.foreign(rng, pick(rng, langs)), ip=ip, client=cl, model=model, cap=2048)
    return g


# ---------------------------------------------------------------- A4 aged accounts bought from their owners

def build_aged_accounts(ctx):
    w = ctx.world
    g = ctx.group("atk_aged_accounts", "attack")
    rng = g.rng
    name = "camp-aged-accounts"
    c = campaign(ctx, name, g)
    buyer_ua = "aster-python/1.14.2"
    buyer_cl = custom_client(buyer_ua, "py-ossl31")
    buyer_bins = w.pay.fintech_bins["HK"]
    owner_ccs = [("US", 25), ("GB", 10), ("IN", 15), ("BR", 10), ("DE", 8), ("PH", 8), ("ID", 6), ("NG", 6), ("FR", 6), ("CA", 6)]
    for i in range(ctx.n(40)):
        cc = wpick(rng, owner_ccs)
        tz = tz_of(rng, cc)
        a = g.new_account(ms_of(2023, 6, 1) + rng.randrange(740 * DAY), name)
        a.country = cc
        a.email_domain = consumer_domain(rng, cc)
        a.shape = local_shape(rng)
        a.channel = "standard"
        a.verified = rng.random() < 0.4
        # the record shows the card on file now: half the buyers swapped in their own
        a.payment = w.pay.bank_card(rng, cc) if rng.random() < 0.5 else w.pay.card(pick(rng, buyer_bins), rng)
        g.new_key(a)
        owner_cl = client(rng, wpick(rng, [("chrome", 40), ("aster-python", 30), ("safari", 15), ("openai-py", 15)]))
        hn = HumanNet(rng, w.net, cc, tz, mobile_share=0.3)
        handover = WINDOW_START + int(rng.uniform(1.5, 6.5) * DAY)
        a.st["harvest_from"] = None
        # the original owner's light, human use before the sale
        for _ in range(poisson(rng, (handover - WINDOW_START) / DAY * 0.8)):
            t = sample_time(rng, WINDOW_START, handover, tz, "consumer", "consumer")
            conversation(g, a, t, [pick(rng, [text.chat, text.writing, text.homework])(rng)] +
                         [text.followup(rng, "chat") for _ in range(poisson(rng, 0.8))], ip=hn.ip(rng, t),
                         client=owner_cl, model=MAIN_MODEL, cap=4096, end=handover)
        # after the handover: the buyer's harvester behind residential exits in the owner's country
        key2 = g.new_key(a)
        prov_cc = cc if ("Homegate", cc) in w.net.resi else "US"
        exits = w.net.resi[("Homegate", prov_cc)]
        per_day = lgn(rng, 14, 0.3, 5, 40)
        sessions = poisson(rng, per_day * (WINDOW_END - handover) / DAY / 4)
        for _ in range(sessions):
            t = sample_time(rng, handover, WINDOW_END, 8, "shift", "sixday")
            ip = pick(rng, exits).host(rng)
            for _ in range(rng.randint(2, 6)):
                r = rng.random()
                model = NEW_MODEL if (t > RELEASE_MS + 12 * HOUR and rng.random() < 0.35) else MAIN_MODEL
                if r < 0.5:
                    p, om = text.cot_attack(rng), 2200
                elif r < 0.75:
                    p, om = text.code_harvest(rng), 2000
                elif r < 0.9:
                    p, om = text.datagen_attack(rng), 3000
                else:
                    p, om = text.filler(rng), 60
                if a.st["harvest_from"] is None or t < a.st["harvest_from"]:
                    a.st["harvest_from"] = t
                t = single(g, a, t, p, ip=ip, client=buyer_cl, model=model, cap=32000 if om > 100 else 1024, out_med=om,
                           out_sig=0.5, think=think_big if om > 100 else None, key=key2)
                t += ilgn(rng, 30 * SEC, 0.8, 3 * SEC, 10 * MIN)
    c["_from_attr"] = "harvest_from"
    return g


# ---------------------------------------------------------------- A5 one virtual card per account, short-lived burners

def build_card_farm(ctx):
    w = ctx.world
    g = ctx.group("atk_card_farm", "attack")
    rng = g.rng
    name = "camp-card-farm"
    campaign(ctx, name, g)
    doms = ["inboxfly.net", "quickmail.cc", "mailvault.io", "postbox7.com"]
    n = ctx.n(120)
    first = WINDOW_START - 3 * DAY
    span = 15 * DAY
    for i in range(n):
        d = first + (i * span) // n
        created = d - d % DAY + int((pick(rng, [9, 10, 11, 13, 14, 15, 16, 17]) - 7 + rng.random()) * HOUR)
        a = g.new_account(created, name)
        a.email_domain = pick(rng, doms) if rng.random() < 0.6 else "gmail.com"
        a.shape = local_shape(rng, "random")
        a.payment = w.pay.card(pick(rng, w.pay.prepaid_bins), rng)  # a fresh virtual card each time
        cc = wpick(rng, [("US", 60), ("GB", 15), ("CA", 10), ("AU", 15)])
        a.country = cc
        a.channel = "standard"
        a.verified = False
        g.new_key(a)
        cl = client(rng, "openai-py" if rng.random() < 0.8 else "requests", "py-ossl30")
        start = created + rng.randrange(10 * MIN, 6 * HOUR)
        if start < WINDOW_START:
            start = WINDOW_START + rng.randrange(8 * HOUR)
        stop = min(WINDOW_END, start + int(lgn(rng, 1.4, 0.5, 0.3, 4) * DAY))
        if start >= WINDOW_END - HOUR:
            continue
        t = start
        while t < stop:
            ecc = cc if rng.random() < 0.8 else "US"
            ip = pick(rng, w.net.resi[("Meshpool", ecc)]).host(rng)  # rotating exit per request
            r = rng.random()
            if r < 0.55:
                p, om = text.datagen_attack(rng), 3200
            elif r < 0.85:
                p, om = text.code_harvest(rng), 2400
            elif r < 0.95:
                p, om = text.cot_attack(rng), 2400
            else:
                p, om = text.filler(rng), 50
            model = NEW_MODEL if (t > RELEASE_MS and rng.random() < 0.4) else MAIN_MODEL
            single(g, a, t, p, ip=ip, client=cl, model=model, cap=pick(rng, [16000, 32000]) if om > 100 else 512,
                   out_med=om, out_sig=0.5, think=think_mid if om > 100 and rng.random() < 0.5 else None)
            t += ilgn(rng, 25 * MIN, 0.9, 20 * SEC, 4 * HOUR)
    return g


# ---------------------------------------------------------------- A6 fake students through the education programme

def build_edu_cohort(ctx):
    w = ctx.world
    g = ctx.group("atk_edu_cohort", "attack")
    rng = g.rng
    name = "camp-edu-cohort"
    campaign(ctx, name, g)
    unis = [("eastvale.edu", "US"), ("marlowe-state.edu", "US"), ("northcrest.ac.uk", "GB")]
    mobile_proxies = [w.net.mobile["US"][0].cgnat(rng) for _ in range(6)] + [w.net.mobile["GB"][0].cgnat(rng) for _ in range(4)]
    for i in range(ctx.n(80)):
        dom, cc = pick(rng, unis)
        created = WINDOW_START - 6 * DAY + rng.randrange(4 * DAY)
        a = g.new_account(created, name)
        a.email_domain, a.country = dom, cc
        a.shape = local_shape(rng, pick(rng, ["first.last9", "first99", "flast"]))
        a.channel = "education"
        a.verified = rng.random() < 0.85
        a.payment = None
        g.new_key(a)
        if rng.random() < 0.4:
            cl = custom_client(make_ua(rng, "chrome"), "py-ossl30")  # a browser UA on a Python TLS stack
        else:
            cl = client(rng, "aster-python", "py-ossl30")
        lo = max(WINDOW_START, created + rng.randrange(HOUR, DAY))
        tz = -5 if cc == "US" else 0
        for _ in range(poisson(rng, lgn(rng, 22, 0.4, 5, 60))):
            t = sample_time(rng, lo, WINDOW_END, tz, "nearflat", "flat")
            if rng.random() < 0.45:
                ip = pick(rng, mobile_proxies)
            else:
                ip = pick(rng, w.net.resi[("Meshpool", cc)]).host(rng)
            for _ in range(rng.randint(1, 5)):
                r = rng.random()
                model = NEW_MODEL if (t > RELEASE_MS + DAY and rng.random() < 0.3) else MAIN_MODEL
                if r < 0.75:
                    t = single(g, a, t, text.edu_disguise(rng), ip=ip, client=cl, model=model, cap=32000, out_med=2500,
                               out_sig=0.5, think=think_big)
                elif r < 0.9:
                    t = single(g, a, t, text.cot_attack(rng), ip=ip, client=cl, model=model, cap=32000, out_med=2500,
                               out_sig=0.5, think=think_big)
                else:
                    t = single(g, a, t, text.homework(rng), ip=ip, client=cl, model=model, cap=4096, out_med=400)
                t += ilgn(rng, 90 * SEC, 0.8, 10 * SEC, 20 * MIN)
    return g


# ---------------------------------------------------------------- A7 regional-block evasion: restricted-country operators on residential exits

def build_geo_evasion(ctx):
    w = ctx.world
    g = ctx.group("atk_geo_evasion", "attack")
    rng = g.rng
    name = "camp-geo-evasion"
    campaign(ctx, name, g)
    bins = w.pay.fintech_bins["SG"] + w.pay.fintech_bins["HK"] + w.pay.fintech_bins["MY"]
    cards = [w.pay.card(pick(rng, bins), rng) for _ in range(ctx.n(12))]
    jump = w.net.host_pool(rng, ["Skyrail Datacenters"], 3, ccs=["HK"])
    cn_isp = w.net.isp["CN"]
    exit_ccs = ["US", "JP", "SG", "DE"]
    tz = 8
    for i in range(ctx.n(50)):
        created = WINDOW_START - rng.randrange(5, 120) * DAY + int((rng.uniform(9, 21) - tz) * HOUR)
        a = g.new_account(created, name)
        a.country = wpick(rng, [("SG", 40), ("MY", 20), ("HK", 25), ("US", 15)])
        a.email_domain = wpick(rng, [("outlook.com", 40), ("gmail.com", 40), ("foxmail.com", 10), (company_domain(rng), 10)])
        a.shape = local_shape(rng, pick(rng, ["first99", "first9999", "nick", "firstlast99"]))
        a.payment = pick(rng, cards)
        a.channel = "standard" if rng.random() < 0.7 else "startup"
        a.verified = rng.random() < 0.3
        g.new_key(a)
        cl = client(rng, wpick(rng, [("openai-py", 50), ("aster-python", 35), ("langchain", 15)]), "py-ossl30")
        home_exit = pick(rng, exit_ccs)
        for _ in range(poisson(rng, lgn(rng, 30, 0.4, 8, 90))):
            t = sample_time(rng, WINDOW_START, WINDOW_END, tz, "shift", "sixday")
            r = rng.random()
            if r < 0.85:
                ecc = home_exit if rng.random() < 0.7 else pick(rng, exit_ccs)
                ip = pick(rng, w.net.resi[("Homegate", ecc)]).host(rng)
            elif r < 0.97:
                ip = pick(rng, jump)
            elif r < 0.99:
                ip = pick(rng, w.net.vpn["Nomad Shield VPN"]).host(rng)
            else:
                ip = pick(rng, cn_isp).host(rng)  # the proxy client failed open for a moment
            model = MAIN_MODEL if (t < RELEASE_MS + 3 * DAY or rng.random() < 0.6) else NEW_MODEL
            k = wpick(rng, [("code", 35), ("agent", 20), ("cot", 20), ("zh", 15), ("filler", 10)])
            if k == "agent":
                tools = rng.sample(text.TOOL_UNIVERSE, rng.randint(8, 18))
                agent_loop(g, a, t, text.agent_task(rng), tools, ilgn(rng, 10, 0.5, 3, 40), ip=ip, client=cl, model=model,
                           system=text.agent_system(rng), cap=8192, think=think_mid, step_gap_med=2500, final_med=900)
                continue
            for _ in range(rng.randint(1, 4)):
                if k == "code":
                    t = single(g, a, t, text.code_harvest(rng), ip=ip, client=cl, model=model, cap=16000, out_med=2200, out_sig=0.5,
                               think=think_mid if rng.random() < 0.5 else None)
                elif k == "cot":
                    t = single(g, a, t, text.cot_attack(rng), ip=ip, client=cl, model=model, cap=32000, out_med=2400, out_sig=0.5,
                               think=think_big)
                elif k == "zh":
                    t = single(g, a, t, text.zh_harvest(rng), ip=ip, client=cl, model=model, cap=32000, out_med=2400, out_sig=0.5,
                               think=think_big)
                else:
                    t = filler_event(g, a, t, ip, cl, model)
                t += ilgn(rng, 45 * SEC, 0.8, 5 * SEC, 15 * MIN)
    return g


# ---------------------------------------------------------------- A8 low and slow: many aged-in accounts, a few requests a day each

def build_low_slow(ctx):
    w = ctx.world
    g = ctx.group("atk_low_slow", "attack")
    rng = g.rng
    name = "camp-low-slow"
    campaign(ctx, name, g)
    ccs = [(c, wt) for c, wt in ORD_COUNTRIES if c in ("US", "GB", "DE", "FR", "CA", "AU", "JP", "NL", "BR", "IN", "ES", "IT", "KR", "MY", "PH", "SG")]
    cards = []
    for _ in range(ctx.n(40)):
        cc = wpick(rng, ccs)
        cards.append((w.pay.bank_card(rng, cc), cc))
    n = ctx.n(200)
    for i in range(n):
        created = ms_of(2025, 7, 1) + (i * (WINDOW_START - 5 * DAY - ms_of(2025, 7, 1))) // n + rng.randrange(DAY)
        card, cc = pick(rng, cards)
        tz = tz_of(rng, cc)
        a = g.new_account(created, name)
        a.country = cc
        a.email_domain = consumer_domain(rng, cc)
        a.shape = local_shape(rng)
        a.payment = card
        a.channel = "standard"
        a.verified = rng.random() < 0.2
        g.new_key(a)
        cl = client(rng, wpick(rng, DEV_FAMS))
        prov = "PeerRelay" if ("PeerRelay", cc) in w.net.resi else "Meshpool"
        exits = w.net.resi[(prov, cc)]
        p_day = rng.uniform(0.4, 0.7)
        for d in range(14):
            if rng.random() > p_day:
                continue
            day_ip = pick(rng, exits).host(rng)  # sticky for the day
            day_lo = WINDOW_START + d * DAY
            for _ in range(rng.randint(1, 5)):
                t = sample_time(rng, day_lo, day_lo + DAY, tz, "consumer", "flat")
                model = NEW_MODEL if (t > RELEASE_MS + DAY and rng.random() < 0.3) else MAIN_MODEL
                r = rng.random()
                if r < 0.35:
                    single(g, a, t, text.cot_attack(rng), ip=day_ip, client=cl, model=model, cap=pick(rng, [16000, 32000]),
                           out_med=2300, out_sig=0.5, think=think_big)
                elif r < 0.55:
                    single(g, a, t, text.code_harvest(rng), ip=day_ip, client=cl, model=model, cap=16000, out_med=2000,
                           out_sig=0.5, think=think_mid if rng.random() < 0.5 else None)
                elif r < 0.6:
                    single(g, a, t, text.rubric_attack(rng), ip=day_ip, client=cl, model=model, cap=8192, out_med=900)
                elif r < 0.65:
                    single(g, a, t, text.datagen_attack(rng), ip=day_ip, client=cl, model=model, cap=16000, out_med=2800)
                else:
                    conversation(g, a, t, [pick(rng, [text.chat, text.coding, text.writing, text.math_q])(rng)] +
                                 [text.followup(rng, "chat") for _ in range(poisson(rng, 0.5))],
                                 ip=day_ip, client=cl, model=model, cap=4096)
    return g


# ---------------------------------------------------------------- A9 agentic tool-use harvest

def build_agentic_harvest(ctx):
    w = ctx.world
    g = ctx.group("atk_agentic_harvest", "attack")
    rng = g.rng
    name = "camp-agentic-harvest"
    campaign(ctx, name, g)
    pool = w.net.host_pool(rng, ["Kettle VPS Ltd"], ctx.n(25))
    orgs = []
    for j in range(4):
        dom = company_domain(rng)
        orgs.append(("org_" + "%010x" % rng.getrandbits(40), dom, w.pay.bank_card(rng, pick(rng, ["US", "GB"])),
                     WINDOW_START - rng.randrange(5, 26) * DAY + rng.randrange(DAY), pick(rng, ["US", "GB", "CA"])))
    for i in range(ctx.n(40)):
        org, dom, card, day0, cc = orgs[i % 4]
        a = g.new_account(day0 + rng.randrange(4 * HOUR), name)
        a.org, a.email_domain, a.payment, a.country = org, dom, card, cc
        a.shape = local_shape(rng, pick(rng, ["nick", "first.last", "first"]))
        a.channel = "startup"
        a.verified = rng.random() < 0.4
        g.new_key(a)
        cl = client(rng, "aster-python", "py-ossl31") if rng.random() < 0.7 else client(rng, "langchain", "py-ossl31")
        lo = max(WINDOW_START, a.created + HOUR)
        for _ in range(poisson(rng, lgn(rng, 11, 0.4, 3, 30))):
            t = sample_time(rng, lo, WINDOW_END, 0, "flat", "flat")
            tools = rng.sample(text.TOOL_UNIVERSE, rng.randint(12, 30))
            if rng.random() < 0.3:
                tools = [tn + pick(rng, ["", "_v2", "_tool", ""]) for tn in tools]
            model = NEW_MODEL if (t > RELEASE_MS + DAY and rng.random() < 0.4) else MAIN_MODEL
            agent_loop(g, a, t, text.agent_task(rng), tools, ilgn(rng, 12, 0.4, 6, 40), ip=pick(rng, pool),
                       ipf=(lambda tt: pick(rng, pool)) if rng.random() < 0.3 else None,
                       client=cl, model=model, system=text.agent_system(rng), cap=pick(rng, [8192, 16000]),
                       think=think_mid if rng.random() < 0.5 else None, step_gap_med=2000, final_med=1100,
                       result_med=700, calls_max=4, nudge_p=0.06, task_repeat_p=0.15)
    return g


# ---------------------------------------------------------------- A10/A11 chain-of-thought waves with a fast pivot to the new model

PIVOT_AT = RELEASE_MS + 5 * HOUR + 20 * MIN
WAVE1_END = WINDOW_START + 10 * DAY + 12 * HOUR


def _cot_session(g, a, t, ip, cl, pivot, rng, end):
    for _ in range(rng.randint(3, 9)):
        if t >= end:
            break
        model = NEW_MODEL if (t >= pivot and rng.random() < 0.5) else MAIN_MODEL
        r = rng.random()
        if r < 0.9:
            p = text.cot_attack(rng) if rng.random() < 0.8 else text.edu_disguise(rng)
            t = single(g, a, t, p, ip=ip, client=cl, model=model, cap=32000, out_med=2600, out_sig=0.5, think=think_big)
        else:
            t = filler_event(g, a, t, ip, cl, model)
        t += ilgn(rng, 15 * SEC, 0.7, 2 * SEC, 5 * MIN)


def build_cot_waves(ctx):
    w = ctx.world
    g1 = ctx.group("atk_cot_wave1", "attack")
    rng = g1.rng
    campaign(ctx, "camp-cot-wave1", g1, pivot_at=iso_ms(PIVOT_AT))
    host1 = w.net.host_pool(rng, ["Cirrus Host GmbH", "Skyrail Datacenters"], ctx.n(40))
    vpn1 = w.net.vpn["Nomad Shield VPN"]
    cards1 = [w.pay.bank_card(rng, "US") for _ in range(ctx.n(12))]
    for i in range(ctx.n(60)):
        a = g1.new_account(WINDOW_START - 30 * DAY + rng.randrange(20 * DAY), "camp-cot-wave1")
        a.country = wpick(rng, [("US", 60), ("CA", 20), ("GB", 20)])
        a.email_domain = pick(rng, ["gmail.com", "outlook.com"])
        a.shape = local_shape(rng, pick(rng, ["first.last9", "firstlast99"]))
        a.payment = pick(rng, cards1)
        a.channel, a.verified = "standard", False
        g1.new_key(a)
        cl = client(rng, "httpx", "py-ossl30")
        end = WAVE1_END - (rng.randrange(2 * DAY) if rng.random() < 0.3 else 0)  # some were shut down earlier
        for _ in range(poisson(rng, lgn(rng, 18, 0.35, 5, 50))):
            t = sample_time(rng, WINDOW_START, end, 0, "flat", "flat")
            ip = pick(rng, vpn1).host(rng) if rng.random() < 0.4 else pick(rng, host1)
            _cot_session(g1, a, t, ip, cl, PIVOT_AT, rng, end)
    g2 = ctx.group("atk_cot_wave2", "attack")
    rng = g2.rng
    campaign(ctx, "camp-cot-wave2", g2, successor_of="camp-cot-wave1")
    host2 = w.net.host_pool(rng, ["Skyrail Datacenters"], ctx.n(30)) + host1[:max(2, len(host1) // 10)]
    vpn2 = w.net.vpn["ClearRoute Secure"]
    cards2 = [w.pay.bank_card(rng, "US") for _ in range(ctx.n(10))]
    for i in range(ctx.n(50)):
        a = g2.new_account(WINDOW_START + int(rng.uniform(9.3, 10.4) * DAY), "camp-cot-wave2")
        a.country = wpick(rng, [("US", 60), ("CA", 20), ("GB", 20)])
        a.email_domain = pick(rng, ["gmail.com", "outlook.com", "proton.me"])
        a.shape = local_shape(rng, pick(rng, ["first.last9", "firstlast99", "first9999"]))
        a.payment = pick(rng, cards2)
        a.channel, a.verified = "standard", False
        g2.new_key(a)
        cl = custom_client(make_ua(rng, pick(rng, ["httpx", "aiohttp"])), "py-ossl31")
        lo = max(WAVE1_END, a.created + HOUR)
        for _ in range(poisson(rng, lgn(rng, 16, 0.35, 5, 50))):
            t = sample_time(rng, lo, WINDOW_END, 0, "flat", "flat")
            ip = pick(rng, vpn2).host(rng) if rng.random() < 0.2 else pick(rng, host2)
            _cot_session(g2, a, t, ip, cl, RELEASE_MS, rng, WINDOW_END)
    return g1, g2


def build_all(ctx):
    build_rubric_hydra(ctx)
    build_safe_rewrite(ctx)
    build_hydra_reseller(ctx)
    build_aged_accounts(ctx)
    build_card_farm(ctx)
    build_edu_cohort(ctx)
    build_geo_evasion(ctx)
    build_low_slow(ctx)
    build_agentic_harvest(ctx)
    build_cot_waves(ctx)
