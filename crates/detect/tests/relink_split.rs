//! Re-linking split into its steps (due, input, compute, apply) gives what the re-link run
//! inside the fold gives: the same findings after every re-link and at the end, with the
//! compute on another thread, with eviction on, and across a snapshot taken while a re-link
//! was due. An output is applied only to the state it was computed from.

mod scan_support;

use dg_detect::scanner::snapshot::State;
use dg_detect::scanner::{RelinkError, Scanner};
use dg_model::AccountFinding;
use scan_support::relink_world::{evicting_config, farm_quiet_and_steady};
use scan_support::*;

/// The re-link world (`scan_support::relink_world`): re-links that cluster, flag, remember
/// a campaign and (with eviction on) evict.
fn world() -> World {
    farm_quiet_and_steady(31, None)
}

/// Every held account's current finding.
fn now(s: &Scanner) -> Vec<AccountFinding> {
    s.current_findings().collect()
}

/// Folds the world with re-links in line, and with re-links deferred and run in their steps
/// (the compute on a thread of its own); the current findings must agree after every re-link,
/// and the final ones at the end.
fn in_line_and_split_agree(evict_idle_ms: i64) {
    let w = world();
    let mut in_line = Scanner::new(evicting_config(evict_idle_ms), w.accounts.clone());
    let mut split = Scanner::new(evicting_config(evict_idle_ms), w.accounts.clone());
    split.defer_relinks(true);
    let mut relinks = 0;
    for (e, net) in &w.events {
        let before = in_line.last_relink();
        in_line.observe(e, net.as_ref());
        split.observe(e, net.as_ref());
        let Some(at) = split.relink_due() else {
            assert_eq!(
                in_line.last_relink(),
                before,
                "the in-line scanner re-linked alone"
            );
            continue;
        };
        assert_eq!(
            in_line.last_relink(),
            Some(at),
            "due where the fold re-links"
        );
        let input = split.relink_input().expect("a re-link is due");
        // The input is owned and `Send`: the compute needs nothing of the scanner.
        let out = std::thread::spawn(move || input.compute())
            .join()
            .expect("compute");
        split
            .apply_relink(out)
            .expect("applies to the state it came from");
        assert_eq!(split.relink_due(), None);
        assert_eq!(now(&split), now(&in_line), "after the re-link at {at}");
        assert_eq!(split.evicted(), in_line.evicted());
        relinks += 1;
    }
    assert!(relinks >= 20, "only {relinks} re-links");
    if evict_idle_ms > 0 {
        assert!(split.evicted() > 0, "the world evicts nobody");
    }
    assert_eq!(split.finish(), in_line.finish());
}

#[test]
fn split_relinks_give_the_findings_of_in_line_relinks() {
    in_line_and_split_agree(0);
}

#[test]
fn split_relinks_give_the_findings_of_in_line_relinks_with_eviction() {
    in_line_and_split_agree(2 * DAY);
}

#[test]
fn the_world_holds_clusters_and_flags() {
    // What the two tests above compare is not empty.
    let w = world();
    let (found, clusters) = scan_with(&w, evicting_config(0));
    assert!(!clusters.is_empty());
    assert!(
        flagged_by_group(&w, &found)
            .get("farm")
            .copied()
            .unwrap_or(0)
            > 0
    );
}

#[test]
fn a_fold_runs_a_due_relink_in_line_and_its_late_output_is_refused() {
    let w = world();
    let mut in_line = Scanner::new(evicting_config(0), w.accounts.clone());
    let mut split = Scanner::new(evicting_config(0), w.accounts.clone());
    split.defer_relinks(true);
    let mut events = w.events.iter();
    let mut stale = None;
    for (e, net) in events.by_ref() {
        in_line.observe(e, net.as_ref());
        split.observe(e, net.as_ref());
        if split.relink_due().is_some() {
            stale = split.relink_input();
            break;
        }
    }
    let stale = stale.expect("a re-link falls due").compute();
    // The caller folds on without applying: the fold runs the re-link first, in line.
    let (e, net) = events.next().expect("more events");
    in_line.observe(e, net.as_ref());
    split.observe(e, net.as_ref());
    assert_eq!(now(&split), now(&in_line));
    assert_eq!(split.apply_relink(stale), Err(RelinkError::NotDue));
    for (e, net) in events {
        in_line.observe(e, net.as_ref());
        split.observe(e, net.as_ref());
        if split.relink_due().is_some() {
            break;
        }
    }
    // An output computed from another state of the scanner is refused too.
    let w2 = world();
    let mut other = Scanner::new(evicting_config(0), w2.accounts.clone());
    other.defer_relinks(true);
    let mut foreign = None;
    for (e, net) in &w2.events {
        other.observe(e, net.as_ref());
        if other.relink_due().is_some() {
            foreign = other.relink_input();
            break;
        }
    }
    let foreign = foreign.expect("a re-link falls due").compute();
    assert!(split.relink_due().is_some(), "a second re-link falls due");
    assert_eq!(split.apply_relink(foreign), Err(RelinkError::Stale));
}

#[test]
fn a_snapshot_with_a_relink_due_restores_to_a_scanner_that_runs_it() {
    let w = world();
    let mut whole = Scanner::new(evicting_config(0), w.accounts.clone());
    for (e, net) in &w.events {
        whole.observe(e, net.as_ref());
    }
    let expected = whole.finish();
    let mut first = Scanner::new(evicting_config(0), w.accounts.clone());
    first.defer_relinks(true);
    let mut dues = 0;
    let mut cut = None;
    for (k, (e, net)) in w.events.iter().enumerate() {
        first.observe(e, net.as_ref());
        if first.relink_due().is_some() {
            dues += 1;
            // The third re-link is left due when the snapshot is taken.
            if dues == 3 {
                cut = Some(k + 1);
                break;
            }
            let input = first.relink_input().expect("due");
            first.apply_relink(input.compute()).expect("applies");
        }
    }
    let cut = cut.expect("three re-links");
    let bytes = rmp_serde::to_vec(&first.state()).expect("state encodes");
    let state: State = rmp_serde::from_slice(&bytes).expect("state decodes");
    let mut second =
        Scanner::restore(evicting_config(0), w.accounts.clone(), state).expect("restores");
    assert!(
        second.relink_due().is_some(),
        "the due re-link is part of the state"
    );
    for (e, net) in &w.events[cut..] {
        second.observe(e, net.as_ref());
    }
    assert_eq!(second.finish(), expected);
}
