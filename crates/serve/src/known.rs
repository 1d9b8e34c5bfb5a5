//! Partners' intelligence the detector matches, read at start: STIX 2.1 bundles named in
//! `known_indicators`, and the objects of the local store collections (what partners posted
//! and what `[[taxii.pull]]` fetched). They become the scan configuration's known indicators
//! and frame sketches, as `scan --known-indicators` reads them, so a partner's campaign gives
//! matching local clusters a `known_actor` reason. Objects that arrive while the service runs
//! are matched from the next start.

use std::path::Path;

use dg_detect::scanner::ScanConfig;
use tracing::{info, warn};

use crate::taxii::{CollectionKind, TaxiiConfig};
use crate::{ServeError, Store};

/// Reads the known indicators into `scan`: the bundles, then the store collections' objects.
pub(crate) async fn load(
    files: &[std::path::PathBuf],
    taxii: &TaxiiConfig,
    store: &Store,
    scan: &mut ScanConfig,
) -> Result<(), ServeError> {
    let limits = dg_intel::ImportLimits::default();
    scan.sharing_key = crate::taxii::read_sharing_key(taxii)?;
    let ours = scan.sharing_key.as_ref().map(|k| k.key_id.clone());
    let mut add = |what: &str, bytes: &[u8]| -> Result<(), ServeError> {
        let imported = dg_intel::read(bytes, &limits)
            .map_err(|e| ServeError::Config(format!("{what}: invalid STIX bundle: {e}")))?;
        let foreign = imported
            .key_ids
            .iter()
            .filter(|id| Some(*id) != ours.as_ref())
            .count();
        if foreign > 0 {
            warn!(
                source = what,
                foreign, "keyed values under another sharing key cannot match here"
            );
        }
        info!(
            source = what,
            campaigns = imported.campaigns,
            indicators = imported.indicators.len(),
            frames = imported.frames.len(),
            skipped = imported.skipped,
            "known indicators read"
        );
        scan.indicators.extend(imported.indicators);
        scan.frame_indicators.extend(imported.frames);
        Ok(())
    };
    for f in files {
        let bytes = read_file(f, limits.max_bytes)?;
        add(&f.display().to_string(), &bytes)?;
    }
    let collections = if taxii.collections.is_empty() {
        vec![crate::taxii::DEFAULT_INBOX_ID.to_string()]
    } else {
        taxii
            .collections
            .iter()
            .filter(|c| c.kind == CollectionKind::Store)
            .map(|c| c.id.clone())
            .collect()
    };
    for cid in collections {
        let (objects, _) =
            crate::taxii::objects_after(store, &cid, None, limits.max_objects).await?;
        if objects.is_empty() {
            continue;
        }
        let bundle = serde_json::json!({
            "type": "bundle",
            "id": "bundle--00000000-0000-4000-8000-000000000000",
            "objects": objects,
        });
        let bytes = serde_json::to_vec(&bundle)
            .map_err(|e| ServeError::Config(format!("collection {cid}: {e}")))?;
        add(&format!("collection {cid}"), &bytes)?;
    }
    Ok(())
}

fn read_file(path: &Path, cap: usize) -> Result<Vec<u8>, ServeError> {
    let bad = |m: String| ServeError::Config(format!("known_indicators {}: {m}", path.display()));
    let size = std::fs::metadata(path)
        .map_err(|e| bad(e.to_string()))?
        .len();
    if size > cap as u64 {
        return Err(bad(format!("{size} bytes, more than the {cap} read")));
    }
    std::fs::read(path).map_err(|e| bad(e.to_string()))
}
