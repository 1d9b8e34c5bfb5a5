//! `distillguard serve` end to end: a real server on an ephemeral port, a simulated day of
//! traffic posted in chunks, every decision compared with the scan library's on the same
//! events, a restart, PostgreSQL, and the refusals (400, 413, 429).

use std::collections::BTreeMap;
use std::path::Path;

use dg_serve::{Limits, ServeConfig, Server};

mod common;
use common::{account_ids, data, gzip, lines};
use serde_json::{json, Value};

fn config(store_dir: &Path) -> ServeConfig {
    let d = data();
    let mut cfg = ServeConfig::new(store_dir);
    cfg.listen = "127.0.0.1:0".parse().expect("addr");
    cfg.policy = Some(d.join("policy.toml"));
    cfg.ip_ranges = Some(d.join("ip_ranges.csv"));
    cfg.releases = Some(d.join("releases.csv"));
    cfg
}

struct Client {
    http: reqwest::Client,
    base: String,
    /// Ingest is answered once committed and folded after: reads of the detector wait with
    /// this for it to catch up.
    settler: dg_serve::Settler,
}

impl Client {
    fn new(server: &Server) -> Self {
        Self {
            http: reqwest::Client::new(),
            base: format!("http://{}", server.addr()),
            settler: server.settler(),
        }
    }

    async fn post(&self, path: &str, body: Vec<u8>, gz: bool) -> (u16, Value) {
        let mut req = self.http.post(format!("{}{path}", self.base));
        if gz {
            req = req.header("content-encoding", "gzip");
        }
        let resp = req.body(body).send().await.expect("post");
        let status = resp.status().as_u16();
        let text = resp.text().await.expect("body");
        (
            status,
            serde_json::from_str(&text).unwrap_or(Value::String(text)),
        )
    }

    async fn get(&self, path: &str) -> (u16, String) {
        let resp = self
            .http
            .get(format!("{}{path}", self.base))
            .send()
            .await
            .expect("get");
        (resp.status().as_u16(), resp.text().await.expect("body"))
    }

    /// Posts `lines` in chunks, every other chunk gzip-compressed; returns the summed counts.
    async fn post_chunks(&self, path: &str, lines: &[String], chunk: usize) -> [u64; 3] {
        let mut sums = [0u64; 3];
        for (i, c) in lines.chunks(chunk).enumerate() {
            let mut body = c.join("\n").into_bytes();
            body.push(b'\n');
            let gz = i % 2 == 1;
            if gz {
                body = gzip(&body);
            }
            let (status, v) = self.post(path, body, gz).await;
            assert_eq!(status, 202, "{v}");
            for (s, k) in sums.iter_mut().zip(["accepted", "rejected", "duplicates"]) {
                *s += v[k].as_u64().unwrap_or(0);
            }
        }
        sums
    }

    async fn status(&self) -> Value {
        self.settler.settle().await;
        let (code, body) = self.get("/v1/status").await;
        assert_eq!(code, 200);
        serde_json::from_str(&body).expect("status json")
    }

    /// Decision, score, reasons, cluster and first flag of each account, by id.
    async fn decisions(&self, ids: &[String]) -> BTreeMap<String, Value> {
        self.settler.settle().await;
        let mut out = BTreeMap::new();
        for chunk in ids.chunks(500) {
            let body = serde_json::to_vec(&json!({ "account_ids": chunk })).expect("json");
            let resp = self
                .http
                .post(format!("{}/v1/decisions:batch", self.base))
                .header("content-type", "application/json")
                .body(body)
                .send()
                .await
                .expect("batch");
            assert_eq!(resp.status().as_u16(), 200);
            let v: Value = resp.json().await.expect("batch json");
            for d in v["decisions"].as_array().expect("decisions") {
                out.insert(d["account_id"].as_str().expect("id").to_string(), core(d));
            }
        }
        out
    }
}

/// The fields that must agree (not the wall-clock `decided_at`).
fn core(d: &Value) -> Value {
    json!({
        "decision": d["decision"],
        "score": d["score"],
        "reasons": d["reasons"],
        "cluster_id": d["cluster_id"],
        "first_flagged_at": d["first_flagged_at"],
    })
}

/// What the scan library says of every account after folding the first `folded` events of
/// `events` exactly as `scan` reads them (same reader, reorder window, de-duplication, hook).
fn reference(events: &Path, folded: u64, ids: &[String]) -> BTreeMap<String, Value> {
    let scanner = common::library_scanner(events, folded);
    ids.iter()
        .filter_map(|id| {
            let f = scanner.current_finding(id)?;
            Some((id.clone(), core(&serde_json::to_value(f).expect("finding"))))
        })
        .collect()
}

/// Every account's answer equals the library's: a finding where it has one, `allow` with the
/// `unknown_account` reason where it has none.
fn assert_same(served: &BTreeMap<String, Value>, lib: &BTreeMap<String, Value>) -> usize {
    let mut flagged = 0;
    for (id, got) in served {
        match lib.get(id) {
            Some(want) => {
                assert_eq!(got, want, "account {id}");
                if got["decision"] != "allow" {
                    flagged += 1;
                }
            }
            None => {
                assert_eq!(got["decision"], "allow", "unknown {id}");
                assert_eq!(got["reasons"][0]["code"], "unknown_account", "unknown {id}");
            }
        }
    }
    flagged
}

/// Posts the sign-up records and the first `limit` event lines, compares with the library,
/// restarts from the same store and compares again. Returns the flagged count.
async fn round_trip(cfg: ServeConfig, limit: usize) -> usize {
    let d = data();
    let mut events = lines(&d.join("events.jsonl"));
    events.truncate(limit);
    let scratch = tempfile::tempdir().expect("scratch");
    let events_file = scratch.path().join("events.jsonl");
    std::fs::write(&events_file, events.join("\n") + "\n").expect("write events");
    let ids = account_ids();

    let server = Server::start(cfg.clone()).await.expect("start");
    let c = Client::new(&server);
    let [acc, rej, _] = c
        .post_chunks("/v1/accounts", &lines(&d.join("accounts.jsonl")), 400)
        .await;
    assert_eq!((acc as usize, rej), (ids.len(), 0));
    let [accepted, rejected, duplicates] = c.post_chunks("/v1/events", &events, 1_500).await;
    assert_eq!(rejected, 0);
    assert_eq!((accepted + duplicates) as usize, events.len());
    // Every chunk of records after the first was taken in as it came, without a rebuild.
    let m = metrics(&c).await;
    assert_eq!(metric(&m, "distillguard_detector_rebuilds_total"), 0.0);
    let status = c.status().await;
    let folded = status["events_folded"].as_u64().expect("folded");
    let held = status["events_held"].as_u64().expect("held");
    assert_eq!(folded + held, accepted);
    assert!(folded > accepted * 9 / 10, "{status}");
    let served = c.decisions(&ids).await;
    assert_eq!(served.len(), ids.len());
    let lib = tokio::task::spawn_blocking({
        let ids = ids.clone();
        move || reference(&events_file, folded, &ids)
    })
    .await
    .expect("reference");
    let flagged = assert_same(&served, &lib);
    // Re-sending a chunk adds nothing.
    let [a2, _, d2] = c.post_chunks("/v1/events", &events[..100], 100).await;
    assert_eq!((a2, d2), (0, 100));
    server.stop().await.expect("stop");

    // A restart restores the snapshot written at shutdown (nothing left to replay): the same
    // answers, the same counts.
    let server = Server::start(cfg.clone()).await.expect("restart");
    assert!(server.started().from_snapshot, "{:?}", server.started());
    assert_eq!(server.started().events_replayed, 0);
    let c = Client::new(&server);
    let again = c.status().await;
    assert_eq!(again["events_folded"], status["events_folded"]);
    assert_eq!(again["events_held"], status["events_held"]);
    assert_eq!(c.decisions(&ids).await, served);
    server.stop().await.expect("stop");

    // And so does a replay of the whole log.
    let mut no_snapshot = cfg;
    no_snapshot.snapshot.enabled = false;
    let server = Server::start(no_snapshot).await.expect("restart");
    assert!(!server.started().from_snapshot);
    let c = Client::new(&server);
    assert_eq!(c.status().await["events_folded"], status["events_folded"]);
    assert_eq!(c.decisions(&ids).await, served);
    server.stop().await.expect("stop");
    flagged
}

/// Starts a server on `cfg`, checks how it came back, and returns its answers and status.
async fn restart_and_read(
    cfg: &ServeConfig,
    ids: &[String],
    from_snapshot: bool,
) -> (BTreeMap<String, Value>, Value, dg_serve::Started) {
    let server = Server::start(cfg.clone()).await.expect("restart");
    let started = server.started().clone();
    assert_eq!(started.from_snapshot, from_snapshot, "{started:?}");
    let c = Client::new(&server);
    let out = (c.decisions(ids).await, c.status().await, started);
    server.stop().await.expect("stop");
    out
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_snapshot_and_the_log_after_it_equal_a_replay_and_a_bad_snapshot_is_replayed_over() {
    let d = data();
    let events = lines(&d.join("events.jsonl"));
    let ids = account_ids();
    let store = tempfile::tempdir().expect("store");
    let mut cfg = config(store.path());
    // Only the snapshots this test asks for.
    cfg.snapshot.every_secs = 0;
    let snap = dg_serve::snapshot::path(store.path());

    let server = Server::start(cfg.clone()).await.expect("start");
    let c = Client::new(&server);
    c.post_chunks("/v1/accounts", &lines(&d.join("accounts.jsonl")), 400)
        .await;
    let half = events.len() / 2;
    c.post_chunks("/v1/events", &events[..half], 1_500).await;
    server.snapshot_now().await.expect("snapshot");
    let middle = std::fs::read(&snap).expect("snapshot file");
    c.post_chunks("/v1/events", &events[half..], 1_500).await;
    let served = c.decisions(&ids).await;
    let status = c.status().await;
    server.stop().await.expect("stop");

    // The snapshot of the first half, with the second half replayed from the log after it.
    std::fs::write(&snap, &middle).expect("put the middle snapshot back");
    let (got, st, started) = restart_and_read(&cfg, &ids, true).await;
    assert!(started.events_replayed > 0, "{started:?}");
    assert_eq!(got, served);
    assert_eq!(st["events_folded"], status["events_folded"]);
    assert_eq!(st["events_held"], status["events_held"]);

    // A snapshot of another configuration (as after an analyser or weights change).
    let mut raw = dg_serve::snapshot::read_file(store.path()).expect("read");
    raw.header.fingerprint = "written by an older detector".into();
    std::fs::write(&snap, raw.to_bytes()).expect("re-stamp");
    let (got, st, started) = restart_and_read(&cfg, &ids, false).await;
    assert!(
        started
            .why_replayed
            .as_deref()
            .is_some_and(|w| w.contains("another detector")),
        "{started:?}"
    );
    assert_eq!(got, served);
    assert_eq!(st["events_folded"], status["events_folded"]);

    // A truncated snapshot, then one with a flipped byte: replayed over, never a panic.
    let whole = std::fs::read(&snap).expect("snapshot rewritten at shutdown");
    for bad in [whole[..whole.len() / 2].to_vec(), {
        let mut b = whole.clone();
        let i = b.len() / 3;
        b[i] ^= 0x5a;
        b
    }] {
        std::fs::write(&snap, &bad).expect("damage");
        let (got, _, started) = restart_and_read(&cfg, &ids, false).await;
        assert!(
            started
                .why_replayed
                .as_deref()
                .is_some_and(|w| w.contains("damaged")),
            "{started:?}"
        );
        assert_eq!(got, served);
    }

    // A snapshot of another log: the store's sign-up records differ from those built in.
    let other = tempfile::tempdir().expect("other store");
    let mut other_cfg = config(other.path());
    other_cfg.snapshot.every_secs = 0;
    std::fs::write(dg_serve::snapshot::path(other.path()), &whole).expect("copy");
    let (_, st, started) = restart_and_read(&other_cfg, &ids, false).await;
    assert!(
        started
            .why_replayed
            .as_deref()
            .is_some_and(|w| w.contains("stale")),
        "{started:?}"
    );
    assert_eq!(st["events_folded"], 0);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sqlite_decisions_equal_the_library_and_survive_a_restart() {
    let store = tempfile::tempdir().expect("store");
    let flagged = round_trip(config(store.path()), usize::MAX).await;
    assert!(
        flagged > 10,
        "a simulated day has flagged campaigns ({flagged})"
    );
}

/// The account id of a line.
fn id_of(l: &str) -> String {
    let v: Value = serde_json::from_str(l).expect("json");
    v["account_id"].as_str().expect("account id").to_string()
}

/// The simulated day's sign-up records of the accounts that send in `events`, and the rest.
fn records_seen_in(events: &[String]) -> (Vec<String>, Vec<String>) {
    let seen: std::collections::HashSet<String> = events.iter().map(|l| id_of(l)).collect();
    lines(&data().join("accounts.jsonl"))
        .into_iter()
        .partition(|l| seen.contains(&id_of(l)))
}

/// Sign-up records posted while the events flow: those of accounts not seen yet are taken in
/// without a rebuild, and the answers equal the library's over all the records from the
/// start; a record of an account already seen rebuilds the detector (once), and the answers
/// still equal the library's. A restart from the snapshot gives them again.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn records_of_unseen_accounts_are_taken_in_and_a_seen_account_s_record_rebuilds() {
    let d = data();
    let events = lines(&d.join("events.jsonl"));
    let (first, rest) = events.split_at(events.len() / 3);
    let (early, late) = records_seen_in(first);
    assert!(
        early.len() > 100 && late.len() > 100,
        "{} / {}",
        early.len(),
        late.len()
    );
    let scratch = tempfile::tempdir().expect("scratch");
    let events_file = scratch.path().join("events.jsonl");
    std::fs::write(&events_file, events.join("\n") + "\n").expect("write events");
    let ids = account_ids();

    let store = tempfile::tempdir().expect("store");
    let cfg = config(store.path());
    let server = Server::start(cfg.clone()).await.expect("start");
    let c = Client::new(&server);
    c.post_chunks("/v1/accounts", &early, 400).await;
    c.post_chunks("/v1/events", first, 1_500).await;
    c.settler.settle().await;
    c.post_chunks("/v1/accounts", &late, 400).await;
    assert_eq!(
        metric(&metrics(&c).await, "distillguard_detector_rebuilds_total"),
        0.0
    );
    c.post_chunks("/v1/events", rest, 1_500).await;
    let status = c.status().await;
    let folded = status["events_folded"].as_u64().expect("folded");
    let lib = tokio::task::spawn_blocking({
        let ids = ids.clone();
        move || reference(&events_file, folded, &ids)
    })
    .await
    .expect("reference");
    let served = c.decisions(&ids).await;
    let flagged = assert_same(&served, &lib);
    assert!(flagged > 10, "{flagged}");

    // A seen account's record again: the detector is rebuilt over all records, same answers.
    let [acc, _, _] = c.post_chunks("/v1/accounts", &early[..1], 1).await;
    assert_eq!(acc, 1);
    assert_eq!(
        metric(&metrics(&c).await, "distillguard_detector_rebuilds_total"),
        1.0
    );
    assert_eq!(c.decisions(&ids).await, served);
    server.stop().await.expect("stop");
    let (again, _, _) = restart_and_read(&cfg, &ids, true).await;
    assert_eq!(again, served);
}

/// With `[snapshot] keep_log_days`, a snapshot deletes the events it covers that came more
/// than that before its last one; the detector's answers do not change, and a restart from
/// the snapshot gives them again. Once the log is compacted, a record of an account already
/// seen is stored and deferred (no rebuild could replay the log); and records stored after
/// the latest snapshot (as after a crash before the next) are taken in at the restart, on the
/// snapshot, instead of a replay of what is left of the log.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_compacted_log_keeps_the_answers_and_defers_records_of_seen_accounts() {
    let store = tempfile::tempdir().expect("store");
    compaction(config(store.path())).await;
}

/// The same against PostgreSQL (its own schema).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_compacted_postgres_log_keeps_the_answers() {
    let pg = common::PgSchema::create("dg_serve_compact").await;
    let store = tempfile::tempdir().expect("data dir (the snapshot file)");
    let mut cfg = config(store.path());
    cfg.database_url = Some(pg.url.clone());
    let result = tokio::spawn(compaction(cfg)).await;
    pg.drop().await;
    result.expect("compaction against PostgreSQL");
}

async fn compaction(cfg: ServeConfig) {
    let d = data();
    let events = lines(&d.join("events.jsonl"));
    let (first, rest) = events.split_at(events.len() * 2 / 3);
    let (early, late) = records_seen_in(first);
    assert!(!late.is_empty(), "records of accounts first seen late");
    let ids = account_ids();
    let mut cfg = cfg;
    cfg.snapshot.every_secs = 0;
    // A simulated day: the events more than 9.6 hours before a snapshot's last go (at the
    // first snapshot, two thirds into the day, some; at the one written at shutdown not yet
    // the last event of the first, which the earlier snapshot is checked against).
    cfg.snapshot.keep_log_days = 0.4;
    let snap = dg_serve::snapshot::path(&cfg.data_dir);

    let server = Server::start(cfg.clone()).await.expect("start");
    let c = Client::new(&server);
    c.post_chunks("/v1/accounts", &early, 400).await;
    c.post_chunks("/v1/events", first, 1_500).await;
    c.settler.settle().await;
    let before = c.decisions(&ids).await;
    server.snapshot_now().await.expect("snapshot");
    let compacted = metric(&metrics(&c).await, "distillguard_events_compacted_total");
    assert!(
        compacted > 100.0 && compacted < first.len() as f64,
        "{compacted} of {} events",
        first.len()
    );
    assert_eq!(
        c.decisions(&ids).await,
        before,
        "compaction changes no answer"
    );
    let middle = std::fs::read(&snap).expect("snapshot file");

    // Records of accounts not seen yet are taken in; one of an account seen is deferred.
    let (_, out) = c
        .post("/v1/accounts", (late.join("\n") + "\n").into_bytes(), false)
        .await;
    assert_eq!(out["deferred"], 0, "{out}");
    c.post_chunks("/v1/events", rest, 1_500).await;
    c.settler.settle().await;
    let served = c.decisions(&ids).await;
    let (status, out) = c
        .post(
            "/v1/accounts",
            (early[0].clone() + "\n").into_bytes(),
            false,
        )
        .await;
    assert_eq!(
        (status, &out["accepted"], &out["deferred"]),
        (202, &json!(1), &json!(1))
    );
    let m = metrics(&c).await;
    assert_eq!(metric(&m, "distillguard_detector_rebuilds_total"), 0.0);
    assert_eq!(metric(&m, "distillguard_accounts_deferred_total"), 1.0);
    assert_eq!(c.decisions(&ids).await, served);
    server.stop().await.expect("stop");

    // From the snapshot written at shutdown.
    let (got, _, started) = restart_and_read(&cfg, &ids, true).await;
    assert_eq!(started.events_replayed, 0, "{started:?}");
    assert_eq!(got, served);

    // From the earlier snapshot: the records stored after it (the late ones, and the seen
    // account's deferred again) are taken in on it, the events after it replayed.
    std::fs::write(&snap, &middle).expect("put the earlier snapshot back");
    let (got, _, started) = restart_and_read(&cfg, &ids, true).await;
    assert!(started.events_replayed > 0, "{started:?}");
    assert_eq!(got, served);
}

/// Nodes sharing a database: a compaction keeps every event from the oldest snapshot anchor
/// of the other nodes still writing snapshots, and gives up on a node gone longer than
/// `node_gone_after_days`.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn compaction_keeps_the_other_nodes_snapshot_anchors() {
    let store = tempfile::tempdir().expect("store");
    anchors(config(store.path()), None).await;
}

/// The same against PostgreSQL, where several nodes can share the database.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn postgres_compaction_keeps_the_other_nodes_snapshot_anchors() {
    let pg = common::PgSchema::create("dg_serve_anchor").await;
    let store = tempfile::tempdir().expect("data dir (the snapshot file)");
    let other = tempfile::tempdir().expect("a second node's data dir");
    let mut cfg = config(store.path());
    cfg.database_url = Some(pg.url.clone());
    let mut second = config(other.path());
    second.database_url = Some(pg.url.clone());
    let result = tokio::spawn(anchors(cfg, Some(second))).await;
    pg.drop().await;
    result.expect("anchors against PostgreSQL");
}

/// `second`: another node on the same database (PostgreSQL), started once the first has
/// compacted: until its first snapshot it holds the first node's compactions back.
async fn anchors(cfg: ServeConfig, second: Option<ServeConfig>) {
    let d = data();
    let events = lines(&d.join("events.jsonl"));
    let (first, rest) = events.split_at(events.len() * 2 / 3);
    let (early, _) = records_seen_in(first);
    let mut cfg = cfg;
    cfg.snapshot.every_secs = 0;
    cfg.snapshot.keep_log_days = 0.4;
    let server = Server::start(cfg.clone()).await.expect("start");
    let node = std::fs::read_to_string(cfg.data_dir.join(dg_serve::snapshot::NODE_FILE))
        .expect("the node id is written at start");
    let node = node.trim();
    let c = Client::new(&server);
    c.post_chunks("/v1/accounts", &early, 400).await;
    c.post_chunks("/v1/events", first, 1_500).await;
    c.settler.settle().await;
    // Another node anchored on event 40 a minute ago; a third, gone for a month, on event 2.
    let db = dg_serve::Store::open(cfg.database_url.as_deref(), &cfg.data_dir)
        .await
        .expect("a second handle on the store");
    let now = chrono::Utc::now().timestamp_millis();
    // This node replayed the whole log at start: until its first snapshot it anchors on the
    // log's start.
    let (seq, who) = db
        .oldest_anchor("node-b", now - 60_000)
        .await
        .expect("read")
        .expect("the replay's anchor");
    assert_eq!((seq, who.as_str()), (0, node));
    db.put_anchor("node-b", 40, now - 60_000)
        .await
        .expect("anchor");
    db.put_anchor("node-gone", 2, now - 30 * 86_400_000)
        .await
        .expect("anchor");
    server.snapshot_now().await.expect("snapshot");
    let compacted = metric(&metrics(&c).await, "distillguard_events_compacted_total");
    // Below node-b's anchor only (the gone node's does not hold it back at 2).
    assert!(
        (2.0..40.0).contains(&compacted),
        "{compacted} events compacted"
    );
    assert!(
        db.event_time(40).await.expect("read").is_some(),
        "node-b's anchor is kept"
    );
    assert!(
        db.event_time(1).await.expect("read").is_none(),
        "event 1 is compacted"
    );
    // This node's own anchor is the snapshot's last event.
    let (own, who) = db
        .oldest_anchor("node-b", now - 86_400_000)
        .await
        .expect("read")
        .expect("this node's anchor");
    assert_eq!(who, node);
    assert!(own > 1_000, "{own}");
    // Once node-b writes a later snapshot, the next compaction goes up to the time cut.
    db.put_anchor("node-b", own, now).await.expect("anchor");
    c.post_chunks("/v1/events", &rest[..rest.len().min(3_000)], 1_500)
        .await;
    c.settler.settle().await;
    server.snapshot_now().await.expect("snapshot");
    let after = metric(&metrics(&c).await, "distillguard_events_compacted_total");
    assert!(after > compacted + 100.0, "{compacted} then {after}");
    if let Some(mut second) = second {
        // node-b goes silent; a new node replays the log and has written no snapshot yet.
        db.put_anchor("node-b", own, now - 30 * 86_400_000)
            .await
            .expect("anchor");
        second.snapshot.every_secs = 0;
        second.snapshot.keep_log_days = 0.4;
        let other = Server::start(second).await.expect("start a second node");
        let more = &rest[rest.len().min(3_000)..rest.len().min(6_000)];
        c.post_chunks("/v1/events", more, 1_500).await;
        c.settler.settle().await;
        server.snapshot_now().await.expect("snapshot");
        let held = metric(&metrics(&c).await, "distillguard_events_compacted_total");
        assert_eq!(
            held, after,
            "the replaying node's anchor holds compaction back"
        );
        // Its first snapshot moves its anchor to what it has read.
        other
            .snapshot_now()
            .await
            .expect("the second node's snapshot");
        server.snapshot_now().await.expect("snapshot");
        let freed = metric(&metrics(&c).await, "distillguard_events_compacted_total");
        assert!(freed > held, "{held} then {freed}");
        other.stop().await.expect("stop the second node");
    }
    server.stop().await.expect("stop");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn postgres_decisions_equal_the_library_and_survive_a_restart() {
    let mut pg = common::PgSchema::create("dg_serve_test").await;
    let schema = pg.name.clone();
    let store = tempfile::tempdir().expect("unused data dir");
    let mut cfg = config(store.path());
    cfg.database_url = Some(pg.url.clone());
    let result = tokio::spawn(round_trip(cfg, 6_000)).await;
    // The log went to the test's schema, not elsewhere.
    let stored: i64 = sqlx::query_scalar(&format!("SELECT COUNT(*) FROM {schema}.dg_events"))
        .fetch_one(&mut pg.admin)
        .await
        .unwrap_or(0);
    let mut admin = {
        use sqlx::Connection;
        sqlx::PgConnection::connect("postgres://127.0.0.1:5432/test")
            .await
            .expect("PostgreSQL at 127.0.0.1:5432/test")
    };
    pg.drop().await;
    let rows = sqlx::query(&format!(
        "SELECT 1 FROM information_schema.tables WHERE table_schema = '{schema}'"
    ))
    .fetch_all(&mut admin)
    .await
    .expect("query");
    assert!(rows.is_empty());
    result.expect("round trip against PostgreSQL");
    assert!(stored > 5_000, "{stored} events in {schema}.dg_events");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn refusals_and_rejections() {
    let store = tempfile::tempdir().expect("store");
    let mut cfg = config(store.path());
    cfg.limits = Limits {
        max_body_bytes: 64 << 10,
        max_inflated_bytes: 256 << 10,
        ingest_slots: 2,
        max_batch_ids: 10,
        max_errors_listed: 2,
        ..Limits::default()
    };
    let server = Server::start(cfg).await.expect("start");
    let c = Client::new(&server);

    assert_eq!(c.get("/healthz").await.0, 200);
    assert_eq!(c.get("/readyz").await.0, 200);

    // Bad lines are rejected with scan's texts and line numbers; good ones accepted.
    let good = lines(&data().join("events.jsonl"))[0].clone();
    let mut no_ip: Value = serde_json::from_str(&good).expect("event");
    no_ip.as_object_mut().expect("object").remove("ip");
    let body = format!("{good}\n\n[1]\n{no_ip}\n{{\"x\"\n{good}\n");
    let (status, v) = c.post("/v1/events", body.into_bytes(), false).await;
    assert_eq!(status, 202);
    assert_eq!(
        (
            v["accepted"].as_u64(),
            v["rejected"].as_u64(),
            v["duplicates"].as_u64()
        ),
        (Some(1), Some(3), Some(1)),
        "{v}"
    );
    assert_eq!(
        v["errors"][0],
        json!({"line": 3, "error": "not a JSON object"})
    );
    assert_eq!(
        v["errors"][1],
        json!({"line": 4, "error": "missing field `ip`"})
    );
    assert_eq!(
        v["errors"].as_array().map(Vec::len),
        Some(2),
        "listed up to the cap"
    );

    // 413: over the body limit, and a gzip body that inflates past its limit.
    let (status, _) = c.post("/v1/events", vec![b' '; 100 << 10], false).await;
    assert_eq!(status, 413);
    let bomb = gzip(&vec![b'\n'; 1 << 20]);
    assert!(bomb.len() < 64 << 10);
    let (status, _) = c.post("/v1/events", bomb, true).await;
    assert_eq!(status, 413);

    // 400: a corrupt gzip body, a batch over the cap, an over-long id.
    let (status, _) = c
        .post("/v1/events", b"\x1f\x8bnot gzip".to_vec(), true)
        .await;
    assert_eq!(status, 400);
    let ids: Vec<String> = (0..11).map(|i| format!("a{i}")).collect();
    let (status, _) = c
        .post(
            "/v1/decisions:batch",
            serde_json::to_vec(&json!({ "account_ids": ids })).expect("json"),
            false,
        )
        .await;
    assert!(status == 400 || status == 415, "{status}");
    let (status, _) = c.get(&format!("/v1/decisions/{}", "a".repeat(300))).await;
    assert_eq!(status, 400);

    // 429 with Retry-After while every ingest slot is taken; accepted again after.
    let pause = server.pause_ingest().await;
    let resp = c
        .http
        .post(format!("{}/v1/events", c.base))
        .body(good.clone())
        .send()
        .await
        .expect("post");
    assert_eq!(resp.status().as_u16(), 429);
    assert_eq!(
        resp.headers()
            .get("retry-after")
            .and_then(|v| v.to_str().ok()),
        Some("1")
    );
    drop(pause);
    let (status, v) = c.post("/v1/events", good.clone().into_bytes(), false).await;
    assert_eq!((status, v["duplicates"].as_u64()), (202, Some(1)));

    // An unknown account is allowed, with a reason saying so.
    let (status, body) = c.get("/v1/decisions/nobody").await;
    assert_eq!(status, 200);
    let v: Value = serde_json::from_str(&body).expect("json");
    assert_eq!(v["decision"], "allow");
    assert_eq!(v["reasons"][0]["code"], "unknown_account");

    let (status, text) = c.get("/metrics").await;
    assert_eq!(status, 200);
    assert!(
        text.contains("distillguard_events_accepted_total 1\n"),
        "{text}"
    );
    assert!(
        text.contains("distillguard_events_rejected_total 3\n"),
        "{text}"
    );
    assert!(
        text.contains("distillguard_ingest_throttled_total 1\n"),
        "{text}"
    );
    assert!(
        text.contains("distillguard_decisions_total{decision=\"allow\"} 1\n"),
        "{text}"
    );
    server.stop().await.expect("stop");
}

/// Many more ingest requests at once than there are slots: every answer is a `202` or a `429`
/// with `Retry-After` (none waits in an unbounded queue), the accepted ones add up, the
/// queue-depth gauge never exceeds the slots, and ingest accepts again once the burst is over.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_full_ingest_queue_answers_429_with_retry_after() {
    let store = tempfile::tempdir().expect("store");
    let mut cfg = config(store.path());
    cfg.limits.ingest_slots = 2;
    let server = Server::start(cfg).await.expect("start");
    let c = Client::new(&server);
    let events = lines(&data().join("events.jsonl"));
    let burst: Vec<&[String]> = events.chunks(200).take(40).collect();
    let sent: usize = burst.iter().map(|b| b.len()).sum();
    let tasks: Vec<_> = burst
        .iter()
        .map(|chunk| {
            let (http, url) = (c.http.clone(), format!("{}/v1/events", c.base));
            let body = chunk.join("\n");
            tokio::spawn(async move {
                let resp = http.post(url).body(body).send().await.expect("post");
                let status = resp.status().as_u16();
                let retry = resp
                    .headers()
                    .get("retry-after")
                    .and_then(|v| v.to_str().ok())
                    .map(str::to_string);
                let v: Value = resp.json().await.expect("json answer");
                (status, retry, v)
            })
        })
        .collect();
    let (mut accepted, mut answered, mut refused) = (0u64, 0usize, 0usize);
    for t in tasks {
        let (status, retry, v) = t.await.expect("task");
        match status {
            202 => {
                accepted += v["accepted"].as_u64().expect("accepted");
                answered += 1;
            }
            429 => {
                assert_eq!(retry.as_deref(), Some("1"), "{v}");
                refused += 1;
            }
            other => panic!("answered {other}: {v}"),
        }
    }
    assert!(
        refused > 0,
        "40 requests at once on 2 slots: some must be refused"
    );
    let (_, text) = c.get("/metrics").await;
    assert!(
        text.contains(&format!("distillguard_ingest_throttled_total {refused}\n")),
        "{text}"
    );
    assert!(
        text.contains("distillguard_ingest_queue_depth 0\n"),
        "{text}"
    );
    let status = c.status().await;
    let held = status["events_folded"].as_u64().expect("folded")
        + status["events_held"].as_u64().expect("held");
    assert_eq!(held, accepted, "{status}");
    assert_eq!(answered + refused, burst.len());
    assert!(accepted as usize <= sent);
    // Over: the next request is accepted and decisions answer.
    let (code, v) = c
        .post(
            "/v1/events",
            events[sent..sent + 10].join("\n").into_bytes(),
            false,
        )
        .await;
    assert_eq!(code, 202, "{v}");
    assert_eq!(
        v["accepted"].as_u64().unwrap_or(0) + v["duplicates"].as_u64().unwrap_or(0),
        10
    );
    assert_eq!(c.get("/v1/decisions/nobody").await.0, 200);
    server.stop().await.expect("stop");
}

/// `POST /v1/events` with one JSON array of events is validated exactly as the same events as
/// NDJSON: the same counts, the same rejection records (`line` being the position in the
/// array), the same decisions; a pretty-printed or gzip array too; a broken array or one over
/// the body limit is refused whole.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_json_array_of_events_counts_as_the_same_ndjson_body() {
    let d = data();
    let cap = dg_ingest::read_policy(&d.join("policy.toml"))
        .expect("policy")
        .max_line_bytes;
    let events = lines(&d.join("events.jsonl"));
    let mut elements: Vec<String> = events[..400].to_vec();
    let mut no_ip: Value = serde_json::from_str(&events[0]).expect("event");
    no_ip.as_object_mut().expect("object").remove("ip");
    let mut padded: Value = serde_json::from_str(&events[1]).expect("event");
    padded["pad"] = Value::String("x".repeat(cap + 10));
    elements.insert(3, "[1]".into());
    elements.insert(7, no_ip.to_string());
    elements.insert(9, events[5].clone());
    elements.insert(11, "\"a string\"".into());
    elements.insert(13, padded.to_string());
    let ndjson = (elements.join("\n") + "\n").into_bytes();
    let array = format!("[{}]", elements.join(",")).into_bytes();

    let mut answers = Vec::new();
    let mut decisions = Vec::new();
    let ids = account_ids();
    for (body, gz) in [(ndjson, false), (array.clone(), false), (array, true)] {
        let store = tempfile::tempdir().expect("store");
        let mut cfg = config(store.path());
        cfg.limits.max_body_bytes = 4 << 20;
        cfg.limits.max_inflated_bytes = 4 << 20;
        let server = Server::start(cfg).await.expect("start");
        let c = Client::new(&server);
        let body = if gz { gzip(&body) } else { body };
        let (status, v) = c.post("/v1/events", body, gz).await;
        assert_eq!(status, 202, "{v}");
        answers.push(v);
        decisions.push(c.decisions(&ids).await);
        server.stop().await.expect("stop");
    }
    let v = &answers[0];
    assert_eq!(
        (
            v["accepted"].as_u64(),
            v["rejected"].as_u64(),
            v["duplicates"].as_u64()
        ),
        (Some(400), Some(4), Some(1)),
        "{v}"
    );
    assert_eq!(
        v["errors"][0],
        json!({"line": 4, "error": "not a JSON object"})
    );
    assert_eq!(answers[1], answers[0], "array = NDJSON");
    assert_eq!(answers[2], answers[0], "gzip array = NDJSON");
    assert_eq!(decisions[1], decisions[0]);
    assert_eq!(decisions[2], decisions[0]);

    // A pretty-printed array of the good events: the same decisions.
    let good: Vec<Value> = events[..400]
        .iter()
        .map(|l| serde_json::from_str(l).expect("event"))
        .collect();
    let pretty = serde_json::to_vec_pretty(&good).expect("json");
    let store = tempfile::tempdir().expect("store");
    let mut cfg = config(store.path());
    cfg.limits.max_body_bytes = 1 << 20;
    cfg.limits.max_inflated_bytes = 1 << 20;
    let server = Server::start(cfg).await.expect("start");
    let c = Client::new(&server);
    let (status, v) = c.post("/v1/events", pretty, false).await;
    assert_eq!((status, v["accepted"].as_u64()), (202, Some(400)), "{v}");
    assert_eq!(c.decisions(&ids).await, decisions[0]);
    // Refused whole: a broken array (nothing stored), and an array over the body limit.
    let (status, v) = c
        .post(
            "/v1/events",
            format!("[{},", events[500]).into_bytes(),
            false,
        )
        .await;
    assert_eq!(status, 400, "{v}");
    assert!(
        v["error"].as_str().expect("error").contains("JSON array"),
        "{v}"
    );
    let mut big = b"[".to_vec();
    big.resize(2 << 20, b' ');
    big.push(b']');
    // Refused before it is read: a 413 with `Connection: close`, or, when the server has
    // closed while the client was still writing, a broken connection. Either way nothing is
    // stored, and the next request goes on a fresh connection.
    match c
        .http
        .post(format!("{}/v1/events", c.base))
        .body(big)
        .send()
        .await
    {
        Ok(resp) => assert_eq!(resp.status().as_u16(), 413),
        Err(e) => assert!(e.is_request(), "{e}"),
    }
    let c = Client::new(&server);
    let st = c.status().await;
    let stored =
        st["events_folded"].as_u64().unwrap_or(0) + st["events_held"].as_u64().unwrap_or(0);
    assert_eq!(
        stored, 400,
        "nothing of the refused bodies was stored: {st}"
    );
    server.stop().await.expect("stop");
}

/// Holds re-links at the door of their computation until opened: a re-link made as slow as
/// the test wants, without timing anything.
#[derive(Default)]
struct Gate {
    /// (re-links that reached the gate, open)
    state: std::sync::Mutex<(u32, bool)>,
    changed: std::sync::Condvar,
}

impl Gate {
    /// Runs on the re-link's thread: counts itself in and waits until the gate is open.
    fn pass(&self) {
        let mut s = self.state.lock().expect("gate");
        s.0 += 1;
        self.changed.notify_all();
        while !s.1 {
            s = self.changed.wait(s).expect("gate");
        }
    }

    /// Blocks until a re-link is held at the gate.
    fn wait_held(&self) {
        let mut s = self.state.lock().expect("gate");
        while s.0 == 0 {
            s = self.changed.wait(s).expect("gate");
        }
    }

    fn open(&self) {
        self.state.lock().expect("gate").1 = true;
        self.changed.notify_all();
    }
}

/// A guard against a hang (not a measurement): the time a step may take at most on a
/// loaded machine before the test calls it stuck.
const STUCK: std::time::Duration = std::time::Duration::from_secs(120);

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn ingest_is_answered_while_a_relink_is_in_flight() {
    let d = data();
    let events = lines(&d.join("events.jsonl"));
    let ids = account_ids();
    let store = tempfile::tempdir().expect("store");
    let gate = std::sync::Arc::new(Gate::default());
    let mut cfg = config(store.path());
    cfg.snapshot.every_secs = 0;
    let g = std::sync::Arc::clone(&gate);
    cfg.relink_hook = Some(dg_serve::config::RelinkHook(std::sync::Arc::new(
        move || g.pass(),
    )));
    let server = Server::start(cfg.clone()).await.expect("start");
    let c = Client::new(&server);
    c.post_chunks("/v1/accounts", &lines(&d.join("accounts.jsonl")), 400)
        .await;

    // A fifth of the day: the first periodic re-link (3 h of event time) falls due in it, and
    // is held at the gate.
    let fifth = events.len() / 5;
    let (first, rest) = events.split_at(fifth);
    for chunk in first.chunks(1_000) {
        let (s, v) = c
            .post("/v1/events", (chunk.join("\n") + "\n").into_bytes(), false)
            .await;
        assert_eq!(s, 202, "{v}");
    }
    let g = std::sync::Arc::clone(&gate);
    tokio::time::timeout(STUCK, tokio::task::spawn_blocking(move || g.wait_held()))
        .await
        .expect("a re-link falls due in the first fifth of the day")
        .expect("gate");

    // While it is held: ingest commits and answers, decisions answer, and the status says
    // the detector is behind by at least what waits for the re-link.
    let (more, after) = rest.split_at(rest.len() / 2);
    for chunk in more.chunks(1_000) {
        let body = (chunk.join("\n") + "\n").into_bytes();
        let (s, v) = tokio::time::timeout(STUCK, c.post("/v1/events", body, false))
            .await
            .expect("ingest is answered while the re-link is held");
        assert_eq!(s, 202, "{v}");
        let counted =
            v["accepted"].as_u64().expect("accepted") + v["duplicates"].as_u64().expect("dup");
        assert_eq!(counted, chunk.len() as u64, "{v}");
    }
    let (s, _) = c.get(&format!("/v1/decisions/{}", ids[0])).await;
    assert_eq!(s, 200);
    let (s, body) = c.get("/v1/status").await;
    assert_eq!(s, 200);
    let status: Value = serde_json::from_str(&body).expect("status");
    assert!(
        status["events_pending"].as_u64().expect("pending") >= more.len() as u64,
        "{status}"
    );
    // A snapshot asked for now waits for the re-link (it never saves the events waiting for
    // it), and ingest goes on meanwhile: asked first, then a request is answered, then the
    // gate opens.
    let snap = dg_serve::snapshot::path(store.path());
    let (during, after) = after.split_at(1_000.min(after.len()));
    let (written, ()) = tokio::time::timeout(STUCK, async {
        tokio::join!(server.snapshot_now(), async {
            // The snapshot is asked for (polled) before this goes on, whichever is polled
            // first.
            tokio::task::yield_now().await;
            let body = (during.join("\n") + "\n").into_bytes();
            let (s, v) = c.post("/v1/events", body, false).await;
            assert_eq!(s, 202, "{v}");
            gate.open();
        })
    })
    .await
    .expect("ingest is answered while a snapshot waits for the re-link");
    written.expect("snapshot");
    let middle = std::fs::read(&snap).expect("snapshot file");
    c.post_chunks("/v1/events", after, 1_000).await;

    // Every answer is the library's after the same events, as if no re-link had left the fold.
    let status = c.status().await;
    assert_eq!(status["events_pending"], 0, "{status}");
    let folded = status["events_folded"].as_u64().expect("folded");
    let served = c.decisions(&ids).await;
    let scratch = tempfile::tempdir().expect("scratch");
    let events_file = scratch.path().join("events.jsonl");
    std::fs::write(&events_file, events.join("\n") + "\n").expect("write events");
    let lib = tokio::task::spawn_blocking({
        let ids = ids.clone();
        move || reference(&events_file, folded, &ids)
    })
    .await
    .expect("reference");
    assert!(
        assert_same(&served, &lib) > 10,
        "flagged accounts to compare"
    );
    server.stop().await.expect("stop");

    // A restart from the snapshot taken while the re-link was in flight, with the log after
    // it replayed, answers the same.
    std::fs::write(&snap, &middle).expect("put the snapshot back");
    let (got, _, started) = restart_and_read(&cfg, &ids, true).await;
    assert!(
        started.events_replayed >= after.len() as u64 / 2,
        "{started:?}"
    );
    assert_eq!(got, served);
}

/// `/metrics`, read without waiting for the detector (unlike [`Client::status`]).
async fn metrics(c: &Client) -> String {
    let (s, text) = c.get("/metrics").await;
    assert_eq!(s, 200);
    text
}

/// A header of an answer, if it is there and text.
fn header<'a>(resp: &'a reqwest::Response, name: &str) -> Option<&'a str> {
    resp.headers().get(name).and_then(|v| v.to_str().ok())
}

/// A gauge or counter of `/metrics`, by its name.
fn metric(text: &str, name: &str) -> f64 {
    text.lines()
        .find_map(|l| l.strip_prefix(name)?.strip_prefix(' '))
        .and_then(|v| v.parse().ok())
        .unwrap_or_else(|| panic!("{name} in /metrics:\n{text}"))
}

/// While a re-link is held in flight the detector's queue fills: once it is full, commits
/// wait for room holding their ingest slots, and when every slot is taken ingest answers
/// `429` with `Retry-After` and a JSON error (memory stays bounded by the queue: the server
/// neither grows nor blocks the refused request). Once the re-link is released the waiting
/// requests are acknowledged, the queue drains (`events_pending` 0), every acknowledged event
/// is folded, nothing of the refused request was stored, and ingest accepts again.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_relink_in_flight_fills_the_detectors_queue_and_ingest_answers_429() {
    const SLOTS: usize = 2;
    const CHUNK: usize = 500;
    let d = data();
    let events = lines(&d.join("events.jsonl"));
    let store = tempfile::tempdir().expect("store");
    let gate = std::sync::Arc::new(Gate::default());
    let mut cfg = config(store.path());
    cfg.snapshot.every_secs = 0;
    cfg.limits.ingest_slots = SLOTS;
    // The first fifth of the day, in which the first re-link falls due (as in the test
    // above), fits in the queue with room to spare: posting it never waits, and the room
    // left is what the test fills while the re-link is held.
    let fifth = events.len() / 5;
    let cap = fifth + 2 * CHUNK;
    cfg.limits.max_queued_events = cap;
    let g = std::sync::Arc::clone(&gate);
    cfg.relink_hook = Some(dg_serve::config::RelinkHook(std::sync::Arc::new(
        move || g.pass(),
    )));
    let server = Server::start(cfg).await.expect("start");
    let c = Client::new(&server);
    c.post_chunks("/v1/accounts", &lines(&d.join("accounts.jsonl")), 400)
        .await;
    let mut acked = 0u64;
    let mut next = 0usize;
    for chunk in events[..fifth].chunks(CHUNK) {
        let (s, v) = c
            .post("/v1/events", (chunk.join("\n") + "\n").into_bytes(), false)
            .await;
        assert_eq!(s, 202, "{v}");
        acked += v["accepted"].as_u64().expect("accepted");
    }
    next += fifth;
    let g = std::sync::Arc::clone(&gate);
    tokio::time::timeout(STUCK, tokio::task::spawn_blocking(move || g.wait_held()))
        .await
        .expect("a re-link falls due in the first fifth of the day")
        .expect("gate");

    // Held: the detector gives no room back, so posting until the queue is full is
    // answered 202 every time (each request asks no more than the room left).
    loop {
        let queued = metric(&metrics(&c).await, "distillguard_events_queued") as usize;
        assert!(queued <= cap, "the queue holds at most {cap}: {queued}");
        if queued == cap {
            break;
        }
        let end = next + CHUNK.min(cap - queued);
        assert!(end <= events.len(), "the day fills the queue");
        let body = (events[next..end].join("\n") + "\n").into_bytes();
        let (s, v) = tokio::time::timeout(STUCK, c.post("/v1/events", body, false))
            .await
            .expect("a request the queue has room for is answered");
        assert_eq!(s, 202, "{v}");
        acked += v["accepted"].as_u64().expect("accepted");
        next = end;
    }
    let (s, body) = c.get("/v1/status").await;
    assert_eq!(s, 200);
    let status: Value = serde_json::from_str(&body).expect("status");
    assert_eq!(status["events_pending"], cap, "{status}");

    // Full: each further request takes a slot and waits for room, until every slot is taken.
    let mut waiting = Vec::new();
    for _ in 0..SLOTS {
        let (http, url) = (c.http.clone(), format!("{}/v1/events", c.base));
        let chunk = events[next..next + CHUNK].to_vec();
        next += CHUNK;
        waiting.push((
            chunk.len(),
            tokio::spawn(async move {
                let resp = http
                    .post(url)
                    .body(chunk.join("\n") + "\n")
                    .send()
                    .await
                    .expect("post");
                let status = resp.status().as_u16();
                let v: Value = resp.json().await.expect("json answer");
                (status, v)
            }),
        ));
    }
    tokio::time::timeout(STUCK, async {
        loop {
            let text = metrics(&c).await;
            if metric(&text, "distillguard_ingest_slots_free") == 0.0 {
                return text;
            }
            // Polled: the requests above are on their way; nothing here is measured.
            tokio::time::sleep(std::time::Duration::from_millis(5)).await;
        }
    })
    .await
    .expect("the waiting requests take every slot");
    for (_, w) in &waiting {
        assert!(!w.is_finished(), "no room: a request waits for the re-link");
    }

    // Every slot waits: the next request is refused at once, and nothing of it is stored.
    let refused = &events[next..next + CHUNK];
    let resp = tokio::time::timeout(
        STUCK,
        c.http
            .post(format!("{}/v1/events", c.base))
            .body(refused.join("\n") + "\n")
            .send(),
    )
    .await
    .expect("a refusal is not held back by the re-link")
    .expect("post");
    assert_eq!(resp.status().as_u16(), 429);
    assert_eq!(header(&resp, "retry-after"), Some("1"));
    assert_eq!(header(&resp, "content-type"), Some("application/json"));
    let v: Value = resp.json().await.expect("a JSON error body");
    assert_eq!(v, json!({"error": "ingest is busy; retry later"}));
    let text = metrics(&c).await;
    assert_eq!(metric(&text, "distillguard_ingest_throttled_total"), 1.0);
    assert_eq!(metric(&text, "distillguard_events_queued"), cap as f64);

    // Released: the waiting requests are acknowledged whole, and the queue drains.
    gate.open();
    for (n, w) in waiting {
        let (s, v) = tokio::time::timeout(STUCK, w)
            .await
            .expect("a waiting request is answered once the re-link is applied")
            .expect("task");
        assert_eq!(s, 202, "{v}");
        let counted =
            v["accepted"].as_u64().expect("accepted") + v["duplicates"].as_u64().expect("dup");
        assert_eq!(counted, n as u64, "{v}");
        acked += v["accepted"].as_u64().expect("accepted");
    }
    let status = tokio::time::timeout(STUCK, async {
        loop {
            let (s, body) = c.get("/v1/status").await;
            assert_eq!(s, 200);
            let status: Value = serde_json::from_str(&body).expect("status");
            if status["events_pending"] == 0 {
                return status;
            }
            // Polled: `events_pending` as a client reads it; nothing here is measured.
            tokio::time::sleep(std::time::Duration::from_millis(5)).await;
        }
    })
    .await
    .expect("the queue drains once the re-link is released");
    let stored = status["events_folded"].as_u64().expect("folded")
        + status["events_held"].as_u64().expect("held");
    assert_eq!(
        stored, acked,
        "every acknowledged event, and only those: {status}"
    );
    assert_eq!(
        metric(&metrics(&c).await, "distillguard_events_queued"),
        0.0
    );

    // Accepted again: the refused events are new to the server.
    let (s, v) = c
        .post(
            "/v1/events",
            (refused.join("\n") + "\n").into_bytes(),
            false,
        )
        .await;
    assert_eq!(s, 202, "{v}");
    assert_eq!(v["duplicates"], 0, "{v}");
    let fresh = v["accepted"].as_u64().expect("accepted");
    assert_eq!(
        fresh + v["rejected"].as_u64().expect("rejected"),
        CHUNK as u64
    );
    acked += fresh;
    let status = c.status().await;
    assert_eq!(status["events_pending"], 0, "{status}");
    let stored = status["events_folded"].as_u64().expect("folded")
        + status["events_held"].as_u64().expect("held");
    assert_eq!(stored, acked, "{status}");
    server.stop().await.expect("stop");
}
