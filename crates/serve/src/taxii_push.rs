//! Our campaigns pushed to a partner collection on a schedule (`[[taxii.push]]`): each push
//! re-exports the campaigns collection if events arrived, sends what was added to it after the
//! push bookmark kept in the store, and moves the bookmark only once the partner accepted them.

use std::path::PathBuf;
use std::sync::Arc;

use dg_intel::taxii::{Client, ClientLimits};
use serde::Deserialize;
use tracing::{info, warn};

use crate::{App, ServeError};

/// One `[[taxii.push]]` entry.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PushSpec {
    /// The partner's API root URL (`https://…/api1/`).
    pub url: String,
    /// The partner's collection id (one its token may write).
    pub collection: String,
    /// The local campaigns collection pushed (default: the campaigns collection).
    #[serde(default = "default_from")]
    pub from: String,
    /// HTTP Basic user (with `password_file`); without it `token_file` is sent as Bearer.
    #[serde(default)]
    pub user: Option<String>,
    /// File holding the Basic password.
    #[serde(default)]
    pub password_file: Option<PathBuf>,
    /// File holding a Bearer token.
    #[serde(default)]
    pub token_file: Option<PathBuf>,
    /// Seconds between pushes (at least 10).
    #[serde(default = "default_every")]
    pub every_secs: u64,
}

fn default_from() -> String {
    crate::taxii::DEFAULT_CAMPAIGNS_ID.to_string()
}

fn default_every() -> u64 {
    3600
}

/// Most objects one push sends (the rest go next time, the bookmark says where to resume).
const MAX_PER_PUSH: usize = 20_000;

/// A checked push: its client and what it sends.
pub(crate) struct Push {
    client: Client,
    spec: PushSpec,
}

impl Push {
    /// Checks a spec against the collections and reads its credentials.
    pub(crate) fn new(spec: &PushSpec, is_campaigns: bool) -> Result<Self, ServeError> {
        let bad = |m: String| ServeError::Config(format!("[[taxii.push]] {}: {m}", spec.url));
        if !is_campaigns {
            return Err(bad(format!(
                "from = {:?} is not a local campaigns collection",
                spec.from
            )));
        }
        if spec.every_secs < 10 {
            return Err(bad("every_secs must be at least 10".into()));
        }
        let credentials = crate::taxii_pull::credentials(
            "[[taxii.push]]",
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

    /// The bookmark's key in the store (apart from pull bookmarks of the same collection).
    fn source(&self) -> String {
        format!("push:{}#{}", self.spec.url, self.spec.collection)
    }

    /// One push: the campaigns added since the bookmark; returns the objects sent.
    pub(crate) async fn once(&self, app: &Arc<App>) -> Result<usize, ServeError> {
        crate::taxii::refresh_campaigns(app, &self.spec.from).await?;
        let source = self.source();
        let after = app
            .store
            .taxii_bookmark(&source)
            .await?
            .and_then(|b| b.parse::<i64>().ok());
        let (objects, last) =
            crate::taxii::objects_after(&app.store, &self.spec.from, after, MAX_PER_PUSH).await?;
        let Some(last) = last else {
            return Ok(0);
        };
        let pushed = self
            .client
            .push(&self.spec.collection, &objects)
            .await
            .map_err(|e| ServeError::Config(format!("pushing to {source}: {e}")))?;
        if pushed.failure_count > 0 {
            warn!(
                target = %source,
                failures = pushed.failure_count,
                first = ?pushed.failures.first(),
                "the partner refused some pushed objects"
            );
        }
        app.store
            .taxii_set_bookmark(&source, &last.to_string())
            .await?;
        info!(
            target = %source,
            objects = objects.len(),
            accepted = pushed.successes,
            "pushed our campaigns to a partner collection"
        );
        Ok(objects.len())
    }
}

/// Starts one task per push; they run until aborted (see [`crate::taxii::Taxii::stop`]).
pub(crate) fn spawn(app: &Arc<App>, pushes: Vec<Push>) -> Vec<tokio::task::AbortHandle> {
    pushes
        .into_iter()
        .map(|p| {
            let secs = p.spec.every_secs;
            let p = Arc::new(p);
            crate::taxii_pull::every(app, secs, "push", move |app| {
                let p = Arc::clone(&p);
                async move { p.once(&app).await.map(|_| ()) }
            })
        })
        .collect()
}
