//! Counting network segments (see [`crate::segment`]) from the scan's per-account state.

use dg_model::{NetKind, Reason};

use super::Scanner;
use crate::features::Family;
use crate::score::round3;
use crate::segment::{self, SegmentFacts, SegmentVerdict, SEGMENTS};

/// The segments' counts and verdicts at the latest re-link.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub(super) struct Segments {
    /// Each network kind's, in [`SEGMENTS`] order.
    kinds: [(SegmentFacts, SegmentVerdict); SEGMENTS.len()],
    /// The provider segments judged an excess (see [`segment::provider_key`]), by key.
    providers: Vec<(u16, SegmentFacts, SegmentVerdict)>,
}

/// Which segment an account's evidence comes from.
#[derive(Debug, Clone, Copy)]
enum Seg {
    /// A network kind's, by its index in [`SEGMENTS`].
    Kind(usize),
    /// A provider's, by its index in `Segments::providers`.
    Provider(usize),
}

/// One pass's counts: the kinds', and every provider's.
type Counted = ([SegmentFacts; SEGMENTS.len()], Vec<(u16, SegmentFacts)>);

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
        let (kinds, providers) = if loose.0[0].measured <= p.baseline_max {
            loose
        } else {
            self.segments_counted(true)
        };
        let bias = self.cfg.weights.bias;
        // Counted on the narrow shape, a match's second family could only be the shape
        // again (see `segment::judge`), and a provider's evidence never stands alone.
        let providers = if kinds[0].strict {
            Vec::new()
        } else {
            providers
        };
        Segments {
            kinds: kinds.map(|f| (f, segment::judge(p, &f, bias))),
            providers: providers
                .into_iter()
                .filter(|(_, f)| segment::provider_automated(p, f))
                .map(|(k, f)| (k, f, segment::judge(p, &f, bias)))
                .filter(|(_, _, v)| v.logit > 0.0)
                .collect(),
        }
    }

    /// The provider segment an account in `segment_of` is counted in, if any.
    fn provider_of(&self, i: usize) -> Option<u16> {
        let p = &self.cfg.weights.segment;
        if !p.providers {
            return None;
        }
        self.slots[i].state.provider(p.provider_share_min)
    }

    /// Each segment's counts with one shape of match (see `segment_shape`).
    fn segments_counted(&self, strict: bool) -> Counted {
        let mut facts = [SegmentFacts {
            strict,
            ..SegmentFacts::default()
        }; SEGMENTS.len()];
        let mut providers: std::collections::HashMap<u16, SegmentFacts> =
            std::collections::HashMap::new();
        let (mut reference, mut reference_matches) = (0u64, 0u64);
        let mut ages: Vec<i64> = Vec::new();
        // (kind or provider, age at first request) of every match, for the age test.
        let mut matched: Vec<(Result<usize, u16>, Option<i64>)> = Vec::new();
        for i in 0..self.ids.len() {
            let Ok(seg) = self.segment_of(i) else {
                continue;
            };
            let slot = &self.slots[i];
            let hit = self.segment_shape(i, strict);
            let provider = self.provider_of(i);
            // A flagged account on an ordinary network is not an ordinary user (it would raise
            // the baseline); one its cluster already flags counts for neither side. Cheapest
            // test first: the second scores the account.
            let not_ordinary = seg.is_none() && slot.flagged_at().is_some();
            if not_ordinary && provider.is_none() {
                continue;
            }
            let by_cluster = self.flagged_by_cluster(i);
            // A provider segment counts like a kind's (below), the account flagged on its
            // own included: on a block no feed lists it is in no kind's segment, and it is
            // still one of the block's accounts.
            if let Some(key) = provider {
                let f = providers.entry(key).or_insert(SegmentFacts {
                    strict,
                    ..SegmentFacts::default()
                });
                if by_cluster {
                    f.explained += u64::from(hit);
                } else if hit {
                    f.matches += 1;
                    let marks = self.customer_marks(i);
                    f.marked += u64::from(marks >= 1);
                    f.marked_twice += u64::from(marks >= 2);
                    let automation =
                        crate::features::automation(&self.cfg.weights.signal_params, &slot.state);
                    f.automated += u64::from(automation >= 0.5);
                } else {
                    f.others += 1;
                }
                if hit {
                    matched.push((Err(key), slot.age_at_first()));
                }
            }
            if not_ordinary {
                continue;
            }
            if by_cluster {
                // Still one of the segment's matches for its age: which of them the linker
                // has already explained says nothing of when the segment's accounts were
                // made, and leaving them out would let the age test turn on what the
                // clusters caught (the newest pools are the first linked).
                if let Some(k) = seg.filter(|_| hit) {
                    facts[k].explained += 1;
                    matched.push((Ok(k), slot.age_at_first()));
                }
                continue;
            }
            match seg {
                Some(k) if hit => {
                    facts[k].matches += 1;
                    let marks = self.customer_marks(i);
                    facts[k].marked += u64::from(marks >= 1);
                    facts[k].marked_twice += u64::from(marks >= 2);
                    matched.push((Ok(k), slot.age_at_first()));
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
            let f = match k {
                Ok(k) => &mut facts[k],
                Err(key) => match providers.get_mut(&key) {
                    Some(f) => f,
                    None => continue,
                },
            };
            if let Some(age) = age {
                f.dated += 1;
                f.younger += u64::from(median.is_some_and(|m| age < m));
            }
        }
        let measured = reference_matches as f64 / reference.max(1) as f64;
        let close = |mut f: SegmentFacts| {
            f.measured = measured;
            f.reference = reference;
            f
        };
        let mut providers: Vec<(u16, SegmentFacts)> =
            providers.into_iter().map(|(k, f)| (k, close(f))).collect();
        providers.sort_unstable_by_key(|&(k, _)| k);
        (facts.map(close), providers)
    }

    /// The segment of which the account is a match, when that segment was judged an excess,
    /// and the log-odds the account gets from it: halved for passed verification and for an
    /// account established before its first request, as for a harvester wave, unless the
    /// segment is so pure that the marks tell nothing ([`segment::counted_marks`]). Of its
    /// kind's segment and its provider's, the one that says more.
    fn segment_hit(&self, i: usize) -> Option<(Seg, f64)> {
        let seg = self.segment_of(i).ok()?;
        let p = &self.cfg.weights.segment;
        let marks = || self.customer_marks(i);
        let kind = seg.and_then(|k| {
            let (f, v) = &self.segments.kinds[k];
            (v.logit > 0.0 && self.segment_shape(i, f.strict)).then(|| {
                let marks = segment::counted_marks(p, f, v, marks());
                (Seg::Kind(k), v.logit * 0.5f64.powi(marks))
            })
        });
        // A provider's evidence never stands alone, so every mark counts.
        let provider = self.provider_of(i).and_then(|key| {
            let at = self
                .segments
                .providers
                .binary_search_by_key(&key, |&(k, _, _)| k)
                .ok()?;
            let (_, f, v) = &self.segments.providers[at];
            self.segment_shape(i, f.strict)
                .then(|| (Seg::Provider(at), v.logit * 0.5f64.powi(marks())))
        });
        match (kind, provider) {
            (Some(a), Some(b)) => Some(if b.1 > a.1 { b } else { a }),
            (a, b) => a.or(b),
        }
    }

    /// Log-odds an account gets from its segment (0 unless it is a match of a judged segment).
    pub(super) fn segment_logit(&self, i: usize) -> f64 {
        self.segment_hit(i).map_or(0.0, |(_, l)| l)
    }

    /// The account's segment evidence beyond `before` (its other farm evidence), and the
    /// family it counts in: `farm` (two families) when a kind's segment is pure enough to
    /// stand alone, else `segment` (one). A provider's segment never stands alone: split finer,
    /// a small population (a class, a contest's entrants) can be most of a provider by chance
    /// where it is a fraction of the kind, so the account must show a family of its own.
    /// Below that bar, the part of the account's network family that only restates the
    /// segment's network (a consumer VPN's or a hosting segment's: see
    /// [`crate::features::restated_by`]) moves into the segment family, so it is not taken for
    /// the second family the segment needs (the score is unchanged).
    pub(super) fn segment_extra(&self, i: usize, before: f64) -> Vec<(Family, f64)> {
        let Some((seg, l)) = self.segment_hit(i) else {
            return Vec::new();
        };
        if l <= before {
            return Vec::new();
        }
        let kind = match seg {
            Seg::Kind(k) => {
                let (f, v) = &self.segments.kinds[k];
                if segment::stands_alone(&self.cfg.weights.segment, f, v) {
                    return vec![(Family::Farm, l - before)];
                }
                Some(SEGMENTS[k])
            }
            Seg::Provider(at) => segment::provider_kind(self.segments.providers[at].0),
        };
        let mut out = vec![(Family::Segment, l - before)];
        let restated = kind.and_then(|kind| {
            crate::features::restated_by(
                &self.cfg.weights.signal_params,
                &self.slots[i].state,
                kind,
            )
        });
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
        let (seg, l) = self.segment_hit(i)?;
        let before = self.outside_farm_without_segment(i);
        let p = &self.cfg.weights.segment;
        let (detail, purity) = match seg {
            Seg::Kind(k) => {
                let (f, v) = &self.segments.kinds[k];
                (segment::detail(p, SEGMENTS[k], f, v), v.purity)
            }
            Seg::Provider(at) => {
                let (key, f, v) = &self.segments.providers[at];
                (segment::provider_detail(p, *key, f, v), v.purity)
            }
        };
        (l > before).then(|| Reason {
            code: segment::CODE.to_string(),
            weight: round3(l - before),
            detail: format!("{detail} (purity {purity:.2})"),
            evidence: Vec::new(),
        })
    }
}
