//! Request bodies: bounded reading, gzip, and NDJSON lines cut with the readers' rules.

use std::io::Read;

use axum::body::Body;
use axum::http::HeaderMap;
use flate2::read::MultiGzDecoder;

use dg_ingest::lines::{GZIP_MAGIC, UTF8_BOM};

/// Why a body cannot be read.
#[derive(Debug, thiserror::Error)]
pub enum BodyError {
    /// Over the compressed or decompressed size limit (413).
    #[error("request body exceeds the {0}-byte limit")]
    TooLarge(usize),
    /// A content encoding other than gzip or identity (415).
    #[error("unsupported content-encoding {0:?} (use gzip or none)")]
    Encoding(String),
    /// Corrupt gzip, or the connection failed (400).
    #[error("{0}")]
    Bad(String),
}

/// Reads a body of at most `max_body` bytes and inflates it (when gzip by header or magic
/// bytes) to at most `max_inflated` bytes.
pub async fn read(
    headers: &HeaderMap,
    body: Body,
    max_body: usize,
    max_inflated: usize,
) -> Result<Vec<u8>, BodyError> {
    let encoding = headers
        .get(axum::http::header::CONTENT_ENCODING)
        .map(|v| v.to_str().unwrap_or("?").trim().to_ascii_lowercase());
    let gzip = match encoding.as_deref() {
        None | Some("") | Some("identity") => false,
        Some("gzip") | Some("x-gzip") => true,
        Some(other) => return Err(BodyError::Encoding(cap(other))),
    };
    let raw = collect(headers, body, max_body).await?;
    if gzip || raw.starts_with(&GZIP_MAGIC) {
        let mut out = Vec::new();
        let limit = max_inflated as u64 + 1;
        MultiGzDecoder::new(&raw[..])
            .take(limit)
            .read_to_end(&mut out)
            .map_err(|e| BodyError::Bad(format!("invalid gzip body: {}", cap(&e.to_string()))))?;
        if out.len() > max_inflated {
            return Err(BodyError::TooLarge(max_inflated));
        }
        Ok(out)
    } else {
        Ok(raw)
    }
}

/// Reads at most `max` bytes of `body` into one buffer sized from `Content-Length`.
///
/// Why not `axum::body::to_bytes`: it keeps the frames, copies them into one buffer, and the
/// caller then copied that into a `Vec`: two copies of a megabyte ingest body on the runtime's
/// workers, the threads that answer decisions (see `work.rs`); here it is copied once.
async fn collect(headers: &HeaderMap, mut body: Body, max: usize) -> Result<Vec<u8>, BodyError> {
    use http_body_util::BodyExt;
    let declared = headers
        .get(axum::http::header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.trim().parse::<usize>().ok());
    if declared.is_some_and(|n| n > max) {
        return Err(BodyError::TooLarge(max));
    }
    // At most `max`, which a client may send anyway.
    let mut out = Vec::with_capacity(declared.unwrap_or(0));
    while let Some(frame) = body.frame().await {
        let frame = frame
            .map_err(|e| BodyError::Bad(format!("reading the body: {}", cap(&e.to_string()))))?;
        if let Ok(data) = frame.into_data() {
            if out.len() + data.len() > max {
                return Err(BodyError::TooLarge(max));
            }
            out.extend_from_slice(&data);
        }
    }
    Ok(out)
}

/// Reads and drops a body of up to `max` bytes. An answer sent before the body is read makes
/// the server close the connection while the client still sends, and the client sees a broken
/// pipe instead of the answer (a 429 and its `Retry-After`).
pub async fn discard(mut body: Body, max: usize) {
    use http_body_util::BodyExt;
    let mut n = 0usize;
    while let Some(Ok(frame)) = body.frame().await {
        if let Some(d) = frame.data_ref() {
            n += d.len();
            if n > max {
                return;
            }
        }
    }
}

/// Error texts quote at most 80 characters of what the client sent.
fn cap(s: &str) -> String {
    s.chars().take(80).collect()
}

/// One non-blank line of a body: its 1-based physical number and bytes (without `\r\n`), or
/// the over-size message.
pub type BodyLine<'a> = (u64, Result<&'a [u8], String>);

/// The non-blank lines of `body` with the readers' rules: `\n` ends a line, a `\r` before it is
/// dropped, a byte-order mark at the start is ignored, blank lines are not records, and a line
/// over `cap` bytes is rejected with the scan's message.
pub fn lines(body: &[u8], cap: usize) -> impl Iterator<Item = BodyLine<'_>> {
    let body = body.strip_prefix(&UTF8_BOM[..]).unwrap_or(body);
    body.split(|&b| b == b'\n')
        .enumerate()
        .filter_map(move |(i, line)| {
            let line = line.strip_suffix(b"\r").unwrap_or(line);
            if line.iter().all(u8::is_ascii_whitespace) {
                return None;
            }
            let n = i as u64 + 1;
            if line.len() > cap {
                return Some((
                    n,
                    Err(dg_ingest::events::too_long_message(line.len() as u64, cap)),
                ));
            }
            Some((n, Ok(line)))
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_follow_the_file_rules() {
        let body = b"\xef\xbb\xbf{\"a\":1}\r\n\n  \n{\"b\":2}\nxxxxxxxxxxxx";
        let got: Vec<_> = lines(body, 10).collect();
        assert_eq!(got.len(), 3);
        assert_eq!(got[0], (1, Ok(&b"{\"a\":1}"[..])));
        assert_eq!(got[1], (4, Ok(&b"{\"b\":2}"[..])));
        assert_eq!(
            got[2],
            (
                5,
                Err("line of 12 bytes exceeds the 10-byte cap".to_string())
            )
        );
    }
}
