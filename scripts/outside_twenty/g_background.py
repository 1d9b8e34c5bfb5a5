"""The ordinary population (benign, hard=false)."""
import clients
import net as NET
import people as P
import t_base as T
from common import (DAY, HOUR, MIN, SEC, W0, NDAYS, RELEASE, NEW_MODEL, WEEK, local_to_utc, pick_hour,
                    session_start, wchoice, lognorm_int, poisson, tok, weekday, local_hour)


def _signup(r, t_first_possible, in_window_p):
    """(created_at, earliest event time)."""
    if r.random() < in_window_p:
        c = W0 + int(r.uniform(0.2, 13.0) * DAY)
        return c, c + int(r.uniform(2, 90) * MIN)
    return P.created_before(r, W0), W0


def everyday_users(w):
    w.begin("everyday_users")
    r = w.rng("everyday")
    shared_pf = {}
    for i in range(w.n(950)):
        p = P.make_person(w, r, profile=r.choice(["consumer", "consumer", "evening"]))
        created, t_min = _signup(r, W0, 0.08)
        dom, loc = P.email(r, p.cc)
        pf = None if r.random() < 0.07 else w.pf(r)
        if pf and r.random() < 0.04 and shared_pf.get(p.cc):     # a spouse or a parent pays
            pf = r.choice(shared_pf[p.cc])
        if pf:
            shared_pf.setdefault(p.cc, []).append(pf)
        a = w.account(r, created, country=p.cc, email_domain=dom, local=loc, pf=pf, verified=r.random() < 0.07)
        if len(p.clients) > 1:
            w.new_key(r, a)
        n_sess = lognorm_int(r, 4.6, 1.0, lo=0, hi=60)
        if r.random() < 0.1:
            n_sess = 0
        for _ in range(n_sess):
            t = session_start(r, p.tz, p.profile)
            if t < t_min:
                continue
            first, o = T.everyday(r, p.lang) if r.random() > 0.08 else T.student(r)[:2]
            n = 1 + min(8, int(r.expovariate(0.8)))
            P.conversation(w, r, a, p, t, first, n, out_med=o, image_p=0.05)
    w.end()


def students(w):
    w.begin("students")
    r = w.rng("students")
    for i in range(w.n(170)):
        dom, campus, cc, tz, styles = r.choice(P.UNIS)
        p = P.make_person(w, r, cc=cc, profile="student")
        p.tz = tz
        p.think = r.random() < 0.3
        edu = r.random() < 0.6
        created, t_min = _signup(r, W0, 0.05)
        if edu:
            a = w.account(r, created, country=cc, channel="education", email_domain=dom,
                          local=P.student_local(r, r.choice(styles)), pf=w.pf(r) if r.random() < 0.15 else None,
                          verified=r.random() < 0.7)
        else:
            d2, loc = P.email(r, cc)
            a = w.account(r, created, country=cc, email_domain=d2, local=loc, pf=w.pf(r))
        campus_ips = [w.net.rand4(r, campus) for _ in range(3)] if campus else None
        n_sess = lognorm_int(r, 5, 0.8, lo=1, hi=40)
        for _ in range(n_sess):
            t = session_start(r, p.tz, "student")
            if t < t_min:
                continue
            first, o, cap = T.student(r)
            ipf = None
            h = local_hour(p.tz, t)
            if campus_ips and 9 <= h <= 18 and weekday((t - W0) // DAY) < 5 and r.random() < 0.6:
                ip = r.choice(campus_ips)
                ipf = lambda rr, tt, ip=ip: ip
            P.conversation(w, r, a, p, t, first, 1 + min(6, int(r.expovariate(0.7))), out_med=o, ipf=ipf,
                           think=p.think and cap == "reasoning", image_p=0.08)
    w.end()


def developers(w):
    w.begin("developers")
    r = w.rng("developers")
    for i in range(w.n(420)):
        p = P.make_person(w, r, profile="dev", client="developer")
        p.think = r.random() < 0.35
        p.max_tokens = wchoice(r, [(4096, 30), (8192, 35), (16000, 15), (32000, 15), (64000, 5)])
        if r.random() < 0.45 and p.adopt is None:
            p.adopt = RELEASE + int(r.uniform(0.2, 72) * HOUR)
        created, t_min = _signup(r, W0, 0.05)
        own_domain = r.random() < 0.3
        if own_domain:
            dom = r.choice(["dev", "io", "sh", "me", "xyz", "co"])
            dom = P.local_part(r, "fl").replace("_", "") + "." + dom
            loc = r.choice(["hi", "me", "hello", "contact", P.local_part(r, "f99")])
        else:
            dom, loc = P.email(r, p.cc)
        a = w.account(r, created, country=p.cc, email_domain=dom, local=loc, pf=w.pf(r), verified=r.random() < 0.2)
        for _ in range(len(p.clients) - 1 + (r.random() < 0.3)):
            w.new_key(r, a)
        vps = w.net.cloud_ip(r, r.choice(["hetzner", "do", "linode", "aws_use1", "ovh", "vultr", "gcp_us"])) \
            if r.random() < 0.15 else None
        cli = p.clients[0] if p.clients[0][0].startswith("orrery-code") else (
            clients.make(r, "cli") if r.random() < 0.4 else None)
        power = r.random() < 0.06
        if power:
            p.think, p.max_tokens = True, r.choice([32000, 64000])
            cli = cli or clients.make(r, "cli")
        n_days = lognorm_int(r, 6 if not power else 10, 0.5, lo=1, hi=14)
        days = sorted(r.sample(range(NDAYS), n_days))
        for d in days:
            if r.random() > WEEK["dev"][weekday(d)]:
                continue
            for _ in range(lognorm_int(r, 2 if not power else 4, 0.6, lo=1, hi=10)):
                t = local_to_utc(p.tz, d, pick_hour(r, "dev"))
                if t < t_min:
                    continue
                x = r.random()
                if cli and (x < 0.45 or power and x < 0.85):
                    ipf = p.net_for_session(r, t, 0.05)
                    steps = lognorm_int(r, 9 if not power else 14, 0.6, lo=2, hi=80)
                    mt = p.max_tokens
                    P.agent_loop(w, r, a, t, P.humanize_follow(r) if r.random() < 0.05 else T.agent_task(r),
                                 r.choice(T.AGENT_TOOLS), steps, ipf, cli, lambda tt: p.model_at(r, tt),
                                 think=((200, 2500) if not power else (500, 6000)) if p.think else (0, 0),
                                 max_tokens=mt, tool_wait=(0.8, 45),
                                 human_p=0.1, sys_prompt="You are an interactive CLI coding agent. Use the tools to inspect and change the user's repository. Be concise.")
                elif vps and x < 0.6:
                    # a script on the developer's server: a short batch of similar calls
                    cl = clients.make(r, "py")
                    tmpl = r.choice(["Summarize this log excerpt:\n", "Extract the fields name, date, amount as JSON from:\n",
                                     "Write a commit message for this diff:\n", "Classify this issue title as bug/feature/question:\n"])
                    for k in range(lognorm_int(r, 12, 0.8, lo=2, hi=150)):
                        body = r.choice(T.CODE_SNIPPETS) if "diff" in tmpl else T.expand(r, "{short_text}", T.V)
                        w.emit(a, t, vps, cl, p.model_at(r, t), tmpl + body, tok(tmpl + body) + 5,
                               lognorm_int(r, 60, 0.5), max_tokens=1024)
                        t += int(r.uniform(0.4, 6) * SEC)
                else:
                    first, o = T.dev(r)
                    P.conversation(w, r, a, p, t, first, 1 + min(7, int(r.expovariate(0.6))), out_med=o,
                                   mobile_share=0.05, image_p=0.03, fu="dev")
    w.end()


def company_staff(w):
    w.begin("company_staff")
    r = w.rng("company")
    for oi in range(w.n(42)):
        cc = wchoice(r, [("US", 40), ("GB", 12), ("DE", 10), ("FR", 5), ("NL", 4), ("IN", 6), ("JP", 4), ("CA", 5),
                         ("AU", 4), ("SG", 3), ("ES", 3), ("BR", 3), ("SE", 2), ("IE", 2), ("CH", 2)])
        size = lognorm_int(r, 7, 0.7, lo=2, hi=45)
        org = w.org_id(r)
        dom = r.choice(["acme", "north", "blue", "vertex", "lumen", "harbor", "pine", "orbit", "atlas", "nimbus",
                        "kestrel", "cobalt", "summit", "meridian", "quarry", "tandem"]) + r.choice(
            ["labs", "group", "health", "logistics", "analytics", "legal", "media", "systems", "partners", "retail"]) + \
            r.choice([".com", ".com", ".io", ".co", ".net", ".de" if cc == "DE" else ".com", ".co.uk" if cc == "GB" else ".com"])
        enterprise = size >= 10 or r.random() < 0.3
        pf = w.pf(r)
        isp = wchoice(r, NET.COUNTRY_ISPS.get(cc, [("zayo", 1)])) if r.random() < 0.7 else "zayo"
        nat = [w.net.rand4(r, isp) for _ in range(r.randint(1, 3))]
        if r.random() < 0.45:
            for ip in nat:
                w.net.add_row(ip + "/32", 64600 + oi, dom.split(".")[0].title() + " corporate egress", cc, "enterprise")
        gateway = None
        if r.random() < 0.25:   # internal AI gateway: every employee's call leaves from one cloud address
            gw_key = r.choice(["aws_use1", "azure_us", "gcp_eu", "aws_euw1"])
            gateway = (w.net.cloud_ip(r, gw_key), ("%s-ai-gateway/%d.%d" % (dom.split(".")[0], r.randint(1, 3), r.randint(0, 9)),
                                                    clients.STACKS["py312-openssl3"]))
        style = r.choice(["f.l", "fl", "il", "f_l"])
        sys_prompt = None
        if r.random() < 0.4:
            sys_prompt = "You are %s's internal assistant. Follow the company style guide: plain English, no jargon, cite internal policy names when relevant." % dom.split(".")[0].title()
        created0 = P.created_before(r, W0, 60, 900)
        tz = P.wchoice(r, P.TZS[cc])
        for j in range(size):
            p = P.make_person(w, r, cc=cc, profile="office", client="personal")
            p.tz = tz
            p.office = nat
            created = created0 + int(r.uniform(0, 400) * DAY) if r.random() < 0.5 else created0 + r.randint(0, 3 * HOUR)
            created = min(created, W0 - DAY)
            a = w.account(r, created, country=cc, org=org, email_domain=dom.lstrip("."), local=P.local_part(r, style),
                          pf=pf, channel="enterprise" if enterprise else "standard", verified=enterprise)
            n_sess = lognorm_int(r, 9, 0.8, lo=0, hi=60)
            for _ in range(n_sess):
                t = session_start(r, tz, "office")
                first, o, cap = T.work(r) if r.random() < 0.75 else (T.everyday(r)[0], 250, "chat")
                fu = "work" if cap != "chat" or r.random() < 0.5 else "consumer"
                if gateway:
                    ip, cl = gateway
                    P.conversation(w, r, a, p, t, first, 1 + min(5, int(r.expovariate(0.8))), sys_prompt=sys_prompt,
                                   out_med=o, cl=cl, ipf=lambda rr, tt, ip=ip: ip, fu=fu)
                else:
                    P.conversation(w, r, a, p, t, first, 1 + min(5, int(r.expovariate(0.8))), sys_prompt=sys_prompt,
                                   out_med=o, mobile_share=0.1, fu=fu)
    w.end()


BACKEND_MARKETS = [("US", 40), ("GB", 8), ("DE", 6), ("IN", 8), ("BR", 5), ("JP", 4), ("FR", 4), ("CA", 4), ("AU", 3),
                   ("SG", 3), ("ES", 3), ("MX", 3), ("KR", 2), ("NL", 2), ("ID", 2), ("PH", 2)]
CLOUD_FOR = {"US": ["aws_use1", "aws_usw2", "gcp_us", "azure_us", "do", "linode", "vultr", "oracle", "cloudflare"],
             "GB": ["aws_euw1", "azure_eu", "gcp_eu", "do"], "DE": ["aws_euc1", "hetzner", "hetzner_fi", "gcp_eu"],
             "FR": ["ovh", "scaleway", "aws_euw1"], "NL": ["gcp_eu", "azure_eu", "aws_euw1"],
             "IN": ["aws_aps1", "do", "gcp_us"], "BR": ["aws_use1", "gcp_us"], "JP": ["aws_apne1", "vultr_jp"],
             "CA": ["ovh_ca", "aws_use1"], "AU": ["aws_apse1", "gcp_us"], "SG": ["aws_apse1", "alibaba", "do"],
             "ES": ["aws_euw1", "ovh"], "MX": ["aws_use1", "azure_us"], "KR": ["aws_apne1"], "ID": ["aws_apse1"],
             "PH": ["aws_apse1"]}


def app_backends(w):
    w.begin("app_backends")
    r = w.rng("apps")
    apps = list(T.APPS.keys())
    for i in range(w.n(115)):
        cc = wchoice(r, BACKEND_MARKETS)
        tz = P.wchoice(r, P.TZS[cc])
        app = r.choice(apps)
        heavy = app in ("docgen", "codeassist", "reportgen")
        org = w.org_id(r)
        dom = r.choice(["get", "try", "use", "my", "hey", ""]) + r.choice(
            ["tidy", "quill", "sprout", "nudge", "pilot", "loop", "spark", "mango", "ember", "relay", "nova", "fable",
             "bolt", "hatch", "kite", "zest", "orbit", "plume"]) + r.choice([".app", ".ai", ".com", ".io", ".co"])
        pf = w.pf(r)
        cloud = r.choice(CLOUD_FOR[cc])
        ips = [w.net.cloud_ip(r, cloud) for _ in range(r.randint(1, 6))]
        cl = clients.backend(r)
        daily = lognorm_int(r, 16, 1.0, lo=2, hi=900) if not heavy else lognorm_int(r, 30, 0.9, lo=4, hi=700)
        think_p = 0.0 if app != "codeassist" else r.choice([0.0, 0.3, 0.8])
        n_acc = 1 if r.random() < 0.75 else 2
        created = P.created_before(r, W0, 30, 800)
        accs = [w.account(r, created + k * r.randint(HOUR, 90 * DAY), country=cc, org=org, email_domain=dom,
                          local=r.choice(["dev", "ops", "admin", "founders", "eng", P.local_part(r, "f.l")]), pf=pf,
                          channel=r.choice(["standard", "standard", "startup", "enterprise"]),
                          verified=r.random() < 0.5) for k in range(n_acc)]
        accs = [x for x in accs if x.created < W0]
        if not accs:
            continue
        staging = w.new_key(r, accs[0]) if r.random() < 0.3 else None
        model = wchoice(r, [("orrery-3.5-mini", 35), ("orrery-3.5", 25), ("orrery-3-mini", 15), ("orrery-3", 10),
                            ("orrery-3.5-20260611", 15)])
        move = None
        if r.random() < 0.3:
            move = (RELEASE + int((r.uniform(1, 20) if r.random() < 0.3 else r.uniform(24, 200)) * HOUR),
                    r.uniform(0.1, 1.0))
        cache = {}
        sys_text, _, _, _ = T.app_prompt(r, app, cache)
        mt = wchoice(r, [(512, 20), (1024, 35), (2048, 25), (4096, 20)]) if not heavy else \
            wchoice(r, [(4096, 25), (8192, 45), (16000, 30)])
        for d in range(NDAYS):
            n = poisson(r, daily * WEEK["backend"][weekday(d)] * r.uniform(0.8, 1.2))
            for _ in range(n):
                t = local_to_utc(tz, d, pick_hour(r, "backend"))
                a = accs[0] if len(accs) == 1 or r.random() < 0.9 else accs[1]
                _, user, o, cap = T.app_prompt(r, app, cache)
                m = model
                if move and t >= move[0] and r.random() < move[1]:
                    m = NEW_MODEL
                turns = 1
                if app in ("support", "tutor", "fitness", "recipes") and r.random() < 0.4:
                    turns = 2 * r.randint(1, 5) + 1
                pin = tok(sys_text) + tok(user) + (turns - 1) * r.randint(60, 220)
                key = staging if staging and a is accs[0] and r.random() < 0.06 else None
                th = r.randint(400, 5000) if think_p and r.random() < think_p else 0
                if th and mt < 8192:
                    mt = 8192
                w.emit(a, t, r.choice(ips), cl, m, user, pin, P.out_tokens(r, o, 0.5) + th, system=sys_text, turns=turns,
                       max_tokens=mt, image=app == "support" and r.random() < 0.03, key=key, think=th)
    w.end()


def research_item(r, kind):
    """One item of a research batch job (evaluation, annotation, data generation)."""
    import t_special as S
    if kind == "mcq":
        q = r.choice([S.reasoning_item(r), T.student(r)[0], T.expand(r, "{bench_q}", T.V)])
        opts = "\n".join("%s) %s" % (L, T.expand(r, r.choice(["{#1-999}", "{#2-40}/{#2-40}", "{concept}", "{#1-9}.{#0-99}"]), T.V))
                         for L in "ABCD")
        return "%s\n%s\nAnswer with the letter only." % (q, opts), 3, "reasoning"
    if kind == "cot":
        return S.reasoning_item(r) + "\nThink it through, then give your final answer on the last line as 'Answer: <value>'.", 650, "reasoning"
    if kind == "judge":
        q = T.everyday(r)[0]
        resp = T.expand(r, "{passage} {short_text}", T.V)
        return "Rate the following response for helpfulness on a 1-7 Likert scale. Respond with the number only.\n\nPrompt: %s\nResponse: %s" % (q, resp), 2, "grading"
    if kind == "annotate":
        return "Annotate the sentiment of this message as positive/negative/neutral: \"%s\"" % T.expand(
            r, r.choice(["{short_text}", "{subject} «is the best|ruined my day|again?»", "my {product} «broke again|is great|arrived»"]), T.V), 3, "grading"
    if kind == "paraphrase":
        return "Paraphrase this item for a robustness check, keep the meaning identical: \"%s\"" % r.choice(
            [S.reasoning_item(r), T.everyday(r)[0]]), 70, "rewrite"
    return T.expand(r, "Generate {#10-40} diverse «survey questions|interview prompts|vignettes|counterfactual statements» about {rtopic} for a pilot study. Vary the format.", T.V), 900, "data_generation"


def researchers(w):
    w.begin("researchers")
    r = w.rng("research")
    unis = [u for u in P.UNIS if u[1]]
    for i in range(w.n(110)):
        dom, campus, cc, tz, styles = r.choice(unis)
        p = P.make_person(w, r, cc=cc, profile="dev", client="developer")
        p.tz = tz
        channel = wchoice(r, [("research", 50), ("education", 20), ("standard", 30)])
        created, t_min = _signup(r, W0, 0.04)
        a = w.account(r, created, country=cc, channel=channel, email_domain=dom, local=P.local_part(r, "f.l"),
                      pf=w.pf(r) if channel != "education" else None, verified=channel != "standard")
        lab_ips = [w.net.rand4(r, campus) for _ in range(2)]
        hpc_ip = w.net.rand4(r, campus)
        cl_batch = clients.make(r, r.choice(["py", "py-async", "httpx", "openai-compat"]))
        think = r.random() < 0.5
        sweeper = r.random() < 0.15       # runs large reasoning-benchmark sweeps with long thinking
        # interactive use
        for _ in range(lognorm_int(r, 6, 0.7, lo=1, hi=30)):
            t = session_start(r, tz, "dev")
            if t < t_min:
                continue
            first, o, cap = T.research(r) if r.random() < 0.5 else (T.dev(r) + ("coding",))
            ip = r.choice(lab_ips)
            P.conversation(w, r, a, p, t, first, 1 + min(4, int(r.expovariate(0.9))), out_med=max(40, o),
                           ipf=(lambda rr, tt, ip=ip: ip) if r.random() < 0.6 else None, mobile_share=0.05,
                           fu="dev" if cap == "coding" else "work")
        # batch runs from the cluster, often overnight
        for _ in range(lognorm_int(r, 1.0 if not sweeper else 2.0, 0.9, lo=0, hi=6)):
            d = r.randrange(NDAYS)
            t = local_to_utc(tz, d, r.choice([r.uniform(18, 24), r.uniform(0, 6), r.uniform(9, 17)]))
            if t < t_min:
                continue
            size = lognorm_int(r, 90, 0.9, lo=15, hi=900)
            kind = r.choice(["mcq", "cot", "judge", "annotate", "paraphrase", "gen"])
            if sweeper and r.random() < 0.7:
                kind = "cot"
                size = lognorm_int(r, 300, 0.6, lo=80, hi=2500)
            rate = r.uniform(0.3, 4.0)
            m = p.model_at(r, t) if r.random() < 0.7 else r.choice(["orrery-3.5", "orrery-3", "orrery-3.5-mini"])
            for k in range(size):
                prompt, o, cap = research_item(r, kind)
                th = lognorm_int(r, 700 if not sweeper else 3500, 0.6) if (think or sweeper) and cap == "reasoning" else 0
                w.emit(a, t, hpc_ip, cl_batch, m, prompt, tok(prompt) + 6, P.out_tokens(r, max(2, o), 0.4) + th,
                       max_tokens=4096 if not th else (16000 if not sweeper else 32000), think=th)
                t += int(r.expovariate(rate) * SEC) + 50
    w.end()
