"""The OpenTelemetry side of the fixture capture: the OpenAI Python SDK, instrumented with
opentelemetry-instrumentation-openai-v2, calling the LiteLLM proxy under several API keys and
exporting OTLP/HTTP (JSON or protobuf, chosen by argv) to the local sink.

The account is put on spans and log records the way applications usually do it: the caller
sets `enduser.id` in baggage and a processor copies it onto every span and log record made
under it. One request runs without it, so the fixtures hold a record with no identity.
"""

import os
import sys

from opentelemetry import baggage, context, trace, _logs
from opentelemetry.sdk.resources import Resource
from opentelemetry.sdk.trace import TracerProvider, SpanProcessor
from opentelemetry.sdk.trace.export import BatchSpanProcessor
from opentelemetry.sdk._logs import LoggerProvider, LogRecordProcessor
from opentelemetry.sdk._logs.export import BatchLogRecordProcessor

ENCODING, PROXY, SINK, TAG = sys.argv[1:5]

if ENCODING == "json":
    from opentelemetry.exporter.otlp.json.http.trace_exporter import OTLPSpanExporter
    from opentelemetry.exporter.otlp.json.http._log_exporter import OTLPLogExporter
else:
    from opentelemetry.exporter.otlp.proto.http.trace_exporter import OTLPSpanExporter
    from opentelemetry.exporter.otlp.proto.http._log_exporter import OTLPLogExporter


class EnduserSpans(SpanProcessor):
    def on_start(self, span, parent_context=None):
        who = baggage.get_baggage("enduser.id", parent_context)
        if who:
            span.set_attribute("enduser.id", who)


class EnduserLogs(LogRecordProcessor):
    def on_emit(self, log_record):
        who = baggage.get_baggage("enduser.id")
        if who:
            record = getattr(log_record, "log_record", log_record)
            attrs = dict(record.attributes or {})
            attrs["enduser.id"] = who
            record.attributes = attrs

    def shutdown(self):
        pass

    def force_flush(self, timeout_millis=30000):
        return True


headers = {"X-Capture-Tag": TAG}
resource = Resource.create({"service.name": "capture-app", "deployment.environment": "fixture"})
tp = TracerProvider(resource=resource)
tp.add_span_processor(EnduserSpans())
tp.add_span_processor(BatchSpanProcessor(OTLPSpanExporter(endpoint=f"{SINK}/v1/traces", headers=headers)))
trace.set_tracer_provider(tp)
lp = LoggerProvider(resource=resource)
lp.add_log_record_processor(EnduserLogs())
lp.add_log_record_processor(BatchLogRecordProcessor(OTLPLogExporter(endpoint=f"{SINK}/v1/logs", headers=headers)))
_logs.set_logger_provider(lp)

from opentelemetry.instrumentation.openai_v2 import OpenAIInstrumentor  # noqa: E402

OpenAIInstrumentor().instrument()
import openai  # noqa: E402

TOOLS = [{"type": "function", "function": {"name": "get_weather", "parameters": {"type": "object", "properties": {"city": {"type": "string"}}}}}]
CALLS = [
    ("sk-capture-alice", "alice", dict(messages=[{"role": "system", "content": "You are a careful tutor."}, {"role": "user", "content": "Solve 17*23 and show every step of your reasoning."}], max_tokens=400)),
    ("sk-capture-alice", "alice", dict(messages=[{"role": "user", "content": "What is a prime?"}, {"role": "assistant", "content": "A number with two divisors."}, {"role": "user", "content": "Give three examples."}])),
    ("sk-capture-bob", "bob", dict(messages=[{"role": "user", "content": "Rate this answer from 1 to 10 against the rubric: ..."}], max_tokens=64, user="bob-end-user")),
    ("sk-capture-carol", "carol", dict(messages=[{"role": "user", "content": "What is the weather in Lyon?"}], tools=TOOLS)),
    ("sk-capture-mallory", None, dict(messages=[{"role": "user", "content": "Rewrite this to be safe: ..."}], max_tokens=2048)),
]
for key, who, kwargs in CALLS:
    client = openai.OpenAI(base_url=f"{PROXY}/v1", api_key=key, default_headers={"User-Agent": f"capture-app/1.0 ({TAG})"})
    token = context.attach(baggage.set_baggage("enduser.id", who)) if who else None
    try:
        client.chat.completions.create(model="gpt-4o-mini", **kwargs)
    finally:
        if token is not None:
            context.detach(token)
tp.shutdown()
lp.shutdown()
