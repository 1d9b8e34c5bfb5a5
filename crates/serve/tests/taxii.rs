//! The TAXII 2.1 server on both stores: tokens and roles on every route, a posted envelope
//! answered by a status resource (bad objects listed as failures), paging with `limit` and
//! `next` that neither skips nor repeats, versions, filters, and the campaigns collection
//! exported from ingested traffic.

use std::path::Path;

use dg_serve::auth::token_hash_hex;
use dg_serve::{Role, ServeConfig, Server, TokenSpec};
use serde_json::{json, Value};

mod common;
use common::{data, lines};

const READER: &str = "taxii-reader-token-0123456789";
const WRITER: &str = "taxii-writer-token-0123456789";
const INGEST: &str = "taxii-ingest-token-0123456789";
const MEDIA: &str = "application/taxii+json;version=2.1";
const INBOX: &str = "9b0e4d7f-2a1c-4e58-b3f6-7c8d5e9a1f22";
const CAMPAIGNS: &str = "5a6c1b2e-8f3d-4c7a-9e41-0d2b7f6a3c11";

fn config(store_dir: &Path) -> ServeConfig {
    let d = data();
    let mut cfg = ServeConfig::new(store_dir);
    cfg.listen = "127.0.0.1:0".parse().expect("addr");
    cfg.policy = Some(d.join("policy.toml"));
    cfg.ip_ranges = Some(d.join("ip_ranges.csv"));
    cfg.releases = Some(d.join("releases.csv"));
    let token = |name: &str, t: &str, roles: Vec<Role>| TokenSpec {
        name: name.into(),
        sha256: Some(token_hash_hex(t)),
        file: None,
        roles,
    };
    cfg.tokens = vec![
        token("reader", READER, vec![Role::IntelRead]),
        token("writer", WRITER, vec![Role::IntelRead, Role::IntelWrite]),
        token("shipper", INGEST, vec![Role::Ingest]),
    ];
    cfg.taxii.page_size = 2;
    cfg
}

struct Taxii {
    http: reqwest::Client,
    base: String,
}

impl Taxii {
    async fn get(
        &self,
        path: &str,
        user: Option<&str>,
    ) -> (u16, reqwest::header::HeaderMap, Value) {
        let mut rb = self
            .http
            .get(format!("{}{path}", self.base))
            .header("accept", MEDIA);
        if let Some(t) = user {
            rb = rb.basic_auth("partner", Some(t));
        }
        let resp = rb.send().await.expect("get");
        let status = resp.status().as_u16();
        let headers = resp.headers().clone();
        let text = resp.text().await.expect("body");
        (
            status,
            headers,
            serde_json::from_str(&text).unwrap_or(Value::String(text)),
        )
    }

    async fn post(&self, path: &str, token: &str, media: &str, body: &Value) -> (u16, Value) {
        let resp = self
            .http
            .post(format!("{}{path}", self.base))
            .bearer_auth(token)
            .header("content-type", media)
            .body(body.to_string())
            .send()
            .await
            .expect("post");
        let status = resp.status().as_u16();
        let text = resp.text().await.expect("body");
        (
            status,
            serde_json::from_str(&text).unwrap_or(Value::String(text)),
        )
    }
}

fn indicator(n: u32, modified: &str) -> Value {
    json!({
        "type": "indicator",
        "spec_version": "2.1",
        "id": format!("indicator--00000000-0000-4000-8000-{n:012}"),
        "created": "2026-03-01T00:00:00Z",
        "modified": modified,
        "pattern": format!("[ipv4-addr:value = '203.0.113.{n}']"),
        "pattern_type": "stix",
        "valid_from": "2026-03-01T00:00:00Z",
    })
}

async fn exercise(cfg: ServeConfig) {
    let server = Server::start(cfg).await.expect("start");
    let t = Taxii {
        http: reqwest::Client::new(),
        base: format!("http://{}", server.addr()),
    };
    let objects = format!("/taxii2/api/collections/{INBOX}/objects/");

    // Auth on every route; roles decide what a token sees and may do.
    for path in [
        "/taxii2/",
        "/taxii2/api/",
        "/taxii2/api/collections/",
        objects.as_str(),
    ] {
        assert_eq!(t.get(path, None).await.0, 401, "{path}");
        assert_eq!(t.get(path, Some("not a token")).await.0, 401, "{path}");
    }
    assert_eq!(t.get("/taxii2/", Some(INGEST)).await.0, 403);
    // Every TAXII operation of the generated OpenAPI document is served (so it asks for a
    // token: 401, where a path the router lacks would be 404 or 405).
    let doc: Value = t
        .http
        .get(format!("{}/openapi.json", t.base))
        .send()
        .await
        .expect("send")
        .json()
        .await
        .expect("openapi.json");
    let mut documented = 0;
    for (path, item) in doc["paths"].as_object().expect("paths") {
        if !path.starts_with("/taxii2/") {
            continue;
        }
        let url = path
            .replace("{cid}", INBOX)
            .replace("{oid}", "indicator--00000000-0000-4000-8000-000000000001")
            .replace("{sid}", "00000000-0000-4000-8000-000000000002");
        for method in item.as_object().expect("path item").keys() {
            let m = reqwest::Method::from_bytes(method.to_uppercase().as_bytes()).expect("method");
            let s = t
                .http
                .request(m, format!("{}{url}", t.base))
                .send()
                .await
                .expect("send")
                .status();
            assert_eq!(s.as_u16(), 401, "{method} {path}");
            documented += 1;
        }
    }
    assert_eq!(documented, 10);
    let (s, h, d) = t.get("/taxii2/", Some(READER)).await;
    assert_eq!(s, 200);
    assert_eq!(h["content-type"], MEDIA);
    assert_eq!(d["api_roots"], json!(["/taxii2/api/"]));
    let (_, _, c) = t.get("/taxii2/api/collections/", Some(READER)).await;
    let inbox = c["collections"]
        .as_array()
        .expect("collections")
        .iter()
        .find(|c| c["id"] == INBOX)
        .expect("inbox listed");
    assert_eq!(
        (inbox["can_read"].clone(), inbox["can_write"].clone()),
        (json!(true), json!(false))
    );
    let bundle = json!({"type": "bundle", "id": "bundle--00000000-0000-4000-8000-000000000000",
        "objects": [indicator(1, "2026-03-01T00:00:00Z")]});
    assert_eq!(t.post(&objects, READER, MEDIA, &bundle).await.0, 403);
    assert_eq!(
        t.post(&objects, WRITER, "application/json", &bundle)
            .await
            .0,
        415
    );
    let camp = format!("/taxii2/api/collections/{CAMPAIGNS}/objects/");
    assert_eq!(t.post(&camp, WRITER, MEDIA, &bundle).await.0, 403);

    // A bundle as STIX, then an envelope with a new version, a duplicate and two bad objects.
    let (s, st) = t
        .post(
            &objects,
            WRITER,
            "application/stix+json;version=2.1",
            &bundle,
        )
        .await;
    assert_eq!(s, 202, "{st}");
    assert_eq!(
        (st["status"].as_str(), st["success_count"].as_u64()),
        (Some("complete"), Some(1))
    );
    let mut bad = indicator(9, "2026-03-01T00:00:00Z");
    bad["spec_version"] = json!("2.0");
    let envelope = json!({"objects": [
        indicator(1, "2026-03-01T00:00:00Z"),
        indicator(1, "2026-03-02T00:00:00Z"),
        indicator(2, "2026-03-01T00:00:00Z"),
        indicator(3, "2026-03-01T00:00:00Z"),
        indicator(4, "2026-03-01T00:00:00Z"),
        bad,
        {"type": "indicator", "id": "nope"},
    ]});
    let (s, st) = t.post(&objects, WRITER, MEDIA, &envelope).await;
    assert_eq!(s, 202);
    assert_eq!(st["success_count"], 5);
    assert_eq!(st["failure_count"], 2);
    assert_eq!(st["successes"][0]["message"], "already present");
    assert!(st["failures"][0]["message"]
        .as_str()
        .expect("why")
        .contains("2.1"));
    let sid = st["id"].as_str().expect("status id");
    let (s, _, again) = t
        .get(&format!("/taxii2/api/status/{sid}/"), Some(WRITER))
        .await;
    assert_eq!((s, again), (200, st.clone()));

    // Pages of 2 (the configured default), following `next`, newest versions only.
    let mut seen = Vec::new();
    let mut next: Option<String> = None;
    let mut pages = 0;
    loop {
        let q = next
            .as_ref()
            .map_or(String::new(), |n| format!("?next={n}"));
        let (s, h, env) = t.get(&format!("{objects}{q}"), Some(READER)).await;
        assert_eq!(s, 200);
        assert!(h.contains_key("x-taxii-date-added-first"));
        pages += 1;
        for o in env["objects"].as_array().expect("objects") {
            seen.push((
                o["id"].as_str().expect("id").to_string(),
                o["modified"].clone(),
            ));
        }
        if env["more"] != true {
            break;
        }
        next = Some(env["next"].as_str().expect("next").to_string());
    }
    assert_eq!(pages, 2);
    assert_eq!(seen.len(), 4, "{seen:?}");
    let ids: std::collections::BTreeSet<_> = seen.iter().map(|(i, _)| i.clone()).collect();
    assert_eq!(ids.len(), 4, "no object twice");
    let one = "indicator--00000000-0000-4000-8000-000000000001";
    assert!(seen.contains(&(one.to_string(), json!("2026-03-02T00:00:00Z"))));

    // Filters, versions, the manifest.
    let (_, _, all) = t
        .get(
            &format!("{objects}?match[id]={one}&match[version]=all&limit=10"),
            Some(READER),
        )
        .await;
    assert_eq!(all["objects"].as_array().expect("objects").len(), 2);
    let (_, _, first) = t
        .get(
            &format!("{objects}{one}/?match[version]=first"),
            Some(READER),
        )
        .await;
    assert_eq!(first["objects"][0]["modified"], "2026-03-01T00:00:00Z");
    let (_, _, v) = t
        .get(&format!("{objects}{one}/versions/"), Some(READER))
        .await;
    assert_eq!(
        v["versions"],
        json!(["2026-03-01T00:00:00Z", "2026-03-02T00:00:00Z"])
    );
    let (s, _, none) = t
        .get(&format!("{objects}?match[type]=campaign"), Some(READER))
        .await;
    assert_eq!((s, none.get("objects")), (200, None));
    let (_, h, m) = t
        .get(
            &format!("/taxii2/api/collections/{INBOX}/manifest/?limit=10"),
            Some(READER),
        )
        .await;
    let last = h["x-taxii-date-added-last"]
        .to_str()
        .expect("header")
        .to_string();
    assert_eq!(m["objects"].as_array().expect("manifest").len(), 4);
    let (_, _, after) = t
        .get(&format!("{objects}?added_after={last}"), Some(READER))
        .await;
    assert_eq!(after.get("objects"), None, "nothing after the newest");
    assert_eq!(
        t.get(&format!("{objects}?limit=0"), Some(READER)).await.0,
        400
    );
    assert_eq!(
        t.get(&format!("{objects}?added_after=soon"), Some(READER))
            .await
            .0,
        400
    );
    let (s, _, _) = t
        .get(
            &format!("{objects}indicator--00000000-0000-4000-8000-000000000099/"),
            Some(READER),
        )
        .await;
    assert_eq!(s, 404);

    // The campaigns collection: exported from ingested traffic, with markings and keyed ids.
    let d = data();
    let http = reqwest::Client::new();
    for (path, file) in [
        ("/v1/accounts", "accounts.jsonl"),
        ("/v1/events", "events.jsonl"),
    ] {
        let body = lines(&d.join(file)).join("\n");
        let r = http
            .post(format!("{}{path}", t.base))
            .bearer_auth(INGEST)
            .body(body)
            .send()
            .await
            .expect("ingest");
        assert_eq!(r.status().as_u16(), 202);
    }
    let (s, _, env) = t
        .get(
            &format!("{camp}?match[type]=campaign&limit=100"),
            Some(READER),
        )
        .await;
    assert_eq!(s, 200, "{env}");
    let campaigns = env["objects"].as_array().expect("campaigns exported");
    assert!(!campaigns.is_empty());
    for c in campaigns {
        assert!(c["name"]
            .as_str()
            .expect("name")
            .starts_with("distillguard campaign "));
        assert_eq!(
            c["object_marking_refs"][0],
            "marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421"
        );
    }
    // A second read exports nothing new.
    let (_, h1, _) = t
        .get(
            &format!("/taxii2/api/collections/{CAMPAIGNS}/manifest/?limit=1000"),
            Some(READER),
        )
        .await;
    let (_, h2, _) = t
        .get(
            &format!("/taxii2/api/collections/{CAMPAIGNS}/manifest/?limit=1000"),
            Some(READER),
        )
        .await;
    assert_eq!(h1["x-taxii-date-added-last"], h2["x-taxii-date-added-last"]);

    server.stop().await.expect("stop");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn taxii_on_sqlite() {
    let store = tempfile::tempdir().expect("store");
    exercise(config(store.path())).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn taxii_on_postgres() {
    let mut pg = common::PgSchema::create("dg_taxii_test").await;
    let store = tempfile::tempdir().expect("unused data dir");
    let mut cfg = config(store.path());
    cfg.database_url = Some(pg.url.clone());
    let result = tokio::spawn(exercise(cfg)).await;
    let stored: i64 = sqlx::query_scalar(&format!(
        "SELECT COUNT(*) FROM {}.dg_taxii_objects",
        pg.name
    ))
    .fetch_one(&mut pg.admin)
    .await
    .unwrap_or(0);
    pg.drop().await;
    result.expect("the PostgreSQL run passes");
    assert!(stored > 5, "the objects went to the test's schema");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_scheduled_pull_copies_a_partner_collection_and_keeps_its_bookmark() {
    // The partner: a distillguard serve with objects in its inbox.
    let a_store = tempfile::tempdir().expect("store");
    let partner = Server::start(config(a_store.path())).await.expect("start");
    let t = Taxii {
        http: reqwest::Client::new(),
        base: format!("http://{}", partner.addr()),
    };
    let objects = format!("/taxii2/api/collections/{INBOX}/objects/");
    let envelope = json!({"objects": (1..=5).map(|n| indicator(n, "2026-03-01T00:00:00Z")).collect::<Vec<_>>()});
    assert_eq!(t.post(&objects, WRITER, MEDIA, &envelope).await.0, 202);

    // Us: pulling the partner's inbox into our own, at start and then every 10 s.
    let b_store = tempfile::tempdir().expect("store");
    let token = b_store.path().join("partner.token");
    std::fs::write(&token, READER).expect("token file");
    let mut cfg = config(b_store.path());
    cfg.taxii.pull = vec![dg_serve::taxii_pull::PullSpec {
        url: format!("http://{}/taxii2/api/", partner.addr()),
        collection: INBOX.into(),
        into: INBOX.into(),
        user: None,
        password_file: None,
        token_file: Some(token),
        every_secs: 10,
    }];
    let us = Server::start(cfg).await.expect("start");
    let ours = Taxii {
        http: reqwest::Client::new(),
        base: format!("http://{}", us.addr()),
    };
    // The first pull runs at start; wait for its commit (bounded).
    let mut got = 0;
    for _ in 0..100 {
        let (_, _, env) = ours
            .get(&format!("{objects}?limit=100"), Some(READER))
            .await;
        got = env
            .get("objects")
            .and_then(Value::as_array)
            .map_or(0, Vec::len);
        if got == 5 {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    assert_eq!(got, 5, "the partner's five objects were pulled");
    let source = format!("http://{}/taxii2/api/#{INBOX}", partner.addr());
    // The bookmark moves only after the objects' commit: wait for it before stopping (a stop
    // right after the objects show may cut the pull between the two).
    let reader = dg_serve::Store::open(None, b_store.path())
        .await
        .expect("open");
    for _ in 0..100 {
        if reader
            .taxii_bookmark(&source)
            .await
            .expect("read")
            .is_some()
        {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    reader.close().await;
    us.stop().await.expect("stop");
    partner.stop().await.expect("stop");
    // The bookmark is the partner's newest date added, kept in our store.
    let store = dg_serve::Store::open(None, b_store.path())
        .await
        .expect("reopen");
    let bookmark = store.taxii_bookmark(&source).await.expect("read");
    assert!(bookmark.is_some_and(|b| b.ends_with('Z')));
    store.close().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_scheduled_push_sends_our_campaigns_to_a_partner_collection() {
    // The partner: a distillguard serve whose inbox our token may write.
    let a_store = tempfile::tempdir().expect("store");
    let partner = Server::start(config(a_store.path())).await.expect("start");
    let theirs = Taxii {
        http: reqwest::Client::new(),
        base: format!("http://{}", partner.addr()),
    };

    // Us: pushing our campaigns collection to the partner's inbox, at start and every 10 s.
    let b_store = tempfile::tempdir().expect("store");
    let token = b_store.path().join("partner.token");
    std::fs::write(&token, WRITER).expect("token file");
    let mut cfg = config(b_store.path());
    cfg.taxii.push = vec![dg_serve::taxii_push::PushSpec {
        url: format!("http://{}/taxii2/api/", partner.addr()),
        collection: INBOX.into(),
        from: CAMPAIGNS.into(),
        user: None,
        password_file: None,
        token_file: Some(token),
        every_secs: 10,
    }];
    let us = Server::start(cfg).await.expect("start");
    ingest_data(&reqwest::Client::new(), &us).await;
    // The push after the ingest lands in the partner's inbox (bounded wait: two periods).
    let inbox = format!("/taxii2/api/collections/{INBOX}/objects/?match[type]=campaign&limit=100");
    let mut campaigns = Vec::new();
    for _ in 0..250 {
        let (_, _, env) = theirs.get(&inbox, Some(READER)).await;
        campaigns = env["objects"].as_array().cloned().unwrap_or_default();
        if !campaigns.is_empty() {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    assert!(!campaigns.is_empty(), "our campaigns reached the partner");
    for c in &campaigns {
        assert!(c["name"]
            .as_str()
            .is_some_and(|n| n.starts_with("distillguard campaign ")));
    }
    // The bookmark, kept in our store, says where the next push resumes.
    let source = format!("push:http://{}/taxii2/api/#{INBOX}", partner.addr());
    let reader = dg_serve::Store::open(None, b_store.path())
        .await
        .expect("open");
    let mut bookmark = None;
    for _ in 0..100 {
        bookmark = reader.taxii_bookmark(&source).await.expect("read");
        if bookmark.is_some() {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    reader.close().await;
    assert!(bookmark.is_some_and(|b| b.parse::<i64>().is_ok()));
    us.stop().await.expect("stop");
    partner.stop().await.expect("stop");
}

/// Posts the test data set's sign-up records and events to a server, and waits for its
/// decisions to reflect them.
async fn ingest_data(http: &reqwest::Client, server: &Server) {
    let addr = server.addr();
    let d = data();
    for (path, file) in [
        ("/v1/accounts", "accounts.jsonl"),
        ("/v1/events", "events.jsonl"),
    ] {
        let r = http
            .post(format!("http://{addr}{path}"))
            .bearer_auth(INGEST)
            .body(lines(&d.join(file)).join("\n"))
            .send()
            .await
            .expect("ingest");
        assert_eq!(r.status().as_u16(), 202);
    }
    server.settle().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn pulled_campaigns_are_matched_as_known_actors_from_the_next_start() {
    const DECIDER: &str = "taxii-decide-token-0123456789";
    let http = reqwest::Client::new();
    // The partner saw the campaigns first and serves them.
    let a_store = tempfile::tempdir().expect("store");
    let partner = Server::start(config(a_store.path())).await.expect("start");
    ingest_data(&http, &partner).await;

    // We pull the partner's campaigns collection into our inbox at start.
    let b_store = tempfile::tempdir().expect("store");
    let token = b_store.path().join("partner.token");
    std::fs::write(&token, READER).expect("token file");
    let mut cfg = config(b_store.path());
    cfg.tokens.push(TokenSpec {
        name: "decider".into(),
        sha256: Some(token_hash_hex(DECIDER)),
        file: None,
        roles: vec![Role::Decide],
    });
    cfg.taxii.pull = vec![dg_serve::taxii_pull::PullSpec {
        url: format!("http://{}/taxii2/api/", partner.addr()),
        collection: CAMPAIGNS.into(),
        into: INBOX.into(),
        user: None,
        password_file: None,
        token_file: Some(token),
        every_secs: 10,
    }];
    let first = Server::start(cfg.clone()).await.expect("start");
    let ours = Taxii {
        http: http.clone(),
        base: format!("http://{}", first.addr()),
    };
    let inbox = format!("/taxii2/api/collections/{INBOX}/objects/?match[type]=campaign&limit=100");
    let mut pulled = 0;
    for _ in 0..200 {
        let (_, _, env) = ours.get(&inbox, Some(READER)).await;
        pulled = env["objects"].as_array().map_or(0, Vec::len);
        if pulled > 0 {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    assert!(pulled > 0, "the partner's campaigns were pulled");
    // Let the pull's bookmark commit before stopping (it follows the objects' commit).
    tokio::time::sleep(std::time::Duration::from_millis(500)).await;
    first.stop().await.expect("stop");

    // At the next start the pulled campaigns are known indicators: our own traffic of the same
    // actors is attributed to the partner's campaigns.
    let us = Server::start(cfg).await.expect("restart");
    ingest_data(&http, &us).await;
    let ids: Vec<String> = lines(&data().join("accounts.jsonl"))
        .iter()
        .filter_map(|l| serde_json::from_str::<Value>(l).ok())
        .filter_map(|v| v["account_id"].as_str().map(str::to_string))
        .collect();
    let mut known = 0;
    for chunk in ids.chunks(500) {
        let r = http
            .post(format!("http://{}/v1/decisions:batch", us.addr()))
            .bearer_auth(DECIDER)
            .json(&json!({ "account_ids": chunk }))
            .send()
            .await
            .expect("batch");
        assert_eq!(r.status().as_u16(), 200);
        let out: Value = r.json().await.expect("json");
        known += out["decisions"]
            .as_array()
            .expect("decisions")
            .iter()
            .filter(|d| {
                d["reasons"]
                    .as_array()
                    .is_some_and(|rs| rs.iter().any(|r| r["code"] == "known_actor"))
            })
            .count();
    }
    assert!(
        known > 0,
        "accounts of the partner's campaigns carry known_actor"
    );
    us.stop().await.expect("stop");
    partner.stop().await.expect("stop");
}
