#!/usr/bin/env python3
"""Validate a generated directory against the data contract and print counts per group.

    python3 check.py DIR

Checks every line of events.jsonl and accounts.jsonl (field names, types, limits), ip_ranges.csv,
releases.csv and policy.toml, and that truth.jsonl / campaigns.jsonl agree with the traffic. Exits 1 on any
contract violation.
"""
import collections
import csv
import datetime
import gzip
import ipaddress
import json
import os
import re
import sys
import tomllib

RFC = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$")
CHANNELS = {"standard", "education", "research", "startup", "enterprise", "reseller"}
KINDS = {"isp", "mobile", "hosting", "vpn", "residential_proxy", "tor", "education", "enterprise"}
EV_TYPES = {"request_id": str, "account_id": str, "api_key_id": str, "ip": str, "user_agent": str, "client_fingerprint": str,
            "model": str, "prompt": str, "system": str, "turns": int, "tool_calls": int, "has_image": bool, "max_tokens": int,
            "input_tokens": int, "output_tokens": int, "thinking_tokens": int, "stop_reason": str}
EV_REQ = ["request_id", "ts", "account_id", "ip", "model", "prompt", "input_tokens", "output_tokens"]
AC_TYPES = {"account_id": str, "org_id": str, "email_domain": str, "email_local_shape": str, "payment_fingerprint": str,
            "billing_country": str, "signup_channel": str, "verified": bool}


def ts_ms(v):
    if isinstance(v, bool):
        raise ValueError("bool timestamp")
    if isinstance(v, int):
        return v
    if not isinstance(v, str) or not RFC.match(v):
        raise ValueError("bad timestamp %r" % (v,))
    s = v.replace("Z", "+00:00")
    return int(datetime.datetime.fromisoformat(s).timestamp() * 1000)


def opener(path):
    if os.path.exists(path):
        return open(path, encoding="utf-8")
    if os.path.exists(path + ".gz"):
        return gzip.open(path + ".gz", "rt", encoding="utf-8")
    return None


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    d = sys.argv[1]
    errors = []

    def err(msg):
        if len(errors) < 50:
            errors.append(msg)
        else:
            errors.append(None)

    # ---- truth
    truth = {}
    with open(os.path.join(d, "truth.jsonl"), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            o = json.loads(line)
            for k in ("account_id", "label", "group", "campaign", "hard"):
                if k not in o:
                    err("truth:%d missing %s" % (n, k))
            if o["label"] not in ("attack", "benign"):
                err("truth:%d bad label" % n)
            if (o["label"] == "attack") != (o["campaign"] is not None):
                err("truth:%d campaign/label mismatch" % n)
            truth[o["account_id"]] = o
    # ---- accounts
    acc = {}
    with opener(os.path.join(d, "accounts.jsonl")) as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                o = json.loads(line)
            except ValueError:
                err("accounts:%d not JSON" % n)
                continue
            for k in ("account_id", "created_at"):
                if k not in o:
                    err("accounts:%d missing %s" % (n, k))
            try:
                c = ts_ms(o["created_at"])
            except (ValueError, KeyError) as e:
                err("accounts:%d created_at: %s" % (n, e))
                c = 0
            for k, t in AC_TYPES.items():
                if k in o and not isinstance(o[k], t):
                    err("accounts:%d %s has type %s" % (n, k, type(o[k]).__name__))
            if o.get("signup_channel") not in CHANNELS and "signup_channel" in o:
                err("accounts:%d signup_channel %r" % (n, o["signup_channel"]))
            if "billing_country" in o and not re.match(r"^[A-Z]{2}$", o["billing_country"]):
                err("accounts:%d billing_country %r" % (n, o["billing_country"]))
            if "email_local_shape" in o and re.search(r"[b-zA-Z0-8]", o["email_local_shape"]):
                err("accounts:%d email_local_shape %r" % (n, o["email_local_shape"]))
            if o["account_id"] in acc:
                err("accounts:%d duplicate account %s" % (n, o["account_id"]))
            acc[o["account_id"]] = c
    # ---- events
    seen = set()
    per_acct = collections.Counter()
    stats = collections.Counter()
    max_back = 0
    latest = None
    first_ts, last_ts = None, None
    models = collections.Counter()
    with opener(os.path.join(d, "events.jsonl")) as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                continue
            stats["lines"] += 1
            try:
                o = json.loads(line)
            except ValueError:
                err("events:%d not JSON" % n)
                continue
            if not isinstance(o, dict):
                err("events:%d not an object" % n)
                continue
            bad = False
            for k in EV_REQ:
                if k not in o:
                    err("events:%d missing %s" % (n, k))
                    bad = True
            if bad:
                continue
            for k, t in EV_TYPES.items():
                if k in o and (not isinstance(o[k], t) or (t is int and isinstance(o[k], bool))):
                    err("events:%d %s has type %s" % (n, k, type(o[k]).__name__))
            if "tools" in o and (not isinstance(o["tools"], list) or not all(isinstance(x, str) for x in o["tools"])):
                err("events:%d tools not an array of strings" % n)
            for k in ("input_tokens", "output_tokens", "thinking_tokens", "max_tokens", "tool_calls"):
                if k in o and isinstance(o[k], int) and o[k] < 0:
                    err("events:%d negative %s" % (n, k))
            if "turns" in o and o["turns"] < 1:
                err("events:%d turns < 1" % n)
            if "thinking_tokens" in o and o["thinking_tokens"] > o["output_tokens"]:
                err("events:%d thinking > output" % n)
            if "max_tokens" in o and o["output_tokens"] > o["max_tokens"]:
                err("events:%d output > max_tokens" % n)
            try:
                ip = ipaddress.ip_address(o["ip"])
                stats["v6" if ip.version == 6 else "v4"] += 1
            except ValueError:
                err("events:%d bad ip %r" % (n, o["ip"]))
            try:
                t = ts_ms(o["ts"])
            except ValueError as e:
                err("events:%d ts: %s" % (n, e))
                continue
            stats["ts_int" if isinstance(o["ts"], int) else "ts_str"] += 1
            if o["request_id"] in seen:
                stats["duplicates"] += 1
                continue
            seen.add(o["request_id"])
            if latest is not None and t < latest:
                max_back = max(max_back, latest - t)
            latest = t if latest is None or t > latest else latest
            first_ts = t if first_ts is None or t < first_ts else first_ts
            last_ts = t if last_ts is None or t > last_ts else last_ts
            a = o["account_id"]
            per_acct[a] += 1
            models[o["model"]] += 1
            if a in acc and t < acc[a] - 10000:
                err("events:%d before the account's created_at" % n)
            if a not in truth:
                err("events:%d account %s not in truth" % (n, a))
            for k in ("user_agent", "client_fingerprint", "api_key_id", "system", "tools", "thinking_tokens", "has_image"):
                if k in o:
                    stats["has_" + k] += 1
    # ---- ip_ranges, releases, policy
    with open(os.path.join(d, "ip_ranges.csv"), encoding="utf-8") as f:
        rd = csv.reader(f)
        if next(rd) != ["cidr", "asn", "as_org", "country", "kind"]:
            err("ip_ranges.csv: bad header")
        nets = 0
        for row in rd:
            nets += 1
            if len(row) != 5:
                err("ip_ranges.csv: row %r" % (row,))
                continue
            try:
                ipaddress.ip_network(row[0])
                int(row[1])
            except ValueError:
                err("ip_ranges.csv: row %r" % (row,))
            if row[4] not in KINDS:
                err("ip_ranges.csv: kind %r" % row[4])
            if not re.match(r"^[A-Z]{2}$", row[3]):
                err("ip_ranges.csv: country %r" % row[3])
    with open(os.path.join(d, "releases.csv"), encoding="utf-8") as f:
        rd = csv.reader(f)
        if next(rd) != ["model", "released_at"]:
            err("releases.csv: bad header")
        for row in rd:
            try:
                ts_ms(row[1])
            except ValueError:
                err("releases.csv: %r" % (row,))
    with open(os.path.join(d, "policy.toml"), "rb") as f:
        pol = tomllib.load(f)
    if not isinstance(pol.get("restricted_countries"), list):
        err("policy.toml: restricted_countries missing")
    # ---- consistency with truth
    for a in truth:
        if a not in per_acct:
            err("truth account %s has no events" % a)
    missing_rec = sum(1 for a in per_acct if a not in acc)
    camps = {}
    with open(os.path.join(d, "campaigns.jsonl"), encoding="utf-8") as f:
        for line in f:
            o = json.loads(line)
            camps[o["campaign"]] = o
    tc = collections.Counter(o["campaign"] for o in truth.values() if o["campaign"])
    for c, o in camps.items():
        if tc[c] != o["accounts"]:
            err("campaigns: %s says %d accounts, truth has %d" % (c, o["accounts"], tc[c]))
    # ---- report
    groups = collections.OrderedDict()
    for a, o in sorted(truth.items(), key=lambda x: (x[1]["label"], x[1]["hard"], x[1]["group"])):
        g = groups.setdefault(o["group"], [o["label"], o["hard"], o["campaign"], 0, 0])
        g[3] += 1
        g[4] += per_acct[a]
    print("%-7s %-30s %-12s %5s %8s %8s" % ("label", "group", "campaign", "hard", "accounts", "events"))
    for g, (lab, hard, camp, na, ne) in groups.items():
        print("%-7s %-30s %-12s %5s %8d %8d" % (lab, g, camp or "-", "yes" if hard else "no", na, ne))
    ev = sum(per_acct.values())
    print("lines %d, unique events %d, duplicates %d, accounts %d (%d without an accounts.jsonl record), ip_ranges rows %d"
          % (stats["lines"], ev, stats["duplicates"], len(per_acct), missing_rec, nets))
    print("window %s .. %s, max out-of-order %.1f s, IPv6 share %.1f%%, epoch-ms ts %.1f%%"
          % (datetime.datetime.fromtimestamp(first_ts / 1000, datetime.timezone.utc).isoformat(),
             datetime.datetime.fromtimestamp(last_ts / 1000, datetime.timezone.utc).isoformat(), max_back / 1000,
             100.0 * stats["v6"] / max(1, stats["v4"] + stats["v6"]), 100.0 * stats["ts_int"] / max(1, stats["lines"])))
    print("optional fields present: " + ", ".join("%s %.0f%%" % (k[4:], 100.0 * v / max(1, stats["lines"])) for k, v in sorted(stats.items()) if k.startswith("has_")))
    print("models: " + ", ".join("%s %d" % kv for kv in models.most_common()))
    print("campaigns: " + ", ".join("%s (%s, %d accounts, pivot %s)" % (c, o["group"], o["accounts"], o["pivot_at"]) for c, o in sorted(camps.items())))
    real = [e for e in errors if e]
    if real:
        print("CONTRACT ERRORS:")
        for e in real:
            print("  " + e)
        if None in errors:
            print("  ... more")
        sys.exit(1)
    print("OK: every line valid against the contract")


if __name__ == "__main__":
    main()
