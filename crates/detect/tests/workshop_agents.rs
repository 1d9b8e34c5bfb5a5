//! A workshop is not a farm because its work is all of one harvested kind. A hackathon's
//! entrants sign up together through the startup programme, most on the sponsor's card, sit
//! behind the venue's two Wi-Fi addresses and run one agent starter kit (on the common SDK) in
//! the same sessions: a sign-up burst, a shared card, shared addresses, lockstep on one
//! template, and a pool whose traffic is all agentic — a capability campaigns harvest. What a farm is paid for is the
//! answers, so a pool that takes long answers half as often as the population or less counts
//! as targeting on its capability mix alone only as far as `[farm] capability_only_max`; large
//! output caps or extended reasoning count in full. Beside it, a farm running agent loops with 32k caps and extended reasoning from a
//! hosting pool, and ordinary developers and home users for the population (outside_twentyone
//! flagged such a hackathon whole, 90 of 90, on both seeds).

mod scan_support;

use dg_detect::score::Weights;
use dg_model::{NetKind, SignupChannel};
use scan_support::*;

/// Gives the last request an agent's tool set, a tool-result turn and, when asked, extended
/// reasoning.
fn agent_step(w: &mut World, thinking: Option<u64>) {
    if let Some((e, _)) = w.events.last_mut() {
        e.tools = vec![
            "search_docs".into(),
            "run_query".into(),
            "send_reply".into(),
        ];
        e.turns = Some(3);
        e.system = Some("You are the starter kit's support agent. Use the tools to answer.".into());
        e.thinking_tokens = thinking;
    }
}

fn world() -> World {
    let mut w = World::new();
    let mut r = Lcg(77);
    let venue = range("100.80.0.0/16", 64_560, NetKind::Isp);
    let hosting = range("203.0.113.0/24", 64_500, NetKind::Hosting);
    // The hackathon: 60 entrants signed up within 90 minutes, 45 on the sponsor's card.
    for k in 0..60 {
        let id = format!("entrant_{k:02}");
        let card = if k < 45 {
            "card_sponsor".to_string()
        } else {
            format!("card_entrant_{k}")
        };
        w.account(Who {
            channel: SignupChannel::Startup,
            ..Who::farmed("entrant", &id, START - 2 * 3_600_000 + k * 90_000, card)
        });
        // Two days of sessions at the venue, in the same hours for everyone.
        for _ in 0..(20 + r.below(15)) {
            let day = r.below(2) as i64;
            let ts = START
                + day * DAY
                + (9 + r.below(12) as i64) * 3_600_000
                + r.below(3_600_000) as i64;
            let ip = format!("100.80.7.{}", 1 + r.below(2));
            let prompt = format!(
                "Customer {} asks where order {} is; look it up and reply.",
                r.below(10_000),
                r.below(1_000_000)
            );
            w.request(&id, ts, ip, &venue, "fp_sdk", prompt, 2_000, 300);
            agent_step(&mut w, None);
        }
    }
    // The farm (`wave_farm`: two waves on three cards each, 32k caps from a hosting pool)
    // running agent loops with extended reasoning on every step.
    wave_farm(&mut w, &mut r, &hosting);
    for (e, _) in &mut w.events {
        if e.account_id.starts_with("farm_") {
            e.tools = vec![
                "search_docs".into(),
                "run_query".into(),
                "send_reply".into(),
            ];
            e.turns = Some(3);
            e.thinking_tokens = Some(4_000);
        }
    }
    isp_developers(&mut w, &mut r, 60);
    home_users(&mut w, &mut r, 150, |r| (plain(r), 1_000));
    w.events.sort_by_key(|(e, _)| e.ts);
    w
}

#[test]
fn a_workshop_on_one_agent_kit_is_not_a_farm_and_an_agent_farm_with_appetite_is() {
    let w = world();
    assert_caught_and_spared(&w, "farm", 27, &["entrant", "developer", "individual"]);
}

#[test]
fn the_capability_mix_alone_targeting_in_full_flags_the_workshop() {
    let w = world();
    let mut weights = Weights::default_weights();
    weights.farm.capability_only_max = 1.0;
    let (found, _) = scan(&w, weights);
    let flagged = flagged_by_group(&w, &found);
    assert!(
        flagged.get("entrant").copied().unwrap_or(0) >= 30,
        "{flagged:?}"
    );
}
