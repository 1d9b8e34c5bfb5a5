//! Counting network segments (see [`crate::segment`]) from the scan's per-account state.

use dg_model::{NetKind, Reason};

use super::Scanner;
use crate::features::Family;
use crate::score::round3;
use crate::segment::{self, SegmentFacts, SegmentVerdict, SEGMENTS};

/// Each segment's counts and verdict at the latest re-link, in [`SEGMENTS`] order.
pub(super) type Segments = [(SegmentFacts, SegmentVerdict); SEGMENTS.len()];

impl Scanner {
    /// The segment an active, unidentified account is in (`None` on an ordinary network),
    /// or why it counts for no side (`Err`: too few requests, or identified).
    fn segment_of(&self, i: usize) -> Result<Option<usize>, ()> {
        let p = &self.cfg.weights.segment;
        let slot = &self.slots[i];
        let s = &slot.state;
        if s.requests < p.active_min {
            return Err(());
        }
        let identified = slot
            .signup
            .as_ref()
            .is_some_and(|a| crate::features::identified(&self.cfg.weights.signal_params, s, a));
        if identified {
            return Err(());
        }
        let n = f64::from(s.requests);
        // Listed proxy exits first (`proxy_share_min`): the most specific fact, and a feed
        // knows only a part of a network's exits.
        if let Some(k) = SEGMENTS
            .iter()
            .position(|&k| k == NetKind::ResidentialProxy)
        {
            if f64::from(s.net(NetKind::ResidentialProxy)) >= p.proxy_share_min * n {
                return Ok(Some(k));
            }
        }
        // Else the kind that carries most of its traffic, among those carrying at least
        // `share_min` (several can: a farm mixes its exits); the first in order on a tie.
        let mut best: Option<(usize, u32)> = None;
        for (k, &kind) in SEGMENTS.iter().enumerate() {
            let c = s.net(kind);
            if f64::from(c) >= p.share_min * n && best.is_none_or(|(_, b)| c > b) {
                best = Some((k, c));
            }
        }
        Ok(best.map(|(k, _)| k))
    }

    /// Whether the account's traffic has a match's shape (mostly requests that asked for or
    /// took long answers); `strict`: without counting caps of 8k (see `SegmentFacts::strict`).
    fn segment_shape(&self, i: usize, strict: bool) -> bool {
        let s = &self.slots[i].state;
        let took = if strict { s.took_long } else { s.taken };
        f64::from(took) >= self.cfg.weights.segment.hungry_min * f64::from(s.requests.max(1))
    }

    /// Counts every segment over the accounts seen so far and judges it: two passes (the
    /// second compares the matches' ages with the ordinary networks' median).
    ///
    /// When most ordinary users match (`baseline_max`: the apps' default cap is 8k), the shape
    /// singles nobody out and the segments are counted again without the 8k caps.
    pub(super) fn network_segments(&self) -> Segments {
        let p = &self.cfg.weights.segment;
        let loose = self.segments_counted(false);
        if loose[0].measured <= p.baseline_max {
            return loose.map(|f| (f, segment::judge(p, &f, self.cfg.weights.bias)));
        }
        self.segments_counted(true)
            .map(|f| (f, segment::judge(p, &f, self.cfg.weights.bias)))
    }

    /// Each segment's counts with one shape of match (see `segment_shape`).
    fn segments_counted(&self, strict: bool) -> [SegmentFacts; SEGMENTS.len()] {
        let mut facts = [SegmentFacts {
            strict,
            ..SegmentFacts::default()
        }; SEGMENTS.len()];
        let (mut reference, mut reference_matches) = (0u64, 0u64);
        let mut ages: Vec<i64> = Vec::new();
        let mut matched: Vec<(usize, Option<i64>)> = Vec::new();
        for i in 0..self.ids.len() {
            let Ok(seg) = self.segment_of(i) else {
                continue;
            };
            // A flagged account on an ordinary network is not an ordinary user (it would raise
            // the baseline); one its cluster already flags counts for neither side. Cheapest
            // test first: the second scores the account.
            let slot = &self.slots[i];
            if seg.is_none() && slot.flagged_at().is_some() {
                continue;
            }
            if self.flagged_by_cluster(i) {
                // Still one of the segment's matches for its age: which of them the linker
                // has already explained says nothing of when the segment's accounts were
                // made, and leaving them out would let the age test turn on what the
                // clusters caught (the newest pools are the first linked).
                if let Some(k) = seg.filter(|_| self.segment_shape(i, strict)) {
                    facts[k].explained += 1;
                    matched.push((k, slot.age_at_first()));
                }
                continue;
            }
            let hit = self.segment_shape(i, strict);
            match seg {
                Some(k) if hit => {
                    facts[k].matches += 1;
                    let marks = self.customer_marks(i);
                    facts[k].marked += u64::from(marks >= 1);
                    facts[k].marked_twice += u64::from(marks >= 2);
                    matched.push((k, slot.age_at_first()));
                }
                Some(k) => facts[k].others += 1,
                None => {
                    reference += 1;
                    reference_matches += u64::from(hit);
                    ages.extend(slot.age_at_first());
                }
            }
        }
        let median = super::median(&mut ages);
        for (k, age) in matched {
            if let Some(age) = age {
                facts[k].dated += 1;
                facts[k].younger += u64::from(median.is_some_and(|m| age < m));
            }
        }
        let measured = reference_matches as f64 / reference.max(1) as f64;
        facts.map(|mut f| {
            f.measured = measured;
            f.reference = reference;
            f
        })
    }

    /// The segment of which the account is a match, when that segment was judged an excess,
    /// and the log-odds the account gets from it: halved for passed verification and for an
    /// account established before its first request, as for a harvester wave, unless the
    /// segment is so pure that the marks tell nothing ([`segment::counted_marks`]).
    fn segment_hit(&self, i: usize) -> Option<(usize, f64)> {
        let k = self.segment_of(i).ok()??;
        let (f, v) = &self.segments[k];
        (v.logit > 0.0 && self.segment_shape(i, f.strict)).then(|| {
            let p = &self.cfg.weights.segment;
            let marks = segment::counted_marks(p, f, v, self.customer_marks(i));
            (k, v.logit * 0.5f64.powi(marks))
        })
    }

    /// Log-odds an account gets from its segment (0 unless it is a match of a judged segment).
    pub(super) fn segment_logit(&self, i: usize) -> f64 {
        self.segment_hit(i).map_or(0.0, |(_, l)| l)
    }

    /// The account's segment evidence beyond `before` (its other farm evidence), and the
    /// family it counts in: `farm` (two families) when the segment is pure enough to stand
    /// alone, else `segment` (one).
    /// Below that bar, the part of the account's network family that only restates the
    /// segment's network (a consumer VPN's or a hosting segment's: see
    /// [`crate::features::restated_by`]) moves into the segment family, so it is not taken for
    /// the second family the segment needs (the score is unchanged).
    pub(super) fn segment_extra(&self, i: usize, before: f64) -> Vec<(Family, f64)> {
        let Some((k, l)) = self.segment_hit(i) else {
            return Vec::new();
        };
        if l <= before {
            return Vec::new();
        }
        let (f, v) = &self.segments[k];
        let alone = segment::stands_alone(&self.cfg.weights.segment, f, v);
        if alone {
            return vec![(Family::Farm, l - before)];
        }
        let mut out = vec![(Family::Segment, l - before)];
        let restated = crate::features::restated_by(
            &self.cfg.weights.signal_params,
            &self.slots[i].state,
            SEGMENTS[k],
        );
        if let Some((signal, strength)) = restated {
            let c = self.w[signal as usize] * strength;
            if c > 0.0 {
                out.push((Family::Network, -c));
                out.push((Family::Segment, c));
            }
        }
        out
    }

    /// The segment's reason for a match, when it adds anything beyond its cluster, cohort
    /// and wave.
    pub(super) fn segment_reason(&self, i: usize) -> Option<Reason> {
        let (k, l) = self.segment_hit(i)?;
        let before = self.outside_farm_without_segment(i);
        let (f, v) = &self.segments[k];
        (l > before).then(|| Reason {
            code: segment::CODE.to_string(),
            weight: round3(l - before),
            detail: format!(
                "{} (purity {:.2})",
                segment::detail(&self.cfg.weights.segment, SEGMENTS[k], f, v),
                v.purity
            ),
            evidence: Vec::new(),
        })
    }
}
