//! The documentation in `docs/` names every reason code, link kind, policy key and output
//! field the code has, so a new one cannot ship undocumented.

use std::path::Path;

fn doc(name: &str) -> String {
    let p = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../docs")
        .join(name);
    std::fs::read_to_string(&p).unwrap_or_else(|e| panic!("{}: {e}", p.display()))
}

#[test]
fn reasons_md_lists_every_reason_code_and_link_kind() {
    let text = doc("reasons.md");
    let cluster_codes = [
        "cluster_shared_payment",
        "cluster_signup_burst",
        "cluster_load_balanced",
        "cluster_template",
        "cluster_shared_infrastructure",
        "successor_of",
        "known_actor",
        dg_detect::campaign::CARD_SIBLING,
        dg_detect::campaign::CAMPAIGN_MEMBER,
    ];
    let signals = dg_detect::features::Signal::ALL.map(|s| s.code());
    for code in signals
        .iter()
        .chain(&cluster_codes)
        .chain(&dg_detect::farm::CODES)
        .chain(&[
            dg_detect::cohort::CODE,
            dg_detect::wave::CODE,
            dg_detect::segment::CODE,
        ])
    {
        assert!(
            text.contains(&format!("| `{code}` |")),
            "{code} undocumented"
        );
    }
    for kind in dg_detect::link::AttrKind::ALL {
        assert!(
            text.contains(&format!("| `{}` |", kind.code())),
            "link kind {} undocumented",
            kind.code()
        );
    }
}

#[test]
fn policy_md_lists_every_key_and_formats_md_every_summary_field() {
    let text = doc("policy.md");
    for key in dg_ingest::policy::KEYS
        .iter()
        .filter(|k| **k != "thresholds")
        .chain(&dg_ingest::policy::THRESHOLD_KEYS)
    {
        assert!(
            text.contains(&format!("`{key}` |")),
            "policy key {key} undocumented"
        );
    }
    let formats = doc("formats.md");
    let summary = serde_json::to_value(dg_model::Summary::default()).unwrap();
    for field in summary.as_object().unwrap().keys() {
        assert!(
            formats.contains(&format!("`{field}`")),
            "summary field {field} undocumented"
        );
    }
    assert!(formats.contains("lines_read = events_accepted + events_rejected + duplicates"));
}
