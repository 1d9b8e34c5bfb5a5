//! OpenTelemetry GenAI spans and events, from OTLP export requests in the JSON encoding (one
//! `ExportTraceServiceRequest` or `ExportLogsServiceRequest` per line, as the Collector's file
//! exporter writes them) or the protobuf encoding (a whole request body, for `serve`).
//!
//! A record is one GenAI exchange: a span carrying `gen_ai.*` request attributes, or a
//! `gen_ai.client.inference.operation.details` log record (the latest conventions' event that
//! holds the whole exchange). Other spans (HTTP, database) and the per-message events of older
//! conventions are not exchanges and are not counted. JSON lines decode into borrowed views
//! (`view`), protobuf bodies into the `opentelemetry-proto` types and from them into the same
//! views, so one mapper serves both.

use std::borrow::Cow;

use opentelemetry_proto::tonic::collector::logs::v1::ExportLogsServiceRequest;
use opentelemetry_proto::tonic::collector::trace::v1::ExportTraceServiceRequest;
use opentelemetry_proto::tonic::logs::v1::ResourceLogs;
use opentelemetry_proto::tonic::trace::v1::ResourceSpans;
use prost::Message;
use serde::Deserialize;
use serde_json::Value;

mod view;
use view::{from_attrs, Attr, SpanEvent, Text, Val};

use super::messages::{append_text, count_tool_calls, summarize, tool_names};
use super::{at, base_event, cap_text, check, client_address, Record};
use dg_model::Timestamp;

/// The log event of the latest GenAI conventions that describes a whole exchange.
pub const DETAILS_EVENT: &str = "gen_ai.client.inference.operation.details";

/// Deepest structured attribute value turned into JSON (messages nest about six levels).
const MAX_ANY_DEPTH: usize = 24;

/// `[otlp]` of the import config: which attributes (span or log record first, then resource)
/// give the account, the client address, the user agent and the API key.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct OtlpConfig {
    /// Attributes naming the account, first present wins (default `enduser.id`, `user.id`).
    pub account: Vec<String>,
    /// Attributes holding the client address (default `client.address`).
    pub address: Vec<String>,
    /// Attributes holding the user agent (default `user_agent.original`).
    pub user_agent: Vec<String>,
    /// Attributes holding an API key id (default none).
    pub api_key: Vec<String>,
}

impl Default for OtlpConfig {
    fn default() -> Self {
        let v = |xs: &[&str]| xs.iter().map(|s| (*s).to_owned()).collect();
        Self {
            account: v(&["enduser.id", "user.id"]),
            address: v(&["client.address"]),
            user_agent: v(&["user_agent.original"]),
            api_key: Vec::new(),
        }
    }
}

/// Imports one line of OTLP JSON (a trace or a logs export request).
pub fn import_json(cfg: &OtlpConfig, line: &[u8], out: &mut Vec<Record>) {
    let parsed: view::JsonLine = match crate::json::parse_line(line) {
        Ok(p) => p,
        Err(e) => return out.push(Err(e)),
    };
    match (parsed.resource_spans, parsed.resource_logs) {
        (None, None) => out.push(Err(
            "not an OTLP export request (no resourceSpans or resourceLogs)".into(),
        )),
        (spans, logs) => {
            for (r, rs) in spans.iter().flatten().enumerate() {
                let resource = rs.resource.as_ref().map_or(&[][..], |r| &r.attributes[..]);
                for (s, ss) in rs.scope_spans.iter().enumerate() {
                    for (k, span) in ss.spans.iter().enumerate() {
                        span_record(cfg, (r, s, k), span, resource, out);
                    }
                }
            }
            for (r, rl) in logs.iter().flatten().enumerate() {
                let resource = rl.resource.as_ref().map_or(&[][..], |r| &r.attributes[..]);
                for (s, sl) in rl.scope_logs.iter().enumerate() {
                    for (k, log) in sl.log_records.iter().enumerate() {
                        log_record(cfg, (r, s, k), log, resource, out);
                    }
                }
            }
        }
    }
}

/// Imports an `ExportTraceServiceRequest` in protobuf (an OTLP/HTTP `/v1/traces` body).
pub fn import_traces_proto(cfg: &OtlpConfig, body: &[u8], out: &mut Vec<Record>) {
    match ExportTraceServiceRequest::decode(body) {
        Ok(req) => spans_to_records(cfg, &req.resource_spans, out),
        Err(e) => out.push(Err(proto_error(&e))),
    }
}

/// Imports an `ExportLogsServiceRequest` in protobuf (an OTLP/HTTP `/v1/logs` body).
pub fn import_logs_proto(cfg: &OtlpConfig, body: &[u8], out: &mut Vec<Record>) {
    match ExportLogsServiceRequest::decode(body) {
        Ok(req) => logs_to_records(cfg, &req.resource_logs, out),
        Err(e) => out.push(Err(proto_error(&e))),
    }
}

fn proto_error(e: &prost::DecodeError) -> String {
    crate::text::cap_chars(&format!("invalid OTLP protobuf: {e}"), 200)
}

/// Every GenAI span of a trace export, in order.
pub fn spans_to_records(cfg: &OtlpConfig, resource_spans: &[ResourceSpans], out: &mut Vec<Record>) {
    for (r, rs) in resource_spans.iter().enumerate() {
        let resource = from_attrs(rs.resource.as_ref().map_or(&[][..], |r| &r.attributes[..]));
        for (s, ss) in rs.scope_spans.iter().enumerate() {
            for (k, span) in ss.spans.iter().enumerate() {
                // Only GenAI spans are worth the view (an HTTP span's attributes are not).
                let genai = span.attributes.iter().any(|kv| is_genai_key(&kv.key));
                if !genai {
                    continue;
                }
                let v = view::Span {
                    trace_id: span.trace_id.clone(),
                    span_id: span.span_id.clone(),
                    name: Text(Cow::Borrowed(&span.name)),
                    start_time_unix_nano: span.start_time_unix_nano,
                    attributes: from_attrs(&span.attributes),
                    events: span
                        .events
                        .iter()
                        .map(|e| SpanEvent {
                            name: Text(Cow::Borrowed(&e.name)),
                            attributes: from_attrs(&e.attributes),
                        })
                        .collect(),
                };
                span_record(cfg, (r, s, k), &v, &resource, out);
            }
        }
    }
}

/// Every operation-details event of a logs export, in order.
pub fn logs_to_records(cfg: &OtlpConfig, resource_logs: &[ResourceLogs], out: &mut Vec<Record>) {
    for (r, rl) in resource_logs.iter().enumerate() {
        let resource = from_attrs(rl.resource.as_ref().map_or(&[][..], |r| &r.attributes[..]));
        for (s, sl) in rl.scope_logs.iter().enumerate() {
            for (k, log) in sl.log_records.iter().enumerate() {
                let v = view::LogRecord {
                    trace_id: log.trace_id.clone(),
                    span_id: log.span_id.clone(),
                    time_unix_nano: log.time_unix_nano,
                    observed_time_unix_nano: log.observed_time_unix_nano,
                    event_name: Text(Cow::Borrowed(&log.event_name)),
                    attributes: from_attrs(&log.attributes),
                };
                log_record(cfg, (r, s, k), &v, &resource, out);
            }
        }
    }
}

/// One span: a record if it is a GenAI span, nothing otherwise.
fn span_record(
    cfg: &OtlpConfig,
    (r, s, k): (usize, usize, usize),
    span: &view::Span,
    resource: &[Attr],
    out: &mut Vec<Record>,
) {
    if !span.attributes.iter().any(|kv| is_genai_key(&kv.key)) {
        return;
    }
    let rec = Exchange {
        attrs: &span.attributes,
        resource,
        trace_id: &span.trace_id,
        span_id: &span.span_id,
        time_ns: span.start_time_unix_nano,
        name: &span.name,
        events: &span.events,
    }
    .to_event(cfg)
    .map_err(|e| at(&format!("resourceSpans[{r}].scopeSpans[{s}].spans[{k}]"), e));
    out.push(rec);
}

/// One log record: a record if it is an operation-details event, nothing otherwise.
fn log_record(
    cfg: &OtlpConfig,
    (r, s, k): (usize, usize, usize),
    log: &view::LogRecord,
    resource: &[Attr],
    out: &mut Vec<Record>,
) {
    let name = if log.event_name.is_empty() {
        find(&["event.name"], &log.attributes, &[]).and_then(any_str)
    } else {
        Some(&*log.event_name)
    };
    if name != Some(DETAILS_EVENT) {
        return;
    }
    let time_ns = if log.time_unix_nano > 0 {
        log.time_unix_nano
    } else {
        log.observed_time_unix_nano
    };
    let rec = Exchange {
        attrs: &log.attributes,
        resource,
        trace_id: &log.trace_id,
        span_id: &log.span_id,
        time_ns,
        name: "",
        events: &[],
    }
    .to_event(cfg)
    .map_err(|e| {
        at(
            &format!("resourceLogs[{r}].scopeLogs[{s}].logRecords[{k}]"),
            e,
        )
    });
    out.push(rec);
}

/// Whether an attribute marks a GenAI operation (any convention version).
fn is_genai_key(key: &str) -> bool {
    matches!(
        key,
        "gen_ai.operation.name" | "gen_ai.system" | "gen_ai.provider.name" | "gen_ai.request.model"
    )
}

/// What a span and an operation-details log record have in common.
struct Exchange<'a> {
    attrs: &'a [Attr<'a>],
    resource: &'a [Attr<'a>],
    trace_id: &'a [u8],
    span_id: &'a [u8],
    time_ns: u64,
    /// The span name (`{operation} {model}`), for the model when no attribute names it.
    name: &'a str,
    /// Span events: older conventions put the messages there.
    events: &'a [SpanEvent<'a>],
}

impl Exchange<'_> {
    fn to_event(&self, cfg: &OtlpConfig) -> Record {
        let get = |keys: &[&str]| find(keys, self.attrs, self.resource);
        let get_cfg = |keys: &[String]| {
            let keys: Vec<&str> = keys.iter().map(String::as_str).collect();
            find(&keys, self.attrs, self.resource)
        };
        if self.span_id.is_empty() && self.trace_id.is_empty() {
            return Err("no traceId or spanId to identify the exchange".into());
        }
        let request_id = format!("{}-{}", hex(self.trace_id), hex(self.span_id));
        if self.time_ns == 0 {
            return Err("no start time (startTimeUnixNano / timeUnixNano)".into());
        }
        let ms = i64::try_from(self.time_ns / 1_000_000).unwrap_or(i64::MAX);
        let ts = Timestamp::from_millis(ms).map_err(|e| format!("invalid time: {ms} ms ({e})"))?;
        let account = match get_cfg(&cfg.account) {
            Some(v) => text_attr("account attribute", v)?,
            None => {
                return Err(format!(
                    "no account: none of the attributes {} is set",
                    cfg.account.join(", ")
                ))
            }
        };
        let mut ev = base_event(request_id, ts, account);
        let address = match get_cfg(&cfg.address) {
            Some(v) => Some(text_attr("address attribute", v)?),
            None => None,
        };
        ev.ip = client_address(address.as_deref(), &ev.account_id)?;
        if let Some(v) = get_cfg(&cfg.user_agent) {
            ev.user_agent = Some(text_attr("user agent attribute", v)?);
        }
        if let Some(v) = get_cfg(&cfg.api_key) {
            ev.api_key_id = Some(text_attr("api key attribute", v)?);
        }
        ev.model = match get(&["gen_ai.request.model", "gen_ai.response.model"]) {
            Some(v) => text_attr("gen_ai.request.model", v)?,
            // `{operation} {model}`, the span naming rule.
            None => self
                .name
                .split_once(' ')
                .map(|(_, m)| m.to_owned())
                .ok_or("no model (gen_ai.request.model)")?,
        };
        ev.input_tokens = count(
            get(&["gen_ai.usage.input_tokens", "gen_ai.usage.prompt_tokens"]),
            "gen_ai.usage.input_tokens",
        )?;
        ev.output_tokens = count(
            get(&[
                "gen_ai.usage.output_tokens",
                "gen_ai.usage.completion_tokens",
            ]),
            "gen_ai.usage.output_tokens",
        )?;
        let thinking = count(
            get(&[
                "gen_ai.usage.reasoning.output_tokens",
                "gen_ai.usage.reasoning_tokens",
            ]),
            "gen_ai.usage.reasoning.output_tokens",
        )?;
        ev.thinking_tokens = (thinking > 0).then_some(thinking);
        if let Some(v) = get(&["gen_ai.request.max_tokens"]) {
            let n = count(Some(v), "gen_ai.request.max_tokens")?;
            ev.max_tokens = Some(u32::try_from(n).unwrap_or(u32::MAX));
        }
        if let Some(v) = get(&["gen_ai.response.finish_reasons"]) {
            ev.stop_reason = match v {
                Val::Array(a) => a.first().and_then(any_str).map(str::to_owned),
                Val::Str(s) => Some(s.to_string()),
                _ => None,
            };
        }
        // Content: the latest conventions' attributes, else the older per-message events.
        let input = get(&["gen_ai.input.messages"])
            .map(content_json)
            .transpose()?;
        let messages = match input {
            Some(m) => Some(m),
            None => legacy_messages(self.events),
        };
        if let Some(m) = &messages {
            let c = summarize(m);
            ev.prompt = c.prompt;
            ev.system = c.system;
            ev.turns = c.turns;
            ev.has_image = c.has_image.then_some(true);
        }
        if let Some(v) = get(&["gen_ai.system_instructions"]) {
            let mut s = String::new();
            append_text(&mut s, &content_json(v)?);
            if !s.is_empty() {
                ev.system = Some(cap_text(s));
            }
        }
        if let Some(v) = get(&["gen_ai.tool.definitions"]) {
            ev.tools = tool_names(&content_json(v)?);
        }
        if let Some(v) = get(&["gen_ai.output.messages"]) {
            // Every tool-call shape has "tool" in a key or type; text with neither it nor a
            // `\u` escape (which could spell it) has none, and is not parsed to count zero.
            let may_call = match v {
                Val::Str(s) => {
                    memchr::memmem::find(s.as_bytes(), b"tool").is_some()
                        || memchr::memmem::find(s.as_bytes(), b"\\u").is_some()
                }
                _ => true,
            };
            if may_call {
                let n = count_tool_calls(&content_json(v)?);
                ev.tool_calls = (n > 0).then_some(n);
            }
        }
        check(&ev)?;
        Ok(ev)
    }
}

/// The first of `keys` present on the record, else on its resource.
fn find<'a>(keys: &[&str], attrs: &'a [Attr<'a>], resource: &'a [Attr<'a>]) -> Option<&'a Val<'a>> {
    for layer in [attrs, resource] {
        for key in keys {
            if let Some(kv) = layer.iter().find(|kv| &*kv.key == *key) {
                if kv.value != Val::Null {
                    return Some(&kv.value);
                }
            }
        }
    }
    None
}

fn any_str<'a>(v: &'a Val<'_>) -> Option<&'a str> {
    match v {
        Val::Str(s) => Some(s),
        _ => None,
    }
}

/// An identity-like attribute as text: strings as they are, integers written out.
fn text_attr(what: &str, v: &Val) -> Result<String, String> {
    match v {
        Val::Str(s) => Ok(s.to_string()),
        Val::Int(i) => Ok(i.to_string()),
        _ => Err(format!("{what} is not a string")),
    }
}

/// A token count: an integer attribute (or a decimal string); absent is 0.
fn count(v: Option<&Val>, what: &str) -> Result<u64, String> {
    match v {
        None | Some(Val::Null) => Ok(0),
        Some(Val::Int(i)) => u64::try_from(*i).map_err(|_| format!("invalid {what}: {i}")),
        Some(Val::Str(s)) => s
            .trim()
            .parse()
            .map_err(|_| format!("invalid {what}: {}", crate::text::quote(s))),
        Some(Val::Double(d)) if d.is_finite() && *d >= 0.0 => Ok(*d as u64),
        Some(_) => Err(format!("invalid {what}: not an integer")),
    }
}

/// A content attribute as JSON: a JSON string (span attributes) or a structured value
/// (event attributes).
fn content_json(v: &Val) -> Result<Value, String> {
    match v {
        Val::Str(s) => serde_json::from_str(s)
            .or_else(|_| Ok(Value::String(s.to_string())))
            .map_err(|e: serde_json::Error| crate::json::short(&e)),
        _ => any_to_json(v, 0),
    }
}

/// A structured attribute value as JSON, refusing nesting deeper than [`MAX_ANY_DEPTH`].
fn any_to_json(v: &Val, depth: usize) -> Result<Value, String> {
    if depth > MAX_ANY_DEPTH {
        return Err(format!(
            "attribute value nested deeper than {MAX_ANY_DEPTH} levels"
        ));
    }
    Ok(match v {
        Val::Null => Value::Null,
        Val::Str(s) => Value::String(s.to_string()),
        Val::Bool(b) => Value::Bool(*b),
        Val::Int(i) => Value::from(*i),
        Val::Double(d) => Value::from(*d),
        // Bytes and dictionary references (profiles only) carry no text the detector reads.
        Val::Opaque => Value::Null,
        Val::Array(a) => Value::Array(
            a.iter()
                .map(|x| any_to_json(x, depth + 1))
                .collect::<Result<_, _>>()?,
        ),
        Val::Kvlist(kv) => {
            let mut map = serde_json::Map::new();
            for e in kv {
                map.insert(e.key.to_string(), any_to_json(&e.value, depth + 1)?);
            }
            Value::Object(map)
        }
    })
}

/// Messages from the span events of older conventions (`gen_ai.user.message` and friends,
/// content in a `content` attribute; `gen_ai.content.prompt` with `gen_ai.prompt`).
fn legacy_messages(events: &[SpanEvent]) -> Option<Value> {
    let mut list = Vec::new();
    for e in events {
        let role = match &*e.name {
            "gen_ai.user.message" => "user",
            "gen_ai.system.message" => "system",
            "gen_ai.assistant.message" => "assistant",
            "gen_ai.tool.message" => "tool",
            "gen_ai.content.prompt" => {
                if let Some(v) = find(&["gen_ai.prompt"], &e.attributes, &[]) {
                    if let Ok(Value::Array(msgs)) = content_json(v) {
                        list.extend(msgs);
                    }
                }
                continue;
            }
            _ => continue,
        };
        let content = find(&["content"], &e.attributes, &[])
            .and_then(|v| content_json(v).ok())
            .unwrap_or(Value::Null);
        list.push(serde_json::json!({"role": role, "content": content}));
    }
    (!list.is_empty()).then_some(Value::Array(list))
}

fn hex(bytes: &[u8]) -> String {
    // By table: `write!` per byte was a noticeable share of an OTLP line's import.
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut s = String::with_capacity(bytes.len() * 2);
    for b in bytes {
        s.push(DIGITS[usize::from(b >> 4)] as char);
        s.push(DIGITS[usize::from(b & 0xf)] as char);
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    fn span_with_output(output: &str) -> Record {
        let attr = |k: &str, v: &str| serde_json::json!({"key": k, "value": {"stringValue": v}});
        let line = serde_json::json!({"resourceSpans": [{"scopeSpans": [{"spans": [{
            "traceId": "0af7651916cd43dd8448eb211c80319c", "spanId": "b7ad6b7169203331",
            "name": "chat m", "startTimeUnixNano": "1770023700500000000",
            "attributes": [attr("gen_ai.operation.name", "chat"), attr("enduser.id", "a"),
                           attr("gen_ai.output.messages", output)]}]}]}]});
        let mut out = Vec::new();
        import_json(
            &OtlpConfig::default(),
            line.to_string().as_bytes(),
            &mut out,
        );
        assert_eq!(out.len(), 1);
        out.pop().unwrap()
    }

    #[test]
    fn tool_calls_are_counted_however_the_key_is_spelt_and_plain_answers_have_none() {
        let calls = r#"[{"role":"assistant","parts":[{"type":"tool_call","name":"f"},{"type":"tool_call","name":"g"}]}]"#;
        assert_eq!(span_with_output(calls).unwrap().tool_calls, Some(2));
        // "tool" spelt with an escape inside the JSON text is still read.
        let escaped = r#"[{"role":"assistant","parts":[{"type":"\u0074ool_call","name":"f"}]}]"#;
        assert_eq!(span_with_output(escaped).unwrap().tool_calls, Some(1));
        let plain =
            r#"[{"role":"assistant","parts":[{"type":"text","content":"a \"quoted\"\nanswer"}]}]"#;
        let ev = span_with_output(plain).unwrap();
        assert_eq!(
            (ev.tool_calls, ev.request_id.as_str()),
            (None, "0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331")
        );
    }
}
