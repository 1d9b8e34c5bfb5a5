//! The in-memory detector: a [`Scanner`] behind the scan's own reorder window, fed with the
//! accepted events in arrival order, so that it folds exactly the sequence `scan` folds for
//! the same lines (a prefix of it while the newest events are still held by the window).

use std::cell::RefCell;
use std::collections::BTreeMap;
use std::sync::Arc;

use dg_detect::request::Analyzer;
use dg_detect::scanner::{Detached, ScanConfig, Scanner};
use dg_ingest::dedupe::id_hash;
use dg_ingest::reorder::Reorder;
use dg_ingest::IpTable;
use dg_model::{Account, AccountFinding, Event, Policy, Timestamp};

/// Most events held by the reorder window, as in `scan` (`SourceOptions::max_held_events`).
pub const MAX_HELD_EVENTS: usize = 1_000_000;

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
}

/// An accepted event made ready to fold: its facts without the text, and its address's range.
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
    folded: u64,
    newest_folded: Option<Timestamp>,
}

impl Engine {
    /// A fresh engine over the sign-up records `accounts`.
    pub fn new(setup: Arc<Setup>, accounts: BTreeMap<String, Account>) -> Self {
        let scanner = Scanner::new(setup.scan.clone(), accounts);
        let reorder = Reorder::new(setup.policy().reorder_window_ms, MAX_HELD_EVENTS);
        Self {
            setup,
            scanner,
            reorder,
            released: Vec::new(),
            folded: 0,
            newest_folded: None,
        }
    }

    /// Pushes accepted events (in acceptance order) and folds what the window releases.
    pub fn push(&mut self, events: impl IntoIterator<Item = (i64, Ready)>) {
        let mut out = std::mem::take(&mut self.released);
        for (ts, ready) in events {
            self.reorder.push_at(ts, ready, &mut out);
            self.fold(&mut out);
        }
        self.released = out;
    }

    fn fold(&mut self, out: &mut Vec<Ready>) {
        let ranges = self.setup.ip_table.as_ref().map_or(&[][..], |t| t.ranges());
        for r in out.drain(..) {
            let ts = r.detached.ts;
            self.scanner
                .observe_detached(&r.detached, r.range.and_then(|i| ranges.get(i)));
            self.folded += 1;
            self.newest_folded = Some(self.newest_folded.map_or(ts, |t| t.max(ts)));
        }
    }

    /// The account's current finding; `None` if none of its events was folded yet.
    pub fn finding(&self, account_id: &str) -> Option<AccountFinding> {
        self.scanner.current_finding(account_id)
    }

    /// Events folded into the scanner.
    pub fn folded(&self) -> u64 {
        self.folded
    }

    /// Events accepted but still held by the reorder window.
    pub fn held(&self) -> usize {
        self.reorder.held()
    }

    /// Accounts the scanner has seen.
    pub fn accounts(&self) -> usize {
        self.scanner.accounts()
    }

    /// Folds what the reorder window still holds and ends the scan: for a one-off export from
    /// a copy replayed from the store (the TAXII campaigns), never the live engine.
    pub fn finalize(&mut self) -> dg_detect::scanner::Finished<'_> {
        let mut out = std::mem::take(&mut self.released);
        self.reorder.drain(&mut out);
        self.fold(&mut out);
        self.scanner.finalize()
    }

    /// The event time of the newest folded event (the scanner's clock).
    pub fn as_of(&self) -> Option<Timestamp> {
        self.newest_folded
    }
}
