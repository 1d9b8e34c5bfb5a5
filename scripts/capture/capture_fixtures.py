#!/usr/bin/env python3
"""Regenerates the gateway fixtures of crates/ingest/tests/fixtures/gateways/ with the real tools.

Offline once the pinned packages are installed (PyPI is needed only to build the venvs):

    python3 scripts/capture/capture_fixtures.py [--venvs /tmp/dg-capture] [--keep]

What runs, all on 127.0.0.1:
- sink.py, a small HTTP server storing every POST body it receives;
- a LiteLLM proxy (litellm[proxy], requirements-litellm.txt) with one `mock_response` model,
  custom auth mapping four API keys to users, teams and orgs (custom_auth.py), and three
  `generic_api` logging callbacks (log_format json_array, ndjson, single) posting to the sink;
- otel_client.py: the OpenAI Python SDK instrumented with opentelemetry-instrumentation-openai-v2
  calling the proxy under the four keys, exporting OTLP/HTTP to the sink as JSON
  (requirements-otel-json.txt) and as protobuf (requirements-otel-proto.txt), with content
  capture off, on (legacy events), span_only and event_only.

Timestamps and ids change from run to run; the tests check accounts, counts and token totals.
"""

import argparse
import gzip
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import urllib.request

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
DEST = os.path.join(REPO, "crates", "ingest", "tests", "fixtures", "gateways")
SINK_PORT, PROXY_PORT = 18081, 18080
SINK, PROXY = f"http://127.0.0.1:{SINK_PORT}", f"http://127.0.0.1:{PROXY_PORT}"

LITELLM_CONFIG = f"""
model_list:
  - model_name: gpt-4o-mini
    litellm_params:
      model: openai/gpt-4o-mini
      api_key: sk-not-used
      mock_response: "Step 1: restate the problem. Step 2: compute. The answer is 42."
general_settings:
  master_key: sk-capture-master-0123456789abcdef
  custom_auth: custom_auth.user_api_key_auth
litellm_settings:
  callbacks: ["dg_json_array", "dg_ndjson", "dg_single"]
callback_settings:
  dg_json_array:
    callback_type: generic_api
    endpoint: {SINK}/litellm/json_array
    headers: {{}}
    log_format: json_array
  dg_ndjson:
    callback_type: generic_api
    endpoint: {SINK}/litellm/ndjson
    headers: {{}}
    log_format: ndjson
  dg_single:
    callback_type: generic_api
    endpoint: {SINK}/litellm/single
    headers: {{}}
    log_format: single
"""

# (tag, encoding, environment of the instrumented client)
OTEL_RUNS = [
    ("legacy-nocontent", "json", {}),
    ("legacy-content", "json", {"OTEL_INSTRUMENTATION_GENAI_CAPTURE_MESSAGE_CONTENT": "true"}),
    ("latest-span", "json", {"OTEL_SEMCONV_STABILITY_OPT_IN": "gen_ai_latest_experimental",
                             "OTEL_INSTRUMENTATION_GENAI_CAPTURE_MESSAGE_CONTENT": "span_only"}),
    ("latest-event", "json", {"OTEL_SEMCONV_STABILITY_OPT_IN": "gen_ai_latest_experimental",
                              "OTEL_INSTRUMENTATION_GENAI_CAPTURE_MESSAGE_CONTENT": "event_only"}),
    ("proto-latest-span", "proto", {"OTEL_SEMCONV_STABILITY_OPT_IN": "gen_ai_latest_experimental",
                                    "OTEL_INSTRUMENTATION_GENAI_CAPTURE_MESSAGE_CONTENT": "span_only"}),
    ("proto-legacy-nocontent", "proto", {}),
]


def venv(root, name, requirements):
    path = os.path.join(root, name)
    py = os.path.join(path, "bin", "python")
    if not os.path.exists(py):
        subprocess.check_call([sys.executable, "-m", "venv", path])
        subprocess.check_call([py, "-m", "pip", "install", "-q", "-r", os.path.join(HERE, requirements)])
    return py


def wait_for(url, seconds=120):
    end = time.time() + seconds
    while time.time() < end:
        try:
            urllib.request.urlopen(url, timeout=2)
            return
        except Exception:
            time.sleep(1)
    raise SystemExit(f"{url} did not come up")


def post(url, body):
    urllib.request.urlopen(urllib.request.Request(url, data=body, method="POST"), timeout=5)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--venvs", default=os.path.join(tempfile.gettempdir(), "dg-capture"))
    ap.add_argument("--keep", action="store_true", help="keep the raw capture directory")
    args = ap.parse_args()
    os.makedirs(args.venvs, exist_ok=True)
    litellm_py = venv(args.venvs, "litellm", "requirements-litellm.txt")
    json_py = venv(args.venvs, "otel-json", "requirements-otel-json.txt")
    proto_py = venv(args.venvs, "otel-proto", "requirements-otel-proto.txt")

    work = tempfile.mkdtemp(prefix="dg-capture-")
    raw = os.path.join(work, "raw")
    shutil.copy(os.path.join(HERE, "custom_auth.py"), work)
    with open(os.path.join(work, "litellm.yaml"), "w") as f:
        f.write(LITELLM_CONFIG)
    procs = []
    try:
        procs.append(subprocess.Popen([sys.executable, os.path.join(HERE, "sink.py"), str(SINK_PORT), raw]))
        env = dict(os.environ, LITELLM_LOCAL_MODEL_COST_MAP="True", PYTHONPATH=work)
        litellm_bin = os.path.join(os.path.dirname(litellm_py), "litellm")
        procs.append(subprocess.Popen(
            [litellm_bin, "--config", "litellm.yaml", "--host", "127.0.0.1", "--port", str(PROXY_PORT)],
            cwd=work, env=env, stdout=open(os.path.join(work, "litellm.log"), "w"), stderr=subprocess.STDOUT))
        time.sleep(1)
        wait_for(f"{PROXY}/health/liveliness")
        for i, (tag, encoding, extra) in enumerate(OTEL_RUNS):
            if i == 2:
                # Two runs' worth of LiteLLM payloads (10 per log format) is plenty.
                time.sleep(8)  # let the callbacks' batches flush first
                post(f"{SINK}/control/litellm", b"off")
            py = json_py if encoding == "json" else proto_py
            cenv = {k: v for k, v in os.environ.items() if not k.startswith("OTEL_")}
            cenv.update(extra)
            print(f"client run {tag} ({encoding})", flush=True)
            subprocess.check_call([py, os.path.join(HERE, "otel_client.py"), encoding, PROXY, SINK, tag], env=cenv)
        time.sleep(2)
    finally:
        for p in reversed(procs):
            p.send_signal(signal.SIGINT)
            try:
                p.wait(timeout=20)
            except subprocess.TimeoutExpired:
                p.kill()

    litellm_dir, otlp_dir = os.path.join(DEST, "litellm"), os.path.join(DEST, "otlp")
    for d in (litellm_dir, otlp_dir):
        shutil.rmtree(d, ignore_errors=True)
        os.makedirs(d)
    for name in sorted(os.listdir(raw)):
        src = os.path.join(raw, name)
        if name.startswith("litellm_"):
            # LiteLLM payloads carry the model's whole price table (~12 KB each): gzip them
            # (the reader recognises gzip by its magic bytes).
            with open(src, "rb") as f, gzip.GzipFile(os.path.join(litellm_dir, name + ".gz"), "wb", mtime=0) as g:
                g.write(f.read())
        else:
            shutil.copy(src, os.path.join(otlp_dir, name))
    print(f"fixtures written to {DEST}" + (f"; raw capture in {work}" if args.keep else ""))
    if not args.keep:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
