#!/usr/bin/env python3
"""outside_nineteen: independent test traffic with five new campaign shapes and seven new look-alikes.

Writes a two-week window (Monday 5 to Monday 19 October 2026) of API traffic in the distillguard data contract plus
ground truth:

    python3 gen.py --seed N [--scale small|medium] --out DIR

Files: events.jsonl, accounts.jsonl, ip_ranges.csv, releases.csv, policy.toml (inputs) and truth.jsonl,
campaigns.jsonl (ground truth). Standard library only; the output is a function of (seed, scale) alone.
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

GROUPS = [
    # ordinary population (enterprise_staff first: later groups attach guest seats to its orgs)
    B.enterprise_staff, B.everyday_users, B.developers, B.app_backends, B.small_teams, B.researchers,
    # benign look-alikes
    H.olympiad_camp, H.consultancy_guest_seats, H.search_vendor_tenants, H.humanities_corpus_lab, H.upgrade_bot_saas,
    H.private_relay_users, H.deal_room_crunch,
    # campaigns
    A.guest_seat_leak, A.rerank_oracle, A.context_partition, A.dry_run_agents, A.syllabus_lockstep,
]


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--scale", choices=["small", "medium"], default="small")
    ap.add_argument("--out", required=True)
    args = ap.parse_args()
    t_start = time.time()
    w = World(args.seed, args.scale, args.out)
    for g in GROUPS:
        g(w)
    w.write(t_start)


if __name__ == "__main__":
    main()
