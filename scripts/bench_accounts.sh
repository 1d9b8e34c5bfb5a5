#!/bin/sh
# What each account costs the scan, all in: 1 M accounts with two events each (and
# established customers' sign-up records), scanned under /usr/bin/time -v.
#
#   scripts/bench_accounts.sh [DIR] [ACCOUNTS]
#
# Writes the data set into DIR (default /tmp/dg-many, reused when present) and prints the
# peak RSS, wall time and bytes per account. Needs python3 and GNU time.
set -eu
dir=${1:-/tmp/dg-many}
n=${2:-1000000}
bin=${DG_BIN:-target/release/distillguard}
if [ ! -s "$dir/events.jsonl" ]; then
    python3 "$(dirname "$0")/gen_many_accounts.py" --accounts "$n" --events-per-account 2 --out "$dir"
fi
rm -rf "$dir/scan"
/usr/bin/time -v "$bin" scan -q --events "$dir/events.jsonl" --accounts "$dir/accounts.jsonl" \
    --out "$dir/scan" 2> "$dir/time.txt"
peak_kib=$(awk '/Maximum resident set size/ {print $6}' "$dir/time.txt")
wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$dir/time.txt")
accounts=$(grep -c . "$dir/scan/accounts.jsonl")
echo "accounts              $accounts"
echo "wall                  $wall"
echo "peak RSS              $((peak_kib / 1024)) MiB"
echo "peak RSS per account  $((peak_kib * 1024 / accounts)) bytes (all in)"
