//! `EventSource`: events files in, validated, de-duplicated events out in event-time order.
//!
//! The stages, in order: read lines ([`crate::lines`]) → parse and validate
//! ([`crate::events`]) → the caller's optional per-event hook ([`EventSource::open_with`]) →
//! count and report rejections → drop repeated request ids ([`crate::dedupe`]) → reorder within
//! the window ([`crate::reorder`]). Reading, parsing and the hook can run on background threads
//! ([`SourceOptions::parse_threads`]); counting, de-duplication and reordering always run on the
//! caller's thread in input order, so the output is the same whatever the thread count.
//!
//! Line accounting: every non-blank line is read exactly once and ends as exactly one of
//! accepted, rejected or duplicate, so `lines_read = events_accepted + events_rejected +
//! duplicates` always holds. Blank lines are not counted (see [`crate::lines`]). A read failure
//! mid-file (a corrupt gzip stream) counts as one rejected line, reported at the line being read,
//! so it shows in the totals too.

use std::collections::VecDeque;
use std::path::PathBuf;
use std::sync::Arc;

use dg_model::{Event, Policy, Rejected};

use crate::chunk::{Chunk, Hook, ImportPlan, LineParser, Parsed, ParsedLine};
use crate::dedupe::IdSet;
use crate::error::Result;
use crate::events::blank_event;
use crate::gateway::{sniff_file, Format, FormatChoice, ImportConfig};
use crate::lines::LineReader;
use crate::pipeline::{Pipeline, PipelineConfig};
use crate::reorder::Reorder;

/// How an [`EventSource`] reads.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SourceOptions {
    /// Longest accepted line in bytes; longer lines are rejected, never truncated.
    pub max_line_bytes: usize,
    /// How far (ms) events may arrive out of order and still come out in order.
    pub reorder_window_ms: i64,
    /// Most events held for reordering; past it the oldest is released early (bounds memory).
    pub max_held_events: usize,
    /// Parser threads beside one reading thread; 0 reads and parses on the calling thread.
    pub parse_threads: usize,
    /// Most lines per chunk handed between threads (and per [`EventSource::next_batch`]).
    pub chunk_lines: usize,
    /// Bytes after which a chunk is closed, so huge lines cannot make a chunk huge.
    pub chunk_bytes: usize,
    /// The input format of the files, or sniffed per file ([`crate::gateway`]).
    pub format: FormatChoice,
    /// Identity mapping of the importers, for files that are not the contract's.
    pub import: Arc<ImportConfig>,
}

impl Default for SourceOptions {
    fn default() -> Self {
        Self::from_policy(&Policy::default())
    }
}

impl SourceOptions {
    /// The policy's cap and window, with default threading and chunking.
    pub fn from_policy(policy: &Policy) -> Self {
        Self {
            max_line_bytes: policy.max_line_bytes,
            reorder_window_ms: policy.reorder_window_ms,
            // About 1.5-2 GB of typical events: beyond it, memory beats ordering.
            max_held_events: 1_000_000,
            // One parser per core measured best on 2 cores (reader and consumer threads
            // are lighter and interleave); output does not depend on it.
            parse_threads: std::thread::available_parallelism().map_or(1, |n| n.get().clamp(1, 4)),
            chunk_lines: 4096,
            chunk_bytes: 8 << 20,
            format: FormatChoice::default(),
            import: Arc::default(),
        }
    }

    /// The same options, reading and parsing on the calling thread.
    pub fn sequential(mut self) -> Self {
        self.parse_threads = 0;
        self
    }
}

/// Line and event counters of a scan; see the module doc for the invariant.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counters {
    /// Non-blank lines read (including over-size lines and read failures).
    pub lines_read: u64,
    /// Lines that became events.
    pub events_accepted: u64,
    /// Lines reported as rejected.
    pub events_rejected: u64,
    /// Valid lines whose request id was seen before in this scan.
    pub duplicates: u64,
    /// Accepted events that arrived later than the window allows (emitted out of order).
    pub late: u64,
}

impl Counters {
    /// `lines_read = events_accepted + events_rejected + duplicates`.
    pub fn invariant_holds(&self) -> bool {
        self.lines_read == self.events_accepted + self.events_rejected + self.duplicates
    }
}

/// Line counts of one input file, and where its reading stopped early, if it did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FileStats {
    /// Non-blank lines read from the file (including over-size lines and a read failure).
    pub lines_read: u64,
    /// Lines that became events.
    pub events_accepted: u64,
    /// Lines reported as rejected (a read failure included).
    pub events_rejected: u64,
    /// Valid lines whose request id was seen before.
    pub duplicates: u64,
    /// Line number and message of a read failure (corrupt or truncated compressed data) that
    /// skipped the rest of the file.
    pub read_error: Option<(u64, String)>,
}

/// Where parsed lines come from: this thread or the background pipeline.
enum Feed<T> {
    Inline {
        reader: LineReader,
        chunk: Chunk,
        parsed: Vec<ParsedLine<T>>,
        /// Boxed: it holds a whole event, and the threaded feed is the common case.
        parser: Box<LineParser<T>>,
        opts: SourceOptions,
    },
    Threads(Pipeline<T>),
}

/// Validated, de-duplicated events from several files, in event-time order.
///
/// Rejected lines go to the sink `F` as they are met (so the caller can stream them to
/// `rejected.jsonl` without holding them), in input order. `T` is what comes out per event:
/// the event itself, or what the per-event hook of [`open_with`](Self::open_with) made of it.
pub struct EventSource<F: FnMut(Rejected), T = Event> {
    feed: Feed<T>,
    names: Arc<[String]>,
    sink: F,
    seen: IdSet,
    reorder: Reorder<T>,
    counters: Counters,
    /// Per input file, indexed like [`file_names`](Self::file_names).
    files: Vec<FileStats>,
    /// Set once input is exhausted and the reorder buffer drained.
    done: bool,
    /// The format each file is read as, indexed like [`file_names`](Self::file_names).
    formats: Vec<Format>,
}

impl<F: FnMut(Rejected)> EventSource<F> {
    /// Opens `paths` (checked up front, so a typo fails before a long scan) and starts reading.
    pub fn open<P: Into<PathBuf>>(
        paths: impl IntoIterator<Item = P>,
        opts: SourceOptions,
        sink: F,
    ) -> Result<Self> {
        Self::open_with(paths, opts, sink, || {
            |ev: &mut Event| std::mem::replace(ev, blank_event())
        })
    }

    /// An iterator over the events, one at a time (batches underneath).
    pub fn events(&mut self) -> Events<'_, F> {
        Events {
            source: self,
            buf: VecDeque::new(),
            batch: Vec::new(),
            failed: false,
        }
    }
}

impl<F: FnMut(Rejected), T: Send + 'static> EventSource<F, T> {
    /// Like [`open`](Self::open), but what comes out per event is what a hook returns for it.
    /// The hook runs on every valid line right after parsing, on the parser threads (each gets
    /// its own hook from `make_hook`; the calling thread gets one when `parse_threads` is 0),
    /// so per-event work done there runs in parallel while the line is hot in cache.
    ///
    /// Whatever the hook leaves in the event is dropped on the thread that allocated it. The
    /// event's request id and time are taken before the hook runs, so de-duplication and
    /// ordering are as without a hook; it also runs on lines that then turn out to be
    /// duplicates, so it should not count anything.
    pub fn open_with<P, H>(
        paths: impl IntoIterator<Item = P>,
        opts: SourceOptions,
        sink: F,
        mut make_hook: impl FnMut() -> H,
    ) -> Result<Self>
    where
        P: Into<PathBuf>,
        H: FnMut(&mut Event) -> T + Send + 'static,
    {
        let mut make = move || -> Hook<T> { Box::new(make_hook()) };
        let paths: Vec<PathBuf> = paths.into_iter().map(Into::into).collect();
        for p in &paths {
            crate::lines::open_input(p)?;
        }
        // Sniffed before any thread starts, so every parser knows every file's format.
        let formats: Vec<Format> = paths
            .iter()
            .map(|p| match opts.format {
                FormatChoice::Fixed(f) => f,
                FormatChoice::Auto => {
                    sniff_file(p, opts.max_line_bytes).unwrap_or(Format::Contract)
                }
            })
            .collect();
        let plan = formats.iter().any(|f| *f != Format::Contract).then(|| {
            Arc::new(ImportPlan {
                formats: formats.clone(),
                config: (*opts.import).clone(),
            })
        });
        let reader = LineReader::new(paths, opts.max_line_bytes);
        let names = Arc::clone(reader.names());
        let files = vec![FileStats::default(); names.len()];
        let reorder = Reorder::new(opts.reorder_window_ms, opts.max_held_events);
        let feed = if opts.parse_threads == 0 {
            Feed::Inline {
                reader,
                chunk: Chunk::default(),
                parsed: Vec::new(),
                parser: Box::new(LineParser::new(make()).with_plan(plan)),
                opts,
            }
        } else {
            Feed::Threads(Pipeline::start(
                reader,
                PipelineConfig {
                    parsers: opts.parse_threads,
                    chunk_lines: opts.chunk_lines,
                    chunk_bytes: opts.chunk_bytes,
                    max_line_bytes: opts.max_line_bytes,
                },
                &mut make,
                plan,
            )?)
        };
        Ok(Self {
            feed,
            names,
            sink,
            seen: IdSet::new(),
            reorder,
            counters: Counters::default(),
            files,
            done: false,
            formats,
        })
    }

    /// Appends the next released events to `out` (it is not cleared) after reading one chunk.
    ///
    /// Returns `Ok(false)` only when the input is exhausted and nothing was appended; a chunk of
    /// only rejected lines appends nothing and still returns `Ok(true)`.
    pub fn next_batch(&mut self, out: &mut Vec<T>) -> Result<bool> {
        if self.done {
            return Ok(false);
        }
        let parsed = match &mut self.feed {
            Feed::Inline {
                reader,
                chunk,
                parsed,
                parser,
                opts,
            } => {
                if chunk.fill(reader, opts.chunk_lines, opts.chunk_bytes)? {
                    parsed.clear();
                    chunk.parse_into(opts.max_line_bytes, parser, parsed);
                    Some(std::mem::take(parsed))
                } else {
                    None
                }
            }
            Feed::Threads(pipeline) => pipeline.recv()?,
        };
        match parsed {
            Some(mut lines) => {
                // The batch's slots of the id set are fetched together, while their
                // lines are inserted below one after the other: a batch touches a few
                // thousand lines of a table much larger than the caches.
                for (_, result) in &lines {
                    if let Ok(p) = result {
                        self.seen.prefetch(p.id_hash);
                    }
                }
                for (pos, result) in lines.drain(..) {
                    self.account(pos.file, pos.line, result, out);
                }
                self.counters.late = self.reorder.late();
                match &mut self.feed {
                    Feed::Inline { parsed, .. } => *parsed = lines,
                    Feed::Threads(pipeline) => pipeline.give_back(lines),
                }
                Ok(true)
            }
            None => {
                let before = out.len();
                self.reorder.drain(out);
                self.done = true;
                Ok(out.len() > before)
            }
        }
    }

    /// Counts one line and routes it: sink, duplicate, or the reorder buffer.
    fn account(
        &mut self,
        file: usize,
        line: u64,
        result: Result<Parsed<T>, String>,
        out: &mut Vec<T>,
    ) {
        self.counters.lines_read += 1;
        let mut spare = FileStats::default();
        let stats = self.files.get_mut(file).unwrap_or(&mut spare);
        stats.lines_read += 1;
        match result {
            Err(error) => {
                self.counters.events_rejected += 1;
                stats.events_rejected += 1;
                if crate::lines::is_read_error(&error) {
                    stats.read_error = Some((line, error.clone()));
                }
                let file = self.names.get(file).cloned().unwrap_or_default();
                (self.sink)(Rejected { file, line, error });
            }
            Ok(p) => {
                if self.seen.insert_hash(p.id_hash) {
                    self.counters.events_accepted += 1;
                    stats.events_accepted += 1;
                    self.reorder.push_at(p.ts, p.value, out);
                } else {
                    self.counters.duplicates += 1;
                    stats.duplicates += 1;
                }
            }
        }
    }

    /// Counters so far; final once [`next_batch`](Self::next_batch) returned `Ok(false)`.
    pub fn counters(&self) -> Counters {
        self.counters
    }

    /// Line counts per input file, in the order of [`file_names`](Self::file_names); final once
    /// [`next_batch`](Self::next_batch) returned `Ok(false)`.
    pub fn file_stats(&self) -> &[FileStats] {
        &self.files
    }

    /// The format each input file is read as (given, or sniffed from its first record).
    pub fn file_formats(&self) -> &[Format] {
        &self.formats
    }

    /// Display names of the input files, as used in rejection records.
    pub fn file_names(&self) -> &[String] {
        &self.names
    }
}

/// Iterator over an [`EventSource`]'s events; yields an error at most once, then ends.
pub struct Events<'s, F: FnMut(Rejected)> {
    source: &'s mut EventSource<F>,
    buf: VecDeque<Event>,
    batch: Vec<Event>,
    failed: bool,
}

impl<F: FnMut(Rejected)> Iterator for Events<'_, F> {
    type Item = Result<Event>;

    fn next(&mut self) -> Option<Result<Event>> {
        loop {
            if let Some(e) = self.buf.pop_front() {
                return Some(Ok(e));
            }
            if self.failed {
                return None;
            }
            match self.source.next_batch(&mut self.batch) {
                Ok(true) => self.buf.extend(self.batch.drain(..)),
                Ok(false) => return None,
                Err(e) => {
                    self.failed = true;
                    return Some(Err(e));
                }
            }
        }
    }
}
