#!/usr/bin/env python3
"""Validate an outside_twentytwo output directory against the data contract and the
ground-truth rules, then print a group table.  Exit 1 on any violation.

    python3 check.py DIR
"""

import calendar
import csv
import ipaddress
import json
import os
import re
import sys
import tomllib

WINDOW_FROM = calendar.timegm((2026, 3, 2, 0, 0, 0)) * 1000
WINDOW_TO = WINDOW_FROM + 14 * 86400000
MAX_LINE = 1 << 20
REORDER_MS = 10 * 60 * 1000
CHANNELS = ("standard", "education", "research", "startup", "enterprise", "reseller")
KINDS = ("isp", "mobile", "hosting", "vpn", "residential_proxy", "tor", "education", "enterprise")
POLICY_KEYS = ("restricted_countries", "thresholds", "max_line_bytes", "reorder_window_ms", "hash_key", "hash_key_id")
RFC3339 = re.compile(r"^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d{1,9})?(Z|[+-]\d{2}:\d{2})$")
SHAPE = re.compile(r"^[a9._+\-]*$")
CC = re.compile(r"^[A-Z]{2}$")

problems = []


def bad(msg):
    if len(problems) < 200:
        problems.append(msg)
    elif len(problems) == 200:
        problems.append("... more problems suppressed")


def parse_ts(v):
    """Return epoch ms or None."""
    if isinstance(v, bool):
        return None
    if isinstance(v, int):
        if not (0 <= v < 32503680000000):
            return None
        return v
    if not isinstance(v, str):
        return None
    m = RFC3339.match(v)
    if not m:
        return None
    y, mo, d, h, mi, s = (int(m.group(i)) for i in range(1, 7))
    if not (1970 <= y <= 3000 and 1 <= mo <= 12 and 1 <= d <= 31 and h < 24 and mi < 60 and s < 61):
        return None
    frac = m.group(7)
    ms = int((frac[1:] + "000")[:3]) if frac else 0
    tz = m.group(8)
    off = 0
    if tz != "Z":
        sign = 1 if tz[0] == "+" else -1
        off = sign * (int(tz[1:3]) * 60 + int(tz[4:6]))
    try:
        base = calendar.timegm((y, mo, d, h, mi, s, 0, 0, 0))
    except (ValueError, OverflowError):
        return None
    return (base - off * 60) * 1000 + ms


def blen(s):
    return len(s.encode("utf-8"))


def is_int(v):
    return isinstance(v, int) and not isinstance(v, bool)


def check_str(rec, k, where, lo=0, hi=None, req=False):
    if k not in rec:
        if req:
            bad("%s: missing required %s" % (where, k))
        return
    v = rec[k]
    if not isinstance(v, str):
        bad("%s: %s must be a string" % (where, k))
        return
    n = blen(v)
    if n < lo or (hi is not None and n > hi):
        bad("%s: %s length %d outside %d..%s bytes" % (where, k, n, lo, hi))


def load_jsonl(path):
    out = []
    with open(path, "rb") as f:
        for i, raw in enumerate(f, 1):
            if len(raw) > MAX_LINE:
                bad("%s:%d: line of %d bytes over the 1 MiB cap" % (path, i, len(raw)))
                continue
            s = raw.decode("utf-8")
            if not s.strip():
                bad("%s:%d: blank line" % (path, i))
                continue
            try:
                o = json.loads(s)
            except ValueError as ex:
                bad("%s:%d: not JSON (%s)" % (path, i, ex))
                continue
            if not isinstance(o, dict):
                bad("%s:%d: not an object" % (path, i))
                continue
            out.append((i, s.rstrip("\n"), o))
    return out


def main():
    if len(sys.argv) != 2:
        print(__doc__)
        return 2
    d = sys.argv[1]
    for fn in ("events.jsonl", "accounts.jsonl", "ip_ranges.csv", "releases.csv", "policy.toml", "truth.jsonl",
               "campaigns.jsonl"):
        if not os.path.exists(os.path.join(d, fn)):
            bad("missing file %s" % fn)
    if problems:
        report()
        return 1

    # ---------------------------------------------------------------- releases
    releases = {}
    with open(os.path.join(d, "releases.csv"), encoding="utf-8", newline="") as f:
        rd = csv.reader(f)
        hdr = next(rd)
        if hdr != ["model", "released_at"]:
            bad("releases.csv: header %r" % hdr)
        for row in rd:
            if len(row) != 2:
                bad("releases.csv: row %r" % row)
                continue
            t = parse_ts(row[1])
            if t is None or not row[0] or blen(row[0]) > 128:
                bad("releases.csv: bad row %r" % row)
            elif row[0] in releases:
                bad("releases.csv: %s listed twice" % row[0])
            else:
                releases[row[0]] = t

    # ---------------------------------------------------------------- policy
    try:
        with open(os.path.join(d, "policy.toml"), "rb") as f:
            pol = tomllib.load(f)
        for k in pol:
            if k not in POLICY_KEYS:
                bad("policy.toml: unknown key %s" % k)
        rc = pol.get("restricted_countries")
        if not isinstance(rc, list) or not all(isinstance(c, str) and CC.match(c.upper()) for c in rc):
            bad("policy.toml: restricted_countries must be a list of ISO alpha-2 codes")
        th = pol.get("thresholds", {})
        for k in th:
            if k not in ("review", "throttle", "block"):
                bad("policy.toml: thresholds.%s unknown" % k)
        rv, tv, bv = th.get("review", 0.5), th.get("throttle", 0.7), th.get("block", 0.85)
        if not all(isinstance(x, (int, float)) and 0 <= x <= 1 for x in (rv, tv, bv)) or not (rv <= tv <= bv):
            bad("policy.toml: thresholds out of range or order")
    except (tomllib.TOMLDecodeError, OSError) as ex:
        bad("policy.toml: %s" % ex)

    # ---------------------------------------------------------------- ip ranges
    n_ranges = 0
    with open(os.path.join(d, "ip_ranges.csv"), encoding="utf-8", newline="") as f:
        rd = csv.reader(f)
        hdr = next(rd)
        if hdr != ["cidr", "asn", "as_org", "country", "kind"]:
            bad("ip_ranges.csv: header %r" % hdr)
        seen_cidr = {}
        for i, row in enumerate(rd, 2):
            n_ranges += 1
            if len(row) != 5:
                bad("ip_ranges.csv:%d: %d columns" % (i, len(row)))
                continue
            cidr, asn, org, country, kind = row
            try:
                ipaddress.ip_network(cidr, strict=True)
            except ValueError:
                bad("ip_ranges.csv:%d: bad cidr %r" % (i, cidr))
            if cidr in seen_cidr:
                bad("ip_ranges.csv:%d: prefix %s repeated" % (i, cidr))
            seen_cidr[cidr] = 1
            if asn and not re.match(r"^(AS)?\d+$", asn):
                bad("ip_ranges.csv:%d: asn %r" % (i, asn))
            if blen(org) > 256:
                bad("ip_ranges.csv:%d: as_org too long" % i)
            if country and not CC.match(country.upper()):
                bad("ip_ranges.csv:%d: country %r" % (i, country))
            if kind not in KINDS:
                bad("ip_ranges.csv:%d: kind %r" % (i, kind))

    # ---------------------------------------------------------------- accounts
    accounts = {}
    for ln, _, o in load_jsonl(os.path.join(d, "accounts.jsonl")):
        w = "accounts.jsonl:%d" % ln
        check_str(o, "account_id", w, 1, 256, req=True)
        if "created_at" not in o:
            bad("%s: missing created_at" % w)
            ct = None
        else:
            ct = parse_ts(o["created_at"])
            if ct is None:
                bad("%s: unreadable created_at %r" % (w, o["created_at"]))
        check_str(o, "org_id", w, 0, 256)
        check_str(o, "email_domain", w, 0, 253)
        check_str(o, "email_local_shape", w, 0, 256)
        if isinstance(o.get("email_local_shape"), str) and not SHAPE.match(o["email_local_shape"]):
            bad("%s: email_local_shape %r is not a shape" % (w, o["email_local_shape"]))
        check_str(o, "payment_fingerprint", w, 0, 256)
        if "billing_country" in o and not (isinstance(o["billing_country"], str) and
                                           (o["billing_country"] == "" or CC.match(o["billing_country"].upper()))):
            bad("%s: billing_country %r" % (w, o["billing_country"]))
        if "signup_channel" in o and o["signup_channel"] not in CHANNELS:
            bad("%s: signup_channel %r" % (w, o["signup_channel"]))
        if "verified" in o and not isinstance(o["verified"], bool):
            bad("%s: verified must be bool" % w)
        aid = o.get("account_id")
        if isinstance(aid, str):
            if aid in accounts:
                bad("%s: account %s listed twice" % (w, aid))
            accounts[aid] = ct

    # ---------------------------------------------------------------- events
    by_id = {}
    dups = 0
    first_ts = {}
    acct_events = {}
    acct_ts = {}
    prompts = {}
    run_max = None
    max_late = 0
    n_forms = {"epoch": 0, "offset": 0, "noms": 0}
    new_by_acct_time = []
    missing_opt = 0
    n_unique = 0
    for ln, line, o in load_jsonl(os.path.join(d, "events.jsonl")):
        w = "events.jsonl:%d" % ln
        rid = o.get("request_id")
        if isinstance(rid, str) and rid in by_id:
            if by_id[rid] != line:
                bad("%s: request_id %s repeated with different content" % (w, rid))
            dups += 1
            continue
        check_str(o, "request_id", w, 1, 256, req=True)
        check_str(o, "account_id", w, 1, 256, req=True)
        check_str(o, "model", w, 1, 128, req=True)
        check_str(o, "prompt", w, 0, None, req=True)
        check_str(o, "ip", w, 1, 64, req=True)
        check_str(o, "api_key_id", w, 0, 256)
        check_str(o, "user_agent", w, 0, 1024)
        check_str(o, "client_fingerprint", w, 0, 256)
        check_str(o, "system", w, 0, None)
        check_str(o, "stop_reason", w, 0, 64)
        for k in ("user_agent", "client_fingerprint", "api_key_id", "stop_reason", "max_tokens", "turns"):
            if k not in o:
                missing_opt += 1
        if isinstance(rid, str):
            by_id[rid] = line
        n_unique += 1
        ts = parse_ts(o.get("ts"))
        if ts is None:
            bad("%s: unreadable ts %r" % (w, o.get("ts")))
            continue
        tv = o["ts"]
        if isinstance(tv, int):
            n_forms["epoch"] += 1
        elif not tv.endswith("Z"):
            n_forms["offset"] += 1
        elif "." not in tv:
            n_forms["noms"] += 1
        if not (WINDOW_FROM <= ts < WINDOW_TO):
            bad("%s: ts outside the two-week window" % w)
        if run_max is None or ts > run_max:
            run_max = ts
        else:
            max_late = max(max_late, run_max - ts)
        try:
            ipaddress.ip_address(o.get("ip", ""))
        except ValueError:
            bad("%s: bad ip %r" % (w, o.get("ip")))
        for k in ("input_tokens", "output_tokens"):
            if k not in o:
                bad("%s: missing required %s" % (w, k))
            elif not is_int(o[k]) or o[k] < 0:
                bad("%s: %s must be an integer >= 0" % (w, k))
        for k, lo in (("turns", 1), ("tool_calls", 0), ("max_tokens", 1), ("thinking_tokens", 0)):
            if k in o and (not is_int(o[k]) or o[k] < lo):
                bad("%s: %s must be an integer >= %d" % (w, k, lo))
        if "has_image" in o and not isinstance(o["has_image"], bool):
            bad("%s: has_image must be bool" % w)
        if "tools" in o:
            tl = o["tools"]
            if not isinstance(tl, list) or len(tl) > 256 or not all(isinstance(x, str) and blen(x) <= 256 for x in tl):
                bad("%s: tools must be an array of at most 256 strings of at most 256 bytes" % w)
        if is_int(o.get("max_tokens")) and is_int(o.get("output_tokens")) and o["output_tokens"] > o["max_tokens"]:
            bad("%s: output_tokens above max_tokens" % w)
        if is_int(o.get("thinking_tokens")) and is_int(o.get("output_tokens")) and o["thinking_tokens"] > o["output_tokens"]:
            bad("%s: thinking_tokens above output_tokens" % w)
        model = o.get("model")
        if model not in releases:
            bad("%s: model %r has no release row" % (w, model))
        elif ts < releases[model]:
            bad("%s: %s used before its release" % (w, model))
        aid = o.get("account_id")
        if aid not in accounts:
            bad("%s: account %s not in accounts.jsonl" % (w, aid))
        elif accounts[aid] is not None and ts < accounts[aid]:
            bad("%s: event before the account was created" % w)
        acct_events[aid] = acct_events.get(aid, 0) + 1
        lo_hi = acct_ts.get(aid)
        if lo_hi is None:
            acct_ts[aid] = [ts, ts]
        else:
            if ts < lo_hi[0]:
                lo_hi[0] = ts
            if ts > lo_hi[1]:
                lo_hi[1] = ts
        p = o.get("prompt")
        if isinstance(p, str):
            prompts[p] = prompts.get(p, 0) + 1
        new_by_acct_time.append((aid, ts, model))
    if max_late > REORDER_MS:
        bad("events arrive up to %d ms out of order, more than the 10-minute reorder window" % max_late)

    # ---------------------------------------------------------------- truth
    truth = {}
    group_info = {}
    for ln, _, o in load_jsonl(os.path.join(d, "truth.jsonl")):
        w = "truth.jsonl:%d" % ln
        aid = o.get("account_id")
        if not isinstance(aid, str):
            bad("%s: account_id" % w)
            continue
        if aid in truth:
            bad("%s: %s twice" % (w, aid))
        lab, grp, camp, hard = o.get("label"), o.get("group"), o.get("campaign", "MISSING"), o.get("hard")
        if lab not in ("attack", "benign"):
            bad("%s: label %r" % (w, lab))
        if not isinstance(grp, str) or not grp:
            bad("%s: group %r" % (w, grp))
        if camp == "MISSING":
            bad("%s: campaign field missing" % w)
        elif lab == "benign" and camp is not None:
            bad("%s: benign account with campaign" % w)
        elif lab == "attack" and not isinstance(camp, str):
            bad("%s: attack account without campaign" % w)
        if not isinstance(hard, bool):
            bad("%s: hard must be bool" % w)
        elif hard and lab != "benign":
            bad("%s: hard=true on an attack account" % w)
        gi = group_info.setdefault(grp, [lab, hard, 0, 0])
        if gi[0] != lab or gi[1] != hard:
            bad("%s: group %s mixes labels/hard flags" % (w, grp))
        truth[aid] = o
    for aid in acct_events:
        if aid not in truth:
            bad("truth.jsonl: account %s has traffic but no truth line" % aid)
    for aid in truth:
        if aid not in acct_events:
            bad("truth.jsonl: account %s has no traffic" % aid)

    # ---------------------------------------------------------------- campaigns
    camps = {}
    for ln, _, o in load_jsonl(os.path.join(d, "campaigns.jsonl")):
        w = "campaigns.jsonl:%d" % ln
        c = o.get("campaign")
        if not isinstance(c, str) or c in camps:
            bad("%s: campaign name %r missing or repeated" % (w, c))
            continue
        for k in ("group", "accounts", "active_from", "active_until", "successor_of", "pivot_at"):
            if k not in o:
                bad("%s: missing %s" % (w, k))
        camps[c] = o
    members = {}
    for aid, o in truth.items():
        if o.get("campaign"):
            members.setdefault(o["campaign"], []).append(aid)
    for c in members:
        if c not in camps:
            bad("campaigns.jsonl: campaign %s from truth.jsonl is missing" % c)
    for c, o in camps.items():
        mem = members.get(c, [])
        if o.get("accounts") != len(mem) or not is_int(o.get("accounts")):
            bad("campaigns.jsonl: %s says %r accounts, truth has %d with traffic" % (c, o.get("accounts"), len(mem)))
        if not mem:
            bad("campaigns.jsonl: %s has no accounts with traffic" % c)
            continue
        grps = sorted({truth[a]["group"] for a in mem})
        if grps != [o.get("group")]:
            bad("campaigns.jsonl: %s group %r but members in %r" % (c, o.get("group"), grps))
        lo = min(acct_ts[a][0] for a in mem)
        hi = max(acct_ts[a][1] for a in mem)
        if parse_ts(o.get("active_from")) != lo or parse_ts(o.get("active_until")) != hi:
            bad("campaigns.jsonl: %s span %s..%s does not match its events" % (c, o.get("active_from"), o.get("active_until")))
        so = o.get("successor_of")
        if so is not None:
            if so not in camps:
                bad("campaigns.jsonl: %s successor_of unknown %r" % (c, so))
            elif parse_ts(camps[so].get("active_from")) is not None and parse_ts(camps[so]["active_from"]) >= lo:
                bad("campaigns.jsonl: %s starts before the campaign it replaces" % c)
    # pivot check: >= 40% of the campaign's traffic on the newly released model in the 24 h after pivot_at,
    # pivot_at within 24 h of that model's release, and none of it before the release
    camp_of = {aid: o["campaign"] for aid, o in truth.items() if o.get("campaign")}
    pivots = {}
    for c, o in camps.items():
        if o.get("pivot_at") is not None:
            pt = parse_ts(o["pivot_at"])
            rel = [(m, t) for m, t in releases.items() if pt is not None and t <= pt <= t + 86400000]
            if pt is None or not rel:
                bad("campaigns.jsonl: %s pivot_at %r is not within 24 h after a release" % (c, o.get("pivot_at")))
                continue
            pivots[c] = (pt, max(rel, key=lambda x: x[1]))
    piv_stats = {c: [0, 0, 0] for c in pivots}
    for aid, ts, model in new_by_acct_time:
        c = camp_of.get(aid)
        if c in pivots:
            pt, (m, rt) = pivots[c]
            if pt <= ts < pt + 86400000:
                piv_stats[c][0] += 1
                if model == m:
                    piv_stats[c][1] += 1
            if ts < rt and model == m:
                piv_stats[c][2] += 1
    for c, (n, k, early) in piv_stats.items():
        share = k / n if n else 0
        if share < 0.4:
            bad("campaigns.jsonl: %s moves only %.0f%% of traffic to the new model after pivot_at" % (c, 100 * share))
        if early:
            bad("campaigns.jsonl: %s uses the new model before its release" % c)

    # ---------------------------------------------------------------- prompt variety
    distinct = len(prompts)
    ratio = distinct / n_unique if n_unique else 0
    if ratio < 0.5:
        bad("prompts only %.1f%% distinct (need >= 50%%)" % (100 * ratio))

    # ---------------------------------------------------------------- table
    for aid, n in acct_events.items():
        t = truth.get(aid)
        if t is None:
            continue
        gi = group_info[t["group"]]
        gi[2] += 1
        gi[3] += n
    order = sorted(group_info.items(), key=lambda kv: ({"attack": 0, "benign": 1}.get(kv[1][0], 2), bool(kv[1][1]), kv[0]))
    print("%-22s %-7s %-5s %8s %9s" % ("group", "label", "hard", "accounts", "events"))
    tot_a = tot_e = 0
    for g, (lab, hard, na, ne) in order:
        print("%-22s %-7s %-5s %8d %9d" % (g, lab, "yes" if hard else "no", na, ne))
        tot_a += na
        tot_e += ne
    print("%-22s %-7s %-5s %8d %9d" % ("TOTAL", "", "", tot_a, tot_e))
    print()
    print("%-24s %-20s %5s  %-24s %-24s %-20s %s" % ("campaign", "group", "accts", "active_from", "active_until",
                                                    "successor_of", "pivot_at (new-model share 24h)"))
    for c in sorted(camps):
        o = camps[c]
        piv = "-"
        if c in piv_stats:
            n, k, _ = piv_stats[c]
            piv = "%s (%.0f%%)" % (o["pivot_at"], 100 * k / n if n else 0)
        print("%-24s %-20s %5s  %-24s %-24s %-20s %s" % (c, o.get("group"), o.get("accounts"), o.get("active_from"),
                                                        o.get("active_until"), o.get("successor_of") or "-", piv))
    print()
    print("events: %d unique, %d re-sent duplicates, max out-of-order %.1f s; ts forms: %d epoch-ms, %d with offset, "
          "%d without ms; %d optional fields left out" % (n_unique, dups, max_late / 1000, n_forms["epoch"],
                                                          n_forms["offset"], n_forms["noms"], missing_opt))
    print("prompts: %d distinct of %d (%.1f%%); accounts.jsonl records %d; ip ranges %d; releases %d"
          % (distinct, n_unique, 100 * ratio, len(accounts), n_ranges, len(releases)))
    return report()


def report():
    if problems:
        print("\n%d problem(s):" % len(problems))
        for p in problems:
            print("  " + p)
        return 1
    print("OK: no contract or truth violations")
    return 0


if __name__ == "__main__":
    sys.exit(main())
