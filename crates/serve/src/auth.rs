//! API tokens and roles: bearer tokens configured by their SHA-256 (or read from a file), each
//! with the roles it may use; every route but `/healthz` and `/readyz` requires one role.

use std::collections::HashMap;
use std::net::SocketAddr;
use std::path::PathBuf;

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
            Role::Admin => "admin",
            Role::IntelRead => "intel-read",
            Role::IntelWrite => "intel-write",
        }
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
    /// `name` of its config entry.
    pub name: String,
    roles: Vec<Role>,
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

/// The configured tokens by hash; with none, every request passes (loopback only).
#[derive(Debug, Clone, Default)]
pub struct Auth {
    by_hash: HashMap<[u8; 32], Grant>,
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

fn parse_hex32(s: &str) -> Option<[u8; 32]> {
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
                name: t.name.clone(),
                roles: t.roles.clone(),
            };
            if by_hash.insert(hash, grant).is_some() {
                return Err(bad(&t.name, "the same token is configured twice".into()));
            }
        }
        Ok(Self { by_hash })
    }

    /// Whether no token is configured (every request passes).
    pub fn is_open(&self) -> bool {
        self.by_hash.is_empty()
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
        if self.is_open() {
            return Verdict::Pass;
        }
        let Some(token) = token else {
            return Verdict::Unauthenticated;
        };
        let hash: [u8; 32] = Sha256::digest(token.trim().as_bytes()).into();
        match self.by_hash.get(&hash) {
            None => Verdict::Unauthenticated,
            Some(g) if g.allows(role) => Verdict::Pass,
            Some(_) => Verdict::Forbidden,
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
}
