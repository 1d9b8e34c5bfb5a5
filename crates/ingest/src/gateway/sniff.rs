//! Telling a file's format from its first record, for `scan --format auto`.
//!
//! Only the top-level keys of the first non-blank line are read: distinctive names of each
//! format (`resourceSpans`, `schemaType`/`modelId`, `call_type`/`model_group`, the contract's
//! required fields). Text inside values cannot steer it, and a wrong guess only means the
//! file's records are rejected with that format's reasons, never read as something else.

use std::collections::BTreeSet;
use std::path::Path;

use serde::de::IgnoredAny;

use super::Format;
use crate::lines::{LineItem, LineReader};

/// The format of one record (a line's bytes), if it is recognisable.
pub fn sniff_record(line: &[u8]) -> Option<Format> {
    let text = simdutf8::basic::from_utf8(line).ok()?.trim_start();
    let keys: BTreeSet<String> = if text.starts_with('[') {
        // A LiteLLM json_array batch: judge by its first element.
        let items: Vec<serde_json::Map<String, serde_json::Value>> =
            serde_json::from_str(text).ok()?;
        items.first()?.keys().cloned().collect()
    } else {
        let map: std::collections::BTreeMap<String, IgnoredAny> =
            serde_json::from_str(text).ok()?;
        map.into_keys().collect()
    };
    let has = |k: &str| keys.contains(k);
    if has("resourceSpans") || has("resourceLogs") {
        Some(Format::OtlpJson)
    } else if has("schemaType") || (has("modelId") && has("requestId")) {
        Some(Format::Bedrock)
    } else if has("call_type") || has("model_group") || has("litellm_call_id") {
        Some(Format::Litellm)
    } else if has("request_id") && has("account_id") && has("ts") {
        Some(Format::Contract)
    } else {
        None
    }
}

/// The format of a file from its first non-blank line (decompressed as the reader would);
/// `None` when the file is empty or its first record is not recognisable.
pub fn sniff_file(path: &Path, max_line_bytes: usize) -> Option<Format> {
    let mut reader = LineReader::new(vec![path.to_path_buf()], max_line_bytes);
    match reader.next_line() {
        Ok(Some((_, LineItem::Line(bytes)))) => sniff_record(bytes),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn first_records_are_told_apart_by_their_keys() {
        assert_eq!(
            sniff_record(br#"{"resourceSpans":[]}"#),
            Some(Format::OtlpJson)
        );
        assert_eq!(
            sniff_record(br#"{"schemaType":"ModelInvocationLog","modelId":"m","requestId":"r"}"#),
            Some(Format::Bedrock)
        );
        assert_eq!(
            sniff_record(br#"[{"call_type":"acompletion"}]"#),
            Some(Format::Litellm)
        );
        assert_eq!(
            sniff_record(br#"{"request_id":"r","account_id":"a","ts":1,"prompt":"resourceSpans"}"#),
            Some(Format::Contract)
        );
        assert_eq!(sniff_record(b"garbage"), None);
    }
}
