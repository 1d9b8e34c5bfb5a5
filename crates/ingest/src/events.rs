//! Parsing one `events.jsonl` line into a validated [`dg_model::Event`], or a one-line reason.
//!
//! The line is parsed once, straight into the model type's fields (no intermediate
//! `serde_json::Value`; strings without escapes are borrowed from the line, and
//! [`parse_event_into`] copies them into a reused event, so a steady stream of lines allocates
//! next to nothing), and checked once here so downstream code never re-checks. Error
//! messages name the field and quote at most 40 characters of the offending value, because the
//! values (prompts above all) are attacker-written.

use std::borrow::Cow;
use std::fmt;
use std::net::IpAddr;

use dg_model::{Event, Timestamp};
use serde::de::{self, Deserializer, Visitor};
use serde::Deserialize;

use crate::fastjson;
use crate::json::parse_line;
use crate::text::{quote, thousands};

/// Longest identifier (`request_id`, `account_id`, `api_key_id`, `client_fingerprint`), in bytes.
pub const MAX_ID_BYTES: usize = 256;
/// Longest model name, in bytes.
pub const MAX_MODEL_BYTES: usize = 128;
/// Longest `user_agent`, in bytes (real ones stay well under 512).
pub const MAX_USER_AGENT_BYTES: usize = 1024;
/// Longest `stop_reason`, in bytes.
pub const MAX_STOP_REASON_BYTES: usize = 64;
/// Most tool names one request may declare.
pub const MAX_TOOLS: usize = 256;
/// Longest tool name, in bytes.
pub const MAX_TOOL_NAME_BYTES: usize = 256;

/// The wire form of an event: the model's fields with checking types for `ts` and `ip`.
///
/// Built into an [`Event`] with a struct literal, so a field added to the model fails to
/// compile here instead of being silently dropped.
#[derive(Deserialize)]
#[serde(rename = "event")]
struct WireEvent<'a> {
    #[serde(borrow)]
    request_id: Text<'a>,
    ts: WireTs,
    #[serde(borrow)]
    account_id: Text<'a>,
    #[serde(default, borrow)]
    api_key_id: Option<Text<'a>>,
    ip: WireIp,
    #[serde(default, borrow)]
    user_agent: Option<Text<'a>>,
    #[serde(default, borrow)]
    client_fingerprint: Option<Text<'a>>,
    #[serde(borrow)]
    model: Text<'a>,
    #[serde(borrow)]
    prompt: Text<'a>,
    #[serde(default, borrow)]
    system: Option<Text<'a>>,
    #[serde(default)]
    turns: Option<u32>,
    /// `null` is taken as "no tools", like the other optional fields.
    #[serde(default, borrow)]
    tools: Option<Vec<Text<'a>>>,
    #[serde(default)]
    tool_calls: Option<u32>,
    #[serde(default)]
    has_image: Option<bool>,
    #[serde(default)]
    max_tokens: Option<u32>,
    input_tokens: u64,
    output_tokens: u64,
    #[serde(default)]
    thinking_tokens: Option<u64>,
    #[serde(default, borrow)]
    stop_reason: Option<Text<'a>>,
}

/// A JSON string: borrowed from the line when it has no escapes, else unescaped into a copy.
/// Takes what `String` takes, with the same message otherwise ("expected a string").
struct Text<'a>(Cow<'a, str>);

impl<'de: 'a, 'a> Deserialize<'de> for Text<'a> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_string(TextVisitor)
    }
}

impl Text<'_> {
    fn as_str(&self) -> &str {
        &self.0
    }
}

/// Accepts what serde's `String` visitor accepts (a string, or bytes that are UTF-8).
struct TextVisitor;

impl<'de> Visitor<'de> for TextVisitor {
    type Value = Text<'de>;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a string")
    }

    fn visit_borrowed_str<E: de::Error>(self, v: &'de str) -> Result<Text<'de>, E> {
        Ok(Text(Cow::Borrowed(v)))
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<Text<'de>, E> {
        Ok(Text(Cow::Owned(v.to_owned())))
    }

    fn visit_string<E: de::Error>(self, v: String) -> Result<Text<'de>, E> {
        Ok(Text(Cow::Owned(v)))
    }

    fn visit_bytes<E: de::Error>(self, v: &[u8]) -> Result<Text<'de>, E> {
        match std::str::from_utf8(v) {
            Ok(s) => self.visit_str(s),
            Err(_) => Err(E::invalid_value(de::Unexpected::Bytes(v), &self)),
        }
    }

    fn visit_borrowed_bytes<E: de::Error>(self, v: &'de [u8]) -> Result<Text<'de>, E> {
        match std::str::from_utf8(v) {
            Ok(s) => self.visit_borrowed_str(s),
            Err(_) => Err(E::invalid_value(de::Unexpected::Bytes(v), &self)),
        }
    }

    fn visit_byte_buf<E: de::Error>(self, v: Vec<u8>) -> Result<Text<'de>, E> {
        match String::from_utf8(v) {
            Ok(s) => self.visit_string(s),
            Err(e) => Err(E::invalid_value(
                de::Unexpected::Bytes(&e.into_bytes()),
                &self,
            )),
        }
    }
}

/// A timestamp whose parse error quotes (a capped piece of) the value.
struct WireTs(Timestamp);

impl<'de> Deserialize<'de> for WireTs {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_any(TsVisitor)
    }
}

/// Accepts the contract's two timestamp forms.
struct TsVisitor;

impl Visitor<'_> for TsVisitor {
    type Value = WireTs;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("an RFC 3339 string or integer epoch milliseconds")
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<WireTs, E> {
        Timestamp::parse_rfc3339(v)
            .map(WireTs)
            .map_err(|e| E::custom(format!("{} ({e})", quote(v))))
    }

    fn visit_i64<E: de::Error>(self, v: i64) -> Result<WireTs, E> {
        Timestamp::from_millis(v)
            .map(WireTs)
            .map_err(|e| E::custom(format!("{v} ({e})")))
    }

    fn visit_u64<E: de::Error>(self, v: u64) -> Result<WireTs, E> {
        match i64::try_from(v) {
            Ok(v) => self.visit_i64(v),
            Err(_) => Err(E::custom(format!(
                "{v} (timestamp out of range (1970..3000))"
            ))),
        }
    }

    fn visit_f64<E: de::Error>(self, v: f64) -> Result<WireTs, E> {
        Err(E::custom(format!(
            "{v} (epoch milliseconds must be an integer)"
        )))
    }
}

/// An IP address whose parse error quotes (a capped piece of) the value.
struct WireIp(IpAddr);

impl<'de> Deserialize<'de> for WireIp {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_str(IpVisitor)
    }
}

/// Accepts an IPv4 or IPv6 address string.
struct IpVisitor;

impl Visitor<'_> for IpVisitor {
    type Value = WireIp;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("an IPv4 or IPv6 address string")
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<WireIp, E> {
        v.parse().map(WireIp).map_err(|_| E::custom(quote(v)))
    }
}

/// The fields of an event line read by [`fastjson::Reader`], `None` when it gave up (the
/// line then goes through serde_json, which says what is wrong with it, if anything).
fn read_fast<'a>(text: &'a str) -> Option<WireFields<'a>> {
    let mut r = fastjson::Reader::new(text);
    let mut f = WireFields::default();
    let mut seen = 0u32;
    r.eat(b'{')?;
    loop {
        let key = r.key()?;
        // A field seen twice is an error of the derived parser: left to it.
        let field = field_index(key)?;
        let bit = 1u32 << field;
        if seen & bit != 0 {
            return None;
        }
        seen |= bit;
        let text = |r: &mut fastjson::Reader<'a>| r.string().map(Text);
        let opt_text = |r: &mut fastjson::Reader<'a>| {
            if r.literal("null") {
                Some(None)
            } else {
                r.string().map(|s| Some(Text(s)))
            }
        };
        let opt_u32 = |r: &mut fastjson::Reader<'a>| {
            if r.literal("null") {
                Some(None)
            } else {
                r.uint().and_then(|v| u32::try_from(v).ok()).map(Some)
            }
        };
        // Numbered as in `field_index`.
        match field {
            0 => f.request_id = Some(text(&mut r)?),
            1 => {
                let ts = if r.peek()? == b'"' {
                    let s = r.string()?;
                    match fastjson::rfc3339_millis(&s) {
                        Some(ms) => Timestamp::from_millis(ms).ok()?,
                        None => Timestamp::parse_rfc3339(&s).ok()?,
                    }
                } else {
                    Timestamp::from_millis(i64::try_from(r.uint()?).ok()?).ok()?
                };
                f.ts = Some(WireTs(ts));
            }
            2 => f.account_id = Some(text(&mut r)?),
            3 => f.api_key_id = opt_text(&mut r)?,
            4 => {
                let s = r.string()?;
                let ip = match fastjson::ipv4_quad(&s) {
                    Some(a) => IpAddr::V4(a),
                    None => s.parse().ok()?,
                };
                f.ip = Some(WireIp(ip));
            }
            5 => f.user_agent = opt_text(&mut r)?,
            6 => f.client_fingerprint = opt_text(&mut r)?,
            7 => f.model = Some(text(&mut r)?),
            8 => f.prompt = Some(text(&mut r)?),
            9 => f.system = opt_text(&mut r)?,
            10 => f.turns = opt_u32(&mut r)?,
            11 => f.tools = read_tools(&mut r)?,
            12 => f.tool_calls = opt_u32(&mut r)?,
            13 => {
                f.has_image = if r.literal("null") {
                    None
                } else if r.literal("true") {
                    Some(true)
                } else if r.literal("false") {
                    Some(false)
                } else {
                    return None;
                }
            }
            14 => f.max_tokens = opt_u32(&mut r)?,
            15 => f.input_tokens = Some(r.uint()?),
            16 => f.output_tokens = Some(r.uint()?),
            17 => {
                f.thinking_tokens = if r.literal("null") {
                    None
                } else {
                    Some(r.uint()?)
                }
            }
            18 => f.stop_reason = opt_text(&mut r)?,
            _ => return None,
        }
        match r.peek()? {
            b',' => r.eat(b',')?,
            b'}' => break,
            _ => return None,
        }
    }
    r.eat(b'}')?;
    r.at_end().then_some(f)
}

/// `tools`: `null`, or an array of at most [`MAX_TOOLS`] strings (a longer one is left to
/// serde_json, whose reading the validation then rejects).
fn read_tools<'a>(r: &mut fastjson::Reader<'a>) -> Option<Option<Vec<Text<'a>>>> {
    if r.literal("null") {
        return Some(None);
    }
    r.eat(b'[')?;
    let mut tools = Vec::new();
    if r.peek()? == b']' {
        r.eat(b']')?;
        return Some(Some(tools));
    }
    loop {
        if tools.len() == MAX_TOOLS {
            return None;
        }
        tools.push(Text(r.string()?));
        match r.peek()? {
            b',' => r.eat(b',')?,
            b']' => break,
            _ => return None,
        }
    }
    r.eat(b']')?;
    Some(Some(tools))
}

/// The bit of a key [`read_fast`] reads, in its duplicate check. A key it does not know sends
/// the line to serde_json (which ignores it): simulated and exported logs have none.
fn field_index(key: &str) -> Option<u32> {
    Some(match key {
        "request_id" => 0,
        "ts" => 1,
        "account_id" => 2,
        "api_key_id" => 3,
        "ip" => 4,
        "user_agent" => 5,
        "client_fingerprint" => 6,
        "model" => 7,
        "prompt" => 8,
        "system" => 9,
        "turns" => 10,
        "tools" => 11,
        "tool_calls" => 12,
        "has_image" => 13,
        "max_tokens" => 14,
        "input_tokens" => 15,
        "output_tokens" => 16,
        "thinking_tokens" => 17,
        "stop_reason" => 18,
        _ => return None,
    })
}

/// [`WireEvent`]'s fields as [`read_fast`] finds them; a required one still missing at the
/// end sends the line to serde_json (for its "missing field" message).
#[derive(Default)]
struct WireFields<'a> {
    request_id: Option<Text<'a>>,
    ts: Option<WireTs>,
    account_id: Option<Text<'a>>,
    api_key_id: Option<Text<'a>>,
    ip: Option<WireIp>,
    user_agent: Option<Text<'a>>,
    client_fingerprint: Option<Text<'a>>,
    model: Option<Text<'a>>,
    prompt: Option<Text<'a>>,
    system: Option<Text<'a>>,
    turns: Option<u32>,
    tools: Option<Vec<Text<'a>>>,
    tool_calls: Option<u32>,
    has_image: Option<bool>,
    max_tokens: Option<u32>,
    input_tokens: Option<u64>,
    output_tokens: Option<u64>,
    thinking_tokens: Option<u64>,
    stop_reason: Option<Text<'a>>,
}

impl<'a> WireFields<'a> {
    /// The wire event, when every required field is there.
    fn complete(self) -> Option<WireEvent<'a>> {
        Some(WireEvent {
            request_id: self.request_id?,
            ts: self.ts?,
            account_id: self.account_id?,
            api_key_id: self.api_key_id,
            ip: self.ip?,
            user_agent: self.user_agent,
            client_fingerprint: self.client_fingerprint,
            model: self.model?,
            prompt: self.prompt?,
            system: self.system,
            turns: self.turns,
            tools: self.tools,
            tool_calls: self.tool_calls,
            has_image: self.has_image,
            max_tokens: self.max_tokens,
            input_tokens: self.input_tokens?,
            output_tokens: self.output_tokens?,
            thinking_tokens: self.thinking_tokens,
            stop_reason: self.stop_reason,
        })
    }
}

/// One line as a checked wire event: the fast reader's when it is sure and the checks pass,
/// else serde_json's reading and the checks' message, exactly as before the fast reader.
fn parse_wire(line: &[u8]) -> Result<WireEvent<'_>, String> {
    let fast = simdutf8::basic::from_utf8(line)
        .ok()
        .and_then(read_fast)
        .and_then(WireFields::complete)
        .filter(|w| validate(w).is_ok());
    if let Some(w) = fast {
        return Ok(w);
    }
    let w = parse_line::<WireEvent>(line)?;
    validate(&w)?;
    Ok(w)
}

/// Parses and validates one line; the error is a one-line message for `rejected.jsonl`.
pub fn parse_event(line: &[u8]) -> Result<Event, String> {
    parse_wire(line).map(owned)
}

/// A parsed line's event with its text copied out of the line.
fn owned(w: WireEvent<'_>) -> Event {
    let own = |t: Text| t.0.into_owned();
    Event {
        request_id: own(w.request_id),
        ts: w.ts.0,
        account_id: own(w.account_id),
        api_key_id: w.api_key_id.map(own),
        ip: w.ip.0,
        user_agent: w.user_agent.map(own),
        client_fingerprint: w.client_fingerprint.map(own),
        model: own(w.model),
        prompt: own(w.prompt),
        system: w.system.map(own),
        turns: w.turns,
        tools: w.tools.unwrap_or_default().into_iter().map(own).collect(),
        tool_calls: w.tool_calls,
        has_image: w.has_image,
        max_tokens: w.max_tokens,
        input_tokens: w.input_tokens,
        output_tokens: w.output_tokens,
        thinking_tokens: w.thinking_tokens,
        stop_reason: w.stop_reason.map(own),
    }
}

/// [`parse_event`] into `event`, reusing its strings' memory; on an error `event` is unchanged.
pub fn parse_event_into(line: &[u8], event: &mut Event) -> Result<(), String> {
    let w = parse_wire(line)?;
    // Destructured, so a wire field added is not forgotten here.
    let WireEvent {
        request_id,
        ts,
        account_id,
        api_key_id,
        ip,
        user_agent,
        client_fingerprint,
        model,
        prompt,
        system,
        turns,
        tools,
        tool_calls,
        has_image,
        max_tokens,
        input_tokens,
        output_tokens,
        thinking_tokens,
        stop_reason,
    } = w;
    set(&mut event.request_id, &request_id);
    event.ts = ts.0;
    set(&mut event.account_id, &account_id);
    set_opt(&mut event.api_key_id, api_key_id.as_ref());
    event.ip = ip.0;
    set_opt(&mut event.user_agent, user_agent.as_ref());
    set_opt(&mut event.client_fingerprint, client_fingerprint.as_ref());
    set(&mut event.model, &model);
    set(&mut event.prompt, &prompt);
    set_opt(&mut event.system, system.as_ref());
    event.turns = turns;
    let tools = tools.unwrap_or_default();
    event.tools.truncate(tools.len());
    for (i, t) in tools.iter().enumerate() {
        match event.tools.get_mut(i) {
            Some(dst) => set(dst, t),
            None => event.tools.push(t.as_str().to_owned()),
        }
    }
    event.tool_calls = tool_calls;
    event.has_image = has_image;
    event.max_tokens = max_tokens;
    event.input_tokens = input_tokens;
    event.output_tokens = output_tokens;
    event.thinking_tokens = thinking_tokens;
    set_opt(&mut event.stop_reason, stop_reason.as_ref());
    Ok(())
}

/// An event with no content, to be overwritten by [`parse_event_into`] (allocates nothing).
pub(crate) fn blank_event() -> Event {
    Event {
        request_id: String::new(),
        ts: Timestamp(0),
        account_id: String::new(),
        api_key_id: None,
        ip: IpAddr::V4(std::net::Ipv4Addr::UNSPECIFIED),
        user_agent: None,
        client_fingerprint: None,
        model: String::new(),
        prompt: String::new(),
        system: None,
        turns: None,
        tools: Vec::new(),
        tool_calls: None,
        has_image: None,
        max_tokens: None,
        input_tokens: 0,
        output_tokens: 0,
        thinking_tokens: None,
        stop_reason: None,
    }
}

/// Overwrites `dst` with `src`, keeping its memory.
fn set(dst: &mut String, src: &Text) {
    dst.clear();
    dst.push_str(src.as_str());
}

/// Overwrites an optional string, keeping its memory when both are present.
fn set_opt(dst: &mut Option<String>, src: Option<&Text>) {
    match (dst.as_mut(), src) {
        (Some(d), Some(s)) => set(d, s),
        (None, Some(s)) => *dst = Some(s.as_str().to_owned()),
        (_, None) => *dst = None,
    }
}

/// Checks the bounds serde cannot express.
fn validate(w: &WireEvent) -> Result<(), String> {
    required("request_id", w.request_id.as_str(), MAX_ID_BYTES)?;
    required("account_id", w.account_id.as_str(), MAX_ID_BYTES)?;
    required("model", w.model.as_str(), MAX_MODEL_BYTES)?;
    optional(
        "api_key_id",
        w.api_key_id.as_ref().map(Text::as_str),
        MAX_ID_BYTES,
    )?;
    optional(
        "client_fingerprint",
        w.client_fingerprint.as_ref().map(Text::as_str),
        MAX_ID_BYTES,
    )?;
    optional(
        "user_agent",
        w.user_agent.as_ref().map(Text::as_str),
        MAX_USER_AGENT_BYTES,
    )?;
    optional(
        "stop_reason",
        w.stop_reason.as_ref().map(Text::as_str),
        MAX_STOP_REASON_BYTES,
    )?;
    let tools = w.tools.as_deref().unwrap_or_default();
    if tools.len() > MAX_TOOLS {
        return Err(format!(
            "tools has {} entries, more than the cap of {MAX_TOOLS}",
            thousands(tools.len() as u64)
        ));
    }
    for t in tools {
        bounded("tools entry", t.as_str(), MAX_TOOL_NAME_BYTES)?;
    }
    Ok(())
}

/// A required string: not blank and within `max` bytes.
pub(crate) fn required(field: &str, value: &str, max: usize) -> Result<(), String> {
    if value.trim().is_empty() {
        return Err(format!("empty {field}"));
    }
    bounded(field, value, max)
}

/// An optional string: within `max` bytes when present.
pub(crate) fn optional(field: &str, value: Option<&str>, max: usize) -> Result<(), String> {
    value.map_or(Ok(()), |v| bounded(field, v, max))
}

/// A string within `max` bytes.
pub(crate) fn bounded(field: &str, value: &str, max: usize) -> Result<(), String> {
    if value.len() > max {
        return Err(format!(
            "{field} of {} bytes exceeds the {}-byte cap",
            thousands(value.len() as u64),
            thousands(max as u64)
        ));
    }
    Ok(())
}

/// The message for a line longer than the cap.
pub fn too_long_message(len: u64, cap: usize) -> String {
    format!(
        "line of {} bytes exceeds the {}-byte cap",
        thousands(len),
        thousands(cap as u64)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    const GOOD: &str = r#"{"request_id":"r1","ts":"2026-02-02T09:14:03.120Z","account_id":"a1","ip":"81.2.69.142","model":"m","prompt":"hi","input_tokens":1,"output_tokens":2}"#;

    fn with(field: &str, value: &str) -> String {
        let mut v: serde_json::Value = serde_json::from_str(GOOD).unwrap();
        v[field] = serde_json::from_str(value).unwrap();
        v.to_string()
    }

    fn without(field: &str) -> String {
        let mut v: serde_json::Value = serde_json::from_str(GOOD).unwrap();
        v.as_object_mut().unwrap().remove(field);
        v.to_string()
    }

    fn err(line: &str) -> String {
        parse_event(line.as_bytes()).unwrap_err()
    }

    #[test]
    fn a_minimal_event_parses_and_unknown_fields_are_ignored() {
        let e = parse_event(with("new_field", r#"{"x":[1,2]}"#).as_bytes()).unwrap();
        assert_eq!(e.request_id, "r1");
        assert_eq!(e.ts.to_rfc3339(), "2026-02-02T09:14:03.120Z");
        assert!(e.tools.is_empty());
        let e = parse_event(with("ts", "1770023700500").as_bytes()).unwrap();
        assert_eq!(e.ts.millis(), 1_770_023_700_500);
        let e = parse_event(with("tools", "null").as_bytes()).unwrap();
        assert!(e.tools.is_empty());
    }

    #[test]
    fn errors_name_the_field_and_quote_little() {
        assert_eq!(err(&without("ip")), "missing field `ip`");
        assert_eq!(
            err(&with("ip", r#""999.1.1.1""#)),
            r#"invalid ip: "999.1.1.1""#
        );
        assert_eq!(
            err(&with("ts", r#""yesterday""#)),
            r#"invalid ts: "yesterday" (invalid RFC 3339 timestamp)"#
        );
        assert_eq!(
            err(&with("ts", "-5")),
            "invalid ts: -5 (timestamp out of range (1970..3000))"
        );
        assert_eq!(
            err(&with("input_tokens", "-1")),
            "invalid input_tokens: invalid value: integer `-1`, expected u64"
        );
        let huge = format!("{:?}", "p".repeat(100_000));
        let msg = err(&with("output_tokens", &huge));
        assert!(msg.len() < 200, "{msg}");
        assert!(msg.starts_with("invalid output_tokens: invalid type: string \"ppp"));
        let msg = err(&with("ip", &huge));
        assert_eq!(msg, format!("invalid ip: \"{}\"…", "p".repeat(40)));
    }

    #[test]
    fn syntax_errors_give_the_column() {
        assert_eq!(
            err(r#"{"request_id": "req_truncated", "account_id""#),
            "invalid JSON at column 44: EOF while parsing an object"
        );
        assert_eq!(err("[1,2]"), "not a JSON object");
        assert!(err(&format!("{GOOD} x")).starts_with("invalid JSON at column"));
        assert_eq!(err("{\"a\":\"\u{0}\"}"), "invalid JSON at column 6: control character (\\u0000-\\u001F) found while parsing a string");
    }

    #[test]
    fn invalid_utf8_is_rejected() {
        let mut line = GOOD.as_bytes().to_vec();
        line[60] = 0xff;
        assert_eq!(parse_event(&line).unwrap_err(), "invalid UTF-8 at byte 61");
    }

    #[test]
    fn identifiers_are_bounded_and_required() {
        assert_eq!(err(&with("request_id", r#""""#)), "empty request_id");
        assert_eq!(err(&with("account_id", r#""  ""#)), "empty account_id");
        let long = format!("{:?}", "a".repeat(300));
        assert_eq!(
            err(&with("account_id", &long)),
            "account_id of 300 bytes exceeds the 256-byte cap"
        );
        let tools = format!("[{}]", vec!["\"t\""; 300].join(","));
        assert_eq!(
            err(&with("tools", &tools)),
            "tools has 300 entries, more than the cap of 256"
        );
    }

    #[test]
    fn parsing_into_a_reused_event_gives_what_parse_event_gives() {
        let lines = [
            with("system", r#""be brief""#),
            with("tools", r#"["a","b\u00e9","c"]"#),
            with("prompt", r#""line one\nline \"two\"""#),
            GOOD.to_string(),
            with("user_agent", r#""curl/8""#),
            with("tools", r#"["x"]"#),
            with("ts", "1770023700500"),
        ];
        let mut reused = blank_event();
        for line in &lines {
            parse_event_into(line.as_bytes(), &mut reused).unwrap();
            assert_eq!(reused, parse_event(line.as_bytes()).unwrap(), "{line}");
        }
        let before = reused.clone();
        let bad = with("ip", r#""999.1.1.1""#);
        assert_eq!(
            parse_event_into(bad.as_bytes(), &mut reused).unwrap_err(),
            parse_event(bad.as_bytes()).unwrap_err()
        );
        assert_eq!(reused, before);
    }

    #[test]
    fn a_string_field_of_another_type_says_it_expected_a_string() {
        assert_eq!(
            err(&with("account_id", "5")),
            "invalid account_id: invalid type: integer `5`, expected a string"
        );
        assert_eq!(
            err(&with("tools", "[1]")),
            "invalid tools[0]: invalid type: integer `1`, expected a string"
        );
        assert_eq!(
            err(&with("system", "{}")),
            "invalid system: invalid type: map, expected a string"
        );
    }

    #[test]
    fn too_long_message_uses_thousands() {
        assert_eq!(
            too_long_message(2_400_000, 1 << 20),
            "line of 2,400,000 bytes exceeds the 1,048,576-byte cap"
        );
    }
}

/// The fast reader against serde_json: on any line, [`parse_event`] must give what the
/// serde_json path alone gives (the same event, or the same message).
#[cfg(test)]
mod fast_tests {
    use super::*;
    use proptest::prelude::*;

    /// The serde_json path alone (what `parse_event` was before the fast reader).
    fn slow_event(line: &[u8]) -> Result<Event, String> {
        let w = parse_line::<WireEvent>(line)?;
        validate(&w)?;
        Ok(owned(w))
    }

    fn check(line: &[u8]) {
        let fast = parse_event(line);
        assert_eq!(fast, slow_event(line), "{}", String::from_utf8_lossy(line));
        let mut reused = blank_event();
        if parse_event_into(line, &mut reused).is_ok() {
            assert_eq!(Ok(&reused), fast.as_ref());
        }
    }

    const BASE: [&str; 4] = [
        r#"{"request_id":"r1","ts":"2026-02-02T09:14:03.120Z","account_id":"a1","ip":"81.2.69.142","model":"m","prompt":"hi","input_tokens":1,"output_tokens":2}"#,
        r#"{"request_id":"req_9a5531ce7a93e169","ts":1770023700500,"account_id":"acct_e5ycjy2nkq","api_key_id":"key_erh58cvf","ip":"2001:db8::1","user_agent":"Mozilla/5.0 (X11)","client_fingerprint":"t13d1517h2_8daaf6152771_b0da82dd1658","model":"helios-1","prompt":"Line one\nline \"two\" \u00e9 中文 \ud83d\ude00 \\ end","system":"You are 星河电商's assistant.","turns":3,"tools":["search","calc\u00e9"],"tool_calls":2,"has_image":false,"max_tokens":16000,"input_tokens":61,"output_tokens":39,"thinking_tokens":0,"stop_reason":"tool_use"}"#,
        r#"  { "request_id" : "r2" , "ts" : "2026-02-02T09:14:03+01:00" , "account_id" : "a2" , "ip" : "10.0.0.1" , "model" : "m" , "prompt" : "" , "system" : null , "tools" : [ ] , "has_image" : true , "turns" : null , "input_tokens" : 0 , "output_tokens" : 18446744073709551615 }	"#,
        r#"{"request_id":"r3","ts":"2026-02-02T09:14:03Z","account_id":"a3","ip":"1.2.3.4","model":"m","prompt":"p","tools":null,"api_key_id":null,"user_agent":null,"client_fingerprint":null,"stop_reason":null,"thinking_tokens":null,"max_tokens":null,"tool_calls":null,"has_image":null,"input_tokens":5,"output_tokens":6,"extra":{"a":[1]}}"#,
    ];

    #[test]
    fn the_base_lines_read_the_same_both_ways() {
        for line in BASE {
            check(line.as_bytes());
        }
        // The first three are the fast reader's (the fourth has an unknown key).
        for line in &BASE[..3] {
            let text = line;
            assert!(read_fast(text).and_then(WireFields::complete).is_some());
        }
    }

    #[test]
    fn hostile_lines_read_the_same_both_ways() {
        let good = BASE[0];
        let swap = |from: &str, to: &str| good.replacen(from, to, 1);
        let lines = [
            swap(r#""r1""#, r#""r1","request_id":"r9""#),
            swap(r#""hi""#, r#""hi","prompt":"again""#),
            swap(r#""r1""#, r#""r\u0031""#),
            swap(r#""request_id""#, r#""request\u005fid""#),
            swap(r#""hi""#, r#""h\ud800i""#),
            swap(r#""hi""#, "\"h\u{1}i\""),
            swap(r#""hi""#, r#""h\qi""#),
            swap(r#""hi""#, r#"5"#),
            swap("1,", "-1,"),
            swap("1,", "01,"),
            swap("1,", "1.0,"),
            swap("1,", "1e0,"),
            swap("1,", "99999999999999999999,"),
            swap("1,", "1x,"),
            swap(r#""m""#, r#""m","turns":4294967296"#),
            swap(r#""m""#, r#""m","turns":4294967295"#),
            swap(r#""m""#, r#""m","tools":["a",]"#),
            swap(r#""m""#, r#""m","tools":[1]"#),
            swap(r#""m""#, r#""m","has_image":nul"#),
            swap(r#""m""#, r#""m","has_image":truex"#),
            swap(r#""81.2.69.142""#, r#""81.2.69.1420""#),
            swap(r#""2026-02-02T09:14:03.120Z""#, "99999999999999999"),
            swap(r#""2026-02-02T09:14:03.120Z""#, "-5"),
            swap(r#""2026-02-02T09:14:03.120Z""#, r#""2026-02-30T00:00:00Z""#),
            swap(r#""a1""#, r#""   ""#),
            swap(r#""a1""#, &format!("{:?}", "a".repeat(300))),
            swap("{", "{,"),
            swap("}", ",}"),
            format!("{good}x"),
            format!("{good}\r"),
            format!("\u{a0}{good}"),
            format!("\u{feff}{good}"),
            good.replace(':', " : "),
            good[..good.len() - 1].to_string(),
            "{}".to_string(),
            "[]".to_string(),
            String::new(),
            swap(
                r#""m""#,
                &format!(r#""m","tools":[{}]"#, vec!["\"t\""; 257].join(",")),
            ),
            swap(
                r#""m""#,
                &format!(r#""m","tools":[{}]"#, vec!["\"t\""; 256].join(",")),
            ),
        ];
        for line in &lines {
            check(line.as_bytes());
        }
        check(b"{\"request_id\":\"r\xff\"}");
        // Long ids, of characters of two and three bytes too.
        for n in [100, 118, 119, 120, 121, 127] {
            check(swap(r#""r1""#, &format!("\"{}\"", "é".repeat(n))).as_bytes());
            check(swap(r#""a1""#, &format!("\"{}\"", "中".repeat(n / 2))).as_bytes());
            check(swap(r#""r1""#, &format!("\"{}\"", "x".repeat(2 * n + 1))).as_bytes());
        }
    }

    /// Pieces that matter to JSON, to splice into good lines.
    fn piece() -> impl Strategy<Value = String> {
        prop_oneof![
            Just("\"".to_string()),
            Just("\\".to_string()),
            Just("\\u".to_string()),
            Just("\\ud83d\\ude00".to_string()),
            Just("\\n".to_string()),
            Just(",".to_string()),
            Just(":".to_string()),
            Just("{".to_string()),
            Just("}".to_string()),
            Just("[".to_string()),
            Just("]".to_string()),
            Just(" ".to_string()),
            Just("null".to_string()),
            Just("0".to_string()),
            Just("-".to_string()),
            Just(".".to_string()),
            Just("e".to_string()),
            Just("\u{1}".to_string()),
            Just("é".to_string()),
            Just("中".to_string()),
            "[a-z0-9]{1,3}",
        ]
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 2000, ..ProptestConfig::default() })]

        #[test]
        fn spliced_lines_read_the_same_both_ways(
            base in 0..BASE.len(),
            edits in proptest::collection::vec((any::<prop::sample::Index>(), 0..3usize, piece()), 1..4),
        ) {
            let mut line = BASE[base].as_bytes().to_vec();
            for (at, cut, p) in edits {
                let i = at.index(line.len() + 1);
                let j = (i + cut).min(line.len());
                line.splice(i..j, p.bytes());
            }
            check(&line);
        }

        #[test]
        fn random_bytes_read_the_same_both_ways(line in proptest::collection::vec(any::<u8>(), 0..64)) {
            check(&line);
        }

        #[test]
        fn random_strings_read_the_same_both_ways(s in "\\PC{0,40}", esc in "(\\\\[\"\\\\/bfnrtu]|\\\\u[0-9a-fA-F]{4}|[^\"\\\\]){0,20}") {
            check(BASE[0].replacen("\"hi\"", &format!("{s:?}"), 1).as_bytes());
            check(BASE[0].replacen("\"hi\"", &format!("\"{esc}\""), 1).as_bytes());
        }
    }
}
