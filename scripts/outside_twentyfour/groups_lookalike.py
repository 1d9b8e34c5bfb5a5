"""Hard benign look-alikes: legitimate customers whose traffic resembles a campaign in one
or more ways (many seats, one network, templated prompts, grading, sensitive rewrites,
fast adoption of the new model, sign-up bursts through an entry programme)."""
from common import (SEC, MIN, HOUR, DAY, WINDOW_START, WINDOW_END, RELEASE_MS, NEW_MODEL, MAIN_MODEL,
                    LITE_MODEL, OLD_MODEL, ms_of, pick, wpick, lgn, ilgn, poisson)
from world import client, custom_client, fp_of, local_shape, consumer_domain, tz_of, ORD_COUNTRIES
from engine import HumanNet, sample_time, conversation, single, agent_loop, adopt_new, local_hour, local_weekday
import text


def _think(lo_med):
    return lambda r: ilgn(r, lo_med, 0.6, 100, 30000)


# ---------------------------------------------------------------- 1. data-labelling company

def build_labelling_firm(ctx):
    w = ctx.world
    g = ctx.group("lk_labelling_firm", "benign", hard=True)
    rng = g.rng
    org = "org_veritext"
    pay = w.pay.invoice(rng)
    dom = "veritext-data.com"
    office = w.net.enterprise("veritext", "Veritext Annotation Ltd", "KE")
    nat = [office.host(rng), office.host(rng)]
    pipe_ips = w.net.host_pool(rng, ["Cirrus Host GmbH"], 2, ccs=["DE"])
    tool = custom_client("annot-studio/3.2.1 (+https://veritext-data.com)", "node20")
    sysp = "You assist Veritext annotators with pre-annotation. Follow the current labelling guideline exactly. Output JSON only."
    n = ctx.n(45)
    batch1 = ms_of(2025, 11, 3, 6, 30)
    batch2 = ms_of(2026, 1, 12, 6, 0)
    tz = 3
    for i in range(n):
        created = (batch1 if i < n * 0.65 else batch2) + rng.randrange(2 * HOUR)
        a = g.new_account(created)
        a.org, a.email_domain, a.payment = org, dom, pay
        a.shape = local_shape(rng, "first.last")
        a.country, a.channel, a.verified = "KE", "enterprise", True
        g.new_key(a)
        night = rng.random() < 0.2
        per_day = lgn(rng, 16, 0.3, 6, 40)
        for d in range(14):
            if local_weekday(WINDOW_START + d * DAY, tz) >= 5 and rng.random() < 0.9:
                continue
            if rng.random() < 0.08:
                continue  # leave / sick day
            start_h = (22 if night else 8) + rng.random() * 1.5
            t = WINDOW_START + d * DAY + int((start_h - tz) * HOUR)
            end = t + 8 * HOUR
            for _ in range(poisson(rng, per_day)):
                t += ilgn(rng, 25 * MIN, 0.7, 40 * SEC, 2 * HOUR)
                if t >= end or t >= WINDOW_END:
                    break
                guide = "v3.2" if t < WINDOW_START + 8 * DAY else "v3.3"
                single(g, a, t, text.labelco_grading(rng, guide), ip=pick(rng, nat), client=tool, model=MAIN_MODEL,
                       system=sysp, cap=1024, out_med=140, out_sig=0.4)
    # two service accounts running the batch pre-annotation pipeline
    for i in range(2):
        a = g.new_account(batch1 + 3 * DAY + rng.randrange(DAY))
        a.org, a.email_domain, a.payment = org, dom, pay
        a.shape = pick(rng, ["aaaa-aaaaaaaa", "aaaa-aaaaaaaa9"])
        a.country, a.channel, a.verified = "KE", "enterprise", True
        g.new_key(a)
        cl = client(rng, "aster-python", "py-ossl30")
        t = WINDOW_START + rng.randrange(3 * HOUR)
        while t < WINDOW_END:
            model = NEW_MODEL if (t > RELEASE_MS + 2 * DAY and rng.random() < 0.3) else MAIN_MODEL
            tb = t
            for _ in range(rng.randint(40, 120)):
                guide = "v3.2" if tb < WINDOW_START + 8 * DAY else "v3.3"
                tb = single(g, a, tb, text.labelco_grading(rng, guide), ip=pick(rng, pipe_ips), client=cl, model=model,
                            system=sysp, cap=1024, out_med=120, out_sig=0.4) + ilgn(rng, 1500, 0.6, 100, 20000)
            t += ilgn(rng, 10 * HOUR, 0.3, 4 * HOUR, 20 * HOUR)
    return g


# ---------------------------------------------------------------- 2. trust-and-safety research firm

def build_tns_lab(ctx):
    w = ctx.world
    g = ctx.group("lk_trust_safety_lab", "benign", hard=True)
    rng = g.rng
    org, dom = "org_harborsafety", "harborsafety.org"
    pay = w.pay.invoice(rng)
    office = w.net.enterprise("harbor", "Harbor Safety Research Ltd", "GB")
    nat = office.host(rng)
    runner = w.net.host_pool(rng, ["Nimbus Cloud Services"], 2, ccs=["GB"])
    tz = 0
    for i in range(ctx.n(14)):
        a = g.new_account(ms_of(2025, 3, 1) + rng.randrange(300 * DAY))
        a.org, a.email_domain, a.payment = org, dom, pay
        a.shape = local_shape(rng, "first.last")
        a.country, a.channel, a.verified = "GB", "research", True
        g.new_key(a)
        g.new_key(a)
        cl = client(rng, wpick(rng, [("aster-python", 60), ("httpx", 20), ("chrome", 20)]))
        hn = HumanNet(rng, w.net, "GB", tz, mobile_share=0.05, work=nat, work_share=0.9)
        bench = pick(rng, ["HSR-B", "HSR-R", "HSR-M"])
        for _ in range(poisson(rng, lgn(rng, 30, 0.4, 10, 80))):
            t = sample_time(rng, WINDOW_START, WINDOW_END, tz, "office", "office")
            ip = hn.ip(rng, t)
            if rng.random() < 0.8:
                tt = t
                for _ in range(1 + poisson(rng, 3)):
                    tt = single(g, a, tt, text.tns_research(rng, bench), ip=ip, client=cl, model=MAIN_MODEL,
                                cap=2048, out_med=180) + ilgn(rng, 70 * SEC, 0.8, 5 * SEC, 30 * MIN)
            else:
                conversation(g, a, t, [pick(rng, [text.coding, text.chat, text.summarize])(rng)], ip=ip, client=cl,
                             model=MAIN_MODEL, cap=4096)
        if rng.random() < 0.5:
            # a benchmark batch from the evaluation runner
            rcl = custom_client("hsr-evalkit/0.7.3 aster-python/1.13.1", "py-ossl30")
            for _ in range(rng.randint(1, 3)):
                t = sample_time(rng, WINDOW_START, WINDOW_END - 4 * HOUR, tz, "office", "office")
                model = NEW_MODEL if t > RELEASE_MS + DAY and rng.random() < 0.5 else MAIN_MODEL
                for _ in range(rng.randint(80, 260)):
                    t = single(g, a, t, text.tns_research(rng, bench + "X"), ip=pick(rng, runner), client=rcl, model=model,
                               cap=1024, out_med=160) + ilgn(rng, 2500, 0.5, 300, 30000)
    return g


# ---------------------------------------------------------------- 3. evaluation / benchmark company

def build_eval_company(ctx):
    w = ctx.world
    g = ctx.group("lk_eval_company", "benign", hard=True)
    rng = g.rng
    org, dom = "org_gradientyard", "gradientyard.com"
    pay = w.pay.card("420767", rng)
    hosts = w.net.host_pool(rng, ["Stratoscale Compute"], 2, ccs=["US"]) + w.net.host_pool(rng, ["Nimbus Cloud Services"], 2, ccs=["US"])
    suites = [("mathx", 400, True), ("codex", 300, False), ("reasonqa", 250, True), ("longctx", 60, False)]
    n = 6 + ctx.n(2)
    for i in range(n):
        a = g.new_account(ms_of(2025, 4, 1) + rng.randrange(300 * DAY))
        a.org, a.email_domain, a.payment = org, dom, pay
        a.shape = pick(rng, ["aaaa-aaaaaaa", "aaaaaaa", "aaaa.aaaaaa", "aaaaaaaa9"])
        a.country, a.channel, a.verified = "US", "enterprise", True
        g.new_key(a)
        cl = custom_client("gy-harness/5.4.%d aster-python/1.14.2" % rng.randint(0, 3), "py-ossl31")
        runs = []
        for d in range(14):
            if rng.random() < 0.55:
                runs.append(WINDOW_START + d * DAY + int(lgn(rng, 2.5, 0.4, 0.5, 6) * HOUR))
        if i < 4:
            # the client wants numbers for the new model the same day: a run ~2 hours after release
            runs.append(RELEASE_MS + int(lgn(rng, 2.0, 0.4, 0.7, 6) * HOUR))
        runs.sort()
        for r0 in runs:
            if r0 >= RELEASE_MS:
                models = [NEW_MODEL] if r0 < RELEASE_MS + 6 * HOUR else pick(rng, [[NEW_MODEL, MAIN_MODEL], [NEW_MODEL], [NEW_MODEL, LITE_MODEL]])
            else:
                models = pick(rng, [[MAIN_MODEL], [MAIN_MODEL, LITE_MODEL], [MAIN_MODEL, OLD_MODEL]])
            suite, size, think = pick(rng, suites)
            k = min(size, ilgn(rng, 55, 0.5, 20, size))
            start = rng.randrange(size - k + 1)
            t = r0
            for m in models:
                for idx in range(start, start + k):
                    th = _think(2500) if (think and m != LITE_MODEL) else None
                    # the harness keeps many requests in flight: arrivals are about a second apart
                    single(g, a, t, text.eval_item(rng, suite, idx), ip=pick(rng, hosts), client=cl, model=m,
                           system="You are being evaluated. Answer carefully and follow the output format.",
                           cap=pick(rng, [16000, 32000]) if think else 8192,
                           out_med=900 if think else 500, think=th)
                    t += ilgn(rng, 900, 0.7, 50, 10000)
    return g


# ---------------------------------------------------------------- 4. university course through the education channel

def build_university(ctx):
    w = ctx.world
    g = ctx.group("lk_university_course", "benign", hard=True)
    rng = g.rng
    campus = w.net.edu["lakeshore"]
    nat = [campus.host(rng) for _ in range(4)]
    org = "org_lakeshore_disc2110"
    tz = -6
    week_open = WINDOW_START - 9 * DAY + 15 * HOUR
    dept_pay = w.pay.invoice(rng)  # the department pays for the instructor and TAs
    n = ctx.n(110)
    for i in range(n + 3):
        staff = i >= n
        created = (ms_of(2025, 8, 20) + rng.randrange(20 * DAY)) if staff else week_open + int(lgn(rng, 1.6, 0.8, 0.02, 6.5) * DAY)
        a = g.new_account(created)
        a.org, a.email_domain = org, "lakeshore.edu"
        a.shape = pick(rng, ["aaa999", "aaa999", "aaa999", "aa9999", "aaaa99"]) if not staff else local_shape(rng, "first.last")
        a.country, a.channel, a.verified = "US", "education", True
        a.payment = dept_pay if staff else None
        g.new_key(a)
        fam = wpick(rng, [("aster-python", 70), ("chrome", 20), ("safari", 10)])
        cl = client(rng, fam)
        hn = HumanNet(rng, w.net, "US", tz, mobile_share=0.3)
        lo = max(WINDOW_START, created + 10 * MIN)
        nsess = poisson(rng, lgn(rng, 10, 0.5, 2, 30)) + (12 if staff else 0)
        for _ in range(nsess):
            r = rng.random()
            if r < 0.3:
                # Tuesday / Thursday lab, 14:00-15:30 local, on the campus NAT
                d = pick(rng, [1, 3, 8, 10])
                t = WINDOW_START + d * DAY + int((14 - tz) * HOUR) + rng.randrange(90 * MIN)
                ip = pick(rng, nat)
            elif r < 0.55:
                # the night before the Friday deadline
                d = pick(rng, [3, 10])
                t = WINDOW_START + d * DAY + int((19.5 - tz) * HOUR) + rng.randrange(int(4.4 * HOUR))
                ip = hn.ip(rng, t)
            else:
                t = sample_time(rng, lo, WINDOW_END, tz, "student", "student")
                ip = pick(rng, nat) if 8 <= local_hour(t, tz) < 17 and rng.random() < 0.5 else hn.ip(rng, t)
            if t < lo or t >= WINDOW_END:
                continue
            week = 6 if t < WINDOW_START + 4 * DAY + 12 * HOUR else 7
            nt = 1 + poisson(rng, 1.5)
            prompts = [text.course_question(rng, week, rng.randint(1, 6))] + [text.followup(rng, "math") for _ in range(nt - 1)]
            conversation(g, a, t, prompts, ip=ip, client=cl, model=MAIN_MODEL, cap=4096, out_med=600, gap_med=120 * SEC,
                         think=_think(900), think_prob=0.2,
                         system=("You are a course assistant for DISC 2110. Give hints and explanations; do not just hand out final answers."
                                 if fam == "aster-python" else None))
    return g


# ---------------------------------------------------------------- 5. enterprise behind one NAT egress

def build_enterprise_nat(ctx):
    w = ctx.world
    g = ctx.group("lk_enterprise_nat", "benign", hard=True)
    rng = g.rng
    org, dom = "org_kestrelfreight", "kestrelfreight.com"
    pay = w.pay.invoice(rng)
    egress = w.net.enterprise("kestrel", "Kestrel Freight Group GmbH", "DE")
    nat = [egress.host(rng), egress.host(rng)]
    gw = custom_client("kestrel-copilot/1.8.4 (intranet)", "java21")
    tz = 1
    n = ctx.n(160)
    syncs = [ms_of(2025, 5, 12, 7, 0), ms_of(2025, 9, 1, 7, 0), ms_of(2026, 2, 2, 7, 0)]
    for i in range(n):
        created = pick(rng, syncs) + rng.randrange(90 * SEC)  # provisioned by directory sync
        a = g.new_account(created)
        a.org, a.email_domain, a.payment = org, dom, pay
        a.shape = local_shape(rng, "first.last")
        a.country, a.channel, a.verified = "DE", "enterprise", True
        g.new_key(a)
        dev = rng.random() < 0.25
        cl = client(rng, wpick(rng, [("aster-python", 50), ("aster-node", 20), ("openai-py", 15), ("curl", 5), ("java", 10)])) if dev else gw
        acl = client(rng, "aster-code")
        german = rng.random() < 0.5
        for _ in range(poisson(rng, lgn(rng, 14, 0.6, 2, 60))):
            t = sample_time(rng, WINDOW_START, WINDOW_END, tz, "office", "office")
            ip = pick(rng, nat)
            model = NEW_MODEL if adopt_new(rng, t, 0.35 if dev else 0.0) else MAIN_MODEL
            if dev and rng.random() < 0.35:
                agent_loop(g, a, t, text.dev_agent_task(rng), ["bash", "read_file", "edit_file", "write_file", "glob", "grep"],
                           ilgn(rng, 8, 0.6, 2, 40), ip=ip, client=acl, model=model,
                           system="You are aster-code, a coding agent working in the user's repository.", cap=32000,
                           step_gap_med=5000, result_med=900, final_med=300, calls_max=3)
                continue
            if dev:
                kind = wpick(rng, [("code", 60), ("summ", 15), ("rewrite", 10), ("chat", 15)])
            else:
                kind = wpick(rng, [("summ", 25), ("rewrite", 25), ("write", 20), ("chat", 15), ("translate", 10), ("code", 5)])
            if german and kind in ("chat", "write") and rng.random() < 0.6:
                first = text.foreign(rng, "de")
            else:
                first = {"code": text.coding, "summ": text.summarize, "rewrite": text.rewrite, "write": text.writing,
                         "chat": text.chat, "translate": text.translate}[kind](rng)
            fk = "code" if kind == "code" else ("write" if kind in ("rewrite", "write") else "chat")
            conversation(g, a, t, [first] + [text.followup(rng, fk) for _ in range(poisson(rng, 1.0))], ip=ip,
                         client=cl, model=model, cap=4096, out_med=380,
                         system=None if dev else "You are Kestrel Copilot, the internal assistant of Kestrel Freight Group. Be concise.")
    return g


# ---------------------------------------------------------------- 6. legitimate aggregator / reseller

def build_aggregator(ctx):
    w = ctx.world
    g = ctx.group("lk_aggregator", "benign", hard=True)
    rng = g.rng
    org, dom = "org_switchyard", "switchyard.dev"
    pay = w.pay.card("489344", rng)
    gw_ips = w.net.host_pool(rng, ["Bytehaven Hosting"], 4, ccs=["NL"]) + w.net.host_pool(rng, ["Nimbus Cloud Services"], 2, ccs=["US"])
    gw = custom_client("switchyard-gateway/4.2.0", "go122")
    for i in range(ctx.n(120)):
        cc = wpick(rng, ORD_COUNTRIES)
        tz = tz_of(rng, cc)
        a = g.new_account(ms_of(2025, 5, 1) + rng.randrange(300 * DAY))
        a.org, a.payment = org, pay
        a.email_domain = dom  # sub-accounts are created under the reseller's domain with plus-addressing
        a.shape = pick(rng, ["aaaaaaa+aaaaaaaa9999", "aaaaaaa+9999999"])
        a.country, a.channel, a.verified = "NL", "reseller", True
        g.new_key(a)
        kind = wpick(rng, [("app", 35), ("dev", 30), ("chat", 25), ("mixed", 10)])
        app = pick(rng, text.APP_KEYS)
        model0 = wpick(rng, [(MAIN_MODEL, 60), (LITE_MODEL, 35), (OLD_MODEL, 5)])
        eager = pick(rng, [0, 0.2, 0.5])
        lang = pick(rng, ["en", "en", "es", "pt", "de", "fr", "ja", "id"])
        vol = lgn(rng, 55, 0.9, 5, 500)
        for _ in range(poisson(rng, vol)):
            t = sample_time(rng, WINDOW_START, WINDOW_END, tz, "app" if kind == "app" else "dev", "app")
            ip = pick(rng, gw_ips)
            model = NEW_MODEL if adopt_new(rng, t, eager) else model0
            k = kind if kind != "mixed" else pick(rng, ["app", "dev", "chat", "grade", "data"])
            if k == "app":
                sysp, p = text.app_prompt(rng, app)
                single(g, a, t, p, ip=ip, client=gw, model=model, system=sysp, cap=1024, out_med=260)
            elif k == "dev":
                single(g, a, t, text.coding(rng), ip=ip, client=gw, model=model, cap=4096, out_med=550)
            elif k == "chat":
                p = text.foreign(rng, lang) if lang != "en" else text.chat(rng)
                conversation(g, a, t, [p] + [text.followup(rng, "chat") for _ in range(poisson(rng, 0.8))], ip=ip,
                             client=gw, model=model, cap=2048)
            elif k == "grade":
                single(g, a, t, text.teacher_grading(rng), ip=ip, client=gw, model=model, cap=1024, out_med=250)
            else:
                single(g, a, t, text.datagen_benign(rng), ip=ip, client=gw, model=model, cap=4096, out_med=700)
    return g


# ---------------------------------------------------------------- 7. agent-platform startup

_TENANT_TOOLS = {
    "helpdesk": ["lookup_customer", "get_order_status", "refund_order", "create_ticket", "send_email", "search_docs", "track_package"],
    "sales": ["query_crm", "update_record", "send_email", "schedule_meeting", "search_web", "create_invoice"],
    "ops": ["query_logs", "kubectl_apply", "http_request", "send_chat_message", "create_ticket", "execute_bash"],
    "finance": ["read_spreadsheet", "sql_query", "create_invoice", "get_exchange_rate", "send_email", "plot_chart"],
    "shop": ["search_products", "add_to_cart", "place_order", "get_shipping_quote", "lookup_customer", "track_package"],
}
_TENANT_TASKS = {
    "helpdesk": ["Customer #{n} says their parcel is late, what can we do?", "Refund request for order {n}: item arrived broken.",
                 "Can you check why customer {n} was charged twice?", "Where is order {n}? The customer is asking again."],
    "sales": ["Log today's call with the account {n} and schedule a follow-up next week.", "Draft a renewal quote for account {n}.",
              "Update the pipeline stage for deal {n} to negotiation and notify the owner."],
    "ops": ["Pod api-{n} keeps restarting, investigate.", "Error rate on checkout is up, check logs for the last hour.",
            "Roll back the deployment of service {n} if the health check fails."],
    "finance": ["Reconcile invoice {n} against the March ledger.", "Summarise spend by vendor for Q1 and chart it.",
                "Convert invoice {n} to EUR at today's rate and send it to the client."],
    "shop": ["Customer wants {n} units of the blue mug shipped to Lyon, quote and order.", "Find a cheaper shipping option for order {n}."],
}


def build_agent_platform(ctx):
    w = ctx.world
    g = ctx.group("lk_agent_platform", "benign", hard=True)
    rng = g.rng
    org, dom = "org_loopwise", "loopwise.ai"
    pay = w.pay.card("414720", rng)
    pool = w.net.host_pool(rng, ["Nimbus Cloud Services"], 8, ccs=["US"])
    for i in range(ctx.n(30)):
        a = g.new_account(ms_of(2025, 7, 1) + rng.randrange(220 * DAY))
        a.org, a.email_domain, a.payment = org, dom, pay
        a.shape = pick(rng, ["aaaa+aaaaaaa", "aaaa+aaaaa9", "aaaaaaaa"])
        a.country, a.channel, a.verified = "US", "startup", True
        g.new_key(a)
        cl = custom_client("loopwise-runtime/0.9.%d aster-python/1.13.%d" % (rng.randint(1, 6), rng.randint(0, 3)), "py-ossl30")
        dom_t = pick(rng, list(_TENANT_TOOLS.keys()))
        tools = list(_TENANT_TOOLS[dom_t])
        tz = pick(rng, [-8, -5, 0, 1, 5.5, 8])
        sysp = "You are the %s agent for tenant %s on Loopwise. Use tools; confirm before irreversible actions." % (dom_t, "tn_%05d" % rng.randrange(100000))
        model = wpick(rng, [(MAIN_MODEL, 70), (LITE_MODEL, 30)])
        for _ in range(poisson(rng, lgn(rng, 17, 0.6, 4, 120))):
            t = sample_time(rng, WINDOW_START, WINDOW_END, tz, "office", "app")
            task = pick(rng, _TENANT_TASKS[dom_t]).replace("{n}", str(rng.randint(1000, 99999)))
            m = NEW_MODEL if t > RELEASE_MS + 4 * DAY and rng.random() < 0.3 else model
            agent_loop(g, a, t, task, tools, ilgn(rng, 6, 0.6, 2, 30), ip=pick(rng, pool), client=cl, model=m,
                       system=sysp, cap=4096, step_gap_med=1800, result_med=350, final_med=180, nudge_p=0.02)
    return g


# ---------------------------------------------------------------- 8. coding bootcamp cohort

_EXERCISES = [
    "Exercício {n}: escreva uma função em JavaScript que recebe um array de números e retorna a soma dos pares.",
    "Exercício {n}: crie uma API REST com Express que lista e cadastra tarefas.",
    "Exercício {n}: faça um componente React que mostra um contador com botões + e -.",
    "Exercício {n}: escreva uma query SQL que retorna os 5 clientes que mais compraram.",
    "Exercício {n}: implemente uma função que valida CPF.",
    "Exercício {n}: use fetch para consumir a API de CEP e mostrar o endereço na tela.",
]
_BC_WRAP = ["{e}", "{e} não estou conseguindo, pode me ajudar?", "{e}\nmeu código dá erro: {err}",
            "me explica como fazer isso passo a passo: {e}", "{e} (sem me dar a resposta pronta por favor)",
            "professor pediu: {e}"]


_BC_FU = ["não entendi a parte do {x}", "pode explicar de novo o passo {n}?", "agora deu erro: {err}", "funcionou! e como eu testo {x}?",
          "tem um jeito mais simples sem {x}?", "o que significa {x}?", "e se o array tiver {n} elementos iguais?", "como faço isso com {fw}?",
          "valeu! pode comentar a linha {n}?", "por que usar {x} aqui e não um for normal?", "meu colega usou {x}, qual é melhor?",
          "o professor disse pra não usar {x}, tem outro jeito?", "dá pra fazer em {n} linhas?"]


def _bc_followup(rng):
    return text._fill(rng, pick(rng, _BC_FU), {
        "x": ["map", "reduce", "async/await", "useState", "JOIN", "middleware", "promise", "callback", "props", "GROUP BY"],
        "n": lambda r: str(r.randint(2, 6)), "fw": ["React", "Express", "Node", "Postgres"],
        "err": lambda r: text._fill(r, pick(r, text.ERRORS), text._code_slots())})


def build_bootcamp(ctx):
    w = ctx.world
    g = ctx.group("lk_bootcamp", "benign", hard=True)
    rng = g.rng
    org = "org_forgecode"
    pay = w.pay.bank_card(rng, "BR")
    classroom = w.net.isp["BR"][0].host(rng)  # a business broadband line, not an enterprise range
    tz = -3
    cohort_day = WINDOW_START + 0 * DAY + int((9 - tz) * HOUR)
    for i in range(ctx.n(40)):
        a = g.new_account(cohort_day + int(lgn(rng, 40, 0.6, 5, 180) * MIN))
        a.org, a.payment = org, pay
        a.email_domain = consumer_domain(rng, "BR")
        a.shape = local_shape(rng)
        a.country, a.channel, a.verified = "BR", "education", False
        g.new_key(a)
        cl = client(rng, wpick(rng, [("chrome", 50), ("aster-node", 30), ("aster-python", 20)]))
        hn = HumanNet(rng, w.net, "BR", tz, mobile_share=0.35)
        for _ in range(poisson(rng, lgn(rng, 16, 0.5, 3, 50))):
            t = sample_time(rng, a.created + 5 * MIN, WINDOW_END, tz, "dev", "office")
            lh = local_hour(t, tz)
            ip = classroom if (9 <= lh < 17 and local_weekday(t, tz) < 5) else hn.ip(rng, t)
            week = 1 + (t - WINDOW_START) // (7 * DAY)
            e = pick(rng, _EXERCISES).replace("{n}", "%d.%d" % (week, rng.randint(1, 8)))
            p = _BC_WRAP[rng.randrange(len(_BC_WRAP))].replace("{e}", e).replace(
                "{err}", text._fill(rng, pick(rng, text.ERRORS), text._code_slots()))
            conversation(g, a, t, [p] + [_bc_followup(rng) for _ in range(poisson(rng, 1.5))], ip=ip, client=cl,
                         model=LITE_MODEL if rng.random() < 0.5 else MAIN_MODEL, cap=2048, out_med=450, gap_med=150 * SEC)
    return g


def build_all(ctx):
    build_labelling_firm(ctx)
    build_tns_lab(ctx)
    build_eval_company(ctx)
    build_university(ctx)
    build_enterprise_nat(ctx)
    build_aggregator(ctx)
    build_agent_platform(ctx)
    build_bootcamp(ctx)
