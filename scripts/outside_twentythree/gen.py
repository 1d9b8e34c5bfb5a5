#!/usr/bin/env python3
"""outside_twentythree: an independent, labelled synthetic-traffic generator for testing a
detector of LLM distillation campaigns.

    python3 gen.py --seed 1 [--scale small|medium] --out DIR

Writes the contract inputs (events.jsonl, accounts.jsonl, ip_ranges.csv, releases.csv,
policy.toml) and the ground truth (truth.jsonl, campaigns.jsonl) into DIR. Output depends only on
(seed, scale); standard library only.
"""

import argparse
import heapq
import json
import os
import shutil
import sys
import time

import common
from common import T0, T1, DAY, HOUR, MIN, RELEASES, iso, mkrng


def build(ctx):
    import groups_ordinary as O
    import groups_lookalike as L
    import groups_attack as A
    m = ctx.mult
    for inst in range(m):
        O.gen_consumers(ctx, 1500, inst)
        O.gen_writers(ctx, 340, inst)
        O.gen_developers(ctx, 540, inst)
        O.gen_students(ctx, 300, inst)
        O.gen_app_backends(ctx, 180, inst)
        O.gen_enterprises(ctx, 270, inst)
        O.gen_dormant(ctx, 350, inst)
    for inst in range(m):
        L.gen_nat_enterprise(ctx, 140, inst)
        L.gen_university_class(ctx, 110, inst)
        L.gen_cloud_app_backends(ctx, 60, inst)
        L.gen_legit_reseller(ctx, 80, inst)
        L.gen_eval_company(ctx, 14, inst)
        L.gen_new_startup(ctx, 18, inst)
        L.gen_byok_extension(ctx, 150, inst)
        L.gen_research_lab(ctx, 12, inst)
    for c in range(m):
        A.gen_front_company(ctx, 20, c)
        A.gen_bought_accounts(ctx, 60, c)
        A.gen_residential_hydra(ctx, 220, c)
        A.gen_programme_low_slow(ctx, 200, c)
        A.gen_split_teams(ctx, 16, 6, c)
        A.gen_proxy_hydra(ctx, 130, c)
        A.gen_pivot_swarm(ctx, 50, 40, c)


# --------------------------------------------------------------------------

def write_accounts(ctx, path):
    """Account export: sorted by sign-up time; mixed timestamp forms, some optional fields left
    out, unknown extra fields, a few later records that replace earlier ones, and a handful of
    accounts missing from the export altogether."""
    rng = mkrng("accounts-export")
    recs = sorted(ctx.accounts, key=lambda r: (r["created_at"], r["account_id"]))
    out = []
    written = {}
    for r in recs:
        aid = r["account_id"]
        if aid in ctx.traffic and rng.random() < 0.004:
            continue                                   # export lag: no record for this one
        d = dict(r)
        x = rng.random()
        if x < 0.78:
            d["created_at"] = iso(r["created_at"], millis=False)
        elif x < 0.90:
            d["created_at"] = r["created_at"]
        else:
            d["created_at"] = iso(r["created_at"], millis=True)
        if "email_local_shape" in d and rng.random() < 0.04:
            del d["email_local_shape"]
        if "billing_country" not in d and rng.random() < 0.05:
            d["billing_country"] = ""
        if rng.random() < 0.3:
            d["plan"] = rng.choice(["free", "pro", "team", "scale", "payg"])
        if rng.random() < 0.1:
            d["tos_version"] = rng.choice(["2025-04", "2025-10", "2026-01"])
        out.append(d)
        written[aid] = d
    # later records replace earlier ones
    updates = list(ctx.rerecords)
    ids = [r["account_id"] for r in recs if r["account_id"] in written and not r.get("verified")]
    for aid in rng.sample(ids, max(1, len(ids) // 150)):
        updates.append((aid, {"verified": True}))
    for aid, ch in updates:
        if aid not in written:
            continue
        d = dict(written[aid])
        d.update(ch)
        d.pop("plan", None)
        out.append(d)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for d in out:
            f.write(json.dumps(d, separators=(",", ":")) + "\n")
    return len(out)


def _read_tmp(path):
    with open(path, encoding="utf-8") as f:
        for line in f:
            t, rid, rest = line.split("\t", 2)
            yield (int(t), rid, rest)


def write_events(ctx, path):
    """Merge the groups' event files in time order. Some lines arrive a little late (up to four
    minutes) and some are re-sent as exact duplicates shortly afterwards."""
    rng = mkrng("stream")
    streams = [_read_tmp(p) for p in ctx.tmpfiles]
    delayed = []
    seq = 0
    n = 0
    dups = 0
    late = 0
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for t, rid, line in heapq.merge(*streams):
            while delayed and delayed[0][0] <= t:
                _, _, l2 = heapq.heappop(delayed)
                f.write(l2)
                n += 1
            r = rng.random()
            if r < 0.012:
                seq += 1
                heapq.heappush(delayed, (t + rng.randrange(20_000, 240_000), seq, line))
                late += 1
            else:
                f.write(line)
                n += 1
            if rng.random() < 0.004:
                seq += 1
                heapq.heappush(delayed, (t + rng.randrange(1_000, 120_000), seq, line))
                dups += 1
        while delayed:
            _, _, l2 = heapq.heappop(delayed)
            f.write(l2)
            n += 1
    return n, dups, late


def write_truth(ctx, out):
    n = 0
    with open(os.path.join(out, "truth.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for aid in sorted(ctx.traffic):
            g, label, camp, hard = ctx.members[aid]
            f.write(json.dumps({"account_id": aid, "label": label, "group": g, "campaign": camp,
                                "hard": bool(hard)}, separators=(",", ":")) + "\n")
            n += 1
    with open(os.path.join(out, "campaigns.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for c in ctx.campaigns:
            accts = sorted(a for a in c["accounts"] if a in ctx.traffic)
            if not accts:
                continue
            lo = min(ctx.span[a][0] for a in accts)
            hi = max(ctx.span[a][1] for a in accts)
            f.write(json.dumps({"campaign": c["campaign"], "group": c["group"], "accounts": accts,
                                "active_from": iso(lo), "active_until": iso(hi),
                                "successor_of": c["successor_of"],
                                "pivot_at": iso(c["pivot_at"]) if c["pivot_at"] else None},
                               separators=(",", ":")) + "\n")
    return n


def write_static(ctx, out):
    ctx.world.write_csv(os.path.join(out, "ip_ranges.csv"))
    with open(os.path.join(out, "releases.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("model,released_at\n")
        for m, t in RELEASES:
            f.write("%s,%s\n" % (m, t))
    with open(os.path.join(out, "policy.toml"), "w", encoding="utf-8", newline="\n") as f:
        f.write('# outside_twentythree world: the service is not offered in these countries\n')
        f.write('restricted_countries = ["CN", "RU", "KP", "IR", "BY", "SY", "CU"]\n')
        f.write("reorder_window_ms = 600000\n\n")
        f.write("[thresholds]\nreview = 0.5\nthrottle = 0.7\nblock = 0.85\n")


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--scale", choices=["small", "medium"], default="small")
    ap.add_argument("--out", required=True)
    ap.add_argument("--with-accounts", action="store_true", help="accepted for compatibility; accounts.jsonl is always written")
    a = ap.parse_args(argv)
    started = time.time()
    os.makedirs(a.out, exist_ok=True)
    here = os.path.dirname(os.path.abspath(__file__))
    if here not in sys.path:
        sys.path.insert(0, here)
    common.configure(a.seed, a.scale)
    from base import Ctx
    ctx = Ctx(a.seed, a.scale, a.out)
    try:
        build(ctx)
        n_ev, dups, late = write_events(ctx, os.path.join(a.out, "events.jsonl"))
        n_acc = write_accounts(ctx, os.path.join(a.out, "accounts.jsonl"))
        n_truth = write_truth(ctx, a.out)
        write_static(ctx, a.out)
    finally:
        shutil.rmtree(ctx.tmpdir, ignore_errors=True)
    sys.stderr.write("outside_twentythree seed=%d scale=%s: %d event lines (%d re-sent, %d late), %d account lines, "
                     "%d accounts with traffic, %d campaigns, %.1fs\n"
                     % (a.seed, a.scale, n_ev, dups, late, n_acc, n_truth,
                        sum(1 for c in ctx.campaigns if c["accounts"]), time.time() - started))


if __name__ == "__main__":
    main()
