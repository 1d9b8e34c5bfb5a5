//! Named signals computed from an account's state: each a strength in [0, 1] with a sentence.
//!
//! Signals are monotone in what they measure and bounded, so a fitted weight keeps its meaning
//! ("more of this is more suspicious") on traffic the weights were not fitted on.

use dg_model::{NetKind, SignupChannel, Timestamp};
use serde::{Deserialize, Serialize};

use crate::account::{AccountState, Signup};

/// Groups of independent evidence; leaving `allow` needs at least two of them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Family {
    /// What the prompts ask for.
    Content,
    /// When and how much.
    Behaviour,
    /// Where from.
    Network,
    /// How the account came to be.
    Entry,
    /// How fast it moved to a new model.
    Model,
    /// How much it took: the count of long single-shot answers, whatever their wording.
    Harvest,
    /// Shared infrastructure and coordination with other accounts.
    Coordination,
    /// Membership of an account farm: fraud structure of the pool, whatever it asks.
    Farm,
    /// A match of a network segment that holds more harvesters than its ordinary users
    /// explain, where the segment is not pure enough to stand alone (see [`crate::segment`]).
    Segment,
    /// Moving with a crowd: a match of a harvester wave that is not pure enough to stand alone
    /// (see [`crate::wave`]), or sessions started in drops (`drop_follower`, see
    /// [`crate::drops`]). A contest's, a course's or a show's audience signs up together, comes
    /// online together and takes long answers together: the two are one cause, so one family.
    Wave,
}

impl Family {
    /// The family's name in outputs.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Content => "content",
            Self::Behaviour => "behaviour",
            Self::Network => "network",
            Self::Entry => "entry",
            Self::Model => "model",
            Self::Harvest => "harvest",
            Self::Coordination => "coordination",
            Self::Farm => "farm",
            Self::Segment => "segment",
            Self::Wave => "wave",
        }
    }
}

/// The signals, in a fixed order (weights are indexed by it).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Signal {
    CotElicitation,
    DistillTasks,
    OutputHunger,
    Thinking,
    HarvestVolume,
    TemplatedHarvest,
    NoSleep,
    Clockwork,
    Volume,
    SingleTurn,
    AnonymisedNetwork,
    IpRotation,
    HostingNetwork,
    RestrictedRegion,
    GeoMismatch,
    EntryProgram,
    NewAccount,
    FastModelPivot,
    DropFollower,
    BurnerAccount,
    FanOut,
    SharedRestrictedExit,
}

/// Number of signals.
pub const N_SIGNALS: usize = 22;

impl Signal {
    /// All signals in index order.
    pub const ALL: [Signal; N_SIGNALS] = [
        Self::CotElicitation,
        Self::DistillTasks,
        Self::OutputHunger,
        Self::Thinking,
        Self::HarvestVolume,
        Self::TemplatedHarvest,
        Self::NoSleep,
        Self::Clockwork,
        Self::Volume,
        Self::SingleTurn,
        Self::AnonymisedNetwork,
        Self::IpRotation,
        Self::HostingNetwork,
        Self::RestrictedRegion,
        Self::GeoMismatch,
        Self::EntryProgram,
        Self::NewAccount,
        Self::FastModelPivot,
        Self::DropFollower,
        Self::BurnerAccount,
        Self::FanOut,
        Self::SharedRestrictedExit,
    ];

    /// Signals that read the wording of prompts (cue lists, frame templates): switched off by
    /// `eval --ablate phrasing` to check that campaigns are caught by their structure.
    pub const PHRASING: [Signal; 3] = [
        Self::CotElicitation,
        Self::DistillTasks,
        Self::TemplatedHarvest,
    ];

    /// The reason code in outputs (stable; documented in README).
    pub fn code(self) -> &'static str {
        match self {
            Self::CotElicitation => "cot_elicitation",
            Self::DistillTasks => "distill_tasks",
            Self::OutputHunger => "output_hunger",
            Self::Thinking => "thinking_harvest",
            Self::HarvestVolume => "harvest_volume",
            Self::TemplatedHarvest => "templated_harvest",
            Self::NoSleep => "no_sleep",
            Self::Clockwork => "clockwork_timing",
            Self::Volume => "high_volume",
            Self::SingleTurn => "single_turn",
            Self::AnonymisedNetwork => "anonymised_network",
            Self::IpRotation => "ip_rotation",
            Self::HostingNetwork => "hosting_network",
            Self::RestrictedRegion => "restricted_region",
            Self::GeoMismatch => "geo_mismatch",
            Self::EntryProgram => "entry_program",
            Self::NewAccount => "new_account",
            Self::FastModelPivot => "fast_model_pivot",
            Self::DropFollower => "drop_follower",
            Self::BurnerAccount => "burner_account",
            Self::FanOut => "fan_out",
            Self::SharedRestrictedExit => "shared_restricted_exit",
        }
    }

    /// Parses a reason code.
    pub fn from_code(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|s| s.code() == code)
    }

    /// The family of evidence a signal belongs to.
    pub fn family(self) -> Family {
        match self {
            Self::CotElicitation
            | Self::DistillTasks
            | Self::OutputHunger
            | Self::Thinking
            | Self::TemplatedHarvest => Family::Content,
            // How much was taken stands apart from what the prompts ask (content) and from when
            // and how fast (behaviour): a harvester that stays slow or hides among customer
            // traffic has little of either, but still walks away with the answers.
            Self::HarvestVolume => Family::Harvest,
            Self::NoSleep | Self::Clockwork | Self::Volume | Self::SingleTurn => Family::Behaviour,
            Self::AnonymisedNetwork
            | Self::IpRotation
            | Self::HostingNetwork
            | Self::RestrictedRegion
            | Self::GeoMismatch => Family::Network,
            // A burner is how the account came to be and is used up: new, paid from one country,
            // run from others (its network facts make it; its age makes it an entry fact).
            Self::EntryProgram | Self::NewAccount | Self::BurnerAccount => Family::Entry,
            Self::FastModelPivot => Family::Model,
            // Keeping someone else's clock is moving with a crowd, as signing up with one is: an
            // audience does both, so they count as one family (see `Family::Wave`).
            Self::DropFollower => Family::Wave,
            // The same text as several unrelated accounts at the same moment: coordination with
            // them, whatever the text says.
            Self::FanOut => Family::Coordination,
            // The same restricted-country subnet as other accounts' leaks: one operator's own
            // egress behind their proxies, whatever they ask.
            Self::SharedRestrictedExit => Family::Coordination,
        }
    }
}

/// A country code as written in outputs: two ASCII letters, anything else as `??` (a billing
/// country is account data, but outputs must never carry arbitrary text from inputs).
pub fn safe_code(c: &str) -> String {
    if c.len() == 2 && c.bytes().all(|b| b.is_ascii_alphabetic()) {
        c.to_ascii_uppercase()
    } else {
        "??".to_string()
    }
}

/// Linear ramp: 0 at or below `lo`, 1 at or above `hi`.
pub fn ramp(x: f64, lo: f64, hi: f64) -> f64 {
    if hi <= lo {
        return f64::from(u8::from(x >= hi));
    }
    ((x - lo) / (hi - lo)).clamp(0.0, 1.0)
}

/// A linear ramp's ends: a signal is 0 at or below `lo` and full at or above `hi`.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Ramp {
    pub lo: f64,
    pub hi: f64,
}

impl Ramp {
    const fn new(lo: f64, hi: f64) -> Self {
        Self { lo, hi }
    }

    /// The ramp's value at `x`.
    pub fn of(&self, x: f64) -> f64 {
        ramp(x, self.lo, self.hi)
    }
}

/// Where each signal starts and where it is full (`[signal_params]` in the weights file; every
/// key optional, unknown keys refused). The weights say how much a signal counts; these say
/// what it measures. Shares are of the account's requests unless said otherwise.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct SignalParams {
    /// Requests from which a share-based signal carries its full strength (fewer scale it down).
    pub support_requests: f64,
    /// Share of requests (or of the distillation stream) eliciting chain of thought.
    pub cot_share: Ramp,
    /// Share of rubric grading, rewrites and synthetic-data requests.
    pub distill_share: Ramp,
    /// `output_hunger`: mean output tokens, times the output/input ratio's ramp.
    pub mean_output: Ramp,
    pub output_ratio: Ramp,
    /// Mean extended-reasoning tokens per request.
    pub thinking_per_request: Ramp,
    /// `harvest_volume`: single-turn hungry answers ≥ 4× their prompts (ordinary users of every
    /// simulated kind stay below about 25 a week; a slow lone harvester takes about a hundred),
    /// times the ramp of their share (a reseller whose customers now and then ask for a long
    /// answer is not harvesting).
    pub harvested: Ramp,
    pub harvested_share: Ramp,
    /// The same count with long uncapped single-shot answers added (`RequestFacts::long_answer`
    /// without a large cap or reasoning) needs a larger share: a product that rewrites or
    /// summarises on a default cap takes such answers now and then, a harvester most of the time.
    pub harvested_uncapped_share: Ramp,
    /// ...and counts only for an account this young at its first request (full below `lo`
    /// days, nothing from `hi` on; nothing without a sign-up record): established customers'
    /// products (an app backend, a hospital's or a newsroom's staff) take long default-capped
    /// answers all day, the accounts of a harvesting pool were mostly opened for it.
    pub harvested_uncapped_age_days: Ramp,
    /// ...and halved for an unverified account of a declared org this many days old at its
    /// first request (a verified org's account is halved twice already).
    pub aged_org_days: f64,
    /// `templated_harvest`: the top frame's share, distinct payloads per framed request, and
    /// distillation share of framed requests, from `template_support` requests on.
    pub template_top_share: Ramp,
    pub template_novelty: Ramp,
    pub template_distill_share: Ramp,
    pub template_support: f64,
    /// `no_sleep`: share of traffic in the quietest six hours, over at least this many active
    /// days, from `no_sleep_support` requests on.
    pub quiet_share: Ramp,
    pub active_days: Ramp,
    pub no_sleep_support: f64,
    /// `clockwork_timing`: 1 − the spread of log inter-arrival gaps, from this many requests.
    pub gap_regularity: Ramp,
    pub clockwork_min_requests: u32,
    /// `high_volume`: log10 of requests per active day.
    pub requests_per_day_log10: Ramp,
    /// `single_turn`, from `single_turn_support` requests on.
    pub single_turn_share: Ramp,
    pub single_turn_support: f64,
    /// Share of requests through VPN, residential-proxy or Tor ranges.
    pub anonymised_share: Ramp,
    /// `ip_rotation`: distinct addresses per request, from `rotation_support` requests on.
    pub rotation: Ramp,
    pub rotation_support: f64,
    /// Share of requests from hosting ranges.
    pub hosting_share: Ramp,
    /// Share of requests from restricted countries.
    pub restricted_share: Ramp,
    /// Share of requests from a country other than the billing country.
    pub geo_mismatch_share: Ramp,
    /// `new_account`: full below `lo` days of age at the first request, gone at `hi`.
    pub account_age_days: Ramp,
    /// `fast_model_pivot`: share of requests in a release's adoption window going to the new
    /// model, once the window holds `pivot_min_requests`.
    pub pivot_share: Ramp,
    /// Factor on the content signals of an identified customer (see [`identified`]): research groups and evaluation companies ask for reasoning by the
    /// thousand under their own names; a campaign that wants to be caught late does not.
    pub identified_content: f64,
    /// A verified org's startup-programme sign-up is identified only from this many days old
    /// at its first request: the programme is an entry point farms buy or fake their way into,
    /// and a startup that signed up last week has no record yet.
    pub startup_identified_days: f64,
    /// A verified education or research sign-up off its campus network is identified only from
    /// this many days old at its first request: a lab that runs its benchmarks from a cloud
    /// machine has had its account for months, a programme-fraud account was opened for the
    /// campaign.
    pub academic_identified_days: f64,
    /// A verification vouches for nothing once this share of the account's requests leaves
    /// through exits the range feed lists as residential proxies: an organisation's own usage
    /// comes from its offices, clouds, campuses and staff's homes (and consumer VPNs, which
    /// newsrooms and companies buy), not from rented home lines; a verified organisation's
    /// stolen or sold key, used by a harvester, comes through exactly those.
    pub vouch_proxy_max: f64,
    pub pivot_min_requests: u32,
    /// `drop_follower` (see [`crate::drops`]): how surprising the account's count of sessions
    /// started in human-paced drops is where chance (the share of all sessions that did) would
    /// put fewer (−log10 of the Poisson tail), times the ramp of the distinct days with such
    /// drops, from `drop_min_onsets` sessions on. Where drops are common an ordinary account
    /// lands in some; one day's crowd (a webinar, an outage ending) is one day, a contest's
    /// rounds are a few.
    pub drop_surprise: Ramp,
    pub drop_days: Ramp,
    pub drop_min_onsets: u16,
    /// ...times the ramp of the share of those sessions that took a long answer (one of 512
    /// tokens or more at least 4× its prompt, a cap of 16k or more, or extended reasoning): a
    /// task platform's drops are harvest, a news alert's readers chat about the headline.
    pub drop_taken_share: Ramp,
    /// `fan_out` (see `scanner/fanout.rs`): a request counts when its text (at least
    /// `fan_out_min_chars` characters) came from `fan_out_quorum` to `fan_out_max_senders`
    /// senders (accounts, an organisation's accounts counting as one; at most 32) within
    /// `fan_out_span_s` seconds of the first; the signal is the ramp of such requests' share
    /// of the account's, times the ramp of their count. A crowd's text (a headline, a
    /// contest's problem) has more senders; a class pasting an exercise does it now and then,
    /// a best-of-n harvester for nearly everything it asks.
    pub fan_out_min_chars: u32,
    pub fan_out_quorum: usize,
    pub fan_out_max_senders: usize,
    pub fan_out_span_s: f64,
    pub fan_out_share: Ramp,
    pub fan_out_count: Ramp,
    /// `shared_restricted_exit`: the ramp of how many other accounts' latest request from a
    /// restricted country came from the same subnet as this account's (see
    /// `AccountState::leak_peers`). A traveller or a resident leaks from their own line; a
    /// campaign run from a restricted region leaks from its operator's few subnets, on
    /// accounts that have nothing else in common.
    pub shared_exit_peers: Ramp,
    /// Most share of an account's requests from restricted countries for them to count as a
    /// leak (see `shared_restricted_exit`).
    pub shared_exit_max_share: f64,
}

impl Default for SignalParams {
    fn default() -> Self {
        Self {
            support_requests: 20.0,
            cot_share: Ramp::new(0.03, 0.35),
            distill_share: Ramp::new(0.05, 0.35),
            mean_output: Ramp::new(700.0, 2500.0),
            output_ratio: Ramp::new(2.0, 12.0),
            thinking_per_request: Ramp::new(300.0, 2500.0),
            harvested: Ramp::new(30.0, 90.0),
            harvested_share: Ramp::new(0.04, 0.12),
            harvested_uncapped_share: Ramp::new(0.15, 0.3),
            harvested_uncapped_age_days: Ramp::new(30.0, 120.0),
            aged_org_days: 365.0,
            template_top_share: Ramp::new(0.15, 0.5),
            template_novelty: Ramp::new(0.5, 0.9),
            template_distill_share: Ramp::new(0.15, 0.5),
            template_support: 40.0,
            quiet_share: Ramp::new(0.07, 0.17),
            active_days: Ramp::new(0.8, 2.0),
            no_sleep_support: 60.0,
            gap_regularity: Ramp::new(0.0, 0.55),
            clockwork_min_requests: 30,
            requests_per_day_log10: Ramp::new(1.5, 2.7),
            single_turn_share: Ramp::new(0.85, 0.99),
            single_turn_support: 50.0,
            anonymised_share: Ramp::new(0.03, 0.4),
            rotation: Ramp::new(0.25, 0.75),
            rotation_support: 30.0,
            hosting_share: Ramp::new(0.5, 0.95),
            restricted_share: Ramp::new(0.0, 0.02),
            geo_mismatch_share: Ramp::new(0.5, 0.95),
            account_age_days: Ramp::new(7.0, 45.0),
            pivot_share: Ramp::new(0.15, 0.45),
            identified_content: 0.5,
            startup_identified_days: 30.0,
            academic_identified_days: 120.0,
            vouch_proxy_max: 0.1,
            pivot_min_requests: 20,
            drop_surprise: Ramp::new(3.0, 6.0),
            drop_days: Ramp::new(3.0, 5.0),
            drop_min_onsets: 6,
            drop_taken_share: Ramp::new(0.3, 0.6),
            fan_out_min_chars: 40,
            fan_out_quorum: 4,
            fan_out_max_senders: 12,
            fan_out_span_s: 300.0,
            fan_out_share: Ramp::new(0.4, 0.7),
            fan_out_count: Ramp::new(8.0, 20.0),
            shared_exit_peers: Ramp::new(2.0, 6.0),
            shared_exit_max_share: 0.2,
        }
    }
}

/// Whether an education or research sign-up sends most of its requests from education
/// ranges (its institution's kind of network).
pub(crate) fn on_campus(s: &AccountState, a: &Signup) -> bool {
    matches!(
        a.signup_channel,
        Some(SignupChannel::Education | SignupChannel::Research)
    ) && s.requests > 0
        && f64::from(s.net(NetKind::Education)) >= 0.5 * f64::from(s.requests)
}

/// Whether an account is an identified customer: a declared org that passed verification
/// (for a startup-programme sign-up, also `startup_identified_days` old at its first request;
/// for an education or research one, `academic_identified_days`), or for an education or
/// research sign-up, a declared org on its campus network, verified or not. Off its campus an
/// academic sign-up needs the age too: programme fraud signs up with a claimed institution,
/// passes verification as easily, and sends from home lines and clouds with accounts opened
/// for the campaign. A `sponsored` account (verified, on the card of its org's verified account
/// opened long before it) is identified wherever it sends from: a lab's new member on the lab's
/// card is the lab's, and a farm cannot pay with the lab's card. Any account that sends most of
/// its requests from education ranges is identified too, whatever its sign-up says: a
/// researcher on a personal account runs the lab's sweeps from the campus cluster, and the
/// campus network is the institution's word, which no campaign in any data set had (farms
/// claim institutions, then send from home lines, proxies and clouds).
pub fn identified(p: &SignalParams, s: &AccountState, a: &Signup) -> bool {
    on_campus_network(s)
        || (a.has_org
            && ((academic(a) && on_campus(s, a))
                || (a.verified == Some(true) && verification_counts(p, s, a))))
}

/// Whether most of the account's requests came from education ranges.
fn on_campus_network(s: &AccountState) -> bool {
    s.requests > 0 && f64::from(s.net(NetKind::Education)) >= 0.5 * f64::from(s.requests)
}

fn academic(a: &Signup) -> bool {
    matches!(
        a.signup_channel,
        Some(SignupChannel::Education | SignupChannel::Research)
    )
}

/// How many days old the account was at its first request.
fn age_at_first_request(s: &AccountState, a: &Signup) -> f64 {
    (s.first_ts - a.created_at.millis()) as f64 / Timestamp::DAY as f64
}

/// Whether a passed verification vouches for the account: not for one sending `vouch_proxy_max`
/// of its requests or more through listed residential-proxy exits, nor for an academic sign-up off its
/// campus younger than `academic_identified_days` at its first request, nor for a
/// startup-programme sign-up younger than `startup_identified_days` (see [`identified`]),
/// unless, for the last two, the account is `sponsored` (on its org's card of record).
fn verification_counts(p: &SignalParams, s: &AccountState, a: &Signup) -> bool {
    // Traffic through rented home lines is not an organisation's own (`vouch_proxy_max`).
    let proxied = f64::from(s.net(NetKind::ResidentialProxy));
    if proxied >= p.vouch_proxy_max * f64::from(s.requests.max(1)) {
        return false;
    }
    if a.sponsored {
        return true;
    }
    let age_days = age_at_first_request(s, a);
    match a.signup_channel {
        Some(SignupChannel::Education | SignupChannel::Research) => {
            on_campus(s, a) || age_days >= p.academic_identified_days
        }
        Some(SignupChannel::Startup) => age_days >= p.startup_identified_days,
        _ => true,
    }
}

/// Requests an account's distillation stream needs before content is measured on it alone.
const STREAM_MIN: u32 = 20;
/// Share of an account's requests its distillation stream needs to be measured on its own.
const STREAM_MIN_SHARE: f64 = 0.15;

/// `no_sleep`: traffic in the quietest six hours, with enough requests over enough days.
fn no_sleep(p: &SignalParams, s: &AccountState) -> f64 {
    let n = s.requests.max(1);
    let span_days = ((s.last_ts - s.first_ts) as f64 / Timestamp::DAY as f64).max(0.0);
    (p.quiet_share.of(s.quiet_window_share())
        * support(n, p.no_sleep_support)
        * p.active_days.of(span_days))
    .clamp(0.0, 1.0)
}

/// `clockwork_timing`: regular inter-arrival gaps, from `clockwork_min_requests` requests;
/// with the spread of log gaps it was judged on (`None`: too few requests to judge).
fn clockwork(p: &SignalParams, s: &AccountState) -> (f64, Option<f64>) {
    match s.gap_log_sd() {
        Some(sd) if s.requests >= p.clockwork_min_requests => {
            (p.gap_regularity.of(1.0 - sd).clamp(0.0, 1.0), Some(sd))
        }
        _ => (0.0, None),
    }
}

/// How machine-driven an account's timing is: the stronger of `no_sleep` and
/// `clockwork_timing` (a scheduler either never sleeps or keeps time; people do neither).
pub fn automation(p: &SignalParams, s: &AccountState) -> f64 {
    no_sleep(p, s).max(clockwork(p, s).0)
}

/// The strength a network signal would have from an account's share of requests from `kind`
/// alone, for the kinds that signal restates: consumer VPNs (`anonymised_network`) and hosting
/// (`hosting_network`). A network segment of either kind that is not pure enough to stand alone
/// needs a second family of the account's own, and using the network the segment is made of
/// is not one. Residential proxies and Tor are left out: ordinary users rarely route through
/// them, so using them says more than membership of their segment.
pub fn restated_by(p: &SignalParams, s: &AccountState, kind: NetKind) -> Option<(Signal, f64)> {
    let n = s.requests.max(1);
    let share = f64::from(s.net(kind)) / f64::from(n);
    let sup = support(n, p.support_requests);
    match kind {
        NetKind::Vpn => Some((
            Signal::AnonymisedNetwork,
            p.anonymised_share.of(share) * sup,
        )),
        NetKind::Hosting => Some((Signal::HostingNetwork, p.hosting_share.of(share) * sup)),
        _ => None,
    }
}

/// How surprising `k` or more events are where `mu` are expected: −log10 of the Poisson upper
/// tail, 0 when `k` does not exceed `mu`. (An expectation under 0.01 counts as 0.01: a count
/// where chance puts nothing is surprising, not infinitely so.)
pub fn poisson_surprise(k: u32, mu: f64) -> f64 {
    let kf = f64::from(k);
    if kf <= mu || k == 0 {
        return 0.0;
    }
    let mu = mu.max(0.01);
    // ln P(X = k), then the tail as P(X = k) × (1 + mu/(k+1) + mu²/((k+1)(k+2)) + ...).
    let ln_pk = -mu + kf * mu.ln() - ln_factorial(k);
    let (mut term, mut sum) = (1.0f64, 1.0f64);
    for j in 1..200u32 {
        term *= mu / (kf + f64::from(j));
        sum += term;
        if term < 1e-12 * sum {
            break;
        }
    }
    (-(ln_pk + sum.ln()) / std::f64::consts::LN_10).max(0.0)
}

/// ln k!, exact for small k, Stirling's series beyond.
fn ln_factorial(k: u32) -> f64 {
    if k <= 20 {
        return (2..=k).map(|j| f64::from(j).ln()).sum();
    }
    let x = f64::from(k);
    x * x.ln() - x + 0.5 * (2.0 * std::f64::consts::PI * x).ln() + 1.0 / (12.0 * x)
        - 1.0 / (360.0 * x * x * x)
}

/// Confidence from sample size: small samples say little (0 at 0 requests, ~1 from `full`).
fn support(n: u32, full: f64) -> f64 {
    (f64::from(n) / full).min(1.0)
}

/// One signal's strength and the sentence that explains it.
#[derive(Debug, Clone, PartialEq)]
pub struct SignalValue {
    pub signal: Signal,
    pub strength: f64,
    pub detail: String,
}

/// All signal strengths of one account.
#[derive(Debug, Clone, PartialEq)]
pub struct Features {
    pub values: [f64; N_SIGNALS],
}

fn pct(x: f64) -> String {
    format!("{:.0}%", x * 100.0)
}

/// Computes every signal of an account (with its sign-up record, if known).
pub fn compute(
    p: &SignalParams,
    s: &AccountState,
    meta: Option<&Signup>,
    billing_restricted: bool,
) -> (Features, Vec<SignalValue>) {
    compute_with(p, s, meta, billing_restricted, true)
}

/// Signal strengths only, without the sentences (cheap: used while the scan walks events).
pub fn values(
    p: &SignalParams,
    s: &AccountState,
    meta: Option<&Signup>,
    billing_restricted: bool,
) -> Features {
    compute_with(p, s, meta, billing_restricted, false).0
}

fn compute_with(
    p: &SignalParams,
    s: &AccountState,
    meta: Option<&Signup>,
    billing_restricted: bool,
    detail: bool,
) -> (Features, Vec<SignalValue>) {
    // Sentences are formatted only when asked for: the walk re-scores often, the report once.
    macro_rules! d {
        ($($t:tt)*) => {
            if detail { format!($($t)*) } else { String::new() }
        };
    }
    let n = s.requests.max(1);
    let nf = f64::from(n);
    let share = |x: u32| f64::from(x) / nf;
    let mut out = Vec::with_capacity(N_SIGNALS);
    let mut push = |signal: Signal, strength: f64, detail: String| {
        out.push(SignalValue {
            signal,
            strength: strength.clamp(0.0, 1.0),
            detail,
        });
    };
    let sup = support(n, p.support_requests);

    // Content is measured on all traffic and, when the account has one, on its distillation
    // stream alone (frames mostly carrying distillation, together at least 15% of requests):
    // a proxy that mixes customers' ordinary requests in must not dilute what its harvest asks.
    let (stream, stream_frames) = s.distill_stream();
    let m = stream.requests;
    let mixed = m >= STREAM_MIN && f64::from(m) >= STREAM_MIN_SHARE * nf;
    let ms = |x: u32| f64::from(x) / f64::from(m.max(1));
    let stream_sup = support(m, p.support_requests);
    let on_stream = |all: f64, streamed: f64| -> (f64, bool) {
        if mixed && streamed > all {
            (streamed, true)
        } else {
            (all, false)
        }
    };
    let stream_note = |used: bool| {
        if used {
            d!(
                " (on its distillation stream: {stream_frames} prompt frame(s) carrying {} of its requests)",
                pct(f64::from(m) / nf)
            )
        } else {
            String::new()
        }
    };

    let cot_all = share(s.cot_strong);
    let cot_stream = ms(stream.cot_strong);
    let (cot_v, used) = on_stream(
        p.cot_share.of(cot_all) * sup,
        p.cot_share.of(cot_stream) * stream_sup,
    );
    push(
        Signal::CotElicitation,
        cot_v,
        d!(
            "{} of {n} requests ask the model to write out or reconstruct its internal reasoning{}",
            pct(if used { cot_stream } else { cot_all }),
            stream_note(used)
        ),
    );

    let distill_n = s.capabilities[dg_model::Capability::Grading.index()]
        + s.capabilities[dg_model::Capability::Rewrite.index()]
        + s.capabilities[dg_model::Capability::DataGeneration.index()];
    let distill_all = share(distill_n.max(s.safe_rewrite));
    let distill_stream = ms(stream.tasks);
    let (distill_v, used) = on_stream(
        p.distill_share.of(distill_all) * sup,
        p.distill_share.of(distill_stream) * stream_sup,
    );
    push(
        Signal::DistillTasks,
        distill_v,
        d!(
            "{} of requests are rubric grading, rewrites or synthetic-data generation{}{}",
            pct(if used { distill_stream } else { distill_all }),
            if s.safe_rewrite > 0 {
                format!(
                    " ({} 'safe' rewrites of sensitive questions)",
                    s.safe_rewrite
                )
            } else {
                String::new()
            },
            stream_note(used)
        ),
    );

    let hunger_of = |out: f64, input: f64, k: f64| {
        let mean_out = out / k.max(1.0);
        let ratio = out / input.max(1.0);
        (
            p.mean_output.of(mean_out) * p.output_ratio.of(ratio),
            mean_out,
            ratio,
        )
    };
    let (h_all, out_all, ratio_all) = hunger_of(s.output_tokens as f64, s.input_tokens as f64, nf);
    let (h_stream, out_stream, ratio_stream) = hunger_of(
        f64::from(stream.output_tokens),
        f64::from(stream.input_tokens),
        f64::from(m),
    );
    let (hunger, used) = on_stream(h_all * sup, h_stream * stream_sup);
    let (mean_out, ratio) = if used {
        (out_stream, ratio_stream)
    } else {
        (out_all, ratio_all)
    };
    push(Signal::OutputHunger, hunger, d!("mean output {mean_out:.0} tokens, {ratio:.1}× the input; {} of requests set a cap ≥ 16k tokens{}", pct(share(s.high_cap)), stream_note(used)));

    let think_all = s.thinking_tokens as f64 / nf;
    let think_stream = f64::from(stream.thinking_tokens) / f64::from(m.max(1));
    let (think_v, used) = on_stream(
        p.thinking_per_request.of(think_all) * sup,
        p.thinking_per_request.of(think_stream) * stream_sup,
    );
    push(
        Signal::Thinking,
        think_v,
        d!(
            "mean {:.0} extended-reasoning tokens per request{}",
            if used { think_stream } else { think_all },
            stream_note(used)
        ),
    );

    // The volume of what was taken, not its share: a harvester that stays slow or hides among
    // customer traffic still walks away with many long single-shot answers. Shape only, so it
    // holds whatever the prompts say.
    // Passed verification halves it, and a declared organisation beside it halves it again: an
    // evaluation company running a reasoning benchmark on its own verified account takes many
    // such answers too. An org without verification vouches for no one (a reseller's
    // sub-accounts carry the reseller's org whoever uses them; a farm makes orgs up).
    // Long single-shot answers taken without a large cap count too, at a larger share (a client
    // that leaves its default cap alone takes the same answers); the wave test keeps the capped
    // count only.
    let capped = f64::from(s.harvested);
    let taken = s.harvested + s.harvested_uncapped();
    let youth = meta.map_or(0.0, |a| {
        let age_days = age_at_first_request(s, a);
        1.0 - p.harvested_uncapped_age_days.of(age_days)
    });
    let volume = (p.harvested.of(capped) * p.harvested_share.of(share(s.harvested))).max(
        p.harvested.of(f64::from(taken)) * p.harvested_uncapped_share.of(share(taken)) * youth,
    );
    // Who counts as identified (a campus for an academic sign-up, a record for a startup's):
    // see `identified`.
    let identified = meta.is_some_and(|m| identified(p, s, m));
    let (customer, by_campus, aged_org) = meta.map_or((1.0, false, false), |m| {
        // Verification of a programme sign-up that is not identified (an academic one off its
        // campus, a startup's without a record) vouches for nothing: see `identified`.
        let verified = m.verified == Some(true) && verification_counts(p, s, m);
        // A declared org's account of long standing (`aged_org_days` old at its first
        // request) is a customer of record even unverified: its product's backend takes long
        // answers all day. A reseller's young sub-accounts and a farm's invented orgs are not
        // that old; a stolen key of such a customer is caught by what else it shows.
        let aged_org = m.has_org && !verified && age_at_first_request(s, m) >= p.aged_org_days;
        let v = 0.5f64
            .powi(i32::from(verified) + i32::from(m.has_org && verified) + i32::from(aged_org));
        // An identified customer without a verification that counts (an academic sign-up on
        // its campus network) is vouched for here as its content is: a university lab's
        // overnight sweeps take long answers by the thousand under its own name.
        let id = if identified {
            p.identified_content.clamp(0.0, 1.0)
        } else {
            1.0
        };
        (v.min(id), id < v, aged_org)
    });
    push(
        Signal::HarvestVolume,
        volume * customer,
        d!(
            "{} single-turn answers at least 4× their prompts ({} of requests; {} with caps ≥ 8k tokens or extended reasoning, {} of 512 tokens or more without){}",
            taken,
            pct(share(taken)),
            s.harvested,
            s.harvested_uncapped(),
            if by_campus {
                " (scaled down: an identified customer on its campus network)".to_string()
            } else if s.server_orgs() > 0 {
                format!(
                    "{} (its org does not vouch for it: much of its traffic came from servers the accounts of {} other org{} used too)",
                    if customer < 1.0 { " (halved for a verified account)" } else { "" },
                    s.server_orgs(),
                    if s.server_orgs() == 1 { "" } else { "s" }
                )
            } else if aged_org {
                " (halved for an org's account of long standing)".to_string()
            } else if customer < 1.0 {
                " (halved for a verified account, and again for a verified org)".to_string()
            } else {
                String::new()
            }
        ),
    );

    let templated = match s.frames.top() {
        Some((_, count)) if s.framed >= 10 => {
            let top_share = f64::from(count.min(s.framed)) / nf;
            let novelty = (s.payloads.estimate() / f64::from(s.framed)).min(1.0);
            let distill_share = f64::from(s.framed_distill) / f64::from(s.framed);
            let v = p.template_top_share.of(top_share)
                * p.template_novelty.of(novelty)
                * p.template_distill_share.of(distill_share);
            (v * support(n, p.template_support), d!("one prompt frame carries {} of requests with {} distinct payloads; {} of framed requests are distillation tasks", pct(top_share), pct(novelty), pct(distill_share)))
        }
        _ => (0.0, "too few framed requests".to_string()),
    };
    push(Signal::TemplatedHarvest, templated.0, templated.1);

    let span_days = ((s.last_ts - s.first_ts) as f64 / Timestamp::DAY as f64).max(0.0);
    push(Signal::NoSleep, no_sleep(p, s), d!("{} of traffic falls in its quietest six hours of the day over {span_days:.1} days (people sleep; schedulers do not)", pct(s.quiet_window_share())));

    let (clock, clock_detail) = match clockwork(p, s) {
        (v, Some(sd)) => (v, d!("spread of log inter-arrival gaps {sd:.2} (random arrivals ≈ 1.28, people higher, a round-robin scheduler lower)")),
        (_, None) => (0.0, "too few requests to judge timing".to_string()),
    };
    push(Signal::Clockwork, clock, clock_detail);

    let per_day = nf / span_days.max(1.0);
    push(
        Signal::Volume,
        p.requests_per_day_log10.of(per_day.max(1.0).log10()),
        d!("{per_day:.0} requests per day"),
    );

    let single = share(s.single_turn);
    push(
        Signal::SingleTurn,
        p.single_turn_share.of(single) * support(n, p.single_turn_support),
        d!("{} of requests are single-turn", pct(single)),
    );

    let anon = share(s.anonymised());
    push(
        Signal::AnonymisedNetwork,
        p.anonymised_share.of(anon) * sup,
        d!(
            "{} of requests came through VPN, residential-proxy or Tor ranges",
            pct(anon)
        ),
    );

    let distinct_ips = s.ips.estimate();
    let rot = (distinct_ips / nf).min(1.0);
    // Rotation is undefined below three requests (one request is one address).
    let rotation =
        p.rotation.of(rot) * support(n, p.rotation_support) * f64::from(u8::from(n >= 3));
    push(
        Signal::IpRotation,
        rotation,
        d!("about {distinct_ips:.0} distinct addresses over {n} requests"),
    );

    let hosting = share(s.net(NetKind::Hosting));
    push(
        Signal::HostingNetwork,
        p.hosting_share.of(hosting) * sup,
        d!("{} of requests from hosting/cloud ranges", pct(hosting)),
    );

    let restricted = share(s.restricted);
    push(
        Signal::RestrictedRegion,
        if billing_restricted {
            1.0
        } else {
            p.restricted_share.of(restricted)
        },
        if billing_restricted {
            d!(
                "billing country {} is restricted by policy",
                meta.and_then(|a| a.billing_country.as_deref())
                    .map(crate::features::safe_code)
                    .unwrap_or_default()
            )
        } else {
            d!(
                "{} of {n} requests from a restricted country (latest: {})",
                s.restricted,
                s.restricted_country()
            )
        },
    );

    let geo = share(s.geo_mismatch);
    let foreign = p.geo_mismatch_share.of(geo) * sup;
    push(
        Signal::GeoMismatch,
        foreign,
        d!(
            "{} of requests from a country other than the billing country",
            pct(geo)
        ),
    );

    let campus = meta.is_some_and(|m| on_campus(s, m));
    let (entry, entry_detail) = match meta {
        Some(a) => {
            let ch = a.signup_channel.unwrap_or(SignupChannel::Standard);
            let programme = matches!(
                ch,
                SignupChannel::Education | SignupChannel::Research | SignupChannel::Startup
            );
            let unverified = !a.verified.unwrap_or(false);
            let vouched = unverified && campus;
            (
                f64::from(u8::from(programme)) * if unverified && !vouched { 1.0 } else { 0.3 },
                d!(
                    "signed up through the {} channel, {}",
                    ch.as_str(),
                    if vouched {
                        "unverified but sending from a campus network"
                    } else if unverified {
                        "unverified"
                    } else {
                        "verified"
                    }
                ),
            )
        }
        None => (0.0, "no sign-up record".to_string()),
    };
    push(Signal::EntryProgram, entry, entry_detail);

    let (young, young_detail) = match meta {
        Some(a) => {
            let age_days = age_at_first_request(s, a);
            (
                1.0 - p.account_age_days.of(age_days),
                d!("account was {age_days:.0} days old at its first request"),
            )
        }
        None => (0.0, "no sign-up record".to_string()),
    };
    push(Signal::NewAccount, young, young_detail);

    // The three together are what each is not alone: a traveller is paid from home and sends
    // from abroad, a phone changes address, every customer is new once. An account that is new
    // at its first request, paid from one country, run from others and from a new address
    // nearly every time was made to be used up (a stolen or bought card, rented exits), and its
    // card or its exits give it away whatever it asks. Each part is its own signal's strength,
    // with its support, so the conjunction is as strong as its weakest part.
    push(
        Signal::BurnerAccount,
        young.min(foreign).min(rotation),
        d!(
            "new at its first request, {} of requests from countries other than its billing country, about {distinct_ips:.0} addresses over {n} requests",
            pct(geo)
        ),
    );

    let pivot = if s.new_model_available >= p.pivot_min_requests {
        f64::from(s.to_new_model) / f64::from(s.new_model_available)
    } else {
        0.0
    };
    push(
        Signal::FastModelPivot,
        p.pivot_share.of(pivot),
        d!(
            "{} of requests made in the first days after a model release went to the new model",
            pct(pivot)
        ),
    );

    let expected = f64::from(s.drop_expected);
    let surprise = poisson_surprise(u32::from(s.drop_onsets), expected);
    let taken_share = f64::from(s.drop_taken) / f64::from(s.drop_onsets.max(1));
    push(
        Signal::DropFollower,
        if s.onsets >= p.drop_min_onsets {
            p.drop_surprise.of(surprise)
                * p.drop_days.of(f64::from(s.drop_days))
                * p.drop_taken_share.of(taken_share)
        } else {
            0.0
        },
        d!(
            "{} of its {} sessions started in drops (many accounts coming online within minutes, far above that time's usual, at a human pace) where chance would put {expected:.1}, on {} different days; {} of those sessions took long answers",
            s.drop_onsets,
            s.onsets,
            s.drop_days,
            pct(taken_share)
        ),
    );

    let fan = share(s.fan_out);
    push(
        Signal::FanOut,
        p.fan_out_share.of(fan) * p.fan_out_count.of(f64::from(s.fan_out)),
        d!(
            "{} of its requests ({}) were sent word for word by {} to {} unrelated accounts within {:.0} s",
            pct(fan),
            s.fan_out,
            p.fan_out_quorum.saturating_sub(1),
            p.fan_out_max_senders.saturating_sub(1),
            p.fan_out_span_s
        ),
    );

    push(
        Signal::SharedRestrictedExit,
        p.shared_exit_peers.of(f64::from(s.leak_peers())),
        d!(
            "{} of its requests came from a restricted country (latest: {}), from a subnet {} unrelated senders leaked from too",
            s.restricted,
            s.restricted_country(),
            s.leak_peers()
        ),
    );

    // An identified customer's content evidence counts at `identified_content`: coordination,
    // farm structure and behaviour still count in full.
    if identified {
        for v in out
            .iter_mut()
            .filter(|v| v.signal.family() == Family::Content)
        {
            v.strength *= p.identified_content.clamp(0.0, 1.0);
            if detail {
                v.detail.push_str(" (scaled down: an identified customer)");
            }
        }
    }
    let mut values = [0.0; N_SIGNALS];
    for v in &out {
        values[v.signal as usize] = v.strength;
    }
    (Features { values }, out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::account::{ModelFacts, NetFacts};
    use crate::request::{CapabilitySet, CotLevel, FrameFingerprint, RequestFacts};
    use dg_model::Capability;

    fn request(frame: u64, payload: u64, harvest: bool) -> RequestFacts {
        RequestFacts {
            capability: if harvest {
                Capability::Reasoning
            } else {
                Capability::Chat
            },
            capabilities: CapabilitySet::default(),
            cot_elicitation: harvest,
            cot_level: if harvest {
                CotLevel::Strong
            } else {
                CotLevel::None
            },
            safe_rewrite: false,
            frame: FrameFingerprint {
                simhash: frame,
                exact: frame,
                words: 12,
            },
            payload_hash: payload,
            prompt_bytes: 400,
            prompt_chars: 400,
            system_bytes: 0,
            cjk: false,
            has_code: false,
            has_math: harvest,
            long_output: false,
            single_turn: true,
            turns: 1,
            tools: 0,
            tool_calls: 0,
            max_tokens: if harvest { 32_000 } else { 1_000 },
            input_tokens: 150,
            output_tokens: if harvest { 2_600 } else { 300 },
            thinking_tokens: 0,
        }
    }

    /// An account sending `n` requests, a `share` of them harvesting on one template frame and
    /// the rest ordinary chat, each chat request on a frame of its own (customers' free text).
    fn mixed_account(n: u64, share: f64) -> AccountState {
        let mut s = AccountState::default();
        let every = (1.0 / share).round() as u64;
        for i in 0..n {
            let harvest = i % every == 0;
            let f = if harvest {
                request(0x5eed_f00d_0000_0001, i, true)
            } else {
                // Frames far apart in Hamming distance: unrelated texts.
                request(crate::account::sketch::mix(i), i, false)
            };
            s.observe(
                Timestamp(i as i64 * 60_000),
                i % 7,
                &f,
                NetFacts::default(),
                ModelFacts::default(),
                false,
            );
        }
        s
    }

    #[test]
    fn customer_traffic_does_not_dilute_a_harvest_stream() {
        // 25% harvest: on all traffic CoT and output hunger look mild; on the stream, strong.
        let s = mixed_account(400, 0.25);
        let (stream, frames) = s.distill_stream();
        assert_eq!(frames, 1);
        assert!(stream.requests >= 90, "{stream:?}");
        let (f, explained) = compute(&SignalParams::default(), &s, None, false);
        let v = |sig: Signal| f.values[sig as usize];
        assert!(
            v(Signal::CotElicitation) > 0.99,
            "{}",
            v(Signal::CotElicitation)
        );
        assert!(v(Signal::OutputHunger) > 0.9, "{}", v(Signal::OutputHunger));
        let cot = explained
            .iter()
            .find(|x| x.signal == Signal::CotElicitation)
            .map(|x| x.detail.clone())
            .unwrap_or_default();
        assert!(cot.contains("distillation stream"), "{cot}");
        // The same requests diluted in all traffic reach much less.
        let all_cot = ramp(0.25, 0.03, 0.35);
        assert!(all_cot < 0.75);
    }

    fn signup(org: bool, verified: bool) -> Signup {
        Signup {
            created_at: Timestamp(-400 * Timestamp::DAY),
            org_id: org.then(|| "org_lab".into()),
            has_org: org,
            billing_country: None,
            signup_channel: None,
            verified: Some(verified),
            card: None,
            email: None,
            sponsored: false,
        }
    }

    #[test]
    fn an_identified_customers_content_counts_half() {
        // A research lab's verified org account asking for reasoning: its content signals count
        // at `identified_content`; verification alone, or an org alone, changes nothing.
        let s = mixed_account(400, 0.25);
        let p = SignalParams::default();
        let cot = |meta: Option<&Signup>| {
            values(&p, &s, meta, false).values[Signal::CotElicitation as usize]
        };
        let alone = cot(None);
        assert!(alone > 0.99, "{alone}");
        let lab = cot(Some(&signup(true, true)));
        assert!((lab - alone * p.identified_content).abs() < 1e-9, "{lab}");
        assert_eq!(cot(Some(&signup(false, true))), alone);
        assert_eq!(cot(Some(&signup(true, false))), alone);
    }

    #[test]
    fn a_campus_network_vouches_for_a_research_sign_up_like_verification() {
        // An unverified research-channel account of a declared institution: on its campus
        // network it counts as identified (content at `identified_content`, the programme
        // signal as for a verified sign-up); the same account sending from elsewhere does not.
        let p = SignalParams::default();
        let account = |kind: NetKind| {
            let mut s = AccountState::default();
            for i in 0..400u64 {
                let f = request(0x5eed_f00d_0000_0001, i, true);
                let net = NetFacts {
                    kind: Some(kind),
                    ..NetFacts::default()
                };
                s.observe(
                    Timestamp(i as i64 * 60_000),
                    i % 7,
                    &f,
                    net,
                    ModelFacts::default(),
                    false,
                );
            }
            s
        };
        let meta = Signup {
            signup_channel: Some(SignupChannel::Research),
            ..signup(true, false)
        };
        let of =
            |s: &AccountState, sig: Signal| values(&p, s, Some(&meta), false).values[sig as usize];
        let (campus, home) = (account(NetKind::Education), account(NetKind::Isp));
        let cot_home = of(&home, Signal::CotElicitation);
        assert!(cot_home > 0.99, "{cot_home}");
        let cot_campus = of(&campus, Signal::CotElicitation);
        assert!(
            (cot_campus - cot_home * p.identified_content).abs() < 1e-9,
            "{cot_campus}"
        );
        assert_eq!(of(&home, Signal::EntryProgram), 1.0);
        assert!((of(&campus, Signal::EntryProgram) - 0.3).abs() < 1e-9);
        // Verification alone does not stand in for the campus: a verified research sign-up of
        // a declared institution, opened days before it sends from home lines, is no
        // identified customer (programme fraud passes verification too); on its campus it is,
        // and so is a lab's account of long standing that runs its work from a cloud machine.
        let verified = Signup {
            verified: Some(true),
            ..meta.clone()
        };
        let fresh_academic = Signup {
            created_at: Timestamp(-5 * Timestamp::DAY),
            ..verified.clone()
        };
        assert!(!identified(&p, &home, &fresh_academic));
        assert!(identified(&p, &campus, &fresh_academic));
        assert!(identified(&p, &home, &verified));
        let v = |s: &AccountState| values(&p, s, Some(&fresh_academic), false).values;
        assert!(v(&home)[Signal::CotElicitation as usize] > 0.99);
        // Unverified and off campus, no age makes it one.
        assert!(!identified(&p, &home, &meta));
        // On the campus network, a personal account without an org or a programme is one.
        let personal = Signup {
            has_org: false,
            org_id: None,
            signup_channel: Some(SignupChannel::Standard),
            ..meta.clone()
        };
        assert!(identified(&p, &campus, &personal));
        assert!(!identified(&p, &home, &personal));
        let business = Signup {
            signup_channel: Some(SignupChannel::Standard),
            ..verified.clone()
        };
        assert!(identified(&p, &home, &business));
        // A verified org's startup-programme sign-up, once it has a record.
        let startup = Signup {
            signup_channel: Some(SignupChannel::Startup),
            ..verified.clone()
        };
        assert!(identified(&p, &home, &startup));
        let fresh = Signup {
            created_at: Timestamp(-5 * Timestamp::DAY),
            ..startup.clone()
        };
        assert!(!identified(&p, &home, &fresh));
        // The same accounts' verification halves `harvest_volume` only where it identifies.
        assert!(verification_counts(&p, &home, &startup));
        assert!(!verification_counts(&p, &home, &fresh));
        assert!(!verification_counts(&p, &home, &fresh_academic));
        assert!(verification_counts(&p, &campus, &fresh_academic));
        assert!(verification_counts(&p, &home, &verified));
    }

    #[test]
    fn scattered_reasoning_requests_are_no_stream() {
        // The same share of CoT requests, but each on its own frame (a person, not a template):
        // no stream, and the signals are measured on all traffic.
        let mut s = AccountState::default();
        for i in 0..400u64 {
            let f = request(crate::account::sketch::mix(i), i, i % 4 == 0);
            s.observe(
                Timestamp(i as i64 * 60_000),
                1,
                &f,
                NetFacts::default(),
                ModelFacts::default(),
                false,
            );
        }
        let (stream, _) = s.distill_stream();
        assert!(stream.requests < STREAM_MIN, "{stream:?}");
        let f = values(&SignalParams::default(), &s, None, false);
        let cot = f.values[Signal::CotElicitation as usize];
        assert!((cot - ramp(0.25, 0.03, 0.35)).abs() < 1e-9, "{cot}");
    }

    #[test]
    fn a_small_stream_is_not_measured_apart() {
        // 5% of requests on a grading-like template: too small a share to stand on its own.
        let s = mixed_account(400, 0.05);
        let (stream, _) = s.distill_stream();
        assert!(f64::from(stream.requests) < STREAM_MIN_SHARE * 400.0);
        let f = values(&SignalParams::default(), &s, None, false);
        let cot = f.values[Signal::CotElicitation as usize];
        assert!((cot - ramp(0.05, 0.03, 0.35)).abs() < 1e-9, "{cot}");
    }

    /// An account of `sessions` sessions (one request each, a long answer when `harvest`)
    /// whose drop sessions fall `per_day` a day over `days` days, where chance puts a share
    /// `chance` of sessions in drops.
    fn sessions_in_drops(
        sessions: u16,
        days: i64,
        per_day: u16,
        chance: f64,
        harvest: bool,
    ) -> AccountState {
        let mut s = AccountState::default();
        let cap = crate::drops::DropParams::default().per_day;
        let in_drops = days * i64::from(per_day);
        for k in 0..i64::from(sessions) {
            s.note_onset();
            s.observe(
                Timestamp(k * 3_600_000),
                1,
                &request(1, k as u64, harvest),
                NetFacts::default(),
                ModelFacts::default(),
                false,
            );
            let (in_drop, day) = if k < in_drops {
                (true, 20_000 + k / i64::from(per_day))
            } else {
                (false, 20_000)
            };
            s.note_judged(in_drop, day, chance, cap);
        }
        s
    }

    fn follower(sessions: u16, days: i64, per_day: u16, chance: f64) -> AccountState {
        sessions_in_drops(sessions, days, per_day, chance, true)
    }

    #[test]
    fn drop_following_needs_many_days_beyond_chance() {
        let p = SignalParams::default();
        let v = |s: &AccountState| values(&p, s, None, false).values[Signal::DropFollower as usize];
        // Two drops a day on eight days of 30 sessions (1.5 expected): full.
        assert_eq!(v(&follower(30, 8, 2, 0.05)), 1.0);
        // Five a day on three days counts two a day: 6 where 1.5 are expected is not enough
        // (15 would be).
        let heats = follower(30, 3, 5, 0.05);
        assert_eq!(heats.drop_onsets, 6);
        assert_eq!(v(&heats), 0.0);
        // Drops on two days are not enough, however unlikely by chance (4 of 8 where 0.08 are
        // expected); on five they are.
        assert_eq!(v(&follower(8, 2, 2, 0.01)), 0.0);
        assert!(v(&follower(10, 5, 1, 0.01)) > 0.9);
        // One drop a day on four days out of 80 sessions (4 expected) is chance.
        assert_eq!(v(&follower(80, 4, 1, 0.05)), 0.0);
        // Too few sessions to judge.
        assert_eq!(v(&follower(5, 5, 1, 0.01)), 0.0);
        // Drop sessions that only chat (a news alert's readers) are no one's harvest.
        let readers = sessions_in_drops(30, 8, 2, 0.05, false);
        assert_eq!((readers.drop_onsets, readers.drop_taken), (16, 0));
        assert_eq!(v(&readers), 0.0);
    }

    #[test]
    fn poisson_surprise_is_the_upper_tail() {
        // P(X >= 3 | 1) = 1 - e^-1 (1 + 1 + 1/2) = 0.0803.
        assert!((poisson_surprise(3, 1.0) - 0.0803f64.log10().abs()).abs() < 1e-3);
        assert_eq!(poisson_surprise(2, 3.0), 0.0);
        assert_eq!(poisson_surprise(0, 0.0), 0.0);
        // Large counts use Stirling's series: P(X >= 40 | 10) is 7.34e-13.
        let s = poisson_surprise(40, 10.0);
        assert!((s - 12.134).abs() < 1e-3, "{s}");
        assert!(poisson_surprise(400, 10.0).is_finite());
    }

    #[test]
    fn signal_params_read_from_toml_and_refuse_unknown_keys() {
        let p: SignalParams = toml::from_str("harvested = { lo = 10.0, hi = 20.0 }").unwrap();
        assert_eq!(p.harvested, Ramp { lo: 10.0, hi: 20.0 });
        assert_eq!(p.cot_share, SignalParams::default().cot_share);
        assert!(toml::from_str::<SignalParams>("harvest = { lo = 1.0, hi = 2.0 }").is_err());
        assert!(
            toml::from_str::<SignalParams>("harvested = { lo = 1.0, hi = 2.0, mid = 1.5 }")
                .is_err()
        );
    }
}
