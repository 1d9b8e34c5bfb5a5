//! Known actors: imported indicators (a `kind,value,actor` CSV, or a partner's STIX bundle read
//! by `dg-intel`) matched against a cluster's shared values and its heaviest prompt frames.
//!
//! A match's strength is `1 − Π(1 − c)` over the matched indicators, with `c` an indicator's
//! confidence in 0..=1 (1 for CSV rows, so a CSV match has strength 1 and its weight is the
//! configured `known_actor` as before) times, for a frame sketch, its similarity.

use std::collections::{BTreeMap, HashMap};

use ahash::RandomState;

use super::{fixed_state, ScanConfig};
use crate::account::sketch::FRAME_RADIUS;
use crate::link::{keyed_value, AttrKind, LinkEvidence};

/// Matches weaker than this are not reported: one low-confidence value (a cloud's ASN) says
/// little about who runs a cluster. CSV matches have strength 1.
const MIN_STRENGTH: f64 = 0.25;

/// Indicators by (link kind, value as the scan renders it), and partner frame sketches.
pub(super) struct KnownIndex {
    /// (kind code, keyed or public value) → (actor, confidence); a later row wins.
    values: HashMap<(String, String), (String, f64), RandomState>,
    /// Frame SimHashes of partner campaigns.
    frames: Vec<super::FrameIndicator>,
    /// The trust group's key, when values keyed under it are to be matched as well.
    sharing: Option<super::SharingKey>,
}

/// The matches of one actor in one cluster.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct KnownMatch {
    pub actor: String,
    /// Shared values of the cluster among the actor's indicators.
    pub indicators: u64,
    /// The actor's frame sketches within `FRAME_RADIUS` bits of one of the cluster's frames.
    pub frames: u64,
    /// `1 − Π(1 − confidence × similarity)` over the matches, in 0..=1.
    pub strength: f64,
}

impl KnownMatch {
    /// The reason's detail; unchanged from the CSV-only text when the match is a CSV one.
    pub fn detail(&self, cluster: &str) -> String {
        if self.frames == 0 && self.strength >= 1.0 {
            return format!(
                "cluster {cluster} shares {} indicator(s) of known actor {}",
                self.indicators, self.actor
            );
        }
        format!(
            "cluster {cluster} shares {} indicator(s) and {} frame sketch(es) of known actor {}; \
             match strength {:.2}",
            self.indicators, self.frames, self.actor, self.strength
        )
    }
}

impl KnownIndex {
    /// Indexes the configuration's indicators: raw personal values keyed with the scan's key.
    pub fn new(cfg: &ScanConfig) -> Self {
        let mut values = HashMap::with_hasher(fixed_state());
        for ind in &cfg.indicators {
            let Some(kind) = AttrKind::from_code(&ind.kind) else {
                continue;
            };
            let value = if ind.value.starts_with("hmac-sha256:") || !kind.is_personal() {
                ind.value.clone()
            } else {
                keyed_value(kind, &ind.value, &cfg.hash_key, &cfg.hash_key_id)
            };
            let confidence = ind.confidence.clamp(0.0, 1.0);
            values.insert((ind.kind.clone(), value), (ind.actor.clone(), confidence));
        }
        Self {
            values,
            frames: cfg.frame_indicators.clone(),
            sharing: cfg.sharing_key.clone(),
        }
    }

    /// Whether there is nothing to match.
    pub fn is_empty(&self) -> bool {
        self.values.is_empty() && self.frames.is_empty()
    }

    /// The actors whose indicators match a cluster's `links` (rendered under `key`, and under
    /// the sharing key for personal kinds) or whose frame sketches are near its `frames`,
    /// with a strength of at least `MIN_STRENGTH`, sorted by actor.
    pub fn matches(
        &self,
        links: &[LinkEvidence],
        frames: &[u64],
        key: &[u8],
        key_id: &str,
    ) -> Vec<KnownMatch> {
        if self.is_empty() {
            return Vec::new();
        }
        // actor → (indicators, frames, Π(1 − c)).
        let mut by_actor: BTreeMap<&str, (u64, u64, f64)> = BTreeMap::new();
        for l in links {
            let code = l.kind.code().to_string();
            let local = (code.clone(), l.render(key, key_id));
            let mut hit = self.values.get(&local);
            if hit.is_none() && l.kind.is_personal() {
                if let Some(s) = &self.sharing {
                    hit = self.values.get(&(code, l.render(&s.key, &s.key_id)));
                }
            }
            if let Some((actor, c)) = hit {
                let e = by_actor.entry(actor.as_str()).or_insert((0, 0, 1.0));
                e.0 += 1;
                e.2 *= 1.0 - c;
            }
        }
        for f in &self.frames {
            let nearest = frames
                .iter()
                .map(|&g| (g ^ f.simhash).count_ones())
                .min()
                .filter(|&d| d <= FRAME_RADIUS);
            if let Some(d) = nearest {
                let similarity = 1.0 - f64::from(d) / 64.0;
                let e = by_actor.entry(f.actor.as_str()).or_insert((0, 0, 1.0));
                e.1 += 1;
                e.2 *= 1.0 - f.confidence.clamp(0.0, 1.0) * similarity;
            }
        }
        by_actor
            .into_iter()
            .map(|(actor, (indicators, frames, miss))| KnownMatch {
                actor: actor.to_string(),
                indicators,
                frames,
                strength: 1.0 - miss,
            })
            .filter(|m| m.strength >= MIN_STRENGTH)
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scanner::{FrameIndicator, Indicator, SharingKey};
    use crate::score::Weights;
    use dg_model::Policy;

    fn cfg(indicators: Vec<Indicator>, frames: Vec<FrameIndicator>) -> ScanConfig {
        let mut c =
            ScanConfig::with_demo_key(Policy::default(), Weights::default_weights(), vec![]);
        c.indicators = indicators;
        c.frame_indicators = frames;
        c.sharing_key = Some(SharingKey {
            key: b"the trust group's key".to_vec(),
            key_id: "tg".into(),
        });
        c
    }

    fn payment(raw: &str) -> LinkEvidence {
        LinkEvidence {
            kind: AttrKind::Payment,
            value_hash: crate::link::value_payload(AttrKind::Payment, raw),
            accounts: 3,
        }
    }

    fn ind(value: String, confidence: f64) -> Indicator {
        Indicator {
            kind: "payment".into(),
            value,
            actor: "A".into(),
            confidence,
        }
    }

    #[test]
    fn a_csv_row_matches_at_full_strength_with_the_old_wording() {
        let c = cfg(vec![ind("card-1".into(), 1.0)], vec![]);
        let k = KnownIndex::new(&c);
        let m = k.matches(&[payment("card-1")], &[], &c.hash_key, &c.hash_key_id);
        assert_eq!(m.len(), 1);
        assert_eq!(m[0].strength, 1.0);
        assert_eq!(
            m[0].detail("cl_x"),
            "cluster cl_x shares 1 indicator(s) of known actor A"
        );
        assert!(k
            .matches(&[payment("card-2")], &[], &c.hash_key, &c.hash_key_id)
            .is_empty());
    }

    #[test]
    fn keyed_partner_values_match_only_under_the_same_sharing_key() {
        let theirs = keyed_value(AttrKind::Payment, "card-1", b"the trust group's key", "tg");
        let other = keyed_value(AttrKind::Payment, "card-1", b"another group's key!!", "tg");
        for (value, hits) in [(theirs, 1), (other, 0)] {
            let c = cfg(vec![ind(value, 0.9)], vec![]);
            let m =
                KnownIndex::new(&c).matches(&[payment("card-1")], &[], &c.hash_key, &c.hash_key_id);
            assert_eq!(m.len(), hits);
        }
    }

    #[test]
    fn frame_sketches_match_by_similarity_and_weak_matches_are_dropped() {
        let f = 0x0123_4567_89ab_cdef_u64;
        let sketch = |confidence| FrameIndicator {
            simhash: f ^ 0b111,
            actor: "B".into(),
            confidence,
        };
        let c = cfg(vec![], vec![sketch(0.8)]);
        let k = KnownIndex::new(&c);
        let m = k.matches(&[], &[f], &c.hash_key, &c.hash_key_id);
        assert_eq!(m.len(), 1);
        assert_eq!(m[0].frames, 1);
        assert!((m[0].strength - 0.8 * (1.0 - 3.0 / 64.0)).abs() < 1e-12);
        assert!(m[0].detail("cl_y").contains("match strength 0.76"));
        assert!(k
            .matches(&[], &[f ^ 0xff00], &c.hash_key, &c.hash_key_id)
            .is_empty());
        let c = cfg(vec![], vec![sketch(0.2)]);
        assert!(KnownIndex::new(&c)
            .matches(&[], &[f], &c.hash_key, &c.hash_key_id)
            .is_empty());
    }
}
