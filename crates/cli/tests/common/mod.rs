//! Helpers shared by the end-to-end tests: run the binary, simulate a light world, read JSONL.

#![allow(dead_code)] // each test binary uses its own subset

use std::path::Path;
use std::process::Command;

use serde_json::Value;

const BIN: &str = env!("CARGO_BIN_EXE_distillguard");

/// Runs `distillguard` with `args`, asserts success and returns its standard output.
pub fn run(args: &[&str]) -> String {
    let out = Command::new(BIN).args(args).output().expect("binary runs");
    assert!(
        out.status.success(),
        "{args:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("utf-8 output")
}

/// Simulates a lighter small world into `dir/data`: quick, and every population still appears.
pub fn simulate(dir: &Path, seed: u64) {
    simulate_with(dir, seed, "");
}

/// [`simulate`] with top-level `sim.toml` settings added (`key = value` lines).
pub fn simulate_with(dir: &Path, seed: u64, settings: &str) {
    let cfg = dir.join("sim.toml");
    std::fs::write(
        &cfg,
        format!("{settings}\ndays = 5\nrelease_day = 2.5\nban_day = 3.5\n[populations.individual]\naccounts = 300\nrate_per_day = 6.0\n"),
    )
    .unwrap();
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

/// Every line of a JSONL file.
pub fn jsonl(p: &Path) -> Vec<Value> {
    std::fs::read_to_string(p)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

/// Checks the scan's per-group results of an eval report (`methods[0]` of `eval --json`): no
/// hard benign account flagged, at most `benign_per_mille`‰ of other benign groups, and at
/// least 90% of every multi-account attack group but `low_and_slow`. Returns how many attack
/// groups were checked.
pub fn check_groups(scan: &Value, benign_per_mille: u64) -> usize {
    let mut attack_groups = 0;
    for g in scan["groups"].as_array().expect("groups") {
        let (name, flagged, total) = (
            g["group"].as_str().unwrap(),
            g["flagged"].as_u64().unwrap(),
            g["total"].as_u64().unwrap(),
        );
        if g["hard_benign"] == true {
            assert_eq!(
                flagged, 0,
                "hard benign {name}: {flagged} of {total} flagged"
            );
        } else if g["label"] == "benign" {
            assert!(
                flagged * 1000 <= total * benign_per_mille,
                "benign {name}: {flagged} of {total} flagged"
            );
        } else if g["label"] == "attack" && name != "low_and_slow" && total > 1 {
            attack_groups += 1;
            assert!(
                flagged * 10 >= total * 9,
                "attack {name}: only {flagged} of {total} caught"
            );
        }
    }
    attack_groups
}

/// Runs `distillguard` with `args` and `input` on standard input; returns standard output.
pub fn run_with_stdin(args: &[&str], input: &str) -> String {
    use std::io::Write;
    let mut child = Command::new(BIN)
        .args(args)
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .expect("binary runs");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(input.as_bytes())
        .expect("write stdin");
    let out = child.wait_with_output().expect("binary ends");
    assert!(out.status.success(), "{args:?} failed");
    String::from_utf8(out.stdout).expect("utf-8 output")
}
