//! Sharing end to end: `scan` writes a STIX 2.1 bundle; a partner's `scan --known-indicators`
//! reads it back and attributes the same campaign, keyed values matching only under the same
//! sharing key; re-exports are byte-identical.

use std::path::Path;
use std::process::Command;

use serde_json::Value;

mod common;

use common::{jsonl, simulate};

const BIN: &str = env!("CARGO_BIN_EXE_distillguard");

/// Scans `dir/data` into `dir/<out>` with `extra` arguments; returns the output directory.
fn scan(dir: &Path, extra: &[&str], out: &str) -> std::path::PathBuf {
    let data = dir.join("data");
    let d = |n: &str| data.join(n).to_str().unwrap().to_string();
    let out = dir.join(out);
    let mut args: Vec<String> = vec![
        "scan".into(),
        "-q".into(),
        "--events".into(),
        d("events.jsonl"),
        "--accounts".into(),
        d("accounts.jsonl"),
        "--ip-ranges".into(),
        d("ip_ranges.csv"),
        "--releases".into(),
        d("releases.csv"),
        "--policy".into(),
        d("policy.toml"),
        "--out".into(),
        out.to_str().unwrap().into(),
    ];
    args.extend(extra.iter().map(|s| s.to_string()));
    let o = Command::new(BIN)
        .args(&args)
        .env_remove("DISTILLGUARD_SHARING_KEY")
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    out
}

fn bundle(out: &Path) -> Value {
    serde_json::from_slice(&std::fs::read(out.join("indicators.stix.json")).unwrap()).unwrap()
}

fn objects<'a>(b: &'a Value, kind: &str) -> Vec<&'a Value> {
    b["objects"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|o| o["type"] == kind)
        .collect()
}

#[test]
fn a_bundle_round_trips_through_import_and_attributes_the_same_cluster() {
    let tmp = tempfile::tempdir().unwrap();
    simulate(tmp.path(), 32);
    let key = tmp.path().join("group.key");
    std::fs::write(&key, "the trust group's secret, 2026\n").unwrap();
    let k = key.to_str().unwrap();
    let shared = ["--sharing-key-file", k, "--sharing-key-id", "tg-1"];

    let a = scan(tmp.path(), &shared, "a");
    let again = scan(tmp.path(), &shared, "a2");
    let text = std::fs::read(a.join("indicators.stix.json")).unwrap();
    assert_eq!(
        text,
        std::fs::read(again.join("indicators.stix.json")).unwrap(),
        "a re-export is byte-identical"
    );
    let b = bundle(&a);
    let campaigns = objects(&b, "campaign");
    let flagged: Vec<Value> = jsonl(&a.join("clusters.jsonl"))
        .into_iter()
        .filter(|c| c["decision"] != "allow")
        .collect();
    assert_eq!(campaigns.len(), flagged.len());
    assert!(!campaigns.is_empty());
    for o in b["objects"].as_array().unwrap() {
        if o["type"] != "marking-definition" {
            assert_eq!(
                o["object_marking_refs"][0],
                "marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421",
                "TLP:AMBER by default: {o}"
            );
        }
    }
    let keyed = objects(&b, "indicator")
        .iter()
        .filter(|i| i["pattern"].as_str().unwrap().contains("hmac-sha256:tg-1:"))
        .count();
    assert!(keyed > 0, "payment, email and client values leave keyed");

    // The partner scans with the bundle (here: the same traffic) and the same key.
    let bundle_path = a.join("indicators.stix.json");
    let p = bundle_path.to_str().unwrap();
    let mut with = shared.to_vec();
    with.extend(["--known-indicators", p]);
    let m = scan(tmp.path(), &with, "m");
    let clusters = jsonl(&m.join("clusters.jsonl"));
    for c in &flagged {
        let same = clusters
            .iter()
            .find(|x| x["cluster_id"] == c["cluster_id"])
            .expect("the campaign is found again");
        let actor = same["links"]
            .as_array()
            .unwrap()
            .iter()
            .find(|l| l["kind"] == "known_actor")
            .unwrap_or_else(|| panic!("no known_actor link on {same}"));
        assert!(
            actor["value"]
                .as_str()
                .unwrap()
                .starts_with("distillguard: distillguard campaign "),
            "{actor}"
        );
    }
    let accounts = jsonl(&m.join("accounts.jsonl"));
    let member = flagged[0]["accounts"][0].as_str().unwrap();
    let finding = accounts.iter().find(|a| a["account_id"] == member).unwrap();
    let reason = finding["reasons"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["code"] == "known_actor")
        .unwrap_or_else(|| panic!("{finding}"));
    let detail = reason["detail"].as_str().unwrap();
    assert!(detail.contains("frame sketch(es)"), "{detail}");
    assert!(detail.contains("match strength"), "{detail}");
    // The key is in no output.
    for entry in std::fs::read_dir(&m).unwrap() {
        let bytes = std::fs::read(entry.unwrap().path()).unwrap();
        let text = String::from_utf8_lossy(&bytes);
        assert!(!text.contains("secret, 2026"));
    }
    // Nothing that was allowed before is flagged because of the partner's feed.
    let before = jsonl(&a.join("accounts.jsonl"));
    for (x, y) in before.iter().zip(&accounts) {
        if x["decision"] == "allow" && y["decision"] != "allow" {
            let c = y["cluster_id"].as_str().unwrap_or("");
            assert!(
                flagged.iter().any(|f| f["cluster_id"] == c),
                "{} newly flagged outside a shared campaign",
                y["account_id"]
            );
        }
    }

    // Under another key the keyed values do not match: fewer indicators than with the key.
    let other = tmp.path().join("other.key");
    std::fs::write(&other, "somebody else's secret entirely").unwrap();
    let o = scan(
        tmp.path(),
        &[
            "--sharing-key-file",
            other.to_str().unwrap(),
            "--known-indicators",
            p,
        ],
        "o",
    );
    let count = |dir: &Path| -> u64 {
        jsonl(&dir.join("clusters.jsonl"))
            .iter()
            .filter(|c| c["cluster_id"] == flagged[0]["cluster_id"])
            .flat_map(|c| c["links"].as_array().unwrap().clone())
            .filter(|l| l["kind"] == "known_actor")
            .map(|l| l["accounts"].as_u64().unwrap())
            .sum()
    };
    assert!(count(&o) < count(&m), "{} vs {}", count(&o), count(&m));

    // Without a sharing key nothing personal leaves, keyed or not.
    let plain = scan(tmp.path(), &["--tlp", "green"], "plain");
    let text = std::fs::read_to_string(plain.join("indicators.stix.json")).unwrap();
    assert!(!text.contains("x-distillguard-keyed"));
    assert!(text.contains("marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb"));
}

#[test]
fn a_hostile_bundle_is_refused_with_a_clear_error() {
    let tmp = tempfile::tempdir().unwrap();
    let events = tmp.path().join("events.jsonl");
    std::fs::write(
        &events,
        r#"{"request_id":"r1","ts":"2026-02-02T09:00:00Z","account_id":"a","ip":"198.51.100.7","model":"m","prompt":"hi","input_tokens":1,"output_tokens":1}"#,
    )
    .unwrap();
    let bad = tmp.path().join("bad.json");
    std::fs::write(&bad, r#"{"type":"bundle","objects":"nope"}"#).unwrap();
    let o = Command::new(BIN)
        .args(["scan", "-q", "--events"])
        .arg(&events)
        .arg("--known-indicators")
        .arg(&bad)
        .arg("--out")
        .arg(tmp.path().join("out"))
        .output()
        .unwrap();
    assert!(!o.status.success());
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        err.contains("invalid STIX bundle: not a STIX 2.1 bundle: no objects array"),
        "{err}"
    );
}
