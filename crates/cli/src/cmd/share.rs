//! What `scan` shares and reads from partners: `indicators.stix.json` (STIX 2.1, `dg-intel`),
//! the sharing key, and `--known-indicators` given as a STIX bundle.
//!
//! The sharing key is a secret of the trust group, separate from the policy's `hash_key`: it
//! is read from the environment variable `DISTILLGUARD_SHARING_KEY` or from the file named by
//! `--sharing-key-file` (never from a flag, which would show in process lists and in the
//! report's command line), and it is never printed.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::{Path, PathBuf};

use anyhow::Context;
use dg_detect::scanner::{Finished, SharingKey};
use dg_intel::{CampaignInput, ExportOptions, Tlp};
use dg_model::{AccountFinding, ClusterFinding};
use tracing::warn;

/// The environment variable holding the sharing key.
pub const SHARING_KEY_ENV: &str = "DISTILLGUARD_SHARING_KEY";

/// The file `scan` writes the bundle to.
pub const BUNDLE_FILE: &str = "indicators.stix.json";

/// Options of `scan` about sharing.
#[derive(clap::Args, Debug, Clone)]
pub struct ShareArgs {
    /// TLP 2.0 marking of every object in indicators.stix.json: clear, green, amber,
    /// amber+strict or red.
    #[arg(long, default_value = "amber", value_parser = parse_tlp)]
    tlp: Tlp,
    /// Name of the producer identity in indicators.stix.json.
    #[arg(long, default_value = "distillguard")]
    producer: String,
    /// File holding the trust group's sharing key (at least 16 bytes; a trailing newline is
    /// dropped). Default: the DISTILLGUARD_SHARING_KEY environment variable. Without a key,
    /// personal values are left out of the bundle and keyed partner values cannot match.
    #[arg(long)]
    sharing_key_file: Option<PathBuf>,
    /// Id of the sharing key, written inside every keyed value (`hmac-sha256:<id>:<hex>`).
    #[arg(long, default_value = "shared")]
    sharing_key_id: String,
}

fn parse_tlp(s: &str) -> Result<Tlp, String> {
    Tlp::parse(s).map_err(|e| e.to_string())
}

/// Sharing settings of a scan, checked.
#[derive(Debug, Clone)]
pub struct Share {
    pub tlp: Tlp,
    pub producer: String,
    pub key: Option<SharingKey>,
}

impl Default for Share {
    fn default() -> Self {
        Self {
            tlp: Tlp::Amber,
            producer: "distillguard".to_string(),
            key: None,
        }
    }
}

impl ShareArgs {
    /// Checks the options and loads the key (file, else environment).
    pub fn load(&self) -> anyhow::Result<Share> {
        let raw = match &self.sharing_key_file {
            Some(p) => Some(
                std::fs::read(p)
                    .with_context(|| format!("reading the sharing key file {}", p.display()))?,
            ),
            None => std::env::var_os(SHARING_KEY_ENV).map(|v| v.into_encoded_bytes()),
        };
        let key = match raw {
            None => None,
            Some(mut k) => {
                while k.last().is_some_and(|b| matches!(b, b'\n' | b'\r')) {
                    k.pop();
                }
                if k.len() < 16 {
                    return Err(dg_intel::IntelError::ShortKey(k.len()).into());
                }
                let id = &self.sharing_key_id;
                let id_ok = (1..=64).contains(&id.len())
                    && id
                        .bytes()
                        .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b'-'));
                if !id_ok {
                    return Err(dg_intel::IntelError::KeyId.into());
                }
                Some(SharingKey {
                    key: k,
                    key_id: id.clone(),
                })
            }
        };
        let producer: String = self.producer.chars().filter(|c| !c.is_control()).collect();
        anyhow::ensure!(
            !producer.trim().is_empty() && producer.len() <= 200,
            "--producer: expected 1 to 200 characters"
        );
        Ok(Share {
            tlp: self.tlp,
            producer,
            key,
        })
    }
}

/// Whether a `--known-indicators` file is a STIX bundle (JSON) rather than the CSV form.
pub fn is_stix(path: &Path) -> anyhow::Result<bool> {
    use std::io::Read;
    let mut head = [0u8; 512];
    let mut f = std::fs::File::open(path).with_context(|| format!("opening {}", path.display()))?;
    let n = f.read(&mut head)?;
    let text = head[..n]
        .strip_prefix(b"\xef\xbb\xbf")
        .unwrap_or(&head[..n]);
    Ok(text
        .iter()
        .find(|b| !b.is_ascii_whitespace())
        .is_some_and(|&b| b == b'{'))
}

/// Reads a partner's bundle into the scan's indicators and frame sketches.
pub fn read_bundle(
    path: &Path,
    share: &Share,
    cfg: &mut dg_detect::scanner::ScanConfig,
) -> anyhow::Result<()> {
    let limits = dg_intel::ImportLimits::default();
    let size = std::fs::metadata(path)
        .with_context(|| format!("reading {}", path.display()))?
        .len();
    if size > limits.max_bytes as u64 {
        anyhow::bail!(
            "{}: {}",
            path.display(),
            dg_intel::IntelError::TooLarge {
                size: usize::try_from(size).unwrap_or(usize::MAX),
                cap: limits.max_bytes
            }
        );
    }
    let bytes = std::fs::read(path).with_context(|| format!("reading {}", path.display()))?;
    let imported = dg_intel::read(&bytes, &limits)
        .map_err(|e| anyhow::anyhow!("{}: invalid STIX bundle: {e}", path.display()))?;
    let ours = share.key.as_ref().map(|k| k.key_id.as_str());
    let foreign: Vec<&str> = imported
        .key_ids
        .iter()
        .map(String::as_str)
        .filter(|id| Some(*id) != ours)
        .collect();
    if !foreign.is_empty() {
        warn!(
            "{}: keyed values under sharing key id(s) {} cannot match here ({}); only values in \
             the clear and frame sketches will",
            path.display(),
            foreign.join(", "),
            match ours {
                Some(id) => format!("this scan's sharing key id is {id}"),
                None => format!("no sharing key: set {SHARING_KEY_ENV} or --sharing-key-file"),
            }
        );
    }
    if imported.skipped > 0 {
        tracing::info!(
            "{}: {} objects or comparisons not usable here (other observable types, ranges, \
             revoked)",
            path.display(),
            imported.skipped
        );
    }
    cfg.indicators = imported.indicators;
    cfg.frame_indicators = imported.frames;
    Ok(())
}

/// Reason codes of the members of flagged clusters, gathered while the findings stream out.
#[derive(Default)]
pub struct ReasonTally {
    /// Cluster id → code → members carrying it.
    by_cluster: HashMap<String, BTreeMap<String, u64>>,
}

impl ReasonTally {
    /// Counts the reason codes of one account's finding if it is in one of `flagged`.
    pub fn add(&mut self, f: &AccountFinding, flagged: &HashSet<&str>) {
        let Some(c) = f.cluster_id.as_deref().filter(|c| flagged.contains(c)) else {
            return;
        };
        let codes = self.by_cluster.entry(c.to_string()).or_default();
        for r in &f.reasons {
            *codes.entry(r.code.clone()).or_default() += 1;
        }
    }

    /// The codes of a cluster, most members first, then by code.
    fn of(&self, cluster: &str) -> Vec<(String, u64)> {
        let mut v: Vec<(String, u64)> = self
            .by_cluster
            .get(cluster)
            .map(|m| m.iter().map(|(k, n)| (k.clone(), *n)).collect())
            .unwrap_or_default();
        v.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
        v
    }
}

/// Writes the bundle of the flagged clusters into `out`.
pub fn write_bundle(
    done: &Finished<'_>,
    clusters: &[ClusterFinding],
    tally: &ReasonTally,
    share: &Share,
    id_key: &[u8],
    ip_table: Option<&dg_ingest::IpTable>,
    out: &Path,
) -> anyhow::Result<()> {
    let evidence: HashMap<&str, (&[dg_detect::link::LinkEvidence], &[u64])> = done
        .cluster_evidence()
        .map(|(id, links, frames)| (id, (links, frames)))
        .collect();
    let campaigns: Vec<CampaignInput<'_>> = clusters
        .iter()
        .filter(|c| c.decision.is_flagged())
        .map(|c| {
            let (links, frames) = evidence
                .get(c.cluster_id.as_str())
                .copied()
                .unwrap_or((&[], &[]));
            CampaignInput {
                finding: c,
                links,
                frames,
                reasons: tally.of(&c.cluster_id),
            }
        })
        .collect();
    let opts = ExportOptions {
        producer: share.producer.clone(),
        tlp: share.tlp,
        sharing_key: share.key.clone(),
        id_key: id_key.to_vec(),
        valid_days: 30,
    };
    let net_kind = |ip| ip_table.and_then(|t| t.lookup(ip)).map(|r| r.kind);
    let bundle = dg_intel::build(&campaigns, &opts, &net_kind);
    let p = out.join(BUNDLE_FILE);
    let mut w = std::io::BufWriter::new(
        std::fs::File::create(&p).with_context(|| format!("creating {}", p.display()))?,
    );
    serde_json::to_writer_pretty(&mut w, &bundle)?;
    std::io::Write::write_all(&mut w, b"\n")?;
    std::io::Write::flush(&mut w)?;
    Ok(())
}
