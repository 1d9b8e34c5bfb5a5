#!/usr/bin/env python3
"""End to end with the real gateway tools, all on 127.0.0.1 and offline:

- `distillguard serve` (enforce mode, tokens per role) holding a simulated day, so that some
  accounts are decided `block` and others `allow`;
- a LiteLLM proxy (litellm[proxy], a `mock_response` model) with distillguard as its generic
  guardrail (pre_call, default on) and its `generic_api` logging callback posting to
  /v1/ingest/litellm;
- the OpenAI Python SDK instrumented with opentelemetry-instrumentation-openai-v2, calling the
  proxy and exporting OTLP/HTTP protobuf to /v1/traces.

Checks: (a) the proxy refuses the blocked account's key with distillguard's reason and serves
the allowed one; (b) the callback's payloads land in serve; (c) the SDK's spans land in serve;
(d) the same traffic, captured on its way out of the tools (a second `generic_api` callback and
a second OTLP exporter posting to a sink in this script), turned into contract events by
`distillguard convert` and read by `distillguard scan`, gives the same accounts, per-account
event counts and input/output token totals as serve holds (`GET /v1/usage`, the change since
before the gateway traffic).

Usage: e2e.py DISTILLGUARD_BINARY LITELLM_VENV OTEL_VENV
Prints one line per check and `gateway e2e: N passed, M failed`; exits non-zero on a failure.
"""

import glob
import gzip
import hashlib
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

HERE = os.path.dirname(os.path.abspath(__file__))
BINARY, LITELLM_VENV, OTEL_VENV = sys.argv[1:4]
TOKENS = {
    "ingest": "dg-e2e-ingest-token-0123456789",
    "decide": "dg-e2e-decide-token-0123456789",
    "admin": "dg-e2e-admin-token-0123456789",
}
RESULTS = []


def check(name, ok, detail=""):
    RESULTS.append(ok)
    print(f"{'ok  ' if ok else 'FAIL'} {name}" + (f": {detail}" if detail else ""), flush=True)


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def http(method, url, body=None, token=None, headers=None, timeout=30):
    """(status, body bytes) of a request; HTTP errors are answers, not exceptions."""
    h = dict(headers or {})
    if token:
        h["Authorization"] = f"Bearer {token}"
    req = urllib.request.Request(url, data=body, method=method, headers=h)
    try:
        with urllib.request.urlopen(req, timeout=timeout) as r:
            return r.status, r.read()
    except urllib.error.HTTPError as e:
        return e.code, e.read()


def wait_for(url, seconds=120):
    end = time.time() + seconds
    while time.time() < end:
        try:
            urllib.request.urlopen(url, timeout=2)
            return
        except Exception:
            time.sleep(0.5)
    raise SystemExit(f"{url} did not come up in {seconds} s")


def landed(serve):
    """Events serve has accepted (folded plus held by the reorder window)."""
    s, b = http("GET", f"{serve}/v1/status", token=TOKENS["admin"])
    assert s == 200, b
    v = json.loads(b)
    return v["events_folded"] + v["events_held"]


def wait_landed(serve, at_least, seconds=45):
    end = time.time() + seconds
    n = landed(serve)
    while n < at_least and time.time() < end:
        time.sleep(0.5)
        n = landed(serve)
    return n


def post_file(serve, path, file):
    with open(file, "rb") as f:
        lines = f.read().splitlines()
    for i in range(0, len(lines), 5000):
        body = b"\n".join(lines[i:i + 5000]) + b"\n"
        s, b = http("POST", f"{serve}{path}", body, token=TOKENS["ingest"])
        assert s == 202, (s, b[:300])


class Capture(BaseHTTPRequestHandler):
    """The sink of the second LiteLLM callback and the second OTLP exporter: keeps each body as
    sent (a json_array batch as one line of litellm.jsonl, each protobuf export in a file)."""

    out = ""
    lock = threading.Lock()
    bodies = 0

    def do_POST(self):  # noqa: N802 (http.server's naming)
        body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
        if self.headers.get("Content-Encoding", "") == "gzip":
            body = gzip.decompress(body)
        with Capture.lock:
            Capture.bodies += 1
            if self.path == "/v1/traces":
                with open(os.path.join(Capture.out, f"otlp-{Capture.bodies:04d}.pb"), "wb") as f:
                    f.write(body)
            else:
                doc = json.loads(body)
                with open(os.path.join(Capture.out, "litellm.jsonl"), "a", encoding="utf-8") as f:
                    f.write(json.dumps(doc, separators=(",", ":")) + "\n")
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.end_headers()
        self.wfile.write(b"{}")

    def log_message(self, *args):
        pass


def usage(serve):
    """{account: (events, input_tokens, output_tokens)} of serve's event log."""
    s, b = http("GET", f"{serve}/v1/usage", token=TOKENS["admin"])
    assert s == 200, b
    return {a["account_id"]: (a["events"], a["input_tokens"], a["output_tokens"])
            for a in json.loads(b)["accounts"]}


def delta(after, before):
    """Per-account change between two usage snapshots (accounts that changed only)."""
    out = {}
    for k, v in after.items():
        b = before.get(k, (0, 0, 0))
        d = tuple(x - y for x, y in zip(v, b))
        if any(d):
            out[k] = d
    return out


def settle(serve, seconds=30):
    """Waits until neither serve's log nor the capture sink has grown for 3 s."""
    end = time.time() + seconds
    last, quiet_since = None, time.time()
    while time.time() < end:
        now = (landed(serve), Capture.bodies)
        if now != last:
            last, quiet_since = now, time.time()
        elif time.time() - quiet_since >= 3:
            return
        time.sleep(0.5)


def main():
    work = tempfile.mkdtemp(prefix="dg-gateway-e2e-")
    procs = []
    try:
        # A simulated day: accounts the detector decides block, and accounts it allows.
        data = os.path.join(work, "data")
        with open(os.path.join(work, "sim.toml"), "w") as f:
            f.write("days = 1\n")
        subprocess.run([BINARY, "simulate", "--scale", "small", "--seed", "7", "--config",
                        os.path.join(work, "sim.toml"), "--out", data], check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        port = free_port()
        serve = f"http://127.0.0.1:{port}"
        tokens = "".join(
            f'[[tokens]]\nname = "{role}"\nsha256 = "{hashlib.sha256(t.encode()).hexdigest()}"\n'
            f'roles = ["{role}"]\n\n'
            for role, t in TOKENS.items())
        config = f"""listen = "127.0.0.1:{port}"
data_dir = "{work}/store"
policy = "{data}/policy.toml"
ip_ranges = "{data}/ip_ranges.csv"
releases = "{data}/releases.csv"
mode = "enforce"

[guardrail]
account_from = "user_id"

[import.litellm]
account = "user_id"

{tokens}"""
        with open(os.path.join(work, "serve.toml"), "w") as f:
            f.write(config)
        procs.append(subprocess.Popen([BINARY, "serve", "--config", os.path.join(work, "serve.toml")],
                                      stdout=subprocess.DEVNULL,
                                      stderr=open(os.path.join(work, "serve.log"), "w")))
        wait_for(f"{serve}/healthz")
        post_file(serve, "/v1/accounts", os.path.join(data, "accounts.jsonl"))
        post_file(serve, "/v1/events", os.path.join(data, "events.jsonl"))
        with open(os.path.join(data, "accounts.jsonl")) as f:
            ids = [json.loads(line)["account_id"] for line in f]
        s, b = http("POST", f"{serve}/v1/decisions:batch", json.dumps({"account_ids": ids}).encode(),
                    token=TOKENS["decide"], headers={"Content-Type": "application/json"})
        assert s == 200, b
        decisions = json.loads(b)["decisions"]
        blocked = next(d["account_id"] for d in decisions if d["decision"] == "block")
        allows = [d["account_id"] for d in decisions
                  if d["decision"] == "allow"
                  and all(r["code"] != "unknown_account" for r in d["reasons"])]
        allowed, more = allows[0], allows[1:4]

        # The capture sink: what the gateway tools send, a second time, for (d).
        capture_dir = os.path.join(work, "capture")
        os.makedirs(capture_dir)
        Capture.out = capture_dir
        sink = ThreadingHTTPServer(("127.0.0.1", 0), Capture)
        threading.Thread(target=sink.serve_forever, daemon=True).start()
        capture = f"http://127.0.0.1:{sink.server_address[1]}"

        # The LiteLLM proxy, guarded by distillguard and logging to it.
        proxy_port = free_port()
        proxy = f"http://127.0.0.1:{proxy_port}"
        litellm_config = f"""
model_list:
  - model_name: gpt-4o-mini
    litellm_params:
      model: openai/gpt-4o-mini
      api_key: sk-not-used
      mock_response: "Step 1: restate the problem. Step 2: compute. The answer is 42."
general_settings:
  master_key: sk-e2e-master-0123456789abcdef
  custom_auth: custom_auth.user_api_key_auth
guardrails:
  - guardrail_name: distillguard
    litellm_params:
      guardrail: generic_guardrail_api
      mode: pre_call
      default_on: true
      api_base: {serve}
      api_key: {TOKENS["decide"]}
      unreachable_fallback: fail_closed
litellm_settings:
  callbacks: ["distillguard_log", "capture_log"]
callback_settings:
  distillguard_log:
    callback_type: generic_api
    endpoint: {serve}/v1/ingest/litellm
    headers:
      Authorization: "Bearer {TOKENS["ingest"]}"
    log_format: json_array
  capture_log:
    callback_type: generic_api
    endpoint: {capture}/litellm
    headers: {{}}
    log_format: json_array
"""
        shutil.copy(os.path.join(HERE, "custom_auth.py"), work)
        with open(os.path.join(work, "litellm.yaml"), "w") as f:
            f.write(litellm_config)
        env = dict(os.environ, LITELLM_LOCAL_MODEL_COST_MAP="True", PYTHONPATH=work,
                   DG_E2E_BLOCKED=blocked, DG_E2E_ALLOWED=allowed, DG_E2E_MORE=",".join(more),
                   DEFAULT_FLUSH_INTERVAL_SECONDS="1")
        procs.append(subprocess.Popen(
            [os.path.join(LITELLM_VENV, "bin", "litellm"), "--config", "litellm.yaml",
             "--host", "127.0.0.1", "--port", str(proxy_port)],
            cwd=work, env=env, stdout=open(os.path.join(work, "litellm.log"), "w"),
            stderr=subprocess.STDOUT))
        wait_for(f"{proxy}/health/liveliness", seconds=180)

        # (a) the guardrail: refused with distillguard's reason, and served.
        def chat(key):
            body = json.dumps({"model": "gpt-4o-mini",
                               "messages": [{"role": "user", "content": "Solve 17*23 step by step."}]})
            return http("POST", f"{proxy}/v1/chat/completions", body.encode(), token=key,
                        headers={"Content-Type": "application/json"})

        settle(serve)
        usage_before = usage(serve)
        before = landed(serve)
        s, b = chat("sk-e2e-blocked")
        text = b.decode("utf-8", "replace")
        check("(a) LiteLLM refuses the key of an account distillguard blocks",
              s >= 400 and "distillguard: account block" in text, f"{s} {text[:300]}")
        s, b = chat("sk-e2e-allowed")
        text = b.decode("utf-8", "replace")
        check("(a) LiteLLM serves the key of an allowed account",
              s == 200 and "The answer is 42" in text, f"{s} {text[:300]}")

        # (b) the generic_api callback's payloads land in serve.
        n = wait_landed(serve, before + 1)
        check("(b) LiteLLM's generic_api callback lands in /v1/ingest/litellm", n >= before + 1,
              f"{n - before} new events")

        # (c) the OTel-instrumented OpenAI SDK exports its spans to /v1/traces.
        before = wait_landed(serve, 10**12, seconds=3)  # let late callback batches settle
        calls = 3
        p = subprocess.run([os.path.join(OTEL_VENV, "bin", "python"), os.path.join(HERE, "otel_client.py"),
                            proxy, "sk-e2e-allowed", serve, TOKENS["ingest"], allowed, str(calls),
                            capture],
                           env={k: v for k, v in os.environ.items() if not k.startswith("OTEL_")},
                           capture_output=True, text=True, timeout=120)
        check("(c) the instrumented OpenAI SDK is served through the proxy", p.returncode == 0,
              p.stderr[-500:])
        n = wait_landed(serve, before + 2 * calls)
        # The proxy's callback lands its own payload for each of these calls; the spans add
        # `calls` more (their ids are the spans', not LiteLLM's call ids).
        check("(c) its OTLP/HTTP spans land in /v1/traces", n >= before + 2 * calls,
              f"{n - before} new events for {calls} calls")

        # (d) serve's state against a scan of the same traffic as contract events. More calls
        # under further keys first, so several accounts with different counts are compared.
        for i, _ in enumerate(more):
            for _ in range(i + 1):
                s, b = chat(f"sk-e2e-more-{i + 1}")
                assert s == 200, (s, b[:300])
        settle(serve)
        served = delta(usage(serve), usage_before)
        otlp_json = os.path.join(work, "otlp.jsonl")
        subprocess.run([os.path.join(OTEL_VENV, "bin", "python"), os.path.join(HERE, "otlp_to_json.py"),
                        otlp_json] + sorted(glob.glob(os.path.join(capture_dir, "otlp-*.pb"))),
                       check=True)
        with open(os.path.join(work, "import.toml"), "w") as f:
            f.write('[litellm]\naccount = "user_id"\n')
        events = os.path.join(work, "gateway-events.jsonl")
        raw = [os.path.join(capture_dir, "litellm.jsonl"), otlp_json]
        p = subprocess.run([BINARY, "convert", "--format", "auto", "--import-config",
                            os.path.join(work, "import.toml"), "--out", events,
                            "--rejected", os.path.join(work, "convert-rejected.jsonl")] + raw,
                           capture_output=True, text=True)
        check("(d) distillguard convert reads the captured LiteLLM and OTLP traffic",
              p.returncode == 0 and "litellm.jsonl: read as litellm" in p.stderr
              and "otlp.jsonl: read as otlp-json" in p.stderr, p.stderr[-500:])
        scanned = {}
        with open(events, encoding="utf-8") as f:
            for line in f:
                ev = json.loads(line)
                n, i, o = scanned.get(ev["account_id"], (0, 0, 0))
                scanned[ev["account_id"]] = (n + 1, i + ev["input_tokens"], o + ev["output_tokens"])
        summaries = []
        for name, args in [("contract", ["--events", events]),
                           ("gateway", ["--format", "auto", "--import-config",
                                        os.path.join(work, "import.toml"), "--events"] + raw)]:
            out = os.path.join(work, f"scan-{name}")
            p = subprocess.run([BINARY, "scan", "--quiet", "--out", out] + args,
                               capture_output=True, text=True)
            assert p.returncode == 0, p.stderr[-500:]
            with open(os.path.join(out, "summary.json")) as f:
                summaries.append(json.load(f))
        contract, gateway = summaries
        check("(d) scan accepts every converted event and reads the raw captures alike",
              contract["events_rejected"] == 0
              and contract["events_accepted"] == sum(v[0] for v in scanned.values())
              == gateway["events_accepted"]
              and contract["accounts"] == len(scanned) == gateway["accounts"],
              f"contract {contract}, gateway {gateway}, {len(scanned)} accounts")
        check("(d) serve holds the same accounts, event counts and token totals as the scan",
              served == scanned and len(scanned) >= 1 + len(more),
              f"serve {served} vs scan {scanned}")

        s, b = http("GET", f"{serve}/v1/decisions/{allowed}", token=TOKENS["decide"])
        check("decisions still answer for the account", s == 200 and json.loads(b)["account_id"] == allowed)
        s, b = http("GET", f"{serve}/metrics", token=TOKENS["admin"])
        denials = [line for line in b.decode().splitlines()
                   if line.startswith("distillguard_enforced_denials_total ")]
        check("serve counted one enforced denial",
              s == 200 and denials == ["distillguard_enforced_denials_total 1"], str(denials))
        with open(os.path.join(work, "serve.log")) as f:
            log = f.read()
        check("serve's log holds no prompt text", "17*23" not in log and "long division" not in log)
    finally:
        for p in reversed(procs):
            p.send_signal(signal.SIGINT)
            try:
                p.wait(timeout=20)
            except subprocess.TimeoutExpired:
                p.kill()
        if all(RESULTS) and RESULTS:
            shutil.rmtree(work, ignore_errors=True)
        else:
            print(f"kept {work} (serve.log, litellm.log)")
    passed = sum(RESULTS)
    print(f"gateway e2e: {passed} passed, {len(RESULTS) - passed} failed")
    return 0 if RESULTS and all(RESULTS) else 1


if __name__ == "__main__":
    sys.exit(main())
