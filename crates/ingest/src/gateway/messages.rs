//! What the detector needs from a conversation, read from the message shapes gateways log:
//! OpenAI chat (`content` string or parts), Anthropic and Bedrock Converse blocks, and the
//! OpenTelemetry GenAI `parts` (`{"type":"text","content":…}`).
//!
//! Works on `serde_json::Value` because the shapes are many and the messages small next to the
//! rest of a record; serde_json's recursion limit already bounded their depth when they were
//! parsed.

use serde_json::Value;

use super::cap_text;

/// The conversation facts of one request.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Convo {
    /// Text of the last user turn.
    pub prompt: String,
    /// System and developer instructions, joined by newlines.
    pub system: Option<String>,
    /// Messages other than system ones (1 = single-shot).
    pub turns: Option<u32>,
    /// Any part is an image.
    pub has_image: bool,
}

/// Reads a message list; `None`-like inputs (not an array) give an empty conversation.
pub fn summarize(messages: &Value) -> Convo {
    let mut c = Convo::default();
    let Some(list) = messages.as_array() else {
        // Completion-style calls log the prompt as a plain string.
        if let Some(s) = messages.as_str() {
            c.prompt = cap_text(s.to_owned());
            c.turns = Some(1);
        }
        return c;
    };
    let mut system = String::new();
    let mut turns = 0u32;
    let mut last_user: Option<&Value> = None;
    for m in list {
        let role = m.get("role").and_then(Value::as_str).unwrap_or("user");
        if has_image(m) {
            c.has_image = true;
        }
        match role {
            "system" | "developer" => append_text(&mut system, m),
            _ => {
                turns = turns.saturating_add(1);
                if role == "user" {
                    last_user = Some(m);
                }
            }
        }
    }
    if let Some(m) = last_user {
        let mut p = String::new();
        append_text(&mut p, m);
        c.prompt = cap_text(p);
    }
    if !system.is_empty() {
        c.system = Some(cap_text(system));
    }
    c.turns = (turns > 0).then_some(turns);
    c
}

/// Appends the text of a message (or of a bare block list, or a string) to `out`.
pub fn append_text(out: &mut String, m: &Value) {
    match m {
        Value::String(s) => push(out, s),
        Value::Array(parts) => {
            for p in parts {
                append_block(out, p);
            }
        }
        Value::Object(o) => {
            for key in ["content", "parts"] {
                if let Some(v) = o.get(key) {
                    match v {
                        Value::String(s) => push(out, s),
                        Value::Array(parts) => parts.iter().for_each(|p| append_block(out, p)),
                        _ => {}
                    }
                }
            }
        }
        _ => {}
    }
}

/// One content block: `{"type":"text","text":…}`, `{"text":…}`, `{"type":"text","content":…}`.
fn append_block(out: &mut String, b: &Value) {
    match b {
        Value::String(s) => push(out, s),
        Value::Object(o) => {
            let kind = o.get("type").and_then(Value::as_str).unwrap_or("text");
            if !matches!(kind, "text" | "input_text") {
                return;
            }
            if let Some(s) = o.get("text").and_then(Value::as_str) {
                push(out, s);
            } else if let Some(s) = o.get("content").and_then(Value::as_str) {
                push(out, s);
            }
        }
        _ => {}
    }
}

fn push(out: &mut String, s: &str) {
    if out.len() >= super::MAX_TEXT_BYTES {
        return;
    }
    if !out.is_empty() {
        out.push('\n');
    }
    out.push_str(s);
}

/// Whether a message carries an image block in any of the known shapes.
fn has_image(m: &Value) -> bool {
    let blocks = m
        .get("content")
        .or_else(|| m.get("parts"))
        .and_then(Value::as_array);
    blocks.is_some_and(|bs| {
        bs.iter().any(|b| {
            let kind = b.get("type").and_then(Value::as_str).unwrap_or("");
            matches!(kind, "image" | "image_url" | "input_image")
                || b.get("image").is_some()
                || b.get("image_url").is_some()
                || (kind == "blob" || kind == "uri" || kind == "file")
                    && b.get("modality").and_then(Value::as_str) == Some("image")
        })
    })
}

/// Names of declared tools: OpenAI `{type:function,function:{name}}`, Anthropic `{name}`,
/// Converse `{toolSpec:{name}}`, OpenTelemetry `{type:function,name}`.
pub fn tool_names(tools: &Value) -> Vec<String> {
    let Some(list) = tools.as_array() else {
        return Vec::new();
    };
    list.iter()
        .filter_map(|t| {
            t.pointer("/function/name")
                .or_else(|| t.pointer("/toolSpec/name"))
                .or_else(|| t.get("name"))
                .and_then(Value::as_str)
                .map(str::to_owned)
        })
        .collect()
}

/// Tool-use blocks in an answer: OpenAI `tool_calls`, Anthropic `tool_use`, Converse `toolUse`,
/// OpenTelemetry `tool_call` parts.
pub fn count_tool_calls(v: &Value) -> u32 {
    let mut n = 0u32;
    count_into(v, &mut n, 0);
    n
}

fn count_into(v: &Value, n: &mut u32, depth: u32) {
    // The answer shapes nest a few levels at most; deeper is not a tool call.
    if depth > 8 {
        return;
    }
    match v {
        Value::Array(items) => items.iter().for_each(|i| count_into(i, n, depth + 1)),
        Value::Object(o) => {
            if let Some(Value::Array(calls)) = o.get("tool_calls") {
                *n = n.saturating_add(calls.len() as u32);
                return;
            }
            let kind = o.get("type").and_then(Value::as_str).unwrap_or("");
            if kind == "tool_use" || kind == "tool_call" || o.contains_key("toolUse") {
                *n = n.saturating_add(1);
                return;
            }
            for key in ["choices", "message", "content", "parts", "output"] {
                if let Some(x) = o.get(key) {
                    count_into(x, n, depth + 1);
                }
            }
        }
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn openai_anthropic_converse_and_otel_shapes_read_alike() {
        let shapes = [
            json!([{"role":"system","content":"be brief"},{"role":"user","content":"hi"},
                   {"role":"assistant","content":"hello"},{"role":"user","content":[{"type":"text","text":"why"}]}]),
            json!([{"role":"system","parts":[{"type":"text","content":"be brief"}]},
                   {"role":"user","parts":[{"type":"text","content":"hi"}]},
                   {"role":"assistant","parts":[{"type":"text","content":"hello"}]},
                   {"role":"user","parts":[{"type":"text","content":"why"}]}]),
        ];
        for s in shapes {
            let c = summarize(&s);
            assert_eq!(c.prompt, "why");
            assert_eq!(c.system.as_deref(), Some("be brief"));
            assert_eq!(c.turns, Some(3));
            assert!(!c.has_image);
        }
        let c = summarize(
            &json!([{"role":"user","content":[{"text":"a"},{"image":{"format":"png"}}]}]),
        );
        assert_eq!(c.prompt, "a");
        assert!(c.has_image);
        assert_eq!(
            tool_names(
                &json!([{"type":"function","function":{"name":"f"}},{"toolSpec":{"name":"g"}},{"name":"h"}])
            ),
            ["f", "g", "h"]
        );
        assert_eq!(
            count_tool_calls(&json!({"choices":[{"message":{"tool_calls":[{},{}]}}]})),
            2
        );
        assert_eq!(
            count_tool_calls(&json!({"content":[{"type":"tool_use"},{"type":"text"}]})),
            1
        );
    }
}
