//! Re-linking during the scan, in four steps a caller may spread over threads:
//!
//! 1. **due**: the fold of the event at time `t` finds a periodic re-link due (every
//!    `relink_every_ms` of event time, or early on a wave of suspect sign-ups). By default it
//!    runs the next three steps at once, inside the fold, as `scan` always did; after
//!    [`Scanner::defer_relinks`] it only records that one is due ([`Scanner::relink_due`]).
//! 2. **input** ([`Scanner::relink_input`]): which accounts to link (see [`Scanner::relink`]),
//!    and a copy of what linking and scoring them reads — their link attributes, behaviour
//!    state and sign-up records, the population's baselines, the remembered campaigns —
//!    owned and `Send`, so that it can leave the thread that folds.
//! 3. **compute** ([`RelinkInput::compute`]): pure, no access to the scanner: the graph, farm
//!    pools, clusters, consolidation of campaign pieces, re-found campaigns, cluster scores and
//!    what each member inherits. Most of a re-link's time (`compute.rs`).
//! 4. **apply** ([`Scanner::apply_relink`]): the clusters and inherited evidence replace the
//!    old, then the passes over every account held (throwaway cohort, harvester waves, network
//!    segments), the flags they raise, remembered campaigns and eviction. Those passes read
//!    every account, which a copy of every account would cost more than it saves; they are a
//!    small part of the time (docs/serve.md, "Re-linking off the fold").
//!
//! The events folded after a re-link read what it set (inherited evidence decides
//! `first_flagged_at`, the cohort verdict decides matches at fold time), so nothing may be
//! folded between steps 1 and 4: a fold with a re-link still due runs it first, in line. The
//! input does not change the scanner (a cache aside), so building it twice is harmless, and an
//! output is applied only to the state its input was built from ([`RelinkError`]). Run in line
//! or split, a re-link gives the same result: `scan` runs it in line, `distillguard serve`
//! computes it on a thread of its own while ingest goes on.

mod compute;
mod input;

use std::collections::HashMap;

use ahash::RandomState;
use dg_model::{NetKind, Timestamp};

pub use input::{RelinkInput, RelinkOutput};

use super::{fixed_state, taken_logit, Scanner};

/// Why a re-link's output cannot be applied.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum RelinkError {
    /// No re-link is due: it was applied already, or run in line by a fold since.
    #[error("no re-link is due")]
    NotDue,
    /// The output was computed from another state of the scanner (or another scanner).
    #[error("the re-link was computed from another state of the scanner")]
    Stale,
}

impl Scanner {
    /// Whether periodic re-links are left to the caller: the fold then records that one is
    /// due ([`relink_due`](Self::relink_due)) instead of running it, and the caller runs
    /// [`relink_input`](Self::relink_input), [`RelinkInput::compute`] and
    /// [`apply_relink`](Self::apply_relink) before folding the next event. Off by default.
    pub fn defer_relinks(&mut self, on: bool) {
        self.defer = on;
    }

    /// The event time of a periodic re-link that is due and not applied yet.
    pub fn relink_due(&self) -> Option<Timestamp> {
        self.due
    }

    /// The input of the re-link that is due (`None` if none is): owned, so that
    /// [`RelinkInput::compute`] may run anywhere. Folding meanwhile runs the re-link in line
    /// and makes this input stale.
    pub fn relink_input(&mut self) -> Option<RelinkInput> {
        let at = self.due?;
        self.count_peers();
        Some(self.input(at, false))
    }

    /// Applies the output of the re-link that is due, computed from
    /// [`relink_input`](Self::relink_input) of this state.
    pub fn apply_relink(&mut self, out: RelinkOutput) -> Result<(), RelinkError> {
        if self.due.is_none() {
            return Err(RelinkError::NotDue);
        }
        if out.relinks != self.relinks || Some(out.at) != self.due || out.all {
            return Err(RelinkError::Stale);
        }
        self.apply(out);
        Ok(())
    }

    /// Runs a re-link that is due and was left to the caller, in line.
    pub(super) fn run_due(&mut self) {
        if let Some(at) = self.due {
            self.relink(at, false);
        }
    }

    /// Re-links accounts, scores the clusters, and passes their risk on to members; a member
    /// whose decision now leaves `allow` is flagged at `at`. The four steps of the module
    /// documentation, in line.
    ///
    /// `all` links every account (the final link). A periodic re-link exists to date the
    /// flagging of accounts not yet flagged, so it links only those that could be: unflagged
    /// accounts already clustered, farm suspects (see [`Self::farm_suspect`]) that sent since
    /// the previous re-link, or whose content evidence counts as a family on its own
    /// (`min_family_logit`; one below adds little to a campaign's distillation), flagged
    /// accounts not yet part of a flagged campaign or flagged since the previous re-link (so a
    /// campaign flagged account by account is still found as one), and a few anchor members of
    /// each flagged campaign still active (so newcomers join it).
    /// Its cost follows the accounts still in question, not the campaigns already caught.
    pub fn relink(&mut self, at: Timestamp, all: bool) {
        self.count_peers();
        let input = self.input(at, all);
        let out = input.compute();
        self.apply(out);
    }

    /// What the accounts share with unrelated others, counted before each re-link (in line or
    /// split: both run it, and running it twice changes nothing): leak subnets and shared
    /// servers.
    fn count_peers(&mut self) {
        self.count_leak_peers();
        self.void_server_orgs();
    }

    /// Voids the declared org of each account that sent a good share of its traffic from
    /// servers the accounts of other orgs used too (`FarmParams::server_orgs`): at least
    /// `server_share` of its requests from hosting ranges, and at least that share from
    /// addresses (its heaviest, as kept for linking) that accounts of `server_orgs` different
    /// orgs sent from, each such account with the same much hosting traffic. An enterprise's
    /// NAT or proxy carries one org; a cloud office or VPN exit many unrelated people touch
    /// now and then is no large share of a customer's traffic, and a single account renting
    /// a server is one org. Once void, always void: the servers stay shared.
    fn void_server_orgs(&mut self) {
        let p = &self.cfg.weights.farm;
        let (min_orgs, min_share, min_requests) =
            (p.server_orgs, p.server_share, p.server_min_requests);
        if min_orgs == 0 {
            return;
        }
        // The org an account declares (void or not: a voided seat still shows the servers
        // are shared), when its traffic is hosted enough to count.
        let hosted_org = |s: &super::slot::Slot| {
            let st = &s.state;
            let n = f64::from(st.requests);
            (st.requests >= min_requests.max(1)
                && f64::from(st.net(NetKind::Hosting)) >= min_share * n)
                .then(|| s.signup.as_ref().and_then(super::declared_org_key))
                .flatten()
        };
        let mut pairs: Vec<(u64, u64)> = Vec::new();
        for s in &self.slots {
            if let Some(org) = hosted_org(s) {
                pairs.extend(s.links.address_counts().map(|(a, _)| (a, org)));
            }
        }
        if pairs.is_empty() {
            return;
        }
        pairs.sort_unstable();
        pairs.dedup();
        let mut orgs_on: HashMap<u64, u32, RandomState> = HashMap::with_hasher(fixed_state());
        for (a, _) in &pairs {
            *orgs_on.entry(*a).or_default() += 1;
        }
        orgs_on.retain(|_, n| *n >= min_orgs);
        if orgs_on.is_empty() {
            return;
        }
        let mut void: Vec<(usize, u32)> = Vec::new();
        for (i, s) in self.slots.iter().enumerate() {
            if s.state.server_orgs() > 0 || !s.signup.as_ref().is_some_and(|a| a.has_org) {
                continue;
            }
            if hosted_org(s).is_none() {
                continue;
            }
            let (mut shared, mut orgs) = (0u32, 0u32);
            for (a, c) in s.links.address_counts() {
                if let Some(&n) = orgs_on.get(&a) {
                    shared = shared.saturating_add(c);
                    orgs = orgs.max(n);
                }
            }
            let shared = shared.min(s.state.requests);
            if orgs > 0 && f64::from(shared) >= min_share * f64::from(s.state.requests) {
                void.push((i, orgs - 1));
            }
        }
        if void.is_empty() {
            return;
        }
        // The org's own payment instruments (an invoice its other, still vouched accounts pay
        // with) go with the org: they tie the account to the customer, not to its operator.
        // A card of the account's own, or one its fellow seats share, stays evidence.
        let org_card = |s: &super::slot::Slot| {
            let a = s.signup.as_ref()?;
            Some((super::org_key(a)?, a.card?))
        };
        let voided: std::collections::HashSet<usize, RandomState> =
            void.iter().map(|&(i, _)| i).collect();
        let mut org_cards: std::collections::HashSet<(u64, u64), RandomState> =
            std::collections::HashSet::with_hasher(fixed_state());
        for (i, s) in self.slots.iter().enumerate() {
            if !voided.contains(&i) {
                org_cards.extend(org_card(s));
            }
        }
        for (i, others) in void {
            let s = &mut self.slots[i];
            let orgs_card = org_card(s).is_some_and(|k| org_cards.contains(&k));
            s.state.set_server_orgs(others);
            s.void_org();
            if orgs_card {
                s.links.clear_payment();
            }
        }
    }

    /// Counts, for each account that leaks from a restricted country, the other senders (an
    /// organisation's accounts counting as one) that leak from the same subnet
    /// (`AccountState::leak_peers`, at most 255). An account leaks when at most `shared_exit_max_share` of
    /// its requests came from restricted countries and its billing country is not one: a
    /// traveller or a campus there sends most of its traffic from it, a campaign behind
    /// proxies shows its own egress now and then. One pass over the slots.
    fn count_leak_peers(&mut self) {
        let max_share = self.cfg.weights.signal_params.shared_exit_max_share;
        let leaks = |s: &super::slot::Slot| {
            let st = &s.state;
            st.leak_subnet() != 0
                && !s.billing_restricted
                && f64::from(st.restricted) <= max_share * f64::from(st.requests)
        };
        // (subnet, sender): an org's key, else the slot (tagged so the two never meet).
        let mut pairs: Vec<(u32, u64)> = Vec::new();
        for (i, s) in self.slots.iter().enumerate() {
            if leaks(s) {
                let unit = s
                    .signup
                    .as_ref()
                    .and_then(super::org_key)
                    .map_or((1 << 63) | i as u64, |k| k & !(1 << 63));
                pairs.push((s.state.leak_subnet(), unit));
            }
        }
        pairs.sort_unstable();
        pairs.dedup();
        let mut senders: HashMap<u32, u32, RandomState> = HashMap::with_hasher(fixed_state());
        for (sub, _) in &pairs {
            *senders.entry(*sub).or_default() += 1;
        }
        for s in &mut self.slots {
            let n = if leaks(s) {
                senders.get(&s.state.leak_subnet()).copied().unwrap_or(1)
            } else {
                1
            };
            s.state.set_leak_peers(n.saturating_sub(1));
        }
    }

    /// Whether an account's structure alone makes it worth linking before the end: a young
    /// account without an org that vouches for it, one on a card that carries other
    /// accounts, or one sending mostly from hosting or anonymising ranges. Farms are found by
    /// structure, so their accounts must take part in periodic re-links whatever they ask.
    pub(super) fn farm_suspect(&self, i: usize) -> bool {
        let young_ms = (self.cfg.weights.farm.young_days * Timestamp::DAY as f64) as i64;
        let slot = &self.slots[i];
        let s = &slot.state;
        let by_signup = slot.signup.as_ref().is_some_and(|a| {
            !self.vouched(a)
                && (s.first_ts - a.created_at.millis() <= young_ms
                    || super::card_key(a)
                        .and_then(|k| self.card_df.get(&k))
                        .is_some_and(|&n| n >= 3))
        });
        by_signup || super::farm_facts::pooled_share(s) >= 0.5
    }

    /// Tops up the lifts of suspect members and card siblings (`Inherited::lift`) that fall
    /// short of the score they promise. A lift is sized against the member's score as the
    /// re-link's input saw it, which added the cluster's farm evidence to the cohort's, wave's
    /// and segment's where the score counts only the largest, and which this step then judged
    /// again: a member lifted "to review" was left just under it.
    fn top_up_lifts(&mut self, scored: &[super::Scored]) {
        let cp = &self.cfg.weights.campaign;
        // (reason, score it lifts to, most log-odds, least score to be lifted at all)
        let member = (
            crate::campaign::CAMPAIGN_MEMBER,
            cp.member_score,
            cp.member,
            cp.member_floor,
        );
        let sibling = (
            crate::campaign::CARD_SIBLING,
            cp.card_sibling_score,
            cp.card_sibling,
            0.0,
        );
        for sc in scored {
            for &m in &sc.cluster.members {
                let m = m as usize;
                let Some(x) = self.slots[m].inherited.as_deref() else {
                    continue;
                };
                if x.lift <= 0.0 || x.cluster_id != sc.cluster.id {
                    continue;
                }
                let Some(&(code, score, cap, floor)) = [member, sibling]
                    .iter()
                    .find(|(code, ..)| x.reasons.iter().any(|r| r.code == *code))
                else {
                    continue;
                };
                let now = self.verdict(m).1;
                if now >= score || now < floor {
                    continue;
                }
                let add = (crate::cohort::logit(score) - crate::cohort::logit(now))
                    .min(cap - x.lift)
                    .max(0.0);
                if add < 0.001 {
                    continue;
                }
                if let Some(x) = self.slots[m].inherited.as_deref_mut() {
                    x.lift += add;
                    if let Some(r) = x.reasons.iter_mut().rev().find(|r| r.code == code) {
                        r.weight = crate::score::round3(r.weight + add);
                    }
                }
            }
        }
    }

    /// Lifts the suspect members of a campaign that its members' final scores flag, where the
    /// re-link's estimate did not: that estimate (`RelinkInput::lift_campaign_members`) has no
    /// cohort, wave or segment evidence yet, so a pool flagged through its network segment
    /// left its suspect teammates (linked to it by the same infrastructure, load and
    /// templates, but too few requests to count in the segment) below review. The same rule
    /// with the scores `apply` has just judged: campaign score from the members' mean,
    /// suspects from `member_floor`, vouched members and those already lifted left alone.
    pub(in crate::scanner) fn lift_late_members(&mut self, scored: &[super::Scored]) {
        let cp = self.cfg.weights.campaign.clone();
        let review = self.cfg.policy.thresholds.review;
        if cp.member <= 0.0 {
            return;
        }
        let target = crate::cohort::logit(cp.member_score);
        for sc in scored {
            let n = sc.cluster.members.len();
            if n < 2 {
                continue;
            }
            let verdicts: Vec<_> = sc
                .cluster
                .members
                .iter()
                .map(|&m| self.verdict(m as usize))
                .collect();
            let mean = verdicts.iter().map(|v| v.1).sum::<f64>() / n as f64;
            let score = crate::campaign::campaign_score(
                &cp,
                sc.coordination,
                sc.distillation,
                mean,
                self.cfg.weights.bias,
                sc.farm.logit,
            );
            let flagged = verdicts.iter().filter(|v| v.0.is_flagged()).count();
            let majority =
                cp.member_majority_min > 0 && n >= cp.member_majority_min && flagged * 2 >= n;
            if score < review && !majority {
                continue;
            }
            let why = if score >= review {
                format!("campaign score {score:.2}")
            } else {
                format!("{flagged} of its {n} members flagged")
            };
            for (&m, &(_, p)) in sc.cluster.members.iter().zip(&verdicts) {
                let m = m as usize;
                let vouched = self.slots[m]
                    .signup
                    .as_ref()
                    .is_some_and(|a| self.vouched(a));
                if p >= review || vouched {
                    continue;
                }
                // Under the floor only a member that takes what the campaign takes, and only
                // where the campaign's own score flags it (a majority of flagged members can be
                // a campus's abusers beside its researchers, who take long answers too).
                if p < cp.member_floor
                    && (score < review
                        || cp.member_taken_min <= 0.0
                        || taken_logit(&self.cfg, &self.w, &self.slots[m]) < cp.member_taken_min)
                {
                    continue;
                }
                let Some(x) = self.slots[m].inherited.as_deref_mut() else {
                    continue;
                };
                if x.cluster_id != sc.cluster.id || x.lift > 0.0 {
                    continue;
                }
                let lift =
                    crate::score::round3(cp.member.min(target - crate::cohort::logit(p)).max(0.0));
                if lift < 0.05 {
                    continue;
                }
                x.lift = lift;
                x.reasons.push(dg_model::Reason {
                    code: crate::campaign::CAMPAIGN_MEMBER.to_string(),
                    weight: lift,
                    detail: format!(
                        "member of flagged cluster {} ({why}), scoring {p:.2} with its evidence",
                        sc.cluster.id
                    ),
                    evidence: Vec::new(),
                });
            }
        }
    }

    /// Step 4: the clusters, inherited evidence and campaigns of `out` replace the old; then
    /// cohorts, waves and segments are judged over every account held, members and matches
    /// pushed out of `allow` are flagged at the re-link's time, flagged clusters remembered,
    /// and idle accounts evicted.
    fn apply(&mut self, out: RelinkOutput) {
        let RelinkOutput {
            at,
            all,
            relinks: _,
            chosen,
            inherited,
            scored,
            past,
            lent,
        } = out;
        if let Some(l) = lent {
            l.put_back(self);
        }
        self.due = None;
        self.relinks += 1;
        self.last_relink = Some(at);
        self.new_suspects = 0;
        // Accounts left out keep what they inherited at their last link.
        for &i in &chosen {
            self.slots[i as usize].inherited = None;
        }
        for (m, x) in inherited {
            self.slots[m as usize].inherited = Some(Box::new(x));
        }
        self.past = past;
        // The throwaway cohort, judged over every account seen so far (one pass, no links).
        self.cohort_crowded = self.crowded_addresses();
        let facts = self.cohort_facts();
        self.cohort = crate::cohort::judge(&self.cfg.weights.cohort, &facts, self.cfg.weights.bias);
        if self.cohort.any() {
            for i in 0..self.ids.len() {
                if self.slots[i].flagged_at().is_none()
                    && self.cohort_match(i)
                    && self.verdict(i).0.is_flagged()
                {
                    self.slots[i].flag(at);
                }
            }
        }
        // Harvester waves, judged over every account seen so far (one sort, no links).
        self.waves = self.harvester_waves();
        let matched: Vec<u32> = self.waves.keys().copied().collect();
        for i in matched {
            let i = i as usize;
            if self.slots[i].flagged_at().is_none() && self.verdict(i).0.is_flagged() {
                self.slots[i].flag(at);
            }
        }
        // Network segments, judged over every account seen so far (one pass, no links).
        self.segments = self.network_segments();
        for i in 0..self.ids.len() {
            if self.slots[i].flagged_at().is_none()
                && self.segment_logit(i) > 0.0
                && self.verdict(i).0.is_flagged()
            {
                self.slots[i].flag(at);
            }
        }
        self.top_up_lifts(&scored);
        self.lift_late_members(&scored);
        // Flag members that the cluster evidence pushes out of `allow`, and remember campaigns.
        for sc in &scored {
            let mut flagged = 0usize;
            for &m in &sc.cluster.members {
                let m = m as usize;
                let (d, _) = self.verdict(m);
                if d.is_flagged() {
                    flagged += 1;
                    self.slots[m].flag(at);
                }
            }
            if flagged * 2 >= sc.cluster.members.len() {
                let entry = super::past::PastCampaign {
                    id: sc.cluster.id.clone(),
                    members: sc.cluster.members.clone(),
                    frames: sc.frames.clone(),
                    first_seen: sc.first_seen,
                    last_seen: sc.last_seen,
                };
                match self.past.iter().position(|p| p.id == entry.id) {
                    Some(k) => {
                        let members = compute::joiners(&self.past[k], &entry.members, |m| {
                            self.slots[m as usize].state.first_ts
                        });
                        self.past[k].absorb(super::past::PastCampaign { members, ..entry });
                    }
                    None => self.past.push(entry),
                }
            }
        }
        self.clusters = scored;
        // Last, so the clusters and flags it spares are this re-link's; never at the final link,
        // whose findings cover every account held.
        if !all {
            self.evict_idle(at);
        }
    }
}
