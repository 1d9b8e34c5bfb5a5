//! Re-linking during the scan: which accounts to link, consolidating campaign pieces, scoring
//! clusters, passing their risk to members, and recognising successors of flagged campaigns.

use std::collections::{BTreeMap, HashMap};

use ahash::RandomState;
use dg_model::{Reason, Timestamp};

use super::farm_facts::farm_reasons;
use super::past::{union_sorted, PastCampaign, ANCHORS_PER_CAMPAIGN};
use super::{fixed_state, Inherited, Scanner, Scored};
use crate::account::Signup;
use crate::link::{AccountLinks, Cluster, Joinable, Pool};
use crate::{campaign, consolidate, score};

/// Share of a client fingerprint's holders that must be run as farms are run for the
/// fingerprint to mark a pool.
const CLIENT_POOL_ALIKE: f64 = 0.6;

/// A successor may start this long before the campaign it takes over goes quiet.
const TAKEOVER_OVERLAP_MS: i64 = 6 * Timestamp::HOUR;

impl Scanner {
    /// Merges clusters that are pieces of one campaign (see [`crate::consolidate`]).
    fn consolidate(&self, clusters: Vec<Cluster>) -> Vec<Cluster> {
        if clusters.len() < 2 {
            return clusters;
        }
        let email_key = |m: &Signup| m.email;
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
            .map(|&m| self.ids.get(m as usize))
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

    /// Whether an account's structure alone makes it worth linking before the end: a young
    /// account without an org that vouches for it, one on a card that carries other
    /// accounts, or one sending mostly from hosting or anonymising ranges. Farms are found by
    /// structure, so their accounts must take part in periodic re-links whatever they ask.
    pub(super) fn farm_suspect(&self, i: usize) -> bool {
        let young_ms = (self.cfg.weights.farm.young_days * Timestamp::DAY as f64) as i64;
        let s = &self.states[i];
        let by_signup = self.account_meta[i].as_ref().is_some_and(|a| {
            !self.vouched(a)
                && (s.first_ts - a.created_at.millis() <= young_ms
                    || super::card_key(a)
                        .and_then(|k| self.card_df.get(&k))
                        .is_some_and(|&n| n >= 3))
        });
        by_signup || super::farm_facts::pooled_share(s) >= 0.5
    }

    /// Re-links accounts, scores the clusters, and passes their risk on to members; a member
    /// whose decision now leaves `allow` is flagged at `at`.
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
            // Accounts with a single request link too: a farm can use each account once.
            let candidate = all
                || anchor[i]
                || match self.flagged_at[i] {
                    Some(t) => !in_campaign[i] || since.is_none_or(|s| t > s),
                    // A suspect that sent nothing since the previous re-link links as it did
                    // then, unless it is clustered (kept above) or a newcomer links to it
                    // (newcomers are suspects too when they look like its farm).
                    None => {
                        self.inherited[i].is_some()
                            || (self.farm_suspect(i)
                                && since.is_none_or(|s| self.states[i].last_ts >= s.millis()))
                            || self.content_logit(i) >= min_content
                    }
                };
            if candidate {
                chosen.push(i as u32);
            }
        }
        self.last_relink = Some(at);
        self.new_suspects = 0;
        let input: Vec<(u32, &AccountLinks)> = chosen
            .iter()
            .map(|&i| (i, &self.links[i as usize]))
            .collect();
        let graph = self.linker.build(&input);
        let population = self.population();
        // Join only through pools that are farms on their own structure: a pool of honest
        // customers (an SDK version, a cloud range and its region) stays apart.
        // Pools join in periodic re-links too: a farm held together only by its pool (rotating
        // residential exits and one rare client) is otherwise found only by the final link and
        // dated at its members' last requests (on an outside data set this moved the median
        // first detection from 5.0 to 3.4 h, with the same accounts flagged and successors
        // still linked on the simulator's standby pools). Rarity and lift are measured on the
        // re-link's subset, which holds the suspects and few ordinary accounts, so a subset
        // pool is judged as a farm before anything joins through it, as in the final link.
        let pools = graph.pools();
        let communities = graph.communities();
        let p = &self.cfg.weights.farm;
        let open: Vec<&Pool> = pools
            .iter()
            .filter(|pool| pool.len() >= p.min_size && graph.could_join(&communities, pool))
            .collect();
        let farms: Vec<&Pool> = open
            .iter()
            .copied()
            .zip(graph.pool_clusters(&open))
            .filter(|(pool, c)| {
                if pool.len() < p.min_size {
                    return false;
                }
                // A client fingerprint marks a pool when most of its holders are run the way
                // farms are run (rotating, hosting or anonymising exits): an SDK that a farm
                // and the public share is nobody's mark.
                if pool.is_client() {
                    let alike = c
                        .members
                        .iter()
                        .filter(|&&m| self.joinable(m as usize) == Joinable::Alone)
                        .count();
                    if (alike as f64) < CLIENT_POOL_ALIKE * c.members.len() as f64 {
                        return false;
                    }
                }
                self.farm_verdict(c, &population).farm >= p.join_min
            })
            .map(|(pool, _)| pool)
            .collect();
        let clusters = graph.clusters_joined(
            communities,
            &farms,
            |m| self.joinable(m as usize),
            |m| {
                let s = &self.states[m as usize];
                (s.first_ts, s.last_ts)
            },
        );
        drop(graph);
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
        let campaign_params = self.cfg.weights.campaign.clone();
        let cp = &campaign_params;
        for cluster in clusters {
            let members = &cluster.members;
            let occupancy = members
                .iter()
                .map(|&m| self.states[m as usize].bucket_occupancy())
                .sum::<f64>()
                / members.len().max(1) as f64;
            // A shared org explains the coordination only when it vouches for its members.
            let mut facts = cluster.coordination.clone();
            let vouched = self.vouched_members(members) as f64 / members.len().max(1) as f64;
            facts.org_share = facts.org_share.min(vouched);
            let (coord, pieces) = campaign::coordination(cp, &facts, members.len(), occupancy);
            let logits: Vec<f64> = members
                .iter()
                .map(|&m| self.content_logit(m as usize))
                .collect();
            let distill = campaign::distillation(cp, &logits);
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
            // When the pool started: the lower quartile of its members' first requests, so a
            // few strays linked into it do not date a successor before its predecessor ended.
            let started = {
                let mut f: Vec<i64> = members
                    .iter()
                    .map(|&m| self.states[m as usize].first_ts)
                    .collect();
                f.sort_unstable();
                f.get(f.len() / 4).copied().unwrap_or(first_seen)
            };
            // A successor takes over a flagged campaign's frames after it went quiet.
            let successor_of = self
                .past
                .iter()
                .filter(|p| {
                    p.id != cluster.id
                        && !p.members.iter().any(|m| members.binary_search(m).is_ok())
                })
                .filter(|p| {
                    started >= p.first_seen + Timestamp::HOUR
                        && started + TAKEOVER_OVERLAP_MS >= p.last_seen
                })
                .find(|p| {
                    p.frames.iter().any(|a| {
                        frames
                            .iter()
                            .any(|b| (a ^ b).count_ones() <= crate::account::sketch::FRAME_RADIUS)
                    })
                })
                .map(|p| (p.id.clone(), p.last_seen));
            let (mut logit, mut reasons) =
                campaign::member_contribution(cp, coord, &pieces, distill, &cluster.id);
            let known = self.known.matches(
                &cluster.links,
                &frames,
                &self.cfg.hash_key,
                &self.cfg.hash_key_id,
            );
            for m in &known {
                // A CSV match has strength 1: its weight is `known_actor` as it always was.
                let weight = if m.strength >= 1.0 {
                    cp.known_actor
                } else {
                    score::round3(cp.known_actor * m.strength)
                };
                logit += weight;
                reasons.push(Reason {
                    code: "known_actor".to_string(),
                    weight,
                    detail: m.detail(&cluster.id),
                    evidence: Vec::new(),
                });
            }
            if let Some((pid, quiet)) = &successor_of {
                logit += cp.successor * distill.max(0.5);
                reasons.push(Reason {
                    code: "successor_of".to_string(),
                    weight: score::round3(cp.successor * distill.max(0.5)),
                    detail: format!(
                        "takes over the prompt frames of flagged cluster {pid}, which went quiet at {}",
                        Timestamp(*quiet)
                    ),
                    evidence: Vec::new(),
                });
            }
            let verdicts = self.farm_verdicts(&cluster, &population);
            let farm = verdicts.full;
            let untargeted = self.cfg.weights.farm.untargeted;
            let by_machine = (farm.logit, farm_reasons(&farm, untargeted, &cluster.id));
            // Members run by hand inherit the farm without its scheduler piece.
            let by_hand = match &verdicts.by_hand {
                Some(v) => (v.logit, farm_reasons(v, untargeted, &cluster.id)),
                None => by_machine.clone(),
            };
            let nothing = (0.0, Vec::new());
            for (k, &m) in members.iter().enumerate() {
                let fit = self.member_fit(m as usize);
                // A member showing none of the pool's operation inherits no farm evidence.
                let (farm_logit, farm_reasons) = if !verdicts.shows.get(k).copied().unwrap_or(true)
                {
                    &nothing
                } else if self.runs_by_hand(m as usize) {
                    &by_hand
                } else {
                    &by_machine
                };
                let mut reasons = reasons.clone();
                reasons.extend(farm_reasons.iter().cloned());
                if fit < 1.0 {
                    for r in &mut reasons {
                        r.weight = score::round3(r.weight * fit);
                    }
                    reasons.retain(|r| r.weight >= 0.05);
                }
                self.inherited[m as usize] = Some(Box::new(Inherited {
                    cluster_id: cluster.id.clone(),
                    logit: logit * fit,
                    farm: farm_logit * fit,
                    reasons,
                }));
            }
            scored.push(Scored {
                known_actors: known
                    .into_iter()
                    .map(|m| (m.actor, m.indicators + m.frames))
                    .collect(),
                successor_of: successor_of.map(|(id, _)| id),
                cluster,
                coordination: coord,
                distillation: distill,
                frames,
                first_seen,
                last_seen,
                farm,
            });
        }
        // The throwaway cohort, judged over every account seen so far (one pass, no links).
        self.cohort_crowded = self.crowded_addresses();
        let facts = self.cohort_facts();
        self.cohort = crate::cohort::judge(&self.cfg.weights.cohort, &facts, self.cfg.weights.bias);
        if self.cohort.logit > 0.0 {
            for i in 0..self.ids.len() {
                if self.flagged_at[i].is_none()
                    && self.cohort_match(i)
                    && self.verdict(i).0.is_flagged()
                {
                    self.flagged_at[i] = Some(at);
                }
            }
        }
        // Harvester waves, judged over every account seen so far (one sort, no links).
        self.waves = self.harvester_waves();
        let matched: Vec<u32> = self.waves.keys().copied().collect();
        for i in matched {
            let i = i as usize;
            if self.flagged_at[i].is_none() && self.verdict(i).0.is_flagged() {
                self.flagged_at[i] = Some(at);
            }
        }
        // Network segments, judged over every account seen so far (one pass, no links).
        self.segments = self.network_segments();
        for i in 0..self.ids.len() {
            if self.flagged_at[i].is_none()
                && self.segment_logit(i) > 0.0
                && self.verdict(i).0.is_flagged()
            {
                self.flagged_at[i] = Some(at);
            }
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
        // Last, so the clusters and flags it spares are this re-link's; never at the final link,
        // whose findings cover every account held.
        if !all {
            self.evict_idle(at);
        }
    }
}
