"""Small text toolkit: a slot grammar, casual rewriting and a token estimate.

Slots are written with single guillemets so that code, JSON and LaTeX in templates stay untouched:
  ‹name›      a random alternative of rule `name` (alternatives may contain slots themselves)
  ‹a|b|c›     an inline choice
  ‹#3-40›     an integer in [3, 40]
  ‹~1.5-9.5›  a number with one decimal
"""
import re

SLOT = re.compile(r"‹([^‹›]+)›")
_NUM = re.compile(r"^(-?[\d.]+)-(-?[\d.]+)$")


def L(text):
    """Alternatives, one per non-empty line; '⏎' inside a line stands for a line break."""
    return [ln.strip().replace("⏎", "\n") for ln in text.strip().split("\n") if ln.strip()]


def P(text):
    """Alternatives separated by '|' (a '|' inside a ‹...› slot belongs to the slot); spaces are kept."""
    out, cur, depth = [], [], 0
    for ch in text:
        if ch == "‹":
            depth += 1
        elif ch == "›":
            depth -= 1
        if ch == "|" and depth == 0:
            out.append("".join(cur))
            cur = []
        else:
            cur.append(ch)
    out.append("".join(cur))
    return out


class Grammar:
    def __init__(self, *rule_dicts):
        self.r = {}
        for d in rule_dicts:
            self.r.update(d)

    def add(self, d):
        self.r.update(d)

    def __call__(self, rng, text):
        r = self.r

        def rep(m):
            k = m.group(1)
            c = k[0]
            if "|" in k:
                return rng.choice(k.split("|"))
            if c == "#" or c == "~":
                m2 = _NUM.match(k[1:])
                if c == "#":
                    return str(rng.randint(int(m2.group(1)), int(m2.group(2))))
                return "%.1f" % rng.uniform(float(m2.group(1)), float(m2.group(2)))
            if "|" in k:
                return rng.choice(k.split("|"))
            return rng.choice(r[k])

        for _ in range(8):
            if "‹" not in text:
                break
            text = SLOT.sub(rep, text)
        return text


_CONTRACT = [("I'm", "im"), ("don't", "dont"), ("can't", "cant"), ("doesn't", "doesnt"), ("it's", "its"),
             ("I've", "ive"), ("won't", "wont"), ("isn't", "isnt"), ("what's", "whats")]


def casual(rng, s, p=0.5):
    """Make a prompt look typed in a hurry, sometimes."""
    if not s or rng.random() > p:
        return s
    if rng.random() < 0.55:
        s = s[0].lower() + s[1:]
    if rng.random() < 0.45 and s.endswith("."):
        s = s[:-1]
    if rng.random() < 0.35:
        for a, b in _CONTRACT:
            s = s.replace(a, b)
    if rng.random() < 0.12:
        s = s.replace(" you ", " u ").replace(" your ", " ur ")
    if rng.random() < 0.3 and len(s) > 12:
        i = rng.randrange(1, len(s) - 2)
        if s[i].isalpha() and s[i + 1].isalpha():
            s = s[:i] + s[i + 1] + s[i] + s[i + 2:]
    if rng.random() < 0.08:
        s = s + rng.choice(["??", " pls", " thx", " :)", "!!", " asap"])
    return s


def toks(s):
    """Rough token count: ~4 characters per token for Latin text, ~1 per CJK character."""
    if not s:
        return 0
    n = len(s)
    b = len(s.encode("utf-8"))
    return max(1, n // 4 + (b - n) // 2)
