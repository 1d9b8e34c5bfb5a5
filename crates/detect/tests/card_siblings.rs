//! A card is its payer's: the unverified accounts a flagged harvester's card also pays for are
//! the same operator's, however little they sent. A scanner driver walks a small world: cards
//! that each pay for one heavy harvester and two throwaway accounts of one or two requests,
//! next to the look-alikes the rule must leave alone — verified accounts on a flagged account's
//! card (a household), an org's established staff on its card, a card paying for more accounts
//! than a household or an operator's handful (a company's or a reseller's), and individuals.

mod scan_support;

use dg_detect::score::Weights;
use dg_model::{AccountFinding, Decision, NetKind, SignupChannel};
use scan_support::*;

/// A heavy harvester on `card` (group `operator`): 60 chain-of-thought requests round the
/// clock over three days, a new residential-proxy exit for each, 32k caps and long answers.
fn heavy(w: &mut World, r: &mut Lcg, id: &str, card: &str) {
    let proxy = range("10.0.0.0/8", 64_510, NetKind::ResidentialProxy);
    w.account(Who::farmed("operator", id, START - DAY, card.to_string()));
    for _ in 0..60 {
        let ts = START + r.below(3 * DAY as u64) as i64;
        let ip = format!(
            "10.{}.{}.{}",
            1 + r.below(200),
            r.below(250),
            1 + r.below(250)
        );
        let prompt = format!(
            "Think step by step and show all of your reasoning before the final answer: problem {}",
            r.below(1_000_000)
        );
        w.request(id, ts, ip, &proxy, "fp_sdk", prompt, 32_000, 8_000);
    }
}

/// A light account (`who`, on its card): one or two plain questions from a home address.
fn light(w: &mut World, r: &mut Lcg, who: Who<'_>) {
    let home = range("100.64.0.0/16", 64_511, NetKind::Isp);
    let id = who.id.clone();
    w.account(who);
    for _ in 0..(1 + r.below(2)) {
        let ts = START + r.below(3 * DAY as u64) as i64;
        let ip = format!("100.64.{}.{}", r.below(250), 1 + r.below(250));
        let prompt = plain(r);
        w.request(&id, ts, ip, &home, "fp_browser", prompt, 2_000, 400);
    }
}

fn world() -> World {
    let mut w = World::new();
    let mut r = Lcg(11);
    // The operator: 12 cards, each paying for a harvester and two throwaways.
    for k in 0..12 {
        let card = format!("card_op_{k}");
        heavy(&mut w, &mut r, &format!("op_heavy_{k}"), &card);
        for j in 0..2 {
            let who = Who::farmed(
                "throwaway",
                &format!("op_light_{k}_{j}"),
                START - DAY,
                card.clone(),
            );
            light(&mut w, &mut r, who);
        }
    }
    // Households: a harvester's card also pays for verified relatives' accounts.
    for k in 0..4 {
        let card = format!("card_home_{k}");
        heavy(&mut w, &mut r, &format!("home_heavy_{k}"), &card);
        for j in 0..2 {
            let who = Who {
                verified: true,
                created: START - 300 * DAY,
                ..Who::farmed("household", &format!("home_{k}_{j}"), 0, card.clone())
            };
            light(&mut w, &mut r, who);
        }
    }
    // A company: one card and an org its established staff vouch for; one of them harvests.
    heavy(&mut w, &mut r, "acme_heavy", "card_acme");
    for j in 0..5 {
        let who = Who {
            org: Some("org_acme"),
            created: START - 400 * DAY,
            channel: SignupChannel::Enterprise,
            ..Who::farmed("company", &format!("acme_{j}"), 0, "card_acme".into())
        };
        light(&mut w, &mut r, who);
    }
    if let Some(a) = w.accounts.get_mut("acme_heavy") {
        a.org_id = Some("org_acme".into());
    }
    // A card paying for ten accounts (a reseller's customers, signed up over months), one of
    // them a harvester.
    heavy(&mut w, &mut r, "resale_heavy", "card_resale");
    for j in 0..9 {
        let created = START - (40 + 9 * j) * DAY;
        let who = Who::farmed(
            "reseller",
            &format!("resale_{j}"),
            created,
            "card_resale".into(),
        );
        light(&mut w, &mut r, who);
    }
    // Individuals on cards of their own, and pairs sharing a card with nobody flagged.
    for k in 0..150 {
        let card = if k < 100 {
            format!("card_pair_{}", k / 2)
        } else {
            format!("card_person_{k}")
        };
        let created = START - (3 + k as i64 % 50) * DAY - k as i64 * 3_600_000;
        let who = Who::farmed("individual", &format!("person_{k:03}"), created, card);
        light(&mut w, &mut r, who);
    }
    w.events.sort_by_key(|(e, _)| e.ts);
    w
}

fn decision(found: &[AccountFinding], id: &str) -> Decision {
    found
        .iter()
        .find(|f| f.account_id == id)
        .map_or(Decision::Allow, |f| f.decision)
}

#[test]
fn throwaways_on_a_flagged_harvesters_card_are_reviewed_and_look_alikes_are_not() {
    let w = world();
    let (found, _) = scan(&w, Weights::default_weights());
    let flagged = flagged_by_group(&w, &found);
    let heavies = (0..12).filter(|k| decision(&found, &format!("op_heavy_{k}")).is_flagged());
    assert_eq!(
        heavies.count(),
        12,
        "the harvesters are flagged on their own: {flagged:?}"
    );
    assert_eq!(flagged.get("throwaway"), Some(&24), "{flagged:?}");
    for k in 0..12 {
        for j in 0..2 {
            let id = format!("op_light_{k}_{j}");
            let f = found.iter().find(|f| f.account_id == id).expect("seen");
            // Association earns a review, not a block.
            assert_eq!(f.decision, Decision::Review, "{id}: {}", f.score);
            let r = f.reasons.iter().find(|r| r.code == "card_sibling");
            let r = r.unwrap_or_else(|| panic!("{id}: {:?}", f.reasons));
            assert!(r.detail.contains("3 accounts"), "{}", r.detail);
        }
    }
    for group in ["household", "company", "reseller", "individual"] {
        assert_eq!(flagged.get(group), None, "{group}: {flagged:?}");
    }
}

#[test]
fn without_the_card_sibling_weight_the_throwaways_pass() {
    let w = world();
    let mut weights = Weights::default_weights();
    weights.campaign.card_sibling = 0.0;
    let (found, _) = scan(&w, weights);
    let flagged = flagged_by_group(&w, &found);
    assert_eq!(flagged.get("throwaway"), None, "{flagged:?}");
}
