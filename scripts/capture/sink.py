"""A local HTTP sink for the fixture capture: stores every POST body as the sender sent it.

Run by capture_fixtures.py; listens on 127.0.0.1 only. JSON bodies are appended one per line
(compact, as an OpenTelemetry Collector file exporter or a log shipper writes them); NDJSON
bodies are appended line by line; protobuf bodies are kept whole, one file each, because the
OTLP protobuf encoding has no line framing.
"""

import gzip
import json
import os
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

OUT = sys.argv[2]
LOCK = threading.Lock()
COUNTS = {}
ENABLED = {"litellm": True}


class Sink(BaseHTTPRequestHandler):
    def do_POST(self):  # noqa: N802 (http.server's naming)
        n = int(self.headers.get("Content-Length", "0"))
        body = self.rfile.read(n)
        if self.headers.get("Content-Encoding", "") == "gzip":
            body = gzip.decompress(body)
        ctype = self.headers.get("Content-Type", "")
        # The file name comes from the path and a tag the client sets, never from the body.
        tag = self.headers.get("X-Capture-Tag") or os.environ.get("CAPTURE_TAG", "")
        name = self.path.strip("/").replace("/", "_") or "root"
        if tag:
            name = f"{tag}.{name}"
        with LOCK:
            if self.path == "/control/litellm":
                # The driver turns the LiteLLM capture off after a few runs: its payloads
                # are ~12 KB each, and a handful per log format is enough.
                ENABLED["litellm"] = body == b"on"
            elif self.path.startswith("/litellm") and not ENABLED["litellm"]:
                pass
            elif "protobuf" in ctype:
                k = COUNTS.get(name, 0) + 1
                COUNTS[name] = k
                with open(os.path.join(OUT, f"{name}.{k:03d}.pb"), "wb") as f:
                    f.write(body)
            else:
                text = body.decode("utf-8")
                with open(os.path.join(OUT, f"{name}.jsonl"), "a", encoding="utf-8") as f:
                    try:
                        f.write(json.dumps(json.loads(text), separators=(",", ":")) + "\n")
                    except json.JSONDecodeError:
                        # NDJSON: several documents, one per line, kept as sent.
                        for line in text.splitlines():
                            if line.strip():
                                f.write(line.strip() + "\n")
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.end_headers()
        self.wfile.write(b"{}")

    def log_message(self, *args):
        pass


if __name__ == "__main__":
    os.makedirs(OUT, exist_ok=True)
    ThreadingHTTPServer(("127.0.0.1", int(sys.argv[1])), Sink).serve_forever()
