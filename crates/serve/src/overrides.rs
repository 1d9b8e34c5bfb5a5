//! Analyst overrides in force, in memory: what the decision routes, the LiteLLM guardrail and
//! ext_authz consult after the detector's finding. The store holds every override (and the
//! audit log); this is the live ones, re-read from it every `store_refresh_ms` (so another
//! node's overrides apply too) and updated at once by this node's own changes. Expiry needs
//! no timer: an override past its `expires_at` is simply not in force when a decision asks.

use std::collections::HashMap;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, PoisonError, RwLock};

use dg_model::Decision;
use serde::Serialize;
use utoipa::ToSchema;

use crate::store::OverrideRow;

/// What an override is set on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, ToSchema)]
#[serde(rename_all = "lowercase")]
pub enum Target {
    /// One account.
    Account,
    /// Every current member of a cluster.
    Cluster,
}

impl Target {
    /// The name in requests and in the store.
    pub fn name(self) -> &'static str {
        match self {
            Target::Account => "account",
            Target::Cluster => "cluster",
        }
    }

    /// The target with this name.
    pub fn from_name(s: &str) -> Option<Target> {
        match s {
            "account" => Some(Target::Account),
            "cluster" => Some(Target::Cluster),
            _ => None,
        }
    }
}

/// The decision an action name sets (`allow`, `block`, `throttle`, `review`).
pub fn action_from_name(s: &str) -> Option<Decision> {
    match s {
        "allow" => Some(Decision::Allow),
        "review" => Some(Decision::Review),
        "throttle" => Some(Decision::Throttle),
        "block" => Some(Decision::Block),
        _ => None,
    }
}

/// The name of the decision an action sets.
pub fn action_name(d: Decision) -> &'static str {
    match d {
        Decision::Allow => "allow",
        Decision::Review => "review",
        Decision::Throttle => "throttle",
        Decision::Block => "block",
    }
}

/// An override in force, as decisions cite it (the analyst's free-text reason stays on the
/// analyst routes: gateways log decision answers).
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct Override {
    /// Its number (`DELETE /v1/overrides/{id}`).
    pub id: i64,
    /// Account or cluster.
    pub target: Target,
    /// The account or cluster id.
    pub target_id: String,
    /// The decision it sets.
    #[schema(value_type = crate::openapi::Decision)]
    pub action: Decision,
    /// The name of the token that set it.
    pub created_by: String,
    /// When, RFC 3339.
    #[schema(format = DateTime)]
    pub created_at: String,
    /// When it stops by itself, RFC 3339 (`null`: when withdrawn).
    #[schema(format = DateTime)]
    pub expires_at: Option<String>,
    /// `expires_at` in epoch ms, for the look-up.
    #[serde(skip)]
    pub expires_ms: Option<i64>,
}

impl Override {
    /// The override a stored row describes, if it is well-formed and not withdrawn.
    pub fn from_row(r: &OverrideRow) -> Option<Self> {
        if r.revoked_at.is_some() {
            return None;
        }
        Some(Self {
            id: r.id,
            target: Target::from_name(&r.target)?,
            target_id: r.target_id.clone(),
            action: action_from_name(&r.action)?,
            created_by: r.created_by.clone(),
            created_at: crate::store::rfc3339_ms(r.created_at),
            expires_at: r.expires_at.map(crate::store::rfc3339_ms),
            expires_ms: r.expires_at,
        })
    }

    /// Whether it is in force at `now` (epoch ms).
    pub fn in_force(&self, now: i64) -> bool {
        self.expires_ms.is_none_or(|t| now < t)
    }
}

/// Live overrides by target id, newest last.
#[derive(Debug, Default)]
struct Set {
    accounts: HashMap<String, Vec<Arc<Override>>>,
    clusters: HashMap<String, Vec<Arc<Override>>>,
    len: usize,
}

impl Set {
    fn insert(&mut self, o: Arc<Override>) {
        let map = match o.target {
            Target::Account => &mut self.accounts,
            Target::Cluster => &mut self.clusters,
        };
        let v = map.entry(o.target_id.clone()).or_default();
        v.push(o);
        v.sort_by_key(|o| o.id);
        self.len += 1;
    }
}

/// The overrides in force, swapped whole on every change (readers copy one pointer).
#[derive(Debug, Default)]
pub struct Overrides {
    set: RwLock<Arc<Set>>,
    /// How many the set holds: a decision with none to consult takes no lock.
    held: AtomicUsize,
}

impl Overrides {
    fn current(&self) -> Arc<Set> {
        Arc::clone(&self.set.read().unwrap_or_else(PoisonError::into_inner))
    }

    fn swap(&self, set: Set) {
        let n = set.len;
        *self.set.write().unwrap_or_else(PoisonError::into_inner) = Arc::new(set);
        self.held.store(n, Ordering::Release);
    }

    /// Replaces the live overrides with the stored rows that are neither withdrawn nor
    /// expired at `now`.
    pub fn replace(&self, rows: &[OverrideRow], now: i64) {
        let mut set = Set::default();
        for o in rows.iter().filter_map(Override::from_row) {
            if o.in_force(now) {
                set.insert(Arc::new(o));
            }
        }
        self.swap(set);
    }

    /// Adds one (just stored).
    pub fn add(&self, o: Override) {
        let cur = self.current();
        let mut set = Set::default();
        for o in cur.accounts.values().chain(cur.clusters.values()).flatten() {
            set.insert(Arc::clone(o));
        }
        set.insert(Arc::new(o));
        self.swap(set);
    }

    /// Removes override `id` (just withdrawn).
    pub fn remove(&self, id: i64) {
        let cur = self.current();
        let mut set = Set::default();
        for o in cur.accounts.values().chain(cur.clusters.values()).flatten() {
            if o.id != id {
                set.insert(Arc::clone(o));
            }
        }
        self.swap(set);
    }

    /// Live overrides held (some may have expired since the last re-read).
    pub fn len(&self) -> usize {
        self.held.load(Ordering::Acquire)
    }

    /// Whether none is held.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Every override in force at `now` on the account or on its cluster: the account's
    /// first, each newest first.
    pub fn applying(
        &self,
        account_id: &str,
        cluster_id: Option<&str>,
        now: i64,
    ) -> Vec<Arc<Override>> {
        let set = self.current();
        if set.len == 0 {
            return Vec::new();
        }
        let mut out = Vec::new();
        let mut add = |v: Option<&Vec<Arc<Override>>>| {
            if let Some(v) = v {
                out.extend(v.iter().rev().filter(|o| o.in_force(now)).cloned());
            }
        };
        add(set.accounts.get(account_id));
        if let Some(c) = cluster_id {
            add(set.clusters.get(c));
        }
        out
    }

    /// The override that decides for the account at `now`: the newest on the account itself,
    /// else the newest on its current cluster.
    pub fn deciding(
        &self,
        account_id: &str,
        cluster_id: Option<&str>,
        now: i64,
    ) -> Option<Arc<Override>> {
        self.applying(account_id, cluster_id, now)
            .into_iter()
            .next()
    }

    /// Every override in force at `now`, by number.
    pub fn all_in_force(&self, now: i64) -> Vec<Arc<Override>> {
        let set = self.current();
        let mut out: Vec<Arc<Override>> = set
            .accounts
            .values()
            .chain(set.clusters.values())
            .flatten()
            .filter(|o| o.in_force(now))
            .cloned()
            .collect();
        out.sort_by_key(|o| o.id);
        out
    }

    /// Every override in force at `now` on the cluster, newest first.
    pub fn on_cluster(&self, cluster_id: &str, now: i64) -> Vec<Arc<Override>> {
        let set = self.current();
        set.clusters
            .get(cluster_id)
            .map(|v| {
                v.iter()
                    .rev()
                    .filter(|o| o.in_force(now))
                    .cloned()
                    .collect()
            })
            .unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(
        id: i64,
        target: &str,
        target_id: &str,
        action: &str,
        expires_at: Option<i64>,
    ) -> OverrideRow {
        OverrideRow {
            id,
            target: target.into(),
            target_id: target_id.into(),
            action: action.into(),
            reason: "why".into(),
            created_by: "alice".into(),
            created_at: 1_000,
            expires_at,
            revoked_at: None,
            revoked_by: None,
            revoke_reason: None,
        }
    }

    #[test]
    fn the_account_wins_over_its_cluster_the_newest_wins_and_expiry_ends_it() {
        let o = Overrides::default();
        o.replace(
            &[
                row(1, "cluster", "cl_x", "block", None),
                row(2, "account", "a", "review", Some(5_000)),
                row(3, "account", "a", "allow", Some(4_000)),
            ],
            2_000,
        );
        let d = |acct: &str, cl: Option<&str>, now| o.deciding(acct, cl, now).map(|o| o.id);
        assert_eq!(d("a", Some("cl_x"), 2_000), Some(3));
        assert_eq!(d("a", Some("cl_x"), 4_000), Some(2), "3 expired");
        assert_eq!(
            d("a", Some("cl_x"), 5_000),
            Some(1),
            "both expired: the cluster's"
        );
        assert_eq!(d("b", Some("cl_x"), 5_000), Some(1), "any member");
        assert_eq!(d("b", None, 5_000), None, "not a member");
        o.remove(1);
        assert_eq!(d("b", Some("cl_x"), 5_000), None);
        let mut revoked = row(4, "account", "c", "block", None);
        revoked.revoked_at = Some(1);
        o.replace(&[revoked], 0);
        assert!(o.is_empty());
    }
}
