//! Ordinary users' text is mostly distinct, as in real API traffic: at `--scale small` at least
//! half of all prompts are distinct (they were ~11-13% when each corpus row was sent verbatim).

mod common;

use std::collections::BTreeSet;

use dg_sim::{Scale, SimConfig};

#[test]
fn at_least_half_of_the_prompts_of_a_small_data_set_are_distinct() {
    let d = common::DataSet::generate(SimConfig::preset(Scale::Small, 11));
    let distinct: BTreeSet<&str> = d.events.iter().map(|e| e.prompt.as_str()).collect();
    let s = common::share(distinct.len(), d.events.len());
    assert!(s >= 0.5, "distinct prompt share {s:.3}");
    // People's own numbers change, their dates do not: no year outside a plausible range
    // appears where the corpus had none.
    for e in d
        .events
        .iter()
        .filter(|e| d.group[&e.account_id] == "individual")
    {
        assert!(!e.prompt.contains("for the date 19"), "{}", e.prompt);
    }
}
