//! `eval --ablate phrasing`: with the signals that read the prompts' wording switched off,
//! multi-account campaigns are still caught by their structure, and the hard look-alikes are
//! still left alone, on seeds and scenarios the detector was not tuned on.

mod common;

use common::{check_groups, run, simulate};
use serde_json::Value;

/// Runs `eval --ablate phrasing --json` on `data` and checks the groups.
fn ablated_eval_catches_campaigns(data: &std::path::Path, out: &std::path::Path) -> Value {
    let rep: Value = serde_json::from_str(&run(&[
        "eval",
        "--data",
        data.to_str().unwrap(),
        "--out",
        out.to_str().unwrap(),
        "--ablate",
        "phrasing",
        "--json",
    ]))
    .unwrap();
    let scan = rep["methods"][0].clone();
    let attack_groups = check_groups(&scan, 5);
    assert!(
        attack_groups > 0,
        "the data set has multi-account campaigns"
    );
    // The weights used are written next to the outputs, phrasing at 0.
    let weights = std::fs::read_to_string(out.with_file_name(format!(
        "{}.ablated-weights.toml",
        out.file_name().unwrap().to_str().unwrap()
    )))
    .expect("ablated weights written");
    assert!(weights.contains("cot_elicitation = 0.0"), "{weights}");
    scan
}

#[test]
fn default_campaigns_are_caught_without_the_phrasing_signals() {
    let tmp = tempfile::tempdir().unwrap();
    simulate(tmp.path(), 83);
    ablated_eval_catches_campaigns(&tmp.path().join("data"), &tmp.path().join("scan"));
}

#[test]
fn a_wave_hydra_asking_in_its_own_words_is_caught_without_the_phrasing_signals() {
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("data");
    run(&[
        "simulate",
        "--scenario",
        "wave_hydra",
        "--out",
        data.to_str().unwrap(),
        "--seed",
        "84",
    ]);
    let scan = ablated_eval_catches_campaigns(&data, &tmp.path().join("scan"));
    assert!(scan["all"]["precision"].as_f64().unwrap() >= 0.99);
}
