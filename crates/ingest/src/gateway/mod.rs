//! Importers for what gateways already write: LiteLLM logging payloads, OpenTelemetry GenAI
//! traces and logs (OTLP), Amazon Bedrock model invocation logs.
//!
//! Each importer is a pure function from the bytes of one record (a line of a file; later a
//! request body of `serve`) to contract [`Event`]s and one-line rejection reasons, so the same
//! code serves `scan --format` and the ingest endpoints of issue 10. A line may carry several
//! records (a LiteLLM `json_array` batch, an OTLP export request with many spans); each record
//! ends as one event or one rejection, and every rejection names the record inside its line.
//!
//! What the contract lacks (conversation ids, costs, regions, the answer's text) is dropped;
//! `docs/importers.md` lists it per format.

use std::net::{IpAddr, Ipv6Addr};

use dg_model::{Event, Timestamp};
use serde::Deserialize;

use crate::events::{bounded, optional, required};
use crate::events::{
    MAX_ID_BYTES, MAX_MODEL_BYTES, MAX_STOP_REASON_BYTES, MAX_TOOLS, MAX_TOOL_NAME_BYTES,
    MAX_USER_AGENT_BYTES,
};
use crate::text::{cap_chars, thousands};

pub mod bedrock;
pub mod litellm;
mod messages;
pub mod otlp;
pub mod sniff;

pub use sniff::{sniff_file, sniff_record};

/// One record's outcome: an event, or why the record was rejected (one line, no prompt text).
pub type Record = Result<Event, String>;

/// Most bytes of prompt or system text kept from one record; the rest is cut (the analysis
/// reads the start of a prompt), so a huge content attribute cannot blow up one event.
pub const MAX_TEXT_BYTES: usize = 256 * 1024;

/// The input formats `scan --format` knows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Format {
    /// The contract's `events.jsonl`.
    Contract,
    /// LiteLLM `StandardLoggingPayload` (generic_api callback, any log_format) or spend-log rows.
    Litellm,
    /// OTLP JSON: `ExportTraceServiceRequest` / `ExportLogsServiceRequest`, one per line.
    OtlpJson,
    /// Amazon Bedrock `ModelInvocationLog` JSON lines.
    Bedrock,
}

impl Format {
    /// The name used on the command line and in messages.
    pub fn name(self) -> &'static str {
        match self {
            Self::Contract => "contract",
            Self::Litellm => "litellm",
            Self::OtlpJson => "otlp-json",
            Self::Bedrock => "bedrock",
        }
    }

    /// Parses a `--format` value other than `auto`.
    pub fn from_name(name: &str) -> Option<Self> {
        [Self::Contract, Self::Litellm, Self::OtlpJson, Self::Bedrock]
            .into_iter()
            .find(|f| f.name() == name)
    }
}

/// Which format to read files as: one for all, or sniffed per file from its first record.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FormatChoice {
    /// Every file in this format.
    Fixed(Format),
    /// Each file's format from its first record ([`sniff_file`]); the contract when unsure.
    Auto,
}

impl Default for FormatChoice {
    /// The contract, as before importers existed.
    fn default() -> Self {
        Self::Fixed(Format::Contract)
    }
}

impl FormatChoice {
    /// Parses a `--format` value: a format's name or `auto`.
    pub fn from_name(name: &str) -> Option<Self> {
        if name == "auto" {
            Some(Self::Auto)
        } else {
            Format::from_name(name).map(Self::Fixed)
        }
    }

    /// The `--format` value.
    pub fn name(self) -> &'static str {
        match self {
            Self::Auto => "auto",
            Self::Fixed(f) => f.name(),
        }
    }
}

/// Identity and field mapping of the importers (`--import-config FILE`, TOML).
#[derive(Debug, Clone, PartialEq, Eq, Default, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct ImportConfig {
    /// `[litellm]`.
    pub litellm: litellm::LitellmConfig,
    /// `[otlp]`.
    pub otlp: otlp::OtlpConfig,
    /// `[bedrock]`.
    pub bedrock: bedrock::BedrockConfig,
}

impl ImportConfig {
    /// Parses an import config; unknown keys are errors, so a typo cannot silently change identity.
    pub fn from_toml(text: &str) -> Result<Self, String> {
        toml::from_str(text).map_err(|e| e.message().replace('\n', " "))
    }
}

/// Runs the importer of `format` on one line, appending its records to `out`.
///
/// [`Format::Contract`] is not handled here (the contract reader parses it in place).
pub fn import_line(format: Format, cfg: &ImportConfig, line: &[u8], out: &mut Vec<Record>) {
    match format {
        Format::Contract => out.push(crate::events::parse_event(line)),
        Format::Litellm => litellm::import(&cfg.litellm, line, out),
        Format::OtlpJson => otlp::import_json(&cfg.otlp, line, out),
        Format::Bedrock => bedrock::import(&cfg.bedrock, line, out),
    }
}

/// Checks a built event against the contract's bounds; the message is a rejection reason.
pub(crate) fn check(ev: &Event) -> Result<(), String> {
    required("request_id", &ev.request_id, MAX_ID_BYTES)?;
    required("account_id", &ev.account_id, MAX_ID_BYTES)?;
    required("model", &ev.model, MAX_MODEL_BYTES)?;
    optional("api_key_id", ev.api_key_id.as_deref(), MAX_ID_BYTES)?;
    optional(
        "client_fingerprint",
        ev.client_fingerprint.as_deref(),
        MAX_ID_BYTES,
    )?;
    optional("user_agent", ev.user_agent.as_deref(), MAX_USER_AGENT_BYTES)?;
    optional(
        "stop_reason",
        ev.stop_reason.as_deref(),
        MAX_STOP_REASON_BYTES,
    )?;
    if ev.tools.len() > MAX_TOOLS {
        return Err(format!(
            "tools has {} entries, more than the cap of {MAX_TOOLS}",
            thousands(ev.tools.len() as u64)
        ));
    }
    for t in &ev.tools {
        bounded("tools entry", t, MAX_TOOL_NAME_BYTES)?;
    }
    Ok(())
}

/// An event with the required fields and nothing else, for the importers to fill in.
pub(crate) fn base_event(request_id: String, ts: Timestamp, account_id: String) -> Event {
    Event {
        request_id,
        ts,
        account_id,
        api_key_id: None,
        ip: IpAddr::V6(Ipv6Addr::UNSPECIFIED),
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

/// The address to use for a record: the one given when it is a usable client address, else a
/// stand-in.
///
/// Gateways often know no client address (an SDK's own spans, Bedrock) or only their own
/// (loopback behind a local proxy). A shared placeholder would link every account through one
/// "address", so the stand-in is private to the account: `fd` + 40 bits of a hash of the
/// account id, `::1` — a unique-local IPv6 address in a /48 of its own. Network ranges do not
/// cover it, so network signals stay silent and no two accounts share it.
pub fn client_address(given: Option<&str>, account_id: &str) -> Result<IpAddr, String> {
    // A proxy chain (`x-forwarded-for` style) lists the client first.
    let first = given
        .map(|s| s.split(',').next().unwrap_or_default().trim())
        .filter(|s| !s.is_empty());
    if let Some(s) = first {
        // `[::1]:8080` and `1.2.3.4:5678` forms from access logs.
        let host = s
            .strip_prefix('[')
            .and_then(|r| r.split(']').next())
            .or_else(|| match s.rsplit_once(':') {
                Some((h, port)) if !h.contains(':') && port.parse::<u16>().is_ok() => Some(h),
                _ => None,
            })
            .unwrap_or(s);
        let ip: IpAddr = host
            .parse()
            .map_err(|_| format!("invalid client address: {}", crate::text::quote(s)))?;
        if !(ip.is_loopback() || ip.is_unspecified()) {
            return Ok(ip);
        }
    }
    Ok(stand_in_address(account_id))
}

/// The account's private stand-in address (see [`client_address`]).
pub fn stand_in_address(account_id: &str) -> IpAddr {
    let h = crate::dedupe::id_hash(account_id);
    let g = (h >> 24) & 0xff_ffff_ffff; // 40 bits
    IpAddr::V6(Ipv6Addr::new(
        0xfd00 | ((g >> 32) as u16 & 0xff),
        (g >> 16) as u16,
        g as u16,
        0,
        0,
        0,
        0,
        1,
    ))
}

/// `text` cut to at most [`MAX_TEXT_BYTES`] on a character boundary.
pub(crate) fn cap_text(mut text: String) -> String {
    if text.len() > MAX_TEXT_BYTES {
        let mut end = MAX_TEXT_BYTES;
        while !text.is_char_boundary(end) {
            end -= 1;
        }
        text.truncate(end);
    }
    text
}

/// Prefixes a rejection reason with where the record sits in its line.
pub(crate) fn at(locator: &str, reason: impl std::fmt::Display) -> String {
    cap_chars(&format!("{locator}: {reason}"), 300)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stand_in_addresses_are_private_per_account_and_stable() {
        let a = stand_in_address("acct-a");
        let b = stand_in_address("acct-b");
        assert_ne!(a, b);
        assert_eq!(a, stand_in_address("acct-a"));
        match a {
            IpAddr::V6(v6) => assert_eq!(v6.segments()[0] >> 8, 0xfd),
            IpAddr::V4(_) => panic!("expected IPv6"),
        }
        assert_eq!(client_address(Some("127.0.0.1"), "acct-a").unwrap(), a);
        assert_eq!(client_address(None, "acct-a").unwrap(), a);
        assert_eq!(
            client_address(Some("81.2.69.142, 10.0.0.1"), "x").unwrap(),
            "81.2.69.142".parse::<IpAddr>().unwrap()
        );
        assert_eq!(
            client_address(Some("81.2.69.142:4431"), "x").unwrap(),
            "81.2.69.142".parse::<IpAddr>().unwrap()
        );
        assert_eq!(
            client_address(Some("[2001:db8::1]:443"), "x").unwrap(),
            "2001:db8::1".parse::<IpAddr>().unwrap()
        );
        assert!(client_address(Some("not an address"), "x").is_err());
    }
}
