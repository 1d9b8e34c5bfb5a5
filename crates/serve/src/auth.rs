//! API tokens and roles: bearer tokens configured by their SHA-256 (or read from a file) in
//! `serve.toml`, or made with `distillguard token create` and kept (hashed) in the store; each
//! with the roles it may use. Every route but `/healthz`, `/readyz` and `/openapi.json`
//! requires one role.
//!
//! Tokens are kept as plain SHA-256, not a salted or slow hash: the tokens this tool makes are
//! 256 random bits (a file-held token must have 16 characters or more), so there is nothing to
//! brute-force that a salt or a work factor would protect, and an unsalted hash lets a
//! presented token be found with one map look-up instead of one hash per stored token.

use std::collections::HashMap;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, PoisonError, RwLock};
use std::time::{Duration, Instant};

use serde::Deserialize;
use sha2::{Digest, Sha256};

use crate::ServeError;

/// What a token may do.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Role {
    /// Post events, sign-up records and gateway logs.
    Ingest,
    /// Ask for decisions (decision routes, the LiteLLM guardrail, ext_authz).
    Decide,
    /// Read clusters and accounts with their evidence, set and withdraw overrides, read the
    /// audit log.
    Analyst,
    /// Everything, including status and metrics.
    Admin,
    /// Reserved for the TAXII server: read shared intelligence.
    IntelRead,
    /// Reserved for the TAXII server: publish intelligence.
    IntelWrite,
}

impl Role {
    /// The name in the config.
    pub fn name(self) -> &'static str {
        match self {
            Role::Ingest => "ingest",
            Role::Decide => "decide",
            Role::Analyst => "analyst",
            Role::Admin => "admin",
            Role::IntelRead => "intel-read",
            Role::IntelWrite => "intel-write",
        }
    }

    /// Every role, in the order the docs list them.
    pub const ALL: [Role; 6] = [
        Role::Ingest,
        Role::Decide,
        Role::Analyst,
        Role::Admin,
        Role::IntelRead,
        Role::IntelWrite,
    ];

    /// The role with this name.
    pub fn from_name(name: &str) -> Option<Role> {
        Role::ALL.into_iter().find(|r| r.name() == name)
    }
}

/// One `[[tokens]]` entry of `serve.toml`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TokenSpec {
    /// Who holds it (for logs and metrics; never the token).
    pub name: String,
    /// The token's SHA-256, 64 hex digits (`distillguard token hash` prints it).
    #[serde(default)]
    pub sha256: Option<String>,
    /// A file holding the token itself (a mounted secret); read and hashed at start.
    #[serde(default)]
    pub file: Option<PathBuf>,
    /// The roles it grants.
    pub roles: Vec<Role>,
}

/// A token's holder and roles.
#[derive(Debug, Clone)]
pub struct Grant {
    /// `name` of its config entry or stored token.
    pub name: Arc<str>,
    roles: Vec<Role>,
}

/// Who made an authenticated request: what overrides and the audit log record as "who".
#[derive(Debug, Clone)]
pub struct Caller {
    /// The token's name (`anonymous` when no token exists and every route is open).
    pub name: Arc<str>,
}

impl Grant {
    /// Whether it may use a route requiring `role` (`admin` may use every route).
    pub fn allows(&self, role: Role) -> bool {
        self.roles.contains(&role) || self.roles.contains(&Role::Admin)
    }
}

/// The outcome of checking a request's credentials for a role.
#[derive(Debug, PartialEq, Eq)]
pub enum Verdict {
    /// Let it through.
    Pass,
    /// No token, or an unknown one (401).
    Unauthenticated,
    /// A known token without the role (403).
    Forbidden,
}

/// The tokens by hash: those of `serve.toml`, and the live tokens of the store as last read.
/// With none at start, every request passes (loopback only) until a token is stored.
#[derive(Debug)]
pub struct Auth {
    by_hash: HashMap<[u8; 32], Grant>,
    stored: RwLock<Stored>,
    /// No token anywhere: every request passes. Cleared for good once any token exists.
    open: AtomicBool,
    /// How old the stored table may grow (failed re-reads) before its tokens are refused:
    /// a revocation must not be ignored for long because the store stopped answering.
    stale_after: Duration,
}

/// The stored tokens as last read.
#[derive(Debug, Default)]
struct Stored {
    by_hash: Arc<HashMap<[u8; 32], Grant>>,
    read_at: Option<Instant>,
    /// Stored names that clash with a `serve.toml` name (skipped; warned once).
    clashes: Vec<String>,
}

impl Default for Auth {
    fn default() -> Self {
        Self {
            by_hash: HashMap::new(),
            stored: RwLock::new(Stored::default()),
            open: AtomicBool::new(true),
            stale_after: Duration::from_secs(30),
        }
    }
}

/// SHA-256 of a token, as the config holds it (lowercase hex).
pub fn token_hash_hex(token: &str) -> String {
    hex(&Sha256::digest(token.trim().as_bytes()))
}

fn hex(bytes: &[u8]) -> String {
    use std::fmt::Write;
    bytes.iter().fold(String::new(), |mut s, b| {
        let _ = write!(s, "{b:02x}");
        s
    })
}

/// Parses 64 hex digits.
pub fn parse_hex32(s: &str) -> Option<[u8; 32]> {
    let s = s.trim();
    if s.len() != 64 || !s.is_ascii() {
        return None;
    }
    let mut out = [0u8; 32];
    for (i, o) in out.iter_mut().enumerate() {
        *o = u8::from_str_radix(&s[2 * i..2 * i + 2], 16).ok()?;
    }
    Some(out)
}

impl Auth {
    /// Builds the token table: each entry needs exactly one of `sha256` and `file`, at least
    /// one role, and a hash no other entry has.
    pub fn from_specs(specs: &[TokenSpec]) -> Result<Self, ServeError> {
        let bad = |name: &str, why: String| ServeError::Config(format!("token `{name}`: {why}"));
        let mut by_hash = HashMap::new();
        for t in specs {
            let hash = match (&t.sha256, &t.file) {
                (Some(h), None) => parse_hex32(h)
                    .ok_or_else(|| bad(&t.name, "sha256 must be 64 hex digits".into()))?,
                (None, Some(path)) => {
                    let text = std::fs::read_to_string(path).map_err(|e| {
                        bad(&t.name, format!("cannot read {}: {e}", path.display()))
                    })?;
                    if text.trim().len() < 16 {
                        return Err(bad(
                            &t.name,
                            format!("{} holds fewer than 16 characters", path.display()),
                        ));
                    }
                    Sha256::digest(text.trim().as_bytes()).into()
                }
                _ => return Err(bad(&t.name, "give exactly one of sha256 and file".into())),
            };
            if t.roles.is_empty() {
                return Err(bad(&t.name, "no roles".into()));
            }
            let grant = Grant {
                name: Arc::from(t.name.as_str()),
                roles: t.roles.clone(),
            };
            if by_hash.insert(hash, grant).is_some() {
                return Err(bad(&t.name, "the same token is configured twice".into()));
            }
        }
        let open = AtomicBool::new(by_hash.is_empty());
        Ok(Self {
            by_hash,
            open,
            ..Self::default()
        })
    }

    /// Refuses stored tokens once the table is older than `d` (the store stopped answering).
    pub fn with_stale_after(mut self, d: Duration) -> Self {
        self.stale_after = d;
        self
    }

    /// Replaces the stored tokens with the live ones of `rows` (revoked rows and rows with an
    /// unknown role are left out; a name `serve.toml` also uses is skipped with a warning,
    /// since names are the audit log's "who"). Any live token closes an open service.
    pub fn set_stored(&self, rows: &[crate::store::TokenRow]) {
        let configured: std::collections::HashSet<&str> =
            self.by_hash.values().map(|g| &*g.name).collect();
        let mut map = HashMap::new();
        let mut clashes = Vec::new();
        for r in rows.iter().filter(|r| r.revoked_at.is_none()) {
            let Some(hash) = parse_hex32(&r.sha256) else {
                tracing::warn!(token = %r.name, "stored token with a malformed hash: ignored");
                continue;
            };
            let roles: Option<Vec<Role>> = r.roles.iter().map(|n| Role::from_name(n)).collect();
            let Some(roles) = roles.filter(|v| !v.is_empty()) else {
                tracing::warn!(token = %r.name, "stored token with an unknown role: ignored");
                continue;
            };
            if configured.contains(r.name.as_str()) {
                clashes.push(r.name.clone());
                continue;
            }
            map.insert(
                hash,
                Grant {
                    name: Arc::from(r.name.as_str()),
                    roles,
                },
            );
        }
        if !map.is_empty() {
            self.open.store(false, Ordering::Relaxed);
        }
        let mut st = self.stored.write().unwrap_or_else(PoisonError::into_inner);
        if clashes != st.clashes {
            for c in clashes.iter().filter(|c| !st.clashes.contains(c)) {
                tracing::warn!(
                    token = %c,
                    "a stored token has the name of a serve.toml token: the stored one is refused"
                );
            }
        }
        *st = Stored {
            by_hash: Arc::new(map),
            read_at: Some(Instant::now()),
            clashes,
        };
    }

    /// Whether no token exists (every request passes).
    pub fn is_open(&self) -> bool {
        self.open.load(Ordering::Relaxed)
    }

    /// Refuses to serve a non-loopback address without tokens.
    pub fn check_listen(&self, listen: SocketAddr) -> Result<(), ServeError> {
        if self.is_open() && !listen.ip().is_loopback() {
            return Err(ServeError::Config(format!(
                "no API tokens are configured and {listen} is not a loopback address: \
                 configure [[tokens]] in serve.toml (see docs/serve.md) or listen on 127.0.0.1"
            )));
        }
        Ok(())
    }

    /// Checks a presented token (`None`: none presented) for `role`.
    pub fn check(&self, token: Option<&str>, role: Role) -> Verdict {
        match self.identify(token, role) {
            Ok(_) => Verdict::Pass,
            Err(v) => v,
        }
    }

    /// The caller a presented token names if it has `role`; else why not (401 or 403).
    pub fn identify(&self, token: Option<&str>, role: Role) -> Result<Caller, Verdict> {
        if self.is_open() {
            return Ok(Caller {
                name: Arc::from("anonymous"),
            });
        }
        let Some(token) = token else {
            return Err(Verdict::Unauthenticated);
        };
        let hash: [u8; 32] = Sha256::digest(token.trim().as_bytes()).into();
        let grant = match self.by_hash.get(&hash) {
            Some(g) => Some(g.clone()),
            None => {
                let st = self.stored.read().unwrap_or_else(PoisonError::into_inner);
                let fresh = st.read_at.is_some_and(|t| t.elapsed() <= self.stale_after);
                if fresh {
                    st.by_hash.get(&hash).cloned()
                } else {
                    None
                }
            }
        };
        match grant {
            None => Err(Verdict::Unauthenticated),
            Some(g) if g.allows(role) => Ok(Caller { name: g.name }),
            Some(_) => Err(Verdict::Forbidden),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spec(name: &str, token: &str, roles: &[Role]) -> TokenSpec {
        TokenSpec {
            name: name.into(),
            sha256: Some(token_hash_hex(token)),
            file: None,
            roles: roles.to_vec(),
        }
    }

    #[test]
    fn roles_decide_401_and_403() {
        let auth = Auth::from_specs(&[
            spec("shipper", "tok-ingest-0123456789", &[Role::Ingest]),
            spec("ops", "tok-admin-0123456789", &[Role::Admin]),
        ])
        .expect("valid");
        assert_eq!(
            auth.check(Some("tok-ingest-0123456789"), Role::Ingest),
            Verdict::Pass
        );
        assert_eq!(
            auth.check(Some("tok-ingest-0123456789"), Role::Decide),
            Verdict::Forbidden
        );
        assert_eq!(
            auth.check(Some("tok-admin-0123456789"), Role::Decide),
            Verdict::Pass
        );
        assert_eq!(
            auth.check(Some("nope"), Role::Decide),
            Verdict::Unauthenticated
        );
        assert_eq!(auth.check(None, Role::Decide), Verdict::Unauthenticated);
    }

    #[test]
    fn no_tokens_is_open_on_loopback_only() {
        let auth = Auth::from_specs(&[]).expect("valid");
        assert_eq!(auth.check(None, Role::Admin), Verdict::Pass);
        assert!(auth
            .check_listen("127.0.0.1:1".parse().expect("addr"))
            .is_ok());
        assert!(auth.check_listen("[::1]:1".parse().expect("addr")).is_ok());
        assert!(auth
            .check_listen("0.0.0.0:1".parse().expect("addr"))
            .is_err());
    }

    #[test]
    fn bad_entries_are_refused() {
        let mut s = spec("x", "tok", &[Role::Ingest]);
        s.sha256 = Some("abc".into());
        assert!(Auth::from_specs(&[s]).is_err());
        assert!(Auth::from_specs(&[spec("x", "tok", &[])]).is_err());
        let a = spec("a", "same-token-0123456789", &[Role::Ingest]);
        let b = spec("b", "same-token-0123456789", &[Role::Decide]);
        assert!(Auth::from_specs(&[a, b]).is_err());
        let mut both = spec("x", "tok", &[Role::Ingest]);
        both.file = Some("/nonexistent".into());
        assert!(Auth::from_specs(&[both]).is_err());
    }

    fn row(name: &str, token: &str, roles: &[&str], revoked: bool) -> crate::store::TokenRow {
        crate::store::TokenRow {
            name: name.into(),
            sha256: token_hash_hex(token),
            roles: roles.iter().map(|r| r.to_string()).collect(),
            created_at: 0,
            revoked_at: revoked.then_some(1),
        }
    }

    #[test]
    fn stored_tokens_count_until_revoked_or_stale_and_close_an_open_service() {
        let auth = Auth::from_specs(&[]).expect("valid");
        assert!(auth.is_open());
        auth.set_stored(&[
            row("alice", "tok-alice-0123456789", &["analyst"], false),
            row("old", "tok-old-0123456789", &["admin"], true),
            row("odd", "tok-odd-0123456789", &["root"], false),
        ]);
        assert!(!auth.is_open(), "a stored token closes an open service");
        let who = auth
            .identify(Some("tok-alice-0123456789"), Role::Analyst)
            .expect("alice");
        assert_eq!(&*who.name, "alice");
        assert_eq!(
            auth.check(Some("tok-alice-0123456789"), Role::Decide),
            Verdict::Forbidden
        );
        for t in ["tok-old-0123456789", "tok-odd-0123456789"] {
            assert_eq!(auth.check(Some(t), Role::Admin), Verdict::Unauthenticated);
        }
        // Revoked at the next read; the service stays closed with no token left.
        auth.set_stored(&[row("alice", "tok-alice-0123456789", &["analyst"], true)]);
        assert_eq!(
            auth.check(Some("tok-alice-0123456789"), Role::Analyst),
            Verdict::Unauthenticated
        );
        assert!(!auth.is_open());
        assert_eq!(auth.check(None, Role::Analyst), Verdict::Unauthenticated);
    }

    #[test]
    fn a_stale_table_is_refused_and_config_names_are_not_shadowed() {
        let auth = Auth::from_specs(&[spec("ops", "tok-admin-0123456789", &[Role::Admin])])
            .expect("valid")
            .with_stale_after(Duration::ZERO);
        auth.set_stored(&[row("bob", "tok-bob-0123456789", &["analyst"], false)]);
        std::thread::sleep(Duration::from_millis(2));
        assert_eq!(
            auth.check(Some("tok-bob-0123456789"), Role::Analyst),
            Verdict::Unauthenticated,
            "the store stopped answering: its tokens are refused"
        );
        assert_eq!(
            auth.check(Some("tok-admin-0123456789"), Role::Analyst),
            Verdict::Pass,
            "serve.toml's tokens do not depend on the store"
        );
        let auth = Auth::from_specs(&[spec("ops", "tok-admin-0123456789", &[Role::Admin])])
            .expect("valid");
        auth.set_stored(&[row("ops", "tok-other-0123456789", &["analyst"], false)]);
        assert_eq!(
            auth.check(Some("tok-other-0123456789"), Role::Analyst),
            Verdict::Unauthenticated,
            "a stored token may not take a configured token's name"
        );
    }
}
