"""Offline public text for prompts: Python standard-library docstrings and man pages.

Everything is read from this machine; nothing is downloaded. The corpus is sorted so a
given machine yields the same corpus every run (determinism per seed rests on that).
"""
import gzip
import importlib
import inspect
import os
import re

STDLIB_MODULES = [
    "abc", "argparse", "array", "ast", "asyncio", "base64", "bisect", "calendar", "cmath",
    "codecs", "collections", "colorsys", "concurrent.futures", "configparser", "contextlib",
    "copy", "csv", "dataclasses", "datetime", "decimal", "difflib", "email", "email.utils",
    "enum", "filecmp", "fnmatch", "fractions", "ftplib", "functools", "gettext", "glob",
    "graphlib", "gzip", "hashlib", "heapq", "hmac", "html", "html.parser", "http.client",
    "http.cookies", "imaplib", "inspect", "io", "ipaddress", "itertools", "json", "keyword",
    "linecache", "locale", "logging", "lzma", "mailbox", "math", "mimetypes", "numbers",
    "operator", "os", "os.path", "pathlib", "pickle", "pprint", "queue", "quopri", "random",
    "re", "sched", "secrets", "selectors", "shelve", "shlex", "shutil", "signal", "smtplib",
    "socket", "sqlite3", "ssl", "statistics", "string", "struct", "subprocess", "tarfile",
    "tempfile", "textwrap", "threading", "time", "timeit", "tokenize", "traceback", "types",
    "typing", "unicodedata", "unittest", "urllib.parse", "urllib.request", "uuid", "warnings",
    "weakref", "xml.etree.ElementTree", "zipfile", "zlib",
]

_ws = re.compile(r"\s+")


def _clean(s):
    return _ws.sub(" ", s).strip()


def _paragraphs(doc):
    out = []
    for p in re.split(r"\n\s*\n", doc or ""):
        p = _clean(p)
        if 40 <= len(p) <= 600 and not p.startswith((">>>", "...")):
            out.append(p)
    return out


def stdlib_entries():
    """(qualified name, signature or '', summary line, [paragraphs]) for documented APIs."""
    entries = []
    for modname in STDLIB_MODULES:
        try:
            mod = importlib.import_module(modname)
        except Exception:
            continue
        doc = inspect.getdoc(mod) or ""
        if doc:
            paras = _paragraphs(doc)
            entries.append((modname, "", _clean(doc.split("\n")[0]), paras))
        for name in sorted(dir(mod)):
            if name.startswith("_"):
                continue
            try:
                obj = getattr(mod, name)
            except Exception:
                continue
            if not (inspect.isfunction(obj) or inspect.isclass(obj) or inspect.isbuiltin(obj)):
                continue
            d = inspect.getdoc(obj)
            if d:
                d = re.sub(r" at 0x[0-9a-f]+", "", d)
            if not d or len(d) < 30:
                continue
            try:
                sig = str(inspect.signature(obj))
            except (TypeError, ValueError):
                sig = ""
            # default values like <object object at 0x7f..> would make the corpus differ per run
            sig = re.sub(r"<[^<>]* at 0x[0-9a-f]+>", "<sentinel>", sig)
            if len(sig) > 120:
                sig = ""
            summary = _clean(d.split("\n\n")[0])
            if len(summary) > 300:
                summary = summary[:300].rsplit(" ", 1)[0] + "."
            entries.append((f"{modname}.{name}", sig, summary, _paragraphs(d)))
    entries.sort(key=lambda e: e[0])
    return entries


_groff_esc = re.compile(r"\\f[BIRP]|\\f\(..|\\\(..|\\[&-]|\\\*\(..|\\\*.|\\s[-+]?\d|\\e")


def _strip_groff(line):
    line = line.replace("\\-", "-")
    line = _groff_esc.sub("", line)
    line = line.replace("\\", "")
    return line


def man_entries(limit=1800):
    """(command, one-line description, [description paragraphs]) from man section 1/8."""
    out = []
    for sect in ("man1", "man8"):
        d = os.path.join("/usr/share/man", sect)
        if not os.path.isdir(d):
            continue
        names = sorted(n for n in os.listdir(d) if n.endswith(".gz"))
        step = max(1, len(names) // limit)
        for n in names[::step]:
            try:
                with gzip.open(os.path.join(d, n), "rt", errors="replace") as f:
                    text = f.read(60000)
            except Exception:
                continue
            if text.startswith(".so "):
                continue
            lines = text.split("\n")
            section = None
            name_line = ""
            desc, cur = [], []
            for ln in lines:
                if ln.startswith(".SH") or ln.startswith(".Sh"):
                    if cur:
                        desc.append(" ".join(cur)); cur = []
                    section = ln[3:].strip().strip('"').upper()
                    continue
                if section == "NAME" and not ln.startswith(".") and not name_line:
                    name_line = _clean(_strip_groff(ln))
                elif section == "NAME" and ln.startswith((".Nm", ".Nd")):
                    name_line += " " + _clean(_strip_groff(ln[3:]))
                elif section == "DESCRIPTION":
                    if ln.startswith((".PP", ".P", ".LP", ".TP", ".IP", ".Pp", ".sp")):
                        if cur:
                            desc.append(" ".join(cur)); cur = []
                    elif ln.startswith(".") and not ln.startswith((".B ", ".I ", ".BR ", ".IR ", ".BI ")):
                        continue
                    else:
                        t = ln
                        if t.startswith((".B ", ".I ")):
                            t = t[3:]
                        elif t.startswith((".BR ", ".IR ", ".BI ")):
                            t = t[4:].replace('"', "")
                        cur.append(_strip_groff(t))
                if len(desc) >= 4:
                    break
            if cur and len(desc) < 4:
                desc.append(" ".join(cur))
            name_line = _clean(name_line)
            if " - " not in name_line:
                continue
            cmd, what = name_line.split(" - ", 1)
            cmd = cmd.split(",")[0].strip()
            paras = [_clean(p) for p in desc if 60 <= len(_clean(p)) <= 700]
            if cmd and what:
                out.append((cmd, what.strip(), paras))
    out.sort()
    return out


def licence_sentences():
    out = []
    d = "/usr/share/common-licenses"
    if os.path.isdir(d):
        for n in sorted(os.listdir(d)):
            p = os.path.join(d, n)
            if os.path.isfile(p):
                with open(p, errors="replace") as f:
                    txt = f.read()
                for para in re.split(r"\n\s*\n", txt):
                    para = _clean(para)
                    if 80 <= len(para) <= 600:
                        out.append(para)
    return sorted(set(out))


class Corpus:
    def __init__(self):
        self.api = stdlib_entries()
        self.man = man_entries()
        self.legal = licence_sentences()
        self.api_paras = sorted({p for e in self.api for p in e[3]})
        self.man_paras = sorted({p for e in self.man for p in e[2]})
        self.funcs = [e for e in self.api if e[1]]
        # words for synthetic names (identifiers, topics) drawn from the text itself
        words = set()
        for p in self.api_paras[:4000]:
            for w in re.findall(r"\b[a-z]{5,12}\b", p):
                words.add(w)
        self.words = sorted(words)

    def stats(self):
        return dict(api=len(self.api), funcs=len(self.funcs), man=len(self.man),
                    api_paras=len(self.api_paras), man_paras=len(self.man_paras),
                    legal=len(self.legal), words=len(self.words))
