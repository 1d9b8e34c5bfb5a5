//! Our STIX extension: prompt-frame sketches on a campaign, so a partner can match the templates
//! a campaign drives without seeing a prompt.
//!
//! A sketch is the 64-bit SimHash that `dg-detect` computes of a request's *frame* (the prompt
//! with its variable payload masked): near-identical frames differ in few bits, and the bits
//! cannot be turned back into text. Two sketches match when at most [`HAMMING_RADIUS`] bits
//! differ. The extension is a `property-extension` of `campaign` objects; its JSON schema is
//! `crates/intel/schema/<EXTENSION_ID>.json`.

use serde_json::{json, Map, Value};

use crate::ids::stix_id;

/// The extension-definition's id (fixed: partners key on it).
pub const EXTENSION_ID: &str = "extension-definition--a72d7711-ab05-43a3-974b-1a177c9ed11f";

/// The extension's version (semantic versioning; a partner reads any 1.x).
pub const EXTENSION_VERSION: &str = "1.0.0";

/// Where the extension's JSON schema is published.
pub const SCHEMA_URL: &str = "https://example.invalid/distillguard/crates/intel/schema/extension-definition--a72d7711-ab05-43a3-974b-1a177c9ed11f.json";

/// The JSON schema itself, as shipped in this crate.
pub const SCHEMA: &str =
    include_str!("../schema/extension-definition--a72d7711-ab05-43a3-974b-1a177c9ed11f.json");

/// The name of the sketch scheme inside the extension.
pub const SCHEME: &str = "simhash64-masked-frame";

/// Bits two sketches may differ by and still be one frame (as the scan's own frame matching).
pub const HAMMING_RADIUS: u32 = dg_detect::account::sketch::FRAME_RADIUS;

/// When the extension was defined (fixed, so its object never changes).
const DEFINED: &str = "2026-12-01T00:00:00.000Z";

/// The identity that defines the extension: the distillguard project, whoever runs it.
pub fn author_id() -> String {
    stix_id("identity", &["distillguard project"])
}

/// The identity object of the extension's author.
pub fn author(marking: &str) -> Value {
    json!({
        "type": "identity",
        "spec_version": "2.1",
        "id": author_id(),
        "created": DEFINED,
        "modified": DEFINED,
        "name": "distillguard project",
        "description": "Authors of the distillguard prompt-frame sketch extension.",
        "identity_class": "organization",
        "object_marking_refs": [marking],
    })
}

/// The extension-definition object.
pub fn definition(marking: &str) -> Value {
    json!({
        "type": "extension-definition",
        "spec_version": "2.1",
        "id": EXTENSION_ID,
        "created_by_ref": author_id(),
        "created": DEFINED,
        "modified": DEFINED,
        "name": "distillguard prompt-frame sketches",
        "description": "SimHash sketches (64 bits, hex) of the masked prompt frames a \
            distillation campaign drives, with the Hamming radius within which two sketches \
            are one frame; never prompt text.",
        "schema": SCHEMA_URL,
        "version": EXTENSION_VERSION,
        "extension_types": ["property-extension"],
        "object_marking_refs": [marking],
    })
}

/// The extension's body for a campaign: its frame sketches, heaviest first, and the shares of
/// its traffic per capability class.
pub fn body(frames: &[u64], accounts: usize, capabilities: &[(String, f64)]) -> Value {
    let sketches: Vec<Value> = frames
        .iter()
        .enumerate()
        .map(|(rank, f)| json!({ "simhash": format!("{f:016x}"), "rank": rank + 1 }))
        .collect();
    let mut caps = Map::new();
    for (c, share) in capabilities {
        caps.insert(c.clone(), json!(share));
    }
    json!({
        "extension_type": "property-extension",
        "sketch_scheme": SCHEME,
        "hamming_radius": HAMMING_RADIUS,
        "frame_sketches": sketches,
        "accounts": accounts,
        "capability_shares": caps,
    })
}

/// The frame sketches of an extension body (invalid entries are skipped).
pub fn frames_of(body: &Value) -> Vec<u64> {
    if body.get("sketch_scheme").and_then(Value::as_str) != Some(SCHEME) {
        return Vec::new();
    }
    body.get("frame_sketches")
        .and_then(Value::as_array)
        .map(|a| {
            a.iter()
                .filter_map(|s| s.get("simhash")?.as_str())
                .filter(|h| h.len() == 16)
                .filter_map(|h| u64::from_str_radix(h, 16).ok())
                .collect()
        })
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sketches_round_trip_and_the_schema_is_json() {
        let b = body(&[0x0123_4567_89ab_cdef, 7], 3, &[("coding".into(), 0.5)]);
        assert_eq!(frames_of(&b), vec![0x0123_4567_89ab_cdef, 7]);
        let schema: Value = serde_json::from_str(SCHEMA).unwrap();
        assert_eq!(schema["$id"], SCHEMA_URL);
    }
}
