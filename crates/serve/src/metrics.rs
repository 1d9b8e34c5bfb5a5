//! Counters for `/metrics` in the Prometheus text format (no registry crate: a handful of
//! atomics is all this slice exports).

use std::fmt::Write;
use std::sync::atomic::{AtomicU64, Ordering::Relaxed};

use dg_model::Decision;

/// The service's counters.
#[derive(Default)]
pub struct Metrics {
    /// Event lines accepted and stored.
    pub events_accepted: AtomicU64,
    /// Event lines rejected.
    pub events_rejected: AtomicU64,
    /// Event lines whose request id was seen before.
    pub events_duplicate: AtomicU64,
    /// Sign-up records stored.
    pub accounts_accepted: AtomicU64,
    /// Sign-up record lines rejected.
    pub accounts_rejected: AtomicU64,
    /// Rebuilds of the detector from the whole log (records of accounts already seen).
    pub detector_rebuilds: AtomicU64,
    /// Events deleted from the log by compactions (`[snapshot] keep_log_days`).
    pub events_compacted: AtomicU64,
    /// Sign-up records of accounts already seen, stored but not applied because the log
    /// was compacted (no rebuild can replay it).
    pub accounts_deferred: AtomicU64,
    /// Ingest requests refused with 429 because the ingest slots were taken.
    pub ingest_throttled: AtomicU64,
    /// Requests refused 401 or 403.
    pub auth_refused: AtomicU64,
    /// Guardrail and ext_authz checks refused (enforce mode).
    pub enforced_denials: AtomicU64,
    /// Guardrail and ext_authz checks that would have been refused (monitor mode).
    pub monitored_denials: AtomicU64,
    /// Refusals by enforcement point, tier (throttle, block) and mode (monitor, enforce).
    pub denials: [[[AtomicU64; 2]; 2]; 2],
    /// Guardrail and ext_authz checks that named no account.
    pub checks_without_account: AtomicU64,
    /// Alerts raised against the analyst overrides, by kind (`crate::alerts::KINDS`).
    pub alerts: [AtomicU64; 3],
    /// Decisions answered, by tier: allow, review, throttle, block.
    pub decisions: [AtomicU64; 4],
    /// Time to make one decision from memory (lock wait included), by bucket.
    pub decision_latency: Histogram,
}

/// Upper bounds of the decision latency buckets, in microseconds (the last is +Inf).
const LATENCY_BOUNDS_US: [u64; 9] = [25, 50, 100, 250, 500, 1_000, 2_500, 10_000, 100_000];

/// A latency histogram of fixed buckets (cumulative only when rendered).
#[derive(Default)]
pub struct Histogram {
    buckets: [AtomicU64; LATENCY_BOUNDS_US.len() + 1],
    sum_us: AtomicU64,
}

impl Histogram {
    /// Counts one observation.
    pub fn observe(&self, d: std::time::Duration) {
        let us = d.as_micros().min(u64::MAX as u128) as u64;
        let i = LATENCY_BOUNDS_US
            .iter()
            .position(|&b| us <= b)
            .unwrap_or(LATENCY_BOUNDS_US.len());
        self.buckets[i].fetch_add(1, Relaxed);
        self.sum_us.fetch_add(us, Relaxed);
    }

    fn render(&self, s: &mut String, name: &str, help: &str) {
        let _ = writeln!(s, "# HELP {name} {help}\n# TYPE {name} histogram");
        let mut cum = 0u64;
        for (i, b) in self.buckets.iter().enumerate() {
            cum += b.load(Relaxed);
            let le = LATENCY_BOUNDS_US
                .get(i)
                .map_or("+Inf".to_string(), |us| format!("{}", *us as f64 / 1e6));
            let _ = writeln!(s, "{name}_bucket{{le=\"{le}\"}} {cum}");
        }
        let sum = self.sum_us.load(Relaxed) as f64 / 1e6;
        let _ = writeln!(s, "{name}_sum {sum}\n{name}_count {cum}");
    }
}

fn tier(d: Decision) -> usize {
    match d {
        Decision::Allow => 0,
        Decision::Review => 1,
        Decision::Throttle => 2,
        Decision::Block => 3,
    }
}

const TIERS: [&str; 4] = ["allow", "review", "throttle", "block"];

impl Metrics {
    /// Counts one refusal (done or only monitored) of `point` for `d` (throttle or block).
    pub fn denial(&self, point: crate::config::Point, d: Decision, mode: crate::config::Mode) {
        let p = match point {
            crate::config::Point::Guardrail => 0,
            crate::config::Point::ExtAuthz => 1,
        };
        let t = match d {
            Decision::Throttle => 0,
            Decision::Block => 1,
            Decision::Allow | Decision::Review => return,
        };
        let m = match mode {
            crate::config::Mode::Monitor => 0,
            crate::config::Mode::Enforce => 1,
        };
        self.denials[p][t][m].fetch_add(1, Relaxed);
    }

    /// Counts one decision answered.
    pub fn decided(&self, d: Decision) {
        self.decisions[tier(d)].fetch_add(1, Relaxed);
    }

    /// The exposition text; `gauges` are (name, help, value) read at scrape time.
    pub fn render(&self, gauges: &[(&str, &str, f64)]) -> String {
        self.render_with(&[], gauges)
    }

    /// [`render`](Self::render) with `counters` kept elsewhere, (name, help, value).
    pub fn render_with(
        &self,
        counters: &[(&str, &str, f64)],
        gauges: &[(&str, &str, f64)],
    ) -> String {
        let mut s = String::new();
        for (name, help, v) in counters {
            let _ = writeln!(s, "# HELP {name} {help}\n# TYPE {name} counter\n{name} {v}");
        }
        let counters: [(&str, &str, &AtomicU64); 13] = [
            (
                "distillguard_events_accepted_total",
                "Event lines accepted and stored.",
                &self.events_accepted,
            ),
            (
                "distillguard_events_rejected_total",
                "Event lines rejected by validation.",
                &self.events_rejected,
            ),
            (
                "distillguard_events_duplicate_total",
                "Event lines whose request_id was seen before.",
                &self.events_duplicate,
            ),
            (
                "distillguard_accounts_accepted_total",
                "Sign-up records accepted and stored.",
                &self.accounts_accepted,
            ),
            (
                "distillguard_accounts_rejected_total",
                "Sign-up record lines rejected by validation.",
                &self.accounts_rejected,
            ),
            (
                "distillguard_detector_rebuilds_total",
                "Detector rebuilds from the whole event log: sign-up records of accounts it had \
                 already seen.",
                &self.detector_rebuilds,
            ),
            (
                "distillguard_events_compacted_total",
                "Events deleted from the log by compactions behind a snapshot \
                 (`[snapshot] keep_log_days`).",
                &self.events_compacted,
            ),
            (
                "distillguard_accounts_deferred_total",
                "Sign-up records of accounts already seen that were stored but not applied: \
                 the log was compacted, so no rebuild can replay it.",
                &self.accounts_deferred,
            ),
            (
                "distillguard_ingest_throttled_total",
                "Ingest requests answered 429 because every ingest slot was busy.",
                &self.ingest_throttled,
            ),
            (
                "distillguard_auth_refused_total",
                "Requests refused for a missing or unknown token (401) or a missing role (403).",
                &self.auth_refused,
            ),
            (
                "distillguard_enforced_denials_total",
                "Guardrail and ext_authz checks refused or throttled (enforce mode).",
                &self.enforced_denials,
            ),
            (
                "distillguard_monitored_denials_total",
                "Guardrail and ext_authz checks that would have been refused (monitor mode).",
                &self.monitored_denials,
            ),
            (
                "distillguard_checks_without_account_total",
                "Guardrail and ext_authz checks that named no account.",
                &self.checks_without_account,
            ),
        ];
        for (name, help, v) in counters {
            let _ = writeln!(
                s,
                "# HELP {name} {help}\n# TYPE {name} counter\n{name} {}",
                v.load(Relaxed)
            );
        }
        let name = "distillguard_denials_total";
        let _ = writeln!(
            s,
            "# HELP {name} Guardrail and ext_authz refusals by enforcement point, tier and the mode it was in (monitor: only counted).\n# TYPE {name} counter"
        );
        for (p, point) in ["guardrail", "ext_authz"].iter().enumerate() {
            for (t, tier) in ["throttle", "block"].iter().enumerate() {
                for (m, mode) in ["monitor", "enforce"].iter().enumerate() {
                    let _ = writeln!(
                        s,
                        "{name}{{point=\"{point}\",decision=\"{tier}\",mode=\"{mode}\"}} {}",
                        self.denials[p][t][m].load(Relaxed)
                    );
                }
            }
        }
        let name = "distillguard_decisions_total";
        let _ = writeln!(
            s,
            "# HELP {name} Decisions answered, by tier.\n# TYPE {name} counter"
        );
        for (t, v) in TIERS.iter().zip(&self.decisions) {
            let _ = writeln!(s, "{name}{{decision=\"{t}\"}} {}", v.load(Relaxed));
        }
        let name = "distillguard_alerts_total";
        let _ = writeln!(
            s,
            "# HELP {name} Alerts raised against analyst overrides (GET /v1/alerts), by kind.\n# TYPE {name} counter"
        );
        for (k, v) in crate::alerts::KINDS.iter().zip(&self.alerts) {
            let _ = writeln!(s, "{name}{{kind=\"{k}\"}} {}", v.load(Relaxed));
        }
        self.decision_latency.render(
            &mut s,
            "distillguard_decision_seconds",
            "Time to make one decision from memory, lock wait included (not the HTTP exchange).",
        );
        for (name, help, v) in gauges {
            let _ = writeln!(s, "# HELP {name} {help}\n# TYPE {name} gauge\n{name} {v}");
        }
        s
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_latency_histogram_is_cumulative() {
        let m = Metrics::default();
        m.decision_latency
            .observe(std::time::Duration::from_micros(30));
        m.decision_latency
            .observe(std::time::Duration::from_millis(2));
        m.decision_latency
            .observe(std::time::Duration::from_secs(1));
        let text = m.render(&[]);
        assert!(
            text.contains("distillguard_decision_seconds_bucket{le=\"0.000025\"} 0\n"),
            "{text}"
        );
        assert!(
            text.contains("distillguard_decision_seconds_bucket{le=\"0.00005\"} 1\n"),
            "{text}"
        );
        assert!(
            text.contains("distillguard_decision_seconds_bucket{le=\"0.0025\"} 2\n"),
            "{text}"
        );
        assert!(
            text.contains("distillguard_decision_seconds_bucket{le=\"+Inf\"} 3\n"),
            "{text}"
        );
        assert!(
            text.contains("distillguard_decision_seconds_count 3\n"),
            "{text}"
        );
    }
}
