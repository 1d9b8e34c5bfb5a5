#!/usr/bin/env python3
"""Validate an outside_twentythree output directory against the data contract and the truth
files, and print a per-group table.

    python3 check.py DIR

Exit status 1 if anything violates the contract or the truth is incomplete/inconsistent.
"""

import csv
import datetime as dt
import hashlib
import ipaddress
import json
import os
import re
import sys
import tomllib

MAX_LINE = 1 << 20
REORDER_MS = 600_000
T0 = int(dt.datetime(2026, 3, 2, tzinfo=dt.timezone.utc).timestamp() * 1000)
T1 = T0 + 14 * 86_400_000
RELEASE = int(dt.datetime(2026, 3, 9, 16, tzinfo=dt.timezone.utc).timestamp() * 1000)
RFC3339 = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?(Z|[+-]\d{2}:\d{2})$")
KINDS = ["isp", "mobile", "hosting", "vpn", "residential_proxy", "tor", "education", "enterprise"]
CHANNELS = ["standard", "education", "research", "startup", "enterprise", "reseller"]

errors = []


def err(msg):
    if len(errors) < 200:
        errors.append(msg)
    elif len(errors) == 200:
        errors.append("... more errors suppressed")


def parse_ts(v, where):
    if isinstance(v, bool):
        err("%s: timestamp is a bool" % where)
        return None
    if isinstance(v, int):
        y = dt.datetime.fromtimestamp(v / 1000, tz=dt.timezone.utc).year
        if not 1970 <= y <= 3000:
            err("%s: epoch ms out of range" % where)
        return v
    if isinstance(v, str):
        if not RFC3339.match(v):
            err("%s: not RFC 3339: %r" % (where, v))
            return None
        t = dt.datetime.fromisoformat(v.replace("Z", "+00:00"))
        return int(t.timestamp() * 1000)
    err("%s: timestamp has wrong type" % where)
    return None


def blen(s):
    return len(s.encode("utf-8"))


def is_int(v):
    return isinstance(v, int) and not isinstance(v, bool)


class Ranges:
    def __init__(self):
        self.by_len = {}

    def add(self, net, row):
        self.by_len.setdefault((net.version, net.prefixlen), {})[int(net.network_address)] = row

    def finish(self):
        self.order = sorted(self.by_len.keys(), key=lambda k: -k[1])

    def lookup(self, ip):
        a = ipaddress.ip_address(ip)
        v, x = a.version, int(a)
        bits = 32 if v == 4 else 128
        for ver, pl in self.order:
            if ver != v:
                continue
            key = (x >> (bits - pl)) << (bits - pl)
            row = self.by_len[(ver, pl)].get(key)
            if row is not None:
                return row
        return None


def check_ip_ranges(path):
    rng = Ranges()
    with open(path, encoding="utf-8", newline="") as f:
        rd = csv.reader(f)
        head = next(rd)
        if head != ["cidr", "asn", "as_org", "country", "kind"]:
            err("ip_ranges.csv: bad header %r" % head)
        for i, row in enumerate(rd, 2):
            if len(row) != 5:
                err("ip_ranges.csv:%d: %d columns" % (i, len(row)))
                continue
            cidr, asn, org, cc, kind = row
            try:
                net = ipaddress.ip_network(cidr, strict=True)
            except ValueError as e:
                err("ip_ranges.csv:%d: cidr %r: %s" % (i, cidr, e))
                continue
            if not re.match(r"^(AS)?\d*$", asn):
                err("ip_ranges.csv:%d: asn %r" % (i, asn))
            if blen(org) > 256:
                err("ip_ranges.csv:%d: as_org too long" % i)
            if cc and not re.match(r"^[A-Za-z]{2}$", cc):
                err("ip_ranges.csv:%d: country %r" % (i, cc))
            if kind not in KINDS:
                err("ip_ranges.csv:%d: kind %r" % (i, kind))
            rng.add(net, (kind, cc.upper(), org))
    rng.finish()
    return rng


def check_policy(path):
    with open(path, "rb") as f:
        pol = tomllib.load(f)
    allowed = ["restricted_countries", "thresholds", "max_line_bytes", "reorder_window_ms", "hash_key", "hash_key_id"]
    for k in pol:
        if k not in allowed:
            err("policy.toml: unknown key %s" % k)
    rc = pol.get("restricted_countries", [])
    for c in rc:
        if not (isinstance(c, str) and re.match(r"^[A-Za-z]{2}$", c) and c.upper() != "UK"):
            err("policy.toml: bad country %r" % c)
    th = pol.get("thresholds", {})
    for k in th:
        if k not in ("review", "throttle", "block"):
            err("policy.toml: thresholds.%s unknown" % k)
    r, t, b = th.get("review", 0.5), th.get("throttle", 0.7), th.get("block", 0.85)
    if not (0 <= r <= t <= b <= 1):
        err("policy.toml: thresholds out of order")
    if "reorder_window_ms" in pol and not (0 <= pol["reorder_window_ms"] <= 86_400_000):
        err("policy.toml: reorder_window_ms out of range")
    return [c.upper() for c in rc]


def check_releases(path):
    with open(path, encoding="utf-8", newline="") as f:
        rd = csv.reader(f)
        head = next(rd)
        if head != ["model", "released_at"]:
            err("releases.csv: bad header")
        for i, row in enumerate(rd, 2):
            if len(row) != 2 or not (1 <= blen(row[0]) <= 128):
                err("releases.csv:%d: bad row" % i)
                continue
            parse_ts(row[1], "releases.csv:%d" % i)


def check_accounts(path):
    seen = {}
    n = 0
    with open(path, "rb") as f:
        for i, raw in enumerate(f, 1):
            where = "accounts.jsonl:%d" % i
            if len(raw) > MAX_LINE:
                err(where + ": line too long")
            if not raw.strip():
                err(where + ": blank line")
                continue
            try:
                d = json.loads(raw)
            except ValueError as e:
                err("%s: bad JSON: %s" % (where, e))
                continue
            if not isinstance(d, dict):
                err(where + ": not an object")
                continue
            n += 1
            aid = d.get("account_id")
            if not isinstance(aid, str) or not 1 <= blen(aid) <= 256:
                err(where + ": account_id")
                continue
            if "created_at" not in d:
                err(where + ": created_at missing")
            else:
                parse_ts(d["created_at"], where)
            for k, cap in (("org_id", 256), ("email_domain", 253), ("email_local_shape", 256), ("payment_fingerprint", 256)):
                if k in d and not (isinstance(d[k], str) and blen(d[k]) <= cap):
                    err("%s: %s" % (where, k))
            if "email_local_shape" in d and not re.match(r"^[a9._+\-]*$", d["email_local_shape"]):
                err("%s: email_local_shape %r not a shape" % (where, d["email_local_shape"]))
            if "billing_country" in d and not (isinstance(d["billing_country"], str) and
                                               re.match(r"^([A-Za-z]{2})?$", d["billing_country"])):
                err(where + ": billing_country")
            if "signup_channel" in d and d["signup_channel"] not in CHANNELS:
                err(where + ": signup_channel %r" % d["signup_channel"])
            if "verified" in d and not isinstance(d["verified"], bool):
                err(where + ": verified")
            seen[aid] = d       # a later record replaces the earlier one
    return seen, n


def check_events(path, ranges, restricted):
    ids = {}
    stats = {}
    lines = 0
    dups = 0
    max_seen = None
    max_late = 0
    with open(path, "rb") as f:
        for i, raw in enumerate(f, 1):
            where = "events.jsonl:%d" % i
            if len(raw) > MAX_LINE:
                err(where + ": line too long")
            if not raw.strip():
                err(where + ": blank line")
                continue
            lines += 1
            try:
                d = json.loads(raw)
            except ValueError as e:
                err("%s: bad JSON: %s" % (where, e))
                continue
            if not isinstance(d, dict):
                err(where + ": not an object")
                continue
            rid = d.get("request_id")
            if not isinstance(rid, str) or not 1 <= blen(rid) <= 256:
                err(where + ": request_id")
                continue
            h = hashlib.sha1(raw.rstrip(b"\r\n")).digest()
            if rid in ids:
                dups += 1
                if ids[rid] != h:
                    err(where + ": request_id %s repeated with different content" % rid)
                continue
            ids[rid] = h
            t = parse_ts(d.get("ts"), where)
            aid = d.get("account_id")
            if not isinstance(aid, str) or not 1 <= blen(aid) <= 256:
                err(where + ": account_id")
                continue
            ip = d.get("ip")
            try:
                ipaddress.ip_address(ip)
            except (ValueError, TypeError):
                err(where + ": ip %r" % ip)
                continue
            if not isinstance(d.get("model"), str) or not 1 <= blen(d["model"]) <= 128:
                err(where + ": model")
            if not isinstance(d.get("prompt"), str):
                err(where + ": prompt")
            for k in ("input_tokens", "output_tokens"):
                if not (is_int(d.get(k)) and d[k] >= 0):
                    err("%s: %s" % (where, k))
            for k, cap in (("api_key_id", 256), ("user_agent", 1024), ("client_fingerprint", 256), ("stop_reason", 64)):
                if k in d and not (isinstance(d[k], str) and blen(d[k]) <= cap):
                    err("%s: %s" % (where, k))
            if "system" in d and not isinstance(d["system"], str):
                err(where + ": system")
            for k in ("turns", "tool_calls", "max_tokens", "thinking_tokens"):
                if k in d and not is_int(d[k]):
                    err("%s: %s" % (where, k))
            if "has_image" in d and not isinstance(d["has_image"], bool):
                err(where + ": has_image")
            if "tools" in d:
                tl = d["tools"]
                if not (isinstance(tl, list) and len(tl) <= 256 and all(isinstance(x, str) and blen(x) <= 256 for x in tl)):
                    err(where + ": tools")
            if t is None:
                continue
            if not T0 <= t < T1:
                err(where + ": ts outside the window")
            if max_seen is None or t > max_seen:
                max_seen = t
            else:
                max_late = max(max_late, max_seen - t)
            st = stats.get(aid)
            if st is None:
                st = stats[aid] = {"n": 0, "prompts": [], "new_after": 0, "after": 0, "kinds": {}, "restricted": 0}
            st["n"] += 1
            st["prompts"].append(hashlib.sha1(d.get("prompt", "").encode("utf-8")).digest()[:10])
            if t >= RELEASE:
                st["after"] += 1
                if d.get("model") == "helios-3":
                    st["new_after"] += 1
            row = ranges.lookup(ip)
            k = row[0] if row else "unknown"
            st["kinds"][k] = st["kinds"].get(k, 0) + 1
            if row and row[1] in restricted:
                st["restricted"] += 1
    if max_late > REORDER_MS:
        err("events.jsonl: a line is %d ms out of order (> %d)" % (max_late, REORDER_MS))
    return stats, lines, dups, max_late


def main():
    if len(sys.argv) != 2:
        print(__doc__)
        return 2
    d = sys.argv[1]
    for fn in ("events.jsonl", "accounts.jsonl", "ip_ranges.csv", "releases.csv", "policy.toml", "truth.jsonl",
               "campaigns.jsonl"):
        if not os.path.exists(os.path.join(d, fn)):
            err("missing %s" % fn)
    if errors:
        print("\n".join(errors))
        return 1
    ranges = check_ip_ranges(os.path.join(d, "ip_ranges.csv"))
    restricted = check_policy(os.path.join(d, "policy.toml"))
    check_releases(os.path.join(d, "releases.csv"))
    accounts, n_acc_lines = check_accounts(os.path.join(d, "accounts.jsonl"))
    stats, lines, dups, max_late = check_events(os.path.join(d, "events.jsonl"), ranges, restricted)

    truth = {}
    with open(os.path.join(d, "truth.jsonl"), encoding="utf-8") as f:
        for i, line in enumerate(f, 1):
            t = json.loads(line)
            aid = t.get("account_id")
            if aid in truth:
                err("truth.jsonl:%d: duplicate account %s" % (i, aid))
            if t.get("label") not in ("attack", "benign"):
                err("truth.jsonl:%d: label" % i)
            if (t["label"] == "attack") != (t.get("campaign") is not None):
                err("truth.jsonl:%d: campaign must be set exactly for attacks" % i)
            if t.get("hard") and t["label"] != "benign":
                err("truth.jsonl:%d: hard is only for benign look-alikes" % i)
            if not isinstance(t.get("group"), str):
                err("truth.jsonl:%d: group" % i)
            truth[aid] = t
    for aid in stats:
        if aid not in truth:
            err("account %s has events but no truth line" % aid)
    for aid in truth:
        if aid not in stats:
            err("truth line for %s which has no events" % aid)
    camps = {}
    with open(os.path.join(d, "campaigns.jsonl"), encoding="utf-8") as f:
        for i, line in enumerate(f, 1):
            c = json.loads(line)
            for k in ("campaign", "group", "accounts", "active_from", "active_until", "successor_of", "pivot_at"):
                if k not in c:
                    err("campaigns.jsonl:%d: missing %s" % (i, k))
            camps[c["campaign"]] = c
            for aid in c["accounts"]:
                t = truth.get(aid)
                if not t or t["campaign"] != c["campaign"] or t["group"] != c["group"]:
                    err("campaigns.jsonl:%d: account %s does not match truth" % (i, aid))
    for c in camps.values():
        if c["successor_of"] is not None and c["successor_of"] not in camps:
            err("campaign %s succeeds unknown %s" % (c["campaign"], c["successor_of"]))
    for aid, t in truth.items():
        if t["campaign"] is not None and t["campaign"] not in camps:
            err("truth: %s names unknown campaign %s" % (aid, t["campaign"]))
    missing_acc = sum(1 for a in stats if a not in accounts)

    # group table
    groups = {}
    allp = {}
    n_events = 0
    for aid, st in stats.items():
        t = truth.get(aid)
        if not t:
            continue
        key = (t["label"], t["hard"], t["group"])
        g = groups.setdefault(key, {"acc": 0, "ev": 0, "prompts": {}, "after": 0, "new": 0, "kinds": {}, "restr": 0,
                                     "camps": {}, "verified": 0})
        g["acc"] += 1
        g["ev"] += st["n"]
        g["after"] += st["after"]
        g["new"] += st["new_after"]
        g["restr"] += st["restricted"]
        for p in st["prompts"]:
            g["prompts"][p] = 1
            allp[p] = 1
        for k, v in st["kinds"].items():
            g["kinds"][k] = g["kinds"].get(k, 0) + v
        if t["campaign"]:
            g["camps"][t["campaign"]] = 1
        if accounts.get(aid, {}).get("verified"):
            g["verified"] += 1
        n_events += st["n"]
    order = sorted(groups, key=lambda k: ({"benign": 0, "attack": 2}[k[0]] + (1 if k[1] else 0), k[2]))
    hdr = "%-20s %-6s %4s %6s %7s %6s %6s %6s %6s %6s %6s %5s %5s" % (
        "group", "label", "hard", "accts", "events", "ev/acc", "dist%", "new%", "host%", "cons%", "vpn+%", "restr", "camp")
    print(hdr)
    print("-" * len(hdr))
    tot_b = tot_a = tot_h = 0
    for k in order:
        g = groups[k]
        kk = g["kinds"]
        ev = max(1, g["ev"])
        cons = kk.get("isp", 0) + kk.get("mobile", 0)
        vpnp = kk.get("vpn", 0) + kk.get("residential_proxy", 0) + kk.get("tor", 0)
        print("%-20s %-6s %4s %6d %7d %6.1f %6.1f %6.1f %6.1f %6.1f %6.1f %5d %5d" % (
            k[2], k[0], "yes" if k[1] else "", g["acc"], g["ev"], g["ev"] / g["acc"], 100.0 * len(g["prompts"]) / ev,
            100.0 * g["new"] / max(1, g["after"]), 100.0 * kk.get("hosting", 0) / ev, 100.0 * cons / ev,
            100.0 * vpnp / ev, g["restr"], len(g["camps"])))
        if k[0] == "attack":
            tot_a += g["acc"]
        elif k[1]:
            tot_h += g["acc"]
        else:
            tot_b += g["acc"]
    tot = tot_a + tot_b + tot_h
    print("-" * len(hdr))
    print("accounts with traffic %d: ordinary %d (%.1f%%), look-alike %d, attack %d; campaigns %d" % (
        tot, tot_b, 100.0 * tot_b / max(1, tot), tot_h, tot_a, len(camps)))
    print("event lines %d, unique events %d, re-sent duplicates %d, max out-of-order %.1f s" % (
        lines, n_events, dups, max_late / 1000))
    print("distinct prompts %d of %d unique events = %.1f%%" % (len(allp), n_events, 100.0 * len(allp) / max(1, n_events)))
    print("account lines %d (%d accounts), accounts with traffic but no record: %d" % (n_acc_lines, len(accounts), missing_acc))
    if errors:
        print("\nVIOLATIONS:")
        print("\n".join(errors))
        return 1
    print("OK: contract and truth checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
