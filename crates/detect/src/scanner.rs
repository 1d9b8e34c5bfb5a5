//! The scan engine: walks events in time order, keeps per-account state, scores accounts and
//! records when each first left `allow`. Pure: the caller reads files and looks up addresses.

use std::collections::HashMap;
use std::net::IpAddr;

use ahash::RandomState;
use dg_model::{
    Account, AccountFinding, Decision, Event, IpRange, NetKind, Policy, Release, Timestamp,
};

use crate::account::sketch::mix;
use crate::account::{AccountState, ModelFacts, NetFacts};
use crate::features::{self, N_SIGNALS};
use crate::request::{Analyzer, RequestFacts};
use crate::score::{self, Weights};

/// How long after its release a model counts as new (for the pivot signal).
pub const ADOPTION_WINDOW_MS: i64 = 2 * Timestamp::DAY;

/// Re-score an account every this many of its requests (and at the end of the scan).
const RESCORE_EVERY: u32 = 16;

/// Everything the scan needs besides the events.
#[derive(Debug, Clone)]
pub struct ScanConfig {
    pub policy: Policy,
    pub weights: Weights,
    pub releases: Vec<Release>,
}

/// The state of a running scan.
pub struct Scanner {
    cfg: ScanConfig,
    w: [f64; N_SIGNALS],
    analyzer: Analyzer,
    /// Extra analyzers for the parallel analysis of a batch (one per worker thread).
    workers: Vec<Analyzer>,
    facts: Vec<RequestFacts>,
    index: HashMap<String, u32, RandomState>,
    ids: Vec<String>,
    states: Vec<AccountState>,
    flagged_at: Vec<Option<Timestamp>>,
    meta: HashMap<String, Account, RandomState>,
    account_meta: Vec<Option<Account>>,
    billing_restricted: Vec<bool>,
}

fn fixed_state() -> RandomState {
    // Fixed keys: iteration order never reaches the output, but determinism costs nothing here.
    RandomState::with_seeds(0x6469_7374, 0x696c_6c67, 0x7561_7264, 0x7363_616e)
}

/// A stable hash of an address (for distinct-address sketches).
pub fn ip_hash(ip: IpAddr) -> u64 {
    match ip {
        IpAddr::V4(v4) => mix(u64::from(u32::from(v4))),
        IpAddr::V6(v6) => {
            let x = u128::from(v6);
            mix((x as u64) ^ mix((x >> 64) as u64))
        }
    }
}

impl Scanner {
    /// A scanner over sign-up records `accounts` (may be empty).
    pub fn new(cfg: ScanConfig, accounts: HashMap<String, Account>) -> Self {
        let mut meta = HashMap::with_hasher(fixed_state());
        meta.extend(accounts);
        let mut cfg = cfg;
        cfg.releases.sort_by_key(|r| r.released_at);
        Self {
            w: cfg.weights.dense(),
            cfg,
            analyzer: Analyzer::new(),
            workers: Vec::new(),
            facts: Vec::new(),
            index: HashMap::with_hasher(fixed_state()),
            ids: Vec::new(),
            states: Vec::new(),
            flagged_at: Vec::new(),
            meta,
            account_meta: Vec::new(),
            billing_restricted: Vec::new(),
        }
    }

    fn slot(&mut self, account_id: &str) -> usize {
        if let Some(&i) = self.index.get(account_id) {
            return i as usize;
        }
        let i = self.ids.len();
        self.index.insert(account_id.to_string(), i as u32);
        self.ids.push(account_id.to_string());
        self.states.push(AccountState::default());
        self.flagged_at.push(None);
        let meta = self.meta.remove(account_id);
        let restricted = meta
            .as_ref()
            .and_then(|m| m.billing_country.as_deref())
            .is_some_and(|c| self.cfg.policy.is_restricted(c));
        self.account_meta.push(meta);
        self.billing_restricted.push(restricted);
        i
    }

    fn model_facts(&self, ev: &Event) -> ModelFacts {
        let t = ev.ts.millis();
        let mut f = ModelFacts::default();
        for r in &self.cfg.releases {
            let age = t - r.released_at.millis();
            if (0..ADOPTION_WINDOW_MS).contains(&age) {
                f.new_model_available = true;
                f.to_new_model |= r.model == ev.model;
            }
        }
        f
    }

    /// Folds one event (in time order) with the network range of its address, if known.
    pub fn observe(&mut self, ev: &Event, range: Option<&IpRange>) {
        let facts = self.analyzer.analyze(ev);
        self.fold(ev, &facts, range);
    }

    /// Folds a batch of events (in time order): the pure per-request analysis runs on
    /// `threads` threads, the stateful fold on this one, so results equal `observe` one by one.
    pub fn observe_batch<'r>(
        &mut self,
        events: &[Event],
        threads: usize,
        mut range: impl FnMut(&Event) -> Option<&'r IpRange>,
    ) {
        let threads = threads.max(1);
        self.facts.clear();
        if threads == 1 || events.len() < 256 {
            for ev in events {
                let f = self.analyzer.analyze(ev);
                self.facts.push(f);
            }
        } else {
            while self.workers.len() < threads - 1 {
                self.workers.push(Analyzer::new());
            }
            let per = events.len().div_ceil(threads);
            let mut parts: Vec<Vec<RequestFacts>> = Vec::with_capacity(threads);
            std::thread::scope(|scope| {
                let mut chunks = events.chunks(per);
                let first = chunks.next().unwrap_or(&[]);
                let handles: Vec<_> = chunks
                    .zip(self.workers.iter_mut())
                    .map(|(chunk, an)| {
                        scope.spawn(move || chunk.iter().map(|e| an.analyze(e)).collect::<Vec<_>>())
                    })
                    .collect();
                parts.push(first.iter().map(|e| self.analyzer.analyze(e)).collect());
                for h in handles {
                    // A worker only panics on a bug in the analyzer; surface it here.
                    parts.push(h.join().unwrap_or_else(|p| std::panic::resume_unwind(p)));
                }
            });
            for p in parts {
                self.facts.extend(p);
            }
        }
        let facts = std::mem::take(&mut self.facts);
        for (ev, f) in events.iter().zip(&facts) {
            let r = range(ev);
            self.fold(ev, f, r);
        }
        self.facts = facts;
    }

    fn fold(&mut self, ev: &Event, facts: &RequestFacts, range: Option<&IpRange>) {
        let i = self.slot(&ev.account_id);
        let billing = self.account_meta[i]
            .as_ref()
            .and_then(|m| m.billing_country.as_deref());
        let net = NetFacts {
            kind: range.map(|r| r.kind),
            restricted: range.is_some_and(|r| self.cfg.policy.is_restricted(&r.country)),
            // A cloud region says where a server runs, not where its owner is.
            geo_mismatch: match (
                range
                    .filter(|r| r.kind != NetKind::Hosting)
                    .map(|r| r.country.as_str()),
                billing,
            ) {
                (Some(ipc), Some(bc)) if !ipc.is_empty() && !bc.is_empty() => {
                    !ipc.eq_ignore_ascii_case(bc)
                }
                _ => false,
            },
        };
        let model = self.model_facts(ev);
        let st = &mut self.states[i];
        st.observe(
            ev.ts,
            ip_hash(ev.ip),
            &facts,
            net,
            model,
            ev.has_image.unwrap_or(false),
        );
        if self.flagged_at[i].is_none() && st.requests >= 10 && st.requests % RESCORE_EVERY == 0 {
            let (decision, _) = self.verdict(i);
            if decision.is_flagged() {
                self.flagged_at[i] = Some(ev.ts);
            }
        }
    }

    fn verdict(&self, i: usize) -> (Decision, f64) {
        let (f, _) = features::compute(
            &self.states[i],
            self.account_meta[i].as_ref(),
            self.billing_restricted[i],
        );
        let (p, d) = score::score(
            &self.w,
            &self.cfg.weights,
            &f,
            &[],
            &self.cfg.policy.thresholds,
        );
        (d, p)
    }

    /// Number of accounts seen.
    pub fn accounts(&self) -> usize {
        self.ids.len()
    }

    /// Per-account state, for fitting and inspection.
    pub fn states(&self) -> impl Iterator<Item = (&str, &AccountState, Option<&Account>, bool)> {
        self.ids.iter().enumerate().map(|(i, id)| {
            (
                id.as_str(),
                &self.states[i],
                self.account_meta[i].as_ref(),
                self.billing_restricted[i],
            )
        })
    }

    /// Final signal strengths of every account, in first-seen order (for fitting).
    pub fn feature_rows(&self) -> Vec<(String, features::Features)> {
        (0..self.ids.len())
            .map(|i| {
                let (f, _) = features::compute(
                    &self.states[i],
                    self.account_meta[i].as_ref(),
                    self.billing_restricted[i],
                );
                (self.ids[i].clone(), f)
            })
            .collect()
    }

    /// Final findings, sorted by descending score then account id.
    pub fn finish(&self) -> Vec<AccountFinding> {
        let mut out: Vec<AccountFinding> = (0..self.ids.len())
            .map(|i| {
                let (f, values) = features::compute(
                    &self.states[i],
                    self.account_meta[i].as_ref(),
                    self.billing_restricted[i],
                );
                let (p, decision) = score::score(
                    &self.w,
                    &self.cfg.weights,
                    &f,
                    &[],
                    &self.cfg.policy.thresholds,
                );
                let first = if decision.is_flagged() {
                    Some(self.flagged_at[i].unwrap_or(Timestamp(self.states[i].last_ts)))
                } else {
                    self.flagged_at[i]
                };
                AccountFinding {
                    account_id: self.ids[i].clone(),
                    score: score::round3(p),
                    decision,
                    first_flagged_at: first,
                    cluster_id: None,
                    reasons: score::reasons(&self.w, &values, Vec::new()),
                }
            })
            .collect();
        out.sort_by(|a, b| {
            b.score
                .total_cmp(&a.score)
                .then_with(|| a.account_id.cmp(&b.account_id))
        });
        out
    }
}
