//! The STIX patterns we write and the subset of STIX patterning we read back.
//!
//! Written: `[ipv4-addr:value = '203.0.113.0/24']` (and `ipv6-addr`) for address ranges shared
//! in the clear, `[autonomous-system:number = 13335]`, and for personal values
//! `[x-distillguard-keyed:kind = 'payment' AND x-distillguard-keyed:value = 'hmac-sha256:…']`,
//! a custom observable type holding the link kind and its keyed value. Read: one or more
//! bracketed observation expressions joined by `OR`, each of comparisons joined by `AND`; a
//! comparison we do not use (another type, operator or property) is skipped, not an error.

use std::net::IpAddr;

/// The custom observable type of keyed values.
pub const KEYED_TYPE: &str = "x-distillguard-keyed";

/// Longest pattern read.
pub const MAX_PATTERN_BYTES: usize = 8 * 1024;

/// What an indicator's pattern says about a campaign's evidence.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub enum Observable {
    /// An address or range in the clear: network address and prefix length.
    Network { addr: IpAddr, prefix: u8 },
    /// An autonomous system.
    Asn(u32),
    /// A personal value: link kind code (`payment`, `email_pattern`, ...) and its keyed form
    /// `hmac-sha256:<key_id>:<hex>`.
    Keyed { kind: String, value: String },
}

fn quote(s: &str) -> String {
    format!("'{}'", s.replace('\\', "\\\\").replace('\'', "\\'"))
}

impl Observable {
    /// The STIX pattern of the observable.
    pub fn pattern(&self) -> String {
        match self {
            Observable::Network { addr, prefix } => {
                let t = if addr.is_ipv4() {
                    "ipv4-addr"
                } else {
                    "ipv6-addr"
                };
                format!("[{t}:value = {}]", quote(&format!("{addr}/{prefix}")))
            }
            Observable::Asn(n) => format!("[autonomous-system:number = {n}]"),
            Observable::Keyed { kind, value } => format!(
                "[{KEYED_TYPE}:kind = {} AND {KEYED_TYPE}:value = {}]",
                quote(kind),
                quote(value)
            ),
        }
    }
}

/// A literal of a comparison.
#[derive(Debug, Clone, PartialEq)]
enum Literal {
    Str(String),
    Int(i64),
    Other,
}

/// One `type:property = literal` comparison.
#[derive(Debug, Clone, PartialEq)]
struct Comparison {
    object: String,
    property: String,
    equals: bool,
    literal: Literal,
}

struct Lexer<'a> {
    s: &'a [u8],
    i: usize,
}

impl<'a> Lexer<'a> {
    fn ws(&mut self) {
        while self.i < self.s.len() && self.s[self.i].is_ascii_whitespace() {
            self.i += 1;
        }
    }

    fn eat(&mut self, b: u8) -> bool {
        self.ws();
        if self.s.get(self.i) == Some(&b) {
            self.i += 1;
            true
        } else {
            false
        }
    }

    fn word(&mut self) -> &'a str {
        self.ws();
        let start = self.i;
        while self.i < self.s.len() {
            let c = self.s[self.i];
            if c.is_ascii_alphanumeric()
                || matches!(c, b'-' | b'_' | b'.' | b':' | b'\'' | b'[' | b'*')
            {
                if c == b'\'' {
                    // A quoted path step: 'http-request-ext'.
                    self.i += 1;
                    while self.i < self.s.len() && self.s[self.i] != b'\'' {
                        self.i += 1;
                    }
                } else if c == b'[' && self.i == start {
                    break;
                }
                self.i += 1;
            } else {
                break;
            }
        }
        std::str::from_utf8(&self.s[start..self.i.min(self.s.len())]).unwrap_or("")
    }

    fn keyword(&mut self, k: &str) -> bool {
        self.ws();
        let rest = &self.s[self.i..];
        if rest.len() >= k.len()
            && rest[..k.len()].eq_ignore_ascii_case(k.as_bytes())
            && rest.get(k.len()).is_none_or(|c| !c.is_ascii_alphanumeric())
        {
            self.i += k.len();
            true
        } else {
            false
        }
    }

    fn literal(&mut self) -> Result<Literal, String> {
        self.ws();
        match self.s.get(self.i) {
            Some(b'\'') => {
                self.i += 1;
                let mut out = Vec::new();
                loop {
                    match self.s.get(self.i) {
                        None => return Err("unterminated string".into()),
                        Some(b'\\') => {
                            let c = *self.s.get(self.i + 1).ok_or("unterminated string")?;
                            out.push(c);
                            self.i += 2;
                        }
                        Some(b'\'') => {
                            self.i += 1;
                            break;
                        }
                        Some(&c) => {
                            out.push(c);
                            self.i += 1;
                        }
                    }
                }
                String::from_utf8(out)
                    .map(Literal::Str)
                    .map_err(|_| "string is not UTF-8".into())
            }
            Some(c) if c.is_ascii_digit() || *c == b'-' => {
                let start = self.i;
                self.i += 1;
                while self.s.get(self.i).is_some_and(u8::is_ascii_digit) {
                    self.i += 1;
                }
                let t = std::str::from_utf8(&self.s[start..self.i]).unwrap_or("");
                Ok(t.parse().map(Literal::Int).unwrap_or(Literal::Other))
            }
            _ => {
                // Another literal kind (b'...', h'...', t'...', a set): skip a token.
                let w = self.word();
                if w.is_empty() {
                    return Err("expected a literal".into());
                }
                if self.s.get(self.i) == Some(&b'\'') {
                    self.literal()?;
                }
                Ok(Literal::Other)
            }
        }
    }

    fn comparison(&mut self) -> Result<Comparison, String> {
        let path = self.word();
        let (object, property) = path
            .split_once(':')
            .ok_or_else(|| format!("expected type:property, found {:?}", short(path)))?;
        self.ws();
        let equals = if self.eat(b'=') {
            true
        } else {
            // Any other operator: read it and its literal, keep nothing.
            while self.i < self.s.len()
                && !self.s[self.i].is_ascii_whitespace()
                && self.s[self.i] != b'\''
            {
                self.i += 1;
            }
            false
        };
        let literal = self.literal()?;
        Ok(Comparison {
            object: object.to_string(),
            property: property.to_string(),
            equals,
            literal,
        })
    }
}

fn short(s: &str) -> String {
    s.chars().take(40).collect()
}

/// Parses an address or CIDR range (`198.51.100.0/24`, `2001:db8::/48`, a bare address).
pub fn parse_cidr(s: &str) -> Option<(IpAddr, u8)> {
    let (a, p) = match s.split_once('/') {
        Some((a, p)) => (a, Some(p)),
        None => (s, None),
    };
    let addr: IpAddr = a.trim().parse().ok()?;
    let max = if addr.is_ipv4() { 32 } else { 128 };
    let prefix = match p {
        Some(p) => p.trim().parse::<u8>().ok().filter(|&p| p <= max)?,
        None => max,
    };
    Some((addr, prefix))
}

/// The observables of a pattern, and how many comparisons were not ours to read.
pub fn parse(pattern: &str) -> Result<(Vec<Observable>, usize), String> {
    if pattern.len() > MAX_PATTERN_BYTES {
        return Err(format!(
            "pattern of {} bytes exceeds the {MAX_PATTERN_BYTES}-byte cap",
            pattern.len()
        ));
    }
    let mut lx = Lexer {
        s: pattern.as_bytes(),
        i: 0,
    };
    let mut out = Vec::new();
    let mut skipped = 0usize;
    loop {
        if !lx.eat(b'[') {
            return Err("expected '['".into());
        }
        let mut group = vec![lx.comparison()?];
        loop {
            if lx.keyword("AND") {
                group.push(lx.comparison()?);
            } else if lx.keyword("OR") {
                // `OR` inside brackets: each side alone describes the observable.
                skipped += read_group(&group, &mut out);
                group = vec![lx.comparison()?];
            } else {
                break;
            }
        }
        if !lx.eat(b']') {
            return Err("expected ']'".into());
        }
        skipped += read_group(&group, &mut out);
        lx.ws();
        if lx.i >= lx.s.len() {
            break;
        }
        if !(lx.keyword("OR") || lx.keyword("AND")) {
            // Qualifiers (WITHIN, REPEATS, START) and FOLLOWEDBY: nothing more we use.
            break;
        }
    }
    Ok((out, skipped))
}

/// Reads one bracket's comparisons into observables; returns those skipped.
fn read_group(group: &[Comparison], out: &mut Vec<Observable>) -> usize {
    let mut skipped = 0;
    let mut keyed_kind = None;
    let mut keyed_value = None;
    for c in group {
        match (c.object.as_str(), c.property.as_str(), &c.literal, c.equals) {
            ("ipv4-addr" | "ipv6-addr", "value", Literal::Str(v), true) => match parse_cidr(v) {
                Some((addr, prefix)) => out.push(Observable::Network { addr, prefix }),
                None => skipped += 1,
            },
            ("autonomous-system", "number", Literal::Int(n), true) => match u32::try_from(*n) {
                Ok(n) => out.push(Observable::Asn(n)),
                Err(_) => skipped += 1,
            },
            (KEYED_TYPE, "kind", Literal::Str(k), true) => keyed_kind = Some(k.clone()),
            (KEYED_TYPE, "value", Literal::Str(v), true) => keyed_value = Some(v.clone()),
            _ => skipped += 1,
        }
    }
    match (keyed_kind, keyed_value) {
        (Some(kind), Some(value)) => out.push(Observable::Keyed { kind, value }),
        (None, None) => {}
        _ => skipped += 1,
    }
    skipped
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn what_we_write_we_read() {
        let all = [
            Observable::Network {
                addr: "198.51.100.0".parse().unwrap(),
                prefix: 24,
            },
            Observable::Network {
                addr: "2001:db8:aa::".parse().unwrap(),
                prefix: 48,
            },
            Observable::Asn(13335),
            Observable::Keyed {
                kind: "payment".into(),
                value: "hmac-sha256:tg-1:0011223344556677".into(),
            },
        ];
        for o in all {
            assert_eq!(parse(&o.pattern()).unwrap(), (vec![o.clone()], 0), "{o:?}");
        }
    }

    #[test]
    fn other_patterns_are_read_as_far_as_they_go() {
        let (obs, skipped) = parse(
            "[ipv4-addr:value = '203.0.113.9' OR domain-name:value = 'x.example'] OR \
             [file:hashes.'SHA-256' = 'ab'] AND [autonomous-system:number = 64500] WITHIN 5 SECONDS",
        )
        .unwrap();
        assert_eq!(
            obs,
            vec![
                Observable::Network {
                    addr: "203.0.113.9".parse().unwrap(),
                    prefix: 32
                },
                Observable::Asn(64500)
            ]
        );
        assert_eq!(skipped, 2);
        assert!(parse("ipv4-addr:value = '1.2.3.4'").is_err());
        assert!(parse("[ipv4-addr:value = '1.2.3.4").is_err());
        assert!(parse(&"[".repeat(MAX_PATTERN_BYTES + 1)).is_err());
        assert!(parse("[a:b = 'it\\'s']").is_ok());
    }
}
