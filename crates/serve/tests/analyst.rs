//! The analyst's side of `distillguard serve`: tokens kept in the store (accepted, refused
//! once revoked, kept over a restart), the cluster and account routes against the scan
//! library, overrides changing live decisions on every enforcement point and expiring, the
//! audit log, and all of it over a restart (SQLite, and PostgreSQL).

use std::collections::HashSet;
use std::time::{Duration, Instant};

use dg_serve::auth::token_hash_hex;
use dg_serve::store::TokenRow;
use dg_serve::{Mode, Role, ServeConfig, Server, Store, TokenSpec};
use serde_json::{json, Value};

mod common;
use common::{data, lines, Client};

const INGEST: &str = "test-ingest-token-0123456789";
const DECIDE: &str = "test-decide-token-0123456789";
const ADMIN: &str = "test-admin-token-0123456789";
/// Stored in the database, as `distillguard token create` stores it.
const ALICE: &str = "dg_alice-analyst-token-0123456789";
const BOB: &str = "dg_bob-analyst-token-0123456789";

fn config(store: &std::path::Path) -> ServeConfig {
    let d = data();
    let mut cfg = ServeConfig::new(store);
    cfg.listen = "127.0.0.1:0".parse().expect("addr");
    cfg.policy = Some(d.join("policy.toml"));
    cfg.ip_ranges = Some(d.join("ip_ranges.csv"));
    cfg.releases = Some(d.join("releases.csv"));
    cfg.mode = Mode::Enforce;
    cfg.store_refresh_ms = 100;
    let spec = |name: &str, t: &str, roles: &[Role]| TokenSpec {
        name: name.into(),
        sha256: Some(token_hash_hex(t)),
        file: None,
        roles: roles.to_vec(),
    };
    cfg.tokens = vec![
        spec("shipper", INGEST, &[Role::Ingest]),
        spec("gateway", DECIDE, &[Role::Decide]),
        spec("ops", ADMIN, &[Role::Admin]),
    ];
    cfg
}

fn now_ms() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_millis() as i64)
}

/// Stores a token as `distillguard token create` does.
async fn create_token(store: &Store, name: &str, token: &str, roles: &[&str]) {
    let row = TokenRow {
        name: name.into(),
        sha256: token_hash_hex(token),
        roles: roles.iter().map(|r| r.to_string()).collect(),
        created_at: now_ms(),
        revoked_at: None,
    };
    store.create_token(&row, "cli").await.expect("create token");
}

impl common::Client {
    /// A GET answered 200, as JSON.
    async fn get(&self, path: &str, token: &str) -> Value {
        let (s, b) = self.send("GET", path, Some(token), &[], Vec::new()).await;
        assert_eq!(s, 200, "GET {path}: {b}");
        serde_json::from_str(&b).expect("json")
    }

    async fn post_json(&self, path: &str, token: &str, body: &Value) -> (u16, Value) {
        let (s, b) = self
            .send(
                "POST",
                path,
                Some(token),
                &[("content-type", "application/json")],
                serde_json::to_vec(body).expect("json"),
            )
            .await;
        (s, serde_json::from_str(&b).unwrap_or(Value::String(b)))
    }

    async fn decision(&self, id: &str) -> Value {
        self.get(&format!("/v1/decisions/{id}"), DECIDE).await
    }

    async fn batch(&self, ids: &[String]) -> Vec<Value> {
        let (s, v) = self
            .post_json(
                "/v1/decisions:batch",
                DECIDE,
                &json!({ "account_ids": ids }),
            )
            .await;
        assert_eq!(s, 200, "{v}");
        v["decisions"].as_array().expect("decisions").clone()
    }

    /// The guardrail's action and ext_authz's status for an account.
    async fn enforcement(&self, id: &str) -> (String, u16) {
        let (s, g) = self
            .post_json(
                "/beta/litellm_basic_guardrail_api",
                DECIDE,
                &json!({ "request_data": { "user_api_key_hash": id }, "input_type": "request" }),
            )
            .await;
        assert_eq!(s, 200, "{g}");
        let (status, _) = self
            .send(
                "GET",
                "/ext_authz/v1/chat/completions",
                Some(DECIDE),
                &[("x-distillguard-account", id)],
                Vec::new(),
            )
            .await;
        (g["action"].as_str().expect("action").to_string(), status)
    }
}

/// Polls `f` until it holds, for at most `secs`; how long it took.
async fn within<F, Fut>(secs: u64, mut f: F) -> Duration
where
    F: FnMut() -> Fut,
    Fut: std::future::Future<Output = bool>,
{
    let t0 = Instant::now();
    while !f().await {
        assert!(
            t0.elapsed() < Duration::from_secs(secs),
            "not within {secs} s"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    t0.elapsed()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn analysts_read_clusters_and_override_live_decisions_with_an_audit_trail() {
    let d = data();
    let dir = tempfile::tempdir().expect("store");
    // A token made before the service starts, as `token create` makes it.
    let store = Store::open(None, dir.path()).await.expect("store");
    create_token(&store, "alice", ALICE, &["analyst"]).await;
    store.close().await;

    let server = Server::start(config(dir.path())).await.expect("start");
    let c = Client::new(&server);
    let events = lines(&d.join("events.jsonl"));
    c.post_lines("/v1/accounts", &lines(&d.join("accounts.jsonl")), INGEST)
        .await;
    c.post_lines("/v1/events", &events, INGEST).await;

    // The clusters are those of the scan library over the same folded events, in its order.
    let folded = c.get("/v1/status", ADMIN).await["events_folded"]
        .as_u64()
        .expect("folded");
    let scratch = tempfile::tempdir().expect("scratch");
    let file = scratch.path().join("events.jsonl");
    std::fs::write(&file, events.join("\n") + "\n").expect("write");
    let lib: Vec<Value> = tokio::task::spawn_blocking(move || {
        let s = common::library_scanner(&file, folded);
        s.current_clusters()
            .into_iter()
            .map(|c| serde_json::to_value(c).expect("cluster"))
            .collect()
    })
    .await
    .expect("library");
    assert!(lib.len() >= 3, "the day has clusters: {}", lib.len());
    let list = c.get("/v1/clusters?limit=1000", ALICE).await;
    assert_eq!(list["total"].as_u64(), Some(lib.len() as u64));
    assert!(list["next_offset"].is_null());
    let listed = list["clusters"].as_array().expect("clusters");
    for (got, want) in listed.iter().zip(&lib) {
        assert_eq!(got["cluster_id"], want["cluster_id"]);
        assert_eq!(got["score"], want["score"]);
        assert_eq!(got["decision"], want["decision"]);
        assert_eq!(
            got["size"].as_u64(),
            want["accounts"].as_array().map(|a| a.len() as u64)
        );
    }
    let page = c.get("/v1/clusters?limit=2&offset=1", ALICE).await;
    assert_eq!(page["clusters"][0]["cluster_id"], lib[1]["cluster_id"]);
    assert_eq!(page["clusters"][1]["cluster_id"], lib[2]["cluster_id"]);
    assert_eq!(page["next_offset"].as_u64(), Some(3));
    let top = lib[0]["cluster_id"].as_str().expect("id").to_string();
    let want_decision = lib[0]["decision"].as_str().expect("tier").to_string();
    let only = c
        .get(&format!("/v1/clusters?decision={want_decision}"), ALICE)
        .await;
    assert!(only["clusters"]
        .as_array()
        .expect("clusters")
        .iter()
        .all(|x| x["decision"] == want_decision.as_str()));

    let cl = c.get(&format!("/v1/clusters/{top}"), ALICE).await;
    for k in [
        "cluster_id",
        "accounts",
        "score",
        "decision",
        "links",
        "capabilities",
        "first_seen",
        "last_seen",
        "requests",
    ] {
        assert_eq!(cl[k], lib[0][k], "cluster field {k}");
    }
    let members: Vec<String> = cl["accounts"]
        .as_array()
        .expect("accounts")
        .iter()
        .map(|a| a.as_str().expect("id").to_string())
        .collect();
    assert_eq!(cl["members"].as_array().map(Vec::len), Some(members.len()));
    assert!(!cl["links"].as_array().expect("links").is_empty());
    assert!(!cl["reasons"].as_array().expect("reasons").is_empty());
    let (s, _) = c
        .send("GET", "/v1/clusters/cl_nope", Some(ALICE), &[], Vec::new())
        .await;
    assert_eq!(s, 404);

    // An account: its decision as the decision route gives it, the explanation, its cluster's
    // evidence, and the same policy_version everywhere.
    let m0 = members[0].clone();
    let acct = c.get(&format!("/v1/accounts/{m0}"), ALICE).await;
    let dec = c.decision(&m0).await;
    for k in ["decision", "score", "cluster_id", "policy_version"] {
        assert_eq!(acct[k], dec[k], "account field {k}");
    }
    // The same reasons; the account route adds the sample request ids behind them.
    let mut reasons = acct["reasons"].clone();
    for r in reasons.as_array_mut().expect("reasons") {
        r.as_object_mut().expect("reason").remove("evidence");
    }
    assert_eq!(reasons, dec["reasons"]);
    assert_eq!(acct["cluster"]["cluster_id"], top.as_str());
    assert_eq!(acct["cluster"]["links"], lib[0]["links"]);
    assert!(acct["explain"]["logit"].is_number(), "{acct}");
    let pv = dec["policy_version"].as_str().expect("policy_version");
    assert!(pv.starts_with("pv-") && pv.len() == 15, "{pv}");
    let batch = c.batch(&members).await;
    assert!(batch.iter().all(|x| x["policy_version"] == pv));
    assert_eq!(c.get("/v1/status", ADMIN).await["policy_version"], pv);

    // An override on an allowed account blocks it at once on every route, then expires.
    let all_ids: Vec<String> = common::account_ids();
    let before = c.batch(&all_ids[..all_ids.len().min(2_000)]).await;
    let allowed = before
        .iter()
        .find(|x| x["decision"] == "allow" && x["cluster_id"].is_null())
        .and_then(|x| x["account_id"].as_str())
        .expect("an allowed account")
        .to_string();
    assert_eq!(c.enforcement(&allowed).await, ("NONE".into(), 200));
    let expires = chrono::Utc::now() + chrono::Duration::seconds(3);
    let (s, ov) = c
        .post_json(
            "/v1/overrides",
            ALICE,
            &json!({
                "target": "account",
                "id": allowed,
                "action": "block",
                "reason": "confirmed reseller of our answers",
                "expires_at": expires.to_rfc3339(),
            }),
        )
        .await;
    assert_eq!(s, 201, "{ov}");
    assert_eq!(ov["created_by"], "alice");
    assert_eq!(ov["state"], "active");
    let first_id = ov["id"].as_i64().expect("id");
    let got = c.decision(&allowed).await;
    assert_eq!(got["decision"], "block", "{got}");
    assert_eq!(got["detector_decision"], "allow");
    assert_eq!(got["override"]["id"].as_i64(), Some(first_id));
    assert_eq!(got["reasons"][0]["code"], "analyst_override");
    let detail = got["reasons"][0]["detail"].as_str().expect("detail");
    assert!(
        detail.contains(&format!("override {first_id}")) && detail.contains("alice"),
        "{detail}"
    );
    assert!(
        !detail.contains("reseller"),
        "the analyst's words stay off the decision routes"
    );
    assert_eq!(c.enforcement(&allowed).await, ("BLOCKED".into(), 403));
    // It ends by itself.
    within(10, || async {
        c.decision(&allowed).await["decision"] == "allow"
    })
    .await;
    let got = c.decision(&allowed).await;
    assert!(got["override"].is_null() && got["detector_decision"].is_null());
    assert_eq!(c.enforcement(&allowed).await, ("NONE".into(), 200));

    // A cluster override applies to every current member; an account's own override wins.
    let (s, ov) = c
        .post_json(
            "/v1/overrides",
            ALICE,
            &json!({"target": "cluster", "id": top, "action": "allow", "reason": "a research partner"}),
        )
        .await;
    assert_eq!(s, 201, "{ov}");
    let cluster_ov = ov["id"].as_i64().expect("id");
    let m1 = members[1].clone();
    let (s, ov) = c
        .post_json(
            "/v1/overrides",
            ALICE,
            &json!({"target": "account", "id": m1, "action": "throttle", "reason": "slow this one"}),
        )
        .await;
    assert_eq!(s, 201, "{ov}");
    let m1_ov = ov["id"].as_i64().expect("id");
    for x in c.batch(&members).await {
        let want = if x["account_id"] == m1.as_str() {
            "throttle"
        } else {
            "allow"
        };
        assert_eq!(x["decision"], want, "{x}");
        assert!(x["reasons"][0]["code"] == "analyst_override");
    }
    let cl = c.get(&format!("/v1/clusters/{top}"), ALICE).await;
    assert_eq!(cl["decision"], "allow");
    assert_eq!(cl["detector_decision"], lib[0]["decision"]);
    assert_eq!(cl["override"]["id"].as_i64(), Some(cluster_ov));
    let acct = c.get(&format!("/v1/accounts/{m1}"), ALICE).await;
    let ids: Vec<i64> = acct["overrides"]
        .as_array()
        .expect("overrides")
        .iter()
        .filter_map(|o| o["id"].as_i64())
        .collect();
    assert_eq!(ids, vec![m1_ov, cluster_ov], "the deciding one first");

    // Withdrawing is audited, not a deletion; the members return to the detector's decisions.
    let path = format!("/v1/overrides/{cluster_ov}?reason=partner%20left");
    let (s, b) = c.send("DELETE", &path, Some(ALICE), &[], Vec::new()).await;
    assert_eq!(s, 200, "{b}");
    let v: Value = serde_json::from_str(&b).expect("json");
    assert_eq!(
        (v["state"].as_str(), v["revoked_by"].as_str()),
        (Some("revoked"), Some("alice"))
    );
    assert_eq!(
        c.send("DELETE", &path, Some(ALICE), &[], Vec::new())
            .await
            .0,
        409
    );
    assert_eq!(
        c.send(
            "DELETE",
            "/v1/overrides/99999",
            Some(ALICE),
            &[],
            Vec::new()
        )
        .await
        .0,
        404
    );
    let undone = c.batch(&members).await;
    let detector = batch;
    for (x, y) in undone.iter().zip(&detector) {
        if x["account_id"] != m1.as_str() {
            assert_eq!(x["decision"], y["decision"]);
            assert_eq!(x["reasons"], y["reasons"]);
        }
    }
    let active = c.get("/v1/overrides", ALICE).await;
    let active: Vec<i64> = active["overrides"]
        .as_array()
        .expect("list")
        .iter()
        .filter_map(|o| o["id"].as_i64())
        .collect();
    assert_eq!(active, vec![m1_ov]);
    let every = c.get("/v1/overrides?state=all", ALICE).await;
    let states: Vec<&str> = every["overrides"]
        .as_array()
        .expect("list")
        .iter()
        .filter_map(|o| o["state"].as_str())
        .collect();
    assert_eq!(states, vec!["expired", "revoked", "active"]);

    // Refused overrides.
    let bad = [
        json!({"target": "account", "id": "a", "action": "ban", "reason": "x"}),
        json!({"target": "team", "id": "a", "action": "block", "reason": "x"}),
        json!({"target": "account", "id": "a", "action": "block", "reason": "  "}),
        json!({"target": "account", "id": "a", "action": "block", "reason": "x", "expires_at": "2001-01-01T00:00:00Z"}),
        json!({"target": "account", "id": "a", "action": "block", "reason": "x", "expires_at": "tomorrow"}),
        json!({"target": "account", "id": "", "action": "block", "reason": "x"}),
        json!({"target": "account", "id": "a", "action": "block", "reason": "x".repeat(2_001)}),
    ];
    for b in &bad {
        let (s, v) = c.post_json("/v1/overrides", ALICE, b).await;
        assert_eq!(s, 400, "{b}: {v}");
    }
    let (s, _) = c
        .post_json(
            "/v1/overrides",
            ALICE,
            &json!({"target": "account", "id": "a", "action": "block", "reason": "x", "by": "mallory"}),
        )
        .await;
    assert_eq!(
        s, 422,
        "unknown fields are refused (who is the token, never the body)"
    );
    let (s, _) = c
        .post_json(
            "/v1/overrides",
            ALICE,
            &json!({"target": "cluster", "id": "cl_nope", "action": "block", "reason": "x"}),
        )
        .await;
    assert_eq!(s, 404);
    let (s, _) = c
        .post_json(
            "/v1/overrides",
            ALICE,
            &json!({"target": "account", "id": "a", "action": "block", "reason": "x".repeat(20_000)}),
        )
        .await;
    assert_eq!(s, 413);

    // The audit log: who, when, what and why, oldest first, paged.
    let audit = c.get("/v1/audit", ALICE).await;
    let entries = audit["entries"].as_array().expect("entries");
    let seen: Vec<(&str, &str, &str)> = entries
        .iter()
        .map(|e| {
            (
                e["actor"].as_str().expect("actor"),
                e["action"].as_str().expect("action"),
                e["subject"].as_str().expect("subject"),
            )
        })
        .collect();
    let (o1, o2, o3) = (
        format!("override:{first_id}"),
        format!("override:{cluster_ov}"),
        format!("override:{m1_ov}"),
    );
    assert_eq!(
        seen,
        vec![
            ("cli", "token.create", "token:alice"),
            ("alice", "override.create", o1.as_str()),
            ("alice", "override.create", o2.as_str()),
            ("alice", "override.create", o3.as_str()),
            ("alice", "override.revoke", o2.as_str()),
        ]
    );
    assert_eq!(
        entries[1]["detail"]["reason"],
        "confirmed reseller of our answers"
    );
    assert_eq!(entries[1]["detail"]["action"], "block");
    assert!(entries[1]["detail"]["expires_at"].is_string());
    assert_eq!(entries[4]["detail"]["reason"], "partner left");
    assert!(entries.iter().all(|e| e["at"].as_str().is_some()));
    let p1 = c.get("/v1/audit?limit=2", ALICE).await;
    assert_eq!(p1["entries"].as_array().map(Vec::len), Some(2));
    let after = p1["next_after"].as_i64().expect("next_after");
    let p2 = c.get(&format!("/v1/audit?after={after}"), ALICE).await;
    assert_eq!(p2["entries"][0]["seq"], entries[2]["seq"]);

    // A token stored while the service runs is accepted, and refused once revoked, without a
    // restart (the service re-reads the store every store_refresh_ms, 100 ms here).
    let second = Store::open(None, dir.path()).await.expect("store");
    create_token(&second, "bob", BOB, &["analyst"]).await;
    let took = within(5, || async {
        c.send("GET", "/v1/audit", Some(BOB), &[], Vec::new())
            .await
            .0
            == 200
    })
    .await;
    assert!(took < Duration::from_secs(2), "{took:?}");
    assert_eq!(
        c.send("GET", "/v1/status", Some(BOB), &[], Vec::new())
            .await
            .0,
        403,
        "an analyst is not an admin"
    );
    assert!(second
        .revoke_token("bob", now_ms(), "cli")
        .await
        .expect("revoke"));
    let took = within(5, || async {
        c.send("GET", "/v1/audit", Some(BOB), &[], Vec::new())
            .await
            .0
            == 401
    })
    .await;
    assert!(took < Duration::from_secs(2), "{took:?}");
    assert!(
        !second
            .revoke_token("bob", now_ms(), "cli")
            .await
            .expect("revoke"),
        "revoked already"
    );
    second.close().await;
    let audit_len = c.get("/v1/audit?limit=1000", ALICE).await["entries"]
        .as_array()
        .map(Vec::len);
    assert_eq!(
        audit_len,
        Some(7),
        "and token.create and token.revoke for bob"
    );
    // The gauge counts the one override in force (the expired one left at a re-read).
    within(5, || async {
        let (_, text) = c
            .send("GET", "/metrics", Some(ADMIN), &[], Vec::new())
            .await;
        text.contains("distillguard_overrides_in_force 1\n")
    })
    .await;
    server.stop().await.expect("stop");

    // After a restart: the override still decides, alice's token works, bob's does not.
    let server = Server::start(config(dir.path())).await.expect("restart");
    let c = Client::new(&server);
    let got = c.decision(&m1).await;
    assert_eq!(got["decision"], "throttle");
    assert_eq!(got["override"]["id"].as_i64(), Some(m1_ov));
    assert_eq!(c.decision(&allowed).await["decision"], "allow");
    let audit = c.get("/v1/audit?limit=1000", ALICE).await;
    assert_eq!(audit["entries"].as_array().map(Vec::len), audit_len);
    assert_eq!(
        c.send("GET", "/v1/audit", Some(BOB), &[], Vec::new())
            .await
            .0,
        401
    );
    server.stop().await.expect("stop");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn postgres_keeps_tokens_overrides_and_the_audit_log_over_a_restart() {
    let mut pg = common::PgSchema::create("dg_analyst_test").await;
    let unused = tempfile::tempdir().expect("data dir");
    let mut cfg = config(unused.path());
    cfg.database_url = Some(pg.url.clone());
    let pg_url = pg.url.clone();
    let run = tokio::spawn(async move {
        let store = Store::open(cfg.database_url.as_deref(), unused.path())
            .await
            .expect("store");
        create_token(&store, "alice", ALICE, &["analyst"]).await;
        store.close().await;
        let server = Server::start(cfg.clone()).await.expect("start");
        let c = Client::new(&server);
        let (s, ov) = c
            .post_json(
                "/v1/overrides",
                ALICE,
                &json!({"target": "account", "id": "acct-pg", "action": "block", "reason": "seen elsewhere"}),
            )
            .await;
        assert_eq!(s, 201, "{ov}");
        assert_eq!(c.decision("acct-pg").await["decision"], "block");
        // The account route's sample requests read the log by number in PostgreSQL too.
        let d = data();
        let events = lines(&d.join("events.jsonl"));
        c.post_lines("/v1/accounts", &lines(&d.join("accounts.jsonl")), INGEST)
            .await;
        c.post_lines("/v1/events", &events[..6_000], INGEST).await;
        let ids = common::account_ids();
        let request_level = ["cot_elicitation", "distill_tasks", "templated_harvest", "harvest_volume"];
        let with = c
            .batch(&ids)
            .await
            .into_iter()
            .find(|x| {
                x["reasons"].as_array().is_some_and(|rs| {
                    rs.iter().any(|r| request_level.iter().any(|c| r["code"] == *c))
                })
            })
            .expect("an account with a request-level reason");
        let id = with["account_id"].as_str().expect("id");
        let acct = c.get(&format!("/v1/accounts/{id}"), ALICE).await;
        assert!(acct["evidence_read"]["events"].as_u64() > Some(0), "{acct}");
        assert!(
            acct["reasons"]
                .as_array()
                .expect("reasons")
                .iter()
                .any(|r| r["evidence"].as_array().is_some_and(|e| !e.is_empty())),
            "{acct}"
        );
        server.stop().await.expect("stop");
        let server = Server::start(cfg).await.expect("restart");
        let c = Client::new(&server);
        let got = c.decision("acct-pg").await;
        assert_eq!(got["decision"], "block", "{got}");
        assert_eq!(got["override"]["id"], ov["id"]);
        let audit = c.get("/v1/audit", ALICE).await;
        let actions: Vec<&str> = audit["entries"]
            .as_array()
            .expect("entries")
            .iter()
            .filter_map(|e| e["action"].as_str())
            .collect();
        assert_eq!(actions, vec!["token.create", "override.create"]);
        // Alerts are stored once per condition in PostgreSQL too (account or none).
        let store = Store::open(Some(&pg_url), std::path::Path::new("unused"))
            .await
            .expect("store");
        for (account, stored) in [(Some("acct-pg"), true), (None, true), (Some("acct-pg"), false)] {
            let row = dg_serve::store::AlertRow {
                seq: 0,
                at: now_ms(),
                kind: "block_listed_cluster_grew".into(),
                dedupe_key: format!("test:{account:?}"),
                override_id: 1,
                cluster_id: "cl_pg".into(),
                account_id: account.map(str::to_string),
                as_of: None,
                detail: "{}".into(),
            };
            assert_eq!(store.insert_alert(&row).await.expect("insert"), stored);
        }
        store.close().await;
        let alerts = c.get("/v1/alerts", ALICE).await;
        let got: Vec<(&str, &Value)> = alerts["alerts"]
            .as_array()
            .expect("alerts")
            .iter()
            .map(|a| (a["cluster_id"].as_str().unwrap_or(""), &a["account_id"]))
            .collect();
        assert_eq!(got, vec![("cl_pg", &json!("acct-pg")), ("cl_pg", &Value::Null)]);
        server.stop().await.expect("stop");
    })
    .await;
    let stored: i64 = sqlx::query_scalar(&format!("SELECT COUNT(*) FROM {}.dg_audit", pg.name))
        .fetch_one(&mut pg.admin)
        .await
        .unwrap_or(0);
    pg.drop().await;
    run.expect("against PostgreSQL");
    assert_eq!(stored, 2, "the audit log went to the test's schema");
}

/// The account route gives the sample request ids behind an account's reasons that a whole
/// `scan` of the same events puts in `accounts.jsonl` (read from the account's stored events,
/// no prompt text), bounded by `[analyst] evidence_max_events`.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_account_route_gives_the_scans_sample_requests() {
    const CAROL: &str = "test-config-analyst-0123456789";
    let d = data();
    let dir = tempfile::tempdir().expect("store");
    let with_analyst = |cap: u64| {
        let mut cfg = config(dir.path());
        cfg.tokens.push(TokenSpec {
            name: "carol".into(),
            sha256: Some(token_hash_hex(CAROL)),
            file: None,
            roles: vec![Role::Analyst],
        });
        cfg.analyst.evidence_scan_rows = cap;
        cfg
    };
    let server = Server::start(with_analyst(20_000)).await.expect("start");
    let c = Client::new(&server);
    let events = lines(&d.join("events.jsonl"));
    c.post_lines("/v1/accounts", &lines(&d.join("accounts.jsonl")), INGEST)
        .await;
    c.post_lines("/v1/events", &events, INGEST).await;

    let file = d.join("events.jsonl");
    let scan = tokio::task::spawn_blocking(move || common::scan_evidence(&file))
        .await
        .expect("scan library");
    assert!(scan.len() >= 10, "the day's flagged accounts have samples");
    // Prompts of the day, to check that none leaves the route.
    let prompts: Vec<String> = events
        .iter()
        .take(200)
        .filter_map(|l| {
            let v: Value = serde_json::from_str(l).ok()?;
            let p = v["prompt"].as_str()?;
            (p.len() >= 24).then(|| p.to_string())
        })
        .collect();
    assert!(!prompts.is_empty());
    let mut compared = 0;
    let mut starts = Vec::new();
    for (account, want) in &scan {
        let (s, body) = c
            .send(
                "GET",
                &format!("/v1/accounts/{account}"),
                Some(CAROL),
                &[],
                Vec::new(),
            )
            .await;
        assert_eq!(s, 200, "{body}");
        assert!(
            prompts.iter().all(|p| !body.contains(p.as_str())),
            "no prompt text"
        );
        let got: Value = serde_json::from_str(&body).expect("json");
        assert!(got["evidence_read"]["events"].as_u64() > Some(0), "{got}");
        assert_eq!(got["evidence_read"]["capped"], false);
        starts.push(got["evidence_read"]["from_seq"].as_i64().expect("from_seq"));
        for r in got["reasons"].as_array().expect("reasons") {
            let ids: Vec<&str> = r["evidence"]
                .as_array()
                .map(|a| a.iter().filter_map(Value::as_str).collect())
                .unwrap_or_default();
            assert!(ids.len() <= 3, "{r}");
            let code = r["code"].as_str().expect("code");
            if let Some((_, scan_ids)) = want.iter().find(|(c, _)| c == code) {
                assert_eq!(ids, *scan_ids, "{account} {code}: the scan's samples");
                compared += 1;
            }
        }
    }
    assert!(compared >= 20, "{compared} reasons compared");
    assert!(
        starts.iter().any(|&s| s > 2_000),
        "the read starts where the account's requests do, not at the log's start"
    );
    // The decision routes stay as they were: no samples there.
    let (account, _) = scan.iter().next().expect("an account");
    let dec = c.decision(account).await;
    assert!(dec["reasons"]
        .as_array()
        .expect("reasons")
        .iter()
        .all(|r| r["evidence"].is_null()));
    server.stop().await.expect("stop");

    // Bounded: reading one row of the log, at most one sample per reason, and it says so.
    let server = Server::start(with_analyst(1)).await.expect("restart");
    let c = Client::new(&server);
    let (account, want) = scan
        .iter()
        .find(|(_, w)| w.iter().any(|(_, ids)| ids.len() == 3))
        .expect("an account with three samples of a reason");
    let got = c.get(&format!("/v1/accounts/{account}"), CAROL).await;
    assert_eq!(got["evidence_read"]["rows"], 1, "{got}");
    assert!(got["evidence_read"]["events"].as_u64() <= Some(1), "{got}");
    assert_eq!(got["evidence_read"]["capped"], true);
    let n: usize = got["reasons"]
        .as_array()
        .expect("reasons")
        .iter()
        .map(|r| r["evidence"].as_array().map_or(0, Vec::len))
        .max()
        .unwrap_or(0);
    assert!(n <= 1, "{want:?}: {got}");
    server.stop().await.expect("stop");
}

/// An allow-list cannot silently shelter a farm member: over the simulated day, an account
/// allow-listed while it is in no cluster, that later joins a flagged cluster, raises an
/// `allow_listed_member` alert; a block-listed farm member's cluster that recruits raises
/// `block_listed_cluster_grew` naming the newcomers; an allow-listed customer raises nothing;
/// alerts are counted in `/metrics` and raised once, also across a restart.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn overrides_raise_alerts_when_their_clusters_change() {
    const CAROL: &str = "test-config-analyst-0123456789";
    let d = data();
    let events = lines(&d.join("events.jsonl"));
    let accounts = lines(&d.join("accounts.jsonl"));
    let chunks: Vec<&[String]> = events.chunks(2_000).collect();
    let cfg = |dir: &std::path::Path| {
        let mut cfg = config(dir);
        cfg.tokens.push(TokenSpec {
            name: "carol".into(),
            sha256: Some(token_hash_hex(CAROL)),
            file: None,
            roles: vec![Role::Analyst],
        });
        cfg
    };
    // Each flagged cluster's members after each chunk (a first run: the detector does not
    // depend on overrides, so a second run over the same requests sees the same clusters).
    type Clusters = Vec<(String, String, Vec<String>)>; // (id, decision, members)
    let mut history: Vec<Clusters> = Vec::new();
    {
        let dir = tempfile::tempdir().expect("store");
        let server = Server::start(cfg(dir.path())).await.expect("start");
        let c = Client::new(&server);
        c.post_lines("/v1/accounts", &accounts, INGEST).await;
        for chunk in &chunks {
            c.post_lines("/v1/events", chunk, INGEST).await;
            let list = c.get("/v1/clusters?limit=1000", CAROL).await;
            let mut now = Clusters::new();
            for cl in list["clusters"].as_array().expect("clusters") {
                let id = cl["cluster_id"].as_str().expect("id").to_string();
                let full = c.get(&format!("/v1/clusters/{id}"), CAROL).await;
                let members = full["accounts"]
                    .as_array()
                    .expect("accounts")
                    .iter()
                    .filter_map(|a| a.as_str().map(str::to_string))
                    .collect();
                now.push((id, cl["decision"].as_str().expect("tier").into(), members));
            }
            history.push(now);
        }
        server.stop().await.expect("stop");
    }
    let flagged = |t: &str| t == "block" || t == "throttle";
    let cluster_of = |k: usize, a: &str| -> Option<&(String, String, Vec<String>)> {
        history[k].iter().find(|(_, _, m)| m.iter().any(|x| x == a))
    };
    let last = history.len() - 1;
    // The chunk after which the overrides are set: a farm member already in a flagged cluster
    // that grows by the end, and an account in no cluster yet that ends in a flagged one.
    let plan = (1..last).find_map(|k| {
        let joiner = history[last]
            .iter()
            .filter(|(_, t, _)| flagged(t))
            .flat_map(|(_, _, m)| m)
            .find(|a| cluster_of(k, a).is_none())?;
        let (blocked, before) =
            history[k]
                .iter()
                .filter(|(_, t, _)| flagged(t))
                .find_map(|(_, _, m)| {
                    let a = m.first()?;
                    let (_, _, end) = cluster_of(last, a)?;
                    let grew = end.iter().any(|x| !m.contains(x));
                    grew.then(|| (a.clone(), m.clone()))
                })?;
        Some((k, joiner.clone(), blocked, before))
    });
    let (k, joiner, blocked, before) = plan.expect("the day has a joiner and a recruiting farm");
    let in_any_cluster: HashSet<&String> =
        history.iter().flatten().flat_map(|(_, _, m)| m).collect();
    let customer = common::account_ids()
        .into_iter()
        .find(|a| !in_any_cluster.contains(a))
        .expect("a customer in no cluster");

    let dir = tempfile::tempdir().expect("store");
    let server = Server::start(cfg(dir.path())).await.expect("start");
    let c = Client::new(&server);
    c.post_lines("/v1/accounts", &accounts, INGEST).await;
    for chunk in &chunks[..=k] {
        c.post_lines("/v1/events", chunk, INGEST).await;
    }
    let set = |id: &str, action: &str| {
        let body = json!({"target": "account", "id": id, "action": action, "reason": "checked"});
        let c = &c;
        async move {
            let (s, v) = c.post_json("/v1/overrides", CAROL, &body).await;
            assert_eq!(s, 201, "{v}");
            v["id"].as_i64().expect("id")
        }
    };
    let o_joiner = set(&joiner, "allow").await;
    let o_blocked = set(&blocked, "block").await;
    let o_customer = set(&customer, "allow").await;
    assert!(
        c.get("/v1/alerts", CAROL).await["alerts"]
            .as_array()
            .expect("alerts")
            .is_empty(),
        "nothing has changed yet"
    );
    for chunk in &chunks[k + 1..] {
        c.post_lines("/v1/events", chunk, INGEST).await;
    }
    // The alerts are stored before the ingest request whose re-link raised them is answered.
    let got = c.get("/v1/alerts?limit=1000", CAROL).await;
    let alerts = got["alerts"].as_array().expect("alerts").clone();
    let of = |o: i64, kind: &str| -> Vec<Value> {
        alerts
            .iter()
            .filter(|a| a["override_id"].as_i64() == Some(o) && a["kind"] == kind)
            .cloned()
            .collect()
    };
    let sheltered = of(o_joiner, "allow_listed_member");
    assert!(!sheltered.is_empty(), "{alerts:?}");
    let later: HashSet<&String> = history[k + 1..]
        .iter()
        .flatten()
        .filter(|(_, t, m)| flagged(t) && m.contains(&joiner))
        .map(|(id, _, _)| id)
        .collect();
    for a in &sheltered {
        assert_eq!(a["account_id"], joiner.as_str());
        assert!(
            later.contains(&a["cluster_id"].as_str().expect("id").to_string()),
            "{a}"
        );
        assert_eq!(a["detail"]["override_action"], "allow");
    }
    let grew = of(o_blocked, "block_listed_cluster_grew");
    assert!(!grew.is_empty(), "{alerts:?}");
    let named: HashSet<String> = grew
        .iter()
        .flat_map(|a| {
            a["detail"]["new_members"]
                .as_array()
                .expect("members")
                .clone()
        })
        .filter_map(|m| m.as_str().map(str::to_string))
        .collect();
    let (_, _, end) = cluster_of(last, &blocked).expect("the farm's cluster at the end");
    for m in end.iter().filter(|m| !before.contains(m)) {
        assert!(
            named.contains(m),
            "{m} joined the block-listed farm unreported"
        );
    }
    // Only newcomers are named: members of the farm's cluster after the override was set, none
    // of those it had then (a periodic re-link may lose sight of the farm and find it again).
    let farm_later: HashSet<&String> = (k + 1..=last)
        .filter_map(|j| cluster_of(j, &blocked))
        .flat_map(|(_, _, m)| m)
        .collect();
    for m in &named {
        assert!(!before.contains(m) && farm_later.contains(m), "{m}");
    }
    assert!(
        alerts
            .iter()
            .all(|a| a["override_id"].as_i64() != Some(o_customer)),
        "an allow-listed customer raises nothing"
    );
    let (_, metrics) = c
        .send("GET", "/metrics", Some(ADMIN), &[], Vec::new())
        .await;
    let count = |kind: &str| alerts.iter().filter(|a| a["kind"] == kind).count();
    for kind in ["allow_listed_member", "block_listed_cluster_grew"] {
        let line = format!(
            "distillguard_alerts_total{{kind=\"{kind}\"}} {}\n",
            count(kind)
        );
        assert!(metrics.contains(&line), "{line} in {metrics}");
    }
    server.stop().await.expect("stop");

    // A restart checks again at start: the standing conditions raise nothing new.
    let server = Server::start(cfg(dir.path())).await.expect("restart");
    let c = Client::new(&server);
    let again = c.get("/v1/alerts?limit=1000", CAROL).await;
    assert_eq!(again["alerts"].as_array().map(Vec::len), Some(alerts.len()));
    let page = c.get("/v1/alerts?limit=1", CAROL).await;
    assert_eq!(page["alerts"][0]["seq"], alerts[0]["seq"]);
    let after = page["next_after"].as_i64().expect("next_after");
    let rest = c
        .get(&format!("/v1/alerts?after={after}&limit=1000"), CAROL)
        .await;
    assert_eq!(
        rest["alerts"].as_array().map(Vec::len),
        Some(alerts.len() - 1)
    );
    server.stop().await.expect("stop");
}
