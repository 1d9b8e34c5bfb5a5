//! Helpers shared by the service's integration tests.
#![allow(dead_code)]

use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

/// One simulated day at small scale (~17 k events, ~700 active accounts, flagged campaigns),
/// written once per build into the target's temporary directory (the output is a pure
/// function of the seed, so a copy left by an earlier run is the same data).
pub fn data() -> &'static Path {
    static DIR: OnceLock<PathBuf> = OnceLock::new();
    DIR.get_or_init(|| {
        // A larger data set for a measurement run (`simulate --scale medium` with `gzip =
        // false`): the same checks, at scale. Unset in CI.
        if let Some(d) = std::env::var_os("DG_SERVE_TEST_DATA") {
            return PathBuf::from(d);
        }
        let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("dg-serve-sim-day1-seed7");
        if dir.join("events.jsonl").is_file() {
            return dir;
        }
        let tmp = tempfile::tempdir_in(env!("CARGO_TARGET_TMPDIR")).expect("temp dir");
        let cfg = dg_sim::SimConfig::from_toml(dg_sim::Scale::Small, 7, "days = 1\n")
            .expect("sim config");
        let corpus = dg_sim::Corpus::embedded().expect("corpus");
        let net = dg_sim::NetPool::embedded().expect("net pool");
        dg_sim::simulate(&cfg, &corpus, net, tmp.path(), &mut |_| {}).expect("simulate");
        let staged = tmp.keep();
        // Another process may have won the race: then use its copy.
        if std::fs::rename(&staged, &dir).is_err() {
            let _ = std::fs::remove_dir_all(&staged);
        }
        dir
    })
}

/// The lines of a text file.
pub fn lines(path: &Path) -> Vec<String> {
    std::fs::read_to_string(path)
        .expect("read lines")
        .lines()
        .map(str::to_string)
        .collect()
}

/// Gzip of `bytes`.
pub fn gzip(bytes: &[u8]) -> Vec<u8> {
    let mut w = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    w.write_all(bytes).expect("gzip");
    w.finish().expect("gzip")
}

/// A file, inflated if it is gzip.
pub fn read_maybe_gz(path: &Path) -> Vec<u8> {
    let raw = std::fs::read(path).expect("read fixture");
    if raw.starts_with(&[0x1f, 0x8b]) {
        let mut out = Vec::new();
        flate2::read::MultiGzDecoder::new(&raw[..])
            .read_to_end(&mut out)
            .expect("gunzip");
        out
    } else {
        raw
    }
}

/// The ingest crate's captured gateway fixtures.
pub fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../ingest/tests/fixtures/gateways")
}

/// The scan library's configuration, network ranges and sign-up records for the simulated day.
fn library_parts() -> (
    dg_detect::scanner::ScanConfig,
    std::collections::BTreeMap<String, dg_model::Account>,
    std::sync::Arc<dg_ingest::IpTable>,
) {
    let d = data();
    let policy = dg_ingest::read_policy(&d.join("policy.toml")).expect("policy");
    let releases = dg_ingest::read_releases(&d.join("releases.csv"), |_| {}).expect("releases");
    let table = std::sync::Arc::new(
        dg_ingest::read_ip_ranges([d.join("ip_ranges.csv")], |_| {}).expect("ranges"),
    );
    let accounts =
        dg_ingest::read_accounts([d.join("accounts.jsonl")], policy.max_line_bytes, |_| {})
            .expect("accounts")
            .by_id;
    let weights = dg_detect::score::Weights::default_weights();
    let cfg = dg_detect::scanner::ScanConfig::with_demo_key(policy, weights, releases);
    (cfg, accounts, table)
}

/// The events of `events` as `scan` reads them (same reader, reorder window,
/// de-duplication, network ranges), each with its range and request id, in the order `scan`
/// folds them.
fn library_walk(
    events: &Path,
    policy: &dg_model::Policy,
    table: &std::sync::Arc<dg_ingest::IpTable>,
    mut each: impl FnMut(dg_detect::scanner::Detached, Option<usize>, String) -> bool,
) {
    use dg_detect::scanner::Scanner;
    let t = std::sync::Arc::clone(table);
    let mut source = dg_ingest::EventSource::open_with(
        [events],
        dg_ingest::SourceOptions::from_policy(policy),
        |_| {},
        move || {
            let mut analyzer = dg_detect::request::Analyzer::new();
            let t = std::sync::Arc::clone(&t);
            move |ev: &mut dg_model::Event| {
                let range = t.lookup_index(ev.ip);
                (
                    Scanner::detach(&mut analyzer, ev),
                    range,
                    ev.request_id.clone(),
                )
            }
        },
    )
    .expect("open events");
    let mut batch = Vec::new();
    while source.next_batch(&mut batch).expect("read") {
        for (ev, range, id) in batch.drain(..) {
            if !each(ev, range, id) {
                return;
            }
        }
    }
}

/// The scan library's scanner after folding the first `folded` events of `events` exactly as
/// `scan` reads them (same reader, reorder window, de-duplication, network ranges), over the
/// simulated day's policy, releases, ranges and sign-up records.
pub fn library_scanner(events: &Path, folded: u64) -> dg_detect::scanner::Scanner {
    let (cfg, accounts, table) = library_parts();
    let policy = cfg.policy.clone();
    let mut scanner = dg_detect::scanner::Scanner::new(cfg, accounts);
    let mut n = 0u64;
    if folded > 0 {
        library_walk(events, &policy, &table, |ev, range, _| {
            scanner.observe_detached(&ev, range.and_then(|i| table.ranges().get(i)));
            n += 1;
            n < folded
        });
    }
    assert_eq!(
        n, folded,
        "the server folded more events than the file holds"
    );
    scanner
}

/// What a whole `scan` of `events` puts in `accounts.jsonl` as sample request ids: for each
/// account with any, its reason codes with their samples (from a second walk,
/// `Finished::add_evidence`, which the samples `distillguard scan` keeps in its one walk
/// equal: `dg-detect`'s `tests/evidence_samples.rs`).
pub fn scan_evidence(
    events: &Path,
) -> std::collections::BTreeMap<String, Vec<(String, Vec<String>)>> {
    let (cfg, accounts, table) = library_parts();
    let policy = cfg.policy.clone();
    let mut scanner = dg_detect::scanner::Scanner::new(cfg, accounts);
    library_walk(events, &policy, &table, |ev, range, _| {
        scanner.observe_detached(&ev, range.and_then(|i| table.ranges().get(i)));
        true
    });
    let mut done = scanner.finalize();
    let wanted: std::collections::HashSet<String> = done.evidence_wanted().into_iter().collect();
    library_walk(events, &policy, &table, |ev, range, id| {
        if wanted.contains(ev.account_id()) {
            done.add_evidence(&ev, range.and_then(|i| table.ranges().get(i)), &id);
        }
        true
    });
    done.findings()
        .filter_map(|f| {
            let with: Vec<(String, Vec<String>)> = f
                .reasons
                .into_iter()
                .filter(|r| !r.evidence.is_empty())
                .map(|r| (r.code, r.evidence))
                .collect();
            (!with.is_empty()).then_some((f.account_id, with))
        })
        .collect()
}

/// The account ids of the simulated day's sign-up records, in file order.
pub fn account_ids() -> Vec<String> {
    lines(&data().join("accounts.jsonl"))
        .iter()
        .map(|l| {
            let v: serde_json::Value = serde_json::from_str(l).expect("account json");
            v["account_id"].as_str().expect("account id").to_string()
        })
        .collect()
}

/// A schema of its own in the test database (PostgreSQL at 127.0.0.1:5432, database `test`)
/// for one test run: a connection to drop it with (see [`PgSchema::drop`]), its name, and the
/// database URL that puts the service's tables in it.
pub struct PgSchema {
    pub admin: sqlx::PgConnection,
    pub name: String,
    pub url: String,
}

impl PgSchema {
    /// Creates `{prefix}_{pid}_{nanos}`.
    pub async fn create(prefix: &str) -> Self {
        use sqlx::Connection;
        let base = "postgres://127.0.0.1:5432/test";
        let name = format!(
            "{prefix}_{}_{}",
            std::process::id(),
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map_or(0, |d| d.as_nanos())
        );
        let mut admin = sqlx::PgConnection::connect(base)
            .await
            .expect("PostgreSQL at 127.0.0.1:5432/test");
        sqlx::query(&format!("CREATE SCHEMA {name}"))
            .execute(&mut admin)
            .await
            .expect("create schema");
        let url = format!("{base}?options=-c%20search_path%3D{name}");
        Self { admin, name, url }
    }

    /// Drops the schema and everything in it.
    pub async fn drop(mut self) {
        sqlx::query(&format!("DROP SCHEMA {} CASCADE", self.name))
            .execute(&mut self.admin)
            .await
            .expect("drop schema");
    }
}

/// An HTTP client for a test server; each test file adds the calls it needs in its own
/// `impl common::Client` block.
pub struct Client {
    pub http: reqwest::Client,
    pub base: String,
    /// Ingest is answered once committed and folded after: [`Client::post_lines`] waits
    /// with this for the decisions to reflect what it posted.
    pub settler: dg_serve::Settler,
}

impl Client {
    /// A client of `server`.
    pub fn new(server: &dg_serve::Server) -> Self {
        Self {
            http: reqwest::Client::new(),
            base: format!("http://{}", server.addr()),
            settler: server.settler(),
        }
    }

    /// Sends a request with a bearer token (`None`: without one); status, headers and body.
    pub async fn send_with_headers(
        &self,
        method: &str,
        path: &str,
        token: Option<&str>,
        headers: &[(&str, &str)],
        body: Vec<u8>,
    ) -> (u16, reqwest::header::HeaderMap, String) {
        let m = reqwest::Method::from_bytes(method.as_bytes()).expect("method");
        let mut req = self.http.request(m, format!("{}{path}", self.base));
        if let Some(t) = token {
            req = req.bearer_auth(t);
        }
        for (k, v) in headers {
            req = req.header(*k, *v);
        }
        let resp = req.body(body).send().await.expect("send");
        let status = resp.status().as_u16();
        let h = resp.headers().clone();
        (status, h, resp.text().await.expect("body"))
    }

    /// [`Self::send_with_headers`] without the headers.
    pub async fn send(
        &self,
        method: &str,
        path: &str,
        token: Option<&str>,
        headers: &[(&str, &str)],
        body: Vec<u8>,
    ) -> (u16, String) {
        let (s, _, b) = self
            .send_with_headers(method, path, token, headers, body)
            .await;
        (s, b)
    }

    /// Posts `lines` in chunks of 2,000 with `token`, each answered 202, and waits for the
    /// decisions to reflect them.
    pub async fn post_lines(&self, path: &str, lines: &[String], token: &str) {
        for c in lines.chunks(2_000) {
            let body = (c.join("\n") + "\n").into_bytes();
            let (s, b) = self.send("POST", path, Some(token), &[], body).await;
            assert_eq!(s, 202, "{b}");
        }
        self.settler.settle().await;
    }
}
