"""Benign look-alikes: legitimate customers a naive detector could mistake for a campaign."""
from common import DAY, HOUR, MIN, SEC, T0, T_END, DAYS, RELEASE, NEW_MODEL, ms_of, pick, wpick, at_local, otok, weekday
import clients as C
import people as P
import behave as B
import txt_everyday as E
import txt_dev as D
import txt_work as W
import txt_special as S
from net import COUNTRY_NETS
from world import Fixed, Rotating
from shared import quire


# ------------------------------------------------------------------ 1. US tax deadline (and a Canadian tail)
def tax_deadline_surge(w):
    """A wave of brand-new consumer accounts, most on one national cable ISP, asking near-identical tax
    questions in the days before 15 April; a third paste the same viral 'act as a CPA' template."""
    r = w.rng("taxsurge")
    for i in range(w.n(260)):
        us = r.random() < 0.85
        cc = "US" if us else "CA"
        if us:
            created = T0 - int(r.random() ** 0.5 * 5 * DAY) + int(r.random() * 2.8 * DAY)
        else:
            created = T0 + 7 * DAY + int(r.random() * 6 * DAY)
        pay = "new" if r.random() < 0.78 else None
        a = w.account(r, "tax_deadline_surge", created, cc, hard=True, pay=pay, verified=r.random() < 0.05,
                      domain=pick(r, ["gmail.com", "gmail.com", "yahoo.com", "outlook.com", "icloud.com", "aol.com", "comcast.net"]) if us else None)
        if us:
            isp = "comcast" if r.random() < 0.74 else pick(r, ["att", "charter", "fios"])
        else:
            isp = pick(r, ["bell", "rogers"])
        from world import Home
        home = Home(w, r, isp, 0.5)
        mob = w.mobile(r, cc) if r.random() < 0.4 else None
        cl = C.browser(r) if r.random() < 0.8 else C.Client("PocketChat/2.5.1 (iOS 18.3; iPhone15,3)", "ios-urlsession-18")
        key = w.key(a, r)
        prof = ("vela-4", None, 0)
        nsess = r.randint(2, 6)
        for s in range(nsess):
            if us:
                d = wpick(r, [0, 1, 2, 3, 4], [30, 30, 28, 7, 5])
            else:
                d = pick(r, [8, 9, 10, 11, 12, 13])
            t = max(a.created + int(r.random() * 3 * HOUR), at_local(r, d, a.tz, "night" if r.random() < 0.3 else "consumer"))
            place = mob if mob and r.random() < 0.3 else home
            B.chat_session(w, a, r, t, place, cl, key, prof, S.tax_surge(r), "explain", E.followup, p_more=0.6, max_turns=11)


# ------------------------------------------------------------------ 2. hospital shared workstations
def hospital_shared_workstations(w):
    """A health system's staff accounts, all on the same managed browser build, leaving through a few
    egress addresses, working 12-hour shifts around the clock; rewrites and translations of clinical text,
    including overdose and dosing warnings."""
    r = w.rng("hospital")
    names = [("Riverbend Health", "riverbendhealth.org", "US"), ("Saint Aldric Medical Group", "staldric-med.org", "US"), ("Lakemoor Hospitals", "lakemoorhospitals.org", "US")]
    ua = C.Client("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36 Edg/124.0.2478.80", "chrome-124-managed-edge")
    for k in range(w.k):
        org_name, dom, cc = names[k % 3]
        org = w.org(r)
        pay = w.pay(r)
        asn = 390000 + r.randint(100, 9999)
        sites = [Fixed(w.enterprise_block(r, cc, "%s %s" % (org_name, s), asn=asn, host_bits=3)[:2]) for s in ("Main Campus", "North", "Children's")]
        system = S.HOSP_SYSTEM.replace("Riverbend Health", org_name)
        rollout = T0 - 12 * DAY
        for i in range(160):
            if r.random() < 0.12:
                created = ms_of(2025, 11, 3) + int(r.random() * 40 * DAY)  # pilot users
            else:
                created = rollout + (0 if r.random() < 0.6 else 4 * DAY) + int(r.random() * 9 * HOUR)
            a = w.account(r, "hospital_shared_workstations", created, cc, hard=True, channel="enterprise", domain=dom, org=org, pay=pay,
                          verified=True, tz=-5, style="f.l")
            site = pick(r, sites)
            key = w.key(a, r)
            night = r.random() < 0.35
            start = 19 if night else 7
            shifts = sorted(r.sample(range(DAYS), min(DAYS, r.randint(5, 8))))
            for d in shifts:
                s0 = T0 + d * DAY + int((start + 5) * HOUR)  # local -> UTC (tz -5)
                for _ in range(B.pois(r, 9)):
                    t = s0 + int(r.random() * 12 * HOUR)
                    w.emit(a, t, site.ip(t, r), "vela-4", S.hospital(r), cl=ua, key=key, system=system, max_tokens=2048,
                           out=B.out_for(r, "rewrite"))


# ------------------------------------------------------------------ 3. support-ticket replay for a vendor migration
def ticket_replay_migration(w):
    """A company moving its support bot from another vendor replays thousands of historical tickets (full
    conversations, so deep turn counts with no earlier turns visible), runs an LLM-judge comparison pass,
    then re-runs the replay on the new model within a day of its release."""
    r = w.rng("replay")
    cos = [("Kestrel Mobile", "kestrelmobile.co.uk", "GB", "telecom"), ("Aerlinea Sol", "aerlineasol.es", "ES", "airline"), ("Pennywise Bank", "pennywisebank.ie", "IE", "bank")]
    for k in range(w.k):
        name, dom, cc, vert = cos[k % 3]
        org = w.org(r)
        pay = w.pay(r)
        nat = [w.net.addr4("aws_euw1", r) for _ in range(3)]
        created0 = ms_of(2025, 9, 1) + int(r.random() * 60 * DAY)
        roles = ["prod-bot", "staging", "eval-a", "eval-b", "eval-c", "analyst"]
        acc = {}
        for j, role in enumerate(roles):
            acc[role] = w.account(r, "ticket_replay_migration", created0 + j * int(r.random() * 40 * DAY), cc, hard=True, channel="enterprise",
                                  domain=dom, org=org, pay=pay, verified=True, local=pick(r, ["platform", "cx-ai", "ml-eval", "support-eng", "j.doyle", "m.ortiz"]) + ("-%d" % j if j else ""))
        cl = C.py_sdk(r)
        live_sys = "You are %s's support assistant. Follow the policy snippets. Never promise refunds outside policy. Hand over to a human on request." % name
        keys = {role: w.key(a, r) for role, a in acc.items()}
        # live bot
        a = acc["prod-bot"]
        for d in range(DAYS):
            for t in B.poisson_times(r, d, 1, "app", B.pois(r, 240)):
                turns = pick(r, [1, 1, 3, 3, 5, 7, 9])
                w.emit(a, t, pick(r, nat), "vela-4" if t < RELEASE + 5 * DAY else pick(r, ["vela-4", NEW_MODEL]), W.support_msg(r, vert) if turns == 1 else S.ticket_last(r),
                       cl=cl, key=keys["prod-bot"], system=live_sys, turns=turns, hist=turns * otok(r, 110, 0.4), max_tokens=600, out=B.out_for(r, "chat"))
        # staging: test prompts on working days
        a = acc["staging"]
        for d in range(DAYS):
            if weekday(d) >= 5:
                continue
            for t in B.poisson_times(r, d, 1, "office", B.pois(r, 30)):
                w.emit(a, t, pick(r, nat), pick(r, ["vela-4", "vela-4-mini"]) if t < RELEASE else pick(r, ["vela-4", NEW_MODEL]), W.support_msg(r, vert),
                       cl=cl, key=keys["staging"], system=live_sys, max_tokens=600, out=B.out_for(r, "chat"))

        def replay(acct, model, t, n, gap):
            for _ in range(n):
                turns = pick(r, [3, 5, 5, 7, 9, 11, 13, 15, 19])
                w.emit(acct, t, pick(r, nat), model, S.ticket_last(r), cl=cl, key=keys[[k2 for k2, v in acc.items() if v is acct][0]], system=live_sys,
                       turns=turns, hist=turns * otok(r, 120, 0.4), max_tokens=600, out=B.out_for(r, "chat"))
                t += int(gap[0] * SEC + r.random() * (gap[1] - gap[0]) * SEC)
            return t
        # first replay: 14-16 April (day 1-3), office hours plus one overnight job
        replay(acc["eval-a"], "vela-4", T0 + 1 * DAY + 8 * HOUR, 1500, (0.5, 12))
        replay(acc["eval-b"], "vela-4", T0 + 1 * DAY + 20 * HOUR, 1400, (0.4, 8))
        replay(acc["eval-a"], "vela-4-mini", T0 + 2 * DAY + 9 * HOUR, 900, (0.5, 9))
        # judge pass: 16-17 April
        t = T0 + 3 * DAY + 7 * HOUR
        for _ in range(1500):
            w.emit(acc["eval-c"], t, pick(r, nat), "vela-4", S.judge(r), cl=cl, key=keys["eval-c"], max_tokens=800, out=otok(r, 260, 0.3))
            t += int(0.8 * SEC + r.random() * 14 * SEC)
        # new model released 21 April 16:00 UTC: replay again the next morning
        replay(acc["eval-a"], NEW_MODEL, RELEASE + 16 * HOUR + int(r.random() * HOUR), 1000, (0.5, 10))
        replay(acc["eval-b"], NEW_MODEL, RELEASE + 18 * HOUR, 900, (0.5, 10))
        t = RELEASE + 2 * DAY + 8 * HOUR
        for _ in range(700):
            w.emit(acc["eval-c"], t, pick(r, nat), NEW_MODEL, S.judge(r), cl=cl, key=keys["eval-c"], max_tokens=800, out=otok(r, 260, 0.3))
            t += int(0.8 * SEC + r.random() * 14 * SEC)
        # the analyst asks about results now and then
        a = acc["analyst"]
        prof = ("vela-4", RELEASE + 20 * HOUR, 0.7)
        for d in range(DAYS):
            if weekday(d) < 5 and r.random() < 0.7:
                t = at_local(r, d, 1, "office")
                B.chat_session(w, a, r, t, Fixed(nat), C.browser(r), keys["analyst"], prof, pick(r, [W.work, D.sql_tuning, D.review])(r),
                               "explain", E.followup, p_more=0.5)


# ------------------------------------------------------------------ 4. remote-first company behind its business VPN
def remote_company_vpn(w):
    """A remote-first software company: staff in two dozen countries, one org and one company card, almost all
    traffic leaving through the business-VPN provider's gateways (listed as vpn), 15 new hires onboarded the
    same morning."""
    r = w.rng("remotevpn")
    names = [("Fernhill Labs", "fernhill.io"), ("Tidewater Software", "tidewater.dev"), ("Ostara Systems", "ostara.tech")]
    ccs = ["US", "CA", "BR", "AR", "GB", "DE", "NL", "PL", "UA", "ES", "PT", "FR", "IT", "SE", "IN", "PK", "PH", "VN", "ID", "AU", "NZ", "KE", "NG", "MX", "TR", "CZ"]
    for k in range(w.k):
        cname, dom = names[k % 3]
        org = w.org(r)
        pay = w.pay(r)
        gw = w.vpn_pool("bizvpn", 60)
        gateways = Fixed(r.sample(gw, 5), [5, 4, 3, 2, 1])
        for i in range(120):
            cc = pick(r, ccs)
            if i < 15:
                created = T0 + 14 * HOUR + int(r.random() * 40 * MIN)
            else:
                created = ms_of(2024, 3, 1) + int(r.random() * (T0 - 30 * DAY - ms_of(2024, 3, 1)))
            a = w.account(r, "remote_company_vpn", created, cc, hard=True, channel="enterprise", domain=dom, org=org, pay=pay, verified=True,
                          bill_cc="US", style=pick(r, ["f.l", "fl_init", "f.l"]))
            home = w.home(r, cc)
            cl = pick(r, [C.ide_agent, C.ide_agent, C.browser, C.py_sdk])(r)
            key = w.key(a, r)
            prof = B.model_profile(r, 0.5, 1.0)
            dev = r.random() < 0.6
            days = B.active_days(r, 0.65, 0.1)
            for d in days:
                if i < 15 and d == 0:
                    continue
                for _ in range(r.randint(1, 6)):
                    t = at_local(r, d, a.tz, "office")
                    place = gateways if r.random() < 0.86 else home
                    if dev and cl.name == "ide" and r.random() < 0.5:
                        B.agent_loop(w, a, r, t, place.ip(t, r), cl, key, B.model_at(r, prof, t), D.agent_task(r), system=None,
                                     tools=["bash", "read_file", "edit_file", "grep", "glob"], steps=r.randint(2, 10), max_tokens=16000, hist0=r.randint(4000, 25000))
                    elif dev:
                        dn = wpick(r, D.DEV_NAMES, D.DEV_W)
                        fn, kind, _ = D.DEV_DOMAINS[dn]
                        B.chat_session(w, a, r, t, place, cl, key, prof, fn(r), kind, D.dev_follow, p_more=0.45)
                    else:
                        B.chat_session(w, a, r, t, place, cl, key, prof, W.work(r), pick(r, ["rewrite", "explain", "summary"]), E.followup, p_more=0.35)


# ------------------------------------------------------------------ 5. honest users of an agent framework with shared defaults
def relaykit_community(w):
    """Hundreds of unrelated developers and hobbyists running the open-source 'relaykit' agent framework with its
    default system prompt, default tool list, default max_tokens and the framework's user agent."""
    r = w.rng("relaykit-honest")
    from pop_background import DEV_CCS, DEV_W, old_created
    for i in range(w.n(260)):
        cc = wpick(r, DEV_CCS, DEV_W)
        a = w.account(r, "relaykit_community", old_created(r), cc, hard=True, channel=wpick(r, ["standard", "startup"], [85, 15]))
        home = w.home(r, cc)
        vps = Rotating(w, r, [pick(r, ["hetzner", "digitalocean", "aws_use1", "ovh", "linode", "vultr", "contabo"])], n=1, period=60 * DAY) if r.random() < 0.35 else None
        cl = C.relaykit(r)
        key = w.key(a, r)
        projects = r.sample(list(S.PROJECTS), r.randint(1, 2))
        flavour = S.relaykit_flavour(r)
        model = "vela-4" if r.random() < 0.8 else "vela-4-mini"
        adopt = RELEASE + int(r.expovariate(1 / 3.0) * DAY) if r.random() < 0.22 else None
        mt = 4096 if r.random() < 0.85 else pick(r, [8192, 16000])
        think = 0 if r.random() < 0.9 else 1200
        cron_h = r.randint(0, 23) if vps else None
        days = B.active_days(r, 0.25 + r.random() * 0.5, 0.7)
        for d in days:
            for j in range(r.randint(1, 3)):
                if vps and j == 0:
                    t = T0 + d * DAY + int((cron_h - a.tz) * HOUR) % DAY + int(r.random() * 90 * SEC)
                    ip = vps.ip(t, r)
                else:
                    t = at_local(r, d, a.tz, "dev")
                    ip = home.ip(t, r)
                m = NEW_MODEL if adopt and t > adopt else model
                B.agent_loop(w, a, r, t, ip, cl, key, m, S.relaykit_honest(r, pick(r, projects), flavour), system=S.RELAYKIT_SYSTEM, tools=S.RELAYKIT_TOOLS,
                             steps=r.randint(2, 9), max_tokens=mt, think_med=think, hist0=900, step_gap=(2, 30))


# ------------------------------------------------------------------ 6. game studio localisation crunch
def game_loc_crunch(w):
    """A game studio's localisation team and its freelance linguists push thousands of templated string
    translations and 'give 5 alternative barks' requests through the nights before a patch deadline."""
    r = w.rng("loccrunch")
    for k in range(w.k):
        cc = "CA"
        dom = ["moonquarry.com", "brackenfold.games", "ninthtide.studio"][k % 3]
        org = w.org(r)
        pay = w.pay(r)
        office = Fixed(w.enterprise_block(r, cc, "Moonquarry Games" if k == 0 else P.company_name(dom)))
        system = S.LOC_SYSTEM if k == 0 else S.LOC_SYSTEM.replace("Moonquarry Games' title 'Saltglass'", "%s's next title" % P.company_name(dom))
        tool = C.Client("moonquarry-locbot/2.3.1 vela-python/2.2.0", "httpx-openssl3-py3.11")
        accts = []
        for i in range(25):
            a = w.account(r, "game_loc_crunch", ms_of(2025, 6, 1) + int(r.random() * 250 * DAY), cc, hard=True, channel="standard", domain=dom, org=org, pay=pay,
                          verified=True, tz=-4, style="f.l")
            accts.append((a, office, tool, w.key(a, r)))
        for i in range(15):
            lcc = pick(r, ["FR", "DE", "ES", "BR", "IT", "PL", "JP", "KR", "TW", "TR", "MX", "UA"])
            a = w.account(r, "game_loc_crunch", ms_of(2024, 9, 1) + int(r.random() * 500 * DAY), lcc, hard=True)
            accts.append((a, w.home(r, lcc), C.py_sdk(r) if r.random() < 0.5 else C.browser(r), w.key(a, r)))
        for a, place, cl, key in accts:
            for d in range(DAYS):
                crunch = 7 <= d <= 11
                lam = (14 if crunch else 2) * (0.5 + r.random())
                if not crunch and weekday(d) >= 5:
                    lam *= 0.2
                for t in B.poisson_times(r, d, a.tz, "night" if crunch else "office", B.pois(r, lam)):
                    for j in range(r.randint(1, 4)):
                        tt = t + j * int(3 * SEC + r.random() * 20 * SEC)
                        w.emit(a, tt, place.ip(tt, r), "vela-4", S.loc_string(r), cl=cl, key=key, system=system, max_tokens=512, out=otok(r, 60, 0.7))


# ------------------------------------------------------------------ 7. honest users of a bring-your-own-key app
def quire_user(w, r, a, q, camp=False):
    """One Quire user's own traffic: the desktop app from home plus their scheduled background agents that the
    Quire cloud runs with their key. Returns the key the app holds."""
    home = w.home(r, a.cc)
    cl = C.quire_desktop(r)
    key = w.key(a, r)
    prof = B.model_profile(r, 0.3, 2)
    eu = a.cc in ("DE", "FR", "NL", "ES", "IT", "PL", "SE", "AT", "BE", "IE", "PT", "CZ")
    sched_h = r.randint(5, 9)
    n_sched = r.randint(0, 2)
    days = B.active_days(r, 0.3 + r.random() * 0.5, 0.6)
    for d in days:
        for _ in range(r.randint(1, 3)):
            t = at_local(r, d, a.tz, "office" if r.random() < 0.6 else "consumer")
            B.chat_session(w, a, r, t, home, cl, key, prof, S.quire_desk(r), pick(r, ["rewrite", "summary", "long"]), E.followup,
                           system=S.QUIRE_SYSTEM_DESK, p_more=0.4, max_tokens=4096)
    for d in range(DAYS):
        for s in range(n_sched):
            t = T0 + d * DAY + int((sched_h + s * 6 - a.tz) * HOUR) % DAY + int(r.random() * 20 * MIN)
            w.emit(a, t, q.ip(t, r, eu), prof[0], S.quire_cloud(r), cl=C.QUIRE_CLOUD, key=key, system=S.QUIRE_SYSTEM_CLOUD, max_tokens=4096,
                   out=B.out_for(r, "summary"), extra_in=otok(r, 2500, 0.6), camp=camp)
    return key


def byok_app_users(w):
    """Quire's honest users (the app whose operator skims keys in the 'skimmer' campaign)."""
    r = w.rng("quire-honest")
    q = quire(w)
    from pop_background import old_created
    for i in range(w.n(150)):
        cc = P.consumer_cc(r)
        a = w.account(r, "byok_app_users", old_created(r), cc, hard=True, verified=r.random() < 0.3)
        quire_user(w, r, a, q)
