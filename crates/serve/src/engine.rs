//! The in-memory detector: a [`Scanner`] behind the scan's own reorder window, fed with the
//! accepted events in arrival order, so that it folds exactly the sequence `scan` folds for
//! the same lines (a prefix of it while the newest events are still held by the window).
//! A live engine publishes what each batch changed to a [`Board`], where decisions read it,
//! and leaves its periodic re-links to the caller: [`Engine::push`] and
//! [`Engine::apply_relink`] hand out a re-link's input when one falls due, the caller computes
//! it on a thread of its own, and the events released meanwhile wait in the engine's queue
//! until the output is applied (`dg_detect::scanner::relink` says why they must).

use std::cell::RefCell;
use std::collections::{BTreeMap, VecDeque};
use std::sync::Arc;
use std::time::{Duration, Instant};

use dg_detect::request::Analyzer;
use dg_detect::scanner::{
    Detached, KnownAccounts, RelinkError, RelinkInput, RelinkOutput, ScanConfig, Scanner,
};
use dg_ingest::dedupe::id_hash;
use dg_ingest::reorder::{Reorder, ReorderMark};
use dg_ingest::IpTable;
use dg_model::{Account, AccountFinding, ClusterFinding, Event, Policy, Timestamp};

use crate::board::{Board, Counts};
use crate::changes::NewChange;

/// Most events held by the reorder window, as in `scan` (`SourceOptions::max_held_events`).
pub const MAX_HELD_EVENTS: usize = 1_000_000;

/// Longest a live engine folds without publishing while ingest keeps it busy. A finding costs
/// more than folding an event, and an account folded twice in the period is computed once:
/// under sustained ingest decisions trail the fold by at most this (plus one request's fold),
/// and once ingest pauses the last fold publishes everything.
pub const PUBLISH_EVERY: Duration = Duration::from_millis(200);

/// What every engine is built from: the scan's configuration and network intelligence.
#[derive(Clone)]
pub struct Setup {
    /// Policy, weights, releases, hash key and re-link period, as `scan` builds them.
    pub scan: ScanConfig,
    /// Network ranges (`--ip-ranges`), if given.
    pub ip_table: Option<Arc<IpTable>>,
}

impl Setup {
    /// The policy in force.
    pub fn policy(&self) -> &Policy {
        &self.scan.policy
    }

    /// A stable identifier of the policy in force: `pv-` and 12 hex digits of a SHA-256 over
    /// the policy (its hash key only hashed) and the scoring weights, each as canonical JSON
    /// (keys sorted). The same `policy.toml` and weights give the same identifier on every
    /// node and after every restart; a change of threshold, region, window, line cap, key or
    /// weight gives another. Events, network ranges, releases and overrides do not enter it.
    pub fn policy_version(&self) -> String {
        use sha2::{Digest, Sha256};
        let mut policy = serde_json::to_value(&self.scan.policy).unwrap_or_default();
        if let Some(k) = policy.get_mut("hash_key") {
            let key = Sha256::digest(self.scan.policy.hash_key.as_bytes());
            *k = serde_json::Value::String(key.iter().map(|b| format!("{b:02x}")).collect());
        }
        let weights = serde_json::to_value(&self.scan.weights).unwrap_or_default();
        let mut h = Sha256::new();
        h.update(b"distillguard policy_version 1\n");
        h.update(policy.to_string().as_bytes());
        h.update(b"\n");
        h.update(weights.to_string().as_bytes());
        let digest = h.finalize();
        let hex: String = digest[..6].iter().map(|b| format!("{b:02x}")).collect();
        format!("pv-{hex}")
    }
}

/// An accepted event made ready to fold: its facts without the text, and its address's range.
#[derive(serde::Serialize, serde::Deserialize)]
pub struct Ready {
    /// The event's facts and the fields the fold reads.
    pub detached: Detached,
    /// Index of its address's network range in the setup's table.
    pub range: Option<usize>,
}

/// A validated event line: what the store keeps and what the engine folds.
pub struct Checked {
    /// 1-based physical line number in the request body.
    pub line: u64,
    /// The request id's de-duplication hash (`dg_ingest::dedupe::id_hash`).
    pub id_hash: u64,
    /// The request id.
    pub request_id: String,
    /// The account.
    pub account_id: String,
    /// Event time, epoch ms.
    pub ts: i64,
    /// The line as posted (valid UTF-8: it parsed).
    pub text: String,
    /// What the engine folds.
    pub ready: Ready,
}

thread_local! {
    /// One analyzer per thread that validates (it keeps scratch space between events).
    static ANALYZER: RefCell<Analyzer> = RefCell::new(Analyzer::new());
}

/// Parses and validates one line with `scan`'s code and makes it ready to fold.
pub fn check_line(line: &[u8], n: u64, ip_table: Option<&IpTable>) -> Result<Checked, String> {
    let ev: Event = dg_ingest::parse_event(line)?;
    let text = std::str::from_utf8(line)
        .map_err(|e| format!("invalid UTF-8 at byte {}", e.valid_up_to() + 1))?
        .to_string();
    let range = ip_table.and_then(|t| t.lookup_index(ev.ip));
    let detached = ANALYZER.with(|a| Scanner::detach(&mut a.borrow_mut(), &ev));
    Ok(Checked {
        line: n,
        id_hash: id_hash(&ev.request_id),
        ts: ev.ts.millis(),
        request_id: ev.request_id,
        account_id: ev.account_id,
        text,
        ready: Ready { detached, range },
    })
}

/// The scanner and its reorder window.
pub struct Engine {
    setup: Arc<Setup>,
    scanner: Scanner,
    reorder: Reorder<Ready>,
    released: Vec<Ready>,
    /// Events the window released and the scanner has not folded yet: they wait here while a
    /// re-link is out (its input handed to the caller, its output not applied).
    queue: VecDeque<Ready>,
    /// A re-link's input was handed out and its output is not applied yet.
    relink_out: bool,
    folded: u64,
    newest_folded: Option<Timestamp>,
    /// Where a live engine publishes its findings (none for a one-off copy).
    board: Option<Arc<Board>>,
    /// Accounts folded since the last publication.
    touched: std::collections::HashSet<Box<str>>,
    /// Accounts whose findings drew on re-link evidence at the last publication.
    outside: std::collections::HashSet<Box<str>>,
    /// A re-link ran since the last publication.
    relinked: bool,
    /// Re-links run by this engine (the alert checks run after each).
    relinks: u64,
    /// The detector's eviction count at the last publication: when it moves, the evicted
    /// accounts leave the board.
    evicted: u64,
    last_publish: Instant,
    /// The clusters as of (events folded, latest re-link): analyst reads between two folds
    /// share one computation.
    clusters: Option<(u64, Option<Timestamp>, Arc<Vec<ClusterFinding>>)>,
}

impl Engine {
    /// A fresh engine over the sign-up records `accounts`.
    pub fn new(setup: Arc<Setup>, accounts: BTreeMap<String, Account>) -> Self {
        let scanner = Scanner::new(setup.scan.clone(), accounts);
        let reorder = Reorder::new(setup.policy().reorder_window_ms, MAX_HELD_EVENTS);
        Self::new_with(setup, scanner, reorder)
    }

    fn new_with(setup: Arc<Setup>, scanner: Scanner, reorder: Reorder<Ready>) -> Self {
        Self {
            setup,
            scanner,
            reorder,
            released: Vec::new(),
            queue: VecDeque::new(),
            relink_out: false,
            folded: 0,
            newest_folded: None,
            board: None,
            touched: Default::default(),
            outside: Default::default(),
            relinked: false,
            relinks: 0,
            evicted: 0,
            last_publish: Instant::now(),
            clusters: None,
        }
    }

    /// Makes this the live engine: every account's finding is published to `board` now, and
    /// later what the folds change (see [`publish`](Self::publish)); from now on its periodic
    /// re-links are left to the caller (see [`push`](Self::push)).
    pub fn attach(&mut self, board: Arc<Board>) {
        self.scanner.defer_relinks(true);
        self.touched.clear();
        self.relinked = false;
        let findings: Vec<AccountFinding> = self
            .scanner
            .current_findings()
            .map(without_explain)
            .collect();
        // A rebuild (sign-up records taken in) may change decisions; a start fills an empty
        // board, which changes nothing a gateway saw.
        if !board.is_empty() {
            let mut changed = changes_of(&board, &findings);
            let held: std::collections::HashSet<&str> =
                findings.iter().map(|f| f.account_id.as_str()).collect();
            board.retain_then(|id| held.contains(id), &mut changed);
            board.changes.record(changed, self.newest_folded);
        }
        board.replace_all(findings);
        self.evicted = self.scanner.evicted();
        board.set_counts(self.counts());
        self.outside = self
            .scanner
            .with_outside_evidence()
            .map(Box::from)
            .collect();
        self.board = Some(board);
        self.last_publish = Instant::now();
    }

    /// Pushes accepted events (in acceptance order) and folds what the window releases; a
    /// live engine publishes when [`PUBLISH_EVERY`] has passed since it last did.
    ///
    /// A live engine stops folding where a re-link falls due: it publishes what it folded so
    /// far and returns the re-link's input, to compute anywhere and give back to
    /// [`apply_relink`](Self::apply_relink). The events released meanwhile (this push's rest,
    /// later pushes) wait in the engine until then. An engine that is not live re-links inside
    /// the fold, as `scan` does, and always returns `None`.
    #[must_use = "a re-link handed out must be computed and applied, or the engine folds no more"]
    pub fn push(&mut self, events: impl IntoIterator<Item = (i64, Ready)>) -> Option<RelinkInput> {
        let mut out = std::mem::take(&mut self.released);
        for (ts, ready) in events {
            self.reorder.push_at(ts, ready, &mut out);
            self.queue.extend(out.drain(..));
        }
        self.released = out;
        self.fold_queue()
    }

    /// Applies the output of the re-link [`push`](Self::push) (or a previous apply) handed
    /// out, then folds the events that waited for it, up to the next re-link due (whose input
    /// it returns). An output the scanner refuses (not the one due) is an error: the re-link
    /// due then runs in line at the next fold.
    pub fn apply_relink(&mut self, out: RelinkOutput) -> Result<Option<RelinkInput>, RelinkError> {
        self.relink_out = false;
        let t0 = Instant::now();
        self.scanner.apply_relink(out)?;
        tracing::debug!(
            apply_ms = t0.elapsed().as_secs_f64() * 1e3,
            "re-link applied"
        );
        self.relinked = true;
        self.relinks += 1;
        Ok(self.fold_queue())
    }

    /// Gives up the re-link that is out (its computation failed): the events waiting are
    /// folded, and the re-link runs in line, inside the fold of the first of them, as `scan`
    /// would run it. Returns the input of the next re-link due, if one falls due.
    #[must_use = "a re-link handed out must be computed and applied, or the engine folds no more"]
    pub fn relink_failed(&mut self) -> Option<RelinkInput> {
        self.relink_out = false;
        // The scanner runs a re-link still due before it folds the next event.
        self.fold_queue()
    }

    /// [`push`](Self::push), computing any re-link it hands out on this thread: a replay,
    /// which has nothing else to do meanwhile.
    pub fn push_in_line(&mut self, events: impl IntoIterator<Item = (i64, Ready)>) {
        let next = self.push(events);
        self.relink_in_line(next);
    }

    /// Computes the re-link `next` and those after it on this thread, folding the events that
    /// wait for each.
    fn relink_in_line(&mut self, mut next: Option<RelinkInput>) {
        while let Some(input) = next.take() {
            next = match self.apply_relink(input.compute()) {
                Ok(n) => n,
                // Not the re-link due: it runs in line at the next fold.
                Err(_) => self.relink_failed(),
            };
        }
    }

    /// Whether every event pushed is folded or held by the window: no re-link is out and
    /// nothing waits for one. Only then is [`state`](Self::state) a whole state.
    pub fn is_idle(&self) -> bool {
        !self.relink_out && self.queue.is_empty()
    }

    /// Folds the queue until it is empty or a re-link falls due (then handed out, see
    /// [`push`](Self::push)).
    fn fold_queue(&mut self) -> Option<RelinkInput> {
        if self.relink_out {
            return None;
        }
        let relinked_before = self.scanner.last_relink();
        let ranges = self.setup.ip_table.as_ref().map_or(&[][..], |t| t.ranges());
        let live = self.board.is_some();
        let mut input = None;
        while let Some(r) = self.queue.pop_front() {
            let ts = r.detached.ts;
            if live && !self.touched.contains(r.detached.account_id()) {
                self.touched.insert(r.detached.account_id().into());
            }
            self.scanner
                .observe_detached(&r.detached, r.range.and_then(|i| ranges.get(i)));
            self.folded += 1;
            self.newest_folded = Some(self.newest_folded.map_or(ts, |t| t.max(ts)));
            if self.scanner.relink_due().is_some() {
                let t0 = Instant::now();
                input = self.scanner.relink_input();
                if let Some(i) = &input {
                    // The part of a re-link left on the fold's thread, with `apply_ms` below.
                    tracing::debug!(
                        at = %i.at(),
                        candidates = i.candidates(),
                        input_ms = t0.elapsed().as_secs_f64() * 1e3,
                        "re-link due: input built"
                    );
                    break;
                }
            }
        }
        // Re-links run inside the fold (an engine that is not live, or a failed computation).
        if self.scanner.last_relink() != relinked_before {
            self.relinked = true;
            self.relinks += 1;
        }
        if input.is_some() {
            self.relink_out = true;
            // What was folded before the re-link need not wait for it.
            self.publish();
        } else if live && self.last_publish.elapsed() >= PUBLISH_EVERY {
            self.publish();
        }
        input
    }

    /// Publishes to the board the findings changed since the last publication, and the
    /// counters: after it, the board answers for every account what
    /// [`finding`](Self::finding) would. A no-op for an engine that is not live.
    pub fn publish(&mut self) {
        let Some(board) = self.board.clone() else {
            return;
        };
        let mut ids: Vec<Box<str>> = self.touched.drain().collect();
        // Only accounts with outside evidence before or after a re-link can have changed
        // without being folded (see `dg_detect::scanner::live`).
        if std::mem::take(&mut self.relinked) {
            let now: std::collections::HashSet<Box<str>> = self
                .scanner
                .with_outside_evidence()
                .map(Box::from)
                .collect();
            ids.extend(std::mem::take(&mut self.outside));
            ids.extend(now.iter().cloned());
            ids.sort_unstable();
            ids.dedup();
            self.outside = now;
        } else {
            for id in &ids {
                if self.scanner.has_outside_evidence(id) {
                    self.outside.insert(id.clone());
                } else {
                    self.outside.remove(id);
                }
            }
        }
        let scanner = &self.scanner;
        let findings: Vec<AccountFinding> = ids
            .iter()
            .filter_map(|id| scanner.current_finding(id))
            .map(without_explain)
            .collect();
        // What a gateway will see change: each finding against the one it replaces.
        let mut changed = changes_of(&board, &findings);
        board.publish(findings);
        // Evictions happen only at a re-link, and an evicted account may be anywhere on the
        // board: one pass over it then (a re-link passes over every account anyway).
        if scanner.evicted() != self.evicted {
            board.retain_then(|id| scanner.holds(id), &mut changed);
            self.evicted = scanner.evicted();
        }
        board.changes.record(changed, self.newest_folded);
        board.set_counts(self.counts());
        self.last_publish = Instant::now();
    }

    fn counts(&self) -> Counts {
        Counts {
            folded: self.folded,
            held: self.reorder.held() as u64,
            accounts: self.scanner.accounts() as u64,
            evicted: self.scanner.evicted(),
            as_of: self.newest_folded,
        }
    }

    /// Takes sign-up records of accounts the engine has no trace of, as if they had been
    /// among those it was built with (see [`Scanner::add_accounts`]); the accounts whose
    /// standing they changed are published at once. Refused whole, changing nothing, if one
    /// of them was seen or has a record: a rebuild over all records is then the answer. The
    /// caller drains first (no re-link out, nothing waiting for one), as for a rebuild.
    pub fn add_accounts(
        &mut self,
        accounts: BTreeMap<String, Account>,
    ) -> Result<(), KnownAccounts> {
        let changed = self.scanner.add_accounts(accounts)?;
        // Cluster members' scores may have moved with them.
        self.clusters = None;
        if self.board.is_some() && !changed.is_empty() {
            self.touched.extend(changed);
            self.publish();
        }
        Ok(())
    }

    /// The account's current finding; `None` if none of its events was folded yet, or it was
    /// evicted as idle and has not sent since.
    pub fn finding(&self, account_id: &str) -> Option<AccountFinding> {
        self.scanner.current_finding(account_id)
    }

    /// Event time of the account's first folded request (`None` if not held).
    pub fn first_seen(&self, account_id: &str) -> Option<Timestamp> {
        self.scanner.first_seen(account_id)
    }

    /// The reason codes of the signals one request of a held account shows on its own (see
    /// [`Scanner::evidence_codes`]), `range` an index into the setup's network ranges; `None`
    /// if the account is not held.
    pub fn evidence_codes(
        &self,
        ev: &dg_detect::scanner::Detached,
        range: Option<usize>,
    ) -> Option<Vec<&'static str>> {
        let ranges = self.setup.ip_table.as_ref().map_or(&[][..], |t| t.ranges());
        self.scanner
            .evidence_codes(ev, range.and_then(|i| ranges.get(i)))
    }

    /// The clusters of the latest re-link with their members' current scores, as
    /// `clusters.jsonl` states them (by score descending, then id); computed again only after
    /// a fold.
    pub fn clusters(&mut self) -> Arc<Vec<ClusterFinding>> {
        let key = (self.folded, self.scanner.last_relink());
        if let Some((folded, relink, c)) = &self.clusters {
            if (*folded, *relink) == key {
                return Arc::clone(c);
            }
        }
        let c = Arc::new(self.scanner.current_clusters());
        self.clusters = Some((key.0, key.1, Arc::clone(&c)));
        c
    }

    /// How many pushes ran a re-link since this engine was made: when it moves, cluster
    /// membership may have changed.
    pub fn relinks(&self) -> u64 {
        self.relinks
    }

    /// Events folded into the scanner.
    pub fn folded(&self) -> u64 {
        self.folded
    }

    /// Events accepted but still held by the reorder window.
    pub fn held(&self) -> usize {
        self.reorder.held()
    }

    /// Accounts the scanner holds (seen, not evicted as idle since).
    pub fn accounts(&self) -> usize {
        self.scanner.accounts()
    }

    /// Folds what the reorder window still holds and ends the scan: for a one-off export from
    /// a copy replayed from the store (the TAXII campaigns), never the live engine.
    pub fn finalize(&mut self) -> dg_detect::scanner::Finished<'_> {
        let mut out = std::mem::take(&mut self.released);
        self.reorder.drain(&mut out);
        self.queue.extend(out);
        let next = self.fold_queue();
        self.relink_in_line(next);
        self.scanner.finalize()
    }

    /// The event time of the newest folded event (the scanner's clock).
    pub fn as_of(&self) -> Option<Timestamp> {
        self.newest_folded
    }

    /// The state to save: the scanner's, the events its reorder window holds, and the
    /// counters; `None` while a re-link is out (see [`is_idle`](Self::is_idle)): the events
    /// waiting for it would be in neither.
    pub fn state(&self) -> Option<EngineStateRef<'_>> {
        if !self.is_idle() {
            return None;
        }
        Some(EngineStateRef {
            scanner: self.scanner.state(),
            mark: self.reorder.mark(),
            held: self.reorder.held_in_order(),
            folded: self.folded,
            newest_folded: self.newest_folded.map(Timestamp::millis),
        })
    }

    /// An engine over the sign-up records `accounts` with a saved state: it folds on exactly as
    /// the saved one would (same setup and records assumed; the caller checks them).
    pub fn restore(
        setup: Arc<Setup>,
        accounts: BTreeMap<String, Account>,
        state: EngineState,
    ) -> Result<Self, dg_detect::scanner::snapshot::SnapshotError> {
        let scanner = Scanner::restore(setup.scan.clone(), accounts, state.scanner)?;
        let reorder = Reorder::resume(
            setup.policy().reorder_window_ms,
            MAX_HELD_EVENTS,
            state.mark,
            state.held,
        );
        let mut e = Self::new_with(setup, scanner, reorder);
        e.folded = state.folded;
        e.newest_folded = state.newest_folded.map(Timestamp);
        Ok(e)
    }
}

/// A borrowed view of an engine's state, to serialize (see [`Engine::state`]).
#[derive(serde::Serialize)]
pub struct EngineStateRef<'a> {
    scanner: dg_detect::scanner::snapshot::StateRef<'a>,
    mark: ReorderMark,
    held: Vec<(i64, &'a Ready)>,
    folded: u64,
    newest_folded: Option<i64>,
}

/// An engine's state as decoded, to restore with [`Engine::restore`].
#[derive(serde::Deserialize)]
pub struct EngineState {
    scanner: dg_detect::scanner::snapshot::State,
    mark: ReorderMark,
    held: Vec<(i64, Ready)>,
    folded: u64,
    newest_folded: Option<i64>,
}

/// The decision changes `findings` make on `board` (an account not on it is `allow`).
fn changes_of(board: &Board, findings: &[AccountFinding]) -> Vec<NewChange> {
    findings
        .iter()
        .filter_map(|f| {
            let before = board
                .get(&f.account_id)
                .map_or(dg_model::Decision::Allow, |p| p.decision);
            (before != f.decision).then(|| NewChange {
                account_id: f.account_id.clone(),
                from: before,
                to: f.decision,
                score: f.score,
                cluster_id: f.cluster_id.clone(),
            })
        })
        .collect()
}

/// A finding as decisions answer it: the explanation (what reproduces the score by hand) is
/// for reports, and would double what the board holds.
fn without_explain(mut f: AccountFinding) -> AccountFinding {
    f.explain = None;
    f
}

#[cfg(test)]
mod tests {
    use super::*;
    use dg_detect::score::Weights;

    fn setup(policy: Policy) -> Setup {
        Setup {
            scan: ScanConfig::with_demo_key(policy, Weights::default_weights(), Vec::new()),
            ip_table: None,
        }
    }

    #[test]
    fn policy_version_is_stable_and_changes_with_the_policy_without_showing_the_key() {
        let base = setup(Policy::default()).policy_version();
        assert_eq!(base, setup(Policy::default()).policy_version());
        assert!(base.starts_with("pv-") && base.len() == 15, "{base}");
        let mut p = Policy::default();
        p.thresholds.block = 0.95;
        assert_ne!(setup(p).policy_version(), base);
        let mut p = Policy {
            hash_key: "a secret key".into(),
            ..Policy::default()
        };
        let keyed = setup(p.clone()).policy_version();
        assert_ne!(keyed, base);
        p.hash_key = "another secret key".into();
        assert_ne!(setup(p).policy_version(), keyed);
        let mut s = setup(Policy::default());
        s.scan.weights.bias += 0.1;
        assert_ne!(s.policy_version(), base, "the weights count");
    }
}
