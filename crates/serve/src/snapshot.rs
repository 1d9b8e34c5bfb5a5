//! Snapshots of the live detector: its whole state written to the data directory now and
//! then and at shutdown, and restored at start, so that a start folds only the events logged
//! after the snapshot instead of the whole log.
//!
//! A snapshot is used only when everything it depends on is unchanged: its format, the
//! detector's [fingerprint](dg_detect::scanner::snapshot::fingerprint) (analyser behaviour,
//! weights, policy, releases, indicators), the network ranges, the sign-up records (the
//! highest record number), and the log itself (the event it ends at is still there, with the
//! same request id). Otherwise, or when the file is damaged, the start logs why and replays
//! the whole log, which gives the same decisions, only slower.
//!
//! File layout: `DGSNAP01`, the header's length (u32 LE) and the header (MessagePack), the
//! body's length (u64 LE) and the body, then the SHA-256 of header and body: a torn or
//! corrupted file fails the checksum before anything is decoded.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use rand::RngCore;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use crate::engine::{Engine, EngineState, EngineStateRef, Setup};

/// Name of the snapshot file in the data directory.
pub const FILE_NAME: &str = "detector.snapshot";

/// Leading bytes of a snapshot file; the digits are the layout's version.
const MAGIC: &[u8; 8] = b"DGSNAP01";

/// Version of what this module adds around the detector's state (the header, the seen
/// request ids, the engine's counters); the detector's own is inside its fingerprint.
pub(crate) const SERVE_FORMAT: u32 = 1;

/// `[snapshot]` in `serve.toml`.
#[derive(Debug, Clone, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct SnapshotConfig {
    /// Write and read snapshots at all.
    pub enabled: bool,
    /// Seconds between periodic snapshots (written only when events arrived since the last);
    /// 0 writes one only at shutdown.
    pub every_secs: u64,
    /// Days of event time the event log keeps behind the latest snapshot (0: the whole log,
    /// forever). After each snapshot, the events it covers that came more than this before
    /// its last event are deleted (see docs/serve.md, "Compaction").
    #[serde(deserialize_with = "days_value")]
    pub keep_log_days: f64,
    /// Days after which another node that has written no snapshot is taken to be gone: its
    /// anchor no longer holds back this node's compactions (see docs/serve.md, "Compaction").
    #[serde(deserialize_with = "gone_days_value")]
    pub node_gone_after_days: f64,
}

/// The name of the file in `data_dir` holding this node's id (see [`node_id`]).
pub const NODE_FILE: &str = "node.id";

/// This node's id among the nodes sharing a database: read from `node.id` in `data_dir`, or
/// made (128 random bits, hex) and written there at the first start. The snapshot lives in the
/// same directory, so the id names whose snapshot an anchor is.
pub fn node_id(data_dir: &Path) -> std::io::Result<String> {
    let path = data_dir.join(NODE_FILE);
    match std::fs::read_to_string(&path) {
        Ok(s) if is_node_id(s.trim()) => return Ok(s.trim().to_string()),
        Ok(_) => {
            return Err(std::io::Error::new(
                std::io::ErrorKind::InvalidData,
                format!("{} is not a node id (32 hex digits)", path.display()),
            ))
        }
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
        Err(e) => return Err(e),
    }
    std::fs::create_dir_all(data_dir)?;
    let mut bytes = [0u8; 16];
    rand::rngs::OsRng.fill_bytes(&mut bytes);
    let id: String = bytes.iter().map(|b| format!("{b:02x}")).collect();
    let tmp = data_dir.join(format!("{NODE_FILE}.tmp"));
    std::fs::write(&tmp, format!("{id}\n"))?;
    std::fs::rename(&tmp, &path)?;
    Ok(id)
}

fn is_node_id(s: &str) -> bool {
    s.len() == 32 && s.bytes().all(|b| b.is_ascii_hexdigit())
}

/// A number of days for `node_gone_after_days`: finite and positive.
fn gone_days_value<'de, D: serde::Deserializer<'de>>(d: D) -> Result<f64, D::Error> {
    let v = f64::deserialize(d)?;
    if !v.is_finite() || v <= 0.0 {
        return Err(serde::de::Error::custom(format!(
            "node_gone_after_days must be a positive number of days, not {v}"
        )));
    }
    Ok(v)
}

/// A number of days: finite and not negative (a typo must not turn compaction on or off
/// unseen).
fn days_value<'de, D: serde::Deserializer<'de>>(d: D) -> Result<f64, D::Error> {
    let v = f64::deserialize(d)?;
    if !v.is_finite() || v < 0.0 {
        return Err(serde::de::Error::custom(format!(
            "keep_log_days must be 0 (keep the whole log) or a positive number of days, not {v}"
        )));
    }
    Ok(v)
}

impl Default for SnapshotConfig {
    fn default() -> Self {
        Self {
            enabled: true,
            every_secs: 300,
            keep_log_days: 0.0,
            node_gone_after_days: 7.0,
        }
    }
}

/// What a snapshot covers, checked before its body is decoded.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Header {
    /// [`SERVE_FORMAT`] of the writer.
    pub format: u32,
    /// [`fingerprint`] of the writer's setup.
    pub fingerprint: String,
    /// Every event of the log numbered up to this was folded (or is held) in the snapshot.
    pub event_seq: i64,
    /// The last event stored at or before `event_seq` (number and request id), if any: the
    /// log must still hold it for the snapshot to be of this log.
    pub last_event: Option<(i64, String)>,
    /// The highest sign-up record number when it was written: the records built into it.
    pub account_seq: i64,
    /// Events folded, for the log line.
    pub events_folded: u64,
    /// Wall-clock time it was written, epoch ms.
    pub written_at_ms: i64,
}

/// The rest of a snapshot, to write.
#[derive(Serialize)]
struct BodyRef<'a> {
    engine: EngineStateRef<'a>,
    /// Request-id hashes of every event up to `event_seq`, sorted.
    seen: &'a [u64],
}

/// The rest of a snapshot, as read.
#[derive(Deserialize)]
struct Body {
    engine: EngineState,
    seen: Vec<u64>,
}

/// Why a snapshot was not used.
#[derive(Debug, thiserror::Error)]
pub enum SnapshotError {
    /// No snapshot file.
    #[error("no snapshot")]
    Missing,
    /// Reading or writing the file failed.
    #[error("{0}")]
    Io(#[from] std::io::Error),
    /// The file is not a whole snapshot (truncated, corrupted, another format).
    #[error("damaged snapshot: {0}")]
    Damaged(String),
    /// A whole snapshot, of another setup, log or set of sign-up records.
    #[error("stale snapshot: {0}")]
    Stale(String),
    /// Encoding failed.
    #[error("encoding the snapshot: {0}")]
    Encode(String),
}

/// The path of the snapshot file in `data_dir`.
pub fn path(data_dir: &Path) -> PathBuf {
    data_dir.join(FILE_NAME)
}

/// Names the setup a snapshot is valid for: the detector's fingerprint, the network ranges
/// (an event's range is saved as an index into them) and this module's format.
pub fn fingerprint(setup: &Setup) -> String {
    let mut h = Sha256::new();
    h.update(SERVE_FORMAT.to_le_bytes());
    h.update((crate::engine::MAX_HELD_EVENTS as u64).to_le_bytes());
    h.update(dg_detect::scanner::snapshot::fingerprint(&setup.scan).as_bytes());
    match &setup.ip_table {
        Some(t) => {
            for r in t.ranges() {
                h.update(format!("{r:?}\n").as_bytes());
            }
        }
        None => h.update(b"no ranges"),
    }
    hex(&h.finalize())
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// Encodes a snapshot of `engine` (call with the detector's turn held, so that it and `seen`
/// describe the same events).
pub fn encode(header: &Header, engine: &Engine, seen: &[u64]) -> Result<Vec<u8>, SnapshotError> {
    let enc = |e: rmp_serde::encode::Error| SnapshotError::Encode(e.to_string());
    let head = rmp_serde::to_vec(header).map_err(enc)?;
    // The caller waits for re-links in flight (see `write_snapshot`): refused, not guessed.
    let state = engine
        .state()
        .ok_or_else(|| SnapshotError::Encode("a re-link is in progress".into()))?;
    let body = rmp_serde::to_vec(&BodyRef {
        engine: state,
        seen,
    })
    .map_err(enc)?;
    Ok(frame(&head, &body))
}

/// Writes `bytes` as the snapshot of `data_dir`: to a temporary file, synced, then renamed
/// over the previous one (and the directory synced), so that a crash at any point leaves
/// either the old snapshot or the new one, never a torn file under the real name.
pub fn write_file(data_dir: &Path, bytes: &[u8]) -> Result<(), SnapshotError> {
    std::fs::create_dir_all(data_dir)?;
    let tmp = data_dir.join(format!("{FILE_NAME}.tmp"));
    {
        let mut f = std::fs::File::create(&tmp)?;
        f.write_all(bytes)?;
        f.sync_all()?;
    }
    std::fs::rename(&tmp, path(data_dir))?;
    // The rename itself is durable only once the directory is synced.
    std::fs::File::open(data_dir)?.sync_all()?;
    Ok(())
}

/// A snapshot file split and checked: its header and its body's bytes.
pub struct Raw {
    /// What it covers.
    pub header: Header,
    /// The whole file, and where the body lies in it (not copied out: tens of MB).
    bytes: Vec<u8>,
    body: std::ops::Range<usize>,
}

impl Raw {
    /// The file again, with the header as it is now (for tools and tests that re-stamp one).
    pub fn to_bytes(&self) -> Vec<u8> {
        let head = rmp_serde::to_vec(&self.header).unwrap_or_default();
        frame(&head, self.body())
    }

    fn body(&self) -> &[u8] {
        self.bytes.get(self.body.clone()).unwrap_or_default()
    }
}

/// The file layout around an encoded header and body.
fn frame(head: &[u8], body: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(MAGIC.len() + 12 + head.len() + body.len() + 32);
    out.extend_from_slice(MAGIC);
    out.extend_from_slice(&(head.len() as u32).to_le_bytes());
    out.extend_from_slice(head);
    out.extend_from_slice(&(body.len() as u64).to_le_bytes());
    out.extend_from_slice(body);
    let sum = Sha256::new()
        .chain_update(head)
        .chain_update(body)
        .finalize();
    out.extend_from_slice(&sum);
    out
}

/// Reads and checks the snapshot file of `data_dir` (magic, lengths, checksum, header).
pub fn read_file(data_dir: &Path) -> Result<Raw, SnapshotError> {
    let bytes = match std::fs::read(path(data_dir)) {
        Ok(b) => b,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Err(SnapshotError::Missing),
        Err(e) => return Err(e.into()),
    };
    parse_file(bytes)
}

fn parse_file(bytes: Vec<u8>) -> Result<Raw, SnapshotError> {
    let damaged = |why: &str| SnapshotError::Damaged(why.to_string());
    let rest = bytes
        .as_slice()
        .strip_prefix(MAGIC.as_slice())
        .ok_or_else(|| damaged("not a snapshot of this version (magic bytes)"))?;
    let (len, rest) = take(rest, 4).ok_or_else(|| damaged("truncated in the header"))?;
    let head_len = u32::from_le_bytes([len[0], len[1], len[2], len[3]]) as usize;
    let (head, rest) = take(rest, head_len).ok_or_else(|| damaged("truncated in the header"))?;
    let (len, rest) = take(rest, 8).ok_or_else(|| damaged("truncated before the body"))?;
    let mut l = [0u8; 8];
    l.copy_from_slice(len);
    let body_len =
        usize::try_from(u64::from_le_bytes(l)).map_err(|_| damaged("impossible body length"))?;
    let (body, rest) = take(rest, body_len).ok_or_else(|| damaged("truncated in the body"))?;
    if rest.len() != 32 {
        return Err(damaged("truncated or extended after the body"));
    }
    let sum = Sha256::new()
        .chain_update(head)
        .chain_update(body)
        .finalize();
    if sum.as_slice() != rest {
        return Err(damaged("checksum mismatch"));
    }
    let header: Header =
        rmp_serde::from_slice(head).map_err(|e| SnapshotError::Damaged(format!("header: {e}")))?;
    let start = bytes.len() - 32 - body.len();
    let body = start..start + body.len();
    Ok(Raw {
        header,
        bytes,
        body,
    })
}

fn take(b: &[u8], n: usize) -> Option<(&[u8], &[u8])> {
    (b.len() >= n).then(|| b.split_at(n))
}

impl Raw {
    /// Decodes the body into an engine over `accounts`, and the seen request-id hashes.
    pub fn restore(
        self,
        setup: Arc<Setup>,
        accounts: std::collections::BTreeMap<String, dg_model::Account>,
    ) -> Result<(Engine, Vec<u64>), SnapshotError> {
        let body: Body = rmp_serde::from_slice(self.body())
            .map_err(|e| SnapshotError::Damaged(format!("body: {e}")))?;
        let engine = Engine::restore(setup, accounts, body.engine)
            .map_err(|e| SnapshotError::Damaged(e.to_string()))?;
        Ok((engine, body.seen))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn header() -> Header {
        Header {
            format: SERVE_FORMAT,
            fingerprint: "f".into(),
            event_seq: 7,
            last_event: Some((7, "r7".into())),
            account_seq: 2,
            events_folded: 5,
            written_at_ms: 1,
        }
    }

    fn file_with(head: &Header, body: &[u8]) -> Vec<u8> {
        frame(&rmp_serde::to_vec(head).expect("encode"), body)
    }

    #[test]
    fn every_truncation_and_every_flipped_byte_is_refused_without_a_panic() {
        let good = file_with(&header(), b"body bytes");
        let whole = parse_file(good.clone()).expect("whole file");
        assert_eq!(whole.header, header());
        assert_eq!(whole.body(), b"body bytes");
        assert_eq!(whole.to_bytes(), good);
        for cut in 0..good.len() {
            assert!(
                matches!(
                    parse_file(good[..cut].to_vec()),
                    Err(SnapshotError::Damaged(_))
                ),
                "cut at {cut}"
            );
        }
        for i in 0..good.len() {
            let mut bad = good.clone();
            bad[i] ^= 0x40;
            assert!(parse_file(bad).is_err(), "byte {i} flipped");
        }
        // A huge declared length is refused, not allocated.
        let mut bad = good.clone();
        let at = MAGIC.len() + 4 + rmp_serde::to_vec(&header()).expect("encode").len();
        bad[at..at + 8].copy_from_slice(&u64::MAX.to_le_bytes());
        assert!(parse_file(bad).is_err());
    }

    #[test]
    fn a_body_that_is_not_a_detector_state_is_damaged() {
        let raw = parse_file(file_with(&header(), b"\x93\x01\x02\x03")).expect("split");
        let setup = Arc::new(Setup {
            scan: dg_detect::scanner::ScanConfig::with_demo_key(
                dg_model::Policy::default(),
                dg_detect::score::Weights::default_weights(),
                Vec::new(),
            ),
            ip_table: None,
        });
        assert!(matches!(
            raw.restore(setup, Default::default()),
            Err(SnapshotError::Damaged(_))
        ));
    }
}
