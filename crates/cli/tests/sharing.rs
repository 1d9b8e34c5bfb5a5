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

/// `distillguard serve` as a child process on an ephemeral port (stopped when dropped).
struct Served {
    child: std::process::Child,
    addr: String,
}

impl Drop for Served {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn serve_taxii(dir: &Path, tokens: &[(&str, &str, &str)]) -> Served {
    use std::io::BufRead;
    let mut cfg = format!(
        "listen = \"127.0.0.1:0\"\ndata_dir = \"{}\"\n",
        dir.join("store").display()
    );
    for (name, token, role) in tokens {
        let hash = common::run_with_stdin(&["token", "hash"], token);
        cfg.push_str(&format!(
            "[[tokens]]\nname = \"{name}\"\nsha256 = \"{}\"\nroles = [\"{role}\"]\n",
            hash.trim()
        ));
    }
    let path = dir.join("serve.toml");
    std::fs::write(&path, cfg).unwrap();
    let mut child = Command::new(BIN)
        .args(["serve", "--config", path.to_str().unwrap()])
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let stderr = child.stderr.take().unwrap();
    let mut lines = std::io::BufReader::new(stderr).lines();
    let addr = loop {
        let line = lines.next().expect("serve says where it listens").unwrap();
        if let Some(rest) = line.split("listening on http://").nth(1) {
            break rest.split_whitespace().next().unwrap().to_string();
        }
    };
    // Keep draining its log so it never blocks on a full pipe.
    std::thread::spawn(move || for _ in lines {});
    Served { child, addr }
}

/// Runs `distillguard intel …`; returns its standard error.
fn intel(args: &[&str]) -> String {
    let o = Command::new(BIN)
        .arg("intel")
        .args(args)
        .env_remove("DISTILLGUARD_TAXII_TOKEN")
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&o.stderr).into_owned();
    assert!(o.status.success(), "intel {args:?}: {err}");
    err
}

fn median(mut v: Vec<i64>) -> i64 {
    v.sort_unstable();
    v[v.len() / 2]
}

/// Per account, its first event time (epoch ms).
fn first_events(events: &Path) -> std::collections::HashMap<String, i64> {
    let mut first = std::collections::HashMap::new();
    for e in jsonl(events) {
        let ts: dg_model::Timestamp = serde_json::from_value(e["ts"].clone()).unwrap();
        let a = e["account_id"].as_str().unwrap().to_string();
        let t = first.entry(a).or_insert(ts.millis());
        *t = (*t).min(ts.millis());
    }
    first
}

#[test]
fn two_providers_one_operator_the_second_attributes_and_flags_earlier() {
    let tmp = tempfile::tempdir().unwrap();
    let (a_dir, b_dir) = (tmp.path().join("a"), tmp.path().join("b"));
    // One operator (frames, system prompt, client) at two providers; everything else —
    // accounts, cards, addresses, traffic, the benign population — is each provider's own.
    for (d, seed) in [(&a_dir, 21), (&b_dir, 22)] {
        std::fs::create_dir_all(d).unwrap();
        common::simulate_with(d, seed, "operator_seed = 4242");
    }
    let key = tmp.path().join("group.key");
    std::fs::write(&key, "the trust group's secret, two providers\n").unwrap();
    let k = key.to_str().unwrap();
    let shared = ["--sharing-key-file", k, "--sharing-key-id", "tg-2"];

    // Provider A scans and exports, then publishes to a TAXII 2.1 collection.
    let mut a_args = shared.to_vec();
    a_args.extend(["--producer", "provider-a"]);
    let a = scan(&a_dir, &a_args, "out");
    let served = serve_taxii(
        tmp.path(),
        &[
            ("provider-a", "provider-a-token-0123456789", "intel-write"),
            ("provider-b", "provider-b-token-0123456789", "intel-read"),
        ],
    );
    let api = format!("http://{}/taxii2/api/", served.addr);
    let a_token = tmp.path().join("a.token");
    std::fs::write(&a_token, "provider-a-token-0123456789\n").unwrap();
    let b_token = tmp.path().join("b.token");
    std::fs::write(&b_token, "provider-b-token-0123456789\n").unwrap();
    let a_bundle = a.join("indicators.stix.json");
    let pushed = intel(&[
        "push",
        "--url",
        &api,
        "--collection",
        "partner-inbox",
        "--token-file",
        a_token.to_str().unwrap(),
        a_bundle.to_str().unwrap(),
    ]);
    assert!(pushed.contains(", 0 refused"), "{pushed}");

    // Provider B pulls the collection and scans its own traffic with and without it.
    let feed = b_dir.join("feed.stix.json");
    intel(&[
        "pull",
        "--url",
        &api,
        "--collection",
        "partner-inbox",
        "--token-file",
        b_token.to_str().unwrap(),
        "--out",
        feed.to_str().unwrap(),
    ]);
    drop(served);
    // B's own evidence here is its account and cluster evidence without the pool's capability
    // targeting (`[campaign] targeting = 0`): with it, B flags this campaign at its first
    // re-link on its own, and a feed cannot make that earlier. What the feed adds shows where
    // a provider's own evidence is slower.
    let weights = tmp.path().join("b-weights.toml");
    let mut w = dg_detect::score::Weights::default_weights();
    w.campaign.targeting = 0.0;
    std::fs::write(&weights, w.to_toml()).unwrap();
    let mut shared = shared.to_vec();
    shared.extend(["--weights", weights.to_str().unwrap()]);
    let plain = scan(&b_dir, &shared, "plain");
    let mut with = shared.to_vec();
    with.extend(["--known-indicators", feed.to_str().unwrap()]);
    let fed = scan(&b_dir, &with, "fed");

    // A's reasoning campaign, as named in what A shared.
    let group_of = |dir: &Path| -> std::collections::HashMap<String, String> {
        jsonl(&dir.join("data/truth.jsonl"))
            .into_iter()
            .map(|t| {
                (
                    t["account_id"].as_str().unwrap().to_string(),
                    t["group"].as_str().unwrap().to_string(),
                )
            })
            .collect()
    };
    let a_groups = group_of(&a_dir);
    let a_cluster = jsonl(&a.join("clusters.jsonl"))
        .into_iter()
        .filter(|c| c["decision"] != "allow")
        .max_by_key(|c| {
            c["accounts"]
                .as_array()
                .unwrap()
                .iter()
                .filter(|x| a_groups[x.as_str().unwrap()] == "reasoning_harvester")
                .count()
        })
        .unwrap();
    let a_shared = bundle(&a);
    let a_campaign = objects(&a_shared, "campaign")
        .into_iter()
        .find(|c| {
            let first: dg_model::Timestamp =
                serde_json::from_value(c["first_seen"].clone()).unwrap();
            let want: dg_model::Timestamp =
                serde_json::from_value(a_cluster["first_seen"].clone()).unwrap();
            first == want
        })
        .expect("A's reasoning campaign is in its bundle");
    let a_name = a_campaign["name"].as_str().unwrap();

    // B's members of the same operator's campaign: attributed to A's campaign, earlier.
    let b_groups = group_of(&b_dir);
    let firsts = first_events(&b_dir.join("data/events.jsonl"));
    let findings = |out: &Path| -> std::collections::HashMap<String, Value> {
        jsonl(&out.join("accounts.jsonl"))
            .into_iter()
            .map(|f| (f["account_id"].as_str().unwrap().to_string(), f))
            .collect()
    };
    let (before, after) = (findings(&plain), findings(&fed));
    let members: Vec<&String> = b_groups
        .iter()
        .filter(|(a, g)| *g == "reasoning_harvester" && after.contains_key(*a))
        .map(|(a, _)| a)
        .collect();
    assert!(!members.is_empty());
    let attributed = members
        .iter()
        .filter(|m| {
            after[m.as_str()]["reasons"]
                .as_array()
                .unwrap()
                .iter()
                .any(|r| {
                    r["code"] == "known_actor" && r["detail"].as_str().unwrap().contains(a_name)
                })
        })
        .count();
    assert!(
        attributed * 10 >= members.len() * 9,
        "{attributed} of {} members carry a known_actor reason naming {a_name}",
        members.len()
    );
    let delays = |f: &std::collections::HashMap<String, Value>| -> Vec<i64> {
        members
            .iter()
            .map(|m| match f[*m]["first_flagged_at"].as_str() {
                Some(_) => {
                    let t: dg_model::Timestamp =
                        serde_json::from_value(f[*m]["first_flagged_at"].clone()).unwrap();
                    t.millis() - firsts[*m]
                }
                None => i64::MAX / 4,
            })
            .collect()
    };
    let (without, with_feed) = (median(delays(&before)), median(delays(&after)));
    eprintln!(
        "provider B, same operator's campaign ({} accounts): median detection delay {:.1} min \
         without the shared feed, {:.1} min with it",
        members.len(),
        without as f64 / 60_000.0,
        with_feed as f64 / 60_000.0
    );
    assert!(
        with_feed < without,
        "flagged earlier with the feed: {with_feed} ms vs {without} ms"
    );

    // B's benign accounts stay as they were.
    let benign: std::collections::HashSet<String> = jsonl(&b_dir.join("data/truth.jsonl"))
        .into_iter()
        .filter(|t| t["label"] == "benign")
        .map(|t| t["account_id"].as_str().unwrap().to_string())
        .collect();
    for id in &benign {
        if after.contains_key(id) && before[id]["decision"] == "allow" {
            assert_eq!(
                after[id]["decision"], "allow",
                "benign {id} ({}) flagged because of the feed",
                b_groups[id]
            );
        }
    }

    // Nothing A shared holds a raw personal value or prompt text.
    let sent =
        std::fs::read_to_string(&a_bundle).unwrap() + &std::fs::read_to_string(&feed).unwrap();
    for acct in jsonl(&a_dir.join("data/accounts.jsonl")) {
        assert!(!sent.contains(acct["account_id"].as_str().unwrap()));
        if let Some(card) = acct["payment_fingerprint"].as_str() {
            assert!(!sent.contains(card), "card {card} leaked");
        }
    }
    let mut prompts = 0;
    for e in jsonl(&a_dir.join("data/events.jsonl")) {
        let acct = e["account_id"].as_str().unwrap();
        if a_groups.get(acct).map(String::as_str) != Some("reasoning_harvester") {
            continue;
        }
        let p: String = e["prompt"]
            .as_str()
            .unwrap_or("")
            .chars()
            .take(40)
            .collect();
        if p.len() >= 20 {
            assert!(!sent.contains(&p), "prompt text leaked: {p}");
            prompts += 1;
        }
    }
    assert!(prompts > 100);
    assert!(!sent.contains("two providers"), "the sharing key leaked");
}
