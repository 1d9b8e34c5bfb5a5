#!/usr/bin/env python3
"""Validate an outside_twentyone data set against the data contract and its truth files.

    python3 check.py DIR

Prints a per-group table and exits 1 on any violation.
"""

import csv
import ipaddress
import json
import re
import sys
import tomllib
from datetime import datetime, timezone

REQ = {"request_id": str, "ts": None, "account_id": str, "ip": str, "model": str, "prompt": str,
       "input_tokens": int, "output_tokens": int}
OPT = {"api_key_id": str, "user_agent": str, "client_fingerprint": str, "system": str, "turns": int,
       "tools": list, "tool_calls": int, "has_image": bool, "max_tokens": int, "thinking_tokens": int,
       "stop_reason": str}
CAPS = {"request_id": 256, "account_id": 256, "model": 128, "api_key_id": 256, "user_agent": 1024,
        "client_fingerprint": 256, "stop_reason": 64}
ACC_FIELDS = {"account_id", "created_at", "org_id", "email_domain", "email_local_shape",
              "payment_fingerprint", "billing_country", "signup_channel", "verified"}
CHANNELS = {"standard", "education", "research", "startup", "enterprise", "reseller"}
KINDS = {"isp", "mobile", "hosting", "vpn", "residential_proxy", "tor", "education", "enterprise"}
RFC = re.compile(r"^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(\.\d{1,9})?([Zz]|[+-]\d{2}:\d{2})$")
MAX_LINE = 1 << 20

errors = {}


def err(kind, msg):
    lst = errors.setdefault(kind, [])
    lst.append(msg)


def ts_ms(v):
    """RFC 3339 string or integer epoch ms -> int ms, or None."""
    if isinstance(v, bool):
        return None
    if isinstance(v, int):
        ms = v
    elif isinstance(v, str):
        m = RFC.match(v)
        if not m:
            return None
        try:
            frac = m.group(7) or ""
            tz = m.group(8)
            dt = datetime(int(m.group(1)), int(m.group(2)), int(m.group(3)), int(m.group(4)),
                          int(m.group(5)), int(m.group(6)), tzinfo=timezone.utc)
        except ValueError:
            return None
        ms = int(dt.timestamp()) * 1000 + (int((frac[1:] + "000")[:3]) if frac else 0)
        if tz not in ("Z", "z"):
            sign = 1 if tz[0] == "+" else -1
            ms -= sign * (int(tz[1:3]) * 3600 + int(tz[4:6]) * 60) * 1000
    else:
        return None
    if not (0 <= ms < 32503680000000):  # years 1970..2999
        return None
    return ms


def is_int(v):
    return isinstance(v, int) and not isinstance(v, bool)


def iso(ms):
    dt = datetime.fromtimestamp(ms // 1000, tz=timezone.utc)
    return f"{dt:%Y-%m-%dT%H:%M:%S}.{ms % 1000:03d}Z"


def read_jsonl(path, kind):
    out = []
    with open(path, "rb") as fh:
        for no, raw in enumerate(fh, 1):
            if len(raw) > MAX_LINE:
                err(kind, f"{path}:{no}: line longer than 1 MiB")
                continue
            try:
                text = raw.decode("utf-8")
            except UnicodeDecodeError:
                err(kind, f"{path}:{no}: invalid UTF-8")
                continue
            if not text.strip():
                err(kind, f"{path}:{no}: blank line")
                continue
            try:
                obj = json.loads(text)
            except json.JSONDecodeError as e:
                err(kind, f"{path}:{no}: invalid JSON: {e}")
                continue
            if not isinstance(obj, dict):
                err(kind, f"{path}:{no}: not a JSON object")
                continue
            out.append((no, raw.rstrip(b"\r\n"), obj))
    return out


def check_event(no, ev):
    where = f"events.jsonl:{no}"
    for k, typ in REQ.items():
        if k not in ev:
            err("event-field", f"{where}: missing {k}")
            return None
        v = ev[k]
        if k == "ts":
            continue
        if typ is int:
            if not is_int(v) or v < 0:
                err("event-field", f"{where}: {k} must be an integer >= 0")
        elif not isinstance(v, typ):
            err("event-field", f"{where}: {k} must be a string")
    for k in ev:
        if k not in REQ and k not in OPT:
            err("event-field", f"{where}: unexpected field {k}")
    for k, typ in OPT.items():
        if k not in ev:
            continue
        v = ev[k]
        if typ is int:
            if not is_int(v) or v < 0 or (k in ("turns", "max_tokens") and v < 1):
                err("event-field", f"{where}: bad {k}")
        elif typ is bool:
            if not isinstance(v, bool):
                err("event-field", f"{where}: bad {k}")
        elif typ is list:
            if not isinstance(v, list) or len(v) > 256 or not all(isinstance(x, str) and 0 < len(x.encode()) <= 256 for x in v):
                err("event-field", f"{where}: bad tools")
        elif not isinstance(v, str):
            err("event-field", f"{where}: bad {k}")
    for k, cap in CAPS.items():
        v = ev.get(k)
        if isinstance(v, str) and len(v.encode()) > cap:
            err("event-field", f"{where}: {k} over {cap} bytes")
    for k in ("request_id", "account_id", "model"):
        if isinstance(ev.get(k), str) and not ev[k].strip():
            err("event-field", f"{where}: empty {k}")
    t = ts_ms(ev["ts"])
    if t is None:
        err("event-field", f"{where}: bad ts {ev['ts']!r}")
    try:
        ipaddress.ip_address(ev["ip"])
    except ValueError:
        err("event-field", f"{where}: bad ip {ev['ip']!r}")
    if ev.get("stop_reason") == "tool_use" and not ev.get("tool_calls"):
        err("event-logic", f"{where}: stop_reason tool_use without tool_calls")
    if is_int(ev.get("max_tokens")) and is_int(ev.get("output_tokens")) and ev["output_tokens"] > ev["max_tokens"]:
        err("event-logic", f"{where}: output_tokens above max_tokens")
    return t


def main():
    if len(sys.argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    d = sys.argv[1].rstrip("/")
    P = lambda n: f"{d}/{n}"  # noqa: E731

    # ---------------- releases / policy / ip ranges
    releases = {}
    with open(P("releases.csv"), encoding="utf-8", newline="") as fh:
        rows = list(csv.reader(fh))
    if not rows or rows[0] != ["model", "released_at"]:
        err("releases", "releases.csv: bad header")
    for i, r in enumerate(rows[1:], 2):
        if len(r) != 2 or ts_ms(r[1]) is None:
            err("releases", f"releases.csv:{i}: bad row {r}")
        else:
            releases[r[0]] = ts_ms(r[1])
    with open(P("policy.toml"), "rb") as fh:
        try:
            pol = tomllib.load(fh)
            rc = pol.get("restricted_countries")
            if not isinstance(rc, list) or not all(isinstance(x, str) and re.fullmatch(r"[A-Z]{2}", x) for x in rc):
                err("policy", "policy.toml: restricted_countries missing or malformed")
        except tomllib.TOMLDecodeError as e:
            err("policy", f"policy.toml: {e}")
    ranges = []
    with open(P("ip_ranges.csv"), encoding="utf-8", newline="") as fh:
        rows = list(csv.reader(fh))
    if not rows or rows[0] != ["cidr", "asn", "as_org", "country", "kind"]:
        err("ip_ranges", "ip_ranges.csv: bad header")
    seen_cidr = set()
    for i, r in enumerate(rows[1:], 2):
        if len(r) != 5:
            err("ip_ranges", f"ip_ranges.csv:{i}: {len(r)} columns")
            continue
        try:
            net = ipaddress.ip_network(r[0], strict=True)
        except ValueError:
            err("ip_ranges", f"ip_ranges.csv:{i}: bad cidr {r[0]}")
            continue
        if r[0] in seen_cidr:
            err("ip_ranges", f"ip_ranges.csv:{i}: duplicate cidr {r[0]}")
        seen_cidr.add(r[0])
        if not re.fullmatch(r"(AS)?\d*", r[1]):
            err("ip_ranges", f"ip_ranges.csv:{i}: bad asn {r[1]}")
        if r[3] and not re.fullmatch(r"[A-Za-z]{2}", r[3]):
            err("ip_ranges", f"ip_ranges.csv:{i}: bad country {r[3]}")
        if r[4] not in KINDS:
            err("ip_ranges", f"ip_ranges.csv:{i}: bad kind {r[4]}")
        if len(r[2].encode()) > 256:
            err("ip_ranges", f"ip_ranges.csv:{i}: as_org too long")
        ranges.append(net)

    # ---------------- accounts
    accounts = {}
    for no, _raw, a in read_jsonl(P("accounts.jsonl"), "accounts"):
        where = f"accounts.jsonl:{no}"
        for k in a:
            if k not in ACC_FIELDS:
                err("accounts", f"{where}: unexpected field {k}")
        aid = a.get("account_id")
        if not isinstance(aid, str) or not aid.strip() or len(aid.encode()) > 256:
            err("accounts", f"{where}: bad account_id")
            continue
        if aid in accounts:
            err("accounts", f"{where}: duplicate account {aid}")
        c = ts_ms(a.get("created_at"))
        if c is None:
            err("accounts", f"{where}: bad created_at")
        for k in ("org_id", "email_domain", "email_local_shape", "payment_fingerprint"):
            if k in a and (not isinstance(a[k], str) or len(a[k].encode()) > 256):
                err("accounts", f"{where}: bad {k}")
        if "email_local_shape" in a and isinstance(a["email_local_shape"], str) and re.search(r"[b-zA-Z0-8]", a["email_local_shape"]):
            err("accounts", f"{where}: email_local_shape is not a shape")
        if "billing_country" in a and not (isinstance(a["billing_country"], str) and re.fullmatch(r"[A-Za-z]{2}", a["billing_country"])):
            err("accounts", f"{where}: bad billing_country")
        if "signup_channel" in a and a["signup_channel"] not in CHANNELS:
            err("accounts", f"{where}: unknown signup_channel {a['signup_channel']}")
        if "verified" in a and not isinstance(a["verified"], bool):
            err("accounts", f"{where}: bad verified")
        accounts[aid] = c

    # ---------------- events
    first_line = {}
    per_acct = {}
    per_acct_ts = {}
    model_events = {}
    prompts = {}
    n_lines = n_dups = late = 0
    max_seen = None
    max_late = 0
    ev_rows = []  # (account, ts, model) of accepted events
    for no, raw, ev in read_jsonl(P("events.jsonl"), "events"):
        n_lines += 1
        rid = ev.get("request_id")
        if isinstance(rid, str) and rid in first_line:
            n_dups += 1
            if first_line[rid] != raw:
                err("duplicates", f"events.jsonl:{no}: request_id {rid} repeated with different content")
            continue
        t = check_event(no, ev)
        if isinstance(rid, str):
            first_line[rid] = raw
        if t is None:
            continue
        aid = ev.get("account_id")
        if max_seen is not None and t < max_seen:
            late += 1
            max_late = max(max_late, max_seen - t)
        max_seen = t if max_seen is None else max(max_seen, t)
        per_acct[aid] = per_acct.get(aid, 0) + 1
        lo_hi = per_acct_ts.get(aid)
        per_acct_ts[aid] = (t, t) if lo_hi is None else (min(lo_hi[0], t), max(lo_hi[1], t))
        m = ev.get("model")
        model_events[m] = model_events.get(m, 0) + 1
        if m not in releases:
            err("event-logic", f"events.jsonl:{no}: model {m} not in releases.csv")
        elif t < releases[m]:
            err("event-logic", f"events.jsonl:{no}: model {m} used before its release")
        if aid not in accounts:
            err("event-logic", f"events.jsonl:{no}: account {aid} not in accounts.jsonl")
        elif accounts[aid] is not None and t < accounts[aid]:
            err("event-logic", f"events.jsonl:{no}: event before the account's created_at")
        if ev.get("ip") and ranges is not None:
            pass
        p = ev.get("prompt")
        if isinstance(p, str):
            prompts[p] = prompts.get(p, 0) + 1
        ev_rows.append((aid, t, m))
    if max_late > 5 * 60_000:
        err("ordering", f"an event arrives {max_late / 1000:.0f}s after a later one (more than a few minutes)")
    all_ts = [r[1] for r in ev_rows]
    t_min, t_max = min(all_ts), max(all_ts)
    if t_max - t_min > 14 * 86_400_000:
        err("window", f"events span {(t_max - t_min) / 86_400_000:.2f} days (> 14)")
    newest = max(releases, key=lambda k: releases[k])
    if not (t_min < releases[newest] < t_max):
        err("window", f"newest model {newest} is not released inside the window")
    n_events = len(ev_rows)
    distinct = len(prompts) / max(1, n_events)

    # ---------------- truth
    truth = {}
    for no, _raw, tr in read_jsonl(P("truth.jsonl"), "truth"):
        where = f"truth.jsonl:{no}"
        if set(tr) != {"account_id", "label", "group", "campaign", "hard"}:
            err("truth", f"{where}: keys {sorted(tr)}")
            continue
        if tr["label"] not in ("attack", "benign") or not isinstance(tr["hard"], bool) or not isinstance(tr["group"], str):
            err("truth", f"{where}: bad label/hard/group")
        if tr["hard"] and tr["label"] != "benign":
            err("truth", f"{where}: hard=true on an attack account")
        if (tr["label"] == "attack") != isinstance(tr["campaign"], str):
            err("truth", f"{where}: campaign must be set exactly for attack accounts")
        if tr["account_id"] in truth:
            err("truth", f"{where}: duplicate account")
        truth[tr["account_id"]] = tr
    if set(truth) != set(per_acct):
        err("truth", f"truth accounts ({len(truth)}) differ from event accounts ({len(per_acct)}): "
                     f"{len(set(per_acct) - set(truth))} missing, {len(set(truth) - set(per_acct))} extra")

    # ---------------- campaigns
    camps = {}
    for no, _raw, c in read_jsonl(P("campaigns.jsonl"), "campaigns"):
        where = f"campaigns.jsonl:{no}"
        if set(c) != {"campaign", "group", "accounts", "active_from", "active_until", "successor_of", "pivot_at"}:
            err("campaigns", f"{where}: keys {sorted(c)}")
            continue
        for k in ("active_from", "active_until"):
            if not (isinstance(c[k], str) and RFC.match(c[k]) and c[k].endswith("Z")):
                err("campaigns", f"{where}: {k} not an RFC 3339 UTC time")
        if c["pivot_at"] is not None and not (isinstance(c["pivot_at"], str) and RFC.match(c["pivot_at"])):
            err("campaigns", f"{where}: bad pivot_at")
        camps[c["campaign"]] = c
    members, spans, newest_after = {}, {}, {}
    for aid, t, m in ev_rows:
        tr = truth.get(aid)
        if not tr or not tr["campaign"]:
            continue
        cn = tr["campaign"]
        s = spans.get(cn)
        spans[cn] = (t, t) if s is None else (min(s[0], t), max(s[1], t))
    for aid, tr in truth.items():
        if tr["campaign"]:
            members.setdefault(tr["campaign"], []).append(tr)
    for cn, c in camps.items():
        if cn not in members:
            err("campaigns", f"campaign {cn} has no accounts in truth")
            continue
        if c["accounts"] != len(members[cn]):
            err("campaigns", f"campaign {cn}: accounts {c['accounts']} but {len(members[cn])} in truth")
        if any(tr["group"] != c["group"] for tr in members[cn]):
            err("campaigns", f"campaign {cn}: group differs from its members' group")
        if ts_ms(c["active_from"]) != spans[cn][0] or ts_ms(c["active_until"]) != spans[cn][1]:
            err("campaigns", f"campaign {cn}: active_from/until {c['active_from']}..{c['active_until']} "
                             f"but events span {iso(spans[cn][0])}..{iso(spans[cn][1])}")
        if c["successor_of"] is not None and c["successor_of"] not in camps:
            err("campaigns", f"campaign {cn}: successor_of unknown campaign")
        if c["pivot_at"] is not None:
            pv = ts_ms(c["pivot_at"])
            if pv < releases[newest] or pv > spans[cn][1]:
                err("campaigns", f"campaign {cn}: pivot_at outside [release, active_until]")
            tot = new = 0
            for aid, t, m in ev_rows:
                if pv <= t < pv + 86_400_000 and truth.get(aid, {}).get("campaign") == cn:
                    tot += 1
                    new += m == newest
            newest_after[cn] = (new, tot)
            if tot and new / tot < 0.4:
                err("campaigns", f"campaign {cn}: only {new}/{tot} events on {newest} in the 24h after pivot_at")
    for cn in members:
        if cn not in camps:
            err("campaigns", f"campaign {cn} in truth but not in campaigns.jsonl")

    # ---------------- design requirements
    groups = {}
    for aid, tr in truth.items():
        key = (tr["group"], tr["label"], tr["hard"])
        g = groups.setdefault(key, [0, 0, set()])
        g[0] += 1
        g[1] += per_acct.get(aid, 0)
        if tr["campaign"]:
            g[2].add(tr["campaign"])
    attack_groups = {k[0] for k in groups if k[1] == "attack"}
    hard_groups = {k[0] for k in groups if k[2]}
    bg_acc = sum(v[0] for k, v in groups.items() if k[1] == "benign" and not k[2])
    bg_ev = sum(v[1] for k, v in groups.items() if k[1] == "benign" and not k[2])
    if len(attack_groups) < 5:
        err("design", f"only {len(attack_groups)} attack groups")
    if len(hard_groups) < 4:
        err("design", f"only {len(hard_groups)} hard benign groups")
    if bg_acc * 2 <= len(truth) or bg_ev * 2 <= n_events:
        err("design", f"background is not the majority ({bg_acc}/{len(truth)} accounts, {bg_ev}/{n_events} events)")
    if distinct < 0.5:
        err("design", f"only {distinct:.1%} of prompts are distinct")

    # ---------------- report
    print(f"{'group':28} {'label':7} {'hard':5} {'accounts':>8} {'events':>8}  campaigns")
    for key in sorted(groups, key=lambda k: (k[1] != "benign", k[2], k[0])):
        g = groups[key]
        print(f"{key[0]:28} {key[1]:7} {str(key[2]).lower():5} {g[0]:8d} {g[1]:8d}  {','.join(sorted(g[2]))}")
    tot_att = sum(v[0] for k, v in groups.items() if k[1] == "attack")
    print(f"{'total':28} {'':7} {'':5} {len(truth):8d} {n_events:8d}  "
          f"({tot_att} attack accounts; background {bg_acc} accounts / {bg_ev} events)")
    print(f"lines {n_lines}, duplicates {n_dups}, late arrivals {late} (max {max_late / 1000:.0f}s), "
          f"distinct prompts {distinct:.1%}, models {dict(sorted(model_events.items()))}")
    print(f"window {iso(t_min)} .. {iso(t_max)}; {newest} released {iso(releases[newest])}")
    for cn in sorted(camps):
        c = camps[cn]
        na = newest_after.get(cn)
        extra = f", {na[0]}/{na[1]} on {newest} in 24h after pivot" if na else ""
        print(f"  campaign {cn:10} {c['group']:20} {c['accounts']:4d} accts  {c['active_from'][:16]}..{c['active_until'][:16]}"
              f"  successor_of={c['successor_of']} pivot_at={c['pivot_at'] and c['pivot_at'][:16]}{extra}")
    if errors:
        print("\nVIOLATIONS:")
        for kind, lst in errors.items():
            print(f"  {kind}: {len(lst)}")
            for m in lst[:5]:
                print(f"    {m}")
        return 1
    print("OK: no violations")
    return 0


if __name__ == "__main__":
    sys.exit(main())
