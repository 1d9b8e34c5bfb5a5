//! The scan engine: walks events in time order, keeps per-account state, scores accounts and
//! records when each first left `allow`. Pure: the caller reads files and looks up addresses.

use std::collections::HashMap;
use std::net::IpAddr;
use std::sync::Arc;

use ahash::RandomState;
use dg_model::{
    Account, AccountFinding, Capability, ClusterFinding, ClusterLink, Decision, Event, IpRange,
    NetKind, Policy, Reason, Release, SignupChannel, Timestamp,
};

use crate::account::sketch::mix;
use crate::account::{AccountState, ModelFacts, NetFacts, Signup};
use crate::campaign;
use crate::cohort::CohortVerdict;
use crate::drops::DropClock;
use crate::farm::FarmVerdict;
use crate::features::{self, Family, Signal, N_SIGNALS};
use crate::link::{Cluster, LinkConfig, LinkEvidence, Linker, SignupLinks};
use crate::request::{Analyzer, RequestFacts};
use crate::score::{self, Weights};

mod cohort_facts;
mod detached;
mod evict;
mod evidence;
mod fanout;
mod farm_facts;
mod ids;
mod known;
#[cfg(test)]
mod lift_tests;
mod live;
#[cfg(test)]
mod operation_tests;
mod past;
#[cfg(test)]
mod pending_tests;
mod records;
mod relink;
mod segment_facts;
mod slot;
pub mod snapshot;
#[cfg(test)]
mod tally_tests;
mod wave_facts;

pub use detached::Detached;
use detached::FoldView;
pub use evidence::SampleMark;
use ids::Ids;
pub use live::EventDecision;
use past::PastCampaign;
pub use records::KnownAccounts;
pub use relink::{RelinkError, RelinkInput, RelinkOutput};
use slot::Slot;

/// How long after its release a model counts as new (for the pivot signal).
pub const ADOPTION_WINDOW_MS: i64 = 2 * Timestamp::DAY;

/// Re-score an account every this many of its requests (and at the end of the scan).
const RESCORE_EVERY: u32 = 16;

/// Default period of re-linking clusters in event time.
pub const RELINK_EVERY_MS: i64 = 3 * Timestamp::HOUR;

/// New suspect accounts (see `Scanner::new_suspects`) that trigger a re-link before the clock.
const EARLY_RELINK_SUSPECTS: u32 = 12;

/// Least event time between two re-links triggered by new suspects.
const EARLY_RELINK_GAP_MS: i64 = 60 * 60_000;

/// Everything the scan needs besides the events.
#[derive(Debug, Clone)]
pub struct ScanConfig {
    pub policy: Policy,
    pub weights: Weights,
    pub releases: Vec<Release>,
    /// Re-link clusters every this many ms of event time (0: only at the end).
    pub relink_every_ms: i64,
    /// Key and key id for hashing personal values in cluster evidence.
    pub hash_key: Vec<u8>,
    pub hash_key_id: String,
    /// Known indicators of named actors, matched against cluster evidence.
    pub indicators: Vec<Indicator>,
    /// Prompt-frame sketches of known actors (from a partner's STIX bundle), matched against
    /// each cluster's heaviest frames by Hamming distance.
    pub frame_indicators: Vec<FrameIndicator>,
    /// The trust group's sharing key: personal values keyed under it by a partner match too.
    pub sharing_key: Option<SharingKey>,
    /// Evict accounts idle for longer than this many ms of event time at each periodic
    /// re-link (0: never; see `scanner/evict.rs` for what is kept and why).
    pub evict_idle_ms: i64,
}

/// A key agreed within a trust group for the keyed values that leave the house; never the
/// policy's local `hash_key`.
#[derive(Clone, PartialEq, Eq)]
pub struct SharingKey {
    pub key: Vec<u8>,
    /// Written inside every keyed value, `hmac-sha256:<key_id>:<hex>`.
    pub key_id: String,
}

impl std::fmt::Debug for SharingKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // The key itself is a secret: never in logs.
        f.debug_struct("SharingKey")
            .field("key_id", &self.key_id)
            .finish_non_exhaustive()
    }
}

/// A known actor's prompt-frame sketch: the 64-bit SimHash of a masked frame.
#[derive(Debug, Clone, PartialEq)]
pub struct FrameIndicator {
    pub simhash: u64,
    pub actor: String,
    /// How far the source trusts it, 0..=1.
    pub confidence: f64,
}

/// One known indicator: a link kind (`payment`, `ip`, `email_pattern`, ...), its raw value (or
/// an already keyed `hmac-sha256:` value) and the actor it belongs to.
#[derive(Debug, Clone, PartialEq)]
pub struct Indicator {
    pub kind: String,
    pub value: String,
    pub actor: String,
    /// How far the source trusts it, 0..=1 (1 for a CSV row): scales the match's weight.
    pub confidence: f64,
}

/// Why a scan cannot be configured.
#[derive(Debug, thiserror::Error)]
pub enum ScanConfigError {
    #[error(
        "the policy has no hash_key: personal values in cluster evidence would not be private \
         (set hash_key, or opt in to the public demo key with ScanConfig::with_demo_key)"
    )]
    NoHashKey,
}

/// The public key used by [`ScanConfig::with_demo_key`] when the policy has none.
pub const DEMO_HASH_KEY: &[u8] = b"distillguard-unkeyed-demo";

impl ScanConfig {
    /// A configuration with the policy's key and the default re-link period; a policy without
    /// `hash_key` is an error, never a quiet public key.
    pub fn new(
        policy: Policy,
        weights: Weights,
        releases: Vec<Release>,
    ) -> Result<Self, ScanConfigError> {
        if policy.hash_key.is_empty() {
            return Err(ScanConfigError::NoHashKey);
        }
        Ok(Self::with_demo_key(policy, weights, releases))
    }

    /// [`ScanConfig::new`], opting in to the public demo key (key id `unkeyed`) when the
    /// policy has no `hash_key`: deterministic but public, for demos and tests, never for
    /// outputs that leave the house.
    pub fn with_demo_key(policy: Policy, weights: Weights, releases: Vec<Release>) -> Self {
        let (hash_key, hash_key_id) = if policy.hash_key.is_empty() {
            (DEMO_HASH_KEY.to_vec(), "unkeyed".to_string())
        } else {
            (
                policy.hash_key.as_bytes().to_vec(),
                policy.hash_key_id.clone(),
            )
        };
        Self {
            policy,
            weights,
            releases,
            relink_every_ms: RELINK_EVERY_MS,
            hash_key,
            hash_key_id,
            indicators: Vec::new(),
            frame_indicators: Vec::new(),
            sharing_key: None,
            evict_idle_ms: 0,
        }
    }
}

/// What an account inherits from the cluster it was linked into.
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
struct Inherited {
    /// The cluster's id at the re-link that linked the account: an account a later periodic
    /// re-link leaves out keeps it (an index into `clusters` would point into the newer list).
    cluster_id: String,
    /// Campaign log-odds (coordination family).
    logit: f64,
    /// Account-farm log-odds (farm family), counted once with the cohort's, wave's and
    /// segment's: the largest.
    farm: f64,
    /// Log-odds that lift a suspect member of a flagged campaign or a card sibling of a
    /// flagged account towards review (farm family, `campaign_member` and `card_sibling`),
    /// added on top of everything else: counted in `farm`, a lift vanished under a segment's
    /// larger evidence and left the member where it was.
    #[serde(default)]
    lift: f64,
    reasons: Vec<Reason>,
}

impl Inherited {
    /// The contributions by family, for the scorer.
    fn extra(&self) -> [(Family, f64); 3] {
        [
            (Family::Coordination, self.logit),
            (Family::Farm, self.farm),
            (Family::Farm, self.lift),
        ]
    }
}

/// A linked cluster as last scored.
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
struct Scored {
    cluster: Cluster,
    coordination: f64,
    distillation: f64,
    frames: Vec<u64>,
    first_seen: i64,
    last_seen: i64,
    successor_of: Option<String>,
    /// Known actors whose indicators match the cluster's evidence, with matches.
    known_actors: Vec<(String, u64)>,
    #[serde(with = "snapshot::farm_verdict")]
    farm: FarmVerdict,
}

/// The state of a running scan.
pub struct Scanner {
    /// Shared with the inputs of re-links in progress (see `relink/`), which read it too.
    cfg: Arc<ScanConfig>,
    w: [f64; N_SIGNALS],
    analyzer: Analyzer,
    /// Account ids and their slot numbers. Apart from `slots`: the ids are interned in one
    /// string with a hash table over it (see `ids.rs`), which a field per slot would not be.
    ids: Ids,
    /// Everything known about each account held, by slot number (see `slot.rs`).
    slots: Vec<Slot>,
    /// Sign-up records of accounts not seen yet.
    pending: Pending,
    linker: Linker,
    next_relink: Option<i64>,
    /// Whether a periodic re-link falls due to the caller (see [`Scanner::defer_relinks`])
    /// instead of running inside the fold.
    defer: bool,
    /// A periodic re-link due at this event time and not applied yet (deferred mode only):
    /// the fold of the next event runs it first if the caller has not.
    due: Option<Timestamp>,
    /// Re-links applied so far: a re-link's input carries it, so that its output is applied
    /// only to the state it was computed from.
    relinks: u64,
    /// Event time of the previous re-link.
    last_relink: Option<Timestamp>,
    /// New accounts since the previous re-link whose sign-up alone makes them farm suspects
    /// (young without an org, or on a card that carries other accounts): a sign-up wave.
    new_suspects: u32,
    clusters: Vec<Scored>,
    past: Vec<PastCampaign>,
    last_ts: i64,
    /// Known indicators by (link kind, keyed value), and known frame sketches.
    /// Shared with re-link inputs, like the two counts below; all three are fixed once built.
    known: Arc<known::KnownIndex>,
    /// Accounts per payment instrument over all sign-up records (hash of the instrument).
    card_df: Arc<CardCounts>,
    /// Accounts per declared org id over all sign-up records (hash of the id).
    org_df: Arc<CardCounts>,
    /// Every record counted, once records are taken in while running (see `records.rs`).
    tally: Option<Box<records::RecordTally>>,
    /// Declared orgs (hash of the id) with a customer of record among their accounts: one that
    /// passed verification, or one established long before its first request. Only such an
    /// org vouches for its accounts (see [`Self::vouched`]); grows as accounts first send.
    org_anchored: std::collections::HashSet<u64, RandomState>,
    /// Declared orgs (hash of the id) one of whose accounts sent from an education or
    /// enterprise range: the network an institution's members share. An education-programme
    /// org vouches for an unverified account only when it has been seen there (see
    /// [`Self::vouched`]); grows as requests arrive.
    org_institutional: std::collections::HashSet<u64, RandomState>,
    /// Declared orgs (hash of the id) with a verified startup-programme record whose
    /// verification does not anchor them on the record alone (see [`anchors_on_record`]):
    /// such an org vouches once two of its members have sent from home or mobile lines
    /// (`org_people`), as a company's staff do; a front's seats live on its rented servers.
    /// Derived from the sign-up records.
    org_startup: std::collections::HashSet<u64, RandomState>,
    /// Declared orgs (hash of the id) and how many of their accounts (up to 255) have sent
    /// from a home (`isp`) or mobile range; grows as requests arrive.
    org_people: std::collections::HashMap<u64, u8, RandomState>,
    /// Declared orgs (hash of the id) with a member established long before its first request:
    /// a customer of record whatever the share of its verified records.
    org_established: std::collections::HashSet<u64, RandomState>,
    /// Declared orgs (hash of the id) whose records are mostly unverified (below
    /// `[farm] vouch_verified_min`, three records or more): a verified member does not anchor
    /// them (see [`Self::vouched`]); recounted as records are taken in.
    org_thin: std::collections::HashSet<u64, RandomState>,
    /// Declared orgs (hash of the id) whose members pay with a card that also pays for
    /// `POOLED_CARD_MIN` or more accounts declaring no org (see [`pooled_card_orgs`]): such
    /// an org vouches for no one. Derived from the sign-up records.
    org_pooled_card: std::collections::HashSet<u64, RandomState>,
    /// The throwaway cohort as judged at the latest re-link, and the addresses it found
    /// crowded with brief new accounts (see `cohort_facts.rs`).
    cohort: CohortVerdict,
    cohort_crowded: std::collections::HashSet<IpAddr, RandomState>,
    /// Matches of harvester waves judged at the latest re-link (see `wave_facts.rs`).
    waves: wave_facts::Waves,
    /// Network segments judged at the latest re-link (see `segment_facts.rs`).
    segments: segment_facts::Segments,
    /// Onset counts and the drops judged from them (see [`crate::drops`]).
    drops: DropClock,
    /// Accounts evicted as idle so far (see `evict.rs`).
    evicted: u64,
    /// The request texts of the last few minutes and who sent them (see `fanout.rs`).
    fan_out: fanout::FanOut,
}

/// The median of a list (the upper one of an even count); `None` for an empty one.
fn median(v: &mut [i64]) -> Option<i64> {
    let mid = v.len() / 2;
    (!v.is_empty()).then(|| *v.select_nth_unstable(mid).1)
}

fn fixed_state() -> RandomState {
    // Fixed keys: iteration order never reaches the output, but determinism costs nothing here.
    RandomState::with_seeds(0x6469_7374, 0x696c_6c67, 0x7561_7264, 0x7363_616e)
}

/// The key of an account's payment instrument, when it has one.
fn card_key(a: &Signup) -> Option<u64> {
    a.card
}

/// The key of an account's declared org, when it declares one (and shared servers did not
/// void it: see `FarmParams::server_orgs`).
fn org_key(a: &Signup) -> Option<u64> {
    a.has_org.then(|| declared_org_key(a)).flatten()
}

/// The key of the org an account's record declares, whether or not shared servers voided it.
fn declared_org_key(a: &Signup) -> Option<u64> {
    a.org_id
        .as_deref()
        .map(str::trim)
        .filter(|o| !o.is_empty())
        .map(|o| fixed_state().hash_one(o))
}

/// Accounts per payment instrument (or declared org) of the sign-up records. Only values shared by several
/// accounts are stored (most cards carry one account, and a million-entry map costs ~35 MB):
/// a card of a sign-up record that is not stored carries that one account.
#[derive(Clone)]
struct CardCounts {
    shared: HashMap<u64, u32, RandomState>,
}

impl CardCounts {
    fn new(mut all: HashMap<u64, u32, RandomState>) -> Self {
        all.retain(|_, n| *n > 1);
        all.shrink_to_fit();
        Self { shared: all }
    }

    /// Accounts on card `k`, the key of a sign-up record's card (see [`card_key`]).
    fn get(&self, k: &u64) -> Option<&u32> {
        Some(self.shared.get(k).unwrap_or(&1))
    }
}

/// An account id and its reduced sign-up record, `None` once the account was seen.
type PendingRecord = (Box<str>, Option<(Signup, SignupLinks)>);

/// Sign-up records of accounts not seen in the events yet, sorted by id, without their
/// strings. A record leaves when its account first appears; the vector is compacted when
/// half of it has left, so it never holds more than twice the records still waiting (a hash
/// map would keep its emptied table, ~180 bytes a bucket, to the end of the scan).
///
/// `index` finds a record by the upper half of its id's hash: with a million records, the
/// binary search's twenty string comparisons, each behind a pointer to an id in the heap,
/// cost more than the rest of an account's first event (16% of the CPU of a 1 M-account
/// scan). Ids whose hashes collide keep the first record in the index; a lookup that lands on
/// a different id falls back to the binary search, so the answer is always the search's.
struct Pending {
    records: Vec<PendingRecord>,
    taken: usize,
    index: HashMap<u32, u32, RandomState>,
    /// Records taken in while running (see `records.rs`), by id, until there are enough of
    /// them to merge into `records`: sorting and re-indexing a million waiting records for
    /// each one-record batch would cost tens of milliseconds a batch.
    late: HashMap<Box<str>, (Signup, SignupLinks), RandomState>,
}

impl Pending {
    fn new(accounts: impl IntoIterator<Item = (String, Account)>) -> Self {
        let mut records: Vec<PendingRecord> = accounts
            .into_iter()
            .map(|(id, a)| {
                let r = (Signup::of(&a), SignupLinks::of(&a));
                (id.into_boxed_str(), Some(r))
            })
            .collect();
        // Sorted input (a `BTreeMap`) stays as it is; the last record of an id wins.
        records.sort_by(|a, b| a.0.cmp(&b.0));
        records.dedup_by(|later, earlier| {
            let same = later.0 == earlier.0;
            if same {
                std::mem::swap(later, earlier);
            }
            same
        });
        records.shrink_to_fit();
        let index = Self::index_of(&records);
        Self {
            records,
            taken: 0,
            index,
            late: HashMap::with_hasher(fixed_state()),
        }
    }

    /// The index key of an id: 32 bits keep the index at 9 bytes a bucket.
    fn key(id: &str) -> u32 {
        (fixed_state().hash_one(id) >> 32) as u32
    }

    /// Record positions by key (the first record of a key wins).
    fn index_of(records: &[PendingRecord]) -> HashMap<u32, u32, RandomState> {
        let mut index = HashMap::with_capacity_and_hasher(records.len(), fixed_state());
        for (pos, (id, _)) in records.iter().enumerate() {
            index.entry(Self::key(id)).or_insert(pos as u32);
        }
        index
    }

    /// Marks the records that are `sponsored` (see [`mark_sponsored`]).
    fn mark_sponsored(&mut self, gap_ms: i64) {
        let mut records: Vec<&mut Signup> = self
            .records
            .iter_mut()
            .filter_map(|(_, r)| r.as_mut().map(|r| &mut r.0))
            .collect();
        mark_sponsored(&mut records, gap_ms);
    }

    /// The records themselves, for counting before the walk.
    fn signups(&self) -> impl Iterator<Item = &Signup> + '_ {
        self.waiting().map(|(_, a)| a)
    }

    /// Every record waiting, with its account id.
    fn waiting(&self) -> impl Iterator<Item = (&str, &Signup)> + '_ {
        self.records
            .iter()
            .filter_map(|(id, r)| r.as_ref().map(|r| (id.as_ref(), &r.0)))
            .chain(self.late.iter().map(|(id, r)| (id.as_ref(), &r.0)))
    }

    /// The record waiting for `id`, to change it in place.
    fn get_mut(&mut self, id: &str) -> Option<&mut Signup> {
        match self.records.binary_search_by(|(k, _)| k.as_ref().cmp(id)) {
            Ok(i) => self.records[i].1.as_mut().map(|r| &mut r.0),
            Err(_) => self.late.get_mut(id).map(|r| &mut r.0),
        }
    }

    /// Whether `id` has a record waiting.
    fn holds(&self, id: &str) -> bool {
        self.late.contains_key(id)
            || self
                .records
                .binary_search_by(|(k, _)| k.as_ref().cmp(id))
                .is_ok_and(|i| self.records[i].1.is_some())
    }

    /// Adds records taken in while running (of ids without a record waiting): kept apart
    /// until they are an eighth of the sorted records (at least 1,024), then merged, so each
    /// record costs the merge a constant share of it.
    fn add(&mut self, new: Vec<(Box<str>, (Signup, SignupLinks))>) {
        self.late.extend(new);
        if self.late.len() > (self.records.len() / 8).max(1_024) {
            let late = std::mem::replace(&mut self.late, HashMap::with_hasher(fixed_state()));
            self.put_back(late.into_iter().collect());
        }
    }

    /// Takes the record of `id`, if it has one waiting.
    fn take(&mut self, id: &str) -> Option<(Signup, SignupLinks)> {
        if !self.late.is_empty() {
            if let Some(r) = self.late.remove(id) {
                return Some(r);
            }
        }
        // Every record's key is in the index, so a missing key means no record.
        let hit = *self.index.get(&Self::key(id))? as usize;
        let i = match self.records.get(hit) {
            Some((k, _)) if k.as_ref() == id => hit,
            _ => self
                .records
                .binary_search_by(|(k, _)| k.as_ref().cmp(id))
                .ok()?,
        };
        let r = self.records[i].1.take()?;
        self.taken += 1;
        if self.taken * 2 >= self.records.len() {
            self.records.retain(|(_, r)| r.is_some());
            self.records.shrink_to_fit();
            self.index = Self::index_of(&self.records);
            self.taken = 0;
        }
        Some(r)
    }

    /// Puts back the records of evicted accounts, so that an account that returns takes its
    /// record again as a new one would.
    fn put_back(&mut self, back: Vec<(Box<str>, (Signup, SignupLinks))>) {
        let mut added = false;
        for (id, r) in back {
            match self
                .records
                .binary_search_by(|(k, _)| k.as_ref().cmp(id.as_ref()))
            {
                // Taken but not compacted away yet: the entry is still in the index.
                Ok(i) => {
                    if self.records[i].1.is_none() {
                        self.taken = self.taken.saturating_sub(1);
                    }
                    self.records[i].1 = Some(r);
                }
                Err(_) => {
                    self.records.push((id, Some(r)));
                    added = true;
                }
            }
        }
        if added {
            // Appended out of order: sorted again (two sorted runs, so the merge is linear)
            // and re-indexed, since positions moved.
            self.records.sort_by(|a, b| a.0.cmp(&b.0));
            self.index = Self::index_of(&self.records);
        }
    }

    fn clear(&mut self) {
        self.records = Vec::new();
        self.index = HashMap::with_hasher(fixed_state());
        self.taken = 0;
        self.late = HashMap::with_hasher(fixed_state());
    }
}

/// Members of an org anchored by startup-programme verification alone that must have sent from
/// home or mobile lines for it to vouch (see `Scanner::org_startup`).
const ORG_PEOPLE_MIN: u8 = 2;

/// Whether a record's passed verification anchors its org before any request dates it. A
/// startup programme verifies whoever registers a company, and a front registers one days
/// before it starts harvesting (`outside_twentythree`'s front companies: 11-day-old orgs whose
/// every seat was verified): such a verification anchors only once the account's first request
/// shows it `startup_identified_days` old (see `Scanner::anchor_org`), or when its org's card
/// of record sponsors it, as it counts for identification (`features::identified`).
fn anchors_on_record(a: &Signup) -> bool {
    a.verified == Some(true) && (a.signup_channel != Some(SignupChannel::Startup) || a.sponsored)
}

/// Marks the records that are `sponsored` (see [`Signup::sponsored`]): verified, with an
/// org and a card on which verified records of the same org opened at least `gap_ms`
/// earlier are at least as many as those opened since (itself included). An org's card
/// answers for a newcomer, not for a crowd of seats added at once: attacker seats slipped
/// into a real company's org and card outnumber its staff. From the records alone (the org
/// as declared, even where shared servers voided it since), so it never changes during a
/// scan; only a record taken in later ([`Scanner::add_accounts`]) moves it.
fn mark_sponsored(records: &mut [&mut Signup], gap_ms: i64) {
    let mut opened: HashMap<(u64, u64), Vec<i64>, RandomState> =
        HashMap::with_hasher(fixed_state());
    for a in records.iter() {
        if let Some(k) = payer(a) {
            opened.entry(k).or_default().push(a.created_at.millis());
        }
    }
    for times in opened.values_mut() {
        times.sort_unstable();
    }
    for a in records.iter_mut() {
        a.sponsored = payer(a)
            .and_then(|k| opened.get(&k))
            .is_some_and(|times| sponsored_among(times, a.created_at.millis(), gap_ms));
    }
}

/// The (declared org, card) group of a verified account paying with a card: the accounts
/// [`mark_sponsored`] weighs against one another.
fn payer(a: &Signup) -> Option<(u64, u64)> {
    (a.verified == Some(true))
        .then(|| declared_org_key(a).zip(a.card))
        .flatten()
}

/// Whether an account of a payer group created at `created` is sponsored, given the sorted
/// creation times of the whole group (itself included): some accounts opened at least
/// `gap_ms` before it, and at least as many as the rest.
fn sponsored_among(times: &[i64], created: i64, gap_ms: i64) -> bool {
    let cut = created.saturating_sub(gap_ms);
    let seniors = times.partition_point(|&t| t <= cut);
    seniors > 0 && seniors >= times.len() - seniors
}

/// Accounts per card and per declared org over sign-up records (the org as declared, as
/// [`mark_sponsored`] reads it).
fn record_counts<'a>(records: impl Iterator<Item = &'a Signup>) -> (CardCounts, CardCounts) {
    let mut card_df: HashMap<u64, u32, RandomState> = HashMap::with_hasher(fixed_state());
    let mut org_df: HashMap<u64, u32, RandomState> = HashMap::with_hasher(fixed_state());
    for a in records {
        if let Some(k) = card_key(a) {
            *card_df.entry(k).or_default() += 1;
        }
        if let Some(k) = declared_org_key(a) {
            *org_df.entry(k).or_default() += 1;
        }
    }
    (CardCounts::new(card_df), CardCounts::new(org_df))
}

/// Declared orgs of three or more records fewer than `share` of which are verified.
fn thin_orgs<'a>(
    records: impl Iterator<Item = &'a Signup>,
    share: f64,
) -> std::collections::HashSet<u64, RandomState> {
    let mut out = std::collections::HashSet::with_hasher(fixed_state());
    if share <= 0.0 {
        return out;
    }
    let mut n: HashMap<u64, (u32, u32), RandomState> = HashMap::with_hasher(fixed_state());
    for a in records {
        if let Some(k) = declared_org_key(a) {
            let e = n.entry(k).or_default();
            e.0 += 1;
            e.1 += u32::from(a.verified == Some(true));
        }
    }
    out.extend(
        n.into_iter()
            .filter(|&(_, (all, verified))| thin(all, verified, share))
            .map(|(k, _)| k),
    );
    out
}

/// Accounts declaring no org on one card from which the orgs paying with it vouch for no one.
const POOLED_CARD_MIN: u32 = 5;

/// The declared orgs whose members pay with a card that also pays for `POOLED_CARD_MIN` or
/// more accounts declaring no org. A company's card pays for its seats, which declare it; a
/// household's for a few personal accounts. A card that pays both for an org's seats and for
/// a crowd of personal-looking accounts is an operator's: a proxy service registers some of
/// its accounts under a shell company, verified, and the rest as free-mail sign-ups on the
/// same company cards.
fn pooled_card_orgs<'a>(
    records: impl Iterator<Item = &'a Signup>,
) -> std::collections::HashSet<u64, RandomState> {
    let mut no_org: HashMap<u64, u32, RandomState> = HashMap::with_hasher(fixed_state());
    let mut orgs: Vec<(u64, u64)> = Vec::new();
    for a in records {
        let Some(card) = card_key(a) else { continue };
        match declared_org_key(a) {
            Some(k) => orgs.push((card, k)),
            None => *no_org.entry(card).or_default() += 1,
        }
    }
    orgs.into_iter()
        .filter(|(card, _)| no_org.get(card).is_some_and(|&n| n >= POOLED_CARD_MIN))
        .map(|(_, k)| k)
        .collect()
}

/// An org of `all` records, `verified` of them verified, is mostly unverified at `share`.
fn thin(all: u32, verified: u32, share: f64) -> bool {
    share > 0.0 && all >= 3 && f64::from(verified) < share * f64::from(all)
}

/// An account's decision and score from its own state and `extra` evidence from outside it:
/// one function for the scanner and for a re-link's copy of its candidates, so both score alike.
fn verdict_of(
    cfg: &ScanConfig,
    w: &[f64; N_SIGNALS],
    slot: &Slot,
    extra: &[(Family, f64)],
) -> (Decision, f64) {
    let f = slot.features(&cfg.weights.signal_params);
    let (p, d) = score::score(w, &cfg.weights, &f, extra, &cfg.policy.thresholds);
    (d, p)
}

/// Log-odds of an account's own evidence of taking long answers (`harvest_volume`,
/// `output_hunger`, `thinking_harvest`): what a harvester takes, read from token counts, caps
/// and reasoning, never from wording.
fn taken_logit(cfg: &ScanConfig, w: &[f64; N_SIGNALS], slot: &Slot) -> f64 {
    let f = slot.features(&cfg.weights.signal_params);
    [
        Signal::HarvestVolume,
        Signal::OutputHunger,
        Signal::Thinking,
    ]
    .iter()
    .map(|&s| w[s as usize] * f.values[s as usize])
    .sum()
}

/// A stable hash of an address's network (for distinct-address sketches): an IPv4 address,
/// or an IPv6 address's /64. A /64 is one subscriber's link, and hosts on it change their
/// interface identifiers by design (temporary addresses, RFC 8981: a new one a day, or per
/// connection in some stacks), so counting whole IPv6 addresses would make every such
/// customer look like a pool rotating its exits.
pub fn ip_hash(ip: IpAddr) -> u64 {
    match ip {
        IpAddr::V4(v4) => mix(u64::from(u32::from(v4))),
        // Tagged so that no /64 hashes like an IPv4 address.
        IpAddr::V6(v6) => mix(mix((u128::from(v6) >> 64) as u64) ^ 0x6a09_e667_f3bc_c908),
    }
}

impl Scanner {
    /// A scanner over sign-up records `accounts` by id (may be empty; an id given twice
    /// keeps its last record).
    pub fn new(cfg: ScanConfig, accounts: impl IntoIterator<Item = (String, Account)>) -> Self {
        let mut pending = Pending::new(accounts);
        let gap_days = cfg.weights.signal_params.academic_identified_days;
        pending.mark_sponsored((gap_days * Timestamp::DAY as f64) as i64);
        let (card_df, org_df) = record_counts(pending.signups());
        let org_thin = thin_orgs(pending.signups(), cfg.weights.farm.vouch_verified_min);
        let org_pooled_card = pooled_card_orgs(pending.signups());
        let mut org_anchored = std::collections::HashSet::with_hasher(fixed_state());
        let mut org_startup = std::collections::HashSet::with_hasher(fixed_state());
        for a in pending.signups() {
            if let Some(k) = org_key(a).filter(|_| a.verified == Some(true)) {
                if anchors_on_record(a) {
                    org_anchored.insert(k);
                } else {
                    org_startup.insert(k);
                }
            }
        }
        let mut cfg = cfg;
        cfg.releases.sort_by_key(|r| r.released_at);
        let known = known::KnownIndex::new(&cfg);
        // The accounts with a sign-up record are those the export expects to see: room for
        // them up front spares the slots their doubling (up to half again of their size idle,
        // and old and new copies side by side while the vector grows).
        let expected = pending.records.len();
        let id_bytes = pending.records.iter().map(|(id, _)| id.len()).sum();
        Self {
            w: cfg.weights.dense(),
            cfg: Arc::new(cfg),
            analyzer: Analyzer::new(),
            ids: Ids::with_capacity(expected, id_bytes, fixed_state()),
            slots: Vec::with_capacity(expected),
            pending,
            linker: Linker::new(LinkConfig::default()),
            next_relink: None,
            defer: false,
            due: None,
            relinks: 0,
            last_relink: None,
            new_suspects: 0,
            clusters: Vec::new(),
            past: Vec::new(),
            last_ts: i64::MIN,
            known: Arc::new(known),
            card_df: Arc::new(card_df),
            org_df: Arc::new(org_df),
            tally: None,
            org_anchored,
            org_startup,
            org_people: std::collections::HashMap::with_hasher(fixed_state()),
            org_institutional: std::collections::HashSet::with_hasher(fixed_state()),
            org_established: std::collections::HashSet::with_hasher(fixed_state()),
            org_thin,
            org_pooled_card,
            cohort: CohortVerdict::default(),
            cohort_crowded: std::collections::HashSet::with_hasher(fixed_state()),
            waves: std::collections::HashMap::with_hasher(fixed_state()),
            segments: Default::default(),
            drops: DropClock::default(),
            evicted: 0,
            fan_out: fanout::FanOut::default(),
        }
    }

    fn slot(&mut self, account_id: &str) -> usize {
        let (i, new) = self.ids.slot(account_id);
        if !new {
            return i;
        }
        let (meta, signup_links) = self.pending.take(account_id).unzip();
        let restricted = meta
            .as_ref()
            .and_then(|m| m.billing_country.as_deref())
            .is_some_and(|c| self.cfg.policy.is_restricted(c));
        self.slots
            .push(Slot::new(meta, signup_links.as_ref(), restricted));
        i
    }

    /// What the network intelligence says about a request of account `i` from `range`.
    fn net_facts(&self, i: usize, range: Option<&IpRange>) -> NetFacts {
        let billing = self.slots[i]
            .signup
            .as_ref()
            .and_then(|m| m.billing_country.as_deref());
        NetFacts {
            kind: range.map(|r| r.kind),
            restricted: range.is_some_and(|r| self.cfg.policy.is_restricted(&r.country)),
            country: range
                .map(|r| r.country.as_bytes())
                .filter(|c| c.len() == 2)
                .map_or([0; 2], |c| [c[0], c[1]]),
            // A cloud region says where a server runs, not where its owner is.
            geo_mismatch: match (
                range
                    .filter(|r| r.kind != NetKind::Hosting)
                    .map(|r| r.country.as_str()),
                billing,
            ) {
                (Some(ipc), Some(bc)) if !ipc.is_empty() && !bc.is_empty() => {
                    !ipc.eq_ignore_ascii_case(bc)
                }
                _ => false,
            },
            // Set by `fold`, the one caller that counts it.
            provider: 0,
        }
    }

    fn model_facts(&self, ev: &FoldView<'_>) -> ModelFacts {
        let t = ev.ts.millis();
        let mut f = ModelFacts::default();
        for r in &self.cfg.releases {
            let age = t - r.released_at.millis();
            if (0..ADOPTION_WINDOW_MS).contains(&age) {
                f.new_model_available = true;
                f.to_new_model |= r.model == ev.model;
            }
        }
        f
    }

    /// Folds one event (in time order) with the network range of its address, if known.
    pub fn observe(&mut self, ev: &Event, range: Option<&IpRange>) {
        let facts = self.analyzer.analyze(ev);
        self.fold(&FoldView::of(ev), &facts, range, false);
    }

    /// The part of [`observe`](Self::observe) that needs no scan state, for the thread that
    /// parsed the event: its facts and the few fields the fold reads, without the text.
    pub fn detach(analyzer: &mut Analyzer, ev: &Event) -> Detached {
        Self::detach_with(analyzer, ev, false)
    }

    /// [`detach`](Self::detach), keeping the request id too ([`Detached::request_id`]): what a
    /// whole scan needs to keep the requests [`observe_sampled`](Self::observe_sampled) marks.
    /// In the record's one allocation, not a second one per event.
    pub fn detach_with_request_id(analyzer: &mut Analyzer, ev: &Event) -> Detached {
        Self::detach_with(analyzer, ev, true)
    }

    fn detach_with(analyzer: &mut Analyzer, ev: &Event, request_id: bool) -> Detached {
        let facts = analyzer.analyze(ev);
        let fingerprint = ev.client_fingerprint.as_deref();
        let id = if request_id {
            ev.request_id.as_str()
        } else {
            ""
        };
        let mut text = String::with_capacity(
            ev.account_id.len() + ev.model.len() + fingerprint.map_or(0, str::len) + id.len(),
        );
        text.push_str(&ev.account_id);
        text.push_str(&ev.model);
        text.push_str(fingerprint.unwrap_or(""));
        let id_start = request_id.then_some(text.len() as u32);
        text.push_str(id);
        Detached {
            ts: ev.ts,
            ip: ev.ip,
            has_image: ev.has_image.unwrap_or(false),
            facts,
            text: text.into_boxed_str(),
            account_end: ev.account_id.len(),
            model_end: ev.account_id.len() + ev.model.len(),
            has_fingerprint: fingerprint.is_some(),
            id_start,
        }
    }

    /// Folds one event (in time order) made by [`detach`](Self::detach), with the network
    /// range of its address; the same result as [`observe`](Self::observe) of the event.
    pub fn observe_detached(&mut self, ev: &Detached, range: Option<&IpRange>) {
        self.fold(&ev.view(), &ev.facts, range, false);
    }

    /// Folds one event; with `sample`, returns its sample mark (see
    /// [`observe_sampled`](Self::observe_sampled)).
    fn fold(
        &mut self,
        ev: &FoldView<'_>,
        facts: &RequestFacts,
        range: Option<&IpRange>,
        sample: bool,
    ) -> Option<SampleMark> {
        // The events after a re-link read what it sets: a due one the caller left runs now.
        self.run_due();
        let i = self.slot(ev.account_id);
        let mut net = self.net_facts(i, range);
        if self.cfg.weights.segment.providers {
            net.provider = crate::segment::provider_key(range, ev.ip);
        }
        let model = self.model_facts(ev);
        let frame = if facts.frame.words > 0 {
            facts.frame.simhash
        } else {
            0
        };
        // `::ffff:a.b.c.d` is a.b.c.d: one address must not look like two to the linker.
        let ip = ev.ip.to_canonical();
        self.slots[i].links.observe(
            ev.ts.millis(),
            ip,
            range.map(|r| r.asn),
            frame,
            ev.client_fingerprint,
        );
        let mark = if sample {
            self.sample_mark(i, facts, &net, &model)
        } else {
            None
        };
        self.fold_drops(i, ev.ts.millis());
        self.fold_fan_out(i, facts, ev.ts.millis());
        // The account's first request from such a range is the one that tells.
        let st = &self.slots[i].state;
        if matches!(net.kind, Some(NetKind::Education | NetKind::Enterprise))
            && st.net(NetKind::Education) + st.net(NetKind::Enterprise) == 0
        {
            self.note_institutional(i);
        }
        let st = &self.slots[i].state;
        if matches!(net.kind, Some(NetKind::Isp | NetKind::Mobile))
            && st.net(NetKind::Isp) + st.net(NetKind::Mobile) == 0
        {
            self.note_people(i);
        }
        // The subnet a restricted-country request came from: many unrelated accounts leaking
        // through one is an operator's own egress showing through its proxies.
        let leak = net.restricted.then(|| crate::link::subnet_hash32(ip));
        let st = &mut self.slots[i].state;
        st.observe(ev.ts, ip_hash(ip), facts, net, model, ev.has_image);
        if let Some(h) = leak {
            st.set_leak_subnet(h);
        }
        if st.requests == 1 {
            self.anchor_org(i);
            if self.farm_suspect(i) {
                self.new_suspects += 1;
            }
        }
        let slot = &self.slots[i];
        let st = &slot.state;
        // A match of a judged throwaway cohort is decided at once: it may never come back.
        let cohort = self.cohort.any()
            && st.requests <= self.cfg.weights.cohort.brief_max
            && self.cohort_match(i);
        if slot.flagged_at().is_none()
            && (cohort || (st.requests >= 10 && st.requests.is_multiple_of(RESCORE_EVERY)))
        {
            let (decision, _) = self.verdict(i);
            if decision.is_flagged() {
                self.slots[i].flag(ev.ts);
            }
        }
        self.last_ts = self.last_ts.max(ev.ts.millis());
        let every = self.cfg.relink_every_ms;
        if every > 0 {
            let t = ev.ts.millis();
            // A wave of new suspect accounts calls for a re-link before the clock does.
            let wave = self.new_suspects >= EARLY_RELINK_SUSPECTS
                && self
                    .last_relink
                    .is_none_or(|l| t - l.millis() >= EARLY_RELINK_GAP_MS);
            match self.next_relink {
                None if !wave => self.next_relink = Some(t + every),
                Some(due) if t < due && !wave => {}
                _ => {
                    self.next_relink = Some(t + every);
                    if self.defer {
                        self.due = Some(Timestamp(t));
                    } else {
                        self.relink(Timestamp(t), false);
                    }
                }
            }
        }
        mark
    }

    /// Judges the drops whose windows have passed by `t` (crediting the accounts they held),
    /// then notes the account's request at `t` if it starts a session.
    fn fold_drops(&mut self, i: usize, t: i64) {
        let p = &self.cfg.weights.drops;
        let mut held = Vec::new();
        self.drops.advance(p, t, &mut held);
        for o in held {
            if let Some(s) = self.slots.get_mut(o.slot as usize) {
                s.state.note_judged(o.in_drop, o.day, o.chance, p.per_day);
            }
        }
        let st = &mut self.slots[i].state;
        if st.requests == 0 || t - st.last_ts >= p.gap_ms() {
            st.note_onset();
            if let Ok(slot) = u32::try_from(i) {
                self.drops.onset(t, slot);
            }
        }
    }

    /// Judges the text bursts that have ended, counting a fan-out request for each account
    /// of a fan-out one, and notes the request in its text's burst (see `fanout.rs`). Short
    /// prompts ("hi", "continue") are everyone's.
    fn fold_fan_out(&mut self, i: usize, facts: &RequestFacts, t: i64) {
        let rule = self.fan_out_rule();
        let mut counted = Vec::new();
        if facts.prompt_chars < self.cfg.weights.signal_params.fan_out_min_chars {
            self.fan_out.advance(t, &rule, &mut counted);
        } else if let Ok(slot) = u32::try_from(i) {
            let key = mix(facts.frame.simhash ^ mix(facts.payload_hash));
            // Accounts of one declared organisation are one sender; an account without one is
            // its own (the top bit keeps the two kinds of unit apart).
            let unit = match self.slots[i].signup.as_ref().and_then(org_key) {
                Some(org) => org & !(1 << 63),
                None => u64::from(slot) | (1 << 63),
            };
            self.fan_out
                .observe(key, slot, unit, t, &rule, &mut counted);
        }
        self.count_fan_out(counted);
    }

    /// Judges the text bursts still open: the walk is over.
    fn close_fan_out(&mut self) {
        let rule = self.fan_out_rule();
        let mut counted = Vec::new();
        self.fan_out.close(&rule, &mut counted);
        self.count_fan_out(counted);
    }

    fn fan_out_rule(&self) -> fanout::Rule {
        let p = &self.cfg.weights.signal_params;
        fanout::Rule {
            span_ms: (p.fan_out_span_s * 1000.0) as i64,
            quorum: p.fan_out_quorum,
            max_units: p.fan_out_max_senders,
        }
    }

    fn count_fan_out(&mut self, counted: Vec<u32>) {
        for c in counted {
            if let Some(s) = self.slots.get_mut(c as usize) {
                s.state.fan_out = s.state.fan_out.saturating_add(1);
            }
        }
    }

    /// Content-family log-odds of an account on its own (cached until it sends more requests).
    fn content_logit(&mut self, i: usize) -> f64 {
        if let Some(v) = self.slots[i].cached_content() {
            return v;
        }
        let v = self.content_logit_uncached(i);
        self.slots[i].cache_content(v);
        v
    }

    fn content_logit_uncached(&self, i: usize) -> f64 {
        let f = self.slots[i].features(&self.cfg.weights.signal_params);
        Signal::ALL
            .iter()
            .filter(|s| s.family() == Family::Content)
            .map(|&s| self.w[s as usize] * f.values[s as usize])
            .sum()
    }

    /// Evidence from outside the account: its cluster's, its throwaway cohort's, its
    /// harvester wave's and its network segment's (farm evidence from these counts once: the
    /// largest).
    fn extras(&self, i: usize) -> Vec<(Family, f64)> {
        self.extras_with(i, self.slots[i].inherited.as_deref())
    }

    /// [`extras`](Self::extras) as they would be if the account inherited `inherited` (a
    /// re-link reads them without the cluster it is about to replace).
    fn extras_with(&self, i: usize, inherited: Option<&Inherited>) -> Vec<(Family, f64)> {
        let mut v: Vec<(Family, f64)> = inherited.iter().flat_map(|x| x.extra()).collect();
        let farm = inherited.map_or(0.0, |x| x.farm);
        // A wave below its bar for standing alone is a family of its own (see `wave.rs`).
        let (wave, alone) = self.wave_evidence(i);
        let counted = farm.max(self.cohort_logit(i));
        let others = if alone { counted.max(wave) } else { counted };
        if others > farm {
            v.push((Family::Farm, others - farm));
        }
        if !alone && wave > others {
            v.push((Family::Wave, wave - others));
        }
        v.extend(self.segment_extra(i, others.max(wave)));
        v
    }

    /// The larger of the farm evidence an account inherits from its cluster and its cohort.
    fn outside_farm_without_wave(&self, i: usize) -> f64 {
        let farm = self.slots[i].inherited.as_ref().map_or(0.0, |x| x.farm);
        farm.max(self.cohort_logit(i))
    }

    /// Marks of a real customer on the account's own record (a verification of record, see
    /// `verified_of_record`; established long before its first request), each of which
    /// halves the evidence a crowd (wave, segment) lends it.
    fn customer_marks(&self, i: usize) -> i32 {
        i32::from(self.verified_of_record(i)) + i32::from(self.established(i))
    }

    /// The account passed a verification that identifies a customer of record: any but a
    /// young startup-programme one (see [`anchors_on_record`]), which counts only once the
    /// account is `startup_identified_days` old at its first request. (The account model's
    /// `features::verification_counts` asks more: no proxy exits, academic sign-ups on campus.)
    fn verified_of_record(&self, i: usize) -> bool {
        let slot = &self.slots[i];
        slot.signup.as_ref().is_some_and(|a| {
            a.verified == Some(true)
                && (anchors_on_record(a)
                    || slot.age_at_first().is_some_and(|age| {
                        age as f64
                            >= self.cfg.weights.signal_params.startup_identified_days
                                * Timestamp::DAY as f64
                    }))
        })
    }

    /// Marks the account's declared org as vouching when the account, now that its first
    /// request dates it, is a customer of record (see `org_anchored`): established, or
    /// verified where the verification counts (a startup-programme sign-up's only from
    /// `startup_identified_days` old at its first request, or sponsored: see
    /// [`anchors_on_record`]).
    fn anchor_org(&mut self, i: usize) {
        if self.slots[i].signup.is_none() {
            return;
        }
        if !self.verified_of_record(i) && !self.established(i) {
            return;
        }
        if let Some(k) = self.slots[i].signup.as_ref().and_then(org_key) {
            self.org_anchored.insert(k);
            if self.established(i) {
                self.org_established.insert(k);
            }
        }
    }

    /// The account signed up long before its first request (`[farm] established_days`).
    fn established(&self, i: usize) -> bool {
        self.slots[i].age_at_first().is_some_and(|age| {
            age as f64 > self.cfg.weights.farm.established_days * Timestamp::DAY as f64
        })
    }

    /// Counts the account towards its declared org's members seen on home or mobile lines.
    fn note_people(&mut self, i: usize) {
        if let Some(k) = self.slots[i].signup.as_ref().and_then(org_key) {
            let n = self.org_people.entry(k).or_default();
            *n = n.saturating_add(1);
        }
    }

    /// Marks the account's declared org as seen on an institution's network.
    fn note_institutional(&mut self, i: usize) {
        if let Some(k) = self.slots[i].signup.as_ref().and_then(org_key) {
            self.org_institutional.insert(k);
        }
    }

    /// Whether the sign-up record declares an org that vouches for it: one with a customer of
    /// record among its accounts (a verified one counts only in an org whose records are not
    /// mostly unverified; an established one always). A farm fills in an invented company per
    /// account, or per team of fresh unverified accounts, as easily as a name, and verifies a
    /// few of them; every organisation of the data sets has a verified or long-established
    /// account. An unverified account of an education
    /// programme needs more: a class code is what a farm registers one verified "instructor"
    /// for and then fills with unverified "students" who never come near a campus, so its org
    /// vouches only once some member has sent from an education or enterprise range.
    fn vouched(&self, a: &Signup) -> bool {
        org_key(a).is_some_and(|k| {
            (self.org_anchored.contains(&k)
                || (self.org_startup.contains(&k)
                    && self
                        .org_people
                        .get(&k)
                        .is_some_and(|&n| n >= ORG_PEOPLE_MIN)))
                && (!self.org_thin.contains(&k) || self.org_established.contains(&k))
                && !self.org_pooled_card.contains(&k)
                && (a.verified == Some(true)
                    || a.signup_channel != Some(SignupChannel::Education)
                    || self.org_institutional.contains(&k))
        })
    }

    /// The largest farm evidence an account has from its cluster, cohort and wave.
    fn outside_farm_without_segment(&self, i: usize) -> f64 {
        self.outside_farm_without_wave(i).max(self.wave_logit(i))
    }

    fn verdict(&self, i: usize) -> (Decision, f64) {
        self.verdict_with(i, &self.extras(i))
    }

    /// Whether the account's cluster flags it: its own evidence and what its cluster gives,
    /// nothing from cohorts, waves or segments. Such an account is explained by its cluster;
    /// one its cluster leaves at `allow` is not (a farm split into small linked teams that no
    /// cluster judges must still be counted where it is a crowd).
    fn flagged_by_cluster(&self, i: usize) -> bool {
        self.slots[i]
            .inherited
            .as_ref()
            .is_some_and(|x| self.verdict_with(i, &x.extra()).0.is_flagged())
    }

    fn verdict_with(&self, i: usize, extra: &[(Family, f64)]) -> (Decision, f64) {
        verdict_of(&self.cfg, &self.w, &self.slots[i], extra)
    }

    /// Bytes the scan keeps inline per account, in its slot (behaviour state, link sketches,
    /// sign-up record, inherited evidence, caches) and its id's offset and table slot: what an
    /// account with a few requests costs, before the sketches that grow with its traffic.
    pub fn inline_bytes_per_account() -> usize {
        std::mem::size_of::<Slot>() + Ids::BYTES_PER_ID
    }

    /// Number of accounts held: seen, and not evicted as idle since they last sent.
    pub fn accounts(&self) -> usize {
        self.ids.len()
    }

    /// The current finding of one account (decision, score, reasons, cluster) as the scan
    /// stands, without a final re-link or ending the scan; `None` for an account never seen.
    /// Cluster evidence is that of the latest periodic re-link. `None` too for an account
    /// evicted as idle (see [`ScanConfig::evict_idle_ms`]) that has not sent since.
    pub fn current_finding(&self, account_id: &str) -> Option<AccountFinding> {
        self.ids.find(account_id).map(|i| self.finding(i))
    }

    /// Per-account state, for fitting and inspection.
    pub fn states(&self) -> impl Iterator<Item = (&str, &AccountState, Option<&Signup>, bool)> {
        self.slots.iter().enumerate().map(|(i, s)| {
            (
                self.ids.get(i),
                &s.state,
                s.signup.as_ref(),
                s.billing_restricted,
            )
        })
    }

    /// Each account's signal values and the log-odds it inherits from outside itself (cluster,
    /// cohort, wave, segment) after a last re-link, for fitting the account model with that
    /// evidence as a fixed offset: a fit that never sees it sets a bias under which cohorts the
    /// campaign layer lends evidence to cross the line (the offsets are those of the current
    /// weights, a one-step approximation of a fit that re-links as it goes).
    pub fn fit_rows(&mut self) -> Vec<(String, features::Features, f64)> {
        self.pending.clear();
        if self.last_ts > i64::MIN {
            self.relink(Timestamp(self.last_ts), true);
        }
        (0..self.ids.len())
            .map(|i| {
                let f = self.slots[i].features(&self.cfg.weights.signal_params);
                let offset = self.extras(i).iter().map(|(_, c)| c).sum();
                (self.ids.get(i).to_string(), f, offset)
            })
            .collect()
    }

    /// Final findings and clusters (after a last re-link), each sorted by descending score then id.
    /// Ends the scan: sign-up records of accounts not seen in the events are dropped.
    pub fn finish(&mut self) -> (Vec<AccountFinding>, Vec<ClusterFinding>) {
        let done = self.finalize();
        let findings = done.findings().collect();
        (findings, done.clusters)
    }

    /// Ends the scan like [`finish`](Self::finish), but builds each account's finding only
    /// when [`Finished::findings`] reaches it: the findings of every account (a few hundred
    /// bytes each, with their reasons and explanation) never exist at once, so a writer can
    /// stream them out while the scan state is still alive.
    pub fn finalize(&mut self) -> Finished<'_> {
        // Sign-up records of accounts that never sent a request are not reported: free them
        // before the last link, where the scan's memory peaks.
        self.pending.clear();
        self.run_due();
        self.close_fan_out();
        if self.last_ts > i64::MIN {
            self.relink(Timestamp(self.last_ts), true);
        }
        let mut flagged = Vec::new();
        let scores: Vec<f64> = (0..self.ids.len())
            .map(|i| {
                let (decision, p) = self.verdict(i);
                if decision.is_flagged() {
                    flagged.push(i as u32);
                }
                p
            })
            .collect();
        // The order of `accounts.jsonl`: rounded score descending, then id.
        let mut order: Vec<u32> = (0..self.ids.len() as u32).collect();
        order.sort_unstable_by(|&a, &b| {
            let (a, b) = (a as usize, b as usize);
            score::round3(scores[b])
                .total_cmp(&score::round3(scores[a]))
                .then_with(|| self.ids.get(a).cmp(self.ids.get(b)))
        });
        let clusters = self.cluster_findings(&scores);
        Finished {
            scanner: self,
            order,
            flagged,
            wanted: None,
            samples: evidence::Samples::new(),
            clusters,
        }
    }

    /// The finding of one account after the last re-link.
    fn finding(&self, i: usize) -> AccountFinding {
        let slot = &self.slots[i];
        let (f, values) = features::compute(
            &self.cfg.weights.signal_params,
            &slot.state,
            slot.signup.as_ref(),
            slot.billing_restricted,
        );
        let inherited = slot.inherited.as_ref();
        let extra = self.extras(i);
        let (p, decision) = score::score(
            &self.w,
            &self.cfg.weights,
            &f,
            &extra,
            &self.cfg.policy.thresholds,
        );
        let first = if decision.is_flagged() {
            Some(slot.flagged_at().unwrap_or(Timestamp(slot.state.last_ts)))
        } else {
            slot.flagged_at()
        };
        let mut cluster_reasons = inherited.map(|x| x.reasons.clone()).unwrap_or_default();
        cluster_reasons.extend(self.cohort_reason(i));
        cluster_reasons.extend(self.wave_reason(i));
        cluster_reasons.extend(self.segment_reason(i));
        AccountFinding {
            account_id: self.ids.get(i).to_string(),
            score: score::round3(p),
            decision,
            first_flagged_at: first,
            cluster_id: inherited.map(|x| x.cluster_id.clone()),
            reasons: score::reasons(&self.w, &values, cluster_reasons),
            explain: Some(score::explain(&self.w, &self.cfg.weights, &f, &extra)),
        }
    }

    fn cluster_findings(&self, scores: &[f64]) -> Vec<ClusterFinding> {
        let mut out: Vec<ClusterFinding> = self
            .clusters
            .iter()
            .map(|sc| {
                let members = &sc.cluster.members;
                let mean = members.iter().map(|&m| scores[m as usize]).sum::<f64>()
                    / members.len().max(1) as f64;
                let score = campaign::campaign_score(
                    &self.cfg.weights.campaign,
                    sc.coordination,
                    sc.distillation,
                    mean,
                    self.cfg.weights.bias,
                    sc.farm.logit,
                );
                let mut accounts: Vec<String> = members
                    .iter()
                    .map(|&m| self.ids.get(m as usize).to_string())
                    .collect();
                accounts.sort();
                let mut links: Vec<ClusterLink> = sc
                    .cluster
                    .links
                    .iter()
                    .map(|l| ClusterLink {
                        kind: l.kind.code().to_string(),
                        value: l.render(&self.cfg.hash_key, &self.cfg.hash_key_id),
                        accounts: u64::from(l.accounts),
                    })
                    .collect();
                for (actor, n) in &sc.known_actors {
                    links.push(ClusterLink {
                        kind: "known_actor".into(),
                        value: actor.clone(),
                        accounts: *n,
                    });
                }
                if let Some(p) = &sc.successor_of {
                    links.push(ClusterLink {
                        kind: "successor_of".into(),
                        value: p.clone(),
                        accounts: members.len() as u64,
                    });
                }
                let mut caps = [0u64; 8];
                let mut requests = 0u64;
                for &m in members {
                    let st = &self.slots[m as usize].state;
                    requests += u64::from(st.requests);
                    for (c, n) in caps.iter_mut().zip(st.capabilities) {
                        *c += u64::from(n);
                    }
                }
                let capabilities = Capability::ALL
                    .iter()
                    .map(|c| {
                        (
                            c.as_str().to_string(),
                            score::round3(caps[c.index()] as f64 / requests.max(1) as f64),
                        )
                    })
                    .collect();
                ClusterFinding {
                    cluster_id: sc.cluster.id.clone(),
                    accounts,
                    score,
                    decision: self.cfg.policy.thresholds.decide(score),
                    links,
                    capabilities,
                    first_seen: Timestamp(sc.first_seen),
                    last_seen: Timestamp(sc.last_seen),
                    requests,
                }
            })
            .collect();
        out.sort_by(|a, b| {
            b.score
                .total_cmp(&a.score)
                .then_with(|| a.cluster_id.cmp(&b.cluster_id))
        });
        out
    }
}

/// A finished scan: the clusters, and the accounts' findings built one at a time in the order
/// of `accounts.jsonl` (see [`Scanner::finalize`]).
pub struct Finished<'a> {
    scanner: &'a Scanner,
    /// Account slots by rounded score descending, then id.
    order: Vec<u32>,
    /// Slots of flagged accounts, ascending (after `evidence_wanted`, those with reasons a
    /// request can show).
    flagged: Vec<u32>,
    /// The request-level signals among the reasons of each of `flagged` (once narrowed).
    wanted: Option<Vec<u32>>,
    /// Sample requests behind their reasons (see [`Finished::add_evidence`]).
    samples: evidence::Samples,
    /// Every cluster, sorted by score descending, then id.
    pub clusters: Vec<ClusterFinding>,
}

impl Finished<'_> {
    /// Number of accounts (findings to come).
    pub fn accounts(&self) -> usize {
        self.order.len()
    }

    /// Each cluster's shared values (kind and payload) and heaviest frame SimHashes, with its
    /// id: what `dg-intel` turns into shareable indicators.
    pub fn cluster_evidence(&self) -> impl Iterator<Item = (&str, &[LinkEvidence], &[u64])> + '_ {
        self.scanner.clusters.iter().map(|sc| {
            (
                sc.cluster.id.as_str(),
                sc.cluster.links.as_slice(),
                sc.frames.as_slice(),
            )
        })
    }

    /// Every account's finding, by score descending then id, each built when reached.
    pub fn findings(&self) -> impl Iterator<Item = AccountFinding> + '_ {
        self.order.iter().map(|&i| {
            let mut f = self.scanner.finding(i as usize);
            for r in &mut f.reasons {
                if let Some(ids) = self.samples.of(i, &r.code) {
                    r.evidence = ids.to_vec();
                }
            }
            f
        })
    }
}
