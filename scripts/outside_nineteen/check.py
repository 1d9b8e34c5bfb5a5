#!/usr/bin/env python3
"""Check a generated directory against the data contract and print counts per group.

    python3 check.py DIR

Validates every line of events.jsonl and accounts.jsonl (required fields, JSON types, RFC 3339 or epoch-ms
timestamps, IP syntax, thinking_tokens <= output_tokens <= max_tokens, turns >= 1, tools an array of strings,
signup_channel values, email_local_shape alphabet), the header, CIDRs, ASNs, countries and kinds of ip_ranges.csv,
releases.csv, policy.toml (via tomllib), and that truth.jsonl / campaigns.jsonl agree with the traffic.
Prints the group table on stderr and a few realism figures on stdout; exits 1 on any violation.
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

RFC3339 = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$")
CHANNELS = {"standard", "education", "research", "startup", "enterprise", "reseller"}
KINDS = {"isp", "mobile", "hosting", "vpn", "residential_proxy", "tor", "education", "enterprise"}
EVENT_REQUIRED = ("request_id", "ts", "account_id", "ip", "model", "prompt", "input_tokens", "output_tokens")
EVENT_TYPES = {"request_id": str, "account_id": str, "api_key_id": str, "ip": str, "user_agent": str,
               "client_fingerprint": str, "model": str, "prompt": str, "system": str, "turns": int, "tool_calls": int,
               "has_image": bool, "max_tokens": int, "input_tokens": int, "output_tokens": int, "thinking_tokens": int,
               "stop_reason": str}
ACCOUNT_TYPES = {"account_id": str, "org_id": str, "email_domain": str, "email_local_shape": str,
                 "payment_fingerprint": str, "billing_country": str, "signup_channel": str, "verified": bool}
CC = re.compile(r"^[A-Z]{2}$")
SHAPE = re.compile(r"^[a9._+\-]+$")


def to_ms(v):
    """Contract timestamp -> epoch ms; raises ValueError."""
    if isinstance(v, bool):
        raise ValueError("boolean timestamp")
    if isinstance(v, int):
        return v
    if not isinstance(v, str) or not RFC3339.match(v):
        raise ValueError("not RFC 3339: %r" % (v,))
    s = v[:-1] + "+00:00" if v.endswith("Z") else v
    m = re.match(r"^(.*T\d{2}:\d{2}:\d{2})(\.\d+)?(.*)$", s)
    frac = (m.group(2) or ".0")[1:]
    base = datetime.datetime.fromisoformat(m.group(1) + m.group(3))
    return int(base.timestamp()) * 1000 + int((frac + "000")[:3])


def open_any(path):
    if os.path.exists(path):
        return open(path, encoding="utf-8")
    if os.path.exists(path + ".gz"):
        return gzip.open(path + ".gz", "rt", encoding="utf-8")
    return None


class Errors:
    def __init__(self):
        self.items = []
        self.n = 0

    def __call__(self, msg):
        self.n += 1
        if len(self.items) < 60:
            self.items.append(msg)


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    d = sys.argv[1]
    err = Errors()

    # ---- ground truth
    truth = {}
    with open(os.path.join(d, "truth.jsonl"), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            o = json.loads(line)
            for k in ("account_id", "label", "group", "campaign", "hard"):
                if k not in o:
                    err("truth.jsonl:%d: missing %s" % (n, k))
            if o.get("label") not in ("attack", "benign"):
                err("truth.jsonl:%d: label %r" % (n, o.get("label")))
            if (o.get("label") == "attack") != (o.get("campaign") is not None):
                err("truth.jsonl:%d: label and campaign disagree" % n)
            if not isinstance(o.get("hard"), bool):
                err("truth.jsonl:%d: hard is not a bool" % n)
            if o["account_id"] in truth:
                err("truth.jsonl:%d: duplicate account" % n)
            truth[o["account_id"]] = o

    # ---- accounts.jsonl
    created = {}
    fh = open_any(os.path.join(d, "accounts.jsonl"))
    if fh is None:
        err("accounts.jsonl missing")
    else:
        with fh as f:
            for n, line in enumerate(f, 1):
                if not line.strip():
                    continue
                try:
                    o = json.loads(line)
                except ValueError:
                    err("accounts.jsonl:%d: not JSON" % n)
                    continue
                if not isinstance(o, dict):
                    err("accounts.jsonl:%d: not an object" % n)
                    continue
                if "account_id" not in o or "created_at" not in o:
                    err("accounts.jsonl:%d: missing account_id or created_at" % n)
                    continue
                for k, t in ACCOUNT_TYPES.items():
                    if k in o and not isinstance(o[k], t):
                        err("accounts.jsonl:%d: %s is %s" % (n, k, type(o[k]).__name__))
                try:
                    c = to_ms(o["created_at"])
                except ValueError as e:
                    err("accounts.jsonl:%d: created_at %s" % (n, e))
                    continue
                if "signup_channel" in o and o["signup_channel"] not in CHANNELS:
                    err("accounts.jsonl:%d: signup_channel %r" % (n, o["signup_channel"]))
                if "billing_country" in o and not CC.match(str(o["billing_country"])):
                    err("accounts.jsonl:%d: billing_country %r" % (n, o["billing_country"]))
                if "email_local_shape" in o and not SHAPE.match(str(o["email_local_shape"])):
                    err("accounts.jsonl:%d: email_local_shape %r" % (n, o["email_local_shape"]))
                if o["account_id"] in created:
                    err("accounts.jsonl:%d: duplicate account %s" % (n, o["account_id"]))
                created[o["account_id"]] = c

    # ---- events.jsonl
    seen = set()
    prompts = set()
    per_acct = collections.Counter()
    first_ev = {}
    st = collections.Counter()
    models = collections.Counter()
    latest, max_back, lo, hi = None, 0, None, None
    fh = open_any(os.path.join(d, "events.jsonl"))
    if fh is None:
        err("events.jsonl missing")
        fh = open(os.devnull)
    with fh as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                continue
            st["lines"] += 1
            try:
                o = json.loads(line)
            except ValueError:
                err("events.jsonl:%d: not JSON" % n)
                continue
            if not isinstance(o, dict):
                err("events.jsonl:%d: not an object" % n)
                continue
            miss = [k for k in EVENT_REQUIRED if k not in o]
            if miss:
                err("events.jsonl:%d: missing %s" % (n, ",".join(miss)))
                continue
            for k, t in EVENT_TYPES.items():
                if k in o and (not isinstance(o[k], t) or (t is int and isinstance(o[k], bool))):
                    err("events.jsonl:%d: %s is %s" % (n, k, type(o[k]).__name__))
            if "tools" in o and (not isinstance(o["tools"], list) or not all(isinstance(x, str) for x in o["tools"])):
                err("events.jsonl:%d: tools is not an array of strings" % n)
            for k in ("input_tokens", "output_tokens", "thinking_tokens", "max_tokens", "tool_calls"):
                if isinstance(o.get(k), int) and o[k] < 0:
                    err("events.jsonl:%d: negative %s" % (n, k))
            if isinstance(o.get("turns"), int) and o["turns"] < 1:
                err("events.jsonl:%d: turns < 1" % n)
            if isinstance(o.get("thinking_tokens"), int) and isinstance(o.get("output_tokens"), int) and o["thinking_tokens"] > o["output_tokens"]:
                err("events.jsonl:%d: thinking_tokens > output_tokens" % n)
            if isinstance(o.get("max_tokens"), int) and isinstance(o.get("output_tokens"), int) and o["output_tokens"] > o["max_tokens"]:
                err("events.jsonl:%d: output_tokens > max_tokens" % n)
            if not o["request_id"] or not o["account_id"] or not o["model"]:
                err("events.jsonl:%d: empty request_id/account_id/model" % n)
            try:
                ip = ipaddress.ip_address(o["ip"])
                st["v6" if ip.version == 6 else "v4"] += 1
            except (ValueError, TypeError):
                err("events.jsonl:%d: bad ip %r" % (n, o.get("ip")))
            try:
                t = to_ms(o["ts"])
            except ValueError as e:
                err("events.jsonl:%d: ts %s" % (n, e))
                continue
            st["ts_int" if isinstance(o["ts"], int) else "ts_str"] += 1
            if o["request_id"] in seen:
                st["duplicates"] += 1
                continue
            seen.add(o["request_id"])
            if latest is not None and t < latest:
                max_back = max(max_back, latest - t)
            latest = t if latest is None or t > latest else latest
            lo = t if lo is None or t < lo else lo
            hi = t if hi is None or t > hi else hi
            a = o["account_id"]
            per_acct[a] += 1
            if a not in first_ev or t < first_ev[a]:
                first_ev[a] = t
            models[o["model"]] += 1
            if o["prompt"]:
                st["nonempty_prompts"] += 1
                prompts.add(hash(o["prompt"]))
            if a not in truth:
                err("events.jsonl:%d: account %s is not in truth.jsonl" % (n, a))
            for k in ("api_key_id", "user_agent", "client_fingerprint", "system", "tools", "thinking_tokens", "turns",
                      "stop_reason", "max_tokens"):
                if k in o:
                    st["has_" + k] += 1
            if o.get("has_image"):
                st["images"] += 1
    for a, t in first_ev.items():
        if a in created and t < created[a] - 10000:
            err("account %s has an event before its created_at" % a)

    # ---- ip_ranges.csv, releases.csv, policy.toml
    nets = []
    with open(os.path.join(d, "ip_ranges.csv"), encoding="utf-8", newline="") as f:
        rd = csv.reader(f)
        if next(rd, None) != ["cidr", "asn", "as_org", "country", "kind"]:
            err("ip_ranges.csv: bad header")
        kinds = collections.Counter()
        for n, row in enumerate(rd, 2):
            if len(row) != 5:
                err("ip_ranges.csv:%d: %d columns" % (n, len(row)))
                continue
            try:
                nets.append(ipaddress.ip_network(row[0]))
                if int(row[1]) < 0:
                    raise ValueError
            except ValueError:
                err("ip_ranges.csv:%d: bad cidr or asn %r" % (n, row[:2]))
            if not CC.match(row[3]):
                err("ip_ranges.csv:%d: country %r" % (n, row[3]))
            if row[4] not in KINDS:
                err("ip_ranges.csv:%d: kind %r" % (n, row[4]))
            kinds[row[4]] += 1
    dup = len(nets) - len(set(nets))
    if dup:
        err("ip_ranges.csv: %d duplicated prefixes" % dup)
    release = {}
    with open(os.path.join(d, "releases.csv"), encoding="utf-8", newline="") as f:
        rd = csv.reader(f)
        if next(rd, None) != ["model", "released_at"]:
            err("releases.csv: bad header")
        for n, row in enumerate(rd, 2):
            try:
                release[row[0]] = to_ms(row[1])
            except (ValueError, IndexError):
                err("releases.csv:%d: %r" % (n, row))
    with open(os.path.join(d, "policy.toml"), "rb") as f:
        pol = tomllib.load(f)
    rc = pol.get("restricted_countries")
    if not isinstance(rc, list) or not all(isinstance(x, str) and CC.match(x) for x in rc):
        err("policy.toml: restricted_countries missing or malformed")

    # ---- truth and campaigns agree with the traffic
    for a in truth:
        if a not in per_acct:
            err("truth.jsonl: account %s has no events" % a)
    camps = collections.OrderedDict()
    with open(os.path.join(d, "campaigns.jsonl"), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            o = json.loads(line)
            for k in ("campaign", "group", "accounts", "active_from", "active_until", "successor_of", "pivot_at"):
                if k not in o:
                    err("campaigns.jsonl:%d: missing %s" % (n, k))
            for k in ("active_from", "active_until", "pivot_at"):
                if o.get(k) is not None:
                    try:
                        to_ms(o[k])
                    except ValueError:
                        err("campaigns.jsonl:%d: %s %r" % (n, k, o[k]))
            camps[o["campaign"]] = o
    tc = collections.Counter(o["campaign"] for o in truth.values() if o["campaign"])
    for c, o in camps.items():
        if tc[c] != o["accounts"]:
            err("campaigns.jsonl: %s says %d accounts, truth.jsonl has %d" % (c, o["accounts"], tc[c]))
    for c in tc:
        if c not in camps:
            err("truth.jsonl: campaign %s not in campaigns.jsonl" % c)

    # ---- report
    groups = collections.OrderedDict()
    for a, o in sorted(truth.items(), key=lambda kv: (kv[1]["label"], not kv[1]["hard"], kv[1]["group"])):
        g = groups.setdefault(o["group"], [o["label"], o["campaign"], o["hard"], 0, 0])
        g[3] += 1
        g[4] += per_acct[a]
    out = ["%-7s %-28s %-10s %-4s %8s %8s" % ("label", "group", "campaign", "hard", "accounts", "events")]
    for g, (lab, camp, hard, na, ne) in groups.items():
        out.append("%-7s %-28s %-10s %-4s %8d %8d" % (lab, g, camp or "-", "yes" if hard else "no", na, ne))
    out.append("%-7s %-28s %-10s %-4s %8d %8d" % ("", "total", "", "", sum(v[3] for v in groups.values()),
                                                 sum(v[4] for v in groups.values())))
    sys.stderr.write("\n".join(out) + "\n")
    ev = sum(per_acct.values())
    iso = lambda ms: datetime.datetime.fromtimestamp(ms / 1000, datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    print("lines %d, unique events %d, duplicate lines %d, accounts with traffic %d (%d without an accounts.jsonl record)"
          % (st["lines"], ev, st["duplicates"], len(per_acct), sum(1 for a in per_acct if a not in created)))
    if lo is not None:
        print("event time %s .. %s, max out-of-order %.1f s, IPv6 %.1f%%, epoch-ms timestamps %.1f%%"
              % (iso(lo), iso(hi), max_back / 1000.0, 100.0 * st["v6"] / max(1, st["v4"] + st["v6"]),
                 100.0 * st["ts_int"] / max(1, st["lines"])))
    print("distinct non-empty prompts %.1f%% (%d of %d)" % (100.0 * len(prompts) / max(1, st["nonempty_prompts"]),
                                                           len(prompts), st["nonempty_prompts"]))
    print("optional fields present: " + ", ".join("%s %.0f%%" % (k[4:], 100.0 * v / max(1, st["lines"]))
                                                 for k, v in sorted(st.items()) if k.startswith("has_")) +
          ", has_image true %.1f%%" % (100.0 * st["images"] / max(1, st["lines"])))
    print("models: " + ", ".join("%s %d" % kv for kv in models.most_common()))
    print("ip_ranges rows %d: %s" % (len(nets), ", ".join("%s %d" % kv for kv in sorted(kinds.items()))))
    print("campaigns: " + "; ".join("%s (%s, %d accounts, %s .. %s, pivot %s)" % (
        c, o["group"], o["accounts"], o["active_from"], o["active_until"], o["pivot_at"]) for c, o in camps.items()))
    if err.n:
        print("CONTRACT VIOLATIONS: %d" % err.n)
        for m in err.items:
            print("  " + m)
        sys.exit(1)
    print("OK: every line is valid against the contract")


if __name__ == "__main__":
    main()
