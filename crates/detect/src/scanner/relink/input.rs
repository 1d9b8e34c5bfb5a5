//! Step 2 of a re-link: choosing the accounts to link and copying what linking and scoring
//! them reads into a [`RelinkInput`], owned and `Send`; and the [`RelinkOutput`] step 3 hands
//! back.
//!
//! A periodic re-link copies its candidates' slots (hundreds to a few thousand accounts: a few
//! MB). The final link takes every account, and a copy of every account would double the
//! scan's memory where it peaks, so it borrows the slots and ids by moving them out of the
//! scanner and back (it only ever runs in line, inside [`Scanner::finalize`]).

use std::collections::HashMap;
use std::sync::Arc;

use ahash::RandomState;
use dg_model::{NetKind, Timestamp};

use super::super::farm_facts::Population;
use super::super::ids::Ids;
use super::super::known::KnownIndex;
use super::super::past::PastCampaign;
use super::super::slot::Slot;
use super::super::{
    fixed_state, taken_logit, verdict_of, CardCounts, Inherited, ScanConfig, Scanner, Scored,
};
use crate::account::{AccountState, Signup};
use crate::farm::FarmParams;
use crate::features::{Family, N_SIGNALS};
use crate::link::{AccountLinks, Linker};

/// What a re-link reads, copied out of the scanner (see the module documentation of
/// `scanner::relink`): [`compute`](Self::compute) it anywhere, then give the output to
/// [`Scanner::apply_relink`] before the scanner folds another event.
pub struct RelinkInput {
    pub(super) at: Timestamp,
    pub(super) all: bool,
    /// The scanner's count of applied re-links when this was built.
    pub(super) relinks: u64,
    pub(in crate::scanner) cfg: Arc<ScanConfig>,
    pub(super) w: [f64; N_SIGNALS],
    pub(super) known: Arc<KnownIndex>,
    pub(in crate::scanner) card_df: Arc<CardCounts>,
    pub(in crate::scanner) org_df: Arc<CardCounts>,
    pub(super) linker: Linker,
    /// Baselines over every account held (pooled traffic, accounts per client fingerprint).
    pub(in crate::scanner) population: Population,
    /// How many accounts hold each sign-up email pattern and heavy frame, over every account
    /// held. `None` when fewer than two clusters can come out (nothing to consolidate), and
    /// for the final link, whose input holds every account: it counts them itself, only if
    /// two clusters do come out (a million accounts' frames are a large map).
    pub(super) rarity: Option<Rarity>,
    /// Remembered campaigns, their last activity brought up to date.
    pub(super) past: Vec<PastCampaign>,
    /// The anchors of each of `past` (see `Scanner::anchors`).
    pub(super) anchors: Vec<Vec<u32>>,
    /// The slots of the accounts to link, ascending.
    pub(super) chosen: Vec<u32>,
    /// Position in the lists below of each slot (`u32::MAX`: not chosen); `None` when every
    /// account is chosen, in slot order.
    pos: Option<Vec<u32>>,
    pub(super) accounts: Accounts,
    /// Per candidate: its declared org vouches for it (`Scanner::vouched`).
    vouched: Vec<bool>,
    /// Per candidate: its content log-odds (`Scanner::content_logit`).
    content: Vec<f64>,
    /// Per candidate: its evidence from outside, as it stands without a cluster (the re-link
    /// replaces its cluster; cohort, wave and segment stay the previous re-link's meanwhile),
    /// back to back: candidate `k`'s end at `extras_end[k]`. Flat, since most candidates have
    /// none and the final link has a million (a `Vec` each would be 24 MB of headers).
    extras: Vec<(Family, f64)>,
    extras_end: Vec<u32>,
}

/// Counts of rare sign-up and workload marks over every account, for consolidation.
#[derive(Clone)]
pub(super) struct Rarity {
    pub(super) email_df: HashMap<u64, u32, RandomState>,
    pub(super) frame_df: HashMap<u64, u32, RandomState>,
    /// Most accounts a mark may have and still be a campaign's.
    pub(super) rare_max: u32,
    /// Per operator box (see [`box_of`]) of any account: how many accounts used the address.
    pub(super) box_df: HashMap<u64, u32, RandomState>,
}

/// The account's box: the hosting address carrying nearly all its traffic (see
/// [`crate::consolidate`] and `FarmParams::box_share`), as its link payload.
pub(in crate::scanner) fn box_of(
    p: &FarmParams,
    state: &AccountState,
    links: &AccountLinks,
) -> Option<u64> {
    let n = f64::from(state.requests);
    if p.box_max_holders == 0 || state.requests < p.box_min_requests.max(1) {
        return None;
    }
    if f64::from(state.net(NetKind::Hosting)) < p.box_share * n {
        return None;
    }
    let (addr, count) = links.main_address()?;
    (f64::from(count) >= p.box_share * n).then_some(addr)
}

/// The candidates' own data, by position: copies, or the scanner's slots and ids themselves
/// when every account is linked (then given back with the output).
pub(super) struct Accounts {
    ids: Names,
    slots: Vec<Slot>,
}

enum Names {
    Copied(Vec<Box<str>>),
    Lent(Ids),
}

impl Accounts {
    /// Gives lent slots and ids back to the scanner they came from.
    pub(super) fn put_back(self, s: &mut Scanner) {
        s.slots = self.slots;
        if let Names::Lent(ids) = self.ids {
            s.ids = ids;
        }
    }
}

/// What a re-link computed, to give to [`Scanner::apply_relink`].
pub struct RelinkOutput {
    pub(super) at: Timestamp,
    pub(super) all: bool,
    pub(super) relinks: u64,
    pub(super) chosen: Vec<u32>,
    /// What each member of a cluster now inherits, by slot.
    pub(super) inherited: Vec<(u32, Inherited)>,
    pub(super) scored: Vec<Scored>,
    pub(super) past: Vec<PastCampaign>,
    /// The scanner's slots and ids, when the input borrowed them.
    pub(super) lent: Option<Accounts>,
}

impl RelinkInput {
    /// The event time of the re-link.
    pub fn at(&self) -> Timestamp {
        self.at
    }

    /// How many accounts it links.
    pub fn candidates(&self) -> usize {
        self.chosen.len()
    }

    fn k(&self, m: u32) -> usize {
        match &self.pos {
            None => m as usize,
            Some(pos) => pos[m as usize] as usize,
        }
    }

    fn slot(&self, m: u32) -> &Slot {
        &self.accounts.slots[self.k(m)]
    }

    pub(in crate::scanner) fn state(&self, m: u32) -> &AccountState {
        &self.slot(m).state
    }

    pub(in crate::scanner) fn links(&self, m: u32) -> &AccountLinks {
        &self.slot(m).links
    }

    pub(in crate::scanner) fn meta(&self, m: u32) -> Option<&Signup> {
        self.slot(m).signup.as_ref()
    }

    pub(in crate::scanner) fn id(&self, m: u32) -> &str {
        let k = self.k(m);
        match &self.accounts.ids {
            Names::Copied(v) => &v[k],
            Names::Lent(ids) => ids.get(k),
        }
    }

    /// Whether the account's declared org vouches for it.
    pub(in crate::scanner) fn vouched(&self, m: u32) -> bool {
        self.vouched[self.k(m)]
    }

    /// The account's own log-odds from taking long answers (see `taken_logit`).
    pub(in crate::scanner) fn taken_logit(&self, m: u32) -> f64 {
        taken_logit(&self.cfg, &self.w, self.slot(m))
    }

    pub(in crate::scanner) fn content_logit(&self, m: u32) -> f64 {
        self.content[self.k(m)]
    }

    /// The account's score without a cluster's evidence, as `Scanner::verdict` gives it once
    /// the re-link has cleared what the account inherited.
    pub(in crate::scanner) fn score_without_cluster(&self, m: u32) -> f64 {
        self.verdict_without_cluster(m).1
    }

    /// The account's decision and score without a cluster's evidence (see
    /// [`score_without_cluster`](Self::score_without_cluster)).
    pub(in crate::scanner) fn verdict_without_cluster(&self, m: u32) -> (dg_model::Decision, f64) {
        let k = self.k(m);
        let start = if k == 0 {
            0
        } else {
            self.extras_end[k - 1] as usize
        };
        let extras = &self.extras[start..self.extras_end[k] as usize];
        verdict_of(&self.cfg, &self.w, &self.accounts.slots[k], extras)
    }

    /// The candidates' link attributes with their slots, for the linker.
    pub(in crate::scanner) fn link_input(&self) -> Vec<(u32, &AccountLinks)> {
        match &self.pos {
            // Every account, in slot order: the slots are the scanner's own.
            None => self
                .accounts
                .slots
                .iter()
                .enumerate()
                .map(|(i, s)| (i as u32, &s.links))
                .collect(),
            Some(_) => self
                .chosen
                .iter()
                .zip(&self.accounts.slots)
                .map(|(&i, s)| (i, &s.links))
                .collect(),
        }
    }
}

impl Scanner {
    /// Step 2 of a re-link at `at` (`all`: the final link): the accounts to link (see
    /// [`Scanner::relink`] for which) and a copy of what the re-link reads. Changes nothing
    /// but the content cache.
    pub(in crate::scanner) fn input(&mut self, at: Timestamp, all: bool) -> RelinkInput {
        let mut past = self.past.clone();
        for p in &mut past {
            p.last_seen = p
                .members
                .iter()
                .map(|&m| self.slots[m as usize].state.last_ts)
                .max()
                .unwrap_or(p.last_seen);
        }
        let anchors: Vec<Vec<u32>> = past.iter().map(|p| self.anchors(p)).collect();
        let chosen = self.candidates(at, all, &past, &anchors);
        self.input_of(at, all, chosen, past, anchors)
    }

    /// An input over the accounts `chosen` (ascending slots), for a test of what a re-link
    /// computes from given accounts.
    #[cfg(test)]
    pub(in crate::scanner) fn input_over(
        &mut self,
        at: Timestamp,
        chosen: Vec<u32>,
    ) -> RelinkInput {
        let past = self.past.clone();
        let anchors: Vec<Vec<u32>> = past.iter().map(|p| self.anchors(p)).collect();
        self.input_of(at, false, chosen, past, anchors)
    }

    fn input_of(
        &mut self,
        at: Timestamp,
        all: bool,
        chosen: Vec<u32>,
        past: Vec<PastCampaign>,
        anchors: Vec<Vec<u32>>,
    ) -> RelinkInput {
        let n = self.ids.len();
        let population = self.population();
        // Consolidation needs two clusters of two or more.
        let rarity = (!all && chosen.len() >= 4)
            .then(|| rarity_of(&self.slots, &self.cfg.weights.farm, Some(&chosen)));
        let mut content = Vec::with_capacity(chosen.len());
        let mut extras = Vec::new();
        let mut extras_end = Vec::with_capacity(chosen.len());
        let mut vouched = Vec::with_capacity(chosen.len());
        for &i in &chosen {
            let i = i as usize;
            content.push(self.content_logit(i));
            extras.extend(self.extras_with(i, None));
            extras_end.push(extras.len() as u32);
            vouched.push(
                self.slots[i]
                    .signup
                    .as_ref()
                    .is_some_and(|a| self.vouched(a)),
            );
        }
        let (pos, accounts) = if all {
            let ids = std::mem::replace(&mut self.ids, Ids::with_capacity(0, 0, fixed_state()));
            let accounts = Accounts {
                ids: Names::Lent(ids),
                slots: std::mem::take(&mut self.slots),
            };
            (None, accounts)
        } else {
            let mut pos = vec![u32::MAX; n];
            for (k, &i) in chosen.iter().enumerate() {
                pos[i as usize] = k as u32;
            }
            let accounts = Accounts {
                ids: Names::Copied(
                    chosen
                        .iter()
                        .map(|&i| Box::from(self.ids.get(i as usize)))
                        .collect(),
                ),
                slots: chosen
                    .iter()
                    .map(|&i| self.slots[i as usize].relink_copy())
                    .collect(),
            };
            (Some(pos), accounts)
        };
        RelinkInput {
            at,
            all,
            relinks: self.relinks,
            cfg: Arc::clone(&self.cfg),
            w: self.w,
            known: Arc::clone(&self.known),
            card_df: Arc::clone(&self.card_df),
            org_df: Arc::clone(&self.org_df),
            linker: self.linker.clone(),
            population,
            rarity,
            past,
            anchors,
            chosen,
            pos,
            accounts,
            vouched,
            content,
            extras,
            extras_end,
        }
    }

    /// The slots to link, ascending (see [`Scanner::relink`]).
    fn candidates(
        &mut self,
        at: Timestamp,
        all: bool,
        past: &[PastCampaign],
        anchors: &[Vec<u32>],
    ) -> Vec<u32> {
        let n = self.ids.len();
        let mut chosen = Vec::new();
        let min_content = self.cfg.weights.min_family_logit;
        let since = self.last_relink;
        // Only a campaign still active has newcomers to attract; one gone quiet is left alone,
        // so a pool taking over from it is found apart and can be named its successor.
        let mut anchor = vec![false; n];
        let mut in_campaign = vec![false; n];
        for (p, a) in past.iter().zip(anchors) {
            for &m in &p.members {
                in_campaign[m as usize] = true;
            }
            if p.last_seen + self.cfg.relink_every_ms.max(Timestamp::HOUR) >= at.millis() {
                for &m in a {
                    anchor[m as usize] = true;
                }
            }
        }
        for i in 0..n {
            // Accounts with a single request link too: a farm can use each account once.
            let candidate = all
                || anchor[i]
                || match self.slots[i].flagged_at() {
                    Some(t) => !in_campaign[i] || since.is_none_or(|s| t > s),
                    // A suspect that sent nothing since the previous re-link links as it did
                    // then, unless it is clustered (kept above) or a newcomer links to it
                    // (newcomers are suspects too when they look like its farm).
                    None => {
                        self.slots[i].inherited.is_some()
                            || (self.farm_suspect(i)
                                && since.is_none_or(|s| self.slots[i].state.last_ts >= s.millis()))
                            || self.content_logit(i) >= min_content
                    }
                };
            if candidate {
                chosen.push(i as u32);
            }
        }
        chosen
    }

    /// The members of a flagged campaign a periodic re-link keeps: the few most recently
    /// active (ascending), since a campaign rotating proxies and cards shares its current
    /// infrastructure and timing with newcomers, not its first.
    fn anchors(&self, p: &PastCampaign) -> Vec<u32> {
        let mut by_recency: Vec<(std::cmp::Reverse<i64>, u32)> = p
            .members
            .iter()
            .map(|&m| (std::cmp::Reverse(self.slots[m as usize].state.last_ts), m))
            .collect();
        by_recency.sort_unstable();
        let mut v: Vec<u32> = by_recency
            .into_iter()
            .take(super::super::past::ANCHORS_PER_CAMPAIGN)
            .map(|(_, m)| m)
            .collect();
        v.sort_unstable();
        v
    }
}

/// Accounts per sign-up email pattern and per heavy frame over every account held.
/// `chosen`: the re-link's candidates, whose boxes are the only ones consolidation will look
/// up (`None`: every account's).
pub(super) fn rarity_of(slots: &[Slot], p: &FarmParams, chosen: Option<&[u32]>) -> Rarity {
    let mut email_df: HashMap<u64, u32, RandomState> = HashMap::with_hasher(fixed_state());
    let mut frame_df: HashMap<u64, u32, RandomState> = HashMap::with_hasher(fixed_state());
    for s in slots {
        if let Some(k) = s.signup.as_ref().and_then(|m| m.email) {
            *email_df.entry(k).or_default() += 1;
        }
        for (f, _) in s.state.frames.entries().into_iter().take(2) {
            *frame_df.entry(f).or_default() += 1;
        }
    }
    // Boxes first, then every account that used one of them at all: an address that many
    // accounts touch (a cloud egress, an office's proxy) is nobody's box.
    let mut box_df: HashMap<u64, u32, RandomState> = HashMap::with_hasher(fixed_state());
    let mut note_box = |s: &Slot| {
        if let Some(b) = box_of(p, &s.state, &s.links) {
            box_df.insert(b, 0);
        }
    };
    match chosen {
        Some(c) => c
            .iter()
            .filter_map(|&i| slots.get(i as usize))
            .for_each(&mut note_box),
        None => slots.iter().for_each(&mut note_box),
    }
    if !box_df.is_empty() {
        // A box is a hosting address: an account that never sent from one holds none.
        for s in slots.iter().filter(|s| s.state.net(NetKind::Hosting) > 0) {
            for a in s.links.address_payloads() {
                if let Some(n) = box_df.get_mut(&a) {
                    *n += 1;
                }
            }
        }
    }
    // "Rare" is relative: a value most of the population shares is no campaign's mark.
    let rare_max = (slots.len() as u32 / 20).max(50);
    Rarity {
        email_df,
        frame_df,
        rare_max,
        box_df,
    }
}

impl RelinkInput {
    /// The rarity counts: those taken with the input, or, for the final link (whose input
    /// holds every account), counted now.
    pub(super) fn rarity(&self) -> Option<std::borrow::Cow<'_, Rarity>> {
        match (&self.rarity, &self.pos) {
            (Some(r), _) => Some(std::borrow::Cow::Borrowed(r)),
            (None, None) => Some(std::borrow::Cow::Owned(rarity_of(
                &self.accounts.slots,
                &self.cfg.weights.farm,
                None,
            ))),
            (None, Some(_)) => None,
        }
    }
}
