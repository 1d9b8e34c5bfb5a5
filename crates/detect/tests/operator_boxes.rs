//! Operator boxes: a labelling farm rents a few servers and runs the keys of three accounts on
//! each, mixing accounts of different cards on one machine. Its cards make clusters of four
//! that each look like a small team on one card; the machines join them into one farm, caught
//! with phrasing on and off. Small teams each on their own server, and app tenants behind a
//! platform's shared egress (an address many accounts use, so nobody's box), stay apart and
//! unflagged.

mod scan_support;

use dg_model::{NetKind, SignupChannel};
use scan_support::*;

/// Tiny label answers on small caps: nothing a wording list or a harvest measure knows.
const CAP: u32 = 64;
const ANSWER: u64 = 12;

fn item(r: &mut Lcg) -> String {
    format!(
        "Item {}: {} Label it with one word.",
        r.below(1_000_000),
        plain(r)
    )
}

fn world() -> World {
    let mut w = World::new();
    let mut r = Lcg(17);
    let hosting = range("198.51.100.0/24", 64_700, NetKind::Hosting);
    let platform = range("203.0.113.0/24", 64_710, NetKind::Hosting);
    // The farm: 48 young, unverified accounts, four to a card, signed up one by one over a
    // month (no sign-up wave to link them).
    for k in 0..48u64 {
        let id = format!("labeller_{k:02}");
        let created = START - (10 + (k * 7) % 30) as i64 * DAY - r.below(DAY as u64) as i64;
        w.account(Who {
            channel: SignupChannel::Startup,
            ..Who::farmed("labeller", &id, created, format!("card_l{}", k / 4))
        });
    }
    // Sixteen servers, each running three accounts of three different cards.
    for k in 0..48u64 {
        let id = format!("labeller_{k:02}");
        let server = (k + (k / 16) * 5) % 16 + 10;
        for _ in 0..30 {
            let ts = START + r.below(3 * DAY as u64) as i64;
            let prompt = item(&mut r);
            let ip = format!("198.51.100.{server}");
            w.request(&id, ts, ip, &hosting, "fp_sdk", prompt, CAP, ANSWER);
        }
    }
    // Small teams: three accounts on one card, each team on its own server.
    for t in 0..6u64 {
        for k in 0..3u64 {
            let id = format!("team_{t}_{k}");
            let created = START - (20 + 9 * t + 3 * k) as i64 * DAY;
            w.account(Who::farmed("team", &id, created, format!("card_t{t}")));
            for _ in 0..30 {
                let ts = START + r.below(3 * DAY as u64) as i64;
                let prompt = item(&mut r);
                let ip = format!("198.51.100.{}", 100 + t);
                w.request(&id, ts, ip, &hosting, "fp_sdk", prompt, CAP, ANSWER);
            }
        }
    }
    // App tenants behind a platform's egress: pairs on one card, eight per egress address.
    for k in 0..40u64 {
        let id = format!("tenant_{k:02}");
        let created = START - (200 + 17 * k) as i64 * DAY;
        w.account(Who::farmed(
            "tenant",
            &id,
            created,
            format!("card_p{}", k / 2),
        ));
        for _ in 0..30 {
            let ts = START + r.below(3 * DAY as u64) as i64;
            let prompt = item(&mut r);
            let ip = format!("203.0.113.{}", 10 + (k % 5));
            w.request(&id, ts, ip, &platform, "fp_sdk", prompt, CAP, ANSWER);
        }
    }
    home_users(&mut w, &mut r, 300, |r| (plain(r), 2_000));
    w.events.sort_by_key(|(e, _)| e.ts);
    w
}

/// Largest number of accounts of `group` in one cluster.
fn largest_cluster(w: &World, clusters: &[dg_model::ClusterFinding], group: &str) -> usize {
    clusters
        .iter()
        .map(|c| c.accounts.iter().filter(|a| w.group[*a] == group).count())
        .max()
        .unwrap_or(0)
}

#[test]
fn accounts_sharing_rented_servers_are_one_farm() {
    let w = world();
    let spared = ["team", "tenant", "individual"];
    let [on, _] = assert_caught_and_spared(&w, "labeller", 44, &spared);
    assert!(finding(&on, "labeller_00")
        .reasons
        .iter()
        .any(|x| x.code == "farm_shared_pool"));
    let (_, clusters) = scan(&w, dg_detect::score::Weights::default_weights());
    assert!(largest_cluster(&w, &clusters, "labeller") >= 44);
    // The servers are the cluster's link evidence (three accounts on each).
    let farm = clusters
        .iter()
        .find(|c| c.accounts.iter().any(|a| a == "labeller_00"))
        .expect("the farm's cluster");
    assert!(
        farm.links
            .iter()
            .any(|l| l.kind == "ip" && l.value.starts_with("hmac-sha256:") && l.accounts == 3),
        "{:?}",
        farm.links
    );
    // Teams on their own servers, and tenants behind a shared egress, are not joined.
    assert!(largest_cluster(&w, &clusters, "team") <= 3);
    assert!(largest_cluster(&w, &clusters, "tenant") <= 2);
}

#[test]
fn without_boxes_the_farm_is_small_teams_on_one_card_each() {
    let w = world();
    let mut weights = dg_detect::score::Weights::default_weights();
    weights.farm.box_max_holders = 0;
    let (found, clusters) = scan(&w, weights);
    let flagged = flagged_by_group(&w, &found);
    assert!(
        flagged.get("labeller").copied().unwrap_or(0) <= 4,
        "{flagged:?}"
    );
    assert!(largest_cluster(&w, &clusters, "labeller") <= 4);
}

#[test]
fn an_address_many_accounts_use_is_nobodys_box() {
    // Were eight holders few enough, the platform's egress would join its tenants' pairs.
    let w = world();
    let mut weights = dg_detect::score::Weights::default_weights();
    weights.farm.box_max_holders = 10;
    let (_, clusters) = scan(&w, weights);
    assert!(largest_cluster(&w, &clusters, "tenant") >= 8);
}
