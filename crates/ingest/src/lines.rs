//! Line reading for `.jsonl` and `.jsonl.gz` files: several files in sequence, a hard size cap.
//!
//! Rules every reader of the contract's JSONL inputs shares:
//! - gzip is recognised by its magic bytes, not the file name, and concatenated gzip members
//!   (as `cat a.gz b.gz` or `pigz` produce) are read as one stream;
//! - a UTF-8 byte-order mark at the start of a file (plain or inside the gzip stream) is
//!   dropped;
//! - a line ends at `\n`; a `\r` before it is dropped, and a last line without a newline counts;
//! - line numbers are physical, 1-based, per file, so they match what an editor shows;
//! - blank (whitespace-only) lines are not records: they are skipped and are not yielded, so they
//!   are not counted in `lines_read` (their line numbers are still used up);
//! - a line longer than the cap is reported as [`LineItem::TooLong`] after skipping to the next
//!   newline without buffering it, never truncated and accepted;
//! - a read failure in the middle of a file (a corrupt or truncated gzip stream) is reported as
//!   [`LineItem::ReadError`] at the line being read, and reading goes on with the next file.

use std::fs::File;
use std::io::{self, BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use flate2::bufread::MultiGzDecoder;

use crate::error::{Error, Result};

/// The two bytes every gzip member starts with.
pub const GZIP_MAGIC: [u8; 2] = [0x1f, 0x8b];

/// How the rejection record of a read failure (corrupt or truncated compressed data, an I/O
/// error) starts, so callers can tell lost data from a bad line.
pub const READ_ERROR_PREFIX: &str = "read error: ";

/// Is this rejection error a read failure that skipped the rest of its file?
pub fn is_read_error(error: &str) -> bool {
    error.starts_with(READ_ERROR_PREFIX)
}

/// The UTF-8 byte-order mark some editors and exporters put at the start of a file.
pub const UTF8_BOM: [u8; 3] = [0xef, 0xbb, 0xbf];

/// Read buffer size: large enough that the decompressor and the line splitter work in bulk.
const BUF_BYTES: usize = 256 * 1024;

/// A readable, buffered, possibly decompressed input; `Send` so a reader thread can own it.
pub type Input = Box<dyn BufRead + Send>;

/// Opens a file for reading, decompressing it when it starts with the gzip magic bytes.
pub fn open_input(path: &Path) -> Result<Input> {
    let file = File::open(path).map_err(|e| Error::io(path, e))?;
    let mut raw = BufReader::with_capacity(BUF_BYTES, file);
    let head = fill_buf_retrying(&mut raw).map_err(|e| Error::io(path, e))?;
    if let Some(format) = unsupported_compression(head) {
        // Reading it as text would reject every "line" of binary noise, one by one.
        return Err(Error::Format {
            path: path.into(),
            message: format!("{format}-compressed input is not supported (use gzip or plain)"),
        });
    }
    if head.starts_with(&GZIP_MAGIC) {
        Ok(Box::new(BufReader::with_capacity(
            BUF_BYTES,
            MultiGzDecoder::new(raw),
        )))
    } else {
        Ok(Box::new(raw))
    }
}

/// Names the compression format `head` starts with, if it is one this reader does not decode.
fn unsupported_compression(head: &[u8]) -> Option<&'static str> {
    const MAGICS: [(&[u8], &str); 4] = [
        (&[0x28, 0xb5, 0x2f, 0xfd], "zstd"),
        (b"BZh", "bzip2"),
        (&[0xfd, b'7', b'z', b'X', b'Z', 0x00], "xz"),
        (&[0x04, 0x22, 0x4d, 0x18], "lz4"),
    ];
    MAGICS
        .iter()
        .find(|(magic, _)| head.starts_with(magic))
        .map(|&(_, name)| name)
}

/// `fill_buf` that retries when a signal interrupted the read.
fn fill_buf_retrying<R: BufRead + ?Sized>(r: &mut R) -> io::Result<&[u8]> {
    loop {
        match r.fill_buf() {
            // Re-borrow: returning the first borrow from inside the loop upsets the checker.
            Ok(_) => return r.fill_buf(),
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        }
    }
}

/// Where a line came from: index into the reader's file list and 1-based line number.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct LinePos {
    /// Index of the file in the list given to [`LineReader::new`].
    pub file: usize,
    /// 1-based physical line number within that file.
    pub line: u64,
}

/// One physical, non-blank line, or the reason it could not be had.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LineItem<'a> {
    /// The line's bytes without the terminator (`\n` or `\r\n`); not yet checked for UTF-8.
    Line(&'a [u8]),
    /// Longer than the cap; skipped without buffering. `len` excludes the terminator.
    TooLong {
        /// Length of the line in bytes.
        len: u64,
    },
    /// The file could not be read past this point; the rest of it is skipped.
    ReadError(String),
}

/// [`LineItem`] of [`LineReader::next_line_into`], whose line is in the caller's buffer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LineSpan {
    /// The line's bytes (as [`LineItem::Line`]) were appended to the buffer.
    Line,
    /// Longer than the cap (as [`LineItem::TooLong`]).
    TooLong {
        /// Length of the line in bytes.
        len: u64,
    },
    /// The file could not be read past this point (as [`LineItem::ReadError`]).
    ReadError(String),
}

/// Result of reading one line with [`read_capped_line`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Capped {
    /// No bytes were left.
    Eof,
    /// `buf` holds the line (terminator and trailing `\r` removed), within the cap.
    Line,
    /// The line had this many bytes (terminator excluded) and was not kept.
    TooLong(u64),
}

/// Reads one line onto the end of `buf` (from `start` on, its length on entry), keeping at
/// most `cap` bytes of content; never buffers more. Bytes before `start` are left alone.
fn read_capped_line<R: BufRead + ?Sized>(
    r: &mut R,
    buf: &mut Vec<u8>,
    cap: usize,
) -> io::Result<Capped> {
    let start = buf.len();
    // One byte of slack so a `\r` right before the `\n` does not push a full-cap line over.
    let limit = cap.saturating_add(1) as u64;
    let mut total: u64 = 0;
    let mut last: Option<u8> = None;
    loop {
        let avail = fill_buf_retrying(r)?;
        if avail.is_empty() {
            if last.is_none() {
                return Ok(Capped::Eof);
            }
            return Ok(finish(buf, start, total, last, cap));
        }
        let (take, found) = match memchr::memchr(b'\n', avail) {
            Some(i) => (i, true),
            None => (avail.len(), false),
        };
        if take > 0 {
            let grown = total + take as u64;
            if grown <= limit {
                buf.extend_from_slice(&avail[..take]);
            } else if total <= limit {
                // Crossed the cap: drop what was kept; the rest of the line is only counted.
                buf.truncate(start);
            }
            total = grown;
            last = Some(avail[take - 1]);
        } else if last.is_none() {
            // An empty line still has to be distinguished from end of input.
            last = Some(b'\n');
        }
        r.consume(take + usize::from(found));
        if found {
            return Ok(finish(buf, start, total, last, cap));
        }
    }
}

/// Classifies a completed line (`buf[start..]`): strips a trailing `\r` and applies the cap
/// exactly.
fn finish(buf: &mut Vec<u8>, start: usize, total: u64, last: Option<u8>, cap: usize) -> Capped {
    let len = if last == Some(b'\r') && total > 0 {
        total - 1
    } else {
        total
    };
    if len > cap as u64 {
        buf.truncate(start);
        return Capped::TooLong(len);
    }
    // Only this line's own `\r`: the bytes before `start` are earlier lines.
    if buf.len() > start && buf.last() == Some(&b'\r') {
        buf.pop();
    }
    Capped::Line
}

/// Is this line only whitespace (and so not a record)?
fn is_blank(line: &[u8]) -> bool {
    // Records start with `{`, so this returns at the first byte on the hot path.
    line.iter().all(u8::is_ascii_whitespace)
}

/// Reads non-blank lines from several files in sequence with a per-line size cap.
pub struct LineReader {
    /// Files in the order they are read.
    paths: Vec<PathBuf>,
    /// Display names used in rejection records, shared with parser threads.
    names: Arc<[String]>,
    /// Index of the file `current` reads; `paths.len()` once all are done.
    file: usize,
    /// The open file, if any.
    current: Option<Input>,
    /// Last physical line number used in the current file.
    line: u64,
    /// Longest accepted line in bytes.
    cap: usize,
    /// Reused line buffer: one allocation for the whole read.
    buf: Vec<u8>,
}

impl LineReader {
    /// A reader over `paths`, in order, rejecting lines longer than `max_line_bytes`.
    pub fn new<P: Into<PathBuf>>(
        paths: impl IntoIterator<Item = P>,
        max_line_bytes: usize,
    ) -> Self {
        let paths: Vec<PathBuf> = paths.into_iter().map(Into::into).collect();
        let names: Arc<[String]> = paths.iter().map(|p| p.display().to_string()).collect();
        Self {
            paths,
            names,
            file: 0,
            current: None,
            line: 0,
            cap: max_line_bytes,
            buf: Vec::new(),
        }
    }

    /// Display names of the files, indexed by [`LinePos::file`].
    pub fn names(&self) -> &Arc<[String]> {
        &self.names
    }

    /// The size cap in bytes.
    pub fn max_line_bytes(&self) -> usize {
        self.cap
    }

    /// The next non-blank line, `Ok(None)` after the last file; `Err` only if a file cannot be opened.
    pub fn next_line(&mut self) -> Result<Option<(LinePos, LineItem<'_>)>> {
        let mut buf = std::mem::take(&mut self.buf);
        buf.clear();
        let next = self.next_line_into(&mut buf);
        self.buf = buf;
        Ok(next?.map(|(pos, span)| {
            let item = match span {
                LineSpan::Line => LineItem::Line(&self.buf),
                LineSpan::TooLong { len } => LineItem::TooLong { len },
                LineSpan::ReadError(msg) => LineItem::ReadError(msg),
            };
            (pos, item)
        }))
    }

    /// [`Self::next_line`], appending the line's bytes to `out` (a chunk's buffer), so they
    /// are copied once from the read buffer rather than through a line buffer: with
    /// [`LineSpan::Line`] they are `out[len on entry..]`; otherwise `out` is as it was.
    pub fn next_line_into(&mut self, out: &mut Vec<u8>) -> Result<Option<(LinePos, LineSpan)>> {
        let start = out.len();
        loop {
            if self.current.is_none() {
                let Some(path) = self.paths.get(self.file) else {
                    return Ok(None);
                };
                self.current = Some(open_input(path)?);
                self.line = 0;
            }
            let Some(input) = self.current.as_mut() else {
                continue;
            };
            let outcome = read_capped_line(input, out, self.cap);
            let pos = LinePos {
                file: self.file,
                line: self.line + 1,
            };
            match outcome {
                Ok(Capped::Eof) => self.next_file(),
                Ok(Capped::Line) => {
                    self.line += 1;
                    if self.line == 1 && out[start..].starts_with(&UTF8_BOM) {
                        out.drain(start..start + UTF8_BOM.len());
                    }
                    if !is_blank(&out[start..]) {
                        return Ok(Some((pos, LineSpan::Line)));
                    }
                    out.truncate(start);
                }
                Ok(Capped::TooLong(len)) => {
                    self.line += 1;
                    return Ok(Some((pos, LineSpan::TooLong { len })));
                }
                Err(e) => {
                    // A failed read may have appended part of the line.
                    out.truncate(start);
                    self.next_file();
                    let msg = format!("{READ_ERROR_PREFIX}{}; rest of file skipped", one_line(&e));
                    return Ok(Some((pos, LineSpan::ReadError(msg))));
                }
            }
        }
    }

    /// Closes the current file and moves to the next one.
    fn next_file(&mut self) {
        self.current = None;
        self.file += 1;
    }
}

/// An I/O error's message on one line and bounded (decoder messages are short, but be sure).
fn one_line(e: &io::Error) -> String {
    let msg = e.to_string().replace(['\n', '\r'], " ");
    crate::text::cap_chars(&msg, 200)
}

#[cfg(test)]
mod tests {
    use std::io::{Cursor, Write};

    use flate2::write::GzEncoder;
    use flate2::Compression;

    use super::*;

    fn lines_of(data: &[u8], cap: usize) -> Vec<(u64, String)> {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("in.jsonl");
        std::fs::write(&path, data).unwrap();
        collect(LineReader::new([path], cap))
    }

    fn collect(mut r: LineReader) -> Vec<(u64, String)> {
        let mut out = Vec::new();
        while let Some((pos, item)) = r.next_line().unwrap() {
            let text = match item {
                LineItem::Line(b) => String::from_utf8_lossy(b).into_owned(),
                LineItem::TooLong { len } => format!("TOOLONG {len}"),
                LineItem::ReadError(e) => format!("ERR {e}"),
            };
            out.push((pos.line, text));
        }
        out
    }

    fn gz(data: &[u8]) -> Vec<u8> {
        let mut enc = GzEncoder::new(Vec::new(), Compression::fast());
        enc.write_all(data).unwrap();
        enc.finish().unwrap()
    }

    #[test]
    fn crlf_missing_final_newline_and_blank_lines() {
        let got = lines_of(b"a\r\n\r\n  \nb\n\nc", 10);
        assert_eq!(got, vec![(1, "a".into()), (4, "b".into()), (6, "c".into())]);
    }

    #[test]
    fn a_byte_order_mark_starts_the_first_line_only() {
        let got = lines_of(b"\xef\xbb\xbf{\"a\":1}\n\xef\xbb\xbfx\n", 100);
        assert_eq!(got[0], (1, "{\"a\":1}".to_string()));
        // Further down it is content, left for the parser to reject.
        assert_eq!(got[1], (2, "\u{feff}x".to_string()));
        let got = lines_of(&gz(b"\xef\xbb\xbf\r\nz\n"), 100);
        assert_eq!(got, vec![(2, "z".to_string())]);
    }

    #[test]
    fn over_size_lines_are_reported_with_their_length_and_reading_goes_on() {
        let long = "x".repeat(25);
        let data = format!("ok\n{long}\r\nnext\n{long}");
        let got = lines_of(data.as_bytes(), 10);
        assert_eq!(
            got,
            vec![
                (1, "ok".into()),
                (2, "TOOLONG 25".into()),
                (3, "next".into()),
                (4, "TOOLONG 25".into()),
            ]
        );
    }

    #[test]
    fn the_cap_is_exact_and_ignores_the_terminator() {
        assert_eq!(lines_of(b"12345\r\n", 5), vec![(1, "12345".into())]);
        assert_eq!(lines_of(b"123456\n", 5), vec![(1, "TOOLONG 6".into())]);
        assert_eq!(lines_of(b"123456\r\n", 5), vec![(1, "TOOLONG 6".into())]);
        assert_eq!(lines_of(b"12345", 5), vec![(1, "12345".into())]);
    }

    #[test]
    fn long_lines_are_not_buffered() {
        // A tiny BufReader forces many fill_buf calls; the line buffer must stay small.
        let data = format!("{}\nz\n", "y".repeat(100_000));
        let mut r = BufReader::with_capacity(64, Cursor::new(data.into_bytes()));
        let mut buf = Vec::new();
        assert_eq!(
            read_capped_line(&mut r, &mut buf, 1000).unwrap(),
            Capped::TooLong(100_000)
        );
        assert!(buf.capacity() < 4096, "buffered {}", buf.capacity());
        assert_eq!(
            read_capped_line(&mut r, &mut buf, 1000).unwrap(),
            Capped::Line
        );
        assert_eq!(buf, b"z");
    }

    #[test]
    fn gzip_is_detected_by_magic_not_name_and_members_concatenate() {
        let mut data = gz(b"one\ntwo\n");
        data.extend(gz(b"three\n"));
        let got = lines_of(&data, 100);
        assert_eq!(
            got,
            vec![(1, "one".into()), (2, "two".into()), (3, "three".into())]
        );
    }

    #[test]
    fn truncated_gzip_is_a_read_error_and_the_next_file_is_read() {
        let dir = tempfile::tempdir().unwrap();
        let body: String = (0..5000)
            .map(|i| format!("line {i} {}\n", i * 7919))
            .collect();
        let full = gz(body.as_bytes());
        let a = dir.path().join("a.jsonl.gz");
        std::fs::write(&a, &full[..full.len() / 2]).unwrap();
        let b = dir.path().join("b.jsonl");
        std::fs::write(&b, "after\n").unwrap();
        let got = collect(LineReader::new([a, b], 100));
        let (err_line, err) = got
            .iter()
            .find(|(_, t)| t.starts_with("ERR"))
            .cloned()
            .unwrap();
        assert!(err.contains("rest of file skipped"), "{err}");
        // Every line before the error came out, numbered consecutively.
        let before: Vec<_> = got
            .iter()
            .take_while(|(_, t)| !t.starts_with("ERR"))
            .collect();
        assert_eq!(before.len() as u64, err_line - 1);
        assert_eq!(got.last().unwrap(), &(1, "after".to_string()));
    }

    #[test]
    fn other_compression_formats_are_refused_up_front() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("events.jsonl.zst");
        std::fs::write(&path, [0x28, 0xb5, 0x2f, 0xfd, 1, 2, 3]).unwrap();
        let err = LineReader::new([&path], 10).next_line().unwrap_err();
        assert!(
            err.to_string()
                .contains("zstd-compressed input is not supported"),
            "{err}"
        );
    }

    #[test]
    fn a_missing_file_is_an_error() {
        let mut r = LineReader::new(["/nonexistent/distillguard/x.jsonl"], 10);
        assert!(matches!(r.next_line(), Err(Error::Io { .. })));
    }
}
