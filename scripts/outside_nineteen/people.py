"""People, countries, e-mail addresses, company names."""
import re

# code: (weight for the everyday population, [UTC offsets in October 2026 with weights], language, mail providers)
# Northern-hemisphere summer time is still on (it ends 25 Oct in Europe, 1 Nov in North America);
# Australia and New Zealand switched to summer time on 4 Oct and 27 Sep.
COUNTRIES = {
    "US": (300, [(-4, 48), (-5, 28), (-6, 7), (-7, 17)], "en", ["gmail.com"] * 6 + ["yahoo.com", "outlook.com", "icloud.com", "hotmail.com", "aol.com", "proton.me", "comcast.net"]),
    "CA": (40, [(-4, 60), (-6, 8), (-7, 32)], "en", ["gmail.com"] * 4 + ["outlook.com", "hotmail.com", "yahoo.ca", "icloud.com", "rogers.com"]),
    "GB": (60, [(1, 1)], "en", ["gmail.com"] * 4 + ["outlook.com", "hotmail.co.uk", "yahoo.co.uk", "btinternet.com", "icloud.com"]),
    "IE": (8, [(1, 1)], "en", ["gmail.com"] * 3 + ["outlook.com", "eircom.net"]),
    "DE": (50, [(2, 1)], "de", ["gmail.com"] * 3 + ["gmx.de", "web.de", "t-online.de", "outlook.de", "posteo.de"]),
    "FR": (35, [(2, 1)], "fr", ["gmail.com"] * 3 + ["orange.fr", "free.fr", "laposte.net", "outlook.fr", "sfr.fr"]),
    "NL": (16, [(2, 1)], "nl", ["gmail.com"] * 3 + ["outlook.com", "ziggo.nl", "kpnmail.nl"]),
    "ES": (25, [(2, 1)], "es", ["gmail.com"] * 4 + ["hotmail.es", "yahoo.es", "outlook.es"]),
    "IT": (22, [(2, 1)], "it", ["gmail.com"] * 3 + ["libero.it", "hotmail.it", "virgilio.it"]),
    "PT": (8, [(1, 1)], "pt", ["gmail.com"] * 3 + ["sapo.pt", "hotmail.com"]),
    "PL": (18, [(2, 1)], "pl", ["gmail.com"] * 3 + ["wp.pl", "o2.pl", "onet.pl", "interia.pl"]),
    "SE": (10, [(2, 1)], "sv", ["gmail.com"] * 3 + ["hotmail.se", "outlook.com"]),
    "AT": (7, [(2, 1)], "de", ["gmail.com"] * 2 + ["gmx.at", "aon.at"]),
    "BE": (7, [(2, 1)], "fr", ["gmail.com"] * 2 + ["skynet.be", "telenet.be"]),
    "CH": (8, [(2, 1)], "de", ["gmail.com"] * 2 + ["bluewin.ch", "gmx.ch", "proton.me"]),
    "IN": (80, [(5.5, 1)], "en", ["gmail.com"] * 8 + ["yahoo.co.in", "rediffmail.com", "outlook.com"]),
    "PK": (10, [(5, 1)], "en", ["gmail.com"] * 4 + ["yahoo.com"]),
    "JP": (30, [(9, 1)], "ja", ["gmail.com"] * 3 + ["yahoo.co.jp", "docomo.ne.jp", "icloud.com", "outlook.jp"]),
    "KR": (18, [(9, 1)], "ko", ["gmail.com"] * 2 + ["naver.com"] * 3 + ["daum.net", "kakao.com"]),
    "SG": (10, [(8, 1)], "en", ["gmail.com"] * 3 + ["yahoo.com.sg", "outlook.com"]),
    "ID": (20, [(7, 70), (8, 25), (9, 5)], "id", ["gmail.com"] * 5 + ["yahoo.co.id"]),
    "PH": (16, [(8, 1)], "en", ["gmail.com"] * 5 + ["yahoo.com"]),
    "VN": (14, [(7, 1)], "vi", ["gmail.com"] * 5 + ["yahoo.com.vn"]),
    "AU": (30, [(11, 70), (10.5, 8), (10, 12), (8, 10)], "en", ["gmail.com"] * 3 + ["bigpond.com", "outlook.com", "icloud.com", "optusnet.com.au"]),
    "NZ": (6, [(13, 1)], "en", ["gmail.com"] * 2 + ["xtra.co.nz"]),
    "BR": (40, [(-3, 85), (-4, 15)], "pt", ["gmail.com"] * 5 + ["hotmail.com", "outlook.com", "uol.com.br", "bol.com.br"]),
    "MX": (22, [(-6, 85), (-7, 15)], "es", ["gmail.com"] * 4 + ["hotmail.com", "outlook.com", "prodigy.net.mx"]),
    "AR": (12, [(-3, 1)], "es", ["gmail.com"] * 4 + ["hotmail.com", "yahoo.com.ar"]),
    "NG": (14, [(1, 1)], "en", ["gmail.com"] * 5 + ["yahoo.com"]),
    "ZA": (10, [(2, 1)], "en", ["gmail.com"] * 3 + ["webmail.co.za", "outlook.com"]),
    "KE": (8, [(3, 1)], "en", ["gmail.com"] * 4 + ["yahoo.com"]),
    "EG": (8, [(3, 1)], "ar", ["gmail.com"] * 4 + ["yahoo.com", "hotmail.com"]),
    "TR": (14, [(3, 1)], "tr", ["gmail.com"] * 4 + ["hotmail.com", "yandex.com"]),
    "UA": (10, [(3, 1)], "uk", ["gmail.com"] * 3 + ["ukr.net", "i.ua"]),
    "AE": (8, [(4, 1)], "en", ["gmail.com"] * 3 + ["outlook.com", "yahoo.com"]),
    "IL": (8, [(3, 1)], "en", ["gmail.com"] * 3 + ["walla.co.il"]),
    "HK": (6, [(8, 1)], "en", ["gmail.com"] * 2 + ["yahoo.com.hk", "netvigator.com"]),
}

RESTRICTED = ["CN", "RU", "IR", "KP", "SY", "CU", "BY", "MO"]
TZ_RESTRICTED = {"CN": 8, "RU": 3, "IR": 3.5, "BY": 3}


def pick_country(rng, cache={}):
    if "cw" not in cache:
        keys = sorted(COUNTRIES)
        acc, cw = 0, []
        for k in keys:
            acc += COUNTRIES[k][0]
            cw.append(acc)
        cache["cw"] = (keys, cw)
    keys, cw = cache["cw"]
    return rng.choices(keys, cum_weights=cw)[0]


def pick_tz(rng, country):
    if country in TZ_RESTRICTED:
        return TZ_RESTRICTED[country]
    opts = COUNTRIES[country][1]
    return rng.choices([o for o, _ in opts], weights=[w for _, w in opts])[0]


def lang_of(country):
    return COUNTRIES[country][2] if country in COUNTRIES else "en"


FIRST = {
    "en": "james mary robert patricia michael jennifer david linda william elizabeth sarah chris jessica daniel ashley matthew emily "
          "andrew hannah joshua megan ryan lauren tyler kayla brandon olivia ethan chloe liam grace noah zoe aiden maya "
          "tom lucy oliver amelia harry isla jack sophie george ella priya rahul arjun ananya vikram neha rohan kavya "
          "aditya sneha chinedu ngozi tunde amaka thabo lerato wanjiru kamau ahmed fatima omar aisha yusuf layla",
    "de": "lukas lena jonas anna leon mia felix laura paul hannah jan sophie tim lea max julia niklas katharina moritz johanna",
    "fr": "lucas emma hugo chloe louis manon gabriel camille arthur lea jules ines theo sarah nathan julie antoine margaux",
    "nl": "daan emma sem julia lucas sophie thijs lisa bram fleur ruben anouk",
    "es": "alejandro lucia pablo maria daniel paula hugo sofia javier laura carlos marta diego elena sergio carmen",
    "it": "luca giulia marco francesca matteo chiara andrea sara lorenzo martina davide elena",
    "pt": "joao ana pedro beatriz lucas mariana gabriel julia rafael camila tiago ines",
    "pl": "jakub zuzanna kacper julia szymon maja filip lena mateusz aleksandra piotr magdalena",
    "sv": "erik elsa lars maja oskar alice johan saga",
    "ja": "haruto yui sota hina riku aoi yuto mei kenta sakura takumi yuna daiki rin shota misaki",
    "ko": "minjun seoyeon jiho jiwoo hyunwoo sujin dohyun yerin junseo minji",
    "id": "budi siti agus dewi rizky putri andi ayu fajar nur",
    "vi": "minh linh huy trang duc thao nam lan khoa mai",
    "tr": "emre zeynep can elif burak ayse mehmet selin",
    "uk": "oleksandr olena andrii iryna dmytro kateryna",
    "ar": "mohamed nour ahmed salma karim mariam youssef hana",
    "zh": "wei jing hao li yang min jun xin lei ying tao fang",
    "ru": "ivan anna dmitry elena sergei olga alexei natalia",
}
LAST = {
    "en": "smith johnson williams brown jones garcia miller davis wilson anderson taylor thomas moore martin jackson white "
          "harris clark lewis walker hall young king wright scott green baker adams nelson carter mitchell roberts "
          "patel sharma singh gupta reddy iyer nair khan okafor adeyemi mensah ndlovu mwangi otieno hassan ali",
    "de": "mueller schmidt schneider fischer weber meyer wagner becker schulz hoffmann koch richter klein wolf",
    "fr": "martin bernard dubois thomas robert richard petit durand leroy moreau simon laurent lefebvre michel",
    "nl": "devries jansen bakker visser smit meijer degroot bos vos peters",
    "es": "garcia rodriguez gonzalez fernandez lopez martinez sanchez perez gomez martin ruiz hernandez diaz",
    "it": "rossi russo ferrari esposito bianchi romano colombo ricci marino greco",
    "pt": "silva santos oliveira souza lima pereira costa ferreira rodrigues almeida",
    "pl": "nowak kowalski wisniewski wojcik kaminski lewandowski zielinski szymanski",
    "sv": "andersson johansson karlsson nilsson eriksson larsson",
    "ja": "sato suzuki takahashi tanaka watanabe ito yamamoto nakamura kobayashi kato",
    "ko": "kim lee park choi jung kang cho yoon",
    "id": "santoso wijaya pratama hidayat saputra kusuma",
    "vi": "nguyen tran le pham hoang phan vu dang",
    "tr": "yilmaz kaya demir sahin celik yildiz",
    "uk": "shevchenko bondarenko kovalenko tkachenko kravchenko",
    "ar": "hassan ibrahim mahmoud abdelrahman mostafa saleh",
    "zh": "wang li zhang liu chen yang huang zhao wu zhou",
    "ru": "ivanov smirnov kuznetsov popov sokolov lebedev",
}
_NAMELANG = {"en": "en", "de": "de", "fr": "fr", "nl": "nl", "es": "es", "it": "it", "pt": "pt", "pl": "pl", "sv": "sv",
             "ja": "ja", "ko": "ko", "id": "id", "vi": "vi", "tr": "tr", "uk": "uk", "ar": "ar", "zh": "zh", "ru": "ru"}
_SPLIT = {k: v.split() for k, v in FIRST.items()}
_SPLITL = {k: v.split() for k, v in LAST.items()}


def person(rng, country):
    lang = {"CN": "zh", "RU": "ru", "HK": "zh", "SG": rng.choice(["en", "zh"])}.get(country) or _NAMELANG.get(lang_of(country), "en")
    if rng.random() < 0.15:
        lang = "en"
    return rng.choice(_SPLIT[lang]), rng.choice(_SPLITL[lang])


def local_part(rng, first, last, style=None):
    style = style or rng.choices(
        ["f.l", "fl", "fl99", "f_l", "fl9999", "f.l99", "flast", "nick99", "fl.work", "random", "f9", "l.f"],
        weights=[16, 12, 14, 5, 6, 7, 10, 10, 3, 5, 6, 6])[0]
    yr = str(rng.randint(1962, 2008))
    if style == "f.l":
        return "%s.%s" % (first, last)
    if style == "fl":
        return first + last
    if style == "fl99":
        return first + last + yr[2:]
    if style == "f_l":
        return "%s_%s" % (first, last)
    if style == "fl9999":
        return first + last + yr
    if style == "f.l99":
        return "%s.%s%d" % (first, last, rng.randint(1, 99))
    if style == "flast":
        return first[0] + last
    if style == "nick99":
        return rng.choice(["the", "its", "mr", "real", "just", "hey", ""]) + rng.choice(
            ["coder", "gamer", "wolf", "panda", "pixel", "nova", "ghost", "sunny", "moon", "tiger", "dev", "hacker", "writer",
             "reader", "maker", "ninja", "cat", "fox", "bear", "rider"]) + str(rng.randint(1, 9999))
    if style == "fl.work":
        return "%s.%s.%s" % (first, last, rng.choice(["work", "biz", "pro", "mail", "dev"]))
    if style == "random":
        return "".join(rng.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(rng.randint(7, 12)))
    if style == "f9":
        return first + str(rng.randint(1, 999))
    return "%s.%s" % (last, first)


_SHAPE = re.compile(r"[^\W\d_]")


def shape(local):
    """letters -> a, digits -> 9, everything else kept."""
    out = []
    for ch in local:
        if ch.isdigit():
            out.append("9")
        elif ch.isalpha():
            out.append("a")
        else:
            out.append(ch)
    return "".join(out)


_SYL1 = "bright kest lumen ash cor dal ever fern gran harbor iron juni kin lark marl north oak pine quill river sable " \
        "tide umber vale west yarrow zephyr alder birch cedar delta ember flint glen heron isle jade kelp loch " \
        "maple nimbus opal pebble quarry rowan slate thorn upland vesper willow"
_SYL2 = "well stone field wood bridge brook gate ridge haven point view works line crest moor forge mark path wick " \
        "light bay cove lane hill side ford"
_KIND = ["Logistics", "Analytics", "Labs", "Health", "Insurance", "Capital", "Foods", "Retail", "Robotics", "Energy",
         "Systems", "Software", "Media", "Partners", "Manufacturing", "Bank", "Telecom", "Pharma", "Legal", "Travel",
         "Studios", "Consulting", "Biotech", "Freight", "Properties", "Education", "Security", "Mobility", "Materials"]


def company(rng, kind=None):
    a = rng.choice(_SYL1.split())
    b = rng.choice(_SYL2.split())
    nm = (a + b).capitalize() if rng.random() < 0.6 else a.capitalize() + " " + b.capitalize()
    k = kind or rng.choice(_KIND)
    full = "%s %s" % (nm, k)
    tld = rng.choices([".com", ".io", ".co", ".de", ".co.uk", ".ai", ".net", ".eu", ".fr", ".nl"],
                      weights=[50, 10, 8, 5, 5, 6, 5, 3, 2, 2])[0]
    dom = nm.lower().replace(" ", "") + (rng.choice(["", k.lower()[:4], "hq", "group"]) if rng.random() < 0.5 else "") + tld
    return full, dom


def hexid(rng, n):
    return "%0*x" % (n, rng.getrandbits(4 * n))


def b32id(rng, n):
    al = "0123456789abcdefghjkmnpqrstvwxyz"
    return "".join(al[rng.getrandbits(5)] for _ in range(n))
