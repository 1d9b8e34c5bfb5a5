//! Sample `request_id`s behind an account's reasons, for `GET /v1/accounts/{id}`: the same
//! evidence `scan` puts in `accounts.jsonl`, read from the durable event log.
//!
//! `scan` finds its samples in a second walk over the events after the scan. The service never
//! ends, so it reads them when an analyst asks, from the event log, without an index by
//! account (one would cost every ingested event a second B-tree insert, see docs/serve.md):
//! the log is numbered in arrival order, which is event-time order up to the reorder window,
//! so the account's first request (its event time, [`Scanner::first_seen`]) is found by a
//! binary search over the numbers, and the log is read from there by number, the account's
//! rows only passed on, at most `[analyst] evidence_scan_rows` rows. The account's rows go
//! through a reorder window like the scan's (so they come in the order `scan` folds them),
//! each is parsed and analysed again and tested with the scanner's own per-request test
//! ([`Scanner::evidence_codes`]), until every request-level reason holds
//! [`Scanner::EVIDENCE_PER_REASON`] samples. Nothing is kept between requests and nothing
//! touches the decision path: decisions read the board, this reads the store on a work thread.
//! Only request ids leave it, never text.

use std::collections::HashSet;
use std::sync::Arc;

use dg_detect::scanner::Scanner;
use dg_ingest::reorder::Reorder;
use serde::Serialize;

use crate::engine::{check_line, Ready};
use crate::App;

/// The samples found for an account's reasons.
#[derive(Debug, Default)]
pub(crate) struct Samples {
    /// (reason code, request ids), in the order the reasons were asked for.
    pub(crate) by_code: Vec<(String, Vec<String>)>,
    /// How the log was read.
    pub(crate) read: EvidenceRead,
}

/// How much of the log was read for the samples (in the account answer).
#[derive(Debug, Default, Clone, Copy, Serialize, utoipa::ToSchema)]
pub(crate) struct EvidenceRead {
    /// The number of the first logged event read (where the account's requests start).
    pub(crate) from_seq: i64,
    /// Rows of the log read from there (the account's and others').
    pub(crate) rows: u64,
    /// The account's events among them, read and analysed.
    pub(crate) events: u64,
    /// Reading stopped at `[analyst] evidence_scan_rows` with the log going on and some
    /// reason short of samples.
    pub(crate) capped: bool,
}

impl Samples {
    fn full(&self) -> bool {
        self.by_code
            .iter()
            .all(|(_, ids)| ids.len() >= Scanner::EVIDENCE_PER_REASON)
    }

    /// Tests one of the account's requests, released in scan order.
    fn offer(&mut self, engine: &crate::engine::Engine, request_id: &str, r: &Ready) {
        let Some(shown) = engine.evidence_codes(&r.detached, r.range) else {
            return;
        };
        for code in shown {
            if let Some((_, ids)) = self.by_code.iter_mut().find(|(c, _)| c == code) {
                if ids.len() < Scanner::EVIDENCE_PER_REASON && !ids.iter().any(|x| x == request_id)
                {
                    ids.push(request_id.to_string());
                }
            }
        }
    }
}

/// The number of the first logged event whose event time is at least `ts`, searching the
/// numbers `1..end` as if event time grew with them (it does up to the reorder window).
async fn first_at_or_after(
    store: &crate::Store,
    ts: i64,
    end: i64,
) -> Result<i64, crate::ServeError> {
    let (mut lo, mut hi) = (1i64, end);
    while lo < hi {
        let mid = lo + (hi - lo) / 2;
        match store.event_from(mid).await? {
            Some((seq, t)) if t < ts => lo = seq + 1,
            _ => hi = mid,
        }
    }
    Ok(lo)
}

/// Sample request ids for the request-level reasons among `codes` (others get none), read from
/// the account's logged events. `Err`: the store failed.
pub(crate) async fn samples(
    app: &Arc<App>,
    account_id: &str,
    codes: &[String],
) -> Result<Samples, crate::ServeError> {
    let wanted: Vec<(String, Vec<String>)> = codes
        .iter()
        .filter(|c| Scanner::is_request_level(c))
        .map(|c| (c.clone(), Vec::new()))
        .collect();
    let cap = i64::try_from(app.cfg.analyst.evidence_scan_rows).unwrap_or(i64::MAX);
    let mut out = Samples {
        by_code: wanted,
        read: EvidenceRead::default(),
    };
    if out.by_code.is_empty() || cap == 0 {
        return Ok(out);
    }
    let first = {
        let a = Arc::clone(app);
        let id = account_id.to_string();
        crate::work::run("dg-evidence", app.limits.work(), move || {
            a.engine_mut().first_seen(&id)
        })
        .await?
    };
    let Some(first) = first else {
        return Ok(out);
    };
    let window = app.setup.policy().reorder_window_ms;
    let end = app.store.next_event_seq().await?;
    // Its first request may have arrived up to a window after later ones.
    let from = first_at_or_after(&app.store, first.millis().saturating_sub(window), end).await?;
    let to = from.saturating_add(cap).min(end);
    out.read.from_seq = from;
    out.read.rows = u64::try_from(to - from).unwrap_or(0);

    let (tx, mut rx) = tokio::sync::mpsc::channel::<Vec<(String, i64, String)>>(2);
    let a = Arc::clone(app);
    // Parsing and analysing are CPU work: off the async workers, below their priority.
    let finder = crate::work::run("dg-evidence", app.limits.work(), move || {
        let table = a.setup.ip_table.clone();
        let mut reorder: Reorder<(String, Ready)> =
            Reorder::new(window, crate::engine::MAX_HELD_EVENTS);
        let mut released = Vec::new();
        let mut seen: HashSet<u64> = HashSet::new();
        let mut events = 0u64;
        let test = |released: &mut Vec<(String, Ready)>, out: &mut Samples| {
            if released.is_empty() {
                return;
            }
            // The detector's lock per batch only: the test reads the account's sign-up facts
            // and the configuration, and a fold may go on between batches.
            let engine = a.engine_mut();
            for (request_id, r) in released.drain(..) {
                out.offer(&engine, &request_id, &r);
            }
        };
        while let Some(rows) = rx.blocking_recv() {
            for (request_id, ts, line) in rows {
                events += 1;
                let Ok(c) = check_line(line.as_bytes(), events, table.as_deref()) else {
                    continue;
                };
                // A line stored twice (a retry whose answer was lost) counts once, as in a replay.
                if seen.insert(c.id_hash) {
                    reorder.push_at(ts, (request_id, c.ready), &mut released);
                }
            }
            test(&mut released, &mut out);
            if out.full() {
                // Later events can add nothing: dropping the receiver stops the read.
                break;
            }
        }
        if !out.full() {
            reorder.drain(&mut released);
            test(&mut released, &mut out);
        }
        out.read.events = events;
        out
    });
    let read = app
        .store
        .send_account_events(account_id, from, to, tx)
        .await;
    let mut out = finder.await?;
    read?;
    out.read.capped = to < end && !out.full();
    Ok(out)
}
