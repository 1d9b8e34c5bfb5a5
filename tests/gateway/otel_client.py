"""The OpenTelemetry side of the end-to-end test: the OpenAI Python SDK, instrumented with
opentelemetry-instrumentation-openai-v2, calling the LiteLLM proxy and exporting OTLP/HTTP
protobuf straight to distillguard serve's /v1/traces with an ingest token.

argv: proxy URL, API key, serve URL, ingest token, account id (set as `enduser.id` on every
span, as an application does for its signed-in user), number of calls, and optionally a capture
URL: a second exporter posts the same spans there (the test's sink keeps the protobuf bodies,
so a `scan` of the same traffic can be compared with what serve holds).
"""

import sys

from opentelemetry import trace
from opentelemetry.exporter.otlp.proto.http.trace_exporter import OTLPSpanExporter
from opentelemetry.sdk.resources import Resource
from opentelemetry.sdk.trace import SpanProcessor, TracerProvider
from opentelemetry.sdk.trace.export import BatchSpanProcessor

PROXY, KEY, SERVE, TOKEN, ACCOUNT, CALLS = sys.argv[1:7]
CAPTURE = sys.argv[7] if len(sys.argv) > 7 else None


class Enduser(SpanProcessor):
    def on_start(self, span, parent_context=None):
        span.set_attribute("enduser.id", ACCOUNT)


tp = TracerProvider(resource=Resource.create({"service.name": "dg-e2e-app"}))
tp.add_span_processor(Enduser())
tp.add_span_processor(BatchSpanProcessor(OTLPSpanExporter(
    endpoint=f"{SERVE}/v1/traces", headers={"Authorization": f"Bearer {TOKEN}"})))
if CAPTURE:
    tp.add_span_processor(BatchSpanProcessor(OTLPSpanExporter(endpoint=f"{CAPTURE}/v1/traces")))
trace.set_tracer_provider(tp)

from opentelemetry.instrumentation.openai_v2 import OpenAIInstrumentor  # noqa: E402

OpenAIInstrumentor().instrument()
import openai  # noqa: E402

client = openai.OpenAI(base_url=f"{PROXY}/v1", api_key=KEY)
for i in range(int(CALLS)):
    r = client.chat.completions.create(
        model="gpt-4o-mini",
        messages=[{"role": "user", "content": f"Explain step {i} of long division."}],
        max_tokens=128,
    )
    assert r.choices[0].message.content, "empty answer"
tp.shutdown()  # flushes the batch to /v1/traces
print(f"otel client: {CALLS} calls exported")
