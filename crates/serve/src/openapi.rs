//! The OpenAPI 3.1 description of every route (`GET /openapi.json`), generated from the
//! handlers' `#[utoipa::path]` annotations and the answer types' `ToSchema` derives, so that it
//! cannot drift from the code. The tests below check it against the routers.

use std::collections::BTreeMap;
use std::sync::LazyLock;

use utoipa::openapi::header::HeaderBuilder;
use utoipa::openapi::path::Operation;
use utoipa::openapi::security::{
    ApiKey, ApiKeyValue, HttpAuthScheme, HttpBuilder, SecurityRequirement, SecurityScheme,
};
use utoipa::openapi::{ContentBuilder, ObjectBuilder, Ref, RefOr, Response, Type};
use utoipa::openapi::{ResponseBuilder, Schema};
use utoipa::{IntoResponses, Modify, OpenApi, ToResponse, ToSchema};

/// The document: every path, schema, response and security scheme.
#[derive(OpenApi)]
#[openapi(
    info(
        title = "distillguard serve",
        description = "The online service of distillguard: ingest of API events into a durable \
            log, decisions from memory, gateway enforcement points, the analysts' routes and a \
            TAXII 2.1 server. Generated from the code (utoipa); see docs/serve.md.\n\n\
            Every route but `/healthz`, `/readyz` and `/openapi.json` needs a token with the \
            role its tag names (`admin` may use every route); the role is also the operation's \
            security requirement. No token or an unknown one is 401, a token without the role \
            403. With no token configured anywhere every route is open (loopback only)."
    ),
    servers((url = "http://127.0.0.1:8080")),
    paths(
        crate::api::healthz,
        crate::api::readyz,
        crate::api::openapi,
        crate::api::post_events,
        crate::api::post_accounts,
        crate::gateway::post_litellm,
        crate::gateway::post_traces,
        crate::gateway::post_logs,
        crate::api::get_decision,
        crate::api::post_batch,
        crate::enforce::guardrail,
        crate::api::get_changes,
        crate::enforce::ext_authz,
        crate::enforce::ext_authz_rest,
        crate::analyst::list_clusters,
        crate::analyst::get_cluster,
        crate::analyst::get_account,
        crate::analyst::overrides::list_overrides,
        crate::analyst::overrides::post_override,
        crate::analyst::overrides::delete_override,
        crate::analyst::audit::get_audit,
        crate::analyst::alerts::get_alerts,
        crate::api::metrics,
        crate::api::status,
        crate::usage::get_usage,
        crate::taxii::discovery,
        crate::taxii::api_root,
        crate::taxii::collections,
        crate::taxii::collection,
        crate::taxii::get_objects,
        crate::taxii::post_objects,
        crate::taxii::get_object,
        crate::taxii::versions,
        crate::taxii::manifest,
        crate::taxii::status,
    ),
    components(
        schemas(crate::api::ErrorOut, Decision, Reason, ClusterLink, Cluster),
        responses(Unauthorized, Forbidden, Busy, StoreDown, BadBody, TaxiiRefused)
    ),
    modifiers(&Security, &UniqueOperationIds),
    tags(
        (name = "public", description = "No token needed."),
        (name = "ingest", description = "Role `ingest`: events, sign-up records and gateway \
            traffic into the durable log."),
        (name = "decide", description = "Role `decide`: decisions, the decision-change feed \
            and the enforcement points (LiteLLM guardrail, Envoy ext_authz)."),
        (name = "analyst", description = "Role `analyst`: clusters and accounts with their \
            evidence, analyst overrides, the audit log and alerts."),
        (name = "admin", description = "Role `admin` (which may also use every other route): \
            status, metrics and usage."),
        (name = "taxii", description = "TAXII 2.1, served when `[taxii] enabled`: roles \
            `intel-read` (reading readable collections) and `intel-write` (posting to writable \
            ones, and the status resources); `admin` may do both. HTTP Basic with the token as \
            password, or Bearer."),
    )
)]
struct ApiDoc;

/// The document as JSON, built once.
static DOCUMENT: LazyLock<String> = LazyLock::new(|| {
    // Serialising the generated structs cannot fail (string keys only); say so if it ever did.
    ApiDoc::openapi()
        .to_json()
        .unwrap_or_else(|e| format!("{{\"error\":\"the OpenAPI document: {e}\"}}"))
});

/// The OpenAPI document, as served at `GET /openapi.json`.
pub(crate) fn document() -> &'static str {
    &DOCUMENT
}

/// The security schemes, and each operation's requirement offered through every way a token
/// may be presented (the annotations name the bearer scheme and the role only).
struct Security;

/// A TAXII route's annotation names this scheme; HTTP Basic is added beside it.
const TAXII_SCHEME: &str = "taxii_bearer";

impl Modify for Security {
    fn modify(&self, doc: &mut utoipa::openapi::OpenApi) {
        let components = doc.components.get_or_insert_with(Default::default);
        let bearer = |d: &str| {
            SecurityScheme::Http(
                HttpBuilder::new()
                    .scheme(HttpAuthScheme::Bearer)
                    .description(Some(d))
                    .build(),
            )
        };
        components.add_security_scheme(
            "bearer",
            bearer(
                "An API token (`[[tokens]]` in serve.toml, or `distillguard token create`). A \
                 requirement's list names the role the route needs.",
            ),
        );
        components.add_security_scheme(
            "token_header",
            SecurityScheme::ApiKey(ApiKey::Header(ApiKeyValue::with_description(
                crate::api::TOKEN_HEADER,
                "The token, for a gateway whose `Authorization` carries the client's own \
                 credentials (Envoy forwards it to ext_authz); it wins over `Authorization`.",
            ))),
        );
        components.add_security_scheme(
            "api_key",
            SecurityScheme::ApiKey(ApiKey::Header(ApiKeyValue::with_description(
                "x-api-key",
                "The token where LiteLLM's generic guardrail puts its `api_key`.",
            ))),
        );
        components.add_security_scheme(
            TAXII_SCHEME,
            bearer("An API token with `intel-read`, `intel-write` or `admin`."),
        );
        components.add_security_scheme(
            "taxii_basic",
            SecurityScheme::Http(
                HttpBuilder::new()
                    .scheme(HttpAuthScheme::Basic)
                    .description(Some(
                        "HTTP Basic with the token as password (what TAXII clients send).",
                    ))
                    .build(),
            ),
        );
        for item in doc.paths.paths.values_mut() {
            for op in operations(item) {
                let Some(reqs) = op.security.take() else {
                    continue;
                };
                let mut all = Vec::new();
                for r in reqs {
                    // The requirement's scheme and roles, read back through its JSON form.
                    let named = serde_json::to_value(&r)
                        .ok()
                        .and_then(|v| v.as_object().cloned())
                        .unwrap_or_default();
                    all.push(r);
                    for (scheme, roles) in named {
                        let roles: Vec<String> = roles
                            .as_array()
                            .into_iter()
                            .flatten()
                            .filter_map(|r| r.as_str().map(String::from))
                            .collect();
                        let others: &[&str] = match scheme.as_str() {
                            "bearer" => &["token_header", "api_key"],
                            TAXII_SCHEME => &["taxii_basic"],
                            _ => &[],
                        };
                        for o in others {
                            all.push(SecurityRequirement::new(*o, roles.clone()));
                        }
                    }
                }
                op.security = Some(all);
            }
        }
    }
}

/// Operation ids unique across the document: a handler that serves several methods (Envoy's
/// ext_authz) gets one operation per method, each with the method appended to its id.
struct UniqueOperationIds;

impl Modify for UniqueOperationIds {
    fn modify(&self, doc: &mut utoipa::openapi::OpenApi) {
        let mut seen = std::collections::HashMap::<String, usize>::new();
        for item in doc.paths.paths.values_mut() {
            for op in operations(item) {
                if let Some(id) = &op.operation_id {
                    *seen.entry(id.clone()).or_default() += 1;
                }
            }
        }
        for item in doc.paths.paths.values_mut() {
            let methods = [
                ("get", item.get.as_mut()),
                ("put", item.put.as_mut()),
                ("post", item.post.as_mut()),
                ("delete", item.delete.as_mut()),
                ("options", item.options.as_mut()),
                ("head", item.head.as_mut()),
                ("patch", item.patch.as_mut()),
                ("trace", item.trace.as_mut()),
            ];
            for (method, op) in methods {
                let Some(op) = op else { continue };
                if let Some(id) = &op.operation_id {
                    if seen.get(id).copied().unwrap_or(0) > 1 {
                        op.operation_id = Some(format!("{id}_{method}"));
                    }
                }
            }
        }
    }
}

/// Every operation of a path item.
fn operations(item: &mut utoipa::openapi::PathItem) -> impl Iterator<Item = &mut Operation> {
    [
        item.get.as_mut(),
        item.put.as_mut(),
        item.post.as_mut(),
        item.delete.as_mut(),
        item.options.as_mut(),
        item.head.as_mut(),
        item.patch.as_mut(),
        item.trace.as_mut(),
    ]
    .into_iter()
    .flatten()
}

/// A decision tier, as answers spell `dg_model::Decision` (a test checks the spelling).
#[derive(ToSchema)]
#[schema(rename_all = "snake_case")]
#[allow(dead_code)]
pub(crate) enum Decision {
    /// Let the account through.
    Allow,
    /// Let it through; a person should look.
    Review,
    /// Slow it down (ext_authz answers 429 in enforce mode).
    Throttle,
    /// Refuse it (in enforce mode).
    Block,
}

/// One piece of evidence behind a score (`dg_model::Reason`).
#[derive(ToSchema)]
#[allow(dead_code)]
pub(crate) struct Reason {
    /// Stable machine-readable code (listed in the README), e.g. `unknown_account`,
    /// `analyst_override`.
    code: String,
    /// Contribution to the score.
    weight: f64,
    /// A sentence a person can read and defend.
    detail: String,
    /// Up to three `request_id`s of requests that showed the signal (reasons a single request
    /// can show; on the account route only, read from the event log); absent otherwise.
    #[schema(max_items = 3)]
    evidence: Option<Vec<String>>,
}

/// One piece of evidence a cluster's members share (`dg_model::ClusterLink`).
#[derive(ToSchema)]
#[allow(dead_code)]
pub(crate) struct ClusterLink {
    /// What is shared (e.g. a network range, a payment fingerprint).
    kind: String,
    /// The shared value: a keyed hash for personal data, never the raw value.
    value: String,
    /// Accounts that share it.
    accounts: u64,
}

/// A cluster as a line of `clusters.jsonl` states it (`dg_model::ClusterFinding`).
#[derive(ToSchema)]
#[allow(dead_code)]
pub(crate) struct Cluster {
    /// The cluster's id.
    cluster_id: String,
    /// Its member accounts.
    accounts: Vec<String>,
    /// The cluster's score.
    score: f64,
    /// The cluster's decision (after a cluster override, on the analyst routes).
    decision: Decision,
    /// The evidence that links its members.
    links: Vec<ClusterLink>,
    /// Share of the cluster's traffic per capability class.
    capabilities: std::collections::BTreeMap<String, f64>,
    /// Event time of its first request.
    #[schema(format = DateTime)]
    first_seen: String,
    /// Event time of its last request.
    #[schema(format = DateTime)]
    last_seen: String,
    /// Its requests.
    requests: u64,
}

/// A JSON error answer with the given description.
fn error_response(description: &str) -> Response {
    ResponseBuilder::new()
        .description(description)
        .content(
            "application/json",
            ContentBuilder::new()
                .schema(Some(RefOr::Ref(utoipa::openapi::Ref::from_schema_name(
                    "ErrorOut",
                ))))
                .build(),
        )
        .build()
}

/// A `Retry-After` header: seconds to wait before sending again.
fn retry_after(mut r: Response) -> Response {
    r.headers.insert(
        "Retry-After".into(),
        RefOr::T(
            HeaderBuilder::new()
                .schema(Some(Schema::Object(
                    ObjectBuilder::new().schema_type(Type::Integer).build(),
                )))
                .description(Some("Seconds to wait before sending again."))
                .build(),
        ),
    );
    r
}

/// 401: no token, or an unknown one.
pub(crate) struct Unauthorized;

impl<'r> ToResponse<'r> for Unauthorized {
    fn response() -> (&'r str, RefOr<Response>) {
        let mut r = error_response(
            "No token, or an unknown one (with `WWW-Authenticate: Bearer realm=\"distillguard\"`).",
        );
        r.headers.insert(
            "WWW-Authenticate".into(),
            RefOr::T(
                HeaderBuilder::new()
                    .schema(Some(Schema::Object(
                        ObjectBuilder::new().schema_type(Type::String).build(),
                    )))
                    .build(),
            ),
        );
        ("Unauthorized", RefOr::T(r))
    }
}

/// 403: the token lacks the route's role.
pub(crate) struct Forbidden;

impl<'r> ToResponse<'r> for Forbidden {
    fn response() -> (&'r str, RefOr<Response>) {
        let r = error_response("A known token without the route's role.");
        ("Forbidden", RefOr::T(r))
    }
}

/// 429 or 503 on ingest: busy, or the store failed and nothing was stored.
pub(crate) struct Busy;

impl<'r> ToResponse<'r> for Busy {
    fn response() -> (&'r str, RefOr<Response>) {
        let r = retry_after(error_response(
            "Every ingest slot is taken (429), or the store failed and nothing of the request \
             was stored (503): send it again after `Retry-After` (lines that did get stored \
             come back as duplicates).",
        ));
        ("Busy", RefOr::T(r))
    }
}

/// 503 on a route that reads the store: it did not answer.
pub(crate) struct StoreDown;

impl<'r> ToResponse<'r> for StoreDown {
    fn response() -> (&'r str, RefOr<Response>) {
        let r = retry_after(error_response(
            "The store did not answer: ask again after `Retry-After`.",
        ));
        ("StoreDown", RefOr::T(r))
    }
}

/// 400, 413 or 415: a body that cannot be read, refused whole.
pub(crate) struct BadBody;

impl<'r> ToResponse<'r> for BadBody {
    fn response() -> (&'r str, RefOr<Response>) {
        let r = error_response(
            "A body that cannot be read is refused whole: 413 over a size limit (then \
             `Connection: close`), 415 a content encoding other than gzip, 400 corrupt gzip.",
        );
        ("BadBody", RefOr::T(r))
    }
}

/// `status` answered with the response component `R` (a `$ref`, as `response = R` in a
/// path's responses writes it).
fn by_ref<'r, R: ToResponse<'r>>(status: &str) -> (String, RefOr<Response>) {
    (
        status.to_string(),
        RefOr::Ref(Ref::from_response_name(R::response().0)),
    )
}

/// The refusals every ingest route answers alike: 401 and 403 (the token), 413 (a body over
/// its limit), 429 and 503 with `Retry-After` (busy, or nothing stored).
pub(crate) struct IngestRefusals;

impl IntoResponses for IngestRefusals {
    fn responses() -> BTreeMap<String, RefOr<Response>> {
        BTreeMap::from([
            by_ref::<Unauthorized>("401"),
            by_ref::<Forbidden>("403"),
            by_ref::<BadBody>("413"),
            by_ref::<Busy>("429"),
            by_ref::<Busy>("503"),
        ])
    }
}

/// 400 and 415 for a body that cannot be read, on the ingest routes that take JSON or
/// NDJSON (the OTLP routes answer them with a `google.rpc.Status` of their own).
pub(crate) struct UnreadableBody;

impl IntoResponses for UnreadableBody {
    fn responses() -> BTreeMap<String, RefOr<Response>> {
        BTreeMap::from([by_ref::<BadBody>("400"), by_ref::<BadBody>("415")])
    }
}

/// A TAXII error message (401, 403, 404, 406, 413, 415).
pub(crate) struct TaxiiRefused;

impl<'r> ToResponse<'r> for TaxiiRefused {
    fn response() -> (&'r str, RefOr<Response>) {
        let r = ResponseBuilder::new()
            .description(
                "A TAXII error message (`title`, `description`, `http_status`): 401 without a \
                 known token (`WWW-Authenticate: Basic`), 403 without `intel-read` or \
                 `intel-write` (or a collection this token may not read or write), 404 no such \
                 collection, object or status, 406 an `Accept` that is not TAXII 2.1.",
            )
            .content(
                crate::taxii::TAXII_MEDIA,
                ContentBuilder::new()
                    .schema(Some(Schema::Object(
                        ObjectBuilder::new().schema_type(Type::Object).build(),
                    )))
                    .build(),
            )
            .build();
        ("TaxiiRefused", RefOr::T(r))
    }
}

#[cfg(test)]
mod tests {
    use std::collections::{BTreeMap, BTreeSet};

    use serde_json::Value;

    use super::document;

    /// The methods an axum `any(...)` route is documented with.
    const ANY: [&str; 7] = ["get", "post", "put", "patch", "delete", "head", "options"];

    fn doc() -> Value {
        serde_json::from_str(document()).expect("the document parses")
    }

    /// (path, method) of every route the routers register, read from their `.route(` calls:
    /// the path literal, then the methods of the method router up to the call's closing
    /// parenthesis (`get(`, `.post(`, `delete(`, `any(`).
    fn routed() -> BTreeSet<(String, String)> {
        // The TAXII routes live in taxii.rs; its API root is a constant, not a literal.
        let source = concat!(include_str!("api.rs"), include_str!("taxii.rs"))
            .replace("API_ROOT,", &format!("\"{}\",", crate::taxii::API_ROOT));
        let mut out = BTreeSet::new();
        for call in source.split(".route(").skip(1) {
            let Some(rest) = call.trim_start().strip_prefix('"') else {
                continue;
            };
            let Some((path, rest)) = rest.split_once('"') else {
                continue;
            };
            if !path.starts_with('/') {
                continue;
            }
            // The method router: up to the parenthesis that closes `.route(`.
            let mut depth = 1i32;
            let end = rest
                .char_indices()
                .find(|&(_, c)| {
                    depth += match c {
                        '(' => 1,
                        ')' => -1,
                        _ => 0,
                    };
                    depth == 0
                })
                .map_or(rest.len(), |(i, _)| i);
            let router = &rest[..end];
            let path = path.replace("{*", "{");
            let mut methods = Vec::new();
            for m in ["get", "post", "put", "patch", "delete", "any"] {
                let called = router
                    .match_indices(&format!("{m}("))
                    .any(|(i, _)| i == 0 || !router[..i].ends_with(char::is_alphanumeric));
                if called && m == "any" {
                    methods.extend(ANY);
                } else if called {
                    methods.push(m);
                }
            }
            assert!(!methods.is_empty(), "no method found for {path}: {router}");
            for m in methods {
                out.insert((path.clone(), m.to_string()));
            }
        }
        out
    }

    fn documented(doc: &Value) -> BTreeSet<(String, String)> {
        let mut out = BTreeSet::new();
        for (path, item) in doc["paths"].as_object().expect("paths") {
            for m in [
                "get", "put", "post", "delete", "options", "head", "patch", "trace",
            ] {
                if item.get(m).is_some() {
                    out.insert((path.clone(), m.to_string()));
                }
            }
        }
        out
    }

    /// Every route the routers serve (path and method) is in the document, and the document
    /// has no route the routers do not serve.
    #[test]
    fn openapi_describes_every_route() {
        let doc = doc();
        assert_eq!(doc["openapi"], "3.1.0");
        let routed = routed();
        assert!(routed.len() >= 40, "{routed:?}");
        let documented = documented(&doc);
        let missing: Vec<_> = routed.difference(&documented).collect();
        let extra: Vec<_> = documented.difference(&routed).collect();
        assert!(missing.is_empty(), "routed but not documented: {missing:?}");
        assert!(extra.is_empty(), "documented but not routed: {extra:?}");
    }

    /// Every operation has a summary, one tag, a unique id, and, unless it is public, a
    /// security requirement naming the role its tag names and the 401 and 403 answers.
    #[test]
    fn every_operation_names_its_role() {
        let doc = doc();
        let mut ids = BTreeSet::new();
        for (path, item) in doc["paths"].as_object().expect("paths") {
            for (method, op) in item.as_object().expect("path item") {
                let at = format!("{method} {path}");
                assert!(
                    op["summary"].as_str().is_some_and(|s| !s.is_empty()),
                    "{at}"
                );
                let id = op["operationId"].as_str().expect("operation id");
                assert!(ids.insert(id.to_string()), "{at}: operation id {id} twice");
                let tags = op["tags"].as_array().expect("tags");
                assert_eq!(tags.len(), 1, "{at}");
                let tag = tags[0].as_str().expect("tag");
                let security = op["security"].as_array();
                if tag == "public" {
                    assert!(security.is_none(), "{at}");
                    continue;
                }
                let security = security.expect("security");
                let roles: BTreeSet<&str> = security
                    .iter()
                    .flat_map(|r| r.as_object().expect("requirement").values())
                    .flat_map(|v| v.as_array().expect("roles"))
                    .map(|r| r.as_str().expect("role"))
                    .collect();
                let want: BTreeSet<&str> = match tag {
                    "taxii" if method == "post" => ["intel-write"].into(),
                    "taxii" if path.starts_with("/taxii2/api/status/") => ["intel-write"].into(),
                    "taxii" => ["intel-read"].into(),
                    role => [role].into(),
                };
                assert_eq!(roles, want, "{at}");
                assert!(security.len() >= 2, "{at}: {security:?}");
                for status in ["401", "403"] {
                    assert!(op["responses"].get(status).is_some(), "{at}: no {status}");
                }
            }
        }
        let tags: BTreeSet<&str> = doc["tags"]
            .as_array()
            .expect("tags")
            .iter()
            .map(|t| t["name"].as_str().expect("name"))
            .collect();
        assert_eq!(
            tags,
            ["public", "ingest", "decide", "analyst", "admin", "taxii"].into()
        );
    }

    /// Follows a `$ref` to its schema.
    fn schema<'a>(doc: &'a Value, name: &str) -> &'a Value {
        let s = &doc["components"]["schemas"][name];
        assert!(s.is_object(), "no schema {name}");
        s
    }

    fn required(doc: &Value, name: &str) -> BTreeSet<String> {
        schema(doc, name)["required"]
            .as_array()
            .into_iter()
            .flatten()
            .map(|v| v.as_str().expect("name").to_string())
            .collect()
    }

    fn properties(doc: &Value, name: &str) -> BTreeMap<String, Value> {
        schema(doc, name)["properties"]
            .as_object()
            .map(|m| m.clone().into_iter().collect())
            .unwrap_or_default()
    }

    /// The document round-trips through `serde_json` and through utoipa's own types.
    #[test]
    fn the_document_round_trips() {
        let doc = doc();
        let again: Value =
            serde_json::from_str(&serde_json::to_string(&doc).expect("print")).expect("parse");
        assert_eq!(doc, again);
        // It reads back as an OpenAPI document (utoipa's own model of one); only a `default`
        // of `null` (for `#[serde(default)]` fields) is lost on that way, so compare the paths.
        let typed: utoipa::openapi::OpenApi =
            serde_json::from_value(doc.clone()).expect("utoipa reads its own document");
        let back = serde_json::to_value(&typed).expect("value");
        assert_eq!(back["paths"], doc["paths"]);
        assert_eq!(back["openapi"], "3.1.0");
        // Every `$ref` points at a component that exists.
        fn refs(v: &Value, out: &mut Vec<String>) {
            match v {
                Value::Object(m) => {
                    if let Some(Value::String(r)) = m.get("$ref") {
                        out.push(r.clone());
                    }
                    m.values().for_each(|v| refs(v, out));
                }
                Value::Array(a) => a.iter().for_each(|v| refs(v, out)),
                _ => {}
            }
        }
        let mut all = Vec::new();
        refs(&doc, &mut all);
        assert!(!all.is_empty());
        for r in all {
            let parts: Vec<&str> = r.trim_start_matches("#/").split('/').collect();
            let target = parts.iter().fold(&doc, |v, p| &v[*p]);
            assert!(target.is_object(), "dangling {r}");
        }
    }

    /// The key answers carry their required fields, with the meanings documented.
    #[test]
    fn key_schemas_carry_their_fields() {
        let doc = doc();
        let decision = required(&doc, "DecisionOut");
        for f in [
            "account_id",
            "decision",
            "score",
            "reasons",
            "decided_at",
            "policy_version",
        ] {
            assert!(decision.contains(f), "DecisionOut.{f}: {decision:?}");
        }
        let props = properties(&doc, "DecisionOut");
        for f in [
            "cluster_id",
            "first_flagged_at",
            "as_of",
            "detector_decision",
            "override",
        ] {
            assert!(props.contains_key(f), "DecisionOut.{f}");
            assert!(!decision.contains(f), "DecisionOut.{f} is optional");
        }
        assert!(props["policy_version"]["description"].is_string());
        assert_eq!(
            required(&doc, "IngestOut"),
            ["accepted", "rejected", "duplicates", "errors"]
                .map(String::from)
                .into()
        );
        assert_eq!(
            required(&doc, "LineError"),
            ["line", "error"].map(String::from).into()
        );
        assert!(required(&doc, "GuardrailOut").contains("action"));
        let action = &properties(&doc, "GuardrailOut")["action"];
        let action = match action.get("$ref").and_then(Value::as_str) {
            Some(r) => schema(&doc, r.rsplit('/').next().expect("name")),
            None => action,
        };
        assert_eq!(action["enum"], serde_json::json!(["BLOCKED", "NONE"]));
        let tiers = &schema(&doc, "Decision")["enum"];
        assert_eq!(
            *tiers,
            serde_json::json!(["allow", "review", "throttle", "block"])
        );
        assert_eq!(
            required(&doc, "ErrorOut"),
            ["error"].map(String::from).into()
        );
    }

    /// The documented decision tiers are `dg_model::Decision`'s spellings, in order.
    #[test]
    fn the_tier_schema_spells_the_model() {
        use dg_model::Decision as D;
        let doc = doc();
        let spelled: Vec<Value> = [D::Allow, D::Review, D::Throttle, D::Block]
            .iter()
            .map(|d| serde_json::to_value(d).expect("tier"))
            .collect();
        assert_eq!(schema(&doc, "Decision")["enum"], Value::Array(spelled));
    }

    /// The documented reason and cluster fields are those `dg_model` serialises.
    #[test]
    fn model_mirrors_name_the_model_fields() {
        let reason = dg_model::Reason {
            code: "c".into(),
            weight: 1.0,
            detail: "d".into(),
            evidence: vec!["r".into()],
        };
        let cluster = dg_model::ClusterFinding {
            cluster_id: "c".into(),
            accounts: Vec::new(),
            score: 0.0,
            decision: dg_model::Decision::Allow,
            links: vec![dg_model::ClusterLink {
                kind: "k".into(),
                value: "v".into(),
                accounts: 1,
            }],
            capabilities: BTreeMap::new(),
            first_seen: dg_model::Timestamp(0),
            last_seen: dg_model::Timestamp(0),
            requests: 0,
        };
        let doc = doc();
        let keys = |v: Value| -> BTreeSet<String> {
            v.as_object().expect("object").keys().cloned().collect()
        };
        let documented =
            |n: &str| -> BTreeSet<String> { properties(&doc, n).into_keys().collect() };
        assert_eq!(
            keys(serde_json::to_value(&reason).expect("reason")),
            documented("Reason")
        );
        let link = serde_json::to_value(&cluster.links[0]).expect("link");
        assert_eq!(keys(link), documented("ClusterLink"));
        assert_eq!(
            keys(serde_json::to_value(&cluster).expect("cluster")),
            documented("Cluster")
        );
    }
}
