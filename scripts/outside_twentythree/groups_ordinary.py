"""The ordinary population: consumers, writers, developers, students, app backends, enterprises."""

from common import (T0, T1, DAY, HOUR, MIN, NDAYS, RELEASE, MODEL_NEW, MODEL_OLD, MODEL_MINI, MODEL_LEGACY,
                    mkrng, ms, person_local, shape_of, claim, CONSUMER_DOMAINS, time_on_day, active_days, lognorm_int, sdk,
                    browser_at, addr_in, custom_client, FIRST, LAST, PY_SDK, NODE_SDK)
from world import COUNTRIES, COUNTRY_LIST, COUNTRY_W, Home, Device, toks
from base import convo, agent_run, model_for, out_tokens
import personas as P
import text as T
from text import pick

LABEL = "benign"


def created_consumer(rng):
    r = rng.random()
    if r < 0.70:
        return rng.randrange(ms(2023, 3, 1), ms(2026, 2, 1))
    if r < 0.96:
        return rng.randrange(ms(2026, 2, 1), T0)
    return rng.randrange(T0, T0 + 11 * DAY)


def geo_follow(rng, p):
    n = 0
    while rng.random() < p and n < 12:
        n += 1
    return n


def run_person(ctx, sink, rng, aid, key, created, tz, profile, n_ev, first_fn, ip_fn, client_fn, model_fn, *,
               days_frac=0.35, weekend=1.0, mt=8192, think_p=0.05, follow_p=0.45, system=None, gap=(25, 260)):
    start_day = max(0, (created - T0) // DAY + 1) if created > T0 else 0
    if start_day >= NDAYS:
        return
    days = active_days(rng, days_frac, weekend, first=start_day)
    done = 0
    guard = 0
    while done < n_ev and guard < n_ev * 4:
        guard += 1
        d = days[rng.randrange(len(days))]
        t = time_on_day(rng, d, tz, profile)
        if t <= created:
            continue
        cap, prompt, out_med, image = first_fn(rng)
        nf = min(geo_follow(rng, follow_p), n_ev - done - 1)
        ip = ip_fn(rng, t, d)
        cl = client_fn(rng, t)
        model = model_fn(rng, t)
        convo(sink, rng, aid, key, t, lambda _t: ip, lambda _t: cl, model, prompt, out_med, nf,
              lambda r, cap=cap: T.followup_cap(r, cap),
              system=system, mt=mt, think_p=(think_p * 3 if cap in ("reasoning", "coding") else think_p),
              image=image, gap=gap)
        done += 1 + nf


def consumer_model(rng, t, mini_pref):
    if t >= RELEASE:
        p = 0.62 * min(1.0, (t - RELEASE) / (60 * HOUR))
        if rng.random() < p:
            return MODEL_NEW
    return MODEL_MINI if rng.random() < mini_pref else MODEL_OLD


# --------------------------------------------------------------------------

def gen_consumers(ctx, n, inst):
    g = "consumers"
    rng, ids = mkrng("grp", g, inst), mkrng("ids", g, inst)
    sink = ctx.sink("%s|%d" % (g, inst))
    W = ctx.world
    for i in range(n):
        country = rng.choices(COUNTRY_LIST, weights=COUNTRY_W)[0]
        tz = rng.choice(COUNTRIES[country][0])
        lang = COUNTRIES[country][2]
        created = created_consumer(rng)
        local = person_local(rng)
        domain = pick(rng, CONSUMER_DOMAINS)
        pay = ctx.card(ids) if rng.random() < 0.55 else None
        aid = ctx.account(ids, g, LABEL, False, None, created, domain=domain, local=local, pay=pay,
                          country=(country if (pay or rng.random() < 0.4) else None),
                          verified=rng.random() < 0.12)
        key = ctx.keys(ids)[0]
        home = Home(W, rng, country)
        dev = Device(rng)
        n_ev = lognorm_int(rng, 8, 1.05, 1, 260)
        mini = rng.choice([0.0, 0.1, 0.5])
        trip = None
        if i < 5 or rng.random() < 0.002:
            trip = rng.randint(2, 9)

        def ip_fn(r, t, d, home=home, trip=trip):
            if trip is not None and trip <= d < trip + 4 and r.random() < 0.7:
                return addr_in(r, W.cn_isp[0])
            return home.ip(r, t, d)

        def client_fn(r, t, dev=dev):
            return dev.client(r, t)

        run_person(ctx, sink, rng, aid, key, created, tz, "consumer" if rng.random() < 0.7 else "late", n_ev,
                   lambda r, lang=lang: P.consumer_first(r, lang), ip_fn, client_fn,
                   lambda r, t, mini=mini: consumer_model(r, t, mini),
                   days_frac=rng.uniform(0.08, 0.6), weekend=1.3, mt=8192, think_p=0.04)
    ctx.flush(sink, g)


def gen_writers(ctx, n, inst):
    g = "writers"
    rng, ids = mkrng("grp", g, inst), mkrng("ids", g, inst)
    sink = ctx.sink("%s|%d" % (g, inst))
    W = ctx.world
    for i in range(n):
        country = rng.choices(COUNTRY_LIST, weights=COUNTRY_W)[0]
        tz = rng.choice(COUNTRIES[country][0])
        created = created_consumer(rng)
        local = person_local(rng)
        if rng.random() < 0.3:
            domain = own_domain(rng, pick(rng, ["studio-%s" % pick(rng, LAST), "%swrites" % pick(rng, FIRST),
                                                "%s-media" % pick(rng, LAST)]), [".com", ".co", ".net"])
        else:
            domain = pick(rng, CONSUMER_DOMAINS)
        pay = ctx.card(ids)
        aid = ctx.account(ids, g, LABEL, False, None, created, domain=domain, local=local, pay=pay, country=country,
                          verified=rng.random() < 0.3)
        key = ctx.keys(ids)[0]
        home = Home(W, rng, country, mobile_share=0.1)
        dev = Device(rng)
        n_ev = lognorm_int(rng, 22, 0.9, 2, 400)
        mini = rng.choice([0.0, 0.3])

        def first(r):
            cap, p, o = P.writer_first(r)
            return cap, p, o, False

        run_person(ctx, sink, rng, aid, key, created, tz, "office", n_ev, first,
                   lambda r, t, d, home=home: home.ip(r, t, d), lambda r, t, dev=dev: dev.client(r, t),
                   lambda r, t, mini=mini: consumer_model(r, t, mini),
                   days_frac=rng.uniform(0.3, 0.8), weekend=0.3, mt=4096, think_p=0.01, follow_p=0.55)
    ctx.flush(sink, g)


CLI_SYSTEM = ("You are helios-code, an interactive command-line coding agent. You help the user with software "
              "engineering tasks in their repository. Use the tools available to read and change files and to run "
              "commands. Be concise. Never commit unless asked.")


def gen_developers(ctx, n, inst):
    g = "developers"
    rng, ids = mkrng("grp", g, inst), mkrng("ids", g, inst)
    sink = ctx.sink("%s|%d" % (g, inst))
    W = ctx.world
    for i in range(n):
        country = rng.choices(COUNTRY_LIST, weights=COUNTRY_W)[0]
        tz = rng.choice(COUNTRIES[country][0])
        created = created_consumer(rng)
        local = person_local(rng)
        if rng.random() < 0.15:
            domain = own_domain(rng, pick(rng, LAST) + pick(rng, ["", "-" + pick(rng, FIRST)]), [".dev", ".io", ".me"])
        else:
            domain = pick(rng, CONSUMER_DOMAINS)
        pay = ctx.card(ids)
        aid = ctx.account(ids, g, LABEL, False, None, created, domain=domain, local=local, pay=pay, country=country,
                          verified=rng.random() < 0.35)
        keys = ctx.keys(ids, rng.choice([1, 1, 2, 3]))
        home = Home(W, rng, country, mobile_share=0.05)
        vm = None
        if rng.random() < 0.22:
            vm = addr_in(rng, W.hosting[pick(rng, W.hosting_keys)][0])
        uses_cli = rng.random() < 0.45
        lang = rng.choice(["python", "python", "node", "go"])
        ver = pick(rng, PY_SDK[-3:] if lang == "python" else NODE_SDK[-3:]) if lang != "go" else None
        sdk_client = sdk(lang, ver, rng.randrange(4))
        cli_client = sdk("cli", pick(rng, ["1.2.12", "1.2.14", "1.3.0"]),
                         extra=pick(rng, ["darwin; arm64", "linux; x64", "win32; x64"]))
        dev = Device(rng)
        # adoption of helios-3: eager (within a day), later, or never
        a = rng.random()
        if a < 0.33:
            switch = RELEASE + rng.randrange(1 * HOUR, 26 * HOUR)
        elif a < 0.65:
            switch = RELEASE + rng.randrange(26 * HOUR, 6 * DAY)
        else:
            switch = None
        mini = 0.15 if rng.random() < 0.3 else 0.0
        n_ev = lognorm_int(rng, 40, 1.0, 2, 1200)
        days = active_days(rng, rng.uniform(0.3, 0.85), 0.4,
                           first=max(0, (created - T0) // DAY + 1) if created > T0 else 0) if created < T1 - DAY else []
        done = 0
        guard = 0
        tools = pick(rng, T.TOOLSETS_DEV)
        # some developers are building their own agent (a ReAct loop that sends observations as text)
        homegrown = None
        if rng.random() < 0.08:
            homegrown = (pick(rng, T.TOOLSETS_BIZ + T.TOOLSETS_DEV),
                         pick(rng, ["You are an agent. Think, then call a tool. Stop when done.",
                                    "You are %s's ops helper. Use tools to answer." % pick(rng, FIRST).capitalize(),
                                    "Answer the user's request using the available tools. Explain your reasoning briefly."]))
        while days and done < n_ev and guard < 4 * n_ev:
            guard += 1
            d = days[rng.randrange(len(days))]
            t = time_on_day(rng, d, tz, "dev")
            if t <= created:
                continue
            ip = vm if (vm and rng.random() < 0.6) else home.ip(rng, t, d)
            model = MODEL_NEW if (switch and t >= switch and rng.random() < 0.85) else (
                MODEL_MINI if rng.random() < mini else MODEL_OLD)
            key = keys[rng.randrange(len(keys))]
            if homegrown and rng.random() < 0.4:
                steps = min(lognorm_int(rng, 5, 0.5, 2, 20), max(2, n_ev - done))
                agent_run(sink, rng, aid, key, t, ip, sdk_client, model,
                          pick(rng, [T.agent_task(rng), T.chat_question(rng), "test run %d: %s" % (rng.randint(1, 400), T.agent_task(rng))]),
                          homegrown[0], steps, system=homegrown[1], mt=4096, think_p=0.1, step_gap=(1, 8), obs="react")
                done += steps
            elif uses_cli and rng.random() < 0.55:
                steps = min(lognorm_int(rng, 7, 0.7, 2, 60), max(2, n_ev - done))
                agent_run(sink, rng, aid, key, t, ip, cli_client, model, casual_task(rng), tools, steps,
                          system=CLI_SYSTEM, mt=rng.choice([8192, 16384]), think_p=0.3, interject=P.cli_interject)
                done += steps
            else:
                cap, prompt, o = P.dev_first(rng)
                nf = min(geo_follow(rng, 0.4), max(0, n_ev - done - 1))
                cl = sdk_client if rng.random() < 0.6 else dev.client(rng, t)
                sysp = None
                if cl is sdk_client and rng.random() < 0.5:
                    sysp = pick(rng, ["You are a senior %s engineer." % pick(rng, ["Python", "Go", "TypeScript", "backend"]),
                                      "Answer with code first, explanation after.", "Be brief."])
                convo(sink, rng, aid, key, t, lambda _t: ip, lambda _t: cl, model, prompt, o, nf,
                      lambda r, cap=cap: T.followup_cap(r, cap),
                      system=sysp, mt=rng.choice([4096, 8192, 16384]), think_p=0.2)
                done += 1 + nf
    ctx.flush(sink, g)


def casual_task(rng):
    s = T.agent_task(rng)
    return T.casual(rng, s, 0.5)


def gen_students(ctx, n, inst):
    g = "students"
    rng, ids = mkrng("grp", g, inst), mkrng("ids", g, inst)
    sink = ctx.sink("%s|%d" % (g, inst))
    W = ctx.world
    for i in range(n):
        uni = pick(rng, W.edu_names)
        urange = W.edu[uni][0]
        country = urange.country
        tz = rng.choice(COUNTRIES.get(country, ([0], 1, "en"))[0])
        edu = rng.random() < 0.45
        if rng.random() < 0.3:
            created = rng.randrange(ms(2025, 8, 25), ms(2025, 10, 1))
        else:
            created = created_consumer(rng)
        if edu:
            domain = W.edu_domain[uni]
            local = pick(rng, ["%s%d" % (rng.choice("abcdefghijklmnopqrstuvwxyz"), rng.randint(1000000, 9999999)),
                               "%s.%s" % (pick(rng, FIRST), pick(rng, LAST)), "%s%s%d" % (pick(rng, FIRST)[0], pick(rng, LAST), rng.randint(1, 99))])
        else:
            domain = pick(rng, CONSUMER_DOMAINS)
            local = person_local(rng)
        pay = ctx.card(ids) if rng.random() < 0.35 else None
        aid = ctx.account(ids, g, LABEL, False, None, created, domain=domain, local=local, pay=pay,
                          country=country if pay else None, channel="education" if edu else "standard",
                          verified=False)
        key = ctx.keys(ids)[0]
        home = Home(W, rng, country if country in W.isp else "US", mobile_share=0.35)
        dev = Device(rng)
        n_ev = lognorm_int(rng, 11, 0.9, 1, 200)

        def ip_fn(r, t, d, home=home, urange=urange, tz=tz):
            local_h = ((t - T0) // HOUR + int(tz)) % 24
            if d % 7 < 5 and 9 <= local_h <= 17 and r.random() < 0.6:
                return addr_in(r, urange)
            return home.ip(r, t, d)

        def first(r):
            cap, p, o = P.student_first(r)
            return cap, p, o, False

        run_person(ctx, sink, rng, aid, key, created, tz, "student", n_ev, first, ip_fn,
                   lambda r, t, dev=dev: dev.client(r, t), lambda r, t: consumer_model(r, t, 0.2),
                   days_frac=rng.uniform(0.1, 0.5), weekend=0.8, mt=8192, think_p=0.06, follow_p=0.55)
    ctx.flush(sink, g)


# --------------------------------------------------------------------------

STARTUP_WORDS = ["Lumen", "Parcel", "Brisk", "Cobalt", "Fennel", "Harbor", "Juniper", "Kiln", "Loom", "Marlin",
                 "Nimbus", "Otter", "Pylon", "Quartz", "Ridge", "Sable", "Tidal", "Umbra", "Vesper", "Willow",
                 "Yarrow", "Zephyr", "Anvil", "Basil", "Cinder", "Dune", "Ember", "Flint", "Grove", "Heron"]
STARTUP_SUFFIX = ["ly", "io", "hq", "app", "labs", "ai", "works", "base", "stack", "desk"]


def company_name(rng):
    """A startup-style name, unique in the world (so unrelated companies never share a domain)."""
    for attempt in range(200):
        w = pick(rng, STARTUP_WORDS)
        s = pick(rng, STARTUP_SUFFIX)
        nm = w + s.capitalize() if rng.random() < 0.5 else "%s %s" % (w, pick(rng, ["Labs", "Health", "Systems", "Analytics",
                                                                                  "Commerce", "Learning", "Robotics", "Finance"]))
        if attempt > 100:
            nm += " %s" % pick(rng, ["Co", "Group", "Studio", "Works", "Partners"]) + str(attempt)
        if claim(slug(nm)):
            return nm
    raise RuntimeError("out of company names")


def own_domain(rng, base, tlds):
    for i in range(50):
        d = base + ("" if i == 0 else str(rng.randint(2, 99))) + pick(rng, tlds)
        if claim(d):
            return d
    raise RuntimeError("out of domains")


def slug(s):
    return "".join(ch for ch in s.lower() if ch.isalnum())


def run_app(ctx, sink, rng, aid, key, kind, co, ips, client, tz, n_ev, model, *, system=None, staging=False,
            switch=None, mt=None, profile="app", first_day=0):
    _, _, maker, cap, out_med, _ = kind
    sysp = system or P.app_system(rng, kind, co)
    mt = mt or rng.choice([512, 1024, 1024, 2048, 4096])
    for j in range(n_ev):
        d = rng.randrange(first_day, NDAYS)
        t = time_on_day(rng, d, tz, profile)
        if staging:
            prompt = P.app_staging_prompt(rng) if rng.random() < 0.4 else maker(rng)
        else:
            prompt = maker(rng)
        m = MODEL_NEW if (switch and t >= switch) else model
        if staging and t >= RELEASE + 5 * HOUR and rng.random() < 0.5:
            m = MODEL_NEW
        o = out_tokens(rng, out_med, 0.5)
        sink.emit(aid, t, ips[rng.randrange(len(ips))], client, m, prompt, key=key, system=sysp, turns=1,
                  max_tokens=mt, out_tok=o)


def gen_app_backends(ctx, n_accounts, inst):
    """Many small independent apps spread over many providers and markets."""
    g = "app_backends"
    rng, ids = mkrng("grp", g, inst), mkrng("ids", g, inst)
    sink = ctx.sink("%s|%d" % (g, inst))
    W = ctx.world
    made = 0
    while made < n_accounts:
        co = company_name(rng)
        country = rng.choices(COUNTRY_LIST, weights=COUNTRY_W)[0]
        tz = rng.choice(COUNTRIES[country][0])
        kind = pick(rng, P.APP_KINDS)
        where = rng.random()
        if where < 0.75:
            pr = pick(rng, W.hosting_keys)
            ips = [addr_in(rng, W.hosting[pr][0]) for _ in range(rng.choice([1, 2, 3, 6]))]
        else:
            ips = [addr_in(rng, W.isp_range(rng, country)) for _ in range(1)]   # on-prem box
        lang = rng.choice(["python", "python", "node", "go", "java", "openai_py", "litellm", "requests"])
        client = sdk(lang, pick(rng, PY_SDK) if lang == "python" else (pick(rng, NODE_SDK) if lang == "node" else None),
                     rng.randrange(4))
        created = rng.randrange(ms(2024, 1, 1), T0 - 5 * DAY)
        domain = slug(co) + pick(rng, [".com", ".io", ".app", ".co"])
        pay = ctx.card(ids)
        model = kind[5] if rng.random() < 0.7 else pick(rng, [MODEL_OLD, MODEL_MINI, MODEL_LEGACY])
        switch = RELEASE + rng.randrange(2 * DAY, 6 * DAY) if rng.random() < 0.15 else None
        n_prod = lognorm_int(rng, 120, 1.0, 10, 3000)
        envs = ["prod"] + (["staging"] if rng.random() < 0.5 else [])
        verified = rng.random() < 0.4
        for env in envs:
            if made >= n_accounts:
                break
            local = pick(rng, ["%s-%s" % (env, pick(rng, ["api", "bot", "svc", "backend"])), "dev", "admin", "%s.%s" % (pick(rng, FIRST), pick(rng, LAST))])
            aid = ctx.account(ids, g, LABEL, False, None, created + rng.randrange(0, 40 * DAY), domain=domain,
                              local=local, pay=pay, country=country, channel="standard", verified=verified)
            key = ctx.keys(ids)[0]
            made += 1
            if env == "prod":
                run_app(ctx, sink, rng, aid, key, kind, co, ips, client, tz, n_prod, model, switch=switch)
            else:
                dev_ip = [addr_in(rng, W.isp_range(rng, country))]
                run_app(ctx, sink, rng, aid, key, kind, co, ips[:1] + dev_ip, client, tz,
                        lognorm_int(rng, 15, 0.8, 2, 200), model, staging=True, profile="dev")
    ctx.flush(sink, g)


# --------------------------------------------------------------------------

DEPTS = {
    "engineering": (["coding"] * 5 + ["agentic"] * 3 + ["chat", "datagen"], "dev"),
    "legal": (["rewrite"] * 4 + ["writing"] * 2 + ["chat"] * 2 + ["grading"], "office"),
    "marketing": (["writing"] * 4 + ["rewrite"] * 3 + ["datagen", "vision", "chat"], "office"),
    "finance": (["reasoning"] * 3 + ["chat"] * 3 + ["writing", "rewrite"], "office"),
    "support": (["rewrite"] * 4 + ["writing"] * 3 + ["chat"] * 2, "office"),
    "hr": (["writing"] * 4 + ["rewrite"] * 2 + ["chat"] * 2 + ["grading"], "office"),
    "research": (["reasoning"] * 3 + ["chat"] * 2 + ["datagen", "coding", "writing"], "office"),
}
DEPT_NAMES = list(DEPTS.keys())


def enterprise_first(rng, cap):
    if cap == "coding":
        return P.benign_coding(rng), 700, False
    if cap == "reasoning":
        return pick(rng, [P.benign_reasoning(rng),
                          "What's the NPV of a project costing %d with yearly returns of %d over %d years at %d%%?"
                          % (rng.randint(10, 900) * 1000, rng.randint(5, 200) * 1000, rng.randint(3, 12), rng.randint(3, 12)),
                          "If churn goes from %.1f%% to %.1f%% a month, what does that do to LTV at $%d ARPU?"
                          % (rng.uniform(1, 6), rng.uniform(1, 6), rng.randint(8, 400))]), 600, False
    if cap == "rewrite":
        return T.rewrite_request(rng), 300, False
    if cap == "writing":
        return T.writing_request(rng), 450, False
    if cap == "datagen":
        return P.benign_datagen(rng), 700, False
    if cap == "vision":
        return T.vision_prompt(rng), 250, True
    if cap == "grading":
        rub, kind, topic, ans = T.rubric_block(rng)
        return ("Here's a candidate's written answer about %s for our screening. Score it against: %s.\n\n%s"
                % (topic, rub, ans)), 350, False
    return T.chat_question(rng), 400, False


def run_seat(ctx, sink, rng, aid, key, created, tz, dept, n_ev, ip_fn, client_fn, model_fn, system=None,
             tools=None):
    caps, profile = DEPTS[dept]
    start_day = max(0, (created - T0) // DAY + 1) if created > T0 else 0
    if start_day >= NDAYS:
        return
    days = active_days(rng, rng.uniform(0.35, 0.85), 0.08, first=start_day)
    done = 0
    guard = 0
    while done < n_ev and guard < 4 * n_ev:
        guard += 1
        d = days[rng.randrange(len(days))]
        t = time_on_day(rng, d, tz, profile)
        if t <= created:
            continue
        cap = pick(rng, caps)
        ip = ip_fn(rng, t, d)
        model = model_fn(rng, t)
        if cap == "agentic" and tools:
            steps = min(lognorm_int(rng, 8, 0.6, 2, 40), max(2, n_ev - done))
            agent_run(sink, rng, aid, key, t, ip, client_fn(rng, t, True), model, casual_task(rng), tools, steps,
                      system=CLI_SYSTEM, mt=16384, think_p=0.2)
            done += steps
            continue
        prompt, o, img = enterprise_first(rng, cap)
        nf = min(geo_follow(rng, 0.5), max(0, n_ev - done - 1))
        cl = client_fn(rng, t, False)
        convo(sink, rng, aid, key, t, lambda _t: ip, lambda _t: cl, model, prompt, o, nf,
              lambda r, cap=cap: T.followup_cap(r, cap), system=system,
              mt=8192, think_p=0.08, image=img)
        done += 1 + nf


ENT_FIRST = ["Harrowgate", "Calder", "Meridian", "Tallis", "Brookvale", "Ostrander", "Sunward", "Greyline", "Pemberton",
             "Corvus", "Ashdown", "Kelso", "Norwood", "Arclight", "Fairhaven", "Stonebridge", "Wexford", "Marlowe",
             "Redfern", "Lockhart"]
ENT_KIND = ["Insurance", "Retail Group", "Pharmaceuticals", "Energy", "Manufacturing", "Airlines", "Media", "Bank",
            "Telecom", "Hospitals", "Engineering", "Publishing", "Games", "Foods"]


def enterprise_name(rng):
    while True:
        nm = "%s %s" % (pick(rng, ENT_FIRST), pick(rng, ENT_KIND))
        if claim(slug(nm)):
            return nm


def gen_enterprises(ctx, n_accounts, inst):
    g = "enterprises"
    rng, ids = mkrng("grp", g, inst), mkrng("ids", g, inst)
    sink = ctx.sink("%s|%d" % (g, inst))
    W = ctx.world
    made = 0
    oi = 0
    while made < n_accounts:
        nm = enterprise_name(rng)
        oi += 1
        country = pick(rng, ["US", "US", "GB", "DE", "FR", "NL", "CA", "AU", "JP", "IN", "SG"])
        tz = rng.choice(COUNTRIES[country][0])
        org = "org_" + slug(nm)[:12] + "%02d" % (inst * 20 + oi)
        domain = own_domain(rng, slug(nm)[:16], [".com", ".co.uk", ".de", ".com"])
        erange = W.enterprise_range(org, country, rng.choice([27, 26, 24]))
        egress = [addr_in(rng, erange) for _ in range(rng.choice([1, 2, 4, 8]))]
        pay = ctx.card(ids)
        seats = min(n_accounts - made, rng.randint(6, 45))
        onboard = rng.randrange(ms(2024, 3, 1), ms(2025, 12, 1))
        tool_ua = pick(rng, ["%s-assistant/%d.%d" % (slug(nm)[:8], rng.randint(1, 4), rng.randint(0, 9)), None])
        int_client = custom_client(tool_ua, "ent-proxy-" + org) if tool_ua else None
        sysp = ("You are %s's internal assistant. Follow company policy; do not share confidential data outside "
                "the company." % nm) if int_client else None
        adopt = RELEASE + rng.randrange(3 * DAY, 9 * DAY)
        for s in range(seats):
            created = onboard + (rng.randrange(0, 3600 * 1000) if rng.random() < 0.6 else rng.randrange(0, 400 * DAY))
            created = min(created, T0 + 10 * DAY)
            local = "%s.%s" % (pick(rng, FIRST), pick(rng, LAST))
            aid = ctx.account(ids, g, LABEL, False, None, created, domain=domain, local=local, pay=pay, country=country,
                              channel="enterprise", verified=True, org=org)
            key = ctx.keys(ids)[0]
            made += 1
            dept = pick(rng, DEPT_NAMES)
            home = Home(W, rng, country if country in W.isp else "US", mobile_share=0.1)
            dev = Device(rng)
            wfh = rng.uniform(0.0, 0.5)
            cli = sdk("cli", "1.3.0", extra=pick(rng, ["darwin; arm64", "linux; x64"]))

            def ip_fn(r, t, d, home=home, wfh=wfh, egress=egress):
                if r.random() < wfh:
                    return home.ip(r, t, d)
                return egress[r.randrange(len(egress))]

            def client_fn(r, t, agentic, dev=dev, cli=cli):
                if agentic:
                    return cli
                if int_client and r.random() < 0.7:
                    return int_client
                return dev.client(r, t)

            run_seat(ctx, sink, rng, aid, key, created, tz, dept, lognorm_int(rng, 30, 0.9, 1, 500), ip_fn, client_fn,
                     lambda r, t, adopt=adopt: MODEL_NEW if (t >= adopt and r.random() < 0.7) else MODEL_OLD,
                     system=sysp, tools=pick(rng, T.TOOLSETS_DEV) if dept == "engineering" else None)
    ctx.flush(sink, g)


def gen_dormant(ctx, n, inst):
    """Accounts that signed up but made no calls in the window (no truth line)."""
    rng, ids = mkrng("grp", "dormant", inst), mkrng("ids", "dormant", inst)
    for i in range(n):
        country = rng.choices(COUNTRY_LIST, weights=COUNTRY_W)[0]
        created = created_consumer(rng)
        local = person_local(rng)
        pay = ctx.card(ids) if rng.random() < 0.3 else None
        ch = rng.choices(["standard", "education", "startup", "research"], weights=[85, 8, 5, 2])[0]
        aid = ctx.ids.acct(ids)
        rec = {"account_id": aid, "created_at": int(created), "email_domain": pick(rng, CONSUMER_DOMAINS),
               "email_local_shape": shape_of(local), "signup_channel": ch,
               "verified": rng.random() < 0.05}
        if pay:
            rec["payment_fingerprint"] = pay
            rec["billing_country"] = country
        ctx.accounts.append(rec)
