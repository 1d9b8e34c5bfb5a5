#!/usr/bin/env python3
"""Writes a data set of many small accounts, to measure the scan's memory per account.

    python3 scripts/gen_many_accounts.py --accounts 1000000 --events-per-account 2 --out DIR
    /usr/bin/time -v target/release/distillguard scan -q --events DIR/events.jsonl \
        --accounts DIR/accounts.jsonl --out DIR/scan

Every account sends its requests from one address of its own, a few minutes apart, spread
over a week in time order; its sign-up record is an established customer's (old, verified,
a card of its own, a third of them in an organisation), so the scan keeps every account's
state but finds nothing to link. `--no-signups` leaves accounts.jsonl out. Deterministic for
a given `--seed`. Standard library only.
"""

from __future__ import annotations

import argparse
import json
import random
from pathlib import Path

START_MS = 1_772_409_600_000  # 2026-03-02T00:00:00Z
WEEK_MS = 7 * 86_400_000
PROMPTS = [
    "Summarise this meeting note for the team: {n} items were discussed.",
    "Write a short SQL query that counts orders per customer in table t{n}.",
    "Translate to French: our office will be closed on day {n}.",
    "Fix the bug in this function: def f(x): return x + {n}",
    "Suggest three names for a bakery on street number {n}.",
]
MODELS = ["claude-sonnet-4", "claude-haiku-4"]


def iso(ms: int) -> str:
    s, milli = divmod(ms, 1000)
    import time  # noqa: PLC0415

    return time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(s)) + f".{milli:03d}Z"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--accounts", type=int, default=1_000_000)
    ap.add_argument("--events-per-account", type=int, default=2)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--no-signups", action="store_true")
    ap.add_argument("--out", type=Path, required=True)
    a = ap.parse_args()
    rng = random.Random(a.seed)
    a.out.mkdir(parents=True, exist_ok=True)

    n = a.accounts
    # First request of account i at a random instant of the week; the rest minutes apart.
    starts = sorted(rng.randrange(WEEK_MS) for _ in range(n))
    order = list(range(n))
    rng.shuffle(order)  # account numbers are not in time order
    events = []
    for slot, i in enumerate(order):
        t = START_MS + starts[slot]
        for k in range(a.events_per_account):
            events.append((t + k * rng.randrange(60_000, 600_000), i, k))
    events.sort()

    with open(a.out / "events.jsonl", "w", encoding="utf-8") as f:
        for t, i, k in events:
            h = (i * 2_654_435_761) & 0xFFFF_FFFF
            ip = f"{11 + h % 180}.{(h >> 8) & 255}.{(h >> 16) & 255}.{1 + (h >> 24) % 254}"
            out_tok = 50 + (h + k * 97) % 900
            ev = {
                "request_id": f"req_{i:08d}_{k}",
                "ts": iso(t),
                "account_id": f"acct_{i:010d}",
                "ip": ip,
                "user_agent": "python-httpx/0.27",
                "model": MODELS[(i + k) % 2],
                "prompt": PROMPTS[(i + k) % len(PROMPTS)].format(n=(h >> 4) % 1000),
                "turns": 1,
                "max_tokens": 1024,
                "input_tokens": 20 + h % 200,
                "output_tokens": out_tok,
                "stop_reason": "end_turn",
            }
            f.write(json.dumps(ev, separators=(",", ":")) + "\n")
    if not a.no_signups:
        with open(a.out / "accounts.jsonl", "w", encoding="utf-8") as f:
            for i in range(n):
                rec = {
                    "account_id": f"acct_{i:010d}",
                    "created_at": iso(START_MS - (200 + i % 500) * 86_400_000),
                    "email_domain": f"example{i % 5000}.com",
                    "email_local_shape": "aaaa.aaa99",
                    "payment_fingerprint": f"card_{i:010d}",
                    "billing_country": "GB",
                    "signup_channel": "standard",
                    "verified": True,
                }
                if i % 3 == 0:
                    rec["org_id"] = f"org_{i // 30:07d}"
                f.write(json.dumps(rec, separators=(",", ":")) + "\n")
    print(f"{len(events)} events, {n} accounts in {a.out}")


if __name__ == "__main__":
    main()
