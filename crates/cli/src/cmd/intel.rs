//! `distillguard intel pull|push`: move STIX 2.1 bundles to and from a partner's TAXII 2.1
//! collection once (`serve` pulls on a schedule; see docs/sharing.md).
//!
//! Secrets never come from a flag (process lists would show them): the Basic password from
//! `--password-file` or `DISTILLGUARD_TAXII_PASSWORD`, a Bearer token from `--token-file` or
//! `DISTILLGUARD_TAXII_TOKEN`.

use std::path::PathBuf;

use anyhow::Context;
use dg_intel::taxii::{Client, ClientLimits, Credentials};
use serde_json::{json, Value};

/// The environment variable holding the Basic password.
pub const PASSWORD_ENV: &str = "DISTILLGUARD_TAXII_PASSWORD";

/// The environment variable holding a Bearer token.
pub const TOKEN_ENV: &str = "DISTILLGUARD_TAXII_TOKEN";

/// Where and how to connect.
#[derive(clap::Args, Debug)]
pub struct Remote {
    /// The TAXII 2.1 API root (e.g. https://partner.example/taxii2/api/).
    #[arg(long)]
    url: String,
    /// The collection: its id, alias or title.
    #[arg(long)]
    collection: String,
    /// HTTP Basic user; the password comes from --password-file or DISTILLGUARD_TAXII_PASSWORD.
    #[arg(long)]
    user: Option<String>,
    /// File holding the Basic password.
    #[arg(long, requires = "user")]
    password_file: Option<PathBuf>,
    /// File holding a Bearer token (default: DISTILLGUARD_TAXII_TOKEN, when no --user).
    #[arg(long, conflicts_with = "user")]
    token_file: Option<PathBuf>,
}

/// `intel` subcommands.
#[derive(clap::Subcommand)]
pub enum Command {
    /// Read a collection's objects (following pagination) into a STIX bundle file, which
    /// `scan --known-indicators` reads.
    Pull {
        #[command(flatten)]
        remote: Remote,
        /// Only objects the server added after this time (RFC 3339): the bookmark the last
        /// pull printed.
        #[arg(long)]
        added_after: Option<String>,
        /// The bundle to write.
        #[arg(long)]
        out: PathBuf,
    },
    /// Post a STIX bundle's objects (such as indicators.stix.json) to a collection.
    Push {
        #[command(flatten)]
        remote: Remote,
        /// The bundle to send.
        file: PathBuf,
    },
}

fn secret(file: &Option<PathBuf>, env: &str) -> anyhow::Result<Option<String>> {
    let raw = match file {
        Some(p) => {
            Some(std::fs::read_to_string(p).with_context(|| format!("reading {}", p.display()))?)
        }
        None => std::env::var(env).ok(),
    };
    Ok(raw.map(|s| s.trim_end_matches(['\n', '\r']).to_string()))
}

impl Remote {
    fn client(&self) -> anyhow::Result<Client> {
        let credentials = match &self.user {
            Some(user) => Credentials::Basic {
                user: user.clone(),
                password: secret(&self.password_file, PASSWORD_ENV)?
                    .with_context(|| format!("--user needs --password-file or {PASSWORD_ENV}"))?,
            },
            None => match secret(&self.token_file, TOKEN_ENV)? {
                Some(t) => Credentials::Bearer(t),
                None => Credentials::None,
            },
        };
        Ok(Client::new(
            &self.url,
            credentials,
            ClientLimits::default(),
        )?)
    }
}

/// Runs an `intel` subcommand.
pub fn run(c: Command) -> anyhow::Result<()> {
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()?;
    rt.block_on(async move {
        match c {
            Command::Pull {
                remote,
                added_after,
                out,
            } => pull(remote, added_after, out).await,
            Command::Push { remote, file } => push(remote, file).await,
        }
    })
}

async fn pull(remote: Remote, added_after: Option<String>, out: PathBuf) -> anyhow::Result<()> {
    if let Some(a) = &added_after {
        anyhow::ensure!(
            dg_model::Timestamp::parse_rfc3339(a).is_ok(),
            "--added-after: not an RFC 3339 time: {a}"
        );
    }
    let client = remote.client()?;
    let id = client.resolve(&remote.collection).await?;
    let got = client.pull(&id, added_after.as_deref()).await?;
    let ids: Vec<&str> = got
        .objects
        .iter()
        .filter_map(|o| o.get("id").and_then(Value::as_str))
        .collect();
    let bundle = json!({
        "type": "bundle",
        "id": dg_intel::ids::stix_id("bundle", &ids),
        "objects": got.objects,
    });
    let text = serde_json::to_vec_pretty(&bundle)?;
    std::fs::write(&out, [text.as_slice(), b"\n"].concat())
        .with_context(|| format!("writing {}", out.display()))?;
    eprintln!(
        "pulled {} objects in {} pages from collection {id} into {}{}",
        ids.len(),
        got.pages,
        out.display(),
        if got.truncated {
            " (stopped at the object cap; pull again from the bookmark)"
        } else {
            ""
        }
    );
    if let Some(last) = got.last_added {
        eprintln!("bookmark for the next pull: --added-after {last}");
    }
    Ok(())
}

async fn push(remote: Remote, file: PathBuf) -> anyhow::Result<()> {
    let limits = dg_intel::ImportLimits::default();
    let size = std::fs::metadata(&file)
        .with_context(|| format!("reading {}", file.display()))?
        .len();
    anyhow::ensure!(
        size <= limits.max_bytes as u64,
        "{}: {} bytes, more than the {}-byte cap",
        file.display(),
        size,
        limits.max_bytes
    );
    let bytes = std::fs::read(&file).with_context(|| format!("reading {}", file.display()))?;
    let root: Value =
        serde_json::from_slice(&bytes).with_context(|| format!("{}: not JSON", file.display()))?;
    let objects = root
        .get("objects")
        .and_then(Value::as_array)
        .with_context(|| format!("{}: not a STIX bundle (no objects array)", file.display()))?;
    anyhow::ensure!(
        objects.len() <= limits.max_objects,
        "{}: {} objects, more than the cap of {}",
        file.display(),
        objects.len(),
        limits.max_objects
    );
    let client = remote.client()?;
    let id = client.resolve(&remote.collection).await?;
    let done = client.push(&id, objects).await?;
    eprintln!(
        "pushed {} objects to collection {id}: {} accepted, {} refused, {} pending",
        objects.len(),
        done.successes,
        done.failure_count,
        done.pending
    );
    for f in &done.failures {
        eprintln!("  refused: {f}");
    }
    anyhow::ensure!(
        done.failure_count == 0,
        "the server refused {} objects",
        done.failure_count
    );
    Ok(())
}
