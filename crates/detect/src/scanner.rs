//! The scan engine: walks events in time order, keeps per-account state, scores accounts and
//! records when each first left `allow`. Pure: the caller reads files and looks up addresses.

use std::collections::{BTreeMap, HashMap};
use std::net::IpAddr;

use ahash::RandomState;
use dg_model::{
    Account, AccountFinding, Capability, ClusterFinding, ClusterLink, Decision, Event, IpRange,
    NetKind, Policy, Reason, Release, Timestamp,
};

use crate::account::sketch::mix;
use crate::account::{AccountState, ModelFacts, NetFacts};
use crate::campaign;
use crate::consolidate;
use crate::features::{self, Family, Signal, N_SIGNALS};
use crate::link::{AccountLinks, Cluster, LinkConfig, Linker};
use crate::request::{Analyzer, RequestFacts};
use crate::score::{self, Weights};

/// How long after its release a model counts as new (for the pivot signal).
pub const ADOPTION_WINDOW_MS: i64 = 2 * Timestamp::DAY;

/// Re-score an account every this many of its requests (and at the end of the scan).
const RESCORE_EVERY: u32 = 16;

/// Default period of re-linking clusters in event time.
pub const RELINK_EVERY_MS: i64 = 3 * Timestamp::HOUR;

/// A successor may start this long before the campaign it takes over goes quiet.
const TAKEOVER_OVERLAP_MS: i64 = 6 * Timestamp::HOUR;

/// Log-odds a successor inherits from the flagged campaign whose workload it takes over.
pub const SUCCESSOR_WEIGHT: f64 = 2.0;

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
}

/// One known indicator: a link kind (`payment`, `ip`, `email_pattern`, ...), its raw value (or
/// an already keyed `hmac-sha256:` value) and the actor it belongs to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Indicator {
    pub kind: String,
    pub value: String,
    pub actor: String,
}

/// Log-odds a match with a known actor's indicator adds to a cluster's members.
pub const KNOWN_ACTOR_WEIGHT: f64 = 3.0;

impl ScanConfig {
    /// A configuration with the policy's key and the default re-link period.
    pub fn new(policy: Policy, weights: Weights, releases: Vec<Release>) -> Self {
        let (hash_key, hash_key_id) = if policy.hash_key.is_empty() {
            // Deterministic but public: fine for a demo, not for sharing (the CLI warns).
            (b"distillguard-unkeyed-demo".to_vec(), "unkeyed".to_string())
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
        }
    }
}

/// What an account inherits from the cluster it was linked into.
#[derive(Debug, Clone)]
struct Inherited {
    cluster: usize,
    logit: f64,
    reasons: Vec<Reason>,
}

/// A linked cluster as last scored.
#[derive(Debug, Clone)]
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
}

/// A cluster that was flagged at some relink: its workload, to recognise successors.
#[derive(Debug, Clone)]
struct PastCampaign {
    id: String,
    members: Vec<u32>,
    frames: Vec<u64>,
    first_seen: i64,
    last_seen: i64,
}

/// Members of a flagged campaign that every periodic re-link includes, so that accounts joining
/// the campaign later link to it without re-linking all of it.
const ANCHORS_PER_CAMPAIGN: usize = 16;

/// Workload frames remembered per flagged campaign, across sightings.
const MAX_CAMPAIGN_FRAMES: usize = 24;

impl PastCampaign {
    /// Takes in another sighting of the same campaign: the union of what each saw.
    fn absorb(&mut self, other: PastCampaign) {
        self.members = union_sorted(&self.members, &other.members);
        for f in other.frames {
            if self.frames.len() < MAX_CAMPAIGN_FRAMES && !self.frames.contains(&f) {
                self.frames.push(f);
            }
        }
        self.first_seen = self.first_seen.min(other.first_seen);
        self.last_seen = self.last_seen.max(other.last_seen);
    }
}

/// The sorted union of two ascending lists.
fn union_sorted(a: &[u32], b: &[u32]) -> Vec<u32> {
    let mut v = Vec::with_capacity(a.len() + b.len());
    v.extend_from_slice(a);
    v.extend_from_slice(b);
    v.sort_unstable();
    v.dedup();
    v
}

/// An event reduced to what the fold reads, with its request facts: made by
/// [`Scanner::detach`] where the event is parsed, folded by [`Scanner::observe_detached`].
#[derive(Debug, Clone)]
pub struct Detached {
    /// When the request arrived.
    pub ts: Timestamp,
    /// Client address as seen by the edge.
    pub ip: IpAddr,
    /// The request carried an image.
    pub has_image: bool,
    /// What the request is.
    pub facts: RequestFacts,
    /// Account id, model and client fingerprint back to back: one allocation, not three.
    text: Box<str>,
    /// Where the account id and the model end in `text`.
    account_end: usize,
    model_end: usize,
    /// The event had a client fingerprint (the rest of `text`).
    has_fingerprint: bool,
}

/// The fields of an event the fold reads, borrowed from an [`Event`] or a [`Detached`].
struct FoldView<'a> {
    ts: Timestamp,
    account_id: &'a str,
    ip: IpAddr,
    client_fingerprint: Option<&'a str>,
    model: &'a str,
    has_image: bool,
}

impl<'a> FoldView<'a> {
    fn of(ev: &'a Event) -> Self {
        Self {
            ts: ev.ts,
            account_id: &ev.account_id,
            ip: ev.ip,
            client_fingerprint: ev.client_fingerprint.as_deref(),
            model: &ev.model,
            has_image: ev.has_image.unwrap_or(false),
        }
    }
}

/// The state of a running scan.
pub struct Scanner {
    cfg: ScanConfig,
    w: [f64; N_SIGNALS],
    analyzer: Analyzer,
    index: HashMap<String, u32, RandomState>,
    ids: Vec<String>,
    states: Vec<AccountState>,
    flagged_at: Vec<Option<Timestamp>>,
    meta: HashMap<String, Account, RandomState>,
    account_meta: Vec<Option<Account>>,
    billing_restricted: Vec<bool>,
    links: Vec<AccountLinks>,
    linker: Linker,
    next_relink: Option<i64>,
    /// Event time of the previous re-link.
    last_relink: Option<Timestamp>,
    inherited: Vec<Option<Inherited>>,
    clusters: Vec<Scored>,
    past: Vec<PastCampaign>,
    last_ts: i64,
    /// Content log-odds per account and the request count it was computed at.
    content_cache: Vec<(u32, f64)>,
    /// (link kind, keyed value) → actor.
    indicator_index: HashMap<(String, String), String, RandomState>,
}

fn fixed_state() -> RandomState {
    // Fixed keys: iteration order never reaches the output, but determinism costs nothing here.
    RandomState::with_seeds(0x6469_7374, 0x696c_6c67, 0x7561_7264, 0x7363_616e)
}

/// A stable hash of an address (for distinct-address sketches).
pub fn ip_hash(ip: IpAddr) -> u64 {
    match ip {
        IpAddr::V4(v4) => mix(u64::from(u32::from(v4))),
        IpAddr::V6(v6) => {
            let x = u128::from(v6);
            mix((x as u64) ^ mix((x >> 64) as u64))
        }
    }
}

impl Scanner {
    /// A scanner over sign-up records `accounts` (may be empty).
    pub fn new(cfg: ScanConfig, accounts: HashMap<String, Account>) -> Self {
        let mut meta = HashMap::with_hasher(fixed_state());
        meta.extend(accounts);
        let mut cfg = cfg;
        cfg.releases.sort_by_key(|r| r.released_at);
        let mut indicator_index = HashMap::with_hasher(fixed_state());
        for ind in &cfg.indicators {
            let Some(kind) = crate::link::AttrKind::from_code(&ind.kind) else {
                continue;
            };
            let value = if ind.value.starts_with("hmac-sha256:") || !kind.is_personal() {
                ind.value.clone()
            } else {
                crate::link::keyed_value(kind, &ind.value, &cfg.hash_key, &cfg.hash_key_id)
            };
            indicator_index.insert((ind.kind.clone(), value), ind.actor.clone());
        }
        Self {
            w: cfg.weights.dense(),
            cfg,
            analyzer: Analyzer::new(),
            index: HashMap::with_hasher(fixed_state()),
            ids: Vec::new(),
            states: Vec::new(),
            flagged_at: Vec::new(),
            meta,
            account_meta: Vec::new(),
            billing_restricted: Vec::new(),
            links: Vec::new(),
            linker: Linker::new(LinkConfig::default()),
            next_relink: None,
            last_relink: None,
            inherited: Vec::new(),
            clusters: Vec::new(),
            past: Vec::new(),
            last_ts: i64::MIN,
            content_cache: Vec::new(),
            indicator_index,
        }
    }

    fn slot(&mut self, account_id: &str) -> usize {
        if let Some(&i) = self.index.get(account_id) {
            return i as usize;
        }
        let i = self.ids.len();
        self.index.insert(account_id.to_string(), i as u32);
        self.ids.push(account_id.to_string());
        self.states.push(AccountState::default());
        self.flagged_at.push(None);
        let meta = self.meta.remove(account_id);
        let restricted = meta
            .as_ref()
            .and_then(|m| m.billing_country.as_deref())
            .is_some_and(|c| self.cfg.policy.is_restricted(c));
        let mut links = AccountLinks::new();
        if let Some(m) = &meta {
            links.set_account(m);
        }
        self.links.push(links);
        self.inherited.push(None);
        self.content_cache.push((0, 0.0));
        self.account_meta.push(meta);
        self.billing_restricted.push(restricted);
        i
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
        self.fold(&FoldView::of(ev), &facts, range);
    }

    /// The part of [`observe`](Self::observe) that needs no scan state, for the thread that
    /// parsed the event: its facts and the few fields the fold reads, without the text.
    pub fn detach(analyzer: &mut Analyzer, ev: &Event) -> Detached {
        let facts = analyzer.analyze(ev);
        let fingerprint = ev.client_fingerprint.as_deref();
        let mut text = String::with_capacity(
            ev.account_id.len() + ev.model.len() + fingerprint.map_or(0, str::len),
        );
        text.push_str(&ev.account_id);
        text.push_str(&ev.model);
        text.push_str(fingerprint.unwrap_or(""));
        Detached {
            ts: ev.ts,
            ip: ev.ip,
            has_image: ev.has_image.unwrap_or(false),
            facts,
            text: text.into_boxed_str(),
            account_end: ev.account_id.len(),
            model_end: ev.account_id.len() + ev.model.len(),
            has_fingerprint: fingerprint.is_some(),
        }
    }

    /// Folds one event (in time order) made by [`detach`](Self::detach), with the network
    /// range of its address; the same result as [`observe`](Self::observe) of the event.
    pub fn observe_detached(&mut self, ev: &Detached, range: Option<&IpRange>) {
        let text = &*ev.text;
        let view = FoldView {
            ts: ev.ts,
            account_id: text.get(..ev.account_end).unwrap_or(""),
            ip: ev.ip,
            client_fingerprint: ev
                .has_fingerprint
                .then(|| text.get(ev.model_end..).unwrap_or("")),
            model: text.get(ev.account_end..ev.model_end).unwrap_or(""),
            has_image: ev.has_image,
        };
        self.fold(&view, &ev.facts, range);
    }

    fn fold(&mut self, ev: &FoldView<'_>, facts: &RequestFacts, range: Option<&IpRange>) {
        let i = self.slot(ev.account_id);
        let billing = self.account_meta[i]
            .as_ref()
            .and_then(|m| m.billing_country.as_deref());
        let net = NetFacts {
            kind: range.map(|r| r.kind),
            restricted: range.is_some_and(|r| self.cfg.policy.is_restricted(&r.country)),
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
        };
        let model = self.model_facts(ev);
        let frame = if facts.frame.words > 0 {
            facts.frame.simhash
        } else {
            0
        };
        // `::ffff:a.b.c.d` is a.b.c.d: one address must not look like two to the linker.
        let ip = ev.ip.to_canonical();
        self.links[i].observe(
            ev.ts.millis(),
            ip,
            range.map(|r| r.asn),
            frame,
            ev.client_fingerprint,
        );
        let st = &mut self.states[i];
        st.observe(ev.ts, ip_hash(ip), facts, net, model, ev.has_image);
        if self.flagged_at[i].is_none()
            && st.requests >= 10
            && st.requests.is_multiple_of(RESCORE_EVERY)
        {
            let (decision, _) = self.verdict(i);
            if decision.is_flagged() {
                self.flagged_at[i] = Some(ev.ts);
            }
        }
        self.last_ts = self.last_ts.max(ev.ts.millis());
        let every = self.cfg.relink_every_ms;
        if every > 0 {
            let t = ev.ts.millis();
            match self.next_relink {
                None => self.next_relink = Some(t + every),
                Some(due) if t >= due => {
                    self.relink(Timestamp(t), false);
                    self.next_relink = Some(t + every);
                }
                Some(_) => {}
            }
        }
    }

    /// Content-family log-odds of an account on its own (cached until it sends more requests).
    fn content_logit(&mut self, i: usize) -> f64 {
        let n = self.states[i].requests;
        if self.content_cache[i].0 == n {
            return self.content_cache[i].1;
        }
        let v = self.content_logit_uncached(i);
        self.content_cache[i] = (n, v);
        v
    }

    fn content_logit_uncached(&self, i: usize) -> f64 {
        let f = features::values(
            &self.states[i],
            self.account_meta[i].as_ref(),
            self.billing_restricted[i],
        );
        Signal::ALL
            .iter()
            .filter(|s| s.family() == Family::Content)
            .map(|&s| self.w[s as usize] * f.values[s as usize])
            .sum()
    }

    /// Merges clusters that are pieces of one campaign (see [`crate::consolidate`]).
    fn consolidate(&self, clusters: Vec<Cluster>) -> Vec<Cluster> {
        if clusters.len() < 2 {
            return clusters;
        }
        let email_key = |m: &Account| -> Option<u64> {
            let d = m.email_domain.as_deref()?.to_ascii_lowercase();
            let shape = m.email_local_shape.as_deref().unwrap_or("");
            Some(crate::link::text_hash(format!("{d}/{shape}").as_bytes()))
        };
        let mut email_df: HashMap<u64, u32, RandomState> = HashMap::with_hasher(fixed_state());
        let mut frame_df: HashMap<u64, u32, RandomState> = HashMap::with_hasher(fixed_state());
        for i in 0..self.ids.len() {
            if let Some(k) = self.account_meta[i].as_ref().and_then(email_key) {
                *email_df.entry(k).or_default() += 1;
            }
            for (f, _) in self.states[i].frames.entries().into_iter().take(2) {
                *frame_df.entry(f).or_default() += 1;
            }
        }
        // "Rare" is relative: a value most of the population shares is no campaign's mark.
        let rare_max = (self.ids.len() as u32 / 20).max(50);
        let rare = |df: Option<&u32>| df.is_some_and(|&d| (2..=rare_max).contains(&d));
        let mut sigs = Vec::with_capacity(clusters.len());
        let mut risky = Vec::with_capacity(clusters.len());
        for c in &clusters {
            let mut sig = consolidate::Signature::default();
            let mut score = 0.0;
            sig.active = (i64::MAX, i64::MIN);
            for &m in &c.members {
                let m = m as usize;
                sig.active.0 = sig.active.0.min(self.states[m].first_ts);
                sig.active.1 = sig.active.1.max(self.states[m].last_ts);
                if let Some(k) = self.account_meta[m].as_ref().and_then(email_key) {
                    if rare(email_df.get(&k)) {
                        sig.emails.push(k);
                    }
                }
                for (f, _) in self.states[m].frames.entries().into_iter().take(2) {
                    if rare(frame_df.get(&f)) {
                        sig.frames.push(f);
                    }
                }
                score += self.verdict(m).1;
            }
            for v in [&mut sig.emails, &mut sig.frames] {
                v.sort_unstable();
                v.dedup();
            }
            sigs.push(sig);
            risky.push(score / c.members.len().max(1) as f64 >= 0.5);
        }
        consolidate::consolidate(clusters, &sigs, &risky, |m| {
            self.states[m as usize].requests
        })
    }

    /// The members of a flagged campaign a periodic re-link keeps: the few most recently
    /// active (ascending), since a campaign rotating proxies and cards shares its current
    /// infrastructure and timing with newcomers, not its first.
    fn anchors(&self, p: &PastCampaign) -> Vec<u32> {
        let mut by_recency: Vec<(std::cmp::Reverse<i64>, u32)> = p
            .members
            .iter()
            .map(|&m| (std::cmp::Reverse(self.states[m as usize].last_ts), m))
            .collect();
        by_recency.sort_unstable();
        let mut v: Vec<u32> = by_recency
            .into_iter()
            .take(ANCHORS_PER_CAMPAIGN)
            .map(|(_, m)| m)
            .collect();
        v.sort_unstable();
        v
    }

    /// A cluster's id: `cl_` and 16 hex digits of a hash of its lexicographically smallest
    /// account id, so the same campaign keeps its id across scans of overlapping windows
    /// (unless that account leaves it or a smaller one joins), not only within a scan.
    fn cluster_id(&self, members: &[u32]) -> String {
        let smallest = members
            .iter()
            .map(|&m| self.ids[m as usize].as_str())
            .min()
            .unwrap_or("");
        format!("cl_{:016x}", crate::link::text_hash(smallest.as_bytes()))
    }

    /// The accounts of a cluster that belong to past campaign `p`: its members, and those that
    /// started while it kept working for longer than a takeover's overlap. An account that
    /// started near the campaign's end is left out, so it can be named a successor.
    fn joiners(&self, p: &PastCampaign, members: &[u32]) -> Vec<u32> {
        members
            .iter()
            .copied()
            .filter(|&m| {
                p.members.binary_search(&m).is_ok()
                    || self.states[m as usize].first_ts + TAKEOVER_OVERLAP_MS < p.last_seen
            })
            .collect()
    }

    /// The heaviest frames of a set of accounts (a campaign's workload signature).
    fn frames_of(&self, members: &[u32]) -> Vec<u64> {
        let mut counts: BTreeMap<u64, u64> = BTreeMap::new();
        for &m in members {
            for (k, c) in self.states[m as usize].frames.entries().into_iter().take(2) {
                *counts.entry(k).or_default() += u64::from(c);
            }
        }
        let mut v: Vec<(u64, u64)> = counts.into_iter().collect();
        v.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        v.into_iter().take(6).map(|(k, _)| k).collect()
    }

    /// Re-links accounts, scores the clusters, and passes their risk on to members; a member
    /// whose decision now leaves `allow` is flagged at `at`.
    ///
    /// `all` links every account (the final link). A periodic re-link exists to date the
    /// flagging of accounts not yet flagged, so it links only those that could be: unflagged
    /// accounts already clustered or whose content evidence counts as a family on its own
    /// (`min_family_logit`; one below adds little to a campaign's distillation), flagged
    /// accounts not yet part of a flagged campaign or flagged since the previous re-link (so a
    /// campaign flagged account by account is still found as one), and a few anchor members of
    /// each flagged campaign still active (so newcomers join it).
    /// Its cost follows the accounts still in question, not the campaigns already caught.
    pub fn relink(&mut self, at: Timestamp, all: bool) {
        let mut chosen = Vec::new();
        let min_content = self.cfg.weights.min_family_logit;
        let since = self.last_relink;
        for p in &mut self.past {
            p.last_seen = p
                .members
                .iter()
                .map(|&m| self.states[m as usize].last_ts)
                .max()
                .unwrap_or(p.last_seen);
        }
        // Only a campaign still active has newcomers to attract; one gone quiet is left alone,
        // so a pool taking over from it is found apart and can be named its successor.
        let mut anchor = vec![false; self.links.len()];
        let mut in_campaign = vec![false; self.links.len()];
        for p in &self.past {
            for &m in &p.members {
                in_campaign[m as usize] = true;
            }
            if p.last_seen + self.cfg.relink_every_ms.max(Timestamp::HOUR) >= at.millis() {
                for m in self.anchors(p) {
                    anchor[m as usize] = true;
                }
            }
        }
        for i in 0..self.links.len() {
            if self.links[i].requests() < 2 {
                continue;
            }
            let candidate = all
                || anchor[i]
                || match self.flagged_at[i] {
                    Some(t) => !in_campaign[i] || since.is_none_or(|s| t > s),
                    None => self.inherited[i].is_some() || self.content_logit(i) >= min_content,
                };
            if candidate {
                chosen.push(i as u32);
            }
        }
        self.last_relink = Some(at);
        let input: Vec<(u32, &AccountLinks)> = chosen
            .iter()
            .map(|&i| (i, &self.links[i as usize]))
            .collect();
        let clusters = self.linker.build(&input).clusters();
        // Accounts left out keep what they inherited at their last link.
        for &i in &chosen {
            self.inherited[i as usize] = None;
        }
        let mut clusters = self.consolidate(clusters);
        for c in &mut clusters {
            c.id = self.cluster_id(&c.members);
        }
        // A campaign re-found under another id (its smallest member changed) keeps one entry,
        // under the id it has now, so `successor_of` names a cluster of this scan's output.
        // It is re-found when a cluster holds half of its members or of its anchors (a periodic
        // re-link sees only the anchors of a caught campaign); it takes in the cluster's
        // accounts that worked alongside it (see `joiners`).
        let mut past = std::mem::take(&mut self.past);
        for p in &mut past {
            let anchors = self.anchors(p);
            let share = |c: &Cluster, of: &[u32]| {
                c.members
                    .iter()
                    .filter(|m| of.binary_search(m).is_ok())
                    .count()
            };
            let best = clusters
                .iter()
                .map(|c| (share(c, &p.members), share(c, &anchors), c))
                .filter(|&(n, a, c)| {
                    n > 0
                        && (n * 2 >= p.members.len().min(c.members.len()) || a * 2 >= anchors.len())
                })
                .max_by_key(|(n, _, c)| (*n, std::cmp::Reverse(c.id.clone())));
            if let Some((_, _, c)) = best {
                p.id = c.id.clone();
                p.members = union_sorted(&p.members, &self.joiners(p, &c.members));
            }
        }
        self.past = past;
        self.past.sort_by(|a, b| a.id.cmp(&b.id));
        let mut merged: Vec<PastCampaign> = Vec::with_capacity(self.past.len());
        for p in std::mem::take(&mut self.past) {
            match merged.last_mut() {
                Some(q) if q.id == p.id => q.absorb(p),
                _ => merged.push(p),
            }
        }
        self.past = merged;
        let mut scored = Vec::with_capacity(clusters.len());
        for cluster in clusters {
            let members = &cluster.members;
            let occupancy = members
                .iter()
                .map(|&m| self.states[m as usize].bucket_occupancy())
                .sum::<f64>()
                / members.len().max(1) as f64;
            let (coord, pieces) =
                campaign::coordination(&cluster.coordination, members.len(), occupancy);
            let logits: Vec<f64> = members
                .iter()
                .map(|&m| self.content_logit(m as usize))
                .collect();
            let distill = campaign::distillation(&logits);
            let frames = self.frames_of(members);
            let first_seen = members
                .iter()
                .map(|&m| self.states[m as usize].first_ts)
                .min()
                .unwrap_or(0);
            let last_seen = members
                .iter()
                .map(|&m| self.states[m as usize].last_ts)
                .max()
                .unwrap_or(0);
            // A successor takes over a flagged campaign's frames after it went quiet.
            let successor_of = self
                .past
                .iter()
                .filter(|p| {
                    p.id != cluster.id
                        && !p.members.iter().any(|m| members.binary_search(m).is_ok())
                })
                .filter(|p| {
                    first_seen >= p.first_seen + Timestamp::HOUR
                        && first_seen + TAKEOVER_OVERLAP_MS >= p.last_seen
                })
                .find(|p| {
                    p.frames.iter().any(|a| {
                        frames
                            .iter()
                            .any(|b| (a ^ b).count_ones() <= crate::account::sketch::FRAME_RADIUS)
                    })
                })
                .map(|p| (p.id.clone(), p.last_seen));
            let idx = scored.len();
            let (mut logit, mut reasons) =
                campaign::member_contribution(coord, &pieces, distill, &cluster.id);
            let mut known: BTreeMap<String, u64> = BTreeMap::new();
            if !self.indicator_index.is_empty() {
                for l in &cluster.links {
                    let v = l.render(&self.cfg.hash_key, &self.cfg.hash_key_id);
                    if let Some(actor) = self.indicator_index.get(&(l.kind.code().to_string(), v)) {
                        *known.entry(actor.clone()).or_default() += 1;
                    }
                }
            }
            for (actor, n) in &known {
                logit += KNOWN_ACTOR_WEIGHT;
                reasons.push(Reason {
                    code: "known_actor".to_string(),
                    weight: KNOWN_ACTOR_WEIGHT,
                    detail: format!(
                        "cluster {} shares {n} indicator(s) of known actor {actor}",
                        cluster.id
                    ),
                });
            }
            if let Some((pid, quiet)) = &successor_of {
                logit += SUCCESSOR_WEIGHT * distill.max(0.5);
                reasons.push(Reason {
                    code: "successor_of".to_string(),
                    weight: score::round3(SUCCESSOR_WEIGHT * distill.max(0.5)),
                    detail: format!(
                        "takes over the prompt frames of flagged cluster {pid}, which went quiet at {}",
                        Timestamp(*quiet)
                    ),
                });
            }
            for &m in members {
                self.inherited[m as usize] = Some(Inherited {
                    cluster: idx,
                    logit,
                    reasons: reasons.clone(),
                });
            }
            scored.push(Scored {
                known_actors: known.into_iter().collect(),
                successor_of: successor_of.map(|(id, _)| id),
                cluster,
                coordination: coord,
                distillation: distill,
                frames,
                first_seen,
                last_seen,
            });
        }
        // Flag members that the cluster evidence pushes out of `allow`, and remember campaigns.
        for sc in &scored {
            let mut flagged = 0usize;
            for &m in &sc.cluster.members {
                let m = m as usize;
                let (d, _) = self.verdict(m);
                if d.is_flagged() {
                    flagged += 1;
                    if self.flagged_at[m].is_none() {
                        self.flagged_at[m] = Some(at);
                    }
                }
            }
            if flagged * 2 >= sc.cluster.members.len() {
                let entry = PastCampaign {
                    id: sc.cluster.id.clone(),
                    members: sc.cluster.members.clone(),
                    frames: sc.frames.clone(),
                    first_seen: sc.first_seen,
                    last_seen: sc.last_seen,
                };
                match self.past.iter().position(|p| p.id == entry.id) {
                    Some(k) => {
                        let members = self.joiners(&self.past[k], &entry.members);
                        self.past[k].absorb(PastCampaign { members, ..entry });
                    }
                    None => self.past.push(entry),
                }
            }
        }
        self.clusters = scored;
    }

    fn verdict(&self, i: usize) -> (Decision, f64) {
        let f = features::values(
            &self.states[i],
            self.account_meta[i].as_ref(),
            self.billing_restricted[i],
        );
        let extra: Vec<(Family, f64)> = self.inherited[i]
            .iter()
            .map(|x| (Family::Coordination, x.logit))
            .collect();
        let (p, d) = score::score(
            &self.w,
            &self.cfg.weights,
            &f,
            &extra,
            &self.cfg.policy.thresholds,
        );
        (d, p)
    }

    /// Number of accounts seen.
    pub fn accounts(&self) -> usize {
        self.ids.len()
    }

    /// Per-account state, for fitting and inspection.
    pub fn states(&self) -> impl Iterator<Item = (&str, &AccountState, Option<&Account>, bool)> {
        self.ids.iter().enumerate().map(|(i, id)| {
            (
                id.as_str(),
                &self.states[i],
                self.account_meta[i].as_ref(),
                self.billing_restricted[i],
            )
        })
    }

    /// Final signal strengths of every account, in first-seen order (for fitting).
    pub fn feature_rows(&self) -> Vec<(String, features::Features)> {
        (0..self.ids.len())
            .map(|i| {
                let f = features::values(
                    &self.states[i],
                    self.account_meta[i].as_ref(),
                    self.billing_restricted[i],
                );
                (self.ids[i].clone(), f)
            })
            .collect()
    }

    /// Final findings and clusters (after a last re-link), each sorted by descending score then id.
    pub fn finish(&mut self) -> (Vec<AccountFinding>, Vec<ClusterFinding>) {
        if self.last_ts > i64::MIN {
            self.relink(Timestamp(self.last_ts), true);
        }
        let mut scores = vec![0.0; self.ids.len()];
        let mut out: Vec<AccountFinding> = (0..self.ids.len())
            .map(|i| {
                let (f, values) = features::compute(
                    &self.states[i],
                    self.account_meta[i].as_ref(),
                    self.billing_restricted[i],
                );
                let inherited = self.inherited[i].as_ref();
                let extra: Vec<(Family, f64)> = inherited
                    .iter()
                    .map(|x| (Family::Coordination, x.logit))
                    .collect();
                let (p, decision) = score::score(
                    &self.w,
                    &self.cfg.weights,
                    &f,
                    &extra,
                    &self.cfg.policy.thresholds,
                );
                scores[i] = p;
                let first = if decision.is_flagged() {
                    Some(self.flagged_at[i].unwrap_or(Timestamp(self.states[i].last_ts)))
                } else {
                    self.flagged_at[i]
                };
                let cluster_reasons = inherited.map(|x| x.reasons.clone()).unwrap_or_default();
                AccountFinding {
                    account_id: self.ids[i].clone(),
                    score: score::round3(p),
                    decision,
                    first_flagged_at: first,
                    cluster_id: inherited.map(|x| self.clusters[x.cluster].cluster.id.clone()),
                    reasons: score::reasons(&self.w, &values, cluster_reasons),
                }
            })
            .collect();
        out.sort_by(|a, b| {
            b.score
                .total_cmp(&a.score)
                .then_with(|| a.account_id.cmp(&b.account_id))
        });
        let clusters = self.cluster_findings(&scores);
        (out, clusters)
    }

    fn cluster_findings(&self, scores: &[f64]) -> Vec<ClusterFinding> {
        let mut out: Vec<ClusterFinding> = self
            .clusters
            .iter()
            .map(|sc| {
                let members = &sc.cluster.members;
                let mean = members.iter().map(|&m| scores[m as usize]).sum::<f64>()
                    / members.len().max(1) as f64;
                let score = campaign::cluster_score(sc.coordination, sc.distillation, mean);
                let mut accounts: Vec<String> = members
                    .iter()
                    .map(|&m| self.ids[m as usize].clone())
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
                    let st = &self.states[m as usize];
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
