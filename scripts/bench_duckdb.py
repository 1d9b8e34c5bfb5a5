#!/usr/bin/env python3
"""Times `distillguard scan` against a DuckDB per-account aggregation of the same events.

The DuckDB side is a floor, not an equivalent: it reads the fields the scan reads and computes
per `account_id` the request count, approximate distinct addresses, summed output tokens, mean
`max_tokens`, distinct models, first and last `ts` and approximate distinct prompts (md5) —
no request analysis, no ordering, no linking. The ratio says what the scan's detection costs
over a columnar engine doing only the counting.

Setup (DuckDB from PyPI in a venv; the script itself needs only the standard library):

    python3 -m venv /tmp/dgvenv && /tmp/dgvenv/bin/pip install duckdb

Run (an uncompressed events.jsonl, with the data set's side inputs next to it if present):

    /tmp/dgvenv/bin/python scripts/bench_duckdb.py --data DIR [--runs 3] \
        [--bin target/release/distillguard] [--threads 2] [--out /tmp/dg-bench-out]

Each round runs the scan, then DuckDB, each in its own child process, so the wall time and
the peak RSS (from wait4) belong to that run alone; rounds alternate the two, 3 by default.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

QUERY = """
COPY (
  SELECT
    account_id,
    count(*) AS requests,
    approx_count_distinct(ip) AS ips,
    sum(output_tokens) AS output_tokens,
    avg(max_tokens) AS mean_max_tokens,
    count(DISTINCT model) AS models,
    min(t) AS first_ts,
    max(t) AS last_ts,
    approx_count_distinct(md5(prompt)) AS prompts
  FROM (
    SELECT
      account_id, ip, output_tokens, max_tokens, model, prompt,
      -- `ts` is RFC 3339 or epoch milliseconds (a JSON number, read here as its digits)
      coalesce(try_cast(ts AS TIMESTAMPTZ), epoch_ms(try_cast(ts AS BIGINT))) AS t
    FROM read_ndjson(?, columns = {
      'account_id': 'VARCHAR', 'ts': 'VARCHAR', 'ip': 'VARCHAR', 'model': 'VARCHAR',
      'prompt': 'VARCHAR', 'output_tokens': 'UBIGINT', 'max_tokens': 'UINTEGER'
    })
  )
  GROUP BY account_id
) TO '{out}' (FORMAT csv, HEADER)
"""


def duckdb_child(events: str, out: str, threads: int) -> None:
    """Runs the aggregation in this process (the parent measures it)."""
    import duckdb  # noqa: PLC0415 — only the child needs it

    con = duckdb.connect()
    con.execute(f"SET threads = {int(threads)}")
    con.execute("SET preserve_insertion_order = false")
    t0 = time.perf_counter()
    con.execute(QUERY.replace("{out}", out.replace("'", "''")), [events])
    rows = con.execute(f"SELECT count(*) FROM read_csv('{out}')").fetchone()
    print(f"{time.perf_counter() - t0:.3f} {rows[0] if rows else -1}")


def run_child(cmd: list[str]) -> tuple[float, int, str]:
    """Wall seconds, peak RSS in bytes and stdout of one child process."""
    t0 = time.perf_counter()
    p = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(p.pid, 0)
    wall = time.perf_counter() - t0
    out = p.stdout.read().decode() if p.stdout else ""
    err = p.stderr.read().decode() if p.stderr else ""
    p.returncode = os.waitstatus_to_exitcode(status)
    if p.returncode != 0:
        sys.exit(f"{' '.join(cmd)} failed ({p.returncode}):\n{err}")
    return wall, usage.ru_maxrss * 1024, out


def side_inputs(data: Path) -> list[str]:
    args = []
    for flag, name in [
        ("--accounts", "accounts.jsonl"),
        ("--ip-ranges", "ip_ranges.csv"),
        ("--releases", "releases.csv"),
        ("--policy", "policy.toml"),
    ]:
        if (data / name).exists():
            args += [flag, str(data / name)]
    return args


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", type=Path, help="data set directory with events.jsonl")
    ap.add_argument("--events", type=Path, help="events file (default DATA/events.jsonl)")
    ap.add_argument("--bin", default="target/release/distillguard")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--threads", type=int, default=2, help="DuckDB threads")
    ap.add_argument("--out", type=Path, default=Path("/tmp/dg-bench-out"))
    ap.add_argument("--duckdb-child", action="store_true", help=argparse.SUPPRESS)
    a = ap.parse_args()

    events = a.events or (a.data / "events.jsonl" if a.data else None)
    if events is None or not events.is_file():
        sys.exit("give --data DIR holding events.jsonl, or --events FILE")
    if a.duckdb_child:
        duckdb_child(str(events), str(a.out / "duckdb_accounts.csv"), a.threads)
        return
    if events.suffix == ".gz":
        sys.exit("give an uncompressed events.jsonl (DuckDB and the scan should read the same bytes)")
    data = a.data or events.parent
    if not Path(a.bin).is_file():
        sys.exit(f"{a.bin} not found; build it with `cargo build --release`")
    try:
        import duckdb  # noqa: F401, PLC0415
    except ImportError:
        sys.exit("duckdb is not importable; see the setup command in this script's docstring")
    a.out.mkdir(parents=True, exist_ok=True)
    scan_out = a.out / "scan"
    scan_cmd = [a.bin, "scan", "-q", "--events", str(events), "--out", str(scan_out)]
    scan_cmd += side_inputs(data)
    duck_cmd = [sys.executable, __file__, "--duckdb-child", "--events", str(events)]
    duck_cmd += ["--out", str(a.out), "--threads", str(a.threads)]

    size = events.stat().st_size
    print(f"events: {events} ({size / 1e9:.2f} GB)")
    print(f"scan:   {' '.join(scan_cmd)}")
    print(f"duckdb: {a.threads} threads, read_ndjson + GROUP BY account_id")
    print(f"machine: {os.cpu_count()} cores; runs alternate scan, duckdb; {a.runs} each\n")
    rows = []
    for r in range(1, a.runs + 1):
        shutil.rmtree(scan_out, ignore_errors=True)
        sw, srss, _ = run_child(scan_cmd)
        dw, drss, dout = run_child(duck_cmd)
        query_s, accounts = dout.split()
        rows.append((sw, dw))
        print(
            f"run {r}: scan {sw:7.2f} s  {srss / 2**20:7.0f} MiB | duckdb {dw:7.2f} s "
            f"(query {float(query_s):.2f} s, {accounts} accounts)  {drss / 2**20:7.0f} MiB "
            f"| scan/duckdb {sw / dw:5.2f}"
        )
    sws = sorted(s for s, _ in rows)
    dws = sorted(d for _, d in rows)
    mid = len(rows) // 2
    print(
        f"\nmedian: scan {sws[mid]:.2f} s, duckdb {dws[mid]:.2f} s, "
        f"ratio {sws[mid] / dws[mid]:.2f}; scan {size / sws[mid] / 1e6:.0f} MB/s"
    )


if __name__ == "__main__":
    main()
