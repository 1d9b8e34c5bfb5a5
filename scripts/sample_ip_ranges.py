#!/usr/bin/env python3
"""Pick a small, deterministic sample of an `ip_ranges.csv` (contract format) for the simulator.

Input is the output of `distillguard ipdb import` over open data (see THIRD_PARTY.md). The
sample keeps, for each kind and country the simulator draws from, a few IPv4 ranges and one
IPv6 range, spread evenly over the sorted input so that the choice does not depend on luck.

    python3 scripts/sample_ip_ranges.py full_ip_ranges.csv > crates/sim/netdata/ip_ranges.csv
"""
import csv
import ipaddress
import sys

COUNTRIES = ["US", "IN", "GB", "DE", "FR", "JP", "KR", "BR", "CA", "AU", "SG", "NL", "ES", "IT",
             "ID", "MX", "PL", "TW", "HK", "VN", "TR", "SE", "CN", "RU", "IE", "CH"]
PER_KIND = {"isp": 6, "mobile": 3, "hosting": 4, "vpn": 3, "education": 3}
V6_PER = 1


def spread(rows, k):
    if len(rows) <= k:
        return rows
    step = len(rows) / k
    return [rows[int(i * step)] for i in range(k)]


def main():
    src = sys.argv[1]
    groups = {}
    with open(src, newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            kind, country = row["kind"], row["country"]
            if kind not in PER_KIND:
                continue
            net = ipaddress.ip_network(row["cidr"], strict=False)
            if net.version == 4 and not 12 <= net.prefixlen <= 24:
                continue
            if net.version == 6 and not 29 <= net.prefixlen <= 48:
                continue
            groups.setdefault((kind, country, net.version), []).append(row)
    out = []
    for (kind, country, ver), rows in sorted(groups.items()):
        if country not in COUNTRIES and not (kind in ("hosting", "vpn") and country == ""):
            continue
        rows.sort(key=lambda r: ipaddress.ip_network(r["cidr"], strict=False))
        k = PER_KIND[kind] if ver == 4 else V6_PER
        out.extend(spread(rows, k))
    out.sort(key=lambda r: (ipaddress.ip_network(r["cidr"], strict=False).version,
                            ipaddress.ip_network(r["cidr"], strict=False)))
    w = csv.writer(sys.stdout, lineterminator="\n")
    w.writerow(["cidr", "asn", "as_org", "country", "kind"])
    for r in out:
        w.writerow([r["cidr"], r["asn"], r["as_org"], r["country"], r["kind"]])


if __name__ == "__main__":
    main()
