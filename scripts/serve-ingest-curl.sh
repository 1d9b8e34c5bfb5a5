#!/usr/bin/env bash
# Ingest throughput of `distillguard serve` with curl as the client (4 at once, one process per
# request): the sign-up records, then every file of SPLIT_DIR (NDJSON pieces of events.jsonl,
# e.g. `split -l 2000`) into a fresh SQLite store. Prints events/s, the server's peak RSS and the
# load average. Usage: scripts/serve-ingest-curl.sh BIN DATA_DIR SPLIT_DIR STORE_DIR
set -euo pipefail
bin=$1 data=$2 split=$3 store=$4
rm -rf "$store"
log=$(mktemp)
"$bin" serve --listen 127.0.0.1:0 --data-dir "$store" --policy "$data/policy.toml" \
    --ip-ranges "$data/ip_ranges.csv" --releases "$data/releases.csv" 2>"$log" &
pid=$!
trap 'kill $pid 2>/dev/null || true; rm -f "$log"' EXIT
until grep -q "listening on" "$log"; do sleep 0.2; done
base=http://$(grep -o "listening on http://[0-9.:]*" "$log" | cut -d/ -f3)
curl -sf -o /dev/null --data-binary @"$data/accounts.jsonl" "$base/v1/accounts"
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
t0=$(date +%s.%N)
ls "$split" | xargs -P4 -I{} curl -sf -o /dev/null --data-binary @"$split/{}" "$base/v1/events"
t1=$(date +%s.%N)
# Answered once committed: the counts are read once the detector is done with every event.
until curl -sf "$base/v1/status" | python3 -c 'import json,sys; sys.exit(json.load(sys.stdin).get("events_pending", 0) > 0)'; do sleep 0.05; done
status=$(curl -sf "$base/v1/status")
events=$(echo "$status" | python3 -c 'import json,sys; s=json.load(sys.stdin); print(s["events_folded"]+s["events_held"])')
echo "$events events in $(echo "$t1 - $t0" | bc) s = $(echo "$events / ($t1 - $t0)" | bc) events/s"
echo "server peak RSS: $(grep VmHWM /proc/$pid/status)"
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
