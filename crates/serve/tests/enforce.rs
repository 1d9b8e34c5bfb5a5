//! Tokens and roles on every route, and the enforcement points (LiteLLM guardrail, Envoy
//! ext_authz) answering for accounts the detector has decided, in enforce and monitor mode.

use dg_serve::auth::token_hash_hex;
use dg_serve::{Mode, Role, ServeConfig, Server, TokenSpec};
use serde_json::{json, Value};

mod common;
use common::{data, lines, Client};

const INGEST: &str = "test-ingest-token-0123456789";
const DECIDE: &str = "test-decide-token-0123456789";
const ADMIN: &str = "test-admin-token-0123456789";
/// Kept in the store (as `distillguard token create` keeps it), not in the config.
const ANALYST: &str = "dg_test-analyst-token-0123456789";

fn token(name: &str, t: &str, roles: &[Role]) -> TokenSpec {
    TokenSpec {
        name: name.into(),
        sha256: Some(token_hash_hex(t)),
        file: None,
        roles: roles.to_vec(),
    }
}

fn config(store: &std::path::Path, mode: Mode) -> ServeConfig {
    let d = data();
    let mut cfg = ServeConfig::new(store);
    cfg.listen = "127.0.0.1:0".parse().expect("addr");
    cfg.policy = Some(d.join("policy.toml"));
    cfg.ip_ranges = Some(d.join("ip_ranges.csv"));
    cfg.releases = Some(d.join("releases.csv"));
    cfg.mode = mode;
    cfg.tokens = vec![
        token("shipper", INGEST, &[Role::Ingest]),
        token("gateway", DECIDE, &[Role::Decide]),
        token("ops", ADMIN, &[Role::Admin]),
    ];
    cfg
}

impl common::Client {
    async fn guardrail(&self, request_data: Value) -> Value {
        let body = json!({
            "texts": ["a prompt the guardrail must not keep"],
            "request_data": request_data,
            "input_type": "request",
            "litellm_call_id": "call-1",
            "additional_provider_specific_params": {},
        });
        let (s, _, b) = self
            .send_with_headers(
                "POST",
                "/beta/litellm_basic_guardrail_api",
                None,
                &[("x-api-key", DECIDE), ("content-type", "application/json")],
                serde_json::to_vec(&body).expect("json"),
            )
            .await;
        assert_eq!(s, 200, "{b}");
        serde_json::from_str(&b).expect("guardrail json")
    }
}

/// One gRPC Check for `account` (in the configured header): the status code, the denied HTTP
/// status (0 when allowed) and the headers of the answer.
async fn grpc_check(
    url: &str,
    token: Option<&str>,
    account: &str,
) -> Result<(i32, i32, Vec<(String, String)>), tonic::Status> {
    use envoy_types::pb::envoy::service::auth::v3::attribute_context::{HttpRequest, Request};
    use envoy_types::pb::envoy::service::auth::v3::authorization_client::AuthorizationClient;
    use envoy_types::pb::envoy::service::auth::v3::check_response::HttpResponse;
    use envoy_types::pb::envoy::service::auth::v3::{AttributeContext, CheckRequest};
    let mut client = AuthorizationClient::connect(url.to_string())
        .await
        .expect("connect");
    let http = HttpRequest {
        method: "POST".into(),
        path: "/v1/chat/completions".into(),
        headers: [("x-distillguard-account".to_string(), account.to_string())].into(),
        ..Default::default()
    };
    let mut req = tonic::Request::new(CheckRequest {
        attributes: Some(AttributeContext {
            request: Some(Request {
                http: Some(http),
                ..Default::default()
            }),
            ..Default::default()
        }),
    });
    if let Some(t) = token {
        req.metadata_mut()
            .insert("x-distillguard-token", t.parse().expect("metadata"));
    }
    let resp = client.check(req).await?.into_inner();
    let code = resp.status.map_or(0, |s| s.code);
    let pairs = |hs: &[envoy_types::pb::envoy::config::core::v3::HeaderValueOption]| {
        hs.iter()
            .filter_map(|h| h.header.as_ref())
            .map(|h| (h.key.clone(), h.value.clone()))
            .collect::<Vec<_>>()
    };
    Ok(match resp.http_response {
        Some(HttpResponse::DeniedResponse(d)) => {
            (code, d.status.map_or(0, |s| s.code), pairs(&d.headers))
        }
        Some(HttpResponse::OkResponse(ok)) => (code, 0, pairs(&ok.headers)),
        _ => (code, 0, Vec::new()),
    })
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_route_checks_its_role() {
    let store = tempfile::tempdir().expect("store");
    let db = dg_serve::Store::open(None, store.path())
        .await
        .expect("store");
    let row = dg_serve::store::TokenRow {
        name: "analyst".into(),
        sha256: token_hash_hex(ANALYST),
        roles: vec!["analyst".into()],
        created_at: 0,
        revoked_at: None,
    };
    db.create_token(&row, "cli").await.expect("token");
    db.close().await;
    let server = Server::start(config(store.path(), Mode::Monitor))
        .await
        .expect("start");
    let c = Client::new(&server);
    // (method, path, role that may use it)
    let routes: &[(&str, &str, Option<&str>)] = &[
        ("GET", "/healthz", None),
        ("GET", "/readyz", None),
        ("POST", "/v1/events", Some(INGEST)),
        ("POST", "/v1/accounts", Some(INGEST)),
        ("POST", "/v1/ingest/litellm", Some(INGEST)),
        ("POST", "/v1/traces", Some(INGEST)),
        ("POST", "/v1/logs", Some(INGEST)),
        ("GET", "/v1/decisions/acct-1", Some(DECIDE)),
        ("POST", "/v1/decisions:batch", Some(DECIDE)),
        ("GET", "/v1/decision-changes", Some(DECIDE)),
        ("POST", "/beta/litellm_basic_guardrail_api", Some(DECIDE)),
        ("GET", "/ext_authz/v1/chat/completions", Some(DECIDE)),
        ("POST", "/ext_authz", Some(DECIDE)),
        ("GET", "/v1/clusters", Some(ANALYST)),
        ("GET", "/v1/clusters/cl_x", Some(ANALYST)),
        ("GET", "/v1/accounts/acct-1", Some(ANALYST)),
        ("GET", "/v1/overrides", Some(ANALYST)),
        ("POST", "/v1/overrides", Some(ANALYST)),
        ("DELETE", "/v1/overrides/1", Some(ANALYST)),
        ("GET", "/v1/audit", Some(ANALYST)),
        ("GET", "/v1/alerts", Some(ANALYST)),
        ("GET", "/v1/status", Some(ADMIN)),
        ("GET", "/metrics", Some(ADMIN)),
        ("GET", "/v1/usage", Some(ADMIN)),
        ("GET", "/openapi.json", None),
    ];
    let all = [INGEST, DECIDE, ANALYST, ADMIN];
    for &(method, path, allowed) in routes {
        let Some(allowed) = allowed else {
            let (s, _, _) = c
                .send_with_headers(method, path, None, &[], Vec::new())
                .await;
            assert_eq!(s, 200, "{method} {path} is open");
            continue;
        };
        let (s, h, _) = c
            .send_with_headers(method, path, None, &[], Vec::new())
            .await;
        assert_eq!(s, 401, "{method} {path} without a token");
        assert!(h.contains_key("www-authenticate"), "{method} {path}");
        let (s, _, _) = c
            .send_with_headers(method, path, Some("not-a-token"), &[], Vec::new())
            .await;
        assert_eq!(s, 401, "{method} {path} with an unknown token");
        for t in all {
            let (s, _, b) = c
                .send_with_headers(method, path, Some(t), &[], Vec::new())
                .await;
            if t == allowed || t == ADMIN {
                assert!(s != 401 && s != 403, "{method} {path} with {t}: {s} {b}");
            } else {
                assert_eq!(s, 403, "{method} {path} with {t}: {b}");
            }
        }
    }
    // The gateway's own header for distillguard's token wins over the client's Authorization.
    let (s, _, _) = c
        .send_with_headers(
            "GET",
            "/ext_authz/x",
            Some("sk-the-clients-own-key"),
            &[("x-distillguard-token", DECIDE)],
            Vec::new(),
        )
        .await;
    assert_eq!(s, 200);
    // The generated OpenAPI document names each route's role: the router must enforce that
    // one. Every documented operation (TAXII is off here) is served, is refused (403) to a
    // token of another role, and is let through (not 401, 403, nor the router's 404 or 405)
    // with its own.
    let (s, doc) = c.send("GET", "/openapi.json", None, &[], Vec::new()).await;
    assert_eq!(s, 200);
    let doc: Value = serde_json::from_str(&doc).expect("openapi.json");
    let token_of = |role: &str| match role {
        "ingest" => INGEST,
        "decide" => DECIDE,
        "analyst" => ANALYST,
        "admin" => ADMIN,
        other => panic!("undocumented role {other}"),
    };
    let mut checked = 0;
    for (path, item) in doc["paths"].as_object().expect("paths") {
        if path.starts_with("/taxii2/") {
            continue;
        }
        // Path parameters filled in; an override's id is a number.
        let url = path
            .replace("{id}", "1")
            .replace("{account_id}", "acct-1")
            .replace("{cluster_id}", "cl_x")
            .replace("{rest}", "v1/chat/completions");
        for (method, op) in item.as_object().expect("path item") {
            let m = method.to_uppercase();
            let Some(security) = op["security"].as_array() else {
                let (s, _, _) = c.send_with_headers(&m, &url, None, &[], Vec::new()).await;
                assert_eq!(s, 200, "{m} {path} is documented as public");
                continue;
            };
            let roles: Vec<&str> = security[0]["bearer"]
                .as_array()
                .expect("a bearer requirement")
                .iter()
                .map(|r| r.as_str().expect("role"))
                .collect();
            let [role] = roles[..] else {
                panic!("{m} {path}: one role expected, got {roles:?}");
            };
            let (s, _, b) = c
                .send_with_headers(&m, &url, Some(token_of(role)), &[], Vec::new())
                .await;
            // A 404 of the route's own (no such cluster) says why; the router's says nothing.
            let unrouted = s == 405 || (s == 404 && b.is_empty());
            assert!(
                s != 401 && s != 403 && !unrouted,
                "{m} {path} with its documented role {role}: {s} {b}"
            );
            let other = if role == "decide" { INGEST } else { DECIDE };
            let (s, _, _) = c
                .send_with_headers(&m, &url, Some(other), &[], Vec::new())
                .await;
            assert_eq!(
                s, 403,
                "{m} {path} with a token of another role than {role}"
            );
            checked += 1;
        }
    }
    assert!(checked >= 34, "{checked} operations checked");
    server.stop().await.expect("stop");
}

#[tokio::test]
async fn no_tokens_refuses_a_public_address() {
    let store = tempfile::tempdir().expect("store");
    let mut cfg = ServeConfig::new(store.path());
    cfg.listen = "0.0.0.0:0".parse().expect("addr");
    let Err(e) = Server::start(cfg).await else {
        panic!("started on 0.0.0.0 without tokens");
    };
    assert!(e.to_string().contains("no API tokens"), "{e}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn guardrail_and_ext_authz_enforce_the_decisions() {
    let d = data();
    let store = tempfile::tempdir().expect("store");
    let server = Server::start(config(store.path(), Mode::Enforce))
        .await
        .expect("start");
    let c = Client::new(&server);
    c.post_lines("/v1/accounts", &lines(&d.join("accounts.jsonl")), INGEST)
        .await;
    c.post_lines("/v1/events", &lines(&d.join("events.jsonl")), INGEST)
        .await;

    // One account of each tier the day produced.
    let ids: Vec<String> = common::account_ids();
    let body = serde_json::to_vec(&json!({ "account_ids": ids })).expect("json");
    let (s, _, b) = c
        .send_with_headers(
            "POST",
            "/v1/decisions:batch",
            Some(DECIDE),
            &[("content-type", "application/json")],
            body,
        )
        .await;
    assert_eq!(s, 200);
    let v: Value = serde_json::from_str(&b).expect("batch");
    let first = |tier: &str| {
        v["decisions"]
            .as_array()
            .expect("decisions")
            .iter()
            .find(|d| d["decision"] == tier)
            .map(|d| d["account_id"].as_str().expect("id").to_string())
    };
    let blocked = first("block").expect("the day has a blocked account");
    let allowed = first("allow").expect("the day has an allowed account");

    // LiteLLM: the account is the key's user id here.
    let g = c
        .guardrail(json!({ "user_api_key_user_id": blocked, "user_api_key_hash": "h1" }))
        .await;
    assert_eq!(
        g["action"], "NONE",
        "account_from defaults to the key hash: {g}"
    );
    drop(g);
    server.stop().await.expect("stop");
    let mut cfg = config(store.path(), Mode::Enforce);
    cfg.guardrail.account_from = dg_ingest::gateway::litellm::LitellmAccount::UserId;
    cfg.ext_authz.grpc_listen = Some("127.0.0.1:0".parse().expect("addr"));
    let server = Server::start(cfg).await.expect("restart");
    let c = Client::new(&server);
    let g = c
        .guardrail(json!({ "user_api_key_user_id": blocked, "user_api_key_hash": "h1" }))
        .await;
    assert_eq!(g["action"], "BLOCKED", "{g}");
    let reason = g["blocked_reason"].as_str().expect("reason");
    assert!(reason.contains("block"), "{reason}");
    assert!(!reason.contains("prompt"), "{reason}");
    let g = c
        .guardrail(json!({ "user_api_key_user_id": allowed }))
        .await;
    assert_eq!(g["action"], "NONE", "{g}");
    assert!(g["blocked_reason"].is_null());
    let g = c
        .guardrail(json!({ "user_api_key_user_id": "never-seen" }))
        .await;
    assert_eq!(g["action"], "NONE");
    let g = c.guardrail(json!({})).await;
    assert_eq!(g["action"], "NONE", "no identity: not ours to refuse");
    let (s, _, _) = c
        .send_with_headers(
            "POST",
            "/beta/litellm_basic_guardrail_api",
            Some(DECIDE),
            &[("content-type", "application/json")],
            b"{\"texts\": [".to_vec(),
        )
        .await;
    assert_eq!(s, 400, "truncated JSON");

    // Envoy ext_authz: 403 with the reason for the blocked account, 200 for the allowed one.
    let authz = |account: &str| {
        let account = account.to_string();
        let c = &c;
        async move {
            c.send_with_headers(
                "POST",
                "/ext_authz/v1/chat/completions",
                Some(DECIDE),
                &[("x-distillguard-account", &account)],
                Vec::new(),
            )
            .await
        }
    };
    let (s, h, b) = authz(&blocked).await;
    assert_eq!(s, 403, "{b}");
    assert_eq!(h["x-distillguard-decision"], "block");
    assert!(!h["x-distillguard-reason"].is_empty());
    assert_eq!(h["x-distillguard-mode"], "enforce");
    let (s, h, _) = authz(&allowed).await;
    assert_eq!(s, 200);
    assert_eq!(h["x-distillguard-decision"], "allow");
    if let Some(t) = first("throttle") {
        let (s, h, _) = authz(&t).await;
        assert_eq!(s, 429);
        assert_eq!(h["retry-after"], "60");
    }
    if let Some(r) = first("review") {
        let (s, h, _) = authz(&r).await;
        assert_eq!(s, 200);
        assert_eq!(h["x-distillguard-decision"], "review");
    }
    let (s, h, _) = c
        .send_with_headers("GET", "/ext_authz/x", Some(DECIDE), &[], Vec::new())
        .await;
    assert_eq!(
        (s, h["x-distillguard-reason"].to_str().ok()),
        (200, Some("no_account"))
    );

    // The same verdicts over gRPC (envoy.service.auth.v3.Authorization/Check).
    let grpc = format!("http://{}", server.grpc_addr().expect("grpc listener"));
    let (code, http, headers) = grpc_check(&grpc, Some(DECIDE), &blocked)
        .await
        .expect("check");
    assert_eq!(
        (code, http),
        (7, 403),
        "PERMISSION_DENIED with a 403 for the client"
    );
    assert!(headers.contains(&("x-distillguard-decision".into(), "block".into())));
    let (code, http, headers) = grpc_check(&grpc, Some(DECIDE), &allowed)
        .await
        .expect("check");
    assert_eq!((code, http), (0, 0), "OK");
    assert!(headers.contains(&("x-distillguard-decision".into(), "allow".into())));
    let e = grpc_check(&grpc, None, &allowed)
        .await
        .expect_err("no token");
    assert_eq!(e.code(), tonic::Code::Unauthenticated);
    let e = grpc_check(&grpc, Some(INGEST), &allowed)
        .await
        .expect_err("wrong role");
    assert_eq!(e.code(), tonic::Code::PermissionDenied);
    server.stop().await.expect("stop");

    // Monitor mode: the same decisions, never a denial, the would-be tier in the header.
    let mut cfg = config(store.path(), Mode::Monitor);
    cfg.guardrail.account_from = dg_ingest::gateway::litellm::LitellmAccount::UserId;
    let server = Server::start(cfg).await.expect("restart");
    let c = Client::new(&server);
    let g = c
        .guardrail(json!({ "user_api_key_user_id": blocked }))
        .await;
    assert_eq!(g["action"], "NONE");
    let (s, h, _) = c
        .send_with_headers(
            "GET",
            "/ext_authz/v1/chat/completions",
            Some(DECIDE),
            &[("x-distillguard-account", &blocked)],
            Vec::new(),
        )
        .await;
    assert_eq!(s, 200);
    assert_eq!(h["x-distillguard-decision"], "block");
    assert_eq!(h["x-distillguard-mode"], "monitor");
    let (_, _, m) = c
        .send_with_headers("GET", "/metrics", Some(ADMIN), &[], Vec::new())
        .await;
    assert!(m.contains("distillguard_monitored_denials_total 2"), "{m}");
    server.stop().await.expect("stop");
}

/// An analyst override decides the gRPC `Authorization/Check` as it decides the HTTP routes,
/// for a token with the `analyst` role configured in serve.toml; withdrawn, it no longer does.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_override_decides_the_grpc_check_too() {
    const ANALYST_CFG: &str = "test-config-analyst-0123456789";
    let store = tempfile::tempdir().expect("store");
    let mut cfg = config(store.path(), Mode::Enforce);
    cfg.tokens
        .push(token("carol", ANALYST_CFG, &[Role::Analyst]));
    cfg.ext_authz.grpc_listen = Some("127.0.0.1:0".parse().expect("addr"));
    let server = Server::start(cfg).await.expect("start");
    let c = Client::new(&server);
    let grpc = format!("http://{}", server.grpc_addr().expect("grpc listener"));
    let (code, _, _) = grpc_check(&grpc, Some(DECIDE), "acct-grpc")
        .await
        .expect("check");
    assert_eq!(code, 0, "an unknown account is allowed");
    let body = json!({"target": "account", "id": "acct-grpc", "action": "block", "reason": "abuse report"});
    let (s, _, b) = c
        .send_with_headers(
            "POST",
            "/v1/overrides",
            Some(ANALYST_CFG),
            &[("content-type", "application/json")],
            serde_json::to_vec(&body).expect("json"),
        )
        .await;
    assert_eq!(s, 201, "{b}");
    let id = serde_json::from_str::<Value>(&b).expect("json")["id"]
        .as_i64()
        .expect("id");
    let (code, http, headers) = grpc_check(&grpc, Some(DECIDE), "acct-grpc")
        .await
        .expect("check");
    assert_eq!((code, http), (7, 403));
    assert!(headers.contains(&("x-distillguard-decision".into(), "block".into())));
    assert!(headers
        .iter()
        .any(|(k, v)| k == "x-distillguard-reason" && v.starts_with("analyst_override")));
    let (s, _, b) = c
        .send_with_headers(
            "DELETE",
            &format!("/v1/overrides/{id}"),
            Some(ANALYST_CFG),
            &[],
            Vec::new(),
        )
        .await;
    assert_eq!(s, 200, "{b}");
    let (code, _, _) = grpc_check(&grpc, Some(DECIDE), "acct-grpc")
        .await
        .expect("check");
    assert_eq!(code, 0, "withdrawn");
    // The audit log names carol, from serve.toml.
    let (s, _, b) = c
        .send_with_headers("GET", "/v1/audit", Some(ANALYST_CFG), &[], Vec::new())
        .await;
    assert_eq!(s, 200);
    let v: Value = serde_json::from_str(&b).expect("json");
    assert!(v["entries"]
        .as_array()
        .expect("entries")
        .iter()
        .all(|e| e["actor"] == "carol"));
    server.stop().await.expect("stop");
}

/// Modes per enforcement point and tier: here `block` is enforced and `throttle` only
/// monitored for every point, except that ext_authz (HTTP and gRPC) only monitors `block`
/// and enforces `throttle`. Analyst overrides make one account of each tier.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn each_enforcement_point_and_tier_has_its_mode() {
    const ANALYST_CFG: &str = "test-config-analyst-0123456789";
    let store = tempfile::tempdir().expect("store");
    let mut cfg = config(store.path(), Mode::Monitor);
    cfg.tokens
        .push(token("carol", ANALYST_CFG, &[Role::Analyst]));
    cfg.modes.block = Some(Mode::Enforce);
    cfg.ext_authz.mode = Some(Mode::Monitor);
    cfg.ext_authz.modes.throttle = Some(Mode::Enforce);
    cfg.ext_authz.grpc_listen = Some("127.0.0.1:0".parse().expect("addr"));
    let server = Server::start(cfg).await.expect("start");
    let c = Client::new(&server);
    for (id, action) in [
        ("acct-b", "block"),
        ("acct-t", "throttle"),
        ("acct-r", "review"),
    ] {
        let body = json!({"target": "account", "id": id, "action": action, "reason": "test"});
        let (s, _, b) = c
            .send_with_headers(
                "POST",
                "/v1/overrides",
                Some(ANALYST_CFG),
                &[("content-type", "application/json")],
                serde_json::to_vec(&body).expect("json"),
            )
            .await;
        assert_eq!(s, 201, "{b}");
    }
    // The guardrail: block enforced ([modes] block), throttle monitored (mode).
    let g = c.guardrail(json!({ "user_api_key_hash": "acct-b" })).await;
    assert_eq!(g["action"], "BLOCKED", "{g}");
    let g = c.guardrail(json!({ "user_api_key_hash": "acct-t" })).await;
    assert_eq!(g["action"], "NONE", "{g}");
    let g = c.guardrail(json!({ "user_api_key_hash": "acct-r" })).await;
    assert_eq!(g["action"], "NONE", "{g}");
    // ext_authz: block monitored ([ext_authz] mode), throttle enforced ([ext_authz.modes]).
    let authz = |account: &'static str| {
        let c = &c;
        async move {
            c.send_with_headers(
                "GET",
                "/ext_authz/v1/chat/completions",
                Some(DECIDE),
                &[("x-distillguard-account", account)],
                Vec::new(),
            )
            .await
        }
    };
    let (s, h, _) = authz("acct-b").await;
    assert_eq!(s, 200);
    assert_eq!(h["x-distillguard-decision"], "block");
    assert_eq!(h["x-distillguard-mode"], "monitor");
    let (s, h, _) = authz("acct-t").await;
    assert_eq!(s, 429);
    assert_eq!(h["retry-after"], "60");
    assert_eq!(h["x-distillguard-mode"], "enforce");
    let (s, h, _) = authz("acct-r").await;
    assert_eq!(s, 200);
    assert_eq!(h["x-distillguard-mode"], "monitor", "the point's mode");
    // gRPC is ext_authz too.
    let grpc = format!("http://{}", server.grpc_addr().expect("grpc listener"));
    let (code, http, _) = grpc_check(&grpc, Some(DECIDE), "acct-b")
        .await
        .expect("check");
    assert_eq!((code, http), (0, 0), "block only monitored");
    let (code, http, _) = grpc_check(&grpc, Some(DECIDE), "acct-t")
        .await
        .expect("check");
    assert_eq!((code, http), (7, 429), "throttle enforced");
    // Counted by point, tier and mode; the status names the modes in force.
    let (_, _, m) = c
        .send_with_headers("GET", "/metrics", Some(ADMIN), &[], Vec::new())
        .await;
    for (line, n) in [
        ("point=\"guardrail\",decision=\"block\",mode=\"enforce\"", 1),
        (
            "point=\"guardrail\",decision=\"throttle\",mode=\"monitor\"",
            1,
        ),
        ("point=\"ext_authz\",decision=\"block\",mode=\"monitor\"", 2),
        (
            "point=\"ext_authz\",decision=\"throttle\",mode=\"enforce\"",
            2,
        ),
        ("point=\"ext_authz\",decision=\"block\",mode=\"enforce\"", 0),
    ] {
        let want = format!("distillguard_denials_total{{{line}}} {n}\n");
        assert!(m.contains(&want), "{want} in {m}");
    }
    assert!(m.contains("distillguard_enforced_denials_total 3\n"), "{m}");
    assert!(
        m.contains("distillguard_monitored_denials_total 3\n"),
        "{m}"
    );
    let (_, _, b) = c
        .send_with_headers("GET", "/v1/status", Some(ADMIN), &[], Vec::new())
        .await;
    let st: Value = serde_json::from_str(&b).expect("status");
    assert_eq!(
        st["modes"],
        json!({
            "guardrail": {"throttle": "monitor", "block": "enforce"},
            "ext_authz": {"throttle": "enforce", "block": "monitor"},
        })
    );
    server.stop().await.expect("stop");
}

/// The decision-change feed and `distillguard_decision_changes_total` follow exactly what the
/// decision routes answer: over the simulated day posted in chunks (the sign-up records after
/// the first, which rebuilds the detector), each account's changes between two batches of
/// decisions chain from its decision before to its decision after, and an account without a
/// change answers as before. A small feed says when it dropped changes.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn decision_changes_follow_the_answers() {
    use std::collections::{BTreeMap, BTreeSet};
    let d = data();
    let events = lines(&d.join("events.jsonl"));
    let mut ids: BTreeSet<String> = common::account_ids().into_iter().collect();
    for l in &events {
        let v: Value = serde_json::from_str(l).expect("event");
        ids.insert(v["account_id"].as_str().expect("account").to_string());
    }
    let ids: Vec<String> = ids.into_iter().collect();
    let store = tempfile::tempdir().expect("store");
    let server = Server::start(config(store.path(), Mode::Monitor))
        .await
        .expect("start");
    let c = Client::new(&server);
    async fn answers(c: &Client, ids: &[String]) -> std::collections::BTreeMap<String, String> {
        let body = serde_json::to_vec(&json!({ "account_ids": ids })).expect("json");
        {
            let (s, _, b) = c
                .send_with_headers(
                    "POST",
                    "/v1/decisions:batch",
                    Some(DECIDE),
                    &[("content-type", "application/json")],
                    body,
                )
                .await;
            assert_eq!(s, 200, "{b}");
            let v: Value = serde_json::from_str(&b).expect("batch");
            v["decisions"]
                .as_array()
                .expect("decisions")
                .iter()
                .map(|x| {
                    let id = x["account_id"].as_str().expect("id").to_string();
                    (id, x["decision"].as_str().expect("tier").to_string())
                })
                .collect::<std::collections::BTreeMap<String, String>>()
        }
    }
    let mut before = answers(&c, &ids).await;
    assert!(before.values().all(|t| t == "allow"), "nothing seen yet");
    let mut after_seq = 0u64;
    let mut total = 0usize;
    let mut epoch = None;
    let chunks: Vec<&[String]> = events.chunks(2_000).collect();
    for (k, chunk) in chunks.iter().enumerate() {
        c.post_lines("/v1/events", chunk, INGEST).await;
        if k == 0 {
            c.post_lines("/v1/accounts", &lines(&d.join("accounts.jsonl")), INGEST)
                .await;
        }
        let now = answers(&c, &ids).await;
        let (s, _, b) = c
            .send_with_headers(
                "GET",
                &format!("/v1/decision-changes?after={after_seq}&limit=10000"),
                Some(DECIDE),
                &[],
                Vec::new(),
            )
            .await;
        assert_eq!(s, 200, "{b}");
        let page: Value = serde_json::from_str(&b).expect("page");
        assert_eq!(page["gap"], false);
        assert_eq!(*epoch.get_or_insert(page["epoch"].clone()), page["epoch"]);
        let changes = page["changes"].as_array().expect("changes");
        let mut chain: BTreeMap<&str, Vec<(&str, &str)>> = BTreeMap::new();
        for (n, ch) in changes.iter().enumerate() {
            assert_eq!(ch["seq"].as_u64(), Some(after_seq + 1 + n as u64));
            chain
                .entry(ch["account_id"].as_str().expect("id"))
                .or_default()
                .push((
                    ch["from"].as_str().expect("from"),
                    ch["to"].as_str().expect("to"),
                ));
        }
        for id in &ids {
            let (b, a) = (&before[id], &now[id]);
            match chain.get(id.as_str()) {
                None => assert_eq!(b, a, "{id} changed unreported after chunk {k}"),
                Some(steps) => {
                    assert_eq!(steps[0].0, b, "{id}: {steps:?}");
                    assert_eq!(steps[steps.len() - 1].1, a, "{id}: {steps:?}");
                    for w in steps.windows(2) {
                        assert_eq!(w[0].1, w[1].0, "{id}: {steps:?}");
                    }
                    assert!(steps.iter().all(|(f, t)| f != t));
                }
            }
        }
        assert!(chain.keys().all(|id| before.contains_key(*id)));
        total += changes.len();
        after_seq = page["next_after"].as_u64().expect("next_after");
        before = now;
    }
    let flagged = before.values().filter(|t| *t != "allow").count();
    assert!(
        flagged > 0 && total >= flagged,
        "{total} changes, {flagged} flagged"
    );
    let (_, _, m) = c
        .send_with_headers("GET", "/metrics", Some(ADMIN), &[], Vec::new())
        .await;
    let counted: u64 = m
        .lines()
        .filter(|l| l.starts_with("distillguard_decision_changes_total{"))
        .filter_map(|l| l.rsplit(' ').next()?.parse::<u64>().ok())
        .sum();
    assert_eq!(counted, total as u64, "{m}");
    server.stop().await.expect("stop");

    // A feed keeping 5: reading from the start says that some were dropped.
    let store = tempfile::tempdir().expect("store");
    let mut cfg = config(store.path(), Mode::Monitor);
    cfg.limits.decision_changes_kept = 5;
    let server = Server::start(cfg).await.expect("start");
    let c = Client::new(&server);
    c.post_lines("/v1/accounts", &lines(&d.join("accounts.jsonl")), INGEST)
        .await;
    c.post_lines("/v1/events", &events, INGEST).await;
    let (s, _, b) = c
        .send_with_headers("GET", "/v1/decision-changes", Some(DECIDE), &[], Vec::new())
        .await;
    assert_eq!(s, 200);
    let page: Value = serde_json::from_str(&b).expect("page");
    assert_eq!(page["gap"], true, "{page}");
    let seqs: Vec<u64> = page["changes"]
        .as_array()
        .expect("changes")
        .iter()
        .filter_map(|x| x["seq"].as_u64())
        .collect();
    assert_eq!(seqs.len(), 5);
    assert!(seqs.windows(2).all(|w| w[1] == w[0] + 1));
    let (s, _, _) = c
        .send_with_headers(
            "GET",
            "/v1/decision-changes?since=3",
            Some(DECIDE),
            &[],
            Vec::new(),
        )
        .await;
    assert_eq!(s, 400, "unknown query keys are refused");
    server.stop().await.expect("stop");
}

/// The decision listener (`decision_listen`) answers the gateway's routes with their role
/// checks and the same decision as the main listener, and nothing else.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_decision_listener_answers_the_gateways_routes_only() {
    let store = tempfile::tempdir().expect("store");
    let mut cfg = config(store.path(), Mode::Enforce);
    cfg.decision_listen = Some("127.0.0.1:0".parse().expect("addr"));
    let server = Server::start(cfg).await.expect("start");
    let main = Client::new(&server);
    let own = format!(
        "http://{}",
        server.decision_addr().expect("decision listener")
    );
    let http = reqwest::Client::new();
    let get = |url: String, token: Option<&'static str>| {
        let mut req = http.get(url);
        if let Some(t) = token {
            req = req.bearer_auth(t);
        }
        async move {
            let r = req.send().await.expect("send");
            (r.status().as_u16(), r.text().await.expect("body"))
        }
    };
    let path = "/v1/decisions/acct-own-listener";
    let (s, on_own) = get(format!("{own}{path}"), Some(DECIDE)).await;
    assert_eq!(s, 200, "{on_own}");
    let (s, on_main) = main.send("GET", path, Some(DECIDE), &[], Vec::new()).await;
    assert_eq!(s, 200, "{on_main}");
    let decision = |b: &str| serde_json::from_str::<Value>(b).expect("json")["decision"].clone();
    assert_eq!(decision(&on_own), decision(&on_main));
    assert_eq!(get(format!("{own}{path}"), None).await.0, 401);
    assert_eq!(get(format!("{own}{path}"), Some(INGEST)).await.0, 403);
    assert_eq!(get(format!("{own}/healthz"), None).await.0, 200);
    // Ingest, analyst and admin routes live on the main listener only.
    let r = http
        .post(format!("{own}/v1/events"))
        .bearer_auth(INGEST)
        .body("{}")
        .send()
        .await
        .expect("send");
    assert_eq!(r.status().as_u16(), 404);
    assert_eq!(get(format!("{own}/metrics"), Some(ADMIN)).await.0, 404);
    server.stop().await.expect("stop");
}
