//! LiteLLM `StandardLoggingPayload`: what the proxy's `generic_api` logging callback posts
//! (`log_format` `single` and `ndjson`: one object per line; `json_array`: an array per line)
//! and the rows of its spend logs (`request_id`, `api_key`, `user`, ISO times).

use std::borrow::Cow;

use dg_model::Timestamp;
use serde::Deserialize;
use serde_json::value::RawValue;
use serde_json::Value;

use super::messages::{count_tool_calls, summarize, tool_names};
use super::{at, base_event, cap_text, check, client_address, Record};

/// Which LiteLLM identity becomes the contract's `account_id`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum LitellmAccount {
    /// `metadata.user_api_key_hash` (spend logs: `api_key`): one account per virtual key.
    #[default]
    UserApiKeyHash,
    /// `metadata.user_api_key_user_id` (spend logs: `user`): the key's internal user.
    UserId,
    /// `metadata.user_api_key_team_id` (spend logs: `team_id`).
    TeamId,
    /// `end_user` (the `user` the client passed; `metadata.user_api_key_end_user_id`).
    EndUserId,
}

impl LitellmAccount {
    fn name(self) -> &'static str {
        match self {
            Self::UserApiKeyHash => "metadata.user_api_key_hash",
            Self::UserId => "metadata.user_api_key_user_id",
            Self::TeamId => "metadata.user_api_key_team_id",
            Self::EndUserId => "end_user",
        }
    }
}

/// `[litellm]` of the import config.
#[derive(Debug, Clone, PartialEq, Eq, Default, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct LitellmConfig {
    /// The identity that becomes the account (default `user_api_key_hash`).
    pub account: LitellmAccount,
}

/// A string, a number or null where LiteLLM is loose about types (ids, times).
#[derive(Deserialize)]
#[serde(untagged)]
enum Loose<'a> {
    #[serde(borrow)]
    Str(Cow<'a, str>),
    Int(i64),
    Float(f64),
}

impl Loose<'_> {
    fn text(&self) -> Option<String> {
        match self {
            Loose::Str(s) if s.trim().is_empty() => None,
            Loose::Str(s) => Some(s.to_string()),
            Loose::Int(i) => Some(i.to_string()),
            Loose::Float(_) => None,
        }
    }
}

/// The fields read from a payload; everything else is skipped unparsed.
#[derive(Deserialize)]
struct Payload<'a> {
    #[serde(default, borrow)]
    id: Option<Loose<'a>>,
    #[serde(default, borrow)]
    litellm_call_id: Option<Loose<'a>>,
    /// Spend-log rows.
    #[serde(default, borrow)]
    request_id: Option<Loose<'a>>,
    #[serde(default, rename = "startTime", borrow)]
    start_time: Option<Loose<'a>>,
    #[serde(default, borrow)]
    status: Option<Cow<'a, str>>,
    #[serde(default, borrow)]
    model: Option<Cow<'a, str>>,
    #[serde(default, borrow)]
    model_group: Option<Cow<'a, str>>,
    #[serde(default)]
    prompt_tokens: Option<u64>,
    #[serde(default)]
    completion_tokens: Option<u64>,
    #[serde(default, borrow)]
    messages: Option<&'a RawValue>,
    #[serde(default, borrow)]
    response: Option<&'a RawValue>,
    #[serde(default, borrow)]
    model_parameters: Option<&'a RawValue>,
    #[serde(default, borrow)]
    requester_ip_address: Option<Cow<'a, str>>,
    #[serde(default, borrow)]
    end_user: Option<Cow<'a, str>>,
    #[serde(default, borrow)]
    user_agent: Option<Cow<'a, str>>,
    /// Spend logs: the hashed key, the user and the team at the top level.
    #[serde(default, borrow)]
    api_key: Option<Cow<'a, str>>,
    #[serde(default, borrow)]
    user: Option<Cow<'a, str>>,
    #[serde(default, borrow)]
    team_id: Option<Cow<'a, str>>,
    /// An object in the callback payload; a JSON string in spend-log exports.
    #[serde(default, borrow)]
    metadata: Option<MetaField<'a>>,
}

/// `metadata` read in the payload's own pass (an object, the callback's ~2 KB of it, is not
/// captured and parsed a second time), or from the JSON text spend-log exports hold; any other
/// type carries no identity and is ignored, as before.
struct MetaField<'a>(Metadata<'a>);

impl<'de: 'a, 'a> Deserialize<'de> for MetaField<'a> {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        use serde::de::{self, IgnoredAny, MapAccess, SeqAccess, Visitor};
        struct V<'a>(std::marker::PhantomData<&'a ()>);
        impl<'de: 'a, 'a> Visitor<'de> for V<'a> {
            type Value = MetaField<'a>;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("an object or its JSON text")
            }
            fn visit_map<M: MapAccess<'de>>(self, map: M) -> Result<MetaField<'a>, M::Error> {
                Metadata::deserialize(de::value::MapAccessDeserializer::new(map)).map(MetaField)
            }
            fn visit_str<E: de::Error>(self, s: &str) -> Result<MetaField<'a>, E> {
                // Borrowing is impossible through the escapes: read it owned and keep only
                // what outlives it (the key hash etc.).
                let m: Metadata =
                    serde_json::from_str(s).map_err(|e| E::custom(crate::json::short(&e)))?;
                let own = |c: Option<Cow<str>>| c.map(|c| Cow::Owned(c.into_owned()));
                Ok(MetaField(Metadata {
                    user_api_key_hash: own(m.user_api_key_hash),
                    user_api_key_user_id: own(m.user_api_key_user_id),
                    user_api_key_team_id: own(m.user_api_key_team_id),
                    user_api_key_end_user_id: own(m.user_api_key_end_user_id),
                    requester_ip_address: own(m.requester_ip_address),
                    user_agent: own(m.user_agent),
                    requester_metadata: None,
                }))
            }
            fn visit_seq<S: SeqAccess<'de>>(self, mut seq: S) -> Result<MetaField<'a>, S::Error> {
                while seq.next_element::<IgnoredAny>()?.is_some() {}
                Ok(MetaField(Metadata::default()))
            }
            fn visit_bool<E: de::Error>(self, _: bool) -> Result<MetaField<'a>, E> {
                Ok(MetaField(Metadata::default()))
            }
            fn visit_i64<E: de::Error>(self, _: i64) -> Result<MetaField<'a>, E> {
                Ok(MetaField(Metadata::default()))
            }
            fn visit_u64<E: de::Error>(self, _: u64) -> Result<MetaField<'a>, E> {
                Ok(MetaField(Metadata::default()))
            }
            fn visit_f64<E: de::Error>(self, _: f64) -> Result<MetaField<'a>, E> {
                Ok(MetaField(Metadata::default()))
            }
        }
        d.deserialize_any(V(std::marker::PhantomData))
    }
}

/// `metadata`'s fields of interest.
#[derive(Deserialize, Default)]
struct Metadata<'a> {
    #[serde(default, borrow)]
    user_api_key_hash: Option<Cow<'a, str>>,
    #[serde(default, borrow)]
    user_api_key_user_id: Option<Cow<'a, str>>,
    #[serde(default, borrow)]
    user_api_key_team_id: Option<Cow<'a, str>>,
    #[serde(default, borrow)]
    user_api_key_end_user_id: Option<Cow<'a, str>>,
    #[serde(default, borrow)]
    requester_ip_address: Option<Cow<'a, str>>,
    #[serde(default, borrow)]
    user_agent: Option<Cow<'a, str>>,
    #[serde(default, borrow)]
    requester_metadata: Option<&'a RawValue>,
}

/// Imports one line: an object, or an array of objects (a `json_array` batch).
pub fn import(cfg: &LitellmConfig, line: &[u8], out: &mut Vec<Record>) {
    let text = match crate::json::utf8(line) {
        Ok(t) => t,
        Err(e) => return out.push(Err(e)),
    };
    let t = text.trim_start();
    if t.starts_with('[') {
        match serde_json::from_str::<Vec<&RawValue>>(text) {
            Ok(items) => {
                for (i, item) in items.iter().enumerate() {
                    let r = record(cfg, item.get().as_bytes())
                        .map_err(|e| at(&format!("record {} of the batch", i + 1), e));
                    out.push(r);
                }
            }
            Err(e) => out.push(Err(crate::json::describe_syntax(&e))),
        }
    } else {
        out.push(record(cfg, line));
    }
}

/// One payload to an event.
fn record(cfg: &LitellmConfig, bytes: &[u8]) -> Record {
    let p: Payload = crate::json::parse_line(bytes)?;
    let meta = p.metadata.map(|m| m.0).unwrap_or_default();
    let request_id = [&p.id, &p.litellm_call_id, &p.request_id]
        .into_iter()
        .find_map(|x| x.as_ref().and_then(Loose::text))
        .ok_or("missing field `id` (nor `litellm_call_id`, `request_id`)")?;
    let ts = timestamp(p.start_time.as_ref())?;
    let nonblank = |s: &Option<Cow<str>>| {
        s.as_deref()
            .filter(|s| !s.trim().is_empty())
            .map(str::to_owned)
    };
    let key_hash = nonblank(&meta.user_api_key_hash).or_else(|| nonblank(&p.api_key));
    let account = match cfg.account {
        LitellmAccount::UserApiKeyHash => key_hash.clone(),
        LitellmAccount::UserId => {
            nonblank(&meta.user_api_key_user_id).or_else(|| nonblank(&p.user))
        }
        LitellmAccount::TeamId => {
            nonblank(&meta.user_api_key_team_id).or_else(|| nonblank(&p.team_id))
        }
        LitellmAccount::EndUserId => {
            nonblank(&p.end_user).or_else(|| nonblank(&meta.user_api_key_end_user_id))
        }
    }
    .ok_or_else(|| {
        format!(
            "no account: {} is absent or empty (identity `{}`)",
            cfg.account.name(),
            serde_name(cfg.account)
        )
    })?;
    let mut ev = base_event(request_id, ts, account);
    ev.api_key_id = key_hash;
    let ip = p
        .requester_ip_address
        .as_deref()
        .or(meta.requester_ip_address.as_deref());
    ev.ip = client_address(ip, &ev.account_id)?;
    ev.user_agent = nonblank(&p.user_agent)
        .or_else(|| nonblank(&meta.user_agent))
        .or_else(|| meta.requester_metadata.and_then(header_user_agent));
    ev.model = nonblank(&p.model_group)
        .or_else(|| nonblank(&p.model))
        .ok_or("missing field `model`")?;
    ev.input_tokens = p.prompt_tokens.unwrap_or(0);
    ev.output_tokens = p.completion_tokens.unwrap_or(0);
    let params = p.model_parameters.map(small_value).transpose()?;
    if let Some(m) = p.messages {
        let m = small_value(m)?;
        let c = summarize(&m);
        ev.prompt = c.prompt;
        ev.system = c.system;
        ev.turns = c.turns;
        ev.has_image = c.has_image.then_some(true);
    }
    if let Some(params) = &params {
        ev.max_tokens = ["max_tokens", "max_completion_tokens", "max_output_tokens"]
            .iter()
            .find_map(|k| params.get(*k).and_then(Value::as_u64))
            .map(|n| u32::try_from(n).unwrap_or(u32::MAX));
        if let Some(tools) = params.get("tools").or_else(|| params.get("functions")) {
            ev.tools = tool_names(tools);
        }
        if let Some(Value::String(s)) = params.get("system") {
            // Anthropic-style calls put the system prompt in the parameters.
            ev.system.get_or_insert_with(|| cap_text(s.clone()));
        }
    }
    if let Some(r) = p.response {
        // A failed call logs an error text here; only objects are answers.
        if r.get().trim_start().starts_with('{') {
            let r = small_value(r)?;
            let calls = count_tool_calls(&r);
            ev.tool_calls = (calls > 0).then_some(calls);
            ev.stop_reason = r
                .pointer("/choices/0/finish_reason")
                .or_else(|| r.get("stop_reason"))
                .and_then(Value::as_str)
                .map(str::to_owned);
            ev.thinking_tokens = r
                .pointer("/usage/completion_tokens_details/reasoning_tokens")
                .or_else(|| r.pointer("/usage/output_tokens_details/reasoning_tokens"))
                .and_then(Value::as_u64)
                .filter(|&n| n > 0);
        }
    }
    if p.status.as_deref() == Some("failure") && ev.stop_reason.is_none() {
        ev.stop_reason = Some("error".into());
    }
    check(&ev)?;
    Ok(ev)
}

fn serde_name(a: LitellmAccount) -> &'static str {
    match a {
        LitellmAccount::UserApiKeyHash => "user_api_key_hash",
        LitellmAccount::UserId => "user_id",
        LitellmAccount::TeamId => "team_id",
        LitellmAccount::EndUserId => "end_user_id",
    }
}

/// `requester_metadata.headers["user-agent"]`, when the proxy kept request headers.
fn header_user_agent(raw: &RawValue) -> Option<String> {
    #[derive(Deserialize)]
    struct Req<'a> {
        #[serde(default, borrow)]
        headers: Option<std::collections::BTreeMap<Cow<'a, str>, Value>>,
    }
    let r: Req = serde_json::from_str(raw.get()).ok()?;
    r.headers?
        .iter()
        .find(|(k, _)| k.eq_ignore_ascii_case("user-agent"))
        .and_then(|(_, v)| v.as_str().map(str::to_owned))
}

/// A nested part of the payload as a `Value` (already depth-checked by the outer parse).
fn small_value(raw: &RawValue) -> Result<Value, String> {
    serde_json::from_str(raw.get()).map_err(|e| crate::json::short(&e))
}

/// `startTime`: epoch seconds (float, the callback) or an RFC 3339 string (spend logs).
fn timestamp(v: Option<&Loose>) -> Result<Timestamp, String> {
    let ms = match v {
        None => return Err("missing field `startTime`".into()),
        Some(Loose::Float(s)) if s.is_finite() => (s * 1000.0).round() as i64,
        Some(Loose::Float(s)) => return Err(format!("invalid startTime: {s}")),
        Some(Loose::Int(s)) => s.saturating_mul(1000),
        Some(Loose::Str(s)) => {
            return Timestamp::parse_rfc3339(s)
                .or_else(|_| spend_log_time(s))
                .map_err(|e| format!("invalid startTime: {} ({e})", crate::text::quote(s)))
        }
    };
    Timestamp::from_millis(ms).map_err(|e| format!("invalid startTime: {ms} ms ({e})"))
}

/// Spend-log exports often write `2026-02-02 09:14:03.120000+00:00` or no offset (UTC).
fn spend_log_time(s: &str) -> Result<Timestamp, dg_model::time::TimeError> {
    let t = s.trim().replacen(' ', "T", 1);
    Timestamp::parse_rfc3339(&t).or_else(|_| Timestamp::parse_rfc3339(&format!("{t}Z")))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn one(cfg: &LitellmConfig, line: &str) -> Record {
        let mut out = Vec::new();
        import(cfg, line.as_bytes(), &mut out);
        assert_eq!(out.len(), 1);
        out.pop().unwrap()
    }

    const P: &str = r#"{"id":"c1","startTime":1770023700.5,"model":"openai/gpt-4o-mini","model_group":"gpt-4o-mini","prompt_tokens":10,"completion_tokens":20,"messages":[{"role":"user","content":"hi"}],"metadata":{"user_api_key_hash":"h1","user_api_key_user_id":"u1","user_api_key_team_id":"t1"},"end_user":"e1","requester_ip_address":"81.2.69.142","model_parameters":{"max_tokens":50},"response":{"choices":[{"finish_reason":"stop","message":{"content":"x"}}]}}"#;

    #[test]
    fn a_payload_maps_to_an_event_under_each_identity() {
        let ev = one(&LitellmConfig::default(), P).unwrap();
        assert_eq!(ev.account_id, "h1");
        assert_eq!(ev.ts.millis(), 1_770_023_700_500);
        assert_eq!(ev.model, "gpt-4o-mini");
        assert_eq!(ev.prompt, "hi");
        assert_eq!((ev.input_tokens, ev.output_tokens), (10, 20));
        assert_eq!(ev.max_tokens, Some(50));
        assert_eq!(ev.stop_reason.as_deref(), Some("stop"));
        assert_eq!(ev.ip.to_string(), "81.2.69.142");
        for (a, want) in [
            (LitellmAccount::UserId, "u1"),
            (LitellmAccount::TeamId, "t1"),
            (LitellmAccount::EndUserId, "e1"),
        ] {
            let ev = one(&LitellmConfig { account: a }, P).unwrap();
            assert_eq!(ev.account_id, want);
            assert_eq!(ev.api_key_id.as_deref(), Some("h1"));
        }
    }

    #[test]
    fn a_batch_yields_one_record_per_element_and_names_the_bad_one() {
        let line = format!("[{P},{{\"id\":\"c2\",\"startTime\":1770023700.5,\"model\":\"m\"}}]");
        let mut out = Vec::new();
        import(&LitellmConfig::default(), line.as_bytes(), &mut out);
        assert_eq!(out.len(), 2);
        assert!(out[0].is_ok());
        assert_eq!(
            out[1].as_ref().unwrap_err(),
            "record 2 of the batch: no account: metadata.user_api_key_hash is absent or empty (identity `user_api_key_hash`)"
        );
    }

    #[test]
    fn spend_log_rows_read_with_their_own_names() {
        let row = r#"{"request_id":"r9","startTime":"2026-02-02 09:15:00.500000+00:00","api_key":"hk","user":"u","model":"m","prompt_tokens":1,"completion_tokens":2,"metadata":"{\"user_api_key_team_id\":\"t\"}","requester_ip_address":""}"#;
        let ev = one(&LitellmConfig::default(), row).unwrap();
        assert_eq!(ev.request_id, "r9");
        assert_eq!(ev.account_id, "hk");
        assert_eq!(ev.ts.to_rfc3339(), "2026-02-02T09:15:00.500Z");
        let ev = one(
            &LitellmConfig {
                account: LitellmAccount::TeamId,
            },
            row,
        )
        .unwrap();
        assert_eq!(ev.account_id, "t");
    }

    #[test]
    fn metadata_of_any_shape_is_read_in_one_pass_or_rejected_clearly() {
        let with = |meta: &str| {
            format!(
                r#"{{"id":"c","startTime":1770023700.5,"model":"m","metadata":{meta},"api_key":"k"}}"#
            )
        };
        // Text with escapes, an array, a number: no identity from them, the spend-log key is used.
        let ev = one(
            &LitellmConfig::default(),
            &with(r#""{\"user_api_key_hash\":\"h\u00e9\"}""#),
        )
        .unwrap();
        assert_eq!(ev.account_id, "hé");
        for ignored in ["[1,{\"a\":2}]", "7", "true", "null"] {
            assert_eq!(
                one(&LitellmConfig::default(), &with(ignored))
                    .unwrap()
                    .account_id,
                "k"
            );
        }
        let e = one(&LitellmConfig::default(), &with(r#""{not json""#)).unwrap_err();
        assert!(e.starts_with("invalid metadata: "), "{e}");
        let e = one(
            &LitellmConfig::default(),
            &with(r#"{"user_api_key_hash":5}"#),
        )
        .unwrap_err();
        assert!(e.starts_with("invalid metadata.user_api_key_hash: "), "{e}");
    }
}
