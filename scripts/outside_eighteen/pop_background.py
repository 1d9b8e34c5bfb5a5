"""The ordinary population: everyday users, developers, app backends, small teams, researchers."""
from common import DAY, HOUR, MIN, SEC, T0, T_END, DAYS, ms_of, pick, wpick, at_local, otok, weekday
import clients as C
import people as P
import behave as B
import txt_everyday as E
import txt_dev as D
import txt_work as W
import txt_attack as TA
from net import COUNTRY_NETS
from world import Fixed, Rotating

SIGNUP_FROM = ms_of(2023, 3, 1)
VPN_KEYS = ["m247", "datacamp", "mullvad", "proton", "surfshark"]
DEV_CCS = ["US", "IN", "DE", "GB", "BR", "FR", "CA", "JP", "NL", "PL", "ES", "KR", "AU", "UA", "TR", "SE", "VN", "ID", "NG", "IL", "SG", "MX", "AR", "IT", "CH", "PK", "EG", "PH", "TW"]
DEV_W = [26, 14, 7, 6, 5, 4, 4, 4, 3, 3, 3, 2, 2, 2, 2, 1.5, 1.5, 1.5, 1, 1.5, 1, 1.5, 1, 2, 1, 1, .7, 1, 1]


def old_created(r, lo=SIGNUP_FROM, hi=None):
    hi = hi or (T0 - 2 * DAY)
    # more recent sign-ups are more common (the service is growing)
    u = r.random() ** 0.6
    return int(lo + u * (hi - lo))


def dom_picker(r, names, weights, k):
    fav = []
    for _ in range(k):
        fav.append(wpick(r, names, weights))
    return fav


def everyday_users(w):
    r = w.rng("everyday")
    for i in range(w.n(1250)):
        cc = P.consumer_cc(r)
        created = old_created(r) if r.random() > 0.06 else T0 + int(r.random() * 12 * DAY)
        ch = "education" if r.random() < 0.03 else "standard"
        a = w.account(r, "everyday_users", created, cc, channel=ch, verified=r.random() < 0.15, pay="new" if r.random() > 0.12 else None)
        home = w.home(r, cc)
        mob = w.mobile(r, cc) if r.random() < 0.5 else None
        vpn = Fixed(w.vpn_pool(pick(r, VPN_KEYS))) if r.random() < 0.06 else None
        cl = C.chat_frontend(r) if r.random() < 0.7 else (C.browser(r) if r.random() < 0.6 else C.py_sdk(r))
        cl_m = C.chat_frontend(r) if mob else None
        key = w.key(a, r)
        prof = B.model_profile(r, 0.12, 4)
        favs = dom_picker(r, E.DOM_NAMES, E.DOM_W, r.randint(1, 4))
        curve = pick(r, ["consumer", "consumer", "student", "night", "office"])
        nsess = max(1, int(B.otok(r, 6, 0.85, 1, 50)))
        for _ in range(nsess):
            d = int(r.random() * DAYS)
            t = at_local(r, d, a.tz, curve)
            place, c = home, cl
            if vpn and r.random() < 0.7:
                place = vpn
            elif mob and r.random() < 0.35:
                place, c = mob, cl_m
            dom = pick(r, favs) if r.random() < 0.8 else wpick(r, E.DOM_NAMES, E.DOM_W)
            fn, kind, _ = E.DOMAINS[dom]
            B.chat_session(w, a, r, t, place, c, key, prof, fn(r), kind, E.followup, p_more=0.48,
                           max_tokens=pick(r, [None, 1024, 2048, 4096, 4096, 8192]))


def developers(w):
    r = w.rng("developers")
    tools_sets = [["bash", "read_file", "edit_file", "grep", "glob"], ["run_terminal_cmd", "read_file", "edit_file", "list_dir", "codebase_search"],
                  ["shell", "apply_patch", "view_file"], ["bash", "str_replace_editor", "web_fetch", "todo_write", "grep"]]
    for i in range(w.n(450)):
        cc = wpick(r, DEV_CCS, DEV_W)
        created = old_created(r) if r.random() > 0.05 else T0 + int(r.random() * 10 * DAY)
        ch = wpick(r, ["standard", "startup", "education"], [80, 14, 6])
        company = r.random() < 0.45
        dom = w.domain(r, cc) if company and r.random() < 0.6 else None
        a = w.account(r, "developers", created, cc, channel=ch, domain=dom, org=w.org(r) if dom else None)
        home = w.home(r, cc)
        office = Fixed(w.enterprise_block(r, cc, P.company_name(dom) + " office")) if dom and r.random() < 0.5 else None
        cloud = Rotating(w, r, [pick(r, ["aws_use1", "aws_euc1", "gcp_us", "hetzner", "digitalocean", "azure_eu", "ovh", "aws_aps1"])], n=1, period=int((3 + r.random() * 20) * DAY))
        cl = C.dev_client(r)
        ide = C.ide_agent(r) if r.random() < 0.55 else None
        script_cl = pick(r, [C.py_sdk, C.ts_sdk, C.curl, C.openai_compat, C.go_sdk])(r)
        keys = [w.key(a, r) for _ in range(r.randint(1, 3))]
        prof = B.model_profile(r, 0.45, 1.5)
        tools = pick(r, tools_sets)
        favs = dom_picker(r, D.DEV_NAMES, D.DEV_W, r.randint(2, 4))
        intensity = B.otok(r, 1.4, 0.7, 1, 12) / 1.4
        days = B.active_days(r, min(0.95, 0.25 + 0.25 * intensity), 0.35)
        for d in days:
            for _ in range(max(1, int(B.otok(r, 2.1 * intensity, 0.5, 1, 14)))):
                t = at_local(r, d, a.tz, "dev")
                place = office if (office and weekday(d) < 5 and r.random() < 0.7) else home
                u = r.random()
                if ide and u < 0.45:
                    ip = place.ip(t, r)
                    B.agent_loop(w, a, r, t, ip, ide, keys[0], B.model_at(r, prof, t), D.agent_task(r) if r.random() < 0.8 else pick(r, ["yes, go ahead", "continue", "now run the tests", "looks good, commit it"]),
                                 system=None if r.random() < 0.3 else "You are a coding agent working in the user's repository. Prefer small, reviewable changes.",
                                 tools=tools, steps=r.randint(2, 16), max_tokens=pick(r, [8192, 16000, 32000]),
                                 think_med=pick(r, [0, 0, 600, 1500]), hist0=r.randint(3000, 30000), step_gap=(2, 20))
                elif u < 0.85:
                    dn = pick(r, favs)
                    fn, kind, _ = D.DEV_DOMAINS[dn]
                    B.chat_session(w, a, r, t, place, cl, keys[0], prof, fn(r), kind, D.dev_follow, p_more=0.5, max_turns=11,
                                   think_p=0.15, max_tokens=pick(r, [4096, 8192, 16000]))
                else:
                    # trying the API from a script: the same few test prompts, sometimes a small loop
                    src = cloud if r.random() < 0.4 else place
                    ip = src.ip(t, r)
                    probe = pick(r, ["Say hello", "ping", "Return the JSON {\"ok\": true}", "What model are you?", "test", "Summarise: The quick brown fox jumps over the lazy dog.",
                                     "Translate 'good morning' to French", D.regex(r), pick(r, E.CURIOUS), "Tell me a joke about databases"])
                    for j in range(r.randint(1, 6)):
                        w.emit(a, t + j * int(2 * SEC + r.random() * 40 * SEC), ip, B.model_at(r, prof, t), probe, cl=script_cl, key=pick(r, keys),
                               max_tokens=pick(r, [64, 256, 1024]), out=otok(r, 40, 0.8))


def app_backends(w):
    r = w.rng("apps")
    apps = W.app_catalogue()
    regions = [("US", ["aws_use1", "aws_usw2", "gcp_us", "azure_us", "digitalocean"], -6), ("DE", ["aws_euc1", "hetzner", "gcp_eu"], 1),
               ("GB", ["aws_euw1", "azure_eu", "linode"], 0), ("IN", ["aws_aps1", "digitalocean"], 5.5), ("JP", ["aws_apne1", "gcp_asia", "sakura"], 9),
               ("AU", ["aws_apse2", "gcp_au"], 10), ("BR", ["aws_use1", "oracle"], -3), ("SG", ["aws_apse1", "alibaba_intl"], 8), ("FR", ["ovh", "scaleway"], 1)]
    langs = ["Spanish", "German", "French", "Portuguese", "Japanese", "Italian"]
    for i in range(w.n(190)):
        name, sys_t, ufn, kind, mt, img = pick(r, apps)
        cc, clouds, tz = wpick(r, regions, [40, 12, 10, 8, 6, 5, 5, 5, 4])
        brand = pick(r, W.BRANDS)
        dom = w.domain(r, cc)
        ch = wpick(r, ["standard", "startup", "enterprise", "reseller"], [45, 30, 18, 7])
        a = w.account(r, "app_backends", old_created(r, hi=T0 - 20 * DAY), cc, channel=ch, domain=dom, org=w.org(r),
                      verified=r.random() < 0.6, style=pick(r, ["f.l", "fl_init", "handle"]))
        system = sys_t.replace("{brand}", brand).replace("{lang}", pick(r, langs))
        cl = C.backend(r)
        ips = Rotating(w, r, [pick(r, clouds)], n=r.randint(1, 5), period=int((5 + r.random() * 40) * DAY))
        keys = [w.key(a, r) for _ in range(r.randint(1, 2))]
        prof = B.model_profile(r, 0.2, 5)
        if r.random() < 0.5:
            prof = ("vela-4-mini" if kind in ("label", "json", "code_short", "gen_short") and r.random() < 0.6 else prof[0], prof[1], prof[2])
        rate = B.otok(r, 14, 1.05, 1, 900)  # requests per day
        growth = 1 + (r.random() - 0.4) * 0.6
        weekend = 0.6 + r.random() * 0.6
        for d in range(DAYS):
            lam = rate * (growth ** (d / DAYS)) * (weekend if weekday(d) >= 5 else 1.0)
            for t in B.poisson_times(r, d, tz, "app", B.pois(r, lam)):
                u = ufn(r)
                turns = 1
                hist = 0
                if kind == "chat" and r.random() < 0.45:
                    turns = pick(r, [3, 3, 5, 5, 7, 9])
                    hist = turns * otok(r, 90, 0.5)
                w.emit(a, t, ips.ip(t, r), B.model_at(r, prof, t), u, cl=cl, key=keys[0] if len(keys) == 1 or r.random() < 0.8 else keys[1],
                       system=system, turns=turns, hist=hist, max_tokens=mt, out=B.out_for(r, kind), img=img,
                       stop="stop_sequence" if kind == "json" and r.random() < 0.2 else None)


def small_teams(w):
    r = w.rng("teams")
    ccs = ["US", "GB", "DE", "IN", "CA", "AU", "FR", "NL", "ES", "BR", "SE", "IE", "SG", "JP", "IT"]
    ccw = [30, 10, 8, 8, 5, 4, 4, 3, 3, 4, 2, 2, 2, 3, 2]
    made = 0
    target = w.n(280)
    while made < target:
        cc = wpick(r, ccs, ccw)
        dom = w.domain(r, cc)
        org = w.org(r)
        pay = w.pay(r)
        size = min(target - made, r.randint(2, 8))
        office = Fixed(w.enterprise_block(r, cc, P.company_name(dom))) if r.random() < 0.55 else None
        created0 = old_created(r, hi=T0 - 30 * DAY)
        ch = wpick(r, ["standard", "startup", "enterprise"], [55, 30, 15])
        for j in range(size):
            created = created0 + int(r.random() * (T0 - created0) * (0.05 if j == 0 else 0.7))
            a = w.account(r, "small_teams", created, cc, channel=ch, domain=dom, org=org, pay=pay, verified=r.random() < 0.5,
                          style=pick(r, ["f.l", "f.l", "fl_init", "fl"]))
            home = w.home(r, cc)
            cl = pick(r, [C.browser, C.chat_frontend, C.py_sdk, C.ide_agent])(r)
            key = w.key(a, r)
            prof = B.model_profile(r, 0.25, 3)
            devish = r.random() < 0.35
            days = B.active_days(r, 0.3 + r.random() * 0.5, 0.15)
            for d in days:
                for _ in range(r.randint(1, 5)):
                    t = at_local(r, d, a.tz, "office")
                    place = office if office and r.random() < 0.75 else home
                    if devish and r.random() < 0.6:
                        dn = wpick(r, D.DEV_NAMES, D.DEV_W)
                        fn, kind, _ = D.DEV_DOMAINS[dn]
                        B.chat_session(w, a, r, t, place, cl, key, prof, fn(r), kind, D.dev_follow, p_more=0.4)
                    else:
                        B.chat_session(w, a, r, t, place, cl, key, prof, W.work(r), pick(r, ["rewrite", "explain", "long", "summary"]), E.followup, p_more=0.35,
                                       max_tokens=pick(r, [2048, 4096]))
            made += 1


ANNOT_SYS = ["You are annotating parliamentary speech excerpts for a political science study. Score populist rhetoric 0-3 and quote the phrase that justifies the score.",
             "Code each open-ended survey answer into one of the codebook categories: cost, access, trust, quality, other. Output the category and a short reason.",
             "Identify the chemical entities and reaction conditions in the sentence from a methods section. Output JSON.",
             "Rate the empathy of the counsellor's reply on a 1-5 scale following the codebook, with a one-line rationale."]
ANNOT_ITEMS = ["The so-called experts in the capital have forgotten the ordinary families who keep this country running.", "We will deliver the budget on time and within the fiscal rules.",
               "Too expensive, and the clinic is an hour away by bus.", "I don't believe the numbers they publish.", "The mixture was stirred at 80 °C for 4 h under nitrogen.",
               "The precipitate was filtered and washed with cold ethanol.", "That sounds really hard. What helped you get through last week?", "You should just try harder."]


def researchers(w):
    r = w.rng("research")
    unis = [("US", ["edu_mit", "edu_stanford", "edu_berkeley", "edu_uw", "edu_utexas"], "mit.edu"), ("GB", ["edu_ox", "edu_cam"], "ox.ac.uk"),
            ("CH", ["edu_eth", "edu_epfl"], "ethz.ch"), ("DE", ["edu_tum"], "tum.de"), ("JP", ["edu_utokyo"], "g.ecc.u-tokyo.ac.jp"), ("SG", ["edu_nus"], "u.nus.edu"),
            ("AU", ["edu_melb"], "student.unimelb.edu.au"), ("BR", ["edu_usp"], "usp.br"), ("KR", ["edu_snu", "edu_kaist"], "snu.ac.kr"), ("CA", ["edu_toronto"], "utoronto.ca"),
            ("IN", ["edu_iitb"], "iitb.ac.in")]
    domains = {"edu_mit": "mit.edu", "edu_stanford": "stanford.edu", "edu_berkeley": "berkeley.edu", "edu_uw": "uw.edu", "edu_utexas": "utexas.edu", "edu_ox": "ox.ac.uk",
               "edu_cam": "cam.ac.uk", "edu_eth": "ethz.ch", "edu_epfl": "epfl.ch", "edu_tum": "tum.de", "edu_utokyo": "g.ecc.u-tokyo.ac.jp", "edu_nus": "u.nus.edu",
               "edu_melb": "unimelb.edu.au", "edu_usp": "usp.br", "edu_snu": "snu.ac.kr", "edu_kaist": "kaist.ac.kr", "edu_toronto": "utoronto.ca", "edu_iitb": "iitb.ac.in"}
    for i in range(w.n(120)):
        cc, keys, _ = pick(r, unis)
        uk = pick(r, keys)
        a = w.account(r, "researchers", old_created(r, hi=T0 - 5 * DAY), cc, channel=wpick(r, ["research", "education", "standard"], [55, 30, 15]),
                      domain=domains[uk], verified=r.random() < 0.7, style=pick(r, ["f.l", "fl_init", "fl", "f9"]))
        campus = Fixed([w.net.addr4(uk, r) for _ in range(r.randint(1, 4))])
        home = w.home(r, cc)
        cluster = Rotating(w, r, [pick(r, ["aws_use1", "gcp_us", "aws_euc1", "azure_eu"])], n=r.randint(1, 3), period=10 * DAY) if r.random() < 0.35 else campus
        cl = pick(r, [C.py_sdk, C.py_sdk, C.litellm, C.openai_compat, C.langchain])(r)
        key = w.key(a, r)
        prof = B.model_profile(r, 0.6, 1.0)
        days = B.active_days(r, 0.35, 0.4)
        for d in days:
            for _ in range(r.randint(1, 3)):
                t = at_local(r, d, a.tz, pick(r, ["dev", "night", "office"]))
                place = campus if r.random() < 0.6 else home
                B.chat_session(w, a, r, t, place, cl, key, prof, pick(r, [D.sql_tuning, D.bug_report, E.homework, W.work, D.review])(r), "explain", D.dev_follow,
                               think_p=0.3, p_more=0.5)
        if r.random() < 0.33:
            # one experiment run: an annotation or evaluation batch
            d = int(r.random() * DAYS)
            t = at_local(r, d, a.tz, "dev")
            ip = cluster.ip(t, r)
            n = int(B.otok(r, 150, 0.7, 40, 1500))
            if r.random() < 0.6:
                sysp = pick(r, ANNOT_SYS)
                for j in range(n):
                    w.emit(a, t, ip, prof[0], pick(r, ANNOT_ITEMS) + ("" if r.random() < 0.5 else " [item %d]" % r.randint(1, 99999)), cl=cl, key=key, system=sysp,
                           max_tokens=200, out=otok(r, 45, 0.5))
                    t += int(r.random() * 4 * SEC) + 300
            else:
                # evaluating model reasoning on a benchmark-like set
                m = pick(r, ["vela-4", "vela-4-mini", "vela-3.5"])
                for j in range(n):
                    w.emit(a, t, ip, m, TA.problem(r) + pick(r, ["", "\nAnswer with a number only at the end.", "\nLet's think about it."]), cl=cl, key=key,
                           max_tokens=pick(r, [1024, 2048]), out=otok(r, 380, 0.6), think=otok(r, 900, 0.6) if r.random() < 0.3 else 0)
                    t += int(r.random() * 6 * SEC) + 500
