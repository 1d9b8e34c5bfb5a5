//! `simulate` then `eval` through the binary: an oracle scores 1.0, all-allow scores 0 recall,
//! and the real scan keeps the hard benign groups at `allow`.

use std::path::Path;
use std::process::Command;

use serde_json::Value;

const BIN: &str = env!("CARGO_BIN_EXE_distillguard");

fn run(args: &[&str]) -> String {
    let out = Command::new(BIN).args(args).output().expect("binary runs");
    assert!(
        out.status.success(),
        "{args:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("utf-8 output")
}

fn simulate(dir: &Path, seed: u64) {
    // A lighter small world keeps the test quick while every population still appears.
    let cfg = dir.join("sim.toml");
    std::fs::write(&cfg, "days = 5\nrelease_day = 2.5\nban_day = 3.5\n[populations.individual]\naccounts = 300\nrate_per_day = 6.0\n").unwrap();
    let data = dir.join("data");
    run(&[
        "simulate",
        "--out",
        data.to_str().unwrap(),
        "--seed",
        &seed.to_string(),
        "--config",
        cfg.to_str().unwrap(),
    ]);
}

fn truth(dir: &Path) -> Vec<Value> {
    std::fs::read_to_string(dir.join("data/truth.jsonl"))
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

fn write_predictions(dir: &Path, name: &str, rows: impl Iterator<Item = Value>) -> String {
    let p = dir.join(name);
    std::fs::create_dir_all(&p).unwrap();
    let text: String = rows.map(|r| format!("{r}\n")).collect();
    std::fs::write(p.join("accounts.jsonl"), text).unwrap();
    p.to_str().unwrap().to_string()
}

fn eval_json(dir: &Path, preds: &str) -> Value {
    let data = dir.join("data");
    serde_json::from_str(&run(&[
        "eval",
        "--data",
        data.to_str().unwrap(),
        "--predictions",
        preds,
        "--json",
    ]))
    .unwrap()
}

#[test]
fn an_oracle_scores_one_and_all_allow_scores_zero_recall() {
    let tmp = tempfile::tempdir().unwrap();
    simulate(tmp.path(), 5);
    let t = truth(tmp.path());
    let oracle = write_predictions(
        tmp.path(),
        "oracle",
        t.iter().map(|r| {
            let attack = r["label"] == "attack";
            serde_json::json!({
                "account_id": r["account_id"], "score": if attack { 1.0 } else { 0.0 },
                "decision": if attack { "block" } else { "allow" },
                "first_flagged_at": if attack { Value::from("2026-03-02T00:00:00.000Z") } else { Value::Null },
                "cluster_id": r["campaign"], "reasons": [],
            })
        }),
    );
    let rep = eval_json(tmp.path(), &oracle);
    let scan = &rep["methods"][0];
    for k in ["precision", "recall", "f1", "average_precision"] {
        assert_eq!(scan["all"][k], 1.0, "oracle {k}");
    }
    for row in rep["campaigns"]["campaigns"]
        .as_array()
        .expect("campaign rows")
    {
        assert_eq!(row["cluster_coverage"], 1.0, "{row}");
        assert_eq!(row["cluster_purity"], 1.0, "{row}");
    }

    let none = write_predictions(
        tmp.path(),
        "allow",
        t.iter().map(|r| {
            serde_json::json!({"account_id": r["account_id"], "score": 0.0, "decision": "allow",
                "first_flagged_at": null, "cluster_id": null, "reasons": []})
        }),
    );
    let rep = eval_json(tmp.path(), &none);
    assert_eq!(rep["methods"][0]["all"]["recall"], 0.0);
    assert_eq!(rep["methods"][0]["all"]["true_positives"], 0);
}
