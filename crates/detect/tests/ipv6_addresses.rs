//! An IPv6 /64 is one subscriber's link: a customer whose every request leaves from a new
//! temporary address inside it (privacy extensions) is not rotating its exits, while one that
//! moves to a new /64 nearly every request is.

mod scan_support;

use dg_model::NetKind;
use scan_support::*;

fn world() -> World {
    let mut w = World::new();
    let mut r = Lcg(97);
    let home = range("2001:db8::/32", 64_950, NetKind::Isp);
    for (group, id) in [("privacy", "privacy_0"), ("hopper", "hopper_0")] {
        w.account(Who::farmed(
            group,
            id,
            START - 400 * DAY,
            format!("card_{id}"),
        ));
        for k in 0..60u64 {
            let ts = START + r.below(5 * DAY as u64) as i64;
            let iid = r.next();
            let ip = if group == "privacy" {
                // One /64, a random interface identifier each time.
                format!(
                    "2001:db8:1:2:{:x}:{:x}:{:x}:{:x}",
                    iid & 0xffff,
                    (iid >> 16) & 0xffff,
                    (iid >> 32) & 0xffff,
                    iid >> 48
                )
            } else {
                format!("2001:db8:{:x}:{:x}::1", k / 7, k % 7)
            };
            let prompt = plain(&mut r);
            w.request(id, ts, ip, &home, "fp_browser", prompt, 2_000, 300);
        }
    }
    home_users(&mut w, &mut r, 50, |r| (plain(r), 2_000));
    w.events.sort_by_key(|(e, _)| e.ts);
    w
}

#[test]
fn temporary_ipv6_addresses_in_one_slash_64_are_not_rotation() {
    let w = world();
    let (found, _) = scan(&w, dg_detect::score::Weights::default_weights());
    let rotation = |id: &str| {
        finding(&found, id)
            .reasons
            .iter()
            .find(|x| x.code == "ip_rotation")
            .map_or(0.0, |x| x.weight)
    };
    assert_eq!(rotation("privacy_0"), 0.0);
    assert!(rotation("hopper_0") > 1.0, "{}", rotation("hopper_0"));
}
