//! The request ids a scan keeps while it walks the events, for the samples behind flagged
//! accounts' reasons (see `dg_detect::scanner::Scanner::observe_sampled`): in memory up to a
//! bound, then in an unnamed file in the scan's staging directory; read back in order once
//! the scan knows which accounts are flagged for which reasons.
//!
//! Why not memory alone: the fold marks at most three requests per request-level signal and
//! account, but it marks them for every account, flagged or not (which accounts end up
//! flagged is known only at the end), so the log grows with accounts: ~30 bytes for each of
//! an account's first few requests, 60 MB for a million accounts of two requests each,
//! beside a scan that fits such a million in 1 GiB only just. The file holds what exceeds
//! the bound, in the directory where the scan writes `accounts.jsonl` (several hundred bytes
//! per account) anyway. Why not a second walk over the events, as before: it read and
//! de-duplicated every line again and analysed the flagged accounts' requests again, about
//! 8% of a scan's CPU time, for a few kilobytes of ids.

use std::fs::File;
use std::io::{BufReader, Read, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};

use dg_detect::scanner::SampleMark;

/// Bytes of records held in memory before they go to the file.
pub const MEMORY_BOUND: usize = 8 << 20;

/// Bytes of a record before its request id: the mark and the id's length.
const HEAD: usize = 12;

/// Sample marks and their request ids in the order of the scan.
pub struct SampleLog {
    /// Where the file goes if the records outgrow `bound`.
    dir: PathBuf,
    bound: usize,
    /// Records not written to the file: the mark (8 bytes), the id's length (4 bytes, both
    /// little-endian), the id.
    buf: Vec<u8>,
    /// Records written out, in order, once `buf` reached the bound (unnamed: the system
    /// removes it when it is closed, whatever happens to the scan).
    file: Option<File>,
}

impl SampleLog {
    /// An empty log whose records beyond `bound` bytes go to a file in `dir`.
    pub fn new(dir: &Path, bound: usize) -> Self {
        Self {
            dir: dir.to_path_buf(),
            bound,
            buf: Vec::new(),
            file: None,
        }
    }

    /// Appends one marked request.
    pub fn push(&mut self, mark: SampleMark, request_id: &str) -> std::io::Result<()> {
        let need = HEAD + request_id.len();
        if self.buf.len() + need > self.bound {
            self.spill()?;
        }
        if self.buf.capacity() == 0 {
            // Powers of two from here, so that the buffer's room stops at the bound.
            self.buf.reserve_exact(4096.min(self.bound));
        }
        self.buf.extend_from_slice(&mark.to_bits().to_le_bytes());
        self.buf
            .extend_from_slice(&(request_id.len() as u32).to_le_bytes());
        self.buf.extend_from_slice(request_id.as_bytes());
        Ok(())
    }

    /// Writes the records held in memory to the file (created at the first call).
    fn spill(&mut self) -> std::io::Result<()> {
        let file = match &mut self.file {
            Some(f) => f,
            None => self.file.insert(tempfile::tempfile_in(&self.dir)?),
        };
        file.write_all(&self.buf)?;
        self.buf.clear();
        Ok(())
    }

    /// At the end of the walk: once records went to the file, the rest follow them and the
    /// memory is returned before the scan's last link (where its memory peaks).
    pub fn end_walk(&mut self) -> std::io::Result<()> {
        if self.file.is_some() {
            self.spill()?;
            self.buf = Vec::new();
        } else {
            self.buf.shrink_to_fit();
        }
        Ok(())
    }

    /// Bytes of records in memory and in the file.
    pub fn bytes(&mut self) -> std::io::Result<u64> {
        let on_file = match &mut self.file {
            Some(f) => f.stream_position()?,
            None => 0,
        };
        Ok(on_file + self.buf.len() as u64)
    }

    /// Every record in the order it was pushed.
    pub fn replay(self, mut each: impl FnMut(SampleMark, &str)) -> std::io::Result<()> {
        let bad = |what: &str| std::io::Error::new(std::io::ErrorKind::InvalidData, what);
        if let Some(mut f) = self.file {
            f.seek(SeekFrom::Start(0))?;
            let mut r = BufReader::with_capacity(1 << 20, f);
            let mut head = [0u8; HEAD];
            let mut id = Vec::new();
            loop {
                match r.read_exact(&mut head) {
                    Ok(()) => {}
                    Err(e) if e.kind() == std::io::ErrorKind::UnexpectedEof => break,
                    Err(e) => return Err(e),
                }
                let (mark, len) = parse_head(&head);
                id.resize(len, 0);
                r.read_exact(&mut id)?;
                let id = std::str::from_utf8(&id).map_err(|_| bad("sample log: id not UTF-8"))?;
                each(mark, id);
            }
        }
        let mut rest = &self.buf[..];
        while !rest.is_empty() {
            let head: &[u8; HEAD] = rest
                .get(..HEAD)
                .and_then(|h| h.try_into().ok())
                .ok_or_else(|| bad("sample log: record cut short"))?;
            let (mark, len) = parse_head(head);
            let id = rest
                .get(HEAD..HEAD + len)
                .ok_or_else(|| bad("sample log: record cut short"))?;
            let id = std::str::from_utf8(id).map_err(|_| bad("sample log: id not UTF-8"))?;
            each(mark, id);
            rest = &rest[HEAD + len..];
        }
        Ok(())
    }
}

fn parse_head(head: &[u8; HEAD]) -> (SampleMark, usize) {
    let mut bits = [0u8; 8];
    bits.copy_from_slice(&head[..8]);
    let mut len = [0u8; 4];
    len.copy_from_slice(&head[8..]);
    (
        SampleMark::from_bits(u64::from_le_bytes(bits)),
        u32::from_le_bytes(len) as usize,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn replayed(log: SampleLog) -> Vec<(u64, String)> {
        let mut out = Vec::new();
        log.replay(|m, id| out.push((m.to_bits(), id.to_string())))
            .unwrap();
        out
    }

    #[test]
    fn records_come_back_in_order_from_memory_and_file() {
        let dir = tempfile::tempdir().unwrap();
        let records: Vec<(u64, String)> = (0..500u64)
            .map(|k| {
                (
                    (k << 32) | (k % 7),
                    format!("req_{k}_{}", "x".repeat(k as usize % 40)),
                )
            })
            .collect();
        for bound in [16, 100, 1000, MEMORY_BOUND] {
            let mut log = SampleLog::new(dir.path(), bound);
            for (m, id) in &records {
                log.push(SampleMark::from_bits(*m), id).unwrap();
            }
            log.end_walk().unwrap();
            assert_eq!(replayed(log), records, "bound {bound}");
        }
        // The unnamed files are gone with their logs.
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0);
    }

    #[test]
    fn memory_stops_at_the_bound() {
        let dir = tempfile::tempdir().unwrap();
        let mut log = SampleLog::new(dir.path(), 1 << 12);
        for k in 0..10_000u64 {
            log.push(SampleMark::from_bits(k), "req_0123456789abcdef")
                .unwrap();
            assert!(log.buf.capacity() <= 1 << 12);
        }
        assert_eq!(log.bytes().unwrap(), 10_000 * (HEAD as u64 + 20));
        log.end_walk().unwrap();
        assert_eq!(log.buf.capacity(), 0);
        assert_eq!(replayed(log).len(), 10_000);
    }
}
