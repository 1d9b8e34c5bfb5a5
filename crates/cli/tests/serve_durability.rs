//! `distillguard serve` as a real process, killed with SIGKILL mid-stream and restarted on the
//! same store: every acknowledged event is still counted, a request in flight at the kill is
//! stored whole or not at all, and the decisions after the restart are the scan library's over
//! exactly the stored log (and, after a kill at rest, exactly those given before it). With
//! SQLite and with PostgreSQL.

use std::collections::{BTreeMap, BTreeSet, HashSet};
use std::io::{BufRead, BufReader, Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use dg_detect::scanner::{ScanConfig, Scanner};
use dg_detect::score::Weights;
use dg_ingest::{EventSource, SourceOptions};
use dg_model::Event;
use serde_json::{json, Value};

const BIN: &str = env!("CARGO_BIN_EXE_distillguard");

/// Events per posted chunk.
const CHUNK: usize = 400;

/// One simulated day at small scale (the serve crate's tests use the same seed and length).
fn data(root: &Path) -> PathBuf {
    let dir = root.join("data");
    let cfg = root.join("sim.toml");
    std::fs::write(&cfg, "days = 1\n").expect("sim.toml");
    let out = Command::new(BIN)
        .args(["simulate", "--scale", "small", "--seed", "7", "--config"])
        .arg(&cfg)
        .arg("--out")
        .arg(&dir)
        .output()
        .expect("simulate runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    dir
}

fn lines(path: &Path) -> Vec<String> {
    std::fs::read_to_string(path)
        .expect("read lines")
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(str::to_string)
        .collect()
}

/// A `distillguard serve` child process.
struct Served {
    child: Child,
    addr: SocketAddr,
    /// Its detector came back from a snapshot (its start-up log says so).
    from_snapshot: bool,
}

impl Served {
    /// Starts the binary on an ephemeral port and waits for its "listening" line.
    fn start(data: &Path, store: &[&str]) -> Self {
        let mut child = Command::new(BIN)
            .arg("serve")
            .args(["--listen", "127.0.0.1:0", "--policy"])
            .arg(data.join("policy.toml"))
            .arg("--ip-ranges")
            .arg(data.join("ip_ranges.csv"))
            .arg("--releases")
            .arg(data.join("releases.csv"))
            .args(store)
            // A snapshot every second, so that a kill finds one: a restart is then the last
            // snapshot plus the log after it, and must still give exactly the log's decisions.
            .env("DISTILLGUARD_SNAPSHOT__EVERY_SECS", "1")
            .env("DISTILLGUARD_LOG", "dg_serve=info")
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .expect("serve starts");
        let stderr = child.stderr.take().expect("stderr");
        let (tx, rx) = std::sync::mpsc::channel();
        // Drains stderr for the whole life of the child, so that it never blocks on a full pipe.
        std::thread::spawn(move || {
            let mut tx = Some(tx);
            for line in BufReader::new(stderr).lines().map_while(Result::ok) {
                if let Some(rest) = line.split("listening on http://").nth(1) {
                    let addr = rest.split_whitespace().next().unwrap_or("").to_string();
                    if let Some(tx) = tx.take() {
                        let _ = tx.send(Ok(addr));
                    }
                } else if let Some(tx) = &tx {
                    let _ = tx.send(Err(line));
                }
            }
        });
        let mut said: Vec<String> = Vec::new();
        loop {
            match rx.recv_timeout(Duration::from_secs(120)) {
                Ok(Ok(addr)) => {
                    return Self {
                        child,
                        addr: addr.parse().expect("listen address"),
                        from_snapshot: said.iter().any(|l| l.contains("from_snapshot=true")),
                    }
                }
                Ok(Err(line)) => said.push(line),
                Err(_) => {
                    let _ = child.kill();
                    panic!("serve did not start: {said:?}");
                }
            }
        }
    }

    /// SIGKILL: no shutdown path runs.
    fn kill(mut self) {
        self.child.kill().expect("SIGKILL");
        self.child.wait().expect("reaped");
    }

    /// SIGTERM and wait: the graceful stop.
    fn stop(mut self) {
        let ok = Command::new("kill")
            .args(["-TERM", &self.child.id().to_string()])
            .status()
            .expect("kill -TERM");
        assert!(ok.success());
        let status = self.child.wait().expect("reaped");
        assert!(status.success(), "serve exited with {status}");
    }

    fn status(&self) -> Value {
        let (code, body) = http(self.addr, "GET", "/v1/status", b"").expect("status");
        assert_eq!(code, 200, "{body}");
        serde_json::from_str(&body).expect("status json")
    }

    /// Waits until the detector is done with every acknowledged event (ingest is answered
    /// once committed, and folded after): `events_pending` 0.
    fn settle(&self) {
        while self.status()["events_pending"].as_u64().expect("pending") > 0 {
            std::thread::sleep(std::time::Duration::from_millis(5));
        }
    }

    /// Events the restarted server holds: folded plus still inside the reorder window.
    fn held_total(&self) -> (u64, u64) {
        let s = self.status();
        let folded = s["events_folded"].as_u64().expect("folded");
        (folded, folded + s["events_held"].as_u64().expect("held"))
    }

    /// The decision fields that must agree, by account id.
    fn decisions(&self, ids: &[String]) -> BTreeMap<String, Value> {
        let mut out = BTreeMap::new();
        for chunk in ids.chunks(1000) {
            let body = serde_json::to_vec(&json!({ "account_ids": chunk })).expect("json");
            let (code, text) =
                http(self.addr, "POST", "/v1/decisions:batch", &body).expect("batch");
            assert_eq!(code, 200, "{text}");
            let v: Value = serde_json::from_str(&text).expect("batch json");
            for d in v["decisions"].as_array().expect("decisions") {
                out.insert(d["account_id"].as_str().expect("id").to_string(), core(d));
            }
        }
        out
    }
}

impl Drop for Served {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// One HTTP/1.1 exchange over a fresh connection: status and body. `Err` when the connection
/// fails before a whole answer arrives (the server died).
fn http(addr: SocketAddr, method: &str, path: &str, body: &[u8]) -> std::io::Result<(u16, String)> {
    let mut s = TcpStream::connect_timeout(&addr, Duration::from_secs(10))?;
    s.set_read_timeout(Some(Duration::from_secs(120)))?;
    s.set_write_timeout(Some(Duration::from_secs(120)))?;
    write!(
        s,
        "{method} {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n\
         Content-Type: application/json\r\nContent-Length: {}\r\n\r\n",
        body.len()
    )?;
    s.write_all(body)?;
    let mut raw = Vec::new();
    s.read_to_end(&mut raw)?;
    let text = String::from_utf8_lossy(&raw);
    let bad = || std::io::Error::new(std::io::ErrorKind::UnexpectedEof, "incomplete answer");
    let (head, rest) = text.split_once("\r\n\r\n").ok_or_else(bad)?;
    let code: u16 = head
        .split_whitespace()
        .nth(1)
        .and_then(|c| c.parse().ok())
        .ok_or_else(bad)?;
    let len: Option<usize> = head.lines().find_map(|l| {
        let (k, v) = l.split_once(':')?;
        k.eq_ignore_ascii_case("content-length")
            .then(|| v.trim().parse().ok())?
    });
    match len {
        Some(n) if rest.len() >= n => Ok((code, rest[..n].to_string())),
        Some(_) => Err(bad()),
        None => Ok((code, rest.to_string())),
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
/// `events`, read exactly as `scan` reads a file (reader, reorder window, de-duplication).
fn reference(data: &Path, events: &Path, folded: u64, ids: &[String]) -> BTreeMap<String, Value> {
    let policy = dg_ingest::read_policy(&data.join("policy.toml")).expect("policy");
    let releases = dg_ingest::read_releases(&data.join("releases.csv"), |_| {}).expect("releases");
    let table =
        Arc::new(dg_ingest::read_ip_ranges([data.join("ip_ranges.csv")], |_| {}).expect("ranges"));
    let accounts =
        dg_ingest::read_accounts([data.join("accounts.jsonl")], policy.max_line_bytes, |_| {})
            .expect("accounts")
            .by_id;
    let cfg = ScanConfig::with_demo_key(policy.clone(), Weights::default_weights(), releases);
    let mut scanner = Scanner::new(cfg, accounts);
    let t = Arc::clone(&table);
    let mut source = EventSource::open_with(
        [events],
        SourceOptions::from_policy(&policy),
        |_| {},
        move || {
            let mut analyzer = dg_detect::request::Analyzer::new();
            let t = Arc::clone(&t);
            move |ev: &mut Event| {
                let range = t.lookup_index(ev.ip);
                (Scanner::detach(&mut analyzer, ev), range)
            }
        },
    )
    .expect("open events");
    let mut batch = Vec::new();
    let mut n = 0u64;
    'walk: while source.next_batch(&mut batch).expect("read") {
        for (ev, range) in batch.drain(..) {
            if n == folded {
                break 'walk;
            }
            scanner.observe_detached(&ev, range.and_then(|i| table.ranges().get(i)));
            n += 1;
        }
    }
    assert_eq!(
        n, folded,
        "the server folded more events than its log holds"
    );
    ids.iter()
        .map(|id| {
            let v = match scanner.current_finding(id) {
                Some(f) => core(&serde_json::to_value(f).expect("finding")),
                // What the service answers for an account with no folded event.
                None => json!({
                    "decision": "allow",
                    "score": 0.0,
                    "reasons": [{
                        "code": "unknown_account",
                        "weight": 0.0,
                        "detail": "no events of this account have been seen",
                    }],
                    "cluster_id": null,
                    "first_flagged_at": null,
                }),
            };
            (id.clone(), v)
        })
        .collect()
}

/// The event log as the store holds it, in commit order (read with the service's own store
/// code, while no server writes to it).
fn stored_log(store: &[&str], data_dir: &Path) -> Vec<String> {
    let url = store
        .iter()
        .position(|a| *a == "--database-url")
        .map(|i| store[i + 1].to_string());
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("runtime");
    rt.block_on(async {
        let s = dg_serve::Store::open(url.as_deref(), data_dir)
            .await
            .expect("open the store");
        let (tx, mut rx) = tokio::sync::mpsc::channel(4);
        let reader = tokio::spawn({
            let s = s.clone();
            async move { s.send_event_lines(4096, tx).await }
        });
        let mut out = Vec::new();
        while let Some(batch) = rx.recv().await {
            out.extend(batch);
        }
        reader.await.expect("join").expect("read the log");
        s.close().await;
        out
    })
}

fn request_id(line: &str) -> String {
    let v: Value = serde_json::from_str(line).expect("event json");
    v["request_id"].as_str().expect("request_id").to_string()
}

/// Posts one chunk: its ingest answer once answered 202, `None` if the server went away
/// first. A 429 or 503 is retried after its pause.
fn post_chunk(addr: SocketAddr, chunk: &[String]) -> Option<Value> {
    let mut body = chunk.join("\n").into_bytes();
    body.push(b'\n');
    loop {
        match http(addr, "POST", "/v1/events", &body) {
            Ok((202, text)) => return Some(serde_json::from_str(&text).expect("ingest json")),
            Ok((429 | 503, _)) => std::thread::sleep(Duration::from_millis(200)),
            Ok((code, text)) => panic!("ingest answered {code}: {text}"),
            Err(_) => return None,
        }
    }
}

/// `scenario` with `quiesce`, called after each kill, returning once nothing the killed server
/// started can still change the store.
fn scenario(store: &[&str], data_dir: &Path, quiesce: &dyn Fn()) {
    let root = tempfile::tempdir().expect("temp");
    let data = data(root.path());
    let events = lines(&data.join("events.jsonl"));
    let ids: Vec<String> = lines(&data.join("accounts.jsonl"))
        .iter()
        .map(|l| {
            let v: Value = serde_json::from_str(l).expect("account json");
            v["account_id"].as_str().expect("account id").to_string()
        })
        .collect();
    let chunks: Vec<Vec<String>> = events.chunks(CHUNK).map(<[String]>::to_vec).collect();
    assert!(chunks.len() > 30, "{} chunks", chunks.len());

    let server = Served::start(&data, store);
    let mut body = lines(&data.join("accounts.jsonl")).join("\n").into_bytes();
    body.push(b'\n');
    let (code, text) = http(server.addr, "POST", "/v1/accounts", &body).expect("accounts");
    assert_eq!(code, 202, "{text}");

    // Phase 1: a third of the chunks, one after another, all acknowledged.
    let first = chunks.len() / 3;
    let mut acked: Vec<usize> = Vec::new();
    for (i, c) in chunks.iter().enumerate().take(first) {
        assert!(post_chunk(server.addr, c).is_some(), "chunk {i} refused");
        acked.push(i);
    }

    // A periodic snapshot taken after phase 1, so that the restart after the kill is that
    // snapshot plus the log's tail (the kill lands before the next one, or after: either way).
    let phase1 = std::time::SystemTime::now();
    let snapshot = data_dir.join("detector.snapshot");
    let waited = std::time::Instant::now();
    while std::fs::metadata(&snapshot)
        .and_then(|m| m.modified())
        .map_or(true, |m| m <= phase1)
    {
        assert!(
            waited.elapsed() < Duration::from_secs(60),
            "no snapshot written"
        );
        std::thread::sleep(Duration::from_millis(50));
    }

    // Phase 2: three clients stream the rest at once; SIGKILL after six more acknowledgements,
    // while the others' requests are in flight.
    let next = Arc::new(AtomicUsize::new(first));
    let done = Arc::new(Mutex::new(Vec::<usize>::new()));
    let started = Arc::new(AtomicUsize::new(0));
    let (acks_tx, acks_rx) = std::sync::mpsc::channel::<()>();
    let chunks = Arc::new(chunks);
    let addr = server.addr;
    let clients: Vec<_> = (0..3)
        .map(|_| {
            let (next, done, started, acks_tx, chunks) = (
                Arc::clone(&next),
                Arc::clone(&done),
                Arc::clone(&started),
                acks_tx.clone(),
                Arc::clone(&chunks),
            );
            std::thread::spawn(move || loop {
                let i = next.fetch_add(1, Ordering::SeqCst);
                let Some(c) = chunks.get(i) else { return };
                started.fetch_add(1, Ordering::SeqCst);
                match post_chunk(addr, c) {
                    Some(_) => {
                        done.lock().expect("lock").push(i);
                        let _ = acks_tx.send(());
                    }
                    None => return,
                }
            })
        })
        .collect();
    drop(acks_tx);
    for _ in 0..6 {
        acks_rx.recv().expect("an acknowledgement");
    }
    // The acknowledgements read before the kill are the ones the test relies on.
    let (acked_before_kill, in_flight) = {
        let d = done.lock().expect("lock");
        let set: BTreeSet<usize> = acked.iter().copied().chain(d.iter().copied()).collect();
        (set, started.load(Ordering::SeqCst) - d.len())
    };
    server.kill();
    for c in clients {
        c.join().expect("client");
    }
    quiesce();
    let sent = next.load(Ordering::SeqCst).min(chunks.len());
    assert!(in_flight >= 1, "no request was in flight at the kill");
    let acked_all: BTreeSet<usize> = acked
        .iter()
        .copied()
        .chain(done.lock().expect("lock").iter().copied())
        .collect();
    assert!(acked_all.is_superset(&acked_before_kill));

    // The log after the kill: every acknowledged event is there, and every chunk in flight is
    // there whole or not at all (one transaction per request).
    let log = stored_log(store, data_dir);
    let in_log: HashSet<String> = log.iter().map(|l| request_id(l)).collect();
    assert_eq!(in_log.len(), log.len(), "the log holds a request id twice");
    // The simulator re-sends some events on purpose; whether a chunk in flight was stored is
    // read from the ids that occur once in the whole stream.
    let mut occurrences: BTreeMap<String, usize> = BTreeMap::new();
    for l in &events {
        *occurrences.entry(request_id(l)).or_default() += 1;
    }
    let mut stored_unacked = Vec::new();
    for (i, c) in chunks.iter().enumerate() {
        let ids: Vec<String> = c.iter().map(|l| request_id(l)).collect();
        let present = ids.iter().filter(|id| in_log.contains(*id)).count();
        let once: Vec<&String> = ids.iter().filter(|id| occurrences[*id] == 1).collect();
        let once_present = once.iter().filter(|id| in_log.contains(**id)).count();
        if acked_all.contains(&i) {
            assert_eq!(present, ids.len(), "acknowledged chunk {i} lost events");
        } else if i >= sent {
            assert_eq!(once_present, 0, "chunk {i} was never sent");
        } else {
            assert!(
                once_present == 0 || once_present == once.len(),
                "chunk {i} in flight stored in part: {once_present} of {}",
                once.len()
            );
            if once_present > 0 {
                stored_unacked.push(i);
            }
        }
    }

    // Restart on the same store: the counts are the log's, the decisions the library's over
    // exactly that log, though the detector comes back from the last periodic snapshot.
    let server = Served::start(&data, store);
    assert!(
        server.from_snapshot,
        "no snapshot was restored after the kill"
    );
    let (folded, total) = server.held_total();
    assert_eq!(total as usize, log.len());
    let log_file = root.path().join("log.jsonl");
    std::fs::write(&log_file, log.join("\n") + "\n").expect("write log");
    let served = server.decisions(&ids);
    let lib = reference(&data, &log_file, folded, &ids);
    assert_eq!(served.len(), lib.len());
    for (id, want) in &lib {
        assert_eq!(served.get(id), Some(want), "account {id} after the restart");
    }

    // The clients retry what was not acknowledged: what the log already held comes back as
    // duplicates, the rest is accepted.
    for (i, c) in chunks.iter().enumerate() {
        if acked_all.contains(&i) {
            continue;
        }
        let v = post_chunk(server.addr, c).expect("retry answered");
        let accepted = v["accepted"].as_u64().expect("accepted");
        if stored_unacked.contains(&i) {
            assert_eq!(accepted, 0, "chunk {i} was stored before the kill: {v}");
        }
    }

    // A kill at rest: the decisions after the restart are exactly those before it.
    server.settle();
    let before = server.decisions(&ids);
    let counts = server.held_total();
    let flagged = before.values().filter(|d| d["decision"] != "allow").count();
    assert!(
        flagged > 10,
        "a simulated day has flagged accounts ({flagged})"
    );
    server.kill();
    quiesce();
    let server = Served::start(&data, store);
    assert!(server.from_snapshot);
    assert_eq!(server.held_total(), counts);
    assert_eq!(server.decisions(&ids), before);
    server.stop();
}

#[test]
fn sqlite_survives_sigkill_mid_stream() {
    let dir = tempfile::tempdir().expect("data dir");
    let d = dir.path().to_str().expect("utf-8 path").to_string();
    // SQLite commits inside the server's process: once it is dead, nothing more lands.
    scenario(&["--data-dir", &d], dir.path(), &|| {});
}

#[test]
fn postgres_survives_sigkill_mid_stream() {
    let base = "postgres://127.0.0.1:5432/test";
    let schema = format!(
        "dg_kill_test_{}_{}",
        std::process::id(),
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_nanos())
    );
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("runtime");
    let admin = |sql: String| {
        rt.block_on(async {
            use sqlx::Connection;
            let mut c = sqlx::PgConnection::connect(base)
                .await
                .expect("PostgreSQL at 127.0.0.1:5432/test");
            sqlx::query(&sql).execute(&mut c).await.expect("admin sql");
            c.close().await.expect("close");
        })
    };
    admin(format!("CREATE SCHEMA {schema}"));
    // The application name marks the server's connections, so the test can wait for them.
    let url = format!("{base}?options=-c%20search_path%3D{schema}&application_name={schema}");
    // The data directory holds only the snapshots (the log is in PostgreSQL).
    let snapshots = tempfile::tempdir().expect("data dir");
    let dir = snapshots.path().to_str().expect("utf-8 path").to_string();
    let run = std::panic::catch_unwind(|| {
        scenario(
            &["--database-url", &url, "--data-dir", &dir],
            snapshots.path(),
            &|| wait_for_backends_gone(base, &schema),
        )
    });
    admin(format!("DROP SCHEMA {schema} CASCADE"));
    if let Err(p) = run {
        std::panic::resume_unwind(p);
    }
}

/// Waits until PostgreSQL has no session left named `app`. A SIGKILLed server's backends
/// outlive it: one that had received a COMMIT finishes it before it notices the closed socket,
/// so the log read right after the kill could miss a transaction that lands a moment later.
fn wait_for_backends_gone(base: &str, app: &str) {
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("runtime");
    rt.block_on(async {
        use sqlx::Connection;
        let mut c = sqlx::PgConnection::connect(base)
            .await
            .expect("PostgreSQL at 127.0.0.1:5432/test");
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(60);
        loop {
            let (n,): (i64,) =
                sqlx::query_as("SELECT count(*) FROM pg_stat_activity WHERE application_name = $1")
                    .bind(app)
                    .fetch_one(&mut c)
                    .await
                    .expect("pg_stat_activity");
            if n == 0 {
                break;
            }
            assert!(
                std::time::Instant::now() < deadline,
                "{n} backends of the killed server still open after 60 s"
            );
            tokio::time::sleep(std::time::Duration::from_millis(50)).await;
        }
        c.close().await.expect("close");
    });
}
