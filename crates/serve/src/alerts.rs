//! Alerts when the evidence under an analyst override changes: an override is set on what the
//! analyst saw, and the detector goes on re-linking. So that an allow-list cannot silently
//! shelter a farm member (nor a block-list hide that its campaign goes on recruiting), every
//! re-link is checked against the overrides in force:
//!
//! - `allow_listed_member`: an account with an `allow` or `review` override of its own is a
//!   member of a cluster whose decision (the cluster's own override, else the detector's) is
//!   `throttle` or `block`. Once per override and cluster.
//! - `allow_listed_cluster_grew`: a cluster the detector flags, allow-listed (or set to review)
//!   by a cluster override, gained members: the override now covers accounts the analyst never
//!   saw.
//! - `block_listed_cluster_grew`: the cluster of an account with a `block` or `throttle`
//!   override, or a cluster with such an override, gained members.
//!
//! Membership changes only at a re-link, so the check runs after every step of the detector
//! during which a re-link was applied (before the step counts as done: once `events_pending`
//! is 0 every alert is listed; see `detector.rs`), when an override is set on this node, and
//! at start. "Gained members" means accounts never seen in the
//! override's cluster before: every member seen is kept in memory per override, from the first
//! check that sees the override (a periodic re-link sees only part of a campaign, so a cluster
//! may drop out of sight and come back, or come back smaller; only an account never seen in it
//! is news), until the override ends. Alerts are stored (`dg_alerts`,
//! migration 14) with a key naming the condition, so the same condition, seen again at the next
//! re-link, on another node or after a restart, raises no second alert.

use std::collections::{BTreeSet, HashMap, HashSet};
use std::sync::atomic::Ordering::Relaxed;
use std::sync::{Arc, Mutex, PoisonError};

use dg_model::{ClusterFinding, Decision, Timestamp};
use serde_json::json;
use tracing::{info, warn};

use crate::overrides::{Override, Target};
use crate::store::AlertRow;
use crate::App;

/// The alert kinds, as stored and as `distillguard_alerts_total{kind}` labels them.
pub const KINDS: [&str; 3] = [
    "allow_listed_member",
    "allow_listed_cluster_grew",
    "block_listed_cluster_grew",
];

/// Most new members named in one alert's detail (the count is always complete).
const MAX_LISTED: usize = 100;

/// What the checks remember between two runs: every account seen in each watched override's
/// cluster since the first check that saw the override.
#[derive(Default)]
pub(crate) struct Watch {
    baselines: Mutex<HashMap<i64, BTreeSet<String>>>,
    /// The detector's re-link count at the last check (see [`crate::engine::Engine::relinks`]).
    pub(crate) relinks_checked: std::sync::atomic::AtomicU64,
}

/// An alert found by a check, before it is stored.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Found {
    pub(crate) kind: &'static str,
    pub(crate) key: String,
    pub(crate) override_id: i64,
    pub(crate) cluster_id: String,
    pub(crate) account_id: Option<String>,
    pub(crate) detail: serde_json::Value,
}

fn flagged(d: Decision) -> bool {
    matches!(d, Decision::Throttle | Decision::Block)
}

/// A short stable hash of a set of account ids, for a key.
fn set_key(ids: &[&str]) -> String {
    use sha2::{Digest, Sha256};
    let mut h = Sha256::new();
    for id in ids {
        h.update(id.as_bytes());
        h.update(b"\n");
    }
    h.finalize()[..8]
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// Compares the overrides in force with the clusters of the latest re-link: the alerts they
/// raise, with `baselines` (every member seen per override) moved on. Pure: the
/// caller supplies the cluster overrides in force (`cluster_override`).
pub(crate) fn check(
    overrides: &[Arc<Override>],
    clusters: &[ClusterFinding],
    cluster_override: impl Fn(&str) -> Option<Decision>,
    baselines: &mut HashMap<i64, BTreeSet<String>>,
) -> Vec<Found> {
    let watched: HashSet<&str> = overrides
        .iter()
        .filter(|o| o.target == Target::Account)
        .map(|o| o.target_id.as_str())
        .collect();
    let mut cluster_of: HashMap<&str, usize> = HashMap::new();
    let mut by_id: HashMap<&str, usize> = HashMap::new();
    for (k, c) in clusters.iter().enumerate() {
        by_id.insert(c.cluster_id.as_str(), k);
        if watched.is_empty() {
            continue;
        }
        for a in &c.accounts {
            if watched.contains(a.as_str()) {
                cluster_of.insert(a.as_str(), k);
            }
        }
    }
    let mut out = Vec::new();
    for o in overrides {
        let k = match o.target {
            Target::Account => cluster_of.get(o.target_id.as_str()),
            Target::Cluster => by_id.get(o.target_id.as_str()),
        };
        let Some(c) = k.map(|&k| &clusters[k]) else {
            continue;
        };
        let decision = cluster_override(&c.cluster_id).unwrap_or(c.decision);
        let account = (o.target == Target::Account).then(|| o.target_id.clone());
        if o.target == Target::Account && !flagged(o.action) && flagged(decision) {
            out.push(Found {
                kind: KINDS[0],
                key: format!("{}:{}:{}", KINDS[0], o.id, c.cluster_id),
                override_id: o.id,
                cluster_id: c.cluster_id.clone(),
                account_id: account.clone(),
                detail: json!({
                    "override_action": crate::overrides::action_name(o.action),
                    "cluster_decision": crate::overrides::action_name(decision),
                    "cluster_score": c.score,
                    "cluster_size": c.accounts.len(),
                }),
            });
        }
        // Growth is watched for a block-list, and for an allow-list of a cluster the detector
        // flags (an allow-listed account's own cluster is the alert above).
        let kind = if flagged(o.action) {
            KINDS[2]
        } else if o.target == Target::Cluster && flagged(c.decision) {
            KINDS[1]
        } else {
            continue;
        };
        let Some(seen) = baselines.get_mut(&o.id) else {
            baselines.insert(o.id, c.accounts.iter().cloned().collect());
            continue;
        };
        let joined: Vec<&str> = c
            .accounts
            .iter()
            .map(String::as_str)
            .filter(|a| !seen.contains(*a))
            .collect();
        if joined.is_empty() {
            continue;
        }
        seen.extend(joined.iter().map(|a| a.to_string()));
        out.push(Found {
            kind,
            key: format!("{kind}:{}:{}:{}", o.id, c.cluster_id, set_key(&joined)),
            override_id: o.id,
            cluster_id: c.cluster_id.clone(),
            account_id: account,
            detail: json!({
                "override_action": crate::overrides::action_name(o.action),
                "cluster_decision": crate::overrides::action_name(decision),
                "cluster_score": c.score,
                "cluster_size": c.accounts.len(),
                "joined": joined.len(),
                "new_members": joined.iter().take(MAX_LISTED).collect::<Vec<_>>(),
            }),
        });
    }
    // Overrides gone (withdrawn, expired): forget what they had seen.
    let live: HashSet<i64> = overrides.iter().map(|o| o.id).collect();
    baselines.retain(|id, _| live.contains(id));
    out
}

/// Runs a check of the overrides in force against `clusters` and stores what it raises
/// (counted in `distillguard_alerts_total`); how many new alerts were stored.
pub(crate) async fn run(
    app: &Arc<App>,
    clusters: &[ClusterFinding],
    as_of: Option<Timestamp>,
) -> u64 {
    let now = crate::analyst::now_ms();
    let overrides = app.overrides.all_in_force(now);
    let found = {
        let mut baselines = app
            .watch
            .baselines
            .lock()
            .unwrap_or_else(PoisonError::into_inner);
        check(
            &overrides,
            clusters,
            |id| app.overrides.on_cluster(id, now).first().map(|o| o.action),
            &mut baselines,
        )
    };
    let mut stored = 0;
    for f in found {
        let row = AlertRow {
            seq: 0,
            at: now,
            kind: f.kind.to_string(),
            dedupe_key: f.key,
            override_id: f.override_id,
            cluster_id: f.cluster_id,
            account_id: f.account_id,
            as_of: as_of.map(Timestamp::millis),
            detail: f.detail.to_string(),
        };
        match app.store.insert_alert(&row).await {
            Ok(true) => {
                stored += 1;
                if let Some(k) = KINDS.iter().position(|k| *k == row.kind) {
                    app.metrics.alerts[k].fetch_add(1, Relaxed);
                }
                info!(kind = %row.kind, override_id = row.override_id, "alert raised");
            }
            Ok(false) => {}
            Err(e) => warn!(error = %e, kind = %row.kind, "storing an alert failed"),
        }
    }
    stored
}

/// Checks the overrides in force against the detector's clusters now (at start, and when an
/// override is set), in the fold's turn so that checks follow the folds' order.
pub(crate) async fn check_now(app: &Arc<App>) {
    if app.overrides.is_empty() {
        return;
    }
    let _turn = app.fold.lock().await;
    let a = Arc::clone(app);
    let read = crate::work::run("dg-alerts", app.limits.work(), move || {
        let mut engine = a.engine_mut();
        (engine.relinks(), engine.clusters(), engine.as_of())
    })
    .await;
    let Ok((relinks, clusters, as_of)) = read else {
        warn!("reading the clusters for the alert checks failed");
        return;
    };
    run(app, &clusters, as_of).await;
    app.watch.relinks_checked.store(relinks, Relaxed);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ov(id: i64, target: Target, on: &str, action: Decision) -> Arc<Override> {
        Arc::new(Override {
            id,
            target,
            target_id: on.into(),
            action,
            created_by: "alice".into(),
            created_at: String::new(),
            expires_at: None,
            expires_ms: None,
        })
    }

    fn cluster(id: &str, members: &[&str], decision: Decision) -> ClusterFinding {
        ClusterFinding {
            cluster_id: id.into(),
            accounts: members.iter().map(|s| s.to_string()).collect(),
            score: 0.9,
            decision,
            links: Vec::new(),
            capabilities: Default::default(),
            first_seen: Timestamp(0),
            last_seen: Timestamp(0),
            requests: 0,
        }
    }

    #[test]
    fn allow_lists_in_flagged_clusters_and_growing_block_lists_raise_alerts() {
        let overrides = [
            ov(1, Target::Account, "a", Decision::Allow),
            ov(2, Target::Account, "b", Decision::Block),
            ov(3, Target::Cluster, "cl_2", Decision::Allow),
            ov(4, Target::Account, "z", Decision::Allow),
        ];
        let mut base = HashMap::new();
        let first = [
            cluster("cl_1", &["b", "c"], Decision::Block),
            cluster("cl_2", &["d", "e"], Decision::Throttle),
        ];
        let found = check(&overrides, &first, |_| None, &mut base);
        assert!(found.is_empty(), "{found:?}");
        assert_eq!(
            base.len(),
            2,
            "the block-list's and the cluster allow-list's members"
        );
        // "a" joins cl_1; cl_1 and cl_2 gain members.
        let second = [
            cluster("cl_1", &["a", "b", "c", "f"], Decision::Block),
            cluster("cl_2", &["d", "e", "g"], Decision::Throttle),
        ];
        let found = check(&overrides, &second, |_| None, &mut base);
        let kinds: Vec<(&str, i64)> = found.iter().map(|f| (f.kind, f.override_id)).collect();
        assert_eq!(
            kinds,
            vec![
                ("allow_listed_member", 1),
                ("block_listed_cluster_grew", 2),
                ("allow_listed_cluster_grew", 3),
            ]
        );
        assert_eq!(found[1].detail["new_members"], json!(["a", "f"]));
        assert_eq!(found[2].detail["new_members"], json!(["g"]));
        // The same state again: the same key for the standing condition, no growth.
        let again = check(&overrides, &second, |_| None, &mut base);
        assert_eq!(again.len(), 1);
        assert_eq!(again[0].key, found[0].key);
        // The farm drops out of sight and comes back smaller: nobody new, no alert.
        let gone = [cluster("cl_2", &["d", "e", "g"], Decision::Throttle)];
        let found = check(&overrides, &gone, |_| None, &mut base);
        assert!(found.is_empty(), "{found:?}");
        let back = [
            cluster("cl_1", &["b", "c"], Decision::Block),
            cluster("cl_2", &["d", "e", "g"], Decision::Throttle),
        ];
        let found = check(&overrides, &back, |_| None, &mut base);
        assert!(found.is_empty(), "{found:?}");
        // A cluster override allowing cl_1 makes the allow-listed member's cluster allowed.
        let none = check(
            &overrides[..1],
            &second,
            |id| (id == "cl_1").then_some(Decision::Allow),
            &mut base,
        );
        assert!(none.is_empty(), "{none:?}");
        assert!(
            base.is_empty(),
            "overrides no longer in force are forgotten"
        );
    }
}
