"""Tiny template engine and text roughening for user-written prompts."""
import re

from common import pick

_SLOT = re.compile(r"\{(\w+)\}")


def fill(r, tpl, slots):
    def sub(m):
        v = slots[m.group(1)]
        if callable(v):
            return str(v(r))
        return v[int(r.random() * len(v))]
    return _SLOT.sub(sub, tpl)


def gen(r, templates, slots):
    return fill(r, templates[int(r.random() * len(templates))], slots)


OPENERS = ["", "", "", "", "", "hi, ", "hey ", "Hi! ", "Quick question: ", "ok so ", "Hello. ", "hmm, ", "So, ",
           "Question — ", "Help please: ", "Can you help? ", "I need some advice. "]
CLOSERS = ["", "", "", "", "", " Thanks!", " thanks", " Keep it short please.", " Explain it simply.",
           " Be honest.", " ty", " Bullet points are fine.", " Thanks in advance.", " Not looking for a lecture, just the gist.",
           " What would you do?", " (sorry if this is obvious)"]


def casual(r, s, p=0.5):
    """Make a prompt look typed by a person: openers, closers, lowercase starts, dropped final punctuation,
    an occasional slip of the fingers."""
    if r.random() < p:
        s = pick(r, OPENERS) + s
    if r.random() < p * 0.6:
        s = s + pick(r, CLOSERS)
    if r.random() < p * 0.35 and s[:1].isupper():
        s = s[0].lower() + s[1:]
    if r.random() < p * 0.25 and s.endswith((".", "?")):
        s = s[:-1]
    if r.random() < p * 0.12 and len(s) > 20:
        i = 5 + int(r.random() * (len(s) - 10))
        if s[i].isalpha() and s[i + 1].isalpha():
            s = s[:i] + s[i + 1] + s[i] + s[i + 2:]
    return s


def num(lo, hi):
    return lambda r: str(r.randint(lo, hi))


def money(lo, hi, step=50):
    return lambda r: "{:,}".format(r.randint(lo // step, hi // step) * step)


def dec(lo, hi, nd=1):
    return lambda r: ("%." + str(nd) + "f") % (lo + r.random() * (hi - lo))
