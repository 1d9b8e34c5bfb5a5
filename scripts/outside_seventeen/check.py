#!/usr/bin/env python3
"""Validate a generated directory against the data contract and print counts per group.

    python3 check.py DIR
"""
import collections
import csv
import datetime as dt
import ipaddress
import json
import os
import re
import sys
import tomllib

RFC = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$")
KINDS = {"isp", "mobile", "hosting", "vpn", "residential_proxy", "tor", "education", "enterprise"}
CHANNELS = {"standard", "education", "research", "startup", "enterprise", "reseller"}
EV_REQ = {"request_id": str, "ts": None, "account_id": str, "ip": str, "model": str, "prompt": str, "input_tokens": int, "output_tokens": int}
EV_OPT = {"api_key_id": str, "user_agent": str, "client_fingerprint": str, "system": str, "turns": int, "tools": list, "tool_calls": int,
          "has_image": bool, "max_tokens": int, "thinking_tokens": int, "stop_reason": str}
AC_REQ = {"account_id": str, "created_at": None}
AC_OPT = {"org_id": str, "email_domain": str, "email_local_shape": str, "payment_fingerprint": str, "billing_country": str,
          "signup_channel": str, "verified": bool}


def ts_ms(v):
    if isinstance(v, bool):
        raise ValueError("bool timestamp")
    if isinstance(v, int):
        return v
    if not isinstance(v, str) or not RFC.match(v):
        raise ValueError("bad timestamp %r" % (v,))
    s = v.replace("Z", "+00:00")
    return int(dt.datetime.fromisoformat(s).timestamp() * 1000)


def typed(v, t):
    if t is int:
        return isinstance(v, int) and not isinstance(v, bool)
    return isinstance(v, t)


def main(d):
    errs = collections.Counter()
    samples = {}

    def bad(kind, msg):
        errs[kind] += 1
        samples.setdefault(kind, msg)

    accounts = {}
    with open(os.path.join(d, "accounts.jsonl"), encoding="utf-8") as f:
        for ln, line in enumerate(f, 1):
            if not line.strip():
                continue
            o = json.loads(line)
            for k, t in AC_REQ.items():
                if k not in o:
                    bad("acct_missing_" + k, ln)
                elif t and not typed(o[k], t):
                    bad("acct_type_" + k, ln)
            try:
                c = ts_ms(o["created_at"])
            except Exception as e:  # noqa: BLE001
                bad("acct_ts", "%d %s" % (ln, e))
                c = 0
            for k, t in AC_OPT.items():
                if k in o and not typed(o[k], t):
                    bad("acct_type_" + k, ln)
            if "signup_channel" in o and o["signup_channel"] not in CHANNELS:
                bad("acct_channel", o["signup_channel"])
            if "billing_country" in o and not re.match(r"^[A-Z]{2}$", o["billing_country"]):
                bad("acct_country", o["billing_country"])
            if "email_local_shape" in o and not re.match(r"^[a9._+\-]+$", o["email_local_shape"]):
                bad("acct_shape", o["email_local_shape"])
            if o["account_id"] in accounts:
                bad("acct_dup", o["account_id"])
            accounts[o["account_id"]] = c
    truth = {}
    with open(os.path.join(d, "truth.jsonl"), encoding="utf-8") as f:
        for line in f:
            o = json.loads(line)
            truth[o["account_id"]] = o
            if o["label"] not in ("attack", "benign") or (o["label"] == "attack") != (o["campaign"] is not None):
                bad("truth_label", o)
    camps = {}
    with open(os.path.join(d, "campaigns.jsonl"), encoding="utf-8") as f:
        for line in f:
            o = json.loads(line)
            camps[o["campaign"]] = o
    releases = {}
    with open(os.path.join(d, "releases.csv"), encoding="utf-8") as f:
        rd = csv.reader(f)
        if next(rd) != ["model", "released_at"]:
            bad("releases_header", "")
        for row in rd:
            releases[row[0]] = ts_ms(row[1])
    nets = []
    with open(os.path.join(d, "ip_ranges.csv"), encoding="utf-8") as f:
        rd = csv.reader(f)
        if next(rd) != ["cidr", "asn", "as_org", "country", "kind"]:
            bad("ranges_header", "")
        for row in rd:
            if len(row) != 5:
                bad("ranges_cols", row)
                continue
            try:
                n = ipaddress.ip_network(row[0], strict=True)
                if not n.is_global:
                    bad("ranges_not_global", row[0])
                nets.append(n)
            except ValueError:
                bad("ranges_cidr", row[0])
            if not row[1].isdigit():
                bad("ranges_asn", row[1])
            if row[4] not in KINDS:
                bad("ranges_kind", row[4])
            if not re.match(r"^[A-Z]{2}$", row[3]):
                bad("ranges_country", row[3])
    with open(os.path.join(d, "policy.toml"), "rb") as f:
        pol = tomllib.load(f)
    if not isinstance(pol.get("restricted_countries"), list):
        bad("policy", "restricted_countries")
    seen = {}
    dups = 0
    lines = 0
    per_group = collections.Counter()
    per_group_acc = collections.defaultdict(set)
    max_late = 0
    hi = None
    models = collections.Counter()
    v6 = 0
    fmt = collections.Counter()
    with open(os.path.join(d, "events.jsonl"), encoding="utf-8") as f:
        for ln, line in enumerate(f, 1):
            if not line.strip():
                continue
            lines += 1
            o = json.loads(line)
            rid = o.get("request_id")
            if rid in seen:
                dups += 1
                continue
            seen[rid] = 1
            for k, t in EV_REQ.items():
                if k not in o:
                    bad("ev_missing_" + k, ln)
                elif t and not typed(o[k], t):
                    bad("ev_type_" + k, ln)
            for k, t in EV_OPT.items():
                if k in o and not typed(o[k], t):
                    bad("ev_type_" + k, ln)
            try:
                t = ts_ms(o["ts"])
                fmt["int" if isinstance(o["ts"], int) else ("Z" if o["ts"].endswith("Z") else "offset")] += 1
            except Exception as e:  # noqa: BLE001
                bad("ev_ts", "%d %s" % (ln, e))
                continue
            if hi is not None and hi - t > max_late:
                max_late = hi - t
            hi = t if hi is None else max(hi, t)
            try:
                ip = ipaddress.ip_address(o["ip"])
                if not ip.is_global:
                    bad("ev_ip_not_global", o["ip"])
                if ip.version == 6:
                    v6 += 1
                    if str(ip) != o["ip"]:
                        bad("ev_ip_not_canonical", o["ip"])
            except ValueError:
                bad("ev_ip", o["ip"])
            if "tools" in o and not all(isinstance(x, str) for x in o["tools"]):
                bad("ev_tools_items", ln)
            for k in ("input_tokens", "output_tokens", "turns", "tool_calls", "max_tokens", "thinking_tokens"):
                if k in o and typed(o[k], int) and o[k] < 0:
                    bad("ev_negative_" + k, ln)
            if not all(typed(o.get(k), int) for k in ("input_tokens", "output_tokens")) or not isinstance(o.get("prompt"), str):
                continue
            if o["input_tokens"] < 1:
                bad("ev_zero_input", ln)
            if typed(o.get("max_tokens"), int) and o["output_tokens"] > o["max_tokens"]:
                bad("ev_out_gt_max", ln)
            if typed(o.get("thinking_tokens"), int) and o["thinking_tokens"] > o["output_tokens"]:
                bad("ev_think_gt_out", ln)
            if typed(o.get("turns"), int) and o["turns"] < 1:
                bad("ev_turns", ln)
            if o["prompt"] == "" and not o.get("tools") and not o.get("has_image"):
                bad("ev_empty_prompt_no_tools", ln)
            a = o["account_id"]
            if a not in truth:
                bad("ev_no_truth", a)
                continue
            if a in accounts and t < accounts[a] - 5000:
                bad("ev_before_created", "%s %d" % (a, accounts[a] - t))
            if o["model"] not in releases:
                bad("ev_model_unlisted", o["model"])
            models[o["model"]] += 1
            g = truth[a]["group"]
            per_group[g] += 1
            per_group_acc[g].add(a)
    acc_no_rec = sum(1 for a in truth if a not in accounts)
    print("%s: %d lines, %d unique events, %d duplicates, %d accounts with events, %d without an accounts record, %d ip ranges, "
          "max lateness %.1f s, IPv6 share %.1f%%, ts formats %s" % (d, lines, len(seen), dups, len(truth), acc_no_rec, len(nets),
                                                                   max_late / 1000, 100.0 * v6 / max(1, len(seen)), dict(fmt)))
    print("models:", dict(models))
    print("campaigns:", {c: (v["accounts"], v["pivot_at"]) for c, v in camps.items()})
    print("%-7s %-26s %-12s %5s %8s %8s" % ("label", "group", "campaign", "hard", "accounts", "events"))
    lab = {}
    for a, o in truth.items():
        lab[o["group"]] = (o["label"], o["campaign"], o["hard"])
    for g in sorted(per_group, key=lambda g: (lab[g][0], lab[g][2], g)):
        l, c, h = lab[g]
        print("%-7s %-26s %-12s %5s %8d %8d" % (l, g, c or "-", "yes" if h else "no", len(per_group_acc[g]), per_group[g]))
    if errs:
        print("ERRORS:")
        for k, v in sorted(errs.items()):
            print("  %-28s %6d  e.g. %s" % (k, v, samples[k]))
        return 1
    print("OK: every line valid")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
