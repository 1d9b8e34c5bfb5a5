//! Reading a partner's STIX 2.1 bundle into indicators the scan matches (`--known-indicators`).
//!
//! A bundle is hostile input: it is refused whole over [`ImportLimits`] (bytes, objects,
//! indicators after expanding ranges), and what it says is only ever compared, never run.
//! Each campaign becomes a known actor (named by the producer and the campaign, or the
//! intrusion set or threat actor it is attributed to); its indicators (via `indicates`) and
//! its frame sketches (our extension) are that actor's, weighted by their `confidence`.

use std::collections::{BTreeMap, BTreeSet};
use std::net::IpAddr;

use dg_detect::link::AttrKind;
use dg_detect::scanner::{FrameIndicator, Indicator};
use serde_json::Value;

use crate::pattern::{self, Observable};
use crate::{sketch, IntelError};

/// Bounds on an imported bundle.
#[derive(Debug, Clone, Copy)]
pub struct ImportLimits {
    /// Largest bundle read, in bytes.
    pub max_bytes: usize,
    /// Most objects in the bundle.
    pub max_objects: usize,
    /// Most indicator values after expanding address ranges into the scan's subnets.
    pub max_values: usize,
}

impl Default for ImportLimits {
    fn default() -> Self {
        Self {
            max_bytes: 64 * 1024 * 1024,
            max_objects: 200_000,
            max_values: 1_000_000,
        }
    }
}

/// What a bundle gives the scan.
#[derive(Debug, Clone, Default)]
pub struct Imported {
    /// Values to match against clusters' links, by actor.
    pub indicators: Vec<Indicator>,
    /// Frame sketches to match against clusters' frames, by actor.
    pub frames: Vec<FrameIndicator>,
    /// Campaigns read.
    pub campaigns: usize,
    /// Indicators or comparisons that could not be used (other observable types, ranges wider
    /// than the scan's subnets expand to, revoked objects, bad patterns).
    pub skipped: usize,
    /// Key ids of the keyed values (they match only under the same sharing key).
    pub key_ids: BTreeSet<String>,
}

/// Weight of a client-fingerprint indicator's confidence: a fingerprint names software
/// (often a popular SDK) that unrelated users share, so alone it must not attribute a cluster
/// (at most 0.6 × 0.4 = 0.24, under the scan's 0.25 floor for reporting a match); next to a
/// frame sketch or a payment instrument it still adds strength.
pub const CLIENT_FP_WEIGHT: f64 = 0.4;

/// An indicator value's weight by its kind.
fn kind_weight(kind: &str) -> f64 {
    if kind == AttrKind::ClientFingerprint.code() {
        CLIENT_FP_WEIGHT
    } else {
        1.0
    }
}

/// Longest name kept from a bundle.
const MAX_NAME: usize = 120;

fn text(o: &Value, k: &str) -> Option<String> {
    let s = o.get(k)?.as_str()?;
    let s: String = s
        .chars()
        .filter(|c| !c.is_control())
        .take(MAX_NAME)
        .collect();
    (!s.trim().is_empty()).then_some(s)
}

fn confidence(o: &Value) -> f64 {
    o.get("confidence")
        .and_then(Value::as_u64)
        .map_or(0.5, |c| (c.min(100) as f64) / 100.0)
}

/// Reads a bundle (see the module docs).
pub fn read(bytes: &[u8], limits: &ImportLimits) -> Result<Imported, IntelError> {
    if bytes.len() > limits.max_bytes {
        return Err(IntelError::TooLarge {
            size: bytes.len(),
            cap: limits.max_bytes,
        });
    }
    let bytes = bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(bytes);
    let root: Value = serde_json::from_slice(bytes)?;
    if root.get("type").and_then(Value::as_str) != Some("bundle") {
        return Err(IntelError::NotABundle("its type is not \"bundle\"".into()));
    }
    let objects = root
        .get("objects")
        .and_then(Value::as_array)
        .ok_or_else(|| IntelError::NotABundle("no objects array".into()))?;
    if objects.len() > limits.max_objects {
        return Err(IntelError::TooManyObjects {
            count: objects.len(),
            cap: limits.max_objects,
        });
    }
    let mut out = Imported::default();
    let mut by_id: BTreeMap<&str, &Value> = BTreeMap::new();
    for o in objects {
        let Some(id) = o.get("id").and_then(Value::as_str) else {
            out.skipped += 1;
            continue;
        };
        if o.get("revoked").and_then(Value::as_bool) == Some(true) {
            out.skipped += 1;
            continue;
        }
        // Later versions of one object replace earlier ones (by `modified`).
        let newer = by_id.get(id).is_none_or(|old| {
            let m = |v: &Value| {
                v.get("modified")
                    .and_then(Value::as_str)
                    .map(str::to_string)
            };
            m(o) >= m(old)
        });
        if newer {
            by_id.insert(id, o);
        }
    }
    let kind_of = |id: &str| by_id.get(id).and_then(|o| o.get("type")?.as_str());
    let identity_name = |o: &Value| {
        o.get("created_by_ref")
            .and_then(Value::as_str)
            .and_then(|r| by_id.get(r))
            .and_then(|i| text(i, "name"))
            .unwrap_or_else(|| "partner".to_string())
    };
    // campaign → the actor it is attributed to.
    let mut attributed: BTreeMap<&str, String> = BTreeMap::new();
    // indicator → campaigns (or actors) it indicates.
    let mut indicates: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
    for o in by_id.values() {
        if o.get("type").and_then(Value::as_str) != Some("relationship") {
            continue;
        }
        let (Some(src), Some(dst)) = (
            o.get("source_ref").and_then(Value::as_str),
            o.get("target_ref").and_then(Value::as_str),
        ) else {
            continue;
        };
        match o.get("relationship_type").and_then(Value::as_str) {
            Some("attributed-to") if kind_of(src) == Some("campaign") => {
                if let Some(name) = by_id.get(dst).and_then(|a| text(a, "name")) {
                    attributed.insert(src, name);
                }
            }
            Some("indicates") if kind_of(src) == Some("indicator") => {
                indicates.entry(src).or_default().push(dst);
            }
            _ => {}
        }
    }
    let actor_of = |target: &str| -> String {
        let Some(o) = by_id.get(target) else {
            return format!("partner object {}", &target[..target.len().min(MAX_NAME)]);
        };
        if let Some(a) = attributed.get(target) {
            return a.clone();
        }
        let name = text(o, "name").unwrap_or_else(|| "unnamed".into());
        format!("{}: {name}", identity_name(o))
    };
    for (id, o) in &by_id {
        match o.get("type").and_then(Value::as_str) {
            Some("campaign") => {
                out.campaigns += 1;
                let Some(body) = o
                    .get("extensions")
                    .and_then(|e| e.get(sketch::EXTENSION_ID))
                else {
                    continue;
                };
                let actor = actor_of(id);
                let c = confidence(o);
                for simhash in sketch::frames_of(body).into_iter().take(64) {
                    out.frames.push(FrameIndicator {
                        simhash,
                        actor: actor.clone(),
                        confidence: c,
                    });
                }
            }
            Some("indicator") => {
                if o.get("pattern_type").and_then(Value::as_str) != Some("stix") {
                    out.skipped += 1;
                    continue;
                }
                let Some(p) = o.get("pattern").and_then(Value::as_str) else {
                    out.skipped += 1;
                    continue;
                };
                let Ok((observables, skipped)) = pattern::parse(p) else {
                    out.skipped += 1;
                    continue;
                };
                out.skipped += skipped;
                let actors: Vec<String> = match indicates.get(id) {
                    Some(targets) => targets.iter().map(|t| actor_of(t)).collect(),
                    None => vec![format!(
                        "{}: {}",
                        identity_name(o),
                        text(o, "name").unwrap_or_else(|| "indicator".into())
                    )],
                };
                let c = confidence(o);
                for ob in observables {
                    let values = values_of(&ob, &mut out);
                    for actor in &actors {
                        for (kind, value) in &values {
                            out.indicators.push(Indicator {
                                kind: kind.to_string(),
                                value: value.clone(),
                                actor: actor.clone(),
                                confidence: c * kind_weight(kind),
                            });
                        }
                    }
                    if out.indicators.len() > limits.max_values {
                        return Err(IntelError::NotABundle(format!(
                            "more than {} indicator values after expanding ranges",
                            limits.max_values
                        )));
                    }
                }
            }
            _ => {}
        }
    }
    Ok(out)
}

/// The (link kind, value) pairs an observable stands for in the scan's terms.
fn values_of(o: &Observable, out: &mut Imported) -> Vec<(&'static str, String)> {
    match o {
        Observable::Asn(n) => vec![("asn", format!("AS{n}"))],
        Observable::Keyed { kind, value } => {
            let ok = AttrKind::from_code(kind).is_some_and(AttrKind::is_personal)
                && value.starts_with("hmac-sha256:");
            if !ok {
                out.skipped += 1;
                return Vec::new();
            }
            if let Some(id) = value.split(':').nth(1) {
                out.key_ids.insert(id.chars().take(64).collect());
            }
            let kind = AttrKind::from_code(kind).map_or("", AttrKind::code);
            vec![(kind, value.clone())]
        }
        Observable::Network { addr, prefix } => {
            let (host, subnet, widest) = if addr.is_ipv4() {
                (32, 24, 16)
            } else {
                (128, 48, 40)
            };
            if *prefix == host {
                return vec![("ip", addr.to_string())];
            }
            if *prefix > subnet || *prefix < widest {
                // Narrower than a subnet but not one address, or too wide to list: the scan
                // links on /24 and /48 only.
                out.skipped += 1;
                return Vec::new();
            }
            let n = 1u32 << (subnet - prefix);
            (0..n)
                .map(|k| ("subnet", subnet_at(*addr, subnet, k)))
                .collect()
        }
    }
}

/// The `k`-th subnet of length `len` from `base`, as `addr/len`.
fn subnet_at(base: IpAddr, len: u8, k: u32) -> String {
    match base {
        IpAddr::V4(v4) => {
            let b = u32::from(v4) & (u32::MAX << (32 - len));
            let a = std::net::Ipv4Addr::from(b.wrapping_add(k << (32 - len)));
            format!("{a}/{len}")
        }
        IpAddr::V6(v6) => {
            let b = u128::from(v6) & (u128::MAX << (128 - len));
            let a = std::net::Ipv6Addr::from(b.wrapping_add(u128::from(k) << (128 - len)));
            format!("{a}/{len}")
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hostile_bundles_are_refused_with_clear_errors() {
        let small = ImportLimits {
            max_bytes: 100,
            max_objects: 1,
            max_values: 10,
        };
        let big = vec![b' '; 101];
        assert!(matches!(
            read(&big, &small),
            Err(IntelError::TooLarge {
                size: 101,
                cap: 100
            })
        ));
        let two = br#"{"type":"bundle","objects":[{},{}]}"#;
        assert!(matches!(
            read(two, &small),
            Err(IntelError::TooManyObjects { count: 2, cap: 1 })
        ));
        assert!(matches!(
            read(b"[1]", &small),
            Err(IntelError::NotABundle(_))
        ));
        assert!(matches!(read(b"{", &small), Err(IntelError::Json(_))));
        let wide = br#"{"type":"bundle","objects":[{"type":"indicator","id":"indicator--1","pattern_type":"stix","pattern":"[ipv4-addr:value = '10.0.0.0/20']"}]}"#;
        let big_enough = ImportLimits {
            max_bytes: 1000,
            ..small
        };
        assert!(read(wide, &big_enough).is_err(), "16 subnets > 10 values");
    }

    #[test]
    fn ranges_expand_to_the_scans_subnets() {
        let mut out = Imported::default();
        let v = values_of(
            &Observable::Network {
                addr: "198.51.100.0".parse().unwrap(),
                prefix: 23,
            },
            &mut out,
        );
        assert_eq!(
            v,
            vec![
                ("subnet", "198.51.100.0/24".to_string()),
                ("subnet", "198.51.101.0/24".to_string())
            ]
        );
        let v = values_of(
            &Observable::Network {
                addr: "2001:db8::".parse().unwrap(),
                prefix: 47,
            },
            &mut out,
        );
        assert_eq!(v[1].1, "2001:db8:1::/48");
        let none = values_of(
            &Observable::Network {
                addr: "10.0.0.0".parse().unwrap(),
                prefix: 8,
            },
            &mut out,
        );
        assert!(none.is_empty());
        assert_eq!(out.skipped, 1);
    }

    #[test]
    fn a_client_fingerprint_alone_stays_under_the_reporting_floor() {
        let bundle = br#"{"type":"bundle","objects":[{"type":"indicator","id":"indicator--1",
            "pattern_type":"stix","confidence":60,"pattern":"[x-distillguard-keyed:kind = 'client_fp' AND x-distillguard-keyed:value = 'hmac-sha256:k:00112233aabbccdd']"},
            {"type":"indicator","id":"indicator--2","pattern_type":"stix","confidence":60,
            "pattern":"[x-distillguard-keyed:kind = 'payment' AND x-distillguard-keyed:value = 'hmac-sha256:k:00112233aabbccdd']"}]}"#;
        let got = read(bundle, &ImportLimits::default()).unwrap();
        let c = |k: &str| {
            got.indicators
                .iter()
                .find(|i| i.kind == k)
                .unwrap()
                .confidence
        };
        assert!(c("client_fp") < 0.25, "{}", c("client_fp"));
        assert!((c("payment") - 0.6).abs() < 1e-9);
    }
}
