#!/usr/bin/env python3
"""outside_twentytwo: labelled synthetic traffic for testing a distillation detector.

    python3 gen.py --seed N [--scale small|medium] --out DIR

Writes events.jsonl, accounts.jsonl, ip_ranges.csv, releases.csv, policy.toml (the
data contract inputs) plus truth.jsonl and campaigns.jsonl (ground truth).  Output
depends only on (seed, scale)."""

import argparse
import json
import os
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import world as W            # noqa: E402
import core as C             # noqa: E402
import networld              # noqa: E402
import groups_benign         # noqa: E402
import groups_hard           # noqa: E402
import groups_attack         # noqa: E402

SCALES = {"small": (3400, 1), "medium": (10200, 3)}
OPTIONAL_DROP = [("user_agent", 0.015), ("client_fingerprint", 0.025), ("api_key_id", 0.01), ("stop_reason", 0.01),
                 ("max_tokens", 0.01), ("turns", 0.008)]
ODD_OFFSETS = [60, 120, -300, 330, 480, -180, 540]


def build(seed, scale):
    n_benign, reps = SCALES[scale]
    ctx = C.Ctx(seed, scale)
    world = networld.World(ctx)
    groups_benign.build(ctx, world, n_benign)
    for rep in range(reps):
        for fn in groups_hard.ALL:
            fn(ctx, world, rep)
    for rep in range(reps):
        for fn in groups_attack.ALL:
            fn(ctx, world, rep)
    return ctx


def dumps(o):
    return json.dumps(o, ensure_ascii=False, separators=(",", ":"))


def write_outputs(ctx, out):
    m = ctx.msg_rng
    os.makedirs(out, exist_ok=True)
    acct_by_id = {a.id: a for a in ctx.accts}

    # ---------------------------------------------------------------- timestamps and field messiness
    # Every event is clamped into the window and after its account's sign-up; then its
    # serialised timestamp form is chosen (seconds-only forms floor the true time first).
    for e in ctx.events:
        a = acct_by_id[e["account_id"]]
        ts = e["ts"]
        lo = max(W.W0, a.created + W.SEC)
        if ts < lo:
            ts = lo + (ts % 1000)
        if ts >= W.W1:
            ts = W.W1 - 1 - m.randrange(60000)
        x = m.random()
        if x < 0.03:
            form = ("epoch", 0)
        elif x < 0.06:
            form = ("sec", 0)
            ts -= ts % 1000
            if ts < lo:
                ts += 1000
        elif x < 0.075:
            form = ("plus0", 0)
            ts -= ts % 1000
            if ts < lo:
                ts += 1000
        elif x < 0.085:
            form = ("ms", m.choice(ODD_OFFSETS))
        elif x < 0.09:
            form = ("us", 0)
        else:
            form = ("ms", 0)
        e["ts"] = ts
        e["_form"] = form
    ctx.events.sort(key=lambda e: (e["ts"], e["request_id"]))

    # ---------------------------------------------------------------- ground truth
    seen = {}
    span = {}
    for e in ctx.events:
        aid = e["account_id"]
        seen[aid] = seen.get(aid, 0) + 1
        a = acct_by_id[aid]
        if a.campaign:
            s = span.get(a.campaign)
            if s is None:
                span[a.campaign] = [e["ts"], e["ts"], {aid: 1}]
            else:
                s[1] = e["ts"]
                s[2][aid] = 1
    truth = []
    for aid in sorted(seen):
        a = acct_by_id[aid]
        truth.append({"account_id": aid, "label": a.label, "group": a.group, "campaign": a.campaign,
                      "hard": bool(a.hard)})
    with open(os.path.join(out, "truth.jsonl"), "w", encoding="utf-8") as f:
        for t in truth:
            f.write(dumps(t) + "\n")
    with open(os.path.join(out, "campaigns.jsonl"), "w", encoding="utf-8") as f:
        for c in sorted(ctx.campaigns, key=lambda c: c["campaign"]):
            s = span.get(c["campaign"])
            rec = {"campaign": c["campaign"], "group": c["group"], "accounts": len(s[2]) if s else 0,
                   "active_from": W.iso_ms(s[0]) if s else None, "active_until": W.iso_ms(s[1]) if s else None,
                   "successor_of": c["successor_of"],
                   "pivot_at": W.iso_ms(c["pivot_at"]) if c["pivot_at"] is not None else None}
            f.write(dumps(rec) + "\n")

    # ---------------------------------------------------------------- events with exporter messiness
    lines = []
    seq = 0
    for e in ctx.events:
        form, off = e.pop("_form")
        ts = e["ts"]
        if form == "epoch":
            e["ts"] = ts
        elif form == "sec":
            e["ts"] = W.iso_ms(ts, frac="none")
        elif form == "plus0":
            e["ts"] = W.iso_ms(ts, 0, frac="plus0")
        elif form == "us":
            e["ts"] = W.iso_ms(ts, frac="us")
        else:
            e["ts"] = W.iso_ms(ts, off)
        for field, p in OPTIONAL_DROP:
            if field in e and m.random() < p:
                del e[field]
        if m.random() < 0.2:
            e["latency_ms"] = int(300 + e["output_tokens"] * m.uniform(8, 25))
        line = dumps(e)
        arrival = ts
        if m.random() < 0.015:
            arrival += m.randrange(5 * W.SEC, 4 * W.MIN)
        lines.append((arrival, seq, line))
        seq += 1
        if m.random() < 0.0035:
            lines.append((arrival + m.randrange(1 * W.SEC, 2 * W.MIN), seq, line))
            seq += 1
    lines.sort()
    with open(os.path.join(out, "events.jsonl"), "w", encoding="utf-8") as f:
        for _, _, line in lines:
            f.write(line + "\n")
    n_lines = len(lines)

    # ---------------------------------------------------------------- side inputs
    with open(os.path.join(out, "accounts.jsonl"), "w", encoding="utf-8") as f:
        for a in sorted(ctx.accts, key=lambda a: a.id):
            f.write(dumps(a.rec) + "\n")
    rows = {}
    for row in ctx.net.rows:
        rows[row[0]] = row            # later row for the same prefix wins, as the contract reads it
    with open(os.path.join(out, "ip_ranges.csv"), "w", encoding="utf-8") as f:
        f.write("cidr,asn,as_org,country,kind\n")
        for cidr in sorted(rows):
            c, asn, org, country, kind = rows[cidr]
            f.write("%s,%d,%s,%s,%s\n" % (c, asn, W.csv_field(org), country, kind))
    with open(os.path.join(out, "releases.csv"), "w", encoding="utf-8") as f:
        f.write("model,released_at\n")
        for model, ts in W.RELEASES:
            f.write("%s,%s\n" % (model, W.iso_ms(ts - ts % 1000, frac="none")))
    with open(os.path.join(out, "policy.toml"), "w", encoding="utf-8") as f:
        f.write("# policy for outside_twentytwo synthetic traffic\n")
        f.write("restricted_countries = [%s]\n\n" % ", ".join('"%s"' % c for c in W.RESTRICTED))
        f.write("[thresholds]\nreview = 0.5\nthrottle = 0.7\nblock = 0.85\n")
    return len(truth), n_lines, len(ctx.events)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--scale", choices=sorted(SCALES), default="small")
    ap.add_argument("--out", required=True)
    args = ap.parse_args()
    t0 = time.time()
    ctx = build(args.seed, args.scale)
    t1 = time.time()
    n_acc, n_lines, n_ev = write_outputs(ctx, args.out)
    t2 = time.time()
    print("outside_twentytwo seed=%d scale=%s: %d accounts with traffic (%d records), %d events, %d lines; "
          "build %.1fs, write %.1fs" % (args.seed, args.scale, n_acc, len(ctx.accts), n_ev, n_lines, t1 - t0, t2 - t1),
          file=sys.stderr)


if __name__ == "__main__":
    main()
