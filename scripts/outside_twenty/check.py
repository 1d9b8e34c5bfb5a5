#!/usr/bin/env python3
"""Check a generated directory against the data contract and print the group table.

    python3 check.py DIR

Every line of events.jsonl is validated (required fields, JSON types, RFC 3339 or epoch-ms timestamps, IPv4/IPv6
syntax, thinking_tokens <= output_tokens <= max_tokens, turns >= 1, tools an array of strings, stop_reason, the new
model never before its release, no event before its account's created_at). Lines that fail are counted as rejected;
the generator plants a known number of them (expected_summary.json), so any other failure is a violation. Repeated
request_ids must be byte-identical re-sends. accounts.jsonl, ip_ranges.csv (header, strict CIDRs, ASN, country,
kind, no duplicate prefix), releases.csv and policy.toml (tomllib) are checked too, and truth.jsonl and
campaigns.jsonl must agree with the traffic. Exits 1 on any violation.
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

TS_RE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d{1,9})?(Z|[+-]\d{2}:\d{2})$")
CHANNELS = ("standard", "education", "research", "startup", "enterprise", "reseller")
KINDS = ("isp", "mobile", "hosting", "vpn", "residential_proxy", "tor", "education", "enterprise")
STOPS = ("end_turn", "max_tokens", "tool_use", "stop_sequence", "refusal", "pause_turn")
REQ = {"request_id": str, "ts": None, "account_id": str, "ip": str, "model": str, "prompt": str, "input_tokens": int,
       "output_tokens": int}
OPT = {"api_key_id": str, "user_agent": str, "client_fingerprint": str, "system": str, "turns": int, "tools": list,
       "tool_calls": int, "has_image": bool, "max_tokens": int, "thinking_tokens": int, "stop_reason": str}
ACC_OPT = {"org_id": str, "email_domain": str, "email_local_shape": str, "payment_fingerprint": str,
           "billing_country": str, "signup_channel": str, "verified": bool}
CC = re.compile(r"^[A-Z]{2}$")
SHAPE = re.compile(r"^[a9._+\-]+$")
W0 = 1792972800000            # 2026-10-26T00:00:00Z
W1 = W0 + 14 * 86400000


def parse_ts(v):
    """Contract timestamp -> epoch ms, or raise ValueError."""
    if isinstance(v, bool):
        raise ValueError("boolean")
    if isinstance(v, int):
        return v
    if not isinstance(v, str):
        raise ValueError("type %s" % type(v).__name__)
    m = TS_RE.match(v)
    if not m:
        raise ValueError("not RFC 3339: %r" % v)
    y, mo, d, h, mi, s = (int(m.group(i)) for i in range(1, 7))
    frac = m.group(7)
    dt = datetime.datetime(y, mo, d, h, mi, s, tzinfo=datetime.timezone.utc)  # raises on impossible dates
    z = m.group(8)
    off = 0 if z == "Z" else (1 if z[0] == "+" else -1) * (int(z[1:3]) * 60 + int(z[4:6]))
    ms = int(dt.timestamp()) * 1000 - off * 60000
    if frac:
        ms += int((frac[1:] + "000")[:3])
    return ms


def is_int(v):
    return isinstance(v, int) and not isinstance(v, bool)


def open_any(path):
    if os.path.exists(path):
        return open(path, encoding="utf-8")
    if os.path.exists(path + ".gz"):
        return gzip.open(path + ".gz", "rt", encoding="utf-8")
    return None


def event_problem(o):
    """None if the object is a valid event, else the reason."""
    if not isinstance(o, dict):
        return "not an object"
    for k, t in REQ.items():
        if k not in o:
            return "missing " + k
        if t is int and not is_int(o[k]):
            return "%s not an integer" % k
        if t is str and not isinstance(o[k], str):
            return "%s not a string" % k
    for k in ("request_id", "account_id", "model"):
        if not o[k]:
            return "empty " + k
    try:
        parse_ts(o["ts"])
    except (ValueError, OverflowError) as e:
        return "ts: %s" % e
    try:
        ipaddress.ip_address(o["ip"])
    except ValueError:
        return "bad ip %r" % o["ip"]
    for k, t in OPT.items():
        if k in o:
            if t is int and not is_int(o[k]):
                return "%s not an integer" % k
            if t is not int and not isinstance(o[k], t):
                return "%s is %s" % (k, type(o[k]).__name__)
    if "tools" in o and not all(isinstance(x, str) for x in o["tools"]):
        return "tools not strings"
    for k in ("input_tokens", "output_tokens", "thinking_tokens", "max_tokens", "tool_calls"):
        if k in o and o[k] < 0:
            return "negative " + k
    if "turns" in o and o["turns"] < 1:
        return "turns < 1"
    if o.get("thinking_tokens", 0) > o["output_tokens"]:
        return "thinking_tokens > output_tokens"
    if "max_tokens" in o and o["output_tokens"] > o["max_tokens"]:
        return "output_tokens > max_tokens"
    if "stop_reason" in o and o["stop_reason"] not in STOPS:
        return "stop_reason %r" % o["stop_reason"]
    if o.get("tool_calls") and o.get("stop_reason") not in (None, "tool_use", "max_tokens"):
        return "tool_calls with stop_reason %s" % o.get("stop_reason")
    return None


class Err:
    def __init__(self):
        self.n = 0
        self.msgs = []

    def __call__(self, m):
        self.n += 1
        if len(self.msgs) < 50:
            self.msgs.append(m)


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    d = sys.argv[1]
    err = Err()
    with open(os.path.join(d, "expected_summary.json"), encoding="utf-8") as f:
        exp = json.load(f)

    # ---------------------------------------------------------------- releases, policy
    release = {}
    with open(os.path.join(d, "releases.csv"), encoding="utf-8", newline="") as f:
        rd = csv.reader(f)
        if next(rd, None) != ["model", "released_at"]:
            err("releases.csv: header")
        for n, row in enumerate(rd, 2):
            try:
                release[row[0]] = parse_ts(row[1])
            except (ValueError, IndexError):
                err("releases.csv:%d: %r" % (n, row))
    with open(os.path.join(d, "policy.toml"), "rb") as f:
        pol = tomllib.load(f)
    rc = pol.get("restricted_countries")
    if not isinstance(rc, list) or not rc or not all(isinstance(x, str) and CC.match(x) for x in rc):
        err("policy.toml: restricted_countries")

    # ---------------------------------------------------------------- accounts
    created = {}
    acc_rec = {}
    fh = open_any(os.path.join(d, "accounts.jsonl"))
    with fh as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                o = json.loads(line)
            except ValueError:
                err("accounts.jsonl:%d: not JSON" % n)
                continue
            if not isinstance(o, dict) or not isinstance(o.get("account_id"), str) or "created_at" not in o:
                err("accounts.jsonl:%d: account_id/created_at" % n)
                continue
            try:
                c = parse_ts(o["created_at"])
            except ValueError as e:
                err("accounts.jsonl:%d: created_at %s" % (n, e))
                continue
            for k, t in ACC_OPT.items():
                if k in o and not isinstance(o[k], t):
                    err("accounts.jsonl:%d: %s type" % (n, k))
            if o.get("signup_channel", "standard") not in CHANNELS:
                err("accounts.jsonl:%d: signup_channel %r" % (n, o["signup_channel"]))
            if "billing_country" in o and not CC.match(o["billing_country"]):
                err("accounts.jsonl:%d: billing_country" % n)
            if "email_local_shape" in o and not SHAPE.match(o["email_local_shape"]):
                err("accounts.jsonl:%d: email_local_shape %r" % (n, o["email_local_shape"]))
            if o["account_id"] in created:
                err("accounts.jsonl:%d: duplicate account" % n)
            created[o["account_id"]] = c
            acc_rec[o["account_id"]] = o

    # ---------------------------------------------------------------- truth
    truth = collections.OrderedDict()
    with open(os.path.join(d, "truth.jsonl"), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            o = json.loads(line)
            if set(o) != {"account_id", "label", "group", "campaign", "hard"}:
                err("truth.jsonl:%d: keys %s" % (n, sorted(o)))
            if o.get("label") not in ("attack", "benign") or not isinstance(o.get("hard"), bool):
                err("truth.jsonl:%d: label/hard" % n)
            if (o["label"] == "attack") != (o["campaign"] is not None):
                err("truth.jsonl:%d: label and campaign disagree" % n)
            if o["label"] == "attack" and o["hard"]:
                err("truth.jsonl:%d: attack marked hard" % n)
            if o["account_id"] in truth:
                err("truth.jsonl:%d: duplicate" % n)
            truth[o["account_id"]] = o

    # ---------------------------------------------------------------- events
    seen = {}
    per_acct = collections.Counter()
    first, last = {}, {}
    lines = rejected = dups = 0
    reasons = collections.Counter()
    latest = None
    max_back = 0
    models = collections.Counter()
    fields = collections.Counter()
    v6 = 0
    ts_int = 0
    camp_of = {a: o["campaign"] for a, o in truth.items()}
    camp_new = collections.Counter()
    camp_n = collections.Counter()
    fh = open_any(os.path.join(d, "events.jsonl"))
    with fh as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                continue
            lines += 1
            try:
                o = json.loads(line)
            except ValueError:
                rejected += 1
                reasons["not JSON"] += 1
                continue
            p = event_problem(o)
            if p:
                rejected += 1
                reasons[p.split(":")[0]] += 1
                continue
            rid = o["request_id"]
            if rid in seen:
                dups += 1
                if seen[rid] != hash(line):
                    err("events.jsonl:%d: request_id %s repeated with different content" % (n, rid))
                continue
            seen[rid] = hash(line)
            t = parse_ts(o["ts"])
            ts_int += isinstance(o["ts"], int)
            if not (W0 <= t < W1):
                err("events.jsonl:%d: ts outside the window" % n)
            if latest is not None and t < latest:
                max_back = max(max_back, latest - t)
            latest = t if latest is None or t > latest else latest
            a = o["account_id"]
            per_acct[a] += 1
            first[a] = min(first.get(a, t), t)
            last[a] = max(last.get(a, t), t)
            m = o["model"]
            models[m] += 1
            if m not in release:
                err("events.jsonl:%d: model %s not in releases.csv" % (n, m))
            elif t < release[m]:
                err("events.jsonl:%d: %s used before its release" % (n, m))
            if a not in truth:
                err("events.jsonl:%d: account %s not in truth.jsonl" % (n, a))
            if ":" in o["ip"]:
                v6 += 1
            for k in OPT:
                if k in o:
                    fields[k] += 1
            c = camp_of.get(a)
            if c:
                camp_n[c] += 1
                camp_new[c] += m == "orrery-4"
    if max_back > 180000:
        err("events.jsonl: arrival order is %.0f s out of event-time order (> 180 s)" % (max_back / 1000))
    for a, t in first.items():
        if a in created and t < created[a]:
            err("account %s: event before created_at" % a)
    uniq = sum(per_acct.values())
    for k, v in (("lines_read", lines), ("events_accepted", uniq), ("events_rejected", rejected),
                 ("duplicates", dups), ("accounts", len(per_acct))):
        if exp.get(k) != v:
            err("expected_summary.json: %s is %s, the file gives %d" % (k, exp.get(k), v))
    if lines != uniq + rejected + dups:
        err("lines_read != accepted + rejected + duplicates")

    # ---------------------------------------------------------------- ip_ranges
    nets = {}
    kinds = collections.Counter()
    with open(os.path.join(d, "ip_ranges.csv"), encoding="utf-8", newline="") as f:
        rd = csv.reader(f)
        if next(rd, None) != ["cidr", "asn", "as_org", "country", "kind"]:
            err("ip_ranges.csv: header")
        for n, row in enumerate(rd, 2):
            if len(row) != 5:
                err("ip_ranges.csv:%d: %d columns" % (n, len(row)))
                continue
            try:
                net = ipaddress.ip_network(row[0], strict=True)
            except ValueError:
                err("ip_ranges.csv:%d: cidr %r" % (n, row[0]))
                continue
            if not row[1].isdigit():
                err("ip_ranges.csv:%d: asn %r" % (n, row[1]))
            if not CC.match(row[3]):
                err("ip_ranges.csv:%d: country %r" % (n, row[3]))
            if row[4] not in KINDS:
                err("ip_ranges.csv:%d: kind %r" % (n, row[4]))
            if net in nets:
                err("ip_ranges.csv:%d: duplicate prefix %s" % (n, row[0]))
            nets[net] = row[4]
            kinds[row[4]] += 1

    # ---------------------------------------------------------------- truth and campaigns vs traffic
    for a in truth:
        if a not in per_acct:
            err("truth.jsonl: %s has no events" % a)
    missing_rec = [a for a in per_acct if a not in created]
    if len(missing_rec) > 0.01 * len(per_acct):
        err("%d accounts without an accounts.jsonl record (more than 1%%)" % len(missing_rec))
    camps = collections.OrderedDict()
    with open(os.path.join(d, "campaigns.jsonl"), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            o = json.loads(line)
            if set(o) != {"campaign", "group", "accounts", "active_from", "active_until", "successor_of", "pivot_at"}:
                err("campaigns.jsonl:%d: keys" % n)
            camps[o["campaign"]] = o
    tc = collections.Counter(o["campaign"] for o in truth.values() if o["campaign"])
    for c, o in camps.items():
        mem = [a for a, t in truth.items() if t["campaign"] == c]
        if tc[c] != o["accounts"]:
            err("campaigns.jsonl: %s says %d accounts, truth has %d" % (c, o["accounts"], tc[c]))
        if any(truth[a]["group"] != o["group"] for a in mem):
            err("campaigns.jsonl: %s group disagrees with truth" % c)
        if mem:
            lo, hi = min(first[a] for a in mem), max(last[a] for a in mem)
            if abs(parse_ts(o["active_from"]) - lo) > 1000 or abs(parse_ts(o["active_until"]) - hi) > 1000:
                err("campaigns.jsonl: %s active span disagrees with its events" % c)
        if o["successor_of"] is not None and o["successor_of"] not in camps:
            err("campaigns.jsonl: %s successor_of unknown campaign" % c)
        if o["pivot_at"] is not None and parse_ts(o["pivot_at"]) < release.get("orrery-4", 0):
            err("campaigns.jsonl: %s pivot before the release" % c)
    for c in tc:
        if c not in camps:
            err("truth.jsonl: campaign %s missing from campaigns.jsonl" % c)

    # ---------------------------------------------------------------- report
    groups = collections.OrderedDict()
    order = sorted(truth.values(), key=lambda o: (o["label"] != "attack", not o["hard"]))
    for o in order:
        g = groups.setdefault(o["group"], [o["label"], o["campaign"] or "-", o["hard"], 0, 0])
        g[3] += 1
        g[4] += per_acct[o["account_id"]]
    print("%-7s %-26s %-10s %-4s %8s %8s" % ("label", "group", "campaign", "hard", "accounts", "events"))
    for g, (lab, camp, hard, na, ne) in groups.items():
        if lab == "attack":
            camp = "/".join(sorted(set(o["campaign"] for o in truth.values() if o["group"] == g)))
        print("%-7s %-26s %-10s %-4s %8d %8d" % (lab, g, camp, "yes" if hard else "no", na, ne))
    print("%-7s %-26s %-10s %-4s %8d %8d" % ("", "total", "", "", len(truth), uniq))
    att = [a for a, o in truth.items() if o["label"] == "attack"]
    print("attack share: %d accounts (%.1f%%), %d events (%.1f%%)" % (
        len(att), 100.0 * len(att) / max(1, len(truth)), sum(per_acct[a] for a in att),
        100.0 * sum(per_acct[a] for a in att) / max(1, uniq)))
    print("lines %d = accepted %d + rejected %d + duplicates %d; reasons: %s" % (
        lines, uniq, rejected, dups, ", ".join("%s %d" % kv for kv in sorted(reasons.items()))))
    print("accounts with traffic %d, without a record %d; max out-of-order %.1f s; IPv6 %.1f%%; epoch-ms ts %.1f%%"
          % (len(per_acct), len(missing_rec), max_back / 1000, 100.0 * v6 / max(1, uniq), 100.0 * ts_int / max(1, uniq)))
    print("models: " + ", ".join("%s %d" % kv for kv in models.most_common()))
    print("optional fields: " + ", ".join("%s %.0f%%" % (k, 100.0 * v / max(1, uniq)) for k, v in fields.most_common()))
    print("ip_ranges: %d rows (%s)" % (len(nets), ", ".join("%s %d" % kv for kv in sorted(kinds.items()))))
    for c, o in camps.items():
        print("campaign %-10s %-20s %4d accounts  %s .. %s  successor_of=%s pivot_at=%s  orrery-4 share %.0f%%" % (
            c, o["group"], o["accounts"], o["active_from"][:16], o["active_until"][:16], o["successor_of"],
            o["pivot_at"], 100.0 * camp_new[c] / max(1, camp_n[c])))
    if err.n:
        print("VIOLATIONS: %d" % err.n)
        for m in err.msgs:
            print("  " + m)
        sys.exit(1)
    print("OK: every input line follows the contract; %d planted bad lines rejected as expected" % rejected)


if __name__ == "__main__":
    main()
