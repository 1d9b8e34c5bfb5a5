"""OTLP/HTTP protobuf trace export bodies to OTLP JSON lines, for `distillguard convert`/`scan`.

Run with the OTel venv's python (it has opentelemetry-proto and protobuf). protobuf's own JSON
mapping differs from OTLP JSON in one way that matters: OTLP writes trace and span ids as hex,
protobuf as base64. Enums are written as integers and 64-bit integers as strings, as OTLP JSON
does.

argv: OUT.jsonl BODY.pb...
"""

import base64
import json
import sys

from google.protobuf.json_format import MessageToDict
from opentelemetry.proto.collector.trace.v1.trace_service_pb2 import ExportTraceServiceRequest

ID_FIELDS = ("traceId", "spanId", "parentSpanId")


def hex_ids(v):
    """Rewrites the id fields of every span, event and link from base64 to hex, in place."""
    if isinstance(v, dict):
        for k, x in v.items():
            if k in ID_FIELDS and isinstance(x, str):
                v[k] = base64.b64decode(x).hex()
            else:
                hex_ids(x)
    elif isinstance(v, list):
        for x in v:
            hex_ids(x)


def main():
    out, bodies = sys.argv[1], sys.argv[2:]
    with open(out, "w", encoding="utf-8") as f:
        for path in bodies:
            req = ExportTraceServiceRequest()
            with open(path, "rb") as b:
                req.ParseFromString(b.read())
            d = MessageToDict(req, use_integers_for_enums=True)
            hex_ids(d)
            f.write(json.dumps(d, separators=(",", ":")) + "\n")


if __name__ == "__main__":
    main()
