//! One test per simulator bug found, named after it.

mod common;

use common::DataSet;
use dg_model::Timestamp;

/// With `standby_pool.accounts = 0` the simulator used to write a standby campaign with zero
/// accounts into `campaigns.jsonl`, a campaign no scan could ever find.
#[test]
fn a_zero_size_standby_pool_leaves_no_phantom_campaign() {
    let d = DataSet::generate(common::config(
        3,
        "
days = 2
release_day = 0.5
ban_day = 1.0
[populations.individual]
accounts = 50
rate_per_day = 6.0
[populations.standby_pool]
accounts = 0
rate_per_day = 0.0
",
    ));
    assert!(
        d.campaigns.iter().all(|c| c.accounts > 0),
        "{:?}",
        d.campaigns
    );
    assert!(d.campaigns.iter().all(|c| c.group != "standby_pool"));
    // Nobody takes over, so the reasoning campaign is not cut off at the ban.
    let ban = d.at_day(d.cfg.ban_day);
    let end = d.at_day(f64::from(d.cfg.days));
    assert_eq!(d.campaign("reasoning_harvester").active_until.millis(), end);
    let last = d
        .events_of("reasoning_harvester")
        .iter()
        .map(|e| e.ts.millis())
        .max()
        .expect("reasoning traffic");
    assert!(
        last > ban + Timestamp::HOUR,
        "reasoning traffic stopped at the ban"
    );
}
