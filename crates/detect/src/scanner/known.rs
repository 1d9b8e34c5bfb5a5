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
