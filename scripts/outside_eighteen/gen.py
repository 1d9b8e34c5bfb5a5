#!/usr/bin/env python3
"""outside_eighteen: independent test traffic with five new campaign shapes and new look-alikes.

Writes a two-week window (13-27 April 2026) of API traffic in the distillguard data contract plus ground truth:

    python3 gen.py --seed N [--scale small|medium] --out DIR

Files: events.jsonl, accounts.jsonl, ip_ranges.csv, releases.csv, policy.toml (inputs) and
truth.jsonl, campaigns.jsonl (ground truth). Standard library only; the output is a function of
(seed, scale) alone.
"""
import argparse
import os
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from world import World  # noqa: E402
import pop_background as B  # noqa: E402
import pop_hard as H  # noqa: E402
import pop_attack as A  # noqa: E402

GROUPS = [
    # ordinary population
    B.everyday_users, B.developers, B.app_backends, B.small_teams, B.researchers,
    # benign look-alikes
    H.tax_deadline_surge, H.hospital_shared_workstations, H.ticket_replay_migration, H.remote_company_vpn,
    H.relaykit_community, H.game_loc_crunch, H.byok_app_users,
    # campaigns
    A.framework_camouflage, A.byok_skim, A.residency_shards, A.label_sweep, A.ghost_transcripts,
]


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--scale", choices=["small", "medium"], default="small")
    ap.add_argument("--out", required=True)
    args = ap.parse_args()
    t_start = time.time()
    w = World(args.seed, args.scale)
    for g in GROUPS:
        g(w)
    w.write(args.out, t_start)


if __name__ == "__main__":
    main()
