//! Chunks of raw lines: the unit handed from the reading thread to the parsing threads.
//!
//! A chunk keeps all its lines in one byte buffer plus offsets, so cutting a file into chunks
//! costs one copy and no allocation per line, and the buffer is reused once parsed.

use std::ops::Range;
use std::sync::Arc;

use dg_model::Event;

use crate::error::Result;
use crate::events::{blank_event, parse_event_into, too_long_message};
use crate::gateway::{import_line, Format, ImportConfig, Record};
use crate::lines::{LinePos, LineReader, LineSpan};

/// One line of a chunk before parsing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RawItem {
    /// The line's bytes are `data[range]`.
    Line(Range<usize>),
    /// Over the size cap (length in bytes).
    TooLong(u64),
    /// The file could not be read past here.
    ReadError(String),
}

/// A run of consecutive lines from the reader.
#[derive(Debug, Default)]
pub struct Chunk {
    /// The lines' bytes, back to back.
    data: Vec<u8>,
    /// Each line's position and where its bytes are.
    items: Vec<(LinePos, RawItem)>,
}

/// A valid line: what the caller's per-event hook made of its event, with the two things the
/// consumer still needs from the event itself.
#[derive(Debug)]
pub struct Parsed<T> {
    /// The event's time (epoch ms), for the reorder window.
    pub ts: i64,
    /// [`crate::dedupe::id_hash`] of its request id.
    pub id_hash: u64,
    /// The hook's result.
    pub value: T,
}

/// One line after parsing: a parsed event, or the reason it was rejected.
pub type ParsedLine<T> = (LinePos, Result<Parsed<T>, String>);

/// The caller's per-event work, run where the event is parsed (see [`crate::EventSource::open_with`]).
pub type Hook<T> = Box<dyn FnMut(&mut Event) -> T + Send>;

/// What one parsing thread keeps between lines: the hook, and the event every line is parsed
/// into, so its strings' memory is reused instead of allocated per line.
pub struct LineParser<T> {
    hook: Hook<T>,
    event: Event,
    /// Formats per file when some file is not the contract's (see [`crate::gateway`]).
    plan: Option<Arc<ImportPlan>>,
    /// Records of the current line from an importer, reused between lines.
    records: Vec<Record>,
}

/// How to read each input file: its format, and the importers' identity mapping.
#[derive(Debug)]
pub struct ImportPlan {
    /// Format of each input file, indexed like the reader's files.
    pub formats: Vec<Format>,
    /// Identity and field mapping of the importers.
    pub config: ImportConfig,
}

impl<T> LineParser<T> {
    /// A parser running `hook` on each valid line.
    pub fn new(hook: Hook<T>) -> Self {
        Self {
            hook,
            event: blank_event(),
            plan: None,
            records: Vec::new(),
        }
    }

    /// The same parser, reading files that are not the contract's with their importers.
    pub fn with_plan(mut self, plan: Option<Arc<ImportPlan>>) -> Self {
        self.plan = plan;
        self
    }
}

impl Chunk {
    /// An empty chunk with room for `bytes` of lines, so filling it never moves its buffer.
    pub fn with_capacity(bytes: usize) -> Self {
        Self {
            data: Vec::with_capacity(bytes),
            items: Vec::new(),
        }
    }

    /// Empties the chunk, keeping its allocations.
    pub fn clear(&mut self) {
        self.data.clear();
        self.items.clear();
    }

    /// Refills from `reader` with up to `max_lines` lines or about `max_bytes` bytes;
    /// `Ok(false)` when the reader had nothing left.
    pub fn fill(
        &mut self,
        reader: &mut LineReader,
        max_lines: usize,
        max_bytes: usize,
    ) -> Result<bool> {
        self.clear();
        while self.items.len() < max_lines.max(1) && self.data.len() < max_bytes {
            let start = self.data.len();
            let Some((pos, span)) = reader.next_line_into(&mut self.data)? else {
                break;
            };
            let raw = match span {
                LineSpan::Line => RawItem::Line(start..self.data.len()),
                LineSpan::TooLong { len } => RawItem::TooLong(len),
                LineSpan::ReadError(msg) => RawItem::ReadError(msg),
            };
            self.items.push((pos, raw));
        }
        Ok(!self.items.is_empty())
    }

    /// Parses every line and runs `hook` on each valid event, appending results to `out` in
    /// line order.
    pub fn parse_into<T>(
        &self,
        max_line_bytes: usize,
        parser: &mut LineParser<T>,
        out: &mut Vec<ParsedLine<T>>,
    ) {
        out.reserve(self.items.len());
        for (pos, raw) in &self.items {
            let parsed = match raw {
                RawItem::Line(range) => match self.data.get(range.clone()) {
                    Some(bytes) if parser.imports(pos.file) => {
                        // An importer's line holds any number of records; each is counted
                        // on its own, all at the line's position.
                        parser.import_into(pos, bytes, out);
                        continue;
                    }
                    Some(bytes) => {
                        let event = &mut parser.event;
                        parse_event_into(bytes, event).map(|()| {
                            // Taken before the hook, which may change the event; hashed here
                            // so the consumer thread only probes its set.
                            let ts = event.ts.millis();
                            let id_hash = crate::dedupe::id_hash(&event.request_id);
                            let value = (parser.hook)(event);
                            Parsed { ts, id_hash, value }
                        })
                    }
                    // Offsets come from `fill`; a miss would be a bug, reported rather than hidden.
                    None => Err("internal error: line offsets out of range".into()),
                },
                RawItem::TooLong(len) => Err(too_long_message(*len, max_line_bytes)),
                RawItem::ReadError(msg) => Err(msg.clone()),
            };
            out.push((*pos, parsed));
        }
    }
}

impl<T> LineParser<T> {
    /// Whether lines of `file` go through an importer rather than the contract's parser.
    fn imports(&self, file: usize) -> bool {
        self.plan
            .as_ref()
            .and_then(|p| p.formats.get(file))
            .is_some_and(|f| *f != Format::Contract)
    }

    /// Runs the file's importer on one line and the hook on each event it yields.
    fn import_into(&mut self, pos: &LinePos, bytes: &[u8], out: &mut Vec<ParsedLine<T>>) {
        let Some(plan) = self.plan.as_ref() else {
            return;
        };
        let format = plan
            .formats
            .get(pos.file)
            .copied()
            .unwrap_or(Format::Contract);
        import_line(format, &plan.config, bytes, &mut self.records);
        for record in self.records.drain(..) {
            let parsed = record.map(|mut event| {
                let ts = event.ts.millis();
                let id_hash = crate::dedupe::id_hash(&event.request_id);
                let value = (self.hook)(&mut event);
                Parsed { ts, id_hash, value }
            });
            out.push((*pos, parsed));
        }
    }
}
