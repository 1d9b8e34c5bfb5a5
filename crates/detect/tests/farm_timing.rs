//! A farm driven by a scheduler passes its scheduler mark only to members run the same way: a
//! customer of the same proxy network drawn into the pool, who keeps a person's hours, inherits
//! the farm without it.

mod scan_support;

use dg_detect::score::Weights;
use dg_model::NetKind;
use scan_support::*;

const HOUR: i64 = 3_600_000;

fn world() -> World {
    let mut w = World::new();
    let mut r = Lcg(5);
    let proxy = range("203.0.113.0/24", 64_501, NetKind::ResidentialProxy);
    // The farm: 24 young, unverified accounts on 6 cards, one request every 40 minutes around
    // the clock for four days, rotating through the proxy's exits.
    for k in 0..24 {
        let id = format!("farm_{k:02}");
        w.account(Who::farmed(
            "farm",
            &id,
            START - DAY + k * 60_000,
            format!("card_{}", k % 6),
        ));
        for n in 0..144 {
            let ts = START + k * 90_000 + n * 40 * 60_000;
            let ip = format!("203.0.113.{}", 1 + r.below(250));
            let prompt = plain(&mut r);
            w.request(&id, ts, ip, &proxy, "fp_rare", prompt, 16_000, 2_000);
        }
    }
    // A customer of the same proxy network, same client, on a card the farm also uses (so it
    // is drawn in), who works a person's hours: 9 to 17, a few requests an hour.
    w.account(Who::farmed(
        "customer",
        "customer",
        START - 20 * DAY,
        "card_0".into(),
    ));
    for day in 0..4 {
        for h in 9..17 {
            for _ in 0..2 {
                let ts = START + day * DAY + h * HOUR + r.below(HOUR as u64) as i64;
                let ip = format!("203.0.113.{}", 1 + r.below(250));
                let prompt = plain(&mut r);
                w.request("customer", ts, ip, &proxy, "fp_rare", prompt, 16_000, 2_000);
            }
        }
    }
    w.events.sort_by_key(|(e, _)| e.ts);
    w
}

#[test]
fn a_member_run_by_hand_does_not_inherit_the_scheduler_mark() {
    let w = world();
    let (found, _) = scan(&w, Weights::default_weights());
    let reasons = |id: &str| -> Vec<String> {
        found
            .iter()
            .find(|f| f.account_id == id)
            .map(|f| f.reasons.iter().map(|r| r.code.clone()).collect())
            .unwrap_or_default()
    };
    let farm = reasons("farm_00");
    assert!(farm.iter().any(|c| c == "farm_automated"), "{farm:?}");
    let customer = reasons("customer");
    assert!(
        customer.iter().any(|c| c.starts_with("farm_")),
        "the customer is drawn into the farm's cluster: {customer:?}"
    );
    assert!(
        !customer.iter().any(|c| c == "farm_automated"),
        "{customer:?}"
    );
}
