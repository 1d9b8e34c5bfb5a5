//! The TAXII 2.1 server: discovery (`/taxii2/`), one API root (`/taxii2/api/`), and the
//! collections configured under `[taxii]` — the service's own campaigns (a STIX bundle built
//! by `dg-intel` from the current findings, re-exported when new events arrived) and stores
//! partners may write to. Every route needs a token: `intel-read` reads, `intel-write`
//! writes, `admin` does both; HTTP Basic (the token as password), `Bearer` and `Token`
//! (taxii2-client's `TokenAuth`) are accepted. Objects are kept in the store, each version
//! with a server-assigned, strictly increasing `date_added` that also pages the collection.

// A refusal is the early answer of a handler (a `Response`, built once per request): boxing
// it would only add an allocation.
#![allow(clippy::result_large_err)]

use std::path::PathBuf;
use std::sync::Arc;

use axum::body::Body;
use axum::extract::{Path, Query, Request, State};
use axum::http::{header, HeaderMap, HeaderName, HeaderValue, StatusCode};
use axum::middleware::{from_fn_with_state, Next};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::{Extension, Router};
use base64::Engine as _;
use dg_detect::scanner::SharingKey;
use dg_intel::{CampaignInput, ExportOptions, Tlp};
use serde::Deserialize;
use serde_json::{json, Value};
use tracing::{info, warn};

use crate::auth::{Role, Verdict};
use crate::store::{TaxiiQuery, TaxiiRow, VersionMatch};
use crate::{App, ServeError};

/// The TAXII 2.1 media type of every answer.
pub const TAXII_MEDIA: &str = "application/taxii+json;version=2.1";

/// The STIX 2.1 media type of the objects.
pub const STIX_MEDIA: &str = "application/stix+json;version=2.1";

/// Path of the one API root.
pub const API_ROOT: &str = "/taxii2/api/";

/// Most values in one `match[...]` filter.
const MAX_MATCH_VALUES: usize = 100;

/// Longest STIX type or id accepted.
const MAX_ID_LEN: usize = 300;

/// STIX 2.1 cyber-observable types: they have no `created`/`modified` of their own.
const SCO_TYPES: &[&str] = &[
    "artifact",
    "autonomous-system",
    "directory",
    "domain-name",
    "email-addr",
    "email-message",
    "file",
    "ipv4-addr",
    "ipv6-addr",
    "mac-addr",
    "mutex",
    "network-traffic",
    "process",
    "software",
    "url",
    "user-account",
    "windows-registry-key",
    "x509-certificate",
];

/// What a collection holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CollectionKind {
    /// The service's own flagged campaigns, exported from the current findings (read-only).
    Campaigns,
    /// Objects posted by partners (or pulled from theirs).
    Store,
}

/// One `[[taxii.collections]]` entry.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CollectionSpec {
    /// A UUID, the collection's id in URLs.
    pub id: String,
    /// Human-readable title.
    pub title: String,
    /// Optional description.
    #[serde(default)]
    pub description: Option<String>,
    /// Optional short name (TAXII `alias`).
    #[serde(default)]
    pub alias: Option<String>,
    /// What it holds.
    pub kind: CollectionKind,
    /// Tokens with `intel-read` may read it.
    #[serde(default = "yes")]
    pub readable: bool,
    /// Tokens with `intel-write` may post to it (never a `campaigns` collection).
    #[serde(default)]
    pub writable: bool,
}

fn yes() -> bool {
    true
}

/// `[taxii]`: the TAXII 2.1 server and what it exports.
#[derive(Debug, Clone, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct TaxiiConfig {
    /// Serve the TAXII routes at all.
    pub enabled: bool,
    /// Title of the discovery resource and the API root.
    pub title: String,
    /// Producer identity named in the exported campaigns (as `scan --producer`).
    pub producer: String,
    /// TLP 2.0 level of the exported objects: clear, green, amber, amber+strict or red.
    pub tlp: String,
    /// File holding the trust group's sharing key (as `scan --sharing-key-file`); without one,
    /// personal values are left out of the export.
    pub sharing_key_file: Option<PathBuf>,
    /// Id of the sharing key written in keyed values.
    pub sharing_key_id: String,
    /// Objects per page when the client gives no `limit`.
    pub page_size: usize,
    /// Most objects per page whatever `limit` says.
    pub max_page_size: usize,
    /// Largest POST body (the API root's `max_content_length`), in bytes.
    pub max_post_bytes: usize,
    /// Most objects in one POST.
    pub max_post_objects: usize,
    /// Largest single object, in bytes of JSON.
    pub max_object_bytes: usize,
    /// The collections (default: `campaigns` and a writable `partner-inbox`).
    pub collections: Vec<CollectionSpec>,
    /// Partner collections pulled on a schedule (`[[taxii.pull]]`).
    pub pull: Vec<crate::taxii_pull::PullSpec>,
    /// Partner collections our campaigns are pushed to on a schedule (`[[taxii.push]]`).
    pub push: Vec<crate::taxii_push::PushSpec>,
}

/// Id of the default campaigns collection.
pub const DEFAULT_CAMPAIGNS_ID: &str = "5a6c1b2e-8f3d-4c7a-9e41-0d2b7f6a3c11";

/// Id of the default partner inbox.
pub const DEFAULT_INBOX_ID: &str = "9b0e4d7f-2a1c-4e58-b3f6-7c8d5e9a1f22";

impl Default for TaxiiConfig {
    fn default() -> Self {
        Self {
            enabled: true,
            title: "distillguard".into(),
            producer: "distillguard".into(),
            tlp: "amber".into(),
            sharing_key_file: None,
            sharing_key_id: "shared".into(),
            page_size: 100,
            max_page_size: 1000,
            max_post_bytes: 16 << 20,
            max_post_objects: 10_000,
            max_object_bytes: 1 << 20,
            collections: Vec::new(),
            pull: Vec::new(),
            push: Vec::new(),
        }
    }
}

fn default_collections() -> Vec<CollectionSpec> {
    vec![
        CollectionSpec {
            id: DEFAULT_CAMPAIGNS_ID.into(),
            title: "distillguard campaigns".into(),
            description: Some(
                "Distillation campaigns flagged here, as STIX 2.1 (campaigns, indicators, \
                 sightings, frame sketches)."
                    .into(),
            ),
            alias: Some("campaigns".into()),
            kind: CollectionKind::Campaigns,
            readable: true,
            writable: false,
        },
        CollectionSpec {
            id: DEFAULT_INBOX_ID.into(),
            title: "partner inbox".into(),
            description: Some("STIX 2.1 bundles shared by partners.".into()),
            alias: Some("partner-inbox".into()),
            kind: CollectionKind::Store,
            readable: true,
            writable: true,
        },
    ]
}

/// Whether `s` is a UUID in its canonical 8-4-4-4-12 hex form.
pub(crate) fn is_uuid(s: &str) -> bool {
    s.len() == 36
        && s.char_indices().all(|(i, c)| match i {
            8 | 13 | 18 | 23 => c == '-',
            _ => c.is_ascii_hexdigit(),
        })
}

/// The running server's TAXII state.
pub(crate) struct Taxii {
    cfg: TaxiiConfig,
    collections: Vec<CollectionSpec>,
    export: ExportOptions,
    /// The last `date_added` handed out; held while inserting, so commits follow its order.
    clock: tokio::sync::Mutex<i64>,
    /// The engine generation the campaigns were last exported at.
    exported: tokio::sync::Mutex<Option<(u64, usize)>>,
    /// Scheduled pulls not started yet (taken by [`Taxii::start`]).
    pulls: std::sync::Mutex<Vec<crate::taxii_pull::Pull>>,
    /// Scheduled pushes not started yet (taken by [`Taxii::start`]).
    pushes: std::sync::Mutex<Vec<crate::taxii_push::Push>>,
    /// The running pull tasks.
    tasks: std::sync::Mutex<Vec<tokio::task::AbortHandle>>,
}

pub(crate) fn read_sharing_key(cfg: &TaxiiConfig) -> Result<Option<SharingKey>, ServeError> {
    let Some(p) = &cfg.sharing_key_file else {
        return Ok(None);
    };
    let bad = |m: String| ServeError::Config(format!("[taxii] sharing_key_file: {m}"));
    let mut k = std::fs::read(p).map_err(|e| bad(format!("{}: {e}", p.display())))?;
    while k.last().is_some_and(|b| matches!(b, b'\n' | b'\r')) {
        k.pop();
    }
    if k.len() < 16 {
        return Err(bad(dg_intel::IntelError::ShortKey(k.len()).to_string()));
    }
    let id = &cfg.sharing_key_id;
    let id_ok = (1..=64).contains(&id.len())
        && id
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b'-'));
    if !id_ok {
        return Err(bad(dg_intel::IntelError::KeyId.to_string()));
    }
    Ok(Some(SharingKey {
        key: k,
        key_id: id.clone(),
    }))
}

impl Taxii {
    /// Checks the configuration and reads the store's clock.
    pub(crate) async fn new(
        cfg: &TaxiiConfig,
        store: &crate::Store,
        hash_key: &[u8],
    ) -> Result<Self, ServeError> {
        let bad = |m: String| ServeError::Config(format!("[taxii] {m}"));
        let collections = if cfg.collections.is_empty() {
            default_collections()
        } else {
            cfg.collections.clone()
        };
        for (i, c) in collections.iter().enumerate() {
            if !is_uuid(&c.id) {
                return Err(bad(format!("collection id {:?} is not a UUID", c.id)));
            }
            if c.kind == CollectionKind::Campaigns && c.writable {
                return Err(bad(format!("collection {}: campaigns are read-only", c.id)));
            }
            if collections[..i]
                .iter()
                .any(|o| o.id == c.id || (o.alias.is_some() && o.alias == c.alias))
            {
                return Err(bad(format!("collection {}: id or alias used twice", c.id)));
            }
        }
        if cfg.page_size == 0 || cfg.max_page_size == 0 || cfg.max_post_objects == 0 {
            return Err(bad(
                "page sizes and max_post_objects must be at least 1".into()
            ));
        }
        let tlp = Tlp::parse(&cfg.tlp).map_err(|e| bad(e.to_string()))?;
        let producer: String = cfg.producer.chars().filter(|c| !c.is_control()).collect();
        if producer.trim().is_empty() || producer.len() > 200 {
            return Err(bad("producer: expected 1 to 200 characters".into()));
        }
        let export = ExportOptions {
            producer,
            tlp,
            sharing_key: read_sharing_key(cfg)?,
            id_key: hash_key.to_vec(),
            valid_days: 30,
        };
        let pulls = cfg
            .pull
            .iter()
            .map(|p| {
                let is_store = collections
                    .iter()
                    .any(|c| c.id == p.into && c.kind == CollectionKind::Store);
                crate::taxii_pull::Pull::new(p, is_store)
            })
            .collect::<Result<Vec<_>, _>>()?;
        let pushes = cfg
            .push
            .iter()
            .map(|p| {
                let is_campaigns = collections
                    .iter()
                    .any(|c| c.id == p.from && c.kind == CollectionKind::Campaigns);
                crate::taxii_push::Push::new(p, is_campaigns)
            })
            .collect::<Result<Vec<_>, _>>()?;
        Ok(Self {
            cfg: cfg.clone(),
            collections,
            export,
            clock: tokio::sync::Mutex::new(store.taxii_last_added().await?),
            exported: tokio::sync::Mutex::new(None),
            pulls: std::sync::Mutex::new(pulls),
            pushes: std::sync::Mutex::new(pushes),
            tasks: std::sync::Mutex::new(Vec::new()),
        })
    }

    /// Starts the scheduled pulls and pushes.
    pub(crate) fn start(app: &Arc<App>) {
        let pulls = std::mem::take(
            &mut *app
                .taxii
                .pulls
                .lock()
                .unwrap_or_else(std::sync::PoisonError::into_inner),
        );
        let pushes = std::mem::take(
            &mut *app
                .taxii
                .pushes
                .lock()
                .unwrap_or_else(std::sync::PoisonError::into_inner),
        );
        let mut handles = crate::taxii_pull::spawn(app, pulls);
        handles.extend(crate::taxii_push::spawn(app, pushes));
        app.taxii
            .tasks
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .extend(handles);
    }

    /// Stops the scheduled pulls and pushes.
    pub(crate) fn stop(&self) {
        for h in self
            .tasks
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .drain(..)
        {
            h.abort();
        }
    }

    fn collection(&self, id: &str) -> Option<&CollectionSpec> {
        self.collections.iter().find(|c| c.id == id)
    }
}

/// What the presented token may do here.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Access {
    read: bool,
    write: bool,
}

impl Access {
    fn can_read(self, c: &CollectionSpec) -> bool {
        self.read && c.readable
    }

    fn can_write(self, c: &CollectionSpec) -> bool {
        self.write && c.writable
    }
}

/// The token of a TAXII request: the password of HTTP Basic (or its user name when the
/// password is empty), `Bearer …`, `Token …`, or `x-distillguard-token`.
fn presented(headers: &HeaderMap) -> Option<String> {
    if let Some(v) = headers.get(crate::api::TOKEN_HEADER) {
        return v.to_str().ok().map(str::to_string);
    }
    let v = headers.get(header::AUTHORIZATION)?.to_str().ok()?.trim();
    let (scheme, rest) = v.split_once(' ')?;
    let rest = rest.trim();
    if scheme.eq_ignore_ascii_case("bearer") || scheme.eq_ignore_ascii_case("token") {
        return Some(rest.to_string());
    }
    if scheme.eq_ignore_ascii_case("basic") {
        let raw = base64::engine::general_purpose::STANDARD
            .decode(rest)
            .ok()?;
        let text = String::from_utf8(raw).ok()?;
        let (user, password) = text.split_once(':').unwrap_or((text.as_str(), ""));
        return Some(if password.is_empty() { user } else { password }.to_string());
    }
    None
}

/// A TAXII error message resource.
fn taxii_error(status: StatusCode, title: &str, description: impl Into<String>) -> Response {
    let body = json!({
        "title": title,
        "description": description.into(),
        "http_status": status.as_u16().to_string(),
    });
    taxii_json(status, body.to_string())
}

fn taxii_json(status: StatusCode, body: String) -> Response {
    (
        status,
        [(header::CONTENT_TYPE, HeaderValue::from_static(TAXII_MEDIA))],
        body,
    )
        .into_response()
}

/// Authenticates every TAXII request and records what it may do.
async fn require(State(app): State<Arc<App>>, mut req: Request, next: Next) -> Response {
    let token = presented(req.headers());
    let read = app.auth.check(token.as_deref(), Role::IntelRead);
    let write = app.auth.check(token.as_deref(), Role::IntelWrite);
    let access = Access {
        read: read == Verdict::Pass,
        write: write == Verdict::Pass,
    };
    if !access.read && !access.write {
        app.metrics
            .auth_refused
            .fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        if read == Verdict::Unauthenticated {
            let mut r = taxii_error(
                StatusCode::UNAUTHORIZED,
                "unauthorized",
                "a valid token is required (HTTP Basic with the token as password, or Bearer)",
            );
            r.headers_mut().insert(
                header::WWW_AUTHENTICATE,
                HeaderValue::from_static("Basic realm=\"distillguard TAXII\""),
            );
            return r;
        }
        return taxii_error(
            StatusCode::FORBIDDEN,
            "forbidden",
            "this token has neither the `intel-read` nor the `intel-write` role",
        );
    }
    if !acceptable(req.headers()) {
        return taxii_error(
            StatusCode::NOT_ACCEPTABLE,
            "not acceptable",
            format!("this server answers {TAXII_MEDIA}"),
        );
    }
    req.extensions_mut().insert(access);
    next.run(req).await
}

/// Whether the `Accept` header admits TAXII 2.1 JSON (absent admits anything).
fn acceptable(headers: &HeaderMap) -> bool {
    let Some(v) = headers.get(header::ACCEPT) else {
        return true;
    };
    let Ok(v) = v.to_str() else {
        return false;
    };
    v.split(',').any(|range| {
        let mut parts = range.split(';').map(str::trim);
        let ty = parts.next().unwrap_or("").to_ascii_lowercase();
        let version_ok = parts
            .filter_map(|p| p.split_once('='))
            .filter(|(k, _)| k.trim().eq_ignore_ascii_case("version"))
            .all(|(_, v)| v.trim() == "2.1");
        match ty.as_str() {
            "*/*" | "application/*" | "application/json" => true,
            "application/taxii+json" => version_ok,
            _ => false,
        }
    })
}

/// The TAXII routes, all behind [`require`].
pub(crate) fn router(app: Arc<App>) -> Router<Arc<App>> {
    if !app.taxii.cfg.enabled {
        return Router::new();
    }
    Router::new()
        .route("/taxii2/", get(discovery))
        .route(API_ROOT, get(api_root))
        .route("/taxii2/api/collections/", get(collections))
        .route("/taxii2/api/collections/{cid}/", get(collection))
        .route(
            "/taxii2/api/collections/{cid}/objects/",
            get(get_objects).post(post_objects),
        )
        .route(
            "/taxii2/api/collections/{cid}/objects/{oid}/",
            get(get_object),
        )
        .route(
            "/taxii2/api/collections/{cid}/objects/{oid}/versions/",
            get(versions),
        )
        .route("/taxii2/api/collections/{cid}/manifest/", get(manifest))
        .route("/taxii2/api/status/{sid}/", get(status))
        .route_layer(from_fn_with_state(app, require))
}

/// Server discovery: the title and the one API root.
#[utoipa::path(
    get,
    path = "/taxii2/",
    tag = "taxii",
    security(("taxii_bearer" = ["intel-read"])),
    responses(
        (status = 200, description = "the discovery resource", body = Object,
            content_type = "application/taxii+json;version=2.1"),
        (status = 401, response = crate::openapi::TaxiiRefused),
        (status = 403, response = crate::openapi::TaxiiRefused),
        (status = 406, response = crate::openapi::TaxiiRefused),
    )
)]
async fn discovery(State(app): State<Arc<App>>) -> Response {
    let body = json!({
        "title": app.taxii.cfg.title,
        "description": "distillguard: distillation campaigns shared as STIX 2.1",
        "default": API_ROOT,
        "api_roots": [API_ROOT],
    });
    taxii_json(StatusCode::OK, body.to_string())
}

/// The API root: its versions and `max_content_length`.
#[utoipa::path(
    get,
    path = "/taxii2/api/",
    tag = "taxii",
    security(("taxii_bearer" = ["intel-read"])),
    responses(
        (status = 200, description = "the API root resource", body = Object,
            content_type = "application/taxii+json;version=2.1"),
        (status = 401, response = crate::openapi::TaxiiRefused),
        (status = 403, response = crate::openapi::TaxiiRefused),
        (status = 406, response = crate::openapi::TaxiiRefused),
    )
)]
async fn api_root(State(app): State<Arc<App>>) -> Response {
    let body = json!({
        "title": app.taxii.cfg.title,
        "description": "The one API root of this distillguard service.",
        "versions": [TAXII_MEDIA],
        "max_content_length": app.taxii.cfg.max_post_bytes,
    });
    taxii_json(StatusCode::OK, body.to_string())
}

fn collection_json(c: &CollectionSpec, a: Access) -> Value {
    let mut v = json!({
        "id": c.id,
        "title": c.title,
        "can_read": a.can_read(c),
        "can_write": a.can_write(c),
        "media_types": [STIX_MEDIA],
    });
    if let Some(d) = &c.description {
        v["description"] = json!(d);
    }
    if let Some(al) = &c.alias {
        v["alias"] = json!(al);
    }
    v
}

/// The collections this token may read or write.
#[utoipa::path(
    get,
    path = "/taxii2/api/collections/",
    tag = "taxii",
    security(("taxii_bearer" = ["intel-read"])),
    responses(
        (status = 200, description = "the collections resource", body = Object,
            content_type = "application/taxii+json;version=2.1"),
        (status = 401, response = crate::openapi::TaxiiRefused),
        (status = 403, response = crate::openapi::TaxiiRefused),
        (status = 406, response = crate::openapi::TaxiiRefused),
    )
)]
async fn collections(State(app): State<Arc<App>>, Extension(a): Extension<Access>) -> Response {
    let list: Vec<Value> = app
        .taxii
        .collections
        .iter()
        .filter(|c| a.can_read(c) || a.can_write(c))
        .map(|c| collection_json(c, a))
        .collect();
    let body = if list.is_empty() {
        json!({})
    } else {
        json!({ "collections": list })
    };
    taxii_json(StatusCode::OK, body.to_string())
}

/// The collection if the token may see it (404 otherwise: its existence is not disclosed).
fn visible<'a>(app: &'a App, cid: &str, a: Access) -> Result<&'a CollectionSpec, Response> {
    match app.taxii.collection(cid) {
        Some(c) if a.can_read(c) || a.can_write(c) => Ok(c),
        _ => Err(taxii_error(
            StatusCode::NOT_FOUND,
            "not found",
            "no such collection",
        )),
    }
}

/// The collection if the token may read it (exporting the campaigns first if they are stale).
async fn readable<'a>(
    app: &'a Arc<App>,
    cid: &str,
    a: Access,
) -> Result<&'a CollectionSpec, Response> {
    let c = visible(app, cid, a)?;
    if !a.can_read(c) {
        return Err(taxii_error(
            StatusCode::FORBIDDEN,
            "forbidden",
            "this token may not read this collection",
        ));
    }
    if c.kind == CollectionKind::Campaigns {
        if let Err(e) = refresh_campaigns(app, &c.id).await {
            warn!(error = %e, "exporting the campaigns failed");
            return Err(taxii_error(
                StatusCode::SERVICE_UNAVAILABLE,
                "unavailable",
                "the campaigns could not be exported; retry later",
            ));
        }
    }
    Ok(c)
}

/// One collection.
#[utoipa::path(
    get,
    path = "/taxii2/api/collections/{cid}/",
    tag = "taxii",
    security(("taxii_bearer" = ["intel-read"])),
    params(("cid" = String, Path, description = "the collection's id")),
    responses(
        (status = 200, description = "the collection resource", body = Object,
            content_type = "application/taxii+json;version=2.1"),
        (status = 401, response = crate::openapi::TaxiiRefused),
        (status = 403, response = crate::openapi::TaxiiRefused),
        (status = 404, response = crate::openapi::TaxiiRefused),
        (status = 406, response = crate::openapi::TaxiiRefused),
    )
)]
async fn collection(
    State(app): State<Arc<App>>,
    Extension(a): Extension<Access>,
    Path(cid): Path<String>,
) -> Response {
    match visible(&app, &cid, a) {
        Ok(c) => taxii_json(StatusCode::OK, collection_json(c, a).to_string()),
        Err(r) => r,
    }
}

/// Epoch microseconds as TAXII writes timestamps.
pub(crate) fn ts_us(us: i64) -> String {
    chrono::DateTime::from_timestamp_micros(us)
        .unwrap_or_default()
        .to_rfc3339_opts(chrono::SecondsFormat::Micros, true)
}

/// An RFC 3339 timestamp as epoch microseconds.
pub(crate) fn parse_us(s: &str) -> Option<i64> {
    chrono::DateTime::parse_from_rfc3339(s.trim())
        .ok()
        .map(|t| t.timestamp_micros())
}

/// The filters and page of a read, from the query string.
struct Filters {
    query: TaxiiQuery,
    /// Asked for a spec version other than 2.1 (nothing here matches).
    other_spec: bool,
}

/// The filters of a read route, once the token may read the collection.
async fn read_filters(
    app: &Arc<App>,
    cid: &str,
    a: Access,
    pairs: &[(String, String)],
) -> Result<Filters, Response> {
    readable(app, cid, a).await?;
    filters(app, cid, pairs)
}

fn filters(app: &App, cid: &str, pairs: &[(String, String)]) -> Result<Filters, Response> {
    let bad = |m: String| taxii_error(StatusCode::BAD_REQUEST, "bad request", m);
    let mut q = TaxiiQuery {
        collection_id: cid.to_string(),
        added_after: None,
        types: Vec::new(),
        ids: Vec::new(),
        versions: Vec::new(),
        limit: app.taxii.cfg.page_size,
    };
    let mut other_spec = false;
    let list = |v: &str, what: &str| -> Result<Vec<String>, Response> {
        let items: Vec<String> = v
            .split(',')
            .map(|s| s.trim().to_string())
            .filter(|s| !s.is_empty())
            .collect();
        if items.len() > MAX_MATCH_VALUES || items.iter().any(|s| s.len() > MAX_ID_LEN) {
            return Err(bad(format!(
                "{what}: at most {MAX_MATCH_VALUES} values of at most {MAX_ID_LEN} bytes"
            )));
        }
        Ok(items)
    };
    for (k, v) in pairs {
        match k.as_str() {
            "added_after" => {
                let t = parse_us(v)
                    .ok_or_else(|| bad(format!("added_after: not an RFC 3339 time: {v:.40}")))?;
                q.added_after = Some(q.added_after.map_or(t, |a| a.max(t)));
            }
            "next" => {
                let t: i64 = v
                    .trim()
                    .parse()
                    .map_err(|_| bad("next: not a value this server gave".into()))?;
                q.added_after = Some(q.added_after.map_or(t, |a| a.max(t)));
            }
            "limit" => {
                let n: usize = v
                    .trim()
                    .parse()
                    .ok()
                    .filter(|&n| n > 0)
                    .ok_or_else(|| bad("limit: expected a positive integer".into()))?;
                q.limit = n.min(app.taxii.cfg.max_page_size);
            }
            "match[type]" => q.types.extend(list(v, "match[type]")?),
            "match[id]" => q.ids.extend(list(v, "match[id]")?),
            "match[version]" => {
                for item in list(v, "match[version]")? {
                    q.versions.push(match item.as_str() {
                        "last" => VersionMatch::Last,
                        "first" => VersionMatch::First,
                        "all" => VersionMatch::All,
                        t => VersionMatch::At(parse_us(t).ok_or_else(|| {
                            bad(format!(
                                "match[version]: not last, first, all or a time: {t:.40}"
                            ))
                        })?),
                    });
                }
            }
            "match[spec_version]" => {
                other_spec = !list(v, "match[spec_version]")?.iter().any(|s| s == "2.1");
            }
            // Unknown parameters are ignored, as the specification asks.
            _ => {}
        }
    }
    if q.types.len() > MAX_MATCH_VALUES || q.ids.len() > MAX_MATCH_VALUES {
        return Err(bad(format!("at most {MAX_MATCH_VALUES} match values")));
    }
    Ok(Filters {
        query: q,
        other_spec,
    })
}

/// One page of rows: the rows, whether more follow, and the `next` cursor.
async fn page(app: &App, f: &Filters) -> Result<(Vec<TaxiiRow>, bool), Response> {
    if f.other_spec {
        return Ok((Vec::new(), false));
    }
    let mut q = f.query.clone();
    let limit = q.limit;
    q.limit = limit + 1;
    let mut rows = app.store.taxii_query(&q).await.map_err(|e| {
        warn!(error = %e, "reading a TAXII collection failed");
        taxii_error(
            StatusCode::SERVICE_UNAVAILABLE,
            "unavailable",
            "the store is unavailable",
        )
    })?;
    let more = rows.len() > limit;
    rows.truncate(limit);
    Ok((rows, more))
}

/// An envelope-like answer with the date-added headers.
fn paged(rows: &[TaxiiRow], more: bool, key: &str, items: Vec<String>) -> Response {
    let mut body = format!("{{\"more\":{more}");
    if more {
        if let Some(last) = rows.last() {
            body.push_str(&format!(",\"next\":\"{}\"", last.date_added));
        }
    }
    if !items.is_empty() {
        body.push_str(&format!(",\"{key}\":[{}]", items.join(",")));
    }
    body.push('}');
    let mut r = taxii_json(StatusCode::OK, body);
    if let (Some(first), Some(last)) = (rows.first(), rows.last()) {
        for (name, us) in [
            ("x-taxii-date-added-first", first.date_added),
            ("x-taxii-date-added-last", last.date_added),
        ] {
            if let Ok(v) = HeaderValue::from_str(&ts_us(us)) {
                r.headers_mut().insert(HeaderName::from_static(name), v);
            }
        }
    }
    r
}

/// The filters and paging of the object, versions and manifest routes, for the OpenAPI
/// document only: the handlers read the raw query pairs (`read_filters`), since TAXII allows
/// a key more than once and reports a bad one in its own error format.
#[derive(utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
#[allow(dead_code)]
struct FilterParams {
    /// only versions added after this time (RFC 3339)
    added_after: Option<String>,
    /// objects per page (`[taxii] page_size`, at most `max_page_size`)
    limit: Option<u64>,
    /// the `next` of the previous page
    next: Option<String>,
    /// comma-separated STIX types
    #[param(rename = "match[type]")]
    match_type: Option<String>,
    /// comma-separated STIX ids
    #[param(rename = "match[id]")]
    match_id: Option<String>,
    /// `last` (default), `first`, `all` or timestamps
    #[param(rename = "match[version]")]
    match_version: Option<String>,
    /// `2.1` (other versions: nothing)
    #[param(rename = "match[spec_version]")]
    match_spec_version: Option<String>,
}

/// A page of a readable collection's objects, as an envelope.
#[utoipa::path(
    get,
    path = "/taxii2/api/collections/{cid}/objects/",
    tag = "taxii",
    security(("taxii_bearer" = ["intel-read"])),
    params(("cid" = String, Path, description = "the collection's id"),
        FilterParams,
    ),
    responses(
        (status = 200, description = "an envelope (`more`, `next`, `objects`)", body = Object,
            content_type = "application/taxii+json;version=2.1"),
        (status = 401, response = crate::openapi::TaxiiRefused),
        (status = 403, response = crate::openapi::TaxiiRefused),
        (status = 400, response = crate::openapi::TaxiiRefused),
        (status = 404, response = crate::openapi::TaxiiRefused),
        (status = 406, response = crate::openapi::TaxiiRefused),
    )
)]
async fn get_objects(
    State(app): State<Arc<App>>,
    Extension(a): Extension<Access>,
    Path(cid): Path<String>,
    Query(pairs): Query<Vec<(String, String)>>,
) -> Response {
    let f = match read_filters(&app, &cid, a, &pairs).await {
        Ok(f) => f,
        Err(r) => return r,
    };
    match page(&app, &f).await {
        Ok((rows, more)) => {
            let items = rows.iter().map(|r| r.object.clone()).collect();
            paged(&rows, more, "objects", items)
        }
        Err(r) => r,
    }
}

/// One object's versions (`match[version]`), as an envelope.
#[utoipa::path(
    get,
    path = "/taxii2/api/collections/{cid}/objects/{oid}/",
    tag = "taxii",
    security(("taxii_bearer" = ["intel-read"])),
    params(("cid" = String, Path, description = "the collection's id"), ("oid" = String, Path, description = "the STIX object's id"),
        FilterParams,
    ),
    responses(
        (status = 200, description = "an envelope", body = Object,
            content_type = "application/taxii+json;version=2.1"),
        (status = 401, response = crate::openapi::TaxiiRefused),
        (status = 403, response = crate::openapi::TaxiiRefused),
        (status = 400, response = crate::openapi::TaxiiRefused),
        (status = 404, response = crate::openapi::TaxiiRefused),
        (status = 406, response = crate::openapi::TaxiiRefused),
    )
)]
async fn get_object(
    State(app): State<Arc<App>>,
    Extension(a): Extension<Access>,
    Path((cid, oid)): Path<(String, String)>,
    Query(pairs): Query<Vec<(String, String)>>,
) -> Response {
    let mut f = match read_filters(&app, &cid, a, &pairs).await {
        Ok(f) => f,
        Err(r) => return r,
    };
    f.query.ids = vec![oid];
    match page(&app, &f).await {
        Ok((rows, _)) if rows.is_empty() => {
            taxii_error(StatusCode::NOT_FOUND, "not found", "no such object")
        }
        Ok((rows, more)) => {
            let items = rows.iter().map(|r| r.object.clone()).collect();
            paged(&rows, more, "objects", items)
        }
        Err(r) => r,
    }
}

/// The versions of one object.
#[utoipa::path(
    get,
    path = "/taxii2/api/collections/{cid}/objects/{oid}/versions/",
    tag = "taxii",
    security(("taxii_bearer" = ["intel-read"])),
    params(("cid" = String, Path, description = "the collection's id"), ("oid" = String, Path, description = "the STIX object's id"),
        FilterParams,
    ),
    responses(
        (status = 200, description = "the versions resource", body = Object,
            content_type = "application/taxii+json;version=2.1"),
        (status = 401, response = crate::openapi::TaxiiRefused),
        (status = 403, response = crate::openapi::TaxiiRefused),
        (status = 400, response = crate::openapi::TaxiiRefused),
        (status = 404, response = crate::openapi::TaxiiRefused),
        (status = 406, response = crate::openapi::TaxiiRefused),
    )
)]
async fn versions(
    State(app): State<Arc<App>>,
    Extension(a): Extension<Access>,
    Path((cid, oid)): Path<(String, String)>,
    Query(pairs): Query<Vec<(String, String)>>,
) -> Response {
    let mut f = match read_filters(&app, &cid, a, &pairs).await {
        Ok(f) => f,
        Err(r) => return r,
    };
    f.query.ids = vec![oid];
    f.query.versions = vec![VersionMatch::All];
    match page(&app, &f).await {
        Ok((rows, _)) if rows.is_empty() => {
            taxii_error(StatusCode::NOT_FOUND, "not found", "no such object")
        }
        Ok((rows, more)) => {
            let items = rows
                .iter()
                .map(|r| Value::String(r.version.clone()).to_string())
                .collect();
            paged(&rows, more, "versions", items)
        }
        Err(r) => r,
    }
}

/// The manifest of a collection's objects (filters as for objects).
#[utoipa::path(
    get,
    path = "/taxii2/api/collections/{cid}/manifest/",
    tag = "taxii",
    security(("taxii_bearer" = ["intel-read"])),
    params(("cid" = String, Path, description = "the collection's id"),
        FilterParams,
    ),
    responses(
        (status = 200, description = "the manifest resource", body = Object,
            content_type = "application/taxii+json;version=2.1"),
        (status = 401, response = crate::openapi::TaxiiRefused),
        (status = 403, response = crate::openapi::TaxiiRefused),
        (status = 400, response = crate::openapi::TaxiiRefused),
        (status = 404, response = crate::openapi::TaxiiRefused),
        (status = 406, response = crate::openapi::TaxiiRefused),
    )
)]
async fn manifest(
    State(app): State<Arc<App>>,
    Extension(a): Extension<Access>,
    Path(cid): Path<String>,
    Query(pairs): Query<Vec<(String, String)>>,
) -> Response {
    let f = match read_filters(&app, &cid, a, &pairs).await {
        Ok(f) => f,
        Err(r) => return r,
    };
    match page(&app, &f).await {
        Ok((rows, more)) => {
            let items = rows
                .iter()
                .map(|r| {
                    json!({
                        "id": r.object_id,
                        "date_added": ts_us(r.date_added),
                        "version": r.version,
                        "media_type": STIX_MEDIA,
                    })
                    .to_string()
                })
                .collect();
            paged(&rows, more, "objects", items)
        }
        Err(r) => r,
    }
}

/// A status resource of an earlier POST (`intel-write`).
#[utoipa::path(
    get,
    path = "/taxii2/api/status/{sid}/",
    operation_id = "taxii_status",
    tag = "taxii",
    security(("taxii_bearer" = ["intel-write"])),
    params(("sid" = String, Path, description = "the status id (a UUID)")),
    responses(
        (status = 200, description = "the status resource", body = Object,
            content_type = "application/taxii+json;version=2.1"),
        (status = 401, response = crate::openapi::TaxiiRefused),
        (status = 403, response = crate::openapi::TaxiiRefused),
        (status = 404, response = crate::openapi::TaxiiRefused),
        (status = 503, response = crate::openapi::TaxiiRefused),
        (status = 406, response = crate::openapi::TaxiiRefused),
    )
)]
async fn status(
    State(app): State<Arc<App>>,
    Extension(a): Extension<Access>,
    Path(sid): Path<String>,
) -> Response {
    if !a.write {
        return taxii_error(
            StatusCode::FORBIDDEN,
            "forbidden",
            "status resources are for tokens with `intel-write`",
        );
    }
    if !is_uuid(&sid) {
        return taxii_error(StatusCode::NOT_FOUND, "not found", "no such status");
    }
    match app.store.taxii_status(&sid).await {
        Ok(Some(body)) => taxii_json(StatusCode::OK, body),
        Ok(None) => taxii_error(StatusCode::NOT_FOUND, "not found", "no such status"),
        Err(e) => {
            warn!(error = %e, "reading a TAXII status failed");
            taxii_error(
                StatusCode::SERVICE_UNAVAILABLE,
                "unavailable",
                "the store is unavailable",
            )
        }
    }
}

/// Whether a POST's `Content-Type` is TAXII 2.1 (an envelope) or STIX 2.1 (a bundle).
fn postable(headers: &HeaderMap) -> bool {
    let Some(v) = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
    else {
        return false;
    };
    let mut parts = v.split(';').map(str::trim);
    let ty = parts.next().unwrap_or("").to_ascii_lowercase();
    let version_ok = parts
        .filter_map(|p| p.split_once('='))
        .filter(|(k, _)| k.trim().eq_ignore_ascii_case("version"))
        .all(|(_, v)| v.trim() == "2.1");
    matches!(
        ty.as_str(),
        "application/taxii+json" | "application/stix+json"
    ) && version_ok
}

/// What a valid posted object is stored as (without its collection and date).
#[derive(Debug, PartialEq)]
pub(crate) struct Checked {
    pub(crate) id: String,
    pub(crate) obj_type: String,
    /// `None`: the object has no version of its own (its date added is its version).
    pub(crate) version: Option<(i64, String)>,
}

/// The minimal validation of a posted object: its type, id, spec version and timestamps.
pub(crate) fn check_object(o: &Value) -> Result<Checked, String> {
    let o = o.as_object().ok_or("not a JSON object")?;
    let ty = o.get("type").and_then(Value::as_str).ok_or("no type")?;
    let type_ok = (3..=250).contains(&ty.len())
        && ty
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && !ty.starts_with('-')
        && !ty.ends_with('-');
    if !type_ok {
        return Err("type: expected 3 to 250 of a-z, 0-9 and '-'".into());
    }
    let id = o.get("id").and_then(Value::as_str).ok_or("no id")?;
    match id.split_once("--") {
        Some((t, u)) if t == ty && is_uuid(u) => {}
        _ => return Err("id: expected <type>--<UUID>".into()),
    }
    let sco = SCO_TYPES.contains(&ty);
    match o.get("spec_version").and_then(Value::as_str) {
        Some("2.1") => {}
        None if sco => {}
        Some(_) => return Err("spec_version: only 2.1 is accepted".into()),
        None => return Err("no spec_version".into()),
    }
    let time = |k: &str| -> Result<Option<(i64, String)>, String> {
        match o.get(k) {
            None => Ok(None),
            Some(v) => {
                let s = v.as_str().ok_or(format!("{k}: not a string"))?;
                let us = parse_us(s).ok_or(format!("{k}: not an RFC 3339 time"))?;
                Ok(Some((us, s.to_string())))
            }
        }
    };
    let created = time("created")?;
    let modified = time("modified")?;
    if !sco {
        if created.is_none() {
            return Err("no created".into());
        }
        if modified.is_none() && ty != "marking-definition" {
            return Err("no modified".into());
        }
    }
    if let (Some(c), Some(m)) = (&created, &modified) {
        if m.0 < c.0 {
            return Err("modified is earlier than created".into());
        }
    }
    Ok(Checked {
        id: id.to_string(),
        obj_type: ty.to_string(),
        version: modified.or(created),
    })
}

/// Stores objects in a collection, giving each a `date_added`; returns which were new.
async fn add_objects(
    app: &App,
    cid: &str,
    objects: Vec<(Checked, String)>,
) -> Result<(Vec<bool>, i64), ServeError> {
    let mut clock = app.taxii.clock.lock().await;
    let now = chrono::Utc::now().timestamp_micros();
    let first = now.max(*clock + 1);
    let rows: Vec<TaxiiRow> = objects
        .into_iter()
        .enumerate()
        .map(|(i, (c, text))| {
            let added = first + i as i64;
            let (version_us, version) = c.version.unwrap_or_else(|| (added, ts_us(added)));
            TaxiiRow {
                collection_id: cid.to_string(),
                object_id: c.id,
                obj_type: c.obj_type,
                version_us,
                version,
                spec_version: "2.1".into(),
                date_added: added,
                object: text,
            }
        })
        .collect();
    let fresh = app.store.taxii_insert(&rows).await?;
    if !rows.is_empty() {
        *clock = first + rows.len() as i64 - 1;
    }
    Ok((fresh, first))
}

/// Adds a STIX 2.1 envelope or bundle to a writable collection; answers a status resource.
///
/// Each object is checked and stored with a server-assigned `date_added`; the failures are in
/// the status, not the HTTP status.
#[utoipa::path(
    post,
    path = "/taxii2/api/collections/{cid}/objects/",
    tag = "taxii",
    security(("taxii_bearer" = ["intel-write"])),
    params(("cid" = String, Path, description = "the collection's id")),
    request_body(
        description = "a TAXII envelope or a STIX bundle",
        content((Object = "application/taxii+json;version=2.1"), (Object = "application/stix+json;version=2.1"))
    ),
    responses(
        (status = 202, description = "the status resource", body = Object,
            content_type = "application/taxii+json;version=2.1"),
        (status = 400, response = crate::openapi::TaxiiRefused),
        (status = 401, response = crate::openapi::TaxiiRefused),
        (status = 403, response = crate::openapi::TaxiiRefused),
        (status = 404, response = crate::openapi::TaxiiRefused),
        (status = 413, description = "over `[taxii] max_post_bytes` or `max_post_objects`"),
        (status = 415, description = "not the TAXII or STIX 2.1 media type"),
    )
)]
async fn post_objects(
    State(app): State<Arc<App>>,
    Extension(a): Extension<Access>,
    Path(cid): Path<String>,
    headers: HeaderMap,
    body: Body,
) -> Response {
    let c = match visible(&app, &cid, a) {
        Ok(c) => c,
        Err(r) => return r,
    };
    if !a.can_write(c) {
        return taxii_error(
            StatusCode::FORBIDDEN,
            "forbidden",
            "this token may not write to this collection",
        );
    }
    if !postable(&headers) {
        return taxii_error(
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            "unsupported media type",
            format!("post {TAXII_MEDIA} (an envelope) or {STIX_MEDIA} (a bundle)"),
        );
    }
    let cfg = &app.taxii.cfg;
    let bytes =
        match crate::body::read(&headers, body, cfg.max_post_bytes, cfg.max_post_bytes).await {
            Ok(b) => b,
            Err(crate::body::BodyError::TooLarge(n)) => {
                return taxii_error(
                    StatusCode::PAYLOAD_TOO_LARGE,
                    "too large",
                    format!("the body exceeds the {n}-byte limit"),
                )
            }
            Err(e) => return taxii_error(StatusCode::BAD_REQUEST, "bad request", e.to_string()),
        };
    let root: Value = match serde_json::from_slice(&bytes) {
        Ok(v) => v,
        Err(e) => {
            return taxii_error(
                StatusCode::BAD_REQUEST,
                "bad request",
                format!("not JSON: {e}"),
            )
        }
    };
    let Some(objects) = root.get("objects").and_then(Value::as_array) else {
        return taxii_error(
            StatusCode::BAD_REQUEST,
            "bad request",
            "expected an envelope or a bundle with an `objects` array",
        );
    };
    if objects.len() > cfg.max_post_objects {
        return taxii_error(
            StatusCode::PAYLOAD_TOO_LARGE,
            "too large",
            format!(
                "{} objects, more than the cap of {}",
                objects.len(),
                cfg.max_post_objects
            ),
        );
    }
    let request_us = chrono::Utc::now().timestamp_micros();
    let mut failures = Vec::new();
    let mut ok = Vec::new();
    for o in objects {
        let id = o
            .get("id")
            .and_then(Value::as_str)
            .map(|s| s.chars().take(MAX_ID_LEN).collect::<String>())
            .unwrap_or_default();
        let text = o.to_string();
        let checked = if text.len() > cfg.max_object_bytes {
            Err(format!(
                "object of {} bytes exceeds the {}-byte cap",
                text.len(),
                cfg.max_object_bytes
            ))
        } else {
            check_object(o)
        };
        match checked {
            Ok(c) => ok.push((c, text)),
            Err(message) => failures.push(json!({ "id": id, "message": message })),
        }
    }
    let versions: Vec<(String, String)> = ok
        .iter()
        .map(|(c, _)| {
            (
                c.id.clone(),
                c.version.as_ref().map(|v| v.1.clone()).unwrap_or_default(),
            )
        })
        .collect();
    let (fresh, first) = match add_objects(&app, &cid, ok).await {
        Ok(x) => x,
        Err(e) => {
            warn!(error = %e, "storing posted TAXII objects failed");
            return taxii_error(
                StatusCode::SERVICE_UNAVAILABLE,
                "unavailable",
                "the store is unavailable; nothing was stored",
            );
        }
    };
    let successes: Vec<Value> = versions
        .into_iter()
        .zip(&fresh)
        .enumerate()
        .map(|(i, ((id, version), &new))| {
            let version = if version.is_empty() {
                ts_us(first + i as i64)
            } else {
                version
            };
            json!({
                "id": id,
                "version": version,
                "message": if new { "added" } else { "already present" },
            })
        })
        .collect();
    let sid = dg_intel::ids::stix_id(
        "status",
        &[&cid, &request_us.to_string(), &first.to_string()],
    );
    let sid = sid.trim_start_matches("status--").to_string();
    let body = json!({
        "id": sid,
        "status": "complete",
        "request_timestamp": ts_us(request_us),
        "total_count": successes.len() + failures.len(),
        "success_count": successes.len(),
        "successes": successes,
        "failure_count": failures.len(),
        "failures": failures,
        "pending_count": 0,
        "pendings": [],
    })
    .to_string();
    if let Err(e) = app.store.taxii_put_status(&sid, request_us, &body).await {
        warn!(error = %e, "storing a TAXII status failed");
    }
    info!(
        collection = %cid,
        added = fresh.iter().filter(|&&n| n).count(),
        failed = failures.len(),
        "TAXII objects posted"
    );
    taxii_json(StatusCode::ACCEPTED, body)
}

/// Re-exports the campaigns into collection `cid` when events arrived since the last export:
/// a copy of the detector is replayed from the store and finished (the live one never is),
/// built into a bundle by `dg-intel`, and its objects stored (unchanged versions stay).
pub(crate) async fn refresh_campaigns(app: &Arc<App>, cid: &str) -> Result<(), ServeError> {
    let mut exported = app.taxii.exported.lock().await;
    let generation = {
        let c = app.board.counts();
        (c.folded + c.held, c.accounts as usize)
    };
    if *exported == Some(generation) {
        return Ok(());
    }
    let prio = app.limits.work();
    let (mut engine, _) = crate::replay(&app.store, Arc::clone(&app.setup), prio).await?;
    let setup = Arc::clone(&app.setup);
    let opts = app.taxii.export.clone();
    let bundle = crate::work::run("dg-export", prio, move || {
        let done = engine.finalize();
        export(&done, &opts, setup.ip_table.as_deref())
    })
    .await?;
    let objects = bundle
        .get("objects")
        .and_then(Value::as_array)
        .cloned()
        .unwrap_or_default();
    let mut rows = Vec::with_capacity(objects.len());
    for o in &objects {
        match check_object(o) {
            Ok(c) => rows.push((c, o.to_string())),
            Err(e) => warn!(error = %e, "an exported object does not validate; left out"),
        }
    }
    add_objects(app, cid, rows).await?;
    *exported = Some(generation);
    Ok(())
}

/// The bundle of a finished scan's flagged clusters, as `scan` writes it.
fn export(
    done: &dg_detect::scanner::Finished<'_>,
    opts: &ExportOptions,
    ip_table: Option<&dg_ingest::IpTable>,
) -> Value {
    use std::collections::{BTreeMap, HashMap};
    let flagged: Vec<&dg_model::ClusterFinding> = done
        .clusters
        .iter()
        .filter(|c| c.decision.is_flagged())
        .collect();
    let mut reasons: HashMap<String, BTreeMap<String, u64>> = HashMap::new();
    if !flagged.is_empty() {
        for f in done.findings() {
            let Some(c) = f.cluster_id.as_deref() else {
                continue;
            };
            if !flagged.iter().any(|x| x.cluster_id == c) {
                continue;
            }
            let codes = reasons.entry(c.to_string()).or_default();
            for r in &f.reasons {
                *codes.entry(r.code.clone()).or_default() += 1;
            }
        }
    }
    let evidence: HashMap<&str, (&[dg_detect::link::LinkEvidence], &[u64])> = done
        .cluster_evidence()
        .map(|(id, links, frames)| (id, (links, frames)))
        .collect();
    let campaigns: Vec<CampaignInput<'_>> = flagged
        .iter()
        .map(|c| {
            let (links, frames) = evidence
                .get(c.cluster_id.as_str())
                .copied()
                .unwrap_or((&[], &[]));
            let mut r: Vec<(String, u64)> = reasons
                .get(&c.cluster_id)
                .map(|m| m.iter().map(|(k, n)| (k.clone(), *n)).collect())
                .unwrap_or_default();
            r.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
            CampaignInput {
                finding: c,
                links,
                frames,
                reasons: r,
            }
        })
        .collect();
    let net_kind = |ip| ip_table.and_then(|t| t.lookup(ip)).map(|r| r.kind);
    dg_intel::build(&campaigns, opts, &net_kind)
}

/// Stores objects pulled from a partner into a local collection (for the scheduled pull).
pub(crate) async fn store_pulled(
    app: &App,
    cid: &str,
    objects: &[Value],
) -> Result<usize, ServeError> {
    let mut rows = Vec::with_capacity(objects.len());
    for o in objects {
        let text = o.to_string();
        if text.len() > app.taxii.cfg.max_object_bytes {
            continue;
        }
        if let Ok(c) = check_object(o) {
            rows.push((c, text));
        }
    }
    let (fresh, _) = add_objects(app, cid, rows).await?;
    Ok(fresh.iter().filter(|&&n| n).count())
}

/// Objects read from a store collection per page by [`objects_after`].
const OBJECTS_PAGE: usize = 1_000;

/// The newest version of every object a collection added after `after` (epoch microseconds),
/// in the order added, up to about `cap` objects; with the date added of the last one read.
pub(crate) async fn objects_after(
    store: &crate::Store,
    cid: &str,
    mut after: Option<i64>,
    cap: usize,
) -> Result<(Vec<Value>, Option<i64>), ServeError> {
    let mut out = Vec::new();
    let mut last = None;
    while out.len() < cap {
        let rows = store
            .taxii_query(&TaxiiQuery {
                collection_id: cid.to_string(),
                added_after: after,
                types: Vec::new(),
                ids: Vec::new(),
                versions: Vec::new(),
                limit: OBJECTS_PAGE,
            })
            .await?;
        let Some(end) = rows.last().map(|r| r.date_added) else {
            break;
        };
        for r in &rows {
            match serde_json::from_str(&r.object) {
                Ok(v) => out.push(v),
                Err(e) => warn!(error = %e, "a stored object does not parse; not matched"),
            }
        }
        after = Some(end);
        last = Some(end);
        if rows.len() < OBJECTS_PAGE {
            break;
        }
    }
    Ok((out, last))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn posted_objects_are_checked_for_type_id_spec_version_and_times() {
        let ok = json!({"type": "indicator", "spec_version": "2.1",
            "id": "indicator--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f",
            "created": "2026-01-01T00:00:00Z", "modified": "2026-01-02T00:00:00.5Z"});
        let c = check_object(&ok).expect("valid");
        assert_eq!(c.obj_type, "indicator");
        assert_eq!(c.version.expect("versioned").1, "2026-01-02T00:00:00.5Z");
        let broken = |k: &str, v: Value| {
            let mut o = ok.clone();
            o[k] = v;
            check_object(&o).unwrap_err()
        };
        assert!(broken(
            "id",
            json!("campaign--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f")
        )
        .contains("id"));
        assert!(broken("spec_version", json!("2.0")).contains("2.1"));
        assert!(broken("modified", json!("2025-01-01T00:00:00Z")).contains("earlier"));
        assert!(broken("created", json!("yesterday")).contains("RFC 3339"));
        assert!(broken("type", json!("Indicator")).contains("type"));
        let sco = json!({"type": "ipv4-addr", "value": "203.0.113.1",
            "id": "ipv4-addr--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f"});
        assert_eq!(
            check_object(&sco).expect("an SCO needs no times").version,
            None
        );
        assert!(check_object(&json!([1])).is_err());
    }

    #[test]
    fn tokens_come_from_basic_bearer_and_token_schemes() {
        let mut h = HeaderMap::new();
        let basic = base64::engine::general_purpose::STANDARD.encode("partner:s3cret-token");
        h.insert(
            header::AUTHORIZATION,
            format!("Basic {basic}").parse().unwrap(),
        );
        assert_eq!(presented(&h).as_deref(), Some("s3cret-token"));
        h.insert(header::AUTHORIZATION, "Token abc".parse().unwrap());
        assert_eq!(presented(&h).as_deref(), Some("abc"));
        h.insert(header::AUTHORIZATION, "Bearer xyz".parse().unwrap());
        assert_eq!(presented(&h).as_deref(), Some("xyz"));
    }

    #[test]
    fn accept_admits_taxii_2_1_only() {
        let mut h = HeaderMap::new();
        assert!(acceptable(&h));
        h.insert(header::ACCEPT, TAXII_MEDIA.parse().unwrap());
        assert!(acceptable(&h));
        h.insert(
            header::ACCEPT,
            "application/taxii+json;version=2.0".parse().unwrap(),
        );
        assert!(!acceptable(&h));
        h.insert(header::ACCEPT, "text/html".parse().unwrap());
        assert!(!acceptable(&h));
    }
}
