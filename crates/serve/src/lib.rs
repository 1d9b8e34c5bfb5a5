//! distillguard: the online service (`distillguard serve`).
//!
//! Events are posted as NDJSON, validated with `scan`'s code, appended to a durable event log
//! (SQLite or PostgreSQL) in one transaction, acknowledged, and folded in commit order into an
//! in-memory [`dg_detect::scanner::Scanner`] behind `scan`'s reorder window, its re-links
//! computed off the fold. Decisions are read from memory. On start the server replays the log through a fresh scanner, so its
//! decisions after a restart are those it gave before. See `docs/serve.md`.

#![warn(missing_docs)]

mod alerts;
mod analyst;
mod api;
pub mod auth;
pub mod board;
pub mod body;
pub mod changes;
pub mod config;
mod decide;
mod detector;
mod enforce;
pub mod engine;
pub mod error;
mod gateway;
mod grpc;
mod known;
pub mod metrics;
mod openapi;
pub mod overrides;
pub mod snapshot;
pub mod store;
pub mod taxii;
pub mod taxii_pull;
pub mod taxii_push;
mod usage;
pub mod work;

use std::collections::{BTreeMap, HashSet};
use std::hash::BuildHasherDefault;
use std::net::SocketAddr;
use std::sync::atomic::AtomicBool;
use std::sync::{Arc, Mutex, PoisonError};

use dg_detect::scanner::ScanConfig;
use dg_detect::score::Weights;
use dg_ingest::dedupe::PassThrough;
use dg_model::{Account, Policy};

use tokio::sync::{oneshot, OwnedSemaphorePermit, Semaphore};
use tracing::{info, warn};

pub use auth::{Auth, Role, TokenSpec};
pub use config::{DetectorConfig, Limits, Mode, Point, ServeConfig, TierModes};
pub use engine::{Engine, Setup};
pub use error::ServeError;
pub use store::Store;

/// Request-id hashes seen, as `scan` keeps them (`dg_ingest::dedupe::id_hash`).
type Seen = HashSet<u64, BuildHasherDefault<PassThrough>>;

/// What ingest changes one request at a time, in order: de-duplication and sequence numbers.
pub(crate) struct Sequencer {
    seen: Seen,
    next_event_seq: i64,
    next_account_seq: i64,
}

/// The shared state of a running service.
struct App {
    setup: Arc<Setup>,
    store: Store,
    seq: tokio::sync::Mutex<Sequencer>,
    /// The detector's turn: held by its task while it folds, re-links and publishes (see
    /// `detector.rs`), and by a snapshot or a rebuild once the detector has caught up.
    fold: tokio::sync::Mutex<()>,
    /// Ingest requests in progress whose fold is still to come (see `api::Active`).
    ingest_active: std::sync::atomic::AtomicUsize,
    /// Committed events on their way to the detector.
    queue: detector::Queue,
    /// The live detector: only the fold (and a rebuild) takes it, never a decision.
    engine: Mutex<Engine>,
    /// What the detector last published: decisions, status and metrics read only this.
    board: Arc<board::Board>,
    slots: Arc<Semaphore>,
    /// Ingest bodies being parsed and analysed (`limits.parse_workers`).
    parse: Semaphore,
    /// Commits in progress, each in a task that finishes even if its client hangs up.
    committing: Arc<Semaphore>,
    metrics: metrics::Metrics,
    limits: Limits,
    ready: AtomicBool,
    auth: Auth,
    /// The configuration it was started with (mode, enforcement and import settings).
    cfg: ServeConfig,
    /// The TAXII 2.1 server's state (collections, export settings, scheduled pulls).
    taxii: taxii::Taxii,
    /// The highest sign-up record number the live detector was built with (what a snapshot
    /// of it covers): moved by a successful rebuild only.
    engine_account_seq: std::sync::atomic::AtomicI64,
    /// The event number the latest snapshot covers (to skip writing an unchanged one).
    snapshot_seq: std::sync::atomic::AtomicI64,
    /// Whether the event log was ever compacted: no rebuild can replay it since, so records
    /// of accounts already seen are deferred instead (see `api::store_accounts`).
    compacted: AtomicBool,
    /// Held while a snapshot file is written: the periodic and the shutdown writers share the
    /// temporary file.
    snapshot_file: Mutex<()>,
    /// This node's id among the nodes sharing the database (`node.id` in `data_dir`), which
    /// names its snapshot anchor (see `compact`).
    node: String,
    /// Analyst overrides in force (consulted by every decision).
    overrides: overrides::Overrides,
    /// Taken by an override's change and by the periodic re-read of the stored overrides, so
    /// that a re-read never drops a change made while it read.
    override_turn: tokio::sync::Mutex<()>,
    /// [`Setup::policy_version`], computed once.
    policy_version: Arc<str>,
    /// What the alert checks remember between re-links (see `alerts.rs`).
    watch: alerts::Watch,
}

impl App {
    fn engine_mut(&self) -> std::sync::MutexGuard<'_, Engine> {
        self.engine.lock().unwrap_or_else(PoisonError::into_inner)
    }
}

/// Reads the policy, releases and network ranges, as `scan` does.
pub fn load_setup(cfg: &ServeConfig) -> Result<Setup, ServeError> {
    let policy = match &cfg.policy {
        Some(p) => dg_ingest::read_policy(p)?,
        None => Policy::default(),
    };
    if policy.hash_key.is_empty() {
        warn!(
            "no hash_key in the policy: cluster evidence is hashed with the public demo key \
             (key id `unkeyed`); set hash_key before sharing outputs"
        );
    }
    let mut side_rejected = 0u64;
    let releases = match &cfg.releases {
        Some(p) => dg_ingest::read_releases(p, |_| side_rejected += 1)?,
        None => Vec::new(),
    };
    let ip_table = match &cfg.ip_ranges {
        Some(p) => Some(Arc::new(dg_ingest::read_ip_ranges([p], |_| {
            side_rejected += 1
        })?)),
        None => None,
    };
    if side_rejected > 0 {
        warn!("{side_rejected} lines of side inputs (ip ranges, releases) rejected");
    }
    let mut scan = ScanConfig::with_demo_key(policy, Weights::default_weights(), releases);
    scan.evict_idle_ms = i64::from(cfg.detector.evict_idle_days) * dg_model::Timestamp::DAY;
    Ok(Setup { scan, ip_table })
}

/// Parses the stored sign-up records (the later record of an id wins, as in `scan`).
async fn load_accounts(store: &Store) -> Result<BTreeMap<String, Account>, ServeError> {
    Ok(load_accounts_split(store, i64::MAX).await?.0)
}

/// The stored sign-up records numbered up to `upto` by id (the later record of an id wins,
/// as in `scan`), and those numbered after it, likewise.
async fn load_accounts_split(
    store: &Store,
    upto: i64,
) -> Result<(BTreeMap<String, Account>, BTreeMap<String, Account>), ServeError> {
    let (mut before, mut after) = (BTreeMap::new(), BTreeMap::new());
    for (seq, line) in store.account_lines().await? {
        let a = dg_ingest::accounts::parse_account(line.as_bytes()).map_err(|error| {
            ServeError::Replay {
                what: "account record",
                seq: seq.max(0) as u64,
                error,
            }
        })?;
        let to = if seq <= upto { &mut before } else { &mut after };
        to.insert(a.account_id.clone(), a);
    }
    Ok((before, after))
}

/// A fresh engine over the store's sign-up records with every stored event replayed through
/// it, and the request ids it has seen.
/// `prio`: the work threads' priority (`limits.work_nice`, `limits.work_idle`).
async fn replay(
    store: &Store,
    setup: Arc<Setup>,
    prio: crate::work::Priority,
) -> Result<(Engine, Seen), ServeError> {
    let accounts = load_accounts(store).await?;
    let engine = Engine::new(Arc::clone(&setup), accounts);
    let (engine, seen, _) = replay_into(store, setup, engine, Seen::default(), 0, prio).await?;
    Ok((engine, seen))
}

/// Folds the stored events numbered after `after` into `engine`, skipping request ids in
/// `seen` (which it extends); returns them with the number of events read.
async fn replay_into(
    store: &Store,
    setup: Arc<Setup>,
    mut engine: Engine,
    mut seen: Seen,
    after: i64,
    prio: crate::work::Priority,
) -> Result<(Engine, Seen, u64), ServeError> {
    let (tx, mut rx) = tokio::sync::mpsc::channel::<Vec<String>>(2);
    // Parsing, analysis and folding are CPU work: off the async workers (a rebuild replays
    // while decisions are answered), while the next batch is fetched.
    let folder = work::run(
        "dg-replay",
        prio,
        move || -> Result<(Engine, Seen), ServeError> {
            let mut n = 0u64;
            let table = setup.ip_table.clone();
            while let Some(lines) = rx.blocking_recv() {
                let mut ready = Vec::with_capacity(lines.len());
                for line in lines {
                    n += 1;
                    let c = engine::check_line(line.as_bytes(), n, table.as_deref()).map_err(
                        |error| ServeError::Replay {
                            what: "event",
                            seq: n,
                            error,
                        },
                    )?;
                    // A line stored twice (a retry after a commit whose answer was lost) counts once.
                    if seen.insert(c.id_hash) {
                        ready.push((c.ts, c.ready));
                    }
                }
                engine.push_in_line(ready);
            }
            Ok((engine, seen))
        },
    );
    let read = store.send_event_lines_after(after, 8192, tx).await;
    let (engine, seen) = folder.await??;
    let n = read?;
    Ok((engine, seen, n))
}

/// How the detector was brought back at start.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Started {
    /// From a snapshot (then only the log after it was replayed).
    pub from_snapshot: bool,
    /// Events read from the log at start.
    pub events_replayed: u64,
    /// Why no snapshot was used, when none was.
    pub why_replayed: Option<String>,
    /// Whether the event log had been compacted (see docs/serve.md, "Compaction").
    pub log_compacted: bool,
}

/// The detector at start: from the snapshot in `data_dir` and the log after it when the
/// snapshot fits this setup, store and sign-up records; else from the whole log, saying why.
async fn restore_or_replay(
    cfg: &ServeConfig,
    store: &Store,
    setup: Arc<Setup>,
    node: &str,
) -> Result<(Engine, Seen, i64, Started), ServeError> {
    let account_seq = store.next_account_seq().await? - 1;
    let compacted = store.compacted().await?;
    let prio = cfg.limits.work();
    let why = if cfg.snapshot.enabled {
        // The records are read after the snapshot's header, which says which it was built
        // with, and move into the restored detector; the fallback reads them again.
        match restore(
            cfg,
            store,
            Arc::clone(&setup),
            account_seq,
            compacted.is_some(),
        )
        .await
        {
            Ok((engine, seen, event_seq)) => {
                let (engine, seen, n) =
                    replay_into(store, setup, engine, seen, event_seq, prio).await?;
                let started = Started {
                    from_snapshot: true,
                    events_replayed: n,
                    why_replayed: None,
                    log_compacted: compacted.is_some(),
                };
                return Ok((engine, seen, account_seq, started));
            }
            Err(snapshot::SnapshotError::Missing) => {
                info!("no snapshot in the data directory: replaying the whole event log");
                "no snapshot".to_string()
            }
            Err(e) => {
                warn!(error = %e, "the snapshot cannot be used: replaying the whole event log");
                e.to_string()
            }
        }
    } else {
        "snapshots are disabled".to_string()
    };
    if let Some((upto, _)) = compacted {
        warn!(
            compacted_below = upto,
            "the event log was compacted: the detector is rebuilt from the events kept only, \
             and forgets what the deleted ones showed"
        );
    }
    if !node.is_empty() {
        // Until its first snapshot this node needs every event it has yet to read: an anchor
        // on the log's start holds back the other nodes' compactions meanwhile (the first
        // snapshot moves it up).
        let now = chrono::Utc::now().timestamp_millis();
        if let Err(e) = store.put_anchor(node, 0, now).await {
            warn!(error = %e, "recording the replay's anchor failed");
        }
    }
    let accounts = load_accounts(store).await?;
    let engine = Engine::new(Arc::clone(&setup), accounts);
    let (engine, seen, n) = replay_into(store, setup, engine, Seen::default(), 0, prio).await?;
    let started = Started {
        from_snapshot: false,
        events_replayed: n,
        why_replayed: Some(why),
        log_compacted: compacted.is_some(),
    };
    Ok((engine, seen, account_seq, started))
}

/// The engine and seen request ids of the snapshot in `data_dir`, and the event number it
/// covers, if it fits.
async fn restore(
    cfg: &ServeConfig,
    store: &Store,
    setup: Arc<Setup>,
    account_seq: i64,
    compacted: bool,
) -> Result<(Engine, Seen, i64), snapshot::SnapshotError> {
    use snapshot::SnapshotError::Stale;
    let dir = cfg.data_dir.clone();
    let raw = tokio::task::spawn_blocking(move || snapshot::read_file(&dir))
        .await
        .map_err(|e| snapshot::SnapshotError::Damaged(e.to_string()))??;
    let h = &raw.header;
    if h.format != snapshot::SERVE_FORMAT || h.fingerprint != snapshot::fingerprint(&setup) {
        return Err(Stale(
            "written by another detector or configuration (analyser, weights, policy, \
             releases, indicators or network ranges differ)"
                .into(),
        ));
    }
    if h.account_seq > account_seq {
        return Err(Stale(format!(
            "built with sign-up records up to #{}, the store has them up to #{account_seq}",
            h.account_seq
        )));
    }
    let last = store
        .event_at_or_before(h.event_seq)
        .await
        .map_err(|e| Stale(format!("reading the log: {e}")))?;
    if last != h.last_event {
        return Err(Stale(
            "taken of another event log (its last event is not in this store)".into(),
        ));
    }
    let event_seq = h.event_seq;
    // Records stored after the snapshot was written (a stop without one, a crash) are taken
    // in as the running detector took them: those of accounts it had not seen at once; one
    // of an account it had seen rebuilt the detector from the whole log, so the snapshot is
    // of no use then — unless the log was compacted, when the running detector deferred it
    // too (see `api::store_accounts`).
    let (accounts, newer) = load_accounts_split(store, h.account_seq)
        .await
        .map_err(|e| Stale(format!("reading the sign-up records: {e}")))?;
    let (mut engine, seen) = tokio::task::spawn_blocking(move || raw.restore(setup, accounts))
        .await
        .map_err(|e| snapshot::SnapshotError::Damaged(e.to_string()))??;
    if !newer.is_empty() {
        let n = newer.len();
        let deferred = take_records(&mut engine, newer, compacted).map_err(|k| {
            Stale(format!(
                "{k}: records of accounts it had seen came after it"
            ))
        })?;
        info!(
            records = n,
            deferred, "sign-up records stored after the snapshot taken into the detector"
        );
    }
    let seen: Seen = seen.into_iter().collect();
    Ok((engine, seen, event_seq))
}

/// Takes `records` into the detector. Records of accounts it has seen are refused
/// ([`dg_detect::scanner::KnownAccounts`]: only a rebuild over the whole log applies them),
/// unless the log was compacted (`compacted`): then no rebuild can, and they are left out
/// (stored, never applied; their count is returned) while the rest is taken in.
pub(crate) fn take_records(
    engine: &mut Engine,
    mut records: BTreeMap<String, Account>,
    compacted: bool,
) -> Result<u64, dg_detect::scanner::KnownAccounts> {
    if !compacted {
        return engine.add_accounts(records).map(|()| 0);
    }
    match engine.add_accounts(records.clone()) {
        Ok(()) => Ok(0),
        Err(known) => {
            for id in &known.ids {
                records.remove(id);
            }
            engine.add_accounts(records)?;
            Ok(known.count as u64)
        }
    }
}

/// Writes a snapshot of the live detector unless nothing was folded since the last one
/// (`force`: write anyway); whether one was written.
async fn write_snapshot(app: &Arc<App>, force: bool) -> Result<bool, snapshot::SnapshotError> {
    use std::sync::atomic::Ordering::Relaxed;
    let fail = |why: &str| snapshot::SnapshotError::Encode(why.to_string());
    // Under the sequencer's lock (no commit in progress) the snapshot takes its place in the
    // commit order: the events committed so far, the request ids seen, and a pause of the
    // detector queued after them. The detector stops there once it is done with every one of
    // them, a re-link in flight included (the events waiting for a re-link are in neither the
    // window nor the scanner, so a state with one in flight is never saved). Ingest waits
    // for the copy of `seen` only, folds for the encoding, decisions for nothing.
    let seq = app.seq.lock().await;
    let event_seq = seq.next_event_seq - 1;
    if !force && app.snapshot_seq.load(Relaxed) == event_seq {
        return Ok(false);
    }
    if app.queue.failed.load(Relaxed) {
        return Err(fail("the detector failed; the next start replays the log"));
    }
    let mut seen: Vec<u64> = seq.seen.iter().copied().collect();
    let paused = app.queue.pause();
    drop(seq);
    let go_on = paused.await.map_err(|_| fail("the detector has stopped"))?;
    // Stored rows at or before `event_seq` never change, so this may run after the lock.
    let last_event = app
        .store
        .event_at_or_before(event_seq)
        .await
        .map_err(|e| snapshot::SnapshotError::Encode(format!("reading the log: {e}")))?;
    let last_seq = last_event.as_ref().map(|e| e.0);
    let mut header = snapshot::Header {
        format: snapshot::SERVE_FORMAT,
        fingerprint: snapshot::fingerprint(&app.setup),
        event_seq,
        last_event,
        account_seq: app.engine_account_seq.load(Relaxed),
        events_folded: 0,
        written_at_ms: chrono::Utc::now().timestamp_millis(),
    };
    let app2 = Arc::clone(app);
    let t0 = std::time::Instant::now();
    let bytes = work::run("dg-snapshot", app.limits.work(), move || {
        seen.sort_unstable();
        let engine = app2.engine_mut();
        header.events_folded = engine.folded();
        snapshot::encode(&header, &engine, &seen)
    })
    .await
    .map_err(|e| snapshot::SnapshotError::Encode(e.to_string()))??;
    let _ = go_on.send(());
    let encode_ms = t0.elapsed().as_millis() as u64;
    let app2 = Arc::clone(app);
    let t0 = std::time::Instant::now();
    let len = bytes.len();
    // Copying tens of megabytes into the page cache is CPU work too: at the work threads'
    // priority, so that it does not delay the workers answering decisions.
    work::run("dg-snapshot", app.limits.work(), move || {
        let _file = app2
            .snapshot_file
            .lock()
            .unwrap_or_else(PoisonError::into_inner);
        snapshot::write_file(&app2.cfg.data_dir, &bytes)
    })
    .await
    .map_err(|e| snapshot::SnapshotError::Encode(e.to_string()))??;
    app.snapshot_seq.store(event_seq, Relaxed);
    if let Some(last_seq) = last_seq {
        // The anchor names the event this node's next start checks the log for: other
        // nodes' compactions keep it (see `compact`).
        let now = chrono::Utc::now().timestamp_millis();
        if let Err(e) = app.store.put_anchor(&app.node, last_seq, now).await {
            warn!(error = %e, "recording the snapshot's anchor failed");
        }
    }
    info!(
        event_seq,
        bytes = len,
        encode_ms,
        write_ms = t0.elapsed().as_millis() as u64,
        "wrote a snapshot of the detector"
    );
    if let Some(last_seq) = last_seq {
        compact(app, last_seq).await;
    }
    Ok(true)
}

/// Deletes from the log the events a snapshot just written covers that came more than
/// `[snapshot] keep_log_days` before its last event (`last_seq`, which stays: the next start
/// checks the snapshot against it). Failures are logged; the next snapshot tries again.
///
/// Nodes sharing one database each anchor their own snapshot on an event of the shared log:
/// nothing from the oldest anchor of the other nodes that wrote a snapshot within `[snapshot]
/// node_gone_after_days` on is deleted, so no node's snapshot goes stale under it. A node gone
/// longer is given up on: its next start rebuilds from the days kept, as a new node's does.
async fn compact(app: &Arc<App>, last_seq: i64) {
    use std::sync::atomic::Ordering::Relaxed;
    let days = app.cfg.snapshot.keep_log_days;
    if days <= 0.0 || !days.is_finite() {
        return;
    }
    let t0 = std::time::Instant::now();
    let done = async {
        let Some(last_ts) = app.store.event_time(last_seq).await? else {
            return Ok(0);
        };
        let cut = last_ts.saturating_sub((days * dg_model::Timestamp::DAY as f64) as i64);
        let gone = (app.cfg.snapshot.node_gone_after_days * dg_model::Timestamp::DAY as f64) as i64;
        let since = chrono::Utc::now().timestamp_millis().saturating_sub(gone);
        let keep_from = match app.store.oldest_anchor(&app.node, since).await? {
            Some((seq, node)) if seq < last_seq => {
                info!(node = %node, anchor = seq, "compaction keeps another node's snapshot anchor");
                seq
            }
            _ => last_seq,
        };
        app.store.compact_events(keep_from, cut).await
    }
    .await;
    match done {
        Ok(0) => {}
        Ok(n) => {
            app.compacted.store(true, Relaxed);
            app.metrics.events_compacted.fetch_add(n, Relaxed);
            info!(
                deleted = n,
                below = last_seq,
                ms = t0.elapsed().as_millis() as u64,
                "compacted the event log behind the snapshot"
            );
        }
        Err(e) => {
            warn!(error = %e, "compacting the event log failed; the next snapshot tries again")
        }
    }
}

/// Re-reads the stored tokens (revocations, new tokens) and the overrides in force (another
/// node's, and expiries); a failed read keeps what was read last (stored tokens are refused
/// once that grows stale, see [`Auth::with_stale_after`]).
async fn refresh_from_store(app: &App) {
    match app.store.tokens().await {
        Ok(rows) => app.auth.set_stored(&rows),
        Err(e) => warn!(error = %e, "re-reading the stored tokens failed"),
    }
    let _turn = app.override_turn.lock().await;
    let now = analyst::now_ms();
    match app
        .store
        .overrides(0, analyst::MAX_LIVE_OVERRIDES, Some(now))
        .await
    {
        Ok(rows) => app.overrides.replace(&rows, now),
        Err(e) => warn!(error = %e, "re-reading the overrides failed"),
    }
}

/// A running service.
pub struct Server {
    addr: SocketAddr,
    shutdown: Option<oneshot::Sender<()>>,
    join: tokio::task::JoinHandle<std::io::Result<()>>,
    app: Arc<App>,
    grpc: Option<grpc::GrpcServer>,
    /// The decision listener, if `decision_listen` is set.
    decisions: Option<decide::DecisionListener>,
    /// The periodic snapshot writer, if any.
    snapshots: Option<tokio::task::JoinHandle<()>>,
    /// The periodic re-read of the stored tokens and overrides.
    refresher: tokio::task::JoinHandle<()>,
    /// The detector's task (see `detector.rs`).
    detector: Option<tokio::task::JoinHandle<()>>,
    started: Started,
}

/// Waits for the detector to catch up: ingest is answered once its events are committed, and
/// the detector folds them after, so a client that must read its own events waits for this
/// (over HTTP: `GET /v1/status` until `events_pending` is 0).
#[derive(Clone)]
pub struct Settler {
    app: Arc<App>,
}

impl Settler {
    /// Returns once the decision board reflects every event acknowledged before the call, and
    /// every alert they raised is stored (if ingest goes on, it waits for a moment with
    /// nothing pending). With other ingest requests in progress the board may trail by the
    /// publication their fold makes.
    pub async fn settle(&self) {
        while self.app.queue.pending() > 0 {
            tokio::time::sleep(std::time::Duration::from_millis(2)).await;
        }
    }
}

/// Ingest slots held by [`Server::pause_ingest`]; ingest resumes when it is dropped.
pub struct IngestPause {
    _permits: OwnedSemaphorePermit,
}

impl Server {
    /// Opens the store, replays it, and starts listening; returns once ready.
    pub async fn start(cfg: ServeConfig) -> Result<Server, ServeError> {
        let refresh = std::time::Duration::from_millis(cfg.store_refresh_ms.max(10));
        let auth = Auth::from_specs(&cfg.tokens)?
            .with_stale_after((refresh * 10).max(std::time::Duration::from_secs(30)));
        let mut setup = load_setup(&cfg)?;
        let store = Store::open_with(
            cfg.database_url.as_deref(),
            &cfg.data_dir,
            cfg.limits.work(),
        )
        .await?;
        // Tokens of the store count as much as those of serve.toml.
        auth.set_stored(&store.tokens().await?);
        auth.check_listen(cfg.listen)?;
        if let Some(g) = cfg.ext_authz.grpc_listen {
            auth.check_listen(g)?;
        }
        if let Some(d) = cfg.decision_listen {
            auth.check_listen(d)?;
        }
        let overrides = overrides::Overrides::default();
        let now = analyst::now_ms();
        overrides.replace(
            &store
                .overrides(0, analyst::MAX_LIVE_OVERRIDES, Some(now))
                .await?,
            now,
        );
        known::load(&cfg.known_indicators, &cfg.taxii, &store, &mut setup.scan).await?;
        let setup = Arc::new(setup);
        let policy_version: Arc<str> = Arc::from(setup.policy_version());
        let taxii = taxii::Taxii::new(&cfg.taxii, &store, &setup.scan.hash_key).await?;
        // Without snapshots there is no anchor to name, and no file to write.
        let node = if cfg.snapshot.enabled {
            snapshot::node_id(&cfg.data_dir).map_err(|e| {
                ServeError::Config(format!("the node id in {}: {e}", cfg.data_dir.display()))
            })?
        } else {
            String::new()
        };
        let t0 = std::time::Instant::now();
        let (mut engine, seen, account_seq, started) =
            restore_or_replay(&cfg, &store, Arc::clone(&setup), &node).await?;
        let board = Arc::new(board::Board::with_changes_kept(
            cfg.limits.decision_changes_kept,
        ));
        engine.attach(Arc::clone(&board));
        info!(
            backend = store.backend(),
            events = engine.folded() + engine.held() as u64,
            accounts = engine.accounts(),
            from_snapshot = started.from_snapshot,
            replayed = started.events_replayed,
            ms = t0.elapsed().as_millis() as u64,
            "detector ready"
        );
        let queue = detector::Queue::new(
            cfg.limits.max_queued_events,
            engine.folded() + engine.held() as u64,
        );
        let seq = Sequencer {
            seen,
            next_event_seq: store.next_event_seq().await?,
            next_account_seq: store.next_account_seq().await?,
        };
        let app = Arc::new(App {
            setup,
            store,
            seq: tokio::sync::Mutex::new(seq),
            fold: tokio::sync::Mutex::new(()),
            ingest_active: std::sync::atomic::AtomicUsize::new(0),
            queue,
            engine: Mutex::new(engine),
            board,
            slots: Arc::new(Semaphore::new(cfg.limits.ingest_slots.max(1))),
            parse: Semaphore::new(match cfg.limits.parse_workers {
                0 => cfg.limits.ingest_slots.max(1),
                n => n,
            }),
            committing: Arc::new(Semaphore::new(cfg.limits.ingest_slots.max(1))),
            metrics: metrics::Metrics::default(),
            limits: cfg.limits.clone(),
            ready: AtomicBool::new(true),
            auth,
            cfg: cfg.clone(),
            taxii,
            engine_account_seq: std::sync::atomic::AtomicI64::new(account_seq),
            snapshot_seq: std::sync::atomic::AtomicI64::new(i64::MIN),
            compacted: AtomicBool::new(started.log_compacted),
            snapshot_file: Mutex::new(()),
            node,
            overrides,
            override_turn: tokio::sync::Mutex::new(()),
            policy_version,
            watch: alerts::Watch::default(),
        });
        // The overrides in force against the clusters the detector came back with: what an
        // allow-listed account joined meanwhile, and the members later growth is measured from.
        alerts::check_now(&app).await;
        let detector = detector::start(&app);
        let snapshots = (cfg.snapshot.enabled && cfg.snapshot.every_secs > 0).then(|| {
            let app = Arc::clone(&app);
            let every = std::time::Duration::from_secs(cfg.snapshot.every_secs);
            tokio::spawn(async move {
                loop {
                    tokio::time::sleep(every).await;
                    if let Err(e) = write_snapshot(&app, false).await {
                        warn!(error = %e, "writing a snapshot failed; the next tick tries again");
                    }
                }
            })
        });
        taxii::Taxii::start(&app);
        let listener = tokio::net::TcpListener::bind(cfg.listen).await?;
        let addr = listener.local_addr()?;
        // Answers go out as they are written, not held back by Nagle's algorithm.
        let listener = axum::serve::ListenerExt::tap_io(listener, |tcp| {
            let _ = tcp.set_nodelay(true);
        });
        let (tx, rx) = oneshot::channel::<()>();
        let decision_listener = cfg.decision_listen.map(decide::bind).transpose()?;
        let grpc = match cfg.ext_authz.grpc_listen {
            Some(a) => Some(grpc::start(Arc::clone(&app), a).await?),
            None => None,
        };
        let decisions = match decision_listener {
            Some(l) => Some(decide::start(Arc::clone(&app), l)?),
            None => None,
        };
        // Spawned once nothing can fail any more: a failed start leaves no task holding the store.
        let refresher = {
            let app = Arc::clone(&app);
            tokio::spawn(async move {
                loop {
                    tokio::time::sleep(refresh).await;
                    refresh_from_store(&app).await;
                }
            })
        };
        let router = api::router(Arc::clone(&app));
        let join = tokio::spawn(async move {
            axum::serve(listener, router)
                .with_graceful_shutdown(async {
                    let _ = rx.await;
                })
                .await
        });
        info!(%addr, "listening");
        Ok(Server {
            addr,
            shutdown: Some(tx),
            join,
            app,
            grpc,
            decisions,
            snapshots,
            refresher,
            detector,
            started,
        })
    }

    /// The address it listens on.
    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// How the detector was brought back at start (snapshot or whole log).
    pub fn started(&self) -> &Started {
        &self.started
    }

    /// Waits until the decisions reflect every acknowledged event (see [`Settler`]).
    pub async fn settle(&self) {
        self.settler().settle().await
    }

    /// A handle to wait with for the decisions to reflect every acknowledged event.
    pub fn settler(&self) -> Settler {
        Settler {
            app: Arc::clone(&self.app),
        }
    }

    /// Writes a snapshot of the detector now (as the periodic writer and shutdown do), even
    /// if nothing changed since the last one.
    pub async fn snapshot_now(&self) -> Result<(), ServeError> {
        write_snapshot(&self.app, true)
            .await
            .map(|_| ())
            .map_err(|e| ServeError::Snapshot(e.to_string()))
    }

    /// The address of the decision listener, if one was configured (`decision_listen`).
    pub fn decision_addr(&self) -> Option<SocketAddr> {
        self.decisions.as_ref().map(|d| d.addr)
    }

    /// The address of the gRPC ext_authz listener, if one was configured.
    pub fn grpc_addr(&self) -> Option<SocketAddr> {
        self.grpc.as_ref().map(|g| g.addr)
    }

    /// Takes every ingest slot (waiting for requests in progress), so that ingest answers 429
    /// until the returned guard is dropped: for maintenance, and for tests of overload.
    pub async fn pause_ingest(&self) -> IngestPause {
        let n = self.app.limits.ingest_slots.max(1) as u32;
        let permits = Arc::clone(&self.app.slots)
            .acquire_many_owned(n)
            .await
            .unwrap_or_else(|_| unreachable!("the ingest semaphore is never closed"));
        IngestPause { _permits: permits }
    }

    /// Stops accepting connections, finishes the requests in progress (every acknowledged
    /// event is already committed), and closes the store.
    pub async fn stop(mut self) -> Result<(), ServeError> {
        self.app
            .ready
            .store(false, std::sync::atomic::Ordering::Relaxed);
        self.app.taxii.stop();
        if let Some(tx) = self.shutdown.take() {
            let _ = tx.send(());
        }
        let served = (&mut self.join).await;
        if let Some(d) = self.decisions.take() {
            d.stop().await;
        }
        if let Some(g) = self.grpc.take() {
            let _ = g.shutdown.send(());
            if let Ok(Err(e)) = g.join.await {
                warn!(error = %e, "the gRPC listener failed");
            }
        }
        if let Some(t) = self.snapshots.take() {
            t.abort();
        }
        self.refresher.abort();
        // Commits of requests whose clients hung up may still be in progress: wait for them,
        // and for the detector to fold what they committed (the alerts it raises need the
        // store), so the snapshot covers every acknowledged event.
        let n = self.app.limits.ingest_slots.max(1) as u32;
        let _all = self.app.committing.acquire_many(n).await;
        if self.app.cfg.snapshot.enabled {
            if let Err(e) = write_snapshot(&self.app, false).await {
                warn!(error = %e, "writing the shutdown snapshot failed; the next start replays");
            }
        } else {
            let _seq = self.app.seq.lock().await;
            detector::drained(&self.app).await;
            let _turn = self.app.fold.lock().await;
        }
        if let Some(t) = self.detector.take() {
            t.abort();
        }
        self.app.store.close().await;
        served??;
        Ok(())
    }
}

/// Runs the service until SIGINT or SIGTERM (a multi-threaded runtime of its own).
pub fn run_blocking(cfg: ServeConfig) -> Result<(), ServeError> {
    // With a decision listener of its own, the shared runtime's workers (ingest bodies,
    // analyst routes) step back behind the decisions' thread (see `decide.rs`).
    let shared = crate::work::Priority {
        nice: if cfg.decision_listen.is_some() {
            cfg.limits.shared_workers_nice
        } else {
            0
        },
        idle: false,
    };
    let rt = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .on_thread_start(move || crate::work::set_own_priority(shared))
        .build()?;
    rt.block_on(async move {
        let server = Server::start(cfg).await?;
        eprintln!(
            "distillguard serve: listening on http://{} (modes: {})",
            server.addr(),
            server.app.cfg.modes_summary()
        );
        if let Some(g) = server.grpc_addr() {
            eprintln!("distillguard serve: gRPC ext_authz (Authorization/Check) on {g}");
        }
        if let Some(d) = server.decision_addr() {
            eprintln!("distillguard serve: decisions on http://{d}");
        }
        if server.app.auth.is_open() {
            eprintln!(
                "distillguard serve: no API tokens configured: every route is open to anyone \
                 who can reach {} (allowed on loopback only)",
                server.addr()
            );
        }
        shutdown_signal().await;
        info!("shutting down");
        server.stop().await
    })
}

async fn shutdown_signal() {
    #[cfg(unix)]
    {
        use tokio::signal::unix::{signal, SignalKind};
        match signal(SignalKind::terminate()) {
            Ok(mut term) => {
                tokio::select! {
                    _ = tokio::signal::ctrl_c() => {}
                    _ = term.recv() => {}
                }
            }
            Err(_) => {
                let _ = tokio::signal::ctrl_c().await;
            }
        }
    }
    #[cfg(not(unix))]
    {
        let _ = tokio::signal::ctrl_c().await;
    }
}
