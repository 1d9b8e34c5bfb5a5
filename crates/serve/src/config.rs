//! `serve.toml`: the service's configuration file, with environment overrides.
//!
//! Layers, later wins: the compiled-in defaults, the file, `DISTILLGUARD_KEY` (top-level keys)
//! and `DISTILLGUARD_SECTION__KEY` (keys of a section) environment variables, then the command
//! line. Unknown keys are refused wherever they come from, so a typo cannot silently leave a
//! default in force. Every key is documented in `docs/serve.md`.

use std::net::SocketAddr;
use std::path::PathBuf;

use dg_ingest::gateway::litellm::LitellmAccount;
use dg_ingest::ImportConfig;
use dg_model::Decision;
use serde::Deserialize;

use crate::auth::TokenSpec;

/// Environment variables with the prefix that are not configuration keys.
const NOT_CONFIG: &[&str] = &[
    "DISTILLGUARD_LOG",
    "DISTILLGUARD_CORPORA_CACHE",
    "DISTILLGUARD_SHARING_KEY",
    "DISTILLGUARD_TAXII_PASSWORD",
    "DISTILLGUARD_TAXII_TOKEN",
];

/// The prefix of configuration overrides in the environment.
pub const ENV_PREFIX: &str = "DISTILLGUARD_";

/// Whether enforcement answers deny, or only say what they would do.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Mode {
    /// Decide, count and log, but always allow (the way to roll distillguard out).
    #[default]
    Monitor,
    /// `block` is refused, `throttle` is answered 429, `review` is allowed with a header.
    Enforce,
}

impl Mode {
    /// The name in the config and in answers.
    pub fn name(self) -> &'static str {
        match self {
            Mode::Monitor => "monitor",
            Mode::Enforce => "enforce",
        }
    }
}

/// The mode of each tier that refuses (`[modes]`, `[guardrail.modes]`, `[ext_authz.modes]`):
/// `throttle` and `block`; one left unset takes the mode of the level above (see
/// [`ServeConfig::mode_for`]). `allow` and `review` never refuse, so they have no mode (and
/// are refused as keys, like any unknown key).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct TierModes {
    /// Whether `throttle` is enforced (429 / `BLOCKED`) or only monitored.
    pub throttle: Option<Mode>,
    /// Whether `block` is enforced (403 / `BLOCKED`) or only monitored.
    pub block: Option<Mode>,
}

impl TierModes {
    fn of(&self, d: Decision) -> Option<Mode> {
        match d {
            Decision::Throttle => self.throttle,
            Decision::Block => self.block,
            Decision::Allow | Decision::Review => None,
        }
    }
}

/// An enforcement point: a gateway integration with modes of its own.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Point {
    /// The LiteLLM Generic Guardrail API.
    Guardrail,
    /// Envoy `ext_authz`, over HTTP and gRPC.
    ExtAuthz,
}

impl Point {
    /// Both points.
    pub const ALL: [Point; 2] = [Point::Guardrail, Point::ExtAuthz];

    /// The name in the config, logs and metrics.
    pub fn name(self) -> &'static str {
        match self {
            Point::Guardrail => "guardrail",
            Point::ExtAuthz => "ext_authz",
        }
    }
}

/// Bounds on what one request may cost (`[limits]`).
#[derive(Debug, Clone, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Limits {
    /// Largest request body as sent (compressed or not), in bytes; larger is 413.
    pub max_body_bytes: usize,
    /// Largest body after gzip, in bytes; larger is 413.
    pub max_inflated_bytes: usize,
    /// Ingest requests (events or accounts) in progress at once; more are answered 429.
    pub ingest_slots: usize,
    /// Most account ids in one `POST /v1/decisions:batch`.
    pub max_batch_ids: usize,
    /// Most rejection records listed in an ingest answer (the counts are always complete).
    pub max_errors_listed: usize,
    /// Largest enforcement request body (guardrail, ext_authz), in bytes.
    pub max_check_body_bytes: usize,
    /// Ingest bodies parsed and analysed at once (0: as many as `ingest_slots`). Fewer leave
    /// cores to the fold and to decisions while ingest runs at full speed.
    pub parse_workers: usize,
    /// Nice value of the threads doing CPU-heavy work (parsing, folding, publishing,
    /// snapshots, replays) and of SQLite's connection threads, above the request-answering
    /// workers' (0: the same priority; 1 to 19). See `work.rs`.
    #[serde(deserialize_with = "nice_value")]
    pub work_nice: i32,
    /// Whether those threads also take Linux's `SCHED_IDLE` policy, so that a woken
    /// request-answering worker always preempts them (see `work.rs`); off gives them the
    /// cycles a nice value leaves on a machine other programs keep busy.
    pub work_idle: bool,
    /// Nice value of the main listener's runtime workers when `decision_listen` is set, so
    /// that ingest bodies read on them come after decisions (0 to 19).
    #[serde(deserialize_with = "nice_value")]
    pub shared_workers_nice: i32,
    /// Decision changes kept in memory for `GET /v1/decision-changes` (0: none; they are
    /// still counted).
    pub decision_changes_kept: usize,
    /// Committed events that may wait for the detector at once (while it computes a re-link,
    /// or falls behind ingest); beyond it commits wait and new requests are answered 429.
    pub max_queued_events: usize,
}

impl Limits {
    /// The work threads' priority (`work_nice`, `work_idle`).
    pub fn work(&self) -> crate::work::Priority {
        crate::work::Priority {
            nice: self.work_nice,
            idle: self.work_idle,
        }
    }
}

impl Default for Limits {
    fn default() -> Self {
        Self {
            max_body_bytes: 16 << 20,
            max_inflated_bytes: 64 << 20,
            ingest_slots: 4,
            max_batch_ids: 10_000,
            max_errors_listed: 100,
            max_check_body_bytes: 4 << 20,
            parse_workers: 0,
            work_nice: 10,
            work_idle: true,
            shared_workers_nice: 19,
            decision_changes_kept: crate::changes::DEFAULT_KEPT,
            max_queued_events: 200_000,
        }
    }
}

/// `[guardrail]`: the LiteLLM Generic Guardrail API.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct GuardrailConfig {
    /// Which of LiteLLM's identities is the account (as `[import.litellm] account` for logs).
    pub account_from: LitellmAccount,
    /// This integration's mode (unset: the service's, see [`ServeConfig::mode_for`]).
    pub mode: Option<Mode>,
    /// This integration's mode per refusing tier.
    pub modes: TierModes,
}

/// `[ext_authz]`: Envoy's external authorization (HTTP service).
#[derive(Debug, Clone, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct ExtAuthzConfig {
    /// Request header holding the account id (set by the gateway after its own authentication).
    pub account_header: String,
    /// `Retry-After` seconds on a throttled request.
    pub retry_after_secs: u64,
    /// A request without the account header is allowed (`true`) or refused with 403.
    pub allow_missing_account: bool,
    /// Address of the gRPC `envoy.service.auth.v3.Authorization/Check` listener (none: off).
    pub grpc_listen: Option<SocketAddr>,
    /// This integration's mode, HTTP and gRPC (unset: the service's).
    pub mode: Option<Mode>,
    /// This integration's mode per refusing tier.
    pub modes: TierModes,
}

impl Default for ExtAuthzConfig {
    fn default() -> Self {
        Self {
            account_header: "x-distillguard-account".into(),
            retry_after_secs: 60,
            allow_missing_account: true,
            grpc_listen: None,
            mode: None,
            modes: TierModes::default(),
        }
    }
}

/// `[detector]`: how the live detector differs from `scan`'s.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct DetectorConfig {
    /// Days of event time after which an idle account is evicted from the detector, at a
    /// re-link, unless flagged or in a cluster or remembered campaign (0: never). Once an
    /// account is evicted, decisions no longer equal `scan`'s over the same log.
    pub evict_idle_days: u32,
}

/// `[analyst]`: what the analyst routes may cost.
#[derive(Debug, Clone, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct AnalystConfig {
    /// Most rows of the event log `GET /v1/accounts/{id}` reads, from the account's first
    /// request on, for the sample request ids behind its reasons (0: none, no samples).
    pub evidence_scan_rows: u64,
}

impl Default for AnalystConfig {
    fn default() -> Self {
        Self {
            evidence_scan_rows: 1_000_000,
        }
    }
}

/// Everything `distillguard serve` is started with.
#[derive(Debug, Clone, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct ServeConfig {
    /// Address to listen on (port 0: any free port).
    pub listen: SocketAddr,
    /// A second address serving only the gateway's routes (decisions, guardrail, ext_authz)
    /// on a thread of their own, ahead of ingest (none: everything on `listen`).
    pub decision_listen: Option<SocketAddr>,
    /// Directory of the default SQLite store (`distillguard.db`).
    pub data_dir: PathBuf,
    /// `postgres://…` or `sqlite:…` instead of the data directory's SQLite file.
    pub database_url: Option<String>,
    /// `policy.toml` (thresholds, restricted regions, hash key, reorder window, line cap).
    pub policy: Option<PathBuf>,
    /// `ip_ranges.csv`, as for `scan --ip-ranges`.
    pub ip_ranges: Option<PathBuf>,
    /// `releases.csv`, as for `scan --releases`.
    pub releases: Option<PathBuf>,
    /// Monitor (never deny) or enforce: the default of every enforcement point and tier.
    pub mode: Mode,
    /// The mode per refusing tier, for every enforcement point (`[modes]`).
    pub modes: TierModes,
    /// Request bounds.
    pub limits: Limits,
    /// API tokens and their roles (`[[tokens]]`).
    pub tokens: Vec<TokenSpec>,
    /// The LiteLLM guardrail.
    pub guardrail: GuardrailConfig,
    /// The Envoy ext_authz service.
    pub ext_authz: ExtAuthzConfig,
    /// How the gateway ingest endpoints map LiteLLM and OTLP records to events (`[import]`,
    /// the same keys as `scan --import-config`).
    pub import: ImportConfig,
    /// The TAXII 2.1 server, its collections and the partner collections it pulls.
    pub taxii: crate::taxii::TaxiiConfig,
    /// Partners' STIX 2.1 bundles matched as known indicators (as `scan --known-indicators`);
    /// the objects of the local store collections are matched too. Read at start.
    pub known_indicators: Vec<PathBuf>,
    /// `[snapshot]`: periodic and shutdown snapshots of the detector (`crate::snapshot`).
    pub snapshot: crate::snapshot::SnapshotConfig,
    /// `[detector]`: eviction of idle accounts.
    pub detector: DetectorConfig,
    /// `[analyst]`: bounds of the analyst routes.
    pub analyst: AnalystConfig,
    /// Milliseconds between re-reads of the stored tokens and overrides: a revoked token is
    /// refused, and another node's override applied, within this.
    pub store_refresh_ms: u64,
    /// Runs on the re-link's thread before each re-link is computed: for tests that hold a
    /// re-link in flight. Not configuration: never read from a file or the environment.
    #[doc(hidden)]
    #[serde(skip)]
    pub relink_hook: Option<RelinkHook>,
}

/// A function run before each re-link is computed (see [`ServeConfig::relink_hook`]).
#[doc(hidden)]
#[derive(Clone)]
pub struct RelinkHook(pub std::sync::Arc<dyn Fn() + Send + Sync>);

impl std::fmt::Debug for RelinkHook {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("RelinkHook")
    }
}

impl Default for ServeConfig {
    fn default() -> Self {
        Self::new("distillguard-data")
    }
}

impl ServeConfig {
    /// Defaults: 127.0.0.1:8080, the given data directory, SQLite, no side inputs, no tokens,
    /// monitor mode.
    pub fn new(data_dir: impl Into<PathBuf>) -> Self {
        Self {
            listen: SocketAddr::from(([127, 0, 0, 1], 8080)),
            decision_listen: None,
            data_dir: data_dir.into(),
            database_url: None,
            policy: None,
            ip_ranges: None,
            releases: None,
            mode: Mode::default(),
            modes: TierModes::default(),
            limits: Limits::default(),
            tokens: Vec::new(),
            guardrail: GuardrailConfig::default(),
            ext_authz: ExtAuthzConfig::default(),
            import: ImportConfig::default(),
            taxii: crate::taxii::TaxiiConfig::default(),
            known_indicators: Vec::new(),
            snapshot: crate::snapshot::SnapshotConfig::default(),
            detector: DetectorConfig::default(),
            analyst: AnalystConfig::default(),
            store_refresh_ms: 2_000,
            relink_hook: None,
        }
    }

    /// The mode in which `point` answers a `decision`: the most specific setting wins —
    /// the point's own mode for the tier (`[guardrail.modes] block`), else the point's mode
    /// (`[guardrail] mode`), else the service's mode for the tier (`[modes] block`), else
    /// `mode`. `allow` and `review` never refuse; their answers carry the point's mode.
    pub fn mode_for(&self, point: Point, decision: Decision) -> Mode {
        let (mode, modes) = match point {
            Point::Guardrail => (self.guardrail.mode, &self.guardrail.modes),
            Point::ExtAuthz => (self.ext_authz.mode, &self.ext_authz.modes),
        };
        modes
            .of(decision)
            .or(mode)
            .or(self.modes.of(decision))
            .unwrap_or(self.mode)
    }

    /// The modes in force, in one line: `guardrail: throttle monitor, block enforce; …`.
    pub fn modes_summary(&self) -> String {
        Point::ALL
            .iter()
            .map(|&p| {
                format!(
                    "{}: throttle {}, block {}",
                    p.name(),
                    self.mode_for(p, Decision::Throttle).name(),
                    self.mode_for(p, Decision::Block).name()
                )
            })
            .collect::<Vec<_>>()
            .join("; ")
    }

    /// Parses a config file's text with the environment's overrides applied (`env`: the
    /// process environment, as pairs). Unknown keys, in the file or the environment, are errors.
    pub fn from_toml_and_env(
        text: &str,
        env: impl IntoIterator<Item = (String, String)>,
    ) -> Result<Self, String> {
        let mut table: toml::Table = toml::from_str(text).map_err(|e| one_line(e.message()))?;
        apply_env(&mut table, env)?;
        table
            .try_into()
            .map_err(|e: toml::de::Error| one_line(e.message()))
    }
}

/// Reads `limits.work_nice`: 0 to 19. A negative value would put the heavy work above the
/// workers answering requests (and needs a privilege the service should not have); Linux caps
/// nice at 19, so more would silently mean 19.
fn nice_value<'de, D: serde::Deserializer<'de>>(d: D) -> Result<i32, D::Error> {
    let v = i32::deserialize(d)?;
    if !(0..=19).contains(&v) {
        return Err(serde::de::Error::custom(format!(
            "a nice value (work_nice, shared_workers_nice) must be 0 (off) to 19, not {v}"
        )));
    }
    Ok(v)
}

fn one_line(s: &str) -> String {
    s.replace('\n', " ")
}

/// Writes `DISTILLGUARD_KEY` and `DISTILLGUARD_SECTION__KEY` values into the parsed file. A
/// value that reads as a TOML value (number, boolean, array) is taken as one, else as a string.
fn apply_env(
    table: &mut toml::Table,
    env: impl IntoIterator<Item = (String, String)>,
) -> Result<(), String> {
    let mut vars: Vec<(String, String)> = env
        .into_iter()
        .filter(|(k, _)| k.starts_with(ENV_PREFIX) && !NOT_CONFIG.contains(&k.as_str()))
        .collect();
    vars.sort();
    for (name, raw) in vars {
        let path: Vec<String> = name[ENV_PREFIX.len()..]
            .split("__")
            .map(str::to_ascii_lowercase)
            .collect();
        if path.iter().any(String::is_empty) || path.len() > 3 {
            return Err(format!(
                "environment variable {name}: not a configuration key"
            ));
        }
        let value = toml::from_str::<toml::Table>(&format!("v = {raw}"))
            .ok()
            .and_then(|mut t| t.remove("v"))
            .unwrap_or_else(|| toml::Value::String(raw.clone()));
        let (last, sections) = path.split_last().unwrap_or_else(|| unreachable!());
        let mut at = &mut *table;
        for s in sections {
            let entry = at
                .entry(s.clone())
                .or_insert_with(|| toml::Value::Table(toml::Table::new()));
            at = entry
                .as_table_mut()
                .ok_or_else(|| format!("environment variable {name}: `{s}` is not a section"))?;
        }
        at.insert(last.clone(), value);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
        pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect()
    }

    #[test]
    fn a_file_sets_keys_and_the_environment_overrides_them() {
        let text = r#"
            listen = "0.0.0.0:9000"
            mode = "enforce"
            [limits]
            ingest_slots = 2
            [guardrail]
            account_from = "team_id"
        "#;
        let cfg = ServeConfig::from_toml_and_env(
            text,
            env(&[
                ("DISTILLGUARD_LIMITS__INGEST_SLOTS", "7"),
                ("DISTILLGUARD_DATABASE_URL", "postgres://x@h/db"),
                ("DISTILLGUARD_LOG", "debug"),
                ("HOME", "/root"),
            ]),
        )
        .expect("valid");
        assert_eq!(cfg.listen, "0.0.0.0:9000".parse().expect("addr"));
        assert_eq!(cfg.mode, Mode::Enforce);
        assert_eq!(cfg.limits.ingest_slots, 7);
        assert_eq!(cfg.limits.max_body_bytes, 16 << 20);
        assert_eq!(cfg.database_url.as_deref(), Some("postgres://x@h/db"));
        assert_eq!(cfg.guardrail.account_from, LitellmAccount::TeamId);
    }

    #[test]
    fn unknown_keys_are_refused_from_the_file_and_the_environment() {
        let e = ServeConfig::from_toml_and_env("lisen = \"x\"", env(&[])).unwrap_err();
        assert!(e.contains("lisen"), "{e}");
        let e = ServeConfig::from_toml_and_env("[limits]\nslots = 1", env(&[])).unwrap_err();
        assert!(e.contains("slots"), "{e}");
        let e = ServeConfig::from_toml_and_env("", env(&[("DISTILLGUARD_MODDE", "enforce")]))
            .unwrap_err();
        assert!(e.contains("modde"), "{e}");
        let e =
            ServeConfig::from_toml_and_env("", env(&[("DISTILLGUARD_MODE", "deny")])).unwrap_err();
        assert!(e.contains("deny"), "{e}");
    }

    #[test]
    fn the_most_specific_mode_wins_per_point_and_tier() {
        use Decision::{Allow, Block, Throttle};
        let text = r#"
            mode = "monitor"
            [modes]
            block = "enforce"
            [ext_authz]
            mode = "monitor"
            [ext_authz.modes]
            throttle = "enforce"
        "#;
        let cfg = ServeConfig::from_toml_and_env(text, env(&[])).expect("valid");
        let m = |p, d| cfg.mode_for(p, d);
        assert_eq!(m(Point::Guardrail, Block), Mode::Enforce, "[modes] block");
        assert_eq!(m(Point::Guardrail, Throttle), Mode::Monitor, "mode");
        assert_eq!(m(Point::ExtAuthz, Block), Mode::Monitor, "[ext_authz] mode");
        assert_eq!(
            m(Point::ExtAuthz, Throttle),
            Mode::Enforce,
            "[ext_authz.modes]"
        );
        assert_eq!(m(Point::Guardrail, Allow), Mode::Monitor);
        assert_eq!(
            cfg.modes_summary(),
            "guardrail: throttle monitor, block enforce; ext_authz: throttle enforce, block monitor"
        );
        // The environment reaches every level.
        let cfg = ServeConfig::from_toml_and_env(
            "",
            env(&[
                ("DISTILLGUARD_GUARDRAIL__MODES__THROTTLE", "enforce"),
                ("DISTILLGUARD_EXT_AUTHZ__MODE", "enforce"),
                ("DISTILLGUARD_MODES__BLOCK", "enforce"),
            ]),
        )
        .expect("valid");
        assert_eq!(cfg.mode_for(Point::Guardrail, Throttle), Mode::Enforce);
        assert_eq!(cfg.mode_for(Point::Guardrail, Block), Mode::Enforce);
        assert_eq!(cfg.mode_for(Point::ExtAuthz, Throttle), Mode::Enforce);
        let cfg = ServeConfig::from_toml_and_env("", env(&[])).expect("valid");
        for p in Point::ALL {
            for d in [Allow, Decision::Review, Throttle, Block] {
                assert_eq!(cfg.mode_for(p, d), Mode::Monitor, "monitor by default");
            }
        }
    }

    #[test]
    fn unknown_mode_keys_and_values_are_refused() {
        for (text, word) in [
            ("[modes]\nreview = \"enforce\"", "review"),
            ("[modes]\nblock = \"deny\"", "deny"),
            ("[guardrail]\nmode = \"strict\"", "strict"),
            ("[ext_authz.modes]\nallow = \"monitor\"", "allow"),
            ("[guardrail.mode]\nblock = \"enforce\"", "block"),
        ] {
            let e = ServeConfig::from_toml_and_env(text, env(&[])).unwrap_err();
            assert!(e.contains(word), "{text}: {e}");
        }
        let e =
            ServeConfig::from_toml_and_env("", env(&[("DISTILLGUARD_MODES__REVIEW", "enforce")]))
                .unwrap_err();
        assert!(e.contains("review"), "{e}");
    }

    #[test]
    fn an_empty_file_is_the_defaults() {
        let cfg = ServeConfig::from_toml_and_env("", env(&[])).expect("valid");
        assert_eq!(cfg.listen, SocketAddr::from(([127, 0, 0, 1], 8080)));
        assert_eq!(cfg.mode, Mode::Monitor);
        assert!(cfg.tokens.is_empty());
        assert_eq!(cfg.ext_authz.account_header, "x-distillguard-account");
        assert_eq!(
            cfg.detector.evict_idle_days, 0,
            "eviction is off by default"
        );
    }

    #[test]
    fn the_analyst_keys_are_read_and_checked() {
        let cfg = ServeConfig::from_toml_and_env("", env(&[])).expect("valid");
        assert_eq!(cfg.analyst.evidence_scan_rows, 1_000_000);
        let cfg = ServeConfig::from_toml_and_env(
            "",
            env(&[("DISTILLGUARD_ANALYST__EVIDENCE_SCAN_ROWS", "50")]),
        )
        .expect("valid");
        assert_eq!(cfg.analyst.evidence_scan_rows, 50);
        let e = ServeConfig::from_toml_and_env("[analyst]\nevidence = 1", env(&[])).unwrap_err();
        assert!(e.contains("evidence"), "{e}");
    }

    #[test]
    fn work_nice_is_read_and_kept_between_0_and_19() {
        let cfg = ServeConfig::from_toml_and_env("", env(&[])).expect("valid");
        assert_eq!(cfg.limits.work_nice, 10);
        let cfg =
            ServeConfig::from_toml_and_env("[limits]\nwork_nice = 0", env(&[])).expect("valid");
        assert_eq!(cfg.limits.work_nice, 0);
        let cfg =
            ServeConfig::from_toml_and_env("", env(&[("DISTILLGUARD_LIMITS__WORK_NICE", "19")]))
                .expect("valid");
        assert_eq!(cfg.limits.work_nice, 19);
        for bad in ["-1", "20"] {
            let e =
                ServeConfig::from_toml_and_env(&format!("[limits]\nwork_nice = {bad}"), env(&[]))
                    .unwrap_err();
            assert!(e.contains("must be 0 (off) to 19"), "{e}");
        }
    }

    #[test]
    fn work_idle_is_on_by_default_and_can_be_turned_off() {
        let cfg = ServeConfig::from_toml_and_env("", env(&[])).expect("valid");
        assert!(cfg.limits.work_idle);
        assert_eq!(
            cfg.limits.work(),
            crate::work::Priority {
                nice: 10,
                idle: true
            }
        );
        let cfg =
            ServeConfig::from_toml_and_env("[limits]\nwork_idle = false", env(&[])).expect("valid");
        assert!(!cfg.limits.work_idle);
        let cfg =
            ServeConfig::from_toml_and_env("", env(&[("DISTILLGUARD_LIMITS__WORK_IDLE", "false")]))
                .expect("valid");
        assert!(!cfg.limits.work_idle);
        let e = ServeConfig::from_toml_and_env("[limits]\nwork_idle = 1", env(&[])).unwrap_err();
        assert!(e.contains("work_idle") || e.contains("bool"), "{e}");
    }

    #[test]
    fn the_eviction_horizon_is_read_from_the_file_and_the_environment() {
        let cfg = ServeConfig::from_toml_and_env("[detector]\nevict_idle_days = 30", env(&[]))
            .expect("valid");
        assert_eq!(cfg.detector.evict_idle_days, 30);
        let cfg = ServeConfig::from_toml_and_env(
            "",
            env(&[("DISTILLGUARD_DETECTOR__EVICT_IDLE_DAYS", "7")]),
        )
        .expect("valid");
        assert_eq!(cfg.detector.evict_idle_days, 7);
        let e = ServeConfig::from_toml_and_env("[detector]\nevict_idle_days = -1", env(&[]))
            .unwrap_err();
        assert!(e.contains("invalid value") || e.contains("-1"), "{e}");
    }

    #[test]
    fn the_log_kept_behind_snapshots_is_off_by_default_and_checked() {
        let cfg = ServeConfig::from_toml_and_env("", env(&[])).expect("valid");
        assert_eq!(cfg.snapshot.keep_log_days, 0.0);
        let cfg = ServeConfig::from_toml_and_env("[snapshot]\nkeep_log_days = 30", env(&[]))
            .expect("valid");
        assert_eq!(cfg.snapshot.keep_log_days, 30.0);
        let cfg = ServeConfig::from_toml_and_env(
            "",
            env(&[("DISTILLGUARD_SNAPSHOT__KEEP_LOG_DAYS", "7.5")]),
        )
        .expect("valid");
        assert_eq!(cfg.snapshot.keep_log_days, 7.5);
        for bad in ["-1", "nan", "inf"] {
            let e = ServeConfig::from_toml_and_env(
                &format!("[snapshot]\nkeep_log_days = {bad}"),
                env(&[]),
            )
            .unwrap_err();
            assert!(e.contains("keep_log_days must be"), "{bad}: {e}");
        }
        assert_eq!(cfg.snapshot.node_gone_after_days, 7.0);
        let cfg = ServeConfig::from_toml_and_env("[snapshot]\nnode_gone_after_days = 2", env(&[]))
            .expect("valid");
        assert_eq!(cfg.snapshot.node_gone_after_days, 2.0);
        for bad in ["0", "-1", "nan", "inf"] {
            let e = ServeConfig::from_toml_and_env(
                &format!("[snapshot]\nnode_gone_after_days = {bad}"),
                env(&[]),
            )
            .unwrap_err();
            assert!(e.contains("node_gone_after_days must be"), "{bad}: {e}");
        }
    }
}
