//! The decision listener (`decision_listen`): the gateway's routes served by a thread and a
//! single-threaded runtime of their own, at the process's priority.
//!
//! Why: on the main listener a decision shares the runtime's workers with ingest, whose
//! megabyte bodies are read on those workers; a decision woken behind such a read waits for a
//! core at equal priority. With a listener of its own, the main runtime's workers can be
//! lowered (`limits.shared_workers_nice`) while the decisions' thread keeps the process's
//! priority, as the heavy work threads already are (see `work.rs`). A gateway then calls this
//! address for its decisions and everything else calls the main one.

use std::net::SocketAddr;
use std::sync::Arc;

use tokio::sync::oneshot;

use crate::App;

/// A running decision listener.
pub(crate) struct DecisionListener {
    pub addr: SocketAddr,
    shutdown: Option<oneshot::Sender<()>>,
    join: Option<std::thread::JoinHandle<std::io::Result<()>>>,
}

/// Binds `addr` (before anything is spawned, so a taken port fails the start cleanly).
pub(crate) fn bind(addr: SocketAddr) -> std::io::Result<std::net::TcpListener> {
    let listener = std::net::TcpListener::bind(addr)?;
    listener.set_nonblocking(true)?;
    Ok(listener)
}

/// Serves the decision routes on `listener` from a new thread until [`DecisionListener::stop`].
pub(crate) fn start(
    app: Arc<App>,
    listener: std::net::TcpListener,
) -> std::io::Result<DecisionListener> {
    let addr = listener.local_addr()?;
    let (tx, rx) = oneshot::channel::<()>();
    let join = std::thread::Builder::new().name("dg-decide".into()).spawn(
        move || -> std::io::Result<()> {
            let rt = tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()?;
            rt.block_on(async move {
                let listener = tokio::net::TcpListener::from_std(listener)?;
                let listener = axum::serve::ListenerExt::tap_io(listener, |tcp| {
                    let _ = tcp.set_nodelay(true);
                });
                axum::serve(listener, crate::api::decision_router(app))
                    .with_graceful_shutdown(async {
                        let _ = rx.await;
                    })
                    .await
            })
        },
    )?;
    Ok(DecisionListener {
        addr,
        shutdown: Some(tx),
        join: Some(join),
    })
}

impl DecisionListener {
    /// Stops accepting, finishes the requests in progress and joins the thread.
    pub(crate) async fn stop(mut self) {
        if let Some(tx) = self.shutdown.take() {
            let _ = tx.send(());
        }
        if let Some(j) = self.join.take() {
            match tokio::task::spawn_blocking(move || j.join()).await {
                Ok(Ok(Ok(()))) => {}
                Ok(Ok(Err(e))) => tracing::warn!(error = %e, "the decision listener failed"),
                _ => tracing::warn!("the decision listener's thread panicked"),
            }
        }
    }
}
