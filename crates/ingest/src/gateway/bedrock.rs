//! Amazon Bedrock model invocation logs: `ModelInvocationLog` JSON, one per line, as Bedrock
//! delivers them to S3 (gzip files) or CloudWatch Logs.
//!
//! The request and answer bodies are the model provider's own JSON (`inputBodyJson`,
//! `outputBodyJson`): Anthropic Messages, the Converse API, Titan, Llama and Mistral shapes are
//! read for the prompt, system, tools, output cap and stop reason.

use std::borrow::Cow;

use dg_model::Timestamp;
use serde::Deserialize;
use serde_json::value::RawValue;
use serde_json::Value;

use super::messages::{count_tool_calls, summarize, tool_names};
use super::{base_event, cap_text, check, client_address, Record};

/// Which field becomes the account.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum BedrockAccount {
    /// `identity.arn`: the IAM role or user that called (one account per caller).
    #[default]
    IdentityArn,
    /// `accountId`: the AWS account (one account per AWS account).
    AccountId,
}

/// `[bedrock]` of the import config.
#[derive(Debug, Clone, PartialEq, Eq, Default, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct BedrockConfig {
    /// The field that becomes the account (default `identity_arn`).
    pub account: BedrockAccount,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct Log<'a> {
    #[serde(borrow)]
    timestamp: Cow<'a, str>,
    #[serde(default, borrow)]
    account_id: Option<Cow<'a, str>>,
    #[serde(default, borrow)]
    identity: Option<Identity<'a>>,
    #[serde(borrow)]
    request_id: Cow<'a, str>,
    #[serde(borrow)]
    model_id: Cow<'a, str>,
    #[serde(default, borrow)]
    input: Option<Body<'a>>,
    #[serde(default, borrow)]
    output: Option<Body<'a>>,
}

#[derive(Deserialize)]
struct Identity<'a> {
    #[serde(default, borrow)]
    arn: Option<Cow<'a, str>>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct Body<'a> {
    #[serde(default, borrow, alias = "inputBodyJson", alias = "outputBodyJson")]
    body_json: Option<&'a RawValue>,
    #[serde(default, alias = "inputTokenCount", alias = "outputTokenCount")]
    token_count: Option<u64>,
}

/// Imports one `ModelInvocationLog` line.
pub fn import(cfg: &BedrockConfig, line: &[u8], out: &mut Vec<Record>) {
    out.push(record(cfg, line));
}

fn record(cfg: &BedrockConfig, line: &[u8]) -> Record {
    let log: Log = crate::json::parse_line(line)?;
    let ts = Timestamp::parse_rfc3339(&log.timestamp).map_err(|e| {
        format!(
            "invalid timestamp: {} ({e})",
            crate::text::quote(&log.timestamp)
        )
    })?;
    let arn = log.identity.as_ref().and_then(|i| i.arn.as_deref());
    let account = match cfg.account {
        BedrockAccount::IdentityArn => arn,
        BedrockAccount::AccountId => log.account_id.as_deref(),
    }
    .filter(|s| !s.trim().is_empty())
    .ok_or(match cfg.account {
        BedrockAccount::IdentityArn => "no account: identity.arn is absent or empty",
        BedrockAccount::AccountId => "no account: accountId is absent or empty",
    })?
    .to_owned();
    let mut ev = base_event(log.request_id.to_string(), ts, account);
    // Bedrock logs no client address: the account's stand-in.
    ev.ip = client_address(None, &ev.account_id)?;
    ev.model = log.model_id.to_string();
    if let Some(input) = &log.input {
        ev.input_tokens = input.token_count.unwrap_or(0);
        if let Some(raw) = input.body_json {
            let body: Value = serde_json::from_str(raw.get())
                .map_err(|e| format!("invalid input.inputBodyJson: {}", crate::json::short(&e)))?;
            read_request(&body, &mut ev);
        }
    }
    if let Some(output) = &log.output {
        ev.output_tokens = output.token_count.unwrap_or(0);
        if let Some(raw) = output.body_json {
            let body: Value = serde_json::from_str(raw.get()).map_err(|e| {
                format!("invalid output.outputBodyJson: {}", crate::json::short(&e))
            })?;
            let n = count_tool_calls(&body);
            ev.tool_calls = (n > 0).then_some(n);
            ev.stop_reason = [
                "/stop_reason",
                "/stopReason",
                "/results/0/completionReason",
                "/stop_reason",
            ]
            .iter()
            .find_map(|p| body.pointer(p).and_then(Value::as_str))
            .map(str::to_owned);
        }
    }
    check(&ev)?;
    Ok(ev)
}

/// The request body in any of the model families' shapes.
fn read_request(body: &Value, ev: &mut dg_model::Event) {
    if let Some(m) = body.get("messages") {
        let c = summarize(m);
        ev.prompt = c.prompt;
        ev.turns = c.turns;
        ev.has_image = c.has_image.then_some(true);
    } else if let Some(s) = ["inputText", "prompt"]
        .iter()
        .find_map(|k| body.get(*k).and_then(Value::as_str))
    {
        ev.prompt = cap_text(s.to_owned());
        ev.turns = Some(1);
    }
    if let Some(sys) = body.get("system") {
        let mut s = String::new();
        super::messages::append_text(&mut s, sys);
        if !s.is_empty() {
            ev.system = Some(cap_text(s));
        }
    }
    ev.max_tokens = [
        "/max_tokens",
        "/inferenceConfig/maxTokens",
        "/textGenerationConfig/maxTokenCount",
        "/max_gen_len",
    ]
    .iter()
    .find_map(|p| body.pointer(p).and_then(Value::as_u64))
    .map(|n| u32::try_from(n).unwrap_or(u32::MAX));
    if let Some(t) = body
        .get("tools")
        .or_else(|| body.pointer("/toolConfig/tools"))
    {
        ev.tools = tool_names(t);
    }
}
