"""Tiny template engine and voice helpers for prompt text."""
import re

_PAT = re.compile(r"\{(\w+)\}")


def fill(r, tpl, S, depth=0):
    def sub(m):
        v = S.get(m.group(1))
        if v is None:
            return m.group(0)
        if callable(v):
            return v(r)  # generated text (code, numbers) is final
        x = v[r.randrange(len(v))]
        if depth < 4 and "{" in x:
            x = fill(r, x, S, depth + 1)
        return x
    return _PAT.sub(sub, tpl)


def some(r, lst, k, sep=", ", last=" and "):
    xs = r.sample(lst, k)
    if k == 1 or not last:
        return sep.join(xs)
    return sep.join(xs[:-1]) + last + xs[-1]


def num(lo, hi):
    return lambda r: str(r.randint(lo, hi))


def choice_fn(*opts):
    return lambda r: r.choice(opts)


def _typo(r, s):
    if len(s) < 12:
        return s
    i = r.randrange(1, len(s) - 2)
    if s[i].isalpha() and s[i + 1].isalpha():
        return s[:i] + s[i + 1] + s[i] + s[i + 2:]
    return s


def casual(r, s, level=0.5):
    """Make text look typed by a person in a hurry (lower case, dropped punctuation, a typo)."""
    if r.random() < level * 0.6 and s[:1].isupper() and not s[:2].isupper():
        s = s[0].lower() + s[1:]
    if r.random() < level * 0.5 and s.endswith((".", "?")) and "\n" not in s[-3:]:
        s = s[:-1]
    if r.random() < level * 0.25:
        s = _typo(r, s)
    if r.random() < level * 0.12:
        s = s + r.choice([" thanks", " thx", " pls", " please", " :)", " ty", "!!", " asap"])
    if r.random() < level * 0.08:
        s = r.choice(["hey ", "hi, ", "quick q: ", "ok so ", "hello! ", "Hi there. "]) + s
    return s


def wrap(r, s, pre=(), post=(), p_pre=0.3, p_post=0.3, S=None):
    """Add a personal lead-in and/or a trailing constraint, as people do."""
    if pre and r.random() < p_pre:
        x = r.choice(pre)
        x = fill(r, x, S) if S else x
        tail = x.rstrip()[-1:] if x.strip() else "."
        if tail not in ".!?:—-" and s[:1].isupper() and not s[1:2].isupper():
            s = s[0].lower() + s[1:]
        s = x + s
    if post and r.random() < p_post:
        x = r.choice(post)
        s = s + (fill(r, x, S) if S else x)
    return s


def compose(r, parts, S=None):
    """Concatenate one pick from each list in parts (empty strings allowed)."""
    out = []
    for lst in parts:
        x = r.choice(lst)
        if S and "{" in x:
            x = fill(r, x, S)
        out.append(x)
    return "".join(out)
