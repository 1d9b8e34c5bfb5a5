//! Throughput of `EventSource` on a generated gzip events file (200k lines, ~1.5 KB each).
//!
//! Run with `cargo bench -p dg-ingest --bench parse [-- LINES]`; prints events/s per mode.

mod support;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    support::run()
}
