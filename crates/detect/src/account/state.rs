//! Per-account behaviour in fixed-size state: counters and sketches, never growing lists.

use dg_model::{Capability, NetKind, Timestamp};

use super::sketch::{mix, Hll64, TopFrames};
use crate::request::{CotLevel, RequestFacts};

/// What the network intelligence says about one request's address.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct NetFacts {
    /// Kind of the longest matching range, if any.
    pub kind: Option<NetKind>,
    /// The address's country is restricted by policy.
    pub restricted: bool,
    /// The address's country code (ASCII letters; zeros when unknown).
    pub country: [u8; 2],
    /// The address's country differs from the account's billing country (both known).
    pub geo_mismatch: bool,
    /// The provider segment the address falls in (`segment::provider_key`; 0: none).
    pub provider: u16,
}

/// Which requests targeted a freshly released model.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ModelFacts {
    /// A model released within the adoption window existed when the request was made.
    pub new_model_available: bool,
    /// The request went to such a model.
    pub to_new_model: bool,
}

/// Everything the scan keeps about one account while it walks the events: 360 bytes inline
/// (with the hour histogram, frame slots and distinct-count sketches at their small sizes),
/// up to about 1 KiB for an account whose traffic fills them.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct AccountState {
    pub requests: u32,
    pub first_ts: i64,
    pub last_ts: i64,
    /// Requests per UTC hour of day (people sleep; schedulers do not).
    hours: Hours,
    /// The absolute hours (since the epoch) with a request, folded mod 64: bit `h % 64`. An
    /// audience (a contest's entrants, a class) works in the same few hours; a harvester
    /// pool spreads over many (see `crate::wave`).
    pub hour_bits: u64,
    /// Welford running mean and M2 of log inter-arrival gaps in seconds (over `requests − 1`
    /// gaps: the count is not kept twice).
    gap_mean: f64,
    gap_m2: f64,
    pub single_turn: u32,
    pub input_tokens: u64,
    pub output_tokens: u64,
    pub thinking_tokens: u64,
    /// Distinct 10-minute buckets with a request, and the last such bucket.
    pub active_buckets: u32,
    last_bucket: i64,
    /// Requests with a large output cap (≥ 16k tokens).
    pub high_cap: u32,
    /// Requests that asked for long outputs (a cap of 8k tokens or more) or got extended
    /// reasoning: what a harvester pays for, whatever its prompts say.
    pub hungry: u32,
    /// Requests of that kind or that took a long single-shot answer
    /// (`RequestFacts::long_answer`), cap or none: what a segment's matches are counted by.
    pub taken: u32,
    /// Requests that took a long answer, asked for a cap of 16k or more or got extended
    /// reasoning: `taken` without the 8k caps, for populations where 8k is the apps' default.
    pub took_long: u32,
    /// Single-turn requests of that kind whose answer was at least four times the prompt: one
    /// harvested answer each, counted whatever the prompt says.
    pub harvested: u32,
    /// Responses that stopped at the cap.
    pub cap_hit: u32,
    pub capabilities: [u32; 8],
    pub cot_strong: u32,
    pub cot_weak: u32,
    pub safe_rewrite: u32,
    pub long_output: u32,
    pub with_tools: u32,
    pub with_image: u32,
    /// The heaviest frames; per frame slot, what the requests on that frame asked for (since
    /// the frame took the slot): the separate streams of an account that mixes workloads.
    pub frames: TopFrames<FrameStream>,
    /// Requests with a recognisable frame (frame words > 0).
    pub framed: u32,
    /// Distinct payloads among framed requests, and distinct addresses.
    pub payloads: Hll64,
    pub ips: Hll64,
    pub net_kinds: [u32; 8],
    pub restricted: u32,
    /// Country code of the latest request from a restricted country (ASCII, 0 = none).
    restricted_cc: [u8; 2],
    /// The subnet of the latest request from a restricted country (a 24-bit hash, 0 = none)
    /// in the high bits, and in the low 8 the other senders that leaked from it (counted by
    /// the scanner at re-links): an operator's own egress showing through its proxies. One
    /// word, so a light account's state stays at its size.
    leak: u32,
    pub geo_mismatch: u32,
    pub new_model_available: u32,
    pub to_new_model: u32,
    /// Framed requests that showed distillation content (CoT, grading, rewrite, data).
    pub framed_distill: u32,
    /// Requests whose text several unrelated accounts sent within moments of it (counted by
    /// the scanner, which sees every account: see `scanner/fanout.rs`).
    pub fan_out: u32,
    /// Sessions started (see [`crate::drops`]), those started in a human-paced drop (at most
    /// `[drops] per_day` a day), the distinct days of such drops, the latest of them (days since
    /// the Unix epoch) and the count on it, and how many of its judged sessions chance alone
    /// would have put in drops.
    pub onsets: u16,
    pub drop_onsets: u16,
    pub drop_days: u16,
    last_drop_day: i32,
    drops_that_day: u16,
    pub drop_expected: f32,
    /// Sessions counted in drops that took a long answer (512 tokens or more at 4× the prompt,
    /// a cap of 16k or more, or extended reasoning), and the current session's marks: it took
    /// one, it is counted in a drop, it is counted here.
    pub drop_taken: u16,
    session: SessionMarks,
    /// Other orgs whose accounts sent from the servers this account sent much of its traffic
    /// from, once that voided its own org's vouching (0: its org vouches as declared; set by
    /// the scanner at re-links, never cleared: see `FarmParams::server_orgs`).
    server_orgs: u8,
    /// The provider carrying most of the account's requests, by majority vote (Boyer–Moore:
    /// one key and its net votes, 0 standing for "no provider"), for provider segments; the
    /// votes stop at `u16::MAX` (see [`AccountState::provider`]).
    provider: u16,
    provider_votes: u16,
}

/// What the drop count needs to know of the account's current session (see
/// [`AccountState::drop_taken`]).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
struct SessionMarks {
    took: bool,
    in_drop: bool,
    counted: bool,
}

/// Hours of the day whose counts an [`Hours`] holds inline.
const HOURS_SPARSE: usize = 3;

/// Requests per UTC hour of day: the few hours of a light account inline (24 bytes), all 24
/// on the heap once it uses more.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
enum Hours {
    /// (hour, requests) of the first `len` entries, in first-seen order; other hours 0.
    Sparse {
        len: u8,
        hour: [u8; HOURS_SPARSE],
        count: [u32; HOURS_SPARSE],
    },
    Dense(Box<[u32; 24]>),
}

impl Default for Hours {
    fn default() -> Self {
        Self::Sparse {
            len: 0,
            hour: [0; HOURS_SPARSE],
            count: [0; HOURS_SPARSE],
        }
    }
}

impl Hours {
    fn add(&mut self, h: usize) {
        match self {
            Self::Dense(d) => d[h] += 1,
            Self::Sparse { len, hour, count } => {
                let n = usize::from(*len);
                if let Some(k) = hour[..n].iter().position(|&x| usize::from(x) == h) {
                    count[k] += 1;
                } else if n < HOURS_SPARSE {
                    hour[n] = h as u8;
                    count[n] = 1;
                    *len += 1;
                } else {
                    let mut d = Box::new(self.all());
                    d[h] += 1;
                    *self = Self::Dense(d);
                }
            }
        }
    }

    /// Requests per hour, all 24.
    fn all(&self) -> [u32; 24] {
        match self {
            Self::Dense(d) => **d,
            Self::Sparse { len, hour, count } => {
                let mut out = [0; 24];
                for k in 0..usize::from(*len) {
                    out[usize::from(hour[k])] = count[k];
                }
                out
            }
        }
    }
}

/// The requests of one prompt frame of an account, counted apart from the rest of its traffic.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct FrameStream {
    pub requests: u32,
    /// Requests with distillation content (strong CoT elicitation, grading, rewrite, data).
    pub distill: u32,
    pub cot_strong: u32,
    /// Grading, rewrite or data-generation requests, or "safe" rewrites.
    pub tasks: u32,
    pub input_tokens: u32,
    pub output_tokens: u32,
    pub thinking_tokens: u32,
}

impl FrameStream {
    fn add(&mut self, o: &FrameStream) {
        self.requests = self.requests.saturating_add(o.requests);
        self.distill = self.distill.saturating_add(o.distill);
        self.cot_strong = self.cot_strong.saturating_add(o.cot_strong);
        self.tasks = self.tasks.saturating_add(o.tasks);
        self.input_tokens = self.input_tokens.saturating_add(o.input_tokens);
        self.output_tokens = self.output_tokens.saturating_add(o.output_tokens);
        self.thinking_tokens = self.thinking_tokens.saturating_add(o.thinking_tokens);
    }
}

/// Width of the activity buckets (the linker's co-activity buckets are as wide).
const BUCKET_MS: i64 = 10 * 60 * 1000;

/// Frames whose requests are mostly distillation count towards an account's distillation
/// stream once they hold this many requests.
const STREAM_FRAME_MIN: u32 = 5;

/// Capability classes a harvester values beyond ordinary use.
pub fn is_distill_task(c: Capability) -> bool {
    matches!(
        c,
        Capability::Grading | Capability::Rewrite | Capability::DataGeneration
    )
}

fn net_index(k: NetKind) -> usize {
    NetKind::ALL.iter().position(|x| *x == k).unwrap_or(0)
}

impl AccountState {
    /// Long single-shot answers (`RequestFacts::long_answer`) taken without a large cap or
    /// extended reasoning: harvested too, by a client that leaves its default cap alone.
    /// (`taken` counts hungry requests and long answers, so the rest are these.)
    pub fn harvested_uncapped(&self) -> u32 {
        self.taken.saturating_sub(self.hungry)
    }

    /// Counts a session start (call before [`observe`](Self::observe) of its request).
    pub fn note_onset(&mut self) {
        self.onsets = self.onsets.saturating_add(1);
        self.session = SessionMarks::default();
    }

    /// Counts the current session in `drop_taken` once it is both counted in a drop and has
    /// taken a long answer.
    fn settle_session(&mut self) {
        let m = &mut self.session;
        if m.in_drop && m.took && !m.counted {
            m.counted = true;
            self.drop_taken = self.drop_taken.saturating_add(1);
        }
    }

    /// Counts a judged session start: whether a drop held it, on `day` (days since the epoch),
    /// and the share of all judged onsets in drops so far (`chance`). Drops beyond `per_day` on
    /// one day are not counted: following a clock shows over many days, and a hackathon's
    /// kick-offs or a contest's heats bring one crowd online again and again on one day.
    pub fn note_judged(&mut self, in_drop: bool, day: i64, chance: f64, per_day: u16) {
        self.drop_expected += chance as f32;
        if !in_drop {
            return;
        }
        let day = i32::try_from(day).unwrap_or(i32::MAX);
        if self.drop_days == 0 || day != self.last_drop_day {
            self.drop_days = self.drop_days.saturating_add(1);
            self.last_drop_day = day;
            self.drops_that_day = 0;
        }
        if self.drops_that_day < per_day {
            self.drops_that_day += 1;
            self.drop_onsets = self.drop_onsets.saturating_add(1);
            // A judged onset is the current session's: a new one needs 30 minutes of silence,
            // and a slot is judged at most 20 minutes after it.
            self.session.in_drop = true;
            self.settle_session();
        }
    }

    /// Folds one request into the state.
    pub fn observe(
        &mut self,
        ts: Timestamp,
        ip_hash: u64,
        f: &RequestFacts,
        net: NetFacts,
        model: ModelFacts,
        has_image: bool,
    ) {
        let t = ts.millis();
        if self.requests == 0 {
            self.first_ts = t;
            self.last_ts = t;
        } else {
            let gap_s = ((t - self.last_ts).max(0) as f64 / 1000.0).max(0.05);
            let x = gap_s.ln();
            // This request makes `requests` gaps (counted before it is added below).
            let gaps = f64::from(self.requests);
            let d = x - self.gap_mean;
            self.gap_mean += d / gaps;
            self.gap_m2 += d * (x - self.gap_mean);
            self.last_ts = self.last_ts.max(t);
            self.first_ts = self.first_ts.min(t);
        }
        self.requests = self.requests.saturating_add(1);
        let bucket = t.div_euclid(BUCKET_MS);
        if self.active_buckets == 0 || bucket != self.last_bucket {
            // Events arrive in time order (up to the reorder window): a bucket counts once.
            if self.active_buckets == 0 || bucket > self.last_bucket {
                self.active_buckets += 1;
                self.last_bucket = bucket;
            }
        }
        self.hours.add(ts.hour_of_day(0) as usize);
        self.hour_bits |= 1u64 << t.div_euclid(3_600_000).rem_euclid(64);
        self.single_turn += u32::from(f.single_turn);
        self.input_tokens += u64::from(f.input_tokens);
        self.output_tokens += u64::from(f.output_tokens);
        self.thinking_tokens += u64::from(f.thinking_tokens);
        self.high_cap += u32::from(f.max_tokens >= 16_000);
        let hungry = f.hungry();
        self.hungry += u32::from(hungry);
        self.taken += u32::from(hungry || f.long_answer());
        // What a drop's session took: a long answer, a cap of 16k or more or extended
        // reasoning; a cap of 8k alone is many apps' default.
        if f.long_answer() || f.max_tokens >= 16_000 || f.thinking_tokens > 0 {
            self.took_long += 1;
            self.session.took = true;
            self.settle_session();
        }
        self.harvested += u32::from(f.harvested());
        self.cap_hit += u32::from(f.max_tokens > 0 && f.output_tokens >= f.max_tokens);
        self.capabilities[f.capability.index()] += 1;
        self.cot_strong += u32::from(f.cot_level == CotLevel::Strong);
        self.cot_weak += u32::from(f.cot_level == CotLevel::Weak);
        self.safe_rewrite += u32::from(f.safe_rewrite);
        self.long_output += u32::from(f.long_output);
        self.with_tools += u32::from(f.tools > 0 || f.tool_calls > 0);
        self.with_image += u32::from(has_image);
        if f.frame.words > 0 {
            self.framed += 1;
            // A slot another frame took over starts its stream afresh (`insert_reporting`
            // resets it).
            let (slot, _) = self.frames.insert_reporting(f.frame.simhash);
            let task = f.safe_rewrite || is_distill_task(f.capability);
            let cot = f.cot_level == CotLevel::Strong;
            self.framed_distill += u32::from(cot || task);
            if let Some(st) = self.frames.extra_mut(slot) {
                st.add(&FrameStream {
                    requests: 1,
                    distill: u32::from(cot || task),
                    cot_strong: u32::from(cot),
                    tasks: u32::from(task),
                    input_tokens: f.input_tokens,
                    output_tokens: f.output_tokens,
                    thinking_tokens: f.thinking_tokens,
                });
            }
            self.payloads.insert(mix(f.payload_hash));
        }
        self.ips.insert(ip_hash);
        if let Some(k) = net.kind {
            self.net_kinds[net_index(k)] += 1;
        }
        self.restricted += u32::from(net.restricted);
        if net.restricted {
            self.restricted_cc = net.country;
        }
        self.geo_mismatch += u32::from(net.geo_mismatch);
        if self.provider_votes == 0 {
            self.provider = net.provider;
        }
        if self.provider == net.provider {
            self.provider_votes = self.provider_votes.saturating_add(1);
        } else {
            self.provider_votes -= 1;
        }
        self.new_model_available += u32::from(model.new_model_available);
        self.to_new_model += u32::from(model.to_new_model);
    }

    /// The subnet (24-bit hash, 0 = none) of the latest request from a restricted country.
    pub fn leak_subnet(&self) -> u32 {
        self.leak >> 8
    }

    /// Notes the subnet of a request from a restricted country (any hash; 24 bits are kept).
    pub fn set_leak_subnet(&mut self, h: u32) {
        self.leak = ((h & 0xff_ffff).max(1) << 8) | (self.leak & 0xff);
    }

    /// Other senders that leaked from the same subnet (at most 255), as of the last re-link.
    pub fn leak_peers(&self) -> u32 {
        self.leak & 0xff
    }

    /// Sets the count of other senders on the account's leak subnet.
    pub fn set_leak_peers(&mut self, n: u32) {
        self.leak = (self.leak & !0xff) | n.min(0xff);
    }

    /// Other orgs on the servers that voided the account's org (0: not voided; at most 255).
    pub fn server_orgs(&self) -> u32 {
        u32::from(self.server_orgs)
    }

    /// Voids the account's org: `n` other orgs' accounts used its servers (kept at least 1).
    pub fn set_server_orgs(&mut self, n: u32) {
        self.server_orgs = n.clamp(1, 0xff) as u8;
    }

    /// The account's distillation stream: its frames whose requests are mostly distillation,
    /// pooled, and how many frames that is. Lets content signals be measured apart from
    /// unrelated traffic the account mixes in (a proxy reselling access to customers).
    pub fn distill_stream(&self) -> (FrameStream, usize) {
        let mut out = FrameStream::default();
        let mut frames = 0;
        for st in self.frames.extras() {
            if st.requests >= STREAM_FRAME_MIN && st.distill * 2 >= st.requests {
                out.add(st);
                frames += 1;
            }
        }
        (out, frames)
    }

    /// Share of the 10-minute buckets of its active span in which the account made requests:
    /// near 1 for an always-on service, low for a pool member that takes its turn.
    pub fn bucket_occupancy(&self) -> f64 {
        if self.active_buckets == 0 {
            return 0.0;
        }
        let span =
            (self.last_ts.div_euclid(BUCKET_MS) - self.first_ts.div_euclid(BUCKET_MS) + 1).max(1);
        (f64::from(self.active_buckets) / span as f64).min(1.0)
    }

    /// The country of the latest request from a restricted country, as written in reasons.
    pub fn restricted_country(&self) -> String {
        match self.restricted_cc {
            [a, b] if a.is_ascii_alphabetic() && b.is_ascii_alphabetic() => {
                format!("{}{}", a as char, b as char).to_ascii_uppercase()
            }
            _ => "??".to_string(),
        }
    }

    /// The provider segment key carrying at least `share` of the account's requests, if any.
    /// A majority vote's net count is at most the key's requests and at least their excess
    /// over the rest, so at `share` ½ an account is in from certainly three quarters of its
    /// requests, and never below half. Past `u16::MAX` votes the count stops, and is held
    /// against at most that many requests.
    pub fn provider(&self, share: f64) -> Option<u16> {
        let requests = self.requests.min(u32::from(u16::MAX));
        (self.provider != 0
            && self.provider_votes > 0
            && f64::from(self.provider_votes) >= share * f64::from(requests))
        .then_some(self.provider)
    }

    /// Requests through networks of a kind.
    pub fn net(&self, k: NetKind) -> u32 {
        self.net_kinds[net_index(k)]
    }

    /// Requests through VPN, residential-proxy or Tor ranges.
    pub fn anonymised(&self) -> u32 {
        self.net(NetKind::Vpn) + self.net(NetKind::ResidentialProxy) + self.net(NetKind::Tor)
    }

    /// Coefficient of variation proxy: standard deviation of log gaps (0 = clockwork).
    pub fn gap_log_sd(&self) -> Option<f64> {
        let gaps = self.requests.saturating_sub(1);
        (gaps >= 2).then(|| (self.gap_m2 / f64::from(gaps - 1)).max(0.0).sqrt())
    }

    /// Share of traffic in the quietest six consecutive UTC hours (people: a few %; machines: ~25%).
    pub fn quiet_window_share(&self) -> f64 {
        let hours = self.hours.all();
        let total: u32 = hours.iter().sum();
        if total == 0 {
            return 0.0;
        }
        let min6 = (0..24)
            .map(|s| (0..6).map(|k| hours[(s + k) % 24]).sum::<u32>())
            .min()
            .unwrap_or(0);
        f64::from(min6) / f64::from(total)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bucket_occupancy_tells_always_on_from_taking_turns() {
        let facts = crate::request::Analyzer::new()
            .analyze(&crate::request::tests::event("Explain photosynthesis."));
        let run = |every_ms: i64| {
            let mut s = AccountState::default();
            for i in 0..500 {
                let ts = Timestamp(1_770_000_000_000 + i * every_ms);
                s.observe(
                    ts,
                    1,
                    &facts,
                    NetFacts::default(),
                    ModelFacts::default(),
                    false,
                );
            }
            s.bucket_occupancy()
        };
        // Every two minutes: every bucket. Every half hour: one bucket in three.
        assert!(run(120_000) > 0.99, "{}", run(120_000));
        assert!(
            (run(1_800_000) - 1.0 / 3.0).abs() < 0.01,
            "{}",
            run(1_800_000)
        );
    }

    #[test]
    fn state_of_a_light_account_is_small() {
        // Inline size, which is all a light account costs (see the struct's comment); a
        // million accounts are scanned in well under 1 GiB only while this stays small.
        assert!(
            std::mem::size_of::<AccountState>() <= 360,
            "{}",
            std::mem::size_of::<AccountState>()
        );
    }
}
