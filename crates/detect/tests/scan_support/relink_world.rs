//! The world the eviction and re-link split tests fold: a farm, customers who went quiet and
//! customers who keep asking, so that its re-links cluster, flag, remember a campaign and (with
//! eviction on) evict.

use dg_detect::scanner::ScanConfig;
use dg_detect::score::Weights;
use dg_model::{NetKind, Policy};

use super::{plain, range, wave_farm, Lcg, Who, World, DAY, START};

/// A farm of two waves on three cards behind a hosting pool, busy for three days; 30
/// customers who asked a few questions on the first day and went quiet (the first five of
/// them in `org`, if given); 20 customers asking every six hours for ten days (they keep the
/// clock going). `seed` draws the requests.
pub fn farm_quiet_and_steady(seed: u64, org: Option<&str>) -> World {
    let mut w = World::new();
    let mut r = Lcg(seed);
    let hosting = range("203.0.113.0/24", 64_501, NetKind::Hosting);
    let home = range("100.64.0.0/16", 64_505, NetKind::Isp);
    wave_farm(&mut w, &mut r, &hosting);
    for k in 0..30 {
        let id = format!("early_{k:02}");
        w.account(Who {
            org: org.filter(|_| k < 5),
            ..Who::plain("early", &id, START - 400 * DAY)
        });
        for _ in 0..1 + r.below(8) {
            let ts = START + r.below(DAY as u64) as i64;
            let ip = format!("100.64.{}.{}", k, 1 + r.below(3));
            let prompt = plain(&mut r);
            w.request(&id, ts, ip, &home, "fp_browser", prompt, 1_024, 300);
        }
    }
    for k in 0..20 {
        let id = format!("steady_{k:02}");
        w.account(Who::plain("steady", &id, START - 300 * DAY));
        for step in 0..40 {
            let ts = START + step * 6 * 3_600_000 + r.below(3_600_000) as i64;
            let ip = format!("100.64.{}.{}", 100 + k, 1 + r.below(3));
            let prompt = plain(&mut r);
            w.request(&id, ts, ip, &home, "fp_browser", prompt, 1_024, 300);
        }
    }
    w.events.sort_by_key(|(e, _)| e.ts);
    w
}

/// The default scan configuration (demo key), evicting accounts idle for `evict_idle_ms`
/// (0: never).
pub fn evicting_config(evict_idle_ms: i64) -> ScanConfig {
    let mut cfg =
        ScanConfig::with_demo_key(Policy::default(), Weights::default_weights(), Vec::new());
    cfg.evict_idle_ms = evict_idle_ms;
    cfg
}

/// A returning quiet customer's request at `ts`, from home (after everything else).
pub fn comeback(w: &mut World, id: &str, ts: i64) {
    let home = range("100.64.0.0/16", 64_505, NetKind::Isp);
    let prompt = plain(&mut Lcg(5));
    w.request(
        id,
        ts,
        "100.64.0.9".into(),
        &home,
        "fp_browser",
        prompt,
        1_024,
        300,
    );
}
