//! The threaded feed: one thread reads and decompresses into chunks, parser threads turn chunks
//! into events and run the caller's per-event hook on them, and the consumer receives the
//! results in exactly the input order.
//!
//! Chunk `k` goes to parser `k mod n` and the consumer takes results from parser `k mod n` in
//! turn, so order is kept without any reassembly buffer, and the output is the same as the
//! single-threaded feed's. All channels are bounded: a slow consumer stalls the reader instead
//! of letting chunks pile up in memory. Buffers flow back to be reused.

use std::sync::mpsc::{sync_channel, Receiver, SyncSender};
use std::thread::{self, JoinHandle};

use std::sync::Arc;

use crate::chunk::{Chunk, Hook, ImportPlan, LineParser, ParsedLine};
use crate::error::{Error, Result};
use crate::lines::LineReader;

/// Chunks (or results) that may wait in each channel: enough to keep every thread busy.
const QUEUE_DEPTH: usize = 2;

/// Work for a parser thread.
enum Job {
    Chunk(Chunk),
    /// The reader finished normally after the previous chunk.
    End,
    /// The reader failed (a file could not be opened); passed along in order.
    Fatal(Error),
}

/// A parser thread's answer, in the order of its jobs.
enum Msg<T> {
    Parsed(Vec<ParsedLine<T>>),
    End,
    Fatal(Error),
}

/// Settings of the threaded feed.
#[derive(Debug, Clone, Copy)]
pub struct PipelineConfig {
    /// Parser threads (at least 1).
    pub parsers: usize,
    /// Most lines per chunk.
    pub chunk_lines: usize,
    /// Bytes after which a chunk is closed.
    pub chunk_bytes: usize,
    /// The line cap, for the over-size message.
    pub max_line_bytes: usize,
}

/// Reader and parser threads feeding parsed lines to the consumer in input order.
pub struct Pipeline<T> {
    /// One result channel per parser, read round-robin.
    outputs: Vec<Receiver<Msg<T>>>,
    /// Where emptied result vectors go back to each parser for reuse.
    returns: Vec<SyncSender<Vec<ParsedLine<T>>>>,
    /// Index of the chunk expected next.
    next: usize,
    /// Set once the end (or a failure) was seen.
    finished: bool,
    threads: Vec<JoinHandle<()>>,
}

impl<T: Send + 'static> Pipeline<T> {
    /// Starts the threads; `reader` moves to the reading thread, and each parser thread gets
    /// its own hook from `make_hook`.
    pub fn start(
        mut reader: LineReader,
        cfg: PipelineConfig,
        make_hook: &mut dyn FnMut() -> Hook<T>,
        plan: Option<Arc<ImportPlan>>,
    ) -> Result<Self> {
        let n = cfg.parsers.max(1);
        let mut inputs = Vec::with_capacity(n);
        let mut outputs = Vec::with_capacity(n);
        let mut returns = Vec::with_capacity(n);
        let mut threads = Vec::with_capacity(n + 1);
        // Emptied chunks flow back to the reader; try_send keeps this from ever blocking.
        let (spare_tx, spare_rx) = sync_channel::<Chunk>(n * (QUEUE_DEPTH + 1) + 1);
        for i in 0..n {
            let (job_tx, job_rx) = sync_channel::<Job>(QUEUE_DEPTH);
            let (msg_tx, msg_rx) = sync_channel::<Msg<T>>(QUEUE_DEPTH);
            let (ret_tx, ret_rx) = sync_channel::<Vec<ParsedLine<T>>>(QUEUE_DEPTH + 1);
            let spare_tx = spare_tx.clone();
            let cap = cfg.max_line_bytes;
            let parser = LineParser::new(make_hook()).with_plan(plan.clone());
            let handle = thread::Builder::new()
                .name(format!("dg-ingest-parse-{i}"))
                .spawn(move || parse_loop(job_rx, msg_tx, ret_rx, spare_tx, cap, parser))
                .map_err(|_| Error::Worker)?;
            threads.push(handle);
            inputs.push(job_tx);
            outputs.push(msg_rx);
            returns.push(ret_tx);
        }
        drop(spare_tx);
        let handle = thread::Builder::new()
            .name("dg-ingest-read".into())
            .spawn(move || read_loop(&mut reader, &inputs, &spare_rx, cfg))
            .map_err(|_| Error::Worker)?;
        threads.push(handle);
        Ok(Self {
            outputs,
            returns,
            next: 0,
            finished: false,
            threads,
        })
    }

    /// The next chunk's parsed lines, `Ok(None)` at the end.
    pub fn recv(&mut self) -> Result<Option<Vec<ParsedLine<T>>>> {
        if self.finished {
            return Ok(None);
        }
        let i = self.next % self.outputs.len();
        let msg = self.outputs.get(i).map(Receiver::recv);
        match msg {
            Some(Ok(Msg::Parsed(lines))) => {
                self.next += 1;
                Ok(Some(lines))
            }
            Some(Ok(Msg::End)) => {
                self.finished = true;
                Ok(None)
            }
            Some(Ok(Msg::Fatal(e))) => {
                self.finished = true;
                Err(e)
            }
            // A parser vanished without saying End: it panicked.
            Some(Err(_)) | None => {
                self.finished = true;
                Err(Error::Worker)
            }
        }
    }

    /// Hands an emptied result vector back to the parser that will fill chunk `next - 1 + n`.
    pub fn give_back(&mut self, mut lines: Vec<ParsedLine<T>>) {
        lines.clear();
        let n = self.returns.len();
        if n == 0 {
            return;
        }
        // The vector came from the parser of the previous chunk.
        let i = (self.next + n - 1) % n;
        if let Some(tx) = self.returns.get(i) {
            let _ = tx.try_send(lines);
        }
    }
}

impl<T> Drop for Pipeline<T> {
    fn drop(&mut self) {
        // Closing the result channels makes parsers stop, which makes the reader stop.
        self.outputs.clear();
        self.returns.clear();
        for t in self.threads.drain(..) {
            let _ = t.join();
        }
    }
}

/// The reading thread: cuts input into chunks and deals them to parsers in turn.
fn read_loop(
    reader: &mut LineReader,
    inputs: &[SyncSender<Job>],
    spares: &Receiver<Chunk>,
    cfg: PipelineConfig,
) {
    let n = inputs.len();
    let mut k = 0usize;
    loop {
        // Sized up front: growing a multi-megabyte buffer copies it and faults in fresh pages.
        let mut chunk = spares
            .try_recv()
            .unwrap_or_else(|_| Chunk::with_capacity(cfg.chunk_bytes));
        let job = match chunk.fill(reader, cfg.chunk_lines, cfg.chunk_bytes) {
            Ok(true) => Job::Chunk(chunk),
            Ok(false) => Job::End,
            Err(e) => Job::Fatal(e),
        };
        let last = !matches!(job, Job::Chunk(_));
        let Some(tx) = inputs.get(k % n) else {
            return;
        };
        if tx.send(job).is_err() || last {
            return;
        }
        k += 1;
    }
}

/// A parser thread: parses chunks in the order they arrive and passes ends and failures on.
fn parse_loop<T>(
    jobs: Receiver<Job>,
    results: SyncSender<Msg<T>>,
    returned: Receiver<Vec<ParsedLine<T>>>,
    spares: SyncSender<Chunk>,
    max_line_bytes: usize,
    mut parser: LineParser<T>,
) {
    for job in jobs.iter() {
        let msg = match job {
            Job::Chunk(mut chunk) => {
                let mut out = returned.try_recv().unwrap_or_default();
                chunk.parse_into(max_line_bytes, &mut parser, &mut out);
                chunk.clear();
                let _ = spares.try_send(chunk);
                Msg::Parsed(out)
            }
            Job::End => Msg::End,
            Job::Fatal(e) => Msg::Fatal(e),
        };
        if results.send(msg).is_err() {
            return;
        }
    }
}
