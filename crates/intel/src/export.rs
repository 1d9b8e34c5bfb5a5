//! Building the STIX 2.1 bundle of a scan's flagged campaigns.
//!
//! What leaves: address ranges on hosting, VPN and Tor networks and autonomous systems in the
//! clear; every other address, payment instrument, client fingerprint, email pattern and
//! organisation only as HMAC-SHA256 under the sharing key (left out entirely without one);
//! frame sketches; counts, times, capability shares and reason codes. What never leaves:
//! account ids (campaigns are named by a keyed hash of the local cluster id), prompt text,
//! raw personal values, reason details. Timestamps come from event time, ids are UUIDv5 over
//! the evidence, so the same findings give the same bytes.

use std::collections::BTreeMap;
use std::net::IpAddr;

use dg_detect::link::{AttrKind, LinkEvidence};
use dg_detect::scanner::SharingKey;
use dg_model::{ClusterFinding, NetKind, Timestamp};
use hmac::{Hmac, KeyInit, Mac};
use serde_json::{json, Value};
use sha2::Sha256;

use crate::ids::stix_id;
use crate::pattern::Observable;
use crate::{sketch, Tlp};

/// At most this many indicators of one kind per campaign (the strongest: most members).
pub const MAX_INDICATORS_PER_KIND: usize = 16;

/// How to export.
#[derive(Debug, Clone)]
pub struct ExportOptions {
    /// Names the producer's identity (`created_by_ref` of everything).
    pub producer: String,
    /// Marking of every object.
    pub tlp: Tlp,
    /// The trust group's key for personal values; without one they are not exported.
    pub sharing_key: Option<SharingKey>,
    /// Local secret that names campaigns (an HMAC of the cluster id); never exported.
    pub id_key: Vec<u8>,
    /// Indicators stay valid this many days after the campaign's last event.
    pub valid_days: u32,
}

/// One flagged cluster and what the scan knows of it.
#[derive(Debug, Clone)]
pub struct CampaignInput<'a> {
    pub finding: &'a ClusterFinding,
    /// Shared values with their payloads (`Finished::cluster_evidence`).
    pub links: &'a [LinkEvidence],
    /// Heaviest frame SimHashes, heaviest first.
    pub frames: &'a [u64],
    /// Reason codes of the members, with how many members carry each.
    pub reasons: Vec<(String, u64)>,
}

/// Fixed creation time of the producer's identity (it must not change between exports).
const IDENTITY_CREATED: &str = "2026-12-01T00:00:00.000Z";

fn ts(ms: i64) -> String {
    Timestamp(ms).to_rfc3339()
}

fn hmac_hex(key: &[u8], parts: &[&[u8]]) -> String {
    let mut mac = <Hmac<Sha256> as KeyInit>::new_from_slice(key)
        .unwrap_or_else(|_| unreachable!("HMAC accepts keys of any length"));
    for p in parts {
        mac.update(p);
        mac.update(&[0]);
    }
    mac.finalize()
        .into_bytes()
        .iter()
        .take(8)
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// What kind of value an indicator holds, for its name, type and confidence.
fn describe(o: &Observable, net: Option<NetKind>) -> (String, &'static str, f64) {
    match o {
        Observable::Network { addr, prefix } => {
            let (what, kind) = match net {
                Some(NetKind::Vpn) => ("VPN range", "anonymization"),
                Some(NetKind::Tor) => ("Tor range", "anonymization"),
                _ => ("Hosting range", "malicious-activity"),
            };
            (format!("{what} {addr}/{prefix}"), kind, 0.5)
        }
        Observable::Asn(n) => (format!("AS{n}"), "anomalous-activity", 0.2),
        Observable::Keyed { kind, .. } => {
            let (what, c) = match kind.as_str() {
                "payment" => ("Payment instrument", 0.9),
                "email_pattern" => ("Email domain and local-part shape", 0.6),
                "client_fp" => ("Client fingerprint", 0.6),
                "ip" => ("Client address", 0.6),
                "subnet" => ("Client subnet", 0.4),
                "org" => ("Declared organisation", 0.7),
                _ => ("Shared value", 0.3),
            };
            (format!("{what} (keyed)"), "attribution", c)
        }
    }
}

/// The observable a link becomes, if it may leave the house.
fn observable(
    l: &LinkEvidence,
    opts: &ExportOptions,
    net_kind: &dyn Fn(IpAddr) -> Option<NetKind>,
) -> Option<(Observable, Option<NetKind>)> {
    match l.kind {
        AttrKind::Asn => {
            let v = l.render(b"", "");
            let n = v.strip_prefix("AS")?.parse().ok()?;
            Some((Observable::Asn(n), None))
        }
        AttrKind::Subnet => {
            let (addr, prefix) = l.subnet()?;
            let net = net_kind(addr);
            // Infrastructure ranges are shared in the clear; a range of homes, phones, offices
            // or campuses (or a residential proxy's exits, which are people's homes) is keyed.
            if matches!(net, Some(NetKind::Hosting | NetKind::Vpn | NetKind::Tor)) {
                return Some((Observable::Network { addr, prefix }, net));
            }
            keyed(l, opts)
        }
        AttrKind::Ip
        | AttrKind::Payment
        | AttrKind::ClientFingerprint
        | AttrKind::EmailPattern
        | AttrKind::Org => keyed(l, opts),
        // Sign-up and co-activity buckets and rhythms are local timing; frames leave as sketches.
        AttrKind::SignupBurst | AttrKind::Frame | AttrKind::CoActivity | AttrKind::Rhythm => None,
    }
}

fn keyed(l: &LinkEvidence, opts: &ExportOptions) -> Option<(Observable, Option<NetKind>)> {
    let s = opts.sharing_key.as_ref()?;
    Some((
        Observable::Keyed {
            kind: l.kind.code().to_string(),
            value: l.render(&s.key, &s.key_id),
        },
        None,
    ))
}

/// An indicator gathered over the campaigns that share it.
struct Gathered {
    observable: Observable,
    net: Option<NetKind>,
    first: i64,
    last: i64,
    confidence: u64,
    /// (campaign label, members holding it, campaign size).
    seen_in: Vec<(String, u64, usize)>,
}

/// The bundle of `campaigns` (flagged clusters, in output order), as a JSON value.
pub fn build(
    campaigns: &[CampaignInput<'_>],
    opts: &ExportOptions,
    net_kind: &dyn Fn(IpAddr) -> Option<NetKind>,
) -> Value {
    let marking = opts.tlp.id();
    let producer = stix_id("identity", &[&opts.producer]);
    let mut objects: Vec<Value> = vec![
        opts.tlp.marking_definition(),
        sketch::author(marking),
        sketch::definition(marking),
        json!({
            "type": "identity",
            "spec_version": "2.1",
            "id": producer,
            "created": IDENTITY_CREATED,
            "modified": IDENTITY_CREATED,
            "name": opts.producer,
            "description": "An LLM API provider's distillguard deployment.",
            "identity_class": "system",
            "object_marking_refs": [marking],
        }),
    ];
    let mut indicators: BTreeMap<String, Gathered> = BTreeMap::new();
    let mut relationships: BTreeMap<String, Value> = BTreeMap::new();
    let mut actors: BTreeMap<String, (i64, i64)> = BTreeMap::new();
    for c in campaigns {
        let f = c.finding;
        let (first, last) = (f.first_seen.millis(), f.last_seen.millis());
        let tag = hmac_hex(&opts.id_key, &[b"campaign", f.cluster_id.as_bytes()]);
        let label = format!("distillguard campaign {tag}");
        let campaign = stix_id("campaign", &[&opts.producer, &tag]);
        let confidence = ((f.score * 100.0).round() as u64).clamp(1, 100);
        let mut caps: Vec<(String, f64)> = f
            .capabilities
            .iter()
            .filter(|(_, &v)| v > 0.0)
            .map(|(k, &v)| (k.clone(), v))
            .collect();
        caps.sort_by(|a, b| b.1.total_cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
        let objective = format!(
            "Harvest model outputs for distillation: {}",
            caps.iter()
                .take(3)
                .map(|(k, v)| format!("{k} {:.0}%", v * 100.0))
                .collect::<Vec<_>>()
                .join(", ")
        );
        let reasons = c
            .reasons
            .iter()
            .map(|(code, n)| format!("{code} ({n} of {})", f.accounts.len()))
            .collect::<Vec<_>>()
            .join(", ");
        let description =
            format!(
            "{} accounts made {} requests between {} and {}; decision {}, campaign score {:.3}. \
             Evidence: {}.",
            f.accounts.len(),
            f.requests,
            ts(first),
            ts(last),
            f.decision.as_str(),
            f.score,
            if reasons.is_empty() { "none recorded" } else { &reasons }
        );
        objects.push(json!({
            "type": "campaign",
            "spec_version": "2.1",
            "id": campaign,
            "created_by_ref": producer,
            "created": ts(first),
            "modified": ts(last),
            "name": label,
            "description": description,
            "first_seen": ts(first),
            "last_seen": ts(last),
            "objective": objective,
            "confidence": confidence,
            "object_marking_refs": [marking],
            "extensions": {
                sketch::EXTENSION_ID: sketch::body(c.frames, f.accounts.len(), &caps),
            },
        }));
        objects.push(json!({
            "type": "sighting",
            "spec_version": "2.1",
            "id": stix_id("sighting", &[&campaign, &opts.producer]),
            "created_by_ref": producer,
            "created": ts(first),
            "modified": ts(last),
            "description": format!("{} requests from {} accounts", f.requests, f.accounts.len()),
            "first_seen": ts(first),
            "last_seen": ts(last),
            "count": f.requests.min(999_999_999),
            "sighting_of_ref": campaign,
            "where_sighted_refs": [producer],
            "confidence": confidence,
            "object_marking_refs": [marking],
        }));
        let mut per_kind: BTreeMap<&'static str, usize> = BTreeMap::new();
        let mut links: Vec<&LinkEvidence> = c.links.iter().collect();
        links.sort_by(|a, b| {
            b.accounts
                .cmp(&a.accounts)
                .then_with(|| a.kind.cmp(&b.kind))
                .then_with(|| a.value_hash.cmp(&b.value_hash))
        });
        for l in links {
            if l.kind == AttrKind::Asn && l.accounts < 2 {
                continue;
            }
            let Some((o, net)) = observable(l, opts, net_kind) else {
                continue;
            };
            let n = per_kind.entry(l.kind.code()).or_default();
            if *n >= MAX_INDICATORS_PER_KIND {
                continue;
            }
            *n += 1;
            let (_, _, base) = describe(&o, net);
            let share = f64::from(l.accounts) / f.accounts.len().max(1) as f64;
            let conf = ((base * f.score * (0.5 + 0.5 * share.min(1.0)) * 100.0).round() as u64)
                .clamp(1, 100);
            let id = stix_id("indicator", &[&opts.producer, &o.pattern()]);
            let g = indicators.entry(id.clone()).or_insert_with(|| Gathered {
                observable: o,
                net,
                first,
                last,
                confidence: conf,
                seen_in: Vec::new(),
            });
            g.first = g.first.min(first);
            g.last = g.last.max(last);
            g.confidence = g.confidence.max(conf);
            g.seen_in
                .push((label.clone(), u64::from(l.accounts), f.accounts.len()));
            let rel = stix_id("relationship", &[&id, "indicates", &campaign]);
            relationships.insert(
                rel.clone(),
                json!({
                    "type": "relationship",
                    "spec_version": "2.1",
                    "id": rel,
                    "created_by_ref": producer,
                    "created": ts(first),
                    "modified": ts(last),
                    "relationship_type": "indicates",
                    "source_ref": id,
                    "target_ref": campaign,
                    "confidence": conf,
                    "object_marking_refs": [marking],
                }),
            );
        }
        for l in &f.links {
            if l.kind != "known_actor" {
                continue;
            }
            let set = stix_id("intrusion-set", &[&opts.producer, &l.value]);
            let e = actors.entry(l.value.clone()).or_insert((first, last));
            e.0 = e.0.min(first);
            e.1 = e.1.max(last);
            let rel = stix_id("relationship", &[&campaign, "attributed-to", &set]);
            relationships.insert(
                rel.clone(),
                json!({
                    "type": "relationship",
                    "spec_version": "2.1",
                    "id": rel,
                    "created_by_ref": producer,
                    "created": ts(first),
                    "modified": ts(last),
                    "relationship_type": "attributed-to",
                    "description": format!("matched {} of the actor's indicators", l.accounts),
                    "source_ref": campaign,
                    "target_ref": set,
                    "confidence": confidence,
                    "object_marking_refs": [marking],
                }),
            );
        }
    }
    for (name, (first, last)) in &actors {
        objects.push(json!({
            "type": "intrusion-set",
            "spec_version": "2.1",
            "id": stix_id("intrusion-set", &[&opts.producer, name]),
            "created_by_ref": producer,
            "created": ts(*first),
            "modified": ts(*last),
            "name": name,
            "description": "A known actor whose indicators matched a campaign here.",
            "object_marking_refs": [marking],
        }));
    }
    let valid_ms = i64::from(opts.valid_days.max(1)) * Timestamp::DAY;
    for (id, g) in indicators {
        let (name, itype, _) = describe(&g.observable, g.net);
        let seen = g
            .seen_in
            .iter()
            .map(|(label, n, of)| format!("{n} of {of} accounts of {label}"))
            .collect::<Vec<_>>()
            .join("; ");
        objects.push(json!({
            "type": "indicator",
            "spec_version": "2.1",
            "id": id,
            "created_by_ref": producer,
            "created": ts(g.first),
            "modified": ts(g.last),
            "name": name,
            "description": format!("Shared by {seen}."),
            "indicator_types": [itype],
            "pattern": g.observable.pattern(),
            "pattern_type": "stix",
            "pattern_version": "2.1",
            "valid_from": ts(g.first),
            "valid_until": ts(g.last + valid_ms),
            "confidence": g.confidence,
            "object_marking_refs": [marking],
        }));
    }
    objects.extend(relationships.into_values());
    let ids: Vec<&str> = objects
        .iter()
        .filter_map(|o| o.get("id").and_then(Value::as_str))
        .collect();
    let bundle_id = stix_id("bundle", &ids);
    json!({ "type": "bundle", "id": bundle_id, "objects": objects })
}

#[cfg(test)]
mod tests {
    use super::*;
    use dg_detect::link::value_payload;
    use dg_model::Decision;

    fn link(kind: AttrKind, raw: &str, accounts: u32) -> LinkEvidence {
        LinkEvidence {
            kind,
            value_hash: value_payload(kind, raw),
            accounts,
        }
    }

    fn finding() -> ClusterFinding {
        ClusterFinding {
            cluster_id: "cl_00000000000000ab".into(),
            accounts: vec!["acct-secret-1".into(), "acct-secret-2".into()],
            score: 0.9,
            decision: Decision::Block,
            links: vec![],
            capabilities: [("reasoning".to_string(), 0.75), ("chat".to_string(), 0.25)]
                .into_iter()
                .collect(),
            first_seen: Timestamp(1_770_000_000_000),
            last_seen: Timestamp(1_770_100_000_000),
            requests: 1234,
        }
    }

    fn opts(key: bool) -> ExportOptions {
        ExportOptions {
            producer: "lab".into(),
            tlp: Tlp::Amber,
            sharing_key: key.then(|| SharingKey {
                key: b"trust group key, 16+".to_vec(),
                key_id: "tg".into(),
            }),
            id_key: b"local".to_vec(),
            valid_days: 30,
        }
    }

    #[test]
    fn infrastructure_is_clear_and_everything_personal_is_keyed_or_absent() {
        let f = finding();
        let links = [
            link(AttrKind::Subnet, "203.0.113.9", 2),
            link(AttrKind::Subnet, "198.51.100.9", 2),
            link(AttrKind::Payment, "card-fp-secret", 2),
            link(AttrKind::Asn, "AS64500", 2),
        ];
        let hosting = |ip: IpAddr| (ip.to_string() == "203.0.113.0").then_some(NetKind::Hosting);
        let c = [CampaignInput {
            finding: &f,
            links: &links,
            frames: &[0xfeed_beef_0000_0001],
            reasons: vec![("cluster_shared_payment".into(), 2)],
        }];
        let with_key = build(&c, &opts(true), &hosting).to_string();
        assert!(with_key.contains("[ipv4-addr:value = '203.0.113.0/24']"));
        assert!(!with_key.contains("198.51.100"), "a home range is keyed");
        assert!(with_key.contains("hmac-sha256:tg:"));
        assert!(with_key.contains("[autonomous-system:number = 64500]"));
        assert!(with_key.contains("feedbeef00000001"));
        for secret in ["card-fp-secret", "acct-secret", "cl_00000000000000ab"] {
            assert!(!with_key.contains(secret), "{secret} leaked");
        }
        let without = build(&c, &opts(false), &hosting).to_string();
        assert!(!without.contains("hmac-sha256"));
        assert!(without.contains("203.0.113.0/24"));
        assert_eq!(without, build(&c, &opts(false), &hosting).to_string());
        let b: Value = serde_json::from_str(&with_key).unwrap();
        for o in b["objects"].as_array().unwrap() {
            if o["type"] != "marking-definition" {
                assert_eq!(o["object_marking_refs"][0], Tlp::Amber.id(), "{o}");
            }
        }
    }
}
