"""The five campaigns (label attack). Each hides on some structural dimensions and leaks on others; no two leak
in the same way."""
import clients
import net as NET
import people as P
import t_base as T
import t_special as S
from common import (DAY, HOUR, MIN, SEC, W0, W1, NDAYS, RELEASE, NEW_MODEL, MONTH_RESET, wchoice, lognorm_int,
                    poisson, tok, weekday, humanize, expand, ms)


def _acct(w, r, created, campaign, **kw):
    return w.account(r, created, label="attack", campaign=campaign, **kw)


def fill(r, tmpl, **parts):
    """Expand a wrapper's own alternatives, then insert the content parts verbatim (content may hold braces)."""
    for k in parts:
        tmpl = tmpl.replace("{%s}" % k, "@@%s@@" % k.upper())
    s = expand(r, tmpl, S.V)
    for k, v in parts.items():
        s = s.replace("@@%s@@" % k.upper(), v)
    return s


# =========================================================================================== rotor
ROTOR_CODE = [
    "{task}\n\nWrite a complete solution in {lang}. Explain the key idea first, then the code, then the complexity.",
    "Problem:\n{task}\n\nRequirements: {lang}, fast I/O, no external libraries. Include a short correctness argument.",
    "Solve in {lang}: {task}",
    "{task}\n\nI need an accepted solution in {lang} and an explanation of why the approach is correct.",
    "Editorial-style write-up for the following problem, with a reference implementation in {lang}:\n\n{task}",
    "Can you help with this one? {task} My idea was «a segment tree|binary search on the answer|two pointers|a BFS|bitmask DP» but it TLEs. What's the intended solution? Code in {lang} please.",
    "{task}\n\nGive two approaches (a brute force and the optimal one), prove the optimal one, and implement it in {lang}.",
    "Here is a task from a contest I'm practising. {task} Please reason about edge cases carefully before writing {lang} code.",
]
ROTOR_SNIPPET = [
    "{task}\n\n```\n{code}```\nKeep the behaviour identical and explain every change.",
    "{task}. Target language: {lang}.\n\n{code}",
    "{task} (explain the root cause of each issue, then give the corrected version)\n\n{code}",
]
ROTOR_REASON = [
    "{item}\n\nGive a rigorous solution.",
    "{item} Justify every step; no hand-waving.",
    "Prove your answer: {item}",
    "{item}\n\nPresent the solution as you would in an editorial: key observation, derivation, final result.",
    "{item}",
]
ROTOR_FOLLOW = ["Now optimise it to O(n log n) and explain what changed.", "Rewrite the solution in {lang}.",
                "What happens if the constraints grow to n = 10^7? Adapt the solution.",
                "Add a randomized stress test against a brute force.", "Can you prove the greedy choice is safe?",
                "Same problem but queries arrive online. Update the approach."]


def ipv6_rotor(w):
    """'rotor': coding and proof harvest through ~50 ordinary-looking developer accounts. Every request leaves from a
    fresh random IPv6 address inside the /64 routed to one of six rented servers; when a server's IPv6 flaps, its
    accounts fall back to the server's single IPv4 address."""
    w.begin("ipv6_rotor")
    r = w.rng("rotor")
    w.campaign("rotor", "ipv6_rotor")
    hosts = ["hetzner", "hetzner", "hetzner_fi", "ovh", "vultr", "frantech6"]
    v4_of = {"frantech6": "frantech"}
    servers = []
    for i in range(w.n(6)):
        hk = hosts[i % len(hosts)]
        p64 = w.net.rand6(r, hk, 64)
        v4 = w.net.rand4(r, v4_of.get(hk, hk))
        flaps = []
        for _ in range(r.randint(2, 5)):
            s = W0 + r.randint(0, 14 * DAY)
            flaps.append((s, s + int(r.uniform(10, 90) * MIN)))
        servers.append((p64, v4, sorted(flaps)))
    cl = ("orrery-go/0.9.2", clients.STACKS["go122"])
    n = w.n(50)
    for j in range(n):
        cc = wchoice(r, [("US", 35), ("CA", 10), ("GB", 12), ("DE", 10), ("AU", 8), ("SG", 8), ("NL", 7), ("IE", 5),
                         ("IN", 5)])
        dom, loc = P.email(r, cc)
        a = _acct(w, r, P.created_before(r, W0, 20, 150), "rotor", country=cc, email_domain=dom, local=loc,
                  pf=w.pf(r), verified=r.random() < 0.1)
        p64, v4, flaps = servers[j % len(servers)]

        def ipf(rr, tt, p64=p64, v4=v4, flaps=flaps):
            for s, e in flaps:
                if s <= tt < e:
                    return v4
            if rr.random() < 0.008:
                return v4
            return NET.a6(p64 | rr.getrandbits(64))
        lang = r.choice(S.V["cplang"])
        per_day = r.uniform(20, 32)
        late_adopt = RELEASE + int(r.uniform(60, 110) * HOUR)
        t = W0 + r.randint(0, 16 * HOUR)
        while t < W1:
            # a lease: the scheduler hands the account to a worker for 20-60 minutes, then parks it for hours
            lease_end = t + int(r.uniform(0.33, 1.0) * HOUR)
            while t < lease_end and t < W1:
                m = "orrery-3.5" if not (t > late_adopt and r.random() < 0.25) else NEW_MODEL
                if r.random() < 0.64:
                    task, code = S.code_item(r)
                    tmpl = r.choice(ROTOR_SNIPPET) if code else r.choice(ROTOR_CODE)
                    prompt = expand(r, tmpl.replace("{task}", "@@T@@").replace("{code}", "@@C@@")
                                    .replace("{lang}", "@@L@@"), S.V)
                    prompt = (prompt.replace("@@T@@", task).replace("@@C@@", code)
                              .replace("@@L@@", lang if r.random() < 0.7 else r.choice(S.V["cplang"])))
                else:
                    prompt = r.choice(ROTOR_REASON).replace("{item}", S.reasoning_item(r))
                th = r.randint(1000, 8000) if r.random() < 0.8 else 0
                o = P.out_tokens(r, 2000, 0.45) + th
                pin = tok(prompt) + 6
                w.emit(a, t, ipf(r, t), cl, m, prompt, pin, o, turns=1, max_tokens=32000, think=th)
                if r.random() < 0.18:
                    t += int(r.uniform(5, 40) * SEC)
                    fu = r.choice(ROTOR_FOLLOW).replace("{lang}", r.choice(S.V["cplang"]))
                    th2 = r.randint(800, 6000)
                    w.emit(a, t, ipf(r, t), cl, m, fu, pin + o - th + tok(fu), P.out_tokens(r, 2000, 0.4) + th2,
                           turns=3, max_tokens=32000, think=th2)
                t += int(r.uniform(70, 200) * SEC)
            t += int(r.uniform(12, 30) * HOUR / per_day * 25)
    w.end()


# =========================================================================================== modemfarm
MF_REASON = [
    "{item}",
    "Could you work through this carefully? {item}",
    "{item} Please show all your working, I want to understand the method, not just the answer.",
    "i'm revising and got stuck: {item}",
    "Hi! Quick one (not so quick maybe): {item}",
    "{item}\nPlease check your answer at the end by a different method.",
    "Explain how to approach this kind of problem, then solve it: {item}",
]
MF_SAFE = [
    "Someone asked me \"{q}\". What would a responsible, genuinely helpful answer look like?",
    "A user typed: \"{q}\". Rewrite the request into the safest legitimate version and then answer that version.",
    "How should an assistant respond to: {q}? Write the response itself, not a description.",
    "My friend asked {q} - I think she's not okay. how do I answer her in a helpful way",
    "Give me the version of this question that a careful assistant would actually answer, plus the answer: {q}",
    "Write two replies to \"{q}\": one that refuses badly and one that helps safely. Explain the difference.",
]


def lte_modem_rack(w):
    """'modemfarm': chain-of-thought and safe-rewrite harvest through a rack of LTE modems sold as a US mobile proxy.
    The modems re-attach on a shared 10-minute schedule, so two or three accounts per modem travel together across
    hundreds of carrier-grade NAT addresses that ordinary phone users also get."""
    w.begin("lte_modem_rack")
    r = w.rng("modem")
    w.campaign("modemfarm", "lte_modem_rack")
    modems = []
    for i in range(w.n(22)):
        carrier = "tmobile" if i % 3 != 2 else "attmob"
        modems.append((carrier, w.rng("modem-ip", i), r.randint(2, 40) * SEC))
    rot_cache = {}

    def modem_ip(mi, t):
        carrier, rr, jitter = modems[mi]
        slot = (t - W0 - jitter) // (10 * MIN)
        k = (mi, slot)
        if k not in rot_cache:
            rot_cache[k] = w.net.cgnat(rr, carrier)
        return rot_cache[k]
    slips = [w.net.rand4(r, "unicom") for _ in range(2)]
    cl = ("orrery-python/1.8.2", clients.STACKS["py312-openssl3"])
    batches = sorted(W0 - int(r.uniform(5, 12) * 7) * DAY for _ in range(7))
    batches = [b - (b - W0) % (7 * DAY) + DAY + 2 * HOUR for b in batches]     # Tuesdays 02:00 UTC
    n = w.n(64)
    per_modem = [[] for _ in modems]
    for j in range(n):
        mi = j % len(modems)
        cc = wchoice(r, [("US", 85), ("HK", 8), ("SG", 7)])
        dom = wchoice(r, [("gmail.com", 70), ("outlook.com", 30)])
        bt = batches[j % len(batches)]
        a = _acct(w, r, bt + r.randint(0, 90 * MIN), "modemfarm", country=cc, email_domain=dom,
                  local=P.local_part(r, r.choice(["f.l99", "fl99", "fl9999"])), pf=w.pf(r))
        per_modem[mi].append((a, r.uniform(0.7, 0.95), j))

    def conversation(acc, t, mi, d):
        a, think_p, _ = acc
        ctx = 0
        turns = 1 if r.random() < 0.5 else r.randint(2, 7)
        kind = wchoice(r, [("reason", 50), ("safe", 30), ("cover", 20)])
        for k in range(turns):
            if kind == "reason":
                prompt = (r.choice(MF_REASON).replace("{item}", S.reasoning_item(r)) if k == 0 else
                          r.choice(["why does that step work?", "can you do it another way?",
                                    "ok and what if the numbers were different, e.g. " + S.reasoning_item(r),
                                    "I don't get the second step", "thanks. next one: " + S.reasoning_item(r)]))
                th = r.randint(2500, 14000) if r.random() < think_p else 0
                o = P.out_tokens(r, 1400, 0.45) + th
                mt = 16000
            elif kind == "safe":
                prompt = (r.choice(MF_SAFE).replace("{q}", S.sensitive(r)) if k == 0 else
                          r.choice(["what if they insist?", "make it warmer", "shorter version?",
                                    "and if it's for a school project?"]))
                th = r.randint(800, 3000) if r.random() < 0.5 else 0
                o = P.out_tokens(r, 520, 0.4) + th
                mt = 8000
            else:
                prompt = T.everyday(r)[0] if k == 0 else T.followup(r)
                th, o, mt = 0, P.out_tokens(r, 300, 0.5), 4096
            pin = ctx + tok(prompt) + 10
            ip = modem_ip(mi, t)
            if d < 4 and r.random() < 0.004:
                ip = r.choice(slips)      # the proxy client falls back to the operator's own line
            w.emit(a, t, ip, cl, "orrery-3.5", humanize(r, prompt, 0.3), pin, o, turns=2 * k + 1,
                   max_tokens=mt, think=th)
            ctx = pin + o - th
            t += int(r.uniform(30, 150) * SEC) + int((o - th) * r.uniform(0.02, 0.05) * SEC)
        return t

    for mi, accs in enumerate(per_modem):
        if not accs:
            continue
        for d in range(NDAYS):
            if weekday(d) == 6 and r.random() < 0.7:
                continue
            # the operator's shift: 09:00-23:30 Beijing time; the worker bound to this modem's port runs a few
            # sessions and cycles through its accounts
            for _ in range(poisson(r, 1.2)):
                t = W0 + d * DAY + int(r.uniform(1.0, 14.8) * HOUR)
                end = t + int(r.uniform(25, 60) * MIN)
                nxt = {x[2]: t + r.randint(0, 240) * SEC for x in accs}
                while True:
                    acc = min(accs, key=lambda x: (nxt[x[2]], x[2]))
                    if nxt[acc[2]] >= end:
                        break
                    nxt[acc[2]] = conversation(acc, nxt[acc[2]], mi, d) + int(r.uniform(1, 5) * MIN)
    w.end()


# =========================================================================================== guilds
G_RUBRIC = [
    "Rubric ({crits}; each scored {scale}):\n\nQuestion:\n{q}\n\nCandidate answer ({len}):\n{cand}\n\nScore each criterion, justify briefly, then give an overall score.",
    "You are grading submissions for a {domain} benchmark.\nCriteria: {crits}.\nScale: {scale}.\n\n### Task\n{q}\n\n### Response\n{cand}\n\nReturn JSON with per-criterion scores and a rationale.",
    "Evaluate the response below against the reference criteria ({crits}). Be strict about errors in reasoning.\n\nPROMPT: {q}\nRESPONSE: {cand}\n\nFormat: criterion: score ({scale}) - reason",
    "Two responses to the same prompt follow. Compare them on {crits} and say which is better and why.\n\nPrompt: {q}\n\nResponse A: {cand}\n\nResponse B: {cand2}",
    "Assess this {len} answer. Identify every mistake, then score it {scale} on {crits}.\n\n{q}\n---\n{cand}",
]
R_WRAP = [
    "{item}",
    "Solve: {item}",
    "{item}\n\nWalk through the solution so a strong high-school student could follow it.",
    "Tutor mode. {item}",
    "{item} Explain the reasoning behind each step and point out the common mistake students make here.",
    "Worked solution needed:\n{item}",
]


def capability_guilds(w):
    """'guilds': one operator, three specialised pools. Graders pose as two evaluation start-ups, coders as cloud
    developers, reasoners as individual tutoring users. Each pool alone resembles a customer type; the pools are tied
    together only pairwise, each pair by a different kind of evidence (cards, NAT addresses, mailbox domain)."""
    w.begin("capability_guilds")
    r = w.rng("guilds")
    w.campaign("guilds", "capability_guilds")
    fronts = [("rubricly.ai", "SG", w.org_id(r), w.pf(r)), ("scorecast.dev", "GB", w.org_id(r), w.pf(r))]
    if w.k > 1:
        fronts.append(("gradient-qa.com", "SG", w.org_id(r), w.pf(r)))
    g_ips = {f[0]: [w.net.cloud_ip(r, "aws_use1") for _ in range(2)] for f in fronts}
    shared_nat = [w.net.cloud_ip(r, "aws_usw2") for _ in range(4)]
    onboarding = sorted(W0 - int(r.uniform(25, 80)) * DAY + r.randint(0, DAY) for _ in range(4))
    # ---- graders
    gcl = clients.make(r, "py-async")
    for f_dom, f_cc, f_org, f_pf in fronts:
        for j in range(r.randint(6, 9)):
            on = r.choice(onboarding)
            a = _acct(w, r, on + r.randint(0, 40 * MIN), "guilds", country=f_cc, org=f_org, email_domain=f_dom,
                      local=P.local_part(r, "f.l"), pf=f_pf, channel="startup")
            move = RELEASE + int(r.uniform(26, 40) * HOUR)
            t = W0 + r.randint(0, DAY)
            while t < W1:
                size = lognorm_int(r, 35, 0.5, lo=10, hi=200)
                domain = r.choice(["math", "coding", "science QA", "writing", "safety", "reasoning"])
                for k in range(size):
                    crits, q, cand, ln = S.grading_item(r)
                    tmpl = r.choice(G_RUBRIC)
                    prompt = (tmpl.replace("{crits}", ", ".join(crits)).replace("{scale}", r.choice(S.V["scale"]))
                              .replace("{q}", q).replace("{cand}", cand).replace("{len}", ln).replace("{domain}", domain)
                              .replace("{cand2}", S.grading_item(r)[2]))
                    m = NEW_MODEL if t >= move and r.random() < 0.55 else "orrery-3.5"
                    th = r.randint(300, 2500) if r.random() < 0.4 else 0
                    w.emit(a, t, r.choice(g_ips[f_dom]), gcl, m, prompt, tok(prompt) + 40, P.out_tokens(r, 380, 0.4) + th,
                           system="You are an expert evaluator. Follow the rubric exactly.", max_tokens=2048, think=th)
                    t += int(r.uniform(1.5, 9) * SEC)
                t += int(r.uniform(18, 40) * HOUR)
    # ---- coders (cards of the two 'start-ups')
    ccl = clients.make(r, "cli")
    for j in range(w.n(30)):
        cc = wchoice(r, [("US", 40), ("GB", 15), ("SG", 20), ("CA", 10), ("AU", 8), ("DE", 7)])
        if r.random() < 0.3:
            dom = P.local_part(r, "fl").replace("_", "") + r.choice([".dev", ".io"])
            loc = r.choice(["hi", "me", "hello"])
        else:
            dom, loc = P.email(r, cc)
        x = r.random()
        pf = fronts[0][3] if x < 0.4 else fronts[1][3] if x < 0.7 else w.pf(r)
        a = _acct(w, r, W0 - int(r.uniform(20, 120) * DAY), "guilds", country=cc, email_domain=dom, local=loc, pf=pf)
        for d in range(NDAYS):
            if r.random() < 0.15:
                continue
            for _ in range(r.randint(1, 3)):
                t = W0 + d * DAY + int(r.uniform(6, 22) * HOUR)
                nat = r.choice(shared_nat)
                if r.random() < 0.5:
                    tools, task = S.agent_scenario(r)
                else:
                    tools = r.choice(T.AGENT_TOOLS)
                    task = S.code_item(r)[0] + r.choice(["", ". Put the code under src/ and add tests.",
                                                         ". Work in the repo in the current directory."])
                P.agent_loop(w, r, a, t, task, tools, lognorm_int(r, 9, 0.4, lo=4, hi=30),
                             lambda rr, tt, nat=nat: nat, ccl, "orrery-3.5", think=(400, 4000), max_tokens=32000,
                             tool_wait=(0.5, 12), human_p=0.0,
                             sys_prompt="You are an interactive CLI coding agent. Use the tools to inspect and change the user's repository. Be concise.")
    # ---- reasoners (mailboxes on the start-ups' domains, created by the same onboarding script)
    rcl = clients.make(r, "ts")
    for j in range(w.n(28)):
        on = r.choice(onboarding)
        if r.random() < 0.45:
            f_dom = r.choice(fronts)[0]
            dom, loc = f_dom, r.choice(["ops", "qa", "eval", "test", "acct"]) + str(r.randint(1, 60)).zfill(2)
        else:
            dom, loc = "proton.me", P.local_part(r, "f.l")
        a = _acct(w, r, on + r.randint(0, 50 * MIN), "guilds", country=wchoice(r, [("US", 50), ("SG", 25), ("GB", 25)]),
                  email_domain=dom, local=loc, pf=w.pf(r))
        for d in range(NDAYS):
            for _ in range(poisson(r, 12)):
                t = W0 + d * DAY + r.randint(0, DAY - 1)
                prompt = r.choice(R_WRAP).replace("{item}", S.reasoning_item(r) if r.random() < 0.8 else T.student(r)[0])
                th = r.randint(2000, 16000) if r.random() < 0.9 else 0
                w.emit(a, t, r.choice(shared_nat), rcl, "orrery-3.5", prompt, tok(prompt) + 5,
                       P.out_tokens(r, 1500, 0.4) + th, turns=1, max_tokens=32000, think=th)
    w.end()


# =========================================================================================== rollover
RO_REASON = [
    "hey can you walk me through this? {item}",
    "I'm studying for my midterm and this one is confusing me: {item}",
    "{item} (please explain each step, our prof wants full working)",
    "Practice question from our problem set: {item}",
    "how would you solve this: {item}",
    "{item}",
    "Can you check my approach? I tried «substitution|induction|a table|drawing a diagram» but got stuck. {item}",
]
RO_CODE = [
    "for my {course} assignment: {task}. can you explain the approach and write it in {lang}?",
    "{task}. I need to implement this in {lang} for class, can you help and explain the complexity?",
    "our lab asks us to {task2} in {lang}. how would you do it?",
    "{task}\n\nPlease explain it like a TA would and then show the code ({lang}).",
]
RO_COURSES = ["data structures", "algorithms", "CS2", "systems programming", "intro programming", "numerical methods"]
RO_TOPICS = ["linear algebra", "organic chemistry", "thermodynamics", "probability", "microeconomics", "graph algorithms",
             "cell biology", "real analysis", "circuits", "statistics", "discrete maths", "electromagnetism"]
RO_DATA = [
    "make me {n} practice problems on {topic} with fully worked solutions, exam difficulty",
    "I'm making flashcards for {topic}. give me {n} question/answer pairs with short explanations",
    "Write {n} multiple choice questions about {topic} with the correct answer and why the others are wrong",
    "generate a mock exam on {topic}: {n} questions, mix of easy and hard, with a marking scheme",
]


def edu_quota_rollover(w):
    """'rollover': bought student identities from ~45 universities, each account burning its monthly education
    allowance. October's leftovers trickle out; at 00:00 UTC on 1 November every allowance resets and every account
    starts again at once, spending to just under the cap before going silent."""
    w.begin("edu_quota_rollover")
    r = w.rng("rollover")
    w.campaign("rollover", "edu_quota_rollover")
    CAP = 1_000_000
    topup_cards = [w.pf(r) for _ in range(2)]
    cl_pool = [clients.make(r, "ts") for _ in range(2)]
    n = w.n(80)
    for j in range(n):
        dom, campus, cc, tz, styles = r.choice(P.UNIS)
        topped = j % 13 == 5
        a = _acct(w, r, ms("2026-08-20T00:00:00Z") + int(r.uniform(0, 55) * DAY), "rollover", country=cc,
                  channel="education", email_domain=dom, local=P.student_local(r, r.choice(styles)),
                  pf=r.choice(topup_cards) if topped else None, verified=True)
        cl = r.choice(cl_pool)
        vcc = cc if cc in NET.VPN_COUNTRIES else r.choice(["US", "NL", "DE", "GB"])
        state = {"exit": None, "until": 0}

        def ipf(rr, tt, vcc=vcc, cc=cc, state=state):
            if tt >= state["until"]:
                if rr.random() < 0.12 and cc in NET.COUNTRY_ISPS:
                    state["exit"] = w.net.rand4(rr, wchoice(rr, NET.COUNTRY_ISPS[cc]))
                else:
                    state["exit"] = w.net.vpn_exit(rr, vcc)
                state["until"] = tt + int(rr.uniform(4, 12) * HOUR)
            return state["exit"]

        def one(t, spent):
            x = r.random()
            lang = r.choice(["Python", "Java", "C++", "C"])
            if x < 0.45:
                prompt = fill(r, r.choice(RO_REASON), item=S.reasoning_item(r))
                o_med = 1500
            elif x < 0.8:
                task, code = S.code_item(r)
                if code:
                    prompt = fill(r, "«my code for the {course} assignment doesn't work, can you find the bugs and explain?|"
                                     "can someone explain what's wrong here? it's for {course}|"
                                     "we have to port this for {course}, can you explain what it does first and then do it?»"
                                     "\n\n{code}", code=code, course=r.choice(RO_COURSES))
                else:
                    prompt = fill(r, r.choice(RO_CODE), task=task, lang=lang, course=r.choice(RO_COURSES),
                                  task2="write a function that " + r.choice(T.V["cstask"]))
                o_med = 1700
            else:
                prompt = fill(r, r.choice(RO_DATA), n=str(r.randint(5, 20)), topic=r.choice(RO_TOPICS))
                o_med = 2600
            th = r.randint(1500, 9000) if r.random() < 0.85 else 0
            o = P.out_tokens(r, o_med, 0.4) + th
            pin = tok(prompt) + 8
            if spent + pin + o > CAP:
                return None
            w.emit(a, t, ipf(r, t), cl, "orrery-3.5", humanize(r, prompt, 0.5), pin, o, turns=1,
                   max_tokens=r.choice([16000, 32000]), think=th)
            return pin + o
        # October leftovers
        if r.random() < 0.35:
            left = int(CAP * r.uniform(0.05, 0.4))
            t = W0 + r.randint(0, 2 * DAY)
            spent = CAP - left
            while t < MONTH_RESET:
                got = one(t, spent)
                if got is None:
                    break
                spent += got
                t += int(r.uniform(0.5, 4.0) * HOUR)
        # November: the allowance resets for everyone at 00:00 UTC
        t = MONTH_RESET + r.randint(20, 35 * 60) * SEC
        spent = 0
        misses = 0
        pace = r.uniform(12, 26) * MIN
        while t < W1:
            got = one(t, spent)
            if got is None:
                misses += 1
                if misses > 3:
                    break
                continue
            spent += got
            t += int(pace * r.uniform(0.5, 1.5))
        # the few accounts with a card keep going, slowly, on paid usage
        if topped:
            while t < W1:
                one(t, 0)
                t += int(r.uniform(1, 5) * HOUR)
    w.end()


# =========================================================================================== ember / ember2
EM_AGENT_SYS = ["You are an autonomous assistant operating tools on the user's behalf. Think before each action. "
                "When the task is complete, summarise what you did.",
                "You can call tools. Plan, act, observe, and iterate until the goal is met. Report the final result.",
                "Agent mode: use the available tools to complete the user's objective. Prefer the fewest steps."]
EM_DATA = [
    "Create {spec}. Output as {fmt} with fields: {fields}.",
    "I'm building an evaluation set. Please write {spec}; format {fmt}; fields {fields}. Make them varied and realistic.",
    "Generate {spec} in {fmt} ({fields}). Avoid duplicates and trivial items.",
    "Need synthetic training data: {spec}. {fmt}, keys: {fields}.",
]


def _resi_exits(w, r, countries, n, label_share):
    """A residential proxy operator's exits: home addresses in ISP space, some of them inside /24s the feed
    already knows as proxy exits."""
    exits = []
    for _ in range(n):
        cc = r.choice(countries)
        isp = wchoice(r, NET.COUNTRY_ISPS[cc])
        b = w.net.block24(r, isp)
        if r.random() < label_share:
            asn, org, _, _, _, _, _ = NET.NETS[isp]
            w.net.add_row("%s/24" % NET.a4(b), asn, org, cc, "residential_proxy")
        exits.append((cc, b))
    return exits


def phoenix_handoff(w):
    """'ember' and its successor 'ember2': agentic, vision and data-generation harvest from one harness. A fraud
    sweep suspends most of ember's accounts on 29 October; within hours a fresh pool signs up with new identities,
    cards and proxies and picks up the same load, and after the release its workers restart one by one onto the new
    model."""
    w.begin("phoenix_handoff")
    r = w.rng("ember")
    w.campaign("ember", "phoenix_handoff")
    cl = ("orrery-python/1.6.0", clients.STACKS["py38-openssl111-custom"])
    MT = 12000
    sweep = ms("2026-10-29T13:40:00Z")

    def work(a, t, ipf, model):
        x = r.random()
        if x < 0.55:
            tools, task = S.agent_scenario(r)
            steps = lognorm_int(r, 6, 0.4, lo=3, hi=18)
            return P.agent_loop(w, r, a, t, task, tools, steps, ipf, cl, model, sys_prompt=r.choice(EM_AGENT_SYS),
                                think=(300, 3000), max_tokens=MT, tool_wait=(0.3, 3.0), human_p=0.0,
                                result_tok=(200, 1800), out_med=260)
        if x < 0.75:
            prompt = S.vision_item(r)
            th = r.randint(500, 4000)
            w.emit(a, t, ipf(r, t), cl, model(t), prompt, tok(prompt) + r.randint(900, 1700),
                   P.out_tokens(r, 900, 0.5) + th, image=True, turns=1, max_tokens=MT, think=th)
            return t + int(r.uniform(20, 60) * SEC)
        spec, fmt, fields = S.data_spec(r)
        prompt = r.choice(EM_DATA).replace("{spec}", spec).replace("{fmt}", fmt).replace("{fields}", fields)
        o = P.out_tokens(r, 4200, 0.4)
        w.emit(a, t, ipf(r, t), cl, model(t), prompt, tok(prompt) + 10, o, turns=1, max_tokens=MT)
        return t + int(r.uniform(30, 90) * SEC)

    def run(a, ipf, start, stop, per_hour, model):
        t = start
        while t < min(stop, W1):
            t = work(a, t, ipf, model)
            t += int(r.expovariate(per_hour / 3600.0) * SEC)

    def sticky(exits, minutes):
        state = {"ip": None, "until": 0}

        def ipf(rr, tt):
            if tt >= state["until"]:
                cc, b = exits[rr.randrange(len(exits))]
                state["ip"] = NET.a4(b + rr.randint(2, 253))
                state["until"] = tt + int(rr.uniform(*minutes) * MIN)
            return state["ip"]
        return ipf

    # ---- ember: single-person 'consultancies', each with its own domain, org and card
    ex1 = _resi_exits(w, r, ["US", "GB", "CA", "AU", "DE"], w.n(160), 0.2)
    old = lambda t: "orrery-3.5"
    for j in range(w.n(40)):
        cc = wchoice(r, [("US", 45), ("GB", 20), ("CA", 12), ("AU", 12), ("DE", 11)])
        dom = r.choice(["bright", "true", "clear", "north", "oak", "river", "stone", "maple", "summit", "cedar",
                        "harbor", "granite", "willow", "beacon"]) + r.choice(
            ["advisory", "consulting", "insights", "partners", "strategy", "data", "analytics", "works"]) + r.choice(
            [".com", ".co", ".net", ".io"])
        a = _acct(w, r, W0 - int(r.uniform(40, 120) * DAY), "ember", country=cc, org=w.org_id(r), email_domain=dom,
                  local=r.choice(["info", "hello", "contact", P.local_part(r, "f.l"), P.local_part(r, "f")]), pf=w.pf(r))
        mine = [e for e in ex1 if e[0] == cc] or ex1
        ipf = sticky(mine, (20, 40))
        if r.random() < 0.6:
            stop = sweep + r.randint(0, 140) * MIN
        else:
            stop = ms("2026-10-30T02:00:00Z") + r.randint(0, 7 * 60) * MIN
        run(a, ipf, W0 + r.randint(0, 30 * MIN), stop, r.uniform(0.4, 0.6), old)
    # ---- ember2: the successor pool
    c2 = w.campaign("ember2", "phoenix_handoff", successor_of="ember")
    ex2 = _resi_exits(w, r, ["US", "GB", "CA"], w.n(200), 0.12)
    mob = [("US", "tmobile"), ("US", "vzw"), ("GB", "ee"), ("GB", "three")]
    restarts = []
    n2 = w.n(46)
    for j in range(n2):
        cc = wchoice(r, [("US", 60), ("GB", 25), ("CA", 15)])
        created = ms("2026-10-29T19:00:00Z") + int(r.betavariate(1.5, 2.5) * 13 * HOUR)
        dom, loc = P.email(r, cc)
        a = _acct(w, r, created, "ember2", country=cc, email_domain=dom, local=loc, pf=w.pf(r))
        mine = [e for e in ex2 if e[0] == cc] or ex2
        base = sticky(mine, (15, 45))
        mcar = [m for c, m in mob if c == cc]
        state = {"m": None, "until": 0}

        def ipf(rr, tt, base=base, mcar=mcar, state=state):
            if mcar and rr.random() < 0.2:
                if tt >= state["until"]:
                    state["m"] = w.net.cgnat(rr, rr.choice(mcar))
                    state["until"] = tt + int(rr.uniform(10, 60) * MIN)
                return state["m"]
            return base(rr, tt)
        restart = RELEASE + int(r.uniform(4, 20) * HOUR)
        restarts.append(restart)

        def model(t, restart=restart):
            if t >= restart and r.random() < 0.7:
                return NEW_MODEL
            return "orrery-3.5"
        start = created + int(r.uniform(40, 150) * MIN)
        run(a, ipf, start, W1, r.uniform(0.25, 0.38), model)
    restarts.sort()
    c2["pivot_at"] = restarts[len(restarts) // 2]
    w.end()


GROUPS = [ipv6_rotor, lte_modem_rack, capability_guilds, edu_quota_rollover, phoenix_handoff]
