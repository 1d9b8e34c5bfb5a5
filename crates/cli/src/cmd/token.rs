//! `distillguard token`: API tokens for `serve`: made and kept (hashed) in the service's store
//! (`create`, `list`, `revoke`), or made for serve.toml (`new`, `hash`).

use std::io::Read;
use std::path::PathBuf;

use anyhow::Context;
use rand::RngCore;

/// The roles a token may hold.
const ROLES: [&str; 6] = [
    "ingest",
    "decide",
    "analyst",
    "admin",
    "intel-read",
    "intel-write",
];

/// Where the service's store is: as `serve` finds it.
#[derive(clap::Args)]
pub struct StoreArgs {
    /// serve.toml, for its data_dir and database_url (DISTILLGUARD_… variables apply as for
    /// serve).
    #[arg(long)]
    config: Option<PathBuf>,
    /// Directory of the embedded SQLite store [default: distillguard-data].
    #[arg(long, conflicts_with = "database_url")]
    data_dir: Option<PathBuf>,
    /// The store in PostgreSQL (postgres://…) or another SQLite file (sqlite:…).
    #[arg(long)]
    database_url: Option<String>,
}

/// Token subcommands.
#[derive(clap::Subcommand)]
pub enum Command {
    /// Make a token and keep its SHA-256 in the service's store: the token is printed once on
    /// stdout, never stored or shown again. The running service accepts it within
    /// store_refresh_ms.
    Create {
        /// Roles: ingest, decide, analyst, admin, intel-read, intel-write.
        #[arg(long = "role", required = true, value_parser = ROLES)]
        roles: Vec<String>,
        /// Who will hold it: the name the audit log records [default: token-<random>].
        #[arg(long)]
        name: Option<String>,
        #[command(flatten)]
        store: StoreArgs,
    },
    /// List the stored tokens: name, roles, when made, and whether revoked (never the token).
    List {
        #[command(flatten)]
        store: StoreArgs,
    },
    /// Revoke a stored token: the running service refuses it within store_refresh_ms. The
    /// name stays taken.
    Revoke {
        /// The token's name.
        name: String,
        #[command(flatten)]
        store: StoreArgs,
    },
    /// Print a new random token on stdout, and on stderr the `[[tokens]]` entry for serve.toml
    /// (which holds only its SHA-256).
    New {
        /// Who will hold it (the entry's name).
        #[arg(long)]
        name: String,
        /// Roles: ingest, decide, analyst, admin, intel-read, intel-write.
        #[arg(long = "role", required = true, value_parser = ROLES)]
        roles: Vec<String>,
    },
    /// Print the SHA-256 of a token read from stdin, as serve.toml's `sha256` wants it.
    Hash,
}

/// A fresh token: `dg_` and 256 random bits in hex.
fn fresh_token() -> String {
    let mut bytes = [0u8; 32];
    rand::rngs::OsRng.fill_bytes(&mut bytes);
    std::iter::once("dg_".to_string())
        .chain(bytes.iter().map(|b| format!("{b:02x}")))
        .collect()
}

/// Names are the audit log's "who": short, printable, no spaces.
fn check_name(name: &str) -> anyhow::Result<()> {
    anyhow::ensure!(
        !name.is_empty()
            && name.len() <= 64
            && name
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b"._@-".contains(&b)),
        "a token name is 1 to 64 characters of A-Z a-z 0-9 . _ @ -"
    );
    Ok(())
}

/// Opens the store `serve` would use with these options; with it, the names of the tokens
/// the config file holds.
async fn open(a: &StoreArgs, create: bool) -> anyhow::Result<(dg_serve::Store, Vec<String>)> {
    let text = match &a.config {
        Some(p) => std::fs::read_to_string(p)
            .with_context(|| format!("cannot read the config file {}", p.display()))?,
        None => String::new(),
    };
    let mut cfg = dg_serve::ServeConfig::from_toml_and_env(&text, std::env::vars())
        .map_err(|e| anyhow::anyhow!("configuration: {e}"))?;
    if let Some(d) = &a.data_dir {
        cfg.data_dir = d.clone();
        cfg.database_url = None;
    }
    if a.database_url.is_some() {
        cfg.database_url = a.database_url.clone();
    }
    if cfg.database_url.is_none() && !create && !cfg.data_dir.join("distillguard.db").is_file() {
        anyhow::bail!(
            "no store in {} (give --data-dir or --database-url)",
            cfg.data_dir.display()
        );
    }
    let names = cfg.tokens.iter().map(|t| t.name.clone()).collect();
    let store = dg_serve::Store::open(cfg.database_url.as_deref(), &cfg.data_dir).await?;
    Ok((store, names))
}

fn runtime() -> anyhow::Result<tokio::runtime::Runtime> {
    Ok(tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()?)
}

fn now_ms() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_millis() as i64)
}

fn rfc3339(ms: i64) -> String {
    dg_serve::store::rfc3339_ms(ms)
}

/// Who the audit log records for the command line.
const CLI_ACTOR: &str = "cli";

/// Runs a token subcommand.
pub fn run(c: Command) -> anyhow::Result<()> {
    match c {
        Command::Create { roles, name, store } => {
            let name = name.unwrap_or_else(|| format!("token-{}", &fresh_token()[3..11]));
            check_name(&name)?;
            let mut roles = roles;
            roles.sort();
            roles.dedup();
            let token = fresh_token();
            let row = dg_serve::store::TokenRow {
                name: name.clone(),
                sha256: dg_serve::auth::token_hash_hex(&token),
                roles: roles.clone(),
                created_at: now_ms(),
                revoked_at: None,
            };
            let rt = runtime()?;
            rt.block_on(async {
                let (s, configured) = open(&store, true).await?;
                if configured.contains(&row.name) {
                    s.close().await;
                    // The service would refuse it: names are the audit log's "who".
                    anyhow::bail!("serve.toml has a token named `{}` already", row.name);
                }
                let r = s.create_token(&row, CLI_ACTOR).await;
                s.close().await;
                r.map_err(anyhow::Error::from)
            })?;
            println!("{token}");
            eprintln!(
                "token `{name}` created with roles {}; it is shown only this once",
                roles.join(", ")
            );
        }
        Command::List { store } => {
            let rows = runtime()?.block_on(async {
                let (s, _) = open(&store, false).await?;
                let r = s.tokens().await;
                s.close().await;
                r.map_err(anyhow::Error::from)
            })?;
            println!("NAME\tROLES\tCREATED\tREVOKED");
            for r in rows {
                println!(
                    "{}\t{}\t{}\t{}",
                    r.name,
                    r.roles.join(","),
                    rfc3339(r.created_at),
                    r.revoked_at.map_or_else(|| "-".to_string(), rfc3339)
                );
            }
        }
        Command::Revoke { name, store } => {
            let done = runtime()?.block_on(async {
                let (s, _) = open(&store, false).await?;
                let r = s.revoke_token(&name, now_ms(), CLI_ACTOR).await;
                s.close().await;
                r.map_err(anyhow::Error::from)
            })?;
            anyhow::ensure!(done, "no live token named `{name}` in the store");
            eprintln!("token `{name}` revoked");
        }
        Command::New { name, roles } => {
            let token = fresh_token();
            println!("{token}");
            let roles: Vec<String> = roles.iter().map(|r| format!("{r:?}")).collect();
            eprintln!(
                "[[tokens]]\nname = {name:?}\nsha256 = \"{}\"\nroles = [{}]",
                dg_serve::auth::token_hash_hex(&token),
                roles.join(", ")
            );
        }
        Command::Hash => {
            let mut token = String::new();
            std::io::stdin().take(64 << 10).read_to_string(&mut token)?;
            anyhow::ensure!(!token.trim().is_empty(), "no token on stdin");
            println!("{}", dg_serve::auth::token_hash_hex(&token));
        }
    }
    Ok(())
}
