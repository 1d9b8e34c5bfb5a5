#!/usr/bin/env python3
"""outside_twentyfour: an independent, labelled synthetic world for testing a detector of
LLM distillation campaigns.

    python3 gen.py --seed N [--scale small|medium] --out DIR [--with-accounts]

Writes the contract inputs (events.jsonl, accounts.jsonl, ip_ranges.csv, releases.csv,
policy.toml) and the truth (truth.jsonl, campaigns.jsonl) into DIR. The output depends
only on (seed, scale).
"""
import argparse
import csv
import io
import json
import os
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from common import Ctx, SCALES, RELEASES, RESTRICTED, iso_ms, iso_s, WINDOW_START, WINDOW_END  # noqa: E402
from world import World  # noqa: E402
import groups_ordinary  # noqa: E402
import groups_lookalike  # noqa: E402
import groups_attack  # noqa: E402


def dumps(d):
    return json.dumps(d, ensure_ascii=False, separators=(",", ":"))


def build(seed, scale):
    ctx = Ctx(seed, scale)
    ctx.world = World(ctx)
    groups_ordinary.build_all(ctx)
    groups_lookalike.build_all(ctx)
    groups_attack.build_all(ctx)
    return ctx


def write_events(ctx, path):
    rows = []
    for gi, g in enumerate(ctx.groups):
        for key_t, seq, line in g.events:
            rows.append((key_t, gi, seq, line))
        g.events = None
    rows.sort()
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        buf = []
        for r in rows:
            buf.append(r[3])
            if len(buf) >= 5000:
                f.write("\n".join(buf) + "\n")
                buf = []
        if buf:
            f.write("\n".join(buf) + "\n")
    return len(rows)


def write_accounts(ctx, path):
    rng = ctx.rng("accounts-export")
    accts = []
    for g in ctx.groups:
        for a in g.accounts:
            if a.in_file:
                accts.append(a)
    accts.sort(key=lambda a: a.id)
    lines = [dumps(a.record(rng)) for a in accts]
    # a later record for the same account replaces the earlier one: a few verification upgrades
    # appended by the exporter's change feed
    cands = [a for a in accts if a.group == "ord_consumer" and a.verified is False]
    n_upd = min(len(cands), ctx.n(10))
    for a in rng.sample(cands, n_upd) if cands else []:
        a.verified = True
        lines.append(dumps(a.record(rng)))
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")
    return len(accts), n_upd


def write_ip_ranges(ctx, path):
    import ipaddress
    rows = ctx.world.net.rows()
    rows.sort(key=lambda r: (ipaddress.ip_network(r[0]).version, int(ipaddress.ip_network(r[0]).network_address),
                             ipaddress.ip_network(r[0]).prefixlen))
    out = io.StringIO()
    wr = csv.writer(out, lineterminator="\n")
    wr.writerow(["cidr", "asn", "as_org", "country", "kind"])
    for cidr, asn, org, cc, kind in rows:
        # exporters differ: some write AS-prefixed numbers
        wr.writerow([cidr, ("AS%d" % asn) if asn % 7 == 0 else str(asn), org, cc, kind])
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(out.getvalue())
    return len(rows)


def write_releases(path):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("model,released_at\n")
        for m, t in RELEASES:
            f.write("%s,%s\n" % (m, iso_s(t)))


def write_policy(path):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("# outside_twentyfour synthetic world\n")
        f.write("restricted_countries = [%s]\n" % ", ".join('"%s"' % c for c in RESTRICTED))
        f.write('hash_key_id = "otw24"\n')
        f.write('hash_key = "otw24-synthetic-world-demo-key-0001"\n')
        f.write("reorder_window_ms = 600000\n\n")
        f.write("[thresholds]\nreview = 0.5\nthrottle = 0.7\nblock = 0.85\n")


def write_truth(ctx, out):
    truth = []
    for g in ctx.groups:
        for a in g.accounts:
            if a.n > 0:
                truth.append(a)
    truth.sort(key=lambda a: a.id)
    with open(os.path.join(out, "truth.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for a in truth:
            f.write(dumps({"account_id": a.id, "label": a.label, "group": a.group, "campaign": a.campaign,
                           "hard": bool(a.hard)}) + "\n")
    by_c = {}
    for a in truth:
        if a.campaign:
            by_c.setdefault(a.campaign, []).append(a)
    with open(os.path.join(out, "campaigns.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for c in ctx.campaigns:
            members = by_c.get(c["campaign"], [])
            attr = c.get("_from_attr")
            if attr:
                starts = [a.st[attr] for a in members if a.st.get(attr) is not None]
                first = min(starts) if starts else min(a.first for a in members)
            else:
                first = min(a.first for a in members)
            last = max(a.last for a in members)
            f.write(dumps({"campaign": c["campaign"], "group": c["group"],
                           "accounts": sorted(a.id for a in members),
                           "active_from": iso_ms(first), "active_until": iso_ms(last),
                           "successor_of": c["successor_of"], "pivot_at": c["pivot_at"]}) + "\n")
    return len(truth)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--scale", choices=sorted(SCALES), default="small")
    ap.add_argument("--out", required=True)
    ap.add_argument("--with-accounts", action="store_true", help="accepted and ignored: accounts.jsonl is always written")
    args = ap.parse_args(argv)
    t0 = time.time()
    os.makedirs(args.out, exist_ok=True)
    ctx = build(args.seed, args.scale)
    t1 = time.time()
    n_acc, n_upd = write_accounts(ctx, os.path.join(args.out, "accounts.jsonl"))
    n_truth = write_truth(ctx, args.out)
    n_ev = write_events(ctx, os.path.join(args.out, "events.jsonl"))
    n_rng = write_ip_ranges(ctx, os.path.join(args.out, "ip_ranges.csv"))
    write_releases(os.path.join(args.out, "releases.csv"))
    write_policy(os.path.join(args.out, "policy.toml"))
    t2 = time.time()
    print("outside_twentyfour seed=%d scale=%s -> %s" % (args.seed, args.scale, args.out))
    print("  accounts.jsonl: %d accounts (+%d replacement records); %d with traffic" % (n_acc, n_upd, n_truth))
    print("  events.jsonl:   %d lines" % n_ev)
    print("  ip_ranges.csv:  %d ranges; campaigns: %d" % (n_rng, len(ctx.campaigns)))
    print("  time: build %.1fs, write %.1fs, total %.1fs" % (t1 - t0, t2 - t1, t2 - t0))


if __name__ == "__main__":
    main()
