"""People: where they live, their e-mail, cards, networks, clients and model habits, and a session writer."""
import clients
from common import DAY, HOUR, SEC, RELEASE, NEW_MODEL, lognorm_int, wchoice, tok, local_hour

COUNTRIES = [("US", 30), ("GB", 8), ("IN", 8), ("DE", 6), ("CA", 4), ("FR", 4), ("BR", 4), ("JP", 3), ("AU", 3),
             ("ES", 2), ("NL", 2), ("IT", 2), ("KR", 2), ("MX", 2), ("PL", 1.5), ("SG", 1.5), ("PH", 1.5),
             ("ID", 1.5), ("TR", 1), ("IL", 1), ("AE", 1), ("VN", 1), ("ZA", 1), ("AR", 1), ("CO", 1), ("KE", 1),
             ("NG", 1), ("EG", 1), ("SE", 1), ("CH", 1), ("IE", 1), ("PT", 1), ("TW", 1), ("HK", 1), ("NZ", .5)]
TZS = {
    "US": [("America/New_York", 45), ("America/Chicago", 25), ("America/Denver", 6), ("America/Phoenix", 2),
           ("America/Los_Angeles", 22)],
    "CA": [("America/Toronto", 65), ("America/Vancouver", 35)], "GB": [("Europe/London", 1)],
    "IE": [("Europe/Dublin", 1)], "PT": [("Europe/Lisbon", 1)], "ES": [("Europe/Madrid", 1)],
    "FR": [("Europe/Paris", 1)], "DE": [("Europe/Berlin", 1)], "NL": [("Europe/Amsterdam", 1)],
    "IT": [("Europe/Rome", 1)], "PL": [("Europe/Warsaw", 1)], "SE": [("Europe/Stockholm", 1)],
    "CH": [("Europe/Zurich", 1)], "TR": [("Europe/Istanbul", 1)], "IL": [("Asia/Jerusalem", 1)],
    "AE": [("Asia/Dubai", 1)], "IN": [("Asia/Kolkata", 1)], "ID": [("Asia/Jakarta", 1)], "VN": [("Asia/Ho_Chi_Minh", 1)],
    "SG": [("Asia/Singapore", 1)], "HK": [("Asia/Hong_Kong", 1)], "TW": [("Asia/Taipei", 1)], "PH": [("Asia/Manila", 1)],
    "KR": [("Asia/Seoul", 1)], "JP": [("Asia/Tokyo", 1)],
    "AU": [("Australia/Sydney", 45), ("Australia/Melbourne", 35), ("Australia/Brisbane", 12), ("Australia/Perth", 8)],
    "NZ": [("Pacific/Auckland", 1)], "BR": [("America/Sao_Paulo", 1)], "MX": [("America/Mexico_City", 1)],
    "AR": [("America/Argentina/Buenos_Aires", 1)], "CO": [("America/Bogota", 1)], "ZA": [("Africa/Johannesburg", 1)],
    "KE": [("Africa/Nairobi", 1)], "NG": [("Africa/Lagos", 1)], "EG": [("Africa/Cairo", 1)],
    "CN": [("Asia/Shanghai", 1)], "RU": [("Europe/Moscow", 1)], "IR": [("Asia/Tehran", 1)],
}
LANGS = {"ES": "es", "MX": "es", "AR": "es", "CO": "es", "DE": "de", "CH": "de", "FR": "fr", "BR": "pt", "PT": "pt",
         "JP": "ja", "TW": "zh", "HK": "zh", "KR": "ko", "IN": "hi"}
FOREIGN_SHARE = {"es": .55, "de": .4, "fr": .5, "pt": .55, "ja": .65, "zh": .55, "ko": .6, "hi": .12}

FREEMAIL = [("gmail.com", 60), ("outlook.com", 10), ("hotmail.com", 6), ("yahoo.com", 6), ("icloud.com", 8),
            ("proton.me", 3), ("protonmail.com", 1)]
LOCALMAIL = {"DE": [("gmx.de", 10), ("web.de", 9), ("t-online.de", 4)], "FR": [("orange.fr", 8), ("free.fr", 5)],
             "IT": [("libero.it", 8)], "JP": [("yahoo.co.jp", 10), ("docomo.ne.jp", 3)], "KR": [("naver.com", 22)],
             "BR": [("uol.com.br", 6), ("bol.com.br", 3)], "IN": [("rediffmail.com", 3)], "GB": [("btinternet.com", 4)],
             "CN": [("qq.com", 30), ("163.com", 15)], "RU": [("mail.ru", 25), ("yandex.ru", 25)]}
FIRST = ["james", "maria", "li", "wei", "anna", "mohammed", "sofia", "lucas", "emma", "noah", "olivia", "arjun",
         "priya", "chen", "yuki", "hana", "omar", "fatima", "ivan", "elena", "juan", "ana", "david", "sarah",
         "michael", "laura", "pedro", "carlos", "jin", "min", "tom", "kate", "alex", "sam", "nina", "leo", "ravi",
         "aisha", "kwame", "zara", "felix", "mila", "oscar", "ines", "hugo", "julia", "marco", "eva", "ben", "jo"]
LAST = ["smith", "garcia", "wang", "kim", "nguyen", "muller", "rossi", "silva", "patel", "sharma", "tanaka", "sato",
        "johnson", "brown", "lopez", "martin", "dubois", "kowalski", "novak", "hansen", "oconnor", "murphy", "lee",
        "chen", "singh", "khan", "ali", "costa", "santos", "schmidt", "weber", "fischer", "jones", "taylor",
        "williams", "anderson", "thompson", "moreau", "bianchi", "yilmaz", "cohen", "levi", "okafor", "mensah"]


def local_part(r, style=None):
    f, l = r.choice(FIRST), r.choice(LAST)
    style = style or wchoice(r, [("f.l", 24), ("fl", 14), ("f.l99", 10), ("fl99", 12), ("fl9999", 6), ("f_l", 5),
                                 ("il", 8), ("f99", 6), ("handle", 10), ("f.m.l", 2), ("l.f", 3)])
    d2 = str(r.randint(1, 99)).zfill(2)
    if style == "f.l":
        return f + "." + l
    if style == "fl":
        return f + l
    if style == "f.l99":
        return f + "." + l + d2
    if style == "fl99":
        return f + l + d2
    if style == "fl9999":
        return f + l + str(r.randint(1960, 2008))
    if style == "f_l":
        return f + "_" + l
    if style == "il":
        return f[0] + l
    if style == "f99":
        return f + d2
    if style == "f":
        return f
    if style == "f.m.l":
        return f + "." + r.choice("abcdefghjkmrst") + "." + l
    if style == "l.f":
        return l + "." + f
    w = r.choice(["dragon", "pixel", "shadow", "lucky", "coffee", "ninja", "blue", "wolf", "moon", "tiger", "nova",
                  "zen", "sky", "echo", "astro"])
    return w + r.choice(["", "_", "."]) + r.choice(["", str(r.randint(1, 999)), r.choice(FIRST)])


def email(r, cc):
    opts = list(FREEMAIL) + LOCALMAIL.get(cc, [])
    return wchoice(r, opts), local_part(r)


def created_before(r, t_ref, lo_days=20, hi_days=1100):
    """A sign-up time before t_ref, skewed to recent months."""
    u = r.random() ** 1.7
    d = lo_days + u * (hi_days - lo_days)
    return int(t_ref - d * DAY - r.randint(0, DAY))


class Person:
    """One human: home, phone, office, VPN habit, clients and model habits."""

    def __init__(self, w, r, cc=None, profile="consumer", client="personal"):
        self.cc = cc or wchoice(r, COUNTRIES)
        self.tz = wchoice(r, TZS[self.cc])
        self.lang = LANGS.get(self.cc, "en")
        if self.lang != "en" and r.random() > FOREIGN_SHARE.get(self.lang, .3):
            self.lang = "en"
        self.profile = profile
        self.home = w.net.household(r, self.cc)
        self.mob = w.net.mobile_net(r, self.cc)
        self.office = None
        self.vpn = 0.0 if r.random() > 0.09 else r.uniform(0.3, 1.0)
        self.vpn_cc = self.cc if r.random() < 0.6 else r.choice(["US", "NL", "GB", "DE", "CH", "SE"])
        fam = {"personal": clients.personal, "developer": clients.developer, "backend": clients.backend}
        self.clients = [fam[client](r)] if client in fam else [clients.make(r, client)]
        if r.random() < 0.3:
            self.clients.append(fam.get(client, clients.personal)(r))
        self.model = wchoice(r, [("orrery-3.5", 48), ("orrery-3.5-mini", 20), ("orrery-3", 12), ("orrery-3-mini", 8),
                                 ("orrery-3.5-20260611", 6), ("orrery-4-eager", 6)])
        self.adopt = None
        if self.model == "orrery-4-eager":
            self.model = "orrery-3.5"
            self.adopt = RELEASE + int(r.uniform(0.3, 30) * HOUR)
        elif r.random() < 0.25:
            self.adopt = RELEASE + int(r.uniform(20, 240) * HOUR)
        self.think = r.random() < 0.12
        self.max_tokens = wchoice(r, [(1024, 15), (2048, 15), (4096, 35), (8192, 25), (16000, 6), (None, 4)])

    def model_at(self, r, t):
        if self.adopt is not None and t >= self.adopt and r.random() < 0.8:
            return NEW_MODEL
        return self.model

    def net_for_session(self, r, t, mobile_share=0.25):
        """Returns a function t -> ip for one session."""
        if self.vpn and r.random() < self.vpn:
            ip = self._vpn_ip(r)
            return lambda rr, tt: ip
        h = local_hour(self.tz, t)
        if self.office is not None and 8.5 <= h <= 18 and r.random() < 0.8:
            ip = r.choice(self.office)
            return lambda rr, tt: ip
        if self.mob and r.random() < mobile_share:
            v6 = self.mob in ("tmobile", "vzw", "attmob", "jio", "ee") and r.random() < 0.6
            ip = self._mob_ip(r, v6)
            return lambda rr, tt: ip
        home = self.home
        return lambda rr, tt: home.ip(rr, tt)

    def _vpn_ip(self, r):
        return self.w_net.vpn_exit(r, self.vpn_cc)

    def _mob_ip(self, r, v6):
        return self.w_net.cgnat(r, self.mob, v6)


def make_person(w, r, **kw):
    p = Person(w, r, **kw)
    p.w_net = w.net
    return p


def out_tokens(r, median, sigma=0.55, cap=None):
    v = lognorm_int(r, median, sigma, lo=1)
    if cap:
        v = min(v, cap)
    return v


def conversation(w, r, a, p, t, first, n_turns, sys_prompt=None, gap=(25, 300), out_med=300, cl=None,
                 model=None, mobile_share=0.25, key=None, think=None, ipf=None, max_tokens="person", image_p=0.0,
                 fu="consumer"):
    """One chat session: a first prompt and n_turns-1 follow-ups. Returns the end time."""
    import t_base
    ipf = ipf or p.net_for_session(r, t, mobile_share)
    cl = cl or r.choice(p.clients)
    if key is None and len(a.keys) > 1:
        key = a.keys[p.clients.index(cl) % len(a.keys)] if cl in p.clients else a.keys[-1]
    ctx = tok(sys_prompt) if sys_prompt else 0
    mt = p.max_tokens if max_tokens == "person" else max_tokens
    for i in range(n_turns):
        prompt = first if i == 0 else t_base.followup(r, fu)
        o = out_tokens(r, out_med if i == 0 else max(40, out_med * 0.6))
        th = 0
        use_think = p.think if think is None else think
        if use_think:
            th = lognorm_int(r, 900, 0.7, lo=50)
            o += th
        pin = ctx + tok(prompt) + r.randint(3, 12)
        img = image_p and r.random() < image_p and i == 0
        if img:
            pin += r.randint(700, 1600)
        m = model or p.model_at(r, t)
        w.emit(a, t, ipf(r, t), cl, m, prompt, pin, o, key=key, system=sys_prompt, turns=2 * i + 1, image=img,
               max_tokens=mt, think=th)
        ctx = pin + o - th
        t += int(min(o, 2500) * r.uniform(8, 25)) + int(r.uniform(gap[0], gap[1]) * SEC)
    return t


def agent_loop(w, r, a, t, first, tools, steps, ipf, cl, model, *, sys_prompt=None, think=(0, 0), max_tokens=32000,
               tool_wait=(1.0, 40.0), human_p=0.08, key=None, result_tok=(150, 3500), out_med=220, start_turns=1):
    """A tool-use loop: the task prompt, then steps whose last user turn is a tool result (empty prompt).
    Returns the end time."""
    import t_base
    ctx = (tok(sys_prompt) if sys_prompt else 0) + 40 * len(tools)
    turns = start_turns
    prompt = first
    for s in range(steps):
        last = s == steps - 1
        calls = 0 if last else (1 if r.random() < 0.7 else r.randint(2, 3))
        o = out_tokens(r, out_med if not last else out_med * 2.2, 0.6)
        th = 0
        if think[1]:
            th = r.randint(think[0], think[1])
            o += th
        pin = ctx + tok(prompt) + 8
        m = model(t) if callable(model) else model
        w.emit(a, t, ipf(r, t), cl, m, prompt, pin, o, key=key, system=sys_prompt, turns=turns, tools=tools,
               tool_calls=calls, max_tokens=max_tokens, think=th, stop=None if calls else "end_turn")
        if last:
            break
        res = r.randint(result_tok[0], result_tok[1]) * calls
        ctx = pin + (o - th) + res
        t += int(min(o, 3000) * r.uniform(6, 18)) + int(r.uniform(tool_wait[0], tool_wait[1]) * SEC)
        turns += 2
        if r.random() < human_p:
            prompt = humanize_follow(r)
            t += int(r.uniform(10, 240) * SEC)
        else:
            prompt = ""
    return t


def humanize_follow(r):
    from common import humanize
    return humanize(r, r.choice(["no, keep the old behaviour for the v1 endpoint", "looks good, go on",
                                 "wait, don't touch the migrations", "also update the README", "run the tests again",
                                 "use the existing helper instead", "why did that fail?", "ok commit it",
                                 "can you make it simpler", "stop, that's the wrong file"]), 0.7)


# Universities: (email domain, campus network key or None, country, time zone, student local-part styles)
UNIS = [
    ("mit.edu", "u_mit", "US", "America/New_York", ["uniq", "f.l"]),
    ("stanford.edu", "u_stanford", "US", "America/Los_Angeles", ["uniq"]),
    ("berkeley.edu", "u_berkeley", "US", "America/Los_Angeles", ["f.l", "fl"]),
    ("umich.edu", "u_umich", "US", "America/New_York", ["uniq"]),
    ("illinois.edu", "u_uiuc", "US", "America/Chicago", ["netid"]),
    ("andrew.cmu.edu", "u_cmu", "US", "America/New_York", ["andrew"]),
    ("uw.edu", "u_uw", "US", "America/Los_Angeles", ["uniq"]),
    ("cam.ac.uk", "u_cam", "GB", "Europe/London", ["crsid"]),
    ("ucl.ac.uk", "u_ucl", "GB", "Europe/London", ["ucl"]),
    ("ed.ac.uk", "u_edinburgh", "GB", "Europe/London", ["sid"]),
    ("ethz.ch", "u_eth", "CH", "Europe/Zurich", ["uniq"]),
    ("tum.de", "u_tum", "DE", "Europe/Berlin", ["f.l"]),
    ("mail.utoronto.ca", "u_toronto", "CA", "America/Toronto", ["f.l"]),
    ("student.ubc.ca", "u_ubc", "CA", "America/Vancouver", ["uniq"]),
    ("u.nus.edu", "u_nus", "SG", "Asia/Singapore", ["nus"]),
    ("g.ecc.u-tokyo.ac.jp", "u_tokyo", "JP", "Asia/Tokyo", ["sid"]),
    ("kaist.ac.kr", "u_kaist", "KR", "Asia/Seoul", ["fl"]),
    ("student.unimelb.edu.au", "u_melb", "AU", "Australia/Melbourne", ["fl99"]),
    ("iitb.ac.in", "u_iitb", "IN", "Asia/Kolkata", ["roll"]),
    ("usp.br", "u_usp", "BR", "America/Sao_Paulo", ["f.l"]),
    ("campus.ul.pt", "u_lisboa", "PT", "Europe/Lisbon", ["fc"]),
    ("student.uva.nl", "u_amsterdam", "NL", "Europe/Amsterdam", ["f.l"]),
    ("asu.edu", None, "US", "America/Phoenix", ["asurite"]),
    ("utexas.edu", None, "US", "America/Chicago", ["uniq"]),
    ("ufl.edu", None, "US", "America/New_York", ["f.l"]),
    ("gatech.edu", None, "US", "America/New_York", ["gt"]),
    ("ucsd.edu", None, "US", "America/Los_Angeles", ["uniq"]),
    ("nyu.edu", None, "US", "America/New_York", ["nyu"]),
    ("kcl.ac.uk", None, "GB", "Europe/London", ["k"]),
    ("student.manchester.ac.uk", None, "GB", "Europe/London", ["f.l"]),
    ("rwth-aachen.de", None, "DE", "Europe/Berlin", ["f.l"]),
    ("etu.sorbonne-universite.fr", None, "FR", "Europe/Paris", ["f.l"]),
    ("studenti.unimi.it", None, "IT", "Europe/Rome", ["f.l"]),
    ("uq.net.au", None, "AU", "Australia/Brisbane", ["s"]),
    ("student.monash.edu", None, "AU", "Australia/Melbourne", ["monash"]),
    ("mail.mcgill.ca", None, "CA", "America/Toronto", ["f.l"]),
    ("e.ntu.edu.sg", None, "SG", "Asia/Singapore", ["ntu"]),
    ("connect.hku.hk", None, "HK", "Asia/Hong_Kong", ["uniq"]),
    ("snu.ac.kr", None, "KR", "Asia/Seoul", ["fl"]),
    ("comunidad.unam.mx", None, "MX", "America/Mexico_City", ["fl"]),
    ("myuct.ac.za", None, "ZA", "Africa/Johannesburg", ["uct"]),
    ("students.uonbi.ac.ke", None, "KE", "Africa/Nairobi", ["f.l"]),
    ("live.unilag.edu.ng", None, "NG", "Africa/Lagos", ["roll"]),
    ("mahasiswa.itb.ac.id", None, "ID", "Asia/Jakarta", ["roll"]),
    ("up.edu.ph", None, "PH", "Asia/Manila", ["f99"]),
]


def student_local(r, style):
    f, l = r.choice(FIRST), r.choice(LAST)
    if style == "uniq":
        return (f[:r.randint(2, 5)] + l)[:8]
    if style in ("netid", "asurite"):
        return f[:r.randint(1, 5)] + l[:r.randint(2, 5)] + str(r.randint(1, 99))
    if style == "andrew":
        return f[0] + l[:r.randint(2, 6)]
    if style == "crsid":
        return f[0] + l[0] + str(r.randint(100, 999))
    if style == "ucl":
        return "uc" + r.choice("abcdefghijklm") + "a" + l[:3]
    if style == "sid":
        return "s" + str(r.randint(1000000, 2999999))
    if style == "nus":
        return "e" + str(r.randint(1000000, 1399999))
    if style == "roll":
        return str(r.randint(20, 25)) + r.choice(["b", "d", "m"]) + str(r.randint(10000, 99999))
    if style == "fc":
        return "fc" + str(r.randint(50000, 69999))
    if style == "gt":
        return f[0] + l + str(r.randint(1, 99))
    if style == "nyu":
        return f[0] + l[0] + str(r.randint(1000, 9999))
    if style == "k":
        return "k" + str(r.randint(20000000, 25999999))
    if style == "s":
        return "s" + str(r.randint(4000000, 4999999))
    if style == "monash":
        return f[:2] + l[:4] + str(r.randint(1, 9999)).zfill(4)
    if style == "ntu":
        return l[:r.randint(3, 6)] + str(r.randint(1, 999)).zfill(3)
    if style == "uct":
        return l[:5] + f[:3] + str(r.randint(1, 9)).zfill(3)
    if style == "fl99":
        return f + l[0] + str(r.randint(1, 99))
    return local_part(r, style)
