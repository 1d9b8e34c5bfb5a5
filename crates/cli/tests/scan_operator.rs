//! What an operator meets running `scan` on real exports: a checked policy, all-or-nothing
//! outputs, loud partial input, `--strict`.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use flate2::write::GzEncoder;
use flate2::Compression;

const BIN: &str = env!("CARGO_BIN_EXE_distillguard");

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../ingest/tests/fixtures")
        .join(name)
}

fn scan(args: &[&str]) -> Output {
    Command::new(BIN)
        .arg("scan")
        .args(args)
        .env_remove("DISTILLGUARD_LOG")
        .output()
        .expect("binary runs")
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn s(p: &Path) -> &str {
    p.to_str().expect("utf-8 temp path")
}

fn event_line(id: &str, ts: i64) -> String {
    format!(
        r#"{{"request_id":"{id}","ts":{ts},"account_id":"acct_{}","ip":"10.0.0.1","model":"m","prompt":"Tell me about tides.","input_tokens":5,"output_tokens":50}}"#,
        ts % 7
    )
}

/// The five valid lines of the contract example.
fn good_events(dir: &Path) -> PathBuf {
    let text = std::fs::read_to_string(fixture("events.jsonl")).unwrap();
    let good: String = text.lines().take(5).map(|l| format!("{l}\n")).collect();
    let p = dir.join("good.jsonl");
    std::fs::write(&p, good).unwrap();
    p
}

#[test]
fn every_bad_policy_is_an_error_naming_file_key_and_reason_and_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let events = good_events(dir.path());
    let cases = [
        (
            "restricted_countrys = [\"RU\"]\n",
            "invalid policy: \"restricted_countrys\": unknown key (expected one of \
             restricted_countries, thresholds, max_line_bytes, reorder_window_ms, hash_key, \
             hash_key_id)",
        ),
        (
            "[thresholds]\nreview = 0.9\nblock = 0.5\n",
            "invalid policy: thresholds: must satisfy review <= throttle <= block, got review = \
             0.9, throttle = 0.7, block = 0.5",
        ),
        (
            "restricted_countries = [\"Russia\"]\n",
            "invalid policy: restricted_countries: \"Russia\" is not an ISO 3166-1 alpha-2 \
             country code",
        ),
        (
            "max_line_bytes = 10\n",
            "invalid policy: max_line_bytes: 10 is outside 1024..=1073741824",
        ),
        (
            "hash_key = \"s3cret-s3cret-s3cret\nrestricted_countries = []\n",
            "invalid policy: line 1, column 33: invalid basic string",
        ),
    ];
    for (i, (text, want)) in cases.iter().enumerate() {
        let policy = dir.path().join(format!("policy{i}.toml"));
        std::fs::write(&policy, text).unwrap();
        let out = dir.path().join(format!("out{i}"));
        let o = scan(&[
            "--events",
            s(&events),
            "--policy",
            s(&policy),
            "--out",
            s(&out),
        ]);
        let err = stderr(&o);
        assert!(!o.status.success(), "{text:?} was accepted");
        assert!(
            err.contains(&format!("{}: {want}", policy.display())),
            "{text:?}: {err}"
        );
        assert!(!err.contains("s3cret"), "the secret was echoed: {err}");
        assert!(
            !out.exists(),
            "a rejected policy still created {}",
            out.display()
        );
    }
}

#[test]
fn defaults_are_stated_once_and_quiet_silences_the_advice() {
    let dir = tempfile::tempdir().unwrap();
    let events = good_events(dir.path());
    let out = dir.path().join("out");
    let o = scan(&["--events", s(&events), "--out", s(&out)]);
    assert!(o.status.success(), "{}", stderr(&o));
    let err = stderr(&o);
    assert_eq!(err.matches("no --policy given").count(), 1, "{err}");
    assert!(
        err.contains("public demo hash key (key id `unkeyed`)"),
        "{err}"
    );
    let o = scan(&["--events", s(&events), "--out", s(&out), "-q"]);
    assert!(o.status.success());
    assert_eq!(stderr(&o), "", "-q printed something");
    // A policy without a key still gets the demo key, and says so.
    let policy = dir.path().join("policy.toml");
    std::fs::write(&policy, "restricted_countries = [\"ru\"]\n").unwrap();
    let o = scan(&[
        "--events",
        s(&events),
        "--policy",
        s(&policy),
        "--out",
        s(&out),
    ]);
    let err = stderr(&o);
    assert!(o.status.success(), "{err}");
    assert!(err.contains("no hash_key in the policy"), "{err}");
    assert!(!err.contains("no --policy given"), "{err}");
}

/// Every output file's bytes.
fn outputs(out: &Path) -> Vec<(String, Vec<u8>)> {
    let mut names: Vec<String> = std::fs::read_dir(out)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
        .into_iter()
        .map(|n| {
            let bytes = std::fs::read(out.join(&n)).unwrap();
            (n, bytes)
        })
        .collect()
}

#[test]
fn a_failed_re_run_leaves_the_previous_outputs_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("out");
    let o = scan(&[
        "--events",
        s(&fixture("events.jsonl")),
        "--out",
        s(&out),
        "-q",
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let before = outputs(&out);
    let names: Vec<&str> = before.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(
        names,
        [
            "accounts.jsonl",
            "clusters.jsonl",
            "indicators.stix.json",
            "rejected.jsonl",
            "rejected_inputs.jsonl",
            "report.html",
            "summary.json"
        ]
    );
    assert!(!before[3].1.is_empty(), "the example has rejected lines");

    // Fails after the events were read: an indicators file with an unknown kind.
    let events = good_events(dir.path());
    let indicators = dir.path().join("ind.csv");
    std::fs::write(&indicators, "kind,value,actor\nmystery,x,y\n").unwrap();
    let o = scan(&[
        "--events",
        s(&events),
        "--known-indicators",
        s(&indicators),
        "--out",
        s(&out),
        "-q",
    ]);
    assert!(!o.status.success());
    assert!(
        stderr(&o).contains("unknown kind \"mystery\""),
        "{}",
        stderr(&o)
    );
    assert_eq!(outputs(&out), before, "the failed run changed the outputs");

    // Fails on a rejected line under --strict, after the whole scan.
    let o = scan(&[
        "--events",
        s(&fixture("events.jsonl")),
        "--out",
        s(&out),
        "-q",
        "--strict",
    ]);
    assert!(!o.status.success());
    assert_eq!(
        outputs(&out),
        before,
        "the strict failure changed the outputs"
    );

    // A successful run replaces all of them.
    let o = scan(&["--events", s(&events), "--out", s(&out), "-q"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let after = outputs(&out);
    assert_eq!(after.len(), 7);
    assert!(
        after[3].1.is_empty(),
        "rejected.jsonl of the clean input is empty"
    );
    // The report moved with the rest: the old one named rejected lines, the new one none.
    assert_eq!(after[5].0, "report.html");
    let (old_report, new_report) = (
        String::from_utf8_lossy(&before[5].1),
        String::from_utf8_lossy(&after[5].1),
    );
    assert!(old_report.contains("<h4>Examples</h4>"), "{old_report}");
    assert!(new_report.contains("Nothing was rejected."), "{new_report}");
    assert_ne!(after[6].1, before[6].1);
}

#[test]
fn strict_fails_on_any_rejected_line_with_the_first_one_named() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("out");
    let events = fixture("events.jsonl");
    let o = scan(&["--events", s(&events), "--out", s(&out), "--strict", "-q"]);
    assert!(!o.status.success(), "--strict accepted rejected lines");
    let err = stderr(&o);
    assert!(
        err.contains(&format!(
            "--strict: 3 input lines rejected (3 of 9 event lines, 0 side-input lines); first: \
             {}:7: invalid ts: \"yesterday\" (invalid RFC 3339 timestamp); no outputs written, {} \
             left as it was",
            events.display(),
            out.display()
        )),
        "{err}"
    );
    assert!(!out.exists(), "a failed first run left {}", out.display());
    // Clean input passes under --strict.
    let good = good_events(dir.path());
    let o = scan(&["--events", s(&good), "--out", s(&out), "--strict", "-q"]);
    assert!(o.status.success(), "{}", stderr(&o));
}

#[test]
fn a_truncated_gzip_is_a_warning_naming_the_file_and_the_counts() {
    let dir = tempfile::tempdir().unwrap();
    let base = 1_770_000_000_000i64;
    let body: String = (0..3000)
        .map(|i| event_line(&format!("r{i}"), base + i * 1000) + "\n")
        .collect();
    let mut enc = GzEncoder::new(Vec::new(), Compression::fast());
    enc.write_all(body.as_bytes()).unwrap();
    let full = enc.finish().unwrap();
    let cut = dir.path().join("cut.jsonl.gz");
    std::fs::write(&cut, &full[..full.len() / 2]).unwrap();
    let out = dir.path().join("out");
    let o = scan(&["--events", s(&cut), "--out", s(&out), "-q"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let summary: serde_json::Value =
        serde_json::from_slice(&std::fs::read(out.join("summary.json")).unwrap()).unwrap();
    let accepted = summary["events_accepted"].as_u64().unwrap();
    assert!(accepted > 0 && accepted < 3000, "{summary}");
    assert_eq!(summary["events_rejected"], 1);
    let err = stderr(&o);
    let want = format!(
        "{}: read error: incomplete deflate stream; rest of file skipped (at line {}); {accepted} \
         events accepted from the {accepted} lines before it",
        cut.display(),
        accepted + 1
    );
    assert!(err.contains(&want), "want {want:?} in {err}");
    assert!(err.contains("1 of "), "{err}");
}

#[test]
fn empty_input_warns_and_a_byte_order_mark_is_accepted() {
    let dir = tempfile::tempdir().unwrap();
    let empty = dir.path().join("empty.jsonl");
    std::fs::write(&empty, "").unwrap();
    let out = dir.path().join("out");
    let o = scan(&["--events", s(&empty), "--out", s(&out), "-q"]);
    assert!(o.status.success());
    let err = stderr(&o);
    assert!(
        err.contains(&format!(
            "{}: no accepted events (0 lines read: 0 rejected, 0 duplicates)",
            empty.display()
        )),
        "{err}"
    );

    let bom = dir.path().join("bom.jsonl");
    let good = std::fs::read(good_events(dir.path())).unwrap();
    let mut bytes = b"\xef\xbb\xbf".to_vec();
    bytes.extend(good);
    std::fs::write(&bom, bytes).unwrap();
    let o = scan(&["--events", s(&bom), "--out", s(&out), "--strict", "-q"]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(stderr(&o), "");
    assert_eq!(std::fs::read(out.join("rejected.jsonl")).unwrap(), b"");
    let summary: serde_json::Value =
        serde_json::from_slice(&std::fs::read(out.join("summary.json")).unwrap()).unwrap();
    assert_eq!(summary["events_accepted"], 5);
}

#[test]
fn known_indicators_are_checked_not_quietly_dropped() {
    let dir = tempfile::tempdir().unwrap();
    let events = good_events(dir.path());
    let out = dir.path().join("out");
    let cases = [
        // Without a header the first indicator would be read as one.
        (
            "payment,pf_1,ACTOR\n",
            "row 1: expected the header kind,value,actor",
        ),
        (
            "kind,value,actor\nemail,x@y,ACTOR\n",
            "row 2: unknown kind \"email\" (expected one of ip, subnet, asn, payment, \
             client_fp, email_pattern, signup_burst, frame, co_activity, org, rhythm)",
        ),
        (
            "kind,value,actor\nip,10.0.0.999,ACTOR\n",
            "row 2: \"10.0.0.999\" is not a valid ip value",
        ),
        (
            "kind,value,actor\nasn,Cloudflare,ACTOR\n",
            "row 2: \"Cloudflare\" is not a valid asn value",
        ),
        (
            "kind,value,actor\npayment,pf_1\n",
            "row 2: expected kind,value,actor, found 2 fields",
        ),
    ];
    for (text, want) in cases {
        let csv = dir.path().join("ind.csv");
        std::fs::write(&csv, text).unwrap();
        let o = scan(&[
            "--events",
            s(&events),
            "--known-indicators",
            s(&csv),
            "--out",
            s(&out),
            "-q",
        ]);
        let err = stderr(&o);
        assert!(!o.status.success(), "{text:?} was accepted");
        assert!(
            err.contains(&format!("{}: {want}", csv.display())),
            "{text:?}: {err}"
        );
    }
    let csv = dir.path().join("ind.csv");
    std::fs::write(
        &csv,
        "\u{feff}Kind,Value,Actor\nasn,AS13335,A\nasn,AS13335,B\nip,81.2.69.142,A\n",
    )
    .unwrap();
    let o = scan(&[
        "--events",
        s(&events),
        "--known-indicators",
        s(&csv),
        "--out",
        s(&out),
        "-q",
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(
        stderr(&o).contains("1 rows repeat an earlier kind and value; the later actor wins"),
        "{}",
        stderr(&o)
    );
}
