//! Where the service's CPU-heavy work runs: parsing and analysing ingest bodies, folding and
//! publishing findings, encoding and writing snapshots, replays, exports. Each job gets an OS
//! thread of its own at a lower scheduling priority (a higher nice value, `limits.work_nice`)
//! than the async runtime's workers, which answer requests.
//!
//! Why: a decision is microseconds of work, but while parsing and folding keep the cores busy
//! the worker that should answer it, woken by the arriving request, waits for the kernel to
//! give it a core. Among threads of equal priority that wait is up to a scheduler slice —
//! milliseconds, the whole decision tail measured before (docs/serve.md, "Benchmarks and
//! overload"). A woken worker of higher priority preempts the heavy work at once, and the
//! heavy work still gets every cycle the workers leave.
//!
//! Lowering one's own priority needs no privilege, and Linux keeps the nice value per thread:
//! only these threads (and the SQLite connection threads, see [`lower_sqlite_threads`]) are
//! affected, never the runtime's workers. A thread per job costs tens of microseconds against
//! jobs of milliseconds to seconds (a request's body, a fold), and needs no pool to size or
//! shut down.

use std::future::Future;

use tokio::sync::oneshot;

/// The job panicked (or its thread could not be started).
#[derive(Debug)]
pub struct Failed;

impl std::fmt::Display for Failed {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("a work thread panicked")
    }
}

/// Starts `f` now on a new thread named `name` at nice value `nice` (0: the process's own),
/// like `tokio::task::spawn_blocking`; the returned future is its result.
pub fn run<T: Send + 'static>(
    name: &str,
    nice: i32,
    f: impl FnOnce() -> T + Send + 'static,
) -> impl Future<Output = Result<T, Failed>> {
    let (tx, rx) = oneshot::channel();
    spawn(name, nice, move || {
        let _ = tx.send(f());
    });
    // A panic drops the sender.
    async move { rx.await.map_err(|_| Failed) }
}

/// Starts `f` on a new thread named `name` at nice value `nice`, without waiting for it.
pub fn spawn(name: &str, nice: i32, f: impl FnOnce() + Send + 'static) {
    let started = std::thread::Builder::new()
        .name(name.to_string())
        .spawn(move || {
            set_nice(0, nice);
            f()
        });
    if let Err(e) = started {
        tracing::warn!(error = %e, "could not start a work thread");
    }
}

#[cfg(target_os = "linux")]
mod sys {
    extern "C" {
        pub fn setpriority(which: i32, who: u32, prio: i32) -> i32;
    }
    /// `PRIO_PROCESS`: with Linux's per-thread nice values, `who` is a thread id (0: the
    /// calling thread).
    pub const PRIO_PROCESS: i32 = 0;
}

/// Sets thread `tid`'s nice value (0: the calling thread's); Linux only, elsewhere nothing.
fn set_nice(tid: u32, nice: i32) {
    if nice == 0 {
        return;
    }
    #[cfg(target_os = "linux")]
    {
        // SAFETY: setpriority reads only its integer arguments.
        let r = unsafe { sys::setpriority(sys::PRIO_PROCESS, tid, nice) };
        if r != 0 {
            tracing::debug!(tid, nice, "setpriority failed");
        }
    }
    #[cfg(not(target_os = "linux"))]
    let _ = tid;
}

/// Gives sqlx's SQLite connection threads (`sqlx-sqlite-worker-N`, one per connection, where
/// statements and commits run) the nice value `nice`: inserting a request's rows is CPU work
/// like parsing them. Linux only (reads `/proc/self/task`).
pub fn lower_sqlite_threads(nice: i32) {
    if nice == 0 {
        return;
    }
    let Ok(tasks) = std::fs::read_dir("/proc/self/task") else {
        return;
    };
    for t in tasks.flatten() {
        let comm = std::fs::read_to_string(t.path().join("comm")).unwrap_or_default();
        if !comm.starts_with("sqlx-sqlite") {
            continue;
        }
        if let Some(tid) = t.file_name().to_str().and_then(|s| s.parse().ok()) {
            set_nice(tid, nice);
        }
    }
}
