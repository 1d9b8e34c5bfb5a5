//! Unit tests that look inside the pipeline: what the frame keeps and masks.

use super::Analyzer;

/// The masked frame of a request, as text (`<*>` for a run of payload).
pub(crate) fn frame_of(system: &str, prompt: &str) -> String {
    let mut a = Analyzer::new();
    let (fb, _, _) = a.read(system, prompt);
    fb.trace.trim_end().to_string()
}

#[test]
fn dump() {
    for p in std::env::var("DG_DUMP").unwrap_or_default().split("|||") {
        if !p.is_empty() {
            println!("{p:?}\n  => {}", frame_of("", &p.replace("\\n", "\n")));
        }
    }
}
