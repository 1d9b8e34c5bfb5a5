//! `distillguard scan`: score every account of exported logs and write the contract outputs.

use std::path::Path;

use super::data::DataDir;

/// Scans a data directory into `out` (used by `eval` and the demo).
pub fn scan_data_dir(_data: &DataDir, _out: &Path) -> anyhow::Result<()> {
    anyhow::bail!("scan is not built yet: pass --predictions DIR to score existing outputs")
}
