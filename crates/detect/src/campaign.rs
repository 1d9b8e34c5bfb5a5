//! Campaign risk of a linked cluster: coordination and distillation behaviour must agree.
//!
//! Coordination alone (an enterprise on one card, a class behind one NAT) is not an attack, and
//! distillation-like behaviour alone is weaker evidence than the same behaviour spread across a
//! coordinated pool. So a cluster's contribution to each member is
//! `weight × coordination × distillation`, where
//!
//! * `coordination` ∈ [0, 1] adds up named pieces of evidence (shared payment instruments,
//!   scripted sign-up bursts, load-balanced volumes, lockstep prompting on one frame, shared
//!   infrastructure), is discounted by the share of members in a declared organisation, and
//!   reaches full weight only for pools of five or more accounts;
//! * `distillation` ∈ [0, 1] is the mean, over members, of their own content evidence (the
//!   content family's log-odds, capped at 3 and scaled to 1), or the pool's capability
//!   targeting (`crate::farm::targeting`, no phrasing signal in it) times `targeting`, whichever
//!   is larger: the scanner takes the larger, so a pool that words its prompts in nobody's cue
//!   list still counts as distilling when its pooled traffic leans to what harvesters take.
//!
//! Members inherit the contribution in the `coordination` family, with one reason per piece.

use dg_model::Reason;
use serde::{Deserialize, Serialize};

use crate::features::ramp;
use crate::link::{AttrKind, CoordinationFacts};
use crate::score::round3;

/// The reason code of card-sibling evidence (documented in docs/reasons.md).
pub const CARD_SIBLING: &str = "card_sibling";

/// The reason code of a suspect member of a flagged campaign (documented in docs/reasons.md).
pub const CAMPAIGN_MEMBER: &str = "campaign_member";

/// The numbers of campaign risk (`[campaign]` in the weights file; every key optional).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct CampaignParams {
    /// Log-odds a fully coordinated pool of clear distillers adds to each member.
    pub weight: f64,
    /// Weights of the coordination pieces.
    pub shared_payment: f64,
    pub signup_burst: f64,
    pub load_balanced: f64,
    pub template: f64,
    pub shared_infrastructure: f64,
    /// Weight of members replaying one another's session rhythms (a script's recorded timing).
    pub rhythm: f64,
    /// Coefficient of variation of member volumes below which they count as load-balanced
    /// fully, and above which not at all.
    pub balanced_cv_full: f64,
    pub balanced_cv_none: f64,
    /// Members from which a cluster counts fully as a pool (linearly from two).
    pub full_pool: f64,
    /// Members' content log-odds at which their distillation evidence counts fully.
    pub content_full: f64,
    /// The cluster score: `sigmoid(base + weight·coordination·distillation + member_weight ·
    /// mean member score)`.
    pub score_base: f64,
    pub score_member_weight: f64,
    /// Log-odds a match with a known actor's indicator adds to a cluster's members.
    pub known_actor: f64,
    /// Log-odds a successor inherits from the flagged campaign whose workload it takes over
    /// (times the members' distillation evidence, at least half).
    pub successor: f64,
    /// Log-odds an unvouched, unverified account inherits when its payment instrument also
    /// pays for a member of its cluster flagged on that member's own evidence: a card is the
    /// operator's, so the accounts it pays for are one operator's. At most enough to lift the
    /// account to `card_sibling_score` (association earns a review, not a block).
    pub card_sibling: f64,
    /// Score up to which `card_sibling` lifts an account (the review tier by default policy).
    pub card_sibling_score: f64,
    /// Most accounts on the card for `card_sibling`: a card carrying more pays for a company
    /// or a reseller's customers, where one member's verdict says little of the others.
    pub card_sibling_max_accounts: u32,
    /// Log-odds at most that a member of a flagged campaign inherits when it is suspect itself
    /// (scores at least `member_floor` with the cluster's evidence) but below review: lifted
    /// to `member_score` and no further (membership earns a review, not a block). 0 turns it
    /// off.
    pub member: f64,
    pub member_score: f64,
    pub member_floor: f64,
    /// A member under `member_floor` is lifted as well when the campaign's own score flags it
    /// (not a majority alone) and the member took long answers as the campaign does: at least
    /// this many log-odds of its own from `harvest_volume`, `output_hunger` and
    /// `thinking_harvest`, none of which reads wording (0 turns it off). The floor spares a
    /// proxy network's ordinary customers drawn into a hydra it serves; they do not take a
    /// harvester's answers, while a slow teammate of the pool does, in small numbers.
    pub member_taken_min: f64,
    /// Fewest members for a cluster whose final member scores flag at least half of them to
    /// count as a flagged campaign for `member` lifts, whatever its campaign score (the
    /// criterion the scanner remembers campaigns by; 0: the campaign score only). A pool
    /// flagged member by member through its network segment or a harvester wave is one
    /// operator's, even where its coordination pieces are weak.
    pub member_majority_min: usize,
    /// Share of full distillation evidence that the cluster's pooled capability targeting
    /// (see `farm::targeting`) stands for when its members' content evidence is weaker.
    pub targeting: f64,
}

impl Default for CampaignParams {
    fn default() -> Self {
        Self {
            weight: 6.0,
            shared_payment: 0.35,
            signup_burst: 0.25,
            load_balanced: 0.3,
            template: 0.3,
            shared_infrastructure: 0.15,
            rhythm: 0.3,
            balanced_cv_full: 0.15,
            balanced_cv_none: 0.6,
            full_pool: 5.0,
            content_full: 3.0,
            score_base: -4.0,
            score_member_weight: 4.0,
            known_actor: 3.0,
            successor: 2.0,
            card_sibling: 9.0,
            card_sibling_score: 0.6,
            card_sibling_max_accounts: 6,
            member: 9.0,
            member_score: 0.6,
            member_floor: 0.1,
            member_taken_min: 0.5,
            member_majority_min: 4,
            targeting: 1.0,
        }
    }
}

/// One named piece of coordination evidence.
#[derive(Debug, Clone, PartialEq)]
pub struct Piece {
    pub code: &'static str,
    pub strength: f64,
    pub detail: String,
}

/// How coordinated a cluster is, with the pieces that say so. `occupancy` is the members'
/// mean share of 10-minute buckets with a request (see `AccountState::bucket_occupancy`).
pub fn coordination(
    p: &CampaignParams,
    f: &CoordinationFacts,
    members: usize,
    occupancy: f64,
) -> (f64, Vec<Piece>) {
    let has = |k: AttrKind| f.kinds.contains(&k);
    let mut pieces = Vec::new();
    let mut push = |code: &'static str, weight: f64, strength: f64, detail: String| {
        if strength > 0.0 {
            pieces.push(Piece {
                code,
                strength: weight * strength,
                detail,
            });
        }
    };
    if has(AttrKind::Payment) {
        push(
            "cluster_shared_payment",
            p.shared_payment,
            f.strong_share.max(0.5),
            "members share payment instruments".to_string(),
        );
    }
    push(
        "cluster_signup_burst",
        p.signup_burst,
        f.signup_burst_share,
        format!(
            "{:.0}% of members were created in the same sign-up bursts",
            f.signup_burst_share * 100.0
        ),
    );
    let balanced = if members as f64 >= p.full_pool {
        1.0 - ramp(f.volume_cv, p.balanced_cv_full, p.balanced_cv_none)
    } else {
        0.0
    };
    push(
        "cluster_load_balanced",
        p.load_balanced,
        balanced,
        format!("request volumes are near-equal across members (coefficient of variation {:.2}): a load balancer", f.volume_cv),
    );
    // Lockstep counts as far as chance does not explain it: two members each active in a share
    // p of the buckets meet in p² of them anyway (always-on services on one public template).
    let occupancy = occupancy.clamp(0.0, 1.0);
    push(
        "cluster_template",
        p.template,
        f.interleave_share * (1.0 - occupancy * occupancy),
        format!(
            "{:.0}% of members prompt on the same frame in the same 10-minute windows, each active in {:.0}% of them",
            f.interleave_share * 100.0,
            occupancy * 100.0
        ),
    );
    push(
        "cluster_rhythm",
        p.rhythm,
        f.rhythm_share,
        format!(
            "{:.0}% of members pause between requests in the same sequence as another member, session after session: recorded timing replayed by one script",
            f.rhythm_share * 100.0
        ),
    );
    if has(AttrKind::Ip) || has(AttrKind::Subnet) {
        push(
            "cluster_shared_infrastructure",
            p.shared_infrastructure,
            1.0,
            "members share client addresses or subnets".to_string(),
        );
    }
    let raw: f64 = pieces.iter().map(|p| p.strength).sum();
    let discount = 1.0 - f.org_share;
    // A pool, not a pair: two always-on services on one template co-occur in every time bucket
    // by construction, and two accounts are no hydra. Full weight from five members.
    let pool = ((members as f64 - 1.0) / (p.full_pool - 1.0).max(1.0)).clamp(0.0, 1.0);
    let total = raw.min(1.0) * discount * pool;
    // Scale pieces to the discounted total so their weights add up to what members inherit.
    let scale = if raw > 0.0 { total / raw } else { 0.0 };
    for p in &mut pieces {
        p.strength *= scale;
    }
    (total, pieces)
}

/// Distillation behaviour of a cluster from its members' content log-odds.
pub fn distillation(p: &CampaignParams, member_content_logits: &[f64]) -> f64 {
    if member_content_logits.is_empty() {
        return 0.0;
    }
    member_content_logits
        .iter()
        .map(|c| (c / p.content_full).clamp(0.0, 1.0))
        .sum::<f64>()
        / member_content_logits.len() as f64
}

/// What a cluster adds to each member: log-odds and the reasons behind them.
pub fn member_contribution(
    p: &CampaignParams,
    coord: f64,
    pieces: &[Piece],
    distill: f64,
    cluster_id: &str,
) -> (f64, Vec<Reason>) {
    let total = p.weight * coord * distill;
    let reasons = if coord > 0.0 {
        pieces
            .iter()
            .map(|p| Reason {
                code: p.code.to_string(),
                weight: round3(total * p.strength / coord),
                detail: format!(
                    "{} (cluster {cluster_id}; members' distillation evidence {:.0}%)",
                    p.detail,
                    distill * 100.0
                ),
                evidence: Vec::new(),
            })
            .filter(|r| r.weight >= 0.05)
            .collect()
    } else {
        Vec::new()
    };
    (total, reasons)
}

/// Campaign risk of the cluster as a whole.
pub fn cluster_score(p: &CampaignParams, coord: f64, distill: f64, mean_member_score: f64) -> f64 {
    let z = p.score_base + p.weight * coord * distill + p.score_member_weight * mean_member_score;
    round3(1.0 / (1.0 + (-z).exp()))
}

/// The cluster's score as `clusters.jsonl` gives it: its campaign risk, or its farm structure
/// alone when that says more (a farm scores as a member with no evidence of its own would).
pub fn campaign_score(
    p: &CampaignParams,
    coord: f64,
    distill: f64,
    mean_member_score: f64,
    bias: f64,
    farm_logit: f64,
) -> f64 {
    let farm = round3(1.0 / (1.0 + (-(bias + farm_logit)).exp()));
    cluster_score(p, coord, distill, mean_member_score).max(farm)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn on_one_template() -> CoordinationFacts {
        CoordinationFacts {
            kinds: vec![AttrKind::Frame, AttrKind::CoActivity],
            interleave_share: 1.0,
            volume_cv: 1.0,
            ..CoordinationFacts::default()
        }
    }

    fn template_strength(occupancy: f64) -> f64 {
        let (_, pieces) = coordination(
            &CampaignParams::default(),
            &on_one_template(),
            10,
            occupancy,
        );
        pieces
            .iter()
            .find(|p| p.code == "cluster_template")
            .map_or(0.0, |p| p.strength)
    }

    #[test]
    fn lockstep_of_always_on_services_is_expected_by_chance() {
        // Pool members taking turns (a third of the buckets each) meeting on one frame: lockstep.
        assert!(template_strength(0.3) > 0.25, "{}", template_strength(0.3));
        // Services busy in every bucket on one public template meet anyway: little evidence.
        assert!(
            template_strength(0.97) < 0.02,
            "{}",
            template_strength(0.97)
        );
        assert!(template_strength(0.3) > template_strength(0.6));
        assert!(template_strength(0.6) > template_strength(0.9));
    }
}
