"""Countries, names, e-mail domains and local-part shapes for sign-ups."""
from common import pick, wpick

# cc: (utc offset hours in April, consumer weight, name pool, consumer mail domains)
COUNTRIES = {
    "US": (-5, 30, "en", ["gmail.com", "gmail.com", "yahoo.com", "outlook.com", "icloud.com", "hotmail.com", "aol.com", "proton.me"]),
    "CA": (-5, 4, "en", ["gmail.com", "outlook.com", "hotmail.com", "yahoo.ca", "icloud.com"]),
    "GB": (1, 7, "en", ["gmail.com", "outlook.com", "hotmail.co.uk", "btinternet.com", "icloud.com", "yahoo.co.uk"]),
    "IE": (1, 1, "en", ["gmail.com", "outlook.com", "eircom.net"]),
    "AU": (10, 3, "en", ["gmail.com", "outlook.com", "bigpond.com", "icloud.com"]),
    "NZ": (12, .6, "en", ["gmail.com", "xtra.co.nz"]),
    "DE": (2, 7, "de", ["gmail.com", "gmx.de", "web.de", "t-online.de", "outlook.de", "posteo.de"]),
    "AT": (2, 1, "de", ["gmail.com", "gmx.at", "aon.at"]),
    "CH": (2, 1, "de", ["gmail.com", "bluewin.ch", "proton.me"]),
    "FR": (2, 5, "fr", ["gmail.com", "orange.fr", "free.fr", "laposte.net", "hotmail.fr"]),
    "BE": (2, 1, "nl", ["gmail.com", "skynet.be", "telenet.be"]),
    "NL": (2, 2.5, "nl", ["gmail.com", "ziggo.nl", "hotmail.nl", "kpnmail.nl"]),
    "ES": (2, 3, "es", ["gmail.com", "hotmail.es", "yahoo.es", "outlook.es"]),
    "PT": (1, 1, "pt", ["gmail.com", "sapo.pt", "hotmail.com"]),
    "IT": (2, 3, "it", ["gmail.com", "libero.it", "virgilio.it", "hotmail.it"]),
    "PL": (2, 2, "pl", ["gmail.com", "wp.pl", "o2.pl", "onet.pl"]),
    "CZ": (2, 1, "cz", ["gmail.com", "seznam.cz", "email.cz"]),
    "SE": (2, 1.5, "sv", ["gmail.com", "hotmail.se", "outlook.com"]),
    "UA": (3, 1.5, "uk", ["gmail.com", "ukr.net", "i.ua"]),
    "TR": (3, 2, "tr", ["gmail.com", "hotmail.com", "yandex.com.tr"]),
    "IL": (3, 1, "he", ["gmail.com", "walla.co.il"]),
    "EG": (2, 1, "ar", ["gmail.com", "yahoo.com", "hotmail.com"]),
    "SA": (3, 1, "ar", ["gmail.com", "hotmail.com", "outlook.sa"]),
    "AE": (4, 1, "ar", ["gmail.com", "outlook.com", "icloud.com"]),
    "NG": (1, 1.5, "ng", ["gmail.com", "yahoo.com"]),
    "KE": (3, 1, "ke", ["gmail.com", "yahoo.com"]),
    "IN": (5.5, 12, "in", ["gmail.com", "gmail.com", "yahoo.co.in", "rediffmail.com", "outlook.com"]),
    "PK": (5, 1.5, "in", ["gmail.com", "yahoo.com", "hotmail.com"]),
    "BD": (6, 1, "in", ["gmail.com", "yahoo.com"]),
    "JP": (9, 5, "ja", ["gmail.com", "yahoo.co.jp", "icloud.com", "docomo.ne.jp", "outlook.jp"]),
    "KR": (9, 3, "ko", ["gmail.com", "naver.com", "daum.net", "kakao.com"]),
    "TW": (8, 1.5, "zh", ["gmail.com", "yahoo.com.tw", "hotmail.com"]),
    "HK": (8, 1, "zh", ["gmail.com", "yahoo.com.hk", "outlook.com", "netvigator.com"]),
    "SG": (8, 1.5, "zh", ["gmail.com", "outlook.com", "singnet.com.sg"]),
    "MY": (8, 1, "id", ["gmail.com", "yahoo.com", "outlook.com"]),
    "ID": (7, 3, "id", ["gmail.com", "yahoo.co.id", "yahoo.com"]),
    "PH": (8, 2.5, "fil", ["gmail.com", "yahoo.com"]),
    "VN": (7, 2, "vi", ["gmail.com", "yahoo.com.vn", "outlook.com"]),
    "TH": (7, 1, "th", ["gmail.com", "hotmail.com"]),
    "BR": (-3, 6, "pt", ["gmail.com", "hotmail.com", "outlook.com", "uol.com.br", "bol.com.br", "yahoo.com.br"]),
    "MX": (-6, 3, "es", ["gmail.com", "hotmail.com", "outlook.com", "yahoo.com.mx"]),
    "AR": (-3, 1.5, "es", ["gmail.com", "hotmail.com", "yahoo.com.ar"]),
    "CL": (-4, 1, "es", ["gmail.com", "hotmail.com"]),
    "CN": (8, 0, "zh", ["qq.com", "163.com", "126.com"]),
    "RU": (3, 0, "ru", ["mail.ru", "yandex.ru", "gmail.com"]),
}
CONSUMER_CCS = [c for c in COUNTRIES if COUNTRIES[c][1] > 0]
CONSUMER_W = [COUNTRIES[c][1] for c in CONSUMER_CCS]

NAMES = {
    "en": (["james", "mary", "john", "patricia", "robert", "jennifer", "michael", "linda", "david", "sarah", "chris", "emily",
            "daniel", "jessica", "matt", "ashley", "andrew", "megan", "ryan", "laura", "kevin", "rachel", "tom", "hannah",
            "ben", "olivia", "sam", "chloe", "jack", "grace", "liam", "zoe", "ethan", "nina", "owen", "claire", "aaron", "beth",
            "marcus", "tanya", "derek", "kim", "tyler", "brooke", "noah", "ava", "connor", "maddie", "isaac", "priya"],
           ["smith", "johnson", "williams", "brown", "jones", "miller", "davis", "wilson", "taylor", "clark", "lewis", "walker",
            "hall", "young", "allen", "wright", "king", "scott", "green", "baker", "adams", "nelson", "hill", "campbell",
            "mitchell", "roberts", "carter", "phillips", "evans", "turner", "parker", "collins", "edwards", "stewart", "morris",
            "murphy", "cook", "rogers", "morgan", "cooper", "reed", "bailey", "bell", "kelly", "howard", "ward", "cox", "price"]),
    "de": (["lukas", "anna", "jonas", "lea", "felix", "laura", "paul", "julia", "max", "sophie", "tobias", "katrin", "stefan",
            "miriam", "jan", "lena", "florian", "sabine", "matthias", "nina", "tim", "hannah", "markus", "carina"],
           ["mueller", "schmidt", "schneider", "fischer", "weber", "meyer", "wagner", "becker", "schulz", "hoffmann", "koch",
            "richter", "klein", "wolf", "neumann", "schwarz", "braun", "zimmermann", "krueger", "hartmann", "lange", "werner"]),
    "fr": (["lucas", "camille", "hugo", "manon", "louis", "chloe", "theo", "ines", "julien", "claire", "antoine", "sarah",
            "maxime", "pauline", "nicolas", "lea", "romain", "margaux"],
           ["martin", "bernard", "dubois", "thomas", "robert", "richard", "petit", "durand", "leroy", "moreau", "simon",
            "laurent", "lefebvre", "michel", "garcia", "david", "bertrand", "roux", "fournier", "girard"]),
    "es": (["alejandro", "lucia", "pablo", "maria", "diego", "sofia", "javier", "carmen", "sergio", "paula", "andres",
            "valentina", "carlos", "elena", "miguel", "ana", "jorge", "isabel", "luis", "camila"],
           ["garcia", "rodriguez", "gonzalez", "fernandez", "lopez", "martinez", "sanchez", "perez", "gomez", "martin",
            "jimenez", "ruiz", "hernandez", "diaz", "moreno", "alvarez", "romero", "torres", "ramirez", "flores"]),
    "pt": (["joao", "ana", "pedro", "mariana", "lucas", "beatriz", "gabriel", "julia", "rafael", "camila", "tiago",
            "larissa", "bruno", "fernanda", "felipe", "leticia"],
           ["silva", "santos", "oliveira", "souza", "lima", "pereira", "ferreira", "costa", "rodrigues", "almeida",
            "nascimento", "carvalho", "gomes", "martins", "araujo", "ribeiro"]),
    "it": (["marco", "giulia", "luca", "francesca", "andrea", "chiara", "matteo", "sara", "davide", "elisa", "simone",
            "valentina"], ["rossi", "russo", "ferrari", "esposito", "bianchi", "romano", "colombo", "ricci", "marino",
                           "greco", "bruno", "gallo", "conti", "costa"]),
    "nl": (["daan", "emma", "sem", "julia", "lucas", "sanne", "thijs", "lotte", "bram", "fleur", "ruben", "anouk"],
           ["dejong", "jansen", "devries", "vandenberg", "bakker", "visser", "smit", "meijer", "mulder", "bos", "vos",
            "peters"]),
    "pl": (["jakub", "anna", "piotr", "katarzyna", "tomasz", "magda", "kamil", "agnieszka", "michal", "ola"],
           ["nowak", "kowalski", "wisniewski", "wojcik", "kaminski", "lewandowski", "zielinski", "szymanski"]),
    "cz": (["jan", "petra", "tomas", "lucie", "martin", "tereza"], ["novak", "svoboda", "novotny", "dvorak", "cerny"]),
    "sv": (["erik", "elin", "oskar", "maja", "johan", "sara", "anders", "linnea"],
           ["andersson", "johansson", "karlsson", "nilsson", "eriksson", "larsson", "olsson"]),
    "uk": (["oleksandr", "olena", "andrii", "iryna", "dmytro", "kateryna", "serhii", "yulia"],
           ["shevchenko", "kovalenko", "bondarenko", "tkachenko", "kravchenko", "melnyk", "boiko"]),
    "tr": (["mehmet", "ayse", "mustafa", "fatma", "emre", "zeynep", "burak", "elif", "can", "merve"],
           ["yilmaz", "kaya", "demir", "sahin", "celik", "yildiz", "aydin", "ozturk", "arslan"]),
    "he": (["noam", "yael", "itai", "noa", "omer", "tamar"], ["cohen", "levi", "mizrahi", "peretz", "biton", "friedman"]),
    "ar": (["ahmed", "fatima", "omar", "layla", "youssef", "mariam", "khaled", "nour", "hassan", "salma"],
           ["hassan", "ali", "ibrahim", "mahmoud", "saleh", "haddad", "nasser", "khalil", "farouk"]),
    "ng": (["chinedu", "ngozi", "tunde", "aisha", "emeka", "funmi", "ibrahim", "chioma"],
           ["okafor", "adeyemi", "okonkwo", "balogun", "eze", "ibrahim", "nwosu", "afolabi"]),
    "ke": (["brian", "faith", "kevin", "mercy", "dennis", "wanjiru"], ["otieno", "kamau", "mwangi", "ochieng", "wanjiku"]),
    "in": (["rahul", "priya", "amit", "sneha", "vikram", "ananya", "arjun", "pooja", "rohan", "divya", "karthik", "neha",
            "sanjay", "kavya", "aditya", "meera", "nikhil", "shreya", "imran", "ayesha"],
           ["sharma", "patel", "singh", "kumar", "gupta", "reddy", "iyer", "nair", "rao", "mehta", "joshi", "verma",
            "das", "chatterjee", "khan", "menon", "pillai", "bose"]),
    "ja": (["haruto", "yui", "sota", "hina", "ren", "aoi", "takumi", "sakura", "kenta", "miyu", "daiki", "nanami"],
           ["sato", "suzuki", "takahashi", "tanaka", "watanabe", "ito", "yamamoto", "nakamura", "kobayashi", "kato"]),
    "ko": (["minjun", "seoyeon", "jiho", "jiwoo", "hyunwoo", "soyeon", "dohyun", "yuna"],
           ["kim", "lee", "park", "choi", "jung", "kang", "cho", "yoon"]),
    "zh": (["wei", "mei", "jun", "ling", "hao", "xin", "kai", "yan", "ming", "jia", "kelvin", "vivian", "jason", "cheryl"],
           ["chen", "wang", "li", "zhang", "liu", "lin", "huang", "wong", "tan", "lim", "ng", "ho", "cheung", "lau"]),
    "id": (["budi", "siti", "agus", "dewi", "rizky", "putri", "andi", "nurul", "hafiz", "aisyah"],
           ["santoso", "wijaya", "pratama", "saputra", "hidayat", "rahman", "abdullah", "ismail"]),
    "fil": (["mark", "joy", "john", "angel", "jerome", "kristine", "paolo", "bea"],
            ["santos", "reyes", "cruz", "bautista", "garcia", "mendoza", "delacruz", "villanueva"]),
    "vi": (["minh", "linh", "huy", "trang", "duc", "thao", "khanh", "ngoc"],
           ["nguyen", "tran", "le", "pham", "hoang", "vu", "dang", "bui"]),
    "th": (["somchai", "nattaya", "anan", "pimchanok", "krit", "suda"], ["srisuk", "chaiyaporn", "wongsa", "boonmee"]),
    "ru": (["ivan", "olga", "dmitry", "anna", "sergey", "elena"], ["ivanov", "smirnov", "kuznetsov", "popov", "volkov"]),
}

HANDLE_A = ["night", "blue", "quiet", "lucky", "silver", "wild", "tiny", "cosmic", "urban", "north", "rusty", "golden",
            "pixel", "lazy", "iron", "misty", "paper", "solar", "velvet", "coffee", "forest", "neon", "arctic", "lunar"]
HANDLE_B = ["fox", "owl", "coder", "panda", "rider", "wolf", "river", "garden", "otter", "tiger", "sparrow", "maker",
            "nomad", "falcon", "koala", "raven", "bee", "lion", "runner", "cat", "dreamer", "moth", "hawk", "pine"]


def person(r, cc):
    pool = NAMES[COUNTRIES.get(cc, COUNTRIES["US"])[2]]
    return pick(r, pool[0]), pick(r, pool[1])


def local_part(r, first, last, style=None):
    s = style or wpick(r, ["f.l", "fl", "f.l9", "fl9", "f_l", "fl_init", "f9", "handle", "f.l.yr", "l.f"],
                       [20, 12, 10, 12, 5, 8, 9, 10, 6, 3])
    if s == "f.l":
        return "%s.%s" % (first, last)
    if s == "fl":
        return first + last
    if s == "f.l9":
        return "%s.%s%d" % (first, last, r.randint(1, 99))
    if s == "fl9":
        return "%s%s%d" % (first, last, r.randint(1, 999))
    if s == "f_l":
        return "%s_%s" % (first, last)
    if s == "fl_init":
        return "%s%s" % (first[0], last)
    if s == "f9":
        return "%s%d" % (first, r.randint(10, 9999))
    if s == "handle":
        return "%s%s%s" % (pick(r, HANDLE_A), pick(r, ["", "_", "."]), pick(r, HANDLE_B)) + (str(r.randint(1, 99)) if r.random() < .6 else "")
    if s == "f.l.yr":
        return "%s.%s%d" % (first, last, r.randint(1965, 2006))
    return "%s.%s" % (last, first)


def consumer_cc(r):
    return wpick(r, CONSUMER_CCS, CONSUMER_W)


def tz_of(cc):
    return COUNTRIES.get(cc, (0,))[0]


def consumer_domain(r, cc):
    return pick(r, COUNTRIES.get(cc, COUNTRIES["US"])[3])


# invented small-company domains, assembled from parts
CO_A = ["north", "bright", "blue", "stone", "oak", "cedar", "maple", "harbor", "summit", "river", "silver", "iron", "clear",
        "true", "lumen", "peak", "fern", "birch", "coast", "prairie", "arrow", "copper", "field", "granite", "willow",
        "tandem", "open", "quarry", "meadow", "kestrel", "juniper", "atlas", "orbit", "vector", "beacon", "pioneer"]
CO_B = ["gate", "works", "labs", "path", "line", "field", "stack", "loop", "bridge", "point", "forge", "light", "wave",
        "craft", "logic", "metrics", "health", "ledger", "supply", "foods", "legal", "media", "studio", "systems", "data",
        "cloud", "analytics", "robotics", "bio", "energy", "freight", "dental", "realty", "tutors", "apps"]
TLDS = {"US": [".com", ".io", ".co", ".ai"], "GB": [".co.uk", ".com", ".io"], "DE": [".de", ".com", ".io"],
        "FR": [".fr", ".com"], "NL": [".nl", ".com"], "JP": [".co.jp", ".jp", ".com"], "AU": [".com.au", ".io"],
        "IN": [".in", ".com", ".io"], "BR": [".com.br"], "CA": [".ca", ".com"], "SG": [".sg", ".com", ".io"],
        "ES": [".es", ".com"], "IT": [".it", ".com"], "IE": [".ie", ".com"], "SE": [".se", ".com"], "KR": [".co.kr", ".com"]}


def company_domain(r, cc, taken):
    for _ in range(50):
        d = pick(r, CO_A) + pick(r, ["", "", "-"]) + pick(r, CO_B) + pick(r, TLDS.get(cc, [".com", ".io"]))
        if d not in taken:
            taken.add(d)
            return d
    d = "%s%s%d.com" % (pick(r, CO_A), pick(r, CO_B), r.randint(2, 999))
    taken.add(d)
    return d


def company_name(domain):
    base = domain.split(".")[0].replace("-", " ")
    for b in CO_B:
        if base.endswith(b) and len(base) > len(b):
            base = base[: -len(b)] + " " + b
            break
    return " ".join(w.capitalize() for w in base.split())
