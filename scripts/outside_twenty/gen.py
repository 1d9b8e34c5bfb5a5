#!/usr/bin/env python3
"""outside_twenty: independent test traffic with five new campaign shapes and seven new look-alikes.

Writes a two-week window (Monday 26 October to Monday 9 November 2026) of API traffic in the distillguard data
contract plus ground truth:

    python3 gen.py --seed N [--scale small|medium] --out DIR

Files: events.jsonl, accounts.jsonl, ip_ranges.csv, releases.csv, policy.toml (inputs); truth.jsonl,
campaigns.jsonl and expected_summary.json (ground truth). Standard library only; the output is a function of
(seed, scale) alone.
"""
import argparse
import os
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import World  # noqa: E402
import g_background as B  # noqa: E402
import g_hard as H  # noqa: E402
import g_attack as A  # noqa: E402

# ordinary population, then the benign look-alikes, then the campaigns; each group has its own random streams, so
# changing one group does not change the others
GROUPS = [B.everyday_users, B.students, B.developers, B.company_staff, B.app_backends, B.researchers] + H.GROUPS + A.GROUPS


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--scale", choices=["small", "medium"], default="small")
    ap.add_argument("--out", required=True)
    args = ap.parse_args()
    t0 = time.time()
    w = World(args.seed, args.scale, args.out)
    for g in GROUPS:
        t1 = time.time()
        g(w)
        na, ne = w.per_group[w.group]
        sys.stderr.write("%-28s %6d accounts %8d lines  %5.1fs\n" % (w.group, na, ne, time.time() - t1))
    exp = w.write()
    sys.stderr.write("total: %d events, %d accounts, %d duplicate lines, %d bad lines; %.1fs\n" % (
        exp["events_accepted"], exp["accounts"], exp["duplicates"], exp["events_rejected"], time.time() - t0))


if __name__ == "__main__":
    main()
