//! The detector's side of ingest: one task folds the committed events in commit order, and
//! computes the periodic re-links off the fold.
//!
//! An ingest request is answered once its events are committed to the log; it then hands them
//! to this task through [`Queue`], in commit order (under the sequencer's lock), with room
//! taken in the queue (`limits.max_queued_events`): when the detector falls behind, commits
//! wait for room, requests keep their slots meanwhile, and further requests are answered 429
//! with `Retry-After` — the service's existing back-pressure.
//!
//! The task takes what was committed, folds it on a work thread ([`Engine::push`]), and when
//! a re-link falls due the engine publishes what it folded so far and hands out the re-link's
//! input: the task computes it on a work thread of its own (holding no lock), applies the
//! output and folds the events that waited for it. Meanwhile ingest commits and answers,
//! decisions read the board, and analyst reads see the detector as it stood when the re-link
//! fell due. Events folded after a re-link must read what it set, so they wait: nothing else
//! need.

use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use tokio::sync::{mpsc, oneshot, OwnedSemaphorePermit, Semaphore};
use tracing::{debug, error, warn};

use crate::api::Active;
use crate::engine::Ready;
use crate::App;

/// Committed events on their way to the detector.
pub(crate) struct Committed {
    /// The accepted events with their event times, in commit order.
    pub(crate) events: Vec<(i64, Ready)>,
    /// Their room in the queue, given back once they are folded.
    pub(crate) room: Option<OwnedSemaphorePermit>,
    /// The request's place among the ingest requests in progress: the last of them to be
    /// folded publishes (see [`crate::engine::Engine::publish`]).
    pub(crate) active: Active,
}

/// What the detector's task takes, in commit order.
enum Work {
    Events(Committed),
    /// A place in the commit order where the detector stops, done with everything before it
    /// (re-links included): it sends the sender it then waits on before it goes on.
    Pause(oneshot::Sender<oneshot::Sender<()>>),
}

/// The queue between ingest and the detector.
pub(crate) struct Queue {
    tx: mpsc::UnboundedSender<Work>,
    rx: std::sync::Mutex<Option<mpsc::UnboundedReceiver<Work>>>,
    /// Events that may wait for the detector at once (`limits.max_queued_events`).
    room: Arc<Semaphore>,
    capacity: u32,
    /// Accepted events committed, counting those the detector came back with at start: what
    /// the detector has folded or holds once it has caught up.
    pub(crate) committed: AtomicU64,
    /// Of those, the events whose step is done: folded (or held by the window), their
    /// re-links applied, the alerts they raised stored, and published if no other ingest
    /// request was in progress.
    pub(crate) completed: AtomicU64,
    /// A fold or an apply failed (a work thread panicked): the detector no longer describes
    /// the log, so no snapshot is written of it.
    pub(crate) failed: AtomicBool,
}

impl Queue {
    pub(crate) fn new(capacity: usize, committed: u64) -> Self {
        let capacity = capacity.clamp(1, Semaphore::MAX_PERMITS.min(u32::MAX as usize)) as u32;
        let (tx, rx) = mpsc::unbounded_channel();
        Self {
            tx,
            rx: std::sync::Mutex::new(Some(rx)),
            room: Arc::new(Semaphore::new(capacity as usize)),
            capacity,
            committed: AtomicU64::new(committed),
            completed: AtomicU64::new(committed),
            failed: AtomicBool::new(false),
        }
    }

    /// Room for `events` events (all of the queue for a request larger than it), waited for
    /// in turn: a commit waits here while the detector is behind.
    pub(crate) async fn room(&self, events: usize) -> Option<OwnedSemaphorePermit> {
        let n = (events.min(self.capacity as usize)) as u32;
        if n == 0 {
            return None;
        }
        // The semaphore is never closed.
        Arc::clone(&self.room).acquire_many_owned(n).await.ok()
    }

    /// Hands committed events to the detector (the caller holds the sequencer's lock, so
    /// they arrive in commit order).
    pub(crate) fn send(&self, c: Committed) {
        self.committed
            .fetch_add(c.events.len() as u64, Ordering::AcqRel);
        // The receiver lives as long as the task, which lives as long as the service.
        if self.tx.send(Work::Events(c)).is_err() {
            warn!("the detector has stopped: committed events wait for the next start");
        }
    }

    /// Stops the detector once it is done with every event committed so far (the caller
    /// holds the sequencer's lock, so that is a place in the commit order). The receiver
    /// gets a sender once the detector stopped there; sending on it (or dropping it) lets the
    /// detector go on. The receiver fails if the detector's task has ended.
    pub(crate) fn pause(&self) -> oneshot::Receiver<oneshot::Sender<()>> {
        let (tx, rx) = oneshot::channel();
        // Sent now, under the caller's lock; a task that ended drops it (and `rx` fails).
        let _ = self.tx.send(Work::Pause(tx));
        rx
    }

    /// Acknowledged events whose step is not done (see `completed`): 0 once ingest pauses
    /// means every answer reflects every acknowledged event, and every alert they raised is
    /// listed.
    pub(crate) fn pending(&self) -> u64 {
        // `completed` first: read after it, `committed` is never the older of the two.
        let done = self.completed.load(Ordering::Acquire);
        self.committed.load(Ordering::Acquire).saturating_sub(done)
    }

    /// After a rebuild: the new detector covers `covered` events, all of them done.
    pub(crate) fn reset(&self, covered: u64) {
        self.committed.store(covered, Ordering::Release);
        self.completed.store(covered, Ordering::Release);
    }

    /// Events waiting for room or for the detector right now (the room taken).
    pub(crate) fn queued(&self) -> u64 {
        u64::from(self.capacity) - self.room.available_permits() as u64
    }
}

/// Starts the detector's task (once).
pub(crate) fn start(app: &Arc<App>) -> Option<tokio::task::JoinHandle<()>> {
    let rx = app
        .queue
        .rx
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
        .take()?;
    Some(tokio::spawn(run(Arc::clone(app), rx)))
}

/// Takes what was committed, in order, and folds it; see the module documentation.
async fn run(app: Arc<App>, mut rx: mpsc::UnboundedReceiver<Work>) {
    let mut taken = Vec::new();
    let mut batch = Vec::new();
    // Everything committed meanwhile is folded in one step (one work thread), up to a pause.
    while rx.recv_many(&mut taken, 256).await > 0 {
        for w in taken.drain(..) {
            match w {
                Work::Events(c) => batch.push(c),
                Work::Pause(reached) => {
                    step(&app, std::mem::take(&mut batch)).await;
                    let (go_on, wait) = oneshot::channel();
                    if reached.send(go_on).is_ok() {
                        // Dropped without a word is "go on" too.
                        let _ = wait.await;
                    }
                }
            }
        }
        step(&app, std::mem::take(&mut batch)).await;
    }
}

/// Folds `batch`, computes the re-links that fall due, stores the alerts they raise and
/// publishes (see the module documentation).
async fn step(app: &Arc<App>, batch: Vec<Committed>) {
    if batch.is_empty() {
        return;
    }
    let turn = app.fold.lock().await;
    let mut events = Vec::new();
    let mut n = 0u64;
    let mut rooms = Vec::with_capacity(batch.len());
    let mut active = Vec::with_capacity(batch.len());
    for c in batch {
        n += c.events.len() as u64;
        events.extend(c.events);
        rooms.push(c.room);
        active.push(c.active);
    }
    let prio = app.limits.work();
    let a = Arc::clone(app);
    let mut next = crate::work::run("dg-fold", prio, move || a.engine_mut().push(events)).await;
    loop {
        let input = match next {
            Ok(Some(input)) => input,
            Ok(None) => break,
            Err(_) => {
                app.queue.failed.store(true, Ordering::Release);
                error!("folding committed events failed; restart to replay the log");
                break;
            }
        };
        let (at, candidates) = (input.at(), input.candidates());
        let hook = app.cfg.relink_hook.clone();
        let t0 = Instant::now();
        let computed = crate::work::run("dg-relink", prio, move || {
            if let Some(h) = hook {
                (h.0)();
            }
            input.compute()
        })
        .await;
        let compute_ms = t0.elapsed().as_secs_f64() * 1e3;
        let a = Arc::clone(app);
        let t0 = Instant::now();
        next = crate::work::run("dg-fold", prio, move || {
            let mut engine = a.engine_mut();
            match computed {
                Ok(out) => match engine.apply_relink(out) {
                    Ok(next) => next,
                    Err(e) => {
                        warn!(error = %e, "a re-link's output was refused; it runs in line");
                        engine.relink_failed()
                    }
                },
                Err(_) => {
                    warn!("computing a re-link failed; it runs in line");
                    engine.relink_failed()
                }
            }
        })
        .await;
        debug!(
            at = %at,
            candidates,
            compute_ms,
            apply_and_fold_ms = t0.elapsed().as_secs_f64() * 1e3,
            "re-link computed off the fold"
        );
    }
    drop(rooms);
    // Cluster membership changes only at a re-link: then the overrides in force are
    // checked against the new clusters (see `alerts.rs`), if there are any. Still the
    // detector's turn: checks run in fold order, so growth is measured between
    // consecutive states; and before the step is done, so that once nothing is pending
    // every alert is listed.
    if !app.overrides.is_empty() {
        let a = Arc::clone(app);
        let checked = crate::work::run("dg-alerts", prio, move || {
            let mut engine = a.engine_mut();
            let relinks = engine.relinks();
            let due = relinks != a.watch.relinks_checked.load(Ordering::Relaxed);
            due.then(|| (relinks, engine.clusters(), engine.as_of()))
        })
        .await;
        if let Ok(Some((relinks, clusters, as_of))) = &checked {
            crate::alerts::run(app, clusters, *as_of).await;
            app.watch.relinks_checked.store(*relinks, Ordering::Relaxed);
        }
    }
    // The last request in progress publishes: once ingest pauses, decisions hold every
    // acknowledged event; under sustained ingest the engine publishes every
    // `PUBLISH_EVERY`.
    let mut last = false;
    for a in active {
        last |= a.leave();
    }
    if last {
        let a = Arc::clone(app);
        let _ = crate::work::run("dg-publish", prio, move || a.engine_mut().publish()).await;
    }
    app.queue.completed.fetch_add(n, Ordering::AcqRel);
    drop(turn);
}

/// Waits until the detector's step is done for every committed event (folded or held by the
/// window, no re-link in flight): what a snapshot and a rebuild need. The caller holds the
/// sequencer's lock, so nothing is committed meanwhile. `false` if the detector failed (it
/// no longer describes the log).
pub(crate) async fn drained(app: &App) -> bool {
    loop {
        if app.queue.failed.load(Ordering::Acquire) {
            return false;
        }
        if app.queue.pending() == 0 {
            return true;
        }
        // Polled: a drain waits for seconds at most (a re-link), and is rare (snapshots,
        // rebuilds, the stop).
        tokio::time::sleep(Duration::from_millis(2)).await;
    }
}
