//! Shared servers: a support contractor holds seats inside eight enterprise customers, each
//! seat the customer's own verified account on its invoice, and harvests through them at night
//! from four rented servers that every seat of every customer uses. The customers' orgs vouch
//! for their staff, not for what a pool of servers shared by unrelated companies sends: the
//! seats are judged without their orgs and caught with phrasing on and off. The customers'
//! staff, the tenants of a vendor that runs its customers' keys on its own shared servers
//! (small answers), and a consultancy whose people reach their clients through one VPN
//! provider's exits stay unflagged.

mod scan_support;

use dg_detect::score::Weights;
use dg_model::{NetKind, SignupChannel};
use scan_support::*;

/// Customers with seats, staff per customer, seats per customer.
const CUSTOMERS: u64 = 8;
const STAFF: u64 = 10;
const SEATS: u64 = 5;

fn org(name: String) -> &'static str {
    Box::leak(name.into_boxed_str())
}

fn world() -> World {
    let mut w = World::new();
    let mut r = Lcg(41);
    let servers = range("198.51.100.0/24", 64_700, NetKind::Hosting);
    let vendor = range("203.0.113.0/24", 64_710, NetKind::Hosting);
    let vpn = range("192.0.2.0/24", 64_720, NetKind::Vpn);
    for c in 0..CUSTOMERS {
        let office = range(
            &format!("10.{c}.0.0/16"),
            65_000 + c as u32,
            NetKind::Enterprise,
        );
        let customer = org(format!("org_customer_{c}"));
        let invoice = format!("invoice_{c}");
        for k in 0..STAFF {
            let id = format!("staff_{c}_{k}");
            w.account(Who {
                org: Some(customer),
                verified: true,
                channel: SignupChannel::Enterprise,
                ..Who::farmed(
                    "staff",
                    &id,
                    START - (400 + 9 * k) as i64 * DAY,
                    invoice.clone(),
                )
            });
            for _ in 0..40 {
                let ts = START + office_hours(&mut r);
                let ip = format!("10.{c}.1.{}", 1 + r.below(20));
                let prompt = plain(&mut r);
                w.request(&id, ts, ip, &office, "fp_browser", prompt, 2_000, 300);
            }
        }
        // Seats provisioned together long ago, on the customer's invoice.
        for k in 0..SEATS {
            let id = format!("seat_{c}_{k}");
            w.account(Who {
                org: Some(customer),
                verified: true,
                channel: SignupChannel::Enterprise,
                ..Who::farmed(
                    "seat",
                    &id,
                    START - (200 + c) as i64 * DAY - k as i64 * 60_000,
                    invoice.clone(),
                )
            });
            // A little support work in office hours...
            for _ in 0..30 {
                let ts = START + office_hours(&mut r);
                let ip = format!("10.{c}.2.{}", 1 + r.below(20));
                let prompt = plain(&mut r);
                w.request(&id, ts, ip, &office, "fp_browser", prompt, 2_000, 300);
            }
            // ...and the harvest at night, from the servers every seat uses.
            for night in 0..10 {
                for _ in 0..12 {
                    let ts = START + night * DAY + 23 * 3_600_000 + r.below(5 * 3_600_000) as i64;
                    let ip = format!("198.51.100.{}", 10 + r.below(4));
                    let prompt = plain(&mut r);
                    w.request(
                        &id,
                        ts,
                        ip,
                        &servers,
                        "fp_sdk_pinned",
                        prompt,
                        32_000,
                        3_000,
                    );
                    if let Some((e, _)) = w.events.last_mut() {
                        e.thinking_tokens = Some(1_500);
                    }
                }
            }
        }
    }
    // A vendor running thirty customers' keys on its own three servers: small answers.
    for t in 0..30u64 {
        let id = format!("tenant_{t:02}");
        w.account(Who {
            org: Some(org(format!("org_tenant_{t}"))),
            verified: true,
            channel: SignupChannel::Enterprise,
            ..Who::farmed(
                "tenant",
                &id,
                START - (150 + 5 * t) as i64 * DAY,
                format!("card_t{t}"),
            )
        });
        for _ in 0..100 {
            let ts = START + r.below(10 * DAY as u64) as i64;
            let ip = format!("203.0.113.{}", 10 + r.below(3));
            let prompt = plain(&mut r);
            w.request(&id, ts, ip, &vendor, "fp_vendor", prompt, 1_000, 200);
        }
    }
    // A consultancy: twenty consultants with seats in twelve client orgs, all through one VPN
    // provider's exits, in office hours.
    for k in 0..20u64 {
        let id = format!("consultant_{k:02}");
        w.account(Who {
            org: Some(org(format!("org_client_{}", k % 12))),
            verified: true,
            channel: SignupChannel::Enterprise,
            ..Who::farmed(
                "consultant",
                &id,
                START - (250 + k) as i64 * DAY,
                format!("invoice_client_{}", k % 12),
            )
        });
        for _ in 0..60 {
            let ts = START + office_hours(&mut r);
            let ip = format!("192.0.2.{}", 10 + r.below(6));
            let prompt = plain(&mut r);
            w.request(&id, ts, ip, &vpn, "fp_browser", prompt, 4_000, 800);
        }
    }
    home_users(&mut w, &mut r, 300, |r| (plain(r), 2_000));
    w.events.sort_by_key(|(e, _)| e.ts);
    w
}

/// An offset from `START` inside office hours (09:00-17:00) of one of the ten weekdays-ish
/// days of the window.
fn office_hours(r: &mut Lcg) -> i64 {
    r.below(10) as i64 * DAY + 9 * 3_600_000 + r.below(8 * 3_600_000) as i64
}

#[test]
fn seats_on_servers_unrelated_customers_share_are_not_their_orgs() {
    let w = world();
    let [on, _] = assert_caught_and_spared(
        &w,
        "seat",
        (CUSTOMERS * SEATS * 3 / 4) as usize,
        &["staff", "tenant", "consultant", "individual"],
    );
    // The seats' organisations no longer vouch for them: their harvest counts as an
    // unaffiliated account's would (halved once, for their verification).
    let seat = finding(&on, "seat_0_0");
    let harvest = seat
        .reasons
        .iter()
        .find(|x| x.code == "harvest_volume")
        .expect("harvest_volume");
    assert!(harvest.weight > 1.3, "{harvest:?}");
    assert!(
        harvest
            .detail
            .contains("servers the accounts of 7 other orgs used too"),
        "{harvest:?}"
    );
    // The staff on the same invoice are still their orgs' people.
    assert!(!finding(&on, "staff_0_0")
        .reasons
        .iter()
        .any(|x| x.detail.contains("does not vouch")));
}

#[test]
fn the_seats_of_all_customers_are_one_cluster_apart_from_the_staff() {
    // Void, the seats' orgs and their customers' invoices no longer tie them to the staff;
    // the servers tie them to each other.
    let w = world();
    let (_, clusters) = scan(&w, Weights::default_weights().without_phrasing());
    let seats = clusters
        .iter()
        .filter(|c| c.accounts.iter().any(|a| w.group[a] == "seat"))
        .map(|c| {
            let n = |g: &str| c.accounts.iter().filter(|a| w.group[*a] == g).count();
            (n("seat"), n("staff"))
        })
        .max();
    assert!(
        seats.is_some_and(|(seat, staff)| seat as u64 >= CUSTOMERS * SEATS * 3 / 4 && staff == 0),
        "{seats:?}"
    );
}

#[test]
fn without_the_rule_the_orgs_vouch_for_their_seats() {
    let w = world();
    let mut weights = Weights::default_weights();
    weights.farm.server_orgs = 0;
    let (found, _) = scan(&w, weights);
    let flagged = flagged_by_group(&w, &found);
    assert!(
        flagged.get("seat").copied().unwrap_or(0) <= 4,
        "{flagged:?}"
    );
}
