//! Step 3 of a re-link, pure: linking the candidates, consolidating campaign pieces, scoring
//! clusters, passing their risk to members, and recognising successors of flagged campaigns.
//! Reads only its [`RelinkInput`].

use std::collections::BTreeMap;

use dg_model::{Reason, Timestamp};

use super::super::farm_facts::farm_reasons;
use super::super::past::{union_sorted, PastCampaign};
use super::super::{Inherited, Scored};
use super::input::{box_of, RelinkInput, RelinkOutput};
use crate::link::{AttrKind, Cluster, LinkEvidence, Pool};
use crate::{campaign, cohort, consolidate, score};

/// Share of a client fingerprint's holders that must be run as farms are run for the
/// fingerprint to mark a pool.
const CLIENT_POOL_ALIKE: f64 = 0.6;

/// A successor may start this long before the campaign it takes over goes quiet.
const TAKEOVER_OVERLAP_MS: i64 = 6 * Timestamp::HOUR;

/// The accounts of a cluster (`members`) that belong to past campaign `p`: its members, and
/// those that started (`first_ts`) while it kept working for longer than a takeover's
/// overlap. An account that started near the campaign's end is left out, so it can be named a
/// successor.
pub(super) fn joiners(
    p: &PastCampaign,
    members: &[u32],
    first_ts: impl Fn(u32) -> i64,
) -> Vec<u32> {
    members
        .iter()
        .copied()
        .filter(|&m| {
            p.members.binary_search(&m).is_ok() || first_ts(m) + TAKEOVER_OVERLAP_MS < p.last_seen
        })
        .collect()
}

impl RelinkInput {
    /// Links the candidates and scores what comes out: the clusters, what each member
    /// inherits, and the remembered campaigns as re-found. Runs anywhere: it reads nothing
    /// but the input.
    pub fn compute(mut self) -> RelinkOutput {
        let clusters = self.link();
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
        for (p, anchors) in past.iter_mut().zip(&self.anchors) {
            let share = |c: &Cluster, of: &[u32]| {
                c.members
                    .iter()
                    .filter(|m| of.binary_search(m).is_ok())
                    .count()
            };
            let best = clusters
                .iter()
                .map(|c| (share(c, &p.members), share(c, anchors), c))
                .filter(|&(n, a, c)| {
                    n > 0
                        && (n * 2 >= p.members.len().min(c.members.len()) || a * 2 >= anchors.len())
                })
                .max_by_key(|(n, _, c)| (*n, std::cmp::Reverse(c.id.clone())));
            if let Some((_, _, c)) = best {
                p.id = c.id.clone();
                let joined = joiners(p, &c.members, |m| self.state(m).first_ts);
                p.members = union_sorted(&p.members, &joined);
            }
        }
        past.sort_by(|a, b| a.id.cmp(&b.id));
        let mut merged: Vec<PastCampaign> = Vec::with_capacity(past.len());
        for p in past {
            match merged.last_mut() {
                Some(q) if q.id == p.id => q.absorb(p),
                _ => merged.push(p),
            }
        }
        let past = merged;
        let mut scored = Vec::with_capacity(clusters.len());
        let mut inherited = Vec::new();
        for cluster in clusters {
            scored.push(self.score(cluster, &past, &mut inherited));
        }
        let RelinkInput {
            at,
            all,
            relinks,
            chosen,
            accounts,
            ..
        } = self;
        RelinkOutput {
            at,
            all,
            relinks,
            chosen,
            inherited,
            scored,
            past,
            lent: all.then_some(accounts),
        }
    }

    /// The candidates' clusters: the graph's communities, joined through the pools judged to
    /// be farms.
    fn link(&self) -> Vec<Cluster> {
        let input = self.link_input();
        let graph = self.linker.build(&input);
        drop(input);
        let population = &self.population;
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
                        .filter(|&&m| self.joinable(m).run_alike())
                        .count();
                    if (alike as f64) < CLIENT_POOL_ALIKE * c.members.len() as f64 {
                        return false;
                    }
                }
                self.farm_verdict(c, population).farm >= p.join_min
            })
            .map(|(pool, _)| pool)
            .collect();
        graph.clusters_joined(
            communities,
            &farms,
            |m| self.joinable(m),
            |m| {
                let s = self.state(m);
                (s.first_ts, s.last_ts)
            },
        )
    }

    /// Merges clusters that are pieces of one campaign (see [`crate::consolidate`]).
    fn consolidate(&self, clusters: Vec<Cluster>) -> Vec<Cluster> {
        if clusters.len() < 2 {
            return clusters;
        }
        // Two clusters need four candidates, so the counts were taken.
        let Some(rarity) = self.rarity() else {
            return clusters;
        };
        let rare = |df: Option<&u32>| df.is_some_and(|&d| (2..=rarity.rare_max).contains(&d));
        let fp = &self.cfg.weights.farm;
        // A member's box, when another account used it too (and few did).
        let boxed = |m: u32| {
            box_of(fp, self.state(m), self.links(m)).filter(|b| {
                rarity
                    .box_df
                    .get(b)
                    .is_some_and(|&d| (2..=fp.box_max_holders).contains(&d))
            })
        };
        let mut sigs = Vec::with_capacity(clusters.len());
        let mut risky = Vec::with_capacity(clusters.len());
        for c in &clusters {
            let mut sig = consolidate::Signature::default();
            let mut score = 0.0;
            sig.active = (i64::MAX, i64::MIN);
            let (mut firsts, mut lasts) = (Vec::new(), Vec::new());
            for &m in &c.members {
                let s = self.state(m);
                sig.active.0 = sig.active.0.min(s.first_ts);
                sig.active.1 = sig.active.1.max(s.last_ts);
                firsts.push(s.first_ts);
                lasts.push(s.last_ts);
                if let Some(k) = self.meta(m).and_then(|a| a.email) {
                    if rare(rarity.email_df.get(&k)) {
                        sig.emails.push(k);
                    }
                }
                for (f, _) in s.frames.entries().into_iter().take(2) {
                    if rare(rarity.frame_df.get(&f)) {
                        sig.frames.push(f);
                    }
                }
                sig.boxes.extend(boxed(m));
                score += self.score_without_cluster(m);
            }
            sig.core = (
                super::super::median(&mut firsts).unwrap_or(0),
                super::super::median(&mut lasts).unwrap_or(0),
            );
            sig.seal();
            sigs.push(sig);
            risky.push(score / c.members.len().max(1) as f64 >= 0.5);
        }
        let mut merged =
            consolidate::consolidate(clusters, &sigs, &risky, |m| self.state(m).requests);
        let max_links = self.linker.config().max_links_per_kind;
        for c in &mut merged {
            note_shared_boxes(c, &boxed, max_links);
        }
        merged
    }

    /// A cluster's id: `cl_` and 16 hex digits of a hash of its lexicographically smallest
    /// account id, so the same campaign keeps its id across scans of overlapping windows
    /// (unless that account leaves it or a smaller one joins), not only within a scan.
    fn cluster_id(&self, members: &[u32]) -> String {
        let smallest = members.iter().map(|&m| self.id(m)).min().unwrap_or("");
        format!("cl_{:016x}", crate::link::text_hash(smallest.as_bytes()))
    }

    /// The heaviest frames of a set of accounts (a campaign's workload signature).
    fn frames_of(&self, members: &[u32]) -> Vec<u64> {
        let mut counts: BTreeMap<u64, u64> = BTreeMap::new();
        for &m in members {
            for (k, c) in self.state(m).frames.entries().into_iter().take(2) {
                *counts.entry(k).or_default() += u64::from(c);
            }
        }
        let mut v: Vec<(u64, u64)> = counts.into_iter().collect();
        v.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        v.into_iter().take(6).map(|(k, _)| k).collect()
    }

    /// Lifts the suspect members of a flagged campaign to the review tier. The cluster is
    /// judged as the output judges it (its coordination and distillation with the mean of its
    /// members' scores, or its farm alone), from the members' scores with its evidence; a
    /// member that scores `member_floor` or more with that evidence (or less, when it took long
    /// answers: `member_taken_min`) but stays below review is lifted to `member_score`, unless
    /// an org vouches for it. Such a member was linked into
    /// the campaign by what it shares with it and already looks like its flagged members, only
    /// less: the pool's harvest spread thin over many accounts leaves each one just below the
    /// line, and the campaign's verdict is what its accounts have in common.
    fn lift_campaign_members(
        &self,
        cluster_id: &str,
        coord: f64,
        distill: f64,
        farm_logit: f64,
        mine: &mut [(u32, f64, Inherited)],
    ) {
        let cp = &self.cfg.weights.campaign;
        let review = self.cfg.policy.thresholds.review;
        if cp.member <= 0.0 || mine.len() < 2 {
            return;
        }
        let sigmoid = |z: f64| 1.0 / (1.0 + (-z).exp());
        let mean = mine.iter().map(|(_, z, _)| sigmoid(*z)).sum::<f64>() / mine.len() as f64;
        let score =
            campaign::campaign_score(cp, coord, distill, mean, self.cfg.weights.bias, farm_logit);
        if score < review {
            return;
        }
        let target = cohort::logit(cp.member_score);
        for (m, z, x) in mine.iter_mut() {
            let p = sigmoid(*z);
            if p >= review || self.vouched(*m) {
                continue;
            }
            // Under the floor only a member that takes what the campaign takes.
            if p < cp.member_floor
                && (cp.member_taken_min <= 0.0 || self.taken_logit(*m) < cp.member_taken_min)
            {
                continue;
            }
            let lift = cp.member.min(target - *z).max(0.0);
            if lift < 0.05 {
                continue;
            }
            let lift = score::round3(lift);
            x.lift += lift;
            x.reasons.push(Reason {
                code: campaign::CAMPAIGN_MEMBER.to_string(),
                weight: lift,
                detail: format!(
                    "member of flagged cluster {cluster_id} (campaign score {score:.2}), scoring {p:.2} with its evidence"
                ),
                evidence: Vec::new(),
            });
        }
    }

    /// Per member of a cluster (in `members`' order), when it is a card sibling of a flagged
    /// account: unvouched by an org, not verified, and paying with an instrument that pays for
    /// 2 to `card_sibling_max_accounts` accounts in all, one of which is a member flagged on
    /// its own evidence (without the cluster's). Gives (flagged others, members on the card,
    /// the member's own score).
    fn card_siblings(&self, members: &[u32]) -> Vec<Option<(usize, usize, f64)>> {
        let cp = &self.cfg.weights.campaign;
        let card = |m: u32| {
            let a = self.meta(m)?;
            let k = super::super::card_key(a)?;
            let n = self.card_df.get(&k).copied().unwrap_or(0);
            (2..=cp.card_sibling_max_accounts as usize)
                .contains(&(n as usize))
                .then_some(k)
        };
        let mut by_card: BTreeMap<u64, (usize, usize)> = BTreeMap::new();
        let cards: Vec<Option<u64>> = members.iter().map(|&m| card(m)).collect();
        let mut own = vec![(false, 0.0); members.len()];
        for (k, (&m, c)) in members.iter().zip(&cards).enumerate() {
            if let Some(c) = c {
                let e = by_card.entry(*c).or_default();
                e.1 += 1;
                let (decision, score) = self.verdict_without_cluster(m);
                own[k] = (decision.is_flagged(), score);
                e.0 += usize::from(own[k].0);
            }
        }
        members
            .iter()
            .zip(&cards)
            .enumerate()
            .map(|(k, (&m, c))| {
                let (f, n) = *by_card.get(&(*c)?)?;
                let (flagged, score) = own[k];
                let others = f - usize::from(flagged);
                let open =
                    !self.vouched(m) && self.meta(m).is_some_and(|a| a.verified != Some(true));
                (open && others > 0).then_some((others, n, score))
            })
            .collect()
    }

    /// Scores one cluster against the campaigns remembered (`past`) and pushes what each of
    /// its members inherits onto `inherited`.
    fn score(
        &self,
        cluster: Cluster,
        past: &[PastCampaign],
        inherited: &mut Vec<(u32, Inherited)>,
    ) -> Scored {
        let cp = &self.cfg.weights.campaign;
        let members = &cluster.members;
        let occupancy = members
            .iter()
            .map(|&m| self.state(m).bucket_occupancy())
            .sum::<f64>()
            / members.len().max(1) as f64;
        // A shared org explains the coordination only when it vouches for its members; a
        // campus explains its class's.
        let mut facts = cluster.coordination.clone();
        let n = members.len().max(1) as f64;
        let vouched = self.vouched_members(members) as f64 / n;
        let campus = self.on_campus_members(members) as f64 / n;
        facts.org_share = facts.org_share.min(vouched).max(campus);
        let (coord, pieces) = campaign::coordination(cp, &facts, members.len(), occupancy);
        let logits: Vec<f64> = members.iter().map(|&m| self.content_logit(m)).collect();
        let verdicts = self.farm_verdicts(&cluster, &self.population);
        // The pool's own leaning to harvested capabilities, large caps and thinking stands for
        // distillation evidence as far as `[campaign] targeting` says, whatever the wording.
        let distill =
            campaign::distillation(cp, &logits).max(cp.targeting * verdicts.full.targeting);
        let frames = self.frames_of(members);
        let first_seen = members
            .iter()
            .map(|&m| self.state(m).first_ts)
            .min()
            .unwrap_or(0);
        let last_seen = members
            .iter()
            .map(|&m| self.state(m).last_ts)
            .max()
            .unwrap_or(0);
        // When the pool started: the lower quartile of its members' first requests, so a
        // few strays linked into it do not date a successor before its predecessor ended.
        let started = {
            let mut f: Vec<i64> = members.iter().map(|&m| self.state(m).first_ts).collect();
            f.sort_unstable();
            f.get(f.len() / 4).copied().unwrap_or(first_seen)
        };
        // A successor takes over a flagged campaign's frames after it went quiet.
        let successor_of = past
            .iter()
            .filter(|p| {
                p.id != cluster.id && !p.members.iter().any(|m| members.binary_search(m).is_ok())
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
        let farm = verdicts.full;
        let untargeted = self.cfg.weights.farm.untargeted;
        let by_machine = (farm.logit, farm_reasons(&farm, untargeted, &cluster.id));
        // Members run by hand inherit the farm without its scheduler piece.
        let by_hand = match &verdicts.by_hand {
            Some(v) => (v.logit, farm_reasons(v, untargeted, &cluster.id)),
            None => by_machine.clone(),
        };
        let nothing = (0.0, Vec::new());
        let siblings = self.card_siblings(members);
        // Per member: slot, log-odds with this cluster's evidence, what it inherits.
        let mut mine: Vec<(u32, f64, Inherited)> = Vec::with_capacity(members.len());
        for (k, &m) in members.iter().enumerate() {
            let fit = self.member_fit(m);
            // A member showing none of the pool's operation inherits no farm evidence.
            let (farm_logit, farm_reasons) = if !verdicts.shows.get(k).copied().unwrap_or(true) {
                &nothing
            } else if self.runs_by_hand(m) {
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
            let mut sibling = 0.0;
            if let Some(&(flagged, on_card, own)) = siblings.get(k).and_then(Option::as_ref) {
                // Lifts the account to the review tier at most, counting what it already has.
                let z = cohort::logit(own) + logit * fit + farm_logit * fit;
                sibling = cp
                    .card_sibling
                    .min(cohort::logit(cp.card_sibling_score) - z)
                    .max(0.0);
                if sibling >= 0.05 {
                    sibling = score::round3(sibling);
                    reasons.push(Reason {
                        code: campaign::CARD_SIBLING.to_string(),
                        weight: sibling,
                        detail: format!(
                            "its payment instrument pays for {on_card} accounts of cluster {}, {flagged} of them flagged on their own evidence",
                            cluster.id
                        ),
                        evidence: Vec::new(),
                    });
                } else {
                    sibling = 0.0;
                }
            }
            let z = cohort::logit(self.score_without_cluster(m))
                + logit * fit
                + (farm_logit * fit + sibling);
            mine.push((
                m,
                z,
                Inherited {
                    cluster_id: cluster.id.clone(),
                    logit: logit * fit,
                    farm: farm_logit * fit,
                    lift: sibling,
                    reasons,
                },
            ));
        }
        self.lift_campaign_members(&cluster.id, coord, distill, farm.logit, &mut mine);
        inherited.extend(mine.into_iter().map(|(m, _, x)| (m, x)));
        Scored {
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
        }
    }
}

/// Counts the boxes a cluster's members share among themselves (what a merge through boxes
/// joined them by) into its link evidence and its share of members sharing addresses: the
/// pieces of the link came from cards, the machines hold them together.
fn note_shared_boxes(c: &mut Cluster, boxed: &impl Fn(u32) -> Option<u64>, max_links: usize) {
    let mut held: BTreeMap<u64, u32> = BTreeMap::new();
    for &m in &c.members {
        if let Some(b) = boxed(m) {
            *held.entry(b).or_default() += 1;
        }
    }
    held.retain(|_, n| *n >= 2);
    if held.is_empty() {
        return;
    }
    let on_shared: u32 = held.values().sum();
    let share = f64::from(on_shared) / c.members.len().max(1) as f64;
    let co = &mut c.coordination;
    co.network_share = co.network_share.max(share);
    if !co.kinds.contains(&AttrKind::Ip) {
        co.kinds.push(AttrKind::Ip);
        co.kinds.sort();
    }
    for (b, n) in held {
        match c
            .links
            .iter_mut()
            .find(|l| l.kind == AttrKind::Ip && l.value_hash == b)
        {
            Some(l) => l.accounts = l.accounts.max(n),
            None => c.links.push(LinkEvidence {
                kind: AttrKind::Ip,
                value_hash: b,
                accounts: n,
            }),
        }
    }
    consolidate::tidy_links(&mut c.links, max_links);
}
