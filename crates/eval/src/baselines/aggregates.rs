//! Per-account aggregates of the events, streamed in one pass, that the baselines use.

use std::collections::BTreeMap;

use dg_model::{Event, Timestamp, TruthRecord};

use super::sketch::DistinctSketch;
use crate::CampaignStarts;

/// Number of features in [`AccountAggregate::features`].
pub const FEATURES: usize = 10;

/// Names of [`AccountAggregate::features`], in order.
pub const FEATURE_NAMES: [&str; FEATURES] = [
    "ln_requests",
    "ln_requests_per_active_day",
    "ln_distinct_ips",
    "ln_mean_input_tokens",
    "ln_mean_output_tokens",
    "ln_output_input_ratio",
    "single_turn_share",
    "hours_of_day_share",
    "ln_mean_thinking_tokens",
    "at_cap_share",
];

/// What one account did, summed over its events.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct AccountAggregate {
    pub requests: u64,
    /// Distinct UTC days with a request, ascending (day = epoch ms / 86 400 000).
    active_days: Vec<i64>,
    /// Bit `h` set when the account made a request in UTC hour-of-day `h`.
    hours_of_day: u32,
    ips: DistinctSketch,
    pub input_tokens: u64,
    pub output_tokens: u64,
    pub thinking_tokens: u64,
    /// Requests with `turns` ≤ 1 or absent (the contract's "single-shot").
    pub single_turn: u64,
    /// Responses that stopped at the `max_tokens` cap (a harvester asks for everything).
    pub at_cap: u64,
    pub first_seen: Timestamp,
    pub last_seen: Timestamp,
}

impl AccountAggregate {
    fn observe(&mut self, ev: &Event) {
        if self.requests == 0 {
            self.first_seen = ev.ts;
            self.last_seen = ev.ts;
        }
        self.first_seen = self.first_seen.min(ev.ts);
        self.last_seen = self.last_seen.max(ev.ts);
        self.requests += 1;
        let day = ev.ts.millis().div_euclid(Timestamp::DAY);
        if self.active_days.last() != Some(&day) {
            if let Err(i) = self.active_days.binary_search(&day) {
                self.active_days.insert(i, day);
            }
        }
        self.hours_of_day |= 1 << ev.ts.hour_of_day(0);
        self.ips.insert(ev.ip);
        self.input_tokens += ev.input_tokens;
        self.output_tokens += ev.output_tokens;
        self.thinking_tokens += ev.thinking_tokens.unwrap_or(0);
        self.single_turn += u64::from(ev.turns.unwrap_or(1) <= 1);
        let capped = match (ev.stop_reason.as_deref(), ev.max_tokens) {
            (Some(reason), _) => reason == "max_tokens",
            (None, Some(cap)) => ev.output_tokens >= u64::from(cap),
            (None, None) => false,
        };
        self.at_cap += u64::from(capped);
    }

    /// Distinct UTC days with at least one request.
    pub fn active_days(&self) -> u64 {
        self.active_days.len() as u64
    }

    /// Requests per active day, the naive operator's volume measure.
    pub fn requests_per_active_day(&self) -> f64 {
        self.requests as f64 / self.active_days().max(1) as f64
    }

    /// Estimated distinct client IP addresses.
    pub fn distinct_ips(&self) -> f64 {
        self.ips.estimate()
    }

    /// Share of the 24 UTC hours of day in which the account was ever active.
    pub fn hours_of_day_share(&self) -> f64 {
        f64::from(self.hours_of_day.count_ones()) / 24.0
    }

    /// Feature vector for the isolation forest ([`FEATURE_NAMES`]); heavy-tailed counts
    /// are log-scaled so that uniform split points spread over orders of magnitude.
    pub fn features(&self) -> [f64; FEATURES] {
        let n = self.requests.max(1) as f64;
        let share = |k: u64| k as f64 / n;
        [
            (self.requests as f64).ln_1p(),
            self.requests_per_active_day().ln_1p(),
            self.distinct_ips().ln_1p(),
            (self.input_tokens as f64 / n).ln_1p(),
            (self.output_tokens as f64 / n).ln_1p(),
            (self.output_tokens as f64 / self.input_tokens.max(1) as f64).ln_1p(),
            share(self.single_turn),
            self.hours_of_day_share(),
            (self.thinking_tokens as f64 / n).ln_1p(),
            share(self.at_cap),
        ]
    }
}

/// All accounts' aggregates; feed every accepted event to [`AccountAggregates::observe`].
#[derive(Debug, Clone, Default, PartialEq)]
pub struct AccountAggregates {
    /// Sorted by id, so everything derived from it comes out in a stable order.
    accounts: BTreeMap<String, AccountAggregate>,
}

impl AccountAggregates {
    pub fn new() -> Self {
        Self::default()
    }

    /// Adds one event; order does not matter.
    pub fn observe(&mut self, ev: &Event) {
        match self.accounts.get_mut(&ev.account_id) {
            Some(agg) => agg.observe(ev),
            None => self
                .accounts
                .entry(ev.account_id.clone())
                .or_default()
                .observe(ev),
        }
    }

    /// Number of accounts seen.
    pub fn len(&self) -> usize {
        self.accounts.len()
    }

    pub fn is_empty(&self) -> bool {
        self.accounts.is_empty()
    }

    /// Accounts by id, ascending.
    pub fn iter(&self) -> impl Iterator<Item = (&str, &AccountAggregate)> {
        self.accounts.iter().map(|(k, v)| (k.as_str(), v))
    }

    /// One account's aggregate.
    pub fn get(&self, account_id: &str) -> Option<&AccountAggregate> {
        self.accounts.get(account_id)
    }

    /// Each account's first event.
    pub fn first_seen(&self) -> BTreeMap<String, Timestamp> {
        self.iter()
            .map(|(a, g)| (a.to_owned(), g.first_seen))
            .collect()
    }

    /// Campaign starts from the accounts' first events (see
    /// [`CampaignStarts::from_account_first_seen`]).
    pub fn campaign_starts(&self, truth: &[TruthRecord]) -> CampaignStarts {
        CampaignStarts::from_account_first_seen(truth, self.first_seen())
    }
}
