//! A scanner's state as plain data, for a long-running caller (`distillguard serve`) that
//! saves it and restores it at start instead of folding every stored event again.
//!
//! Only what the events built is kept: per-account behaviour and link attributes, inherited
//! cluster evidence, the scored clusters, remembered campaigns, the cohort and wave verdicts,
//! the orgs vouching for their accounts, the onset counts and drops, the eviction count and the
//! re-link clock. Accounts evicted as idle are absent, so their records are among those waiting
//! after a restore, as they were before it. What the configuration or the sign-up records determine (weights,
//! known indicators, card and org counts, each account's sign-up record, the records still
//! waiting) is rebuilt from them at restore, so a snapshot is valid only for the same
//! configuration and the same sign-up records: [`fingerprint`] names the first, the caller
//! checks the second.
//!
//! The encoding is the caller's (any serde format); this module makes sure the data round
//! trips and that a restored scanner folds on exactly as the saved one would. Per-account
//! fields are saved a list per field (a column of the scanner's slots), as they were when the
//! scanner kept a vector per field: the format did not change with the slots.

use std::collections::{HashMap, HashSet};
use std::net::IpAddr;
use std::sync::{Mutex, OnceLock, PoisonError};

use dg_model::{Account, Timestamp};
use serde::{Deserialize, Serialize, Serializer};
use sha2::{Digest, Sha256};

use super::fanout::{FanOut, FanOutState};
use super::past::PastCampaign;
use super::segment_facts::Segments;
use super::slot::{ContentCache, Slot};
use super::{fixed_state, Inherited, ScanConfig, Scanner, Scored};
use crate::account::AccountState;
use crate::cohort::CohortVerdict;
use crate::drops::DropClock;
use crate::link::AccountLinks;
use crate::request::Analyzer;
use crate::wave::{WaveFacts, WaveVerdict};

/// Version of the layout below and of every struct it contains. Bump it when a snapshotted
/// struct changes shape or what it holds means something else (11: IPv6 addresses enter the
/// distinct-address sketch by their /64; 12: accounts count fan-out requests, and the
/// scanner keeps the last minutes' bursts; 13: accounts keep their leak subnet and its peers; 14:
/// accounts remember that shared servers voided their org; 15: segment facts count the matches
/// their clusters flag; 16: and the matches with customer marks; 17: accounts keep the provider
/// carrying most of their requests, and provider segments are kept; 18: the cohort is judged
/// in two bands, client by client; 19: orgs anchored by an established member are kept):
/// [`fingerprint`] then
/// differs, and old snapshots are replayed over instead of being misread.
pub const FORMAT_VERSION: u32 = 20;

/// Why a snapshot cannot be restored.
#[derive(Debug, thiserror::Error)]
pub enum SnapshotError {
    /// The data decoded but does not describe a consistent scanner.
    #[error("inconsistent snapshot: {0}")]
    Inconsistent(String),
}

/// A borrowed view of a scanner's state, to serialize.
#[derive(Serialize)]
pub struct StateRef<'a> {
    ids_text: &'a str,
    ids_ends: &'a [usize],
    states: Column<'a, &'a AccountState>,
    /// As event times in ms.
    flagged_at: Column<'a, Option<i64>>,
    links: Column<'a, &'a AccountLinks>,
    next_relink: Option<i64>,
    /// A re-link left to the caller and not applied yet: the restored scanner runs it before
    /// it folds again, as the saved one would have.
    relink_due: Option<i64>,
    last_relink: Option<i64>,
    new_suspects: u32,
    inherited: Column<'a, &'a Option<Box<Inherited>>>,
    clusters: &'a [Scored],
    past: &'a [PastCampaign],
    last_ts: i64,
    /// As (request count, log-odds) pairs: the sample counts beside them are not saved (see
    /// [`Scanner::observe_sampled`]).
    content_cache: Column<'a, (u32, f64)>,
    cohort: &'a CohortVerdict,
    cohort_crowded: Vec<IpAddr>,
    waves: Vec<(u32, (WaveFacts, WaveVerdict))>,
    segments: &'a Segments,
    /// Saved rather than rebuilt: an org anchored by an account since evicted keeps vouching.
    org_anchored: Vec<u64>,
    /// Saved for the same reason: the request from an institution's range may be long gone.
    org_institutional: Vec<u64>,
    /// Saved for the same reason: the members seen on home or mobile lines, by org.
    org_people: Vec<(u64, u8)>,
    /// Saved for the first reason: the established member may be evicted.
    org_established: Vec<u64>,
    drops: &'a DropClock,
    evicted: u64,
    fan_out: FanOutState,
}

/// A scanner's state as decoded, to restore with [`Scanner::restore`].
#[derive(Deserialize)]
pub struct State {
    ids_text: String,
    ids_ends: Vec<usize>,
    states: Vec<AccountState>,
    flagged_at: Vec<Option<i64>>,
    links: Vec<AccountLinks>,
    next_relink: Option<i64>,
    /// A re-link left to the caller and not applied yet: the restored scanner runs it before
    /// it folds again, as the saved one would have.
    relink_due: Option<i64>,
    last_relink: Option<i64>,
    new_suspects: u32,
    inherited: Vec<Option<Box<Inherited>>>,
    clusters: Vec<Scored>,
    past: Vec<PastCampaign>,
    last_ts: i64,
    content_cache: Vec<(u32, f64)>,
    cohort: CohortVerdict,
    cohort_crowded: Vec<IpAddr>,
    waves: Vec<(u32, (WaveFacts, WaveVerdict))>,
    segments: Segments,
    org_anchored: Vec<u64>,
    org_institutional: Vec<u64>,
    org_people: Vec<(u64, u8)>,
    org_established: Vec<u64>,
    drops: DropClock,
    evicted: u64,
    fan_out: FanOutState,
}

/// One field of every slot, serialized as a sequence in slot order.
struct Column<'a, T> {
    slots: &'a [Slot],
    field: fn(&'a Slot) -> T,
}

impl<'a, T> Column<'a, T> {
    fn new(slots: &'a [Slot], field: fn(&'a Slot) -> T) -> Self {
        Self { slots, field }
    }
}

impl<T: Serialize> Serialize for Column<'_, T> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(self.slots.iter().map(self.field))
    }
}

impl Scanner {
    /// The state to save (see the module documentation for what is left out and why).
    pub fn state(&self) -> StateRef<'_> {
        // Every field named, none skipped with `..`: a field added to the scanner fails to
        // compile here until someone decides whether a snapshot must carry it. Without this,
        // a restored scanner would silently start that field afresh and drift from a replay.
        let Scanner {
            cfg: _,
            w: _,
            analyzer: _,
            ids,
            // A list per saved field, below (which fields: see the guard in `slot.rs`).
            slots,
            pending: _,
            linker: _,
            next_relink,
            // A mode of the caller's, not state: a restored scanner runs re-links in line
            // until its caller defers them again.
            defer: _,
            due,
            // Outputs of re-links computed before the snapshot never meet the restored scanner.
            relinks: _,
            last_relink,
            new_suspects,
            clusters,
            past,
            last_ts,
            known: _,
            card_df: _,
            org_df: _,
            // Derived from the sign-up records, which a restore reads anew.
            tally: _,
            org_anchored,
            org_institutional,
            org_people,
            org_established,
            // Derived from the sign-up records, which a restore reads anew.
            org_thin: _,
            org_pooled_card: _,
            org_startup: _,
            cohort,
            cohort_crowded,
            waves,
            segments,
            drops,
            evicted,
            fan_out,
        } = self;
        let (ids_text, ids_ends) = ids.parts();
        let mut waves: Vec<_> = waves.iter().map(|(k, v)| (*k, *v)).collect();
        // Sorted so that equal states encode to equal bytes.
        waves.sort_unstable_by_key(|w| w.0);
        let mut crowded: Vec<IpAddr> = cohort_crowded.iter().copied().collect();
        crowded.sort_unstable();
        let mut org_anchored: Vec<u64> = org_anchored.iter().copied().collect();
        org_anchored.sort_unstable();
        let mut org_institutional: Vec<u64> = org_institutional.iter().copied().collect();
        org_institutional.sort_unstable();
        let mut org_established: Vec<u64> = org_established.iter().copied().collect();
        org_established.sort_unstable();
        let mut org_people: Vec<(u64, u8)> = org_people.iter().map(|(k, n)| (*k, *n)).collect();
        org_people.sort_unstable();
        StateRef {
            ids_text,
            ids_ends,
            states: Column::new(slots, |s| &s.state),
            flagged_at: Column::new(slots, |s| s.flagged_at().map(Timestamp::millis)),
            links: Column::new(slots, |s| &s.links),
            next_relink: *next_relink,
            relink_due: due.map(Timestamp::millis),
            last_relink: last_relink.map(Timestamp::millis),
            new_suspects: *new_suspects,
            inherited: Column::new(slots, |s| &s.inherited),
            clusters,
            past,
            last_ts: *last_ts,
            content_cache: Column::new(slots, |s| (s.content.requests, s.content.logit)),
            cohort,
            cohort_crowded: crowded,
            waves,
            segments,
            org_anchored,
            org_institutional,
            org_people,
            org_established,
            drops,
            evicted: *evicted,
            fan_out: fan_out.state(),
        }
    }

    /// A scanner over `cfg` and the sign-up records `accounts` with the saved `state`: it
    /// answers and folds on exactly as the scanner that was saved, provided the configuration
    /// has the same [`fingerprint`] and the records are the same.
    pub fn restore(
        cfg: ScanConfig,
        accounts: impl IntoIterator<Item = (String, Account)>,
        state: State,
    ) -> Result<Self, SnapshotError> {
        let n = state.ids_ends.len();
        let bad = |what: &str| SnapshotError::Inconsistent(what.to_string());
        if [
            state.states.len(),
            state.flagged_at.len(),
            state.links.len(),
            state.inherited.len(),
            state.content_cache.len(),
        ]
        .iter()
        .any(|&len| len != n)
        {
            return Err(bad("per-account lists of different lengths"));
        }
        // Account numbers index the slots: one out of range would panic later.
        let in_range = |m: &u32| (*m as usize) < n;
        if !state
            .clusters
            .iter()
            .all(|c| c.cluster.members.iter().all(in_range))
            || !state.past.iter().all(|p| p.members.iter().all(in_range))
            || !state.waves.iter().all(|(k, _)| in_range(k))
            || !state.drops.pending_slots().all(|k| in_range(&k))
            || !state.fan_out.slots().all(|k| in_range(&k))
        {
            return Err(bad("an account number out of range"));
        }
        let mut s = Scanner::new(cfg, accounts);
        // Numbering the ids in their saved order takes each seen account's sign-up record out
        // of the waiting ones and rebuilds what is derived from it, as the fold did.
        let mut start = 0;
        for (i, &end) in state.ids_ends.iter().enumerate() {
            let id = state
                .ids_text
                .get(start..end)
                .ok_or_else(|| bad("an account id out of its text"))?;
            if s.ids.find(id).is_some() || s.slot(id) != i {
                return Err(bad("an account id given twice"));
            }
            start = end;
        }
        if start != state.ids_text.len() {
            return Err(bad("text after the last account id"));
        }
        let columns = state
            .states
            .into_iter()
            .zip(state.flagged_at)
            .zip(state.links)
            .zip(state.inherited)
            .zip(state.content_cache);
        for (slot, ((((st, flagged_at), links), inherited), (requests, logit))) in
            s.slots.iter_mut().zip(columns)
        {
            slot.state = st;
            if let Some(t) = flagged_at {
                slot.flag(Timestamp(t));
            }
            // The saved links hold the sign-up attributes already.
            slot.links = links;
            slot.inherited = inherited;
            slot.content = ContentCache {
                requests,
                logit,
                ..ContentCache::default()
            };
        }
        s.next_relink = state.next_relink;
        s.due = state.relink_due.map(Timestamp);
        s.last_relink = state.last_relink.map(Timestamp);
        s.new_suspects = state.new_suspects;
        s.clusters = state.clusters;
        s.past = state.past;
        s.last_ts = state.last_ts;
        s.cohort = state.cohort;
        s.cohort_crowded = HashSet::with_hasher(fixed_state());
        s.cohort_crowded.extend(state.cohort_crowded);
        s.waves = HashMap::with_hasher(fixed_state());
        s.waves.extend(state.waves);
        s.segments = state.segments;
        s.drops = state.drops;
        s.evicted = state.evicted;
        s.fan_out = FanOut::restore(state.fan_out);
        // Rebuilt as the fold built it (each account's org anchored at its first request), and
        // the saved ones added: orgs anchored by accounts evicted since.
        for i in 0..n {
            if s.slots[i].state.requests > 0 {
                s.anchor_org(i);
            }
        }
        s.org_anchored.extend(state.org_anchored);
        s.org_institutional.extend(state.org_institutional);
        s.org_people.extend(state.org_people);
        s.org_established.extend(state.org_established);
        // The sign-up records were read anew: the orgs that shared servers voided stay void
        // (after anchoring, as in the fold, where an org is anchored at its first request).
        for slot in &mut s.slots {
            if slot.state.server_orgs() > 0 {
                slot.void_org();
            }
        }
        Ok(s)
    }
}

/// Names everything a snapshot's meaning depends on besides the events and the sign-up
/// records: the format, this crate's version, the request analyser's behaviour (a change of
/// cue tables changes stored frame hashes), the sizes of the snapshotted structs, and the
/// whole scan configuration (policy, weights, releases, re-link period, keys, indicators).
/// Hex SHA-256; the keys enter only hashed.
pub fn fingerprint(cfg: &ScanConfig) -> String {
    use std::mem::size_of;
    let mut h = Sha256::new();
    h.update(FORMAT_VERSION.to_le_bytes());
    h.update(env!("CARGO_PKG_VERSION").as_bytes());
    h.update(analyzer_fingerprint().to_le_bytes());
    for size in [
        size_of::<AccountState>(),
        size_of::<AccountLinks>(),
        size_of::<Inherited>(),
        size_of::<Scored>(),
        size_of::<PastCampaign>(),
        size_of::<CohortVerdict>(),
        size_of::<WaveFacts>(),
        size_of::<WaveVerdict>(),
        size_of::<crate::request::RequestFacts>(),
    ] {
        h.update((size as u64).to_le_bytes());
    }
    // `Debug` of the configuration is deterministic (no hash maps inside) and covers every
    // field; the sharing key's own `Debug` hides the key, so it is added apart.
    h.update(format!("{cfg:?}").as_bytes());
    if let Some(k) = &cfg.sharing_key {
        h.update(&k.key);
    }
    h.finalize()
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect::<String>()
}

/// A hash of what the request analyser makes of a fixed set of prompts (the golden corpus of
/// its regression test, bare and with a system prompt): it changes when the cue tables, the
/// classification or the frame hashing change, which would make saved frame hashes and
/// capability counts disagree with the events folded after a restore. Computed once.
pub fn analyzer_fingerprint() -> u64 {
    static FP: OnceLock<u64> = OnceLock::new();
    *FP.get_or_init(|| {
        let prompts: Vec<String> =
            serde_json::from_str(include_str!("../request/golden_corpus.json")).unwrap_or_default();
        let mut analyzer = Analyzer::new();
        let mut h = Sha256::new();
        for (k, p) in prompts.into_iter().enumerate() {
            let mut ev = crate::request::probe_event(p);
            h.update(format!("{:?}", analyzer.analyze(&ev)).as_bytes());
            if k % 3 == 0 {
                ev.system = Some("You are a helpful assistant. Think step by step.".into());
                h.update(format!("{:?}", analyzer.analyze(&ev)).as_bytes());
            }
        }
        let d = h.finalize();
        u64::from_le_bytes([d[0], d[1], d[2], d[3], d[4], d[5], d[6], d[7]])
    })
}

/// Serde for a full HyperLogLog register array (serde's arrays stop at 32 elements): bytes.
pub(crate) mod registers {
    use serde::{Deserialize, Deserializer, Serializer};

    /// Writes the registers as one byte string.
    pub fn serialize<S: Serializer, T, const N: usize>(v: &T, s: S) -> Result<S::Ok, S::Error>
    where
        T: std::ops::Deref<Target = [u8; N]>,
    {
        s.serialize_bytes(&v[..])
    }

    /// Reads registers written by [`serialize`]; another length is an error.
    pub fn deserialize<'de, D: Deserializer<'de>, const N: usize>(
        d: D,
    ) -> Result<Box<[u8; N]>, D::Error> {
        let v: serde_bytes_buf::Buf = Deserialize::deserialize(d)?;
        let arr: [u8; N] =
            v.0.try_into()
                .map_err(|_| serde::de::Error::custom("register array of the wrong length"))?;
        Ok(Box::new(arr))
    }

    mod serde_bytes_buf {
        use serde::de::{Error, SeqAccess, Visitor};
        use serde::{Deserialize, Deserializer};

        /// A byte string read from bytes or from a sequence of integers.
        pub struct Buf(pub Vec<u8>);

        impl<'de> Deserialize<'de> for Buf {
            fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                struct V;
                impl<'de> Visitor<'de> for V {
                    type Value = Buf;
                    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                        f.write_str("a byte string")
                    }
                    fn visit_bytes<E: Error>(self, v: &[u8]) -> Result<Buf, E> {
                        Ok(Buf(v.to_vec()))
                    }
                    fn visit_byte_buf<E: Error>(self, v: Vec<u8>) -> Result<Buf, E> {
                        Ok(Buf(v))
                    }
                    fn visit_seq<A: SeqAccess<'de>>(self, mut a: A) -> Result<Buf, A::Error> {
                        let mut out = Vec::new();
                        while let Some(b) = a.next_element::<u8>()? {
                            out.push(b);
                        }
                        Ok(Buf(out))
                    }
                }
                d.deserialize_byte_buf(V)
            }
        }
    }
}

/// Serde for a cluster's [`FarmVerdict`](crate::farm::FarmVerdict) through a mirror with owned
/// strings (its pieces' codes are `&'static str`). Fields are listed in full on both sides: a
/// field added to the verdict fails to compile here rather than be dropped from snapshots.
pub(crate) mod farm_verdict {
    use serde::{Deserialize, Deserializer, Serialize, Serializer};

    use crate::farm::{FarmPiece, FarmVerdict};

    #[derive(Serialize, Deserialize)]
    struct Piece {
        code: String,
        strength: f64,
        detail: String,
    }

    #[derive(Serialize, Deserialize)]
    struct Verdict {
        farm: f64,
        targeting: f64,
        logit: f64,
        origin: Vec<Piece>,
        operation: Vec<Piece>,
        targeting_detail: String,
    }

    fn piece(p: &FarmPiece) -> Piece {
        let FarmPiece {
            code,
            strength,
            detail,
        } = p;
        Piece {
            code: code.to_string(),
            strength: *strength,
            detail: detail.clone(),
        }
    }

    /// Writes the verdict through its mirror.
    pub fn serialize<S: Serializer>(v: &FarmVerdict, s: S) -> Result<S::Ok, S::Error> {
        let FarmVerdict {
            farm,
            targeting,
            logit,
            origin,
            operation,
            targeting_detail,
        } = v;
        Verdict {
            farm: *farm,
            targeting: *targeting,
            logit: *logit,
            origin: origin.iter().map(piece).collect(),
            operation: operation.iter().map(piece).collect(),
            targeting_detail: targeting_detail.clone(),
        }
        .serialize(s)
    }

    /// Reads a verdict written by [`serialize`].
    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<FarmVerdict, D::Error> {
        let v = Verdict::deserialize(d)?;
        let back = |p: Vec<Piece>| -> Vec<FarmPiece> {
            p.into_iter()
                .map(|p| FarmPiece {
                    code: super::static_code(p.code),
                    strength: p.strength,
                    detail: p.detail,
                })
                .collect()
        };
        Ok(FarmVerdict {
            farm: v.farm,
            targeting: v.targeting,
            logit: v.logit,
            origin: back(v.origin),
            operation: back(v.operation),
            targeting_detail: v.targeting_detail,
        })
    }
}

/// A farm piece's code as the `&'static str` the scorer uses: each distinct code is leaked
/// once per process (a few dozen short strings), never once per read.
fn static_code(s: String) -> &'static str {
    static CODES: OnceLock<Mutex<HashSet<&'static str>>> = OnceLock::new();
    let mut codes = CODES
        .get_or_init(Default::default)
        .lock()
        .unwrap_or_else(PoisonError::into_inner);
    if let Some(&c) = codes.get(s.as_str()) {
        return c;
    }
    let c: &'static str = Box::leak(s.into_boxed_str());
    codes.insert(c);
    c
}

/// Serde for a [`Timestamp`] as epoch milliseconds (its own serde writes RFC 3339 text).
pub(crate) mod millis {
    use dg_model::Timestamp;
    use serde::{Deserialize, Deserializer, Serializer};

    /// Writes the milliseconds.
    pub fn serialize<S: Serializer>(t: &Timestamp, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_i64(t.millis())
    }

    /// Reads the milliseconds.
    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Timestamp, D::Error> {
        i64::deserialize(d).map(Timestamp)
    }
}
