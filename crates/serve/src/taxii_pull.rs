//! Partner collections pulled on a schedule (`[[taxii.pull]]`): each pull asks for what was
//! added after the bookmark kept in the store, stores it in a local collection, and moves the
//! bookmark only once the objects are committed.

use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use dg_intel::taxii::{Client, ClientLimits, Credentials};
use serde::Deserialize;
use tracing::{info, warn};

use crate::{App, ServeError};

/// One `[[taxii.pull]]` entry.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PullSpec {
    /// The partner's API root URL (`https://…/api1/`).
    pub url: String,
    /// The partner's collection id.
    pub collection: String,
    /// The local store collection the objects go to (default: the partner inbox).
    #[serde(default = "default_into")]
    pub into: String,
    /// HTTP Basic user (with `password_file`); without it `token_file` is sent as Bearer.
    #[serde(default)]
    pub user: Option<String>,
    /// File holding the Basic password.
    #[serde(default)]
    pub password_file: Option<PathBuf>,
    /// File holding a Bearer token.
    #[serde(default)]
    pub token_file: Option<PathBuf>,
    /// Seconds between pulls (at least 10).
    #[serde(default = "default_every")]
    pub every_secs: u64,
}

fn default_into() -> String {
    crate::taxii::DEFAULT_INBOX_ID.to_string()
}

fn default_every() -> u64 {
    3600
}

fn secret(table: &str, path: &std::path::Path) -> Result<String, ServeError> {
    let s = std::fs::read_to_string(path)
        .map_err(|e| ServeError::Config(format!("{table} {}: {e}", path.display())))?;
    Ok(s.trim_end_matches(['\n', '\r']).to_string())
}

/// The credentials of a `[[taxii.pull]]` or `[[taxii.push]]` entry: Basic with a password
/// file, Bearer from a token file, or none.
pub(crate) fn credentials(
    table: &str,
    url: &str,
    user: &Option<String>,
    password_file: &Option<PathBuf>,
    token_file: &Option<PathBuf>,
) -> Result<Credentials, ServeError> {
    Ok(match (user, password_file, token_file) {
        (Some(u), Some(p), None) => Credentials::Basic {
            user: u.clone(),
            password: secret(table, p)?,
        },
        (None, None, Some(t)) => Credentials::Bearer(secret(table, t)?),
        (None, None, None) => Credentials::None,
        _ => {
            return Err(ServeError::Config(format!(
                "{table} {url}: give user with password_file, or token_file"
            )))
        }
    })
}

/// A checked pull: its client and where it goes.
pub(crate) struct Pull {
    client: Client,
    spec: PullSpec,
}

impl Pull {
    /// Checks a spec against the collections and reads its credentials.
    pub(crate) fn new(spec: &PullSpec, is_store: bool) -> Result<Self, ServeError> {
        let bad = |m: String| ServeError::Config(format!("[[taxii.pull]] {}: {m}", spec.url));
        if !is_store {
            return Err(bad(format!(
                "into = {:?} is not a local store collection",
                spec.into
            )));
        }
        if spec.every_secs < 10 {
            return Err(bad("every_secs must be at least 10".into()));
        }
        let credentials = credentials(
            "[[taxii.pull]]",
            &spec.url,
            &spec.user,
            &spec.password_file,
            &spec.token_file,
        )?;
        let client = Client::new(&spec.url, credentials, ClientLimits::default())
            .map_err(|e| bad(e.to_string()))?;
        Ok(Self {
            client,
            spec: spec.clone(),
        })
    }

    /// The bookmark's key in the store.
    fn source(&self) -> String {
        format!("{}#{}", self.spec.url, self.spec.collection)
    }

    /// One pull: from the bookmark to now; returns the objects newly stored.
    pub(crate) async fn once(&self, app: &App) -> Result<usize, ServeError> {
        let source = self.source();
        let after = app.store.taxii_bookmark(&source).await?;
        let got = self
            .client
            .pull(&self.spec.collection, after.as_deref())
            .await
            .map_err(|e| ServeError::Config(format!("pulling {source}: {e}")))?;
        let added = crate::taxii::store_pulled(app, &self.spec.into, &got.objects).await?;
        if let Some(last) = &got.last_added {
            app.store.taxii_set_bookmark(&source, last).await?;
        }
        info!(
            source = %source,
            objects = got.objects.len(),
            added,
            pages = got.pages,
            "pulled a partner collection"
        );
        Ok(added)
    }
}

/// Starts one task per pull; they run until aborted (see [`crate::taxii::Taxii::stop`]).
pub(crate) fn spawn(app: &Arc<App>, pulls: Vec<Pull>) -> Vec<tokio::task::AbortHandle> {
    pulls
        .into_iter()
        .map(|p| {
            let secs = p.spec.every_secs;
            let p = Arc::new(p);
            every(app, secs, "pull", move |app| {
                let p = Arc::clone(&p);
                async move { p.once(&app).await.map(|_| ()) }
            })
        })
        .collect()
}

/// Runs `job` at start and every `secs` seconds until aborted; a failure is logged and the job
/// runs again at the next tick.
pub(crate) fn every<F, Fut>(
    app: &Arc<App>,
    secs: u64,
    what: &'static str,
    job: F,
) -> tokio::task::AbortHandle
where
    F: Fn(Arc<App>) -> Fut + Send + 'static,
    Fut: std::future::Future<Output = Result<(), ServeError>> + Send,
{
    let app = Arc::clone(app);
    tokio::spawn(async move {
        let mut tick = tokio::time::interval(Duration::from_secs(secs));
        tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        loop {
            tick.tick().await;
            if let Err(e) = job(Arc::clone(&app)).await {
                warn!(error = %e, job = what, "a scheduled TAXII job failed; retrying next time");
            }
        }
    })
    .abort_handle()
}
