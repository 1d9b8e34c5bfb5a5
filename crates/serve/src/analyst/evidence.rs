//! Sample `request_id`s behind an account's reasons, for `GET /v1/accounts/{id}`: the same
//! evidence `scan` puts in `accounts.jsonl`, read from the durable event log.
//!
//! `scan` finds its samples in a second walk over the events after the scan. The service never
//! ends, so it reads them when an analyst asks: the account's own rows of the event log
//! (index `dg_events_by_account`, migration 14), oldest first by event time, at most
//! `[analyst] evidence_max_events` of them, each parsed and analysed again and tested with the
//! scanner's own per-request test ([`dg_detect::scanner::Scanner::evidence_codes`]), until every
//! request-level reason holds [`Scanner::EVIDENCE_PER_REASON`] samples. Nothing of this is
//! kept in memory between requests and nothing touches the decision path: decisions read the
//! board, this reads the store on a work thread. Only request ids leave it, never text.

use std::collections::HashSet;
use std::sync::Arc;

use dg_detect::scanner::Scanner;
use serde::Serialize;

use crate::engine::check_line;
use crate::App;

/// Rows handed from the store to the analysing thread at a time.
const BATCH: usize = 512;

/// The samples found for an account's reasons.
#[derive(Debug, Default)]
pub(crate) struct Samples {
    /// (reason code, request ids), in the order the reasons were asked for.
    pub(crate) by_code: Vec<(String, Vec<String>)>,
    /// How the account's rows were read.
    pub(crate) read: EvidenceRead,
}

/// How much of the account's log was read for the samples (in the account answer).
#[derive(Debug, Default, Clone, Copy, Serialize)]
pub(crate) struct EvidenceRead {
    /// The account's stored events read and analysed.
    pub(crate) events: u64,
    /// Reading stopped at `[analyst] evidence_max_events` with some reason short of samples
    /// (later events of the account were not read).
    pub(crate) capped: bool,
}

impl Samples {
    fn full(&self) -> bool {
        self.by_code
            .iter()
            .all(|(_, ids)| ids.len() >= Scanner::EVIDENCE_PER_REASON)
    }
}

/// Sample request ids for the request-level reasons among `codes` (others get none), read from
/// the account's stored events. `Err`: the store failed.
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
    let cap = app.cfg.analyst.evidence_max_events;
    let mut out = Samples {
        by_code: wanted,
        read: EvidenceRead::default(),
    };
    if out.by_code.is_empty() || cap == 0 {
        return Ok(out);
    }
    let (tx, mut rx) = tokio::sync::mpsc::channel::<Vec<(String, String)>>(2);
    let a = Arc::clone(app);
    // Parsing and analysing are CPU work: off the async workers, below their priority.
    let finder = crate::work::run("dg-evidence", app.limits.work_nice, move || {
        let table = a.setup.ip_table.clone();
        let mut seen: HashSet<u64> = HashSet::new();
        let mut events = 0u64;
        while let Some(rows) = rx.blocking_recv() {
            let mut checked = Vec::with_capacity(rows.len());
            for (request_id, line) in rows {
                events += 1;
                // A line stored twice (a retry whose answer was lost) counts once, as in a replay.
                let Ok(c) = check_line(line.as_bytes(), events, table.as_deref()) else {
                    continue;
                };
                if seen.insert(c.id_hash) {
                    checked.push((request_id, c.ready));
                }
            }
            {
                // The detector's lock per batch only: the test reads the account's sign-up
                // facts and the configuration, and a fold may go on between batches.
                let engine = a.engine_mut();
                for (request_id, r) in &checked {
                    let Some(shown) = engine.evidence_codes(&r.detached, r.range) else {
                        continue;
                    };
                    for code in shown {
                        if let Some((_, ids)) = out.by_code.iter_mut().find(|(c, _)| c == code) {
                            if ids.len() < Scanner::EVIDENCE_PER_REASON && !ids.contains(request_id)
                            {
                                ids.push(request_id.clone());
                            }
                        }
                    }
                }
            }
            if out.full() {
                // Later events can add nothing: dropping the receiver stops the read.
                break;
            }
        }
        out.read.events = events;
        out
    });
    let read = app
        .store
        .send_account_events(account_id, cap, BATCH, tx)
        .await;
    let mut out = finder.await?;
    let n = read?;
    out.read.capped = n >= cap && !out.full();
    Ok(out)
}
