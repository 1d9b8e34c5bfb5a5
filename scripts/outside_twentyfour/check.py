#!/usr/bin/env python3
"""Validate an outside_twentyfour output directory against the data contract and the truth
files, and print a table of groups. Exit status 1 on any violation.

    python3 check.py DIR
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

ISO = set("""AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV
BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM
FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM
JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR
MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS
RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ
UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW XK""".split())
KINDS = {"isp", "mobile", "hosting", "vpn", "residential_proxy", "tor", "education", "enterprise"}
CHANNELS = {"standard", "education", "research", "startup", "enterprise", "reseller"}
RFC = re.compile(r"^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(\.\d{1,9})?([Zz]|[+-]\d{2}:\d{2})$")
MAX_MS = 32503680000000  # year 3000
MAX_LINE = 1048576
LATE_LIMIT_MS = 5 * 60 * 1000  # contract: "out of order by up to a few minutes"

violations = []


def bad(msg):
    if len(violations) < 200:
        violations.append(msg)
    elif len(violations) == 200:
        violations.append("... more violations suppressed")


def parse_ts(v):
    """ms since epoch, or None if not a contract timestamp."""
    if isinstance(v, bool):
        return None
    if isinstance(v, int):
        return v if 0 <= v < MAX_MS else None
    if not isinstance(v, str):
        return None
    m = RFC.match(v)
    if not m:
        return None
    y, mo, d, h, mi, s = (int(m.group(i)) for i in range(1, 7))
    frac = m.group(7) or ""
    tz = m.group(8)
    try:
        t = dt.datetime(y, mo, d, h, mi, s, tzinfo=dt.timezone.utc)
    except ValueError:
        return None
    ms = int(t.timestamp()) * 1000 + (int((frac[1:] + "000")[:3]) if frac else 0)
    if tz not in ("Z", "z"):
        sign = 1 if tz[0] == "+" else -1
        ms -= sign * (int(tz[1:3]) * 3600 + int(tz[4:6]) * 60) * 1000
    if not (1970 <= y <= 3000):
        return None
    return ms


def blen(s):
    return len(s.encode("utf-8"))


def is_int(v):
    return isinstance(v, int) and not isinstance(v, bool)


def check_policy(path):
    with open(path, "rb") as f:
        raw = f.read()
    if len(raw) > MAX_LINE:
        bad("policy.toml larger than 1 MiB")
    try:
        pol = tomllib.loads(raw.decode("utf-8"))
    except Exception as e:  # noqa: BLE001
        bad("policy.toml: TOML error: %s" % e)
        return []
    allowed = {"restricted_countries", "thresholds", "max_line_bytes", "reorder_window_ms", "hash_key", "hash_key_id"}
    for k in pol:
        if k not in allowed:
            bad("policy.toml: unknown key %s" % k)
    rc = pol.get("restricted_countries", [])
    if not isinstance(rc, list) or not all(isinstance(c, str) and c.upper() in ISO for c in rc):
        bad("policy.toml: restricted_countries must be ISO alpha-2 codes")
    th = pol.get("thresholds", {})
    if not isinstance(th, dict):
        bad("policy.toml: thresholds must be a table")
        th = {}
    vals = {"review": 0.5, "throttle": 0.7, "block": 0.85}
    for k, v in th.items():
        if k not in vals:
            bad("policy.toml: thresholds.%s unknown" % k)
        elif isinstance(v, bool) or not isinstance(v, (int, float)) or not (0 <= v <= 1):
            bad("policy.toml: thresholds.%s out of range" % k)
        else:
            vals[k] = v
    if not (vals["review"] <= vals["throttle"] <= vals["block"]):
        bad("policy.toml: thresholds not ordered")
    if "max_line_bytes" in pol and not (is_int(pol["max_line_bytes"]) and 1024 <= pol["max_line_bytes"] <= 1073741824):
        bad("policy.toml: max_line_bytes out of range")
    if "reorder_window_ms" in pol and not (is_int(pol["reorder_window_ms"]) and 0 <= pol["reorder_window_ms"] <= 86400000):
        bad("policy.toml: reorder_window_ms out of range")
    hk = pol.get("hash_key", "")
    if not isinstance(hk, str) or (hk and blen(hk) < 16):
        bad("policy.toml: hash_key must be empty or >= 16 bytes")
    hid = pol.get("hash_key_id", "default")
    if not isinstance(hid, str) or not re.fullmatch(r"[A-Za-z0-9._-]{1,64}", hid):
        bad("policy.toml: bad hash_key_id")
    return [c.upper() for c in rc] if isinstance(rc, list) else []


def check_releases(path):
    rel = {}
    with open(path, encoding="utf-8", newline="") as f:
        rd = csv.reader(f)
        head = next(rd)
        if head != ["model", "released_at"]:
            bad("releases.csv: bad header %r" % head)
        for i, row in enumerate(rd, 2):
            if len(row) != 2:
                bad("releases.csv:%d: expected 2 columns" % i)
                continue
            m, ts = row
            t = parse_ts(int(ts)) if ts.isdigit() else parse_ts(ts)
            if not m or blen(m) > 128 or t is None:
                bad("releases.csv:%d: bad row" % i)
                continue
            rel[m] = t
    return rel


class Prefixes:
    def __init__(self):
        self.tab = {4: {}, 6: {}}

    def add(self, net, kind, cc):
        self.tab[net.version].setdefault(net.prefixlen, {})[int(net.network_address)] = (kind, cc)

    def finish(self):
        self.lens = {v: sorted(self.tab[v].keys(), reverse=True) for v in (4, 6)}

    def lookup(self, ip):
        v = ip.version
        x = int(ip)
        bits = 32 if v == 4 else 128
        for pl in self.lens[v]:
            key = (x >> (bits - pl)) << (bits - pl) if pl else 0
            hit = self.tab[v][pl].get(key)
            if hit is not None:
                return hit
        return None


def check_ip_ranges(path):
    px = Prefixes()
    seen = {}
    n = 0
    with open(path, encoding="utf-8", newline="") as f:
        rd = csv.DictReader(f)
        for col in ("cidr", "asn", "as_org", "country", "kind"):
            if col not in (rd.fieldnames or []):
                bad("ip_ranges.csv: missing column %s" % col)
                return px, 0
        for i, row in enumerate(rd, 2):
            n += 1
            try:
                net = ipaddress.ip_network(row["cidr"], strict=True)
            except ValueError:
                bad("ip_ranges.csv:%d: invalid cidr %r" % (i, row["cidr"]))
                continue
            asn = row["asn"]
            a2 = asn[2:] if asn[:2].upper() == "AS" else asn
            if asn and not a2.isdigit():
                bad("ip_ranges.csv:%d: invalid asn %r" % (i, asn))
            if blen(row["as_org"]) > 256:
                bad("ip_ranges.csv:%d: as_org too long" % i)
            cc = row["country"]
            if cc and (len(cc) != 2 or cc.upper() not in ISO):
                bad("ip_ranges.csv:%d: invalid country %r" % (i, cc))
            if row["kind"] not in KINDS:
                bad("ip_ranges.csv:%d: invalid kind %r" % (i, row["kind"]))
            if str(net) in seen:
                bad("ip_ranges.csv:%d: prefix %s repeated (line %d)" % (i, net, seen[str(net)]))
            seen[str(net)] = i
            px.add(net, row["kind"], cc.upper())
    px.finish()
    return px, n


def check_accounts(path):
    accts = {}
    lines = 0
    repl = 0
    with open(path, "rb") as f:
        for i, raw in enumerate(f, 1):
            if not raw.strip():
                continue
            lines += 1
            if len(raw) > MAX_LINE:
                bad("accounts.jsonl:%d: line over 1 MiB" % i)
                continue
            try:
                d = json.loads(raw.decode("utf-8"))
            except Exception:  # noqa: BLE001
                bad("accounts.jsonl:%d: invalid JSON" % i)
                continue
            if not isinstance(d, dict):
                bad("accounts.jsonl:%d: not an object" % i)
                continue
            aid = d.get("account_id")
            if not isinstance(aid, str) or not aid.strip() or blen(aid) > 256:
                bad("accounts.jsonl:%d: bad account_id" % i)
                continue
            ct = parse_ts(d.get("created_at"))
            if ct is None:
                bad("accounts.jsonl:%d: bad created_at" % i)
            for k, lim in (("org_id", 256), ("email_domain", 253), ("email_local_shape", 256), ("payment_fingerprint", 256)):
                if k in d and (not isinstance(d[k], str) or blen(d[k]) > lim):
                    bad("accounts.jsonl:%d: bad %s" % (i, k))
            if "email_local_shape" in d and isinstance(d["email_local_shape"], str) and re.search(r"[b-zA-Z0-8]", d["email_local_shape"]):
                bad("accounts.jsonl:%d: email_local_shape is not a shape" % i)
            if "billing_country" in d:
                bc = d["billing_country"]
                if not isinstance(bc, str) or (bc and bc.upper() not in ISO):
                    bad("accounts.jsonl:%d: bad billing_country %r" % (i, bc))
            if "signup_channel" in d and d["signup_channel"] not in CHANNELS:
                bad("accounts.jsonl:%d: unknown signup_channel %r" % (i, d["signup_channel"]))
            if "verified" in d and not isinstance(d["verified"], bool):
                bad("accounts.jsonl:%d: verified not bool" % i)
            if aid in accts:
                repl += 1
            accts[aid] = (ct, d)
    return accts, lines, repl


EV_REQ = {"request_id": str, "account_id": str, "ip": str, "model": str, "prompt": str}


def check_events(path, accts, rel, px, restricted):
    rids = {}
    exact_dup = 0
    per_acct = {}
    prompts = {}
    n_lines = 0
    n_prompts = 0
    max_seen = None
    max_late = 0
    forms = {"epoch_ms": 0, "rfc3339_z_ms": 0, "rfc3339_z_s": 0, "rfc3339_offset": 0}
    lo = hi = None
    missing_acct = {}
    with open(path, "rb") as f:
        for i, raw in enumerate(f, 1):
            if not raw.strip():
                continue
            n_lines += 1
            if len(raw) > MAX_LINE:
                bad("events.jsonl:%d: line over 1 MiB" % i)
                continue
            try:
                d = json.loads(raw.decode("utf-8"))
            except Exception:  # noqa: BLE001
                bad("events.jsonl:%d: invalid JSON" % i)
                continue
            if not isinstance(d, dict):
                bad("events.jsonl:%d: not an object" % i)
                continue
            ok = True
            for k, ty in EV_REQ.items():
                if not isinstance(d.get(k), ty):
                    bad("events.jsonl:%d: missing or bad %s" % (i, k))
                    ok = False
            if not ok:
                continue
            for k in ("input_tokens", "output_tokens"):
                if not is_int(d.get(k)) or d[k] < 0:
                    bad("events.jsonl:%d: bad %s" % (i, k))
            rid, aid = d["request_id"], d["account_id"]
            if not rid.strip() or blen(rid) > 256:
                bad("events.jsonl:%d: bad request_id" % i)
            if not aid.strip() or blen(aid) > 256:
                bad("events.jsonl:%d: bad account_id" % i)
            if not d["model"].strip() or blen(d["model"]) > 128:
                bad("events.jsonl:%d: bad model" % i)
            ts = parse_ts(d.get("ts"))
            if ts is None:
                bad("events.jsonl:%d: bad ts %r" % (i, d.get("ts")))
                continue
            tv = d["ts"]
            if is_int(tv):
                forms["epoch_ms"] += 1
            elif tv.endswith("Z"):
                forms["rfc3339_z_ms" if "." in tv else "rfc3339_z_s"] += 1
            else:
                forms["rfc3339_offset"] += 1
            try:
                ip = ipaddress.ip_address(d["ip"])
            except ValueError:
                bad("events.jsonl:%d: bad ip %r" % (i, d["ip"]))
                continue
            for k, lim in (("api_key_id", 256), ("user_agent", 1024), ("client_fingerprint", 256), ("stop_reason", 64)):
                if k in d and (not isinstance(d[k], str) or blen(d[k]) > lim):
                    bad("events.jsonl:%d: bad %s" % (i, k))
            if "system" in d and not isinstance(d["system"], str):
                bad("events.jsonl:%d: bad system" % i)
            for k in ("turns", "tool_calls", "max_tokens", "thinking_tokens"):
                if k in d and (not is_int(d[k]) or d[k] < 0):
                    bad("events.jsonl:%d: bad %s" % (i, k))
            if "has_image" in d and not isinstance(d["has_image"], bool):
                bad("events.jsonl:%d: bad has_image" % i)
            if "tools" in d:
                tl = d["tools"]
                if not isinstance(tl, list) or len(tl) > 256 or not all(isinstance(x, str) and blen(x) <= 256 for x in tl):
                    bad("events.jsonl:%d: bad tools" % i)
            if "max_tokens" in d and is_int(d.get("output_tokens")) and d["output_tokens"] > d["max_tokens"]:
                bad("events.jsonl:%d: output_tokens above max_tokens" % i)
            if "thinking_tokens" in d and d["thinking_tokens"] > d["output_tokens"]:
                bad("events.jsonl:%d: thinking_tokens above output_tokens" % i)
            h = hashlib.sha1(raw.rstrip(b"\r\n")).digest()
            if rid in rids:
                if rids[rid] == h:
                    exact_dup += 1
                    continue
                bad("events.jsonl:%d: request_id %s repeated with different content" % (i, rid))
                continue
            rids[rid] = h
            # out-of-order bound
            if max_seen is None or ts > max_seen:
                max_seen = ts
            elif max_seen - ts > max_late:
                max_late = max_seen - ts
            lo = ts if lo is None or ts < lo else lo
            hi = ts if hi is None or ts > hi else hi
            # world sanity
            m = d["model"]
            if m in rel and ts < rel[m]:
                bad("events.jsonl:%d: model %s used before its release" % (i, m))
            acc = accts.get(aid)
            if acc is None:
                missing_acct[aid] = 1
            elif acc[0] is not None and ts < acc[0]:
                bad("events.jsonl:%d: event before the account was created" % i)
            st = per_acct.get(aid)
            if st is None:
                st = per_acct[aid] = [0, 0, 0, 0, 0, 0, 0]  # events, new model, hosting, anon, restricted, thinking, tools
            st[0] += 1
            if m == "aster-4":
                st[1] += 1
            hit = px.lookup(ip)
            if hit:
                if hit[0] == "hosting":
                    st[2] += 1
                elif hit[0] in ("vpn", "residential_proxy", "tor"):
                    st[3] += 1
                if hit[1] in restricted:
                    st[4] += 1
            if d.get("thinking_tokens"):
                st[5] += 1
            if d.get("tools"):
                st[6] += 1
            n_prompts += 1
            p = d["prompt"]
            prompts[p] = prompts.get(p, 0) + 1
    return dict(rids=len(rids), exact_dup=exact_dup, per_acct=per_acct, distinct=len(prompts), n_prompts=n_prompts,
                max_late=max_late, lines=n_lines, forms=forms, lo=lo, hi=hi, missing_acct=len(missing_acct),
                prompts=prompts)


def check_truth(out, per_acct):
    truth = {}
    with open(os.path.join(out, "truth.jsonl"), encoding="utf-8") as f:
        for i, line in enumerate(f, 1):
            d = json.loads(line)
            aid = d.get("account_id")
            if aid in truth:
                bad("truth.jsonl:%d: duplicate account %s" % (i, aid))
            if d.get("label") not in ("attack", "benign"):
                bad("truth.jsonl:%d: bad label" % i)
            if not isinstance(d.get("hard"), bool) or not isinstance(d.get("group"), str):
                bad("truth.jsonl:%d: bad hard/group" % i)
            if d.get("hard") and d.get("label") != "benign":
                bad("truth.jsonl:%d: hard on a non-benign account" % i)
            if (d.get("label") == "attack") != isinstance(d.get("campaign"), str):
                bad("truth.jsonl:%d: campaign must be set exactly for attack accounts" % i)
            truth[aid] = d
    for aid in per_acct:
        if aid not in truth:
            bad("truth.jsonl: account %s has traffic but no truth row" % aid)
    for aid in truth:
        if aid not in per_acct:
            bad("truth.jsonl: account %s has a truth row but no traffic" % aid)
    camps = {}
    with open(os.path.join(out, "campaigns.jsonl"), encoding="utf-8") as f:
        for i, line in enumerate(f, 1):
            d = json.loads(line)
            c = d.get("campaign")
            if c in camps:
                bad("campaigns.jsonl:%d: duplicate campaign" % i)
            camps[c] = d
            accs = d.get("accounts")
            if not isinstance(accs, list) or accs != sorted(accs) or len(set(accs)) != len(accs):
                bad("campaigns.jsonl:%d: accounts must be a sorted list of unique ids" % i)
                continue
            for aid in accs:
                t = truth.get(aid)
                if t is None or t.get("campaign") != c or t.get("group") != d.get("group"):
                    bad("campaigns.jsonl:%d: member %s disagrees with truth.jsonl" % (i, aid))
            fa, ua = parse_ts(d.get("active_from")), parse_ts(d.get("active_until"))
            if fa is None or ua is None or fa > ua or not isinstance(d.get("active_from"), str):
                bad("campaigns.jsonl:%d: bad active_from/active_until" % i)
            if d.get("pivot_at") is not None and parse_ts(d["pivot_at"]) is None:
                bad("campaigns.jsonl:%d: bad pivot_at" % i)
    for c, d in camps.items():
        s = d.get("successor_of")
        if s is not None and s not in camps:
            bad("campaigns.jsonl: %s successor_of unknown campaign %s" % (c, s))
    members = {}
    for d in camps.values():
        for aid in d.get("accounts", []):
            members[aid] = d["campaign"]
    for aid, t in truth.items():
        if t["label"] == "attack" and members.get(aid) != t["campaign"]:
            bad("truth.jsonl: attack account %s missing from its campaign's list" % aid)
    return truth, camps


def main():
    if len(sys.argv) != 2:
        print(__doc__)
        sys.exit(2)
    out = sys.argv[1]
    for fn in ("events.jsonl", "accounts.jsonl", "ip_ranges.csv", "releases.csv", "policy.toml", "truth.jsonl", "campaigns.jsonl"):
        if not os.path.isfile(os.path.join(out, fn)):
            bad("missing %s" % fn)
    if violations:
        report_and_exit()
    restricted = check_policy(os.path.join(out, "policy.toml"))
    rel = check_releases(os.path.join(out, "releases.csv"))
    px, n_ranges = check_ip_ranges(os.path.join(out, "ip_ranges.csv"))
    accts, acc_lines, repl = check_accounts(os.path.join(out, "accounts.jsonl"))
    ev = check_events(os.path.join(out, "events.jsonl"), accts, rel, px, restricted)
    if ev["max_late"] > LATE_LIMIT_MS:
        bad("events.jsonl: an event arrives %.1f min out of order (limit %.0f)" % (ev["max_late"] / 60000, LATE_LIMIT_MS / 60000))
    truth, camps = check_truth(out, ev["per_acct"])

    # ------------------------------------------------ report
    print("inputs: %d event lines (%d unique request ids, %d exact re-sends), %d account lines (%d accounts, %d replacement records), %d ranges" % (
        ev["lines"], ev["rids"], ev["exact_dup"], acc_lines, len(accts), repl, n_ranges))
    print("events span %s .. %s; max out-of-order %.1f s; accounts with traffic but no account record: %d" % (
        fmt(ev["lo"]), fmt(ev["hi"]), ev["max_late"] / 1000, ev["missing_acct"]))
    print("timestamp forms: " + ", ".join("%s %d" % kv for kv in ev["forms"].items()))
    print("distinct prompt texts: %d of %d (%.1f%%)" % (ev["distinct"], ev["n_prompts"], 100.0 * ev["distinct"] / max(1, ev["n_prompts"])))
    groups = {}
    for aid, t in truth.items():
        g = groups.setdefault(t["group"], {"label": t["label"], "hard": t["hard"], "acc": 0, "ev": 0, "new": 0, "host": 0,
                                           "anon": 0, "restr": 0, "think": 0, "tools": 0})
        st = ev["per_acct"].get(aid, [0] * 7)
        g["acc"] += 1
        g["ev"] += st[0]
        g["new"] += st[1]
        g["host"] += st[2]
        g["anon"] += st[3]
        g["restr"] += st[4]
        g["think"] += st[5]
        g["tools"] += st[6]
    order = sorted(groups.items(), key=lambda kv: (kv[1]["label"] == "attack", kv[1]["hard"], kv[0]))
    hdr = "%-22s %-6s %-5s %7s %8s %6s %6s %6s %6s %6s %6s %6s" % ("group", "label", "hard", "accts", "events", "ev/acc",
                                                                  "%new", "%host", "%anon", "%restr", "%think", "%tools")
    print()
    print(hdr)
    print("-" * len(hdr))
    tot = {"acc": 0, "ev": 0}
    for name, g in order:
        e = max(1, g["ev"])
        print("%-22s %-6s %-5s %7d %8d %6.1f %6.1f %6.1f %6.1f %6.2f %6.1f %6.1f" % (
            name, g["label"], "yes" if g["hard"] else "no", g["acc"], g["ev"], g["ev"] / max(1, g["acc"]),
            100.0 * g["new"] / e, 100.0 * g["host"] / e, 100.0 * g["anon"] / e, 100.0 * g["restr"] / e,
            100.0 * g["think"] / e, 100.0 * g["tools"] / e))
        tot["acc"] += g["acc"]
        tot["ev"] += g["ev"]
    print("-" * len(hdr))
    print("%-22s %-6s %-5s %7d %8d" % ("total", "", "", tot["acc"], tot["ev"]))
    for lab in ("attack", "benign"):
        a = sum(g["acc"] for g in groups.values() if g["label"] == lab)
        e = sum(g["ev"] for g in groups.values() if g["label"] == lab)
        print("  %s: %d accounts, %d events" % (lab, a, e))
    print("  hard look-alikes: %d accounts" % sum(g["acc"] for g in groups.values() if g["hard"]))
    print()
    print("campaigns:")
    for c, d in camps.items():
        print("  %-22s %-20s %5d accts  %s .. %s%s%s" % (c, d["group"], len(d["accounts"]), d["active_from"], d["active_until"],
                                                        ("  successor_of=" + d["successor_of"]) if d.get("successor_of") else "",
                                                        ("  pivot_at=" + d["pivot_at"]) if d.get("pivot_at") else ""))
    report_and_exit()


def fmt(ms):
    if ms is None:
        return "-"
    return dt.datetime.fromtimestamp(ms / 1000, dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def report_and_exit():
    print()
    if violations:
        print("VIOLATIONS (%d):" % len(violations))
        for v in violations:
            print("  " + v)
        sys.exit(1)
    print("OK: no violations")
    sys.exit(0)


if __name__ == "__main__":
    main()
