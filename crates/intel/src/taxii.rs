//! A TAXII 2.1 client: list an API root's collections, pull a collection's objects (following
//! `next` pagination from an `added_after` bookmark) and push objects as envelopes, checking
//! the status resources. What a server answers is hostile input: every answer is read up to
//! [`ClientLimits`] and a pull stops at its object cap.

use std::time::Duration;

use serde_json::{json, Value};

use crate::IntelError;

/// The TAXII 2.1 media type.
pub const TAXII_MEDIA: &str = "application/taxii+json;version=2.1";

/// How the client authenticates.
#[derive(Clone, Default)]
pub enum Credentials {
    /// No `Authorization` header.
    #[default]
    None,
    /// HTTP Basic (medallion's users; distillguard takes the token as the password).
    Basic {
        /// The user name.
        user: String,
        /// The password (or token).
        password: String,
    },
    /// `Authorization: Bearer <token>`.
    Bearer(String),
}

impl std::fmt::Debug for Credentials {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // Secrets are never printed.
        match self {
            Credentials::None => f.write_str("None"),
            Credentials::Basic { user, .. } => write!(f, "Basic({user}, ***)"),
            Credentials::Bearer(_) => f.write_str("Bearer(***)"),
        }
    }
}

/// Bounds on what a server may make the client read.
#[derive(Debug, Clone, Copy)]
pub struct ClientLimits {
    /// Largest answer body, in bytes.
    pub max_response_bytes: usize,
    /// Most objects one pull collects.
    pub max_objects: usize,
    /// Objects asked for per page.
    pub page_size: usize,
    /// Objects per POST.
    pub push_batch: usize,
    /// Timeout of one request.
    pub timeout: Duration,
}

impl Default for ClientLimits {
    fn default() -> Self {
        Self {
            max_response_bytes: 64 << 20,
            max_objects: 200_000,
            page_size: 500,
            push_batch: 500,
            timeout: Duration::from_secs(60),
        }
    }
}

/// A pull's result.
#[derive(Debug, Clone, Default)]
pub struct Pulled {
    /// The objects, in the order the server added them.
    pub objects: Vec<Value>,
    /// The newest `date_added` seen (`X-TAXII-Date-Added-Last`): the next pull's bookmark.
    pub last_added: Option<String>,
    /// Pages read.
    pub pages: usize,
    /// Stopped at [`ClientLimits::max_objects`] with more on the server.
    pub truncated: bool,
}

/// A push's result, summed over the status resources of its POSTs.
#[derive(Debug, Clone, Default)]
pub struct Pushed {
    /// Objects the server accepted.
    pub successes: u64,
    /// Objects it refused, with its messages (the first 20).
    pub failures: Vec<String>,
    /// Objects it refused in all.
    pub failure_count: u64,
    /// Objects still pending when the client stopped asking.
    pub pending: u64,
}

/// A client of one TAXII 2.1 API root.
#[derive(Debug, Clone)]
pub struct Client {
    http: reqwest::Client,
    api_root: String,
    credentials: Credentials,
    limits: ClientLimits,
}

fn http_err(e: reqwest::Error) -> IntelError {
    // reqwest's message names the URL but never credentials.
    IntelError::Http(e.to_string())
}

impl Client {
    /// A client of the API root at `api_root` (a URL ending in `/` is used as given).
    pub fn new(
        api_root: &str,
        credentials: Credentials,
        limits: ClientLimits,
    ) -> Result<Self, IntelError> {
        let url = reqwest::Url::parse(api_root)
            .map_err(|e| IntelError::Http(format!("API root {api_root:?}: {e}")))?;
        if !matches!(url.scheme(), "http" | "https") {
            return Err(IntelError::Http(format!(
                "API root {api_root:?}: expected an http or https URL"
            )));
        }
        let mut root = url.to_string();
        if !root.ends_with('/') {
            root.push('/');
        }
        let http = reqwest::Client::builder()
            .timeout(limits.timeout)
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .map_err(http_err)?;
        Ok(Self {
            http,
            api_root: root,
            credentials,
            limits,
        })
    }

    fn auth(&self, rb: reqwest::RequestBuilder) -> reqwest::RequestBuilder {
        match &self.credentials {
            Credentials::None => rb,
            Credentials::Basic { user, password } => rb.basic_auth(user, Some(password)),
            Credentials::Bearer(t) => rb.bearer_auth(t),
        }
    }

    /// Sends a request and reads its bounded JSON answer (and headers); a status other than
    /// `expect` is an error quoting the server's TAXII error title.
    async fn call(
        &self,
        rb: reqwest::RequestBuilder,
        expect: u16,
    ) -> Result<(Value, reqwest::header::HeaderMap), IntelError> {
        let mut resp = self
            .auth(rb.header(reqwest::header::ACCEPT, TAXII_MEDIA))
            .send()
            .await
            .map_err(http_err)?;
        let status = resp.status().as_u16();
        let headers = resp.headers().clone();
        let mut body = Vec::new();
        while let Some(chunk) = resp.chunk().await.map_err(http_err)? {
            if body.len() + chunk.len() > self.limits.max_response_bytes {
                return Err(IntelError::TooLarge {
                    size: body.len() + chunk.len(),
                    cap: self.limits.max_response_bytes,
                });
            }
            body.extend_from_slice(&chunk);
        }
        if status != expect {
            let v: Value = serde_json::from_slice(&body).unwrap_or(Value::Null);
            let what = [v.get("title"), v.get("description")]
                .into_iter()
                .flatten()
                .filter_map(Value::as_str)
                .collect::<Vec<_>>()
                .join(": ");
            return Err(IntelError::Taxii {
                status,
                message: what.chars().take(200).collect(),
            });
        }
        if body.is_empty() {
            return Ok((json!({}), headers));
        }
        Ok((serde_json::from_slice(&body)?, headers))
    }

    fn url(&self, path: &str) -> String {
        format!("{}{path}", self.api_root)
    }

    /// The API root's collections (the `collections` array; empty when none is visible).
    pub async fn collections(&self) -> Result<Vec<Value>, IntelError> {
        let (v, _) = self
            .call(self.http.get(self.url("collections/")), 200)
            .await?;
        Ok(v.get("collections")
            .and_then(Value::as_array)
            .cloned()
            .unwrap_or_default())
    }

    /// The id of a collection named by its id, alias or title.
    pub async fn resolve(&self, name: &str) -> Result<String, IntelError> {
        let list = self.collections().await?;
        let field = |c: &Value, k: &str| c.get(k).and_then(Value::as_str).map(str::to_string);
        for k in ["id", "alias", "title"] {
            if let Some(c) = list.iter().find(|c| field(c, k).as_deref() == Some(name)) {
                if let Some(id) = field(c, "id") {
                    return Ok(id);
                }
            }
        }
        Err(IntelError::Taxii {
            status: 404,
            message: format!("no collection with id, alias or title {name:?}"),
        })
    }

    /// Every object of a collection added after `added_after` (all versions' newest), page
    /// by page until the server says there are no more, or the object cap.
    pub async fn pull(
        &self,
        collection: &str,
        added_after: Option<&str>,
    ) -> Result<Pulled, IntelError> {
        let url = self.url(&format!("collections/{collection}/objects/"));
        let mut out = Pulled::default();
        let mut next: Option<String> = None;
        let mut after = added_after.map(str::to_string);
        loop {
            let mut q: Vec<(&str, String)> = vec![("limit", self.limits.page_size.to_string())];
            if let Some(a) = &after {
                q.push(("added_after", a.clone()));
            }
            if let Some(n) = &next {
                q.push(("next", n.clone()));
            }
            let (v, headers) = self.call(self.http.get(&url).query(&q), 200).await?;
            out.pages += 1;
            let objects = v
                .get("objects")
                .and_then(Value::as_array)
                .cloned()
                .unwrap_or_default();
            let last = headers
                .get("x-taxii-date-added-last")
                .and_then(|h| h.to_str().ok())
                .map(str::to_string);
            if last.is_some() {
                out.last_added = last.clone();
            }
            let got = objects.len();
            for o in objects {
                if out.objects.len() >= self.limits.max_objects {
                    out.truncated = true;
                    return Ok(out);
                }
                out.objects.push(o);
            }
            let more = v.get("more").and_then(Value::as_bool).unwrap_or(false);
            if !more || got == 0 {
                return Ok(out);
            }
            match v.get("next").and_then(Value::as_str) {
                Some(n) => next = Some(n.to_string()),
                // A server without `next` pages by date added.
                None => match last {
                    Some(l) if after.as_deref() != Some(l.as_str()) => after = Some(l),
                    _ => return Ok(out),
                },
            }
        }
    }

    /// Posts `objects` to a collection in envelopes of at most `push_batch` objects, then
    /// reads each status resource (polling a pending one a few times).
    pub async fn push(&self, collection: &str, objects: &[Value]) -> Result<Pushed, IntelError> {
        let url = self.url(&format!("collections/{collection}/objects/"));
        let mut out = Pushed::default();
        for batch in objects.chunks(self.limits.push_batch.max(1)) {
            let body = serde_json::to_vec(&json!({ "objects": batch }))?;
            let rb = self
                .http
                .post(&url)
                .header(reqwest::header::CONTENT_TYPE, TAXII_MEDIA)
                .body(body);
            let (mut status, _) = self.call(rb, 202).await?;
            for _ in 0..10 {
                if status.get("status").and_then(Value::as_str) != Some("pending") {
                    break;
                }
                let Some(id) = status.get("id").and_then(Value::as_str) else {
                    break;
                };
                tokio::time::sleep(Duration::from_millis(500)).await;
                status = self
                    .call(self.http.get(self.url(&format!("status/{id}/"))), 200)
                    .await?
                    .0;
            }
            let n = |k: &str| status.get(k).and_then(Value::as_u64).unwrap_or(0);
            out.successes += n("success_count");
            out.failure_count += n("failure_count");
            out.pending += n("pending_count");
            for f in status
                .get("failures")
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
            {
                if out.failures.len() < 20 {
                    let id = f.get("id").and_then(Value::as_str).unwrap_or("?");
                    let m = f.get("message").and_then(Value::as_str).unwrap_or("");
                    out.failures
                        .push(format!("{id}: {}", m.chars().take(200).collect::<String>()));
                }
            }
        }
        Ok(out)
    }
}
