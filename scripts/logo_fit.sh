#!/usr/bin/env bash
# Leave-one-generator-out check of the account model's fit: for each generator, refit the
# weights on every *other* generator's data set and score that generator's held-out set with
# them, so the table says what a refit does on traffic written by someone else.
#
#   scripts/logo_fit.sh BIN WORKDIR NAME=FITDIR:TESTDIR... [-- FIT-OPTIONS]
#
# e.g. scripts/logo_fit.sh target/release/distillguard /tmp/logo \
#        sim=/tmp/d/a103:/tmp/d/a104 seven=/tmp/d/o7s1:/tmp/d/o7s2 ... -- --benign-weight 30
# Each line: the held-out generator, precision, recall, false positives, hard-negative FPs.
set -euo pipefail
bin=$1 work=$2
shift 2
names=() fits=() tests=()
while [[ $# -gt 0 && $1 != -- ]]; do
    names+=("${1%%=*}")
    pair=${1#*=}
    fits+=("${pair%%:*}")
    tests+=("${pair#*:}")
    shift
done
[[ $# -gt 0 ]] && shift
mkdir -p "$work"
for i in "${!names[@]}"; do
    sets=()
    for j in "${!names[@]}"; do
        [[ $i != "$j" ]] && sets+=("${fits[$j]}")
    done
    w="$work/weights-without-${names[$i]}.toml"
    "$bin" fit --data "${sets[@]}" --out "$w" "$@" > /dev/null 2> "$work/fit-${names[$i]}.log"
    "$bin" eval --data "${tests[$i]}" --out "$work/scan-${names[$i]}" --weights "$w" --json \
        > "$work/eval-${names[$i]}.json"
    python3 - "${names[$i]}" "$work/eval-${names[$i]}.json" <<'PY'
import json, sys
m = json.load(open(sys.argv[2]))["methods"][0]
a, h = m["all"], m.get("hard_benign", {})
print(f'{sys.argv[1]:10} precision {a["precision"]:.3f} recall {a["recall"]:.3f} '
      f'FP {a["false_positives"]} hard FP {h.get("flagged", 0)}/{h.get("total", 0)}')
PY
done
