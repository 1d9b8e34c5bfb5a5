//! Account-farm evidence of a linked cluster: fraud structure that stands without wording.
//!
//! A distillation campaign needs many accounts, and making them leaves marks that have nothing
//! to do with what the accounts ask: sign-up waves, a handful of payment cards each carrying
//! several accounts, young and unverified accounts, traffic leaving a pool of hosting or proxy
//! addresses the members share, a client fingerprint that is rare outside the pool. A cluster
//! is judged a farm when both facets agree:
//!
//! * **origin** (how the accounts came to be): shared cards, sign-up waves, youth, no
//!   verification;
//! * **operation** (how they are run): a shared address pool on hosting or anonymising
//!   networks, a client fingerprint concentrated in the pool, address rotation.
//!
//! `farm = min(1, origin) × min(1, operation) × size × (1 − declared org) × (1 − verified)`.
//! Each facet alone has innocent explanations: a university class signs up in one hour
//! (origin) from its campus NAT, which is the customer's own network, not a hosting pool; app
//! backends share a cloud range (operation) but were created years apart on their own cards;
//! an enterprise pays for everyone with one card behind its NAT, and says so with an org id.
//! One card for the whole cluster is an organisation's habit, not a farm's: the card piece
//! counts several cards each carrying several accounts.
//!
//! Members inherit `weight × farm × (untargeted + (1 − untargeted) × targeting)` log-odds in
//! their own family, where `targeting` is the pool's concentration on the capabilities
//! campaigns harvest, measured on the pooled traffic against the population (so a pool whose
//! members each hide a minority of harvesting among customer traffic is still seen).

use serde::{Deserialize, Serialize};

use crate::features::ramp;

/// Every reason code farm evidence can give (documented in docs/reasons.md).
pub const CODES: [&str; 11] = [
    "farm_shared_cards",
    "farm_signup_waves",
    "farm_young_accounts",
    "farm_unverified",
    "farm_entry_programmes",
    "farm_scheduled_rotation",
    "farm_shared_pool",
    "farm_rare_client",
    "farm_rotation",
    "farm_automated",
    "farm_targeting",
];

/// The knobs of farm scoring (`[farm]` in the weights file; every key optional).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct FarmParams {
    /// Log-odds a member of a certain, fully targeted farm inherits (the bias is about −8, so
    /// 12 puts a certain farm at block, an untargeted one at throttle).
    pub weight: f64,
    /// Share of the farm evidence kept when the pool shows no capability targeting.
    pub untargeted: f64,
    /// Least farm structure of a pool for the linker to join the communities inside it.
    pub join_min: f64,
    /// Fewest members judged; the size factor reaches 1 at `full_size`.
    pub min_size: usize,
    pub full_size: usize,
    /// An account is young when its first request came within this many days of sign-up.
    pub young_days: f64,
    /// An account is established when its first request came this many days after sign-up
    /// (one of the marks that scale down what a member inherits from its cluster).
    pub established_days: f64,
    /// Origin piece weights.
    pub shared_cards: f64,
    pub signup_waves: f64,
    pub young: f64,
    pub unverified: f64,
    /// Unverified sign-ups through the education, research and startup programmes (the entry
    /// points campaigns abuse for credits and looser limits).
    pub programmes: f64,
    /// Accounts per shared card at which card sharing counts fully (it starts at 1.5).
    pub cards_full: f64,
    /// Operation piece weights.
    pub shared_pool: f64,
    pub rare_client: f64,
    /// Share of a fingerprint's holders inside the pool from which it marks the pool's tooling,
    /// and at which the mark is full.
    pub rare_client_from: f64,
    pub rare_client_full: f64,
    pub rotation: f64,
    /// Members driven by a scheduler (no quiet hours, clockwork gaps): a pool run by one
    /// operator's software, whichever network it leaves from.
    pub automated: f64,
    /// Discount per share of verified members (identity checks are costly for a farm).
    pub verified_discount: f64,
    /// Origin assumed when no member has a sign-up record (logs without `accounts.jsonl`).
    /// 0 by default: without sign-up records an org's staff on one cloud egress and SDK look
    /// like a pool (a startup's 60 accounts were flagged at 0.5 in the scenarios), so farm
    /// evidence needs sign-up data unless a deployment accepts that risk.
    pub unknown_origin: f64,
    /// Origin assumed without sign-up records when the members rotate addresses on a
    /// scheduler's clock (times the shares doing each): people behind a relay or a carrier
    /// NAT rotate too but sleep, and an organisation's staff or backends on one egress keep
    /// their addresses; a pool that does both is run by one operator's scheduler through
    /// rotating proxies.
    pub unknown_origin_automated: f64,
    /// Targeting: excess share of harvested capabilities over the population at which it
    /// counts fully (from 0), and the same for requests with large output caps.
    pub capability_excess_full: f64,
    pub high_cap_excess_full: f64,
    /// Most targeting that the capability mix gives on its own, in a pool that takes long
    /// answers (a long single-shot answer, a cap of 16k or more, extended reasoning) in no more
    /// than half as many of its requests as the population does; from there to as many, the
    /// mix counts up to in full. A pool doing one harvested kind of work with ordinary
    /// appetite (a workshop's agent starter kit, an app's tool loop) leans to a harvested
    /// capability as much as a farm does; what a farm is paid for is the answers.
    pub capability_only_max: f64,
    /// An org vouches for its accounts through a verified member only while at least this
    /// share of its records (three or more) are verified; below it only a member established
    /// long before its first request (`established_days`) makes it a customer of record. A
    /// farm dressed as a company verifies a few of its accounts; a company's staff, or a
    /// company years old, do not look like that. 0: any verified member vouches.
    pub vouch_verified_min: f64,
    /// Pooled extended-reasoning tokens per request, as a multiple of the population's, from
    /// which targeting starts and at which it is full.
    pub thinking_ratio_lo: f64,
    pub thinking_ratio_hi: f64,
    /// Operator boxes (see [`crate::consolidate`]): an account's box is the hosting address
    /// carrying at least `box_share` of its requests (and of them at least that share from
    /// hosting ranges), from `box_min_requests` requests on; an address is a box while at most
    /// `box_max_holders` accounts have used it at all (0: no boxes). Clusters whose members
    /// share boxes are one operator's.
    pub box_share: f64,
    pub box_min_requests: u32,
    pub box_max_holders: u32,
    /// Shared servers: an account whose declared org would vouch for it, that sent at least
    /// `server_share` of its requests from hosting ranges and at least that share from
    /// addresses the accounts of `server_orgs` or more different orgs used (its own included),
    /// from `server_min_requests` requests on, is judged without its org (0: never). An org
    /// vouches for what its people send from its offices, homes and clouds; servers that
    /// unrelated companies' accounts share belong to none of them (a contractor's seats inside
    /// its clients, a vendor running its customers' keys), and what they send is the
    /// operator's, whoever's name the seat carries.
    pub server_orgs: u32,
    pub server_share: f64,
    pub server_min_requests: u32,
}

impl Default for FarmParams {
    fn default() -> Self {
        Self {
            weight: 12.0,
            untargeted: 0.75,
            join_min: 0.4,
            min_size: 3,
            full_size: 8,
            young_days: 30.0,
            established_days: 120.0,
            shared_cards: 0.6,
            signup_waves: 0.4,
            young: 0.2,
            unverified: 0.2,
            programmes: 0.2,
            cards_full: 4.0,
            shared_pool: 0.9,
            rare_client: 0.5,
            rare_client_from: 0.3,
            rare_client_full: 0.8,
            rotation: 0.5,
            automated: 0.5,
            verified_discount: 0.6,
            unknown_origin: 0.0,
            unknown_origin_automated: 0.6,
            capability_excess_full: 0.3,
            high_cap_excess_full: 0.2,
            capability_only_max: 1.0,
            vouch_verified_min: 0.0,
            thinking_ratio_lo: 1.5,
            thinking_ratio_hi: 4.0,
            box_share: 0.8,
            box_min_requests: 5,
            box_max_holders: 5,
            server_orgs: 3,
            server_share: 0.2,
            server_min_requests: 10,
        }
    }
}

/// Structural facts of a cluster, counted over its members by the scanner.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct FarmFacts {
    pub members: usize,
    /// Members with a sign-up record.
    pub with_signup: usize,
    /// Members with a payment instrument, and the distinct instruments among them.
    pub with_card: usize,
    pub distinct_cards: usize,
    /// Members without a declared org whose card carries at least two other accounts.
    pub on_shared_card: usize,
    /// Share of members created in sign-up bursts (see `CoordinationFacts`).
    pub signup_burst_share: f64,
    /// Members whose first request came within `young_days` of sign-up.
    pub young: usize,
    /// Members whose record says verification failed or was not done (`verified: false`).
    pub unverified: usize,
    /// Unverified members signed up through the education, research or startup programmes.
    pub programme_unverified: usize,
    pub verified: usize,
    /// Members declaring an org id that another member declares too.
    pub with_org: usize,
    /// Requests of all members, and those from hosting, VPN, residential-proxy or Tor ranges.
    pub requests: u64,
    pub pooled_network_requests: u64,
    /// Share of members holding an address or subnet shared with another member.
    pub network_share: f64,
    /// The most pool-bound client fingerprint: share of members holding it, and share of all
    /// its holders that are members.
    pub client_share: f64,
    pub client_concentration: f64,
    /// Members with at least 3 requests, and those among them sending from a new address for
    /// most requests.
    pub judged_rotation: usize,
    pub rotating: usize,
    /// Sum over the judged members of how machine-driven their timing is (see
    /// `features::automation`), each in [0, 1].
    pub automated: f64,
    /// Share of members whose sessions replay a rhythm another member's replay (see
    /// `CoordinationFacts::rhythm_share`): machine timing dressed as a person's.
    pub rhythm_share: f64,
}

/// The pooled traffic of a cluster, or of the whole population, for capability targeting.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Traffic {
    pub requests: u64,
    /// Requests in the classes campaigns harvest (reasoning, coding, agentic, grading,
    /// rewrite, data generation).
    pub harvested: u64,
    /// Requests with an output cap of 16k tokens or more.
    pub high_cap: u64,
    pub thinking_tokens: u64,
    /// Requests that took a long answer: a long single-shot answer, a cap of 16k or more, or
    /// extended reasoning (`AccountState::took_long`).
    pub took_long: u64,
}

impl Traffic {
    fn share(&self, x: u64) -> f64 {
        x as f64 / self.requests.max(1) as f64
    }

    /// Adds another account's or cluster's traffic.
    pub fn add(&mut self, o: &Traffic) {
        self.requests += o.requests;
        self.harvested += o.harvested;
        self.high_cap += o.high_cap;
        self.thinking_tokens += o.thinking_tokens;
        self.took_long += o.took_long;
    }
}

/// One named piece of farm evidence, with its share of the farm's log-odds.
#[derive(Debug, Clone, PartialEq)]
pub struct FarmPiece {
    pub code: &'static str,
    /// Raw strength in [0, 1] times the piece weight.
    pub strength: f64,
    pub detail: String,
}

/// A cluster's farm verdict: the log-odds members inherit and the pieces behind them.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct FarmVerdict {
    /// Farm structure in [0, 1] (before targeting).
    pub farm: f64,
    /// Capability targeting of the pooled traffic in [0, 1].
    pub targeting: f64,
    /// Log-odds each member inherits.
    pub logit: f64,
    pub origin: Vec<FarmPiece>,
    pub operation: Vec<FarmPiece>,
    pub targeting_detail: String,
}

fn pct(x: f64) -> String {
    format!("{:.0}%", x * 100.0)
}

/// How far the pool concentrates on harvested capabilities, large outputs and thinking,
/// against the population; with the sentence that says so.
pub fn targeting(p: &FarmParams, pool: &Traffic, population: &Traffic) -> (f64, String) {
    let cap_excess = pool.share(pool.harvested) - population.share(population.harvested);
    let high_excess = pool.share(pool.high_cap) - population.share(population.high_cap);
    let think_pool = pool.thinking_tokens as f64 / pool.requests.max(1) as f64;
    let think_pop = population.thinking_tokens as f64 / population.requests.max(1) as f64;
    let think_ratio = think_pool / think_pop.max(1.0);
    let appetite = ramp(
        pool.share(pool.took_long),
        0.5 * population.share(population.took_long),
        population.share(population.took_long),
    );
    let mix = p.capability_only_max + (1.0 - p.capability_only_max) * appetite;
    let v = (ramp(cap_excess, 0.0, p.capability_excess_full) * mix)
        .max(ramp(high_excess, 0.0, p.high_cap_excess_full))
        .max(ramp(think_ratio, p.thinking_ratio_lo, p.thinking_ratio_hi));
    let detail = format!(
        "pooled over members: {} of requests in harvested capabilities (population {}), {} with output caps ≥ 16k (population {}), {think_pool:.0} thinking tokens per request ({think_ratio:.1}× the population)",
        pct(pool.share(pool.harvested)),
        pct(population.share(population.harvested)),
        pct(pool.share(pool.high_cap)),
        pct(population.share(population.high_cap)),
    );
    (v, detail)
}

/// Judges a cluster's farm structure; `targeting` from [`targeting`].
pub fn judge(p: &FarmParams, f: &FarmFacts, targeting: (f64, String)) -> FarmVerdict {
    let n = f.members.max(1) as f64;
    if f.members < p.min_size {
        return FarmVerdict::default();
    }
    let signed = f.with_signup.max(1) as f64;
    let mut origin = Vec::new();
    let mut operation = Vec::new();
    let push = |to: &mut Vec<FarmPiece>, code: &'static str, w: f64, s: f64, d: String| {
        if w * s > 0.0 {
            to.push(FarmPiece {
                code,
                strength: w * s.clamp(0.0, 1.0),
                detail: d,
            });
        }
    };

    // Several cards, each carrying several accounts: one card for all is an organisation.
    let per_card = f.with_card as f64 / f.distinct_cards.max(1) as f64;
    let cards = f64::from(u8::from(f.distinct_cards >= 2))
        * (f.on_shared_card as f64 / n)
        * ramp(per_card, 1.5, p.cards_full);
    push(
        &mut origin,
        "farm_shared_cards",
        p.shared_cards,
        cards,
        format!(
            "{} of members pay with {} cards shared by {per_card:.1} accounts each",
            pct(f.on_shared_card as f64 / n),
            f.distinct_cards
        ),
    );
    push(
        &mut origin,
        "farm_signup_waves",
        p.signup_waves,
        f.signup_burst_share,
        format!(
            "{} of members were created in sign-up waves",
            pct(f.signup_burst_share)
        ),
    );
    push(
        &mut origin,
        "farm_young_accounts",
        p.young,
        f.young as f64 / signed,
        format!(
            "{} of members sent their first request within {:.0} days of signing up",
            pct(f.young as f64 / signed),
            p.young_days
        ),
    );
    push(
        &mut origin,
        "farm_unverified",
        p.unverified,
        f.unverified as f64 / signed,
        format!(
            "{} of members are unverified",
            pct(f.unverified as f64 / signed)
        ),
    );
    push(
        &mut origin,
        "farm_entry_programmes",
        p.programmes,
        f.programme_unverified as f64 / signed,
        format!(
            "{} of members signed up unverified through the education, research or startup programmes",
            pct(f.programme_unverified as f64 / signed)
        ),
    );

    let pooled = f.pooled_network_requests as f64 / f.requests.max(1) as f64;
    push(
        &mut operation,
        "farm_shared_pool",
        p.shared_pool,
        f.network_share * pooled,
        format!(
            "{} of members share addresses with each other; {} of the pool's traffic comes from hosting, VPN, proxy or Tor ranges",
            pct(f.network_share),
            pct(pooled)
        ),
    );
    push(
        &mut operation,
        "farm_rare_client",
        p.rare_client,
        f.client_share * ramp(f.client_concentration, p.rare_client_from, p.rare_client_full),
        format!(
            "one client fingerprint is held by {} of members, and {} of all accounts holding it are members",
            pct(f.client_share),
            pct(f.client_concentration)
        ),
    );
    let rot = if f.judged_rotation > 0 {
        f.rotating as f64 / f.judged_rotation as f64
    } else {
        0.0
    };
    push(
        &mut operation,
        "farm_rotation",
        p.rotation,
        rot * (0.5 + 0.5 * pooled),
        format!(
            "{} of members send from a new address for most requests",
            pct(rot)
        ),
    );

    let judged = f.judged_rotation.max(1) as f64;
    let clocked = (f.automated / judged).clamp(0.0, 1.0);
    // A script that replays recorded pauses keeps no clock and sleeps when people do; the same
    // pauses on many accounts are its mark.
    let auto = clocked.max(f.rhythm_share.clamp(0.0, 1.0));
    push(
        &mut operation,
        "farm_automated",
        p.automated,
        auto,
        if f.rhythm_share > clocked {
            format!(
                "{} of members replay one another's pauses between requests: machine-driven timing",
                pct(f.rhythm_share)
            )
        } else {
            format!("the members' timing is {} machine-driven", pct(auto))
        },
    );
    let sum = |v: &[FarmPiece]| v.iter().map(|x| x.strength).sum::<f64>().min(1.0);
    let size = ramp(n, p.min_size as f64 - 1.0, p.full_size as f64);
    let org = f.with_org as f64 / n;
    let verified = f.verified as f64 / signed;
    let discount = (1.0 - org) * (1.0 - p.verified_discount * verified);
    if f.with_signup == 0 {
        // No sign-up records: the only origin evidence is how the pool is driven.
        push(
            &mut origin,
            "farm_scheduled_rotation",
            p.unknown_origin_automated,
            rot * auto,
            format!(
                "no sign-up records; {} of members rotate addresses and their timing is {} machine-driven (schedulers never sleep or keep time; people do neither)",
                pct(rot),
                pct(auto)
            ),
        );
    }
    let origin_sum = if f.with_signup == 0 {
        p.unknown_origin.max(sum(&origin))
    } else {
        sum(&origin)
    };
    let farm = (origin_sum * sum(&operation) * size * discount).clamp(0.0, 1.0);
    let (t, targeting_detail) = targeting;
    let logit = p.weight * farm * (p.untargeted + (1.0 - p.untargeted) * t);
    FarmVerdict {
        farm,
        targeting: t,
        logit,
        origin,
        operation,
        targeting_detail,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn wave_farm() -> FarmFacts {
        FarmFacts {
            members: 50,
            with_signup: 50,
            with_card: 50,
            distinct_cards: 5,
            on_shared_card: 50,
            signup_burst_share: 1.0,
            young: 50,
            unverified: 40,
            programme_unverified: 0,
            verified: 0,
            with_org: 0,
            requests: 5_000,
            pooled_network_requests: 5_000,
            network_share: 1.0,
            client_share: 0.9,
            client_concentration: 0.9,
            judged_rotation: 50,
            rotating: 0,
            automated: 0.0,
            rhythm_share: 0.0,
        }
    }

    /// The wave farm's pool as a log without `accounts.jsonl` shows it.
    fn without_sign_ups() -> FarmFacts {
        FarmFacts {
            with_signup: 0,
            with_card: 0,
            distinct_cards: 0,
            on_shared_card: 0,
            signup_burst_share: 0.0,
            young: 0,
            unverified: 0,
            ..wave_farm()
        }
    }

    fn untargeted() -> (f64, String) {
        (0.0, String::new())
    }

    #[test]
    fn a_wave_farm_on_a_hosting_pool_is_a_farm_whatever_it_asks() {
        let v = judge(&FarmParams::default(), &wave_farm(), untargeted());
        assert!(v.farm > 0.95, "{v:?}");
        assert!(v.logit >= 8.0, "{v:?}");
        for p in v.origin.iter().chain(&v.operation) {
            assert!(CODES.contains(&p.code), "{} is not in CODES", p.code);
        }
    }

    #[test]
    fn a_class_on_its_campus_network_is_not_a_farm() {
        // Signed up together, young, unverified, one address; but the campus network is the
        // customer's own (not hosting or proxy), each student pays alone, browsers are common.
        let class = FarmFacts {
            with_card: 0,
            distinct_cards: 0,
            on_shared_card: 0,
            pooled_network_requests: 0,
            client_share: 1.0,
            client_concentration: 0.05,
            ..wave_farm()
        };
        let v = judge(&FarmParams::default(), &class, untargeted());
        assert!(v.farm < 0.05, "{v:?}");
    }

    #[test]
    fn one_card_with_a_declared_org_is_an_organisation() {
        let ent = FarmFacts {
            distinct_cards: 1,
            with_org: 50,
            verified: 50,
            unverified: 0,
            ..wave_farm()
        };
        let v = judge(&FarmParams::default(), &ent, untargeted());
        assert_eq!(v.farm, 0.0, "{v:?}");
        let undeclared = FarmFacts {
            distinct_cards: 1,
            ..wave_farm()
        };
        let v = judge(&FarmParams::default(), &undeclared, untargeted());
        let cards = v.origin.iter().find(|p| p.code == "farm_shared_cards");
        assert!(cards.is_none(), "{v:?}");
    }

    #[test]
    fn old_backends_sharing_a_cloud_range_are_not_a_farm() {
        let backends = FarmFacts {
            distinct_cards: 50,
            on_shared_card: 0,
            signup_burst_share: 0.0,
            young: 0,
            unverified: 0,
            verified: 30,
            ..wave_farm()
        };
        let v = judge(&FarmParams::default(), &backends, untargeted());
        assert!(v.farm < 0.05, "{v:?}");
    }

    #[test]
    fn without_sign_up_records_there_is_no_farm_unless_configured() {
        let unknown = without_sign_ups();
        let v = judge(&FarmParams::default(), &unknown, untargeted());
        assert_eq!(v.farm, 0.0, "{v:?}");
        let p = FarmParams {
            unknown_origin: 0.5,
            ..FarmParams::default()
        };
        let v = judge(&p, &unknown, untargeted());
        assert!((0.3..=0.6).contains(&v.farm), "{v:?}");
        let full = judge(&FarmParams::default(), &wave_farm(), untargeted());
        assert!(v.farm < full.farm);
    }

    #[test]
    fn without_sign_up_records_a_pool_rotating_on_a_schedule_is_a_farm() {
        let bot_pool = FarmFacts {
            rotating: 50,
            automated: 50.0,
            ..without_sign_ups()
        };
        let v = judge(&FarmParams::default(), &bot_pool, untargeted());
        assert!(v.farm > 0.5, "{v:?}");
        assert!(v.origin.iter().any(|p| p.code == "farm_scheduled_rotation"));
        // People behind a relay rotate too, but sleep and keep no clock.
        let relay_users = FarmFacts {
            automated: 0.0,
            ..bot_pool.clone()
        };
        assert_eq!(
            judge(&FarmParams::default(), &relay_users, untargeted()).farm,
            0.0
        );
        // Backends on one egress run around the clock but keep their addresses.
        let backends = FarmFacts {
            rotating: 0,
            ..bot_pool
        };
        assert_eq!(
            judge(&FarmParams::default(), &backends, untargeted()).farm,
            0.0
        );
    }

    #[test]
    fn a_card_farm_run_by_a_scheduler_through_carrier_networks_is_a_farm() {
        // Waves on a few cards, young and unverified, but leaving through mobile carriers with
        // a common client: no pool, fingerprint or rotation to see; only the clock says that
        // one operator's software drives every member.
        let carriers = FarmFacts {
            pooled_network_requests: 0,
            network_share: 0.3,
            client_concentration: 0.05,
            automated: 40.0,
            ..wave_farm()
        };
        let v = judge(&FarmParams::default(), &carriers, untargeted());
        assert!(v.farm >= 0.3, "{v:?}");
        assert!(v.operation.iter().any(|p| p.code == "farm_automated"));
        // The same origin with people's timing (a class that sleeps) stays below any tier.
        let people = FarmFacts {
            automated: 2.0,
            ..carriers
        };
        let v = judge(&FarmParams::default(), &people, untargeted());
        assert!(v.farm < 0.05, "{v:?}");
        // The same people's pauses replayed on every account by one script is machine timing.
        let replayed = FarmFacts {
            rhythm_share: 0.8,
            ..people
        };
        let v = judge(&FarmParams::default(), &replayed, untargeted());
        assert!(v.farm >= 0.3, "{v:?}");
        assert!(v
            .operation
            .iter()
            .any(|p| p.code == "farm_automated" && p.detail.contains("replay")));
    }

    #[test]
    fn targeting_raises_a_farm_to_full_weight() {
        let p = FarmParams::default();
        let population = Traffic {
            requests: 100_000,
            harvested: 30_000,
            high_cap: 2_000,
            thinking_tokens: 10_000_000,
            took_long: 20_000,
        };
        let pool = Traffic {
            requests: 1_000,
            harvested: 700,
            high_cap: 250,
            thinking_tokens: 100_000,
            took_long: 400,
        };
        let t = targeting(&p, &pool, &population);
        assert!(t.0 > 0.99, "{t:?}");
        let same = targeting(&p, &population, &population);
        assert_eq!(same.0, 0.0, "{same:?}");
        let hit = judge(&p, &wave_farm(), t);
        let miss = judge(&p, &wave_farm(), untargeted());
        assert!(hit.logit > miss.logit * 1.3, "{} {}", hit.logit, miss.logit);
    }

    #[test]
    fn the_capability_mix_alone_counts_in_full_only_with_an_appetite() {
        let p = FarmParams::default();
        let population = Traffic {
            requests: 100_000,
            harvested: 50_000,
            high_cap: 30_000,
            thinking_tokens: 40_000_000,
            took_long: 40_000,
        };
        // All of one harvested kind, short answers, no large caps, no reasoning: a workshop.
        let workshop = Traffic {
            requests: 3_000,
            harvested: 3_000,
            high_cap: 0,
            thinking_tokens: 0,
            took_long: 0,
        };
        let t = targeting(&p, &workshop, &population).0;
        assert!((t - p.capability_only_max).abs() < 1e-9, "{t}");
        // The same mix taking long answers as often as the population: in full.
        let hungry = Traffic {
            took_long: 1_200,
            ..workshop
        };
        let t = targeting(&p, &hungry, &population).0;
        assert!((t - 1.0).abs() < 1e-9, "{t}");
        // Half as often as the population, or less: the floor.
        let half = Traffic {
            took_long: 600,
            ..workshop
        };
        let t = targeting(&p, &half, &population).0;
        assert!((t - p.capability_only_max).abs() < 1e-9, "{t}");
    }

    #[test]
    fn unknown_keys_are_refused() {
        assert!(toml::from_str::<FarmParams>("wieght = 3.0").is_err());
        let p: FarmParams = toml::from_str("weight = 3.0").unwrap_or_default();
        assert_eq!(p.weight, 3.0);
        assert_eq!(p.min_size, FarmParams::default().min_size);
    }
}
