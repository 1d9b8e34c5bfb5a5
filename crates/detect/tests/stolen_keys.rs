//! A verified organisation vouches for its own usage, not for traffic through rented home
//! lines: a harvester running on stolen or bought keys of long-standing verified companies,
//! through residential-proxy exits the range feed lists, is judged as anyone would be, while a
//! newsroom whose verified staff send everything through a consumer VPN stays vouched for.

mod scan_support;

use dg_model::{NetKind, SignupChannel};
use scan_support::*;

const HOUR: i64 = 3_600_000;

fn company(group: &'static str, id: &str) -> Who<'static> {
    Who {
        org: Some(if group == "newsroom" {
            "org_gazette"
        } else {
            "org_company"
        }),
        channel: SignupChannel::Standard,
        verified: true,
        card: Some(format!("card_{id}")),
        ..Who::plain(group, id, START - 700 * DAY)
    }
}

/// `n` long reasoned answers round the clock over ten days from `ip(k)` on `net`.
fn harvest(
    w: &mut World,
    r: &mut Lcg,
    id: &str,
    net: &dg_model::IpRange,
    ip: impl Fn(u64) -> String,
    n: u64,
) {
    for k in 0..n {
        let ts = START + (k as i64 % 10) * DAY + r.below(24 * HOUR as u64) as i64;
        let prompt = plain(r);
        w.request(id, ts, ip(k), net, "fp_httpx", prompt, 16_000, 4_000);
        if let Some((e, _)) = w.events.last_mut() {
            e.thinking_tokens = Some(2_500);
        }
    }
}

fn world() -> World {
    let mut w = World::new();
    let mut r = Lcg(61);
    let office = range("192.0.2.0/24", 64_801, NetKind::Enterprise);
    let vpn = range("10.80.0.0/16", 64_802, NetKind::Vpn);
    // Twelve verified companies; a harvester holds a key of each and sends through listed
    // residential exits (a new one each day), while the owners work from their offices.
    for k in 0..12u64 {
        let id = format!("jacked_{k:02}");
        w.account(company("jacked", &id));
        for n in 0..30 {
            let ts = START + (n % 10) * DAY + (9 + r.below(8) as i64) * HOUR;
            let prompt = plain(&mut r);
            w.request(
                &id,
                ts,
                format!("192.0.2.{}", 10 + k),
                &office,
                "fp_browser",
                prompt,
                4_000,
                600,
            );
        }
        harvest(
            &mut w,
            &mut r,
            &id,
            &range(
                &format!("100.70.{k}.0/24"),
                64_804,
                NetKind::ResidentialProxy,
            ),
            |n| format!("100.70.{k}.{}", n % 10 + 1),
            240,
        );
    }
    // A newsroom: verified staff who send everything through a consumer VPN, and run long
    // reasoned analyses round the clock (deadlines do not sleep).
    for k in 0..12u64 {
        let id = format!("reporter_{k:02}");
        w.account(company("newsroom", &id));
        harvest(
            &mut w,
            &mut r,
            &id,
            &vpn,
            |n| format!("10.80.{k}.{}", n % 10 + 1),
            240,
        );
    }
    // Ordinary users at home, chatting.
    home_users(&mut w, &mut r, 300, |r| (plain(r), 2_000));
    w.events.sort_by_key(|(e, _)| e.ts);
    w
}

#[test]
fn a_verified_companys_key_through_rented_home_lines_is_not_vouched_for() {
    let w = world();
    assert_caught_and_spared(&w, "jacked", 11, &["newsroom", "individual"]);
    // With verification vouching whatever the exits, the same keys pass as their owners.
    let mut weights = dg_detect::score::Weights::default_weights();
    weights.signal_params.vouch_proxy_max = 1.1;
    let (found, _) = scan(&w, weights);
    let flagged = flagged_by_group(&w, &found);
    assert_eq!(flagged.get("jacked"), None, "{flagged:?}");
}
