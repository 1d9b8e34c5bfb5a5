//! Counting a cluster's farm structure and pooled traffic from the scan's per-account state.

use std::collections::{HashMap, HashSet};

use ahash::RandomState;
use dg_model::{Capability, NetKind, Reason, SignupChannel, Timestamp};

use super::relink::RelinkInput;
use super::{card_key, fixed_state, Scanner};
use crate::farm::{self, FarmFacts, FarmParams, FarmVerdict, Traffic};
use crate::link::{in_signup_bursts, Cluster, Joinable};
use crate::score::round3;

/// What the population looks like at a re-link: pooled traffic, and accounts per client
/// fingerprint (for "rare outside the pool").
pub(super) struct Population {
    traffic: Traffic,
    client_df: HashMap<u64, u32, RandomState>,
}

/// Classes a harvester values (everything but chat and vision).
const HARVESTED: [Capability; 6] = [
    Capability::Reasoning,
    Capability::Coding,
    Capability::Agentic,
    Capability::Grading,
    Capability::Rewrite,
    Capability::DataGeneration,
];

/// Networks that hide who sends: hosting egress and anonymisers.
const POOLED: [NetKind; 4] = [
    NetKind::Hosting,
    NetKind::Vpn,
    NetKind::ResidentialProxy,
    NetKind::Tor,
];

/// Share of an account's requests from hosting or anonymising ranges.
pub(super) fn pooled_share(s: &crate::account::AccountState) -> f64 {
    let pooled: u32 = POOLED.iter().map(|&k| s.net(k)).sum();
    f64::from(pooled) / f64::from(s.requests.max(1))
}

/// Whether an account sends from a new address for most of its requests (from three on).
fn rotates(s: &crate::account::AccountState) -> bool {
    s.requests >= 3 && s.ips.estimate() >= 0.5 * f64::from(s.requests)
}

/// A cluster's farm verdicts (see [`Scanner::farm_verdicts`]).
#[derive(Debug, Default)]
pub(super) struct FarmVerdicts {
    /// As the pool is run.
    pub full: FarmVerdict,
    /// As a member run by a person sees it, when the pool has a scheduler piece.
    pub by_hand: Option<FarmVerdict>,
    /// Per member (in cluster order), whether it shows the pool's operation itself; empty
    /// when the farm gives nothing.
    pub shows: Vec<bool>,
}

/// One account's traffic for capability targeting.
fn traffic_of(s: &crate::account::AccountState) -> Traffic {
    Traffic {
        requests: u64::from(s.requests),
        harvested: HARVESTED
            .iter()
            .map(|c| u64::from(s.capabilities[c.index()]))
            .sum(),
        high_cap: u64::from(s.high_cap),
        thinking_tokens: s.thinking_tokens,
        took_long: u64::from(s.took_long),
    }
}

impl Scanner {
    /// The population baseline: one pass over all accounts. The pooled traffic is that of
    /// the accounts never flagged (all accounts' when every one was): pooled by request, a
    /// campaign's own accounts, the heaviest senders of a scan, would otherwise set the
    /// baseline, and the more of them a scan holds the less any pool of them stands out
    /// (half of a data set's requests came from its campaigns, which put its thinking tokens
    /// per request at three to seven times those of its ordinary users).
    pub(super) fn population(&self) -> Population {
        let mut traffic = Traffic::default();
        let mut all = Traffic::default();
        let mut client_df: HashMap<u64, u32, RandomState> = HashMap::with_hasher(fixed_state());
        for s in &self.slots {
            let t = traffic_of(&s.state);
            all.add(&t);
            if s.flagged_at().is_none() {
                traffic.add(&t);
            }
            for c in s.links.clients() {
                *client_df.entry(c).or_default() += 1;
            }
        }
        if traffic.requests == 0 {
            traffic = all;
        }
        Population { traffic, client_df }
    }
}

/// Farm facts of a re-link's clusters, from the copy of their members' state in its input
/// (`m` an account slot throughout).
impl RelinkInput {
    /// Counts the farm facts of a cluster's members, with the client fingerprint most bound
    /// to the pool when it is bound enough to be the pool's mark.
    fn farm_facts(&self, c: &Cluster, pop: &Population) -> (FarmFacts, Option<u64>) {
        let p = &self.cfg.weights.farm;
        let young_ms = (p.young_days * Timestamp::DAY as f64) as i64;
        let mut f = FarmFacts {
            members: c.members.len(),
            signup_burst_share: c.coordination.signup_burst_share,
            network_share: c.coordination.network_share,
            rhythm_share: c.coordination.rhythm_share,
            ..FarmFacts::default()
        };
        let mut cards: Vec<u64> = Vec::new();
        let mut clients: HashMap<u64, u32, RandomState> = HashMap::with_hasher(fixed_state());
        for &m in &c.members {
            let s = self.state(m);
            f.requests += u64::from(s.requests);
            f.pooled_network_requests += POOLED.iter().map(|&k| u64::from(s.net(k))).sum::<u64>();
            if s.requests >= 3 {
                f.judged_rotation += 1;
                f.rotating += usize::from(rotates(s));
                f.automated += crate::features::automation(&self.cfg.weights.signal_params, s);
            }
            for fp in self.links(m).clients() {
                *clients.entry(fp).or_default() += 1;
            }
            let Some(a) = self.meta(m) else {
                continue;
            };
            f.with_signup += 1;
            match a.verified {
                Some(true) => f.verified += 1,
                Some(false) => {
                    f.unverified += 1;
                    f.programme_unverified += usize::from(matches!(
                        a.signup_channel,
                        Some(
                            SignupChannel::Education
                                | SignupChannel::Research
                                | SignupChannel::Startup
                        )
                    ));
                }
                None => {}
            }
            f.young += usize::from(s.first_ts - a.created_at.millis() <= young_ms);
            if let Some(k) = card_key(a) {
                f.with_card += 1;
                cards.push(k);
            }
            f.on_shared_card += usize::from(self.on_shared_card(m));
        }
        f.with_org = self.vouched_members(&c.members);
        cards.sort_unstable();
        cards.dedup();
        f.distinct_cards = cards.len();
        // The fingerprint most bound to the pool: held by many members, by few others.
        let n = c.members.len().max(1) as f64;
        let mut best = (0.0, 0.0, 0.0, 0u64);
        for (fp, held) in clients {
            let df = pop.client_df.get(&fp).copied().unwrap_or(held).max(held);
            let share = f64::from(held) / n;
            let conc = f64::from(held) / f64::from(df);
            if share * conc > best.0 {
                best = (share * conc, share, conc, fp);
            }
        }
        f.client_share = best.1;
        f.client_concentration = best.2;
        let mark = (best.2 > p.rare_client_from).then_some(best.3);
        (f, mark)
    }

    /// Members of a cluster whose declared org vouches for them (see `Scanner::vouched`) and is
    /// declared by another member too (a farm that fills in a made-up org per account declares
    /// none shared, as in the coordination facts, where only a shared org counts).
    pub(super) fn vouched_members(&self, members: &[u32]) -> usize {
        let mut orgs: HashMap<u64, usize, RandomState> = HashMap::with_hasher(fixed_state());
        for &m in members {
            if let Some(k) = self
                .meta(m)
                .filter(|_| self.vouched(m))
                .and_then(super::org_key)
            {
                *orgs.entry(k).or_default() += 1;
            }
        }
        orgs.values().filter(|&&n| n >= 2).sum()
    }

    /// Members that are on their campus: an education or research sign-up sending at least
    /// half its requests from education ranges (`features::on_campus`). A class signed up
    /// together on its campus network shares a payer, a sign-up hour, its problem sets and its
    /// NAT as a farm does, and the institution explains all of it as a vouching org would;
    /// programme fraud signs up with a claimed institution and never comes near a campus.
    pub(super) fn on_campus_members(&self, members: &[u32]) -> usize {
        members
            .iter()
            .filter(|&&m| {
                self.meta(m)
                    .is_some_and(|a| crate::features::on_campus(self.state(m), a))
            })
            .count()
    }

    /// Which members show the farm's marks themselves. The pool's core shows one of its own:
    /// it rotates addresses, holds the pool's client fingerprint, was made in a sign-up wave
    /// with other members, or pays with a card that carries other accounts. The rest show the
    /// farm's operation when they share an address or subnet with the core. A member that shows
    /// none came into the cluster by what it asks and when (a backend whose template meets a
    /// farm's in the same windows, on its own fixed addresses, its own client and no shared
    /// card): the farm's structure is not its own, so it inherits none of it.
    fn shows_operation(&self, c: &Cluster, client: Option<u64>) -> Vec<bool> {
        let burst = self.in_signup_burst(c);
        let core: Vec<bool> = c
            .members
            .iter()
            .zip(&burst)
            .map(|(&m, &b)| {
                rotates(self.state(m))
                    || b
                    || self.on_shared_card(m)
                    || client.is_some_and(|fp| self.links(m).clients().any(|x| x == fp))
            })
            .collect();
        let mut held: HashSet<u64, RandomState> = HashSet::with_hasher(fixed_state());
        let mut keys = Vec::new();
        for (&m, _) in c.members.iter().zip(&core).filter(|(_, &k)| k) {
            keys.clear();
            self.links(m).network_keys(&mut keys);
            held.extend(keys.iter().copied());
        }
        c.members
            .iter()
            .zip(&core)
            .map(|(&m, &k)| {
                k || {
                    keys.clear();
                    self.links(m).network_keys(&mut keys);
                    keys.iter().any(|x| held.contains(x))
                }
            })
            .collect()
    }

    /// Per member, whether it was created within a sign-up bucket of two or more other
    /// members (the cluster's sign-up waves, as `CoordinationFacts::signup_burst_share`).
    fn in_signup_burst(&self, c: &Cluster) -> Vec<bool> {
        let mut created: Vec<(i64, usize)> = c
            .members
            .iter()
            .enumerate()
            .filter_map(|(k, &m)| self.meta(m).map(|a| (a.created_at.millis(), k)))
            .collect();
        created.sort_unstable();
        let times: Vec<i64> = created.iter().map(|&(t, _)| t).collect();
        let mut out = vec![false; c.members.len()];
        for (&(_, k), b) in created.iter().zip(in_signup_bursts(&times)) {
            out[k] = b;
        }
        out
    }

    /// Whether an account pays with a card that carries two or more other accounts and
    /// declares no org (a farm's way of paying; see `farm_facts`).
    fn on_shared_card(&self, m: u32) -> bool {
        self.meta(m).is_some_and(|a| {
            !self.vouched(m)
                && card_key(a).is_some_and(|k| self.card_df.get(&k).is_some_and(|&n| n >= 3))
        })
    }

    /// How far an account's own sign-up record leaves room for it to be a farmed account, in
    /// (0, 1]: each mark of an established customer (a declared org, passed verification, an
    /// account older than `established_days` at its first request, a card of its own beside
    /// verification or age) halves it. Pools are drawn on shared networks and clients, so an honest service that happens
    /// to share a cloud provider and an SDK with a farm can be drawn into its cluster; what a
    /// cluster passes on to such a member is scaled by this.
    pub(super) fn member_fit(&self, m: u32) -> f64 {
        let Some(a) = self.meta(m) else {
            return 1.0;
        };
        // On a card that carries other accounts and no org that vouches: the farm's own way of
        // paying, whatever the account's age or verification (farms buy aged accounts).
        let card_df = card_key(a).and_then(|k| self.card_df.get(&k).copied());
        if !self.vouched(m) && card_df.is_some_and(|n| n >= 3) {
            return 1.0;
        }
        let p = &self.cfg.weights.farm;
        let age_ms = self.state(m).first_ts - a.created_at.millis();
        let verified = a.verified == Some(true);
        let established = age_ms as f64 > p.established_days * Timestamp::DAY as f64;
        // An org counts as a mark when it vouches and another account declares it too: a farm
        // fills in a made-up org per account, or per team, as easily as a name.
        let org = self.vouched(m)
            && super::org_key(a)
                .and_then(|k| self.org_df.get(&k).copied())
                .is_some_and(|n| n >= 2);
        let marks = [
            org,
            verified,
            established,
            // A card of its own tells of a customer only beside another mark: a farm buys a
            // card per fresh, unverified account as easily as it shares one.
            card_df.is_some_and(|n| n <= 1) && (verified || established),
        ];
        0.5f64.powi(marks.iter().filter(|&&m| m).count() as i32)
    }

    /// Whether the linker may draw an account into a farm pool (see [`Joinable`]): not an
    /// established customer, and alone only when it rotates addresses or leaves through
    /// anonymising ranges, as farms do, or through hosting ranges (`Hosted`: so does a
    /// backend, which the linker tells apart by whom it shares its addresses with).
    pub(super) fn joinable(&self, m: u32) -> Joinable {
        if self.member_fit(m) < 0.5 {
            return Joinable::No;
        }
        let s = self.state(m);
        let anonymised = f64::from(s.anonymised()) / f64::from(s.requests.max(1));
        if rotates(s) || anonymised >= 0.5 {
            Joinable::Alone
        } else if pooled_share(s) >= 0.5 {
            Joinable::Hosted
        } else {
            Joinable::Yes
        }
    }

    /// The farm verdict of a cluster.
    pub(super) fn farm_verdict(&self, c: &Cluster, pop: &Population) -> FarmVerdict {
        self.farm_verdicts(c, pop).full
    }

    /// The farm verdict of a cluster, and, when it holds the pool's scheduler piece, the
    /// verdict as a member run by a person sees it: without that piece, which says nothing
    /// about such a member (see [`Self::runs_by_hand`]). The facts are counted once.
    pub(super) fn farm_verdicts(&self, c: &Cluster, pop: &Population) -> FarmVerdicts {
        let p = &self.cfg.weights.farm;
        if c.members.len() < p.min_size {
            return FarmVerdicts::default();
        }
        let (facts, client) = self.farm_facts(c, pop);
        let mut pool = Traffic::default();
        for &m in &c.members {
            pool.add(&traffic_of(self.state(m)));
        }
        let targeting = farm::targeting(p, &pool, &pop.traffic);
        let full = farm::judge(p, &facts, targeting.clone());
        let by_hand = full
            .operation
            .iter()
            .any(|x| x.code == "farm_automated")
            .then(|| {
                let manual = FarmParams {
                    automated: 0.0,
                    ..p.clone()
                };
                farm::judge(&manual, &facts, targeting)
            });
        let shows = if full.logit > 0.0 {
            self.shows_operation(c, client)
        } else {
            Vec::new()
        };
        FarmVerdicts {
            full,
            by_hand,
            shows,
        }
    }

    /// Whether an account's own timing is a person's (quiet hours, irregular gaps) over enough
    /// requests to tell: such a member of a scheduler-driven pool is more likely a customer
    /// of the same proxy network drawn in with it than one of the farm's accounts.
    pub(super) fn runs_by_hand(&self, m: u32) -> bool {
        let s = self.state(m);
        s.requests >= 3 && crate::features::automation(&self.cfg.weights.signal_params, s) < 0.5
    }
}

/// The reasons behind a farm verdict: its pieces share the untargeted part of the log-odds,
/// capability targeting the rest, so the weights add up to what members inherit.
pub(super) fn farm_reasons(v: &FarmVerdict, untargeted: f64, cluster_id: &str) -> Vec<Reason> {
    if v.logit <= 0.0 {
        return Vec::new();
    }
    let base = v.logit / (untargeted + (1.0 - untargeted) * v.targeting);
    let structural = base * untargeted;
    let total: f64 = v
        .origin
        .iter()
        .chain(&v.operation)
        .map(|p| p.strength)
        .sum();
    let mut out: Vec<Reason> = v
        .origin
        .iter()
        .chain(&v.operation)
        .map(|p| Reason {
            code: p.code.to_string(),
            weight: round3(structural * p.strength / total.max(f64::MIN_POSITIVE)),
            detail: format!(
                "{} (cluster {cluster_id}, farm structure {:.2})",
                p.detail, v.farm
            ),
            evidence: Vec::new(),
        })
        .collect();
    out.push(Reason {
        code: "farm_targeting".to_string(),
        weight: round3(v.logit - structural),
        detail: format!("{} (cluster {cluster_id})", v.targeting_detail),
        evidence: Vec::new(),
    });
    out.retain(|r| r.weight >= 0.05);
    out
}
