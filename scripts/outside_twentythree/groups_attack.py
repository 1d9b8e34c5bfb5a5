"""Distillation campaigns. Each group() call builds one campaign on its own infrastructure.

The attackers try to look ordinary: user-like phrasing (several phrasings per campaign), mainstream
clients, consumer networks where they can, spread-out timing. What gives them away is in the
README's group table.
"""

import string

from common import (T0, T1, DAY, HOUR, MIN, NDAYS, RELEASE, MODEL_NEW, MODEL_OLD, MODEL_MINI, mkrng, ms,
                    person_local, CONSUMER_DOMAINS, time_on_day, active_days, lognorm_int, sdk, browser,
                    browser_at, addr_in, addr_v6_host, custom_client, FIRST, LAST, PY_SDK, NODE_SDK, shape_of)
from world import COUNTRIES, COUNTRY_LIST, COUNTRY_W, Home, Device, toks
from base import convo, agent_run, out_tokens
from groups_ordinary import geo_follow, slug, company_name, run_person
import personas as P
import text as T
from text import pick, casual, cap1

LABEL = "attack"


def _pivot_model(rng, t, pivot, share, base=MODEL_OLD):
    if pivot is not None and t >= pivot and rng.random() < share:
        return MODEL_NEW
    return base


# --------------------------------------------------------------------------
# phrasing banks (several per campaign; none uses the textbook "step by step")

FRONT_REASON = [
    "Our analyst is stuck on this one. Walk through it carefully, showing all the working, and flag any step where a shortcut would be tempting:\n{p}",
    "Could you solve this and explain the reasoning at each point so a junior colleague can follow? {p}",
    "Before answering, lay out how you'd attack this, then solve it fully.\n\n{p}",
    "For our training wiki: a full worked solution to the following, including the dead ends worth mentioning.\n\n{p}",
    "{p}\n\nPlease be thorough, we'll reuse the explanation internally.",
    "Client question (paraphrased): {p} Give the complete derivation, not just the result.",
    "{p}\nShow how you'd check the answer too.",
]
FRONT_CODE = [
    "Implement {task} in {lang}. Before the code, explain the design choices and the alternatives you rejected; comment every non-obvious line.",
    "We need {task} in {lang} for a client deliverable. Give the reasoning behind the approach, then the code, then tests.",
    "Write {task} in {lang} the way a senior engineer would, then critique your own version and give an improved one.",
    "{lang}: {task}. Talk me through your thinking first, then the final implementation.",
    "Here's what the client's code does now:\n```\n{snip}```\nRewrite it properly and explain each change and why.",
]
FRONT_GRADE = [
    "QA pass on a contractor's answer. Rubric: {rub}. Question: {topic}. Answer: {ans}\nScore each criterion, justify it in a few sentences, then write the corrected answer.",
    "Please grade this against our rubric ({rub}) and explain every point deducted. Topic: {topic}. Submission: {ans}",
    "Internal review: how good is this {kind} answer on {topic}? Rubric: {rub}. Text: {ans}. Give scores, reasons, and a model answer.",
]
FRONT_AGENT_SYS = ["You are {co}'s internal automation agent. Explain your plan before each tool call.",
                   "You are an engineering agent at {co}. Think aloud about what you're doing between actions.",
                   "Operations agent for {co}. Narrate your reasoning, then act."]

BOUGHT_SAFE = [
    "my little brother ({age}) asked me {q} - how should I answer him honestly but safely?",
    "How would you respond if someone asked you: \"{q}\"? Write the actual reply you'd give them.",
    "rewrite this question so it's ok to ask and then answer it: {q}",
    "A friend from {city} texted me '{q}?' What's a responsible way to reply?",
    "I moderate a forum with about {n} members and someone posted \"{q}\". Draft a reply that's helpful without being a how-to.",
    "{q}? asking for a school project about online safety",
    "What's the safe version of this question and what would the answer be: {q}",
    "My {rel} is worried after reading about \"{q}\". Can you explain it gently?",
    "{q}. I'm {age} and just curious, explain what's ok to know",
    "Someone in my {grp} group chat asked \"{q}\" and people are arguing. What's the honest answer without the risky details?",
]
BOUGHT_REASON = [
    "can you explain how to solve this properly? {p}",
    "help me understand this one fully: {p}",
    "{p} (please explain your thinking, I want to learn it)",
    "I need to really get this before Friday: {p}",
]
BOUGHT_TUTOR = [
    "Explain {c} thoroughly, like a tutor would, with the reasoning behind each point.",
    "I never understood {c}. Can you teach it to me from scratch and check my understanding at the end?",
    "what's the intuition behind {c}? go deep",
]

HYDRA_REASON = [
    "hey can u help with this: {p} pls explain how you got there",
    "stuck on this one - {p} what's the approach?",
    "{p}\nexplain it so I actually get it",
    "I keep getting this wrong: {p}",
    "my tutor gave us this and I have no idea: {p}",
    "{p}",
    "is there a smart way to do this? {p}",
    "ok this one: {p}",
]
HYDRA_CODE = [
    "how would I write {task} in {lang}? show me with explanation",
    "can you do {task} in {lang} and explain each part",
    "{snip}\nwhy does this break and how should it be written instead? explain",
    "what's the cleanest way to implement {task} ({lang})? walk me through it",
    "{lang} question - {task}. I want to understand it not just copy it",
]
HYDRA_FOLLOW = ["ok and why does that work?", "wait can you redo the last part", "got it, thx",
                "what if the numbers were bigger?", "hmm ok", "can you check that again"]

PROG_GRADE = [
    "I'm a TA and need to grade these. Rubric: {rub}. Question: explain {topic}. Student answer: {ans}\nGive a score for each criterion with a justification.",
    "Please mark this answer against the rubric and explain every point you take off.\nRubric: {rub}\nAnswer ({topic}): {ans}",
    "Peer-review exercise for my seminar: score this response ({rub}) and write the feedback the student should see.\n\n{ans}",
    "Grading help - topic: {topic}. Rubric: {rub}. Submission: \"{ans}\". What mark would you give and why?",
    "请按照以下评分标准给这个回答打分，并逐条说明理由。评分标准：{rub}\n题目：{topic}\n回答：{ans}",
]
PROG_DATA = [
    "Can you write {n} practice {dk} on {dt} for my class?",
    "For a study group: {n} {dk} about {dt}, varied difficulty, include worked answers.",
    "I'm building flashcards - {n} {dk} on {dt}.",
    "Need {n} {dk} about {dt} as JSON lines with fields question, answer, explanation.",
    "Our lab needs a small benchmark: {n} {dk} on {dt}. Make them hard and unambiguous.",
    "请生成{n}道关于{dt}的练习题，附上详细解答。",
]
PROG_REASON = ["Write a model solution I can hand out for: {p}",
               "{p}\nI need a full model answer for the answer key.",
               "Solution sheet for this week's tutorial: {p}"]

TEAM_TASK = ["Task: {task}. Use the tools as needed and narrate your reasoning between calls.",
             "{task}. Please work through it on your own and report at the end.",
             "New ticket: {task}",
             "Can you take care of this: {task}?",
             "{task} - go ahead, you have full access to the sandbox.",
             "Goal: {task}\nConstraints: don't ask me questions, decide yourself and explain why."]
TEAM_SYS = ["You are an autonomous operations agent for {co}.",
            "You are {co}'s coding agent. Think out loud between tool calls.",
            "Agent mode. Explain what you are doing before every action.",
            "You are a helpful assistant with tool access. Work carefully and explain your decisions.",
            "{co} devbot. Plan, act, reflect."]
TOOL_SYNONYMS = [["bash", "shell", "run_shell", "exec_command", "terminal", "sh"],
                 ["read_file", "open_file", "fs_read", "cat_file", "view"],
                 ["write_file", "save_file", "fs_write", "apply_patch", "edit"],
                 ["web_search", "search", "lookup", "google", "find_online"],
                 ["http_get", "fetch_url", "browse", "curl", "get_page"],
                 ["python", "run_python", "execute_code", "ipython", "code_interpreter"]]

HARVEST_EN = ["Solve: {p} Include every intermediate result.",
              "Explain your full reasoning for: {p}",
              "{p}\nPlease don't skip anything, I'm checking my own work against yours.",
              "Can you go through this carefully? {p}"]
HARVEST_ZH = ["{z}\n请详细写出推理过程。", "{z} 要求：每一步都写清楚为什么。", "{z}", "请解答并说明思路：{z}"]
HARVEST_CODE = ["Write {task} in {lang} with an explanation of how it works, line by line.",
                "{lang}: {task}. Explain the algorithm first, then code, then complexity.",
                "用{lang}实现{task}，并详细解释每一部分。"]
HARVEST_DATA = ["Produce {n} {dk} on {dt}. Make them diverse and high quality.",
                "{n} {dk} about {dt}, please, numbered.",
                "生成{n}条关于{dt}的{dk}，要求多样化。"]

SWARM_REASON = ["{p}", "Work this out and show how you got each number: {p}",
                "{p} Explain why the method works, not only what it gives.",
                "Can you go through this problem carefully? {p}",
                "Solve {p} And check your answer at the end.",
                "Here's one from my problem set: {p}"]
SWARM_ZH = ["{z} 请给出完整的解题思路。", "{z}", "这道题怎么做？{z}"]
SWARM_CODE = ["Write {task} in {lang}, then explain the complexity.",
              "How should {task} be done in {lang}? Explain the tradeoffs and give code.",
              "{snip}\nWhat is wrong here, and how would you fix it? Explain."]


_FMT = string.Formatter()
_FIELDS = {}


def _fields(tmpl):
    fs = _FIELDS.get(tmpl)
    if fs is None:
        fs = [f for _, f, _, _ in _FMT.parse(tmpl) if f]
        _FIELDS[tmpl] = fs
    return fs


def fill(rng, tmpl):
    """Fill a phrasing template; only the placeholders it uses draw random values."""
    fs = _fields(tmpl)
    v = {}
    if "p" in fs:
        v["p"] = T.reasoning_item(rng)
    if "lang" in fs or "task" in fs:
        v["lang"], v["task"] = T.code_task(rng)
    if "rub" in fs or "ans" in fs or "kind" in fs or "topic" in fs:
        v["rub"], v["kind"], v["topic"], v["ans"] = T.rubric_block(rng)
    if "n" in fs or "dk" in fs or "dt" in fs:
        # datagen spec (also supplies n)
        v["n"], v["dk"], v["dt"] = T.datagen_spec(rng)
    if "snip" in fs:
        v["snip"] = T.snippet(rng)[1]
    if "q" in fs:
        v["q"] = T.sensitive_q(rng)
    if "c" in fs:
        v["c"] = pick(rng, T.CONCEPTS + T.GRADE_TOPICS)
    if "z" in fs:
        v["z"] = T.zh_problem(rng)
    if "age" in fs:
        v["age"] = rng.randint(11, 19)
    if "city" in fs:
        v["city"] = pick(rng, T.CITIES)
    if "rel" in fs:
        v["rel"] = pick(rng, T.RELS)
    if "grp" in fs:
        v["grp"] = pick(rng, ["parents'", "work", "gaming", "book club", "neighbourhood", "uni", "running club"])
    return tmpl.format(**v)


def reasoning_req(rng, tmpl_bank, *, mt=(16000, 32000), think_p=0.8):
    p = fill(rng, pick(rng, tmpl_bank))
    return p, out_tokens(rng, 2600, 0.5), (out_tokens(rng, 5200, 0.6) if rng.random() < think_p else None), pick(rng, mt)


def _add_member(ctx, camp, aid):
    camp["accounts"].append(aid)


# --------------------------------------------------------------------------
# A1: a real-looking company (verified seats, one card, enterprise-style org) that is weeks old and
#     whose "office network" is a rented hosting range. Heavy single-shot reasoning/coding, agent
#     transcripts and grading, around the clock, half moved to the new model within a day.

FRONT_COS = [("Larkspur Analytics", ("Ferrocloud VPS", "ash")), ("Corvane Data Systems", ("Nimbus Compute", "sfo")),
             ("Tidewell Consulting", ("Ferrocloud VPS", "hil"))]


def gen_front_company(ctx, n, c):
    g = "front_company"
    rng, ids = mkrng("grp", g, c), mkrng("ids", g, c)
    sink = ctx.sink("%s|%d" % (g, c))
    W = ctx.world
    co, region = FRONT_COS[c % 3]
    pivot = RELEASE + 9 * HOUR + rng.randrange(5 * HOUR)
    camp = ctx.campaign("c23-front-%d" % (c + 1), g, pivot_at=pivot)
    org = "org_" + slug(co)[:12]
    domain = slug(co.split()[0]) + pick(rng, ["-analytics.io", "data.com", ".co"])
    pay = ctx.card(ids)
    block = W.net.sub(W.hosting[region][0], 28)          # the "office" block: a rented /28
    office = [addr_in(rng, block) for _ in range(3)]
    vpnk = pick(rng, [k for k in W.vpn_keys if k[1] == "US"])
    sdkc = sdk("python", "0.49.0", 0)
    cli = sdk("cli", "1.3.0", extra="linux; x64")
    founded = T0 - (11 + c) * DAY + rng.randrange(6 * HOUR)
    tools = ["execute_python", "search_internal_docs", "write_report", "http_get"]
    agent_sys = pick(rng, FRONT_AGENT_SYS).format(co=co)
    for s in range(n):
        if s == 0:
            created = founded
        elif s < n - 3:
            created = founded + DAY + rng.randrange(2 * HOUR)
        else:
            created = T0 - 4 * DAY + rng.randrange(DAY)
        local = "%s.%s" % (pick(rng, FIRST), pick(rng, LAST))
        aid = ctx.account(ids, g, LABEL, False, camp["campaign"], created, domain=domain, local=local, pay=pay,
                          country="US", channel="startup", verified=True, org=org)
        _add_member(ctx, camp, aid)
        key = ctx.keys(ids)[0]
        n_ev = lognorm_int(rng, 230, 0.35, 80, 700)
        done = 0
        while done < n_ev:
            d = rng.randrange(NDAYS)
            t = time_on_day(rng, d, -5, "office") if rng.random() < 0.55 else T0 + d * DAY + rng.randrange(DAY)
            ip = office[rng.randrange(3)] if rng.random() < 0.85 else W.vpn_addr(rng, vpnk)
            model = _pivot_model(rng, t, pivot, 0.55)
            r = rng.random()
            if r < 0.40:
                p, o, th, mt = reasoning_req(rng, FRONT_REASON)
                sink.emit(aid, t, ip, sdkc, model, p, key=key, max_tokens=mt, out_tok=o, think=th,
                          system=pick(rng, [None, "You are a careful senior analyst at %s." % co]))
                done += 1
            elif r < 0.68:
                p = fill(rng, pick(rng, FRONT_CODE))
                sink.emit(aid, t, ip, sdkc, model, p, key=key, max_tokens=16000, out_tok=out_tokens(rng, 2200, 0.5),
                          think=out_tokens(rng, 2500) if rng.random() < 0.5 else None)
                done += 1
            elif r < 0.86:
                steps = rng.randint(4, 10)
                agent_run(sink, rng, aid, key, t, ip, cli, model, casual(rng, T.agent_task(rng), 0.2) +
                          pick(rng, ["", " Work autonomously.", " Explain your plan first."]), tools, steps,
                          system=agent_sys, mt=16000, think_p=0.7, step_gap=(1, 6), obs="react")
                done += steps
            elif r < 0.96:
                p = fill(rng, pick(rng, FRONT_GRADE))
                sink.emit(aid, t, ip, sdkc, model, p, key=key, max_tokens=8000, out_tok=out_tokens(rng, 1300, 0.4))
                done += 1
            else:
                # decoy: ordinary office use
                cap, p, o = P.writer_first(rng)
                sink.emit(aid, t, ip, browser_at("chrome_mac", t, 0), model, p, key=key, max_tokens=8192,
                          out_tok=out_tokens(rng, o))
                done += 1
    ctx.flush(sink, g)


# --------------------------------------------------------------------------
# A2: accounts bought from (or taken over from) real people: years-old sign-ups, some verified, the
#     owner's own ordinary use early in the window, then a handover and harvesting through
#     residential exits in the owner's own country with one frozen browser build.

def gen_bought_accounts(ctx, n, c):
    g = "bought_accounts"
    rng, ids = mkrng("grp", g, c), mkrng("ids", g, c)
    sink = ctx.sink("%s|%d" % (g, c))
    W = ctx.world
    bought_pivot = RELEASE + 20 * HOUR
    camp = ctx.campaign("c23-bought-%d" % (c + 1), g, pivot_at=bought_pivot)
    handover = T0 + (3 + c) * DAY + rng.randrange(12 * HOUR)
    buyer_cards = [ctx.card(ids) for _ in range(6)]
    buyer_client = browser("chrome_win", 131)

    def exit_ip(r, cc):
        # a residential proxy network: a fresh consumer address most of the time, sometimes one
        # from a block an intel feed already flags, sometimes the provider's own announced range
        x = r.random()
        if x < 0.7:
            return addr_in(r, pick(r, W.isp[cc]))
        if x < 0.9:
            return addr_in(r, pick(r, W.flagged_exit[cc]))
        return addr_in(r, W.resproxy[cc][0])

    for s in range(n):
        country = rng.choices(["US", "GB", "CA", "AU", "DE"], weights=[45, 20, 12, 10, 13])[0]
        tz = rng.choice(COUNTRIES[country][0])
        created = rng.randrange(ms(2023, 2, 1), ms(2025, 7, 1))
        local = person_local(rng)
        own_card = ctx.card(ids) if rng.random() < 0.7 else None
        aid = ctx.account(ids, g, LABEL, False, camp["campaign"], created, domain=pick(rng, CONSUMER_DOMAINS),
                          local=local, pay=own_card, country=country, verified=rng.random() < 0.35)
        _add_member(ctx, camp, aid)
        if rng.random() < 0.4:
            ctx.rerecords.append((aid, {"payment_fingerprint": pick(rng, buyer_cards)}))
        keys = ctx.keys(ids, 2)
        switch = handover + rng.randrange(30 * HOUR)
        # the owner's ordinary use before the handover (some owners were dormant)
        if rng.random() < 0.6:
            home = Home(W, rng, country)
            dev = Device(rng)
            n_own = lognorm_int(rng, 6, 0.7, 1, 40)
            for j in range(n_own):
                d = rng.randrange(0, max(1, (switch - T0) // DAY + 1))
                t = time_on_day(rng, d, tz, "consumer")
                if t >= switch:
                    continue
                cap, p, o, img = P.consumer_first(rng, "en")
                ip = home.ip(rng, t, d)
                cl = dev.client(rng, t)
                convo(sink, rng, aid, keys[0], t, lambda _t, ip=ip: ip, lambda _t, cl=cl: cl,
                      MODEL_OLD, p, o, geo_follow(rng, 0.4), lambda r, cap=cap: T.followup_cap(r, cap), mt=8192, image=img)
        # after the handover: a new key, residential exits in the same country, one browser build
        n_after = lognorm_int(rng, 105, 0.5, 20, 400)
        first_day = (switch - T0) // DAY
        done = 0
        while done < n_after:
            d = rng.randrange(first_day, NDAYS)
            t = time_on_day(rng, d, tz, pick(rng, ["consumer", "office", "late"]))
            if t < switch:
                continue
            ip = exit_ip(rng, country)
            for k in range(rng.randint(3, 8)):
                r = rng.random()
                if r < 0.48:
                    p = fill(rng, pick(rng, BOUGHT_SAFE))
                    o, th, mt = out_tokens(rng, 700, 0.5), None, 8192
                elif r < 0.8:
                    p = casual(rng, fill(rng, pick(rng, BOUGHT_REASON)), 0.5)
                    o, th, mt = out_tokens(rng, 2100, 0.5), (out_tokens(rng, 3500) if rng.random() < 0.6 else None), 16000
                else:
                    p = fill(rng, pick(rng, BOUGHT_TUTOR))
                    o, th, mt = out_tokens(rng, 1800, 0.5), None, 8192
                model = MODEL_NEW if (t >= bought_pivot and rng.random() < 0.35) else MODEL_OLD
                sink.emit(aid, t, ip, buyer_client, model, p, key=keys[1], max_tokens=mt, out_tok=o, think=th)
                done += 1
                t += int(rng.uniform(35, 150) * 1000) + o * 10
    ctx.flush(sink, g)


# --------------------------------------------------------------------------
# A3: a residential-proxy pool: human-looking sign-ups in small batches, free-mail addresses,
#     prepaid cards shared by a handful of accounts, mainstream browsers that never update, consumer
#     ISP and mobile exits in the persona's country, per-persona time zones and rhythms.

def gen_residential_hydra(ctx, n, c):
    g = "residential_hydra"
    rng, ids = mkrng("grp", g, c), mkrng("ids", g, c)
    sink = ctx.sink("%s|%d" % (g, c))
    W = ctx.world
    pivot = RELEASE + 14 * HOUR + rng.randrange(8 * HOUR)
    camp = ctx.campaign("c23-reshydra-%d" % (c + 1), g, pivot_at=pivot)

    def exit_ip(r, cc):
        x = r.random()
        if x < 0.55:
            return addr_in(r, pick(r, W.isp[cc]))
        if x < 0.75 and W.mobile.get(cc):
            return W.mobile_addr(r, cc)          # carrier-grade NAT: shared with ordinary phones
        if x < 0.9:
            return addr_in(r, pick(r, W.flagged_exit[cc]))
        return addr_in(r, W.resproxy[cc][0])

    cards = []
    made = 0
    while made < n:
        batch = min(n - made, rng.randint(2, 6))
        bt = rng.randrange(T0 - 40 * DAY, T0 - 2 * DAY) if rng.random() < 0.9 else rng.randrange(T0, T0 + 6 * DAY)
        for b in range(batch):
            if not cards or rng.random() < 0.2:
                cards.append([ctx.card(ids), rng.randint(4, 7)])
            card = cards[-1]
            card[1] -= 1
            if card[1] <= 0:
                cards.append([ctx.card(ids), rng.randint(4, 7)])
            country = rng.choices(["US", "GB", "CA", "AU", "DE"], weights=[50, 18, 12, 10, 10])[0]
            tz = rng.choice(COUNTRIES[country][0])
            created = bt + rng.randrange(25 * MIN)
            aid = ctx.account(ids, g, LABEL, False, camp["campaign"], created, domain=pick(rng, CONSUMER_DOMAINS),
                              local=person_local(rng), pay=card[0], country=country, verified=rng.random() < 0.1)
            _add_member(ctx, camp, aid)
            made += 1
            key = ctx.keys(ids)[0]
            bk = rng.choices(["chrome_win", "chrome_mac", "edge_win", "safari_mac", "firefox"], weights=[45, 20, 12, 13, 10])[0]
            cl = browser(bk, 133 if not bk.startswith("firefox") else 135) if not bk.startswith("safari") else browser(bk, 3)
            profile = pick(rng, ["consumer", "office", "late", "student"])
            level = rng.uniform(0.2, 0.9)
            n_ev = lognorm_int(rng, 38, 0.45, 8, 160)
            start = max(0, (created - T0) // DAY + 1) if created > T0 else 0
            days = active_days(rng, rng.uniform(0.45, 0.85), 0.9, first=start)
            done = 0
            while done < n_ev:
                d = days[rng.randrange(len(days))]
                t = time_on_day(rng, d, tz, profile)
                ip = exit_ip(rng, country)
                for k in range(min(rng.randint(3, 9), n_ev - done)):
                    r = rng.random()
                    if r < 0.5:
                        p = casual(rng, fill(rng, pick(rng, HYDRA_REASON)), level)
                        o, th = out_tokens(rng, 1900, 0.5), (out_tokens(rng, 4000) if rng.random() < 0.6 else None)
                    elif r < 0.85:
                        p = casual(rng, fill(rng, pick(rng, HYDRA_CODE)), level)
                        o, th = out_tokens(rng, 1700, 0.5), (out_tokens(rng, 2000) if rng.random() < 0.4 else None)
                    else:
                        p = casual(rng, "explain %s properly, I want the why not just the what" %
                                   pick(rng, T.CONCEPTS + T.GRADE_TOPICS), level)
                        o, th = out_tokens(rng, 1500, 0.5), None
                    turns = 1
                    if rng.random() < 0.12:
                        p = pick(rng, HYDRA_FOLLOW)
                        turns = 3
                        o = out_tokens(rng, 600, 0.5)
                    model = _pivot_model(rng, t, pivot, 0.5)
                    sink.emit(aid, t, ip, cl, model, p, key=key, turns=turns, max_tokens=pick(rng, [8192, 16000]),
                              out_tok=o, think=th, ctx_tok=(2500 if turns > 1 else 0))
                    done += 1
                    t += int(rng.uniform(45, 240) * 1000) + o * 8
    ctx.flush(sink, g)


# --------------------------------------------------------------------------
# A4: education/research/startup programme abuse, low and slow: hundreds of accounts with free
#     credits, each sending a handful of long grading and data-generation requests spread over the
#     fortnight, billing in nearby countries, VPN and hosting exits with occasional leaks from a
#     restricted country.

PROG_DOMAINS = ["alumni.pcu.edu", "stu.nhu.edu.sg", "mail.kit-kansai.ac.jp", "student.uplanalto.br",
                "campus.riverbend.edu", "my.lakehead-college.ca", "e.ntust-tw.edu.tw", "live.umalaya-int.edu.my",
                "connect.eastmoor.ac.uk", "post.iis-indus.ac.in"]


def gen_programme_low_slow(ctx, n, c):
    g = "programme_low_slow"
    rng, ids = mkrng("grp", g, c), mkrng("ids", g, c)
    sink = ctx.sink("%s|%d" % (g, c))
    W = ctx.world
    pivot = RELEASE + 10 * HOUR
    camp = ctx.campaign("c23-programme-%d" % (c + 1), g, pivot_at=pivot)
    vpns = [k for k in W.vpn_keys if k[1] in ("SG", "JP", "HK", "US")]
    vpns = [vpns[(i + c) % len(vpns)] for i in range(4)]
    hosts4 = [("Kite Hosting", "hk1"), ("Pacific Edge Datacenter", "sg1"), ("Kite Hosting", "hk2"),
              ("Stratus Cloud", "ap-east")]
    hosts = [hosts4[c % 4], hosts4[(c + 1) % 4]]
    cards = [ctx.card(ids) for _ in range(8)]
    doms = PROG_DOMAINS[c * 3 % len(PROG_DOMAINS):] + PROG_DOMAINS[:c * 3 % len(PROG_DOMAINS)]
    for s in range(n):
        ch = rng.choices(["education", "research", "startup"], weights=[65, 20, 15])[0]
        if ch == "education":
            domain = pick(rng, doms[:7])
            local = pick(rng, ["%s%d" % (pick(rng, LAST), rng.randint(1000, 9999)), "%s.%s" % (pick(rng, FIRST), pick(rng, LAST)),
                               "%s%d" % (pick(rng, FIRST), rng.randint(10, 99))])
        else:
            domain = pick(rng, ["gmail.com", "outlook.com", "proton.me", "hotmail.com"])
            local = person_local(rng)
        created = rng.randrange(T0 - 25 * DAY, T0 + 7 * DAY)
        pay = pick(rng, cards) if rng.random() < 0.4 else None
        country = rng.choices(["SG", "HK", "MY", "TW", "US"], weights=[30, 25, 20, 15, 10])[0]
        aid = ctx.account(ids, g, LABEL, False, camp["campaign"], created, domain=domain, local=local, pay=pay,
                          country=country if (pay or rng.random() < 0.6) else None, channel=ch, verified=False)
        _add_member(ctx, camp, aid)
        key = ctx.keys(ids)[0]
        x = rng.random()
        if x < 0.5:
            cl = sdk("python", pick(rng, PY_SDK), rng.randrange(4))
        elif x < 0.7:
            cl = sdk("node", pick(rng, NODE_SDK), rng.randrange(2))
        else:
            cl = browser_at(pick(rng, ["chrome_win", "chrome_mac"]), T0, 0)
        n_ev = rng.randint(4, 22)
        start = max(0, (created - T0) // DAY + 1) if created > T0 else 0
        for j in range(n_ev):
            d = rng.randrange(start, NDAYS)
            t = time_on_day(rng, d, 8, pick(rng, ["office", "office", "late"]))
            y = rng.random()
            if y < 0.55:
                ip = W.vpn_addr(rng, pick(rng, vpns))
            elif y < 0.8:
                ip = W.hosting_addr(rng, pick(rng, hosts))
            elif y < 0.92:
                ip = addr_in(rng, pick(rng, W.unlisted["US"] + W.unlisted["ID"]))
            else:
                ip = addr_in(rng, pick(rng, W.cn_isp + W.cn_mobile))
            r = rng.random()
            if r < 0.45:
                p = fill(rng, pick(rng, PROG_GRADE))
                o = out_tokens(rng, 1100, 0.4)
            elif r < 0.85:
                p = fill(rng, pick(rng, PROG_DATA))
                o = out_tokens(rng, 4800, 0.4)
            else:
                p = fill(rng, pick(rng, PROG_REASON))
                o = out_tokens(rng, 2400, 0.4)
            model = _pivot_model(rng, t, pivot, 0.5)
            sink.emit(aid, t, ip, cl, model, p, key=key, max_tokens=pick(rng, [8192, 16000, 32000]), out_tok=o,
                      think=out_tokens(rng, 2500) if (r >= 0.85 and rng.random() < 0.7) else None)
    ctx.flush(sink, g)


# --------------------------------------------------------------------------
# A5: one operation split into many small teams that each look like an independent startup (own
#     org, domain, card, hosting block, client build, tool names, system prompt), all driven by
#     one scheduler: the same shift times, the same agent-transcript harvesting, a joint pivot.

def gen_split_teams(ctx, n_teams, per_team, c):
    g = "split_teams"
    rng, ids = mkrng("grp", g, c), mkrng("ids", g, c)
    sink = ctx.sink("%s|%d" % (g, c))
    W = ctx.world
    shift_off = c * 40 * MIN + rng.randrange(20 * MIN)
    shifts = [1 * HOUR + shift_off, 9 * HOUR + shift_off, 17 * HOUR + shift_off]
    pivot_shift = None
    for d in range(NDAYS):
        for sh in shifts:
            if pivot_shift is None and T0 + d * DAY + sh >= RELEASE + 6 * HOUR:
                pivot_shift = T0 + d * DAY + sh
    camp = ctx.campaign("c23-teams-%d" % (c + 1), g, pivot_at=pivot_shift)
    builds = [sdk("python", "0.46.1", 0), sdk("python", "0.48.1", 1), sdk("python", "0.49.0", 2),
              sdk("node", "0.31.0", 0), sdk("node", "0.33.0", 1), sdk("go", "0.9.3"), sdk("go", "0.9.1"),
              sdk("openai_py", "1.59.7", 1), sdk("litellm", None, 3), sdk("requests", None, 0), sdk("java", "0.6.0")]
    teams = []
    for k in range(n_teams):
        co = company_name(rng)
        org = "org_" + slug(co)[:10] + "%d%d" % (c, k)
        domain = slug(co) + pick(rng, [".ai", ".io", ".dev", ".app"])
        pay = ctx.card(ids)
        country = pick(rng, ["US", "US", "GB", "SG", "CA", "DE", "NL"])
        region = pick(rng, W.hosting_keys)
        block = W.net.sub(W.hosting[region][0], 28, listed=False)
        ips = [addr_in(rng, block) for _ in range(rng.randint(1, 3))]
        build = builds[(k * 7 + c) % len(builds)]
        tools = [pick(rng, syn) for syn in TOOL_SYNONYMS[:rng.randint(3, 6)]]
        sysp = pick(rng, TEAM_SYS).format(co=co)
        phr = rng.sample(TEAM_TASK, 3)
        founded = rng.randrange(T0 - 45 * DAY, T0 - 4 * DAY)
        verified = rng.random() < 0.5
        members = []
        for s in range(per_team):
            created = founded + rng.randrange(3 * HOUR)
            local = "%s.%s" % (pick(rng, FIRST), pick(rng, LAST)) if s else pick(rng, ["founders", "hello", "admin", "team"])
            aid = ctx.account(ids, g, LABEL, False, camp["campaign"], created, domain=domain, local=local, pay=pay,
                              country=country, channel="startup", verified=verified, org=org)
            _add_member(ctx, camp, aid)
            members.append((aid, ctx.keys(ids)[0]))
        obs = rng.choice(["react", "react", "json", None])
        teams.append((members, ips, build, tools, sysp, phr, rng.randrange(4 * MIN), obs))
    for d in range(NDAYS):
        for sh in shifts:
            base_t = T0 + d * DAY + sh
            for members, ips, build, tools, sysp, phr, jit, obs in teams:
                if rng.random() > 0.7:
                    continue
                for w in rng.sample(range(len(members)), 2):
                    aid, key = members[w]
                    for ss in range(rng.randint(1, 2)):
                        t = base_t + jit + rng.randrange(int(3.3 * HOUR))
                        model = MODEL_NEW if (pivot_shift and t >= pivot_shift and rng.random() < 0.5) else MODEL_OLD
                        task = pick(rng, phr).format(task=T.agent_task(rng))
                        agent_run(sink, rng, aid, key, t, ips[rng.randrange(len(ips))], build, model, task, tools,
                                  rng.randint(4, 12), system=sysp, mt=pick(rng, [8192, 16000]), think_p=0.6,
                                  step_gap=(2, 15), result_med=1500, obs=obs)
    ctx.flush(sink, g)


# --------------------------------------------------------------------------
# A6: a commercial proxy service ("hydra"): waves of throwaway accounts, cards shared by batches,
#     requests spread at random over the pool from gateway addresses in hosting ranges; most of
#     the traffic is the service's ordinary customers, a minority is a lab's harvesting.

def gen_proxy_hydra(ctx, n, c):
    g = "proxy_hydra"
    rng, ids = mkrng("grp", g, c), mkrng("ids", g, c)
    sink = ctx.sink("%s|%d" % (g, c))
    W = ctx.world
    pivot = RELEASE + 5 * HOUR + rng.randrange(3 * HOUR)
    camp = ctx.campaign("c23-proxyhydra-%d" % (c + 1), g, pivot_at=pivot)
    regions = [("Kite Hosting", "hk1"), ("Kite Hosting", "hk2"), ("Pacific Edge Datacenter", "sg1"),
               ("Stratus Cloud", "ap-northeast"), ("Ferrocloud VPS", "hil"), ("Lumen Harbor Hosting", "osa")]
    gws = []
    for i in range(24):
        reg = regions[(i + c) % len(regions)]
        gws.append(W.hosting_addr(rng, reg))
    gw_ua = sdk("openai_py", "1.54.3", 2)
    passthrough = [sdk("python", pick(rng, PY_SDK), rng.randrange(4)), sdk("node", pick(rng, NODE_SDK), 1),
                   browser("chrome_win", 133), sdk("requests", None, 1)]
    cards = [ctx.card(ids) for _ in range(10)]
    accts = []
    waves = [T0 - (30 - c) * DAY, T0 - (21 - c) * DAY, T0 - (12 - c) * DAY, T0 - (4 - c) * DAY]
    for s in range(n):
        wv = waves[s * len(waves) // n]
        created = wv + rng.randrange(20 * MIN)
        dom = pick(rng, ["outlook.com", "hotmail.com", "gmail.com", "proton.me"])
        letters = "".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(rng.choice([5, 6, 6, 7])))
        local = letters + "%d" % rng.randint(1000, 99999)
        aid = ctx.account(ids, g, LABEL, False, camp["campaign"], created, domain=dom, local=local,
                          pay=pick(rng, cards), country=pick(rng, ["US", "SG", "HK", "JP", "MY", "GB"]),
                          verified=False)
        _add_member(ctx, camp, aid)
        accts.append((aid, ctx.keys(ids)[0]))
    total = lognorm_int(rng, 80 * n, 0.05)
    done = 0
    while done < total:
        d = rng.randrange(NDAYS)
        t = time_on_day(rng, d, 8, "app") if rng.random() < 0.75 else T0 + d * DAY + rng.randrange(DAY)
        aid, key = accts[rng.randrange(len(accts))]
        ip = gws[rng.randrange(len(gws))]
        cl = gw_ua if rng.random() < 0.7 else pick(rng, passthrough)
        if rng.random() < 0.22:
            r = rng.random()
            if r < 0.5:
                p = fill(rng, pick(rng, HARVEST_ZH if rng.random() < 0.5 else HARVEST_EN))
                o, th, mt = out_tokens(rng, 2600, 0.5), (out_tokens(rng, 4500) if rng.random() < 0.7 else None), 32000
            elif r < 0.8:
                p = fill(rng, pick(rng, HARVEST_CODE))
                o, th, mt = out_tokens(rng, 2200, 0.5), None, 16000
            else:
                p = fill(rng, pick(rng, HARVEST_DATA))
                o, th, mt = out_tokens(rng, 5000, 0.4), None, 32000
            model = _pivot_model(rng, t, pivot, 0.6)
            sink.emit(aid, t, ip, cl, model, p, key=key, max_tokens=mt, out_tok=o, think=th)
            done += 1
        else:
            # the service's ordinary customers (conversations stay on one account)
            x = rng.random()
            if x < 0.35:
                cap, p, o, img = "chat", T.foreign_chat(rng, "zh"), 400, False
            elif x < 0.7:
                cap, p, o, img = P.consumer_first(rng, "en")
            else:
                cap, p, o = P.dev_first(rng)
                img = False
            model = MODEL_NEW if (t >= RELEASE and rng.random() < 0.3 * min(1.0, (t - RELEASE) / (3 * DAY))) else MODEL_OLD
            nf = geo_follow(rng, 0.4)
            convo(sink, rng, aid, key, t, lambda _t, ip=ip: ip, lambda _t, cl=cl: cl, model, p, o, nf,
                  lambda r, cap=cap: T.followup_cap(r, cap),
                  mt=pick(rng, [4096, 8192]), image=img)
            done += 1 + nf
    ctx.flush(sink, g)


# --------------------------------------------------------------------------
# A7: a sign-up-wave swarm on VPN and hosting exits that rotates client builds per session,
#     moves half its traffic to the new model overnight after the release, is cut off two days
#     later and comes back as a successor on fresh accounts, cards and domains.

SWARM_DOMAINS = [("mailbox-ux.xyz", "qmail-hub.top"), ("inboxly.click", "postnest.icu"), ("fastmsg.cyou", "zmail.buzz"),
                 ("mailrun.sbs", "letterbox.quest"), ("ppmail.lol", "snapinbox.top"), ("boxhq.rest", "mailo.monster")]


def _swarm_accounts(ctx, rng, ids, g, camp, n, waves, domains, cards):
    out = []
    for s in range(n):
        created = waves[s * len(waves) // n] + rng.randrange(30 * MIN)
        local = "".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(rng.randint(5, 8))) + "%02d" % rng.randrange(100)
        aid = ctx.account(ids, g, LABEL, False, camp["campaign"], created, domain=pick(rng, domains), local=local,
                          pay=pick(rng, cards), country=pick(rng, ["US", "SG", "US", "GB"]), verified=False)
        _add_member(ctx, camp, aid)
        out.append((aid, ctx.keys(ids)[0]))
    return out


def _swarm_traffic(ctx, sink, rng, W, accts, t_from, t_to, per_acct, pivot, share, exits, builds):
    for aid, key in accts:
        n_ev = lognorm_int(rng, per_acct, 0.3, 10, 400)
        done = 0
        while done < n_ev:
            t = rng.randrange(t_from, t_to)
            cl = pick(rng, builds)
            for k in range(min(rng.randint(2, 6), n_ev - done)):
                ip = exits(rng)
                r = rng.random()
                if r < 0.45:
                    p = fill(rng, pick(rng, SWARM_REASON))
                elif r < 0.7:
                    p = fill(rng, pick(rng, SWARM_ZH))
                else:
                    p = fill(rng, pick(rng, SWARM_CODE))
                o = out_tokens(rng, 2300, 0.5)
                model = _pivot_model(rng, t, pivot, share)
                sink.emit(aid, t, ip, cl, model, p, key=key, max_tokens=pick(rng, [16000, 32000, 64000]), out_tok=o,
                          think=out_tokens(rng, 5000) if rng.random() < 0.75 else None)
                done += 1
                t += rng.randrange(20 * 1000, 200 * 1000)


def gen_pivot_swarm(ctx, n_a, n_b, c):
    g = "pivot_swarm"
    rng, ids = mkrng("grp", g, c), mkrng("ids", g, c)
    sink = ctx.sink("%s|%d" % (g, c))
    W = ctx.world
    pivot = RELEASE + 10 * HOUR + rng.randrange(6 * HOUR)
    cut = RELEASE + 40 * HOUR + rng.randrange(6 * HOUR)
    camp_a = ctx.campaign("c23-swarm-%d" % (c + 1), g, pivot_at=pivot)
    camp_b = ctx.campaign("c23-swarm-%db" % (c + 1), g, successor_of=camp_a["campaign"], pivot_at=None)
    vp = [k for k in W.vpn_keys]
    hosts = [("Ferrocloud VPS", "nbg"), ("Nimbus Compute", "ams"), ("Ferrocloud VPS", "hel"), ("Nimbus Compute", "sgp"),
             ("Stratus Cloud", "eu-central"), ("Bluefjord Hosting", "osl")]
    builds = [sdk("python", v, i) for i, v in enumerate(PY_SDK)] + [sdk("node", v, i) for i, v in enumerate(NODE_SDK[:3])] + \
             [sdk("openai_py", "1.6%d.0" % i, i) for i in range(3)] + [sdk("requests", None, 2)]
    # A: two sign-up waves ten days before the window
    w0 = T0 - (10 + c) * DAY + rng.randrange(DAY)
    a = _swarm_accounts(ctx, rng, ids, g, camp_a, n_a, [w0, w0 + DAY + rng.randrange(3 * HOUR)],
                        SWARM_DOMAINS[(2 * c) % 6], [ctx.card(ids) for _ in range(5)])
    vpn_a = [vp[(i + 2 * c) % len(vp)] for i in range(5)]
    host_a = [hosts[(i + c) % len(hosts)] for i in range(2)]

    def exits_a(r):
        return W.vpn_addr(r, pick(r, vpn_a)) if r.random() < 0.7 else W.hosting_addr(r, pick(r, host_a))

    _swarm_traffic(ctx, sink, rng, W, a, T0, cut, 75, pivot, 0.55, exits_a, builds)
    # B: the successor, fresh accounts/cards/domains/exits, starts a few hours after the cut-off
    wb = cut - 10 * HOUR + rng.randrange(4 * HOUR)
    b = _swarm_accounts(ctx, rng, ids, g, camp_b, n_b, [wb, wb + 5 * HOUR], SWARM_DOMAINS[(2 * c + 1) % 6],
                        [ctx.card(ids) for _ in range(4)])
    vpn_b = [vp[(i + 2 * c + 5) % len(vp)] for i in range(4)]
    host_b = [hosts[(i + c + 3) % len(hosts)] for i in range(2)]

    def exits_b(r):
        return W.vpn_addr(r, pick(r, vpn_b)) if r.random() < 0.6 else W.hosting_addr(r, pick(r, host_b))

    _swarm_traffic(ctx, sink, rng, W, b, cut + 4 * HOUR, T1, 60, cut, 0.7, exits_b, builds)
    ctx.flush(sink, g)
