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
//! With `limits.work_idle` (the default) these threads also take Linux's `SCHED_IDLE` policy:
//! a woken request worker then preempts them at once, every time, where a nice value only
//! weighs their shares (under EEVDF a woken worker could still wait out part of a slice: on
//! this project's 2-core VM, decision p99 during paced ingest 2.2–3.4 ms at nice 10 against
//! 1.25–1.41 ms with `SCHED_IDLE`; docs/serve.md). The cost: on a machine whose cores other
//! programs keep busy, the heavy work gets only the idle time, so ingest slows to the 429s of
//! a full queue rather than taking cycles from them.
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

/// The scheduling priority of the work threads (`limits.work_nice`, `limits.work_idle`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Priority {
    /// Nice value, 0 (the process's own) to 19.
    pub nice: i32,
    /// Whether the threads also take the `SCHED_IDLE` policy.
    pub idle: bool,
}

/// Starts `f` now on a new thread named `name` at priority `prio`, like
/// `tokio::task::spawn_blocking`; the returned future is its result.
pub fn run<T: Send + 'static>(
    name: &str,
    prio: Priority,
    f: impl FnOnce() -> T + Send + 'static,
) -> impl Future<Output = Result<T, Failed>> {
    let (tx, rx) = oneshot::channel();
    spawn(name, prio, move || {
        let _ = tx.send(f());
    });
    // A panic drops the sender.
    async move { rx.await.map_err(|_| Failed) }
}

/// Starts `f` on a new thread named `name` at priority `prio`, without waiting for it.
pub fn spawn(name: &str, prio: Priority, f: impl FnOnce() + Send + 'static) {
    let started = std::thread::Builder::new()
        .name(name.to_string())
        .spawn(move || {
            set_priority(0, prio);
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
        pub fn sched_setscheduler(pid: i32, policy: i32, param: *const SchedParam) -> i32;
    }
    /// `struct sched_param`.
    #[repr(C)]
    pub struct SchedParam {
        pub sched_priority: i32,
    }
    /// `SCHED_IDLE`: the thread runs only when no other policy's thread wants the core.
    pub const SCHED_IDLE: i32 = 5;
    /// `PRIO_PROCESS`: with Linux's per-thread nice values, `who` is a thread id (0: the
    /// calling thread).
    pub const PRIO_PROCESS: i32 = 0;
}

/// Sets the calling thread's priority (for a runtime's `on_thread_start`).
pub fn set_own_priority(prio: Priority) {
    if prio.nice != 0 || prio.idle {
        set_priority(0, prio);
    }
}

/// Sets thread `tid`'s priority (0: the calling thread); Linux only, elsewhere nothing.
// Two foreign calls, declared by hand like `setpriority` above rather than pulling in a
// crate for them.
fn set_priority(tid: u32, prio: Priority) {
    #[cfg(target_os = "linux")]
    {
        if prio.nice != 0 {
            // SAFETY: setpriority reads only its integer arguments.
            let r = unsafe { sys::setpriority(sys::PRIO_PROCESS, tid, prio.nice) };
            if r != 0 {
                tracing::debug!(tid, nice = prio.nice, "setpriority failed");
            }
        }
        if prio.idle {
            let param = sys::SchedParam { sched_priority: 0 };
            // SAFETY: reads its integer arguments and `param`, which outlives the call.
            let r = unsafe { sys::sched_setscheduler(tid as i32, sys::SCHED_IDLE, &param) };
            if r != 0 {
                tracing::debug!(tid, "sched_setscheduler(SCHED_IDLE) failed");
            }
        }
    }
    #[cfg(not(target_os = "linux"))]
    let _ = (tid, prio);
}

/// Gives sqlx's SQLite connection threads (`sqlx-sqlite-worker-N`, one per connection, where
/// statements and commits run) the priority `prio`: inserting a request's rows is CPU work
/// like parsing them. Linux only (reads `/proc/self/task`).
pub fn lower_sqlite_threads(prio: Priority) {
    if prio.nice == 0 && !prio.idle {
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
            set_priority(tid, prio);
        }
    }
}

#[cfg(all(test, target_os = "linux"))]
mod tests {
    use super::*;

    extern "C" {
        fn sched_getscheduler(pid: i32) -> i32;
    }

    /// The calling thread's policy and nice value, as the kernel reports them.
    fn own_priority() -> (i32, i32) {
        // SAFETY: pid 0 is the calling thread; no pointers.
        let policy = unsafe { sched_getscheduler(0) };
        let stat = std::fs::read_to_string("/proc/thread-self/stat").unwrap_or_default();
        // Fields after the command's closing parenthesis; nice is the 19th field overall.
        let after = stat.rsplit_once(')').map_or("", |(_, r)| r);
        let nice = after
            .split_whitespace()
            .nth(16)
            .and_then(|v| v.parse().ok())
            .unwrap_or(i32::MIN);
        (policy, nice)
    }

    #[tokio::test]
    async fn work_threads_take_the_configured_priority() {
        let idle = run(
            "dg-test",
            Priority {
                nice: 7,
                idle: true,
            },
            own_priority,
        )
        .await
        .expect("ran");
        assert_eq!(idle, (sys::SCHED_IDLE, 7));
        let nice_only = run(
            "dg-test",
            Priority {
                nice: 3,
                idle: false,
            },
            own_priority,
        )
        .await
        .expect("ran");
        assert_eq!(nice_only, (0, 3), "SCHED_OTHER at nice 3");
    }
}
