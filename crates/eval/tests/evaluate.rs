//! Scenarios: a truth, a scan output, and the numbers the report must give for them.

use std::collections::BTreeMap;

use dg_eval::{
    evaluate, CampaignStarts, CampaignTruth, EvalReport, InvariantStatus, LinkStatus, Predictions,
    WIDTH,
};
use dg_model::{
    AccountFinding, ClusterFinding, ClusterLink, Decision, Label, Summary, Timestamp, TruthRecord,
};

const T0: i64 = 1_770_000_000_000;
const H: i64 = Timestamp::HOUR;

fn truth(id: &str, label: Label, group: &str, campaign: Option<&str>) -> TruthRecord {
    TruthRecord {
        account_id: id.into(),
        label,
        group: group.into(),
        campaign: campaign.map(Into::into),
        hard: None,
    }
}

/// Two campaigns (4 reasoning harvesters, 3 low-and-slow) and 7 benign accounts.
fn population() -> Vec<TruthRecord> {
    use Label::{Attack, Benign};
    let mut t = Vec::new();
    for i in 0..4 {
        t.push(truth(
            &format!("rh{i}"),
            Attack,
            "reasoning_harvester",
            Some("camp-rh"),
        ));
    }
    for i in 0..3 {
        t.push(truth(
            &format!("ls{i}"),
            Attack,
            "low_and_slow",
            Some("camp-ls"),
        ));
    }
    for i in 0..4 {
        t.push(truth(&format!("ind{i}"), Benign, "individual", None));
    }
    t.push(truth("ent0", Benign, "enterprise", None));
    t.push(truth("ent1", Benign, "enterprise", None));
    t.push(truth("uni0", Benign, "university", None));
    t
}

fn starts() -> CampaignStarts {
    CampaignStarts::from_campaigns(BTreeMap::from([
        ("camp-rh".to_owned(), Timestamp(T0)),
        ("camp-ls".to_owned(), Timestamp(T0 + 24 * H)),
    ]))
}

fn finding(id: &str, score: f64, flagged_at: Option<i64>, cluster: Option<&str>) -> AccountFinding {
    AccountFinding {
        account_id: id.into(),
        score,
        decision: if flagged_at.is_some() {
            Decision::Block
        } else {
            Decision::Allow
        },
        first_flagged_at: flagged_at.map(Timestamp),
        cluster_id: cluster.map(Into::into),
        reasons: Vec::new(),
        explain: None,
    }
}

fn cluster(id: &str, accounts: &[&str]) -> ClusterFinding {
    ClusterFinding {
        cluster_id: id.into(),
        accounts: accounts.iter().map(|a| a.to_string()).collect(),
        score: 0.9,
        decision: Decision::Block,
        links: Vec::new(),
        capabilities: BTreeMap::new(),
        first_seen: Timestamp(T0),
        last_seen: Timestamp(T0),
        requests: 1,
    }
}

fn summary(lines: u64, accepted: u64, rejected: u64, dups: u64) -> Summary {
    Summary {
        contract_version: 1,
        lines_read: lines,
        events_accepted: accepted,
        events_rejected: rejected,
        duplicates: dups,
        ..Summary::default()
    }
}

/// Every attacker flagged (rh at +1..+4 h, ls at +24 h +2..+4 h), each campaign one pure
/// cluster, benign accounts allowed with low scores.
fn oracle(truth: &[TruthRecord]) -> Predictions {
    let accounts = truth
        .iter()
        .enumerate()
        .map(|(i, t)| match t.campaign.as_deref() {
            Some("camp-rh") => finding(
                &t.account_id,
                0.95,
                Some(T0 + (i as i64 + 1) * H),
                Some("cl-rh"),
            ),
            Some(_) => finding(
                &t.account_id,
                0.8,
                Some(T0 + 24 * H + (i as i64 - 2) * H),
                Some("cl-ls"),
            ),
            None => finding(&t.account_id, 0.1, None, None),
        })
        .collect();
    Predictions {
        accounts,
        clusters: Some(vec![
            cluster("cl-rh", &["rh0", "rh1", "rh2", "rh3"]),
            cluster("cl-ls", &["ls0", "ls1", "ls2"]),
        ]),
        summary: Some(summary(100, 90, 6, 4)),
    }
}

fn round_trips(report: &EvalReport) {
    let json = serde_json::to_string(report).unwrap();
    assert!(!json.contains("NaN") && !json.contains("inf"), "{json}");
    // A NaN would serialise as null and fail to read back into an f64.
    let back: EvalReport = serde_json::from_str(&json).unwrap();
    assert_eq!(back.scan().all.flagged, report.scan().all.flagged);
    assert_eq!(back.integrity, report.integrity);
}

#[test]
fn an_oracle_scores_perfectly() {
    let truth = population();
    let report = evaluate(&truth, None, &oracle(&truth), &starts(), &[]);
    let scan = report.scan();
    for m in [&scan.all, &scan.without_low_and_slow] {
        assert_eq!(
            (m.precision, m.recall, m.f1, m.average_precision),
            (1.0, 1.0, 1.0, 1.0)
        );
        assert_eq!((m.false_positives, m.false_negatives), (0, 0));
    }
    assert_eq!(scan.all.true_positives, 7);
    assert_eq!(scan.without_low_and_slow.true_positives, 4);
    assert_eq!(scan.without_low_and_slow.accounts, 11);
    assert_eq!(scan.hard_benign.rate, 0.0);
    assert!(scan.groups.iter().all(|g| match g.label {
        Label::Attack => g.counts.rate == 1.0,
        Label::Benign => g.counts.rate == 0.0,
    }));
    for c in &report.campaigns.campaigns {
        assert_eq!(c.cluster_coverage, Some(1.0), "{}", c.campaign);
        assert_eq!(c.cluster_purity, Some(1.0), "{}", c.campaign);
        assert_eq!(c.recall, 1.0);
    }
    assert_eq!(report.campaigns.detected, 2);
    assert!(report.integrity.is_clean(), "{:?}", report.integrity);
    assert_eq!(report.integrity.summary_invariant, InvariantStatus::Ok);
    assert_eq!(report.integrity.cluster_mismatches, Some(0));
    assert!(scan.notes.is_empty(), "{:?}", scan.notes);
    round_trips(&report);
}

#[test]
fn allowing_everyone_catches_nobody_and_stays_nan_free() {
    let truth = population();
    let preds = Predictions {
        accounts: truth
            .iter()
            .map(|t| finding(&t.account_id, 0.0, None, None))
            .collect(),
        ..Predictions::default()
    };
    let report = evaluate(&truth, None, &preds, &starts(), &[]);
    let all = &report.scan().all;
    assert_eq!((all.recall, all.precision, all.f1), (0.0, 0.0, 0.0));
    assert_eq!(all.flagged, 0);
    // One tie at score 0: AP is the share of attackers, 7 of 14.
    assert_eq!(all.average_precision, 0.5);
    assert!(report
        .scan()
        .notes
        .iter()
        .any(|n| n.contains("precision is undefined")));
    assert_eq!(report.campaigns.detected, 0);
    assert_eq!(report.campaigns.median_first_detection_delay_hours, None);
    assert_eq!(report.integrity.summary_invariant, InvariantStatus::Absent);
    round_trips(&report);
}

#[test]
fn a_mixed_cluster_has_the_purity_of_its_members() {
    use Label::{Attack, Benign};
    let truth = vec![
        truth("a0", Attack, "reasoning_harvester", Some("camp-a")),
        truth("a1", Attack, "reasoning_harvester", Some("camp-a")),
        truth("a2", Attack, "reasoning_harvester", Some("camp-a")),
        truth("a3", Attack, "reasoning_harvester", Some("camp-a")),
        truth("b0", Attack, "vpn_heavy", Some("camp-b")),
        truth("b1", Attack, "vpn_heavy", Some("camp-b")),
        truth("n0", Benign, "enterprise", None),
    ];
    let preds = Predictions {
        accounts: vec![
            finding("a0", 0.9, Some(T0), Some("mix")),
            finding("a1", 0.9, Some(T0), Some("mix")),
            finding("a2", 0.9, Some(T0), Some("mix")),
            finding("a3", 0.9, Some(T0), None),
            finding("b0", 0.9, Some(T0), Some("mix")),
            finding("b1", 0.9, Some(T0), Some("b-own")),
            finding("n0", 0.6, Some(T0), Some("mix")),
        ],
        ..Predictions::default()
    };
    let report = evaluate(&truth, None, &preds, &CampaignStarts::default(), &[]);
    let [a, b] = &report.campaigns.campaigns[..] else {
        panic!("two campaigns expected")
    };
    // camp-a: 3 of its 4 accounts in `mix`; `mix` holds 5, 3 of them camp-a.
    assert_eq!(a.largest_cluster.as_deref(), Some("mix"));
    assert_eq!(a.cluster_coverage, Some(0.75));
    assert_eq!(a.cluster_purity, Some(0.6));
    // camp-b: one account in each cluster; the tie goes to the smallest id, `b-own`.
    assert_eq!(b.largest_cluster.as_deref(), Some("b-own"));
    assert_eq!(b.cluster_coverage, Some(0.5));
    assert_eq!(b.cluster_purity, Some(1.0));
    // No start known: no delays, and no made-up numbers.
    assert_eq!(a.first_detection_delay_hours, None);
    // The flagged enterprise account is the one false positive.
    assert_eq!(report.scan().hard_benign.flagged, 1);
    assert_eq!(report.scan().all.precision, 6.0 / 7.0);
}

#[test]
fn delays_are_hours_after_the_campaign_start() {
    use Label::Attack;
    let truth: Vec<TruthRecord> = ["x0", "x1", "x2", "x3", "x4", "y0", "z0"]
        .iter()
        .map(|id| {
            let c = format!("camp-{}", &id[..1]);
            truth(id, Attack, "agentic_harvester", Some(&c))
        })
        .collect();
    let mut decayed = finding("x4", 0.3, Some(T0 + H / 2), None);
    decayed.decision = Decision::Allow;
    let preds = Predictions {
        accounts: vec![
            finding("x0", 0.9, Some(T0 + 10 * H), None),
            finding("x1", 0.9, Some(T0 + H), None),
            finding("x2", 0.9, Some(T0 + 6 * H), None),
            finding("x3", 0.9, Some(T0 + 2 * H), None),
            // Left `allow` at +0.5 h, then went back: counts for the first detection, not
            // for the median over flagged accounts.
            decayed,
            finding("y0", 0.9, Some(T0 + 5 * H), None),
            finding("z0", 0.9, Some(T0 + 3 * H), None),
        ],
        ..Predictions::default()
    };
    let starts = CampaignStarts::from_campaigns(BTreeMap::from([
        ("camp-x".to_owned(), Timestamp(T0)),
        ("camp-y".to_owned(), Timestamp(T0)),
        ("camp-z".to_owned(), Timestamp(T0)),
    ]));
    let report = evaluate(&truth, None, &preds, &starts, &[]);
    let x = &report.campaigns.campaigns[0];
    assert_eq!(x.campaign, "camp-x");
    assert_eq!(x.first_detection_delay_hours, Some(0.5));
    // Flagged: 1, 2, 6, 10 h → median 4 h.
    assert_eq!(x.median_account_delay_hours, Some(4.0));
    assert_eq!(x.recall, 0.8);
    // Campaign delays 0.5, 5, 3 → median 3 h.
    assert_eq!(
        report.campaigns.median_first_detection_delay_hours,
        Some(3.0)
    );
}

#[test]
fn missing_duplicate_and_unknown_accounts_are_counted() {
    let truth = population();
    let mut preds = oracle(&truth);
    // rh0 disappears, ind0 appears twice (a flagged copy second: the first line wins),
    // and a stranger turns up.
    preds.accounts.retain(|f| f.account_id != "rh0");
    preds
        .accounts
        .push(finding("ind0", 0.99, Some(T0), Some("cl-rh")));
    preds
        .accounts
        .push(finding("stranger", 0.99, Some(T0), None));
    preds.summary = Some(summary(100, 90, 6, 3));
    let mut first_seen: BTreeMap<String, Timestamp> = truth
        .iter()
        .map(|t| (t.account_id.clone(), Timestamp(T0)))
        .collect();
    first_seen.remove("rh0");
    let starts = CampaignStarts::from_account_first_seen(&truth, first_seen);
    let report = evaluate(&truth, None, &preds, &starts, &[]);
    let ig = &report.integrity;
    assert_eq!((ig.missing, ig.duplicated, ig.unknown), (1, 1, 1));
    assert_eq!(ig.missing_without_events, Some(1));
    assert_eq!(ig.summary_invariant, InvariantStatus::Violated);
    // rh0 is listed in cl-rh but has no line; the stranger has no cluster: one mismatch.
    assert_eq!(ig.cluster_mismatches, Some(1));
    assert!(!ig.is_clean());
    // The missing attacker counts as allowed; the duplicate's first (allow) line counts.
    let all = &report.scan().all;
    assert_eq!((all.false_negatives, all.false_positives), (1, 0));
    assert_eq!(report.campaigns.campaigns[0].cluster_coverage, Some(1.0));
}

#[test]
fn starts_from_first_seen_take_each_campaigns_earliest_account() {
    let truth = population();
    let first_seen = BTreeMap::from([
        ("rh0".to_owned(), Timestamp(T0 + 5 * H)),
        ("rh3".to_owned(), Timestamp(T0 + 2 * H)),
        ("ind0".to_owned(), Timestamp(T0)),
    ]);
    let starts = CampaignStarts::from_account_first_seen(&truth, first_seen);
    assert_eq!(starts.campaign("camp-rh"), Some(Timestamp(T0 + 2 * H)));
    assert_eq!(starts.campaign("camp-ls"), None);
}

#[test]
fn the_table_fits_and_matches_the_golden_file() {
    let truth = population();
    let mut preds = oracle(&truth);
    // A realistic miss: one low-and-slow account allowed, one enterprise flagged.
    for f in &mut preds.accounts {
        if f.account_id == "ls2" {
            *f = finding("ls2", 0.3, None, None);
        }
        if f.account_id == "ent1" {
            *f = finding("ent1", 0.85, Some(T0 + 30 * H), None);
        }
    }
    // Hand-made baselines: each flags a few accounts and scores the rest 0.5.
    let baseline = |name: &str, rule: &str, hot: &[&str]| dg_eval::baselines::Baseline {
        name: name.into(),
        rule: rule.into(),
        accounts: truth
            .iter()
            .map(|t| {
                let is_hot = hot.contains(&t.account_id.as_str());
                let mut f = finding(&t.account_id, if is_hot { 0.97 } else { 0.5 }, None, None);
                if is_hot {
                    f.decision = Decision::Review;
                }
                f
            })
            .collect(),
    };
    let baselines = vec![
        baseline(
            "volume",
            "requests per active day above the 95th percentile",
            &["rh0", "ent0", "uni0"],
        ),
        baseline(
            "iforest",
            "top 5% by isolation-forest score over 10 usage aggregates (100 trees, 256 rows \
             each, seed 0x5eed)",
            &["rh0", "rh1", "ls0", "ind3"],
        ),
    ];
    let report = evaluate(&truth, None, &preds, &starts(), &baselines);
    let table = report.render_table();
    for line in table.lines() {
        assert!(line.chars().count() <= WIDTH, "too wide: {line}");
    }
    let golden = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden/table.txt");
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        std::fs::write(&golden, &table).unwrap();
    }
    let expected = std::fs::read_to_string(&golden).unwrap_or_default();
    assert_eq!(
        table, expected,
        "table changed; rerun with UPDATE_GOLDEN=1 if intended:\n{table}"
    );
}

/// `campaigns.jsonl` truth: `(campaign, successor_of)`.
fn campaign_truth(rows: &[(&str, Option<&str>)]) -> Vec<CampaignTruth> {
    rows.iter()
        .map(|(c, p)| CampaignTruth {
            campaign: c.to_string(),
            successor_of: p.map(Into::into),
        })
        .collect()
}

/// Hydra clusters by hand: a standby pool linked to the right predecessor, one linked to
/// the wrong one, one not linked, a mixed benign cluster with a stray link, a lone VPN
/// account, and a low-and-slow pair that nobody clusters.
fn hydra() -> (Vec<TruthRecord>, Vec<CampaignTruth>, Predictions) {
    use Label::{Attack, Benign};
    let spec: [(&str, &str, Option<&str>, Option<&str>); 19] = [
        ("rh0", "reasoning_harvester", Some("camp-rh"), Some("cl-rh")),
        ("rh1", "reasoning_harvester", Some("camp-rh"), Some("cl-rh")),
        ("rh2", "reasoning_harvester", Some("camp-rh"), Some("cl-rh")),
        ("rh3", "reasoning_harvester", Some("camp-rh"), Some("cl-rh")),
        ("sb0", "standby_pool", Some("camp-sb"), Some("cl-sb")),
        ("sb1", "standby_pool", Some("camp-sb"), Some("cl-sb")),
        ("sb2", "standby_pool", Some("camp-sb"), Some("cl-sb")),
        ("ag0", "agentic_harvester", Some("camp-ag"), Some("cl-ag")),
        ("ag1", "agentic_harvester", Some("camp-ag"), Some("cl-ag")),
        ("ag2", "agentic_harvester", Some("camp-ag"), None),
        ("sc0", "standby_pool", Some("camp-sc"), Some("cl-sc")),
        ("sc1", "standby_pool", Some("camp-sc"), Some("cl-sc")),
        ("sd0", "standby_pool", Some("camp-sd"), Some("cl-sd")),
        ("sd1", "standby_pool", Some("camp-sd"), Some("cl-sd")),
        ("v0", "vpn_heavy", Some("camp-v"), Some("cl-mix")),
        ("ls0", "low_and_slow", Some("camp-ls"), None),
        ("ls1", "low_and_slow", Some("camp-ls"), None),
        ("ind0", "individual", None, Some("cl-mix")),
        ("ind1", "individual", None, Some("cl-mix")),
    ];
    let truth_rows = spec
        .iter()
        .map(|&(id, group, camp, _)| {
            let label = if camp.is_some() { Attack } else { Benign };
            truth(id, label, group, camp)
        })
        .collect();
    let accounts = spec
        .iter()
        .map(|&(id, _, camp, cl)| finding(id, 0.9, camp.map(|_| T0 + H), cl))
        .collect();
    let successor = |mut c: ClusterFinding, pred: &str| {
        c.links.push(ClusterLink {
            kind: "successor_of".into(),
            value: pred.into(),
            accounts: c.accounts.len() as u64,
        });
        c
    };
    let clusters = vec![
        cluster("cl-rh", &["rh0", "rh1", "rh2", "rh3"]),
        // camp-sb took over from camp-rh: right.
        successor(cluster("cl-sb", &["sb0", "sb1", "sb2"]), "cl-rh"),
        cluster("cl-ag", &["ag0", "ag1"]),
        // camp-sc took over from camp-ag, but its cluster names cl-rh: wrong.
        successor(cluster("cl-sc", &["sc0", "sc1"]), "cl-rh"),
        // camp-sd took over from camp-ag; its cluster names nobody.
        cluster("cl-sd", &["sd0", "sd1"]),
        // Mostly benign: any successor link from it is false.
        successor(cluster("cl-mix", &["v0", "ind0", "ind1"]), "cl-ag"),
    ];
    let campaigns = campaign_truth(&[
        ("camp-ag", None),
        ("camp-ls", None),
        ("camp-rh", None),
        ("camp-sb", Some("camp-rh")),
        ("camp-sc", Some("camp-ag")),
        ("camp-sd", Some("camp-ag")),
        ("camp-v", None),
    ]);
    let preds = Predictions {
        accounts,
        clusters: Some(clusters),
        summary: None,
    };
    (truth_rows, campaigns, preds)
}

#[test]
fn a_campaigns_own_turnover_is_no_false_successor_link() {
    // The agentic campaign's third account forms a cluster of its own that takes over from
    // the campaign's first cluster: replacement accounts of one campaign, a true succession.
    let (truth, campaigns, mut preds) = hydra();
    for f in &mut preds.accounts {
        if f.account_id == "ag2" {
            f.cluster_id = Some("cl-ag2".into());
        }
    }
    let mut turnover = cluster("cl-ag2", &["ag2"]);
    turnover.links.push(ClusterLink {
        kind: "successor_of".into(),
        value: "cl-ag".into(),
        accounts: 1,
    });
    if let Some(c) = preds.clusters.as_mut() {
        c.push(turnover);
    }
    let report = evaluate(
        &truth,
        Some(&campaigns),
        &preds,
        &CampaignStarts::default(),
        &[],
    );
    let s = &report.campaigns.successors;
    assert_eq!((s.links, s.false_links), (Some(4), Some(2)));
}

#[test]
fn successor_links_are_judged_against_the_predecessors_cluster() {
    let (truth, campaigns, preds) = hydra();
    let report = evaluate(
        &truth,
        Some(&campaigns),
        &preds,
        &CampaignStarts::default(),
        &[],
    );
    let s = &report.campaigns.successors;
    let status: Vec<(&str, &str, LinkStatus)> = s
        .successors
        .iter()
        .map(|r| (r.campaign.as_str(), r.successor_of.as_str(), r.status))
        .collect();
    assert_eq!(
        status,
        [
            ("camp-sb", "camp-rh", LinkStatus::Linked),
            ("camp-sc", "camp-ag", LinkStatus::WrongCluster),
            ("camp-sd", "camp-ag", LinkStatus::NotLinked),
        ]
    );
    assert_eq!(s.successors[1].linked_to, ["cl-rh"]);
    assert_eq!(
        s.successors[1].predecessor_cluster.as_deref(),
        Some("cl-ag")
    );
    // cl-sb → cl-rh is true; cl-sc → cl-rh joins unrelated campaigns, and cl-mix is mostly
    // benign, so its link is false whatever it names.
    assert_eq!((s.links, s.false_links), (Some(3), Some(2)));

    let table = report.render_table();
    for want in [
        "camp-sb successor_of  camp-rh: linked (cl-sb → cl-rh)",
        "camp-sc successor_of  camp-ag: linked to wrong cluster (cl-sc → cl-rh, but camp-ag is mostly in cl-ag)",
        "camp-sd successor_of  camp-ag: not linked (cl-sd has no successor_of; camp-ag is mostly in cl-ag)",
        "false successor links  2 of 3 successor_of links",
    ] {
        let squeezed: String = table.split_whitespace().collect::<Vec<_>>().join(" ");
        let want: String = want.split_whitespace().collect::<Vec<_>>().join(" ");
        assert!(squeezed.contains(&want), "missing {want:?} in:\n{table}");
    }
    for line in table.lines() {
        assert!(line.chars().count() <= WIDTH, "too wide: {line}");
    }
}

#[test]
fn a_single_account_campaign_has_no_coverage_or_purity() {
    let (truth, campaigns, preds) = hydra();
    let report = evaluate(
        &truth,
        Some(&campaigns),
        &preds,
        &CampaignStarts::default(),
        &[],
    );
    let rows = &report.campaigns.campaigns;
    let lone = rows
        .iter()
        .find(|r| r.campaign == "camp-v")
        .expect("camp-v row");
    // v0 sits in cl-mix with two benign accounts: 1.000 coverage and 0.333 purity would
    // both mislead, since no cluster can be made of one account.
    assert_eq!((lone.cluster_coverage, lone.cluster_purity), (None, None));
    let json = serde_json::to_value(&report).unwrap();
    let row = json["campaigns"]["campaigns"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["campaign"] == "camp-v")
        .unwrap();
    assert!(row["cluster_coverage"].is_null(), "{row}");
    assert!(row["cluster_purity"].is_null(), "{row}");
    round_trips(&report);

    let table = report.render_table();
    let cells: Vec<&str> = table
        .lines()
        .find(|l| l.trim_start().starts_with("camp-v "))
        .expect("camp-v line")
        .split_whitespace()
        .collect();
    // campaign, accounts, recall, coverage, purity, first h, median h
    assert_eq!(cells[..5], ["camp-v", "1", "1.000", "-", "-"], "{table}");
    assert!(
        table.contains("\"-\" for a campaign of one account"),
        "{table}"
    );

    // Multi-account campaigns without low_and_slow: rh, sb, ag, sc, sd; camp-ag has only
    // two of its three accounts in cl-ag, so four are clustered.
    assert_eq!(
        (report.campaigns.clustered, report.campaigns.multi_account),
        (4, 5)
    );
    assert!(
        table.contains("4 of 5 multi-account campaigns (low_and_slow excluded)"),
        "{table}"
    );
}

#[test]
fn without_clusters_or_campaign_truth_links_are_unknown_not_wrong() {
    let (truth, campaigns, mut preds) = hydra();
    let report = evaluate(&truth, None, &preds, &CampaignStarts::default(), &[]);
    let s = &report.campaigns.successors;
    assert!(s.successors.is_empty() && !s.truth_given);
    assert_eq!((s.links, s.false_links), (Some(3), None));

    preds.clusters = None;
    let report = evaluate(
        &truth,
        Some(&campaigns),
        &preds,
        &CampaignStarts::default(),
        &[],
    );
    let s = &report.campaigns.successors;
    assert!(s.successors.iter().all(|r| r.status == LinkStatus::Unknown));
    assert_eq!((s.links, s.false_links), (None, None));
    assert!(report
        .render_table()
        .contains("unknown: clusters.jsonl absent"));
}

#[test]
fn a_benign_group_marked_hard_in_truth_counts_among_the_hard_benign() {
    let mut all = population();
    let mut preds = oracle(&all);
    let mut a = truth("look1", Label::Benign, "new_lookalike", None);
    a.hard = Some(true);
    all.push(a);
    all.push(truth("plain1", Label::Benign, "new_plain", None));
    preds.accounts.push(finding("look1", 0.99, Some(0), None));
    preds.accounts.push(finding("plain1", 0.99, Some(0), None));
    let report = evaluate(&all, None, &preds, &starts(), &[]);
    let scan = report.scan();
    let g = |name: &str| scan.groups.iter().find(|g| g.group == name).expect("group");
    assert!(g("new_lookalike").hard_benign);
    assert!(!g("new_plain").hard_benign);
    // Only the marked one joins the hard benign rate: one flagged of the hard ones.
    assert_eq!(scan.hard_benign.flagged, 1);
    assert!(report.render_table().contains("new_lookalike"));
}
