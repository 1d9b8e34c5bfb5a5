//! The page as a whole: counts, escaping of every input field, nothing that loads or runs.

use std::collections::BTreeMap;

use dg_model::{AccountFinding, ClusterFinding, ClusterLink, Decision, Reason, Rejected, Summary};

use super::*;

const HOSTILE: [&str; 3] = [
    "<script>window.__xss=1</script>",
    "\"><img src=x onerror=\"window.__xss=1\">",
    "javascript:window.__xss=1",
];

fn finding(id: &str, score: f64, decision: Decision, cluster: Option<&str>) -> AccountFinding {
    AccountFinding {
        account_id: id.into(),
        score,
        decision,
        first_flagged_at: decision
            .is_flagged()
            .then_some(Timestamp(1_770_000_000_000 + (score * 1e6) as i64)),
        cluster_id: cluster.map(Into::into),
        reasons: vec![Reason {
            code: "cot_elicitation".into(),
            weight: 2.5,
            detail: format!("detail of {id}"),
        }],
        explain: None,
    }
}

fn cluster(id: &str, members: &[&str], decision: Decision, link_value: &str) -> ClusterFinding {
    let mut capabilities = BTreeMap::new();
    capabilities.insert("reasoning".to_string(), 0.7);
    capabilities.insert("chat".to_string(), 0.3);
    ClusterFinding {
        cluster_id: id.into(),
        accounts: members.iter().map(|m| m.to_string()).collect(),
        score: if decision.is_flagged() { 0.9 } else { 0.1 },
        decision,
        links: vec![ClusterLink {
            kind: "frame".into(),
            value: link_value.into(),
            accounts: members.len() as u64,
        }],
        capabilities,
        first_seen: Timestamp(1_770_000_000_000),
        last_seen: Timestamp(1_770_000_000_000 + 30 * Timestamp::HOUR),
        requests: 100,
    }
}

/// Three clusters, two of them flagged; account ids, cluster evidence, reason details and a
/// rejected file name carry script payloads.
fn known_input() -> (
    Summary,
    Vec<AccountFinding>,
    Vec<ClusterFinding>,
    RejectStats,
) {
    let mut findings = vec![
        finding(HOSTILE[0], 0.99, Decision::Block, Some("cl_a")),
        finding(HOSTILE[1], 0.95, Decision::Block, Some("cl_a")),
        finding(HOSTILE[2], 0.90, Decision::Throttle, Some("cl_a")),
        finding("b1", 0.80, Decision::Review, Some("cl_b")),
        finding("b2", 0.60, Decision::Review, Some("cl_b")),
        finding("c1", 0.10, Decision::Allow, Some("cl_c")),
        finding("c2", 0.05, Decision::Allow, Some("cl_c")),
    ];
    findings[0].reasons[0].detail = HOSTILE[1].into();
    let clusters = vec![
        cluster("cl_b", &["b1", "b2"], Decision::Review, "band-7"),
        cluster("cl_a", &HOSTILE, Decision::Block, HOSTILE[0]),
        cluster("cl_c", &["c1", "c2"], Decision::Allow, "band-9"),
    ];
    let summary = Summary {
        contract_version: 1,
        lines_read: 1000,
        events_accepted: 990,
        events_rejected: 8,
        duplicates: 2,
        accounts: 7,
        accounts_flagged: 5,
        clusters: 3,
        clusters_flagged: 2,
        elapsed_ms: 1234,
    };
    let mut rejects = RejectStats::default();
    for line in 1..=8 {
        rejects.record(
            &Rejected {
                file: format!("{}.jsonl", HOSTILE[0]),
                line,
                error: format!("invalid ts: \"{}\"", HOSTILE[1]),
            },
            false,
        );
    }
    (summary, findings, clusters, rejects)
}

fn page() -> String {
    let (summary, findings, clusters, rejects) = known_input();
    let inputs = crate::cmd::scan::Inputs {
        events: vec![format!("{}.jsonl", HOSTILE[2]).into()],
        relink_minutes: 180,
        ..Default::default()
    };
    let repro = Repro::new(
        &inputs,
        std::path::Path::new("out"),
        &dg_model::Policy::default(),
        false,
    );
    render(&ReportInput {
        summary: &summary,
        findings: &findings,
        decisions: &DecisionCounts::of(&findings),
        clusters: &clusters,
        rejects: &rejects,
        repro: &repro,
    })
}

#[test]
fn counts_the_flagged_clusters_as_campaigns_largest_first() {
    let page = page();
    assert!(page.contains("<span id=\"campaign-count\">2</span>"));
    assert_eq!(page.matches("<tr class=\"campaign\">").count(), 2);
    assert_eq!(page.matches("<div class=\"card\" id=\"c").count(), 2);
    // The three-account campaign comes before the two-account one; the allowed one is absent.
    let a = page
        .find("Campaign #1 <span class=\"id\">cl_a<")
        .expect("cl_a is #1");
    let b = page
        .find("Campaign #2 <span class=\"id\">cl_b<")
        .expect("cl_b is #2");
    assert!(a < b);
    let campaigns = &page[page.find("id=\"campaigns\"").expect("section")
        ..page.find("id=\"accounts\"").expect("section")];
    assert!(campaigns.contains(">cl_b<"));
    assert!(
        !campaigns.contains("cl_c"),
        "an allowed cluster is not a campaign"
    );
    assert!(!page.contains("Campaign #3"));
    assert_eq!(page.matches("<tr class=\"account\">").count(), 7);
    assert!(page.contains("flagged: block"));
}

#[test]
fn input_text_is_escaped_everywhere_and_nothing_can_load_or_run() {
    let page = page();
    assert!(page.contains(
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; \
         style-src 'unsafe-inline'; img-src data:\">"
    ));
    let lower = page.to_ascii_lowercase();
    assert!(!lower.contains("<script"), "a script element");
    assert!(!lower.contains("<img"), "an img element");
    assert!(!lower.contains("onerror=\""), "an event handler attribute");
    assert!(!lower.contains(" src=\""), "a source attribute");
    // Links are the page's own anchors only; input never reaches an href.
    for (i, _) in page.match_indices("href=\"") {
        let target = &page[i + 6..];
        assert!(
            target.starts_with('#'),
            "{}",
            &target[..40.min(target.len())]
        );
    }
    // The payloads are shown, as text, in each place they came from.
    let escaped = html::escape(HOSTILE[0]);
    assert!(
        page.matches(escaped.as_str()).count() >= 4,
        "id, member, link value, file"
    );
    assert!(page.contains(&html::escape(HOSTILE[1])));
    assert!(page.contains("javascript:window.__xss=1"));
    // The rejected lines' error text quoted the input; the page shows only its kind.
    assert!(page.contains(":1</span> — invalid ts<"));
}
